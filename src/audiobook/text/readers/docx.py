"""Word (.docx) manuscripts: "Heading 1", "Heading 2" and "Title" paragraphs start
chapters; the first paragraph, when styled "Title", names the book instead.

Text is taken from the document XML rather than python-docx's `Paragraph.text`, so
that tracked insertions, content controls and table cells are read and deleted text
is not; text boxes and drawings are left out (they are not the running text).

A data table (two rows and two columns or more, short cells) is left to
`text/technical.py` like the other readers' tables (`[text] tables`); a table that
only lays out text (a one-cell box with a border, columns of prose) is read as text,
cell by cell, and a data table nested in it is still a table.

Footnote and endnote references are never spoken: each becomes a note reference
(`text/notes.py`) and the note's text, from the document's footnotes and endnotes
parts, becomes a note of the paragraph that cites it, so `[notes] mode` applies.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

from audiobook.errors import ManuscriptError
from audiobook.models import LINE_BREAK
from audiobook.text.notes import reference
from audiobook.text.readers.base import (
    ChapterBuilder,
    ReadText,
    byline,
    clean_text,
    hardened_xml_parser,
    missing_package,
    open_archive,
)
from audiobook.text.technical import Blocks

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"

_NOT_TEXT = {
    W + "del", W + "moveFrom", W + "delText", W + "instrText", W + "fldData",
    W + "txbxContent", W + "drawing", W + "pict", W + "object",
    W + "rPr", W + "pPr",
    MC + "AlternateContent",
}  # fmt: skip
_SPACES = {W + "tab", W + "ptab"}
_BREAKS = {W + "br", W + "cr"}  # Shift+Enter: the author's line break, unless a page's
_REFERENCES = {W + "footnoteReference": "fn", W + "endnoteReference": "en"}
_NOTE_PARTS = {"footnotes": ("fn", W + "footnote"), "endnotes": ("en", W + "endnote")}
_STYLE_DEPTH = 20
_WRAPPERS = (W + "sdt", W + "customXml", W + "sdtContent", W + "ins", W + "moveTo")
_MARK_LENGTH = 10  # Word takes at most ten characters as a custom note mark
_CELL_WORDS = 30  # a cell longer than this is prose laid out in a table, not data


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
    page_author: str | None = None
    first, title_page = True, False
    counts: dict[str, int] = {}
    marks: dict[str, str] = {}
    blocks = Blocks()
    items: list[tuple[Any, str, str | None]] = []  # (paragraph or placeholder, text, kind)
    for paragraph in _body(document.element.body, blocks, marks):
        if isinstance(paragraph, str):  # a table's placeholder (text/technical.py)
            items.append((None, paragraph, None))
            continue
        text = clean_text(_text(paragraph, counts, marks))
        kind = _kind(styles.get(paragraph.style) if paragraph.style else default)
        if text or _page_break(paragraph):
            items.append((paragraph, text, kind))
    core = document.core_properties
    author = clean_text(core.author or "")
    if author.casefold() in _ACCOUNT_NAMES:
        author = ""
    if not any(kind in ("title", "chapter") for _, _, kind in items):
        return _as_plain_text(items, core, author, _note_bodies(document, marks), blocks)
    for paragraph, text, kind in items:
        if paragraph is None:
            builder.paragraph(text)
            first = False
            continue
        if not text:
            continue
        if kind == "title" and first:
            book_title, title_page = text, True
        elif title_page and (kind == "subtitle" or (written_by := byline(text))):
            # the title page under the title ("A Novel", "by Helen Marsh"): read once,
            # in the credits, never as a chapter of its own
            page_author = page_author or (written_by if kind != "subtitle" else None)
            continue
        elif kind in ("title", "chapter"):
            builder.heading(text)
        else:
            builder.paragraph(text)
        first, title_page = False, title_page and kind == "title"
    return ReadText(
        chapters=builder.result(),
        # The visible title beats the file's properties, which often keep a template's.
        title=book_title or clean_text(core.title or "") or None,
        # a byline on the title page beats the file's author, which is whoever's
        # account made the file ("Microsoft Office User", a template's, a library's)
        author=page_author or author or None,
        language=clean_text(core.language or "") or None,
        notes=_note_bodies(document, marks),
        blocks=blocks.found,
    )


def _as_plain_text(
    items: list[tuple[Any, str, str | None]], core: Any, author: str,
    notes: dict[str, str], blocks: Blocks,
) -> ReadText:
    """A manuscript typed with no heading styles ("Chapter One" in bold, centred, after
    a page break), as most writers type one: read as a plain-text book is, by
    `plaintext.find_chapters`, which finds headings by their words, the title page,
    a contents list and front matter. Word's layout is kept as plain text keeps it: a
    centred paragraph is set in from the margin, a page break is a wide gap."""
    from audiobook.text.readers.plaintext import WIDE_GAP, find_chapters

    chunks: list[str] = []
    for paragraph, text, _ in items:
        if paragraph is not None and _page_break(paragraph) and chunks:
            chunks.append("\n" * WIDE_GAP)
        if text:
            centred = paragraph is not None and _centred(paragraph)
            chunks.append(("    " if centred else "") + text)
    found = find_chapters("\n\n".join(chunks) + "\n")
    title = clean_text(core.title or "")
    return replace(
        found,
        # the title page's title beats the file's property, which often keeps a template's
        title=found.title or title or None,
        author=found.author or author or None,
        language=clean_text(core.language or "") or None,
        notes=notes,
        blocks=blocks.found,
    )


def _page_break(paragraph: Any) -> bool:
    """Does the paragraph start a page (a page break before or in it)?"""
    ppr = paragraph.find(W + "pPr")
    before = ppr.find(W + "pageBreakBefore") if ppr is not None else None
    if before is not None:
        return before.get(W + "val") not in ("0", "false", "off")
    return any(br.get(W + "type") == "page" for br in paragraph.iter(W + "br"))


def _centred(paragraph: Any) -> bool:
    ppr = paragraph.find(W + "pPr")
    jc = ppr.find(W + "jc") if ppr is not None else None
    return jc is not None and jc.get(W + "val") == "center"


def _note_bodies(document: Any, marks: dict[str, str]) -> dict[str, str]:
    """The text of every footnote and endnote, keyed as `_text` cites them
    ("docx:fn:2"); Word's separator pseudo-notes are not notes. A note cited by a
    custom mark repeats that mark as text before its words; it is not read."""
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
            key = f"docx:{prefix}:{note.get(W + 'id')}"
            text = " ".join(" ".join(clean_text(_text(p)) for p in _paragraphs(note)).split())
            mark = marks.get(key)
            if mark and text.startswith(mark):
                text = text[len(mark) :].lstrip()
            if text:
                bodies[key] = text
    return bodies


_ACCOUNT_NAMES = frozenset({
    "python-docx", "microsoft office user", "windows user", "user", "admin", "administrator",
    "author", "unknown", "owner", "pc", "apache poi", "libreoffice", "pandoc",
})  # fmt: skip
"""Authors Word files carry that name no writer."""


def _is_default_paragraph_style(style: Any) -> bool:
    element = getattr(style, "element", None)
    return (
        element is not None
        and element.get(W + "default") in ("1", "true", "on")
        and (element.get(W + "type") == "paragraph")
    )


def _kind(style: Any) -> str | None:
    """What a paragraph style makes of it: "title", "subtitle", "chapter" (Heading 1/2,
    or a style based on them), or None for text."""
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
        if name == "subtitle" or ident == "subtitle":
            return "subtitle"
        if name.startswith("heading") or ident.startswith("heading"):
            return None  # Heading 3 based on Heading 2 is still a paragraph
        style = style.base_style
    return None


def _paragraphs(container: Any) -> Iterator[Any]:
    """Every paragraph in order, including those in tables and content controls."""
    for child in _unwrapped(container):
        if child.tag == W + "p":
            yield child
        elif child.tag == W + "tbl":
            for row in _rows(child):
                for cell in _cells(row):
                    yield from _paragraphs(cell)


def _body(container: Any, blocks: Blocks, marks: dict[str, str]) -> Iterator[Any]:
    """The body's paragraphs in order, with each data table replaced by its block
    placeholder (a str); a layout table's paragraphs are yielded in reading order."""
    for child in _unwrapped(container):
        if child.tag == W + "p":
            yield child
        elif child.tag == W + "tbl" and _is_data_table(child):
            rows = [[_cell_text(cell, marks) for cell in _cells(row)] for row in _rows(child)]
            placeholder = blocks.add("table-head" if _has_header(child) else "table", rows)
            if placeholder:
                yield placeholder
        elif child.tag == W + "tbl":
            for row in _rows(child):
                for cell in _cells(row):
                    yield from _body(cell, blocks, marks)


def _unwrapped(container: Any) -> Iterator[Any]:
    """The children of `container`, looking through content controls and tracked
    insertions, which wrap paragraphs, tables, rows and cells alike."""
    for child in container:
        if child.tag in _WRAPPERS:
            yield from _unwrapped(child)
        else:
            yield child


def _rows(table: Any) -> list[Any]:
    """A table's rows, without those deleted as a tracked change."""
    return [
        row
        for row in _unwrapped(table)
        if row.tag == W + "tr" and row.find(f"{W}trPr/{W}del") is None
    ]


def _cells(row: Any) -> list[Any]:
    return [cell for cell in _unwrapped(row) if cell.tag == W + "tc"]


def _cell_text(cell: Any, marks: dict[str, str] | None = None) -> str:
    """A cell's text on one line; note references in a table are not kept (the notes
    pass never sees a table), so they are never spoken."""
    return " ".join(t for t in (clean_text(_text(p, None, marks)) for p in _paragraphs(cell)) if t)


def _is_data_table(table: Any) -> bool:
    """Rows and columns of data, as the HTML reader judges them: two rows and two
    columns or more, short cells, no table inside a cell."""
    rows = _rows(table)
    if len(rows) < 2 or max((len(_cells(row)) for row in rows), default=0) < 2:
        return False
    for row in rows:
        for cell in _cells(row):
            if cell.find(f".//{W}tbl") is not None:
                return False
            if len(_cell_text(cell).split()) > _CELL_WORDS:
                return False
    return True


def _has_header(table: Any) -> bool:
    """Row one names the columns: Word's "Repeat as header row", or every cell of
    row one set in bold by hand."""
    first = _rows(table)[0]
    repeat = first.find(f"{W}trPr/{W}tblHeader")
    if repeat is not None:
        return repeat.get(W + "val") not in ("0", "false", "off")
    runs = [
        run
        for run in first.iter(W + "r")
        if "".join(t.text or "" for t in run.iter(W + "t")).strip()
    ]
    return bool(runs) and all(_bold(run) for run in runs)


def _bold(run: Any) -> bool:
    flag = run.find(f"{W}rPr/{W}b")
    return flag is not None and flag.get(W + "val") not in ("0", "false", "off")


def _text(
    element: Any, counts: dict[str, int] | None = None, marks: dict[str, str] | None = None
) -> str:
    """The text of a paragraph; note references become note marks numbered in order
    of citation. Footnotes and endnotes share one count: Word prints endnotes as
    "i, ii", but a listener told "note one" twice in a chapter would be lost.

    A reference with `w:customMarkFollows` (Word's "Custom mark") is followed, in its
    run or the next, by the mark itself: text ("*", "†") or a Symbol-font `w:sym`.
    That mark is the reference, so it is dropped too, and kept in `marks` by note key
    so that `_note_bodies` can take the same mark off the front of the note."""
    parts: list[str] = []
    pending: list[str] = []  # the key of a reference whose custom mark comes next

    def walk(node: Any) -> None:
        for child in node:
            tag = child.tag
            if not isinstance(tag, str) or tag in _NOT_TEXT:
                continue
            if tag in _REFERENCES:
                key = f"docx:{_REFERENCES[tag]}:{child.get(W + 'id')}"
                if counts is not None:
                    counts["notes"] = counts.get("notes", 0) + 1
                    parts.append(reference(key, str(counts["notes"])))
                custom = child.get(W + "customMarkFollows") in ("1", "true", "on")
                pending[:] = [key] if custom else []
            elif tag == W + "t":
                text = child.text or ""
                if pending:  # the custom mark: what stands before the first space
                    mark = "" if text[:1].isspace() else (text.split(None, 1) or [""])[0]
                    mark = mark if len(mark) <= _MARK_LENGTH else ""
                    if mark and marks is not None:
                        marks[pending[0]] = mark
                    text = text[len(mark) :]
                    pending.clear()
                parts.append(text)
            elif tag == W + "sym":
                pending.clear()  # a Symbol-font glyph is never read, as a mark or not
            elif tag in _SPACES:
                pending.clear()
                parts.append(" ")
            elif tag in _BREAKS:
                pending.clear()
                page = child.get(W + "type") in ("page", "column")
                parts.append(" " if page else LINE_BREAK)
            elif tag == W + "noBreakHyphen":
                pending.clear()
                parts.append("-")
            else:
                walk(child)

    walk(element)
    return "".join(parts)
