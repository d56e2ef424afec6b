"""Markdown: `#`/`##` headings make chapters (a lone `#` above `##` chapters is the
title), front matter gives the metadata."""

from __future__ import annotations

import re

from audiobook.text.notes import markdown_notes
from audiobook.text.readers.base import SCENE_BREAK, ReadText, split_paragraphs

_MD_HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*#*\s*$")


def read_markdown(text: str) -> ReadText:
    """Markdown: `#`/`##` headings start chapters; front matter gives metadata."""
    meta: dict[str, str] = {}
    front = re.match(r"\A---\s*\n(.*?)\n---\s*\n", text, re.DOTALL)
    if front:
        for line in front.group(1).splitlines():
            key, sep, value = line.partition(":")
            if sep:
                meta[key.strip().lower()] = value.strip().strip("\"'")
        text = text[front.end() :]
    text, footnotes = markdown_notes(text)
    headings = [
        (len(m.group(1)), m.group(2))
        for line in text.splitlines()
        if (m := _MD_HEADING.match(line))
    ]
    top = [h for h in headings if h[0] <= 2]
    book_title = None
    if top and top[0][0] == 1 and sum(1 for h in top if h[0] == 1) == 1 and len(top) > 1:
        book_title = _strip_inline(top[0][1])  # a lone `#` above `##` chapters is the book's title
    chapters: list[tuple[str | None, list[str]]] = [(None, [])]
    for line in text.splitlines():
        match = _MD_HEADING.match(line)
        if match and len(match.group(1)) <= 2:
            title = _strip_inline(match.group(2))
            if book_title is not None and title == book_title and len(match.group(1)) == 1:
                continue
            chapters.append((title, []))
        elif match:
            chapters[-1][1].extend(["", _strip_inline(match.group(2)), ""])
        else:
            chapters[-1][1].append(_strip_block(line))
    found = [(title, split_paragraphs("\n".join(lines))) for title, lines in chapters]
    found = [(t, p) for t, p in found if p or t is not None]
    return ReadText(
        chapters=found,
        title=meta.get("title") or book_title,
        author=meta.get("author"),
        language=meta.get("language") or meta.get("lang"),
        notes=footnotes,
    )


def _strip_inline(text: str) -> str:
    text = re.sub(r"!\[([^\]]*)\]\([^)]*\)", "", text)
    text = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"(\*\*|__)(.+?)\1", r"\2", text)
    text = re.sub(r"(?<![\w*])([*_])(?!\s)(.+?)(?<!\s)\1(?![\w*])", r"\2", text)
    text = re.sub(r"`([^`]+)`", r"\1", text)
    return text.strip()


def _strip_block(line: str) -> str:
    if SCENE_BREAK.match(line):
        return line
    line = re.sub(r"^\s*>\s?", "", line)
    line = re.sub(r"^\s*([-*+]|\d+[.)])\s+", "", line)
    return _strip_inline(line)
