"""The MP3 encoder: mastered float samples to constant-bit-rate MP3 frames.

Chapter parts are encoded by LAME at a constant bit rate (192 kbps, 44.1 kHz
mono for ACX) with no time stamp or tag, so the same audio always gives the
same bytes; a chapter file is its parts' frames joined (`mp3join`), and the
tags are written afterwards (`publish.tags`).
"""

from __future__ import annotations

import functools
from pathlib import Path

from audiobook.audio import lame
from audiobook.errors import BuildInterrupted, ExportError


@functools.cache
def encoder_version() -> str:
    """The encoder and resampler versions: part of every part's key, and shown by `doctor`."""
    from importlib.metadata import version

    return f"{lame.describe()}, soxr {version('soxr')}"


def encode_mp3(  # type: ignore[no-untyped-def]
    samples, rate: int, dest: Path, bitrate_kbps: int, out_rate: int, stop=None, tap=None
) -> None:
    """Encode float32 mono samples to a CBR MP3 at `dest`: audio frames only, no tags.

    LAME runs in this process (`lame`; ffmpeg's libmp3lame is LAME too, and
    we use its default quality setting), fed by soxr's
    high-quality resampler. Against an ffmpeg process per part this spares
    the process, the pipe and ffmpeg's threads: about a quarter of the CPU
    time of the build's most expensive step, for the same quality (equal
    signal-to-noise ratio on our speech). Samples made below `out_rate` hold
    nothing above their own Nyquist, and LAME is told so. Both release the
    GIL, so parts encode in parallel threads. The samples go through in
    blocks, so the encoder never needs a second full copy of the part. The
    file has no Xing/Info frame: `mp3join` writes one for the joined file.
    When `stop` (a threading.Event) is set, encoding gives up at the next block.
    `tap`, when given, is called with every block of `samples` too, before the
    resampler (the AAC encoder takes the mastered samples LAME takes, at their
    own rate).
    """
    import soxr

    bandwidth = rate // 2 if rate < out_rate else 0
    resampler = soxr.ResampleStream(rate, out_rate, 1, dtype="float32", quality="HQ")
    block = rate * 10
    try:
        encoder = lame.open_encoder(out_rate, bitrate_kbps, bandwidth)
        try:
            with open(dest, "wb") as out:
                for start in range(0, max(1, len(samples)), block):
                    if stop is not None and stop.is_set():
                        raise BuildInterrupted(f"{dest.name}: stopped while encoding")
                    chunk = samples[start : start + block]
                    last = start + block >= len(samples)
                    if tap is not None:
                        tap(chunk)
                    if rate != out_rate:
                        chunk = resampler.resample_chunk(chunk, last=last)
                    out.write(encoder.encode(chunk))
                out.write(encoder.flush())
        finally:
            encoder.close()
    except (RuntimeError, ValueError) as exc:
        raise ExportError(f"{dest.name}: the MP3 encoder failed ({exc})") from exc
