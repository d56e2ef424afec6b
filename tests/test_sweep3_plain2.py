"""Plain-text books from the third sweep, second round, in words of our own: a picture
book whose first pages are one short line each, a manuscript's title page with its
contact lines under the byline, a sonnet sequence whose poems have titles under their
numbers and a dedication set "TO" / "MY MOTHER", and more. Each hit has its near miss: a
book of the same look, read as it was."""

from __future__ import annotations

from pathlib import Path

from audiobook.models import Manuscript
from audiobook.text.readers.base import credit
from plainbooks import credits_and_read


def _book(folder: Path, text: str, name: str = "book.txt") -> tuple[Manuscript, str, str]:
    return credits_and_read(folder, text, name)


def _left_out(manuscript: Manuscript) -> str:
    return " ".join(f"{o.what} {o.text}" for o in manuscript.omitted)


# ---------------------------------------------------------------- 1. a picture book

PICTURE_BOOK = """THE MOON IN MY POCKET

{byline}


[Page 1]

Tom has a pocket.

[Page 2]

The moon is big.

[Page 3]

Tom puts the moon in his pocket.

[Page 4]

Now it is dark. Oh no!

[Page 5]

Tom lets the moon go.

[Page 6]

Good night, moon.
"""


def test_a_picture_books_first_pages_are_read_not_left_out_as_its_title_page(tmp_path):
    manuscript, said, read = _book(tmp_path, PICTURE_BOOK.format(byline="by Hannah Pell"))
    assert said.startswith("The Moon in My Pocket. Written by Hannah Pell.")
    assert read.split(" | ")[1:3] == ["Tom has a pocket.", "The moon is big."]
    assert "title page (2 lines)" in _left_out(manuscript)


def test_words_by_and_written_and_illustrated_by_credit_the_author(tmp_path):
    words = "Words by Hannah Pell\n\nPictures by Joe Okafor"
    _, said, read = _book(tmp_path / "a", PICTURE_BOOK.format(byline=words))
    assert said.startswith("The Moon in My Pocket. Written by Hannah Pell. Narrated")
    assert "Okafor" not in said and "Okafor" not in read and "Tom has a pocket." in read
    both = "Written and illustrated by Hannah Pell"
    _, said, read = _book(tmp_path / "b", PICTURE_BOOK.format(byline=both))
    assert said.startswith("The Moon in My Pocket. Written by Hannah Pell. Narrated")
    assert credit("Story by Hannah Pell") == ("author", "Hannah Pell")
    assert credit("Illustrated by Joe Okafor") is None  # the illustrator is no author


def test_a_title_pages_short_lines_under_the_byline_are_still_the_pages(tmp_path):
    text = (
        "THE OLD MILL\n\nA Ghost Story of Christmas.\n\nby Hannah Pell\n\n"
        "With illustrations.\n\nSECOND EDITION.\n\nLondon printed for J. Smith.\n\n\n"
        "CHAPTER I\n\nThe mill had stood empty for thirty years when we came to it.\n"
    )
    manuscript, said, read = _book(tmp_path, text)
    assert said.startswith("The Old Mill. Written by Hannah Pell.")
    assert read.split(" | ")[1].startswith("The mill had stood empty")
    assert "SECOND EDITION" in _left_out(manuscript)


# ---------------------------------------------------------------- 2. contact lines


CONTEST_PAGE = """WINTER ORCHARD

by Ruth Abernathy

ruth.abernathy@example.com

Approx. 2,400 words



Chapter One

The first frost came early that year, and the orchard lost half its fruit in a night.



Chapter Two

By Christmas the money was gone. Agnes did not ask where.
"""


def test_a_title_and_byline_over_the_contact_lines_are_the_credits(tmp_path):
    manuscript, said, read = _book(tmp_path, CONTEST_PAGE)
    assert said.startswith("Winter Orchard. Written by Ruth Abernathy. Narrated")
    assert manuscript.title == "Winter Orchard" and manuscript.author == "Ruth Abernathy"
    assert "example" not in read and "words" not in read.split(" | ")[0]
    assert "ruth.abernathy@example.com" in _left_out(manuscript)


def test_a_contact_block_over_the_title_is_left_out_as_before(tmp_path):
    shunn = (
        "Ruth Abernathy\n12 Orchard Lane\nLedbury HR8 1AA\nruth.abernathy@example.com\n"
        "+44 7700 900123\n\nAbout 2,400 words\n\n\n\n" + CONTEST_PAGE.split("\n\n", 1)[0]
        + "\n\nby Ruth Abernathy\n\n\n\n" + CONTEST_PAGE.split("Chapter One", 1)[1]
    )
    shunn = shunn.replace("\n\n\n\n\nThe first", "\n\n\n\nChapter One\n\nThe first")
    manuscript, said, read = _book(tmp_path, shunn)
    assert said.startswith("Winter Orchard. Written by Ruth Abernathy. Narrated")
    assert "Orchard Lane" not in read and "Orchard Lane" in _left_out(manuscript)


# ---------------------------------------------------------------- 3. a sonnet sequence

SONNETS = """                        SONNETS OF THE SEASONS

                           WITH OTHER POEMS

                                  BY

                           EDITH M. CARROW



                               LONDON
                      ELKIN MATHEWS, VIGO STREET
                                 1898




                                  TO
                              MY MOTHER




                               CONTENTS

                                                                  PAGE
    SONNETS OF THE SEASONS                                           1
    THE RIVER                                                        9




                        SONNETS OF THE SEASONS


                                  I.

                               SPRING.

    When first the thrush upon the leafless bough
      Essays his note, and finds it strange and thin,
    As one who, long from music, would begin
      And dares not trust his voice, I hear, as now,


                                 II.

                               SUMMER.

    Now is the hour when all the fields are still,
      And the tall grasses bend beneath the heat;
    The reapers rest, and the red poppies meet
      Along the margin of the yellow hill.




                              THE RIVER

    I come from the hills where the heather is,
      I go to the sea where the ships are;
    And the fields are green where the feather is,
      And the road runs wide and far.
"""


def test_a_sonnets_title_under_its_number_and_a_dedication_are_read(tmp_path):
    manuscript, said, read = _book(tmp_path, SONNETS)
    assert said.startswith("Sonnets of the Seasons. Written by Edith M. Carrow.")
    assert "One. | Spring. | When first the thrush" in read
    assert "Two. | Summer. | Now is the hour" in read
    assert manuscript.chapters[0].title == "Dedication"
    assert "MY MOTHER" in read and "MY MOTHER" not in _left_out(manuscript)


def test_numbered_sonnets_with_no_titles_and_a_shouted_motto_read_as_before(tmp_path):
    text = SONNETS.replace("                               SPRING.\n\n", "").replace(
        "                               SUMMER.\n\n", ""
    ).replace("                                  TO\n                              MY MOTHER",
              "                          TOWARDS EVENING")  # fmt: skip
    manuscript, _, read = _book(tmp_path, text)
    assert "One. | When first the thrush" in read and "Spring" not in read
    assert manuscript.chapters[0].title != "Dedication"


# ---------------------------------------------------------------- 4. spaced dot leaders

LEADERED = """THE HOUSE ON THE HILL

E. L. VANCE


CONTENTS

I. The House . . . . . . . . . . . . . . . 1
II. The Master . . . . . . . . . . . . . . 4
III. The Portrait . . . . . . . . . . . . . 5


CHAPTER I

THE HOUSE

It was late when Anna came to the house. She rang twice and waited.

CHAPTER II

THE MASTER

He was tall, and he did not smile. The clock struck . . . . 12

CHAPTER III

THE PORTRAIT

The portrait over the stairs was her mother's.
"""


def test_a_contents_list_with_spaced_dot_leaders_is_left_out(tmp_path):
    manuscript, said, read = _book(tmp_path, LEADERED)
    assert said.startswith("The House on the Hill. Written by E. L. Vance.")
    assert manuscript.chapters[0].title == "CHAPTER I. THE HOUSE"
    assert read.split(" | ")[1].startswith("It was late")
    assert "table of contents (4 lines)" in _left_out(manuscript)


def test_a_spaced_ellipsis_before_a_number_in_a_chapter_is_read(tmp_path):
    _, _, read = _book(tmp_path, LEADERED)
    assert "The clock struck" in read and "twelve" in read


# ---------------------------------------------------------------- 10. a self-translation

SELF_TRANSLATED = """THE SECRET GARDEN GATE

{byline}

Translated from the French by the Author


CHAPTER I

The gate had been locked for as long as anyone in the village could remember.

CHAPTER II

Nobody knew who had the key, and nobody asked.
"""


def test_a_self_translations_tag_names_the_author(tmp_path):
    manuscript, said, _ = _book(tmp_path, SELF_TRANSLATED.format(byline="by Anne Lemoine"))
    assert (manuscript.author, manuscript.translator) == ("Anne Lemoine", "Anne Lemoine")
    assert "Written by Anne Lemoine. Translated by the author. Narrated" in said


def test_a_self_translation_with_no_author_named_keeps_its_words(tmp_path):
    manuscript, said, _ = _book(tmp_path, SELF_TRANSLATED.format(byline="A ROMANCE"))
    assert manuscript.translator == "the author"
    assert "Translated by the author." in said


# ---------------------------------------------------------------- 8. an old title over lines

OLD_TITLE = """THE HISTORY

OF

MISS HARRIET WELLBORNE.

IN A SERIES OF LETTERS.

BY A LADY.



LETTER I.

MISS WELLBORNE TO MISS ANNA GRANVILLE.

My dear Anna, we are arrived at Bath at last, and I have a thousand things to tell you.

LETTER II.

MISS GRANVILLE TO MISS WELLBORNE.

Your letter came this morning, and I read it twice before breakfast.
"""


def test_a_title_set_over_lines_with_of_between_them_is_whole(tmp_path):
    manuscript, _, _ = _book(tmp_path, OLD_TITLE)
    assert manuscript.title == "The History of Miss Harriet Wellborne"
    life = (
        "THE LIFE\n\nAND\n\nSTRANGE ADVENTURES\n\nOF\n\nCAPTAIN JOHN MARLOWE,\n\nMARINER.\n\n"
        "WRITTEN BY HIMSELF.\n\nLONDON:\nPRINTED FOR W. TAYLOR, AT THE SHIP.\nMDCCXIX.\n\n\n\n"
        + OLD_TITLE.split("\n\n\n\n", 1)[1]
    )
    manuscript, said, read = _book(tmp_path / "life", life)
    assert said.startswith("The Life and Strange Adventures of Captain John Marlowe, Mariner. "
                           "Narrated by")  # fmt: skip
    assert "LONDON" not in read and "Himself" not in said


def test_a_title_over_its_byline_is_joined_with_nothing_after(tmp_path):
    text = OLD_TITLE.replace("THE HISTORY\n\nOF\n\nMISS HARRIET WELLBORNE.", "MOTHER AND SON")
    manuscript, said, _ = _book(tmp_path, text.replace("BY A LADY.", "by Jane Roe"))
    assert (manuscript.title, manuscript.author) == ("Mother and Son", "Jane Roe")
    assert said.startswith("Mother and Son. Written by Jane Roe. Narrated by")


# ---------------------------------------------------------------- 6. Gutenberg's marks

MARKED = """[Transcriber's Note: Obvious printer's errors have been corrected. Text in
=equals signs= was printed in bold; text in +plus signs+ was
printed in gesperrt (spaced) type.]


CHAPTER I

CANTERBURY

Whoever comes by the old road sees first the great tower of the Cathedral--=Bell
Harry=, as it is called--rising above the orchards. The Germans call such a company
a +Gesellschaft+, and the word is not a bad one. +Das ist gut+, he said.

=Note.=--The tower was finished about 1498.

CHAPTER II

ROCHESTER

The castle keep is the finest in England, and the river runs below it.
"""


def test_bold_and_gesperrt_marks_glued_to_dashes_and_stops_are_not_said(tmp_path):
    _, _, read = _book(tmp_path, MARKED)
    assert "the Cathedral, Bell Harry, as it is called" in read
    assert "a Gesellschaft, and" in read and "Das ist gut, he said" in read
    assert "equals" not in read and "plus" not in read and "=" not in read


def test_plus_signs_in_a_book_that_declares_no_gesperrt_are_left_as_they_are(tmp_path):
    text = MARKED.replace("; text in +plus signs+ was\nprinted in gesperrt (spaced) type", "")
    _, _, read = _book(tmp_path, text)
    assert "the Cathedral, Bell Harry, as it is called" in read
    assert "plus Gesellschaft plus" in read
