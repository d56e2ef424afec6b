"""What espeak's English voice says for a text, in its own phoneme letters: a test can
then tell a word said as a sound from one spelled out letter by letter."""

from __future__ import annotations

import subprocess
import sys
import textwrap

_PHONEMES = textwrap.dedent(
    """
    import ctypes, sys
    from audiobook.speech.engines.espeak_runtime import load_espeak
    found = load_espeak()
    lib = ctypes.CDLL(found.path)
    lib.espeak_Initialize.restype = ctypes.c_int
    data = found.data_path.encode() if found.data_path else None
    lib.espeak_Initialize(0x02, 0, data, 0)
    lib.espeak_SetVoiceByName.argtypes = [ctypes.c_char_p]
    lib.espeak_TextToPhonemes.restype = ctypes.c_char_p
    lib.espeak_TextToPhonemes.argtypes = [ctypes.POINTER(ctypes.c_void_p), ctypes.c_int,
                                          ctypes.c_int]
    lib.espeak_SetVoiceByName(b"en-us")
    buf = ctypes.create_string_buffer(sys.argv[1].encode())
    p = ctypes.c_void_p(ctypes.addressof(buf))
    out = []
    while p.value:
        said = lib.espeak_TextToPhonemes(ctypes.byref(p), 1, 0)
        if said:
            out.append(said.decode())
    print(" ".join(out))
    """
)


def phonemes(text: str) -> str:
    """What espeak's English voice would say for `text`, in its own phoneme letters."""
    done = subprocess.run(
        [sys.executable, "-c", _PHONEMES, text], capture_output=True, text=True, check=True
    )
    return done.stdout
