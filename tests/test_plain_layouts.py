"""Plain text as writers' tools save it, not as Project Gutenberg sets it: a word
processor's export (a paragraph to a line, tab-indented, no blank lines, CRLF and
cp1252), a typescript (first lines indented instead of blank lines between), and a
self-published book's copyright page and "Also by" list, which have no heading."""

from __future__ import annotations

from pathlib import Path

import pytest

from audiobook.text.ingest import locate_book, read_manuscript
from audiobook.text.segment import audit_words, segment

LONG = (
    "The ferry left the harbour at a quarter past seven, and Nora was the only passenger "
    "who did not look at the water, because she had seen enough of it for one life."
)

EXPORT = "\r\n".join([
    "THE KEEPER\u2019S DAUGHTER",
    "A Novel",
    "by Marlene Hask",
    "",
    "Copyright \u00a9 2021 by Marlene Hask",
    "All rights reserved. No part of this book may be reproduced in any form without "
    "written permission from the author, except for brief quotations in a review.",
    "This is a work of fiction. Names, characters, places and incidents are the product "
    "of the author\u2019s imagination.",
    "ISBN: 978-1-7354321-0-8 (paperback)",
    "Cover design by Dana Whitcombe",
    "Published by Gull Rock Press, Portland, Maine",
    "",
    "For Dad, who taught me to read the tide tables.",
    "",
    "Chapter 1",
    "\t" + LONG,
    "\t\u201cFirst time out to the Rock?\u201d the deckhand asked. He was perhaps nineteen, "
    "with a cap turned backwards and a sunburn that started at his collar.",
    "\t\u201cSecond,\u201d Nora said.",
    "***",
    "\tThe keeper\u2019s house smelled of diesel and wet wool, and somebody had left a case "
    "of water and a note on the kitchen table about the generator.",
    "Chapter Two: The Letter",
    "\tThe letter was in the third drawer down, under a tide table for a year long gone, "
    "and it was addressed to her in a hand she had not seen since she was six years old.",
    "\tShe read it twice, standing, and then a third time sitting on the cold floor.",
    "#",
    "\tIn the morning the fog had lifted and the whole bay lay open like a map of itself.",
    "",
    "Also by Marlene Hask",
    "The Salt Road",
    "Winter Harbor (coming 2022)",
    "Sign up for my newsletter at marlenehask.com/newsletter for a free story.",
    "",
]).encode("cp1252")  # fmt: skip


def read(folder: Path, name: str, data: bytes):  # type: ignore[no-untyped-def]
    (folder / name).write_bytes(data)
    book = locate_book(folder / name)
    manuscript = read_manuscript(book)
    audit_words(manuscript, list(segment(manuscript, book.config)))
    return manuscript


def test_a_word_processor_export_has_its_chapters_paragraphs_and_scene_breaks(tmp_path):
    manuscript = read(tmp_path, "keeper.txt", EXPORT)
    assert (manuscript.title, manuscript.author) == ("The Keeper\u2019s Daughter", "Marlene Hask")
    titles = [c.title for c in manuscript.chapters]
    assert titles[-2:] == ["Chapter 1", "Chapter Two: The Letter"]
    one, two = manuscript.chapters[-2:]
    assert [p.text[:12] for p in one.paragraphs] == [
        "The ferry le", "\u201cFirst time ", "\u201cSecond,\u201d No", "The keeper\u2019s"
    ]
    assert [p.scene_break_before for p in one.paragraphs] == [False, False, False, True]
    assert len(two.paragraphs) == 3 and two.paragraphs[2].scene_break_before
    # the dedication is read; the copyright page and the "Also by" page are not
    said = " ".join(p.text for c in manuscript.chapters for p in c.paragraphs)
    assert "For Dad" in said
    for printed in ("All rights", "ISBN", "Cover design", "Gull Rock", "Salt Road", "newsletter"):
        assert printed not in said
    left_out = {o.why for o in manuscript.omitted}
    assert {"copyright", "also-by page"} <= left_out


TYPESCRIPT = """CHAPTER ONE

     The rain had come in the night, and by morning the lane was a
river of brown water running down to the ford, where the miller
stood with his hands in his pockets.
     "It will go down," he said, to nobody.
     It did not go down. By noon the water was at the step of the
mill, and by evening it was in the kitchen, and the miller's wife
carried the bread up the stairs in her apron.
     The children thought it the best day of the year.

CHAPTER TWO

     The flood went down on the fourth day, leaving a line of mud
along every wall at the height of a child's shoulder.
     Nobody painted over it for twenty years.
"""


def test_a_typescript_indents_its_paragraphs_instead_of_leaving_lines_free(tmp_path):
    manuscript = read(tmp_path, "flood.txt", TYPESCRIPT.encode())
    one, two = manuscript.chapters
    assert [p.text[:16] for p in one.paragraphs] == [
        "The rain had com", "\"It will go down", "It did not go do", "The children tho"
    ]
    assert one.paragraphs[0].text.endswith("where the miller stood with his hands in his pockets.")
    assert len(two.paragraphs) == 2


POEM = "\n".join([
    "THE MILL", "", "The wheel is still, the water sleeps,",
    "The alders lean above the race;", "The miller's cat a vigil keeps",
    "Upon the sill, in the old place.", "No flour now upon the stair,",
    "No song of stones at break of day;", "But swallows nesting everywhere",
    "Have made the mill their holiday.", "And when the autumn rains come down",
    "The race runs full, the wheel is dumb;", "The miller sleeps in Kirby town,",
    "And waits for who will never come.",
])  # fmt: skip


@pytest.mark.parametrize("indent", ["", "    "])
def test_a_poem_with_no_blank_lines_keeps_its_lines_in_one_stanza(tmp_path, indent):
    lines = POEM.split("\n")
    lines[3::2] = [indent + line for line in lines[3::2]]  # every other line indented
    manuscript = read(tmp_path, "mill.txt", "\n".join(lines).encode())
    [chapter] = manuscript.chapters
    assert chapter.paragraphs[-1].text.count("\u2028") == 11


FRENCH = """LA MAISON DU PASSEUR


TABLE DES MATIÈRES

                                        Pages
CHAPITRE PREMIER. Le passeur                1
CHAPITRE II. La lettre                     14



PREMIÈRE PARTIE



CHAPITRE PREMIER

LE PASSEUR

Le passeur attendait sur la rive depuis le matin.[S. 13] Il faisait froid.

« Vous partez ? » demanda-t-il.



CHAPITRE II

LA LETTRE

La lettre arriva le lendemain, par le bateau du soir.
"""


def test_a_french_book_has_its_parts_and_its_contents_list_is_listed():
    from audiobook.text.readers.plaintext import find_chapters

    found = find_chapters(FRENCH)
    titles = [title for title, _ in found.chapters]
    assert titles == ["PREMIÈRE PARTIE. CHAPITRE PREMIER. LE PASSEUR", "CHAPITRE II. LA LETTRE"]
    first = found.chapters[0][1]
    assert first[0].text == "Le passeur attendait sur la rive depuis le matin. Il faisait froid."
    # the contents list is left out and said so, with its page column
    [contents] = [o for o in found.omitted if o.why == "table of contents"]
    assert "La lettre" in contents.text and contents.what == "table of contents (4 lines)"
    assert any(o.why.startswith("a printed page") for o in found.omitted)


def test_the_printers_line_after_the_end_is_not_read(tmp_path):
    text = (
        "ERSTES KAPITEL\n\nDer Lotse kam am Abend. Niemand erwartete ihn mehr.\n\n"
        "ZWEITES KAPITEL\n\nAm Morgen war das Schiff fort.\n\nEnde.\n\n\n\n"
        "Druck von Breitkopf & Härtel in Leipzig.\n"
    )
    (tmp_path / "book.toml").write_text('language = "de"\n', encoding="utf-8")
    manuscript = read(tmp_path, "lotse.txt", text.encode())
    last = manuscript.chapters[-1].paragraphs
    assert [p.text for p in last] == ["Am Morgen war das Schiff fort.", "Ende."]
    assert any(o.why == "colophon" and "Leipzig" in o.text for o in manuscript.omitted)


def test_a_french_books_other_titles_and_printers_page_are_not_read():
    from audiobook.config import TextPolicy
    from audiobook.models import Paragraph
    from audiobook.text.matter import drop_matter
    from audiobook.text.readers.base import ReadText

    def chapter(title, *texts):  # type: ignore[no-untyped-def]
        return (title, [Paragraph(t) for t in texts])

    found = ReadText(chapters=[
        chapter("Les Lanternes", "DU MÊME AUTEUR", "La Maison des douanes, roman, 1905.",
                "Le Passeur, nouvelles, 1908."),
        chapter("I. La foire", "La foire de la Saint-Martin tombait un mardi cette année-là."),
        chapter("Épilogue", "Personne ne ralluma jamais les lanternes.",
                "Achevé d’imprimer le 15 mars 1912 sur les presses de l’Imprimerie Lefèvre.",
                "Dépôt légal : premier trimestre 1912.", "Imprimé en France."),
    ])  # fmt: skip
    kept, omitted = drop_matter(found, TextPolicy())
    assert [t for t, _ in kept.chapters] == ["I. La foire", "Épilogue"]
    assert [p.text for p in kept.chapters[-1][1]] == ["Personne ne ralluma jamais les lanternes."]
    assert [o.why for o in omitted] == ["also-by page", "copyright"]


def test_an_editors_preface_heads_the_book_and_the_title_page_above_it_is_not_read():
    from audiobook.text.readers.plaintext import find_chapters

    found = find_chapters(
        "                    A SHEPHERD'S YEAR\n\n"
        "              BEING THE DIARY OF AGNES LAIDLAW\n\n"
        "                 EDITED, WITH A GLOSSARY, BY\n                    J. M. ELLIOT\n\n\n\n"
        "EDITOR'S PREFACE\n\n\nThe diary which follows was kept by the shepherd's wife.\n\n"
        "JANUARY.\n\nSnow all day. The ewes are in the low park.\n"
    )
    assert [title for title, _ in found.chapters] == ["EDITOR'S PREFACE"]
    first = found.chapters[0][1][0].text
    assert first == "The diary which follows was kept by the shepherd's wife."
    assert any(o.what.startswith("title page") for o in found.omitted)


def test_word_text_with_line_breaks_inserted_is_read_paragraph_by_paragraph(tmp_path):
    # Word's "Save as Plain Text" with "Insert line breaks": wrapped at 80, no blank lines
    import textwrap

    paragraphs = [
        "Chapter 1",
        "The house stood at the end of a lane so narrow that the postman's van scraped both "
        "hedges on the way in, and in the summer of that year it had not been painted for "
        "eleven years, and the gutters hung from it like loose threads from a hem.",
        "\u201cIt's perfect,\u201d said her mother.",
        "Eleanor saw it first from the top of the hill, through the windscreen of her "
        "father's car, and thought it looked like a face that had been crying and then "
        "stopped, which is a thing houses do more often than people think.",
        "Chapter 2",
        "The orchard had not been pruned since the war. The trees had grown into each other "
        "overhead so that walking under them was like walking down the nave of a green "
        "church, and the light was green.",
        "Her father went at them with a saw borrowed from the farm. He cut for a week, and "
        "at the end of the week the orchard was a field of stumps and brash and sawdust, and "
        "the sky had come back, enormous and white, and nobody liked it.",
    ]  # fmt: skip
    lines = [line for p in paragraphs for line in textwrap.wrap(p, 80)]
    manuscript = read(tmp_path, "orchard.txt", "\r\n".join(lines).encode("cp1252"))
    assert [c.title for c in manuscript.chapters] == ["Chapter 1", "Chapter 2"]
    assert [len(c.paragraphs) for c in manuscript.chapters] == [3, 2]
    assert manuscript.chapters[0].paragraphs[0].text.endswith("like loose threads from a hem.")


SHUNN = """Harriet Lomax
14 Quarry Lane
Ashby-de-la-Zouch
Leicestershire LE65 1AB
harriet.lomax@example.com
+44 (0)1530 412 889

About 2,300 words




THE SALT ROAD

by Harriet Lomax




Chapter One

The ferryman kept a ledger of every soul he carried across, and he had never once lost count.

Chapter Two

The three sisters came down to the water at dusk, each with a lantern and a coin.
"""


def test_a_manuscripts_contact_block_is_no_title_and_is_not_read(tmp_path):
    manuscript = read(tmp_path, "salt.txt", SHUNN.encode())
    assert (manuscript.title, manuscript.author) == ("The Salt Road", "Harriet Lomax")
    said = " ".join(p.text for c in manuscript.chapters for p in c.paragraphs)
    assert "Quarry" not in said and "example.com" not in said and "2,300" not in said
    assert any("harriet.lomax@example.com" in o.text for o in manuscript.omitted)


AO3 = """The Lamp Round
Posted originally on the Archive of Our Own at https://archiveofourown.org/works/48213377.

Rating:
    General Audiences
Additional Tags:
    Victorian, Slow Burn
Stats:
    Published: 2023-06-04 Words: 1,904 Chapters: 2/2

The Lamp Round

by quietlanterns

Summary

Wren lights the lamps of Harrow Street at dusk.

Chapter 1: The Round

Chapter Text

There were sixty lamps on Wren's round.

See the end of the chapter for more notes.

Chapter End Notes

Thank you for reading!

Chapter 2: Dawn

Chapter Text

At dawn she put them out again.

Please drop by the Archive and comment to let the creator know if you enjoyed their work!
"""


def test_a_work_downloaded_from_the_archive_of_our_own(tmp_path):
    manuscript = read(tmp_path, "lamp.txt", AO3.encode())
    assert (manuscript.title, manuscript.author) == ("The Lamp Round", "quietlanterns")
    said = [p.text for c in manuscript.chapters for p in c.paragraphs]
    # the summary and the author's notes are not the story: left out, as from the HTML
    assert said == ["There were sixty lamps on Wren's round.", "At dawn she put them out again."]
    titles = [c.title for c in manuscript.chapters]
    assert titles == ["Chapter 1: The Round", "Chapter 2: Dawn"]
    left_out = {o.what: o.text for o in manuscript.omitted}
    assert left_out["the summary"] == "Wren lights the lamps of Harrow Street at dusk."
    assert left_out["1 author's note"] == "Thank you for reading!"


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ('CHAPTER I\n\nThe sign said "Closed for the holidays [sic] until further notice."\n',
         "[sic]"),
        ("CHAPTER I\n\nCopyright law was young in 1790, and nobody had heard of it.\n\n"
         "The printer kept his presses in the barn.\n", "Copyright law"),
        ('CHAPTER I\n\nHe asked again at noon.\n\n"Fine."\n\nFine.\n\n'
         "She closed the door behind her and walked out into the rain.\n", "closed the door"),
        ('"Where were you?"\n\n"Out."\n\n"I rang 0117 496 0321 twice."\n\n"Words, words."\n\n'
         "CHAPTER ONE\n\nThe rain went on.\n", "Where were you"),
    ],
)
def test_ordinary_sentences_are_never_taken_for_print_furniture(tmp_path, text, kept):
    manuscript = read(tmp_path, "book.txt", text.encode())
    said = " ".join(p.text for c in manuscript.chapters for p in c.paragraphs)
    assert kept in said


def test_a_time_line_set_right_under_a_chapter_heading_is_part_of_the_heading():
    """Genre novels set a time or point-of-view line right under the heading with no
    blank line ("Chapter 2" / "Six months later"; "EPILOGUE" / "DAMIEN" / "Six months
    later"): the chapter is found and the line is part of its title. A first line of
    text under a heading that says more than the time is still text."""
    from audiobook.text.readers.plaintext import find_chapters

    found = find_chapters(
        "Chapter 1\n\nShe went in.\n\nChapter 2\nSix months later\n\nHe left.\n\n"
        "Chapter 3\n\nThree days later, she came back.\n\nThe moon hung.\n\n"
        "EPILOGUE\nDAMIEN\nSix months later\n\nThe pack ran.\n"
    )
    assert [(t, [p.text for p in ps]) for t, ps in found.chapters] == [
        ("Chapter 1", ["She went in."]),
        ("Chapter 2. Six months later", ["He left."]),
        ("Chapter 3", ["Three days later, she came back.", "The moon hung."]),
        ("EPILOGUE. DAMIEN. Six months later", ["The pack ran."]),
    ]


@pytest.mark.parametrize(
    "mark", ["• • •", "•••", "§", "⁂", "—", ". . .", "~*~", "❧", "~ ~ ~", "=====", "+++",
             "oOo", "xXx", "0o0", "~o~"],
)  # fmt: skip
def test_a_scene_break_ornament_alone_on_its_line_is_a_scene_break(mark):
    """Vellum and Atticus exports pasted into a text file keep their dinkus or fleuron,
    and writers type their own ("~*~", "oOo"): each alone between two paragraphs is a
    scene break, never said. A line of dots with no spaces ("...") is a silence in
    dialogue and no break; a line with a letter in it is text."""
    from audiobook.text.readers.plaintext import find_chapters

    found = find_chapters(
        f"Chapter 1\n\nThe door shut behind her.\n\n{mark}\n\nBy dawn the snow had stopped.\n\n"
        "...\n\nShe said nothing.\n\n~ a ~\n\nThe end came.\n"
    )
    [(_, paragraphs)] = found.chapters
    assert [(p.text, p.scene_break_before) for p in paragraphs] == [
        ("The door shut behind her.", False), ("By dawn the snow had stopped.", True),
        ("She said nothing.", False), ("~ a ~", False), ("The end came.", False),
    ]  # fmt: skip


def test_a_counting_books_lone_sums_and_a_notes_kisses_are_read():
    """A lone "+", "=" or "×" between a counting book's lines is its sum, said ("plus",
    "equals"); "xXx" under a note's "Love from Bunny" is its kisses. Repeated marks
    ("+++") and "xXx" between two scenes stay scene breaks."""
    from audiobook.text.readers.plaintext import find_chapters

    found = find_chapters(
        "ONE, TWO, THREE, BUNNY!\n\n\n\nBunny has two carrots in her basket.\n\n+\n\n"
        "Mole gives her three more.\n\n=\n\nNow Bunny has five carrots!\n\n×\n\n"
        "Thank you, Mole!\nLove from Bunny\n\nxXx\n\n+++\n\nThe next day it rained.\n\n"
        "xXx\n\nThe day after, it snowed.\n\nLots of love,\nMum\n\nxXx\n"
    )
    paragraphs = found.chapters[-1][1]
    texts = [p.text for p in paragraphs]
    assert texts[2:5] == ["+", "Mole gives her three more.", "="]
    assert "×" in texts and texts.count("xXx") == 2
    broken = [p.text for p in paragraphs if p.scene_break_before]
    assert broken == ["The next day it rained.", "The day after, it snowed."]


def test_a_wrapped_line_that_opens_on_a_spaced_dash_is_prose():
    """Hard-wrapped prose, British-set, may carry a spaced dash to a line's start
    ("…at the station, with the" / "– but the train was early…"): one sentence,
    read on. A short label over a capitalised bullet, or two bullets, is a list."""
    from audiobook.models import LINE_BREAK
    from audiobook.text.readers.plaintext import find_chapters

    def lines_of(text: str) -> list[list[str]]:
        return [p.text.split(LINE_BREAK) for p in find_chapters(text).chapters[0][1]]

    found = lines_of(
        "She had meant to say goodbye to him properly, at the station, with the\n"
        "– but the train was early, and she was late, and the platform was empty.\n\n"
        "He had left a note with the porter. It said only: Write to me\n"
        "- and then, underneath, in pencil: Please.\n\n"
        "Variations\n– Use brown sugar for a darker crumb.\n\n"
        "You will need:\n- flour\n- eggs\n"
    )
    assert [len(lines) for lines in found] == [1, 1, 2, 3]
    assert found[0][0].endswith("with the – but the train was early, and she was late, "
                                "and the platform was empty.")  # fmt: skip
    assert found[1][0].endswith("Write to me - and then, underneath, in pencil: Please.")


@pytest.mark.parametrize("mark", [". . .", "—"])
def test_a_silent_reply_in_dialogue_is_no_scene_break(mark):
    """'"Did you take it?" my mother asked.' / ". . ." / "I said nothing.": the dots
    (or a lone dash) are a silent answer, no scene break; before a reply too. Between
    two paragraphs of prose they are a break."""
    from audiobook.text.readers.plaintext import find_chapters

    found = find_chapters(
        f'Chapter 1\n\n"Did you take it?" my mother asked.\n\n{mark}\n\nI said nothing.\n\n'
        f'She went back to the sink.\n\n{mark}\n\n"Well?" she said at last.\n\n'
        f"The kettle boiled.\n\n{mark}\n\nBy spring the house was sold.\n"
    )
    [(_, paragraphs)] = found.chapters
    assert [(p.text, p.scene_break_before) for p in paragraphs] == [
        ('"Did you take it?" my mother asked.', False), ("I said nothing.", False),
        ("She went back to the sink.", False), ('"Well?" she said at last.', False),
        ("The kettle boiled.", False), ("By spring the house was sold.", True),
    ]  # fmt: skip
