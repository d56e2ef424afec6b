"""Stage 4, assemble: a chapter's segments and pauses joined into one voice track.

Each segment's leading and trailing engine silence is trimmed, so the pauses
are exactly the lengths book.toml asks for. The trimmed pieces are kept as
16-bit samples, then written once into a single float32 array of the chapter's
final length (never a growing `a + b` chain), so assembling a chapter costs
one copy of its audio plus half of one. The pauses are left at zero here: the mastering stage
lays the room-tone bed under the whole chapter, so no pause is digital silence.
"""

from __future__ import annotations

import numpy as np

from audiobook.cache import SegmentCache
from audiobook.config import Pauses
from audiobook.models import ChapterAudio, ScriptChapter, SegmentTiming
from audiobook.synthesize import EngineChoice, Job, load_speech

TRIM_THRESHOLD = 10 ** (-54 / 20)  # below this an engine's head/tail is silence
TRIM_MARGIN_MS = 15


def trim(pcm: np.ndarray, rate: int) -> np.ndarray:
    """Drop near-silence at both ends of a segment, keeping a short margin."""
    loud = np.flatnonzero(np.abs(pcm) > TRIM_THRESHOLD * 32768)
    if len(loud) == 0:
        return pcm[:0]
    margin = rate * TRIM_MARGIN_MS // 1000
    return pcm[max(0, loud[0] - margin) : loud[-1] + 1 + margin]


def _resample(pcm: np.ndarray, src: int, dst: int) -> np.ndarray:
    """Rare case of mixed engine rates: linear interpolation is enough for a voice."""
    if src == dst:
        return pcm
    n = round(len(pcm) * dst / src)
    return np.interp(np.arange(n) * src / dst, np.arange(len(pcm)), pcm).astype(np.float32)


def assemble(
    chapter: ScriptChapter,
    jobs: list[Job],
    cache: SegmentCache,
    pauses: Pauses,
    override: EngineChoice = None,
) -> ChapterAudio:
    """Join a chapter's rendered segments, with head, pauses and tail, into one track."""
    rate = 0
    voiced: list[np.ndarray] = []  # trimmed int16: half the memory of float32
    for job in jobs:
        speech = load_speech(cache, job, override)
        rate = rate or speech.sample_rate
        pcm = trim(speech.pcm, speech.sample_rate)
        if speech.sample_rate != rate:
            pcm = _resample(pcm.astype(np.float32), speech.sample_rate, rate).astype(np.int16)
        voiced.append(pcm)
    rate = rate or 22050
    head = rate * pauses.head_ms // 1000
    gaps = [rate * seg.pause_after_ms // 1000 for seg in chapter.segments]
    total = head + sum(map(len, voiced)) + sum(gaps) + rate * pauses.tail_ms // 1000
    samples = np.zeros(total, dtype=np.float32)  # one allocation; pauses stay zero
    position = head
    timings: list[SegmentTiming] = []
    for seg, pcm, gap in zip(chapter.segments, voiced, gaps, strict=True):
        end = position + len(pcm)
        np.multiply(pcm, np.float32(1 / 32768), out=samples[position:end], casting="unsafe")
        timings.append(SegmentTiming(seg, _ms(position, rate), _ms(end, rate)))
        position = end + gap
    return ChapterAudio(chapter, samples, rate, tuple(timings))


def _ms(samples: int, rate: int) -> int:
    return round(1000 * samples / rate)
