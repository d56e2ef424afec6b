"""Text saved or copied from writing apps and web-serial sites: Wattpad, a work's page on
the Archive of Our Own, iA Writer and Notion. Each app's own furniture (statistics,
buttons, labels, comments, embedded files, database properties) and a serial's notes
to its readers are left out and listed; a manuscript without the app's marks keeps
every line that looks like them."""

from __future__ import annotations

from pathlib import Path

import pytest

from audiobook.text.ingest import locate_book, read_manuscript
from audiobook.text.readers.base import ReadText
from audiobook.text.readers.markdown import read_markdown
from audiobook.text.readers.plaintext import find_chapters
from audiobook.text.segment import audit_words, segment


def _said(found: ReadText) -> list[str]:
    return [p.text for _, paragraphs in found.chapters for p in paragraphs]


def _left_out(found: ReadText) -> dict[str, str]:
    return {o.what: o.text for o in found.omitted}


def _read(folder: Path, name: str, text: str):  # type: ignore[no-untyped-def]
    (folder / name).write_text(text, encoding="utf-8")
    book = locate_book(folder / name)
    manuscript = read_manuscript(book)
    audit_words(manuscript, list(segment(manuscript, book.config)))
    return manuscript


# ---------------------------------------------------------------- Wattpad

WATTPAD = """The Lighthouse Keeper's Son
by @saltwater_ink
3.2K Reads · 410 Votes · 2 Parts

ONE ~ Fog

Dedicated to @harbourlights for the gorgeous banner!!

A/N: first chapter is up!! pls vote if u like it, new parts every sunday

~~~

The fog came in at four and did not lift.

Tomas rowed out anyway, because the lamp had to be trimmed.

Continue reading next part

TWO ~ The Wreck

Author's Note: sorry this one is late, exams!!

~~~

By morning there was a mast in the shallows where no mast should be.

Vote · Comment · Share
"""


def test_a_story_copied_from_wattpad_reads_only_the_story(tmp_path: Path) -> None:
    manuscript = _read(tmp_path, "keeper.txt", WATTPAD)
    assert (manuscript.title, manuscript.author) == ("The Lighthouse Keeper's Son", "saltwater_ink")
    assert [c.title for c in manuscript.chapters] == ["ONE. Fog", "TWO. The Wreck"]
    said = [p.text for c in manuscript.chapters for p in c.paragraphs]
    assert said == [
        "The fog came in at four and did not lift.",
        "Tomas rowed out anyway, because the lamp had to be trimmed.",
        "By morning there was a mast in the shallows where no mast should be.",
    ]
    left_out = {o.what: o.text for o in manuscript.omitted}
    assert left_out["2 author's notes"].splitlines() == [
        "A/N: first chapter is up!! pls vote if u like it, new parts every sunday",
        "Author's Note: sorry this one is late, exams!!",
    ]
    assert left_out["Wattpad's page furniture (4 lines)"].splitlines() == [
        "3.2K Reads · 410 Votes · 2 Parts",
        "Dedicated to @harbourlights for the gorgeous banner!!",
        "Continue reading next part",
        "Vote · Comment · Share",
    ]
    assert left_out["title page (2 lines)"] == "The Lighthouse Keeper's Son\nby @saltwater_ink"


def test_an_authors_note_marked_a_n_is_left_out_of_any_plain_text() -> None:
    found = find_chapters(
        "Chapter 1\n\nA/N: Thanks for all the lovely reviews on the last story!\n\n"
        "The kettle had been boiling for some time before anyone noticed.\n"
    )
    assert _said(found) == ["The kettle had been boiling for some time before anyone noticed."]
    assert _left_out(found) == {
        "1 author's note": "A/N: Thanks for all the lovely reviews on the last story!"
    }


def test_a_printed_books_authors_note_and_lone_tilde_lines_are_read() -> None:
    text = (
        "Author's Note: The village in this story is invented, though the bells and the\n"
        "ringers' quarrels are taken from the parish records of my grandmother's town.\n\n"
        "CHAPTER ONE\n\nThe bells rang at noon.\n\n"
        "3 ~ Three bells, and then silence.\n\nNobody came.\n"
    )
    found = find_chapters(text)
    assert [t for t, _ in found.chapters] == [None, "CHAPTER ONE"]
    assert _said(found) == [
        "Author's Note: The village in this story is invented, though the bells and the "
        "ringers' quarrels are taken from the parish records of my grandmother's town.",
        "The bells rang at noon.", "3 ~ Three bells, and then silence.", "Nobody came.",
    ]  # fmt: skip
    assert not found.omitted


def test_numbered_titles_set_apart_by_a_tilde_head_chapters_when_they_count_from_one() -> None:
    text = "1 ~ Ash\n\nThe stove was cold.\n\n2 | Ember\n\nShe lit it with the last match.\n"
    found = find_chapters(text)
    assert [t for t, _ in found.chapters] == ["1. Ash", "2. Ember"]
    alone = find_chapters("The stove was cold.\n\nTWO ~ Ember\n\nShe lit it.\n")
    assert [t for t, _ in alone.chapters] == [None]  # no run from one: a line of text
    assert _said(alone)[1] == "TWO ~ Ember"


# ---------------------------------------------------------------- Archive of Our Own page

AO3_PAGE = """The Glassblower's Apprentice
amberandflint

Summary:

Pell has three weeks to learn a trade that takes seven years.

Notes:

For the Midwinter Crafts exchange. Thank you to my beta!

(See the end of the work for more notes.)

Chapter 1: The Furnace

Chapter Text

The furnace at Tallow Lane had not gone out in forty years.

"Don't touch the pipe," said Mistress Orrin. "Not yet."

Notes:

I did a glassblowing class for research and burned my thumb.

Chapter 2: The Gather

Summary:

Pell makes her first bowl.

Chapter Text

The first bowl was lopsided, and the second was worse.

Notes:

Thank you for reading! Comments make my day.

Actions

    ← Previous Chapter
    Top of Work
    Kudos ♥
    Bookmark

Comments (7)

Kudos (95)

smeltwork, fernbrook, and 93 more users as well as 20 guests left kudos on this work!
Comments
"""


@pytest.mark.parametrize("blank_lines", [True, False])
def test_a_work_copied_from_its_archive_of_our_own_page(tmp_path: Path, blank_lines: bool) -> None:
    text = AO3_PAGE
    if not blank_lines:  # as a browser copies some pages: no blank line before a heading
        text = text.replace("\n\nChapter 2:", "\nChapter 2:").replace("\n\nSummary:", "\nSummary:")
        text = text.replace("\n\nChapter Text", "\nChapter Text").replace("\n\nNotes:", "\nNotes:")
    manuscript = _read(tmp_path, "glass.txt", text)
    assert manuscript.title == "The Glassblower's Apprentice"
    assert manuscript.author == "amberandflint"
    titles = [c.title for c in manuscript.chapters]
    assert titles == ["Chapter 1: The Furnace", "Chapter 2: The Gather"]
    said = [p.text for c in manuscript.chapters for p in c.paragraphs]
    assert said == [
        "The furnace at Tallow Lane had not gone out in forty years.",
        "\"Don't touch the pipe,\" said Mistress Orrin. \"Not yet.\"",
        "The first bowl was lopsided, and the second was worse.",
    ]
    left_out = {o.what: o.text for o in manuscript.omitted}
    assert left_out["3 author's notes"].splitlines() == [
        "For the Midwinter Crafts exchange. Thank you to my beta!",
        "I did a glassblowing class for research and burned my thumb.",
        "Thank you for reading! Comments make my day.",
    ]
    assert left_out["2 summaries"].splitlines() == [
        "Pell has three weeks to learn a trade that takes seven years.",
        "Pell makes her first bowl.",
    ]
    furniture = left_out["the archive's labels and buttons (17 lines)"].splitlines()
    assert furniture[:3] == ["Summary:", "Notes:", "(See the end of the work for more notes.)"]
    assert furniture[-1] == "Comments"


def test_notes_and_summary_labels_without_the_archives_page_are_read() -> None:
    text = (
        "Summary:\n\nThe quarterly figures were worse than anyone had said aloud.\n\n"
        "Notes:\n\nAsk Priya about the warehouse lease.\n\nChapter 1\n\nIt rained.\n"
    )
    found = find_chapters(text)
    assert "Ask Priya about the warehouse lease." in _said(found)
    assert "Notes:" in _said(found)
    assert not found.omitted


# ---------------------------------------------------------------- iA Writer

IA_WRITER = """# The Night Ferry

// draft 3 — ask Ruth about the timetable

/map of the estuary.png "The estuary at low tide"

## One

The last boat left at eleven, and Ruth was on it.

// TODO: more about the engine noise

/Notes/boat names.md

She counted the lights on the far shore.

---
Annotations: 0,310 SHA-256 9b1e44d0c2a7f3e8b5d6a1c0f9e2d7b4
@Ruth Ames: 0,250
&Editor: 250,60
...
"""


def test_ia_writers_comments_content_blocks_and_annotations_are_not_read() -> None:
    found = read_markdown(IA_WRITER)
    assert _said(found) == [
        "The last boat left at eleven, and Ruth was on it.",
        "She counted the lights on the far shore.",
    ]
    left_out = _left_out(found)
    assert left_out["2 comments"].splitlines() == [
        "// draft 3 — ask Ruth about the timetable", "// TODO: more about the engine noise",
    ]  # fmt: skip
    assert left_out["2 embedded files"].splitlines() == [
        "/map of the estuary.png", "/Notes/boat names.md",
    ]  # fmt: skip
    assert left_out["iA Writer's authorship annotations"].startswith("Annotations: 0,310 SHA-256")


def test_a_line_opening_with_slashes_in_another_markdown_book_is_read() -> None:
    text = (
        "# Chapter One\n\n"
        "// the message on the screen read, in green letters: WAKE UP\n\n"
        "She did not wake up. She read it again.\n\n"
        "/usr/bin/she was where he had hidden the diary, of all places.\n"
    )
    found = read_markdown(text)
    assert _said(found)[:2] == [
        "// the message on the screen read, in green letters: WAKE UP",
        "She did not wake up. She read it again.",
    ]
    assert _said(found)[2].startswith("/usr/bin/she was")
    assert not found.omitted


# ---------------------------------------------------------------- Notion

SUBPAGE = (
    "The%20Salt%20Road%20a1b2c3d4e5f60718293a4b5c6d7e8f90/"
    "Chapter%201%20%E2%80%94%20The%20Pass%200f1e2d3c4b5a69788796a5b4c3d2e1f0.md"
)
NOTION = f"""# The Salt Road

Status: In progress
Author: Mirela Dascălu
Tags: novel, draft
Created: February 3, 2024 8:15 PM
Last edited: April 19, 2024 10:02 AM

[Chapter 1 — The Pass]({SUBPAGE})

## Chapter 1 — The Pass

The mules would not go on after the snow, so they walked.
"""


def test_a_notion_pages_properties_and_subpage_links_are_not_read() -> None:
    found = read_markdown(NOTION)
    assert (found.title, found.author) == ("The Salt Road", "Mirela Dascălu")
    assert _said(found) == ["The mules would not go on after the snow, so they walked."]
    left_out = _left_out(found)
    assert left_out["Notion page properties (5 lines)"].splitlines()[0] == "Status: In progress"
    assert left_out["1 linked Notion page"] == "Chapter 1 — The Pass"


def test_a_story_that_opens_with_a_memo_keeps_it() -> None:
    text = (
        "# Chapter 1\n\nStatus: Missing\nLast seen: the harbour wall, Tuesday night\n"
        "Reported by: her brother\n\nNobody at the station believed the brother.\n"
    )
    found = read_markdown(text)
    assert _said(found)[0].startswith("Status: Missing")
    assert not found.omitted


def test_a_notion_contents_list_of_subpage_links_is_left_out_with_its_heading(
    tmp_path: Path,
) -> None:
    text = NOTION.replace("[Chapter 1", "## Contents\n\n[Chapter 1")
    manuscript = _read(tmp_path, "salt.md", text)
    assert [c.title for c in manuscript.chapters] == ["Chapter 1 — The Pass"]
    assert "section 'Contents'" in {o.what for o in manuscript.omitted}
