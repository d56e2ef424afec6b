"""What every reader shares: `ReadText` (what a reader returns), paragraph
splitting, text cleanup, the rules for turning headings and paragraphs into
chapters, and the size checks that keep a hostile archive from exhausting memory.

Readers import this module and nothing of `ingest`; `ingest` imports the
readers' registry (`audiobook.text.readers`). So the imports run one way.
"""

from __future__ import annotations

import codecs
import itertools
import logging
import posixpath
import re
import unicodedata
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from audiobook.errors import ManuscriptError
from audiobook.models import LINE_BREAK, Omission, Paragraph

log = logging.getLogger(__name__)

Chapters = list[tuple[str | None, list[Paragraph]]]

MAX_UNPACKED_BYTES = 200 * 1024 * 1024
"""A manuscript archive may inflate to this much in total; a novel is a few MB."""
MAX_RATIO = 100
"""Text deflates about 3:1 and markup perhaps 20:1; 100:1 on a large member is a bomb."""
MAX_MEMBERS = 10_000


# ---------------------------------------------------------------- text

SCENE_BREAK = re.compile(r"^\s*(\*\s*){3,}$|^\s*(-\s*){3,}$|^\s*(_\s*){3,}$|^\s*#\s*$|^\s*~+\s*$")


_LETTER_ORNAMENT = re.compile(
    r"^[\s~*-]*(?:oOo|OoO|xXx|XxX|0o0|o0o|oOoOo|xXxXx)[\s~*-]*$|^[~*-]+\s*[oO0]\s*[~*-]+$"
    r"|^(?=[^a-z]*[xo])(?=[^A-Z]*[XO])(?=(?:[^xXoO]*[xXoO]){3})[\s~*=_.+-]*(?:[xXoO]+[\s~*=_.+-]*){1,12}$"
    r"|^[~*=_.+-]*[xXoO](?:[~*=_.+-]+[xXoO]){2,}[~*=_.+-]*$"
)
"""Letters typed as a scene-break ornament ("oOo", "xXx", "~o~", fan fiction's "~xXx~",
"xxXXxx", "oOoOoOo", "-o-o-o-", "-x-x-x-"): only x and o, in both cases or set apart
by marks; no word ("xoxo" and "xxx" are kisses, "ooo" a sound)."""
_NOT_ORNAMENT = re.compile(r"^[\s.…]*$|[\"'“”‘’«»?!()\[\]]")
"""A line of dots ("...", "…": a silence in dialogue, unless spaced ". . .") or of a
quote's or a question's marks is not a scene-break ornament."""


_SAID_SYMBOLS = frozenset("+=×−÷")
"""Symbols said as a word ("plus", "equals", "times"): alone on a line, a counting
book's sum, not an ornament; repeated ("+ + +", "=====") they are one."""
_KISSES = re.compile(r"^[xX]+$")
_SIGN_OFF = re.compile(
    r"^(?:(?:with\s+)?(?:all\s+)?(?:(?:my|our)\s+)?(?:lots\s+of\s+|much\s+|all\s+my\s+)?"
    r"love|yours\b|best\s+wishes|hugs|kisses|thank\s+you|thanks|cheers|see\s+you|bye)",
    re.IGNORECASE,
)
"""A letter's or a note's closing line ("Love from Bunny", "Lots of love,", "Yours")."""


def ornament_line(line: str) -> bool:
    """A line alone between paragraphs that only marks a scene break: a dinkus or
    fleuron ("• • •", "⁂", "§", "❧", "~*~", "=====", "+++", a lone "—", ". . ."),
    or ornament letters ("oOo", "xXx"). A lone "+", "=" or "×" is a sum's, said."""
    line = line.strip()
    if _LETTER_ORNAMENT.match(line) or re.fullmatch(r"\.(?:\s+\.){2,}", line):
        return True
    if line in _SAID_SYMBOLS:
        return False
    return bool(line) and is_break_mark(line) and not _NOT_ORNAMENT.search(line)


def _kisses(line: str, before: list[Paragraph]) -> bool:
    """Is an ornament's "xXx" a note's kisses, under its closing ("Love from Bunny",
    "Lots of love," / "Mum")?"""
    if not before or not _KISSES.match(line.strip()):
        return False
    pieces = re.split(rf"{LINE_BREAK}|[.!?,]\s+", before[-1].text.strip())[-2:]
    return any(_SIGN_OFF.match(x.strip()) and len(x.split()) <= 6 for x in pieces)


_SILENCE = re.compile(r"\.(?:\s+\.){2,}|[—–]|--")
"""A mark that may be a silent reply as well as a scene break: ". . .", a lone "—"."""


def _dialogue(text: str) -> bool:
    """Is this paragraph dialogue: a quotation in it, or a question or a quotation
    closed at its end ('"Did you take it?" my mother asked.', "‘Well?’")?"""
    text = text.strip()
    return (
        bool(re.search(r"[\"“”«»„]", text))
        or text.startswith(("‘", "'"))
        or text.endswith(("?", "’", "'"))
    )


TYPED_BULLET = re.compile(rf"(^|{LINE_BREAK})[ \t]*[•▪◦‣][ \t\u00a0]+(?=[^\s•▪◦‣])")
"""A bullet typed as text at a line's start ("• Dig out couch grass" pasted from a word
processor into a .txt or .md, Apple Pages' `<span>•</span> Dig out couch grass<br/>`),
indented or not, before a word, a figure or a quote: the mark is not said (espeak says
"bullet"), the line keeps its own pause; "• • •" is a scene break's marks, not a
bullet, and "•Tight" (no space) is text. Every reader strips it with this one pattern
(`split_paragraphs` for plain text and Markdown, the HTML/EPUB reader's paragraphs)."""


def split_paragraphs(text: str) -> list[Paragraph]:
    """Blank-line separated paragraphs; scene-break lines mark the next paragraph.
    Lines are joined with spaces, except where a reader marked the author's own line
    break (`LINE_BREAK`, kept once between the lines)."""
    paragraphs: list[Paragraph] = []
    pending_break: bool | str = False  # "silence": a break unless dialogue follows
    for block in re.split(r"\n[^\S\u2028]*\n", text):
        lines = [TYPED_BULLET.sub(r"\1", line.strip()) + (LINE_BREAK if _broken(line) else "")
                 for line in block.split("\n") if line.strip()]  # fmt: skip
        if not lines:
            continue
        if (
            len(lines) == 1
            and (SCENE_BREAK.match(lines[0]) or ornament_line(lines[0]))
            and not _kisses(lines[0], paragraphs)
        ):
            silence = bool(_SILENCE.fullmatch(lines[0].strip()))
            if paragraphs and not (silence and _dialogue(paragraphs[-1].text)):
                pending_break = "silence" if silence else True
            continue
        body = joined_lines(lines)
        body = re.sub(r"[ \t\u00a0]+", " ", body).strip()
        if LINE_BREAK in body:
            body = one_line(body, keep_breaks=True)
        if not any(ch.isalnum() or unicodedata.category(ch)[0] in "SC" for ch in body):
            continue  # punctuation-only lines carry nothing to say (a block's
            # placeholder, in private-use characters, is kept: text/technical.py)
        if pending_break == "silence" and _dialogue(body):
            pending_break = False  # ". . ." or "—" before a reply: a beat, no break
        paragraphs.append(Paragraph(body, scene_break_before=bool(pending_break)))
        pending_break = False
    return paragraphs


_CJK_WRITING = "\u3001-\u30ff\u3400-\u9fff\uf900-\ufaff\uff01-\uff60\U00020000-\U0002ffff"
_CJK_END = re.compile(f"[{_CJK_WRITING}][\u201d\u2019\u2026\u2014]*$")
_CJK_START = re.compile(f"[\u201c\u2018\u2026\u2014]*[{_CJK_WRITING}]")


def joined_lines(lines: list[str]) -> str:
    """A paragraph's lines as one text: joined by a space, except where Chinese or
    Japanese meets Chinese or Japanese. Those are written without spaces, so a file
    wrapped at a margin (Project Gutenberg's Chinese classics, at 35 characters) had
    "覆載群 生仰至仁" cut mid-word, which the voice heard as a pause. A short line is
    a line of its own (a title over its author, "三國演義" / "羅貫中") and keeps its space."""
    body = lines[0]
    for before, line in itertools.pairwise(lines):
        glued = len(before) >= CJK_WRAP_WIDTH and _CJK_END.search(body) and _CJK_START.match(line)
        body += ("" if glued else " ") + line
    return body


CJK_WRAP_WIDTH = 16
"""Characters a line of Chinese or Japanese wrapped at a margin holds at the least (a
margin of 70 letters holds 35 characters)."""


PROSE_WIDTH = 60
"""No one wraps prose at a margin narrower than this (Project Gutenberg wraps at about
70); lines of verse, an address or a letter's close are mostly shorter."""


def unless_wrapped(text: str) -> str:
    """`text` with its `LINE_BREAK`s, unless they only wrap prose at a margin, as a PDF
    turned into HTML or Word breaks every line of a paragraph: long lines, each ended
    because the next word would not have fitted. Those are joined with spaces."""
    lines = text.split(LINE_BREAK)
    longest = max(len(line) for line in lines)
    if len(lines) < 2 or longest < PROSE_WIDTH:
        return text
    return " ".join(lines) if ended_short(lines, longest - 2) * 2 < len(lines) - 1 else text


def ended_short(lines: list[str], margin: int) -> int:
    """How many of `lines` end with room to spare: the next line's first word would have
    fitted within `margin`, so no wrapping at a margin ended them; their author did."""
    return sum(
        len(line) + 1 + len(following.split()[0]) <= margin
        for line, following in itertools.pairwise(lines)
        if following.split()
    )


def _broken(line: str) -> bool:
    """Does the line end with the author's line break (a reader's `LINE_BREAK`)?"""
    return line.rstrip(" \t\r\u00a0").endswith(LINE_BREAK)


@dataclass(frozen=True)
class ReadText:
    """What a reader found before chapters are settled."""

    chapters: list[tuple[str | None, list[Paragraph]]]
    title: str | None = None
    author: str | None = None
    language: str | None = None
    package_language: str | None = None  # an EPUB package's, when its pages overrule it
    editor: str | None = None  # an anthology's editor ("Edited by …", an EPUB role "edt")
    translator: str | None = None  # "Translated from the German by …", an EPUB role "trl"
    notes: dict[str, str] = field(default_factory=dict)  # note bodies by reference key
    omitted: tuple[Omission, ...] = ()  # pages a reader left out, and why
    blocks: dict[str, tuple[str, tuple[tuple[str, ...], ...]]] = field(default_factory=dict)
    # code blocks and tables by placeholder key: kind, rows of cells (text/technical.py)
    pronounce: dict[str, str] = field(default_factory=dict)
    # the book's own pronunciations, from its guide (text/pronounce.py), by casefolded word


_JOINING = "\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff\u0900-\u0dff"
INVISIBLE = re.compile(
    "[\u00ad\u200b\u2060\ufeff\u202a-\u202e\u2066-\u2069\u200e\u200f]"
    f"|(?<![{_JOINING}])[\u200c\u200d]|[\u200c\u200d](?![{_JOINING}])"
)
"""Marks a listener cannot hear and an engine may stumble on: soft hyphens,
zero-width characters, byte-order marks, bidirectional controls. The zero-width
non-joiner and joiner stay between two letters of Arabic script or an Indic one, where
they are spelling: Persian "می‌رود", "گفته‌اند" are misread without theirs (and captions
misspell them); in Latin text, or beside a space, they are junk."""
CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def _cp1252_bytes(error: UnicodeError) -> tuple[str, int]:
    """A byte UTF-8 cannot read, read as Windows-1252 (text pasted from an older file
    into a UTF-8 one: its curly quotes and accents are single bytes), or dropped
    when even that has no character for it."""
    assert isinstance(error, UnicodeDecodeError)
    bad = error.object[error.start : error.end]
    return bad.decode("cp1252", errors="ignore"), error.end


TO_SUPERSCRIPT = str.maketrans("0123456789+−–-", "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁻⁻")
"""Raised figures and signs (an HTML `<sup>`, a Word superscript run) as the superscript
characters a typist would use, so `notes` and `normalize` read both alike."""
CP1252_BYTES = "audiobook-cp1252"
"""The error handler for `bytes.decode("utf-8", errors=CP1252_BYTES)`: UTF-8 text with
Windows-1252 pasted into it (a plain-text book, an EPUB chapter) reads as both."""
codecs.register_error(CP1252_BYTES, _cp1252_bytes)
SEPARATORS = re.compile("[\x0b\x0c\x1c-\x1f\x85\u2029]")
"""Controls that end a line or a paragraph (vertical tab, form feed, the file, group,
record and unit separators, NEL, Unicode's paragraph separator): a space between words in
a line of markup's text, never nothing."""


def clean_text(text: str) -> str:
    """One line of speakable text: NFC, no soft hyphens or invisible marks, single spaces.

    Markup readers bypass ingest's decoder, so they do its invisible-character cleanup
    themselves; soft hyphens in particular fill typeset EPUBs.
    """
    text = INVISIBLE.sub("", unicodedata.normalize("NFC", text))
    text = CONTROL.sub("", SEPARATORS.sub(" ", text))  # "quiet\x0bThe": two words
    return one_line(text, keep_breaks=True)


def one_line(text: str, *, keep_breaks: bool = False) -> str:
    """Single spaces; the author's line breaks (`LINE_BREAK`) kept between non-empty
    lines when `keep_breaks`, else made spaces (a title, a name)."""
    lines = (" ".join(line.split()) for line in text.split(LINE_BREAK))
    return (LINE_BREAK if keep_breaks else " ").join(line for line in lines if line)


def clean_title(text: str) -> str:
    """A heading as written, minus trailing periods, colons and space ("CHAPTER I." →
    "CHAPTER I"), a separator between its parts a stop ("Chapter 1 | Flour Before Dawn",
    as Draft2Digital's contents write it: "Chapter 1. Flour Before Dawn"); the spoken
    form is made later by `normalize.spoken_title`."""
    text = _TITLE_SEPARATOR.sub(". ", _title_lines(clean_text(text)))
    text = _UNDERSCORED.sub(r"\1", text)  # Project Gutenberg's italics: "the _Dorinda_"
    if text.endswith(("...", "…")):
        return text
    return text.rstrip(" .:;,")


_TITLE_SEPARATOR = re.compile(r"(?<=\w)\s+[|•·]\s+(?=\w)")
_UNDERSCORED = re.compile(r"(?<![\w_])_(?=[^\s_])([^_\n]*?[^\s_])_(?![\w_])")
"""A word or phrase set in italics with underscores, as Project Gutenberg's texts are."""


def _title_lines(text: str) -> str:
    """A heading set over lines, as one: a chapter's number on a line of its own above
    its title ("Chapter One" / "The Harbour") keeps the pause between them ("Chapter
    One. The Harbour"); a long title broken for the page's width is joined by a space."""
    from audiobook.text.readers.plaintext import parse_heading

    lines = [" ".join(line.split()) for line in text.split(LINE_BREAK)]
    said = ""
    for line in filter(None, lines):
        numbered = said and (heading := parse_heading(said)) is not None and not heading.has_title
        said = join_titles(said.rstrip(" .:"), line) if numbered else f"{said} {line}".strip()
    return said


def join_titles(first: str, second: str) -> str:
    """Two headings with nothing between them ("PART ONE", "CHAPTER I") make one title."""
    if not first:
        return second
    return f"{first} {second}" if first[-1] in ".!?:;…" else f"{first}. {second}"


_FURNISHED = (
    r"(?:Illustrations?|Plates|Maps|Drawings|Engravings|Woodcuts|Pictures|Frontispiece"
    r"|Portraits?|Introduction|Notes|Preface|Foreword|Decorations|Appendix|Glossary"
    r"|ILLUSTRATIONS?|PLATES|MAPS|DRAWINGS|ENGRAVINGS|WOODCUTS|PICTURES|FRONTISPIECE"
    r"|PORTRAITS?|INTRODUCTION|NOTES|PREFACE|FOREWORD|DECORATIONS|APPENDIX|GLOSSARY)"
)
_FURNISHED_TAIL = (
    rf"\s*,?\s+(?i:with)\s+(?:[^\W\d_]+\s+){{0,3}}?{_FURNISHED}"
    rf"(?:\s+(?i:and|&)\s+(?:[^\W\d_]+\s+){{0,2}}?{_FURNISHED})?"
    r"(?:\s+(?:by|BY|By)\s+[^,;:!?]{1,60})?\.?"
)
"""What an edition adds after its author's name on the byline, never part of it: "BY MARK
TWAIN WITH ILLUSTRATIONS", "by Charles Dickens, with Forty Illustrations by George
Cruikshank", "with an Introduction and Notes by …". It must run to the line's end, so a
sentence ("By morning, with the maps spread out, we knew.") keeps its words."""
_CAPITALISED_NAME = (
    r"[A-ZÀ-ÞА-Я][\w.'’-]*(?:\s+(?:[A-ZÀ-ÞА-Я][\w.'’-]*|de|la|le|du|van|von|der|den|ter"
    r"|da|di|del|della)){1,5}"
)
"""A name the edition's tail may follow: two words or more, each capitalised but a
particle ("Mark Twain", "J. R. Hale", "Walter de la Mare"); never "dawn" nor "Night"."""
BY = re.compile(
    r"^(?:(?:by|BY|By|автор|Автор|АВТОР|von|VON|Von|par|PAR|Par|por|POR|Por"
    r"|Kirj|KIRJ|Kirjoittanut|KIRJOITTANUT)\b[:.]?"
    r"|(?:di|DI|Di|door|DOOR)(?=[\s:]|$):?)\s*"
    rf"(?P<who>{_CAPITALISED_NAME}(?={_FURNISHED_TAIL}$)|.*)(?:{_FURNISHED_TAIL})?$"
)
"""A title page's author line: "by Jane Austen", "BY JANE AUSTEN", "Автор: …", German
"von …", French "par …", Spanish and Portuguese "por …", Finnish "Kirj." ("kirjoittanut",
written by) over "JUHO LAINE", Italian "di …" ("DI" over
"GIULIO MARCHETTI"), Dutch "door …" or "DOOR" (never "Door", an English line's first
word; a Polish title page prints the name alone); the edition's "with illustrations"
after the name is not in `who`. "Di." is no byline: a stop or a comma after it ends a
sentence or a call ("Di, come here.")."""
_PARTICLES = frozenset({"de", "van", "von", "der", "du", "la", "le", "da", "and", "&", "di",
                        "del", "della", "dos", "das", "den", "ter", "bin", "ibn", "al", "el"})
_PARTICLE_JOINED = re.compile(r"^(?:al|el|ad|ed|as|at|ibn|bin|d|l|o)[-'’][^\W\d_]*[A-Z]")
"""A surname with its particle joined ("el-Hadi", "al-Rashid", "d'Arcy")."""


def join_names(names: list[str]) -> str | None:
    """Several authors as credits say them: "A", "A and B", "A, B and C"; None for none."""
    if len(names) < 2:
        return names[0] if names else None
    return ", ".join(names[:-1]) + " and " + names[-1]


_NUMBERED_NAME = re.compile(
    r"(?i:january|february|march|april|may|june|july|august|september|october|november"
    r"|december)\b|(?:Samuel|Kings|Chronicles|Corinthians|Thessalonians|Timothy|Peter|John)\b"
)
"""What a leading number belongs to, not counts: a diary's date ("1 May", "2 MAY") or a
numbered book of the Bible ("1 John", "2 Peter")."""


def numbered_name(rest: str) -> bool:
    """Is `rest`, the words after a heading's leading number, a month (a diary's date) or a
    numbered book of the Bible? Then the number is not a chapter's, set apart with a stop."""
    return _NUMBERED_NAME.match(rest.strip()) is not None


def byline(text: str) -> str | None:
    """The names in a byline set as a paragraph ("*by Oliver Grant*"), or None.

    Only a short line of capitalised names counts, so prose that starts "By the
    time we came…" stays prose, and a subtitle does too when a word in it never stands
    in a name ("By Train Across Europe"). A co-writer joined by "with" counts after a
    byline's small "by" when each side is a person's name (`_personal_name`): "by Jane
    Doe with John Smith", never "By Christmas with Mother" nor a title-case subtitle's "By
    Dead Reckoning with Captain Hale".
    """
    line = text.strip().strip("*_").strip()
    match = BY.match(line)
    who = match["who"].strip(" .*_") if match else ""
    who = _THE_LATE.sub("", who) or who  # "by the late John Smith"; "BY THE LATE" over a name
    names = who.replace(",", " ").split()
    parts = re.split(r"\s+with\s+", who)  # "WITH" in capitals: one name, as before
    if len(parts) > 1:  # a byline's small "by" ("by Jane Doe with John Smith"); a title-case
        if not line.startswith("by ") or len(parts) > 2 or not all(map(_personal_name, parts)):
            return None  # subtitle's "By Dead Reckoning with Captain Hale" is read
        names = " ".join(parts).replace(",", " ").split()
    if 0 < len(names) <= 6 and all(_name_word(n, _NEVER_IN_A_NAME) for n in names):
        return who
    return None


def _name_word(word: str, never: frozenset[str]) -> bool:
    """Can `word` stand in a person's name: capitalised (and none of `never`), a particle
    ("de", "van") or a surname with its particle joined ("el-Hadi")?"""
    return bool(
        (word[0].isupper() and word.strip(".,").casefold() not in never)
        or word.casefold() in _PARTICLES
        or _PARTICLE_JOINED.match(word)
    )


_NEVER_IN_A_NAME = frozenset({
    "across", "through", "into", "onto", "upon", "toward", "towards", "around", "along",
    "among", "amongst", "beyond", "behind", "beneath", "below", "beside", "between",
    "without", "within", "against", "throughout", "underneath", "inside", "outside",
    "during", "via",
})  # fmt: skip
"""Prepositions: a name never has one, in any case, so "By Train Across Europe" under a
title is its subtitle, not its author."""
_NO_PERSON = frozenset({
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "eleven", "twelve",
    "twenty", "hundred", "thousand", "editions", "éditions", "press", "books", "publishing",
    "publishers", "verlag", "ltd", "inc", "company",
})  # fmt: skip
"""Numbers and a publisher's words: never in a co-writer's name ("with Two Dogs", "with
Editions Gallimard"), though a lone credit may have one ("by Two Friends")."""
_NOT_A_PERSON = _NEVER_IN_A_NAME | _NO_PERSON


def _personal_name(words: str) -> bool:
    """Does one side of a byline's "with" look like a person's name: two to four words,
    each capitalised or an initial or a particle ("Percy Bysshe Shelley", "J. R. Hale",
    "Walter de la Mare"), none a preposition, a number or a publisher's word?"""
    names = words.replace(",", " ").split()
    return 2 <= len(names) <= 4 and all(_name_word(n, _NOT_A_PERSON) for n in names)


EDITED_BY = re.compile(
    r"^(?:(?:selected|collected|chosen|compiled|translated|introduced)\s*,?\s+(?:and|&)\s+)?"
    r"(?:edited|compiled|transcribed)(?:\s+(?:and|&)\s+\w+)?(?:\s*,\s*with\s+[^,]{1,40},)?"
    r"(?:\s+from\s+the\s+(?:original\s+)?(?:MSS?\.|manuscripts?)(?=\s+by\b))?"
    r"\s+by\b[:.]?\s*(?P<who>.*)$",
    re.IGNORECASE,
)
"""A title page's editor's credit, the name after it or on the next line: "Edited by",
"Compiled by", "Collected and Edited by", "Selected and edited, with notes, by"; a
diary's or a journal's transcriber is its editor ("Transcribed from the original MS. by
her granddaughter")."""
WRITTEN_BY = re.compile(
    r"^(?:(?:written|words|story|text)(?:\s+(?:and|&)\s+(?:illustrated|pictures|drawn|art))?"
    r"|adapted(?:\s+for\s+the\s+(?:stage|screen|radio))?)\s+by\b[:.]?\s*(?P<who>.*)$",
    re.IGNORECASE,
)
"""A title page's author's credit in words other than "by": "Written by", "adapted for
the stage by" (a play's adapter is its author), and a picture book's "Written and
illustrated by", "Words by" or "Story by" (over "Pictures by …", the illustrator's)."""


_FROM_THE = r"(?:\s+(?:from|out\s+of)\s+the\s+[^\W\d_]+(?:\s+[^\W\d_]+)?)?"  # "from the Old Norse"
_TRANSLATION = (
    r"(?:(?:edited|selected|compiled)\s*,?\s+(?:and|&)\s+)?"
    r"(?:(?:(?:newly|freshly)\s+)?(?:translated|englished|(?:rendered|done)\s+into\s+english)"
    rf"{_FROM_THE}(?:\s+(?:in)?to\s+english)?"
    r"(?:\s+of\s+[^\W\d_][^,;:]{0,60}?)?"  # "of Otto Kessel": the author translated
    r"|(?:(?:a|an|the)\s+)?(?:(?:new|authori[sz]ed|english|complete|literal|verse|prose)\s+){0,3}"
    rf"translation|english\s+version){_FROM_THE}(?:\s+(?:in)?to\s+english)?"
    r"(?:\s*,?\s+(?:and|&)\s+(?:edited|annotated|introduced))?"
    r"(?:\s*,\s*with\s+[^,]{1,60},)?"  # ", with an introduction and notes,"
)
"""A translation's credit up to its "by". Only the verb takes an "of" (the author
translated, "Translated from the Danish of Henrik Lund"): "The Translation of the Bible
by William Tyndale" is a work's name, no credit."""
TRANSLATED_BY = re.compile(rf"^{_TRANSLATION}\s*,?\s+by\b[:.]?\s*(?P<who>.*)$", re.IGNORECASE)
"""A title page's translator's credit: "Translated by", "Translated from the German by",
"Translation by", "A new translation by", "English version by", "Translated and edited
by", "Translated from the Danish of Henrik Lund by"; the name after it or on the next
line."""
_TRANSLATED_LEAD = re.compile(rf"^{_TRANSLATION}[.,]?$", re.IGNORECASE)
"""A translation's line with its "by" on the next line: "TRANSLATED FROM THE FRENCH" over
"BY MARY HALE", "Translated from the Danish of Henrik Lund" over "by" / "Agnes Ward"."""
ILLUSTRATED_BY = re.compile(
    r"^(?:(?:with|and)\s+)?(?:(?:\w+|[\w-]+)\s+){0,3}?"
    r"(?:illustrated|illustrations?|pictures|drawings|decorations|engravings|woodcuts"
    r"|frontispiece|plates)(?:\s+(?:in|and)\s+[\w\s]{1,30}?)?\s+by\b[:.]?\s*(?P<who>.*)$",
    re.IGNORECASE,
)
"""A title page's illustrator's credit ("Illustrated by …", "With illustrations by …",
"With sixteen plates in colour by …"): never said, never the author. Only "by" names the
illustrator: "Pictures from Anna's Camera" is a subtitle, read."""


def _credited_name(who: str, following: list[str]) -> str | None:
    """The names a credit gives after its "by", or on the next line when it gives none
    ("Translated from the German by" / "MARY HALE"; "by" alone / "Agnes Ward"); None
    when the words are no names ("hand, every word of it")."""
    who = one_line(who).strip(" .,;:*_")
    if not who:
        if not following:
            return None
        nxt = one_line(following[0]).strip().strip("*_").strip()
        if (lone := BY.match(nxt)) and not lone["who"].strip(" .:"):
            return _credited_name("", following[1:])  # "by" alone over the name
        who = nxt
    elif _sentence_after_by(who) or not _names_someone(who):
        return None
    if self := _THE_AUTHOR.fullmatch(who):  # "Translated by the Author": a self-translation
        return "the authors" if self["plural"] else "the author"
    named = byline(f"by {who}")
    return None if named is None or _NO_ONE_NAMED.match(named) else named


_KIN = (
    r"(?:(?:his|her|their)\s+(?:\S+\s+)?|the\s+author['’]s\s+)"
    r"(?:(?:grand|great-grand|step-?)?(?:daughter|son|children|niece|nephew)|widow|wife"
    r"|husband|brother|sister|mother|father|friend|pupil|executors?|literary\s+executor)"
)
NAMED_BY_KIN = re.compile(rf"^{_KIN}\.?$", re.IGNORECASE)
"""Who a credit names by kin, not by name ("EDITED BY HIS GRANDDAUGHTER", "HER ELDEST
SON", "THE AUTHOR'S WIDOW"): the name is on the line under it, when one is."""
_KIN_BEFORE_NAME = re.compile(rf"^{_KIN}(?:\s*,\s*|\s+)(?=[^\W\d_])", re.IGNORECASE)
"""The kin before the name on the credit's own line ("EDITED BY HIS DAUGHTER, MARY
SMITH"): the name is the credit's."""


_NO_ONE_NAMED = re.compile(
    r"(?:the\s+)?(?:author|authoress|writer)s?\b"
    r"|(?:(?:special|kind|gracious)\s+)?(?:arrangement|permission|courtesy|agreement)\b",
    re.IGNORECASE,
)
"""What a credit's "by" gives that is no one's name: the author themself (but for
`_THE_AUTHOR`) and a publisher's arrangement ("English version by special arrangement
with Editions Gallimard")."""
_THE_AUTHOR = re.compile(r"the\s+(?:author|authoress|writer)(?P<plural>s)?", re.IGNORECASE)
"""A self-translation's credit ("Translated by the author", "Translated from the French
by the Author"): `translator_credit` gives "the author", which the credits say so."""


def translator_credit(lines: list[str]) -> str | None:
    """The translator a title page's lines credit, or None: "Translated from the German
    by Mary Hale", "Translation by …", "English version by …", a credit whose name is on
    the next line, "Translated from the French" over "by Mary Hale", and a byline's
    ", translated by …" after the author's name. Only a line
    that opens with the credit counts: "He had translated by hand …" and "Translated
    from the German, the letter ran:" name nobody."""
    bare = [labelled_credit(one_line(line).strip().strip("*_").strip()) for line in lines]
    for at, line in enumerate(bare):
        who = None
        if found := TRANSLATED_BY.match(line):
            who = _credited_name(found["who"], bare[at + 1 : at + 3])
        elif _TRANSLATED_LEAD.match(line) and (by := BY.match(" ".join(bare[at + 1 : at + 2]))):
            who = _credited_name(by["who"], bare[at + 2 : at + 3])  # over "BY MARY HALE"
        elif (by := BY.match(line)) and (tail := _AFTER_THE_NAME.search(by["who"])) and (
            found := TRANSLATED_BY.match(by["who"][tail.end() :])
        ):  # "by Leo Tolstoy, translated by Louise and Aylmer Maude"
            who = _credited_name(found["who"], [])
        if who:
            return who
    return None


def other_credit(line: str) -> bool:
    """Is this a title page's credit line for someone not read as its author: a
    translator's ("Translated by …") or an illustrator's ("With illustrations by …")?
    It goes with the title page; an illustrator is never said in an audiobook."""
    line = labelled_credit(one_line(line).strip().strip("*_").strip())
    if not line or WRITTEN_BY.match(line):  # "Written and illustrated by": the author's
        return False
    if found := ILLUSTRATED_BY.match(line):  # "Drawings by Candlelight" is a subtitle
        who = found["who"].strip(" .,;:*_")
        return not who or (not _sentence_after_by(who) and _personal_name(who))
    if found := TRANSLATED_BY.match(line):
        who = found["who"].strip(" .,;:*_")
        return not who or (not _sentence_after_by(who) and _names_someone(who))
    return bool(_TRANSLATED_LEAD.match(line)) and len(line.split()) >= 3  # not "Translated."


_LABELLED = re.compile(
    r"^(?:(?P<author>(?:original\s+|main\s+)?(?:author|writer)|written\s+by)"
    r"|(?P<translator>(?:english\s+)?translator|translated\s+by|translation)"
    r"|(?:editor|edited\s+by|proofreader|proofread\s+by|editing|proofreading|tlc|raws?))"
    r"\s*[:：]\s*(?P<who>\S.*)$",
    re.IGNORECASE,
)
"""A credit as a web novel's header labels it, "Author: Mu Qingfeng", "Written by:
Momo", "Original Author: …", "Translator: Nyx", "Translated by: …", and the fan
translation's "Editor:" / "Proofreader:" (a proof-reader, no book's editor: named by no
credit). A "|" or "/" sets several on one line ("Author: X | Translator: Y")."""
_NAME_GLOSS = re.compile(r"\s*[(（][^)）a-zA-Z]*[)）]\s*$")
"""The author's name in its own script after it, "Mu Qingfeng (木清风)": said once."""


def labelled_credit(line: str) -> str:
    """A labelled credit line in the words `credit` and `translator_credit` know:
    "Author: X | Translator: Y" → "by X, translated by Y"; "Translator: X | Editor: Y" →
    "Translated by X". Any other line as it is: only a line whose every part is a label's
    is rewritten ("Author: I wrote it" is a transcript's speaker, `credit` judges it)."""
    parts = re.split(r"\s+[|/]\s+", line.strip())
    found = [_LABELLED.match(part.strip()) for part in parts]
    if not all(found):
        return line
    said: list[str] = []
    for match in found:
        who = _NAME_GLOSS.sub("", match["who"]).strip()  # type: ignore[index]
        if match["author"]:  # type: ignore[index]
            said.append(f"by {who}")
        elif match["translator"]:  # type: ignore[index]
            said.append(f"translated by {who}")
    if not said:
        return line  # "Editor: Y" alone names no one the credits say
    text = ", ".join(said)
    return text[0].upper() + text[1:] if said[0].startswith("translated") else text


def credit(line: str) -> tuple[str, str] | None:
    """A title page's credit line as ("author" or "editor", the name after it; "" when
    the name is on the next line), or None ("by …", "Edited by …"). A story's sentence
    that opens with "By" names no one ("By the time we got there, it was over."). A dead
    author's "the late" is no part of the name ("by the late Mr. Smith"; "BY THE LATE"
    over the name), in every reader, nor an editor's kin ("Edited by his daughter, Mary
    Smith")."""
    line = labelled_credit(line.strip().strip("*_").strip())
    edited = EDITED_BY.match(line)
    who = _KIN_BEFORE_NAME.sub("", _THE_LATE.sub("", edited["who"].strip())) if edited else ""
    if edited and not _sentence_after_by(who):
        return "editor", re.sub(r"^the(?:\s+(?=\S)|$)", "", who, flags=re.IGNORECASE)
    written = BY.match(line) or WRITTEN_BY.match(line)
    who = _name_only(written["who"]) if written else ""
    if _HIMSELF.fullmatch(who.strip()):
        return None  # "WRITTEN BY HIMSELF." names no one: the title names him
    if written and not _sentence_after_by(who) and _names_someone(who):
        who = _THE_LATE.sub("", who.strip())
        return "author", re.sub(r"^the\s+(?=[A-Z])", "", who)
    return None


def editor_after_byline(line: str) -> str | None:
    """The editor a byline names after its author ("by John Smith, edited by his daughter
    Mary Smith"), or None."""
    line = line.strip().strip("*_").strip()
    written = BY.match(line)
    tail = _AFTER_THE_NAME.search(written["who"]) if written else None
    found = credit(written["who"][tail.end() :]) if written and tail else None
    return found[1] if found and found[0] == "editor" and found[1] else None


def _name_only(who: str) -> str:
    """The names after a byline's "by", without what the line says after them: another's
    credit (", translated by Louise Maude", ", with illustrations by the author") or the
    author's sign-off (", with love"), which name no author. Only a name is kept so:
    "By dawn, with the maps." is a story's opening, and an edition's "with maps" follows
    a name of two words or more, as `BY` takes it ("By Morning, with Maps" is a title's)."""
    found = _AFTER_THE_NAME.search(who)
    if not found or not found.start():
        return who
    head = who[: found.start()]
    named = byline(f"by {head}")
    if not named or (found["furnished"] and len(named.split()) < 2):
        return who
    return head


_FURNISHING = (
    r"(?:illustrations?|plates|maps|drawings|engravings|woodcuts|pictures|frontispiece"
    r"|portraits?|introduction|notes|preface|foreword|decorations|appendix|glossary)"
)
_AFTER_THE_NAME = re.compile(
    r"\s*,?\s+(?=(?:(?:newly\s+)?translated|illustrated|edited|introduced|adapted)\s"
    rf"|(?P<furnished>with)\s+(?:[^\W\d_]+\s+){{0,3}}?{_FURNISHING}\b)"
    r"|\s*,\s*with\s+(?:(?:all|much|lots\s+of)\s+)?(?:(?:my|our|his|her|their)\s+)?"
    r"(?:love|affection|thanks|gratitude|best\s+wishes|apologies)\b",
    re.IGNORECASE,
)
"""Where a byline's names end: at another's credit, or at a sign-off after a comma."""


_HIMSELF = re.compile(r"(?:him|her|them|your|my)sel(?:f|ves)\.?", re.IGNORECASE)
"""An old memoir's "WRITTEN BY HIMSELF": no one's name ("The Life of Captain John
Marlowe, Mariner. Written by Himself." names him in its title)."""
_THE_LATE = re.compile(r"^the\s+late\b\.?\s*", re.IGNORECASE)
"""A dead author's credit: "by the late Mr. Smith", "BY THE LATE" over the name."""


_NAMED_AFTER_BY = re.compile(
    r"(?:the|a|an)\s+(?:[A-Z]|late(?:\s+[A-Z]|\s*$)|(?:author|authors|editor|editors|translator)\b)"
)
"""What a credit names after "by" in lower case: "the Rev. J. Hale", "a Lady", "the
author of Waverley", "the late Mrs. Gaskell"; never "the late afternoon", a story's."""


def _sentence_after_by(who: str) -> bool:
    """Do the words after a credit's "by" run on as a sentence, not a name ("the time we
    got there, it was over.", "morning the snow had stopped", "my father, our history")?
    Lower case opening them, and three words or more or a stop or a comma; never a
    particle ("de la Mare"), an initial ("e. e. cummings") nor "bell hooks"."""
    words = who.split()
    if not words or not words[0][:1].islower() or _NAMED_AFTER_BY.match(who):
        return False
    first = words[0]
    if first.casefold() in _PARTICLES or _PARTICLE_JOINED.match(first) or first[1:2] == ".":
        return False
    return len(words) >= 3 or "," in who or who.rstrip().endswith((".", "!", "?", "…"))


_NOT_IN_A_NAME = frozenset({
    "the", "a", "an", "it", "its", "we", "i", "he", "she", "they", "you", "nobody",
    "everyone", "everything", "nothing", "there", "then", "now", "was", "were", "is",
    "are", "be", "been", "had", "has", "have", "did", "do", "does", "could", "would",
    "should", "might", "must", "came", "come", "went", "got", "made", "took",
    "said", "felt", "seemed", "began", "stood", "knew", "thought",
    "this", "that", "these", "those", "my", "our", "his", "her", "their", "your", "me",
    "us", "him", "them", "when", "while", "after", "before", "until", "since", "but",
    "or", "not",
})  # fmt: skip
"""Words a sentence has and a name never has: articles, pronouns, common verbs."""
_SENTENCE_WORDS = frozenset({"the", "a", "an", "it", "we", "he", "she", "they", "nobody",
                             "was", "were", "is", "are", "had", "has", "have"})  # fmt: skip
"""Those words a name never has even in title case ("By Noon The House Was Full")."""
_CREDENTIAL = re.compile(r"^(?:[A-Z][\w.]*\.|[A-Z]{2,5}\W?|[IVX]+|Jr|Sr|PhD)$")
"""Letters after a name, past its comma: "Jr.", "Ph.D.", "M.A.", "CFP®", "III"."""
_NAME_LINKS = frozenset({"of", "y", "wa", "zu", "ten", "dei", "degli", "ben", "bint", "op"})
"""Lower-case words inside a name besides `_PARTICLES`: "Julian of Norwich", "Ortega y
Gasset", "Ngũgĩ wa Thiong'o"."""
_OTHER_CREDIT = re.compile(
    r"(?i)(?:translated|illustrated|edited|introduced|adapted|foreword|introduction)\b"
    rf"|(?i:with)\s+(?:[^\W\d_]+\s+){{0,3}}?(?i:{_FURNISHING})\b"
)
"""Another's credit after the names ("with an introduction by …"); "with love" is none."""


def _names_someone(who: str) -> bool:
    """Do the words after a credit's "by", when a capital opens them, name one or more
    people ("Mara Quill", "E. W. Hollis", "Samira el-Hadi", "Henry Pryce, M.A.", "Jane
    Roe and Tom Ashby", "THE AUTHOR OF WAVERLEY"), not run on as a sentence ("Friday,
    nobody had called.", "Monday the snow had gone", "NOON THE HOUSE WAS FULL")? Up to six
    words a name; no article, pronoun or verb; no word in lower case but a particle
    ("de", "van", "el-", "and", "with"); no preposition ("Across"); no "!", "?" nor ";"."""
    who = who.strip()
    if not who or not who[0].isupper():
        return True  # "bell hooks", "the author of Waverley": `_sentence_after_by` judged
    if re.match(r"(?i)(?:the|a|an)\s+(?:late|authors?|editors?|translator|lady)\b", who):
        return True  # "THE AUTHOR OF WAVERLEY", "A LADY"
    if re.search(r"[!?;]", who):
        return False  # a question, an exclamation: a sentence
    for at, part in enumerate(re.split(r"\s*,\s*|\s+(?:and|&|with)\s+", who.rstrip(" ."))):
        words = part.split()
        if at and words and all(_CREDENTIAL.match(w) for w in words):
            continue  # "Ph.D.", "M.A.", "CFP®"
        if at and _OTHER_CREDIT.match(part):
            break  # "Leo Tolstoy, translated by Louise and Aylmer Maude"
        if len(words) > 6:
            return False
        for word in words:
            bare = word.strip(".,:'’\"()")
            if re.fullmatch(r"[^\W\d_]\.", word):
                continue  # an initial ("A. N. Author")
            if bare.casefold() in (_NOT_IN_A_NAME if bare.isupper() else _SENTENCE_WORDS) and not (
                word == "THE" and len(words) == 1
            ):
                return False  # ("Will Self" is a name; "NOON THE HOUSE WAS FULL" no name)
            if bare[:1].islower() and not (
                bare.casefold() in _PARTICLES or bare in _NAME_LINKS or _PARTICLE_JOINED.match(bare)
            ):
                return False
            if bare.casefold() in _NEVER_IN_A_NAME:
                return False  # "By Bicycle Across France with Two Dogs": a subtitle
    return True


def is_break_mark(text: str) -> bool:
    """A short paragraph with no letters or digits ("* * *", "#", "⁂") marks a scene break
    (a block's placeholder, in private-use characters, is not one)."""
    return len(text) <= 24 and not any(
        ch.isalnum() or unicodedata.category(ch) == "Co" for ch in text
    )


MAX_TITLE_REPEAT_WORDS = 12
_PRINTED_NUMBER = re.compile(r"^(?P<num>\d{1,3}|[IVXLC]{1,7})\.?\s+(?P<rest>[^\W\d_].*)$")
"""A printed heading's number and its title: "4 The Tudors, 1485–1603", "IV. The Tudors"."""
_LABEL = re.compile(r"^(?P<label>\w+\.?\s+(?:\d{1,3}|[IVXLCivxlc]{1,7}|\w+))\s*[.:—–-]?\s+")
"""A contents title's label before its words: "Chapter 4: ", "CHAPTER IV. "."""
_QUOTED = re.compile("[\"“”‘’«»„]")
_CLOSING_MARKS = "\"'”’»)] "


_BARE_NOTES = re.compile(
    r"^\s*(?:(?:end|foot)?notes|примечания|сноски|anmerkungen|fu(?:ß|ss)noten|notes de fin"
    r"|notas)\s*[.:]?\s*$",
    re.IGNORECASE,
)


def _notes_heading(title: str) -> bool:
    """A bare "Notes" heading with nothing under it: Word keeps its endnotes apart, so
    the heading is all that is left of the notes section. It is no part of the next
    title ("Notes on a Scandal" over a chapter is a title, and stays one)."""
    return bool(_BARE_NOTES.match(title))


def _words(text: str) -> str:
    """A line's words alone, casefolded, one space apart: for comparing titles."""
    return " ".join(re.findall(r"\w+", text.casefold()))


class ChapterBuilder:
    """Collects paragraphs under chapter titles as a reader walks a book.

    The rules every markup reader shares live here: headings with no text between them
    make one title, a scene break at the top of a chapter is dropped (the chapter pause
    is longer anyway), and break marks are breaks, not words.
    """

    def __init__(self) -> None:
        self.chapters: Chapters = [(None, [])]
        self.title_fixed = False
        self._pending_break = False
        self._numbered = False  # the chapter's title took its printed number already

    @property
    def at_chapter_start(self) -> bool:
        """No paragraph yet in the current chapter, so a heading here titles it."""
        return not self.chapters[-1][1]

    def heading(self, title: str | None, *, fixed: bool = False) -> None:
        """Start a chapter, or add to the title of one that has no text yet.

        `fixed` marks a title from a table of contents: the headings that open the
        chapter then repeat it and are dropped rather than appended.
        """
        title = clean_title(title) if title else None
        current, paragraphs = self.chapters[-1]
        self._numbered = self._numbered and not paragraphs
        if paragraphs:
            self.chapters.append((title, []))
            self.title_fixed = fixed and title is not None
        elif title is not None and not (self.title_fixed and not fixed):
            if not current or _notes_heading(current):  # "Notes" over notes kept elsewhere
                self.chapters[-1] = (title, paragraphs)
            elif title.casefold() not in current.casefold():
                self.chapters[-1] = (join_titles(current, title), paragraphs)
            self.title_fixed = self.title_fixed or fixed
        self._pending_break = False

    def paragraph(self, text: str, *, section: bool = False) -> None:
        """Add body text; a break mark becomes a scene break before the next paragraph.
        A `section` line (the number "I." under a story's printed title, an epigraph's
        line) is the chapter's own, never the printed form of the chapter's title."""
        text = unless_wrapped(clean_text(text))
        if not text or (not section and (
            self._repeats_title(text) or self._number_over_title(text)
            or self._fuller_title(text)
        )):
            return
        paragraphs = self.chapters[-1][1]
        if is_break_mark(text) or (
            _LETTER_ORNAMENT.match(text) and not _kisses(text, paragraphs)
        ):  # "~xXx~", as a dinkus: a pause
            self.scene_break()
            return
        paragraphs.append(Paragraph(text, scene_break_before=self._pending_break))
        self._pending_break = False

    def _repeats_title(self, text: str) -> bool:
        """Is this opening line the printed form of a title the contents gave? Calibre
        sets "CHAPTER ONE" and "The Ferry" as bold paragraphs under the contents' entry
        "Chapter One: The Ferry", and Standard Ebooks a title paragraph under its
        heading: read, the title would be said twice."""
        title = self.chapters[-1][0]
        if not (self.title_fixed and self.at_chapter_start and title):
            return False
        if text.rstrip(_CLOSING_MARKS)[-1:] in ".!?…" and not text.isupper():
            return False  # a sentence ("Silence.") is the chapter's first line, not its title
        words, titled = _words(text), _words(title)
        return 0 < len(words.split()) <= MAX_TITLE_REPEAT_WORDS and f" {words} " in f" {titled} "

    def _number_over_title(self, text: str) -> bool:
        """A chapter's printed number over the title the contents gave ("Chapter 1" over
        "The Ferryman's Ledger", as Vellum and Atticus set it): the two make the title,
        said once ("Chapter 1. The Ferryman's Ledger"). When the contents' title carries
        the same number already ("1. The Ferryman's Ledger", "Chapter 1: The Ledger"),
        the printed one only repeats it."""
        from audiobook.text.readers.plaintext import _number, _spelled_number, parse_heading

        title = self.chapters[-1][0]
        if not (self.title_fixed and self.at_chapter_start and title) or _QUOTED.search(text):
            return False
        if self._numbered or (text.endswith(".") and not text.isupper()):
            return False  # once a chapter; "Ten." opening a countdown is a sentence
        printed = parse_heading(text) or _spelled_number(text)
        if printed is None or printed.has_title or printed.family not in ("chapter", "bare"):
            return False
        own = parse_heading(title)
        first, _, rest = title.partition(" ")
        if own is not None and own.key == printed.key:
            return True  # "Chapter 1: The Ledger" under "CHAPTER ONE"
        if _number(first.rstrip(".:")) == printed.number and rest:
            title = rest  # "1. The Ferryman's Ledger": the number is the printed one's
        self.chapters[-1] = (join_titles(clean_title(text), title), [])
        self._numbered = True
        return True

    def _fuller_title(self, text: str) -> bool:
        """The printed heading the contents' title shortens: a textbook's "4 The Tudors,
        1485–1603" (its number in a span of its own) under the contents' "Chapter 4: The
        Tudors", "5 Before Britain: Empires and Peoples" under "Chapter 5: Empires and
        Peoples". The printed words make the title, said once under the contents' label
        ("Chapter 4. The Tudors, 1485–1603"), never "Chapter Four. The Tudors." and then
        "four The Tudors, …". The number must be the title's own and the title's words
        all in the printed line."""
        from audiobook.text.readers.plaintext import _number, parse_heading

        title = self.chapters[-1][0]
        if not (self.title_fixed and self.at_chapter_start and title) or self._numbered:
            return False
        printed = _PRINTED_NUMBER.match(text)
        own = parse_heading(title)
        label = _LABEL.match(title)
        if not (printed and own and own.has_title and label) or text.endswith("."):
            return False
        if _number(printed["num"]) != own.number or own.family not in ("chapter", "bare"):
            return False
        rest, words = _words(title[label.end():]), _words(printed["rest"])
        if not rest or len(words.split()) > MAX_TITLE_REPEAT_WORDS:
            return False
        if f" {rest} " not in f" {words} ":
            return False
        self.chapters[-1] = (join_titles(label["label"], clean_title(printed["rest"])), [])
        self._numbered = True
        return True

    def scene_break(self) -> None:
        self._pending_break = not self.at_chapter_start

    def result(self) -> Chapters:
        """The chapters, without an empty untitled opening."""
        return [(t, ps) for t, ps in self.chapters if ps or t is not None]


# ---------------------------------------------------------------- archives


def open_archive(path: Path, kind: str) -> zipfile.ZipFile:
    """Open a zip-based manuscript once its directory shows it cannot exhaust memory.

    Members are only ever read into memory, never extracted, so a hostile member name
    such as "../evil.xhtml" cannot write anywhere. Sizes are checked before anything is
    inflated; Python's zip reader stops at a member's declared size, so a member that
    lies about its size fails its CRC check instead of inflating further.
    """
    try:
        archive = zipfile.ZipFile(path)
    except zipfile.BadZipFile as exc:
        raise ManuscriptError(f"{path}: not a valid {kind} (not a zip archive)") from exc
    except OSError as exc:
        raise ManuscriptError(f"{path}: cannot read ({exc.strerror or exc})") from exc
    try:
        _check_sizes(path, archive.infolist())
    except ManuscriptError:
        archive.close()
        raise
    return archive


def _check_sizes(path: Path, members: list[zipfile.ZipInfo]) -> None:
    if len(members) > MAX_MEMBERS:
        raise ManuscriptError(
            f"{path}: refusing to read an archive of {len(members)} files "
            f"(limit {MAX_MEMBERS}; a manuscript has a few hundred at most)"
        )
    total = sum(info.file_size for info in members)
    if total > MAX_UNPACKED_BYTES:
        raise ManuscriptError(
            f"{path}: refusing to read: it would inflate to {total // 2**20} MB "
            f"(limit {MAX_UNPACKED_BYTES // 2**20} MB; possibly a zip bomb)"
        )
    for info in members:
        if info.file_size > 2**20 and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            ratio = info.file_size // max(info.compress_size, 1)
            raise ManuscriptError(
                f"{path}: refusing to read: '{info.filename}' compresses {ratio}:1 "
                "(a zip bomb, not a manuscript)"
            )
    unsafe = [info.filename for info in members if not is_safe_member(info.filename)]
    if unsafe:
        log.warning("%s: ignoring members with unsafe paths: %s", path.name, ", ".join(unsafe))


def is_safe_member(name: str) -> bool:
    """A member path that stays inside the archive: relative, no "..", no drive."""
    if not name or name.startswith(("/", "\\")) or "\\" in name or re.match(r"[A-Za-z]:", name):
        return False
    return ".." not in posixpath.normpath(name).split("/")


def missing_package(source: Path | str, package: str, what: str) -> ManuscriptError:
    """The error for a reader whose library is not installed (imported lazily)."""
    return ManuscriptError(
        f"{source}: reading {what} needs the '{package}' package (pip install {package})"
    )


def hardened_xml_parser(*, recover: bool = False):  # type: ignore[no-untyped-def]
    """An lxml parser that never resolves entities, loads a DTD or touches the network.

    Every XML and XHTML document a manuscript brings (EPUB package files and
    pages, HTML) goes through it: an external entity pointing at a local file
    is never read, and entity expansion (billion laughs) never happens.
    """
    from lxml import etree

    return etree.XMLParser(
        encoding="utf-8" if not recover else None,
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        recover=recover,
        remove_comments=True,
        remove_pis=True,
    )


# ---------------------------------------------------------------- tables in columns

COLUMN_RULE = re.compile(r"^[ \t]*[-=]{2,}(?:[ \t]+[-=]{2,})+[ \t]*$")
"""A dashed rule under a table's header, broken where its columns part ("-----  ----")."""
_FULL_RULE = re.compile(r"^[ \t]*-{3,}[ \t]*$")
_GRID_BORDER = re.compile(r"^[ \t]*\+(?:[-=:]+\+)+[ \t]*$")
_GRID_ROW = re.compile(r"^[ \t]*[|+].*[|+][ \t]*$")
MAX_COLUMN_TABLE_LINES = 80
"""A table framed by rules closes within so many lines: two rules far apart frame
prose, not a table."""


@dataclass(frozen=True)
class ColumnTable:
    """A table found by `column_table`: its rows (the header's first when `headed`),
    each a list of cells, and the index of the line after it."""

    rows: list[list[str]]
    headed: bool
    end: int


def column_table(lines: list[str], i: int) -> ColumnTable | None:
    """The table drawn in columns that starts at `lines[i]`, as Pandoc's Markdown and
    plain-text books draw one, else None. The plain-text and Markdown readers share it,
    so a table is found the same way in both (one is said a row a line, the other kept
    as a table block), and neither reads its cells as one run-on line.

    - a simple table: a header line over a dashed rule broken at each column ("Stage
      From" over "-----  ----"), the rows to the next blank line; a rule above the
      header and below the rows may frame it. No header: a broken rule above the rows
      and one below. Each column's name starts where its rule does, or lies within its
      rule (Pandoc sets a column's name right or centred as its figures are), nothing
      standing in the gaps; no cell past eight words, two rows at least: a line of
      prose over "-- --" is no header;
    - a multiline table: an unbroken rule, the header's lines, a broken rule, rows
      parted by blank lines (a row's lines are joined a cell at a time), an unbroken
      rule to close (no header: broken rules at both ends);
    - a grid table: `+----+----+` borders (`+====+` under the header) round `| a | b |`
      rows, a row's lines joined a cell at a time.
    A row is cut where the rule's columns start when every cut falls on a space, else
    at runs of two spaces or more when that gives as many cells."""
    line = lines[i]
    if _GRID_BORDER.match(line):
        return _grid_table(lines, i)
    if _FULL_RULE.match(line):
        return _multiline_table(lines, i)
    if COLUMN_RULE.match(line):
        near = range(i + 1, min(i + MAX_COLUMN_TABLE_LINES, len(lines)))
        close = next((j for j in near if COLUMN_RULE.match(lines[j])), None)
        if close is None:
            return None
        if close == i + 2 and lines[i + 1].strip():  # a rule above the header
            return _simple_table(lines, i + 1)
        if close - i < 3 or not lines[i + 1].strip() or not lines[close - 1].strip():
            return None
        if any(not lines[j].strip() for j in range(i + 1, close)):
            groups = _row_groups(lines[i + 1 : close])
            return _joined_table(lines[i], [], groups, close + 1, long_cells=True)
        return _joined_table(lines[i], [], [[row] for row in lines[i + 1 : close]], close + 1)
    return _simple_table(lines, i)


def _simple_table(lines: list[str], i: int) -> ColumnTable | None:
    if not lines[i].strip() or i + 1 >= len(lines) or not COLUMN_RULE.match(lines[i + 1]):
        return None
    if COLUMN_RULE.match(lines[i]):
        return None
    end = i + 2
    while end < len(lines) and lines[end].strip():
        end += 1
    body = [[row] for row in lines[i + 2 : end] if not COLUMN_RULE.match(row)]
    return _joined_table(lines[i + 1], [lines[i]], body, end)


def _multiline_table(lines: list[str], i: int) -> ColumnTable | None:
    near = range(i + 1, min(i + 5, len(lines)))  # a header of one to three lines
    rule = next((j for j in near if COLUMN_RULE.match(lines[j])), None)
    if rule is None or rule == i + 1 or any(not lines[j].strip() for j in range(i + 1, rule)):
        return None
    near = range(rule + 1, min(rule + MAX_COLUMN_TABLE_LINES, len(lines)))
    close = next((j for j in near if _FULL_RULE.match(lines[j])), None)
    if close is None or not lines[rule + 1 : close] or not lines[close - 1].strip():
        return None
    groups = _row_groups(lines[rule + 1 : close])
    return _joined_table(lines[rule], lines[i + 1 : rule], groups, close + 1, long_cells=True)


def _row_groups(lines: list[str]) -> list[list[str]]:
    """A multiline table's rows: its lines, parted at blank lines."""
    groups: list[list[str]] = [[]]
    for line in lines:
        if line.strip():
            groups[-1].append(line)
        elif groups[-1]:
            groups.append([])
    return [g for g in groups if g]


def _joined_table(
    rule: str, head: list[str], body: list[list[str]], end: int, *, long_cells: bool = False
) -> ColumnTable | None:
    """The table whose columns `rule` marks, its header's lines `head` over the rows
    `body` (each a row's lines); None where the lines do not part at its columns."""
    rule = rule.expandtabs()
    spans = [m.span() for m in re.finditer(r"[-=]+", rule)]
    starts = [a for a, _ in spans]
    for line in head:
        line = line.expandtabs()
        at_starts = all(
            line[a : a + 1].strip() and not line[a - 1 : a].strip() for a in starts
        )  # each column's name starts where its rule does
        inside = all(line[a:b].strip() for a, b in spans) and not any(
            line[b:c].strip() for (_, b), (c, _) in itertools.pairwise([(0, 0), *spans])
        ) and not line[spans[-1][1] :].strip()  # or lies within its rule, none in the gaps
        if not (at_starts or inside):
            return None
    rows: list[list[str]] = []
    for group in ([head] if head else []) + body:
        cut = [_columns(line.expandtabs(), starts) for line in group]
        cells = [x for x in cut if x is not None]
        if len(cells) < len(cut):
            return None
        rows.append(_cell_join(cells))
    if len(rows) < 2 or not any(any(row) for row in rows[1 if head else 0 :]):
        return None
    if not long_cells and any(len(cell.split()) > 8 for row in rows for cell in row):
        return None
    return ColumnTable(rows, bool(head), end)


def _cell_join(lines: list[list[str]]) -> list[str]:
    """A row's cells from its lines' cells, each column's pieces joined by a space."""
    return [" ".join(piece for piece in column if piece) for column in zip(*lines, strict=True)]


def _columns(line: str, starts: list[int]) -> list[str] | None:
    """A table row's cells, cut at the columns' `starts` (see `column_table`)."""
    if all(start >= len(line) or line[start - 1 : start] in (" ", "") for start in starts[1:]):
        bounds = [*starts, len(line)]
        cells = [line[a:b].strip() for a, b in itertools.pairwise(bounds)]
        if not line[: starts[0]].strip():
            return cells
    cells = re.split(r"\s{2,}", line.strip())
    return cells if len(cells) == len(starts) else None


def _grid_table(lines: list[str], i: int) -> ColumnTable | None:
    """A grid table at `lines[i]` (see `column_table`)."""
    border = lines[i].strip()
    bars = [k for k, c in enumerate(border) if c == "+"]
    rows: list[list[str]] = []
    group: list[list[str]] = []
    headed = False
    end = i + 1
    while end < len(lines) and _GRID_ROW.match(lines[end]):
        line = lines[end].strip()
        if _GRID_BORDER.match(line):
            if group:
                rows.append(_cell_join(group))
                group = []
            if "=" in line and len(rows) == 1:
                headed = True
        else:
            if len(line) != len(border) or any(line[k] not in "|+" for k in bars):
                return None
            group.append([line[a + 1 : b].strip() for a, b in itertools.pairwise(bars)])
        end += 1
    if group or len(rows) < 2 or not _GRID_BORDER.match(lines[end - 1]):
        return None
    return ColumnTable(rows, headed, end)
