"""One-line errors that tell a writer how to mend the mistake they made."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest

from conftest import run_cli

STORY = "The Tea Shop\n\nChapter 1\n\nThe rain had not stopped since Tuesday.\n"


def _error(make_book, files: dict[str, str], target: str = ".") -> str:  # type: ignore[no-untyped-def]
    folder = make_book(files)
    result = run_cli("plan", str(folder / target))
    assert result.returncode == 2, result.stdout + result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
    return lines[0]


@pytest.mark.parametrize(
    ("toml", "said"),
    [
        ("speed = fast\n", 'in `speed = fast`; text needs quotes: speed = "fast"'),
        ('title = "A Tale\n', "close the quotes on the same line"),
        ('title = "A"\ntitle = "B"\n', 'in `title = "B"`; a key is set twice; keep one'),
        ("[chapters\n", "close the table's name with ]"),
    ],
)
def test_a_toml_mistake_shows_its_line_and_the_mend(make_book, toml: str, said: str) -> None:
    line = _error(make_book, {"book.toml": toml, "story.txt": STORY})
    assert "invalid TOML" in line and said in line


def test_a_well_formed_toml_with_a_wrong_value_keeps_its_own_message(make_book) -> None:
    line = _error(make_book, {"book.toml": "year = 2021-13-45\n", "story.txt": STORY})
    assert "invalid TOML" in line and "text needs quotes" not in line


def test_a_manuscript_without_a_suffix_is_told_to_get_one(make_book) -> None:
    line = _error(make_book, {"book.toml": 'manuscript = "story"\n', "story": STORY})
    assert "has no suffix" in line and ".txt" in line and "'no suffix'" not in line


def test_a_cache_that_cannot_be_used_is_named_with_its_setting(make_book, tmp_path) -> None:
    folder = make_book({"story.txt": STORY})
    blocker = tmp_path / "cache-file"
    blocker.write_text("not a folder")
    env = {**os.environ, "AUDIOBOOK_CACHE": str(blocker), "COLUMNS": "200"}
    for args in (("build", str(folder), "-o", str(tmp_path / "out"), "--quiet"), ("cache", "info")):
        result = subprocess.run([sys.executable, "-m", "audiobook", *args], capture_output=True,
                                text=True, env=env, timeout=300)  # fmt: skip
        assert result.returncode == 2, result.stderr
        line = result.stderr.strip()
        assert "the cache" in line and "is a file" in line and "AUDIOBOOK_CACHE" in line, line
    assert not (tmp_path / "out").exists()


def test_a_cache_folder_that_does_not_exist_yet_is_made(tmp_path) -> None:
    from audiobook.build.pipeline import cache_location

    cache = tmp_path / "new" / "cache"
    assert cache_location(cache) == str(cache) and cache.is_dir()


def test_progress_into_a_pipe_is_whole_lines(make_book, tmp_path) -> None:
    """A log or a pipe gets each stage's count and time, never a bar cut short."""
    folder = make_book({"story.txt": STORY})
    result = run_cli("build", str(folder), "-o", str(tmp_path / "out"))
    assert result.returncode == 0, result.stderr
    lines = result.stderr.splitlines()
    stages = [line for line in lines if line.startswith(("synthesize", "epub"))]
    assert stages and all("…" not in line and "eta" not in line for line in stages), stages
    assert all(re.search(r"\d+/\d+ \d:\d\d:\d\d", line) for line in stages), stages
