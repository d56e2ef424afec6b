"""Footnotes, endnotes and citation marks: found in every format, never spoken as marks.

A narrator never says "bracket two" or glues a superscript number to a word. This
module takes what a reader found — paragraphs that still hold note marks, and the
note bodies the markup readers collected — and returns clean paragraphs, each
carrying the notes it cites (`Paragraph.notes`), plus a list of what was left out.
`[notes] mode` (book.toml) then decides where the notes are read: not at all (the
default), after their chapter, or after the sentence that cites them.

Marks recognised:

- markup readers' references, passed through the text as private-use sentinels
  (`reference()`): EPUB 3 `epub:type="noteref"`, DPUB-ARIA `doc-noteref`, `<sup>`
  links to in-document anchors;
- Markdown `[^id]` (definitions `[^id]: …` are taken out by `markdown_notes`);
- bracketed numeric citations `[2]`, `[2, 3]`, `[2–4]`, and editorial marks such as
  `[citation needed]`, `[who?]`;
- superscript digits (`word.¹`) and asterisk or dagger marks (`word*`) when the
  chapter has a note with that mark;
- Project Gutenberg's `[Footnote 1: …]` blocks.

Note bodies in plain text: a "Notes"/"Endnotes"/"Footnotes" paragraph followed by
numbered paragraphs at the end of a chapter, a chapter of that name (its notes are
matched to marks in order: books that number notes per chapter reuse labels), and
asterisk notes ("* The author means …") inside the chapter.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from audiobook.models import LINE_BREAK, Note, Omission, Paragraph

if TYPE_CHECKING:
    from audiobook.text.readers.base import ReadText

OPEN, SEP, CLOSE = "\ue000", "\ue002", "\ue001"
"""Private-use characters around a markup reader's note reference: OPEN key SEP label
CLOSE. They never reach the engine: `resolve` removes every one."""

_SENTINEL = re.compile(f"{OPEN}([^{SEP}{CLOSE}]*){SEP}([^{CLOSE}]*){CLOSE}")

NOTES_TITLE = re.compile(
    r"^\s*(?:(?:end\s*|foot\s*|chapter\s+|book\s+)?notes|notes\s+(?:to|on|for)\s.+"
    r"|примечания|сноски|комментарии|anmerkungen|fu(?:ß|ss)noten|notes de fin"
    r"|notas(?:\s+al\s+pie)?)\s*[.:]?\s*$",
    re.IGNORECASE,
)
"""The heading of a notes section (not "A Note on the Text", which is read)."""

_SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_FROM_SUPERSCRIPT = str.maketrans(_SUPERSCRIPTS, "0123456789")
_SYMBOLS = "*†‡§¶"

_EDITORIAL = (
    r"(?:citation|clarification|verification|page|year|date|source|quotation|reference|"
    r"full citation|better source|pronunciation|attribution|translation)s?\s+needed"
    r"|(?:who|when|where|which|why|how|by whom|according to whom|whom|what)\?"
    r"|dubious(?:\s*[–—-]\s*discuss)?|disputed(?:\s*[–—-]\s*discuss)?|discuss"
    r"|unreliable source\??|original research\??|failed verification|vague|specify|clarify"
    r"|not in citation given|self-published source\??|non sequitur|improper synthesis\??"
    r"|neutrality is disputed|examples? needed|weasel words|peacock prose|needs update"
    r"|update needed|when\?|circular reference|irrelevant citation|additional citations? needed"
)
_STOP_NUMBER = (
    r"(?:(?<=[a-z]{3}[.!?])|(?<=[a-z][.!?][”\"’)])|(?<=\)\.)|(?<=\b(?:BC|AD|BP|CE)\.))"
    r"(?<!vol\.)(?<!fig\.)(?<!chap\.)(?<!sect\.)(?<!para\.)(?<!ibid\.)(?<!nos\.)(?<!art\.)"
    r"\d{1,3}(?=\s+[A-Z“\"‘']|\s*$)"
)
"""A note's number printed flat after a sentence's stop, as a Word file's superscript is
when saved as plain text: "began to retreat.1 Farming", "(Moore et al. 2000).4", "by
6200 BC.2 The"; not a decimal (a figure stands before the stop) nor "vol.2"."""
_BRACKETED_SYMBOL = r"\[(?:\*{1,3}|\+{1,2}|[†‡§¶]{1,2})\]"
"""A symbol note mark in brackets, as Gutenberg transcribers set an asterisk or dagger
("one article.[*]" over "[*] True nature is …"): the mark is never said."""
_HARD_MARK = re.compile(
    rf"{OPEN}[^{CLOSE}]*{CLOSE}"  # a markup reference
    r"|\[\^[^\]\s]{1,40}\]"  # Markdown footnote reference
    r"|\[\s*\d{1,3}(?:\s*[,;–—-]\s*\d{1,3})*\s*\]"  # [2] [2, 3] [2–4]; not [1887]
    r"|\[[a-z]\](?![a-z])"  # [a]: a lettered explanatory note (not "[a]nd")
    rf"|(?<=[\w.,;:!?’”\"')]){_BRACKETED_SYMBOL}"  # "article.[*]": Gutenberg's symbol mark
    rf"|\[\s*(?:{_EDITORIAL})\s*\]"  # [citation needed]
    rf"|(?<=[^\s\d{_SUPERSCRIPTS}⁺⁻])(?<![^\W\d_])[{_SUPERSCRIPTS}]+"  # .¹ ”²
    r"(?![^\W\d_]|[⁺⁻]|\s?[=<>≈≤≥])"  # but "*I*² = 68%": a statistic's square
    rf"|(?<![\d.,]\d{{4}})(?<=1[4-9]\d\d|20[0-2]\d)(?<!\bat\s\d{{4}})"  # a year's: "in 1774²"
    rf"[{_SUPERSCRIPTS}]{{1,3}}(?!\s*[=+×·−-]|[⁺⁻])"
    rf"|(?-i:{_STOP_NUMBER})"
    r"|(?<=[.!?,;:)”\"’])[†‡]{1,3}(?=\s|$)",  # a dagger after a stop: "(ca. 600–800 °C).†"
    re.IGNORECASE,
)
_SOFT_MARK = re.compile(
    rf"(?<=[\w.,;:!?’”\"')])(?:[{_SUPERSCRIPTS}]+|[{_SYMBOLS}]{{1,3}})(?=[\s.,;:!?’”\"')]|$)"
)
"""Superscript digits after a letter and asterisks or daggers: marks only when the
chapter has a note so labelled (m², a*b and emphasis stay as they are)."""

_DEFINITION = re.compile(
    r"^\s*(?:\[\^?(?P<b>[^\]\s]{1,12})\]:?|(?P<n>\d{1,4})[.)]?(?=\s)"
    rf"|(?P<s>[{_SUPERSCRIPTS}]+)|(?P<y>[{_SYMBOLS}]{{1,3}})(?![{_SYMBOLS}\s]*$))"
    r"\s*(?P<body>\S.*)$",
    re.DOTALL,
)
_BRACKETED = re.compile(r"^\[\d{1,3}\]\s*\S")
_GUTENBERG = re.compile(r"^\[(?:Foot)?note\s+(?P<label>[\w*†]{1,8})\s*:\s*(?P<body>.*?)\]?$",
                        re.IGNORECASE | re.DOTALL)  # fmt: skip
_MD_DEFINITION = re.compile(r"^\[\^(?P<id>[^\]\s]{1,40})\]:[ \t]?(?P<body>.*)$")
_MD_REFERENCE = re.compile(r"\[\^(?P<id>[^\]\s]{1,40})\]")


def reference(key: str, label: str) -> str:
    """The sentinel a markup reader puts in the text where a note is cited."""
    return f"{OPEN}{_scrub(key)}{SEP}{_scrub(label)}{CLOSE}"


def _scrub(text: str) -> str:
    return text.replace(OPEN, "").replace(SEP, "").replace(CLOSE, "")


def markdown_notes(text: str) -> tuple[str, dict[str, str]]:
    """Take Markdown footnote definitions out of the text, and mark their references.

    A definition is `[^id]: text` with its indented continuation lines (and indented
    paragraphs after a blank line); references `[^id]` become sentinels keyed "md:id".
    """
    definitions: dict[str, list[str]] = {}
    kept: list[str] = []
    current: str | None = None
    blank = False
    for line in text.split("\n"):
        match = _MD_DEFINITION.match(line)
        if match:
            current = match["id"]
            definitions.setdefault(current, []).append(match["body"].strip())
            blank = False
            continue
        if current is not None:
            if not line.strip():
                blank = True
                continue
            if line.startswith(("    ", "\t")) or not blank:
                definitions[current].append(line.strip())
                blank = False
                continue
            current = None
            kept.append("")
        kept.append(line)
    bodies = {f"md:{key}": " ".join(p for p in parts if p) for key, parts in definitions.items()}
    marked = _MD_REFERENCE.sub(lambda m: reference(f"md:{m['id']}", m["id"]), "\n".join(kept))
    return marked, bodies


# ---------------------------------------------------------------- resolving


@dataclass
class _Definition:
    label: str
    text: str
    where: str
    used: bool = False


@dataclass
class _Pools:
    keyed: dict[str, _Definition] = field(default_factory=dict)
    chapter: list[list[_Definition]] = field(default_factory=list)
    book: list[_Definition] = field(default_factory=list)

    def find(self, key: str, label: str, chapter: int) -> _Definition | None:
        if key in self.keyed:
            return self.keyed[key]
        wanted = _norm_label(label)
        for pool in (self.chapter[chapter], self.book):
            for item in pool:
                if not item.used and _norm_label(item.label) == wanted:
                    return item
            for item in pool:  # a note cited twice
                if _norm_label(item.label) == wanted and pool is self.chapter[chapter]:
                    return item
        return None


def _norm_label(label: str) -> str:
    return label.translate(_FROM_SUPERSCRIPT).strip("[]().^ ").casefold()


def resolve(found: ReadText) -> tuple[ReadText, list[Omission]]:
    """Strip every note mark from the chapters and attach the notes to their paragraphs.

    Returns the cleaned text and what was left out: notes sections (now notes),
    marks with no note (citations, editorial marks) and notes nobody cites.
    """
    omitted: list[Omission] = []
    pools = _Pools()
    for key, body in found.notes.items():
        pools.keyed[key] = _Definition("", _LEADING_LABEL.sub("", body).strip(), "the notes")
    chapters: list[tuple[str | None, list[Paragraph]]] = []
    grouped, moved = _grouped_endnotes(found.chapters)
    translated = (  # a credit the reader kept, or left out with the site's furniture
        bool(found.translator)
        or any(_TRANSLATION.search(o.text) for o in found.omitted)
        or _shows_translation(grouped)
    )
    for title in moved:
        omitted.append(Omission(f"section '{title}'", "notes section (read as notes)"))
    for title, paragraphs in grouped:
        where = f"'{title}'" if title else "the opening"
        if title and NOTES_TITLE.match(title):
            book_notes = _definitions(paragraphs, where)
            if book_notes or not paragraphs:
                pools.book.extend(book_notes)
                omitted.append(Omission(f"section {where}", "notes section (read as notes)"))
                continue
        paragraphs = _translator_notes(paragraphs, translated=translated)
        paragraphs, comments = _without_comments(paragraphs)
        if comments:
            what = f"{len(comments)} comment{'s' if len(comments) > 1 else ''}"
            omitted.append(Omission(what, "a reviewer's comment, never read", "\n".join(comments)))
        body, local = _split_chapter(paragraphs, where)
        chapters.append((title, body))
        pools.chapter.append(local)
    if chapters and pools.chapter[-1]:  # notes at the end of the book serve every chapter
        pools.book.extend(pools.chapter[-1])
    out: list[tuple[str | None, list[Paragraph]]] = []
    for index, (title, paragraphs) in enumerate(chapters):
        where = f"'{title}'" if title else "the opening"
        labels = {_norm_label(d.label) for d in (*pools.chapter[index], *pools.book)}
        labels |= {_norm_label(d.label) for d in pools.keyed.values()}
        cleaned = []
        for paragraph in paragraphs:
            text, notes = _strip_marks(paragraph.text, index, labels, pools, where, omitted)
            if text.strip() or notes:
                cleaned.append(replace(paragraph, text=text, notes=(*paragraph.notes, *notes)))
        out.append((title, cleaned))
    for definition in [*pools.keyed.values(), *pools.book, *(d for p in pools.chapter for d in p)]:
        if not definition.used:
            definition.used = True  # listed once, even when it sits in two pools
            omitted.append(
                Omission(
                    f"note {definition.label} in {definition.where}",
                    "a note no mark in the text cites",
                    definition.text,
                )
            )
    return replace(found, chapters=out, notes={}), omitted


_TL_LABEL = r"(?:T\s?/\s?N|TN|TL(?:\s+notes?)?|translator['’]?s\s+notes?)\s*:"
_TL_INLINE = re.compile(
    rf"\s*(?:\((?i:{_TL_LABEL})\s*(?P<round>(?:[^()]|\([^()]*\))+?)\s*\)"
    rf"|\[(?i:{_TL_LABEL})\s*(?P<square>(?:[^\[\]]|\[[^\[\]]*\])+?)\s*\])"
)
"""A translator's note set in the sentence, as fan translations of Chinese, Korean and
Japanese novels set them: "(TL: vital energy)", "[T/N: the energy centre below the
navel]", "(TN: it's actually more than three thousand lol)", "[Translator's note: …]"."""
_TL_PARAGRAPH = re.compile(
    r"^\s*(?:T\s?/\s?N|TN|TL\s+notes?)\s*:\s*(?P<body>\S.*)$", re.IGNORECASE | re.DOTALL
)
"""A paragraph that is a translator's note ("TL Note: 'root bone' means …", "T/N: …"): the
web's abbreviation marks it ("Translator's Note:" alone may be a printed book's preface)."""


_PLAIN_LABEL = re.compile(r"^[(\[]\s*(?:TN|TL)\s*:", re.IGNORECASE)
"""The labels that are also other words' abbreviations: "(TL: 112 cm)" a fish's total
length, "(TN: …)" Tennessee. Notes only in a book that shows itself a translation."""
_MEASURE = re.compile(
    r"^(?:(?:[A-Z]{1,3}\s*:\s*)?[\d.,]+(?:\s*[-–~]\s*[\d.,]+)?\s*(?:mm|cm|m|km|in|ft|g|kg|lbs?|oz)"
    r"\.?\s*[,;]?\s*)+$"
)
"""A note's words that are only a measurement ("112 cm", "52 cm, SL: 44 cm"): a length
in a field guide's brackets, no translator's note."""
_TRANSLATION = re.compile(
    r"^\s*(?:translator|translated\s+by)\s*:\s*\S|^\s*translated\s+(?:from\s+the\s+\w+\s+)?by\s+\S",
    re.IGNORECASE | re.MULTILINE,
)
"""A translator's credit: "Translator: LazyDragonTL", "Translated by …"."""


def _shows_translation(chapters: list[tuple[str | None, list[Paragraph]]]) -> bool:
    """Does the book show itself a translation, so that a bare "(TL: …)" or "(TN: …)" is
    its translator's note: a translator's credit, or two translator's notes at least?"""
    notes = 0
    for _, paragraphs in chapters:
        for paragraph in paragraphs:
            if _TRANSLATION.search(paragraph.text) and len(paragraph.text.split()) <= 30:
                return True
            notes += bool(_TL_PARAGRAPH.match(paragraph.text)) + sum(
                not _MEASURE.match(m["round"] or m["square"] or "")
                for m in _TL_INLINE.finditer(paragraph.text)
            )
            if notes >= 2:
                return True
    return False


def _translator_notes(paragraphs: list[Paragraph], *, translated: bool = True) -> list[Paragraph]:
    """The paragraphs with their translator's notes (`_TL_INLINE`, `_TL_PARAGRAPH`) made
    notes, read as `[notes] mode` says (by default not read, and listed) and never in the
    middle of a sentence, where "T/N" would be said "T or N". A note's paragraph goes with
    the paragraph before it, as a footnote to it (the first paragraph keeps its own)."""
    out: list[Paragraph] = []
    for paragraph in paragraphs:
        text, found = paragraph.text, list(paragraph.notes)
        whole = _TL_PARAGRAPH.match(text)
        if whole and out and (translated or not _PLAIN_LABEL.match(f"({text.lstrip()}")):
            last = out[-1]
            body = " ".join(whole["body"].replace(LINE_BREAK, " ").split())
            out[-1] = replace(last, notes=(*last.notes, Note("", body, len(last.text))))
            continue
        if "(" in text or "[" in text:
            parts: list[str] = []
            position = 0
            for match in _TL_INLINE.finditer(text):
                body = match["round"] or match["square"] or ""
                if _MEASURE.match(body) or (
                    not translated and _PLAIN_LABEL.match(match[0].lstrip())
                ):
                    continue  # a length, or Tennessee, in a book that is no translation
                parts.append(text[position : match.start()])
                position = match.end()
                at = len("".join(parts))
                found.append(Note("", " ".join(body.replace(LINE_BREAK, " ").split()), at))
            if position:
                parts.append(text[position:])
                text = "".join(parts).strip()
        if text or found:
            out.append(replace(paragraph, text=text, notes=tuple(found)))
    return out


def _title_key(title: str | None) -> str:
    return re.sub(r"[\W_]+", " ", title or "").strip().casefold()


def _note_lines(paragraphs: list[Paragraph]) -> list[Paragraph]:
    """The paragraphs with each numbered line ("1. Clark …" under "2. Gaffney …") its own."""
    out: list[Paragraph] = []
    for paragraph in paragraphs:
        lines = [line.strip() for line in paragraph.text.split(LINE_BREAK) if line.strip()]
        if len(lines) > 1 and all(_DEFINITION.match(line) for line in lines):
            out.extend(replace(paragraph, text=line) for line in lines)
        else:
            out.append(paragraph)
    return out


def _grouped_endnotes(
    chapters: list[tuple[str | None, list[Paragraph]]],
) -> tuple[list[tuple[str | None, list[Paragraph]]], list[str]]:
    """Endnotes grouped under the chapters' own titles after a "Notes" line that ends a
    chapter ("Notes" / "Chapter 1: The Ice Retreats" / "1. Clark …"), which a reader took
    for chapters of their own: each group set at the end of the chapter it serves, as
    its notes section. Returns the chapters and the titles of the groups moved."""
    for k, (_, paragraphs) in enumerate(chapters):
        if not paragraphs or not _notes_heading(paragraphs[-1].text):
            continue
        earlier = {_title_key(t): i for i, (t, _) in enumerate(chapters[: k + 1]) if t}
        groups: list[tuple[int, list[Paragraph]]] = []
        moved: list[str] = []
        j = k + 1
        last = 0  # the last note's number: a group counts on from it, or from 1
        while j < len(chapters):
            title, body = chapters[j]
            lines = _note_lines(body)
            if not title or _title_key(title) not in earlier:
                break
            served = earlier[_title_key(title)]
            numbers = _counted_notes(lines, last, chapters[served][1])
            if not numbers:
                break
            groups.append((served, lines))
            moved.append(title)
            last = numbers[-1]
            j += 1
        if not groups:
            continue
        out = [(t, list(ps)) for t, ps in chapters[: k + 1]]
        out[k] = (out[k][0], out[k][1][:-1])
        for i, lines in groups:
            out[i][1].extend([replace(lines[0], text="Notes"), *lines])
        return [*out, *chapters[j:]], moved
    return chapters, []


def _notes_heading(text: str) -> bool:
    """Is this line a notes section's heading ("Notes", "NOTES.", "Endnotes:"), not a
    one-word sentence ("Notes.", a character's answer)?"""
    text = text.strip()
    return bool(NOTES_TITLE.match(text)) and (not text.endswith(".") or text.isupper())


def _counted_notes(lines: list[Paragraph], last: int, chapter: list[Paragraph]) -> list[int]:
    """The numbers of a group of endnotes under a chapter's title, or [] when it is not
    one: every entry numbered, counting 1, 2, 3 … (or on from the last group's `last`),
    most lines a numbered entry, and each number a mark in the chapter it serves. A
    chapter that opens "14 February." or "3 a.m." is prose."""
    found = _definitions(lines, "")
    if not found or not all(d.label.isdigit() for d in found) or len(found) * 2 < len(lines):
        return []
    numbers = [int(d.label) for d in found]
    first = numbers[0]
    if first not in (1, last + 1) or numbers != list(range(first, first + len(numbers))):
        return []
    text = " ".join(p.text for p in chapter)
    cited = {label for m in _HARD_MARK.finditer(text) for _, label in _refs(m.group())}
    cited |= {m.group().translate(_FROM_SUPERSCRIPT) for m in _SOFT_MARK.finditer(text)}
    return numbers if all(str(n) in cited for n in numbers) else []


_COMMENT_LINE = re.compile(r"^\[(?P<id>[a-z]{1,2})\](?P<body>[^\W\d][^:\n]{0,40}:\s.*)$", re.DOTALL)
"""A comment as Google Docs exports it under the text, its author's name and a colon
first ("[a]Agnes Whitlow: check the colours"); its anchor "[a]" is in the sentence it
comments on, never against a letter ("[t]he" is an editor's bracket)."""


def _without_comments(paragraphs: list[Paragraph]) -> tuple[list[Paragraph], list[str]]:
    """A chapter without the comments a word processor exported after its text (each a
    paragraph "[a]Name: …" in the run at the end, after the notes if any), and the
    comments' anchors ("[a]") taken out of the text. A lettered note ("[a] In …", with
    a space) is a note, not a comment."""
    end = len(paragraphs)
    while end > 0 and _COMMENT_LINE.match(paragraphs[end - 1].text):
        end -= 1
    tail = paragraphs[end:]
    if not tail:
        return paragraphs, []
    ids = {m["id"] for p in tail if (m := _COMMENT_LINE.match(p.text))}
    body = " ".join(p.text for p in paragraphs[:end])
    if not all(re.search(rf"\[{i}\](?![^\W\d_])", body) for i in ids):
        return paragraphs, []  # a comment's anchor is in the text it comments on
    anchor = re.compile(r"\[(?:" + "|".join(map(re.escape, sorted(ids))) + r")\](?![^\W\d_])")
    kept = [replace(p, text=anchor.sub("", p.text)) for p in paragraphs[:end]]
    return [p for p in kept if p.text.strip()], [p.text for p in tail]


def _split_chapter(
    paragraphs: list[Paragraph], where: str
) -> tuple[list[Paragraph], list[_Definition]]:
    """A chapter's body, and the notes it carries itself: a trailing "Notes" block,
    asterisk notes, Gutenberg `[Footnote 1: …]` blocks."""
    for index, paragraph in enumerate(paragraphs):
        if NOTES_TITLE.match(paragraph.text) and index + 1 < len(paragraphs):
            end = index + 1 + _notes_run(paragraphs[index + 1 :])
            tail = _definitions(paragraphs[index + 1 : end], where)
            if tail:  # what follows the notes ("THE END", a heading) is the chapter's
                paragraphs = paragraphs[:index] + paragraphs[end:]
                local = tail
                break
        ruled = _ruled_notes(paragraph, paragraphs[index + 1 :]) if index else None
        if ruled:  # "---------" and "[1] Rogers, …" lines at the chapter's end: its notes
            tail = _definitions([*ruled, *paragraphs[index + 1 :]], where)
            if tail:
                paragraphs = paragraphs[:index]
                local = tail
                break
        # a rule, then numbered notes to the end: how Google Docs exports its footnotes
        if index and paragraph.scene_break_before and _BRACKETED.match(paragraph.text):
            tail = _definitions(paragraphs[index:], where)
            if tail and all(_BRACKETED.match(p.text) for p in paragraphs[index:]):
                paragraphs = paragraphs[:index]
                local = tail
                break
    else:
        local = []
    body: list[Paragraph] = []
    for paragraph in paragraphs:
        match = _GUTENBERG.match(paragraph.text)
        symbol = re.match(rf"^([{_SYMBOLS}]{{1,3}})\s*(\w.*)$", paragraph.text, re.DOTALL)
        labelled = _LABELLED.match(paragraph.text)
        if match:
            local.append(_Definition(match["label"], match["body"].strip(), where))
        elif (
            symbol
            and not (symbol[1] == "*" and _EMPHASIS_OPENS.match(paragraph.text))
            and any(
                not (symbol[1] == "*" and _closes_emphasis(p.text, m.end() - 1))
                for p in body
                for m in re.finditer(
                    rf"[\w.,;:!?’”\"')]{re.escape(symbol[1])}(?![{_SYMBOLS}])", p.text
                )
            )
        ):
            local.append(_Definition(symbol[1], symbol[2].strip(), where))
        elif labelled and any(labelled["mark"] in p.text for p in body):
            label = labelled["mark"].strip("[]")
            local.append(_Definition(label, labelled["body"].strip(), where))
        else:
            body.append(paragraph)
    return body, local


_RULE_LINE = re.compile(r"[-–—_*=]{3,}")


def _notes_run(paragraphs: list[Paragraph]) -> int:
    """How many of the paragraphs after a "Notes" line are its notes: up to the line that
    ends them, the book's "THE END" or a heading in capitals ("ADVERTISEMENTS", "MESSRS.
    BLACKWOOD'S PUBLICATIONS."), which no note's running text is."""
    from audiobook.text.matter import is_the_end

    for at, paragraph in enumerate(paragraphs):
        text = paragraph.text.strip()
        if not at or _DEFINITION.match(text) or _GUTENBERG.match(text):
            continue
        letters = re.findall(r"[^\W\d_]+", text)
        heading = (
            len(text.split()) <= MAX_HEADING_WORDS and text.isupper() and not text.startswith("[")
            and sum(map(len, letters)) >= MIN_HEADING_LETTERS
        )  # fmt: skip
        if is_the_end(text) or heading:
            return at
    return len(paragraphs)


MAX_HEADING_WORDS = 8
MIN_HEADING_LETTERS = 4


def _ruled_notes(paragraph: Paragraph, after: list[Paragraph]) -> list[Paragraph] | None:
    """A rule line and "[1] …" lines set under it in one block, with nothing but such
    notes after it: the notes, one paragraph each (a plain-text footnote block)."""
    lines = [line.strip() for line in paragraph.text.split(LINE_BREAK) if line.strip()]
    if len(lines) < 2 or not _RULE_LINE.fullmatch(lines[0]):
        return None
    if not all(_BRACKETED.match(line) for line in lines[1:]):
        return None
    if not all(_BRACKETED.match(p.text) for p in after):
        return None
    return [replace(paragraph, text=line) for line in lines[1:]]


_EMPHASIS_OPENS = re.compile(r"^\*(?=[^\s*])[^*]*?(?<=[^\s*])\*(?![*\w])")
"""A paragraph that opens with an emphasised word or thought ("*Fortunate,* the old
man thought"): story text set in asterisk italics, never an asterisk note ("* The
author means …", "*See *Moby Dick*" has no closed pair at its start)."""


def _closes_emphasis(text: str, at: int) -> bool:
    """Whether the asterisk at `at` closes an emphasis opened earlier in the paragraph
    ("She said it *again.*"), so it is no note mark ("the Duke.* Then")."""
    open_ = False
    for match in re.finditer(r"(?<!\*)\*(?!\*)", text[:at]):
        before, after = text[match.start() - 1 : match.start()], text[match.end() : match.end() + 1]
        if not open_ and after and not after.isspace() and not before.isalnum():
            open_ = True
        elif open_ and before and not before.isspace():
            open_ = False
    return open_


_LABELLED = re.compile(
    rf"^(?P<mark>\[\d{{1,3}}\]|\[[a-zA-Z]\](?=\s)|{_BRACKETED_SYMBOL}|[{_SUPERSCRIPTS}]+)"
    r"\s*(?P<body>\S.*)$",
    re.DOTALL,
)
"""A note set right after its paragraph ("[1] In the original…", "[*] True nature…",
"¹ In the…"): a note
only when the chapter's text above cites that very mark."""


def _definitions(paragraphs: list[Paragraph], where: str) -> list[_Definition]:
    """Numbered notes ("1. …", "[1] …", "¹ …", "* …"); an unnumbered paragraph continues
    the note before it. Empty unless the first paragraph is a note."""
    found: list[_Definition] = []
    for paragraph in paragraphs:
        match = _DEFINITION.match(paragraph.text) or _GUTENBERG.match(paragraph.text)
        if match:
            label = next(
                (match.groupdict().get(g) for g in ("b", "n", "s", "y", "label")
                 if match.groupdict().get(g)), "",
            )  # fmt: skip
            found.append(_Definition(label, match["body"].strip(), where))
        elif found:
            found[-1].text += " " + paragraph.text
        else:
            return []
    return found


_LEADING_LABEL = re.compile(
    rf"^\s*(?:\[\w{{1,4}}\]|\d{{1,3}}[.)](?=\s)|[{_SUPERSCRIPTS}]+|[{_SYMBOLS}]{{1,3}}|[.):]+)\s*"
)
"""The number a note body opens with (its back-link already gone): not read twice."""


_SENTENCE_END = re.compile(r"[.!?…][”\"’)]*\d*\s+")
_MATHS_BRACKET = re.compile(
    r"\((?=[^()]*[\w)]\s*[-+−±×·*/=]\s*[\w(−√])[^()]*(?:\([^()]*\)[^()]*)*\)$"
)
"""A bracket that holds a sum ("(x + 1)", "(a − b)", "(1/6)", "(2n+1)"): a superscript
after it is its power ("(x + 1)²" x plus one, squared), never a note's mark."""


def _power_of_a_bracket(text: str, match: re.Match[str], labels: set[str]) -> bool:
    """Is this superscript the power of the maths bracket it follows, not a note's mark?
    A note so numbered wins: "(see Smith 2001)²" with a note 2 is a mark."""
    if match.group()[0] not in _SUPERSCRIPTS or _norm_label(match.group()) in labels:
        return False
    return bool(_MATHS_BRACKET.search(text, 0, match.start()))


def _flat_after_a_word(text: str, match: re.Match[str]) -> bool:
    """Is this a number printed flat after the stop of a one-word sentence ("Hymns.47")?
    A note's flat mark closes a sentence of words ("began to retreat.1"); after one
    word it is a typo's figure, read unless a note is so numbered."""
    if not re.fullmatch(r"[0-9]+", match.group()):
        return False
    before = text[: match.start()].rstrip('.!?”"’)')
    return len(_SENTENCE_END.split(before)[-1].split()) < 2


def _strip_marks(
    text: str,
    chapter: int,
    labels: set[str],
    pools: _Pools,
    where: str,
    omitted: list[Omission],
) -> tuple[str, list[Note]]:
    """The paragraph without its marks, and the notes they cite (first citation only)."""
    spans: list[tuple[int, int, list[tuple[str, str]], str]] = []  # start, end, refs, mark
    for match in _HARD_MARK.finditer(text):
        if _flat_after_a_word(text, match) and match.group() not in labels:
            continue  # "The hymn board showed the numbers. Hymns.47 And 212 were …"
        if _power_of_a_bracket(text, match, labels):
            continue  # "The left side is (x + 1)², so x = −1.": a square, said
        spans.append((match.start(), match.end(), _refs(match.group()), match.group()))
    taken = [(s, e) for s, e, _, _ in spans]
    for match in _SOFT_MARK.finditer(text):
        if any(s <= match.start() < e for s, e in taken):
            continue
        if _norm_label(match.group()) in labels and not (
            match.group() == "*" and _closes_emphasis(text, match.start())
        ):
            spans.append((match.start(), match.end(), [("", match.group())], match.group()))
    spans.sort()
    notes: list[Note] = []
    out: list[str] = []
    position = 0
    for start, end, refs, mark in spans:
        out.append(text[position:start])
        position = end
        before, after = "".join(out), text[end:]
        joint = " " if before[-1:].isalnum() and after[:1].isalnum() else ""
        if not joint and before.endswith(" ") and (not after or after[:1] in " .,;:!?)]”’"):
            out[-1] = out[-1].rstrip(" ")
            if after[:1] == " " and not before.rstrip(" "):
                position += 1
        out.append(joint)
        at = len("".join(out))
        missing = ""
        for key, label in refs:
            definition = pools.find(key, label, chapter) if (key or label) else None
            if definition is None:
                missing = missing or _why_no_note(label)
                continue
            if not definition.used:
                definition.used = True
                notes.append(Note(_spoken_label(definition.label or label), definition.text, at))
        if missing:
            shown = _SENTINEL.sub(lambda m: m[2], mark)
            omitted.append(Omission(f"mark '{shown}' in {where}", missing))
    out.append(text[position:])
    return re.sub(r"  +", " ", "".join(out)).strip(), notes


def _spoken_label(label: str) -> str:
    """The label as a narrator says it: "¹" is "1"; a Markdown name ("^long") is not
    said at all (renderers number such notes; the narrator says just "Note")."""
    label = label.translate(_FROM_SUPERSCRIPT).strip("[]^ ")
    if label.isdigit() or (len(label) <= 2 and label.isalpha()) or label in _SYMBOLS:
        return label
    return ""


def _refs(mark: str) -> list[tuple[str, str]]:
    """(key, label) pairs a hard mark cites; an editorial mark cites nothing."""
    sentinel = _SENTINEL.fullmatch(mark)
    if sentinel:
        return [(sentinel[1], sentinel[2])]
    if mark.startswith("[^"):
        return [(f"md:{mark[2:-1]}", mark[2:-1])]
    if mark[0] in _SUPERSCRIPTS or mark[0] in _SYMBOLS:
        return [("", mark)]
    if re.fullmatch(_BRACKETED_SYMBOL, mark):  # [*], [†]: labelled by its symbol
        return [("", mark[1:-1])]
    numbers = re.findall(r"\d+", mark)
    if re.fullmatch(r"\[[a-z]\]", mark, re.IGNORECASE):  # [a], or [A] as older books letter them
        return [("", mark[1])]
    if not numbers:
        return [("", "")]  # [citation needed]
    if len(numbers) == 2 and re.search(r"[–—-]", mark) and int(numbers[1]) - int(numbers[0]) < 50:
        numbers = [str(n) for n in range(int(numbers[0]), int(numbers[1]) + 1)]
    return [("", n) for n in numbers]


def _why_no_note(label: str) -> str:
    if not label:
        return "editorial mark (never spoken)"
    return "citation mark with no note in the book (never spoken)"
