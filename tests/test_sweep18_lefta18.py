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


# ---------------------------------------------------------------- a diary's title page, no "by"

PARSON = """\
THE DIARY OF A COUNTRY PARSON'S WIFE

1861-1862

Transcribed from the original MS. by her granddaughter



PREFATORY NOTE

The diary is printed as written, save that a few entries of a purely
private nature have been omitted.


JANUARY, 1861.

Jan. 1st.--Tuesday. Very hard frost. Mr. H. preached at Wrexham. Recd. a
letter from dear Mamma.

Jan. 2nd.--Snow in the night. Walked to the village.
"""

LOGBOOK = """\
THE SECRET LOGBOOK OF GEMMA PRYCE, AGED 38

Gemma Pryce


JANUARY: AN EXCEPTIONALLY BAD START

Sunday 1 January

11 a.m. Ugh. Mum rang at half past ten asking if I had met anyone nice at
Una's party. I said nobody meets anyone at parties any more.

Monday 2 January

Went to the gym. Sat in the car park for twenty minutes and came home.
"""


def test_a_diarys_page_with_a_transcribers_credit_is_a_title_page(tmp_path: Path) -> None:
    manuscript, said = _book(tmp_path, PARSON, "country_diary.txt")
    assert manuscript.title == "The Diary of a Country Parson's Wife"
    assert "Transcribed from the original MS." in _left_out(manuscript)
    assert "PREFATORY NOTE" in said  # the note's label is read with it, no one's name
    assert "Prefatory" not in said[0]


def test_a_diarys_title_over_the_diarists_name_is_a_title_page(tmp_path: Path) -> None:
    manuscript, said = _book(tmp_path, LOGBOOK, "modern_diary.txt")
    assert manuscript.title.startswith("The Secret Logbook of Gemma Pryce")
    assert manuscript.author == "Gemma Pryce"
    assert "JANUARY: AN EXCEPTIONALLY BAD START" in said  # the page ends at the name


def test_a_poems_title_under_a_capitals_heading_is_no_authors_name(tmp_path: Path) -> None:
    text = (
        "POEMS\n\nOne's-Self I Sing\n\n  One's-self I sing, a simple separate person,\n"
        "  Yet utter the word Democratic, the word En-Masse.\n"
    )
    manuscript, said = _book(tmp_path, text, "leaves.txt")
    assert manuscript.author != "One's-Self I Sing"
    assert "One's-Self I Sing" in said


# ---------------------------------------------------------------- "# TITLE;" over "## OR, …"

EVELINA = """\
# EVELINA;

## OR, A YOUNG LADY'S ENTRANCE INTO THE WORLD.

*In a Series of Letters.*

VOL. II.

---

## LETTER XXIII.

*Queen Ann Street, London, Saturday, April 2.*

THIS moment arrived. Just going to Drury Lane Theatre. The celebrated
Mr. Garrick performs Ranger. I am quite in ecstasy.

## LETTER XXIV.

Sir Clement Willoughby called this morning, and the Captain swore at him.
"""


def test_a_markdown_title_over_its_alternative_title_is_a_title_page(tmp_path: Path) -> None:
    manuscript, said = _book(tmp_path, EVELINA, "evelina.md")
    assert manuscript.title == "EVELINA; OR, A YOUNG LADY'S ENTRANCE INTO THE WORLD"
    assert manuscript.chapters[0].title.startswith("LETTER XXIII")
    assert "In a Series of Letters." not in said


def test_an_alternative_title_over_the_story_itself_is_read(tmp_path: Path) -> None:
    text = EVELINA.split("*In a Series")[0] + (
        "THIS moment arrived. Just going to Drury Lane Theatre. The celebrated\n"
        "Mr. Garrick performs Ranger. I am quite in ecstasy.\n\n## LETTER XXIV.\n\n"
        "Sir Clement Willoughby called this morning.\n"
    )
    manuscript, said = _book(tmp_path, text, "evelina.md")
    assert any(line.startswith("THIS moment arrived") for line in said)
    assert len(manuscript.chapters) == 2


# ---------------------------------------------------------------- a Markdown pamphlet's page

PAMPHLET = """\
# Salt Weather

*poems*

Mara Lindqvist

Small Lamp Press · 2019

---

## harbour, january

the boats lie down
in their own reflections

## What the Gull Said

mine, mine, mine
says the gull to the tide
"""


def test_a_name_over_an_imprint_under_a_markdown_title_is_its_byline(tmp_path: Path) -> None:
    manuscript, said = _book(tmp_path, PAMPHLET, "pamphlet.md")
    assert manuscript.author == "Mara Lindqvist"
    assert not any("Small Lamp Press" in line or line == "poems" for line in said)
    assert "Small Lamp Press · 2019" in _left_out(manuscript)


def test_a_poems_lines_over_a_year_under_a_markdown_title_are_read(tmp_path: Path) -> None:
    text = PAMPHLET.replace("*poems*\n\nMara Lindqvist\n\nSmall Lamp Press · 2019\n\n---\n\n", (
        "the winter I was nine\n\nthe harbour froze\n\nand the boats stood still\n\n"
    ))
    manuscript, said = _book(tmp_path, text, "pamphlet.md")
    assert manuscript.author != "Mara Lindqvist"
    assert any("the harbour froze" in line for line in said)


# ---------------------------------------------------------------- sonnets listed by first line

def _collection(entry: str) -> str:
    """A Project Gutenberg poetry book with a paged contents list whose sonnets are listed
    by their number and first line (`entry`), between titled poems."""
    sonnet = "\n".join(f"    Line {n} of the sonnet, and the sea beyond;" for n in range(1, 5))
    poem = "\n".join(f"    A line of the poem, the {n} of four;" for n in ("first", "second"))
    return f"""\
                       POEMS OF THE LAKE COUNTRY

                                  BY

                          WILLIAM WORDSWORTH


                               LONDON:
                    EDWARD MOXON, 44, DOVER STREET.
                               MDCCCXXXVI.




                               CONTENTS.

                                                                  PAGE
  TO THE DAISY                                                       1
  SONNETS:--
{entry}
     II. Composed upon Westminster Bridge                            6
  TO A SKYLARK                                                      10




TO THE DAISY.


{poem}



SONNETS.



I.

{sonnet}


II.

COMPOSED UPON WESTMINSTER BRIDGE, SEPT. 3, 1802.

{sonnet}



TO A SKYLARK.


{poem}
"""


def test_a_sonnet_listed_by_its_first_line_keeps_the_contents_list(tmp_path: Path) -> None:
    entry = '      I. "Nuns fret not at their convent\'s narrow room"              5'
    manuscript, said = _book(tmp_path, _collection(entry), "poems.txt")
    titles = [c.title for c in manuscript.chapters]
    assert titles == ["TO THE DAISY", "SONNETS", "TO A SKYLARK"]
    assert "Nuns fret not" in _left_out(manuscript)
    assert not any(line.startswith("Nuns fret not") for line in said)


def test_a_numbered_quotation_with_no_page_is_no_entry(tmp_path: Path) -> None:
    from audiobook.text.readers.plaintext import _is_entry

    assert not _is_entry('I. "Nuns fret not at their convent\'s narrow room"')
    assert not _is_entry('1. "Come in," she said, "and shut the door." 1')


# ---------------------------------------------------------------- a song's note after its title

SONGS = """\
CAMPFIRE SONGBOOK


1. THE WATER IS WIDE (Traditional)

The water is wide, I can't cross o'er,
And neither have I wings to fly.


2. BLOWIN' ON THE PRAIRIE

Well the wind comes down from the high plateau
And the cattle stand where the cold rivers go


3. BANANA SONG  (call & response -- leader sings, group echoes)

Bananas of the world, unite!
Form banana! Form, form banana!
"""


def test_a_numbered_song_with_a_note_after_its_title_is_a_chapter(tmp_path: Path) -> None:
    manuscript, _ = _book(tmp_path, SONGS, "songs.txt")
    titles = [c.title for c in manuscript.chapters]
    assert len(titles) == 3 and titles[2].startswith("3. BANANA SONG")


def test_a_numbered_line_in_lower_case_before_its_note_is_no_title(tmp_path: Path) -> None:
    text = SONGS.replace("3. BANANA SONG  (call", "3. banana song  (call")
    manuscript, _ = _book(tmp_path, text, "songs.txt")
    assert len(manuscript.chapters) == 2
