"""Front matter and part titles in plain-text Project Gutenberg books, as a listener
hears them: a half-title (the book's title set again before the text) is left out, not
read as the first page's title or at the end of the page before it; a part's title over
its first chapter is a heading, not the last line of the chapter before; the title
page's edition line and a page of printing history are the title page's; a book's
heading over a short argument opens its first chapter, so its name is said once; a
dedication's label names it."""

from __future__ import annotations

from pathlib import Path

from plainbooks import LYTTLETON, gutenberg_footer, gutenberg_header, left_out, read_book

# ---------------------------------------------------------------- Don Quijote

QUIJOTE_TITLE_PAGE = """\
El ingenioso hidalgo don Quijote de la Mancha



por Miguel de Cervantes Saavedra





El ingenioso hidalgo don Quijote de la Mancha


  \nTasa

  \nEl Rey

  \nPrólogo



Que trata de la condición y ejercicio del famoso
hidalgo don Quijote de la Mancha

Que trata de la primera salida que de su tierra hizo
el ingenioso don Quijote

Donde se cuenta la graciosa manera que tuvo don
Quijote en armarse caballero




"""

QUIJOTE_FRONT = """\
TASA

Yo, Juan Gallo de Andrada, escribano de Cámara del Rey nuestro señor,
certifico y doy fe que tasaron cada pliego del dicho libro a tres maravedís
y medio.

Juan Gallo de Andrada.

EL REY

Por cuanto por parte de vos, Miguel de Cervantes, nos fue fecha relación
que habíades compuesto un libro intitulado El ingenioso hidalgo de la
Mancha, os damos licencia y facultad para le poder imprimir.

YO, EL REY.

PRÓLOGO

Desocupado lector: sin juramento me podrás creer que quisiera que este
libro, como hijo del entendimiento, fuera el más hermoso, el más gallardo y
más discreto que pudiera imaginarse.

"""

QUIJOTE_CHAPTERS = """\




Capítulo primero. Que trata de la condición y ejercicio del famoso hidalgo
don Quijote de la Mancha

En un lugar de la Mancha, de cuyo nombre no quiero acordarme, no ha mucho
tiempo que vivía un hidalgo de los de lanza en astillero, adarga antigua,
rocín flaco y galgo corredor.

Capítulo II. Que trata de la primera salida que de su tierra hizo el ingenioso don Quijote

Hechas, pues, estas prevenciones, no quiso aguardar más tiempo a poner en
efeto su pensamiento.
"""


def _quijote(tmp_path: Path, half_title: str, part: str) -> tuple[list[str], str, str]:
    text = (
        gutenberg_header("Don Quijote", "Miguel de Cervantes Saavedra", "Spanish", modern=True)
        + QUIJOTE_TITLE_PAGE + half_title + QUIJOTE_FRONT + part + QUIJOTE_CHAPTERS
        + gutenberg_footer("Don Quijote")
    )
    manuscript, titles, read = read_book(tmp_path, text)
    return titles, read, left_out(manuscript)


HALF_TITLE = "El ingenioso hidalgo don Quijote de la Mancha\n\n"
PART = "Primera parte del ingenioso hidalgo don Quijote de la Mancha\n"


def test_half_title_named_by_the_contents_is_left_out(tmp_path: Path) -> None:
    titles, read, gone = _quijote(tmp_path, HALF_TITLE, PART)
    assert titles[0] == "TASA"
    assert not read.startswith("El ingenioso")
    assert gone.count("El ingenioso hidalgo don Quijote de la Mancha") >= 2  # page, half-title


def test_near_miss_the_title_over_a_later_chapter_stays_read(tmp_path: Path) -> None:
    chapter = "Capítulo II. Que trata"
    text = (
        gutenberg_header("Don Quijote", "Miguel de Cervantes Saavedra", "Spanish", modern=True)
        + QUIJOTE_TITLE_PAGE + QUIJOTE_FRONT + PART
        + QUIJOTE_CHAPTERS.replace(chapter, f"{HALF_TITLE}\n\n\n{chapter}")
        + gutenberg_footer("Don Quijote")
    )
    _, titles, read = read_book(tmp_path, text)
    assert titles[0] == "TASA"
    assert "| El ingenioso hidalgo don Quijote de la Mancha" in read


def test_part_title_over_its_first_chapter_is_a_heading(tmp_path: Path) -> None:
    titles, read, _ = _quijote(tmp_path, HALF_TITLE, PART)
    assert titles[3].startswith(
        "Primera parte del ingenioso hidalgo don Quijote de la Mancha. Capítulo primero."
    )
    assert "Primera parte" not in " ".join(titles[:3])
    assert "| Primera parte del ingenioso hidalgo don Quijote de la Mancha |" not in read


def test_near_miss_a_sentence_on_a_part_stays_read(tmp_path: Path) -> None:
    said = "Primera parte de la historia, que es la mejor.\n"
    titles, read, _ = _quijote(tmp_path, HALF_TITLE, said)
    assert titles[3].startswith("Capítulo primero.")
    assert "Primera parte de la historia, que es la mejor." in read


# ---------------------------------------------------------------- Origin of Species

ORIGIN = """\
Produced by Sue Asscher





THE ORIGIN OF SPECIES BY MEANS OF NATURAL SELECTION;

or, the PRESERVATION OF FAVOURED RACES IN THE STRUGGLE FOR LIFE.

By Charles Darwin, M.A., F.R.S.,

Author of "The Descent of Man," etc., etc.


{edition}

"But with regard to the material world, we can at least go so far as
this--we can perceive that events are brought about not by insulated
interpositions of Divine power, exerted in each particular case, but by
the establishment of general laws."--Whewell: "Bridgewater Treatise".




AN HISTORICAL SKETCH OF THE PROGRESS OF OPINION ON THE ORIGIN OF
SPECIES, PREVIOUSLY TO THE PUBLICATION OF THE FIRST EDITION OF THIS WORK.

I will here give a brief sketch of the progress of opinion on the Origin
of Species. Until recently the great majority of naturalists believed
that species were immutable productions, and had been separately
created.




CONTENTS.


  INTRODUCTION

  CHAPTER I.

  VARIATION UNDER DOMESTICATION.

  CHAPTER II.

  VARIATION UNDER NATURE.





{half}




INTRODUCTION.

When on board H.M.S. Beagle, as naturalist, I was much struck with
certain facts in the distribution of the organic beings inhabiting South
America.




CHAPTER I. VARIATION UNDER DOMESTICATION.

When we compare the individuals of the same variety or sub-variety of
our older cultivated plants and animals, one of the first points which
strikes us is, that they generally differ more from each other.




CHAPTER II. VARIATION UNDER NATURE.

Before applying the principles arrived at in the last chapter to organic
beings in a state of nature, we must briefly discuss whether these latter
are subject to any variation.
"""


def _origin(tmp_path: Path, half: str, edition: str) -> tuple[list[str], str, str]:
    title = "On the Origin of Species"
    text = (
        gutenberg_header(title, "Charles Darwin")
        + ORIGIN.format(half=half, edition=edition) + gutenberg_footer(title)
    )
    manuscript, titles, read = read_book(tmp_path, text)
    return titles, read, left_out(manuscript)


EDITION = "Sixth London Edition, with all Additions and Corrections."


def test_shortened_half_title_after_the_contents_is_left_out(tmp_path: Path) -> None:
    titles, read, gone = _origin(tmp_path, "ORIGIN OF SPECIES.", EDITION)
    assert "ORIGIN OF SPECIES." not in read
    assert "ORIGIN OF SPECIES." in gone
    assert titles[-3:] == [
        "INTRODUCTION", "CHAPTER I. VARIATION UNDER DOMESTICATION",
        "CHAPTER II. VARIATION UNDER NATURE",
    ]  # fmt: skip


def test_near_miss_a_line_not_the_titles_start_stays_read(tmp_path: Path) -> None:
    _, read, _ = _origin(tmp_path, "NATURAL SELECTION.", EDITION)
    assert "NATURAL SELECTION." in read


def test_title_pages_edition_and_author_of_lines_are_left_out(tmp_path: Path) -> None:
    _, read, gone = _origin(tmp_path, "ORIGIN OF SPECIES.", EDITION)
    assert "Sixth London Edition" not in read
    assert "Descent of Man" not in read
    assert "Sixth London Edition" in gone
    assert "But with regard to the material world" in read  # the epigraph under it


def test_near_miss_a_preface_to_an_edition_stays_read(tmp_path: Path) -> None:
    _, read, _ = _origin(tmp_path, "ORIGIN OF SPECIES.", "PREFACE TO THE SECOND EDITION.")
    assert "preface to the second edition" in read.casefold()


# ---------------------------------------------------------------- Beeton

BEETON = """\
E-text prepared by Jonathan Ingram, Sandra Brown, and Project Gutenberg
Distributed Proofreaders




THE BOOK OF HOUSEHOLD MANAGEMENT;

Comprising Information for the

MISTRESS,
HOUSEKEEPER,
COOK,

BY MRS. ISABELLA BEETON.

    Nothing lovelier can be found
    In Woman, than to study household good.--MILTON.

{history}




CHAPTER VIII.

RECIPES.

_Economical Stock._

104. INGREDIENTS.--The liquor in which a joint of meat has been boiled,
say 4 quarts; trimmings of fresh meat or poultry, shank-bones, &c.

_Mode_.--Let all the ingredients simmer gently for 6 hours, taking care
to skim carefully at the commencement of its boiling.
"""


def _beeton(tmp_path: Path, history: str) -> tuple[str, str]:
    title = "The Book of Household Management"
    text = (
        gutenberg_header(title, "Mrs. Isabella Beeton")
        + BEETON.format(history=history) + gutenberg_footer(title)
    )
    manuscript, _, read = read_book(tmp_path, text)
    return read, left_out(manuscript)


def test_printing_history_under_the_epigraph_is_left_out(tmp_path: Path) -> None:
    history = (
        "Published Originally By\nS. O. Beeton in 24 Monthly Parts\n1859-1861.\n\n"
        "First Published in a Bound Edition 1861."
    )
    read, gone = _beeton(tmp_path, history)
    assert "Published" not in read
    assert "Monthly Parts" in gone and "Bound Edition" in gone
    assert "Nothing lovelier can be found" in read


def test_near_miss_a_sentence_on_the_books_history_stays_read(tmp_path: Path) -> None:
    history = (
        "Published in monthly parts from 1859, the book sold sixty thousand copies\n"
        "in its first year.\n\nFirst published in 1861, it sold well."
    )
    read, _ = _beeton(tmp_path, history)
    assert "sixty thousand copies" in read
    assert "it sold well" in read


# ---------------------------------------------------------------- Tom Jones

TOM_JONES = """\
Produced by David Widger




THE HISTORY OF TOM JONES, A FOUNDLING

By Henry Fielding




{dedication}

{LYTTLETON}



BOOK I.

{argument}


Chapter i.

The introduction to the work, or bill of fare to the feast.

An author ought to consider himself, not as a gentleman who gives a
private or eleemosynary treat, but rather as one who keeps a public
ordinary, at which all persons are welcome for their money.


Chapter ii.

A short description of squire Allworthy, and a fuller account of Miss
Bridget Allworthy, his sister.

In that part of the western division of this kingdom which is commonly
called Somersetshire, there lately lived (and perhaps lives still) a
gentleman whose name was Allworthy.




BOOK II.

CONTAINING SCENES OF MATRIMONIAL FELICITY IN DIFFERENT DEGREES OF LIFE.


Chapter i.

Showing what kind of a history this is; what it is like, and what it is
not like.

Though we have properly enough entitled this our work, a history, and
not a life; nor an apology for a life, as is more in fashion.
"""

ARGUMENT = """\
CONTAINING AS MUCH OF THE BIRTH OF THE FOUNDLING
AS IS NECESSARY OR PROPER TO ACQUAINT THE READER WITH
IN THE BEGINNING OF THIS HISTORY."""


def _tom_jones(tmp_path: Path, argument: str, dedication: str = "DEDICATION") -> tuple[
    list[str], str
]:
    title = "History of Tom Jones, a Foundling"
    text = (
        gutenberg_header(title, "Henry Fielding")
        + TOM_JONES.format(argument=argument, dedication=dedication, LYTTLETON=LYTTLETON)
        + gutenberg_footer(title)
    )
    _, titles, read = read_book(tmp_path, text)
    return titles, read


def test_books_argument_opens_its_first_chapter(tmp_path: Path) -> None:
    titles, read = _tom_jones(tmp_path, ARGUMENT)
    assert titles[1:] == [
        "BOOK I. Chapter i", "BOOK I. Chapter ii", "BOOK II. Chapter i",
    ]  # fmt: skip
    assert "| Book One. |" not in read  # the book's name alone, then again with chapter i
    assert read.index("Book One. Chapter One.") < read.index("CONTAINING AS MUCH")
    assert "| Book Two. |" not in read


def test_near_miss_a_books_long_opening_keeps_its_own_chapter(tmp_path: Path) -> None:
    opening = "\n\n".join(
        "Reader, it is fit that I should acquaint thee before we go further with the\n"
        "plan of this history, and of the many persons whom thou art to meet in it,\n"
        "for some of them are of a kind thou hast not met with before in any book."
        for _ in range(3)
    )
    titles, _ = _tom_jones(tmp_path, opening)
    assert titles[1:3] == ["BOOK I", "BOOK I. Chapter i"]


def test_dedications_label_names_it(tmp_path: Path) -> None:
    titles, read = _tom_jones(tmp_path, ARGUMENT)
    assert titles[0] == "Dedication"
    assert read.startswith("Dedication. | TO THE HONOURABLE")
    assert "History of Tom Jones" not in read


def test_near_miss_a_dedicated_sentence_stays_under_the_books_title(tmp_path: Path) -> None:
    titles, read = _tom_jones(tmp_path, ARGUMENT, "Dedication to a great man is a poor trade.")
    assert titles[0] == "History of Tom Jones, a Foundling"
    assert "Dedication to a great man is a poor trade." in read


HISTORY = (
    "Published Originally By\nS. O. Beeton in 24 Monthly Parts\n1859-1861.\n\n"
    "First Published in a Bound Edition 1861."
)


def test_epigraph_alone_before_the_first_chapter_opens_it(tmp_path: Path) -> None:
    history = HISTORY
    title = "The Book of Household Management"
    text = gutenberg_header(title, "Mrs. Isabella Beeton") + BEETON.format(history=history)
    _, titles, read = read_book(tmp_path, text + gutenberg_footer(title))
    assert titles == ["CHAPTER VIII. RECIPES"]
    assert read.startswith("Chapter Eight. Recipes. | Nothing lovelier can be found")


def test_near_miss_an_opening_without_a_source_keeps_its_page(tmp_path: Path) -> None:
    history = HISTORY
    title = "The Book of Household Management"
    text = gutenberg_header(title, "Mrs. Isabella Beeton") + BEETON.format(
        history=history
    ).replace("household good.--MILTON.", "household good.")
    _, titles, _ = read_book(tmp_path, text + gutenberg_footer(title))
    assert titles == [title, "CHAPTER VIII. RECIPES"]


def test_title_page_does_not_run_on_past_the_epigraph_to_a_printing_line(
    tmp_path: Path,
) -> None:
    read, gone = _beeton(tmp_path, "First Published in a Bound Edition 1861.")
    assert "Nothing lovelier can be found" in read  # the epigraph, no title page's
    assert "Bound Edition" in gone and "Bound Edition" not in read


def test_a_motto_above_the_imprint_is_read_and_the_imprint_left_out(tmp_path: Path) -> None:
    # an epigraph on the title page is the book's words, read as Emerson's is in "Nature"
    # (test_sweep3_tpage); the imprint under it stays the page's
    read, gone = _beeton(tmp_path, "LONDON:\n1861.")
    assert "Nothing lovelier" in read and "Nothing lovelier" not in gone
    assert "LONDON" in gone and "LONDON" not in read
