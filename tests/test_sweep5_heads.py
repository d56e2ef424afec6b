"""Headings and contents lists from a sweep of real Project Gutenberg books, in short
excerpts of their shapes: chapter headings with a long argument after the number, as old
books print them ("CHAPTER I. THE AUTHOR GIVES SOME ACCOUNT OF HIMSELF AND FAMILY …",
Swift; "Capítulo primero. Que trata de …", Cervantes, wrapped at the margin); Don
Quijote's contents list of those arguments with no numbers; a poem's title page with
"by" alone on its line (Poe's "The Raven"); a play's "THE SCENES OF THE PLAY" over its
acts (Wilde). Each hit has its near miss, read as it was."""

from __future__ import annotations

from pathlib import Path

from plainbooks import gutenberg_header, left_out, read_book

_book = read_book
_left_out = left_out


def _header(title: str, author: str, language: str = "English") -> str:
    return gutenberg_header(title, author, language, modern=True)


_PROSE = (
    "My father had a small estate in Nottinghamshire; I was the third of five sons.\n"
    "He sent me to Emanuel College in Cambridge at fourteen years old, where I\n"
    "resided three years, and applied myself close to my studies.\n\n"
    "The charge of maintaining me, although I had a very scanty allowance, being\n"
    "too great for a narrow fortune, I was bound apprentice to Mr. James Bates.\n\n"
)

_GULLIVER = (
    _header("Travels into Several Remote Nations", "Jonathan Swift")
    + "TRAVELS INTO SEVERAL REMOTE NATIONS\n\nBy Jonathan Swift\n\n\n\n\n"
    + "CHAPTER I. THE AUTHOR GIVES SOME ACCOUNT OF HIMSELF AND FAMILY. HIS FIRST\n"
    "INDUCEMENTS TO TRAVEL. HE IS SHIPWRECKED, AND SWIMS FOR HIS LIFE. GETS SAFE\n"
    "ON SHORE IN THE COUNTRY OF LILLIPUT.\n\n" + _PROSE + "\n\n\n"
    "CHAPTER II. THE EMPEROR OF LILLIPUT, ATTENDED BY SEVERAL OF THE NOBILITY,\n"
    "COMES TO SEE THE AUTHOR IN HIS CONFINEMENT.\n\n" + _PROSE + "\n\n\n"
    "CHAPTER III. THE AUTHOR DIVERTS THE EMPEROR\n\n" + _PROSE
    + "*** END OF THE PROJECT GUTENBERG EBOOK TRAVELS ***\n"
)


def test_a_chapter_heading_with_a_long_argument_starts_its_chapter(tmp_path: Path) -> None:
    _, titles, read = _book(tmp_path, _GULLIVER)
    assert len(titles) == 3
    assert titles[0].startswith("CHAPTER I. THE AUTHOR GIVES SOME ACCOUNT OF HIMSELF")
    assert titles[0].endswith("IN THE COUNTRY OF LILLIPUT")  # the wrapped lines are its own
    assert titles[1].startswith("CHAPTER II. THE EMPEROR OF LILLIPUT")
    assert "Chapter One. The Author Gives Some Account of Himself and Family." in read


def test_a_mixed_case_argument_of_sentences_on_one_line_is_a_heading(tmp_path: Path) -> None:
    text = (
        _header("Travels", "Jonathan Swift")
        + "Chapter I. The author gives some account of himself and family. His first "
        "inducements to travel. He is shipwrecked, and swims for his life.\n\n" + _PROSE
        + "\n\n\nChapter II. The emperor of Lilliput, attended by several of the nobility, "
        "comes to see the author in his confinement.\n\n" + _PROSE
    )
    _, titles, _ = _book(tmp_path, text)
    assert [t.split(".")[0] for t in titles] == ["Chapter I", "Chapter II"]


_QUIJOTE_PROSE = (
    "En un lugar de la Mancha, de cuyo nombre no quiero acordarme, no ha mucho\n"
    "tiempo que vivía un hidalgo de los de lanza en astillero, adarga antigua,\n"
    "rocín flaco y galgo corredor.\n\n"
    "Una olla de algo más vaca que carnero, salpicón las más noches, duelos y\n"
    "quebrantos los sábados, lantejas los viernes, algún palomino de añadidura.\n\n"
)

_QUIJOTE_CHAPTERS = (
    "Capítulo primero. Que trata de la condición y ejercicio del famoso hidalgo\n"
    "don Quijote de la Mancha\n\n" + _QUIJOTE_PROSE + "\n\n\n"
    "Capítulo II. Que trata de la primera salida que de su tierra hizo el\n"
    "ingenioso don Quijote\n\n" + _QUIJOTE_PROSE + "\n\n\n"
    "Capítulo III. Donde se cuenta la graciosa manera que tuvo don Quijote en\n"
    "armarse caballero\n\n" + _QUIJOTE_PROSE
)


def test_spanish_wrapped_argued_headings_are_chapters(tmp_path: Path) -> None:
    text = _header("Don Quijote", "Miguel de Cervantes Saavedra", "Spanish") + _QUIJOTE_CHAPTERS
    _, titles, read = _book(tmp_path, text)
    assert len(titles) == 3
    assert titles[0] == (
        "Capítulo primero. Que trata de la condición y ejercicio del famoso hidalgo "
        "don Quijote de la Mancha"
    )
    assert titles[2].endswith("en armarse caballero")
    assert "Capítulo dos. Que trata de la primera salida" in read


def test_prose_that_opens_with_chapter_stays_prose(tmp_path: Path) -> None:
    text = (
        _header("The Vicarage", "A. Writer")
        + "Chapter and verse were quoted by the vicar, who had a text for everything and\n"
        "a sermon for the rest, though nobody in the parish could remember either.\n\n"
        "Chapter one of the book was dull, and the second was duller, so that by the\n"
        "third the whole village had given it up and gone back to the almanac.\n\n"
        "Chapter 3. It was in that chapter, she said, that the hero lost his hat, his\n"
        "temper and his fortune in one afternoon, and nobody ever found out how.\n\n"
        + _PROSE
    )
    _, titles, read = _book(tmp_path, text)
    assert len(titles) == 1
    assert "Chapter and verse were quoted by the vicar" in read
    assert "Chapter one of the book was dull" in read
    assert "the hero lost his hat" in read


def test_a_heading_over_its_first_paragraph_in_one_block_is_not_swallowed(
    tmp_path: Path,
) -> None:
    text = (
        _header("Travels", "Jonathan Swift")
        + "CHAPTER I. THE AUTHOR GIVES SOME ACCOUNT OF HIMSELF AND FAMILY AND OF HIS FIRST\n"
        "It was a fine morning when the traveller set out from the town, and the road\n"
        "ran pleasantly between hedges.\n\n" + _PROSE
        + "\n\n\nCHAPTER II. THE EMPEROR OF LILLIPUT, ATTENDED BY SEVERAL OF THE NOBILITY,\n"
        "COMES TO SEE THE AUTHOR IN HIS CONFINEMENT.\n\n" + _PROSE
    )
    _, titles, read = _book(tmp_path, text)
    assert not any("fine morning" in t for t in titles)
    assert "It was a fine morning when the traveller set out" in read


def test_a_contents_block_of_long_headings_is_still_a_contents_list(tmp_path: Path) -> None:
    text = _GULLIVER.replace(
        "CHAPTER I. THE AUTHOR GIVES",
        "CHAPTER I. THE AUTHOR GIVES SOME ACCOUNT OF HIMSELF AND FAMILY, AND HIS TRAVELS\n"
        "CHAPTER II. THE EMPEROR OF LILLIPUT COMES TO SEE THE AUTHOR IN HIS CONFINEMENT\n"
        "CHAPTER III. THE AUTHOR DIVERTS THE EMPEROR\n\n\n\n\n"
        "CHAPTER I. THE AUTHOR GIVES",
        1,
    )
    manuscript, titles, _ = _book(tmp_path, text)
    assert len(titles) == 3
    assert "AND HIS TRAVELS" in _left_out(manuscript)


_QUIJOTE_CONTENTS = (
    "El ingenioso hidalgo don Quijote de la Mancha\n\n\n\n"
    "por Miguel de Cervantes Saavedra\n\n\n\n\n"
    "El ingenioso hidalgo don Quijote de la Mancha\n\n\n"
    "  \nTasa\n\n  \nEl Rey\n\n  \nPrólogo\n\n  \nAl libro de don Quijote de la Mancha\n\n\n\n"
    "Que trata de la condición y ejercicio del famoso\n"
    "hidalgo don Quijote de la Mancha\n\n"
    "Que trata de la primera salida que de su tierra hizo\n"
    "el ingenioso don Quijote\n\n"
    "Donde se cuenta la graciosa manera que tuvo don\n"
    "Quijote en armarse caballero\n\n\n\n\n"
    "TASA\n\n"
    "Yo, Juan Gallo de Andrada, escribano de Cámara del Rey nuestro señor, certifico\n"
    "y doy fe que tasaron cada pliego del dicho libro a tres maravedís y medio.\n\n"
    "EL REY\n\n"
    "Por cuanto por parte de vos, Miguel de Cervantes, nos fue fecha relación que\n"
    "habíades compuesto un libro intitulado El ingenioso hidalgo de la Mancha.\n\n"
    "PRÓLOGO\n\n"
    "Desocupado lector: sin juramento me podrás creer que quisiera que este libro\n"
    "fuera el más hermoso, el más gallardo y más discreto que pudiera imaginarse.\n\n"
    "AL LIBRO DE DON QUIJOTE DE LA MANCHA\n\n"
    "Si de llegarte a los bue-,\nlibro, fueres con letu-,\n"
    "no te dirá el boquirru-\nque no pones bien los de-.\n\n\n\n\n"
)


def test_an_unnumbered_contents_list_of_chapter_arguments_is_left_out(tmp_path: Path) -> None:
    text = (
        _header("Don Quijote", "Miguel de Cervantes Saavedra", "Spanish")
        + _QUIJOTE_CONTENTS + _QUIJOTE_CHAPTERS
    )
    manuscript, titles, read = _book(tmp_path, text)
    assert "Que trata de la condición y ejercicio" not in read.split("Capítulo primero")[0]
    assert read.count("Que trata de la primera salida") == 1  # under its heading only
    assert "Que trata de la primera salida que de su tierra" in _left_out(manuscript)
    assert titles[-3].startswith("Capítulo primero")
    assert not any(t.startswith("Prólogo. Al libro") for t in titles)
    assert "Desocupado lector" in read  # the prologue itself is read
    assert "Yo, Juan Gallo de Andrada" in read


def test_a_paragraph_that_quotes_a_chapter_title_is_read(tmp_path: Path) -> None:
    text = (
        _header("Don Quijote", "Miguel de Cervantes Saavedra", "Spanish")
        + "Prólogo del editor\n\n"
        "Que trata de la condición y ejercicio del famoso hidalgo don Quijote de la Mancha\n\n"
        "Así empieza el libro. El lector verá luego lo que sigue, y sabrá por qué el\n"
        "hidalgo salió de su casa una mañana de julio.\n\n"
        "Que trata de la primera salida que de su tierra hizo el ingenioso don Quijote\n\n\n\n"
        + _QUIJOTE_CHAPTERS
    )
    _, _, read = _book(tmp_path, text)
    assert "Así empieza el libro" in read
    assert read.count("Que trata de la primera salida") == 2  # the quotation and the heading


_RAVEN = (
    _header("The Raven", "Edgar Allan Poe")
    + "The Raven\n\n\nby\n\nEdgar Allan Poe\n\n\n"
    "  Once upon a midnight dreary, while I pondered, weak and weary,\n"
    "  Over many a quaint and curious volume of forgotten lore—\n"
    "  While I nodded, nearly napping, suddenly there came a tapping,\n"
    "  As of some one gently rapping, rapping at my chamber door.\n\n"
    "  Ah, distinctly I remember it was in the bleak December;\n"
    "  And each separate dying ember wrought its ghost upon the floor.\n"
    "  Eagerly I wished the morrow;—vainly I had sought to borrow\n"
    "  From my books surcease of sorrow—sorrow for the lost Lenore—\n\n"
    "*** END OF THE PROJECT GUTENBERG EBOOK THE RAVEN ***\n"
)


def test_a_title_page_with_by_on_its_own_line_is_left_out(tmp_path: Path) -> None:
    manuscript, _, read = _book(tmp_path, _RAVEN)
    assert manuscript.author == "Edgar Allan Poe"
    assert "by |" not in read and "| by" not in read
    assert "Edgar Allan Poe" not in read
    assert read.count("The Raven") <= 1  # the chapter's title at most, as a story's is
    assert "title page" in _left_out(manuscript)
    assert "Once upon a midnight dreary" in read


def test_a_story_that_opens_with_by_is_read(tmp_path: Path) -> None:
    text = (
        "Frost\n\nby\n\nthe river we walked until the light failed, and the frost came down\n"
        "over the reeds before we were home.\n\n"
        "It was the coldest night of the year, and nobody in the house slept much.\n"
    )
    _, _, read = _book(tmp_path, text)
    assert "the river we walked until the light failed" in read


_EARNEST_FRONT = (
    "The Importance of Being Earnest\n\nA Trivial Comedy for Serious People\n\n"
    "\n\n"
    "THE PERSONS IN THE PLAY\n\nJohn Worthing, J.P.\nAlgernon Moncrieff\nLane, Manservant\n\n"
)
_THEATRE = (
    "LONDON: ST. JAMES’S THEATRE\n\nLessee and Manager: Mr. George Alexander\n\n"
    "February 14th, 1895\n\n"
    "JOHN WORTHING, J.P.:   Mr. George Alexander.\n"
    "ALGERNON MONCRIEFF:    Mr. Allen Aynesworth.\n"
    "LANE (Manservant):     Mr. Frank Dyall.\n\n"
)
_EARNEST_ACTS = (
    "\n\n\nFIRST ACT\n\n\nSCENE\n\nMorning-room in Algernon’s flat in Half-Moon Street.\n\n"
    "ALGERNON.\nDid you hear what I was playing, Lane?\n\nLANE.\n"
    "I didn’t think it polite to listen, sir.\n\n"
    "\n\n\nSECOND ACT\n\n\nSCENE\n\nGarden at the Manor House.\n\n"
    "CECILY.\nBut I don’t like German. It isn’t at all a becoming language.\n\n"
    "\n\n\nTHIRD ACT\n\n\nSCENE\n\nMorning-room at the Manor House.\n\n"
    "GWENDOLEN.\nThe fact that they did not follow us at once into the house shows\n"
    "that they have some sense of shame left.\n"
)


def test_the_scenes_label_goes_with_the_acts_it_lists(tmp_path: Path) -> None:
    text = (
        _header("The Importance of Being Earnest", "Oscar Wilde")
        + _EARNEST_FRONT
        + "THE SCENES OF THE PLAY\n\n"
        "ACT I. Algernon Moncrieff’s Flat in Half-Moon Street, W.\n\n"
        "ACT II. The Garden at the Manor House, Woolton.\n\n"
        "ACT III. Drawing-Room at the Manor House, Woolton.\n\n"
        "TIME: The Present.\n\n" + _THEATRE + _EARNEST_ACTS
    )
    manuscript, _, read = _book(tmp_path, text)
    assert "SCENES OF THE PLAY" not in read.upper()
    assert "Algernon Moncrieff’s Flat" not in read
    assert "THE SCENES OF THE PLAY" in _left_out(manuscript)
    assert "TIME: The Present." in read or "Time: The Present." in read


def test_a_scene_list_in_one_block_is_read_with_its_label(tmp_path: Path) -> None:
    text = (
        _header("The Importance of Being Earnest", "Oscar Wilde")
        + _EARNEST_FRONT
        + "THE SCENES OF THE PLAY\n\n"
        "ACT I. Algernon Moncrieff’s Flat in Half-Moon Street, W.\n"
        "ACT II. The Garden at the Manor House, Woolton.\n"
        "ACT III. Drawing-Room at the Manor House, Woolton.\n\n"
        "TIME: The Present.\n\n" + _THEATRE + _EARNEST_ACTS
    )
    _, _, read = _book(tmp_path, text)
    assert "SCENES OF THE PLAY" in read.upper()
    assert "Algernon Moncrieff’s Flat" in read
