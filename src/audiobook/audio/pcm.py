"""Reading and writing audio files through pydub, pointed at our ffmpeg.

pydub looks for ffmpeg on PATH when it is imported and warns if there is
none; we point it at `tools.ffmpeg_path()` (PATH, else the imageio-ffmpeg
binary), so it works on a machine that never installed ffmpeg.
"""

from __future__ import annotations

import functools
import warnings
from pathlib import Path
from typing import Any

import numpy as np

from audiobook.errors import ConfigError
from audiobook.tools import ffmpeg_path


@functools.cache
def audio_segment_class() -> Any:
    """pydub's AudioSegment, configured with our ffmpeg."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        from pydub import AudioSegment
    AudioSegment.converter = ffmpeg_path()
    AudioSegment.ffmpeg = ffmpeg_path()
    return AudioSegment


def load_audio(path: Path) -> tuple[np.ndarray, int]:
    """Any audio file ffmpeg reads, as float32 mono (-1..1) and its sample rate."""
    AudioSegment = audio_segment_class()
    try:
        sound = AudioSegment.from_file(str(path)).set_channels(1)
    except Exception as exc:  # pydub raises bare exceptions for unreadable files
        raise ConfigError(f"{path}: cannot read this audio file ({exc})") from exc
    scale = float(1 << (8 * sound.sample_width - 1))
    samples = np.array(sound.get_array_of_samples(), dtype=np.float32) / scale
    return samples, sound.frame_rate


def resample(samples: np.ndarray, source_rate: int, rate: int) -> np.ndarray:
    """float32 mono samples at `source_rate` brought to `rate`, `round(n * rate /
    source_rate)` samples long.

    The build's one resampler is soxr at its high-quality setting: the encoders
    use its streaming form (`audio/encode.py`), and this one-shot form serves the
    rare rest (a room tone recorded at another rate, an engine speaking at
    another rate than the chapter), so every resampled sample in a book passes
    through the same filter.
    """
    if source_rate == rate:
        return samples
    import soxr

    out = soxr.resample(np.asarray(samples, dtype=np.float32), source_rate, rate, "HQ")
    want = round(len(samples) * rate / source_rate)
    if len(out) < want:
        out = np.concatenate([out, np.zeros(want - len(out), dtype=np.float32)])
    return np.ascontiguousarray(out[:want], dtype=np.float32)


def pcm_to_segment(pcm: np.ndarray, rate: int) -> Any:
    """int16 mono samples as a pydub AudioSegment."""
    AudioSegment = audio_segment_class()
    return AudioSegment(
        data=pcm.astype("<i2").tobytes(), sample_width=2, frame_rate=rate, channels=1
    )


def to_int16(samples: np.ndarray) -> np.ndarray:
    """float32 (-1..1) to little-endian int16, rounded, clipped (deterministic).

    One scaled float32 copy, rounded and clipped in place: every minute of the
    book passes through here, and the obvious `np.clip(np.rint(x * 32767.0),
    -32768, 32767)` costs ten times as much (temporaries, and a clip with
    Python-int bounds that takes numpy's slow path).
    """
    scaled = np.multiply(samples, np.float32(32767.0), dtype=np.float32)
    np.rint(scaled, out=scaled)
    np.clip(scaled, np.float32(-32768.0), np.float32(32767.0), out=scaled)
    return scaled.astype("<i2")
