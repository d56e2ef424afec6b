"""The `audiobook` command line (typer + rich).

The only place that prints, shows progress, and turns our exceptions into a
one-line message with exit code 2 (tracebacks only with --verbose).
"""

from __future__ import annotations

import logging
import os
import sys
import time
from pathlib import Path
from typing import Annotated, NoReturn

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.table import Table

from audiobook.errors import (
    EXIT_INTERRUPTED,
    AudiobookError,
    BuildInterrupted,
    counted,
    describe,
    render,
)

app = typer.Typer(
    help="Offline audiobook producer: a manuscript in, mastered chaptered MP3s out.",
    no_args_is_help=False,
    add_completion=False,
    pretty_exceptions_enable=False,
)
cache_app = typer.Typer(help="Inspect or clear the segment cache.", add_completion=False)
app.add_typer(cache_app, name="cache")

# No emoji codes: a message quoting a path, a key or an argument with ":word:" in
# it ("--cluster local:abc:") must print those characters, not a picture.
out = Console(emoji=False)
err = Console(stderr=True, emoji=False)
_state = {"verbose": False}


@app.callback()
def _root(
    verbose: Annotated[
        bool, typer.Option("--verbose", "-V", help="Log details; show tracebacks.")
    ] = False,
) -> None:
    _state["verbose"] = verbose
    logging.basicConfig(
        level=logging.INFO if verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )


class _BuildProgress:
    """Rich progress bars fed by the build's events."""

    def __init__(self, progress: Progress) -> None:
        self.progress = progress
        self.tasks: dict[str, TaskID] = {}
        self.started = time.monotonic()

    def __call__(self, event) -> None:  # type: ignore[no-untyped-def]
        task = self.tasks.get(event.stage)
        if task is None:
            task = self.progress.add_task(event.stage, total=event.total, extra="")
            self.tasks[event.stage] = task
            self.started = time.monotonic()
        extra = ""
        if event.stage == "synthesize" and event.info.get("cached", 0) >= event.total:
            extra = "all from the cache"
        elif event.stage == "synthesize":
            audio_min = event.info.get("audio_ms", 0) / 60000
            elapsed = max(time.monotonic() - self.started, 1e-6)
            speed = audio_min * 60 / elapsed
            extra = f"{audio_min:6.1f} min audio  {speed:6.0f}× real time"
        elif event.info.get("title"):
            extra = str(event.info["title"])[:40]
        self.progress.update(task, completed=event.done, total=event.total, extra=extra)


@app.command()
def build(
    manuscripts: Annotated[
        list[Path] | None,
        typer.Argument(help="Manuscript files or book folders (default: the bundled sample)."),
    ] = None,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Output folder.")] = None,
    jobs: Annotated[
        int | None,
        typer.Option("--jobs", "-j", min=1, help="Worker processes (default: one per core)."),
    ] = None,
    cache: Annotated[
        str | None, typer.Option("--cache", help="Cache folder, or an fsspec URL (s3://…).")
    ] = None,
    force: Annotated[
        bool, typer.Option("--force", help="Replace an output folder that holds another book.")
    ] = False,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="No progress bars; one result line.")
    ] = False,
    strict: Annotated[
        bool,
        typer.Option(
            "--strict",
            help="Exit 1 when a file fails the audio check or a segment was left unvoiced.",
        ),
    ] = False,
    voice: Annotated[
        str | None, typer.Option("--voice", help="Voice profile to narrate with (voices/*.toml).")
    ] = None,
    cluster: Annotated[
        str | None,
        typer.Option(
            "--cluster",
            envvar="AUDIOBOOK_CLUSTER",
            help="Run on Dask: a scheduler (tcp://host:8786) or local:N worker processes.",
        ),
    ] = None,
    keep_going: Annotated[
        bool,
        typer.Option(
            "--keep-going",
            help="A segment the engine cannot voice becomes a marked pause (listed in qc.json) "
            "instead of stopping the build.",
        ),
    ] = False,
) -> None:
    """Build audiobooks: chaptered MP3s, a full-book MP3 with chapters, M4B, EPUB, a manifest.

    \f
    Over 80 lines because most of them declare its options; the work is
    build_catalog's.
    """
    from audiobook.build.pipeline import build_catalog

    targets = _expand_books(list(manuscripts) if manuscripts else [None])
    if output is not None and len(targets) > 1:
        raise AudiobookError("-o names one folder; with several books, leave it out")
    columns = (
        TextColumn("[bold]{task.description:<11}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TextColumn("eta"),
        TimeRemainingColumn(),
        TextColumn("{task.fields[extra]}"),
    )
    if not err.is_terminal:  # a log or a pipe: each stage's count and time, no bar to cut short
        columns = (columns[0], columns[2], columns[3], columns[-1])
    failed: list[str] = []
    qc_failed = False
    with Progress(*columns, console=err, disable=quiet, transient=False) as progress:
        outcomes = build_catalog(
            targets, output, cache_dir=cache, jobs=jobs, force=force, voice=voice,
            on_event=_BuildProgress(progress), cluster=cluster, keep_going=keep_going,
        )  # fmt: skip
    for target, result in zip(targets, outcomes, strict=True):
        if isinstance(result, BaseException):
            if len(targets) == 1:
                raise result
            failed.append(str(target))
            err.print(render(result).line, highlight=False, markup=False, soft_wrap=True)
            continue
        minutes = sum(c.duration_ms for c in result.chapters) / 60000
        verdict, passed = _qc_line(result.out_dir)
        qc_failed |= not passed or bool(result.warnings)
        for warning in result.warnings:
            err.print(f"audiobook: warning: {warning}", highlight=False, markup=False)
        out.print(
            f"built {result.out_dir} — {counted(len(result.chapters), 'chapter')}, "
            f"{minutes:.1f} min; "
            f"full book {result.full_book.name if result.full_book else 'off'}{verdict}",
            highlight=False, soft_wrap=True,  # a file name is never broken across lines
        )  # fmt: skip
    if failed:
        err.print(
            f"audiobook: {len(failed)} of {len(targets)} books failed: {', '.join(failed)}",
            highlight=False,
            markup=False,
        )
        raise typer.Exit(2)
    if strict and qc_failed:
        raise typer.Exit(1)


def _expand_books(paths: list[Path | None]) -> list[Path | None]:
    """A folder holding book folders (and no manuscript of its own) means each of them."""
    from audiobook.text.ingest import ALL_SUFFIXES, leanpub_files

    expanded: list[Path | None] = []
    for path in paths:
        if path is not None and path.is_dir() and not (path / "book.toml").exists() \
                and not leanpub_files(path):  # a Leanpub book: its Book.txt lists its files
            own = [p for p in path.iterdir() if p.is_file() and p.suffix.lower() in ALL_SUFFIXES]
            books = sorted(
                p for p in path.iterdir()
                if p.is_dir() and not p.name.startswith(".")
                and ((p / "book.toml").exists()
                     or any(q.suffix.lower() in ALL_SUFFIXES for q in p.iterdir()))
            )  # fmt: skip
            if not own and books:
                expanded.extend(books)
                continue
        expanded.append(path)
    return expanded


def _qc_line(out_dir: Path) -> tuple[str, bool]:
    import json

    qc = out_dir / "qc.json"
    if not qc.is_file():
        return "", True
    data = json.loads(qc.read_text())
    # the full book's verdict is its chapters' (its levels are theirs): counted once, as
    # `audiobook check` counts it, a listening copy measured only
    judged = [f for f in data.get("files", []) if "levels_from" not in f]
    failed = [f["file"] for f in judged if not f.get("ok")]
    profile = data.get("profile")
    if failed:
        named = ", ".join(failed[:3]) + (f" and {len(failed) - 3} more" if len(failed) > 3 else "")
        tally = f"{len(failed)} of {len(judged)} files FAIL" if len(judged) > 1 else (
            "the file FAILS"
        )
        return f"; audio check: {tally} {profile} ({named})", False
    tally = f"all {len(judged)} files pass" if len(judged) > 1 else "the file passes"
    return f"; audio check: {tally} {profile}", True


@app.command()
def check(
    paths: Annotated[
        list[Path], typer.Argument(help="Audio files or folders (MP3, WAV, M4B, FLAC).")
    ],
    profile: Annotated[
        str | None,
        typer.Option(
            "--profile", "-p",
            help="acx, podcast or raw (default: the profile a built book's qc.json records, "
            "else acx).",
        ),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Machine-readable output.")] = False,
) -> None:
    """Measure audio files against a publisher's rules; exit 1 if any file fails."""
    import json

    from audiobook.audio.qc import check_paths, skipped_folders

    recorded = ""
    if profile is None:
        profile, recorded = _recorded_profile(paths)
    reports = check_paths(paths, profile)
    skipped = skipped_folders(paths)
    if as_json:
        found = {"profile": profile, "files": [r.to_dict() for r in reports]}
        if skipped:
            found["skipped_folders"] = [str(p) for p in skipped]
        out.print_json(json.dumps(found))
    else:
        for report in reports:
            if report.problem:  # nothing measured: one line, not an empty table
                out.print(f"{report.path}: FAIL: {report.problem}", highlight=False,
                          markup=False, soft_wrap=True)  # fmt: skip
                continue
            verdict = f"measured only ({report.note})" if report.note else (
                f"{'PASS' if report.ok else 'FAIL'} ({profile})"
            )
            if report.advice:
                verdict += f"; {report.advice}"
            table = Table(title=f"{report.path.name}: {verdict}")
            for column in ("measure", "value", "rule", "verdict"):
                table.add_column(column)
            for m in report.measures:
                value = "n/a" if m.value is None else f"{m.value} {m.unit}".strip()
                verdict = "[green]pass" if m.ok else "[red]FAIL"
                table.add_row(m.name, value, m.rule or "—", verdict if m.rule else "")
            out.print(table)
        judged = [r for r in reports if not r.note]
        failed = sum(not r.ok for r in judged)
        copies = len(reports) - len(judged)
        plural = "ies" if copies != 1 else "y"
        extra = f"; {copies} listening cop{plural} measured only" if copies else ""
        lost = sum(r.problem.startswith("missing") for r in judged)
        unread = sum(bool(r.problem) for r in judged) - lost
        extra += f"; {lost} missing" if lost else ""
        extra += f"; {unread} not readable" if unread else ""
        if skipped:
            names = ", ".join(f"{p.name}/" for p in skipped)
            extra += (f"; skipped {counted(len(skipped), 'subfolder')} ({names}): "
                      "name them to check them too")  # fmt: skip
        if len(judged) == 1:  # "1 of 1 files pass" reads wrong
            tally = f"the file {'fails' if failed else 'passes'}"
        else:
            tally = f"{len(judged) - failed} of {len(judged)} files pass"
        out.print(f"{tally} {profile}{extra}{recorded}", highlight=False, soft_wrap=True)
    if not all(r.ok for r in reports):
        raise typer.Exit(1)


def _recorded_profile(paths: list[Path]) -> tuple[str, str]:
    """The profile the build of these folders (or of the files' folders) recorded in its
    qc.json, so a podcast book is checked as one; acx when none or several are recorded.
    Also the words that say where it came from."""
    import json

    from audiobook.config import PROFILE_NAMES

    found: dict[str, Path] = {}
    for path in paths:
        qc = (path if path.is_dir() else path.parent) / "qc.json"
        try:
            name = json.loads(qc.read_text(encoding="utf-8")).get("profile")
        except (OSError, ValueError, AttributeError):
            continue
        if name in PROFILE_NAMES:
            found.setdefault(name, qc)
    if len(found) != 1:
        return "acx", ""
    ((name, qc),) = found.items()
    return name, f" (the profile recorded in {qc}; --profile chooses another)"


@app.command()
def serve(
    folder: Annotated[Path, typer.Argument(help="A built book's folder (out/<book>).")] = Path(
        "out/the-masterpiece"
    ),
    host: Annotated[
        str, typer.Option("--host", help="Address to bind (loopback by default).")
    ] = "127.0.0.1",
    port: Annotated[
        int, typer.Option("--port", min=0, max=65535, help="Port (0: any free one).")
    ] = 8000,
    open_browser: Annotated[
        bool, typer.Option("--open", help="Open the player in the browser.")
    ] = False,
) -> None:
    """Serve a built book's folder over HTTP (with Range support) for its web player."""
    from audiobook.publish.serve import serve_forever

    if not (folder / "manifest.json").is_file():
        raise AudiobookError(f"{folder}: no built book here; run `audiobook build` first")
    if not (folder / "index.html").is_file():  # nothing at the address it would print
        raise AudiobookError(
            f"{folder}: this book was built with its player switched off; set "
            "`player = true` under [output] in book.toml and build again"
        )
    serve_forever(
        folder, host, port, open_browser,
        on_ready=lambda url: out.print(f"serving {folder} at {url}index.html (Ctrl-C stops)"),
    )  # fmt: skip


@app.command("open")
def open_player(
    manuscript: Annotated[Path | None, typer.Argument(help="Manuscript or book folder.")] = None,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Output folder.")] = None,
) -> None:
    """Build the book if needed, then open its read-along player in the default browser."""
    import webbrowser

    from audiobook.build.pipeline import build as run_build

    result = run_build(manuscript, output)  # unchanged books rebuild in about a second
    page = result.out_dir / "index.html"
    if not page.is_file():
        raise AudiobookError(f"{result.out_dir}: the player is switched off (output.player)")
    out.print(f"opening {page}")
    if not webbrowser.open(page.resolve().as_uri()):  # no browser here (a server, SSH)
        err.print(
            f"audiobook: no browser could be opened here; open {page.resolve()} in one by hand "
            f"(or `audiobook serve {result.out_dir}` and open the address it prints)",
            highlight=False, markup=False, soft_wrap=True,  # a path to copy: one line
        )  # fmt: skip


@app.command()
def studio(
    book: Annotated[Path, typer.Argument(help="A book folder (manuscript and book.toml).")],
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Output folder.")] = None,
    cache: Annotated[Path | None, typer.Option("--cache", help="Cache folder.")] = None,
    host: Annotated[
        str, typer.Option("--host", help="Address to bind (loopback by default).")
    ] = "127.0.0.1",
    port: Annotated[
        int, typer.Option("--port", min=0, max=65535, help="Port (0: any free one).")
    ] = 8765,
    no_open: Annotated[
        bool, typer.Option("--no-open", help="Do not open the browser.")
    ] = False,
) -> None:
    """Proof and fix a book by ear in a local web app; rebuild only what changed."""
    import webbrowser

    from audiobook.studio.app import Studio
    from audiobook.studio.server import LOOPBACK, run_studio

    session = Studio(book, output, cache)
    if host not in LOOPBACK:
        err.print(f"audiobook: warning: the studio is reachable from other machines on {host}",
                  highlight=False, markup=False)  # fmt: skip

    def ready(url: str) -> None:
        out.print(f"studio for {session.book} at {url} (Ctrl-C stops)", highlight=False)
        if not no_open:
            webbrowser.open(url)

    run_studio(session, host, port, on_ready=ready)


@app.command()
def plan(
    manuscript: Annotated[Path | None, typer.Argument(help="Manuscript or book folder.")] = None,
    script: Annotated[
        bool, typer.Option("--script", help="Print every segment as it will be spoken.")
    ] = False,
) -> None:
    """Show chapters, word counts, estimated durations, voices and repairs, without speaking."""
    from audiobook.build.pipeline import load_book, unmatched_settings
    from audiobook.text.segment import word_count

    if manuscript is not None and (books := _expand_books([manuscript])) != [manuscript]:
        raise AudiobookError(
            f"{manuscript}: a folder of {counted(len(books), 'book')}; plan takes one, e.g. "
            f"`audiobook plan {books[0]}`"
        )
    book, manuscript_, chapters = load_book(manuscript)
    if script:
        _print_script(book, chapters)
        return
    table = Table(title=f"{manuscript_.title} — {manuscript_.author}")
    for column in ("#", "chapter", "words", "segments", "est. minutes", "voices"):
        table.add_column(column)
    for chapter in chapters:
        count = sum(word_count(s.text) for s in chapter.segments if s.kind == "text")
        spoken = sum(word_count(s.spoken) for s in chapter.segments)
        pauses = sum(s.pause_after_ms for s in chapter.segments) / 60000
        voices = ", ".join(sorted({s.voice for s in chapter.segments}))
        minutes = spoken / 155 + pauses
        table.add_row(
            str(chapter.index),
            chapter.title,
            str(count),
            str(len(chapter.segments)),
            f"{minutes:.1f}",
            voices,
        )
    out.print(table)
    if manuscript_.language_note:  # the file's language set aside: say whose word won
        out.print(f"language: {manuscript_.language_note}", highlight=False, markup=False)
    _print_cast(book, chapters)
    if manuscript is not None and manuscript.is_dir():
        from audiobook.text.fixes import load_fixes

        fixes = load_fixes(book.folder)
        if fixes:
            out.print(f"fixes.toml: {counted(len(fixes), 'sentence')} spoken as fixed",
                      highlight=False)  # fmt: skip
    for repair in manuscript_.repairs:
        prefix = "" if repair.startswith("skipped") else "repaired: "
        out.print(f"{prefix}{repair}", highlight=False)
    _print_notes(book, manuscript_, chapters)
    for line in unmatched_settings(book, manuscript_, chapters):
        out.print(f"book.toml: {line}", highlight=False, markup=False)
    if book.config.cover:
        _print_cover(book.folder / book.config.cover)
    out.print(f"manuscript: {book.manuscript}")


def _print_cover(path: Path) -> None:
    """The cover's size, when a shop or player will mind it, or why a build will refuse it:
    seen in the plan, before an hour of speech, not as a warning scrolled past in the build."""
    from audiobook.errors import ConfigError
    from audiobook.publish.tags import cover_notes, image_size, read_cover

    try:
        if not path.is_file():
            raise ConfigError(f"cover {path}: no such file")
        read_cover_quietly = logging.getLogger("audiobook.publish.tags")
        level = read_cover_quietly.level
        read_cover_quietly.setLevel(logging.ERROR)  # its warnings are printed here, once
        try:
            data, _ = read_cover(path)
        finally:
            read_cover_quietly.setLevel(level)
    except ConfigError as exc:
        out.print(f"cover: {str(exc).removeprefix('cover ')}; the build will stop here",
                  highlight=False, markup=False)  # fmt: skip
        return
    for note in cover_notes(*image_size(data)):
        out.print(f"cover: {path.name}: {note}", highlight=False, markup=False)


def _print_script(book, chapters) -> None:  # type: ignore[no-untyped-def]
    """The script as the engine gets it, one segment a line: what a proof-reader
    checks before spending an hour of speech (notes, title pages, numbers said
    aloud). A voice other than the narrator's is named in brackets; a blank line
    ends a paragraph, and a longer rest (a title, a scene break) is shown."""
    narrator = book.config.voice
    paragraph_ms = book.config.pauses.paragraph_ms
    for chapter in chapters:
        out.print(f"== {chapter.index}. {chapter.title}", highlight=False, markup=False)
        paragraph = None
        for seg in chapter.segments:
            if paragraph is not None and seg.paragraph != paragraph:
                out.print("", highlight=False)
            paragraph = seg.paragraph
            who = "" if seg.voice == narrator else f"[{seg.voice}] "
            pause = f"  (+{seg.pause_after_ms} ms)" if seg.pause_after_ms > paragraph_ms else ""
            line = f"{who}{seg.spoken}{pause}"
            out.print(line, highlight=False, markup=False, soft_wrap=True)
        out.print("", highlight=False)


def _print_notes(book, manuscript_, chapters) -> None:  # type: ignore[no-untyped-def]
    """How many notes were found and where they go, and everything left out, and why."""
    mode = book.config.notes.mode
    read = sum(1 for ch in manuscript_.chapters for p in ch.paragraphs for _ in p.notes)
    skipped = sum(1 for o in manuscript_.omitted if o.why.startswith("[notes]"))
    where = {"chapter-end": "read at the end of their chapter", "inline": "read after the "
             "sentence that cites them", "skip": "not read"}[mode]  # fmt: skip
    if read or skipped:
        out.print(f'notes: {read + skipped} found; [notes] mode = "{mode}": {where}',
                  highlight=False, markup=False)  # fmt: skip
    for item in manuscript_.omitted:
        words = len(item.text.split())
        size = f", {counted(words, 'word')}" if words else ""
        out.print(f"left out: {item.what} ({item.why}{size})", highlight=False, markup=False)
    mine = {word.lower() for word in book.config.pronounce}
    for word, said in manuscript_.pronounce:  # the guide's and the glosses': check them
        wins = " (book.toml's [pronounce] says otherwise: it wins)" if word.lower() in mine else ""
        out.print(f'pronounced as the book says: {word} = "{said}"{wins}', highlight=False,
                  markup=False)  # fmt: skip


def _print_cast(book, chapters) -> None:  # type: ignore[no-untyped-def]
    """Who speaks: each voice profile, its engine voice, and how many segments it reads."""
    from collections import Counter

    from audiobook.build.pipeline import voice_profiles

    lines = Counter(seg.voice for ch in chapters for seg in ch.segments)
    characters: dict[str, list[str]] = {}
    for name, profile_name in book.config.cast.items():
        characters.setdefault(profile_name, []).append(name)
    profiles = voice_profiles(chapters, book)
    table = Table(title="Cast")
    for column in ("voice profile", "speaks for", "engine voice", "segments"):
        table.add_column(column)
    for name, profile in sorted(profiles.items()):
        who = ", ".join(characters.get(name, [])) or (
            "narration" if name == book.config.voice else ""
        )
        if name == book.config.voice and characters.get(name):
            who = f"narration, {who}"
        table.add_row(name, who, f"{profile.engine}: {profile.voice}", str(lines[name]))
    out.print(table)


@app.command()
def voices(
    language: Annotated[
        str | None, typer.Option("--language", "-l", help="Only voices for this language.")
    ] = None,
) -> None:
    """List installed voices: id, name, language, gender, engine.

    Into a pipe or a file, one voice a line, its fields separated by tabs."""
    from audiobook.speech.engines import ENGINES, get_engine

    rows: list[tuple[str, ...]] = []
    for name in ENGINES:
        try:
            found = get_engine(name).voices()
        except AudiobookError as exc:
            err.print(f"{name}: {describe(exc)}", highlight=False, markup=False)
            continue
        for v in found:
            if language and not v.language.lower().startswith(language.lower()):
                continue
            rows.append((v.id, v.name, v.language, v.gender, v.engine))
    if language and not rows:
        raise AudiobookError(
            f"no installed voice for language '{language}'; `audiobook voices` lists them all"
        )
    if not out.is_terminal:  # whole ids for grep and cut, whatever the width
        sys.stdout.write("".join("\t".join(row) + "\n" for row in rows))  # rich expands tabs
        return
    table = Table()
    table.add_column("id", no_wrap=True)  # what a profile's `voice` is: never cut
    for column in ("name", "language", "gender", "engine"):
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(*row)
    out.print(table)


@app.command()
def say(
    text: Annotated[str, typer.Argument(help="What to say.")],
    voice: Annotated[
        str,
        typer.Option(
            "--voice", "-v", help="Voice profile name (voices/*.toml) or engine voice id."
        ),
    ] = "narrator",
    output: Annotated[
        Path, typer.Option("--output", "-o", help="MP3 (or WAV) file to write.")
    ] = Path("say.mp3"),
) -> None:
    """Speak TEXT in a voice into a file, to hear a voice before choosing it."""
    import re
    from dataclasses import replace

    from audiobook.audio.pcm import pcm_to_segment
    from audiobook.config import load_voice, unknown_voice, voice_file
    from audiobook.errors import ConfigError, EngineError
    from audiobook.files import atomic_path
    from audiobook.speech.synthesize import engine_for
    from audiobook.text.normalize import to_spoken

    fmt = _say_format(output)  # before speaking: a long text is not spoken for nothing
    spoken = to_spoken(text)
    if not re.search(r"\w", spoken):
        raise AudiobookError('nothing to say; give some words, e.g. audiobook say "Hello there."')
    # in a book's folder, its own voices/ first, as its build looks them up
    here = Path.cwd() if Path("voices").is_dir() else None
    if voice_file(voice, here) is not None:
        profile = load_voice(voice, here)
    else:  # an engine voice id, spoken at the narrator's pace and pitch
        profile = replace(load_voice("narrator"), name=voice, voice=voice, source=None)
    engine = engine_for(profile)
    try:
        engine.check_voice(profile)
    except ConfigError as exc:
        if profile.source is not None:
            raise  # the profile's own voice: its file is named
        profiles = unknown_voice(voice, here).partition("; ")[2]
        engine_hint = str(exc).partition("; ")[2] or "see `audiobook voices`"
        raise ConfigError(
            f"unknown voice '{voice}': neither a voice profile ({profiles}) "
            f"nor an engine voice id ({engine_hint})"
        ) from exc
    speech = engine.synthesize(spoken, profile)
    if len(speech.pcm) == 0:
        raise EngineError(f'the engine produced no audio for "{text[:40]}"')
    segment = pcm_to_segment(speech.pcm, speech.sample_rate)
    params = {"bitrate": "192k"} if fmt == "mp3" else {}
    try:
        with atomic_path(output) as tmp:
            segment.export(str(tmp), format=fmt, **params)
    except Exception as exc:
        raise AudiobookError(f"cannot write {output}: {exc}") from exc
    out.print(f"wrote {output} ({speech.duration_ms / 1000:.1f} s, voice {profile.voice})")


_SAY_FORMATS = ("mp3", "wav", "flac", "ogg")
"""What `say` writes, by the output file's ending."""


def _say_format(output: Path) -> str:
    """The audio format `say -o` names by its ending; AudiobookError, one line, for what
    it cannot write: a folder, a name with no ending (`noext`, `.mp3`: a hidden file
    with no ending), another ending, or a folder that is not there."""
    endings = ", ".join(f".{name}" for name in _SAY_FORMATS)
    if output.is_dir() or output.name in ("", ".", ".."):
        raise AudiobookError(f"-o {output}: a folder; name a file, e.g. {output}/say.mp3")
    fmt = output.suffix.lower().lstrip(".")
    if not fmt:
        hidden = output.name.lstrip(".").lower() in _SAY_FORMATS  # `-o .mp3`: no stem
        example = output.with_name(f"say{output.name}" if hidden else f"{output.name}.mp3")
        raise AudiobookError(f"-o {output}: no ending to tell the format; name a file ending "
                             f"in {endings}, e.g. {example}")  # fmt: skip
    if fmt not in _SAY_FORMATS:
        raise AudiobookError(f"{output}: cannot write .{fmt} audio; name a file ending in "
                             f"{endings}")  # fmt: skip
    if not output.parent.is_dir():
        raise AudiobookError(f"{output}: no folder {output.parent}; make it, or write elsewhere")
    return fmt


@app.command()
def doctor(
    cluster: Annotated[
        str | None,
        typer.Option("--cluster", help="Also show every worker of this Dask cluster."),
    ] = None,
) -> None:
    """Show which engine, voices, speech library and ffmpeg this machine uses."""
    if cluster:
        _doctor_cluster(cluster)
        return
    from audiobook.speech.engines import ENGINES
    from audiobook.tools import ffmpeg_path, ffmpeg_version, ffprobe_path

    table = Table(show_header=False)
    table.add_column("what")
    table.add_column("found", overflow="fold")  # paths whole, over two lines if need be
    table.add_row("python", sys.version.split()[0])
    for name, cls in ENGINES.items():
        ok, why = cls.available()
        if not ok:
            table.add_row(f"engine {name}", f"[red]disabled because {why}")
            continue
        from audiobook.speech.engines import get_engine

        engine = get_engine(name)
        table.add_row(f"engine {name}", engine.version())
        library = getattr(engine, "library", None)
        if library:
            table.add_row("speech library", library())
        found = engine.voices()
        english = [v.id for v in found if v.language.startswith("en")]
        table.add_row(
            "voices", f"{len(found)} ({len(english)} English: {', '.join(english[:6])} …)"
        )
    try:
        table.add_row("ffmpeg", f"{ffmpeg_path()} — {ffmpeg_version()}")
    except AudiobookError as exc:
        table.add_row("ffmpeg", f"[red]{describe(exc)}")
    table.add_row("ffprobe", ffprobe_path() or "not on PATH (not needed)")
    from audiobook.audio.encode import encoder_version

    table.add_row("MP3 encoder", encoder_version())
    import soundfile

    table.add_row("MP3 decoder (build check)", f"libsndfile {soundfile.__libsndfile_version__}")
    from audiobook.speech.cache import default_cache_dir

    table.add_row("cache", str(default_cache_dir()))
    out.print(table)


def _doctor_cluster(address: str) -> None:
    """Each worker's engines, voices and versions beside this machine's; differences in red."""
    from audiobook.build.cluster import connect, probe

    client, local = connect(address)
    try:
        found = client.run(probe)
    finally:
        client.close()
        if local is not None:
            local.close()
    ours = probe()
    table = Table(title=f"Dask cluster {address}: {counted(len(found), 'worker')}")
    table.add_column("what")
    table.add_column("this machine")
    for worker in sorted(found):
        table.add_column(worker)
    for what, value in ours.items():
        cells = [v if (v := found[w].get(what, "missing")) == value else f"[red]{v}"
                 for w in sorted(found)]  # fmt: skip
        table.add_row(what, value, *cells)
    out.print(table)


@app.command()
def proof(
    out_dir: Annotated[
        Path, typer.Argument(help="A built book's output folder (the one with manifest.json).")
    ],
    chapter: Annotated[
        list[int] | None,
        typer.Option("--chapter", "-c", help="Only this chapter number (repeatable)."),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print proof.json's content.")] = False,
) -> None:
    """Proof-listen a built book offline; flag missing, cut-off, mistimed or garbled audio.

    Every language's audio is checked against the manifest's timing; the words too in
    English. Writes proof.json; exits 1 when a segment or chapter needs checking."""
    import json

    from audiobook.proof import format_table
    from audiobook.proof import proof as run_proof

    _check_built_folder(out_dir)
    with err.status("proof-listening …"):
        report = run_proof(out_dir, chapters=chapter or None)
    if as_json:
        out.print_json(json.dumps(report.to_dict()))
    else:
        out.print(format_table(report))
    if not report.ok:
        raise typer.Exit(1)


def _check_built_folder(path: Path) -> None:
    """Refuse, with a line that fits, what is not a built book's folder: a missing path,
    a manuscript, or a book's source folder (pointing to where its build goes)."""
    from audiobook.text.ingest import ALL_SUFFIXES

    if (path / "manifest.json").is_file():
        return
    if not path.exists():
        raise AudiobookError(f"{path}: no such folder; give a built book's folder (out/<book>)")
    source = path.is_file() and path.suffix.lower() in ALL_SUFFIXES
    if path.is_dir():
        source = (path / "book.toml").is_file() or any(
            p.is_file() and p.suffix.lower() in ALL_SUFFIXES for p in path.iterdir()
        )
    if not source:
        what = "a file" if path.is_file() else "no manifest.json here"
        raise AudiobookError(f"{path}: {what}; give a built book's folder (the one with "
                             "manifest.json), or build the book first")  # fmt: skip
    kind = "a manuscript" if path.is_file() else "a book's source folder"
    try:
        from audiobook.build.pipeline import load_book
        from audiobook.publish.tags import slug

        _, manuscript, _ = load_book(path)
        built = Path("out") / slug(manuscript.title)
    except AudiobookError:
        built = None
    if built is not None and (built / "manifest.json").is_file():
        hint = f"proof the folder its build wrote: audiobook proof {built}"
    else:
        where = f" (by default into {built})" if built is not None else ""
        hint = f"proof the folder its build wrote (its -o){where}, or build it first"
    raise AudiobookError(f"{path} is {kind}; {hint}")


def _local_cache(where: str) -> Path:
    """The cache folder `info` and `clear` look at, never made by looking; a file there is
    no cache (a build refuses it too: `speech.cache.cache_folder`)."""
    root = Path(where)
    if root.exists() and not root.is_dir():
        raise AudiobookError(f"the cache {root} is a file; point --cache or AUDIOBOOK_CACHE at one")
    return root


@cache_app.command("info")
def cache_info(
    cache: Annotated[str | None, typer.Option("--cache", help="Cache folder or URL.")] = None,
) -> None:
    """Where the cache is and how much it holds."""
    from audiobook.speech.cache import SegmentCache, cache_setting, is_url, segments_in

    where = str(cache or cache_setting())
    if is_url(where):  # the shared cache behind a URL: its segments
        info = segments_in(where).info()
        out.print(f"{where}: {counted(info.entries, 'segment')}, {info.bytes / 1e6:.1f} MB")
        return
    root = _local_cache(where)
    info = SegmentCache(root / "segments").info()
    chapters = list((root / "chapters").glob("*.mp3")) if (root / "chapters").is_dir() else []
    size = info.bytes + sum(p.stat().st_size for p in chapters)
    out.print(
        f"{root}: {counted(info.entries, 'segment')}, {counted(len(chapters), 'chapter part')}, "
        f"{size / 1e6:.1f} MB"
    )


@cache_app.command("clear")
def cache_clear(
    cache: Annotated[str | None, typer.Option("--cache", help="Cache folder or URL.")] = None,
) -> None:
    """Delete every cached segment, chapter part and segmented script."""
    import shutil

    from audiobook.speech.cache import SegmentCache, cache_setting, clearing, is_url, segments_in

    where = str(cache or cache_setting())
    if is_url(where):  # the shared cache: its segments (chapter parts beside them stay)
        count = segments_in(where).clear()
        out.print(f"cleared {counted(count, 'segment')} from {where}")
        return
    root = _local_cache(where)
    with clearing(root):  # not while a build uses it
        count = SegmentCache(root / "segments").clear()
        shutil.rmtree(root / "chapters", ignore_errors=True)
        shutil.rmtree(root / "scripts", ignore_errors=True)
    out.print(f"cleared {counted(count, 'segment')} from {root}")


def main() -> None:
    """Entry point: our errors become one line on stderr and exit code 2."""
    _forgiving_stdout()
    try:
        code = app(standalone_mode=False)  # click returns an Exit's code in this mode
        if isinstance(code, int) and code:
            sys.exit(code)
    except (AudiobookError, OSError, KeyboardInterrupt) as exc:
        _fail(exc)
    except typer.Exit as exc:
        sys.exit(exc.exit_code)
    except typer.Abort:
        sys.exit(1)
    except Exception as exc:
        if hasattr(exc, "show") and hasattr(exc, "exit_code"):  # click's usage errors
            exc.show()
            sys.exit(exc.exit_code)
        if _state["verbose"]:
            raise
        _fail(exc)


def _forgiving_stdout() -> None:
    """Let stdout escape what its encoding cannot show, as Python's stderr already does.

    A console whose code page cannot show a book's title (PYTHONIOENCODING=ascii, a
    cp437/cp1252 Windows console and a Russian book) must not turn a finished build
    into an internal error at its result line: `Caf\\xe9` is readable, a crash is not."""
    reconfigure = getattr(sys.stdout, "reconfigure", None)
    if reconfigure is None:  # replaced by a test runner or a wrapper: theirs to decide
        return
    import contextlib

    with contextlib.suppress(ValueError, OSError):  # a closed or detached stream
        reconfigure(errors="backslashreplace")


def _fail(exc: BaseException) -> NoReturn:
    """Show the exception as its one line (errors.render decides it) and exit."""
    rendered = render(exc)
    if _state["verbose"] and not isinstance(exc, KeyboardInterrupt | BuildInterrupted):
        err.print_exception()
    err.print(rendered.line, highlight=False, markup=False, soft_wrap=True)
    sys.stderr.flush()
    if rendered.code == EXIT_INTERRUPTED:
        os._exit(rendered.code)  # do not wait for chapter threads still finishing an encode
    sys.exit(rendered.code)
