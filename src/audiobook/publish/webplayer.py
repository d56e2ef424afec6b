"""The read-along web player: `index.html` with `player.js` and `player.css`
(the page's sources are in `publish/player/`), working from disk or over HTTP."""

from __future__ import annotations

import html
import json
import re
from collections.abc import Mapping
from importlib import resources
from pathlib import Path

from audiobook.publish.manifest import book_slug, chapters_of, write_text
from audiobook.text.scripts import direction

PLAYER_ASSETS = ("player.js", "player.css")
COVER_NAMES = ("cover.jpg", "cover.jpeg", "cover.png")


def json_for_html(data: object) -> str:
    """JSON that is safe inside a <script> element: no `<`, `>` or `&` as such.

    The parser ends a script element at the first `</script`, whatever JSON
    thinks, so a manuscript holding `</script><script>…` would otherwise
    become markup. The `\\u003c` forms mean the same to JSON.parse.
    """
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    for char, escape in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026")):
        text = text.replace(char, escape)
    return text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def player_data(folder: Path, manifest: Mapping) -> dict:
    """What the player needs, and nothing more: no voice settings or loudness."""
    cover = next((name for name in COVER_NAMES if (folder / name).is_file()), None)
    chapters = []
    for chapter in chapters_of(manifest):
        chapters.append(
            {
                "title": str(chapter["title"]),
                "file": str(chapter["file"]),
                "start_ms": int(chapter["start_ms"]),
                "duration_ms": int(chapter["end_ms"]) - int(chapter["start_ms"]),
                "segments": [
                    {
                        "kind": str(seg.get("kind", "text")),
                        "text": str(seg.get("text", "")),
                        "start_ms": int(seg["start_ms"]),
                        "end_ms": int(seg["end_ms"]),
                    }
                    | ({"line_end": True} if seg.get("line_end") else {})  # verse
                    for seg in chapter.get("segments", [])
                ],
            }
        )
    return {
        "key": book_slug(manifest),
        "title": str(manifest.get("title", "")),
        "author": str(manifest.get("author", "")),
        "narrator": str(manifest.get("narrator") or ""),
        "language": str(manifest.get("language") or "en"),
        "duration_ms": sum(c["duration_ms"] for c in chapters),
        "cover": cover,
        "chapters": chapters,
    }


def _asset(name: str) -> str:
    return (resources.files("audiobook.publish") / "player" / name).read_text(encoding="utf-8")


def write_player(folder: Path, manifest: dict) -> Path:
    """`index.html` with `player.js` and `player.css`: a read-along player for any browser.

    The book's data sits in index.html as inline JSON, so the page works
    from a file:// URL, where a browser refuses to fetch a JSON file, as well
    as over HTTP. It plays the chapter MP3s beside it and asks for nothing
    else. The script shows manuscript text with textContent only.
    """
    data = player_data(folder, manifest)
    values = {
        "title": html.escape(data["title"]),
        "lang": html.escape(data["language"]),
        "dir": direction(data["language"]),
        "book": json_for_html(data),
    }
    page = re.sub(r"\{\{(\w+)\}\}", lambda m: values[m.group(1)], _asset("index.html"))
    for name in PLAYER_ASSETS:
        write_text(folder / name, _asset(name))
    return write_text(folder / "index.html", page)
