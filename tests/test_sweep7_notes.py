"""Sweep 7: Gutenberg's bracketed symbol note marks ("[*]", "[†]") and a title page headed
by a named book's title ("THE BOOK OF HOUSEHOLD MANAGEMENT;" over "BY MRS. …")."""

from __future__ import annotations

from pathlib import Path

import pytest

from audiobook.build.pipeline import load_book
from audiobook.models import LINE_BREAK
from audiobook.text.readers.plaintext import find_chapters
from plainbooks import LYTTLETON

HEADER = """The Project Gutenberg EBook of {title}, by {author}

This eBook is for the use of anyone anywhere at no cost and with
almost no restrictions whatsoever.

Title: {title}

Author: {author}

Release Date: September, 2004 [EBook #{number}]

Language: English


*** START OF THIS PROJECT GUTENBERG EBOOK {upper} ***




Produced by David Widger




"""
FOOTER = """



End of the Project Gutenberg EBook of {title}, by {author}

*** END OF THIS PROJECT GUTENBERG EBOOK {upper} ***
"""


def _gutenberg(title: str, author: str, number: int, body: str) -> str:
    fields = {"title": title, "author": author, "number": number, "upper": title.upper()}
    return HEADER.format(**fields) + body + FOOTER.format(**fields)


FIELDING = """THE HISTORY OF TOM JONES, A FOUNDLING

By Henry Fielding




BOOK I.


Chapter i.

The introduction to the work, or bill of fare to the feast.

The provision, then, which we have here made is no other than HUMAN
NATURE. Nor do I fear that my sensible reader, though most luxurious in
his taste, will start, cavil, or be offended, because I have named but
one article.{mark}

{mark} True nature is as difficult to be met with in authors, as the Bayonne
ham, or Bologna sausage, is to be found in the shops.


Chapter ii.

A short description of squire Allworthy.

In that part of the western division of this kingdom which is commonly
called Somersetshire, there lately lived a gentleman whose name was
Allworthy, and who might well be called the favourite of both nature
and fortune.
"""


def _tom_jones(make_book, mark: str, mode: str) -> tuple[list[str], list[str], list[str]]:  # type: ignore[no-untyped-def]
    """What is heard of the book (segments' text), the notes read, the notes skipped."""
    body = _gutenberg("History of Tom Jones, a Foundling", "Henry Fielding", 6593,
                      FIELDING.format(mark=mark))  # fmt: skip
    folder = make_book({"book.txt": body, "book.toml": f'[notes]\nmode = "{mode}"\n'})
    _, manuscript, chapters = load_book(folder)
    heard = [s.text for c in chapters for s in c.segments if s.kind != "note"]
    read = [s.spoken for c in chapters for s in c.segments if s.kind == "note"]
    skipped = [o.text for o in manuscript.omitted if o.why == '[notes] mode = "skip"']
    return heard, read, skipped


@pytest.mark.parametrize("mark", ["[*]", "[**]", "[+]", "[†]"])
def test_a_bracketed_symbol_mark_is_not_said_and_its_note_is_skipped(make_book, mark: str) -> None:
    heard, read, skipped = _tom_jones(make_book, mark, "skip")
    article = next(t for t in heard if "named but one article" in t)
    assert article.endswith("named but one article.")
    assert not any("True nature" in t for t in heard)
    assert not any("[" in t or "]" in t for t in heard)
    assert read == []
    assert skipped == [
        "True nature is as difficult to be met with in authors, as the Bayonne "
        "ham, or Bologna sausage, is to be found in the shops."
    ]


@pytest.mark.parametrize("mark", ["[*]", "[1]"])
def test_a_bracketed_symbol_note_is_read_inline_as_a_numbered_one(make_book, mark: str) -> None:
    heard, read, _ = _tom_jones(make_book, mark, "inline")
    assert not any("True nature" in t for t in heard)
    assert len(read) == 1 and "True nature is as difficult" in read[0]
    assert read[0].startswith("Note one." if mark == "[1]" else "Note.")


def test_near_miss_a_bracketed_asterisk_line_with_no_mark_above_is_read(make_book) -> None:
    """A "[*]" line no mark in the text cites is no note: it is read as it stands."""
    body = FIELDING.format(mark="").replace(
        "\n True nature", "\n[*] True nature"
    )  # the mark in the text is gone, its "note" stays
    found = find_chapters(_gutenberg("History of Tom Jones", "Henry Fielding", 6593, body))
    text = " ".join(p.text for _, ps in found.chapters for p in ps)
    assert "True nature is as difficult" in text


BEETON = """THE BOOK OF HOUSEHOLD MANAGEMENT;

Comprising Information for the

MISTRESS,
HOUSEKEEPER,
COOK,
KITCHEN-MAID,
BUTLER,

ALSO, SANITARY, MEDICAL, & LEGAL MEMORANDA;

BY MRS. ISABELLA BEETON.

    Nothing lovelier can be found
    In Woman, than to study household good.--MILTON.




CHAPTER I.

THE MISTRESS.

1. As with the commander of an army, or the leader of any enterprise,
so is it with the mistress of a house. Her spirit will be seen through
the whole establishment; and just in proportion as she performs her
duties intelligently and thoroughly, so will her domestics usually
follow in her path.
"""


def test_a_title_page_headed_the_book_of_is_left_out(tmp_path: Path) -> None:
    text = _gutenberg("The Book of Household Management", "Mrs. Isabella Beeton", 10136, BEETON)
    found = find_chapters(text)
    titles = [t for t, _ in found.chapters]
    said = " ".join(p.text for _, ps in found.chapters for p in ps)
    assert "THE BOOK OF HOUSEHOLD MANAGEMENT;" not in titles
    assert "MISTRESS" not in said and "BEETON" not in said and "Comprising" not in said
    assert "Nothing lovelier can be found" in said  # the epigraph is read
    assert any(o.what.startswith("title page") for o in found.omitted)


def test_near_miss_the_book_of_job_heads_its_text() -> None:
    """A book of the Bible: no "by" line under its name, whose text is read under it."""
    body = """THE BOOK OF JOB

There was a man in the land of Uz, whose name was Job; and that man
was perfect and upright, and one that feared God, and eschewed evil.

And there were born unto him seven sons and three daughters.




CHAPTER II.

Again there was a day when the sons of God came to present themselves
before the LORD.
"""
    found = find_chapters(_gutenberg("The Book of Job", "Anonymous", 8018, body))
    titles = [t for t, _ in found.chapters]
    said = " ".join(p.text for _, ps in found.chapters for p in ps)
    assert titles[0] == "THE BOOK OF JOB"
    assert "There was a man in the land of Uz" in said


def test_near_miss_short_opening_lines_with_no_heading_are_read() -> None:
    """A first chapter with no heading that opens with short lines is the story's."""
    body = """Rain on the roof.
Rain on the road.

The Book of Small Things was what Nell called the diary she kept under her
mattress, and by the end of that wet October it held more than she had
ever meant to write in it.




CHAPTER II.

The next morning the rain had stopped, and the lane outside the cottage
was a river of brown water running down towards the mill.
"""
    found = find_chapters(_gutenberg("Small Things", "Jane Hale", 9999, body))
    said = " ".join(p.text for _, ps in found.chapters for p in ps)
    assert "Rain on the roof." in said and "Rain on the road." in said
    assert "The Book of Small Things was what Nell called" in said


FIELDING_FRONT = f"""THE HISTORY OF TOM JONES, A FOUNDLING

By Henry Fielding




DEDICATION

{LYTTLETON}



BOOK I.


Chapter i.

An author ought to consider himself, not as a gentleman who gives a
private or eleemosynary treat, but rather as one who keeps a public
ordinary, at which all persons are welcome for their money.
"""


def test_the_dedication_label_is_read_with_its_dedication() -> None:
    found = find_chapters(_gutenberg("History of Tom Jones, a Foundling", "Henry Fielding",
                                     6593, FIELDING_FRONT))  # fmt: skip
    said = [p.text for _, ps in found.chapters for p in ps]
    assert said[0] == "DEDICATION"
    assert said[1].startswith("TO THE HONOURABLE GEORGE LYTTLETON")
    page = next(o for o in found.omitted if o.what.startswith("title page"))
    assert "DEDICATION" not in (page.text or "")


def test_near_miss_short_lines_under_the_byline_stay_on_the_title_page() -> None:
    """An edition line under the byline is the title page's, as before."""
    body = FIELDING_FRONT.replace("DEDICATION\n", "A NEW EDITION\n", 1)
    found = find_chapters(_gutenberg("History of Tom Jones, a Foundling", "Henry Fielding",
                                     6593, body))  # fmt: skip
    said = " ".join(p.text for _, ps in found.chapters for p in ps)
    assert "A NEW EDITION" not in said
    assert "TO THE HONOURABLE GEORGE LYTTLETON" in said


ARGUMENT = """THE HISTORY OF TOM JONES, A FOUNDLING

By Henry Fielding




BOOK I.

CONTAINING AS MUCH OF THE BIRTH OF THE FOUNDLING
AS IS NECESSARY OR PROPER TO ACQUAINT THE READER WITH
IN THE BEGINNING OF THIS HISTORY.


Chapter i.

An author ought to consider himself, not as a gentleman who gives a
private or eleemosynary treat, but rather as one who keeps a public
ordinary, at which all persons are welcome for their money.
"""


def _paragraphs(body: str) -> list[str]:
    found = find_chapters(_gutenberg("History of Tom Jones, a Foundling", "Henry Fielding",
                                     6593, body))  # fmt: skip
    return [p.text for _, ps in found.chapters for p in ps]


def test_a_book_argument_in_capitals_is_one_sentence() -> None:
    argument = next(p for p in _paragraphs(ARGUMENT) if p.startswith("CONTAINING"))
    assert LINE_BREAK not in argument
    assert argument.endswith("THE READER WITH IN THE BEGINNING OF THIS HISTORY.")


def test_near_miss_a_list_in_capitals_keeps_its_lines() -> None:
    """Lines that end with a comma (a list of ranks) are the author's, one a line."""
    body = ARGUMENT.replace(
        "CONTAINING AS MUCH OF THE BIRTH OF THE FOUNDLING\nAS IS NECESSARY OR PROPER TO "
        "ACQUAINT THE READER WITH\nIN THE BEGINNING OF THIS HISTORY.",
        "THE MISTRESS OF THE HOUSE,\nTHE COOK AND THE KITCHEN-MAID,\nTHE BUTLER AND THE FOOTMAN.",
    )
    ranks = next(p for p in _paragraphs(body) if p.startswith("THE MISTRESS"))
    assert ranks.count(LINE_BREAK) == 2


def _chapter(n: str) -> str:
    return f"""Chapter {n}.

The history goes on here, as a history of this kind must, with more of the
squire and his sister, and of the foundling whom they took into the house.


"""


def _two_books(second: tuple[str, str]) -> list[str | None]:
    body = (
        "BOOK I.\n\nCONTAINING AS MUCH OF THE BIRTH OF THE FOUNDLING\nAS IS NECESSARY OR "
        "PROPER TO ACQUAINT THE READER WITH\nIN THE BEGINNING OF THIS HISTORY.\n\n\n"
        + _chapter("i") + _chapter("ii")
        + "\n\nBOOK II.\n\nCONTAINING SCENES OF MATRIMONIAL FELICITY IN DIFFERENT DEGREES OF "
        "LIFE.\n\n\n" + _chapter(second[0]) + _chapter(second[1])
    )
    found = find_chapters(_gutenberg("History of Tom Jones, a Foundling", "Henry Fielding",
                                     6593, body))  # fmt: skip
    return [t for t, _ in found.chapters]


def test_chapters_numbered_anew_in_each_book_keep_their_book() -> None:
    assert _two_books(("i", "ii")) == [
        "BOOK I. Chapter i", "BOOK I. Chapter ii", "BOOK II. Chapter i", "BOOK II. Chapter ii",
    ]  # fmt: skip  # each book's argument opens its first chapter (test_sweep3_front)


def test_near_miss_chapters_numbered_on_through_the_books_keep_their_names() -> None:
    assert _two_books(("iii", "iv")) == [
        "BOOK I", "Chapter i", "Chapter ii", "BOOK II", "Chapter iii", "Chapter iv",
    ]  # fmt: skip
