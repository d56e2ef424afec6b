"""Stage 5, master: make each chapter sound like a finished audiobook file.

For the `acx` profile (the default): a high-pass filter removes rumble, a
gentle compressor evens the voice, gain brings the file's RMS to −20 dBFS, a
limiter holds peaks at −5 dBFS (resampling to 44.1 kHz and MP3 coding add up
to ~1.5 dB of overshoot, and ACX's limit is −3 dBFS in the file), and the
studio room-tone bed is laid under the whole chapter at −65 dBFS, so every
pause holds the sound of a quiet room (ACX rejects digital silence; its noise
floor rule is −60 dBFS). `podcast` normalises to −16 LUFS integrated with a
−3 dBFS ceiling (under −1 dBTP in the file, after MP3 overshoot); `raw` only
adds the bed. The DSP is pedalboard's (JUCE filters, compressor and limiter),
the loudness meter BS.1770 (pyloudnorm's filters); we only measure and decide.
The export stage checks the encoded file and corrects any peak overshoot.
"""

from __future__ import annotations

import functools
import hashlib
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from audiobook.audio.qc import db_power, integrated_loudness
from audiobook.config import resource_dir
from audiobook.errors import ConfigError
from audiobook.models import ChapterAudio


@dataclass(frozen=True)
class MasterProfile:
    """Mastering targets; the same names as `check`'s profiles."""

    name: str
    target_rms_db: float | None = -20.0
    target_lufs: float | None = None
    ceiling_db: float | None = -5.0
    highpass_hz: float | None = 80.0
    compress: bool = True
    bed_rms_db: float = -65.0


FLOOR_DB = -240.0
"""The lowest power mastering's gain search measures (far under the meter's)."""

# One recipe for each of `config.PROFILE_NAMES`; `qc.PROFILES` holds the rules each is checked by.
PROFILES: dict[str, MasterProfile] = {
    "acx": MasterProfile("acx"),
    "podcast": MasterProfile("podcast", target_rms_db=None, target_lufs=-16.0, ceiling_db=-3.0),
    "raw": MasterProfile(
        "raw", target_rms_db=None, ceiling_db=None, highpass_hz=None, compress=False
    ),
}


@dataclass(frozen=True)
class Mastered:
    """A chapter's final samples (float32 mono) and what mastering measured."""

    samples: np.ndarray
    sample_rate: int
    rms_db: float
    peak_db: float


def db(value: float) -> float:
    return float(20 * np.log10(max(value, 1e-12)))


def room_tone_file() -> Path:
    return resource_dir("audio") / "room-tone.wav"


@functools.cache
def room_tone(rate: int, path: Path | None = None) -> np.ndarray:
    """The room-tone recording as float32 mono at `rate`, at unit RMS.

    pydub reads it, so a person may drop in a recording in any format ffmpeg
    knows; it is resampled once per rate and kept for the whole build.
    """
    from audiobook.audio.pcm import load_audio, resample

    samples, source_rate = load_audio(path or room_tone_file())
    samples = resample(samples, source_rate, rate)
    level = np.sqrt(np.mean(np.square(samples, dtype=np.float64)))
    if level <= 0:
        raise ConfigError(f"{path or room_tone_file()}: the room tone is silent")
    return (samples / level).astype(np.float32)


def room_tone_digest() -> str:
    """Part of every chapter's output key: a new room tone re-masters the book."""
    return hashlib.sha256(room_tone_file().read_bytes()).hexdigest()[:16]


CHUNK_SECONDS = 30  # mastering streams through the chapter in blocks of this length


def master(audio: ChapterAudio, profile: MasterProfile) -> Mastered:
    """Master one chapter's voice track in place and lay the room tone under it.

    The chapter is processed in blocks (pedalboard keeps filter and envelope
    state across blocks), so mastering holds one copy of the chapter, not five.
    """
    import pedalboard as pb

    rate = audio.sample_rate
    track = audio.samples if audio.samples.dtype == np.float32 else audio.samples.astype(np.float32)
    chain = []
    if profile.highpass_hz:
        chain.append(pb.HighpassFilter(cutoff_frequency_hz=profile.highpass_hz))
    if profile.compress:
        chain.append(pb.Compressor(threshold_db=-24, ratio=2.5, attack_ms=10, release_ms=150))
    if chain:
        _process(pb.Pedalboard(chain), track, rate)

    bed_gain = float(10 ** (profile.bed_rms_db / 20))
    if profile.target_rms_db is not None or profile.target_lufs is not None:
        if profile.target_lufs is not None:
            measured = lufs(track, rate)
            target = profile.target_lufs
        else:
            measured = db_power(_power(track) + bed_gain**2, FLOOR_DB)
            target = profile.target_rms_db or -20.0
        gain = target - measured
        limiter = None
        if profile.ceiling_db is not None:
            ceiling = profile.ceiling_db
            limiter = pb.Pedalboard(
                [
                    pb.Gain(gain_db=gain),
                    pb.Limiter(threshold_db=ceiling, release_ms=80),
                    pb.Gain(gain_db=ceiling),
                ]
            )
            _process(limiter, track, rate)
        else:
            track *= np.float32(10 ** (gain / 20))
        if profile.target_lufs is None:
            # what the limiter took back, returned with a small gain (peaks move by < 0.3 dB)
            error = target - db_power(_power(track) + bed_gain**2, FLOOR_DB)
            track *= np.float32(10 ** (min(error, 0.3) / 20))
    _add_bed(track, rate, bed_gain)
    if profile.ceiling_db is not None:
        limit = np.float32(10 ** (profile.ceiling_db / 20))
        np.clip(track, -limit, limit, out=track)
    peak = db(float(np.max(np.abs(track)))) if len(track) else -120.0
    return Mastered(track, rate, db_power(_power(track), FLOOR_DB), peak)


def _process(board, track: np.ndarray, rate: int) -> None:  # type: ignore[no-untyped-def]
    """Run a pedalboard chain over `track` block by block, writing back in place."""
    step = rate * CHUNK_SECONDS
    for start in range(0, len(track), step):
        block = track[start : start + step]
        last = start + step >= len(track)
        track[start : start + len(block)] = board(block, rate, reset=start == 0)[: len(block)]
        if last:
            break


def _power(track: np.ndarray) -> float:
    """Mean square of `track`: float32 dot products over short blocks, summed in
    float64 (as accurate as a float64 copy to ~1e-8, at a tenth of the cost)."""
    total = 0.0
    step = 1 << 16
    for start in range(0, len(track), step):
        block = track[start : start + step]
        total += float(np.dot(block, block))
    return total / max(1, len(track))


def _add_bed(track: np.ndarray, rate: int, gain: float) -> None:
    tone = room_tone(rate) * np.float32(gain)
    for start in range(0, len(track), len(tone)):
        block = track[start : start + len(tone)]
        block += tone[: len(block)]


def lufs(samples: np.ndarray, rate: int) -> float:
    """Integrated loudness (BS.1770), by the same meter `audiobook check` uses."""
    return float(integrated_loudness(samples, rate))
