"""pyttsx3, the default engine: espeak-ng on Linux, SAPI5 on Windows, NSSS on macOS.

On Linux we use pyttsx3's espeak driver for what it does well — loading the
library, listing voices, setting voice, rate, pitch and volume — but not its
file saving, which is unreliable (the first save can write nothing, queued
saves overwrite each other, it prints to stdout, its loop sleeps 10 ms per
call). Instead espeak runs in synchronous mode with our own callback.

Determinism: espeak-ng keeps state between utterances (its pitch-flutter index
and wave phase are static variables), so the same sentence sounds slightly
different depending on what was said before. Each run of texts (a segment,
or a few segments of one paragraph: `synthesize.plan_jobs`) is therefore
spoken in a child forked from a process in which espeak was initialised but
has never spoken: every segment's audio is a pure function of its text, its
voice and the text before it in its run (all three in its cache key),
whichever worker speaks it and whatever came before. That process is a small
one of its own (`espeak_server.py`), because a fork's cost follows the size of
the process forked, and a run shares one fork among its segments. The fork
also isolates a crash or hang of the library: the child is killed, the worker
lives on.
"""

from __future__ import annotations

import atexit
import contextlib
import ctypes
import gc
import io
import os
import pickle
import struct
import subprocess
import sys
import tempfile
import time
import wave
from pathlib import Path

import numpy as np

from audiobook.config import VoiceProfile
from audiobook.errors import ConfigError, EngineError
from audiobook.speech.engines.base import Engine, Speech, VoiceInfo, WordMark
from audiobook.speech.engines.espeak_runtime import load_espeak
from audiobook.speech.engines.espeak_server import wait_readable


def _pyttsx3_version() -> str:
    from importlib.metadata import version

    return version("pyttsx3")


class Pyttsx3Engine(Engine):
    """Offline speech through pyttsx3."""

    NAME = "pyttsx3"

    @classmethod
    def available(cls) -> tuple[bool, str]:
        try:
            load_espeak()
            import pyttsx3  # noqa: F401
        except (OSError, ImportError, RuntimeError) as exc:
            return False, str(exc)
        return True, ""

    def __init__(self) -> None:
        self._library = load_espeak()
        self._sync = _EspeakSync() if sys.platform == "linux" else None
        self._voices: list[VoiceInfo] | None = None

    def version(self) -> str:
        base = f"pyttsx3 {_pyttsx3_version()}"
        if self._sync is not None:
            return f"{base}; espeak-ng {self._sync.espeak_version}"
        return f"{base}; {sys.platform}"

    def library(self) -> str:
        return f"{self._library.path} ({self._library.origin})"

    def voices(self) -> list[VoiceInfo]:
        if self._voices is None:
            if self._sync is not None:
                raw = self._sync.engine.getProperty("voices")
            else:
                import pyttsx3

                raw = pyttsx3.init().getProperty("voices")
            self._voices = [
                VoiceInfo(
                    id=str(v.id),
                    name=str(v.name),
                    language=(v.languages[0] if v.languages else "") or "",
                    gender=str(v.gender or ""),
                    engine=self.NAME,
                )
                for v in raw
            ]
        return self._voices

    def check_voice(self, profile: VoiceProfile) -> None:
        base, _, variant = profile.voice.partition("+")
        ids = {v.id.lower() for v in self.voices()}
        if base.lower() not in ids:
            import difflib

            close = difflib.get_close_matches(base.lower(), sorted(ids), n=3, cutoff=0.5)
            hint = f"close matches: {', '.join(close)}" if close else "see `audiobook voices`"
            where = f" in {profile.source}" if profile.source else ""
            raise ConfigError(f"unknown voice '{profile.voice}'{where}; {hint}")
        if variant and self._sync is not None:
            variants = self._sync.variants()
            if variants and variant not in variants:
                raise ConfigError(
                    f"unknown espeak variant '+{variant}' in voice '{profile.voice}'; "
                    f"try one of: {', '.join(sorted(variants)[:12])} …"
                )

    @property
    def carries_state(self) -> bool:  # type: ignore[override]
        return self._sync is not None  # espeak-ng; SAPI5 and NSSS speak each file afresh

    def synthesize(self, text: str, profile: VoiceProfile, timeout_s: float = 30.0) -> Speech:
        return self.synthesize_run([text], profile, timeout_s)[0]

    def synthesize_run(
        self, texts: list[str], profile: VoiceProfile, timeout_s: float = 30.0
    ) -> list[Speech]:
        if self._sync is not None:
            return self._sync.speak(texts, profile, timeout_s)
        return [_speak_with_pyttsx3_file(text, profile) for text in texts]


class _EspeakSync:
    """espeak-ng through pyttsx3: voices listed here, utterances spoken by `_Speaker`."""

    def __init__(self) -> None:
        from pyttsx3.drivers import _espeak
        from pyttsx3.drivers import espeak as driver_module

        self._espeak = _espeak
        self._driver = driver_module.EspeakDriver
        if not self._driver._moduleInitialized:
            # pyttsx3 would initialise espeak in asynchronous "retrieval" mode,
            # which needs a background thread that a forked child lacks.
            rate = _espeak.Initialize(_espeak.AUDIO_OUTPUT_SYNCHRONOUS, 1000)
            if rate <= 0:
                raise EngineError("espeak-ng could not initialise (is its data folder present?)")
            self._driver._moduleInitialized = True
            self._driver._defaultVoice = "gmw/en"
        import pyttsx3

        self.engine = pyttsx3.init("espeak")
        atexit.register(self._release)  # pyttsx3's destructor fails if left to shutdown
        self.sample_rate = 22050
        self._library_path = load_espeak().path
        self._speaker: _Speaker | None = None
        self._selected: dict | None = None
        self.espeak_version = self._read_version()

    def _release(self) -> None:
        if self._speaker is not None:
            self._speaker.stop()
        self.engine = None
        gc.collect()

    def _read_version(self) -> str:
        try:
            info = self._espeak.dll.espeak_Info
            info.restype = ctypes.c_char_p
            info.argtypes = [ctypes.c_void_p]
            return (info(None) or b"unknown").decode()
        except AttributeError:
            return "unknown"

    def variants(self) -> set[str]:
        data = os.environ.get("ESPEAK_DATA_PATH")
        folder = Path(data) / "voices" / "!v" if data else None
        if folder is None or not folder.is_dir():
            return set()
        return {p.name for p in folder.iterdir()}

    def speak(self, texts: list[str], profile: VoiceProfile, timeout_s: float) -> list[Speech]:
        """Speak `texts` as one run: one fresh child speaks them all, in order."""
        speaker = self._speaker_for(profile)
        body = speaker.ask(("speak", list(texts), timeout_s), timeout_s + 10)
        spoken, voice_now = pickle.loads(body)
        wanted = profile.voice.lower()
        if voice_now and wanted.split("+")[0].split("/")[-1] not in voice_now:
            raise EngineError(f"espeak-ng kept voice '{voice_now}' instead of '{profile.voice}'")
        return [
            Speech(
                pcm=np.frombuffer(pcm_bytes, dtype="<i2").astype(np.int16),
                sample_rate=self.sample_rate,
                words=tuple(WordMark(*w) for w in words),
            )
            for pcm_bytes, words in spoken
        ]

    def _speaker_for(self, profile: VoiceProfile) -> _Speaker:
        """The speaking process, started if need be, with `profile`'s voice set.

        Loading a voice changes no state that carries from one utterance to the
        next, so children forked afterwards start from the same point whatever
        voices were loaded before (a test holds us to that); setting it there
        once per change of voice spares every child the loading.
        """
        if self._speaker is None or not self._speaker.alive():
            self._speaker = _Speaker(self._library_path, self._espeak.__file__)
            self._selected = None
        wanted = profile.key()
        if self._selected != wanted:
            request = ("voice", profile.voice, profile.rate, profile.pitch, profile.volume)
            self._speaker.ask(request, 30.0)
            self._selected = wanted
        return self._speaker


class _Speaker:
    """The `espeak_server.py` process of this engine, and its request/reply pipe."""

    SCRIPT = Path(__file__).with_name("espeak_server.py")

    def __init__(self, library: str, binding: str) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-P", str(self.SCRIPT), library, binding],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            bufsize=0,
        )
        atexit.register(self.stop)
        self._reply(30.0)  # "ready", or why it could not start

    def alive(self) -> bool:
        return self.process.poll() is None

    def ask(self, request: tuple, timeout_s: float) -> bytes:
        """Send one request; its reply's body, or EngineError (the process is then stopped)."""
        body = pickle.dumps(request)
        assert self.process.stdin is not None
        try:
            self.process.stdin.write(struct.pack("<I", len(body)) + body)
        except OSError:
            self.stop()
            raise EngineError("the espeak-ng process stopped unexpectedly") from None
        return self._reply(timeout_s)

    def _reply(self, timeout_s: float) -> bytes:
        assert self.process.stdout is not None
        fd = self.process.stdout.fileno()
        deadline = time.monotonic() + timeout_s
        try:
            head = _read_exact(fd, 5, deadline)
            body = _read_exact(fd, struct.unpack("<I", head[1:])[0], deadline)
        except TimeoutError:
            self.stop()
            raise EngineError(f"espeak-ng did not answer within {timeout_s:.0f} s") from None
        except EOFError:
            self.stop()
            raise EngineError("the espeak-ng process stopped unexpectedly") from None
        if head[:1] != b"O":
            raise EngineError(body.decode("utf-8", "replace"))
        return body

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait()
        for stream in (self.process.stdin, self.process.stdout):
            if stream is not None:
                with contextlib.suppress(OSError):
                    stream.close()


def _read_exact(fd: int, count: int, deadline: float) -> bytes:
    """`count` bytes from `fd` by `deadline` (TimeoutError), or EOFError if it closes first."""
    parts: list[bytes] = []
    got = 0
    while got < count:
        wait_readable(fd, deadline)
        chunk = os.read(fd, min(count - got, 1 << 20))
        if not chunk:
            raise EOFError
        parts.append(chunk)
        got += len(chunk)
    return b"".join(parts)


def _speak_with_pyttsx3_file(text: str, profile: VoiceProfile) -> Speech:
    """SAPI5/NSSS: pyttsx3's own save_to_file, one utterance per run, stdout muted."""
    import pyttsx3

    engine = pyttsx3.init()
    engine.setProperty("voice", profile.voice)
    engine.setProperty("rate", profile.rate)
    engine.setProperty("volume", profile.volume)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "segment.wav"
        with contextlib.redirect_stdout(io.StringIO()):
            engine.save_to_file(text, str(path))
            engine.runAndWait()
        if not path.is_file() or path.stat().st_size <= 44:
            raise EngineError("pyttsx3 wrote no audio")
        with wave.open(str(path), "rb") as wav:
            rate, width, channels = wav.getframerate(), wav.getsampwidth(), wav.getnchannels()
            frames = wav.readframes(wav.getnframes())
    if width != 2:
        raise EngineError(f"pyttsx3 wrote {8 * width}-bit audio; expected 16-bit")
    pcm = np.frombuffer(frames, dtype="<i2").reshape(-1, channels).mean(axis=1).astype(np.int16)
    return Speech(pcm=pcm, sample_rate=rate)
