"""Title pages that Word files and EPUBs mark with nothing but their lines: an unstyled
title page over Heading 1 chapters, LibreOffice's EPUB of a document with no
properties, Google Docs' one-file EPUB, and a short story with no chapter headings.
The page's title and author become the book's when the file has none of its own; its
lines are left out and listed, and a real first paragraph is never taken for one."""

from __future__ import annotations

from pathlib import Path

import docx
from docx.enum.text import WD_BREAK

from audiobook.build.pipeline import load_book
from audiobook.models import UNKNOWN_AUTHOR
from epubs import zip_epub
from manuscripts import centred

OPENING = "The ferry left at six, whether or not anyone was waiting on the slipway."
SECOND = "Nobody in the village could remember the ferryman taking a day off."
THIRD = "On the morning of the storm he tied the boat up twice, and then a third time."


# ---------------------------------------------------------------- Word


def _chapters(document, style: str = "Heading 1") -> None:  # type: ignore[no-untyped-def]
    for title, text in (("Chapter One", OPENING), ("Chapter Two", SECOND)):
        heading = document.add_paragraph(title, style=style)
        heading.paragraph_format.page_break_before = True
        document.add_paragraph(text)


def _book(make_book, document) -> tuple:  # type: ignore[no-untyped-def]
    folder = make_book({}, name="ferry")
    document.core_properties.author = "python-docx"  # an account, not the writer
    document.save(str(folder / "ferry-draft.docx"))
    _, manuscript, _ = load_book(folder)
    return manuscript, [p.text for c in manuscript.chapters for p in c.paragraphs]


def test_an_unstyled_word_title_page_over_heading_1_chapters(make_book):
    document = docx.Document()
    centred(document, "THE LAST FERRY")
    centred(document, "A Novel")
    centred(document, "by Ruth Penhallow", page_break=True)
    _chapters(document)
    manuscript, body = _book(make_book, document)
    assert (manuscript.title, manuscript.author) == ("The Last Ferry", "Ruth Penhallow")
    assert [c.title for c in manuscript.chapters] == ["Chapter One", "Chapter Two"]
    assert body == [OPENING, SECOND]
    (page,) = [o for o in manuscript.omitted if o.what.startswith("title page")]
    assert page.text == "THE LAST FERRY\nA Novel\nby Ruth Penhallow"


def test_a_manuscripts_contact_block_goes_with_its_title_page(make_book):
    document = docx.Document()
    for line in ("Ruth Penhallow", "3 Quay Street", "ruth.penhallow@example.org",
                 "about 4,500 words"):  # fmt: skip
        document.add_paragraph(line)
    centred(document, "The Last Ferry")
    centred(document, "by Ruth Penhallow")
    _chapters(document)
    manuscript, body = _book(make_book, document)
    assert (manuscript.title, manuscript.author) == ("The Last Ferry", "Ruth Penhallow")
    assert body == [OPENING, SECOND]


def test_a_contact_block_set_as_a_table_is_never_the_title(make_book):
    document = docx.Document()
    table = document.add_table(rows=3, cols=2)
    lines = ("Ruth Penhallow", "ruth.penhallow@example.org", "+44 1326 555 019")
    for row, line in enumerate(lines):
        table.cell(row, 0).text = line
    table.cell(0, 1).text = "about 4,500 words"
    centred(document, "THE LAST FERRY")
    centred(document, "by Ruth Penhallow", page_break=True)
    for title, text in (("Chapter One", OPENING), ("Chapter Two", SECOND)):
        centred(document, title)
        document.add_paragraph(text).add_run().add_break(WD_BREAK.PAGE)
    manuscript, body = _book(make_book, document)
    assert (manuscript.title, manuscript.author) == ("The Last Ferry", "Ruth Penhallow")
    assert body == [OPENING, SECOND]
    assert any(o.what.startswith("contact block") and "example.org" in o.text
               for o in manuscript.omitted)  # fmt: skip


def test_a_book_title_in_heading_1_over_heading_2_chapters(make_book):
    document = docx.Document()
    document.add_paragraph("The Last Ferry", style="Heading 1")
    centred(document, "by Ruth Penhallow")
    _chapters(document, style="Heading 2")
    manuscript, body = _book(make_book, document)
    assert (manuscript.title, manuscript.author) == ("The Last Ferry", "Ruth Penhallow")
    assert [c.title for c in manuscript.chapters] == ["Chapter One", "Chapter Two"]
    assert body == [OPENING, SECOND]


def test_an_unlabelled_name_under_the_title_style_is_the_author(make_book):
    """Google Docs' Word download: Title, Subtitle, the writer's name, a page break."""
    document = docx.Document()
    document.add_paragraph("The Last Ferry", style="Title")
    document.add_paragraph("a novel", style="Subtitle")
    document.add_paragraph("Ruth Penhallow")
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    _chapters(document)
    manuscript, body = _book(make_book, document)
    assert (manuscript.title, manuscript.author) == ("The Last Ferry", "Ruth Penhallow")
    assert body == [OPENING, SECOND]


def test_a_word_story_with_no_headings_under_its_title_and_byline(make_book):
    document = docx.Document()
    centred(document, "The Last Ferry")
    centred(document, "by Ruth Penhallow")
    document.add_paragraph(OPENING)
    document.add_paragraph(SECOND)
    manuscript, body = _book(make_book, document)
    assert (manuscript.title, manuscript.author) == ("The Last Ferry", "Ruth Penhallow")
    assert body == [OPENING, SECOND]
    assert any(o.text == "The Last Ferry\nby Ruth Penhallow" for o in manuscript.omitted)


def test_word_openings_that_are_no_title_page_are_read(make_book):
    # a dedication alone on its page: a name-like line, but no title page's
    document = docx.Document()
    centred(document, "For Anna Hale", page_break=True)
    _chapters(document)
    manuscript, body = _book(make_book, document)
    assert body == ["For Anna Hale", OPENING, SECOND]
    assert manuscript.author == UNKNOWN_AUTHOR
    # a story whose first words start with "By"
    document = docx.Document()
    document.add_paragraph("Low Water")
    document.add_paragraph("By the time the tide turned, the ferry was already late.")
    document.add_paragraph(OPENING)
    _, body = _book(make_book, document)
    assert body[:2] == ["Low Water", "By the time the tide turned, the ferry was already late."]


def test_a_story_heading_with_its_byline_over_its_text_stays_a_chapter(make_book):
    """An anthology: each story's heading and byline over its text. The first is no
    title page of the book."""
    document = docx.Document()
    for title, writer, text in (("The Last Ferry", "by Ruth Penhallow", OPENING),
                                ("Slipway", "by Tom Carne", SECOND)):  # fmt: skip
        document.add_paragraph(title, style="Heading 1")
        document.add_paragraph(writer)
        document.add_paragraph(text)
    manuscript, body = _book(make_book, document)
    assert [c.title for c in manuscript.chapters] == ["The Last Ferry", "Slipway"]
    assert body == ["by Ruth Penhallow", OPENING, "by Tom Carne", SECOND]


# ---------------------------------------------------------------- EPUB

XHTML = (
    '<?xml version="1.0" encoding="utf-8"?><html xmlns="http://www.w3.org/1999/xhtml" '
    'xmlns:epub="http://www.idpf.org/2007/ops"><head><title></title></head><body>{}</body></html>'
)


def _epub(path: Path, metadata: str, pages: dict[str, str], nav: str) -> Path:
    """An EPUB 3 written as a small exporter writes one: `pages` in spine order."""
    documents = {name: XHTML.format(body) for name, body in pages.items()}
    nav_document = XHTML.format(f'<nav epub:type="toc">{nav}</nav>')
    return zip_epub(path, metadata + "<dc:language>en</dc:language>", documents, nav_document)


def _load(make_book, metadata: str, pages: dict[str, str], nav: str = "<ol></ol>") -> tuple:  # type: ignore[no-untyped-def]
    folder = make_book({}, name="ferry")
    _epub(folder / "ferry-export.epub", metadata, pages, nav)
    _, manuscript, _ = load_book(folder)
    return manuscript, [p.text for c in manuscript.chapters for p in c.paragraphs]


def _p(*lines: str) -> str:
    return "".join(f"<p>{line}</p>" for line in lines)


def test_libreoffices_epub_of_a_document_without_properties(make_book):
    """dc:title is a placeholder (or the file's name); the first section is the title
    page, set as plain paragraphs; the dedication after it is read."""
    for placeholder in ("Untitled 1", "ferry-export", "Unknown Title"):
        manuscript, body = _load(make_book, (
            f"<dc:title>{placeholder}</dc:title><dc:creator>Unknown Author</dc:creator>"
        ), {
            "sections/section0001.xhtml": _p("THE LAST FERRY", "a novel", "Ruth Penhallow"),
            "sections/section0002.xhtml": _p("For my mother, who rowed."),
            "sections/section0003.xhtml": _p("Chapter One", OPENING, SECOND),
        }, '<ol><li><a href="sections/section0003.xhtml">Chapter One</a></li></ol>')
        assert (manuscript.title, manuscript.author) == ("The Last Ferry", "Ruth Penhallow")
        assert body == ["For my mother, who rowed.", OPENING, SECOND]
        assert any(o.why == "title page" and "Ruth Penhallow" in o.text
                   for o in manuscript.omitted)  # fmt: skip


def test_google_docs_epub_in_one_file_under_one_contents_entry(make_book):
    page = (
        '<p class="title">The Last Ferry</p><p class="subtitle">A novella by Ruth Penhallow</p>'
        "<p>Draft 2, for my writing group only. Please do not share.</p>"
        '<hr style="page-break-before:always;display:none;"/>'
        '<p>Contents</p><p><a href="#h.one">Chapter One</a></p><p><a href="#h.two">Chapter Two'
        '</a></p><hr style="page-break-before:always;display:none;"/>'
        f'<h1 id="h.one">Chapter One</h1><p>{OPENING}</p>'
        f'<h1 id="h.two">Chapter Two</h1><p>{SECOND}</p>'
    )
    nav = (
        '<ol><li><a href="Last_Ferry.xhtml">The Last Ferry</a><ol>'
        '<li><a href="Last_Ferry.xhtml#h.one">Chapter One</a></li>'
        '<li><a href="Last_Ferry.xhtml#h.two">Chapter Two</a></li></ol></li></ol>'
    )
    manuscript, body = _load(make_book, "<dc:title>The Last Ferry</dc:title>",
                             {"Last_Ferry.xhtml": page}, nav)  # fmt: skip
    assert [c.title for c in manuscript.chapters] == ["Chapter One", "Chapter Two"]
    assert body == [OPENING, SECOND]
    assert (manuscript.title, manuscript.author) == ("The Last Ferry", "Ruth Penhallow")
    reasons = {o.why for o in manuscript.omitted}
    assert {"title page", "table of contents"} <= reasons


def test_an_epub_story_with_no_headings_under_its_title_and_byline(make_book):
    manuscript, body = _load(make_book, "<dc:title>Untitled</dc:title>", {
        "story.xhtml": _p("The Last Ferry", "by Ruth Penhallow", OPENING, SECOND),
    })  # fmt: skip
    assert (manuscript.title, manuscript.author) == ("The Last Ferry", "Ruth Penhallow")
    assert body == [OPENING, SECOND]
    # its heading stays its title; the byline under it is not read
    manuscript, body = _load(make_book, "<dc:title>The Last Ferry</dc:title>", {
        "story.xhtml": f"<h1>The Last Ferry</h1>{_p('by Ruth Penhallow', OPENING, SECOND, THIRD)}",
    })  # fmt: skip
    assert manuscript.author == "Ruth Penhallow"
    assert [c.title for c in manuscript.chapters] == ["The Last Ferry"]
    assert body == [OPENING, SECOND, THIRD]


def test_epub_openings_that_are_no_title_page_are_read(make_book):
    # an epigraph with its source, alone on the first page of a book with no title
    epigraph = _p("Pay attention to the water", "Mary Oliver Hale")
    manuscript, body = _load(make_book, "<dc:title>Untitled</dc:title>", {
        "s1.xhtml": epigraph, "s2.xhtml": _p("Chapter One", OPENING),
    }, '<ol><li><a href="s2.xhtml">Chapter One</a></li></ol>')  # fmt: skip
    assert body == ["Pay attention to the water", "Mary Oliver Hale", OPENING]
    assert manuscript.author == UNKNOWN_AUTHOR
    # a story that opens with a short line and no byline
    manuscript, body = _load(make_book, "<dc:title>Low Water</dc:title>", {
        "story.xhtml": _p("Six o'clock", OPENING, SECOND),
    })  # fmt: skip
    assert body == ["Six o'clock", OPENING, SECOND]
