"""AAC for the M4B, encoded part by part from the same mastered PCM as the MP3.

Every chapter part is encoded twice from one pass over its mastered, resampled
samples: LAME in this process (the MP3) and ffmpeg's AAC encoder in a child
process fed through a pipe (the M4B's audio), so the two run on two cores at
once and the AAC is one lossy generation, not a re-encode of the MP3. The part's
AAC frames are kept beside its MP3 under a key of their own; the M4B is the
parts' frames laid end to end (`publish.m4b`), so an edit re-encodes only the
parts it touched.

The two files keep one timeline, sample for sample. An MP3 part of F frames
lasts F × 1152 samples and its audio starts after LAME's and the decoder's
delay (1105 samples); an AAC part of A frames lasts A × 1024 samples and its
audio starts after the encoder's priming (1024 samples). So the AAC input gets
81 samples of silence ahead of the audio, and the part is padded (with room
tone, in `aligned_length`) until F is a multiple of 8: eight MP3 frames are
exactly nine AAC frames (9,216 samples), A = 9F/8, and every part, chapter and
segment starts at the same sample in the M4B as in the MP3 book. The M4B has no
edit list: like the MP3 book (whose Info header trims nothing), its timeline
includes the 1105 samples of codec delay once, at the start of the file.
"""

from __future__ import annotations

import functools
import mmap
import queue
import subprocess
import tempfile
import threading
from pathlib import Path

import numpy as np

from audiobook.errors import ExportError
from audiobook.tools import ffmpeg_path, ffmpeg_version

AAC_FRAME = 1024
PRIMING = 1024
"""Samples ffmpeg's AAC encoder puts before the audio (its `initial_padding`)."""
MP3_FRAME = 1152
MP3_DELAY = 576 + 529
"""Samples LAME's encoder delay and the decoder's delay put before an MP3 part's audio."""
LEAD = MP3_DELAY - PRIMING
"""Silence ahead of a part's AAC input, so its audio starts where the MP3's does."""
MP3_FRAMES_PER_BLOCK = 8
"""8 MP3 frames (9,216 samples) hold exactly 9 AAC frames: parts are padded to this."""
CODER = "fast"
"""ffmpeg's fast AAC coder: ~6× quicker than its default (twoloop) on our speech."""
_BITEXACT = ("-fflags", "+bitexact", "-flags", "+bitexact")


def mp3_frames(samples: int) -> int:
    """MP3 frames LAME writes for `samples` input samples (its delay, flush and padding)."""
    return -(-samples // MP3_FRAME) + 1


def aligned_length(samples: int, rate: int, out_rate: int) -> int:
    """The least voice-rate length ≥ `samples` whose MP3 at `out_rate` has a multiple
    of 8 frames, so its AAC holds a whole number of frames of the same length."""
    resampled = -(-samples * out_rate // rate)
    ceil = -(-resampled // MP3_FRAME)
    want = ceil + (MP3_FRAMES_PER_BLOCK - 1 - ceil) % MP3_FRAMES_PER_BLOCK
    if want == ceil:
        return samples
    return max(samples, -(-((want - 1) * MP3_FRAME + 1) * rate // out_rate))


@functools.cache
def describe(bitrate_kbps: int) -> str:
    """The AAC encoder and its settings: part of every AAC part's cache key."""
    return f"ffmpeg aac, coder {CODER}, {bitrate_kbps} kbps mono; {ffmpeg_version()}"


class AacEncoder:
    """ffmpeg's AAC encoder in a child process, fed float32 mono samples through a pipe.

    `feed` the same resampled blocks LAME gets; `finish` with the MP3's frame
    count pads the input so the AAC lasts exactly as long as the MP3.
    """

    def __init__(self, dest: Path, rate: int, bitrate_kbps: int) -> None:
        self.dest, self.rate = dest, rate
        self._errors = tempfile.TemporaryFile()  # noqa: SIM115 (closed by finish or abort)
        cmd = [
            ffmpeg_path(), "-hide_banner", "-nostdin", "-loglevel", "error",
            "-f", "f32le", "-ar", str(rate), "-ac", "1", "-i", "pipe:0",
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
        # A thread of its own writes to the pipe, so LAME never waits for ffmpeg to read.
        self._queue: queue.Queue[bytes | None] = queue.Queue(maxsize=2)
        self._broken = False
        self._writer = threading.Thread(target=self._pump, name="aac-pipe", daemon=True)
        self._writer.start()
        self._write(np.zeros(LEAD, dtype=np.float32))

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

    def feed(self, samples: np.ndarray) -> None:
        """Encode the next block of the part's samples (at the encoder's rate)."""
        if len(samples):
            self._write(samples)
            keep = 4 * AAC_FRAME
            self._tail = np.concatenate([self._tail, samples[-keep:]])[-keep:]

    def finish(self, mp3_frame_count: int) -> dict:
        """Close the part so it lasts as long as its MP3 of `mp3_frame_count` frames;
        the stored facts about it (frames, rate, priming, lead)."""
        # exact when the part was padded to whole blocks (`aligned_length`); else the
        # nearest length that holds the audio (a mark may then move by a frame)
        frames = max(round(mp3_frame_count * MP3_FRAME / AAC_FRAME), -(-self._fed // AAC_FRAME) + 1)
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
        written = adts_frames(self.dest)
        if written != frames:
            raise ExportError(f"{self.dest.name}: ffmpeg wrote {written} AAC frames, not {frames}")
        return {"frames": frames, "sample_rate": self.rate, "priming": PRIMING, "lead": LEAD}

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


def adts_frames(path: Path) -> int:
    """AAC frames in an ADTS file, counted from its headers (one raw block per frame)."""
    return len(adts_index(path))


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
