"""Word (.docx) manuscripts: "Heading 1", "Heading 2" and "Title" paragraphs start
chapters; the first paragraph, when styled "Title", names the book instead.

Text is taken from the document XML rather than python-docx's `Paragraph.text`, so
that tracked insertions, content controls and table cells are read and deleted text
is not; text boxes and drawings are left out (they are not the running text).

Footnote and endnote references are never spoken: each becomes a note reference
(`text/notes.py`) and the note's text, from the document's footnotes and endnotes
parts, becomes a note of the paragraph that cites it, so `[notes] mode` applies.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from audiobook.errors import ManuscriptError
from audiobook.text.notes import reference
from audiobook.text.readers.base import (
    ChapterBuilder,
    ReadText,
    clean_text,
    hardened_xml_parser,
    missing_package,
    open_archive,
)

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"

_NOT_TEXT = {
    W + "del", W + "moveFrom", W + "delText", W + "instrText", W + "fldData",
    W + "txbxContent", W + "drawing", W + "pict", W + "object",
    W + "rPr", W + "pPr",
    MC + "AlternateContent",
}  # fmt: skip
_SPACES = {W + "tab", W + "ptab", W + "br", W + "cr"}
_REFERENCES = {W + "footnoteReference": "fn", W + "endnoteReference": "en"}
_NOTE_PARTS = {"footnotes": ("fn", W + "footnote"), "endnotes": ("en", W + "endnote")}
_STYLE_DEPTH = 20


def read_docx(path: Path) -> ReadText:
    """A Word manuscript as chapters, with title and author from its properties."""
    try:
        import docx
    except ImportError as exc:
        raise missing_package(path, "python-docx", "Word documents") from exc

    open_archive(path, "Word document").close()
    try:
        document = docx.Document(str(path))
    except Exception as exc:  # python-docx fails on broken files with many exception types
        raise ManuscriptError(f"{path}: not a readable Word document ({exc})") from exc

    styles = {style.style_id: style for style in document.styles}
    default = next((s for s in styles.values() if _is_default_paragraph_style(s)), None)
    builder = ChapterBuilder()
    book_title: str | None = None
    first = True
    counts: dict[str, int] = {}
    for paragraph in _paragraphs(document.element.body):
        text = clean_text(_text(paragraph, counts))
        if not text:
            continue
        kind = _kind(styles.get(paragraph.style) if paragraph.style else default)
        if kind == "title" and first:
            book_title = text
        elif kind is not None:
            builder.heading(text)
        else:
            builder.paragraph(text)
        first = False
    core = document.core_properties
    return ReadText(
        chapters=builder.result(),
        # The visible title beats the file's properties, which often keep a template's.
        title=book_title or clean_text(core.title or "") or None,
        author=clean_text(core.author or "") or None,
        language=clean_text(core.language or "") or None,
        notes=_note_bodies(document),
    )


def _note_bodies(document: Any) -> dict[str, str]:
    """The text of every footnote and endnote, keyed as `_text` cites them
    ("docx:fn:2"); Word's separator pseudo-notes are not notes."""
    from lxml import etree

    bodies: dict[str, str] = {}
    for rel in document.part.rels.values():
        kind = rel.reltype.rsplit("/", 1)[-1]
        if kind not in _NOTE_PARTS or rel.is_external:
            continue
        prefix, tag = _NOTE_PARTS[kind]
        try:
            root = etree.fromstring(rel.target_part.blob, hardened_xml_parser())
        except etree.XMLSyntaxError:
            continue  # a broken notes part costs the notes, never the book
        for note in root.iterchildren(tag):
            if note.get(W + "type") not in (None, "normal"):
                continue
            text = " ".join(clean_text(_text(p)) for p in _paragraphs(note))
            if text.strip():
                bodies[f"docx:{prefix}:{note.get(W + 'id')}"] = " ".join(text.split())
    return bodies


def _is_default_paragraph_style(style: Any) -> bool:
    element = getattr(style, "element", None)
    return (
        element is not None
        and element.get(W + "default") in ("1", "true", "on")
        and (element.get(W + "type") == "paragraph")
    )


def _kind(style: Any) -> str | None:
    """What a paragraph style makes of it: "title", "chapter" (Heading 1/2, or a style
    based on them), or None for text."""
    seen: set[str] = set()
    for _ in range(_STYLE_DEPTH):
        if style is None or style.style_id in seen:
            return None
        seen.add(style.style_id)
        name = (style.name or "").casefold()
        ident = (style.style_id or "").casefold()
        if name == "title" or ident == "title":
            return "title"
        if name in ("heading 1", "heading 2") or ident in ("heading1", "heading2"):
            return "chapter"
        if name.startswith(("heading", "subtitle")) or ident.startswith(("heading", "subtitle")):
            return None  # Heading 3 based on Heading 2 is still a paragraph
        style = style.base_style
    return None


def _paragraphs(container: Any) -> Iterator[Any]:
    """Every body paragraph in order, including those in tables and content controls."""
    for child in container:
        tag = child.tag
        if tag == W + "p":
            yield child
        elif tag == W + "tbl":
            for row in child.iterchildren(W + "tr"):
                for cell in row.iterchildren(W + "tc"):
                    yield from _paragraphs(cell)
        elif tag in (W + "sdt", W + "customXml", W + "sdtContent", W + "ins", W + "moveTo"):
            yield from _paragraphs(child)


def _text(element: Any, counts: dict[str, int] | None = None) -> str:
    """The text of a paragraph; note references become note marks numbered in order
    of citation. Footnotes and endnotes share one count: Word prints endnotes as
    "i, ii", but a listener told "note one" twice in a chapter would be lost."""
    parts: list[str] = []
    for child in element:
        tag = child.tag
        if not isinstance(tag, str) or tag in _NOT_TEXT:
            continue
        if tag in _REFERENCES:
            if counts is not None:
                counts["notes"] = counts.get("notes", 0) + 1
                key = f"docx:{_REFERENCES[tag]}:{child.get(W + 'id')}"
                parts.append(reference(key, str(counts["notes"])))
        elif tag == W + "t":
            parts.append(child.text or "")
        elif tag in _SPACES:
            parts.append(" ")
        elif tag == W + "noBreakHyphen":
            parts.append("-")
        else:
            parts.append(_text(child, counts))
    return "".join(parts)
