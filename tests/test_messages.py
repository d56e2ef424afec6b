"""One-line errors that tell a writer how to mend the mistake they made."""

from __future__ import annotations

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
