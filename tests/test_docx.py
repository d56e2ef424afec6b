"""Word manuscripts: tables follow `[text] tables` like the other readers, and a note
cited by a custom mark (an asterisk, a Symbol-font dagger) is a note like any other."""

from __future__ import annotations

import zipfile
from pathlib import Path

import docx
import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from audiobook.build.pipeline import load_book
from audiobook.text.readers.docx import read_docx
from audiobook.text.segment import words

from conftest import run_cli


def _row_header(row) -> None:  # type: ignore[no-untyped-def]
    """Mark a row as the table's header row ("Repeat as header row" in Word)."""
    tr_pr = row._tr.get_or_add_trPr()
    tr_pr.append(OxmlElement("w:tblHeader"))


def make_garden_docx(path: Path) -> Path:
    """A gardening book as an author writes one in Word: a sowing table with a header
    row, a one-cell box set as a table for its border, and a table nested in a cell."""
    document = docx.Document()
    document.core_properties.author = "Mabel Thorne"
    document.add_paragraph("The Kitchen Garden", style="Title")
    document.add_paragraph("Chapter 1: Ground", style="Heading 1")
    document.add_paragraph("Dig the beds in autumn and leave the clods for the frost.")
    box = document.add_table(rows=1, cols=1)
    box.cell(0, 0).text = "Never dig wet clay: it sets like brick."
    document.add_paragraph("Chapter 2: Sowing", style="Heading 1")
    document.add_paragraph("Sow little and often, as the table shows.")
    table = document.add_table(rows=4, cols=3)
    for r, cells in enumerate(
        [
            ("Crop", "Sow", "Harvest"),
            ("Broad beans", "February", "June"),
            ("Carrots", "April", "August"),
            ("Leeks", "March", "November"),
        ]
    ):
        for c, text in enumerate(cells):
            table.cell(r, c).text = text
    _row_header(table.rows[0])
    document.add_paragraph("Thin the rows when the seedlings show two true leaves.")
    outer = document.add_table(rows=1, cols=2)
    outer.cell(0, 0).text = "Companion planting pairs crops."
    inner = outer.cell(0, 1).add_table(rows=2, cols=2)
    for r, pair in enumerate([("Carrot", "Onion"), ("Bean", "Sweetcorn")]):
        for c, text in enumerate(pair):
            inner.cell(r, c).text = text
    document.add_paragraph("Water in the evening, never at noon.")
    document.save(str(path))
    return path


def _body(folder: Path) -> tuple[object, list[str], str]:
    _, manuscript, chapters = load_book(folder)
    body = [p.text for ch in manuscript.chapters for p in ch.paragraphs]
    said = " ".join(s.spoken for c in chapters for s in c.segments)
    return manuscript, body, said


def test_docx_table_is_mentioned_and_listed_by_default(make_book) -> None:
    folder = make_book({}, name="garden")
    make_garden_docx(folder / "garden.docx")
    manuscript, body, said = _body(folder)
    assert body == [
        "Dig the beds in autumn and leave the clods for the frost.",
        "Never dig wet clay: it sets like brick.",  # a one-cell box is running text
        "Sow little and often, as the table shows.",
        "A table follows in the book.",
        "Thin the rows when the seedlings show two true leaves.",
        "Companion planting pairs crops.",  # a layout table's text is read ...
        "A table follows in the book.",  # ... and the data table inside it is not
        "Water in the evening, never at noon.",
    ]
    assert not {"leeks", "november", "carrot", "sweetcorn"} & set(words(said.lower()))
    left = [(o.what, o.why) for o in manuscript.omitted]  # type: ignore[attr-defined]
    assert ("table in 'Chapter 2: Sowing' (4 rows)", '[text] tables = "skip"') in left
    sowing = next(o for o in manuscript.omitted if "4 rows" in o.what)  # type: ignore[attr-defined]
    assert sowing.text.splitlines()[-1] == "Leeks | March | November"
    plan = run_cli("plan", str(folder))
    assert plan.returncode == 0, plan.stderr
    assert "left out: table in 'Chapter 2: Sowing' (4 rows)" in plan.stdout


def test_docx_table_read_row_by_row(make_book) -> None:
    folder = make_book({"book.toml": '[text]\ntables = "read"\n'}, name="garden")
    make_garden_docx(folder / "garden.docx")
    manuscript, body, _ = _body(folder)
    at = body.index("Columns: Crop, Sow, Harvest.")
    assert body[at - 1] == "Sow little and often, as the table shows."
    assert body[at + 1 : at + 5] == [
        "Row 1: Broad beans, February, June.",
        "Row 2: Carrots, April, August.",
        "Row 3: Leeks, March, November.",
        "Thin the rows when the seedlings show two true leaves.",
    ]
    assert "Row 1: Carrot, Onion." in body  # no header row: every row is a row
    assert not any(o.why.startswith("[text]") for o in manuscript.omitted)  # type: ignore[attr-defined]


def test_docx_bold_first_row_is_a_header_and_cells_keep_their_lines(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("Prices", style="Heading 1")
    table = document.add_table(rows=3, cols=2)
    for c, text in enumerate(("Item", "Price")):
        table.cell(0, c).paragraphs[0].add_run(text).bold = True
    table.cell(1, 0).text = "Seed potatoes"
    table.cell(1, 1).text = "4s. a stone"
    table.cell(2, 0).text = "Onion sets"
    table.cell(2, 1).paragraphs[0].add_run("2d. a pound")
    table.cell(2, 1).add_paragraph("(in season)")
    found = read_docx(_save(document, tmp_path / "prices.docx"))
    assert list(found.blocks.values()) == [
        (
            "table-head",
            (("Item", "Price"), ("Seed potatoes", "4s. a stone"),
             ("Onion sets", "2d. a pound (in season)")),
        )
    ]  # fmt: skip


def _save(document, path: Path) -> Path:  # type: ignore[no-untyped-def]
    document.save(str(path))
    return path


# ------------------------------------------------------------- custom note marks

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes"
_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"


def _reference(paragraph, ident: str, mark: str | None = None, *, next_run: bool = False,
               symbol: bool = False) -> None:  # type: ignore[no-untyped-def]  # fmt: skip
    """Cite footnote `ident` as Word does; with a custom mark ("Insert Footnote…",
    "Custom mark"), the mark follows the reference as text or as a Symbol-font glyph."""
    run = paragraph.add_run()
    run.style = None
    ref = OxmlElement("w:footnoteReference")
    ref.set(qn("w:id"), ident)
    if mark is not None or symbol:
        ref.set(qn("w:customMarkFollows"), "1")
    run._r.append(ref)
    target = paragraph.add_run()._r if next_run else run._r
    if symbol:
        sym = OxmlElement("w:sym")
        sym.set(qn("w:font"), "Symbol")
        sym.set(qn("w:char"), "F02A")
        target.append(sym)
    elif mark is not None:
        text = OxmlElement("w:t")
        text.text = mark
        target.append(text)


def _heading(document, text: str, styled: bool) -> None:  # type: ignore[no-untyped-def]
    """A chapter heading: Word's Heading 1, or as most writers type one, in bold and
    centred on a new page."""
    if styled:
        document.add_paragraph(text, style="Heading 1")
        return
    paragraph = document.add_paragraph()
    paragraph.paragraph_format.page_break_before = True
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    paragraph.add_run(text).bold = True


def make_marked_docx(path: Path, *, styled: bool = True) -> Path:
    """A travel memoir whose editor used Word's custom note marks (*, †, a Symbol
    asterisk) beside ordinary numbered notes, one of them cited in a table."""
    document = docx.Document()
    _heading(document, "The Salt Road" if styled else "Chapter 1: The Salt Road", styled)
    p = document.add_paragraph("The caravan left at dawn")
    _reference(p, "1")
    p.add_run(" and reached the well by noon.")
    p = document.add_paragraph("Salt was worth its weight in gold")
    _reference(p, "2", "*")
    p.add_run(", or so the traders said.")
    p = document.add_paragraph("The guide was called Idris.")
    _reference(p, "3", "†", next_run=True)
    p = document.add_paragraph("We slept under the stars")
    _reference(p, "4", symbol=True)
    p.add_run(" every night.")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Town"
    table.cell(0, 1).text = "Days"
    table.cell(1, 0).text = "Taoudenni"
    _reference(table.cell(1, 0).paragraphs[0], "5", "‡")
    table.cell(1, 1).text = "Twelve"
    _heading(document, "The Well" if styled else "Chapter 2: The Well", styled)
    document.add_paragraph("Water was drawn by hand.")
    document.save(str(path))

    def note(ident: str, mark_run: str, text: str) -> str:
        return (
            f'<w:footnote w:id="{ident}"><w:p>{mark_run}'
            f'<w:r><w:t xml:space="preserve"> {text}</w:t></w:r></w:p></w:footnote>'
        )

    style = '<w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>'
    foot = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes xmlns:w="{_W}">'
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p>'
        "</w:footnote>"
        + note("1", f"<w:r>{style}<w:footnoteRef/></w:r>", "Camels carried the salt.")
        + note("2", f"<w:r>{style}<w:t>*</w:t></w:r>", "A bar bought a slave in Timbuktu.")
        + note("3", f"<w:r>{style}<w:t>†</w:t></w:r>", "His real name was never told.")
        + note("4", f'<w:r>{style}<w:sym w:font="Symbol" w:char="F02A"/></w:r>',
               "Tents were for the sick.")
        + note("5", f"<w:r>{style}<w:t>‡</w:t></w:r>", "The salt mines of the north.")
        + "</w:footnotes>"
    )  # fmt: skip
    return _with_footnotes(path, foot)


def _with_footnotes(path: Path, xml: str) -> Path:
    """The Word file at `path` with `xml` as its footnotes part, as Word links one in."""
    with zipfile.ZipFile(path) as src:
        members = {name: src.read(name) for name in src.namelist()}
    rels = members["word/_rels/document.xml.rels"].decode()
    members["word/_rels/document.xml.rels"] = rels.replace(
        "</Relationships>",
        f'<Relationship Id="rIdFn" Type="{_REL}" Target="footnotes.xml"/></Relationships>',
    ).encode()
    types = members["[Content_Types].xml"].decode()
    members["[Content_Types].xml"] = types.replace(
        "</Types>", f'<Override PartName="/word/footnotes.xml" ContentType="{_CT}"/></Types>'
    ).encode()
    members["word/footnotes.xml"] = xml.encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for name, data in members.items():
            out.writestr(name, data)
    return path


MARKED_BODY = [
    "The caravan left at dawn and reached the well by noon.",
    "Salt was worth its weight in gold, or so the traders said.",
    "The guide was called Idris.",
    "We slept under the stars every night.",
]


def test_docx_custom_note_marks_are_never_spoken(make_book) -> None:
    folder = make_book({}, name="salt")
    make_marked_docx(folder / "salt.docx")
    manuscript, body, said = _body(folder)
    assert body[:5] == [*MARKED_BODY, "A table follows in the book."]
    assert not set("*†‡") & set(said), said
    skipped = [o.text for o in manuscript.omitted if o.why == '[notes] mode = "skip"']  # type: ignore[attr-defined]
    assert skipped[:4] == [
        "Camels carried the salt.",
        "A bar bought a slave in Timbuktu.",
        "His real name was never told.",
        "Tents were for the sick.",
    ]


@pytest.mark.parametrize("styled", [True, False], ids=["heading-styles", "typed-headings"])
def test_docx_custom_marked_notes_go_to_chapter_end(make_book, styled: bool) -> None:
    """With Word's heading styles, or headings typed in bold (read as plain text is)."""
    folder = make_book({"book.toml": '[notes]\nmode = "chapter-end"\n'}, name="salt")
    make_marked_docx(folder / "salt.docx", styled=styled)
    _, _, chapters = load_book(folder)
    title = "The Salt Road" if styled else "Chapter 1: The Salt Road"
    assert [c.title for c in chapters] == [title, "The Well" if styled else "Chapter 2: The Well"]
    first = next(c for c in chapters if c.title == title).segments
    assert [s.text for s in first if s.kind == "text"][:4] == MARKED_BODY
    notes = [s.spoken for s in first if s.kind == "note"]
    assert notes[:4] == [
        "Note one. Camels carried the salt.",
        "Note two. A bar bought a slave in Timbuktu.",
        "Note three. His real name was never told.",
        "Note four. Tents were for the sick.",
    ]
    assert not any(set("*†‡") & set(s.text) for c in chapters for s in c.segments)


def test_docx_odd_tables_neither_crash_nor_lose_words(tmp_path: Path) -> None:
    """Empty tables, rows wrapped in content controls, a deleted row, merged cells and
    tables three deep: every body word outside a data table is still read."""
    from lxml import etree

    w = f'xmlns:w="{_W}"'

    def cell(text: str, extra: str = "") -> str:
        return f"<w:tc>{extra}<w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:tc>"

    merge = '<w:tcPr><w:vMerge w:val="restart"/></w:tcPr>'
    tables = [
        f"<w:tbl {w}></w:tbl>",
        f"<w:tbl {w}><w:tr><w:tc><w:p/></w:tc><w:tc><w:p/></w:tc></w:tr>"
        "<w:tr><w:tc><w:p/></w:tc><w:tc><w:p/></w:tc></w:tr></w:tbl>",
        f"<w:tbl {w}><w:sdt><w:sdtContent><w:tr>{cell('Oats')}{cell('Rye')}</w:tr>"
        f"</w:sdtContent></w:sdt><w:tr><w:trPr><w:del/></w:trPr>{cell('Gone')}{cell('Too')}"
        f"</w:tr><w:tr>{cell('Wheat', merge)}"
        f"{cell('Barley')}</w:tr></w:tbl>",
        f"<w:tbl {w}><w:tr><w:tc><w:tbl><w:tr><w:tc><w:tbl><w:tr>{cell('Deep')}"
        f"{cell('Inside')}</w:tr></w:tbl></w:tc></w:tr></w:tbl></w:tc></w:tr></w:tbl>",
    ]
    document = docx.Document()
    document.add_paragraph("Fields", style="Heading 1")
    body = document.element.body
    for index, xml in enumerate(tables):
        document.add_paragraph(f"Before table {index}.")
        body.insert(len(body) - 1, etree.fromstring(xml))
    document.add_paragraph("The end of the fields.")
    found = read_docx(_save(document, tmp_path / "odd.docx"))
    text = [p.text for _, paragraphs in found.chapters for p in paragraphs]
    assert [t for t in text if t.startswith("Before")] == [f"Before table {i}." for i in range(4)]
    assert "Deep" in text and "Inside" in text and text[-1] == "The end of the fields."
    assert [rows for _, rows in found.blocks.values()] == [(("Oats", "Rye"), ("Wheat", "Barley"))]


def test_docx_typed_without_heading_styles(tmp_path: Path) -> None:
    """A novel as most writers type it in Word: no styles at all; a centred title page
    (the title in bold, "by …", a copyright line), then each chapter's heading in bold
    on a new page, "#" between scenes, acknowledgements and an author's note at the
    back. Its chapters, title and author are found as in a plain-text book."""
    document = docx.Document()
    document.core_properties.author = "Microsoft Office User"
    for text, bold in (("THE SALT ROAD", True), ("by Mira Okafor", False),
                       ("Copyright © 2025 Mira Okafor. All rights reserved.", False)):
        paragraph = document.add_paragraph()
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        paragraph.add_run(text).bold = bold
    for number in ("One", "Two"):
        document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        heading = document.add_paragraph()
        heading.alignment = WD_ALIGN_PARAGRAPH.CENTER
        heading.add_run(f"Chapter {number}").bold = True
        document.add_paragraph(f"The road ran white under the moon, night {number.lower()}.")
        document.add_paragraph("#")
        document.add_paragraph("Morning came late.")
    for heading, text in (("Acknowledgements", "Thanks to my editor."),
                          ("About the Author", "Mira Okafor lives in Lagos.")):
        _heading(document, heading, styled=False)
        document.add_paragraph(text)
    found = read_docx(_save(document, tmp_path / "salt.docx"))
    assert (found.title, found.author) == ("The Salt Road", "Mira Okafor")
    assert [t for t, _ in found.chapters] == [
        "Chapter One", "Chapter Two", "Acknowledgements", "About the Author"
    ]  # fmt: skip
    first = found.chapters[0][1]
    assert [p.text for p in first] == ["The road ran white under the moon, night one.",
                                       "Morning came late."]  # fmt: skip
    assert first[1].scene_break_before
    assert "Copyright" in next(o.text for o in found.omitted if "title page" in o.what)


# ------------------------------------------------------------- Word's own furniture

_NS = f'xmlns:w="{_W}"'


def _r(text: str, rpr: str = "") -> str:
    """A run of text, with run properties (`<w:b/>`, `<w:vanish/>`) when given."""
    props = f"<w:rPr>{rpr}</w:rPr>" if rpr else ""
    return f'<w:r>{props}<w:t xml:space="preserve">{text}</w:t></w:r>'


def _p(inner: str, style: str = "", ppr: str = "") -> str:
    props = (f'<w:pStyle w:val="{style}"/>' if style else "") + ppr
    return f"<w:p {_NS}>{f'<w:pPr>{props}</w:pPr>' if props else ''}{inner}</w:p>"


def _field(instruction: str, result: str) -> str:
    """A complex field as Word writes one: begin, instruction, separate, result, end."""
    return (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        f'<w:r><w:instrText xml:space="preserve"> {instruction} </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        f"{_r(result)}"
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )


def _footnote(ident: int) -> str:
    return f'<w:r><w:footnoteReference w:id="{ident}"/></w:r>'


def _write(
    path: Path, paragraphs: list[str], document=None, notes: dict[int, str] | None = None
) -> Path:  # type: ignore[no-untyped-def]
    """A Word file whose body is `paragraphs` (raw WordprocessingML), with footnotes."""
    from lxml import etree

    document = document or docx.Document()
    body = document.element.body
    for xml in paragraphs:
        body.insert(len(body) - 1, etree.fromstring(xml))
    document.save(str(path))
    if not notes:
        return path
    foot = "".join(
        f'<w:footnote w:id="{i}"><w:p><w:r><w:footnoteRef/></w:r>'
        f'<w:r><w:t xml:space="preserve"> {text}</w:t></w:r></w:p></w:footnote>'
        for i, text in notes.items()
    )
    return _with_footnotes(path, (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes {_NS}>'
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p>'
        f"</w:footnote>{foot}</w:footnotes>"
    ))  # fmt: skip


def _texts(found) -> list[str]:  # type: ignore[no-untyped-def]
    return [p.text for _, paragraphs in found.chapters for p in paragraphs]


def test_docx_note_on_a_heading_is_the_chapters_first_note_not_part_of_its_title(
    make_book,
) -> None:
    """A footnote cited by a Heading 1 leaves no trace in the spoken title; it is read
    as the chapter's first note, and the notes after it are numbered on from it."""
    folder = make_book({"book.toml": '[notes]\nmode = "chapter-end"\n'}, name="mill")
    _write(
        folder / "mill.docx",
        [
            _p(_r("The Mill Race"), "Title"),
            _p(_r("Chapter 1: Ennis, 1931") + _footnote(1), "Heading1"),
            _p(
                _r("The mill had stood idle since the flood")
                + _footnote(2)
                + _r(", and the wheel was green with weed.")
            ),
            _p(_r("Chapter 2: Limerick"), "Heading1"),
            _p(_r("The city was loud after the valley.") + _footnote(3)),
        ],
        notes={
            1: "The family spelt the town their own way.",
            2: "The great flood of spring.",
            3: "So my aunt always said.",
        },
    )
    _, manuscript, chapters = load_book(folder)
    assert [c.title for c in chapters] == ["Chapter 1: Ennis, 1931", "Chapter 2: Limerick"]
    assert [p.text for p in manuscript.chapters[0].paragraphs] == [
        "The mill had stood idle since the flood, and the wheel was green with weed."
    ]
    spoken = [(s.kind, s.spoken) for c in chapters for s in c.segments]
    assert not any("docx" in said or "\ue000" in said for _, said in spoken), spoken
    assert [said for kind, said in spoken if kind == "note"] == [
        "Note one. The family spelt the town their own way.",
        "Note two. The great flood of spring.",
        "Note three. So my aunt always said.",
    ]


def test_docx_hidden_text_is_not_read(tmp_path: Path) -> None:
    """Word's "Hidden" font effect, on a run or in a paragraph style, is not printed, so
    it is not read; a run that the writer unhid in a hidden style is."""
    from docx.enum.style import WD_STYLE_TYPE

    document = docx.Document()
    note_style = document.styles.add_style("Writer Note", WD_STYLE_TYPE.PARAGRAPH)
    note_style.font.hidden = True
    document.add_paragraph("Chapter One", style="Heading 1")
    paragraph = document.add_paragraph("The tide turned at noon. ")
    paragraph.add_run("CHECK THE TIDE TABLE FOR MAY! ").font.hidden = True
    paragraph.add_run("The boats came home.")
    document.add_paragraph("Move this scene to chapter four.", style="Writer Note")
    unhidden = document.add_paragraph(style="Writer Note")
    unhidden.add_run("The harbour lights came on one by one.").font.hidden = False
    document.add_paragraph("Nobody on the quay said a word.")
    found = read_docx(_save(document, tmp_path / "tide.docx"))
    assert _texts(found) == [
        "The tide turned at noon. The boats came home.",
        "The harbour lights came on one by one.",
        "Nobody on the quay said a word.",
    ]


def _control(inner: str, *, placeholder: bool) -> str:
    """A content control (a template's fill-in field), showing its placeholder or not."""
    shown = "<w:showingPlcHdr/>" if placeholder else ""
    return f"<w:sdt><w:sdtPr>{shown}<w:text/></w:sdtPr><w:sdtContent>{inner}</w:sdtContent></w:sdt>"


def test_docx_unfilled_template_placeholders_are_not_read(tmp_path: Path) -> None:
    path = _write(
        tmp_path / "meadow.docx",
        [
            _p(_control(_r("The Long Meadow"), placeholder=False), "Title"),
            _p(_control(_r("[Subtitle]"), placeholder=True), "Subtitle"),
            _p(
                _control(_r("Click or tap here to enter text."), placeholder=True),
                ppr='<w:jc w:val="center"/>',
            ),
            f"<w:sdt {_NS}><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent>"
            f"<w:p>{_r('Type your dedication here.')}</w:p></w:sdtContent></w:sdt>",
            _p(_r("Chapter One"), "Heading1"),
            _p(
                _r("The meadow ran down to the river. ")
                + _control(_r("Choose an item."), placeholder=True)
            ),
            _p(_r("In June it was all clover.")),
        ],
    )
    found = read_docx(path)
    assert found.title == "The Long Meadow"
    assert [t for t, _ in found.chapters] == ["Chapter One"]
    assert _texts(found) == ["The meadow ran down to the river.", "In June it was all clover."]


_CHAPTERS = [
    _p(_r("Chapter 1: Slate"), "Heading1"),
    _p(_r("The quarry opened in the spring of the wet year.")),
    _p(_r("Chapter 2: Water"), "Heading1"),
    _p(_r("By August the pit had filled to the second ledge.")),
]
_ENTRIES = [("Chapter 1: Slate", "1"), ("Chapter 2: Water", "9")]


def _toc_field() -> list[str]:
    """Word's contents list: a TOC field over the entries (each a link with a PAGEREF
    field for its page), under a plain bold "Contents" line, entries in no TOC style."""
    paragraphs = [_p(_r("Contents", "<w:b/>"), ppr='<w:jc w:val="center"/>')]
    for index, (entry, page) in enumerate(_ENTRIES):
        begin = (
            '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
            '<w:r><w:instrText xml:space="preserve"> TOC \\o "1-2" \\h </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            if index == 0
            else ""
        )
        link = f'<w:hyperlink w:anchor="_Toc{index}">{_r(entry)}<w:r><w:tab/></w:r>'
        pageref = _field(f"PAGEREF _Toc{index} \\h", page)
        paragraphs.append(_p(f"{begin}{link}{pageref}</w:hyperlink>"))
    paragraphs.append(_p('<w:r><w:fldChar w:fldCharType="end"/></w:r>'))
    return paragraphs


def _toc_styled() -> list[str]:
    """Entries in Word's "TOC 1" style with no field, under "TOC Heading"."""
    return [_p(_r("Contents"), "TOCHeading")] + [
        _p(_r(entry) + "<w:r><w:tab/></w:r>" + _r(page), "TOC1") for entry, page in _ENTRIES
    ]


def _toc_control() -> list[str]:
    """Google Docs: a "Table of Contents" content control, entries in no TOC style."""
    tab = "<w:r><w:tab/></w:r>"
    entries = "".join(f"<w:p>{_r(entry)}{tab}{_r(page)}</w:p>" for entry, page in _ENTRIES)
    return [
        f"<w:sdt {_NS}><w:sdtPr><w:docPartObj><w:docPartGallery w:val=\"Table of Contents\"/>"
        f"<w:docPartUnique/></w:docPartObj></w:sdtPr><w:sdtContent>{entries}</w:sdtContent>"
        "</w:sdt>"
    ]


@pytest.mark.parametrize(
    "contents", [_toc_field, _toc_styled, _toc_control], ids=["field", "styles", "gdocs"]
)
def test_docx_table_of_contents_is_left_out_and_listed(tmp_path: Path, contents) -> None:  # type: ignore[no-untyped-def]
    """Word's contents list (a TOC field, the "TOC 1" styles, Google Docs' contents
    control) is left out with its "Contents" label and listed; the label does not join
    the first chapter's title."""
    document = docx.Document()
    if contents is _toc_styled:
        from docx.enum.style import WD_STYLE_TYPE

        document.styles.add_style("toc 1", WD_STYLE_TYPE.PARAGRAPH).element.set(
            qn("w:styleId"), "TOC1"
        )
    title = _p(_r("The Flooded Quarry"), "Title")
    found = read_docx(_write(tmp_path / "quarry.docx", [title, *contents(), *_CHAPTERS], document))
    assert [t for t, _ in found.chapters] == ["Chapter 1: Slate", "Chapter 2: Water"]
    assert _texts(found) == [
        "The quarry opened in the spring of the wet year.",
        "By August the pit had filled to the second ledge.",
    ]
    (left,) = found.omitted
    assert left.why == "table of contents"
    assert "Chapter 1: Slate" in left.text and "Chapter 2: Water" in left.text


def test_docx_unended_contents_field_leaves_nothing_out(tmp_path: Path) -> None:
    """A damaged file whose TOC field never ends cannot say where the contents stop:
    everything is read rather than the rest of the book lost."""
    found = read_docx(_write(tmp_path / "broken.docx", [*_toc_field()[:-1], *_CHAPTERS]))
    assert "By August the pit had filled to the second ledge." in _texts(found)
    assert [t for t, _ in found.chapters][-2:] == ["Chapter 1: Slate", "Chapter 2: Water"]


def test_docx_page_number_fields_are_not_read(tmp_path: Path) -> None:
    """PAGE and NUMPAGES are true on paper only: a page's header typed into the body
    ("Draft 2, page 1 of 9") is left out whole and listed, and a page number in a
    sentence of prose is read as Word shows it: the author wrote it as part of the
    sentence ("The margin of this page 2 was left wide…"). A DATE field is read."""
    path = _write(
        tmp_path / "draft.docx",
        [
            _p(_r("Draft 2, page ") + _field("PAGE", "1") + _r(" of ") + _field("NUMPAGES", "9")),
            _p(_r("Chapter One"), "Heading1"),
            _p(
                _r("Written on ")
                + _field('DATE \\@ "d MMMM yyyy"', "4 May 2024")
                + _r(" at the kitchen table.")
            ),
            _p(
                _r("The margin of this page ")
                + _field("PAGE", "2")
                + _r(
                    " was left wide on purpose, so that every reader would have somewhere to"
                    " write down what the story made them remember."
                )
            ),
        ],
    )
    found = read_docx(path)
    assert [t for t, _ in found.chapters] == ["Chapter One"]
    texts = _texts(found)
    assert texts[0] == "Written on 4 May 2024 at the kitchen table."
    assert texts[1].startswith("The margin of this page 2 was left wide")
    (left,) = found.omitted
    assert left.what == "page numbers in 1 paragraph"
    assert left.text.splitlines() == ["Draft 2, page 1 of 9"]


def _chapter_style(document, name: str = "Chapter Title", outline: str = "0"):  # type: ignore[no-untyped-def]
    """A writer's own chapter style, as Word saves it when its outline level is set."""
    from docx.enum.style import WD_STYLE_TYPE
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    style = document.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    style.element.set(qn("w:styleId"), name.replace(" ", ""))
    style.base_style = document.styles["Normal"]
    style.font.bold = True
    ppr = style.element.get_or_add_pPr()
    ppr.append(parse_xml(f'<w:outlineLvl {nsdecls("w")} w:val="{outline}"/>'))
    return style


def test_docx_own_heading_style_at_outline_level_one_starts_chapters(tmp_path: Path) -> None:
    """A "Chapter Title" style at outline level 1 (or that level set on the paragraph
    itself) is a heading like Heading 1, with a Title-styled title page or without; a
    style at level 3 is not."""
    document = docx.Document()
    _chapter_style(document)
    _chapter_style(document, "Scene Title", outline="2")
    document.add_paragraph("Salt Road", style="Title")
    document.add_paragraph("The Harbour", style="Chapter Title")
    document.add_paragraph("Morning", style="Scene Title")
    document.add_paragraph("The harbour had been silting up for years.")
    document.add_paragraph("Inventory", style="Chapter Title")
    document.add_paragraph("She made a list of what the house held.")
    own_level = _p(_r("Iron"), ppr='<w:outlineLvl w:val="1"/>')
    _write(tmp_path / "salt.docx", [own_level, _p(_r("The chest was locked."))], document)
    found = read_docx(tmp_path / "salt.docx")
    assert found.title == "Salt Road"
    assert [t for t, _ in found.chapters] == ["The Harbour", "Inventory", "Iron"]
    assert found.chapters[0][1][0].text == "Morning"  # level 3: a paragraph of the chapter

    untitled = docx.Document()
    _chapter_style(untitled)
    for text, style in (("The Harbour", "Chapter Title"), ("It was silting up.", None),
                        ("Inventory", "Chapter Title"), ("She made a list.", None)):
        untitled.add_paragraph(text, style=style)
    found = read_docx(_save(untitled, tmp_path / "untitled.docx"))
    assert [t for t, _ in found.chapters] == ["The Harbour", "Inventory"]


def test_docx_own_heading_style_leaves_a_typed_book_to_the_plain_text_rules(
    tmp_path: Path,
) -> None:
    """With no Word heading styles, headings whose words show them ("Chapter One: …")
    are still found as in plain text, title page and all."""
    document = docx.Document()
    _chapter_style(document)
    for line in ("SALT ROAD", "by Nell Carrow"):
        document.add_paragraph(line).alignment = WD_ALIGN_PARAGRAPH.CENTER
    for title, text in (("Chapter One: The Harbour", "It was silting up."),
                        ("Chapter Two: Inventory", "She made a list.")):
        document.add_paragraph(title, style="Chapter Title")
        document.add_paragraph(text)
    found = read_docx(_save(document, tmp_path / "salt.docx"))
    assert (found.title, found.author) == ("Salt Road", "Nell Carrow")
    assert [t for t, _ in found.chapters] == ["Chapter One: The Harbour", "Chapter Two: Inventory"]


def _typed_book(path: Path, titles: list[str], *, page_break_before: bool = False) -> Path:
    """A story collection typed with no styles: a centred title page, then each story on
    a new page under its title in bold (Ctrl+Enter at the end of the page before, or
    "Page break before" set on the title)."""
    document = docx.Document()
    for line, bold in (("THE LIGHT KEEPERS", True), ("by Ada Fenwick", False)):
        paragraph = document.add_paragraph()
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        paragraph.add_run(line).bold = bold
    for number, title in enumerate(titles, 1):
        if page_break_before:
            heading = document.add_paragraph()
            heading.paragraph_format.page_break_before = True
        else:
            document.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)
            heading = document.add_paragraph()
        heading.add_run(title).bold = True
        document.add_paragraph(f"The lamp was lit at dusk on night {number}, as always.")
        document.add_paragraph("Nobody came up the steps until morning.")
    return _save(document, path)


@pytest.mark.parametrize("page_break_before", [False, True], ids=["ctrl-enter", "break-before"])
def test_docx_titles_typed_in_bold_on_new_pages_start_chapters(
    tmp_path: Path, page_break_before: bool
) -> None:
    titles = ["The Gannet Rock", "Fog Signal", "Relief Boat"]
    path = _typed_book(tmp_path / "light.docx", titles, page_break_before=page_break_before)
    found = read_docx(path)
    assert [t for t, _ in found.chapters][-3:] == titles
    assert [p.text for p in found.chapters[-1][1]] == [
        "The lamp was lit at dusk on night 3, as always.",
        "Nobody came up the steps until morning.",
    ]


def test_docx_one_bold_line_on_a_new_page_is_no_chapter(tmp_path: Path) -> None:
    """One such line could as well be a dedication; a bold line that is a sentence is
    the text's own emphasis."""
    for titles in (["The Gannet Rock"], ["It rained.", "Fog came in."]):
        found = read_docx(_typed_book(tmp_path / "light.docx", titles))
        assert [t for t, _ in found.chapters] == [None], titles


def test_docx_symbol_font_ornament_is_a_scene_break(tmp_path: Path) -> None:
    """An ornament between scenes in Wingdings (private-use characters, or `w:sym`) has
    no sound: it is a scene break, with Heading styles or without."""
    wingdings = '<w:rFonts w:ascii="Wingdings" w:hAnsi="Wingdings"/>'
    centred = '<w:jc w:val="center"/>'
    scenes = [
        _p(_r("The boat left before light.")),
        _p(_r("\uf0a7\uf0a7\uf0a7", wingdings), ppr=centred),
        _p(_r("By noon the island was gone behind them.")),
        _p('<w:r><w:sym w:font="Wingdings" w:char="F076"/></w:r>', ppr=centred),
        _p(_r("Night came down on open water.")),
        _p(_r("v", wingdings), ppr=centred),  # ❖ typed as a letter in the symbol font
        _p(_r("They saw the light at last.")),
    ]
    styled = read_docx(
        _write(tmp_path / "styled.docx", [_p(_r("Crossing"), "Heading1"), *scenes])
    )
    typed_heading = _p(_r("Chapter One", "<w:b/>"), ppr=centred + "<w:pageBreakBefore/>")
    typed = read_docx(_write(tmp_path / "typed.docx", [typed_heading, *scenes]))
    for found in (styled, typed):
        paragraphs = found.chapters[-1][1]
        assert [p.text for p in paragraphs] == [
            "The boat left before light.", "By noon the island was gone behind them.",
            "Night came down on open water.", "They saw the light at last.",
        ]  # fmt: skip
        assert [p.scene_break_before for p in paragraphs] == [False, True, True, True]


def _strict(path: Path) -> Path:
    """The file as Word's "Strict Open XML Document" saves it: other namespaces."""
    with zipfile.ZipFile(path) as src:
        members = {name: src.read(name) for name in src.namelist()}
    old, new = "http://schemas.openxmlformats.org/", "http://purl.oclc.org/ooxml/"
    for name, data in members.items():
        if name.endswith((".xml", ".rels")) and name != "[Content_Types].xml":
            text = data.decode()
            for part in ("wordprocessingml/2006/main", "officeDocument/2006/relationships"):
                text = text.replace(old + part, new + part.replace("/2006", ""))
            members[name] = text.encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for name, data in members.items():
            out.writestr(name, data)
    return path


def test_docx_strict_open_xml_says_to_save_it_again(tmp_path: Path) -> None:
    from audiobook.errors import ManuscriptError

    document = docx.Document()
    document.add_paragraph("Chapter One", style="Heading 1")
    document.add_paragraph("The lamp was lit at dusk.")
    path = _strict(_save(document, tmp_path / "strict.docx"))
    with pytest.raises(ManuscriptError, match=r"save it again as a Word Document \(\.docx\)"):
        read_docx(path)
    plan = run_cli("plan", str(path))
    assert plan.returncode == 2
    assert plan.stderr.strip().splitlines() == [
        f'audiobook: error: {path}: saved as "Strict Open XML Document", which cannot be read;'
        " open it in Word and save it again as a Word Document (.docx)"
    ]


def test_docx_superscript_runs_are_note_marks_or_exponents(tmp_path: Path) -> None:
    """A superscript run's figures become superscript characters: after a stop they are a
    note mark ("2–3%." + "14", left out), after "10" an exponent ("10" + "−19"), after an
    element a charge ("Ca" + "2+"); a figure in an ordinary run stays as typed."""
    from audiobook.text.notes import resolve

    sup = '<w:vertAlign w:val="superscript"/>'
    path = _write(
        tmp_path / "coal.docx",
        [
            _p(_r("Watt raised this to ca. 2–3%.") + _r("14", sup) + _r(" By 1870 it was more.")),
            _p(_r("The charge is 1.6 × 10") + _r("−19", sup) + _r(" C, and Ca") + _r("2+", sup)
               + _r(" rose.")),
            _p(_r("It came to 3.") + _r("14") + _r(" in all.")),
        ],
    )  # fmt: skip
    found, _ = resolve(read_docx(path))
    texts = _texts(found)
    assert "Watt raised this to ca. 2–3%. By 1870 it was more." in texts
    assert "The charge is 1.6 × 10⁻¹⁹ C, and Ca²⁺ rose." in texts
    assert "It came to 3.14 in all." in texts


_MATH = 'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math"'


def test_docx_equation_is_read_when_in_a_row_and_listed_when_laid_out(tmp_path: Path) -> None:
    """A Word equation ("x=1", Insert > Equation) was dropped without a word: "Where in
    the harbor." One in a row is read; a fraction, whose letters in a row would say
    "ab" for a over b, is left out and listed."""
    linear = f"<m:oMath {_MATH}><m:r><m:t>x=1</m:t></m:r></m:oMath>"
    fraction = (f"<m:oMath {_MATH}><m:f><m:num><m:r><m:t>a</m:t></m:r></m:num>"
                "<m:den><m:r><m:t>b</m:t></m:r></m:den></m:f></m:oMath>")  # fmt: skip
    path = _write(tmp_path / "math.docx", [
        _p(_r("Chapter 1"), "Heading1"),
        _p(_r("Where ") + linear + _r(" in the harbor.")),
        _p(_r("The ratio ") + fraction + _r(" held all night.")),
    ])  # fmt: skip
    found = read_docx(path)
    assert _texts(found) == ["Where x=1 in the harbor.", "The ratio held all night."]
    listed = [(o.what, o.why, o.text) for o in found.omitted]
    assert ("1 equation", "a Word equation laid out in two dimensions", "ab") in listed
