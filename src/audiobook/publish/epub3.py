"""`<slug>.epub`: the book's text and its chapter audio, tied sentence by sentence
with EPUB 3 Media Overlays, so e-book readers highlight what is being read.

The build already knows where every segment is heard (manifest.json), so no
alignment is needed: each chapter becomes one XHTML document, where every
segment the narrator speaks (credits, the title, each sentence) is an element
with an id, and one SMIL overlay whose `<par>` elements pair that id with the
segment's `clipBegin`/`clipEnd` in the chapter's MP3. The MP3s are the chapter
files the build made, stored in the zip as they are: MP3 (`audio/mpeg`) is an
EPUB 3 core media type, every reader that plays overlays plays it, and the
build has it per chapter (its AAC exists only inside the one-file M4B).

Same manifest and settings give the same bytes: the identifier is derived
from the book's title and author (an edit keeps the book's identity in a
reader's library), `dcterms:modified` comes from the build's settings, not the
clock, and the zip has fixed timestamps and a fixed order. Each chapter's
documents are kept under a key of what made them, so an edit rebuilds only
the changed chapters' documents and overlays.
"""

from __future__ import annotations

import hashlib
import html
import json
import logging
import os
import re
import shutil
import time
import uuid
import zipfile
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from audiobook.events import BuildEvent
from audiobook.files import atomic_path
from audiobook.keys import key_of
from audiobook.publish.manifest import book_slug
from audiobook.publish.manifest import clock as hms
from audiobook.text.scripts import direction

if TYPE_CHECKING:
    from audiobook.publish.context import OutputRun as Run

log = logging.getLogger(__name__)

RECIPE = "epub3-1"  # bump when the documents change, so cached chapters are remade
ACTIVE_CLASS = "-epub-media-overlay-active"
STYLE = "epub3.css"
ZIP_TIME = (1980, 1, 1, 0, 0, 0)  # the zip format's earliest date: no clock in the file
_NOT_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_SAFE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,60}$")
ACCESSIBILITY = [
    '<meta property="schema:accessMode">textual</meta>',
    '<meta property="schema:accessMode">auditory</meta>',
    '<meta property="schema:accessModeSufficient">textual</meta>',
    '<meta property="schema:accessModeSufficient">auditory</meta>',
    '<meta property="schema:accessibilityFeature">synchronizedAudioText</meta>',
    '<meta property="schema:accessibilityFeature">tableOfContents</meta>',
    '<meta property="schema:accessibilityFeature">readingOrder</meta>',
    '<meta property="schema:accessibilityHazard">none</meta>',
    '<meta property="schema:accessibilitySummary">The whole text with its narration, each'
    " sentence highlighted as it is read (media overlays); chapters in the table of"
    " contents.</meta>",
]
"""What the read-along EPUB offers a reader who cannot see or cannot hear it, in the
schema.org terms stores and reading systems look for (EPUB Accessibility): the text and
its audio each carry the whole book, synchronised, with a contents list, in reading
order, and nothing that flashes or moves."""


@dataclass(frozen=True)
class ChapterDocs:
    """One chapter's content document and overlay, and how long its clips last."""

    name: str  # file stem inside the EPUB: name.xhtml, name.smil, audio/name.mp3
    xhtml: str
    smil: str
    clips_ms: int



def text(value: str) -> str:
    """Escaped for XML text and attributes; characters XML cannot hold are dropped."""
    return html.escape(_NOT_XML.sub("", value), quote=True)


def clock(ms: int) -> str:
    """A SMIL clock value, H:MM:SS.mmm."""
    return hms(ms, ".", hour_digits=1)


def segment_id(number: int) -> str:
    """The id of the chapter's `number`th segment (1-based), in its XHTML and SMIL."""
    return f"s{number:04d}"


def chapter_names(manifest: Mapping, source_names: Mapping[int, str] | None = None) -> list[str]:
    """File stems of the chapters: the source EPUB's own where known, else ch01, ch02 …"""
    chapters = manifest["chapters"]
    width = max(2, len(str(len(chapters))))
    names = [f"ch{c['index']:0{width}d}" for c in chapters]
    if source_names:
        kept = [source_names.get(c["index"], names[i]) for i, c in enumerate(chapters)]
        reserved = {"nav", "cover", Path(STYLE).stem}
        if len(set(kept)) == len(kept) and not reserved & set(kept):
            names = kept
    return names


NOTE = -2
"""`open_paragraph` while a note's paragraph is open (text paragraphs count from 0)."""


def chapter_docs(
    chapter: Mapping, name: str, language: str, *, scene_break_ms: int, paragraph_ms: int
) -> ChapterDocs:
    """The XHTML and SMIL of one manifest chapter.

    Paragraphs are rebuilt from the segments' paragraph numbers; a text
    segment followed by a scene-break pause closes its paragraph with a
    scene-break rule. Credits and the title are spoken, so they are elements
    of the text too: every `<par>` points at something on the page.
    """
    body: list[str] = []
    pars: list[str] = []
    open_paragraph: int | None = None
    headed = False
    clips = 0
    segments = chapter["segments"]
    for number, seg in enumerate(segments, 1):
        sid, words = segment_id(number), text(seg["text"])
        kind = seg["kind"]
        if kind == "note":  # a note's sentences are one paragraph, ended by its longer pause
            if open_paragraph is not None and open_paragraph != NOTE:
                body.append("</p>\n")
                open_paragraph = None
            body.append('<p class="note">' if open_paragraph is None else " ")
            body.append(f'<span id="{sid}">{words}</span>')
            open_paragraph = NOTE
            if seg.get("pause_ms", 0) >= paragraph_ms:
                body.append("</p>")
                open_paragraph = None
        elif kind == "text":
            paragraph = seg.get("paragraph", -1)
            if open_paragraph is not None and paragraph != open_paragraph:
                body.append("</p>\n")
                open_paragraph = None
            if open_paragraph is None:
                body.append("<p>")
                open_paragraph = paragraph
            else:  # a line of verse ends where the author ended it
                body.append("<br/>" if segments[number - 2].get("line_end") else " ")
            body.append(f'<span id="{sid}">{words}</span>')
            following = segments[number] if number < len(segments) else None
            pause = seg.get("pause_ms", 0)
            if (
                following is not None
                and following["kind"] == "text"
                and scene_break_ms > paragraph_ms
                and pause >= scene_break_ms
            ):
                body.append('</p>\n<hr class="scene-break"/>')
                open_paragraph = None
        else:
            if open_paragraph is not None:
                body.append("</p>")
                open_paragraph = None
            if kind == "heading" and headed:  # the chapter's notes, under its title
                body.append(f'<h2 id="{sid}">{words}</h2>')
            elif kind == "heading":
                body.append(f'<h1 id="{sid}">{words}</h1>')
                headed = True
            else:
                body.append(f'<p class="credits" id="{sid}">{words}</p>')
        if open_paragraph is None:
            body.append("\n")
        start = int(seg["start_ms"])
        end = max(int(seg["end_ms"]), start + 1)  # a clip must end after it begins
        clips += end - start
        pars.append(
            f'<par id="p{sid[1:]}"><text src="{name}.xhtml#{sid}"/>'
            f'<audio src="audio/{name}.mp3" clipBegin="{clock(start)}" clipEnd="{clock(end)}"/>'
            "</par>"
        )
    if open_paragraph is not None:
        body.append("</p>\n")
    lang = text(language)
    title = text(chapter["title"])
    xhtml = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html>\n'
        '<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops"'
        f' xml:lang="{lang}" lang="{lang}" dir="{direction(language)}">\n<head>\n'
        f'<meta charset="UTF-8"/>\n'
        f'<title>{title}</title>\n<link rel="stylesheet" type="text/css" href="{STYLE}"/>\n'
        f'</head>\n<body>\n<section epub:type="chapter" role="doc-chapter">\n'
        f"{''.join(body)}</section>\n</body>\n</html>\n"
    )
    smil = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<smil xmlns="http://www.w3.org/ns/SMIL" xmlns:epub="http://www.idpf.org/2007/ops"'
        ' version="3.0">\n<body>\n'
        f'<seq id="seq-{name}" epub:textref="{name}.xhtml" epub:type="chapter">\n'
        + "".join(f"{par}\n" for par in pars)
        + "</seq>\n</body>\n</smil>\n"
    )
    return ChapterDocs(name, xhtml, smil, clips)


def book_identifier(manifest: Mapping) -> str:
    """urn:uuid from the book's title and author: stable across edits and rebuilds."""
    identity = f"audiobook:{manifest.get('title') or ''}\n{manifest.get('author') or ''}"
    return f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, identity)}"


def modified_date(year: str | None = None) -> str:
    """dcterms:modified without the clock: SOURCE_DATE_EPOCH when the builder sets it
    (the reproducible-builds convention), else 1 January of the book's year, else 2000."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "")
    if epoch.isdigit():
        return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(int(epoch)))
    if year and re.fullmatch(r"\d{4}", year.strip()):
        return f"{year.strip()}-01-01T00:00:00Z"
    return "2000-01-01T00:00:00Z"


def package_document(
    manifest: Mapping, docs: list[ChapterDocs], *, modified: str, cover: str | None
) -> str:
    """content.opf: metadata (with the overlays' durations), manifest and spine."""
    lang = text(manifest.get("language") or "en")
    meta = [
        f'<dc:identifier id="book-id">{book_identifier(manifest)}</dc:identifier>',
        f"<dc:title>{text(manifest.get('title') or 'Untitled')}</dc:title>",
        f"<dc:language>{lang}</dc:language>",
    ]
    if manifest.get("author"):
        meta += [
            f'<dc:creator id="author">{text(manifest["author"])}</dc:creator>',
            '<meta refines="#author" property="role" scheme="marc:relators">aut</meta>',
        ]
    if manifest.get("translator"):
        meta += [
            f'<dc:contributor id="translator">{text(manifest["translator"])}</dc:contributor>',
            '<meta refines="#translator" property="role" scheme="marc:relators">trl</meta>',
        ]
    if manifest.get("narrator"):
        narrator = text(manifest["narrator"])
        meta += [
            f'<dc:contributor id="narrator">{narrator}</dc:contributor>',
            '<meta refines="#narrator" property="role" scheme="marc:relators">nrt</meta>',
            f'<meta property="media:narrator">{narrator}</meta>',
        ]
    meta.append(f'<meta property="dcterms:modified">{modified}</meta>')
    meta += ACCESSIBILITY
    meta.append(f'<meta property="media:active-class">{ACTIVE_CLASS}</meta>')
    total = sum(d.clips_ms for d in docs)
    meta.append(f'<meta property="media:duration">{clock(total)}</meta>')
    meta += [
        f'<meta property="media:duration" refines="#mo-{d.name}">{clock(d.clips_ms)}</meta>'
        for d in docs
    ]
    items = [
        '<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>',
        f'<item id="style" href="{STYLE}" media-type="text/css"/>',
    ]
    if cover:
        mime = "image/png" if cover.endswith(".png") else "image/jpeg"
        meta.append('<meta name="cover" content="cover-image"/>')
        items.append(
            f'<item id="cover-image" href="{cover}" media-type="{mime}" properties="cover-image"/>'
        )
    for d in docs:
        items += [
            f'<item id="{d.name}" href="{d.name}.xhtml" media-type="application/xhtml+xml"'
            f' media-overlay="mo-{d.name}"/>',
            f'<item id="mo-{d.name}" href="{d.name}.smil" media-type="application/smil+xml"/>',
            f'<item id="audio-{d.name}" href="audio/{d.name}.mp3" media-type="audio/mpeg"/>',
        ]
    spine = [f'<itemref idref="{d.name}"/>' for d in docs]
    rtl = ' page-progression-direction="rtl"' if direction(lang) == "rtl" else ""
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<package xmlns="http://www.idpf.org/2007/opf" version="3.0"'
        f' unique-identifier="book-id" xml:lang="{lang}">\n'
        '<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">\n'
        + "".join(f"  {m}\n" for m in meta)
        + "</metadata>\n<manifest>\n"
        + "".join(f"  {i}\n" for i in items)
        + f"</manifest>\n<spine{rtl}>\n"
        + "".join(f"  {s}\n" for s in spine)
        + "</spine>\n</package>\n"
    )


def nav_document(manifest: Mapping, docs: list[ChapterDocs]) -> str:
    """nav.xhtml: the table of contents, one entry per chapter."""
    lang = text(manifest.get("language") or "en")
    side = direction(str(manifest.get("language") or "en"))
    entries = "".join(
        f'<li><a href="{d.name}.xhtml">{text(c["title"])}</a></li>\n'
        for d, c in zip(docs, manifest["chapters"], strict=True)
    )
    title = text(manifest.get("title") or "Contents")
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html>\n'
        '<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops"'
        f' xml:lang="{lang}" lang="{lang}" dir="{side}">\n<head>\n<meta charset="UTF-8"/>\n'
        f"<title>{title}</title>\n</head>\n<body>\n"
        f'<nav epub:type="toc" id="toc">\n<h1>{title}</h1>\n<ol>\n{entries}</ol>\n</nav>\n'
        "</body>\n</html>\n"
    )


CONTAINER = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">\n'
    '<rootfiles><rootfile full-path="OEBPS/content.opf"'
    ' media-type="application/oebps-package+xml"/></rootfiles>\n</container>\n'
)


def write_zip(dest: Path, members: Iterable[tuple[str, bytes | Path]]) -> None:
    """The EPUB container, deterministically and atomically.

    `mimetype` first and stored (readers sniff it at a fixed offset); audio
    stored as it is (MP3 does not deflate), text deflated; every entry with
    the same date and permissions, so equal input gives equal bytes.
    """

    def info(name: str, compress: int) -> zipfile.ZipInfo:
        entry = zipfile.ZipInfo(name, date_time=ZIP_TIME)
        entry.compress_type = compress
        entry.create_system = 3
        entry.external_attr = 0o644 << 16
        return entry

    with atomic_path(dest) as tmp, zipfile.ZipFile(tmp, "w") as archive:
        archive.writestr(info("mimetype", zipfile.ZIP_STORED), b"application/epub+zip")
        for name, content in members:
            if isinstance(content, Path):
                with (
                    content.open("rb") as src,
                    archive.open(info(name, zipfile.ZIP_STORED), "w", force_zip64=True) as out,
                ):
                    shutil.copyfileobj(src, out, 1 << 20)
            else:
                archive.writestr(info(name, zipfile.ZIP_DEFLATED), content, compresslevel=9)


def write_epub(
    folder: Path,
    manifest: Mapping,
    *,
    dest: Path | None = None,
    cover: Path | None = None,
    scene_break_ms: int = 2500,
    paragraph_ms: int = 1000,
    modified: str | None = None,
    cache_dir: Path | None = None,
    source_names: Mapping[int, str] | None = None,
) -> tuple[Path, int]:
    """Write the read-along EPUB of the built book in `folder`; returns it and how
    many chapters' documents were made (the others came from `cache_dir`)."""
    language = str(manifest.get("language") or "en")
    names = chapter_names(manifest, source_names)
    docs, rebuilt = [], 0
    for chapter, name in zip(manifest["chapters"], names, strict=True):
        key = _chapter_key(chapter, name, language, scene_break_ms, paragraph_ms)
        cached = _load(cache_dir, key)
        if cached is None:
            cached = chapter_docs(
                chapter, name, language, scene_break_ms=scene_break_ms, paragraph_ms=paragraph_ms
            )
            rebuilt += 1
            _store(cache_dir, key, cached)
        docs.append(cached)
    cover_name = f"cover{cover.suffix.lower()}" if cover is not None else None
    opf = package_document(manifest, docs, modified=modified or modified_date(), cover=cover_name)
    style = resources.files("audiobook.publish").joinpath(STYLE).read_bytes()
    members: list[tuple[str, bytes | Path]] = [
        ("META-INF/container.xml", CONTAINER.encode()),
        ("OEBPS/content.opf", opf.encode()),
        ("OEBPS/nav.xhtml", nav_document(manifest, docs).encode()),
        (f"OEBPS/{STYLE}", style),
    ]
    if cover is not None and cover_name:
        members.append((f"OEBPS/{cover_name}", cover.read_bytes()))
    for d in docs:
        members.append((f"OEBPS/{d.name}.xhtml", d.xhtml.encode()))
        members.append((f"OEBPS/{d.name}.smil", d.smil.encode()))
    for d, chapter in zip(docs, manifest["chapters"], strict=True):
        members.append((f"OEBPS/audio/{d.name}.mp3", folder / chapter["file"]))
    dest = dest or folder / f"{_slug(manifest)}.epub"
    write_zip(dest, members)
    return dest, rebuilt


def write_book_epub(run: Run, manifest: Mapping, source: Path | None = None) -> Path:
    """The build's hook: the EPUB in the staging folder, reused whole when nothing
    that goes into it changed, with per-chapter documents cached."""
    staging, config = run.staging, run.config
    cover = None
    if run.tags.cover_file:
        cover = staging.path(run.tags.cover_file)
        if not cover.is_file():  # the build writes it first (`outputs.write_cover`)
            cover.write_bytes(run.tags.cover)
    source_names = read_source_names(source, manifest) if source is not None else None
    modified = modified_date(config.year)
    name = f"{_slug(manifest)}.epub"
    audio_keys = [staging.state.get(c["file"], {}).get("key") for c in manifest["chapters"]]
    key = key_of(
        RECIPE,
        {k: v for k, v in manifest.items() if k != "generator"},
        audio_keys,
        hashlib.sha256(run.tags.cover or b"").hexdigest(),
        modified,
        source_names,
        config.pauses.scene_break_ms,
        config.pauses.paragraph_ms,
    )
    total = len(manifest["chapters"])
    run.on_event(BuildEvent("epub", 0, total))
    rebuilt = 0
    if staging.reuse(name, key) is None:
        _, rebuilt = write_epub(
            staging.dir,
            manifest,
            dest=staging.path(name),
            cover=cover,
            scene_break_ms=config.pauses.scene_break_ms,
            paragraph_ms=config.pauses.paragraph_ms,
            modified=modified,
            cache_dir=run.cache.root.parent / "epub",
            source_names=source_names,
        )
        staging.record(name, key, {"rebuilt": rebuilt})
    run.on_event(BuildEvent("epub", total, total, {"rebuilt": rebuilt}))
    return staging.path(name)


def read_source_names(source: Path, manifest: Mapping) -> dict[int, str]:
    """For a manuscript that was an EPUB: chapter index → the stem of the source
    document whose table-of-contents entry carries the chapter's title.

    Only names that are safe and unambiguous are kept; any other chapter keeps
    the ch01 scheme. Nothing else of the source (its styling, images, notes) is
    carried over: the text is the text as spoken.
    """
    if source.suffix.lower() != ".epub" or not source.is_file():
        return {}
    try:
        entries = _toc_entries(source)
    except Exception as exc:  # a source the reader accepted; its names are only a nicety
        log.debug("%s: table of contents not read for file names (%s)", source, exc)
        return {}
    by_title: dict[str, set[str]] = {}
    for title, href in entries:
        stem = Path(href.split("#", 1)[0]).stem
        by_title.setdefault(_norm(title), set()).add(stem)
    names: dict[int, str] = {}
    for chapter in manifest["chapters"]:
        stems = by_title.get(_norm(chapter["title"]), set())
        if len(stems) == 1:
            stem = next(iter(stems))
            if _SAFE_NAME.match(stem):
                names[chapter["index"]] = stem
    return names


def _toc_entries(source: Path) -> list[tuple[str, str]]:
    import warnings

    from ebooklib import epub

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        book = epub.read_epub(str(source), {"ignore_ncx": False})
    found: list[tuple[str, str]] = []

    def walk(items: object) -> None:
        for item in items if isinstance(items, (list, tuple)) else [items]:
            if isinstance(item, tuple) and len(item) == 2:
                walk(item[0])
                walk(item[1])
            elif getattr(item, "href", None) and getattr(item, "title", None):
                found.append((str(item.title), str(item.href)))

    walk(book.toc)
    return found


def _norm(title: str) -> str:
    return " ".join(title.split()).casefold()


def _slug(manifest: Mapping) -> str:
    return book_slug(manifest)


def _chapter_key(
    chapter: Mapping, name: str, language: str, scene_break_ms: int, paragraph_ms: int
) -> str:
    material = {
        "recipe": RECIPE,
        "name": name,
        "language": language,
        "title": chapter["title"],
        "segments": chapter["segments"],
        "pauses": [scene_break_ms, paragraph_ms],
    }
    blob = json.dumps(material, sort_keys=True, ensure_ascii=False).encode()
    return hashlib.sha256(blob).hexdigest()


def _load(cache_dir: Path | None, key: str) -> ChapterDocs | None:
    if cache_dir is None:
        return None
    try:
        data = json.loads((cache_dir / f"{key}.json").read_text(encoding="utf-8"))
        return ChapterDocs(data["name"], data["xhtml"], data["smil"], int(data["clips_ms"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _store(cache_dir: Path | None, key: str, docs: ChapterDocs) -> None:
    if cache_dir is None:
        return
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
        with atomic_path(cache_dir / f"{key}.json") as tmp:
            tmp.write_text(json.dumps(docs.__dict__, ensure_ascii=False), encoding="utf-8")
    except OSError as exc:  # a cache that cannot be written costs time, not the book
        log.debug("epub chapter cache not written (%s)", exc)
