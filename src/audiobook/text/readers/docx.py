"""Word (.docx) manuscripts: "Heading 1", "Heading 2" and "Title" paragraphs start
chapters, and so does a writer's own style at outline level 1 or 2, or named for a
chapter's heading ("Chapter Title", Pages' "Heading"); the first paragraph, when
styled "Title", names the book instead. Chapters typed by hand among heading styles
are found title by title (`_typed_among_headings`). A book with no heading styles is
read by the plain-text rules (`_as_plain_text`), or, when they find no heading, by
its own heading style or its titles typed in bold on new pages (`_typed_titles`).
Formatting counts whether typed or set in a style (`_Look`). An ornament in a symbol
font (Wingdings) is a scene break.
A title page typed as paragraphs (centred title, "by …", a page break), and a story's
title and byline over its text, name the book and are not read (`_title_page`).

Text is taken from the document XML rather than python-docx's `Paragraph.text`, so
that tracked insertions, content controls and table cells are read and deleted text
is not. A text box (a sidebar) is read after the paragraph it is anchored in, once
(Word writes it twice, for new and old readers); a pull quote, a box that repeats the
body's words, is left out and listed. Drawings are left out, and so are (listed) a
figure's caption (the "Caption" style, or one typed under a photograph; a table's is
read), a placeholder for a picture ("[INSERT FIGURE 1.2 HERE]") and a QR code's
caption. A numbered list's items ("List
Number", or any list in numbering.xml with digits) are read with their numbers, and
every list's items, bulleted or numbered, each as a paragraph of its own.

A data table (two rows and two columns or more, short cells) is left to
`text/technical.py` like the other readers' tables (`[text] tables`); a table that
only lays out text (a one-cell box with a border, columns of prose) is read as text,
cell by cell, and a data table nested in it is still a table.

Footnote and endnote references are never spoken: each becomes a note reference
(`text/notes.py`) and the note's text, from the document's footnotes and endnotes
parts, becomes a note of the paragraph that cites it, so `[notes] mode` applies. A
note cited by a heading is a note of the first paragraph under it (a title is never
a note's place: it is spoken alone, with no notes after it).

What Word does not print is not read either: hidden text (`w:vanish`, the "Hidden"
font effect, in a run or its style) and a content control's placeholder ("Click or
tap here to enter text."). Nor is what Word fills in for itself: a table of contents
(a TOC field, the "TOC 1".."TOC 9" styles, Google Docs' contents control), left out
and listed, page numbers (PAGE and NUMPAGES fields) in the body but for one in a
sentence of prose, which the author wrote as part of it, and fields that
describe the file (FILENAME, PRINTDATE, NUMWORDS…). A contents list
typed by hand is left out and listed too (`_typed_contents`), and so are a draft's
notes to self, "[TK: …]" (`_without_draft_notes`).
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from audiobook.config import language_code
from audiobook.errors import ManuscriptError
from audiobook.models import LINE_BREAK, Omission, Paragraph
from audiobook.text import matter, technical
from audiobook.text.notes import CLOSE, OPEN, reference
from audiobook.text.readers.base import (
    TO_SUPERSCRIPT,
    ChapterBuilder,
    ReadText,
    byline,
    clean_text,
    hardened_xml_parser,
    is_break_mark,
    missing_package,
    open_archive,
    translator_credit,
)
from audiobook.text.readers.narration import (
    COVER_NOTE_WHY,
    at_an_end,
    draft_note_noun,
    draft_notes_left_out,
    introduced,
    is_cover_note,
    is_play,
    phonogram_line,
    reads_cues,
    without_draft_notes,
)
from audiobook.text.struck import STRUCK_CLOSE, STRUCK_OPEN
from audiobook.text.technical import Blocks

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
M = "{http://schemas.openxmlformats.org/officeDocument/2006/math}"
_MATH_LAYOUT = {M + name for name in (
    "f", "rad", "sSup", "sSub", "sSubSup", "sPre", "nary", "m", "eqArr", "acc", "bar",
    "borderBox", "box", "groupChr", "limLow", "limUpp", "func", "d", "phant")}  # fmt: skip
"""An equation's layout (a fraction, a root, a script, a sum…): its letters in a row
("x2" for x squared) would be read wrong, so such an equation is left out and listed."""

_SUPERSCRIPT_DIGITS = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


def _said_equation(equation: Any) -> str | None:
    """An equation as it would be typed in a sentence, or None when its layout cannot be
    typed: a row ("a+b=c") as it is, a fraction of digits as "1/2", a single digit's
    superscript as "c²" (the normalizer says "one half", "E equals mc squared"). A
    root, a sum, a longer power or a fraction of letters is left out and listed. An
    equation on its own line (`m:oMathPara`) is left out and listed whatever it holds."""
    if equation.getparent() is not None and equation.getparent().tag == M + "oMathPara":
        return None if any(el.tag in _MATH_LAYOUT for el in equation.iter()) else _math_row(
            equation
        )

    def typed(node: Any) -> str | None:
        out = []
        for child in node:
            if child.tag == M + "r":
                out.append(_math_row(child))
            elif child.tag == M + "f":
                num, den = (_math_row(child.find(M + part)) for part in ("num", "den"))
                plain = all(child.find(M + part) is not None and not _math_layout(
                    child.find(M + part)) for part in ("num", "den"))  # fmt: skip
                if not (plain and num.isdigit() and den.isdigit()):
                    return None
                out.append(f"{num}/{den}")
            elif child.tag == M + "sSup":
                base, power = child.find(M + "e"), child.find(M + "sup")
                said = typed(base) if base is not None else None
                raised = _math_row(power) if power is not None else ""
                if said is None or _math_layout(power) or len(raised) != 1 or not raised.isdigit():
                    return None
                out.append(said + raised.translate(_SUPERSCRIPT_DIGITS))
            elif child.tag in _MATH_LAYOUT:
                return None
            elif child.tag not in (M + "oMathPr", M + "ctrlPr", M + "sSupPr", M + "fPr"):
                said = typed(child)
                if said is None:
                    return None
                out.append(said)
        return "".join(out)

    return typed(equation)


def _math_row(node: Any) -> str:
    return " ".join("".join(t.text or "" for t in node.iter(M + "t")).split())


def _math_layout(node: Any) -> bool:
    return any(el.tag in _MATH_LAYOUT for el in node.iter())


_NOT_TEXT = {
    W + "del", W + "moveFrom", W + "delText", W + "instrText", W + "fldData",
    W + "txbxContent", W + "drawing", W + "pict", W + "object",
    W + "rPr", W + "pPr",
    MC + "AlternateContent",
}  # fmt: skip
_SPACES = {W + "tab", W + "ptab"}
_BREAKS = {W + "br", W + "cr"}  # Shift+Enter: the author's line break, unless a page's
_REFERENCES = {W + "footnoteReference": "fn", W + "endnoteReference": "en"}
_LEAVES = {W + "t", W + "sym", W + "noBreakHyphen", *_SPACES, *_BREAKS, *_REFERENCES}
"""What `_text` reads out of a run; anything else is walked into."""
_SYMBOL_FONT = {
    **dict(zip(range(0x41, 0x5B), "ΑΒΧΔΕΦΓΗΙϑΚΛΜΝΟΠΘΡΣΤΥςΩΞΨΖ", strict=True)),
    **dict(zip(range(0x61, 0x7B), "αβχδεφγηιϕκλμνοπθρστυϖωξψζ", strict=True)),
    0xB0: "°", 0xB1: "±", 0xB4: "×", 0xB8: "÷", 0xA3: "≤", 0xB3: "≥", 0xB9: "≠",
    0xA5: "∞", 0xAE: "→", 0xAC: "←", 0xAB: "↔", 0xBB: "≈", 0xBA: "≡", 0xD6: "√",
    0xA2: "′", 0xB2: "″", 0xB5: "∝", 0x2B: "+", 0x3D: "=", 0x3C: "<", 0x3E: ">",
}  # fmt: skip
"""The Symbol font's characters (Insert › Symbol keeps them as `w:sym`, by the font's
own code, F0B0 for °) that say something in a sentence: "65°F", "3÷2", α, π."""
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
_WINGDINGS_FACES = {0x4A: "🙂", 0x4B: "😐", 0x4C: "🙁"}
"""Wingdings' faces: Word's AutoCorrect turns ":)" into Wingdings J, read as the emoji."""
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

    archive = open_archive(path, "Word document")
    try:
        document = docx.Document(str(path))
    except Exception as exc:  # python-docx fails on broken files with many exception types
        if _is_strict(archive):
            raise ManuscriptError(
                f'{path}: saved as "Strict Open XML Document", which cannot be read; '
                "open it in Word and save it again as a Word Document (.docx)"
            ) from exc
        raise ManuscriptError(f"{path}: not a readable Word document ({exc})") from exc
    finally:
        archive.close()

    styles = {style.style_id: style for style in document.styles}
    default = next((s for s in styles.values() if _is_default_paragraph_style(s)), None)
    capitals = {sid: _on(flag) for sid, flag in _inherited(styles.values(), "rPr/caps").items()}
    hiding = _Hiding(_hidden_styles(styles.values()), default.style_id if default else None,
                     {sid: True for sid, on in capitals.items() if on})  # fmt: skip
    body = document.element.body
    marked = (next(body.iter(W + tag), None) is not None for tag in ("vanish", "caps"))
    shown = hiding if hiding.styles or hiding.caps or any(marked) else None
    read = _read_body(document, styles, default, shown, _Fields())
    if read.fields.unended:  # a broken field would leave out all that follows: read it all
        read = _read_body(document, styles, default, shown, None)
    marks, blocks = read.marks, read.blocks
    items, cover = _without_cover(read.items, styles, default)
    items, quotes = _without_pull_quotes(items)
    look = _Look.of(document, styles.values(), default.style_id if default else None)
    items, set_quotes = _without_set_pull_quotes(items, styles, look)
    quotes += set_quotes
    items, figures = _without_figure_text(items, styles, default, look)
    items, omitted = _without_contents(items, styles)
    items, drafts = _without_draft_notes(items)
    omitted += quotes + figures + drafts
    items, contact = _without_contact_table(items, blocks)
    omitted += contact
    items, chords, played = _without_chords(items)
    omitted += chords
    omitted += _page_numbers_left_out(read.page_lines, read.file_lines)
    omitted += technical.times_left_out(blocks.times)  # text messages' times
    if read.diagrams:
        what = f"{len(read.diagrams)} diagram{'s' if len(read.diagrams) != 1 else ''}"
        omitted += (Omission(what, "a SmartArt diagram: its words are set in shapes",
                             "\n".join(read.diagrams)),)  # fmt: skip
    if equations := read.fields.equations:
        what = f"{len(equations)} equation{'s' if len(equations) != 1 else ''}"
        omitted += (Omission(what, "a Word equation laid out in two dimensions",
                             "\n".join(equations)),)  # fmt: skip
    core = document.core_properties
    author = clean_text(core.author or "")
    if author.casefold() in _ACCOUNT_NAMES:
        author = ""
    known = clean_text(core.title or "") or None  # a title page may show it again
    if cover is not None:  # Word's gallery cover page: its title and author name the book
        omitted += (cover.omission,)
        known, author = cover.title or known, cover.author or author
    kinds = {kind for _, _, kind in items}
    if kinds & {"title", "chapter"}:
        # Word's heading styles, and perhaps chapters typed by hand among them
        items = _typed_among_headings(items, look)
    else:
        # No Word heading styles: the plain-text rules find headings by their words, and
        # the title page with them; a writer's own heading style, or titles typed in bold
        # on new pages, serve when they find none.
        items = _typed_titles(items, played, look)
        kinds = {kind for _, _, kind in items}
        notes = _note_bodies(document, marks, hiding)
        found = _as_plain_text(items, core, author, notes, blocks, look)
        titled = any(title for title, _ in found.chapters)
        if not kinds & {"outline", "typed"} or (
            titled and not _typed_beyond_words(items, found, look)
        ):
            if not kinds & _HEADING_KINDS and not any(title for title, _ in found.chapters):
                # no heading at all, so the plain-text rules found no title page: a
                # story's title and byline over its text are one
                rest, page = _title_page(items, known, author, story=True)
                if page is not None:
                    found = replace(_as_plain_text(rest, core, author, notes, blocks, look),
                                    title=page.title or found.title,
                                    author=page.author or found.author,
                                    translator=page.translator or found.translator)  # fmt: skip
                    omitted += (page.omission,)
            if cover is not None:
                found = replace(found, title=cover.title or found.title,
                                author=cover.author or found.author)  # fmt: skip
            return replace(found, omitted=(*omitted, *found.omitted))
    # poem titles typed off new pages: nothing but the page's own setting ends its title page
    typed_off_page = any(
        kind == "typed" and not _opens_page(items, i, look) for i, (_, _, kind) in enumerate(items)
    )
    # "Also by" and "Praise" pages before the title page (Vellum's and KDP's order): the
    # title page is looked for after them, and each is read as a page of its own, left
    # out or read by its heading (`matter.drop_matter`), never with the pages after it
    lead = _front_promotion(items)
    front = items[:lead]
    items, page = _title_page(items[lead:], known, author, story=False, set_apart=typed_off_page)
    items = [*front, *items]
    if page is not None:
        omitted += (page.omission,)
    # a list's items are no poem's lines: each is read as its own paragraph, with a pause
    body = {id(p) for p, _, kind in items if p is not None and kind is None} - read.list_items
    items = _chapters_at_level_three(items, styles, default)
    items = _sections_in_chapters(items, styles, default)
    builder = ChapterBuilder()
    dedication = _dedication_at(items)
    items, dedication = _stanzas(items, dedication, body, played)
    heads, resumes = _labelled_pages(items)
    opened: bool | None = None  # was the book's first item still to come at the first label
    book_title = page.title if page else None
    page_author = page.author if page else None
    first, title_page = True, False
    cited = ""  # note references lifted off a heading, for the paragraph under it
    for index, (paragraph, text, kind) in enumerate(items):
        if id(paragraph) in heads:  # "ALSO BY NADIA PETRENKO", "Playlist" over its page
            builder.heading(text)
            opened = first if opened is None else opened
            continue
        if id(paragraph) in resumes:  # a page after them, not theirs
            builder.heading(None)
            first = bool(opened)
        if index == dedication:
            builder.heading(matter.dedication_title(clean_text(core.language or "") or None))
        if paragraph is None:
            builder.paragraph(text)
            first = False
            continue
        if kind == "break":
            builder.scene_break()
            continue
        if not text:
            continue
        bare, references = _lift_references(text)
        if kind == "title" and first:
            book_title, title_page = bare, True
        elif title_page and (kind == "subtitle" or (written_by := byline(bare))):
            # the title page under the title ("A Novel", "by Helen Marsh"): read once,
            # in the credits, never as a chapter of its own
            page_author = page_author or (written_by if kind != "subtitle" else None)
            cited += references
            continue
        elif kind in ("title", "chapter", "outline", "typed"):
            builder.heading(bare)
        else:
            builder.paragraph(cited + text)
            cited = references = ""
        cited += references
        first, title_page = False, title_page and kind == "title"
    return ReadText(
        chapters=builder.result(),
        # The visible title beats the file's properties, which often keep a template's.
        title=book_title or known,
        # a byline on the title page beats the file's author, which is whoever's
        # account made the file ("Microsoft Office User", a template's, a library's)
        author=page_author or author or None,
        editor=page.editor if page else None,
        translator=page.translator if page else None,
        language=language_code(clean_text(core.language or "")) or None,
        notes=_note_bodies(document, marks, hiding),
        omitted=omitted,
        blocks=blocks.found,
    )


_Item = tuple[Any, str, str | None]
"""(paragraph or None for a table's placeholder, text, kind): "title", "subtitle",
"chapter", "outline" (a heading by its outline level, not a Heading style), "typed" (a
title typed in bold on a new page: `_typed_titles`), "contents" (a table of contents'
line), "break" (an ornament), or None."""


@dataclass
class _Body:
    """The body as read, paragraph by paragraph, and what reading it collected."""

    items: list[_Item]
    marks: dict[str, str]
    blocks: Blocks
    fields: _Fields
    page_lines: list[str]  # each paragraph's page numbers, or the line they stood in
    file_lines: list[str]  # each file field left out (FILENAME, PRINTDATE…), with its result
    list_items: set[int]  # a Word list's items, by `id`: each its own paragraph
    diagrams: list[str] = field(default_factory=list)  # each SmartArt diagram's words


def _read_body(
    document: Any, styles: dict[str, Any], default: Any, hiding: _Hiding | None,
    fields: _Fields | None,
) -> _Body:
    """Every paragraph's text and kind, in order; `hiding` is None when nothing is
    hidden. Without `fields`, field results are all read (a document whose fields do not
    end cannot say where a contents list does)."""
    counts: dict[str, int] = {}
    marks: dict[str, str] = {}
    blocks = Blocks()
    items: list[_Item] = []
    page_lines: list[str] = []
    file_lines: list[str] = []  # each file field left out: "FILENAME: C:\\…"
    tracked = fields or _Fields()
    levels = _outline_levels(styles.values())
    numbering = _Numbering(document, styles)
    list_items: set[int] = set()
    blanks: list[Any] = []  # the empty paragraphs since the last one read
    gaps: dict[int, list[Any]] = {}  # a body paragraph's index: the empty ones over it
    cap = ""  # a drop cap's letter, for the paragraph whose first word it begins
    for paragraph in _body(document.element.body, blocks, marks, hiding):
        if isinstance(paragraph, str):  # a table's placeholder (text/technical.py)
            items.append((None, paragraph, None))
            blanks = []
            continue
        if _blank(paragraph):
            if not _struck_out(paragraph):
                blanks.append(paragraph)
            continue
        said = _text(paragraph, counts, marks, hiding=hiding, fields=fields)
        if _drop_cap(paragraph, said):
            cap += clean_text(said)  # "T" over "he mill stood…"
            continue
        text = clean_text(cap + said) if cap and said.strip() else clean_text(said)
        cap = "" if text else cap
        style = styles.get(paragraph.style) if paragraph.style else default
        kind = _kind(style)
        level = _outline_level(paragraph, style, levels) if kind is None else None
        if kind is None and level in (0, 1):
            kind = "outline"  # a style of the writer's own ("Chapter Title") at level 1 or 2
        elif kind is None and level is None and _names_a_chapter(style, text):
            kind = "outline"  # "Chapter Heading", Pages' "Heading": no level, but named so
        heading = kind in ("chapter", "outline")
        # counted on every numbered paragraph
        number = numbering.label(paragraph, style, heading=heading)
        if kind is None and numbering.in_list(paragraph, style):
            list_items.add(id(paragraph))
        if number and text and (kind is None or heading):
            # "1. Call your county health department."; a heading numbered by its style
            # ("Chapter %1", "%1.%2") is said with the number Word shows: "Chapter 1 The
            # Purchase", "1.1 The Surveyor's Report"
            text = f"{number} {text}"
        elif kind is None and text:
            text = _tab_labelled(paragraph, text)
        listed = clean_text(tracked.take_contents())
        numbers, details = tracked.take_page_numbers(), tracked.take_file_details()
        bare = _without_shown_pages(text)
        if numbers or details:
            prose = _reads_as_prose(bare)
            if len(bare.split()) <= _PAGE_LINE_WORDS and OPEN not in bare and not prose:
                # "Draft 3, page 1 of 14": a page's header typed in the body, left out whole
                line = clean_text(_text(paragraph, hiding=hiding))
                (page_lines if numbers else file_lines).append(line)
                bare = ""
            elif prose:  # "As I write this, on page 7 of a notebook…": the author's words
                bare = clean_text(_SHOWN_PAGE.sub(r"\1", text))
                file_lines.extend(details)
            else:  # a long paragraph that is no sentence keeps its words, not the numbers
                page_lines.extend([" ".join(numbers)] if numbers else [])
                file_lines.extend(details)
        text = bare
        if kind == "contents" or _in_contents_control(paragraph):
            listed, text, kind = " ".join(filter(None, (listed, text))), "", "contents"
        if listed:
            items.append((paragraph, listed, "contents"))
        if kind is None and _is_ornament(paragraph, text):
            items.append((paragraph, "", "break"))
        elif kind != "contents" and (text or _page_break(paragraph)):
            if kind is None and text:
                gaps[len(items)] = blanks
            items.append((paragraph, text, kind))
        blanks = []
        for box in _text_boxes(paragraph):
            for inner in _paragraphs(box):
                said = _without_shown_pages(
                    _text(inner, counts, marks, hiding=hiding, fields=fields)
                )
                if said:
                    items.append((inner, said, "box"))
    return _Body(_blank_breaks(items, gaps), marks, blocks, tracked, page_lines, file_lines,
                 list_items, _diagram_texts(document))  # fmt: skip


_DROP_CAP_LENGTH = 4  # "T", "“W": a longer frame is a box of text, read as it is


def _drop_cap(paragraph: Any, said: str) -> bool:
    """Is the paragraph Word's drop cap (Insert › Drop Cap): the first letter of the next
    paragraph, in a frame of its own (`w:framePr w:dropCap`)? Its letter begins the
    next paragraph's first word ("T" + "he mill stood"), with no space between."""
    frame = paragraph.find(f"{W}pPr/{W}framePr")
    if frame is None or frame.get(W + "dropCap") not in ("drop", "margin"):
        return False
    return 0 < len("".join(said.split())) <= _DROP_CAP_LENGTH


def _struck_out(paragraph: Any) -> bool:
    """An empty paragraph deleted as a tracked change (its mark deleted or moved, or
    all it held): Word joins it to the next once the change is accepted, so it is no
    space between scenes (`_blank_breaks`)."""
    mark = paragraph.find(f"{W}pPr/{W}rPr")
    if mark is not None and (mark.find(W + "del") is not None
                             or mark.find(W + "moveFrom") is not None):  # fmt: skip
        return True
    return next(paragraph.iter(W + "del", W + "moveFrom"), None) is not None


_COVER_GALLERY = "cover pages"
_CREDITED = re.compile(r"^[A-Z][a-z]+ (?=by\s)")  # "Collected by Ruth Armstrong"


def _in_cover_gallery(paragraph: Any) -> bool:
    """Is the paragraph (or the text box it is in) part of Word's Insert › Cover Page:
    a content control of the "Cover Pages" gallery?"""
    return any(
        value.casefold() == _COVER_GALLERY
        for sdt in paragraph.iterancestors(W + "sdt")
        for gallery in sdt.iterfind(f"{W}sdtPr/{W}docPartObj/{W}docPartGallery")
        if (value := gallery.get(W + "val") or "")
    )


def _control_role(paragraph: Any) -> str:
    """What the content control a cover's paragraph holds stands for: its name ("Title",
    "Author", "Company") or the document property it is bound to (dc:title, creator)."""
    controls = [*paragraph.iter(W + "sdt"), *paragraph.iterancestors(W + "sdt")]
    for sdt in controls:
        binding = sdt.find(f"{W}sdtPr/{W}dataBinding")
        xpath = (binding.get(W + "xpath") or "") if binding is not None else ""
        if re.search(r":title\[", xpath):
            return "title"
        if re.search(r":creator\[", xpath):
            return "author"
        alias = sdt.find(f"{W}sdtPr/{W}alias")
        if alias is not None and (name := (alias.get(W + "val") or "").casefold()):
            return name
    return ""


def _without_cover(
    items: list[_Item], styles: dict[str, Any], default: Any
) -> tuple[list[_Item], _TitlePage | None]:
    """The items without Word's cover page, and what it names: the "Cover Pages"
    gallery's content (Insert › Cover Page), or, before any text of the body, text
    boxes holding a "Title" paragraph (a cover drawn in boxes). Its Title control (or
    Title paragraph) names the book and its Author control (or a byline) the author; a
    Company or Date line above or below the title is the cover's too. None of it is
    read: a cover is a title page, said in the credits."""
    taken = [i for i, (p, _, _) in enumerate(items) if p is not None and _in_cover_gallery(p)]
    if not taken:
        lead = []
        for index, (paragraph, text, kind) in enumerate(items):
            if paragraph is None or (text and kind != "box"):
                break
            lead.append(index)
        titled = any(
            items[i][1] and _kind(styles.get(items[i][0].style) if items[i][0].style else default)
            == "title" for i in lead
        )  # fmt: skip
        taken = lead if titled and len(lead) < len(items) else []
    if not taken:
        return items, None
    lines: list[str] = []
    title = author = ""
    for index in taken:
        paragraph, text, _ = items[index]
        if not text:
            continue
        bare = _lift_references(text)[0]
        lines.append(bare)
        role = _control_role(paragraph)
        style = styles.get(paragraph.style) if paragraph.style else default
        if not title and (role == "title" or (not role and _kind(style) == "title")):
            title = bare
        elif not author and role == "author":
            author = byline(bare) or byline(f"by {bare}") or ""
        elif not author and (named := byline(_CREDITED.sub("", bare))):
            author = named  # "by Morag Innes", "Collected by Ruth Armstrong"
    if not lines:
        return [item for i, item in enumerate(items) if i not in set(taken)], None
    gone = set(taken)
    kept = [item for i, item in enumerate(items) if i not in gone]
    page = _TitlePage(title or None, author or None, matter.title_page_left_out(lines))
    return kept, page


def _blank(paragraph: Any) -> bool:
    """An empty paragraph of the body: no text (shown or hidden), no picture, symbol or
    field, no page or section break, not in a table's cell. A run of them is the Word
    author's space between scenes (`_blank_breaks`)."""
    if paragraph.getparent() is None or paragraph.getparent().tag == W + "tc":
        return False
    if any((t.text or "").strip() for t in paragraph.iter(W + "t")):
        return False
    shown = (
        W + "sym", W + "drawing", W + "pict", W + "object", W + "fldChar", W + "tab", M + "oMath",
    )  # fmt: skip
    if next(paragraph.iter(*shown), None) is not None or _page_break(paragraph):
        return False
    ppr = paragraph.find(W + "pPr")
    return ppr is None or ppr.find(W + "sectPr") is None


MIN_BLANK_BREAK = 2
"""Empty paragraphs in a row that part two scenes, when a document has no break marks."""
_SENTENCE_END = re.compile(r"[.!?…:;][\"'”’»)\]]*$")


def _blank_breaks(items: list[_Item], gaps: dict[int, list[Any]]) -> list[_Item]:
    """The items with a scene break where a run of empty paragraphs parts two paragraphs
    of the text: how a Word author sets scenes apart who types no "* * *" (pressing
    Enter two or three times). Only in a document with no break mark of its own (an
    ornament, a typed "* * *"), where such a run is longer than the usual space between
    paragraphs (an author who leaves one empty paragraph between all of them parts
    scenes with two or more) and rare (a fourth of the paragraphs at most), and only
    between sentences (a run over "Chapter Two" or under a title is layout)."""
    if any(kind == "break" or (kind is None and text and is_break_mark(text))
           for _, text, kind in items):  # fmt: skip
        return items
    body = {i: len(gaps[i]) for i in gaps if i - 1 in gaps}  # after a paragraph of text
    if not body:
        return items
    runs = sorted(body.values())
    usual = max(set(runs), key=runs.count)
    least = max(MIN_BLANK_BREAK, usual + 1)

    def sentence(text: str) -> bool:
        return bool(_SENTENCE_END.search(text)) and len(text.split()) >= 2

    found = [
        i for i, run in body.items()
        if run >= least and sentence(items[i - 1][1]) and sentence(items[i][1])
    ]  # fmt: skip
    if not found or len(found) * 4 > len(body):
        return items
    out = list(items)
    for i in sorted(found, reverse=True):
        out.insert(i, (gaps[i][0], "", "break"))
    return out


_DIAGRAM = "http://schemas.openxmlformats.org/drawingml/2006/diagram"
_DRAWING = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
_RELATIONS = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"


def _diagram_texts(document: Any) -> list[str]:
    """The words of each SmartArt diagram in the body (a process chart's steps, one a
    line), from its data part: a diagram is not read, as a picture is not, but what it
    says is listed as left out. Not one in deleted text, nor an older reader's copy."""
    from lxml import etree

    found = []
    for data in document.element.body.iter(_DRAWING + "graphicData"):
        if data.get("uri") != _DIAGRAM:
            continue
        if any(a.tag in (W + "del", W + "moveFrom", MC + "Fallback") for a in data.iterancestors()):
            continue
        ids = next(data.iter(f"{{{_DIAGRAM}}}relIds"), None)
        rid = ids.get(_RELATIONS + "dm") if ids is not None else None
        try:
            root = etree.fromstring(document.part.related_parts[rid].blob, hardened_xml_parser())
        except (KeyError, AttributeError, etree.XMLSyntaxError):
            continue  # no such part, or not XML: nothing to list
        lines = [
            said for t in root.iter(f"{{{_DIAGRAM}}}t")
            if (said := clean_text("".join(x.text or "" for x in t.iter(_DRAWING + "t"))))
        ]  # fmt: skip
        if lines:
            found.append("\n".join(lines))
    return found


def _text_boxes(paragraph: Any) -> list[Any]:
    """The text boxes anchored in `paragraph` (a sidebar, a pull quote), once each: Word
    writes a box twice, as a DrawingML shape (`mc:Choice`) and as a VML one for older
    readers (`mc:Fallback`), so a fallback is read only when its choice holds no box.
    A box inside a box is read with it; one in deleted text is not read."""
    boxes = []
    for box in paragraph.iter(W + "txbxContent"):
        ancestors = list(box.iterancestors())
        if any(a.tag in (W + "txbxContent", W + "del", W + "moveFrom") for a in ancestors):
            continue
        if _in_line(box):  # read in its place in the sentence, by `_text`
            continue
        fallback = next((a for a in ancestors if a.tag == MC + "Fallback"), None)
        if fallback is not None:
            choices = fallback.getparent().iterchildren(MC + "Choice")
            if any(next(c.iter(W + "txbxContent"), None) is not None for c in choices):
                continue
        boxes.append(box)
    return boxes


def _in_line(box: Any) -> bool:
    """Is the text box in a shape set in the line of text (`wp:inline`, Word's "In line
    with text"), not floating beside it (`wp:anchor`)? Such a box ("a star with a word
    in it: Brilliant!") is read where it stands in its sentence."""
    placed = (WP + "inline", WP + "anchor")
    drawing = next((a for a in box.iterancestors() if a.tag in placed), None)
    return drawing is not None and drawing.tag == WP + "inline"


def _inline_boxes(node: Any) -> list[Any]:
    """The in-line text boxes in a run's drawing, once each (Word's `mc:Fallback` copy
    is not read when its `mc:Choice` holds the box)."""
    return [
        box for box in node.iter(W + "txbxContent")
        if _in_line(box) and not any(a.tag in (W + "txbxContent", MC + "Fallback")
                                     for a in box.iterancestors() if a is not node)
    ]  # fmt: skip


MIN_PULL_QUOTE_WORDS = 5
"""A shorter box ("Salt", "Key terms") is a label, read even when its words recur."""


def _without_pull_quotes(items: list[_Item]) -> tuple[list[_Item], tuple[Omission, ...]]:
    """The items with each text box's paragraphs as text, except a pull quote: a box
    whose words all stand in the body already, in order (an ellipsis may skip some),
    which a listener would hear twice. It is left out and listed."""
    body = " " + " ".join(_words(text) for _, text, kind in items if kind != "box") + " "
    kept: list[_Item] = []
    omitted: list[Omission] = []
    for paragraph, text, kind in items:
        if kind != "box":
            kept.append((paragraph, text, kind))
            continue
        pieces = [_words(piece) for piece in re.split(r"…|\.\.\.", text)]
        pieces = [piece for piece in pieces if piece]
        if sum(len(piece.split()) for piece in pieces) >= MIN_PULL_QUOTE_WORDS and all(
            f" {piece} " in body for piece in pieces
        ):
            omitted.append(Omission("pull quote", "repeats the text it quotes", text))
            continue
        kept.append((paragraph, text, None))
    return kept, tuple(omitted)


def _without_set_pull_quotes(
    items: list[_Item], styles: dict[str, Any], look: _Look
) -> tuple[list[_Item], tuple[Omission, ...]]:
    """The items without a pull quote set by hand: a paragraph in no heading's or
    quote's style set apart two ways of three (centred, all in italics, larger than the
    body's type: "If that sounds impossible, start with $1,000." centred in 18pt
    italics) whose words, five or more, repeat those of a paragraph of the same chapter,
    in order (an ellipsis may skip some), or nearly so (a run of four in five of them).
    A listener would hear it twice; it is left out and listed, as a styled one is
    (`_without_pull_quotes`). An epigraph, a motto or a centred signature repeats nothing
    in its chapter and is read; so is a quote set so that repeats only another such, and
    one at a chapter's head, before its first body paragraph: an epigraph the chapter
    quotes again later ("Nothing is lost that the river keeps." … "It was the ferry
    company's motto"), which the pull quote in mid-chapter follows, never precedes."""
    from collections import Counter
    from difflib import SequenceMatcher

    plain = [i for i, (p, text, kind) in enumerate(items)
             if kind is None and text.strip() and p is not None]  # fmt: skip
    sizes = Counter(look.type_size(items[i][0]) for i in plain)
    body = max(sizes, key=lambda k: sizes[k], default=None)

    def set_apart(paragraph: Any) -> bool:
        size = look.type_size(paragraph)
        large = size is not None and body is not None and size > body
        return sum((look.is_centred(paragraph), look.is_italic(paragraph), large)) >= 2

    candidates = {i for i in plain if len(_words(items[i][1]).split()) >= MIN_PULL_QUOTE_WORDS
                  and set_apart(items[i][0])}  # fmt: skip
    if not candidates:
        return items, ()
    levels = {i: _heading_level(styles.get(look._style(p) or "")) or 1
              for i, (p, _, kind) in enumerate(items)
              if kind in ("chapter", "title") and p is not None}  # fmt: skip
    top = min(levels.values(), default=1)
    region, regions = 0, []  # each item's chapter, counted
    for i in range(len(items)):
        region += levels.get(i, 0) == top
        regions.append(region)
    said: dict[int, list[str]] = {}
    for i in plain:
        if i not in candidates:
            said.setdefault(regions[i], []).append(_words(items[i][1]))
    body_starts: dict[int, int] = {}  # each chapter's first body paragraph
    for i in plain:
        if i not in candidates:
            body_starts.setdefault(regions[i], i)
    left: set[int] = set()
    for i in sorted(candidates):
        if i < body_starts.get(regions[i], len(items)):
            continue  # the chapter's epigraph, quoted again in its text: read where it heads it
        chapter = said.get(regions[i], [])
        text = " " + " ".join(chapter) + " "
        pieces = [p for p in (_words(x) for x in re.split(r"…|\.\.\.", items[i][1])) if p]
        if all(f" {piece} " in text for piece in pieces):
            left.add(i)
            continue
        quote, words = _words(items[i][1]).split(), text.split()
        run = SequenceMatcher(None, quote, words, autojunk=False).find_longest_match(
            0, len(quote), 0, len(words)
        )
        if run.size * 5 >= len(quote) * 4:
            left.add(i)
    omitted = tuple(Omission("pull quote", "repeats the text it quotes", items[i][1])
                    for i in sorted(left))  # fmt: skip
    return [item for i, item in enumerate(items) if i not in left], omitted


def _without_figure_text(
    items: list[_Item], styles: dict[str, Any], default: Any, look: _Look
) -> tuple[list[_Item], tuple[Omission, ...]]:
    """The items without what only a picture explains, each kind listed: a figure's
    caption (a paragraph in Word's "Caption" style, or one based on it; a table's,
    "Table 2.1: …", is read, as the other readers read a table's caption; or one typed
    right under a photograph, `_typed_caption`, as an EPUB's figcaption), a placeholder
    for a picture ("[INSERT FIGURE 1.2 HERE]") and a QR code's caption ("Scan to
    download: …", `markdown.figure_text_kind`)."""
    from audiobook.text.readers.markdown import FIGURE_TEXT_WHY, figure_text_kind

    kept: list[_Item] = []
    found: dict[str, list[str]] = {}
    for index, (paragraph, text, kind) in enumerate(items):
        style = styles.get(paragraph.style) if paragraph is not None and paragraph.style else None
        what = None
        if paragraph is not None and kind is None:
            beside = _QR_PICTURE.search(" ".join(_pictures(paragraph, paragraph.getprevious())))
            what = figure_text_kind(text, beside_code=bool(beside))
            styled = _is_caption(style or default) and not _TABLE_CAPTION.match(text)
            if what is None and (styled or _typed_caption(items, index, look)):
                what = "figure caption"
        if what is None:
            kept.append((paragraph, text, kind))
        else:
            found.setdefault(what, []).append(text)
    why = {**FIGURE_TEXT_WHY, "figure caption": "a picture's caption: the picture is not read"}
    return kept, tuple(
        Omission(f"{len(texts)} {what}{'s' if len(texts) != 1 else ''}", why[what],
                 "\n".join(texts))
        for what, texts in found.items()
    )  # fmt: skip


_TABLE_CAPTION = re.compile(r"^\W{0,2}table\b", re.IGNORECASE)
_CAPTION_LABEL = re.compile(
    r"^\W{0,2}(?:photo(?:graph)?|picture|image|illustration|figure|fig\.|plate|pictured|above"
    r"|below|opposite|left|right|top|bottom)\.?(?:\s*\d+(?:\.\d+)*)?\s*[:.—–-]",
    re.IGNORECASE,
)
"""A caption's label ("Photo: my mother, 1962", "Figure 3.", "Left: …")."""
MAX_CAPTION_WORDS = 40
MIN_PHOTO_WIDTH = 1371600  # EMU, an inch and a half: a smaller picture is an ornament
_QR_PICTURE = re.compile(r"\bqr\b|qr[-_ ]?code", re.IGNORECASE)
WP = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}"


def _typed_caption(items: list[_Item], index: int, look: _Look) -> bool:
    """Is the paragraph at `index` a caption typed in the body style right under a
    photograph (a paragraph holding a picture an inch and a half wide or more and no
    text), as a memoir's writer types one: short, and labelled as one ("Photo: my
    mother, 1962") or set in smaller type than the text round it? What an EPUB sets in
    a figcaption; a paragraph of the story after a picture is read."""
    paragraph, text, _ = items[index]
    before = paragraph.getprevious()
    if (
        before is None or before.tag != W + "p" or len(text.split()) > MAX_CAPTION_WORDS
        or "".join(t.text or "" for t in before.iter(W + "t")).strip()
        or not any(_integer(e.get("cx"), 0) >= MIN_PHOTO_WIDTH for e in before.iter(WP + "extent"))
    ):  # fmt: skip
        return False
    if _CAPTION_LABEL.match(text):
        return True
    size = look.type_size(paragraph)
    near = [items[i][0] for i in (index - 1, index + 1) if 0 <= i < len(items)]
    body = [look.type_size(p) for p in near if p is not None and p.tag == W + "p"]
    return size is not None and any(b is not None and size < b for b in body)


def _pictures(*paragraphs: Any) -> list[str]:
    """What the pictures in these paragraphs say of themselves (alt text, else name)."""
    return [
        shape.get("descr") or shape.get("title") or shape.get("name") or ""
        for paragraph in paragraphs
        if paragraph is not None and paragraph.tag == W + "p"
        for shape in paragraph.iter(WP + "docPr")
    ]


def _is_caption(style: Any) -> bool:
    """Is this Word's "Caption" style, or a style based on it (LibreOffice's
    "Figure")?"""
    seen: set[str] = set()
    while style is not None and style.style_id not in seen and len(seen) < _STYLE_DEPTH:
        seen.add(style.style_id)
        if "caption" in ((style.name or "").casefold(), (style.style_id or "").casefold()):
            return True
        style = getattr(style, "base_style", None)
    return False


@dataclass(frozen=True)
class _Level:
    """One level of a Word list (`w:lvl`): its number format ("decimal", "bullet"), the
    text shown ("%1."), and the number it starts at."""

    format: str
    text: str
    start: int


class _Numbering:
    """Word's list numbers (numbering.xml), counted as Word counts them, so that a
    "List Number" paragraph is read with the number it is printed with ("3."): the
    paragraph's `w:numPr` (or its style's) names a list (`w:numId`) and a level
    (`w:ilvl`); lists that share an abstract list count on together unless one restarts
    a level (`w:startOverride`); an item resets the levels below it. Bullets and
    numbers in letters or Roman numerals are not read."""

    def __init__(self, document: Any, styles: dict[str, Any]) -> None:
        self.abstracts: dict[str, dict[int, _Level]] = {}
        self.lists: dict[str, tuple[str, dict[int, int]]] = {}  # numId: abstract, restarts
        self.counts: dict[str, dict[int, int]] = {}  # by abstract list: level → last number
        self.used: set[str] = set()  # lists met so far (their restarts applied)
        self.styled = _inherited(styles.values(), "pPr/numPr")
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return
        for abstract in root.iterchildren(W + "abstractNum"):
            self.abstracts[abstract.get(W + "abstractNumId") or ""] = {
                _integer(lvl.get(W + "ilvl"), 0): _Level(
                    _value(lvl, "numFmt") or "decimal", _value(lvl, "lvlText") or "",
                    _integer(_value(lvl, "start"), 1))
                for lvl in abstract.iterchildren(W + "lvl")
            }  # fmt: skip
        for num in root.iterchildren(W + "num"):
            restarts = {
                _integer(over.get(W + "ilvl"), 0): _integer(_value(over, "startOverride"), 1)
                for over in num.iterchildren(W + "lvlOverride")
                if over.find(W + "startOverride") is not None
            }
            self.lists[num.get(W + "numId") or ""] = (_value(num, "abstractNumId") or "", restarts)

    def in_list(self, paragraph: Any, style: Any) -> bool:
        """Is the paragraph an item of a Word list, bulleted or numbered: in a list by
        its own `w:numPr` or its style's (numbering "0" takes it out of one), or in a
        list style by name ("List Bullet", "List Number 2") whatever its numbering?"""
        own = paragraph.find(f"{W}pPr/{W}numPr")
        ident = _value(own, "numId") if own is not None else None
        if ident is None and style is not None:
            ident = _value(self.styled.get(style.style_id), "numId")
        if ident is not None:
            return ident != "0"
        return style is not None and bool(_LIST_STYLE.match(style.name or ""))

    def label(self, paragraph: Any, style: Any, *, heading: bool = False) -> str | None:
        """The number shown before this paragraph ("2.", "1.3."), counting it; None for
        a paragraph in no list, a bullet's, or a number not in digits. A `heading`'s
        number is also read in Roman numerals, letters or words ("Chapter %1" in
        cardinalText is "Chapter 1", said as a typed one is)."""
        own = paragraph.find(f"{W}pPr/{W}numPr")
        styled = self.styled.get(style.style_id) if style is not None else None
        ident = _value(own, "numId") if own is not None else None
        ident = ident if ident is not None else _value(styled, "numId")
        if not ident or ident not in self.lists:
            return None  # "0": numbering taken off
        level = _integer(_value(own, "ilvl") or _value(styled, "ilvl"), 0)
        abstract, restarts = self.lists[ident]
        levels = self.abstracts.get(abstract, {})
        counts = self.counts.setdefault(abstract, {})
        if ident not in self.used:
            self.used.add(ident)
            counts.update({lvl: start - 1 for lvl, start in restarts.items()})
        shown = levels.get(level)
        start = shown.start if shown else 1
        counts[level] = counts.get(level, start - 1) + 1
        for deeper in [lvl for lvl in counts if lvl > level]:
            del counts[deeper]
        if shown is None or (shown.format != "decimal" and not heading):
            return None
        used = [int(n) - 1 for n in re.findall(r"%([1-9])", shown.text)]
        said = {}
        for n in used:
            fmt = levels.get(n, shown).format
            if fmt != "decimal" and not heading:
                return None  # a list's "a." or "ii.": not read
            if len(used) > 1 and _list_number(1, fmt):
                fmt = "decimal"  # a heading's "I.1" is said as "1.1" (Word's legal numbering)
            said[n] = _list_number(counts.get(n, levels.get(n, shown).start), fmt)
        if not used or not all(said.values()):
            return None
        text = re.sub(r"%([1-9])", lambda m: said[int(m[1]) - 1], shown.text).strip()
        if heading:
            return text  # "1.1 The Surveyor's Report", as a typed section number
        plain = re.fullmatch(r"\(?(\d+(?:\.\d+)*)[.)]?", text)
        return f"{plain[1]}." if plain else text  # "1)" and "(1)" are said as "1."


def _list_number(number: int, style: str) -> str:
    """A list level's number as Word shows it in `style` (its `w:numFmt`), or "" for one
    with no number to say (a bullet). Words and ordinals are kept as digits ("1",
    "1st"), which normalize says as Word shows them."""
    if style in ("decimal", "cardinalText", "decimalFullWidth", "decimalHalfWidth"):
        return str(number)
    if style == "decimalZero":
        return f"{number:02d}"
    if style in ("ordinal", "ordinalText"):
        ends = {1: "st", 2: "nd", 3: "rd"}
        tail = "th" if 10 <= number % 100 <= 20 else ends.get(number % 10, "th")
        return f"{number}{tail}"
    if style in ("upperRoman", "lowerRoman") and 0 < number < 4000:
        roman = _roman(number)
        return roman if style == "upperRoman" else roman.lower()
    if style in ("upperLetter", "lowerLetter") and 0 < number <= 26:
        letter = chr(ord("A") + number - 1)
        return letter if style == "upperLetter" else letter.lower()
    return ""


def _roman(number: int) -> str:
    """`number` in Roman numerals, as Word's upperRoman shows it."""
    out = []
    for value, letters in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"),
                           (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"),
                           (4, "IV"), (1, "I")):  # fmt: skip
        count, number = divmod(number, value)
        out.append(letters * count)
    return "".join(out)


_LIST_STYLE = re.compile(r"list (?:bullet|number)(?: \d)?$", re.IGNORECASE)


def _value(element: Any, name: str) -> str | None:
    """The `w:val` of `element`'s child `name`, or None."""
    child = element.find(W + name) if element is not None else None
    return child.get(W + "val") if child is not None else None


def _integer(value: str | None, default: int) -> int:
    """A whole number Word wrote ("3"), else `default`."""
    return int(value) if value and value.strip().isdigit() else default


def _words(text: str) -> str:
    """A paragraph's words alone, casefolded, one space apart: for finding a quote."""
    return " ".join(re.findall(r"\w+", text.casefold()))


def _on(flag: Any) -> bool:
    """A Word switch (`<w:b/>`, `<w:vanish w:val="0"/>`) that is present: on unless
    its value says off."""
    return flag.get(W + "val") not in ("0", "false", "off")


def _is_strict(archive: zipfile.ZipFile) -> bool:
    """Was the file saved as Word's "Strict Open XML Document"? Its parts are named in
    namespaces python-docx does not know, so it finds no document in it."""
    try:
        rels = archive.read("_rels/.rels")
    except Exception:  # a damaged archive is not a strict one we could tell
        return False
    return b"http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument" in rels


@dataclass(frozen=True)
class _Hiding:
    """Which text Word hides (the "Hidden" font effect, `w:vanish`): not printed, so not
    read (a writer's note to self). A run's own setting wins, then its character
    style's, then its paragraph style's (`styles`: the styles that set it, by id)."""

    styles: dict[str, bool] = field(default_factory=dict)
    default: str | None = None  # the default paragraph style's id
    caps: dict[str, bool] = field(default_factory=dict)  # the styles that set `w:caps`

    def paragraph(self, paragraph: Any) -> bool:
        style = paragraph.find(f"{W}pPr/{W}pStyle")
        return self.styles.get(style.get(W + "val") if style is not None else self.default, False)

    def paragraph_capitals(self, paragraph: Any) -> bool:
        style = paragraph.find(f"{W}pPr/{W}pStyle")
        return self.caps.get(style.get(W + "val") if style is not None else self.default, False)

    def capitals(self, run: Any, paragraph_caps: bool) -> bool:
        """Does Word show the run in capitals ("All caps", `w:caps`), whatever was
        typed? Then "nhs" is read as the "NHS" the page shows. Small capitals
        (`w:smallCaps`) are read as typed: "Receipts" in small capitals is a word."""
        return _run_flag(run, "caps", self.caps, paragraph_caps)

    def run(self, run: Any, paragraph_hidden: bool) -> bool:
        return _run_flag(run, "vanish", self.styles, paragraph_hidden)


def _run_flag(run: Any, tag: str, by_style: dict[str, bool], otherwise: bool) -> bool:
    """A run's on/off property (`w:vanish`, `w:caps`): set on the run itself, else by its
    character style (`by_style`), else what its paragraph says (`otherwise`)."""
    props = run.find(W + "rPr")
    if props is None:
        return otherwise
    flag = props.find(W + tag)
    if flag is not None:
        return _on(flag)
    style = props.find(W + "rStyle")
    return by_style.get(style.get(W + "val") if style is not None else "", otherwise)


def _inherited(styles: Iterable[Any], path: str) -> dict[str, Any]:
    """Each style's nearest element at `path` ("rPr/vanish"), by style id: set in the
    style itself or in a style it is based on (Word's inheritance)."""
    found: dict[str, Any] = {}
    for style in styles:
        current, seen = style, set()
        while current is not None and current.style_id not in seen and len(seen) < _STYLE_DEPTH:
            seen.add(current.style_id)
            element = current.element.find("/".join(f"{W}{step}" for step in path.split("/")))
            if element is not None:
                found[style.style_id] = element
                break
            current = getattr(current, "base_style", None)  # a numbering style has none
    return found


@dataclass(frozen=True)
class _Look:
    """How a paragraph is set on the page with its styles' settings counted, as Word
    shows it: bold, centred, its type's size, and "Page break before", each from the
    paragraph or run itself, else from its character style, else from its paragraph
    style or those it is based on (a writer's "Chapter Title" style holds all four, its
    paragraphs none). By style id, the nearest setting; `default`: the default
    paragraph style's id; `size`: the document's default size (half-points)."""

    bold: dict[str, bool] = field(default_factory=dict)
    italic: dict[str, bool] = field(default_factory=dict)
    centred: dict[str, bool] = field(default_factory=dict)
    page: dict[str, bool] = field(default_factory=dict)
    sizes: dict[str, int] = field(default_factory=dict)
    default: str | None = None
    size: int | None = None

    @classmethod
    def of(cls, document: Any, styles: Iterable[Any], default: str | None) -> _Look:
        styles = list(styles)
        sizes = {sid: _integer(el.get(W + "val"), 0) for sid, el in
                 _inherited(styles, "rPr/sz").items()}  # fmt: skip
        try:
            base = document.styles.element.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr/{W}sz")
        except AttributeError:
            base = None
        return cls(
            bold={sid: _on(el) for sid, el in _inherited(styles, "rPr/b").items()},
            italic={sid: _on(el) for sid, el in _inherited(styles, "rPr/i").items()},
            centred={sid: el.get(W + "val") == "center"
                     for sid, el in _inherited(styles, "pPr/jc").items()},
            page={sid: _on(el) for sid, el in _inherited(styles, "pPr/pageBreakBefore").items()},
            sizes={sid: size for sid, size in sizes.items() if size},
            default=default,
            size=_integer(base.get(W + "val"), 0) or None if base is not None else None,
        )  # fmt: skip

    def _style(self, paragraph: Any) -> str | None:
        style = paragraph.find(f"{W}pPr/{W}pStyle")
        return style.get(W + "val") if style is not None else self.default

    def _runs(self, paragraph: Any) -> list[Any]:
        return [r for r in paragraph.iter(W + "r") if "".join(r.itertext()).strip()]

    def _run_setting(self, run: Any, name: str, by_style: dict[str, Any], paragraph: Any) -> Any:
        props = run.find(W + "rPr")
        own = props.find(W + name) if props is not None else None
        if own is not None:
            return own
        style = props.find(W + "rStyle") if props is not None else None
        if style is not None and style.get(W + "val") in by_style:
            return by_style[style.get(W + "val")]
        return by_style.get(self._style(paragraph) or "")

    def is_bold(self, paragraph: Any) -> bool:
        """Is every run with text bold, by its own setting or a style's?"""
        runs = self._runs(paragraph)
        settings = [self._run_setting(run, "b", self.bold, paragraph) for run in runs]
        return bool(runs) and all(
            s if isinstance(s, bool) else (s is not None and _on(s)) for s in settings
        )

    def is_italic(self, paragraph: Any) -> bool:
        """Is every run with text italic, by its own setting or a style's?"""
        runs = self._runs(paragraph)
        settings = [self._run_setting(run, "i", self.italic, paragraph) for run in runs]
        return bool(runs) and all(
            s if isinstance(s, bool) else (s is not None and _on(s)) for s in settings
        )

    def is_centred(self, paragraph: Any) -> bool:
        own = paragraph.find(f"{W}pPr/{W}jc")
        if own is not None:
            return own.get(W + "val") == "center"
        return self.centred.get(self._style(paragraph) or "", False)

    def type_size(self, paragraph: Any) -> int | None:
        """The smallest size its text is set in (half-points), or None if unknown."""
        found = []
        for run in self._runs(paragraph):
            setting = self._run_setting(run, "sz", self.sizes, paragraph)
            if setting is None:
                size = self.size
            else:
                size = setting if isinstance(setting, int) else _integer(setting.get(W + "val"), 0)
            if not size:
                return None
            found.append(size)
        return min(found, default=None)

    def starts_page(self, paragraph: Any) -> bool:
        """`_starts_page`, with "Page break before" set in its style, or a section
        break (not a continuous one) just before it."""
        own = paragraph.find(f"{W}pPr/{W}pageBreakBefore")
        if own is None and self.page.get(self._style(paragraph) or "", False):
            return True
        return _starts_page(paragraph) or _after_section_break(paragraph)

    def signature(self, paragraph: Any) -> tuple[Any, ...]:
        """How the paragraph looks, to tell lines set alike: its style, bold, centring
        and size."""
        return (
            self._style(paragraph), self.is_bold(paragraph), self.is_centred(paragraph),
            self.type_size(paragraph),
        )  # fmt: skip

    def set_apart(self, paragraph: Any, under: Any | None) -> bool:
        """Is `paragraph` set apart from the paragraph `under` it, as a heading is: in
        bold or centred by hand, or in bold, centred or larger type by its style where
        the text under it is not (a poem's style centres every line; it sets none of
        them apart)?"""
        if _all_bold(paragraph) or _centred(paragraph):
            return True
        if under is None:
            return False
        if self.is_bold(paragraph) and not self.is_bold(under):
            return True
        if self.is_centred(paragraph) and not self.is_centred(under):
            return True
        size, body = self.type_size(paragraph), self.type_size(under)
        return size is not None and body is not None and size > body


def _after_section_break(paragraph: Any) -> bool:
    """Does a section break that starts a new page stand just before the paragraph (on
    the paragraph before, or on empty paragraphs between)? Word ends a section with
    the last paragraph's `w:sectPr`."""
    node = paragraph.getprevious()
    while node is not None and node.tag == W + "p":
        section = node.find(f"{W}pPr/{W}sectPr")
        if section is not None:
            return _value(section, "type") not in ("continuous", "nextColumn")
        if "".join(t.text or "" for t in node.iter(W + "t")).strip():
            return False
        node = node.getprevious()
    return False


def _hidden_styles(styles: Iterable[Any]) -> dict[str, bool]:
    """Each style that hides or shows text, by id: the nearest setting of `w:vanish`."""
    return {sid: _on(flag) for sid, flag in _inherited(styles, "rPr/vanish").items()}


_LEFT_OUT_FIELDS = {"TOC": "contents", "PAGE": "page", "NUMPAGES": "page"} | dict.fromkeys(
    ("FILENAME", "FILESIZE", "PRINTDATE", "SAVEDATE", "EDITTIME", "NUMWORDS", "NUMCHARS",
     "REVNUM", "TEMPLATE"), "file")  # fmt: skip
"""The fields whose results are not read. A "file" field describes the file (its name,
when it was last printed or saved, its word count), not the book; AUTHOR, TITLE and
DATE are read, and so is a PAGEREF ("see page 12"): its words are the author's sentence,
and without the number it would not be one."""


class _Fields:
    """Word's fields as the body is read: `w:fldChar` begin, the instruction
    (`w:instrText`), separate, the result Word last showed, end. Fields nest (each
    contents entry's page number is a PAGEREF inside the TOC field) and a TOC field runs
    over many paragraphs. The result of a TOC, PAGE or NUMPAGES field is held here, not
    read: a contents list is left out and listed, and "page 1 of 14" is true on paper
    only."""

    def __init__(self) -> None:
        self._open: list[list[Any]] = []  # [instruction, in its result?], outermost first
        self._contents: list[str] = []
        self._page: list[str] = []  # the page number being held
        self._numbers: list[str] = []  # page numbers held since `take_page_numbers`
        self._details: list[str] = []  # file fields held since `take_file_details`
        self.equations: list[str] = []  # equations left out, their letters in a row

    def begin(self, instruction: str = "", *, result: bool = False) -> None:
        self._open.append([instruction, result])

    def char(self, kind: str | None) -> str | None:
        """Follow a `w:fldChar`; a page number's field that ends here gives its number."""
        if kind == "begin":
            self.begin()
        elif kind == "separate" and self._open:
            self._open[-1][1] = True
        elif kind == "end" and self._open:
            return self._end(self._open.pop())
        return None

    def _end(self, opened: list[Any]) -> str | None:
        """A page number's field ends: its number is one held (and returned, for the
        text to mark where it stood: a sentence of prose reads it there)."""
        kind = self._kind(opened)
        shown = None
        if kind in ("page", "file") and not self.leaving_out():
            held = " ".join("".join(self._page).split())
            if kind == "page":
                self._numbers.append(held)
                shown = held or None
            elif held:  # "FILENAME: C:\Users\jane\hedgerow_v7.docx"
                self._details.append(f"{opened[0].split()[0].upper()}: {held}")
            self._page.clear()
        return shown

    def instruction(self, text: str) -> None:
        if self._open and not self._open[-1][1]:
            self._open[-1][0] += text

    @staticmethod
    def _kind(opened: list[Any]) -> str | None:
        return _LEFT_OUT_FIELDS.get((opened[0].split() or [""])[0].upper())

    def leaving_out(self) -> str | None:
        """What the text here is, when a field it is the result of is left out:
        "contents" or "page"; None to read it."""
        return next((k for o in self._open if o[1] and (k := self._kind(o))), None)

    def hold(self, text: str) -> None:
        (self._contents if self.leaving_out() == "contents" else self._page).append(text)

    def take_contents(self) -> str:
        """The contents list's text held since the last call: one paragraph's entry."""
        text = "".join(self._contents)
        self._contents.clear()
        return text

    @property
    def unended(self) -> bool:
        """Is a field that is left out still open at the end? Then its end is lost and it
        would take the rest of the book with it."""
        return any(self._kind(o) for o in self._open)

    def take_file_details(self) -> list[str]:
        """The file fields held since the last call, each as "FILENAME: its result"."""
        details = self._details[:]
        self._details.clear()
        return details

    def take_page_numbers(self) -> list[str]:
        """The page numbers held since the last call: those in one paragraph."""
        numbers = [number for number in self._numbers if number]
        self._numbers.clear()
        return numbers


_PAGE_LINE_WORDS = 20
"""A paragraph this short holding a page number (or a file field) that is not a
sentence of prose is a page's header or footer typed in the body; a longer one, or a
sentence, keeps its words and loses the numbers."""

_PROSE_END = re.compile(r"\b[a-z][a-z’'-]*[.!?][\"”’)]*(?:\s|$)")
_PROSE_WORDS = 8  # "As I write this, on page 7 of a notebook…": a header is shorter


_SHOWN_PAGE = re.compile("\ue0f0([^\ue0f1]*)\ue0f1")
"""A page number field's result in a paragraph's text, marked (`_shown_page`) until the
paragraph is judged: a sentence of prose reads it, a header leaves it out."""


def _shown_page(number: str) -> str:
    return f"\ue0f0{number}\ue0f1"


def _without_shown_pages(text: str) -> str:
    return clean_text(_SHOWN_PAGE.sub("", text))


def _reads_as_prose(text: str) -> bool:
    """Is `text` (its field results taken out) a sentence, not a header? A header is a
    few names and labels ("Draft 2, page 1 of 9", "Rain Notebook · Ellen Shaw · 7"); a
    sentence runs on in lower-case words to a full stop after one."""
    words = text.split()
    lower = sum(1 for word in words if word[:1].islower())
    return len(words) >= _PROSE_WORDS and lower * 2 >= len(words) and bool(_PROSE_END.search(text))


def _page_numbers_left_out(lines: list[str], details: list[str]) -> tuple[Omission, ...]:
    left: tuple[Omission, ...] = ()
    if lines:
        what = f"page numbers in {len(lines)} paragraph{'s' if len(lines) != 1 else ''}"
        left += (Omission(what, "a page number field, true only on paper", "\n".join(lines)),)
    if details:
        what = f"file details in {len(details)} place{'s' if len(details) != 1 else ''}"
        why = "a field that describes the file (its name, when it was printed), not the book"
        left += (Omission(what, why, "\n".join(details)),)
    return left


_CONTENTS_LABEL = re.compile(
    r"(?:table of )?contents|inhalt(?:sverzeichnis)?|table des matières|sommaire"
    r"|índice|contenido|содержание|оглавление",
    re.IGNORECASE,
)


def _without_contents(
    items: list[_Item], styles: dict[str, Any]
) -> tuple[list[_Item], tuple[Omission, ...]]:
    """The items without the table of contents, which names the chapters but is not
    one, and each contents list as left out. Its label goes with it ("Contents" in
    "TOC Heading", or typed): on its own it would make the first chapter's title."""
    kept: list[_Item] = []
    omitted: list[Omission] = []
    lines: list[str] = []

    def close() -> None:
        if lines:
            what = f"table of contents ({len(lines)} line{'s' if len(lines) != 1 else ''})"
            omitted.append(Omission(what, "table of contents", "\n".join(lines)))
            lines.clear()

    for item in _typed_contents(items):
        paragraph, text, kind = item
        if kind == "contents":
            if not lines:
                label = next((i for i in range(len(kept) - 1, -1, -1) if kept[i][1]), None)
                if label is not None and _is_contents_label(kept[label], styles):
                    lines.append(kept.pop(label)[1])
            lines.append(text)
            continue
        if text or paragraph is None:  # a page break alone does not end the list
            close()
        kept.append(item)
    close()
    return kept, tuple(omitted)


def _without_draft_notes(items: list[_Item]) -> tuple[list[_Item], tuple[Omission, ...]]:
    """The items without the notes a writer left in a draft (`DRAFT_NOTE`), listed as
    left out so that `plan` shows the writer each one: a manuscript handed over with
    tracked changes still holds them, and a listener would hear "TK colon check
    whether…" in the middle of a sentence. A paragraph that is only a note goes."""
    notes: list[str] = []
    kept: list[_Item] = []
    first = next((i for i, (p, text, _) in enumerate(items) if p is not None and text), None)
    cues = reads_cues("\n".join(text for p, text, _ in items if p is not None))
    cover = ()
    if first is not None and is_cover_note(items[first][1]):  # "Hi Sam — here's draft 3!"
        cover = (Omission("a cover note", COVER_NOTE_WHY, items[first][1]),)
        items = items[:first] + items[first + 1 :]
    play = is_play("\n".join(text for p, text, _ in items if p is not None))
    colon = ""  # the last paragraph read, unless a colon introduced it
    for index, (paragraph, text, kind) in enumerate(items):
        if paragraph is None or kind in ("contents", "break"):
            kept.append((paragraph, text, kind))
            continue
        original = text
        text, found = without_draft_notes(text, play=play, cues=cues)
        if introduced(text, found, colon) or (  # "…on his hand:" / "This is Audible."
            found and not text.strip() and not at_an_end(index, len(items))
            and all(phonogram_line(note) for note in found)
        ):  # a ℗ line mid-book: the story's
            text, found = original, []
        elif text:
            colon = text
        if found and kind in ("chapter", "title") and all(
            draft_note_noun(note)[0] in ("audio credit", "break marker") for note in found
        ):  # a heading is a chapter's title ("Closing Credits"), never a credit or a break
            kept.append((paragraph, original, kind))
            continue
        if not found:
            kept.append((paragraph, text, kind))
            continue
        notes += found
        if text or _page_break(paragraph):
            kept.append((paragraph, text, kind))
    if not notes:
        return items, cover
    return kept, cover + draft_notes_left_out(notes)


_CONTENTS_ENTRY_WORDS = 15


def _typed_contents(items: list[_Item]) -> list[_Item]:
    """The items with a contents list typed by hand marked "contents" (its label is
    taken with it by `_without_contents`): a paragraph that says "Contents" (bold,
    centred, in no heading style) and under it two entries or more, a paragraph each
    (`plaintext._is_entry`: a title, perhaps with its page), up to a page's end or the
    first line that is none. Half the entries at least must show they are entries: a
    page number after a tab or dot leaders ("Chapter One: January<tab>5", "Notes
    ...... 41"), or the same words again further on, as a chapter's heading. Read, the
    page numbers would be heard as dates ("January fifth"); a list of things under a
    heading "Contents" (a box's, a parcel's) shows neither, and is read."""
    from audiobook.text.readers.plaintext import _LEADERED, _PAGE_REF, _entry_key, _is_entry

    marked = list(items)
    for start, (paragraph, text, kind) in enumerate(items):
        if paragraph is None or kind is not None or not _CONTENTS_LABEL.fullmatch(
            text.strip(" .:")
        ):
            continue
        end = start + 1
        while end < len(items):
            entry, said, sort = items[end]
            if entry is None or sort is not None or not said or not _is_entry(said):
                break
            if len(said.split()) > _CONTENTS_ENTRY_WORDS:
                break
            if end > start + 1 and _starts_page(entry):
                break  # a new page: the list ended on the page before
            end += 1
            if _ends_page(entry) or _ends_section(entry):
                break
        if end - start - 1 < 2:
            continue
        later = {
            _entry_key(said) for _, said, _ in items[end:]
            if said and len(said.split()) <= _CONTENTS_ENTRY_WORDS
        }  # fmt: skip
        shown = 0
        for entry, said, _ in items[start + 1 : end]:
            after_tab = _after_last_tab(entry)
            paged = bool(_LEADERED.search(said)) or bool(
                after_tab and re.fullmatch(r"\d{1,4}|[ivxlcdm]{1,7}", after_tab, re.IGNORECASE)
            )
            named = _entry_key(said) in later or _entry_key(_PAGE_REF.sub("", said)) in later
            shown += paged or named
        if shown * 2 >= end - start - 1:
            for index in range(start + 1, end):
                marked[index] = (items[index][0], items[index][1], "contents")
    return marked


def _after_last_tab(paragraph: Any) -> str | None:
    """The text a paragraph has after its last tab ("5" in "Chapter One<tab>5"), or
    None without a tab."""
    after: list[str] | None = None
    for mark in paragraph.iter(W + "t", W + "tab"):
        if _deleted_or_boxed(mark, paragraph):
            continue
        if mark.tag == W + "tab":
            after = []
        elif after is not None:
            after.append(mark.text or "")
    return "".join(after).strip() if after is not None else None


def _is_contents_label(item: _Item, styles: dict[str, Any]) -> bool:
    paragraph, text, _ = item
    if paragraph is None:
        return False
    style = styles.get(paragraph.style) if paragraph.style else None
    named = style is not None and (
        (style.name or "").casefold() == "toc heading" or style.style_id == "TOCHeading"
    )
    return named or bool(_CONTENTS_LABEL.fullmatch(text.strip(" .:")))


def _in_contents_control(paragraph: Any) -> bool:
    """Is the paragraph in a table-of-contents content control? Word wraps its contents
    list in one, and Google Docs exports one whose entries carry no TOC style."""
    for sdt in paragraph.iterancestors(W + "sdt"):
        gallery = sdt.find(f"{W}sdtPr/{W}docPartObj/{W}docPartGallery")
        if gallery is not None and gallery.get(W + "val") == "Table of Contents":
            return True
    return False


_RAISED = re.compile(r"\s*(?:[−–-]?\d{1,3}|\d?[+−–-])\s*")


def _superscript(t: Any, text: str) -> str:
    """A superscript run's figures as superscript characters, as typed ones would be: a
    note number after a stop ("2–3%." + "14") is then a mark for `notes`, not a decimal,
    and an exponent or a charge ("10" + "6", "Ca" + "2+") is read as one."""
    if not _RAISED.fullmatch(text):
        return text
    align = t.getparent().find(f"{W}rPr/{W}vertAlign")
    if align is None or align.get(W + "val") != "superscript":
        return text
    return text.strip().translate(TO_SUPERSCRIPT)


def _symbol(sym: Any) -> str:
    """A `w:sym` character as text: a Symbol-font letter or sign ("°", "α", "÷") or a
    Wingdings face; any other symbol (a tick, an arrow in a dingbat font) is not read."""
    try:
        code = int(sym.get(W + "char") or "", 16)
    except ValueError:
        return ""
    code = code - 0xF000 if 0xF000 <= code <= 0xF0FF else code
    font = (sym.get(W + "font") or "").casefold()
    if font == "symbol":
        return _SYMBOL_FONT.get(code, "")
    return _WINGDINGS_FACES.get(code, "") if font == "wingdings" else ""


def _is_placeholder(element: Any) -> bool:
    """A content control showing its placeholder ("Click or tap here to enter text."):
    a template's prompt, never filled in, not the writer's words."""
    if element.tag != W + "sdt":
        return False
    flag = element.find(f"{W}sdtPr/{W}showingPlcHdr")
    return flag is not None and _on(flag)


_REFERENCE = re.compile(f"{OPEN}[^{CLOSE}]*{CLOSE}")


def _lift_references(text: str) -> tuple[str, str]:
    """A heading's text without its note references, and the references: a title is
    spoken alone, so the note is the first paragraph's under it, numbered as cited."""
    if OPEN not in text:
        return text, ""
    return clean_text(_REFERENCE.sub("", text)), "".join(_REFERENCE.findall(text))


_ORNAMENT_FONTS = ("wingdings", "webdings", "zapf dingbats", "dingbats")
_ORNAMENT_LENGTH = 24  # as `base.is_break_mark`: a longer line is not a break mark


def _is_ornament(paragraph: Any, text: str) -> bool:
    """A short paragraph (`text` as read) of symbol-font glyphs only, set between
    scenes: Word keeps them as private-use characters (Wingdings' ❖ is U+F076), as
    letters that only a font such as Wingdings turns into ornaments, or as `w:sym`.
    None has a sound."""
    if len("".join(text.split())) > _ORNAMENT_LENGTH:
        return False
    glyphs = 0
    for mark in paragraph.iter(W + "t", W + "sym"):
        if _deleted_or_boxed(mark, paragraph):
            continue
        if mark.tag == W + "sym":
            glyphs += 1
            continue
        text = "".join((mark.text or "").split())
        fonts = mark.getparent().find(f"{W}rPr/{W}rFonts")
        font = (fonts.get(W + "ascii") or fonts.get(W + "hAnsi") or "") if fonts is not None else ""
        if font.casefold().startswith(_ORNAMENT_FONTS):
            glyphs += len(text)
        elif any(ch.isalnum() and not 0xF000 <= ord(ch) <= 0xF0FF for ch in text):
            return False
        else:
            glyphs += sum(0xF000 <= ord(ch) <= 0xF0FF for ch in text)
    return 0 < glyphs <= _ORNAMENT_LENGTH


def _deleted_or_boxed(mark: Any, paragraph: Any) -> bool:
    """Is `mark` in what `_text` does not read of `paragraph` (a deletion, a text box)?"""
    for ancestor in mark.iterancestors():
        if ancestor is paragraph:
            return False
        if ancestor.tag in _NOT_TEXT:
            return True
    return False


def _as_plain_text(
    items: list[_Item], core: Any, author: str, notes: dict[str, str], blocks: Blocks,
    look: _Look | None = None,
) -> ReadText:
    """A manuscript typed with no heading styles ("Chapter One" in bold, centred, after
    a page break), as most writers type one: read as a plain-text book is, by
    `plaintext.find_chapters`, which finds headings by their words, the title page,
    a contents list and front matter. Word's layout is kept as plain text keeps it: a
    centred paragraph is set in from the margin, a page break is a wide gap, an
    ornament between scenes is "* * *". With `look`, a style's "Page break before" and
    a section break start a page too."""
    from audiobook.text.readers.plaintext import WIDE_GAP, find_chapters

    chunks: list[str] = []
    for paragraph, text, kind in items:
        new_page = paragraph is not None and (
            _page_break(paragraph) or (look is not None and look.starts_page(paragraph))
        )
        if new_page and chunks:
            chunks.append("\n" * WIDE_GAP)
        if kind == "break":
            chunks.append("* * *")
        elif text:
            centred = paragraph is not None and _centred(paragraph)
            chunks.append(("    " if centred else "") + text)
    found = find_chapters("\n\n".join(chunks) + "\n")
    title = clean_text(core.title or "")
    return replace(
        found,
        # the title page's title beats the file's property, which often keeps a template's
        title=found.title or title or None,
        author=found.author or author or None,
        language=language_code(clean_text(core.language or "")) or None,
        notes=notes,
        blocks=blocks.found,
    )


def _without_contact_table(
    items: list[_Item], blocks: Blocks
) -> tuple[list[_Item], tuple[Omission, ...]]:
    """The items without a manuscript's contact block set as a table above the title
    (the writer's name, address, e-mail and word count in cells, as some templates of
    standard manuscript format lay it out): no data to read, and never the title."""
    if not items or items[0][0] is not None:
        return items, ()
    key = items[0][1].strip(technical.OPEN + technical.CLOSE)
    rows = blocks.found.get(key, ("", ()))[1]
    lines = [cell for row in rows for cell in row if cell]
    if not lines or not matter.contact_lines(lines):
        return items, ()
    del blocks.found[key]
    what = f"contact block ({len(rows)} row{'s' if len(rows) != 1 else ''})"
    return items[1:], (Omission(what, "the writer's address, for an editor", "\n".join(lines)),)


_CHAPTER_KINDS = frozenset({"chapter", "outline", "typed"})
_HEADING_KINDS = _CHAPTER_KINDS | {"title"}
_PAGE_LINES = matter.MAX_TITLE_PAGE_LINES + 10  # a contact block's ten lines above the page


@dataclass
class _TitlePage:
    """A title page typed as paragraphs, found by `_title_page` and taken out of the
    items: what it names, and its lines as left out."""

    title: str | None
    author: str | None
    omission: Omission
    editor: str | None = None  # "Compiled by …" on the page
    translator: str | None = None  # "Translated from the German by …" on the page


def _title_page(
    items: list[_Item], known: str | None, author: str, *, story: bool, set_apart: bool = False
) -> tuple[list[_Item], _TitlePage | None]:
    """The items without the title page a writer typed as paragraphs ("Salt and Iron",
    "by Daniel Achterberg", centred, then a page break or the first chapter's heading),
    and what it names (`matter.title_page` judges the lines). `known` is the title the
    file gives (its "Title" paragraph or its properties). A heading that opens the file
    is the book's title only with a byline and nothing else under it on its page
    ("The Harbour Wall" in Heading 1 over Heading 2 chapters); a story's title and
    byline over its text (`story`: a file with no chapter headings) are one too, and so
    are the file's own title and `author` over any text.

    `set_apart`: a book of poems whose titles are typed off new pages (`_typed_titles`),
    where the first poem may stand untitled under the byline: the page holds only its
    own lines (centred, bold, in a title's style, or a byline) and, ended by the first
    plain line, is judged as a story's title and byline are; a poem is never taken.

    A note cited on the page is cited by the first paragraph after it instead."""
    lines: list[str] = []
    taken: list[int] = []
    centred: list[bool] = []  # each line set apart: centred, or in a heading's style
    kinds: set[str | None] = set()
    ended = False
    for index, (paragraph, text, kind) in enumerate(items):
        if paragraph is None or kind == "break" or len(lines) > _PAGE_LINES:
            break  # a table or an ornament: no title page's
        if not text:
            if lines and _page_break(paragraph):
                ended = True
                break
            continue
        if lines and (kind in _CHAPTER_KINDS or (kind is None and _starts_page(paragraph))):
            ended = True
            break
        if set_apart and kind is None and not (
            _centred(paragraph) or _all_bold(paragraph) or byline(text)
        ):
            story = True  # "Shore Lines" / "by Orla Vance" over a poem's first line
            break
        if kind == "title" and "title" not in kinds:  # under a contact block, too
            known = _lift_references(text)[0]
        kinds.add(kind)
        lines.append(_lift_references(text)[0])
        taken.append(index)
        centred.append(kind is not None or _centred(paragraph))
        if kind is None and (_ends_page(paragraph) or _ends_section(paragraph)):
            ended = True
            break
    heading_first = bool(items) and items[0][2] in _CHAPTER_KINDS
    if not lines or (heading_first and not ended):
        return items, None
    apart = all(centred[matter.contact_lines(lines) :]) or known is not None
    page = matter.title_page(lines, title=known, author=author, ended=ended, story=story,
                             names=apart)  # fmt: skip
    if page is None or (heading_first and not (page.author or page.editor)):
        return items, None
    if story and page.author:
        who = next((w for line in lines[1 : page.size] if (w := byline(line))), None)
        if who is not None and not _names_a_person(who, author):
            return items, None  # "Snow" / "By Morning Light": a title and its subtitle
    if page.size == 1 and kinds == {"title"}:
        return items, None  # a "Title" paragraph alone: the title, as `read_docx` reads it
    gone = set(taken[: page.size])
    cited = "".join(_lift_references(items[i][1])[1] for i in sorted(gone))
    kept: list[_Item] = []
    for index, (paragraph, text, kind) in enumerate(items):
        if index in gone or (index < max(gone) and not text):
            continue
        if cited and kind is None and text:
            text, cited = cited + text, ""
        kept.append((paragraph, text, kind))
    left_out = matter.title_page_left_out(lines[: page.size])
    translator = translator_credit(lines[: page.size])  # as the plain-text reader credits it
    return kept, _TitlePage(page.title, page.author, left_out, page.editor, translator)


def _front_promotion(items: list[_Item]) -> int:
    """How many items the pages of promotion fill that open the file before its title
    page ("ALSO BY NADIA PETRENKO" over a list of books, "Praise for Rachel Voss" over
    blurbs), as Vellum, Atticus and KDP's templates order them. Each page is ended by a
    page break, a section break or a heading; one that runs on to the end of the file is
    no front page."""
    end = 0
    while True:
        start = next((i for i in range(end, len(items)) if items[i][1]), None)
        if start is None:
            return end
        paragraph, text, kind = items[start]
        if paragraph is None or kind == "break" or not _promotion_page(text):
            return end
        stop = start + 1 if _ends_page(paragraph) or _ends_section(paragraph) else None
        for index in range(start + 1, len(items) if stop is None else start + 1):
            after, _, sort = items[index]
            if after is None:
                continue
            if sort in _HEADING_KINDS or _starts_page(after) or _after_section_break(after):
                stop = index
                break
            if _ends_page(after) or _ends_section(after):
                stop = index + 1
                break
        if stop is None:
            return end
        end = stop


def _promotion_page(text: str) -> bool:
    """Does a line head a page of promotion the front of a book may open with: the
    author's other books, or praise for them?"""
    return matter.heading_reason(text) == "also-by page" or matter.is_praise_heading(text)


_FRONT_LABEL = re.compile(
    r"^\s*(?:(?:content|trigger)\s+(?:warnings?|notes?)|(?:the\s+)?(?:book\s+)?playlist"
    r"|(?:the\s+)?soundtrack)\s*[.:]?\s*$",
    re.IGNORECASE,
)
"""The labels a page of a current novel's front matter opens with, set as a line and
not as a heading: "Content Warnings" (read, under that title) and "Playlist" (the
songs, left out: `matter.drop_matter`)."""


def _labelled_pages(items: list[_Item]) -> tuple[set[int], set[int]]:
    """The front pages (`_front_pages`) a label opens, typed as a line: "ALSO BY …",
    "Praise for …", "Content Warnings", "Playlist". Each is read (or left out) as a
    page of its own under its label, not under the book's title with the pages round
    it. The `id`s of the labels' paragraphs, and of the first paragraph of each page
    after one that is not labelled (its text starts a page of its own too)."""
    heads: set[int] = set()
    resumes: set[int] = set()
    after = False  # the page before was a labelled one
    for page in _front_pages(items):
        said = [i for i in page if items[i][1]]
        if not said:
            continue
        paragraph, text, kind = items[said[0]]
        if paragraph is not None and kind is None and (
            _promotion_page(text) or _FRONT_LABEL.match(text)
        ):
            heads.add(id(paragraph))
            after = True
            continue
        if after and paragraph is not None and kind is None:
            resumes.add(id(paragraph))
        after = False
    return heads, resumes


def _front_pages(items: list[_Item]) -> list[list[int]]:
    """The items before the first chapter, page by page (`_dedication_at`)."""
    end = next((i for i, (_, text, kind) in enumerate(items)
                if kind in _HEADING_KINDS and not _front_heading(text)), None)  # fmt: skip
    if end is None:  # every heading names front matter: only the page before the first
        end = next((i for i, (_, _, kind) in enumerate(items) if kind in _HEADING_KINDS), 0)
    pages: list[list[int]] = [[]]
    for index in range(end):
        paragraph = items[index][0]
        if paragraph is not None and (
            items[index][2] in _HEADING_KINDS or _starts_page(paragraph)
            or _after_section_break(paragraph)
        ):  # fmt: skip
            pages.append([])
        pages[-1].append(index)
        if paragraph is not None and (_ends_page(paragraph) or _ends_section(paragraph)):
            pages.append([])
    return pages


def _dedication_at(items: list[_Item]) -> int | None:
    """Where a dedication alone on its page before the first chapter starts
    (`matter.is_dedication` judges its lines), or None.

    Each page of the front matter (up to the first heading that names no front matter:
    `_front_heading`) is judged on its own, ended by a page break, a section break or a
    heading: a page with no heading, between an "Also by" or "Praise" page and the
    first chapter, as Vellum and KDP order them, is not that page's text, though it
    runs on to the next heading. Untitled, a dedication would be read under the book's
    title, just after the credits said it, or be left out with the page before it."""
    for page in _front_pages(items):
        said = [i for i in page if items[i][1]]
        if not said or any(items[i][0] is None or items[i][2] is not None for i in page):
            continue  # a heading's page, a table's, an ornament's, a contents list's
        if matter.is_dedication([Paragraph(items[i][1]) for i in said]):
            return said[0]
    return None


def _front_heading(text: str) -> bool:
    """Does a heading name a page of front matter left out ("Also by …", "Contents",
    "Praise for …"), after which the book has not begun yet?"""
    return matter.heading_reason(text) is not None or matter.is_praise_heading(text)


_NOT_NAMES = frozenset({
    "morning", "evening", "night", "noon", "midnight", "twilight", "daylight", "moonlight",
    "starlight", "candlelight", "firelight", "lamplight", "light", "dark", "darkness",
    "nightfall", "sunrise", "sunset", "tomorrow", "today", "tonight", "yesterday", "sea",
    "river", "water", "rain", "wind", "tide", "chance", "design", "accident", "fate",
})  # fmt: skip
"""Words that open a story's subtitle after "By" ("By Morning Light", "By Lamplight Alone")
and are nobody's name; surnames that are also nouns (Snow, Day, Spring) are not here."""


def _names_a_person(who: str, author: str) -> bool:
    """Does what follows "By" on a story's opening lines name its writer? A story with
    no headings may open with its title and a subtitle that starts "By" ("Snow" / "By
    Morning Light"); a byline names a person: the file's author, or two capitalised
    words or more, none a time of day or a common noun."""
    if author and " ".join(who.casefold().split()) == " ".join(author.casefold().split()):
        return True
    names = [w.strip(".,") for w in who.replace(",", " ").split() if w[:1].isupper()]
    return len(names) >= 2 and not any(n.casefold() in _NOT_NAMES for n in names)


_TYPED_TITLE_WORDS = 10


def _typed_titles(
    items: list[_Item], played: frozenset[Any] = frozenset(), look: _Look | None = None
) -> list[_Item]:
    """The items with the chapter titles a writer typed without a heading style marked
    "typed": a short line, all in bold or centred, with no sentence's punctuation, that
    starts a page and has text under it ("The Orchard"). Only when there are two such
    lines or more: one alone is as likely a dedication or a part's name. In a book of
    poems such a line need not start a page: it is a title when a poem stands right
    under it (`_poem_under`), two such at least, every title on a new page heads a
    poem too (a novel's bold line over a song inside a chapter is no chapter), and the
    poems fill the book from the first title to the end: a memoir's letters or a
    report's lists under bold labels have prose after them, and stay on the plain-text
    path (its title page, its paragraphs); and they hold `POEM_LINES` lines on average.

    With `look`, what the writer's styles set counts as set by hand (`_Look.set_apart`:
    a "Chapter Title" style that is bold, centred and starts a page), and so does a
    section break before the line."""
    look = look or _Look()
    typed = [
        index
        for index, (paragraph, text, kind) in enumerate(items)
        if index and paragraph is not None and kind is None and text
        and len(text.split()) <= _TYPED_TITLE_WORDS
        and not any(ch in ".!?;:…" for ch in text) and LINE_BREAK not in text
        and look.set_apart(paragraph, _paragraph_under(items, index))
    ]  # fmt: skip
    lines = {index for index in typed if _opens_page(items, index, look)}
    titles = set()
    for index in lines:
        after = next((i for i in range(index + 1, len(items)) if items[i][1]), None)
        if after is not None and after not in lines and items[after][2] is None:
            titles.add(index)
    ends = {
        index: end for index in typed
        if not byline(items[index][1]) and (end := _poem_under(items, index, played))
    }  # fmt: skip ("by Orla Vance" over an untitled first poem is the byline)
    poems = sorted(ends)
    after = [*poems[1:], len(items)] if poems else []  # where each poem's next one starts
    filled = all(ends[a] == b for a, b in zip(poems, after, strict=True))
    verse = sum(len(items[i][1].split(LINE_BREAK)) for p in poems for i in range(p + 1, ends[p]))
    long_enough = verse >= POEM_LINES * len(poems)  # lines, not a list's few items
    if len(poems) >= 2 and titles <= set(poems) and filled and long_enough:
        titles |= set(poems)
    if len(titles) < 2:
        return items
    return [(p, t, "typed") if i in titles else (p, t, k) for i, (p, t, k) in enumerate(items)]


def _typed_beyond_words(items: list[_Item], found: ReadText, look: _Look) -> bool:
    """Did the plain-text rules, which find a heading by its words ("Prologue",
    "Interlude"), pass over titles typed alike among them: a line that names no chapter
    by its words ("Boston, 2019", "Seoul, March 3, 2020") on a new page after one they
    found, set as they are (bold, centred, its size: `_Look.signature`)? Then the typed
    titles (`_typed_titles`) head the chapters, as Word's layout shows them."""
    titles = {_words(title) for title, _ in found.chapters if title}
    typed = [(i, p) for i, (p, _, kind) in enumerate(items) if kind == "typed"]
    named = [(i, p) for i, p in typed if _words(items[i][1]) in titles]
    if not named:
        return False
    looks = {look.signature(p) for _, p in named}
    return any(
        i > named[0][0] and _words(items[i][1]) not in titles and look.signature(p) in looks
        for i, p in typed
    )


def _paragraph_under(items: list[_Item], index: int) -> Any | None:
    """The paragraph of the next item with text after `index` (None for a table)."""
    return next((p for p, text, _ in items[index + 1 :] if text or p is None), None)


def _typed_among_headings(items: list[_Item], look: _Look) -> list[_Item]:
    """The items of a book with Word's heading styles (a "Title", "Heading 1") with
    the chapter titles typed by hand marked "typed", judged title by title: a writer
    sets the book's name with the Title button and types "Chapter One" in bold on a new
    page, or types one chapter's heading among Heading 1 chapters. A title here is a
    short line that opens a page (a page break, "Page break before" in it or its style,
    a section break) with text under it, and either names a chapter by its words
    ("Chapter One", "Prologue": `plaintext.parse_heading`; a bare number is no
    evidence) or, in a book whose only heading style is its Title, is set apart from
    that text (`_Look.set_apart`) with no sentence's stop and no copyright notice in
    it, two such lines at least set alike (`_Look.signature`): "The Crossing", "The
    House" (a copyright page's or a dedication's centred line is set like no chapter
    title). Where Heading 1 heads the chapters, a bold line on a
    new page is a letter's or a scene's ("London, 1888"), not a chapter's. A line set
    apart right under a numbered title ("Chapter One" / "January") is its title too.
    A line inside a chapter, not on a new page, stays a line of the text, and so does
    one over another such line (a dedication's page over "Chapter One") or a heading,
    unless both name what they are ("Part One" on its own page over "Chapter One")."""
    from audiobook.text.readers.plaintext import parse_heading

    def text_under(index: int) -> int | None:
        return next((i for i in range(index + 1, len(items)) if items[i][1]), None)

    opening = {
        index
        for index, (paragraph, text, kind) in enumerate(items)
        if index and paragraph is not None and kind is None and text
        and len(text.split()) <= _TYPED_TITLE_WORDS and LINE_BREAK not in text
        and _opens_page(items, index, look)
    }  # fmt: skip
    def named(index: int) -> bool:
        heading = parse_heading(items[index][1])
        return heading is not None and heading.family != "bare"

    worded: set[int] = set()
    apart: set[int] = set()
    for index in sorted(opening, reverse=True):  # a part's page sees its first chapter's
        under = text_under(index)
        if under is None or items[under][2] is not None or items[under][0] is None:
            continue  # nothing, a heading or a table under it: a label, not a title
        if under in opening:
            if named(index) and under in worded:
                worded.add(index)  # "Part One" on its own page over "Chapter One"
            continue
        if named(index):
            worded.add(index)
        elif (
            not any(ch in ".!?;:…" for ch in items[index][1])
            and not matter.is_copyright_evidence(items[index][1])
            and look.set_apart(items[index][0], items[under][0])
        ):
            apart.add(index)
    titles = set(worded)
    if not any(kind == "chapter" for _, _, kind in items):  # no Heading 1s head them
        alike: dict[tuple[Any, ...], int] = {}
        for index in apart | worded:
            key = look.signature(items[index][0])
            alike[key] = alike.get(key, 0) + 1
        titles |= {i for i in apart if alike[look.signature(items[i][0])] >= 2}
    for index in sorted(worded):
        heading = parse_heading(items[index][1])
        under = text_under(index)
        if heading is None or heading.has_title or under is None or items[under][2] is not None:
            continue
        paragraph, text = items[under][0], items[under][1]
        below = _paragraph_under(items, under)
        if (
            paragraph is not None and below is not None and LINE_BREAK not in text
            and len(text.split()) <= _TYPED_TITLE_WORDS
            and not any(ch in ".!?;:…" for ch in text) and not text.endswith(",")
            and look.set_apart(paragraph, below)
        ):  # fmt: skip
            titles.add(under)
    if not titles:
        return items
    return [(p, t, "typed") if i in titles else (p, t, k) for i, (p, t, k) in enumerate(items)]


POEM_LINES = 4
"""Lines a poem under a typed title holds on average at the least: a walks programme's or
a report's bold labels stand over two or three items each."""
POEM_LINE_WORDS = 3
"""Words a poem's lines hold on average at the least, under a typed title: fewer is a
list typed a paragraph to an item ("Eggs" / "Flour" / "Milk")."""


def _poem_under(items: list[_Item], index: int, played: frozenset[Any]) -> int | None:
    """Where the poem right under the line at `index` ends (the place after its last
    line), or None when no poem stands there: its lines typed a paragraph to a line or
    a stanza to a paragraph (Shift+Enter between its lines), none past `VERSE_WIDTH`,
    none in bold, centred or a list's, verse-shaped (`_verse_shaped`), `POEM_LINE_WORDS`
    words to a line on average. It ends at the next such title, at a page's end, or at
    anything that is not a line of verse. A song's chord lines `played` are passed over."""
    from audiobook.text.readers.plaintext import VERSE_WIDTH

    stanzas: list[list[str]] = []
    previous: Any = None
    end = index + 1
    for paragraph, text, kind in items[index + 1 :]:
        if paragraph is None or kind is not None or not text:
            break
        if (
            _all_bold(paragraph) or _centred(paragraph)
            or paragraph.find(f"{W}pPr/{W}numPr") is not None
            or (previous is not None and _starts_page(paragraph))
        ):  # fmt: skip
            break
        said = text.split(LINE_BREAK)
        if any(len(line) > VERSE_WIDTH for line in said):
            break
        if len(said) > 1 or previous is None or _gap(previous, paragraph, played) != 0:
            stanzas.append(said)
        else:
            stanzas[-1].extend(said)
        previous, end = paragraph, end + 1
        if _ends_page(paragraph):
            break
    said = [line for run in stanzas for line in run]
    poem = (
        bool(said) and sum(len(line.split()) for line in said) >= POEM_LINE_WORDS * len(said)
        and _verse_shaped(stanzas)
    )  # fmt: skip
    return end if poem else None


_VERSE_ENDS = frozenset({"is", "was", "be"})
"""Words a margin cuts prose on (`plaintext._WRAPPED_WORDS`) that end verse's phrases too."""


def _verse_shaped(stanzas: list[list[str]]) -> bool:
    """Are these stanzas' lines a poem's: one stanza of three lines at least, two in
    three lines but a stanza's last ending on no sentence's end ("flour on the radio,"),
    where short paragraphs of prose end every sentence, and one in four at most on
    "the", "of" …, as a margin cuts prose? A line may end on "was", "is" or "be", as a
    phrase of verse often does ("where the current was")."""
    from audiobook.text.readers.plaintext import _WRAPPED_WORDS

    texts = [line for run in stanzas for line in run[:-1]]
    ends = [t.rstrip(_CLOSERS)[-1:] for t in texts]
    cut = sum((t.split() or [""])[-1].casefold() in _WRAPPED_WORDS - _VERSE_ENDS for t in texts)
    return (
        max(map(len, stanzas), default=0) >= 3
        and sum(e not in _ENDED for e in ends) * 3 >= len(ends) * 2
        and cut * 4 <= len(ends)
    )


_TAB_LABEL = re.compile(r"\d{1,3}|[A-Z][A-Z'’. -]*[A-Z.]")
"""What a play script or a hymnal sets before a tab: a speaker's name in capitals
("GWEN", "VOICE OF THE SEA", "MRS. HALE") or a verse's number ("1")."""
_FIELD_LABEL = re.compile(
    r"TO|FROM|RE|CC|BCC|DATE|SUBJECT|SUBJ|ATTN|REF|MEMO|NAME|ADDRESS|TEL|PHONE|E-?MAIL|FAX"
    r"|FORM|CLASS|TIME|PLACE|SIGNED|TOTAL|NOTES?|ITEM|QTY"
)
"""A memo's or a form's field names ("TO<tab>All retired staff"): no speaker's."""
_MONTH_WORD = re.compile(
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?",
    re.IGNORECASE,
)
_VERSE_RUN = 12  # paragraphs to look for the verse numbered next to a verse's own


def _label_before_tab(paragraph: Any) -> str | None:
    """The text a paragraph has before its first tab, or None without one."""
    before: list[str] = []
    for mark in paragraph.iter(W + "t", W + "tab"):
        if mark.tag == W + "tab":
            return "".join(before).strip()
        before.append(mark.text or "")
    return None


def _verse_run(paragraph: Any, number: int) -> bool:
    """Is the verse numbered `number` one of a run: a paragraph near it is numbered the
    same way (a number and a tab), one before or one after it?"""
    for step, wanted in (("getprevious", number - 1), ("getnext", number + 1)):
        node = paragraph
        for _ in range(_VERSE_RUN):
            node = getattr(node, step)()
            if node is None or node.tag != W + "p":
                break
            label = _label_before_tab(node)
            if label is not None and label.isdigit():
                if int(label) == wanted:
                    return True
                break
    return False


def _tab_labelled(paragraph: Any, text: str) -> str:
    """The paragraph's text with a full stop after a speaker's name or a verse's number
    typed before a tab ("GWEN<tab>Round and round" → "GWEN. Round and round", "1<tab>The
    road goes on" → "1. The road goes on"), so the name is said apart from the speech
    as the plain text's "GWEN." is. A speaker's name is two capitals or more, never a
    memo's or a form's field ("TO<tab>All staff", "NAME<tab>…"); a verse's number opens a
    line with a capital, not a month ("12<tab>March, arrived late"), and counts with a
    verse numbered next to it ("1<tab>…", "2<tab>…"): a recipe's "2<tab>large eggs" is
    an amount. A label with its own mark ("Name:<tab>"), a word that is not a name in
    capitals ("Chapter<tab>1") or a tab before no words ("TOTAL<tab>$45") is left as it
    is."""
    label = _label_before_tab(paragraph)
    if label is None:
        return text
    if len(label.split()) > 4 or not _TAB_LABEL.fullmatch(label) or not text.startswith(label):
        return text
    rest = text[len(label) :].lstrip()
    if not rest[:1].isalpha() and not rest.startswith(("(", "[", "“", '"', "‘")):
        return text
    if label.isdigit():
        first = (re.findall(r"[^\W\d_]+", rest) or [""])[0]
        if (
            not first[:1].isupper() or _MONTH_WORD.fullmatch(first)
            or not _verse_run(paragraph, int(label))
        ):  # fmt: skip
            return text
    elif sum(c.isalpha() for c in label) < 2 or _FIELD_LABEL.fullmatch(label.rstrip(".")):
        return text
    return f"{label.rstrip('.')}. {rest}"


_ENDED = tuple(".!?…")
_CLOSERS = "\"'”’)]*_"


def _stanzas(
    items: list[_Item], keep: int | None, body: set[int], played: frozenset[Any] = frozenset()
) -> tuple[list[_Item], int | None]:
    """A poem typed a Word paragraph to a line, as poets type one: each stanza's lines
    one paragraph, kept apart with `LINE_BREAK` (a line's pause, not a paragraph's),
    and an empty paragraph between stanzas a paragraph's pause. A poem's lines are
    paragraphs next to each other or with empty ones between, none of them past
    `VERSE_WIDTH`, a list's item, centred, set right or all in bold; one stanza at
    least has three lines, and two in three lines end with no sentence's end
    ("flour on the radio,"), where short paragraphs of prose (dialogue: "Where?" /
    "The harbour.") end every sentence; few end on "the" or "of", as wrapped prose does.
    Only `body` paragraphs (by `id`: not a sub-head kept as a line) are a poem's.
    A typed scene break ("* * *", "#") ends a stanza and stays a break, and a stanza's
    last line that is a sentence (a capital, a stop, four words or more, half as long
    again as the line before) after lines that end none (an address, a memo's fields:
    "Gwynedd" / "It had been crossed out twice.") is the prose after it, a paragraph.
    `keep` (the dedication's place) is never joined; its new place is returned. The
    chord lines `played` (`_without_chords`) stand between a song's lines, not apart."""
    from audiobook.text.readers.plaintext import VERSE_WIDTH

    def line(index: int) -> bool:
        paragraph, text, kind = items[index]
        return (
            paragraph is not None and kind is None and index != keep and id(paragraph) in body
            and 0 < len(text) <= VERSE_WIDTH and LINE_BREAK not in text
            and not is_break_mark(text)
            and paragraph.find(f"{W}pPr/{W}numPr") is None
            and not matter.is_link_line(text)  # an author's links: each its own line
            and _alignment(paragraph) not in ("center", "right", "end")
            and not _all_bold(paragraph)
            and not (_page_break(paragraph) and not _ends_page(paragraph))
        )  # fmt: skip

    poems: list[list[list[int]]] = []  # each poem's stanzas: each its items' places
    for index in range(len(items)):
        if not line(index):
            continue
        gap = (
            _gap(items[index - 1][0], items[index][0], played)
            if poems and poems[-1][-1][-1] == index - 1 and not _ends_page(items[index - 1][0])
            else None
        )  # a poem's last line before Ctrl+Enter: the next page's first line is another's
        if gap == 0:
            poems[-1][-1].append(index)
        elif gap == 1:
            poems[-1].append([index])
        else:
            poems.append([[index]])

    def prose_after(run: list[int]) -> bool:  # "Gwynedd" / "It had been crossed out twice."
        *before, last = (items[i][1] for i in run)
        return (
            len(before) >= 2 and last[:1].isupper() and last.rstrip(_CLOSERS)[-1:] in _ENDED
            and len(last.split()) >= 4 and len(last) * 2 >= len(before[-1]) * 3
            and not any(t.rstrip(_CLOSERS)[-1:] in _ENDED for t in before)
        )  # fmt: skip

    poems = [[run[:-1] if prose_after(run) else run for run in stanzas] for stanzas in poems]
    joined: dict[int, list[int]] = {}
    for stanzas in poems:
        if _verse_shaped([[items[i][1] for i in run] for run in stanzas]):
            joined.update((run[0], run) for run in stanzas if len(run) > 1)
    if not joined:
        return items, keep
    out: list[_Item] = []
    place: int | None = None
    skip: set[int] = set()
    for index, item in enumerate(items):
        if index == keep:
            place = len(out)
        if index in skip:
            continue
        if index in joined:
            run = joined[index]
            skip.update(run)
            out.append((item[0], LINE_BREAK.join(items[i][1] for i in run), None))
        else:
            out.append(item)
    return out, place


def _without_chords(items: list[_Item]) -> tuple[list[_Item], tuple[Omission, ...], frozenset[Any]]:
    """The items without a songbook's chord lines typed over the words ("G        C
    G", a paragraph of its own or a line before Shift+Enter), by the plain-text rule
    (`plaintext.chord_lines`: right over a line of the words, in a song where chords and
    words take turns), listed as left out; and the paragraphs left out whole, which
    stand between a song's lines (`_stanzas`). The rule sees each paragraph's lines as
    typed (its spaces and tabs, which set a chord over its word), an empty paragraph
    or anything but body text as a blank line."""
    from audiobook.text.readers.plaintext import chord_lines, chords_left_out

    lines: list[str] = []
    where: list[tuple[int, int]] = []  # (item, line in it) of each line
    previous: Any = None
    for n, (paragraph, text, kind) in enumerate(items):
        if paragraph is None or kind is not None or not text:
            lines.append("")
            where.append((-1, 0))
            previous = None
            continue
        if previous is not None and _gap(previous, paragraph) != 0:
            lines.append("")
            where.append((-1, 0))
        said = text.split(LINE_BREAK)
        typed = _typed_lines(paragraph)
        for k, line in enumerate(typed if len(typed) == len(said) else said):
            lines.append(line)
            where.append((n, k))
        previous = paragraph
    found = chord_lines(lines)
    if not found:
        return items, (), frozenset()
    cut: dict[int, set[int]] = {}
    for i in found:
        cut.setdefault(where[i][0], set()).add(where[i][1])
    out: list[_Item] = []
    played: set[Any] = set()
    for n, (paragraph, text, kind) in enumerate(items):
        if n not in cut:
            out.append((paragraph, text, kind))
            continue
        kept = [x for k, x in enumerate(text.split(LINE_BREAK)) if k not in cut[n]]
        if kept:
            out.append((paragraph, LINE_BREAK.join(kept), kind))
        else:
            played.add(paragraph)
    return out, chords_left_out([lines[i] for i in found]), frozenset(played)


def _typed_lines(paragraph: Any) -> list[str]:
    """A paragraph's lines as typed, spaces and tabs kept (`_text` makes one space of
    them), empty lines left out as `clean_text` leaves them out."""
    typed = [""]
    for mark in paragraph.iter(W + "t", *_SPACES, *_BREAKS):
        if mark.tag == W + "t":
            typed[-1] += mark.text or ""
        elif mark.tag in _SPACES:
            typed[-1] += "\t"
        elif mark.get(W + "type") not in ("page", "column"):
            typed.append("")
    return [line for line in typed if line.strip()]


def _gap(first: Any, second: Any, skipped: frozenset[Any] = frozenset()) -> int | None:
    """How many empty paragraphs (a stanza's gap) stand between paragraph `first` and
    the next, `second`: None when it is not the next, or a table or another block
    stands between them; paragraphs `skipped` (a song's chord lines) are passed over."""
    node, empty = first.getnext(), 0
    while node is not None and node is not second:
        if node in skipped:
            node = node.getnext()
            continue
        if node.tag in (W + "tbl", W + "sdt") or (
            node.tag == W + "p" and ("".join(node.itertext()).strip() or _page_break(node))
        ):
            return None
        empty += node.tag == W + "p"
        node = node.getnext()
    return min(empty, 1) if node is second else None


def _alignment(paragraph: Any) -> str | None:
    jc = paragraph.find(f"{W}pPr/{W}jc")
    return jc.get(W + "val") if jc is not None else None


def _opens_page(items: list[_Item], index: int, look: _Look | None = None) -> bool:
    """Does the item at `index` open a page: it starts one, or the paragraph before it
    ends one (Ctrl+Enter after its last words)? With `look`, a style's "Page break
    before" and a section break count too."""
    before = items[index - 1][0] if index else None
    starts = look.starts_page if look is not None else _starts_page
    return starts(items[index][0]) or (before is not None and _ends_page(before))


def _starts_page(paragraph: Any) -> bool:
    """Does the paragraph open a page: "Page break before", or a page break before its
    first words?"""
    ppr = paragraph.find(W + "pPr")
    before = ppr.find(W + "pageBreakBefore") if ppr is not None else None
    if before is not None:
        return _on(before)
    for mark in paragraph.iter(W + "t", W + "br"):
        if mark.tag == W + "t" and (mark.text or "").strip():
            return False
        if mark.tag == W + "br" and mark.get(W + "type") == "page":
            return True
    return False


def _ends_page(paragraph: Any) -> bool:
    """Does a page break end the paragraph (Ctrl+Enter after its last words)?"""
    marks = [m for m in paragraph.iter(W + "t", W + "br") if m.tag == W + "br" or m.text]
    while marks and marks[-1].tag == W + "t" and not (marks[-1].text or "").strip():
        marks.pop()
    return bool(marks) and marks[-1].tag == W + "br" and marks[-1].get(W + "type") == "page"


def _ends_section(paragraph: Any) -> bool:
    """Does a section end with the paragraph (a section break, which starts a page)?"""
    return paragraph.find(f"{W}pPr/{W}sectPr") is not None


def _all_bold(paragraph: Any) -> bool:
    runs = [r for r in paragraph.iter(W + "r") if "".join(r.itertext()).strip()]
    return bool(runs) and all(_bold(run) for run in runs)


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


def _note_bodies(document: Any, marks: dict[str, str], hiding: _Hiding) -> dict[str, str]:
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
            text = " ".join(
                " ".join(clean_text(_text(p, hiding=hiding)) for p in _paragraphs(note)).split()
            )
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
    or a style based on them), "contents" (Word's "TOC 1".."TOC 9", which only a table
    of contents is set in), "box" (a pull quote's style, judged as a text box is), or
    None for text."""
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
        if _TOC_STYLE.fullmatch(name) or _TOC_STYLE.fullmatch(ident):
            return "contents"
        if name.startswith("heading") or ident.startswith("heading"):
            return None  # Heading 3 based on Heading 2 is still a paragraph
        if _PULL_QUOTE_STYLE.search(name) or _PULL_QUOTE_STYLE.search(ident):
            return "box"  # read unless it repeats the text (`_without_pull_quotes`)
        style = style.base_style
    return None


_TOC_STYLE = re.compile(r"toc ?[1-9]")
_PULL_QUOTE_STYLE = re.compile(r"pull[\s_-]?(?:out[\s_-]?)?quote|intense ?quote")
"""A paragraph style for a pull quote (a custom "Pull Quote", Word's "Intense Quote"):
its paragraph is judged as a text box's is, left out when it repeats the text."""
_CHAPTER_STYLE = re.compile(r"\bchapter\b|^heading$")
_NOT_CHAPTER_STYLE = re.compile(
    r"\b(?:text|body|para(?:graph)?|first|quote|epigraph|initial|drop|opening|end|break"
    r"|ornament|separator|scene|sign|date|place)\b"
)
_NAMED_TITLE_WORDS = 20


def _names_a_chapter(style: Any, text: str) -> bool:
    """Does a writer's own paragraph style say by its name that it heads chapters
    ("Chapter Title", "Chapter Heading", "ChapterTitle", "Chapter Number"), or is it
    Apple Pages' "Heading" (no number), while the paragraph is short enough for a
    title? Word gives such a style no outline level unless the writer sets one, and
    its bold, size and page break may be all it holds. A style for a chapter's text
    ("Chapter First Paragraph", "Chapter Epigraph", "Chapter Text") is none."""
    if style is None or not text or LINE_BREAK in text:
        return False
    if len(text.split()) > _NAMED_TITLE_WORDS:
        return False
    name = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", style.name or style.style_id or "")
    name = " ".join(name.replace("_", " ").replace("-", " ").casefold().split())
    return bool(_CHAPTER_STYLE.search(name)) and not _NOT_CHAPTER_STYLE.search(name)


def _heading_level(style: Any) -> int | None:
    """The level of Word's built-in heading style a paragraph style is or is based on
    ("Heading 3" is 3), or None."""
    seen: set[str] = set()
    for _ in range(_STYLE_DEPTH):
        if style is None or style.style_id in seen:
            return None
        seen.add(style.style_id)
        for name in ((style.name or "").casefold(), (style.style_id or "").casefold()):
            if match := re.fullmatch(r"heading ?([1-9])", name):
                return int(match[1])
        style = style.base_style
    return None


def _chapters_at_level_three(
    items: list[_Item], styles: dict[str, Any], default: Any
) -> list[_Item]:
    """The items with Heading 3 paragraphs made chapters where they are the book's
    chapters under a deeper outline (Heading 1 "Book One: The Coast" over Heading 2
    "Part One: Soundings" over Heading 3 "Chapter 1"): then each starts a chapter, and
    the first under a part carries the part's title, as Heading 1 over Heading 2 does
    ("Book One: The Coast. Part One: Soundings. Chapter 1"). Only when every Heading 3
    is a numbered chapter's heading ("Chapter 1", "Chapter Two: The Ice"), or every
    one sits under a Heading 2 that has no text of its own before them (a part's
    heading). Otherwise a Heading 3 is a sub-head inside its chapter, read as a line."""
    from audiobook.text.readers.plaintext import parse_heading

    def level(paragraph: Any) -> int | None:
        return _heading_level(styles.get(paragraph.style) if paragraph.style else default)

    third = {
        index
        for index, (paragraph, text, kind) in enumerate(items)
        if paragraph is not None and kind is None and text and level(paragraph) == 3
    }
    if not third:
        return items
    numbered = all(
        (heading := parse_heading(items[i][1])) is not None
        and heading.family == "chapter" and heading.number is not None
        for i in third
    )  # fmt: skip
    in_parts = True
    for index in sorted(third):
        above = index - 1
        while above >= 0 and above not in third and items[above][2] not in _HEADING_KINDS:
            if items[above][0] is None or items[above][1]:
                in_parts = False  # text between the part's heading and its first chapter
            above -= 1
        if above < 0 or (above not in third and level(items[above][0]) != 2):
            in_parts = False
    if not (numbered or in_parts):
        return items
    return [(p, text, "chapter" if i in third else kind) for i, (p, text, kind) in enumerate(items)]


def _sections_in_chapters(
    items: list[_Item], styles: dict[str, Any], default: Any
) -> list[_Item]:
    """The items with Heading 2 paragraphs made lines of the Heading 1 chapter above them
    ("Chapter 1: Why a Food Truck?", its text, then "1.1 The Numbers…", "Key
    Takeaways") when the Heading 1s are the chapters, as `markdown.sections_in_chapters`
    judges `##` under `#`: two or more, each with text of its own before its first
    Heading 2 or numbered as a chapter ("Chapter 3"), no Heading 2 right under a part
    ("Part One" over its chapters) or numbered as a chapter. A Heading 2 right under its
    Heading 1 ("Chapter 1" / "Ice Out") is the chapter's title, as before; one naming back
    matter ("Notes") stays a chapter; so does every one where Heading 3s are chapters or
    a writer's own style heads some ("outline"). A chapter typed by hand among them
    (`_typed_among_headings`) is at Heading 1's level."""
    from audiobook.text.readers.markdown import sections_in_chapters

    outline: list[tuple[int, str]] = []
    levels: dict[int, int] = {}
    for index, (paragraph, text, kind) in enumerate(items):
        if paragraph is None or kind not in _HEADING_KINDS:
            if text and kind not in ("break", "contents"):
                outline.append((0, text))
            continue
        if kind == "title":
            continue
        style = styles.get(paragraph.style) if paragraph.style else default
        level = _heading_level(style) if kind == "chapter" else 1 if kind == "typed" else None
        if level not in (1, 2):
            return items  # Heading 3 chapters (`_chapters_at_level_three`), a style's own
        levels[index] = level
        title = _lift_references(text)[0]
        if level == 1 and (roman := _ROMAN_LEAD.match(title)):
            # "I. The Purchase" over "1.1 The Surveyor's Report" (Word's numbering in
            # Roman numerals, its sub-levels in digits): chapter 1's own sections
            title = f"{_from_roman(roman[1])}. {title[roman.end() :]}"
        outline.append((level, title))
    if not sections_in_chapters(outline):
        return items
    found: list[_Item] = []
    opened = 0  # the level of the heading that opened the current chapter
    titled = False  # only headings since it: a Heading 2 now is the chapter's own title
    for index, (paragraph, text, kind) in enumerate(items):
        level = levels.get(index, 0)
        if level == 2 and opened == 1 and titled:
            pass  # "Chapter 1" over "Ice Out": the chapter's title, said with its number
        elif level == 2 and opened == 1 and matter.heading_reason(text) is None:
            kind = None  # a section of its chapter: read as a line of its own
        elif kind in _HEADING_KINDS:
            opened = level
        titled = level == 1 or (titled and level == 2) or (titled and not text)
        found.append((paragraph, text, kind))
    return found


_ROMAN_LEAD = re.compile(r"([IVXLC]{1,7})\.\s+")


def _from_roman(numeral: str) -> int:
    values = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
    total = 0
    for letter, after in zip(numeral, [*numeral[1:], ""], strict=True):
        value = values[letter]
        total += -value if after and values[after] > value else value
    return total


def _outline_level(paragraph: Any, style: Any, levels: dict[str, int]) -> int | None:
    """The paragraph's outline level (0 is Word's "Level 1"), set on it or else on its
    style (`levels`): a writer's own chapter style ("Chapter Title") is a heading to
    Word's navigation pane and contents by it, as Heading 1 is."""
    ppr = paragraph.find(W + "pPr")
    level = ppr.find(W + "outlineLvl") if ppr is not None else None
    if level is None:
        return levels.get(style.style_id) if style is not None else None
    value = level.get(W + "val") or ""
    return int(value) if value.isdigit() else None


def _outline_levels(styles: Iterable[Any]) -> dict[str, int]:
    """Each style's outline level, by id: the nearest one set in the style or those it
    is based on."""
    levels = _inherited(styles, "pPr/outlineLvl").items()
    return {sid: int(value) for sid, el in levels if (value := el.get(W + "val") or "").isdigit()}


def _paragraphs(container: Any) -> Iterator[Any]:
    """Every paragraph in order, including those in tables and content controls."""
    for child in _unwrapped(container):
        if child.tag == W + "p":
            yield child
        elif child.tag == W + "tbl":
            for row in _rows(child):
                for cell in _cells(row):
                    yield from _paragraphs(cell)


def _body(
    container: Any, blocks: Blocks, marks: dict[str, str], hiding: _Hiding | None
) -> Iterator[Any]:
    """The body's paragraphs in order, with each data table replaced by its block
    placeholder (a str); a layout table's paragraphs are yielded in reading order. A
    short paragraph just above a table is its heading ("Ingredients")."""
    above = ""
    for child in _unwrapped(container):
        if child.tag == W + "p":
            said = "".join(t.text or "" for t in child.iter(W + "t")).strip()
            above = said or above
            yield child
        elif child.tag == W + "tbl" and _is_data_table(child, hiding):
            rows = [
                [_cell_text(cell, marks, hiding) for cell in _cells(row)] for row in _rows(child)
            ]
            head = _has_header(child)
            heading = above if len(above.split()) <= 6 else ""
            texts = technical.table_lines(rows, head=head, heading=heading)
            if texts is not None:  # text messages, a cast list: a row a line, as HTML reads them
                blocks.times.extend(texts[1])
                yield from texts[0]
                continue
            placeholder = blocks.add("table-head" if head else "table", rows)
            if placeholder:
                yield placeholder
        elif child.tag == W + "tbl":
            for row in _rows(child):
                for cell in _cells(row):
                    yield from _body(cell, blocks, marks, hiding)


def _unwrapped(container: Any) -> Iterator[Any]:
    """The children of `container`, looking through content controls and tracked
    insertions, which wrap paragraphs, tables, rows and cells alike; a content control
    that shows its placeholder holds no text of the book."""
    for child in container:
        if _is_placeholder(child):
            continue
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


def _cell_text(cell: Any, marks: dict[str, str] | None, hiding: _Hiding | None) -> str:
    """A cell's text on one line; note references in a table are not kept (the notes
    pass never sees a table), so they are never spoken."""
    texts = (clean_text(_text(p, None, marks, hiding=hiding)) for p in _paragraphs(cell))
    return " ".join(t for t in texts if t)


def _is_data_table(table: Any, hiding: _Hiding | None) -> bool:
    """Rows and columns of data, as the HTML reader judges them: two rows and two
    columns or more, short cells, no table inside a cell."""
    rows = _rows(table)
    if len(rows) < 2 or max((len(_cells(row)) for row in rows), default=0) < 2:
        return False
    for row in rows:
        for cell in _cells(row):
            if cell.find(f".//{W}tbl") is not None:
                return False
            if len(_cell_text(cell, None, hiding).split()) > _CELL_WORDS:
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
    return flag is not None and _on(flag)


def _struck(run: Any) -> bool:
    """A run struck through on the page (Word's Strikethrough or Double strikethrough,
    `w:strike`, `w:dstrike`), which a narrator reads as crossed out. A tracked deletion
    (`w:del`) is an editor's cut, never read."""
    props = run.find(W + "rPr")
    if props is None:
        return False
    return any((flag := props.find(W + tag)) is not None and _on(flag)
               for tag in ("strike", "dstrike"))  # fmt: skip


def _text(
    element: Any,
    counts: dict[str, int] | None = None,
    marks: dict[str, str] | None = None,
    *,
    hiding: _Hiding | None = None,
    fields: _Fields | None = None,
) -> str:
    """The text of a paragraph; note references become note marks numbered in order
    of citation. Footnotes and endnotes share one count: Word prints endnotes as
    "i, ii", but a listener told "note one" twice in a chapter would be lost.

    A reference with `w:customMarkFollows` (Word's "Custom mark") is followed, in its
    run or the next, by the mark itself: text ("*", "†") or a Symbol-font `w:sym`.
    That mark is the reference, so it is dropped too, and kept in `marks` by note key
    so that `_note_bodies` can take the same mark off the front of the note.

    Hidden runs (by `hiding`) and content-control placeholders are not text. With
    `fields`, the results of the fields it leaves out go to it instead."""
    parts: list[str] = []
    pending: list[str] = []  # the key of a reference whose custom mark comes next
    hidden_paragraph = hiding is not None and element.tag == W + "p" and hiding.paragraph(element)
    capital_paragraph = (
        hiding is not None and element.tag == W + "p" and hiding.paragraph_capitals(element)
    )

    def walk(node: Any, hidden: bool, capitals: bool = capital_paragraph) -> None:
        for child in node:
            tag = child.tag
            if not isinstance(tag, str) or _is_placeholder(child):
                continue
            if tag == W + "fldChar":  # a field's structure counts even where it is hidden
                if fields is not None and (shown := fields.char(child.get(W + "fldCharType"))):
                    parts.append(_shown_page(shown))
            elif tag == W + "instrText":
                if fields is not None:
                    fields.instruction(child.text or "")
            elif tag in (W + "drawing", MC + "AlternateContent") and not hidden:
                for box in _inline_boxes(child):  # a shape in the line: its words in place
                    for inner in _paragraphs(box):
                        parts.append(" ")
                        walk(inner, hidden, capitals)
                    parts.append(" ")
            elif tag in _NOT_TEXT:
                continue
            elif tag == M + "oMath":  # a Word equation: "x=1" is read, a fraction listed
                said = " ".join("".join(t.text or "" for t in child.iter(M + "t")).split())
                if hidden or not said:
                    continue
                simple = _said_equation(child)
                if simple is not None:  # "E=mc²", "1/2": read as typed formulas are
                    parts.append(f" {simple} ")
                elif fields is not None:
                    fields.equations.append(said)
            elif tag == W + "fldSimple" and fields is not None:
                fields.begin(child.get(W + "instr") or "", result=True)
                walk(child, hidden, capitals)
                if shown := fields.char("end"):  # a simple field is its result, whole
                    parts.append(_shown_page(shown))
            elif tag == W + "r":
                struck = _struck(child)  # said "… — crossed out" (`struck`)
                parts.append(STRUCK_OPEN if struck else "")
                if hiding is None:
                    walk(child, hidden)
                else:
                    shown_caps = hiding.capitals(child, capital_paragraph)
                    walk(child, hiding.run(child, hidden_paragraph), shown_caps)
                parts.append(STRUCK_CLOSE if struck else "")
            elif tag == W + "ruby":
                # Word's Phonetic Guide: the base once, as the HTML reader reads `<ruby>`
                # (furigana is a printing aid); a reading in Latin letters over
                # characters that are not ("tanaka" over 田中) is the author's gloss
                start = len(parts)
                for base in child.iterchildren(W + "rubyBase"):
                    walk(base, hidden, capitals)
                said = "".join(t.text or "" for t in child.iterfind(f"{W}rt//{W}t")).strip()
                shown = "".join(parts[start:])
                if _LATIN.search(said) and not _LATIN.search(shown) and shown.strip():
                    parts[start:] = [said]
            elif tag not in _LEAVES:
                walk(child, hidden, capitals)
            elif hidden:
                continue  # not printed, so not read: no note reference counted either
            elif fields is not None and fields.leaving_out():
                if tag == W + "t" or tag in _SPACES:
                    fields.hold(" " if tag in _SPACES else child.text or "")
            elif tag in _REFERENCES:
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
                parts.append(_superscript(child, text.upper() if capitals else text))
            elif tag == W + "sym":
                if not pending:  # a note's custom mark is never read
                    parts.append(_symbol(child))
                pending.clear()
            elif tag in _SPACES:
                pending.clear()
                parts.append(" ")
            elif tag in _BREAKS:
                pending.clear()
                page = child.get(W + "type") in ("page", "column")
                parts.append(" " if page else LINE_BREAK)
            else:  # w:noBreakHyphen
                pending.clear()
                parts.append("-")

    walk(element, hidden_paragraph)
    return "".join(parts)
