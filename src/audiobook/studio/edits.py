"""The studio's edits to a book folder: `[pronounce]` in book.toml, and fixes.toml.

Both files belong to the author, so they are edited with tomlkit, which keeps
comments, order and layout: a saved pronunciation changes one line, not the
file. Every edit is checked before it lands (the edited text is parsed and
validated as a build would read it) and written to a temporary file that is
renamed over the old one, so a bad edit leaves the file as it was and a
crash never leaves half a file.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import tomlkit
from tomlkit.exceptions import TOMLKitError

from audiobook.config import load_book_config, load_voice
from audiobook.errors import ConfigError
from audiobook.files import atomic_path
from audiobook.text.fixes import FIXES_FILE, load_fixes, spoken_problem

FIXES_HEADER = (
    "# Per-sentence fixes for this book, applied by every `audiobook build`.\n"
    "# `segment` names the sentence (chapter:hash of its text); `text` is only a reminder.\n"
)


def inside(root: Path, name: str) -> Path:
    """`root / name`, refused when it (or a link it follows) leaves `root`."""
    base = root.resolve()
    target = (base / name).resolve()
    if not target.is_relative_to(base):
        raise ConfigError(f"refusing to touch '{name}': it is outside {base}")
    return target


def _load(path: Path) -> tomlkit.TOMLDocument:
    if not path.is_file():
        return tomlkit.document()
    try:
        return tomlkit.parse(path.read_text(encoding="utf-8"))
    except (TOMLKitError, UnicodeDecodeError) as exc:
        raise ConfigError(
            f"{path}: cannot edit it, it is not valid TOML ({exc}); fix it by hand"
        ) from exc


def _write_checked(path: Path, text: str, check) -> None:  # type: ignore[no-untyped-def]
    """Validate `text` as `path` would be read, then replace `path` atomically."""
    with tempfile.TemporaryDirectory(dir=path.parent, prefix=".studio-check-") as tmp:
        trial = Path(tmp) / path.name
        trial.write_text(text, encoding="utf-8")
        check(trial)
    with atomic_path(path) as tmp_path:
        tmp_path.write_text(text, encoding="utf-8")


def set_pronunciation(folder: Path, word: str, said: str | None) -> None:
    """Say `word` as `said` everywhere in the book (None or "" removes the entry)."""
    word = word.strip()
    if not word or any(c.isspace() for c in word) or len(word) > 80:
        raise ConfigError("a pronunciation is for one word: type the word as it is written")
    path = inside(folder, "book.toml")
    doc = _load(path)
    table = doc.get("pronounce")
    if table is None:
        if not said:
            return
        table = tomlkit.table()
        doc["pronounce"] = table
    if said is None or not said.strip():
        table.pop(word, None)
    else:
        if "\n" in said or len(said) > 200:
            raise ConfigError(f"how to say '{word}' must be one short line")
        table[word] = said.strip()
    _write_checked(path, tomlkit.dumps(doc), load_book_config)


def set_fix(
    folder: Path,
    segment: str,
    text: str,
    spoken: str | None,
    voice: str | None,
    was: str | None = None,
) -> None:
    """Override the spoken text and/or voice of one segment (both None removes its fix).

    `was` is the id the segment's fix was saved under, when the fix followed its
    sentence to another chapter (`text.fixes.placed_fixes`): that row is the one
    changed, and it takes the segment's id now.
    """
    if spoken is not None and (problem := spoken_problem(spoken, text)):
        raise ConfigError(problem)
    if voice is not None:
        load_voice(voice, folder)  # an unknown profile names the ones there are
    path = inside(folder, FIXES_FILE)
    doc = _load(path)
    if not path.is_file():
        doc = tomlkit.parse(FIXES_HEADER)
    rows = list(doc.get("fix", []))
    names = {segment, was or segment}
    at = next((i for i, row in enumerate(rows) if row.get("segment") in names), None)
    if spoken is None and voice is None:
        if at is not None:
            del rows[at]
    else:
        row = rows[at] if at is not None else tomlkit.table()
        row["segment"] = segment
        row["text"] = text
        for key, value in (("spoken", spoken), ("voice", voice)):
            if value is None:
                row.pop(key, None)
            else:
                row[key] = value.strip()
        if at is None:
            rows.append(row)
    table = tomlkit.aot()
    for row in rows:
        table.append(row)
    doc["fix"] = table
    _write_checked(path, tomlkit.dumps(doc), lambda trial: load_fixes(folder, trial))
