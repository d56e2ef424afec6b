"""Books from the fourth sweep in Portuguese, Italian, Spanish, Polish, Dutch and German, in
words of our own: chapter headings with ordinals ("CAPÍTULO PRIMEIRO", "ROZDZIAŁ
PIERWSZY", "HOOFDSTUK I", "1. Kapitel"), front matter named in the book's language
("Vorwort"), bylines ("DI" / "GIULIO MARCHETTI", "door …"), an Italian book's "FINE.", and
a title page set as headings in Markdown and HTML. Each hit has its near miss: a book of
the same look, read as it was."""

from __future__ import annotations

from pathlib import Path

from audiobook.build.pipeline import load_book
from audiobook.models import Manuscript
from audiobook.text.normalize import spoken_title
from audiobook.text.readers.base import byline, credit
from audiobook.text.readers.plaintext import parse_heading


def _book(
    folder: Path, text: str, language: str, name: str = "book.txt"
) -> tuple[Manuscript, list[str], str, list[str]]:
    """The manuscript, its chapter titles, every segment but the credits as spoken (joined
    by " | "), and the credits as written."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")
    (folder / "book.toml").write_text(f'language = "{language}"\n', encoding="utf-8")
    _, manuscript, chapters = load_book(folder)
    segments = [s for ch in chapters for s in ch.segments]
    read = " | ".join(s.spoken for s in segments if s.kind not in ("credits", "closing"))
    credits = [s.text for s in segments if s.kind in ("credits", "closing")]
    return manuscript, [ch.title for ch in chapters], read, credits


# ---------------------------------------------------------------- 1. Portuguese ordinals

PT = """O PRIMO BASILIO

EPISODIO DOMESTICO

POR

JOSÉ MARIA DE ALMEIDA

CAPÍTULO PRIMEIRO

Tinha dado onze horas no cuco da sala de jantar. Jorge fechou o volume que estivera
folheando devagar, espreguiçou-se, bocejou, e disse para a mulher:

--Não te vás vestir, Luiza?




CAPÍTULO SEGUNDO

No dia seguinte, Luiza levantou-se tarde. O calor entrava pelas janellas abertas, e da
rua subia o ruido das carroças e dos pregões.




CAPÍTULO TERCEIRO

À noite, quando Jorge voltou, encontrou-a no sofá, pallida, com os olhos vermelhos.
"""


def test_portuguese_ordinal_heading_is_said_not_swallowed_into_the_title_page(
    tmp_path: Path,
) -> None:
    manuscript, titles, read, _ = _book(tmp_path, PT, "pt-PT")
    assert titles == ["CAPÍTULO PRIMEIRO", "CAPÍTULO SEGUNDO", "CAPÍTULO TERCEIRO"]
    assert read.startswith("Capítulo Primeiro. | Tinha dado onze horas")
    assert (manuscript.author or "").casefold() == "josé maria de almeida"


def test_romance_ordinals_in_headings() -> None:
    for line, family, number in [
        ("CAPITULO DECIMO PRIMEIRO", "chapter", 11),
        ("Capítulo sétimo", "chapter", 7),
        ("PRIMEIRA PARTE", "part", 1),
        ("Parte prima", "part", 1),
        ("Capitolo undicesimo", "chapter", 11),
        ("CAPÍTULO SÉPTIMO", "chapter", 7),
        ("Livro terceiro", "book", 3),
    ]:
        heading = parse_heading(line)
        assert heading is not None, line
        assert (heading.family, heading.number) == (family, number), line


def test_a_sentence_opening_with_a_heading_word_and_an_ordinal_is_no_heading() -> None:
    assert parse_heading("Capítulo primeiro foi o mais difícil de escrever.") is None
    assert parse_heading("Deel 2 van de serie verschijnt later.") is None
    assert parse_heading("Part prima donna, part tyrant, she ruled the house.") is None


# ---------------------------------------------------------------- 2. Polish and Dutch

PL = """NOC NAD WISŁĄ

Opowiadanie

Anna Kowalska




ROZDZIAŁ PIERWSZY

Było to w jesieni, kiedy liście opadały z drzew i wiatr hulał po polach. Stary dom stał na
skraju wsi, samotny i cichy.




ROZDZIAŁ DRUGI

Rano przyszedł listonosz. Przyniósł list z Warszawy, zaadresowany do pani domu.
"""

NL = """DE VERHUIZING

door

Marieke van der Berg




HOOFDSTUK I

Het was een koude ochtend in oktober toen de verhuiswagen voor de deur stond. De kinderen
keken vanuit het raam naar de mannen die de kasten naar buiten droegen.




HOOFDSTUK II

Het nieuwe huis lag aan een gracht. Vader had de sleutel in zijn zak en floot een liedje.
"""


def test_polish_chapters_and_the_name_alone_on_the_title_page(tmp_path: Path) -> None:
    manuscript, titles, read, _ = _book(tmp_path, PL, "pl")
    assert titles == ["ROZDZIAŁ PIERWSZY", "ROZDZIAŁ DRUGI"]
    assert manuscript.author == "Anna Kowalska"
    assert "Opowiadanie" not in read and "NOC NAD" not in read


def test_dutch_chapters_and_door_byline(tmp_path: Path) -> None:
    manuscript, titles, read, _ = _book(tmp_path, NL, "nl")
    assert titles == ["HOOFDSTUK I", "HOOFDSTUK II"]
    assert manuscript.author == "Marieke van der Berg"
    assert "DE VERHUIZING" not in read


def test_other_heading_words_and_ordinals() -> None:
    for line, family, number in [
        ("Rozdział I", "chapter", 1),
        ("Część druga", "part", 2),
        ("Księga trzecia", "book", 3),
        ("Hoofdstuk 12", "chapter", 12),
        ("EERSTE HOOFDSTUK", "chapter", 1),
        ("Tweede deel", "part", 2),
    ]:
        heading = parse_heading(line)
        assert heading is not None, line
        assert (heading.family, heading.number) == (family, number), line


# ---------------------------------------------------------------- 3. bylines

IT = """LA CASA SUL LAGO

ROMANZO

DI

GIULIO MARCHETTI




CAPITOLO PRIMO

Quel ramo del lago, che volge a mezzogiorno, tra due catene non interrotte di monti, vien
quasi a un tratto a ristringersi.




CAPITOLO SECONDO

Si racconta che il principe, quando seppe la notizia, rimase a lungo alla finestra.


FINE.
"""


def test_italian_di_byline_credits_the_author(tmp_path: Path) -> None:
    manuscript, titles, read, _ = _book(tmp_path, IT, "it")
    assert manuscript.author == "Giulio Marchetti"
    assert titles == ["CAPITOLO PRIMO", "CAPITOLO SECONDO"]
    assert "MARCHETTI" not in read and "Marchetti" not in read


def test_bylines_in_other_languages() -> None:
    assert credit("di Giulio Marchetti") == ("author", "Giulio Marchetti")
    assert credit("DI") == ("author", "")
    assert credit("door Marieke van der Berg") == ("author", "Marieke van der Berg")
    assert credit("DOOR PIETER DE VRIES") == ("author", "PIETER DE VRIES")
    assert credit("Door Number Three") is None  # "Door" is an English line's first word
    assert credit("por Fernán Caballero") == ("author", "Fernán Caballero")


EN = """THE LONG ROAD

by Margaret Ellis




CHAPTER I

Fine Things

The shop on Harrow Street sold fine things: silver spoons, lace, clocks that no longer
ran. Anna worked there on Saturdays.

Di came in at noon, shaking the rain from her coat.

Door

The word was painted on the glass in gold, backwards from inside.




CHAPTER II

The Last Day

On the last day Anna locked the shop and gave the key to Mr. Pell.

"Will you be all right?" he asked.

"Fine."
"""


def test_english_di_door_and_fine_are_read_as_written(tmp_path: Path) -> None:
    manuscript, titles, read, credits = _book(tmp_path, EN, "en")
    assert manuscript.author == "Margaret Ellis"
    assert titles == ["CHAPTER I. Fine Things", "CHAPTER II. The Last Day"]
    assert "| Di came in at noon" in read and "| Door |" in read
    assert read.endswith('"Fine."')
    assert credits[-1].startswith("The end. The Long Road")
    assert credit("Door.") is None and credit("Di, she called.") is None
    assert byline("Door Into Summer") is None


# ---------------------------------------------------------------- 4. German headings

DE = """Die Einheit

von Klaus Hartmann

© 2015 Verlag am Fluss, Leipzig


Vorwort

Dieses Buch ist keine vollständige Darstellung, sondern eine Einführung für Leser ohne
Vorkenntnisse.


1. Kapitel
Der Herbst

Am Abend fiel die Mauer. Schon in den Wochen davor hatten in Leipzig jeden Montag
Zehntausende demonstriert.


2. Kapitel
Der Oktober

Dann kam die Einheit, schneller als gedacht.
"""


def test_german_numbered_kapitel_and_vorwort(tmp_path: Path) -> None:
    _, titles, read, _ = _book(tmp_path, DE, "de")
    assert titles[0] == "Vorwort"
    assert "Erstes Kapitel. Der Herbst." in read and "Zweites Kapitel. Der Oktober." in read
    assert "Eins. Kapitel" not in read
    assert read.count("Die Einheit") == 0  # the title is said once, in the credits


def test_german_heading_ordinals_agree_with_their_word() -> None:
    assert spoken_title("3. Teil. Die Flucht", "de") == "Dritter Teil. Die Flucht."
    assert spoken_title("II. Buch", "de") == "Zweites Buch."
    assert spoken_title("Kapitel 3", "de") == "Kapitel drei."  # the number after: a cardinal
    assert spoken_title("1. Kapitel", "en") == "One. Kapitel."  # only a German book's
    assert parse_heading("Vorwort und Nachwort schrieb er selbst.") is None


# ---------------------------------------------------------------- 5. FINE


def test_italian_fine_is_said_once(tmp_path: Path) -> None:
    _, _, read, credits = _book(tmp_path, IT, "it")
    assert read.endswith("FINE.")
    assert not credits[-1].startswith("Fine.")
    assert credits[-1].startswith("La Casa Sul Lago, scritto da Giulio Marchetti")


# ---------------------------------------------------------------- 6. title pages as headings

MD = """# Rivers of Paper

## Literacy and the Market Town

Helen M. Ashworth

© 2021 Helen M. Ashworth. All rights reserved. Published by Northgate Academic Press.

# Chapter 1. Introduction

Historians have long argued about when ordinary people in England learned to read.

# Chapter 2. Counting Signatures

The registers are the source.
"""

MD_NEAR = """# Chapter 1. Introduction

## The Registers

Historians have long argued about when ordinary people in England learned to read.

# Chapter 2. Counting Signatures

The registers are the source.
"""


def test_markdown_title_and_subtitle_headings_over_chapters(tmp_path: Path) -> None:
    manuscript, titles, read, _ = _book(tmp_path, MD, "en", "book.md")
    assert titles == ["Chapter 1. Introduction", "Chapter 2. Counting Signatures"]
    assert manuscript.author == "Helen M. Ashworth"
    assert "Rivers of Paper" not in read and "Ashworth" not in read


def test_markdown_chapter_with_a_section_heading_is_read(tmp_path: Path) -> None:
    _, titles, read, _ = _book(tmp_path, MD_NEAR, "en", "book.md")
    assert titles == ["Chapter 1. Introduction", "Chapter 2. Counting Signatures"]
    assert "The Registers" in read


HTML = """<!DOCTYPE html>
<html lang="es"><head><meta charset="utf-8"><title>La fábrica de Vigo</title>
<meta name="author" content="Lucía Fernández Ortega"></head>
<body>
<h1>La fábrica de Vigo</h1>
<p class="autor">{under}</p>
<h2>Capítulo 1. Los orígenes</h2>
<p>La fábrica se fundó en octubre como Conservas Ortega, con un capital pequeño.</p>
<h2>Capítulo 2. El siglo veinte</h2>
<p>En aquellos años trabajaban en ella muchas personas del barrio.</p>
</body></html>
"""


def test_html_title_and_author_name_alone_over_chapters(tmp_path: Path) -> None:
    html = HTML.format(under="Lucía Fernández Ortega")
    manuscript, titles, read, _ = _book(tmp_path, html, "es", "book.html")
    assert titles == ["Capítulo 1. Los orígenes", "Capítulo 2. El siglo veinte"]
    assert manuscript.author == "Lucía Fernández Ortega"
    assert "Lucía" not in read


def test_html_line_under_the_title_that_is_not_the_author_is_read(tmp_path: Path) -> None:
    html = HTML.format(under="Una historia de la conserva")
    _, _, read, _ = _book(tmp_path, html, "es", "book.html")
    assert "Una historia de la conserva" in read
