"""Assemble → master → encode → check, part by part, then each chapter file joined.

A chapter is made in parts of a few minutes that end after a paragraph
(`part_bounds`). Each part's encoded, measured MP3 is kept in the cache's
chapter store under a key that hashes everything that made it (its segments'
keys, pauses, mastering profile, encoder settings, room tone), so an unchanged
part is never mastered or encoded twice — not after an edit elsewhere, not
after a killed build. Parts of every chapter share one pool of threads (the
heavy work happens in pedalboard, numpy and ffmpeg, which do not hold the GIL),
so memory follows a part, not a chapter, and a one-chapter rebuild still uses
every core. The chapter file is its parts' MP3 frames joined (`mp3join`); the
joins fall in paragraph pauses, where the codec's ~50 ms of delay and padding
between two parts (near silence, far under the 0.25 s ACX allows) go unheard.

With an M4B wanted, each chapter part is also encoded to AAC from the same
samples, at the same time (`audio.aac`), and kept beside its MP3: the M4B is
the parts' AAC frames joined (`publish.m4b`).

Each part is normalised on its own (to the profile's RMS or loudness): a part
is minutes of one narrator, so the levels agree across a chapter within a
fraction of a dB, and an edit never changes the gain of the parts around it.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

import numpy as np

from audiobook.audio import aac, mp3join
from audiobook.audio.assemble import assemble
from audiobook.audio.encode import encode_mp3, encoder_version
from audiobook.audio.master import PROFILES, Mastered, MasterProfile, master, room_tone_digest
from audiobook.audio.qc import combine_levels, judge, measure_mp3
from audiobook.audio.qc import get_profile as check_profile
from audiobook.build.staging import Staging
from audiobook.config import BookConfig
from audiobook.errors import BuildInterrupted
from audiobook.events import EventSink
from audiobook.files import atomic_path
from audiobook.keys import key_of
from audiobook.models import ScriptChapter
from audiobook.publish.tags import Tags, safe_name
from audiobook.speech.cache import SegmentCache
from audiobook.speech.synthesize import EngineChoice, Job, load_speech

log = logging.getLogger(__name__)

# Bump when mastering or encoding changes, so cached chapter audio is redone.
AUDIO_RECIPE = "part-7"  # part-7: parts padded to 16 MP3 frames (9 AAC frames at 22.05 kHz)
SAMPLE_TARGET_MS = 3 * 60_000  # a retail sample runs 1–5 minutes; aim for three


class Clock:
    """Wall time per stage (laps) and CPU-heavy time inside threads (added)."""

    def __init__(self) -> None:
        self.last = time.perf_counter()
        self.laps: dict[str, float] = {}

    def lap(self, name: str) -> None:
        now = time.perf_counter()
        self.laps[name] = self.laps.get(name, 0.0) + now - self.last
        self.last = now

    def add(self, name: str, seconds: float) -> None:
        self.laps[name] = self.laps.get(name, 0.0) + seconds


@dataclass(frozen=True)
class Run:
    """What every step of one build shares."""

    config: BookConfig
    cache: SegmentCache
    tags: Tags
    staging: Staging
    jobs: int | None
    engine: EngineChoice
    on_event: EventSink
    clock: Clock
    stop: threading.Event = field(default_factory=threading.Event)  # set: abandon the parts

    @property
    def chapter_store(self) -> Path:
        return self.cache.root.parent / "chapters"


# A chapter is mastered and encoded in parts, each ending after a paragraph.
# A paragraph end closes a part when its last segment's key picks it (one in
# PART_EVERY) and the part holds PART_MIN_WORDS, or when the part reaches
# PART_MAX_WORDS. The choice depends on the text near the boundary only, so an
# edit moves at most the boundaries around it: the other parts keep their keys
# and are reused as they are.
PART_EVERY = 8
PART_MIN_WORDS = 500
PART_MAX_WORDS = 2500
# Samples (at the file's rate) that LAME's encoder delay and the decoder's
# delay put before a part's first sample: where a part's audio starts in the
# joined chapter, whose Info header tells players to trim nothing.
CODEC_DELAY = 576 + 529


@dataclass(frozen=True)
class Part:
    """A run of a chapter's segments, mastered and encoded as one piece."""

    chapter: ScriptChapter
    jobs: tuple[Job, ...]
    first: bool
    last: bool
    key: str
    in_book: bool = True  # a chapter's part (in the M4B), not the retail sample


def part_bounds(chapter: ScriptChapter, row: list[Job]) -> list[tuple[int, int]]:
    """(start, stop) segment ranges of the chapter's parts, in order."""
    segments = chapter.segments
    counts = [len(seg.spoken.split()) for seg in segments]
    left = sum(counts)
    bounds, start, words = [], 0, 0
    for i, seg in enumerate(segments):
        words += counts[i]
        left -= counts[i]
        if i + 1 == len(segments) or segments[i + 1].paragraph == seg.paragraph:
            continue  # parts end where a paragraph ends
        if left < PART_MIN_WORDS:
            break  # too little after it for a part of its own
        picked = int(row[i].key[:8], 16) % PART_EVERY == 0
        if (picked and words >= PART_MIN_WORDS) or words >= PART_MAX_WORDS:
            bounds.append((start, i + 1))
            start, words = i + 1, 0
    bounds.append((start, len(segments)))
    return bounds


def _audio_settings(run: Run, what: str) -> tuple:
    """Everything besides the segments that makes a part's audio: part of its key."""
    output = run.config.output
    return (
        AUDIO_RECIPE, what, asdict(run.config.pauses), asdict(PROFILES[output.profile]),
        output.bitrate_kbps, output.sample_rate, room_tone_digest(), encoder_version(),
    )  # fmt: skip


def plan_parts(run: Run, chapter: ScriptChapter, row: list[Job]) -> list[Part]:
    """The chapter's parts, each keyed by everything that makes its audio."""
    settings = _audio_settings(run, "chapter")
    bounds = part_bounds(chapter, row)
    parts = []
    for n, (start, stop) in enumerate(bounds):
        segments = chapter.segments[start:stop]
        first, last = n == 0, n == len(bounds) - 1
        key = key_of(
            settings, [j.key for j in row[start:stop]], [s.pause_after_ms for s in segments],
            first, last,
        )  # fmt: skip
        piece = ScriptChapter(chapter.index, chapter.title, segments)
        parts.append(Part(piece, tuple(row[start:stop]), first, last, key))
    return parts


def _size(part: Part) -> int:
    """A part's length in words and pause time: what its rendering time follows."""
    segments = part.chapter.segments
    return sum(len(seg.spoken.split()) * 400 + seg.pause_after_ms for seg in segments)


@dataclass(frozen=True)
class OutputFile:
    """A chapter file or the retail sample: its key, the parts it joins, and its tags."""

    name: str
    key: str
    parts: tuple[Part, ...]
    title: str
    track: int
    total: int


SAMPLE_NAME = "sample.mp3"


def plan_sample(
    run: Run, chapters: tuple[ScriptChapter, ...], plan: list[list[Job]]
) -> tuple[Part, str]:
    """sample.mp3's one part (narration from the start, no credits, about 3 minutes)
    and the key of the file."""
    picked: list = []
    jobs: list[Job] = []
    estimate = 0.0
    for chapter, row in zip(chapters, plan, strict=True):
        for seg, job in zip(chapter.segments, row, strict=True):
            if seg.kind != "text" or estimate >= SAMPLE_TARGET_MS:
                continue
            picked.append(seg)
            jobs.append(job)
            estimate += len(seg.spoken.split()) * 60_000 / job.profile.rate + seg.pause_after_ms
    if picked:
        picked[-1] = replace(picked[-1], pause_after_ms=0)
    excerpt = ScriptChapter(0, "Retail sample", tuple(picked))
    key = key_of(
        _audio_settings(run, "sample"), [j.key for j in jobs], [s.pause_after_ms for s in picked]
    )
    part = Part(excerpt, tuple(jobs), True, True, key, in_book=False)
    return part, key_of(key, run.tags.book, run.tags.author)


def aac_key(run: Run, part: Part) -> str | None:
    """The key of the part's AAC (for the M4B), or None when the book has no M4B."""
    if not part.in_book or not run.config.output.m4b:
        return None
    output = run.config.output
    return key_of(part.key, aac.describe(output.m4b_bitrate_kbps, output.sample_rate))


def render_part(run: Run, part: Part) -> tuple[Path, dict]:
    """The part's encoded, measured MP3 (and AAC) in the chapter store (made if missing).

    Kept by its key, so a killed build resumes with every finished part and an
    edit redoes only the parts it touched. A part of a chapter is padded with
    room tone to a whole number of 16-MP3-frame blocks (`aac.aligned_length`,
    at most 0.44 s added to the pause that ends it) so its MP3 and AAC last
    exactly as long as each other.
    """
    store = run.chapter_store
    encoded = store / f"{part.key}.mp3"
    meta_path = store / f"{part.key}.json"
    coded = aac_key(run, part)
    aac_path = store / f"{coded}.aac"
    aac_meta = store / f"{coded}.aac.json"
    has_aac = coded is None or (aac_path.is_file() and aac_meta.is_file())
    if encoded.is_file() and meta_path.is_file() and has_aac:
        try:
            info = json.loads(meta_path.read_text())
            if coded is not None:
                info["aac"] = {"key": coded, **json.loads(aac_meta.read_text())}
            return encoded, info
        except ValueError:
            pass
    if run.stop.is_set():
        raise BuildInterrupted("stopped before this part was made")
    config = run.config
    profile = PROFILES[config.output.profile]
    pauses = replace(
        config.pauses,
        head_ms=config.pauses.head_ms if part.first else 0,
        tail_ms=config.pauses.tail_ms if part.last else 0,
    )
    started = time.perf_counter()
    jobs = part.jobs
    audio = assemble(part.chapter, lambda i: load_speech(run.cache, jobs[i], run.engine), pauses)
    if part.in_book:
        size = aac.aligned_length(len(audio.samples), audio.sample_rate, config.output.sample_rate)
        audio = replace(audio, samples=np.pad(audio.samples, (0, size - len(audio.samples))))
    mastered = master(audio, profile)
    timings = audio.timings
    del audio
    run.clock.add("master_cpu", time.perf_counter() - started)
    started = time.perf_counter()
    with atomic_path(encoded) as tmp:  # the MP3 appears after its meta, never alone
        aac_info = None
        if coded is None:
            levels = encode_measured(mastered, tmp, config, profile, run.stop)
        else:
            with atomic_path(aac_path) as aac_tmp:
                levels, aac_info, lengths = encode_measured(
                    mastered, tmp, config, profile, run.stop, aac_tmp
                )
            aac.store_index(aac_path, lengths)  # the M4B's join reads it, not the headers
            with atomic_path(aac_meta) as meta_tmp:  # after the AAC: it marks the AAC whole
                meta_tmp.write_text(json.dumps(aac_info), encoding="utf-8")
        info = {
            "levels": levels,
            "timings": [[t.start_ms, t.end_ms, [list(w) for w in t.words]] for t in timings],
        }
        with atomic_path(meta_path) as meta_tmp:
            meta_tmp.write_text(json.dumps(info), encoding="utf-8")
    run.clock.add("encode_cpu", time.perf_counter() - started)
    if aac_info is not None:
        info = {**info, "aac": {"key": coded, **aac_info}}
    return encoded, info


def encode_measured(  # type: ignore[no-untyped-def]
    mastered: Mastered,
    tmp: Path,
    config: BookConfig,
    profile: MasterProfile,
    stop: threading.Event | None = None,
    aac_tmp: Path | None = None,
):
    """Encode, decode and measure; if MP3 overshoot lifted the peak past the rule,
    lower the gain by the excess (plus a margin) and encode once more.

    Resampling to 44.1 kHz and MP3 coding can add 1–2 dB to the peaks of a
    limited signal; measuring the real file is the only sure way to stay
    inside the publisher's peak limit. With `aac_tmp`, the same mastered
    samples are encoded to AAC there at the same time (in an ffmpeg of its
    own), and the result is (levels, the AAC's facts, its frames' byte lengths).
    """
    output = config.output
    samples = mastered.samples
    peak_rule = check_profile(profile.name).rules.get("peak")
    aac_info = None
    lengths = np.zeros(0, dtype="<u2")
    for attempt in range(2):
        coder = None
        if aac_tmp is not None:
            coder = aac.AacEncoder(
                aac_tmp, mastered.sample_rate, output.sample_rate, output.m4b_bitrate_kbps
            )
        try:
            encode_mp3(
                samples, mastered.sample_rate, tmp, output.bitrate_kbps, output.sample_rate,
                stop, coder.feed if coder else None,
            )  # fmt: skip
            levels = measure_mp3(tmp)
        except BaseException:
            if coder is not None:
                coder.abort()
            raise
        peak = levels["peak_db"]
        if attempt or peak_rule is None or peak_rule.high is None or peak <= peak_rule.high:
            if coder is not None:
                aac_info = coder.finish(mp3join.layout(tmp).frames)
                lengths = coder.frame_lengths
            break
        if coder is not None:
            coder.abort()
        excess = float(peak) - peak_rule.high + 0.5
        log.info("peak %.2f dBFS after encoding; lowering the gain by %.2f dB", peak, excess)
        samples *= np.float32(10 ** (-excess / 20))
    return levels if aac_tmp is None else (levels, aac_info, lengths)


def join_parts(made: list[tuple[Path, dict]], dest: Path, profile: str) -> dict:
    """Join encoded parts into `dest`; its timings (ms in the file) and audio check.

    Part n's first sample is heard after the frames of the parts before it
    plus the codec delay, so every segment and word time is exact to the sample.
    """
    layout = mp3join.layout(made[0][0])
    frames = mp3join.join([path for path, _ in made], dest)
    timings: list = []
    before = 0
    for (_, info), count in zip(made, frames, strict=True):
        shift = round(1000 * (before * layout.samples_per_frame + CODEC_DELAY) / layout.sample_rate)
        for start, end, words in info["timings"]:
            timings.append([start + shift, end + shift, [[c, n, ms + shift] for c, n, ms in words]])
        before += count
    levels = combine_levels([info["levels"] for _, info in made])
    qc = judge(dest, levels, layout.sample_rate, layout.channels, profile)
    coded = [info["aac"] for _, info in made if "aac" in info]
    return {
        **({"aac": coded} if coded and len(coded) == len(made) else {}),
        "qc": {"ok": qc.ok, **qc.to_dict()["measures"]},
        "levels": levels,
        "duration_ms": round(1000 * before * layout.samples_per_frame / layout.sample_rate),
        "timings": timings,
        "loudness": {
            "rms_db": qc.measure("rms").value,
            "peak_db": qc.measure("peak").value,
            "lufs": qc.measure("lufs").value,
        },
    }


def _unique_names(chapters: tuple[ScriptChapter, ...], width: int) -> list[str]:
    names: list[str] = []
    seen: set[str] = set()
    for chapter in chapters:
        name = f"{chapter.index:0{width}d} {safe_name(chapter.title)}.mp3"
        while name.lower() in seen:
            name = name[:-4] + " (2).mp3"
        seen.add(name.lower())
        names.append(name)
    return names
