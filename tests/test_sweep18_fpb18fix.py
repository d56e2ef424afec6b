"""Sweep 18, false hits of the day's own rules: a German novella's school edition (an
English preface and introduction over a story told in short paragraphs and dialogue) is
read in German; "Unit 4, Canal Side Trading Estate, Leeds" is an address, not a contents
entry; a "MODULE 1: …" outline inside a book divided by CHAPTER n is read in its chapter,
not made a chapter of its own."""

from __future__ import annotations

from pathlib import Path

from audiobook.build.pipeline import load_book
from audiobook.models import Manuscript
from audiobook.text.readers.plaintext import parse_heading

FIXTURES = Path(__file__).parent / "fixtures"


def _book(folder: Path, text: str, name: str = "book.txt") -> tuple[Manuscript, list[str], str]:
    """The manuscript, its chapter titles, and all it reads as spoken, one line."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    _, manuscript, chapters = load_book(path)
    read = " ".join(s.spoken for ch in chapters for s in ch.segments)
    return manuscript, [c.title for c in manuscript.chapters], read


# ------------------------------------------------- a school edition's story is the book


def test_a_german_novella_with_an_english_introduction_is_read_in_german(tmp_path: Path) -> None:
    text = (FIXTURES / "immensee_school_edition.txt").read_text(encoding="utf-8")
    manuscript, _, _ = _book(tmp_path, text, "immensee.txt")
    assert manuscript.language == "de"


_LESSON = """\
LESSON {n}

In this lesson we meet the nominative and the accusative of the article, and the \
dialogue below shows how a traveller asks for what he needs at a station or hotel; \
read it aloud twice before you look at the words.

Gast: Guten Tag. Ich habe ein Zimmer reserviert.

Rezeption: Wie ist der Name, bitte? Ist das der Koffer?

Gast: Ja, das ist der Koffer. Und wo ist die Dusche?

Rezeption: Die Dusche ist dort, und der Aufzug ist hier.

Gast: Ist das Frühstück im Preis? Und die Zeitung?

- der Schlüssel – the key
- die Rechnung – the bill
- das Zimmer – the room
- der Aufzug – the lift

Notice that the masculine article changes in the accusative while the others do not; \
you will find more examples in the exercises, which you should write out in full and \
check against the key at the back of the book.

"""


def test_a_german_course_with_many_examples_stays_english(tmp_path: Path) -> None:
    """Near miss: the examples outweigh the explanations, but the explanations break
    them up lesson by lesson: a course written in English."""
    text = "GERMAN FOR TRAVELLERS\n\nby Anna Weber\n\n\n" + "".join(
        _LESSON.format(n=n) for n in range(1, 6)
    )
    manuscript, _, read = _book(tmp_path, text)
    assert manuscript.language == "en"
    assert "Ich habe ein Zimmer reserviert" in read


# ------------------------------------------------- "Unit 4, …" is an address

STARTUP = """\
THE LEAN WAREHOUSE

by Priya Raman


CHAPTER 1

Why Unit Economics Come First

Most founders I meet can tell me their revenue to the pound, but very few can tell \
me what they make on a single order once the parcel has left the building.

The addresses of our three sites at the time were:

Unit 4, Canal Side Trading Estate, Leeds
Unit 12, Brindley Way, Wakefield
Module 3, Enterprise Park, York

None of them is ours any more.


CHAPTER 2

The Training Plan

When we hired our first packers we wrote a short course for them. It had four parts, \
and I reproduce the outline here because readers often ask for it.

MODULE 1: Receiving stock and checking it against the delivery note.

MODULE 2: Picking and packing, with the ten most common mistakes.

MODULE 3: Returns, and why a returned candle is never resold.

MODULE 4: Health and safety on the mezzanine.

Each module took about an afternoon, and the packers liked the second one best.


CHAPTER 3

Closing Thoughts

If you remember one thing from this book, let it be this: grow only what already \
makes money on its own.
"""


def test_unit_addresses_are_read(tmp_path: Path) -> None:
    manuscript, _, read = _book(tmp_path, STARTUP)
    assert "Canal Side Trading Estate" in read
    assert "Enterprise Park" in read
    assert not any("Canal Side" in o.text for o in manuscript.omitted)
    assert parse_heading("Unit 4, Canal Side Trading Estate, Leeds LS10 1AB") is None


def test_a_unit_heading_with_its_title_stays_a_heading() -> None:
    """Near miss: "Unit 7" alone, or with its title after a colon or stop, is a heading."""
    for line in ("UNIT 7", "Unit 7: The Long Vowels", "Module 2. Listening"):
        heading = parse_heading(line)
        assert heading is not None and heading.family in ("unit", "module")


def test_a_module_outline_inside_a_chapter_is_read_in_it(tmp_path: Path) -> None:
    _, titles, read = _book(tmp_path, STARTUP)
    assert len(titles) == 3 and all(t.startswith("CHAPTER") for t in titles)
    assert "Receiving stock and checking it against the delivery note." in read
    assert "Health and safety on the mezzanine." in read


def test_units_are_chapters_where_they_are_the_book_s_headings(tmp_path: Path) -> None:
    """Near miss: a course divided by units alone has them as its chapters."""
    text = """\
SPEAK CLEARLY

by Gwen Atherley


UNIT 7
The Long Vowels

Listen to the recording and repeat each word after the speaker. Then work with a
partner and take turns to say the words in the list, slowly at first and then faster.


UNIT 8
Diphthongs

A diphthong is a glide from one vowel to another inside one syllable. Say the words
day, my and boy slowly and listen to how the sound moves from its start to its end.
"""
    _, titles, _ = _book(tmp_path, text)
    assert len(titles) == 2 and titles[0].startswith("UNIT 7") and titles[1].startswith("UNIT 8")


UNITS_WITH_OUTLINE = """\
WAREHOUSE BASICS

by Priya Raman


UNIT 1
Receiving Goods

In this unit you will learn how a delivery is checked and booked in. The course
has four modules, listed here so that you can see how they fit together.

MODULE 1: Receiving stock and checking it against the delivery note.

MODULE 2: Picking and packing, with the ten most common mistakes.

MODULE 3: Returns, and why a returned candle is never resold.

Each module takes about an afternoon.


UNIT 2
Packing

Packing is where most mistakes are made, and where most of them can be prevented
by a simple checklist that every packer keeps beside the bench.
"""


def test_a_module_outline_in_a_course_of_units_is_no_chapter(tmp_path: Path) -> None:
    """A run of "MODULE n: …." sentences, one under another, is an outline, never one
    chapter titled with all of them, even where units are the chapters."""
    _, titles, read = _book(tmp_path, UNITS_WITH_OUTLINE)
    assert titles == ["UNIT 1. Receiving Goods", "UNIT 2. Packing"]
    assert "Picking and packing, with the ten most common mistakes." in read
