"""Stage 4, assemble: a chapter's segments and pauses joined into one voice track.

Each segment's leading and trailing engine silence is trimmed, so the pauses
are exactly the lengths book.toml asks for. The segments are written once into
a single float32 array of the chapter's final length (never a growing `a + b`
chain), so assembling a chapter costs one copy of its audio. The pauses are
left at zero here: the mastering stage lays the room-tone bed under the whole
chapter, so no pause is digital silence.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from audiobook.audio.pcm import resample
from audiobook.config import Pauses
from audiobook.models import ChapterAudio, ScriptChapter, SegmentTiming
from audiobook.speech.engines.base import Speech

TRIM_THRESHOLD = 10 ** (-54 / 20)  # below this an engine's head/tail is silence
TRIM_MARGIN_MS = 15


def trim(pcm: np.ndarray, rate: int) -> np.ndarray:
    """Drop near-silence at both ends of a segment, keeping a short margin."""
    start, end = trim_bounds(pcm, rate)
    return pcm[start:end]


def trim_bounds(pcm: np.ndarray, rate: int) -> tuple[int, int]:
    """The sample range `trim` keeps."""
    loud = np.flatnonzero(np.abs(pcm) > TRIM_THRESHOLD * 32768)
    if len(loud) == 0:
        return 0, 0
    margin = rate * TRIM_MARGIN_MS // 1000
    return max(0, int(loud[0]) - margin), min(len(pcm), int(loud[-1]) + 1 + margin)


def assemble(
    chapter: ScriptChapter, load: Callable[[int], Speech], pauses: Pauses
) -> ChapterAudio:
    """Join a chapter's rendered segments, with head, pauses and tail, into one track.

    `load(i)` gives segment i's speech; the caller decides where it comes from
    (the build reads the segment cache and speaks a damaged entry again), so
    assembling knows nothing of engines or worker pools.
    Two passes over the cache: the first learns each segment's trimmed length
    (and word marks), the second writes the samples straight into the one
    array of the chapter's final length. Reading segments twice costs far less
    than holding them all while the track is built: memory stays at one copy
    of the chapter.
    """
    rate = 0
    spans: list[tuple[int, int, int]] = []  # trimmed start, end, and length at `rate`
    marks: list[list[tuple[int, int, int]]] = []  # word marks, ms from the trimmed start
    for i in range(len(chapter.segments)):
        speech = load(i)
        rate = rate or speech.sample_rate
        start, end = trim_bounds(speech.pcm, speech.sample_rate)
        cut_ms = 1000 * start / speech.sample_rate
        length_ms = 1000 * (end - start) / speech.sample_rate
        marks.append(
            [(w.char_start, w.char_len, round(min(max(0.0, w.ms - cut_ms), length_ms)))
             for w in speech.words]
        )  # fmt: skip
        spans.append((start, end, round((end - start) * rate / speech.sample_rate)))
    rate = rate or 22050
    head = rate * pauses.head_ms // 1000
    gaps = [rate * seg.pause_after_ms // 1000 for seg in chapter.segments]
    total = head + sum(n for _, _, n in spans) + sum(gaps) + rate * pauses.tail_ms // 1000
    samples = np.zeros(total, dtype=np.float32)  # one allocation; pauses stay zero
    position = head
    timings: list[SegmentTiming] = []
    for i, (seg, (start, stop, length), gap, words) in enumerate(
        zip(chapter.segments, spans, gaps, marks, strict=True)
    ):
        speech = load(i)
        pcm = speech.pcm[start:stop]
        end = position + length
        if speech.sample_rate != rate:
            voice = resample(pcm.astype(np.float32) / 32768, speech.sample_rate, rate)
            samples[position:end] = voice[:length]
        else:
            np.multiply(pcm, np.float32(1 / 32768), out=samples[position:end], casting="unsafe")
        begin = _ms(position, rate)
        placed = tuple((c, n, begin + ms) for c, n, ms in words)
        timings.append(SegmentTiming(seg, begin, _ms(end, rate), placed))
        position = end + gap
    return ChapterAudio(chapter, samples, rate, tuple(timings))


def _ms(samples: int, rate: int) -> int:
    return round(1000 * samples / rate)
