"""Real books through the real engine: Project Gutenberg's Alice (plain text and HTML),
with its same-mark nested quotation, quoted ellipsis and quoted dash, builds; every
word of the body is spoken once, in order; no segment is punctuation alone."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from audiobook.text.segment import speakable, words

from conftest import run_cli

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.mark.parametrize("name", ["alice-gutenberg.txt", "alice-gutenberg.html"])
def test_gutenberg_alice_builds_with_every_word_once(tmp_path, name):
    book = tmp_path / name
    shutil.copy(FIXTURES / name, book)
    (tmp_path / "book.toml").write_text(
        "[output]\nm4b = false\ncaptions = false\nplayer = false\nsample = false\n"
    )
    result = run_cli("build", str(tmp_path), "-o", str(tmp_path / "out"), "--quiet")
    assert result.returncode == 0, result.stderr
    manifest = json.loads((tmp_path / "out" / "manifest.json").read_text())
    assert manifest["title"] == "Alice's Adventures in Wonderland"
    assert manifest["author"] == "Lewis Carroll"
    segments = [s for ch in manifest["chapters"] for s in ch["segments"]]
    assert all(speakable(s["spoken"]) for s in segments)
    body = [w for s in segments if s["kind"] == "text" for w in words(s["text"])]
    nested = words("Well, I’ve tried to say How doth the little busy bee, but it all came "
                   "different! Alice replied in a very melancholy voice.")  # fmt: skip
    at = body.index("busy") - nested.index("busy")
    assert body[at : at + len(nested)] == nested
    spoken = " ".join(s["text"] for s in segments).lower()
    for never in ("gutenberg", "illustration", "millennium", "licen"):
        assert never not in spoken
    credits = [s["spoken"] for s in segments if s["kind"] == "credits"]
    assert "Lewis Carroll" in credits[0] and "Unknown" not in " ".join(credits)


def test_gutenberg_history_book_builds_without_its_printed_matter(tmp_path):
    """A scanned non-fiction book of our own words (tests/fixtures/real): title pages,
    advertisements, a transcriber's note, contents, an index and old money."""
    shutil.copy(FIXTURES / "real" / "history-gutenberg.txt", tmp_path / "book.txt")
    (tmp_path / "book.toml").write_text(
        "[output]\nm4b = false\ncaptions = false\nplayer = false\nsample = false\n"
    )
    result = run_cli("build", str(tmp_path), "-o", str(tmp_path / "out"), "--quiet")
    assert result.returncode == 0, result.stderr
    manifest = json.loads((tmp_path / "out" / "manifest.json").read_text())
    assert (manifest["title"], manifest["author"]) == ("The River Trade 1700-1750",
                                                       "Margaret Ellis Holt")  # fmt: skip
    segments = [s for ch in manifest["chapters"] for s in ch["segments"]]
    assert all(speakable(s["spoken"]) for s in segments)
    spoken = " ".join(s["spoken"] for s in segments)
    for never in ("Transcriber", "HALLAM", "Barges, one", "=", "_s.", "equals"):
        assert never not in spoken
    assert "two shillings at every lock" in spoken
    assert manifest["chapters"][0]["title"] == "PREFACE"
