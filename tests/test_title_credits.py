"""Who the credits name, and what of a title page is read, in every format: an editor's
credit ("Edited by", "Compiled by", "Collected and Edited by", "Selected and edited, with
notes, by"), a play's adapter, an author named only by the copyright line, a title
with its subtitle, letters after a name, a dedication under the byline, a note to the
reader before the first chapter, a `<title>` that names the author. Every text here is
made up; each rule has a near miss that stays as it was."""

from __future__ import annotations

import textwrap
from pathlib import Path

import docx
import pytest

from audiobook.build.pipeline import load_book
from audiobook.models import Manuscript
from audiobook.text.readers.base import clean_title, credit
from audiobook.text.readers.html import read_html
from audiobook.text.readers.markdown import read_markdown
from audiobook.text.readers.plaintext import find_chapters
from audiobook.text.segment import credits
from epubs import zip_epub
from manuscripts import centred

CHAPTERS = "\n\nCHAPTER I.\n\nIt rained all day.\n\nCHAPTER II.\n\nIt rained again.\n"
OPENING = "The ferry left at six, whether or not anyone was waiting on the slipway."
SECOND = "Nobody in the village could remember the ferryman taking a day off."


def _text(found) -> str:  # type: ignore[no-untyped-def]
    return " ".join(p.text for _, ps in found.chapters for p in ps)


def _opening(found) -> str:  # type: ignore[no-untyped-def]
    manuscript = _manuscript(found.title, found.author or "", editor=found.editor or "")
    return credits(manuscript, "Ann Reader")[0]


def _manuscript(title: str, author: str, *, editor: str = "") -> Manuscript:
    return Manuscript(title=title, author=author, language="en", chapters=(),
                      source=Path("book.txt"), editor=editor)  # fmt: skip


# ---------------------------------------------------------------- plain text


def test_an_editors_credit_on_a_plain_title_page_is_said_in_the_credits():
    found = find_chapters(
        "THE LETTERS OF CLARA HEWITT\n1841-1855\n\nSelected and edited, with notes, by\n"
        f"Dr. J. A. Penhallow\n{CHAPTERS}"
    )
    assert (found.title, found.author, found.editor) == (
        "The Letters of Clara Hewitt",
        None,
        "Dr. J. A. Penhallow",
    )
    assert _opening(found).startswith("The Letters of Clara Hewitt. Edited by Dr. J. A. Penhallow.")
    ballads = find_chapters(
        "BORDER BALLADS\nAND OTHER VERSES\n\nCollected and Edited by\nJanet Rutherford Hume"
        f"\n\nSecond Edition, Revised\n{CHAPTERS}"
    )
    assert (ballads.title, ballads.editor) == ("Border Ballads and Other Verses",
                                               "Janet Rutherford Hume")  # fmt: skip
    assert "Revised" not in _text(ballads)
    diary = find_chapters(
        "THE HARROWGATE JOURNALS\n\nBeing the Private Diary of Miss Eleanor Vane\n\n"
        "Edited by M. R. Colquhoun\n\n\n\nCopyright (c) 2024 M. R. Colquhoun\n"
        f"All rights reserved.\n{CHAPTERS}"
    )
    assert (diary.author, diary.editor) == (None, "M. R. Colquhoun")


def test_an_editor_named_on_the_copyright_page_is_not_the_books():
    found = find_chapters(
        "STARFALL PROTOCOL\n\nby K. R. Vossberg\n\nCopyright © 2023 K. R. Vossberg\n"
        f"All rights reserved.\nCover art by Miko Dahl\nEdited by Tessa Lin\n{CHAPTERS}"
    )
    assert (found.author, found.editor) == ("K. R. Vossberg", None)


def test_a_plays_adapter_is_its_author_and_letters_after_a_name_are_dropped():
    found = find_chapters(
        "LONGBOURN\n\nA Comedy in Two Acts\n\nadapted for the stage by\nHelen Ashdown-Price"
        f"\n\nfrom the novel by Jane Austen\n{CHAPTERS}"
    )
    assert (found.title, found.author) == ("Longbourn", "Helen Ashdown-Price")
    tudor = find_chapters(f"PRICES AND WAGES\nby Henry Pryce, M.A., F.R.Hist.S.\n{CHAPTERS}")
    assert tudor.author == "Henry Pryce"
    junior = find_chapters(f"PRICES AND WAGES\nby Henry Pryce, Jr.\n{CHAPTERS}")
    assert junior.author == "Henry Pryce, Jr"  # near miss: ", Jr." is part of the name


def test_an_author_named_only_by_the_copyright_line():
    found = find_chapters(
        "DUNGEON CORE ASCENDANT\nA LitRPG Adventure\n\nBook 3 of the Deepdelve Saga\n\n"
        "Ashwin Tarrow\n\nCopyright © 2024 Ashwin Tarrow\nAll rights reserved.\n"
        f"{CHAPTERS}"
    )
    assert (found.title, found.author) == ("Dungeon Core Ascendant", "Ashwin Tarrow")
    romance = find_chapters(
        "Hearts of Silver Creek\nA Small-Town Second-Chance Romance\n\nSilver Creek, Book 2\n\n"
        f"JOSIE McALLISTER\n\nCopyright © 2021 Josie McAllister\n{CHAPTERS}"
    )
    assert (romance.title, romance.author) == ("Hearts of Silver Creek", "Josie McAllister")
    western = find_chapters(
        "Mail-Order Bride for the Marshal\nBrides of Copper Ridge, Book 5\nClara Whitfield\n\n"
        f"Copyright © 2020 Clara Whitfield\n{CHAPTERS}"
    )
    assert (western.title, western.author) == ("Mail-Order Bride for the Marshal",
                                               "Clara Whitfield")  # fmt: skip
    assert "Copper Ridge" not in _text(western)
    # near miss: a publisher over its own copyright line is nobody's name
    press = find_chapters(
        f"Salt Marsh Songs\n\nWayfarer Press\n\nCopyright © 2016 Wayfarer Press{CHAPTERS}"
    )
    assert press.author is None


def test_a_title_and_its_subtitle_are_said_with_a_pause():
    found = find_chapters(
        "Measuring the Heavens\nGreek Astronomy from Thales to Ptolemy\n\nby Christopher Lyall"
        f"\n{CHAPTERS}"
    )
    assert found.title == "Measuring the Heavens: Greek Astronomy from Thales to Ptolemy"
    plants = find_chapters(
        "The Breath of Plants\nHow Photosynthesis Made the Modern World\n\nDr. Anil K. Raman\n\n"
        f"First published 2019 by Halcyon Books Ltd\n© Anil K. Raman 2019\n{CHAPTERS}"
    )
    assert (plants.title, plants.author) == (
        "The Breath of Plants: How Photosynthesis Made the Modern World",
        "Dr. Anil K. Raman",
    )
    # near misses: a title that goes on over the next line, and one in capitals
    wrapped = find_chapters(
        "A Chemical History of the Elements\nfrom Lavoisier to Mendeleev\n\n"
        f"by Eleanor Whitcombe{CHAPTERS}"
    )
    assert wrapped.title == "A Chemical History of the Elements from Lavoisier to Mendeleev"
    shouted = find_chapters(f"THE WIND\nIN THE WILLOWS\n\nby Kenneth Grahame{CHAPTERS}")
    assert shouted.title == "The Wind in the Willows"


def test_a_dedication_right_under_the_byline_is_read():
    found = find_chapters(f"THE HARROWGATE JOURNALS\n\nby M. R. Colquhoun\n\nFor Anna{CHAPTERS}")
    assert found.author == "M. R. Colquhoun"
    assert found.chapters[0][1][0].text == "For Anna"
    # near miss: a subtitle under the byline is the title page's
    page = find_chapters(f"THE HARROWGATE JOURNALS\n\nby M. R. Colquhoun\n\nA NOVEL{CHAPTERS}")
    assert "NOVEL" not in _text(page)


def test_a_plain_title_page_over_a_book_with_no_headings():
    found = find_chapters(
        "ANTIGONE\n\nby Sophocles\n\nA New Verse Translation by\nMarcus Whitcombe-Hale\n\n"
        "ANTIGONE\nIsmene, sister, daughter of one womb,\n"
        "do you know any evil Zeus has spared us?\n"
    )
    assert (found.title, found.author) == ("Antigone", "Sophocles")
    assert "Translation" not in _text(found) and "Ismene, sister" in _text(found)
    # near miss: a poem with no heading and no credit line keeps its first lines
    poem = find_chapters(
        "THE OWL\n\nThe owl looked up to the stars above,\nAnd sang to a guitar.\n"
    )
    assert "THE OWL" in _text(poem)


def test_a_note_to_the_reader_before_chapter_one_is_no_part_of_its_title(make_book):
    text = (
        "THE VAULT JOB\n\nM. J. Okafor\n\nCopyright 2022 M. J. Okafor\n\n"
        "Author's Note: This book has stat blocks. Enjoy them.\n\nCHAPTER 1\n\nShe went in.\n\n"
        "CHAPTER 2\n\nShe came out.\n"
    )
    folder = make_book({"vault.txt": text}, name="vault")
    _, manuscript, _ = load_book(folder)
    assert manuscript.author == "M. J. Okafor"
    note, first = manuscript.chapters[:2]
    assert note.title == "Author's Note"
    assert note.paragraphs[0].text == "This book has stat blocks. Enjoy them."
    assert first.title == "CHAPTER 1"
    folder = make_book({"apoc.txt": text.replace(
        "Author's Note: This book has stat blocks. Enjoy them.",
        "Previously, in Book 1...\n\nJake survived the Integration. Barely.",
    )}, name="apoc")  # fmt: skip
    _, manuscript, _ = load_book(folder)
    assert manuscript.chapters[0].title == "Previously, in Book 1"
    assert manuscript.chapters[0].paragraphs[0].text.startswith("Jake survived")
    # near miss: a chapter whose title names a note keeps it
    titled = find_chapters("CHAPTER 1: Author's Note\n\nShe went in.\n\nCHAPTER 2\n\nOut.\n")
    assert titled.chapters[0][0] == "CHAPTER 1: Author's Note"


def test_a_gutenberg_chapter_title_loses_its_underscores():
    found = find_chapters(
        "ACT I.\n\nSCENE I. A cabin aboard the _Dorinda_.\n\nEnter CALEB.\n\n"
        "SCENE II. The quay.\n\nEnter MATTHEW.\n"
    )
    assert found.chapters[0][0] == "ACT I. SCENE I. A cabin aboard the Dorinda"
    assert clean_title("The my_file_name Affair") == "The my_file_name Affair"  # near miss


def test_credits_say_a_title_that_ends_with_its_own_mark_once():
    manuscript = _manuscript("Put It Up!", "Eliza Corrigan")
    opening, closing = credits(manuscript, "Ann Reader")
    assert opening.startswith("Put It Up! Written by Eliza Corrigan.")
    assert "!." not in opening + closing
    plain = _manuscript("Salt", "Eliza Corrigan")
    assert credits(plain, "Ann Reader")[0].startswith("Salt. Written by")


STORY_OPENINGS = [
    "Printed in red across the envelope were the words DO NOT BEND, and underneath, in my "
    "grandmother's hand, my name.",
    "Published in the spring of 1952, my father's only novel sold eleven copies, and he "
    "bought four of them himself.",
    "All rights to the farm were signed over to my uncle on the morning of the funeral.",
    "First edition copies lay in a box under the stairs for forty years, and nobody ever "
    "thought to open it.",
    "Copyright was the last thing on Ellen's mind the morning she found her own sentences "
    "in another woman's book.",
    "All rights reserved, said the small print on the back of the title page, and she "
    "laughed out loud in the bookshop.",
    "Published by the parish council in 1952, the pamphlet ran to forty pages and cost a "
    "penny, and the vicar wrote every word of it.",
]


@pytest.mark.parametrize("width", [None, 66, 44])
@pytest.mark.parametrize("opening", STORY_OPENINGS)
def test_a_novels_opening_that_starts_like_a_copyright_line_is_read(opening, width):
    """One line per paragraph (width None) or hard-wrapped, under a title in capitals, with
    or without a byline: a sentence of the story is no copyright page."""
    for page in (["THE LIGHTHOUSE LETTERS"], ["THE LIGHTHOUSE LETTERS", "by Mara Quill"]):
        paragraphs = [*page, opening, OPENING, SECOND, "CHAPTER 1", "It rained all day."]
        text = "\n\n".join("\n".join(textwrap.wrap(p, width)) if width else p for p in paragraphs)
        found = find_chapters(text)
        said = " ".join(_text(found).split())
        assert opening in said and OPENING in said and SECOND in said
        assert not any(o.why == "copyright" for o in found.omitted)


def test_a_storys_first_sentence_opening_with_by_is_no_byline():
    opening = "By the time we got there, it was over."
    found = find_chapters(f"THE LONG FIELD\n\n{opening}\n\n{OPENING}\n\n{SECOND}{CHAPTERS}")
    assert found.author is None and opening in _text(found) and OPENING in _text(found)
    assert credit("Edited by my father, our history had been a tidy thing") is None
    assert credit("By now it was dark.") is None
    # near misses: names after "by", in any case, and the name on the next line
    assert credit("by Mara Quill") == ("author", "Mara Quill")
    assert credit("BY THE AUTHOR OF WAVERLEY") == ("author", "THE AUTHOR OF WAVERLEY")
    assert credit("by the author of Waverley") == ("author", "the author of Waverley")
    assert credit("by a Lady") == ("author", "a Lady")
    assert credit("by bell hooks") == ("author", "bell hooks")
    assert credit("by de la Mare") == ("author", "de la Mare")
    assert credit("Edited by") == ("editor", "")
    byline = find_chapters(f"THE LONG FIELD\n\nby Tom Ashby\n\n{opening}\n\n{OPENING}{CHAPTERS}")
    assert byline.author == "Tom Ashby" and opening in _text(byline)


def test_a_copyright_page_with_its_notice_is_still_left_out():
    found = find_chapters(
        "THE LIGHTHOUSE LETTERS\n\nby Mara Quill\n\nCopyright © 2021 Mara Quill\n"
        "All rights reserved, including the right of reproduction in whole or in part in any "
        "form.\nThe moral right of the author has been asserted by her.\n"
        "Published in paperback in 2021 by Harbour Books\nPrinted in the United States of "
        f"America\n\n{OPENING}{CHAPTERS}"
    )
    said = _text(found)
    assert (found.title, found.author) == ("The Lighthouse Letters", "Mara Quill")
    assert OPENING in said
    assert not any(w in said for w in ("Copyright", "reserved", "asserted", "paperback", "America"))
    short = find_chapters(  # a printer's line of its own, under the byline
        f"THE LIGHTHOUSE LETTERS\n\nby Mara Quill\n\nPrinted in Great Britain\n\n{OPENING}"
        f"{CHAPTERS}"
    )
    assert "Printed" not in _text(short) and OPENING in _text(short)


# ---------------------------------------------------------------- Markdown


def test_a_markdown_title_page_over_level_two_chapters():
    found = read_markdown(
        "# The Year I Stopped Lying\n\n*A diary*\n\nby Frankie Delacroix\n\n## January\n\n"
        "Woke up on Mum's sofa.\n\n## February\n\nTexted Dan.\n"
    )
    assert (found.title, found.author) == ("The Year I Stopped Lying", "Frankie Delacroix")
    assert [t for t, _ in found.chapters] == ["January", "February"]
    assert "Frankie" not in _text(found)


def test_a_markdown_storys_opening_about_its_copyright_is_read(make_book):
    copyright, reserved = STORY_OPENINGS[4:6]
    text = (
        f"# The Plagiarist\n\n*by Simon Hale*\n\n{copyright}\n\n{reserved}\n\n{OPENING}\n\n"
        "## Chapter 1\n\nThere were two hundred and eleven of them.\n"
    )
    _, manuscript, _ = load_book(make_book({"plagiarist.md": text}, name="plagiarist"))
    said = [p.text for c in manuscript.chapters for p in c.paragraphs]
    assert said[:3] == [copyright, reserved, OPENING]
    page = "Copyright © 2021 Simon Hale\n\nAll rights reserved. No part of this book may be copied."
    notice = text.replace(f"{copyright}\n\n{reserved}", page)
    _, manuscript, _ = load_book(make_book({"notice.md": notice}, name="notice"))
    said = [p.text for c in manuscript.chapters for p in c.paragraphs]
    assert said[0] == OPENING  # near miss: a real copyright page is still left out


def test_a_markdown_subtitle_heading_and_a_name_alone_in_italics():
    found = read_markdown(
        "# Deep Time\n\n## A Short History of the Earth's Climate\n\n*Rosalind Okafor*\n\n---\n\n"
        "Copyright © 2023 by Rosalind Okafor. All rights reserved.\n\n---\n\n*For Ada and Kwame*"
        "\n\n## 1. The Faint Young Sun\n\nThe Sun was faint.\n\n## 2. Snowball Earth\n\nIce.\n"
    )
    assert (found.title, found.author) == (
        "Deep Time: A Short History of the Earth's Climate",
        "Rosalind Okafor",
    )
    assert "Rosalind Okafor" not in _text(found).replace("Copyright © 2023 by Rosalind Okafor", "")
    mech = read_markdown(
        "# IRON TITANS: GENESIS\n\n*A Mech Military Sci-Fi Novel*\n\n**Garrett Stahl**\n\n---\n\n"
        "Copyright © 2023 Garrett Stahl. All rights reserved.\n\n---\n\n## Chapter 1: Drop\n\n"
        "The pod hit.\n\n## Chapter 2: Ground\n\nMud.\n"
    )
    assert mech.author == "Garrett Stahl"
    # near miss: a lone `#` over `##` chapters with prose under it is a chapter of text
    story = read_markdown("# Harbour\n\n## One\n\nShe left at dawn.\n\n## Two\n\nShe came back.\n")
    assert story.author is None and "She left at dawn." in _text(story)


# ---------------------------------------------------------------- HTML


def test_html_editor_a_particle_in_a_name_and_a_title_that_names_its_author():
    letters = read_html(
        "<html><head><title>Letters of a Planter</title></head><body>"
        "<h1>Letters of a Planter</h1><p>Edited by Anne W. Carrington</p>"
        "<h2>Editorial Method</h2><p>The letters are printed as written.</p>"
        "<h2>Letter XXIV</h2><p>Sir, I received your favour.</p></body></html>"
    )
    assert (letters.author, letters.editor) == (None, "Anne W. Carrington")
    assert "Edited by" not in _text(letters)
    egypt = read_html(
        "<html><body><h1>The River Kingdom</h1><p class='byline'>by Samira el-Hadi</p>"
        "<h2>Chapter 1. Nile</h2><p>The river rose.</p><h2>Chapter 2. Stone</h2>"
        "<p>The stone was cut.</p></body></html>"
    )
    assert egypt.author == "Samira el-Hadi" and "by Samira" not in _text(egypt)
    odes = read_html(
        "<html><head><title>Odes and Elegies, by Edmund Harcourt Vane</title></head><body>"
        "<h2>ODE</h2><p>O country of the slow and silver streams.</p>"
        "<h2>ELEGY</h2><p>The bell is still.</p></body></html>"
    )
    assert (odes.title, odes.author) == ("Odes and Elegies", "Edmund Harcourt Vane")
    # near miss: a title with ", by" before a word that is no name stays whole
    death = read_html(
        "<html><head><title>Death, by Misadventure</title></head><body><h2>One</h2>"
        "<p>It rained.</p><h2>Two</h2><p>It cleared.</p></body></html>"
    )
    assert death.title == "Death, by Misadventure"


# ---------------------------------------------------------------- Word and EPUB


def _word_book(make_book, page: list[str], name: str) -> Manuscript:  # type: ignore[no-untyped-def]
    document = docx.Document()
    for line in page[:-1]:
        centred(document, line)
    centred(document, page[-1], page_break=True)
    for title, text in (("Chapter One", OPENING), ("Chapter Two", SECOND)):
        heading = document.add_paragraph(title, style="Heading 1")
        heading.paragraph_format.page_break_before = True
        document.add_paragraph(text)
    folder = make_book({}, name=name)
    document.core_properties.author = "python-docx"
    document.save(str(folder / f"{name}.docx"))
    return load_book(folder)[1]


def test_word_title_pages_with_a_compiler_and_with_letters_after_the_name(make_book):
    hymns = _word_book(make_book, ["SONGS FOR THE LONG ROAD", "Hymns and Songs for Pilgrims",
                                   "Compiled by the Rev. Dr. Alice M. Thornbury, D.D."],
                       "hymns")  # fmt: skip
    assert (hymns.title, hymns.editor) == ("Songs for the Long Road", "Rev. Dr. Alice M. Thornbury")
    voss = _word_book(make_book, ["THINKING IN NUMBERS", "by Dr. Helena Voss, Ph.D.",
                                  "For my students, past and present."], "voss")  # fmt: skip
    assert voss.author == "Dr. Helena Voss"
    assert voss.chapters[0].paragraphs[0].text == "For my students, past and present."
    # near miss: a sentence under the title is no byline
    story = _word_book(make_book, ["THE FERRY", "She left at dawn with the tide."], "story")
    assert story.author in ("", "Unknown author", "Unknown Author") or "dawn" not in story.author


XHTML = (
    '<?xml version="1.0" encoding="utf-8"?><html xmlns="http://www.w3.org/1999/xhtml" '
    'xmlns:epub="http://www.idpf.org/2007/ops"><head><title>Title</title></head><body>{}</body></html>'
)


def test_an_epub_title_page_with_the_subtitle_under_the_title(make_book):
    pages = {
        "c0.xhtml": (
            "<h1>Knives and Mercy</h1><p>Surgery Before Anaesthesia</p><p>Thomas R. Ellery</p>"
        ),
        "c2.xhtml": f"<h1>Chapter 1</h1><p>{OPENING}</p>",
        "c3.xhtml": f"<h1>Chapter 2</h1><p>{SECOND}</p>",
    }
    folder = make_book({}, name="knives")
    metadata = (
        "<dc:title>Knives and Mercy: Surgery Before Anaesthesia</dc:title>"
        "<dc:creator>Thomas R. Ellery</dc:creator><dc:language>en</dc:language>"
    )
    nav = XHTML.format(
        '<nav epub:type="toc"><ol><li><a href="c0.xhtml">Title</a></li>'
        '<li><a href="c2.xhtml">Chapter 1</a></li>'
        '<li><a href="c3.xhtml">Chapter 2</a></li></ol></nav>'
    )
    documents = {name: XHTML.format(body) for name, body in pages.items()}
    zip_epub(folder / "knives.epub", metadata, documents, nav)
    _, manuscript, _ = load_book(folder)
    assert [c.title for c in manuscript.chapters] == ["Chapter 1", "Chapter 2"]
    assert any(o.what.startswith("c0.xhtml") for o in manuscript.omitted)
    # near miss: a first page that opens with another title is read
    pages["c0.xhtml"] = (
        "<h1>Before the Knife</h1><p>Surgeons worked fast.</p><p>Thomas R. Ellery</p>"
    )
    documents = {name: XHTML.format(body) for name, body in pages.items()}
    zip_epub(folder / "knives.epub", metadata, documents, nav)
    _, manuscript, _ = load_book(folder)
    assert "Surgeons worked fast." in [p.text for c in manuscript.chapters for p in c.paragraphs]


# ---------------------------------------------------------------- story words kept


@pytest.mark.parametrize(
    ("title", "opening"),
    [
        ("THE VISIT", "By noon the house was full."),
        ("THE BARN THEATRE", "Adapted by necessity, the old barn became a theatre every August."),
        ("NOTES FROM A SMALL ISLAND SCHOOL", "By Friday, nobody had called."),
        ("THE VISIT", "By Christmas we were gone."),
        ("THE VISIT", "BY NOON THE HOUSE WAS FULL."),
    ],
)
@pytest.mark.parametrize("chapters", ["", CHAPTERS])
def test_a_capitals_title_over_a_sentence_opening_by_keeps_the_sentence(title, opening, chapters):
    rest = "Aunt Ruth had brought the trifle, and the children a frog in a jam jar."
    found = find_chapters(f"{title}\n\n{opening}\n\n{rest}{chapters}")
    assert found.author is None
    assert opening in _text(found) and rest in _text(found)
    assert credit(opening) is None


def test_a_credit_names_someone_after_by():
    assert credit("By Friday, nobody had called.") is None
    assert credit("By Monday the snow had gone") is None
    assert credit("By Tuesday it was over.") is None
    # near misses: names, with initials, particles, letters after them, several people
    assert credit("By A. N. Author") == ("author", "A. N. Author")
    assert credit("by Ursula K. Le Guin") == ("author", "Ursula K. Le Guin")
    assert credit("by Ngũgĩ wa Thiong’o") == ("author", "Ngũgĩ wa Thiong’o")
    assert credit("by Julian of Norwich") == ("author", "Julian of Norwich")
    assert credit("by Mrs. Gaskell") == ("author", "Mrs. Gaskell")
    assert credit("by Martin Luther King, Jr.") == ("author", "Martin Luther King, Jr.")
    several = "Jane Roe, Tom Ashby and Ann Lee"
    assert credit(f"by {several}") == ("author", several)
    assert credit("BY A LADY") == ("author", "A LADY")
    assert credit("By Sophocles") == ("author", "Sophocles")
    found = find_chapters(f"THE VISIT\n\nBy Friday Adebayo\n\n{OPENING}\n\n{SECOND}")
    assert found.author == "Friday Adebayo" and "Friday" not in _text(found)


def test_a_markdown_epigraph_under_the_title_is_read_and_its_poet_is_no_author():
    found = read_markdown(
        "# The Long Field\n\n*Because I could not stop for Death*\n\n*Emily Dickinson*\n\n"
        "# Chapter One\n\nMy father died in the long field.\n\n# Chapter Two\n\nWe sold it.\n"
    )
    assert found.author is None
    assert "Because I could not stop for Death" in _text(found)
    assert "Emily Dickinson" in _text(found)
    # near miss: a subtitle in italics over the author's name in italics is a title page
    page = read_markdown(
        "# The Long Field\n\n*A Memoir*\n\n*Tom Ashby*\n\n"
        "# Chapter One\n\nMy father died in the long field.\n\n# Chapter Two\n\nWe sold it.\n"
    )
    assert page.author == "Tom Ashby" and "Tom Ashby" not in _text(page)


def test_a_dedicatee_or_an_epigraphs_source_under_the_title_is_no_author():
    dedicated = find_chapters(f"THE SALT ROAD\n\nFor\n\nMargaret Hale{CHAPTERS}")
    assert dedicated.title == "The Salt Road" and dedicated.author is None
    memory = find_chapters(f"THE SALT ROAD\n\nIn memory of\n\nMargaret Hale{CHAPTERS}")
    assert memory.author is None
    epigraph = find_chapters(f"THE LONG FIELD\n\nNothing gold can stay.\n\nRobert Frost{CHAPTERS}")
    assert epigraph.author is None
    # near miss: a subtitle over the author's name alone
    guide = find_chapters(
        f"RAISED BEDS FOR SMALL SPACES\n\nA Practical Guide\n\nTom Ashworth{CHAPTERS}"
    )
    assert guide.author == "Tom Ashworth"


def test_an_html_title_by_a_means_of_travel_stays_whole():
    page = (
        "<h1>Scotland</h1><p>The night train left Euston at midnight.</p><h2>Oban</h2><p>Sheep.</p>"
    )
    for title in ("Scotland, by Rail and Ferry", "The Hebrides, by Sea Kayak"):
        found = read_html(f"<html><head><title>{title}</title></head><body>{page}</body></html>")
        assert found.author is None, title
    # near misses: a name the page repeats, and Gutenberg's "Title, by A. B. Name"
    named = read_html(
        "<html><head><title>Hill Walks, by Mara Quill</title>"
        f"<meta name='author' content='Mara Quill'></head><body>{page}</body></html>"
    )
    assert named.author == "Mara Quill"
    shown = read_html(
        "<html><head><title>Hill Walks, by Mara Quill</title></head><body>"
        f"<p class='byline'>Mara Quill</p>{page}</body></html>"
    )
    assert shown.author == "Mara Quill"


def test_a_title_line_opening_book_is_no_series_line():
    thief = find_chapters(f"THE\nBOOK THIEF\n\nby Markus Zusak{CHAPTERS}")
    assert (thief.title, thief.author) == ("The Book Thief", "Markus Zusak")
    dust = find_chapters(f"LA BELLE SAUVAGE\nBOOK OF DUST\n\nby Mara Quill{CHAPTERS}")
    assert dust.title == "La Belle Sauvage Book of Dust"
    # near miss: a series line under the title is left out of it
    saga = find_chapters(f"THE MARSH KING\nBOOK THREE OF THE REED SAGA\n\nby Mara Quill{CHAPTERS}")
    assert saga.title == "The Marsh King"


def test_a_title_wrapped_over_two_lines_gets_no_colon():
    found = find_chapters(f"Twenty Thousand Leagues\nUnder the Sea\n\nby Jules Verne{CHAPTERS}")
    assert found.title == "Twenty Thousand Leagues Under the Sea"
    # near miss: a subtitle in title case keeps its pause
    found = find_chapters(f"The Salt Road\nA Journey Across the Marsh\n\nby Mara Quill{CHAPTERS}")
    assert found.title == "The Salt Road: A Journey Across the Marsh"


def test_a_storys_sentence_opening_previously_is_no_front_note(make_book):
    text = (
        "Previously on the farm, we kept goats.\n\nThey ate the washing off the line.\n\n"
        "CHAPTER 1\n\nThe goats went.\n\nCHAPTER 2\n\nThe hens came.\n"
    )
    _, manuscript, _ = load_book(make_book({"goats.txt": text}, name="goats"))
    first = manuscript.chapters[0]
    assert first.title != "Previously on the farm, we kept goats"
    assert first.paragraphs[0].text == "Previously on the farm, we kept goats."
    # near miss: a recap's label
    from audiobook.models import Paragraph
    from audiobook.text.matter import front_note

    recap = [Paragraph("Previously on The Marsh:"), Paragraph("Jake survived.")]
    assert front_note(recap) == ("Previously on The Marsh", recap[1:])


def test_a_gutenberg_volume_note_is_not_read_in_english_in_another_language():
    # Project Gutenberg writes "(of 12)" on a volume's title in English whatever the
    # book's language; a Portuguese narrator heard "Nº2 (of doze)"
    title = "Noites de insomnia, offerecidas a quem não póde dormir. Nº2 (of 12)"
    manuscript = Manuscript(
        title=title, author="Camillo Castello Branco", language="pt", chapters=(),
        source=Path("noites.txt"),
    )  # fmt: skip
    opening, closing = credits(manuscript, "Ann Reader")
    assert "(of" not in opening and "(of" not in closing
    assert opening.startswith("Noites de insomnia, offerecidas a quem não póde dormir. Nº2. ")
    # near miss: an English volume keeps the library's note, in its own language
    english = Manuscript(
        title="The Works of Edgar Allan Poe, Volume 2 (of 5)", author="Edgar Allan Poe",
        language="en", chapters=(), source=Path("poe.txt"),
    )  # fmt: skip
    assert credits(english, "Ann Reader")[0].startswith(
        "The Works of Edgar Allan Poe, Volume 2 (of 5). Written by"
    )


def test_a_book_named_by_its_title_drops_the_volume_note_in_its_heading(tmp_path):
    # a Portuguese book with no headings is one chapter named for the book: its
    # heading said "Nº2 (of doze)" after credits that no longer did
    from plainbooks import gutenberg_footer, gutenberg_header, read_book

    title = "Noites de insomnia, offerecidas a quem não póde dormir. Nº2 (of 12)"
    text = (
        gutenberg_header(title, "Camillo Castello Branco", "Portuguese")
        + "Era uma noite escura, e a chuva caía sobre a villa quieta ao pé do monte.\n\n"
        + "Ninguem sabia d'onde vinha o viajante, nem para onde ia com tanta pressa."
        + gutenberg_footer(title)
    )
    _, _, read = read_book(tmp_path, text)
    assert read.startswith("Noites de insomnia, offerecidas a quem não póde dormir. Número dois.")
    assert "(of" not in read
