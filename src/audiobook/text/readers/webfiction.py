"""Web fiction's talk to its readers, one rule for every reader that meets it: the
author's notes where a chapter opens or closes ("A/N:", "AN:", "Author's Note:", "Review
replies:" with the replies under it, "Please review!", "Edit 3/5/21: fixed typos", "Disclaimer:
I don't own …"), which no narrator reads (podfic readers skip them too). The HTML and EPUB
readers use it for a known web copy (a saved page, AO3, FanFicFare); the Markdown reader for
a file that shows itself fan fiction (`fan_fiction`).

A note is only the paragraphs that say they are one, at a chapter's edges, and never a
chapter's prose: a long paragraph of lines whose first line says "A/N:" (a saved page's
text read as one block) loses only that line (`_NOTE_WORDS`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from audiobook.models import LINE_BREAK

_FAN_WORK_NOTE = re.compile(
    r"^[(\[]?\s*(?:AN\s*:|(?i:disclaimer\s*:\s*(?:I|we)\s+(?:do\s+not|don['’]t)\s+own)\b)"
)
"""Beside plaintext's rule for web copies: fan fiction's "AN:" (in capitals, with its
colon) and its "Disclaimer: I don't own …" the characters."""
_REPLIES = re.compile(
    r"^[(\[]?\s*(?:\*\*|__)?(?:reviews?\s+(?:replies|responses|answers)|replies\s+to\s+(?:the\s+)?"
    r"reviews|review\s+corner)\s*(?:\*\*|__)?\s*:", re.IGNORECASE
)
"""The head of a fic's answers to its reviewers: "Review replies:", "Replies to reviews:"."""
_REPLY = re.compile(r"^[(\[]?\s*[\w.@~-]{2,32}(?:\s+\([^()]{1,24}\))?\s*:\s+\S")
"""One answer under it, to a reviewer by their user name: "Guest: Thank you!",
"xXShadowWolfXx: I know, I'm sorry …"."""
_EDIT = re.compile(
    r"^[(\[]?\s*edit(?:ed)?(?:\s+(?:\d{1,4}[/.-]\d{1,2}(?:[/.-]\d{1,4})?|on\s+[^:]{1,24}))?\s*:",
    re.IGNORECASE,
)
"""A later edit's note: "Edit: fixed typos", "EDIT 3/5/21: …", "Edited on 4 May: …"."""
_PLEA = re.compile(
    r"^[(\[]?\s*(?:(?:please|pls|plz)\s+(?:don['’]?t\s+forget\s+to\s+)?|don['’]?t\s+forget\s+to\s+)"
    r"(?:(?:review|vote|comment|"
    r"fav|favou?rite|r\s*(?:&|and)\s*r|leave\s+(?:a\s+)?(?:review|comment|kudos))\b)",
    re.IGNORECASE,
)
"""A plea for reviews closing a chapter: "Please review!", "Please R&R", "Pls vote",
"Don't forget to VOTE and COMMENT!!" ("Please follow …" may be the story's: "Please
follow the path to the lighthouse.")."""
_WORD_COUNT = re.compile(r"^[(\[]?\s*word\s*count\s*:\s*[\d,.]+\s*k?\s*[)\]]?\s*$", re.I)
"""The chapter's count of its words the writer sets under it: "Word count: 1,204"."""
_DEDICATED = re.compile(
    r"^[(\[]?\s*(?:this\s+(?:chapter|part|story|one)\s+is\s+)?dedicated\s+to\s+@\w", re.I
)
"""A chapter dedicated to a reader by their user name, Wattpad's way: "Dedicated to
@moonchild_22 for the amazing cover!" (a printed book's "Dedicated to my mother" names
no user)."""
_NAV_ITEM = (
    r"(?:(?:previous|prev|next)(?:\s+chapter)?|(?:table\s+of\s+)?contents|index|toc|home"
    r"|chapter\s+list)"
)
_RELEASE = (
    r"(?:the\s+)?(?:next\s+chapter|chapter\s+\d+)\s+(?:will\s+be\s+(?:released|out|up|posted)"
    r"|comes\s+out|releases)(?!\s+of\b)(?:\s+[^.!?,;]{1,40})?\s*[.!~)\]]*\s*$"
)
_WEAK_KINDS = (
    r"^[(\[]?\s*(?:this\s+chapter\s+(?:is|was)\s+)?sponsored\s+(?:chapter\b|by\b)",
    r"^[(\[]?\s*thanks?\s+(?:you\s+)?to\s+[^!?,;]{1,40}?\s+for\s+(?:sponsoring"
    r"(?:\s+(?:this|the)\s+chapter)?|the\s+(?:\S+\s+)?donation)\s*[!.~)\]]*\s*$",
    r"^[(\[]?\s*end\s+of\s+chapter(?:\s+(?:\d+|[ivxlc]+))?\s*[.!~*)\]]*\s*(?:$|" + _RELEASE + ")",
    r"^[(\[]?\s*release\s+schedule\s*:\s*(?=[^.!?]*\b(?:mon|tue|wed|thu|fri|sat|sun|daily|weekly"
    r"|monthly|every|per|week|chapters?|hiatus|irregular|\d))[^.!?]{1,60}[.!]*\s*$",
    r"^[(\[]?\s*" + _RELEASE,
)
"""The site's lines that a story's sentence may also open with ("Thanks to Tom for the
donation, we fixed the roof", "End of chapter one of her life", "The next chapter will be
out of my hands"): each must be the whole short paragraph, a sponsor's thanks that ends
there, "END OF CHAPTER" alone or with its release line, a release schedule of days. Weak
proof of a web copy (`fan_fiction`): one alone shows nothing."""
_WEAK_SITE_NOTE = "|".join(f"(?:{kind})" for kind in _WEAK_KINDS)
_WEAK_NOTES = tuple(re.compile(kind, re.IGNORECASE) for kind in _WEAK_KINDS)
_SITE_NOTE = re.compile(
    rf"^[\s«»‹›<>←→⇐⇒|/•·\-–—\[\]()]*{_NAV_ITEM}(?:[\s«»‹›<>←→⇐⇒|/•·\-–—\[\]()]+{_NAV_ITEM})+"
    r"[\s«»‹›<>←→⇐⇒|/•·\-–—\[\]()]*$"
    r"|^[(\[]?\s*(?:please\s+)?read\s+(?:the\s+latest\s+chapters?\s+|this\s+)?(?:only\s+)?(?:at|on)"
    r"\s+\S+\.(?:com|net|org|io|co|example|xyz|me|site|blog)\b"
    r"|\bif\s+you['’]?re\s+reading\s+this\s+(?:elsewhere|anywhere\s+else|on\s+another\s+site)"
    r"|^[(\[]?\s*(?:support|donate\s+to)\s+(?:me|us)\s+on\s+(?:ko-?fi|patreon)\b"
    r"|\bbuy(?:ing)?\s+(?:me|us)\s+a\s+coffee\b|\bko-?fi\.com/"
    r"|^[(\[]?\s*(?:translator|tl|translated\s+by)\s*:\s*\S+.{0,60}?\b(?:editor|ed|proofreader|pr"
    r"|edited\s+by|proofread\s+by)\s*:\s*\S"
    r"|^[(\[]?\s*join\s+(?:our|my|the)\s+discord\b|\bdiscord\.gg/|\bpatreon\.com/"
    r"|^[(\[]?\s*(?:\d+\s+)?advanced?\s+chapters\s+(?:are\s+)?(?:available\s+)?on\s+patreon\b"
    r"|please\s+let\s+us\s+know\s*<\s*report\s+chapter\s*>"
    rf"|{_WEAK_SITE_NOTE}",
    re.IGNORECASE,
)
"""A translation site's furniture around a chapter, no story's: the nav line ("Previous
Chapter | Table of Contents | Next Chapter", "« Previous | Index | Next »"), "Please read
at dragontl.com", "if you're reading this elsewhere, it was stolen", a Ko-fi or Patreon
plea ("Support me on Ko-fi", "buy us a coffee", a ko-fi.com address), the translator's and
editor's credit repeated in each chapter ("Translator: Nyx | Editor: Bread"), the
Discord and Patreon plugs ("Join our Discord", "Advanced chapters on Patreon!"), an
aggregator's "Please let us know < report chapter >", a sponsor's thanks ("Sponsored
chapter!", "Thanks to Michael S. for the $20 donation!"), "END OF CHAPTER" and a release
schedule ("Next chapter will be released Thursday")."""
_POINTERS = "<>«»‹› "
"""The pointers a site sets around its plug (">>Read the latest chapters at … <<")."""
_TL_NOTE = re.compile(
    r"^[(\[]?\s*(?:T/?N|TL(?:\s+notes?)?|translator['’]?s\s+notes?)\s*:", re.IGNORECASE
)
"""A translator's note to readers opening a paragraph ("TL Note:", "T/N:", "TN:", "(TL:",
"Translator's Note:"): at a chapter's edge, a note, not the story."""
_PLEA_WORDS = 30  # a longer paragraph that opens "Please review" says more than the plea
_NOTE_WORDS = 250
"""The most words a paragraph of lines is taken whole as a note: a longer one (a saved
page's whole text, read as one block) loses only the line that says it is the note."""
_FAN_MARK = re.compile(
    r"^[(\[]?\s*(?:\*\*|__)?(?:A/N|AN\s*:|(?i:disclaimer\s*:\s*(?:I|we)\s+(?:do\s+not|don['’]t)\s+"
    r"own)|(?i:reviews?\s+replies\s*:))", re.MULTILINE
)
"""What only fan fiction's own text says: "A/N", "AN:", "Disclaimer: I don't own",
"Review replies:"."""


def web_authors_note(text: str) -> bool:
    """Does a paragraph of web fiction open as its author's note to readers: "A/N:",
    "Author's Note:" (`plaintext._WEB_AUTHORS_NOTE`, the rule for web copies), "AN:", a
    "Disclaimer: I don't own …", "Review replies:", an "Edit:" line, a short plea
    ("Please review!") or a short dedication to a reader ("Dedicated to @moonchild_22")?"""
    from audiobook.text.readers.plaintext import _WEB_AUTHORS_NOTE

    text = _unmarked(text)
    short = len(text.split()) <= _PLEA_WORDS
    return bool(
        _WEB_AUTHORS_NOTE.match(text) or _FAN_WORK_NOTE.match(text) or _REPLIES.match(text)
        or _EDIT.match(text) or _WORD_COUNT.match(text) or _TL_NOTE.match(text)
        or (len(text.split()) <= _NOTE_WORDS and _SITE_NOTE.search(text.lstrip(_POINTERS)))
        or (short and (_PLEA.match(text) or _DEDICATED.match(text)))
    )  # fmt: skip


def _unmarked(text: str) -> str:
    """The paragraph without Markdown's bold or italic marks at its start ("**A/N:** hi")."""
    return re.sub(r"^[*_]{1,3}(?=\S)", "", text.lstrip())


def fan_fiction(texts: Sequence[str]) -> bool:
    """Does this text show itself fan fiction (a web copy), by what only a fic's author
    writes to readers: "A/N", "AN:", "Disclaimer: I don't own", "Review replies:", or a
    site's furniture (a nav line, a plea to read at the site, a Ko-fi or Discord plug)?
    A line a story's sentence may also be (`_WEAK_NOTES`, a "T/N:") is proof only with
    another of a different kind: one line must not make a novel a web copy."""
    kinds: set[int] = set()  # the weak proofs seen: a translator's note, each of `_WEAK_NOTES`
    for text in texts:
        bare = _unmarked(text)
        site = bare.lstrip(_POINTERS)
        weak = [k for k, kind in enumerate(_WEAK_NOTES, 1) if kind.search(site)]
        if _FAN_MARK.match(bare) or (_SITE_NOTE.search(site) and not weak):
            return True
        kinds.update(weak or ([0] if _TL_NOTE.match(bare) else []))
    return len(kinds) >= 2


_USER_BYLINE = re.compile(
    r"^(?:by|BY|By)\s*:?\s+(?P<who>@[A-Za-z0-9][\w.-]{1,31}"
    r"|(?=[\w.-]*(?:_|\d|[a-z][A-Z]))[A-Za-z][\w.-]{2,31})\s*$"
)
"""A web writer's byline by their user name: "by nightjar_writes", "by @luna_inkwell",
"by xXShadowWolfXx", "by wolf1138": one word that a site's handle has and a name or a
word has not (an underscore, a digit, a capital inside, an "@")."""


_PLAIN_HANDLE = re.compile(r"^(?:by|BY|By)\s*:?\s+(?P<who>[a-z][a-z0-9.-]{2,31})\s*$")
"""A user name of plain small letters ("by astolat", "by thehoyden"), as many writers
on the archives go by: taken only where the work's shape makes the line its byline."""
_NOT_HANDLES = frozenset({
    "hand", "heart", "night", "nightfall", "day", "daylight", "dawn", "morning", "evening",
    "noon", "midnight", "twilight", "moonlight", "starlight", "candlelight", "firelight",
    "lamplight", "sunrise", "sunset", "tomorrow", "today", "tonight", "yesterday", "sea",
    "land", "air", "rail", "road", "river", "water", "rain", "wind", "tide", "chance",
    "design", "accident", "fate", "default", "request", "proxy", "post", "mail", "name",
    "nature", "mistake", "degrees", "turns", "halves", "far", "now", "then", "and", "the",
})  # fmt: skip
"""Words that follow "by" in a subtitle or a phrase ("by nightfall", "by hand") and are
nobody's user name."""


def user_byline(text: str, *, placed: bool = False) -> str | None:
    """The user name in a web writer's byline ("*by nightjar_writes*"), which
    `base.byline` rejects: there a name is capitalised words, so that "*by the sea*"
    under a title stays its subtitle and "By the time we came …" prose. Only for web
    fiction (`shows_fan_fiction`), where a writer goes by the site's handle. A plain
    word ("by astolat", "by thehoyden") counts only when `placed`: the line alone in
    the byline's place, right under the work's title at its front, and never a word a
    phrase puts after "by" ("by nightfall", "by hand")."""
    line = text.strip().strip("*_").strip()
    found = _USER_BYLINE.match(line)
    if found:
        return found["who"].lstrip("@")
    plain = _PLAIN_HANDLE.match(line) if placed else None
    if plain and plain["who"].strip(".-") not in _NOT_HANDLES:
        return plain["who"].strip(".-")
    return None


def shows_fan_fiction(chapters: Sequence[Sequence[str | None]]) -> bool:
    """Is this text fan fiction (a web copy), one rule for every reader that must judge
    a file by its text alone (Markdown, plain text): what only a fic's author writes to
    readers ("A/N", "AN:", "Disclaimer: I don't own", "Review replies:") at a chapter's
    edge (`edge_notes`; in the story, an "A/N:" chalked on a wall proves nothing), or
    the archive's header of tags over its first chapter (`work_tags`). `chapters`: each
    chapter's blocks, as `edge_notes` takes them, the front before the first heading
    first."""
    edges = [text for texts in chapters for i in edge_notes(texts) if (text := texts[i])]
    front = [text for text in (chapters[0] if chapters else [])[:3] if text]
    return fan_fiction(edges) or any(map(work_tags, front))


_SUMMARY = re.compile(r"^(?:\*\*|__)?summary\s*(?:\*\*|__)?\s*:\s*(?:\*\*|__)?\s*(?P<rest>.*)$",
                      re.IGNORECASE | re.DOTALL)  # fmt: skip
"""A fic's summary at its front: "Summary: After the fall of …", or "**Summary:**" over
its paragraph."""
_FRONT = 6  # the paragraphs at a fic's front (title, byline, tags, disclaimer) to look in


def front_summary(texts: Sequence[str | None]) -> list[int]:
    """Where the work's summary stands among the paragraphs at a fic's front (`texts`:
    before its first chapter's heading, or a one-shot's first paragraphs): the blurb the
    archive shows over the work, not the story, which no narrator reads (as AO3's
    download's "Summary" is left out, `html.sort_archive`). A "Summary:" label alone
    takes the paragraph under it. Only for fan fiction (`shows_fan_fiction`): a
    report's "Summary:" is its text."""
    for i, text in enumerate(texts[:_FRONT]):
        found = _SUMMARY.match(_unmarked(text)) if text else None
        if not found:
            continue
        if found["rest"].strip(" *_"):
            return [i]
        following = next((j for j in range(i + 1, len(texts)) if texts[j]), None)
        return [i] if following is None else [i, following]
    return []


def edge_notes(
    texts: Sequence[str | None], *, strict: bool = False
) -> dict[int, str | None]:
    """The author's notes where one chapter (`texts`, its blocks in order; None for a
    scene break or a footnote's body, passed over) opens (after a title line under its
    heading) or closes, by index: None for a paragraph that goes whole, or what stays
    of a long paragraph of lines (`_NOTE_WORDS`) whose first line says it is the note.
    `strict`: only "A/N", fan fiction's own mark (a text not known to be a web copy).
    The replies under a "Review replies:" head go with it."""
    from audiobook.text.readers.plaintext import _AUTHORS_NOTE, MAX_TITLE_WORDS

    def note(text: str) -> bool:
        return bool(_AUTHORS_NOTE.match(_unmarked(text))) if strict else web_authors_note(text)

    replies: set[int] = set()  # the answers to reviewers under their head
    head = False
    for i, text in enumerate(texts):
        if text is None:
            head = False  # a scene break ends the replies
            continue
        if not strict and _REPLIES.match(_unmarked(text)):
            head = True
        elif head and _REPLY.match(_unmarked(text)):
            replies.add(i)
        else:
            head = False
    found: dict[int, str | None] = {}
    for order in (range(len(texts)), range(len(texts) - 1, -1, -1)):
        titled = order.step < 0  # a chapter's title line may stand above its notes
        for i in order:
            text = texts[i]
            if text is None:
                continue
            if i in replies or note(text):
                found[i] = _bounded(text)
                continue
            if not titled and len(text.split()) <= MAX_TITLE_WORDS and not (
                text.rstrip().endswith((".", "!", "?", "”", '"'))
            ):
                titled = True
                continue
            break
    return found


def _bounded(text: str) -> str | None:
    """What stays of a note's paragraph: nothing (None), unless it is a long run of
    lines (more than `_NOTE_WORDS` words), which is the chapter's text with the note's
    line on top; then all but that first line."""
    lines = text.split(LINE_BREAK)
    if len(lines) < 2 or len(text.split()) <= _NOTE_WORDS:
        return None
    return LINE_BREAK.join(lines[1:]).strip(LINE_BREAK + " ") or None


_TAG_FIELD = re.compile(
    r"(?:^|\s)(?P<label>rating|archive\s+warnings?|category|categories|fandoms?|relationships?"
    r"|characters?|additional\s+tags|language|series|stats|published|updated|completed|words"
    r"|chapters|kudos|hits|bookmarks|collections)\s*:\s", re.IGNORECASE
)
"""A field of the Archive of Our Own's work header: "Rating:", "Fandom:", "Relationship:"."""
_OWN_FIELDS = {"rating", "archive warning", "archive warnings", "fandom", "fandoms",
               "relationship", "relationships", "additional tags"}  # fmt: skip


def work_tags(text: str) -> bool:
    """Is this paragraph a fic's header of the archive's tags ("Rating: Teen And Up
    Audiences Fandom: The Witcher (TV) Relationship: Geralt/Jaskier"), copied over
    its text: it opens with a field, and names two or more, one of them the archive's
    own (a rating, a fandom, a relationship)? No narrator reads it (the HTML reader
    leaves out AO3's header the same way)."""
    text = re.sub(r"[*_]", "", text)
    labels = {" ".join(m["label"].casefold().split()) for m in _TAG_FIELD.finditer(text)}
    own = len(labels & _OWN_FIELDS)
    return bool(_TAG_FIELD.match(text)) and own >= 1 and (own >= 2 or len(labels) >= 3)


_HEART = re.compile(r"\s?(?<![\w<])<3+(?=[\s.,!?;:)\]\"'”’]|$)")
"""A heart typed as "<3" (fan fiction's, a text message's): said "less than three"."""


def without_hearts(text: str) -> str:
    """The paragraph without its typed hearts ("Kudos make my day <3", "ily <3"), which
    have no word; "x<3", a sum, is not one (a letter or a digit before it)."""
    return re.sub(r"  +", " ", _HEART.sub("", text)).strip() if "<3" in text else text
