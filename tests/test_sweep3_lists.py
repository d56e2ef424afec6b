"""Contents lists and lists of illustrations that were read aloud in real Project
Gutenberg books (sweep7, sweep8), in short excerpts of those books' layouts: an
illustrated edition whose "Contents" and "List of illustrations" labels are pictures
(Little Women, PG #37106) and whose list gives two hundred captions with no pages;
Franklin's "ILLUSTRATIONS" with "_Frontispiece_", a quotation under it and a column of
pages; an Italian "INDICE" whose entries run over two lines to "Pag.  5"; a Czech
"OBSAH", a Portuguese "SUMMARIO" run on with dashes, a Hungarian "TARTALOM" at the back.
Each hit has its near miss, read as it was."""

from __future__ import annotations

from pathlib import Path

from plainbooks import gutenberg_footer, gutenberg_header, left_out, read_book

FILLER = (
    "The rain had kept them indoors all the afternoon, and the four of them sat\n"
    "about the fire with their work, talking of what the winter would bring and\n"
    "of the letters that had not come, until the lamp was lit and tea was ready.\n"
)

# ---------------------------------------------------------------- 1. Little Women

_CHAPTERS = ["PLAYING PILGRIMS", "A MERRY CHRISTMAS", "THE LAURENCE BOY", "BURDENS"]
_ROMAN = ["I", "II", "III", "IV"]

LITTLE_WOMEN = (
    gutenberg_header("Little Women", "Louisa May Alcott", modern=True)
    + """
                              LITTLE WOMEN
                                   OR
                         Meg, Jo, Beth, and Amy

                                   BY
                            LOUISA M. ALCOTT

                                 BOSTON
                     LITTLE, BROWN, AND COMPANY




                         [Illustration: Preface]


              "_Go then, my little Book, and show to all
              That entertain and bid thee welcome shall,
              What thou dost keep close shut up in thy breast;
              And wish what thou dost show them may be blest._"

                                     Adapted from JOHN BUNYAN.




                        [Illustration: Contents]


                              Part First.

            CHAPTER

"""
    + "\n\n".join(f"{n:>10}. {t}" for n, t in zip(_ROMAN, _CHAPTERS, strict=True))
    + """

                   [Illustration: Tail-piece to Contents]




                   [Illustration: List of illustrations.]


   [The Illustrations, designed by FRANK T. MERRILL, drawn, engraved,
        and printed under the supervision of GEORGE T. ANDREW.]
                                                                PAGE

    They all drew to the fire, mother in the big chair, with
    Beth at her feet

    Preface

    Contents

    Tail-piece to Contents

    List of Illustrations

    Tail-piece to Illustrations

    Christmas won't be Christmas without any presents

    Beth put a pair of slippers down to warm

    I used to be so frightened when it was my turn to sit in
    the big chair

    Do it this way, clasp your hands so

    O Pip! O Pip!

    Amy capped the climax by putting a clothes-pin on her nose   151

    Tail-piece

              [Illustration: Tail-piece to Illustrations]



"""
    + "".join(
        f"\n\n\n                                   {n}.\n\n"
        f"                           {t}.\n\n\n{FILLER}\n{FILLER}"
        for n, t in zip(_ROMAN, _CHAPTERS, strict=True)
    )
    + gutenberg_footer("Little Women")
)


def test_an_illustrated_editions_contents_and_list_of_captions_are_left_out(
    tmp_path: Path,
) -> None:
    manuscript, titles, read = read_book(tmp_path, LITTLE_WOMEN)
    for heard in ("Laurence Boy | ", "Part First", "slippers", "clothes-pin", "Tail-piece",
                  "Frank T. Merrill", "O Pip"):  # fmt: skip
        assert heard.casefold() not in read.casefold(), heard
    assert titles[-4:] == [f"{n}. {t}" for n, t in zip(_ROMAN, _CHAPTERS, strict=True)]
    assert not any("Illustrations" in (t or "") for t in titles)
    omitted = left_out(manuscript)
    assert "A MERRY CHRISTMAS" in omitted and "clothes-pin" in omitted
    assert "little Book" in read  # the Bunyan epigraph is the book's: read
    assert read.count("four of them sat") == 8


def test_a_contents_picture_over_prose_is_no_label(tmp_path: Path) -> None:
    text = LITTLE_WOMEN.replace(
        "[Illustration: Contents]", "[Illustration: Contents]\n\n" + FILLER.replace("rain", "snow")
    )
    _, _, read = read_book(tmp_path, text)
    assert "The snow had kept them indoors" in read


def test_short_lines_running_into_prose_under_the_label_are_read(tmp_path: Path) -> None:
    """Short lines under the label that run on into the text with no heading or page
    break between are the book's opening, not a list of captions: all of it is read."""
    start = LITTLE_WOMEN.index("    Tail-piece\n")
    end = LITTLE_WOMEN.index("\n\n\n                                   I.\n")
    text = LITTLE_WOMEN[:start] + "    Tail-piece\n\n" + FILLER.replace("rain", "snow") + (
        LITTLE_WOMEN[end:]
    )
    _, _, read = read_book(tmp_path, text)
    assert "The snow had kept them indoors" in read and "slippers" in read


# ---------------------------------------------------------------- 2. Franklin

FRANKLIN_LIST = """ILLUSTRATIONS

Franklin at the Court of Louis XVI                 _Frontispiece_

  "He was therefore, feasted and invited to all the court
  parties. At these he sometimes met the old Duchess of
  Bourbon, who, being a chess player of about his force,
  they very generally played together."--Thomas Jefferson.


                                                             PAGE
Portrait of Franklin                                          vii

First page of _The New England Courant_ of December
  4-11, 1721                                                   33

"I was employed to carry the papers thro' the streets
  to the customers"                                            36

"I took to working at press"                                   88

Father Abraham in his study                                   330

The end papers show, at the front, the Franklin arms and
  the Franklin seal; at the back, the medal given by the
  Boston public schools.


"""

FRANKLIN = (
    gutenberg_header("Autobiography of Benjamin Franklin", "Benjamin Franklin")
    + "AUTOBIOGRAPHY\n\nOF\n\nBENJAMIN FRANKLIN\n\n\n\n"
    + FRANKLIN_LIST
    + "INTRODUCTION\n\n"
    + "We Americans devour eagerly any piece of writing that purports to tell\n"
    + "us the secret of success in life.\n\n\n\n"
    + "".join(
        f"{n}\n\n{t}\n\n{FILLER}\n{FILLER}\n\n\n"
        for n, t in zip(_ROMAN, ["ANCESTRY", "BEGINNING LIFE", "ARRIVAL", "BOSTON"], strict=True)
    )
    + gutenberg_footer("Autobiography of Benjamin Franklin")
)


def test_a_list_of_illustrations_with_a_frontispiece_and_a_page_column_is_left_out(
    tmp_path: Path,
) -> None:
    manuscript, titles, read = read_book(tmp_path, FRANKLIN)
    for heard in ("Frontispiece", "Louis", "Duchess", "Portrait", "Courant", "Father Abraham",
                  "end papers", "three hundred and thirty"):  # fmt: skip
        assert heard.casefold() not in read.casefold(), heard
    assert "secret of success" in read
    assert "Father Abraham" in left_out(manuscript)
    assert "Introduction" in " ".join(t or "" for t in titles).title()


def test_an_essay_called_illustrations_is_read(tmp_path: Path) -> None:
    essay = (
        "ILLUSTRATIONS\n\n"
        "Let me give a few illustrations of the principle, drawn from the life\n"
        "of the town, where every tradesman knew his neighbour's business.\n\n"
        "The first is the printer's, who in 1721 set up his press on the Long\n"
        "Wharf and sold his paper at the door for 4 pence.\n\n\n\n"
    )
    text = FRANKLIN.replace(FRANKLIN_LIST, essay)
    _, _, read = read_book(tmp_path, text)
    assert "a few illustrations of the principle" in read
    assert "Long Wharf" in read


# ---------------------------------------------------------------- 3. other languages' contents

PINOCCHIO = (
    gutenberg_header("Le avventure di Pinocchio", "Carlo Collodi", "Italian")
    + """LE AVVENTURE DI PINOCCHIO

STORIA DI UN BURATTINO

DI

C. COLLODI




INDICE

  I. Come andò che maestro Ciliegia, falegname, trovò un
     pezzo di legno, che piangeva e rideva come un bambino.   Pag.  5
  II. Maestro Ciliegia regala il pezzo di legno al suo amico
     Geppetto.                                                     9
  III. Geppetto, tornato a casa, comincia subito a fabbricarsi
     il burattino.                                                14




"""
    + "".join(
        f"{n}.\n\n{t}\n\n\n"
        "Non so come andasse, ma il fatto gli è che un bel giorno, il 15\n"
        "agosto 1880, questo pezzo di legno capitò nella bottega di un vecchio\n"
        "falegname, il quale aveva nome mastr'Antonio.\n\n\n\n"
        for n, t in zip(_ROMAN[:3], ["Come andò.", "Maestro Ciliegia.", "Geppetto."], strict=True)
    )
    + gutenberg_footer("Le avventure di Pinocchio")
)


def test_an_indice_whose_entries_run_over_to_their_page_is_left_out(tmp_path: Path) -> None:
    manuscript, _, read = read_book(tmp_path, PINOCCHIO)
    for heard in ("INDICE", "Pagina", "piangeva e rideva", "fabbricarsi", "quattordici"):
        assert heard.casefold() not in read.casefold(), heard
    assert "fabbricarsi" in left_out(manuscript)
    assert read.count("agosto mille") == 3  # a chapter's line ending in a year is text


def test_a_paragraph_under_indice_is_read(tmp_path: Path) -> None:
    text = PINOCCHIO.replace(
        PINOCCHIO[PINOCCHIO.index("  I. Come") : PINOCCHIO.index("\n\n\n\n\nI.")],
        "Questo libro fu scritto per i ragazzi, e stampato in Firenze nel\nmese di febbraio 1883",
    )
    _, _, read = read_book(tmp_path, text)
    assert "scritto per i ragazzi" in read


_CZECH_TITLES = ["Babička", "Na Starém bělidle", "Viktorka"]
CZECH = (
    gutenberg_header("Babička", "Božena Němcová", "Czech")
    + """BABIČKA

OBRAZY VENKOVSKÉHO ŽIVOTA

NAPSALA

BOŽENA NĚMCOVÁ




OBSAH.

Babička ........................................ 3
Na Starém bělidle .............................. 17
Viktorka ....................................... 29




"""
    + "".join(
        f"KAPITOLA {n}.\n\n{t}.\n\n\n"
        "Babička měla syna ve Vídni a dvě dcery. Jedna z nich, Dorotka, byla\n"
        "provdána ve Vídni, druhá, Johanka, na Slovensku.\n\n\n\n"
        for n, t in zip(_ROMAN[:3], _CZECH_TITLES, strict=True)
    )
    + gutenberg_footer("Babička")
)


def test_a_czech_obsah_is_left_out(tmp_path: Path) -> None:
    manuscript, _, read = read_book(tmp_path, CZECH)
    assert "obsah" not in read.casefold() and "sedmnáct" not in read
    assert read.count("Babička měla syna") == 3
    assert "table of contents" in left_out(manuscript)


def test_obsah_over_prose_is_read(tmp_path: Path) -> None:
    text = CZECH.replace(
        CZECH[CZECH.index("Babička ...") : CZECH.index("\n\n\n\n\nKAPITOLA I.\n")],
        "Kniha tato vypravuje o babičce, jak ji pamatuji z mládí,\na o jejím životě na bělidle.",
    )
    _, _, read = read_book(tmp_path, text)
    assert "Kniha tato vypravuje" in read


NOITES = (
    gutenberg_header("Noites de insomnia", "Camilo Castelo Branco", "Portuguese")
    + """SUMMARIO

Aquella casa triste... (romance)--Solução do problema historico--Dous
preconceitos--Lisboa--Ferreira Rangel--O principe perfeito--Ave
rara--Vergonhas nacionaes--Declaração.




"""
    + "".join(
        f"{n}\n\nA casa grande das quinze janellas branqueja no espinhaço do monte.\n"
        "As janellas fecharam-se ha seis mezes, ao mesmo tempo que duas sepulturas\n"
        "se abriram.\n\n\n\n"
        for n in _ROMAN[:3]
    )
    + gutenberg_footer("Noites de insomnia")
)


def test_a_summario_run_on_with_dashes_is_left_out(tmp_path: Path) -> None:
    manuscript, _, read = read_book(tmp_path, NOITES)
    for heard in ("SUMMARIO", "Ferreira Rangel", "Vergonhas"):
        assert heard.casefold() not in read.casefold(), heard
    assert "Ferreira Rangel" in left_out(manuscript)
    assert read.count("A casa grande") == 3


def test_a_paragraph_of_dashed_speech_under_summario_is_read(tmp_path: Path) -> None:
    text = NOITES.replace(
        NOITES[NOITES.index("Aquella casa") : NOITES.index("Declaração.") + len("Declaração.")],
        "Lisboa--disse elle--é uma cidade triste--e calou-se--Porto não.",
    )
    _, _, read = read_book(tmp_path, text)
    assert "disse elle" in read


TARTALOM = """TARTALOM

A vaspénz                                            1
Az öreg honvéd. Elbeszélés. Irta: Gárdonyi Géza          2
"""

VASARNAP = (
    gutenberg_header("Vasárnapi Könyv", "Various", "Hungarian")
    + "".join(
        f"{n}.\n\nAz öreg honvéd elteszi a lapot a mellényzsebébe, a többi mellé, és\n"
        "sokáig néz ki az ablakon a falu felé.\n\n\n\n"
        for n in _ROMAN[:3]
    )
    + TARTALOM
    + gutenberg_footer("Vasárnapi Könyv")
)


def test_a_tartalom_at_the_back_is_left_out(tmp_path: Path) -> None:
    manuscript, _, read = read_book(tmp_path, VASARNAP)
    assert "vaspénz" not in read and "TARTALOM".casefold() not in read.casefold()
    assert "Gárdonyi" in left_out(manuscript)
    assert read.count("Az öreg honvéd elteszi") == 3


def test_a_last_paragraph_under_tartalom_is_read(tmp_path: Path) -> None:
    text = VASARNAP.replace(
        TARTALOM, "TARTALOM\n\nA könyv tartalma a falu élete, ahogy az öregek mesélik el.\n"
    )
    _, _, read = read_book(tmp_path, text)
    assert "ahogy az öregek" in read


# ---------------------------------------------------------------- 4. a play's prologue

_SCENE = (
    "SAMPSON.\nGregory, on my word, we’ll not carry coals.\n\n"
    "GREGORY.\nNo, for then we should be colliers.\n\n"
    "SAMPSON.\nI mean, if we be in choler, we’ll draw.\n\n"
)

ROMEO = (
    gutenberg_header("Romeo and Juliet", "William Shakespeare", modern=True)
    + """THE TRAGEDY OF ROMEO AND JULIET

by William Shakespeare



Contents

THE PROLOGUE.

ACT I
Scene I. A public place.
Scene II. A Street.

ACT II
Scene I. An open place adjoining Capulet’s Garden.




 Dramatis Personæ

ESCALUS, Prince of Verona.
MERCUTIO, kinsman to the Prince, and friend to Romeo.
PARIS, a young Nobleman, kinsman to the Prince.

SCENE. During the greater part of the Play in Verona; once, in the
Fifth Act, at Mantua.




THE PROLOGUE

 Enter Chorus.

CHORUS.
Two households, both alike in dignity,
In fair Verona, where we lay our scene,
From ancient grudge break to new mutiny,
Where civil blood makes civil hands unclean.

 [_Exit._]



ACT I

SCENE I. A public place.

 Enter Sampson and Gregory armed with swords and bucklers.

"""
    + _SCENE
    + "\nSCENE II. A Street.\n\n Enter Capulet, Paris and Servant.\n\n"
    + _SCENE
    + "\n\n\nACT II\n\nSCENE I. An open place adjoining Capulet’s Garden.\n\n Enter Romeo.\n\n"
    + _SCENE
    + gutenberg_footer("Romeo and Juliet")
)


def test_a_plays_prologue_named_by_its_contents_is_a_chapter(tmp_path: Path) -> None:
    _, titles, read = read_book(tmp_path, ROMEO)
    assert "THE PROLOGUE" in titles
    at = titles.index("THE PROLOGUE")
    assert titles[at + 1].startswith("ACT I")
    assert "Two households" in read and "ESCALUS, Prince of Verona" in read  # the cast is read


def test_a_line_naming_an_entry_inside_an_act_is_no_heading(tmp_path: Path) -> None:
    """The same line standing in the first act's text, not before it, is the play's."""
    text = ROMEO.replace("\n\n\n\nTHE PROLOGUE\n\n Enter Chorus.", "\n\n\n\n Enter Chorus.")
    text = text.replace("SCENE II. A Street.\n\n", "SCENE II. A Street.\n\nTHE PROLOGUE\n\n")
    _, titles, read = read_book(tmp_path, text)
    assert "THE PROLOGUE" not in titles
    assert "the prologue" in read.casefold()
