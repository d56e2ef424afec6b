"""EPUB manuscripts: the spine's documents in reading order, titled from the book's
own table of contents, with cover, title, copyright, contents and index pages left out.
A title page an exporter sets as plain paragraphs (LibreOffice, Google Docs, a story's
title and byline) is found by its lines (`matter.title_page`) and names the book when
its metadata is a placeholder.

An EPUB is a zip of XHTML from anywhere, so it is treated as hostile: sizes are
checked before anything inflates (`open_archive`), nothing is ever extracted to disk,
the package document is checked for a missing or circular spine before ebooklib loads
it, and every page is parsed by `html.parse_markup` (no entities, DTDs or network).
A book whose pages are encrypted (DRM) is refused before any page is read.
"""

from __future__ import annotations

import contextlib
import itertools
import logging
import posixpath
import re
import warnings
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote, unquote

from audiobook.config import TextPolicy, language_code
from audiobook.errors import ManuscriptError, counted
from audiobook.models import Omission
from audiobook.text import matter
from audiobook.text.readers.base import (
    ChapterBuilder,
    Chapters,
    ReadText,
    clean_text,
    clean_title,
    hardened_xml_parser,
    is_safe_member,
    join_names,
    join_titles,
    missing_package,
    open_archive,
)
from audiobook.text.readers.html import (
    AO3_MESSAGE,
    ArchiveText,
    Block,
    NoteContext,
    archive_left_out,
    body_of,
    classes,
    document_title,
    drop_notes_headings,
    furniture_left_out,
    gutenberg_marks,
    language_of,
    local_name,
    office_front,
    parse_markup,
    semantic_types,
    sort_archive,
    take_out,
    walk,
    without_web_authors_notes,
)
from audiobook.text.readers.plaintext import credited_translator

if TYPE_CHECKING:
    import zipfile
    from collections.abc import Iterator

    from lxml.etree import _Element

log = logging.getLogger(__name__)

OPF_NS = "http://www.idpf.org/2007/opf"
_DOCUMENT_TYPES = {"application/xhtml+xml", "text/html", "application/x-dtbook+xml"}

# Reasons to leave a page out, by epub:type / role, guide type (see text/matter.py),
# and file name.
_SEMANTIC_SKIPS = matter.SEMANTIC_SKIPS
_NAME_SKIPS = re.compile(
    r"^(?:(?P<cover>cover(?:page)?)|(?P<title>title(?:[-_]?page)?|half[-_]?title)"
    r"|(?P<copyright>copyright(?:[-_]?page)?|copy)|(?P<toc>toc|contents|nav))"
    r"(?:[-_]?\d+)?$",
    re.IGNORECASE,
)
_NAME_REASONS = {
    "cover": "cover",
    "title": "title page",
    "copyright": "copyright",
    "toc": "table of contents",
}
_COPYRIGHT = re.compile(r"copyright|©|all rights reserved|\bisbn\b", re.IGNORECASE)
LONG_PAGE_WORDS = 1500
"""A page this long is kept whatever it is marked as: losing a chapter is worse than
reading a long front-matter page."""
SHORT_PAGE_WORDS = 300
_STORY_LINES = 12  # a story's first paragraphs, where its title page may stand


def read_epub(path: Path) -> ReadText:
    """An EPUB manuscript as chapters (see `read_epub_with_notes` for what was skipped)."""
    return read_epub_with_notes(path)[0]


def read_epub_with_notes(
    path: Path, policy: TextPolicy | None = None
) -> tuple[ReadText, list[str]]:
    """The book, and one note per page left out, such as "cover.xhtml (cover)".

    `audiobook plan` shows the notes so a user can see that nothing was lost by accident;
    `policy` is book.toml's `[text] skip`/`keep`. Footnotes and endnotes are collected
    as the pages are walked (`ReadText.notes`), and an endnotes page is not a chapter.
    """

    try:
        from ebooklib import epub
    except ImportError as exc:
        raise missing_package(path, "ebooklib", "EPUB files") from exc

    with open_archive(path, "EPUB file") as archive:
        package = _check_package(path, archive)
        _refuse_drm(path, archive)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            reader = _tolerant_reader(epub)(str(path), {"ignore_ncx": True})
            book = reader.load()
            reader.process()
    except Exception as exc:  # ebooklib fails on broken files with many exception types
        raise ManuscriptError(f"{path}: not a readable EPUB ({exc})") from exc
    for problem in reader.problems:
        log.warning("%s: %s", path.name, problem)
    if not isinstance(book.toc, list | tuple):  # an NCX with an empty navMap: one bare Link
        book.toc = [book.toc] if book.toc else []

    metadata = _metadata(book)
    named = metadata.pop("title") if _names_the_file(metadata.get("title"), path) else None
    reading = _Reading(path, book, posixpath.dirname(package), metadata.get("title") or named)
    reading.missing = reader.missing
    reading.policy = policy or TextPolicy()
    reading.titled = "title" in metadata
    reading.author = metadata.get("author")
    for idref, linear in book.spine:
        reading.read_page(idref, linear)
    for block in reading.epigraph:  # nothing read after it: it stays where it was
        if block.kind == "text":
            reading.builder.paragraph(block.text)
    chapters = reading.without_excerpts(reading.builder.result())
    printed = _printed_pages(reading.lines, reading.cards)
    if printed is not None:  # a PDF converted line by line: read as the printed pages
        return _read_printed(printed, metadata, named), reading.notes
    if reading.lost and not any(paragraphs for _, paragraphs in chapters):
        raise ManuscriptError(
            f"{path}: no chapter of this EPUB can be read: {', '.join(reading.lost)}; "
            "export the book again"
        )
    if reading.title_page is None:
        chapters = reading.story_title_page(chapters, metadata.get("author"))
    for note in reading.notes:
        log.info("%s: skipped %s", path.name, note)
    shown = reading.title_page or matter.TitlePage(0)
    pages = _pages_language(reading.page_languages, metadata.get("language"))
    if pages and not metadata.get("language"):  # a package that names none: the pages do
        metadata["language"], pages = pages, None
    found = ReadText(
        chapters=chapters,
        # an exporter's placeholder ("Unknown Title", the file's name) names no book: the
        # title page, or the one contents entry that holds the whole book, does
        title=metadata.get("title") or shown.title or reading.wrapper_title or named,
        author=metadata.get("author") or shown.author,
        editor=metadata.get("editor"),
        translator=metadata.get("translator") or credited_translator(reading.page_lines),
        language=pages or metadata.get("language"),
        package_language=metadata.get("language") if pages else None,
        notes=reading.footnotes.bodies,
        blocks=reading.footnotes.blocks.found,
        omitted=(
            *reading.omitted,
            *(archive_left_out(reading.archive, [p for p in reading.archive_printed if p])
              if reading.archive else ()),
            *furniture_left_out(reading.footnotes),
        ),
    )
    return found, reading.notes


def _page_language(root: _Element, body: _Element) -> str | None:
    """The language a content document declares on its <html> (or its <body>)."""
    for element in (root, body):
        lang = language_of(element) or element.get("xml:lang")  # the HTML parser's name
        if lang and lang.strip():
            return language_code(lang.strip())
    return None


def _pages_language(pages: list[str | None], package: str | None) -> str | None:
    """The language the pages read all declare, when it is another than the package's:
    `<dc:language>` is a package default a translation or a tool's skeleton leaves as it
    was (Standard Ebooks' en-GB over a Vietnamese `xml:lang="vi"` chapter), while each
    page's `xml:lang` is set on the text itself. Pages declaring two languages, or one
    declaring none, leave the package's; so does a mere difference of region (en-US
    pages in an en-GB book: Standard Ebooks' own imprint and colophon). A package that
    names no language takes the pages' one."""
    if not pages or None in pages:
        return None
    bases = {page.split("-")[0].lower() for page in pages if page}
    if len(bases) != 1 or bases == {(package or "").split("-")[0].lower()}:
        return None
    return Counter(pages).most_common(1)[0][0]


def _tolerant_reader(epub: Any) -> type:
    """ebooklib's reader, made to read past a broken side file as e-readers do: a member
    the manifest names but the archive lacks reads as empty (and is listed in `missing`;
    the page is skipped and named by `plan`), a package with no <metadata> keeps the
    defaults, and a table of contents (nav or NCX) that cannot be parsed is none, so
    chapters are titled by their headings. What was passed over is in `problems`."""

    class TolerantReader(epub.EpubReader):  # type: ignore[misc,name-defined]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self.missing: set[str] = set()
            self.problems: list[str] = []

        def read_file(self, name: str) -> bytes:
            try:
                return super().read_file(name)
            except KeyError:
                if name == self.opf_file or name == "META-INF/container.xml":
                    raise
            # an href written with its fragment ("c1.xhtml#top") or its file's name left
            # percent-encoded in the archive ("chapter%201.xhtml")
            plain = name.partition("#")[0]
            for other in dict.fromkeys((plain, quote(plain))):
                with contextlib.suppress(KeyError):
                    return super().read_file(other)
            self.missing.add(posixpath.normpath(name))
            self.problems.append(f"'{name}' is named in the book but missing from it")
            return b""

        def _load_metadata(self) -> None:
            try:
                super()._load_metadata()
            except (AttributeError, TypeError, KeyError, ValueError) as exc:
                self.problems.append(f"its metadata cannot be read ({exc}); using defaults")

        def _load_spine(self) -> None:
            try:
                super()._load_spine()
            except epub.EpubException:  # the spine's NCX is missing: titles from headings
                self.problems.append("its NCX table of contents is missing")

        def _parse_ncx(self, data: bytes) -> None:
            try:
                super()._parse_ncx(data)
            except Exception as exc:  # any fault: read on without it
                self.book.toc = []
                self.problems.append(f"its NCX table of contents is broken ({exc!r})")

        def _parse_nav(self, data: bytes, base_path: str, navtype: str = "toc") -> None:
            try:
                super()._parse_nav(data, base_path, navtype)
            except Exception as exc:  # any fault: read on without it
                if navtype == "toc":
                    self.book.toc = []
                self.problems.append(f"its table of contents (nav) is broken ({exc!r})")

    return TolerantReader


MAX_COVER_BYTES = 10 * 1024 * 1024


def epub_cover(path: Path) -> bytes | None:
    """The EPUB's own cover image (EPUB 3 `properties="cover-image"`, else EPUB 2's
    `<meta name="cover">`), when it is a PNG or JPEG under 10 MB: a book that brings its
    cover needs no `cover` in book.toml. None for no cover, or one we cannot use."""
    from lxml import etree

    try:
        with open_archive(path, "EPUB file") as archive:
            package = _check_package(path, archive)
            data = re.sub(rb"<!DOCTYPE\b[^\[>]*(?:\[.*?\]\s*)?>", b"", archive.read(package),
                          count=1, flags=re.S)  # fmt: skip
            root = etree.fromstring(data, hardened_xml_parser(recover=True))
            items = {el.get("id"): el for el in root.iter() if local_name(el) == "item"}
            metas = [el for el in root.iter() if local_name(el) == "meta"]
            named = next((m.get("content") for m in metas if m.get("name") == "cover"), None)
            marked = [el for el in items.values() if "cover-image" in (el.get("properties") or "")]
            item = marked[0] if marked else items.get(named)
            if item is None:
                return None
            href = posixpath.normpath(
                posixpath.join(posixpath.dirname(package), unquote(item.get("href") or ""))
            )
            info = archive.getinfo(href) if is_safe_member(href) else None
            if info is None or info.file_size > MAX_COVER_BYTES:
                return None
            image = archive.read(href)
    except (ManuscriptError, KeyError, OSError, ValueError, etree.XMLSyntaxError):
        return None
    return image if image.startswith((b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff")) else None


# ---------------------------------------------------------------- package checks


def _check_package(path: Path, archive: zipfile.ZipFile) -> str:
    """The package document's path, once its spine is known to exist and not loop.

    ebooklib would fail on a missing spine with a bare TypeError, or repeat pages.
    """
    from lxml import etree

    def parse(name: str) -> _Element | None:
        parser = hardened_xml_parser(recover=True)
        try:
            data = archive.read(name)
            # Entity declarations have no place in package files: drop them unread.
            data = re.sub(rb"<!DOCTYPE\b[^\[>]*(?:\[.*?\]\s*)?>", b"", data, count=1, flags=re.S)
            return etree.fromstring(data, parser)
        except (KeyError, etree.XMLSyntaxError, ValueError):
            return None

    container = parse("META-INF/container.xml")
    rootfile = None
    if container is not None:
        rootfile = next(
            (el.get("full-path") for el in container.iter() if local_name(el) == "rootfile"),
            None,
        )
    if not rootfile or not is_safe_member(rootfile):
        raise ManuscriptError(f"{path}: broken EPUB: META-INF/container.xml names no package")
    package = parse(rootfile)
    if package is None:
        raise ManuscriptError(
            f"{path}: broken EPUB: its package '{rootfile}' is missing or unreadable"
        )
    base = posixpath.dirname(rootfile)
    manifest = {
        el.get("id"): posixpath.normpath(posixpath.join(base, unquote(el.get("href") or "")))
        for el in package.iter()
        if local_name(el) == "item" and el.get("id")
    }
    spine = next((el for el in package.iter() if local_name(el) == "spine"), None)
    refs = [
        el.get("idref")
        for el in (spine if spine is not None else ())
        if local_name(el) == "itemref"
    ]
    if spine is None or not refs:
        try:
            etree.fromstring(archive.read(rootfile), hardened_xml_parser())
        except etree.XMLSyntaxError as exc:  # cut short or hand-edited: say so
            raise ManuscriptError(
                f"{path}: broken EPUB: its package '{rootfile}' is not well-formed XML "
                f"({exc.msg}), so it gives no reading order"
            ) from exc
        raise ManuscriptError(f"{path}: broken EPUB: it has no spine (no reading order)")
    seen: set[str] = set()
    for ref in refs:
        if ref not in manifest:
            continue  # skipped and listed as the pages are read
        if manifest[ref] in (posixpath.normpath(rootfile), "META-INF/container.xml"):
            raise ManuscriptError(
                f"{path}: broken EPUB: the spine points back at its own package "
                f"'{rootfile}' (circular)"
            )
        if ref in seen:
            raise ManuscriptError(
                f"{path}: broken EPUB: the spine lists '{ref}' twice (circular reading order)"
            )
        seen.add(ref)
    return rootfile


_FONT_OBFUSCATION = frozenset({
    "http://www.idpf.org/2008/embedding",  # the IDPF's
    "http://ns.adobe.com/pdf/enc#RC",  # Adobe's
})
"""Encryption that only hides an embedded font from copying (InDesign and publishers ship
it in DRM-free books): the text is not touched, so the book reads."""
_TEXT_SUFFIXES = (".xhtml", ".html", ".htm", ".xml", ".ncx", ".opf")


def _refuse_drm(path: Path, archive: zipfile.ZipFile) -> None:
    """Refuse a book whose pages are encrypted (DRM), in one line that says how to get a
    copy we can read: read on, its ciphertext would be spoken as garbage (an EPUB 2) or
    fail deep inside ebooklib (an EPUB 3, whose navigation document is encrypted too).
    `META-INF/encryption.xml` lists what is encrypted and how; fonts alone (font
    obfuscation) are no DRM."""
    from lxml import etree

    if "META-INF/encryption.xml" not in archive.namelist():
        return
    try:
        data = re.sub(rb"<!DOCTYPE\b[^\[>]*(?:\[.*?\]\s*)?>", b"",
                      archive.read("META-INF/encryption.xml"), count=1, flags=re.S)  # fmt: skip
        root = etree.fromstring(data, hardened_xml_parser(recover=True))
    except (etree.XMLSyntaxError, ValueError):
        return
    if root is None:
        return
    locked = False
    for item in root.iter():
        if local_name(item) != "encrypteddata":
            continue
        method = next((el.get("Algorithm") for el in item.iter()
                       if local_name(el) == "encryptionmethod"), None)  # fmt: skip
        uris = [unquote(el.get("URI") or "") for el in item.iter()
                if local_name(el) == "cipherreference"]  # fmt: skip
        if method not in _FONT_OBFUSCATION and any(
            uri.casefold().endswith(_TEXT_SUFFIXES) for uri in uris
        ):
            locked = True
            break
    if not locked:
        return
    names = set(archive.namelist())
    rights = archive.read("META-INF/rights.xml") if "META-INF/rights.xml" in names else b""
    if b"ns.adobe.com/adept" in rights or b"ns.adobe.com/adept" in data:
        scheme = "DRM (Adobe ADEPT)"
    elif "META-INF/sinf.xml" in names:
        scheme = "DRM (Apple FairPlay)"
    else:
        scheme = "DRM"
    raise ManuscriptError(
        f"{path}: this EPUB is locked with {scheme}, so its pages cannot be read; "
        "export a DRM-free copy from the book's source (the manuscript, or the EPUB "
        "the publisher or your writing tool made) and build from that"
    )


_PLACEHOLDERS = {
    "unknown", "unknown title", "unknown author", "untitled", "untitled document",
    "no title", "anonymous author", "author", "title", "[no title]", "[unknown]",
}  # fmt: skip
"""What an exporter writes when the document's properties are empty (LibreOffice:
"Unknown Title", "Unknown Author"): no title or author at all, so the title page's or
the file name's is used, and the credits never say "Written by Unknown Author"."""


_DOCUMENT_NAME = re.compile(
    r"^(?:untitled|document|doc)[ _-]*\d*$|.+\.(?:odt|fodt|docx?|rtf|txt|pages)$", re.IGNORECASE
)


def _names_the_file(title: str | None, path: Path) -> bool:
    """Is this dc:title only what an exporter writes for a document without a title: its
    file's name ("the-weir", "the-weir.odt", "Untitled 1")? The title page's is better."""
    if not title:
        return False
    words = re.split(r"[\W_]+", re.sub(r"\.\w{2,5}$", "", title).casefold())
    return bool(_DOCUMENT_NAME.match(title) or _FILE_NAME.match(title)) or words == re.split(
        r"[\W_]+", path.stem.casefold()
    )


_FILE_NAME = re.compile(r"^(?=[^_\s]*_)[\w.-]+_[\w.-]+$")
"""A title with underscores for spaces ("the_wreckers_1899"): a converted file's name,
which Calibre takes for the title when the PDF names none."""

_WEB_FICTION = re.compile(
    r"fanficfare|fichub|fanfiction\.net|archiveofourown\.org|royalroad\.com|wattpad\.com"
    r"|fictionpress\.com|spacebattles\.com|sufficientvelocity\.com|webtoepub",
    re.IGNORECASE,
)
"""What names a web-fiction download in its package: FanFicFare's, FicHub's and
WebToEpub's identifiers and credits (WebToEpub signs itself a `bkp` contributor,
"[https://github.com/dteviot/WebToEpub] (ver. …)"), and the story's source address."""
_INFO_FIELD = re.compile(
    r"^(?P<label>title|author|translator|source(?:\s+url)?|url|status|genres?|tags|language"
    r"|chapters|updated|published|description|summary)\s*:",
    re.IGNORECASE,
)


def _information_page(blocks: list[Block]) -> bool:
    """Is this page a web-fiction tool's information page ("Title: …", "Author: …",
    "Source: https://…", "Status: Ongoing", "Genres: …", "Description:" over the blurb),
    as WebToEpub sets over the chapters? Three of its fields or more, the title's or
    the author's among them. The credits say the title and author; the rest is the
    site's listing, no narrator's (only for a known web download)."""
    labels = {
        found["label"].casefold()
        for b in blocks if b.kind == "text" and (found := _INFO_FIELD.match(b.text.strip()))
    }  # fmt: skip
    return len(labels) >= 3 and bool(labels & {"title", "author"})


def _web_fiction(book: Any) -> bool:
    """Was the book downloaded from a fan-fiction or web-serial site? Its chapters may then
    open and close with the author's notes to readers, which the story does not hold."""
    fields = (("DC", "identifier"), ("DC", "contributor"), ("DC", "source"),
              ("DC", "publisher"), ("DC", "creator"), ("OPF", "generator"))  # fmt: skip
    values = [value or (attrs or {}).get("content", "")
              for namespace, name in fields
              for value, attrs in _metadata_entries(book, namespace, name)]  # fmt: skip
    return any(_WEB_FICTION.search(v or "") for v in values)


def _from_the_archive(book: Any) -> bool:
    """Is the book the Archive of Our Own's own EPUB download? The archive has Calibre
    convert its HTML download and names itself the publisher."""
    return any(_words(value or "") == "archive of our own"
               for value, _ in _metadata_entries(book, "DC", "publisher"))  # fmt: skip


_ARCHIVE_CLASS = re.compile(
    r"^(userstuff|heading|meta|message|byline|tags|toc-heading|endnote-link|landmark)\d+$"
)
"""The archive's class names as Calibre numbers them when it flattens the style sheet
("userstuff1" for a second style of "userstuff"); a block with no style of its own loses
its class altogether, so a chapter's `div.meta` is found by its heading instead."""
_ARCHIVE_LABEL = re.compile(r"^(?:chapter text|work text:?)$", re.IGNORECASE)
"""The landmark heading the archive sets over a chapter's text: no title of the work's."""
_ENDNOTES_ID = re.compile(r"^(?:endnotes\d+|chapter_\d+_endnotes)$")
_COMMENT_PLEA = re.compile(r"\bdrop by the Archive and comment\b", re.IGNORECASE)


def _metadata_entries(book: Any, namespace: str, name: str | None) -> list[tuple[Any, Any]]:
    """The package's metadata entries of one name, or none where ebooklib has no such
    namespace (it raises then)."""
    try:
        return list(book.get_metadata(namespace, name))
    except KeyError:
        return []


def _metadata(book: Any) -> dict[str, str]:
    """Title, author(s), editor, translator and language from the Dublin Core metadata."""

    def values(name: str) -> list[tuple[str, dict[str, str]]]:
        found = []
        for value, attrs in _metadata_entries(book, "DC", name):
            text = clean_text(value or "")
            if text and text.casefold() not in _PLACEHOLDERS:
                found.append((text, attrs or {}))
        return found

    roles = {  # EPUB 3: <meta refines="#id" property="role">
        (attrs.get("refines") or "").lstrip("#"): (value or "").strip()
        for value, attrs in _metadata_entries(book, "OPF", "meta")
        if attrs and attrs.get("property") == "role"
    }
    authors: list[str] = []
    editors: list[str] = []  # an anthology's editor, named as a creator or a contributor
    translators: list[str] = []  # role "trl", as a creator or a contributor
    for kind in ("creator", "contributor"):
        for name, attrs in values(kind):
            role = attrs.get(f"{{{OPF_NS}}}role") or roles.get(attrs.get("id") or "")
            if role == "edt" and name not in editors:
                editors.append(name)
            elif role == "trl" and name not in translators:
                translators.append(name)
            elif kind == "creator" and role in (None, "", "aut") and name not in authors:
                authors.append(name)
    result: dict[str, str] = {}
    if editor := join_names(editors):
        result["editor"] = editor
    if translator := join_names(translators):
        result["translator"] = translator
    if titles := values("title"):
        result["title"] = titles[0][0]
    if author := join_names(authors):
        result["author"] = author
    if languages := values("language"):
        result["language"] = language_code(languages[0][0])  # "eng" as "en"
    return result


# ---------------------------------------------------------------- reading pages


def _semantic_reason(types: set[str]) -> str | None:
    """The reason a page or section marked with these epub:types/roles is not read."""
    return next((_SEMANTIC_SKIPS[t] for t in sorted(types) if t in _SEMANTIC_SKIPS), None)


@dataclass
class _Reading:
    """The state of one pass over the spine."""

    path: Path
    book: Any
    base: str
    book_title: str | None
    builder: ChapterBuilder = field(default_factory=ChapterBuilder)
    notes: list[str] = field(default_factory=list)
    page_languages: list[str | None] = field(default_factory=list)  # of the pages read
    toc: dict[str, list[tuple[str | None, str]]] = field(default_factory=dict)
    guide: dict[str, str] = field(default_factory=dict)
    contents_at: set[tuple[str, str]] = field(default_factory=set)  # guide's toc (page, anchor)
    previous_title: str | None = None
    footnotes: NoteContext = field(default_factory=NoteContext)
    omitted: list[Omission] = field(default_factory=list)
    policy: Any = None
    gutenberg_ended: bool = False  # past "*** END OF THE PROJECT GUTENBERG EBOOK"
    titled: bool = True  # `book_title` is the book's own, not a placeholder or file name
    author: str | None = None  # the book's author by its metadata
    title_page: matter.TitlePage | None = None  # the title page found by its lines
    page_lines: list[str] = field(default_factory=list)  # the opening title pages' lines
    wrapper: tuple[str, str] | None = None  # (page, title): the entry that holds the book
    subentries: dict[str, list[tuple[str | None, list[str]]]] = field(default_factory=dict)
    toc_parents: set[str] = field(default_factory=set)  # pages whose entry holds others
    half_titles: int = 0  # pages of the spine marked as half-titles
    web_fiction: bool = False  # made from a fan-fiction or web-serial site by FanFicFare/FicHub
    archive: ArchiveText | None = None  # an Archive of Our Own download: its furniture, sorted
    archive_printed: list[str] = field(default_factory=list)  # its preface's title and byline
    counted: bool = False  # the contents' titles count chapters by bare numbers ("1 The…")
    missing: set[str] = field(default_factory=set)  # members the manifest names, not there
    lost: list[str] = field(default_factory=list)  # reading-order pages that could not be read
    lines: list[str] = field(default_factory=list)  # every paragraph of the reading order
    # `lines` that open their page or stand over a heading: where a chapter's number card is
    cards: set[int] = field(default_factory=set)
    parted: bool = False  # a page was left out since the last page read (not a blank one)
    excerpts: list[tuple[int, str]] = field(default_factory=list)  # (chapter, its heading page)
    epigraph: list[Block] = field(default_factory=list)  # an epigraph page's, for what follows

    def __post_init__(self) -> None:
        self.toc = _toc_by_page(self.book)
        self.toc_parents = _toc_parents(self.book)
        self.half_titles = _half_titles(self.book)
        self.web_fiction = _web_fiction(self.book)
        if _from_the_archive(self.book):
            self.archive = ArchiveText()
            self.web_fiction = True
        self.wrapper = _wrapper_entry(self.book, self.toc)
        self.subentries = _subentries(self.book)
        from audiobook.text.readers.markdown import counts_chapters

        self.counted = counts_chapters([t for entries in self.toc.values() for _, t in entries])
        for ref in self.book.guide or []:
            href, _, fragment = unquote(ref.get("href") or "").partition("#")
            if href and not fragment and ref.get("type"):
                self.guide[posixpath.normpath(href)] = ref["type"].lower()
            elif href and (ref.get("type") or "").lower() == "toc":
                self.contents_at.add((posixpath.normpath(href), fragment))
        for page, kind in _landmarks(self.book).items():
            self.guide.setdefault(page, kind)

    @property
    def wrapper_title(self) -> str | None:
        return self.wrapper[1] if self.wrapper else None

    @property
    def opening(self) -> bool:
        """Nothing of the book read yet: no chapter title, no paragraph."""
        return self.builder.chapters == [(None, [])]

    def skip(self, name: str, reason: str, blocks: list[Block] | None = None) -> None:
        self.notes.append(f"{name} ({reason})")
        lines = [b.text for b in blocks or [] if b.kind in ("text", "heading")]
        if reason == "title page" and self.opening:  # its credits: "Translated by …"
            self.page_lines.extend(lines)
        text = " ".join(lines)
        self.omitted.append(Omission(name, reason, text))

    def read_page(self, idref: str, linear: str) -> None:
        from ebooklib import epub

        item = self.book.get_item_with_id(idref)
        if item is None:
            self.skip(idref, "named in the reading order, not in the manifest; not read")
            self.lost.append(f"'{idref}' is not in the manifest")
            log.warning("%s: the spine names '%s', which the manifest lacks", self.path.name, idref)
            return
        name = item.get_name()
        key = posixpath.normpath(name)
        if not is_safe_member(posixpath.join(self.base, key)):
            self.skip(name, "outside the book; not read")
            return
        if posixpath.normpath(posixpath.join(self.base, key)) in self.missing:
            self.skip(name, "missing from the archive; not read")
            self.lost.append(f"{name} is missing from the archive")
            return
        if not (isinstance(item, epub.EpubHtml) or item.media_type in _DOCUMENT_TYPES):
            self.skip(name, "not a text page")
            return
        # `content` is the raw file; ebooklib's get_content() re-renders it through its own
        # HTML template and parser.
        root = parse_markup(item.content or b"")
        if root is None:
            self.skip(name, "no text")
            return
        body = body_of(root)
        if self.opening and self.title_page is None and self.archive is None:
            self._office_front(name, root)
        entries = [e for e in self.toc.get(key, []) if (key, e[1]) != self.wrapper or e[0]]
        archived = self._archive_page(body)  # an AO3 download: its preface, labels, notes out
        if archived:
            entries = [e for e in entries if not _ARCHIVE_LABEL.match(e[1])]
        marks = {fragment: title for fragment, title in entries if fragment}
        if _is_wikisource(body):
            self._wikisource_page(name, body, entries)
        self.footnotes.page = key
        if not self.opening:
            _story_on_picture(body)
        blocks = drop_notes_headings(walk(body, frozenset(marks), self.footnotes))
        if self.web_fiction:  # "A/N: thanks for the reviews!" opening or closing a chapter
            blocks, notes = without_web_authors_notes(blocks)
            self.omitted.extend(notes)
        if archived and not any(b.kind in ("text", "heading") for b in blocks):
            self.notes.append(f"{name} (the archive's preface or afterword, listed below)")
            return
        sections = self._sections(key, body, blocks)
        if sections:
            blocks = _stopped_numbers(blocks, sections)
            blocks = [b for b in blocks if not (b.kind == "mark" and b.text in sections)]
            entries = [(f, t) for f, t in entries if f not in sections]
            marks = {f: t for f, t in marks.items() if f not in sections}
        if (linear or "yes").lower() == "no":  # walked all the same: it may hold the notes
            self.skip(name, "outside the reading order", [b for b in blocks if b.kind != "note"])
            return
        if self.gutenberg_ended:
            self.skip(name, "Project Gutenberg licence", blocks)
            return
        blocks, entries = self._without_gutenberg(name, blocks, entries)
        said = [b for b in blocks if b.kind in ("text", "heading")]
        self.cards.update(len(self.lines) + j for j, b in enumerate(said) if b.kind == "text"
                          and (j == 0 or (j + 1 < len(said) and said[j + 1].kind == "heading")))
        self.lines.extend(b.text for b in said)
        reason = self._skip_reason(item, key, root, body, blocks)
        heading = next((b.text for b in blocks if b.kind == "heading"), document_title(root))
        reason = matter.decide(self.policy, reason, heading, key)
        if reason == "title page" and self._part_title(key, body):
            reason = None  # an omnibus's "Book One" / "The Glass Orchard": names a novel
            if not any(fragment is None for fragment, _ in entries):
                blocks = [Block("heading", _part_heading(blocks))]
        if reason == "title page" and self.opening and self.title_page is None:
            lines = [b.text for b in blocks if b.kind in ("text", "heading")]
            self.title_page = self._page_named(lines) or matter.TitlePage(len(lines))
        if reason:
            self.skip(name, reason, blocks)
            self.parted = self.parted or reason != "no text"
            if heading and not self.opening and _opens_excerpt(heading):
                chapters = self.builder.chapters
                kept = sum(1 for t, ps in chapters if ps or t is not None)
                self.excerpts.append((kept - (not chapters[-1][1]), heading))
            return
        blocks, entries, marks = self._without_contents_section(name, key, blocks, entries, marks)
        if self.opening:
            # a page the contents name is a chapter: only the book's own title and author
            # over its text show a title page there (Apple Pages sets it so)
            blocks = self._without_opening_pages(name, blocks, named=bool(entries) and any(
                fragment is None for fragment, _ in entries), frame=_first_frame(body))  # fmt: skip
            if not any(b.kind in ("text", "heading", "mark") for b in blocks):
                return
        types = _page_types(root, body)
        if "dedication" in types:  # its own page, never a chapter's end
            self.parted = True
        if "epigraph" in types and _epigraph_page(blocks, entries):
            # the book's epigraph on its page (Standard Ebooks' epigraph.xhtml, listed
            # "Epigraph"): read at the start of the chapter that follows, after its
            # heading, as an epigraph after the contents list is; "Epigraph" is a label
            self.epigraph.extend(b for b in blocks if b.kind in ("text", "break"))
            self.parted = True
            self.page_languages.append(_page_language(root, body))
            return
        self.page_languages.append(_page_language(root, body))
        self._add_page(root, blocks, entries, marks)

    def _office_front(self, name: str, root: _Element) -> None:
        """A word processor's document as the book's first page (Google Docs' Download →
        EPUB: one page, its body classed as in the Web page export): its Title paragraph,
        subtitle and "by" line, and its linked contents list, are taken out as
        `html.office_front` takes them out of the HTML export, one rule for both; the
        title page's title and author go to the credits when the package names none."""
        edition = office_front(root)
        if edition is None:
            return
        self.notes.extend(f"{name}: {o.what}" for o in edition.omitted)
        self.omitted.extend(edition.omitted)
        if edition.credits.get("title"):
            self.title_page = matter.TitlePage(
                0, title=edition.credits["title"], author=edition.credits.get("author")
            )

    def _part_title(self, key: str, body: _Element) -> bool:
        """A half-title page (`epub:type="halftitlepage"`) inside the book that heads a
        part of it, as an omnibus opens each novel ("Book One" / "The Glass Orchard"):
        the book has several, or the contents list this one over chapters. Its lines open
        the next chapter, so the listener hears which novel starts; a novel's one
        half-title at its front stays a title page, and so does one that says the book's
        own title, though the contents nest the chapters under it (the credits said it)."""
        marked = any("halftitlepage" in semantic_types(el) for el in body.iter() if local_name(el))
        if not marked or self.half_titles >= 2:
            return marked
        said = [_words(line) for line in body.itertext()] + [_words(" ".join(body.itertext()))]
        own = bool(self.book_title) and _words(self.book_title or "") in said
        return key in self.toc_parents and not own

    def _sections(self, key: str, body: _Element, blocks: list[Block]) -> set[str]:
        """The fragments of contents entries that are sections of a chapter, not chapters:
        entries nested under the chapter's own, in its page, at a sub-heading, when the
        chapter has text of its own before the first of them. Their sub-heads are then
        read as lines of the chapter. A part's entry over its chapters in one page has no
        text of its own before them: those stay chapters, but a poem's parts numbered
        alone ("Song of Myself" over "1", "2" … "52") are its sections."""
        found: set[str] = set()
        if self.wrapper is not None and self.wrapper[0] == key:
            return found  # Google Docs' one entry for the book: its children are chapters
        at = {b.text: i for i, b in enumerate(blocks) if b.kind == "mark"}
        titles = dict(self.toc.get(key, []))
        for parent, children in self.subentries.get(key, []):
            if parent is not None and parent not in at:
                continue
            start = at[parent] + 1 if parent is not None else 0
            first = min((at[c] for c in children if c in at), default=None)
            if first is None:
                continue
            words = sum(len(b.text.split()) for b in blocks[start:] if b.kind == "text")
            if not any(b.kind == "text" for b in blocks[start:first]) and not (
                _numbered_parts(titles.get(parent), [titles.get(c) for c in children])
                and words <= _PART_WORDS * len(children)
            ):
                continue
            found.update(c for c in children if c in at and _at_subheading(body, c))
        return found

    def _wikisource_page(
        self, name: str, body: _Element, entries: list[tuple[str | None, str]]
    ) -> None:
        """A page of Wikisource's export (ws-export) sets its printed headings as centred
        paragraphs (`{{center}}`), not as h1/h2, so nothing marks them but their place:
        - the contents table the exporter itself reads the chapters from (`ws-summary`),
          with its centred "CONTENTS." label: left out and listed;
        - on the book's first page read, the centred lines of the printed title page
          (up to the next printed page's number) when `matter.title_page` finds one in
          them: left out and listed, as the credits say the title and author;
        - at the top of a chapter the contents name, a centred line that is the book's
          title (printed over the first chapter) or the chapter's own title ("The
          Alderman's Watch." under "CHAPTER II."): the first is listed, the second is the
          chapter's spoken title already. "CHAPTER II." stays, to join that title.
        Only these lines are taken out of the tree; the rest is read as any page is."""
        for summary in [el for el in body.iter() if _is_summary(el)]:
            leaves = _text_leaves(body)
            at = next((i for i, leaf in enumerate(leaves) if _inside(leaf, summary)), None)
            label = leaves[at - 1] if at else None
            taken = [summary]
            if label is not None and _centred(label, body) and matter.heading_reason(
                _leaf_text(label)) == "table of contents":  # fmt: skip
                taken.insert(0, label)
            self.skip(f"{name}: contents", "table of contents",
                      [Block("text", _leaf_text(el)) for el in taken])  # fmt: skip
            for element in taken:
                take_out(element)
        heading, first_page = _centred_opening(body)
        if self.opening and first_page:
            page = self._page_named([_leaf_text(leaf) for leaf in first_page])
            if page is not None:
                gone = first_page[: page.size]
                self.title_page = self.title_page or page
                self.skip(f"{name}: title page", "title page",
                          [Block("text", _leaf_text(leaf)) for leaf in gone])  # fmt: skip
                for leaf in gone:
                    take_out(leaf)
                return
        chapter = next((title for fragment, title in entries if not fragment), None)
        if chapter is None:
            return
        for leaf in heading:
            said = _words(_leaf_text(leaf))
            if self.book_title and said == _words(self.book_title):  # the file's name too
                self.omitted.append(Omission(f"{name}: the book's title over the chapter",
                                             "printed matter; the credits say the title",
                                             _leaf_text(leaf)))  # fmt: skip
                take_out(leaf)
            elif said == _words(chapter):
                take_out(leaf)

    def _archive_page(self, body: _Element) -> bool:
        """A page of an Archive of Our Own download without the archive's furniture, as
        `html._archive_download` reads the same work downloaded as HTML (one rule for
        both): the preface (the "Posted originally on the Archive of Our Own" line, the
        tags and statistics, the title and byline, the summary and notes), each chapter's
        meta block but its heading (its summary, notes, "See the end of the chapter for
        more notes"), the "Chapter Text" landmark, each chapter's end notes, and the
        afterword (end notes, "Works inspired by this one", the plea for comments). Taken
        out of the page and sorted into `archive`, listed once the book is read.

        Calibre made the EPUB and split it into a file per part, numbering the archive's
        class names and dropping those it had no style for; the parts are found by the
        archive's ids (`preface`, `afterword`, `endnotes2`), its message lines, and a
        chapter's heading. True when the book is such a download."""
        from audiobook.text.readers.html import inline_text

        def said(element: _Element) -> str:
            return clean_text(inline_text(element))

        message = any(local_name(el) == "p" and AO3_MESSAGE.search(said(el))
                      for el in body.iter())  # fmt: skip
        listed = any(local_name(el) == "dl" and any(_ARCHIVE_CLASS.sub(r"\1", c) == "tags"
                                                    for c in classes(el)) for el in body.iter())
        if self.archive is None and message and listed:  # as `html._archive_download` asks
            self.archive, self.web_fiction = ArchiveText(), True
        text = self.archive
        if text is None:
            return False
        for el in body.iter():
            if local_name(el) and el.get("class"):
                el.set("class", " ".join(_ARCHIVE_CLASS.sub(r"\1", c) for c in classes(el)))

        def outermost(element: _Element) -> _Element:
            """The element, or the block around it that holds nothing else."""
            while (parent := element.getparent()) is not None and local_name(parent) == "div" \
                    and parent is not body and parent.get("id") != "chapters" \
                    and len([c for c in parent if local_name(c)]) == 1:  # fmt: skip
                element = parent
            return element

        def top(element: _Element) -> _Element | None:
            """The child of the body that holds the element, none if it is one."""
            while (parent := element.getparent()) is not None and parent is not body:
                element = parent
            return None if element.getparent() is None or not len(element) else element

        ids = {el.get("id"): el for el in body.iter() if local_name(el) and el.get("id")}
        plea = next((el for el in body.iter() if local_name(el) == "p"
                     and _COMMENT_PLEA.search(said(el))), None)  # fmt: skip
        afterword = ids.get("afterword")
        if afterword is None and plea is not None:
            afterword = top(plea)
        if afterword is not None:
            sort_archive(afterword, text, text.labels)
            take_out(afterword)
        tagged = next((el for el in body.iter() if (local_name(el) == "p"
                       and AO3_MESSAGE.search(said(el)))
                       or (local_name(el) == "dl" and "tags" in classes(el))), None)  # fmt: skip
        prefaces = [el for el in body.iter() if el.get("id") == "preface"]
        if not prefaces and tagged is not None and (around := top(tagged)) is not None:
            prefaces = [around]
        for element in prefaces:
            title = next((el for el in element.iter() if local_name(el) == "h1"), None)
            byline = next((el for el in element.iter() if "byline" in classes(el)), None)
            for part in (title, byline):
                if part is not None:
                    self.archive_printed.append(said(part))
                    take_out(part)
            sort_archive(element, text, text.header)
            take_out(element)
        for ident, element in ids.items():
            if _ENDNOTES_ID.match(ident or "") and element.getparent() is not None:
                notes = outermost(element)
                sort_archive(element, text, text.labels)
                take_out(notes)
        for heading in [el for el in body.iter() if local_name(el) in ("h2", "h3")]:
            if _ARCHIVE_LABEL.match(said(heading)):
                text.labels.append(said(heading))
                take_out(heading)
                continue
            meta = heading.getparent()
            if local_name(heading) != "h2" or meta is None or meta is body \
                    or local_name(meta) != "div" or meta.get("id") == "chapters" \
                    or any("userstuff" in classes(el) and local_name(el) != "blockquote"
                           for el in meta.iterdescendants()):  # fmt: skip
                continue
            heading.set("class", "heading")  # kept, whatever Calibre left of its class
            sort_archive(meta, text, text.labels, keep_headings=True)
        return True

    def _without_gutenberg(
        self, name: str, blocks: list[Block], entries: list[tuple[str | None, str]]
    ) -> tuple[list[Block], list[tuple[str | None, str]]]:
        """A Project Gutenberg EPUB carries the header ("*** START OF THE PROJECT
        GUTENBERG EBOOK …") at the top of its first page of text and the licence after
        "*** END OF …" on its last: neither is read, nor any page after the end. The
        contents' "The Project Gutenberg eBook of …" entry names no chapter."""
        start, end = gutenberg_marks(blocks)
        if end is not None:
            self.skip(f"{name}: the Project Gutenberg licence", "Project Gutenberg licence",
                      blocks[end:])  # fmt: skip
            blocks = blocks[:end]
            self.gutenberg_ended = True
        if start is not None:
            self.skip(f"{name}: the Project Gutenberg header", "Project Gutenberg header",
                      blocks[: start + 1])  # fmt: skip
            blocks = blocks[start + 1 :]
            entries = [(f, t) for f, t in entries if "gutenberg" not in t.casefold()]
        return blocks, entries

    def _skip_reason(
        self, item: Any, key: str, root: _Element, body: _Element, blocks: list[Block]
    ) -> str | None:
        """Why a page is not read aloud, or None to read it.

        Declared roles (nav item, epub:type, guide) are trusted; a file name or
        copyright wording only on a short page; a long page is always read unless it
        is mostly links.
        """
        from ebooklib import epub

        if isinstance(item, epub.EpubNav) or "nav" in (getattr(item, "properties", None) or []):
            return "table of contents"
        words = sum(len(b.text.split()) for b in blocks if b.kind in ("text", "heading"))
        marked = semantic_types(root) | semantic_types(body) | {self.guide.get(key, "")}
        reason = _semantic_reason(marked)
        if reason is None:
            # a section in the body speaks for the page when every section there has a
            # reason: Pandoc ends each chapter's page with its own footnotes section
            parts = [_semantic_reason(semantic_types(el)) for el in body if local_name(el)]
            reason = parts[0] if parts and all(parts) else None
        if (
            reason is None
            and any(b.kind == "note" for b in blocks)
            and not any(b.kind == "text" for b in blocks)
        ):
            reason = "notes"
        heading = next((b.text for b in blocks if b.kind == "heading"), None)
        chapter = "chapter" in _page_types(root, body) | marked
        if reason is None and words <= LONG_PAGE_WORDS:
            reason = matter.heading_reason(heading)
            if reason == "notes" and _commentary(heading, blocks, chapter=chapter):
                reason = None
        if reason is None and heading and words <= SHORT_PAGE_WORDS:
            reason = _childrens_back_page(heading, blocks)
        # a page the contents divide (Calibre's first split: title, copyright and
        # dedication in one file) is judged section by section, as chapters, not whole;
        # so is one with the contents list at an anchor (Smashwords' first split), but
        # for its file's name
        entries = self.toc.get(key, [])
        divided = len(entries) >= 2 and any(fragment for fragment, _ in entries)
        listing = any(fragment and self._contents_anchor(key, fragment, title)
                      for fragment, title in entries)  # fmt: skip
        if reason is None and words <= SHORT_PAGE_WORDS and not divided:
            stem = posixpath.splitext(posixpath.basename(key))[0]
            named = _NAME_SKIPS.match(stem)
            if named:
                reason = _NAME_REASONS[named.lastgroup or ""]
            elif (by_name := matter.file_reason(stem)) and not (
                by_name == "notes" and _commentary(heading, blocks, chapter=chapter)
            ) and (by_name != "index" or _index_entries(blocks)):
                reason = by_name
            elif words and not listing and self._mostly_legal(blocks, words):
                reason = "copyright"
            elif not listing and self._is_title_page(blocks, words):
                reason = "title page"
            elif _series_page(blocks):
                reason = "also-by page"
        if reason is None and self.web_fiction and _information_page(blocks):
            reason = "title page"  # WebToEpub's "Information": Title:, Author:, Status:
        first = next((b.text for b in blocks if b.kind in ("text", "heading")), None)
        labelled = matter.heading_reason(first) == "table of contents"  # FanFicFare's <h3>
        least = 2 if labelled else 3
        if reason is None and (words >= 20 or labelled) and _mostly_links(body, least):
            reason = "table of contents"
        if reason is None and heading and words <= SHORT_PAGE_WORDS and not self.opening \
                and matter.excerpt_heading(heading):  # fmt: skip
            reason = "advertisement"  # "Read on for a sneak peek of Book 2, …!" on its page
        if reason and words > LONG_PAGE_WORDS and not _mostly_links(body):
            log.warning(
                "%s: %s is marked as %s but holds %d words; reading it",
                self.path.name,
                key,
                reason,
                words,
            )
            return None
        return reason or (None if words else "no text")

    def _mostly_legal(self, blocks: list[Block], words: int) -> bool:
        """A copyright page: most of its words are in paragraphs that carry the notice
        or a copyright page's lines. A page that only ends with a "©" line (a short
        book in one file) or shares its page with a dedication (Calibre's first split)
        is read; `matter` then leaves out its copyright lines alone."""
        read = [b.text for b in blocks if b.kind in ("text", "heading")]
        legal = sum(len(t.split()) for t in read if _COPYRIGHT.search(t) or matter.is_legal(t))
        return legal * 2 >= words

    def _without_title_page(self, blocks: list[Block]) -> list[Block]:
        """A page of several chapters that opens with the book's title and a few words
        under it (a subtitle, "Erzählung von …") before its first chapter: that opening
        is the title page, said by the credits. Apple Pages sets the title as a paragraph
        (`paragraph-style-Title`) over its first heading: the lines before it are the
        title page then."""
        starts = [i for i, b in enumerate(blocks) if b.kind == "heading"]
        first = next((b for b in blocks if b.kind in ("text", "heading")), None)
        if first is not None and first.kind == "text" and starts:
            opening = blocks[: starts[0]]
        else:
            opening = blocks[: starts[1]] if len(starts) > 1 else []
        if not opening or opening[0] is not first or not self._is_title_page(
            opening, sum(len(b.text.split()) for b in opening if b.kind in ("text", "heading"))
        ):
            return blocks
        self.skip("the title page", "title page", opening)
        return blocks[len(opening) :]

    def _is_title_page(self, blocks: list[Block], words: int) -> bool:
        """A few words that open with the book's title: the title page."""
        if not self.book_title or not words or words > 40:
            return False
        from audiobook.text.readers.plaintext import parse_heading

        chapters = [b for b in blocks if b.kind == "heading" and parse_heading(b.text)]
        if len(chapters) >= 2:
            return False  # "Erstes Kapitel", "Zweites Kapitel": a book in one short page
        texts = [b.text for b in blocks if b.kind in ("text", "heading")][:2]
        first = texts[0] if texts else ""
        return first.casefold() == self.book_title.casefold() or (
            len(texts) == 2 and _words(" ".join(texts)) == _words(self.book_title)
        )  # "Knives and Mercy" over "Surgery Before Anaesthesia", the title and subtitle

    def _page_named(self, lines: list[str], *, ended: bool = True) -> matter.TitlePage | None:
        """The title page these lines make (`matter.title_page`), a whole page of them
        when `ended`; a title that is only the file's name is no title to match."""
        title = self.book_title if self.titled else None
        return matter.title_page(lines, title=title, author=self.author, ended=ended)

    def _without_opening_pages(
        self, name: str, blocks: list[Block], *, named: bool, frame: list[str]
    ) -> list[Block]:
        """The book's first page of text without the title page and the contents list it
        opens with, when they are paragraphs with no markup to say so: LibreOffice's
        title page alone in its section ("THE WEIR" / "a novel" / "Gwen Ashdown"),
        Google Docs' title and subtitle over a page break, then its linked contents.
        `frame` is the page's first InDesign text frame, whose end is a printed page's, as
        is a copyright notice's start ("Copyright 2016 …" under "by Lucas Vane")."""
        lead = list(itertools.takewhile(lambda b: b.kind == "text", blocks))
        ended = not named and (len(lead) == len(blocks) or blocks[len(lead)].kind == "break")
        if frame and len(frame) < len(lead) and not named and all(
            _words(line) == _words(b.text) for line, b in zip(frame, lead, strict=False)
        ):
            lead, ended = lead[: len(frame)], True  # the frame is the title page, if any
        legal = next((i for i, b in enumerate(lead) if matter.is_copyright_evidence(b.text)), 0)
        if legal and not named:  # Smashwords' first page: the copyright under the title page
            lead, ended = lead[:legal], True
        if lead:
            page = self._page_named([b.text for b in lead], ended=ended)
            if page is not None:
                self.title_page = page
                lead, rest = lead[: page.size], blocks[page.size :]
                what = name if not any(b.kind == "text" for b in rest) else f"{name}: title page"
                self.skip(what, "title page", lead)
                blocks = rest
        return self._without_contents_lines(name, blocks)

    def _without_contents_lines(self, name: str, blocks: list[Block]) -> list[Block]:
        """A contents list typed as paragraphs at the book's opening (Google Docs' linked
        one, under "Contents"): lines that each name an entry of the book's own contents,
        under a "Contents" label or three at least, before any chapter. Left out and
        listed. InDesign's one-file export sets its list under the dedication and the
        epigraph, each line with the chapter's number ("1 The Harbour Light"): a labelled
        list counts anywhere in the text before the first chapter starts."""
        titles = {_words(title) for entries in self.toc.values() for _, title in entries}
        start = next((i for i, b in enumerate(blocks) if b.kind != "break"), len(blocks))

        def label(block: Block) -> bool:
            return block.kind == "text" and (
                matter.heading_reason(block.text) == "table of contents")  # fmt: skip

        before = itertools.takewhile(lambda ib: ib[1].kind in ("text", "break"),
                                     enumerate(blocks))  # fmt: skip
        start = next((i for i, b in before if i >= start and label(b)), start)
        end = start
        labelled = end < len(blocks) and label(blocks[end])
        end += labelled
        while end < len(blocks) and blocks[end].kind == "text":
            if not {_words(blocks[end].text), _contents_line(blocks[end].text)} & titles:
                break
            end += 1
        if end - start - labelled < (2 if labelled else 3):
            return blocks
        self.skip(f"{name}: contents", "table of contents", blocks[start:end])
        return blocks[:start] + blocks[end:]

    def _without_contents_section(
        self,
        name: str,
        key: str,
        blocks: list[Block],
        entries: list[tuple[str | None, str]],
        marks: dict[str, str],
    ) -> tuple[list[Block], list[tuple[str | None, str]], dict[str, str]]:
        """A contents list inside a page of text, at an anchor the contents call "Table
        of Contents" or the guide marks as the toc: Calibre's first split of a Smashwords
        book sets the title, the copyright and then the linked list in one file. From the
        anchor, its label and the lines that each name an entry of the book's contents
        ("Chapter 1", "About the Author"), two at least, are left out and listed, and the
        entry names no chapter (its "Chapter 1" line would join its title). A line after
        them that names no entry is read."""
        titles = {_words(title) for found in self.toc.values() for _, title in found}
        for at, block in enumerate(blocks):
            if block.kind != "mark" or not self._contents_anchor(
                key, block.text, marks.get(block.text)
            ):
                continue
            end = at + 1
            while end < len(blocks) and blocks[end].kind in ("text", "heading") and (
                matter.heading_reason(blocks[end].text) == "table of contents"
            ):
                end += 1  # the list's printed label
            first = end
            while end < len(blocks) and blocks[end].kind in ("text", "heading") and (
                {_words(blocks[end].text), _contents_line(blocks[end].text)} & titles
            ):
                end += 1
            if end - first < 2:
                continue
            self.skip(f"{name}: contents", "table of contents", blocks[at + 1 : end])
            entries = [(fragment, title) for fragment, title in entries if fragment != block.text]
            marks = {fragment: title for fragment, title in marks.items() if fragment != block.text}
            return blocks[:at] + blocks[end:], entries, marks
        return blocks, entries, marks

    def _contents_anchor(self, key: str, fragment: str, title: str | None) -> bool:
        """Does this anchor of a page start the book's contents list: its entry is called
        "Table of Contents" (or "Contents"), or the guide names it as the toc?"""
        return matter.heading_reason(title) == "table of contents" or (key, fragment) in (
            self.contents_at)  # fmt: skip

    def without_excerpts(self, chapters: Chapters) -> Chapters:
        """The book without the next book's excerpt after a "Sneak Peek: …", "Excerpt:
        …" or "Read on for a sneak peek of Book 2, …!" page left out at its end (Vellum's
        and most indie books' shape): the chapters after that page are the other book's,
        up to the next back-matter page ("About the Author", "Also by", a reading group
        guide) or the book's end, and are left out and listed with it. Only in the book's
        second half, and when the excerpt starts again at a "Chapter 1" or "Prologue" or
        its page names another book ("Book 2", "the sequel", a title in capitals); a
        page's "Chapter 1" inside a title ("The Tide Between Us — Chapter 1") counts."""
        from audiobook.text.matter import _BOOK_NAMED, _CAPS_TITLE

        for start, heading in reversed(self.excerpts):
            end = next((n for n in range(start, len(chapters))
                        if _back_matter(chapters[n][0] or "")), len(chapters))  # fmt: skip
            if start >= end:
                continue
            total = sum(len(p.text.split()) for _, ps in chapters for p in ps)
            before = sum(len(p.text.split()) for _, ps in chapters[:start] for p in ps)
            anew = bool(_EXCERPT_OPENING.search(chapters[start][0] or ""))
            named = bool(_BOOK_NAMED.search(heading) or _CAPS_TITLE.search(heading))
            if before * 2 < total or not (anew or named):
                continue
            cut = chapters[start:end]
            self.omitted.append(Omission(
                f"the next book's excerpt after '{heading}'", "advertisement",
                " ".join([t or "" for t, _ in cut] + [p.text for _, ps in cut for p in ps])))
            self.notes.append(
                f"the next book's excerpt after '{heading}' ({counted(len(cut), 'chapter')})"
            )
            chapters = [*chapters[:start], *chapters[end:]]
        return chapters

    def story_title_page(self, chapters: Chapters, author: str | None) -> Chapters:
        """A story with no chapter headings, in one chapter, whose first lines are its
        title and byline ("The Lighthouse Ledger" / "by Margaret Ellery") over its text:
        those lines are its title page, said by the credits, and are left out. Its
        heading, when the story has one, stays its title."""
        if len(chapters) != 1:
            return chapters
        heading, paragraphs = chapters[0]
        lines = ([heading] if heading else []) + [p.text for p in paragraphs[:_STORY_LINES]]
        title = self.book_title if self.titled else None
        page = matter.title_page(lines, title=title, author=author, ended=False, story=True)
        dropped = page.size - (1 if heading else 0) if page else 0
        if page is None or dropped <= 0 or dropped >= len(paragraphs):
            return chapters
        self.title_page = page
        left = [p.text for p in paragraphs[:dropped]]
        self.omitted.append(matter.title_page_left_out(left))
        self.notes.append(f"title page ({len(left)} lines)")
        return [(heading, paragraphs[dropped:])]

    def _add_page(
        self,
        root: _Element,
        blocks: list[Block],
        entries: list[tuple[str | None, str]],
        marks: dict[str, str],
    ) -> None:
        """Add one page's text to the chapters.

        A table-of-contents entry starts a chapter and its title wins over the page's
        own headings. A page the contents do not list starts a chapter if it opens with
        a heading, else continues the previous one (a chapter split over files), but not
        across a page left out: a dedication after the title and copyright pages is its
        own, not the end of a "Praise for …" page before them (which would take it
        along when it is left out). In a book without contents, every h1/h2 starts a
        chapter.
        """
        builder = self.builder
        html_title = document_title(root)
        headings = [b.text for b in blocks if b.kind == "heading"]
        # one contents entry for a page of several chapters ("Start", as Sigil names a
        # book kept in one file) names no chapter: the page's own headings do
        own = len(headings) >= 2 and len(entries) == 1 and not entries[0][0] and (
            entries[0][1].casefold() not in {h.casefold() for h in headings}
        ) and not _entry_over_subheads(entries[0][1], blocks)
        if own:
            entries = []
            blocks = self._without_title_page(blocks)
        page_title = next((title for fragment, title in entries if not fragment), None)
        if entries and page_title is None:
            blocks = _number_after_anchor(blocks)
        opening = next((b for b in blocks if b.kind not in ("mark", "note")), None)
        if self.parted and not entries and (opening is None or opening.kind != "heading"):
            builder.heading(None)  # a headless page after a page left out starts anew
        self.parted = False
        if page_title:
            builder.heading(self._stopped(page_title), fixed=True)
        elif not entries:
            builder.title_fixed = False
            if opening is not None and opening.kind == "heading":
                builder.heading(opening.text)
            elif not self.toc and html_title not in (None, self.book_title, self.previous_title):
                builder.heading(html_title)
        self.previous_title = html_title
        printed = False  # the chapter's title printed on the page, over what follows
        for block in blocks:
            if block.kind == "mark":
                builder.heading(self._stopped(marks[block.text]), fixed=True)
                printed = False
            elif block.kind == "heading":
                if block is opening and not entries:
                    continue  # already the chapter's title
                fixed = builder.title_fixed and not own and bool(self.toc)
                if builder.at_chapter_start and fixed:
                    self._heading_under_title(block.text)
                    printed = True
                elif builder.at_chapter_start or not self.toc or own or _numbered_next(
                    builder.chapters[-1][0], block.text
                ):
                    builder.heading(block.text)
                else:
                    builder.paragraph(block.text)
            elif block.kind == "break":
                builder.scene_break()
            elif block.kind == "text" and printed and builder.at_chapter_start and (
                _PART_NUMBER.match(block.text) and block.text.strip().isalnum()
            ):  # "I" under the story's printed title: its first part's number, not the
                # title's ("One. A Scandal in Bohemia")
                builder.paragraph(f"{block.text.strip()}.", section=True)
            elif block.kind == "text":
                builder.paragraph(block.text)
                if self.epigraph and builder.chapters[-1][1]:
                    self._add_epigraph()

    def _add_epigraph(self) -> None:
        """The epigraph page's lines before the chapter's first paragraph, just added:
        after its heading and the lines that only repeat its title ("by Marisol Ortega"
        under "Introduction by Marisol Ortega"), which are not read."""
        paragraphs = self.builder.chapters[-1][1]
        first = paragraphs.pop()
        for block in self.epigraph:
            if block.kind == "break":
                self.builder.scene_break()
            elif block.kind == "text":  # its own words, though one repeats the title
                self.builder.paragraph(block.text, section=True)
        self.epigraph = []
        paragraphs.append(first)

    def _stopped(self, title: str) -> str:
        """A contents entry's title with a stop after its chapter number when the entries
        count the chapters so (Pandoc's "1 The First Voyage"): said "One. The First…"."""
        from audiobook.text.readers.markdown import number_stopped

        return number_stopped(title) if self.counted else title

    def _heading_under_title(self, text: str) -> None:
        """A heading at the top of a chapter the contents titled: the printed title, or
        its number ("Chapter 1", "ONE"), or the book's title, is the title said already
        and is not read again (the book's title is listed); any other heading is the
        chapter's own words (the narrator's name under "Chapter 1", "Questions and Topics
        for Discussion" under "A Reader's Guide") and is read as a line of its own."""
        from audiobook.text.readers.plaintext import _spelled_number, parse_heading

        entry = self.builder.chapters[-1][0] or ""
        title = _heading_words(entry)
        said = _heading_words(text)
        inside = f" {title} " in f" {said} " and not _dated_entry(title, said)
        if not said or f" {said} " in f" {title} ":
            return
        numbered = parse_heading(entry) or _spelled_number(entry)
        if inside and numbered is not None and not numbered.has_title:
            # the contents give the number alone ("I") over a heading that adds the
            # chapter's own words ("I. How it happened that Master Cherry…"): those words
            # are read, the number is said already
            count = len(f" {said} ".partition(f" {title} ")[0].split()) + len(title.split())
            head = parse_heading(_upto_words(text, count))
            rest = _after_words(text, count)
            labelled = head is not None and not head.has_title and head.family != "bare"
            if rest and (labelled or (said.startswith(f"{title} ") and _set_apart(text, count))):
                self.builder.paragraph(rest)  # "Chapter 1 The Storm" under "1" too
            return
        if inside:
            return
        lead = re.match(r"\W*(\d+)\b", text)
        if (
            numbered is not None and not numbered.has_title and lead is not None
            and numbered.number == int(lead[1]) and (rest := _after_words(text, 1))
        ):  # "1 / The $2.5 Billion Mistake" under the contents' "Chapter 1": the number
            self.builder.paragraph(rest)  # is said, the chapter's own words are read
            return
        printed = parse_heading(text) or _spelled_number(text)
        if printed is not None and not printed.has_title and not (
            numbered is not None and "bare" not in (numbered.family, printed.family)
            and numbered.family != printed.family
        ):  # "Scene I" under the contents' "Act I" is the scene's own heading, read
            return  # the printed number or label the contents' title stands for
        if self.book_title and said == _words(self.book_title):
            self.omitted.append(Omission(f"the book's title over '{self.builder.chapters[-1][0]}'",
                                         "printed matter; the credits say the title", text))
            return
        self.builder.paragraph(text)


_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})

_EXCERPT_PAGE = re.compile(r"^\W*(?:an? )?(?:sneak peek|excerpt|preview)\b", re.IGNORECASE)
_EXCERPT_OPENING = re.compile(
    r"(?:^|[:—–-]\s*)(?:prologue|(?:chapter\s+)?(?:1|one|i))\s*(?:$|[:.—–-](?!\d))"
    r"|\bchapter\s+(?:1|one)\s*$",
    re.IGNORECASE,
)
"""An excerpt's first chapter: "Chapter 1", "Prologue", "One", or a title that ends with
it ("The Tide Between Us — Chapter 1")."""
_BACK_MATTER = re.compile(
    r"^\W*(?:acknowledge?ments?|afterword|author[’']?s note|a note from the author"
    r"|(?:a )?(?:letter|note) to (?:the )?readers?|dear reader)\b",
    re.IGNORECASE,
)


_SERIES_ENTRY = re.compile(
    r"^\W*(?:book|volume|vol\.)\s+(?:\d{1,2}|[ivx]+|one|two|three|four|five|six|seven|eight"
    r"|nine|ten|eleven|twelve)\b\s*(?:[:.—–-]\s*\S|$)",
    re.IGNORECASE,
)
"""A series page's entry: "Book One: The Copper Tide", "Book 2 — The Iron Meridian"."""


_INDEX_ENTRY = re.compile(
    r"(?:,|\s)\s*(?:\d{1,4}|[ivxlc]{1,7})(?:\s*[-–]\s*\d{1,4})?(?:\s*[a-z]?n\.?)?[.;]?\s*$"
)
"""An index entry's end: a page number or a span of pages after the term ("Abbey, the,
12, 45–47", "Lamps, xii", "Tide tables 88n")."""


def _index_entries(blocks: list[Block]) -> bool:
    """Is a short page an index by what it holds, three entries at least and most of its
    lines ending in page numbers? A file's name alone says nothing: Calibre calls a
    one-file book's only page `index.html`, and a story is no index."""
    lines = [line for b in blocks if b.kind == "text" for line in b.text.split("\n") if line]
    entries = sum(1 for line in lines if _INDEX_ENTRY.search(line))
    return entries >= 3 and entries * 3 >= len(lines) * 2


def _series_page(blocks: list[Block]) -> bool:
    """Is a short page a list of the series' books under the series' name ("The Meridian
    Cycle" / "Book One: The Copper Tide" / "Book Two: The Iron Meridian" / …), as a
    trade book sets it before its title page? Left out as an "Also by" page is: two
    entries at least, each a title (twelve words at most, no sentence), and nothing else
    on the page but its heading. An omnibus's part page ("Book One" / "The Copper Tide")
    has one; a chapter's "Book One: accounts of the ferry, 1950 to 1961." is a sentence."""
    lines = [b.text for b in blocks if b.kind == "text"]
    return len(lines) >= 2 and all(
        _SERIES_ENTRY.match(line) and len(line.split()) <= 12 and not line.endswith((".", "!"))
        for line in lines
    )


_ACTIVITIES = re.compile(
    r"^\W*(?:(?:fun|more|bonus|extra) )?(?:activities|activity (?:pages?|time|corner|fun)"
    r"|things to (?:do|make)|puzzles?(?: (?:and|&) (?:games|activities))?"
    r"|(?:games|colouring|coloring) (?:and|&) (?:puzzles|activities)|puzzle (?:pages?|time|corner))"
    r"\W*$",
    re.IGNORECASE,
)
_PAPER_TASK = re.compile(
    r"\b(?:draw|colou?r (?:in|it|the|them)|trace|circle|word ?search|maze|dot[- ]to[- ]dot"
    r"|cut (?:it )?out|fill in|answers?|see page \d+|in the box|pencil|crayons?"
    r"|(?:can you )?find these words)\b",
    re.IGNORECASE,
)
"""What an activity page asks of a child with a pencil: draw, trace, colour in, a maze, a
word search, the answers "on page 48"."""
_MORE_BOOKS = re.compile(
    r"^\W*(?:(?:look out|watch out|look) for|collect|don[’']?t miss|read) (?:all )?(?:the )?"
    r"(?:more|other|next)\b.{0,60}\b(?:adventures|books|stories|titles|series)\W*$",
    re.IGNORECASE,
)


def _childrens_back_page(heading: str, blocks: list[Block]) -> str | None:
    """A children's book's pages at the back that only make sense on paper or sell the
    next book: "Fun Activities!" (a maze, a word search, "Draw it in the box below",
    "Answers … see page 48": two such lines at least) and "Look out for more Bramble
    Bear adventures!" over the titles alone. A chapter called "Things to Do" that tells
    a story is read."""
    lines = [b.text for b in blocks if b.kind in ("text", "heading")][1:]
    if _ACTIVITIES.match(heading) and sum(bool(_PAPER_TASK.search(t)) for t in lines) >= 2:
        return "activities"
    if _MORE_BOOKS.match(heading) and lines and all(
        len(t.split()) <= 10 and not t.rstrip("”’\"").endswith((".", "?")) for t in lines
    ):
        return "advertisement"
    return None


def _opens_excerpt(heading: str) -> bool:
    """Does a page's heading open the next book's excerpt ("Sneak Peek: The Tide Between
    Us", "Excerpt from The Gold Horizon", "Read on for a sneak peek of Book 2, …!")?"""
    return bool(_EXCERPT_PAGE.match(heading)) or matter.excerpt_heading(heading)


def _back_matter(title: str) -> bool:
    """Does a chapter's title name a back-matter page, which ends an excerpt: "About the
    Author", "Also by …", "Acknowledgments", a reading group guide?"""
    return bool(matter.is_about_page(title) or matter.heading_reason(title)
                or _BACK_MATTER.match(title))  # fmt: skip

_CAPTION_CLASS = re.compile(r"(?:^|\s)caption(?:\s|$)", re.IGNORECASE)
_FIGURE_LABEL = re.compile(
    r"^\W*(?:fig(?:ure)?|plate|illustration|map|photo(?:graph)?|image|drawing|diagram"
    r"|frontispiece|table|chart)\b|^\W*\d|[©\[\]]",
    re.IGNORECASE,
)
_STORY_SENTENCE = re.compile(r"\w\W*[.!?…][”’\"')]*\s*$")


def _story_on_picture(body: _Element) -> None:
    """A children's book's full-page picture with its line of the story under it
    ("Down, down, down went the tunnel."), set as `p.caption` on a page of its own:
    the line is read, as the story's words, where it stands. Only such a page: the
    picture(s) and that one paragraph, no heading, nothing else; the line a sentence
    (three words or more, ending with a stop), not a label ("Fig. 3", "Plate II", "Map
    of …", a credit) and not in a `<figure>` or Distributed Proofreaders' `figcenter`
    block. A `<figcaption>`, and a caption beside a picture in a chapter's text, stay
    print furniture."""
    from audiobook.text.readers.html import inline_text

    if not any(local_name(el) == "img" for el in body.iter()):
        return
    texts = [el for el in body.iter() if local_name(el) in ("p", "div", "span", *_HEADINGS)
             and not any(local_name(c) in ("p", "div") for c in el)
             and "".join(el.itertext()).strip()]  # fmt: skip
    if len(texts) != 1 or local_name(texts[0]) in _HEADINGS:
        return
    line = texts[0]
    said = clean_text(inline_text(line))
    framed = any(local_name(el) in ("figure", "figcaption") or any(
        re.fullmatch(r"fig(?:ure|center|left|right|inline)?", c) for c in classes(el))
        for el in (line, *line.iterancestors()))  # fmt: skip
    if framed or not _CAPTION_CLASS.search(line.get("class") or ""):
        return
    if len(said.split()) < 3 or _FIGURE_LABEL.search(said) or not _STORY_SENTENCE.search(said):
        return
    line.set("class", _CAPTION_CLASS.sub(" ", line.get("class") or "").strip())


def _page_types(root: _Element, body: _Element) -> set[str]:
    """The epub:types and roles the page declares: on its html or body element, or on
    the sections that make up its body (Vellum's `<section epub:type="dedication">`)."""
    found = semantic_types(root) | semantic_types(body)
    return found.union(*(semantic_types(el) for el in body if local_name(el)))

_NOTE_OPENING = re.compile(
    r"^\s*(?:\[?\d{1,3}[\].):]?(?=\s)|[⁰¹²³⁴⁵⁶⁷⁸⁹]+|[*†‡§]|p(?:p|age)?\.?\s*\d)"
)
"""How a note opens: its number ("1.", "[2]", "3 ", "¹"), a mark, or the page it serves
("p. 44")."""
_NOTES_ON_WORK = re.compile(
    r"^\s*notes?\s+(?:on|about)\s+(?!(?:the\s+)?(?:sources?|references|citations)\b)\S",
    re.IGNORECASE,
)
"""A heading that names notes *on* the book's own work ("Notes on the Stories"): the
author's commentary when its page is prose; "Notes on Sources" stays a notes section."""


_EPIGRAPH_LABEL = re.compile(r"^\W*(?:epigraphs?|mottos?|épigraphes?|epigraf[ey]?)\W*$",
                             re.IGNORECASE)
_EPIGRAPH_WORDS = 250


def _epigraph_page(blocks: list[Block], entries: list[tuple[str | None, str]]) -> bool:
    """Is a page typed `epigraph` only that: a quotation and its source, with no heading
    but its label ("Epigraph"), the contents naming it by that label or not at all? A
    page the contents give a title of its own, or a long one, stays a page."""
    said = [b for b in blocks if b.kind in ("text", "heading")]
    words = sum(len(b.text.split()) for b in said)
    return (
        any(b.kind == "text" for b in said)
        and words <= _EPIGRAPH_WORDS
        and all(_EPIGRAPH_LABEL.match(b.text) for b in said if b.kind == "heading")
        and all(_EPIGRAPH_LABEL.match(title) for _, title in entries)
    )


def _commentary(heading: str | None, blocks: list[Block], *, chapter: bool) -> bool:
    """Is a page that a notes heading or a `notes.xhtml` file name would leave out the
    author's own prose? A collection's "Story Notes", "Author's Notes", "A Note on the
    Text", "Notes on the Stories" are read as an afterword is (the docx and text readers
    read them too). It holds no note (nothing a note mark points at), its paragraphs do
    not open with a note's number or page, and its heading names no bare notes section
    ("Notes", "Endnotes", "Notes to Chapter 3"), unless the page is marked as a chapter
    (`epub:type="chapter"`: a novel's chapter called "Notes"). A page without a heading
    in `notes.xhtml` stays left out."""
    if not heading or any(b.kind == "note" for b in blocks):
        return False
    texts = [b.text for b in blocks if b.kind == "text"]
    numbered = [t for t in texts if _NOTE_OPENING.match(t)]
    if not texts or _NOTE_OPENING.match(texts[0]) or len(numbered) * 2 >= len(texts):
        return False
    if matter.heading_reason(heading) != "notes" or _NOTES_ON_WORK.match(heading):
        return True
    return chapter


def _dated_entry(title: str, said: str) -> bool:
    """Is a heading that holds its chapter's title one word among others, with a number
    on either side ("Day 1 — 2 March 2031" under the chapter "March")? A diary's entry,
    read; "Chapter 1: March" is the title with its number, said already."""
    before, _, after = f" {said} ".partition(f" {title} ")
    return bool(re.search(r"[0-9]", before) and re.search(r"[0-9]", after))


def _entry_over_subheads(entry: str, blocks: list[Block]) -> bool:
    """Does the page's one contents entry name the headings that open it ("1. The Debt
    Inventory" for an h1 "1" over an h1 "The Debt Inventory"), with every later heading
    a level below them ("Gathering the Statements", "Chapter Summary" in h2)? Then the
    page is the entry's chapter and those are its sections, read as its lines; a page of
    several chapters at one level (a book kept in one file) is divided by them."""
    lead = list(itertools.takewhile(lambda b: b.kind != "text", blocks))
    top = [b for b in lead if b.kind == "heading"]
    rest = [b for b in blocks[len(lead) :] if b.kind == "heading"]
    said = {_words(b.text) for b in top} | {_words(" ".join(b.text for b in top))}
    return bool(top) and (_words(entry) in said or _same_number(entry, top)) and all(
        b.level > max(t.level for t in top) for b in rest
    )


def _same_number(entry: str, top: list[Block]) -> bool:
    """Does a contents entry that words its chapter otherwise than the page ("Chapter 1",
    "Chapter 1: A Costly Lesson" over an h1 "1 / The $2.5 Billion Mistake") give the
    number the page's heading opens with? A shorter label for the same chapter, as nav
    files often hold; an entry with no number ("Start") names no one chapter."""
    number = re.search(r"\d+", entry)
    opening = re.match(r"\W*(\d+)\b", " ".join(b.text for b in top))
    return number is not None and opening is not None and int(number[0]) == int(opening[1])


def _at_subheading(body: _Element, fragment: str) -> bool:
    """Does this anchor mark a heading: the heading's own id, an anchor inside one, or a
    section that opens with one?"""
    target = next((el for el in body.iter() if local_name(el)
                   and fragment in (el.get("id"), el.get("name"))), None)  # fmt: skip
    if target is None:
        return False
    if any(local_name(el) in _HEADINGS for el in (target, *target.iterancestors())):
        return True
    leaves = _text_leaves(target)
    return bool(leaves) and local_name(leaves[0]) in _HEADINGS


def _number_after_anchor(blocks: list[Block]) -> list[Block]:
    """The page with its first contents anchor moved before the chapter number that opens
    the page, when that number is all the text there: InDesign's split export sets "2"
    (class "CN") over the title that holds the anchor ("Tide Tables"), so read in order
    the number would end the chapter before. After the anchor it joins the contents'
    title ("2. Tide Tables") as a printed number does (`ChapterBuilder.paragraph`)."""
    from audiobook.text.readers.plaintext import _spelled_number, parse_heading

    first = next((i for i, b in enumerate(blocks) if b.kind == "mark"), None)
    if not first:
        return blocks
    lead = [b for b in blocks[:first] if b.kind != "note"]
    for block in lead:
        printed = (parse_heading(block.text) or _spelled_number(block.text)
                   if block.kind == "text" else None)  # fmt: skip
        if printed is None or printed.has_title or printed.family not in ("chapter", "bare"):
            return blocks
    return [blocks[first], *blocks[:first], *blocks[first + 1 :]]


_GENERIC_LABEL = re.compile(r"^(?:section|part|text|page|file|untitled)[ _-]?\d*$", re.IGNORECASE)
"""A contents entry an exporter made up for a page with no heading (LibreOffice's
"Section 3", "Text", "Untitled"): it names no chapter; the page's own headings do."""


def _landmarks(book: Any) -> dict[str, str]:
    """{page: epub:type} from the EPUB 3 navigation document's landmarks (`<a
    epub:type="toc" href="table.xhtml">`): the EPUB 3 successor of the EPUB 2 guide,
    and read the same way. Only links to a whole page count."""
    from ebooklib import epub

    found: dict[str, str] = {}
    for item in book.get_items():
        properties = getattr(item, "properties", None) or []
        if not (isinstance(item, epub.EpubNav) or "nav" in properties):
            continue
        root = parse_markup(item.content or b"")
        if root is None:
            continue
        base = posixpath.dirname(item.get_name())
        for nav in root.iter():
            if local_name(nav) != "nav" or "landmarks" not in semantic_types(nav):
                continue
            for link in nav.iter():
                href, _, fragment = unquote(link.get("href") or "").partition("#")
                kinds = sorted(semantic_types(link))
                if local_name(link) == "a" and href and not fragment and kinds:
                    found[posixpath.normpath(posixpath.join(base, href))] = kinds[0]
    return found


def _toc_by_page(book: Any) -> dict[str, list[tuple[str | None, str]]]:
    """Table-of-contents entries, every level, by page: [(fragment or None, title)]."""
    base = _toc_base(book)
    found: dict[str, list[tuple[str | None, str]]] = {}

    def add(href: str | None, title: str | None) -> None:
        title = clean_title(title or "")
        if not href or not title or _GENERIC_LABEL.match(title):
            return
        page, _, fragment = unquote(href).partition("#")
        key = posixpath.normpath(posixpath.join(base, page))
        entry = (fragment or None, title)
        if entry not in found.setdefault(key, []):
            found[key].append(entry)

    def visit(entries: Any) -> None:
        for entry in entries or []:
            if isinstance(entry, tuple | list):
                head, *children = entry
                if isinstance(head, tuple | list):
                    visit(entry)
                    continue
                add(getattr(head, "href", None), getattr(head, "title", None))
                for child in children:
                    visit(child if isinstance(child, list) else [child])
            else:
                add(getattr(entry, "href", None), getattr(entry, "title", None))

    visit(book.toc)
    return found


def _toc_base(book: Any) -> str:
    """The folder contents links are relative to: ebooklib resolves nav links against the
    OPF folder but leaves NCX links relative to the NCX file."""
    from ebooklib import epub

    items = list(book.get_items())
    if any(isinstance(item, epub.EpubNav) for item in items):
        return ""
    ncx = next((item for item in items if isinstance(item, epub.EpubNcx)), None)
    return posixpath.dirname(ncx.get_name()) if ncx is not None else ""


def _toc_nodes(entries: Any) -> Iterator[tuple[Any, list[Any]]]:
    """Every entry of ebooklib's contents tree with the entries nested under it, depth
    first: a `Link` or `Section` head and its children (a list, or a lone link)."""
    for entry in entries or []:
        if not isinstance(entry, tuple | list) or len(entry) < 2:
            continue
        head, children = entry[0], entry[1]
        if isinstance(head, tuple | list):
            yield from _toc_nodes(entry)
            continue
        children = children if isinstance(children, list) else [children]
        yield head, children
        yield from _toc_nodes(children)


_PART_NUMBER = re.compile(r"^\W*(?:\d{1,3}|[IVXLC]{1,7}|[ivxlc]{1,7})\W*$")


def _stopped_numbers(blocks: list[Block], sections: set[str]) -> list[Block]:
    """The page's blocks with a section's bare number ("2" over the second part of
    "Song of Myself") given its stop: a section's number, said "Two." as such
    (`segment`), not a word run into the verse ("two")."""
    out = list(blocks)
    for index, block in enumerate(blocks[:-1]):
        after = blocks[index + 1]
        if block.kind == "mark" and block.text in sections and after.kind == "text" and (
            _PART_NUMBER.match(after.text) and after.text.strip().isalnum()
        ):
            out[index + 1] = Block("text", f"{after.text.strip()}.")
    return out


_PART_WORDS = 1200
"""A numbered part of a poem or a piece runs to a few hundred words (Song of Myself's
average under 300); a novel's chapters, numbered alone under a part's name in one file,
run to thousands, and stay chapters."""


def _numbered_parts(parent: str | None, children: list[str | None]) -> bool:
    """Are the entries under a titled entry its parts numbered alone, as Whitman's "Song
    of Myself" over "1", "2" … "52", Tennyson's "In Memoriam" over "I", "II"…? They
    are sections of one poem or piece, read within it as "Two."; a part's label ("Part
    One", "Book II") over numbered entries heads chapters."""
    from audiobook.text.readers.plaintext import parse_heading

    if not parent or _PART_NUMBER.match(parent) or len(children) < 2:
        return False
    label = parse_heading(parent)
    if label is not None and label.family in ("part", "book", "volume"):
        return False
    return all(child and _PART_NUMBER.match(child) for child in children)


def _subentries(book: Any) -> dict[str, list[tuple[str | None, list[str]]]]:
    """{page: [(parent's fragment or None, [its children's fragments])]}: contents
    entries nested under an entry for the same page, as Simon & Schuster lists a
    chapter's sub-heads ("THREE: Night Float" over `ch03.xhtml#sec3_1`)."""
    base = _toc_base(book)
    found: dict[str, list[tuple[str | None, list[str]]]] = {}

    def place(link: Any) -> tuple[str, str | None]:
        page, _, fragment = unquote(getattr(link, "href", None) or "").partition("#")
        return posixpath.normpath(posixpath.join(base, page)), fragment or None

    for head, children in _toc_nodes(book.toc):
        page, fragment = place(head)
        inside = [f for c in children if not isinstance(c, tuple | list)
                  for p, f in [place(c)] if p == page and f and f != fragment]  # fmt: skip
        if getattr(head, "href", None) and inside:
            found.setdefault(page, []).append((fragment, inside))
    return found


def _toc_parents(book: Any) -> set[str]:
    """The pages whose whole-page contents entry has entries nested under it: a part's
    page over its chapters."""
    base = _toc_base(book)
    found: set[str] = set()
    for head, children in _toc_nodes(book.toc):
        href = unquote(getattr(head, "href", None) or "")
        if href and "#" not in href and children:
            found.add(posixpath.normpath(posixpath.join(base, href)))
    return found


_HALF_TITLE = re.compile(rb"""type\s*=\s*["'][^"']*\bhalftitlepage\b""")


def _half_titles(book: Any) -> int:
    """How many pages of the spine are marked `epub:type="halftitlepage"`."""
    items = (book.get_item_with_id(idref) for idref, _ in book.spine)
    return sum(1 for item in items if item is not None
               and _HALF_TITLE.search(getattr(item, "content", b"") or b""))  # fmt: skip


def _part_heading(blocks: list[Block]) -> str:
    """A half-title page's lines as one heading: "Book One: The Glass Orchard" when a
    bare label ("Book One", "Part II") stands over the title."""
    from audiobook.text.readers.plaintext import parse_heading

    lines = [b.text for b in blocks if b.kind in ("heading", "text")]
    label = parse_heading(lines[0]) if len(lines) == 2 else None
    if label is not None and not label.has_title:
        return f"{lines[0]}: {lines[1]}"
    heading = ""
    for line in lines:
        heading = join_titles(heading, line)
    return heading


def _wrapper_entry(
    book: Any, toc: dict[str, list[tuple[str | None, str]]]
) -> tuple[str, str] | None:
    """(page, title) of the one contents entry that holds the whole book, as Google Docs
    writes it: the only top-level entry, for a whole page, with every other entry a
    place in that same page under it. It names the book, not a chapter."""
    top = list(book.toc or [])
    if len(top) != 1 or not isinstance(top[0], tuple | list) or len(top[0]) < 2:
        return None
    head = top[0][0]
    href = unquote(getattr(head, "href", None) or "")
    title = clean_title(getattr(head, "title", None) or "")
    if not href or "#" in href or not title:
        return None
    pages = [page for page, entries in toc.items() if entries]
    page = next((p for p in pages if (None, title) in toc[p]), None)
    if page is None or pages != [page] or not any(fragment for fragment, _ in toc[page]):
        return None
    return page, title


_WIKISOURCE_CLASSES = frozenset({"ws-pagenum", "prp-pages-output", "ws-summary"})
"""Class names only Wikisource's pages carry (page numbers of the scanned book,
ProofreadPage's transcluded pages, the exporter's contents table)."""
_CENTRED_CLASSES = frozenset({"wst-center", "center", "centered", "centre"})
_CENTRED_STYLE = re.compile(r"text-align\s*:\s*center", re.IGNORECASE)
_LEAF_NAMES = frozenset({"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "td", "th",
                         "blockquote", "center", "figcaption", "pre", "dd", "dt"})  # fmt: skip


def _is_wikisource(body: _Element) -> bool:
    """Is this a page of Wikisource's export? Its markup says so by its class names."""
    return any(classes(el) & _WIKISOURCE_CLASSES for el in body.iter() if local_name(el))


def _is_summary(element: _Element) -> bool:
    """ws-export's contents table (`{{ws-summary}}`, `id="ws-summary"`)."""
    return element.get("id") == "ws-summary" or "ws-summary" in classes(element)


def _is_page_number(element: _Element) -> bool:
    return "ws-pagenum" in classes(element)


def _leaf_text(element: _Element) -> str:
    from audiobook.text.readers.html import inline_text

    return clean_text(inline_text(element))


def _text_leaves(body: _Element) -> list[_Element]:
    """The innermost blocks with text, in document order (a centred `div` holds a `p`)."""
    return [
        el for el in body.iter()
        if local_name(el) in _LEAF_NAMES and _leaf_text(el)
        and not any(local_name(d) in _LEAF_NAMES for d in el.iterdescendants())
    ]  # fmt: skip


def _inside(element: _Element, container: _Element) -> bool:
    return element is container or any(a is container for a in element.iterancestors())


def _centred(element: _Element, body: _Element) -> bool:
    """Set centred: by Wikisource's `{{center}}` (class "wst-center"), `<center>`, or a
    style, on the element or a block around it."""
    for el in (element, *element.iterancestors()):
        if el is body:
            return False
        if local_name(el) == "center" or classes(el) & _CENTRED_CLASSES \
                or _CENTRED_STYLE.search(el.get("style") or ""):  # fmt: skip
            return True
    return False


def _centred_opening(body: _Element) -> tuple[list[_Element], list[_Element]]:
    """The centred lines that open a page, up to its first line of running text, and
    those of them before the next printed page's number (the printed page they open)."""
    leaves = _text_leaves(body)
    numbers = [el for el in body.iter() if local_name(el) and _is_page_number(el)]
    opening: list[_Element] = []
    for leaf in leaves:
        if not _centred(leaf, body):
            break
        opening.append(leaf)
    first_page: list[_Element] = []
    order = {id(el): n for n, el in enumerate(body.iter())}
    for leaf in opening:
        if first_page and any(
            order[id(first_page[0])] < order[id(n)] < order[id(leaf)] for n in numbers
        ):
            break
        first_page.append(leaf)
    return opening, first_page


def _words(text: str) -> str:
    """A line's words alone, casefolded: for matching a line against a contents entry."""
    return " ".join(re.findall(r"\w+", text.casefold()))


_YEAR_SPAN = re.compile(r"\b(\d\d)(\d\d)\s*[–—-]\s*(\d\d)\b(?![–—-]?\d)")


def _heading_words(text: str) -> str:
    """A heading's words for matching it against its contents entry, a span of years
    written in full ("January 1659–60" is "January 1659–1660" in the contents)."""
    return _words(_YEAR_SPAN.sub(r"\1\2–\1\3", text))


def _upto_words(text: str, count: int) -> str:
    """The text up to the end of its first `count` words ("Chapter 1" of "Chapter 1: The
    Storm")."""
    words = list(re.finditer(r"\w+", text))
    return text[: words[min(count, len(words)) - 1].end()] if words and count else ""


def _set_apart(text: str, count: int) -> bool:
    """Is the text after its first `count` words set apart from them by a stop, a dash
    or a line ("I. Come andò…", "One — The Storm"), not run on ("One Day in June")?"""
    words = list(re.finditer(r"\w+", text))
    return 0 < count < len(words) and bool(text[words[count - 1].end() : words[count].start()]
                                           .strip())  # fmt: skip


def _after_words(text: str, count: int) -> str:
    """The text after its first `count` words and the stop or dash after them: the
    title in "I. Come andò che…" after its number."""
    words = list(re.finditer(r"\w+", text))
    if len(words) <= count:
        return ""
    return text[words[count - 1].end() :].lstrip(" \t\n.:;,—–-)]").strip() if count else text


_ENTRY_NUMBER = re.compile(r"^(?:\d+|[ivxlc]+) (?=\w)|(?<=\w) \d+$")


def _contents_line(text: str) -> str:
    """A contents list's line as the words of the entry it names: without the chapter's
    number before it ("1 The Harbour Light", "IV Low Water") or a page number after."""
    return _ENTRY_NUMBER.sub("", _words(text))


def _first_frame(body: _Element) -> list[str]:
    """The lines of a page's first InDesign text frame (`<div id="_idContainer001">`),
    or none: InDesign sets each printed page's text in frames of its own, so a one-file
    export's title page ends where its frame does, though no break marks it."""
    frame = next((el for el in body.iter() if local_name(el) == "div"
                  and (el.get("id") or "").startswith("_idContainer")
                  and _text_leaves(el)), None)  # fmt: skip
    return [] if frame is None else [_leaf_text(leaf) for leaf in _text_leaves(frame)]


def _numbered_next(title: str | None, text: str) -> bool:
    """Does a heading inside a chapter the contents list number the chapter after it
    ("Chapter Three" in "Chapter Two")? The contents missed it (Google Docs lists only
    headings set in a heading style, not one a writer made bold and large by hand): it
    starts its own chapter, not a line of the one before."""
    from audiobook.text.readers.plaintext import parse_heading

    before = parse_heading(title or "")
    found = parse_heading(text)
    return (
        before is not None and found is not None and before.family == found.family
        and isinstance(before.number, int) and isinstance(found.number, int)
        and found.number == before.number + 1
    )  # fmt: skip


def _mostly_links(body: _Element, least: int = 3) -> bool:
    """A page whose text is mostly links to elsewhere, `least` of them, is a table of
    contents."""
    from audiobook.text.readers.html import inline_text

    total = len(clean_text(inline_text(body)))
    if total == 0:
        return False
    links = [el for el in body.iter() if local_name(el) == "a" and el.get("href")]
    linked = sum(len(clean_text(inline_text(a))) for a in links)
    return len(links) >= least and linked >= 0.6 * total


# ---------------------------------------------------------------- printed pages (PDF)

PRINTED_LINES = 20
"""Paragraphs a book must hold to be taken for a PDF's printed lines."""
PRINTED_LINE_WORDS = 7
"""Words a printed line of prose holds, as a median: verse set a line to a paragraph
holds fewer."""


def _printed_pages(lines: list[str], cards: set[int] | None = None) -> list[list[str]] | None:
    """The book's printed pages, when its paragraphs are a PDF's printed lines, as
    Calibre converts a PDF it cannot unwrap: a paragraph to a line, a third of them or
    more ending in mid-sentence (on a word, a comma, a hyphen), with the page numbers
    between them, rising through the book, one at least cutting a sentence ("On the
    tenth" / "12" / "night he went down") or printed beside a running head. The pages
    are parted where their numbers stand, and the numbers and the running heads beside
    them are left out and listed under the pages (`_Furniture`). None for any other
    book: its paragraphs are the author's. Nor is a book whose numbers stand mostly in
    `cards`, opening a page of the reading order or over a heading: those are its
    chapters' numbers set above their titles (Vellum's "1" / "Low Water"), where a PDF's
    page numbers fall anywhere among its lines."""
    from audiobook.text.readers.plaintext import (
        _bare_folio,
        _ends_open,
        _is_shouted,
        _is_title_case,
        _key,
        _rising,
        parse_heading,
    )

    prose = [line for line in lines if len(line.split()) >= 3]
    if len(lines) < PRINTED_LINES or len(prose) * 2 < len(lines):
        return None
    words = sorted(len(line.split()) for line in prose)
    if words[len(words) // 2] < PRINTED_LINE_WORDS or sum(
        _ends_open([line]) for line in prose
    ) * 3 < len(prose):  # a third: an author's paragraphs end on a stop or a quote
        return None
    numbers = [(i, value) for i, line in enumerate(lines)
               if "\n" not in line and (value := _bare_folio(line)) is not None]  # fmt: skip
    folios = sorted(_rising(numbers))
    if len(folios) < 3:  # three pages' numbers show a book's pages
        return None
    if sum(i in (cards or ()) for i in folios) * 2 >= len(folios):  # chapters' numbers
        return None

    def head(line: str) -> bool:
        return (0 < len(line.split()) <= 12 and parse_heading(line) is None
                and (_is_shouted(line) or _is_title_case(line)))  # fmt: skip

    beside = [j for i in folios for j in (i - 1, i + 1) if 0 <= j < len(lines)
              and j not in folios and head(lines[j])]  # fmt: skip
    keys = [_key(lines[j]) for j in beside]
    said = {_key(line) for j, line in enumerate(lines) if j not in beside}
    heads = {j for j, key in zip(beside, keys, strict=True) if keys.count(key) >= 2 or key in said}
    edges = set(folios) | heads
    cuts = 0
    for i in folios:
        before, after = i - 1, i + 1
        while before in edges:
            before -= 1
        while after in edges:
            after += 1
        if before >= 0 and after < len(lines) and _ends_open([lines[before]]) \
                and lines[after].lstrip(" \"'“‘(")[:1].islower():  # fmt: skip
            cuts += 1
    if not cuts and not heads:
        return None
    pages: list[list[str]] = [[]]
    furniture: list[str] = []
    for index, line in enumerate(lines):
        if index in edges:
            if pages[-1]:
                pages.append([])
            furniture.append(("folios" if index in folios else "heads") + "\0" + line)
        else:
            pages[-1].append(line)
    return [*pages, furniture]


def _read_printed(
    printed: list[list[str]], metadata: dict[str, str], named: str | None
) -> ReadText:
    """A PDF's printed pages (`_printed_pages`) read as the plain-text reader reads a
    typeset book's pages (`plaintext._page_paragraphs`, `_mended`: paragraphs set apart
    by their short last lines, a sentence cut by a page break made whole, a word broken
    at a line's end joined), then its chapters, title page and contents found as in any
    plain text (`find_chapters`). The package's title and author win, but for a file's
    name ("the_wreckers_1899") or an exporter's placeholder ("Unknown"): the title
    page's then."""
    from audiobook.text.readers.plaintext import (
        _chunks,
        _Furniture,
        _mended,
        _page_paragraphs,
        find_chapters,
    )

    *pages, furniture = printed
    out = _Furniture({})
    for entry in furniture:
        kind, _, line = entry.partition("\0")
        out.add(kind, [line])
    chunks = []
    for page, lines in enumerate(_page_paragraphs(pages)):
        found = _chunks("\n".join(lines))
        if found and chunks:
            found[0].after_furniture = len(pages[page - 1]) > 3  # a page of text
            found[0].opens_page = True
        chunks.extend(found)
    text = "\n\n".join(" ".join(line.strip() for line in chunk.lines)
                        for chunk in _mended(chunks, out, paged=True))  # fmt: skip
    found = find_chapters(text + "\n")
    log.info("read a PDF's printed lines: left out their page numbers and running heads")
    return ReadText(
        chapters=found.chapters,
        title=metadata.get("title") or found.title or named,
        author=metadata.get("author") or found.author,
        editor=metadata.get("editor") or found.editor,
        translator=metadata.get("translator") or found.translator,
        language=metadata.get("language") or found.language,
        omitted=(*out.omitted(), *found.omitted),
    )
