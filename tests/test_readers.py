"""The manuscript readers on files built here: EPUB, DOCX, HTML and plain text, and
EPUBs built to attack the reader (XXE, billion laughs, zip bomb, path escape)."""

from __future__ import annotations

import os
import re
import time
import zipfile
from pathlib import Path

import docx
import pytest
from ebooklib import epub

from audiobook.errors import ManuscriptError
from audiobook.text.readers import file_readers, text_readers
from audiobook.text.readers.base import ReadText
from audiobook.text.readers.docx import read_docx
from audiobook.text.readers.epub import read_epub, read_epub_with_notes
from audiobook.text.readers.html import read_html, read_htmlz, read_zipped_page
from audiobook.text.readers.plaintext import find_chapters


def titles(found: ReadText) -> list[str | None]:
    return [title for title, _ in found.chapters]


def all_text(found: ReadText) -> str:
    return "\n".join(p.text for _, paragraphs in found.chapters for p in paragraphs)


def words(text: str) -> list[str]:
    return re.findall(r"[\w']+", text.lower())


def test_registries_name_every_format() -> None:
    assert set(text_readers()) == {".md", ".markdown", ".txt", ".text", ".html", ".htm", ".xhtml"}
    assert file_readers() == {
        ".epub": read_epub, ".docx": read_docx, ".htmlz": read_htmlz, ".zip": read_zipped_page,
    }


# ---------------------------------------------------------------- EPUB

CHAPTER_BODY = (
    "<p>The {n} chapter opens on a <em>grey</em> morning&#8212;rain again.</p>"
    "<p>A line<br/>broken by a tag.</p>"
    "<hr/>"
    "<p>After the rule, chapter {n} goes on.</p>"
    "<p>* * *</p>"
    "<blockquote>A quoted thought for chapter {n}.</blockquote>"
    "<ul><li>first item {n}</li><li>second item {n}</li></ul>"
    "<script>var hidden = 'script words';</script><style>p {{ color: red }}</style>"
)
ORDINALS = ["first", "second", "third", "fourth", "fifth"]


def make_epub(path: Path) -> Path:
    """Five chapters, plus the pages a real EPUB carries that must not be read aloud."""
    book = epub.EpubBook()
    book.set_identifier("test-book-1")
    book.set_title("The Lighthouse Keeper")
    book.set_language("en-GB")
    book.add_author("Mara Quill")
    cover = epub.EpubHtml(
        title="Cover",
        file_name="cover.xhtml",
        content='<html><body><img src="cover.jpg" alt="The Lighthouse Keeper"/></body></html>',
    )
    legal = epub.EpubHtml(
        title="Copyright",
        file_name="legal.xhtml",
        content="<html><body><p>Copyright © 2024 Mara Quill.</p>"
        "<p>All rights reserved. ISBN 978-0-00-000000-0</p></body></html>",
    )
    chapters = []
    for n, ordinal in enumerate(ORDINALS, 1):
        chapters.append(
            epub.EpubHtml(
                title=f"ch{n}",
                file_name=f"text/ch{n}.xhtml",
                content=f"<html><head><title>The Lighthouse Keeper</title></head><body>"
                f"<h1>{n}</h1>{CHAPTER_BODY.format(n=ordinal)}</body></html>",
            )
        )
    for item in (cover, legal, *chapters):
        book.add_item(item)
    toc_titles = ["The Lamp", "Storm Warning", "The Wreck", "Survivors", "Morning"]
    # The contents list the chapters out of order: reading order is the spine's.
    book.toc = [epub.Link(f"text/ch{n}.xhtml", toc_titles[n - 1], f"c{n}") for n in (2, 1, 3, 5, 4)]
    book.add_item(epub.EpubNcx())
    book.add_item(epub.EpubNav())
    book.spine = [cover, "nav", legal, *chapters]
    epub.write_epub(str(path), book)
    return path


def test_epub_reads_chapters_in_spine_order_with_toc_titles(tmp_path: Path) -> None:
    found, notes = read_epub_with_notes(make_epub(tmp_path / "book.epub"))

    assert titles(found) == ["The Lamp", "Storm Warning", "The Wreck", "Survivors", "Morning"]
    assert (found.title, found.author, found.language) == (
        "The Lighthouse Keeper",
        "Mara Quill",
        "en-GB",
    )
    assert notes == [
        "cover.xhtml (cover)",
        "nav.xhtml (table of contents)",
        "legal.xhtml (copyright)",
    ]
    first = [p.text for p in found.chapters[0][1]]
    assert first == [
        "The first chapter opens on a grey morning—rain again.",
        "A line\u2028broken by a tag.",  # the author's line break (models.LINE_BREAK)
        "After the rule, chapter first goes on.",
        "A quoted thought for chapter first.",
        "first item first",
        "second item first",
    ]
    breaks = [p.scene_break_before for p in found.chapters[0][1]]
    assert breaks == [False, False, True, True, False, False]
    text = all_text(found)
    for absent in ("script words", "color", "Copyright", "rights", "ISBN"):
        assert absent not in text
    assert read_epub(tmp_path / "book.epub") == found


def test_epub_every_word_of_the_chapters_is_kept(tmp_path: Path) -> None:
    found = read_epub(make_epub(tmp_path / "book.epub"))
    expected: list[str] = []
    for ordinal in ORDINALS:
        body = re.sub(r"<(script|style)>.*?</\1>", " ", CHAPTER_BODY.format(n=ordinal))
        body = re.sub(r"<[^>]+>", " ", body).replace("&#8212;", " ")
        expected += words(body)
    assert words(all_text(found)) == expected


def write_zip(path: Path, members: dict[str, str | bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            zipfile.ZipInfo("mimetype"), "application/epub+zip", compress_type=zipfile.ZIP_STORED
        )
        for name, data in members.items():
            archive.writestr(name, data)
    return path


CONTAINER = (
    '<?xml version="1.0"?><container version="1.0" '
    'xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles>'
    '<rootfile full-path="{opf}" media-type="application/oebps-package+xml"/>'
    "</rootfiles></container>"
)


def package(
    items: dict[str, str],
    spine: list[str] | None,
    *,
    toc: str | None = None,
    title: str = "Hand Made",
    doctype: str = "",
) -> str:
    """An OPF package document: `items` maps id to href (xhtml unless it ends in .ncx)."""
    manifest = "".join(
        f'<item id="{ident}" href="{href}" media-type="'
        + ("application/x-dtbncx+xml" if href.endswith(".ncx") else "application/xhtml+xml")
        + '"/>'
        for ident, href in items.items()
    )
    spine_xml = ""
    if spine is not None:
        refs = "".join(f'<itemref idref="{ref}"/>' for ref in spine)
        spine_xml = f"<spine{f' toc={chr(34)}{toc}{chr(34)}' if toc else ''}>{refs}</spine>"
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>{doctype}'
        '<package xmlns="http://www.idpf.org/2007/opf" version="2.0" unique-identifier="id">'
        '<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">'
        f'<dc:identifier id="id">x</dc:identifier><dc:title>{title}</dc:title>'
        "<dc:creator>Ann Author</dc:creator><dc:language>en</dc:language></metadata>"
        f"<manifest>{manifest}</manifest>{spine_xml}</package>"
    )


def page(body: str, doctype: str = "") -> str:
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>{doctype}'
        f'<html xmlns="http://www.w3.org/1999/xhtml"><head><title>t</title></head>'
        f"<body>{body}</body></html>"
    )


def hand_epub(path: Path, opf: str, pages: dict[str, str], opf_path: str = "content.opf") -> Path:
    members: dict[str, str | bytes] = {"META-INF/container.xml": CONTAINER.format(opf=opf_path)}
    members[opf_path] = opf
    members.update(pages)
    return write_zip(path, members)


def test_epub_ncx_titles_resolve_relative_to_the_ncx(tmp_path: Path) -> None:
    ncx = (
        '<?xml version="1.0"?><ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" version="2005-1">'
        "<head/><docTitle><text>x</text></docTitle><navMap>"
        '<navPoint id="n1"><navLabel><text>Arrival</text></navLabel>'
        '<content src="../text/one.xhtml"/></navPoint>'
        '<navPoint id="n2"><navLabel><text>Departure</text></navLabel>'
        '<content src="../text/two.xhtml"/></navPoint>'
        "</navMap></ncx>"
    )
    opf = package(
        {"ncx": "nav/toc.ncx", "one": "text/one.xhtml", "two": "text/two.xhtml"},
        ["one", "two"],
        toc="ncx",
    )
    path = hand_epub(
        tmp_path / "ncx.epub",
        opf,
        {
            "OEBPS/nav/toc.ncx": ncx,
            "OEBPS/text/one.xhtml": page("<h2>I</h2><p>They came by boat.</p>"),
            "OEBPS/text/two.xhtml": page("<h2>II</h2><p>They left by train.</p>"),
        },
        opf_path="OEBPS/content.opf",
    )
    found = read_epub(path)
    assert titles(found) == ["Arrival", "Departure"]
    assert all_text(found) == "They came by boat.\nThey left by train."
    assert (found.title, found.author) == ("Hand Made", "Ann Author")


def test_epub_contents_pointing_into_one_file_split_it(tmp_path: Path) -> None:
    """Project Gutenberg's EPUBs hold many chapters per file, found by anchors."""
    book = epub.EpubBook()
    book.set_identifier("one-file")
    book.set_title("One File")
    whole = epub.EpubHtml(
        title="all",
        file_name="all.xhtml",
        content="<html><body><p>A note before the story.</p>"
        '<h2><a id="c1"></a>CHAPTER I.<br/>The Start</h2><p>First words.</p>'
        '<h2 id="c2">CHAPTER II.</h2><p>Second words.</p>'
        "<h3>A section heading</h3><p>More second words.</p></body></html>",
    )
    extra = epub.EpubHtml(
        title="more",
        file_name="more.xhtml",
        content="<html><body><p>Split-off tail.</p></body></html>",
    )
    book.add_item(whole)
    book.add_item(extra)
    book.toc = [
        epub.Link("all.xhtml#c1", "Chapter I. The Start", "c1"),
        epub.Link("all.xhtml#c2", "Chapter II. The Middle", "c2"),
    ]
    book.add_item(epub.EpubNcx())
    book.add_item(epub.EpubNav())
    book.spine = [whole, extra]
    path = tmp_path / "onefile.epub"
    epub.write_epub(str(path), book)

    found = read_epub(path)
    assert found.chapters[0] == (None, found.chapters[0][1])
    assert [p.text for p in found.chapters[0][1]] == ["A note before the story."]
    assert titles(found)[1:] == ["Chapter I. The Start", "Chapter II. The Middle"]
    assert [p.text for p in found.chapters[2][1]] == [
        "Second words.",
        "A section heading",
        "More second words.",
        "Split-off tail.",  # a page the contents skip continues the chapter before
    ]


_PG_HEADER = (
    '<section class="pg-boilerplate pgheader" id="pg-header"><h2>The Project Gutenberg eBook'
    " of The Lantern Field, by Harriet Vane Cole</h2><div>This ebook is for the use of anyone"
    " anywhere in the United States and most other parts of the world at no cost.</div><div>"
    "<p><strong>Title</strong>: The Lantern Field</p><p><strong>Release date</strong>: May 1,"
    ' 2020 [eBook #99999]</p></div><div id="pg-start-separator"><span>*** START OF THE PROJECT'
    " GUTENBERG EBOOK THE LANTERN FIELD ***</span></div></section>"
)
_PG_FOOTER = (
    '<section class="pg-boilerplate" id="pg-footer"><div id="pg-end-separator"><span>*** END'
    " OF THE PROJECT GUTENBERG EBOOK THE LANTERN FIELD ***</span></div><div>Updated editions"
    " will replace the previous one.</div><h2>THE FULL PROJECT GUTENBERG LICENSE</h2><div>"
    "PLEASE READ THIS BEFORE YOU DISTRIBUTE OR USE THIS WORK</div><div>Section 1. General"
    " Terms of Use and Redistributing Project Gutenberg electronic works</div></section>"
)


@pytest.mark.parametrize("own_pages", [True, False], ids=["own-pages", "within-the-text"])
def test_gutenberg_epub_header_and_licence_are_not_read(tmp_path: Path, own_pages: bool) -> None:
    """Project Gutenberg's EPUBs put the header at the top of the first page and the
    licence after the end of the text, on pages of their own or sharing one with the
    book's first and last words; a page after the licence is not read either."""
    book = epub.EpubBook()
    book.set_identifier("pg")
    book.set_title("The Lantern Field")
    book.add_author("Harriet Vane Cole")
    one = "<h2>CHAPTER I.</h2><p>The lantern burned all night.</p>"
    two = "<h2>CHAPTER II.</h2><p>Morning came grey.</p>"
    if own_pages:
        bodies = [_PG_HEADER + "<h1>THE LANTERN FIELD</h1>", one, two, _PG_FOOTER]
    else:
        bodies = [_PG_HEADER + one, two + _PG_FOOTER]
    bodies.append("<p>Most people start at our website, which has the main search.</p>")
    pages = [
        epub.EpubHtml(title=f"p{n}", file_name=f"p{n}.xhtml",
                      content=f"<html><body>{body}</body></html>")
        for n, body in enumerate(bodies)
    ]  # fmt: skip
    for page in pages:
        book.add_item(page)
    first, second = (pages[1], pages[2]) if own_pages else (pages[0], pages[1])
    book.toc = [
        epub.Link("p0.xhtml", "The Project Gutenberg eBook of The Lantern Field", "pg"),
        epub.Link(first.file_name, "CHAPTER I.", "c1"),
        epub.Link(second.file_name, "CHAPTER II.", "c2"),
    ]
    book.add_item(epub.EpubNcx())
    book.add_item(epub.EpubNav())
    book.spine = pages
    path = tmp_path / "pg.epub"
    epub.write_epub(str(path), book)

    found, _ = read_epub_with_notes(path)
    assert titles(found) == ["CHAPTER I", "CHAPTER II"]
    assert all_text(found) == "The lantern burned all night.\nMorning came grey."
    whys = {o.why for o in found.omitted}
    assert {"Project Gutenberg header", "Project Gutenberg licence"} <= whys
    assert any("START OF THE PROJECT" in o.text for o in found.omitted)


def test_epub_without_contents_takes_titles_from_headings(tmp_path: Path) -> None:
    opf = package({"a": "a.xhtml", "b": "b.xhtml"}, ["a", "b"])
    path = hand_epub(
        tmp_path / "plain.epub",
        opf,
        {
            "a.xhtml": page(
                "<h1>Beginnings</h1><p>Alpha text.</p><h2>Second Part</h2><p>Beta.</p>"
            ),
            "b.xhtml": page("<p>No heading here.</p>"),
        },
    )
    found, notes = read_epub_with_notes(path)
    assert titles(found) == ["Beginnings", "Second Part"]
    assert [p.text for p in found.chapters[1][1]] == ["Beta.", "No heading here."]
    assert notes == []


SECRET = "TOP-SECRET-MARKER-4711"


def test_epub_external_entity_never_reads_the_file(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text(SECRET)
    doctype = f'<!DOCTYPE html [<!ENTITY xxe SYSTEM "file://{secret}">]>'
    opf = package({"a": "a.xhtml"}, ["a"], title="Title &xxe;", doctype=doctype)
    path = hand_epub(
        tmp_path / "xxe.epub",
        opf,
        {"a.xhtml": page("<h1>Leak &xxe; here</h1><p>Before &xxe; after&nbsp;it.</p>", doctype)},
    )
    found = read_epub(path)
    everything = " ".join([all_text(found), *map(str, titles(found)), str(found.title)])
    assert SECRET not in everything
    assert all_text(found) == "Before after it."


def test_epub_billion_laughs_does_not_expand(tmp_path: Path) -> None:
    entities = '<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'
        for i in range(1, 10)
    )
    doctype = f"<!DOCTYPE html [{entities}]>"
    opf = package({"a": "a.xhtml"}, ["a"])
    path = hand_epub(
        tmp_path / "lol.epub", opf, {"a.xhtml": page("<p>Laugh: &lol9; done.</p>", doctype)}
    )
    start = time.monotonic()
    found = read_epub(path)
    assert time.monotonic() - start < 5
    assert all_text(found) == "Laugh: done."


def test_epub_billion_laughs_in_the_package_fails_cleanly(tmp_path: Path) -> None:
    entities = '<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'
        for i in range(1, 10)
    )
    opf = package({"a": "a.xhtml"}, ["a"], title="&lol9;", doctype=f"<!DOCTYPE p [{entities}]>")
    path = hand_epub(tmp_path / "lolopf.epub", opf, {"a.xhtml": page("<p>Words.</p>")})
    start = time.monotonic()
    try:
        found = read_epub(path)
    except ManuscriptError as exc:
        assert str(exc).startswith(f"{path}: ")
    else:
        assert "lol" not in f"{found.title} {all_text(found)}"
    assert time.monotonic() - start < 5


@pytest.fixture(scope="module")
def zip_bomb(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A well-formed EPUB whose one page inflates from about 200 KB to 210 MB."""
    path = tmp_path_factory.mktemp("bomb") / "bomb.epub"
    opf = package({"a": "a.xhtml"}, ["a"])
    hand_epub(path, opf, {})
    zeros = b"\0" * 2**20
    with (
        zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED, compresslevel=9) as archive,
        archive.open("a.xhtml", "w", force_zip64=True) as member,
    ):
        for _ in range(210):
            member.write(zeros)
    return path


def test_epub_zip_bomb_is_refused_before_inflating(zip_bomb: Path) -> None:
    assert zip_bomb.stat().st_size < 2**20
    start = time.monotonic()
    with pytest.raises(ManuscriptError, match=r"bomb\.epub: refusing to read"):
        read_epub(zip_bomb)
    assert time.monotonic() - start < 2


def test_epub_absurd_compression_ratio_is_refused(tmp_path: Path) -> None:
    opf = package({"a": "a.xhtml"}, ["a"])
    path = hand_epub(tmp_path / "ratio.epub", opf, {"a.xhtml": b"<p>" + b" " * 20 * 2**20})
    with pytest.raises(ManuscriptError, match=r"refusing to read: 'a\.xhtml' compresses"):
        read_epub(path)


def test_epub_member_path_outside_the_book_is_never_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    work = tmp_path / "work" / "deeper"
    work.mkdir(parents=True)
    monkeypatch.chdir(work)
    opf = package({"evil": "../evil.xhtml", "good": "good.xhtml"}, ["evil", "good"])
    path = hand_epub(
        work / "escape.epub",
        opf,
        {
            "../evil.xhtml": page("<p>Evil words.</p>"),
            "good.xhtml": page("<p>Good words.</p>"),
        },
    )
    try:
        found, notes = read_epub_with_notes(path)
    except ManuscriptError as exc:
        assert "escape.epub" in str(exc)
    else:
        assert all_text(found) == "Good words."
        assert notes == ["../evil.xhtml (outside the book; not read)"]
    written = [p for p in tmp_path.rglob("*") if p.name == "evil.xhtml"]
    assert written == []


@pytest.mark.parametrize(
    ("items", "spine", "message"),
    [
        ({"a": "a.xhtml"}, None, "has no spine"),
        ({"a": "a.xhtml"}, [], "has no spine"),
        ({"a": "a.xhtml"}, ["a", "a"], "lists 'a' twice"),
        ({"a": "a.xhtml", "self": "content.opf"}, ["a", "self"], "points back at its own package"),
        ({"ghost": "ghost.xhtml"}, ["ghost", "other"], "no chapter of this EPUB can be read"),
    ],
)
def test_epub_broken_spine_is_a_clear_error(
    tmp_path: Path, items: dict[str, str], spine: list[str] | None, message: str
) -> None:
    path = hand_epub(tmp_path / "broken.epub", package(items, spine), {"a.xhtml": page("<p>x</p>")})
    with pytest.raises(ManuscriptError, match=message) as caught:
        read_epub(path)
    assert str(caught.value).startswith(f"{path}: ")
    assert "\n" not in str(caught.value)


def test_epub_that_is_not_a_zip_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "fake.epub"
    path.write_text("just text")
    with pytest.raises(ManuscriptError, match=r"fake\.epub: not a valid EPUB file"):
        read_epub(path)


# ---------------------------------------------------------------- DOCX


def make_docx(path: Path) -> Path:
    document = docx.Document()
    document.core_properties.author = "Ivo Pen"
    document.add_paragraph("Winter Letters", style="Title")
    document.add_paragraph("by Ivo Pen")
    for n, name in enumerate(["Snow", "Ice", "Thaw"], 1):
        document.add_paragraph(f"Chapter {n}: {name}", style="Heading 1")
        document.add_paragraph(f"The {name.lower()} came early that year.")
        document.add_paragraph("")
        document.add_paragraph(f"Notes on {name.lower()}", style="Heading 3")
        paragraph = document.add_paragraph("Bold ")
        paragraph.add_run("and plain").bold = True
        paragraph.add_run().add_break()
        paragraph.add_run(f"words of {name.lower()}.")
        document.add_paragraph("* * *")
        document.add_paragraph(f"After the break in {name.lower()}.")
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Cell left"
    table.cell(0, 1).text = "Cell right"
    document.save(str(path))
    return path


def test_docx_headings_start_chapters(tmp_path: Path) -> None:
    found = read_docx(make_docx(tmp_path / "book.docx"))
    # the "by Ivo Pen" line under the Title is the title page, read in the credits
    assert titles(found) == ["Chapter 1: Snow", "Chapter 2: Ice", "Chapter 3: Thaw"]
    assert (found.title, found.author) == ("Winter Letters", "Ivo Pen")
    thaw = found.chapters[2][1]
    assert [p.text for p in thaw] == [
        "The thaw came early that year.",
        "Notes on thaw",
        "Bold and plain\u2028words of thaw.",  # Word's line break (Shift+Enter)
        "After the break in thaw.",
        "Cell left",
        "Cell right",
    ]
    assert [p.scene_break_before for p in thaw] == [False, False, False, True, False, False]


def test_docx_that_is_not_a_word_file_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "broken.docx"
    path.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(ManuscriptError, match=r"broken\.docx: not a valid Word document"):
        read_docx(path)
    other = write_zip(tmp_path / "other.docx", {"hello.txt": "hi"})
    with pytest.raises(ManuscriptError, match=r"other\.docx: not a readable Word document"):
        read_docx(other)


# ---------------------------------------------------------------- HTML


def test_html_verse_keeps_its_lines_and_its_stanzas() -> None:
    """Project Gutenberg's HTML sets a poem a line to a `<div>` inside stanza `<div>`s,
    older files with `<span>`s and `<br>`: either way a stanza is one paragraph and its
    lines are the author's line breaks (models.LINE_BREAK), not a paragraph a line."""
    found = read_html(
        '<html><body><h2>THE MILL</h2><p>Some prose first.</p><div class="poem">'
        '<div class="stanza"><div class="verse indent0">The mill-wheel stands;</div>'
        '<div class="verse indent2">the water sleeps.</div></div>'
        '<div class="stanza"><div class="verse">Where the current creeps,</div>'
        '<div class="verse">the lilies sleep.</div></div></div>'
        '<div class="poem"><div class="stanza"><span class="i0">Old style one,<br></span>'
        '<span class="i2">old style two.<br></span></div></div><p>Prose after.</p>'
        "</body></html>"
    )
    assert [p.text for p in found.chapters[0][1]] == [
        "Some prose first.",
        "The mill-wheel stands;\u2028the water sleeps.",
        "Where the current creeps,\u2028the lilies sleep.",
        "Old style one,\u2028old style two.",
        "Prose after.",
    ]


def test_html_h1_h2_chapters_and_title(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text(SECRET)
    text = f"""<!DOCTYPE html [<!ENTITY xxe SYSTEM "file://{secret}">]>
<html lang="fr"><head><title>Le Livre</title>
<meta name="author" content="Paul Plume"><style>h2 {{ color: red }}</style></head>
<body><h1>Le Livre</h1><p>Un avant-propos &xxe;.</p>
<h2>Chapitre 1</h2><p>Premier<br>paragraphe&nbsp;ici.</p><div class="scene-break"></div>
<p>Après la coupure.</p><h3>Sous-titre</h3><blockquote>Une citation.</blockquote>
<script>alert("script")</script>
<h2>Chapitre 2</h2><ol><li>un</li><li>deux</li></ol><p>Fin</p></body></html>"""
    found = read_html(text)
    assert titles(found) == [None, "Chapitre 1", "Chapitre 2"]
    assert (found.title, found.author, found.language) == ("Le Livre", "Paul Plume", "fr")
    assert [p.text for p in found.chapters[1][1]] == [
        "Premier\u2028paragraphe ici.",
        "Après la coupure.",
        "Sous-titre",
        "Une citation.",
    ]
    assert found.chapters[1][1][1].scene_break_before
    assert [p.text for p in found.chapters[2][1]] == ["1. un", "2. deux", "Fin"]
    assert [p.text for p in found.chapters[0][1]] == ["Un avant-propos ."]
    assert SECRET not in all_text(found) and "script" not in all_text(found)


def test_xhtml_with_declaration_and_several_h1_chapters() -> None:
    text = (
        '<?xml version="1.0" encoding="iso-8859-1"?>'
        '<html xmlns="http://www.w3.org/1999/xhtml"><body>'
        "<h1>One</h1><p>Café first.</p><h1>Two</h1><p>Second.</p></body></html>"
    )
    found = read_html(text)
    assert titles(found) == ["One", "Two"]
    assert all_text(found) == "Café first.\nSecond."


# ---------------------------------------------------------------- plain text

ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
CHAPTER_NAMES = [
    "The Harbour", "A Stranger", "Nets and Knots", "The Long Night", "Salt",
    "Low Tide", "The Letter", "Fog", "Homecoming", "The Quarrel", "Spring", "Farewell",
]  # fmt: skip

GUTENBERG_LICENCE = """*** END OF THE PROJECT GUTENBERG EBOOK THE FISHERMAN ***

Updated editions will replace the previous one--the old editions will
be renamed.

Creating the works from print editions not protected by U.S. copyright
law means that no one owns a United States copyright in these works.

Section 1. General Terms of Use and Redistributing Project Gutenberg-tm
electronic works

1.A. By reading or using any part of this Project Gutenberg-tm
electronic work, you indicate that you have read the license.

CHAPTER XIII. NOT A CHAPTER
"""


def gutenberg_book() -> str:
    header = (
        "The Project Gutenberg eBook of The Fisherman\n\n"
        "This ebook is for the use of anyone anywhere in the United States and\n"
        "most other parts of the world at no cost and with almost no restrictions\n"
        "whatsoever.\n\n"
        "Title: The Fisherman\n\n"
        "Author: Edna Wave\n\n"
        "Release date: January 1, 2001 [eBook #99999]\n\n"
        "Language: English\n\n"
        "*** START OF THE PROJECT GUTENBERG EBOOK THE FISHERMAN ***\n\n\n"
        "Produced by Volunteer Proofreaders\n\n\n"
    )
    contents = "CONTENTS\n\n" + "\n".join(
        f"   CHAPTER {r}.    {name}" for r, name in zip(ROMAN, CHAPTER_NAMES, strict=True)
    )
    body = "THE FISHERMAN\n\nby Edna Wave\n\n\n" + contents + "\n\n\n"
    for n, (roman, name) in enumerate(zip(ROMAN, CHAPTER_NAMES, strict=True), 1):
        body += (
            f"\n\nCHAPTER {roman}.\n{name.upper()}\n\n\n"
            f"This is the opening of part {n}, and it runs on\nover two lines.\n\n"
            f"The fisherman said something else in part {n}.\n\n"
        )
    return header + body + "\n\n" + GUTENBERG_LICENCE


def test_gutenberg_text_has_its_twelve_chapters_and_no_boilerplate() -> None:
    found = find_chapters(gutenberg_book())

    named = [(t, ps) for t, ps in found.chapters if t is not None]
    assert len(named) == 12 == len(found.chapters)  # the title page is no chapter
    assert [t for t, _ in named] == [
        f"CHAPTER {r}. {name.upper()}" for r, name in zip(ROMAN, CHAPTER_NAMES, strict=True)
    ]
    assert (found.title, found.author, found.language) == ("The Fisherman", "Edna Wave", "en")
    assert [p.text for p in named[4][1]] == [
        "This is the opening of part 5, and it runs on over two lines.",
        "The fisherman said something else in part 5.",
    ]
    text = all_text(found).lower()
    for boilerplate in ("gutenberg", "license", "licence", "produced by", "copyright", "ebook"):
        assert boilerplate not in text
    assert "contents" not in text and "harbour" not in text


@pytest.mark.parametrize(
    ("heading", "title"),
    [
        ("CHAPTER I.", "CHAPTER I"),
        ("Chapter 12", "Chapter 12"),
        ("Chapter Twelve: The Title", "Chapter Twelve: The Title"),
        ("CHAPTER XII. THE TITLE", "CHAPTER XII. THE TITLE"),
        ("Chapter Twenty-One", "Chapter Twenty-One"),
        ("PART ONE", "PART ONE"),
        ("Part the Second", "Part the Second"),
        ("Stave I: Marley's Ghost", "Stave I: Marley's Ghost"),
        ("Book II", "Book II"),
        ("Letter 4", "Letter 4"),
        ("Prologue", "Prologue"),
        ("Epilogue.", "Epilogue"),
        ("FIRST EPILOGUE: 1813 - 20", "FIRST EPILOGUE: 1813 - 20"),
        ("Book the Second--the Golden Thread", "Book the Second--the Golden Thread"),
        ("Introduction", "Introduction"),
        ("    CHAPTER 7    ", "CHAPTER 7"),
    ],
)
def test_heading_styles(heading: str, title: str) -> None:
    found = find_chapters(f"Front words.\n\n{heading}\n\nBody words here.\n\nMore body.")
    assert found.chapters == [
        (None, [found.chapters[0][1][0]]),
        (title, found.chapters[1][1]),
    ]
    assert [p.text for p in found.chapters[1][1]] == ["Body words here.", "More body."]


def test_heading_at_the_start_and_title_on_the_next_line() -> None:
    found = find_chapters("CHAPTER 3\n\nThe Title on next line\n\nIt was late.\n\nCHAPTER 4\n\nOk.")
    assert titles(found) == ["CHAPTER 3. The Title on next line", "CHAPTER 4"]
    assert [p.text for p in found.chapters[0][1]] == ["It was late."]
    # a one-line first paragraph is not a title
    found = find_chapters("Chapter 1\n\nIt was late.\n\nShe slept.")
    assert titles(found) == ["Chapter 1"]
    assert [p.text for p in found.chapters[0][1]] == ["It was late.", "She slept."]


def test_bare_numbers_are_headings_only_as_a_sequence() -> None:
    found = find_chapters("1.\n\nOne body.\n\n2.\n\nTwo body.\n\nIV.\n\nFour body.")
    assert titles(found) == ["1", "2", "IV"]
    found = find_chapters("Some text.\n\n1.\n\nMore text.")
    assert titles(found) == [None]
    assert [p.text for p in found.chapters[0][1]] == ["Some text.", "1.", "More text."]


@pytest.mark.parametrize(
    "numbers",
    [("ONE", "TWO", "THREE"), ("One", "Two", "Three"), ("— 1 —", "— 2 —", "— 3 —"),
     ("~ ONE ~", "~ TWO ~", "~ THREE ~"), ("* 1 *", "* 2 *", "* 3 *")],
)  # fmt: skip
def test_chapters_numbered_in_words_or_between_dashes(numbers: tuple[str, ...]) -> None:
    """Novels typed by their writers head chapters "ONE", "Two" or "— 3 —"; the marks
    around a number are not its title. A number in words is a heading only in a run
    counting up from one, so that a one-word answer ("Two.") stays a paragraph."""
    body = "She waited for the train.\n\nHe never came.\n\n"
    found = find_chapters("".join(f"{n}\n\n{body}" for n in numbers))
    assert len(found.chapters) == 3
    assert [len(ps) for _, ps in found.chapters] == [2, 2, 2]
    assert all("—" not in t and "~" not in t and "*" not in t for t in titles(found))
    answers = find_chapters(f"Two.\n\n{body}One.\n\n{body}")
    assert titles(answers) == [None] and len(answers.chapters[0][1]) == 6


def test_chapter_numbers_restarting_in_each_book_are_not_a_contents_list() -> None:
    text = "BOOK I\n\nCHAPTER I\n\nOne.\n\nCHAPTER II\n\nTwo.\n\nBOOK II\n\nCHAPTER I\n\nThree."
    found = find_chapters(text)
    assert titles(found) == ["BOOK I. CHAPTER I", "CHAPTER II", "BOOK II. CHAPTER I"]
    assert all_text(found) == "One.\nTwo.\nThree."


def test_consecutive_headings_make_one_title() -> None:
    found = find_chapters("PART ONE\n\nCHAPTER I\n\nText one.\n\nCHAPTER II\n\nText two.")
    assert titles(found) == ["PART ONE. CHAPTER I", "CHAPTER II"]


def test_contents_without_a_label_is_not_taken_for_chapters() -> None:
    toc = "\n\n".join(f"Chapter {n}: Name {n}" for n in range(1, 6))
    chapters = "\n\n".join(f"Chapter {n}: Name {n}\n\nStory {n} goes here." for n in range(1, 6))
    found = find_chapters(f"My Book\n\n{toc}\n\n{chapters}")
    assert titles(found) == [None] + [f"Chapter {n}: Name {n}" for n in range(1, 6)]
    assert [p.text for p in found.chapters[0][1]] == ["My Book"]


def test_sentences_that_start_like_headings_stay_text() -> None:
    text = "Part of me wanted to stay.\n\nChapter one was dull, she said.\n\nBook two of it."
    found = find_chapters(text)
    assert titles(found) == [None]
    assert len(found.chapters[0][1]) == 3


def test_text_without_headings_is_one_untitled_chapter() -> None:
    found = find_chapters("Just a story.\n\n* * *\n\nWith a break.")
    assert titles(found) == [None]
    assert [(p.text, p.scene_break_before) for p in found.chapters[0][1]] == [
        ("Just a story.", False),
        ("With a break.", True),
    ]


def test_no_file_is_written_by_any_reader(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source = tmp_path / "src"
    source.mkdir()
    book = make_epub(source / "book.epub")
    manuscript = make_docx(source / "book.docx")
    monkeypatch.chdir(tmp_path)
    before = sorted(os.listdir(tmp_path))
    read_epub(book)
    read_docx(manuscript)
    assert sorted(os.listdir(tmp_path)) == before


def test_docx_title_page_subtitle_and_byline_are_not_a_chapter(tmp_path: Path) -> None:
    """Title, Subtitle and "by …" under it are the title page; the file's author
    property, when it names an account rather than a writer, is not the author."""
    document = docx.Document()
    document.core_properties.author = "Microsoft Office User"
    document.add_paragraph("The Quiet House", style="Title")
    document.add_paragraph("A Novel", style="Subtitle")
    document.add_paragraph("by Helen Marsh")
    document.add_paragraph("Chapter One", style="Heading 1")
    document.add_paragraph("The house stood at the end of the lane.")
    document.add_paragraph("A quiet aside", style="Subtitle")
    path = tmp_path / "house.docx"
    document.save(str(path))
    found = read_docx(path)
    assert (found.title, found.author) == ("The Quiet House", "Helen Marsh")
    assert titles(found) == ["Chapter One"]
    said = [p.text for p in found.chapters[0][1]]
    assert said == ["The house stood at the end of the lane.", "A quiet aside"]
    bare = docx.Document()
    bare.core_properties.author = "Microsoft Office User"
    bare.add_paragraph("Chapter One", style="Heading 1")
    bare.add_paragraph("Words.")
    bare.save(str(path))
    assert read_docx(path).author is None


def test_print_furniture_is_never_read() -> None:
    """Project Gutenberg's HTML page numbers, sidenotes and captions, and the plain-text
    inserts of the same kind, are not read; plain text lists what it left out."""
    from audiobook.text.readers.html import read_html
    from audiobook.text.readers.plaintext import find_chapters

    html = read_html(
        '<html><body><h2>CHAPTER I.</h2><p><span class="pagenum"><a id="Page_12">[Pg 12]'
        "</a></span>The town was founded by farmers.</p><div class=\"sidenote\">The founding."
        '</div><p>They built a church.<span class="pagenum">{13}</span> It stood long.</p>'
        '<div class="figcenter"><img src="a.jpg" alt=""/><p class="caption">The church.</p>'
        "</div><figure><img src=\"b.jpg\"/><figcaption>A map.</figcaption></figure>"
        "<h2>CHAPTER II.</h2><p>The end came.</p></body></html>"
    )
    assert [p.text for p in html.chapters[0][1]] == [
        "The town was founded by farmers.", "They built a church. It stood long."
    ]  # fmt: skip
    text = find_chapters(
        "CHAPTER I.\n\n[Sidenote: The founding.]\n\nThe town was founded by farmers.\n\n"
        "[Transcriber's Note: Obvious errors\nhave been corrected.]\n\n[Blank Page]\n\n"
        "[Illustration: The church]\n\nCHAPTER II.\n\nThe end came.\n"
    )
    assert [p.text for _, ps in text.chapters for p in ps] == [
        "The town was founded by farmers.", "The end came."
    ]  # fmt: skip
    assert sorted(o.what for o in text.omitted) == [
        "1 blank-page marker", "1 illustration caption", "1 sidenote", "1 transcriber's note"
    ]  # fmt: skip


def test_html_hgroup_is_one_heading_never_a_heading_and_a_paragraph():
    """Standard Ebooks set a chapter's number and title as an `<hgroup>`."""
    found = read_html(
        '<html><body><section epub:type="chapter"><hgroup><h2><span epub:type="label">'
        "Chapter</span> <span>I</span></h2><p epub:type=\"title\">Barges and Tolls</p>"
        "</hgroup><p>The barges came.</p></section><section><hgroup><h2>Chapter II</h2>"
        "<p>The Quays</p></hgroup><p>The quays were built.</p></section></body></html>"
    )
    assert [(t, [p.text for p in ps]) for t, ps in found.chapters] == [
        ("Chapter I. Barges and Tolls", ["The barges came."]),
        ("Chapter II. The Quays", ["The quays were built."]),
    ]


def test_saved_wiki_page_edit_links_and_link_lists_are_not_read(tmp_path: Path) -> None:
    from audiobook.text.ingest import locate_book, read_manuscript

    edit = ('<span class="mw-editsection"><span class="mw-editsection-bracket">[</span>'
            '<a href="/w/index.php?action=edit">edit</a><span>]</span></span>')  # fmt: skip
    page = tmp_path / "river.html"
    page.write_text(
        f"<html><body><p>The river carried coal.</p><h2><span>History</span>{edit}</h2>"
        "<p>The first lock was built in 1702.</p>"
        f"<h2><span>References</span>{edit}</h2><h2><span>External links</span>{edit}</h2>"
        '<ul><li><a href="https://example.org/river">River archive</a></li></ul></body></html>'
    )
    manuscript = read_manuscript(locate_book(page))
    titles = [c.title for c in manuscript.chapters]
    assert titles[-1] == "History" and not any("edit" in t for t in titles)
    read = " ".join(p.text for c in manuscript.chapters for p in c.paragraphs)
    assert "River archive" not in read
    assert any("External links" in o.what for o in manuscript.omitted)


def test_html_lines_broken_at_a_margin_are_prose_and_short_ones_are_lines() -> None:
    """A PDF turned into HTML ends every line of a paragraph with `<br>`: long lines,
    each ended because the next word would not fit. They are joined as prose, with no
    pause at each; short lines (verse, an address) keep their breaks."""
    found = read_html(
        "<html><body><h2>One</h2><p>It is a truth universally acknowledged, that a single "
        "man in<br>possession of a good fortune, must be in want of a wife. However "
        "little<br>known the feelings or views of such a man may be on his first.</p>"
        "<p>The mill-wheel stands; the water sleeps<br>Beneath the alders, dark and deep;"
        "</p></body></html>"
    )
    assert [p.text for p in found.chapters[0][1]] == [
        "It is a truth universally acknowledged, that a single man in possession of a good "
        "fortune, must be in want of a wife. However little known the feelings or views of "
        "such a man may be on his first.",
        "The mill-wheel stands; the water sleeps\u2028Beneath the alders, dark and deep;",
    ]


def test_markup_text_with_a_separator_control_keeps_its_words_apart():
    from audiobook.text.readers.base import clean_text

    assert clean_text("The harbor was quiet\x0bThe lantern\x1eburned\x85on.") == (
        "The harbor was quiet The lantern burned on."
    )
    assert clean_text("A bell\x07rang.") == "A bellrang."  # a bell character is no break


@pytest.mark.parametrize("depth", [260, 3000])
def test_html_nested_past_the_parsers_depth_limit_keeps_the_rest_of_the_file(depth: int):
    """Old hand-written pages leave a <blockquote> open on every verse: past 255 levels
    lxml dropped the rest of the file without a word (past 2048 even its huge-tree mode
    does). Every verse is read, and the paragraph after them."""
    verses = "".join(f"<blockquote>Verse {n} of the harbor song.\n" for n in range(depth))
    found = read_html(f"<html><body><p>The harbor was quiet.</p>{verses}"
                      "<p>The river ran all night.</p></body></html>")  # fmt: skip
    text = all_text(found)
    assert text.count("of the harbor song") == depth
    assert text.startswith("The harbor was quiet.")
    assert text.endswith("The river ran all night.")


def test_html_nesting_of_ordinary_depth_keeps_its_paragraphs_apart():
    nested = "<div>" * 40 + "<p>The lantern burned.</p><p>The tide turned.</p>" + "</div>" * 40
    found = read_html(f"<html><body><h1>One</h1>{nested}</body></html>")
    assert [p.text for p in found.chapters[0][1]] == ["The lantern burned.", "The tide turned."]


def _three_chapters(path: Path, opf: str, *, nav: str | None = None, drop: str = "") -> Path:
    pages = {f"c{n}.xhtml": page(f"<h1>Chapter {n}</h1><p>The harbor was quiet {n}.</p>")
             for n in (1, 2, 3) if f"c{n}.xhtml" != drop}  # fmt: skip
    if nav is not None:
        pages["nav.xhtml"] = nav
    return hand_epub(path, opf, pages)


def test_epub_with_a_broken_contents_page_is_titled_by_its_headings(tmp_path: Path) -> None:
    """A nav document cut short ('list index out of range' from ebooklib refused the
    book): the spine and headings still make the book, as an e-reader shows it."""
    opf = package({"c1": "c1.xhtml", "c2": "c2.xhtml", "c3": "c3.xhtml"}, ["c1", "c2", "c3"])
    opf = opf.replace(
        "</manifest>",
        '<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" '
        'properties="nav"/></manifest>',
    )
    nav = page('<nav epub:type="landmarks"><ol><li><a href="c1.xhtml">One</a></li></ol></nav>')
    found = read_epub(_three_chapters(tmp_path / "nav.epub", opf, nav=nav))
    assert titles(found) == ["Chapter 1", "Chapter 2", "Chapter 3"]
    assert "The harbor was quiet 3." in all_text(found)


def test_epub_with_no_metadata_keeps_its_chapters(tmp_path: Path) -> None:
    opf = package({"c1": "c1.xhtml", "c2": "c2.xhtml", "c3": "c3.xhtml"}, ["c1", "c2", "c3"])
    opf = re.sub(r"<metadata.*</metadata>", "", opf)
    found = read_epub(_three_chapters(tmp_path / "nometa.epub", opf))
    assert titles(found) == ["Chapter 1", "Chapter 2", "Chapter 3"]
    assert found.title is None


@pytest.mark.parametrize("broken", ["missing file", "unknown spine entry"])
def test_epub_chapter_that_cannot_be_read_is_skipped_and_listed(tmp_path: Path, broken) -> None:
    """Chapter 2 is missing from the zip, or the spine names an id the manifest lacks:
    chapters 1 and 3 are read and the lost one is listed, not the whole book refused."""
    items = {"c1": "c1.xhtml", "c2": "c2.xhtml", "c3": "c3.xhtml"}
    spine = ["c1", "c2", "c3"] if broken == "missing file" else ["c1", "ghost", "c3"]
    if broken == "unknown spine entry":
        del items["c2"]
    path = _three_chapters(tmp_path / "lost.epub", package(items, spine), drop="c2.xhtml")
    found, notes = read_epub_with_notes(path)
    assert titles(found) == ["Chapter 1", "Chapter 3"]
    lost = "c2.xhtml (missing from the archive; not read)" if broken == "missing file" else (
        "ghost (named in the reading order, not in the manifest; not read)")  # fmt: skip
    assert notes == [lost]
    assert [o.why for o in found.omitted] == [lost.split(" (")[1].rstrip(")")]


def test_epub_whose_every_chapter_is_missing_is_one_clear_error(tmp_path: Path) -> None:
    opf = package({"c1": "c1.xhtml", "c2": "c2.xhtml"}, ["c1", "c2"])
    path = hand_epub(tmp_path / "empty.epub", opf, {})
    with pytest.raises(ManuscriptError) as caught:
        read_epub(path)
    assert str(caught.value) == (
        f"{path}: no chapter of this EPUB can be read: c1.xhtml is missing from the archive, "
        "c2.xhtml is missing from the archive; export the book again"
    )


def test_epub_package_that_is_not_well_formed_says_so(tmp_path: Path) -> None:
    path = hand_epub(tmp_path / "cut.epub", "<package><manifest><item", {})
    with pytest.raises(ManuscriptError, match=r"'content\.opf' is not well-formed XML"):
        read_epub(path)


def test_epub_page_entity_it_declares_is_read_and_files_never(tmp_path: Path) -> None:
    """An internal entity (`<!ENTITY place "harbor of Ys">`) was dropped: "The was
    quiet." It is read; one naming a file, or one built of others, stays unread."""
    doctype = (
        '<!DOCTYPE html [<!ENTITY place "harbor of Ys"><!ENTITY xxe SYSTEM '
        '"file:///etc/hostname"><!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]>'
    )
    body = "<h1>One</h1><p>The &place; was quiet.</p><p>Then &xxe;&lol2; nothing.</p>"
    opf = package({"a": "a.xhtml"}, ["a"])
    path = hand_epub(tmp_path / "ent.epub", opf, {"a.xhtml": page(body, doctype)})
    assert [p.text for p in read_epub(path).chapters[0][1]] == [
        "The harbor of Ys was quiet.",
        "Then nothing.",
    ]


def test_epub_chapter_with_windows_1252_bytes_reads_them(tmp_path: Path) -> None:
    """A chapter saved in Windows-1252 under a UTF-8 declaration sent 'caf�' to the
    voice; its UTF-8 neighbours stay as they are."""
    opf = package({"a": "a.xhtml"}, ["a"])
    chapter = page("<h1>One</h1><p>The caf\x00 was \x01quiet\x02.</p><p>Déjà vu.</p>").encode()
    chapter = chapter.replace(b"\x00", "é".encode("cp1252")).replace(
        b"\x01", "“".encode("cp1252")).replace(b"\x02", "”".encode("cp1252"))  # fmt: skip
    path = hand_epub(tmp_path / "cp.epub", opf, {"a.xhtml": chapter})  # type: ignore[dict-item]
    assert [p.text for p in read_epub(path).chapters[0][1]] == [
        "The café was “quiet”.",
        "Déjà vu.",
    ]


def test_epub_member_whose_name_is_left_percent_encoded_is_read(tmp_path: Path) -> None:
    """The manifest's href is "chapter%201.xhtml" and so is the archive's member: ebooklib
    looks for "chapter 1.xhtml" and would list the chapter as missing."""
    opf = package({"a": "chapter%201.xhtml", "b": "b.xhtml"}, ["a", "b"])
    path = hand_epub(tmp_path / "pct.epub", opf, {
        "chapter%201.xhtml": page("<h1>One</h1><p>The harbor was quiet.</p>"),
        "b.xhtml": page("<h1>Two</h1><p>The lantern burned.</p>"),
    })  # fmt: skip
    found, notes = read_epub_with_notes(path)
    assert titles(found) == ["One", "Two"]
    assert notes == []
