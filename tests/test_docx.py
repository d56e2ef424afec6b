"""Word manuscripts: tables follow `[text] tables` like the other readers, and a note
cited by a custom mark (an asterisk, a Symbol-font dagger) is a note like any other."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from tests.conftest import run_cli

from audiobook.build.pipeline import load_book
from audiobook.text.readers.docx import read_docx
from audiobook.text.segment import words


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
    import zipfile

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
    members["word/footnotes.xml"] = foot.encode()
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
