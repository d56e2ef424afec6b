"""The build, top to bottom: read → segment → synthesize → chapters → book outputs.

Only this module knows the order of the stages. Side effects come in as
arguments (engine, cache folder, event callback), so tests and other front
ends drive the same build the CLI does.
"""

from __future__ import annotations

import functools
import hashlib
import logging
import pickle
from dataclasses import replace
from importlib import metadata
from pathlib import Path

from audiobook.build.produce import (
    BuildEvent,
    Clock,
    EventSink,
    Run,
    key_of,
    produce_chapters,
)
from audiobook.build.staging import Staging, atomic_path
from audiobook.config import BookConfig, VoiceProfile, load_voice
from audiobook.errors import AudiobookError, BuildInterrupted
from audiobook.models import BuildResult, Manuscript, ScriptChapter
from audiobook.publish.outputs import write_full_book, write_listening, write_manifest, write_qc
from audiobook.publish.tags import Tags, read_cover, slug
from audiobook.speech.cache import SegmentCache, default_cache_dir
from audiobook.speech.synthesize import (
    EngineChoice,
    Progress,
    engine_for,
    plan_jobs,
    start_workers,
    synthesize,
)
from audiobook.text.fixes import apply_fixes, load_fixes
from audiobook.text.ingest import BookSource, locate_book, read_manuscript
from audiobook.text.segment import segment

__all__ = ["AudiobookError", "BuildEvent", "build", "load_book"]

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
    profile = load_voice(voice, book.folder) if voice else None
    memo_file = None
    if memo is not None:
        sources = [book.manuscript, *book.parts] if book.manuscript.is_file() else [*book.parts]
        key = key_of(
            _code_digest(), repr(book.config), repr(profile), voice,
            [hashlib.sha256(p.read_bytes()).hexdigest() for p in sources],
        )  # fmt: skip
        memo_file = memo / f"{key}.pickle"
        try:
            return pickle.loads(memo_file.read_bytes())
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, TypeError):
            pass
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


# Libraries whose version can change what is read or how it is segmented.
_TEXT_LIBRARIES = ("charset-normalizer", "ftfy", "pysbd", "num2words", "ebooklib", "python-docx",
                   "lxml")  # fmt: skip


@functools.cache
def _code_digest() -> str:
    """This program's own code and its text libraries: a new version re-reads every book."""
    package = Path(__file__).resolve().parents[1]  # the whole audiobook package
    digest = hashlib.sha256()
    for path in sorted(package.rglob("*.py")):
        digest.update(path.read_bytes())
    for name in _TEXT_LIBRARIES:
        try:
            digest.update(f"{name}={metadata.version(name)}".encode())
        except metadata.PackageNotFoundError:
            digest.update(f"{name}=none".encode())
    return digest.hexdigest()


def voice_profiles(
    chapters: tuple[ScriptChapter, ...], book: BookSource, override: EngineChoice = None
) -> dict[str, VoiceProfile]:
    """Load every voice profile the script uses and check its voice is installed."""
    names = sorted({seg.voice for ch in chapters for seg in ch.segments})
    profiles = {name: load_voice(name, book.folder) for name in names}
    language = book.config.language or "en"
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
    voice: str | None = None,
    on_event: EventSink = _ignore,
) -> BuildResult:
    """Build the audiobook of the manuscript at `path` (the sample book when None)."""
    clock = Clock()
    cache_root = cache_dir or default_cache_dir()
    cache = SegmentCache(cache_root / "segments")
    workers = start_workers(cache, jobs, engine)  # they start up while the book is read
    try:
        book, manuscript, chapters = load_book(path, voice, memo=cache_root / "scripts")
        clock.lap("read_segment")
        config = book.config
        profiles = voice_profiles(chapters, book, engine)
        tags = _tags(manuscript, config, book)  # reads the cover: fail before making folders
        staging = Staging(
            out_dir or Path("out") / slug(manuscript.title), manuscript.title, force=force
        )
    except BaseException:
        workers.close(wait=False)
        raise
    run = Run(config, cache, tags, staging, jobs, engine, on_event, clock)
    try:
        plan = plan_jobs(chapters, profiles, engine)
        total = len({job.key for row in plan for job in row})

        def progress(p: Progress) -> None:
            info = {"audio_ms": p.audio_ms, "cached": p.cached}
            on_event(BuildEvent("synthesize", p.done, total, info))

        synthesize(plan, cache, jobs=jobs, override=engine, on_progress=progress, workers=workers)
        clock.lap("synthesize")
        exported, sample = produce_chapters(run, chapters, plan)
        clock.lap("master_encode")
        full_book = write_full_book(run, manuscript, exported) if config.output.full_book else None
        clock.lap("full_book")
        write_qc(run, exported, full_book, sample)
        manifest = write_manifest(run, manuscript, exported, full_book, profiles)
        write_listening(run, exported, full_book)
        clock.lap("listening")
        staging.commit()
    except KeyboardInterrupt:
        workers.close(wait=False)
        staging.abort()
        raise BuildInterrupted("stopped by the user; finished segments are cached") from None
    except BaseException:
        workers.close(wait=False)
        staging.abort()
        raise
    final = staging.out_dir
    moved = [replace(c, file=final / c.file.name) for c in exported]
    return BuildResult(
        out_dir=final,
        chapters=tuple(moved),
        full_book=final / full_book.name if full_book else None,
        manifest=final / manifest.name,
        stats=clock.laps,
    )


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
