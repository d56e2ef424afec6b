"""The build, top to bottom: read → segment → synthesize → chapters → book outputs.

Only this module knows the order of the stages. Side effects come in as
arguments (engine, cache folder, event callback), so tests and other front
ends drive the same build the CLI does.
"""

from __future__ import annotations

import functools
import hashlib
import json
import logging
import os
import pickle
import re
import sys
import sysconfig
import zipfile
from collections.abc import Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from importlib import metadata
from pathlib import Path
from typing import Any

import numpy as np

from audiobook.build.executor import Handler, LocalExecutor
from audiobook.build.plan import Plan, Task
from audiobook.build.produce import (
    SAMPLE_NAME,
    Clock,
    Run,
    key_of,
    render_part,
)
from audiobook.build.staging import STATE_FILE, Staging, sealed
from audiobook.build.tasks import (
    BookLayout,
    Settings,
    join,
    plan_book,
    pull_part,
    render,
    speak,
    tag_key,
)
from audiobook.config import (
    LANGUAGE_NAMES,
    BookConfig,
    VoiceProfile,
    check_book_voices,
    key_problem,
    load_voice,
)
from audiobook.errors import (
    AudiobookError,
    BuildInterrupted,
    ConfigError,
    EngineError,
    ExportError,
    os_error_text,
)
from audiobook.events import BuildEvent, EventSink
from audiobook.files import atomic_path
from audiobook.models import (
    UNKNOWN_AUTHOR,
    BuildResult,
    ExportedChapter,
    Manuscript,
    ScriptChapter,
    SegmentTiming,
)
from audiobook.publish.epub3 import write_book_epub
from audiobook.publish.outputs import (
    full_book_name,
    write_book_m4b,
    write_cover,
    write_full_book,
    write_listening,
    write_manifest,
    write_qc,
)
from audiobook.publish.tags import Tags, read_cover, slug
from audiobook.speech.cache import (
    SegmentCache,
    cache_folder,
    cache_setting,
    hold,
    is_url,
    segments_in,
)
from audiobook.speech.engines import Speech
from audiobook.speech.synthesize import (
    EngineChoice,
    Job,
    Progress,
    Unvoiced,
    Workers,
    engine_for,
    plan_jobs,
    plan_units,
    start_workers,
    synthesize,
    worker_count,
)
from audiobook.text.fixes import FIXES_FILE, apply_fixes, load_fixes
from audiobook.text.ingest import BookSource, locate_book, read_manuscript
from audiobook.text.matter import matches
from audiobook.text.normalize import apply_lexicon
from audiobook.text.readers.epub import epub_cover
from audiobook.text.scripts import latinize
from audiobook.text.segment import segment, word_count

__all__ = ["AudiobookError", "BuildEvent", "build", "build_catalog", "load_book"]

log = logging.getLogger(__name__)


def _ignore(event: BuildEvent) -> None:
    del event


def load_book(
    path: Path | None, voice: str | None = None, memo: Path | None = None
) -> tuple[BookSource, Manuscript, tuple[ScriptChapter, ...]]:
    """Stages 1 and 2 alone: what `plan` shows and `build` starts from.

    `voice` names a voice profile to narrate instead of the book's own. With
    a `memo` folder, the result is kept there under a key of the manuscript's
    bytes, the settings and this program's own code, so a rebuild of an
    unchanged book skips reading and segmenting (half of a no-change rebuild).
    A book folder's `fixes.toml` is applied after the memo, every time (it is
    cheap), so the memo holds the script as the manuscript makes it and an
    edited fix can never be served stale.
    """
    book, manuscript, chapters = _read_and_segment(path, voice, memo)
    is_folder = path is not None and (path.is_dir() or path.suffix.lower() == ".toml")
    fixes = load_fixes(book.folder) if is_folder else {}  # a loose file has no book folder
    return book, manuscript, apply_fixes(chapters, fixes)


def _read_and_segment(
    path: Path | None, voice: str | None, memo: Path | None
) -> tuple[BookSource, Manuscript, tuple[ScriptChapter, ...]]:
    book = locate_book(path)
    memo_file = None
    if memo is not None:
        memo_file = _memo_file(book, voice, memo)
        try:
            return pickle.loads(memo_file.read_bytes())
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, TypeError):
            pass
    profile = load_voice(voice, book.folder) if voice else None
    manuscript = read_manuscript(book)
    config = replace(book.config, language=manuscript.language)  # as found or detected
    if profile is not None:
        config = replace(config, voice=voice, narrator=profile.credit or config.narrator)
    book = replace(book, config=config)
    result = book, manuscript, segment(manuscript, config)
    if memo_file is not None:
        memo_file.parent.mkdir(parents=True, exist_ok=True)
        with atomic_path(memo_file) as tmp:
            tmp.write_bytes(pickle.dumps(result))
    return result


def _memo_file(book: BookSource, voice: str | None, memo: Path) -> Path:
    """Where the script of `book` as it now reads is kept (see `load_book`)."""
    profile = load_voice(voice, book.folder) if voice else None
    key = key_of(_code_digest(), repr(book.config), repr(profile), voice, _source_digests(book))
    return memo / f"{key}.pickle"


def _source_digests(book: BookSource) -> list[str]:
    sources = [book.manuscript, *book.parts] if book.manuscript.is_file() else [*book.parts]
    return [hashlib.sha256(p.read_bytes()).hexdigest() for p in sources]


def _script_is_kept(path: Path | None, voice: str | None, memo: Path) -> bool:
    """Whether the book's script is in the memo: its text and settings are as an
    earlier build read them, so the book is likely up to date (a few ms to tell)."""
    try:
        return _memo_file(locate_book(path), voice, memo).is_file()
    except (AudiobookError, OSError):
        return False  # the build itself says what is wrong


# Libraries whose version can change what is read or how it is segmented.
_TEXT_LIBRARIES = ("charset-normalizer", "ftfy", "pysbd", "num2words", "ebooklib", "python-docx",
                   "lxml")  # fmt: skip


@functools.cache
def _code_digest() -> str:
    """This program's own code, with the files it ships (the player, style sheets),
    and its text libraries: a new version re-reads every book."""
    package = Path(__file__).resolve().parents[1]  # the whole audiobook package
    digest = hashlib.sha256()
    for path in sorted(package.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(path.relative_to(package).as_posix().encode() + b"\0")
            digest.update(path.read_bytes())
    for name in _TEXT_LIBRARIES:
        try:
            digest.update(f"{name}={metadata.version(name)}".encode())
        except metadata.PackageNotFoundError:
            digest.update(f"{name}=none".encode())
    return digest.hexdigest()


@functools.cache
def _toolchain() -> tuple:
    """What besides the code, the book and the engine shapes a finished folder: the
    Python, every installed library (its dist-info names carry the versions),
    ffmpeg (by its file), the MP3 encoder and the room tone."""
    from audiobook.audio.encode import encoder_version
    from audiobook.audio.master import room_tone_digest
    from audiobook.tools import ffmpeg_identity

    folders = {sysconfig.get_path("purelib"), sysconfig.get_path("platlib")}
    installed = sorted(
        name for folder in folders if os.path.isdir(folder) for name in os.listdir(folder)
        if name.endswith((".dist-info", ".egg-info"))
    )  # fmt: skip
    return sys.version, installed, ffmpeg_identity(), encoder_version(), room_tone_digest()


def build_key(
    book: BookSource, chapters: tuple[ScriptChapter, ...], profiles: dict[str, VoiceProfile],
    rows: list[list[Job]], tags: Tags, voice: str | None, engine: EngineChoice,
) -> str:  # fmt: skip
    """The key of everything a book's finished folder depends on, so that an unchanged
    book is known to be up to date without planning it: the manuscript's bytes
    and fixes.toml, the settings and voices, every segment's key (which holds
    the text as spoken and the engine's version), the tags and cover, this
    program and its libraries, the tools and the room tone."""
    fixes = book.folder / FIXES_FILE
    return key_of(
        "whole build 1", _code_digest(), _toolchain(), str(book.manuscript.resolve()),
        _source_digests(book), fixes.read_bytes() if fixes.is_file() else None,
        # the settings, not where they were read from: the studio names the book by its
        # absolute path and the command line by the one typed, and both build one folder
        repr(replace(book.config, source=None)), voice,
        getattr(engine, "NAME", repr(engine)) if engine else None,
        [repr(replace(profiles[name], source=None)) for name in sorted(profiles)], len(chapters),
        key_of([[job.key for job in row] for row in rows]),
        tag_key(tags),
    )  # fmt: skip


def voice_profiles(
    chapters: tuple[ScriptChapter, ...], book: BookSource, override: EngineChoice = None
) -> dict[str, VoiceProfile]:
    """Load every voice profile the script uses and check its voice is installed."""
    check_book_voices(book.config, book.folder)
    names = sorted({seg.voice for ch in chapters for seg in ch.segments})
    profiles = {name: load_voice(name, book.folder) for name in names}
    language = book.config.language or "en"
    for name, profile in profiles.items():
        engine = engine_for(profile, override)
        profiles[name] = profile = _voice_for_language(profile, language, engine)
        engine.check_voice(profile)
    return profiles


def readable_by_voices(
    chapters: tuple[ScriptChapter, ...], profiles: dict[str, VoiceProfile], language: str,
    override: EngineChoice = None,
) -> tuple[ScriptChapter, ...]:
    """The script with what each voice cannot read put in letters it can.

    A book whose language has no voice installed is read by a voice of another language
    (`_voice_for_language` warns of it). Its text was made ready for the book's own
    language, whose letters it keeps: an English voice given Chinese says "Chinese
    letter" for every character, and given Thai, Greek or Hebrew names each letter too.
    So the runs of scripts the voice's own language is not written in are transliterated
    (`latinize`), by the voice's language, as foreign runs in its own books are; the
    manuscript's text, the captions and the manifest keep the original letters."""
    foreign: dict[str, str] = {}
    book_bases = {tag.split("-")[0] for tag in speech_languages(language)}
    for name, profile in profiles.items():
        info = _installed(engine_for(profile, override).voices(), profile.voice)
        said = info.language.lower().replace("_", "-") if info else ""
        if said and said.split("-")[0] not in book_bases:
            foreign[name] = said
    if not foreign:
        return chapters
    return tuple(
        replace(chapter, segments=tuple(
            replace(seg, spoken=latinize(seg.spoken, foreign[seg.voice]))
            if seg.voice in foreign else seg
            for seg in chapter.segments
        ))
        for chapter in chapters
    )  # fmt: skip


def unmatched_settings(
    book: BookSource, manuscript: Manuscript, chapters: tuple[ScriptChapter, ...]
) -> list[str]:
    """The book.toml entries that touched nothing in this book, one line each: a `[text]`
    skip or keep that matches no heading or file, a `[cast]` name or a `[pronounce]`
    word the book never uses. Most are typos that would pass unseen (the section is read
    after all); none is an error, since a series' shared book.toml may name characters
    absent from one of its books. `plan` lists them and `build` logs them."""
    config = book.config
    lines: list[str] = []
    if config.text.skip or config.text.keep:
        names = _matchable_names(book, manuscript)
        for key in ("skip", "keep"):
            for entry in getattr(config.text, key):
                if not any(matches((entry,), name) for name in names):
                    lines.append(f"[text] {key} '{entry}' matched nothing")
    if not (config.cast or config.pronounce):
        return lines  # the book's text is joined below only for them: every build calls this
    said = "\n".join(seg.text for ch in chapters for seg in ch.segments)
    voiced = {seg.voice for ch in chapters for seg in ch.segments}
    for name, profile in config.cast.items():
        parts = [re.findall(r"\w+", part) for part in (name, *name.split())]
        if not any(re.search(_words_pattern(p), said, re.IGNORECASE) for p in parts if p):
            lines.append(f"[cast] '{name}' is never named in the book")
        elif profile != config.voice and profile not in voiced:
            lines.append(f"[cast] '{name}' is named but speaks no line: no quotation's tag "
                         "(\"said Mara\") or speaker's label (\"MARA:\") names them")
    if config.pronounce:  # the lexicon's own rule (case, "'s"), in one pass
        marks = {word: f"\0{n}\1" for n, word in enumerate(config.pronounce)}
        found = apply_lexicon(said, marks)
        lines += [f"[pronounce] '{word}' is not in the book" for word, mark in marks.items()
                  if mark not in found]  # fmt: skip
    return lines


def _words_pattern(words: list[str]) -> str:
    """Whole words in a row, whatever stands between them ("O'Brien", "Mary-Jane")."""
    return r"(?<!\w)" + r"\W+".join(re.escape(w) for w in words) + r"(?!\w)"


def _matchable_names(book: BookSource, manuscript: Manuscript) -> list[str]:
    """Everything a `[text]` entry may have matched: the chapters' headings and
    paragraphs (a heading line inside a chapter), what was left out, in every form its
    description names it, and the files read (an EPUB's pages by their names)."""
    names = [ch.title for ch in manuscript.chapters]
    names += [p.text for ch in manuscript.chapters for p in ch.paragraphs]
    for item in manuscript.omitted:
        names += [item.what, item.what.split(" (")[0], item.what.split(": ")[0]]
        names += re.findall(r"'([^']+)'", item.what)
    for source in (book.manuscript, *book.parts):
        names.append(source.name)
        if source.suffix.lower() == ".epub":
            try:
                with zipfile.ZipFile(source) as archive:
                    names += archive.namelist()
            except (OSError, zipfile.BadZipFile):
                pass
    return names


_SPOKEN_AS = {
    "zh": ("cmn",), "cmn": ("zh",), "chinese": ("zh", "cmn"), "mandarin": ("cmn", "zh"),
    "yue": ("zh-hk", "cmn", "zh"), "cantonese": ("yue", "zh-hk", "cmn", "zh"),
    "zh-hk": ("yue", "cmn"), "zh-mo": ("yue", "cmn"), "zh-yue": ("yue", "zh-hk", "cmn"),
}  # fmt: skip
"""The other names a language's voices go by: espeak-ng files Mandarin under "cmn" (its
voice `sit/cmn`) and Cantonese under "yue", where a book says "zh", "zh-TW" or
"zh-Hant"; Piper's under "zh_CN". Hong Kong's and Macau's Chinese is read by a
Cantonese voice when one is installed, else by the Mandarin one (never by English)."""


def speech_languages(language: str) -> tuple[str, ...]:
    """The language tags whose voices can read a book in `language`, best first: the tag
    itself, then its other names (`_SPOKEN_AS`)."""
    tag = language.strip().lower().replace("_", "-")
    aliases = _SPOKEN_AS.get(tag) or _SPOKEN_AS.get(tag.split("-")[0], ())
    return tuple(dict.fromkeys((tag, *aliases)))


def _voice_for_language(profile: VoiceProfile, language: str, engine) -> VoiceProfile:  # type: ignore[no-untyped-def]
    """A book in another language than its profile's voice gets one of its own language.

    The shipped profiles speak English; a Russian book read by an English voice
    is gibberish, so the engine's own voice for the book's language is used
    (same pace, pitch and volume) unless the profile already matches.
    """
    voices = engine.voices()
    current = _installed(voices, profile.voice)
    tags = speech_languages(language)
    if current is None:
        return profile
    spoken = current.language.lower().replace("_", "-")
    if spoken.split("-")[0] in {*(tag.split("-")[0] for tag in tags), ""}:
        return _voice_for_variety(profile, tags[0], spoken, voices)
    match = None
    for tag in tags:  # the book's own tag first, then the names its voices go by
        wanted = tag.split("-")[0]
        # the exact language, else the language's home variety (fr → fr-fr, not fr-be,
        # which the engine happens to list first), else any variety of it
        home = {tag, wanted, f"{wanted}-{wanted}"}
        match = (
            next((v for v in voices if v.language.lower() == tag), None)
            or next((v for v in voices if v.language.lower() in home), None)
            or next((v for v in voices if v.language.lower().split("-")[0] == wanted), None)
        )
        if match is not None:
            break
    if match is None:
        name = LANGUAGE_NAMES.get(wanted)
        log.warning("no %s voice installed%s; %s reads with %s", language,
                    f" ({name})" if name else "", profile.name, profile.voice)  # fmt: skip
        return profile
    log.info("language %s: %s speaks with %s", language, profile.name, match.id)
    return replace(profile, voice=_with_variant(match.id, profile.voice))


def _voice_for_variety(profile: VoiceProfile, tag: str, spoken: str, voices) -> VoiceProfile:  # type: ignore[no-untyped-def]
    """A book that names its variety of the profile's language (`en-GB`, `pt-BR`) is read
    by a voice of that variety when one is installed: the US narrator reads a book
    tagged British English with espeak's British voice, at its own pace and pitch.
    A tag with no voice of its own (`en-AU`) or no variety (`en`) keeps the profile."""
    if "-" not in tag or spoken == tag or spoken.startswith(f"{tag}-"):
        return profile
    match = next((v for v in voices if v.language.lower().replace("_", "-") == tag), None)
    if match is None:
        return profile
    log.info("language %s: %s speaks with %s", tag, profile.name, match.id)
    return replace(profile, voice=_with_variant(match.id, profile.voice))


def _installed(voices, voice: str):  # type: ignore[no-untyped-def]
    """The engine's entry for `voice` (an espeak variant "+f3" aside), or None."""
    wanted = voice.lower().split("+")[0]
    return next((v for v in voices if v.id.lower() == wanted), None)


def _with_variant(voice: str, was: str) -> str:
    """`voice` with the espeak variant `was` carried ("+f3": the female profile stays female)."""
    variant = was.partition("+")[2]
    return f"{voice}+{variant}" if variant and "+" not in voice else voice


def build(
    path: Path | None = None,
    out_dir: Path | None = None,
    *,
    cache_dir: Path | str | None = None,
    jobs: int | None = None,
    engine: EngineChoice = None,
    force: bool = False,
    voice: str | None = None,
    on_event: EventSink = _ignore,
    cluster: str | None = None,
    keep_going: bool = False,
) -> BuildResult:
    """Build the audiobook of the manuscript at `path` (the sample book when None).

    A segment the engine cannot voice after its retries stops the build, so a
    book with a hole is never published unnoticed; with `keep_going` it
    becomes a marked pause instead, listed in qc.json and the result.
    """
    (outcome,) = build_catalog(
        [path], out_dir, cache_dir=cache_dir, jobs=jobs, engine=engine, force=force,
        voice=voice, on_event=on_event, cluster=cluster, keep_going=keep_going,
    )  # fmt: skip
    if isinstance(outcome, BaseException):
        raise outcome
    return outcome


@dataclass
class _Book:
    """One book of a catalog while it is built: its script, staging folder and plan."""

    n: int
    source: BookSource
    manuscript: Manuscript
    chapters: tuple[ScriptChapter, ...]
    profiles: dict[str, VoiceProfile]
    run: Run
    rows: list[list[Job]]
    key: str = ""  # build_key: the finished folder is sealed with it
    layout: BookLayout | None = None
    result: BuildResult | AudiobookError | None = None
    warnings: tuple[str, ...] = ()  # segments left unvoiced (--keep-going)


def build_catalog(
    paths: Sequence[Path | None],
    out_dir: Path | None = None,
    *,
    cache_dir: Path | str | None = None,
    jobs: int | None = None,
    engine: EngineChoice = None,
    force: bool = False,
    voice: str | None = None,
    on_event: EventSink = _ignore,
    cluster: str | None = None,
    keep_going: bool = False,
) -> list[BuildResult | AudiobookError]:
    """Build several books as one plan on one pool (or a Dask cluster); per book, its
    result or the error that stopped it (the others still build).

    The stages: read and segment every book; plan every book (speech runs →
    chapter parts → chapter files → book outputs); run the catalog's plan;
    each book's outputs are written and its folder swapped into place as soon
    as its own files are done.

    Long by choice: it is the orchestrator, the one place that says the stage
    order, and its callbacks close over the catalog's books and progress.
    """
    if out_dir is not None and len(paths) > 1:
        raise AudiobookError("-o names one folder; with several books, leave it out")
    clock = Clock()
    cache_root = cache_location(cache_dir or cache_setting())
    held = hold(cache_root)  # `audiobook cache clear` waits for this build (let go below)
    cache = segments_in(cache_root)
    executor: Any = None
    if cluster:
        workers = None  # the cluster is reached once a book is to be built (below)
    else:
        jobs = worker_count(jobs)  # no more than the cores (logged when lowered)
        executor = LocalExecutor(jobs)
        # The engine processes start while the books are read, unless every book's
        # script is kept (then reading is quick, and the books may be up to date)
        memo = cache.root.parent / "scripts"
        kept = all(_script_is_kept(path, voice, memo) for path in paths)
        workers = None if kept else start_workers(cache, jobs, engine)
    books: list[_Book] = []
    outcomes: dict[int, BuildResult | AudiobookError] = {}
    taken: dict[Path, Path] = {}  # output folder → the book going there
    try:
        for n, path in enumerate(paths):
            try:
                loaded = _load(n, path, out_dir, cache, jobs, engine, force, voice,
                               on_event, clock, taken)  # fmt: skip
            except AudiobookError as exc:
                if len(paths) == 1:
                    raise
                outcomes[n] = exc
                continue
            if isinstance(loaded, BuildResult):  # up to date: nothing to plan or run
                outcomes[n] = loaded
            else:
                books.append(loaded)
        clock.lap("read_segment")
        if not books:
            return [outcomes[n] for n in range(len(paths))]
        if cluster:  # every book up to date never reaches the cluster
            from audiobook.build.cluster import DaskExecutor

            executor = DaskExecutor(cluster, jobs)  # connects and checks its workers
            count = len(executor.workers)
            on_event(BuildEvent("cluster", count, count, {"title": executor.dashboard}))
        if keep_going:
            if cluster:  # the cluster speaks what it can; the rest is found here, below
                _speak_on_cluster(executor, _plan_catalog(books, cache, cache_root))
            workers = _speak_keeping_going(books, cache, jobs, engine, workers, outcomes)
            books = [b for b in books if b.n not in outcomes]
        plan = _plan_catalog(books, cache, cache_root)
        (cache.root.parent / "chapters").mkdir(parents=True, exist_ok=True)
        to_speak = any(t.kind == "speak" for t in plan.tasks)
        if workers is not None and not to_speak:
            workers.close(wait=False)  # nothing to speak
            workers = None
        elif workers is None and to_speak and not cluster:
            workers = start_workers(cache, jobs, engine)
        registry = _registry(books, cache, jobs, engine, workers, on_event, clock)
        if cluster:  # what runs on the workers must be importable there: no closures
            registry |= {"part": Handler(render)}
        parts = sum(t.kind == "part" for t in plan.tasks)
        made = {"part": 0, "speak": 0, "audio_ms": 0.0}
        total = len({job.key for b in books for row in b.rows for job in row})
        spoken = total - sum(len(t.args[0]) for t in plan.tasks if t.kind == "speak")

        finished = [len(outcomes)]  # books that could not be read count as done

        def book_done(book: _Book, failed: bool) -> None:
            """The catalog-wide line: book N of M done, as each book finishes."""
            finished[0] += 1
            if len(paths) > 1:
                title = ("failed: " if failed else "") + book.manuscript.title
                on_event(BuildEvent("books", finished[0], len(paths), {"title": title}))

        def on_result(task: Task, value: Any) -> Any:
            book = books_by_n[task.book]
            if isinstance(book.result, AudiobookError):
                return None  # the book failed and its staging folder is gone
            if task.kind == "book":
                book_done(book, failed=False)
            if task.kind == "speak" and cluster:  # the local pool reports its own progress
                made["speak"] += len(task.args[0])
                made["audio_ms"] += 1000 * value
                info = {"audio_ms": made["audio_ms"], "cached": spoken}
                on_event(BuildEvent("synthesize", spoken + made["speak"], total, info))
            elif task.kind == "part":
                made["part"] += 1
                on_event(BuildEvent("master & encode", made["part"], parts))
            elif task.kind == "file":
                if book.result is not None:  # the book failed meanwhile: its folder is gone
                    return None
                data, info = value
                layout = book.layout
                file = next(f for f in layout.files if layout.file_keys[f.name] == task.key)
                book.run.staging.path(file.name).write_bytes(data)
                book.run.staging.record(file.name, file.key, info)
                return None
            return value

        def on_error(task: Task, error: BaseException) -> None:
            book = books_by_n[task.book]
            if isinstance(book.result, AudiobookError):
                return  # its first failure is the one to report; the rest follow from it
            if isinstance(error, OSError) and len(paths) > 1:  # this book's disk, not the rest
                error = ExportError(f"{book.source.manuscript}: {os_error_text(error)}")
            if not isinstance(error, AudiobookError):
                raise error
            book.run.staging.abort()
            if book.result is None:
                book_done(book, failed=True)
            book.result = error

        books_by_n = {b.n: b for b in books}
        if len(paths) > 1:
            on_event(BuildEvent("books", finished[0], len(paths)))
        on_event(BuildEvent("master & encode", 0, parts))
        executor.run(plan, registry, on_result, on_error)
    except KeyboardInterrupt:
        if cluster and executor is not None:
            executor.close(interrupted=True)
            cluster = None  # closed
        _abort(books, workers)
        raise BuildInterrupted("stopped by the user; finished segments are cached") from None
    except BaseException:
        _abort(books, workers)
        raise
    finally:
        if workers is not None:
            workers.close(wait=False)
        if cluster and executor is not None:
            executor.close()
        if held is not None:
            held.close()
    for book in books:
        outcomes[book.n] = book.result or AudiobookError(f"{book.source.manuscript}: not built")
    return [outcomes[n] for n in range(len(paths))]


def cache_location(where: Path | str) -> str:
    """The cache root: a folder (on a file system every worker shares, for a cluster),
    a `file://` URL, or an fsspec URL such as `s3://bucket/prefix`; a folder is made
    absolute, since workers run elsewhere."""
    text = str(where)
    if text.startswith("file:"):
        from urllib.parse import unquote, urlparse

        return str(Path(unquote(urlparse(text).path)).resolve())
    if is_url(text):
        return text.rstrip("/")
    if ":/" in text and not Path(text).exists():  # "s3:/x" after a Path() swallowed a slash
        raise AudiobookError(
            f"cache {text}: write a URL with two slashes (s3://bucket/prefix) or a folder"
        )
    return str(cache_folder(Path(text).resolve()))


def _abort(books: list[_Book], workers: Any) -> None:
    if workers is not None:
        workers.close(wait=False)
    for book in books:
        if book.result is None:
            book.run.staging.abort()


def _load(
    n: int, path: Path | None, out_dir: Path | None, cache: SegmentCache, jobs: int | None,
    engine: EngineChoice, force: bool, voice: str | None, on_event: EventSink, clock: Clock,
    taken: dict[Path, Path] | None = None,
) -> _Book | BuildResult:  # fmt: skip
    """Read, segment and voice one book; open its staging folder. A book whose
    output folder is sealed with its build key is up to date: its result, as
    the folder holds it, comes back instead."""
    book, manuscript, chapters = load_book(path, voice, memo=cache.root.parent / "scripts")
    config = book.config
    for line in unmatched_settings(book, manuscript, chapters):
        log.warning("%s: %s", config.source, line)
    profiles = voice_profiles(chapters, book, engine)
    chapters = readable_by_voices(chapters, profiles, config.language or "en", engine)
    tags = _tags(manuscript, config, book)  # reads the cover: fail before making folders
    target = out_dir or Path("out") / slug(manuscript.title)
    source = book.folder if path is None else path
    other = source if taken is None else taken.setdefault(target.resolve(), source)
    if other != source:
        raise AudiobookError(
            f"{source} and {other} would both be written to {target} (both titled "
            f"'{manuscript.title}'); give one its own title in a book.toml beside it"
        )
    rows = plan_jobs(chapters, profiles, engine)
    key = build_key(book, chapters, profiles, rows, tags, voice, engine)
    seals = cache.root.parent / "sealed"
    done = _up_to_date(seals, target.resolve(), key, chapters, clock)
    if done is not None:
        log.info("%s is up to date", done.out_dir)
        on_event(BuildEvent("up to date", 1, 1, {"title": manuscript.title}))
        return done
    keep = [("the manuscript", m) for m in (book.manuscript, *book.parts)]
    keep.append(("the book's folder", book.folder))
    if isinstance(cache.root, Path):
        keep.append(("the cache", cache.root))
    staging = Staging(target, manuscript.title, force=force, seals=seals, keep=keep)
    run = Run(config, cache, tags, staging, jobs, engine, on_event, clock)
    return _Book(n, book, manuscript, chapters, profiles, run, rows, key)


def _up_to_date(
    seals: Path, folder: Path, key: str, chapters: tuple[ScriptChapter, ...], clock: Clock
) -> BuildResult | None:
    """The result of the build that made `folder`, if it was sealed with `key` and
    every file is as it left it; None when the book is to be built."""
    seal = sealed(seals, folder, key)
    if seal is None:
        return None
    try:
        state = json.loads((folder / STATE_FILE).read_text(encoding="utf-8"))
        exported = _exported(chapters, seal["chapters"], state, folder)
    except (OSError, ValueError, KeyError, TypeError):
        return None  # a seal that does not fit its folder: build it again
    full_book, manifest = seal.get("full_book"), seal["manifest"]
    return BuildResult(
        out_dir=folder,
        chapters=tuple(exported),
        full_book=folder / full_book if full_book else None,
        manifest=folder / manifest,
        stats=clock.laps,
    )


def _exported(
    chapters: tuple[ScriptChapter, ...], names: Sequence[str], state: dict, folder: Path
) -> list[ExportedChapter]:
    """The chapter files in `folder` with their timings, from the recorded state."""
    exported = []
    for chapter, name in zip(chapters, names, strict=True):
        info = state[name]["info"]
        timings = tuple(
            SegmentTiming(seg, row[0], row[1], tuple(tuple(w) for w in row[2]))
            for seg, row in zip(chapter.segments, info["timings"], strict=True)
        )
        exported.append(ExportedChapter(chapter.index, chapter.title, folder / name,
                                        info["duration_ms"], timings,
                                        info["loudness"]))  # fmt: skip
    return exported


def _speak_on_cluster(executor: Any, plan: Plan) -> None:
    """With --keep-going on a cluster: every speech run the cluster can voice, into the
    shared cache; a run that fails is left for the local pool to narrow down to its
    unvoiceable segments (everything else it needs is then a cache hit)."""
    speech = Plan.of(t for t in plan.tasks if t.kind == "speak")
    if speech.tasks:
        executor.run(speech, {"speak": Handler(speak)}, lambda task, value: value,
                     lambda task, error: None)  # fmt: skip


def _speak_keeping_going(
    books: list[_Book], cache: SegmentCache, jobs: int | None, engine: EngineChoice,
    workers: Workers | None, outcomes: dict[int, BuildResult | AudiobookError],
) -> Workers | None:  # fmt: skip
    """With --keep-going, every book's speech is made first, so a segment the engine
    gave up on can become a marked pause before the chapters are planned."""
    for book in books:
        try:
            unvoiced = synthesize(book.rows, cache, jobs=jobs, override=engine,
                                  workers=workers, keep_going=True)  # fmt: skip
        except AudiobookError as exc:
            if len(books) == 1:
                raise
            book.run.staging.abort()
            outcomes[book.n] = exc
            unvoiced = []
        workers = None  # synthesize stops the pool it was handed
        if unvoiced:
            chapters, rows = marked_pauses(unvoiced, book.chapters, book.rows, cache)
            book.chapters, book.rows = chapters, rows
            book.warnings = tuple(
                f'{u.where}: the engine could not voice "{u.text}" ({u.problem}); '
                "a pause of its length stands in its place"
                for u in unvoiced
            )
            for warning in book.warnings:
                log.warning("%s", warning)
    return workers


def _plan_catalog(
    books: list[_Book], cache: SegmentCache, cache_root: str
) -> Plan:
    """The catalog's plan, less what is done: files the previous build left unchanged
    (linked from it) and speech already in the cache."""
    plans = []
    done: set[str] = set()
    for book in books:
        plan, book.layout = plan_book(book.n, book.run, book.chapters, book.rows, cache_root)
        plans.append(plan)
        for file in book.layout.files:
            if book.run.staging.reuse(file.name, file.key) is not None:
                done.add(book.layout.file_keys[file.name])
    catalog = Plan.of(t for plan in plans for t in plan.tasks)
    for task in catalog.tasks:
        if task.kind == "speak" and all(cache.has(job.key) for job in task.args[0]):
            done.add(task.key)
    return catalog.without(done)


def _registry(
    books: list[_Book], cache: SegmentCache, jobs: int | None, engine: EngineChoice,
    workers: Any, on_event: EventSink, clock: Clock,
) -> dict[str, Handler]:  # fmt: skip
    """The functions of every task kind; `book` (the outputs) always runs here."""
    by_n = {book.n: book for book in books}
    total = len({job.key for book in books for row in book.rows for job in row})
    cached = sum(cache.has(k) for k in {j.key for b in books for r in b.rows for j in r})
    on_event(BuildEvent("synthesize", cached, total, {"audio_ms": 0.0, "cached": cached}))

    def finish(args: tuple[Any, ...], inputs: dict[str, Any]) -> BuildResult:
        book = by_n[args[0]]
        if is_url(cache.location):  # the M4B joins AAC parts made on other machines
            for file in book.layout.files:
                for part in file.parts:
                    pull_part(book.run, part, aac_only=True)
        book.result = _finish(book, clock)
        return book.result

    def speak_all(tasks: list[Task]) -> Iterator[tuple[str, Any]]:
        yield from _speak_locally(tasks, cache, jobs, engine, workers, on_event, total, cached)
        clock.lap("synthesize")

    return {
        "speak": Handler(speak, batch=speak_all if workers is not None else None),
        "part": Handler(lambda args, inputs: render_part(_run_for(by_n, args[0]), args[1])),
        "file": Handler(join),
        "book": Handler(finish),
    }


def _run_for(books: dict[int, _Book], settings: Settings) -> Run:
    """The book's own Run (its clock and stop flag) for a part rendered here."""
    for book in books.values():
        if book.run.config is settings.config:
            return book.run
    return settings.run()


def _speak_locally(
    tasks: list[Task], cache: SegmentCache, jobs: int | None, engine: EngineChoice,
    workers: Workers | None, on_event: EventSink, total: int, cached: int,
) -> Iterator[tuple[str, Any]]:  # fmt: skip
    """All speech of the catalog in our engine pool, book by book (one book's failure
    does not stop the others'); yields each task's key when its book's speech is cached."""
    pool = workers
    done, audio = cached, 0.0
    groups: dict[int, list[Task]] = {}
    for task in tasks:
        groups.setdefault(task.book, []).append(task)
    try:
        for group in groups.values():
            rows = [list(task.args[0]) for task in group]
            keys = {job.key for row in rows for job in row}
            missing = {key for key in keys if not cache.has(key)}
            base_done, base_audio = done, audio

            def progress(p: Progress, base_done: int = base_done, base_audio: float = base_audio
                         ) -> None:  # fmt: skip
                info = {"audio_ms": base_audio + p.audio_ms, "cached": cached}
                on_event(BuildEvent("synthesize", base_done + p.done, total, info))

            if pool is None:
                pool = start_workers(cache, jobs, engine)
            try:
                pool.run(plan_units(rows, missing), missing, 0, 0, progress)
            except EngineError as exc:
                pool.close(wait=False)  # it may still hold the failed book's runs
                pool = None
                for task in group:
                    yield task.key, exc
                continue
            done += len(missing)
            for task in group:
                yield task.key, 0.0
    finally:
        if pool is not None:
            pool.close()


def _finish(book: _Book, clock: Clock) -> BuildResult:
    """The book outputs, then the staging folder swapped into place."""
    run, staging, manuscript = book.run, book.run.staging, book.manuscript
    exported = _exported(book.chapters, book.layout.names, staging.state, staging.dir.resolve())
    sample = staging.path(SAMPLE_NAME) if book.layout.has_sample else None
    clock.lap("master_encode")
    output = run.config.output
    full_book = staging.path(full_book_name(manuscript)) if output.full_book else None
    manifest, listing = write_manifest(run, manuscript, exported, full_book, book.profiles)
    # The full book, the M4B and the EPUB each copy every chapter's audio (a
    # gigabyte for a long book): mostly the disk and the copy, little Python.
    # Each in a thread of its own, they overlap on the cores and the disk.
    write_cover(run)
    with ThreadPoolExecutor(2, thread_name_prefix="book-outputs") as pool:
        waiting = []
        if output.m4b:
            waiting.append(pool.submit(write_book_m4b, run, listing, exported))
        if output.epub:
            waiting.append(pool.submit(write_book_epub, run, listing, manuscript.source))
        if full_book is not None:
            write_full_book(run, manuscript, exported)
        clock.lap("full_book")
        write_qc(run, exported, full_book, sample, book.warnings)
        write_listening(run, listing, full_book)
        for done in waiting:
            done.result()  # its error, if any, is the build's
    clock.lap("listening")
    seal = {"key": book.key, "chapters": list(book.layout.names), "manifest": manifest.name,
            "full_book": full_book.name if full_book else None}  # fmt: skip
    staging.commit(seal=None if book.warnings else seal)  # a marked pause is tried again
    final = staging.out_dir
    moved = [replace(c, file=final / c.file.name) for c in exported]
    return BuildResult(
        out_dir=final,
        chapters=tuple(moved),
        full_book=final / full_book.name if full_book else None,
        manifest=final / manifest.name,
        stats=clock.laps,
        warnings=book.warnings,
    )


def marked_pauses(
    unvoiced: list[Unvoiced],
    chapters: tuple[ScriptChapter, ...],
    plan: list[list[Job]],
    cache: SegmentCache,
) -> tuple[tuple[ScriptChapter, ...], list[list[Job]]]:
    """Put a pause as long as its words in place of each segment the engine could not voice.

    The stand-in is an empty utterance under a key of its own, so the real
    segment stays out of the cache and the next build tries it again.
    """
    failed = {u.key for u in unvoiced}
    blank = Speech(pcm=np.zeros(1, dtype=np.int16), sample_rate=22050)
    new_chapters, new_plan = [], []
    for chapter, row in zip(chapters, plan, strict=True):
        segments, jobs = list(chapter.segments), list(row)
        for i, job in enumerate(row):
            if job.key not in failed:
                continue
            stand_in = key_of("unvoiced", job.key)
            if not cache.has(stand_in):
                cache.put(stand_in, blank)
            jobs[i] = replace(job, key=stand_in, unvoiced=True)
            said_ms = max(1000, word_count(job.text) * 60_000 // max(1, job.profile.rate))
            segments[i] = replace(segments[i], pause_after_ms=segments[i].pause_after_ms + said_ms)
        new_chapters.append(replace(chapter, segments=tuple(segments)))
        new_plan.append(jobs)
    return tuple(new_chapters), new_plan


def _tags(manuscript: Manuscript, config: BookConfig, book: BookSource) -> Tags:
    cover, mime = (None, "image/jpeg")
    if config.cover:
        path = book.folder / config.cover
        if not path.is_file():
            raise key_problem(config, ("cover",), f"names {config.cover}: no such file in "
                              f"{book.folder}; give the image's path from there")  # fmt: skip
        try:
            cover, mime = read_cover(path)
        except ConfigError as exc:
            raise key_problem(
                config, ("cover",),
                f"names {config.cover}: {str(exc).removeprefix(f'cover {path}: ')}",
            ) from exc
    elif book.manuscript.suffix.lower() == ".epub" and not book.parts:
        cover = epub_cover(book.manuscript)  # the EPUB's own cover, when book.toml names none
        mime = "image/png" if cover and cover.startswith(b"\x89PNG") else mime
    return Tags(
        book=manuscript.title,
        # an anthology with no author is tagged with its editor's name
        author=manuscript.editor
        if manuscript.editor and manuscript.author == UNKNOWN_AUTHOR
        else manuscript.author,
        narrator=config.narrator,
        genre=config.genre,
        language=manuscript.language,
        year=config.year,
        cover=cover,
        cover_mime=mime,
        translator=manuscript.translator,
    )
