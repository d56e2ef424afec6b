"""The output folder is replaced whole by each build: nothing of the user's may go with it.

Real builds of a two-chapter book through the real command; each case checks the
user's files byte for byte afterwards.
"""

from __future__ import annotations

import json
from pathlib import Path

from audiobook.build.staging import STATE_FILE

from conftest import SHORT_BOOK, run_cli

OTHER_BOOK = SHORT_BOOK.replace("The Little Test", "A Second Test")


def _build(*args: str, cwd: Path | None = None):  # type: ignore[no-untyped-def]
    return run_cli("build", *args, "--quiet", cwd=cwd)


def _refused(result, *words: str) -> None:  # type: ignore[no-untyped-def]
    assert result.returncode == 2, result.stdout + result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("audiobook: error:"), result.stderr
    for word in words:
        assert word in lines[0], lines[0]


def test_a_manuscript_inside_the_output_folder_is_never_deleted(make_book, tmp_path):
    folder = make_book({"story.md": SHORT_BOOK})
    assert _build(str(folder / "story.md"), cwd=tmp_path).returncode == 0
    out = tmp_path / "out" / "the-little-test"  # the default folder, from the title
    kept = out / "story.md"
    edited = SHORT_BOOK.replace("an hour", "two hours")  # a real rebuild, not "up to date"
    kept.write_text(edited, encoding="utf-8")  # the author keeps it with the audio
    for args in ((), ("-o", str(out)), ("-o", str(out), "--force")):
        _refused(_build(str(kept), *args, cwd=tmp_path), "holds the manuscript", "-o")
        assert kept.read_text(encoding="utf-8") == edited


def test_the_current_folder_is_never_the_output(make_book, tmp_path):
    folder = make_book({"story.md": SHORT_BOOK})
    work = tmp_path / "work"
    work.mkdir()
    (work / "drafts.txt").write_text("chapter drafts")
    _refused(_build(str(folder / "story.md"), "-o", ".", "--force", cwd=work), "current folder")
    assert (work / "drafts.txt").read_text() == "chapter drafts"


def test_a_folder_of_other_files_is_refused_even_with_force(make_book, tmp_path):
    folder = make_book({"story.md": SHORT_BOOK})
    app = tmp_path / "webapp"
    app.mkdir()
    # a web app's manifest is no audiobook: only the build's state file says so
    (app / "manifest.json").write_text('{"name": "My PWA", "start_url": "/"}')
    (app / "app.js").write_text("precious")
    for force in ((), ("--force",)):
        _refused(_build(str(folder / "story.md"), "-o", str(app), *force), "not an audiobook",
                 "app.js")  # fmt: skip
    assert (app / "app.js").read_text() == "precious"
    assert sorted(p.name for p in app.iterdir()) == ["app.js", "manifest.json"]


def test_a_file_given_as_the_output_is_refused_even_with_force(make_book, tmp_path):
    folder = make_book({"story.md": SHORT_BOOK})
    target = tmp_path / "notes.txt"
    target.write_text("mine")
    _refused(_build(str(folder / "story.md"), "-o", str(target), "--force"), "is a file")
    assert target.read_text() == "mine"


def test_files_the_user_adds_to_a_built_folder_are_kept(make_book, tmp_path):
    folder = make_book({"story.md": SHORT_BOOK})
    out = tmp_path / "out"
    assert _build(str(folder / "story.md"), "-o", str(out)).returncode == 0
    (out / "review-notes.txt").write_text("three hours of work")
    (out / "artwork").mkdir()
    (out / "artwork" / "cover.psd").write_bytes(b"psd")
    # unchanged book: up to date, the notes do not make it build again
    again = run_cli("build", str(folder / "story.md"), "-o", str(out))
    assert again.returncode == 0 and "up to date" in again.stdout + again.stderr
    # a chapter renamed: a real rebuild, which drops the old chapter's files, not the notes
    (folder / "story.md").write_text(SHORT_BOOK.replace("## Two", "## Deux"), encoding="utf-8")
    assert _build(str(folder / "story.md"), "-o", str(out)).returncode == 0
    assert (out / "review-notes.txt").read_text() == "three hours of work"
    assert (out / "artwork" / "cover.psd").read_bytes() == b"psd"
    assert (out / "02 Deux.mp3").is_file() and not (out / "02 Two.mp3").exists()
    assert not (out / "02 Two.srt").exists()  # the build's own files are the build's
    names = json.loads((out / STATE_FILE).read_text())[".made"]["info"]["names"]
    assert "review-notes.txt" not in names and "02 Deux.mp3" in names


def test_a_built_book_of_another_title_needs_force(make_book, tmp_path):
    first = make_book({"story.md": SHORT_BOOK}, name="first")
    second = make_book({"story.md": OTHER_BOOK}, name="second")
    out = tmp_path / "out"
    assert _build(str(first / "story.md"), "-o", str(out)).returncode == 0
    before = (out / "manifest.json").read_bytes()
    _refused(_build(str(second / "story.md"), "-o", str(out)), "holds another book", "--force")
    assert (out / "manifest.json").read_bytes() == before
    assert _build(str(second / "story.md"), "-o", str(out), "--force").returncode == 0
    assert json.loads((out / "manifest.json").read_text())["title"] == "A Second Test"


def test_two_books_of_one_title_in_a_catalog_do_not_share_a_folder(make_book, tmp_path):
    catalog = tmp_path / "catalog"
    make_book({"story.txt": "The first morning of the voyage was calm.\n"}, name="catalog/vol1")
    make_book({"story.txt": "The second voyage began in rain.\n"}, name="catalog/vol2")
    make_book({"story.md": SHORT_BOOK}, name="catalog/other")
    result = _build(str(catalog), cwd=tmp_path)
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    clash = [line for line in lines if "would both be written to" in line]
    assert len(clash) == 1 and "vol1" in clash[0] and "vol2" in clash[0], result.stderr
    assert "1 of 3 books failed" in result.stderr
    built = sorted(p.name for p in (tmp_path / "out").iterdir() if not p.name.startswith("."))
    assert built == ["story", "the-little-test"]
    manifest = json.loads((tmp_path / "out" / "story" / "manifest.json").read_text())
    spoken = " ".join(s["text"] for c in manifest["chapters"] for s in c["segments"])
    assert "first morning" in spoken  # the first book, whole; the second was not started


def test_a_disk_error_in_one_book_of_a_catalog_fails_it_alone(make_book, tmp_path, monkeypatch):
    import errno

    from audiobook.build import pipeline

    first = make_book({"story.md": SHORT_BOOK}, name="catalog/first")
    second = make_book({"story.md": OTHER_BOOK}, name="catalog/second")
    real = pipeline.write_listening

    def full_disk(run, manifest, full_book):  # type: ignore[no-untyped-def]
        if manifest["title"] == "A Second Test":  # this book's disk is full, not the other's
            raise OSError(errno.ENOSPC, "No space left on device", str(run.staging.dir))
        return real(run, manifest, full_book)

    monkeypatch.setattr(pipeline, "write_listening", full_disk)
    monkeypatch.chdir(tmp_path)
    results = pipeline.build_catalog([first, second], cache_dir=tmp_path / "cache")
    assert isinstance(results[0], pipeline.BuildResult)
    assert (tmp_path / "out" / "the-little-test" / "manifest.json").is_file()
    assert isinstance(results[1], pipeline.AudiobookError)
    assert "no space left on the disk" in str(results[1]) and "second" in str(results[1])
    assert not (tmp_path / "out" / "a-second-test").exists()  # nothing half-written


def test_two_builds_of_one_folder_at_once_never_mix_their_files(tmp_path, monkeypatch):
    """The second to finish replaces the first's folder whole: the first's files are a
    build's, not the user's, though the second began before they were there."""
    import os

    from audiobook.build import staging
    from audiobook.build.staging import Staging

    out = tmp_path / "out"
    first = Staging(out, "A Book")
    real = os.getpid()
    monkeypatch.setattr(staging.os, "getpid", lambda: real + 1)  # another process
    second = Staging(out, "A Book")  # both began on an empty folder
    monkeypatch.setattr(staging.os, "getpid", lambda: real)
    first.path("01 One.mp3").write_bytes(b"first")
    first.record("01 One.mp3", "k1")
    first.commit()
    (out / "notes.txt").write_text("mine")  # the user's, added between the two
    monkeypatch.setattr(staging.os, "getpid", lambda: real + 1)
    second.path("01 Uno.mp3").write_bytes(b"second")
    second.record("01 Uno.mp3", "k2")
    second.commit()
    assert sorted(p.name for p in out.iterdir()) == [".build-state.json", "01 Uno.mp3", "notes.txt"]


def test_a_damaged_state_file_still_keeps_the_users_files(tmp_path):
    """A hand-edited or half-written state file is no reason to lose the user's files."""
    from audiobook.build.staging import STATE_FILE as STATE
    from audiobook.build.staging import Staging

    out = tmp_path / "out"
    out.mkdir()
    (out / STATE).write_text('{".made": ["not", "a", "dict"], "01 One.mp3": 5}')
    (out / "01 One.mp3").write_bytes(b"old")
    (out / "notes.txt").write_text("mine")
    build = Staging(out, "A Book")
    build.path("01 One.mp3").write_bytes(b"new")
    build.commit()
    assert (out / "notes.txt").read_text() == "mine" and (out / "01 One.mp3").read_bytes() == b"new"
