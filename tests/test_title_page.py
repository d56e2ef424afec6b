"""Titles and authors from the text itself, and credits that say only what is known."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from audiobook.config import BookConfig
from audiobook.models import UNKNOWN_AUTHOR, Chapter, Manuscript, Paragraph
from audiobook.text.readers.plaintext import display_case, find_chapters
from audiobook.text.segment import credits, segment

FIXTURES = Path(__file__).parent / "fixtures"


def test_gutenberg_alice_header_title_page_and_illustrations_are_not_read():
    found = find_chapters((FIXTURES / "alice-gutenberg.txt").read_text(encoding="utf-8"))
    assert (found.title, found.author, found.language) == (
        "Alice's Adventures in Wonderland", "Lewis Carroll", "en"
    )  # fmt: skip
    assert [t for t, _ in found.chapters] == [
        "CHAPTER I. Down the Rabbit-Hole", "CHAPTER V. Advice from a Caterpillar"
    ]  # fmt: skip
    text = " ".join(p.text for _, ps in found.chapters for p in ps)
    for never in ("Gutenberg", "Illustration", "MILLENNIUM", "by Lewis Carroll", "Contents"):
        assert never not in text


@pytest.mark.parametrize(
    ("manuscript", "title", "author"),
    [
        ("THE WIND IN THE WILLOWS\n\nBY KENNETH GRAHAME\n\n", "The Wind in the Willows",
         "Kenneth Grahame"),
        ("THE WIND IN THE WILLOWS\n\n", "The Wind in the Willows", None),
        ("The Wind in the Willows\nby Kenneth Grahame\n\n", "The Wind in the Willows",
         "Kenneth Grahame"),
        ("ВОЙНА И МИР\n\nАвтор: ЛЕВ ТОЛСТОЙ\n\n", "Война и мир", "Лев Толстой"),
        ("ВОЙНА И МИР\n\n", "Война и мир", None),
        ("ВИШНЁВЫЙ САД\n\nАнтон Чехов\n\n", "Вишнёвый сад", "Антон Чехов"),
        ("PRIDE AND PREJUDICE\n\nJANE AUSTEN\n\n", "Pride and Prejudice", "Jane Austen"),
        ("PRIDE AND PREJUDICE\n\nA NOVEL\n\n", "Pride and Prejudice", None),
        ("THE WAVES\n\nSecond Series\n\n", "The Waves", None),
        ("A CHRISTMAS CAROL\n\nIN PROSE\n\nBEING\n\nA Ghost Story of Christmas\n\n"
         "BY CHARLES DICKENS\n\n", "A Christmas Carol", "Charles Dickens"),
        ("THE WIND\nIN THE WILLOWS\n\n", "The Wind in the Willows", None),
    ],
)  # fmt: skip
def test_title_line_above_the_first_heading(manuscript, title, author):
    russian = any("а" <= c <= "я" for c in title.lower())
    first, second = ("ГЛАВА ПЕРВАЯ", "ГЛАВА ВТОРАЯ") if russian else ("CHAPTER I.", "CHAPTER II.")
    body = "Ну что, князь, Генуя и Лукка." if russian else "The Mole had been working hard."
    found = find_chapters(f"{manuscript}{first}\n\n{body}\n\n{second}\n\n{body}\n")
    assert (found.title, found.author) == (title, author)
    assert len(found.chapters) == 2
    assert all(t is not None for t, _ in found.chapters)


def test_prose_before_the_first_heading_is_still_read():
    text = (
        "It was a cold morning and the river ran high under the bridge, grey and fast.\n\n"
        "CHAPTER I.\n\nThe Mole worked.\n\nCHAPTER II.\n\nThe Rat rowed.\n"
    )
    found = find_chapters(text)
    assert found.title is None
    assert found.chapters[0][1][0].text.startswith("It was a cold morning")


@pytest.mark.parametrize(
    ("shouted", "display"),
    [
        ("THE WIND IN THE WILLOWS", "The Wind in the Willows"),
        ("A TALE OF TWO CITIES", "A Tale of Two Cities"),
        ("HENRY VIII: A LIFE", "Henry VIII: A Life"),
        ("ПРЕСТУПЛЕНИЕ И НАКАЗАНИЕ", "Преступление и наказание"),
        ("Already Mixed Case", "Already Mixed Case"),
    ],
)
def test_display_case(shouted, display):
    assert display_case(shouted) == display


def book(author: str, language: str) -> Manuscript:
    chapter = Chapter("One", (Paragraph("Words to say."),))
    return Manuscript("The Book", author, language, (chapter,), Path("book.txt"))


@pytest.mark.parametrize("language", ["en", "en-gb", "ru", "de", "fr", "es", "pt"])
def test_credits_never_name_an_unknown_author(language):
    opening, closing = credits(book(UNKNOWN_AUTHOR, language), "Ann Reader")
    for said in (opening, closing):
        assert "Unknown" not in said and "Автор" not in said and "The Book" in said
    assert "Ann Reader" in opening
    known_open, known_close = credits(book("Jane Austen", language), "Ann Reader")
    assert "Jane Austen" in known_open and "Jane Austen" in known_close


@pytest.mark.parametrize(
    ("language", "opening"),
    [
        ("it", "The Book. Scritto da Jane Austen. Letto da Ann Reader."),
        ("pt-br", "The Book. Escrito por Jane Austen. Narrado por Ann Reader."),
        ("nl", "The Book. Geschreven door Jane Austen. Voorgelezen door Ann Reader."),
        ("pl", "The Book. Autor: Jane Austen. Czyta: Ann Reader."),
    ],
)
def test_credits_are_said_in_the_books_language(language, opening):
    """An Italian, Portuguese, Dutch or Polish book used to open in English."""
    assert credits(book("Jane Austen", language), "Ann Reader")[0] == opening


def test_spoken_credits_of_a_book_without_author():
    config = BookConfig(language="ru", narrator="Анна")
    chapters = segment(book(UNKNOWN_AUTHOR, "ru"), config)
    said = [s.spoken for ch in chapters for s in ch.segments if s.kind == "credits"]
    assert said == ["The Book. Читает: Анна.", "Конец. The Book."]


def test_gutenberg_html_header_licence_and_title_page_are_not_read():
    from audiobook.text.readers.html import read_html

    found = read_html((FIXTURES / "alice-gutenberg.html").read_text(encoding="utf-8"))
    assert (found.title, found.author) == ("Alice's Adventures in Wonderland", "Lewis Carroll")
    assert [t for t, _ in found.chapters] == ["CHAPTER V. Advice from a Caterpillar"]
    text = " ".join(p.text for _, ps in found.chapters for p in ps)
    for never in ("Gutenberg", "MILLENNIUM", "Lewis Carroll", "Section 1", "START OF"):
        assert never not in text


def test_html_title_page_with_by_heading():
    from audiobook.text.readers.html import read_html

    found = read_html(
        "<html><body><h1>THE SILENT SEA</h1><h2>by ANN LEE</h2><h2>Chapter 1</h2>"
        "<p>The sea was calm.</p><h2>Chapter 2</h2><p>The wind rose.</p></body></html>"
    )
    assert (found.title, found.author) == ("The Silent Sea", "Ann Lee")
    assert [t for t, _ in found.chapters] == ["Chapter 1", "Chapter 2"]


@pytest.mark.parametrize(
    ("language", "last", "closing"),
    [
        ("en", "THE END.", "The Book was written by Jane Austen, and narrated by Ann Reader."),
        ("en", "Finis", "The Book was written by Jane Austen, and narrated by Ann Reader."),
        ("ru", "КОНЕЦ", "The Book. Автор: Jane Austen."),
        ("pt", "FIM", "The Book, escrito por Jane Austen, narrado por Ann Reader."),
        ("nl", "Einde.", "The Book, geschreven door Jane Austen, voorgelezen door Ann Reader."),
        ("en", "**END OF PLAY**", "The Book was written by Jane Austen, and narrated by Ann "
         "Reader."),
        ("en", "— Fin —", "The Book was written by Jane Austen, and narrated by Ann Reader."),
        ("en", "The end of the road.", "The end. The Book was written by Jane Austen, "
         "and narrated by Ann Reader."),
    ],
)
def test_the_end_is_said_once(language, last, closing):
    """A book that ends with its own "THE END." keeps it, and the closing credits
    do not say it again; any other last line leaves the credits whole."""
    config = BookConfig(language=language, narrator="Ann Reader")
    manuscript = book("Jane Austen", language)
    chapter = manuscript.chapters[-1]
    chapter = Chapter(chapter.title, (*chapter.paragraphs, Paragraph(last)))
    chapters = segment(replace(manuscript, chapters=(chapter,)), config)
    said = [s.text for s in chapters[-1].segments]
    assert said[-2:] == [last, closing]


def test_html_byline_paragraph_under_the_title_is_the_author():
    from audiobook.text.readers.html import read_html

    found = read_html(
        "<html><body><h1>The River Ouse</h1><p class='byline'>by Margaret Hill</p>"
        "<h2>Chapter 1</h2><p>The river rises.</p><h2>Chapter 2</h2><p>It ends.</p>"
        "</body></html>"
    )
    assert (found.title, found.author) == ("The River Ouse", "Margaret Hill")
    assert [t for t, _ in found.chapters] == ["Chapter 1", "Chapter 2"]
    prose = read_html(
        "<html><body><h1>Night Train</h1><p>By the time we came it was dark.</p>"
        "<h2>Chapter 1</h2><p>The train was late.</p></body></html>"
    )
    assert prose.author is None
    assert "By the time we came it was dark." in [p.text for _, ps in prose.chapters for p in ps]


def test_markdown_byline_under_the_title_is_the_author():
    from audiobook.text.readers.markdown import read_markdown

    found = read_markdown(
        "# Field Notes\n\n*by Oliver Grant*\n\n## Preface\n\nKept over three summers.\n\n"
        "## 1. The Marsh\n\nThe marsh lies north.\n"
    )
    assert (found.title, found.author) == ("Field Notes", "Oliver Grant")
    assert [t for t, _ in found.chapters] == ["Preface", "1. The Marsh"]
    prose = read_markdown("# Night Train\n\nBy the time we came it was dark.\n\n## One\n\nLate.\n")
    assert prose.author is None
    assert prose.chapters[0][1][0].text == "By the time we came it was dark."


@pytest.mark.parametrize(
    ("page", "title", "author"),
    [
        ("Антон Павлович Чехов\n\nСТАРЫЙ ПАРОМ\n\nРассказ\n\n\n\n", "Старый паром",
         "Антон Павлович Чехов"),
        ("Edith Wharton Keane\n\nTHE LOWER LOCK\n\n\n", "The Lower Lock", "Edith Wharton Keane"),
    ],
)  # fmt: skip
def test_an_author_set_above_the_title(page, title, author):
    found = find_chapters(f"{page}I\n\nПаромщик жил у реки.\n\nII\n\nПошёл дождь.\n")
    assert (found.title, found.author) == (title, author)
    assert [t for t, _ in found.chapters] == ["I", "II"]
    assert found.omitted and author in found.omitted[-1].text


def test_the_heading_of_a_list_after_the_title_page_is_read():
    text = (
        "THE LOCK-KEEPER\n\nA Comedy in Two Acts\n\nby John Ashdown Pryce\n\n\n\n"
        "DRAMATIS PERSONÆ\n\nEFIM, a lock-keeper.\nMARTHA, his wife.\nA BARGEMAN.\n\n\n\n"
        "ACT I.\n\nEFIM.\nThe water is up again.\n\nACT II.\n\nMARTHA.\nSo ends the day.\n"
    )
    found = find_chapters(text)
    assert (found.title, found.author) == ("The Lock-Keeper", "John Ashdown Pryce")
    opening = [p.text for p in found.chapters[0][1]]
    assert opening == ["DRAMATIS PERSONÆ", "EFIM, a lock-keeper. MARTHA, his wife. A BARGEMAN."]
    assert "A Comedy in Two Acts" in found.omitted[-1].text


@pytest.mark.parametrize(
    ("text", "title", "author", "chapters"),
    [
        ("Der Fährmann\n\nEine Erzählung\n\nvon Karl Heinrich Brandt\n\n\n\nErstes Kapitel\n\n"
         "Er kam ins Dorf.\n\nZweites Kapitel\n\nEr blieb.\n\n3. Kapitel\n\nEr ging.\n",
         "Der Fährmann", "Karl Heinrich Brandt",
         ["Erstes Kapitel", "Zweites Kapitel", "3. Kapitel"]),
        ("LE PASSEUR\n\npar Jean-Marc Delorme\n\n\n\nCHAPITRE PREMIER\n\nIl arriva.\n\n"
         "CHAPITRE II\n\nIl resta.\n", "Le Passeur", "Jean-Marc Delorme",
         ["CHAPITRE PREMIER", "CHAPITRE II"]),
        ("EL BARQUERO\n\npor Ana Ruiz Toledo\n\n\n\nCAPÍTULO PRIMERO\n\nLlegó.\n\n"
         "CAPÍTULO II\n\nSe quedó.\n", "El Barquero", "Ana Ruiz Toledo",
         ["CAPÍTULO PRIMERO", "CAPÍTULO II"]),
    ],
)  # fmt: skip
def test_german_french_and_spanish_headings_and_bylines(text, title, author, chapters):
    found = find_chapters(text)
    assert (found.title, found.author) == (title, author)
    assert [t for t, _ in found.chapters] == chapters
