"""Sounds and stammers, spelled so that the engine says them as a narrator does.

espeak (and Piper, which speaks through espeak's phonemes) spells out any word without a
vowel, letter by letter: "Shhh" is "ess aitch aitch aitch", "Mmm" is "em em em", "Hmph" is
"aitch em pee aitch". A stammer's first piece is a letter too: "W-what" is "double-u what",
"d-d-don't" is "dee dee don't". And "S-A-R-A-H", a name spelled aloud in dialogue, reads
its A as the article "uh".

Each is respelled in the spoken text only (captions and the read-along keep the book's
words) into a form espeak says as the sound: "Shhh" → "schh" (a hiss), "Mmm" → "hmm",
"Hmph" → "humph", "Grrr" → "gurr", "Brrr" → "burr", "Bzzt" → "buzzt", "Pfft" → "pfuh",
"Mhm" → "uh-huh"; "W-what" → "wuh-what", "d-d-don't" → "duh-duh-don't"; "S-A-R-A-H" →
"S, A, R, A, H". The forms were chosen by reading espeak-ng's phonemes for each
(`espeak_TextToPhonemes`): the respelling is the nearest ordinary spelling it says as one
sound, not as letters.

A hum ("Mmm") has no spelling espeak says as a hum: "hmm" is the nearest sound it makes,
though it may sound more doubtful than pleased. A stammer is respelled only on the short,
common words people stammer on in dialogue (`_STAMMERED`), so "D-Day" and "S-shaped" stay.

Initialisms stay as they are ("BBC", "HQ", "Mr", "mm" for millimetres): a sound word is
matched only in one of the shapes below, and in capitals only when a letter is drawn out
("SHHH", "GRRR"), never a two-letter "SH" or "HM".
"""

from __future__ import annotations

import re
from re import Match

_SOUNDS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(shape, re.IGNORECASE), said)
    for shape, said in (
        (r"s*sh+", "schh"),
        (r"h?m{2,}|hm", "hmm"),
        (r"m+h+m+|mm-hmm", "uh-huh"),
        (r"hm+ph|hum+ph", "humph"),
        (r"hr+m+ph", "harrumph"),
        (r"g+r{2,}", "gurr"),
        (r"b+r{2,}", "burr"),
        (r"b+z{2,}t+", "buzzt"),
        (r"b+z{2,}", "buzz"),
        (r"p+f{2,}t*|p+f+t+", "pfuh"),
        (r"ps{2,}t+", "psst"),
        (r"tch", "tsk"),
        (r"z{2,}", "zuzz"),
        (r"s{3,}", "schh"),
        (r"h+n+k+", "honk"),
        (r"s+n+r+k+", "snork"),
    )
)
"""A vowelless sound word's shapes, and how each is said."""

_WORD = re.compile(r"(?<![\w'’.-])(?P<word>[^\W\d_aeiouyAEIOUY]{2,}(?:-hmm)?)(?![\w'’-]|\.\w)")
"""A word of two letters or more without a vowel, standing alone."""
_AFTER_NUMBER = re.compile(r"[0-9]\s?$")

_STAMMER = re.compile(
    r"(?<![\w'’-])(?P<pieces>(?:(?P<piece>[A-Za-z]{1,2})-)+)(?P<word>[A-Za-z][\w'’]*)"
)
"""A stammer: one or two letters and a hyphen, once or more, before the word they begin
("W-what", "Wh-where", "d-d-don't", "P-please")."""
_STAMMERED = frozenset(
    """i me my you your we us our he him his she her it its they them their this that these
    those there here what where when why who whom whose which how yes no not nothing
    nobody never now no-one but and so if or well oh please sorry thank thanks help wait
    stop go going gone come coming get got give let look listen see saw know knew mean
    meant think thought want need can can't could couldn't will won't would wouldn't
    shall should do don't does doesn't did didn't is isn't am are aren't was wasn't were
    weren't be been have haven't has hasn't had hadn't i'm i'll i've i'd you're you'll
    you've he's she's it's we're they're that's there's what's who's let's just only
    maybe sure okay ok fine good bad right wrong sir ma'am miss mister mum mom mummy
    mommy dad daddy papa mama father mother brother sister baby darling love honey dear
    friend captain doctor officer really very too all any some every one two three four
    five shut stay leave run hurry tell told say said make take put keep kill hurt die
    dead open close call find found try sorry afraid scared money gun door""".split()  # noqa: SIM905 (a word list reads best as words)
)  # fmt: skip
"""The words a stammer falls on in dialogue: short, common words. "W-what", "I-I", "P-please"
are stammers; "D-Day", "S-shaped", "P-plates", "e-edition", "b-boy" are words."""
_SAID_PIECE = {"wh": "wuh", "th": "thuh", "sh": "shuh", "ch": "chuh", "ph": "fuh", "a": "ah",
               "e": "eh", "o": "oh", "u": "uh", "q": "kwuh", "x": "zuh"}  # fmt: skip

_SPELLED = re.compile(r"(?<![\w'’-])[A-Za-z](?:-[A-Za-z]){2,}(?![\w'’-])")
"""A word set out letter by letter ("S-A-R-A-H", "P-L-E-A-S-E", "B-O-O-O-M", "v-e-r-y")."""
_SPELL_CUE = re.compile(r"\bspel(?:l|t|led|ling|ls)\b|\bletters?\b", re.IGNORECASE)


def respelled(text: str) -> str:
    """`text` with its sound words, stammers and spelled-out words said as sounds."""
    text = _SPELLED.sub(_letters, text)
    text = _STAMMER.sub(_stammer, text)
    return _WORD.sub(_sound, text)


def _sound(m: Match[str]) -> str:
    word = m["word"]
    if word.isupper() and not re.search(r"(.)\1\1", word):
        return word  # "BBC", "SSH" are no sounds, nor "SH" (a highway), "HM" (Her Majesty)
    if _AFTER_NUMBER.search(m.string, 0, m.start()) or word == "mm":
        return word  # "5 mm", "given in mm": millimetres
    if len(word) == 2 and word.islower() and not m.string.startswith("!", m.end()):
        return word  # "words that begin with sh": the letters; "Sh!", "Sh, the baby"
    for shape, said in _SOUNDS:
        if shape.fullmatch(word):
            return said.capitalize() if word[0].isupper() else said
    return word


def _drawn_sound(word: str) -> str | None:
    """A sound set out one letter a hyphen ("Z-z-z-z", "M-m-m", "S-s-s"), said as the sound
    word it spells closed up ("zuzz", "hmm", "schh"); None when the letter makes no sound
    word (a vowel, "A-A-A"; a consonant with no sound shape, "K-K-K")."""
    if word[0].lower() not in "zmshbr":
        return None
    for shape, said in _SOUNDS:
        if shape.fullmatch(word):
            return said.capitalize() if word[0].isupper() else said
    return None


def _stammer(m: Match[str]) -> str:
    """ "W-what" → "Wuh-what": each piece that begins the word said as its first sound."""
    word = m["word"]
    pieces = m["pieces"].split("-")[:-1]
    if word.lower().replace("’", "'") not in _STAMMERED:
        return m.group()  # "D-Day", "S-shaped": a letter joined to a word, no stammer
    if not all(word.lower().startswith(p.lower()) for p in pieces):
        return m.group()  # "T-shirt", "X-ray", "e-mail": a letter and a word, no stammer
    if word.lower() in {p.lower() for p in pieces} or pieces[0].lower() == "i":
        return m.group()  # "I-I", "No-no": whole words, said as they are
    return "-".join(_said_piece(p, word) for p in pieces) + "-" + word


def _said_piece(piece: str, word: str) -> str:
    low = piece.lower()
    if low in _SAID_PIECE:
        said = _SAID_PIECE[low]
    elif len(low) == 2 and low[1] in "aeiouy":
        said = low  # "Wa-wait": already a syllable
    elif low[0] == "c":
        said = "suh" if word[1:2].lower() in ("e", "i", "y") else "kuh"
    else:
        said = low[0] + "uh"
    return said.capitalize() if piece[0].isupper() else said


def _letters(m: Match[str]) -> str:
    """A word set out letter by letter: in capitals, a name or a word spelled aloud
    ("S-A-R-A-H" → "S, A, R, A, H"), each letter said; but with a letter drawn out
    ("B-O-O-O-O-M", "N-O-O-O": three times or more) or in small letters ("v-e-r-y"), a
    word said slowly, which is joined ("Boooom", "very"), as a narrator stretches it. A
    double letter is spelling, not a drawn-out sound ("H-I-L-L", "S-H-E-E-P",
    "M-I-S-S-I-S-S-I-P-P-I"). A spelling the text names ("spelled it c-a-t", "the
    letters d-o-g") stays letters, and so does one letter repeated ("I-I-I", a stammer),
    unless it spells a sound ("Z-z-z-z" a buzz, "M-m-m" a hum: `_drawn_sound`)."""
    letters = m.group().split("-")
    before = m.string[max(0, m.start() - 80) : m.start()]
    if len({x.lower() for x in letters}) == 1 and not _SPELL_CUE.search(before):
        said = _drawn_sound("".join(letters))
        if said:  # "Z-z-z-z" is the bee's "Zzzz", "M-m-m" a hum: no letters
            return said
    drawn = any(a.lower() == b.lower() == c.lower()
                for a, b, c in zip(letters, letters[1:], letters[2:], strict=False))
    lower = "".join(letters).islower()
    said = len({x.lower() for x in letters}) > 1 and (drawn or lower)
    if said and not _SPELL_CUE.search(before):
        word = "".join(letters).lower()
        return word.capitalize() if letters[0].isupper() else word
    if lower:
        return m.group()  # "c-a-t", spelled in small letters: as it was
    return ", ".join(letters)
