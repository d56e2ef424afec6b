"""scripts/script_diff.py names the books a change of the reading rules makes sound
different, and only those."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "script_diff.py"

STORY = "THE LANTERN\n\nby Ann Lee\n\n\n\nCHAPTER I\n\n\nThe lamp was lit at dusk.\n"


def _run(*args: str) -> str:
    done = subprocess.run([sys.executable, str(SCRIPT), *args], capture_output=True,
                          text=True, check=True, timeout=300)  # fmt: skip
    return done.stdout


def test_the_same_code_changes_no_book_and_a_changed_rule_names_its_books(tmp_path):
    books = tmp_path / "books"
    books.mkdir()
    (books / "lantern.txt").write_text(STORY, encoding="utf-8")
    (books / "anon.txt").write_text(STORY.replace("by Ann Lee\n\n", ""), encoding="utf-8")
    (books / "broken.epub").write_bytes(b"not a zip")  # refused the same way by both
    listing = tmp_path / "books.txt"
    listing.write_text("".join(f"{p}\n" for p in sorted(books.iterdir())), encoding="utf-8")

    old = tmp_path / "old" / "src"
    shutil.copytree(ROOT / "src", old, ignore=shutil.ignore_patterns("__pycache__"))
    same = _run("--old-src", str(old), str(listing), str(tmp_path / "same"))
    assert same.splitlines()[-1] == "0 of 3 books differ"
    assert "ERROR:" in (tmp_path / "same" / "old").joinpath(
        next(p.name for p in (tmp_path / "same" / "old").iterdir() if "broken" in p.name)
    ).read_text()

    # the old code said its credits another way: only the book with an author differs
    segment = old / "audiobook" / "text" / "segment.py"
    text = segment.read_text(encoding="utf-8")
    assert '"{title}. Written by {author}.' in text
    segment.write_text(text.replace('"{title}. Written by {author}.',
                                    '"{title}. Penned by {author}.'), encoding="utf-8")  # fmt: skip
    changed = _run("--old-src", str(old), str(listing), str(tmp_path / "changed"))
    lines = changed.splitlines()
    assert lines[-1] == "1 of 3 books differ"
    assert "lantern.txt" in lines[0]
    [diff] = (tmp_path / "changed").glob("*.diff")
    assert "-The Lantern. Penned by Ann Lee." in diff.read_text()
