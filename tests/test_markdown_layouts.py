"""Markdown as writers' tools write it: setext headings, parts over chapters, escapes and
reference links, Pandoc's extensions, Obsidian and Scrivener exports, CriticMarkup."""

from __future__ import annotations

import pytest

from audiobook.build.pipeline import load_book
from audiobook.text.ingest import locate_book, read_manuscript
from audiobook.text.readers.markdown import read_markdown


def _read(make_book, text: str, toml: str = ""):  # type: ignore[no-untyped-def]
    files = {"book.md": text} | ({"book.toml": toml} if toml else {})
    return read_manuscript(locate_book(make_book(files)))


def _titles(found) -> list[str | None]:  # type: ignore[no-untyped-def]
    return [title for title, _ in found.chapters]


def _texts(found) -> list[str]:  # type: ignore[no-untyped-def]
    return [p.text for _, paragraphs in found.chapters for p in paragraphs]


# ---------------------------------------------------------------- setext headings

SETEXT = """The Ferryman's Ledger
=====================

by Idris Penhallow

The First Crossing
------------------

The river was brown with the spring melt when Tom took the oars.

---

By noon the far bank was in sight.

The Second Crossing
-------------------

Nobody paid the fare that day.
"""


def test_setext_headings_are_read_as_hash_headings() -> None:
    found = read_markdown(SETEXT)
    assert (found.title, found.author) == ("The Ferryman's Ledger", "Idris Penhallow")
    assert _titles(found) == ["The First Crossing", "The Second Crossing"]
    assert not any("=" in t or "--" in t for t in _texts(found))
    first = found.chapters[0][1]
    assert [p.text for p in first] == [
        "The river was brown with the spring melt when Tom took the oars.",
        "By noon the far bank was in sight.",
    ]
    assert first[1].scene_break_before  # "---" after a blank line is a scene break


def test_dashes_at_the_top_are_front_matter_and_under_a_long_paragraph_stay_text() -> None:
    found = read_markdown(
        "---\ntitle: Low Water\n---\n\nThe tide went out\nand did not come back.\n---\n\n"
        "- a list item\n---\n\nThe end of it.\n"
    )
    assert found.title == "Low Water"
    assert _titles(found) == [None]  # no line of it became a heading


def test_setext_title_part_headings_and_the_end() -> None:
    found = read_markdown(
        "---\ntitle: Salt and Iron\nauthor: Wren Callow\n---\n\n"
        "Salt and Iron\n=============\n\n"
        "Part One\n========\n\nChapter 1\n---------\n\nThe forge was cold.\n\n"
        "Chapter 2\n---------\n\nThe forge was lit.\n\n"
        "Part Two\n========\n\nChapter 3\n---------\n\nThe blade was drawn.\n\n"
        "The End\n=======\n"
    )
    assert found.title == "Salt and Iron"
    assert _titles(found) == ["Part One. Chapter 1", "Chapter 2", "Part Two. Chapter 3"]
    assert _texts(found)[-1] == "The End"  # the book's own last words, read where it ends


# ---------------------------------------------------------------- parts


def test_part_headings_join_the_chapter_under_them(make_book) -> None:
    book = _read(
        make_book,
        "# Part One\n\n## Chapter 1\n\nThe orchard was quiet.\n\n## Chapter 2\n\nThe bees came.\n\n"
        "# Part Two\n\n*Spring, ten years on.*\n\n## Chapter 3\n\nThe orchard was sold.\n",
    )
    assert [c.title for c in book.chapters] == [
        "Part One. Chapter 1",
        "Chapter 2",
        "Part Two",  # a part with words of its own under it stays a chapter
        "Chapter 3",
    ]


def test_a_lone_part_heading_is_not_the_books_title() -> None:
    found = read_markdown(
        "# Part One #\n\n## Chapter One ##\n\nIt rained.\n\n## Two\n\nIt cleared.\n"
    )
    assert found.title is None
    assert _titles(found) == ["Part One. Chapter One", "Two"]


# ---------------------------------------------------------------- core Markdown


def test_backslash_escapes_are_read_as_the_character() -> None:
    found = read_markdown(
        "## One\n\nShe was told, \\*in confidence\\*, that the \\#2 pump had failed.\n\n"
        "1\\. Not a list, just a year.\n\nThe path is `C:\\*.log` as typed.\n"
    )
    assert _texts(found) == [
        "She was told, *in confidence*, that the #2 pump had failed.",
        "1. Not a list, just a year.",
        "The path is C:\\*.log as typed.",
    ]


def test_reference_links_read_their_text_and_definitions_are_not_read() -> None:
    found = read_markdown(
        "## One\n\nThe [harbour records][docs] and the [Port Book][] and the [tide table] "
        "agree, [sic] as ever.\n\n"
        '[docs]: https://example.org/harbour/records "Harbour records"\n'
        "[port book]: <https://example.org/port-book>\n"
        "[Tide Table]: tides.html\n"
    )
    assert _texts(found) == [
        "The harbour records and the Port Book and the tide table agree, [sic] as ever."
    ]


def test_a_quote_inside_a_quote_is_read_without_its_marks() -> None:
    found = read_markdown(
        '## One\n\n> > "Stay where you are," the sergeant wrote.\n'
        '> > "Help is coming."\n>\n> Help did not come.\n'
    )
    assert _texts(found) == [
        '"Stay where you are," the sergeant wrote. "Help is coming."',
        "Help did not come.",
    ]


# ---------------------------------------------------------------- Pandoc

PANDOC = """---
title: The Lock Keepers
---

::: {.dedication}
For Nell, who opened every gate.
:::

# One

The barge was late, and [Captain Orme]{.smallcaps} was not a patient man.[^orme]
He checked his watch.^[A gift from the canal company, engraved on the back.]

[^orme]: He had kept the Wharf Inn before he took to the water.
"""


def test_pandoc_divs_and_spans_are_read_without_their_marks() -> None:
    found = read_markdown(PANDOC)
    texts = _texts(found)
    assert texts[0] == "For Nell, who opened every gate."
    assert texts[1].startswith("The barge was late, and Captain Orme was not a patient man.")
    assert not any(mark in t for t in texts for mark in (":::", "{.", "^["))


def test_named_and_inline_notes_are_numbered_in_order_of_citation(make_book) -> None:
    book = _read(make_book, PANDOC)
    assert [o.what for o in book.omitted if o.why.startswith("[notes]")] == [
        "note 1 in 'One'",
        "note 2 in 'One'",
    ]
    _, _, chapters = load_book(make_book({"book.md": PANDOC, "book.toml": INLINE}, name="inline"))
    notes = [s.spoken for c in chapters for s in c.segments if s.kind == "note"]
    assert notes == [
        "Note one. He had kept the Wharf Inn before he took to the water.",
        "Note two. A gift from the canal company, engraved on the back.",
    ]


INLINE = '[notes]\nmode = "inline"\n'


# ---------------------------------------------------------------- Obsidian, Scrivener

OBSIDIAN = """---
title: The Salt Road
author: Mara Ellis
---

# The Salt Road

%% second draft: check the mileages %%

> [!note] A word before
> The road is real; the inn is not.

## Chapter One: Wells ^one

The carter reached [[Places/Wells#History|the old town]] by dark, and [[Ostler]] took
the horse. ==Nobody asked where he had been.== %%too blunt?%% ^quiet

![[map-of-wells.png]]

- [ ] salt
- [x] rope

## Chapter Two

He left at first light.
"""


def test_obsidian_marks_are_not_read(make_book) -> None:
    book = _read(make_book, OBSIDIAN)
    assert [c.title for c in book.chapters] == [
        "The Salt Road",
        "Chapter One: Wells",
        "Chapter Two",
    ]
    texts = [p.text for c in book.chapters for p in c.paragraphs]
    assert texts == [
        "Note: A word before",
        "The road is real; the inn is not.",
        "The carter reached the old town by dark, and Ostler took the horse. "
        "Nobody asked where he had been.",
        "salt",
        "rope",
        "He left at first light.",
    ]
    left_out = {o.what: o.text for o in book.omitted}
    assert left_out["2 comments"] == "second draft: check the mileages\ntoo blunt?"
    assert left_out["1 embedded file"] == "map-of-wells.png"


SCRIVENER = (  # Scrivener ends each metadata line with two spaces
    "Title:\tThe Hop Garden  \nAuthor:\tPeg Ashdown  \nLanguage:\ten-GB  \n\n"
    + """# Part One #

## Chapter One ##

The pickers came {++down++} from the city in September{>>check: August?<<}, and they
{--all--} slept in the huts by the {~~oast~>kiln~~}. {==Nobody complained.==}
"""
)


def test_scrivener_metadata_and_criticmarkup(make_book) -> None:
    book = _read(make_book, SCRIVENER)
    assert (book.title, book.author, book.language) == ("The Hop Garden", "Peg Ashdown", "en-GB")
    assert [c.title for c in book.chapters] == ["Part One. Chapter One"]
    assert [p.text for p in book.chapters[0].paragraphs] == [
        "The pickers came down from the city in September, and they slept in the huts by the "
        "kiln. Nobody complained."
    ]
    left_out = {o.what: o.text for o in book.omitted}
    assert left_out["1 comment"] == "check: August?"
    assert left_out["2 deletions"] == "all\noast"


@pytest.mark.parametrize(
    "opening",
    ["Note: the names in this story are real.\n\n", "Chapter 1: Arrival\nIt was late.\n\n"],
)
def test_a_first_line_with_a_colon_is_not_metadata(opening: str) -> None:
    found = read_markdown(opening + "## Next\n\nMore.\n")
    assert found.title is None
    assert _texts(found)[0] == " ".join(opening.split())


def test_block_html_and_a_generated_contents_marker_are_not_read() -> None:
    found = read_markdown(
        "# Lantern Weather\n\n{{TOC}}\n\n## One\n\nBefore the box.\n\n"
        "<aside>Working title only.</aside>\n\n<details><summary>Notes</summary>\n\n"
        "Boy is Tiago.\n\n</details>\n"
    )
    said = [p.text for _, ps in found.chapters for p in ps]
    assert said == ["Before the box.", "Working title only.", "Notes", "Boy is Tiago."]
    assert [title for title, _ in found.chapters] == ["One"]


def test_a_part_over_a_chapter_named_like_it_keeps_both_titles() -> None:
    found = read_markdown("# Part One\n\n## One\n\nThe ship left at dawn.\n\n## Two\n\nWind.\n")
    assert [title for title, _ in found.chapters] == ["Part One. One", "Two"]


def test_a_poetry_books_epigraph_after_its_contents_and_its_author_page_are_read():
    from audiobook.config import TextPolicy
    from audiobook.text.matter import drop_matter
    from audiobook.text.notes import resolve

    text = (
        "## Contents\n\n- [January Thaw](#thaw)\n- [Three Haiku](#haiku)\n\n---\n\n"
        "> *What is the price of Experience? do men buy it for a song?*\n"
        "> — William Blake, *Vala, or The Four Zoas*\n\n"
        "## January Thaw\n\nThe ice lets go of the gutter  \none tick at a time.\n\n"
        "## Three Haiku\n\nfirst frost —  \nthe cat's breath\n\n### Notes\n\n"
        "1. The first line borrows from Sonnet 60.\n2. The N29 runs to Enfield.\n\n"
        "### About the Author\n\n**Ines Calloway** lives in Walthamstow.\n"
    )
    found, omitted = drop_matter(read_markdown(text), TextPolicy())
    found, notes = resolve(found)
    chapters = {t: " ".join(p.text for p in ps) for t, ps in found.chapters}
    assert chapters["January Thaw"].startswith("What is the price of Experience?")
    assert "Blake" not in next(o.text for o in omitted if o.why == "table of contents")
    assert chapters["About the Author"] == "Ines Calloway lives in Walthamstow."
    assert "Walthamstow" not in " ".join(o.text for o in notes)


def test_a_contents_list_without_an_epigraph_is_left_out_whole():
    from audiobook.config import TextPolicy
    from audiobook.text.matter import drop_matter

    text = (
        "## Contents\n\n- January Thaw\n- Three Haiku — A Sequence\n- Notes\n\n"
        "## January Thaw\n\nThe ice lets go of the gutter.\n\n## Three Haiku\n\nfirst frost\n"
    )
    found, _ = drop_matter(read_markdown(text), TextPolicy())
    assert [t for t, _ in found.chapters] == ["January Thaw", "Three Haiku"]
    assert found.chapters[0][1][0].text == "The ice lets go of the gutter."


# ---------------------------------------------------------------- not list markers, not words


def test_a_number_of_ten_digits_opening_a_paragraph_is_text_not_a_list_marker():
    found = read_markdown("# One\n\n1234567890. That was the count.\n\n3. Shape the loaf.\n")
    assert _texts(found) == ["1234567890. That was the count.", "3. Shape the loaf."]


def test_a_script_or_style_in_the_markdowns_html_is_not_read():
    found = read_markdown(
        '# One\n\nThe harbor was quiet.\n\n<div class="note">\n<p>The lantern burned.</p>\n'
        "<script>var x = 1;</script>\n<style>.note { color: red; }</style>\n</div>\n\n"
        "Put `<script>` tags last, the guide said.\n"
    )
    assert _texts(found) == [
        "The harbor was quiet.",
        "The lantern burned.",
        "Put <script> tags last, the guide said.",
    ]
