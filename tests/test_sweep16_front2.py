"""Sweep 16 (front2): a Google Docs EPUB's title page and contents read as its word
processor's HTML export is read; a Kindle-ready page's title page and linked "Table of
Contents"; a bullet typed in a .txt or .md; a town sign's "POP."; a numbered name's "I"."""

from __future__ import annotations

from pathlib import Path

from audiobook.text import normalize
from audiobook.text.normalize import to_spoken
from audiobook.text.readers.epub import read_epub_with_notes
from audiobook.text.readers.html import read_html
from audiobook.text.readers.markdown import read_markdown
from audiobook.text.readers.plaintext import find_chapters as read_plaintext
from epubs import pack_epub

OPENING = (
    "The ferry to Holmsund ran twice a day in winter, and Elin had taken the early one "
    "every weekday for nine years."
)
SECOND = "The stranger said her name was Maja and that she had come about the lighthouse."
NO_CREATOR = (
    "<dc:title>The Winter Ferry</dc:title><dc:creator></dc:creator>"
    '<dc:identifier id="id">x</dc:identifier><dc:language>en</dc:language>'
)


def _docs_epub(path: Path, page: str) -> Path:
    """Google Docs' EPUB: one page, an empty `dc:creator`, a nav listing the chapters."""
    opf = (
        '<?xml version="1.0" encoding="UTF-8"?><package xmlns="http://www.idpf.org/2007/opf" '
        'version="3.0" unique-identifier="id"><metadata xmlns:dc="http://purl.org/dc/elements/1.1/">'
        f"{NO_CREATOR}</metadata><manifest>"
        '<item id="d" href="doc.xhtml" media-type="application/xhtml+xml"/>'
        '<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>'
        '</manifest><spine><itemref idref="d"/></spine></package>'
    )
    nav = (
        '<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops">'
        '<head><title>t</title></head><body><nav epub:type="toc"><ol>'
        '<li><a href="doc.xhtml#h.gjdgxs">Chapter One</a></li>'
        '<li><a href="doc.xhtml#h.30j0zll">Chapter Two</a></li></ol></nav></body></html>'
    )
    page_doc = ('<?xml version="1.0" encoding="UTF-8"?><html xmlns="'
                'http://www.w3.org/1999/xhtml"><head><title>The Winter Ferry</title></head>'
                f"{page}</html>")  # fmt: skip
    return pack_epub(path, opf, {"nav.xhtml": nav, "doc.xhtml": page_doc})


def _said(read: object) -> list[str]:
    return [p.text for _, ps in read.chapters for p in ps]  # type: ignore[attr-defined]


def _docs_page(front: str, body_class: str = "c9 doc-content") -> str:
    """Google Docs' Download → EPUB page: generated classes on `<body>`, the Title and
    Subtitle paragraphs, a "by" line, a linked contents list, then Heading 1 chapters."""
    return (
        f'<body class="{body_class}">{front}'
        '<hr style="page-break-before:always;display:none;"/>'
        f'<h1 class="c2" id="h.gjdgxs">Chapter One</h1><p class="c3">{OPENING}</p>'
        f'<h1 class="c2" id="h.30j0zll">Chapter Two</h1><p class="c3">{SECOND}</p></body>'
    )


DOCS_FRONT = (
    '<p class="c2 title" id="h.z7q1kd0x3m">The Winter Ferry</p>'
    '<p class="c2 subtitle" id="h.4k2lx9a">a novella</p><p class="c2">by Ada Lindqvist</p>'
    '<p class="c2 c7"></p><p class="c2"><a class="c6" href="#h.gjdgxs">Chapter One</a></p>'
    '<p class="c2"><a class="c6" href="#h.30j0zll">Chapter Two</a></p>'
)


def test_a_google_docs_epub_credits_its_title_page_and_leaves_out_its_contents(
    tmp_path: Path,
) -> None:
    book = _docs_epub(tmp_path / "ferry.epub", _docs_page(DOCS_FRONT))
    read, _ = read_epub_with_notes(book)
    assert (read.title, read.author) == ("The Winter Ferry", "Ada Lindqvist")
    assert [t for t, _ in read.chapters] == ["Chapter One", "Chapter Two"]
    assert _said(read) == [OPENING, SECOND]
    assert {"table of contents"} <= {o.why for o in read.omitted}


def test_a_google_docs_contents_line_whose_heading_lost_its_anchor_is_left_out() -> None:
    """A chapter title retyped as a bold paragraph keeps its contents line (`#h.…`)."""
    front = DOCS_FRONT + '<p class="c2"><a class="c6" href="#h.1fob9te">Chapter Three</a></p>'
    head = "<head><title>The Winter Ferry</title></head>"
    read = read_html(f"<html>{head}{_docs_page(front)}</html>")
    assert _said(read) == [OPENING, SECOND]


def test_an_epub_page_no_word_processor_wrote_keeps_its_opening(tmp_path: Path) -> None:
    """Near miss: the same lines in a page Calibre wrote (no Google body classes), and a
    Google Docs page that opens on its story (no Title paragraph): read as before."""
    plain = '<p class="c2">Snow had come early that year.</p>'
    for page in (_docs_page(DOCS_FRONT, body_class="calibre"), _docs_page(plain)):
        read, _ = read_epub_with_notes(_docs_epub(tmp_path / "story.epub", page))
        assert read.author is None
    assert "Snow had come early that year." in _said(read)


KINDLE = """<html><head><title>Dust on the Prairie</title></head><body>
<h1 class="center">Dust on the Prairie</h1><p class="center">A Novel</p>
<p class="center">by</p><p class="center">Rosalind Marsh</p>
<mbp:pagebreak />
<a name="TOC"></a><h3 class="center">Table of Contents</h3>
<p class="noindent"><a href="#ch1">Chapter 1</a></p>
<p class="noindent"><a href="#ch2">Chapter 2</a></p>
<mbp:pagebreak />
<h1 id="ch1">Chapter 1</h1><p>The wind came up out of the southwest on the 14th of April.</p>
<p>Mama was hanging wash.</p>
<h1 id="ch2">Chapter 2</h1><p>Daddy came home at nine with a wet bandanna over his face.</p>
</body></html>"""


def test_a_kindle_ready_page_leaves_out_its_title_page_and_linked_contents() -> None:
    read = read_html(KINDLE)
    assert [t for t, _ in read.chapters] == ["Chapter 1", "Chapter 2"]
    assert (read.title, read.author) == ("Dust on the Prairie", "Rosalind Marsh")
    said = _said(read)
    assert not {"Table of Contents", "Chapter 1", "A Novel", "Rosalind Marsh"} & set(said)
    assert any(o.why == "table of contents" for o in read.omitted)


def test_links_to_the_books_own_anchors_with_no_contents_label_are_read() -> None:
    """Near miss: a page that is no word processor's with a run of in-book links under a
    line that is not "Contents" ("Read next:"), in a chapter: the writer's lines, read."""
    page = KINDLE.replace(
        "<p>Mama was hanging wash.</p>",
        '<p>Mama was hanging wash.</p><p>Read next:</p><p><a href="#ch2">Daddy</a></p>'
        '<p><a href="#ch1">The wind</a></p>',
    )
    said = _said(read_html(page))
    assert said[2:5] == ["Read next:", "Daddy", "The wind"]


LIST_TEXT = """THE ALLOTMENT

CHAPTER ONE

The list on the shed wall said:

• Dig out couch grass (all of it)
• Find a door for the shed
• Do NOT move the bath until the frog has been rehomed

I did none of them that month.

• • •

In February it rained for twenty days.
"""


def test_a_typed_bullet_in_plain_text_and_markdown_is_not_said(tmp_path: Path) -> None:
    items = ["Dig out couch grass (all of it)", "Find a door for the shed"]
    said = " ".join(_said(read_plaintext(LIST_TEXT)))
    assert "•" not in said
    assert all(item in said for item in items)
    markdown = LIST_TEXT.replace("THE ALLOTMENT", "# The Allotment").replace(
        "CHAPTER ONE", "## Chapter One")  # fmt: skip
    paragraphs = _said(read_markdown(markdown))
    assert items[0] in paragraphs and items[1] in paragraphs  # each item a line of its own
    assert not any("•" in p for p in paragraphs)


def test_spaced_bullets_stay_a_scene_break_and_a_mid_line_dot_stays() -> None:
    """Near miss: "• • •" is a scene break; "Tea • Coffee • Cake" keeps its marks."""
    read = read_plaintext(LIST_TEXT + "\nOn the stall: Tea • Coffee • Cake\n")
    paragraphs = [p for _, ps in read.chapters for p in ps]
    after = next(p for p in paragraphs if p.text.startswith("In February"))
    assert after.scene_break_before
    assert "On the stall: Tea • Coffee • Cake" in [p.text for p in paragraphs]


def test_a_town_signs_pop_is_population() -> None:
    said = to_spoken("The sign said KOVILPATTI, POP. 1,204.")
    assert said == "The sign said KOVILPATTI, population one thousand two hundred and four."


def test_pop_that_is_a_sound_stays() -> None:
    """Near miss: "went POP." ends a sentence (no comma or bracket before it)."""
    assert to_spoken("The balloon went POP. 12 children screamed.").startswith(
        "The balloon went POP.")  # fmt: skip


def test_a_numbered_names_i_is_the_first_of_them() -> None:
    names = normalize.numbered_names(["Its name was _Margaret II_.", "Queen Isolde III wept."])
    assert names == frozenset({"Margaret", "Isolde"})
    assert to_spoken("There was no Margaret I in Saltmarsh.", numbered=names) == (
        "There was no Margaret One in Saltmarsh.")  # fmt: skip
    assert to_spoken("Queen Isolde I, her grandmother, built it.", numbered=names) == (
        "Queen Isolde the First, her grandmother, built it.")  # fmt: skip


def test_a_name_and_the_pronoun_stay() -> None:
    """Near misses: "Margaret I think" is the pronoun even in a book with Margaret II;
    a name the book never numbers keeps its "I"."""
    names = frozenset({"Margaret"})
    assert to_spoken("Margaret I think is wrong.", numbered=names) == "Margaret I think is wrong."
    assert to_spoken("There was no Ruth I in Saltmarsh.", numbered=names) == (
        "There was no Ruth I in Saltmarsh.")  # fmt: skip
