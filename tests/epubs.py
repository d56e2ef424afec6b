"""EPUBs written with ebooklib for reader tests: pages, contents and metadata given."""

from __future__ import annotations

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
