"""The readers' registry: which reader opens which file suffix.

One module per format. Text formats take the decoded text (`markdown`, `html`,
`plaintext.find_chapters`); zip-based formats cannot go through the text
decoder, so they take the file (`epub`, `docx`, Calibre's `htmlz`, a zipped web
page). All return `base.ReadText`.
To add a format, write a module beside these and name its suffixes here.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from audiobook.text.readers.base import ReadText
from audiobook.text.readers.docx import read_docx
from audiobook.text.readers.epub import read_epub
from audiobook.text.readers.html import read_html, read_htmlz, read_zipped_page
from audiobook.text.readers.markdown import read_markdown
from audiobook.text.readers.plaintext import find_chapters


def text_readers() -> dict[str, Callable[[str], ReadText]]:
    """Readers of decoded text, by file suffix (for ingest's `READERS`)."""
    return {
        ".md": read_markdown,
        ".markdown": read_markdown,
        ".txt": find_chapters,  # chapter headings, Gutenberg's header and licence
        ".text": find_chapters,
        ".html": read_html,
        ".htm": read_html,
        ".xhtml": read_html,
    }


def file_readers() -> dict[str, Callable[[Path], ReadText]]:
    """Readers that must open the file themselves (zip containers), by suffix."""
    return {
        ".epub": read_epub,
        ".docx": read_docx,
        ".htmlz": read_htmlz,
        ".zip": read_zipped_page,  # a web page and its pictures (Google Docs' download)
    }
