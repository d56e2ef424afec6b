"""Ordinary books that a newer, broader reader rule misread: numbered sections taken for a
scan's page numbers, Markdown parts over chapters, an opening taken for a dedication, a
subtitle for a byline, a name's initial for a Roman section number, a story's "A/N:" for an
author's note, and a lowercase poem for justified prose. The books are made up."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from docx.enum.text import WD_BREAK

from audiobook.models import LINE_BREAK, Paragraph
from audiobook.text.ingest import locate_book, read_manuscript
from audiobook.text.matter import is_dedication
from audiobook.text.readers.markdown import read_markdown, sections_in_chapters
from audiobook.text.readers.plaintext import find_chapters
from audiobook.text.segment import segment


def _read(folder: Path, name: str, text: str):  # type: ignore[no-untyped-def]
    (folder / name).write_text(text, encoding="utf-8")
    return read_manuscript(locate_book(folder / name))


def _spoken(folder: Path, name: str, text: str) -> list[tuple[str, list[str]]]:
    """Each chapter's title and what is said in it."""
    (folder / name).write_text(text, encoding="utf-8")
    book = locate_book(folder / name)
    chapters = segment(read_manuscript(book), book.config)
    return [(ch.title, [s.spoken for s in ch.segments]) for ch in chapters]


SECTIONS = """SALT AND IRON

A Novel

by Petra Lindqvist-Obi


CHAPTER ONE

1

The ferry left Harwich at nine, late as always. Inspector Moss stood at the rail and read
the note a third time. It was unsigned, and it said only:

WAIT FOR THE TIDE
TRUST NOBODY

2

van Dijk met her on the quay with two coffees and no umbrella. He looked tired.

"You got my note," he said.

3

The warehouse was on the far side of the basin, behind a fence of rusted wire.


CHAPTER TWO

1

Moss woke at four and could not sleep again. She walked the harbour wall until it was light.

2

de Groot opened the shop at seven, as he had for forty years, and was not surprised to see her.
"""


def test_section_numbers_restarting_under_each_chapter_are_no_scans_page_numbers(tmp_path):
    """"1", "2", "3" under each "CHAPTER ONE", one section ending on a note without a full
    stop and the next opening on a lowercase name, are read as the sections they are: no
    page numbers left out, no paragraphs run together, the title as the title page sets it."""
    manuscript = _read(tmp_path, "book.txt", SECTIONS)
    assert manuscript.title == "Salt and Iron"
    assert not [o for o in manuscript.omitted if "page numbers" in o.what]
    texts = [p.text for ch in manuscript.chapters for p in ch.paragraphs]
    assert any(t.startswith("van Dijk met her") for t in texts)
    assert any(t.startswith("de Groot opened") for t in texts)
    assert texts.count("2") == 2 and texts.count("3") == 1


SEASONS = """---
title: The Orchard Year
author: Tobias Wren
---

# Autumn

*What falls is not lost.* — a saying of the valley

## The Cider Press

The press had not turned since the war. Hanna oiled it anyway, every October.

## A Letter from Town

The letter came on a wet Tuesday, asking whether the orchard was for sale.

# Spring

*Every branch remembers.*

## Blossom

The blossom came late that year, and all at once.
"""


def test_hash_headings_over_an_epigraph_group_their_chapters_as_parts_do() -> None:
    """A `#` season whose only words before its first `##` are an epigraph is a part: the
    `##` under it are the chapters, and the epigraph is read under the part's name."""
    found = read_markdown(SEASONS)
    assert [title for title, _ in found.chapters] == [
        "Autumn", "The Cider Press", "A Letter from Town", "Spring", "Blossom",
    ]  # fmt: skip
    assert found.chapters[0][1][0].text.startswith("What falls is not lost.")


def test_an_opening_longer_than_an_epigraph_keeps_hash_hash_headings_sections() -> None:
    """The same outline as the HTML reader gives it, (0, text) for text: a `#` chapter that
    opens with an introduction keeps its `##` as sections, though another `#` has only an
    epigraph before its `##`."""
    introduction = " ".join(["Candles were once made at home from whatever fat there was."] * 6)
    outline = [
        (1, "Tallow"), (0, introduction), (2, "The chandler's trade"), (0, "Rope and soap."),
        (1, "Wax"), (0, "Bees make it."), (2, "The church's candles"), (0, "Tall ones."),
    ]  # fmt: skip
    assert sections_in_chapters(outline)
    epigraphs = [(level, "A line." if level == 0 else title) for level, title in outline]
    assert not sections_in_chapters(epigraphs)


OPENING_LETTER = """\
THE BOX OF POSTCARDS

by Odile Marchetti


To Whom It May Concern, and to whoever opens this tin: these are my grandfather's \
postcards, in the order he sent them.


CHAPTER 1

The first card shows the harbour at Bari and is dated 3 May 1951.


CHAPTER 2

The second card says only that the weather has turned.
"""


def test_an_opening_addressed_to_whom_it_may_concern_is_no_dedication(tmp_path):
    """A letter's salutation, with a sentence after its colon, is the book's opening: it
    is read under the book's title, not renamed "Dedication"."""
    manuscript = _read(tmp_path, "book.txt", OPENING_LETTER)
    assert manuscript.chapters[0].title == "The Box of Postcards"


def test_an_opening_sentence_for_someone_in_word_is_no_dedication(tmp_path):
    """"For my father, the ship sailed …" is a sentence with its verb after the comma: the
    Word reader keeps it under the book's title, as before its dedication rule."""
    document = docx.Document()
    document.add_paragraph("For my father, the ship sailed from Genoa in 1947, in a storm.")
    document.add_paragraph("He was nine, and he was sick the whole way.")
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    document.add_paragraph("Chapter One", style="Heading 1")
    document.add_paragraph("The boarding house in Leith had a blue door.")
    document.add_paragraph("Chapter Two", style="Heading 1")
    document.add_paragraph("He found work at the docks by the spring.")
    document.save(str(tmp_path / "crossing.docx"))
    manuscript = read_manuscript(locate_book(tmp_path / "crossing.docx"))
    assert [c.title for c in manuscript.chapters] == ["Crossing", "Chapter One", "Chapter Two"]


@pytest.mark.parametrize(
    "text",
    ["For Anna, who knew first", "To my father, the bravest man I knew",
     "To Mum, with love", "For Ines and Paco", "In memory of Ruth Adler",
     "For every nurse who ever ate dinner at 4 a.m.", "For everyone who waited up",
     "For all the lost dogs of Camden", "To those who stayed"],
)  # fmt: skip
def test_a_dedications_phrase_is_still_a_dedication(text: str) -> None:
    assert is_dedication([Paragraph(text)])


@pytest.mark.parametrize(
    "text",
    ["For all his faults, he loved her.", "For those who came after, the road was long.",
     "For all that, the house stood empty for a year."],
)  # fmt: skip
def test_an_opening_sentence_for_all_or_those_is_no_dedication(text: str) -> None:
    assert not is_dedication([Paragraph(text)])


def _story(folder: Path, lines: list[str], author: str = "") -> Path:
    """A short story typed in Word with no headings: its opening lines, then its text."""
    document = docx.Document()
    document.core_properties.author = author
    for line in lines:
        document.add_paragraph(line)
    document.add_paragraph("The frost had taken the garden overnight, and nobody heard it come.")
    document.add_paragraph("“It’s early,” said her father, and put the kettle on.")
    document.save(str(folder / "frost.docx"))
    return folder / "frost.docx"


def test_a_storys_subtitle_opening_by_is_read_not_credited(tmp_path):
    """"Frost" / "By Evening Light" names no writer: the two lines are read as the story's
    own, and nobody is credited with writing it."""
    manuscript = read_manuscript(locate_book(_story(tmp_path, ["Frost", "By Evening Light"])))
    assert manuscript.author != "Evening Light"
    assert [p.text for p in manuscript.chapters[0].paragraphs][:2] == ["Frost", "By Evening Light"]


@pytest.mark.parametrize(
    ("byline", "author"), [("By Clara Ruiz-Menon", ""), ("By Ostrander", "Ostrander")]
)
def test_a_storys_byline_naming_a_person_still_credits_the_writer(tmp_path, byline, author):
    manuscript = read_manuscript(locate_book(_story(tmp_path, ["Frost", byline], author)))
    assert manuscript.author == byline.removeprefix("By ")
    assert manuscript.title == "Frost"


NOTEBOOK = """CHAPTER I

The constable wrote down what they had, as he had been taught to.

I. The lamp was still warm.

II. The back door was bolted.

III. The dog had been fed.

M. Arnaud, the wine merchant, had called at the house on the 9th and left before dark.

C. J. Faulk had not called at all, or so he said.


CHAPTER II

The inquest was held on a Monday.
"""


def test_a_names_initial_after_roman_sections_is_no_section_number():
    """"M." after "I." … "III." would be section 1000: it is a name's initial, and its
    paragraph stays whole; so does "C. J. Faulk"."""
    texts = [p.text for _, ps in find_chapters(NOTEBOOK).chapters for p in ps]
    assert "M. Arnaud, the wine merchant, had called at the house on the 9th and left before " \
        "dark." in texts
    assert "C. J. Faulk had not called at all, or so he said." in texts
    assert "M." not in texts


MARGINS = """CHAPTER 1

The notebook had belonged to my aunt, who annotated everything she read.

A/N: that was how she signed the notes in her margins, "Aunt Nell," and there are hundreds.

She wrote them in green ink, always, and never crossed one out.


CHAPTER 2

The second notebook was thinner.
"""


def test_a_novels_paragraph_opening_a_n_inside_a_chapter_is_read():
    """A story paragraph that opens "A/N:" inside a chapter of a printed novel is the
    story's: it is read, and nothing is left out as an author's note."""
    found = find_chapters(MARGINS)
    texts = [p.text for _, ps in found.chapters for p in ps]
    assert any(t.startswith("A/N: that was how she signed") for t in texts)
    assert not [o for o in found.omitted if "author's note" in o.what]


LOWERCASE_POEMS = """LATE TRAINS

Poems by Wendell Asaro


ONE

the platform lamps come on one at a time
and a man in a grey coat reads the timetable
as if it were a letter from his brother,
and every train is somebody else's train


TWO

tally it: three bags, one ticket, no seat
and the guard who said we might stand in the van
if we kept quiet, which we did, all night
past towns whose names we never learned
"""


def test_a_lowercase_poems_lines_of_varied_length_keep_their_breaks():
    """A poem whose lines open in lower case and vary in length ends each line where its
    phrase ends, on no "the" or "of": it is no justified prose, and keeps its lines."""
    found = find_chapters(LOWERCASE_POEMS)
    second = found.chapters[1][1][0].text
    assert second.count(LINE_BREAK) == 3


# ---------------------------------------------------------------- s8 review: front matter

COLD_OPEN = """For all her savings, Aunt Milla died owing the coal merchant eleven shillings.
Nobody in the family would say how.



CHAPTER ONE

The coal merchant's ledger had a green cloth cover.



CHAPTER TWO

The eleven shillings were paid in the end by a stranger.
"""


def test_an_untitled_cold_open_for_all_her_savings_is_no_dedication(tmp_path):
    """"For all her savings, Aunt Milla died …" has a sentence whose subject is a name
    after its comma, and a second sentence after it: the book's opening, not a dedication."""
    manuscript = _read(tmp_path, "ledger.txt", COLD_OPEN)
    assert manuscript.chapters[0].title != "Dedication"
    assert not is_dedication([Paragraph("For all her savings, Aunt Milla died owing money.")])
    assert not is_dedication([Paragraph("To Rosa, who kept the shop."),
                              Paragraph("She would have laughed at all of this.")])  # fmt: skip


@pytest.mark.parametrize(
    "text", ["For my brother, Tom Reed", "For Dr. Ruth Adler", "For Ana. For Leo.",
             "To Sarah, Emily Grace Adams"],
)  # fmt: skip
def test_a_dedication_to_named_people_is_still_one(text: str) -> None:
    assert is_dedication([Paragraph(text)])


GUIDE = """# Renting Well

## Chapter 1: The Inventory

Walk through every room with the agent and note each mark on the walls and each stain on
the carpet. Photograph the meters on the first day. Find out more about deposit schemes at
www.gov.uk/tenancy-deposit-protection.

## Chapter 2: Rent Rises

A landlord may raise the rent only as the agreement allows, and must give notice in
writing. Keep every letter in one folder.
"""


def test_a_chapters_last_sentence_with_a_web_address_is_read(tmp_path):
    """A short non-fiction chapter that ends by pointing to a web page: the author's own
    sentence, read; only a call to sign up ends an "About the Author" page unread."""
    said = _spoken(tmp_path, "renting.md", GUIDE)
    assert any("more about deposit schemes" in s for _, texts in said for s in texts)
    manuscript = _read(tmp_path, "renting.md", GUIDE)
    assert not any("marketing" in o.what for o in manuscript.omitted)


def test_an_about_the_author_page_still_loses_its_sign_up_sentence() -> None:
    from audiobook.config import TextPolicy
    from audiobook.text.matter import drop_matter
    from audiobook.text.readers.base import ReadText

    bio = ("Odile Brannagh keeps bees on a tidal island. Read her notes on the island's "
           "birds at odilebrannagh.com/birds.")  # fmt: skip
    sign_up = "Odile Brannagh keeps bees. Join her mailing list at odilebrannagh.com/news."
    found = ReadText([("Chapter 1", [Paragraph("The tide came in over the causeway.")]),
                      ("About the Author", [Paragraph(bio)]),
                      ("Meet the Author", [Paragraph(sign_up)])])  # fmt: skip
    kept, omitted = drop_matter(found, TextPolicy())
    assert [p.text for _, ps in kept.chapters for p in ps][1:] == [
        bio, "Odile Brannagh keeps bees.",
    ]  # fmt: skip
    assert [o.text for o in omitted] == ["Join her mailing list at odilebrannagh.com/news."]


PRAISE_PAGE = """PRAISE FOR MARGIT SELWAY

A Mystery of Uncommon Grace
Ann Cleeves

Kept me up until three.
The Sunday Review



CHAPTER ONE

The bell at the lighthouse had not rung in forty years.



CHAPTER TWO

On the third night it rang twice.
"""


def test_a_praise_page_is_no_title_page_of_genre_and_author(tmp_path):
    """"PRAISE FOR …" / "A Mystery of Uncommon Grace" / "Ann Cleeves": a blurb and its
    author, not the book's title, genre and author."""
    manuscript = _read(tmp_path, "bell.txt", PRAISE_PAGE)
    assert manuscript.author == "Unknown author"
