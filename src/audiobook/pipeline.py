"""The build, top to bottom: read → segment → synthesize → assemble → master → export.

Only this module knows the order of the stages. Side effects come in as
arguments (engine, cache folder, event callback), so tests and other front
ends drive the same build the CLI does.
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
from dataclasses import asdict, dataclass, field
from pathlib import Path

import numpy as np

from audiobook import __version__
from audiobook.assemble import assemble
from audiobook.cache import SegmentCache, default_cache_dir
from audiobook.check import FileReport, check_file
from audiobook.config import BookConfig, VoiceProfile, load_voice
from audiobook.errors import AudiobookError, BuildInterrupted
from audiobook.export import (
    Tags,
    encode_mp3,
    join_mp3,
    mp3_duration_ms,
    read_cover,
    safe_name,
    slug,
    tag_chapter,
    tag_full_book,
)
from audiobook.ingest import BookSource, locate_book, read_manuscript
from audiobook.master import Mastered, get_profile, master, room_tone_digest
from audiobook.models import BuildResult, ExportedChapter, Manuscript, ScriptChapter, SegmentTiming
from audiobook.segment import segment
from audiobook.staging import Staging
from audiobook.synthesize import EngineChoice, Job, Progress, engine_for, plan_jobs, synthesize

log = logging.getLogger(__name__)

# Bump when mastering or encoding changes, so cached chapter audio is redone.
AUDIO_RECIPE = "master-3"


@dataclass(frozen=True)
class BuildEvent:
    """Progress for front ends: a stage, how far it is, and stage-specific figures."""

    stage: str
    done: int
    total: int
    info: dict = field(default_factory=dict)


EventSink = Callable[[BuildEvent], None]


def _ignore(event: BuildEvent) -> None:
    del event


def load_book(path: Path | None) -> tuple[BookSource, Manuscript, tuple[ScriptChapter, ...]]:
    """Stages 1 and 2 alone: what `plan` shows and `build` starts from."""
    book = locate_book(path)
    manuscript = read_manuscript(book)
    return book, manuscript, segment(manuscript, book.config)


def voice_profiles(
    chapters: tuple[ScriptChapter, ...], book: BookSource, override: EngineChoice = None
) -> dict[str, VoiceProfile]:
    """Load every voice profile the script uses and check its voice is installed."""
    names = sorted({seg.voice for ch in chapters for seg in ch.segments})
    profiles = {name: load_voice(name, book.folder) for name in names}
    language = book.config.language
    for name, profile in profiles.items():
        engine = engine_for(profile, override)
        profiles[name] = profile = _voice_for_language(profile, language, engine)
        engine.check_voice(profile)
    return profiles


def _voice_for_language(profile: VoiceProfile, language: str, engine) -> VoiceProfile:  # type: ignore[no-untyped-def]
    """A book in another language than its profile's voice gets one of its own language.

    The shipped profiles speak English; a Russian book read by an English voice
    is gibberish, so the engine's own voice for the book's language is used
    (same pace, pitch and volume) unless the profile already matches.
    """
    from dataclasses import replace

    wanted = language.lower().split("-")[0]
    voices = engine.voices()
    current = next((v for v in voices if v.id.lower() == profile.voice.lower().split("+")[0]), None)
    if current is None or current.language.lower().split("-")[0] in {wanted, ""}:
        return profile
    match = next((v for v in voices if v.language.lower() == language.lower()), None) or next(
        (v for v in voices if v.language.lower().split("-")[0] == wanted), None
    )
    if match is None:
        log.warning(
            "no %s voice installed; %s reads with %s", language, profile.name, profile.voice
        )
        return profile
    log.info("language %s: %s speaks with %s", language, profile.name, match.id)
    return replace(profile, voice=match.id)


def build(
    path: Path | None = None,
    out_dir: Path | None = None,
    *,
    cache_dir: Path | None = None,
    jobs: int | None = None,
    engine: EngineChoice = None,
    force: bool = False,
    on_event: EventSink = _ignore,
) -> BuildResult:
    """Build the audiobook of the manuscript at `path` (the sample book when None)."""
    clock = _Clock()
    book, manuscript, chapters = load_book(path)
    clock.lap("read_segment")
    config = book.config
    out_dir = out_dir or Path("out") / slug(manuscript.title)
    profiles = voice_profiles(chapters, book, engine)
    cache_root = cache_dir or default_cache_dir()
    cache = SegmentCache(cache_root / "segments")
    tags = _tags(manuscript, config, book)
    staging = Staging(out_dir, manuscript.title, force=force)
    try:
        plan = plan_jobs(chapters, profiles, engine)
        total_segments = len({job.key for row in plan for job in row})

        def progress(p: Progress) -> None:
            on_event(BuildEvent("synthesize", p.done, total_segments, {"audio_ms": p.audio_ms}))

        synthesize(plan, cache, jobs=jobs, override=engine, on_progress=progress)
        clock.lap("synthesize")

        exported = _produce_chapters(
            chapters, plan, cache, config, tags, staging, jobs, engine, on_event, clock
        )
        full_book = None
        if config.output.full_book:
            full_book = _export_full_book(manuscript, exported, tags, staging, on_event)
        clock.lap("full_book")
        sample = None
        if config.output.sample:
            sample = _export_sample(chapters, plan, cache, config, tags, staging, engine)
        clock.lap("sample")
        _write_qc(config, exported, full_book, sample, staging)
        manifest = _write_manifest(manuscript, config, exported, full_book, profiles, staging)
        _write_listening(config, tags, exported, full_book, staging, on_event)
        clock.lap("listening")
        staging.commit()
    except KeyboardInterrupt:
        staging.abort()
        raise BuildInterrupted("stopped by the user; finished segments are cached") from None
    except BaseException:
        staging.abort()
        raise
    final = staging.out_dir
    result_chapters = tuple(
        ExportedChapter(c.index, c.title, final / c.file.name, c.duration_ms, c.timings, c.loudness)
        for c in exported
    )
    return BuildResult(
        out_dir=final,
        chapters=result_chapters,
        full_book=final / full_book.name if full_book else None,
        manifest=final / manifest.name,
        stats=clock.laps,
    )


class _Clock:
    def __init__(self) -> None:
        self.last = time.perf_counter()
        self.laps: dict[str, float] = {}

    def lap(self, name: str) -> None:
        now = time.perf_counter()
        self.laps[name] = self.laps.get(name, 0.0) + now - self.last
        self.last = now

    def add(self, name: str, seconds: float) -> None:
        self.laps[name] = self.laps.get(name, 0.0) + seconds


def _tags(manuscript: Manuscript, config: BookConfig, book: BookSource) -> Tags:
    cover, mime = (None, "image/jpeg")
    if config.cover:
        cover, mime = read_cover(book.folder / config.cover)
    return Tags(
        book=manuscript.title,
        author=manuscript.author,
        narrator=config.narrator,
        genre=config.genre,
        language=manuscript.language,
        year=config.year,
        cover=cover,
        cover_mime=mime,
    )


def _key(*parts: object) -> str:
    material = json.dumps(parts, sort_keys=True, default=str, ensure_ascii=False)
    return hashlib.sha256(material.encode()).hexdigest()


def _produce_chapters(
    chapters: tuple[ScriptChapter, ...],
    plan: list[list[Job]],
    cache: SegmentCache,
    config: BookConfig,
    tags: Tags,
    staging: Staging,
    jobs: int | None,
    engine: EngineChoice,
    on_event: EventSink,
    clock: _Clock,
) -> list[ExportedChapter]:
    """Assemble, master and encode each chapter (in parallel), reusing unchanged ones."""
    output = config.output
    profile = get_profile(output.profile)
    chapter_store = cache.root.parent / "chapters"
    chapter_store.mkdir(parents=True, exist_ok=True)
    tone = room_tone_digest()
    width = max(2, len(str(len(chapters))))
    names = _unique_names(chapters, width)
    tag_key = _key(asdict(tags) | {"cover": hashlib.sha256(tags.cover or b"").hexdigest()})
    done = 0
    on_event(BuildEvent("master", 0, len(chapters)))

    def one(item: tuple[ScriptChapter, list[Job], str]) -> ExportedChapter:
        chapter, row, name = item
        audio_key = _key(
            AUDIO_RECIPE, [j.key for j in row], [s.pause_after_ms for s in chapter.segments],
            asdict(config.pauses), asdict(profile), output.bitrate_kbps, output.sample_rate, tone,
        )  # fmt: skip
        file_key = _key(audio_key, tag_key, chapter.title, chapter.index, len(chapters))
        info = staging.reuse(name, file_key)
        if info is None:
            encoded, info = _chapter_audio(chapter, row, cache, config, profile, audio_key,
                                           chapter_store, engine, clock)  # fmt: skip
            dest = staging.path(name)
            shutil.copyfile(encoded, dest)
            tag_chapter(dest, tags, chapter.title, chapter.index, len(chapters))
            staging.record(name, file_key, info)
        timings = tuple(
            SegmentTiming(seg, start, end)
            for seg, (start, end) in zip(chapter.segments, info["timings"], strict=True)
        )
        return ExportedChapter(
            chapter.index, chapter.title, staging.path(name), info["duration_ms"], timings,
            info["loudness"],
        )  # fmt: skip

    results: list[ExportedChapter] = []
    workers = max(1, min(jobs or os.cpu_count() or 1, len(chapters)))
    pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="chapter")
    try:
        for result in pool.map(one, zip(chapters, plan, names, strict=True)):
            results.append(result)
            done += 1
            on_event(BuildEvent("master", done, len(chapters), {"title": result.title}))
    except BaseException:
        pool.shutdown(wait=False, cancel_futures=True)  # Ctrl-C must not wait for encodes
        raise
    pool.shutdown()
    clock.lap("master_encode")
    return results


def _chapter_audio(
    chapter: ScriptChapter,
    row: list[Job],
    cache: SegmentCache,
    config: BookConfig,
    profile,  # type: ignore[no-untyped-def]
    audio_key: str,
    store: Path,
    engine: EngineChoice,
    clock: _Clock,
) -> tuple[Path, dict]:
    """The chapter's encoded, untagged MP3 in the chapter store (made if missing)."""
    encoded = store / f"{audio_key}.mp3"
    meta_path = store / f"{audio_key}.json"
    if encoded.is_file() and meta_path.is_file():
        try:
            return encoded, json.loads(meta_path.read_text())
        except ValueError:
            pass
    started = time.perf_counter()
    audio = assemble(chapter, row, cache, config.pauses, engine)
    mastered = master(audio, profile)
    timings = audio.timings
    del audio
    clock.add("master_cpu", time.perf_counter() - started)
    started = time.perf_counter()
    tmp = store / f".{audio_key}.{os.getpid()}.{threading.get_ident()}.mp3"
    try:
        qc = _encode_checked(mastered, tmp, config, profile.name)
        info = {
            "qc": {"ok": qc.ok, **qc.to_dict()["measures"]},
            "duration_ms": mp3_duration_ms(tmp),
            "timings": [[t.start_ms, t.end_ms] for t in timings],
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
    clock.add("encode_cpu", time.perf_counter() - started)
    return encoded, info


def _encode_checked(
    mastered: Mastered, tmp: Path, config: BookConfig, profile_name: str
) -> FileReport:
    """Encode, decode and check; if MP3 overshoot lifted the peak past the rule,
    lower the gain by the excess (plus a margin) and encode once more.

    Resampling to 44.1 kHz and MP3 coding can add 1–2 dB to the peaks of a
    limited signal; measuring the real file is the only sure way to stay
    inside the publisher's peak limit.
    """
    from audiobook.check import get_profile as check_profile

    output = config.output
    samples = mastered.samples
    peak_rule = check_profile(profile_name).rules.get("peak")
    for attempt in range(2):
        encode_mp3(samples, mastered.sample_rate, tmp, output.bitrate_kbps, output.sample_rate)
        qc = check_file(tmp, profile_name)
        peak = qc.measure("peak").value
        if attempt or peak_rule is None or peak_rule.high is None or peak <= peak_rule.high:
            break
        excess = float(peak) - peak_rule.high + 0.5
        log.info("peak %.2f dBFS after encoding; lowering the gain by %.2f dB", peak, excess)
        samples = samples * np.float32(10 ** (-excess / 20))
    return qc


def _atomic_write(path: Path, text: str) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
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


def _export_full_book(
    manuscript: Manuscript,
    chapters: list[ExportedChapter],
    tags: Tags,
    staging: Staging,
    on_event: EventSink,
) -> Path:
    """Join the chapter files into `<slug>.mp3` with CTOC/CHAP frames."""
    name = f"{slug(manuscript.title)}.mp3"
    key = _key([staging.state[c.file.name]["key"] for c in chapters])
    on_event(BuildEvent("full book", 0, 1))
    starts, position = [], 0
    for chapter in chapters:
        starts.append((chapter.title, position, position + chapter.duration_ms))
        position += chapter.duration_ms
    if staging.reuse(name, key) is None:
        dest = staging.path(name)
        join_mp3([c.file for c in chapters], dest)
        tag_full_book(dest, tags, starts)
        staging.record(name, key)
    on_event(BuildEvent("full book", 1, 1))
    return staging.path(name)


def _write_manifest(
    manuscript: Manuscript,
    config: BookConfig,
    chapters: list[ExportedChapter],
    full_book: Path | None,
    profiles: dict[str, VoiceProfile],
    staging: Staging,
) -> Path:
    """manifest.json: every chapter and segment, its words and where it is heard."""
    position = 0
    rows = []
    for chapter in chapters:
        rows.append(
            {
                "index": chapter.index,
                "title": chapter.title,
                "file": chapter.file.name,
                "start_ms": position,
                "end_ms": position + chapter.duration_ms,
                "loudness": chapter.loudness,
                "segments": [
                    {
                        "kind": t.segment.kind,
                        "text": t.segment.text,
                        "spoken": t.segment.spoken,
                        "voice": t.segment.voice,
                        "start_ms": t.start_ms,
                        "end_ms": t.end_ms,
                    }
                    for t in chapter.timings
                ],
            }
        )
        position += chapter.duration_ms
    manifest = {
        "title": manuscript.title,
        "author": manuscript.author,
        "narrator": config.narrator,
        "language": manuscript.language,
        "full_book": full_book.name if full_book else None,
        "duration_ms": position,
        "generator": f"audiobook {__version__}",
        "voices": {name: p.key() for name, p in profiles.items()},
        "repairs": list(manuscript.repairs),
        "chapters": rows,
    }
    path = staging.path("manifest.json")
    path.write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


__all__ = ["AudiobookError", "BuildEvent", "build", "load_book"]


SAMPLE_TARGET_MS = 3 * 60_000  # a retail sample runs 1–5 minutes; aim for three


def _export_sample(
    chapters: tuple[ScriptChapter, ...],
    plan: list[list[Job]],
    cache: SegmentCache,
    config: BookConfig,
    tags: Tags,
    staging: Staging,
    engine: EngineChoice,
) -> Path:
    """sample.mp3: narration from the start of the book, no credits, about 3 minutes."""
    picked: list = []
    jobs: list[Job] = []
    estimate = 0.0
    for chapter, row in zip(chapters, plan, strict=True):
        for seg, job in zip(chapter.segments, row, strict=True):
            if seg.kind != "text":
                continue
            picked.append(seg)
            jobs.append(job)
            estimate += len(seg.spoken.split()) * 60_000 / job.profile.rate + seg.pause_after_ms
            if estimate >= SAMPLE_TARGET_MS:
                break
        if estimate >= SAMPLE_TARGET_MS:
            break
    if picked:
        from dataclasses import replace

        picked[-1] = replace(picked[-1], pause_after_ms=0)
    excerpt = ScriptChapter(0, "Retail sample", tuple(picked))
    profile = get_profile(config.output.profile)
    audio_key = _key(
        AUDIO_RECIPE, "sample", [j.key for j in jobs], [s.pause_after_ms for s in picked],
        asdict(config.pauses), asdict(profile), config.output.bitrate_kbps,
        config.output.sample_rate, room_tone_digest(),
    )  # fmt: skip
    name = "sample.mp3"
    file_key = _key(audio_key, tags.book, tags.author)
    if staging.reuse(name, file_key) is None:
        store = cache.root.parent / "chapters"
        encoded, info = _chapter_audio(
            excerpt, jobs, cache, config, profile, audio_key, store, engine, _Clock()
        )
        dest = staging.path(name)
        shutil.copyfile(encoded, dest)
        id3 = Tags(**{**asdict(tags), "book": tags.book})
        tag_chapter(dest, id3, f"{tags.book} (retail sample)", 1, 1)
        staging.record(name, file_key, info)
    return staging.path(name)


def _write_qc(
    config: BookConfig,
    chapters: list[ExportedChapter],
    full_book: Path | None,
    sample: Path | None,
    staging: Staging,
) -> None:
    """qc.json: the audio check of every exported file, against the book's profile.

    Each chapter file and the sample is decoded and checked when it is made
    (the result is kept with it, so an unchanged chapter is not checked
    again). The full book is the same MP3 frames joined, so its format is read
    from its header and its levels are the chapters' (loudest peak, quietest
    floor, RMS over the whole book).
    """
    files = []
    names = [c.file.name for c in chapters] + ([sample.name] if sample else [])
    for name in names:
        qc = staging.state[name]["info"].get("qc", {})
        files.append({"file": name, **qc})
    levels = [f for f in files[: len(chapters)]]
    durations = [c.duration_ms for c in chapters]
    total = sum(durations) or 1
    power = sum(10 ** (f["rms"]["value"] / 10) * d for f, d in zip(levels, durations, strict=True))
    import math

    from mutagen.mp3 import MP3

    if full_book is not None:
        info = MP3(str(full_book)).info
        files.append(
            {
                "file": full_book.name,
                "ok": all(f["ok"] for f in levels),
                "levels_from": "chapter files",
                "rms": round(10 * math.log10(power / total), 2),
                "peak": max(f["peak"]["value"] for f in levels),
                "noise_floor": min(f["noise_floor"]["value"] for f in levels),
                "duration_min": round(info.length / 60, 2),
                "sample_rate": info.sample_rate,
                "channels": info.channels,
                "bitrate": round(info.bitrate / 1000),
            }
        )
    report = {"profile": config.output.profile, "files": files}
    staging.path("qc.json").write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")


def _write_listening(
    config: BookConfig,
    tags: Tags,
    chapters: list[ExportedChapter],
    full_book: Path | None,
    staging: Staging,
    on_event: EventSink,
) -> None:
    """The formats listeners' apps and browsers read: M4B, captions, playlist, player.

    The M4B is a second encode of the whole book (AAC), so it is kept from the
    previous build when no chapter changed.
    """
    from audiobook import listen

    output = config.output
    manifest = json.loads(staging.path("manifest.json").read_text(encoding="utf-8"))
    if tags.cover:
        suffix = ".png" if tags.cover_mime == "image/png" else ".jpg"
        staging.path(f"cover{suffix}").write_bytes(tags.cover)
    if output.captions:
        listen.write_captions(staging.dir, manifest)
    if output.playlist:
        listen.write_playlist(staging.dir, manifest)
        if full_book is not None:
            listen.write_cue(staging.dir, manifest)
    if output.player:
        listen.write_player(staging.dir, manifest)
    if output.m4b:
        name = f"{listen.book_slug(manifest)}.m4b"
        key = _key(
            "m4b-1", [staging.state[c.file.name]["key"] for c in chapters], output.m4b_bitrate_kbps
        )
        on_event(BuildEvent("m4b", 0, 1))
        if staging.reuse(name, key) is None:
            listen.write_m4b(
                staging.dir, manifest, bitrate_kbps=output.m4b_bitrate_kbps,
                cover=tags.cover, tags=asdict(tags), fast=True,
            )  # fmt: skip
            staging.record(name, key)
        on_event(BuildEvent("m4b", 1, 1))
