"""Word documents written as WordprocessingML for reader tests: the runs, paragraphs and
fields Word itself writes (python-docx has no API for drop caps, fields, equations or
shapes), put into a python-docx document with nothing else in its body."""

from __future__ import annotations

import docx
from docx.oxml import parse_xml

NS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:dgm="http://schemas.openxmlformats.org/drawingml/2006/diagram"'
)


def R(text: str, rpr: str = "") -> str:
    """A run of `text`, with run properties `rpr` (`<w:caps/>`, `<w:vanish/>`…)."""
    props = f"<w:rPr>{rpr}</w:rPr>" if rpr else ""
    return f'<w:r>{props}<w:t xml:space="preserve">{text}</w:t></w:r>'


def P(inner: str = "", style: str = "", ppr: str = "") -> str:
    """A paragraph: `inner` is plain text, or raw runs when it starts with "<"."""
    styled = f'<w:pStyle w:val="{style}"/>' if style else ""
    props = f"<w:pPr>{styled}{ppr}</w:pPr>" if styled or ppr else ""
    runs = inner if inner.startswith("<") else (R(inner) if inner else "")
    return f"<w:p {NS}>{props}{runs}</w:p>"


def field(instruction: str, result: str) -> str:
    """A complex field as Word writes one: begin, instruction, separate, result, end."""
    return (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        f'<w:r><w:instrText xml:space="preserve"> {instruction} </w:instrText></w:r>'
        f'<w:r><w:fldChar w:fldCharType="separate"/></w:r>{R(result)}'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )


def simple(instruction: str, result: str) -> str:
    """A simple field (`w:fldSimple`): the instruction and its result in one element."""
    return f'<w:fldSimple w:instr=" {instruction} ">{R(result)}</w:fldSimple>'


def word_document(
    *paragraphs: str, title: str = "", author: str = "", styles: str = ""
) -> docx.document.Document:
    """A document of exactly `paragraphs` (XML, as `P` writes them), `styles` added to its
    style sheet, and `title`/`author` as its properties."""
    document = docx.Document()
    body = document.element.body
    for child in list(body):
        if not child.tag.endswith("sectPr"):
            body.remove(child)
    section = body[-1]
    for xml in paragraphs:
        section.addprevious(parse_xml(xml))
    if styles:
        document.styles.element.append(parse_xml(styles))
    document.core_properties.title = title
    document.core_properties.author = author
    return document
