"""Outlines deeper than chapters: stories and essays with numbered sections, a
collection's title page over its `#` chapters, Word's Book › Part › Chapter headings;
and the marks Markdown writers' tools leave (strike-through, asterisms, clippers)."""

from __future__ import annotations

from pathlib import Path

import docx

from audiobook.build.pipeline import load_book
from audiobook.text.ingest import locate_book, read_manuscript
from audiobook.text.readers.docx import read_docx


def _read(make_book, text: str, toml: str = ""):  # type: ignore[no-untyped-def]
    files = {"book.md": text} | ({"book.toml": toml} if toml else {})
    return read_manuscript(locate_book(make_book(files)))


def _spoken(make_book, text: str, toml: str = "", name: str = "spoken") -> list[list[str]]:
    """Each chapter's segments as the engine is given them."""
    files = {"book.md": text} | ({"book.toml": toml} if toml else {})
    _, _, chapters = load_book(make_book(files, name=name))
    return [[s.spoken for s in c.segments] for c in chapters]


def _titles(book) -> list[str]:  # type: ignore[no-untyped-def]
    return [c.title for c in book.chapters]


# ---------------------------------------------------------------- numbered sections

COLLECTION = """# The Weir-Keeper

*by Alma Roskell*

The weir at Cotter's Mill had been kept by the same family since the river was
straightened, and Ida was the last of them.

# Eleven Lamps for the Ferry

*by Dorian Vetch*

## I

The ferry kept eleven lamps, one for each crossing of the night, and Mr. Pruett lit
them in order from the stern.

## II

When the company sold the ferry, the lamps went to a shop in the High Street, and
nobody could say which had been the first.

# The Gull Census

*by Ottilie Marr*

Every May my uncle counted the gulls on the breakwater, and every May he wrote down
a smaller number.
"""


def test_a_storys_numbered_sections_are_lines_of_one_chapter(make_book) -> None:
    """"## I" and "## II" under a story's `#` are its sections, said "One." and "Two."
    inside it: not a chapter each, and not joined to the story's title."""
    book = _read(make_book, COLLECTION)
    assert _titles(book) == ["The Weir-Keeper", "Eleven Lamps for the Ferry", "The Gull Census"]
    lamps = _spoken(make_book, COLLECTION)[1]
    assert lamps[:3] == ["Eleven Lamps for the Ferry.", "by Dorian Vetch", "One."]
    assert "Two." in lamps
    assert lamps.index("Two.") > lamps.index("One.") + 1


ESSAYS = """---
title: "Weather Indoors"
author: "Tamsin Achebe-Ward"
---

# On Drizzle {#drizzle}

## I.

Drizzle is the weather of apologies.[^1] It never quite arrives and never quite leaves.

## II.

A meteorologist once told me that drizzle droplets are smaller than half a millimetre,
which explains why an umbrella feels like an overstatement.

[^1]: My mother's phrase, not mine.

# The Thermostat War

Our house has had one thermostat and two opinions since 1998.
"""

CHAPTER_END = '[notes]\nmode = "chapter-end"\n'


def test_an_essays_notes_come_after_its_last_section(make_book) -> None:
    """"## I." and "## II." with nothing between the essay's `#` and the first: one
    chapter titled by the essay alone, its chapter-end notes after section two."""
    book = _read(make_book, ESSAYS, CHAPTER_END)
    assert _titles(book) == ["On Drizzle", "The Thermostat War"]
    drizzle = _spoken(make_book, ESSAYS, CHAPTER_END)[0]
    assert drizzle.index("One.") < drizzle.index("Two.")
    note = next(i for i, s in enumerate(drizzle) if s.startswith("Note one."))
    assert note > drizzle.index("Two.")
    assert any("umbrella" in s for s in drizzle[: note])


def test_numbered_chapters_under_named_parts_stay_chapters(make_book) -> None:
    """A novel's "# Winter" over "## 1", "## 2": no `#` holds a story's text or byline,
    so the numbers are chapters, as before."""
    text = (
        "# Winter\n\n## 1\n\nThe canal froze in the first week of the year.\n\n"
        "## 2\n\nMarta skated to the lock and back.\n\n"
        "# Spring\n\n## 3\n\nThe ice went out at night, loudly.\n\n"
        "## 4\n\nBy April the barges were moving again.\n"
    )
    book = _read(make_book, text)
    assert len(book.chapters) == 4


def test_a_numbered_section_under_a_third_level_heading_is_said_as_a_number(make_book) -> None:
    """"### I" inside a story is said "One.", not the pronoun "I"."""
    text = (
        "# Part One: Fields\n\n## The Mole-Catcher\n\n*by Wren Hallam*\n\n### I\n\n"
        "He set his traps before dawn and walked the rows at noon.\n\n### II\n\n"
        "His son never learned the trade.\n\n## Hay\n\nThe hay came in wet that year.\n"
    )
    story = _spoken(make_book, text)[0]
    assert "One." in story and "Two." in story and "I" not in story


# ---------------------------------------------------------------- title pages

TITLE_PAGE = """# Harbour Lights

*Stories from the Estuary*

Edited by Constance Pirelli

# Introduction

I asked twenty writers for a story about the estuary, and nine of them sent me one
about their mothers.

# The Dredger

*by Felix Amadi*

The dredger worked the channel all summer, and the noise of it got into our sleep.
"""


def test_a_title_page_over_hash_chapters_goes_to_the_credits(make_book) -> None:
    book = _read(make_book, TITLE_PAGE)
    assert book.title == "Harbour Lights"
    assert book.editor == "Constance Pirelli"  # credited as the editor, not as an author
    assert _titles(book) == ["Introduction", "The Dredger"]
    page = next(o for o in book.omitted if o.what.startswith("title page"))
    assert "Edited by Constance Pirelli" in page.text


WITH_FRONT_MATTER = """---
title: "Harbour Lights: Stories from the Estuary"
author: "Edited by Constance Pirelli"
---

# Harbour Lights

*Stories from the Estuary*

Edited by Constance Pirelli

---

Copyright © 2022 by Saltmarsh Books. All rights reserved.

ISBN 978-0-00-000000-0

""" + TITLE_PAGE.split("\n\n", 3)[3]


def test_front_matter_and_a_title_page_say_the_title_once(make_book) -> None:
    book = _read(make_book, WITH_FRONT_MATTER)
    assert book.title == "Harbour Lights: Stories from the Estuary"
    assert book.editor == "Constance Pirelli"  # not an author "Edited by Constance Pirelli"
    assert _titles(book)[-2:] == ["Introduction", "The Dredger"]
    assert "Harbour Lights" not in _titles(book)
    page = next(o for o in book.omitted if o.what.startswith("title page"))
    assert "Edited by Constance Pirelli" in page.text
    copyright_ = [o.text for o in book.omitted if o.why == "copyright"]
    assert not any("Edited by" in text for text in copyright_)


def test_a_storys_short_first_paragraph_under_its_byline_is_no_subtitle(make_book) -> None:
    """"# The Dredger" / "*by Felix Amadi*" / "It rained." over another `#`: a story, its
    first words read, not a title page whose last line is dropped."""
    text = "# The Dredger\n\n*by Felix Amadi*\n\nIt rained.\n\n# The Weir\n\nThe weir held.\n"
    book = _read(make_book, text)
    assert _titles(book) == ["The Dredger", "The Weir"]
    assert "It rained." in [p.text for ch in book.chapters for p in ch.paragraphs]


def test_a_storys_title_and_byline_over_its_text_is_no_title_page(make_book) -> None:
    """A story's byline then a rule then its text: the story is read, titled."""
    text = (
        "# The Dredger\n\n*by Felix Amadi*\n\n---\n\n"
        "The dredger worked the channel all summer.\n\n"
        "# The Ferry\n\n*by Nia Oduya*\n\nThe ferry was late again.\n"
    )
    book = _read(make_book, text)
    assert _titles(book) == ["The Dredger", "The Ferry"]
    assert not any(o.what.startswith("title page") for o in book.omitted)


# ---------------------------------------------------------------- writers' marks

def test_struck_words_are_read_without_their_tildes(make_book) -> None:
    text = (
        "# Packing\n\nShe crossed out the first item: ~~lanterns~~ torches, and then "
        "~~two~~ three blankets.\n\n# Leaving\n\nThey left at six.\n"
    )
    first = _spoken(make_book, text)[0]
    assert not any("~" in s for s in first)
    # set apart and said to be crossed out (sweep 17): read plainly, "lanterns torches"
    assert any("lanterns, crossed out, torches" in s for s in first)


def test_an_asterism_alone_is_a_scene_break(make_book) -> None:
    text = (
        "# Night\n\nThe lamp went out at midnight.\n\n⁂\n\nMorning came grey and cold.\n\n"
        "# Day\n\nThey walked to the harbour.\n"
    )
    paragraphs = _read(make_book, text).chapters[0].paragraphs
    assert [p.text for p in paragraphs] == [
        "The lamp went out at midnight.", "Morning came grey and cold."
    ]
    assert paragraphs[1].scene_break_before


CLIPPED = """---
title: "Part 3: The Cistern"
author:
  - "[[Bea Lindqvist]]"
published: 2024-05-02
---
The cistern under the square had been sealed since the war, and Jonas had the only key.

Thanks for reading The Undercroft! Subscribe for free to receive new posts and support my work.

He opened it at midnight, with his sister holding the lamp.

*Part 4 comes out next Friday. If you'd like to help, you can* [*become a paid subscriber*](https://undercroft.substack.com/subscribe)*.*

[Share](https://undercroft.substack.com/p/part-3-the-cistern?utm_source=substack&action=share)
"""


def test_a_clipped_substack_post_names_its_author_and_drops_its_buttons(make_book) -> None:
    book = _read(make_book, CLIPPED)
    assert book.author == "Bea Lindqvist"
    texts = [p.text for c in book.chapters for p in c.paragraphs]
    assert not any("Subscribe for free" in t or t == "Share" for t in texts)
    assert any(t.startswith("Part 4 comes out next Friday") for t in texts)  # the author's
    buttons = next(o for o in book.omitted if "Substack" in o.what)
    assert "Thanks for reading The Undercroft!" in buttons.text


# ---------------------------------------------------------------- Word outlines

def _outline_docx(path: Path, third: list[tuple[str, int]]) -> Path:
    """Headings (text, level) each with a paragraph of text under level 3 and the rest
    as given: level 0 is a plain paragraph."""
    document = docx.Document()
    for text, level in third:
        if level:
            document.add_heading(text, level)
        else:
            document.add_paragraph(text)
    document.save(str(path))
    return path


def test_word_heading_3_chapters_under_book_and_part_headings(tmp_path: Path) -> None:
    path = _outline_docx(tmp_path / "deep.docx", [
        ("Book One: The Marsh", 1), ("Part One: Reeds", 2),
        ("Chapter 1", 3), ("The reeds were taller than Ada that year.", 0),
        ("Chapter 2", 3), ("Her father cut a path to the water.", 0),
        ("Part Two: Water", 2),
        ("Chapter 3", 3), ("The tide came in over the path.", 0),
        ("Interlude: A Letter", 2), ("Dear Ada, the boat is sold.", 0),
    ])  # fmt: skip
    titles = [title for title, _ in read_docx(path).chapters]
    assert titles == [
        "Book One: The Marsh. Part One: Reeds. Chapter 1", "Chapter 2",
        "Part Two: Water. Chapter 3", "Interlude: A Letter",
    ]  # fmt: skip


def test_word_heading_3_sub_heads_inside_a_chapter_stay_lines(tmp_path: Path) -> None:
    path = _outline_docx(tmp_path / "subheads.docx", [
        ("Salt", 1), ("Salt was once worth its weight in silver.", 0),
        ("The Brine Springs", 3), ("The springs rose in the valley floor.", 0),
        ("Pepper", 1), ("Pepper came by sea.", 0),
    ])  # fmt: skip
    found = read_docx(path).chapters
    assert [title for title, _ in found] == ["Salt", "Pepper"]
    assert "The Brine Springs" in [p.text for p in found[0][1]]


# ---------------------------------------------------------------- poems and named parts

HAIKU = """# Heron at Dusk

*by Saoirse Lyle*

grey on the grey pond
one leg folded into
the end of the day

# Hail

*by Saoirse Lyle*

a sudden handful
of white seeds thrown on the roof
nothing will grow there

# Ferry Bell

*by Tomas Reddy*

the bell rings twice
and the river takes the sound
somewhere else
"""


def test_a_poem_under_its_byline_is_no_title_page(make_book) -> None:
    """An anthology's first poem, three short lines with no stop under its byline, is a
    poem: read under its title, and its poet not credited as the book's author."""
    book = _read(make_book, HAIKU)
    assert _titles(book) == ["Heron at Dusk", "Hail", "Ferry Bell"]
    assert "grey on the grey pond" in book.chapters[0].paragraphs[-1].text
    assert book.title != "Heron at Dusk"


def test_a_title_pages_italic_subtitle_under_the_byline_is_still_one(make_book) -> None:
    text = (
        "# Salt and Iron\n\n*by Mara Quill*\n\n*A Novel*\n\n"
        "# One\n\nThe forge was cold.\n\n# Two\n\nThe forge was lit.\n"
    )
    book = _read(make_book, text)
    assert book.title == "Salt and Iron" and book.author == "Mara Quill"
    assert _titles(book) == ["One", "Two"]


def test_named_parts_over_numbered_chapters_stay_chapters_after_a_prologue(make_book) -> None:
    """A titled prologue with text of its own, then "# Winter" and "# Spring" over "## 1",
    "## 2": named parts over chapters, not stories with sections."""
    text = (
        "# The Lock-Keeper\n\n# Before\n\nThe lock was older than the village.\n\n"
        "# Winter\n\n## 1\n\nIce closed the cut.\n\n## 2\n\nThe barges waited.\n\n"
        "# Spring\n\n## 1\n\nThe thaw came at night.\n\n## 2\n\nThe gates swung again.\n\n"
        "# After\n\nThere is a marina there now.\n"
    )
    book = _read(make_book, text)
    assert len(book.chapters) == 6
    assert _titles(book)[1:3] == ["Winter. 1", "2"]
