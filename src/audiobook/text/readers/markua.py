"""Leanpub's manuscripts: a `Book.txt` lists the book's files in order, and each file is
Markua (or Leanpub's older Markdown) whatever its suffix, `.txt` included.

Markua is Markdown with a few lines of its own, which `to_markdown` turns into the
Markdown they mean before the Markdown reader sees them: a directive or attribute list
alone on its line (`{pagebreak}`, `{sample: true}`, `{width: 90%}`, `{frontmatter}`)
is layout and never said; an aside or a blurb (`A> `, `W> `, `T> `, …) is a quoted
block; `C> ` only centres its text; `-# Part One` is a part's heading.
"""

from __future__ import annotations

import re
from pathlib import Path

from audiobook.errors import ManuscriptError

BOOK_LISTS = ("Book.txt", "book.txt")
"""Leanpub's list of the manuscript's files, one a line (its `Sample.txt`, the free
sample's list, is not the book)."""

_DIRECTIVE = re.compile(r"^\s*\{[^{}\n]*\}\s*$")
_ASIDE = re.compile(r"^(?:[ABDEGIQTWX])> ?")
_CENTRED = re.compile(r"^C> ?")
_PART = re.compile(r"^-#(?=\s)")
_FENCE = re.compile(r"^\s*(?:```|~~~)")


def to_markdown(text: str) -> str:
    """Markua's own lines as Markdown (outside code fences, where they are code)."""
    lines = []
    fenced = False
    for line in text.split("\n"):
        if _FENCE.match(line):
            fenced = not fenced
        elif not fenced:
            if _DIRECTIVE.match(line):
                line = ""
            else:
                line = _CENTRED.sub("", _ASIDE.sub("> ", _PART.sub("#", line)))
        lines.append(line)
    return "\n".join(lines)


def listed_files(book_list: Path, readable: tuple[str, ...]) -> tuple[Path, ...]:
    """The files a `Book.txt` names, in its order, or () when it is no such list (a
    novel saved as "book.txt"): every line must name a file a reader reads, and a file
    it names that is not there is an error. A directive line (`{frontmatter}`, which
    belongs in the files) is passed over."""
    try:
        text = book_list.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError):
        return ()
    names = [line.strip() for line in text.splitlines()]
    names = [n for n in names if n and not _DIRECTIVE.match(n)]
    if not names or len(names) > 2000:
        return ()
    if any(Path(name).suffix.lower() not in readable for name in names):
        return ()
    files = tuple((book_list.parent / name).resolve() for name in names)
    missing = [name for name, path in zip(names, files, strict=True) if not path.is_file()]
    if missing:  # a list of files, one of them not there: say which
        raise ManuscriptError(f"{book_list}: lists '{missing[0]}', which is not in "
                              f"{book_list.parent}")  # fmt: skip
    return files


def in_book_list(path: Path, readable: tuple[str, ...]) -> bool:
    """Is `path` one of the files its folder's `Book.txt` lists (a Leanpub manuscript's
    file, named in book.toml)?"""
    for name in BOOK_LISTS:
        book_list = path.parent / name
        if book_list.is_file() and path.resolve() in listed_files(book_list, readable):
            return True
    return False
