"""Sweep 18's structure and title-page findings: a novel whose parts are headed in words
over sections in figures ("ONE" / "1" / "You're late."), whose part heading is no
contents list; and title pages the reader missed."""

from __future__ import annotations

from pathlib import Path

from audiobook.build.pipeline import load_book
from audiobook.models import Manuscript


def _book(folder: Path, text: str, name: str = "book.txt") -> tuple[Manuscript, list[str]]:
    """The manuscript and every line as it is spoken, credits and all."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    _, manuscript, chapters = load_book(path)
    return manuscript, [s.text for ch in chapters for s in ch.segments]


def _left_out(manuscript: Manuscript) -> str:
    return "\n".join(o.text for o in manuscript.omitted)


# ---------------------------------------------------------------- a part over its first section

PARTS = """\
THE SUMMER LET

A Novel

by Hannah Corrigan




ONE


1

"You're late."

"The train."

"It's always the train."

Maren put her bag down on the step and looked past her sister at the
house. It was smaller than she remembered, and the paint on the shutters
had gone the colour of weak tea.


2

Jo had left a list on the kitchen table, weighted with a jar of
marmalade. Maren read it while the kettle boiled.




TWO


- 1 -

In the morning the fog had come in off the sea and the house was full of
its cold, clean smell.


- 2 -

The doctor came at ten. He was younger than Maren had expected, and he
called her mother Eileen, which her mother seemed to like.
"""


def test_a_part_heading_over_its_first_section_is_said_with_the_opening_lines(
    tmp_path: Path,
) -> None:
    manuscript, said = _book(tmp_path, PARTS)
    text = "\n".join(said)
    assert '"You\'re late."' in said and '"The train."' in said
    assert "You're late" not in _left_out(manuscript)
    titles = [c.title for c in manuscript.chapters]
    assert titles[0].startswith("ONE") and any(t.startswith("TWO") for t in titles)
    assert "table of contents" not in [o.why for o in manuscript.omitted]
    assert text.index("The train") < text.index("It's always")


def test_an_unlabelled_contents_list_of_parts_and_sections_is_still_left_out(
    tmp_path: Path,
) -> None:
    entries = "ONE\n\n1\n\n2\n\nTWO\n\n1\n\n2\n\n\n\n\n"
    listed = PARTS.replace("\n\n\n\n\nONE\n", f"\n\n\n\n\n{entries}ONE\n", 1)
    manuscript, said = _book(tmp_path, listed)
    assert "table of contents" in [o.why for o in manuscript.omitted]
    assert '"You\'re late."' in said and said.count("TWO. 1") <= 1


# ---------------------------------------------------------------- a thesis's title page

THESIS = """\
Parish, Poor Law and Famine:
Relief in County Mayo, 1845-1852

A Thesis Submitted for the Degree of Master of Arts

Siobhan Mary Gallagher
Department of History

Supervisor: Professor Declan Moran
Department of History

National University of Ireland, Galway
September 2014


Abstract

This thesis examines the working of the Poor Law in County Mayo during
the Great Famine. It argues that the collapse of relief was not merely
the result of administrative failure.


Chapter 1

Introduction

The Great Famine has been studied more closely than any other episode in
Irish history, and yet the view from the individual union remains blurred.
"""


def test_a_thesis_title_page_names_the_title_and_author_and_is_left_out(tmp_path: Path) -> None:
    manuscript, said = _book(tmp_path, THESIS, "thesis.txt")
    assert manuscript.title.startswith("Parish, Poor Law and Famine")
    assert manuscript.author == "Siobhan Mary Gallagher"
    assert "Supervisor: Professor Declan Moran" in _left_out(manuscript)
    assert not any("Supervisor" in line or "Galway" in line for line in said)
    assert any(line.startswith("This thesis examines") for line in said)


def test_a_subtitle_that_calls_the_book_a_thesis_is_no_submission(tmp_path: Path) -> None:
    text = (
        "Notes on a Marriage\n\nA Thesis in Twelve Arguments\n\nRuth Ellery\nDepartment of Sighs"
        "\n\n\nOne\n\nThe kettle was already on when I came down, and my husband had laid\n"
        "out the cups.\n\n\nTwo\n\nBy noon we had had three more.\n"
    )
    manuscript, said = _book(tmp_path, text, "notes.txt")
    assert "A Thesis in Twelve Arguments" in said
    assert manuscript.author != "Ruth Ellery"
