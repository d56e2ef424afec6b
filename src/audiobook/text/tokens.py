"""Tokens that must stay whole, and units of measure as a narrator says them.

The sentence splitter sees a "?" in a web address, or the dot of "Fig." or
"pp.", as the end of a sentence. `mask` hides such dots and marks behind
letters of the same length, so the splitter never cuts there and the pieces
map back onto the text character for character. Whole tokens are: web
addresses (their query strings too), e-mail addresses, file paths, version
numbers, and reference abbreviations before what they refer to ("Fig. 3",
"pp. 10", "Vol. II", "cf. the map", "e.g. salt", "Smith et al. showed").

Old books number volumes, chapters and front-matter pages in Roman numerals
("vol. ii", "Vol. IV", "ch. xii", "pp. iv–vii"). `roman_references` turns such a
numeral into digits, so the reading of "vol. 2" and "pp. 4–7" says them. Only a
numeral right after an abbreviation that takes a number counts, and only a safe one:
letters I, V, X, L, C in one case (never "mix", "did", "civil"); a lone L or C is
a figure's letter label ("Fig. C"); a lone "I" only before punctuation or a word
that never follows the pronoun ("Vol. I, …", "in Vol. I the author", but not "ch. I
did"), and never after an abbreviation that is also an English word
("He said no. I, for one, …"). The old style's dot after such a numeral ("vol. lxiii.
of the Transactions") ends no sentence before a small word or another reference.

Units after a number are read as words, singular for exactly one ("1 km" →
"one kilometre", "12.5 cm" → "twelve point five centimetres"); en-us says
"meter" and "liter", other English "metre" and "litre". Old books stop a unit
with a dot ("5 ft. 6 in.", "18 cwt. 2 qrs."); before a small word, a number or a
comma that dot ends no sentence, and "in.", "st.", "m.p.h." and "pp." are units
only with it, right after a number. German ordinals ("vom 17. auf den 18. März"),
French, Spanish and Portuguese titles before a name ("MM. Blanc", "la Sra. López",
"Obrigada, Sr. Tavares"), ranks and titles before a name ("Lieut.-Col. Anstey", "the
Rt. Hon. Lord Ames", "said Sr. Benedita") and positions on a map ("lat. 42° 15' S.,
long. 70° W. at noon") keep their dots inside the sentence too; a rank before a word
that opens a sentence ("He was made a Capt. Then he sailed") still ends it. So do a
title glued to italics or a quote ("_Mrs. Tregarthen is…_"), statutes ("15 Geo. II. c.
12"), journals ("Phil. Trans. for 1790") and Bible references with Roman chapters ("St.
Luke xii. 6").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from audiobook.text import gates

URL = re.compile(r"(?i)\b(?:(?:https?|ftp)://|www\.)[^\s<>\"'\[\]]+")
EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
DOMAIN = re.compile(
    r"(?i)(?<![\w@./-])(?:[a-z0-9-]+\.)+(?:com|org|net|edu|gov|io|info)\b(?:/[^\s<>\"']*)?"
)
PATH = re.compile(
    r"(?<![\w/\\])(?:[A-Za-z]:[\\/]|~/|\.{1,2}/|/(?=\w+/)|\.(?=[A-Za-z]\w*/\w))"
    r"[\w.~-]+(?:[\\/][\w.~-]+)*"
)
DOTFILE = re.compile(
    r"(?:(?<=[^.\s]\s)|(?<=[(`'\"‘“]))\.(?P<name>[a-z](?:[a-z][a-z0-9]{0,4})?)"
    r"(?=[\s`'\"’”),;:!?]|\.(?!\w)|$)"
)
"""A file's extension or a hidden folder's name on its own, as a computing book prints
one ("files ending in .py.", "a folder called .venv"): its dot is "dot", never the end of
a sentence. Not a chess move's after an ellipsis ("6... .d5"), nor one letter and a figure."""
VERSION = re.compile(  # 2.1.3, v2.1, V10.4.1: never a decimal, never a sentence end
    r"(?<![\w.])(?:[vV]?[0-9]+(?:\.[0-9]+){2,}|[vV][0-9]+\.[0-9]+)(?!\w|\.[0-9])"
)

ROMAN_MONTH_DATE = re.compile(
    r"(?<![\w.])(?P<d>[1-9]|[12][0-9]|3[01])\.\s?(?P<m>i{1,3}|iv|vi{0,3}|ix|xi{0,2}|I{1,3}|IV|VI{0,3}"
    r"|IX|XI{0,2})\.\s?(?P<y>[0-9]{2}|1[0-9]{3}|20[0-9]{2})(?![\w]|[.,][0-9])"
)
"""A date with its month in Roman figures, as continental and soldiers' letters write it
("France, 24. xi. 17.", "3.iv.1916"): one date, its dots no sentence's end."""

DOUBLED_METRE = re.compile(
    r"(?<![\w.])(?:[0-9]{1,2}(?:\.[0-9]{1,2}){3,7}\.|[LCSP]\.M\.)\s*D\.(?![\w.])"
)
"""A hymn's metre doubled ("8.7.8.7. D.", "C.M. D."): one metre, its "D." no sentence."""

_WHOLE = (URL, EMAIL, DOMAIN, PATH, VERSION, ROMAN_MONTH_DATE, DOTFILE, DOUBLED_METRE)

OLD_MONEY_DOT = re.compile(
    r"(?<=[0-9½¼¾])(?:[_*]?[lsd]|\s{1,2}[_*]?[lsd][_*])(?P<dot>\.)[_*]?"
    r"(?=\s*[,;:]|\s+(?:[a-z]|[0-9]{1,2}[½¼¾]?(?:[_*]?[sd]|\s{1,2}[_*]?[sd][_*])\.))"
)
"""Pounds, shillings and pence as British books print them ("3s. 6d.", "1,250l. a
year", italic "3_s._" in Project Gutenberg, "3*s.*" in Markdown, "3 _s_. 6 _d_." in an
old newspaper's transcription, seen here as "3  s_.", its opening mark a space): that dot
ends no sentence."""

POUNDS_DOT = re.compile(r"£\s?[0-9][0-9,]*(?P<dot>\.)(?=\s{1,2}[0-9]{1,2}[_*]?s[_*]?\.)")
"""The stop after the pounds of an old sum, as Victorian accounts print it ("£1. 4s. 6d."):
one sum, not a sentence's end."""

_SHORT_WORD_DOT = re.compile(r"(?<![\w.])[^\W\d_]{1,4}\.(?=\s*[,;]|\s+[^\W\d_])")
"""The dot of a short word before a comma or a small letter ("15 коп., а", "т. е. о
жизни", "usw., und"): an abbreviation's, since no sentence begins that way."""

ROMAN_DOT = re.compile(r"(?<![\w.])[A-Z][a-z]+\s+[IVXLC]+(?P<dot>\.)(?=\s*[,;:)]|\s+[a-z])")
"""Older books stop a ruler's numeral with a dot ("when Louis XIV. took", "Louis XV.,
had"); before a small letter or a comma that dot ends no sentence."""

DE_MONTHS = (
    "Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember"
)
ORDINAL_DOT = re.compile(
    r"(?<![\w.,])[1-9][0-9]?(?P<dot>\.)"
    rf"(?=\s+(?:{DE_MONTHS}|Jahrhunderts?)\b|\s+(?:auf|bis|zum)\s+(?:den\s+|zum\s+)?[1-9][0-9]?\.\s)"
    r"|(?<!\w)(?:am|vom|zum|im|beim|den|dem|des|der|die|das)\s+[1-9][0-9]?(?P<dot2>\.)"
    r"(?=\s+[A-ZÄÖÜ][a-zäöüß])"
)
"""A German ordinal's dot ("am 17. März", "vom 17. auf den 18. März", "aus dem 3. Band"),
which pysbd takes for a list's number and cuts before: it ends no sentence."""

TITLE_DOT = re.compile(
    r"(?<![\w.])(?:(?:MM|Mme|Mlle|Sra|Srta|Sres|Sras|Srs|Dña|Dra)|(?P<after_small>Sr|D))"
    r"(?P<dot>\.)(?=\s+(?:D(?:\.ª|ª|\.)\s+)?(?P<name>[A-ZÀ-ÝÑ][a-zà-ÿ]+))"
)
"""French, Spanish and Portuguese titles before a name ("MM. Blanc", "la Sra. López", "y
D. Juan"): their dot ends no sentence. "Sr." and "D." only where no name comes before
them (`after_name`) or, for "Sr." in Spanish and Portuguese, where it is always "señor",
"senhor": "John Smith Sr. He left" ends a sentence, "Juan D. Pérez" is an initial, and
"said Sr. Benedita" (a nun, "Sister") and "Obrigada, Sr. Tavares" go on."""

ABBREVIATIONS_GOING_ON = {
    "it": ("sig", "sig.ra", "sig.na", "sig.ri", "dott", "dott.ssa", "avv", "prof", "prof.ssa",
           "ing", "cav", "pag", "pagg", "art", "cap", "n", "p", "v", "vol", "fig", "on"),
    "pt": ("pág", "págs", "Snr", "Snra", "Exmo", "Exma", "séc", "fls", "Av", "R", "V", "S",
           "sr", "sra", "snr", "snra"),
    "pl": ("ul", "al", "godz", "m.in", "np", "tj", "tzn", "nr", "ok", "ks", "dr", "prof", "hab",
           "mgr", "inż", "św", "zob", "por", "wg", "tzw", "s", "p", "pl", "r"),
    "nl": ("dhr", "mevr", "mw", "Mw", "blz", "d.w.z", "bijv", "o.a", "o. a", "d. i", "vgl", "ca",
           "m.b.t", "i.p.v", "t.o.v", "jl", "a.s", "p", "nr", "Mr", "mr", "Mej", "Jhr"),
    "ru": ("ул", "д", "пр", "кв", "им", "проф", "акад", "св", "тов", "гл", "с", "См",
           "т.е", "т. е", "Т. е", "напр", "ср", "Ср"),
    "uk": ("вул", "д", "пр", "ім", "проф", "акад", "св", "гл", "с", "див", "Див", "т. зв",
           "т.зв", "напр", "пор", "Пор"),
    "es": ("C", "izda", "dcha", "Av", "avda", "Avda", "núm", "pág", "págs"),
    "de": ("Bd", "Bde", "Nr", "vgl"),
    "sv": ("kl", "t. ex", "d. v. s", "bl. a", "s. k", "t. o. m", "p. g. a", "f. d", "jfr", "resp",
           "ca", "nr", "hr", "dvs", "s", "f"),
    "da": ("kl", "f. eks", "f. Eks", "f. Ex", "kgl", "hr", "d. v. s", "bl. a", "ca", "nr", "jvf",
           "jfr", "sml", "d", "s"),
    "nb": ("kl", "f. eks", "f. Eks", "f. Ex", "kgl", "hr", "d. v. s", "dvs", "bl. a", "ca", "nr",
           "jf", "d", "s"),
    "fi": ("esim", "ns", "ks", "vrt", "n", "v", "s"),
    "cs": ("sv", "tzv", "tj", "např", "resp", "str", "čís", "mj", "tzn", "r", "č"),
    "hu": ("kb", "pl", "ún", "vö", "dr", "ifj", "özv", "Kr. e", "Kr. u"),
    "sr": ("тј", "нпр", "tj", "npr", "тзв", "tzv", "т.ј", "т. ј", "t.j", "t. j"),
    "el": ("δηλ", "π. χ", "βλ", "σελ", "αρ"),
    "ka": ("ე. ი", "მაგ", "გვ"),
}  # fmt: skip
"""Abbreviations that never end a sentence in their language, before a word, a number or a
comma ("la sig.ra Bianchi", "na R. Direita", "m.in. Kraków", "dhr. Jansen", "ул. Ленина",
"Т. е. это", "kl. 6 om morgonen", "kb. 12 millió", "f. Eks. for", "o sr. D. Fernando"):
pysbd cuts after them, and the reader pauses mid-phrase. A word's capital first letter is
allowed ("Sig. Rossi", "Np. tak", "Kl. 11"); a single letter is as written, and goes on
only before a figure or a small word ("n. 500 km", "w r. 1872", "d. 6te September"), as
"Jag kom kl. 6. Sedan" still ends after "6."."""
ABBREVIATIONS_BEFORE_FIGURE = {
    "nl": ("Jan", "Febr", "Feb", "Mrt", "Apr", "Aug", "Sept", "Sep", "Oct", "Okt", "Nov", "Dec",
           "bl", "No", "d.d"),
    "nb": ("Spd", "Skill"),
    "da": ("Rdl", "Rd", "Mk"),
    "cs": ("zl", "kr"),
    "hu": ("jan", "febr", "márc", "ápr", "máj", "jún", "júl", "aug", "szept", "okt", "nov",
           "dec", "frt", "kr"),
    "sr": ("год", "god", "бр", "br", "стр", "str", "итд", "itd", "км", "km", "фор", "for",
           "дин", "din"),
    "bg": ("ян", "яну", "февр", "фев", "апр", "авг", "септ", "сеп", "окт", "ноем", "дек", "стр",
           "бр", "лв"),
    "el": ("π. μ", "μ. μ", "π. Χ", "μ. Χ", "κ. λπ", "κ. τ. λ", "κ. ά", "κλπ", "κτλ", "δρχ"),
    "ka": ("ა. შ", "ძვ. წ", "ახ. წ", "წ", "ს"),
}  # fmt: skip
"""Abbreviations that go on only before a figure, a small word or a comma, as a single
letter does: a month's before its day or year ("24 Febr. 1856", "márc. 15-én"), an old
sum's unit before the next sum ("14 Spd. 60 Skill. om Aaret", "3 Rdl. 2 Mk.", Czech "1 zl.
20 kr.", Hungarian "5 frt 20 kr."). "Jan."
may be a name and "Spd." may end its sentence ("for 6 Spd. Saa gik han"): before a
capital they end it."""
ABBREVIATIONS_BEFORE_NAME = {
    "pt": ("fr",),
    "sr": ("г", "g", "гђа", "gđa", "гђица", "gđica", "гђо", "gđo", "св", "sv", "др", "dr",
           "проф", "prof"),
    "el": ("κ", "κα", "Αγ"),
}  # fmt: skip
"""Abbreviations that go on only before a capitalised word: Portuguese "fr." (frei) before
a friar's name ("fr. Antonio"), which after a figure is a franc and may end its sentence."""


for _table in (ABBREVIATIONS_GOING_ON, ABBREVIATIONS_BEFORE_FIGURE, ABBREVIATIONS_BEFORE_NAME):
    for _lang in ("hr", "bs", "sh", "cnr"):  # Serbian's Croatian, Bosnian, Montenegrin
        _table[_lang] = _table["sr"]
_CAPITAL = "A-ZÀ-ÝČŘŠŽŁŚŻĆĐА-ЯЁЂЃЄЅІЇЈЉЊЋЌЎЏΑ-ΩΆΈΉΊΌΎΏ"
"""The capital letters a name after a title ("г. Пера", "κ. Παύλος") may open with."""


def small_letter(ch: str) -> bool:
    """Is `ch` a small letter, which no sentence opens with? Georgian's letters are small
    to Unicode (their capitals, Mtavruli, are for headings only), but a Georgian sentence
    opens with them: they say nothing of a sentence's start."""
    return ch.islower() and not "\u10d0" <= ch <= "\u10ff"


def _going_on(
    words: tuple[str, ...], figures: tuple[str, ...] = (), names: tuple[str, ...] = ()
) -> re.Pattern[str]:
    def forms(group: tuple[str, ...], letters: bool = False) -> str:
        said = set()
        for w in group:
            said.add(w)
            if len(w.replace(".", "").replace(" ", "")) > 1:
                said.add(w[:1].upper() + w[1:])
        return "|".join(
            re.escape(w).replace(r"\ ", r"\s?")
            for w in sorted(said, key=len, reverse=True)
            if letters or not (len(w) == 1 and w.islower())
        ) or "(?!)"

    letters = "".join(sorted(w for w in words if len(w) == 1 and w.islower())) or "_"
    figure = r"(?=\s*[0-9(,;]|\s+(?P<small>[^\W\d_]))"  # `mask` sees that it is small
    return re.compile(
        rf"(?<![\w.])(?:{forms(words)})(?P<dot>\.)(?=\s+\S|\s*[,;:(])"
        rf"|(?<![\w.])(?:[{letters}]|{forms(figures)})(?P<dot2>\.){figure}"
        rf"|(?<![\w.])(?<![0-9]\s)(?<![0-9]\.\s)(?:{forms(names, letters=True)})(?P<dot3>\.)"
        rf"(?=\s+[{_CAPITAL}])"
    )
    # a small letter alone ("n. 47", "p. v.", "с. 245") only before a figure or a small
    # word: "entro il 30 giugno p. v. Il mancato pagamento" ends its sentence


GOING_ON_DOT = {
    lang: _going_on(
        ABBREVIATIONS_GOING_ON.get(lang, ()),
        ABBREVIATIONS_BEFORE_FIGURE.get(lang, ()),
        ABBREVIATIONS_BEFORE_NAME.get(lang, ()),
    )
    for lang in {*ABBREVIATIONS_GOING_ON, *ABBREVIATIONS_BEFORE_FIGURE, *ABBREVIATIONS_BEFORE_NAME}
}
NUMBER_ORDINAL_LANGUAGES = frozenset({"hu", "cs", "fi", "da", "nb", "sr", "hr", "bs", "sh"})
"""Languages that write an ordinal as a figure with a dot ("a 9. zászlóaljba", "1849.
május 21-én", "24. června", "6. joulukuuta", "den 17. mai", Serbian "15. маја", "1868.
године", Croatian "1914. godine")."""
_UNSTOPPED_SCRIPT = re.compile(r"[\u0e00-\u0e7f\u1200-\u137f]")
_UNSTOPPED_DOT = re.compile(r"(?<=[\u0e01-\u0e4e\u1200-\u135a])\.")
"""A dot after a Thai or an Ethiopic letter: an abbreviation's ("พ.ศ. ๒๔๗๕" the Buddhist
era, "น." o'clock, Amharic "ዓ.ም." the Ethiopian year), never a sentence's end, since
Thai ends a sentence with a space and Amharic with "።"."""
HU_ROMAN_DOT = re.compile(
    r"(?<![\w.])(?P<roman>[IVXLC]+)(?P<dot>\.)(?=\s+(?P<next>[^\W\d_])(?P<second>[^\W\d_]?))"
)
"""Hungarian writes a ruler's or a part's ordinal in Roman figures before the noun: "XVI.
Lajos", "IV. Béla", "a XI. törvénycikk". Before a small word, or (two figures or more)
before a name, the dot ends no sentence; a lone "I." or "V." before a name may be an
initial, and a word in capitals ("II. FEJEZET") a heading's."""
def hu_roman_ordinal(m: re.Match[str]) -> bool:
    """Is this `HU_ROMAN_DOT` match an ordinal ("XVI. Lajos", "a XI. törvénycikk")?"""
    if m["next"].islower():
        return True
    return len(m["roman"]) > 1 and bool(m["second"]) and m["second"].islower()


NUMBER_ORDINAL_DOT = re.compile(r"(?<![\w.,])[0-9]{1,4}(?P<dot>\.)(?=\s+(?P<next>[^\W\d_]))")
"""In those languages a figure's dot before a small word is an ordinal's, and ends no
sentence: no sentence opens in lower case (pysbd cuts there, as after a list's number).
Before a capital ("Jag kom kl. 6. Sedan") the dot may end one, and is left to pysbd."""
NUMERIC_DATE_DOT = re.compile(
    r"(?<![\w.,])(?:0?[1-9]|[12][0-9]|3[01])\.(?:0?[1-9]|1[0-2])(?P<dot>\.)(?=\s+[a-zäöüß])"
)
"""A day and month in figures with their dots ("Am Abend des 9.11. gingen"): before a
small letter the last dot ends no sentence."""
ORDINAL_MARK_DOT = re.compile(r"(?<=[^\W_])(?P<dot>\.)(?=[ºª]|\^[a-z]{1,3}(?![\w]))")
"""The dot before an ordinal's or an abbreviation's raised letters, as Portuguese, Spanish
and Italian write them ("2.º", "1.ª", "n.º", "V. Ex.ª", "Sr.ª", Project Gutenberg's
"Ex.^mo"): inside a word, never a sentence's end."""

NUMBERED_DOT = re.compile(r"(?<![\w.])(?:Mk|MK|Lv|LV|Lvl|LVL)(?P<dot>\.)(?=\s?(?:[0-9]|[IVX]+\b))")
"""A model's mark or a game's level before its number ("the Mk. IV model", "Lv. 12 on
the card"): "Mark", "Level"; the dot ends no sentence."""

OPENERS = frozenset(
    {"the", "a", "an", "he", "she", "it", "they", "we", "you", "i", "his", "her", "its",
     "their", "our", "my", "your", "this", "that", "these", "those", "then", "there", "here",
     "but", "and", "or", "so", "yet", "now", "when", "what", "where", "why", "how", "who",
     "if", "as", "at", "in", "on", "of", "to", "for", "with", "after", "before", "once",
     "all", "each", "every", "some", "no", "not", "nor", "both", "dear", "later", "most",
     "soon", "next", "many", "meanwhile", "afterwards", "nobody", "everyone", "nothing",
     "ask", "tell", "thank", "thanks", "call", "meet", "visit", "invite", "hello", "hi",
     "poor",
     "el", "la", "los", "las", "al", "del", "un", "una", "y", "o", "os", "e"}
)  # fmt: skip
"""Capitalised words that open a sentence or a letter and are nobody's name (English,
and the articles of Spanish and Portuguese): after "Capt." or "Sr." they show that its
dot ended the sentence ("He was made a Capt. Then he sailed"), and before "Sr." that no
name comes before it ("Dear Sr. Agnes", "El Sr. García")."""

_NAME_BEFORE = re.compile(r"(?<![\w'’-])(?P<word>[A-ZÀ-ÝÑ][\w'’-]*),?\s+$")


def after_name(text: str, at: int) -> bool:
    """Does a capitalised name end right before `at` ("John Smith Sr.", "Smith, Sr.")?

    Then "Sr." is "Senior" and "D." an initial; after anything else ("said Sr. Agnes",
    "Nuns: Sr. Agnes", "Then Sr. Agnes") they are titles before the name that follows."""
    m = _NAME_BEFORE.search(text, max(0, at - 60), at)
    return m is not None and m["word"].casefold() not in OPENERS


GIVEN_NAMES = {
    "Geo": "George", "Wm": "William", "Chas": "Charles", "Jas": "James", "Thos": "Thomas",
    "Jno": "John", "Robt": "Robert", "Richd": "Richard", "Saml": "Samuel", "Benj": "Benjamin",
    "Edw": "Edward", "Alexr": "Alexander", "Danl": "Daniel", "Nathl": "Nathaniel",
}  # fmt: skip
"""Given names as letters and old books shorten them ("Geo. Washington", "Geo. III.",
"Yours, Jno. Smith"): said in full, and their dot ends no sentence before a name."""
NAT_GEO_DOT = re.compile(r"(?<![\w.])Nat(?P<dot>\.)(?=\s+Geo(?:\.|graphic)(?![\w'’-]))")
"""The magazine's short name ("Nat. Geo. magazine", "Nat. Geographic"): its first dot ends
no sentence."""
STREET_QUADRANT_DOT = re.compile(
    r"(?<![\w'’-])(?:[A-Z][\w'’-]*|[0-9]+[A-Za-z]?)\s+(?:Ave|Blvd|Rd|St|Dr|Ln|Pl|Ter|Pkwy|Hwy)"
    r"(?P<dot>\.)(?=\s+(?:NW|NE|SW|SE)(?![\w'’-])(?!\s+of\b))"
)
"""A street's abbreviation before its city quadrant ("1500 Pennsylvania Ave. NW by
midnight"): its dot ends no sentence; "SE of the park" after it may open one."""
GIVEN_NAME_DOT = re.compile(
    rf"(?<![\w.])(?<!\bNat\s)(?:{'|'.join(GIVEN_NAMES)})(?P<dot>\.)(?=\s+[A-Z])"
)

RANKS = {
    "Lt": "Lieutenant", "Lieut": "Lieutenant", "Capt": "Captain", "Col": "Colonel",
    "Gen": "General", "Maj": "Major", "Sgt": "Sergeant", "Sergt": "Sergeant",
    "Serjt": "Sergeant", "Cpl": "Corporal", "Pte": "Private", "Adm": "Admiral",
    "Brig": "Brigadier", "Cmdr": "Commander", "Comdr": "Commander",
    "Pvt": "Private", "Ens": "Ensign", "Genl": "General", "Cdr": "Commander",
}  # fmt: skip
"""Military ranks as books shorten them before a name ("Lt. Harper", "Lieut.-Col.
Anstey"): said in full; their dot ends a sentence only before a word that opens one
(`OPENERS`: "He was made a Capt. Then he sailed")."""
_TITLE_WORDS = "|".join(
    sorted([*RANKS, "Hon", "Rt", "Rev", "Revd", "Prof", "Bro"], key=len, reverse=True)
)
NAME_TITLE_DOT = re.compile(
    rf"(?<![\w.])(?:(?:{_TITLE_WORDS})\.-)*(?:{_TITLE_WORDS})\."
    r"(?=\s+(?P<name>[A-ZÀ-ÝÑ](?:[a-zà-ÿ]|['’][A-Z]|\.)[\w'’]*))"
)
"""A title before a name, alone or joined to another ("Lieut. Carr", "Lieut.-Col.
Anstey", "the Rt. Hon. Lord Ames", "Pte. Wilks"), which pysbd cuts after when it does
not know the title or sees the hyphen: its dots end no sentence."""
JOINED_TITLE_DOT = re.compile(rf"(?<![\w.])(?:{_TITLE_WORDS})(?P<dot>\.)(?=-(?:{_TITLE_WORDS})\.)")
"""A title's dot before the hyphen that joins it to the next ("a Lt.-Col. and a hero"):
never a sentence's end, with a name after the pair or not."""
_ADDRESSED = re.compile(r"(?:^|[.!?…]\s+|[\"“‘'(—–]\s*)[A-Z'’][\w'’]*,\s+$")


def endearment(text: str, at: int) -> bool:
    """Is the "Hon." or "Bro." at `at` the endearment, after a greeting of one word and a
    comma ("Thanks, Hon. Dad is on his way", "'Night, Hon. Sleep well", "Relax, Bro. Mom's
    fine"), or after any comma before a word that opens a sentence ("Come on, Bro. We're
    late")? It is then no title ("the Rt. Hon. Lord Ames", "Bro. Smith") and its dot ends
    the sentence."""
    if not text.startswith(("Hon.", "Bro."), at):
        return False
    if _ADDRESSED.search(text, max(0, at - 40), at) is not None:
        return True
    after = re.match(r"\s+(?P<word>[A-Z][a-z]*)(?![\w.])", text[at + 4 :])
    return bool(re.search(r",\s+$", text[max(0, at - 3) : at])) and (
        after is not None and after["word"].casefold() in OPENERS
    )

_GLUED_TITLES = [*RANKS, "Mr", "Mrs", "Ms", "Messrs", "Dr", "St", "Mt", "Fr", "Prof", "Rev",
                 "Revd", "Hon", "Rt"]  # fmt: skip
GLUED_TITLE = re.compile(
    r"(?<=[_*‘'\"“—–―(\[-])(?P<title>"
    + "|".join(sorted({f for t in _GLUED_TITLES for f in (t, t.upper())}, key=len, reverse=True))
    + r")(?P<dot>\.)(?=\s+(?P<next>[A-ZÀ-ÝÑ][\w'’]*|and\b|&))"
)
"""A title glued to an opening mark before a name: italics ("_Mrs. Tregarthen is laying
the table._", "[_DR. HOLLIS turns away._"), a quote or a dash ("—Mr. Carne is out").
pysbd knows "Mrs." but not "_Mrs.", and cuts after it; the dot ends no sentence, unless
a rank's comes before a word that opens one (as `_RANK_END` in segment.py cuts). A dash
typed as hyphens counts as a dash: a diary's "April 1st.--Mrs. Bell called" goes on past
"Mrs." as "—Mrs. Bell" does."""

GLUED_INITIAL = re.compile(r"(?<=[—–―'\"‘“«(\[])[A-Z](?P<dot>\.)(?=\s+[A-ZÀ-ÝÑ][a-zà-ÿ])")
"""A capital and its dot glued to an opening dash or quote ("—M. Dufresne, dit-elle",
"'M. Dufresne est là'"): pysbd never cuts after a lone capital that follows a space
(an initial, "M." for Monsieur), but cuts here."""
INITIAL_DASH = re.compile(r"(?<![\w.'’-])[A-Z](?P<dot>\.)(?=(?:-{2,}|[—–―])\s*[(\[]?[a-z])")
"""An initial before a dash and a small word ("We met Mrs. M.--the doctor's wife--at the
gate", "Mr. J.—our curate—preached", "Mrs. M.---(the widow)"): pysbd cuts after the
dot, but no sentence opens with a small word; a capital after the dash may open one."""

INITIALS_RUN = re.compile(r"(?<![\w.'’-])[A-Z](?P<dot>\.)(?= [A-Z]\.)")
"""An initial before another, a space between ("E. L. B.", a story's signature, "_E. L.
B._" in Project Gutenberg's italics): one name, never cut after its first letter, as pysbd
cuts where an italics mark or a space opens the run. Not dots set close ("P.S.", "J.P.",
"H.M.S."), which other rules weigh."""

_STAGE_PLACES = (
    r"door|doors|table|window|fire|fireplace|dresser|sofa|settee|settle|chair|chairs|bench|desk|"
    r"bed|stairs?|staircase|arch|archway|entrance|wall|corner|piano|couch|screen|cupboard|steps|"
    r"stove|range|hearth|mantel|mantelpiece|bookcase|sideboard|cabinet|clock|shelf|shelves|"
    r"counter|alcove|ladder|gate|armchair|stool|"
    r"exit|exits|exeunt|enter|enters|re-enters?|entering|crosses|cross|crossing|goes|going|"
    r"comes|coming|sits|sitting|seated|stands|standing|moves|moving|turns|turning|runs|running|"
    r"rises|rising|returns|returning|retires|retiring|hurries|hurrying|walks|walking|backs|"
    r"backing"
)


def _stage_letters(name: str) -> str:
    """The letters of a stage position, in group `name`: an entrance first ("R. U. E.",
    right upper entrance; "U. E."; "L. 2 E.", left second entrance), then "U.R.C." but
    never "U.C.L." (University College London), then "R.", "L. C."."""
    return (
        rf"(?P<{name}>(?:[RL]\.\s?)?U\.\s?E\.|[RL]\.\s?[1-4]\s?E\."
        r"|[UD]\.\s?(?:[RL]\.(?:\s?C\.)?|C\.)|[RLC]\.(?:\s?[RLC]\.)?)"
    )


_STAGE_LETTERS = (  # one position, or two joined ("chairs R. and L.", "from R. to L. C.")
    rf"{_stage_letters('pos')}(?:(?P<join>\s+(?:and|or|to)\s+){_stage_letters('pos2')})?"
)
STAGE_POSITION = re.compile(
    rf"(?P<pre>(?i:\b(?:{_STAGE_PLACES}|to|at|from|towards?|off|up|down)),?\s+"
    r"|\b[A-Z][A-Z'’-]+,\s+)"
    rf"{_STAGE_LETTERS}(?=\s*(?:[,;:)\]]|$)|\s+[a-z])"
)
"""A stage position in an acting edition's directions — "a door L.", "a stove R., a table
C. with a lamp", "Enter TOM, R.", "crosses to R.C.", "[Exit, R. U. E.]", "chairs R. and
L." — said as a director does ("left", "right centre", "right upper entrance", "left
second entrance"), never as letters; only after a word of movement or place, or a
speaker's name and a comma, so that an initial ("R. Walton") stays a letter."""
STAGE_POSITION_END = re.compile(
    rf"(?P<pre>(?i:\b(?:{_STAGE_PLACES}),?\s+)"
    r"|\b(?:Enter|Exit|Exeunt|Re-enters?)\s+(?:[A-Z][A-Z.'’-]*\s+)*[A-Z][A-Z'’-]+,\s+)"
    rf"{_STAGE_LETTERS}(?=\s+(?:(?:{'|'.join(sorted(w.capitalize() for w in OPENERS))})"
    r"(?![\w.'’-])|[A-Z][A-Z'’-]+(?![\w.]|[.'’-]\w))|(?<=E\.)\s+[A-Z])"
)
"""A stage position whose dot ends the sentence: before a word that opens one or a
character's name in capitals ("a knock at the door L. They all look", "Exit PRYCE, R.
NELL laughs"), or an entrance before any capital ("fireplace R. U. E. Table C."). Only
after a word of place or movement, or an entrance's or exit's name ("Exit PRYCE, R."):
after "to" or a name alone the letter may be an initial ("wrote to R. Walton", "HOLT, R.
The River Trade")."""

COORDINATE = re.compile(
    r"(?:(?<![\w.])(?P<axis>[Ll]at|[Ll]ong|LAT|LONG)(?P<axis_dot>\.)\s?)?"
    r"(?<![\w.,])(?P<deg>[0-9]{1,3}(?:\.[0-9]+)?)(?:\s?[°º]|\s?deg(?P<deg_dot>\.))"
    r"(?:\s?(?P<min>[0-9]{1,2}(?:\.[0-9]+)?)\s?[′'’]"
    r"(?:\s?(?P<sec>[0-9]{1,2}(?:\.[0-9]+)?)\s?(?:″|\"|”|[′'’]{2}))?)?"
    r"(?:\s?(?P<hemi>[NSEW])(?![\w-])(?P<hemi_dot>\.)?"
    r"(?:\s(?P<tail>[Ll]at|[Ll]ong|LAT|LONG)(?P<tail_dot>\.)(?!\s?[0-9]))?)?"
)
"""Degrees with their minutes, seconds, side of the world or "lat."/"long." before
them, as maps and voyages write a position: "51° 30′ N", "51°30'N", "lat. 42° 15' S.",
"45 deg. 54’", "in 42° N. lat." ("lat." after the side only where no number follows it:
"S. Long. 70°" is the next one). A letter joined by a hyphen is no side: "a 90° S-bend".
A bare "20°" matches too, and is left to the reading of temperatures and angles."""
_GOES_ON = re.compile(r"\s*[,;:)]|\s+(?:[a-z0-9(]|(?:[Ll]at|[Ll]ong)\.\s?[0-9])")
"""What follows a dot that ends no sentence: a comma, a small word, a number."""


NUMBERED_ABBREVIATIONS = {
    "No": "number", "Nos": "numbers", "no": "number", "nos": "numbers",
    "p": "page", "pp": "pages", "Pp": "Pages", "Vol": "Volume", "vol": "volume",
    "Vols": "Volumes", "vols": "volumes", "VOL": "VOLUME", "VOLS": "VOLUMES",
    "Ch": "Chapter", "ch": "chapter", "Chap": "Chapter", "chap": "chapter",
    "Chs": "Chapters", "chs": "chapters",
    "Fig": "Figure", "fig": "figure", "Figs": "Figures", "figs": "figures",
    "Eq": "Equation", "eq": "equation", "Eqs": "Equations", "eqs": "equations",
    "Sec": "Section", "sec": "section", "Art": "Article", "art": "article",
    "col": "column", "cols": "columns", "para": "paragraph", "paras": "paragraphs",
    "Para": "Paragraph", "Sch": "Schedule", "Apt": "Apartment", "Rt": "Route", "Rte": "Route",
    "Rm": "Room", "rm": "room",
}  # fmt: skip
"""Abbreviations that take a number after them ("p. 7", "vol. ii", "Rm. 204"), as words."""

READINGS = {"Bar": "Barometer", "Ther": "Thermometer", "Therm": "Thermometer",
            "Temp": "Temperature", "temp": "temperature"}  # fmt: skip
READING = re.compile(
    r"(?<!\b[Aa]\s)(?<!\b[Aa]n\s)(?<!\b[Tt]he\s)"  # "called to the Bar.", "I was a temp."
    rf"(?<![\w.])(?P<abbr>{'|'.join(sorted(READINGS, key=len, reverse=True))})(?P<dot>\.)\s?"
    r"(?=[−–-]?[0-9]+(?:\.[0-9]+|\s?[°º]|\s?mb\b))"
    r"(?![−–-]?[0-9.,]+\s*(?:%|(?:per\s?cent|percent|hours?|hrs?|minutes?|mins?|days?|weeks?"
    r"|months?|years?|times|of)(?![\w'’-])))"
)
"""A log's reading ("Bar. 30.12 in.", "Ther. 54°", "Temp. −12°", "Min. temp. −23.5°"): the
instrument in full, and its dot ends no sentence. Only before a reading with its decimals,
degrees or millibars: "the Bar. 3 men" goes on as written; and not after an article nor
before a share or a time ("called to the Bar. 23.5 per cent of", "a temp. 3.5 hours")."""

ERAS = r"AD|BC|BCE|CE|A\.D\.|B\.C\.|B\.C\.E\.|C\.E\."

WEEKDAYS = {
    "Mon": "Monday", "Tue": "Tuesday", "Tues": "Tuesday", "Wed": "Wednesday",
    "Thu": "Thursday", "Thur": "Thursday", "Thurs": "Thursday", "Fri": "Friday",
    "Sat": "Saturday", "Sun": "Sunday",
}  # fmt: skip
MONTH_ABBREVIATIONS = {
    "Jan": "January", "Feb": "February", "Mar": "March", "Apr": "April", "Jun": "June",
    "Jul": "July", "Aug": "August", "Sep": "September", "Sept": "September",
    "Oct": "October", "Nov": "November", "Dec": "December",
}  # fmt: skip
_DAY = "|".join(sorted(WEEKDAYS, key=len, reverse=True))
_MON = "|".join(sorted(MONTH_ABBREVIATIONS, key=len, reverse=True))
CALENDAR = re.compile(
    rf"(?:(?<![\w.'’])(?<!(?<!-)-)|(?<=(?<![\w-])mid-))(?P<abbr>{_DAY}|{_MON})(?P<dot>\.)?"
    r"(?![\w'’-])"
)  # "--Mon." after a diary's date (a typed dash, not a hyphen); "mid-Oct."
"""A weekday's or a month's abbreviation ("on Thurs., 2 Dec. 2004", "Tues. and Wed.", "by
the end of Jan."); `calendar_word` says where it is one, and its word."""
_DATE_AFTER = re.compile(r"\s*,?\s*[0-9]{1,4}(?![0-9])")
_JOIN = r"\s*(?:[–-]|to|and|or|&|through|till|until)\s*"
_JOINED_AFTER = re.compile(rf"{_JOIN}(?:{_DAY}|{_MON})(?![\w'’-])")
_JOINED_BEFORE = re.compile(rf"(?<![\w.'’-])(?:{_DAY}|{_MON})\.?{_JOIN}$")
_DAY_CUE = re.compile(
    r"(?:(?<![\w'’-])(?i:on|by|until|till|from|since|before|after|next|last|every|each|this|of)"
    r"|[0-9](?:st|nd|rd|th))\s+$"
)
_MONTH_CUE = re.compile(
    r"(?<![\w'’-])(?i:in|of|since|until|till|during|early|late|mid|through|from|by|on|before|"
    r"after|next|last|this|every|each)[\s-]+$"
)
_JAN_CUE = re.compile(r"(?<![\w'’-])(?i:in|of|since|until|till|during|early|late|mid)[\s-]+$")
""""Jan" is a name too ("a letter from Jan."): at a sentence's end only these say the month."""
_DAY_BEFORE = re.compile(r"[0-9](?:st|nd|rd|th|d)?\s+(?:of\s+)?$")
_NAMED_TOO = ("Jan", "Jun", "Dec")
"""Months' abbreviations that are names too ("a letter from Jun.", "nothing from Dec.")."""
_FULL_MONTHS = "|".join(MONTH_ABBREVIATIONS.values())
_MONTH_DATE_AFTER = re.compile(
    rf",?\s+(?:{_FULL_MONTHS}|May|{_MON})\.?\s+(?:[1-9]|[12][0-9]|3[01])(?:st|nd|rd|th)?(?![\w])"
)
"""A month and its day after an undotted weekday, as a mail's or a calendar's header
writes them ("Tue, Oct 15, 2019", "Sat Mar 3"): the weekday is a date's."""
_DAY_OF_MONTH = re.compile(
    r"\s*,?\s*(?:[1-9]|[12][0-9]|3[01])(?:st|nd|rd|th)?(?!\w|\.[0-9])"
    rf"(?=\s+(?:of\s+)?(?:{_FULL_MONTHS}|May|{_MON})(?![a-z])|\s*(?:$|[,;:.!?)–-]))"
)
"""A day of the month after an undotted weekday ("Sat 14 June", "Mon 3rd,"), not a count
("Sat 20 minutes by the fire", where "Sat" is the verb)."""
_SLASHED_DATE = re.compile(
    r"\s+[0-9]{1,2}/[0-9]{1,2}(?:/(?:[0-9]{4}|[0-9]{2}))?(?![\w/]|[.,][0-9])"
    r"(?<!\s1/2)(?<!\s[12]/3)(?<!\s[13]/4)"
    r"|\s+(?:1/2|[12]/3|[13]/4)(?![\w/]|[.,][0-9])"
    r"(?!\s+(?:an?|of|hours?|hrs?|minutes?|mins?|miles?|inch(?:es)?|days?|dozen)(?![\w'’-]))"
)
"""A date in figures after an undotted weekday ("Sent: Tue 3/3/2020", "Sat 1/2 Went to
town"); not a fraction before what it measures ("Sat 1/2 an hour in the rain")."""
_HOURS_AFTER = re.compile(
    r"\s+(?:[0-9]{1,2}(?:[:.][0-5][0-9])?\s?(?:[ap]\.?m\b|[AP]\.?M\b|[–-]\s?[0-9])"
    r"|(?:noon|midnight)(?![\w'’-])|(?:until|till|from)\s+(?:[0-9]|noon|midnight))"
)
"""Opening hours after an undotted weekday ("Fri noon–3pm", "Sat 10-4", "Fri until 9pm"):
the day's."""
_MONTH_SPAN = re.compile(rf"\s?[–-]\s?(?:{_MON}|May)(?![\w'’-])")
_MONTH_SPAN_BEFORE = re.compile(rf"(?<![\w.'’-])(?:{_MON}|May)\s?[–-]\s?$")
_YEAR_AFTER = re.compile(r"\s+(?:1[5-9]|20)[0-9]{2}(?![\w'’-]|[.,][0-9])")
_PART_OF_DAY = re.compile(r"\s+(?:night|morning|afternoon|evening)s?(?![\w'’-])")


_DIARY_DATE_BEFORE = re.compile(r"[0-9](?:st|nd|rd|th|d)\.?,?\s*(?:--|—)?\s*$")
"""A day of the month just before a weekday, as diaries date their entries ("2nd, Sat.")."""


def calendar_word(m: re.Match[str]) -> str | None:
    """The word a `CALENDAR` match stands for, or None where it may be something else.

    A weekday with its dot after "on", "by", "next" …, before a date, a part of the day
    ("Sat. night") or joined to another ("Tues. and Wed."); "Tues" and "Thurs" without
    one the same, any other only before a date ("Sat 14 June") or in a span ("Mon–Fri").
    A month with its dot before a day or a year, after a day ("2 Dec."), a cue ("in",
    "end of") or joined to another; "Jan." at a sentence's end only after "in", "of" …
    A month without its dot is left to the reading of dates."""
    abbr, dotted, text = m["abbr"], m["dot"] is not None, m.string
    before, after = text[max(0, m.start() - 40) : m.start()], text[m.end() :]
    dated = _DATE_AFTER.match(after) is not None
    joined = _JOINED_AFTER.match(after) is not None or _JOINED_BEFORE.search(before) is not None
    if abbr in WEEKDAYS:
        said = WEEKDAYS[abbr]
        if abbr == "Sun" and re.search(r"\b[Tt]he\s+$", before):
            return None  # "in the Sun, 14 March 1998": the newspaper
        if not dotted and abbr not in ("Tues", "Thurs"):
            dated = (
                _DAY_OF_MONTH.match(after) is not None or _SLASHED_DATE.match(after) is not None
                or _MONTH_DATE_AFTER.match(after) is not None
            )  # fmt: skip
            span = re.match(rf"\s?[–-]\s?(?:{_DAY})(?![\w'’-])", after) or re.search(
                rf"(?<![\w.'’-])(?:{_DAY})\s?[–-]\s?$", before
            )
            return said if dated or span or _HOURS_AFTER.match(after) else None
        cue = _DAY_CUE.search(before) is not None or _PART_OF_DAY.match(after) is not None
        if dotted and (_DIARY_DATE_BEFORE.search(before) or (
            abbr != "Sun" and not before.strip(" -—") and not after.strip()
        )):  # fmt: skip
            return said  # a diary's "2nd, Sat.", "4th.--Mon.", an entry's "Mon." alone
        if abbr == "Sun" and not re.match(r"\s*[,;:)]|\s+[a-z0-9(]", after):
            cue = cue and not re.search(r"(?i:from|of)\s+$", before)  # "a parcel from Sun."
        return said if dated or joined or cue else None
    said = MONTH_ABBREVIATIONS[abbr]
    if not dotted:  # "Apr–Oct", "Mar-Oct", "(Jan 2024 rates)": a span of months, a year's
        spanned = _MONTH_SPAN.match(after) or _MONTH_SPAN_BEFORE.search(before)
        return said if spanned or _YEAR_AFTER.match(after) else None
    if dated or joined or _DAY_BEFORE.search(before):
        return said
    goes_on = re.match(r"\s*[,;:)]|\s+[a-z0-9(]", after) is not None
    cue = _JAN_CUE if abbr in _NAMED_TOO and not goes_on else _MONTH_CUE
    return said if cue.search(before) else None


STREET_END = re.compile(
    r"(?<![\w'’-])(?P<name>[A-Z][\w'’-]*|[0-9]+(?:st|nd|rd|th|[A-Za-z])?)"
    r"\s+(?P<abbr>St|Dr|Ave|Rd|Blvd|Ln|Sq)"
    r"(?P<dot>\.)(?=\s+(?P<next>[A-Z][a-z]*)(?![\w.'’-]))"
)
"""A street's name whose abbreviation ends the sentence ("down Mulholland Dr. Nobody
followed", "221B Baker St. Call me"): see `street_ends`."""


_ORDINAL_STREET = re.compile(r"[0-9]+(?:st|nd|rd|th)")
_STREET_NOUNS = frozenset(
    {"Station", "Stop", "Subway", "Line", "Local", "Express", "Shuttle", "Crosstown", "Bridge",
     "Pier", "Ferry", "Terminal", "Market", "Theater", "Theatre", "Playhouse", "School",
     "Church", "Park", "Entrance", "Exit", "Armory", "Baths", "Garage", "Y", "Bus", "Bakery",
     "Deli", "Diner", "Bar", "Cafe", "Café", "Gallery", "Gang", "Boys", "Girls", "Crew",
     "Irregulars", "Association", "Bookstore", "Library", "Hospital", "Clinic", "Lofts",
     "Apartments", "Studio", "Studios", "Club", "Tavern", "Pub", "Corridor", "Tunnel"}
)  # fmt: skip
"""Nouns an ordinal street's name is the first words of ("the 86th St. Station", "the 42nd
St. Shuttle"): no new sentence after the street."""


def street_ends(m: re.Match[str]) -> bool:
    """Does the `STREET_END` match end its sentence? Only where a name (no word that
    opens a sentence: "Call Dr. Who" is the doctor) comes before the abbreviation and a
    word that opens a sentence after it; pysbd reads on past "Dr." and "St.". After an
    ordinal ("to 86th St. Temperature: 72°F") any capitalised word but a place's noun
    ("the 86th St. Station") opens the next sentence: no saint is named "86th St."."""
    if _ORDINAL_STREET.fullmatch(m["name"]):
        return m["next"] not in _STREET_NOUNS
    possessive = m["name"].endswith(("'s", "’s"))  # "the BBC's Dr. Who": a title
    return (
        m["name"].casefold() not in OPENERS and m["next"].casefold() in OPENERS
        and not possessive and not (m["abbr"] == "Dr" and m["next"] == "Who")
    )  # fmt: skip


LIFE_DATE = re.compile(
    r"(?:(?<=\()|(?<=[(,;] ))(?P<abbr>b|d|fl|r|m)(?P<dot>\.)\s?"
    r"(?=(?:[cC]a?\.\s?)?(?:[0-9]{3,4}(?![0-9])|(?:AD|A\.D\.)\s?[0-9])|\?"
    r"|(?:early |late |mid-)?[0-9]{1,2}(?:st|nd|rd|th)[ -](?:c\.|cent\.|century)(?!\w))"
)
"""A life's dates in brackets, as biographies give them: "(b. 1861, d. 1932)", "(fl.
1790–1821)", "(r. 1509–47)", "(m. 1540)", "(fl. AD 9–40)", "(r. ca. 1550)", "(fl. 5th c.
BCE)": born, died, flourished, reigned, married.
Only inside brackets (`in_brackets`): elsewhere "b." and "d." are anybody's initials."""


GLOSS_WORDS = {
    "lit": "literally", "pl": "plural", "Gk": "Greek", "Gr": "Greek", "Lat": "Latin",
    "Jap": "Japanese", "Fr": "French", "Ger": "German", "Ital": "Italian", "Sp": "Spanish",
    "Skt": "Sanskrit", "Russ": "Russian", "Heb": "Hebrew", "Chin": "Chinese",
    "Arab": "Arabic", "f": "feminine", "fem": "feminine", "masc": "masculine",
    "sing": "singular",
}  # fmt: skip
GLOSS = re.compile(
    r"(?:(?<=\()|(?<=[,;:—–] )|(?<=\bfrom )|(?<=\bFrom ))"
    r"(?P<abbr>lit|pl|Gk|Gr|Lat|Jap|Fr|Ger|Ital|Sp|Skt|Russ|Heb|Chin|Arab)(?P<dot>\.)"
    r"(?=\s+(?:[_*\"“‘'(]*[a-zà-ÿ]|[\"“‘]|[^\x00-\u024f])|\s*[)\]])"
    r"|(?<=\()(?P<lit>lit)(?P<dot2>\.)(?=\s)"
    r"|(?<=\()(?P<bare>f|pl|fem|masc|sing)(?P<dot3>\.)(?=\))"
)
"""A phrasebook's or a dictionary's gloss label: "(Gk. autos, self)", "(Jap. taberu)",
"pl. messieurs", "— lit. "I am full"", "(lit. I call myself Paul)", "a woman (f.)": the
word it shortens (`GLOSS_WORDS`: Greek, Japanese, plural, literally, feminine), and its
dot no sentence's end. Only at a gloss's opening (after a bracket, a comma, a dash or
"from") and before a word in small letters, another script or a quotation: "(Fr.
Brown)" is a priest, "(Lat. 51°)" a latitude, "The lamp was lit. "Come in"" ends."""


def in_brackets(text: str, at: int) -> bool:
    """Is `at` inside round brackets opened before it and not yet closed?"""
    return text.count("(", 0, at) > text.count(")", 0, at)


SECTION_ABBREVIATION = re.compile(
    r"(?<![\w.-])(?P<word>(?<=[a-z]{2}\s)|(?<=[,;]\s)|(?<=\())?(?P<abbr>ss?|sub-ss?|subss?)(?P<dot>\.)\s?"
    r"(?=[0-9]{1,3}[A-Z]?(?:\([0-9a-z]{1,3}\))+|[0-9]{1,3}[A-Z]?\s+of\s+the\s+[A-Z]"
    r"|(?(word)[0-9]{1,3}[A-Z]?(?![\w:/-]|[.,][0-9]|\s?d\.?(?!\w))|(?!))"
    r"|(?<=b-s\.\s)\([0-9a-z]{1,3}\)|(?<=b-s\.)\([0-9a-z]{1,3}\))"
)
"""A statute's section, as lawyers cite it: "s. 3(2)", "ss. 4(1)", "s. 18 of the Theft
Act", "made under s. 6", "ss. 276 et seq.", "sub-s. (1)": its dot ends no sentence.
A bare "s. 3" is a section after a word ("under s. 6"), never after a figure ("5 s. 3
d.", shillings) nor before "d." (pence)."""

PLACE_DOT = re.compile(r"(?<![\w.])(?:Ft|Pt|Ste)(?P<dot>\.)(?=\s+(?P<name>[A-Z][a-z]+))")
FIRM_DOT = re.compile(r"(?<=&\s)Co(?P<dot>\.)(?=\s+(?P<name>[A-Z][a-z]+)(?:[,;:)]|\s+[a-z]))")
"""A firm's "& Co." inside its longer name ("at Nair & Co. Literary; and to Luis"): a
capitalised word and then a comma or a small word; "Smith & Co. Then, he left" ends."""
"""A place's title before its name ("Ft. William", "Pt. Lynas", "Ste. Anne"): Fort, Point,
Sainte; the dot ends no sentence before a name."""

SUITE_DOT = re.compile(r"(?<![\w.])Ste(?P<dot>\.)(?=\s?[0-9])")
"""A suite's number in an address ("1200 Market St., Ste. 400"): the dot ends no sentence."""

OLD_LETTER_WORDS = {
    "Octr": "October", "Novr": "November", "Decr": "December", "Septr": "September",
    "Jany": "January", "Febry": "February", "Augt": "August", "ulto": "ultimo",
    "insto": "instant", "proxo": "proximo", "obedt": "obedient", "obdt": "obedient",
    "hble": "humble", "Servt": "Servant", "servt": "servant", "Bror": "Brother",
    "recd": "received", "favr": "favour",
}  # fmt: skip
"""An eighteenth-century letter's contractions, their last letters raised in print
("Octr.", "ult<sup>o</sup>.", "Y<sup>r</sup>. most obed<sup>t</sup>. hble. Serv<sup>t</sup>."),
none of them an English word."""
OLD_LETTER_DOT = re.compile(
    rf"(?<![\w.])(?:{'|'.join(OLD_LETTER_WORDS)}|Yr)(?P<dot>\.)(?=\s*[,;]|\s+[\w&])"
)
"""Their dots end no sentence before a word ("hble. Servt.", "Octr. 14th")."""

LOG_POSITION_DOT = re.compile(
    r"(?<![\w.])(?:[Ll]at|[Ll]ong)\.\s+by\s+(?:obs|acct|D\.\s?R)(?P<dot>\.)(?=\s*[0-9])"
)
"""A log's "Lat. by obs. 51° 58′ N." (latitude by observation): one sentence."""

MILITARY_UNIT_DOT = re.compile(
    r"(?:(?<=[0-9]st |[0-9]nd |[0-9]rd |[0-9]th )(?:Inf|Regt|Bde|Div|Bty|Coy)"
    r"|(?<=(?<![\w.])[A-D] )Coy|(?<![\w.])(?:Bde|Inf)(?=\.\s+(?:H\.\s?Q|HQ|Regt|Bde|Div)\b))"
    r"(?P<dot>\.)(?=\s*[,;)]|\s+[a-z0-9]|\s+(?:Regt|Regiment|Div|Division|Bde|Brigade|Bn|"
    r"Battalion|H\.\s?Q|HQ)\b)"
)
"""A unit's shortening after its number or letter ("143rd Inf. Regt.", "B Coy., 10th Bn.",
"Bde. H.Q."): its dot ends no sentence before a small word or another unit."""

SCRIPTURE_BOOKS = {
    "Gen": "Genesis", "Exod": "Exodus", "Lev": "Leviticus",
    "Deut": "Deuteronomy", "Josh": "Joshua", "Judg": "Judges", "Sam": "Samuel",
    "Kgs": "Kings", "Chron": "Chronicles", "Neh": "Nehemiah", "Esth": "Esther",
    "Ps": "Psalm", "Psa": "Psalm", "Pss": "Psalms", "Prov": "Proverbs", "Eccl": "Ecclesiastes",
    "Eccles": "Ecclesiastes", "Isa": "Isaiah", "Jer": "Jeremiah", "Lam": "Lamentations",
    "Ezek": "Ezekiel", "Dan": "Daniel", "Hos": "Hosea", "Obad": "Obadiah", "Mic": "Micah",
    "Nah": "Nahum", "Hab": "Habakkuk", "Zeph": "Zephaniah", "Hag": "Haggai",
    "Zech": "Zechariah", "Mal": "Malachi", "Matt": "Matthew", "Mk": "Mark", "Lk": "Luke",
    "Jn": "John", "Rom": "Romans", "Cor": "Corinthians", "Gal": "Galatians",
    "Eph": "Ephesians", "Phil": "Philippians", "Col": "Colossians", "Thess": "Thessalonians",
    "Tim": "Timothy", "Tit": "Titus", "Philem": "Philemon", "Heb": "Hebrews", "Jas": "James",
    "Pet": "Peter", "Rev": "Revelation",
    "Ex": "Exodus", "Num": "Numbers", "Mt": "Matthew", "Cant": "Canticles",
    "Ecclus": "Ecclesiasticus", "Sir": "Sirach", "Wis": "Wisdom", "Tob": "Tobit",
    "Macc": "Maccabees", "Bar": "Baruch",
}  # fmt: skip
"""Books of the Bible as references shorten them ("Gen. 1", "2 Sam. 7:12", "Matt. 5"):
before a chapter number their dot ends no sentence, and they are said in full."""
SCRIPTURE_PATTERN = "|".join(sorted(SCRIPTURE_BOOKS, key=len, reverse=True))
VERSE_ONLY = frozenset({"Ex", "Num", "Mt", "Sir", "Wis", "Tob", "Bar"})
"""Abbreviated books that are also common shortenings ("Ex. 3" an example, "Num. 4" a
number, "Mt. 3" a mount, "Sir. 2"): a book only before chapter and verse ("Num. 12:3")."""
_CONTEXT_ABBREVIATIONS = "|".join(
    b for b in sorted(SCRIPTURE_BOOKS, key=len, reverse=True) if b not in VERSE_ONLY
)
BIBLE_BOOKS = (
    "Genesis|Exodus|Leviticus|Numbers|Deuteronomy|Joshua|Judges|Ruth|Samuel|Kings|Chronicles|"
    "Ezra|Nehemiah|Esther|Job|Psalms?|Proverbs|Ecclesiastes|Isaiah|Jeremiah|Lamentations|"
    "Ezekiel|Daniel|Hosea|Joel|Amos|Obadiah|Jonah|Micah|Nahum|Habakkuk|Zephaniah|Haggai|"
    "Zechariah|Malachi|Matthew|Mark|Luke|John|Acts|Romans|Corinthians|Galatians|Ephesians|"
    "Philippians|Colossians|Thessalonians|Timothy|Titus|Philemon|Hebrews|James|Peter|Jude|"
    "Revelation|Song of Solomon|Song of Songs|Song"
)
"""Books of the Bible by their full names, as references print them before a chapter."""
NAME_BOOKS = frozenset(
    {"Mark", "Ruth", "James", "John", "Luke", "Kings", "Job", "Acts", "Jude", "Amos", "Joel",
     "Daniel", "Samuel", "Timothy", "Titus", "Peter", "Matthew", "Esther", "Ezra", "Jonah",
     "Micah", "Numbers", "Judges"}
)  # fmt: skip
"""Books whose names are also people's names or words ("Mark 9:30" is Mark at half past
nine, "Kings 3:2" a score): a reference only where it cannot be a time or a score, or in
a sentence about scripture (`scripture_context`)."""
TIME_NAME_BOOKS = frozenset({"Song"})
"""Short names of books that are also given names ("Song 3:45, the last train": Song
and a time): a reference, as an undotted abbreviation is, only where chapter and verse
can be no clock's time ("Song 8:6", "Song 2:75", "Song 1:2-4")."""
NAME_ABBREVIATIONS = frozenset(
    {"Gen", "Josh", "Sam", "Dan", "Matt", "Phil", "Col", "Tim", "Rev", "Pet", "Mal", "Mic"}
)
"""Abbreviated books that are also names or ranks ("I called Sam. 2 hours later", "The Gen.
1 games"): a reference only before chapter and verse, after a book's number ("2 Sam. 7"),
or in a sentence about scripture."""
_CONTEXT_BOOKS = "|".join(
    b for b in BIBLE_BOOKS.split("|") if b.removesuffix("s?") not in NAME_BOOKS | TIME_NAME_BOOKS
)
_SCRIPTURE_CONTEXT = re.compile(
    rf"(?<![\w.])(?:[1-3]\s?(?:{_CONTEXT_ABBREVIATIONS})\.\s?[0-9]"
    rf"|(?:{_CONTEXT_ABBREVIATIONS})\.\s?[0-9]"
    rf"|(?:{_CONTEXT_BOOKS})\s+[0-9]+:[0-9]"
    rf"|(?:{BIBLE_BOOKS})\s+(?:[0-9]+:(?:[6-9][0-9]|[0-9]{{3}}|[0-9]+\s?(?:[–-]|ff))"
    r"|(?:2[4-9]|[3-9][0-9]|[0-9]{3}):[0-9])"
    rf"|(?:St|Saint)\.?\s+(?:{BIBLE_BOOKS})\s+[0-9])"
    r"|(?i:\b(?:verses?|gospels?|book of|bible|scriptures?|epistles?|psalms?|testament)\b)"
)
_CITED = re.compile(r"(?i)(?<!\w)(?:read|reads|reading|see|cf\.|compare|quoted?|quoting)\s+$")
"""A reference's verb right before it: "Read Gen. 3", "We read Acts 2:4"."""
SCRIPTURE_ABBREVIATION = re.compile(
    rf"(?<![\w.])(?:(?P<nth>[1-3])\s?)?(?P<abbr>{SCRIPTURE_PATTERN})(?P<dot>\.)"
    r"(?=\s?[0-9]+(?P<v>:[0-9])?)"
)
"""An abbreviated book before a chapter ("Gen. 1", "2 Sam. 7:12"); see `is_scripture`."""


def scripture_context(text: str) -> bool:
    """Does `text` speak of scripture: a reference that is surely one ("Isaiah 40:31",
    "Luke 15:11ff.", "2 Sam. 7"), another abbreviated book before a figure ("Ps. 23", "Rev.
    2"), or a word such as "verse", "Gospel", "Book of"?"""
    return _SCRIPTURE_CONTEXT.search(text) is not None


def is_scripture(m: re.Match[str]) -> bool:
    """Is the book in `m` (groups nth, abbr or name, ch, v, v2, ff) a reference, not a name?

    A name's book is one only where chapter and verse can be no time and no score ("Luke
    15:11ff.", "John 25:10", "Mark 4:3-9"), or in a sentence about scripture, judged
    without it ("verse", "Ps. 23" near it)."""
    text = m.string
    rest = text[: m.start()] + " " + text[m.end() :]
    if m["abbr"] in VERSE_ONLY and not m["v"]:
        return False  # "See Ex. 3": an example
    if m["nth"] or scripture_context(rest) or _CITED.search(text, 0, m.start()):
        return True
    undotted = m["abbr"] and not m.groupdict().get("adot", ".")  # "Jn 3:16", "Sam 3:30"
    if m["abbr"] and not undotted:
        return m["abbr"] not in NAME_ABBREVIATIONS or bool(m["v"])
    if undotted:  # "Jn 3:16"; but "Sir 3:30", "Sam 3:30" may be a time
        if m["abbr"] not in NAME_ABBREVIATIONS | VERSE_ONLY or m["v2"] or m["ff"]:
            return True
        return len(m["v"]) == 1 or int(m["v"]) > 59 or int(m["ch"]) > 23
    if m["name"] in TIME_NAME_BOOKS and m["v"] and not (m["v2"] or m["ff"]):
        return len(m["v"]) == 1 or int(m["v"]) > 59 or int(m["ch"]) > 23  # "Song 3:45"
    if (not undotted and m["name"] not in NAME_BOOKS) or m["v2"] or m["ff"] or not m["v"]:
        return True
    return int(m["v"]) > 59 or int(m["ch"]) > 23  # no clock's time, no game's score
SCRIPTURE_ROMAN = re.compile(
    r"(?<![\w.])(?:(?P<nth>[1-3])\s?)?"
    rf"(?:(?P<abbr>{SCRIPTURE_PATTERN})(?P<abbr_dot>\.)\s?|(?P<name>{BIBLE_BOOKS})\s+)"
    r"(?P<ch>[ivxlc]+)(?P<dot>\.)"
    r"(?:\s?(?P<v>[0-9]{1,3})(?:\s?[–-]\s?(?P<v2>[0-9]{1,3}))?(?!\w|[.,:][0-9])"
    r"|(?=\s*(?:[,;:)\]]|$)))"
)
"""A Bible reference as older books print it, the chapter in small Roman numerals and a
dot before the verse ("St. Luke xii. 6", "Acts ii. 4", "1 Cor. xiii. 4-7"), or the
chapter alone before a stop or a comma ("from Acts ii."): its dots end no sentence before
the verse. Capitals are left alone: "James II. 3" may be a king."""

STATUTE_REIGNS = {
    "Hen": "Henry", "Edw": "Edward", "Ric": "Richard", "Eliz": "Elizabeth", "Jac": "James",
    "Car": "Charles", "Will": "William", "Gul": "William", "Geo": "George", "Vict": "Victoria",
    "Vic": "Victoria", "Anne": "Anne", "W. & M.": "William and Mary", "W": "William",
}  # fmt: skip
"""The reigns an English statute is cited by ("15 Geo. II. c. 12": the twelfth chapter of
the statutes of the fifteenth year of George the Second)."""
STATUTE = re.compile(
    r"(?<![\w.])(?P<years>[0-9]{1,2}(?:\s?(?:&|and)\s?[0-9]{1,2})?)\s+"
    r"(?P<reign>W\.\s?&\s?M\.|Anne|(?:"
    + "|".join(k for k in STATUTE_REIGNS if k.isalpha() and k != "Anne")
    + r"|W(?=\.\s?[IVX]))\.)(?:\s+(?P<num>[IVX]+)\.?)?(?:,?\s+st\.\s?(?P<st>[0-9]{1,2})\.?)?"
    r"(?:,?\s+(?:c|cap|ch)\.\s?(?P<ch>[0-9]{1,3})(?!\w|[.,][0-9])|(?<=[IVX]\.)(?=\s*[),;]))"
)
"""A statute cited by its regnal year and chapter: "15 Geo. II. c. 12", "6 & 7 Will. IV.
c. 71", "5 & 6 Vict. c. 45", "8 Anne, c. 19", "9 & 10 W. III. c. 15", "1 W. & M. st. 2.
c. 2", or by the reign alone before a bracket or a comma ("(3 Car. I.)"). Its dots end no
sentence."""

JOURNALS = {
    "Phil. Trans.": "Philosophical Transactions", "Phil. Mag.": "Philosophical Magazine",
    "Gent. Mag.": "Gentleman's Magazine", "Ann. Reg.": "Annual Register",
    "Edin. Rev.": "Edinburgh Review", "Quart. Rev.": "Quarterly Review",
}  # fmt: skip
"""Journals as older books cite them, said by their names."""
JOURNAL = re.compile(
    r"(?<![\w.])(?P<journal>"
    + "|".join(re.escape(k[:-1]).replace(r"\ ", r"\s?") for k in JOURNALS)
    + r")(?P<dot>\.)"
)

COUNTIES = (
    "Antrim", "Armagh", "Carlow", "Cavan", "Clare", "Cork", "Derry", "Donegal", "Down",
    "Dublin", "Durham", "Fermanagh", "Galway", "Kerry", "Kildare", "Kilkenny", "Laois",
    "Leitrim", "Limerick", "Longford", "Louth", "Mayo", "Meath", "Monaghan", "Offaly",
    "Roscommon", "Sligo", "Tipperary", "Tyrone", "Waterford", "Westmeath", "Wexford", "Wicklow",
)  # fmt: skip
"""Counties that books write after "Co." ("Naas, Co. Kildare"): there "Co." is "County" and
its dot ends no sentence; "Smith & Co. Then" still does."""
_WORD_COUNTIES = ("Clare", "Cork", "Derry", "Down", "Kerry", "Mayo")
COUNTY = (
    rf"(?<![\w.])Co\.(?=\s+(?:{'|'.join(c for c in COUNTIES if c not in _WORD_COUNTIES)})(?!\w)"
    rf"|\s+(?:{'|'.join(_WORD_COUNTIES)})(?:\s*(?:[,;:.!?)]|$)|\s+[A-Z]))"
)
COMPANY = r"(?<![\w.])Co(?P<dot>\.)(?=\s+(?:[B-HJ-Z]|A(?=[,;:)]))(?![\w.'’]))"
""""Co. B", "Co. A," before a letter: a company of a regiment, its dot inside the sentence
("Smith & Co. I think" and "& Co. A new firm" end theirs)."""
""""Co." that is "County": before a county's name, or before one that is also a word or a
name only where no lowercase word goes on ("Co. Down, where", not "Smith & Co. Down by the
docks", which ends a sentence)."""

_JOURNAL_WORDS = (
    "Acad|Am|Ann|Anesth|Anesthesiol|Arch|Assoc|Biol|Br|Cardiol|Chem|Clin|Crit|Dermatol|Dis|"
    "Emerg|Endocrinol|Engl|Epidemiol|Gastroenterol|Gynecol|Hyg|Immunol|Infect|Int|Intern|"
    "Med|Metab|Natl|Neurol|Nurs|Obstet|Oncol|Ophthalmol|Pediatr|Pharmacol|Phys|Physiol|Proc|"
    "Psychiatr|Psychol|Rep|Res|Respir|Rev|Sci|Soc|Surg|Ther|Trop"
)
JOURNAL_WORD_DOT = re.compile(
    rf"(?<![\w.])(?:{_JOURNAL_WORDS})(?P<dot>\.)"
    rf"(?=\s+(?:[A-Z][a-z]+\s+)?(?:{_JOURNAL_WORDS}|[A-Z])\.)"
)
"""A word of a journal's abbreviated title in a note ("Crit. Care Med.", "N. Engl. J.
Med."): before the title's next abbreviated word (one full word may come between) its
dot ends no sentence."""

CLOCK_OPENING_DOT = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=[.!?][\"”’']\s))[\"“‘]?"
    r"(?:At|By|Until|Till|Around|About|Before|After|From)\s+"
    r"(?:1[0-2]|0?[1-9])(?:[:.][0-5][0-9])?\s?(?:a\.m|p\.m|A\.M|P\.M)(?P<dot>\.)(?=\s+[A-Z])"
)
"""A time's "a.m." after a sentence's opening "At 4:05" ("At 4:05 a.m. I cried"): the
time only sets the scene, so the sentence goes on past its dot; "We left at 6 a.m. I
was asleep" still ends there."""

CLOCK_ZONE_DOT = re.compile(
    r"(?<![\w.])(?:a\.m|p\.m|A\.M|P\.M)(?P<dot>\.)"
    r"(?=\s+(?:ET|EST|EDT|CT|CST|CDT|MT|MST|MDT|PT|PST|PDT|GMT|UTC|BST|CET|CEST)(?![\w'’-]))"
)
"""A time's "a.m." before its time zone ("at 9 a.m. ET. Nobody came"): the zone belongs
to the time, so the sentence goes on to the zone's own dot."""
DOTTED_NAME_DOT = re.compile(
    r"(?<![\w.])(?<=\b[Tt]he\s)(?:[A-Z]\.){1,3}[A-Z](?P<dot>\.)"
    r"(?=\s+(?P<next>[A-Z][a-z]+)(?![\w'’-]))"
)
"""Dotted initials after "the" and before a capitalised word ("in the M.D. Anderson
cafeteria", "the U.S. Navy yard"): the first words of a name, no sentence's end; a word
that opens a sentence after them ("born in the U.S. Then he moved") is checked by the
caller."""

# Reference abbreviations that never end a sentence before what they refer to:
# the numbered ones above, and editors, "compare", "versus", "namely", "about".
_BEFORE_REFERENCE = "|".join(
    sorted([*NUMBERED_ABBREVIATIONS, "Ed", "ed", "Eds", "eds", "cf", "Cf", "vs", "viz", "ca",
            "esp", "approx", "al", "est", "Est", "Tel", "tel", "Tél", "tél", "Telf", "telf",
            "Ans"],
           key=len, reverse=True)
)  # fmt: skip
_REFERENCE = re.compile(
    rf"(?<![\w.])(?:{_BEFORE_REFERENCE})\.(?=\s+(?:[0-9(\[]|[$£€¥][0-9]|[−+-][0-9]|[a-z])|[,;:)\]])"
    r"|(?<![\w.])(?:[eE]\.g|[iI]\.e|[cC]f|vs|viz)\.(?=\s+\S)"  # never a sentence's end
    r"|(?<![\w.])EST\.(?=\s?(?:1[5-9]|20)[0-9]{2}(?!\w))"  # "U-PICK, EST. 1952": established
    r"|(?<![\w.&])[cC]\.(?=\s?[0-9]{3,4}(?![0-9]))"  # "c. 1880": circa, before a year
    r"|(?<![\w.&])c\.(?=\s?[$£€¥]?[0-9])"  # "rose from c. 3 million tons", "c. £136,000"
    r"|(?<=[0-9]st |[0-9]nd |[0-9]rd |[0-9]th )(?:c|cent)\.(?=\s+[a-z])"  # "the 20th c. alone"
    rf"|(?<![\w.&])[cC]a?\.(?=\s?(?:{ERAS})\s?[0-9]|\s?[0-9]{{1,4}}\s?(?:{ERAS})(?!\w))"
    rf"|(?<=[0-9]st |[0-9]nd |[0-9]rd |[0-9]th )c\.(?=\s(?:{ERAS})(?!\w))"  # "3rd c. BC"
    r"|(?<![\w.])(?:[Ee]xt|Rs)\.(?=\s?[0-9])"  # "ext. 12", "Rs. 500"
    r"|(?<![\w.])[Rr]ecd\.(?=\s+[0-9a-z(])"  # "Recd. your letter": received
    r"|(?<=[0-9])ff?\.(?=\s+[a-z]|\s*[,;)])"  # "Luke 15:11ff. today": and following
    r"|(?<=[,(])\s?(?:[Pp]op|POP)\.(?=\s?[0-9])"  # "Naas, pop. 1,140", "(pop. 1,140)": population
    rf"|{COUNTY}"  # "Co. Kildare": County
)

CLASSICAL_WORKS = {
    "Il": "Iliad", "Od": "Odyssey", "Hdt": "Herodotus", "Thuc": "Thucydides",
    "Xen": "Xenophon", "Aen": "Aeneid", "Verg. Aen": "Virgil, Aeneid", "Hom. Il": "Homer, Iliad",
    "Hom. Od": "Homer, Odyssey", "Georg": "Georgics", "Met": "Metamorphoses",
}  # fmt: skip
"""Ancient authors and works as classicists shorten them before book and line ("Il. 9.63",
"Thuc. 2.15.1", "Verg. Aen. 6.126"): said in full, their dots no sentence's end."""
CLASSICAL_REFERENCE = re.compile(
    r"(?<![\w.])(?P<work>"
    + "|".join(
        re.escape(k).replace(r"\ ", r"\s?") for k in sorted(CLASSICAL_WORKS, key=len, reverse=True)
    )
    + r")(?P<dot>\.)\s?(?P<ref>[0-9]{1,3}(?:\.[0-9]{1,4}){1,2})"
    r"(?:\s?[–-]\s?(?P<end>[0-9]{1,4}))?"
    r"(?P<more>(?:;\s[0-9]{1,3}(?:\.[0-9]{1,4}){1,2}(?:\s?[–-]\s?[0-9]{1,4})?)*)"
    r"(?![\w]|[.,][0-9])"
)
"""A `CLASSICAL_WORKS` reference: book and line (or chapter and section) in figures, and
the same work's further places after a semicolon ("Hdt. 1.5; 7.104")."""

CITED_WORDS = {
    "n": "note", "nn": "notes", "l": "line", "ll": "lines", "fol": "folio", "fols": "folios",
    "foll": "folios", "vv": "verses", "Pt": "Part", "Sect": "Section", "sect": "section",
    "cl": "clause", "cll": "clauses", "Tab": "Table", "fr": "fragment", "frr": "fragments",
}  # fmt: skip
"""A note's, a line's, a leaf's shortening in a scholar's or a lawyer's reference ("n. 3",
"ll. 3–5", "fol. 63r", "vv. 1-6", "Art. I, § 8, cl. 3"): said as the word, and its dot,
before the number, ends no sentence."""
CITED_WORD = re.compile(
    rf"(?<![\w.])(?<![0-9] )(?P<abbr>{'|'.join(sorted(CITED_WORDS, key=len, reverse=True))})"
    r"(?P<dot>\.)(?=\s?[0-9])(?!\s?[0-9]{1,3},\s?c\.\s?[0-9])"
)
"""A `CITED_WORDS` shortening before its number; never after a figure ("5 l. 10 s.", old
pounds and shillings), nor a book before its chapter ("l. 1, c. 3": Bracton's liber)."""
CITED_WORKS = {
    "F. Supp": "F. Supp", "F.Supp": "F. Supp", "F. Supp. 2d": "F. Supp. second",
    "Stat": "Stat", "Wall": "Wallace", "Bl. Comm": "Blackstone's Commentaries",
    "Comm": "Commentaries", "Show": "Shower", "Salk": "Salkeld", "Ld. Raym": "Lord Raymond",
    "Inst": "Institutes", "Cranch": "Cranch", "Wheat": "Wheaton", "Dall": "Dallas",
}  # fmt: skip
"""Law reports and treatises as a citation shortens them between its volume and its page
("98 F.Supp. 797", "16 Wall. 36", "3 Bl. Comm. 23", "Salk. 411"): their dots end no
sentence, and the narrator says the report's name."""
CITED_WORK = re.compile(
    r"(?:(?<=[0-9] )|(?<=[0-9]\xa0)|(?<=[;,(] )|(?<=[;,(]))(?P<work>"
    + "|".join(
        re.escape(k).replace(r"\ ", r"\s?") for k in sorted(CITED_WORKS, key=len, reverse=True)
    )
    + r")(?P<dot>\.)(?=\s?[0-9])"
)
"""A `CITED_WORKS` name after a volume's number (or a citation's comma) and before a page."""
LATIN_CITED = re.compile(
    r"(?<![\w.])(?:(?:op|loc|ed)\.\s?cit|ibid|sc)\.(?=\s*[,;:)]|\s+[a-z0-9(])"
)
""""op. cit.", "loc. cit.", "ed. cit.", "ibid." and "sc." before a page or a word: no
sentence's end."""
ARTICLE_ROMAN = re.compile(
    r"(?<![\w.])Art(?P<dot>\.)\s?(?P<num>[IVXL]+)(?=,?\s*(?:§|cl\.|sec\.|Sec\.))"
)
"""A constitution's article before its section or clause ("Art. I, § 8, cl. 3")."""

_QUIZ_RUN = re.compile(
    r"(?<![\w.])[aA][.)]\s+\S+(?:\s+\S+){0,4}\s+[bB][.)]\s+\S+(?:\s+\S+){0,4}\s+$"
)


def quiz_option(text: str, at: int) -> bool:
    """Is the "c." at `at` the third of a quiz's options ("a. 5 b. 7 c. 9", "a. six b.
    eight c. ten"), a letter in a list, never "circa" nor "cups"?"""
    return _QUIZ_RUN.search(text, max(0, at - 120), at) is not None


CODE_NUMBER = re.compile(
    r"(?<![\w.])(?P<before>[a-z]+)\s+(?P<no>no)(?P<dot>\.)(?=\s?[A-Z]{1,3}-?[0-9]{2,}(?!\w))"
)
"""A code's number, "no." after a noun ("a ring no. DX40917"); see `is_code_number`."""
_ANSWERED = frozenset(
    {"said", "say", "says", "saying", "told", "tell", "cried", "oh", "and", "but", "or", "is",
     "was", "just", "still", "again", "so", "not", "me", "him", "her", "them", "us", "you"}
)  # fmt: skip


def is_code_number(m: re.Match[str]) -> bool:
    """Is "no." in a `CODE_NUMBER` match a number, not the answer "no" ending a sentence?

    "He said no. A40 was closed" ends after "no": the word before a code's "no." is a noun,
    never a verb of saying, an adverb ("simply", "answered") or a pronoun."""
    word = m["before"]
    return word not in _ANSWERED and not word.endswith(("ed", "ly"))


_WORDLIKE = frozenset({"no", "nos", "art", "sec", "chap", "fig", "figs", "apt", "rm"})
"""Those that are also English words, so may end a sentence ("He said no.")."""

_NUMERAL = r"(?:[IVXLC]+|[ivxlc]+)"
ROMAN_REFERENCE = re.compile(
    rf"(?<![\w.])(?P<abbr>{'|'.join(sorted(NUMBERED_ABBREVIATIONS, key=len, reverse=True))})"
    rf"\.(?P<gap>\s?)(?P<first>{_NUMERAL})"
    rf"(?:(?P<join>\s?[–-]\s?|\s+(?:and|to|&)\s+)(?P<last>{_NUMERAL}))?(?![\w'’-])"
    rf"(?P<stop>\.(?=\s*[,;:)]|\s+(?:[a-z0-9(]|(?:{'|'.join(NUMBERED_ABBREVIATIONS)}|pt)\.)))?"
)
"""A numeral after an abbreviation that takes a number ("vol. ii", "pp. iv–vii"); old
books stop it with a dot ("vol. lxiii. of the Transactions", "vol. iii. p. 45"), which
before a small word, a comma or another reference ends no sentence (`stop`)."""
_AFTER_LONE_I = re.compile(  # punctuation, or a word that never follows the pronoun
    r"\s*(?:$|[,.;:!?)\]”\"’])|\s+(?:of|and|the|a|an|in|on|at|to|for|from|with|or|is|"
    r"contains|covers|shows|describes)\b"
)

# --------------------------------------------------------------------------- Roman numerals

_ROMAN = re.compile(r"M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})")
_ROMAN_VALUES = {"M": 1000, "D": 500, "C": 100, "L": 50, "X": 10, "V": 5, "I": 1}


def roman_value(text: str) -> int | None:
    """The value of a well-formed Roman numeral (any case), else None."""
    upper = text.upper()
    if not upper or not _ROMAN.fullmatch(upper):
        return None
    values = [_ROMAN_VALUES[c] for c in upper]
    return sum(-v if v < nxt else v for v, nxt in zip(values, [*values[1:], 0], strict=True))


def roman_places(text: str) -> tuple[str, str, str, str] | None:
    """A well-formed numeral (capitals) in its thousands, hundreds, tens and units
    ("MDCCLXXXVII" → "M", "DCC", "LXXX", "VII"), else None."""
    m = _ROMAN.fullmatch(text)
    if not text or m is None:
        return None
    hundreds, tens, units = m.groups()
    return text[: m.start(1)], hundreds, tens, units


def _reference_numbers(m: re.Match[str]) -> tuple[int, int | None] | None:
    """The numbers of a `ROMAN_REFERENCE` match, or None where they are words."""
    first, last = m["first"], m["last"]
    a = roman_value(first)
    b = roman_value(last) if last else None
    if a is None or (last and b is None):
        return None
    if not last:
        if first.upper() in ("L", "C"):
            return None  # "Fig. C" is a letter label
        if first.upper() == "I" and (
            m["abbr"].lower() in _WORDLIKE or not _AFTER_LONE_I.match(m.string, m.end("first"))
        ):
            return None  # the pronoun: "ch. I did", "said no. I, for one"
    return a, b


def roman_references(text: str) -> str:
    """`text` with each Roman numeral after a numbered abbreviation in digits:
    "vol. ii" → "vol. 2", "pp. iv–vii" → "pp. 4–7", "Vols. I and II" → "Vols. 1 and 2";
    the old style's dot after it goes where it ends no sentence ("vol. lxiii. of")."""

    def digits(m: re.Match[str]) -> str:
        numbers = _reference_numbers(m)
        if numbers is None:
            return m.group()
        a, b = numbers
        head = f"{m['abbr']}.{m['gap']}{a}"
        if b is None:
            return head  # without its `stop`: "vol. lxiii. of" is "vol. 63 of"
        join = "–" if m["join"].strip() in ("–", "-") else m["join"]
        return f"{head}{join}{b}"

    return _PAGE_ROMAN.sub(_page_digits, ROMAN_REFERENCE.sub(digits, text))


_PAGE_ROMAN = re.compile(
    r"(?<![\w.])(?P<word>[Pp]ages?)\s+(?P<first>[ivxlc]{2,}|[ivx])"
    r"(?:(?P<join>\s?[–-]\s?|\s+(?:and|to)\s+)(?P<last>[ivxlc]+))?(?![\w'’-])"
)
"""A preface's page written out after the word "page" ("(page li)", "page xc", "pages
ix–xii"), as the Origin cites its introduction: the numeral in small letters only, where
it is no English word ("page I found" is the pronoun)."""


def _page_digits(m: re.Match[str]) -> str:
    a = roman_value(m["first"])
    b = roman_value(m["last"]) if m["last"] else None
    if a is None or (m["last"] and b is None):
        return m.group()
    if b is None:
        return f"{m['word']} {a}"
    join = "–" if m["join"].strip() in ("–", "-") else m["join"]
    return f"{m['word']} {a}{join}{b}"


_COMPANY = re.compile(COMPANY)
_ITALIC_OPEN = re.compile(r"(?<![\w_])_(?=[^\W\d_])")
"""Project Gutenberg's opening italics mark glued to a word ("_Wed. 5th._"): an
abbreviation after it ends no sentence where it would end none without it."""


def mask(text: str, language: str = "en") -> str:
    """`text` with every whole token's punctuation replaced by letters, same length.

    The language says what "Sr." is before a name: always a title in Spanish and
    Portuguese; in English a title ("Sister") only where no name comes before it."""
    chars = list(text)
    iberian = language.split("-")[0].lower() in ("es", "pt")
    glued, text = text, _ITALIC_OPEN.sub(" ", text)  # "_Wed. 5th._": seen as "Wed. 5th."
    have = gates.present(glued) | {" "}  # the characters of both `glued` and `text`

    def scan(pattern: re.Pattern[str], where: str = text) -> Iterable[re.Match[str]]:
        """`pattern`'s matches in `where`; none, unscanned, where `gates` says it cannot
        match (most of these look for what a sentence of a story seldom holds)."""
        return pattern.finditer(where) if gates.may_match(gates.needs(pattern), have) else ()

    def hide(start: int, end: int) -> None:
        for i in range(start, end):
            if not chars[i].isalnum() and not chars[i].isspace():
                chars[i] = "x"

    for pattern in _WHOLE:
        for m in scan(pattern):
            token = m.group()
            end = m.start() + len(token.rstrip(".,;:!?)]\"'”’"))  # its sentence's stop is not its
            hide(m.start(), end)
    for m in scan(_REFERENCE):
        if m.group() in ("c.", "C.") and quiz_option(text, m.start()):
            continue  # "a. 5 b. 7 c. 9": the options' letters end their sentences
        hide(m.start(), m.end())
    for m in scan(_SHORT_WORD_DOT):
        after = text[m.end() :].lstrip()
        if after[:1] in (",", ";") or (small_letter(after[:1]) and m.end() < len(text)):
            hide(m.end() - 1, m.end())
    for m in scan(UNIT_DOT):
        hide(m.start("unit"), m.end("dot"))  # "m.p.h." has dots inside
    for pattern in (
        ROMAN_DOT, OLD_MONEY_DOT, POUNDS_DOT, GIVEN_NAME_DOT, JOURNAL_WORD_DOT, CLOCK_OPENING_DOT,
        JOINED_TITLE_DOT, QUARTS_DOT, NUMBERED_DOT, SUITE_DOT, OLD_LETTER_DOT,
        LOG_POSITION_DOT, MILITARY_UNIT_DOT, NAT_GEO_DOT, STREET_QUADRANT_DOT, BOOK_SIZE_DOT,
        REPEATED_ETC_DOT, ORDINAL_MARK_DOT, NUMERIC_DATE_DOT, CLOCK_ZONE_DOT,
    ):
        for m in scan(pattern):
            hide(m.start("dot"), m.end("dot"))
    for m in scan(DOTTED_NAME_DOT):
        if m["next"].casefold() not in OPENERS:
            hide(m.start("dot"), m.end("dot"))
    going_on = GOING_ON_DOT.get(language.split("-")[0].lower())
    for m in going_on.finditer(text) if going_on else ():
        if m["small"] and not small_letter(m["small"]):  # "1871 r. Ślimak wstał" may end,
            hide(m.start(), m.start("dot2"))  # "4 π.μ. Ο" too, past its inner dot
        else:
            hide(m.start(), m.end())  # the dots inside "m.in." too
    for m in _UNSTOPPED_DOT.finditer(text) if _UNSTOPPED_SCRIPT.search(text) else ():
        hide(m.start(), m.end())
    if language.split("-")[0].lower() == "hu":
        for m in HU_ROMAN_DOT.finditer(text):
            if hu_roman_ordinal(m):
                hide(m.start("dot"), m.end("dot"))
    if language.split("-")[0].lower() in NUMBER_ORDINAL_LANGUAGES:
        for m in NUMBER_ORDINAL_DOT.finditer(text):
            if small_letter(m["next"]):
                hide(m.start("dot"), m.end("dot"))
    for m in scan(CREDIT_DOT):
        if credited(m):
            hide(m.start("dot"), m.end("dot"))
    for m in scan(ORDINAL_DOT):
        dot = "dot" if m["dot"] else "dot2"
        hide(m.start(dot), m.end(dot))
    for m in scan(TITLE_DOT):
        if not m["after_small"] or (iberian and m["after_small"] == "Sr"):
            hide(m.start("dot"), m.end("dot"))
        elif m["name"].casefold() not in OPENERS and not after_name(text, m.start()):
            hide(m.start("dot"), m.end("dot"))  # not "John Smith Sr. He left"
    for m in scan(NAME_TITLE_DOT):
        if m["name"].casefold() not in OPENERS and not endearment(text, m.start()):
            hide(m.start(), m.end())
    for m in scan(STATUTE):
        hide(m.start(), m.end())
    for m in scan(JOURNAL):
        hide(m.start(), m.start("dot"))  # the dot between its words
        if _GOES_ON.match(text, m.end()):
            hide(m.start("dot"), m.end("dot"))
    for m in scan(_COMPANY):
        hide(m.start("dot"), m.end("dot"))
    for m in scan(READING):
        hide(m.start("dot"), m.end("dot"))
    for m in scan(CODE_NUMBER):
        if is_code_number(m):
            hide(m.start("dot"), m.end("dot"))
    for pattern in (CITED_WORD, CITED_WORK, LATIN_CITED, ARTICLE_ROMAN, CLASSICAL_REFERENCE):
        for m in scan(pattern):
            if pattern is CLASSICAL_REFERENCE:
                hide(m.start(), m.end("dot"))
            elif pattern is CITED_WORK:
                hide(m.start(), m.end())  # the dots inside "Bl. Comm." too
            elif pattern is LATIN_CITED:
                hide(m.start(), m.end())
            else:
                hide(m.start("dot"), m.end("dot"))
    for m in scan(SCRIPTURE_ABBREVIATION):
        if is_scripture(m):  # "Gen. 1", "2 Sam. 7:12", but not "I called Sam. 2 hours later"
            hide(m.start("dot"), m.end("dot"))
    for m in scan(SCRIPTURE_ROMAN):
        if m["abbr_dot"]:
            hide(m.start("abbr_dot"), m.end("abbr_dot"))
        if m["v"]:
            hide(m.start("dot"), m.end("dot"))
    for m in scan(GLUED_TITLE, glued):
        if m["title"].capitalize() not in RANKS or m["next"].casefold() not in OPENERS:
            hide(m.start("dot"), m.end("dot"))
    for pattern in (GLUED_INITIAL, INITIAL_DASH):
        for m in scan(pattern, glued):
            hide(m.start("dot"), m.end("dot"))
    for m in scan(INITIALS_RUN):  # in `text`, where "_E." is " E."
        hide(m.start("dot"), m.end("dot"))
    for m in scan(CALENDAR):
        if m["dot"] and calendar_word(m) and (
            _GOES_ON.match(text, m.end()) or _DATE_AFTER.match(text, m.end())
            or _JOINED_AFTER.match(text, m.end())  # "Jan.–Jun.", "Sat. & Sun."
        ):
            hide(m.start("dot"), m.end("dot"))  # "on Thurs., 2 Dec.", "Wed. 14th"
    for m in scan(LIFE_DATE):
        if in_brackets(text, m.start()):
            hide(m.start("dot"), m.end("dot"))
    for m in scan(GLOSS):
        dot = "dot" if m["dot"] else "dot2" if m["dot2"] else "dot3"
        hide(m.start(dot), m.end(dot))
    for pattern in (SECTION_ABBREVIATION, PLACE_DOT, FIRM_DOT):
        for m in scan(pattern):
            if m.groupdict().get("name", "").casefold() not in OPENERS:
                hide(m.start("dot"), m.end("dot"))
    for m in scan(COORDINATE):
        if m["axis_dot"]:
            hide(m.start("axis_dot"), m.end("axis_dot"))
        for dot in ("deg_dot", "hemi_dot", "tail_dot"):
            if m[dot] and _GOES_ON.match(text, m.end(dot)):
                hide(m.start(dot), m.end(dot))
    for m in scan(DOTTED_NUMERAL):
        hide(m.start(), m.start("dot") if m["dot"] else m.end())
        if m["dot"] and _GOES_ON.match(text, m.end()):
            hide(m.start("dot"), m.end("dot"))
    for m in scan(ROMAN_REFERENCE):
        if _reference_numbers(m) is not None:
            hide(m.start(), m.end("abbr") + 1)
            if m["stop"]:
                hide(m.start("stop"), m.end("stop"))
    return "".join(chars)


# --------------------------------------------------------------------------- units

# written form: (one, many); "{metre}" and "{litre}" take the language's spelling
UNITS: dict[str, tuple[str, str]] = {
    "mm": ("milli{metre}", "milli{metre}s"), "cm": ("centi{metre}", "centi{metre}s"),
    "m": ("{metre}", "{metre}s"), "km": ("kilo{metre}", "kilo{metre}s"),
    "mg": ("milligram", "milligrams"), "g": ("gram", "grams"), "kg": ("kilogram", "kilograms"),
    "ml": ("milli{litre}", "milli{litre}s"), "mL": ("milli{litre}", "milli{litre}s"),
    "cl": ("centi{litre}", "centi{litre}s"), "l": ("{litre}", "{litre}s"),
    "L": ("{litre}", "{litre}s"),
    "km/h": ("kilometre per hour", "kilometres per hour"), "kph": ("kilometre per hour",
    "kilometres per hour"), "mph": ("mile per hour", "miles per hour"),
    "m/s": ("{metre} per second", "{metre}s per second"),
    "kWh": ("kilowatt hour", "kilowatt hours"), "kW": ("kilowatt", "kilowatts"),
    "W": ("watt", "watts"), "MW": ("megawatt", "megawatts"), "V": ("volt", "volts"),
    "Hz": ("hertz", "hertz"), "kHz": ("kilohertz", "kilohertz"), "MHz": ("megahertz", "megahertz"),
    "GHz": ("gigahertz", "gigahertz"), "KB": ("kilobyte", "kilobytes"),
    "MB": ("megabyte", "megabytes"), "GB": ("gigabyte", "gigabytes"),
    "TB": ("terabyte", "terabytes"), "ms": ("millisecond", "milliseconds"),
    "min": ("minute", "minutes"), "hr": ("hour", "hours"), "hrs": ("hour", "hours"),
    "ft": ("foot", "feet"), "lb": ("pound", "pounds"), "lbs": ("pound", "pounds"),
    "oz": ("ounce", "ounces"), "yd": ("yard", "yards"), "yds": ("yard", "yards"),
    "mi": ("mile", "miles"), "cwt": ("hundredweight", "hundredweight"),
    "qr": ("quarter", "quarters"), "qrs": ("quarter", "quarters"),
    "gal": ("gallon", "gallons"), "gals": ("gallon", "gallons"),
    "tbsp": ("tablespoon", "tablespoons"), "Tbsp": ("tablespoon", "tablespoons"),
    "tsp": ("teaspoon", "teaspoons"), "kcal": ("kilocalorie", "kilocalories"),
    "mins": ("minute", "minutes"), "secs": ("second", "seconds"), "sec": ("second", "seconds"),
    "yr": ("year", "years"), "yrs": ("year", "years"), "pts": ("point", "points"),
    "gns": ("guinea", "guineas"),
    "µg": ("microgram", "micrograms"), "mcg": ("microgram", "micrograms"),
    "µm": ("micro{metre}", "micro{metre}s"),
    "µl": ("micro{litre}", "micro{litre}s"), "µL": ("micro{litre}", "micro{litre}s"),
    "µmol": ("micromole", "micromoles"), "µs": ("microsecond", "microseconds"),
    "\u2126": ("ohm", "ohms"), "k\u2126": ("kilohm", "kilohms"), "M\u2126": ("megohm", "megohms"),
    "dl": ("deci{litre}", "deci{litre}s"), "dL": ("deci{litre}", "deci{litre}s"),
    "mmol": ("millimole", "millimoles"), "Gt": ("gigatonne", "gigatonnes"),
    "MWh": ("megawatt hour", "megawatt hours"),
    "GWh": ("gigawatt hour", "gigawatt hours"), "TWh": ("terawatt hour", "terawatt hours"),
    "GW": ("gigawatt", "gigawatts"), "kbps": ("kilobit per second", "kilobits per second"),
    "Mbps": ("megabit per second", "megabits per second"),
    "Gbps": ("gigabit per second", "gigabits per second"), "atm": ("atmosphere", "atmospheres"),
    "dB": ("decibel", "decibels"), "qt": ("quart", "quarts"), "qts": ("quart", "quarts"),
    "sq ft": ("square foot", "square feet"), "sq in": ("square inch", "square inches"),
    "sq yd": ("square yard", "square yards"), "sq mi": ("square mile", "square miles"),
    "sq m": ("square {metre}", "square {metre}s"), "sq km": ("square kilo{metre}",
    "square kilo{metre}s"), "sq cm": ("square centi{metre}", "square centi{metre}s"),
    "fl oz": ("fluid ounce", "fluid ounces"), "cu ft": ("cubic foot", "cubic feet"),
    "cu yd": ("cubic yard", "cubic yards"), "cu in": ("cubic inch", "cubic inches"),
    "cu m": ("cubic {metre}", "cubic {metre}s"), "bd ft": ("board foot", "board feet"),
    "lin ft": ("linear foot", "linear feet"), "ga": ("gauge", "gauge"),
    "nm": ("nano{metre}", "nano{metre}s"), "J": ("joule", "joules"),
    "kJ": ("kilojoule", "kilojoules"), "MJ": ("megajoule", "megajoules"),
    "J·s": ("joule-second", "joule-seconds"), "J s": ("joule-second", "joule-seconds"),
    "Pa": ("pascal", "pascals"), "hPa": ("hectopascal", "hectopascals"),
    "kPa": ("kilopascal", "kilopascals"), "MPa": ("megapascal", "megapascals"),
    "GPa": ("gigapascal", "gigapascals"), "eV": ("electronvolt", "electronvolts"),
    "keV": ("kiloelectronvolt", "kiloelectronvolts"),
    "MeV": ("megaelectronvolt", "megaelectronvolts"),
    "GeV": ("gigaelectronvolt", "gigaelectronvolts"),
    "ng": ("nanogram", "nanograms"), "IU": ("international unit", "international units"),
    "mmHg": ("milli{metre} of mercury", "milli{metre}s of mercury"),
    "mm Hg": ("milli{metre} of mercury", "milli{metre}s of mercury"),
}  # fmt: skip
UNIT_PATTERN = "|".join(re.escape(u) for u in sorted(UNITS, key=len, reverse=True))

DOTTED_UNITS: dict[str, tuple[str, str]] = {
    "in": ("inch", "inches"), "st": ("stone", "stone"), "m.p.h": ("mile per hour",
    "miles per hour"), "pp": ("page", "pages"), "doz": ("dozen", "dozen"),
    "pkg": ("package", "packages"), "fms": ("fathom", "fathoms"), "fm": ("fathom", "fathoms"),
    "cts": ("cent", "cents"), "mo": ("month", "months"), "mos": ("month", "months"),
    "wk": ("week", "week"), "wks": ("week", "weeks"),
}  # fmt: skip
"""Units that are words only with their dot, after a number and a space ("5 ft. 6 in.",
"9 st. 4 lb.", "60 m.p.h.", "48 pp."): "6 in the morning" keeps its "in", and "the
21st." is an ordinal, not stone."""
DOTTED_UNIT_PATTERN = "|".join(re.escape(u) for u in sorted(DOTTED_UNITS, key=len, reverse=True))
UNITS_SAID = (*UNITS.values(), *DOTTED_UNITS.values())
"""Every unit's spoken forms, one and many, with the language's spelling left to fill in."""

CREDIT_DOT = re.compile(r"(?<![\w.])(?P<abbr>feat|arr|Trad|tr)(?P<dot>\.)(?=\s+[A-Z])")
"""A song's credit ("feat. Ruth Okafor", "arr. J. K.", "Trad. Scottish") or a hymn's
translator's ("J. Neander, 1680; tr. C. Winkworth"): the dot before the name ends no
sentence (normalize says "featuring", "arranged by", "Traditional", "translated by");
`credited` says where "feat.", "arr." and "tr." are one."""
_CREDIT_OPENS = re.compile(r"(?:[(\[]|[–—-]|[\"”)\]])\s*$")
_CREDIT_TITLE = re.compile(r"(?:^|(?P<before>\S+)\s+)(?P<word>[A-Z0-9][\w'’-]*)\s+$")
_NOUN_BEFORE = frozenset(
    {"a", "an", "the", "no", "quite", "such", "this", "that", "what", "my", "his", "her", "our",
     "their", "its", "one", "some"}
)  # fmt: skip
_TIMETABLE = re.compile(r"[0-9]{1,2}[.:][0-9]{2}")


def credited(m: re.Match[str]) -> bool:
    """Is the "feat." or "arr." of a `CREDIT_DOT` match a song's credit? "feat." after a
    bracket, a dash, a closing quote or a title's capitalised word ("(feat. Eli Brandt)",
    "Saint Christopher feat. Eli"), not the noun after an article or an adjective ("quite a
    feat. He", "no small feat. Eight", "a Herculean feat. Gran", "Tom's feat. Nobody");
    "arr." not in a timetable ("dep. Paddington 9.10, arr. Bath 11.05": arrives)."""
    text, before = m.string, m.string[max(0, m.start() - 60) : m.start()]
    if m["abbr"] == "tr":  # opening a credit, or after its author's year: "1680; tr."
        return not before.strip() or bool(re.search(r"[;,(\[—–-]\s*$", before))
    if m["abbr"] == "arr":
        after = text[m.end() : m.end() + 40]
        timed = re.match(r"\s+(?:[A-Z][\w'’-]*\s+){1,3}" + _TIMETABLE.pattern, after)
        return not (
            timed or re.search(r"(?<![\w.])dep\.", before) or re.search(
                _TIMETABLE.pattern + r"\s*[,;]?\s*$", before
            )
        )  # fmt: skip
    if m["abbr"] != "feat" or _CREDIT_OPENS.search(before):
        return True
    title = _CREDIT_TITLE.search(before)
    return (
        title is not None and not re.search(r"['’]s$", title["word"])
        and (title["before"] or "").casefold() not in _NOUN_BEFORE
    )  # fmt: skip


DOTTED_NUMERAL = re.compile(
    r"(?<![\w.'’-])M{1,2}[DCLXVI]*(?:\.\s?[DCLXVI]+(?![\w'’-]))+(?P<dot>\.)?"
)
"""A year in Roman numerals with a dot between its groups, as imprints print it
("M.DCC.LXXXVII.", "M. DCC. LXXXVII."): the dots inside end no sentence, nor does the
last before a small word or a comma."""

BOOK_SIZES = {
    "4to": "quarto", "8vo": "octavo", "12mo": "duodecimo", "16mo": "sixteenmo",
    "18mo": "eighteenmo", "24mo": "twenty-fourmo", "32mo": "thirty-twomo",
    "48mo": "forty-eightmo", "64mo": "sixty-fourmo",
}  # fmt: skip
"""A book's size as catalogues and title pages print it ("Crown 8vo", "2 vols. 12mo"),
as a bookseller says it."""
BOOK_SIZE_WORDS = {
    "fcap": "foolscap", "fcp": "foolscap", "cr": "crown", "roy": "royal", "sm": "small",
    "imp": "imperial", "lg": "large",
}  # fmt: skip
"""The sheet's name before a size, shortened ("fcap. 8vo", "Cr. 8vo", "sm. 4to")."""
BOOK_SIZE = "|".join(sorted(BOOK_SIZES, key=len, reverse=True))
BOOK_SIZE_DOT = re.compile(
    rf"(?<![\w.])(?i:{'|'.join(BOOK_SIZE_WORDS)})(?P<dot>\.)(?=\s?(?:{BOOK_SIZE})(?![\w'’-]))"
)
"""The dot of a sheet's name before a size ("fcap. 8vo"): it ends no sentence."""

REPEATED_ETC_DOT = re.compile(r"(?<![\w&])(?:&c|etc)(?P<dot>\.)(?=\s*(?:&c|etc)\.?(?!\w))")
"""An old letter's "&c. &c." ("I am, Sir, &c. &c."): the first dot ends no sentence; the
pair is said "et cetera, et cetera" in one breath."""

QUARTS_DOT = re.compile(r"(?<![\w.])qts?(?P<dot>\.)(?=\s+[0-9])")
"""A canning book's "pints 10 minutes; qts. 15 minutes": the dot before the figure ends no
sentence."""

UNIT_DOT = re.compile(
    rf"(?<![\w.,])[0-9][0-9,]*(?:\.[0-9]+)?\s?"
    rf"(?P<unit>{UNIT_PATTERN}|(?<=\s)(?:{DOTTED_UNIT_PATTERN})|°\s?[CF])(?P<dot>\.)"
    r"(?=\s*[,;:)]|\s+[a-z0-9(]|\s*(?:[—–]|--)\s*[a-z])"
)
"""A unit's dot after a number before a small word, a number, a comma or a dash and a
small word ("5 ft. 6 in. tall", "18 cwt. 2 qrs.", "18° F. at dawn", "6 min. 40 sec. —
and"): it ends no sentence. `mask` hides the dots inside "m.p.h." too."""


def unit_words(unit: str, one: bool, us: bool) -> str:
    """A unit in words: singular for exactly one, in the language's spelling."""
    said = (UNITS.get(unit) or DOTTED_UNITS[unit])[0 if one else 1]
    if us:
        said = said.replace("kilometre", "kilometer")
    return said.format(metre="meter" if us else "metre", litre="liter" if us else "litre")


def closes_quotation(text: str, at: int) -> bool:
    """Whether the straight mark '"' at `at`, right after a figure, closes a quotation.

    Pairing a paragraph's other marks is not enough: in 'The signs read "Gate 12" and
    "Exit 3"' they are two openers and still even. Walking the marks in order, a mark
    after a figure inside an open quotation closes it unless the next other mark is a
    closer ('"He said the board was 10" wide," she said': that one is an inch mark)."""
    marks = [m.start() for m in re.finditer('"', text)]
    figure = {i for i in marks if i and text[i - 1].isdigit()}
    opened = False
    for k, i in enumerate(marks):
        if i not in figure:
            opened = not opened
            continue
        if opened:
            after = next((j for j in marks[k + 1 :] if j not in figure), None)
            closer_after = after is not None and not text[after - 1].isspace()
            if not closer_after:
                opened = False  # this mark closed it
                if i == at:
                    return True
        if i == at:
            return False
    return False
