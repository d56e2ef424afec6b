"""A chapter too long for one file is split in time that grows with its length, not with
its square: a 100,000-word book with no headings is one such chapter."""

from __future__ import annotations

import re

import pytest

from audiobook.config import BookConfig
from audiobook.models import Chapter, Paragraph
from audiobook.text import segment
from audiobook.text.segment import PART_MINUTES, estimate_minutes, split_long_chapters


class _CountingWords:
    """segment's word pattern, counting the paragraphs it is asked to read."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern, self.calls = pattern, 0

    def findall(self, text: str) -> list[str]:
        self.calls += 1
        return self.pattern.findall(text)


def _long_chapter(paragraphs: int) -> Chapter:
    text = " ".join(["The mill wheel turned. The river ran on past the sleeping town."] * 12)
    return Chapter("All of It", tuple(Paragraph(f"{i}. {text}") for i in range(paragraphs)))


def test_each_paragraph_is_counted_a_fixed_number_of_times(monkeypatch: pytest.MonkeyPatch):
    counter = _CountingWords(segment._WORD)
    monkeypatch.setattr(segment, "_WORD", counter)
    chapter = _long_chapter(600)
    parts = split_long_chapters((chapter,), BookConfig())
    assert len(parts) > 2
    assert counter.calls <= 2 * len(chapter.paragraphs)  # it was ~ n² / 2 (64,000 here)


def test_the_parts_are_where_measuring_each_trial_part_put_them():
    """The running sums cut where measuring every trial part whole did."""
    config, chapter = BookConfig(), _long_chapter(600)
    expected: list[list[Paragraph]] = [[]]
    for paragraph in chapter.paragraphs:
        trial = Chapter(chapter.title, (*expected[-1], paragraph))
        if expected[-1] and estimate_minutes(trial, config) > PART_MINUTES:
            expected.append([])
        expected[-1].append(paragraph)
    parts = split_long_chapters((chapter,), config)
    assert [list(p.paragraphs) for p in parts] == expected
    assert [p.title for p in parts] == [f"All of It (part {i})" for i in range(1, len(parts) + 1)]
