"""A built book's folder as the book-level writers see it: its manifest, its
file stem, its chapters, and text files written whole beside them.

Every writer in `publish/` (captions, playlist, player, M4B) is a function of
a finished output folder and its manifest, so a user can run one on an old
build, and the build runs them on the staging folder before the swap.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path

from audiobook.errors import ExportError
from audiobook.files import atomic_path
from audiobook.publish.tags import slug


def read_manifest(folder: Path) -> dict:
    """The folder's manifest.json, so a caller holding only a folder can use the writers."""
    path = folder / "manifest.json"
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ExportError(f"{folder}: no manifest.json; build the book first") from None
    except OSError as exc:
        raise ExportError(f"{path}: cannot read the manifest ({exc.strerror})") from exc
    except ValueError as exc:
        raise ExportError(f"{path}: not valid JSON ({exc})") from exc


def book_slug(manifest: Mapping) -> str:
    """The book's file stem, taken from the full book's name so every output matches it."""
    if manifest.get("full_book"):
        return Path(manifest["full_book"]).stem
    return slug(str(manifest.get("title") or "book"))


def chapters_of(manifest: Mapping) -> list[dict]:
    chapters = manifest.get("chapters") or []
    if not chapters:
        raise ExportError("the manifest lists no chapters")
    return list(chapters)


def write_text(path: Path, text: str) -> Path:
    # newline="" keeps our "\r\n" (SRT) and "\n" exactly as written, on any OS.
    with atomic_path(path) as tmp, tmp.open("w", encoding="utf-8", newline="") as fh:
        fh.write(text)
    return path


def one_line(text: str) -> str:
    """Whitespace collapsed to single spaces: a blank line would end a cue early."""
    return " ".join(str(text).split())


def clock(ms: float, separator: str = ".", hour_digits: int = 2) -> str:
    """A time as `HH:MM:SS.mmm`: captions want two hour digits and their own separator
    (WebVTT `.`, SubRip `,`), EPUB's SMIL clock one digit (`H:MM:SS.mmm`)."""
    ms = max(0, round(ms))
    hours, rest = divmod(ms, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    seconds, millis = divmod(rest, 1000)
    return f"{hours:0{hour_digits}d}:{minutes:02d}:{seconds:02d}{separator}{millis:03d}"
