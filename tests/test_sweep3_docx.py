"""Word manuscripts as writers really make them (sweep 3): a book title in the "Title"
style over chapters typed in bold, one chapter typed by hand among Heading 1 chapters,
a contents list typed by hand, a writer's own chapter style with its formatting in the
style, and a draft's notes to self."""

from __future__ import annotations

from pathlib import Path

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Pt

from audiobook.text.readers.docx import read_docx

CHAPTERS = [
    ("One", "The Crossing", [
        "The ferry left Oban at seven, and by eight the island was a low grey line ahead.",
        "Isla stood at the rail with her hands in her pockets and watched it come.",
    ]),
    ("Two", "The House", [
        "The house stood at the end of a track that was more puddle than track.",
        "Inside it smelled of peat smoke and wet wool and, faintly, of oranges.",
    ]),
    ("Three", "The Letter", [
        "The letter was on the kitchen table under a stone from the beach.",
        "She read it twice, and then she went to feed the hens.",
    ]),
]  # fmt: skip


def _titles(path: Path) -> list[str | None]:
    return [title for title, _ in read_docx(path).chapters]


def _texts(path: Path) -> list[str]:
    return [p.text for _, paragraphs in read_docx(path).chapters for p in paragraphs]


def _page_break(document) -> None:  # type: ignore[no-untyped-def]
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def _bold_centred(document, text: str):  # type: ignore[no-untyped-def]
    paragraph = document.add_paragraph()
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    paragraph.add_run(text).bold = True
    return paragraph


def _title_page(document, *, styled: bool = True) -> None:  # type: ignore[no-untyped-def]
    """The book's name with Word's (or Google Docs') Title button, then "by …"."""
    if styled:
        document.add_paragraph("Island of Hens", style="Title")
    else:
        _bold_centred(document, "Island of Hens")
    document.add_paragraph("by Morag Finlay").alignment = WD_ALIGN_PARAGRAPH.CENTER


# ------------------------------------------ chapters typed in bold under a Title


def _titled_typed_book(path: Path, heading: str = "number") -> Path:
    document = docx.Document()
    _title_page(document)
    for number, title, paragraphs in CHAPTERS:
        _page_break(document)
        _bold_centred(document, f"Chapter {number}" if heading == "number" else title)
        for text in paragraphs:
            document.add_paragraph(text)
    document.save(str(path))
    return path


def test_title_style_leaves_chapters_typed_in_bold_found(tmp_path: Path) -> None:
    """The Title button for the book's name and bold "Chapter One" on new pages (Google
    Docs' and many writers' way): three chapters, the title said once, in the credits."""
    path = _titled_typed_book(tmp_path / "hens.docx")
    found = read_docx(path)
    assert (found.title, found.author) == ("Island of Hens", "Morag Finlay")
    assert _titles(path) == ["Chapter One", "Chapter Two", "Chapter Three"]
    assert "Island of Hens" not in _texts(path)
    words = _titled_typed_book(tmp_path / "words.docx", heading="words")
    assert _titles(words) == ["The Crossing", "The House", "The Letter"]


def test_title_style_with_part_pages_typed_over_chapters(tmp_path: Path) -> None:
    """ "Part One" alone on its page over "Chapter One": the part starts with its first
    chapter; a copyright page's centred line and a dedication's are no chapters."""
    document = docx.Document()
    _title_page(document)
    _page_break(document)
    for line in ("Copyright © 2024 Morag Finlay", "All rights reserved."):
        document.add_paragraph(line).alignment = WD_ALIGN_PARAGRAPH.CENTER
    _page_break(document)
    document.add_paragraph("For Anna").alignment = WD_ALIGN_PARAGRAPH.CENTER
    for part in ("Part One", "Part Two"):
        _page_break(document)
        _bold_centred(document, part)
        for number, _, paragraphs in CHAPTERS[:2]:
            _page_break(document)
            _bold_centred(document, f"Chapter {number}")
            document.add_paragraph(paragraphs[0])
    path = tmp_path / "hens.docx"
    document.save(str(path))
    assert _titles(path)[-4:] == [
        "Part One. Chapter One", "Chapter Two", "Part Two. Chapter One", "Chapter Two"]  # fmt: skip
    assert not any("Copyright" in (title or "") for title in _titles(path))


def test_bold_line_inside_a_chapter_stays_a_line(tmp_path: Path) -> None:
    """Near miss: a Title and Heading 1 chapters; in a chapter, a bold line not on a new
    page (a sign the heroine reads) and a bold sentence on a new page stay its text."""
    document = docx.Document()
    _title_page(document)
    for _, title, paragraphs in CHAPTERS:
        document.add_heading(title, level=1)
        document.add_paragraph(paragraphs[0])
        _bold_centred(document, "NO ENTRY AFTER DARK")
        document.add_paragraph(paragraphs[1])
    _page_break(document)
    _bold_centred(document, "She never went back.")
    document.add_paragraph("The hens, she heard, did well enough without her.")
    path = tmp_path / "hens.docx"
    document.save(str(path))
    assert _titles(path) == ["The Crossing", "The House", "The Letter"]
    texts = _texts(path)
    assert texts.count("NO ENTRY AFTER DARK") == 3 and "She never went back." in texts


# -------------------------------------- one chapter typed among Heading 1 chapters


def _section_break(document) -> None:  # type: ignore[no-untyped-def]
    """A "Next Page" section break, as Word's Layout > Breaks inserts one."""
    paragraph = document.add_paragraph()
    paragraph._p.get_or_add_pPr().append(parse_xml(
        f'<w:sectPr {nsdecls("w")}><w:type w:val="nextPage"/></w:sectPr>'))  # fmt: skip


def test_one_chapter_typed_among_heading_one_chapters(tmp_path: Path) -> None:
    """ "Chapter One" and "January" typed bold after a section break, between Heading 1
    chapters: a chapter of its own, its two lines its title."""
    document = docx.Document()
    document.add_paragraph("Tidewater", style="Title")
    document.add_heading("Introduction", level=1)
    document.add_paragraph("I moved to the marsh in the winter of 2019, with two dogs.")
    _section_break(document)
    _bold_centred(document, "Chapter One")
    _bold_centred(document, "January")
    document.add_paragraph("The first thing you learn on a saltmarsh is that the ground moves.")
    document.add_heading("Chapter Two: February", level=1)
    document.add_paragraph("February is the cruellest month on the marsh.")
    path = tmp_path / "tidewater.docx"
    document.save(str(path))
    assert _titles(path) == ["Introduction", "Chapter One. January", "Chapter Two: February"]


def test_bold_line_on_a_new_page_among_heading_one_chapters_is_no_chapter(
    tmp_path: Path,
) -> None:
    """Near miss: where Heading 1 heads the chapters, a bold line on a new page that
    names no chapter by its words (a letter's heading, a dateline) stays a line."""
    document = docx.Document()
    document.add_paragraph("Tidewater", style="Title")
    for month, line in (("January", "A Letter from Blakeney"), ("February", "Wells, 1953")):
        document.add_heading(month, level=1)
        document.add_paragraph("The tide came in over the wall.")
        _page_break(document)
        _bold_centred(document, line)
        document.add_paragraph("Dear Margaret, the water is at the door again.")
    path = tmp_path / "tidewater.docx"
    document.save(str(path))
    assert _titles(path) == ["January", "February"]
    assert "A Letter from Blakeney" in _texts(path)


# ------------------------------------------------------ a contents list typed by hand


def _contents_book(path: Path, entries: list[str], label: str = "Contents") -> Path:
    document = docx.Document()
    document.add_paragraph("Tidewater", style="Title")
    _page_break(document)
    _bold_centred(document, label)
    for entry in entries:
        document.add_paragraph(entry)
    _page_break(document)
    for title, text in (
        ("Introduction", "I moved to the marsh in 2019."),
        ("Chapter One: January", "The ground moves."),
        ("Chapter Two: February", "The wind comes from the Urals."),
    ):
        document.add_heading(title, level=1)
        document.add_paragraph(text)
    document.save(str(path))
    return path


def test_contents_typed_by_hand_is_left_out_and_listed(tmp_path: Path) -> None:
    """A bold "Contents" (no heading style) over its entries, with page numbers after a
    tab, after dot leaders, or none but the chapters' own titles: left out, listed, not
    "Chapter One: January fifth"."""
    for entries in (
        ["Introduction\t1", "Chapter One: January\t5", "Chapter Two: February\t19"],
        ["Introduction ........ 1", "Chapter One: January ........ 5", "Notes ........ 41"],
        ["Introduction", "Chapter One: January", "Chapter Two: February"],
    ):
        path = _contents_book(tmp_path / "tidewater.docx", entries)
        found = read_docx(path)
        texts = _texts(path)
        assert not any("January" in text or "Contents" in text for text in texts), entries
        (listed,) = [o for o in found.omitted if o.what.startswith("table of contents")]
        assert listed.text.splitlines()[0] == "Contents"
        assert [t for t, _ in found.chapters][-3:] == [
            "Introduction", "Chapter One: January", "Chapter Two: February"]  # fmt: skip


def test_a_list_under_a_contents_label_that_lists_no_chapter_is_read(tmp_path: Path) -> None:
    """Near miss: "Contents" over what a box held, no page numbers, nothing named again:
    the story's text, read."""
    path = _contents_book(
        tmp_path / "box.docx", ["A Brass Compass", "Three Letters Tied with String"]
    )
    texts = _texts(path)
    assert "A Brass Compass" in texts and "Three Letters Tied with String" in texts
    assert not [o for o in read_docx(path).omitted if "contents" in o.what]


# ------------------------------------------- a writer's own chapter style, no level


def _styled_book(path: Path, name: str, *, body_style: str | None = None) -> Path:
    """Chapters titled in words in a paragraph style of the writer's own whose bold,
    size, centring and page break are set in the style, with no outline level."""
    document = docx.Document()
    style = document.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = document.styles["Normal"]
    style.font.bold = True
    style.font.size = Pt(16)
    style.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    style.paragraph_format.page_break_before = True
    _title_page(document, styled=False)
    for _, title, paragraphs in CHAPTERS:
        document.add_paragraph(title.upper(), style=name)
        for text in paragraphs:
            document.add_paragraph(text, style=body_style)
    document.save(str(path))
    return path


def test_own_chapter_style_with_no_outline_level_starts_chapters(tmp_path: Path) -> None:
    """ "Chapter Heading" (named for what it heads) and "Book Head" (named for nothing,
    but bold, centred, larger and on a new page by its style): chapters both."""
    for name in ("Chapter Heading", "Book Head"):
        path = _styled_book(tmp_path / "hens.docx", name)
        assert _titles(path) == ["THE CROSSING", "THE HOUSE", "THE LETTER"], name


def test_pages_heading_style_starts_chapters(tmp_path: Path) -> None:
    """Apple Pages' "Heading" (no number), bold and large in the style, after a page
    break, under a Title."""
    document = docx.Document()
    heading = document.styles.add_style("Heading", WD_STYLE_TYPE.PARAGRAPH)
    heading.font.bold = True
    heading.font.size = Pt(18)
    _title_page(document)
    for _, title, paragraphs in CHAPTERS:
        paragraph = document.add_paragraph(style="Heading")
        paragraph.add_run().add_break(WD_BREAK.PAGE)
        paragraph.add_run(title)
        for text in paragraphs:
            document.add_paragraph(text)
    path = tmp_path / "hens.docx"
    document.save(str(path))
    assert _titles(path) == ["The Crossing", "The House", "The Letter"]


def test_a_style_that_centres_every_line_sets_no_title_apart(tmp_path: Path) -> None:
    """Near miss: a body style that is bold, centred and starts a page, used for the
    text as well as for each page's first line ("Chapter First Paragraph" names a
    chapter's text): no line is set apart from the text under it, and no style name
    says it heads a chapter. The lines are read."""
    document = docx.Document()
    style = document.styles.add_style("Chapter First Paragraph", WD_STYLE_TYPE.PARAGRAPH)
    style.font.bold = True
    style.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _title_page(document, styled=False)
    for _, title, paragraphs in CHAPTERS:
        _page_break(document)
        document.add_paragraph(title, style=style)
        for text in paragraphs:
            document.add_paragraph(text, style=style)
    path = tmp_path / "hens.docx"
    document.save(str(path))
    assert _titles(path) == [None]
    assert "The House" in _texts(path)


# ------------------------------------------------------------- a draft's own notes


def test_draft_notes_are_left_out_and_listed(tmp_path: Path) -> None:
    """ "[TK: …]", "[TODO …]", "[NOTE TO EDITOR: …]" are the writer's notes to self:
    left out, listed so that `plan` shows them, the sentence closed up around them."""
    document = docx.Document()
    document.add_heading("The Flood", level=1)
    document.add_paragraph(
        "They found the miller on the roof of the drying shed "
        "[TK: check whether a mill would have one], holding the cat."
    )
    document.add_paragraph("[TODO: a scene at the inquest]")
    document.add_paragraph("It rained for a week. [NOTE TO EDITOR: cut this line?]")
    path = tmp_path / "flood.docx"
    document.save(str(path))
    assert _texts(path) == [
        "They found the miller on the roof of the drying shed, holding the cat.",
        "It rained for a week.",
    ]
    (notes,) = [o for o in read_docx(path).omitted if "draft note" in o.what]
    assert notes.what == "3 draft notes"
    assert notes.text.splitlines()[0] == "[TK: check whether a mill would have one]"


def test_a_storys_own_brackets_are_read(tmp_path: Path) -> None:
    """Near miss: "[sic]" and a bracket in a quoted document are the book's words."""
    document = docx.Document()
    document.add_heading("The Ledger", level=1)
    lines = ["“Recieved [sic] of Mr. Cray, four pounds,” the entry said.",
             "[Check the ledger again, Mara wrote in the margin.]"]  # fmt: skip
    for line in lines:
        document.add_paragraph(line)
    path = tmp_path / "ledger.docx"
    document.save(str(path))
    assert _texts(path) == lines
    assert not [o for o in read_docx(path).omitted if "draft" in o.what]
