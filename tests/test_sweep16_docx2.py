"""Word fields, equations, capitals and shapes inside a sentence (sweep 16, "docx2"): a
PAGE field in prose, fields that describe the file, a simple inline equation, text
shown in capitals by `w:caps`, and a shape set in the line of text. Each with a near
miss that must stay read as before."""

from __future__ import annotations

from pathlib import Path

import docx

from audiobook.models import Manuscript
from audiobook.text.ingest import locate_book, read_manuscript
from wordxml import NS, P, R, field, simple, word_document


def _document(*paragraphs: str, styles: str = "") -> docx.document.Document:
    return word_document(*paragraphs, styles=styles, title="Rain Notebook", author="Ellen Shaw")


def _read(document: docx.document.Document, path: Path) -> Manuscript:
    document.save(str(path))
    return read_manuscript(locate_book(path))


def _text(manuscript: Manuscript) -> str:
    return "\n".join(p.text for c in manuscript.chapters for p in c.paragraphs)


def _left_out(manuscript: Manuscript) -> str:
    return "\n".join(f"{o.what}: {o.text}" for o in manuscript.omitted)


CLOSING = "The rest of the chapter goes on as chapters do, with the rain and the war and the men."


# 1. A PAGE field in a sentence of prose


def test_a_page_field_in_a_short_sentence_keeps_the_sentence(tmp_path: Path) -> None:
    book = _document(
        P("Chapter One", "Heading1"),
        P(R("As I write this, on page ") + field("PAGE", "7")
          + R(" of a notebook my daughter gave me, the rain has stopped.")),
        P(CLOSING),
    )  # fmt: skip
    found = _read(book, tmp_path / "rain.docx")
    text = _text(found)
    said = "As I write this, on page 7 of a notebook my daughter gave me, the rain has stopped."
    assert said in text  # the number is the author's word in the sentence: read
    assert "page numbers" not in _left_out(found)


def test_a_page_header_typed_in_the_body_is_still_left_out_whole(tmp_path: Path) -> None:
    book = _document(
        P(R("Rain Notebook · Ellen Shaw · page ") + field("PAGE", "7")),
        P(R("Draft 2, page ") + field("PAGE", "8") + R(" of ") + field("NUMPAGES", "9") + R(".")),
        P("Chapter One", "Heading1"),
        P(CLOSING),
    )
    found = _read(book, tmp_path / "rain.docx")
    assert "Ellen Shaw" not in _text(found) and "Draft" not in _text(found)
    assert "Rain Notebook · Ellen Shaw · page 7\nDraft 2, page 8 of 9." in _left_out(found)


# 2. Fields that describe the file, not the book


def test_file_fields_are_left_out_and_listed(tmp_path: Path) -> None:
    book = _document(
        P("Chapter One", "Heading1"),
        P(CLOSING),
        P(R("Set on ") + simple("PRINTDATE", "12/03/2024 10:15:00 AM") + R(" · File: ")
          + simple("FILENAME \\p", "C:\\Users\\jane\\Documents\\hedgerow_v7.docx")),
        P(R("The draft you are reading, all ") + field("NUMWORDS", "81,204")
          + R(" words of it, went to the printer in the spring of that year.")),
    )  # fmt: skip
    found = _read(book, tmp_path / "hedge.docx")
    text = _text(found)
    assert "Users" not in text and "2024" not in text and "Set on" not in text
    assert "81" not in text and "went to the printer in the spring" in text
    left = _left_out(found)
    assert "file details in 2 places" in left
    assert "Set on 12/03/2024 10:15:00 AM · File: C:\\Users" in left and "NUMWORDS: 81,204" in left


def test_author_date_and_page_reference_fields_are_read(tmp_path: Path) -> None:
    """A PAGEREF's "see page 12" is the author's sentence: without the number it would
    not be one, so it is read; AUTHOR and DATE are about the book."""
    book = _document(
        P("Chapter One", "Heading1"),
        P(R("The custom is older than anyone can say; see page ") + field("PAGEREF folk \\h", "12")
          + R(" for more of it.")),
        P(R("Written by ") + simple("AUTHOR", "Ellen Shaw") + R(" on ")
          + field('DATE \\@ "d MMMM yyyy"', "4 May 2024") + R(" at the kitchen table.")),
        P(CLOSING),
    )  # fmt: skip
    text = _text(_read(book, tmp_path / "hedge.docx"))
    assert "see page 12 for more of it." in text
    assert "Written by Ellen Shaw on 4 May 2024 at the kitchen table." in text


# 3. A simple inline equation is said in its sentence


def mr(text: str) -> str:
    return f"<m:r><m:t>{text}</m:t></m:r>"


def fraction(num: str, den: str) -> str:
    return f"<m:oMath><m:f><m:num>{mr(num)}</m:num><m:den>{mr(den)}</m:den></m:f></m:oMath>"


def power(before: str, base: str, sup: str) -> str:
    return (f"<m:oMath>{mr(before)}<m:sSup><m:e>{mr(base)}</m:e><m:sup>{mr(sup)}</m:sup>"
            "</m:sSup></m:oMath>")  # fmt: skip


def test_a_simple_fraction_and_square_are_said_in_the_sentence(tmp_path: Path) -> None:
    book = _document(
        P("Chapter One", "Heading1"),
        P(R("I wrote on the board that half was ") + fraction("1", "2") + R(", and that was all.")),
        P(R("He once wrote ") + power("E=m", "c", "2") + R(" on the slate.")),
        P(CLOSING),
    )
    found = _read(book, tmp_path / "slate.docx")
    text = _text(found)
    assert "that half was 1/2 , and that was all." in text  # the space is not heard
    assert "He once wrote E=mc² on the slate." in text
    assert "equation" not in _left_out(found)


def test_a_fraction_of_letters_or_a_longer_power_is_still_left_out(tmp_path: Path) -> None:
    book = _document(
        P("Chapter One", "Heading1"),
        P(R("The ratio ") + fraction("a", "b") + R(" was never a whole number.")),
        P(R("The count grew as ") + power("", "x", "10") + R(" in the end.")),
        P(CLOSING),
    )
    found = _read(book, tmp_path / "slate.docx")
    assert "The ratio was never a whole number." in _text(found)
    assert "2 equations: ab\nx10" in _left_out(found)


# 4. Text Word shows in capitals


CAPS_STYLE = (
    f'<w:style {NS} w:type="character" w:customStyle="1" w:styleId="Acronym">'
    '<w:name w:val="Acronym"/><w:rPr><w:caps/></w:rPr></w:style>'
)


def test_caps_text_is_read_as_the_capitals_it_shows(tmp_path: Path) -> None:
    book = _document(
        P("Chapter One", "Heading1"),
        P(R("The letters ") + R("nhs", "<w:caps/>") + R(" meant nothing to her, nor did ")
          + R("bbc", '<w:rStyle w:val="Acronym"/>') + R(".")),
        P(CLOSING),
        styles=CAPS_STYLE,
    )  # fmt: skip
    text = _text(_read(book, tmp_path / "caps.docx"))
    assert "The letters NHS meant nothing to her, nor did BBC." in text


def test_small_caps_and_caps_turned_off_are_read_as_typed(tmp_path: Path) -> None:
    book = _document(
        P("Chapter One", "Heading1"),
        P(R("The ledger was headed ") + R("Receipts and Disbursements", "<w:smallCaps/>")
          + R(", and ") + R("bbc", '<w:rStyle w:val="Acronym"/><w:caps w:val="0"/>') + R(" too.")),
        P(CLOSING),
        styles=CAPS_STYLE,
    )  # fmt: skip
    text = _text(_read(book, tmp_path / "caps.docx"))
    assert "The ledger was headed Receipts and Disbursements, and bbc too." in text


# 5. A shape set in the line of text


def shape(text: str, place: str = "inline") -> str:
    """A star shape holding a word: "In line with text" (`wp:inline`) or floating."""
    return (f'<w:r><w:drawing><wp:{place} distT="0" distB="0" distL="0" distR="0">'
            '<wp:extent cx="1800000" cy="900000"/><wp:docPr id="77" name="Explosion 1"/>'
            '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/'
            'wordprocessingShape"><wps:wsp><wps:spPr><a:prstGeom prst="irregularSeal1">'
            f'<a:avLst/></a:prstGeom></wps:spPr><wps:txbx><w:txbxContent><w:p>{R(text)}</w:p>'
            f'</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic>'
            f'</wp:{place}></w:drawing></w:r>')  # fmt: skip


def test_an_inline_shape_is_read_in_its_place(tmp_path: Path) -> None:
    book = _document(
        P("Chapter One", "Heading1"),
        P(R("One of them drew a star on my chart, with a word in it: ") + shape("Brilliant!")
          + R(" I kept it for years.")),
        P(CLOSING),
    )  # fmt: skip
    text = _text(_read(book, tmp_path / "star.docx"))
    assert "with a word in it: Brilliant! I kept it for years." in text
    assert text.count("Brilliant") == 1


def test_a_floating_shape_is_still_read_after_its_paragraph(tmp_path: Path) -> None:
    book = _document(
        P("Chapter One", "Heading1"),
        P(R("One of them drew a star on my chart, with a word in it: ")
          + shape("Brilliant!", "anchor") + R(" I kept it for years.")),
        P(CLOSING),
    )  # fmt: skip
    text = _text(_read(book, tmp_path / "star.docx"))
    assert "with a word in it: I kept it for years.\nBrilliant!" in text
