"""Books as real exporters and word processors make them: Wikisource's EPUB export
(ws-export), a Word sidebar in a text box, back-matter headings a publisher never has
read, and a dedication on the page after a Word title page."""

from __future__ import annotations

from pathlib import Path

from audiobook.build.pipeline import load_book
from epubs import zip_epub

XHTML = (
    '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html>\n'
    '<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" '
    'xml:lang="en"><head><title>{title}</title></head><body>{body}</body></html>'
)


def _epub(path: Path, title: str, pages: list[tuple[str, str, str]]) -> Path:
    """An EPUB 3 as ws-export writes one: its own title page, then each wiki page in
    spine order, each named in the contents by `pages`' (file, contents entry, body)."""
    files = [("title.xhtml", "Title page", f"<h2>{title}</h2><h3>Ada Merrow</h3>"), *pages]
    metadata = (f"<dc:title>{title}</dc:title><dc:creator>Ada Merrow</dc:creator>"
                "<dc:language>en</dc:language>")  # fmt: skip
    links = "".join(f'<li><a href="{name}">{entry}</a></li>' for name, entry, _ in files)
    nav = XHTML.format(title=title, body=f'<nav epub:type="toc"><ol>{links}</ol></nav>')
    documents = {name: XHTML.format(title=entry, body=body) for name, entry, body in files}
    return zip_epub(path, metadata, documents, nav, root="OPS")


# ---------------------------------------------------------------- Wikisource


def _page(number: str, inner: str) -> str:
    """A transcluded page as Wikisource renders it: the scan's page number, then text."""
    return (
        '<div class="mw-parser-output"><div class="prp-pages-output" lang="en">'
        f'<span><span class="pagenum ws-pagenum" id="p{number}" data-page-number="{number}">'
        f"&#8203;</span></span>{inner}</div></div>"
    )


def _centre(text: str) -> str:
    return f'<div class="wst-center tiInherit"><p>{text}</p></div>'


MILL_OPENING = (
    "The mill at Sorrel Ford had stood idle for nine winters when the widow Tamsin Reede "
    "bought it for the price of a plough horse."
)
MILL_SECOND = "She mended the sluice herself, with timber from the fallen elm behind the church."
FLOOD_OPENING = "The river rose in the night, quietly, as it always did in that country."


def _wikisource_book(make_book) -> tuple:  # type: ignore[no-untyped-def]
    title = "The Miller of Sorrel Ford"
    main = _page("i", (
        '<div class="wst-center tiInherit" style="text-align:center;"><p>'
        '<span class="wst-xx-larger">THE MILLER</span><br/>OF SORREL FORD</p></div>'
        + _centre("A STORY OF THE FENS") + _centre("BY") + _centre("ADA MERROW")
        + _centre("LONDON<br/>GRANTLEY AND SONS<br/>1879")
        + '<span><span class="pagenum ws-pagenum" id="pv" data-page-number="v">&#8203;'
        "</span></span>" + _centre("CONTENTS.")
        + '<div id="ws-summary" class="ws-summary"><table class="wst-toc-table">'
        '<tr><td>I.</td><td><a href="./Mill/Chapter_1">The Idle Mill</a></td><td>1</td></tr>'
        '<tr><td>II.</td><td><a href="./Mill/Chapter_2">High Water</a></td><td>7</td></tr>'
        "</table></div>"
    ))
    one = _page("1", (
        _centre('<span class="wst-larger">THE MILLER OF SORREL FORD.</span>')
        + '<div class="wst-rule" style="width:4em"></div>' + _centre("CHAPTER I.")
        + _centre('<span class="wst-smallcaps">The Idle Mill.</span>')
        + f"<p>{MILL_OPENING}</p><p>{MILL_SECOND}</p>"
    ))
    two = _page("7", (
        _centre("CHAPTER II.") + _centre('<span class="wst-smallcaps">High Water.</span>')
        + f"<p>{FLOOD_OPENING}</p>"
    ))
    folder = make_book({}, name="mill")
    _epub(folder / "The_Miller_of_Sorrel_Ford.epub", title, [
        ("c0_main.xhtml", title, main),
        ("c1_chapter_1.xhtml", "The Idle Mill", one),
        ("c2_chapter_2.xhtml", "High Water", two),
    ])  # fmt: skip
    _, manuscript, _ = load_book(folder)
    return manuscript


def test_a_wikisource_export_reads_no_title_page_contents_or_title_twice(make_book):
    """ws-export's main page holds the printed title page and the `ws-summary` contents
    table; each chapter's heading is two centred lines under a contents entry of the
    same words. The title page and the contents are left out and listed, and each
    chapter's title is said once, with its printed number."""
    manuscript = _wikisource_book(make_book)
    assert [c.title for c in manuscript.chapters] == [
        "CHAPTER I. The Idle Mill", "CHAPTER II. High Water"]  # fmt: skip
    assert [[p.text for p in c.paragraphs] for c in manuscript.chapters] == [
        [MILL_OPENING, MILL_SECOND], [FLOOD_OPENING]]  # fmt: skip
    whys = {o.why: o.text for o in manuscript.omitted}
    assert "High Water" in whys["table of contents"] and "CONTENTS." in whys["table of contents"]
    assert any(o.why == "title page" and "GRANTLEY AND SONS" in o.text
               for o in manuscript.omitted)  # fmt: skip
    assert any(o.text == "THE MILLER OF SORREL FORD." for o in manuscript.omitted)
    assert manuscript.title == "The Miller of Sorrel Ford"


# ---------------------------------------------------------------- Word text boxes

_BOX_NS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml"'
)


def _text_box(paragraph, *lines: str) -> None:  # type: ignore[no-untyped-def]
    """Anchor a text box in `paragraph` as Word saves one: a DrawingML shape, and the
    same text again in a VML shape for older readers."""
    from docx.oxml import parse_xml

    content = "".join(f"<w:p><w:r><w:t>{line}</w:t></w:r></w:p>" for line in lines)
    run = parse_xml(
        f"<w:r {_BOX_NS}><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing>"
        '<wp:anchor><wp:docPr id="1" name="Text Box 1"/><a:graphic><a:graphicData uri="'
        'http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp>'
        f"<wps:txbx><w:txbxContent>{content}</w:txbxContent></wps:txbx></wps:wsp>"
        "</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback>"
        f'<w:pict><v:shape><v:textbox><w:txbxContent>{content}</w:txbxContent></v:textbox>'
        "</v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>"
    )
    paragraph._p.append(run)


def test_a_word_sidebar_is_read_once_after_its_paragraph_and_a_pull_quote_is_not(make_book):
    import docx

    document = docx.Document()
    document.core_properties.title = "Salt and Herring"
    document.add_paragraph("Chapter 1: The Pans", style="Heading 1")
    anchor = document.add_paragraph(
        "Boiling brine in lead pans was slow work, and the fuel cost more than the salt.")
    _text_box(anchor, "Sidebar: What a pan held",
              "A good pan gave a bushel of coarse grey salt a day.")
    later = document.add_paragraph(
        "The monks kept the pans going through Lent, when the fish trade needed them most.")
    _text_box(later, "“the fuel cost more than the salt”")
    document.add_paragraph("Chapter 2: The Barrels", style="Heading 1")
    document.add_paragraph("A cooper could close twelve barrels before noon.")
    folder = make_book({}, name="salt")
    document.save(str(folder / "salt.docx"))
    _, manuscript, _ = load_book(folder)
    first = [p.text for p in manuscript.chapters[0].paragraphs]
    assert first == [
        "Boiling brine in lead pans was slow work, and the fuel cost more than the salt.",
        "Sidebar: What a pan held",
        "A good pan gave a bushel of coarse grey salt a day.",
        "The monks kept the pans going through Lent, when the fish trade needed them most.",
    ]
    (quote,) = [o for o in manuscript.omitted if o.what == "pull quote"]
    assert quote.text == "“the fuel cost more than the salt”"


# ---------------------------------------------------------------- back matter


def test_sources_credits_and_permissions_are_left_out_and_notes_and_sources_are_notes(
    make_book,
):
    """Back matter a publisher's audiobook leaves out, under the headings history and
    non-fiction books print: each is listed; "Notes and Sources" that opens with
    numbered notes gives its notes to the paragraphs that cite them."""
    import docx

    document = docx.Document()
    document.add_paragraph("Chapter One", style="Heading 1")
    document.add_paragraph("The canal reached the village in the dry summer of 1794.[1]")
    document.add_paragraph("Chapter Two", style="Heading 1")
    document.add_paragraph("Barges carried coal in and carried cheese out.")
    back = {
        "Notes and Sources": ["1. The date is cut into the lock keeper's lintel.",
                              "Parish vestry minutes, 1790 to 1801, county record office."],
        "Sources": ["Hollins, R. The Inland Cut. Derby, 1911."],
        "Authorities Consulted": ["The canal company's ledgers, now at the county office."],
        "Bibliographical Note": ["No full history of the canal has yet been written."],
        "Photo Credits": ["Lock gates at dawn: courtesy of the Wharf Trust."],
        "Permissions": ["The lines from the bargeman's song appear by kind leave of the"
                        " family of its collector."],
    }  # fmt: skip
    for heading, lines in back.items():
        document.add_paragraph(heading, style="Heading 1")
        for line in lines:
            document.add_paragraph(line)
    folder = make_book({}, name="canal")
    document.save(str(folder / "canal.docx"))
    _, manuscript, _ = load_book(folder)
    assert [c.title for c in manuscript.chapters] == ["Chapter One", "Chapter Two"]
    whys = {o.what: o.why for o in manuscript.omitted}
    for heading in ("Sources", "Authorities Consulted", "Bibliographical Note"):
        assert whys[f"section '{heading}'"] == "bibliography"
    for heading in ("Photo Credits", "Permissions"):
        assert whys[f"section '{heading}'"] == "credits page"
    (note,) = [o for o in manuscript.omitted if o.what.startswith("note 1")]
    assert note.text.startswith("The date is cut into the lock keeper's lintel.")


# ---------------------------------------------------------------- dedications


def test_a_dedication_after_a_word_title_page_is_read_once_under_no_book_title(make_book):
    """A Word book's title page, its copyright page, then a dedication alone on its page
    before the first chapter: the dedication is read once, and the book's title is
    said once, in the credits, not again as the dedication's chapter title."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK

    document = docx.Document()
    document.core_properties.title = "The Orchard Year"
    document.add_paragraph("The Orchard Year", style="Title")
    document.add_paragraph("Twelve Months of Pruning and Picking", style="Subtitle")
    document.add_paragraph("by Lowri Pennant").add_run().add_break(WD_BREAK.PAGE)
    document.add_paragraph("Copyright © 2022 by Lowri Pennant")
    document.add_paragraph("All rights reserved.").add_run().add_break(WD_BREAK.PAGE)
    dedication = document.add_paragraph()
    dedication.add_run("for Idris,").italic = True
    dedication.add_run().add_break()
    dedication.add_run("who planted the first tree").italic = True
    dedication.alignment = WD_ALIGN_PARAGRAPH.CENTER
    dedication.add_run().add_break(WD_BREAK.PAGE)
    document.add_paragraph("January", style="Heading 1")
    document.add_paragraph("Winter pruning starts on a dry day, when the wood is bare.")
    document.add_paragraph("February", style="Heading 1")
    document.add_paragraph("Burn nothing until the blossom has set.")
    folder = make_book({}, name="orchard")
    document.save(str(folder / "orchard.docx"))
    _, manuscript, _ = load_book(folder)
    titles = [c.title for c in manuscript.chapters]
    assert titles == ["Dedication", "January", "February"]
    said = [p.text for c in manuscript.chapters for p in c.paragraphs]
    assert sum("for Idris," in text for text in said) == 1
    assert "The Orchard Year" not in titles


def test_a_short_opening_that_is_no_dedication_keeps_its_place():
    from audiobook.models import Paragraph
    from audiobook.text.matter import is_dedication

    for text in ("For years the orchard gave nothing but moss.", "To be fair, it was late.",
                 "The frost came early that year."):  # fmt: skip
        assert not is_dedication([Paragraph(text)])
    for text in ("To my mother, who grafted the pears", "In memory of Owain Pennant",
                 "FOR IDRIS"):  # fmt: skip
        assert is_dedication([Paragraph(text)])


def test_a_chapter_called_sources_in_the_story_is_read(make_book):
    """Only a "Sources" among the back matter is a list of sources: a thriller's chapter
    of that name, with chapters after it, is story."""
    text = ("# Leaks\n\nThe files were gone by morning.\n\n# Sources\n\n"
            "She met her informant under the viaduct at midnight, as agreed.\n\n"
            "# Deadline\n\nThe editor read the draft twice and said nothing.\n")  # fmt: skip
    folder = make_book({"story.md": text}, name="story")
    _, manuscript, _ = load_book(folder)
    said = " ".join(p.text for c in manuscript.chapters for p in c.paragraphs)
    assert "informant under the viaduct" in said
