"""AAC for the M4B, encoded part by part from the same mastered PCM as the MP3.

Every chapter part is encoded twice from one pass over its mastered samples:
LAME in this process (the MP3) and ffmpeg's AAC encoder in a child process fed
through a pipe (the M4B's audio), so the two run on two cores at once and the
AAC is one lossy generation, not a re-encode of the MP3. The part's AAC frames
are kept beside its MP3 under a key of their own; the M4B is the parts' frames
laid end to end (`publish.m4b`), so an edit re-encodes only the parts it touched.

**The AAC runs at half the MP3's rate** (22.05 kHz beside a 44.1 kHz MP3), which
is the rate our voices speak at: the encoder takes the mastered samples as they
are, with no resampling, and holds everything they hold (nothing exists above
11 kHz in speech made at 22.05 kHz). Measured by `benchmarks/aac_rate.py` on
10 minutes of our speech against the mastered audio, 64 kbps mono: 31.5 dB
signal-to-noise at 22.05 kHz, 31.0 dB at 44.1 kHz (30.4 dB for the 192 kbps
MP3), and a third less CPU (3.2 s against 4.8 s, one core). The AAC encode is
the M4B's largest cost, so this is the build's default. A 16 kHz voice is
resampled up to it (soxr); a 22.05 kHz MP3 book keeps its AAC at 22.05 kHz.

**Both files keep one chapter timeline.** An MP3 part of F frames lasts
F × 1152 samples; an AAC part of A frames at half the rate lasts A × 2048 of
them. Parts are padded (with room tone, in `aligned_length`) until F is a
multiple of 16 and the AAC has room for the audio after its priming: 16 MP3
frames are exactly 9 AAC frames, so every part and chapter starts at the same
sample in the M4B as in the MP3 book, and the M4B's chapter marks are the
manifest's. Inside a part the AAC's audio comes after its priming (1024
samples at 22.05 kHz, 46 ms) where the MP3's comes after LAME's and the
decoder's delay (1105 samples at 44.1 kHz, 25 ms), so the M4B's speech sits
`LAG` samples (21 ms) later than the MP3's, the same everywhere in the book.
(At an equal rate, the AAC input is led by 81 samples of silence instead and
the lag is zero.) The M4B has no edit list: like the MP3 book, whose Info
header trims nothing, its timeline includes the codec delay once, at the start.
"""

from __future__ import annotations

import functools
import math
import mmap
import queue
import subprocess
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from audiobook.errors import ExportError
from audiobook.files import atomic_path
from audiobook.tools import ffmpeg_path, ffmpeg_version

AAC_FRAME = 1024
PRIMING = 1024
"""Samples ffmpeg's AAC encoder puts before the audio (its `initial_padding`)."""
MP3_DELAY = 576 + 529
"""Samples LAME's encoder delay and the decoder's delay put before an MP3 part's audio."""
CODER = "fast"
"""ffmpeg's fast AAC coder: ~6× quicker than its default (twoloop) on our speech."""
_BITEXACT = ("-fflags", "+bitexact", "-flags", "+bitexact")


def aac_rate(out_rate: int) -> int:
    """The M4B's sample rate beside MP3s at `out_rate`: half of 44.1 or 48 kHz, else the same."""
    return out_rate // 2 if out_rate >= 44100 else out_rate


@dataclass(frozen=True)
class Timeline:
    """How a part's AAC lines up with its MP3 at one MP3 rate (see the module's docstring)."""

    out_rate: int
    rate: int
    """The AAC's sample rate."""
    mp3_frame: int
    """Samples in an MP3 frame: 1152 (MPEG-1, 32 kHz and up) or 576 (MPEG-2)."""
    block: int
    """The MP3 frames in the least whole number of AAC frames: parts are padded to this."""
    lead: int
    """Silence (AAC samples) ahead of a part's audio, so it starts no earlier than the MP3's."""
    lag: int
    """Samples (at the MP3's rate) by which a part's audio starts later in the AAC."""

    def aac_frames(self, mp3_frames: int) -> float:
        """AAC frames as long as `mp3_frames` MP3 frames (whole when a multiple of `block`)."""
        return mp3_frames * self.mp3_frame * self.rate / (self.out_rate * AAC_FRAME)


@functools.cache
def timeline(out_rate: int) -> Timeline:
    """The AAC timeline beside MP3s at `out_rate`."""
    rate = aac_rate(out_rate)
    mp3_frame = 1152 if out_rate >= 32000 else 576
    step = mp3_frame * rate // out_rate  # an MP3 frame, in AAC samples (exact: rate ratio 1 or 2)
    block = AAC_FRAME // math.gcd(step, AAC_FRAME)
    ratio = out_rate // rate
    lead = max(0, -(-MP3_DELAY // ratio) - PRIMING)
    return Timeline(out_rate, rate, mp3_frame, block, lead, ratio * (PRIMING + lead) - MP3_DELAY)


LAG = timeline(44100).lag
"""Samples at 44.1 kHz by which the default M4B's speech follows the MP3 book's (943, 21 ms)."""


def mp3_frames(samples: int, mp3_frame: int = 1152) -> int:
    """MP3 frames LAME writes for `samples` input samples (its delay, flush and padding)."""
    return -(-samples // mp3_frame) + 1


def aligned_length(samples: int, rate: int, out_rate: int) -> int:
    """The least length ≥ `samples` (at the voice's `rate`) whose MP3 at `out_rate` has
    a multiple of `block` frames and whose AAC has room for all of it after its priming,
    so the two last exactly as long as each other."""
    line = timeline(out_rate)
    frames = mp3_frames(-(-samples * out_rate // rate), line.mp3_frame)
    frames += -frames % line.block
    while True:
        least = -(-((frames - 2) * line.mp3_frame + 1) * rate // out_rate)
        length = max(samples, least)
        fits = mp3_frames(-(-length * out_rate // rate), line.mp3_frame) == frames
        room = (round(line.aac_frames(frames)) - 1) * AAC_FRAME - line.lead
        if fits and -(-length * line.rate // rate) + 1 <= room:
            return length
        frames += line.block


@functools.cache
def describe(bitrate_kbps: int, out_rate: int) -> str:
    """The AAC encoder and its settings: part of every AAC part's cache key."""
    return (
        f"ffmpeg aac, coder {CODER}, {bitrate_kbps} kbps mono at {aac_rate(out_rate)} Hz "
        f"(soxr HQ from other rates); {ffmpeg_version()}"
    )


class AacEncoder:
    """ffmpeg's AAC encoder in a child process, fed float32 mono samples through a pipe.

    `feed` the part's mastered samples (at `source_rate`, the very blocks LAME
    gets before its resampler; resampled here only when the AAC's rate differs);
    `finish` with the MP3's frame count pads the input so the AAC lasts exactly
    as long as the MP3.
    """

    def __init__(self, dest: Path, source_rate: int, out_rate: int, bitrate_kbps: int) -> None:
        self.dest = dest
        self.line = timeline(out_rate)
        self.rate = self.line.rate
        self._resampler = None
        if source_rate != self.rate:
            import soxr

            self._resampler = soxr.ResampleStream(
                source_rate, self.rate, 1, dtype="float32", quality="HQ"
            )
        self._errors = tempfile.TemporaryFile()  # noqa: SIM115 (closed by finish or abort)
        cmd = [
            ffmpeg_path(), "-hide_banner", "-nostdin", "-loglevel", "error",
            "-f", "f32le", "-ar", str(self.rate), "-ac", "1", "-i", "pipe:0",
            "-c:a", "aac", "-aac_coder", CODER, "-b:a", f"{bitrate_kbps}k", "-ac", "1",
            "-threads", "1", *_BITEXACT, "-f", "adts", "-y", str(dest),
        ]  # fmt: skip
        try:
            self._proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stderr=self._errors)
        except OSError as exc:
            self._errors.close()
            raise ExportError(f"cannot run ffmpeg for {dest.name}: {exc}") from exc
        self._fed = 0
        self._tail = np.zeros(0, dtype=np.float32)
        self.frame_lengths = np.zeros(0, dtype="<u2")
        """Each written ADTS frame's byte length, once `finish` has checked them."""
        # A thread of its own writes to the pipe, so LAME never waits for ffmpeg to read.
        self._queue: queue.Queue[bytes | None] = queue.Queue(maxsize=2)
        self._broken = False
        self._writer = threading.Thread(target=self._pump, name="aac-pipe", daemon=True)
        self._writer.start()
        if self.line.lead:
            self._write(np.zeros(self.line.lead, dtype=np.float32))

    def _pump(self) -> None:
        stdin = self._proc.stdin
        assert stdin is not None
        while (block := self._queue.get()) is not None:
            if self._broken:
                continue  # drain, so the feeding thread never blocks
            try:
                stdin.write(block)
            except OSError:
                self._broken = True
        try:
            stdin.close()
        except OSError:
            self._broken = True

    def _write(self, samples: np.ndarray) -> None:
        if self._broken:
            self._fail()
        self._queue.put(np.ascontiguousarray(samples, dtype="<f4").tobytes())
        self._fed += len(samples)

    def feed(self, samples: np.ndarray, last: bool = False) -> None:
        """Encode the next block of the part's mastered samples (`last`: no more follow)."""
        if self._resampler is not None:
            samples = self._resampler.resample_chunk(samples, last=last)
        if len(samples):
            self._write(samples)
            keep = 4 * AAC_FRAME
            self._tail = np.concatenate([self._tail, samples[-keep:]])[-keep:]

    def finish(self, mp3_frame_count: int) -> dict:
        """Close the part so it lasts as long as its MP3 of `mp3_frame_count` frames;
        the stored facts about it (frames, rate, priming, lead)."""
        if self._resampler is not None:
            self.feed(np.zeros(0, dtype=np.float32), last=True)
        # exact when the part was padded to whole blocks (`aligned_length`); else the
        # nearest length that holds the audio (a mark may then move by a frame)
        frames = max(round(self.line.aac_frames(mp3_frame_count)), -(-self._fed // AAC_FRAME) + 1)
        fill = (frames - 1) * AAC_FRAME - self._fed  # ffmpeg writes ceil(n / 1024) + 1 frames
        if fill:
            # the part ends in room tone: continue it (mirrored) rather than go silent
            tail = self._tail[::-1] if len(self._tail) else np.zeros(1, dtype=np.float32)
            self._write(np.resize(tail, fill))
        self._queue.put(None)
        self._writer.join()
        if self._proc.wait() != 0 or self._broken:
            self._fail()
        self._errors.close()
        index = adts_index(self.dest)
        if len(index) != frames:
            raise ExportError(
                f"{self.dest.name}: ffmpeg wrote {len(index)} AAC frames, not {frames}"
            )
        self.frame_lengths = np.array([length for _, length in index], dtype="<u2")
        lead = self.line.lead
        return {"frames": frames, "sample_rate": self.rate, "priming": PRIMING, "lead": lead}

    def _fail(self) -> None:
        self._stop_writer()
        self._proc.wait()
        self._errors.seek(0)
        lines = self._errors.read().decode(errors="replace").strip().splitlines()
        self._errors.close()
        reason = lines[-1] if lines else f"exit code {self._proc.returncode}"
        raise ExportError(f"ffmpeg failed encoding {self.dest.name} to AAC: {reason}")

    def _stop_writer(self) -> None:
        if self._proc.poll() is None:
            self._proc.kill()
        self._broken = True
        if self._writer.is_alive():
            self._queue.put(None)
            self._writer.join()

    def abort(self) -> None:
        """Stop the encoder and forget its output (a retry or a stop)."""
        self._stop_writer()
        self._proc.wait()
        self._errors.close()


_ADTS_RATES = (96000, 88200, 64000, 48000, 44100, 32000, 24000, 22050, 16000, 12000, 11025, 8000)


def index_path(part: Path) -> Path:
    """Where a part's frame index is kept: beside it, named after it (its content key)."""
    return part.with_name(part.name + ".idx")


def store_index(part: Path, lengths: np.ndarray) -> None:
    """Keep the byte length of every ADTS frame of `part` beside it (little-endian
    16-bit; an ADTS frame is at most 8191 bytes), for the M4B to join it unread."""
    with atomic_path(index_path(part)) as tmp:
        lengths.astype("<u2").tofile(tmp)


def adts_index(path: Path) -> list[tuple[int, int]]:
    """(offset, length) of every ADTS frame in the file, checked header by header."""
    frames: list[tuple[int, int]] = []
    if path.stat().st_size == 0:
        return frames
    pos = 0
    with path.open("rb") as file, mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ) as data:
        while pos + 7 <= len(data):
            if data[pos] != 0xFF or data[pos + 1] & 0xF6 != 0xF0:
                raise ExportError(f"{path.name}: not an ADTS frame at byte {pos}")
            length = ((data[pos + 3] & 0x03) << 11) | (data[pos + 4] << 3) | (data[pos + 5] >> 5)
            if length < 7 or data[pos + 6] & 0x03:
                raise ExportError(f"{path.name}: a broken ADTS frame at byte {pos}")
            frames.append((pos, length))
            pos += length
        if pos != len(data):
            raise ExportError(f"{path.name}: cut off in its last frame")
    return frames
