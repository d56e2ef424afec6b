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

Each part is normalised on its own (to the profile's RMS or loudness): a part
is minutes of one narrator, so the levels agree across a chapter within a
fraction of a dB, and an edit never changes the gain of the parts around it.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor, as_completed
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

import numpy as np

from audiobook.audio import mp3join
from audiobook.audio.assemble import assemble
from audiobook.audio.master import Mastered, MasterProfile, get_profile, master, room_tone_digest
from audiobook.audio.qc import combine_levels, judge, measure_mp3
from audiobook.audio.qc import get_profile as check_profile
from audiobook.build.staging import Staging, atomic_path
from audiobook.config import BookConfig
from audiobook.errors import BuildInterrupted
from audiobook.models import ExportedChapter, ScriptChapter, SegmentTiming
from audiobook.publish.tags import Tags, encode_mp3, encoder_version, safe_name, tag_chapter
from audiobook.speech.cache import SegmentCache
from audiobook.speech.synthesize import EngineChoice, Job

log = logging.getLogger(__name__)

# Bump when mastering or encoding changes, so cached chapter audio is redone.
AUDIO_RECIPE = "part-4"
SAMPLE_TARGET_MS = 3 * 60_000  # a retail sample runs 1–5 minutes; aim for three


@dataclass(frozen=True)
class BuildEvent:
    """Progress for front ends: a stage, how far it is, and stage-specific figures."""

    stage: str
    done: int
    total: int
    info: dict = field(default_factory=dict)


EventSink = Callable[[BuildEvent], None]


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


def key_of(*parts: object) -> str:
    """A content key: the SHA-256 of everything that made an output."""
    material = json.dumps(parts, sort_keys=True, default=str, ensure_ascii=False)
    return hashlib.sha256(material.encode()).hexdigest()


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
        AUDIO_RECIPE, what, asdict(run.config.pauses), asdict(get_profile(output.profile)),
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


def produce_chapters(
    run: Run, chapters: tuple[ScriptChapter, ...], plan: list[list[Job]]
) -> tuple[list[ExportedChapter], Path | None]:
    """Every chapter file and the retail sample, tagged, in the staging folder.

    Unchanged files are reused. The parts of all files that must be made go
    to one pool of threads (the heavy work is in LAME, soxr, pedalboard and
    numpy, which release the GIL), so even a one-chapter rebuild uses
    every core and memory follows the part, not the chapter. Longest parts go
    first, so the pool does not end on one long part with the other cores idle.
    Each file is its parts' MP3 frames joined, in the same pool, as soon as
    its last part is made.
    """
    tags, staging = run.tags, run.staging
    run.chapter_store.mkdir(parents=True, exist_ok=True)
    names = _unique_names(chapters, max(2, len(str(len(chapters)))))
    tag_key = key_of(asdict(tags) | {"cover": hashlib.sha256(tags.cover or b"").hexdigest()})
    todo: list[tuple[int, list[Part], str, str]] = []
    done: dict[int, dict] = {}
    for n, (chapter, row, name) in enumerate(zip(chapters, plan, names, strict=True)):
        parts = plan_parts(run, chapter, row)
        file_key = key_of([p.key for p in parts], tag_key, chapter.title, chapter.index,
                          len(chapters))  # fmt: skip
        info = staging.reuse(name, file_key)
        if info is None:
            todo.append((n, parts, name, file_key))
        else:
            done[n] = info
    sample = plan_sample(run, chapters, plan) if run.config.output.sample else None
    sample_todo = sample is not None and staging.reuse(SAMPLE_NAME, sample[1]) is None
    wanted = [part for _, parts, _, _ in todo for part in parts]
    if sample is not None and sample_todo:
        wanted.append(sample[0])
    pending = sorted({part.key: part for part in wanted}.values(), key=_size, reverse=True)
    files = [
        OutputFile(name, key, tuple(parts), chapters[n].title, chapters[n].index, len(chapters))
        for n, parts, name, key in todo
    ]
    if sample is not None and sample_todo:
        title = f"{tags.book} (retail sample)"
        files.append(OutputFile(SAMPLE_NAME, sample[1], (sample[0],), title, 1, 1))
    joined = {}
    for file, info in zip(files, _render_all(run, pending, files), strict=True):
        joined[file.name] = staging.record(file.name, file.key, info)  # as a reuse reads it
    for n, _, name, _ in todo:
        done[n] = joined[name]
    results = []
    for n, (chapter, name) in enumerate(zip(chapters, names, strict=True)):
        info = done[n]
        timings = tuple(
            SegmentTiming(seg, row[0], row[1], tuple(tuple(w) for w in row[2]))
            for seg, row in zip(chapter.segments, info["timings"], strict=True)
        )
        results.append(
            ExportedChapter(
                chapter.index,
                chapter.title,
                staging.path(name),
                info["duration_ms"],
                timings,
                info["loudness"],
            )
        )
    return results, staging.path(SAMPLE_NAME) if sample is not None else None


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


def _render_all(run: Run, pending: list[Part], files: list[OutputFile]) -> list[dict]:
    """Render `pending` parts in a pool of threads, then join and tag `files`; their infos.

    A file is joined in the same pool as soon as its last part is made, so the
    files are joined while the last parts still render.
    """
    run.on_event(BuildEvent("master & encode", 0, len(pending)))
    made: dict[str, tuple[Path, dict]] = {}
    waiting = [{part.key for part in file.parts} for file in files]
    joins: dict[int, Future] = {}
    workers = max(1, min(run.jobs or os.cpu_count() or 1, len(pending) or 1))
    pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="part")
    try:
        futures = {pool.submit(render_part, run, part): part for part in pending}
        for future in as_completed(futures):
            part = futures[future]
            made[part.key] = future.result()
            info = {"title": part.chapter.title}
            run.on_event(BuildEvent("master & encode", len(made), len(pending), info))
            for i, keys in enumerate(waiting):
                keys.discard(part.key)
                if not keys and i not in joins:
                    joins[i] = pool.submit(join_file, run, files[i], made)
        infos = [joins[i].result() for i in range(len(files))]
    except BaseException:
        run.stop.set()  # parts in progress give up at their next block: Ctrl-C is quick
        pool.shutdown(wait=False, cancel_futures=True)
        raise
    pool.shutdown()
    return infos


def join_file(run: Run, file: OutputFile, made: dict[str, tuple[Path, dict]]) -> dict:
    """Join `file`'s made parts in the staging folder and tag it; its info."""
    dest = run.staging.path(file.name)
    info = join_parts([made[part.key] for part in file.parts], dest, run.config.output.profile)
    tag_chapter(dest, run.tags, file.title, file.track, file.total)
    return info


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
    return Part(excerpt, tuple(jobs), True, True, key), key_of(key, run.tags.book, run.tags.author)


def render_part(run: Run, part: Part) -> tuple[Path, dict]:
    """The part's encoded, measured MP3 in the chapter store (made if missing).

    Kept by its key, so a killed build resumes with every finished part and an
    edit redoes only the parts it touched.
    """
    store = run.chapter_store
    encoded = store / f"{part.key}.mp3"
    meta_path = store / f"{part.key}.json"
    if encoded.is_file() and meta_path.is_file():
        try:
            return encoded, json.loads(meta_path.read_text())
        except ValueError:
            pass
    if run.stop.is_set():
        raise BuildInterrupted("stopped before this part was made")
    config = run.config
    profile = get_profile(config.output.profile)
    pauses = replace(
        config.pauses,
        head_ms=config.pauses.head_ms if part.first else 0,
        tail_ms=config.pauses.tail_ms if part.last else 0,
    )
    started = time.perf_counter()
    audio = assemble(part.chapter, list(part.jobs), run.cache, pauses, run.engine)
    mastered = master(audio, profile)
    timings = audio.timings
    del audio
    run.clock.add("master_cpu", time.perf_counter() - started)
    started = time.perf_counter()
    with atomic_path(encoded) as tmp:  # the MP3 appears after its meta, never alone
        levels = encode_measured(mastered, tmp, config, profile, run.stop)
        info = {
            "levels": levels,
            "timings": [[t.start_ms, t.end_ms, [list(w) for w in t.words]] for t in timings],
        }
        with atomic_path(meta_path) as meta_tmp:
            meta_tmp.write_text(json.dumps(info), encoding="utf-8")
    run.clock.add("encode_cpu", time.perf_counter() - started)
    return encoded, info


def encode_measured(
    mastered: Mastered,
    tmp: Path,
    config: BookConfig,
    profile: MasterProfile,
    stop: threading.Event | None = None,
) -> dict[str, float]:
    """Encode, decode and measure; if MP3 overshoot lifted the peak past the rule,
    lower the gain by the excess (plus a margin) and encode once more.

    Resampling to 44.1 kHz and MP3 coding can add 1–2 dB to the peaks of a
    limited signal; measuring the real file is the only sure way to stay
    inside the publisher's peak limit.
    """
    output = config.output
    samples = mastered.samples
    peak_rule = check_profile(profile.name).rules.get("peak")
    for attempt in range(2):
        encode_mp3(
            samples, mastered.sample_rate, tmp, output.bitrate_kbps, output.sample_rate, stop
        )
        levels = measure_mp3(tmp)
        peak = levels["peak_db"]
        if attempt or peak_rule is None or peak_rule.high is None or peak <= peak_rule.high:
            break
        excess = float(peak) - peak_rule.high + 0.5
        log.info("peak %.2f dBFS after encoding; lowering the gain by %.2f dB", peak, excess)
        samples *= np.float32(10 ** (-excess / 20))
    return levels


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
    return {
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
