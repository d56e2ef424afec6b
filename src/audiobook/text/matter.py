"""Front and back matter: which pages of a book a publisher's audiobook reads.

Audiobook producers read what the author wrote for the reader — dedication, epigraph,
preface, foreword, introduction, prologue, epilogue, afterword, acknowledgements,
appendices — and leave out what belongs to the printed object: colophon, imprint,
copyright and licence pages, contents, lists of illustrations or tables, indexes,
bibliographies, notes sections (see `notes.py`), "Also by" and advertisement pages.
(The title, author and narrator are read once in the opening credits instead.)

A page is recognised by its EPUB 3 `epub:type` or DPUB-ARIA role, its EPUB 2 guide
type, its file name, or, where there is no markup, its heading. `[text] skip` and
`keep` in book.toml add to or override these rules by heading or file name. Every
page left out is listed (`plan`, `manifest.json`) with its reason. A title page set
as plain paragraphs (a Word file's, an exporter's EPUB) is found by its lines
(`title_page`), for the readers that have only those.
"""

from __future__ import annotations

import fnmatch
import itertools
import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from audiobook.models import LINE_BREAK, Omission
from audiobook.text import pronounce
from audiobook.text.notes import NOTES_TITLE
from audiobook.text.technical import CLOSE as _BLOCK_CLOSE
from audiobook.text.technical import OPEN as _BLOCK_OPEN
from audiobook.text.technical import Rows

if TYPE_CHECKING:
    from audiobook.config import TextPolicy
    from audiobook.models import Paragraph
    from audiobook.text.readers.base import ReadText

SEMANTIC_SKIPS = {
    "cover": "cover",
    "titlepage": "title page",
    "halftitlepage": "title page",
    "title-page": "title page",
    "copyright-page": "copyright",
    "copyright": "copyright",
    "colophon": "colophon",
    "imprint": "imprint",
    "imprimatur": "imprint",
    "toc": "table of contents",
    "landmarks": "table of contents",
    "loi": "list of illustrations",
    "lot": "list of tables",
    "index": "index",
    "bibliography": "bibliography",
    "endnotes": "notes",
    "footnotes": "notes",
    "rearnotes": "notes",
    "notes": "notes",
    "other-credits": "credits page",
    "errata": "errata",
    "revision-history": "revision history",
}
"""epub:type / role / guide type → why the page is not read."""

_HEADINGS = [
    (r"colophon|imprint|impressum|publication data|about this (?:e-?)?book|about this edition"
     r"|выходные данные", "colophon"),
    (r"copyright(?: page| notice| statement)?|licen[cs]e|all rights reserved", "copyright"),
    (r"title ?page|half[- ]?title(?: page)?", "title page"),
    (r"(?:table of )?contents|оглавление|содержание|inhalt(?:sverzeichnis)?|table des matières"
     r"|sommaire|índice|indice", "table of contents"),
    (r"list of (?:illustrations|figures|plates|maps)|illustrations", "list of illustrations"),
    (r"list of tables", "list of tables"),
    (r"index|general index|index of \w+|указатель"
     r"|index of (?:first lines|titles|authors|tunes)(?:,? and (?:first lines|titles|tunes))?",
     "index"),
    (r"(?:select(?:ed)? )?bibliography|works cited|references|further reading|sources cited"
     r"|sources|(?:a )?note on (?:the )?sources|notes and sources|sources and notes"
     r"|authorities consulted|list of authorities|bibliographic(?:al)? (?:note|essay)s?"
     r"|литература|список литературы", "bibliography"),
    (r"(?:photo(?:graph(?:ic)?)?|picture|illustration|image|art) credits"
     r"|permissions(?: acknowledge?ments)?|text permissions", "credits page"),
    (r"(?:also|other (?:books|titles|works)|more books|books) by(?: .+)?|by the same author"
     r"|du même auteur|chez le même éditeur|vom (?:selben|gleichen) (?:autor|verfasser)"
     r"|del mismo autor|otras obras de .+|того же автора"
     r"|also available(?: from .+)?|(?:more )?from the same author|coming soon|"
     r"(?:an )?excerpt from .+|(?:a )?preview of .+", "also-by page"),
    (r"about the publisher|advertisements?|publisher'?s? catalogue", "advertisement"),
    (r"books? (?:\d+ )?in the .+ (?:series|saga|trilogy|sequence|chronicles)"
     r"|(?:a )?sneak peek.*|excerpt:? .+|(?:read|start reading) (?:an? |the )?(?:excerpt|sample).*"
     r"|don[’']?t miss out!?|get (?:a|your) free .+|free (?:book|novella|story)!?"
     r"|(?:join (?:my|the|our) |sign up for (?:my|the|our) )?(?:newsletter|mailing list|reader"
     r"(?:s'?|’s)? (?:club|group))!?|enjoyed (?:this|the) book\??"
     r"|did you enjoy (?:this|the) book\??|thank you for reading!?.*"
     r"|please leave a review!?|reviews? (?:help|matter).*"
     r"|newsletter sign[- ]?up|what[’']?s next on your reading list\??",
     "advertisement"),
    (r"(?:an? )?(?:reading group|reader(?:s[’']?|[’']s)? group|book club|book group)"
     r" (?:guide|discussion guide|companion)", "reading group guide"),
    (r"external links|weblinks|liens externes|ссылки", "list of links"),
]  # fmt: skip
_HEADING_RULES = [(re.compile(rf"^\s*(?:{p})\s*[.:]?\s*$", re.IGNORECASE), r) for p, r in _HEADINGS]

_FILE_RULES = re.compile(
    r"^(?:(?P<colophon>colophon|imprint)|(?P<also>also[-_]?by|adcard|ads?|advert\w*|"
    r"about[-_]?(?:the[-_]?)?publisher|newsletter|signup)|(?P<ad>newsletter[-_]?sign[-_]?up)"
    r"|(?P<index>index)"
    r"|(?P<bibliography>bibliography|biblio|references)|(?P<notes>end[-_]?notes|foot[-_]?notes|notes"
    r"|rearnotes)|(?P<loi>loi|list[-_]?of[-_]?illustrations)|(?P<lot>lot|list[-_]?of[-_]?tables)"
    r"|(?P<license>licen[cs]e))(?:[-_]?\d+)?$",
    re.IGNORECASE,
)
_FILE_REASONS = {
    "colophon": "colophon",
    "also": "also-by page",
    "ad": "advertisement",
    "index": "index",
    "bibliography": "bibliography",
    "notes": "notes",
    "loi": "list of illustrations",
    "lot": "list of tables",
    "license": "copyright",
}
PAGE_REASONS = frozenset({reason for _, reason in _HEADINGS} | set(_FILE_REASONS.values()))
"""Why a page or a heading is left out by its name: what book.toml's `[text] keep` can
name to have it read after all (an empty book's refusal says so)."""


_CONTRIBUTORS = re.compile(
    r"^\s*notes\s+(?:on|about)\s+(?:the\s+)?(?:contributors|authors|translators"
    r"|illustrators|editors)\s*[.:]?\s*$",
    re.IGNORECASE,
)
"""An anthology's "Notes on Contributors": their biographies, not a notes section."""


def heading_reason(title: str | None) -> str | None:
    """Why a page or chapter with this heading is not read, or None to read it."""
    if not title:
        return None
    title = " ".join(title.split())  # a heading set on two lines ("What's next on<br/>your …")
    if _CONTRIBUTORS.match(title):
        return None  # the contributors' lives, read as "About the Contributors" is
    if NOTES_TITLE.match(title):
        return "notes"
    reason = next((reason for rule, reason in _HEADING_RULES if rule.match(title)), None)
    parts = title.split(". ")
    if reason is None and len(parts) > 1:  # headings with nothing between them, joined:
        reasons = [heading_reason(part) for part in parts]  # "References. External links"
        reason = reasons[0] if all(reasons) else None
    return reason


def file_reason(stem: str) -> str | None:
    """Why an EPUB page with this file name (without suffix) is not read."""
    match = _FILE_RULES.match(stem)
    return _FILE_REASONS[match.lastgroup or ""] if match else None


PAGE_NAMES = re.compile(
    r"^(?:(?P<cover>cover(?:page)?)|(?P<title>title(?:[-_]?page)?|half[-_]?title)"
    r"|(?P<copyright>copyright(?:[-_]?(?:page|notice|statement))?|copy|uncopyright)"
    r"|(?P<toc>toc|contents|nav))"
    r"(?:[-_]?\d+)?$",
    re.IGNORECASE,
)
"""A book's page known by its file's name as a publisher names it (beside `file_reason`'s):
"titlepage.xhtml", "copyright.md", "uncopyright.xhtml" (Standard Ebooks' licence)."""
PAGE_NAME_REASONS = {
    "cover": "cover",
    "title": "title page",
    "copyright": "copyright",
    "toc": "table of contents",
}


def page_name_reason(stem: str) -> str | None:
    """Why a short page with this file name is not read: its name says it is a cover, a
    title page, a copyright page or a contents list, or what `file_reason` knows."""
    named = PAGE_NAMES.match(stem)
    return PAGE_NAME_REASONS[named.lastgroup or ""] if named else file_reason(stem)


def matches(patterns: tuple[str, ...], *names: str | None) -> bool:
    """Does any heading or file name match any of the user's `[text]` patterns?"""
    for name in names:
        if not name:
            continue
        folded = " ".join(name.split()).casefold()
        for pattern in patterns:
            wanted = " ".join(pattern.split()).casefold()
            if folded == wanted or fnmatch.fnmatchcase(folded, wanted):
                return True
            base = folded.rsplit("/", 1)[-1]
            if base == wanted or fnmatch.fnmatchcase(base, wanted):
                return True
    return False


_CAST_TITLE = re.compile(
    r"^\s*(?:the\s+|full\s+|audio(?:book)?\s+|voice\s+)?cast(?:\s+list|\s+and\s+crew)?\s*[.:]?\s*$",
    re.IGNORECASE,
)
_CAST_ENTRY = re.compile(
    r"^[^\W\d_][\w.&'’ -]{0,40}?\s*(?:[,:—–\t]|\s-\s|\s{2,})\s*"
    r"(?:[A-Z][\w.'’-]+(?:\s+(?:[A-Z][\w.'’-]+|de|van|von|da|di|le|la|el|al|bin|ibn))*)\.?$"
)
"""A line of a full-cast edition's cast list: a role, then the person who plays it
("NARRATOR, Gemma Hale", "Mrs. Voss: Celia Marsh")."""


def _cast_list(paragraphs: list[Paragraph]) -> bool:
    """Whether a page headed "Cast" lists roles and their performers, a line each, a
    production's credit (left out: the build says its own); a play's "Cast of
    Characters" with each role described ("HAMLET, Prince of Denmark") is the book's."""
    lines = [line for p in paragraphs for line in p.text.split(LINE_BREAK) if line.strip()]
    return len(lines) >= 2 and all(_CAST_ENTRY.match(line.strip()) for line in lines)


def decide(policy: TextPolicy, reason: str | None, *names: str | None) -> str | None:
    """The default `reason` to skip, overridden by book.toml's `[text] keep`/`skip`."""
    if matches(policy.keep, *names):
        return None
    if matches(policy.skip, *names):
        return "[text] skip in book.toml"
    return reason


_BARE_SOURCES = re.compile(r"^\s*(?:sources|permissions)\s*[.:]?\s*$", re.IGNORECASE)
"""One word a story may also name a chapter by: its page is left out only when it reads
as a list (`_listed`)."""
_ENTRY = re.compile(
    r"\b1[5-9]\d\d\b|\b20\d\d\b|©|\bcourtesy\b|\breprinted\b|\bpermission\b|\bpress\b"
    r"|\bpublish(?:ed|ers?|ing)\b|\bed(?:s?\.|ited)\b|\bpp?\.\s?\d|\bvol\.|\bkind leave\b"
    r"|\backnowledg|\bgrateful",
    re.IGNORECASE,
)
"""What an entry in a list of sources or permissions carries: a year, a publisher, a
copyright mark, "courtesy of", "reprinted by permission", pages or a volume."""


_QUOTED_TITLE = re.compile(r"[“\"]([A-Z0-9][^”“\"\n]{0,80}?)[”\"]")
_TITLE_SMALL_WORDS = frozenset({"with", "from", "into", "onto", "over", "upon", "than", "that",
                                "under", "after", "about", "before", "through"})  # fmt: skip


def _untitled(quoted: re.Match[str]) -> str:
    """A work's title in quotation marks ("“The Weight of Gulls” originally appeared
    in …") without its marks, as no dialogue: every long word capitalised and no stop
    or comma inside ("“They’re witnesses,” he said" is dialogue and keeps them)."""
    inner = quoted[1]
    long_words = [w for w in re.findall(r"[^\W\d_][\w’'-]*", inner)
                  if len(w) >= 4 and w.casefold() not in _TITLE_SMALL_WORDS]  # fmt: skip
    titled = all(w[0].isupper() for w in long_words) and len(inner.split()) <= 12
    return inner if titled and not inner.rstrip().endswith(tuple(",.!?;:…—–-")) else quoted[0]


def _listed(paragraphs: list[Paragraph]) -> bool:
    """Does a page read as a list of sources or permissions: short entries, most of them
    naming a year, a publisher or a permission, and no dialogue?"""
    texts = [_QUOTED_TITLE.sub(_untitled, _QUOTED_WORK.sub("", p.text)) for p in paragraphs]
    if not texts or any(q in t for t in texts for q in "“”\""):
        return False
    entries = [t for t in texts if _ENTRY.search(t)]
    return len(entries) * 2 >= len(texts) and sum(len(t.split()) for t in texts) <= 80 * len(
        texts
    )

_NOTES_AND_SOURCES = re.compile(r"^\s*(?:notes and sources|sources and notes)\s*[.:]?\s*$",
                                re.IGNORECASE)  # fmt: skip
_NOTE_LINE = re.compile(r"^\s*(?:\[\d{1,4}\]|\d{1,4}[.)]|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)\s*\S")
NOTES_LABEL = "Notes"
"""A "Notes and Sources" section that opens with a numbered note is a notes section:
it goes to `notes.resolve` under the heading that resolve knows one by. Without notes
in it, it is a list of sources, left out as a bibliography is."""

_DEDICATION = re.compile(
    r"^[\W_]*(?:(?i:for|to)\s+(?:(?i:my|our|his|her|the memory of|all|every|everyone|anyone"
    r"|everybody|those)\b"
    r"|(?i:the\s+[\w’'-]+(?:\s+[\w’'-]+){0,3},?\s+who)\b"
    r"|[A-Z])|(?i:in (?:loving )?memory of|(?:this book is )?dedicated to)\b)",
)
MAX_DEDICATION_WORDS = 60
MAX_DEDICATION_PARAGRAPHS = 4
DEDICATION_TITLES = {"en": "Dedication", "de": "Widmung", "fr": "Dédicace",
                     "es": "Dedicatoria", "ru": "Посвящение"}  # fmt: skip
"""What a dedication alone on its page before the first chapter is called when it is
read (the Word reader): with no title, the book's would name it, and the listener would
hear the title again just after the credits said it (English for other languages)."""


MAX_DEDICATION_LINE_WORDS = 25
_ADDRESSED = re.compile(r"^[\W_]*(?:to|for)\s", re.IGNORECASE)
_SALUTATION = re.compile(r"^[\W_]*to\s+whom\s+it\s+may\s+concern\b", re.IGNORECASE)
_SUBJECT = r"(?:(?:the|a|an|this|that|these|those|my|our|his|her|their|its)\s+[\w'’-]+\s+" \
    r"(?:[\w'’-]+\s+)?|(?:i|we|he|she|they|it|there|you)\s+)"
_VERB = (
    r"(?:\w+ed|was|were|is|are|had|has|have|began|begins|came|comes|went|goes|said|says"
    r"|took|made|fell|broke|ran|saw|knew|left|got|gave|grew|stood|sat|told|found|became)"
)
_NAMED = r"(?-i:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}\s+(?=[a-z]))"
_CLAUSE = re.compile(
    rf"[,:]\s+(?:{_SUBJECT}|{_NAMED}){_VERB}\b|:\s+(?:these|this|here|there)\b", re.I
)
"""After "To …"/"For …", a comma or a colon and then a sentence with its subject and
verb ("For my mother, the war began on a Tuesday", "For all his money, Uncle Teo died
alone", "…this box: these are her letters"): an opening sentence, not a dedication's
phrase ("For Anna, who knew", "To my father, the bravest man I knew", "For my brother,
Tom Reed": a name's verb is in lower case)."""
_NEXT_SENTENCE = re.compile(r"(?<=[^\W\d_]{3}[.!?])[\"'”’)]*\s+[\"'“‘(]*(?=[A-Z])")
"""Where a sentence ends and the next begins: after a word of three letters or more, so
that "For Dr. Ruth Adler" and "J. R. Hale" go on."""


_AND = re.compile(r"^[\W_]*(?:and|&)\s+(?:also\s+)?(?=(?:for|to)\s)", re.IGNORECASE)
"""A dedication's second dedicatee, in a sentence or a paragraph of its own ("For Dad, who
always picked up the phone." / "And for Lucía — I told you I’d finish it."): what follows
"And" is addressed as a dedication is ("And for years…" is not)."""


def _and_addressed(text: str) -> bool:
    """Is `text` "And for …"/"And to …" a further dedicatee (`_AND`)?"""
    return bool(_AND.match(text)) and bool(_DEDICATION.match(_AND.sub("", text, count=1)))
_IN_OWN_SCRIPT = re.compile(r"^[^A-Za-z\d]{1,40}[.!?]$")
"""A short first sentence with no Latin letter, before a dedication's English one: the
same dedication in the author's own language ("Моїй бабусі. For my grandmother.")."""


def is_dedication(paragraphs: list[Paragraph]) -> bool:
    """A dedication, and nothing else: a few short lines, the first addressed as one is
    ("For Abuela Rosa, …", "to my mother", "In memory of …", "Dedicated to …"), each a
    phrase, not a book's opening sentence: short, and one addressed "To …" or "For …" is
    no letter's salutation ("To Whom It May Concern") and has no sentence after a comma
    or a colon; nor a second sentence not addressed as the first ("… died alone in a
    rented room. Nobody came to the funeral but me.": a story's opening; "For Ana. For
    Leo." is one). The readers name such an opening "Dedication" rather than read it
    under the book's title; a wrong guess renames a book's first words."""
    words = sum(len(p.text.split()) for p in paragraphs)
    sentences = _NEXT_SENTENCE.split(" ".join(p.text for p in paragraphs))
    first = paragraphs[0].text if paragraphs else ""
    if len(sentences) > 1 and _IN_OWN_SCRIPT.match(sentences[0]):
        first, sentences = " ".join(sentences[1:]), sentences[1:]  # "Моїй бабусі. For my …"
    return (
        0 < len(paragraphs) <= MAX_DEDICATION_PARAGRAPHS
        and words <= MAX_DEDICATION_WORDS
        and bool(_DEDICATION.match(first))
        and all(
            len(p.text.split()) <= MAX_DEDICATION_LINE_WORDS
            and not (_ADDRESSED.match(p.text) and (_SALUTATION.match(p.text)
                                                   or _CLAUSE.search(p.text)))
            for p in paragraphs
        )
        and all(_DEDICATION.match(s) or _and_addressed(s) for s in sentences[1:])
    )  # fmt: skip


_FRONT_NOTE = re.compile(
    r"^(?P<label>author['’]s\s+note|a\s+note\s+(?:from|to)\s+the\s+(?:author|reader)"
    r"|note\s+to\s+(?:the\s+)?readers?|(?:content|trigger)\s+(?:warnings?|notes?)"
    r"|(?:(?:medical|legal|financial|health)\s+)?disclaimer)\s*[:.—–-]"
    r"|^(?P<previously>previously)\b(?:\s*(?:[.:]|\.\.\.|…)?\s*$"
    r"|,?\s+(?:in|on)\b[^.:…,]{0,40}(?::|\.\.\.|…)"
    r"|,?\s+(?:in|on)\s+(?:book|episode|part|volume|season)\s+[\w-]+\b)",
    re.IGNORECASE,
)
"""A note to the reader before the first chapter, by its opening words: "Author's Note:",
"CONTENT WARNING:", "Medical disclaimer:", "Previously, in Book 1...". "Previously"
alone, or over what comes before: ending on a colon or an ellipsis ("Previously on The
Marsh:"), or naming a book or an episode; never a story's sentence ("Previously on the
farm, we kept goats.")."""


_DEDICATION_LABEL = re.compile(
    r"^(?:the\s+)?(?:dedication|epistle\s+dedicatory|dedicatory\s+epistle)\s*[.:]?$",
    re.IGNORECASE,
)
"""A dedication's label alone over it ("DEDICATION" over Fielding's "TO THE HONOURABLE
GEORGE LYTTLETON, ESQ;" and his letter, "THE EPISTLE DEDICATORY"): the title it is read
under, not a line read under the book's title."""


_WARNINGS_LABEL = re.compile(r"^(?:content|trigger)\s+(?:warnings?|notes?)\s*[.:]?$", re.I)


def front_note(paragraphs: list[Paragraph]) -> tuple[str, list[Paragraph]] | None:
    """A book's opening note as the title it is read under ("Author's Note", "Content
    Warning", "Previously, in Book 1", a labelled "Dedication") and its paragraphs
    without that label, so that it is not read under the book's title just after the
    credits said it, nor says its label twice; None for any other opening."""
    first = paragraphs[0].text.strip() if paragraphs else ""
    if _WARNINGS_LABEL.match(first) and len(paragraphs) > 1:  # "Content Warnings" over them
        return " ".join(w.capitalize() for w in first.strip(" .:").lower().split()), [
            *paragraphs[1:]
        ]
    if _DEDICATION_LABEL.match(first) and len(paragraphs) > 1:  # Fielding's "DEDICATION"
        return " ".join(word.capitalize() for word in first.strip(" .:").lower().split()), [
            *paragraphs[1:]
        ]
    match = _FRONT_NOTE.match(first)
    if not match:
        return None
    if match["previously"] and len(first.split()) <= 8 and len(paragraphs) > 1:
        return first.rstrip(" .:…"), paragraphs[1:]  # "Previously, in Book 1..." alone
    label = " ".join((match["label"] or match["previously"]).split())
    title = " ".join(word.capitalize() for word in label.lower().split())
    rest = first[match.end() :].strip()
    if match["label"] and rest:
        return title, [replace(paragraphs[0], text=rest), *paragraphs[1:]]
    return title, paragraphs


def dedication_title(language: str | None) -> str:
    """The title a dedication is read under, in the book's language."""
    return DEDICATION_TITLES.get((language or "en").split("-")[0].lower(), "Dedication")


_PROMOTION = ("also-by page", "advertisement")
_ALSO_BY = re.compile(
    r"^\s*(?:(?:also|other (?:books|titles|works)|more books|books) by\b|by the same author"
    r"|du même auteur|vom (?:selben|gleichen) (?:autor|verfasser)|del mismo autor)",
    re.IGNORECASE,
)
"""The lines that open a list of the author's other books: what follows them to the
end of the last chapter is promotion, however long the chapter before it was."""
MAX_PROMOTION_WORDS = 300
"""An "Also by" list at the end of the last chapter, with what follows it (a newsletter,
a plea for reviews), is left out up to this length even after a short last chapter."""


def _drop_tail(
    paragraphs: list[Paragraph], policy: TextPolicy, omitted: list[Omission], *, last: bool,
    blocks: dict[str, tuple[str, Rows]] | None = None, given: dict[str, str] | None = None,
    start: int = 1,
) -> list[Paragraph]:
    """Plain text has no markup: back matter ("INDEX", "Also by …") is a heading line
    inside the last chapter. What follows it is left out when it is the shorter part,
    or when it is a short "Also by" page. A pronunciation guide under its heading line
    ("PRONOUNCING VOCABULARY.") is left out to the end, and its entries go to `given`.

    The heading may share its paragraph with its entries, when no blank line parts them
    ("INDEX" over "Albuquerque, 4-7"): its first line is the heading. A bibliography
    ends at the next heading that is none of its own (`_after_sources`): a textbook's
    "ANSWERS TO ODD-NUMBERED EXERCISES" after its "FURTHER READING" is read."""
    for index, paragraph in enumerate(paragraphs[start:], start):
        line = paragraph.text
        head, *entries = line.split(LINE_BREAK)
        if len(line.split()) > 8 and entries and len(head.split()) <= 8 and heading_reason(head):
            line = head.strip()  # "INDEX" with its entries on the lines under it
        if len(line.split()) <= 8 and given is not None \
                and (entries := _guide(line, paragraphs[index + 1:], blocks or {})) \
                and decide(policy, pronounce.GUIDE_REASON, line) == pronounce.GUIDE_REASON:
            omitted.append(Omission(f"section '{line}'", pronounce.GUIDE_REASON,
                                    " ".join(p.text for p in paragraphs[index + 1:])))
            given.update(pronounce.merged(given, entries))
            return paragraphs[:index]
        if len(line.split()) > 8 or line.rstrip(":").endswith((".", "!", "?", ",")):
            continue
        reason = heading_reason(line)
        if reason in (None, "notes", "table of contents"):
            reason = None
        reason = decide(policy, reason, line) if reason or policy.skip else None
        if not reason:
            continue
        rest = paragraphs[index:]
        size = sum(len(p.text.split()) for p in rest)
        promotion = last and bool(_ALSO_BY.match(line)) and size <= MAX_PROMOTION_WORDS
        if size < sum(len(p.text.split()) for p in paragraphs[:index]) or promotion or matches(
            policy.skip, line
        ):
            end = next((i for i in range(index + 1, len(paragraphs))
                        if _after_sources(paragraphs[i].text)), len(paragraphs)) \
                if reason == "bibliography" else len(paragraphs)  # fmt: skip
            text = " ".join(p.text for p in paragraphs[index:end])[len(line):].strip()
            omitted.append(Omission(f"section '{line}'", reason, text))
            if end == len(paragraphs):
                return paragraphs[:index]
            return _drop_tail([*paragraphs[:index], *paragraphs[end:]], policy, omitted,
                              last=last, blocks=blocks, given=given, start=index)  # fmt: skip
    return paragraphs


_AFTER_SOURCES = re.compile(
    r"^(?:answers?|answer key|key to|solutions?|hints|appendix|appendices|glossary|index"
    r"|about the (?:author|authors|contributors)|acknowledge?ments|afterword|postscript"
    r"|epilogue)\b",
    re.IGNORECASE,
)


def _after_sources(text: str) -> bool:
    """Does this paragraph open a part of the book after its list of sources, as a
    heading line: "ANSWERS TO ODD-NUMBERED EXERCISES", "Answer Key", "APPENDIX B",
    "GLOSSARY", "INDEX", or back matter of another kind ("Also by …")? The list's own
    subheadings ("Primary Sources", "Journals", "Chapter 2" in a list of sources by
    chapter) and its entries (a name, a year, a title, each with its stop) end none
    of it."""
    line = text.split(LINE_BREAK)[0].strip()
    if not line or len(line.split()) > 8 or line.endswith((".", ",", ";")):
        return False
    reason = heading_reason(line)
    if reason == "bibliography":
        return False
    return bool(reason) or bool(_AFTER_SOURCES.match(line))


_RIGHTS_RESERVED = (
    r"(?:tous\s+)?(?:les\s+)?droits\s+d[e'’]\s*(?:traduction|reproduction|adaptation)"
    r"[^.]{0,80}?\s+réservés|tous\s+droits(?:\s+de\s+[^.]{1,60}?)?\s+réservés"
    r"|alle\s+rechte(?:,[^.]{1,80}?,)?\s+(?:vorbehalten|bleiben\s+vorbehalten)"
    r"|(?:todos\s+)?(?:los\s+)?derechos\s+(?:de\s+[^.]{1,60}?\s+)?reservados"
    r"|reservados\s+todos\s+los\s+derechos|queda\s+hecho\s+el\s+dep[oó]sito"
    r"|propriet[àa]\s+letteraria\s+riservata|tutti\s+i\s+diritti\s+riservati"
)
"""A rights line in the languages old books print one: "Droits de traduction et de
reproduction réservés pour tous les pays.", "Tous droits réservés", "Alle Rechte
vorbehalten", "Derechos reservados", "Reservados todos los derechos", "Proprietà
letteraria riservata": what "All rights reserved" is in English."""
_LEGAL = re.compile(
    r"^(?:copyright\b|©|℗|\(c\)\s*(?:\d|copyright)|all rights reserved|isbn\b|e?isbn[-: ]"
    r"|(?:caution|warning|important)[:.!]? (?:all )?professionals and amateurs are hereby warned"
    r"|lyrics (?:reproduced|reprinted|used|quoted) by (?:kind )?permission"
    r"|international copyright secured"
    r"|entered,? according to (?:the )?act of congress|entered at stationers['’]? hall"
    r"|no part of this (?:book|publication|work)|this (?:book|novel|story|is a work)\b.{0,40}"
    r"\b(?:fiction|imagination)|names,? characters|any resemblance to|library of congress"
    r"|british library cataloguing|printed (?:in|by) |published (?:by|in) |first (?:published"
    r"|edition|printing)\b|(?:\w+ )?edition:? (?:\d|published|first)|(?:cover|jacket|book"
    r"|interior) (?:design|art|illustration|photograph)\w*\b|cover by |edited by |typeset"
    r"|(?:\d+ ){4,}\d+$|version \d|achevé d.imprimer|dépôt légal|n° d.(?:édition|impression)"
    r"|imprimé en |gedruckt (?:in|bei|von) |druck(?: und bindung)?:? |impreso en "
    r"|printed and bound|the moral right|(?:a )?cip (?:catalogue|catalog|record)"
    r"|this (?:publication|book) is designed to provide (?:accurate|authoritative|competent)"
    r"|(?:www\.)?[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|co\.uk|de|fr)(?:/\S*)?$"
    r"|(?:(?:smashwords|kindle|kobo|nook|e-?book|digital) edition,? )?licen[cs]e (?:notes"
    r"|statement)[.:]?$|(?:smashwords|kindle|kobo|nook|e-?book|digital) edition[.:]?$"
    r"|this (?:e-?)?book is licensed for your personal|if you would like to share this (?:e-?)?"
    r"book with|if you[’']re reading this (?:e-?)?book and did not purchase it"
    r"|thank you for respecting the (?:hard )?work of this author"
    rf"|{_RIGHTS_RESERVED})",
    re.IGNORECASE,
)
"""A line of a copyright page, as self-published and trade books print one: the notice
(an old American book's "Entered according to Act of Congress, in the year 1856, by …",
a British one's "Entered at Stationers' Hall"),
ISBNs, the fiction disclaimer, the publisher's disclaimer ("This publication is designed
to provide accurate information …"), the edition and printing, cover and editing credits;
an indie ebook's "Smashwords Edition" and its licence ("This ebook is licensed for your
personal enjoyment only …", "If you would like to share this book with …")."""
_DISCLAIMER = re.compile(
    r"(?is)^this (?:publication|book) is designed to provide (?:accurate|authoritative|competent)"
    r".{0,300}\b(?:sold|published|provided) with the understanding\b"
)
"""The publisher's disclaimer of professional advice (the ABA's wording, on finance,
law and health books' copyright pages): a copyright page's text even on its own."""
MAX_LEGAL_WORDS = 400
FRONT_PARAGRAPHS = 15


def is_legal(line: str) -> bool:
    """Is this paragraph a line of a copyright page? Not a story's sentence that opens
    like one (`_STORY_OPENING`: "Printed in red across the envelope …", "Copyright was
    the last thing on …") or tells of someone ("All rights reserved, said the small
    print, and she laughed"), unless it holds a notice only such a page prints
    (`_NOTICE`: "©", an ISBN, "No part of this book …", the moral right)."""
    text = _QUOTED_WORK.sub("", line.strip(" _*"))
    if not _LEGAL.match(text):
        return False
    return bool(_NOTICE.search(text)) or not (_STORY_OPENING.match(text) or _NARRATED.search(text))


def is_copyright_evidence(line: str) -> bool:
    """Does this line show a copyright page by itself: a notice ("©", "Copyright 2019 …",
    an ISBN, "All rights reserved", a CIP line), or a short printer's or publisher's line
    of its own ("Printed in Great Britain", "First published 2019 by Halcyon Books")? A
    long legal-looking line without one ("Published by the parish council in 1952, the
    pamphlet ran …") shows none."""
    return is_legal(line) and (
        len(line.split()) <= MAX_EVIDENCE_WORDS
        or bool(_NOTICE.search(line) or _RESERVED.search(line))
    )


MAX_EVIDENCE_WORDS = 10
_NOTICE = re.compile(
    r"©|℗|\(c\)\s*\d|\bcopyright\s*(?:\(c\)\s*)?(?:1[5-9]|20)\d\d\b|\be?isbn(?:-1[03])?\b"
    r"|\bno part of this (?:book|publication|work)\b|\bmoral rights?\b|\bhas been asserted\b"
    r"|\bprinted and bound\b|\blibrary of congress\b|\bcatalog(?:ue)? record\b"
    r"|\bcataloging-in-publication\b|\bcip\b|\bwork of fiction\b"
    r"|^entered,? according to (?:the )?act of congress\b|^entered at stationers['’]? hall\b"
    r"|\bprofessionals and amateurs are hereby warned\b|\blicensed for your personal enjoyment\b"
    rf"|^(?:{_RIGHTS_RESERVED})",
    re.IGNORECASE,
)
"""What only a copyright page prints, even in a line that names its author ("… has been
asserted by her", "… products of my imagination" after "This is a work of fiction")."""
_RESERVED = re.compile(r"\ball rights reserved\b", re.IGNORECASE)
_NARRATED = re.compile(r"\b(?:[Mm]e|[Mm]y|[Ww]e|us|[Oo]ur|[Hh]e|[Hh]im|[Hh]is|[Ss]he|[Hh]er"
                       r"|[Tt]hey|[Tt]hem|[Tt]heir|said|says|I(?![.’'-]))\b")  # fmt: skip
"""A person the sentence tells of ("she laughed", "my father's", "said the small print"):
no copyright page's line; "US" in "Printed in the US" is a country."""
_STORY_OPENING = re.compile(
    r"(?i:(?:first )?(?:printed|published) in) (?:the |a |an )?+(?!(?i:paperback|hardback|hardcover"
    r"|e-?books?|trade|mass|large|digital|electronic|association|conjunction|co-?operation"
    r"|collaboration|partnership|arrangement)\b)[a-z]"
    r"|(?i:first (?:edition|printing)) (?!(?i:published|printed|in|by|of|and|was|is)\b)[a-z]"
    r"|(?i:copyright) (?!(?i:renewed|under|in|for|of|by|notice|page|holders?|owners?|and"
    r"|acknowledge?ments?|permissions?|reserved|secured)\b)[a-z]"
    r"|(?i:typeset(?:ting)?) (?!(?i:in|by|at|and|design)\b)[a-z]"
    r"|(?i:any resemblance to) (?!(?i:actual|real|persons?|people|events|anyone|living)\b)"
    r"|(?i:all rights reserved),? (?!(?i:including|worldwide|under|by|in|for)\b)[a-z]"
)
"""A story's opening that starts as a copyright line would, then runs on in lower case:
"Printed in red across …", "Published in the spring of …", "First edition copies lay
…", "Copyright was the last thing …", "Typesetting was my grandfather's trade", "All
rights reserved, the sign on the gate said"; never
"Printed in Great Britain", "Published in paperback 2020", "First edition 2019"."""


_QUOTED_WORK = re.compile(r"^\s*[\"“‘][^\"”’\n]{1,80}[\"”’]\s*(?=©|\(c\)|copyright\b)", re.I)
"""A story's title in quotation marks before its copyright ("“The Salt Road” © 2019 by Mara
Quill"), as an anthology's permissions and copyright pages list them: a title, not dialogue."""


def _legal_span(paragraphs: list[Paragraph]) -> tuple[int, int] | None:
    """Where a copyright page without a heading sits at the start or end of a chapter:
    the run from its first to its last legal line, when two or more of them (or one
    notice) make up most of a short run near the chapter's edge."""
    legal = [i for i, p in enumerate(paragraphs) if is_legal(p.text)]
    front = [i for i in legal if i < FRONT_PARAGRAPHS]
    back = [i for i in legal if i >= len(paragraphs) - FRONT_PARAGRAPHS]
    for found in (front, back):
        if not found:
            continue
        start, end = found[0], found[-1] + 1
        notice = re.match(
            r"(?i)(?:copyright\s*(?:©|\(c\)|\d{4})|©|℗|\(c\)\s*\d{4}|all rights reserved"
            r"|(?:caution|warning|important)[:.!]? (?:all )?professionals and amateurs"
            r"|lyrics (?:reproduced|reprinted|used|quoted) by (?:kind )?permission"
            rf"|{_RIGHTS_RESERVED})",
            paragraphs[start].text.strip(" _*"),
        ) or _DISCLAIMER.match(paragraphs[start].text.strip(" _*"))
        run = paragraphs[start:end]
        words = sum(len(p.text.split()) for p in run)
        if (len(found) >= 2 or notice) and len(found) * 5 >= len(run) * 3 \
                and words <= MAX_LEGAL_WORDS:  # fmt: skip
            return start, end
    return None


_SENTENCE_END = re.compile(r"[.!?…][\"'”’»)]*\s*$")


def _mostly_legal(paragraphs: list[Paragraph]) -> bool:
    """Is a short page mostly a copyright page's lines, two at least, by their words (a
    "Credits" page: "Cover design: …", "Cover photograph © …", "Author photo: …"), as
    the EPUB reader leaves out such a page whatever its heading? Lines set apart within
    a paragraph (`LINE_BREAK`) count one by one. A sentence among them is the book's own
    (an "Épilogue" of one line over the printer's "Achevé d'imprimer …"): the page is
    read, and only its legal lines go (`_without_legal`)."""
    lines = [line for p in paragraphs for line in p.text.split(LINE_BREAK) if line.strip()]
    legal = [line for line in lines if is_legal(line)]
    if any(_SENTENCE_END.search(line) for line in lines if not is_legal(line)):
        return False
    return len(legal) >= 2 and sum(len(line.split()) for line in legal) * 2 >= sum(
        len(line.split()) for line in lines
    )


def _without_legal(paragraphs: list[Paragraph], omitted: list[Omission]) -> list[Paragraph]:
    span = _legal_span(paragraphs)
    if span is None:
        return paragraphs
    start, end = span
    text = " ".join(p.text for p in paragraphs[start:end])
    lines = f"{end - start} line" + ("s" if end - start > 1 else "")
    omitted.append(Omission(f"copyright page ({lines})", "copyright", text))
    return paragraphs[:start] + paragraphs[end:]


THE_END_WORDS = frozenset(
    word.casefold()
    for word in (
        "the end", "finis", "fin", "ende", "конец", "end of play", "end of the play", "fim",
        "einde", "koniec",
        "кінець", "край", "крај", "kraj", "τέλος", "τελος", "סוף", "תם ונשלם", "تمت", "النهاية",
        "پایان", "समाप्त", "끝", "จบ", "จบบริบูรณ์", "վերջ", "დასასრული",
    )
)  # fmt: skip
"""A book's own closing words, set alone ("THE END.", "— Finis —", "END OF PLAY", Greek
"ΤΕΛΟΣ", Arabic "تمت", Hindi "समाप्त"): the readers, the printer's-imprint rule below and
the closing credits (`segment.py`) all know a book's ending by these."""
_END_WORD = re.compile(r"(?:\w|[\u0900-\u0963\u0966-\u0dff\u0e00-\u0e7f])+")
"""A word, with the vowel signs of Indic and Thai scripts, which are no `\\w`: "समाप्त" is
one word, not "सम", "प", "त"."""


def is_the_end(text: str) -> bool:
    """Is `text` a book's own closing line, whatever marks surround its words?"""
    return " ".join(_END_WORD.findall(text)).casefold() in THE_END_WORDS

MAX_IMPRINT_WORDS = 60
"""What a printed book sets after its last "THE END" (the printer's imprint: "Druck von
… in Leipzig", "Imprimerie de … rue de Fleurus") is this short; more is read."""


_QUOTING = re.compile(r"(?<![^\W_])['‘’]|['‘’](?![^\W_])")
"""A single quotation mark, not a word's apostrophe."""
_PRINTER = re.compile(r"\bprinted\s+(?:by|at)\b|\bprinters?\b", re.IGNORECASE)
"""A printer's line: an apostrophe in it is a place's ("ST. JOHN'S SQUARE"), where in
other words after the end it may be a postscript's, read."""


def _ended(paragraphs: list[Paragraph], omitted: list[Omission]) -> list[Paragraph]:
    """The last chapter without the printer's lines after the book's own "THE END"."""
    for index in range(len(paragraphs) - 1, 0, -1):
        if is_the_end(paragraphs[index].text):
            rest = paragraphs[index + 1 :]
            text = " ".join(p.text for p in rest)
            if not rest or len(text.split()) > MAX_IMPRINT_WORDS or any(
                q in text for q in "\"“”«»„"
            ) or _QUOTING.search(text) or (
                any(q in text for q in "‘’'") and not _PRINTER.search(text)
            ) or NOTES_TITLE.match(rest[0].text):
                return paragraphs
            omitted.append(Omission("printer's imprint after the end", "colophon", text))
            return paragraphs[: index + 1]
    return paragraphs


_PRAISE = re.compile(
    r"^\s*(?:(?:advance|early|critical) )?(?:praise|acclaim|accolades)(?P<for> for .+)?"
    r"\s*[.:]?\s*$",
    re.IGNORECASE,
)
_BLURB = re.compile(r"^\s*[“\"‘«]")


def is_praise_heading(text: str) -> bool:
    """Does this line head a praise page ("PRAISE FOR TOBIAS WRENFIELD", "Advance
    Praise")? Its blurbs' lines ("A thriller of rare power" / "Lee Child") are no title
    page's genre and author."""
    return bool(_PRAISE.match(text))
_ATTRIBUTION = re.compile(
    r"(?:^|[”\"’»]\s*)(?:[—―–]|--)\s*(?P<who>[A-Z][^”\"“]{0,80}?)\s*$"
)
"""A blurb's signature: a dash and who said it ("—Kirkus Reviews", "— Jane Doe, author of
The Glass Sea"), alone or after the quotation's close; never a sentence ("—Tom shrugged
and looked away.", a dash-dialogue line "— Then mean it, said the choirmaster.")."""
MAX_SIGNATURE_WORDS = 12
"""A praise page is quoted blurbs, each signed ("—Publishers Weekly"): a novel's chapter
called "Praise for the Fallen" is not, and is read."""
LONG_PROMOTION_WORDS = 1500
"""A praise page runs to a few pages of blurbs at most; more is read."""
_READERS_GUIDE = re.compile(
    r"^\s*(?:an? )?reader(?:s[’']?|[’']s)? guide\s*[.:]?\s*$", re.IGNORECASE
)
_DISCOVER_MORE = re.compile(r"^\s*discover more\s*[.:!]?\s*$", re.IGNORECASE)
_WEB = r"(?:https?://|www\.)\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|co\.uk|ca|com\.au)\b"
_CALL = re.compile(rf"\b(?:(?:tap|click) here|sign up)\b|{_WEB}", re.IGNORECASE)
_THANKS = re.compile(
    r"^[\s*_]*(?:thank you for (?:buying|purchasing|downloading|choosing)|we hope you enjoyed"
    r"(?: reading)?) this\b.{0,60}\be-?book\b",
    re.IGNORECASE,
)
_SIGN_UP = re.compile(r"\b(?:sign up|newsletters?|mailing list|special offers)\b", re.IGNORECASE)
"""A publisher's page that thanks the buyer of "this ebook" and asks them to sign up."""
_MARKETING_LINE = re.compile(
    r"^[\s*_]*(?:discover great (?:authors|books|reads)|sign up\b|subscribe\b"
    r"|(?:for|get) (?:e-?mail |news )?updates\b|learn more\b|find out more\b)",
    re.IGNORECASE,
)
_LINK_HERE = re.compile(r"\b(?:e-?mail|newsletters?|updates|offers)\b.*\bhere\W*$", re.IGNORECASE)
MAX_MARKETING_LINE_WORDS = 30


def _is_marketing_line(text: str) -> bool:
    """A publisher's line at the end of a page, unmistakable only with its web address or
    the "here" of the link it was ("Sign up for email updates here.")."""
    return (len(text.split()) <= MAX_MARKETING_LINE_WORDS and bool(_MARKETING_LINE.match(text))
            and bool(re.search(_WEB, text, re.IGNORECASE) or _LINK_HERE.search(text)))  # fmt: skip


_SIGNED_BELOW = re.compile(
    rf"^\s*[“\"‘«][^{LINE_BREAK}]+[”\"’»]\s*{LINE_BREAK}\s*(?P<who>[A-Z][^{LINE_BREAK}“”\"]*?)\s*$"
)
"""A blurb signed on the line below it, with no dash ("“The best thing I've ever read.”" /
"Popular Newspaper"), as a praise page under its heading sets them."""


def _signed(text: str) -> bool:
    """Does `text` end with a blurb's signature (`_ATTRIBUTION`, or a name under it)?"""
    found = _ATTRIBUTION.search(text) or _SIGNED_BELOW.match(text)
    if not found:
        return False
    who = found["who"].rstrip(" )]")
    return len(who.split()) <= MAX_SIGNATURE_WORDS and not who.endswith((".", "!", "?", ","))


_CATALOGUE = re.compile(
    r"^\s*(?:[A-Z][\w.,&'’ -]{0,60}?['’]s?\s+|(?:a\s+)?(?:list|catalogue|selection)\s+of\s+)?"
    r"(?:(?:new|recent(?:ly published)?|popular|standard|select(?:ed)?|important|illustrated"
    r"|cheap|forthcoming|choice|gift)\s+(?:(?:and|&)\s+)?)*"
    r"(?:books|works|novels|publications|fiction|poetry|poems|list|catalogue|announcements)"
    r"(?:\s+(?:by|published by|issued by|for)\s+.+)?\s*[.:]?\s*$",
    re.IGNORECASE,
)
"""A Victorian publisher's catalogue's heading: "MACMILLAN AND CO.'S POPULAR NOVELS.",
"NEW BOOKS.", "WORKS BY MRS. OLIPHANT", "A LIST OF BOOKS PUBLISHED BY …", "BOOKS FOR BOYS".
A story may be called so ("Grandmother's Books"): the page's text and place decide."""
_PRICE = re.compile(r"(?<![\w£$])\d{1,3}s\.(?:\s?\d{1,2}d\.)?(?!\w)")
_SIZE = re.compile(r"(?<!\w)(?:4|8|12|16|18|24|32)(?:to|vo|mo)\b|\b\d vols?\.", re.IGNORECASE)
"""What a catalogue's entries carry: a price in shillings ("3s. 6d."), a size ("Crown
8vo") or the volumes ("3 vols.")."""
MAX_CATALOGUE_WORDS = 3000
MAX_CATALOGUE_PARAGRAPH_WORDS = 60


def _priced(texts: list[str], words: int) -> bool:
    """Does a page read as a publisher's catalogue: a book's size and another price or
    size at least, in short entries? A story's "paid 3s. 6d." names no size, and its
    chapter "New Books" has long paragraphs."""
    sizes = sum(len(_SIZE.findall(t)) for t in texts)
    prices = sum(len(_PRICE.findall(t)) for t in texts)
    return (sizes >= 1 and sizes + prices >= 2 and words <= MAX_CATALOGUE_WORDS
            and words <= MAX_CATALOGUE_PARAGRAPH_WORDS * len(texts))  # fmt: skip


MIN_CATALOGUE_ENTRIES = 3


def _plainly_catalogue(texts: list[str]) -> bool:
    """Are these a catalogue's entries even with no "THE END" before them: three priced
    or sized ("Crown 8vo, cloth, 3s. 6d.") at least, and half of them or more, none of
    them a character's words in quotation marks? A novel's chapter that tells of a book
    bought for 3s. 6d. is prose, its prices few among its paragraphs."""
    marked = [t for t in texts if _PRICE.search(t) or _SIZE.search(t)]
    spoken = any(t.lstrip(" *_").startswith(("\"", "“", "‘", "'", "«")) for t in marked)
    return len(marked) >= MIN_CATALOGUE_ENTRIES and len(marked) * 2 >= len(texts) and not spoken


def _catalogue_heading(line: str) -> bool:
    """A line set as a catalogue's heading inside a plain-text book's last chapter ("NEW
    NOVELS.", "MESSRS. BLACKWOOD'S PUBLICATIONS.", "BY THE SAME AUTHOR."): short, in
    capitals or with every long word capitalised, never a sentence ("New books came.")."""
    words = line.split()
    if not words or len(words) > MAX_PAGE_LINE_WORDS or line.rstrip(_CLOSING).endswith(("!", "?")):
        return False
    if not all(w[:1].isupper() for w in re.findall(r"[^\W\d_]{4,}", line)):
        return False
    return bool(_CATALOGUE.match(line)) or heading_reason(line.strip(" .:")) in _PROMOTION


def _without_catalogue(paragraphs: list[Paragraph], omitted: list[Omission]) -> list[Paragraph]:
    """The last chapter without a publisher's catalogue bound in at its end, as a plain
    text sets one: a catalogue's heading line (`_catalogue_heading`) over priced entries
    (`_priced`) to the end, after the book's "THE END" or plainly a catalogue's
    (`_plainly_catalogue`) without one. Its heading's line is where the story stops."""
    for index in range(1, len(paragraphs)):
        line = paragraphs[index].text.strip()
        if not _catalogue_heading(line):
            continue
        rest = [p.text for p in paragraphs[index + 1 :]]
        if not rest or not _priced(rest, sum(len(t.split()) for t in rest)):
            continue
        story = _ended(paragraphs[:index], [])
        if not (is_the_end(story[-1].text) or _plainly_catalogue(rest)):
            continue
        omitted.append(Omission(f"section '{line}'", "advertisement", " ".join(rest)))
        return paragraphs[:index]
    return paragraphs


_PLAYLIST = re.compile(
    r"^\s*(?:the\s+|a\s+)?(?:(?:book|story|novel|reading)\s+)?(?:playlist|soundtrack)"
    r"(?:\s+for\s+.+)?\s*[.:]?\s*$",
    re.IGNORECASE,
)
_SONG = re.compile(
    r"^\s*(?:\d{1,2}[.)]\s*)?[“\"‘']?[^.!?“”\"]{1,60}[”\"’']?,?\s*(?:[–—-]+|,|\bby\b)\s*"
    r"[^\s.!?][^!?]{0,60}$"
)
"""A playlist's line: a song and who sings it ("“Cruel Summer” – Taylor Swift", "Dreams,
Fleetwood Mac", "1. Landslide by The Chicks"). A playlist page of such lines, before a
novel, is the writer's music to read by: not read, as a narrator would not read it."""


def _promotion_reason(
    heading: str | None,
    paragraphs: list[Paragraph],
    *,
    front: bool,
    before: list[Paragraph] | None = None,
) -> str | None:
    """Why a publisher's page whose heading alone would not show it is left out, judged by
    its text too: a praise page of signed blurbs ("Praise for …", "Advance Praise", or
    "Praise" alone at the front), a playlist of songs and singers, a reader's guide of
    discussion questions, "Discover More"
    with its link, a "Thank you for buying this ebook … sign up" page, a publisher's
    catalogue of priced books under its heading ("NEW BOOKS.": `_priced`) after the
    book's "THE END" (`before`: the chapter read before it, which ends so, or ends so
    but for a printer's line; only looked at under a catalogue's heading), or with no
    "THE END" when its entries are plainly a catalogue's (`_plainly_catalogue`)."""
    texts = [p.text for p in paragraphs]
    words = sum(len(t.split()) for t in texts)
    praise = _PRAISE.match(heading or "")
    bare = praise is not None and praise.group(0).strip(" .:").casefold() in ("praise", "acclaim")
    if praise and (front or not bare):
        blurbs = [t for t in texts if not _PRAISE.match(t)]
        signed = [t for t in blurbs if _signed(t)]
        quoted = [t for t in blurbs if _BLURB.match(t) or _signed(t)]
        enough = len(signed) >= 2 or (len(signed) == 1 and len(blurbs) <= 2)
        if enough and len(quoted) * 3 >= len(blurbs) * 2 and words <= LONG_PROMOTION_WORDS:
            return "praise page"
    if heading and _READERS_GUIDE.match(heading):
        asked = [t for t in texts if t.rstrip(_CLOSING).endswith("?")]
        if len(asked) >= 2 and len(asked) * 2 >= len(texts):
            return "reading group guide"
    if heading and _CATALOGUE.match(heading) and _priced(texts, words):
        story = _ended(before or [], [])
        if (story and is_the_end(story[-1].text)) or _plainly_catalogue(texts):
            return "advertisement"
    if heading and _PLAYLIST.match(heading) and texts:
        songs = [t for t in texts if _SONG.match(t)]
        if len(songs) >= 3 and len(songs) * 3 >= len(texts) * 2 and words <= MAX_PROMOTION_WORDS:
            return "playlist"
    if words > MAX_PROMOTION_WORDS:
        return None
    if heading and _DISCOVER_MORE.match(heading) and any(_CALL.search(t) for t in texts):
        return "advertisement"
    if any(_THANKS.match(t) for t in texts[:3]) and any(_SIGN_UP.search(t) for t in texts):
        return "advertisement"
    return None


_ABOUT_PAGE = re.compile(
    r"^\s*(?:about|meet)\s+the\s+(?:authors?|illustrators?|translators?|editors?)\b",
    re.IGNORECASE,
)
"""A page about the book's makers, which a publisher ends with a call to sign up."""


def is_about_page(title: str) -> bool:
    """Does this heading open a page about the book's makers ("About the Author")? Such
    a page is its own chapter even under a minor heading, never a poem's or a note's."""
    return bool(_ABOUT_PAGE.match(title)) and len(title.split()) <= 5
_SIGN_UP_WORDS = re.compile(
    r"\b(?:sign(?:ing)? up|newsletters?|subscribe|mailing list|free (?:e-?)?books?"
    r"|exclusive)\b",
    re.IGNORECASE,
)
"""A call to sign up: what only a publisher's sentence at a page's end asks of a reader
("Learn more about deposit protection at www.gov.uk/…" is the author's own)."""


def _is_sign_up(text: str) -> bool:
    """A sentence asking the reader to sign up ("Sign up for her newsletter at …",
    "Join my mailing list here."), with the web address or link it was."""
    return (
        len(text.split()) <= MAX_MARKETING_LINE_WORDS
        and bool(_SIGN_UP_WORDS.search(text))
        and bool(re.search(rf"{_WEB}|\bhere\W*$", text, re.IGNORECASE))
    )


_LINK = rf"(?:[\w’'-]+(?: [\w’'-]+){{0,2}}:\s*)?(?:(?:{_WEB})\S*|[\w.+-]*@[\w-]+(?:\.[\w-]+)*)"
_LINK_LINE = re.compile(rf"^[\s*_]*{_LINK}(?:\s+{_LINK})*[\s*_]*$", re.IGNORECASE)
_LEADS_IN = re.compile(r"^(?:\S+ ){0,7}\S+:$")
"""An author's links as a line ("Twitter: http://twitter.com/…", "www.….com" over
"@handle"), under a short sentence that leads in to them ("Connect with him online:")."""


def is_link_line(text: str) -> bool:
    """Is this line only an author's links ("Instagram: @deliawrites", "Website:
    www.….com"): no line of a poem or a list to be read with the lines round it?"""
    return bool(_LINK_LINE.match(text))


_LAST_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[“\"‘']?[A-Z])(?!.*[.!?]\s+[“\"‘']?[A-Z])")
"""Where a paragraph's last sentence starts."""


def _without_marketing(
    title: str | None, paragraphs: list[Paragraph], omitted: list[Omission]
) -> list[Paragraph]:
    """A kept page (About the Author) without the publisher's lines at its end:
    "Discover great authors … at hc.com.", "Sign up for email updates here.", and, on a
    short "About the Author" page, a call to sign up that ends its last paragraph ("…
    with two cats. Sign up for her newsletter at deliamarchetti.com/news."); never a
    chapter's last sentence, nor one that only gives a web address. A Smashwords author's
    page ends on the author's links ("Twitter: http://…", after "Connect with him
    online:") and "Thank you for reading! … please consider leaving a review": not read,
    nor the line that leads in to the links, in their paragraph or its own."""
    about = bool(_ABOUT_PAGE.match(title or ""))
    page = about and sum(len(p.text.split()) for p in paragraphs) <= MAX_PROMOTION_WORDS
    end = len(paragraphs)
    while end > 1 and (_is_marketing_line(paragraphs[end - 1].text) or (page and (
            _asks_reader(paragraphs[end - 1].text) or _LINK_LINE.match(paragraphs[end - 1].text)))):
        end -= 1  # fmt: skip
    cut = [p.text for p in paragraphs[end:]]
    kept = paragraphs[:end]
    last = kept[-1].text if kept else ""
    parts = _LAST_SENTENCE.split(last, maxsplit=1)
    short = sum(len(p.text.split()) for p in kept) <= MAX_PROMOTION_WORDS  # not a chapter
    if about and short and len(parts) == 2 and (_is_sign_up(parts[1]) or (
            any(map(_LINK_LINE.match, cut)) and _LEADS_IN.match(parts[1]))):  # fmt: skip
        kept[-1] = replace(kept[-1], text=parts[0])
        cut.insert(0, parts[1])
    elif about and short and len(kept) > 1 and _LEADS_IN.match(last) \
            and any(map(_LINK_LINE.match, cut)):  # fmt: skip
        cut.insert(0, kept.pop().text)  # "Connect with Delia online:" over links left out
    if not cut:
        return paragraphs
    omitted.append(Omission(f"marketing line at the end of '{title or 'a page'}'",
                            "advertisement", " ".join(cut)))  # fmt: skip
    return kept


_EPIGRAPH_SOURCE = re.compile(
    r"(?:^|[.!?…,;:\"”’'*_)]\s+)(?:[—―]|--?)\s*[\"“‘*_]*[A-Z][\w.'’-]+"
)
"""An epigraph's source: a dash and a name, on its own line or after the quotation."""
MAX_EPIGRAPH_WORDS = 80


_LISTS = frozenset({"list of illustrations", "list of tables"})
MIN_PROSE_WORDS = 40


def _holds_prose(paragraphs: list[Paragraph]) -> bool:
    """Does a list's section hold a paragraph of prose (forty words or more, ending on a
    sentence's stop)? A list of plates never does; an essay whose heading in capitals was
    not found as a chapter, run on under the list, does, and is read, not lost with it."""
    return any(
        len(p.text.split()) >= MIN_PROSE_WORDS and p.text.rstrip(_CLOSING).endswith((".", "!", "?"))
        for p in paragraphs
    )


def _epigraph_after_list(paragraphs: list[Paragraph]) -> int | None:
    """Where an epigraph begins at the end of a contents list (a quotation and its
    source, "— William Blake, …", after two entries or more), or None: it is the
    book's, read at the start of what follows, not left out with the list."""
    for start in range(max(2, len(paragraphs) - 3), len(paragraphs)):
        tail = paragraphs[start:]
        entries = paragraphs[:start]
        quotation = tail[0].text.rstrip(_CLOSING)
        quoted = quotation.endswith((".", "!", "?", "…", ",", ";", ":"))
        if (
            (quoted or _EPIGRAPH_SOURCE.search(tail[0].text))
            and any(_EPIGRAPH_SOURCE.search(p.text) for p in tail)
            and sum(len(p.text.split()) for p in tail) <= MAX_EPIGRAPH_WORDS
            and all(len(p.text.split()) <= MAX_PAGE_LINE_WORDS
                    and not _EPIGRAPH_SOURCE.search(p.text) for p in entries)
        ):  # fmt: skip
            return start
    return None


_SOURCE_ENDS = re.compile(r"(?:^|[.!?…,;:\"”’'*_)])\s*(?:[—―]|--)\s*[\"“‘*_]*[A-Z][\w.'’ ,-]*$")
"""An epigraph's source at the end of its last line, the dash set close or apart
("… to study household good.--MILTON.", "— Anton Chekhov")."""


def epigraph_alone(paragraphs: list[Paragraph]) -> bool:
    """Is this page an epigraph and nothing else (a quotation of a few short lines, then
    its source: Beeton's "Nothing lovelier can be found / In Woman, than to study
    household good.--MILTON.")? Alone before the first chapter it is read at that
    chapter's start, as an epigraph after the contents list is, not as a page named
    for the book whose title the credits just said. A dedication ("For my mother — J.")
    or a note is no epigraph."""
    if not paragraphs or len(paragraphs) > MAX_DEDICATION_PARAGRAPHS:
        return False
    if sum(len(p.text.split()) for p in paragraphs) > MAX_EPIGRAPH_WORDS:
        return False
    last = paragraphs[-1].text.split(LINE_BREAK)[-1].strip()
    quotation = " ".join(p.text for p in paragraphs)
    return (
        bool(_SOURCE_ENDS.search(last))
        and not _SOURCE_ENDS.match(paragraphs[0].text.strip())  # a source with no quotation
        and not _DEDICATION.match(paragraphs[0].text)
        and not _FRONT_NOTE.match(paragraphs[0].text)
        and len(quotation.split()) >= 4
    )


def epigraph_after_dedication(paragraphs: list[Paragraph]) -> int | None:
    """Where an epigraph begins after a dedication on the book's first page (its own
    page in the book: "For my mother, who read to me every night" / "_The sea has
    neither meaning nor pity._" / "— Anton Chekhov"), or None. The dedication before it
    is read under "Dedication"; the epigraph is no part of it, and is read where an
    epigraph set after the contents is (`drop_matter`), at the start of what follows.
    The epigraph is a quotation, not addressed as a dedication is, with its source (a
    dash and a name) on a line of its own or after it; a dedication's own signature
    ("To my father" / "— H. M.") has no quotation over it and stays the dedication's."""
    for start in range(1, len(paragraphs)):
        head, tail = paragraphs[:start], paragraphs[start:]
        source = next(
            (i for i, p in enumerate(tail) if _EPIGRAPH_SOURCE.search(p.text)), None
        )
        quoted = source is not None and (
            source > 0 or not re.match(r"^[\W_]*(?:[—―]|--?)", tail[0].text)
        )  # a quotation over the source, or before its dash on the same line
        if (
            quoted
            and len(tail) <= MAX_DEDICATION_PARAGRAPHS
            and sum(len(p.text.split()) for p in tail) <= MAX_EPIGRAPH_WORDS
            and not (_DEDICATION.match(tail[0].text) or _and_addressed(tail[0].text))
            and is_dedication(head)
        ):
            return start
    return None


def drop_matter(found: ReadText, policy: TextPolicy) -> tuple[ReadText, list[Omission]]:
    """Leave out front and back matter (any format): chapters whose heading names it,
    a short chapter that opens with a promotional heading line ("Also by", "Don't miss
    out!"), a publisher's page known by its heading and text together (praise, a reader's
    guide, "Thank you for buying this ebook": `_promotion_reason`), the publisher's lines
    that end a kept page (`_without_marketing`), a copyright page's lines at the book's
    front or back (`_without_legal`),
    the printer's lines after the book's own end (`_ended`) and back matter under a
    heading line in a chapter (`_drop_tail`). Each is listed as an Omission.

    Notes sections are left to `notes.resolve`, which reads them as notes. A long
    chapter is kept whatever its heading says unless the user asked: losing a chapter
    to a misleading title is worse than reading an index.
    """
    omitted: list[Omission] = []
    given: dict[str, str] = {}  # a pronunciation guide's entries
    kept: list[tuple[str | None, list[Paragraph]]] = []
    carried: list[Paragraph] = []  # an epigraph after the contents, read with what follows
    last = len(found.chapters) - 1
    front = True  # no chapter longer than a page of front matter yet
    ended_at: int | None = None  # where an "Also by" page after the story was left out
    teased_at: int | None = None  # the chapter after a left-out "Turn the page for an excerpt"
    for number, (title, paragraphs) in enumerate(found.chapters):
        if title and _NOTES_AND_SOURCES.match(title) and paragraphs \
                and _NOTE_LINE.match(paragraphs[0].text):  # fmt: skip
            title = NOTES_LABEL  # its notes are notes, as under "Notes" (`notes.resolve`)
        default = heading_reason(title)
        if default == "notes":
            default = None
        entries = _guide(title, paragraphs, found.blocks) if default is None else None
        if entries:
            default = pronounce.GUIDE_REASON
        words = sum(len(p.text.split()) for p in paragraphs)
        if default and words > 3000:
            default = None
        if default in _LISTS and _holds_prose(paragraphs):
            default = None  # the book's own text under it (its headings not found): read
        if default and _BARE_SOURCES.match(title or "") and not _listed(paragraphs):
            default = None  # a story may call a chapter "Sources"; a list of them is back matter
        if default is None and title and _CAST_TITLE.match(title) and _cast_list(paragraphs):
            default = "cast list"  # a full-cast edition's "NARRATOR, Gemma Hale": production
        if default is None and title and words <= MAX_PROMOTION_WORDS and _mostly_legal(paragraphs):
            default = "copyright"  # "Credits": "Cover design: …", "Cover photograph © …"
        reason = decide(policy, default, title)
        if reason and title:
            start = _epigraph_after_list(paragraphs) if reason == "table of contents" else None
            if start is not None:  # the book's epigraph, set after its contents list
                carried, paragraphs = paragraphs[start:], paragraphs[:start]
            prose = (pronounce.guide_prose(paragraphs)
                     if entries and reason == default and not pronounce.guide_heading(title)[1]
                     else {})  # fmt: skip
            text = " ".join(p.text for i, p in enumerate(paragraphs)
                            if i not in prose or p.text != prose[i].text)  # fmt: skip
            omitted.append(Omission(f"section '{title}'", reason, text))
            if entries and reason == pronounce.GUIDE_REASON:
                given = pronounce.merged(given, entries)  # the first guide's entry wins
            if prose:  # "A Note on Names": the author's sentences stay, the entries go
                kept.append((title, list(prose.values())))
            if reason in _PROMOTION and not front and ended_at is None:
                ended_at = len(kept)  # "Also by" after the story: the story has ended
            if reason in _PROMOTION and _teases(paragraphs):
                teased_at = len(kept)
            continue
        paragraphs, carried = [*carried, *paragraphs], []
        opening = paragraphs[0].text if paragraphs else ""
        heading_like = len(opening.split()) <= 8 and not opening.rstrip("!?").endswith((".", ","))
        if heading_like and words <= MAX_PROMOTION_WORDS and heading_reason(opening) in _PROMOTION \
                and not matches(policy.keep, opening):  # fmt: skip
            # a page of the author's other books under the book's own title
            omitted.append(Omission(f"section '{title or opening}'", heading_reason(opening) or "",
                                    " ".join(p.text for p in paragraphs)))  # fmt: skip
            if not front and ended_at is None:
                ended_at = len(kept)
            if _teases(paragraphs):
                teased_at = len(kept)
            continue
        heading = title or (opening if heading_like else None)
        before = kept[-1][1] if kept else None
        reason = _promotion_reason(heading, paragraphs, front=front, before=before)
        if reason and not matches(policy.keep, title, opening):
            omitted.append(Omission(f"section '{heading or opening}'", reason,
                                    " ".join(p.text for p in paragraphs)))  # fmt: skip
            continue
        front = front and words <= MAX_PROMOTION_WORDS
        paragraphs = _without_marketing(title, paragraphs, omitted)
        if number < 3 or number == last:  # a copyright page sits at the front or the back
            paragraphs = _without_legal(paragraphs, omitted)
        if number == last:
            paragraphs = _ended(_without_catalogue(paragraphs, omitted), omitted)
        before_tail = len(omitted)
        kept.append((title, _drop_tail(paragraphs, policy, omitted, last=number == last,
                                       blocks=found.blocks, given=given)))  # fmt: skip
        if any(o.why in _PROMOTION and _TEASER.search(o.text)
                             for o in omitted[before_tail:]):  # fmt: skip
            teased_at = len(kept)  # "Also by …" then "Read on for a sneak peek", in a chapter
    if (
        kept
        and omitted
        and omitted[-1].why in _PROMOTION
        and omitted[-1].what.startswith("section")
    ):  # the book ends on a left-out "Also by" page or catalogue: its printer's line before
        kept[-1] = (kept[-1][0], _ended(kept[-1][1], omitted))
    kept = _without_next_book(kept, policy, omitted, ended_at=ended_at, teased_at=teased_at)
    kept = _without_closing_pitch(kept, policy, omitted)
    kept = _without_calls_to_action(kept, policy, omitted)
    kept = _without_email_furniture(kept, policy, omitted)
    kept = _without_news_stamps(kept, omitted)
    if not any(ps for _, ps in kept):  # never leave the book empty: read it all instead
        return found, []
    given = pronounce.merged(found.pronounce, given)
    return replace(found, chapters=kept, pronounce=given), omitted


def _guide(
    title: str | None, paragraphs: list[Paragraph], blocks: dict[str, tuple[str, Rows]]
) -> dict[str, str] | None:
    """A pronunciation guide's entries, when a section under this heading is one: its
    heading may name one ("Pronunciation Guide", "Glossary of Names", "PRONOUNCING
    VOCABULARY.") and its lines, definition list or table are mostly names with their
    respellings (`pronounce.guide_entries`)."""
    may, named = pronounce.guide_heading(title)
    if not may:
        return None

    def rows_of(text: str) -> list[tuple[str, ...]] | None:
        key = text[1:-1] if text[:1] == _BLOCK_OPEN and text[-1:] == _BLOCK_CLOSE else None
        block = blocks.get(key) if key is not None else None
        return list(block[1]) if block and block[0].startswith("table") else None

    return pronounce.guide_entries(paragraphs, rows_of, named=named)


_PITCH = re.compile(
    r"\b(?:thanks? (?:you )?(?:so much )?for reading|leav(?:e|ing) (?:a|an|me a) (?:\S+ ){0,2}"
    r"(?:review|rating)|rate and review|reviews? (?:help|mean)|pre-?orders?|available now"
    r"|out now|coming (?:soon|(?:this |next )?(?:spring|summer|fall|autumn|winter|\d{4}))"
    r"|don[’']?t miss|ready for more\?|sign(?:ing)? up|newsletter|mailing list|patreon|patrons"
    r"|discord|reader(?:s[’']?|[’']s)? group|facebook group|bonus (?:epilogue|chapter|scene)"
    r"|sneak peek|next (?:book|adventure|installment) in the)\b",
    re.IGNORECASE,
)
"""What an author's closing pitch asks of the reader: a review, a pre-order, a newsletter,
a Patreon or Discord, the next book."""
_PITCH_WEB = re.compile(
    rf"{_WEB}|\b[\w-]+\.(?:gg|io|me|ly|link)/\S+|\b(?:patreon|facebook|instagram)\.\w+/\S+",
    re.IGNORECASE,
)
_LETTER_EDGE = re.compile(
    r"^[\s*_]*(?:dear (?:readers?|friends?)\b[\w ]{0,12}[,:!]?"
    r"|(?:xoxo|xo|hugs|love|cheers|happy reading|until next time|with (?:love|gratitude)"
    r"|warmly|best)\b[\w ,.!]{0,30}|[—–-]\s*[A-Z][\w.]*(?: [A-Z][\w.]*)?)[\s*_]*$",
    re.IGNORECASE,
)
"""A letter to the reader's salutation ("Dear Reader,") or sign-off ("xoxo, Lyra"):
part of a closing pitch, never said without it."""
MAX_PITCH_WORDS = 80
_NEXT_BOOK = re.compile(
    r"^[\s*_]*(?:(?:read on|keep reading|turn the page) for (?:an? |the )?(?:excerpt|sneak peek"
    r"|preview|sample)|(?:an? |bonus |exclusive )?(?:excerpt|sneak peek|preview)\s*(?:[:—–-]"
    r"|\b(?:from|of|at)\b)\s*\S)",
    re.IGNORECASE,
)
"""The line that opens the next book's excerpt at the end of this one ("Excerpt: THE
BLACKSMITH'S BRIDE (Book 6)", "Keep reading for a sneak peek of …")."""


_TO_READER = re.compile(
    r"\b(?:you|your|my|me|please|thanks?|join|subscribe|sign up|leave|grab|pre-?order)\b",
    re.IGNORECASE,
)
"""Words that speak to the reader or ask of them."""
_QUOTED = re.compile(r"[\"“”]")


def _asks_reader(text: str) -> bool:
    """Is this paragraph a line of an author's pitch? Short, with a pitch ("leave a
    review", "newsletter", "Patreon"), said to the reader ("your", "my", "Join …"), and
    quoting no one: "She has a Patreon now" and a newsletter a story quotes are the
    story's."""
    return (
        len(text.split()) <= MAX_PITCH_WORDS
        and bool(_PITCH.search(text))
        and bool(_TO_READER.search(text))
        and not _QUOTED.search(text)
    )


_BOOK_NAMED = re.compile(
    r"\bbook\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\b"
    r"|\b(?:sequel|next book|new (?:novel|release)|series|forthcoming|upcoming|sneak peek)\b",
    re.IGNORECASE,
)
_CAPS_TITLE = re.compile(r"\b[A-Z][A-Z'’]+(?:\s+[A-Z][A-Z'’]+)+\b")
"""Another book named in an excerpt's heading: "(Book 6)", "the sequel", "MIDNIGHT HUNT"."""
MAX_EXCERPT_HEADING_WORDS = 20
_EPILOGUE = re.compile(r"^\s*epilogue\b", re.IGNORECASE)


def excerpt_heading(line: str) -> bool:
    """Is this line an excerpt's heading: opened as one, short, one sentence at most?"""
    return (
        bool(_NEXT_BOOK.match(line))
        and len(line.split()) <= MAX_EXCERPT_HEADING_WORDS
        and not re.search(r"[.!?…]\s+\S", line)
    )


def _teases(paragraphs: list[Paragraph]) -> bool:
    """Does a left-out advertisement page announce an excerpt ("SNEAK PEEK / Turn the
    page for an excerpt from …", "Read on for a sneak peek of DEAD AIR")?"""
    return any(_NEXT_BOOK.match(p.text) or _TEASER.search(p.text) for p in paragraphs)


_TEASER = re.compile(
    r"\b(?:read on|keep reading|turn the page) for (?:an? |the )?(?:excerpt|sneak peek|preview"
    r"|sample)\b",
    re.IGNORECASE,
)


_OTHER_OPENING = re.compile(
    r"^.{1,80}?\s[—–:-]\s*(?:chapter\s+(?:1|one|i)|prologue)\s*$", re.IGNORECASE
)
"""Another book's first chapter, named with its book: "Dead Air — Chapter 1"."""


def _without_teased_excerpt(
    chapters: list[tuple[str | None, list[Paragraph]]], policy: TextPolicy,
    omitted: list[Omission], teased_at: int | None,
) -> list[tuple[str | None, list[Paragraph]]]:
    """The book without the excerpt that a left-out teaser page announced: the chapter
    right after it, when it opens a book ("Chapter 1", "Dead Air — Chapter 1",
    "Prologue") in the book's second half, to the end of the book or its "About the
    Author" page (kept). The teaser is an advertisement; the sample it brings is
    another book's, and a narrator of this one does not read it."""
    if teased_at is None or teased_at >= len(chapters):
        return chapters
    title = chapters[teased_at][0] or ""
    if not (_FIRST_CHAPTER.match(title) or _OTHER_OPENING.match(title)):
        return chapters
    if matches(policy.keep, title):
        return chapters
    before = sum(len(p.text.split()) for _, ps in chapters[:teased_at] for p in ps)
    after = sum(len(p.text.split()) for _, ps in chapters[teased_at:] for p in ps)
    if before < after:
        return chapters  # in the book's first half: the story's own
    end = next((n for n in range(teased_at + 1, len(chapters))
                if is_about_page(chapters[n][0] or "")), len(chapters))  # fmt: skip
    cut = [p.text for _, ps in chapters[teased_at:end] for p in ps]
    omitted.append(Omission(f"the next book's excerpt '{title}'", "advertisement", " ".join(cut)))
    return [*chapters[:teased_at], *chapters[end:]]


_CALL_TO_ACTION = re.compile(
    r"\b(?:leav(?:e|ing) (?:a|an|me a) (?:\S+ ){0,2}(?:review|rating)|rate and review"
    r"|every review (?:helps|counts|matters)|reviews? (?:are|is) (?:everything|so important)"
    r"|pre-?order|wherever books are sold|sign(?:ing)? up for (?:my|her|his|our|their|the) "
    r"(?:\S+ )?newsletter|join (?:my|her|his|our|their|the) (?:\S+ )?(?:newsletter|mailing list"
    r"|reader(?:s[’']?|[’']s)? group|facebook group|discord|patreon)"
    r"|(?:get|grab|claim|download) (?:your |the |a )?(?:free|bonus|exclusive)\b|bookhip|bookfunnel"
    r"|follow (?:me|her|him|them|us) on (?:instagram|tiktok|twitter|facebook|bluesky|threads)\b)",
    re.IGNORECASE,
)
"""A call to action: a review asked for, a pre-order, a newsletter or a free bonus to
sign up for, the author's social media to follow."""
_SPOKEN = re.compile(
    r"^[\s*_]*[\"“‘]|[,!?…][\"”’]\s+(?:\w+\s+)?(?:said|asked|says|asks|told|whispered|shouted)\b"
)
_BACK_NOTE = re.compile(
    r"^\s*(?:an? )?(?:(?:personal |final )?note (?:from|by) the author|author[’']?s[’']? notes?"
    r"|acknowledge?ments?|afterword|dear reader|thank you|a letter to (?:the )?readers?)\b",
    re.IGNORECASE,
)
_IMPERATIVE = re.compile(
    r"(?:^|[.!?:][\s*_]+|[\n\u2028][\s*_]*)(?:follow|get|grab|claim|download|pre-?order"
    r"|sign up|join|subscribe|leave)\b|\b(?:you|your|please|I|I[’']ll|my|me|us|our)\b",
    re.IGNORECASE,
)
"""A call said to the reader: a sentence that opens on it ("Get the FREE bonus epilogue
here", "Follow her on"), or words to the reader ("please", "my newsletter")."""
MAX_CTA_TAIL = 4
"""How many of the story's last paragraphs a call to action may stand in."""


def _without_calls_to_action(
    chapters: list[tuple[str | None, list[Paragraph]]], policy: TextPolicy,
    omitted: list[Omission],
) -> list[tuple[str | None, list[Paragraph]]]:
    """The book without its calls to action (`_CALL_TO_ACTION`: "please consider leaving
    a review… every review helps", "Pre-order DEAD AIR now", "Sign up for my
    newsletter", "Get the FREE bonus epilogue here: bookhip…") where an author puts
    them: in a page after the story ("About the Author", "A Note from the Author",
    "Acknowledgments") or among the last paragraphs of its last chapter. Each is a
    paragraph said to the reader, short, and no one's speech: a character who says
    "leave a review" is the story's, and an author's note that thanks readers without
    asking anything is read. Retailers' rules for audiobooks forbid them too."""
    back = [is_about_page(t or "") or bool(_BACK_NOTE.match(t or "")) for t, _ in chapters]
    story = max((n for n, b in enumerate(back) if not b), default=None)
    result = []
    for number, (title, paragraphs) in enumerate(chapters):
        if not back[number] and number != story:
            result.append((title, paragraphs))
            continue
        first = 0 if back[number] else max(0, len(paragraphs) - MAX_CTA_TAIL)
        calls = [
            p for p in paragraphs[first:]
            if len(p.text.split()) <= MAX_PITCH_WORDS and _CALL_TO_ACTION.search(p.text)
            and _IMPERATIVE.search(p.text)
            and not _SPOKEN.search(p.text) and not matches(policy.keep, p.text)
        ]  # fmt: skip
        if calls:
            where = f"'{title}'" if title else "the book's end"
            omitted.append(Omission(f"a call to action in {where}", "advertisement",
                                    "\n".join(p.text for p in calls)))  # fmt: skip
            paragraphs = [p for p in paragraphs if not any(p is c for c in calls)]
            if not paragraphs:
                continue
        result.append((title, paragraphs))
    return result


_EMAIL_FURNITURE = re.compile(
    r"(?:view|read) (?:this (?:email|issue|newsletter|post) |it )?(?:online|in (?:your |a |the )?"
    r"(?:web )?browser)\b|(?:share|forward) this (?:issue|email|newsletter)\b|forward to a friend"
    r"|you(?:[’']re| are) receiving this (?:email|newsletter|message)\b|our mailing address is"
    r"|want to change how you receive these emails|unsubscribe from this list"
    r"|update (?:your|subscription) preferences\b|^unsubscribe\b",
    re.IGNORECASE,
)
"""The words a newsletter's email wraps around its issue, as Mailchimp, Substack and
Buttondown send it: "View this email in your browser", "Share this issue: Twitter |
Facebook", "You are receiving this email because …", "Our mailing address is: …",
"… update your preferences or unsubscribe from this list"."""
MAX_EMAIL_LINES = 3
"""How many of a newsletter's first paragraphs its "View in browser" line may stand in."""
MAX_EMAIL_FOOTER = 10
"""How many of a newsletter's last paragraphs its footer may stand in."""


_RULED = re.compile(r"^(?:\s*[-=_*~]{3,}(?=\s|$))+\s*|(?:\s+[-=_*~]{3,})+\s*$")
"""A paragraph's ruled lines above and below it, as a plain-text email frames its parts."""
_LISTED_LINK = re.compile(r"^\s*\[(?P<n>\d{1,3})\]\s+(?:https?://|www\.|mailto:)\S+\s*$")
_LINKS_LABEL = re.compile(r"^\s*Links\s*:?\s*$", re.IGNORECASE)


def _without_link_list(
    chapters: list[tuple[str | None, list[Paragraph]]], omitted: list[Omission],
) -> tuple[list[tuple[str | None, list[Paragraph]]], bool]:
    """The book without a plain-text email's closing link list ("Links:" over "[1]
    https://…" lines, as Mailchimp, Substack and Buttondown write an email's text part)
    and without the "[1]" marks that point into it: addresses are not read, and the
    marks are links, not notes. Returns the chapters and whether there was one."""
    if not chapters or not chapters[-1][1]:
        return chapters, False
    paragraphs = chapters[-1][1]
    lines: list[str] = []
    start = len(paragraphs)
    while start > 0:
        text = _RULED.sub("", paragraphs[start - 1].text)
        here = [line for line in text.split(LINE_BREAK) if line.strip()]
        if not here or not all(_LISTED_LINK.match(x) or _LINKS_LABEL.match(x) for x in here):
            break
        lines = here + lines
        start -= 1
        if _LINKS_LABEL.match(here[0]):
            break
    numbers = {m["n"] for x in lines if (m := _LISTED_LINK.match(x))}
    if not lines or not _LINKS_LABEL.match(lines[0]) or len(numbers) < 2:
        return chapters, False
    mark = re.compile(rf"\s?\[(?:{'|'.join(numbers)})\](?![(\[:])")
    out = [(title, [replace(p, text=mark.sub("", p.text)) for p in ps]) for title, ps in chapters]
    out[-1] = (out[-1][0], out[-1][1][:start])
    omitted.append(Omission(f"an email's link list ({len(numbers)} links)",
                            "web addresses, and the marks that point to them",
                            "\n".join(lines)))  # fmt: skip
    return out, True


_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_STAMP_DATE = (
    rf"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?(?:\d{{1,2}}\s+{_MONTH},?\s+\d{{4}}"
    rf"|{_MONTH},?\s+(?:\d{{1,2}},?\s+)?\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}[/.]\d{{1,2}}[/.]\d{{2,4}})"
)
_STAMP_TIME = r"\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?"
_STAMP_ZONE = r"(?:[ECMP][SD]?T|GMT|UTC|BST|CET)"
_NEWS_STAMP = re.compile(
    r"^[*_]*(?:(?:updated|published|posted|last updated)\s*:?\s+(?:(?:on|at)\s+)?"
    rf"(?:{_STAMP_DATE}(?:,?\s+(?:at\s+)?{_STAMP_TIME}(?:\s+{_STAMP_ZONE})?)?"
    rf"|{_STAMP_TIME}\s+{_STAMP_ZONE}(?:,?\s+(?:on\s+)?{_STAMP_DATE})?)"
    r"(?:\s*[·•|]\s*\d{1,3}\s*(?:-\s*)?min(?:ute)?s?\s+read)?"
    r"|\d{1,3}\s*(?:-\s*)?min(?:ute)?s?\s+read)\.?[*_]*$",
    re.IGNORECASE,
)
"""A news page's time stamp or reading time on a line of its own: "Updated 3:45 p.m. ET",
"Published: 9 April 2024", "6 min read". The page's, not the story's. Only the stamp's
shape (a date, or a time with its zone, and nothing after it but a reading time): a
diary's "Updated 2 June: the weather is still terrible.", a flyleaf's "Published in
1859." and "Posted at 6 a.m." are read."""
_READING_TIME = re.compile(r"\s*[·•|]\s*\d{1,3}\s*(?:-\s*)?min(?:ute)?s?\s+read\b")
"""A reading time at a byline's end: "By Ann Lee · 9 Apr 2024 · 6 min read"."""
_TRAILING_STAMP = re.compile(
    r"(?<=[.!?\"”’])\s+(?:Updated|Last updated|Published)\s+\d{1,2}(?::\d{2})?\s*[ap]\.?m\.?"
    r"(?:\s+(?:[ECMP][SD]?T|GMT|UTC|BST|CET))?$"
)
"""A time stamp run on at a paragraph's end, as a saved page joins it to the text: "…
congestion risk.” Updated 3:45 p.m. ET"."""


def _without_news_stamps(
    chapters: list[tuple[str | None, list[Paragraph]]], omitted: list[Omission],
) -> list[tuple[str | None, list[Paragraph]]]:
    """The book without a news page's time stamps and reading times (`_NEWS_STAMP`,
    `_READING_TIME`), listed as left out: no narrator says "six minutes read" or
    "Updated three forty-five p.m. ET". A sentence that says when a thing was updated
    is read."""
    found: list[str] = []
    out = []
    for title, paragraphs in chapters:
        kept = []
        for p in paragraphs:
            if _NEWS_STAMP.match(p.text.strip()):
                found.append(p.text.strip())
                continue
            if m := _TRAILING_STAMP.search(p.text):
                found.append(m[0].strip())
                p = replace(p, text=p.text[: m.start()])
            if (m := _READING_TIME.search(p.text)) and len(p.text.split()) <= 30:
                found.append(m[0].strip(" ·•|"))
                p = replace(p, text=_READING_TIME.sub("", p.text))
            kept.append(p)
        out.append((title, kept))
    if not found:
        return chapters
    omitted.append(Omission(f"{len(found)} news time stamp{'s' if len(found) != 1 else ''}",
                            "the page's, not the story's", "\n".join(found)))  # fmt: skip
    return out


def _without_email_furniture(
    chapters: list[tuple[str | None, list[Paragraph]]], policy: TextPolicy,
    omitted: list[Omission],
) -> list[tuple[str | None, list[Paragraph]]]:
    """The book without a newsletter's email furniture (`_EMAIL_FURNITURE`) among its
    first and last paragraphs: short paragraphs, each opening on those words (the
    mailing address under its label is in the same paragraph, or the one after it), the
    sender's page, not the issue. A story that says "unsubscribe" in a sentence, or an
    email quoted within a chapter, is read."""
    if not chapters:
        return chapters
    found: list[str] = []
    out = [(title, list(paragraphs)) for title, paragraphs in chapters]
    out, links = _without_link_list(out, omitted)
    for index, edge in ((0, range(MAX_EMAIL_LINES)), (len(out) - 1, None)):
        paragraphs = out[index][1]
        if edge is None:
            edge = range(max(0, len(paragraphs) - MAX_EMAIL_FOOTER), len(paragraphs))
        drop: set[int] = set()
        for i in edge:
            if i >= len(paragraphs) or i in drop:
                continue
            text = _RULED.sub("", re.sub(r"[*_]+", "", paragraphs[i].text)).strip()
            if (
                len(text.split()) <= 40
                and _EMAIL_FURNITURE.match(text)
                and not matches(policy.keep, text)
            ):
                drop.add(i)
                if re.search(r"mailing address is:?$", text, re.I) and i + 1 < len(paragraphs):
                    drop.add(i + 1)  # the address, a paragraph of its own
        if drop:
            found.extend(paragraphs[i].text for i in sorted(drop))
            out[index] = (out[index][0], [p for i, p in enumerate(paragraphs) if i not in drop])
    if not found:
        return out if links else chapters
    omitted.append(Omission(f"a newsletter's email furniture ({len(found)} line"
                            f"{'s' if len(found) != 1 else ''})",
                            "the email's page, not the issue", "\n".join(found)))  # fmt: skip
    return [(title, paragraphs) for title, paragraphs in out if paragraphs or title]


def _without_next_book(
    chapters: list[tuple[str | None, list[Paragraph]]], policy: TextPolicy,
    omitted: list[Omission], *, ended_at: int | None = None, teased_at: int | None = None,
) -> list[tuple[str | None, list[Paragraph]]]:
    """The book without the next book's excerpt at its end: from a line that opens it
    ("Excerpt: …", "Keep reading for a sneak peek") to the end of the book, chapters
    included, only when the story has visibly ended before it (its "THE END", an
    author's pitch with a web address, an "Also by" page left out (`ended_at`, a chapter
    number) or an "About the Author" page, in the book's second half) and the excerpt
    names another book ("(Book 6)", "MIDNIGHT HUNT") or is followed by a "Chapter 1" or
    "Prologue"; or when it is the last line of the "Epilogue" and does both. Losing the
    story's own last pages is worse than reading an excerpt. An "About the Author" page
    after the excerpt is kept. An excerpt a left-out teaser page announced goes too
    (`_without_teased_excerpt`)."""
    shorter = _without_teased_excerpt(chapters, policy, omitted, teased_at)
    if len(shorter) < len(chapters):
        return shorter
    total = sum(len(p.text.split()) for _, ps in chapters for p in ps)
    seen = 0
    ended = False
    for number, (title, paragraphs) in enumerate(chapters):
        if is_about_page(title or "") or (ended_at is not None and number >= ended_at):
            ended = ended or seen * 2 >= total
        for index, paragraph in enumerate(paragraphs):
            line = paragraph.text
            seen += len(line.split())
            if (
                is_the_end(line)
                or (_asks_reader(line) and _PITCH_WEB.search(line))
                or (len(line.split()) <= 8 and heading_reason(line) in _PROMOTION)
            ):
                ended = ended or seen * 2 >= total
                continue
            if not excerpt_heading(line) or seen * 2 < total or matches(policy.keep, line):
                continue
            later = chapters[number + 1 :]
            anew = bool(later) and bool(_FIRST_CHAPTER.match(later[0][0] or ""))
            named = bool(_BOOK_NAMED.search(line) or _CAPS_TITLE.search(line))
            epilogue = index + 1 == len(paragraphs) and bool(_EPILOGUE.match(title or ""))
            if not ((ended and (named or anew)) or (epilogue and named and anew)):
                continue
            end = next((n for n in range(number + 1, len(chapters))
                        if is_about_page(chapters[n][0] or "")), len(chapters))  # fmt: skip
            cut = [*paragraphs[index:], *(p for _, ps in chapters[number + 1 : end] for p in ps)]
            omitted.append(Omission(f"the next book's excerpt '{line}'", "advertisement",
                                    " ".join(p.text for p in cut)))  # fmt: skip
            head = [(title, paragraphs[:index])] if index else []
            return [*chapters[:number], *head, *chapters[end:]]
    return chapters


_FIRST_CHAPTER = re.compile(
    r"^\s*(?:prologue\b|(?:chapter\s+)?(?:1|one|i)\s*(?:$|[:.—–-](?!\d)))", re.IGNORECASE
)
"""A chapter numbered from the start again ("Chapter 1", "One", "Prologue", not "One
Year Later" or "I Remember"): the next book's opening, after an excerpt's heading."""


def _without_closing_pitch(
    chapters: list[tuple[str | None, list[Paragraph]]], policy: TextPolicy,
    omitted: list[Omission],
) -> list[tuple[str | None, list[Paragraph]]]:
    """The book without the author's pitch at its end (text files and Word documents
    have no page of their own for it): the run of short paragraphs that ask the reader
    for a review, a pre-order, a newsletter sign-up, a Patreon or Discord
    (`_asks_reader`), with its "Dear Reader," and "xoxo, Lyra", only when the pitch
    gives a web address or link and comes after the story's end: its "THE END", a
    "Dear Reader," that opens it, a chapter ("Afterword") of nothing else, or an "About
    the Author" page just after it. That page is kept. A story's last paragraph that
    quotes a newsletter, or tells of someone's Patreon, is read."""
    chapters = list(chapters)
    number = len(chapters) - 1
    while number >= 0 and is_about_page(chapters[number][0] or ""):
        number -= 1
    before_about = number < len(chapters) - 1
    linked = False  # the pitch, in a chapter after this one, gave a web address
    while number >= 0:
        title, paragraphs = chapters[number]
        end_at = max((i for i, p in enumerate(paragraphs) if is_the_end(p.text)), default=-1)
        start = len(paragraphs)
        while start > end_at + 1 and (
            _asks_reader(paragraphs[start - 1].text)
            or _LETTER_EDGE.match(paragraphs[start - 1].text)
        ):
            start -= 1
        run = paragraphs[start:]
        asks = [p for p in run if _asks_reader(p.text)]
        if not asks or any(matches(policy.keep, p.text) for p in run):
            break
        while (
            run
            and _LETTER_EDGE.match(run[0].text)
            and not run[0].text.lower().lstrip("*_ ").startswith("dear")
        ):
            start, run = start + 1, run[1:]  # a sign-off before the pitch is the story's
        linked = linked or any(_PITCH_WEB.search(p.text) for p in asks)
        letter = bool(run) and run[0].text.lower().lstrip("*_ ").startswith("dear")
        after_end = end_at >= 0 or start == 0 or letter or before_about
        if not (linked and after_end and run):
            break
        where = f"the end of '{title}'" if title else "the book's end"
        omitted.append(Omission(f"the author's pitch at {where}", "advertisement",
                                " ".join(p.text for p in run)))  # fmt: skip
        if start:
            chapters[number] = (title, paragraphs[:start])
            break
        del chapters[number]
        number -= 1
        before_about = False
    return chapters


MAX_TITLE_PAGE_LINES = 8
MAX_TITLE_PAGE_WORDS = 40
MAX_PAGE_LINE_WORDS = 12
_GENRE_BY = re.compile(r"^\s*(?:an?|the)\s+\w+(?:\s+\w+)?\s+(?P<by>by\s.+)$", re.IGNORECASE)
"""A subtitle that carries the byline: "A novella by Priya Ramanathan"."""
_CLOSING = "\"'”’»)] *_"


@dataclass(frozen=True)
class TitlePage:
    """A title page found by its lines in a Word file or an EPUB that marks none: how
    many of the opening lines it takes (a contact block above it included), and the
    title and author it shows."""

    size: int
    title: str | None = None
    author: str | None = None
    editor: str | None = None  # "Compiled by …", "Edited by …": an anthology's editor


def title_page_left_out(lines: list[str]) -> Omission:
    """A title page's lines as `plan` lists them, as the plain-text reader lists its own."""
    what = f"title page ({len(lines)} line{'s' if len(lines) != 1 else ''})"
    return Omission(what, "printed matter; the credits say the title and author",
                    "\n".join(lines))  # fmt: skip


def title_page(
    lines: list[str],
    *,
    title: str | None = None,
    author: str | None = None,
    ended: bool,
    story: bool = False,
    names: bool = True,
) -> TitlePage | None:
    """The title page that opens `lines` (a book's first paragraphs), or None.

    Only strong signals count, as a wrong guess would drop the book's first paragraph:
    - `ended` (a page break, the end of an EPUB's section or a chapter heading follows
      `lines`): at most eight short lines that show a byline ("by Jane Doe", "A novel by
      …"), or open with the book's own `title`, or, when the book has no title of its
      own, hold a name under the first line ("THE WEIR" / "a novel" / "Gwen Ashdown");
      a page that opens with the book's `title` may carry a note (40 words at most);
    - else (text follows on the same page): the book's own title, and its `author`
      under it; in a `story` (a book with no chapter headings), also a title, perhaps
      a subtitle, and a byline under it.
    `names=False` when the lines are not set apart as a title page's are (centred):
    then a name alone does not show one. A manuscript's contact block above the title
    (address, e-mail, word count) goes with the page and is never its title."""
    from audiobook.models import Paragraph as _Paragraph
    from audiobook.text.readers.base import credit
    from audiobook.text.readers.plaintext import _credentialed, display_case

    contact = contact_lines(lines)
    page = lines[contact : contact + MAX_TITLE_PAGE_LINES + 1]
    if not page:
        return None
    short = list(itertools.takewhile(_is_page_line, page))
    matched = bool(title) and (
        _same_words(page[0], title or "")
        or (len(page) > 1 and _same_words(f"{page[0]} {page[1]}", title or ""))
    )  # "Knives and Mercy" over "Surgery Before Anaesthesia": "Knives and Mercy: Surgery …"
    by_at = next((i for i, line in enumerate(short) if i and _page_byline(line)), None)
    name_at = next((i for i, line in enumerate(short) if i and _is_page_name(line)), None)
    if not names or not _is_title_like(page[0]):
        name_at = None  # "Pay attention" / "Mary Oliver": an epigraph, not a title page
    size = 0
    if ended and len(page) <= MAX_TITLE_PAGE_LINES and short:
        words = sum(len(line.split()) for line in page)
        if len(short) == len(page) and (by_at or matched or (name_at and not title)):
            size = len(page)
        elif matched and words <= MAX_TITLE_PAGE_WORDS and not any(map(_is_heading, page)):
            size = len(page)  # "Draft 3, for beta readers only." under the title
        elif by_at and is_dedication([_Paragraph(line) for line in page[len(short) :]]):
            size = len(short)  # "For my students, past and present." under the byline
    if not size and matched and author and len(short) > 1 and _same_words(short[1], author):
        size = 2
    if not size and story and by_at is not None and by_at <= 2:
        size = by_at + 1
    if not size:
        return None
    if by_at is not None and by_at + 1 < size and is_dedication(
        [_Paragraph(line) for line in page[by_at + 1 : size]]
    ):
        size = by_at + 1  # "For my students, past and present." under the byline: read
    shown = page[:size]
    who = _page_byline(shown[by_at]) if by_at is not None and by_at < size else None
    if who is None and name_at is not None and name_at < size and (matched or not title):
        who = shown[name_at]
    edited = by_at is not None and (credit(shown[by_at]) or ("",))[0] == "editor"
    who = display_case(_credentialed(_clean_page_line(who)), names=True) if who else None
    return TitlePage(
        contact + size,
        title=display_case(_clean_page_line(shown[0])),
        author=None if edited else who,
        editor=who if edited else None,
    )


def _clean_page_line(line: str) -> str:
    """A title page's line as a title or a name: without emphasis marks or end stops."""
    return " ".join(line.split()).strip(" .,;:*_")


def _is_page_line(line: str) -> bool:
    """A title page's line: short, no chapter heading, and no sentence ("A Novel." is
    not one; "She left at dawn." is)."""
    from audiobook.text.readers.plaintext import _CREDENTIALS

    words = line.split()
    if not words or len(words) > MAX_PAGE_LINE_WORDS or _is_heading(line):
        return False
    line = _CREDENTIALS.sub("", line.strip())  # "by Dr. Helena Voss, Ph.D." ends on no sentence
    return len(words) <= 3 or not line.rstrip(_CLOSING).endswith((".", "!", "?", "…"))


def _is_heading(line: str) -> bool:
    """A chapter's heading by its words ("Chapter 1", "PART ONE"): no title page's line."""
    from audiobook.text.readers.plaintext import parse_heading

    return parse_heading(line.strip(" *_")) is not None


BY_WORD = re.compile(r"(?i:by)\s")


def _page_byline(line: str) -> str | None:
    """The names in a title page's byline: "by Jane Doe", "A novella by Jane Doe"."""
    from audiobook.text.readers.base import byline, credit

    genre = _GENRE_BY.match(line)
    found = credit(line)
    if found and found[1] and not genre:  # "Compiled by the Rev. Dr. Alice M. Thornbury"
        # a co-writer's "with" is judged on the line's own "by", whose case tells a byline
        # ("by Jane Doe with John Smith") from a subtitle ("By Dead Reckoning with …")
        own = BY_WORD.match(line.strip().strip("*_").strip()) and " with " in found[1]
        return byline(line if own else f"by {found[1]}")
    return byline(genre["by"] if genre else line)


_NOT_NAME_START = frozenset({"for", "to", "in", "with", "from", "of", "the", "a", "an", "and",
                             "my", "our", "his", "her", "their", "dear"})  # fmt: skip


def _is_page_name(line: str) -> bool:
    """An unlabelled author's name on a title page ("Gwen Ashdown"), not a dedication
    ("For Anna Hale", "To My Mother")."""
    from audiobook.text.readers.plaintext import _is_name

    words = line.split()
    return _is_name(line) and words[0].casefold() not in _NOT_NAME_START


def _is_title_like(line: str) -> bool:
    """A line set as a title is: in capitals or title case ("THE WEIR", "The Quiet Year")."""
    from audiobook.text.readers.plaintext import _is_shouted, _is_title_case

    return _is_shouted(line) or _is_title_case(line)


def _same_words(line: str, name: str) -> bool:
    words = re.findall(r"\w+", line.casefold())
    return bool(words) and words == re.findall(r"\w+", name.casefold())


def contact_lines(lines: list[str]) -> int:
    """How many opening lines make a manuscript's contact block (the writer's name,
    address, e-mail, telephone and word count): up to the last of two such signals or
    more, in ten short lines at most, as `plaintext._contact_block` finds one."""
    from audiobook.text.readers.plaintext import _CONTACT, MAX_CONTACT_LINES

    opening = list(itertools.takewhile(lambda line: len(line.split()) <= 8,
                                       lines[:MAX_CONTACT_LINES]))  # fmt: skip
    signals = [i for i, line in enumerate(opening) if _CONTACT.search(line)]
    return signals[-1] + 1 if len(signals) >= 2 else 0
