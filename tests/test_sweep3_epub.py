"""Sweep 3: an Archive of Our Own EPUB download without the archive's furniture, and a
PDF that Calibre converted a printed line to a paragraph, read as its printed pages."""

from __future__ import annotations

import zipfile
from pathlib import Path

from audiobook.text.readers.epub import read_epub_with_notes

PAGE = (
    '<?xml version="1.0" encoding="utf-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml">'
    "<head><title>{title}</title></head><body>{body}</body></html>"
)


def _epub2(path: Path, metadata: str, pages: list[tuple[str, str, str]]) -> Path:
    """An EPUB 2 as Calibre writes one: (file, contents label or "", body) pages, an NCX."""
    items = "".join(f'<item id="p{i}" href="{n}" media-type="application/xhtml+xml"/>'
                    for i, (n, _, _) in enumerate(pages))  # fmt: skip
    spine = "".join(f'<itemref idref="p{i}"/>' for i in range(len(pages)))
    points = "".join(
        f'<navPoint id="n{i}" playOrder="{i + 1}"><navLabel><text>{label}</text></navLabel>'
        f'<content src="{name}"/></navPoint>'
        for i, (name, label, _) in enumerate(pages) if label
    )  # fmt: skip
    opf = (
        '<?xml version="1.0" encoding="utf-8"?><package xmlns="http://www.idpf.org/2007/opf" '
        'version="2.0" unique-identifier="id"><metadata xmlns:dc="http://purl.org/dc/elements/1.1/"'
        f' xmlns:opf="http://www.idpf.org/2007/opf">{metadata}</metadata><manifest>'
        f'<item id="ncx" href="toc.ncx" media-type="application/x-dtbncx+xml"/>{items}</manifest>'
        f'<spine toc="ncx">{spine}</spine></package>'
    )
    ncx = (
        '<?xml version="1.0" encoding="utf-8"?><ncx xmlns="http://www.daisy.org/z3986/2005/ncx/"'
        ' version="2005-1"><head/><docTitle><text>t</text></docTitle>'
        f"<navMap>{points}</navMap></ncx>"
    )
    container = (
        '<?xml version="1.0"?><container version="1.0" xmlns="urn:oasis:names:tc:opendocument:'
        'xmlns:container"><rootfiles><rootfile full-path="OEBPS/content.opf" '
        'media-type="application/oebps-package+xml"/></rootfiles></container>'
    )
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("mimetype", "application/epub+zip", compress_type=zipfile.ZIP_STORED)
        z.writestr("META-INF/container.xml", container)
        z.writestr("OEBPS/content.opf", opf)
        z.writestr("OEBPS/toc.ncx", ncx)
        for name, _, body in pages:
            z.writestr(f"OEBPS/{name}", PAGE.format(title="x", body=body))
    return path


def _said(read: object) -> str:
    return "\n".join(
        [t or "" for t, _ in read.chapters]  # type: ignore[attr-defined]
        + [p.text for _, ps in read.chapters for p in ps]  # type: ignore[attr-defined]
    )


# ---------------------------------------------------------------- the Archive of Our Own

AO3_META = (
    "<dc:title>Salt and Ledger</dc:title><dc:creator opf:role=\"aut\">tern</dc:creator>"
    '<dc:identifier id="id">urn:uuid:0b6a1f39-4f5e-4c1d-9d1e-2a2b3c4d5e6f</dc:identifier>'
    "<dc:language>en</dc:language><dc:publisher>Archive of Our Own</dc:publisher>"
)
RECORD = (
    '<div id="preface"><h2 class="toc-heading">Preface</h2><p class="message"><b>Salt and '
    "Ledger</b><br/>Posted originally on the <a href=\"https://archiveofourown.org/\">Archive of"
    ' Our Own</a> at <a href="https://archiveofourown.org/works/4">https://archiveofourown.org/'
    'works/4</a>.</p><div><dl class="tags"><dt class="calibre4">Rating:</dt><dd class="calibre5">'
    'Teen And Up Audiences</dd><dt class="calibre4">Fandom:</dt><dd class="calibre5">Original '
    'Work</dd><dt class="calibre4">Stats:</dt><dd class="calibre5">Published: 2022-02-01 '
    "Words: 1,204 Chapters: 2/2</dd></dl></div></div>"
)
TITLE_PAGE = (
    '<div id="preface"><div><h1 class="calibre6">Salt and Ledger</h1><div class="byline">by '
    '<a rel="author" href="#">tern</a></div><p class="calibre7">Summary</p><blockquote '
    'class="userstuff"><p>Ada keeps the harbour books.</p></blockquote><p class="calibre7">'
    'Notes</p><blockquote class="userstuff"><p>Written for an exchange.</p></blockquote>'
    '<div class="endnote-link">See the end of the work for more <a href="#endnotes">notes</a>'
    "</div></div></div>"
)
CHAPTER = (
    '<div id="chapters" class="userstuff1"><div><h2 class="heading">Chapter {n}: {title}</h2>'
    '<p class="calibre7">Chapter Notes</p><blockquote class="userstuff"><p>Set in a town that '
    'does not exist.</p></blockquote><div class="endnote-link">See the end of the chapter for '
    '<a href="#endnotes{n}">more notes</a></div></div><div class="userstuff1"><p>Ada counted '
    "the barrels twice, because the first count was always wrong.</p><p>They were both right, "
    'which was the trouble.</p></div><div id="endnotes{n}"><p class="calibre7">Chapter End '
    'Notes</p><blockquote class="userstuff"><p>Kudos make my day.</p></blockquote></div></div>'
)
AFTERWORD = (
    '<div id="afterword"><h2 class="toc-heading">Afterword</h2><div><div id="endnotes"><p>End '
    'Notes</p><blockquote class="userstuff"><p>There may be a sequel.</p></blockquote></div>'
    '</div><p class="message">Please <a href="#">drop by the Archive and comment</a> to let the'
    " creator know if you enjoyed their work!</p></div>"
)
ARCHIVE_WORDS = (
    "Posted originally", "Rating", "Teen And Up", "Chapters: 2/2", "Summary", "Chapter Notes",
    "See the end", "Chapter End Notes", "End Notes", "drop by the Archive", "Kudos",
    "harbour books", "Preface", "Afterword",
)  # fmt: skip


def test_an_ao3_epub_reads_only_the_work(tmp_path: Path) -> None:
    """Calibre's split of the archive's download, its classes flattened ("userstuff1",
    a `div.meta` with none left): the chapters alone are read, the furniture listed."""
    pages = [("w_split_000.xhtml", "Preface", RECORD), ("w_split_001.xhtml", "", TITLE_PAGE)]
    pages += [(f"w_split_00{n + 1}.xhtml", f"Chapter {n}: {t}", CHAPTER.format(n=n, title=t))
              for n, t in ((1, "Ledger"), (2, "Salt"))]  # fmt: skip
    pages.append(("w_split_004.xhtml", "Afterword", AFTERWORD))
    read, _ = read_epub_with_notes(_epub2(tmp_path / "ao3.epub", AO3_META, pages))
    assert [t for t, _ in read.chapters] == ["Chapter 1: Ledger", "Chapter 2: Salt"]
    said = _said(read)
    assert "Ada counted the barrels" in said
    for word in ARCHIVE_WORDS:
        assert word not in said, word
    left = {o.what: o.text for o in read.omitted}
    assert "Posted originally" in left["the Archive of Our Own header"]
    assert left["the summary"] == "Ada keeps the harbour books."
    notes = next(text for what, text in left.items() if what.endswith("author's notes"))
    assert "Kudos make my day." in notes and "Written for an exchange." in notes
    assert (read.title, read.author) == ("Salt and Ledger", "tern")


def test_an_older_ao3_epub_leaves_out_its_chapter_text_landmark(tmp_path: Path) -> None:
    """The archive's earlier layout: `div.meta.group`, an h3 "Chapter Text" landmark, a
    one-shot whose contents call its page "Chapter Text"."""
    body = (
        '<div id="chapters" class="userstuff"><div class="userstuff"><h3 class="landmark '
        'heading" id="work">Chapter Text</h3><p>Maud counted the steps every night, one hundred'
        " and twelve up.</p></div></div>"
    )
    pages = [("w_split_000.xhtml", "Preface", RECORD), ("w_split_001.xhtml", "Chapter Text", body)]
    read, _ = read_epub_with_notes(_epub2(tmp_path / "one.epub", AO3_META, pages))
    said = _said(read)
    assert "Maud counted the steps" in said
    assert "Chapter Text" not in said
    assert "Rating" not in said


def test_an_epub_with_a_summary_and_a_tag_list_not_from_the_archive_is_read(
    tmp_path: Path,
) -> None:
    """Near miss: a novel whose pages hold a "Summary" over a quotation, a list of terms
    ("Rating:") and a "Notes" line, published by anyone else: every word is read."""
    body = (
        "<h2>Chapter 1: Ledger</h2><p>Summary</p><blockquote><p>Ada keeps the harbour books."
        "</p></blockquote><dl class=\"tags\"><dt>Rating:</dt><dd>Three stars</dd></dl><p>Notes"
        "</p><p>They were both right, which was the trouble.</p>"
    )
    meta = AO3_META.replace("Archive of Our Own", "Harbour Press")
    page = [("c1.xhtml", "Chapter 1: Ledger", body)]
    read, _ = read_epub_with_notes(_epub2(tmp_path / "n.epub", meta, page))
    said = _said(read)
    for word in ("Summary", "Ada keeps the harbour books.", "Rating:", "Three stars", "Notes"):
        assert word in said, word


# ---------------------------------------------------------------- a PDF's printed lines

PROSE = (
    "The wind came round to the south-west in the night, and by morning the sea was running "
    "high in the cove. My grandfather stood at the door with his pipe unlit and watched it "
    "for a long time without speaking. There was a ship standing off the point, a brig by "
    "her rig, and she was making no headway at all, though she had every sail she could "
    "carry set and drawing. Nobody in the kitchen said the word that everybody was thinking."
)


def _printed_lines() -> list[str]:
    """A novel's printed lines: a title page, three chapters over eight pages, each page
    with its number and a running head (the book's title, the chapter's), a word broken
    at a line's end, and sentences that run on over the pages."""
    import textwrap

    lines = ["THE WRECKERS", "AGNES PENHALLOW", "LONDON: SMITH, ELDER & CO., 1899"]
    page = 40
    for number, title in (("III", "THE BRIG"), ("IV", "THE STORM"), ("V", "MORNING")):
        lines += [f"CHAPTER {number}.", f"{title}."]
        for _ in range(3):
            lines += textwrap.wrap(PROSE + " He did not under-stand it.", 78)
            page += 1
            lines += [str(page), "THE WRECKERS." if page % 2 == 0 else f"{title}."]
            lines += ["and the rest of the sentence ran on to the next page, as it does."]
    return [line.replace("under-stand", "under-") if line.endswith("under-stand") else line
            for line in lines]  # fmt: skip


def test_a_pdf_converted_a_line_to_a_paragraph_reads_as_its_printed_pages(
    tmp_path: Path,
) -> None:
    lines = _printed_lines()
    body = '<div class="calibre">' + "".join(
        f'<p class="calibre1">{line.replace("&", "&amp;")}</p>' for line in lines
    ) + "</div>"
    meta = ('<dc:identifier id="id">calibre:12</dc:identifier><dc:title>the_wreckers_1899'
            "</dc:title><dc:creator>Unknown</dc:creator><dc:language>en</dc:language>")  # fmt: skip
    path = _epub2(tmp_path / "wreckers.epub", meta, [("index_split_000.xhtml", "Start", body)])
    read, _ = read_epub_with_notes(path)
    assert [t for t, _ in read.chapters] == [
        "CHAPTER III. THE BRIG", "CHAPTER IV. THE STORM", "CHAPTER V. MORNING"]  # fmt: skip
    said = _said(read)
    assert "41" not in said and "THE WRECKERS." not in said
    assert "running high in the cove." in said  # lines joined into sentences
    paragraphs = [p.text for _, ps in read.chapters for p in ps]
    assert all("\n" not in p for p in paragraphs)
    assert (read.title, read.author) == ("The Wreckers", "Agnes Penhallow")
    left = {o.what: o.text for o in read.omitted}
    assert left["page numbers (9 lines)"].split("\n")[:2] == ["41", "42"]
    assert "THE WRECKERS." in left["running heads (9 lines)"]


def test_verse_and_prose_paragraphs_with_numbers_stay_as_written(tmp_path: Path) -> None:
    """Near misses: a poem set a line to a paragraph under numbered sections ("1", "2",
    "3": its lines are short), and a novel whose short paragraphs end on their stops."""
    verse = ["1", "The tide goes out along the sand", "and leaves the weed upon the stone",
             "the gulls go over, hand in hand", "the keeper walks the rock alone"]
    poem = [line for n in ("1", "2", "3", "4") for line in [n, *verse[1:]] * 2]
    body = "".join(f"<p>{line}</p>" for line in poem)
    read, _ = read_epub_with_notes(
        _epub2(tmp_path / "poem.epub", AO3_META.replace("Archive of Our Own", "P"),
               [("p.xhtml", "Tides", body)]))  # fmt: skip
    said = [p.text for _, ps in read.chapters for p in ps]
    assert {"2", "3", "4"} <= set(said) and "The tide goes out along the sand" in said
    assert not any(o.what.startswith("page numbers") for o in read.omitted)
    prose = [f"{n}" if n % 6 == 0 else f"She said it was the {n}th time, and left it there."
             for n in range(1, 40)]  # fmt: skip
    body = "".join(f"<p>{line}</p>" for line in prose)
    read, _ = read_epub_with_notes(
        _epub2(tmp_path / "prose.epub", AO3_META.replace("Archive of Our Own", "P"),
               [("c.xhtml", "One", body)]))  # fmt: skip
    assert [p.text for _, ps in read.chapters for p in ps] == prose


def test_an_epub_whose_ncx_lists_nothing_is_read(tmp_path: Path) -> None:
    """An NCX with an empty navMap (ebooklib then gives one bare Link for the contents)."""
    meta = AO3_META.replace("Archive of Our Own", "P")
    path = _epub2(tmp_path / "bare.epub", meta, [("c1.xhtml", "", "<p>Hello there.</p>")])
    read, _ = read_epub_with_notes(path)
    assert [p.text for _, ps in read.chapters for p in ps] == ["Hello there."]
