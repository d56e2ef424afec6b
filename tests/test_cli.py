"""The command line: bad input gets one clear line and exit code 2; the helpers work."""

from __future__ import annotations

import pytest
from mutagen.mp3 import MP3

from conftest import SHORT_BOOK, run_cli


@pytest.mark.parametrize(
    ("files", "target", "message"),
    [
        ({}, "missing.txt", "no such file"),
        ({"empty.txt": ""}, "empty.txt", "empty"),
        ({"blank.txt": "  \n\n\t\n"}, "blank.txt", "empty"),
        ({"image.txt": b"\x89PNG\r\n\x1a\n" + bytes(64)}, "image.txt", "PNG image"),
        ({"notes.rst": "text"}, ".", "no manuscript"),
        (
            {"book.toml": 'title = "T"\nspeed = 3\n', "m.txt": "Hi."},
            ".",
            "unknown key 'speed' (line 2, column 1)",
        ),
        ({"book.toml": 'voice = "narator"\n', "m.txt": "Hi."}, ".", "did you mean narrator"),
        (
            {
                "book.toml": 'voice = "odd"\n',
                "voices/odd.toml": 'voice = "gmw/en-uss"\n',
                "m.txt": "Hi.",
            },
            ".",
            "close matches: gmw/en-us",
        ),
    ],
)
def test_bad_input_is_one_line_exit_2_and_nothing_written(
    make_book, tmp_path, files, target, message
):
    folder = make_book(files)
    out = tmp_path / "out"
    result = run_cli("build", str(folder / target), "-o", str(out), "--quiet")
    assert result.returncode == 2, result.stdout + result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("audiobook: error:")
    assert message in lines[0]
    assert "Traceback" not in result.stderr
    assert not out.exists()


def test_output_folder_of_another_book_is_not_overwritten(make_book, tmp_path):
    folder = make_book({"story.md": SHORT_BOOK})
    out = tmp_path / "out"
    out.mkdir()
    (out / "manifest.json").write_text('{"title": "Some Other Book"}')
    (out / ".build-state.json").write_text("{}")  # what makes the folder a built book
    result = run_cli("build", str(folder / "story.md"), "-o", str(out), "--quiet")
    assert result.returncode == 2
    assert "holds another book" in result.stderr and "--force" in result.stderr
    assert (out / "manifest.json").read_text() == '{"title": "Some Other Book"}'


def test_markdown_book_builds_with_its_chapters(make_book, tmp_path):
    folder = make_book({"story.md": SHORT_BOOK})
    out = tmp_path / "out"
    result = run_cli("build", str(folder / "story.md"), "-o", str(out), "--quiet")
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in out.glob("*.mp3")) == [
        "01 One.mp3", "02 Two.mp3", "sample.mp3", "the-little-test.mp3",
    ]  # fmt: skip


def test_say_writes_a_playable_mp3(tmp_path):
    target = tmp_path / "hello.mp3"
    result = run_cli("say", "Hello from the narrator.", "-v", "female", "-o", str(target))
    assert result.returncode == 0, result.stderr
    assert 0.8 < MP3(str(target)).info.length < 5


def test_voices_and_doctor_report_the_engine(tmp_path):
    voices = run_cli("voices", "--language", "en")
    assert voices.returncode == 0
    assert "gmw/en-us" in voices.stdout and "pyttsx3" in voices.stdout
    doctor = run_cli("doctor")
    assert doctor.returncode == 0, doctor.stderr
    for needle in ("engine pyttsx3", "espeak-ng", "speech library", "ffmpeg"):
        assert needle in doctor.stdout


def test_plan_shows_chapters_without_speaking(make_book):
    result = run_cli("plan")
    assert result.returncode == 0, result.stderr
    for needle in ("Morning", "The Studio", "Dawn", "repaired"):
        assert needle in result.stdout


def test_plan_script_prints_what_the_engine_will_say(make_book):
    book = make_book({
        "book.toml": 'title = "Rooms"\nauthor = "A. Writer"\n[cast]\nAnna = "female"\n',
        "rooms.md": "# Rooms\n\n## One\n\nIn 1847 the house cost $3.50.\n\n"
                    '"Open it," said Anna.\n\n* * *\n\nThe end came at 9:30 p.m.\n',
    })  # fmt: skip
    result = run_cli("plan", "--script", str(book))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert "== 1. One" in lines
    assert "In eighteen forty-seven the house cost three dollars and fifty cents." in lines
    assert any(line.startswith("[female] ") and "Open it" in line for line in lines)
    # the scene break's long pause is shown after the sentence before it
    assert any(line.startswith('said Anna.') and line.endswith("ms)") for line in lines)
    assert any(line.startswith("The end came at nine thirty") for line in lines)
    assert lines[0] == "== 1. One"  # the script alone, no table


def test_cache_info_and_clear(tmp_path):
    cache = tmp_path / "cache"
    (cache / "segments" / "ab").mkdir(parents=True)
    (cache / "segments" / "ab" / "abc.seg").write_bytes(b"x" * 10)
    info = run_cli("cache", "info", "--cache", str(cache))
    assert "1 segment, 0 chapter parts" in info.stdout
    cleared = run_cli("cache", "clear", "--cache", str(cache))
    assert "cleared 1 segment from" in cleared.stdout
    assert not (cache / "segments").exists()


def test_a_folder_of_books_builds_each_and_reports_the_broken_one(make_book, tmp_path):
    make_book({"story.md": SHORT_BOOK}, name="shelf/good")
    make_book({"empty.txt": ""}, name="shelf/broken")
    shelf = tmp_path / "shelf"
    result = run_cli("build", str(shelf), "--quiet", cwd=tmp_path)
    assert result.returncode == 2
    assert "1 of 2 books failed" in result.stderr
    assert "empty" in result.stderr
    assert "Traceback" not in result.stderr
    assert (tmp_path / "out" / "the-little-test" / "01 One.mp3").is_file()


def test_check_exits_1_when_a_file_fails(tmp_path):
    import wave

    import numpy as np

    path = tmp_path / "quiet.wav"
    tone = (np.sin(np.arange(44100 * 3) * 0.05) * 300).astype("<i2")  # far too quiet
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(44100)
        w.writeframes(tone.tobytes())
    result = run_cli("check", str(path))
    assert result.returncode == 1
    assert "FAIL" in result.stdout


def test_output_switches_turn_off_the_full_book_and_the_sample(make_book, tmp_path):
    toml = 'manuscript = "story.md"\n[output]\nfull_book = false\nsample = false\n'
    folder = make_book({"story.md": SHORT_BOOK, "book.toml": toml})
    out = tmp_path / "out"
    result = run_cli("build", str(folder), "-o", str(out), "--quiet")
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in out.glob("*.mp3")) == ["01 One.mp3", "02 Two.mp3"]


def test_epub_builds_with_its_table_of_contents_titles(tmp_path):
    from ebooklib import epub

    book = epub.EpubBook()
    book.set_identifier("id-1")
    book.set_title("An EPUB Tale")
    book.add_author("E. Writer")
    book.set_language("en")
    pages = []
    for number, (title, text) in enumerate(
        [("The Door", "Anna opened the door."), ("The Gate", "Tom waited at the gate.")], 1
    ):
        page = epub.EpubHtml(title=title, file_name=f"c{number}.xhtml", lang="en")
        page.content = f"<html><body><h1>{title}</h1><p>{text}</p></body></html>"
        book.add_item(page)
        pages.append(page)
    book.toc = pages
    book.add_item(epub.EpubNcx())
    book.add_item(epub.EpubNav())
    book.spine = ["nav", *pages]
    path = tmp_path / "tale.epub"
    epub.write_epub(str(path), book)
    out = tmp_path / "out"
    result = run_cli("build", str(path), "-o", str(out), "--quiet")
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in out.glob("0*.mp3")) == ["01 The Door.mp3", "02 The Gate.mp3"]


def test_progress_shows_audio_speed_and_says_when_all_came_from_the_cache():
    from rich.progress import Progress, TextColumn

    from audiobook.cli import _BuildProgress
    from audiobook.events import BuildEvent

    progress = Progress(TextColumn("{task.fields[extra]}"))
    feed = _BuildProgress(progress)
    feed(BuildEvent("synthesize", 3, 10, {"audio_ms": 0.0, "cached": 3}))
    feed(BuildEvent("synthesize", 10, 10, {"audio_ms": 120_000.0, "cached": 3}))
    spoken = progress.tasks[0]
    assert spoken.completed == 10
    assert "2.0 min audio" in spoken.fields["extra"]
    assert "real time" in spoken.fields["extra"]

    progress = Progress(TextColumn("{task.fields[extra]}"))
    feed = _BuildProgress(progress)
    feed(BuildEvent("synthesize", 10, 10, {"audio_ms": 0.0, "cached": 10}))
    assert progress.tasks[0].fields["extra"] == "all from the cache"


def test_the_build_line_counts_failures_as_check_does(tmp_path):
    """The full book's verdict is its chapters': a failing chapter is counted once, and
    the line names every file it counts."""
    import json

    from audiobook.cli import _qc_line

    files = [{"file": "01 One.mp3", "ok": False}, {"file": "02 Two.mp3", "ok": True},
             {"file": "sample.mp3", "ok": True},
             {"file": "book.mp3", "ok": False, "levels_from": "chapter files"}]  # fmt: skip
    (tmp_path / "qc.json").write_text(json.dumps({"profile": "acx", "files": files}))
    line, ok = _qc_line(tmp_path)
    assert not ok
    assert line == "; audio check: 1 of 3 files FAIL acx (01 One.mp3)"
    files[0]["ok"] = files[3]["ok"] = True
    (tmp_path / "qc.json").write_text(json.dumps({"profile": "acx", "files": files}))
    assert _qc_line(tmp_path) == ("; audio check: all 3 files pass acx", True)


def test_serve_refuses_a_book_built_without_its_player(tmp_path):
    """It would print a player's address that answers 404."""
    folder = tmp_path / "book"
    folder.mkdir()
    (folder / "manifest.json").write_text("{}")
    result = run_cli("serve", str(folder), "--port", "0")
    assert result.returncode == 2
    assert "player = true" in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_plan_of_a_folder_of_books_names_one_to_plan(tmp_path):
    for name in ("a", "b"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "book.md").write_text(f"# {name}\n\nThe harbour was quiet.\n")
    result = run_cli("plan", str(tmp_path))
    assert result.returncode == 2
    assert "a folder of 2 books" in result.stderr and "Traceback" not in result.stderr


@pytest.mark.parametrize("name", ["voice.xyz", "no-such-folder/voice.mp3"])
def test_say_refuses_a_file_it_cannot_write_in_one_line(tmp_path, name):
    result = run_cli("say", "Hello there.", "-o", str(tmp_path / name))
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1 and "ffmpeg" not in result.stderr
    assert not list(tmp_path.rglob("*.*"))
