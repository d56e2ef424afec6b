"""Title pages and dedications of current writers' manuscripts (sweep "modern"), as a
listener hears them: a Word book's "Praise" and "Also by" pages before its title page
(Vellum's and KDP's order) no longer hide the title page and the dedication; a Markdown
title page with "*a novel*" or "### a novel", a dedication under its byline or a
"## Contents" list after it names the book and reads the dedication as one; a
MultiMarkdown file's title and bare author line are no chapter; a dedication of two
paragraphs, or in two languages, stays whole; "Content Warnings" and "Playlist" pages
are pages of their own (the warnings read, the songs left out); a centred "for the
night-shift DJs, who …" is a dedication. Each with a near miss that stays as it was."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK

from audiobook.models import Manuscript, Paragraph
from audiobook.text.ingest import locate_book, read_manuscript
from audiobook.text.matter import is_dedication
from plainbooks import left_out, read_book


def _read(document, path: Path) -> Manuscript:  # type: ignore[no-untyped-def]
    document.save(str(path))
    return read_manuscript(locate_book(path))


def _page_break(document) -> None:  # type: ignore[no-untyped-def]
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def _line(document, text: str, *, bold: bool = False, style: str | None = None) -> None:  # type: ignore[no-untyped-def]
    paragraph = document.add_paragraph(style=style)
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    paragraph.add_run(text).bold = bold or None


def _chapters(manuscript: Manuscript) -> dict[str, list[str]]:
    return {c.title: [p.text for p in c.paragraphs] for c in manuscript.chapters}


STORY = [
    "The text came at 10:42 PM on the Fourth of July, and I stared at it for a long time.",
    "Five years since the summer Ella drowned, since the police tape and the news vans.",
]
BLURBS = [
    "“A breathless, twisty ride. I read it in one sitting.” —Kirkus Reviews",
    "“Voss is the real deal.” —Dana Pierce, author of The Glass Lake",
    "“Couldn’t put it down!” —Amazon reviewer",
]


def _vellum(document, *, praise: list[str], typed: bool = False) -> None:  # type: ignore[no-untyped-def]
    """Praise, Also by, the title page (in Word's Title style, or `typed` in bold),
    copyright, dedication."""
    _line(document, "Praise for Rachel Voss", bold=True)
    for blurb in praise:
        _line(document, blurb)
    _page_break(document)
    _line(document, "ALSO BY RACHEL VOSS", bold=True)
    _line(document, "The Hollow Girls")
    _line(document, "Pretty Little Secrets")
    _page_break(document)
    _line(document, "THE SUMMER HOUSE", bold=typed, style=None if typed else "Title")
    _line(document, "RACHEL VOSS")
    _page_break(document)
    _line(document, "Copyright © 2022 Rachel Voss. All rights reserved.")
    _line(document, "ISBN 978-0-9999999-1-4")
    _page_break(document)
    _line(document, "For Dad, who always picked up the phone.")
    _line(document, "And for Lucía — I told you I’d finish it.")
    _page_break(document)
    document.add_heading("Chapter One", level=1)
    for text in STORY:
        document.add_paragraph(text)


@pytest.mark.parametrize("typed", [False, True])
def test_title_page_after_praise_and_also_by_pages_names_the_book(
    tmp_path: Path, typed: bool
) -> None:
    document = docx.Document()
    _vellum(document, praise=BLURBS, typed=typed)
    manuscript = _read(document, tmp_path / "m04.docx")
    assert (manuscript.title, manuscript.author) == ("The Summer House", "Rachel Voss")
    chapters = _chapters(manuscript)
    assert list(chapters) == ["Dedication", "Chapter One"]
    assert chapters["Dedication"] == [  # both dedicatees, under "Dedication"
        "For Dad, who always picked up the phone.", "And for Lucía — I told you I’d finish it."
    ]
    gone = left_out(manuscript)
    assert "praise page" in [o.why for o in manuscript.omitted]
    assert "Kirkus" in gone and "Pretty Little Secrets" in gone


def test_near_miss_unsigned_lines_under_praise_are_read(tmp_path: Path) -> None:
    document = docx.Document()
    _vellum(document, praise=["My mother praised everything I ever made.",
                              "I never believed her, not once."])  # fmt: skip
    manuscript = _read(document, tmp_path / "m04.docx")
    chapters = _chapters(manuscript)
    assert manuscript.title == "The Summer House"
    assert chapters["Praise for Rachel Voss"] == [
        "My mother praised everything I ever made.", "I never believed her, not once."
    ]


def _romance(document, playlist: list[str]) -> None:  # type: ignore[no-untyped-def]
    _line(document, "Swipe Right on Forever", style="Title")
    _line(document, "by Jess Tanaka-Wells")
    _page_break(document)
    _line(document, "Content Warnings", bold=True)
    document.add_paragraph("This book contains on-page grief (death of a parent, in the past) "
                           "and explicit language. Please take care of yourself.")  # fmt: skip
    _page_break(document)
    _line(document, "Playlist", bold=True)
    for song in playlist:
        _line(document, song)
    _page_break(document)
    _line(document, "to every girl who deleted the apps and then re-downloaded them at 2 a.m.")
    _page_break(document)
    document.add_heading("Chapter One: The Call", level=1)
    for text in STORY:
        document.add_paragraph(text)


def test_content_warnings_read_under_their_label_and_playlist_left_out(tmp_path: Path) -> None:
    document = docx.Document()
    _romance(document, ["“Cruel Summer” – Taylor Swift", "“Dreams” – Fleetwood Mac",
                        "“Landslide” – The Chicks"])  # fmt: skip
    manuscript = _read(document, tmp_path / "m02.docx")
    chapters = _chapters(manuscript)
    assert list(chapters) == ["Content Warnings", "Dedication", "Chapter One: The Call"]
    assert chapters["Content Warnings"][0].startswith("This book contains on-page grief")
    assert "playlist" in [o.why for o in manuscript.omitted]
    assert "Fleetwood Mac" in left_out(manuscript)


def test_near_miss_a_playlist_page_of_prose_is_read(tmp_path: Path) -> None:
    document = docx.Document()
    _romance(document, ["Maya made me a playlist the week we met.",
                        "I still cannot listen to it all the way through."])  # fmt: skip
    chapters = _chapters(_read(document, tmp_path / "m02.docx"))
    assert chapters["Playlist"] == ["Maya made me a playlist the week we met.",
                                    "I still cannot listen to it all the way through."]  # fmt: skip


# ---------------------------------------------------------------- Markdown

LAUNDROMAT = """\
# Midnight at the Laundromat

{genre}

by **Sam Okafor-Lindgren**

{dedication}

# Prologue

The Suds City Laundromat on Lake Street is open all night, and I work there.

# ONE

The first time I saw her she was crying into a dryer.
"""
LAUNDROMAT_TITLE = "Midnight at the Laundromat"


def test_markdown_title_page_with_a_dedication_under_the_byline(tmp_path: Path) -> None:
    dedication = "*For Nana, who taught me to fold a fitted sheet, and for everyone awake at 3.*"
    text = LAUNDROMAT.format(genre="*a novel*", dedication=dedication)
    manuscript, titles, _ = read_book(tmp_path, text, "m07.md")
    assert (manuscript.title, manuscript.author) == (LAUNDROMAT_TITLE, "Sam Okafor-Lindgren")
    assert titles == ["Dedication", "Prologue", "ONE"]
    assert "a novel" in left_out(manuscript)


def test_markdown_short_dedication_is_read_not_left_with_the_title_page(tmp_path: Path) -> None:
    text = LAUNDROMAT.format(genre="### a novel", dedication="*For Luis and Sofía*")
    manuscript, titles, read = read_book(tmp_path, text, "m07.md")
    assert manuscript.title == LAUNDROMAT_TITLE
    assert titles == ["Dedication", "Prologue", "ONE"]
    assert "For Luis and Sofía" in read and "a novel" not in read


def test_near_miss_a_story_opening_under_the_byline_stays_read(tmp_path: Path) -> None:
    opening = "For three days the machines ran without anyone to watch them."
    _, titles, read = read_book(
        tmp_path, LAUNDROMAT.format(genre="*a novel*", dedication=opening), "m07.md"
    )
    assert "Dedication" not in titles
    assert "For three days the machines ran" in read


def test_markdown_title_page_before_a_contents_list(tmp_path: Path) -> None:
    front = ("Copyright © 2022 Sam Okafor-Lindgren  \nAll rights reserved.\n\n## Contents\n\n"
             "- [Prologue](#prologue)\n- [ONE](#one)")  # fmt: skip
    text = LAUNDROMAT.format(genre="*a novel*", dedication=front)
    manuscript, titles, read = read_book(tmp_path, text, "m07.md")
    assert (manuscript.title, manuscript.author) == (LAUNDROMAT_TITLE, "Sam Okafor-Lindgren")
    assert titles == ["Prologue", "ONE"]
    assert "a novel" not in read


MMD = """\
Title: Ghost Protocol Nine
Author: R. J. Castellano
Base Header Level: 1

# Ghost Protocol Nine #

{name}

# Part One: Boot #

## Chapter One: The Call ##

"Castellano. You need to see this."

## Chapter Two: Handshake ##

Lena did not sleep that night.
"""


def test_multimarkdown_title_and_metadata_author_are_no_chapter(tmp_path: Path) -> None:
    manuscript, titles, _ = read_book(tmp_path, MMD.format(name="R. J. Castellano"), "m08.md")
    assert (manuscript.title, manuscript.author) == ("Ghost Protocol Nine", "R. J. Castellano")
    assert titles[0] == "Part One: Boot. Chapter One: The Call"
    assert "Ghost Protocol Nine" not in titles


def test_near_miss_a_name_not_the_metadata_author_stays_read(tmp_path: Path) -> None:
    _, _, read = read_book(tmp_path, MMD.format(name="Lena Park"), "m08.md")
    assert "Lena Park" in read


def test_centred_lower_case_dedication_before_the_first_part(tmp_path: Path) -> None:
    text = ("---\ntitle: Static Between Stations\nauthor: Jordan Ellis\n---\n\n"
            "<center>*for the night-shift DJs, who kept us company*</center>\n\n"
            "# Part One\n\n## 1\n\nThe request line lit up at 1:14 a.m.\n\n## 2\n\n"
            "Nobody called the next night.\n")  # fmt: skip
    _, titles, read = read_book(tmp_path, text, "m12.md")
    assert titles[0] == "Dedication"
    assert "for the night-shift DJs, who kept us company" in read


def test_dedication_shapes() -> None:
    def judged(*lines: str) -> bool:
        return is_dedication([Paragraph(line) for line in lines])

    assert judged("For Dad, who always picked up the phone.", "And for Lucía — I told you.")
    assert judged("Моїй бабусі. For my grandmother.")
    assert judged("for the night-shift DJs, who kept us company")
    # near misses: a story's opening sentences
    assert not judged("For Dad, who picked up the phone.", "And for years I did not call back.")
    assert not judged("For the man who had everything, Christmas was hard.")
    assert not judged("Ночь. For years the river ran dry.")
