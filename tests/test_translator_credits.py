"""A translation's translator and a book's co-writer in the credits, in every format,
and an illustrator never said: "The Bronze Lantern. Written by Otto Kessel. Translated
by Mary Hale. Narrated by …", as audiobook publishers credit a translator. The books are
made up; their title pages are set as Project Gutenberg, the Internet Archive, Pandoc,
Scrivener, Calibre and publishers set theirs. Each rule has its near miss: story text
that opens like a credit ("Translated from the German, the letter ran:") is read."""

from __future__ import annotations

import subprocess
import zipfile
from pathlib import Path

import pytest
from mutagen.id3 import ID3
from mutagen.mp4 import MP4

from audiobook.build.pipeline import load_book
from audiobook.models import Manuscript
from audiobook.publish import m4b
from audiobook.publish.epub3 import package_document
from audiobook.publish.tags import Tags, tag_chapter
from audiobook.text.readers.base import byline, credit, other_credit, translator_credit
from audiobook.text.segment import credits
from audiobook.tools import ffmpeg_path

NARRATOR = "audiobook (eSpeak NG)"
OPENING = (
    f"The Bronze Lantern. Written by Otto Kessel. Translated by Mary Hale. Narrated by {NARRATOR}."
)
CLOSING = (
    "The end. The Bronze Lantern was written by Otto Kessel, translated by Mary Hale, "
    f"and narrated by {NARRATOR}."
)
FIRST = (
    "The lantern hung in the window of the shop on the canal for eleven years before "
    "anyone asked its price."
)
BY_HAND = "He had translated by hand every letter she sent, and kept the copies in a drawer."
LETTER = 'Translated from the German, the letter ran: "Do not sell the lantern."'
PROSE_WITH = "She walked with John Smith to the bridge and back."
CHAPTERS = f"""


CHAPTER I

THE SHOP ON THE CANAL

{FIRST}

{BY_HAND}



CHAPTER II

THE LETTER

{LETTER}

{PROSE_WITH}
"""


def _book(
    folder: Path, name: str, text: str | bytes, toml: str = ""
) -> tuple[Manuscript, list[str], list[str]]:
    """The manuscript, the credits as said (opening, closing) and every other line said."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    if toml:
        (folder / "book.toml").write_text(toml, encoding="utf-8")
    _, manuscript, chapters = load_book(folder if toml else path)
    segments = [s for ch in chapters for s in ch.segments]
    said = [s.text for s in segments if s.kind in ("credits", "closing")]
    read = [s.text for s in segments if s.kind not in ("credits", "closing")]
    return manuscript, said, read


def _left_out(manuscript: Manuscript) -> str:
    return "\n".join(o.text for o in manuscript.omitted)


# ---------------------------------------------------------------- plain text


def test_a_plain_title_pages_translator_is_credited_and_the_near_misses_are_read(tmp_path):
    page = "THE BRONZE LANTERN\n\nby Otto Kessel\n\nTranslated from the German by Mary Hale\n"
    manuscript, said, read = _book(tmp_path, "lantern.txt", page + CHAPTERS)
    assert (manuscript.author, manuscript.translator) == ("Otto Kessel", "Mary Hale")
    assert said == [OPENING, CLOSING]
    joined = " ".join(read)
    for story in (BY_HAND, LETTER, PROSE_WITH):  # each read, once
        assert joined.count(story) == 1
    assert "German by Mary Hale" not in joined
    assert "Translated from the German by Mary Hale" in _left_out(manuscript)


@pytest.mark.parametrize(
    "line",
    [
        "Translated by Mary Hale",
        "TRANSLATION BY MARY HALE",
        "English version by Mary Hale",
        "A New Translation by Mary Hale",
        "Translated from the German of Otto Kessel by Mary Hale",
        "Translated, with an introduction and notes, by Mary Hale",
    ],
)
def test_each_way_a_title_page_names_its_translator(tmp_path, line):
    page = f"THE BRONZE LANTERN\n\nby Otto Kessel\n\n{line}\n"
    manuscript, said, _ = _book(tmp_path, "lantern.txt", page + CHAPTERS)
    assert manuscript.translator == "Mary Hale"
    assert said[0] == OPENING


def test_a_project_gutenberg_translator_field_is_credited(tmp_path):
    text = f"""The Project Gutenberg eBook of The Bronze Lantern

This ebook is for the use of anyone anywhere in the United States and
most other parts of the world at no cost and with almost no restrictions
whatsoever.

Title: The Bronze Lantern

Author: Otto Kessel

Translator: Mary Hale

Release date: March 3, 2011 [eBook #35512]

Language: English

*** START OF THE PROJECT GUTENBERG EBOOK THE BRONZE LANTERN ***




THE BRONZE LANTERN

BY OTTO KESSEL

WITH ILLUSTRATIONS BY PETER CRANE
{CHAPTERS}
*** END OF THE PROJECT GUTENBERG EBOOK THE BRONZE LANTERN ***
"""
    manuscript, said, read = _book(tmp_path, "pg35512.txt", text)
    assert said == [OPENING, CLOSING]
    assert "PETER CRANE" not in " ".join(read) and "Peter Crane" not in " ".join(said)
    assert "WITH ILLUSTRATIONS BY PETER CRANE" in _left_out(manuscript)


def test_a_by_line_under_translated_from_the_danish_of_names_the_translator(tmp_path):
    page = "THE BRONZE LANTERN\n\nTranslated from the German of Otto Kessel\n\nby\n\nMary Hale\n"
    manuscript, said, _ = _book(tmp_path, "lantern.txt", page + CHAPTERS)
    assert (manuscript.author, manuscript.translator) == ("Otto Kessel", "Mary Hale")
    assert said[0] == OPENING


def _djvu(text: str) -> str:
    """Text as the Internet Archive's `_djvu.txt` keeps it: a space after every line."""
    return "\n".join(line + " " if line else "" for line in text.strip("\n").split("\n")) + "\n"


SCAN = """
Digitized by the Internet Archive
in 2012 with funding from
University of Toronto



http://www.archive.org/details/bronzelantern00kessuoft




THE BRONZE LANTERN




THE

BRONZE LANTERN

A ROMANCE



{credit}



WITH ILLUSTRATIONS BY PETER CRANE



LONDON
SMITH, ELDER AND CO.
1893

[All rights reserved]





THE BRONZE LANTERN.



CHAPTER I.

THE SHOP.

The lantern hung in the window of the shop on the
canal for eleven years before anyone asked its
price. Old Brandt, who kept the shop, would say only
that it was not for sale, and he said it so often

2 THE BRONZE LANTERN.

that the children of the quarter said it after him.

He had translated by hand every letter she sent,
and kept the copies in a drawer under the counter.

THE SHOP. 3

In the spring the lantern was lit for the first time.

4 THE BRONZE LANTERN.



CHAPTER II.

THE LETTER.

Translated from the German, the letter ran: "Do not
sell the lantern."

THE BRONZE LANTERN. 5

She walked with John Smith to the bridge and back.

THE END.
"""


@pytest.mark.parametrize(
    "credit",
    [
        "BY\n\nOTTO KESSEL\n\n\n\nTRANSLATED FROM THE GERMAN\n\nBY\n\nMARY HALE",
        "TRANSLATED FROM THE GERMAN OF OTTO KESSEL\n\nBY\n\nMARY HALE",
    ],
)
def test_a_scanned_title_pages_translator_is_credited_and_never_the_author(tmp_path, credit):
    text = _djvu(SCAN.format(credit=credit))
    manuscript, said, read = _book(tmp_path, "bronzelantern00kessuoft_djvu.txt", text)
    assert (manuscript.title, manuscript.author) == ("The Bronze Lantern", "Otto Kessel")
    assert manuscript.translator == "Mary Hale"
    assert said[0] == OPENING
    joined = " ".join(read)
    assert "He had translated by hand every letter she sent" in joined
    assert "Translated from the German, the letter ran:" in joined
    assert "PETER CRANE" not in joined and "MARY HALE" not in joined


# ---------------------------------------------------------------- Markdown

MD_CHAPTERS = f"""
# Chapter One

{FIRST}

{BY_HAND}

# Chapter Two

{LETTER}

{PROSE_WITH}
"""


@pytest.mark.parametrize(
    "head",
    [
        "---\ntitle: The Bronze Lantern\nauthor: Otto Kessel\ntranslator: Mary Hale\n"
        "lang: en\n---\n",
        "Title: The Bronze Lantern\nAuthor: Otto Kessel\nTranslator: Mary Hale\nLanguage: en\n",
        "# The Bronze Lantern\n\n*by Otto Kessel*\n\n*Translated from the German by Mary Hale*\n\n"
        "Illustrated by Peter Crane\n",
    ],
    ids=["front matter", "multimarkdown", "under the title"],
)
def test_a_markdown_books_translator_is_credited(tmp_path, head):
    _, said, read = _book(tmp_path, "lantern.md", head + MD_CHAPTERS)
    assert said == [OPENING, CLOSING]
    joined = " ".join(read)
    assert LETTER in joined and PROSE_WITH in joined and "Mary Hale" not in joined
    assert "Crane" not in joined


def test_a_co_writer_is_credited_with_the_author_in_plain_text(tmp_path):
    for joined in ("with", "and"):
        page = f"THE SALT ROAD\n\nby Jane Doe {joined} John Smith\n\nIllustrated by Peter Crane\n"
        manuscript, said, read = _book(tmp_path / joined, "road.txt", page + CHAPTERS)
        assert manuscript.author == f"Jane Doe {joined} John Smith"
        assert said[0].startswith(f"The Salt Road. Written by Jane Doe {joined} John Smith.")
        assert PROSE_WITH in " ".join(read)
        assert "Illustrated by Peter Crane" in _left_out(manuscript)
    # Under a Markdown title, "by … with …" is as often a subtitle as two writers ("By Dead
    # Reckoning with Captain Hale"): it is read, never taken for the author
    text = "# The Salt Road\n\n*By Dead Reckoning with Captain Hale*\n" + MD_CHAPTERS
    manuscript, said, read = _book(tmp_path / "md", "road.md", text)
    assert "Reckoning" not in manuscript.author
    assert any("By Dead Reckoning with Captain Hale" in line for line in read)


def test_an_illustrator_alone_on_a_title_page_is_left_out_and_never_the_author(tmp_path):
    for name, page in (
        ("road.txt", "THE SALT ROAD\n\nIllustrated by Peter Crane\n" + CHAPTERS),
        ("road.md", "# The Salt Road\n\n*A Novel*\n\nIllustrated by Peter Crane\n"
         + MD_CHAPTERS),
    ):
        manuscript, said, read = _book(tmp_path / name, name, page)
        assert manuscript.title == "The Salt Road" and manuscript.translator == ""
        assert "Crane" not in " ".join(read) and "Crane" not in " ".join(said)
        assert "Illustrated by Peter Crane" in _left_out(manuscript)


# ---------------------------------------------------------------- EPUB


def _page(title: str, body: str) -> str:
    return (
        '<?xml version="1.0" encoding="utf-8"?><html xmlns="http://www.w3.org/1999/xhtml" '
        f'xmlns:epub="http://www.idpf.org/2007/ops"><head><title>{title}</title></head>'
        f"<body>{body}</body></html>"
    )


def _epub(path: Path, version: str, metadata: str, title_page: str) -> Path:
    """An EPUB as Calibre (2.0, an NCX) or a publisher's tool (3.0, a nav) writes one."""
    pages = {
        "titlepage.xhtml": _page(
            "Title Page", f'<section epub:type="titlepage">{title_page}</section>'
        ),
        "ch01.xhtml": _page("Chapter One", f"<h1>Chapter One</h1><p>{FIRST}</p><p>{BY_HAND}</p>"),
        "ch02.xhtml": _page(
            "Chapter Two",
            "<h1>Chapter Two</h1><p>Translated from the German, the letter ran: "
            f"\u201cDo not sell the lantern.\u201d</p><p>{PROSE_WITH}</p>",
        ),
    }
    items = "".join(
        f'<item id="p{i}" href="{name}" media-type="application/xhtml+xml"/>'
        for i, name in enumerate(pages)
    )
    spine = "".join(f'<itemref idref="p{i}"/>' for i in range(len(pages)))
    epub3 = version == "3.0"
    spine_attribute = "" if epub3 else ' toc="ncx"'
    toc = (
        '<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>'
        if epub3
        else '<item id="ncx" href="toc.ncx" media-type="application/x-dtbncx+xml"/>'
    )
    opf = (
        '<?xml version="1.0" encoding="utf-8"?><package xmlns="http://www.idpf.org/2007/opf" '
        f'version="{version}" unique-identifier="id"><metadata '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:opf="http://www.idpf.org/2007/opf">'
        '<dc:identifier id="id">urn:uuid:5b1c</dc:identifier>'
        "<dc:title>The Bronze Lantern</dc:title>"
        f'<dc:language>en</dc:language>{metadata}</metadata><manifest>{toc}{items}</manifest>'
        f"<spine{spine_attribute}>{spine}</spine></package>"
    )
    nav = _page(
        "Contents",
        '<nav epub:type="toc"><ol><li><a href="ch01.xhtml">Chapter One</a></li>'
        '<li><a href="ch02.xhtml">Chapter Two</a></li></ol></nav>',
    )
    ncx = (
        '<?xml version="1.0"?><ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" version="2005-1">'
        "<head/><docTitle><text>The Bronze Lantern</text></docTitle><navMap>"
        '<navPoint id="n1" playOrder="1"><navLabel><text>Chapter One</text></navLabel>'
        '<content src="ch01.xhtml"/></navPoint><navPoint id="n2" playOrder="2"><navLabel>'
        '<text>Chapter Two</text></navLabel><content src="ch02.xhtml"/></navPoint></navMap></ncx>'
    )
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), "application/epub+zip")
        archive.writestr(
            "META-INF/container.xml",
            '<?xml version="1.0"?><container version="1.0" '
            'xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles><rootfile '
            'full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/>'
            "</rootfiles></container>",
        )
        archive.writestr("OEBPS/content.opf", opf)
        archive.writestr("OEBPS/nav.xhtml" if epub3 else "OEBPS/toc.ncx", nav if epub3 else ncx)
        for name, page in pages.items():
            archive.writestr(f"OEBPS/{name}", page)
    return path


PLAIN_PAGE = "<h1>The Bronze Lantern</h1><p>Otto Kessel</p>"


@pytest.mark.parametrize(
    ("version", "metadata", "title_page"),
    [
        (
            "2.0",
            '<dc:creator opf:role="aut" opf:file-as="Kessel, Otto">Otto Kessel</dc:creator>'
            '<dc:contributor opf:role="trl">Mary Hale</dc:contributor>'
            '<dc:contributor opf:role="ill">Peter Crane</dc:contributor>',
            PLAIN_PAGE,
        ),
        (
            "3.0",
            '<dc:creator id="c1">Otto Kessel</dc:creator><meta refines="#c1" property="role" '
            'scheme="marc:relators">aut</meta><dc:creator id="c2">Mary Hale</dc:creator>'
            '<meta refines="#c2" property="role" scheme="marc:relators">trl</meta>',
            PLAIN_PAGE,
        ),
        (
            "3.0",
            "<dc:creator>Otto Kessel</dc:creator>",
            PLAIN_PAGE + "<p>Translated from the German by Mary Hale</p>"
            "<p>With illustrations by Peter Crane</p>",
        ),
    ],
    ids=["epub2 opf:role", "epub3 refines", "title page"],
)
def test_an_epubs_translator_is_credited(tmp_path, version, metadata, title_page):
    path = _epub(tmp_path / "lantern.epub", version, metadata, title_page)
    manuscript, said, read = _book(tmp_path, path.name, path.read_bytes())
    assert (manuscript.author, manuscript.translator) == ("Otto Kessel", "Mary Hale")
    assert said == [OPENING, CLOSING]
    joined = " ".join(read)
    assert "He had translated by hand" in joined and "the letter ran:" in joined
    assert "Mary Hale" not in joined and "Peter Crane" not in joined


# ---------------------------------------------------------------- HTML

PG_HTML = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN"
 "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="en">
<head><meta http-equiv="Content-Type" content="text/html;charset=utf-8" />
<title>The Project Gutenberg eBook of The Bronze Lantern, by Otto Kessel</title></head>
<body>
<div style='text-align:center'>*** START OF THE PROJECT GUTENBERG EBOOK THE BRONZE LANTERN ***</div>
<h1>THE BRONZE LANTERN</h1>
<p class="center">BY</p>
<h2 class="no-break">OTTO KESSEL</h2>
<p class="center">TRANSLATED FROM THE GERMAN BY<br />MARY HALE</p>
<p class="center">WITH ILLUSTRATIONS BY PETER CRANE</p>
<hr class="chap x-ebookmaker-drop" />
<div class="chapter">
<h2><a id="CHAPTER_I"></a>CHAPTER I<br />THE SHOP ON THE CANAL</h2>
<p>The lantern hung in the window of the shop on the canal for eleven years
before anyone asked its price.</p>
<p>He had translated by hand every letter she sent.</p>
</div>
<div class="chapter">
<h2><a id="CHAPTER_II"></a>CHAPTER II<br />THE LETTER</h2>
<p>Translated from the German, the letter ran: &#8220;Do not sell the lantern.&#8221;</p>
<p>She walked with John Smith to the bridge and back.</p>
</div>
<div style='text-align:center'>*** END OF THE PROJECT GUTENBERG EBOOK THE BRONZE LANTERN ***</div>
</body>
</html>
"""


def test_a_project_gutenberg_html_title_pages_translator_is_credited(tmp_path):
    manuscript, said, read = _book(tmp_path, "pg35512-images.html", PG_HTML)
    assert (manuscript.author, manuscript.translator) == ("Otto Kessel", "Mary Hale")
    assert said == [OPENING, CLOSING]
    joined = " ".join(read)
    assert "He had translated by hand" in joined and "the letter ran:" in joined
    assert PROSE_WITH in joined
    assert "MARY HALE" not in joined and "PETER CRANE" not in joined


def test_an_html_co_writer_under_the_title_is_credited(tmp_path):
    page = (
        "<html><head><title>The Salt Road</title></head><body><h1>The Salt Road</h1>"
        '<p class="byline">by Jane Doe with John Smith</p>'
        '<p class="center">Illustrated by Peter Crane</p>'
        f"<h2>Chapter One</h2><p>{FIRST}</p><h2>Chapter Two</h2><p>{PROSE_WITH}</p></body></html>"
    )
    manuscript, said, read = _book(tmp_path, "road.html", page)
    assert manuscript.author == "Jane Doe with John Smith"
    assert said[0].startswith("The Salt Road. Written by Jane Doe with John Smith.")
    assert "Crane" not in " ".join(read) and PROSE_WITH in " ".join(read)


# ---------------------------------------------------------------- book.toml


def test_book_toml_translator_wins_over_the_file(tmp_path):
    page = "THE BRONZE LANTERN\n\nby Otto Kessel\n\nTranslated from the German by M. Hale\n"
    toml = 'translator = "Mary Hale"\n'
    manuscript, said, _ = _book(tmp_path, "lantern.txt", page + CHAPTERS, toml)
    assert manuscript.translator == "Mary Hale"
    assert said == [OPENING, CLOSING]


# ---------------------------------------------------------------- languages


def _credits(language: str, author: str = "Otto Kessel", editor: str = "") -> tuple[str, str]:
    manuscript = Manuscript(
        title="Die Laterne", author=author, language=language, chapters=(),
        source=Path("book.txt"), editor=editor, translator="Mary Hale",
    )  # fmt: skip
    return credits(manuscript, "Anna")


LANGUAGES = {
    "de": ("Geschrieben von Otto Kessel. Übersetzt von Mary Hale. Gelesen von Anna.",
           "Ende. Die Laterne wurde geschrieben von Otto Kessel, übersetzt von Mary Hale und "
           "gelesen von Anna."),
    "fr": ("Écrit par Otto Kessel. Traduit par Mary Hale. Lu par Anna.",
           "Fin. Die Laterne, écrit par Otto Kessel, traduit par Mary Hale, lu par Anna."),
    "es": ("Escrito por Otto Kessel. Traducido por Mary Hale. Narrado por Anna.",
           "Fin. Die Laterne, escrito por Otto Kessel, traducido por Mary Hale, narrado por Anna."),
    "it": ("Scritto da Otto Kessel. Tradotto da Mary Hale. Letto da Anna.",
           "Fine. Die Laterne, scritto da Otto Kessel, tradotto da Mary Hale, letto da Anna."),
    "pt-BR": ("Escrito por Otto Kessel. Traduzido por Mary Hale. Narrado por Anna.",
              "Fim. Die Laterne, escrito por Otto Kessel, traduzido por Mary Hale, narrado por "
              "Anna."),
    "nl": ("Geschreven door Otto Kessel. Vertaald door Mary Hale. Voorgelezen door Anna.",
           "Einde. Die Laterne, geschreven door Otto Kessel, vertaald door Mary Hale, "
           "voorgelezen door Anna."),
    "pl": ("Autor: Otto Kessel. Przekład: Mary Hale. Czyta: Anna.",
           "Koniec. Die Laterne. Autor: Otto Kessel. Przekład: Mary Hale."),
    "ru": ("Автор: Otto Kessel. Перевод: Mary Hale. Читает: Anna.",
           "Конец. Die Laterne. Автор: Otto Kessel. Перевод: Mary Hale."),
}  # fmt: skip
"""The credits after the title, and the closing credits, of a translation in each language
(Polish and Russian in their neutral "Przekład: …" / "Перевод: …" forms)."""


@pytest.mark.parametrize("language", sorted(LANGUAGES))
def test_the_translator_is_credited_in_the_books_language(language):
    opening, closing = LANGUAGES[language]
    assert _credits(language) == (f"Die Laterne. {opening}", closing)


def test_a_translator_with_no_author_or_after_an_editor_is_still_credited():
    opening, closing = _credits("en", author="Unknown author")
    assert opening == "Die Laterne. Translated by Mary Hale. Narrated by Anna."
    assert closing == "The end. Die Laterne was narrated by Anna."
    opening, _ = _credits("en", author="Unknown author", editor="Harriet Vell")
    edited = "Die Laterne. Edited by Harriet Vell. Translated by Mary Hale. Narrated by Anna."
    assert opening == edited


# ---------------------------------------------------------------- the rules themselves


def test_only_a_line_that_opens_with_the_credit_names_a_translator():
    assert translator_credit(["TRANSLATED FROM THE GERMAN BY", "MARY HALE"]) == "MARY HALE"
    assert translator_credit(["TRANSLATED FROM THE FRENCH", "BY MARY HALE"]) == "MARY HALE"
    assert translator_credit(["Translated by Louise and Aylmer Maude"]) == "Louise and Aylmer Maude"
    for story in (
        "He had translated by hand every letter she sent",
        "Translated from the German, the letter ran:",
        "Translated by hand, every word of it was wrong.",
        "Translated out of the original tongues: and with the former translations diligently "
        "compared and revised, by his Majesty's special commandment.",
    ):
        assert translator_credit([story]) is None
    assert other_credit("Illustrated by Peter Crane")
    assert other_credit("With sixteen plates in colour by H. M. Brock")
    assert not other_credit("with John Smith") and not other_credit("Translated.")
    assert byline("by Jane Doe with John Smith") == "Jane Doe with John Smith"
    assert byline("By Christmas with Mother") is None  # a sentence, not two writers


# ---------------------------------------------------------------- tags


def test_the_tags_carry_the_translator(tmp_path):
    tags = Tags(book="The Bronze Lantern", author="Otto Kessel", narrator="Anna",
                genre="Audiobook", language="en", translator="Mary Hale")  # fmt: skip
    part = tmp_path / "part.aac"
    subprocess.run(
        [ffmpeg_path(), "-v", "error", "-f", "lavfi", "-i",
         "sine=frequency=440:duration=0.5:sample_rate=22050", "-c:a", "aac", "-b:a", "32k",
         "-f", "adts", str(part)],
        check=True,
    )  # fmt: skip
    mp3 = tmp_path / "01.mp3"
    mp3.write_bytes(b"")
    tag_chapter(mp3, tags, "Chapter One", 1, 1)
    assert ID3(mp3).getall("TXXX:TRANSLATOR")[0].text == ["Mary Hale"]
    assert ID3(mp3).getall("TPE1")[0].text == ["Otto Kessel"]  # the author stays the artist
    manifest = {"title": "The Bronze Lantern", "author": "Otto Kessel", "narrator": "Anna",
                "language": "en", "translator": "Mary Hale",
                "chapters": [{"title": "One"}]}  # fmt: skip
    frames = len(m4b.frame_sizes(part))
    tags_given = {"title": "The Bronze Lantern", "translator": "Mary Hale"}
    book = m4b.write_m4b(tmp_path / "b.m4b", manifest, [[(part, frames)]], rate=22050,
                         tags=tags_given)  # fmt: skip
    assert MP4(book).tags["----:com.apple.iTunes:TRANSLATOR"] == [b"Mary Hale"]
    opf = package_document(manifest, [], modified="2000-01-01T00:00:00Z", cover=None)
    assert '<dc:contributor id="translator">Mary Hale</dc:contributor>' in opf
    assert '<meta refines="#translator" property="role" scheme="marc:relators">trl</meta>' in opf


# ---------------------------------------------------------------- the review's near misses
# Lines under a title that look like a credit and name nobody: each is a subtitle, a
# work's name or a publisher's arrangement, and no one is credited for it.

SUBTITLE = "By Bicycle Across France with Two Dogs"


def _docx_title_page(path: Path, lines: list[str]) -> Path:
    """A Word book: the title in Word's Title style, plain paragraphs under it, then
    chapters in Heading 1."""
    import docx

    document = docx.Document()
    document.add_paragraph("The Salt Road", style="Title")
    for line in lines:
        document.add_paragraph(line)
    for title, text in (("Chapter One", FIRST), ("Chapter Two", PROSE_WITH)):
        document.add_heading(title, 1)
        document.add_paragraph(text)
    document.save(str(path))
    return path


@pytest.mark.parametrize("name", ["road.txt", "road.md", "road.html", "road.docx"])
def test_a_title_case_by_with_subtitle_is_no_author(tmp_path, name):
    """A subtitle "By Bicycle Across France with Two Dogs" over the author's name: no
    side of its "with" is a person's name, so it is never the author."""
    if name.endswith(".txt"):
        text: str | bytes = f"THE SALT ROAD\n\n{SUBTITLE}\n\nMarian Hale\n" + CHAPTERS
    elif name.endswith(".md"):
        text = f"# The Salt Road\n\n{SUBTITLE}\n\n*Marian Hale*\n" + MD_CHAPTERS
    elif name.endswith(".html"):
        text = (
            "<html><head><title>The Salt Road</title></head><body><h1>The Salt Road</h1>"
            f"<p><i>{SUBTITLE}</i></p><p>Marian Hale</p><h2>Chapter One</h2><p>{FIRST}</p>"
            f"<h2>Chapter Two</h2><p>{PROSE_WITH}</p></body></html>"
        )
    else:
        path = _docx_title_page(tmp_path / "made.docx", [SUBTITLE, "Marian Hale"])
        text = path.read_bytes()
    manuscript, said, read = _book(tmp_path / "book", name, text)
    assert "Bicycle" not in (manuscript.author or "")
    assert not any("Bicycle" in line for line in said)
    joined = " ".join(read)
    assert FIRST in joined and PROSE_WITH in joined


def test_only_personal_names_on_both_sides_of_with_make_co_writers():
    assert byline(f"{SUBTITLE}") is None
    assert credit(SUBTITLE) is None  # the plain-text title page's test
    assert byline("By Train to Paris with Three Friends") is None
    assert byline("by Mary Shelley with Percy Bysshe Shelley") == (
        "Mary Shelley with Percy Bysshe Shelley"
    )
    assert byline("BY JANE DOE WITH JOHN SMITH") == "JANE DOE WITH JOHN SMITH"
    assert byline("by Jane Doe with John Smith") == "Jane Doe with John Smith"


def test_a_work_an_arrangement_or_the_author_is_no_translator():
    for page in (
        ["The Translation of the Bible by William Tyndale"],  # a subtitle: a work's name
        ["The Translation of the Bible", "by William Tyndale"],
        ["English Version by Special Arrangement with Editions Gallimard"],
    ):
        assert translator_credit(page) is None, page
    for page in (  # a self-translation: the credits say "Translated by the author"
        ["TRANSLATED FROM THE GERMAN BY THE AUTHOR"],
        ["Translated from the German by the author"],
    ):
        assert translator_credit(page) == "the author", page
    for page, who in (
        (["A New Translation by Mary Hale"], "Mary Hale"),
        (["Translated from the Danish of Henrik Lund by Agnes Ward"], "Agnes Ward"),
        (["English version by Mary Hale"], "Mary Hale"),
    ):
        assert translator_credit(page) == who


@pytest.mark.parametrize("name", ["outlaw.txt", "outlaw.html"])
def test_a_subtitle_naming_a_translation_credits_no_translator(tmp_path, name):
    work = "The Translation of the Bible by William Tyndale"
    if name.endswith(".txt"):
        text = f"GOD'S OUTLAW\n\n{work}\n\nby Ann Lister-Grey\n" + CHAPTERS
    else:
        text = (
            '<html><head><title>God\'s Outlaw</title></head><body><section class="titlepage">'
            f"<h1>God's Outlaw</h1><p>{work}</p><p>by Ann Lister-Grey</p></section>"
            f"<h2>Chapter One</h2><p>{FIRST}</p><h2>Chapter Two</h2><p>{PROSE_WITH}</p>"
            "</body></html>"
        )
    manuscript, said, _ = _book(tmp_path, name, text)
    assert (manuscript.author, manuscript.translator) == ("Ann Lister-Grey", "")
    assert not any("Tyndale" in line for line in said)


def test_an_epubs_arrangement_with_a_publisher_credits_no_translator(tmp_path):
    page = PLAIN_PAGE + "<p>English Version by Special Arrangement with Editions Gallimard</p>"
    path = _epub(tmp_path / "lantern.epub", "3.0", "<dc:creator>Otto Kessel</dc:creator>", page)
    manuscript, said, _ = _book(tmp_path, path.name, path.read_bytes())
    assert (manuscript.author, manuscript.translator) == ("Otto Kessel", "")
    assert not any("Gallimard" in line or "Translated" in line for line in said)


def test_translated_by_the_author_is_credited_as_a_self_translation(tmp_path):
    page = PG_HTML.replace("TRANSLATED FROM THE GERMAN BY<br />MARY HALE",
                           "TRANSLATED FROM THE GERMAN BY THE AUTHOR")  # fmt: skip
    manuscript, said, _ = _book(tmp_path, "pg35512-images.html", page)
    assert (manuscript.author, manuscript.translator) == ("Otto Kessel", "Otto Kessel")
    assert "Written by Otto Kessel. Translated by the author. Narrated by" in said[0]
    assert not any("The Author" in line for line in said)


def test_a_subtitle_of_pictures_from_somewhere_is_read(tmp_path):
    """"Pictures from Anna's Camera" is a subtitle, no illustrator's credit: read."""
    assert not other_credit("Pictures from Anna's Camera")
    assert not other_credit("Sketches and Pictures from Provence")
    assert other_credit("Pictures by Peter Crane")
    assert other_credit("With twelve drawings by Peter Crane")
    text = "# Postcards from Lisbon\n\nPictures from Anna's Camera\n" + MD_CHAPTERS
    manuscript, _, read = _book(tmp_path, "lisbon.md", text)
    assert " ".join(read).count("Pictures from Anna's Camera") == 1
    assert "Pictures from Anna" not in _left_out(manuscript)


def test_a_word_title_pages_translator_is_credited(tmp_path):
    path = _docx_title_page(
        tmp_path / "made.docx",
        ["by Otto Kessel", "Translated from the German by Mary Hale", "Illustrated by Peter Crane"],
    )
    manuscript, said, read = _book(tmp_path / "book", "lantern.docx", path.read_bytes())
    assert (manuscript.author, manuscript.translator) == ("Otto Kessel", "Mary Hale")
    assert said[0] == OPENING.replace("The Bronze Lantern", "The Salt Road")
    joined = " ".join(read)
    assert "Mary Hale" not in joined and "Crane" not in joined and PROSE_WITH in joined


def test_an_html_title_page_with_only_an_illustrators_line_is_left_out(tmp_path):
    page = (
        "<html><head><title>The Salt Road</title></head><body><h1>The Salt Road</h1>"
        "<p>Illustrated by Peter Crane</p>"
        f"<h2>Chapter One</h2><p>{FIRST}</p><h2>Chapter Two</h2><p>{PROSE_WITH}</p></body></html>"
    )
    manuscript, said, read = _book(tmp_path, "road.html", page)
    assert manuscript.title == "The Salt Road" and "Crane" not in manuscript.author
    joined = " ".join(read)
    assert "Crane" not in joined and "Crane" not in " ".join(said)
    assert FIRST in joined and PROSE_WITH in joined
    assert "Illustrated by Peter Crane" in _left_out(manuscript)
    near = page.replace("<p>Illustrated by Peter Crane</p>",
                        "<p>Illustrated by hand, every page of it was hers.</p>")  # fmt: skip
    _, _, read = _book(tmp_path / "near", "road.html", near)
    assert "Illustrated by hand, every page of it was hers." in " ".join(read)


# ---------------------------------------------------------------- the second review's books


def test_an_editions_tail_leaves_the_name_and_a_story_keeps_its_first_sentence(tmp_path):
    """ "WITH ILLUSTRATIONS" after a byline is the edition's, not the author's; a story
    that opens "By dawn, with the maps." keeps its sentence and credits nobody."""
    page = "THE KELP HARVEST\n\nBY ANGUS MACDONALD WITH ILLUSTRATIONS\n" + CHAPTERS
    manuscript, _, _ = _book(tmp_path / "kelp", "kelp.txt", page)
    assert manuscript.author == "Angus Macdonald"
    story = ("THE SURVEY\n\nBy dawn, with the maps.\n\nThat was the order, and Hale repeated it "
             "twice to make sure we had\nunderstood. The party would leave at first light.\n")
    manuscript, _, read = _book(tmp_path / "survey", "survey.txt", story)
    assert "dawn" not in manuscript.author.casefold()
    assert any(line.startswith("By dawn") for line in read)


def test_a_subtitle_drawn_by_candlelight_is_read_and_a_word_subtitle_is_no_author(tmp_path):
    """An illustrator's credit names a person; "Drawings by Candlelight" is a subtitle.
    Under a title, "By Dead Reckoning with Captain Hale" in title case is a subtitle,
    and the name under it is the author."""
    from docx import Document

    text = "# The Lamp Room\n\nDrawings by Candlelight\n" + MD_CHAPTERS
    _, _, read = _book(tmp_path / "md", "lamp.md", text)
    assert any("Drawings by Candlelight" in line for line in read)
    document = Document()
    for line in ("Salt and Compass", "By Dead Reckoning with Captain Hale", "Tom Pender"):
        document.add_paragraph(line).alignment = 1  # centred, as a title page is set
    document.add_page_break()
    document.add_heading("Chapter One", level=1)
    document.add_paragraph(FIRST)
    document.add_heading("Chapter Two", level=1)
    document.add_paragraph(PROSE_WITH)
    (tmp_path / "docx").mkdir()
    document.save(str(tmp_path / "docx" / "salt.docx"))
    _, manuscript, _ = load_book(tmp_path / "docx" / "salt.docx")
    assert manuscript.author == "Tom Pender"


def test_names_in_capitals_keep_an_english_particles_capital():
    from audiobook.text.readers.plaintext import display_case

    assert display_case("URSULA K. LE GUIN", names=True) == "Ursula K. Le Guin"
    assert display_case("CLARA LE FEVRE", names=True) == "Clara Le Fevre"
    assert display_case("WALTER DE LA MARE", names=True) == "Walter de la Mare"
    assert display_case("VINCENT VAN GOGH", names=True) == "Vincent van Gogh"
    assert display_case("SEAMUS O'NEILL-MCCANN", names=True) == "Seamus O'Neill-McCann"
    assert display_case("OTTO DIX", names=True) == "Otto Dix"
    assert display_case("HENRY VIII", names=True) == "Henry VIII"


def test_a_byline_with_an_article_before_the_name_still_credits_it():
    """ "by the Rev. J. Hale": the title page's byline is judged on the name its credit
    gives, unless a co-writer's "with" asks for the line's own "by"."""
    from audiobook.text import matter

    page = matter.title_page(["Sermons at Sea", "by the Rev. J. Hale"], title=None, author="",
                             ended=True, story=False)  # fmt: skip
    assert page is not None and page.author == "Rev. J. Hale"


def test_a_translator_sharing_the_authors_name_is_no_self_translation(tmp_path):
    """Project Gutenberg's header for Beethoven's letters names their translator, Lady
    Wallace, as the author, and the title page says "TRANSLATED BY LADY WALLACE.": she is
    credited as translator by name, not said to have translated her own book."""
    text = (
        "The Project Gutenberg eBook of Letters, Volume 2\n\nTitle: Letters, Volume 2\n\n"
        "Author: Lady Wallace\n\nLanguage: English\n\n"
        "*** START OF THE PROJECT GUTENBERG EBOOK LETTERS, VOLUME 2 ***\n\n\n\n"
        "BEETHOVEN'S LETTERS.\n\n(1790-1826.)\n\nFROM THE COLLECTION OF DR. LUDWIG NOHL.\n\n"
        "TRANSLATED BY\nLADY WALLACE.\n\nIN TWO VOLUMES.\n\nVOL. II.\n\n\n\n"
        "CHAPTER I.\n\n\nMy dear friend, the winter has been long and I have written little,"
        " but the quartet is finished at last and you shall hear it soon.\n\n"
        "*** END OF THE PROJECT GUTENBERG EBOOK LETTERS, VOLUME 2 ***\n"
    )
    manuscript, said, _ = _book(tmp_path, "letters.txt", text)
    assert (manuscript.translator, manuscript.self_translated) == ("Lady Wallace", False)
    assert "Written by Lady Wallace. Translated by Lady Wallace. Narrated by" in said[0]
    assert not any("by the author" in line for line in said)
