"""The audio check: measure finished files and judge them against a profile.

Files are decoded with ffmpeg, never read through our own writers, so a check
sees what a listener's player (or an ACX reviewer) sees. ffmpeg's output is
read a few seconds at a time and every figure is gathered block by block
(`LevelMeter`), keeping only small per-10-ms-frame figures for the whole file:
a one-hour file takes a few seconds and a few tens of MB, not the GB its
decoded samples would fill. Levels come from vectorised numpy over the frames.

Measurement choices (the publisher's rules say *what*, not exactly *how*):

- **RMS** is the plain RMS of every sample in the file, as ACX defines it.
- **Noise floor** is the RMS of the quietest 0.5 s window anywhere in the
  file, searched with a 10 ms hop: ACX's own "quietest half second" method.
  Windows touching digital silence are skipped, since zeros would flatter the
  figure and are judged by their own rule.
- **Head / tail room tone** is the length of the leading / trailing stretch
  whose 10 ms frames stay more than 20 dB below the file's RMS. Frames of
  digital silence inside that stretch are not counted: zeros are not room tone.
- **Digital silence** is the longest run of samples below −90 dBFS (0 and ±1
  LSB of 16-bit audio). A run longer than 0.25 s, an audible dropout, fails.
  Runs shorter than one 10 ms frame are not counted.
- **Loudness** is BS.1770-4 integrated loudness (pyloudnorm's K-weighting
  filters, gating vectorised here because pyloudnorm's loop takes ~8 s an hour).
- For stereo files, RMS, noise floor, room tone and silence are measured on
  the mix of the channels; peak is the highest sample of any channel (a clip
  in one channel is a clip), and loudness weighs the channels per BS.1770.
- MP3 bitrate and constant-bit-rate rules only apply to MP3 files. WAV/FLAC
  masters are checked before encoding, so those rules read "n/a" and pass.
"""

from __future__ import annotations

import functools
import logging
import subprocess
import tempfile
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import numpy as np

from audiobook import tools
from audiobook.audio.mp3join import after_id3v2, first_frame, frame_header
from audiobook.errors import AudiobookError, ConfigError, counted

logger = logging.getLogger(__name__)

FLOOR_DB = -144.0
"""What we report for "nothing there" (all zeros), so reports stay JSON-safe."""
FRAME_S = 0.01
NOISE_WINDOW_S = 0.5
SPEECH_GAP_DB = 20.0
SILENCE_DB = -90.0
MAX_SILENCE_S = 0.25
AUDIO_SUFFIXES = (".mp3", ".wav", ".m4b", ".flac")
BLOCK_S = 4.0
"""Audio measured at a time: decoded from ffmpeg, or sliced from an array."""


# --- results ---------------------------------------------------------------


@dataclass(frozen=True)
class Measure:
    """One figure of one file, and whether it meets the profile's rule.

    `value` None means the rule does not apply to this file (the bitrate of a
    WAV); such a measure passes. `rule` is "" when the profile only measures.
    """

    name: str
    value: float | str | None
    unit: str
    ok: bool
    rule: str


@dataclass(frozen=True)
class FileReport:
    """Every measure of one file; the file passes when every measure does."""

    path: Path
    measures: tuple[Measure, ...]
    note: str = ""  # why the file is only measured, not judged (a built book's listening copy)
    problem: str = ""  # why it could not be measured at all (missing, not audio): it fails
    advice: str = ""  # what its verdict does not cover (a WAV under ACX: levels only)

    @property
    def ok(self) -> bool:
        return not self.problem and all(m.ok for m in self.measures)

    @property
    def failed(self) -> tuple[Measure, ...]:
        return tuple(m for m in self.measures if not m.ok)

    def measure(self, name: str) -> Measure:
        """The measure called `name`; KeyError if the report has none."""
        for m in self.measures:
            if m.name == name:
                return m
        raise KeyError(name)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict: path, ok, and the measures keyed by name, in order."""
        return {
            "path": str(self.path),
            "ok": self.ok,
            **({"note": self.note} if self.note else {}),
            **({"problem": self.problem} if self.problem else {}),
            **({"advice": self.advice} if self.advice else {}),
            "measures": {
                m.name: {"value": m.value, "unit": m.unit, "ok": m.ok, "rule": m.rule}
                for m in self.measures
            },
        }


# --- profiles --------------------------------------------------------------


def _num(x: float) -> str:
    return f"{x:g}".replace("-", "−")


@dataclass(frozen=True)
class Rule:
    """A pass condition on one measure: inclusive bounds, or a set of choices."""

    low: float | None = None
    high: float | None = None
    choices: tuple[float | str, ...] = ()
    note: str = ""

    def judge(self, value: float | str | None) -> bool:
        if value is None:
            return True
        if self.choices:
            return value in self.choices
        if isinstance(value, str):
            return False
        return (self.low is None or value >= self.low) and (self.high is None or value <= self.high)

    def describe(self) -> str:
        if self.choices:
            text = " or ".join(str(c) for c in self.choices)
        elif self.low is not None and self.high is not None:
            text = f"{_num(self.low)} to {_num(self.high)}"
        elif self.high is not None:
            text = f"≤ {_num(self.high)}"
        elif self.low is not None:
            text = f"≥ {_num(self.low)}"
        else:
            text = ""
        return f"{text} ({self.note})" if self.note else text


@dataclass(frozen=True)
class Profile:
    """A publisher's rules, keyed by measure name; unlisted measures are informational."""

    name: str
    summary: str
    rules: Mapping[str, Rule] = field(default_factory=dict)
    same_channels: bool = False  # every file of a set must share its channel count
    formats: tuple[str, ...] = ()  # the only file types it takes ("mp3"); () takes any


ACX = Profile(
    name="acx",
    summary="Audible / ACX submission requirements",
    rules={
        "rms": Rule(-23.0, -18.0),
        "peak": Rule(high=-3.0),
        "noise_floor": Rule(high=-60.0),
        "head": Rule(0.5, 1.0, note="room tone"),
        "tail": Rule(1.0, 5.0, note="room tone"),
        "digital_silence": Rule(high=MAX_SILENCE_S, note="longest run"),
        "duration": Rule(high=120.0),
        "sample_rate": Rule(choices=(44100,)),
        "channels": Rule(choices=(1, 2), note="all files alike"),
        "bitrate": Rule(low=192.0, note="MP3 only"),
        "bitrate_mode": Rule(choices=("CBR",), note="MP3 only"),
    },
    same_channels=True,
    formats=("mp3",),
)
PODCAST = Profile(
    name="podcast",
    summary="podcast loudness: −16 LUFS ±1, peak ≤ −1 dBFS",
    rules={
        "lufs": Rule(-17.0, -15.0),
        "peak": Rule(high=-1.0),
        "sample_rate": Rule(choices=(44100, 48000)),
    },
)
RAW = Profile(name="raw", summary="measure only; every file passes")

PROFILES: dict[str, Profile] = {p.name: p for p in (ACX, PODCAST, RAW)}


def get_profile(name: str) -> Profile:
    """The profile called `name`; ConfigError listing the valid ones otherwise."""
    try:
        return PROFILES[name]
    except KeyError:
        valid = ", ".join(sorted(PROFILES))
        raise ConfigError(f"unknown check profile {name!r}: choose one of {valid}") from None


# --- measurement -----------------------------------------------------------


def db_power(power: float, floor_db: float = FLOOR_DB) -> float:
    """A mean power in dB, never below `floor_db` (the meter's floor by default;
    mastering's gain search passes a lower one)."""
    return float(10.0 * np.log10(max(power, 10.0 ** (floor_db / 10.0))))


def _db_amp(amplitude: float) -> float:
    return float(20.0 * np.log10(max(amplitude, 10.0 ** (FLOOR_DB / 20.0))))


def measure_samples(samples: np.ndarray, sample_rate: int) -> dict[str, float]:
    """Level figures of float audio in −1..1, shape (n,) or (n, channels).

    Keys: rms_db, peak_db, noise_floor_db, lufs (dB figures, FLOOR_DB when
    there is nothing to measure), head_s, tail_s, longest_silence_s,
    duration_s. See the module docstring for how each is measured. The array
    is fed to a `LevelMeter` a block at a time, exactly as `check_file` feeds
    a decoded file, so both give the same figures.
    """
    audio = np.asarray(samples)
    if audio.ndim not in (1, 2) or audio.shape[0] == 0:
        raise AudiobookError("no audio to measure")
    if audio.ndim == 2 and audio.shape[1] == 1:
        audio = audio[:, 0]
    meter = LevelMeter(sample_rate, 1 if audio.ndim == 1 else audio.shape[1])
    for start in range(0, audio.shape[0], meter.block_samples):
        meter.feed(audio[start : start + meter.block_samples])
    return meter.result()


def combine_levels(parts: list[dict[str, float]]) -> dict[str, float]:
    """The figures of consecutive pieces of one stream, from each piece's figures.

    Exact for RMS (power weighted by duration), peak (the loudest), noise
    floor (the quietest window), head (the first piece's), tail (the last's),
    longest silence and duration; integrated loudness is combined by power,
    which is close to (not exactly) the gated BS.1770 figure of the whole.
    """
    if not parts:
        raise AudiobookError("no audio to measure")
    total = sum(p["duration_s"] for p in parts) or 1e-9

    def mean_db(key: str) -> float:
        power = sum(10 ** (p[key] / 10) * p["duration_s"] for p in parts)
        return db_power(power / total)

    return {
        "rms_db": mean_db("rms_db"),
        "peak_db": max(p["peak_db"] for p in parts),
        "noise_floor_db": min(p["noise_floor_db"] for p in parts),
        "head_s": parts[0]["head_s"],
        "tail_s": parts[-1]["tail_s"],
        "longest_silence_s": max(p["longest_silence_s"] for p in parts),
        "lufs": mean_db("lufs"),
        "duration_s": sum(p["duration_s"] for p in parts),
    }


_QUIET = 10.0 ** (SILENCE_DB / 20.0)
"""Digital silence: |sample| below this (compared in float32, like the samples)."""


class LevelMeter:
    """The figures of `measure_samples`, gathered from consecutive blocks of audio.

    Feed blocks of float audio in −1..1 (shape (n,) for mono, (n, channels)
    otherwise) of any length, in order; `result()` then gives the figures of
    the whole stream. Only small per-10-ms-frame figures (energy, digital
    silence, quiet samples at the edges of frames next to silence) and per-
    100-ms loudness steps are kept for the whole stream, so memory follows the
    block size, not the length of the file: an hour is 360k frames, ~6 MB.
    """

    def __init__(self, sample_rate: int, channels: int = 1) -> None:
        if sample_rate < 1 or channels < 1:
            raise AudiobookError(f"cannot measure {channels} channel(s) at {sample_rate} Hz")
        self.sample_rate = sample_rate
        self.channels = channels
        self.frame = max(1, round(sample_rate * FRAME_S))
        # A convenient block to feed: whole frames, a few seconds.
        self.block_samples = self.frame * max(1, round(BLOCK_S / FRAME_S))
        self.samples = 0
        self._peak = 0.0
        self._rest = np.zeros(0, dtype=np.float32)  # mix samples short of a whole frame
        self._frames: list[tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]] = []
        self._loudness = _Loudness(sample_rate, channels)

    def feed(self, block: np.ndarray) -> None:
        """Measure the next `block` of the stream."""
        audio = np.asarray(block, dtype=np.float32)
        if audio.ndim == 2 and audio.shape[1] == 1 and self.channels == 1:
            audio = audio[:, 0]
        shape = (audio.shape[0],) if self.channels == 1 else (audio.shape[0], self.channels)
        if audio.shape != shape:
            raise AudiobookError(
                f"a block of shape {audio.shape} does not hold {self.channels} channel(s)"
            )
        if audio.shape[0] == 0:
            return
        self._peak = max(self._peak, float(audio.max()), -float(audio.min()))
        self._loudness.feed(audio)
        if audio.ndim == 2:
            mix = audio[:, 0].copy()  # column sums: much faster than mean(axis=1)
            for ch in range(1, self.channels):
                mix += audio[:, ch]
            mix *= np.float32(1.0 / self.channels)
        else:
            mix = audio
        self.samples += audio.shape[0]
        if self._rest.size:
            mix = np.concatenate((self._rest, mix))
        whole = mix.shape[0] // self.frame
        if whole:
            body = mix[: whole * self.frame].reshape(whole, self.frame)
            self._frames.append(_frame_stats(body))
        self._rest = mix[whole * self.frame :].copy()  # a copy: keep no view of the block

    def result(self) -> dict[str, float]:
        """The figures of everything fed so far (see `measure_samples` for the keys)."""
        if self.samples == 0:
            raise AudiobookError("no audio to measure")
        parts = list(self._frames)
        if self._rest.size:  # the last frame may be short
            parts.append(_frame_stats(self._rest.reshape(1, -1)))
        energy, silent, lead, trail = (
            np.concatenate(column) for column in zip(*parts, strict=True)
        )
        counts = np.full(energy.shape[0], self.frame, dtype=np.int64)
        if self._rest.size:
            counts[-1] = self._rest.size
        rate = self.sample_rate
        rms_db = db_power(float(energy.sum(dtype=np.float64)) / self.samples)
        head, tail = _room_tone(energy, counts, silent, rms_db - SPEECH_GAP_DB)
        return {
            "rms_db": rms_db,
            "peak_db": _db_amp(self._peak),
            "noise_floor_db": _noise_floor(energy, counts, silent, self.frame, rate, rms_db),
            "head_s": head / rate,
            "tail_s": tail / rate,
            "longest_silence_s": _longest_silence(counts, silent, lead, trail) / rate,
            "lufs": self._loudness.result(),
            "duration_s": self.samples / rate,
        }


def _frame_stats(body: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Energy (sum of squares), digital silence, and quiet samples at the start / end of frames.

    `body` holds one frame a row. The quiet lead / trail (samples below the
    silence level before the first / after the last louder one) is only worked
    out for sounding frames that may border a silent run: the first and last
    frame of `body` and those next to a silent frame; it is 0 elsewhere.
    """
    energy = np.einsum("ij,ij->i", body, body).astype(np.float64)
    silent = np.maximum(body.max(axis=1), -body.min(axis=1)) < _QUIET
    lead = np.zeros(body.shape[0], dtype=np.int32)
    trail = np.zeros(body.shape[0], dtype=np.int32)
    after_silence = ~silent
    after_silence[1:] &= silent[:-1]
    before_silence = ~silent
    before_silence[:-1] &= silent[1:]
    rows = np.flatnonzero(after_silence)
    if rows.size:
        lead[rows] = (np.abs(body[rows]) >= _QUIET).argmax(axis=1)
    rows = np.flatnonzero(before_silence)
    if rows.size:
        trail[rows] = (np.abs(body[rows]) >= _QUIET)[:, ::-1].argmax(axis=1)
    return energy, silent, lead, trail


def _noise_floor(
    energy: np.ndarray,
    counts: np.ndarray,
    silent: np.ndarray,
    frame: int,
    sample_rate: int,
    rms_db: float,
) -> float:
    """RMS of the quietest 0.5 s window (10 ms hop) that holds no digital silence."""
    width = max(1, round(NOISE_WINDOW_S * sample_rate / frame))
    whole = int(np.count_nonzero(counts == frame))
    if whole < width:
        return rms_db  # shorter than one window: the whole file is the window
    csum = np.concatenate(([0.0], np.cumsum(energy[:whole])))
    window_energy = csum[width:] - csum[:-width]
    ssum = np.concatenate(([0], np.cumsum(silent[:whole])))
    clean = (ssum[width:] - ssum[:-width]) == 0
    pool = window_energy[clean] if clean.any() else window_energy
    return db_power(float(pool.min()) / (width * frame))


def _room_tone(
    energy: np.ndarray, counts: np.ndarray, silent: np.ndarray, threshold_db: float
) -> tuple[int, int]:
    """Samples of room tone (quiet, not digital zeros) before the first / after the last speech."""
    with np.errstate(divide="ignore"):
        level = 10.0 * np.log10(energy / counts)
    loud = np.flatnonzero(level >= threshold_db)
    if loud.size == 0:
        return 0, 0
    tone = np.where(silent, 0, counts)
    return int(tone[: loud[0]].sum()), int(tone[loud[-1] + 1 :].sum())


def _longest_silence(
    counts: np.ndarray, silent: np.ndarray, lead: np.ndarray, trail: np.ndarray
) -> int:
    """Longest run, in samples, of digitally silent samples spanning at least one whole frame.

    Runs are found on frames, then each is extended by the quiet samples that
    end the frame before it and start the frame after it, so the length is
    exact to the sample wherever the run crosses a block boundary.
    """
    if not silent.any():
        return 0
    edges = np.flatnonzero(np.diff(np.concatenate(([0], silent.astype(np.int8), [0]))))
    starts, ends = edges[0::2], edges[1::2]
    csum = np.concatenate(([0], np.cumsum(counts)))
    runs = csum[ends] - csum[starts]
    last = silent.shape[0] - 1
    runs += np.where(starts > 0, trail[np.maximum(starts - 1, 0)], 0)
    runs += np.where(ends <= last, lead[np.minimum(ends, last)], 0)
    return int(runs.max())


@functools.cache
def _k_weighting(sample_rate: int) -> tuple[np.ndarray, float]:
    """pyloudnorm's BS.1770 K-weighting at `sample_rate`: float32 sections, passband gain."""
    from pyloudnorm.iirfilter import IIRfilter

    shelf = IIRfilter(4.0, 1 / np.sqrt(2), 1500.0, sample_rate, "high_shelf")
    high_pass = IIRfilter(0.0, 0.5, 38.0, sample_rate, "high_pass")
    sos = np.array([[*shelf.b, *shelf.a], [*high_pass.b, *high_pass.a]], dtype=np.float32)
    return sos, float(shelf.passband_gain * high_pass.passband_gain)


class _Loudness:
    """BS.1770-4 integrated loudness, gathered block by block.

    Each channel is K-weighted with the filter state carried from block to
    block, squared, and summed per 100 ms step (a step may straddle blocks).
    `result()` builds the 400 ms gating blocks (75 % overlap) from four steps
    each, just as if the whole stream had been filtered at once.
    """

    def __init__(self, sample_rate: int, channels: int) -> None:
        sos, self.gain = _k_weighting(sample_rate)
        self.sos = sos.copy()  # scipy wants it writable: keep the cached one safe
        self.channels = channels
        self.step = sample_rate * 0.1  # BS.1770 blocks: 400 ms, stepped by 100 ms
        self.samples = 0
        self._state = [np.zeros((2, 2), dtype=np.float32) for _ in range(channels)]
        self._step_index = 0  # the step that sample `self.samples` falls in
        self._partial = np.zeros(channels)  # its sum so far, per channel
        self._steps: list[list[np.ndarray]] = [[] for _ in range(channels)]

    def feed(self, audio: np.ndarray) -> None:
        from scipy.signal import sosfilt

        columns = audio.reshape(audio.shape[0], -1)
        size = columns.shape[0]
        if size == 0:
            return
        end = self.samples + size
        # Offsets into this block of the steps after `_step_index` that start in
        # it or right at its end: each one ends the step before it. Never 0, as
        # the step in progress at offset 0 started before this block did.
        later = np.arange(self._step_index + 1, int(end // self.step) + 3)
        starts = np.round(later * self.step).astype(np.int64) - self.samples
        starts = starts[starts <= size]
        ends_here = bool(starts.size) and starts[-1] == size
        bounds = np.concatenate(([0], starts[:-1] if ends_here else starts))
        for ch in range(self.channels):
            chunk = np.ascontiguousarray(columns[:, ch])
            weighted, self._state[ch] = sosfilt(self.sos, chunk, zi=self._state[ch])
            np.square(weighted, out=weighted)
            sums = np.add.reduceat(weighted, bounds, dtype=np.float64)
            sums[0] += self._partial[ch]
            if ends_here:
                self._partial[ch] = 0.0
                self._steps[ch].append(sums)
            else:
                self._partial[ch] = sums[-1]
                if starts.size:
                    self._steps[ch].append(sums[:-1])
        self._step_index += starts.size
        self.samples = end

    def result(self) -> float:
        steps = int(self.samples // self.step)
        if steps < 4:
            return FLOOR_DB
        blocks = np.zeros(steps - 3)
        for ch in range(self.channels):
            # Whole steps only; the step in progress is whole when the stream
            # ends on its boundary.
            part = np.concatenate([*self._steps[ch], [self._partial[ch]]])[:steps]
            block = part[:-3] + part[1:-2] + part[2:-1] + part[3:]
            blocks += (1.0 if ch < 3 else 1.41) * self.gain**2 * block / (4 * self.step)
        with np.errstate(divide="ignore"):
            loudness = -0.691 + 10.0 * np.log10(blocks)
        above = loudness >= -70.0
        if not above.any():
            return FLOOR_DB
        relative = -0.691 + 10.0 * np.log10(blocks[above].mean()) - 10.0
        gated = above & (loudness > relative)
        return db_power(float(blocks[gated].mean())) - 0.691


def integrated_loudness(audio: np.ndarray, sample_rate: int) -> float:
    """BS.1770-4 integrated loudness in LUFS; FLOOR_DB if under 0.4 s or all gated out.

    Uses pyloudnorm's K-weighting filters, run as float32 second-order
    sections a few seconds at a time, and vectorised 400 ms / 75 % overlap
    gating: same figure as `pyloudnorm.Meter.integrated_loudness`, a few times
    faster.
    """
    samples = np.asarray(audio)
    columns = samples.reshape(samples.shape[0], -1)
    meter = _Loudness(sample_rate, columns.shape[1])
    block = max(1, round(sample_rate * BLOCK_S))
    for start in range(0, columns.shape[0], block):
        meter.feed(columns[start : start + block])
    return meter.result()


# --- format ----------------------------------------------------------------


def scan_mp3_frames(data: bytes) -> tuple[str, float] | None:
    """("CBR" or "VBR", mean kbps) from walking every frame header; None if no frames.

    The fallback when an MP3 has no Xing/Info/LAME header and mutagen cannot
    tell the bitrate mode: constant means one bitrate in every frame.
    """
    pos = first_frame(data, after_id3v2(data))
    if pos is None:
        return None
    seen: set[int] = set()
    total_bytes = total_samples = rate = 0
    while (header := frame_header(data, pos)) is not None and pos + header.length <= len(data):
        seen.add(header.kbps)
        rate = header.sample_rate
        total_bytes += header.length
        total_samples += header.samples
        pos += header.length
    if not total_samples:
        return None
    mean_kbps = total_bytes * 8 * rate / total_samples / 1000
    return ("CBR" if len(seen) == 1 else "VBR"), mean_kbps


def mp3_format(path: Path) -> tuple[float, str]:
    """(bitrate kbps, "CBR"/"VBR"/"ABR"/"unknown") of an MP3.

    mutagen decides from the Xing/Info/LAME header: ffmpeg and LAME write an
    "Info" tag for CBR (mutagen says CBR) and "Xing" for VBR. Without any such
    header mutagen says UNKNOWN, and we walk the frames ourselves.
    """
    from mutagen import MutagenError
    from mutagen.mp3 import MP3, BitrateMode

    try:
        info = MP3(path).info
    except MutagenError as exc:
        raise AudiobookError(f"{path}: cannot read MP3 header: {exc}") from exc
    modes = {BitrateMode.CBR: "CBR", BitrateMode.VBR: "VBR", BitrateMode.ABR: "ABR"}
    mode = modes.get(info.bitrate_mode)
    if mode is not None:
        return info.bitrate / 1000, mode
    scanned = scan_mp3_frames(path.read_bytes())
    if scanned is None:
        return info.bitrate / 1000, "unknown"
    mode, kbps = scanned
    return kbps, mode


# --- checking --------------------------------------------------------------


def check_file(path: Path, profile: str = "acx") -> FileReport:
    """Decode `path` with ffmpeg at its own rate, measure it, judge it by `profile`."""
    levels, rate, channels = measure_file(path)
    return judge(path, levels, rate, channels, profile)


def measure_file(path: Path) -> tuple[dict[str, float], int, int]:
    """(level figures as `measure_samples` gives them, sample rate, channels) of a file.

    ffmpeg decodes the file to float32 on a pipe, read a few seconds at a time
    into a `LevelMeter`: memory stays at a few MB however long the file.
    """
    rate, channels = tools.probe_stream(path)
    meter = LevelMeter(rate, channels)
    cmd = [
        tools.ffmpeg_path(),
        *("-hide_banner", "-nostdin", "-loglevel", "error"),
        *("-i", str(path), "-f", "f32le", "-acodec", "pcm_f32le", "-"),
    ]
    width = 4 * channels  # bytes of one sample of every channel
    with tempfile.TemporaryFile() as errors:  # a file, so ffmpeg never blocks on a full pipe
        try:
            proc = subprocess.Popen(
                cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=errors
            )
        except OSError as exc:
            raise AudiobookError(f"{path}: cannot run ffmpeg to decode it: {exc}") from exc
        try:
            assert proc.stdout is not None
            carry = b""
            while chunk := proc.stdout.read(meter.block_samples * width):
                data = carry + chunk if carry else chunk
                whole = len(data) // width * width
                carry = data[whole:]  # a sample cut off by the read: into the next one
                if whole:
                    samples = np.frombuffer(data, dtype=np.float32, count=whole // 4)
                    meter.feed(samples if channels == 1 else samples.reshape(-1, channels))
            proc.stdout.close()
            code = proc.wait()
        except BaseException:
            proc.kill()  # a failure (or Ctrl-C) mid-stream: leave no ffmpeg behind
            proc.wait()
            raise
        if code != 0:
            errors.seek(0)
            lines = errors.read().decode("utf-8", "replace").strip().splitlines()
            why = lines[-1] if lines else f"exit code {code}"
            raise AudiobookError(f"{path}: not an audio file ffmpeg can read ({why})")
    if meter.samples == 0:
        raise AudiobookError(f"{path}: holds no audio")
    return meter.result(), rate, channels


def measure_mp3(path: Path) -> dict[str, float]:
    """Level figures of an MP3 the build just encoded, decoded in this process.

    The build measures every part it encodes, so this decode is paid on every
    audio minute: libsndfile's mpg123 decoder (soundfile) does it in this
    process at ~2,400× real time, against ~700× for pedalboard's and with no
    thread hand-off per frame as through an ffmpeg pipe, and gives ffmpeg's
    samples to within 1e-6. Parts carry no LAME tag, so the encoder's delay
    stays at the start, as it does inside a joined chapter. `check_file`
    (`audiobook check`) still decodes with ffmpeg: an independent decoder
    verifies what the build measured.
    """
    import soundfile

    try:
        with soundfile.SoundFile(str(path)) as source:
            meter = LevelMeter(int(source.samplerate), source.channels)
            # read() until it comes back empty: for an MP3 without an Info frame
            # libsndfile only estimates the length, and blocks() trusts that
            # estimate and hands out stale buffer contents past the real end.
            # One buffer for every block (the meter keeps no view of it): a
            # third less time than a new array per read.
            shape = (meter.block_samples, source.channels)
            buffer = np.empty(shape if source.channels > 1 else shape[0], dtype=np.float32)
            while len(block := source.read(out=buffer)):
                meter.feed(block)
    except (OSError, RuntimeError, soundfile.LibsndfileError) as exc:
        raise AudiobookError(f"{path}: cannot decode the MP3 just written ({exc})") from exc
    return meter.result()


def judge(
    path: Path, levels: Mapping[str, float], rate: int, channels: int, profile: str = "acx"
) -> FileReport:
    """Judge level figures (from `measure_samples`) and `path`'s format by `profile`.

    `check_file` passes figures from the file as ffmpeg decodes it; a build
    passes its parts' figures (`measure_mp3`, each part decoded right after
    it was encoded) combined, with the file's own rate and channels.
    """
    rules = get_profile(profile).rules
    bitrate: float | None = None
    mode: str | None = None
    if path.suffix.lower() == ".mp3":
        bitrate, mode = mp3_format(path)
        bitrate = round(bitrate, 1)

    figures: list[tuple[str, float | str | None, str]] = [
        ("rms", round(levels["rms_db"], 2), "dBFS"),
        ("peak", round(levels["peak_db"], 2), "dBFS"),
        ("noise_floor", round(levels["noise_floor_db"], 2), "dBFS"),
        ("lufs", round(levels["lufs"], 2), "LUFS"),
        ("head", round(levels["head_s"], 3), "s"),
        ("tail", round(levels["tail_s"], 3), "s"),
        ("digital_silence", round(levels["longest_silence_s"], 3), "s"),
        ("duration", round(levels["duration_s"] / 60, 2), "min"),
        ("sample_rate", rate, "Hz"),
        ("channels", channels, ""),
        ("bitrate", bitrate, "kbps"),
        ("bitrate_mode", mode, ""),
    ]
    measures = []
    for name, value, unit in figures:
        rule = rules.get(name)
        if rule is None:
            measures.append(Measure(name, value, unit, True, ""))
        else:
            measures.append(Measure(name, value, unit, rule.judge(value), rule.describe()))
    report = FileReport(path, tuple(measures))
    logger.debug("checked %s (%s): %s", path, profile, "ok" if report.ok else "FAIL")
    return report


def check_paths(paths: list[Path], profile: str = "acx") -> list[FileReport]:
    """Check files, and the audio files directly inside folders (sorted by name).

    Under a profile that wants every file alike (ACX), files whose channel
    count differs from most of the set fail their `channels` measure. A file that
    cannot be measured (not audio, empty) fails with its `problem`, and the others
    are still checked: one line per problem, not a stop at the first. In a folder
    `build` wrote, a chapter file its manifest lists and the folder lacks fails as
    missing: the book would be uploaded without it. A file of a type the profile
    does not take (a WAV under ACX) keeps its level verdict with `advice` saying so.
    """
    chosen = get_profile(profile)
    files: list[Path] = []
    copies: set[Path] = set()
    missing: list[FileReport] = []
    for path in paths:
        if path.is_dir():
            found = sorted(
                p for p in path.iterdir() if p.is_file() and p.suffix.lower() in AUDIO_SUFFIXES
            )
            lost = missing_chapters(path)
            if not found and not lost:
                kinds = ", ".join(f"*{s}" for s in AUDIO_SUFFIXES)
                raise AudiobookError(f"{path}: no audio files ({kinds}) to check")
            files.extend(found)
            copies |= listening_copies(path, found)
            missing.extend(lost)
        elif path.is_file():
            files.append(path)
        else:
            raise AudiobookError(f"{path}: no such file or folder")
    reports = [_checked(f, "raw" if f in copies else profile, f in copies) for f in files]
    if chosen.same_channels and reports:
        judged = _same_channels([r for r in reports if not r.note and not r.problem])
        reports = [r if r.note or r.problem else judged.pop(0) for r in reports]
    if chosen.formats:
        wanted = "/".join(f.upper() for f in chosen.formats)
        reports = [
            replace(r, advice=f"{chosen.name.upper()} takes {wanted} only: levels judged, "
                    "not the format")
            if not r.note and not r.problem and r.path.suffix.lower().lstrip(".")
            not in chosen.formats else r
            for r in reports
        ]  # fmt: skip
    return sorted(missing + reports, key=lambda r: str(r.path)) if missing else reports


def _checked(path: Path, profile: str, copy: bool) -> FileReport:
    """`check_file`, or a failing report whose problem is why it cannot be measured."""
    try:
        report = check_file(path, profile)
    except AudiobookError as exc:
        return FileReport(path, (), problem=_problem(path, exc))
    return replace(report, note=LISTENING_COPY) if copy else report


def _problem(path: Path, exc: AudiobookError) -> str:
    """The reason alone (the report names the file): an empty file said as such."""
    try:
        if path.stat().st_size == 0:
            return "empty file (0 bytes)"
    except OSError:
        pass
    return str(exc).removeprefix(f"{path}: ")


def missing_chapters(folder: Path) -> list[FileReport]:
    """In a folder `audiobook build` wrote, a failing report for each chapter file
    its manifest lists that is not there (deleted, moved, renamed by hand)."""
    import json

    try:
        manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
        chapters = [str(c["file"]) for c in manifest["chapters"]]
    except (OSError, ValueError, KeyError, TypeError):
        return []
    why = f"missing (manifest.json lists {counted(len(chapters), 'chapter')})"
    return [FileReport(folder / n, (), problem=why) for n in chapters if not (folder / n).is_file()]


def skipped_folders(paths: list[Path]) -> list[Path]:
    """Subfolders of the folders given that hold audio: `check_paths` does not go into
    them (a built book's folder has none of its own), and the user is told so."""
    skipped = []
    for path in paths:
        if path.is_dir():
            skipped += sorted(
                sub for sub in path.iterdir()
                if sub.is_dir() and not sub.name.startswith(".")
                and any(f.suffix.lower() in AUDIO_SUFFIXES for f in sub.rglob("*"))
            )  # fmt: skip
    return skipped


LISTENING_COPY = "listening copy"


def listening_copies(folder: Path, found: list[Path]) -> set[Path]:
    """In a folder `audiobook build` wrote, the files made for listening, not for
    submission: the full-book MP3 and the M4B (AAC at the voice's rate, hours long).
    A retailer such as ACX takes the chapter files and the sample, so only those are
    judged by its rules; a folder without our manifest is judged file by file."""
    import json

    try:
        manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
        chapters = {str(c["file"]) for c in manifest["chapters"]}
    except (OSError, ValueError, KeyError, TypeError):
        return set()
    return {f for f in found if f.name not in chapters and f.name != "sample.mp3"}


def _same_channels(reports: list[FileReport]) -> list[FileReport]:
    """Fail the channels measure of files that differ from the set's usual count."""
    counts = Counter(r.measure("channels").value for r in reports)
    if len(counts) < 2:
        return reports
    usual = counts.most_common(1)[0][0]
    fixed = []
    for report in reports:
        odd = report.measure("channels")
        if odd.value == usual:
            fixed.append(report)
            continue
        changed = replace(odd, ok=False, rule=f"{usual}, like most files")
        fixed.append(
            replace(report, measures=tuple(changed if m is odd else m for m in report.measures))
        )
    return fixed
