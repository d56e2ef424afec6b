"""EPUBs written with ebooklib for reader tests: pages, contents and metadata given."""

from __future__ import annotations

import zipfile
from pathlib import Path

from ebooklib import epub

XHTML = (
    '<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops">'
    "<head><title>{title}</title></head><body{body_type}>{body}</body></html>"
)


def write_epub(
    path: Path,
    pages: list[tuple[str, str, str]],
    toc: list[tuple[str, str]] | None = None,
    *,
    title: str = "Salt and Cinders",
    author: str = "Margit Olsen",
    linear_no: tuple[str, ...] = (),
    body_type: str = "bodymatter",
) -> Path:
    """An EPUB of (file name, title, body) pages in spine order after the contents page,
    with `toc` entries (href, title), or one entry per page when `toc` is None."""
    book = epub.EpubBook()
    book.set_identifier(path.stem)
    book.set_title(title)
    book.set_language("en")
    book.add_author(author)
    typed = f' epub:type="{body_type}"' if body_type else ""
    items = []
    for name, page_title, body in pages:
        item = epub.EpubHtml(title=page_title, file_name=name)
        item.content = XHTML.format(title=page_title, body=body, body_type=typed)
        book.add_item(item)
        items.append(item)
    entries = toc if toc is not None else [(name, page_title) for name, page_title, _ in pages]
    book.toc = [epub.Link(href, entry, f"t{i}") for i, (href, entry) in enumerate(entries)]
    book.add_item(epub.EpubNcx())
    book.add_item(epub.EpubNav())
    book.spine = ["nav", *[(i, "no") if i.file_name in linear_no else i for i in items]]
    epub.write_epub(str(path), book)
    return path


def zip_epub(
    path: Path,
    metadata: str,
    pages: dict[str, str],
    nav: str,
    *,
    root: str = "OEBPS",
    extra: dict[str, bytes | str] | None = None,
    manifest_extra: str = "",
) -> Path:
    """An EPUB 3 written by hand, as small tools write one: `pages` (file name → whole
    XHTML document) in spine order under `root`, `nav` the navigation document, and
    `metadata` the Dublin Core elements besides the identifier. `extra` adds members
    (META-INF/encryption.xml) or replaces a page's bytes; `manifest_extra` lists more
    items in the package."""
    extra = extra or {}
    items = "".join(
        f'<item id="p{i}" href="{name}" media-type="application/xhtml+xml"/>'
        for i, name in enumerate(pages)
    )
    spine = "".join(f'<itemref idref="p{i}"/>' for i in range(len(pages)))
    opf = (
        '<?xml version="1.0" encoding="utf-8"?><package xmlns="http://www.idpf.org/2007/opf" '
        'version="3.0" unique-identifier="id"><metadata xmlns:dc="http://purl.org/dc/elements/'
        f'1.1/"><dc:identifier id="id">x</dc:identifier>{metadata}</metadata>'
        '<manifest><item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" '
        f'properties="nav"/>{items}{manifest_extra}</manifest><spine>{spine}</spine></package>'
    )
    members: dict[str, bytes | str] = {"nav.xhtml": nav}
    members.update(
        (name, document) for name, document in pages.items() if f"{root}/{name}" not in extra
    )
    pack_epub(path, opf, members, root=root, extra=extra)
    return path


def pack_epub(
    path: Path,
    opf: str,
    files: dict[str, bytes | str],
    *,
    root: str = "OEBPS",
    extra: dict[str, bytes | str] | None = None,
) -> Path:
    """Zip an EPUB as every tool must: `mimetype` first and stored, the container naming
    `root`/content.opf, the package document `opf`, then `files` (names under `root`) and
    `extra` members (names from the zip's top)."""
    container = (
        '<?xml version="1.0"?><container version="1.0" '
        'xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles>'
        f'<rootfile full-path="{root}/content.opf" media-type="application/oebps-package+xml"/>'
        "</rootfiles></container>"
    )
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/epub+zip", compress_type=zipfile.ZIP_STORED)
        archive.writestr("META-INF/container.xml", container)
        archive.writestr(f"{root}/content.opf", opf)
        for name, data in files.items():
            archive.writestr(f"{root}/{name}", data)
        for name, data in (extra or {}).items():
            archive.writestr(name, data)
    return path
