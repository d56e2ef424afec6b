"""Reading a manuscript file as a build does, for reader tests: its words audited."""

from __future__ import annotations

from pathlib import Path

from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK

from audiobook.models import Manuscript
from audiobook.text.ingest import locate_book, read_manuscript
from audiobook.text.segment import audit_words, segment


def read_audited(folder: Path, name: str, data: str, encoding: str = "utf-8") -> Manuscript:
    """`data` written to `folder/name` and read; every word is checked to be spoken once
    or listed as left out, as a build checks it."""
    (folder / name).write_text(data, encoding=encoding)
    book = locate_book(folder / name)
    manuscript = read_manuscript(book)
    audit_words(manuscript, list(segment(manuscript, book.config)))
    return manuscript


def said(manuscript: Manuscript) -> str:
    """The chapters' titles and then every paragraph, as one string to search."""
    return " ".join(
        [c.title for c in manuscript.chapters]
        + [p.text for c in manuscript.chapters for p in c.paragraphs]
    )


def centred(document, text: str, *, page_break: bool = False):  # type: ignore[no-untyped-def]
    """A centred Word paragraph, as a title page is typed; `page_break` ends the page."""
    paragraph = document.add_paragraph(text)
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if page_break:
        paragraph.add_run().add_break(WD_BREAK.PAGE)
    return paragraph
