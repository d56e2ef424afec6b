"""Sweep 16 (dates): an English book whose language tag names no country reads its
ambiguous numeric dates ("03/11/2020") in the order the book itself writes dates: an
American memoir's "3/15/20" and "March 3, 2020" make it March the eleventh. A British
book, a book with no evidence and a book tagged en-GB or en-US keep the order they had."""

from __future__ import annotations

from pathlib import Path

import pytest

from audiobook.build.pipeline import load_book
from audiobook.text.normalize import numeric_date_order, to_spoken

MEMOIR = [
    ("# Night Shift", "Night Shift"),
    ("# Chapter 1: March", "Chapter 1: March"),
    ("**March 3, 2020**", "March 3, 2020"),
    ("The first memo came at 6:45 a.m. By 7 p.m. the ER had two patients in isolation.", ""),
    ("**03/11/2020**", "03/11/2020"),
    ("The WHO called it a pandemic today. We had 212 admissions in April, and a temp of "
     "103.1°F.", ""),
    ("**2020-03-15**", "2020-03-15"),
    ("> I remember thinking: one mask, twelve hours.\n> — from my journal, 3/15/20",
     "I remember thinking: one mask, twelve hours. — from my journal, 3/15/20"),
]


def _markdown(lines: list[str]) -> str:
    return "\n\n".join(lines) + "\n"


def _spoken(path: Path) -> list[str]:
    _, _, chapters = load_book(path)
    return [seg.spoken for chapter in chapters for seg in chapter.segments]


def _says(spoken: list[str], words: str) -> bool:
    return any(words in s for s in spoken)


# ------------------------------------------------------------------ hits


def test_an_untagged_american_memoir_in_markdown_reads_its_slashed_date_month_first(
    tmp_path: Path,
) -> None:
    book = tmp_path / "memoir.md"
    book.write_text(_markdown([md for md, _ in MEMOIR]), encoding="utf-8")
    spoken = _spoken(book)
    assert _says(spoken, "March eleventh, twenty twenty")
    assert not _says(spoken, "November")
    assert _says(spoken, "from my journal, March fifteenth, twenty")
    assert _says(spoken, "March fifteenth, twenty twenty")  # its ISO date in its order too
    assert _says(spoken, "two hundred and twelve")  # the "and" style is the tag's, as before


def test_an_untagged_american_memoir_in_plain_text_reads_month_first(tmp_path: Path) -> None:
    lines = ["NIGHT SHIFT", "", "", "CHAPTER 1", "",
             "March 3, 2020", "", "The first memo came at 6:45 a.m.", "",
             "03/11/2020", "", "The WHO called it a pandemic today.", "",
             "From my journal, 3/15/20: one mask, twelve hours."]  # fmt: skip
    book = tmp_path / "memoir.txt"
    book.write_text("\n".join(lines) + "\n", encoding="utf-8")
    spoken = _spoken(book)
    assert _says(spoken, "March eleventh, twenty twenty")
    assert not _says(spoken, "November")


def test_an_untagged_american_memoir_in_word_reads_month_first(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.core_properties.title = "Night Shift"
    document.core_properties.language = ""
    document.add_paragraph("Chapter 1: March", style="Heading 1")
    for text in ("March 3, 2020", "The first memo came at 6:45 a.m.", "03/11/2020",
                 "The WHO called it a pandemic today.", "On 3/15/20 the masks ran out."):
        document.add_paragraph(text)
    book = tmp_path / "memoir.docx"
    document.save(str(book))
    spoken = _spoken(book)
    assert _says(spoken, "March eleventh, twenty twenty")
    assert not _says(spoken, "November")


# ------------------------------------------------------------------ near misses


def test_an_untagged_british_book_keeps_day_first(tmp_path: Path) -> None:
    book = tmp_path / "ward.md"
    book.write_text(_markdown([
        "# Ward Seven", "# Chapter 1: March", "**3 March 2020**",
        "The first memo came at a quarter to seven.", "**03/11/2020**",
        "The WHO called it a pandemic today.", "**15/03/2020**", "One mask per shift.",
    ]), encoding="utf-8")  # fmt: skip
    spoken = _spoken(book)
    assert _says(spoken, "the third of November twenty twenty")
    assert _says(spoken, "the fifteenth of March twenty twenty")


def test_an_untagged_book_with_no_evidence_keeps_todays_order(tmp_path: Path) -> None:
    book = tmp_path / "shift.md"
    book.write_text(_markdown([
        "# The Long Shift", "# Chapter 1", "**03/11/2020**",
        "The WHO called it a pandemic today.", "**04/12/2020**", "We ran out of gowns.",
    ]), encoding="utf-8")  # fmt: skip
    spoken = _spoken(book)
    assert _says(spoken, "the third of November twenty twenty")
    assert _says(spoken, "the fourth of December twenty twenty")


@pytest.mark.parametrize(
    ("tag", "lines", "expected"),
    [
        ("en-GB", [md for md, _ in MEMOIR], "the third of November twenty twenty"),
        ("en-US", ["# Ward Seven", "# Chapter 1", "**3 March 2020**", "**03/11/2020**",
                   "**15/03/2020**", "One mask per shift."], "March eleventh, twenty twenty"),
    ],
)
def test_a_tagged_book_keeps_its_tags_order(
    tmp_path: Path, tag: str, lines: list[str], expected: str
) -> None:
    book = tmp_path / "tagged.md"
    book.write_text(f"---\ntitle: Tagged\nlang: {tag}\n---\n\n" + _markdown(lines[1:]),
                    encoding="utf-8")  # fmt: skip
    assert _says(_spoken(book), expected)


@pytest.mark.parametrize(
    ("texts", "order"),
    [
        (["From my journal, 3/15/20."], True),
        (["Dated 15/3/2020."], False),
        (["On 3/15/20.", "On 15/3/20."], None),  # split: the tag's order
        (["March 3, 2020", "On Dec. 14, 2020, at nine."], True),
        (["3 March 2020", "the 4th of July party"], False),  # a holiday's name is no vote
        (["On 15/03/2020.", "March 3, 2020", "April 9, 2020"], False),  # numbers first
        (["The color of the center of the theater."], True),
        (["The colour of the centre of the theatre."], False),
        (["A color, once."], None),  # one spelling is too little
        (["Nothing dated here."], None),
    ],
)
def test_the_books_evidence_settles_the_order(texts: list[str], order: bool | None) -> None:
    assert numeric_date_order(texts) is order


def test_to_spoken_follows_the_order_it_is_given_and_keeps_the_and_style() -> None:
    assert to_spoken("Dated 03/11/2005.", "en", month_first=True) == (
        "Dated March eleventh, two thousand and five.")
    assert to_spoken("Dated 03/11/2005.", "en") == (
        "Dated the third of November two thousand and five.")
