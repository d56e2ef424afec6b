"""Pronunciations a book gives itself: its pronunciation guide and the respellings its
author sets after a name the first time ("Aoife (EE-fa)", "Perseus (per'sūs)",
"Ysolde /iˈzoʊldə/"), and the forms of a respelling the engine says as a word.

Authors who plan an audiobook write these for the narrator. A narrator reads neither the
guide nor the glosses aloud: he says the name as they direct, every time. So the guide
and the glosses are left out (and listed), and what they give becomes the book's own
`[pronounce]` table, under book.toml's, which wins for the same word.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import replace

from audiobook.models import Chapter, Omission, Paragraph

GUIDE_REASON = "pronunciation guide"

GUIDE_HEADING = re.compile(
    r"^\s*(?:(?:a|an|the)\s+)?(?:"
    r"(?:note|notes|guide|key|word)s?\s+(?:on|to|about)\s+(?:the\s+)?(?:pronunciations?"
    r"|pronouncing|names|the\s+names)(?:\s+of\s+[\w\s]{1,30})?"
    r"|pronunciations?(?:\s+(?:guide|key|notes?|of\s+names|glossary))?"
    r"|pronouncing\s+(?:vocabulary|index|dictionary|glossary|list)(?:\s+of\s+[\w\s]{1,30})?"
    r"|(?:glossary|list|index|dramatis\s+personae)\s+of\s+(?:proper\s+)?(?:names|characters"
    r"|places|names\s+and\s+places)(?:\s+and\s+\w+)?(?:\s+with\s+pronunciations?)?"
    r"|names\s+and\s+(?:their\s+)?pronunciations?|how\s+to\s+(?:say|pronounce)\b[^.!?]{0,40}"
    r"|glossary|names|characters"
    r")\s*[.:]?\s*$",
    re.IGNORECASE,
)
"""A heading that may name a pronunciation guide: "Pronunciation Guide", "A Note on
Pronunciation", "Glossary of Names", "PRONOUNCING VOCABULARY.", "How to Say the Welsh".
The broad ones ("Glossary", "Names") count only over entries that are mostly names with
respellings (`guide_entries`): a glossary of meanings is read."""
_NAMED_GUIDE = re.compile(r"pronunc|pronounc|how\s+to\s+(?:say|pronounce)", re.IGNORECASE)
"""A heading that says pronunciation in words: a guide under it needs fewer entries."""

_CAPS_SYLLABLE = re.compile(r"(?<![^\W\d_])[A-Z]{2,}(?![^\W\d_])")
_RESPELLED_WORD = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")
_DICTIONARY_VOWELS = "āăēĕīĭōŏūŭȳẽôâêîûüäëïöàèìòùé"
_DICTIONARY = re.compile(
    rf"^[a-z{_DICTIONARY_VOWELS}]+(?:['ʹ′ˈ-][a-z{_DICTIONARY_VOWELS}]*)*$", re.IGNORECASE
)
_DIACRITIC_VOWEL = re.compile(f"[{_DICTIONARY_VOWELS[:16]}]")
IPA_CHARS = "ˈˌːəɪʊðθɬʃʒŋɛɔæɑɒʌɜɡɹɾʔçχɣʎɲɐɘɵɤɯʏøœɨʉʁʀɦβɸ̥̃"
_IPA = re.compile(rf"^[/\[]\s*([^/\[\]]*[{IPA_CHARS}][^/\[\]]*?)\s*[/\]]$")
_STOP_WORDS = frozenset((
    "see", "also", "cf", "and", "or", "the", "of", "in", "per", "via", "from", "to", "by",
    "not", "aka", "née", "né", "sic", "a", "an", "is", "was", "as", "for", "with", "at",
    "on", "it", "he", "she", "they", "we", "you", "i", "ipa",
))
"""Lowercase words a parenthesis of ordinary words holds ("see MAP", "per BBC"), never a
respelling's syllables."""


_ONSET = (
    "b|bl|br|ch|d|dr|dw|f|fl|fr|g|gl|gr|gw|h|hl|j|k|kh|kl|kr|kw|l|m|n|ny|p|pl|pr|r|s|sc|sh|"
    "shr|sk|skr|sl|sm|sn|sp|spl|spr|st|str|sw|t|th|thr|tr|ts|tw|v|w|wh|y|z|zh|c|cl|cr|ph|q|qu|x"
)
_CODA = (
    "b|ch|ck|d|dz|f|ft|g|gh|h|j|k|ks|kt|l|lch|ld|lf|lk|lm|lp|ls|lsh|lt|lth|lv|lz|m|mp|ms|mz|"
    "n|nch|nd|ng|ngz|nsh|"
    "nj|nk|nks|ns|nt|nth|nz|p|ps|pt|r|rb|rch|rd|rsh|rf|rg|rk|rl|rm|rn|rp|rs|rst|rt|rth|rv|rz|s|sh|"
    "sk|sp|st|t|tch|th|ts|v|x|z|zh|bb|dd|ff|gg|kk|ll|mm|nn|pp|rr|ss|tt|zz"
)
_SYLLABLE_SHAPE = re.compile(
    rf"(?:{_ONSET}|(?!(.)\1)[b-df-hj-np-tv-z]{{2,3}})?[aeiouy]+w?(?:(?:{_CODA})e?)?",
    re.IGNORECASE,
)
"""A syllable as a respelling spells it: an onset (English, or another language's cluster
without a doubled letter: "ZBEEG"), a vowel, a coda ("KWELL", "HLEER", "WENZ"). "BBC",
"CBS", "MD" (no vowel), "WWI" (a doubled onset), "USSR" (no such coda) are letters the
engine spells: an acronym, never a stressed syllable."""
_PREFIXES = frozenset((
    "ex", "pre", "post", "pro", "anti", "non", "neo", "semi", "sub", "mid", "co", "counter",
    "pseudo", "ultra", "inter", "trans", "un", "self", "vice", "quasi", "multi", "pan",
))
"""Prefixes joined to a word ("ex-RAF", "pre-WWI", "post-EU", "pro-USSR"): no syllable."""
_COMMON_WORDS = frozenset((
    "news", "photo", "file", "army", "navy", "team", "club", "party", "film", "book", "show",
    "band", "host", "wife", "aged", "born", "died", "said", "says", "also", "only", "then",
    "then", "here", "there", "case", "vote", "poll", "data", "item", "page", "note", "text",
    "live", "tour", "race", "star", "game", "hall", "city", "town", "road", "ward", "seat",
))
"""Ordinary short words a parenthesis after a name holds ("CBS news", "AP photo")."""


def _spoken_syllables(words: list[str]) -> bool:
    """Do these words look like a respelling's syllables? Each capital part must be a
    syllable one can say (not "RAF"-shaped letters like "BBC", "USSR", "MD"), at least
    one other part a lower-case syllable ("EE-fa", "MAR-uh KWELL", "kair DERN"), and no
    part an ordinary word ("News", "Edinburgh", "interview") or a prefix before a hyphen
    ("ex-RAF", "pre-WWI", "post-EU")."""
    lower = False
    for word in words:
        parts = word.split("-")
        for i, part in enumerate(parts):
            if part.isupper():
                if (len(part) == 1 and part not in "AIO") or not _SYLLABLE_SHAPE.fullmatch(part):
                    return False
            elif part.islower():
                if i < len(parts) - 1 and part in _PREFIXES:
                    return False
                if len(part) > 5 or part in _COMMON_WORDS or not _SYLLABLE_SHAPE.fullmatch(part):
                    return False
                lower = True
            else:
                return False  # "News", "Edinburgh": a capitalised word beside the caps
    return lower


def respelling_kind(text: str, *, guide: bool = False) -> str | None:
    """What kind of respelling `text` is, or None when it is ordinary words.

    "caps": syllables with a capital stressed one ("EE-fa", "MAR-uh KWELL", "kair DERN",
    "TIGE" in a guide); "dictionary": a dictionary's, with stress marks or marked vowels
    ("per'sūs", "ăr-ĭ-ăd'nē"); "ipa": IPA between slashes or brackets ("/iˈzoʊldə/").
    In a guide (`guide`), lowercase hyphenated syllables ("shee-la") count too.
    """
    text = text.strip()
    if _IPA.match(text):
        return "ipa"
    words = text.split()
    if not words or len(words) > 5:
        return None
    if all(_RESPELLED_WORD.fullmatch(w) for w in words):
        if any(w.lower() in _STOP_WORDS for w in words):
            return None
        caps = [w for w in words if any(_CAPS_SYLLABLE.fullmatch(s) for s in w.split("-"))]
        hyphened = any("-" in w for w in words)
        if caps and not guide and not _spoken_syllables(words):
            return None  # "ex-RAF", "CBS News", "MD Edinburgh", "BBC interview"
        if (caps and guide) or (caps and hyphened and re.search("[a-z]", text)):
            return "caps"  # "EE-fa", "kair DERN"; never "(R-OH)", "(LOW-MED)" in a text
        if caps and len(words) > len(caps):
            return "caps"
        if guide and hyphened and all(w.islower() for w in words):
            return "caps"
        return None
    if all(_DICTIONARY.fullmatch(w) for w in words) and (
        any(_DIACRITIC_VOWEL.search(w) for w in words)
        or (guide and all(w.islower() for w in words) and "'" in text)
    ):
        return "dictionary"
    return None


_DICTIONARY_SOUNDS = {
    "ā": "ay", "ă": "a", "â": "air", "ä": "ah", "ē": "ee", "ĕ": "e", "ẽ": "e", "ī": "eye",
    "ĭ": "i", "ō": "oh", "ŏ": "o", "ô": "o", "ū": "oo", "ŭ": "u", "ȳ": "eye", "ü": "oo",
}  # fmt: skip
"""A dictionary's marked vowels as a respelling spells them (Webster's key: ā as in fate,
ă as in fat, ē as in me, ī as in pine, ō as in note, ū as in tube, ẽ as in her)."""
_IPA_SOUNDS = [
    ("r̥", "hr"), ("tʃ", "ch"), ("dʒ", "j"), ("eɪ", "ay"), ("aɪ", "eye"), ("ɔɪ", "oy"),
    ("aʊ", "ow"), ("oʊ", "oh"), ("əʊ", "oh"), ("ɪə", "eer"), ("ɛə", "air"), ("ʊə", "oor"),
    ("iː", "ee"), ("uː", "oo"), ("ɑː", "ah"), ("ɔː", "aw"), ("ɜː", "er"), ("i", "ee"),
    ("ɪ", "i"), ("e", "e"), ("ɛ", "e"), ("æ", "a"), ("a", "a"), ("ɑ", "ah"), ("ɒ", "o"),
    ("ɔ", "aw"), ("o", "oh"), ("u", "oo"), ("ʊ", "u"), ("ʌ", "u"), ("ə", "uh"), ("ɜ", "er"),
    ("ɐ", "uh"), ("θ", "th"), ("ð", "th"), ("ʃ", "sh"), ("ʒ", "zh"), ("ŋ", "ng"),
    ("ɬ", "hl"), ("x", "kh"), ("χ", "kh"), ("j", "y"), ("ɡ", "g"), ("ɹ", "r"), ("ɾ", "r"),
    ("y", "ew"), ("ø", "er"), ("œ", "er"), ("ç", "h"), ("ʔ", ""), ("ɲ", "ny"), ("ʎ", "ly"),
]  # fmt: skip
"""IPA's sounds in English respelling, longest first. The engine takes no phonemes in a
text, so an IPA gloss becomes the respelling a guide would have printed ("iˈzoʊldə" →
"ee-zohl-duh")."""


@functools.cache
def said_form(respelling: str) -> str:
    """A respelling as the engine says it right: capital syllables lower-cased (espeak
    spells "KEE" in a sentence letter by letter, and "MAR" as "em ay ar"), a
    dictionary's marks turned into plain letters ("ē'jūs" → "ee-joos"), IPA into a
    respelling. A respelling in ordinary letters is kept as it is."""
    text = respelling.strip()
    kind = respelling_kind(text, guide=True)
    if kind == "ipa":
        return _from_ipa(_IPA.match(text)[1])  # type: ignore[index]
    if kind == "dictionary":
        word = re.sub(r"(?<=[^\W\d_])ī", "y", text.lower())  # "mī'nos": "my-nos"
        word = "".join(_DICTIONARY_SOUNDS.get(ch, ch) for ch in word)
        word = re.sub(r"['ʹ′ˈ]", "-", word).strip("-")
        return unicodedata.normalize("NFC", word)
    return _CAPS_SYLLABLE.sub(lambda m: m[0].lower(), text) if kind == "caps" else text


def ipa_said(ipa: str) -> str:
    """A transcription's sounds ("ʃɪp", "ˈwɔːtə", "eɪ") as an English respelling espeak
    says as those sounds ("ship", "waw-tuh", "ay"): the engine takes no IPA in a text."""
    return _from_ipa(ipa)


def _from_ipa(ipa: str) -> str:
    words = []
    for word in ipa.split():
        word = unicodedata.normalize("NFC", word.replace(".", "ˈ"))
        syllables = [s for s in re.split("[ˈˌ]", word) if s]
        said = []
        for syllable in syllables:
            out, rest = "", syllable.replace("ː", "ː")
            while rest:
                for ipa_sound, letters in _IPA_SOUNDS:
                    if rest.startswith(ipa_sound):
                        out, rest = out + letters, rest[len(ipa_sound):]
                        break
                else:
                    out += rest[0] if rest[0].isascii() and rest[0].isalpha() else ""
                    rest = rest[1:]
            said.append(out.replace("ː", ""))
        words.append("-".join(s for s in said if s))
    return " ".join(w for w in words if w)


def said_respellings(lexicon: Mapping[str, str]) -> dict[str, str]:
    """A `[pronounce]` table with each respelling in its said form (`said_form`)."""
    return {word: said_form(said) for word, said in lexicon.items()}


def book_lexicon(given: Mapping[str, str], configured: Mapping[str, str]) -> dict[str, str]:
    """The book's own pronunciations under book.toml's: an entry of `[pronounce]` wins
    over the guide's or a gloss's for the same word, whatever its case. The book's keep
    the case the book gave them: "Nice (NEECE)" respells the town, never "a nice hotel"
    (`normalize.apply_lexicon` matches a capitalised key only as written, or in capitals)."""
    mine = {word.lower() for word in configured}
    return {**{w: s for w, s in given.items() if w.lower() not in mine}, **configured}


def merged(*tables: Mapping[str, str]) -> dict[str, str]:
    """Pronunciation tables as one, the first to name a word (in any case) winning."""
    result: dict[str, str] = {}
    seen: set[str] = set()
    for table in tables:
        for word, said in table.items():
            if word.lower() not in seen:
                seen.add(word.lower())
                result[word] = said
    return result


# --------------------------------------------------------------------------- guides

_NAME = r"[^\W\d_][\w’'.-]*\*?(?:\s+[^\W\d_][\w’'.-]*\*?){0,3}"
_ENTRY_LINE = re.compile(
    rf"^\s*(?P<name>{_NAME})\s*(?:[—–:=]|\s-\s|,|\t|\s{{2,}})\s*(?P<said>.+?)\s*$"
    rf"|^\s*(?P<name2>{_NAME})\s*(?P<said2>\(.+\)|/[^/]+/.*|\[[^\]]+\].*)\s*$"
    rf"|^\s*(?P<name3>{_NAME}?)\s+(?P<said3>\S+(?:\s+\S+){{0,3}})\s*$"
)


_HEADER_WORDS = frozenset(("name", "names", "word", "term", "character", "place"))
"""A guide table's head row ("Name | Pronunciation | IPA"), never an entry."""


def entry(name: str, said: str) -> tuple[str, str] | None:
    """A guide's entry as (name, respelling said), when `said` opens with a respelling
    or holds one among its parts ("SEER-sha (like “inertia” with an S)", "OH-in —
    “Owen”", "/ɬaˈnɛɬi/, hlan-ETH-lee"): a respelling in letters wins over IPA."""
    name = name.strip().rstrip("*").strip()
    if not name or not name[0].isupper() or len(name) > 40 or name.lower() in _HEADER_WORDS:
        return None
    parts = [p.strip(" .;") for p in re.split(r"[,;—–()“”\"]|\s-\s|\s(?=/)", said)]
    kinds = [(respelling_kind(p, guide=True), p) for p in parts if p]
    letters = next((p for k, p in kinds if k in ("caps", "dictionary")), None)
    ipa = next((p for k, p in kinds if k == "ipa"), None)
    chosen = letters or ipa
    if chosen is None or kinds[0][0] is None:  # "craic: fun, a good time" is a meaning
        return None
    return name, said_form(chosen)


def line_entry(text: str) -> tuple[str, str] | None:
    """One line of a guide as an entry: "Aoife — EE-fa", "Siobhán (shi-VAWN)",
    "Ægeus ē'jūs", "Llanelli /ɬaˈnɛɬi/, hlan-ETH-lee"."""
    m = _ENTRY_LINE.match(" ".join(text.split()) if "\t" not in text else text)
    if not m:
        return None
    for name, said in (("name", "said"), ("name2", "said2"), ("name3", "said3")):
        if m[name] and m[said]:
            found = entry(m[name], m[said])
            if found:
                return found
    # "Ægeus ē'jūs": the split between name and respelling is at the first lowercase word
    words = text.split()
    for cut in range(1, min(len(words), 4)):
        if words[cut][0].islower() or words[cut][0] in "/[":
            return entry(" ".join(words[:cut]), " ".join(words[cut:]))
    return None


def guide_entries(
    paragraphs: Iterable[Paragraph], rows_of: Callable[[str], list[tuple[str, ...]] | None],
    *, named: bool,
) -> dict[str, str] | None:
    """The entries of a section when it is a pronunciation guide, else None: entries
    must be most of what it holds (lines, a definition list's name-then-respelling
    paragraphs, a table's rows), at least two of them under a heading that says
    pronunciation (`named`), three otherwise. `rows_of` gives a table's rows for a
    paragraph that stands for one."""
    found: dict[str, str] = {}
    other = 0
    pending: str | None = None  # a definition list's name, its respelling to follow
    for paragraph in paragraphs:
        text = paragraph.text.strip()
        if not text:
            continue
        rows = rows_of(text)
        if rows is not None:
            for row in rows:
                cells = [c.strip() for c in row if c and c.strip()]
                if len(cells) < 2:
                    continue
                hit = next((e for c in cells[1:] if (e := entry(cells[0], c))), None)
                if hit:
                    found.setdefault(hit[0], hit[1])
            pending = None
            continue
        lines = [ln for ln in re.split("[\u2028\n]", text) if ln.strip()]
        hits = [line_entry(ln) for ln in lines]
        if pending and (hit := entry(pending, text)):
            found.setdefault(hit[0], hit[1])
            pending = None
            continue
        if all(hits):
            for name, said in hits:  # type: ignore[misc]
                found.setdefault(name, said)
            pending = None
            continue
        words = text.split()
        if len(words) <= 3 and text[0].isupper() and not text.endswith((".", "!", "?", ":")):
            pending = text  # <dt>Saoirse</dt>, its <dd> next
            continue
        other += 1
        pending = None
    least = 2 if named else 3
    if len(found) >= least and len(found) >= other:
        return found
    return None


MIN_GUIDE_PROSE = 8
"""Words in a sentence of the author's in a names guide: "Names in order of appearance."
is the list's label, and goes with it."""


_ABOUT_THE_LIST = re.compile(
    r"\b(?:list(?:s|ed)?|order|ipa|capitals?|stress(?:ed)?|syllables?|given|below|follow"
    r"|following|table|column|pronounc\w*|entr(?:y|ies)|marked|asterisk|alphabetical)\b",
    re.IGNORECASE,
)
"""A guide's words about itself ("Names are listed in the order they appear", "Stressed
syllables are in capitals"): they go with the list."""


def guide_prose(paragraphs: Iterable[Paragraph]) -> dict[int, Paragraph]:
    """The author's sentences in a guide under a broad heading ("A Note on Names": "Most
    names in this book are Welsh, or nearly.", "Say them as you like; the marsh-folk
    never agreed."): prose, not entries, which a narrator reads as the author's note.
    A sentence that only leads into the list ("A few guides:") goes with the list. By
    the paragraph's place."""
    kept = {}
    for index, paragraph in enumerate(paragraphs):
        text = paragraph.text.strip()
        lines = [ln for ln in re.split("[\u2028\n]", text) if ln.strip()]
        if not lines or any(line_entry(ln) for ln in lines) or _ABOUT_THE_LIST.search(text):
            continue
        if text.endswith(":"):  # "… A few guides:": the list's lead goes with it
            text = re.sub(r"(?:^|(?<=[.!?]))\s*[^.!?]*:$", "", text).strip()
        if re.search(r"[.!?…][”’\"')]*$", text) and len(text.split()) >= MIN_GUIDE_PROSE:
            kept[index] = replace(paragraph, text=text)
    return kept


def guide_heading(title: str | None) -> tuple[bool, bool]:
    """(may name a guide, says pronunciation in words) for a heading."""
    if title and not GUIDE_HEADING.match(title):  # "Salt. Pronunciation Guide": joined
        title = title.split(". ")[-1]  # headings with nothing between them
    if not title or not GUIDE_HEADING.match(title):
        return False, False
    return True, bool(_NAMED_GUIDE.search(title))


# --------------------------------------------------------------------------- glosses

_GLOSS = re.compile(
    r"(?P<name>(?<![\w’'])[^\W\d_][\w’'-]*(?:\s+[^\W\d_][\w’'-]*){0,3})"
    r"(?P<gloss>\s*\((?P<inner>[^()\n]{1,60})\)|\s+(?P<slashed>/[^/\s][^/\n]{0,50}/)(?!\w))"
)


def _gloss_name(words: list[str], count: int) -> str | None:
    """The name a gloss of `count` words respells: as many words before it, the first
    capitalised ("Mara Quell (MAR-uh KWELL)", “Diolch yn fawr (DEE-olch un VOWR)”),
    else the capitalised word just before it."""
    if count <= len(words) and words[-count][:1].isupper():
        return " ".join(words[-count:])
    return words[-1] if words[-1][:1].isupper() else None


_IPA_MARKS = "ːˑˈˌ"  # length and stress: letters to str.isalpha, no sound of their own
IPA_SHARE = 0.25
"""The fewest IPA sounds a transcription gives for each letter of the word before it, if
it is that word's pronunciation: "Ysolde /iˈzoʊldə/", "Caoimhe /ˈkiːvə/", "Cholmondeley
/ˈtʃʌmli/" spell their words whole, "Diphthongs /eɪ/" and "Long Vowels /iː/" name sounds."""


def _spells_whole(ipa: str, name: str) -> bool:
    """Can this IPA be the pronunciation of all of `name`? A pronunciation book's
    heading "Diphthongs /eɪ/, /aɪ/" or "The Long Vowels /iː/ and /uː/" sets a sound after
    a word, not the word's sound: one or two symbols for a word of six or ten letters."""
    sounds = sum(1 for c in ipa if c.isalpha() and c not in _IPA_MARKS)
    letters = sum(1 for c in name if c.isalpha())
    return sounds >= 2 and sounds >= IPA_SHARE * letters


def glosses(text: str, known: Mapping[str, str] | None = None) -> list[tuple[int, int, str, str]]:
    """The respelling glosses in a text: (start, end of the gloss with its space, name,
    respelling said). A parenthesis of ordinary words, a translation ("craic (crack)"),
    a gloss after a lowercase word are none, and so is a lone capital word: "Amazon
    (AMZN)", "Boston (BOS)", "Private (PVT)" are a ticker, a code, an abbreviation far
    more often than a respelling, unless it respells a name as the book's guide does
    (`known`: "Llyr (HLEER)" under a guide's "Llyr (HLEER)" is the guide's gloss)."""
    found = []
    for m in _GLOSS.finditer(text):
        inner = (m["inner"] or m["slashed"]).strip()
        kind = respelling_kind(inner)
        if kind is None and m["inner"] and _IPA.match(inner):
            kind = "ipa"
        if kind is None and known and m["inner"] and re.fullmatch(r"[A-Z]{3,}", inner):
            name_word = m["name"].split()[-1]
            if name_word in known and said_form(known[name_word]) == inner.lower():
                kind = "caps"
        if kind is None:
            continue
        words = m["name"].split()
        count = len(inner.strip("/[]").split())
        name = _gloss_name(words, count)
        if not name or (kind == "ipa" and not _spells_whole(inner, name)):
            continue
        found.append((m.start("gloss"), m.end("gloss"), name.strip("’'-"), said_form(inner)))
    return found


_WORD_BEFORE = re.compile(r"(?<![\w’'])([a-z][\w’'-]*)[*_]*$")
MAX_WORD_RESPELLINGS = 2
"""Respellings after common lower-case words in running prose ("the word colonel
(KER-nel)", "a photograph (FOH-tuh-graf)") that make a book one about words' sounds."""


def about_sounds(chapters: Iterable[Chapter]) -> bool:
    """Does the book discuss how words sound? A book on language respells ordinary
    lower-case words in its sentences, and its respellings after names ("Wednesday
    (WENZ-day)", "Worcester (WUSS-ter)") are its text: the listener must hear the word
    and its sound, both. A glossary's "brenin (BREN-in) — a king", at a paragraph's head,
    is no such sentence."""
    count = 0
    for chapter in chapters:
        for paragraph in chapter.paragraphs:
            text = paragraph.text
            for m in re.finditer(r"\(([^()\n]{1,60})\)", text):
                before = text[: m.start()].rstrip()
                word = _WORD_BEFORE.search(before)
                if not word or not before[: word.start()].strip(" *_"):
                    continue  # no word before, or the paragraph's first: an entry
                inner = m[1].strip()
                named = before.split()[-len(inner.split()):]
                if named and named[0].lstrip("*_“\"")[:1].isupper():
                    continue  # "Bore da (BOH-reh dah)": a phrase's respelling, from its capital
                if respelling_kind(inner) or _IPA.match(inner) or inner.startswith("pronounced "):
                    count += 1
                    if count >= MAX_WORD_RESPELLINGS:
                        return True
    return False


def without_glosses(
    chapters: list[Chapter], known: Mapping[str, str] | None = None,
) -> tuple[list[Chapter], dict[str, str], list[Omission]]:
    """The chapters with each respelling gloss taken out, the pronunciations they give
    (the first gloss of a name wins), and each gloss listed as left out. `known` is the
    book's guide. A book about words' sounds (`about_sounds`) is read as written."""
    given: dict[str, str] = {}
    omitted: list[Omission] = []
    if about_sounds(chapters):
        return chapters, given, omitted

    def cut(paragraph: Paragraph, where: str) -> Paragraph:
        spans = glosses(paragraph.text, known)
        text, notes = paragraph.text, paragraph.notes
        for start, end, name, said in spans:
            if name.lower() not in {w.lower() for w in given}:
                given[name] = said
            omitted.append(Omission(f"respelling after '{name}' in '{where}'",
                                    f"pronunciation: '{name}' is said '{said}' throughout",
                                    text[start:end].strip()))  # fmt: skip
        for start, end, _name, _said in reversed(spans):
            text = text[:start] + text[end:]
            notes = tuple(replace(n, at=n.at - (end - start)) if n.at >= end else n
                          for n in notes)  # fmt: skip
        return replace(paragraph, text=text, notes=notes) if spans else paragraph

    result = []
    for chapter in chapters:
        title = cut(Paragraph(chapter.title), chapter.title).text
        paragraphs = tuple(cut(p, title) for p in chapter.paragraphs)
        result.append(replace(chapter, title=title, paragraphs=paragraphs))
    return result, given, omitted
