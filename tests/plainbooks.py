"""Helpers shared by the plain-text reading tests: a Project Gutenberg file's header and
footer as the library prints them, and a book read as a listener would hear it.

The header comes in the two forms real downloads carry: the older "The Project
Gutenberg EBook of <title>, by <author>" with "START OF THIS PROJECT GUTENBERG EBOOK",
and today's "The Project Gutenberg eBook of <title>" with "START OF THE …"."""

from __future__ import annotations

from pathlib import Path

from audiobook.build.pipeline import load_book
from audiobook.models import Manuscript


def read_book(folder: Path, text: str, name: str = "book.txt") -> tuple[Manuscript, list[str], str]:
    """The manuscript, its chapters' titles, and every segment but the credits as spoken
    (joined by " | ")."""
    manuscript, chapters, _, read = _loaded(folder, text, name)
    return manuscript, [ch.title for ch in chapters], read


def _loaded(folder: Path, text: str, name: str) -> tuple[Manuscript, tuple, str, str]:  # type: ignore[type-arg]
    """`text` written to `folder/name` and loaded: the manuscript, its chapters, the
    opening credits as written (or ""), and every other segment as spoken."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    _, manuscript, chapters = load_book(path)
    segments = [s for ch in chapters for s in ch.segments]
    said = next((s.text for s in segments if s.kind == "credits"), "")
    read = " | ".join(s.spoken for s in segments if s.kind not in ("credits", "closing"))
    return manuscript, chapters, said, read


def credits_and_read(
    folder: Path, text: str, name: str = "book.txt"
) -> tuple[Manuscript, str, str]:
    """The manuscript, its opening credits as written, and every other segment as spoken
    (joined by " | ")."""
    manuscript, _, said, read = _loaded(folder, text, name)
    return manuscript, said, read


def gutenberg_header(
    title: str, author: str, language: str = "English", *, modern: bool = False
) -> str:
    """The library's header down to its START line, in the older form or (`modern`) today's."""
    if modern:
        first, start = f"The Project Gutenberg eBook of {title}", "START OF THE"
    else:
        first, start = f"The Project Gutenberg EBook of {title}, by {author}", "START OF THIS"
    return (
        f"{first}\n\nTitle: {title}\n\nAuthor: {author}\n\nLanguage: {language}\n\n"
        f"*** {start} PROJECT GUTENBERG EBOOK {title.upper()} ***\n\n\n\n\n"
    )


def gutenberg_footer(title: str) -> str:
    """The library's END line, in the older form."""
    return f"\n\n*** END OF THIS PROJECT GUTENBERG EBOOK {title.upper()} ***\n"


def left_out(manuscript: Manuscript) -> str:
    """What the reader left out, each with what it was, as one string to search."""
    return " ".join(f"{o.what} {o.text}" for o in manuscript.omitted)


SHEPPARD_NOTE = """\
Transcribers Note: Obvious typesetter errors from the original
corrected in this etext. If they are not obvious errors, they are left as
in the original.

Throughout this text you will see words or phrases with _ (underscore)
on either side, such as _this_. These were in italics in the original,
but as ascii does not allow for formatting italics, they have been
changed in this version.

---------------------------------
"""
"""The transcriber's note of Project Gutenberg's Jack Sheppard (two paragraphs and the
rule line under them), as the real file sets it."""


LYTTLETON = """\
TO THE HONOURABLE GEORGE LYTTLETON, ESQ;

One of the Lords Commissioners of the Treasury.

SIR,

Notwithstanding your constant refusal, when I have asked leave to prefix
your name to this dedication, I must still insist on my right to desire
your protection of this work.
"""
"""The opening of Tom Jones' dedication (Project Gutenberg #6593), under its "DEDICATION"
label or none: the fixture two test files set over "BOOK I."."""
