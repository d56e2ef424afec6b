"""HTML and XHTML manuscripts, and the markup walker the EPUB reader shares.

Markup from a manuscript is untrusted, so it is parsed with entity expansion, DTD
loading and network access all off, after its DOCTYPE (and any entity declarations in
it) has been removed: an external entity cannot read a local file and a billion-laughs
entity has nothing to expand. Named HTML entities (`&nbsp;`, `&mdash;`) are mapped to
their characters by name; any other entity reference is dropped.

The walker reads an `<ol>`'s items with their numbers ("1. Preheat the oven."), and
leaves out (listed) a pull quote that repeats the text, a placeholder for a picture and
a QR code's caption ("Scan to download: …").
"""

from __future__ import annotations

import base64
import binascii
import codecs
import contextlib
import html as html_std
import itertools
import posixpath
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Literal
from urllib.parse import unquote

from audiobook.errors import ManuscriptError
from audiobook.models import LINE_BREAK, Omission, Paragraph
from audiobook.text import matter
from audiobook.text.matter import heading_reason, is_dedication
from audiobook.text.notes import NOTES_TITLE, reference
from audiobook.text.readers.base import (
    BY,
    CP1252_BYTES,
    NAMED_BY_KIN,
    TO_SUPERSCRIPT,
    TYPED_BULLET,
    ChapterBuilder,
    ReadText,
    byline,
    clean_text,
    credit,
    hardened_xml_parser,
    is_safe_member,
    join_names,
    join_titles,
    open_archive,
    other_credit,
    translator_credit,
)
from audiobook.text.readers.markdown import (
    FIGURE_TEXT_WHY,
    PICTURE_WHY,
    SUBSTACK_WORDS,
    alt_repeated,
    figure_text_kind,
    spoken_math,
    story_alt,
    typed_chapters,
)
from audiobook.text.readers.narration import (
    DRAFT_NOTE_WHY,
    NOTE_KINDS,
    draft_note_noun,
    introduced,
    is_play,
    reads_cues,
    without_draft_notes,
)
from audiobook.text.readers.plaintext import credited_translator
from audiobook.text.readers.webfiction import edge_notes, without_hearts
from audiobook.text.struck import STRUCK_CLOSE, STRUCK_OPEN
from audiobook.text.technical import TIME_STAMP_WHY, Blocks, code_rows, story_text, table_lines

if TYPE_CHECKING:
    from pathlib import Path

    from lxml.etree import _Element

OPS_NS = "http://www.idpf.org/2007/ops"

_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
_DOCTYPE = re.compile(r"<!DOCTYPE\b[^\[>]*(?:\[.*?\]\s*)?>", re.IGNORECASE | re.DOTALL)
# Declaring an external subset (never loaded) makes libxml2 keep undeclared entities
# such as &nbsp; as references instead of failing the parse.
_SAFE_DOCTYPE = (
    '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.1//EN" '
    '"http://www.w3.org/TR/xhtml11/DTD/xhtml11.dtd">'
)
_ENTITY_REF = re.compile(r"&([A-Za-z][A-Za-z0-9]*);")
_CHARSET = re.compile(rb"""(?:encoding|charset)\s*=\s*["']?([A-Za-z0-9_.:-]+)""")

_SKIPPED = {
    "head", "script", "style", "template", "noscript", "svg", "rt", "rp",
    "object", "iframe", "audio", "video", "canvas", "select", "button", "textarea",
}  # fmt: skip
_BLOCKS = {
    "p", "div", "li", "blockquote", "h3", "h4", "h5", "h6", "section", "article",
    "header", "footer", "aside", "nav", "main", "figure", "figcaption", "dd", "dt", "dl",
    "ul", "ol", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "pre",
    "address", "center", "hgroup", "body", "html", "details", "summary", "fieldset",
    "legend", "form", "poem", "stanza", "linegroup",
}  # fmt: skip
_NOT_SPOKEN = {"noteref", "pagebreak", "doc-noteref", "doc-pagebreak"}
_NOT_SPOKEN_CLASS = re.compile(
    r"(?:^|\s)(?:pagenum|pagenumber|page-?num(?:ber)?|pageno|page-?break|pb|side-?note"
    r"|marginnote|margin-?note|caption|figcaption|illocaption|tnotes?|transnotes?"
    r"|mw-editsection|linenum|line-?number)(?:\s|$)",
    re.IGNORECASE,
)
"""Print's furniture, by class: page numbers (Project Gutenberg's `pagenum`), sidenotes,
captions, transcriber's notes, and a saved wiki page's "[edit]" links. A narrator reads
none of them."""


_FIGURE_CLASS = re.compile(r"(?:^|\s)fig(?:center|left|right|inline)?(?:\s|$)", re.IGNORECASE)
"""A picture's block as Distributed Proofreaders' tools set it (`div.figcenter`): what
it says besides the picture is its caption, in whatever class (ppgen's `div.ic001`)."""


def not_spoken(element: _Element) -> bool:
    """A page number, a note reference, a caption, a sidenote or a verse number: never
    read in place."""
    return (
        bool(semantic_types(element) & _NOT_SPOKEN)
        or local_name(element) == "figcaption"
        or bool(_NOT_SPOKEN_CLASS.search(element.get("class") or ""))
        or _captioned_figure(element)
        or _verse_number(element)
        or _word_bullet(element)
    )


_WORD_LIST_MARK = re.compile(r"mso-list\s*:\s*ignore", re.IGNORECASE)
_BULLET_FONT = re.compile(r"font-family\s*:\s*[\"']?(?:Symbol|Wingdings|Courier New)\b", re.I)
_NUMBERED_MARK = re.compile(r"^(?:\d{1,3}|[A-Za-z]|[ivxlcdmIVXLCDM]{1,6})[.)]$")


def _word_bullet(element: _Element) -> bool:
    """The bullet Word's "Save as Web Page" sets before a list item's words: a run at
    the paragraph's start holding one marker and a 7pt spacer, in a `mso-list:Ignore`
    span (a full save) or in Symbol, Wingdings or Courier New (a filtered save, where
    "·", "§" and "o" are its level 1–3 bullets). A listener hears the list without it,
    as an `<ul>`'s dots are not said; a numbered item's "1." is read, as an `<ol>`'s."""
    if local_name(element) != "span":
        return False
    style = element.get("style") or ""
    inner = [el.get("style") or "" for el in element.iterdescendants() if local_name(el) == "span"]
    if not (_WORD_LIST_MARK.search(style) or any(_WORD_LIST_MARK.search(s) for s in inner)
            or (_BULLET_FONT.search(style) and any("7.0pt" in s for s in inner))):  # fmt: skip
        return False
    parent = element.getparent()
    while parent is not None and local_name(parent) == "span" and not (parent.text or "").strip():
        if element is not next((c for c in parent if local_name(c) is not None), None):
            return False
        element, parent = parent, parent.getparent()  # the Symbol span around mso-list:Ignore
    if parent is None or (parent.text or "").strip():
        return False
    if element is not next((c for c in parent if local_name(c) is not None), None):
        return False
    marker = "".join(element.itertext()).replace("\xa0", " ").strip()
    return 0 < len(marker) <= 2 and not _NUMBERED_MARK.match(marker)


_VERSE_CLASS = re.compile(r"(?:^|\s)(?:versenum|verse-?num(?:ber)?|chapternum|verse)(?:\s|$)", re.I)
_VERSE_LABEL = re.compile(r"^\d{1,3}[a-z]?(?:[-–]\d{1,3}[a-z]?)?$")


def _verse_number(element: _Element) -> bool:
    """A scripture site's verse or chapter number set before the verse it numbers
    (BibleGateway's `sup.versenum` and `span.chapternum`, eBible.org's `span.verse`):
    printed for finding a verse, never said, as an audio Bible does not say them. Only
    a number ("16", "35a", "1-2") in such a class: a `span.verse` of words is a poem's."""
    return (
        local_name(element) in ("span", "sup", "b", "strong", "small")
        and bool(_VERSE_CLASS.search(element.get("class") or ""))
        and bool(_VERSE_LABEL.match("".join(element.itertext()).strip()))
    )


def _captioned_figure(element: _Element) -> bool:
    """A picture's block with words beside the picture: those are its caption. One
    holding a drop capital's picture alone (its letter in `alt`) is read as before."""
    return (
        bool(_FIGURE_CLASS.search(element.get("class") or ""))
        and any(local_name(el) == "img" for el in element.iterdescendants())
        and bool("".join(element.itertext()).strip())
    )


_FURNITURE = re.compile(
    r"(?:^|[\s_-])(?:comments?|comment-\w+|respond|sidebar|widget\w*|cookie\w*|consent|gdpr"
    r"|share|sharing|sharedaddy|social|related(?:-?posts)?|post-navigation|nav-links|breadcrumbs?"
    r"|printfooter|catlinks|noprint|ws-noexport|mw-jump-link|navbox|site-header|site-footer"
    r"|entry-footer|button-wrapper"
    r"|entry-meta|byline-meta|author-bio|author-box|licenseContainer|licenseBanner|skip-link|screen-reader-text|vector-(?:header|page-toolbar"
    r"|main-menu|column-end|dropdown|sticky-header|user-links|page-tools|settings)\w*"
    r"|story-stats|part-footer|recommendations|next-part\w*"
    r")(?:$|[\s_-])",
    re.IGNORECASE,
)
"""A web page's own furniture around the text, by class or id: comments, sidebars,
widgets, cookie banners, share buttons, post navigation, a wiki's category links and
"Retrieved from" footer, Substack's buttons ("Share", "Leave a comment"), Wattpad's
reads and votes, part footer ("Continue to next
part") and "You'll also like" list. A book saved from a blog or a wiki is read without
them."""
_FURNITURE_KINDS = (
    ("page number", re.compile(r"pagenum|pagenumber|page-?num|pageno|page-?break|(?:^|\s)pb(?:\s|$)"
                               r"|doc-pagebreak|(?:^|\s)pagebreak", re.I)),
    ("caption", re.compile(rf"caption|{_FIGURE_CLASS.pattern}", re.I)),
    ("sidenote", re.compile(r"side-?note|margin-?note", re.I)),
    ("transcriber's note", re.compile(r"tnote|transnote", re.I)),
    ("line number", re.compile(r"linenum|line-?number", re.I)),
    ("chapter number", re.compile(r"chapternum", re.I)),
    ("verse number", re.compile(r"versenum|verse-?num|(?:^|\s)verse(?:\s|$)", re.I)),
)  # fmt: skip


_BACK_TO_CONTENTS = re.compile(
    r"^\W*(?:back|return|go(?: back)?|jump)\s+to\s+(?:the\s+)?(?:table\s+of\s+contents|contents"
    r"|toc|top)\W*$",
    re.IGNORECASE,
)
"""A link's words that take the reader back to the contents (the KDP habit of a "Back
to Table of Contents" line at each chapter's end)."""


def _back_to_contents(element: _Element) -> bool:
    """Is the block one in-book link back to the contents and nothing else?"""
    links = [el for el in element.iter() if local_name(el) == "a" and el.get("href")]
    if len(links) != 1 or not (links[0].get("href") or "").startswith("#"):
        return False
    text = clean_text(inline_text(element))
    return bool(_BACK_TO_CONTENTS.match(text)) and text == clean_text(inline_text(links[0]))


_SENDER_CLASS = re.compile(
    r"^(?:(?:msg|message|bubble|chat|text|sms)[-_]?)?(?:who|sender|from|name|author|user(?:name)?"
    r"|handle|contact)$",
    re.IGNORECASE,
)
"""A class that names a message's sender: "who", "sender", "msg-sender", "chat-name"."""
_BLOCK_DISPLAY = re.compile(r"(?:^|;)\s*display\s*:\s*(?:block|flex|list-item)\b", re.I)


_LINE_THROUGH = re.compile(r"text-decoration(?:-line)?\s*:[^;]*\bline-through\b", re.I)


def _block_classes(root: _Element, rule: re.Pattern[str] = _BLOCK_DISPLAY) -> set[str]:
    """The classes a `<style>` rule of the page shows as a block of their own
    (`.msg .who { display: block }`), or styles by another `rule` (`line-through`): the
    rule's last compound's classes."""
    page = root.getroottree().getroot()  # the walk may start at the body: the style is above
    css = " ".join("".join(el.itertext()) for el in page.iter() if local_name(el) == "style")
    found: set[str] = set()
    for selectors, declarations in _CSS_RULE.findall(_CSS_COMMENT.sub("", css)):
        if rule.search(declarations.strip()):
            for selector in selectors.split(","):
                found.update(_CSS_CLASSES.findall(re.split(r"[\s>+~]+", selector.strip())[-1]))
    return found


_GENERIC_ALT = re.compile(
    r"^\W*(?:(?:the\s+|book\s+)?cover(?:\s+(?:image|art|picture))?|illustration|image|picture"
    r"|photo|graphic|chapter\s+(?:image|header|heading|ornament)|logo|icon)\W*$",
    re.IGNORECASE,
)
"""An alt text that names no picture ("cover", "[Illustration]", "chapter image"): not
worth a line of `plan`'s list."""


def _label_words(text: str) -> str:
    """A text's words alone, folded, to compare an alt text with a caption."""
    return " ".join(re.findall(r"\w+", text.casefold()))


def _furniture_kind(element: _Element) -> str | None:
    """What kind of print furniture a not-spoken element is, for `plan`'s list; None for
    a note's reference (the notes account for those)."""
    name = local_name(element) or ""
    marks = f"{element.get('class') or ''} {' '.join(semantic_types(element))} {name}"
    return next((kind for kind, rule in _FURNITURE_KINDS if rule.search(marks)), None)


_PRINTED_PAGE_CLASS = (
    ("title page", re.compile(r"(?:^|\s)(?:title-?page|titlepg|tp|half-?title)(?:\s|$)", re.I)),
    ("copyright page", re.compile(r"(?:^|\s)(?:copyright(?:-?page)?|verso|imprint)(?:\s|$)", re.I)),
)  # fmt: skip
MAX_PRINTED_PAGE_WORDS = 250


def _printed_page(element: _Element, name: str) -> str | None:
    """A title page or copyright page set apart by its class, as Distributed
    Proofreaders' books set them (`<div class="titlepage">`, `<div class="copyright">`,
    "verso", "imprint"): which of the two, or None. Printed matter: the credits say the
    title and author, and a narrator says no publisher's notice. Only a short block
    holding no chapter heading (h2): a class on a wrapper of the whole text is no
    page's."""
    if name not in ("div", "section", "p"):
        return None
    marks = element.get("class") or ""
    kind = next((kind for kind, rule in _PRINTED_PAGE_CLASS if rule.search(marks)), None)
    if kind is None and name != "p":
        kind = "copyright page" if _copyright_block(element) else None
    if kind is None or any(local_name(e) == "h2" for e in element.iterdescendants()):
        return None
    words = len(" ".join(element.itertext()).split())
    return kind if 0 < words <= MAX_PRINTED_PAGE_WORDS else None


_COPYRIGHT_OPENING = re.compile(r"^\W*(?:copyright\b[\s,.]*(?:©|\(c\)|\d{4})|©|\(c\)\s*\d{4})",
                                re.IGNORECASE)  # fmt: skip
_PROSE_END = re.compile(r"[^\W\d_]*[a-z][^\W\d_]+[.!?][\"'”’)]*$")
MAX_COPYRIGHT_BLOCK_WORDS = 80


def _copyright_block(element: _Element) -> bool:
    """A block of a few paragraphs that opens on a copyright notice ("COPYRIGHT, 1913, BY
    …" / "ALL RIGHTS RESERVED" / "The Athenæum Press", in a `<div class="frontmatter">`):
    the copyright page, whatever its class. Only short lines, none a sentence of prose."""
    if not any(local_name(child) == "p" for child in element):
        return False
    text = " ".join(element.itertext())
    if len(text.split()) > MAX_COPYRIGHT_BLOCK_WORDS or not _COPYRIGHT_OPENING.match(text):
        return False
    lines = [line for line in _lines(element) for line in line.split("\n") if line.strip()]
    return all(len(line.split()) <= 12 and not _PROSE_END.search(line) for line in lines)


_LEFT_OUT_WHY = {
    "time stamp": TIME_STAMP_WHY,
    "draft note": DRAFT_NOTE_WHY,
    **{noun: why for noun, why in NOTE_KINDS.values()},
    "pull quote": "repeats a sentence of the text",
    "editor's comment": "a comment exported with a Google Docs document: not the book's",
    "navigation link": "a link back to the contents, not the book's words",
    "formula": "TeX math too involved to read aloud; said 'a formula'",
    **FIGURE_TEXT_WHY,
    "picture": PICTURE_WHY,
}
"""Why a kind of thing not read is left out, where it is not print's furniture."""


_COMMENT_MARK = re.compile(r"^#cmnt\d{1,4}$")
_COMMENT_BACK = re.compile(r"^#cmnt_ref\d{1,4}$")


def _docs_comment(element: _Element, name: str) -> str | None:
    """A Google Docs comment, exported with the document (HTML or EPUB) unless it was
    resolved: its mark in the text, a `[a]` linking to `#cmnt1` (""), or its body at the
    document's end, a block that opens with the `[a]` linking back to `#cmnt_ref1` (the
    comment's words). A comment is a collaborator's word to the author, not the book's,
    so it is neither read nor taken for a note (Google's notes are `#ftnt1`). None for
    anything else."""
    if name not in ("a", "sup", "span", "p", "div"):
        return None
    links = [el for el in element.iter() if local_name(el) == "a" and el.get("href")]
    if not links:
        return None
    if name in ("a", "sup", "span"):
        label = clean_text(inline_text(element))
        if all(_COMMENT_MARK.match(a.get("href") or "") for a in links) and re.fullmatch(
            r"\[[a-z]{1,3}\]", label
        ):
            return ""
        return None
    if not _COMMENT_BACK.match(links[0].get("href") or ""):
        return None
    if clean_text("".join(_text_before(element, links[0]))):
        return None
    parts: list[str] = []
    _collect(element, parts, lambda child, _: child in links)
    return clean_text("".join(parts)) or None


def _text_before(element: _Element, target: _Element) -> list[str]:
    """The text of `element` that comes before `target`, one of its descendants."""
    found: list[str] = []
    for node in element.iter():
        if node is target:
            break
        found.append(node.text or "" if local_name(node) is not None else "")
        if node is not element and target not in node.iterdescendants():
            found.append(node.tail or "")
    return found


def furniture_left_out(context: NoteContext) -> tuple[Omission, ...]:
    """One line per kind of print furniture not read ("12 page numbers", "3 captions"), so
    a reader of `plan` or the manifest can account for every word of the source."""
    return tuple(
        Omission(f"{len(found)} {kind}{'s' if len(found) != 1 else ''}",
                 _LEFT_OUT_WHY.get(kind, "print furniture, not read"), "\n".join(found))
        for kind, found in context.furniture.items()
    )  # fmt: skip


_STANZA_CLASS = re.compile(r"\b(?:stanza|linegroup|lg)\b", re.IGNORECASE)
"""A stanza of verse set a line to an element (`<div class="stanza"><div class="verse">`,
as Project Gutenberg's HTML and many EPUBs set poems): one paragraph, its lines kept as
the author's line breaks, not a paragraph per line."""
_BREAK_CLASS = re.compile(
    r"scene|section-?break|\bbreak\b|dinkus|asterism|ornament|separator|\bsep\b|transition",
    re.IGNORECASE,
)


_ORNAMENT_PICTURE = re.compile(
    r"ornament|fleuron|dinkus|divider|separator|flourish|squiggle|asterism|scene.?break"
    r"|section.?break|\bbreak\b|^\W*$|^image$|^(?:decorative )?(?:image|graphic)$",
    re.IGNORECASE,
)
"""What a scene break set as a picture says of itself, in its alt text or file name:
"ornament.png", "fleuron", "divider", "*", an empty alt, or a tool's generic "Image"."""


def _ornament_only(element: _Element) -> bool:
    """A block that holds a single picture and no words, the picture named as an
    ornament (InDesign's `<div><img alt="ornament.png"/></div>`, a `<p class="center">`
    with a fleuron): a scene break, as a `<hr>` or a dinkus class is."""
    pictures = [el for el in element.iter() if local_name(el) == "img"]
    if len(pictures) != 1 or clean_text(" ".join(element.itertext())):
        return False
    picture = pictures[0]
    named = (picture.get("alt") or "").strip()
    source = (picture.get("src") or "").rsplit("/", 1)[-1]
    return bool(_ORNAMENT_PICTURE.search(named) or re.search(
        r"ornament|fleuron|dinkus|divider|separator|flourish|squiggle|break", source, re.I
    ))


@dataclass(frozen=True)
class Block:
    """One thing found while walking markup, in document order.

    `heading` is an h1/h2 (`level` 1 or 2); `text` a paragraph; `break` a scene break;
    `mark` the position of an element whose id the caller asked about (`text` is the id);
    `note` a footnote or endnote body (kept in `NoteContext.bodies`, not read in place).
    """

    kind: Literal["heading", "text", "break", "mark", "note"]
    text: str = ""
    level: int = 0
    parts: tuple[str, ...] = ()  # a minor chapter heading's number and title, as printed


_NOTE_BODY_TYPES = {"footnote", "endnote", "rearnote", "note", "doc-footnote", "doc-endnote"}
_NOTES_SECTION_TYPES = {"footnotes", "endnotes", "rearnotes", "doc-endnotes", "doc-footnotes"}
_NOTEREF_TYPES = {"noteref", "doc-noteref"}
_NOTE_ENTRY_NAMES = {"li", "p", "aside", "div", "dd", "ol", "ul", "section"}
"""What a notes section's entries (or a level of lists and sections around them) are."""
_NOTES_CLASS = re.compile(r"(?:^|\s)(?:foot|end)?notes(?:\s|$)|(?:^|\s)footnotes?-?section", re.I)
_NOTE_CLASS = re.compile(r"(?:^|\s)(?:foot|end)note(?:\s|$)", re.IGNORECASE)
_HEADING_NOTE_LABEL = re.compile(r"^(?:\d{1,3}|[*†‡§¶]{1,3}|[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})$")
"""A note mark's label in a heading: a number or a mark, never a letter or a word."""
_FOOTNOTE_WORD = re.compile(r"^(?:foot)?note\s+(?=\w{1,4}$)", re.IGNORECASE)
"""The word before a note's number in its mark, as Justia sets a court opinion's marks
(`<a href="#F1"><sup>[Footnote 1]</sup></a>`): the mark is the number's."""
_FOOTNOTE_HEAD = re.compile(r"^\[(?:foot)?note\s+\w{1,4}\]\s*", re.IGNORECASE)
"""The same label at the head of its note ("[Footnote 1] In the Kansas case, …")."""
_REF_HINT = re.compile(r"fn|foot|note|ref|anchor|cite", re.IGNORECASE)
_BACK_TEXT = {"↩", "↩︎", "↑", "^", "⤴", "back", "return", "[back]", "[return]"}
_VERSE_REF = re.compile(r"(?:[1-4] ?)?(?:[^\W\d_][\w.’']* ){0,3}\d{1,3}:\d{1,3}[a-z]?")
"""A verse's reference ("1:4", "Genesis 1:3", "1 Kings 2:11"): at the head of a
scripture site's note, the link back to the verse it notes."""
_VERSE_REF_START = re.compile(rf"^{_VERSE_REF.pattern}\s+")


@dataclass
class NoteContext:
    """Notes met while walking one document or a whole EPUB (`page` changes per page).

    References are keyed "page#id" by where they point; an element a reference
    points at is a note body, wherever it stands. Back-links from a note to its
    reference (↩) are dropped from the note's text.
    """

    page: str = ""
    targets: set[str] = field(default_factory=set)
    ref_ids: set[str] = field(default_factory=set)
    bodies: dict[str, str] = field(default_factory=dict)
    count: int = 0
    blocks: Blocks = field(default_factory=Blocks)  # code and tables (text/technical.py)
    furniture: dict[str, list[str]] = field(default_factory=dict)  # print's, by kind: not read

    def key(self, href: str | None) -> str | None:
        """The key of an in-book link ("#fn1", "notes.xhtml#n1"), None for others."""
        if not href or "#" not in href or re.match(r"^[a-z][a-z0-9+.-]*:", href, re.I):
            return None
        path, _, fragment = unquote(href).partition("#")
        if not fragment:
            return None
        page = self.page
        if path:
            page = posixpath.normpath(posixpath.join(posixpath.dirname(self.page), path))
        return f"{page}#{fragment}"

    def own(self, ident: str | None) -> str | None:
        return f"{self.page}#{ident}" if ident else None


def read_html(text: str) -> ReadText:
    """An HTML/XHTML manuscript: h1/h2 start chapters, `<title>` names the book.

    A lone h1 above h2 chapters (or an h1 repeating `<title>`) is the book's title
    page heading, not a chapter.
    """
    root = parse_markup(text)
    if root is None:
        return ReadText(chapters=[])
    hidden = _hidden_by_style(root)  # Royal Road's anti-theft line, hidden by its style sheet
    pandoc_section_numbers(root)
    book_title = document_title(root)
    archive = _archive_download(root)  # AO3's preface, notes and afterword taken out
    # a library's banner, header and footer taken out (Project Gutenberg Australia's)
    edition = None if archive else _library_edition(root)
    library = edition.credits if edition else {}
    # a Google Docs export's title page and contents, an eBible.org page's furniture
    exported = (
        None
        if archive or edition
        else office_front(root) or _ebible_page(root) or _medium_export(root)
    )
    # a contents list under its "Table of Contents" line, a link to a chapter a line
    contents = (
        []
        if archive or edition or exported
        else _docs_contents(body_of(root), labelled=True)
    )
    # the title and author from AO3's preface or the library's header, else from the
    # exported document's title page or Pandoc's title block
    given = library or (exported.credits if exported else {})
    pandoc = None if archive or given else _title_block(root)
    titled = archive.credits if archive else given or (pandoc.credits if pandoc else {})
    wiki = _wikisource_page(root)  # a saved Wikisource page: its piece and author
    site = _page_text(root)  # a saved page's text; Royal Road's work title and "by" line
    titled = {**wiki, **site.credits, **titled}
    book_title = titled.get("title") or _without_site_name(root, book_title)
    context = NoteContext()
    # AO3 wraps its download in a `role="main"` of its own, with no site around it; a
    # work skin's classes ("comment", "social" in a chat fic) are the story's
    web = site.web and archive is None
    walked = drop_notes_headings(walk(site.element, notes=context, web=web, book=True))
    if site.heading and not any(b.kind == "heading" for b in walked):
        walked.insert(0, Block("heading", site.heading, level=2))  # FanFiction.net's chapter
    if web or archive:  # web fiction: its authors write to readers at a chapter's edges
        walked, authors_notes = without_web_authors_notes(walked)
        walked = [replace(b, text=without_hearts(b.text)) if b.kind == "text" else b
                  for b in walked]  # fmt: skip  # "<3": a typed heart, no word
    else:
        authors_notes = ()
    blocks, fields, gutenberg = _without_gutenberg(walked)
    if fields.get("title") and book_title and "gutenberg" in book_title.lower():
        book_title = fields["title"]  # "Alice… | Project Gutenberg": the header's own field
    named = (
        _GUTENBERG_TITLE.match(book_title or "") or _GUTENBERG_SITE.match(book_title or "")
        or _titled_by(book_title or "", root)
    )  # fmt: skip
    if named and not fields.get("title"):
        # no header fields to read (a header in a bare <div>): "The Project Gutenberg
        # eBook of The Ferryman's Daughter, by Walter Crane Hadley" names both, and so
        # does "The Frozen Harvest, by Elias P. Harmon—A Project Gutenberg eBook"
        book_title = named["title"]
    blocks, half_title = minor_chapters(blocks, fields.get("title") or book_title)
    before = blocks
    blocks, page = _title_page(
        blocks, gutenberg=bool(fields) or edition is not None,
        author=_meta_author(root),
    )  # fmt: skip
    printed = before[: len(before) - len(blocks)]
    blocks, imprint = _imprint_again(blocks, printed)
    pages = {kind: context.furniture.pop(kind, []) for kind, _ in _PRINTED_PAGE_CLASS}
    if not page.get("author") and pages["title page"]:
        page = {**_page_credits(pages["title page"][0].split("\n")), **page}
    headings = [b for b in blocks if b.kind == "heading"]
    title_heading: Block | None = None
    if headings and headings[0].level == 1 and len(headings) > 1:
        first = headings[0]
        lone_h1 = sum(1 for b in headings if b.level == 1) == 1
        if lone_h1 or (book_title and first.text.casefold() == book_title.casefold()):
            title_heading = first
    # no heading tags (a Google Docs or Word export): chapters typed as paragraphs
    typed = None if headings or web or archive else _typed_chapters(blocks)
    story = None  # no chapters either: a story's title and byline over its text
    if typed is None and not headings and not web and not archive:
        blocks, story = _story_title_page(blocks, book_title)
    sections = _sections_in_chapters(blocks, title_heading)
    builder = ChapterBuilder()
    opened = 0  # the level of the heading that opened the current chapter
    for block in blocks:
        if block is title_heading:
            if _other_title(title_heading.text, book_title):
                builder.heading(block.text)  # "Brown v. Board of Education of Topeka"
            continue
        section = sections and block.level == 2 and opened == 1
        if block.kind == "heading" and section and heading_reason(block.text) is None:
            builder.paragraph(block.text)  # a section of an h1 chapter: a line of its own
        elif block.kind == "heading":
            if not builder.at_chapter_start or not opened:
                opened = block.level
            builder.heading(block.text)
        elif block.kind == "break":
            builder.scene_break()
        elif block.kind == "text" and not _printed_title_again(builder, block.text):
            builder.paragraph(block.text)
    return ReadText(
        chapters=typed.chapters if typed else builder.result(),
        title=fields.get("title")
        or (typed.title if typed else None)  # the page's title beats a file's <title>
        or (story.title if story else None)
        or book_title
        or page.get("title")
        or (title_heading.text if title_heading else None),
        # the library header's "Author:" line, as its editors wrote it, over the
        # catalogue's "Austen, Jane, 1775-1817" in the page's metadata
        author=library.get("author")
        or fields.get("author")
        or _meta_author(root)
        or titled.get("author")
        or page.get("author")
        or (typed.author if typed else None)
        or (story.author if story else None)
        or (named["author"] if named else None)
        or _office_author(text),
        editor=fields.get("editor") or library.get("editor") or page.get("editor"),
        translator=fields.get("translator") or library.get("translator")
        or titled.get("translator")
        or credited_translator([b.text for b in printed if b.kind in ("heading", "text")]),
        # an AO3 page's `lang` is the archive's interface language, not the work's
        language=archive.language
        if archive
        else language_of(root) or fields.get("language") or library.get("language"),
        notes=context.bodies,
        blocks=context.blocks.found,
        omitted=gutenberg
        + (archive.omitted if archive else edition.omitted if edition else ())
        + (exported.omitted if exported else ())
        + _contents_left_out(contents)
        + (pandoc.omitted if pandoc else ())
        + _printed_left_out([Block("text", t) for t in pages["title page"] for t in t.split("\n")])
        + _printed_left_out(printed)
        + tuple(_copyright_left_out(text) for text in pages["copyright page"])
        + half_title
        + imprint
        + (typed.omitted if typed else ())
        + (story.omitted if story else ())
        + site.omitted
        + authors_notes
        + hidden
        + furniture_left_out(context),
    )


def _printed_title_again(builder: ChapterBuilder, text: str) -> bool:
    """The chapter's title printed again, in capitals, as its first line (a Wikisource
    page's `<b>THE GIFT OF THE MAGI</b>` under the page's heading "The Gift of the
    Magi"): said once, as the title. A sentence that repeats it ("Silence.") is read."""
    title = builder.chapters[-1][0]
    return bool(
        builder.at_chapter_start and title and text.isupper() and len(text.split()) > 1
        and _same_words(text, title)
    )  # fmt: skip


def _sections_in_chapters(blocks: list[Block], title_heading: Block | None) -> bool:
    """Are the h2 headings sections inside h1 chapters ("Chapter 1: The Myth of
    Multitasking", its text, then "Key Takeaways"), to be read as lines within them, as
    `markdown._sections_in_chapters` judges `##` under `#`? Only when the book's h1s are
    its chapters: two or more besides the title and the parts, no h2 right under a part
    or numbered as a chapter is ("Chapter 7", "3"), and no h1 stands over an h2 with
    nothing between them unless some h1 is a numbered chapter (and none a part) or an h2
    is numbered within its h1 ("1.1" under "1"): an h1 with only h2s under it groups
    them, as a part does, and those are the chapters."""
    from audiobook.text.readers.markdown import sections_in_chapters

    outline = [
        (block.level, block.text) if block.kind == "heading" else (0, block.text)
        for block in blocks
        if block is not title_heading and block.kind not in ("mark", "note", "break")
    ]
    return sections_in_chapters(outline)


def _typed_chapters(blocks: list[Block]) -> ReadText | None:
    """A page with no heading tags read as the Word reader reads a manuscript typed with
    no heading styles (`docx._as_plain_text`): by the plain-text rules
    (`markdown.typed_chapters`), which find the chapters by their words ("Chapter One"
    set in bold by Google Docs or Word's "Save as Web Page"), the title page and byline
    above them, a contents list. None when they find no titled chapter: the page is
    read as it stands."""
    return typed_chapters([
        "* * *" if block.kind == "break" else block.text
        for block in blocks
        if block.kind == "break" or (block.kind == "text" and block.text)
    ])


def _story_title_page(
    blocks: list[Block], known: str | None
) -> tuple[list[Block], ReadText | None]:
    """A story's title and byline typed as its first paragraphs, on a page with no
    heading tags and no chapter lines (a short story from Google Docs' "Download → Web
    page" or Word's "Save as Web Page": "The Lighthouse Keeper's Daughter", "by Margaret
    Ellis", centred, then the story): taken out and credited, as the Word reader takes a
    story's (`docx._title_page` with `story`), so the announcement says them once and the
    story does not open on them. `matter.title_page` judges the lines (a title, perhaps a
    subtitle, and a byline under it); a "By" that names no one ("Snow" / "By Morning
    Light") leaves the lines read. `known` is the page's `<title>`. Returns the blocks
    without the page, and a ReadText holding its title, author and omission (or None)."""
    from audiobook.text.readers.docx import _names_a_person

    lines: list[str] = []
    taken: list[int] = []
    for index, block in enumerate(blocks):
        if block.kind == "text" and not block.text.strip():
            continue
        if block.kind != "text" or len(lines) > matter.MAX_TITLE_PAGE_LINES:
            break  # a scene break, a heading, a note: no title page's
        lines.append(block.text.replace(LINE_BREAK, " "))
        taken.append(index)
    page = matter.title_page(lines, title=known, ended=False, story=True, names=False)
    if page is None or not page.author:
        return blocks, None
    who = next((w for line in lines[1 : page.size] if (w := byline(line))), None)
    if who is not None and not _names_a_person(who, ""):
        return blocks, None  # "Snow" / "By Morning Light": a title and its subtitle
    rest = blocks[taken[page.size - 1] + 1 :]
    omitted = (matter.title_page_left_out(lines[: page.size]),)
    return rest, ReadText(chapters=[], title=page.title, author=page.author, omitted=omitted)


_OFFICE_AUTHOR = re.compile(r"<o:Author>([^<>]{1,200})</o:Author>", re.IGNORECASE)


def _office_author(text: str) -> str | None:
    """The author Word's "Save as Web Page" keeps in its document properties (an XML
    island in a comment in the head: `<o:Author>`), as the Word reader takes a .docx's,
    unless it names an account rather than a writer ("Windows User")."""
    from audiobook.text.readers.docx import _ACCOUNT_NAMES

    body = text.lower().find("<body")
    found = _OFFICE_AUTHOR.search(text, 0, body if body >= 0 else 20000)  # the head's
    author = clean_text(html_std.unescape(found[1])) if found else ""
    return author if author and author.casefold() not in _ACCOUNT_NAMES else None


def _copyright_left_out(text: str) -> Omission:
    """A copyright page left out by its class or notice, listed as `matter` lists one."""
    lines = [line for line in text.split("\n") if line.strip()]
    what = f"copyright page ({len(lines)} line{'s' if len(lines) != 1 else ''})"
    return Omission(what, "copyright", "\n".join(lines))


def _printed_left_out(printed: list[Block]) -> tuple[Omission, ...]:
    """The title page's lines, for `plan` and the manifest: nothing goes unlisted."""
    lines = [b.text for b in printed if b.kind in ("heading", "text")]
    if not lines:
        return ()
    what = f"title page ({len(lines)} line{'s' if len(lines) != 1 else ''})"
    return (Omission(what, "printed matter; the credits say the title and author",
                     "\n".join(lines)),)  # fmt: skip


# ---------------------------------------------------------------- the Archive of Our Own

AO3_MESSAGE = re.compile(r"\bPosted originally on the Archive of Our Own\b", re.IGNORECASE)
_AO3_LANGUAGES = {
    "english": "en", "español": "es", "français": "fr", "deutsch": "de", "italiano": "it",
    "português": "pt", "nederlands": "nl", "polski": "pl", "русский": "ru", "українська": "uk",
    "svenska": "sv", "dansk": "da", "norsk": "nb", "suomi": "fi", "català": "ca",
    "čeština": "cs", "magyar": "hu", "türkçe": "tr", "日本語": "ja", "한국어": "ko",
    "中文-普通话": "zh", "中文-广东话": "zh",
}  # fmt: skip
"""The archive's "Language:" tag, which names a language in its own words ("Deutsch",
"Русский"), as a language code; a name not here is left to detection."""


@dataclass
class _Archive:
    """What an Archive of Our Own download says about its work, besides the story."""

    credits: dict[str, str]  # title, author
    language: str | None
    omitted: tuple[Omission, ...]


@dataclass
class ArchiveText:
    """The non-story text of an AO3 download, sorted as `sort_archive` finds it."""

    header: list[str] = field(default_factory=list)  # the archive's preface
    labels: list[str] = field(default_factory=list)  # "Chapter Notes", kudos plea, …
    summaries: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def _archive_download(root: _Element) -> _Archive | None:
    """A work downloaded as HTML from the Archive of Our Own, read as a narrator would.

    The archive wraps the author's text in its own furniture: a preface (the "Posted
    originally on the Archive of Our Own" line, the tag list and statistics, the title,
    byline, summary and notes), per chapter a meta block (the chapter's title heading,
    its summary and notes, "See the end of the chapter for more notes") and an end-notes
    block, and an afterword (end notes, "Works inspired by this one", a plea for
    comments). None of it but the chapter headings is story text: the rest is taken
    out of the tree and listed, and the title and author go to the credits.

    Only a page with both the preface's "Posted originally…" line and its `dl.tags`
    tag list is taken for one, so no other page loses a word; None for any other.
    """
    preface = next((el for el in root.iter() if local_name(el) == "div"
                    and el.get("id") == "preface"), None)  # fmt: skip
    if preface is None or not (
        any(local_name(el) == "p" and AO3_MESSAGE.search(clean_text(inline_text(el)))
            for el in preface.iter())
        and any(local_name(el) == "dl" and _has_class(el, "tags")
                for el in preface.iter())
    ):  # fmt: skip
        return None
    credits: dict[str, str] = {}
    title = next((el for el in preface.iter() if local_name(el) == "h1"), None)
    if title is not None and (text := clean_text(inline_text(title))):
        credits["title"] = text
    byline_ = next((el for el in preface.iter() if _has_class(el, "byline")), None)
    printed = [credits.get("title", "")]
    if byline_ is not None:
        printed.append(clean_text(inline_text(byline_)))
        names = [clean_text(inline_text(a)) for a in byline_.iter()
                 if local_name(a) == "a" and a.get("rel") == "author"]  # fmt: skip
        found = BY.match(printed[-1])
        author = join_names([n for n in names if n]) or (found["who"].strip() if found else "")
        if author:
            credits["author"] = author
    for element in (title, byline_):
        if element is not None:
            take_out(element)
    language = _archive_language(preface)
    text = ArchiveText()
    sort_archive(preface, text, text.header)
    take_out(preface)
    for element in [el for el in root.iter() if local_name(el) == "div"
                    and el.get("id") in ("afterword", "chapters")]:  # fmt: skip
        if element.get("id") == "afterword":
            sort_archive(element, text, text.labels)
            take_out(element)
        else:
            for meta in [c for c in element if local_name(c) == "div" and _has_class(c, "meta")]:
                sort_archive(meta, text, text.labels, keep_headings=True)
                if not len(meta):
                    take_out(meta)
    return _Archive(credits, language, archive_left_out(text, [p for p in printed if p]))


def _archive_language(preface: _Element) -> str | None:
    """The work's language from the tag list's "Language:" entry."""
    for term in preface.iter():
        if local_name(term) != "dt" or clean_text(inline_text(term)).casefold() != "language:":
            continue
        value = term.getnext()
        name = clean_text(inline_text(value)).casefold() if value is not None else ""
        return _AO3_LANGUAGES.get(name.split(" ")[0]) if name else None
    return None


def sort_archive(
    container: _Element, text: ArchiveText, furniture: list[str], *, keep_headings: bool = False
) -> None:
    """Take the children of one of the archive's blocks out of the tree, sorting their
    text: a `blockquote.userstuff` is the author's summary (under a "Summary" or
    "Chapter Summary" label) or notes (under any other label); anything else is the
    archive's (`furniture`). With `keep_headings`, a chapter's `h2.heading` stays."""
    label = ""
    for child in list(container):
        name = local_name(child)
        if name is None:
            continue
        if keep_headings and name in ("h1", "h2") and _has_class(child, "heading"):
            continue
        if name == "blockquote" and _has_class(child, "userstuff"):
            kept = text.summaries if re.search(r"\bsummary\b", label, re.I) else text.notes
            kept.append("\n".join(_lines(child)))
        elif name == "div" and not _has_class(child, "userstuff") and any(
            local_name(el) == "blockquote" and _has_class(el, "userstuff")
            for el in child.iterdescendants()
        ):
            sort_archive(child, text, furniture)  # the afterword's `div.meta`, `div#endnotes`
        elif lines := _lines(child):
            furniture.extend(lines)
            label = lines[-1]
        take_out(child)


def archive_left_out(text: ArchiveText, printed: list[str]) -> tuple[Omission, ...]:
    """What an AO3 download's furniture held, for `plan` and the manifest."""
    archive = "the archive's, not the work's"
    found = [
        ("the Archive of Our Own header", archive, text.header),
        (f"the archive's labels and notices ({len(text.labels)} line"
         f"{'s' if len(text.labels) != 1 else ''})", archive, text.labels),
        ("the summary" if len(text.summaries) == 1 else f"{len(text.summaries)} summaries",
         "the author's summary, not the story", text.summaries),
        (f"{len(text.notes)} author's note{'s' if len(text.notes) != 1 else ''}",
         "the author's notes, not the story", text.notes),
    ]  # fmt: skip
    omitted = tuple(Omission(what, why, "\n".join(lines)) for what, why, lines in found if lines)
    titled = [Block("heading", line) for line in printed]
    return omitted + _printed_left_out(titled)


def _lines(element: _Element) -> list[str]:
    """An element's text as the walker would read it, a line per paragraph."""
    blocks = walk(element)
    return [b.text.replace(LINE_BREAK, "\n") for b in blocks if b.kind in ("heading", "text")]


def classes(element: _Element) -> set[str]:
    """An element's class tokens: "meta" is one of "meta group", not of "metadata"."""
    return set((element.get("class") or "").split())


def _has_class(element: _Element, name: str) -> bool:
    return name in classes(element)


def take_out(element: _Element) -> None:
    """Remove `element` from its tree, keeping the text that follows it (lxml's `remove`
    drops an element's tail with it)."""
    parent = element.getparent()
    if parent is None:
        return
    if element.tail:
        previous = element.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + element.tail
        else:
            parent.text = (parent.text or "") + element.tail
    parent.remove(element)


# ---------------------------------------------------------------- library editions


@dataclass(frozen=True)
class _Library:
    """How a digital library marks the HTML editions it publishes: the line naming the
    edition in its header (`marker`), the words of its site banner, licence and footer
    (`phrases`) and, where it has one, the bracketed line it closes a book with."""

    name: str
    marker: re.Pattern[str]
    phrases: re.Pattern[str]
    closing: re.Pattern[str] | None = None


_LIBRARIES = (
    _Library(
        "Project Gutenberg Australia",
        re.compile(r"Project Gutenberg (?:of )?Australia e-?book", re.I),
        re.compile(  # in the site's own capitals: "browse the site" could be a novel's
            r"Project Gutenberg (?:of )?Australia|gutenberg\.net\.au|treasure-trove of literature"
            r"|treasure found hidden|BROWSE the site|Google Site Search|View our licen[cs]e"
            r"|This site is full of FREE ebooks|Copyright laws are changing all over the world"
        ),
    ),
    _Library(  # Faded Page publishes what Distributed Proofreaders Canada produces
        "Faded Page",
        re.compile(r"(?:Distributed Proofreaders|Project Gutenberg) Canada e-?book", re.I),
        re.compile(  # not "faded page", which a novel's last line could say
            r"Distributed Proofreaders Canada|Project Gutenberg Canada|fadedpage\.com"
            r"|Faded Page e[Bb]ook|pgdpcanada|This e[Bb]ook is made available at no cost"
            r"|Canadian public domain"
        ),
        closing=re.compile(r"^\[\s*The end of (?P<what>.{1,300})\]$", re.I),
    ),
)
_LIBRARY_FIELD = re.compile(
    r"^(?:title|author|editor|translator|illustrator|language|edition|character set encoding"
    r"|e-?book no\.?|date[\w ]*|most recent(?:ly)? update[d]?|(?:this e-?book was )?produced by"
    r")\s*:|^[\w ]*e-?book\s*#\s*\w+$",
    re.I,
)
"""A line of a library's header: "Title: …", "eBook No.: 0600871h.html", "Date first
posted: …", "Faded Page eBook #20231107", "This eBook was produced by: …"."""
_CREDIT_FIELD = re.compile(r"^(title|author|translator|language)\s*:\s*(.*)$", re.I)
_LIFE_DATES = re.compile(r"\s*\([^()]*\d{3,4}[^()]*\)\s*$")
"""An author's years after the name in a header: "Edward Dunmore (1861-1930)"."""
_LIBRARY_CEILING = 2500
"""No banner, header or footer block is longer than this: a block that is is the book's."""
_LIBRARY_REACH = 3000
"""A library's header stands at the top of the page, under its banner at most."""


@dataclass
class _Edition:
    """What a library's banner, header and footer say about the book, once taken out."""

    credits: dict[str, str]  # title, author, language
    omitted: tuple[Omission, ...]


def _library_edition(root: _Element) -> _Edition | None:
    """A book in a digital library's HTML edition, with the library's own text taken out
    of the tree: Project Gutenberg Australia's site banner, its Title/Author header in a
    `<pre>` and its "This site is full of FREE ebooks" footer; Faded Page's "* A
    Distributed Proofreaders Canada Ebook *" header, licence and fields, and its closing
    "[The end of … by …]". The header's Title, Author and Language are the credits'.

    Only a page whose header line stands near its top is taken for one, and only the
    blocks next to that header (and at the very end) that are the library's own: a
    field, a phrase of the site's, or nothing to say. Everything taken out is listed.
    """
    body = body_of(root)
    top = _raw_text(body)[:_LIBRARY_REACH]  # not a script's text
    library = next((lib for lib in _LIBRARIES if lib.marker.search(top)), None)
    if library is None:
        return None
    marked = _marked_block(body, library.marker)
    if marked is None:
        return None
    run = _header_run(marked, library)
    if run is None:
        return None
    header: list[str] = []
    for element in run:
        header.extend(_library_lines(element, library, header=element is marked))
    credits = _library_credits(header)
    footer: list[str] = []
    closing: list[str] = []
    for element in _library_tail(body, library, credits):
        text = _said(element)
        (footer if library.phrases.search(text) else closing).append(text)
        take_out(element)
    why = "the library's, not the book's"
    omitted = tuple(
        Omission(what, reason, "\n".join(line.strip() for line in lines))
        for what, reason, lines in (
            (f"the {library.name} banner and header", why, header),
            (f"the {library.name} footer", why, footer[::-1]),
            ("the closing line", "the library's; the credits say the end", closing[::-1]),
        )
        if lines
    )
    return _Edition(credits, omitted)


def _marked_block(body: _Element, marker: re.Pattern[str]) -> _Element | None:
    """The block holding the header's line, found from the top: the innermost one, then
    the outermost of the wrappers that hold that line alone (fpgen sets it in a line of
    a line group in a container), so the licence and fields are its siblings."""
    node = body
    while True:
        holding = (c for c in node if local_name(c) in _BLOCKS and marker.search(_said(c)))
        inner = next(holding, None)
        if inner is None:
            break
        node = inner
    if node is body:
        return None
    while (parent := node.getparent()) is not None and parent is not body:
        if _said(parent) != _said(node):
            break
        node = parent
    return node


def _said(element: _Element) -> str:
    """All the text in `element`, one space apart."""
    return " ".join("".join(element.itertext()).split())


def _header_run(marked: _Element, library: _Library) -> list[_Element] | None:
    """The header's block and the library's blocks on either side of it (the banner
    above, the licence and fields below), or None when the header's block is too long
    to be the library's alone."""
    if local_name(marked) != "pre" and len(_raw_text(marked)) > _LIBRARY_CEILING:
        return None
    before = list(itertools.takewhile(lambda el: _of_library(el, library),
                                      marked.itersiblings(preceding=True)))  # fmt: skip
    after = list(itertools.takewhile(lambda el: _of_library(el, library),
                                     marked.itersiblings()))  # fmt: skip
    run = [*before[::-1], marked, *after]
    while run[0] is not marked and not _written(run[0]).strip():
        run.pop(0)  # rules and empty blocks at the edges are the page's, left in place
    while run[-1] is not marked and not _written(run[-1]).strip():
        run.pop()
    return run


def _written(element: _Element) -> str:
    """An element's text with its lines; nothing for a script or a style sheet."""
    return "" if local_name(element) in _SKIPPED else _raw_text(element)


def _of_library(element: _Element, library: _Library) -> bool:
    """Is this block the library's: nothing to say, a phrase of its site or licence, or
    header fields alone?"""
    return local_name(element) is None or _chunk_of_library(_written(element), library)


def _chunk_of_library(text: str, library: _Library) -> bool:
    """Is this text (a block, or a paragraph of a `<pre>`) the library's?"""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if not any(ch.isalnum() for ch in text):
        return True  # a rule of dashes, an empty block
    if len(text) > _LIBRARY_CEILING:
        return False
    if library.phrases.search(" ".join(lines)) or library.marker.search(" ".join(lines)):
        return True
    return all(_LIBRARY_FIELD.match(line) for line in lines)


def _library_lines(element: _Element, library: _Library, *, header: bool) -> list[str]:
    """Take the library's block out, returning its lines. The header's own `<pre>`
    (`header`) may hold more than the header: what follows the library's paragraphs in
    it stays, as paragraphs of the book."""
    chunks = re.split(r"\n[ \t]*\n", _written(element))
    if header and local_name(element) == "pre":
        ours = len(list(itertools.takewhile(lambda c: _chunk_of_library(c, library), chunks)))
        rest = [chunk for chunk in chunks[ours:] if chunk.strip()]
        chunks = chunks[:ours]
        for chunk in rest:
            paragraph = element.makeelement("p", {})
            lines = [line.strip() for line in chunk.splitlines() if line.strip()]
            paragraph.text = lines[0]
            for line in lines[1:]:  # the lines as set, as the author's breaks
                br = paragraph.makeelement("br", {})
                br.tail = line
                paragraph.append(br)
            element.addprevious(paragraph)
    take_out(element)
    return [line.rstrip() for chunk in chunks for line in chunk.splitlines() if line.strip()]


def _library_tail(
    container: _Element, library: _Library, credits: dict[str, str]
) -> list[_Element]:
    """The library's blocks at the very end of the page, last first: its footer, and its
    closing line when that names the book ("[The end of The Ice Road by …]", not a
    diary's "[The end of the manuscript]"); inside the book's own wrapper too."""
    found: list[_Element] = []
    for child in reversed(container):
        name = local_name(child)
        if name is None or name in _SKIPPED:
            continue
        text = clean_text(_said(child))
        if not text:
            continue
        closing = library.closing.match(text) if library.closing else None
        named = closing is not None and any(
            value.casefold() in closing["what"].casefold()
            for key, value in credits.items()
            if key in ("title", "author")
        )
        if len(text) <= _LIBRARY_CEILING and (library.phrases.search(text) or named):
            found.append(child)
            continue
        if len(text) > _LIBRARY_CEILING and name in _BLOCKS:
            found.extend(_library_tail(child, library, credits))
        break
    return found


def _library_credits(header: list[str]) -> dict[str, str]:
    """The Title, Author and Language fields of a library's header (a long title
    continued on indented lines); the author without the years after the name."""
    credits: dict[str, str] = {}
    field_name = ""
    for line in header:
        match = _CREDIT_FIELD.match(line.strip())
        if match:
            field_name = match[1].lower()
            if field_name not in credits:
                credits[field_name] = match[2].strip()
            else:
                field_name = ""  # a repeated field: the first one stands
        elif field_name and line[:1] in " \t" and line.strip():
            credits[field_name] = f"{credits[field_name]} {line.strip()}"
        else:
            field_name = ""
    if "author" in credits:
        credits["author"] = _LIFE_DATES.sub("", credits["author"])
    if "language" in credits:
        from audiobook.text.readers.plaintext import _LANGUAGES

        code = _LANGUAGES.get((credits["language"].split() or [""])[0].lower())
        credits.pop("language")
        if code:
            credits["language"] = code
    return {key: value for key, value in credits.items() if value}


# ---------------------------------------------------------------- exported and scripture pages

_DOCS_BODY = re.compile(r"^(?:c\d+|doc-content)(?:\s+(?:c\d+|doc-content))*$")
"""Google Docs' "Download → Web page" body: classes it generates (`c9 doc-content`)."""
_CREDENTIALS = re.compile(
    r"(?:,\s*(?:Ph\.?\s?D|M\.?D|MBA|M\.?A|M\.?Sc?|MSW|B\.?Sc|D\.?Phil|Ed\.?D|Psy\.?D|J\.?D"
    r"|R\.?N|LCSW|CPA|DDS|DVM)\.?)+$"
)
"""Degrees after an author's name ("Dana Whitcombe, PhD"): not part of the name."""


def _office_export(root: _Element) -> bool:
    """A page a word processor wrote: a Google Docs export (the classes it generates on
    `<body>`), or Word's or LibreOffice's "Save as HTML" (their `Generator` meta)."""
    if _DOCS_BODY.match((body_of(root).get("class") or "").strip()):
        return True
    generator = _meta(root, "generator") or ""
    return bool(re.match(r"(?:Microsoft Word|LibreOffice|OpenOffice)", generator, re.I))


def _front_blocks(body: _Element) -> list[_Element]:
    """The body's blocks in order, inside the wrappers word processors set them in (Word's
    `div.WordSection1`, LibreOffice's `div#Table of Contents1`)."""
    found: list[_Element] = []
    for child in body:
        name = local_name(child)
        if name == "div" and not (child.text or "").strip():
            found.extend(_front_blocks(child))
        elif name is not None:
            found.append(child)
    return found


def office_front(root: _Element) -> _Edition | None:
    """A word processor's export (Google Docs' File → Download → Web page, Word's and
    LibreOffice's Save as HTML), its front read as a title page: its Title and Subtitle
    paragraphs (`p.title`, `p.subtitle` among classes Google generates; Word's
    `p.MsoTitle`, LibreOffice's `p.title-western`) and the author's line under them go
    to the credits, and its table of contents (links to the headings' anchors, with or
    without page numbers, under a "Table of Contents" line) is not read. All are taken
    out of the tree and listed. None for any other page, or for a document with none of
    these. The EPUB reader asks the same of a Google Docs EPUB's one page."""
    if not _office_export(root):
        return None
    body = body_of(root)
    credits: dict[str, str] = {}
    printed: list[str] = []
    children = _front_blocks(body)
    for index, child in enumerate(children):
        if _office_class(child, "title") and "title" not in credits:
            title = clean_text(inline_text(child))
            if not title:
                continue
            credits["title"] = title
            printed.append(title)
            after = [c for c in children[index + 1 :] if clean_text(inline_text(c))]
            if after and (
                _office_class(after[0], "subtitle")
                or (
                    len(after) > 1 and local_name(after[0]) == "p"
                    and _author_line(after[0]) is None
                    and byline(clean_text(inline_text(after[1]))) is not None
                )
            ):  # a Subtitle paragraph, or a plain one ("a novella") over a "by" line
                printed.append(clean_text(inline_text(after[0])))
                take_out(after.pop(0))
            if after and local_name(after[0]) == "p" and (author := _author_line(after[0])):
                credits["author"] = author
                printed.append(clean_text(inline_text(after[0])))
                take_out(after[0])
            take_out(child)
            break
        if local_name(child) in ("h1", "h2", "h3", "h4", "h5", "h6"):
            break  # the title stands above the first heading, or is not the document's
    contents = _docs_contents(body)
    omitted = _printed_left_out([Block("text", line) for line in printed])
    omitted += _contents_left_out(contents)
    return _Edition(credits, omitted) if credits or contents else None


def _contents_left_out(lines: list[str]) -> tuple[Omission, ...]:
    """A contents list taken out of the page (`_docs_contents`), as `plan` lists it."""
    if not lines:
        return ()
    return (Omission(f"contents list ({len(lines)} lines)", "table of contents",
                     "\n".join(lines)),)  # fmt: skip


def _office_class(element: _Element, name: str) -> bool:
    """A paragraph styled `name` ("title", "subtitle") as the word processors class it:
    Google Docs `title`, Word `MsoTitle`, LibreOffice `title-western` (or -cjk, -ctl)."""
    return local_name(element) == "p" and any(
        c.lower() in (name, f"mso{name}", f"{name}-western", f"{name}-cjk", f"{name}-ctl")
        for c in classes(element)
    )


def _author_line(paragraph: _Element) -> str | None:
    """The author's name set alone under a document's title ("Dana R. Whitcombe, PhD",
    "by Dana Whitcombe"), without any degrees after it; None for any other line."""
    from audiobook.text.readers.plaintext import _is_name, parse_heading

    text = clean_text(inline_text(paragraph))
    if parse_heading(text) is not None:
        return None  # "Chapter One" typed under a title: the book's first heading
    if who := byline(text):
        return _CREDENTIALS.sub("", who).strip()
    name = _CREDENTIALS.sub("", text).strip()
    return name if _is_name(name) else None


def _docs_contents(body: _Element, *, labelled: bool = False) -> list[str]:
    """Take a word processor's table of contents out of `body`, returning its lines: two
    or more paragraphs in a row, each a link to a heading's anchor and nothing more but a
    page number (after dots or a tab), and the "Table of Contents" line over them. Only a
    list under that line when `labelled`: a page no word processor wrote (KDP's Kindle
    HTML, `<h3>Table of Contents</h3>` over a `<p><a href="#ch1">` a line)."""
    anchors = {
        ident
        for el in body.iter()
        if local_name(el) in _ANCHORED or local_name(el.getparent()) in _ANCHORED
        for ident in (el.get("id"), el.get("name"))
        if ident
    }
    children = _front_blocks(body)
    runs: list[list[int]] = [[]]
    for index, child in enumerate(children):
        if _contents_entry(child, anchors):
            runs[-1].append(index)
        elif clean_text(inline_text(child)) or local_name(child) != "p":
            runs.append([])  # an empty paragraph between entries does not end the list
    lines: list[str] = []
    for run in (r for r in runs if len(r) >= 2):
        at = run[0] - 1
        while at >= 0 and local_name(children[at]) == "p" and not clean_text(
            inline_text(children[at])
        ):
            at -= 1
        if at >= 0 and local_name(children[at]) in ("p", "h1", "h2", "h3") and heading_reason(
            clean_text(inline_text(children[at]))
        ) == "table of contents":
            run.insert(0, at)
        elif labelled:
            continue
        for index in run:
            lines.append(clean_text(inline_text(children[index])))
            take_out(children[index])
    return lines


def _contents_entry(element: _Element, anchors: set[str | None]) -> bool:
    """A contents line as a word processor sets one: a paragraph whose links all go to
    the document's own headings (Google's `#h.…`, Word's `#_Toc…`, LibreOffice's
    `#__RefHeading…`), with nothing else in it but a page number. Their own bookmark
    names count even when the heading lost its anchor (a chapter title retyped as a bold
    paragraph keeps its contents line, pointing nowhere)."""
    if local_name(element) != "p":
        return False
    links = [el for el in element.iter() if local_name(el) == "a" and el.get("href")]
    if not links or not all(
        (href := a.get("href") or "").startswith("#")
        and (href[1:] in anchors or _HEADING_BOOKMARK.match(href[1:]))
        for a in links
    ):
        return False
    parts: list[str] = []
    _collect(element, parts, lambda child, name: name == "a" or not_spoken(child))
    return bool(re.fullmatch(r"[\s.·…]*\d{0,4}\s*", "".join(parts)))


_HEADING_BOOKMARK = re.compile(r"(?:h\.[0-9a-z]{4,}|_Toc\d+|__RefHeading___Toc\d+(?:_\d+)?)$")
"""The bookmarks word processors give headings for their contents (Google `h.gjdgxs`,
Word `_Toc48213`, LibreOffice `__RefHeading___Toc12_345`): a link to one is a contents
line."""
_ANCHORED = {"h1", "h2", "h3", "h4", "h5", "h6", "p"}
"""What a Google Docs contents line points at: a heading, or the Title paragraph."""


def _medium_export(root: _Element) -> _Edition | None:
    """A post from Medium's "Download your information" export: an `article.h-entry` with
    its `h1.p-name` title and `section.p-summary` subtitle above the body. Medium repeats
    both at the body's head (`h3.graf--title`, `h4.graf--subtitle`): those repeats are
    taken out and listed, so each is said once; the author is the footer's `a.p-author`
    (the footer itself is web furniture, left out as on any saved page). None for any
    other page."""
    article = next((el for el in root.iter() if local_name(el) == "article"
                    and _has_class(el, "h-entry")), None)  # fmt: skip
    if article is None or not any(_has_class(el, "e-content") for el in article.iter()):
        return None
    said = {
        clean_text(inline_text(el)).casefold()
        for el in article.iter()
        if classes(el) & {"p-name", "p-summary"} and local_name(el) not in ("a", "span")
    }
    repeats = [
        el for el in article.iter()
        if classes(el) & {"graf--title", "graf--subtitle"}
        and clean_text(inline_text(el)).casefold() in said
    ]  # fmt: skip
    lines = [clean_text(inline_text(el)) for el in repeats]
    for element in repeats:
        take_out(element)
    author = next((clean_text(inline_text(el)) for el in article.iter()
                   if local_name(el) == "a" and _has_class(el, "p-author")), "")  # fmt: skip
    what = f"the title repeated ({len(lines)} line{'s' if len(lines) != 1 else ''})"
    omitted = (Omission(what, "Medium repeats the title and subtitle above the story",
                        "\n".join(lines)),) if lines else ()  # fmt: skip
    return _Edition({"author": author} if author else {}, omitted)


_PULL_QUOTE = re.compile(r"pull-?quote", re.IGNORECASE)


_CJK_LANGUAGES = {"ja", "zh", "ko", "yue", "jpn", "zho", "chi", "kor", "cmn"}
_LATIN_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f]")
_CJK_LETTER = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")


def _ruby_readings(root: _Element) -> None:
    """Put each `<ruby>`'s reading in its place when the reading is the one a listener
    can follow: in an English book, `Mr. <ruby>田中<rt>Tanaka</rt></ruby>` and
    `<ruby>漢<rt>kan</rt>字<rt>ji</rt></ruby>` are "Mr. Tanaka" and "kanji", the author's
    own gloss for a reader who cannot read the characters (a translated light novel, a
    language textbook); the characters themselves would be spoken in another language's
    sounds, or not at all. Only a reading in Latin letters, in a paragraph written
    mostly in Latin letters, outside a part marked Japanese, Chinese or Korean (`lang`):
    there the characters are the text and furigana a printing aid, and the base is read
    as before (`rt` is skipped)."""
    for ruby in [e for e in root.iter() if local_name(e) == "ruby"]:
        said = [
            "".join(child.itertext()).strip() for child in ruby if local_name(child) == "rt"
        ]
        reading = "".join(said)
        if not said or not all(said) or not _LATIN_LETTER.search(reading):
            continue
        tagged = next(
            (lang for e in (ruby, *ruby.iterancestors())
             if (lang := e.get("lang") or e.get("{http://www.w3.org/XML/1998/namespace}lang"))),
            "",
        )  # fmt: skip
        if tagged.replace("_", "-").split("-")[0].lower() in _CJK_LANGUAGES:
            continue
        block = next((a for a in ruby.iterancestors() if local_name(a) in _BLOCKS), None)
        around = _without_readings(block if block is not None else root)
        if len(_LATIN_LETTER.findall(around)) <= len(_CJK_LETTER.findall(around)):
            continue  # a Chinese or Japanese paragraph: its characters are its words
        for child in list(ruby):
            ruby.remove(child)
        ruby.text = reading


def _without_readings(element: _Element) -> str:
    """The text of `element` without its ruby readings (`rt`, `rp`, `rtc`)."""
    parts = [element.text or ""]
    for child in element:
        if local_name(child) not in (None, "rt", "rp", "rtc"):
            parts.append(_without_readings(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _pull_quotes(page: _Element) -> set[_Element]:
    """A page's pull quotes (Medium's `blockquote.graf--pullquote`, an EPUB's `<aside
    class="pullquote">` or `epub:type="pullquote"`) that repeat a sentence of the text
    around them, word for word, quotation marks aside: set large for the eye, each would
    be said twice, so `walk` leaves it out and lists it. One with words of its own is
    read."""
    quotes = [el for el in page.iter() if local_name(el) in ("blockquote", "aside", "div", "p")
              and (_PULL_QUOTE.search(el.get("class") or "")
                   or "pullquote" in semantic_types(el))]  # fmt: skip
    found = set()
    for quote in quotes:
        said = _words(inline_text(quote))
        rest = " ".join(
            _words(inline_text(el))
            for el in page.iter()
            if local_name(el) == "p" and el is not quote and quote not in el.iterancestors()
        )
        if said and f" {said} " in f" {rest} ":
            found.add(quote)
    return found


_QR_PICTURE = re.compile(r"\bqr\b|qr[-_ ]?code", re.IGNORECASE)
"""A QR code's picture, by its alt text or its file's name."""
_UNNUMBERED = re.compile(
    r"alpha|roman|latin|letter|greek|list-style(?:-type)?\s*:\s*none|no-?num|unnumbered", re.I
)
"""An `<ol>` whose class or style shows letters, Roman numerals or no numbers."""
_WRITTEN_NUMBER = re.compile(r"^\W{0,2}\d{1,3}\s*[.):]")


def _item_number(item: _Element) -> str | None:
    """The number an ordered list's item is shown with ("3."), read before it so that
    "Steps 1–4 above" has its steps: from the list's `start` (or a `value` above it),
    counting down in a `reversed` list. None in a bulleted list, in one whose numbers
    are letters or Roman numerals (`type="a"`, a class or style that says so) or
    hidden, and for an item that writes its number in its text."""
    parent = item.getparent()
    if parent is None or local_name(parent) != "ol" or (parent.get("type") or "1") != "1":
        return None
    if _UNNUMBERED.search(f"{parent.get('class') or ''} {parent.get('style') or ''}"):
        return None
    if _WRITTEN_NUMBER.match("".join(item.itertext()).strip()):
        return None
    items = [el for el in parent if local_name(el) == "li"]
    step = -1 if parent.get("reversed") is not None else 1
    number = _integer(parent.get("start"), len(items) if step < 0 else 1)
    for el in items:
        number = _integer(el.get("value"), number)
        if el is item:
            return f"{number}."
        number += step
    return None


def _integer(value: str | None, default: int) -> int:
    """An attribute's whole number ("5", " -2 "), else `default`."""
    return int(value) if value and re.fullmatch(r"\s*-?\d{1,9}\s*", value) else default


def _words(text: str) -> str:
    """A text's words alone, casefolded, one space apart: for finding a quote in it."""
    return " ".join(re.findall(r"\w+", text.casefold()))


def _ebible_page(root: _Element) -> _Edition | None:
    """A chapter page of a Bible as eBible.org publishes it (Haiola's HTML): its
    navigation bars (`ul.tnav`: "^ < 1 2 >") and the copyright line (`div.copyright`)
    are taken out and listed; the book's title lines (`div.mt`, `mt2`, …) name the book
    in the credits (the main one, `mt`, is its title) and are listed; and each
    `div.chapterlabel` (" 1") becomes a heading, so a chapter starts there instead of
    its number being read into the text. None for any other page."""
    body = body_of(root)
    labels = [
        el for el in body.iter() if local_name(el) == "div" and _has_class(el, "chapterlabel")
    ]
    if not labels:
        return None
    found: dict[str, list[str]] = {"navigation": [], "copyright": [], "title": []}
    credits: dict[str, str] = {}
    for element in list(body.iter()):
        name = local_name(element)
        tokens = classes(element)
        if name == "ul" and "tnav" in tokens:
            kind = "navigation"
        elif name == "div" and "copyright" in tokens:
            kind = "copyright"
        elif name == "div" and any(re.fullmatch(r"mt\d?", c) for c in tokens):
            kind = "title"
            if {"mt", "mt1"} & tokens and "title" not in credits:
                credits["title"] = clean_text(inline_text(element)).strip(" ,")
        else:
            continue
        found[kind].append(" ".join(t.strip() for t in element.itertext() if t.strip()))
        take_out(element)  # its pieces a space apart: the bar's links may touch
    for label in labels:
        label.tag = label.tag[: len(label.tag) - 3] + "h2"  # "div", namespaced or not
    credits = {k: v for k, v in credits.items() if v}
    omitted = _printed_left_out([Block("text", line) for line in found["title"] if line])
    reasons = {"navigation": "the site's, not the book's", "copyright": "copyright"}
    for kind, why in reasons.items():
        if texts := [t for t in found[kind] if t]:
            omitted += (Omission(f"the {kind} line{'s' if len(texts) != 1 else ''}", why,
                                 "\n".join(texts)),)  # fmt: skip
    return _Edition(credits, omitted)


_GUTENBERG_TITLE = re.compile(
    r"^(?:the )?project gutenberg e-?book,? (?:of )?(?P<title>.+?)(?:, by (?P<author>[^,]+?))?\.?$",
    re.IGNORECASE,
)
_GUTENBERG_SITE = re.compile(
    r"^(?P<title>.+?)(?:, by (?P<author>.+?))?\s*[—–-]+\s*A Project Gutenberg e-?Book\.?$",
    re.IGNORECASE,
)
"""The `<title>` Project Gutenberg's tools give an HTML book: "The Frozen Harvest, by
Elias P. Harmon—A Project Gutenberg eBook"."""
_TITLED_BY = re.compile(r"^(?P<title>[^,]+\S),\s+by\s+(?P<author>\S.*?)\.?$")


def _titled_by(title: str, root: _Element) -> re.Match[str] | None:
    """A `<title>` that names the book and its author ("Odes and Elegies, by Edmund
    Harcourt Vane"), as Project Gutenberg's older HTML books have it: only when what
    follows ", by" is a name of two words or more, and one the page repeats (its
    `<meta name=author>` or its text, "by Margaret Cullen") unless it reads as a
    person's without (three words or more, or an initial: "Agnes T. Pellow"), and never
    words joined by "and" ("Scotland, by Rail and Ferry", "The Hebrides, by Sea Kayak")."""
    match = _TITLED_BY.match(title)
    who = byline(f"by {match['author']}") if match else None
    if not match or not who or len(who.split()) < 2:
        return None
    people = re.split(r"\s*,\s*|\s+(?:and|&)\s+", who)
    if len(people) > 1 and any(len(p.split()) < 2 for p in people):
        return None  # "Rail and Ferry", "Train and Bicycle": a means, not two people
    body = next((e for e in root.iter() if local_name(e) == "body"), None)
    shown = " ".join((body if body is not None else root).itertext())
    meta = _meta_author(root) or ""
    repeated = who in " ".join(shown.split()) or who.casefold() == meta.casefold()
    person = len(who.split()) >= 3 or re.search(r"\b[A-Z]\.(?:\s|$)", who) is not None
    return match if repeated or person else None

_GUTENBERG_PRE = re.compile(r"\*\*\*\s*(?:START|END) OF (?:TH(?:E|IS) )?PROJECT GUTENBERG", re.I)


def gutenberg_marks(blocks: list[Block]) -> tuple[int | None, int | None]:
    """Where Project Gutenberg's "*** START OF …" line is among `blocks`, and its
    "*** END OF …" line after it (indices, None where there is none)."""
    from audiobook.text.readers.plaintext import _PG_END, _PG_START

    def marked(text: str, line: re.Pattern[str], kind: str) -> bool:
        # on a line of its own, or inside one block of header text (an older file sets
        # its header in a bare <div>, its lines joined)
        return bool(line.search(text) or re.search(
            rf"\*{{3}}\s*{kind} OF (?:THE|THIS) PROJECT GUTENBERG E-?BOOK", text, re.I
        ))  # fmt: skip

    start = next((i for i, b in enumerate(blocks) if marked(b.text, _PG_START, "START")), None)
    after = 0 if start is None else start + 1
    end = next(
        (i for i in range(after, len(blocks)) if marked(blocks[i].text, _PG_END, "END")), None
    )
    return start, end


def _without_gutenberg(
    blocks: list[Block],
) -> tuple[list[Block], dict[str, str], tuple[Omission, ...]]:
    """Project Gutenberg's header and licence left out (and listed), and the header's
    Title, Author and Language fields: everything up to its START line and from its END
    line."""
    from audiobook.text.readers.plaintext import _PG_CREDITS, strip_gutenberg

    start, end = gutenberg_marks(blocks)
    if start is None:
        return blocks, {}, ()
    begin = start + 1  # the volunteers' credit just after START ("Produced by …") is not the book's
    while begin < len(blocks) and blocks[begin].kind == "text" and _PG_CREDITS.match(
        blocks[begin].text
    ):
        begin += 1
    header = "\n".join(_header_lines(blocks[:begin]))
    licence = "\n".join(b.text for b in blocks[end:] if b.kind != "mark") if end else ""
    _, fields, omitted = strip_gutenberg(f"{header}\n\n{licence}" if licence else header)
    return blocks[begin:end], fields or {"gutenberg": "yes"}, omitted


_NAME_FIELD = re.compile(r"^(?:Author|Editor|Translator|Illustrator)\s*:\s*\S", re.IGNORECASE)
_CO_NAME = re.compile(r"^[A-ZÀ-Þ][\w.'’-]*(?:\s+[\w.'’-]+){0,5}$")


def _header_lines(header: list[Block]) -> list[str]:
    """The header's lines as the plain-text header sets them: a second author, set in a
    paragraph of its own under "Author: George Lyman Kittredge" (Ebookmaker's
    `pg-header-authlist`: "Frank Edgar Farley"), indented as a continuation line, so
    `strip_gutenberg` credits both."""
    lines: list[str] = []
    named = False  # the line before was a name field or a name under it
    for block in header:
        if block.kind == "mark":
            continue
        text = block.text
        if named and block.kind == "text" and ":" not in text and _CO_NAME.match(text):
            lines.append(f"        {text}")
            continue
        named = block.kind == "text" and bool(_NAME_FIELD.match(text)) and "\n" not in text
        lines.append(text)
    return lines


_DATES_PART = re.compile(
    r"^(?:(?:active|fl\.|born|died|b\.|d\.|ca\.|approximately)\s*)?"
    r"\d{1,4}\??(?:\s*(?:BC|BCE|AD|CE))?(?:\s*-\s*(?:\d{1,4}\??(?:\s*(?:BC|BCE|AD|CE))?)?)?$"
    r"|^-\s*\d{1,4}\??$",
    re.IGNORECASE,
)
_NAME_TITLES = frozenset({"sir", "dame", "lord", "lady", "mrs.", "mrs", "mr.", "baron", "baroness",
                          "viscount", "earl", "count", "countess", "saint", "st."})  # fmt: skip


def catalogue_name(name: str) -> str:
    """A library catalogue's "Surname, Given, dates" (Project Gutenberg's `dc.creator`:
    "Austen, Jane, 1775-1817", "Doyle, Arthur Conan, Sir, 1859-1930", "Wells, H. G.
    (Herbert George), 1866-1946") as the name is said: "Jane Austen", "Sir Arthur Conan
    Doyle", "H. G. Wells", its dates left out. A name not in that form is kept."""
    parts = [p.strip() for p in re.sub(r"\s*\([^()]*\)", "", name).split(",")]
    parts = [p for p in parts if p and not _DATES_PART.match(p)]
    if len(parts) == 1 and parts[0] != name.strip():
        return parts[0]  # "Homer, 750? BCE-650? BCE"
    title = [p for p in parts[2:] if p.casefold() in _NAME_TITLES]
    if len(parts) - len(title) != 2 or not all(
        1 <= len(p.split()) <= 4 and p[0].isupper() and not re.search(r"\band\b|&", p)
        for p in parts[:2]
    ):  # "Smith, Jones and Brown": a list of names, not one turned round
        return name
    last, given = parts[0], parts[1]
    return " ".join([*title, given, last])


def _meta_author(root: _Element) -> str | None:
    """The author the page's `<meta>` names: each `dc.creator` (Ebookmaker writes one for
    each author, in catalogue form) said as a name, several joined ("George Lyman
    Kittredge and Frank Edgar Farley")."""
    names: list[str] = []
    for element in root.iter():
        if local_name(element) == "meta" and (element.get("name") or "").lower() in (
            "author", "dc.creator", "dcterms.creator"
        ):  # fmt: skip
            name = catalogue_name(clean_text(element.get("content") or ""))
            if name and name not in names:
                names.append(name)
    return join_names(names)


def _title_page(
    blocks: list[Block], *, gutenberg: bool, author: str | None = None
) -> tuple[list[Block], dict[str, str]]:
    """The title page before the first chapter (a title, "by AUTHOR", an edition line),
    read once in the credits: its title and author, and the blocks without it. `author`
    is the page's own `<meta name="author">`: its name set alone under the title (`<h1>La
    fábrica de Vigo</h1><p class="autor">Lucía Fernández Ortega</p>`) is the byline."""
    from audiobook.text.readers.plaintext import MAX_TITLE_WORDS, _credentialed, display_case

    headings = [i for i, b in enumerate(blocks) if b.kind == "heading"]
    # "BY THE SAME AUTHOR." heads the also-by page at the back, never the title page's byline
    by = next((i for i in headings if BY.match(blocks[i].text)
               and heading_reason(blocks[i].text) is None), None)  # fmt: skip
    if by is None and headings and blocks[headings[0]].level == 1:
        by = _byline(blocks, headings, author)
    if by is None and not gutenberg and not _credits_under_title(blocks, headings):
        return blocks, {}
    alone = by is not None and _same_name(blocks[by].text, author)  # the name, no "by"
    named = None  # "BY" (or "BY THE LATE") on its own: the author's name is the block under it
    if by is not None and by + 1 < len(blocks) and not _credited(blocks[by].text)[1] and not alone:
        named = by + 1
    after = named if named is not None else by
    chapter = next((i for i in headings if i > (after if after is not None else -1)
                    and (after is not None or i > headings[0])), None)  # fmt: skip
    if chapter is None or len(headings) < 2:
        return blocks, {}
    if by is None and blocks[headings[0]].level != 1:
        return blocks, {}  # no title heading: the first heading is a chapter
    chapter = _dedication_after(blocks, after if after is not None else headings[0], chapter)

    def too_long(end: int) -> bool:
        front = [b for b in blocks[:end] if b.kind in ("heading", "text")]
        return len(front) > 10 or any(
            len(b.text.split()) > MAX_TITLE_WORDS and not matter.is_legal(b.text)
            and not _credit_lines(b.text) for b in front
        )  # a copyright line under the byline ("© Siobhan Reilly 2021. All rights …") is the page's

    if too_long(chapter):
        # the page ends at a rule where longer text follows (a dedicatory poem), when a
        # byline shows it is one: older Project Gutenberg HTML's `<hr />` between them
        cut = _rule_before_text(blocks, after, chapter) if after is not None else None
        if cut is None or too_long(cut):
            return blocks, {}
        chapter = cut
    front = [b for b in blocks[:chapter] if b.kind in ("heading", "text")]
    found: dict[str, str] = {}
    if by is not None:
        role, who = ("author", blocks[by].text) if alone else _credited(blocks[by].text)
        who = who or (blocks[named].text if named is not None else "")
        if who:  # "by Samira el-Hadi"; "Edited by Anne W. Carrington": the editor
            found[role] = display_case(_credentialed(who), names=True)  # no ", M.R.C.S."
    editor = _page_editor(blocks[:chapter], by)
    if editor and "editor" not in found:  # "EDITED BY HIS DAUGHTER" / "FRANCES RENDLE"
        found["editor"] = display_case(editor, names=True)
    titles = [b.text for b in front if b.kind == "heading" and not BY.match(b.text)
              and (named is None or b is not blocks[named])]  # fmt: skip
    if titles:
        found["title"] = display_case(titles[0])
    return blocks[chapter:], found


def _credit_lines(text: str) -> bool:
    """A title page's credits set as lines of one paragraph ("by" / "Jane Austen," / "with
    a Preface by" / "George Saintsbury" / "and" / "Illustrations by" / "Hugh Thomson"):
    each line short, one of them a credit."""
    from audiobook.text.readers.plaintext import MAX_TITLE_WORDS

    lines = [line.strip() for line in text.split(LINE_BREAK) if line.strip()]
    return (
        len(lines) > 1
        and all(len(line.split()) <= MAX_TITLE_WORDS for line in lines)
        and any(
            byline(line) or _LONE_BY.match(line) or _CREDITED.match(line)
            or re.search(r"\bby\W*$", line, re.IGNORECASE)
            for line in lines
        )
    )  # fmt: skip


def _rule_before_text(blocks: list[Block], start: int, end: int) -> int | None:
    """Where, after the byline at `start`, a rule (`<hr />`) sets off something longer than
    a title page's lines (a verse dedication, a first paragraph) before the chapter at
    `end`: the title page ends there. None when no rule does."""
    from audiobook.text.readers.plaintext import MAX_TITLE_WORDS

    rules = [i for i in range(start + 1, end) if blocks[i].kind == "break"]
    for index, rule in enumerate(rules):
        stop = rules[index + 1] if index + 1 < len(rules) else end
        if any(
            b.kind == "heading" or (b.kind == "text" and len(b.text.split()) > MAX_TITLE_WORDS)
            for b in blocks[rule + 1 : stop]
        ):
            return rule + 1
    return None


def _page_credits(lines: list[str]) -> dict[str, str]:
    """The title and author a title page left out by its class shows: its first line, and
    the name on its byline ("BY" / "GEORGE LYMAN KITTREDGE", "by Jane Austen")."""
    from audiobook.text.readers.plaintext import _credentialed, display_case

    lines = [line for line in lines if line.strip()]
    found: dict[str, str] = {"title": display_case(lines[0])} if lines else {}
    for index, line in enumerate(lines[1:], 1):
        who = byline(line)
        if who is None and _LONE_BY.match(line.strip()) and index + 1 < len(lines):
            who = lines[index + 1].strip(" .,")
        if who:
            found["author"] = display_case(_credentialed(who), names=True)
            break
    return found


def _imprint_again(
    blocks: list[Block], printed: list[Block]
) -> tuple[list[Block], tuple[Omission, ...]]:
    """The printer's imprint the title page carried, set again after the book's last
    paragraph ("CHISWICK PRESS:—CHARLES WHITTINGHAM AND CO. / TOOKS COURT, CHANCERY LANE,
    LONDON." on the title page's back and after the last chapter, with no "THE END"
    before it): left out at the end as it was at the front."""
    said = {" ".join(b.text.split()) for b in printed if b.kind == "text"}
    last = next((i for i in range(len(blocks) - 1, -1, -1) if blocks[i].kind == "text"), None)
    if last is None or not said or len(blocks[last].text.split()) < 3:
        return blocks, ()
    if " ".join(blocks[last].text.split()) not in said:
        return blocks, ()
    omitted = Omission("printer's imprint", "the title page's imprint again, at the end",
                       blocks[last].text)  # fmt: skip
    return blocks[:last] + blocks[last + 1 :], (omitted,)


def _credited(text: str) -> tuple[str, str]:
    """A credit line's role and name ("" when the name is on the next line: "BY", "BY
    THE LATE"); ("author", "") for a line that credits no one."""
    role, who = credit(text) or ("author", "")
    return role, who.strip(" .,")


def _page_editor(front: list[Block], by: int | None) -> str | None:
    """The editor a title page credits besides its byline: "Edited by Anne Hale", or
    "EDITED BY HIS DAUGHTER" with her name on the line under it."""
    for index, block in enumerate(front):
        if index == by or block.kind not in ("heading", "text"):
            continue
        role, who = _credited(block.text)
        if role != "editor":
            continue
        if not who or NAMED_BY_KIN.match(who):
            after = next((b for b in front[index + 1 :] if b.kind in ("heading", "text")), None)
            who = after.text.strip(" .,") if after else ""
        if who and byline(f"by {who}"):
            return who
    return None


def _dedication_after(blocks: list[Block], start: int, chapter: int) -> int:
    """Where the title page ends: at `chapter`, or where a dedication set apart from it
    by a rule begins (Project Gutenberg's `<hr class="chap"/>` then "TO MY SISTER / IN
    MEMORY OF …"), so the dedication is read, under "Dedication", not left out with the
    title page."""
    end = chapter
    while end > start + 1 and blocks[end - 1].kind in ("break", "mark"):
        end -= 1  # the rule over the chapter, not the one after the title page
    rules = [i for i in range(start + 1, end) if blocks[i].kind == "break"]
    if not rules:
        return _dedication_last(blocks, start, end, chapter)
    after = blocks[rules[-1] + 1 : end]
    lines = [Paragraph(b.text) for b in after if b.kind == "text"]
    if lines and all(b.kind in ("text", "mark") for b in after) and is_dedication(lines):
        return rules[-1] + 1
    return chapter


def _dedication_last(blocks: list[Block], start: int, end: int, chapter: int) -> int:
    """Where a dedication set last on the title page, with no rule before it, begins
    (`<p class="dedication">For Lily and Jack, …</p>` under the byline and "Illustrated by
    …"), or `chapter`: the last few paragraphs before the chapter, none a credit line."""
    best = chapter
    first = end
    while first > start + 1 and end - first < matter.MAX_DEDICATION_PARAGRAPHS:
        block = blocks[first - 1]
        if block.kind != "text" or credit(block.text) or _CREDITED.match(block.text):
            break
        first -= 1
        if is_dedication([Paragraph(b.text) for b in blocks[first:end]]):
            best = first
    return best


_CREDITED = re.compile(r"^\W*(?:illustrat|translat|edit|written|pictures|drawings)\w*\b.*\bby\b",
                       re.IGNORECASE)  # fmt: skip
"""A title page's credit line other than the byline ("Illustrated by Tom Brook",
"Translated from the French by …"): never a dedication's first line."""


def _byline(blocks: list[Block], headings: list[int], author: str | None = None) -> int | None:
    """A "by AUTHOR" paragraph just under the title heading, as many HTML books set it,
    or the author's name alone there when the page's metadata names the same author. A
    genre heading right under the title ("KATRINE" / "A Novel" / "BY" / "ELINOR MACARTNEY
    LANE", older Project Gutenberg HTML's title page set as headings) is the title's."""
    from audiobook.text.readers.plaintext import _GENRE

    top = headings[0]
    if len(headings) > 2 and headings[1] == top + 1 and _GENRE.match(blocks[top + 1].text):
        headings = headings[1:]  # the search starts under "A Novel"
    stop = min(headings[1] if len(headings) > 1 else len(blocks), headings[0] + 3)
    return next(
        (i for i in range(headings[0] + 1, stop)
         if blocks[i].kind == "text"
         and (byline(blocks[i].text) or _LONE_BY.match(blocks[i].text)
              or _edited_by(blocks[i].text) or _same_name(blocks[i].text, author))),
        None,
    )  # fmt: skip


def _same_name(text: str, author: str | None) -> bool:
    """Is `text` the author's name the page's metadata gives, as written there?"""
    return bool(author) and " ".join(text.split()).casefold() == " ".join(
        (author or "").split()
    ).casefold()


def _credits_under_title(blocks: list[Block], headings: list[int]) -> bool:
    """Only other people's credits between the title heading and the next ("Illustrated
    by Peter Crane", no byline): a title page all the same, as in Markdown, so the
    illustrator is never read aloud."""
    if len(headings) < 2 or blocks[headings[0]].level != 1:
        return False
    under = blocks[headings[0] + 1 : headings[1]]
    said = [b for b in under if b.kind == "text"]
    return (
        0 < len(said) <= 3
        and all(b.kind in ("text", "mark") for b in under)
        and all(other_credit(b.text) for b in said)
    )


def _edited_by(text: str) -> bool:
    """An editor's credit under the title ("Edited by Anne W. Carrington")."""
    found = credit(text)
    return bool(found and found[0] == "editor" and byline(f"by {found[1]}"))


MAX_SUBTITLE_WORDS = 12

_LONE_BY = re.compile(r"^(?:by|von|par|por|автор)[.:]?$", re.IGNORECASE)
"""Older Project Gutenberg HTML sets "BY" alone between the title and author headings."""


# ---------------------------------------------------------------- parsing


def parse_markup(data: bytes | str) -> _Element | None:
    """Parse (X)HTML safely: as XML when well formed, else with the forgiving HTML
    parser. Returns None when there is no document at all."""
    from lxml import etree
    from lxml import html as lxml_html

    text = data if isinstance(data, str) else _decode(data)
    text = _XML_DECL.sub("", text, count=1)
    doctype = _DOCTYPE.search(text)
    declared = _internal_entities(doctype.group()) if doctype else {}
    text = _DOCTYPE.sub("", text, count=1).lstrip()
    if declared and len(_ENTITY_REF.findall(text)) * MAX_ENTITY_CHARS <= MAX_ENTITY_GROWTH:
        text = _ENTITY_REF.sub(lambda m: declared.get(m[1], m[0]), text)
    # The HTML parser would keep an undeclared "&xxe;" as literal text to be read aloud.
    text = _ENTITY_REF.sub(lambda m: m[0] if _is_known_entity(m[1]) else "", text)
    if not text:
        return None
    xml_parser = hardened_xml_parser()
    try:
        return _flattened(etree.fromstring((_SAFE_DOCTYPE + text).encode("utf-8"), xml_parser))
    except etree.XMLSyntaxError:
        pass
    # huge_tree: past 255 levels (old hand-written pages never close a <blockquote>) the
    # parser would drop the rest of the file without a word; `_flattened` keeps it
    html_parser = lxml_html.HTMLParser(
        encoding="utf-8", no_network=True, huge_tree=True, remove_comments=True, remove_pis=True
    )
    try:
        root = lxml_html.document_fromstring(text.encode("utf-8"), parser=html_parser)
        if any("Excessive depth" in error.message for error in html_parser.error_log):
            # even the huge-tree parser stops at 2048 levels: parse again without the
            # containers that nest (their text kept, a line break where each one stood)
            plain = _CONTAINER_TAG.sub("\n", text)
            root = lxml_html.document_fromstring(plain.encode("utf-8"), parser=html_parser)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError):
        return None
    return _flattened(root)


_CONTAINER_TAG = re.compile(
    r"</?(?:div|blockquote|section|article|aside|ul|ol|dl|span|font|center)\b[^>]*>",
    re.IGNORECASE,
)


MAX_DEPTH = 150
"""Deeper markup is flattened: a page is walked recursively, and no book nests its text
this deep unless a tag was left open hundreds of times."""
_INLINE_TAGS = frozenset({"a", "abbr", "b", "big", "cite", "code", "em", "font", "i", "kbd",
                          "mark", "q", "s", "small", "span", "strong", "sub", "sup", "tt",
                          "u", "var"})  # fmt: skip


def _flattened(root: _Element) -> _Element:
    """`root` with every element nested deeper than `MAX_DEPTH` unwrapped into its
    ancestor at that depth: its words kept in order, a line break where a block ended
    (paragraphs that deep run together, but nothing is lost). Scripts and styles there
    are dropped, as everywhere."""
    from lxml import etree

    deepest = [root]
    for _ in range(MAX_DEPTH):
        deepest = [child for el in deepest for child in el if isinstance(child.tag, str)]
        if not deepest:
            return root
    for el in deepest:
        for inner in list(el.iter()):
            if inner is el or not isinstance(inner.tag, str):
                continue
            name = local_name(inner)
            if name in ("script", "style", "template", "noscript"):
                inner.text = ""
                for child in list(inner):
                    inner.remove(child)
            elif name not in _INLINE_TAGS:
                inner.text = "\n" + (inner.text or "")
                inner.tail = "\n" + (inner.tail or "")
        etree.strip_tags(el, "*")
    return root


MAX_ENTITY_CHARS = 200
MAX_ENTITY_GROWTH = 2_000_000
_ENTITY_DECL = re.compile(
    r"""<!ENTITY\s+([A-Za-z_][\w.-]*)\s+(?:"([^"&<%]{0,200})"|'([^'&<%]{0,200})')\s*>"""
)
"""An internal entity with a plain text value (`<!ENTITY place "harbor of Ys">`). One
naming a file (SYSTEM, PUBLIC), a parameter entity or a value that holds another entity
(billion laughs) never matches: those stay unread."""


def _internal_entities(doctype: str) -> dict[str, str]:
    """The page's own entities by name, their values escaped as markup: "The &place; was
    quiet." says "The harbor of Ys was quiet.", not "The was quiet."."""
    return {
        found[1]: html_std.escape(found[2] if found[2] is not None else found[3], quote=False)
        for found in _ENTITY_DECL.finditer(doctype)
    }


def _is_known_entity(name: str) -> bool:
    return name in html_std.entities.name2codepoint or f"{name};" in html_std.entities.html5


def _decode(data: bytes) -> str:
    """Bytes of markup to text: BOM, then the declared charset, then UTF-8."""
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace")
    declared = _CHARSET.search(data[:2048])
    encoding = "utf-8"
    if declared:
        with contextlib.suppress(LookupError):
            encoding = codecs.lookup(declared.group(1).decode("ascii")).name
    if encoding == "utf-8":  # Windows-1252 pasted into a UTF-8 chapter: "café", not "caf�"
        return data.decode("utf-8", errors=CP1252_BYTES)
    return data.decode(encoding, errors="replace")


# ---------------------------------------------------------------- walking


def local_name(node: object) -> str | None:
    """An element's tag without namespace, lowercased; None for comments and entities."""
    tag = getattr(node, "tag", None)
    if not isinstance(tag, str):
        return None
    return tag.rsplit("}", 1)[-1].lower()


def semantic_types(element: _Element) -> set[str]:
    """The element's epub:type and DPUB-ARIA role tokens ("doc-toc" → "toc")."""
    tokens = (
        (element.get(f"{{{OPS_NS}}}type") or "")
        + " "
        + (element.get("epub:type") or "")
        + " "
        + (element.get("role") or "")
    ).split()
    return {t.lower().removeprefix("doc-") for t in tokens} | {t.lower() for t in tokens}


def _title_block(root: _Element) -> _Edition:
    """Title and author from Pandoc's `<header id="title-block-header">`, which is then
    taken out of the page: its lines are the credits', not the first chapter's. Its
    subtitle and date are listed as the title page's; its abstract (`div.abstract`) is
    the author's own text, left in the page (without its "Abstract" label) to open the
    book."""
    found: dict[str, str] = {}
    printed: list[str] = []
    for element in root.iter():
        if element.get("id") != "title-block-header":
            if local_name(element) in ("section", "div", "header") and (
                {"titlepage", "title-page"} & classes(element)
            ):
                return _title_page_section(element)
            continue
        authors = []
        for child in element.iter():
            kind = (child.get("class") or "").split()
            text = clean_text(inline_text(child))
            if text and "title" in kind and "title" not in found:
                found["title"] = text
            elif text and "author" in kind:
                authors.append(text)
            elif text and {"subtitle", "date", "abstract-title"} & set(kind):
                printed.append(text)
        if author := join_names(authors):
            found["author"] = author
        for abstract in [el for el in element.iter() if _has_class(el, "abstract")]:
            for part in list(abstract):
                if not _has_class(part, "abstract-title"):
                    element.addprevious(part)
        parent = element.getparent()
        if parent is not None:
            parent.remove(element)
        break
    return _Edition(found, _printed_left_out([Block("text", line) for line in printed]))


def _title_page_section(element: _Element) -> _Edition:
    """A book's own title page, `<section class="titlepage">` (or "title-page"): its
    heading (with the `p.subtitle` after a colon) is the title, its `p.author` or
    `p.byline` the author, named in the credits; the page is taken out, its lines
    listed as left out. Without a heading or an author it is left in the page."""
    found: dict[str, str] = {}
    authors: list[str] = []
    subtitle = ""
    printed: list[str] = []
    for child in element.iter():
        kind = classes(child)
        text = clean_text(inline_text(child))
        if not text or local_name(child) not in ("h1", "h2", "h3", "p"):
            continue
        if local_name(child) in ("h1", "h2") or "title" in kind:
            found.setdefault("title", text)
        elif {"author", "byline", "creator"} & kind:
            authors.append(byline(text) or text)
        elif "subtitle" in kind and not subtitle:
            subtitle = text
        printed.append(text)
    if "title" not in found or not authors:
        return _Edition({}, ())
    if subtitle:
        found["title"] = f"{found['title']}: {subtitle}"
    found["author"] = join_names(authors) or ""
    if translator := translator_credit(printed):  # "Translated by …" under the byline
        found["translator"] = translator
    take_out(element)
    return _Edition(found, _printed_left_out([Block("text", line) for line in printed]))


_WIKISOURCE_NAMES = (
    "Wikisource", "Викизворник", "Викитека", "Вікіджерела", "Уикиизточник", "Вікікрыніцы",
    "Викиизвор", "ويكي مصدر", "ویکی‌نبشته", "ויקיטקסט", "Βικιθήκη", "Wikiźródła", "Wikizdroje",
    "Wikiforrás", "Wikizvor", "Vikikaynak", "Wikiteka", "维基文库", "維基文庫", "ウィキソース",
    "위키문헌", "विकिस्रोत", "উইকিসংকলন", "Վիքիդարան", "ვიკიწყარო",
)  # fmt: skip
"""The site's name in its languages, as a saved page's title ends with it."""

_WIKISOURCE_TITLE = re.compile(
    rf"\s[-–—]\s*(?:{'|'.join(_WIKISOURCE_NAMES)})(?![^\W\d_])[^/]*$", re.IGNORECASE
)
_WIKISOURCE_HEADERS = {"wst-header", "ws-header", "headertemplate"}
"""The box each Wikisource sets over a text: the work, its author, the piece, the way
to the previous and next pieces."""

_NUMBERED_PIECE = re.compile(r"(?:[\d]+|[IVXLCDM]+|[ivxlcdm]+)\.?", re.UNICODE)


def _wikisource_page(root: _Element) -> dict[str, str]:
    """A page saved from Wikisource ("The Four Million/The Gift of the Magi - Wikisource,
    the free online library"): its title and author, from the header the site sets over
    the text (`wst-header`: the work "The Four Million", "by O. Henry" linked to his
    "Author:" page, the piece "The Gift of the Magi"). The page's title parts the work
    from its piece with "/" (never "or"): the piece is said, and its heading is the
    piece's; the "< The Four Million" link back to the work (`div.subpages`) is not
    read. {} for any other page."""
    title = document_title(root) or ""
    header = next((e for e in root.iter() if _WIKISOURCE_HEADERS & set(classes(e))), None)
    if header is None and not _WIKISOURCE_TITLE.search(title):
        return {}
    found: dict[str, str] = {}
    page = _WIKISOURCE_TITLE.sub("", title).strip()
    work, _, piece = page.rpartition("/")
    piece = piece.strip()
    if header is not None:
        central = next(
            (e for e in header.iter() if "wst-header-central-text" in classes(e)), None
        )
        if central is not None and clean_text(inline_text(central)):
            piece = clean_text(inline_text(central))
        author = next((a for a in header.iter() if _author_link(a)), None)
        if author is not None and clean_text(inline_text(author)):
            found["author"] = clean_text(inline_text(author))
    numbered = bool(work) and bool(_NUMBERED_PIECE.fullmatch(page.rpartition("/")[2].strip()))
    if numbered:
        piece = work.strip()  # a novel's chapter page ("…/1"): the book is the work
    if piece:
        found["title"] = piece
    for element in list(root.iter()):
        if "subpages" in classes(element):
            take_out(element)  # "< The Four Million": the way back to the work
        elif local_name(element) == "h1" and "/" in page and (
            clean_text(inline_text(element)) == page
        ):  # "The Four Million/The Gift of the Magi": the piece's heading
            if numbered:  # "…/1": the chapter's own heading follows in the text
                take_out(element)
                continue
            for child in list(element):
                take_out(child)
            element.text = piece
    return found


def _author_link(element: _Element) -> bool:
    """A link in Wikisource's header to the author's page: the Author namespace, in the
    site's language ("Author:", "Аутор:", "مؤلف:"), the only namespaced link there."""
    if local_name(element) != "a":
        return False
    target = unquote(element.get("href") or "").split("/wiki/", 1)[-1]
    name, colon, rest = target.partition(":")
    return bool(colon and rest and name and "/" not in name and not name.startswith("#"))


def _without_site_name(root: _Element, title: str | None) -> str | None:
    """`<title>` without the site's name after it ("The Glass Road – Inkwell & Ember",
    "… - Wikisource, the free online library") when the page's first h1 is the part
    before it, or ends that part (a work's name, then the chapter's h1)."""
    if not title:
        return title
    first = next((el for el in root.iter() if local_name(el) == "h1"), None)
    heading = clean_text(inline_text(first)) if first is not None else ""
    for separator in (" – ", " — ", " | ", " - ", " · "):
        head = title.split(separator)[0].strip()
        if separator in title and heading and head.casefold() == heading.casefold():
            return head
        # a serial's chapter page: "Glasswater - Chapter 3: The Weir Keeper | Royal Road"
        work = title.rsplit(separator, 1)[0].strip()
        if separator in title and heading and work.casefold().endswith(f" {heading.casefold()}"):
            return work
    return title


def _in_chapter(element: _Element) -> bool:
    """Is the element the heading group of a section marked as a chapter?"""
    parent = element.getparent()
    return parent is not None and bool(semantic_types(parent) & {"chapter", "doc-chapter"})


_CHAPTER_CLASS = re.compile(r"(?:^|\s)chapter(?:\s|$)", re.IGNORECASE)


def _heads_chapter(element: _Element, name: str) -> bool:
    """An h3–h6 at the head of a `div.chapter` that has no h1 or h2 (or of a part's div
    holding such chapters), as Project Gutenberg Australia sets a chapter's number and
    title (`<h3>CHAPTER I</h3><h4>THE CROSSING</h4>`): the chapter's heading, not a
    paragraph of the chapter before."""
    parent = element.getparent()
    if name not in ("h3", "h4", "h5", "h6") or parent is None or local_name(parent) != "div":
        return False
    if not _CHAPTER_CLASS.search(parent.get("class") or "") and not any(
        local_name(child) == "div" and _CHAPTER_CLASS.search(child.get("class") or "")
        for child in parent
    ):
        return False
    if any(local_name(inner) in ("h1", "h2") for inner in parent.iterdescendants()):
        return False
    return all(
        local_name(before) in ("h3", "h4", "h5", "h6")
        or not_spoken(before)  # a page number over the heading
        or not "".join(before.itertext()).strip()
        for before in element.itersiblings(preceding=True)
    )


_MINOR_HEADINGS = ("h3", "h4", "h5", "h6")


def _pictured(heading: _Element) -> str:
    """A heading set as a picture, with no words of its own (`<h2><img alt="PREFACE."
    src="i_010.jpg"></h2>`, illustrated Gutenberg editions' engraved headings): the
    picture's `alt` is its text. "" for a heading with words, or pictures without."""
    parts: list[str] = []
    _collect(heading, parts, lambda child, _: not_spoken(child))
    if clean_text("".join(parts)):
        return ""
    alts = [
        clean_text(e.get("alt") or "")
        for e in heading.iterdescendants()
        if local_name(e) == "img" and not not_spoken(e)
    ]
    said = " ".join(alt for alt in alts if alt)
    if _ORNAMENT_PICTURE.search(said) or _PICTURE_WORDS.match(said):
        return ""  # "decoration", "[Illustration]", "cover.jpg": a picture, no heading
    return said


_PICTURE_WORDS = re.compile(
    r"^\W*(?:illustration|picture|decoration|decorative|cover|frontispiece|logo|banner"
    r"|headpiece|tailpiece|vignette|\S+\.(?:jpe?g|png|gif|svg|webp))\W*$",
    re.IGNORECASE,
)


MAX_LINK_LIST_OUTSIDE = 0
_CONTENTS_CLASS = re.compile(r"(?:^|\s)(?:toc|contents)(?:\s|$)", re.IGNORECASE)


def _link_list(element: _Element, ids: set[str]) -> bool:
    """A paragraph or list whose words are all links to the book's own anchors (three or
    more): a contents list with no heading over it (Ebookmaker's `<p class="toc">`:
    "PREFACE.", "List of Illustrations.", "Chapter: I., II., III., …"), never read: most
    links find their anchor in the book, or the block's class says "toc". A line with
    words of its own between the links ("See also …") is the text's."""
    targets = [a.get("href") or "" for a in element.iter() if local_name(a) == "a"]
    targets = [href for href in targets if href]
    if len(targets) < 3 or not all(href.startswith("#") for href in targets):
        return False
    found = sum(href[1:] in ids for href in targets)
    if found * 2 < len(targets) and not _CONTENTS_CLASS.search(element.get("class") or ""):
        return False  # links that lead nowhere in the book: not its contents
    if any(local_name(e) in ("p", "h1", "h2", "h3", "h4", "h5", "h6", "table")
           for e in element.iterdescendants()):  # fmt: skip
        return False  # a block of paragraphs, not a list
    outside: list[str] = []
    _collect(element, outside, lambda child, _: local_name(child) == "a" or not_spoken(child))
    return len(re.findall(r"[^\W\d_]+", "".join(outside))) <= MAX_LINK_LIST_OUTSIDE
MAX_MINOR_CHAPTER = 300


def _number_over_title(element: _Element, name: str) -> bool:
    """An h3–h6 that holds only a chapter's number ("I", "XXVIII", "CHAPTER I") with the
    chapter's title in the next heading (`<h3>I</h3><h3>UNDER THE SOUTHERN PINES</h3>`,
    as older Project Gutenberg HTML sets its chapters under a half-title h2): a chapter
    heading in the making, for `minor_chapters` to judge by the book's outline."""
    from audiobook.text.readers.plaintext import parse_heading

    if name not in _MINOR_HEADINGS:
        return False
    numbered = parse_heading(clean_text(inline_text(element)))
    if numbered is None or numbered.has_title or numbered.family not in ("chapter", "bare"):
        return False
    if numbered.number > MAX_MINOR_CHAPTER:
        return False  # "MCMIX" over "Published March, 1909.": a title page's year
    after = element.getnext()
    while after is not None and (
        local_name(after) is None
        or not_spoken(after)
        or (local_name(after) in ("p", "div", "br") and not clean_text(inline_text(after)))
    ):  # an empty paragraph (`<p>&nbsp;</p>`), a comment, a page number between them
        after = after.getnext()
    if after is None or local_name(after) not in _MINOR_HEADINGS:
        return False
    title = clean_text(inline_text(after))
    return 0 < len(title.split()) <= MAX_SUBTITLE_WORDS and parse_heading(title) is None


def minor_chapters(
    blocks: list[Block], title: str | None
) -> tuple[list[Block], tuple[Omission, ...]]:
    """The chapters a book sets as h3 number-and-title pairs (`walk(book=True)`'s level-3
    headings): chapters, when no h1 or h2 stands between the first and the last of them
    but a part's ("PART II") and the h2 over them is not itself a numbered chapter (a
    textbook's "CHAPTER I" over its numbered sections "I." / "Simple Sentences" keeps
    them as lines of the chapter, as before). The h2 right over the first of them that
    repeats the book's title ("KATRINE" after the preface) is a half-title: left out, so
    the chapter is not named for the book. Returns the blocks and what was left out."""
    from audiobook.text.readers.plaintext import _PART_FAMILIES, parse_heading

    minor = [i for i, b in enumerate(blocks) if b.kind == "heading" and b.level == 3]
    if not minor:
        return blocks, ()
    tops = [i for i, b in enumerate(blocks) if b.kind == "heading" and b.level < 3]
    over = max((i for i in tops if i < minor[0]), default=None)

    def family(index: int) -> str | None:
        found = parse_heading(blocks[index].text)
        return found.family if found else None

    chapters = (
        len(minor) >= 2
        and all(family(i) in _PART_FAMILIES for i in tops if minor[0] < i < minor[-1])
        and (over is None or family(over) in (None, *_PART_FAMILIES))
    )
    half = None
    if chapters and over is not None and title and _same_words(blocks[over].text, title):
        between = blocks[over + 1 : minor[0]]
        if all(b.kind in ("break", "mark") or not b.text.strip() for b in between):
            half = over
    result: list[Block] = []
    for index, block in enumerate(blocks):
        if index == half:
            continue
        if block.kind == "heading" and block.level == 3:
            if chapters:
                result.append(replace(block, level=2, parts=()))
            else:  # lines of the chapter, as printed
                result.extend(Block("text", part) for part in block.parts or (block.text,))
        else:
            result.append(block)
    omitted = () if half is None else (
        Omission("half-title", "the book's title again over its first chapter",
                 blocks[half].text),
    )  # fmt: skip
    return result, omitted


def _same_words(text: str, title: str) -> bool:
    """The same words, whatever their case and stops ("KATRINE" and "Katrine")."""
    def words(value: str) -> list[str]:
        return re.findall(r"[^\W_]+", value.casefold())

    return bool(words(text)) and words(text) == words(title)


@dataclass
class _Page:
    """Where a web page keeps its text (`element`), whether it is a page saved from a site
    (`web`), and what the site's page around that text said: credits and what is left out."""

    element: _Element
    web: bool
    credits: dict[str, str] = field(default_factory=dict)
    omitted: tuple[Omission, ...] = ()
    heading: str | None = None  # the chapter's title, where only the site's page gives it


_SITE_TEXT = {"available-content", "chapter-content"}
"""The container a site with no `<main>` keeps its text in: Substack's post body
(`div.available-content`, its `div.body.markup` inside), Royal Road's chapter
(`div.chapter-content`, between its author's notes)."""
_AUTHOR_NOTE_BOX = {"author-note-portlet", "author-note"}
"""Royal Road's "A note from …" boxes above and below a chapter."""
_NOTE_CAPTION = re.compile(r"^A note from\b", re.IGNORECASE)


def _page_text(root: _Element) -> _Page:
    """Where a web page keeps its text, and whether it is a page saved from a site: its
    `<main>` (or role="main") when it marks one, so a book saved from a blog or a wiki
    is read without the site's header, menus and footer (and, inside it, without the
    site's comments, share buttons and the like: `_FURNITURE`); a site's own container
    (`_SITE_TEXT`) or a lone `<article>` (a Medium export) when it marks no `<main>`,
    read as a `<main>` is, with the page's title heading above it (`_site_page`); else
    the body, read whole, as a book's own HTML file is (its `<footer>` may be a
    letter's signature)."""
    body = body_of(root)
    for element in body.iter():
        if local_name(element) == "main" or element.get("role") == "main":
            return _story_info(root, element)
    found = [el for el in body.iter() if classes(el) & _SITE_TEXT]
    outer = [el for el in found if not any(c in found for c in el.iterancestors())]
    # one container, on a site's page: a book's own file may keep each chapter in one
    container = outer[0] if len(outer) == 1 and _on_site(root, body, outer[0]) else None
    if container is None:
        articles = [el for el in body.iter() if local_name(el) == "article"]
        container = articles[0] if len(articles) == 1 and _posted(articles[0]) else None
    return _site_page(body, container) if container is not None else _Page(body, False)


_STORY_INFO = re.compile(r"^story-info(?:-container)?$", re.IGNORECASE)
"""Wattpad's box over a chapter naming its story (`span.title`) and its writer
(`span.author`, "by luna_inkwell")."""
_FFN_TITLE = re.compile(r",\s+an?\s+[^,|]+?\s+(?:fanfic|crossover)\s*\|\s*FanFiction\s*$", re.I)
"""The tail of a FanFiction.net page's `<title>`: ", an elder scroll fanfic | FanFiction"."""


def _story_info(root: _Element, main: _Element) -> _Page:
    """A site's page read from its `<main>`, with the story's title and writer taken from
    the site's own box for them, which is not read: Wattpad's `.story-info` inside the
    `<main>` (its title and "by" line, which read as "…Mateby luna_inkwell"), or
    FanFiction.net's `#profile_top` above it (the story's title in bold, the writer's
    `/u/` link), whose `<title>` also names the chapter ("Ashes Chapter 12: The Storm,
    an elder scroll fanfic | FanFiction"): that is the chapter's heading."""
    credits: dict[str, str] = {}
    printed: list[str] = []
    for box in main.iter():
        if not any(_STORY_INFO.match(name) for name in classes(box)):
            continue
        title = next((el for el in box.iter() if _has_class(el, "title")), None)
        author = next((el for el in box.iter() if _has_class(el, "author")), None)
        if title is None or author is None:
            continue
        credits["title"] = " ".join(clean_text(inline_text(title)).split())
        if who := _by(clean_text(inline_text(author))):
            credits["author"] = who
        printed.append(" ".join(clean_text(" ".join(box.itertext())).split()))
        take_out(box)
        break
    heading = None
    profile = next((el for el in body_of(root).iter() if el.get("id") == "profile_top"), None)
    page_title = document_title(root) or ""
    if profile is not None and not credits and _FFN_TITLE.search(page_title):
        bold = next((el for el in profile if local_name(el) == "b"), None)
        user = next(
            (el for el in profile.iter()
             if local_name(el) == "a" and (el.get("href") or "").startswith("/u/")),
            None,
        )  # fmt: skip
        if bold is not None and (story := clean_text(inline_text(bold))):
            credits["title"] = story
            rest = _FFN_TITLE.sub("", page_title).strip()
            if rest.casefold().startswith(story.casefold()):
                heading = rest[len(story) :].strip(" -:,") or None
        if user is not None and (who := clean_text(inline_text(user))):
            credits["author"] = who
    omitted = _printed_left_out([Block("text", line) for line in printed])
    return _Page(main, True, credits, omitted, heading)


_SITE_PARTS = (
    ("menus", re.compile(r"^(?:nav|navbar|navigation|main-menu|nav-buttons)$", re.I)),
    ("comments", re.compile(r"^(?:comments?|comment-\S+|\S+-comments?)$", re.I)),
    ("footer", re.compile(r"footer", re.I)),
    ("site", re.compile(r"^(?:fic-header|author-note-portlet|subscription-widget\S*"
                        r"|subscribe-\S+|post-ufi-button)$", re.I)),
)
"""The parts of a site's page outside its text, by class or id: menus, comments, a
footer, and Royal Road's and Substack's own (the work's header, the author's note
boxes, the subscribe boxes and buttons)."""
_SITE_TITLE = re.compile(r"\|\s*Royal Road\s*$", re.IGNORECASE)


def _on_site(root: _Element, body: _Element, container: _Element) -> bool:
    """Is the page around this site container (`_SITE_TEXT`) a site's: its `<title>`
    names Royal Road ("Glasswater - Chapter 3 | Royal Road"), or it has two kinds of
    site parts (`_SITE_PARTS`), one of them more than a book's own file has (comments,
    the site's own boxes: a book may have a contents `<nav>` and a `<footer>`)? Only
    then is the rest of the page left out as the site's."""
    if _SITE_TITLE.search(document_title(root) or ""):
        return True
    inside = {container, *container.iterdescendants()}
    kinds = set()
    for element in body.iter():
        if element in inside or local_name(element) is None:
            continue
        marks = classes(element) | {element.get("id") or ""}
        if local_name(element) == "nav" or element.get("role") == "navigation":
            kinds.add("menus")
        if local_name(element) == "footer":
            kinds.add("footer")
        kinds.update(kind for kind, part in _SITE_PARTS for mark in marks if part.search(mark))
    return len(kinds) >= 2 and bool(kinds - {"menus", "footer"})


def _posted(article: _Element) -> bool:
    """Is this lone `<article>` a post on a site: marked as one (`h-entry`, as Medium's
    export and many blogs mark it), or holding Medium's exported body (`data-field=
    "body"`, `.e-content`)? A book's own HTML file may wrap its text in an `<article>`
    with its title page, a contents `<nav>` and an afterword in a `<footer>` around it."""
    return _has_class(article, "h-entry") or any(
        el.get("data-field") == "body" or _has_class(el, "e-content") for el in article.iter()
    )


def _site_page(body: _Element, container: _Element) -> _Page:
    """A saved page cut down to its text: `container`, and the page's last h1 above it
    (a post's or a chapter's title: the chapter's heading) with a `.subtitle` beside it
    (Substack's line under the title, read under it). The title's other headings are
    the work's title and its "by" line (Royal Road's), for the credits; the rest of the
    page (menus, buttons, subscribe boxes, comments, footers) is taken out and listed,
    the author's "A note from …" boxes as author's notes."""
    heading = None
    if not any(local_name(el) == "h1" for el in container.iter()):
        for element in body.iter():
            if element is container:
                break
            if local_name(element) == "h1" and clean_text(inline_text(element)):
                heading = element
    keep = {container} if heading is None else {container, heading}
    credits: dict[str, str] = {}
    printed: list[_Element] = []
    if heading is not None:
        for other in [*heading.itersiblings(preceding=True), *heading.itersiblings()]:
            text = clean_text(inline_text(other))
            if not text:
                continue
            if _has_class(other, "subtitle"):
                keep.add(other)
            elif local_name(other) in ("h2", "h3", "h4", "h5", "h6") and (who := _by(text)):
                credits.setdefault("author", who)
                printed.append(other)
            elif local_name(other) == "h2" and "title" not in credits:
                credits["title"] = text  # the work's, over its chapter's h1
                printed.append(other)
    holding = {ancestor for element in keep for ancestor in element.iterancestors()}
    notes: list[str] = []
    site: list[str] = []

    def prune(node: _Element) -> None:
        for child in list(node):
            if child in keep or child in printed:
                continue
            if child in holding:
                prune(child)
                continue
            lines = [] if local_name(child) in _SKIPPED else _lines(child)
            if classes(child) & _AUTHOR_NOTE_BOX or any(
                classes(el) & _AUTHOR_NOTE_BOX for el in child.iterdescendants()
            ):
                notes.append("\n".join(x for x in lines if not _NOTE_CAPTION.match(x)))
            else:
                site.extend(lines)
            if (child.tail or "").strip():
                site.append(clean_text(child.tail or ""))
            node.remove(child)  # its tail too: the site's text, between its blocks

    prune(body)
    for element in printed:
        take_out(element)
    omitted = _printed_left_out([Block("text", clean_text(inline_text(el))) for el in printed])
    if notes := [note for note in notes if note]:
        omitted += (Omission(f"{len(notes)} author's note{'s' if len(notes) != 1 else ''}",
                             "the author's notes to readers, not the story",
                             "\n".join(notes)),)  # fmt: skip
    if site:
        omitted += (Omission(f"the site's page around the text ({len(site)} lines)",
                             "the site's menus, buttons and comments, not the text",
                             "\n".join(site)),)  # fmt: skip
    return _Page(body, True, credits, omitted)


_USER_NAME = re.compile(r"^by:?\s+(?P<who>[\w.-]{2,40})$", re.IGNORECASE)
"""A site's "by" line naming its user: "by quillfeather", "by ghost_writer99"."""


def _by(text: str) -> str | None:
    """The author a site's "by" line beside the chapter's title names: a byline's names,
    or the one user name a site shows in their place ("by quillfeather"), which no
    byline of prose would be."""
    user = _USER_NAME.match(text.strip())
    return byline(text) or (user["who"] if user else None)


_SECTION_NUMBER = re.compile(r"\d{1,3}(?:\.\d{1,3})*")


def pandoc_section_numbers(root: _Element) -> None:
    """End each number Pandoc's `--number-sections` sets before a heading's title (`<span
    class="header-section-number">1.1</span> A note…`) with a full stop, so "1.1. A
    note…" is said with a pause after the number, not run into the title."""
    for span in root.iter():
        if not _has_class(span, "header-section-number"):
            continue
        number = (span.text or "").strip()
        if len(span) == 0 and _SECTION_NUMBER.fullmatch(number):
            span.text = f"{number}."


_PAGES_HEADING = re.compile(r"^paragraph-style-(?:Heading|Heading-1|Chapter)$")
"""Apple Pages' class for a paragraph set in its "Heading" style (its only headings)."""
_PAGES_SUBHEADING = re.compile(r"^paragraph-style-Heading-(?P<level>[2-5])$")
"""Apple Pages' class for a paragraph in its "Heading 2" (3, 4, 5) style: a heading a
level (or more) below its "Heading" one."""
_BOLD = re.compile(r"(?:^|;)\s*font-weight\s*:\s*(?:bold(?:er)?|[6-9]00)\b", re.IGNORECASE)
_FONT_SIZE = re.compile(r"(?:^|;)\s*font-size\s*:\s*(\d+(?:\.\d+)?)(pt|px)\b", re.IGNORECASE)
MIN_HEADING_POINTS = 14.0
"""Type size (points) a bold paragraph is set in, at least, to look like a heading."""


def _class_styles(root: _Element) -> dict[str, str]:
    """The declarations each class's one-class rules (`.c8`, `p.c8`) in the page's
    `<style>` give it, in the cascade's order."""
    css = " ".join("".join(el.itertext()) for el in root.iter() if local_name(el) == "style")
    css = _CSS_AT_BLOCK.sub("", _CSS_COMMENT.sub("", css))
    styles: dict[str, str] = {}
    for selectors, declarations in _CSS_RULE.findall(css):
        for selector in (" ".join(x.split()) for x in selectors.split(",")):
            if found := _CSS_CLASS.match(selector):
                styles[found[1]] = styles.get(found[1], "") + ";" + declarations
    return styles


def _looks_like_heading(element: _Element, styles: dict[str, str]) -> bool:
    """Is every word of the paragraph set bold and large (14pt or more), by its own
    class or style or its spans'? Google Docs sets a heading typed by hand so:
    `<p class="c4"><span class="c8">Chapter Three</span></p>`, `.c8{font-weight:700;
    font-size:16pt}`."""
    size = _bold_size(element, styles)
    return size is not None and size >= MIN_HEADING_POINTS


def _bold_size(element: _Element, styles: dict[str, str]) -> float | None:
    """The type size (points) of a paragraph every word of which is set bold in a
    size its class or style or its spans' give (the smallest, if they differ); None
    for one with a word not so set."""
    sizes: list[float] = []

    def look(el: _Element, inherited: str) -> str:
        own = ";".join(styles.get(c, "") for c in sorted(classes(el)))
        return f"{inherited};{own};{el.get('style') or ''}"

    def bold_size(style: str) -> bool:
        found = _FONT_SIZE.findall(style)
        if not found or not _BOLD.search(style):
            return False
        value, unit = found[-1]
        sizes.append(float(value) * (0.75 if unit.lower() == "px" else 1))
        return True

    def styled(el: _Element, inherited: str) -> bool:
        style = look(el, inherited)
        if (el.text or "").strip() and not bold_size(style):
            return False
        for child in el:
            if local_name(child) is None:
                continue
            if not styled(child, style) or ((child.tail or "").strip() and not bold_size(style)):
                return False
        return True

    return min(sizes) if styled(element, "") and sizes else None


MIN_SUBHEADING_POINTS = 13.0
"""Type size (points) a bold paragraph is set in, at least, to look like a sub-heading
(Google Docs' body text is 11pt, its "Heading 3" 14pt)."""


def _styled_headings(root: _Element) -> None:
    """Headings made as styled paragraphs become headings: Apple Pages' paragraphs in
    its "Heading" style (`<p class="paragraph-style-Heading">January</p>`: Pages writes
    no other heading) and, a level below, in its "Heading 2" style (an `h3`: "The Bath"),
    and a bold, large paragraph (`_looks_like_heading`) that names a
    chapter as the page's own headings do ("Chapter Three" where "Chapter One" is an
    `<h1>`: a Google Docs writer who typed the style by hand), which takes their level.
    A short bold line ("Ten Years Later") among them, or one in a page with no headings,
    stays a paragraph: only the numbering shows it is a chapter's. A short bold line
    set smaller than those chapter headings, yet 13pt or more (a Google Docs writer's
    14pt "The Ice Road" among 16pt chapter titles), is a sub-heading (an `h3`): a line
    of the chapter, or the title of the numbered chapter heading right over it."""
    from audiobook.text.readers.plaintext import parse_heading

    paragraphs = [el for el in root.iter() if local_name(el) == "p"]
    for element in paragraphs:
        level = next((int(m["level"]) for c in classes(element)
                      if (m := _PAGES_SUBHEADING.match(c))), 1)  # fmt: skip
        if level > 1 or any(_PAGES_HEADING.match(c) for c in classes(element)):
            text = clean_text(inline_text(element))
            if text and len(text.split()) <= MAX_SUBTITLE_WORDS:
                element.tag = f"h{level + 1}"  # "Heading" an h2, "Heading 2" an h3
    families: dict[str, str] = {}  # a numbering family ("chapter") → its headings' tag
    for element in root.iter():
        name = local_name(element)
        if name in ("h1", "h2") and (found := parse_heading(clean_text(inline_text(element)))):
            families.setdefault(found.family, name)
    if not families:
        return
    document = root.getroottree().getroot()
    styles = _class_styles(document)
    chapter_sizes: list[float] = []  # the sizes the chapter headings typed by hand are set in
    for element in paragraphs:
        if local_name(element) != "p":
            continue
        found = parse_heading(clean_text(inline_text(element)))
        if found is not None and found.family in families and _looks_like_heading(
            element, styles
        ):
            element.tag = families[found.family]
            chapter_sizes.append(_bold_size(element, styles) or MIN_HEADING_POINTS)
    below = min(chapter_sizes, default=16.0)  # Google Docs' "Heading 2" is 16pt
    for element in paragraphs:
        if local_name(element) != "p":
            continue
        text = clean_text(inline_text(element))
        size = _bold_size(element, styles)
        if (
            size is not None
            and MIN_SUBHEADING_POINTS <= size < below
            and 0 < len(text.split()) <= MAX_SUBTITLE_WORDS
            and not text.endswith((".", ",", ";", ":"))
        ):
            element.tag = "h3"


_CSS_COMMENT = re.compile(r"/\*.*?\*/", re.DOTALL)
_CSS_AT_BLOCK = re.compile(r"@[^{};]*\{(?:[^{}]*\{[^{}]*\})*[^{}]*\}")
_CSS_RULE = re.compile(r"([^{}@;]+)\{([^{}]*)\}")
_CSS_CLASS = re.compile(r"^(?:[a-z][a-z0-9]*)?\.(-?[_a-zA-Z][\w-]*)$")
_CSS_CLASSES = re.compile(r"\.(-?[_a-zA-Z][\w-]*)")
_HIDING = re.compile(
    r"(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden|speak\s*:\s*(?:never|none))"
    r"\s*(?:!\s*important\s*)?(?:;|$)",
    re.IGNORECASE,
)
"""A declaration that keeps an element from being shown or spoken."""
_SHOWING = re.compile(
    r"(?:^|;)\s*(?:display\s*:\s*(?!none\b)[a-z-]+|visibility\s*:\s*visible)\b", re.IGNORECASE
)
"""A declaration that shows an element again."""


def _hidden_by_style(root: _Element) -> tuple[Omission, ...]:
    """Take out of the page what its own style hides, and list it: elements of a class
    that a `<style>` rule hides (`display: none`, `visibility: hidden`, `speak: never`;
    Royal Road hides its anti-theft sentence so) and those hidden in their own `style`
    attribute. Only a rule for one class (`.x`, `p.x`) outside an `@media` block counts:
    a descendant selector or a print style hides nothing a reader sees. The cascade's
    order holds (a later `.x { display: block }` shows what `.x` hid), and a class that
    some other rule shows (`.reveal p.x`, `p.x:target`, `p.x` under `.x`) is read: the
    reader can bring it into view."""
    css = " ".join(
        "".join(el.itertext()) for el in root.iter() if local_name(el) == "style"
    )
    css = _CSS_AT_BLOCK.sub("", _CSS_COMMENT.sub("", css))
    last: dict[tuple[str, str], bool] = {}  # (selector, its class): does its last rule hide?
    shown: set[str] = set()  # the classes some rule shows
    for selectors, declarations in _CSS_RULE.findall(css):
        hides = bool(_HIDING.search(declarations.strip()))
        shows = not hides and bool(_SHOWING.search(declarations))
        for selector in (" ".join(x.split()) for x in selectors.split(",")):
            if (found := _CSS_CLASS.match(selector)) and (hides or shows):
                last[(selector, found[1])] = hides
            elif shows:  # the classes of the element it selects: its last compound's
                shown.update(_CSS_CLASSES.findall(re.split(r"[\s>+~]+", selector)[-1]))
    shown.update(name for (_, name), hides in last.items() if not hides)
    hiding = {name for (_, name), hides in last.items() if hides} - shown
    hidden: list[_Element] = []
    for element in body_of(root).iter():
        if local_name(element) is None or any(h in element.iterancestors() for h in hidden):
            continue
        if (
            classes(element) & hiding
            or _HIDING.search((element.get("style") or "").strip())
            or _royal_road_mark(element)
        ):
            hidden.append(element)
    texts = [text for element in hidden if (text := _said(element))]
    for element in hidden:
        take_out(element)
    if not texts:
        return ()
    return (Omission(f"{len(texts)} hidden passage{'s' if len(texts) != 1 else ''}",
                     "hidden by the page's own style: not shown, not read",
                     "\n".join(texts)),)  # fmt: skip


def _royal_road_mark(element: _Element) -> bool:
    """Royal Road's anti-theft sentence ("this narrative has been taken without
    permission"), a `<p>` whose one class is the site's random mark: Base64 of "r" and
    some 32 hex digits. The site hides that class with a `<style>` rule of its own, which a
    saved copy can lose or mangle; no author's paragraph carries such a class."""
    names = (element.get("class") or "").split()
    if local_name(element) != "p" or len(names) != 1 or not 36 <= len(names[0]) <= 56:
        return False
    try:
        decoded = base64.b64decode(names[0] + "=" * (-len(names[0]) % 4), validate=True)
    except (binascii.Error, ValueError):
        return False
    return bool(re.fullmatch(rb"r[0-9a-f]{26,40}", decoded))


def without_web_authors_notes(blocks: list[Block]) -> tuple[list[Block], tuple[Omission, ...]]:
    """Web fiction's blocks without its author's notes to readers (`webfiction.edge_notes`:
    "A/N:", "Review replies:" and the replies, "Please review!") where a chapter opens
    (after its heading, and a title line under it) or closes (before the next heading),
    scene breaks and notes aside; they are listed as left out. Only for a known web
    source (a saved page, AO3, FanFicFare): inside a chapter, or in a published novel,
    such a paragraph is the story's."""
    starts = [0, *(i + 1 for i, b in enumerate(blocks) if b.kind == "heading")]
    ends = [*(i for i, b in enumerate(blocks) if b.kind == "heading"), len(blocks)]
    found: dict[int, str | None] = {}
    for start, end in zip(starts, ends, strict=True):
        chapter = [b.text if b.kind == "text" else None for b in blocks[start:end]]
        found.update((start + i, kept) for i, kept in edge_notes(chapter).items())
    if not found:
        return blocks, ()
    notes = [_note_part(blocks[i].text, found[i]) for i in sorted(found)]
    kept = [
        b if i not in found else replace(b, text=found[i] or "")
        for i, b in enumerate(blocks)
        if i not in found or found[i]
    ]
    return kept, (Omission(f"{len(notes)} author's note{'s' if len(notes) != 1 else ''}",
                           "the author's notes to readers, not the story",
                           "\n".join(notes)),)  # fmt: skip


def _note_part(text: str, kept: str | None) -> str:
    """The note's own words: the paragraph, or its first line when the rest is kept."""
    return text if kept is None else text.split(LINE_BREAK, 1)[0]


def body_of(root: _Element) -> _Element:
    for element in root.iter():
        if local_name(element) == "body":
            return element
    return root


def _other_title(heading: str, page_title: str | None) -> bool:
    """Does the page's lone h1 name it otherwise than its `<title>`, which names the book
    (a court opinion's "Brown v. Board of Education of Topeka" under the `<title>` "Brown
    v. Board of Education, 347 U.S. 483 (1954)")? Then the h1 is said as its first
    chapter's heading: its words are the page's own, said nowhere else. When either
    holds all the other's words ("A SCHOOL GRAMMAR" under "A Grammar"), it is the
    book's title set larger, not another name."""
    if not page_title:
        return False
    a, b = (set(re.findall(r"\w+", t.casefold())) for t in (heading, page_title))
    return bool(a and b) and not (a <= b or b <= a)


def document_title(root: _Element) -> str | None:
    """The text of `<title>` in the head, if any."""
    for element in root.iter():
        name = local_name(element)
        if name == "body":
            break
        if name == "title":
            return clean_text(inline_text(element)) or None
    return None


def language_of(root: _Element) -> str | None:
    from audiobook.config import language_code

    lang = root.get("lang") or root.get("{http://www.w3.org/XML/1998/namespace}lang")
    return (language_code(lang.strip()) or None) if lang else None  # "eng" as "en"


def _meta(root: _Element, *names: str) -> str | None:
    for element in root.iter():
        if local_name(element) == "meta" and (element.get("name") or "").lower() in names:
            content = clean_text(element.get("content") or "")
            if content:
                return content
    return None


def inline_text(element: _Element) -> str:
    """All speakable text inside `element`: `<br>` is a space, entities become their
    characters, scripts, notes references and page numbers are left out."""
    parts: list[str] = []
    _collect(element, parts, lambda child, name: not_spoken(child))
    return "".join(parts)


def _collect(
    element: _Element,
    parts: list[str],
    left_out: Callable[[_Element, str], bool],
    spaced_blocks: bool = False,
    line_break: str = " ",
) -> None:
    """The text walk behind `inline_text`, note bodies and code blocks: `<br>` is
    `line_break`, entities become characters, `_SKIPPED` elements and those
    `left_out` says are dropped; with `spaced_blocks`, a block element ends with a
    space."""
    parts.append(element.text or "")
    for child in element:
        name = local_name(child)
        if name is None:
            parts.append(_entity_text(child))
        elif name == "br":
            parts.append(line_break)
        elif name not in _SKIPPED and not left_out(child, name):
            _collect(child, parts, left_out, spaced_blocks, line_break)
            if spaced_blocks and name in _BLOCKS:
                parts.append(" ")
        parts.append(child.tail or "")


def _entity_text(node: object) -> str:
    """An unexpanded entity reference: an HTML named character, or nothing."""
    name = getattr(node, "name", None)
    if not isinstance(name, str):
        return ""
    if name in html_std.entities.name2codepoint:
        return chr(html_std.entities.name2codepoint[name])
    return html_std.entities.html5.get(name + ";", "")


def walk(
    root: _Element,
    marks: frozenset[str] = frozenset(),
    notes: NoteContext | None = None,
    *,
    web: bool = False,
    book: bool = False,
) -> list[Block]:
    """The blocks of a document body in order.

    p, div, li, blockquote and h3–h6 (any block element) become paragraphs; `<br>` is the
    author's line break (`models.LINE_BREAK`); `<hr>` and empty elements classed as scene
    breaks become breaks; ids listed in `marks` produce a `mark` block where that element
    begins (EPUB tables of contents point at them). `book`: a whole HTML book, where an
    h3–h6 that holds only a chapter's number, with its title in the heading after it, is
    a `heading` of level 3 (its `parts` the two lines), for `minor_chapters` to judge,
    and a title page or copyright page marked by its class is left out (`_printed_page`).
    """
    _ruby_readings(root)
    _styled_headings(root)
    walker = _Walker(marks, notes if notes is not None else NoteContext(), web=web)
    walker.book = book
    paragraphs = "\n".join(
        "".join(e.itertext()).strip()
        for e in root.iter()
        if isinstance(e.tag, str) and e.tag.rpartition("}")[2] == "p"
    )
    walker.play = is_play(paragraphs)  # a printed play's "[Laughs]", "(beat)": read
    walker.cues = reads_cues(paragraphs, play=walker.play)  # a transcript's "(laughs)": read
    if book:
        walker.ids = {
            ident for e in root.iter() for ident in (e.get("id"), e.get("name")) if ident
        }
    walker.pulled = _pull_quotes(root)
    walker.labels = _block_classes(root)
    walker.struck = _block_classes(root, _LINE_THROUGH)
    walker.visit(root)
    walker.flush()
    return walker.blocks


_TEX_DELIMITED = re.compile(r"\\\((?P<inline>.*)\\\)|\\\[(?P<display>.*)\\\]", re.DOTALL)
"""The TeX inside a Pandoc/MathJax math span: `\\(…\\)` inline, `\\[…\\]` displayed."""
_BARE_INLINE_TEX = re.compile(r"\\\((?=\S)([^()\n]{0,200}?(?:\([^()\n]*\)[^()\n]*?)*)\\\)")
"""Inline TeX between `\\(` and `\\)` in a page's text (MathJax's and KaTeX's auto-render)."""
_EQUATION_NUMBER = re.compile(r"\\(?:qquad|quad)\s*\([\w.]+\)\s*$|\\tag\*?\{[^{}]*\}")
"""A display equation's number (`\\qquad(3.2)`, `\\tag{3.2}`): print's label, not said."""


class _Walker:
    def __init__(self, marks: frozenset[str], notes: NoteContext, *, web: bool = False) -> None:
        self.marks = marks
        self.notes = notes
        self.web = web  # a page saved from a site: its menus and footers are not the book
        self.blocks: list[Block] = []
        self.buffer: list[str] = []
        self.stanza = 0  # inside a stanza: its lines are one paragraph
        self.pulled: set[_Element] = set()  # pull quotes that repeat the text: not read
        self.number: str | None = None  # an `<ol>` item's number, for its first paragraph
        self.code = False  # a QR code's picture since the last paragraph
        self.cited = ""  # note references of a heading, for the paragraph under it
        self.minor = False  # an h3–h6 chapter number over its title: a heading (level 3)
        self.play = False  # a play (`is_play`): its cues are stage directions, read
        self.cues = False  # a book not prepared for narration (`reads_cues`): cues read
        self.colon = ""  # the last paragraph read, unless a colon introduced it
        self.book = False  # a whole HTML book (`read_html`): its DP classes and h3 chapters
        self.ids: set[str] = set()  # the book's anchors, for links to its own chapters
        self.labels: set[str] = set()  # classes the page's style sets on a line of their own
        self.struck: set[str] = set()  # classes the page's style strikes through

    def flush(self) -> None:
        text, drafts = without_draft_notes(
            clean_text("".join(self.buffer)), play=self.play, cues=self.cues
        )
        if introduced(text, drafts, self.colon):  # "…on his hand:" / "This is Audible."
            text, drafts = clean_text("".join(self.buffer)), []
        elif text:
            self.colon = text
        if "\\(" in text:  # MathJax's inline TeX typed in the text, with no span round it
            text = _BARE_INLINE_TEX.sub(self._bare_tex, text)
        text = TYPED_BULLET.sub(r"\1", text)  # "• Dig out…": as every reader
        self.buffer.clear()
        for note in drafts:  # "[TK: …]", "[SFX: …]": the rule of every reader
            self._left_out(draft_note_noun(note)[0], [note])
        if text and (kind := figure_text_kind(text, beside_code=self.code)):
            self.notes.furniture.setdefault(kind, []).append(text)  # "Scan to download: …"
        elif self.web and SUBSTACK_WORDS.fullmatch(text):  # "This post is public so …"
            self.notes.furniture.setdefault("web page element", []).append(text)
        elif text:
            text = f"{self.number} {text}" if self.number else text
            self.blocks.append(Block("text", self.cited + text))
            self.number, self.code, self.cited = None, False, ""

    def mark(self, element: _Element) -> None:
        for ident in (element.get("id"), element.get("name")):
            if ident and ident in self.marks:
                self.flush()
                self.blocks.append(Block("mark", ident))

    def visit(self, element: _Element) -> None:
        name = local_name(element)
        if name is None or name in _SKIPPED:
            return
        types = semantic_types(element)
        if (comment := _docs_comment(element, name)) is not None:
            if comment:  # the comment's text, at the document's end: listed, never read
                self.flush()
                self.notes.furniture.setdefault("editor's comment", []).append(comment)
            return  # its mark in the text ("[a]"): not said
        if self._note_markup(element, name, types):
            return
        if not_spoken(element):
            self.mark(element)  # a note's back-link may point at a page number
            if kind := _furniture_kind(element):
                text = clean_text(" ".join(element.itertext()))
                self.notes.furniture.setdefault(kind, []).append(text)
            return
        if self.book and name in ("p", "ul", "ol", "div") and _link_list(element, self.ids):
            self.flush()  # a contents list with no heading (Ebookmaker's `<p class="toc">`);
            # under a heading ("CONTENTS") it is that section's, left out with it
            if not self.blocks or self.blocks[-1].kind != "heading":
                self.notes.furniture.setdefault("contents list", []).append(
                    clean_text(" ".join(element.itertext()))
                )
                return
        if self.book and (kind := _printed_page(element, name)):
            self.flush()  # under a heading of its own ("Copyright") it is that section's
            if not self.blocks or self.blocks[-1].kind != "heading" or self.blocks[-1].level == 1:
                self.notes.furniture.setdefault(kind, []).append(
                    "\n".join(line for line in _lines(element) if line)
                )
                return
        if name == "nav" and (
            semantic_types(element) & {"toc", "doc-toc", "landmarks", "page-list", "doc-pagelist"}
            or (element.get("id") or "").lower() == "toc"
        ):  # a contents list (Pandoc's <nav id="TOC" role="doc-toc">): the headings are read
            self.notes.furniture.setdefault("contents list", []).append(
                clean_text(" ".join(element.itertext()))
            )
            return
        if self.web and (name in ("nav", "footer") or _FURNITURE.search(
            f"{element.get('class') or ''} {element.get('id') or ''}"
        )):  # fmt: skip
            self.notes.furniture.setdefault("web page element", []).append(
                clean_text(" ".join(element.itertext()))
            )
            return
        if name in ("p", "div") and _back_to_contents(element):
            self.flush()  # "Back to Table of Contents": the page's navigation, not read
            self.notes.furniture.setdefault("navigation link", []).append(
                clean_text(inline_text(element))
            )
            return
        if name == "img" and re.fullmatch(r"[A-Za-z]", element.get("alt") or ""):
            self.buffer.append(element.get("alt") or "")  # a drop capital set as a picture
            return
        if name == "img" and _QR_PICTURE.search(f"{element.get('alt')} {element.get('src')}"):
            self.code = True
        elif name == "img" and self._picture(element):
            return
        if element in self.pulled:
            self.notes.furniture.setdefault("pull quote", []).append(
                " ".join(clean_text(inline_text(element)).split())
            )
            return
        self.mark(element)
        if name in ("h1", "h2") or _heads_chapter(element, name):
            self.flush()
            for inner in element.iterdescendants():
                self.mark(inner)
            cited = self._heading_references(element)
            parts: list[str] = []  # a <br> kept: "Chapter One<br/>The Harbour" (clean_title)
            _collect(element, parts, lambda child, _: not_spoken(child) or child in cited,
                     line_break=LINE_BREAK)  # fmt: skip
            text = clean_text("".join(parts)) or _pictured(element)
            if text:
                self.blocks.append(Block("heading", text, level=min(int(name[1]), 2)))
            return
        if name == "hgroup" and self._heading_group(element):
            return
        if self.book and _number_over_title(element, name):
            self.flush()
            self.blocks.append(Block("heading", clean_text(inline_text(element)), level=3))
            return
        if self._subtitle(element, name, types):
            return
        if name == "hr":
            self.flush()
            self.blocks.append(Block("break"))
            return
        if name == "br":  # the author's line break: a pause, as at a verse line's end
            self.buffer.append(LINE_BREAK)
            return
        if self._tex_math(element, name):
            return
        if self._technical(element, name):
            return
        if name in _MINOR_HEADINGS and (pictured := _pictured(element)):
            self.flush()  # an h3 set as an engraved picture: its words, in `alt`
            self.blocks.append(Block("text", pictured))
            return
        is_block = name in _BLOCKS
        stanza = is_block and bool(_STANZA_CLASS.search(element.get("class") or ""))
        line = is_block and self.stanza and not stanza  # a line of a stanza, not a paragraph
        if line:
            self.buffer.append(LINE_BREAK)
        elif is_block:
            self.flush()
        self.stanza += stanza
        count = len(self.blocks)
        if name == "li":
            self.number = _item_number(element)
        struck = not is_block and self._struck(element, name)
        if struck:
            self.buffer.append(STRUCK_OPEN)
        self.buffer.append(element.text or "")
        for child in element:
            if local_name(child) is None:
                self.buffer.append(_entity_text(child))
            else:
                self.visit(child)
            self.buffer.append(child.tail or "")
        self.stanza -= stanza
        if struck:
            self.buffer.append(STRUCK_CLOSE)
        if not is_block and self._sender_label(element):
            self.buffer.append(": ")
        if line:
            self.buffer.append(LINE_BREAK)
        elif is_block:
            self.flush()
            self.number = None  # an item with no words: its number is not the next block's
            if len(self.blocks) == count and (
                _BREAK_CLASS.search(element.get("class") or "") or _ornament_only(element)
                or (self.book and self._spacer(element))
            ):
                self.blocks.append(Block("break"))

    def _struck(self, element: _Element, name: str) -> bool:
        """Text struck through on the page (`<del>`, `<s>`, `<strike>`, a span styled or
        classed `line-through`, as Google Docs exports it): read set apart and said to be
        crossed out (`struck`). Not inside another struck run, which says it already."""
        if name not in ("del", "s", "strike") and not (
            _LINE_THROUGH.search(element.get("style") or "") or classes(element) & self.struck
        ):
            return False
        return not any(
            local_name(a) in ("del", "s", "strike")
            or _LINE_THROUGH.search(a.get("style") or "") or classes(a) & self.struck
            for a in element.iterancestors()
        )

    def _sender_label(self, element: _Element) -> bool:
        """A message bubble's sender set in a span of its own before the message
        (`<span class="who">Síle</span>tell him WHAT`): the page shows it on its own line
        (its class names a sender, or the page's style or its own makes it a block), but
        its words run into the message's ("Síletell"). Such a label ends with a colon, a
        pause, as a name does before a line of a play: "Síle: tell him WHAT"."""
        if local_name(element) not in ("span", "b", "strong", "em", "i", "small"):
            return False
        names = classes(element)
        styled = names & self.labels or _BLOCK_DISPLAY.search((element.get("style") or "").strip())
        if not (styled or any(_SENDER_CLASS.search(n) for n in names)):
            return False
        label = clean_text(inline_text(element))
        if len(label) < 2 or len(label.split()) > 4 or not label[-1].isalnum():
            return False  # "T" of a drop capital; "Síle:" ends already
        after = element.tail or ""
        if not after and (following := element.getnext()) is not None:
            after = clean_text(inline_text(following)) or "x"  # a picture, an emoji's image
        if not after.strip():
            return False
        # a class alone ("name") marks a label only when glued: "Mr. Smith</span> said"
        return bool(styled) or not (after[0].isspace() or unicodedata.category(after[0])[0] == "P")

    def _picture(self, picture: _Element) -> bool:
        """A picture whose alt text carries the story's words (`story_alt`: a note, a
        sign): said where it stands, as a paragraph of its own (True). Any other picture
        with alt words is listed as left out, so `plan` accounts for it; an empty alt or
        an ornament's is decoration. An alt that only repeats its figure's caption
        (Project Gutenberg's illustrations quote the line they show) is not read."""
        alt = " ".join(clean_text(picture.get("alt") or "").split())
        if not alt or _ORNAMENT_PICTURE.search(alt) or picture.get("role") == "presentation":
            return False
        figure = next((a for a in picture.iterancestors()
                       if local_name(a) in ("figure", "div", "p", "td")), None)  # fmt: skip
        caption = _label_words(" ".join(figure.itertext())) if figure is not None else ""
        if caption and _label_words(alt) in caption:
            return False  # its caption says it, and is listed
        holder = figure if figure is not None else picture
        following = holder.getnext()
        after = " ".join(following.itertext()) if following is not None else ""
        after = (holder.tail or "") + after
        if story_alt(alt) and not alt_repeated(alt, after[:400]):  # the next words say it
            self.flush()
            self.blocks.append(Block("text", alt))
            return True
        if not _GENERIC_ALT.match(alt):
            self.notes.furniture.setdefault("picture", []).append(alt)
        return False

    def _heading_references(self, heading: _Element) -> set[_Element]:
        """A note cited by a chapter's heading (Standard Ebooks marks a diary's month so,
        "January 1659–60⁴⁷"): the title is said alone, without its mark, and the note is
        cited by the first paragraph under it, so it is read with that paragraph.
        Returns the marks, left out of the heading's text."""
        inside: set[_Element] = set()
        marks: set[_Element] = set()
        for el in heading.iterdescendants():
            name = local_name(el)
            if name is None or el in inside or el.getparent() in inside:
                inside.add(el)
                continue
            types = semantic_types(el)
            label = "".join(el.itertext()).strip("[]() \t\n")
            if not (types & _NOTEREF_TYPES or _HEADING_NOTE_LABEL.match(label)):
                continue  # "I" linked back to the contents is the heading's own number
            ref = self._reference(el, name, types)
            if ref is not None:
                self.cited += ref
                inside.add(el)
                marks.add(el)
        return marks

    def _spacer(self, element: _Element) -> bool:
        """A paragraph of a no-break space alone between two paragraphs of text (`<p
        class="calibre_7">&#160;</p>`, how Calibre's MOBI conversion keeps a scene
        break's blank line): a scene break. Only in Calibre's classes: Word's "Save as
        Web Page" sets its blank lines so (`<p class=MsoNormal>&nbsp;</p>`), where a
        writer may space every paragraph; spacers round headings and rules (older
        Project Gutenberg HTML's `<p>&nbsp;</p>`) are only space."""
        raw = inline_text(element)  # `&#160;`, or `&nbsp;` kept as an entity
        if local_name(element) != "p" or any(local_name(c) is not None for c in element):
            return False
        if not re.match(r"calibre\d*(?:_\d+)?$", element.get("class") or ""):
            return False
        if "\xa0" not in raw or raw.strip() or not self.blocks or self.blocks[-1].kind != "text":
            return False
        after = element.getnext()
        return (
            after is not None
            and local_name(after) == "p"
            and len(clean_text(inline_text(after)).split()) > MAX_SUBTITLE_WORDS
        )

    def _subtitle(self, element: _Element, name: str, types: set[str]) -> bool:
        """A chapter's title set under its numbered heading with nothing between: an h3
        under "CHAPTER I." (older Project Gutenberg HTML), or Standard Ebooks' title
        paragraph under "Chapter III" in the heading's <header>. It joins the heading,
        so it is said once, as the title, not read as the chapter's first paragraph."""
        if name not in ("h3", "h4", "h5", "h6") and not (name == "p" and types & {"title"}):
            return False
        self.flush()
        previous = self.blocks[-1] if self.blocks else None
        text = clean_text(inline_text(element))
        if previous is None or previous.kind != "heading" or not text:
            return False
        from audiobook.text.readers.plaintext import parse_heading

        numbered = parse_heading(previous.text)  # "CHAPTER I.", "Chapter III": no title yet
        if numbered is None or numbered.has_title or len(text.split()) > MAX_SUBTITLE_WORDS:
            return False
        parts = (previous.text, text) if previous.level == 3 else ()
        self.blocks[-1] = Block(
            "heading", join_titles(previous.text, text), level=previous.level, parts=parts
        )
        return True

    def _heading_group(self, element: _Element) -> bool:
        """An `<hgroup>` (a chapter's number and its title, as Standard Ebooks sets them:
        `<h2>Chapter I</h2><p epub:type="title">Barges</p>`) is one heading, its `<p>`
        parts included, never a heading and a paragraph."""
        parts = [c for c in element if local_name(c) in ("h1", "h2", "h3", "h4", "h5", "h6", "p")]
        levels = [int(n[1]) for c in parts if (n := local_name(c) or "").startswith("h")]
        if levels and min(levels) > 2 and _in_chapter(element):
            levels = [2]  # a chapter inside a part: Standard Ebooks heads it with an h3
        if not levels or min(levels) > 2 or len(parts) != len(element):
            return False
        self.flush()
        for inner in element.iterdescendants():
            self.mark(inner)
        cited = self._heading_references(element)
        for part in parts:
            said: list[str] = []
            _collect(part, said, lambda child, _: not_spoken(child) or child in cited)
            text = clean_text("".join(said))
            if text:
                self.blocks.append(Block("heading", text, level=min(levels)))
        return True

    # ------------------------------------------------------------ code and tables

    def _technical(self, element: _Element, name: str) -> bool:
        """A `<pre>`, a multi-line `<code>` standing alone, or a data table becomes a
        block placeholder (text/technical.py); False for anything else."""
        if name == "code" and "".join(self.buffer).strip():
            return False  # inline code is part of its sentence
        if name == "pre" and _holds_paragraphs(element):
            return False  # Wattpad's reader: its paragraphs, each a `<p>`, inside a <pre>
        if name in ("pre", "code"):
            text = _raw_text(element)
            if name == "code" and len([ln for ln in text.splitlines() if ln.strip()]) < 2:
                return False
            self.flush()
            if name == "pre" and _GUTENBERG_PRE.search(text):
                # older Project Gutenberg HTML sets its header and licence in <pre>: kept
                # paragraph by paragraph with its lines, so the header's fields, its
                # START/END lines and the volunteers' credit are found
                for chunk in re.split(r"\n[ \t]*\n", text):
                    lines = [clean_text(line) for line in chunk.splitlines()]
                    if any(lines):
                        self.blocks.append(Block("text", "\n".join(x for x in lines if x)))
                return True
            story = None if name == "code" or _holds_code(element) else story_text(text)
            if story is not None:  # a chat log, a poem set in <pre>: the story's own lines
                paragraphs, stamps = story
                self._left_out("time stamp", stamps)
                for lines in paragraphs:
                    self.blocks.append(Block("text", LINE_BREAK.join(map(clean_text, lines))))
                return True
            placeholder = self.notes.blocks.add("code", code_rows(text))
        elif name == "table" and _is_data_table(element):
            self.flush()
            for caption in element.iterchildren("{*}caption", "caption"):
                self.buffer.append(inline_text(caption))
                self.flush()
            rows = [
                [clean_text(inline_text(cell)) for cell in row if local_name(cell) in ("td", "th")]
                for row in _rows(element)
            ]
            first = _rows(element)[:1]
            head = bool(first) and (
                local_name(first[0].getparent()) == "thead"
                or all(local_name(c) == "th" for c in first[0] if local_name(c) in ("td", "th"))
            )
            # text messages, a cast list (a title in one spanning cell over it): a row a line
            titled = head and len([c for c in first[0] if local_name(c) in ("td", "th")]) == 1
            above = next(
                (b.text for b in reversed(self.blocks) if b.kind in ("heading", "text")), ""
            )
            heading = above if len(above.split()) <= 6 else ""  # "Ingredients" over a recipe's
            texts = table_lines(rows, head=head, titled=titled, heading=heading)
            if texts is not None:
                said, times = texts
                self._left_out("time stamp", times)
                self.blocks.extend(Block("text", line) for line in said)
                return True
            placeholder = self.notes.blocks.add("table-head" if head else "table", rows)
        else:
            return False
        if placeholder:
            self.blocks.append(Block("text", placeholder))
        return True

    def _bare_tex(self, m: re.Match[str]) -> str:
        said = spoken_math(" ".join(m[1].split()))
        if said is None:
            self._left_out("formula", [m[1].strip()])
        return said if said is not None else "a formula"

    def _tex_math(self, element: _Element, name: str) -> bool:
        """Pandoc's and MathJax's TeX (`<span class="math inline">\\(…\\)</span>`,
        `<span class="math display">\\[…\\]</span>`) said as the Markdown reader says it
        (`spoken_math`): a simple formula in words, an inline one it cannot say "a formula"
        (listed), a display one it cannot say an equation announced, as a code block is, and
        the equation's number (`\\qquad(3.2)`, `\\tag{3.2}`) not said. False for others."""
        if name not in ("span", "div") or "math" not in classes(element):
            return False
        raw = "".join(element.itertext()).strip()
        tex = _TEX_DELIMITED.fullmatch(raw)
        if tex is None:
            return False  # Pandoc's plain-text math (<em>y</em><sub>t</sub>): its own words
        display = tex["display"] is not None
        body = _EQUATION_NUMBER.sub("", tex["display"] if display else tex["inline"])
        if not display:
            body = " ".join(body.split())  # the HTML's own line wraps
            said = spoken_math(body)
            if said is None:
                self._left_out("formula", [body.strip()])
            self.buffer.append(said if said is not None else "a formula")
            return True
        rows = [r.strip() for r in re.split(r"\\\\(?![A-Za-z])", body) if r.strip()]
        words = [spoken_math(r) for r in rows]
        self.flush()
        if rows and all(w is not None for w in words):
            self.blocks.append(Block("text", LINE_BREAK.join(w for w in words if w)))
        elif placeholder := self.notes.blocks.add("equation", [[r] for r in rows]):
            self.blocks.append(Block("text", placeholder))
        return True

    def _left_out(self, kind: str, texts: list[str]) -> None:
        """Keep what is not read (a chat's time stamps) for `plan`'s list, by kind."""
        if texts:
            self.notes.furniture.setdefault(kind, []).extend(texts)

    # ------------------------------------------------------------ notes

    def _note_markup(self, element: _Element, name: str, types: set[str]) -> bool:
        """Handle a note reference, a note body or a notes section; False for others."""
        ref = self._reference(element, name, types)
        if ref is not None:
            self.mark(element)
            self.buffer.append(ref)
            return True
        if (
            name == "sup"
            and not len(element)
            and (element.text or "").strip().isdigit()
            and not _verse_number(element)
        ):
            digits = (element.text or "").strip()
            if len(digits) <= 3:  # an unlinked note number: a superscript mark for notes.py
                self.buffer.append(digits.translate(TO_SUPERSCRIPT))
                return True
        signed = (element.text or "").strip() if name == "sup" and not len(element) else ""
        if re.fullmatch(r"[−–-]\d{1,3}|\d?[+−–-]", signed):  # 10<sup>−34</sup>, Ca<sup>2+</sup>
            self.buffer.append(signed.translate(TO_SUPERSCRIPT))
            return True
        container = types & _NOTES_SECTION_TYPES or (
            name in ("section", "div", "aside", "ol", "ul", "body")
            and (_NOTES_CLASS.search(element.get("class") or "") or self._holds_notes(element))
        )
        if container:
            self.flush()
            self.mark(element)
            self._notes_section(element)
            return True
        if self._is_note_body(element, name, types):
            self.flush()
            self._note_body(element)
            return True
        return False

    def _reference(self, element: _Element, name: str, types: set[str]) -> str | None:
        """The sentinel for a note reference (`<a epub:type="noteref">`, `<sup><a>`)."""
        if name not in ("a", "sup", "span"):
            return None
        link = element if name == "a" else None
        if link is None:
            inner = [el for el in element.iter() if local_name(el) == "a" and el.get("href")]
            link = inner[0] if len(inner) == 1 else None
        if link is None or self.notes.key(link.get("href")) is None:
            return None
        parts: list[str] = []
        _collect(element, parts, lambda child, _: not_spoken(child) or _has_class(child, "popup"))
        label = _FOOTNOTE_WORD.sub("", clean_text("".join(parts)).strip("[]() "))
        hinted = bool(types & _NOTEREF_TYPES) or (
            len(label) <= 6
            and bool(label)
            and (
                name == "sup"
                or any(local_name(el) == "sup" for el in element.iter())
                or local_name(element.getparent()) == "sup"
                or _REF_HINT.search((link.get("class") or "") + " " + (link.get("id") or ""))
                or re.fullmatch(r"\[\w{1,4}\]", clean_text(inline_text(element)))
            )
        )
        if not hinted:
            return None
        key = self.notes.key(link.get("href")) or ""
        self.notes.targets.add(key)
        for popup in (el for el in element.iter() if _has_class(el, "popup")):
            # eBible.org's mark holds its note as hover text: the note, where the page
            # has no notes section (one found later replaces it), never read in place
            text = _VERSE_REF_START.sub("", clean_text(inline_text(popup)))
            if text:
                self.notes.bodies.setdefault(key, text)
        for el in element.iter():
            if el.get("id"):
                self.notes.ref_ids.add(self.notes.own(el.get("id")) or "")
        parent = element.getparent()
        if parent is not None and local_name(parent) == "sup" and parent.get("id"):
            self.notes.ref_ids.add(self.notes.own(parent.get("id")) or "")
        return reference(key, label)

    def _body_key(self, element: _Element) -> str | None:
        """The key a reference would use for this element: its id, the id of the one
        block it wraps (`<li><aside epub:type="endnote" id="n1-1">`), or an anchor's in it."""
        if not self.notes.targets:
            return None
        inner = (
            el.get("id") or el.get("name")
            for el in element.iter()
            if local_name(el) in ("a", "span", "sup") and (el.get("id") or el.get("name"))
        )
        wrapped: list[str] = []
        only = element
        while len(kids := [c for c in only if local_name(c)]) == 1:
            if (only.text or "").strip():
                break
            only = kids[0]
            if only.get("id"):
                wrapped.append(only.get("id"))
        candidates = [element.get("id"), *wrapped, *itertools.islice(inner, 3)]
        keys = [self.notes.own(c) for c in candidates if c]
        return next((k for k in keys if k in self.notes.targets), None)

    def _holds_notes(self, element: _Element) -> bool:
        """A block that is no note itself and holds nothing but notes the text points at,
        one per child (eBible.org's `div.footnote`: a rule, then `p.f` entries that marks
        cite; Word's "Save as Web Page": an unmarked `<div>` holding a rule, then `div#ftn1`,
        `div#ftn2`… whose anchors `_ftn1`, `_ftn2`… the marks cite): a notes section, not
        one long note. The block's own id decides it is a note; an anchor deep inside it
        does not (`_body_key` finds the first note's anchor in the whole section), but
        children that each hold a different note make it a section."""
        if not self.notes.targets:
            return False
        said = [c for c in element if local_name(c) and "".join(c.itertext()).strip()]
        keys = [self._body_key(child) for child in said]
        if self.notes.own(element.get("id")) in self.notes.targets:
            return False
        if self._body_key(element) is not None and (
            len(said) < 2 or len(set(keys)) != len(keys)
        ):
            return False
        return bool(said) and all(
            local_name(child) in _NOTE_ENTRY_NAMES and key is not None
            for child, key in zip(said, keys, strict=True)
        )

    def _is_note_body(self, element: _Element, name: str, types: set[str]) -> bool:
        if types & _NOTE_BODY_TYPES and name not in ("a", "span", "sup"):
            return True
        if name not in ("p", "li", "div", "aside", "dd", "section", "blockquote"):
            return False
        if _NOTE_CLASS.search(element.get("class") or ""):
            return True
        return self._body_key(element) is not None

    def _note_body(self, element: _Element) -> None:
        key = self._body_key(element) or self.notes.own(element.get("id"))
        if key is None:
            self.notes.count += 1
            key = f"{self.notes.page}#note-{self.notes.count}"
        parts: list[str] = []
        _collect(element, parts, self._is_back_link, spaced_blocks=True)
        text = _FOOTNOTE_HEAD.sub("", clean_text("".join(parts)))
        if text:
            self.notes.bodies[key] = text
            self.blocks.append(Block("note", text))

    def _notes_section(self, element: _Element) -> None:
        """A notes section: its entries are notes; its own heading and rules are not read."""
        for child in element:
            name = local_name(child)
            if name is None or name in _SKIPPED or name in ("hr", "br"):
                continue
            if name in ("h1", "h2", "h3", "h4", "h5", "h6", "header"):
                continue
            if (
                name in ("ol", "ul", "div", "section")
                and not self._body_key(child)
                and any(local_name(c) in _NOTE_ENTRY_NAMES for c in child)
            ):
                self._notes_section(child)
                continue
            self._note_body(child)

    def _is_back_link(self, element: _Element, name: str) -> bool:
        if name not in ("a", "sup", "span"):
            return False
        types = semantic_types(element)
        if types & ({"backlink", "doc-backlink"} | _NOTEREF_TYPES):
            return True
        links = [el for el in element.iter() if local_name(el) == "a" and el.get("href")]
        if not links:
            # the note's own mark repeated at its head (eBible.org's `span.notemark` "*")
            return bool(re.fullmatch(r"[*†‡§¶]+", clean_text(inline_text(element))))
        target = self.notes.key(links[0].get("href"))
        text = clean_text(inline_text(element)).casefold()
        return (
            target in self.notes.ref_ids
            or text in _BACK_TEXT
            or bool(re.fullmatch(r"\[?\d{1,3}\]?\.?", text))  # only the note's number
            or "back" in (links[0].get("class") or "").casefold()
            # the verse it notes, linking back to it at its head ("Genesis 1:3", as
            # BibleGateway sets it); one cited later in the note is the note's
            or (target is not None and bool(_VERSE_REF.fullmatch(text)) and _leads(element))
        )


def _leads(element: _Element) -> bool:
    """Does `element` open its parent, with no text or element before it?"""
    parent = element.getparent()
    before = (parent.text or "") if parent is not None else ""
    return element.getprevious() is None and not before.strip()


def drop_notes_headings(blocks: list[Block]) -> list[Block]:
    """A "Notes" heading over notes only (or nothing) is not a chapter of its own; one
    set as a minor heading (an h3, read as a line of text) over the notes that follow it
    is theirs, not the chapter's last line."""
    kept: list[Block] = []
    for index, block in enumerate(blocks):
        if block.kind in ("heading", "text") and NOTES_TITLE.match(block.text):
            following = next(
                (b for b in blocks[index + 1 :] if b.kind in ("heading", "text", "note")), None
            )
            if (following is None and block.kind == "heading") or (
                following is not None and following.kind == "note"
            ):
                continue
        kept.append(block)
    return kept


def _raw_text(element: _Element) -> str:
    """The text of a `<pre>` with its line breaks (`<br>` too); scripts left out."""
    parts: list[str] = []
    _collect(element, parts, lambda child, name: False, line_break="\n")
    return "".join(parts)


def _holds_paragraphs(pre: _Element) -> bool:
    """A `<pre>` that only wraps paragraphs set in their own `<p>`s (Wattpad's reader
    sets a chapter's text so, `<pre><p data-p-id="…">…</p>…</pre>`, and styles the
    `<pre>` to wrap): read as paragraphs, not as one preformatted block of lines. A
    `<pre>` of code or of a poem's lines holds no `<p>`."""
    return not _holds_code(pre) and any(
        local_name(child) == "p" and clean_text(inline_text(child)) for child in pre
    )


def _holds_code(pre: _Element) -> bool:
    """A `<pre>` marked as code by its markup: a `<code>` inside, as Markdown renders a
    fenced block, or a `<samp>`/`<kbd>`."""
    return any(local_name(el) in ("code", "samp", "kbd") for el in pre.iterdescendants())


def _rows(table: _Element) -> list[_Element]:
    """A table's rows in order (in thead/tbody/tfoot or not), not those of nested tables."""
    rows: list[_Element] = []
    for child in table:
        name = local_name(child)
        if name == "tr":
            rows.append(child)
        elif name in ("thead", "tbody", "tfoot"):
            rows.extend(c for c in child if local_name(c) == "tr")
    return rows


_LAYOUT = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "table", "blockquote", "ul", "ol"}


def _is_data_table(table: _Element) -> bool:
    """A table of data (rows and columns), not one that lays out running text.

    Older HTML books (Project Gutenberg's among them) set verse, letters and even
    whole chapters in tables; those are read as text. A data table has two rows and
    two columns or more, short cells, and no paragraphs inside them.
    """
    if (table.get("role") or "").lower() in ("presentation", "none"):
        return False
    rows = _rows(table)
    cells = [c for row in rows for c in row if local_name(c) in ("td", "th")]
    if len(rows) < 2 or max((sum(1 for c in r if local_name(c) in ("td", "th")) for r in rows),
                            default=0) < 2:  # fmt: skip
        return False
    filled = [
        sum(1 for c in r if local_name(c) in ("td", "th") and inline_text(c).strip())
        for r in rows
    ]
    if sum(1 for count in filled if count >= 2) < 2 and any(
        local_name(d) == "img" for d in table.iterdescendants()
    ):  # a title page's imprint laid out round a picture ("Ruskin House." / the
        return False  # publisher's device / "156. Charing Cross Road." / "London George Allen.")
    for cell in cells:
        if any(local_name(d) in _LAYOUT for d in cell.iterdescendants()):
            return False
        if len(inline_text(cell).split()) > 30:
            return False
    return True


# ---------------------------------------------------------------- Calibre's HTMLZ


def read_htmlz(path: Path) -> ReadText:
    """Calibre's HTMLZ: a zip of one `index.html` (with its pictures and style sheet)
    and a `metadata.opf`. The page is read as any HTML manuscript; the package's title,
    authors and language are the book's. The archive is untrusted: its sizes are checked
    before anything is inflated (`open_archive`, as for an EPUB), and only members with
    safe paths are read, into memory, never extracted."""
    from zipfile import BadZipFile

    with open_archive(path, "HTMLZ file") as archive:
        names = [i.filename for i in archive.infolist() if is_safe_member(i.filename)]
        pages = [n for n in names if "/" not in n and n.lower().endswith((".html", ".htm"))]
        page = "index.html" if "index.html" in pages else (pages[0] if len(pages) == 1 else None)
        if page is None:
            raise ManuscriptError(f"{path}: not a Calibre HTMLZ file (no index.html in it)")
        package = next((n for n in names if "/" not in n and n.lower().endswith(".opf")), None)
        try:
            markup = archive.read(page)
            metadata = _package_metadata(archive.read(package)) if package else {}
        except (BadZipFile, OSError) as exc:
            raise ManuscriptError(f"{path}: a damaged HTMLZ file ({exc})") from exc
    found = read_html(_decode(markup))
    title = metadata.get("title") or found.title
    author = metadata.get("author") or found.author
    chapters, omitted = found.chapters, found.omitted
    if len(chapters) > 1 and (chapters[0][0] or title):
        # Calibre's first section: the title page (the title, often taken as the title
        # heading already, the author, an imprint) as the package names the book, said
        # once, by the credits
        lines = [chapters[0][0] or title or "", *(p.text for p in chapters[0][1])]
        shown = matter.title_page(lines, title=title, author=author, ended=True)
        if shown is not None and shown.author and shown.size == len(lines):
            chapters, omitted = chapters[1:], (*omitted, matter.title_page_left_out(lines))
    return replace(
        found,
        chapters=chapters,
        title=title,
        author=author,
        language=metadata.get("language") or found.language,
        omitted=omitted,
    )


_ZIPPED_EXTRAS = re.compile(
    r"\.(?:png|jpe?g|gif|svg|webp|bmp|tiff?|emf|wmf|css)$|(?:^|/)$", re.IGNORECASE
)
"""What may sit beside a zipped web page: its pictures and style sheet (and folders)."""


def read_zipped_page(path: Path) -> ReadText:
    """A web page downloaded as a zip (Google Docs' "Download → Web page (.html,
    zipped)"): one `.html` at the archive's top and its pictures (`images/`). The page
    is read as any HTML manuscript. A zip of anything else (several pages, documents, a
    program) is refused with what it holds, as no reader can tell which part is the
    book. The archive is untrusted, as an EPUB is (`open_archive`: sizes checked before
    inflating; members read into memory, never extracted)."""
    from zipfile import BadZipFile

    with open_archive(path, "zip file") as archive:
        names = [i.filename for i in archive.infolist()]
        pages = [n for n in names if "/" not in n and n.lower().endswith((".html", ".htm"))]
        others = [n for n in names if n not in pages and not _ZIPPED_EXTRAS.search(n)]
        if len(pages) != 1 or others or not all(is_safe_member(n) for n in names):
            raise ManuscriptError(
                f"{path}: a .zip is read only when it holds one web page and its pictures "
                "(a Google Docs 'Web page' download); unzip this one and give the "
                "manuscript inside it"
            )
        try:
            markup = archive.read(pages[0])
        except (BadZipFile, OSError) as exc:
            raise ManuscriptError(f"{path}: a damaged zip file ({exc})") from exc
    return read_html(_decode(markup))


def _package_metadata(data: bytes) -> dict[str, str]:
    """The title, authors (`dc:creator` with no role or "aut") and language of an OPF
    package document, parsed with no entities, DTD or network."""
    from lxml import etree

    data = re.sub(rb"<!DOCTYPE\b[^\[>]*(?:\[.*?\]\s*)?>", b"", data, count=1, flags=re.DOTALL)
    try:
        package = etree.fromstring(data, hardened_xml_parser(recover=True))
    except (etree.XMLSyntaxError, ValueError):
        return {}
    if package is None:
        return {}
    found: dict[str, str] = {}
    authors: list[str] = []
    for element in package.iter():
        name = local_name(element)
        text = clean_text("".join(element.itertext()))
        role = next((v for k, v in element.attrib.items() if str(k).endswith("role")), "aut")
        if name == "title" and text and "title" not in found:
            found["title"] = text
        elif name == "creator" and text and role == "aut":
            authors.append(text)
        elif name == "language" and text and "language" not in found:
            found["language"] = text
    if author := join_names(authors):
        found["author"] = author
    return found
