"""Words in another writing system, said in letters the book's voice can read.

A narrator of an English book reads a Greek motto, a Russian name or a Hebrew
address as a sound, near enough to the original. espeak's English voice instead
names every letter it has no rule for: "שלום" becomes "Hebrew shin, Hebrew lamed,
Hebrew vav, Hebrew mem", and a polytonic Greek vowel becomes "letter 1F13", which
no listener can follow. (Piper's voices read their text through the same
phonemizer, so they do the same.)

So a run of letters in a script the book's language is not written in is
transliterated into Latin letters with anyascii (ISC licence; one table per
Unicode character, kept current, no native code): "ἓν οἶδα" → "hen oida",
"Привет" → "Privet", "京都" → "Jing Dou" (Mandarin readings: an approximation,
but one a listener hears as a word). The manuscript, the manifest, the captions
and the read-along keep the original letters; only the engine's text changes.

Two kinds of marks carry no sound at all and are dropped from the spoken text:
the overlay marks that draw strike-through or slashes over letters
("H̶e̶ ̶w̶r̶o̶t̶e̶", U+0334–U+0338), and the combining marks that "Zalgo" text piles on
letters (three or more in a word that no letter composes with: real accents,
even Vietnamese ones, compose into their letters and leave none). The shrug drawn in characters,
¯\\_(ツ)_/¯, is a picture, not words, and is left unspoken like an emoji.
"""

from __future__ import annotations

import re
import unicodedata

from anyascii import anyascii

# Scripts by their letters' Unicode blocks; the book's language says which it is written in.
_BLOCKS: dict[str, str] = {
    "greek": "\u0370-\u03ff\u1f00-\u1fff",
    "cyrillic": "\u0400-\u052f\u1c80-\u1c8f\u2de0-\u2dff\ua640-\ua69f",
    "hebrew": "\u0590-\u05ff\ufb1d-\ufb4f",
    "arabic": "\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff",
    "armenian": "\u0530-\u058f",
    "georgian": "\u10a0-\u10ff",
    "devanagari": "\u0900-\u0963\u0966-\u097f",
    "danda": "\u0964\u0965",  # the full stops of every Indic script, not Devanagari's alone
    "thai": "\u0e00-\u0e7f",
    "kana": "\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9f",
    "han": "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff",
    "hangul": "\u1100-\u11ff\u3130-\u318f\uac00-\ud7af",
}

NATIVE_SCRIPTS: dict[str, frozenset[str]] = {
    "el": frozenset({"greek"}),
    "grc": frozenset({"greek"}),
    "ru": frozenset({"cyrillic"}),
    "uk": frozenset({"cyrillic"}),
    "be": frozenset({"cyrillic"}),
    "bg": frozenset({"cyrillic"}),
    "sr": frozenset({"cyrillic"}),
    "mk": frozenset({"cyrillic"}),
    "kk": frozenset({"cyrillic"}),
    "mn": frozenset({"cyrillic"}),
    "he": frozenset({"hebrew"}),
    "yi": frozenset({"hebrew"}),
    "ar": frozenset({"arabic"}),
    "fa": frozenset({"arabic"}),
    "ur": frozenset({"arabic"}),
    "hy": frozenset({"armenian"}),
    "ka": frozenset({"georgian"}),
    "hi": frozenset({"devanagari", "danda"}),
    "mr": frozenset({"devanagari", "danda"}),
    "ne": frozenset({"devanagari", "danda"}),
    "sa": frozenset({"devanagari", "danda"}),
    **{code: frozenset({"danda"}) for code in ("bn", "as", "pa", "gu", "or", "ta", "te", "kn",
                                              "ml", "si")},
    "th": frozenset({"thai"}),
    "ja": frozenset({"kana", "han"}),
    "zh": frozenset({"han"}),
    "cmn": frozenset({"han"}),
    "yue": frozenset({"han"}),
    "ko": frozenset({"hangul", "han"}),
}
"""The scripts each language is written in; every other language is written in Latin letters."""

RIGHT_TO_LEFT = frozenset({"ar", "fa", "ur", "he", "iw", "yi", "ps", "sd", "ug", "ckb", "dv"})
"""Languages written right to left: a page of their text is set `dir="rtl"`."""


def direction(language: str) -> str:
    """"rtl" for a language written right to left, else "ltr" (HTML's `dir`)."""
    return "rtl" if language.lower().replace("_", "-").split("-")[0] in RIGHT_TO_LEFT else "ltr"


# A run: letters of one foreign script, with the combining accents, apostrophes and spaces
# between its words (so "ἓν οἶδα" becomes one phrase, not two).
_RUNS = {
    script: re.compile(rf"[{block}](?:[{block}\u0300-\u036f'’\u02bc]|\s+(?=[{block}]))*")
    for script, block in _BLOCKS.items()
}

_OVERLAY = re.compile("[\u0334-\u0338]")
_MARKED_WORD = re.compile(r"\w*[\u0300-\u036f][\w\u0300-\u036f]*")
_MARK = re.compile("[\u0300-\u036f]")
_SHRUG = re.compile(r" ?¯\\+_\(ツ\)_/¯")


_STYLED_HOLES = "ℂℊℋℌℍℎℐℑℒℓℕℙℚℛℜℝℤℨℬℭℯℰℱℳℴ"  # the styled letters Unicode had before
_STYLED = re.compile(
    f"[{_STYLED_HOLES}\U0001d400-\U0001d7ff]*[\U0001d400-\U0001d7ff][{_STYLED_HOLES}"
    "\U0001d400-\U0001d7ff]*|[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]+"
)
"""Letters in a "fancy font" (bold, italic, script, Fraktur, double-struck: "𝐡𝐚𝐫𝐛𝐨𝐫",
"𝘩𝘦𝘭𝘭𝘰", as web fiction and posts copy them) and fullwidth letters and digits ("ｈｅｌｌｏ"):
plain letters in another dress, said as the plain ones (NFKC on these alone). espeak
spells them as "mathematical bold small h …". A letterlike "ℝ" alone stays a symbol."""


def latinize(text: str, language: str) -> str:
    """`text` with runs of other scripts in Latin letters and soundless marks dropped."""
    text = _SHRUG.sub("", text)
    if max(text, default="a") >= "\u0334":  # only text past plain Latin can need more
        text = _STYLED.sub(lambda m: unicodedata.normalize("NFKC", m.group()), text)
        text = _MARKED_WORD.sub(_unstacked, _OVERLAY.sub("", text))
        base = language.strip().lower().replace("_", "-").split("-")[0]
        native = NATIVE_SCRIPTS.get(base, frozenset())
        if not native & {"kana", "han"} and _JAPANESE_RUN.search(text):
            text = _JAPANESE_RUN.sub(_japanese, text)
        if "han" not in native and _HAN_GLOSS.search(text):
            text = _HAN_GLOSS.sub(_unglossed, text)
        for script, run in _RUNS.items():
            if script == "greek" and base == "en" and script not in native:
                text = run.sub(_greek, text)
            elif script not in native:
                text = run.sub(_transliterated, text)
        if "han" not in native and "kana" not in native and _WIDE_MARK.search(text):
            text = _WIDE_MARK.sub(_narrow_mark, text)
    return text


_HAN_GLOSS = re.compile(r"\s*[(（](?P<han>[\u3400-\u4dbf\u4e00-\u9fff]{1,8})[)）]")
"""A name's characters in brackets after it, as a translated novel glosses its people and
places ("Wei Ying (魏婴)", "Lán Wàngjī (蓝忘机)")."""


def _unglossed(m: re.Match[str]) -> str:
    """The gloss unsaid where its reading is the words just before it: "Wei Ying (魏婴)" is
    said once, not "Wei Ying (Wei Ying)". A gloss that says something else ("water (水)",
    a learner's character) is kept, and read."""
    said = anyascii(m["han"]).lower()
    plain = "".join(c for c in unicodedata.normalize("NFD", m.string[: m.start()])
                    if not unicodedata.combining(c))  # fmt: skip
    words = re.findall(r"[^\W\d_]+", plain)[-8:]
    tails = ("".join(words[-k:]).lower() for k in range(1, len(words) + 1))
    if said not in tails:
        return m.group()
    return " " if m.string[m.end() : m.end() + 1].isalnum() else ""  # "Ying（魏婴）at": a space


_JAPANESE_RUN = re.compile(
    "(?P<figure>[0-9０-９]+)?[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff々]+"
    "(?:[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff々]|\\s+(?=[\u3040-\u30ff]))*"
)
_JAPANESE_TALK = re.compile(r"\bJapan(?:ese)?\b")
_CHINESE_TALK = re.compile(r"\b(?:Chinese|Mandarin|Cantonese|China|pinyin)\b", re.IGNORECASE)


def _japanese(m: re.Match[str]) -> str:
    """A Japanese phrase in a book of another language, by its Japanese reading (then
    transliterated as kana): a run that holds kana ("こんにちは" konnichiwa, its は a
    particle's "wa"), or a counter glued to a figure in a sentence about Japanese ("3人"
    san-nin, not the Mandarin "three Ren"). Other kanji may be Chinese: left to anyascii."""
    run = m.group()
    kana = re.search("[\u3040-\u30ff]", run)
    talk = m.string
    japanese = m["figure"] and _JAPANESE_TALK.search(talk) and not _CHINESE_TALK.search(talk)
    if not (kana or japanese):
        return run
    from audiobook.text.japanese import japanese_spoken  # Sudachi, loaded only when needed

    said = _hepburn(japanese_spoken(run))
    return f" {said}" if m["figure"] and m.start() and m.string[m.start() - 1].isalnum() else said


_YOON = re.compile("(?P<k>[きぎしじちぢにひびぴみりキギシジチヂニヒビピミリ])(?P<y>[ゃゅょャュョ])")
_SOKUON = re.compile("[っッ](?P<next>[\u3041-\u3096\u30a1-\u30fa])")


def _hepburn(kana: str) -> str:
    """Kana's two-letter sounds romanised whole, as Hepburn writes them, before anyascii
    takes the rest one character at a time (it writes "きゃ" kiya, "っ" t): a small ゃ/ゅ/ょ
    joins the syllable before ("ちゃん" chan, "りょかん" ryokan, "しゃ" sha), and a small っ
    doubles the next consonant ("がっこう" gakkou, "ちょっと" chotto, "っち" tchi)."""

    def yoon(m: re.Match[str]) -> str:
        stem, vowel = anyascii(m["k"])[:-1], anyascii(m["y"])[-1]
        return f"{stem}{vowel}" if stem in ("sh", "ch", "j") else f"{stem}y{vowel}"

    def sokuon(m: re.Match[str]) -> str:
        first = anyascii(m["next"])[:1]
        return ("t" if first == "c" else first) + m["next"]

    return _YOON.sub(yoon, _SOKUON.sub(sokuon, kana))


_WIDE_MARKS = {
    "，": ", ", "、": ", ", "。": ". ", "！": "! ", "？": "? ", "：": ": ", "；": "; ",
    "（": " (", "）": ") ", "「": " “", "」": "” ", "『": " ‘", "』": "’ ", "《": " “",
    "》": "” ", "\u3000": " ",
}  # fmt: skip
_WIDE_MARK = re.compile(f"[{''.join(_WIDE_MARKS)}]+")
"""Chinese and Japanese punctuation, which a voice of a language written in other
letters may name ("fullwidth comma") or run over: in a quotation it transliterates,
the marks its own language writes, with the space it sets after them."""


def _narrow_mark(m: re.Match[str]) -> str:
    said = re.sub(r"\s+", " ", "".join(_WIDE_MARKS[c] for c in m.group()))
    said = re.sub(r"\s+(?=[”’)!?.,;:])", "", said)
    before, after = m.string[m.start() - 1 : m.start()], m.string[m.end() : m.end() + 1]
    if not before or before.isspace():
        said = said.lstrip()
    if not after or after.isspace():
        said = said.rstrip()
    return said


def _greek(m: re.Match[str]) -> str:
    """A Greek run in an English book: a symbol by its letters' names, a word transliterated.

    English prose uses Greek letters as symbols ("α = 0.05", "1.5σ", "a β-blocker", "ΔT",
    the fraternity "ΚΚΓ"), where a narrator names the letter; transliterated, they became
    wrong words ("a", "s", "v-blocker", "DT"). A symbol is one or two letters, or up to
    three capitals, and carries no accent (a Greek word does: "ἐν", "ψυχή" stay words)."""
    run = m.group()
    letters = [c for c in run if c.isalpha()]
    if any(unicodedata.normalize("NFD", c) != c for c in letters) or not (
        len(letters) <= 2 or (len(letters) <= 3 and all(c.isupper() for c in letters))
    ):
        return _classical_greek(run)
    said = " ".join(_letter_name(c) for c in letters)
    before, after = m.string[m.start() - 1 : m.start()], m.string[m.end() : m.end() + 1]
    return (" " if before.isalnum() else "") + said + (" " if after.isalnum() else "")


_GREEK_PAIRS = {
    "αι": "ai", "ει": "ei", "οι": "oi", "υι": "ui", "ου": "oo", "αυ": "au", "ευ": "eu",
    "ηυ": "eu", "γγ": "ng", "γκ": "nk", "γξ": "nx", "γχ": "nkh",
}  # fmt: skip
_GREEK_LETTERS = dict(zip("αβγδεζηθικλμνξοπρσςτυφχψω", [
    "a", "b", "g", "d", "e", "z", "ay", "th", "i", "k", "l", "m", "n", "x", "o", "p", "r",
    "s", "s", "t", "u", "ph", "kh", "ps", "o",
], strict=True))  # fmt: skip
_GREEK_SYLLABLE = re.compile("|".join(_GREEK_PAIRS) + "|.", re.DOTALL)
_ROUGH = "\u0314"


def _classical_greek(run: str) -> str:
    """A Greek word in an English book, in the letters an English classicist reads it by.

    English books quote ancient and New Testament Greek; their readers say it the
    restored way: eta "ay", upsilon "u", chi "kh", a rough breathing "h". anyascii's table is
    modern Greek's (η, υ, ει all "i"; "ου" "oy"), which turned a sermon's "πένης" (poor)
    into "penis" and "οὖσαν" into "oysan". The English voice says "penays" and "oosan"."""
    said: list[str] = []
    for word in re.split(r"(\W+)", unicodedata.normalize("NFC", run)):
        if not word or not word[0].isalpha():
            said.append(anyascii(word) if word else word)
            continue
        word = unicodedata.normalize("NFD", word)
        rough = _ROUGH in word
        plain = "".join(c for c in word if not unicodedata.combining(c))
        capital = plain[:1].isupper()
        lower = plain.lower()
        out = "".join(
            _GREEK_PAIRS.get(piece) or _GREEK_LETTERS.get(piece) or anyascii(piece)
            for piece in _GREEK_SYLLABLE.findall(lower)
        )
        if rough:
            out = "rh" + out[1:] if lower.startswith("ρ") else "h" + out
        said.append(out[:1].upper() + out[1:] if capital else out)
    return "".join(said)


def _letter_name(letter: str) -> str:
    """"alpha" for α or Α, from the letter's Unicode name ("GREEK SMALL LETTER FINAL SIGMA")."""
    words = unicodedata.name(letter, "").split()
    if "LETTER" in words:
        name = next(w for w in words[words.index("LETTER") + 1 :] if w != "FINAL")
    elif "SYMBOL" in words:  # ϑ, ϕ: "GREEK THETA SYMBOL"
        name = words[words.index("SYMBOL") - 1]
    else:
        return anyascii(letter)
    return {"LAMDA": "lambda"}.get(name, name.lower())


def _unstacked(m: re.Match[str]) -> str:
    """A word without its combining marks if it has three or more that compose with nothing."""
    word = unicodedata.normalize("NFC", m.group())
    return _MARK.sub("", word) if len(_MARK.findall(word)) >= 3 else m.group()


def _transliterated(m: re.Match[str]) -> str:
    """One run in Latin letters.

    anyascii writes each Han character as a capitalised syllable with no space
    between them ("JingDouShi"); spaced, a voice says each syllable instead of
    guessing at one long word."""
    run = unicodedata.normalize("NFC", m.group())
    if _ABJAD_LETTER.search(run):
        return _voweled(run)
    return re.sub(r"(?<=[a-z])(?=[A-Z])", " ", anyascii(run)).strip()


# Hebrew and Arabic are written without most vowels ("שלום" is s-l-v-m), and a voice
# spells a word with no vowel letter by letter ("ess el vee em"). Their letters that
# also stand for vowels are read as those vowels inside a word, and a cluster of consonants
# that English cannot say (two at a word's start, three anywhere) gets an "a" between
# them: "salom", "marahaba" — near enough to "shalom" and "marhaba" to be heard as words.
_ABJAD_LETTER = re.compile("[\u05d0-\u05ea\u0621-\u064a]")
_INSIDE = {"ו": "o", "י": "i", "و": "u", "ي": "i", "ا": "a"}
_CLUSTER = re.compile(r"\b[b-df-hj-np-tv-z]{2,}|[b-df-hj-np-tv-z]{3,}", re.IGNORECASE)


def _voweled(run: str) -> str:
    letters = list(run)
    for i, c in enumerate(letters):
        if c in _INSIDE and (c == "ا" or (0 < i < len(letters) - 1 and letters[i - 1].isalpha())):
            letters[i] = _INSIDE[c]
    said = anyascii("".join(letters)).replace("'", "")  # aleph and ayin: no letter to say
    return _CLUSTER.sub(lambda c: "a".join(c.group()[:-1]) + "a" + c.group()[-1], said)
