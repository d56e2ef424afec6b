"""Markdown: `#`/`##` headings make chapters (a lone `#` above `##` chapters is the
title), front matter gives the metadata.

Code blocks (fenced with ``` or ~~~, or indented four spaces when they look like
code) and pipe tables are taken out first, so a `# comment` in code is never a
heading, and left to `text/technical.py` (`[text] code`/`tables`). An indented block
that reads like prose (indented verse, a quoted letter) stays text.
"""

from __future__ import annotations

import re

from audiobook.models import LINE_BREAK
from audiobook.text.notes import markdown_notes
from audiobook.text.readers.base import (
    SCENE_BREAK,
    ReadText,
    byline,
    join_names,
    split_paragraphs,
)
from audiobook.text.technical import Blocks, code_rows

_MD_HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*#*\s*$")


def read_markdown(text: str) -> ReadText:
    """Markdown: `#`/`##` headings start chapters; front matter gives metadata."""
    meta: dict[str, str] = {}
    front = re.match(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", text, re.DOTALL)
    if front:
        meta = front_matter(front.group(1))
        text = text[front.end() :]
    blocks = Blocks()
    text = _take_blocks(text, blocks)
    text = _COMMENT.sub("", text)
    text = _HTML_TAG.sub("", re.sub(r"<br\s*/?>[ \t]*", LINE_BREAK, text, flags=re.IGNORECASE))
    text, footnotes = markdown_notes(text)
    headings = [
        (len(m.group(1)), m.group(2))
        for line in text.split("\n")
        if (m := _heading(line))
    ]
    top = [h for h in headings if h[0] <= 2]
    book_title = None
    if top and top[0][0] == 1 and sum(1 for h in top if h[0] == 1) == 1 and len(top) > 1:
        book_title = _strip_inline(top[0][1])  # a lone `#` above `##` chapters is the book's title
    chapters: list[tuple[str | None, list[str]]] = [(None, [])]
    for line in text.split("\n"):
        match = _heading(line)
        if match and len(match.group(1)) <= 2:
            title = _strip_inline(match.group(2))
            if book_title is not None and title == book_title and len(match.group(1)) == 1:
                continue
            chapters.append((title, []))
        elif match:
            chapters[-1][1].extend(["", _strip_inline(match.group(2)), ""])
        else:
            if _LIST_ITEM.match(line):
                chapters[-1][1].append("")  # each item of a list is said as its own line
            chapters[-1][1].append(_strip_block(line))
    found = [(title, split_paragraphs("\n".join(lines))) for title, lines in chapters]
    author = meta.get("author")
    if book_title is not None and found[0][1] and (who := byline(found[0][1][0].text)):
        author = author or who  # "# Title" then "*by Jane Doe*": the title page's byline
        found[0] = (None, found[0][1][1:])
    found = [(t, p) for t, p in found if p or t is not None]
    return ReadText(
        chapters=found,
        title=meta.get("title") or book_title,
        author=author,
        language=meta.get("language") or meta.get("lang"),
        notes=footnotes,
        blocks=blocks.found,
    )


_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
"""An HTML comment: a note to the author or the editor, never read."""
_HTML_TAG = re.compile(
    r"</?(?:a|abbr|b|big|br|cite|code|del|div|em|font|hr|i|img|ins|kbd|mark|p|q|s|small"
    r"|span|strike|strong|sub|sup|u|wbr)\b(?:\s[^<>]*)?/?>",
    re.IGNORECASE,
)
"""Inline HTML that Markdown lets a writer use (`<u>`, `<br>`, `<span …>`): the text
inside is read, the tags are not."""
_ATTRIBUTES = re.compile(r"\s*\{(?:[#.][^{}]*|-)\}\s*$")
"""Pandoc's attributes after a heading (`{#thaw}`, `{.unnumbered}`, `{-}`)."""


def _heading(line: str) -> re.Match[str] | None:
    """A `#` heading line (its level and text), Pandoc's attributes left off."""
    return _MD_HEADING.match(_ATTRIBUTES.sub("", line))


def front_matter(text: str) -> dict[str, str]:
    """A YAML front matter block as metadata: title, author, language. YAML (PyYAML's
    safe loader) because writers' tools (Pandoc, static site generators) write lists
    and quoted values there; a block that is not YAML is read line by line."""
    import yaml

    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError:
        data = None
    if not isinstance(data, dict):
        lines = (line.partition(":") for line in text.splitlines())
        return {k.strip().lower(): v.strip().strip("\"'") for k, sep, v in lines if sep}
    meta: dict[str, str] = {}
    for key, value in data.items():
        if isinstance(value, dict):
            value = value.get("name") or value.get("text")
        if isinstance(value, list):
            names = [v.get("name") or v.get("text") if isinstance(v, dict) else v for v in value]
            value = join_names([str(n).strip() for n in names if n is not None and str(n).strip()])
        if isinstance(value, str | int | float) and not isinstance(value, bool):
            meta[str(key).strip().lower()] = str(value).strip()
    return meta


_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})(.*)$")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$")
_LIST_ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+\S")
_CODE_LIKE = re.compile(
    r"[{}=<>\[\]\\;]|\w\(|^\s*(?:def|class|import|from|return|if|for|while|function|var|let"
    r"|const|public|private|#include|#!|\$|>>>|//|--)(?:\s|$)",
)


def _take_blocks(text: str, blocks: Blocks) -> str:
    """The text with each code block and pipe table replaced by a placeholder line."""
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    after_list = False  # an indented block after a list item continues the item
    while i < len(lines):
        line = lines[i]
        fence = _FENCE.match(line)
        if fence and not (fence[1][0] == "`" and "`" in fence[2]):
            mark = fence[1]
            close = re.compile(rf"^ {{0,3}}{re.escape(mark[0])}{{{len(mark)},}}\s*$")
            end = next((j for j in range(i + 1, len(lines)) if close.match(lines[j])), len(lines))
            body = lines[i + 1 : end]
            if mark[0] == "~" and not (
                end < len(lines) and (fence[2].strip() or any(_CODE_LIKE.search(b) for b in body))
            ):  # "~~~" is also a scene break: a fence only when closed and holding code
                out.append(line)
                i += 1
                continue
            out.extend(["", blocks.add("code", code_rows("\n".join(body))), ""])
            i = end + 1
            continue
        if (
            "|" in line
            and i + 1 < len(lines)
            and "|" in lines[i + 1] + line.strip("|")
            and _TABLE_RULE.match(lines[i + 1])
            and "-" in lines[i + 1]
        ):
            end = i + 2
            while end < len(lines) and lines[end].strip() and "|" in lines[end]:
                end += 1
            rows = [_cells(lines[i])] + [_cells(row) for row in lines[i + 2 : end]]
            out.extend(["", blocks.add("table-head", rows), ""])
            i = end
            continue
        prev_blank = not out or not out[-1].strip()
        if prev_blank and not after_list and line.startswith(("    ", "\t")) and line.strip():
            end = i
            while end < len(lines) and (
                lines[end].startswith(("    ", "\t")) or not lines[end].strip()
            ):
                end += 1
            while end > i and not lines[end - 1].strip():
                end -= 1
            chunk = lines[i:end]
            if any(_CODE_LIKE.search(row.strip()) for row in chunk):
                out.extend(["", blocks.add("code", code_rows("\n".join(chunk))), ""])
                i = end
                continue
        if line.strip() and not line.startswith(("    ", "\t")):
            after_list = bool(_LIST_ITEM.match(line))
        out.append(line)
        i += 1
    return "\n".join(out)


def _cells(row: str) -> list[str]:
    row = row.strip()
    row = row.removeprefix("|")
    row = row[:-1] if row.endswith("|") and not row.endswith("\\|") else row
    cells = re.split(r"(?<!\\)\|", row)
    return [_strip_inline(cell.replace("\\|", "|")) for cell in cells]


def _strip_inline(text: str) -> str:
    text = re.sub(r"!\[([^\]]*)\]\([^)]*\)", "", text)
    text = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"(\*\*|__)(.+?)\1", r"\2", text)
    text = re.sub(r"(?<![\w*])([*_])(?!\s)(.+?)(?<!\s)\1(?![\w*])", r"\2", text)
    text = re.sub(r"`([^`]+)`", r"\1", text)
    return text.strip()


def _strip_block(line: str) -> str:
    """A body line without its block marks (quote, list item); a hard line break (two
    spaces or a backslash at its end, or a Pandoc line block's "| ") is kept as the
    author's line break."""
    if SCENE_BREAK.match(line):
        return line
    line = re.sub(r"^\s*>\s?", "", line)
    line = re.sub(r"^\s*([-*+]|\d+[.)])\s+", "", line)
    broken = bool(_HARD_BREAK.search(line)) or line.rstrip(" \t").endswith(LINE_BREAK)
    line = _HARD_BREAK.sub("", line)
    return _strip_inline(line) + (LINE_BREAK if broken else "")


_HARD_BREAK = re.compile(r"(?: {2,}|\\)$|^\|(?= |$)")
"""Markdown's hard line break at a line's end, or a line of a Pandoc line block
("| The mill-wheel stands;"), as poems are written in it."""
