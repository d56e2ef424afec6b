"""Markdown: `#`/`##` headings (or setext underlines, `===`/`---`) make chapters (a lone
`#` above `##` chapters is the title; a `#` part heading with no text under it joins the
chapter below it, "Part One. Chapter 1"; in a book whose chapters are `#` headings, a `##`
is a section heading read inside its chapter), YAML front matter or a MultiMarkdown
metadata block gives the metadata. A file with no heading at all is read by the
plain-text rules (`typed_chapters`: "CHAPTER I", "**Chapter 3**" typed as lines). Pictures
are not read, and are listed.

Code blocks (fenced with ``` or ~~~, or indented four spaces when they look like
code) and pipe tables are taken out first, so a `# comment` in code is never a
heading, and left to `text/technical.py` (`[text] code`/`tables`). An indented block
that reads like prose (indented verse, a quoted letter) stays text.

Writers' tools add their own marks, and none is read: Pandoc's fenced divs, bracketed
spans and inline notes, Obsidian's comments, wikilinks, embeds, highlights, callouts and
block ids, CriticMarkup (an insertion is read, a deletion or a comment is not), iA
Writer's content blocks, authorship annotations and (in its files) `//` comments, and a
Notion export's page properties and links to its sub-pages. A callout's label is read,
though (`> [!TIP] Measure first` is "Tip: Measure first"; GitHub's `> **Note**` line is
"Note."), and an ordered list's items keep their numbers ("5. Shape the loaf."). A
figure's caption right under its picture, a placeholder for a picture ("[INSERT FIGURE
1.2 HERE]") and a QR code's caption ("Scan to download: …") are not read, and are listed.
"""

from __future__ import annotations

import html
import html.entities
import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace

from audiobook.errors import ManuscriptError
from audiobook.models import LINE_BREAK, Omission, Paragraph
from audiobook.text.matter import (
    heading_reason,
    is_about_page,
    is_dedication,
    is_legal,
    is_the_end,
    title_page_left_out,
)
from audiobook.text.notes import markdown_notes
from audiobook.text.readers.base import (
    EDITED_BY,
    SCENE_BREAK,
    ReadText,
    _notes_heading,
    byline,
    column_table,
    is_break_mark,
    join_names,
    join_titles,
    numbered_name,
    other_credit,
    split_paragraphs,
    translator_credit,
)
from audiobook.text.readers.narration import (
    NOTE_KINDS,
    draft_notes_left_out,
    without_draft_note_lines,
)
from audiobook.text.readers.plaintext import (
    _CONTENTS,
    _METRE_HEAD,
    _ROMAN,
    INLINE_CHORD,
    UNWRAPPED_LINE,
    Heading,
    _credentialed,
    _is_name,
    _number,
    chord_lines,
    chords_left_out,
    find_chapters,
    free_verse,
    marked_chord_lines,
    parse_heading,
    running_margin,
)
from audiobook.text.readers.webfiction import (
    edge_notes,
    front_summary,
    shows_fan_fiction,
    user_byline,
    without_hearts,
    work_tags,
)
from audiobook.text.struck import STRUCK_CLOSE, STRUCK_OPEN
from audiobook.text.technical import OPEN as BLOCK_OPEN
from audiobook.text.technical import (
    Blocks,
    code_rows,
    conversation,
    ingredient_lines,
    story_text,
    table_lines,
    times_left_out,
)

_MD_HEADING = re.compile(r"^(#{1,6})\s+(.+?)(?:\s+#+)?\s*$")


def read_markdown(text: str) -> ReadText:
    """Markdown: `#`/`##` headings start chapters; front matter gives metadata."""
    meta: dict[str, str] = {}
    omitted: list[Omission] = []
    text, annotated = _without_annotations(text, omitted)
    front = re.match(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", text, re.DOTALL)
    toml = _TOML_FRONT.match(text)
    if front:
        meta = front_matter(front.group(1))
        text = text[front.end() :]
    elif toml:  # Hugo's and Zola's `+++` front matter
        meta = toml_front_matter(toml.group(1))
        text = text[toml.end() :]
    elif title_block := _PANDOC_TITLE.match(text):
        meta = _pandoc_title(title_block.group())
        text = text[title_block.end() :]
    elif multimarkdown := _MMD_BLOCK.match(text):
        meta = _mmd_metadata(multimarkdown.group())
        text = text[multimarkdown.end() :] if meta else text
    else:
        text, meta = _notion_properties(text, omitted)
    text = _without_chords(text, omitted)
    blocks = Blocks()
    text = _take_blocks(text, blocks, omitted)
    omitted.extend(times_left_out(blocks.times))  # text messages' times, not read
    text = _math(text, blocks, omitted)
    text = _ia_writer(_notion_subpages(text, omitted), omitted, annotated=annotated)
    text = _substack_buttons(text, omitted)
    text = _anchor_contents(text, omitted)
    text = _TOC_MARKER.sub("", text)
    text = _ESCAPE.sub(lambda m: chr(_ESCAPED + ord(m[2])) if m[2] else m[0], text)
    text, editorial = _editorial(text)
    omitted.extend(editorial)
    pictures: list[str] = []
    text = _SHORTCODE.sub(lambda m: _shortcode(m, pictures), text)
    text = _PICTURE.sub(lambda m: _picture(m, pictures) + _PLACED, text)
    text = _without_figure_text(text, pictures, omitted)
    text = _HTML_TAG.sub("", re.sub(r"<br\s*/?>[ \t]*", LINE_BREAK, text, flags=re.IGNORECASE))
    text = _HTML_CODE.sub("", text)
    text = _REFERENCE.sub(_character, text)  # after the tags: "&lt;p&gt;" is no tag
    text = _DIV_FENCE.sub(r"\1", _TYPESETTING.sub("", text))
    text = _setext_headings(text)
    text = _without_navigation(text, omitted)
    text = _inline_marks(_BLOCK_ID.sub("", text), omitted, pictures)
    text = _without_draft_callouts(text, omitted)
    text, drafts = without_draft_note_lines(text)  # after links: "[[Page]]" is one
    omitted.extend(draft_notes_left_out(drafts))
    pictures = [p for p in (_unread(p) for p in pictures) if p]
    if pictures:
        what = f"{len(pictures)} figure{'s' if len(pictures) != 1 else ''}"
        omitted.append(Omission(what, "a picture; its caption is not read", "\n".join(pictures)))
    text, footnotes = _footnotes(text)
    text, page = _title_page(_break_marks(text), meta.get("author"))
    text = _verse_breaks(_hymn_verse_numbers(text, omitted))
    if page is not None:
        omitted.append(title_page_left_out(page.lines))
    top = [h for h in _headings(text) if h[0] <= 2 and not is_the_end(h[1])]
    book_title = None
    if top and top[0][0] == 1 and len(top) > 1:
        first = _strip_inline(top[0][1])
        lone = sum(1 for h in top if h[0] == 1) == 1 and not _is_part(first)
        named = meta.get("title", "").casefold()
        if (lone and not named) or first.casefold() == named:
            book_title = first  # the title page's heading: a lone `#`, or the front matter's title
    inline = _headings_as_lines(text, book_title)
    sections = _sections_in_chapters(text, book_title, inline)
    songs = _songs_as_chapters(text)
    counted = counts_chapters([_strip_inline(t) for level, t in top if level <= 2])
    chapters: list[tuple[str | None, list[str]]] = [(None, [])]
    opened = 0  # the level of the heading that opened the current chapter
    numbers = _list_numbers(text.split("\n"))
    for index, line in enumerate(text.split("\n")):
        match = _heading(line)
        level = len(match.group(1)) if match else 0
        title = _strip_inline(match.group(2)) if match else ""
        if counted and level <= 2 and title != book_title:
            title = number_stopped(title)  # "1 The Habit Loop": "1. The Habit Loop"
        if index in inline:
            chapters[-1][1].extend(["", inline[index], ""])
        elif match and level == 2 and sections and opened == 1 and heading_reason(title) is None:
            chapters[-1][1].extend(["", title, ""])  # a section of a `#` chapter
        elif match and (level <= 2 or index in songs):
            if book_title is not None and title == book_title and level == 1:
                continue
            current, lines = chapters[-1]
            if (
                current is None
                or any(s.strip() and not SCENE_BREAK.match(s) for s in lines)
                or _notes_heading(current)  # an empty "Notes": its `[^1]:` lines are notes
            ):
                chapters.append((title, []))
                opened = level
            elif _words(title) != _words(current):  # "# Part One" over "## Chapter 1"
                chapters[-1] = (join_titles(current, title), lines)
        elif match and chapters[-1][0] is not None and is_about_page(title):
            chapters.append((title, []))  # "### About the Author" after the last poem's notes
        elif match:
            chapters[-1][1].extend(["", _section_line(title), ""])
        elif callout := _CALLOUT.match(line):
            chapters[-1][1].extend(["", _callout_line(callout), ""])
        elif label := _ALERT_LINE.match(line):  # GitHub's older `> **Note**` over its text
            chapters[-1][1].extend(["", f"{label['label'].capitalize()}.", ""])
        else:
            if _LIST_ITEM.match(_QUOTE_MARKS.sub("", line)):
                chapters[-1][1].append("")  # each item of a list is said as its own line
            said = _strip_block(line)
            if _CHAT_LINE.match(said) and not said.endswith(LINE_BREAK):
                said += LINE_BREAK  # one message a line: a pause between speakers
            chapters[-1][1].append(f"{numbers[index]} {said}" if index in numbers else said)
    last = chapters[-1][0]
    if len(chapters) > 1 and last and is_the_end(last) and not "".join(chapters[-1][1]).strip():
        chapters.pop()  # the book's own "The End" heading, read where the book ends
        chapters[-1][1].extend(["", last, ""])
    found = [(title, split_paragraphs("\n".join(lines))) for title, lines in chapters]
    editor = meta.get("editor") or _edited(meta.get("author") or "")
    named = meta.get("author") if not _edited(meta.get("author") or "") else None
    author = _credited(named) or named if named else None
    if page is not None:
        if page.edited:
            editor = editor or page.author  # "Edited by Harriet Vell" under the title
        else:
            author = author or page.author
        meta.setdefault("title", page.title)
    if book_title is not None and not editor and found[0][1] and (
        who := byline(found[0][1][0].text)
        or (user_byline(found[0][1][0].text, placed=True) if _fan_fiction(found) else None)
    ):  # (in an anthology the first story's byline is the story's; a fic's, its writer's)
        author = author or who  # "# Title" then "*by Jane Doe*": the title page's byline
        found[0] = (None, found[0][1][1:])
    found = [(t, p) for t, p in found if p or t is not None]
    typed = None
    if not _headings(text) and len(found) == 1 and found[0][0] is None:
        # no `#` or setext heading at all (a .txt renamed .md; an export that sets its
        # headings in bold): "CHAPTER I" and "**Chapter 3**" typed as lines
        typed = typed_chapters([
            chunk
            for paragraph in found[0][1]
            for chunk in (["* * *"] if paragraph.scene_break_before else []) + [paragraph.text]
        ])
    if typed is not None:
        found = list(typed.chapters)
        omitted.extend(typed.omitted)
    found = _without_authors_notes(found, omitted)
    return ReadText(
        chapters=found,
        title=meta.get("title") or book_title or (typed.title if typed else None),
        author=author or (typed.author if typed and not editor else None),
        editor=editor or (typed.editor if typed else None),
        translator=meta.get("translator")
        or (page.translator if page is not None else None)
        or (typed.translator if typed else None),
        language=meta.get("language") or meta.get("lang"),
        notes=footnotes,
        omitted=tuple(omitted),
        blocks=blocks.found,
    )


def _without_authors_notes(
    found: list[tuple[str | None, list[Paragraph]]], omitted: list[Omission]
) -> list[tuple[str | None, list[Paragraph]]]:
    """The chapters without fan fiction's notes to its readers where a chapter opens or
    closes, by the web readers' rule (`webfiction.edge_notes`): "A/N:" in any book, and
    in one that shows itself fan fiction (`webfiction.shows_fan_fiction`: an "A/N", an
    "AN:", a "Disclaimer: I don't own", the archive's tags) also "AN:", "Author's
    Note:", "Review replies:" with the replies, "Please review!", "Edit:" lines, and
    the work's summary at its front (`webfiction.front_summary`). In a novel's
    manuscript an "Author's Note:" paragraph is the author's, and read."""
    chapters = _chapter_texts(found)
    strict = not shows_fan_fiction([texts for texts, _ in chapters])
    notes: list[str] = []
    tags: list[str] = []
    summaries: list[str] = []
    kept: list[tuple[str | None, list[Paragraph]]] = []
    front = True  # before the first chapter's text: where a fic's header of tags stands
    for (title, paragraphs), (texts, places) in zip(found, chapters, strict=True):
        edges = edge_notes(texts, strict=strict)
        for place, paragraph in zip(places, paragraphs[:3] if front else [], strict=False):
            if place not in edges and work_tags(paragraph.text):
                edges[place] = None
                tags.append(paragraph.text)
        for place in front_summary(texts) if front and not strict else []:
            if place not in edges:  # the fic's summary over its first chapter
                edges[place] = None
                summaries.append(texts[place] or "")
        front = front and title is None
        if not strict:  # a fic's typed hearts ("<3"), said "less than three"
            paragraphs = [replace(p, text=without_hearts(p.text)) for p in paragraphs]
        if not edges:
            kept.append((title, paragraphs))
            continue
        left: list[Paragraph] = []
        for paragraph, place in zip(paragraphs, places, strict=True):
            if place not in edges:
                left.append(paragraph)
                continue
            rest = edges[place]
            if paragraph.text in tags or paragraph.text in summaries:
                continue
            notes.append(paragraph.text if rest is None else paragraph.text.split(LINE_BREAK)[0])
            if rest:
                left.append(replace(paragraph, text=rest))
        kept.append((title, left))
    if notes:
        omitted.append(Omission(f"{len(notes)} author's note{'s' if len(notes) != 1 else ''}",
                                "the author's notes to readers, not the story",
                                "\n".join(notes)))  # fmt: skip
    if summaries:
        omitted.append(Omission("the summary", "the author's summary, not the story",
                                "\n".join(summaries)))  # fmt: skip
    if tags:
        omitted.append(Omission("the work's tags", "the archive's header (rating, fandom, "
                                "relationships) copied over the story, not the story",
                                "\n".join(tags)))  # fmt: skip
    return [(t, p) for t, p in kept if p or t is not None]


def _chapter_texts(
    found: list[tuple[str | None, list[Paragraph]]],
) -> list[tuple[list[str | None], list[int]]]:
    """Each chapter's paragraphs as `webfiction.edge_notes` takes them (a scene break
    before one: None), with each paragraph's place among them."""
    chapters: list[tuple[list[str | None], list[int]]] = []
    for _, paragraphs in found:
        texts: list[str | None] = []
        places: list[int] = []  # each paragraph's place in `texts` (a break before it: None)
        for paragraph in paragraphs:
            if paragraph.scene_break_before:
                texts.append(None)
            places.append(len(texts))
            texts.append(paragraph.text)
        chapters.append((texts, places))
    return chapters


def _fan_fiction(found: list[tuple[str | None, list[Paragraph]]]) -> bool:
    """Does the file show itself fan fiction (`webfiction.shows_fan_fiction`)?"""
    return shows_fan_fiction([texts for texts, _ in _chapter_texts(found)])


def typed_chapters(chunks: list[str]) -> ReadText | None:
    """Paragraphs a reader found with no heading marks at all (a web page with no
    heading tags, a Markdown file with no `#`), read by the plain-text rules
    (`plaintext.find_chapters`) as the Word reader reads a manuscript typed with no
    heading styles: they find the chapters by their words ("CHAPTER I", "Chapter 3"
    set in bold), the title page and byline above them, a contents list. Taken only
    when they find a titled chapter, as the Word reader takes them; else None, and the
    paragraphs are read as they stand. `chunks` are the paragraphs' texts, a scene
    break as "* * *"; the lines a `LINE_BREAK` ended (a verse quoted in a chapter),
    which plain text would join, are put back."""
    if not chunks:
        return None
    found = find_chapters("\n\n".join(chunks) + "\n")
    if not any(title for title, _ in found.chapters):
        return None
    lined = {" ".join(chunk.replace(LINE_BREAK, " ").split()): chunk
             for chunk in chunks if LINE_BREAK in chunk}  # fmt: skip
    chapters = [
        (title, [replace(p, text=lined.get(" ".join(p.text.split()), p.text)) for p in paragraphs])
        for title, paragraphs in found.chapters
    ]
    return replace(found, chapters=chapters)


# ---------------------------------------------------------------- title page

_EDITED_BY = EDITED_BY
"""An anthology's credit: "Edited by Harriet Vell", "Selected and edited by …",
"Compiled by …"."""
_PAGE_LINES = 4  # the most lines a title page sets under its heading (subtitle, credits)
_PAGE_LINE_WORDS = 12  # a longer line is prose: the heading is a chapter's


def _edited(line: str) -> str | None:
    """The editor an anthology's "Edited by …" credit names, or None."""
    edited = _EDITED_BY.match(line.strip().strip("*_").strip())
    return byline(f"by {edited['who']}") if edited and edited["who"] else None


def _credited(line: str) -> str | None:
    """The names a title page credits: its editor's (`_edited`) or its byline ("by Jane
    Doe")."""
    stripped = line.strip().strip("*_").strip()
    return _edited(stripped) if _EDITED_BY.match(stripped) else byline(stripped)


@dataclass(frozen=True)
class _TitlePage:
    """What a title page over `#` chapters names, and its lines for `plan`."""

    title: str
    author: str | None
    lines: list[str]  # as `plan` lists them
    edited: bool = False  # the name is the editor's ("Edited by …"), not the author's
    translator: str | None = None  # "Translated by …" on the page


def _title_page(text: str, author: str | None = None) -> tuple[str, _TitlePage | None]:
    """The text without a title page set as the first `#` over `#` chapters, and what it
    names: the heading with nothing under it but a few short lines (a subtitle) and a
    byline or an editor's credit ("# Lanterns at Low Tide" / "*New Stories of the
    Coast*" / "Edited by Harriet Vell" / "# Introduction"). A scene-break line may end
    the page when a copyright page follows it (its first line says so): that is left
    to `text/matter.py`. A story's title and byline over its text are not a title page.

    A dedication under the byline ("*For Nana, who taught me …*") ends the page: it is
    read, as "Dedication", and so is an epigraph after it; so do pages of front matter
    before the first chapter (a "## Contents" list). A genre line set as a smaller
    heading ("### a novel") is the page's line, not a subtitle said with the title; a
    name alone under the heading is its byline when the metadata names that `author`
    (MultiMarkdown's "Author:" over "# Ghost Protocol Nine #" / "R. J. Castellano")."""
    lines = text.split("\n")
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    head = _heading(lines[first]) if first is not None else None
    if first is None or head is None or len(head[1]) != 1:
        return text, None
    title = _strip_inline(head[2])
    if _is_part(title) or heading_reason(title) is not None:
        return text, None
    lone = sum(1 for h in _headings(text) if h[0] == 1) == 1
    start = first + 1  # "## A Short History of the Earth's Climate" under "# Deep Time"
    while start < len(lines) and not lines[start].strip():
        start += 1
    # (a `##` under it is its subtitle over `#` chapters too, when a `#` follows the page)
    subtitle = _heading(lines[start]) if start < len(lines) else None
    genre = subtitle is not None and len(subtitle[1]) >= 3  # "### a novel": the page's line
    subtitle = subtitle if subtitle and len(subtitle[1]) == 2 else None
    alternative = bool(subtitle and _ALTERNATIVE.match(_strip_inline(subtitle[2])))
    end = start + 1 if subtitle or genre else first + 1
    credited = False
    while end < len(lines) and not SCENE_BREAK.match(lines[end]) and (
        not (line_head := _heading(lines[end]))
        or (len(line_head[1]) >= 3 and _is_name(_credited(_strip_inline(line_head[2])) or ""))
    ):  # a byline set as a smaller heading ("### by Margaret Ellison") is the page's line,
        # a section's ("### By Candlelight") is not
        said = _strip_block(lines[end]).strip()
        if said and is_legal(said) and not (_credited(said) or other_credit(said)):
            break  # the copyright lines under the page are `text/matter.py`'s
        if said and credited and _dedication_line(said):
            break  # "*For Nana, …*" under the byline: the dedication, read as one
        if said and credited and _QUOTE_MARKS.match(lines[end]):
            break  # "> **Medical disclaimer:** …" under the byline: a note, read
        credited = credited or bool(said and (_credited(said) or _named(said)))
        end += 1
    page = [_strip_block(line).strip() for line in lines[first + 1 : end] if line.strip()]
    page = [_strip_inline(x.lstrip("#").strip()) if _heading(x) else x for x in page]
    if not page or len(page) > _PAGE_LINES or any(len(x.split()) > _PAGE_LINE_WORDS for x in page):
        return text, None
    who = next((w for line in page if (w := _credited(line))), None)
    raw = [line.strip() for line in lines[first + 1 : end] if line.strip()]  # as set
    if who is None and len(page) > 1 and _named(page[-1]) and not _epigraph(*raw[-2:]):
        who = _named(page[-1])  # "*A diary*" over "**Ines Calloway**": the name alone
    if who is None and len(page) > 2 and _named(page[-2]) and _IMPRINT.search(page[-1]) and (
        not _epigraph(*raw[-3:-1])
    ):  # "*poems*" / "Mara Lindqvist" / "Small Lamp Press · 2019": the name over the imprint
        who = _named(page[-2])
    if who is None and author and _words(page[-1]) == _words(author):
        who = _named(page[-1]) or author  # the metadata's author, alone under the title
    if any(not (_credited(line) or _named(line) or other_credit(line))
           and line.rstrip("*_ ").endswith((".", "!", "?", "”", '"'))
           and not (alternative and _subtitle_like(line))  # "*In a Series of Letters.*"
           for line in page[1 if alternative else 0 :]):  # fmt: skip
        return text, None  # a sentence under the byline: a story's first words, not a subtitle
    credit = next((i for i, line in enumerate(page) if _credited(line) or _named(line) == who),
                  len(page))  # fmt: skip
    # a translator's or an illustrator's credit under the byline goes with the page
    under = [line for line in page[credit + 1 :] if not (_credited(line) or other_credit(line))]
    if (len(under) > 1 and not alternative) or not all(map(_subtitle_like, under)):
        return text, None  # short lines under the byline ("a crow on the wire"): a poem
    after = next((i for i in range(end, len(lines)) if (h := _heading(lines[i]))
                  and heading_reason(_strip_inline(h[2])) is None), None)  # past "## Contents"
    level = len(_heading(lines[after])[1]) if after is not None else 0  # type: ignore[index]
    credits_other = any(map(other_credit, page))  # "Illustrated by …" with no byline
    if (who is None and not credits_other and not alternative) or after is None or not (
        level == 1 or (lone and level == 2)
    ):
        return text, None  # (a lone `#` over `##` chapters is the book's title too)
    rest = [line for line in lines[end:after] if line.strip() and not SCENE_BREAK.match(line)]
    if rest and not (is_legal(_strip_block(rest[0])) or _dedication_line(_strip_block(rest[0]))
                     or _heading(rest[0]) or (who and _QUOTE_MARKS.match(rest[0]))):
        return text, None  # the page goes on with text of its own: a story under its title
    kept = lines[:first] + lines[end:]
    edited = any(_edited(line) for line in page)
    if alternative:  # "EVELINA;" over "OR, A YOUNG LADY'S ENTRANCE INTO THE WORLD."
        title = f"{title.rstrip(' ;,:')}; {_strip_inline(subtitle[2]).rstrip(' .')}"  # type: ignore[index]
    elif subtitle:  # said after a colon, as a title and its subtitle are ("Parlons
        # Français! A Beginner's Course": after its own mark)
        title = f"{title}{' ' if title.endswith(('!', '?')) else ': '}{_strip_inline(subtitle[2])}"
    translator = translator_credit(page)  # "Translated from the German by Mary Hale"
    return "\n".join(kept), _TitlePage(title, who, [title, *page], edited, translator)


_IMPRINT = re.compile(
    r"\b(?:press|books|publish(?:ers?|ing)|publications|editions)\b|\b(?:1[89]|20)[0-9]{2}\b",
    re.IGNORECASE,
)
"""A title page's imprint line under the author's name ("Small Lamp Press · 2019",
"Harbour Lane Books", "2021"): the name alone over it is the byline."""
_ALTERNATIVE = re.compile(r"^or\s*[,:;]\s*\S", re.IGNORECASE)
"""A title page's alternative title under its title, as the eighteenth and nineteenth
centuries set them ("# EVELINA;" / "## OR, A YOUNG LADY'S ENTRANCE INTO THE WORLD.",
"Frankenstein; or, The Modern Prometheus"): a page of its own, though published with no
author's name, its short lines under it ("*In a Series of Letters.*", "VOL. II.") the
page's; said as one title with the alternative after a semicolon."""


def _dedication_line(line: str) -> bool:
    """Is a line under a title page's byline a dedication ("*For Luis and Sofía*")?"""
    return is_dedication([Paragraph(_strip_inline(line.strip().strip("*_").strip()))])


def _named(line: str) -> str | None:
    """A title page's author set alone with no "by", in italics, bold or plain
    ("*Rosalind Okafor*", "**Garrett Stahl**"); None for a subtitle ("*Poems*")."""
    name = _credentialed(line.strip().strip("*_").strip())
    return name if _is_name(name) else None


def _epigraph(line: str, name: str) -> bool:
    """Are `line` over `name` an epigraph and its source, both in italics ("*Because I
    could not stop for Death*" / "*Emily Dickinson*"), not a subtitle over the author: a
    line of four words or more, not in title case, or in quotation marks? Read, and the
    poet is no author."""
    italic = re.compile(r"([*_])[^*_].*[^*_]\1")
    if not (italic.fullmatch(line.strip()) and italic.fullmatch(name.strip())):
        return False
    words = line.strip("*_ ").split()
    quoted = words[0][:1] in "\"“‘'" if words else False
    return quoted or (len(words) >= 4 and not _subtitle_like(line.strip("*_ ")))


_EDITION = re.compile(r"\b(?:edition|printing|impression|reprinted)\b", re.IGNORECASE)


def _subtitle_like(line: str) -> bool:
    """Does a title page's line under its byline read as a subtitle or an imprint: set
    in italics ("*A Novel*"), in title case ("Harbour Lane Press", "2024"), or naming
    its edition or printing ("Second printing — Little Bridge Language Books, 2021"),
    where a poem's line is not ("the river wakes up")?"""
    if re.fullmatch(r"([*_]).+\1", line.strip()) or _EDITION.search(line):
        return True
    return all(word[0].isupper() for word in re.findall(r"[^\W\d_][\w'’-]{3,}", line))


# ---------------------------------------------------------------- writing apps

_ANNOTATIONS = re.compile(
    r"\n[ \t]*-{3}[ \t]*\n(?P<block>[^\n:]+:[ \t]*\d+(?:,\d+)?(?:[ \t]+\d+(?:,\d+)?)*[ \t]+"
    r"SHA-256[ \t]+[0-9A-Fa-f]{8,64}[ \t]*\n(?:[^\n]*\n)*?[ \t]*\.\.\.)[ \t]*\s*\Z"
)
"""iA Writer's authorship block at the end of a file (Markdown Annotations): a `---`
line, "Annotations: 0,2412 SHA-256 4f2c…", a line per author with the ranges they
wrote ("@Noor Haddad: 0,2290"), and `...`. The hash line is the app's alone."""


def _without_annotations(text: str, omitted: list[Omission]) -> tuple[str, bool]:
    """The text without iA Writer's authorship block (listed as left out), and whether
    it had one: a sign that the file is iA Writer's, whose comments are not read."""
    found = _ANNOTATIONS.search(text)
    if not found:
        return text, False
    why = "the app's record of who wrote which characters, never shown"
    omitted.append(Omission("iA Writer's authorship annotations", why, found["block"].strip()))
    return text[: found.start()] + "\n", True


_CONTENT_BLOCK = re.compile(
    r"^ {0,3}(?P<file>(?:/[^/\t\n]+)*/[^/\t\n]*[^/\s]\.[A-Za-z0-9]{1,5}"
    r"|https?://\S+\.(?:png|jpe?g|gif|tiff?)(?:[?#]\S*)?)"
    r"""(?:[ \t]+(?:"[^"\n]*"|'[^'\n]*'|\([^)\n]*\)))?[ \t]*$""",
    re.MULTILINE | re.IGNORECASE,
)
"""An iA Writer content block: a line that is only a file's path from "/" ("/cover.jpg",
"/Chapter 3.md") or an image's address, with perhaps a quoted caption. The app shows
the file there (a picture, a table, another file's text); a sentence is never written so."""
_IA_COMMENT = re.compile(r"^ {0,3}//(?!\S*\.\S*/).*$", re.MULTILINE)
"""An iA Writer comment: a line opening with `//`, which the app never shows in preview
nor prints (not a protocol-relative address, `//example.org/…`)."""


def _ia_writer(text: str, omitted: list[Omission], *, annotated: bool) -> str:
    """The text without iA Writer's content blocks (the embedded files are not in this
    file) and, in a file that is iA Writer's (it has content blocks or an authorship
    block), without its `//` comments: in any other book such a line is the author's."""
    embedded = [m["file"] for m in _CONTENT_BLOCK.finditer(text)]
    if embedded:
        what = f"{len(embedded)} embedded file{'s' if len(embedded) != 1 else ''}"
        omitted.append(Omission(what, "an iA Writer content block, not in this file",
                                "\n".join(embedded)))  # fmt: skip
        text = _CONTENT_BLOCK.sub("", text)
    comments = [m[0].strip() for m in _IA_COMMENT.finditer(text)] if embedded or annotated else []
    if comments:
        what = f"{len(comments)} comment{'s' if len(comments) != 1 else ''}"
        omitted.append(Omission(what, "an iA Writer comment, never printed", "\n".join(comments)))
        text = _IA_COMMENT.sub("", text)
    return text


_NOTION_ID = r"(?:%20| )[0-9a-f]{32}"
"""The id Notion appends to every page's file name in an export."""
_NOTION_PAGE = re.compile(
    r"\A#[ \t]+(?P<title>[^\n]*\S)[ \t]*\n[ \t]*\n"
    r"(?P<block>(?:[^\s:][^:\n]{0,39}:[^\n]*\n){2,})(?=[ \t]*(?:\n|\Z))"
)
"""A Notion page's opening: its title as a `#` heading, then a line per property."""
_NOTION_TIME = re.compile(
    r"^(?:created|created time|last edited|last edited time):[ \t]*(?:January|February|March"
    r"|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4}"
    r"(?: \d{1,2}:\d{2} [AP]M)?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
"""The time stamps Notion writes as properties ("Created: January 14, 2024 9:32 PM")."""
_NOTION_LINK = re.compile(rf"\]\([^()\n]*{_NOTION_ID}\.md\)")


def _notion_properties(text: str, omitted: list[Omission]) -> tuple[str, dict[str, str]]:
    """A page exported from Notion opens with its properties under its title ("Status:
    Draft", "Tags: …", "Created: …"): the writer's database, not the book. They are
    left out, listed, when the page shows it is Notion's: a property is one of its time
    stamps, or it links to another page of the export by its file name's id. The title
    and an "Author" property are the metadata. A story that opens "Status: …" is read."""
    page = _NOTION_PAGE.match(text)
    if not page or not (_NOTION_TIME.search(page["block"]) or _NOTION_LINK.search(text)):
        return text, {}
    lines = page["block"].splitlines()
    properties = {k.strip().lower(): v.strip() for k, _, v in (x.partition(":") for x in lines)}
    what = f"Notion page properties ({len(lines)} lines)"
    omitted.append(Omission(what, "the page's database fields, not the book", "\n".join(lines)))
    meta = {"title": page["title"].strip()}
    if properties.get("author"):
        meta["author"] = properties["author"]
    return text[: page.start("block")] + text[page.end() :], meta


_NOTION_SUBPAGE = re.compile(
    rf"^[ \t]*\[(?P<title>[^\[\]\n]+)\]\([^()\n]*{_NOTION_ID}\.md\)[ \t]*$"
)
"""A line that is only a link to another page of a Notion export (a sub-page)."""


def _notion_subpages(text: str, omitted: list[Omission]) -> str:
    """The text without its links to the sub-pages of a Notion export: their text is
    in other files (a chapter each), so the link's title is not the book's text here.
    Links listed under a "Contents" heading stay, so the contents list is left out
    whole, with its heading (`text/matter.py`)."""
    kept: list[str] = []
    linked: list[str] = []
    above = ""  # the last line above that is neither blank nor such a link
    for line in text.split("\n"):
        link = _NOTION_SUBPAGE.match(line)
        heading = _heading(above)
        if link and not (heading and _CONTENTS.match(_strip_inline(heading[2]))):
            linked.append(link["title"])
            continue
        kept.append(line)
        if line.strip() and not link:
            above = line
    if not linked:
        return text
    what = f"{len(linked)} linked Notion page{'s' if len(linked) != 1 else ''}"
    omitted.append(Omission(what, "a Notion sub-page, not in this file", "\n".join(linked)))
    return "\n".join(kept)


_ANCHOR_LINK = re.compile(
    r"^[ \t]*(?:[-*+][ \t]+|\d{1,4}[.)][ \t]+)?(?P<bold>\*\*|__)?"
    r"\[(?P<title>[^\[\]\n]+)\]\(#(?P<id>[^()\s]+)\)(?P=bold)?[ \t]*$"
)
"""A line that is only a link to a place in the same document (`[Epilogue	41](#epilogue)`)."""
_HEADING_ID = re.compile(r"\{#([^\s{}]+)[^{}]*\}\s*$")


def _anchor_contents(text: str, omitted: list[Omission]) -> str:
    """The text without a contents list made of links to its own headings and no
    heading of its own: Google Docs' "Download → Markdown" writes its contents so
    ("[Chapter One: Homecoming<TAB>1](#chapter-one:-homecoming)", a paragraph each, with
    the printed page number), and so do contents lists generated for a README. Two such
    lines or more in a row (blank lines between), at least two of them linking to a
    heading of the file (its `{#id}`, or its title as a GitHub-style slug); listed as
    left out. Under a "Contents" heading the list stays, and is left out with its
    heading (`text/matter.py`)."""
    lines = text.split("\n")
    ids: set[str] = set()
    for line in lines:
        if heading := _MD_HEADING.match(line):
            if given := _HEADING_ID.search(line):
                ids.add(given[1].casefold())
            title = _strip_inline(_ATTRIBUTES.sub("", heading[2])).casefold()
            ids.add(re.sub(r"[^\w\- ]", "", title).replace(" ", "-"))
    runs: list[list[int]] = [[]]
    above = ""  # the last line above the run that is neither blank nor such a link
    for i, line in enumerate(lines):
        if _ANCHOR_LINK.match(line):
            if not runs[-1] and (heading := _heading(above)) and _CONTENTS.match(
                _strip_inline(heading[2])
            ):
                continue  # a "Contents" heading's list: left out with its heading
            runs[-1].append(i)
        elif line.strip():
            above = line
            if runs[-1]:
                runs.append([])
    found = [
        run for run in runs
        if len(run) >= 2
        and sum(_ANCHOR_LINK.match(lines[i])["id"].casefold() in ids for i in run) >= 2
    ]  # fmt: skip
    if not found:
        return text
    dropped = {i for run in found for i in run}
    titles = [" ".join(_ANCHOR_LINK.match(lines[i])["title"].split()) for i in sorted(dropped)]
    what = f"table of contents ({len(titles)} line{'s' if len(titles) != 1 else ''})"
    omitted.append(Omission(what, "table of contents", "\n".join(titles)))
    return "\n".join(line for i, line in enumerate(lines) if i not in dropped)


SUBSTACK_WORDS = re.compile(
    r"[*_]*(?:Thanks for reading [^\n]{1,100}! )?(?:Subscribe for free to receive new posts and"
    r" support my work\.|This post is public so feel free to share it\.)[*_]*"
)
"""The fixed words of a Substack post's boxes, in any saved form of it: "Thanks for
reading …! Subscribe for free to receive new posts and support my work.", "This post
is public so feel free to share it." (the HTML reader leaves them out by it too)."""
_SUBSTACK_BUTTON = re.compile(
    r"^[ \t]*(?:\[(?:Share|Subscribe(?: now)?|Leave a comment|Share [^\[\]\n]{1,80})\]"
    r"\((?:https?://)?[^()\s]*(?:substack\.com|[?&]action=share\b)[^()\s]*\)"
    rf"|{SUBSTACK_WORDS.pattern})[ \t]*$",
    re.MULTILINE,
)
"""A Substack post's buttons as a clipper (MarkDownload, Obsidian's Web Clipper) saves
them: a line that is only a "Share" or "Subscribe" link to the newsletter, or the
boxes' fixed words (`SUBSTACK_WORDS`). The author's own words about subscribing are read."""


def _substack_buttons(text: str, omitted: list[Omission]) -> str:
    """The text without a saved Substack post's buttons, listed as left out."""
    found = [m[0].strip() for m in _SUBSTACK_BUTTON.finditer(text)]
    if not found:
        return text
    what = f"{len(found)} Substack button{'s' if len(found) != 1 else ''}"
    omitted.append(Omission(what, "the newsletter's page, not the post", "\n".join(found)))
    return _SUBSTACK_BUTTON.sub("", text)


_HTML_TAG = re.compile(
    r"</?(?:a|abbr|b|big|br|cite|code|del|div|em|font|hr|i|img|ins|kbd|mark|p|q|s|small"
    r"|span|strike|strong|sub|sup|u|wbr|aside|details|summary|section|article|figure"
    r"|blockquote|center|header|footer|main|dl|dt|dd)\b(?:\s[^<>]*)?/?>",
    re.IGNORECASE,
)
"""Inline HTML that Markdown lets a writer use (`<u>`, `<br>`, `<span …>`): the text
inside is read, the tags are not."""
_HTML_CODE = re.compile(
    r"^[ \t]{0,3}<(script|style|template)\b[^<>]*>.*?</\1\s*>[ \t]*\n?",
    re.IGNORECASE | re.MULTILINE | re.DOTALL,
)
"""A script or a style sheet in the Markdown's HTML (`<script>…</script>` opening a line):
code for a browser, never words, as the HTML reader leaves them out."""
_ATTRIBUTES = re.compile(r"\s*\{(?:[#.][^{}]*|-)\}\s*$")
"""Pandoc's attributes after a heading (`{#thaw}`, `{.unnumbered}`, `{-}`)."""


_TOC_MARKER = re.compile(
    r"^[ \t]*(?:\{\{TOC\}\}|\[TOC\]|\[\[_TOC_\]\]|\$\{toc\})[ \t]*$", re.M | re.I
)
"""Where a Markdown tool puts its generated contents list (MultiMarkdown `{{TOC}}`,
`[TOC]`, GitLab's `[[_TOC_]]`): a list of the headings, which are read anyway."""


_NOT_VERSE = re.compile(r"^\s*(?:[-*+]\s|\d{1,9}[.)]\s|[|#<]|```|~~~|\[\^|:)")


_STANZA_NUMBER = re.compile(r"^(?P<n>[1-9][0-9]?)[ \t]+(?=[\"“‘'(]*[A-Z])")
"""A hymn's or a metrical psalm's verse number opening its stanza ("2 My soul he doth
restore again;")."""


def _hymn_verse_numbers(text: str, omitted: list[Omission]) -> str:
    """A hymnal's or a metrical psalter's text (two lines at least print a metre: "*C.M.*
    — Tune: DUNDEE") without the bare numbers opening its stanzas, counting up from one
    under each hymn ("1 That man hath perfect blessedness", "2 Nor sitteth …"), listed
    as left out: a narrator leaves them unsaid, as a plain-text psalter's
    (`plaintext._without_verse_numbers`). A Markdown list ("1. All people") is a list."""
    lines = text.split("\n")
    if sum(bool(_METRE_HEAD.match(_strip_inline(x).replace("*", ""))) for x in lines) < 2:
        return text
    found: list[int] = []
    last = 0
    for at, line in enumerate(lines):
        if _heading(line):
            last = 0
        m = _STANZA_NUMBER.match(line)
        if m and (at == 0 or not lines[at - 1].strip()) and int(m["n"]) in (1, last + 1):
            found.append(at)
            last = int(m["n"])
    if len(found) < 2:
        return text
    said = []
    for at in found:
        m = _STANZA_NUMBER.match(lines[at])
        assert m is not None
        said.append(m["n"])
        lines[at] = lines[at][m.end() :]
    omitted.append(Omission(
        f"{len(said)} verse numbers", "a verse's number, which a narrator does not read",
        " ".join(said),
    ))  # fmt: skip
    return "\n".join(lines)


def _verse_breaks(text: str) -> str:
    """`text` with a hard break after each line of free verse written without them
    ("the ice lets go of the gutter" / "one tick at a time,"), which Markdown would
    join as prose: a paragraph (or quotation) whose lines are verse-shaped
    (`plaintext.free_verse`), measured against the margin of the text's lines that run
    on in lower case (`plaintext.running_margin`). Lists, tables, headings and code are
    not paragraphs."""
    lines = text.split("\n")
    spans: list[tuple[int, int]] = []
    start = 0
    for end in [*range(len(lines)), len(lines)]:
        if end < len(lines) and _QUOTE_MARKS.sub("", lines[end]).strip():
            continue  # a quotation's ">" alone is a blank line too
        chunk = lines[start:end]
        if len(chunk) >= 2 and not any(
            _NOT_VERSE.match(_QUOTE_MARKS.sub("", x)) or BLOCK_OPEN in x or SCENE_BREAK.match(x)
            for x in chunk
        ):
            spans.append((start, end))
        start = end + 1
    said = {i: _strip_inline(_QUOTE_MARKS.sub("", lines[i])) for s, e in spans for i in range(s, e)}
    if any(len(x) > UNWRAPPED_LINE for x in said.values()):
        return text  # written a paragraph to a line: its line breaks are its author's
    width = running_margin([[said[i] for i in range(s, e)] for s, e in spans])
    verse = [free_verse([said[i] for i in range(s, e)], width) for s, e in spans]
    for at, (s, e) in enumerate(spans):  # a stanza whose long lines reach the margin, beside
        verse[at] = verse[at] or (  # stanzas of its shape (a psalm's 8.6.8.6 quatrains)
            any(
                0 <= near < len(spans) and verse[near]
                and spans[near][1] - spans[near][0] == e - s
                for near in (at - 1, at + 1)
            )
            and free_verse([said[i] for i in range(s, e)], width, margin=False)
        )  # fmt: skip
    for (s, e), kept in zip(spans, verse, strict=True):
        if kept:
            for i in range(s, e - 1):
                if not _HARD_BREAK.search(lines[i]):
                    lines[i] = lines[i].rstrip() + "  "
    return "\n".join(lines)


def _songs_as_chapters(text: str) -> set[int]:
    """The `###` headings (by line) that open chapters: a lyric book's or a collection's
    songs and poems ("## Side A" / "### 1. Paper Lanterns" / its verses), two or more
    under a `##` or `#` (or the book's start) with no text of its own before them, in
    verse (half their lines at least end with a hard break). A chapter's `###` sections
    of prose stay lines of it."""
    found: set[int] = set()
    groups: list[tuple[list[int], list[int]]] = [([], [0, 0])]  # `###`s; text, verse lines
    before = False  # the `#`/`##` above holds text before its first `###`
    for index, line in enumerate(text.split("\n")):
        match = _heading(line)
        level = len(match.group(1)) if match else 0
        if match and level <= 2:
            groups.append(([], [0, 0]))
            before = False
        elif before:
            continue
        elif level == 3:
            groups[-1][0].append(index)
        elif line.strip() and not SCENE_BREAK.match(line) and not match:
            if not groups[-1][0]:
                before = True
                continue
            groups[-1][1][0] += 1
            groups[-1][1][1] += bool(_HARD_BREAK.search(line) or LINE_BREAK in line)
    for heads, (lines, verse) in groups:
        if len(heads) >= 2 and lines and verse * 2 >= lines:
            found.update(heads)
    return found


def _heading(line: str) -> re.Match[str] | None:
    """A `#` heading line (its level and text), Pandoc's attributes left off."""
    return _MD_HEADING.match(_ATTRIBUTES.sub("", line))


def _words(title: str) -> list[str]:
    """A title's words, case and marks aside, for telling two headings apart."""
    return re.findall(r"[^\W_]+", title.casefold())


def _headings(text: str) -> list[tuple[int, str]]:
    """Every heading of the text: its level and its text as written."""
    return [(len(m.group(1)), m.group(2)) for line in text.split("\n") if (m := _heading(line))]


def _is_part(title: str) -> bool:
    """A part heading ("Part One", "Book II", a play's "Act One"): a lone `#` that says
    so groups the chapters (or scenes) under it, and is not the book's title."""
    heading = parse_heading(title)
    return heading is not None and heading.family in ("part", "book", "volume", "act", "действие")


_SECTION_FAMILIES = ("section", "abschnitt", "раздел")


def _sections_in_chapters(text: str, book_title: str | None, inline: dict[int, str]) -> bool:
    """Are the `##` headings sections inside `#` chapters ("# Chapter 1: Brine and
    Empire", its text, then "## The Lüneburg monopoly"), to be read as heading lines
    within them? Only when the book's `#` headings are its chapters: two or more besides
    the title and the parts, no `##` numbered as a chapter, scene or letter is ("## Chapter
    7", "## Scene 2", "## 3"; "## Chapter 2 Summary" under "# Chapter 2: …" is its own),
    no `##` right under a part ("# Part One" over "## The Storm": the part's chapters),
    and no `#` stands over a `##` with nothing between them unless some `#` is a numbered
    chapter ("# Chapter 4" over "## Background") and none is a part, or a `##` is numbered
    within its `#` ("## 1.1 The Three Parts" under "# 1 The Habit Loop"). A `#` with
    nothing but `##` headings under it groups them as a part does ("# Cookies" over its
    recipes): those are chapters; so does a `#` with only an epigraph before its first `##`
    ("# Winter", a line from an almanac, "## The Frozen Mill"), unless another `#` opens
    with more than an epigraph's words before its `##`, as a chapter's introduction does.
    A `##` naming back matter stays a chapter (`read_markdown`). The headings read as
    lines whatever this says (`inline`, by line: `_headings_as_lines`) are left out."""
    outline: list[tuple[int, str]] = []
    for index, line in enumerate(text.split("\n")):
        match = _heading(line)
        level = len(match.group(1)) if match else 0
        if index in inline:
            continue
        if not match or level > 2:
            if line.strip() and not SCENE_BREAK.match(line):
                outline.append((0, line))  # text between headings
            continue
        title = _strip_inline(match.group(2))
        if not (level == 1 and title == book_title):
            outline.append((level, title))
    return sections_in_chapters(outline)


_SECTION_NUMBER = re.compile(rf"^(?:{_ROMAN}|\d{{1,3}})\.?$")
"""A heading that is only a section's number: "I", "II.", "3"."""


def _section_line(title: str) -> str:
    """A heading read as a line of its chapter; a bare section number ("I", "2") gets
    its full stop, so it is said as a number ("One."), never as the pronoun "I"."""
    return f"{title}." if _SECTION_NUMBER.match(title) and not title.endswith(".") else title


def _headings_as_lines(text: str, book_title: str | None) -> dict[int, str]:
    """The `##` headings (by line) that are lines of the `#` chapter above them, with what
    is read for each:
    - a byline set as a heading right under its `#` ("# Introduction" / "## by Harriet
      Vell"), read as the byline it is, not joined to the title;
    - a story's or an essay's numbered sections ("## I", "## II.", "## 1"): the `##`
      headings under one `#` are bare numbers counting up from one, and the book's `#`
      headings are shown to be its stories or essays, not parts over numbered chapters:
      another `#` holds its text with no `##` under it (unless two `#` or more stand
      over bare numbers: named parts, "# Winter" and "# Spring", however a titled
      prologue reads), or this one opens with a byline ("*by Tobias Rein*"). A novel's
      "# Winter" over chapters "## 1", "## 2" in a book with no such sign stays
      chapters, and so do parts ("# Part One")."""
    lines = text.split("\n")
    groups: list[tuple[int, list[int], list[str]]] = []  # `#`: its `##` lines, its text
    found: dict[int, str] = {}
    for index, line in enumerate(lines):
        match = _heading(line)
        level = len(match.group(1)) if match else 0
        if level == 1:
            title = _strip_inline(match.group(2)) if match else ""
            if title != book_title and not _is_part(title) and heading_reason(title) is None:
                groups.append((index, [], []))
            else:
                groups.append((-1, [], []))  # a part, the title, front or back matter
        elif not groups:
            continue
        elif level == 2:
            said = _strip_inline(match.group(2)) if match else ""
            head, subheads, body = groups[-1]
            if head >= 0 and not subheads and not body and byline(said):
                found[index] = said
            else:
                subheads.append(index)
        elif line.strip() and not SCENE_BREAK.match(line) and not groups[-1][1]:
            groups[-1][2].append(line)  # the `#` chapter's own text, before any `##`
    own_text = {head for head, subheads, body in groups if head >= 0 and body and not subheads}
    titled = [
        [_strip_inline(_heading(lines[i])[2]) for i in subheads]  # type: ignore[index]
        for _, subheads, _ in groups
    ]
    # two `#` or more over bare numbers ("# Winter" / "## 1", "# Spring" / "## 1"): a
    # novel's named parts over its chapters, whatever text its prologue holds
    parted = sum(
        group[0] >= 0 and len(t) >= 2 and all(_SECTION_NUMBER.match(x) for x in t)
        for group, t in zip(groups, titled, strict=True)
    ) >= 2  # fmt: skip
    for (head, subheads, body), titles in zip(groups, titled, strict=True):
        numbers = [_number(t.rstrip(".")) if _SECTION_NUMBER.match(t) else 0 for t in titles]
        if head < 0 or len(numbers) < 2 or numbers != list(range(1, len(numbers) + 1)):
            continue
        if (own_text - {head} and not parted) or any(byline(_strip_block(line)) for line in body):
            found.update((i, _section_line(t)) for i, t in zip(subheads, titles, strict=True))
    return found


_CHAPTER_NUMBER = re.compile(r"^(\d{1,3})(?= \w)")
"""A chapter's number set before its title with no stop: "1 The Habit Loop"."""


def counts_chapters(titles: list[str]) -> bool:
    """Do the book's headings (or an EPUB's contents entries) that open with a bare
    number count its chapters ("1 The Habit Loop", "2 Designing Your Day": 1, 2, …)?
    Then each number is followed by a stop (`number_stopped`), so it is said as the
    chapter's number with a pause ("One. The Habit Loop"), not run into the title ("one
    The Habit Loop"). Titles that only start with a quantity ("7 Habits of…", "10 Ways
    to Save") do not count up from one."""
    found = [m for t in titles if (m := _CHAPTER_NUMBER.match(t))]
    if any(numbered_name(m.string[m.end() :]) for m in found):
        return False  # "1 May", "2 May": a diary's days; "1 John": the Bible's books
    numbers = [int(m[1]) for m in found]
    return len(numbers) >= 2 and numbers == list(range(1, len(numbers) + 1))


def number_stopped(title: str) -> str:
    """A chapter's title with a stop after the number set before it: "1. The Habit Loop"."""
    return _CHAPTER_NUMBER.sub(r"\1.", title)


_DECIMAL = re.compile(r"^(?P<number>\d{1,3})(?:\.(?P<sub>\d{1,3}))?\.?\s")
"""A heading's leading number: a chapter's ("1 The Habit Loop", "1. The…") or a section's
within it ("1.1 The Three Parts")."""

_EPIGRAPH_WORDS = 60
"""The most words a `#` may have before its first `##` and still only group them, as a
part does: an epigraph or a quotation under the part's name, not a chapter's opening."""


_RECIPE_PART = re.compile(
    r"(?i)^(?:ingredients|method|instructions|directions|preparation|equipment"
    r"|you will need|what you(?:'|’)ll need|to serve|serving suggestions|variations"
    r"|cook(?:'|’)s notes?|materials|tools(?: and materials)?|cut list)\s*:?$"
)
"""A `##` that names a part of the recipe or project above it ("## Ingredients", "##
Method", "## Cut list"): a section of its `#`, however short the text before it (a
"Serves 4" line), never a chapter of its own."""


def sections_in_chapters(outline: list[tuple[int, str]]) -> bool:
    """The rule `_sections_in_chapters` states, on a book's outline: (1 or 2, title) for
    each heading of the two top levels in order, (0, text) for text between them (its
    words tell an epigraph from a chapter's opening; "" counts as none). The HTML reader
    judges its h1 and h2 headings by it too."""
    chapters, numbered, grouping, below = 0, False, False, False
    above = 0  # the level of the heading just above, while no text has followed it
    opening: int | None = None  # words under the current `#` before its first `##`
    epigraph = introduced = False  # some `#` opens with an epigraph; some with more
    parted = in_part = False  # some `#` is a part; one is above with no `#` chapter yet
    number = 0  # the number of the `#` chapter above ("# Chapter 2: Light and Dark")
    decimal = False  # some `##` is numbered within its `#` ("## 1.1 …" under "# 1 …")
    for level, title in outline:
        if level == 0:
            above = 0
            if opening is not None:
                opening += len(title.split())
            continue
        if is_the_end(title):
            continue
        heading = parse_heading(title)
        if level == 1 and _is_part(title):
            parted = in_part = True
            opening = None
        elif level == 1:
            in_part = False
            chapters += 1
            chapter = heading is not None and heading.family == "chapter"
            numbered = numbered or chapter
            number = heading.number if heading is not None and chapter else 0
            if not chapter and (lead := _DECIMAL.match(title)) and not lead["sub"]:
                number = int(lead["number"])  # "# 1 The Habit Loop", Pandoc's "1. The…"
            opening = 0
        else:
            if in_part:
                return False  # "# Part One" over its `##` chapters
            if (
                heading is not None
                and heading.number
                and heading.family not in _SECTION_FAMILIES
                and not _chapters_own(heading, number)
            ):
                return False
            lead = _DECIMAL.match(title)
            decimal = decimal or bool(lead and lead["sub"] and int(lead["number"]) == number)
            below = below or chapters > 0
            if _RECIPE_PART.match(title):
                above, opening = level, None  # "## Ingredients": a recipe's own part
                continue
            grouping = grouping or above == 1
            if opening:
                epigraph = epigraph or opening < _EPIGRAPH_WORDS
                introduced = introduced or opening >= _EPIGRAPH_WORDS
            opening = None
        above = level
    grouping = grouping or (epigraph and not introduced)
    return chapters >= 2 and below and (decimal or (numbered and not parted) or not grouping)


def _chapters_own(heading: Heading, number: int) -> bool:
    """Is this `##` a part of the `#` chapter it stands in, though it names a chapter?
    "## Chapter 2 Summary" or "## Chapter 2 Review" under "# Chapter 2: Light and Dark"
    sums that chapter up; a new chapter would have a number of its own."""
    return heading.family == "chapter" and heading.has_title and heading.number == number


_MMD_BLOCK = re.compile(
    r"\A(?:[A-Za-z][\w .-]{0,40}:[^\n]*\n(?:[ \t]+\S[^\n]*\n)*)+(?=[ \t]*(?:\n|\Z))"
)
_MMD_LINE = re.compile(r"^([A-Za-z][\w .-]{0,40}?)[ \t]*:[ \t]*(.*?)\s*$")


def _mmd_metadata(block: str) -> dict[str, str]:
    """A MultiMarkdown metadata block (Scrivener writes one: `Title:`, `Author:` lines
    before the first blank line) as metadata; empty unless it names a title or an
    author, so a book that opens "Note: …" keeps its first line."""
    meta: dict[str, str] = {}
    key = ""
    for line in block.splitlines():
        if match := _MMD_LINE.match(line):
            key = match[1].strip().lower()
            meta[key] = match[2]
        elif key:  # a value continued on an indented line
            meta[key] = f"{meta[key]} {line.strip()}".strip()
    return meta if "title" in meta or "author" in meta else {}


_ESCAPED = 0xE100
"""Backslash-escaped punctuation (`\\*`, `\\[`) is held as private-use characters from
here on, so no later rule takes it for markup; `_strip_inline` restores it."""
_ESCAPE = re.compile(r"(`+)[^`\n]*?\1|\\([!-/:-@\[-`{-~])")
"""A backslash escape (`\\*officially\\*`), or an inline code span, where none applies."""
_UNESCAPE = re.compile(f"[{chr(_ESCAPED + 0x21)}-{chr(_ESCAPED + 0x7E)}]")
_REFERENCE = re.compile(
    r"(`+)[^`\n]*?\1|&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});"
)
"""An HTML character reference (`&#8220;`, `&rsquo;`, `&nbsp;`), or an inline code span,
where none is decoded. Markdown decodes them everywhere but in code, inside its raw HTML
too (`<p>&#8220;Come in&#8221;</p>`, as fan-fiction archives and blog exports keep a
story): unread, each would be heard "and number eight thousand two hundred and twenty"."""


def _character(m: re.Match[str]) -> str:
    """The character a reference stands for (`html.unescape`, which reads `&#147;` as
    cp1252's quote, as browsers do); an ASCII mark (`&#42;`, `&lt;`) is held as an
    escaped one, literal and never markup, as CommonMark has it; an unknown name stays."""
    if m[1] or (m[0][1] != "#" and m[0][1:] not in html.entities.html5):
        return m[0]  # code, or no name HTML knows ("&notaword;" is not "¬aword;")
    said = html.unescape(m[0])
    if len(said) == 1 and "!" <= said <= "~" and not said.isalnum():
        return chr(_ESCAPED + ord(said))
    return said

_PARAGRAPH = r"(?:[^\n]|\n(?![ \t]*\n))"
"""Any text inside one paragraph (a mark spanning lines, never a blank line)."""
_EDITORIAL = (
    ("comment", "a note to the author or the editor, never read",
     re.compile(r"<!--(.*?)-->|(?<!\S)%%(.*?)%%(?!\w)|\{>>(" + _PARAGRAPH + r"*?)<<\}", re.DOTALL)),
    ("deletion", "CriticMarkup: deleted in revision, never read",
     re.compile(r"\{--(" + _PARAGRAPH + r"*?)--\}|\{~~(" + _PARAGRAPH + r"*?)~>")),
)  # fmt: skip
"""What an author or editor marked as not part of the book: HTML and Obsidian comments
(`%% … %%`), CriticMarkup comments (`{>> … <<}`), deletions (`{-- … --}`) and the old
side of a substitution (`{~~old~>new~~}`)."""
_CRITIC_KEPT = re.compile(r"\{(\+\+|==)(" + _PARAGRAPH + r"*?)\1\}|~~\}")
"""CriticMarkup that keeps its text: an insertion, a highlight, a substitution's new side."""


def _editorial(text: str) -> tuple[str, list[Omission]]:
    """The text without its editorial comments and deletions (each kind listed as left
    out, as `plan` shows it) and with CriticMarkup's kept text unmarked."""
    omitted = []
    for name, why, pattern in _EDITORIAL:
        found = [next(g for g in m.groups() if g is not None) for m in pattern.finditer(text)]
        if found:
            text = pattern.sub("", text)
            what = f"{len(found)} {name}{'s' if len(found) != 1 else ''}"
            omitted.append(Omission(what, why, "\n".join(f.strip() for f in found)))
    return _CRITIC_KEPT.sub(lambda m: m[2] or "", text), omitted


_DIV_FENCE = re.compile(
    r"^((?:[ \t]*>)*)[ \t]{0,3}:{3,}[ \t]*(?:\{[^{}\n]*\}|[\w-]+)?[ \t]*:*[ \t]*$", re.M
)
"""A Pandoc fenced div's opening or closing line (`::: {.dedication}`, `:::`), in a
quote too (`> ::: attribution`): its content is read, the fences are not."""
_TYPESETTING = re.compile(
    r"^[ \t]*(?:#{1,6}[ \t]+\{[#.][^{}\n]*\}|\{[#.][\w-][^{}\n]*\}|%[A-Za-z][\w-]*%"
    r"|\\(?:newpage|pagebreak|clearpage|cleardoublepage|vfill|bigskip|medskip|smallskip"
    r"|noindent)|\\vspace\*?\{[^{}\n]*\})[ \t]*$",
    re.M,
)
"""A line that only sets the page, never words: a heading of Pandoc attributes alone
(`# <!-- Page break --> {.unlisted .centred}`, its comment gone), a paragraph of
attributes alone (pandoc-novel's `{.book-title}`) or a template's placeholder
(`%title%`), and LaTeX's page and space commands (`\\newpage`, `\\pagebreak`,
`\\vspace{2em}`) that Pandoc passes to print."""
_SHORTCODE = re.compile(r"\{\{([<%])\s*(/?)\s*([\w./-]*)(.*?)[>%]\}\}|\{%-?\s*\w+[^%\n]*?-?%\}")
"""A Hugo shortcode (`{{< figure src="…" >}}`, `{{% center %}}`, `{{< /hint >}}`) or a
Jekyll/Liquid tag (`{% include nav.html %}`): a site's markup, never read; the text a
paired one wraps is."""
_FIGURE_SHORTCODES = frozenset({"figure", "fig", "img", "image", "picture"})
_SHORTCODE_ARGUMENT = re.compile(r"""\b(caption|alt|title|src)\s*=\s*(?:"([^"]*)"|'([^']*)')""")


def _shortcode(match: re.Match[str], pictures: list[str]) -> str:
    """Nothing, for a shortcode; a figure's is a picture, its caption (else its alt text,
    title or file) listed with the pictures, as an image's."""
    if match[1] is None or match[2] or match[3].casefold() not in _FIGURE_SHORTCODES:
        return ""
    found = {m[1]: m[2] if m[2] is not None else m[3]
             for m in _SHORTCODE_ARGUMENT.finditer(match[4])}  # fmt: skip
    said = [found.get(k) for k in ("caption", "alt", "title", "src")]
    pictures.append(next((" ".join(s.split()) for s in said if s and s.strip()), "a picture"))
    return _PLACED
_SETEXT = re.compile(r"^ {0,3}(={2,}|-{2,})[ \t]*$")
_NOT_SETEXT = re.compile(r"^\s*(?:[#>|]|[-*+]\s|\d{1,9}[.)]\s|\[\^[^\]]*\]:)")


def _setext_headings(text: str) -> str:
    """Setext headings (a line underlined with `===` or `---`) written as `#`/`##` ones.

    Only a one-line paragraph is underlined: a `---` after a blank line is a scene
    break, and one under a quote, a list item or a longer paragraph is left as it was.
    """
    lines = text.split("\n")
    for i in range(1, len(lines)):
        under, above = _SETEXT.match(lines[i]), lines[i - 1]
        if (
            under
            and above.strip()
            and (i < 2 or not lines[i - 2].strip())
            and not above.startswith(("    ", "\t"))
            and not _NOT_SETEXT.match(above)
            and not SCENE_BREAK.match(above)
            and BLOCK_OPEN not in above
        ):
            lines[i - 1] = ("# " if under[1][0] == "=" else "## ") + above.strip()
            lines[i] = ""
    return "\n".join(lines)


def _break_marks(text: str) -> str:
    """The text with a paragraph of marks alone ("⁂", "• • •", "❧") written as a scene
    break, as the HTML reader reads one (`base.is_break_mark`): Markdown's own breaks
    (`***`, `---`) are those already, and a paragraph with no words is not read. A
    heading of marks ("## ...") stays a heading."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        alone = (i == 0 or not lines[i - 1].strip()) and (
            i + 1 == len(lines) or not lines[i + 1].strip()
        )
        mark = _strip_inline(line.strip())
        if alone and mark and not SCENE_BREAK.match(line) and not _heading(line) \
                and is_break_mark(mark):  # fmt: skip
            lines[i] = "* * *"
    return "\n".join(lines)


_BLOCK_ID = re.compile(r"(?:^|[ \t]+)\^[A-Za-z0-9-]+[ \t]*$", re.M)
"""An Obsidian block id (`^ch2`, `^quiet`) at the end of a heading or a paragraph, or on
its own line: a caret before a word at a line's end is markup; prose never writes one."""
_LINK_DEFINITION = re.compile(
    r"^ {0,3}\[(?!\^)([^\[\]\n]+)\]:[ \t]*(<[^>\n]*>|(?=www\.|\S*[/:#]|\S*\.[a-z]{2,4}(?!\S))\S+)"
    r"""(?:[ \t]+(?:"[^"\n]*"|'[^'\n]*'|\([^)\n]*\)))?[ \t]*$""",
    re.M,
)
"""A reference link's definition (`[nola]: https://…  "title"`): its address looks like
one, so a note written "[1]: Ibid." is not taken for it."""
_REFERENCE_LINK = re.compile(r"(!?)\[([^\[\]]*)\](?:\[([^\[\]]*)\])?(?![(:{])")
_SPAN = re.compile(r"(?<![!\]^])\[((?:[^\[\]]|\[[^\[\]]*\])+?)\]\{(?=[.#]|[\w-]+=)[^{}\n]*\}")
"""A Pandoc bracketed span (`[Mrs. Delacroix]{.smallcaps}`): its text is read."""
_EMBED = re.compile(r"!\[\[([^\[\]\n]+)\]\]")
_WIKILINK = re.compile(r"\[\[([^\[\]\n|]+)(?:\|([^\[\]\n]*))?\]\]")
_HIGHLIGHT = re.compile(
    r"(?<![=\w])==(?![\s=])((?:[^=\n]|=(?!=)|\n(?![ \t]*\n))+?)(?<![\s=])==(?![=\w])"
)
"""An Obsidian highlight (`==the last entry==`), never an `a==b` in a sentence."""
_STRIKE = re.compile(
    r"(?<![~\w])~~(?![\s~])((?:[^~\n]|~(?!~)|\n(?![ \t]*\n))+?)(?<![\s~])~~(?![~\w])"
)
"""Strike-through (`~~Candles~~`): its words are read set apart and said to be crossed
out (`struck`), as the HTML reader reads `<s>` and `<del>`; the tildes are not.
(CriticMarkup's `{~~old~>new~~}` is taken first.)"""


_PANDOC_SUP = re.compile(r"(?<![\s^])\^([^\^\s\[\]]{1,12})\^(?!\^)|(?<![^\n])\^([0-9*†]{1,3})\^")
"""Pandoc's superscript (`5^th^`, `x^2^`, an author's `Ostrowski^1^`, an affiliation's
`^1^ Department` opening a line)."""
_PANDOC_SUB = re.compile(r"(?<=[\w*])~(?=[^~\s]{0,11}[^\W_])([^~\s]{1,12})~(?!~)")
"""Pandoc's subscript (`M~age~`, `BF~10~`, `H~2~O`): said after its letter, "M age"."""
_ITALIC_SQUARE = re.compile(r"(?<![\w*])(\*|_)([^\W\d_]{1,2})\1([²³])")
"""A statistic's italic letter and its square (`*I*²`, `*R*²`): one word, "I squared"."""
_RAISED = str.maketrans("0123456789-", "⁰¹²³⁴⁵⁶⁷⁸⁹⁻")


def _raised(m: re.Match[str]) -> str:
    """A superscript as it is said: an ordinal's ending joined ("5th"), a power after a
    figure or a one-letter quantity raised ("x²", "10⁶"), a mark after a name or opening
    a line (an affiliation, a note) not said."""
    if m[2] is not None:
        return ""
    raised, before = m[1], m.string[: m.start()]
    if before[-1:].isdigit() and raised.isalpha():
        return raised  # "5^th^"
    if re.fullmatch(r"-?[0-9]{1,3}", raised) and re.search(
        r"(?<![\w*])(?:[0-9]+|[A-Za-z])$", before
    ):
        return raised.translate(_RAISED)  # "x^2^", "10^6^"
    if re.fullmatch(r"[0-9,*†]{1,8}", raised):
        return ""  # "Ostrowski**^1^", "Lind^2,3^": an author's affiliation
    return m[0]


_NAV_LINK = re.compile(
    r"(?P<bar>[ \t]*[|·•][ \t]*)?(?<!!)\[(?P<text>[^\[\]\n]+)\]\((?P<to>[^()\s]*)\)"
    r"(?P<after>[ \t]*[|·•])?"
)
_PAGE_FURNITURE = re.compile(
    r"#(?:top|comments?|respond|reply|reply-title|disqus_thread|main|content|page)",
    re.IGNORECASE,
)
"""A link to a blog page's own furniture: back to its top, down to its comments."""
_NAV_WORDS = re.compile(
    r"\s*(?:[←«‹]|(?:back to top|top|leave a comment|comments?|reply|next|previous|older"
    r"|newer)(?:\s+(?:post|posts|part|chapter|entry))?\s*$)|.*[→»›]\s*$",
    re.IGNORECASE,
)
"""A link's words that navigate a site ("Back to top", "Next", "Part II →", "« Older")."""


def _without_navigation(text: str, omitted: list[Omission]) -> str:
    """The text without a blog's navigation links (`[Back to top](#top)`, `[Leave a
    comment](#comments)`, `[Part II →](…)`) and the bars between them, listed: a page's
    furniture, not the post. A link in a sentence to a part by its name ("continued in
    [Part II](…)") is read, as any link's words are."""
    found: list[str] = []

    def navigation(m: re.Match[str]) -> str:
        to = m["to"].strip("<>")
        if not (_PAGE_FURNITURE.fullmatch(to) or _NAV_WORDS.match(m["text"])):
            return m[0]
        found.append(m["text"].strip())
        return " " if m["bar"] and m["after"] else ""

    text = _NAV_LINK.sub(navigation, text)
    if found:
        what = f"{len(found)} navigation link{'s' if len(found) != 1 else ''}"
        omitted.append(Omission(what, "a web page's navigation, not the text", " / ".join(found)))
    return text


def _inline_marks(text: str, omitted: list[Omission], pictures: list[str]) -> str:
    """The text with its links, spans, wikilinks and highlights as the words they show;
    an Obsidian embed (`![[sketch.png]]`, another note's text) is listed as left out, and
    a reference-style picture (`![Figure 2][map]`) added to `pictures`."""
    targets = {_label(m[1]) for m in _LINK_DEFINITION.finditer(text)}
    text = _LINK_DEFINITION.sub("", text)

    def reference(m: re.Match[str]) -> str:
        label = _label(m[3] or m[2])
        if label not in targets or (m[3] is None and m.start() and text[m.start() - 1] in "]^"):
            return m[0]  # brackets that are not a link: "[sic]", a note's "[^1]"
        if m[1]:
            pictures.append(_strip_inline(m[2]) or label)
            return ""
        return m[2]

    embeds = [m[1].strip() for m in _EMBED.finditer(text)]
    if embeds:
        what = f"{len(embeds)} embedded file{'s' if len(embeds) != 1 else ''}"
        omitted.append(Omission(what, "an Obsidian embed, not in this file", "\n".join(embeds)))
    text = _WIKILINK.sub(_wikilink, _EMBED.sub("", text))
    text = _REFERENCE_LINK.sub(reference, text) if targets else text
    text = _STRIKE.sub(STRUCK_OPEN + r"\1" + STRUCK_CLOSE,  # said "… — crossed out"
                       _HIGHLIGHT.sub(r"\1", _SPAN.sub(r"\1", text)))  # fmt: skip
    if "^" in text or "~" in text:
        text = _PANDOC_SUB.sub(r" \1", _PANDOC_SUP.sub(_raised, text))
    if "²" in text or "³" in text:  # "*I*² = 68%": the square inside the italics, said
        text = _ITALIC_SQUARE.sub(r"\1\2\3\1", text)
    return _EMOJI_SHORTCODE.sub(_emoji, text) if ":" in text else text


_EMOJI_SHORTCODE = re.compile(
    r"(`+)[^`\n]*?\1|(?<![\w:/]):([a-z0-9_+-]*[a-z][a-z0-9_+-]*|\+1|-1):(?![\w:/])"
)
"""An emoji shortcode (`:coffee:`), or a code span (its `:name:` is code, kept)."""
_EMOJI_NAMES = dict(
    re.findall(
        r"(\S+)=(\S+)",
        "coffee=☕ tea=🍵 tada=🎉 heart=❤ broken_heart=💔 smile=😄 smiley=😃 grin=😁 joy=😂"
        " laughing=😆 rofl=🤣 sweat_smile=😅 wink=😉 blush=😊 heart_eyes=😍 kissing_heart=😘"
        " sunglasses=😎 thinking=🤔 upside_down_face=🙃 slightly_smiling_face=🙂 neutral_face=😐"
        " unamused=😒 roll_eyes=🙄 weary=😩 tired_face=😫 sob=😭 cry=😢 scream=😱 rage=😡"
        " angry=😠 sleeping=😴 zzz=💤 skull=💀 ghost=👻 poop=💩 see_no_evil=🙈 eyes=👀 fire=🔥"
        " sparkles=✨ star=⭐ rocket=🚀 100=💯 +1=👍 thumbsup=👍 -1=👎 thumbsdown=👎 clap=👏"
        " pray=🙏 ok_hand=👌 wave=👋 muscle=💪 raised_hands=🙌 shrug=🤷 facepalm=🤦 beer=🍺"
        " wine_glass=🍷 pizza=🍕 cake=🍰 birthday=🎂 gift=🎁 sunny=☀ cloud=☁ umbrella=☔"
        " snowflake=❄ zap=⚡ warning=⚠ x=❌ white_check_mark=✅ heavy_check_mark=✔ question=❓"
        " exclamation=❗ crescent_moon=🌙 memo=📝 book=📖 books=📚 iphone=📱 email=📧"
        " musical_note=🎵 notes=🎶 headphones=🎧 microphone=🎤 radio=📻 dog=🐶 cat=🐱",
    )
)
"""GitHub's, Slack's and Discord's names for the emoji most typed as `:name:`; a name
not here is looked up as the emoji's Unicode name (`:hot_beverage:` is ☕)."""


def _emoji(match: re.Match[str]) -> str:
    """An emoji shortcode (`:coffee:`) as the emoji it stands for, so that it is said
    (or not) as the emoji itself is; a `:name:` that names none stays as it is."""
    name = match[2]
    if name is None:
        return match[0]
    if name in _EMOJI_NAMES:
        return _EMOJI_NAMES[name]
    try:
        found = unicodedata.lookup(name.replace("_", " "))
    except KeyError:
        return match[0]
    return found if unicodedata.category(found) == "So" else match[0]


_IMAGE = r"!\[([^\]\n]*)\]\(([^)\n]*)\)"
_PICTURE = re.compile(rf"\[[ \t]*{_IMAGE}[ \t]*\]\([^)\n]*\)|{_IMAGE}|<img\b[^<>]*>", re.I)
"""A picture: Markdown's `![caption](file.png "title")`, perhaps as a link's only text
(`[![…](…)](…)`, the link goes with it), or an HTML `<img>` tag."""
_IMAGE_SOURCE = re.compile(r"""<?([^\s<>]*)>?(?:\s+["'(](.*)["')])?\s*$""")
_IMG_ATTRIBUTE = re.compile(r"""\b(alt|title|src)\s*=\s*(?:"([^"]*)"|'([^']*)')""", re.I)


def _picture(match: re.Match[str], pictures: list[str]) -> str:
    """Nothing, for a picture, whose caption (its alt text, else its title, else its
    file's name) goes to `pictures`: a listener cannot see it, and a narrator does not
    read a caption where the picture stands, so `plan` lists it as left out."""
    if match[0].startswith("<"):
        found = {m[1].lower(): m[2] if m[2] is not None else m[3]
                 for m in _IMG_ATTRIBUTE.finditer(match[0])}  # fmt: skip
        said = [found.get("alt"), found.get("title"), found.get("src")]
    else:
        alt, source = (match[1], match[2]) if match[2] is not None else (match[3], match[4])
        address = _IMAGE_SOURCE.match(source.strip())
        said = [_strip_inline(alt), *((address[2], address[1]) if address else (source,))]
    pictures.append(next((" ".join(s.split()) for s in said if s and s.strip()), "a picture"))
    alt = " ".join((said[0] or "").split())
    if not story_alt(alt) or alt_repeated(alt, match.string[match.end() : match.end() + 400]):
        return ""
    pictures[-1] = _READ_ALT  # said where it stands: not listed as left out
    line_start = match.string.rfind("\n", 0, match.start()) + 1
    line_end = match.string.find("\n", match.end())
    rest = match.string[match.end() : None if line_end < 0 else line_end]
    alone = not match.string[line_start : match.start()].strip() and not rest.strip()
    return f"{alt}\n\n" if alone else f" {alt} "


_READ_ALT = "\ue0fd"
"""Marks a picture in `pictures` whose alt text is read (`story_alt`)."""


def _unread(picture: str) -> str:
    """A picture's entry as `plan` lists it: "" for a picture whose alt text was read
    (a caption under it replaces the mark, and is listed)."""
    return "" if picture == _READ_ALT else picture


_PLACED = "\ue0fe"
"""Where a picture stood, until `_without_figure_text` has found its caption."""
_FIGURE_CAPTION = re.compile(
    r"^[ \t]*[*_]{0,2}(?:figure|fig\.|illustration|image|photo|plate|map|chart|diagram"
    r"|exhibit)[ \t]+\d{1,3}(?:[.-]\d{1,3})*[a-z]?\b",
    re.IGNORECASE,
)
"""A figure's caption as a writer types it under the picture: "*Figure 1.1: The habit
loop.*", "**Figure 2.1** — A cross-section"."""


def _without_figure_text(text: str, pictures: list[str], omitted: list[Omission]) -> str:
    """The text without what only a picture explains, each kind listed as left out: a
    caption directly under a picture (added to the picture's entry in `pictures`), a
    placeholder for one ("[INSERT FIGURE 1.2 HERE]") and a QR code's caption
    (`figure_text_kind`). A "Figure 2.1" paragraph with no picture above it is read: the
    text may be describing it. `_PLACED` marks are taken out."""
    lines = text.split("\n")
    found: dict[str, list[str]] = {}
    under = None  # the picture (its index in `pictures`) just above, with nothing between
    seen = 0  # the pictures above
    start = 0
    while start < len(lines):
        if not lines[start].strip():
            start += 1
            continue
        if not lines[start].replace(_PLACED, "").strip():  # a line of pictures alone
            seen += lines[start].count(_PLACED)
            under = seen - 1
            start += 1
            continue
        end = start
        while end < len(lines) and lines[end].replace(_PLACED, "").strip():
            end += 1
        chunk = lines[start:end]
        seen += sum(line.count(_PLACED) for line in chunk)
        said = " ".join(_strip_inline(line.replace(_PLACED, "")) for line in chunk)
        plain = not any(_heading(x) or _LIST_ITEM.match(x) or x.lstrip().startswith(">")
                        or _PLACED in x for x in chunk)  # fmt: skip
        qr = under is not None and re.search(r"\bqr\b", pictures[under], re.IGNORECASE)
        credited = re.fullmatch(r"\s*([*_])(?!\1).+(?<!\1)\1\s*", " ".join(chunk)) and any(
            _PHOTO_CREDIT.match(s) for s in re.split(r"(?<=[.!?])\s+|\s+(?=\()", said)
        )  # "*Crowds gather at the park. Photo: Getty Images*": the picture's caption
        if plain and under is not None and (_FIGURE_CAPTION.match(chunk[0]) or credited):
            alt = pictures[under]
            joined = alt == _READ_ALT or _label(said).startswith(_label(alt))
            pictures[under] = said if joined else f"{alt}: {said}"
            lines[start:end] = [""] * len(chunk)
        elif plain and (kind := figure_text_kind(said, beside_code=bool(qr))):
            found.setdefault(kind, []).append(said)
            lines[start:end] = [""] * len(chunk)
        under = None
        start = end
    for kind, texts in found.items():
        what = f"{len(texts)} {kind}{'s' if len(texts) != 1 else ''}"
        omitted.append(Omission(what, FIGURE_TEXT_WHY[kind], "\n".join(texts)))
    return "\n".join(lines).replace(_PLACED, "")


_FIGURE_PLACEHOLDER = re.compile(
    r"^\[[ \t]*(?:(?:insert|place|add|put)[ \t]+(?:an?[ \t]+|the[ \t]+)?(?:figure|fig\.?|image"
    r"|photo(?:graph)?|illustration|picture|chart|diagram|graphic|map|screenshot)\b[^\[\]\n]{0,60}"
    r"|(?:figure|fig\.?|image|photo|illustration|chart|diagram|map|screenshot)[ \t]+[0-9]"
    r"[^\[\]\n]{0,60}|[^\[\]\n]{0,60}\b(?:here|TK)[ \t]*)\]$",
    re.IGNORECASE,
)
"""A paragraph that only marks where a picture goes: "[INSERT FIGURE 1.2 HERE]", "[Figure
3]", "[map here]"; in a novel "[Photograph of the keeper, torn at one corner]" describes
a document of the story, and is read."""
_SCAN = re.compile(
    r"^scan[ \t]+(?:(?:the|this|my|our)[ \t]+)?(?:qr\b|code\b|barcode\b|below\b"
    r"|here\b|me\b|to\b)",
    re.IGNORECASE,
)
_SCAN_NAMES_CODE = re.compile(
    r"\b(?:below|above|here|on (?:this|the) page)\b|\bto (?:download|get|access|read|watch|join"
    r"|claim|see)\b|https?://|\bwww\."
    r"|\b[\w-]+\.(?:com|org|net|io|co|biz|info)\b",
    re.IGNORECASE,
)
"""What a QR code's caption says besides the code: where it is on the page, what it is
for, or the address it holds ("Scan the QR code on the dead man's wrist" is a story's)."""
_SCAN_WORDS = 30  # a longer paragraph says more than where to point a phone
_PHOTO_CREDIT = re.compile(
    r"^(?:(?:photo(?:graph)?|image|picture|illustration)s?\s+credits?\s*:"
    r"|(?:photo(?:graph)?|image)\s*(?::|by\b)(?=[^.!?]*(?:\b(?:getty|reuters|afp|ap|epa|alamy"
    r"|unsplash|flickr|shutterstock|istock|pexels|wikimedia|courtesy|bloomberg)\b|\bcc[ -]?by\b"
    r"|©)|\s*(?-i:[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,4}\s*/\s*[A-Z][\w.'’&-]*"
    r"(?:\s+[A-Z][\w.'’&-]*){0,4})\s*(?:\(|$)))[^\n]{1,100}$",
    re.IGNORECASE,
)
"""A photo's credit as a news page sets it under the picture, on a line of its own:
"Photo: Getty Images", "Image credit: Federal Reserve / Flickr (CC BY 2.0)", "Photo by
Ann Lee on Unsplash": an agency, a licence or "Name / Outlet" (capitalised names and
nothing else). "Photo: my mother, 1962" and "Photo: Dad on the pier, summer 1953/4,
squinting." are captions the text may go on about."""
_CREDIT_WORDS = 16  # a longer line says more than whose picture it is
FIGURE_TEXT_WHY = {
    "photo credit": "whose picture it is: the picture is not read",
    "figure placeholder": "marks where a picture is to go",
    "QR code caption": "a code to scan with a phone: a listener cannot",
}
"""Why each kind `figure_text_kind` finds is left out, as `plan` lists it."""


def figure_text_kind(text: str, *, beside_code: bool = False) -> str | None:
    """What a whole paragraph is when only a picture gives it meaning, or None: a figure
    placeholder ("[INSERT FIGURE 1.2 HERE]"), a photo's credit (`_PHOTO_CREDIT`), or a QR
    code's caption, one sentence that opens with "Scan" and names the code or an address
    ("Scan the QR code below…", "Scan to download: https://…"), or stands `beside_code`
    (a picture of one). Prose that says "download the workbook at example.com" is read.
    The Word and HTML readers leave these out by it too."""
    text = " ".join(text.split())
    if _FIGURE_PLACEHOLDER.match(text):
        return "figure placeholder"
    if _PHOTO_CREDIT.match(text) and len(text.split()) <= _CREDIT_WORDS:
        return "photo credit"
    if (
        _SCAN.match(text)
        and len(text.split()) <= _SCAN_WORDS
        and not re.search(r"[.!?][\"”’)]*\s+[A-Z]|[“”\"]", text)  # a second sentence, speech
        and (beside_code or _SCAN_NAMES_CODE.search(text))
    ):
        return "QR code caption"
    return None


_ALT_QUOTE = re.compile(
    r"""(?:^|[\s:(\u2014\u2013-])(?:["\u201c](?=\w)[^"\u201c\u201d]*\w[^"\u201c\u201d]*["\u201d]"""
    r"""|['\u2018](?=\w)[^\u2018]*?\w[.!?,\u2026]?['\u2019](?=$|[\s.,;:!?)\u2014\u2013-]))"""
)
"""Words quoted in a picture's alt text: "a note: 'Don't come to the pier.'", '"The
warden knows."' (an apostrophe inside a word, "Eoin's", opens no quote)."""
_ALT_WRITING = re.compile(
    r"\b(?:reads|reading|says|writing|written|handwritten|hand-written|scrawled|scribbled"
    r"|inscribed|printed|typed)\b[^:.]{0,40}:[ \t]*[\w\u201c\u2018\"']"
    r"|\breads[ \t]+(?=[A-Z\u201c\u2018\"'])",
)
"""An alt text that gives a picture's written words: "handwritten in a shaky hand:
The warden knows…", "a sign that reads KEEP OUT" (not "a girl reads by the fire")."""
_ALT_NOT_STORY = re.compile(
    r"^\W*(?:an?\s+|the\s+)?(?:(?:bar|pie|line|flow)\s+)?(?:map|chart|graph|diagram|table"
    r"|figure|fig\.|plate|cover|logo|icon|ornament|fleuron|divider|portrait|author|frontispiece"
    r"|illustration"
    r"|screenshot of (?:the|a) (?:app|menu|settings|website)|qr)\b",
    re.IGNORECASE,
)
"""A picture that is the book's furniture, not a page of the story: a map, a chart, a
cover, a logo, an ornament, a portrait (their quoted labels are not story words); and
Project Gutenberg's "Illustration: 'I have waited all these years'", a printed caption
quoting a line the text says."""


def story_alt(alt: str) -> bool:
    """True when a picture's alt text carries words of the story that the text does not
    say again: a handwritten note, a sign, a letter photographed ("A torn copybook page.
    In Eoin's writing: 'Don't come to the pier.'"). Modern EPUBs must carry alt text,
    and a thriller's note or a screenshot of a message is set as a picture with its words
    there: left out, the listener loses the words the next page turns on, so a reader
    says such alt text where the picture stands. Maps, charts, covers, ornaments and a
    plain description ("A girl by the fire") stay unread, listed as pictures."""
    alt = " ".join(alt.split())
    if len(alt.split()) < 2 or _ALT_NOT_STORY.match(alt):
        return False
    quoted = any(_written_quote(alt, m) for m in _ALT_QUOTE.finditer(alt))
    return bool(quoted or _ALT_WRITING.search(alt))


_ALT_WRITTEN_CUE = re.compile(
    r"(?:reads?|reading|says?|saying|said|writ(?:ing|ten)|wrote|handwritten|hand-written"
    r"|scrawled|scribbled|inscribed|inscription|printed|typed|sign|note|letter|message"
    r"|text|label(?:led)?|words|caption|card|postcard|banner|placard|graffiti)\b[^\w\n]{0,4}"
    r"(?:\w+\W+){0,6}$",
    re.IGNORECASE,
)
"""Words before a quote in alt text that make it words written on the thing: "a note:
'Don't come'", "a sign, hand-painted: 'KEEP OUT'", "In Eoin's writing: '…'"."""


def _written_quote(alt: str, m: re.Match[str]) -> bool:
    """Is a quote in alt text the thing's written words: after a word for writing or a
    written thing (`_ALT_WRITTEN_CUE`), or a whole quoted sentence ('"The warden knows."')?
    A quoted name in a description ('The "Liberty Bell" in Philadelphia', 'Franklin's
    correction "self-evident" in the margin') is the describer's, not story words."""
    quoted = m.group().strip(" \t:(\u2014\u2013-")[1:-1].strip()
    if re.search(r"\w[.!?\u2026]$", quoted) and len(quoted.split()) >= 2:
        return True  # a sentence
    return bool(_ALT_WRITTEN_CUE.search(alt[: m.start() + 1]))


def alt_repeated(alt: str, following: str) -> bool:
    """Does the text after a picture say its alt's written words again ("…which reads: IN
    CONGRESS, JULY 4, 1776" before "Its heading reads, simply: In Congress, July 4,
    1776.")? Then the alt is not read, so the words are heard once."""
    cue = _ALT_WRITING.search(alt) or next(
        (q for q in _ALT_QUOTE.finditer(alt) if _written_quote(alt, q)), None)
    if cue is None:
        return False
    text = alt[cue.end() - 1 :] if cue.re is _ALT_WRITING else cue.group()
    text = text.strip(" \t:(\u2014\u2013-'\"\u2018\u201c")
    sentence = re.split(r"(?<=\w)[.!?\u2026](?:\W|$)", text)[0]
    head = re.findall(r"\w+", sentence.lower())  # its first sentence, said whole again
    words = re.findall(r"\w+", following.lower())
    return len(head) >= 3 and any(words[i : i + len(head)] == head for i in range(len(words)))


PICTURE_WHY = "a picture; its alt text describes it and is not read"


_DRAFT_CALLOUT_KINDS = {"todo", "fixme", "draft", "comment", "bug"}
_DRAFT_WORDS = re.compile(
    r"\b(?:drafts?|beta[ -]?(?:read\w*|feedback)|revis(?:ed|ions?|e)|outline|word[ -]?count"
    r"|to-?do|fixme|rewrite|(?:my|the)[ \t]+editor)\b",
    re.IGNORECASE,
)


_FOR_NARRATOR = re.compile(
    r"\b(?:narrat(?:or|ion)|performers?|for[ \t]+recording)\b", re.IGNORECASE
)
"""A callout's title that says it is for the narrator ("> [!NOTE] Narrator", "> [!info] For
the narrator"): a note to the performer, not read (`narration.NOTE_KINDS`)."""


def _without_draft_callouts(text: str, omitted: list[Omission]) -> str:
    """The text without the callouts that are a writer's notes on the draft (`> [!todo]
    …`, `> [!note] Draft status` over "Draft 2, revised after beta feedback"): the
    whole block goes, and is listed. A callout that is the book's own (a cookbook's
    `> [!TIP] Measure first`, a `[!quote]`) says nothing of a draft, and is read."""
    if "[!" not in text:
        return text
    lines = text.split("\n")
    kept: list[str] = []
    notes: list[str] = []
    narrator: list[str] = []
    index = 0
    while index < len(lines):
        callout = _CALLOUT.match(lines[index])
        end = index + 1
        while callout and end < len(lines) and lines[end].lstrip().startswith(">"):
            end += 1
        block = lines[index:end]
        kind = callout["kind"].casefold() if callout else ""
        if callout and _FOR_NARRATOR.search(callout["title"]):  # "> [!NOTE] Narrator"
            narrator.append(" ".join(_QUOTE_MARKS.sub("", line).strip() for line in block))
            index = end
            continue
        if callout and (
            kind in _DRAFT_CALLOUT_KINDS
            or (kind not in ("quote", "cite", "example") and _DRAFT_WORDS.search(" ".join(block)))
        ):
            notes.append(" ".join(_QUOTE_MARKS.sub("", line).strip() for line in block))
            index = end
            continue
        kept.append(lines[index])
        index += 1
    if notes:
        what = f"{len(notes)} callout{'s' if len(notes) != 1 else ''}"
        omitted.append(Omission(what, "the writer's note on the draft (> [!todo], > [!note] "
                                "Draft status)", "\n".join(notes)))  # fmt: skip
    if narrator:
        noun, why = NOTE_KINDS["narrator"]
        what = f"{len(narrator)} {noun}{'s' if len(narrator) != 1 else ''}"
        omitted.append(Omission(what, why, "\n".join(narrator)))
    return "\n".join(kept)


def _callout_line(callout: re.Match[str]) -> str:
    """A callout's first line as said: its label and title ("Tip: Measure before you
    buy"), its label alone ("Note."), or, for a kind with no label to say, its title."""
    title = _strip_inline(callout["title"])
    label = _CALLOUT_LABELS.get(callout["kind"].casefold())
    if label is None:
        return title
    if not title or title.casefold().rstrip(".:") == label.casefold():
        return f"{label}."
    return f"{label}: {title}"


@dataclass
class _OpenList:
    """A list being read by `_list_numbers`: where its marks and its items' text start
    (columns), its kind (the bullet, or the number's `.` or `)`) and its next number."""

    marker: int
    text: int
    kind: str
    next: int


_LIST_MARK = re.compile(r"^[ \t]*(?P<mark>(?P<bullet>[-*+])|(?P<number>\d{1,9})(?P<stop>[.)]))"
                        r"(?P<space>[ \t]+)(?=\S)")  # fmt: skip


def _list_numbers(lines: list[str]) -> dict[int, str]:
    """The number each item of an ordered list is shown with, by line, to be read before
    it ("1. Preheat the oven."), so that "Steps 1–4 above" has its steps: the first item's
    own number ("5." for a list that starts at `5.`), then one more for each item after,
    whatever it is written with (`1.` `1.` `1.` shows 1, 2, 3). A list nested in an item,
    or inside a quote or a callout, counts on its own; the list around it goes on after."""
    found: dict[int, str] = {}
    lists: list[_OpenList] = []  # the open lists, outermost first
    depth = 0  # the quote depth they are in
    blank = False  # a blank line just above
    for index, line in enumerate(lines):
        quote = _QUOTE_MARKS.match(line)
        body = (line[quote.end() :] if quote else line).expandtabs(4)
        if (quote[0].count(">") if quote else 0) != depth:
            lists, depth = [], quote[0].count(">") if quote else 0
        if not body.strip():
            blank = True
            continue
        column = len(body) - len(body.lstrip())
        item = _LIST_MARK.match(body)
        if _heading(body) or SCENE_BREAK.match(body) or BLOCK_OPEN in body:
            lists = []
        elif item is None:
            while blank and lists and column < lists[-1].text:
                lists.pop()  # a paragraph after the list, or after an inner one
        else:
            while len(lists) > 1 and column < lists[-1].marker:
                lists.pop()
            kind = item["bullet"] or item["stop"]
            space = len(item["space"]) if len(item["space"]) <= 4 else 1  # else code in it
            text = column + len(item["mark"]) + space
            if lists and column < lists[-1].text and lists[-1].kind == kind:
                lists[-1].marker, lists[-1].text = column, text  # the list's next item
            else:
                if lists and column < lists[-1].text:
                    lists.pop()  # a list of another kind after it
                lists.append(_OpenList(column, text, kind, int(item["number"] or 0)))
            if item["number"]:
                found[index] = f"{lists[-1].next}."
                lists[-1].next += 1
        blank = False
    return found


def _label(text: str) -> str:
    return " ".join(text.split()).casefold()


def _wikilink(match: re.Match[str]) -> str:
    """`[[Target|Shown]]` as "Shown"; `[[Places/Harrowgate#History]]` as "Harrowgate"."""
    if match[2] and match[2].strip():
        return match[2].strip()
    page, _, section = match[1].partition("#")
    page = page.rsplit("/", 1)[-1].strip().removesuffix(".md")
    return page or section.lstrip("^").strip()


_INLINE_NOTE = re.compile(r"\^\[((?:[^\[\]]|\[[^\[\]]*\])+?)\]")
_NOTE_MARK = re.compile(r"\[\^([^\]\s]{1,40})\]")


def _footnotes(text: str) -> tuple[str, dict[str, str]]:
    """Footnotes, Pandoc's inline notes (`^[…]`) among them, numbered in order of
    citation as a renderer numbers them, so a named note (`[^cat]`) is "note one" too."""
    inline: dict[str, str] = {}

    def note(m: re.Match[str]) -> str:
        if re.search(r"\n[ \t]*\n", m[1]):
            return m[0]
        key = f"\ue0ff{len(inline)}"
        inline[key] = " ".join(m[1].split())
        return f"[^{key}]"

    text = _INLINE_NOTE.sub(note, text)
    marks = [
        (m[1], text[m.end() : m.end() + 1] == ":" and text[m.start() - 1 : m.start()] in ("", "\n"))
        for m in _NOTE_MARK.finditer(text)
    ]
    notes = {name for name, defining in marks if defining} | set(inline)
    numbers: dict[str, str] = {}
    for name, _ in sorted(marks, key=lambda mark: mark[1]):  # citations first, stable
        if name in notes:
            numbers.setdefault(name, str(len(numbers) + 1))
    text = _NOTE_MARK.sub(lambda m: f"[^{numbers.get(m[1], m[1])}]", text)
    text, bodies = markdown_notes(text)
    bodies |= {f"md:{numbers[key]}": body for key, body in inline.items()}
    return text, {key: _strip_inline(body) for key, body in bodies.items()}


MAX_FRONT_MATTER_VALUES = 10_000
"""A front matter holds a title, authors, tags: tens of values. YAML's aliases can make a
few lines stand for millions (`&a [*a, *a, …]`), which would hang the reader."""


def _expands_past(data: object, limit: int) -> bool:
    """Does `data`, with its shared (aliased) parts counted each time they appear, hold
    more than `limit` values? Stops counting at the limit."""
    pending, seen = [data], 0
    while pending:
        seen += 1
        if seen > limit:
            return True
        item = pending.pop()
        if isinstance(item, dict):
            pending += [*item.keys(), *item.values()]
        elif isinstance(item, list):
            pending += item
    return False


def front_matter(text: str) -> dict[str, str]:
    """A YAML front matter block as metadata: title, author, language. YAML (PyYAML's
    safe loader) because writers' tools (Pandoc, static site generators) write lists
    and quoted values there; a block that is not YAML is read line by line."""
    import yaml

    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError:
        data = None
    if _expands_past(data, MAX_FRONT_MATTER_VALUES):
        raise ManuscriptError(
            f"its YAML front matter's aliases expand to over {MAX_FRONT_MATTER_VALUES:,} "
            "values (a 'billion laughs' bomb, not metadata); write the values out or "
            "remove the front matter"
        )
    if not isinstance(data, dict):
        lines = (line.partition(":") for line in text.splitlines())
        return {k.strip().lower(): v.strip().strip("\"'") for k, sep, v in lines if sep}
    return _metadata(data)


_TOML_FRONT = re.compile(r"\A\+\+\+[ \t]*\n(.*?)\n\+\+\+[ \t]*(?:\n|\Z)", re.DOTALL)
"""TOML front matter between `+++` lines, Hugo's classic form (and Zola's)."""


def toml_front_matter(text: str) -> dict[str, str]:
    """A TOML front matter block (`title = "…"`, `author = "…"`, `authors = […]`) as
    metadata, as YAML's is read; a block TOML cannot parse is read line by line."""
    import tomllib

    try:
        data: dict[str, object] = tomllib.loads(text)
    except tomllib.TOMLDecodeError:
        lines = (line.partition("=") for line in text.splitlines())
        data = {k.strip(): v.strip().strip("\"'") for k, sep, v in lines if sep}
    if "author" not in data and isinstance(data.get("authors"), list | str):
        data["author"] = data["authors"]
    if "lang" not in data and isinstance(data.get("languageCode"), str):
        data["lang"] = data["languageCode"]
    return _metadata(data)


_PANDOC_TITLE = re.compile(r"\A(?:%(?:[ \t][^\n]*)?\n(?:[ \t]+\S[^\n]*\n)*){1,3}(?=[ \t]*\n|\Z)")
"""Pandoc's title block: up to three lines opened by "%" (title, authors, date) at the
top of the file, a blank line under them ("% The Wind in the Willows" / "% Kenneth
Grahame"); a line opened by a space continues the one above."""


def _pandoc_title(block: str) -> dict[str, str]:
    """A Pandoc title block's title and authors (several parted by ";"); its date is not
    read, as front matter's is not."""
    fields: list[str] = []
    for line in block.splitlines():
        if line.startswith("%"):
            fields.append(line[1:].strip())
        elif fields:
            fields[-1] = f"{fields[-1]} {line.strip()}"
    meta: dict[str, str] = {}
    if fields and fields[0]:
        meta["title"] = fields[0]
    if len(fields) > 1 and fields[1]:
        meta["author"] = join_names([n.strip() for n in fields[1].split(";") if n.strip()])
    return meta


def _metadata(data: dict[str, object]) -> dict[str, str]:
    """Front matter's values as strings by lower-case key: a person as a name, a list of
    people joined ("A and B"), booleans and tables dropped."""
    meta: dict[str, str] = {}
    for key, value in data.items():
        if isinstance(value, dict):
            value = value.get("name") or value.get("text")
        if isinstance(value, list):
            names = [v.get("name") or v.get("text") if isinstance(v, dict) else v for v in value]
            value = join_names([str(n).strip() for n in names if n is not None and str(n).strip()])
        if isinstance(value, str | int | float) and not isinstance(value, bool):
            # Obsidian's Web Clipper writes people as wiki links: `- "[[Nell Farrow]]"`
            meta[str(key).strip().lower()] = _WIKILINK.sub(_wikilink, str(value)).strip()
    return meta


_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})(.*)$")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$")
_LIST_ITEM = re.compile(r"^\s*(?:(?:[-*+]|\d{1,9}[.)])\s+\S|[•▪◦‣][ \t\u00a0]+[^\s•▪◦‣])")
"""A list item's line: Markdown's marks, or a bullet typed as text ("• Dig out…", pasted
from a word processor; no list to Markdown), each said as a line of its own."""
_CALLOUT = re.compile(r"^(?:\s*>)+\s*\[!(?P<kind>[\w-]+)\][+-]?[ \t]*(?P<title>.*)$")
"""An Obsidian or GitHub callout's first line (`> [!TIP] Measure before you buy`): its
label and title are read as a line of their own (`_callout_line`), its marker is not."""
_CALLOUT_LABELS = {
    kind: kind.capitalize()
    for kind in ("note", "tip", "hint", "important", "warning", "caution", "attention",
                 "danger", "example", "summary", "question")
}  # fmt: skip
"""The callout kinds whose name is said as the box's label: GitHub's five alerts and
Obsidian's kinds that read as one ("Example: A week of meals"). Others ("info", "todo",
a writer's own "draft") say only their title, as before."""
_ALERT_LINE = re.compile(
    r"^(?:\s*>)+\s*(?:\*\*|__)(?P<label>note|tip|important|warning|caution):?(?:\*\*|__):?\s*$",
    re.IGNORECASE,
)
"""GitHub's older alert: a quote whose first line is only `**Note**` or `**Warning**`."""
_QUOTE_MARKS = re.compile(r"^(?:[ \t]*>)+[ \t]?")
_CODE_LIKE = re.compile(
    r"[{}=<>\[\]\\;]|\w\(|^\s*(?:def|class|import|from|return|if|for|while|function|var|let"
    r"|const|public|private|#include|#!|\$|>>>|//|--)(?:\s|$)",
)


def _take_blocks(text: str, blocks: Blocks, omitted: list[Omission]) -> str:
    """The text with each code block and pipe table replaced by a placeholder line; a
    fence of verse (`_verse_fence`) is read a line at a time, and a Pandoc raw block
    (```` ```{=latex} ````) is left out and listed."""
    lines = text.split("\n")
    out: list[str] = []
    raw: list[str] = []
    coded = _code_book(lines) or _indented_code(lines)
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
            label = fence[2].strip().casefold()
            if _RAW_FENCE.match(label):  # "```{=latex}": for one output format only
                raw.append("\n".join(body).strip())
            elif _verse_fence(label, body, coded):
                verse = verse_rows(body) or body
                out.extend(["", *_verse_lines(verse), ""])
                _list_margin_numbers(body, verse, omitted)
            else:
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
            i = _table_block(rows, lines, end, out, blocks, omitted)
            continue
        if (
            (not out or not out[-1].strip())
            and not line.startswith(("    ", "\t"))  # indented four: a code block's
            and (table := column_table(lines, i)) is not None
        ):
            # Pandoc's simple, multiline and grid tables, as the plain-text reader finds them
            rows = [[_strip_inline(cell) for cell in row] for row in table.rows]
            if not table.headed:
                rows.insert(0, [""] * len(rows[0]))
            i = _table_block(rows, lines, table.end, out, blocks, omitted)
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
            if not coded and (said := _prompt_lines(chunk)) is not None:
                out.extend(["", *_verse_lines(said), ""])  # a story's terminal or chat
                i = end
                continue
            if (verse := verse_rows(chunk)) is not None:  # a poem set in: its lines kept
                out.extend(["", *_verse_lines(verse), ""])
                _list_margin_numbers(chunk, verse, omitted)
                i = end
                continue
            if any(_CODE_LIKE.search(row.strip()) for row in chunk):
                out.extend(["", blocks.add("code", code_rows("\n".join(chunk))), ""])
                i = end
                continue
        if line.strip() and not line.startswith(("    ", "\t")):
            after_list = bool(_LIST_ITEM.match(line))
        out.append(line)
        i += 1
    if raw:
        what = f"{len(raw)} raw block{'s' if len(raw) != 1 else ''}"
        omitted.append(Omission(what, "Pandoc's markup for one output format, not words",
                                "\n".join(raw)))  # fmt: skip
    return "\n".join(out)


def _table_block(
    rows: list[list[str]],
    lines: list[str],
    end: int,
    out: list[str],
    blocks: Blocks,
    omitted: list[Omission],
) -> int:
    """Add the table of `rows` (a header row first, of empty cells where it has none),
    whose last line is before `lines[end]`, to `out`: read a row a line where it is
    ingredients, text messages or a cast list (`_table_lines`), else a table block with
    its Pandoc caption listed; the index of the line after it, caption included."""
    texts = _table_lines(rows, _heading_above(out))
    if texts is not None:  # ingredients, text messages, a cast list: a row a line
        blocks.times.extend(texts[1])
        for row_line in texts[0]:
            out.extend(["", row_line, ""])
        return end
    captions = []
    while out and not out[-1].strip():
        out.pop()
    if out and _TABLE_CAPTION.match(out[-1]) and (len(out) < 2 or not out[-2].strip()):
        captions.append(out.pop().strip())  # Pandoc's caption over its table
    out.extend(["", blocks.add("table-head", rows), ""])
    after = end + 1 if end < len(lines) and not lines[end].strip() else end
    if after < len(lines) and _TABLE_CAPTION.match(lines[after]):
        captions.append(lines[after].strip())
        end = after + 1
    if captions:  # a caption for the eye, not said where the table is announced
        omitted.append(Omission("a table's caption", "Pandoc's caption of a table",
                                "\n".join(captions)))  # fmt: skip
    return end


_TABLE_CAPTION = re.compile(r"^ {0,3}(?:Table)?:[ \t]+\S")
"""Pandoc's caption for a pipe table, on a line of its own above or below it ("Table:
Some typical speeds.", ": Printings consulted.")."""
_VERSE_FENCES = frozenset({"poem", "poetry", "verse"})
"""A fence's info string that says it holds verse."""
_RAW_FENCE = re.compile(r"^\{=[\w-]+\}$")
"""A Pandoc raw block's info string (`{=latex}`, `{=html}`): markup, never read."""
_NOT_VERSE_MARK = re.compile(r"[{}=<>\[\]\\|@#$%^~`/*_]|\w\(|\w\.\w|^\s*[-+]\s")
"""What a line of code, a table or a command shows and a line of verse does not."""


def _code_book(lines: list[str]) -> bool:
    """Whether a book is about code: a fence names a language ("```python", "```{r}"), or
    a fence naming none holds a line of code. Its bare fences hold code, not verse."""
    for i, closed, fence in _fences(lines):
        end = len(lines) if closed is None else closed
        label = fence[2].strip().casefold().split(" ")[0].strip("{}.")
        if label and label not in _PLAIN_FENCES | _SONG_FENCES | _VERSE_FENCES \
                and not label.startswith("="):  # fmt: skip
            return True
        if label in _PLAIN_FENCES and (fence[1][0] == "`" or end < len(lines)) and any(
            _NOT_VERSE_MARK.search(row) or _CODE_LIKE.search(row.strip().replace(";", ","))
            for row in lines[i + 1 : end]
        ) and verse_rows(lines[i + 1 : end]) is None:
            return True
    return False


_PROMPT = re.compile(r"^>+[ \t]?")
"""A terminal's or a chat window's prompt at an indented line's start ("> who are you")."""


def _prompt_lines(chunk: list[str]) -> list[str] | None:
    """An indented block that sets a story's exchange with a terminal or a chat window,
    its typed lines behind a prompt ("    > who are you" / "    > I AM NINE."): the
    lines to read, prompts taken off, or None. Only a block with a prompt on some line
    and words on every line once the prompts are off (no code's signs, mostly letters:
    `technical.story_text`); the caller asks it only in a book with no code anywhere
    (`_code_book`, `_indented_code`), where "> " is a prompt, not a shell's redirect."""
    rows = [row.strip() for row in chunk]
    if not any(_PROMPT.match(row) for row in rows):
        return None
    said = [_PROMPT.sub("", row, count=1) for row in rows]
    if any(_CODE_LIKE.search(row) for row in said) or story_text("\n".join(said)) is None:
        return None
    return said


def _indented_code(lines: list[str]) -> bool:
    """Whether an indented line anywhere in the book holds code's signs, other than a
    prompt's ">" before words (`_prompt_lines`): the book sets code in indented blocks,
    and a "> " line in it is a command's. A poem set in (`verse_rows`: "for semlokest of
    alle þynge;") is not code."""
    chunks: list[list[str]] = [[]]
    for line in lines:
        if line.startswith(("    ", "\t")) and line.strip():
            chunks[-1].append(line)
        elif chunks[-1] and line.strip():
            chunks.append([])
    return any(
        _CODE_LIKE.search(_PROMPT.sub("", line.strip(), count=1))
        for chunk in chunks
        if verse_rows(chunk) is None
        for line in chunk
    )


def _fences(
    lines: list[str], opens: Callable[[re.Match[str]], bool] = lambda fence: True
) -> Iterator[tuple[int, int | None, re.Match[str]]]:
    """Each fenced block of `lines`, in order: its opening line, its closing line (None
    when it runs to the end, which ends the scan), and the opening's match. A backtick
    fence whose info holds a backtick is inline code, no fence; `opens` may pass over
    others ("~~~" alone, a scene break as often as a fence), whose lines are scanned on."""
    i = 0
    while i < len(lines):
        fence = _FENCE.match(lines[i])
        if not fence or (fence[1][0] == "`" and "`" in fence[2]) or not opens(fence):
            i += 1
            continue
        close = re.compile(rf"^ {{0,3}}{re.escape(fence[1][0])}{{{len(fence[1])},}}\s*$")
        end = next((j for j in range(i + 1, len(lines)) if close.match(lines[j])), None)
        yield i, end, fence
        if end is None:
            return
        i = end + 1


def _verse_fence(label: str, body: list[str], coded: bool) -> bool:
    """Whether a fence holds a poem, kept in a fence for its lines and indents (as
    manuscript templates and poetry sites do): its author says so ("```poem"), or it
    names no language ("```plaintext", bare) in a book with no fence that names one, and
    its lines read as verse: words with no code's marks, mostly in sentence case
    ("Does the road wind up-hill all the way?"). A command, a listing, a table, output
    in lower case or a lone line stays a code block."""
    rows = [row.strip() for row in body if row.strip()]
    if label in _VERSE_FENCES:
        return bool(rows)
    if coded or label not in _PLAIN_FENCES or len(rows) < 2:
        return False
    return verse_rows(body) is not None


_MARGIN_NUMBER = re.compile(r"^(?P<line>.*?\S)[ \t]{3,}(?P<number>\d{1,4})[ \t]*$")
"""A line of verse with its line number set out in the margin ("on hyre lud to synge.
        4"), as an edition numbers every fourth or fifth line."""
_CODE_KEYWORD = re.compile(
    r"^(?:import\s|from\s+[\w.]+\s+import\s|(?:def|class|if|elif|else|for|while|with|try"
    r"|except|finally)\b.*:$)"
)
"""A line of code that uses only words: "import os", "for line in lines:"."""
_SENTENCE_MARK = re.compile(r"[.,;:!?\"'”’)—–-]$")


def _list_margin_numbers(body: list[str], verse: list[str], omitted: list[Omission]) -> None:
    """List the line numbers `verse_rows` took off a poem's margin, as left out."""
    taken = [row[len(kept.rstrip()) :].strip() for row, kept in zip(body, verse, strict=True)
             if row.rstrip() != kept.rstrip()]  # fmt: skip
    if taken:
        what = f"{len(taken)} line number{'s' if len(taken) > 1 else ''}"
        why = "a line of verse's printed number, not read"
        omitted.append(Omission(what, why, " ".join(taken)))


def verse_rows(body: list[str]) -> list[str] | None:
    """A block's lines (as `body` holds them) when they set verse or prose, not code: words
    only, no code's signs ("{", "=", "()", "a.b", "/"), no line of code in words ("import
    os"), two words a line or more (prose wrapped at a margin is joined again by
    `base.unless_wrapped`). Lines may open in lower case (Middle English, free verse),
    when some line ends as a sentence or a clause does (a command's "git status" does not). Its line
    numbers in the margin ("4", "8", "12" counting its lines) are taken off. None for
    code, a listing, a command or output."""
    rows = [row.rstrip() for row in body]
    numbered = {i: m for i, row in enumerate(rows) if (m := _MARGIN_NUMBER.match(row))}
    counted = [i for i, row in enumerate(rows) if row.strip()]
    offsets = {int(m["number"]) - (counted.index(i) + 1) for i, m in numbered.items()}
    if numbered and len(offsets) == 1 and min(offsets) >= 0:
        rows = [numbered[i]["line"] if i in numbered else row for i, row in enumerate(rows)]
    said = [row.strip() for row in rows if row.strip()]
    if len(said) < 2 or any(
        _NOT_VERSE_MARK.search(row) or _CODE_KEYWORD.match(row)
        or re.search(r"[{}=<>\[\]\\]|\w\(|^(?:#include|#!|\$|>>>|//|--)(?:\s|$)", row)
        for row in said
    ):  # fmt: skip
        return None
    words = [w for row in said for w in row.split() if not _DASHES.fullmatch(w)]
    wordy = sum(1 for w in words if _VERSE_WORD.fullmatch(w))
    opened = sum(1 for row in said if _OPENED.match(row))
    if wordy < 0.9 * len(words):
        return None
    if _shaped(rows) and wordy == len(words):
        return rows  # a concrete poem: its words stepped across the page
    if len(words) < 2 * len(said):
        return None
    if opened < 0.6 * len(said) and not any(_SENTENCE_MARK.search(row) for row in said):
        return None
    return rows


MIN_SHAPED_STEPS = 3
"""Depths a fence's lines are set at before its words are a concrete poem (`_shaped`)."""
MIN_SHAPED_LINES = 4
"""Lines of such a poem: fewer are a command and its output."""


def _shaped(rows: list[str]) -> bool:
    """Is a fence of words only a concrete poem, its lines stepped across the page ("s" /
    "  i" / "    l" / "      t" / "        the river")? Four lines or more at three depths or
    more, none closing on a colon as a block of settings or code opens one: a poet's
    shape on the page, kept in a fence for its spacing, which has a word or two a line
    and no capitals, and whose words a narrator reads as lines."""
    said = [row for row in rows if row.strip()]
    depths = {len(row) - len(row.lstrip()) for row in said}
    return (
        len(said) >= MIN_SHAPED_LINES and len(depths) >= MIN_SHAPED_STEPS
        and not any(row.rstrip().endswith(":") for row in said)
    )  # fmt: skip


_DASHES = re.compile(r"[-–—…]+|\.{3}")
_VERSE_WORD = re.compile(r"[\"'“‘(]*[^\W\d_]+(?:['’-][^\W\d_]+)*[\"'”’)!?,.;:—–-]*")
"""A word as verse writes one, with its quotes and stops ("'Tis", "morn,", "inn.”")."""
_OPENED = re.compile(r"[\"'“‘(]*[^\W\d_a-z]")
"""A line opened by a capital (or a letter with no case), as verse opens its lines."""


def _verse_lines(body: list[str]) -> list[str]:
    """A fence of verse as Markdown lines kept apart (a hard break at each but the last);
    a blank line inside it is a stanza's end. Indents are dropped (they set a line in,
    not a pause); a line's first mark is escaped, so no "- " is taken for a list."""
    rows = [row.strip() for row in body]
    kept = [("\\" + row if row and row[0] in "#>-+*|:=~_[!" else row) for row in rows]
    for k in range(len(kept) - 1):
        if kept[k] and kept[k + 1]:
            kept[k] += "  "
    return kept


_MATH = re.compile(
    r"(`+)[^`\n]*?\1"
    r"|\$\$(?P<display>.+?)\$\$"
    r"|\\begin\{(?P<env>equation|align|gather|multline|eqnarray|displaymath)(?P<star>\*?)\}"
    r"(?P<body>.*?)\\end\{(?P=env)(?P=star)\}"
    r"|(?<![\\$\w])\$(?P<inline>[^\s$](?:[^$\n]|\n(?![ \t]*\n))*?(?<![\s\\/]))\$(?![\d$])",
    re.DOTALL,
)
"""TeX math in Markdown as Pandoc, bookdown and Jupyter Book take it: `$$ … $$` and
`\\begin{align} … \\end{align}` on lines of their own, `$…$` in a sentence (its first
character no space, its last none either, no digit after it: "$5 and $10" is money),
or an inline code span, where none is looked for."""
_CROSS_REFERENCE = re.compile(
    r"(?:\b(Table|Figure|Fig\.|Equation|Eq\.|Section|Chapter|Example)\s+)?"
    r"\\@ref\((?P<kind>[a-z]+):[^()\s]*\)"
)
"""A bookdown cross-reference (`Table \\@ref(tab:speeds)`, `(\\@ref(eq:motion))`): its
number is made when the book is built, so it is said as "the table", "the equation"."""
_MATH_LABEL = re.compile(r"[ \t]*\(\\#[a-z]+:[^()\s]*\)")
"""A bookdown label (`(\\#eq:avg-velocity)`, `Table: (\\#tab:speeds) …`): never said."""
_REFERRED = {"tab": "table", "fig": "figure", "eq": "equation", "sec": "section",
             "chap": "chapter", "ch": "chapter", "exm": "example", "thm": "theorem"}  # fmt: skip
_TEX_WORDS = {
    "times": "times", "cdot": "times", "div": "divided by", "pm": "plus or minus",
    "mp": "minus or plus", "approx": "is approximately", "sim": "is about",
    "propto": "is proportional to", "le": "is less than or equal to",
    "leq": "is less than or equal to", "ge": "is greater than or equal to",
    "geq": "is greater than or equal to", "ne": "is not equal to", "neq": "is not equal to",
    "lt": "is less than", "gt": "is greater than", "equiv": "is equivalent to",
    "to": "to", "rightarrow": "gives", "infty": "infinity", "degree": "degrees",
    "circ": "degrees", "sin": "sine", "cos": "cosine", "tan": "tangent", "log": "log",
    "ln": "natural log", "exp": "exp", "min": "min", "max": "max", "percent": "percent",
    "ldots": "and so on", "cdots": "and so on", "dots": "and so on",
    "alpha": "alpha", "beta": "beta", "gamma": "gamma", "delta": "delta",
    "epsilon": "epsilon", "varepsilon": "epsilon", "zeta": "zeta", "eta": "eta",
    "theta": "theta", "vartheta": "theta", "iota": "iota", "kappa": "kappa",
    "lambda": "lambda", "mu": "mu", "nu": "nu", "xi": "xi", "pi": "pi", "rho": "rho",
    "sigma": "sigma", "tau": "tau", "upsilon": "upsilon", "phi": "phi", "varphi": "phi",
    "chi": "chi", "psi": "psi", "omega": "omega", "Gamma": "gamma", "Delta": "delta",
    "Theta": "theta", "Lambda": "lambda", "Xi": "xi", "Pi": "pi", "Sigma": "sigma",
    "Phi": "phi", "Psi": "psi", "Omega": "omega",
}  # fmt: skip
"""TeX's commands a narrator says as words (a Greek letter by its name, `\\approx` "is
approximately"); a command not here makes the formula one to announce, not read."""
_TEX_SPACES = frozenset({",", ";", ":", "!", " ", "quad", "qquad", "left", "right", "big",
                         "Big", "displaystyle", "textstyle", "limits"})  # fmt: skip
_TEX_ACCENTS = {"bar": "bar", "hat": "hat", "dot": "dot", "ddot": "double dot",
                "tilde": "tilde", "overline": "bar", "vec": "vector"}  # fmt: skip
_TEX_TEXT = frozenset({"text", "mathrm", "textrm", "mathit", "textit", "mathbf", "textbf",
                       "boldsymbol", "mathsf", "operatorname", "unit", "si", "mbox"})  # fmt: skip
_TEX_FRACTIONS = frozenset({"frac", "tfrac", "dfrac", "cfrac"})


def _tex_group(tex: str, i: int) -> tuple[str, int] | None:
    """The argument at `tex[i]` (a `{…}` group or one character) and the index after it."""
    while i < len(tex) and tex[i] == " ":
        i += 1
    if i >= len(tex):
        return None
    if tex[i] != "{":
        if tex[i] == "\\":
            name = re.match(r"\\([A-Za-z]+|.)", tex[i:])
            return (name[0], i + len(name[0])) if name else None
        return tex[i], i + 1
    depth = 0
    for j in range(i, len(tex)):
        depth += {"{": 1, "}": -1}.get(tex[j], 0)
        if depth == 0:
            return tex[i + 1 : j], j + 1
    return None


def spoken_math(tex: str) -> str | None:
    """A simple TeX formula as a narrator says it ("\\Delta x = x_f - x_i": "delta x
    equals x f minus x i"; "\\frac{d}{t}": "d over t"; "t^2" is left for `normalize`,
    which says powers); None for one it cannot say (an integral, a matrix, a command it
    does not know), which is announced instead."""
    out: list[str] = []
    i = 0
    tex = tex.strip()
    while i < len(tex):
        ch = tex[i]
        if ch == "\\":
            command = re.match(r"\\([A-Za-z]+|.)", tex[i:])
            if command is None:
                return None
            name, i = command[1], i + len(command[0])
            if name == "\\":
                out.append(";")
            elif name in _TEX_SPACES or name in ("{", "}"):
                out.append(" " if name not in ("{", "}") else "")
            elif name == "%":
                out.append(" percent")
            elif name in _TEX_WORDS:
                out.append(f" {_TEX_WORDS[name]} ")
            elif name in _TEX_FRACTIONS or name in _TEX_ACCENTS or name in _TEX_TEXT \
                    or name == "sqrt":  # fmt: skip
                first = _tex_group(tex, i)
                if first is None:
                    return None
                inner, i = first
                if name in _TEX_TEXT:
                    out.append(f" {inner} ")
                    continue
                said = spoken_math(inner)
                if said is None:
                    return None
                if name in _TEX_ACCENTS:
                    out.append(f" {said} {_TEX_ACCENTS[name]} ")
                elif name == "sqrt":
                    out.append(f" the square root of {said} ")
                else:
                    second = _tex_group(tex, i)
                    below = spoken_math(second[0]) if second else None
                    if second is None or below is None:
                        return None
                    i = second[1]
                    out.append(f" {said} over {below} ")
            else:
                return None
            continue
        if ch == "_":
            group = _tex_group(tex, i + 1)
            said = spoken_math(group[0]) if group else None
            if group and group[0].isalpha():  # "x_{max}": a name, not letters multiplied
                said = group[0]
            if group is None or said is None:
                return None
            out.append(f" {said} ")
            i = group[1]
            continue
        if ch == "^":
            group = _tex_group(tex, i + 1)
            said = spoken_math(group[0]) if group else None
            if group is None or said is None or not re.fullmatch(r"[\w.+-]+", said.strip()):
                return None
            out.append(f"^{said.strip()} " if len(said.strip()) == 1 else f"^{{{said.strip()}}} ")
            i = group[1]
            continue
        if ch.isalpha():
            out.append(f" {ch} ")  # "at": a times t, each letter a quantity of its own
        elif ch.isdigit() or ch in ".,()[]! '|":
            out.append(ch)
        elif ch in "{}&":
            out.append(" ")
        elif ch in "+=<>/-−":
            word = {"+": "plus", "=": "equals", "<": "is less than", "/": "over",
                    ">": "is greater than"}.get(ch, "minus")  # fmt: skip
            before = "".join(out).strip()
            unary = ch in "-−" and (not before or before.endswith(
                ("equals", "plus", "minus", "than", "(", "over", "times", "approximately", ";")))
            out.append(" minus " if unary else f" {word} ")
        else:
            return None
        i += 1
    said = " ".join("".join(out).split())
    said = re.sub(r" (?=[,;)!]|\.(?!\d))|(?<=\() ", "", said)  # "= .08" keeps its space
    said = re.sub(r"(?<=\w) \^", "^", said)
    return said or None


_PROSE_IN_DOLLARS = re.compile(r"(?<![A-Za-z])[A-Za-z]{4,}")
"""A word of four letters between two dollar signs, outside a TeX command: prose between
two prices, as a formula never writes one (its letters are quantities, one each)."""


def _referred(m: re.Match[str]) -> str:
    """A cross-reference as the thing it points to: "the table", "The figure"."""
    named = (m[1] or "").casefold().rstrip(".")
    word = {"fig": "figure", "eq": "equation"}.get(named, named) or _REFERRED.get(
        m["kind"], "one"
    )
    before = m.string[: m.start()].rstrip(" \t*_")
    opens = not before or before.endswith(("\n", ".", "!", "?"))
    return f"{'The' if opens else 'the'} {word}"


def _math(text: str, blocks: Blocks, omitted: list[Omission]) -> str:
    """The text with its TeX math said in words where the formula is simple
    (`spoken_math`), else (a display one) a placeholder announcing an equation, as a code
    block's is, listed; an inline one it cannot say is "a formula". Bookdown's labels
    are not said and its cross-references are "the table", "the equation"."""
    if "$" not in text and "\\" not in text:
        return text
    unsaid: list[str] = []

    def said(m: re.Match[str]) -> str:
        if m[1]:
            return m[0]
        tex = m["display"] if m["display"] is not None else m["body"]
        if tex is None:
            if _PROSE_IN_DOLLARS.search(re.sub(r"\\[A-Za-z]+(?:\{[^{}]*\})?", " ", m["inline"])):
                return m[0]  # "$5 million, or US$ 6": money, not a formula
            words = spoken_math(m["inline"])
            if words is None:
                unsaid.append(m["inline"])
            return words if words is not None else "a formula"
        tex = _MATH_LABEL.sub("", tex)
        rows = [r.strip() for r in re.split(r"\\\\(?![A-Za-z])", tex) if r.strip()]
        words = [spoken_math(r) for r in rows]
        if rows and all(w is not None for w in words):
            return "\n\n" + "  \n".join(w for w in words if w) + "\n\n"
        return "\n\n" + blocks.add("equation", [[r] for r in rows]) + "\n\n"

    text = _MATH.sub(said, text)
    text = _MATH_LABEL.sub("", text)
    text = _CROSS_REFERENCE.sub(_referred, text)
    if unsaid:
        what = f"{len(unsaid)} formula{'s' if len(unsaid) != 1 else ''}"
        omitted.append(Omission(what, "TeX math too involved to read aloud; said 'a formula'",
                                "\n".join(unsaid)))  # fmt: skip
    return text


_WRAPPED = re.compile(r"^(\*{1,3}|_{1,3})([^*_\s](?:[^*_]*[^*_\s])?)\1$")
"""A cell wholly in bold or italics ("**Bex**")."""


_LABEL_LINE = re.compile(r"^\s*(?:#{1,6}\s+(.+?)\s*#*|\*\*(.+?):?\*\*:?|(\w[\w ]{0,30}):)\s*$")
"""A line that heads what follows: an ATX heading, a line in bold, "Ingredients:"."""


def _heading_above(out: list[str]) -> str:
    """The text of the heading a table stands under: the nearest ATX heading above it, or
    a bold or "Label:" line just above it ("**Ingredients**")."""
    near = True
    for line in reversed(out):
        if not line.strip():
            continue
        label = _LABEL_LINE.match(line)
        if label and (near or line.lstrip().startswith("#")):
            return next(g for g in label.groups() if g)
        near = False
    return ""


def _table_lines(rows: list[list[str]], heading: str = "") -> tuple[list[str], list[str]] | None:
    """A pipe table said a row a line as the HTML and Word readers say one with no header
    row (`technical.table_lines`: text messages without their times, a cast list), and
    the times; a recipe's ingredient table (`technical.ingredient_lines`, under the
    table's `heading`) a row a line too; None for a table of data. A pipe table always
    has a header row: one of
    empty cells names no columns ("| | |"), and a chat whose first message was typed as
    the header ("| Bex | are u actually going |") is one when that sender writes again
    below it; a header naming columns ("| Crop | Pair |") keeps the table a table.
    Emphasis around a cell (a sender in bold) does not hide its words."""
    rows = [[_WRAPPED.sub(r"\2", cell.strip()) for cell in row] for row in rows]
    if (ingredients := ingredient_lines(rows, head=True, heading=heading)) is not None:
        return ingredients, []
    if not any(rows[0]):
        return table_lines(rows[1:], head=False)
    said = conversation(rows)
    if said is None or not said[0]:
        return None
    first = said[0][0].split(": ", 1)[0]
    return said if any(line.split(": ", 1)[0] == first for line in said[0][1:]) else None


_SONG_FENCES = frozenset({"chords", "chordpro", "song", "lyrics"})
"""A fence's info string that says it holds a song: its chords are found as in plain
text, by their wide gaps too."""
_CHORD_FENCES = frozenset({"chords", "chordpro"})
"""A fence whose author says it holds chords: a line of chord names over words in
capitals ("HEY HO") is one of them too (`plaintext.marked_chord_lines`)."""
_PLAIN_FENCES = frozenset({"", "text", "txt", "plain", "plaintext"})
"""A fence's info string that names no language: it holds code or a table as often as
a song, so only a chord's name with more than its letter ("Am", "G7") shows a song."""


_DIRECTIVE = re.compile(r"^\s*\{[a-z_]+(?::[^{}]*)?\}\s*$")
"""A ChordPro directive on a line of its own: "{title: The Ferry}", "{soc}", "{c: Chorus}"."""


def _without_chords(text: str, omitted: list[Omission]) -> str:
    """`text` without a songbook's chord lines over the words, as the plain-text reader
    leaves them out (`plaintext.chord_lines`: in a song where chords and words take
    turns). Outside a fence spaces set nothing apart (Markdown joins them), so a line of
    capitals is a chord line only in a song with a chord's name beyond its letter
    ("Am", "G7"): a child's "A   B   C" over "apples in a tree" is read. A fence marked
    as a song ("```chords") is looked into as plain text is; a bare fence (no language
    named) only holds a song when that song names such a chord, and a table of note
    names ("C    D    E" over "do   re   mi") stays a block skipped as code. A fence
    that holds a song's chords holds a song, not code: its words are read as its lines;
    so does a fence marked as a song with no chords in it ("```lyrics"). In a song's
    fence, ChordPro's chords in brackets ("[G]Row me") and its directive lines ("{title:
    The Ferry}") are left out, listed with the chords.
    A stanza that had chord lines keeps its lines apart (a hard break at each), as lines
    of a song, where Markdown would join them as prose. A fence naming a language
    ("```python") is never looked into."""
    lines = text.split("\n")
    seen = list(lines)  # the song's lines: fence lines, and code, as blank lines
    outside = list(lines)  # what is outside any fence
    fences: list[tuple[int, int, str]] = []  # a song-like fence's lines, and its label
    # "~~~" with no language is a scene break as often as a fence
    for i, end, fence in _fences(lines, lambda f: f[1][0] != "~" or bool(f[2].strip())):
        if end is None:
            break
        label = fence[2].strip().casefold()
        song = label in _SONG_FENCES or label in _PLAIN_FENCES
        for j in range(i, end + 1):
            outside[j] = ""
            if j in (i, end) or not song:
                seen[j] = ""
        if song:
            fences.append((i, end, label))
    found = set(chord_lines(outside, gaps=False))
    sung: list[tuple[int, int]] = []  # the fences that hold a song's chords
    for a, b, label in fences:
        inner = chord_lines(seen[a + 1 : b], gaps=label in _SONG_FENCES)
        if not inner and label in _CHORD_FENCES:  # its author says it holds chords
            inner = marked_chord_lines(seen[a + 1 : b])
        if inner or (label in _SONG_FENCES and any(seen[a + 1 : b])):  # "```lyrics" too
            found.update(a + 1 + k for k in inner)
            sung.append((a, b))
    if not found and not sung:
        return text
    in_song = {j for a, b in sung for j in range(a + 1, b)}
    drop = set(found)
    drop.update(j for a, b in sung for j in (a, b))
    played = [lines[i] for i in sorted(found)]
    inline, markup = _without_chordpro(lines, sorted(in_song - drop), drop)
    if played or inline:
        omitted.extend(chords_left_out(played + inline))
    if markup:
        omitted.append(Omission(f"{len(markup)} songbook directive{'s' * (len(markup) > 1)}",
                                "a song's layout marks, not sung", " / ".join(markup)))  # fmt: skip
    start = 0
    for end in [*range(len(seen)), len(seen)]:
        if end < len(seen) and seen[end].strip():
            continue
        stanza = range(start, end)
        if (found | in_song) & set(stanza):  # a song's stanza: its lines kept apart
            kept = [k for k in stanza if k not in drop and not _FENCE.match(lines[k])]
            for k in kept:
                lines[k] = lines[k].strip()
            for k in kept[:-1]:
                if not _HARD_BREAK.search(lines[k]):
                    lines[k] += "  "
        start = end + 1
    return "\n".join(line for k, line in enumerate(lines) if k not in drop)


def _without_chordpro(
    lines: list[str], rows: list[int], drop: set[int]
) -> tuple[list[str], list[str]]:
    """Take ChordPro's marks out of a song fence's `rows` of `lines`: a directive line
    ("{title: The Ferry}", "{soc}") joins `drop`; the chords in brackets ("[G]Row me")
    leave their line. The chords taken out (a row's to a string) and the directives."""
    played, markup = [], []
    for j in rows:
        if _DIRECTIVE.match(lines[j]):
            markup.append(lines[j].strip())
            drop.add(j)
        elif chords := INLINE_CHORD.findall(lines[j]):
            played.append(" ".join(c.strip("[]") for c in chords))
            lines[j] = " ".join(INLINE_CHORD.sub("", lines[j]).split())
    return played, markup


def _cells(row: str) -> list[str]:
    row = row.strip()
    row = row.removeprefix("|")
    row = row[:-1] if row.endswith("|") and not row.endswith("\\|") else row
    cells = re.split(r"(?<!\\)\|", row)
    return [_strip_inline(cell.replace("\\|", "|")) for cell in cells]


_FILL_IN = re.compile(r"(?<![\w*_\\])_{2,}(?![\w*_])")
"""A worksheet's blank, two underscores or more touching no word ("Je ___ (être)", "___
Kellner", "RPE: __/10"): no bold mark, though two of them would pair as one ("___ …
___"); `normalize` says each "blank"."""
_FILL_IN_MARK = "\uf8f1"  # a private-use stand-in for a blank's underscore while marks go


def _strip_inline(text: str) -> str:
    if "__" in text:
        text = _FILL_IN.sub(lambda m: _FILL_IN_MARK * len(m[0]), text)
        return _marks_stripped(text).replace(_FILL_IN_MARK, "_")
    return _marks_stripped(text)


def _marks_stripped(text: str) -> str:
    """`text` without its inline marks: pictures, links, bold, italics, code spans."""
    text = re.sub(r"!\[([^\]]*)\]\([^)]*\)", "", text)
    text = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"(\*\*|__)(.+?)\1", r"\2", text)
    text = re.sub(r"(?<![\w*])([*_])(?!\s)(.+?)(?<!\s)\1(?![\w*])", r"\2", text)
    text = re.sub(r"`([^`]+)`", r"\1", text)
    return _UNESCAPE.sub(lambda m: chr(ord(m[0]) - _ESCAPED), text).strip()


def _strip_block(line: str) -> str:
    """A body line without its block marks (quote, list item); a hard line break (two
    spaces or a backslash at its end, or a Pandoc line block's "| ") is kept as the
    author's line break."""
    if SCENE_BREAK.match(line):
        return line
    line = re.sub(r"^(?:\s*>)+\s?", "", line)  # "> > ": a quote inside a quote
    line = re.sub(r"^\s*(?:[-*+]|\d{1,9}[.)])\s+(?:\[[ xX]\]\s+)?", "", line)  # "- [x] " a task
    broken = bool(_HARD_BREAK.search(line)) or line.rstrip(" \t").endswith(LINE_BREAK)
    if not _BAR_ROW.match(line):  # a table's row keeps its bars: `normalize` reads its cells
        line = _HARD_BREAK.sub("", line)
    return _strip_inline(line) + (LINE_BREAK if broken else "")


_CHAT_LINE = re.compile(r"\[[0-9]{1,2}:[0-5][0-9](?::[0-5][0-9])?(?:\s?[AaPp]\.?\s?[Mm]\.?)?\]\s")
"""A chat's or a text thread's message, a line opened by its time in brackets ("[10:42 PM]
Jas: u up?"): the author's line, kept apart as a plain text keeps it, not run into the
next message with no pause."""
_BAR_ROW = re.compile(r"^\|\s.*\s\|\s*$")
"""A line opened and closed by a spaced bar ("| 2 gills | = | 1/2 pint |"): a table's
row with no header rule over it, not a line block's verse, which never ends in a bar."""


_HARD_BREAK = re.compile(r"(?: {2,}|\\)$|^\|(?= |$)")
"""Markdown's hard line break at a line's end, or a line of a Pandoc line block
("| The mill-wheel stands;"), as poems are written in it."""
