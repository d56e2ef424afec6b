"""Sweep 16 (vellum): EPUB and HTML as authoring tools export them: Vellum's chapter
number set alone over the title, headings made as styled paragraphs (Google Docs, Apple
Pages), a Kindle-ready book's "Back to Table of Contents" links and typed bullets."""

from __future__ import annotations

from pathlib import Path

from audiobook.text.readers.epub import read_epub_with_notes
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
