"""One odd sentence never costs the user the whole book: when a reading rule fails on a
sentence nobody foresaw, that sentence is said as written, a warning names it, and every
other sentence is read as before. Our own errors (a bad setting) still stop the build."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from audiobook.build.pipeline import load_book
from audiobook.errors import ConfigError
from audiobook.text import normalize

_BOOK = """# The Odd Sentence

## One

It cost $5 in 1898, and the fare was paid.

The 3 ODD-FAULT gauges read 40%.

He paid £12 for the lot.
"""


def _faulty(real):  # a rule with a bug that only one sentence of the book meets
    def english(text: str, *args, **kwargs) -> str:
        if "ODD-FAULT" in text:
            raise IndexError("list index out of range")
        return real(text, *args, **kwargs)

    return english


def test_a_rule_s_fault_costs_one_sentence_its_reading_not_the_book(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(normalize, "_english", _faulty(normalize._english))
    path = tmp_path / "odd.md"
    path.write_text(_BOOK, encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="audiobook.text.normalize"):
        _, _, chapters = load_book(path)
    said = [s.spoken for ch in chapters for s in ch.segments if s.kind == "text"]
    assert "It cost five dollars in eighteen ninety-eight, and the fare was paid." in said
    assert "The 3 ODD-FAULT gauges read 40%." in said  # as written, not lost
    assert "He paid twelve pounds for the lot." in said
    warned = [r.getMessage() for r in caplog.records if "read as written" in r.getMessage()]
    assert warned and "IndexError" in warned[0] and "ODD-FAULT" in warned[0]


def test_without_a_fault_nothing_is_read_as_written(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="audiobook.text.normalize"):
        assert normalize.to_spoken("The 3 gauges read 40%.") == (
            "The three gauges read forty percent."
        )
        assert normalize.spoken_title("CHAPTER IV. THE END") == "Chapter Four. The End."
    assert not [r for r in caplog.records if "read as written" in r.getMessage()]


def test_our_own_errors_still_stop(monkeypatch: pytest.MonkeyPatch) -> None:
    def refusing(text: str, *args, **kwargs) -> str:
        raise ConfigError("book.toml: [pronounce] 'x' is not a word")

    monkeypatch.setattr(normalize, "_english", refusing)
    with pytest.raises(ConfigError):
        normalize.to_spoken("A sentence.")


def test_a_title_whose_reading_fails_is_said_as_written(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args, **kwargs):
        raise KeyError("x")

    monkeypatch.setattr(normalize, "_tag", broken)
    assert normalize.spoken_title("CHAPTER IV.\u2028THE END") == "CHAPTER IV. THE END"


def test_a_paragraph_whose_sentences_cannot_be_found_is_read_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    from audiobook.text import segment

    real = segment.sentences

    def faulty(text: str, language: str = "en") -> list[str]:
        if "ODD-FAULT" in text:
            raise RecursionError("maximum recursion depth exceeded")
        return real(text, language)

    monkeypatch.setattr(segment, "sentences", faulty)
    path = tmp_path / "odd.md"
    path.write_text(_BOOK, encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="audiobook.text.segment"):
        _, _, chapters = load_book(path)
    said = [s.spoken for ch in chapters for s in ch.segments if s.kind == "text"]
    assert "The three ODD-FAULT gauges read forty percent." in said  # whole, and said
    assert "He paid twelve pounds for the lot." in said
    assert any("read as one" in r.getMessage() for r in caplog.records)


def test_a_chapter_whose_dialogue_cannot_be_found_is_read_by_the_narrator(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    from audiobook.text import segment

    def faulty(*args, **kwargs):
        raise ValueError("unbalanced quotes")

    monkeypatch.setattr(segment, "dialogue_paragraphs", faulty)
    path = tmp_path / "odd.md"
    path.write_text(_BOOK + '\n"Is it yours?" asked Anna.\n', encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="audiobook.text.segment"):
        _, _, chapters = load_book(path)
    said = [s.spoken for ch in chapters for s in ch.segments if s.kind == "text"]
    assert '"Is it yours?" asked Anna.' in said
    assert any("narrator's voice" in r.getMessage() for r in caplog.records)
