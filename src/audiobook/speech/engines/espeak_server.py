"""A small process that speaks with espeak-ng: one fork of itself per utterance.

Run by `pyttsx3_engine` as `python -P espeak_server.py LIBRARY BINDING`. It
imports nothing of ours, only pyttsx3's ctypes binding to libespeak-ng (its
`drivers._espeak` module, loaded from the file BINDING by path, so the rest of
pyttsx3 stays out, and found wherever the worker found it).

Why a process of its own: espeak-ng keeps state between utterances (its
pitch-flutter index and wave phase are static variables), so every utterance
is spoken in a child forked from a process where espeak was initialised but
has never spoken, which makes each segment's audio a pure function of its
text and voice. A fork costs in proportion to the memory and mappings of the
process forked: from a build worker (numpy, pedalboard, ~280 mappings) it
took ~3.3 ms per segment, from this process (~80 mappings, ~10 MB) a fraction
of that. The fork also isolates a crash or hang of the library.

Protocol on stdin/stdout, every message a 4-byte little-endian length and a
body. Requests are pickled tuples: ("voice", name, rate, pitch, volume) or
("speak", [text, …], timeout_s). Replies are one status byte, a length and a body:
b"O" with a pickle of ([(pcm bytes, [(char_start, char_len, ms), …]), …], voice)
for ("speak", [text, …], timeout_s) or b"" for a voice, b"E" with a UTF-8
message for an error. The texts of one request are spoken one after another
by the same child, as a run.
"""

from __future__ import annotations

import contextlib
import ctypes
import gc
import importlib.util
import os
import pickle
import select
import signal
import struct
import sys
import time

PR_SET_PDEATHSIG = 1


def load_binding(library: str, binding: str):  # type: ignore[no-untyped-def]
    """pyttsx3's `_espeak` ctypes module (the file `binding`), bound to `library`.

    Loaded by path, so the rest of pyttsx3 stays out of this process (the
    module itself imports only ctypes and time), and the file is the very one
    the worker uses, wherever it is installed.
    """
    ctypes.CDLL(library, mode=ctypes.RTLD_GLOBAL)
    spec = importlib.util.spec_from_file_location("pyttsx3_espeak_binding", binding)
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot load pyttsx3's espeak binding from {binding}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def die_with_parent() -> None:
    """Ask the kernel to kill this process when its parent dies (Linux)."""
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)


def read_exact(stream, count: int) -> bytes | None:  # type: ignore[no-untyped-def]
    data = b""
    while len(data) < count:
        chunk = stream.read(count - len(data))
        if not chunk:
            return None
        data += chunk
    return data


def wait_readable(fd: int, deadline: float) -> None:
    """Return once `fd` has data (or its end) to read; TimeoutError past `deadline`.

    Shared with the engine side, which reads this process's replies.
    """
    while True:
        left = deadline - time.monotonic()
        if left <= 0:
            raise TimeoutError
        ready, _, _ = select.select([fd], [], [], left)
        if ready:
            return


def reply(fd: int, status: bytes, body: bytes | memoryview) -> None:
    """One reply, written straight to `fd`: no copy of the body is made."""
    for data in (memoryview(status + struct.pack("<I", len(body))), memoryview(body)):
        while data:
            data = data[os.write(fd, data) :]


class Server:
    def __init__(self, espeak) -> None:  # type: ignore[no-untyped-def]
        self.espeak = espeak
        if espeak.Initialize(espeak.AUDIO_OUTPUT_SYNCHRONOUS, 1000) <= 0:
            raise RuntimeError("espeak-ng could not initialise (is its data folder present?)")
        # Set here, once: a callback made in each child would cost it fresh pages.
        # Only children ever speak, so these lists stay empty in this process.
        self.chunks: list[bytes] = []
        self.words: list[tuple[int, int, int]] = []
        espeak.SetSynthCallback(self.on_audio)
        # Each child's audio lands in this one buffer, reused: a fresh bytes
        # object per utterance fragments the heap, which then grows, and every
        # later fork (which copies the page tables) gets slower.
        self.buffer = bytearray(1 << 20)

    def on_audio(self, wav, count, events) -> int:  # type: ignore[no-untyped-def]
        espeak = self.espeak
        i = 0
        while events[i].type != espeak.EVENT_LIST_TERMINATED:
            event = events[i]
            if event.type == espeak.EVENT_WORD:
                self.words.append((event.text_position - 1, event.length, event.audio_position))
            i += 1
        if count > 0:
            self.chunks.append(ctypes.string_at(wav, count * 2))
        return 0

    def voice(self, name: str, rate: int, pitch: int, volume: float) -> bytes:
        """Set voice, rate, pitch and volume here, once per change (never spoken)."""
        espeak = self.espeak
        for _ in range(2):  # the first change of voice is not always reported back
            code = espeak.SetVoiceByName(name.encode("utf-8"))
            if code != 0:
                raise ValueError(f"espeak-ng could not select voice '{name}' (error {code})")
            current = espeak.GetCurrentVoice()
            if current and current.contents.name:
                break
        espeak.SetParameter(espeak.RATE, int(rate), 0)
        espeak.SetParameter(espeak.PITCH, int(pitch), 0)
        espeak.SetParameter(espeak.VOLUME, int(round(volume * 100, 2)), 0)
        return b""

    def speak(self, texts: list[str], timeout_s: float) -> int:
        """Speak `texts` in a fresh child; its reply's length in `self.buffer`."""
        read_fd, write_fd = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child: speak once, hand the audio over, leave
            os.close(read_fd)
            status = 1
            try:
                die_with_parent()
                gc.disable()
                payload = self.speak_here(texts)
                view = memoryview(payload)
                while view:
                    view = view[os.write(write_fd, view) :]
                status = 0
            finally:
                os._exit(status)
        os.close(write_fd)
        try:
            size = self.read_until_closed(read_fd, time.monotonic() + timeout_s)
        except TimeoutError:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
            raise ValueError(f"espeak-ng did not finish within {timeout_s:.0f} s") from None
        finally:
            os.close(read_fd)
        _, status = os.waitpid(pid, 0)
        if status != 0 or not size:
            raise ValueError(f"espeak-ng crashed (wait status {status})")
        return size

    def read_until_closed(self, fd: int, deadline: float) -> int:
        """Read `fd` to its end into `self.buffer` (grown if need be); the length read."""
        size = 0
        while True:
            wait_readable(fd, deadline)
            if size == len(self.buffer):
                self.buffer.extend(bytes(len(self.buffer)))
            with memoryview(self.buffer) as view:
                got = os.readv(fd, [view[size:]])
            if not got:
                return size
            size += got

    def speak_here(self, texts: list[str]) -> bytes:
        """In the child: speak `texts` in order; a pickle of [(pcm, words)], voice."""
        espeak = self.espeak
        spoken = []
        for text in texts:
            self.chunks.clear()
            self.words.clear()
            espeak.Synth(text.encode("utf-8"), flags=espeak.CHARS_UTF8 | espeak.ENDPAUSE)
            spoken.append((b"".join(self.chunks), list(self.words)))
        voice = espeak.GetCurrentVoice()
        name = voice.contents.identifier.decode("utf-8").lower() if voice else ""
        return pickle.dumps((spoken, name))


def main() -> None:
    die_with_parent()
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the build's to handle
    source, out = sys.stdin.buffer, sys.stdout.fileno()
    try:
        server = Server(load_binding(sys.argv[1], sys.argv[2]))
    except (OSError, ImportError, RuntimeError) as exc:
        reply(out, b"E", str(exc).encode())
        return
    reply(out, b"O", b"")  # ready
    gc.freeze()  # the heap as it is now is shared with every child, untouched
    while (head := read_exact(source, 4)) is not None:
        body = read_exact(source, struct.unpack("<I", head)[0])
        if body is None:
            return
        request = pickle.loads(body)
        try:
            if request[0] == "voice":
                reply(out, b"O", server.voice(*request[1:]))
                continue
            size = server.speak(*request[1:])
        except (ValueError, ctypes.ArgumentError) as exc:
            reply(out, b"E", str(exc).encode())
            continue
        with memoryview(server.buffer) as view:
            reply(out, b"O", view[:size])


if __name__ == "__main__":
    main()
