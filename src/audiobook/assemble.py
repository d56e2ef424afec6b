"""Stage 4, assemble: a chapter's segments and pauses joined into one voice track.

Each segment's leading and trailing engine silence is trimmed, so the pauses
are exactly the lengths book.toml asks for. The pieces are collected in a list
and joined once (never a growing `a + b` chain), so assembling a chapter costs
one copy of its audio. The pauses are left at zero here: the mastering stage
lays the room-tone bed under the whole chapter, so no pause is digital silence.
"""

from __future__ import annotations

import numpy as np

from audiobook.cache import SegmentCache
from audiobook.config import Pauses
from audiobook.engines import Speech
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
    speeches: list[Speech] = [load_speech(cache, job, override) for job in jobs]
    rates = [s.sample_rate for s in speeches]
    rate = max(set(rates), key=rates.count)
    pieces: list[np.ndarray] = [np.zeros(rate * pauses.head_ms // 1000, dtype=np.float32)]
    position = len(pieces[0])
    timings: list[SegmentTiming] = []
    for seg, speech in zip(chapter.segments, speeches, strict=True):
        voice = trim(speech.pcm, speech.sample_rate).astype(np.float32) / 32768.0
        voice = _resample(voice, speech.sample_rate, rate)
        start = position
        pieces.append(voice)
        position += len(voice)
        timings.append(SegmentTiming(seg, _ms(start, rate), _ms(position, rate)))
        gap = rate * seg.pause_after_ms // 1000
        if gap:
            pieces.append(np.zeros(gap, dtype=np.float32))
            position += gap
    pieces.append(np.zeros(rate * pauses.tail_ms // 1000, dtype=np.float32))
    samples = np.concatenate(pieces)
    return ChapterAudio(chapter, samples, rate, tuple(timings))


def _ms(samples: int, rate: int) -> int:
    return round(1000 * samples / rate)
