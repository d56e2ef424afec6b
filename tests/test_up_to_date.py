"""A rebuild with nothing changed stops at the sealed output folder; any changed
input, or a damaged output file, builds again (and the same bytes come out)."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from audiobook.build import pipeline
from audiobook.build.executor import LocalExecutor
from audiobook.build.pipeline import build, build_key, load_book, voice_profiles
from audiobook.build.staging import seal_path
from audiobook.models import BuildResult
from audiobook.speech.engines.pyttsx3_engine import Pyttsx3Engine
from audiobook.speech.synthesize import plan_jobs
from audiobook.text.fixes import segment_ids
from audiobook.text.ingest import sample_book_dir

TEXT = (
    "# The Lighthouse\n\n"
    "The keeper climbed the stairs at dusk. \u201cIs the lamp lit?\u201d asked his daughter.\n\n"
    "# The Storm\n\n"
    "By midnight the sea had risen.* He wrote it all down in the log.\n\n"
    "* The log survives in the county archive.\n"
)


def write(folder: Path, toml: str = "") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "book.md").write_text(TEXT, encoding="utf-8")
    (folder / "book.toml").write_text(
        'title = "The Keeper"\nauthor = "A. Writer"\nmanuscript = "book.md"\n' + toml,
        encoding="utf-8",
    )
    return folder


def files(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(out.iterdir())}


def same(a: BuildResult, b: BuildResult) -> bool:
    """Equal results but for the stage times."""
    return replace(a, stats={}) == replace(b, stats={})


class Ran:
    """Counts what a build started: plan runs and engine pools."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.plans = 0
        self.pools = 0
        self.events: list[str] = []
        real_run, real_start = LocalExecutor.run, pipeline.start_workers

        def run(executor, plan, *args, **kwargs):  # type: ignore[no-untyped-def]
            self.plans += 1
            return real_run(executor, plan, *args, **kwargs)

        def start(*args, **kwargs):  # type: ignore[no-untyped-def]
            self.pools += 1
            return real_start(*args, **kwargs)

        monkeypatch.setattr(LocalExecutor, "run", run)
        monkeypatch.setattr(pipeline, "start_workers", start)

    def build(self, book: Path, out: Path, cache: Path, **kwargs):  # type: ignore[no-untyped-def]
        self.plans = self.pools = 0
        self.events = []
        return build(book, out, cache_dir=cache, on_event=lambda e: self.events.append(e.stage),
                     **kwargs)  # fmt: skip


def test_nothing_changed_runs_nothing_and_a_damaged_file_is_made_again(tmp_path, monkeypatch):
    book, out, cache = write(tmp_path / "book"), tmp_path / "out", tmp_path / "cache"
    ran = Ran(monkeypatch)
    first = ran.build(book, out, cache)
    assert ran.plans == 1 and seal_path(cache / "sealed", out).is_file()  # beside the folder
    made = files(out)
    times = {p.name: p.stat().st_mtime_ns for p in out.iterdir()}

    again = ran.build(book, out, cache)
    assert (ran.plans, ran.pools, ran.events) == (0, 0, ["up to date"])
    assert same(again, first)  # the same result, timings and all, read from the folder
    assert {p.name: p.stat().st_mtime_ns for p in out.iterdir()} == times  # nothing written

    # A truncated chapter file and a deleted M4B: built again, byte for byte
    chapter = out / first.chapters[1].file.name
    chapter.write_bytes(chapter.read_bytes()[:1000])
    (out / "the-keeper.m4b").unlink()
    assert same(ran.build(book, out, cache), first)
    assert ran.plans == 1 and ran.pools == 0  # the speech was all in the cache
    assert files(out) == made

    # A file of the user's left in the folder: kept, and no reason to build again
    (out / "notes.txt").write_text("mine")
    ran.build(book, out, cache)
    assert ran.events == ["up to date"]

    # A file changed in place at the same size: built again, the user's file kept
    style = out / "player.css"
    data = style.read_bytes()
    style.write_bytes(data[:-1] + (b" " if data.endswith(b"\n") else b"\n"))
    ran.build(book, out, cache)
    assert ran.plans == 1 and files(out) == {**made, "notes.txt": b"mine"}

    ran.build(book, out, cache)
    assert ran.plans == 0  # sealed again by the rebuild

    # what `audiobook proof` writes into the folder is not the build's: it stays
    (out / "proof.json").write_text('{"chapters": []}', encoding="utf-8")
    ran.build(book, out, cache)
    assert ran.events == ["up to date"] and (out / "proof.json").is_file()


@pytest.mark.parametrize(
    "change",
    ["manuscript", "setting", "fixes", "voice"],
)
def test_any_changed_input_builds_again(tmp_path, monkeypatch, change):
    book, out, cache = write(tmp_path / "book"), tmp_path / "out", tmp_path / "cache"
    ran = Ran(monkeypatch)
    ran.build(book, out, cache)
    before = files(out)
    options = {}
    if change == "manuscript":
        text = (book / "book.md").read_text().replace("at dusk", "at nightfall")
        (book / "book.md").write_text(text, encoding="utf-8")
    elif change == "setting":
        (book / "book.toml").write_text((book / "book.toml").read_text() + 'year = "1911"\n')
    elif change == "fixes":
        _, _, chapters = load_book(book, None)
        chapter = chapters[1]
        i = next(i for i, s in enumerate(chapter.segments) if "midnight" in s.text)
        (book / "fixes.toml").write_text(
            f'[[fix]]\nsegment = "{segment_ids(chapter)[i]}"\n'
            'spoken = "By midnight the sea had risen high."\n',
            encoding="utf-8",
        )
    else:
        options["voice"] = "female"
    result = ran.build(book, out, cache, **options)
    assert ran.plans == 1 and "up to date" not in ran.events
    assert files(out) != before
    ran.build(book, out, cache, **options)
    assert ran.plans == 0 and same(ran.build(book, out, cache, **options), result)


def test_the_build_key_holds_engine_version_room_tone_and_ffmpeg(tmp_path, monkeypatch):
    """Inputs a user does not edit in the book folder: each one changes the key."""
    book = shutil.copytree(sample_book_dir(), tmp_path / "book")
    source, manuscript, chapters = load_book(book, None)
    profiles = voice_profiles(chapters, source, None)
    tags = pipeline._tags(manuscript, source.config, source)

    def key() -> str:
        pipeline._toolchain.cache_clear()
        rows = plan_jobs(chapters, profiles, None)
        return build_key(source, chapters, profiles, rows, tags, None, None)

    base = key()
    assert key() == base  # deterministic

    real_version = Pyttsx3Engine.version
    monkeypatch.setattr(Pyttsx3Engine, "version", lambda self: real_version(self) + " patched")
    assert key() != base
    monkeypatch.undo()
    assert key() == base

    tone = tmp_path / "room-tone.wav"
    from audiobook.audio import master

    tone.write_bytes(master.room_tone_file().read_bytes() + b"\0\0")
    monkeypatch.setattr(master, "room_tone_file", lambda: tone)
    assert key() != base
    monkeypatch.undo()

    from audiobook import tools

    ffmpeg = tmp_path / "ffmpeg"
    ffmpeg.write_bytes(Path(tools.ffmpeg_path()).read_bytes()[:4096])
    monkeypatch.setenv("AUDIOBOOK_FFMPEG", str(ffmpeg))
    assert key() != base
    monkeypatch.undo()
    assert key() == base

    cover = dict(vars(tags), cover=b"\xff\xd8 another cover")
    assert build_key(source, chapters, profiles, plan_jobs(chapters, profiles, None),
                     type(tags)(**cover), None, None) != base  # fmt: skip
    pipeline._toolchain.cache_clear()


def test_the_book_named_by_another_path_is_still_up_to_date(tmp_path, monkeypatch):
    """The studio names a book by its absolute path, the command line by the one typed:
    the same settings build the same folder, so neither builds it again after the other."""
    book, out, cache = write(tmp_path / "book"), tmp_path / "out", tmp_path / "cache"
    ran = Ran(monkeypatch)
    monkeypatch.chdir(tmp_path)
    ran.build(Path("book"), out, cache)
    assert ran.plans == 1
    ran.build(book.resolve(), out, cache)
    assert ran.events == ["up to date"]
