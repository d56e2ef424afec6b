"""EPUBs as the tools people use make them, in words of our own: Pandoc ends each
chapter's page with its own footnotes section and names translators by `refines`
roles; verse set with <br/> keeps its lines in every format that went through the
archive readers."""

from __future__ import annotations

from pathlib import Path

import pytest
from ebooklib import epub

from audiobook.build.pipeline import load_book
from audiobook.models import LINE_BREAK, UNKNOWN_AUTHOR
from epubs import write_epub, zip_epub

XHTML = (
    '<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops">'
    "<head><title>{title}</title></head><body epub:type=\"bodymatter\">{body}</body></html>"
)


def _chapter(n: int, title: str, text: str, note: str) -> str:
    """A chapter page as Pandoc 3 writes it: the chapter's section, then a footnotes
    section of its own directly under <body>."""
    return (
        f'<section id="ch{n}" class="level1" data-number="{n}"><h1 data-number="{n}">{title}</h1>'
        f'<p>{text}<a href="#fn{n}" class="footnote-ref" id="fnref{n}" epub:type="noteref">'
        f"<sup>1</sup></a> The rest of the day was quiet.</p></section>"
        f'<section id="footnotes" class="footnotes footnotes-end-of-document" '
        f'epub:type="footnotes"><hr /><ol><li id="fn{n}"><p>{note}'
        f'<a href="#fnref{n}" class="footnote-back" role="doc-backlink">↩︎</a></p></li></ol>'
        f"</section>"
    )


def make_pandoc_epub(path: Path) -> Path:
    book = epub.EpubBook()
    book.set_identifier("pandoc-1")
    book.set_title("The Small Rooms")
    book.set_language("en")
    book.add_metadata("DC", "creator", "Ines Calloway", {"id": "epub-creator-1"})
    book.add_metadata("DC", "creator", "Marcus Webb", {"id": "epub-creator-2"})
    book.add_metadata(None, "meta", "aut", {"refines": "#epub-creator-1", "property": "role"})
    book.add_metadata(None, "meta", "trl", {"refines": "#epub-creator-2", "property": "role"})
    pages = []
    for n, (title, text, note) in enumerate([
        ("The Fourth Floor", "The lift had not worked since the spring.",
         "The building was put up in 1931."),
        ("The Night Porter", "He kept a ledger of every door that opened after dark.",
         "Porters were paid by the week."),
    ], 1):  # fmt: skip
        item = epub.EpubHtml(title=title, file_name=f"text/ch{n:03}.xhtml")
        item.content = XHTML.format(title=title, body=_chapter(n, title, text, note))
        pages.append(item)
    poem = epub.EpubHtml(title="The Measure of the Sea", file_name="text/ch003.xhtml")
    poem.content = XHTML.format(title="poem", body=(
        '<section id="ch3"><h1>The Measure of the Sea</h1>'
        '<div class="line-block">The tide comes up the stair,<br />'
        "the lamp goes down the hill;<br />and nobody is there<br />"
        "to keep the harbour still.</div></section>"
    ))  # fmt: skip
    pages.append(poem)
    for item in pages:
        book.add_item(item)
    book.toc = [epub.Link(p.file_name, p.title, f"t{i}") for i, p in enumerate(pages)]
    book.add_item(epub.EpubNcx())
    book.add_item(epub.EpubNav())
    book.spine = ["nav", *pages]
    epub.write_epub(str(path), book)
    return path


def test_a_pandoc_epub_keeps_every_chapter_with_its_footnotes(make_book):
    folder = make_book({"book.toml": '[notes]\nmode = "chapter-end"\n'})
    make_pandoc_epub(folder / "rooms.epub")
    _, manuscript, chapters = load_book(folder)
    assert [c.title for c in chapters] == [
        "The Fourth Floor", "The Night Porter", "The Measure of the Sea"
    ]
    notes = [s.text for c in chapters for s in c.segments if s.kind == "note"]
    assert notes == ["The building was put up in 1931.", "Porters were paid by the week."]
    # the translator is named in the metadata, not as an author
    assert manuscript.author == "Ines Calloway"
    # the verse keeps its lines: no "repaired" line, a line break in the text
    [verse] = manuscript.chapters[2].paragraphs
    assert verse.text.count(LINE_BREAK) == 3
    assert not manuscript.repairs
    ends = [s.line_end for s in chapters[2].segments if s.kind == "text"]
    assert ends[:3] == [True, True, True]


def _epub(path: Path, pages: list[tuple[str, str, str]], toc: list[tuple[str, str]],
          linear_no: tuple[str, ...] = ()) -> Path:  # fmt: skip
    """An EPUB of (file name, title, body) pages, with `toc` entries (href, title)."""
    return write_epub(path, pages, toc, linear_no=linear_no)


STORY = (
    "<p>The ferry left at seven forty every morning except Sundays, and Ingrid had "
    "missed it by four minutes.</p><p>She sat on her suitcase and waited for the next.</p>"
)


def test_a_calibre_book_says_each_title_once_and_keeps_its_dedication(make_book):
    folder = make_book({})
    _epub(folder / "salt.epub", [
        ("index_split_000.html", "Salt", (
            '<p class="calibre1"><span class="bold">SALT AND CINDERS</span></p>'
            '<p class="calibre2">A Novel</p><p class="calibre2">Margit Olsen</p>'
            '<p class="calibre2">Copyright © 2019 Margit Olsen. All rights reserved.</p>'
            '<p class="calibre2">ISBN 978-0-00-000000-2</p>'
            '<p class="calibre3" id="filepos1187">For my grandmother, who could gut a '
            "herring faster than any man on the island.</p>")),
        ("index_split_001.html", "One", (
            '<p class="calibre1"><span class="bold">CHAPTER ONE</span></p>'
            f'<p class="calibre1"><span class="bold">The Ferry</span></p>{STORY}')),
    ], [("index_split_000.html", "Title Page"), ("index_split_000.html#filepos1187", "Dedication"),
        ("index_split_001.html", "Chapter One: The Ferry")])  # fmt: skip
    _, _, chapters = load_book(folder)
    assert [c.title for c in chapters] == ["Dedication", "Chapter One: The Ferry"]
    said = [s.spoken for c in chapters for s in c.segments]
    assert "For my grandmother, who could gut a herring faster than any man on the island." in said
    assert said.count("Chapter One: The Ferry.") == 1
    assert not {"CHAPTER ONE", "CHAPTER ONE.", "The Ferry", "The Ferry."} & set(said)
    assert not any("ISBN" in s or "reserved" in s or "SALT" in s for s in said)


def test_a_short_book_in_one_file_is_read_though_it_ends_with_its_copyright_line(make_book):
    folder = make_book({})
    _epub(folder / "short.epub", [
        ("Text/Section0001.xhtml", "Start",
         f"<h1>The Ferry</h1>{STORY}<p>© 2020 Kranich Press, Bremen</p>"),
    ], [("Text/Section0001.xhtml", "Start")])  # fmt: skip
    _, manuscript, chapters = load_book(folder)
    said = " ".join(s.spoken for c in chapters for s in c.segments)
    assert "missed it by four minutes" in said and "Kranich" not in said
    assert any(o.why == "copyright" for o in manuscript.omitted)


def test_notes_on_a_page_outside_the_reading_order_are_read(make_book):
    folder = make_book({"book.toml": '[notes]\nmode = "chapter-end"\n'})
    _epub(folder / "notes.epub", [
        ("ch1.xhtml", "One", (
            "<h1>One</h1><p>The lighthouse was lit in 1821."
            '<a epub:type="noteref" href="notes.xhtml#n1">1</a> It has not gone out since.</p>')),
        ("notes.xhtml", "Notes", (
            '<section epub:type="endnotes"><ol><li id="n1"><aside epub:type="endnote">'
            "<p>By the harbour board, at its own cost.</p></aside></li></ol></section>")),
    ], [("ch1.xhtml", "One")], linear_no=("notes.xhtml",))  # fmt: skip
    _, _, chapters = load_book(folder)
    notes = [s.text for c in chapters for s in c.segments if s.kind == "note"]
    assert notes == ["By the harbour board, at its own cost."]


def test_a_standard_ebooks_chapter_inside_a_part_says_its_title_once(make_book):
    folder = make_book({})
    chapter = (
        '<section epub:type="chapter" id="chapter-2"><hgroup>'
        '<h3 epub:type="ordinal z3998:roman">II</h3>'
        '<p epub:type="title">Lanterns on the Ice</p></hgroup>'
        "<p>By the second week the whole town was out on the ice after dark.</p></section>"
    )
    first = '<section epub:type="chapter"><h2>I</h2><p>The canal froze in a night.</p></section>'
    _epub(folder / "canal.epub", [("text/chapter-1.xhtml", "I", first),
                                  ("text/chapter-2.xhtml", "II", chapter)], [])  # fmt: skip
    _, manuscript, _ = load_book(folder)
    second = manuscript.chapters[-1]
    assert second.title == "II. Lanterns on the Ice"
    assert [p.text for p in second.paragraphs] == [
        "By the second week the whole town was out on the ice after dark."
    ]


def _zip_epub(path: Path, pages: dict[str, str], nav: str) -> Path:
    """An EPUB 3 written by hand, as small tools write one: `pages` in spine order and a
    navigation document of our own (ebooklib writes its own nav, without landmarks)."""
    metadata = ("<dc:title>Les Lanternes</dc:title><dc:creator>Élise Marchand</dc:creator>"
                "<dc:language>fr</dc:language>")  # fmt: skip
    documents = {name: XHTML.format(title=name, body=body) for name, body in pages.items()}
    return zip_epub(path, metadata, documents, XHTML.format(title="nav", body=nav))


def test_a_page_the_landmarks_name_as_contents_is_not_read(make_book):
    folder = make_book({})
    contents = "".join(f"<p>{n}. {t}</p>" for n, t in [("I", "La foire"), ("II", "Les lanternes")])
    _zip_epub(folder / "lanternes.epub", {
        "one.xhtml": "<h1>I. La foire</h1><p>La foire tombait un mardi cette année-là.</p>",
        "two.xhtml": "<h1>II. Les lanternes</h1><p>Personne ne ralluma les lanternes.</p>",
        "table.xhtml": f"<h1>Table</h1>{contents}",
    }, (
        '<nav epub:type="toc"><ol><li><a href="one.xhtml">I. La foire</a></li>'
        '<li><a href="two.xhtml">II. Les lanternes</a></li></ol></nav>'
        '<nav epub:type="landmarks"><ol><li><a epub:type="toc" href="table.xhtml">Table</a></li>'
        '<li><a epub:type="bodymatter" href="one.xhtml">Début</a></li></ol></nav>'
    ))  # fmt: skip
    _, manuscript, _ = load_book(folder)
    assert [c.title for c in manuscript.chapters] == ["I. La foire", "II. Les lanternes"]
    assert manuscript.chapters[-1].paragraphs[-1].text == "Personne ne ralluma les lanternes."
    assert any(o.what == "table.xhtml" and o.why == "table of contents" for o in manuscript.omitted)


def test_a_book_kept_in_one_file_with_one_start_entry_has_its_own_chapters(make_book):
    folder = make_book({})
    _epub(folder / "faehrmann.epub", [("Text/Section0001.xhtml", "Start", (
        "<h1>Salt and Cinders</h1><p>Eine Erzählung von Margit Olsen</p>"
        "<h1>Erstes Kapitel</h1><p>Am dritten März fror die Elbe zu.</p>"
        "<h1>Zweites Kapitel</h1><p>In der Nacht brach das Eis.</p>"
    ))], [("Text/Section0001.xhtml", "Start")])  # fmt: skip
    _, manuscript, _ = load_book(folder)
    assert [(c.title, [p.text for p in c.paragraphs]) for c in manuscript.chapters] == [
        ("Erstes Kapitel", ["Am dritten März fror die Elbe zu."]),
        ("Zweites Kapitel", ["In der Nacht brach das Eis."]),
    ]
    assert any(o.why == "title page" and "Erzählung" in o.text for o in manuscript.omitted)


def test_the_promotional_pages_self_publishing_tools_add_are_not_read(make_book):
    folder = make_book({})
    ends = {
        "Don’t miss out!": "<p>Click the button below to sign up: https://books2read.com/r/B-A</p>",
        "Enjoyed This Book?": "<p>Reviews help other readers find my books. Leave one!</p>",
        "Also By": "<p>The Salt Road</p><p>Winter Harbor</p>",
        "Sneak Peek: Salt & Sugar": "<p>The bakery opened at five, as it always had.</p>",
    }
    pages = [("chapter-1.xhtml", "One", f"<h1>Chapter 1</h1>{STORY}")] + [
        (f"end-{n}.xhtml", title, f"<h1>{title.replace('&', '&amp;')}</h1>{body}")
        for n, (title, body) in enumerate(ends.items())
    ]
    _epub(folder / "book.epub", pages, [(name, title) for name, title, _ in pages])
    _, manuscript, _ = load_book(folder)
    assert [c.title for c in manuscript.chapters] == ["One"]
    left_out = {o.what for o in manuscript.omitted}
    assert {f"end-{n}.xhtml" for n in range(4)} <= left_out


def test_an_exporters_placeholder_metadata_and_section_labels_are_not_used(make_book):
    folder = make_book({})
    book = epub.EpubBook()
    book.set_identifier("lo-1")
    book.set_title("Unknown Title")
    book.set_language("en")
    book.add_author("Unknown Author")
    pages = []
    for n, body in enumerate(["<p>For my father.</p>", f"<h1>Chapter One</h1>{STORY}"], 1):
        item = epub.EpubHtml(title=f"s{n}", file_name=f"sections/section000{n}.xhtml")
        item.content = XHTML.format(title=f"s{n}", body=body)
        book.add_item(item)
        pages.append(item)
    book.toc = [epub.Link(p.file_name, f"Section {n}", f"t{n}") for n, p in enumerate(pages, 1)]
    book.add_item(epub.EpubNcx())
    book.add_item(epub.EpubNav())
    book.spine = ["nav", *pages]
    epub.write_epub(str(folder / "The Weir.epub"), book)
    _, manuscript, chapters = load_book(folder)
    assert (manuscript.title, manuscript.author) == ("The Weir", UNKNOWN_AUTHOR)
    assert chapters[0].segments[0].spoken.startswith("The Weir. Narrated by")  # no "Unknown"
    assert [c.title for c in manuscript.chapters][-1] == "Chapter One"
    assert not any(c.title.startswith("Section") for c in manuscript.chapters)


@pytest.mark.parametrize(
    ("label", "printed", "title"),
    [
        ("The Ferryman’s Ledger", "Chapter 1", "Chapter 1. The Ferryman’s Ledger"),
        ("1. The Ferryman’s Ledger", "Chapter 1", "Chapter 1. The Ferryman’s Ledger"),
        ("Chapter 1: The Ferryman’s Ledger", "CHAPTER ONE", "Chapter 1: The Ferryman’s Ledger"),
        ("The Ferryman’s Ledger", "One", "One. The Ferryman’s Ledger"),
    ],
)
def test_a_printed_number_over_a_contents_title_is_said_once(make_book, label, printed, title):
    # Vellum: <div class="element-number">Chapter 1</div><h1 class="element-title">…</h1>
    folder = make_book({})
    body = (f'<div class="element-number">{printed}</div>'
            f'<h1 class="element-title">The Ferryman’s Ledger</h1>{STORY}')  # fmt: skip
    _epub(folder / "vellum.epub", [("chapter-1.xhtml", "1", body)], [("chapter-1.xhtml", label)])
    _, manuscript, _ = load_book(folder)
    [chapter] = manuscript.chapters
    assert chapter.title == title
    assert chapter.paragraphs[0].text.startswith("The ferry left at seven forty")


def test_an_epub_brings_its_own_cover_to_the_audiobook(make_book):
    from audiobook.build.pipeline import _tags
    from audiobook.text.ingest import locate_book, read_manuscript
    from audiobook.text.readers.epub import epub_cover

    jpeg = b"\xff\xd8\xff\xe0" + bytes(200) + b"\xff\xd9"
    folder = make_book({})
    book = epub.EpubBook()
    book.set_identifier("cover-1")
    book.set_title("Salt and Cinders")
    book.set_language("en")
    book.set_cover("images/cover.jpg", jpeg)
    page = epub.EpubHtml(title="One", file_name="one.xhtml")
    page.content = XHTML.format(title="One", body=f"<h1>One</h1>{STORY}")
    book.add_item(page)
    book.toc = [epub.Link("one.xhtml", "One", "one")]
    book.add_item(epub.EpubNcx())
    book.add_item(epub.EpubNav())
    book.spine = ["nav", page]
    epub.write_epub(str(folder / "salt.epub"), book)
    assert epub_cover(folder / "salt.epub") == jpeg
    source = locate_book(folder)
    tags = _tags(read_manuscript(source), source.config, source)
    assert (tags.cover, tags.cover_mime) == (jpeg, "image/jpeg")


def test_a_chapters_opening_sentences_are_never_taken_for_its_title(make_book):
    folder = make_book({})
    body = "<p>Silence.</p><p>Ten.</p><p>Nine.</p><p>Then the bells began.</p>"
    _epub(folder / "b.epub", [("c1.xhtml", "c", body)], [("c1.xhtml", "Chapter 5: Silence")])
    _, manuscript, _ = load_book(folder)
    [chapter] = manuscript.chapters
    assert chapter.title == "Chapter 5: Silence"
    assert [p.text for p in chapter.paragraphs][:3] == ["Silence.", "Ten.", "Nine."]


def test_a_calibre_notes_number_link_is_not_read_as_its_text(make_book):
    folder = make_book({"book.toml": '[notes]\nmode = "chapter-end"\n'})
    _epub(folder / "c.epub", [
        ("index_split_001.html", "One", (
            '<h1>One</h1><p>The fish were blessed.<a href="index_split_002.html#filepos9">'
            "<sup>1</sup></a> Then they were sold.</p>")),
        ("index_split_002.html", "Notes", (
            '<div id="filepos9"><p><a href="index_split_001.html#filepos3"><sup>1</sup></a> '
            "On the island, a blunt remark is a blessing.</p></div>")),
    ], [("index_split_001.html", "One")])  # fmt: skip
    _, _, chapters = load_book(folder)
    notes = [s.spoken for c in chapters for s in c.segments if s.kind == "note"]
    assert notes == ["Note one. On the island, a blunt remark is a blessing."]
