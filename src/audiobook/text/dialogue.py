"""Quoted speech as spans of its own, with the speaker when the text names one.

A paragraph is cut into narration and speech spans so a character's lines can be
read in that character's voice. Cuts fall only at quote marks, dashes and
whitespace, never inside a word, so the spans joined together hold every word of
the paragraph once, in order (the word audit in `segment` relies on that).

Quote styles: "…", “…”, „…“, ‘…’ (told apart from apostrophes), «…» and »…«,
nested quotes inside speech, and dash-introduced dialogue ("— Куда? — спросила
Наталья."). One linear scan over the quote marks per paragraph, no backtracking
regex, so a whole book takes well under a second.

The speaker comes from the narration tag next to a quote: `"…," said Natalia.`,
`"…," Natalia whispered.`, `Natalia said, "…"`, `Ingemar turned to her: "…"`.
Pronoun tags ("she said") name nobody and give None. Cast names match whole
words, in full or by any part ("Kalmurzaev" for "Ingemar Kalmurzaev"), in any case
the text capitalizes them ("MARA" for a cast's `Mara`, "Mara" for `MARA`; a small
"will" is no `Will`); the span carries the full cast name, ready for a voice lookup.

Limits: straight single quotes are always apostrophes ('Tis, rock 'n' roll);
scare quotes count as speech; a quote inside dash dialogue stays in its span;
unbalanced quotes are read as nesting, so the rest of the paragraph stays speech.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from audiobook.text.tokens import closes_quotation


@dataclass(frozen=True)
class Span:
    """A run of a paragraph read by one voice: narration, or one character's speech."""

    text: str  # exact slice of the paragraph, whitespace-trimmed
    speech: bool  # quoted speech (with its quote marks) rather than narration
    speaker: str | None = None  # the cast name, when the text says who speaks
    # the text says who speaks (a name, "she said", "the note said"), or the speech carries
    # on a quotation left open: no turn of a conversation to guess
    tagged: bool = field(default=False, compare=False)


# Each opening mark and the marks that close it.
_CLOSERS = {'"': '"', "“": "”", "„": "“”", "‘": "’", "«": "»", "»": "«"}
_QUOTE = re.compile(r"[\"“”„‘’«»]")
_AFTER_OPEN = '([{<—–―-/"“”„‘’«»'  # what may precede an opening mark besides space
_BEFORE_CLOSE = '.,;:!?…)]}>—–―-"“”„‘’«»'  # what may follow a closing mark besides space
_TRAILING = ".,;:!?…"  # punctuation right after a closing mark belongs to the speech
_DASHES = "—―–"
_CONTRACTION = re.compile(r"(?:tis|twas|em|n|cause|til|\d+s?)\b", re.IGNORECASE)
# Punctuation, then a spaced dash: where dash dialogue switches between speech and narration.
_DASH_TURN = re.compile(r"[,.!?…;:][\"”»’]?\s*([—―–])(?=\s)")

_VERBS = {
    "en": "said says asked asks replied replies whispered whispers shouted shouts cried cries "
    "murmured murmurs answered answers added adds called calls muttered mutters exclaimed "
    "exclaims laughed laughs sighed sighs told tells began begins continued continues",
    "ru": "сказал сказала спросил спросила ответил ответила прошептал прошептала крикнул крикнула",
    "de": "sagte fragte antwortete flüsterte rief",
    "fr": "dit demanda répondit murmura cria",
}
_TITLES = frozenset({"Mr", "Mrs", "Ms", "Dr", "Prof"})
# A name right after these is who is spoken to or about, not who speaks.
_LISTENER = frozenset(
    {
        "to",
        "at",
        "with",
        "for",
        "from",
        "toward",
        "towards",
        "about",
        "of",
        "к",
        "с",
        "у",
        "о",
        "на",
    }
)
_TOKEN = re.compile(r"\w+|[.!?…;:]")
_STOPS = frozenset(".!?…;:")


def split_dialogue(
    paragraph: str,
    names: Iterable[str] = (),
    *,
    language: str = "en",
    open_quote: bool = False,
) -> tuple[list[Span], bool]:
    """Narration and speech spans in order, and whether a quotation is still open at the end.

    `open_quote` says the previous paragraph ended inside a quotation; a leading
    opening mark is then trusted as its continuation even where it looks like an
    apostrophe. Carrying the speaker over is the caller's part (`dialogue_paragraphs`).
    """
    if _is_dash_dialogue(paragraph):
        cuts, still_open = _dash_cuts(paragraph), False
    else:
        cuts, still_open = _quote_cuts(paragraph, open_quote)
    pieces = [(paragraph[a:b].strip(), speech) for a, b, speech in cuts if paragraph[a:b].strip()]
    speakers, tagged = _attribute(pieces, _cast(tuple(names)), _verbs(language))
    spans = [
        Span(t, s, who, known)
        for (t, s), who, known in zip(pieces, speakers, tagged, strict=True)
    ]
    return spans, still_open


def dialogue_paragraphs(
    paragraphs: Iterable[str], names: Iterable[str] = (), *, language: str = "en"
) -> list[list[Span]]:
    """Spans of consecutive paragraphs: a quotation left open carries on, with its speaker.

    In a multi-paragraph quotation the tag usually comes once, in the first
    paragraph; the continuations should still be read in that voice.
    """
    cast = tuple(names)
    result: list[list[Span]] = []
    open_quote, carried = False, None
    for text in paragraphs:
        spans, still_open = split_dialogue(text, cast, language=language, open_quote=open_quote)
        if open_quote and spans and spans[0].speech and spans[0].speaker is None:
            spans[0] = replace(spans[0], speaker=carried, tagged=True)
        if still_open:
            carried = next((s.speaker for s in reversed(spans) if s.speech), None)
        open_quote = still_open
        result.append(spans)
    return result


# --- where speech is ---------------------------------------------------------------------


def _is_dash_dialogue(paragraph: str) -> bool:
    """A paragraph opening with a dash, then a space or a capital, is a line of dialogue."""
    text = paragraph.strip()
    return len(text) > 1 and text[0] in _DASHES and (text[1].isspace() or text[1].isupper())


def _dash_cuts(paragraph: str) -> list[tuple[int, int, bool]]:
    """Alternate speech and narration at each spaced dash that follows punctuation.

    The punctuation test keeps a dash inside speech ("Я — врач") from ending it.
    """
    starts = [len(paragraph) - len(paragraph.lstrip())]
    starts += [m.start(1) for m in _DASH_TURN.finditer(paragraph, starts[0])]
    ends = [*starts[1:], len(paragraph)]
    return [(a, b, k % 2 == 0) for k, (a, b) in enumerate(zip(starts, ends, strict=True))]


def _quote_cuts(paragraph: str, open_quote: bool) -> tuple[list[tuple[int, int, bool]], bool]:
    """Cover the paragraph with narration and quotation ranges, in one pass over its marks."""
    p, n = paragraph, len(paragraph)
    last = len(p.rstrip()) - 1  # an opening mark needs something after it
    quotes: list[tuple[int, int]] = []
    opener, start, depth = "", 0, 0
    apostrophes: _Apostrophes | None = None
    inches = _inch_marks(p)
    lead = n - len(p.lstrip())
    if open_quote and lead < n and p[lead] in _CLOSERS:
        opener, start = p[lead], lead
    for match in _QUOTE.finditer(p, lead + 1 if opener else lead):
        i = match.start()
        if i in inches:
            continue
        ch = p[i]
        before = i == 0 or p[i - 1].isspace() or p[i - 1] in _AFTER_OPEN
        after = i + 1 < n and not p[i + 1].isspace()
        left = before and after  # looks like an opening mark
        right = (
            i > 0
            and not p[i - 1].isspace()
            and (i + 1 == n or p[i + 1].isspace() or p[i + 1] in _BEFORE_CLOSE)
        )  # looks like a closing mark
        if not opener:
            if i < last and _opens(p, i, ch, before, left, right):
                opener, start, depth = ch, i, 0
            continue
        closes = False
        if opener == '"':
            if ch == '"':
                if left and not right:
                    depth += 1  # "He said "stop" and left"
                elif depth:
                    depth -= 1
                else:
                    closes = True
        elif opener == "‘":
            if ch == "’" and not (i + 1 < n and _word_char(p[i + 1])) and not p[i - 1].isspace():
                if apostrophes is None:
                    apostrophes = _Apostrophes(p)
                closes = not apostrophes.better_closer_after(i)
        elif ch == opener and before:
            depth += 1  # « … « inner » … » and the like
        elif ch in _CLOSERS[opener] or ch == opener == "“":  # a “ after a word is a mis-curled ”
            if depth:
                depth -= 1
            else:
                closes = True
        if closes:
            end = i + 1
            while end < n and p[end] in _TRAILING:
                end += 1
            quotes.append((start, end))
            opener = ""
    if opener:
        quotes.append((start, n))
    cuts: list[tuple[int, int, bool]] = []
    done = 0
    for a, b in quotes:
        cuts += [(done, a, False), (a, b, True)]
        done = b
    cuts.append((done, n, False))
    return cuts, bool(opener)


def _inch_marks(p: str) -> frozenset[int]:
    """Where a mark right after a figure is an inch mark ('the board was 10" wide', "3” at
    most"), not a quotation mark: where the paragraph's other marks of its kind pair up
    without it. Where they do not ('He shouted "Go to gate 12" and ran', or a quotation
    running on into the next paragraph), the mark is read as any other."""
    inches: set[int] = set()
    for mark, opening in (('"', '"'), ("”", "“")):
        if mark not in p or (mark == "”" and "„" in p):  # German „…“ closes with “
            continue
        glued = [m.start() for m in re.finditer(f"(?<=[0-9]){mark}", p)]
        others = p.count(mark) - len(glued)
        paired = others % 2 == 0 if mark == opening else p.count(opening) == others
        if glued and paired:
            inches.update(i for i in glued if mark != '"' or not closes_quotation(p, i))
    return frozenset(inches)


def _opens(p: str, i: int, ch: str, before: bool, left: bool, right: bool) -> bool:
    """Whether a mark met in narration opens a quotation."""
    if ch in '"“„«':
        return (before if ch == "«" else left) or not right  # « may be followed by a space
    if ch == "»":
        return left  # otherwise a French or Russian closing mark
    if ch == "‘":
        return left and not _CONTRACTION.match(p, i + 1)  # ‘em, rock ‘n’ roll, the ‘90s
    return False  # ” and ’ only close


def _word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


class _Apostrophes:
    """Tells a closing ’ from a plural possessive ("the painters’ studio") in ‘…’ speech.

    A ’ between a letter and a space could be either; it closes only if no surer
    closing mark (after punctuation, or before punctuation) comes before the next
    opening ‘. Positions are sorted once, so each question is a binary search.
    """

    def __init__(self, p: str) -> None:
        n = len(p)
        self.sure: list[int] = []
        self.openers: list[int] = []
        for m in re.finditer("[‘’]", p):
            i = m.start()
            nxt = p[i + 1] if i + 1 < n else ""
            if p[i] == "‘":
                if (i == 0 or p[i - 1].isspace() or p[i - 1] in _AFTER_OPEN) and nxt.strip():
                    self.openers.append(i)
            elif i and (p[i - 1] in _BEFORE_CLOSE or nxt == "" or nxt in _BEFORE_CLOSE):
                self.sure.append(i)

    def better_closer_after(self, i: int) -> bool:
        k = bisect.bisect_left(self.sure, i)
        if k < len(self.sure) and self.sure[k] == i:
            return False  # this one is sure itself
        if k == len(self.sure):
            return False
        o = bisect.bisect_right(self.openers, i)
        return o == len(self.openers) or self.sure[k] < self.openers[o]


# --- who speaks --------------------------------------------------------------------------


Cast = tuple[dict[tuple[str, ...], str | None], int]


@functools.lru_cache(maxsize=64)
def _cast(names: tuple[str, ...]) -> Cast:
    """Word sequences that name a cast member → full name (None when a part is shared)."""
    table: dict[tuple[str, ...], str | None] = {}
    for name in names:
        for part in name.split():
            key = tuple(w.casefold() for w in re.findall(r"\w+", part))
            if key:
                table[key] = name if table.get(key, name) == name else None
    for name in names:  # a full name beats a part shared with someone else
        key = tuple(w.casefold() for w in re.findall(r"\w+", name))
        if key:
            table[key] = name
    return table, max((len(k) for k in table), default=0)


def cast_name(text: str, names: Iterable[str]) -> str | None:
    """The cast member a speaker's label names in full or in part ("MARA" for `Mara`,
    "Mrs. Voss" for `Mrs Voss`), or None: a play's speech prefix, for `segment`."""
    words = _tokens(text)
    if not words or any(w in _STOPS for w in words):
        return None
    who, size = _name_at(words, 0, _cast(tuple(names)))
    return who if size == len(words) else None


@functools.lru_cache(maxsize=16)
def _verbs(language: str) -> frozenset[str]:
    lang = language.lower()
    extra = next((v for code, v in _VERBS.items() if code != "en" and lang.startswith(code)), "")
    return frozenset(f"{_VERBS['en']} {extra}".split())


def _name_at(words: list[str], j: int, cast: Cast) -> tuple[str | None, int]:
    """The cast member named at words[j] (longest match) and how many words name them."""
    table, longest = cast
    for size in range(min(longest, len(words) - j), 0, -1):
        named = words[j : j + size]
        key = tuple(w.casefold() for w in named)
        if key in table and (
            all(w[:1].isupper() for w in named)  # "MARA" for `Mara`; "will" is no `Will`
            or (table[key] is not None and " ".join(named) in table[key])  # "van Gogh"
        ):
            return table[key], size
    return None, 0


def _tokens(text: str) -> list[str]:
    """Words and sentence stops; the dot after "Mr" does not end a sentence."""
    out: list[str] = []
    for tok in _TOKEN.findall(text):
        if not (tok == "." and out and out[-1] in _TITLES):
            out.append(tok)
    return out


def _tag_after(text: str, cast: Cast, verbs: frozenset[str]) -> tuple[bool, str | None]:
    """Read a tag that follows speech: `said Natalia`, `Natalia whispered`, `she said`."""
    words: list[str] = []
    for tok in _tokens(text[:200]):
        if tok in _STOPS:
            break
        words.append(tok)
    if not words:
        return False, None
    if words[0].lower() in verbs:  # "said Natalia", "asked Mr Kalmurzaev"
        j = 2 if len(words) > 2 and words[1] in _TITLES else 1
        return True, _name_at(words, j, cast)[0]
    j = 1 if words[0] in _TITLES else 0
    who, size = _name_at(words, j, cast)
    if size and any(w.lower() in verbs for w in words[j + size : j + size + 3]):
        return True, who
    return any(w.lower() in verbs for w in words[:4]), None


def _tag_before(text: str, cast: Cast, verbs: frozenset[str]) -> tuple[bool, str | None]:
    """Read a tag that leads into speech: `Natalia said,`, `Ingemar turned to her:`."""
    tail = text.rstrip()
    if not tail or not (tail[-1] in ",:" or tail[-1] in _DASHES or _word_char(tail[-1])):
        return False, None  # a finished sentence introduces nothing
    tokens = _tokens(tail[-300:])
    colon = bool(tokens) and tokens[-1] == ":"
    if colon:
        tokens.pop()
    stop = max((k for k, t in enumerate(tokens) if t in _STOPS), default=-1)
    clause = tokens[stop + 1 :]
    verb = next((k for k, w in enumerate(clause) if w.lower() in verbs), None)
    if verb is None and not colon:
        return False, None
    for j in range(len(clause) if verb is None else verb):
        who, size = _name_at(clause, j, cast)
        if size and (j == 0 or clause[j - 1].lower() not in _LISTENER):
            return True, who  # "Turning to Natalia, Ingemar said," → Ingemar
    if verb is not None:  # "said Natalia, "…""
        return True, _name_at(clause, verb + 1, cast)[0]
    return True, None


def _attribute(
    pieces: list[tuple[str, bool]], cast: Cast, verbs: frozenset[str]
) -> tuple[list[str | None], list[bool]]:
    """The speaker of each piece: from its own tag, else the paragraph's only named speaker;
    and which pieces a tag of their own or the paragraph's speaker attributes.

    One paragraph usually holds one speaker, so a line with no tag of its own
    ("Yes," said Natalia. "I'll come.") belongs to the one the paragraph names.
    A pronoun tag is a tag: it keeps its line from borrowing another's name.
    """
    speakers: list[str | None] = [None] * len(pieces)
    tagged = [False] * len(pieces)
    for k, (_, speech) in enumerate(pieces):
        if not speech:
            continue
        if k + 1 < len(pieces) and not pieces[k + 1][1]:
            tagged[k], speakers[k] = _tag_after(pieces[k + 1][0], cast, verbs)
        if not tagged[k] and k > 0 and not pieces[k - 1][1]:
            tagged[k], speakers[k] = _tag_before(pieces[k - 1][0], cast, verbs)
    named = {s for s in speakers if s}
    if len(named) == 1:
        only = named.pop()
        for k, (_, speech) in enumerate(pieces):
            if speech and not tagged[k]:
                speakers[k] = only
                tagged[k] = True
    return speakers, tagged
