"""Non-fiction in Markdown as authors write it: `#` chapters with `##` sections inside them,
a "Notes" heading over `[^n]:` definitions before the bibliography, figures, and a
play's own "END OF PLAY"."""

from __future__ import annotations

import pytest

from audiobook.build.pipeline import load_book
from audiobook.text.ingest import locate_book, read_manuscript
from audiobook.text.readers.markdown import read_markdown


def _read(make_book, text: str):  # type: ignore[no-untyped-def]
    return read_manuscript(locate_book(make_book({"book.md": text})))


def _titles(found) -> list[str | None]:  # type: ignore[no-untyped-def]
    return [title for title, _ in found.chapters]


def _texts(found) -> list[str]:  # type: ignore[no-untyped-def]
    return [p.text for _, paragraphs in found.chapters for p in paragraphs]


HISTORY = """---
title: Lamps and Wicks
author: Tomasz Reyes-Halloran
---

# Chapter 1: Tallow

Before paraffin, a household burned what its animals gave it.[^1] Tallow smoked,
smelled of the kitchen and guttered in a draught.

## The chandler's trade

A chandler in a market town sold candles, soap and rope from one counter, and
was as often fined for the stink of his vats as praised for his wares.[^2]

# Chapter 2: Whale Oil

The lamps of the coastal towns burned whale oil for a century, and the oil paid
for the ships that went after more of it.

# Notes

[^1]: Beeswax was for churches and the rich; a poor cottage burned rushes.
[^2]: The borough court rolls record such fines almost every winter.

# Bibliography

Abernethy, L. (1994) *Light Before Gas*. Leeds: Harrow Press.

Quist, M. (2008) *The Chandlers' Company*. Norwich: Fenland Books.
"""


# ---------------------------------------------------------------- notes, bibliography


def test_a_notes_heading_over_its_definitions_does_not_take_in_the_bibliography() -> None:
    found = read_markdown(HISTORY)
    assert _titles(found) == [
        "Chapter 1: Tallow",
        "Chapter 2: Whale Oil",
        "Notes",  # its notes were taken out: an empty notes section, not "Notes. Bibliography"
        "Bibliography",
    ]
    assert len(found.notes) == 2


def test_the_bibliography_after_the_notes_is_left_out_and_the_notes_are_read(
    make_book,
) -> None:
    book = _read(make_book, HISTORY)
    assert [c.title for c in book.chapters] == ["Chapter 1: Tallow", "Chapter 2: Whale Oil"]
    left_out = {o.what: o.why for o in book.omitted}
    assert left_out["section 'Bibliography'"] == "bibliography"
    assert left_out["section 'Notes'"] == "notes section (read as notes)"
    assert not any("Abernethy" in p.text for c in book.chapters for p in c.paragraphs)
    folder = make_book(
        {"book.md": HISTORY, "book.toml": '[notes]\nmode = "chapter-end"\n'}, name="read"
    )
    _, _, chapters = load_book(folder)
    notes = [s.spoken for c in chapters for s in c.segments if s.kind == "note"]
    assert notes == [
        "Note one. Beeswax was for churches and the rich; a poor cottage burned rushes.",
        "Note two. The borough court rolls record such fines almost every winter.",
    ]


# ---------------------------------------------------------------- sections


def test_a_subheading_inside_a_hash_chapter_is_a_section_of_it(make_book) -> None:
    found = read_markdown(HISTORY)
    assert found.chapters[0][1][1].text == "The chandler's trade"  # a paragraph of its own
    assert _texts(found)[2].startswith("A chandler in a market town")
    _, _, chapters = load_book(make_book({"book.md": HISTORY}))
    first = chapters[0].segments
    heading = next(s for s in first if s.text == "The chandler's trade")
    after = first[first.index(heading) + 1]
    assert heading.pause_after_ms > 0 and after.paragraph > heading.paragraph


def test_a_sub_heading_that_names_back_matter_is_still_left_out(make_book) -> None:
    book = _read(
        make_book,
        "# Brine\n\nFish kept a winter in brine.\n\n## Further reading\n\n"
        "Ostrow, P. (2001) *Salted*. Hull: Quay Press.\n\n## Questions\n\n"
        "Why did brine need barrels?\n\n# Ice\n\nIce came by ship from the north.\n",
    )
    assert [c.title for c in book.chapters] == ["Brine", "Questions", "Ice"]
    assert "section 'Further reading'" in {o.what for o in book.omitted}


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        (  # a lone `#` title over `##` chapters
            "# The Mill Pond\n\n## One\n\nThe pond froze early.\n\n## Two\n\nIt thawed.\n",
            ["One", "Two"],
        ),
        (  # parts over chapters, a part with words of its own
            "# Part One\n\n## Chapter 1\n\nThe pond froze.\n\n# Part Two\n\n*Years later.*\n\n"
            "## Chapter 2\n\nIt was drained.\n",
            ["Part One. Chapter 1", "Part Two", "Chapter 2"],
        ),
        (  # `#` headings that group `##` chapters, as parts do, named otherwise
            "# Winter\n\n## The Pond\n\nIt froze.\n\n## The Lane\n\nSnow.\n\n"
            "# Spring\n\n## The Lambs\n\nThey came early.\n",
            ["Winter. The Pond", "The Lane", "Spring. The Lambs"],
        ),
        (  # numbered `##` chapters under `#` headings with text of their own
            "# Before\n\nA word first.\n\n## Chapter 1\n\nThe pond froze.\n\n"
            "# After\n\nA word last.\n\n## Chapter 2\n\nIt thawed.\n",
            ["Before", "Chapter 1", "After", "Chapter 2"],
        ),
        (  # a play's acts over its scenes
            "# Act One\n\n*A kitchen.*\n\n## Scene 1\n\nNELL: Tea?\n\n"
            "# Act Two\n\n*The same.*\n\n## Scene 1\n\nNELL: More tea?\n",
            ["Act One", "Scene 1", "Act Two", "Scene 1"],
        ),
    ],
)
def test_hash_hash_headings_stay_chapters_where_they_are_the_chapters(
    text: str, titles: list[str]
) -> None:
    assert _titles(read_markdown(text)) == titles


# ---------------------------------------------------------------- figures


def test_figures_are_listed_as_left_out_not_dropped() -> None:
    found = read_markdown(
        "# Harbours\n\nThe quay was rebuilt twice.\n\n"
        "![Figure 2.1: The north quay after the storm of 1881.](figures/quay.png)\n\n"
        "[![The harbour plan](plan-small.png)](plan-large.png) shows the new basin, and "
        'the crane is in ![][crane].\n\n<img src="tug.jpg" alt="Plate 4: a steam tug">\n\n'
        '![](figures/gulls.png "Gulls on the breakwater")\n\n'
        "[crane]: figures/crane.png\n\n# Ships\n\nNone came that year.\n"
    )
    figures = next(o for o in found.omitted if o.what == "5 figures")
    assert figures.text.splitlines() == [
        "Figure 2.1: The north quay after the storm of 1881.",
        "The harbour plan",
        "Plate 4: a steam tug",
        "Gulls on the breakwater",
        "crane",
    ]
    assert _texts(found) == [
        "The quay was rebuilt twice.",
        "shows the new basin, and the crane is in .",
        "None came that year.",
    ]


# ---------------------------------------------------------------- the end


def test_an_end_of_play_heading_is_the_plays_last_line() -> None:
    found = read_markdown(
        "---\ntitle: Last Bus\n---\n\n# Act One\n\n## Scene 1\n\nDEV: Is this the last one?\n\n"
        "## Scene 2\n\nMARA: It always is.\n\n# END OF PLAY\n"
    )
    assert _titles(found) == ["Act One. Scene 1", "Scene 2"]  # a lone act is not the title
    assert _texts(found)[-1] == "END OF PLAY"
