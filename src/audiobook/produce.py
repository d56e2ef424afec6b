"""Assemble → master → encode → check, one chapter at a time (and the sample).

Each chapter's encoded, checked MP3 is kept in the cache's chapter store
under a key that hashes everything that made it (its segments' keys, pauses,
mastering profile, encoder settings, room tone), so an unchanged chapter is
never mastered or encoded twice — not after an edit elsewhere, not after a
killed build. Chapters run in parallel threads: the heavy work happens in
pedalboard, numpy and ffmpeg, which do not hold the GIL.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

import numpy as np

from audiobook.assemble import assemble
from audiobook.cache import SegmentCache
from audiobook.check import FileReport, check_file
from audiobook.check import get_profile as check_profile
from audiobook.config import BookConfig
from audiobook.export import Tags, encode_mp3, mp3_duration_ms, safe_name, tag_chapter
from audiobook.master import Mastered, MasterProfile, get_profile, master, room_tone_digest
from audiobook.models import ExportedChapter, ScriptChapter, SegmentTiming
from audiobook.staging import Staging
from audiobook.synthesize import EngineChoice, Job

log = logging.getLogger(__name__)

# Bump when mastering or encoding changes, so cached chapter audio is redone.
AUDIO_RECIPE = "master-4"
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

    @property
    def chapter_store(self) -> Path:
        return self.cache.root.parent / "chapters"


def key_of(*parts: object) -> str:
    """A content key: the SHA-256 of everything that made an output."""
    material = json.dumps(parts, sort_keys=True, default=str, ensure_ascii=False)
    return hashlib.sha256(material.encode()).hexdigest()


def _audio_key(run: Run, what: str, jobs: list[Job], chapter: ScriptChapter) -> str:
    output = run.config.output
    return key_of(
        AUDIO_RECIPE, what, [j.key for j in jobs], [s.pause_after_ms for s in chapter.segments],
        asdict(run.config.pauses), asdict(get_profile(output.profile)), output.bitrate_kbps,
        output.sample_rate, room_tone_digest(),
    )  # fmt: skip


def produce_chapters(
    run: Run, chapters: tuple[ScriptChapter, ...], plan: list[list[Job]]
) -> list[ExportedChapter]:
    """Every chapter file, tagged, in the staging folder (in parallel; unchanged ones reused)."""
    tags, staging = run.tags, run.staging
    run.chapter_store.mkdir(parents=True, exist_ok=True)
    names = _unique_names(chapters, max(2, len(str(len(chapters)))))
    tag_key = key_of(asdict(tags) | {"cover": hashlib.sha256(tags.cover or b"").hexdigest()})
    run.on_event(BuildEvent("chapters", 0, len(chapters)))

    def one(item: tuple[ScriptChapter, list[Job], str]) -> ExportedChapter:
        chapter, row, name = item
        audio_key = _audio_key(run, "chapter", row, chapter)
        file_key = key_of(audio_key, tag_key, chapter.title, chapter.index, len(chapters))
        info = staging.reuse(name, file_key)
        if info is None:
            encoded, info = chapter_audio(run, chapter, row, audio_key)
            dest = staging.path(name)
            shutil.copyfile(encoded, dest)
            tag_chapter(dest, tags, chapter.title, chapter.index, len(chapters))
            staging.record(name, file_key, info)
        timings = tuple(
            SegmentTiming(seg, row[0], row[1], tuple(tuple(w) for w in row[2]))
            for seg, row in zip(chapter.segments, info["timings"], strict=True)
        )
        return ExportedChapter(
            chapter.index, chapter.title, staging.path(name), info["duration_ms"], timings,
            info["loudness"],
        )  # fmt: skip

    results: list[ExportedChapter] = []
    workers = max(1, min(run.jobs or os.cpu_count() or 1, len(chapters)))
    pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="chapter")
    try:
        for result in pool.map(one, zip(chapters, plan, names, strict=True)):
            results.append(result)
            run.on_event(
                BuildEvent("chapters", len(results), len(chapters), {"title": result.title})
            )
    except BaseException:
        pool.shutdown(wait=False, cancel_futures=True)  # Ctrl-C must not wait for encodes
        raise
    pool.shutdown()
    return results


def produce_sample(run: Run, chapters: tuple[ScriptChapter, ...], plan: list[list[Job]]) -> Path:
    """sample.mp3: narration from the start of the book, no credits, about 3 minutes."""
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
    audio_key = _audio_key(run, "sample", jobs, excerpt)
    name = "sample.mp3"
    file_key = key_of(audio_key, run.tags.book, run.tags.author)
    if run.staging.reuse(name, file_key) is None:
        run.chapter_store.mkdir(parents=True, exist_ok=True)
        encoded, info = chapter_audio(run, excerpt, jobs, audio_key)
        dest = run.staging.path(name)
        shutil.copyfile(encoded, dest)
        tag_chapter(dest, run.tags, f"{run.tags.book} (retail sample)", 1, 1)
        run.staging.record(name, file_key, info)
    return run.staging.path(name)


def chapter_audio(
    run: Run, chapter: ScriptChapter, row: list[Job], audio_key: str
) -> tuple[Path, dict]:
    """The chapter's encoded, checked, untagged MP3 in the chapter store (made if missing)."""
    store = run.chapter_store
    encoded = store / f"{audio_key}.mp3"
    meta_path = store / f"{audio_key}.json"
    if encoded.is_file() and meta_path.is_file():
        try:
            return encoded, json.loads(meta_path.read_text())
        except ValueError:
            pass
    config = run.config
    profile = get_profile(config.output.profile)
    started = time.perf_counter()
    audio = assemble(chapter, row, run.cache, config.pauses, run.engine)
    mastered = master(audio, profile)
    timings = audio.timings
    del audio
    run.clock.add("master_cpu", time.perf_counter() - started)
    started = time.perf_counter()
    tmp = store / f".{audio_key}.{os.getpid()}.{threading.get_ident()}.mp3"
    try:
        qc = encode_checked(mastered, tmp, config, profile)
        info = {
            "qc": {"ok": qc.ok, **qc.to_dict()["measures"]},
            "duration_ms": mp3_duration_ms(tmp),
            "timings": [[t.start_ms, t.end_ms, [list(w) for w in t.words]] for t in timings],
            "loudness": {
                "rms_db": qc.measure("rms").value,
                "peak_db": qc.measure("peak").value,
                "lufs": qc.measure("lufs").value,
            },
        }
        _atomic_write(meta_path, json.dumps(info))
        os.replace(tmp, encoded)
    finally:
        tmp.unlink(missing_ok=True)
    run.clock.add("encode_cpu", time.perf_counter() - started)
    return encoded, info


def encode_checked(
    mastered: Mastered, tmp: Path, config: BookConfig, profile: MasterProfile
) -> FileReport:
    """Encode, decode and check; if MP3 overshoot lifted the peak past the rule,
    lower the gain by the excess (plus a margin) and encode once more.

    Resampling to 44.1 kHz and MP3 coding can add 1–2 dB to the peaks of a
    limited signal; measuring the real file is the only sure way to stay
    inside the publisher's peak limit.
    """
    output = config.output
    samples = mastered.samples
    peak_rule = check_profile(profile.name).rules.get("peak")
    for attempt in range(2):
        encode_mp3(samples, mastered.sample_rate, tmp, output.bitrate_kbps, output.sample_rate)
        qc = check_file(tmp, profile.name)
        peak = qc.measure("peak").value
        if attempt or peak_rule is None or peak_rule.high is None or peak <= peak_rule.high:
            break
        excess = float(peak) - peak_rule.high + 0.5
        log.info("peak %.2f dBFS after encoding; lowering the gain by %.2f dB", peak, excess)
        samples = samples * np.float32(10 ** (-excess / 20))
    return qc


def _atomic_write(path: Path, text: str) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


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
