"""Sweep 16 (vellum): EPUB and HTML as authoring tools export them: Vellum's chapter
number set alone over the title, headings made as styled paragraphs (Google Docs, Apple
Pages), a Kindle-ready book's "Back to Table of Contents" links and typed bullets."""

from __future__ import annotations

from pathlib import Path

from audiobook.text.readers.epub import read_epub_with_notes
from audiobook.text.readers.html import read_html
from epubs import pack_epub
from test_sweep3_epub import _epub2, _printed_lines, _said

# ---------------------------------------------------------------- Vellum's number cards

VELLUM_META = (
    "<dc:title>The Salt Road</dc:title><dc:creator>Maren Holloway</dc:creator>"
    '<dc:identifier id="id">urn:uuid:5d1c2b3a-0000-4c1d-9d1e-2a2b3c4d5e6f</dc:identifier>'
    "<dc:language>en</dc:language>"
)
TITLES = ("Low Water", "The Keeper’s Ledger", "Spring Tide", "The Bar")
CHAPTER = [
    "The tide went out at dawn on the morning Ruth found the boat, and it took the last "
    "of the harbour with it.",
    "She had walked the causeway to the light every Tuesday for eleven years, and she "
    "knew its stones the way she knew the buttons on her father’s coat.",
    "“Hello?” she called. The gulls answered for the house.",
    "“You’re sure it wasn’t here yesterday?” the constable asked her, looking at his shoes",
    "“I’m sure it wasn’t here on Monday,” Ruth said. “I checked the lamp myself.”",
    "Nobody in the village would say whose boat it was, though everybody knew",
]


def _vellum_book(path: Path) -> Path:
    """A Vellum EPUB in a number-over-title heading style: each chapter's file opens
    with its number in a block of its own over the <h1>, as Vellum sets it."""
    front = [
        ("copyright.xhtml", "Copyright", "".join(f"<p>{line}</p>" for line in (
            "Copyright © 2023 by Maren Holloway", "All rights reserved.",
            "Cover design by Lark and Finch Studio", "ISBN 978-1-955555-01-2 (ebook)"))),
        ("contents.xhtml", "Contents", "<h1>Contents</h1><ul>" + "".join(
            f'<li><a href="chapter-{n}.xhtml">{n}. {t}</a></li>'
            for n, t in enumerate(TITLES, 1)) + "</ul>"),
    ]  # fmt: skip
    chapters = [
        (f"chapter-{n}.xhtml", f"{n}. {title}",
         '<section epub:type="bodymatter chapter"><div class="heading"><div '
         'class="element-number-block"><div class="element-number case-upper">'
         f'{n}</div></div><div class="title-block"><h1 class="element-title case-upper">'
         f'{title}</h1></div></div><div class="text">'
         + "".join(f"<p>{line}</p>" for line in CHAPTER) + "</div></section>")
        for n, title in enumerate(TITLES, 1)
    ]  # fmt: skip
    return _epub2(path, VELLUM_META, front + chapters)


def test_a_vellum_number_over_its_title_heads_each_chapter(tmp_path: Path) -> None:
    """Vellum's "1" / "Low Water": a chapter's number and title, not a PDF's page
    number and running head; each chapter is its own."""
    read, _ = read_epub_with_notes(_vellum_book(tmp_path / "salt.epub"))
    titles = [t for t, _ in read.chapters]
    assert len(titles) == len(TITLES)
    for title, want in zip(titles, TITLES, strict=True):
        assert want in (title or "")
    assert not any(o.what.startswith(("page numbers", "running heads")) for o in read.omitted)


def test_a_pdf_split_over_several_files_is_still_read_as_its_printed_pages(
    tmp_path: Path,
) -> None:
    """Near miss: Calibre splits a converted PDF's lines over files by size, one file
    opening on a page number: its numbers still fall among the lines, page by page."""
    lines = [line.replace("&", "&amp;") for line in _printed_lines()]
    cut = lines.index("43")
    third = len(lines) * 2 // 3
    parts = [lines[:cut], lines[cut:third], lines[third:]]
    pages = [(f"index_split_00{i}.xhtml", "Start" if i == 0 else "",
              '<div class="calibre">' + "".join(f"<p>{x}</p>" for x in part) + "</div>")
             for i, part in enumerate(parts)]  # fmt: skip
    meta = ('<dc:identifier id="id">calibre:12</dc:identifier><dc:title>the_wreckers_1899'
            "</dc:title><dc:creator>Unknown</dc:creator><dc:language>en</dc:language>")  # fmt: skip
    read, _ = read_epub_with_notes(_epub2(tmp_path / "wreckers.epub", meta, pages))
    assert [t for t, _ in read.chapters] == [
        "CHAPTER III. THE BRIG", "CHAPTER IV. THE STORM", "CHAPTER V. MORNING"]  # fmt: skip
    said = _said(read)
    assert "43" not in said and "THE WRECKERS." not in said


# ---------------------------------------------------------------- styled paragraphs

DOCS_STYLE = (
    "<style>.c1{font-weight:400;font-size:11pt}.c2{line-height:1.15;text-align:left}"
    ".c3{text-align:justify}.c4{text-align:center}.c8{font-weight:700;font-size:16pt}"
    "h1{font-size:20pt}</style>"
)
FERRY = (
    "The ferry to Holmsund ran twice a day in winter, and Elin had taken the early one "
    "every weekday for nine years."
)


def _docs_body(third: str) -> str:
    """A Google Docs export: two chapters headed in the Heading 1 style, the third typed
    bold and large by hand (`third`)."""
    return (
        '<body class="c9 doc-content">'
        '<h1 class="c2" id="h.one"><span class="c1">Chapter One</span></h1>'
        f'<p class="c3"><span class="c1">{FERRY}</span></p>'
        '<h1 class="c2" id="h.two"><span class="c1">Chapter Two</span></h1>'
        '<p class="c3"><span class="c1">The stranger said her name was Maja and that she '
        "had come about the lighthouse.</span></p>"
        f"{third}"
        '<p class="c3"><span class="c1">In February the bay froze at last, all at once, in '
        "a single night.</span></p></body>"
    )


def _docs_html(third: str) -> str:
    return (f'<html><head><meta charset="utf-8"/><title>The Winter Ferry</title>{DOCS_STYLE}'
            f"</head>{_docs_body(third)}</html>")  # fmt: skip


def _docs_epub(path: Path, third: str) -> Path:
    """Google Docs' EPUB: one page, its contents listing the Heading-style chapters."""
    page = ('<?xml version="1.0" encoding="UTF-8"?><html xmlns="http://www.w3.org/1999/xhtml">'
            f"<head><title>The Winter Ferry</title>{DOCS_STYLE}</head>"
            f"{_docs_body(third)}</html>")  # fmt: skip
    opf = (
        '<?xml version="1.0" encoding="utf-8"?><package xmlns="http://www.idpf.org/2007/opf" '
        'version="2.0" unique-identifier="id"><metadata xmlns:dc="http://purl.org/dc/elements/1.1/">'
        "<dc:title>The Winter Ferry</dc:title><dc:creator>Ada Lindqvist</dc:creator>"
        '<dc:identifier id="id">x</dc:identifier><dc:language>en</dc:language></metadata>'
        '<manifest><item id="ncx" href="toc.ncx" media-type="application/x-dtbncx+xml"/>'
        '<item id="d" href="doc.xhtml" media-type="application/xhtml+xml"/></manifest>'
        '<spine toc="ncx"><itemref idref="d"/></spine></package>'
    )
    points = "".join(
        f'<navPoint id="n{i}" playOrder="{i}"><navLabel><text>{label}</text></navLabel>'
        f'<content src="doc.xhtml#{anchor}"/></navPoint>'
        for i, (label, anchor) in enumerate((("Chapter One", "h.one"), ("Chapter Two", "h.two")), 1)
    )  # fmt: skip
    ncx = ('<?xml version="1.0" encoding="utf-8"?><ncx xmlns="http://www.daisy.org/z3986/2005/ncx/"'
           f' version="2005-1"><head/><docTitle><text>t</text></docTitle><navMap>{points}'
           "</navMap></ncx>")  # fmt: skip
    return pack_epub(path, opf, {"toc.ncx": ncx, "doc.xhtml": page})


BOLD_THREE = '<p class="c4"><span class="c8">Chapter Three</span></p>'


def test_a_bold_large_chapter_line_in_google_docs_html_is_a_chapter() -> None:
    read = read_html(_docs_html(BOLD_THREE))
    assert [t for t, _ in read.chapters][-3:] == ["Chapter One", "Chapter Two", "Chapter Three"]


def test_a_bold_large_chapter_line_in_a_google_docs_epub_is_a_chapter(tmp_path: Path) -> None:
    read, _ = read_epub_with_notes(_docs_epub(tmp_path / "ferry.epub", BOLD_THREE))
    assert [t for t, _ in read.chapters][-3:] == ["Chapter One", "Chapter Two", "Chapter Three"]
    assert "Chapter Three" not in [p.text for _, ps in read.chapters for p in ps]


def test_plain_or_unnumbered_styled_lines_stay_lines(tmp_path: Path) -> None:
    """Near misses: "Chapter Three" in the body's own type (a writer's line, not a
    heading's look), and a bold, large line that numbers nothing ("Ten Years Later"):
    both are read as lines of "Chapter Two"."""
    for third, line in (
        ('<p class="c3"><span class="c1">Chapter Three</span></p>', "Chapter Three"),
        ('<p class="c4"><span class="c8">Ten Years Later</span></p>', "Ten Years Later"),
    ):
        for read in (read_html(_docs_html(third)),
                     read_epub_with_notes(_docs_epub(tmp_path / "f.epub", third))[0]):  # fmt: skip
            assert [t for t, _ in read.chapters][-2:] == ["Chapter One", "Chapter Two"]
            assert line in [p.text for p in read.chapters[-1][1]]


def _pages_epub(path: Path) -> Path:
    """Apple Pages' EPUB: every paragraph a `<p class="paragraph-style-…">`."""
    body = (
        '<div class="body"><p class="paragraph-style-Title">Notes from a Small Allotment</p>'
        '<p class="paragraph-style-Subtitle">A Year of Mud and Marrows</p>'
        '<p class="paragraph-style-Author">Gwen Ashcroft</p>'
        '<p class="paragraph-style-Heading">January</p>'
        '<p class="paragraph-style-Body">Plot 27 came to me in the first week of January, '
        "which is the worst possible time to take on an allotment.</p>"
        '<p class="paragraph-style-Heading-2">The Bath</p>'
        '<p class="paragraph-style-Body">Every allotment has a bath. Nobody knows where they '
        "come from.</p>"
        '<p class="paragraph-style-Body"><span class="character-style-4">•</span> Dig out '
        'couch grass<br/><span class="character-style-4">•</span> Find a door for the shed</p>'
        '<p class="paragraph-style-Heading">February</p>'
        '<p class="paragraph-style-Body">In February it rained for 23 days out of 28.</p>'
        '<p class="paragraph-style-Body">• • •</p>'
        '<p class="paragraph-style-Body">The Professor replied: “Good. Now wait.”</p></div>'
    )
    meta = VELLUM_META.replace("The Salt Road", "Notes from a Small Allotment")
    return _epub2(path, meta, [("chapter1.xhtml", "Notes from a Small Allotment", body)])


def test_apple_pages_heading_style_paragraphs_are_chapters_and_typed_bullets_are_not_said(
    tmp_path: Path,
) -> None:
    read, _ = read_epub_with_notes(_pages_epub(tmp_path / "allotment.epub"))
    titles = [t for t, _ in read.chapters]
    assert titles == ["January", "February"]  # the title page over them: left out
    assert any(o.what == "the title page" for o in read.omitted)
    said = [p.text for _, ps in read.chapters for p in ps]
    assert not any("•" in line for line in said if "• •" not in line)
    assert any(line.startswith("Dig out couch grass") for line in said)


def test_pages_sub_heading_and_an_ornament_of_bullets_stay(tmp_path: Path) -> None:
    """Near misses: the "Heading 2" line is a line of its month, not a chapter; a scene
    break typed as bullets ("• • •") is still a scene break, not emptied."""
    read, _ = read_epub_with_notes(_pages_epub(tmp_path / "allotment.epub"))
    said = [p.text for _, ps in read.chapters for p in ps]
    assert "The Bath" in said
    assert "The Bath" not in [t for t, _ in read.chapters]
    assert not any(p.strip(" •") == "" for p in said)


# ---------------------------------------------------------------- Kindle-ready HTML

KINDLE = (
    '<html><head><title>The Count House</title></head><body>'
    '<h2>Chapter One</h2><p>The count house stood at the end of the quay.</p>'
    '<p class="noindent"><a href="#TOC">Back to Table of Contents</a></p>{extra}'
    '<mbp:pagebreak/><h2>Chapter Two</h2><p>Nobody counted anything there any more.</p>'
    "</body></html>"
)


def test_a_back_to_contents_link_line_is_not_read() -> None:
    read = read_html(KINDLE.format(extra=""))
    said = [p.text for _, ps in read.chapters for p in ps]
    assert "Back to Table of Contents" not in said
    assert any(o.text == "Back to Table of Contents" for o in read.omitted)


def test_a_sentence_that_links_back_to_the_contents_is_read() -> None:
    """Near miss: a link to the contents inside a sentence of the book is read."""
    extra = ('<p>She turned <a href="#TOC">back to the contents</a> page and read the list '
             "again.</p>")  # fmt: skip
    read = read_html(KINDLE.format(extra=extra))
    said = [p.text for _, ps in read.chapters for p in ps]
    assert "She turned back to the contents page and read the list again." in said
