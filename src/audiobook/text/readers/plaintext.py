"""Chapters in plain text, from headings alone on their line.

Recognised: "CHAPTER I.", "Chapter 12", "Chapter Twelve: The Title", "CHAPTER XII.
THE TITLE", a heading with its title on the next line, "PART ONE", "Stave I",
"Book II", "THE FIRST ACT", "The Second Book of …", "Letter 4", "Prologue",
"Epilogue", "Introduction", "Index" and "List of Illustrations" (or "ILLUSTRATIONS"
over a list placing its plates: headings, so that the matter they open is left out,
text/matter.py) and bare numbers ("1.", "IV.",
"— 3 —", and "ONE", "Two" or a web serial's "ONE ~ Ticking" when they count up from
one) when the book numbers its chapters that way. A heading must stand alone: a
blank line (or the start of the text) before it and after.

Two things look like headings but are not chapters, and are not read aloud: a table
of contents at the front (a "Contents" block, or a run of headings with no text
between them that reappear later), and Project Gutenberg's header and licence.
Nor are a title page and a manuscript's contact block above the first heading,
printed page numbers, verse numbers in scripture and line numbers beside verse,
notes keyed to a page or passage, editors' inserts, the Archive of Our Own's header
and labels, or a web serial's site furniture and author's notes ("A/N: …"; Wattpad,
a work's page on the Archive of Our Own); each is listed as left out. Paragraphs are
set apart first where the text has no blank lines between them (`_paragraphs_apart`:
word processors' exports, typescripts). A scanned book's OCR text and a typeset book's
pages from a PDF converter (pdftotext) lose their page numbers and running heads, and
their pages and printed lines are joined into paragraphs (`_without_scan_furniture`).
"""

from __future__ import annotations

import bisect
import itertools
import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

from audiobook.models import LINE_BREAK, Omission, Paragraph
from audiobook.text.matter import (
    is_copyright_evidence,
    is_dedication,
    is_legal,
    is_praise_heading,
    is_the_end,
)
from audiobook.text.readers.aozora import is_aozora, read_aozora
from audiobook.text.readers.base import (
    BY,
    NAMED_BY_KIN,
    PROSE_WIDTH,
    SCENE_BREAK,
    ReadText,
    byline,
    clean_title,
    column_table,
    credit,
    editor_after_byline,
    ended_short,
    join_names,
    join_titles,
    labelled_credit,
    numbered_name,
    ornament_line,
    other_credit,
    split_paragraphs,
    translator_credit,
)
from audiobook.text.readers.narration import (
    draft_notes_left_out,
    without_draft_note_lines,
)
from audiobook.text.readers.webfiction import edge_notes, front_summary, shows_fan_fiction
from audiobook.text.tokens import GIVEN_NAMES

log = logging.getLogger(__name__)

# ---------------------------------------------------------------- numbers

_UNITS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_TEENS = [
    "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
    "eighteen", "nineteen",
]  # fmt: skip
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_ORDINALS = [
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
    "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
    "seventeenth", "eighteenth", "nineteenth", "twentieth",
]  # fmt: skip
_WORD_VALUES = {
    **{w: i for i, w in enumerate(_UNITS, 1)},
    **{w: i for i, w in enumerate(_TEENS, 10)},
    **{w: 10 * i for i, w in enumerate(_TENS, 2)},
    **{w: i for i, w in enumerate(_ORDINALS, 1)},
    "hundred": 100,
}
# Russian ordinals as headings write them: "Глава первая", "Часть вторая", "Том третий".
_RU_STEMS = ["перв", "втор", "трет", "четвёрт", "пят", "шест", "седьм", "восьм", "девят",
             "десят", "одиннадцат", "двенадцат", "тринадцат", "четырнадцат", "пятнадцат",
             "шестнадцат", "семнадцат", "восемнадцат", "девятнадцат", "двадцат"]  # fmt: skip
_RU_ENDINGS = ["ая", "ый", "ой", "ое", "ья", "ий", "ье"]
_RU_ORDINALS = {
    stem + ending: n
    for n, stem in enumerate(_RU_STEMS, 1)
    for ending in _RU_ENDINGS
    for stem in {stem, stem.replace("ё", "е")}
}
_WORD_VALUES.update(_RU_ORDINALS)
# German ordinals come before their keyword ("Erstes Kapitel", "Zweiter Teil").
_DE_STEMS = ["erst", "zweit", "dritt", "viert", "fünft", "sechst", "siebent|siebt", "acht",
             "neunt", "zehnt", "elft", "zwölft", "dreizehnt", "vierzehnt", "fünfzehnt",
             "sechzehnt", "siebzehnt", "achtzehnt", "neunzehnt", "zwanzigst"]  # fmt: skip
_DE_ORDINALS = {
    stem + ending: n
    for n, stems in enumerate(_DE_STEMS, 1)
    for stem in stems.split("|")
    for ending in ("es", "er", "e")
}
# Dutch ordinals come before it too ("EERSTE HOOFDSTUK", "Tweede deel").
_NL_ORDINALS = {
    word: n
    for n, word in enumerate(
        ["eerste", "tweede", "derde", "vierde", "vijfde", "zesde", "zevende", "achtste",
         "negende", "tiende", "elfde", "twaalfde", "dertiende", "veertiende", "vijftiende",
         "zestiende", "zeventiende", "achttiende", "negentiende", "twintigste"], 1)
}  # fmt: skip
# French, Spanish, Portuguese and Italian ordinals follow it ("CHAPITRE PREMIER",
# "CAPÍTULO PRIMERO", "CAPITULO PRIMEIRO", "Capitolo primo", "PARTE PRIMA"), in the
# feminine after "partie", "parte"; capitals and old spellings often drop the accent.
_ROMANCE_ORDINALS = {
    "premier": 1, "première": 1, "deuxième": 2, "troisième": 3, "quatrième": 4,
    "cinquième": 5, "sixième": 6, "septième": 7, "huitième": 8, "neuvième": 9, "dixième": 10,
    "primero": 1, "segundo": 2, "tercero": 3, "cuarto": 4, "quinto": 5, "sexto": 6,
    "séptimo": 7, "septimo": 7, "octavo": 8, "noveno": 9, "décimo": 10,
    "undécimo": 11, "undecimo": 11, "duodécimo": 12, "duodecimo": 12,
    "primera": 1, "segunda": 2, "tercera": 3, "cuarta": 4, "quinta": 5, "sexta": 6,
    "séptima": 7, "septima": 7, "octava": 8, "novena": 9, "décima": 10,
    "primeiro": 1, "terceiro": 3, "sétimo": 7, "setimo": 7, "oitavo": 8,
    "primeira": 1, "terceira": 3, "sétima": 7, "setima": 7, "oitava": 8, "nona": 9,
    "decima": 10,
    "primo": 1, "secondo": 2, "terzo": 3, "quarto": 4, "sesto": 6, "settimo": 7,
    "ottavo": 8, "nono": 9, "decimo": 10,
    "prima": 1, "seconda": 2, "terza": 3, "quarta": 4, "sesta": 6, "settima": 7, "ottava": 8,
    "undicesimo": 11, "dodicesimo": 12, "tredicesimo": 13, "quattordicesimo": 14,
    "quindicesimo": 15, "sedicesimo": 16, "diciassettesimo": 17, "diciottesimo": 18,
    "diciannovesimo": 19, "ventesimo": 20,
}  # fmt: skip
# Polish ordinals follow it too ("ROZDZIAŁ PIERWSZY", "Część druga", "Księga trzecia").
_PL_STEMS = ["pierwsz", "drug", "trzec", "czwart", "piąt", "szóst", "siódm", "ósm", "dziewiąt",
             "dziesiąt", "jedenast", "dwunast", "trzynast", "czternast", "piętnast", "szesnast",
             "siedemnast", "osiemnast", "dziewiętnast", "dwudziest"]  # fmt: skip
_PL_ORDINALS = {
    stem + ending: n
    for n, stem in enumerate(_PL_STEMS, 1)
    for ending in (("i", "ia") if stem == "trzec" else ("i", "a") if stem == "drug" else ("y", "a"))
}
_PL_TEN_STEMS = ["dwudziest", "trzydziest", "czterdziest", "pięćdziesiąt", "sześćdziesiąt",
                 "siedemdziesiąt", "osiemdziesiąt", "dziewięćdziesiąt"]  # fmt: skip
_PL_TENS = {  # "Rozdział dwudziesty pierwszy": the tens and the unit, each an ordinal
    stem + ending: 10 * n for n, stem in enumerate(_PL_TEN_STEMS, 2) for ending in ("y", "a")
}
_PL_ORDINALS.update(_PL_TENS)
# Swedish, Danish, Norwegian, Finnish and Hungarian ordinals come before their keyword as
# German ones do: "FÖRSTA KAPITLET", "Andra kapitlet" (Swedish puts the noun in its
# definite form), "Første Kapitel", "FJERDE KAPITTEL", "Ensimmäinen luku", "ELSŐ FEJEZET";
# "Tjugoförsta kapitlet", "Enogtyvende Kapitel", "Huszonegyedik fejezet" run on to 99.
_SV_UNITS = ["första", "andra", "tredje", "fjärde", "femte", "sjätte", "sjunde", "åttonde",
             "nionde"]  # fmt: skip
_SV_TEENS = ["tionde", "elfte", "tolfte", "trettonde", "fjortonde", "femtonde", "sextonde",
             "sjuttonde", "artonde|adertonde", "nittonde"]  # fmt: skip
_SV_TENS = ["tjugo|tjugu", "trettio", "fyrtio", "femtio", "sextio", "sjuttio", "åttio", "nittio"]
_NB_UNITS = ["første", "annen|andre|annet", "tredje", "fjerde", "femte", "sjette",
             "sjuende|syvende", "åttende", "niende"]  # fmt: skip
_NB_TEENS = ["tiende", "ellevte", "tolvte", "trettende", "fjortende", "femtende", "sekstende",
             "syttende", "attende", "nittende"]  # fmt: skip
_NB_TENS = ["tjue", "tretti", "førti", "femti", "seksti", "sytti", "åtti", "nitti"]
_DA_UNITS = ["første", "anden|andet", "tredje", "fjerde", "femte", "sjette", "syvende", "ottende",
             "niende"]  # fmt: skip
_DA_CARDINALS = ["en", "to", "tre", "fire", "fem", "seks", "syv", "otte", "ni"]
_DA_TENS = ["tyvende", "tredivte|tredievte", "fyrretyvende", "halvtredsindstyvende",
            "tresindstyvende", "halvfjerdsindstyvende", "firsindstyvende",
            "halvfemsindstyvende"]  # fmt: skip
_FI_UNITS = ["ensimmäinen", "toinen", "kolmas", "neljäs", "viides", "kuudes", "seitsemäs",
             "kahdeksas", "yhdeksäs"]  # fmt: skip
_FI_STEMS = ["yhdes", "kahdes", "kolmas", "neljäs", "viides", "kuudes", "seitsemäs", "kahdeksas",
             "yhdeksäs"]  # fmt: skip
_HU_UNITS = ["első", "második", "harmadik", "negyedik", "ötödik", "hatodik", "hetedik",
             "nyolcadik", "kilencedik"]  # fmt: skip
_HU_TENS = [("tized", "tizen"), ("huszad", "huszon"), ("harmincad", "harminc"),
            ("negyvened", "negyven"), ("ötvened", "ötven"), ("hatvanad", "hatvan"),
            ("hetvened", "hetven"), ("nyolcvanad", "nyolcvan"),
            ("kilencvened", "kilencven")]  # fmt: skip


def _ordinals_first() -> dict[str, int]:
    """The ordinals of `_ORDINAL_FIRST`'s northern languages, 1 to 99, a word each."""
    found: dict[str, int] = {}

    def add(value: int, *spellings: str) -> None:
        for spelling in spellings:
            for word in spelling.split("|"):
                found.setdefault(word, value)

    for n, (sv, nb, da, fi, hu) in enumerate(
        zip(_SV_UNITS, _NB_UNITS, _DA_UNITS, _FI_UNITS, _HU_UNITS, strict=True), 1
    ):
        add(n, sv, nb, da, fi, hu)
    for n, (sv, nb) in enumerate(zip(_SV_TEENS, _NB_TEENS, strict=True), 10):  # da as nb
        add(n, sv, nb)
    add(10, "kymmenes")
    for n, stem in enumerate(_FI_STEMS, 11):  # "yhdestoista", "kahdestoista"
        add(n, f"{stem}toista")
    for tens, (whole, joined) in enumerate(_HU_TENS, 1):  # "tizedik", "huszonötödik"
        add(10 * tens, f"{whole}ik")
        for n, unit in enumerate(["egyedik", "kettedik", *_HU_UNITS[2:]], 1):
            add(10 * tens + n, joined + unit)
    for tens, (sv, nb, da, fi) in enumerate(
        zip(_SV_TENS, _NB_TENS, _DA_TENS, _FI_STEMS[1:], strict=True), 2
    ):
        sv_tens = (f"{word}nde" for word in sv.split("|"))  # "tjugonde"
        add(10 * tens, *sv_tens, f"{nb.removesuffix('e')}ende", da)  # "tjuende", "tyvende"
        add(10 * tens, f"{fi}kymmenes")
        units = zip(_SV_UNITS, _NB_UNITS, _DA_CARDINALS, _FI_UNITS, _FI_STEMS, strict=True)
        for n, (sv_unit, nb_unit, da_unit, fi_unit, fi_stem) in enumerate(units, 1):
            add(10 * tens + n, *(word + sv_unit for word in sv.split("|")))
            add(10 * tens + n, *(nb + word for word in nb_unit.split("|")))
            add(10 * tens + n, *(f"{da_unit}og{word}" for word in da.split("|")))
            add(10 * tens + n, f"{fi}kymmenes{fi_unit}", f"{fi}kymmenes{fi_stem}")
    found.pop("", None)
    return found


_NORTH_ORDINALS = _ordinals_first()
# Czech ordinals follow the keyword ("KAPITOLA PRVNÍ", "Kapitola druhá", "Díl třetí"),
# in its gender; from 21 either "dvacátá první" or "jednadvacátá". Romanian ones too:
# "CAPITOLUL ÎNTÂI", "Capitolul al doilea", "Partea a doua".
_CS_STEMS = ["první", "druh", "třetí", "čtvrt", "pát", "šest", "sedm", "osm", "devát", "desát",
             "jedenáct", "dvanáct", "třináct", "čtrnáct", "patnáct", "šestnáct", "sedmnáct",
             "osmnáct", "devatenáct"]  # fmt: skip
_CS_TENS = ["dvacát", "třicát", "čtyřicát", "padesát", "šedesát", "sedmdesát", "osmdesát",
            "devadesát"]  # fmt: skip
_CS_JOINED = ["jedna", "dvaa", "třia", "čtyřia", "pěta", "šesta", "sedma", "osma", "devěta"]


def _cs_forms(stem: str) -> list[str]:
    return [stem] if stem.endswith("í") else [stem + ending for ending in ("ý", "á", "é")]


def _cs_ordinals() -> dict[str, int]:
    """Czech ordinals 1 to 99, in the three genders: "první", "druhá", "dvacátý první"
    (a phrase), "jednadvacátý"."""
    found = {form: n for n, stem in enumerate(_CS_STEMS, 1) for form in _cs_forms(stem)}
    for tens, stem in enumerate(_CS_TENS, 2):
        for ending in ("ý", "á", "é"):
            found[stem + ending] = 10 * tens
            for n, unit in enumerate(_CS_STEMS[:9], 1):
                said = unit if unit.endswith("í") else unit + ending
                found[f"{stem}{ending} {said}"] = 10 * tens + n
                found[f"{_CS_JOINED[n - 1]}{stem}{ending}"] = 10 * tens + n
    return found


_RO_MASCULINE = ["unu", "doi", "trei", "patru", "cinci", "șase", "șapte", "optu", "nouă"]
_RO_FEMININE = ["una", "doua", "treia", "patra", "cincea", "șasea", "șaptea", "opta", "noua"]
_RO_TEENS = ["un", "doi", "trei", "pai", "cinci", "șai", "șapte", "opt", "nouă"]
_RO_TENS = ["douăzeci", "treizeci", "patruzeci", "cincizeci", "șaizeci", "șaptezeci",
            "optzeci", "nouăzeci"]  # fmt: skip


def _ro_ordinals() -> dict[str, int]:
    """Romanian ordinals 1 to 99 as headings write them: "întâi" (old "întîi"), then
    "al doilea" after a masculine keyword ("Capitolul al doilea"), "a doua" after a
    feminine one ("Partea a doua"); "al douăzeci și unulea", "a douăzeci și una"; the
    old cedilla "ş" as well as "ș"."""
    found = {"întâi": 1, "întîi": 1, "dintâi": 1, "dintîi": 1, "al zecelea": 10, "a zecea": 10}
    for n in range(2, 10):
        found[f"al {_RO_MASCULINE[n - 1]}lea"] = n
        found[f"a {_RO_FEMININE[n - 1]}"] = n
    for n, teen in enumerate(_RO_TEENS, 11):
        found[f"al {teen}sprezecelea"] = n
        found[f"a {teen if n != 12 else 'două'}sprezecea"] = n
    for tens, word in enumerate(_RO_TENS, 2):
        found[f"al {word}lea"] = 10 * tens
        found[f"a {word[:-1]}ea"] = 10 * tens
        for n in range(1, 10):
            found[f"al {word} și {_RO_MASCULINE[n - 1]}lea"] = 10 * tens + n
            found[f"a {word} și {_RO_FEMININE[n - 1]}"] = 10 * tens + n
    return found | {key.replace("ș", "ş"): n for key, n in found.items()}


_CS_ORDINALS = _cs_ordinals()
_RO_ORDINALS = _ro_ordinals()
# Ordinals after the keyword in languages of other scripts: Ukrainian "РОЗДІЛ ПЕРШИЙ",
# Bulgarian "Глава първа", Serbian "Глава прва" / "Glava prva" (before it: "Prvo poglavlje"),
# Greek "ΚΕΦΑΛΑΙΟΝ ΠΡΩΤΟΝ" (capitals drop the accent), Arabic "الفصل الأول", Persian
# "فصل اول", Hebrew "פרק ראשון", Armenian "ԳԼՈՒԽ ԱՌԱՋԻՆ", Georgian "თავი პირველი";
# 1 to 12, as a stem and the endings of its genders.
_SCRIPT_ORDINAL_STEMS = {
    "uk": (["перш", "друг", "трет", "четверт", "п'ят|п’ят", "шост", "сьом", "восьм",
            "дев'ят|дев’ят", "десят", "одинадцят", "дванадцят"], ["ий", "а", "е", "ій", "я", "є"]),
    "bg": (["първ", "втор", "трет", "четвърт", "пет", "шест", "седм", "осм", "девет", "десет",
            "единадесет", "дванадесет"], ["а", "и", "о"]),
    "sr": (["прв", "друг", "трећ", "четврт", "пет", "шест", "седм", "осм", "девет", "десет",
            "једанаест", "дванаест"], ["а", "и", "о"]),
    "sh": (["prv", "drug", "treć", "četvrt", "pet", "šest", "sedm", "osm", "devet", "deset",
            "jedanaest", "dvanaest"], ["a", "i", "o"]),
    "el": (["πρώτ|πρωτ", "δεύτερ|δευτερ", "τρίτ|τριτ", "τέταρτ|τεταρτ", "πέμπτ|πεμπτ",
            "έκτ|εκτ", "έβδομ|εβδομ", "όγδο|ογδο", "ένατ|ενατ|έννατ|εννατ", "δέκατ|δεκατ",
            "ενδέκατ|ενδεκατ", "δωδέκατ|δωδεκατ"], ["ο", "ον", "η", "ος"]),
    "ar": (["الأول|الاول|الأولى|الاولى", "الثاني|الثانية", "الثالث|الثالثة", "الرابع|الرابعة",
            "الخامس|الخامسة", "السادس|السادسة", "السابع|السابعة", "الثامن|الثامنة",
            "التاسع|التاسعة", "العاشر|العاشرة", "الحادي عشر", "الثاني عشر"], [""]),
    "fa": (["اول|یکم", "دوم", "سوم", "چهارم", "پنجم", "ششم", "هفتم", "هشتم", "نهم", "دهم",
            "یازدهم", "دوازدهم"], [""]),
    "he": (["ראשון|ראשונה", "שני|שנייה|שניה", "שלישי|שלישית", "רביעי|רביעית", "חמישי|חמישית",
            "שישי|שישית|ששי", "שביעי|שביעית", "שמיני|שמינית", "תשיעי|תשיעית", "עשירי|עשירית"],
           [""]),
    "hy": (["առաջին", "երկրորդ", "երրորդ", "չորրորդ", "հինգերորդ", "վեցերորդ",
            "յոթերորդ|եօթներորդ|յոթներորդ", "ութերորդ", "իններորդ", "տասներորդ"], [""]),
    "ka": (["პირველი", "მეორე", "მესამე", "მეოთხე", "მეხუთე", "მეექვსე", "მეშვიდე", "მერვე",
            "მეცხრე", "მეათე", "მეთერთმეტე", "მეთორმეტე"], [""]),
}  # fmt: skip
_SCRIPT_ORDINALS = {
    stem + ending: n
    for stems, endings in _SCRIPT_ORDINAL_STEMS.values()
    for n, spellings in enumerate(stems, 1)
    for stem in spellings.split("|")
    for ending in endings
}
_WORD_VALUES.update(_DE_ORDINALS)
_WORD_VALUES.update(_NL_ORDINALS)
_WORD_VALUES.update(_ROMANCE_ORDINALS)
_WORD_VALUES.update(_PL_ORDINALS)
_WORD_VALUES.update(_NORTH_ORDINALS)
_WORD_VALUES.update(_CS_ORDINALS)
_WORD_VALUES.update(_RO_ORDINALS)
_WORD_VALUES.update(_SCRIPT_ORDINALS)
_ROMAN = r"(?=[MDCLXVI])M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})"
_SPELLED = (
    rf"(?:(?:{'|'.join(_TENS)})(?:[-\s](?:{'|'.join(_UNITS)}))?"
    rf"|{'|'.join(_TEENS)}|{'|'.join(_UNITS)}|(?:one\s+)?hundred)"
)
_ORDINAL = rf"(?:the\s+)?(?:{'|'.join(_ORDINALS)}|last|final)"
_RU_ORDINAL = "|".join(sorted(_RU_ORDINALS, key=len, reverse=True))
_ROMANCE_ORDINAL = "|".join(sorted(_ROMANCE_ORDINALS, key=len, reverse=True))
_ROMANCE_ORDINAL = rf"(?:d[ée]cim[oa][\s-]+)?(?:{_ROMANCE_ORDINAL})"  # "décimo primeiro": 11
_PL_ORDINAL = "|".join(sorted(_PL_ORDINALS, key=len, reverse=True))
_PL_ORDINAL = rf"(?:(?:{'|'.join(_PL_TENS)})\s+)?(?:{_PL_ORDINAL})"


def _any_of(words: Iterable[str]) -> str:
    """A pattern for any of these words, the longest first, built as a tree of their
    letters: a line is tried against each letter once, not against each of a thousand
    ordinals in turn. A space in a word ("al doilea") is any run of them."""
    tree: dict[str, dict] = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def pattern(node: dict[str, dict]) -> str:
        branches = [
            (r"\s+" if char == " " else re.escape(char)) + pattern(child)
            for char, child in node.items()
            if char
        ]
        if not branches:
            return ""
        if len(branches) == 1 and "" not in node:
            return branches[0]
        return f"(?:{'|'.join(branches)})" + ("?" if "" in node else "")

    return pattern(tree)


_AFTER_ORDINAL = _any_of([*_CS_ORDINALS, *_RO_ORDINALS, *_SCRIPT_ORDINALS])  # "al doilea"
_GREEK_NUMERAL = "[α-ωϛϟϡΑ-ΩϚϞϠ]{1,3}[ʹ΄'’]"
"""A number in Greek letters, as headings write one, marked by its keraia: "Α΄" 1, "ΙΒ΄"
12 (the mark, U+0374 or the tonos U+0384 or an apostrophe, tells it from a word)."""
_GREEK_BARE = "[Α-ΩϚϞϠ]{1,3}[ʹ΄'’]|[α-ωϛϟϡ]{1,3}[ʹ΄]"
"""A Greek book's section number alone on its line ("Α΄", "ΙΒ΄"): the keraia or tonos marks
the letters a number, and a word cut at its last vowel ("απ’", a line of verse's end) has
a small letter and an apostrophe."""
_HEBREW_NUMERAL = (
    "(?=[א-ת])[קרשת]{0,2}[\"״”]?(?:[יכלמנסעפצ]|ט(?=[\"״”]?[וז]))?[\"״”]?[אבגדהוזחט]?[׳'’]?"
)
"""A number in Hebrew letters: hundreds, tens, units in that order ("א" 1, "יב" 12, "טו"
15, "קכ" 120), perhaps with gershayim before its last letter ("י\"ב") or a geresh after
it ("א'"); a word's letters ("זמן") are in no such order."""
_ARMENIAN_NUMERAL = "(?=[Ա-Ֆա-ֆ])[ՃՄՅՆՇՈՉՊՋ]?[ԺԻԼԽԾԿՀՁՂ]?[ԱԲԳԴԵԶԷԸԹ]?"
"""A number in Armenian capitals: "Ա" 1, "ԺԲ" 12 (the keyword makes the letters a number)."""
_NUMBER = (
    rf"(?P<num>\d{{1,4}}|{_ROMAN}|{_SPELLED}|{_ORDINAL}|{_RU_ORDINAL}|{_ROMANCE_ORDINAL}"
    rf"|{_PL_ORDINAL}|{_AFTER_ORDINAL}|{_GREEK_NUMERAL}|{_HEBREW_NUMERAL}|{_ARMENIAN_NUMERAL})"
    r"(?![\w'’])"
)
_SR_ORDINALS = [  # "Prvo poglavlje", "Друго поглавље": the ordinal before its keyword
    stem + "о" if stem[0] in "абвгдђежзијклљмнњопрстћуфхцчџш" else stem + "o"
    for key in ("sr", "sh")
    for spellings in _SCRIPT_ORDINAL_STEMS[key][0]
    for stem in spellings.split("|")
]
_DE_ORDINAL = _any_of([*_DE_ORDINALS, *_NL_ORDINALS, *_NORTH_ORDINALS, *_SR_ORDINALS])

_KEYWORDS = (
    r"chapter|chap\.|part|book|stave|volume|vol\.|act|canto|section|letter|episode|scene|psalm|"
    r"surah|sura|"  # a Qur'an's chapters: "SURAH 96" (Pickthall), "SURA XCVI.--THE CLOT" (Rodwell)
    r"fytte|lesson|unit|module|stasimon|глава|часть|книга|том|действие|письмо|раздел|"
    r"kapitel|teil|buch|abschnitt|chapitre|partie|livre|tome|cap[íi]tulo|parte|libro|capitolo|"
    r"livro|rozdział|część|księga|hoofdstuk|deel|boek"
    r"|kapittel|luku|kapitola|capitolul|bölüm"  # nb, fi, cs, ro, tr (sv, da: "Kapitel")
    r"|část|kniha|díl|hlava|partea|cartea"  # cs, ro
    r"|розділ|частина|част|поглавље|књига|део|poglavlje|glava|knjiga|dio|deo"  # uk, bg, sr, hr
    r"|κεφ[άα]λαιον?|μ[έε]ρος|βιβλ[ίι]ον?|ραψ[ωώ]δ[ίι]α"  # el, grc
    r"|الفصل|الباب|الجزء|فصل|باب|بخش|حکایت|گفتار"  # ar, fa
    r"|פרק|חלק|अध्याय|परिच्छेद|भाग|บทที่|ตอนที่|գլուխ|մաս|თავი|ნაწილი"  # he, hi, th, hy, ka
)
_ORDINAL_FIRST = re.compile(  # "Erstes Kapitel", "3. Kapitel", "II. Buch", "PREMIÈRE PARTIE"
    rf"^(?:(?P<num>{_DE_ORDINAL}|\d{{1,3}}(?=\.)|{_ROMAN}(?=\.))\.?\s+"
    r"(?P<kw>kapitel|buch|teil|abschnitt|hoofdstuk|deel|boek|kapitlet|delen|boken"
    r"|kapittel|bogen|luku|fejezet|rész|könyv|kapitola"  # sv, da, nb, fi, hu, cs ("1. kapitola")
    r"|poglavlje|поглавље"  # sr, hr
    r"|(?<=[^\W\d_] )(?:del|bog|bok|osa|kirja))"  # after a word: "Første del", not "1. Del"
    rf"|(?P<rnum>{_ROMANCE_ORDINAL})\s+(?P<rkw>partie|parte|livre|libro|livro))(?![\w'’])(?P<after>.*)$",
    re.IGNORECASE,
)
_LABELLED = re.compile(
    rf"^(?P<kw>{_KEYWORDS}|§(?=\s*\d))\s*(?:(?<=[\s.§])|(?<=ที่)){_NUMBER}(?P<after>.*)$",
    re.IGNORECASE,
)
"""A heading's keyword and number: "CHAPTER IV", "Book the First"; a treatise's "§ 2."
(Kant's Prolegomena is parted into sections by them alone), of the family "section"."""
_ENGLISH_ORDINAL_FIRST = re.compile(
    rf"^(?:(?i:the)\s+)?(?P<num>(?i:{'|'.join(_ORDINALS)}|last|final))\s+"
    r"(?P<kw>(?i:book|act|part|chapter|scene|volume|canto|episode|stasimon))(?![\w'’])"
    r"(?P<after>.*)$"
)
"""An English heading with its ordinal first, as plays and old books print them: "THE
FIRST ACT", "Second Act", "THE SECOND BOOK", "The First Book of Moses: Called
Genesis", a Greek play's "FIRST EPISODE" and "SECOND STASIMON". The ordinal is
capitalised ("The first act." is a sentence)."""
_NAMED = re.compile(
    rf"^(?P<kw>prologue|prelude|(?:(?:first|second|third|final)\s+)?epilogue"
    rf"|(?-i:The\s+Book\s+of\s+[A-Z][a-z]+|THE\s+BOOK\s+OF\s+[A-Z]+|THE\s+PSALMS|The\s+Psalms)"
    rf"|prologos|parodos|stasimon|exodos|glossary"
    rf"|(?:(?:editor|translator|author)['’]?s\s+)?(?:introduction|preface|foreword)"
    rf"|(?:editor|translator)['’]?s\s+note|afterword|interlude"
    rf"|conclusion|postscript|author['’]s\s+note|index|bibliography"
    rf"|acknowledge?ments|about\s+the\s+author"
    rf"|list\s+of\s+(?:illustrations|plates|maps)"
    rf"|пролог|эпилог|предисловие|введение|послесловие|заключение|вступление|от\s+автора"
    rf"|vorwort|einleitung|nachwort|geleitwort|schlusswort|prolog|epilog"  # de (pl: prolog)
    rf"|préface|avant-propos|postface|épilogue|prólogo|introducción|epílogo|prefacio"
    rf"|prefazione|introduzione|prologo|epilogo|prefácio|introdução"
    rf"|voorwoord|inleiding|nawoord|proloog|epiloog|przedmowa|wstęp|posłowie"
    rf"|appendix(?:\s+(?:[A-Z]|{_ROMAN}|\d{{1,2}}))?)"
    rf"(?![\w'’])(?P<after>.*)$",
    re.IGNORECASE,
)
_BARE = re.compile(rf"^(?P<num>\d{{1,3}}|{_ROMAN}|{_GREEK_BARE})\.?$")
_BARE_WORD = re.compile(rf"^(?P<num>{_SPELLED})\.?$", re.IGNORECASE)  # "ONE", "Twenty-One"
_DECORATED = re.compile(r"^(?P<mark>[—–~*•·=-]{1,3})\s*(?P<inner>[^\s—–~*•·=-][^—–~*•·=]*?)"
                        r"\s*(?P=mark)$")  # "— 1 —", "~ TWO ~", "* 3 *"
_AFTER = re.compile(r"^\s*(?P<sep>[.:;,)\]—–-]+)?\s*(?P<rest>.*?)\s*$")
_PAGE_LABEL = re.compile(  # a column head
    r"^(?:pages?|págs?|seiten?|s|bladz|blz|sid)\.?$", re.IGNORECASE
)
_CONTENTS = re.compile(
    r"^(?:(?:table\s+of\s+|the\s+)?contents(?:\s+(?:of|to)\s+(?:the\s+)?(?:vol\.|volume)\s*"
    r"(?:[ivxlc]+|\d{1,2})|\s+of\s+the\s+(?:first|second|third|fourth|fifth)\s+volume)?"
    r"|inhalt(?:sverzeichnis)?|table(?:\s+des\s+matières)?|sommaire"
    r"|inhoud(?:sopgave)?|innehåll(?:sförteckning)?|indhold(?:sfortegnelse)?"
    r"|innhold(?:sfortegnelse)?|índice|indice|sommario|sum[aá]rio|summario|obsah"
    r"|tartalom(?:jegyzék)?|sisällys(?:luettelo)?|sisältö|ainehisto|spis\s+(?:treści|rzeczy)"
    r"|оглавление|содержание|目錄|目录|目次"
    r"|зміст|съдържание|садржај|sadržaj|περιεχ[όο]μενα|الفهرس|فهرس(?:\s+(?:الكتاب|المحتويات))?|المحتويات|فهرست|תוכן(?:\s+העניינים)?"
    r"|अनुक्रम(?:णिका)?|विषय-सूची|विषय\s+सूची|목차|차례|สารบัญ|բովանդակություն|სარჩევი"
    r")[.:：]?$",
    re.IGNORECASE,
)
"""A contents list's label, in the languages a book's own is printed in: a French book's
is "TABLE" (or "TABLE DES MATIÈRES"), at its end, a Dutch one's "INHOUD", a Czech one's
"OBSAH", a Hungarian one's "TARTALOM" (often at the back), an old Portuguese one's
"SUMMARIO", a Finnish one's "SISÄLLYS:", "SISÄLTÖ:" or "AINEHISTO:" (with its colon); a label counts
only over entries."""
_PAGE_MARK = r"(?:S\.\s?|[Pp]ag\.\s?)?"
"""The "S." (Seite) a German contents list prints before each page ("Vorrede . . . S. III"),
the "Pag." (pagina) an Italian one prints ("… come un bambino.   Pag.  5")."""
_LEADERED = re.compile(
    rf"\S\s*(?:[.·…_]{{4,}}|(?:[.·…_] ){{3,}}[.·…_]?)\s*"
    rf"{_PAGE_MARK}(?:\d{{1,4}}|[ivxlcdm]{{1,7}})$",
    re.IGNORECASE,
)
"""A contents entry's dot leaders and page number: never a section's heading. Leaders
may be spaced (". . . . 1", as Word's, InDesign's and LaTeX's PDFs give them)."""
_PAGE_REF = re.compile(
    rf"(?:\s*(?:[.·…_]{{2,}}|(?:[.·…_] ){{2,}}[.·…_]?)\s*|\s+)"
    rf"{_PAGE_MARK}(?:\d{{1,4}}|[ivxlcdm]{{1,7}})$",
    re.IGNORECASE,
)
_DOTTED_PAGE = re.compile(r"\s+\d{1,4}\.$")
"""A page number with a stop after it, as a Dutch contents list prints it ("AFSCHEID   17.")."""
_SENTENCE_END = tuple(".,;:!?…\"”’'—–-")
MAX_HEADING_CHARS = 100
MAX_TITLE_WORDS = 12
WIDE_GAP = 3
"""Blank lines that part a plain-text book's sections (Project Gutenberg sets four
before a chapter); a contents list's entries are never that far apart."""


@dataclass(frozen=True)
class Heading:
    """A heading line: its text as written, its numbering family and number."""

    text: str
    family: str
    number: int | str
    has_title: bool

    @property
    def key(self) -> tuple[str, int | str]:
        return (self.family, self.number)


_PREMISES_FAMILIES = frozenset({"unit", "module"})
"""A course's headings ("UNIT 7", "Module 2: Listening") that are also the words of
an address ("Unit 4, Canal Side Trading Estate, Leeds LS10 1AB", "Module 3, Enterprise
Park"): with a comma after the number, the line is the address."""


def parse_heading(line: str) -> Heading | None:
    """The heading on a line that holds nothing else, or None."""
    line = " ".join(line.split())
    if not line or len(line) > MAX_HEADING_CHARS:
        return None
    decorated = _DECORATED.match(line)
    inner = decorated["inner"] if decorated else line
    if match := _BARE.match(inner):
        return Heading(line, "bare", _number(match["num"]), has_title=False)
    if decorated:
        return None
    if chinese := _chinese_heading(line):
        return chinese
    match = (
        _LABELLED.match(line) or _NAMED.match(line) or _ORDINAL_FIRST.match(line)
        or _ordinal_first(line)
    )  # fmt: skip
    if not match:
        return None
    after = _AFTER.match(match["after"])
    assert after is not None  # the pattern matches any text
    rest, separated = after["rest"], bool(after["sep"])
    said = (rest.strip("_") or rest) if rest.startswith("_") else rest  # "§ 1. _Of …_"
    if rest and not _is_heading_title(said, separated) and not (
        match.re is _ENGLISH_ORDINAL_FIRST and _is_of_title(rest)
    ):
        return None
    groups = match.groupdict()
    keyword = (groups.get("kw") or groups["rkw"]).lower().rstrip(".")
    family = _FAMILIES.get(keyword, keyword)
    if family in _PREMISES_FAMILIES and "," in (after["sep"] or ""):
        return None  # "Unit 4, Canal Side Trading Estate, Leeds": an address
    if number := groups.get("num") or groups.get("rnum"):
        return Heading(line, family, _number(number), has_title=bool(rest))
    return Heading(line, " ".join(family.split()), 0, has_title=bool(rest))


_ZH_DIGITS = "〇○零一二三四五六七八九十百千两兩壹贰貳叁參肆伍陆陸柒捌玖拾佰"
"""Chinese numerals; ○ (a white circle) is the zero of many e-texts: Project Gutenberg's
西遊記 numbers its tenth chapter 第一○回 and its last 第一○○回."""
_ZH_NUMBER = rf"[{_ZH_DIGITS}]{{1,6}}|\d{{1,4}}|[０-９]{{1,4}}"
_ZH_HEADING = re.compile(
    rf"^(?:第\s?(?P<num>{_ZH_NUMBER})\s?(?P<kw>[章回卷節节部篇集幕折])"
    rf"|(?P<vkw>卷)之?(?P<vnum>[{_ZH_DIGITS}]{{1,4}})"
    r"|(?P<named>楔子|序章|序言|序|自序|代序|前言|引子|引言|尾聲|尾声|後記|后记|跋|終章|终章|番外))"
    r"(?P<after>.*)$"
)
"""A Chinese heading: "第一章", "第1章", a classical novel's "第十二回" with its couplet title
("第一回　宴桃園豪傑三結義　斬黃巾英雄首立功"), "第一卷" or "卷一", "第三節", "第二部", and
the named parts: 楔子 (the wedge, a novel's prologue), 序/序言/前言/引子, 尾聲, 後記."""
_ZH_FAMILIES = {"章": "chapter", "回": "chapter", "卷": "volume", "節": "section",
                "节": "section", "部": "part", "篇": "part", "集": "volume", "幕": "act",
                "折": "act"}  # fmt: skip
_ZH_VALUES = {c: i for i, c in enumerate("零一二三四五六七八九")} | {
    "〇": 0, "○": 0, "两": 2, "兩": 2, "壹": 1, "贰": 2, "貳": 2, "叁": 3, "參": 3,
    "肆": 4, "伍": 5, "陆": 6, "陸": 6, "柒": 7, "捌": 8, "玖": 9,
}  # fmt: skip
_ZH_UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000}
_ZH_PROSE_AFTER = re.compile(r"^[的了是在和与與中里裡上下次个個天年位名句]|[，。！？；,.!?;]")
"""The words after "第一章" that make it a sentence ("第3章的稿子…", "第一部手机是…"), not
a heading's title: a particle or measure word glued to it, or a clause's mark anywhere."""
_ZH_COUPLET = re.compile(r"^[^，。！？；,.!?;\s]{3,12}[，,][^，。！？；,.!?;\s]{3,12}$")
"""A classic's couplet title with a comma between its halves, as many e-texts of 三國演義
write it ("第一回：宴桃園豪傑三結義，斬黃巾英雄首立功"): two short halves and no other mark,
where a sentence has more."""
_ZH_NAMED_ORDINAL = re.compile(
    rf"^(?P<name>[\u3400-\u9fff]{{1,6}})第(?P<num>[{'〇○零一二三四五六七八九十百'}]{{1,4}})$"
)
"""A classic's book named by its opening words and numbered after them: the Analects'
"學而第一", "為政第二", Zhuangzi's "逍遙遊第一"."""
_ZH_NOT_NAME = re.compile("[的了是在得着著把被他她我你們们]")
"""Words no book's name holds, and a sentence ending in 第一 does ("他考了第一")."""
_ZH_BARE = re.compile(r"^(?:[二三四五六七八九]?十[一二三四五六七八九]?|[一二三四五六七八九])$")
"""A section numbered by a Chinese numeral alone on its line, as 鲁迅's 狂人日记 numbers
its thirteen entries 一 … 十三."""


def _chinese_number(text: str) -> int:
    """The value of a Chinese numeral ("十二" 12, "一百零八" 108, "二〇" 20) or of digits."""
    text = text.translate({c: ord("0") + i for i, c in enumerate(range(0xFF10, 0xFF1A))})
    if text.isdigit():
        return int(text)
    if not any(c in _ZH_UNITS for c in text):  # "一二〇": digit by digit
        return int("".join(str(_ZH_VALUES.get(c, 0)) for c in text))
    total = digit = 0
    for c in text:
        if c in _ZH_UNITS:
            total += (digit or 1) * _ZH_UNITS[c]
            digit = 0
        else:
            digit = _ZH_VALUES.get(c, 0)
    return total + digit


def _chinese_heading(line: str) -> Heading | None:
    """`_ZH_HEADING` on a line, with a title that is no sentence's rest (`_ZH_PROSE_AFTER`),
    short, and set apart by a space (an ideographic one too) or a colon: glued to the
    keyword, the words go on a sentence, since 部, 集, 篇 and 回 are measure words too."""
    if _ZH_BARE.match(line):
        return Heading(line, "bare", _chinese_number(line), has_title=False)
    if (named := _ZH_NAMED_ORDINAL.match(line)) and not _ZH_NOT_NAME.search(named["name"]):
        return Heading(line, "chapter", _chinese_number(named["num"]), has_title=True)
    match = _ZH_HEADING.match(line)
    if not match:
        return None
    after = match["after"]
    rest = after.strip(" ：:·.、．-—")
    separated = rest != after
    prose = _ZH_PROSE_AFTER.search(rest) and not _ZH_COUPLET.match(rest)
    if rest and (prose or len(rest) > 40 or not separated):
        return None  # "第一部手机是诺基亚", "第三回合他赢了", "序幕拉开": prose
    if match["named"]:
        return Heading(line, match["named"], 0, has_title=bool(rest))
    keyword, number = match["kw"] or match["vkw"], match["num"] or match["vnum"]
    return Heading(line, _ZH_FAMILIES[keyword], _chinese_number(number), has_title=bool(rest))


def _ordinal_first(line: str) -> re.Match[str] | None:
    """`_ENGLISH_ORDINAL_FIRST`, when its ordinal is capitalised; or a Korean heading
    (`_KO_HEADING`)."""
    match = _ENGLISH_ORDINAL_FIRST.match(line)
    return match if match and match["num"][0].isupper() else _KO_HEADING.match(line)


_KO_HEADING = re.compile(r"^제\s?(?P<num>\d{1,3})\s?(?P<kw>[장부편권막])(?!\w)(?P<after>.*)$")
"""A Korean heading, its number between 제 and its counter: "제1장" (chapter 1), "제 2 부"
(part 2), "제3권" (volume 3)."""


def _is_of_title(rest: str) -> bool:
    """The words after "The First Book": "of Moses: Called Genesis", a title-cased name
    of what the book is of (no sentence: "The First Book of the series was lost." is
    not title-cased)."""
    words = rest.split(maxsplit=1)
    return len(words) == 2 and words[0] == "of" and _is_heading_title(words[1], separated=True)


_ROMANCE_OF = frozenset({"de", "del", "della", "dello", "dei", "degli", "des", "du", "do", "da",
                         "dos", "das", "d'"})


def _is_romance_of_title(rest: str) -> bool:
    """The words after "Primera parte", "Seconde partie", "Libro primo": "del ingenioso
    hidalgo don Quijote de la Mancha", what the part is of, in the sentence case these
    languages title with (no sentence: no stop inside, none of a clause's marks at the
    end)."""
    words = rest.split()
    return (
        1 < len(words) <= MAX_TITLE_WORDS and words[0].casefold() in _ROMANCE_OF
        and not _NOTE_SENTENCES.search(rest) and not re.search(r"[.!?;:,]\s", rest)
        and not rest.endswith((",", ";", ":"))
    )  # fmt: skip


def _part_titles(blocks: list[_Block]) -> None:
    """A part's title in the sentence case Spanish, French or Italian title with, on its
    own line right over the part's first chapter: Don Quijote's "Primera parte del
    ingenioso hidalgo don Quijote de la Mancha" over "Capítulo primero. …". It is a
    heading (the part starts there), said with the chapter's, not a line read at the end
    of the chapter before. Only over a heading: the same line in a contents list, or
    among prose, is read as it is."""
    for at, block in enumerate(blocks[:-1]):
        if block.role != "body" or len(block.lines) != 1 or blocks[at + 1].role != "heading":
            continue
        line = " ".join(block.lines[0].split())
        match = _ORDINAL_FIRST.match(line)
        if not match or not match["rkw"] or not _is_romance_of_title(match["after"].strip()):
            continue
        family = _FAMILIES[match["rkw"].lower()]
        block.heading = Heading(line, family, _number(match["rnum"]), has_title=True)
        block.role, block.title = "heading", clean_title(line)


_FAMILIES = {
    "chap": "chapter", "vol": "volume", "sura": "surah", "глава": "chapter", "том": "volume",
    "kapitel": "chapter", "chapitre": "chapter", "capítulo": "chapter", "capitulo": "chapter",
    "capitolo": "chapter", "teil": "part", "partie": "part", "parte": "part", "buch": "book",
    "livre": "book", "libro": "book", "tome": "volume", "livro": "book", "rozdział": "chapter",
    "część": "part", "księga": "book", "hoofdstuk": "chapter", "deel": "part", "boek": "book",
    "kapittel": "chapter", "luku": "chapter", "kapitola": "chapter", "capitolul": "chapter",
    "bölüm": "chapter", "§": "section", "kapitlet": "chapter", "fejezet": "chapter",
    "hlava": "chapter", "delen": "part", "del": "part", "osa": "part", "rész": "part",
    "část": "part", "díl": "part", "partea": "part", "boken": "book", "bogen": "book",
    "bog": "book", "bok": "book", "kirja": "book", "könyv": "book", "kniha": "book",
    "cartea": "book",
    "розділ": "chapter", "частина": "part", "част": "part", "поглавље": "chapter",
    "књига": "book", "део": "part", "poglavlje": "chapter", "glava": "chapter",
    "knjiga": "book", "dio": "part", "deo": "part", "κεφάλαιο": "chapter",
    "κεφαλαιο": "chapter", "κεφάλαιον": "chapter", "κεφαλαιον": "chapter", "μέρος": "part",
    "μερος": "part", "βιβλίο": "book", "βιβλιο": "book", "βιβλίον": "book", "βιβλιον": "book",
    "ραψωδία": "book", "ραψωδια": "book", "ραψώδια": "book", "الفصل": "chapter",
    "فصل": "chapter", "الباب": "chapter", "باب": "chapter", "الجزء": "part", "بخش": "part",
    "פרק": "chapter", "חלק": "part", "अध्याय": "chapter", "परिच्छेद": "chapter", "भाग": "part",
    "บทที่": "chapter", "ตอนที่": "chapter", "գլուխ": "chapter", "մաս": "part",
    "თავი": "chapter", "ნაწილი": "part", "장": "chapter", "부": "part", "편": "part",
    "권": "volume", "막": "act",
}  # fmt: skip
"""Keywords of one numbering family in other languages ("Kapitel", "chapitre")."""


_NOTE_SENTENCES = re.compile(r"[a-z]{3}[.!?][\"'”’)]?\s+[\"“‘(]?[A-Z]")
"""A sentence's end and the next one's start, after a word of three lower-case letters
(so "Mr. Smith" goes on): two sentences are a note's, never a heading's title."""


def _is_heading_title(rest: str, separated: bool) -> bool:
    """The words after "Chapter 12": a title, not the rest of a sentence, nor a note's
    sentences ("Author's Note: This book has stat blocks. Enjoy them.")."""
    words = rest.split()
    if len(words) >= 6 and _NOTE_SENTENCES.search(rest):
        return False
    if _is_uncased(rest[0]):
        return _is_uncased_title(rest)
    if separated and len(words) > 1 and words[0] in _SMALL:  # "Book the Second--the Golden Thread"
        return len(words) <= MAX_TITLE_WORDS and _is_title_case(" ".join(words[1:]))
    if len(words) > MAX_TITLE_WORDS or not (rest[0].isupper() or rest[0].isdigit()):
        return separated and len(words) <= MAX_TITLE_WORDS and rest[0] in "\"'“‘(["
    return separated or _is_shouted(rest) or _is_title_case(rest)


MAX_UNCASED_TITLE_WORDS = 8


def _is_uncased(char: str) -> bool:
    """A letter of a script without capitals (Arabic, Hebrew, Devanagari, Thai, Georgian,
    Hangul): case cannot tell a title there."""
    return char.isalpha() and not char.isupper() and not char.islower()


def _is_uncased_title(rest: str) -> bool:
    """The words after "الفصل الأول", "פרק א", "제1장" or "अध्याय १" in a script without
    capitals, where case cannot tell a title from a sentence's rest: short, and with no
    sentence's mark inside nor at its end ("الفصل الأول من الكتاب يروي …، ثم …" is prose;
    so is 鲁迅's "没有吃过人的孩子，或者还有？" under his entry "十三")."""
    return len(rest.split()) <= MAX_UNCASED_TITLE_WORDS and not re.search(
        r"[.!?،,;:؛؟।॥。]\s|[.!?،,;؛؟।॥。？！；，、…]$", rest
    )


def _number(text: str) -> int | str:
    text = " ".join(text.lower().replace("-", " ").split()).removeprefix("the ")
    if text in _WORD_VALUES:  # a phrase: Romanian "al doilea"
        return _WORD_VALUES[text]
    if text.isdigit():  # Arabic-Indic, Persian, Devanagari and Thai digits too
        return int(text)
    if value := _letters_value(text):
        return value
    if re.fullmatch(r"[mdclxvi]+", text):
        return _roman_value(text.upper())
    words = text.split()
    if all(w in _WORD_VALUES for w in words):
        return sum(_WORD_VALUES[w] for w in words) if words[-1] != "hundred" else 100
    return text


_LETTER_VALUES = {
    **dict(zip("αβγδεϛζηθικλμνξοπϟρστυφχψωϡ", [*range(1, 10), *range(10, 100, 10),
                                               *range(100, 1000, 100)], strict=True)),
    "ς": 200, "ϝ": 6,
    **dict(zip("אבגדהוזחטיכלמנסעפצקרשת", [*range(1, 10), *range(10, 100, 10),
                                          *range(100, 500, 100)], strict=True)),
    **dict(zip("աբգդեզէըթժիլխծկհձղճմյնշոչպջ", [*range(1, 10), *range(10, 100, 10),
                                                *range(100, 1000, 100)], strict=True)),
}  # fmt: skip
"""The values of the Greek, Hebrew and Armenian letters that write numbers."""


def _letters_value(text: str) -> int:
    """The value of a number in Greek, Hebrew or Armenian letters ("α΄" 1, "יב" 12, "ժբ"
    12), their marks (keraia, geresh, gershayim) left aside; 0 for anything else."""
    letters = text.rstrip("ʹ΄'’׳").replace('"', "").replace("״", "").replace("”", "")
    if not letters or not all(c in _LETTER_VALUES for c in letters):
        return 0
    return sum(_LETTER_VALUES[c] for c in letters)


def _roman_value(text: str) -> int:
    values = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    total = 0
    for char, following in zip(text, [*text[1:], ""], strict=True):
        value = values[char]
        total += -value if following and values[following] > value else value
    return total


def _is_shouted(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def _is_title_case(text: str) -> bool:
    significant = [w for w in re.findall(r"[^\W\d_][\w'’-]*", text) if len(w) > 3]
    if not significant:
        return text[:1].isupper()
    return sum(w[0].isupper() for w in significant) * 2 >= len(significant)


def _is_title_line(line: str, *, attached: bool) -> bool:
    """A chapter title on its own line after a bare heading ("CHAPTER 3" / "The Title").

    `attached` (same block as the heading) allows a closing period in a title-cased line;
    a title in a block of its own must not end like a sentence, so that a chapter's
    one-line first paragraph is not taken for its title.
    """
    words = line.split()
    if not words or len(words) > MAX_TITLE_WORDS or parse_heading(line):
        return False
    if _is_uncased(line[0]):  # "अध्याय १" / "ईदगाह"
        return _is_uncased_title(line)
    if not (line[0].isupper() or line[0].isdigit()):
        return False
    if _is_shouted(line):
        return True
    if attached:
        return _is_title_case(line)
    return not _TRAILING_MARK.sub("", line).endswith(_SENTENCE_END)


_TRAILING_MARK = re.compile(r"(?:\[\w{1,3}\]|[⁰¹²³⁴⁵⁶⁷⁸⁹*†‡])+\s*$")
"""A note mark after a sentence's stop ("… Сад молчал.¹", "… in 1642.[1]")."""


# ---------------------------------------------------------------- Gutenberg

_PG_START = re.compile(
    r"^[ \t]*(?:\*{3}[ \t]*START OF (?:THE|THIS) PROJECT GUTENBERG E-?BOOK[^\n]*"
    r"|\*END\*THE SMALL PRINT[^\n]*)$",
    re.IGNORECASE | re.MULTILINE,
)
_PG_END = re.compile(
    r"^[ \t]*(?:\*{3}[ \t]*END OF (?:THE|THIS) PROJECT GUTENBERG E-?BOOK"
    r"|End of (?:the )?Project Gutenberg(?:'s)?\b)",
    re.IGNORECASE | re.MULTILINE,
)
_PG_FIELD = re.compile(r"^(Title|Author|Editor|Translator|Language):[ \t]*(.*)$", re.MULTILINE)
_PG_CREDITS = re.compile(
    r"^(?:produced by|e-?text prepared by|transcribed (?:from|by)|this e-?(?:book|text) was "
    r"(?:produced|prepared)|prepared by)\b",
    re.IGNORECASE,
)
_LANGUAGES = {
    "english": "en", "french": "fr", "german": "de", "spanish": "es", "italian": "it",
    "portuguese": "pt", "dutch": "nl", "danish": "da", "swedish": "sv", "norwegian": "nb",
    "finnish": "fi", "latin": "la", "polish": "pl", "russian": "ru", "catalan": "ca",
    "czech": "cs", "hungarian": "hu", "romanian": "ro", "turkish": "tr", "greek": "el",
    "esperanto": "eo", "welsh": "cy", "icelandic": "is", "hebrew": "he", "chinese": "zh",
    "japanese": "ja", "korean": "ko", "ukrainian": "uk", "bulgarian": "bg", "serbian": "sr",
    "croatian": "hr", "slovak": "sk", "slovenian": "sl", "estonian": "et", "latvian": "lv",
    "lithuanian": "lt", "irish": "ga", "afrikaans": "af", "tagalog": "tl", "arabic": "ar",
    "galician": "gl", "basque": "eu", "frisian": "fy", "bokmål": "nb", "nynorsk": "nn",
    "persian": "fa", "farsi": "fa", "urdu": "ur", "armenian": "hy", "georgian": "ka",
    "amharic": "am", "tigrinya": "ti", "bengali": "bn", "hindi": "hi", "marathi": "mr",
    "nepali": "ne", "gujarati": "gu", "punjabi": "pa", "panjabi": "pa", "oriya": "or",
    "odia": "or", "assamese": "as", "tamil": "ta", "telugu": "te", "kannada": "kn",
    "malayalam": "ml", "sinhala": "si", "sinhalese": "si", "thai": "th", "lao": "lo",
    "khmer": "km", "burmese": "my", "tibetan": "bo", "macedonian": "mk", "belarusian": "be",
    "bosnian": "bs", "slovene": "sl", "albanian": "sq", "maltese": "mt", "vietnamese": "vi",
    "indonesian": "id", "malay": "ms", "swahili": "sw", "kazakh": "kk", "azerbaijani": "az",
    "uzbek": "uz", "luxembourgish": "lb",
}  # fmt: skip
"""Project Gutenberg's "Language:" names (written Norwegian is Bokmål, `nb`, the code our
voices and number words go by). A name with a qualifier after a comma is the language
it qualifies ("Greek, Ancient (to 1453)": read by the Greek voice, as its script would
say; "English, Middle (1100-1500)": English). Not listed, so that the text's script
decides: a language with no voice of its own whose script's voice reads it best
(Yiddish, by the Hebrew voice; Sanskrit, by the Hindi one; Mongolian, by the Russian)."""


def strip_gutenberg(text: str) -> tuple[str, dict[str, str], tuple[Omission, ...]]:
    """The book's own text without Project Gutenberg's header and licence, the
    Title/Author/Language fields of the header, and both as left out (so `plan` lists
    them, as it lists other libraries' headers)."""
    fields: dict[str, str] = {}
    omitted: list[Omission] = []
    start = _PG_START.search(text)
    if start:
        header = text[: start.start()]
        for match in _PG_FIELD.finditer(header):
            field = match.group(1).lower()
            names = [match.group(2).strip()]
            # a long title continues on indented lines; a name field lists one a line
            following = header[match.end() :].split("\n")[1:]
            previous = match.group(0)
            for line in following:
                if not line.startswith((" ", "\t")) or not line.strip():
                    break
                joint = _continued(previous, line.strip())
                if joint == ": " and field in ("author", "editor", "translator") and names[0]:
                    names.append(line.strip())  # "Author: Alexandre Dumas" / "Auguste Maquet"
                else:
                    names[-1] += joint + line.strip()
                previous = line
            names = [" ".join(name.split()) for name in names]
            if value := join_names(names) or "":
                fields[field] = value
            if len(names) > 1:
                fields[f"{field}s"] = "\n".join(names)
        header = text[: start.end()]
        text = text[start.end() :]
        log.info("left out the Project Gutenberg header")
    end = _PG_END.search(text)
    licence = ""
    if end:
        text, licence = text[: end.start()], text[end.start() :]
        log.info("left out the Project Gutenberg licence")
    if start:  # a "Produced by …" credit under the header; the gaps between blocks stay
        text = text.strip("\n")
        while (first := re.match(r"(.*?)(?:\n[ \t]*\n(?:[ \t]*\n)*|\Z)", text, re.DOTALL)) and (
            first.group(1) and _PG_CREDITS.match(first.group(1).strip())
        ):
            header += "\n" + first.group(1)
            text = text[first.end() :]
        text, notes = _without_library_notes(text)
        header += notes
        omitted.append(_library_left_out("Project Gutenberg's header", header))
    if licence:
        omitted.append(_library_left_out("Project Gutenberg's licence", licence))
    if "language" in fields:
        code = _pg_language(fields["language"])
        if code:
            fields["language"] = code
        else:
            del fields["language"]
    return text, fields, tuple(omitted)


def _pg_language(name: str) -> str | None:
    """The code of a Project Gutenberg "Language:" name: "Persian", "Greek, Ancient (to
    1453)", "English, Middle (1100-1500)"; the first of several ("English and French");
    None for a name we do not know, whose language is then found in the text."""
    name = re.sub(r"\s*\(.*", "", name).strip().lower()
    first = re.split(r"[\s,;/]+", name, maxsplit=1)[0]
    return _LANGUAGES.get(name) or _LANGUAGES.get(first)


_PG_NOTE = re.compile(
    r"\bProject\s+Gutenberg\s+(?:e-?text|e-?book)s?\s*(?:#|No\.?\s*)\d+", re.IGNORECASE
)
"""Project Gutenberg's note pointing at its other edition of the book ("Also see Project
Gutenberg Etext #1228 for the First Edition.")."""
_EDITION_NOTE = re.compile(
    r"^(?:the|this)\b[^\n.]{0,40}\bedition\s+(?:is|was|are|were)\b[^\n]*[.!]$", re.IGNORECASE
)
"""The library's word on which edition this is ("The 6th Edition is often considered the
definitive edition."): a sentence about the edition, not a title page's "Sixth London
Edition, with all Additions and Corrections."."""
MAX_NOTE_LINES = 3
FRONT_PARAGRAPHS = 15


def _without_library_notes(text: str) -> tuple[str, str]:
    """The text without Project Gutenberg's editorial note in the book's front, as early
    etexts add it under the title page (Darwin's "Origin": "The 6th Edition is often
    considered the definitive edition." / "Also see Project Gutenberg Etext #1228 for
    the First Edition."): a short paragraph naming another of the library's etexts by
    number, with the sentences about the edition right before or after it. Only the
    front is searched, its short paragraphs up to the first long one (an epigraph, a
    preface): the book's own text may name an edition. Returns the text and the note."""
    pieces = re.split(r"(\n[ \t]*\n(?:[ \t]*\n)*)", text)
    paragraphs = list(range(0, len(pieces), 2))[:FRONT_PARAGRAPHS]
    front: list[int] = []
    for at in paragraphs:
        if len(pieces[at].strip().split("\n")) > MAX_NOTE_LINES:
            break
        front.append(at)
    notes = {at for at in front if _PG_NOTE.search(pieces[at])}
    for at in sorted(notes):
        for step in (-2, 2):
            near = at + step
            while near in front and _EDITION_NOTE.match(" ".join(pieces[near].split())):
                notes.add(near)
                near += step
    if not notes:
        return text, ""
    said = "\n".join(pieces[at].strip() for at in sorted(notes))
    for at in sorted(notes, reverse=True):  # the paragraph and the gap after it
        del pieces[at : at + 2]
    log.info("left out Project Gutenberg's note in the front matter")
    return "".join(pieces), "\n" + said


def _library_left_out(what: str, text: str) -> Omission:
    """A library's page around the book, as `plan` lists it: its lines, without blanks."""
    lines = (line.strip() for line in text.splitlines())
    return Omission(what, "the library's, not the book's", "\n".join(x for x in lines if x))


def _continued(previous: str, line: str) -> str:
    """How a header field's indented next line joins the one above it: a subtitle
    ("Title: Ivanhoe" over "A Romance") after a colon, as catalogues print it; a long
    value wrapped at the margin, or broken after "of" or a comma, with a space."""
    words = previous.rstrip().split()
    last = words[-1] if words else ""
    wrapped = len(previous.rstrip()) >= 60 or last.lower() in _SMALL or last[-1:] in ",:;-—–("
    return " " if wrapped or not line[:1].isupper() else ": "


# ---------------------------------------------------------------- other libraries

_PGA_MARK = re.compile(
    r"^[ \t]*\**[ \t]*(?:A )?Project Gutenberg (?:of )?Australia(?: e-?Book)?[ \t]*\**[ \t]*$",
    re.IGNORECASE,
)
_PGA_HEADER_END = re.compile(
    r"^[ \t]*(?:To contact Project Gutenberg (?:of )?Australia\b.*"
    r"|.*\bgutenberg\.net\.au/licen[cs]e\.html.*)$",
    re.IGNORECASE,
)
_PGA_FOOTER = re.compile(
    r"^[ \t]*(?:This site is full of FREE ebooks\b.*|GO TO Project Gutenberg (?:of )?Australia"
    r" HOME PAGE.*)$",
    re.IGNORECASE,
)
_FP_MARK = re.compile(r"^[ \t=_*]*A Distributed Proofreaders Canada e-?Book[ \t=_*]*$", re.I)
_FP_HEADER_END = re.compile(
    r"^[ \t=_*]*(?:This e-?book was produced by\b|Faded Page e-?Book\b)", re.IGNORECASE
)
_FP_FOOTER = re.compile(r"^[ \t]*\[(?:The )?end of\b[^\]\n]*\][ \t]*$", re.IGNORECASE)
_LIBRARY_FIELD = re.compile(
    r"^[ \t]*[_=*]*(?P<name>Title|Author)[_=*]*:[_=*]*[ \t]*(?P<value>.*?)[ \t]*$", re.IGNORECASE
)
_LIFE_DATES = re.compile(r"\s*\(\s*(?:c\.\s*)?\d{3,4}\s*[-–]\s*(?:\d{3,4})?\s*\)\s*$")
MAX_LIBRARY_HEADER_LINES = 80


def _without_library_header(text: str) -> tuple[str, dict[str, str], tuple[Omission, ...]]:
    """A text from Project Gutenberg Australia or Faded Page (Distributed Proofreaders
    Canada) without its site's header, licence and closing line, and the header's Title
    and Author. Neither site marks its header as Project Gutenberg does ("*** START OF"):
    each opens with its own banner and ends its licence with its own line ("To contact
    Project Gutenberg of Australia go to …", "This ebook was produced by: …"), which is
    where the book begins. Any other text is returned as it was."""
    lines = text.split("\n")
    head = lines[:MAX_LIBRARY_HEADER_LINES]
    first = next((line for line in head if line.strip()), "")
    if _FP_MARK.match(first):
        site, footer = "Faded Page", _FP_FOOTER
        end = max((i for i, line in enumerate(head) if _FP_HEADER_END.match(line)), default=None)
        if end is not None:  # the credit runs on to the end of its paragraph
            while end + 1 < len(lines) and lines[end + 1].strip():
                end += 1
    elif any(_PGA_MARK.match(line) for line in head):
        site, footer = "Project Gutenberg Australia", _PGA_FOOTER
        end = max((i for i, line in enumerate(head) if _PGA_HEADER_END.match(line)), default=None)
        if end is not None:  # its rule, then the title and author set again over the book
            after = end + 1
            while after < len(lines) and (not lines[after].strip() or re.fullmatch(
                r"[ \t]*[-=_*]{10,}[ \t]*", lines[after]
            )):  # fmt: skip
                after += 1
            block = list(itertools.takewhile(str.strip, lines[after:]))
            if block and all(_LIBRARY_FIELD.match(line) for line in block):
                end = after + len(block) - 1
    else:
        return text, {}, ()
    if end is None:
        return text, {}, ()
    header = lines[: end + 1]
    fields: dict[str, str] = {}
    for line in header:
        if (match := _LIBRARY_FIELD.match(line)) and match["value"].strip("_=* "):
            value = " ".join(match["value"].strip("_=* ").split())
            fields.setdefault(match["name"].lower(), _LIFE_DATES.sub("", value))
    omitted = [_library_left_out(f"{site}'s header and licence", "\n".join(header))]
    body = lines[end + 1 :]
    last = max((i for i, line in enumerate(body) if line.strip()), default=None)
    if last is not None and footer.match(body[last]):
        omitted.append(_library_left_out(f"{site}'s closing line", body[last]))
        body = body[:last]
    log.info("left out %s's header and licence", site)
    return "\n".join(body), fields, tuple(omitted)


_CHITANKA_SAVED = re.compile(
    r"^[ \t]*(?:Свалено от [„\"“]?Моята библиотека[“\"”]?|.*\bchitanka\.info/(?:text|book)/)", re.M
)
_CHITANKA_INFO = re.compile(r"^[ \t]*Информация за (?:текста|книгата)[ \t]*$", re.M)
MAX_CHITANKA_FOOTER_LINES = 60


def _without_chitanka_footer(text: str) -> tuple[str, tuple[Omission, ...]]:
    """A text from chitanka.info ("Моята библиотека", the Bulgarian library most
    Bulgarian e-books come from) without the page the library sets after the book:
    "Информация за текста" / "Информация за книгата" over the source, the proofreaders,
    the edition's printing data, "Свалено от „Моята библиотека“: https://chitanka.info/…"
    and the last correction's date. Like Project Gutenberg's licence it is the
    library's, not the book's, and a narrator never reads it. Only a footer that ends
    with the library's own download line is taken; a book that says "Информация за
    текста" in its prose keeps it."""
    saved = list(_CHITANKA_SAVED.finditer(text))
    if not saved:
        return text, ()
    last = saved[-1]
    if text[last.end() :].count("\n") > 3:  # the download line closes the file
        return text, ()
    window = text[: last.start()]
    heads = [m for m in _CHITANKA_INFO.finditer(window)
             if window[m.start() :].count("\n") <= MAX_CHITANKA_FOOTER_LINES]
    start = heads[0].start() if heads else window.rfind("\n") + 1
    footer = text[start:]
    log.info("left out chitanka.info's closing page")
    left_out = _library_left_out("chitanka.info's closing page", footer)
    return text[:start].rstrip() + "\n", (left_out,)


# ---------------------------------------------------------------- chapters

_BOLD = re.compile(
    r"(?<![^\s(\[\"“‘'—–-])=(?=[^\s=])((?:[^=\n]|\n(?![ \t]*\n)){0,300}?[^\s=])"
    r"=(?![^\s.,;:!?)\]\"”’'—–-])"
)
"""=Bold= as Project Gutenberg's plain texts mark it, over a line break too, and glued
to a dash ("the Cathedral--=Bell Harry=, as it is called", "=Note.=--This"); an equals
sign between spaces or letters ("x = 3", "a=b") is no mark."""
_GESPERRT = re.compile(
    r"(?<![^\s(\[\"“‘'—–-])\+(?=[^\s+])((?:[^+\n]|\n(?![ \t]*\n)){0,100}?[^\s+])"
    r"\+(?![^\s.,;:!?)\]\"”’'—–-])"
)
"""+Gesperrt+ (letter-spaced type, as German print stresses a word) as Project
Gutenberg's plain texts mark it: taken off only in a book that says so
(`_GESPERRT_DECLARED`), as "+44 7700" and "C++" are no marks."""
_GESPERRT_DECLARED = re.compile(
    r"\+[^+\n]{1,30}\+[^\n]{0,40}\n?[^\n]{0,40}\b(?:gesperrt|spaced|letter-spaced|sperrsatz)\b"
    r"|\bplus\s+signs?\b[^\n]{0,40}\n?[^\n]{0,40}\b(?:gesperrt|spaced|emphasi[sz]ed|bold|italics?)\b",
    re.IGNORECASE,
)
"""A transcriber's note declaring the +…+ marks ("text in +plus signs+ was printed in
gesperrt (spaced) type")."""


@dataclass
class _Block:
    lines: list[str]
    heading: Heading | None = None
    title: str | None = None
    # body | heading | title | contents | synopsis | pictures | titlepage | keyednote
    role: str = "body"
    centred: bool = False  # every line set in from the margin, as print centres a line
    gap: int = 0  # blank lines before it: Project Gutenberg parts sections by three or more
    section: str = ""  # the section number it opens with ("II. "), said on its own
    section_break: bool = False  # opens a section after a wider gap: `_wide_gap_breaks`
    # lines the printer carried over from the line before, set deeper (`_hanging_lines`),
    # by index and text (a line changed since is no longer one)
    hanging: tuple[tuple[int, str], ...] = ()
    indent: int = 0  # spaces before its least indented line, as typed
    epigraph: bool = False  # a title page's epigraph, read (`_title_page_epigraph`)


def find_chapters(text: str) -> ReadText:
    """Plain text as chapters; one untitled chapter when it has no headings."""

    original = text
    text, fields, gutenberg = strip_gutenberg(text.replace(LINE_BREAK, "\n"))
    if is_aozora(text):  # Japanese in Aozora Bunko's marks: ruby, ［＃…］ notes, 底本
        found = read_aozora(text)
        return replace(found, title=found.title or fields.get("title"),
                       author=found.author or fields.get("author"),
                       omitted=(*gutenberg, *found.omitted))  # fmt: skip
    text, library, licence = _without_library_header(text)
    text, closing = _without_chitanka_footer(text)
    licence += closing
    text, furniture, scan = _without_scan_furniture(text)
    text, archive = _without_archive_furniture(text)
    text, credits, site = _without_wattpad(text)
    if not site:
        text, credits, site = _without_archive_page(text)
    text = _BOLD.sub(r"\1", text)
    if _GESPERRT_DECLARED.search(text):
        text = _GESPERRT.sub(r"\1", text)
    inserts: list[str] = []
    text = _without_transcribers_notes(text, inserts)
    text, pages = _PAGE_NUMBER.subn("", text)
    text, line_numbers = _without_line_numbers(text)
    text, chords = _without_chords(text)
    text = _column_tables(text)
    text, stamps = _without_recording_times(text)
    text, notes_to_self = without_draft_note_lines(text)
    drafts = draft_notes_left_out(notes_to_self)
    text = _speakers_by_name(text)
    blocks = _blocks(_paragraphs_apart(text), inserts)
    blocks, notes = _without_authors_notes(blocks, web=bool(site))
    bible_books = _scripture_books(blocks)
    verses = _without_verse_numbers(blocks)
    blocks = _contents_label_apart(blocks)
    _find_headings(blocks)
    _headed_scripture_books(blocks, bible_books)
    _drop_contents(blocks)
    _drop_synopsis(blocks)
    _drop_picture_lists(blocks)
    _headings_from_contents(blocks)
    _part_titles(blocks)
    _numbered_titles(blocks)
    _attach_title_lines(blocks)
    _chapter_numbers_set_apart(blocks)
    _join_drop_caps(blocks)
    keyed = _keyed_notes(blocks)
    _section_numbers(blocks)
    _illustrations_heading(blocks)
    _speakers_named(blocks)
    _contact_block(blocks)
    page = (scan and _scan_title_page(blocks)) or _title_page(
        blocks, gutenberg=bool(_PG_START.search(original) or library)
    ) or _bare_title_page(blocks)
    _imprint_under_volume(blocks)
    fields = {**credits, **library, **fields}  # Gutenberg's fields first, then the others'
    if "authors" in fields:
        fields["author"] = _credited_authors(fields["authors"].split("\n"), page, blocks)
    _half_titles(blocks, [page.get("title", ""), fields.get("title", "")])
    _printed_front_matter(blocks, fields.get("title") or page.get("title"))
    _rights_under_title_page(blocks)
    _title_page_repeated(blocks)
    _volume_on_title_page(blocks, fields.get("title") or page.get("title") or "")
    printed = [line for b in blocks if b.role == "titlepage" for line in b.lines]
    legal = [line for b in blocks if b.role == "copyright" for line in b.lines]
    metadata = {
        "title": fields.get("title") or page.get("title"),
        "author": fields.get("author") or page.get("author"),
        "editor": fields.get("editor") or _page_editor(page, fields.get("title")),
        "translator": fields.get("translator")
        or credited_translator(printed),  # "Translated from the German by Mary Hale"
        "language": fields.get("language"),
        "omitted": gutenberg + licence + furniture + archive + site + notes
        + _inserts_left_out(inserts) + _title_page_left_out(printed)
        + _copyright_left_out(legal)
        + _contents_left_out(blocks) + _synopsis_left_out(blocks)
        + _pictures_left_out(blocks)
        + _page_numbers_left_out(pages) + line_numbers + chords
        + stamps + drafts
        + verses
        + keyed,
    }
    layout = _layout(blocks, scan=scan)
    for at in _wide_gap_breaks(blocks, scan=scan) + _poem_title_breaks(blocks, scan=scan):
        blocks[at].section_break = True
    if not any(b.role == "heading" for b in blocks):
        body = "\n\n".join(_read_block(b, layout) for b in blocks if b.role == "body")
        return ReadText(chapters=[(None, split_paragraphs(body))], **metadata)
    chapters: list[tuple[str | None, list[str]]] = [(None, [])]
    piece = False  # the chapter is a piece headed by its title (named by the contents, or numbered)
    section = False  # the block before was such a piece's section number, read in it
    part: str | None = None  # the book, part or volume heading the chapters stand under
    under: dict[int, str] = {}  # a chapter titled apart from its part: that part's title
    for block in blocks:
        family = block.heading.family if block.heading else None
        if block.role == "title" and section:  # a sonnet's title under its "I.": "SPRING."
            said = " ".join(block.lines)
            chapters[-1][1].append(display_case(said) if _is_shouted(said) else said)
        section = block.role == "heading" and piece and family == "bare"
        if section:
            # "I. A SCANDAL IN BOHEMIA" over "I.", "II." …: the story's sections, read in it
            chapters[-1][1].append("\n".join(block.lines))
        elif block.role == "heading":
            title = _unabbreviated(block.title or "")
            current, chunks = chapters[-1]
            if chunks:
                chapters.append((title, []))
            elif not current:
                chapters[-1] = (title, chunks)
            else:
                chapters[-1] = (join_titles(current, title), chunks)
            piece = family in ("contents", "numbered")
            if family in _PART_FAMILIES:
                part = title
            elif family == "chapter" and part and chapters[-1][0] == title:
                under[len(chapters) - 1] = part
        elif block.role == "body":
            chapters[-1][1].append(_read_block(block, layout))
    _titled_with_parts(chapters, under)
    found = [(title, split_paragraphs("\n\n".join(chunks))) for title, chunks in chapters]
    return ReadText(chapters=[(t, ps) for t, ps in found if ps or t], **metadata)


_PART_FAMILIES = ("book", "part", "volume")


def _titled_with_parts(chapters: list[tuple[str | None, list[str]]], under: dict[int, str]) -> None:
    """Chapters numbered anew in each book ("BOOK I." … "Chapter i." …, "BOOK II." …
    "Chapter i."), titled apart from their book (its argument read between): each takes
    its book's title ("BOOK II. Chapter i", said "Book Two. Chapter One."), so no two
    chapters share a name. The book's heading and its short argument open its first
    chapter (`MAX_PART_ARGUMENT_WORDS`), so the book's name is said once there. Chapters
    numbered on through the books keep their own."""
    titles = [title for title, _ in chapters]
    if not any(titles.count(chapters[i][0]) > 1 for i in under):
        return
    for at, part in under.items():
        title, chunks = chapters[at]
        chapters[at] = (join_titles(part, title or ""), chunks)
    for at in sorted(under, reverse=True):
        own, argument = chapters[at - 1]
        if own == under[at] and len(argument) <= 2 and len(" ".join(argument).split()) <= (
            MAX_PART_ARGUMENT_WORDS
        ):
            title, chunks = chapters.pop(at)
            chapters[at - 1] = (title, argument + chunks)


MAX_PART_ARGUMENT_WORDS = 100
"""A book's argument under its heading ("CONTAINING AS MUCH OF THE BIRTH OF THE FOUNDLING
…") this long at most opens its first chapter: "Book One. Chapter One." is said once,
then the argument, not "Book One." over it and "Book One. Chapter One." again."""


UNWRAPPED_LINE = 100
"""A line this long was never wrapped at a margin: a text where many are is written a
paragraph to a line, so its line breaks are its author's own."""
VERSE_WIDTH = 64
"""Lines of verse that each open with a capital stay within this."""


@dataclass(frozen=True)
class _Layout:
    """How a plain text sets its lines: the margin its prose is wrapped at (None when
    it is written a paragraph to a line), whether it is mostly verse (most of its
    paragraphs of three lines or more open every line with a capital), and whether it
    is a scanned book's OCR, whose lines are the printer's."""

    width: int | None
    verse: bool
    scan: bool = False
    running: int | None = None  # the margin of lines running on in lower case
    ragged: int = 0  # how far short of the margin a line of its prose may end (`_raggedness`)


MIN_COUPLETS = 3
"""Two-line stanzas (`_couplet`) that make a book of verse, when they are more than half
of its paragraphs."""


def _layout(blocks: list[_Block], *, scan: bool = False) -> _Layout:
    """The text's layout, from the blocks that are read: a title page's and a contents
    list's lines are short. The margin is the length that nine in ten lines followed by
    another line of their paragraph stay within. A book of verse has stanzas of three
    lines or more opening each line with a capital, or is a book of couplets: two-line
    stanzas (`_couplet`), `MIN_COUPLETS` at least and more than half of all its
    paragraphs (prose has few: its second line seldom opens with a capital, and a
    thriller's one-line dialogue with a wrapped paragraph here and there is no book of
    couplets), half of them going on from their first line to the second, as a
    couplet's sentence does ("…six again," / "It carries …"), where a dialogue's
    exchange ends one ("she asked." / "Not tonight," …)."""
    body = [b for b in blocks if b.role == "body"]
    lines = [line for b in body for line in b.lines]
    long_lines = sum(len(line) > UNWRAPPED_LINE for line in lines)
    stanzas = [b for b in body if len(b.lines) >= 3]
    verse = bool(stanzas) and sum(map(_capitals, stanzas)) * 10 >= len(stanzas) * 3
    couplets = [b.lines for b in body if len(b.lines) == 2 and _couplet(b.lines)]
    going_on = sum(x[0].rstrip("\"'”’)")[-1:] not in ".!?…" for x in couplets)
    verse = verse or (
        len(couplets) >= MIN_COUPLETS and len(couplets) * 2 > len(body)
        and going_on * 2 >= len(couplets)
    )  # fmt: skip
    if long_lines >= max(3, sum(len(line) >= 50 for line in lines) // 5):
        return _Layout(None, verse, scan)
    lengths = sorted(len(line) for b in body for line in b.lines[:-1])
    width = lengths[(len(lengths) - 1) * 9 // 10] if lengths else 0
    paragraphs = [b.lines for b in body]
    return _Layout(width, verse, scan, running_margin(paragraphs), _raggedness(paragraphs, width))


MIN_RUNNING_LINES = 20
"""Lines running on in lower case that show how a text's prose was wrapped (`_raggedness`)."""


def _raggedness(paragraphs: list[list[str]], width: int) -> int:
    """How far short of the margin (`width`) a line of this text's prose may end though
    the next line goes on with its sentence. A text wrapped at a margin fills every line
    it can, so the next line's first word never fits within the margin: 0. A text that
    keeps a printed book's line breaks (Distributed Proofreaders' texts do) is ragged: a
    proportional font set more letters on one line than on the next, and one line in
    three or four ends with room for the next word ("…a poetry and philosophy of" /
    "insight and not of tradition"). Its raggedness is what nine in ten lines running on
    in lower case reach: the next line's first word fits within the margin less that
    many characters on one line in ten at the most. Measured over `MIN_RUNNING_LINES`
    such lines at the least, and only up to a quarter of the margin (verse's lines running
    on, "…a solemn stillness" / "holds,", are short, and say nothing of a margin)."""
    reach = sorted(
        len(line) + 1 + len(after.split()[0])
        for lines in paragraphs for line, after in itertools.pairwise(lines)
        if after.lstrip("\"'“‘([_*")[:1].islower()
    )  # fmt: skip
    if len(reach) < MIN_RUNNING_LINES:
        return 0
    short = width - 2 - reach[len(reach) // 10] + 1
    return short if 0 < short <= width // 4 else 0


def _capitals(block: _Block) -> bool:
    """Does every line after the first open with a capital, as lines of verse do?"""
    return all(x.lstrip("\"'“‘([_*")[:1].isupper() for x in block.lines[1:])


COUPLET_WORDS = 3
"""Words a line of a couplet holds at the least: fewer is a speaker's name over a
speech ("MARY." / "Where are you going?") or a label, not a line of verse."""


def _couplet(lines: list[str]) -> bool:
    """Are these two lines a couplet, a stanza of two lines of verse ("The ferry leaves
    at six and six again," / "It carries salt and sorrow and the rain.")? Both open with
    a capital, hold `COUPLET_WORDS` words or more and stay within `VERSE_WIDTH`, neither is
    under two thirds of the other's length, and the first is not cut as a margin cuts
    prose: it ends on a mark, and on no broken word ("new-") nor on "the", "of", "to" …
    ("…the editors of" / "The Harbour Review")."""
    first, second = (x.strip() for x in lines)
    last = (first.split() or [""])[-1]
    return (
        # a couplet's lines are of a length; a wrapped note's second line is a stub
        # ("…where we stayed at Low" / "Row Farm, and walked.")
        min(len(first), len(second)) * 3 >= max(len(first), len(second)) * 2
        # and a line of verse ends on a mark ("…six again,"), where a margin cuts prose
        # anywhere ("…at the harvest supper at Saint" / "Oswald's, and wrote it down")
        and first.rstrip("\"'”’)*_")[-1:] in ",;:.!?…—–-"
        and all(x.lstrip("\"'“‘([_*")[:1].isupper() for x in (first, second))
        and all(len(x.split()) >= COUPLET_WORDS and len(x) <= VERSE_WIDTH for x in (first, second))
        and not _HYPHEN_END.search(last)
        and last.casefold().strip("\"'”’),;:") not in _WRAPPED_WORDS
    )


_QUOTE_MARKS = re.compile(r"^[ \t]*>(?:[ \t]*>)*[ \t]?")
"""The marks before each line of a reply's quoted e-mail ("> It's not tuna", "> > Or
Friday?"): not said ("greater than"); the quoted words are read."""


def _body_text(block: _Block, layout: _Layout) -> str:
    """A body block's text: its lines joined as prose where they were wrapped at the
    margin, or kept apart with `LINE_BREAK` where its author ended them (verse, a cast
    list, a letter's close). The author ended them when
    - four lines or more each open with a capital and none is long, in a book of verse
      or well short of the prose's margin (wrapped prose opens one line in six or so
      with a capital, so four in a row are chance in a long book); in a book of verse,
      long lines too, cut where their phrases end (`_long_verse`: Poe's "The Raven");
    - two lines are a couplet (`_couplet`) in a book of verse (`_layout`);
    - four lines or more, set in from the margin as a poem is, rhyme, all but one with
      a line one or two away (`_rhymed`), in lower case and of a length as they may be
      (Finnish verse);
    - half of them end with room to spare: the next line's first word would have fitted
      within the text's margin, so they were not wrapped there (in a text that keeps a
      printed book's ragged lines, within the margin less its raggedness, `_raggedness`:
      "…this very" / "night." is prose there; a play's speaker's name
      over the speech, `_SPEECH_CUE`, is not counted: it always ends short, and a
      speech of two wrapped lines under it is prose);
    - in a text written a paragraph to a line, the block's lines are all shorter than
      anyone wraps prose at; a longer line there is joined, as before.
    Printed prose is justified, not wrapped: its lines (in a scan, or typed out from a
    printed page) are prose whatever room they seem to leave (`_justified`). A line never
    ends between a title and its name ("Mrs." / "Ashby")."""
    if all(_QUOTE_MARKS.match(line) for line in block.lines):  # an e-mail's quoted reply
        unquoted = [q for q in (_QUOTE_MARKS.sub("", x) for x in block.lines) if q.strip()]
        block = _Block(unquoted or block.lines, centred=block.centred, gap=block.gap)
    lines, width = block.lines, layout.width
    if len(lines) < 2:
        return "\n".join(lines)
    if all(_BAR_ROW.match(line) for line in lines):  # a table's rows: each a line of its own
        return _author_ended(lines)
    if _shouted_sentence(lines):
        return _prose(lines)
    longest = max(len(line) for line in lines)
    margin = None if width is None else max(width, longest) - 2 - layout.ragged
    if not layout.scan and _listed(lines, margin):
        return _author_ended(lines, block.hanging)
    if not layout.scan and width is not None and free_verse(lines, layout.running):
        return _author_ended(lines, block.hanging)
    if not layout.scan and block.centred and _rhymed(lines):  # a stanza set in, lower case
        return _author_ended(lines, block.hanging)
    scanned_prose = layout.scan and width is not None and not _printed_verse(block, width)
    if scanned_prose or (width is not None and _justified(lines)):
        return _prose(lines)
    room = layout.verse or (width is not None and longest <= width - 10)
    if len(lines) >= 4 and longest <= VERSE_WIDTH and room and _capitals(block):
        return _author_ended(lines, block.hanging)
    if len(lines) >= 4 and layout.verse and _capitals(block) and _long_verse(lines):
        return _author_ended(lines, block.hanging)
    if len(lines) == 2 and layout.verse and _couplet(lines):  # a couplet in a book of verse
        return _author_ended(lines, block.hanging)
    if width is None:
        return _author_ended(lines, block.hanging) if longest < PROSE_WIDTH else _prose(lines)
    cue = len(lines) > 2 and _SPEECH_CUE.match(lines[0]) and not _is_shouted(" ".join(lines[1:]))
    counted = lines[1:] if cue else lines
    short = ended_short(counted, max(width, longest) - 2 - layout.ragged)
    return _author_ended(lines, block.hanging) if short * 2 >= len(counted) - 1 else _prose(lines)


MIN_SHOUTED_LINE_WORDS = 4


def _shouted_sentence(lines: list[str]) -> bool:
    """One sentence set in capitals over short lines, as an old novel prints a book's
    argument under its heading ("CONTAINING AS MUCH OF THE BIRTH OF THE FOUNDLING" / "AS
    IS NECESSARY OR PROPER …" / "IN THE BEGINNING OF THIS HISTORY."): read as one
    sentence, not a line at a time. Every line runs on (no stop or comma at its end, as
    an imprint's "LONDON:" or a list's "MISTRESS," has), holds a phrase's words, and
    the last ends the sentence."""
    if not all(_is_shouted(line) for line in lines):
        return False
    if not lines[-1].rstrip().endswith((".", "!", "?")):
        return False
    return all(
        len(line.split()) >= MIN_SHOUTED_LINE_WORDS and line.rstrip()[-1:].isalpha()
        for line in lines[:-1]
    )


_SPEECH_CUE = re.compile(r"^_?[A-Z][A-Z'’.-]*(?:[ \t]+[A-Z][A-Z'’.-]*){0,3}_?[.:]_?$")
"""A play's speaker's name on a line of its own over the speech ("ALGERNON.", "LADY
BRACKNELL.", "MRS. PRIDDY:"): it always ends short, so it says nothing of whether the
speech under it was wrapped at the margin (`_body_text`); the speech's own lines do.
Lines in capitals under it are no speech ("LONDON:" / "PRINTED BY …", an imprint)."""


def _long_verse(lines: list[str]) -> bool:
    """In a book of verse, are these lines, each opening with a capital, a stanza of long
    lines ("Deep into that darkness peering, long I stood there wondering, fearing,"), past
    `VERSE_WIDTH`? None is longer than anyone wraps at (`UNWRAPPED_LINE`), and none but
    the last is cut as a margin cuts prose: on a broken word ("new-") or on "the", "of",
    "and" … (a line of verse ends where its phrase does)."""
    ends = [(line.split() or [""])[-1] for line in lines[:-1]]
    return max(len(line) for line in lines) <= UNWRAPPED_LINE and not any(
        _HYPHEN_END.search(end) or end.casefold().strip("\"'”’),;:") in _WRAPPED_WORDS
        for end in ends
    )


_BAR_ROW = re.compile(r"^[ \t]*\|[ \t].*[ \t]\|[ \t]*$")
"""A table's row drawn with bars ("| 2 | Leon | Rest day. |"), as an author types one or
`_column_tables` draws one: never prose wrapped at a margin, however even its lines."""
_BULLET = re.compile(r"^[•·▪◦‣*–-]\s+\S")
_QUANTITY = re.compile(r"^(?:\d|[½¼¾⅓⅔⅛⅜⅝⅞])")
_LABELLED_LINE = re.compile(r"^[A-Z][\w’' -]{0,24}:\s+\S")


def _listed(lines: list[str], margin: int | None = None) -> bool:
    """Lines a practical book ended, each read as a line of its own, whatever their
    lengths: under a first line (a label: "Key Takeaways", "Variations"), every line a
    bullet's ("• Capture the full match."); three or more lines, two in three opening
    with a quantity (an ingredient list: "225g/8oz caster sugar" / "4 large eggs"),
    unless the text's `margin` wrapped every one of them (a textbook's prose, whose
    figures happen to open its lines: "…within ±3σ. That is why … about" / "1 in 370.",
    `ended_short`; an ingredient's line ends well short of the margin); every line
    labelled ("Materials: …" / "Finished size: …"); or a short label ("PRO TIP",
    "SIDEBAR: The 4% Rule") over a line twice as long, opening with a capital. Prose
    wraps its lines at the margin, so its first line is never short, and a wrapped line
    may open on a spaced dash ("…with the" / "– but the train was early"): one dashed
    line is a bullet's under a short label only, its item opening with a capital or the
    label ending on a colon."""
    if all(_BULLET.match(line) for line in lines[1:]) and _bulleted(lines):
        return True
    quantities = sum(bool(_QUANTITY.match(x)) for x in lines)
    wrapped = margin is not None and not ended_short(lines, margin)
    if len(lines) >= 3 and quantities * 3 >= len(lines) * 2 and not wrapped:
        return True
    if all(_LABELLED_LINE.match(line) for line in lines):
        return True
    first, second = lines[0].strip(), lines[1].strip()
    last_word = (first.split() or [""])[-1].casefold()
    return (
        len(lines) == 2
        and len(first.split()) <= 5
        and len(first) * 2 < len(second)
        and first[:1].isupper()
        and (second[:1].isupper() or second[:1].isdigit())
        and not first.endswith((".", "!", "?", ",", ";", "…", "-"))
        and last_word not in _WRAPPED_WORDS
    )


def _bulleted(lines: list[str]) -> bool:
    """Are these lines, all but the first opening on a bullet, a list? Two bullets or
    more, or one under a short label ("Key Takeaways" / "• Capture …")."""
    first, item = lines[0].strip(), _BULLET_MARK.sub("", lines[1].strip(), count=1)
    if len(lines) > 2 or _BULLET.match(first):
        return True
    last_word = (first.split() or [""])[-1].casefold()
    return (
        len(first.split()) <= 5
        and not first.endswith((",", ";", "-", "–", "—"))
        and last_word not in _WRAPPED_WORDS
        and (first.endswith(":") or item[:1].isupper() or item[:1].isdigit())
    )


_BULLET_MARK = re.compile(r"^[•·▪◦‣*–-]\s+")


def _read_block(block: _Block, layout: _Layout) -> str:
    """A body block's text as read, after a scene break's mark where it opens a section
    after a wider gap (`_wide_gap_breaks`)."""
    text = _block_text(block, layout)
    return f"* * *\n\n{text}" if block.section_break else text


def _block_text(block: _Block, layout: _Layout) -> str:
    """A body block's text: a numbered section's number ("II.") a paragraph of its own,
    which is said as a number ("Two."), as a story's section numbers are."""
    text = _body_text(block, layout)
    if len(block.lines) == 1 and (end := _VOLUME_END.match(text)):  # "END OF VOL. I."
        text = f"{end['lead']}{'VOLUME' if end['vol'].isupper() else 'Volume'}{end['rest']}"
    if not block.section:
        return text
    rest = text[len(block.section) :]
    if len(block.lines) == 1 and _is_shouted(rest) and _is_title_line(rest, attached=True):
        rest = display_case(rest)  # a poem's title beside its number: "I. SPRING."
    number = block.section.strip().rstrip("-—–").rstrip()  # "I.--THE BELL.": "I." alone
    return f"{number}\n\n{rest}"


MIN_SINGLE_GAPS = 20
"""Paragraphs parted by one blank line that make a text's paragraph layout (`_wide_gap_breaks`)."""
WIDE_GAP_SHARE = 8
"""A text's wider gaps between paragraphs are section breaks when its one-blank-line gaps
are this many times as many or more."""


def _wide_gap_breaks(blocks: list[_Block], *, scan: bool) -> list[int]:
    """The body blocks that open a section after a wider gap (two blank lines or more)
    in a text that otherwise parts its paragraphs by one blank line (a diary's entries in
    "The Yellow Wallpaper"): a section break, read with a scene break's pause. Only in
    a text whose paragraphs are parted by one blank line, `MIN_SINGLE_GAPS` at least and
    `WIDE_GAP_SHARE` times as many as the wide gaps (a text that leaves two blank lines
    between all its paragraphs, or as often as not, has no such breaks); between two
    paragraphs of a chapter's body, neither set in from the margin (a title page's lines,
    a poem's), the first not its chapter's first (a chapter's subtitle, a scene's list of
    persons, with room under it), the two before the gap ending a sentence, as prose
    does (`_ends_sentence`: a contents list's entries, left in, have no stop); not in a
    scan, whose page breaks leave gaps of their own."""
    if scan:
        return []
    pairs = [
        at for at in range(2, len(blocks))
        if blocks[at].role == "body" and blocks[at - 1].role == "body"
        and blocks[at - 2].role == "body"
    ]  # fmt: skip
    single = sum(blocks[at].gap == 1 for at in pairs)
    wide = [at for at in pairs if blocks[at].gap >= 2]
    if single < MIN_SINGLE_GAPS or len(wide) * WIDE_GAP_SHARE > single:
        return []
    return [
        at for at in wide
        if not (blocks[at].centred or blocks[at - 1].centred)
        and all(_ends_sentence(blocks[at - k]) for k in (1, 2))
    ]  # fmt: skip


MIN_POEM_TITLES = 2
"""Poems' titles found in a text before any is read as one (`_poem_title_breaks`): one
short line over verse could be a stanza's refrain set apart."""


def _poem_title_breaks(blocks: list[_Block], *, scan: bool) -> list[int]:
    """The titles of a collection's poems inside a chapter ("BOOK I. INSCRIPTIONS" over
    "One's-Self I Sing", "Eidolons", …, as Project Gutenberg sets Whitman): a body block
    of one title-like line (`_is_title_line`, no sentence's stop) after two blank lines
    or more, set no deeper than the verse under it, which is a block of two lines or
    more each opening with a capital; not its chapter's first block, whose heading
    already pauses. Each is read after a section break's pause, as a narrator pauses
    between two poems; a listener hears the next poem begin. `MIN_POEM_TITLES` at least,
    none twice (a verse play's speakers' names come again), and not in a scan, whose
    page breaks leave gaps of their own."""
    if scan:
        return []
    found = [
        at for at in range(1, len(blocks) - 1)
        if blocks[at].role == "body" and blocks[at - 1].role == "body"
        and blocks[at + 1].role == "body" and blocks[at].gap >= 2
        and len(blocks[at].lines) == 1 and blocks[at + 1].gap <= 1
        and len(blocks[at + 1].lines) >= 2 and _verse_lines(blocks[at + 1])
        and (blocks[at].centred or blocks[at].indent < blocks[at + 1].indent)
        and _poem_title(blocks[at].lines[0].strip()) and not blocks[at].section_break
    ]  # fmt: skip
    titles = [blocks[at].lines[0].strip().casefold() for at in found]
    if len(set(titles)) < len(titles):  # "Ogre" / "Witch" over their verse: a play's speakers
        return []
    return found if len(found) >= MIN_POEM_TITLES else []


def _verse_lines(block: _Block) -> bool:
    """Does every line of the block but those the printer carried over (`hanging`: "the
    Form complete is worthier far,") open with a capital, as verse does?"""
    carried = {i for i, _ in block.hanging}
    return all(
        line.lstrip("\"'“‘([_* ")[:1].isupper()
        for i, line in enumerate(block.lines) if i not in carried
    )  # fmt: skip


MIN_STANZA_LINES = 4
"""Lines of a stanza before a block is taken for a poem's verse on the front pages
(`_is_stanza`): a title page's own blocks are one to three lines, or shouted."""


def _is_stanza(block: _Block) -> bool:
    """A stanza of verse: four lines or more, each opening with a capital, no more than
    half of them in title case or capitals (a publisher's list of titles), of three words
    a line on average, one at least running on with a comma, a semicolon, a colon or a
    dash ("In youth from rock to rock I went," / "Most pleased when most uneasy;"), and
    no printer's, publisher's or copyright line. A title page holds no whole poem: where
    such a block starts, the page has ended and the book is read."""
    lines = [line.strip() for line in block.lines]
    if len(lines) < MIN_STANZA_LINES or not _verse_lines(block):
        return False
    titled = sum(_is_shouted(x) or _is_title_case(x) for x in lines)
    return (
        titled * 2 <= len(lines)
        and sum(len(x.split()) for x in lines) >= 3 * len(lines)
        and any(x.rstrip("\"'”’_*)").endswith((",", ";", ":", "-", "—")) for x in lines[:-1])
        and not any(
            _PRINTED.match(x) or _PUBLISHER.match(x) or is_legal(x) or is_copyright_evidence(x)
            for x in lines
        )
    )  # fmt: skip


def _poem_starts(front: list[_Block]) -> int:
    """Where the first poem starts among the blocks before the first heading: its first
    stanza (`_is_stanza`, not an epigraph the title page sets between the author and the
    imprint), or the one-line title over it ("TO THE DAISY."); len(front) if none."""
    at = next(
        (i for i, b in enumerate(front) if not b.epigraph and _is_stanza(b)), len(front)
    )
    over = front[at - 1] if 0 < at < len(front) else None
    if over and len(over.lines) == 1 and not over.epigraph and not credit(over.lines[0]):
        return at - 1  # a title, not the page's "By Walt Whitman" over the poem
    return at


def _poem_title(line: str) -> bool:
    """A poem's title: a few words in title case or capitals, no heading's keyword, not
    ending as a clause or a plain sentence does ("Eidolons", "L. of G.'s Purport",
    "Good-Bye My Fancy!", "“The Rounded Catalogue Divine Complete”")."""
    bare = line.strip("\"'“”‘’_* ")
    return (
        bool(bare) and bare[0].isupper() and len(bare.split()) <= MAX_TITLE_WORDS
        and not parse_heading(bare) and not bare.endswith((".", ",", ";", ":"))
        and (_is_title_case(bare) or _is_shouted(bare))
    )  # fmt: skip


def _ends_sentence(block: _Block) -> bool:
    """Does the block end a sentence, as a paragraph of prose does ("…write a word.")? A
    contents list's entry ("Aprobaciones"), a section's number ("I") and a line before a
    colon do not."""
    last = block.lines[-1].rstrip().rstrip("\"'”’»)]_*")
    return last[-1:] in (".", "!", "?", "…") and len(" ".join(block.lines).split()) >= 2


_VOLUME_END = re.compile(
    r"^(?P<lead>[\W_]*(?:the\s+)?end\s+of\s+(?:the\s+)?)(?P<vol>vol)\."
    r"(?P<rest>\s+(?:[ivxlc]+|\d{1,2})\.?[\W_]*)$",
    re.IGNORECASE,
)
"""A volume's last line ("END OF VOL. I."), its "VOL." said in full: one sentence, not
"END OF VOL." and "I." apart."""


def _prose(lines: list[str]) -> str:
    """Lines joined as prose. A word hyphenated at a line's end goes on with the next
    line's word, its hyphen kept ("new-" / "comers" → "new-comers", not "new- comers"):
    a compound broken at its hyphen, as a wrapped text breaks one, is whole again. (A
    scan's broken words are joined first, `_dehyphenated`.)"""
    return _WRAPPED_HYPHEN.sub("-", "\n".join(lines))


_WRAPPED_HYPHEN = re.compile(r"(?<=[^\W\d_])-\n(?=[^\W\d_])")


def _printed_verse(block: _Block, width: int) -> bool:
    """In a scan, lines the author ended: each opens with a capital and, but the last,
    falls short of the page's measure, which every line of printed prose but a
    paragraph's last fills."""
    return _capitals(block) and max(len(x) for x in block.lines[:-1]) * 10 <= width * 9


JUSTIFIED_WIDTH = 30
"""Lines of printed prose hold this many characters at the least (a narrow column)."""


JUSTIFIED_SLACK = 4
"""Justified type set in a fixed-width font: every line but a paragraph's last within
this many characters of the longest."""
_WRAPPED_WORDS = frozenset({
    "a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "from", "with", "into",
    "upon", "and", "or", "but", "nor", "as", "than", "that", "which", "who", "whom", "is",
    "was", "be", "had", "have", "has", "his", "her", "its", "their", "my", "our", "your",
})  # fmt: skip
"""Words a line of prose ends on when the margin cut the phrase ("on the" / "14th"):
a line of verse ends where its phrase does, seldom on an article or a preposition."""
_SENTENCE_INSIDE = re.compile(r"\w[.!?][\"'”’)]?\s+[\"“‘(]?[A-Z]")


def _justified(lines: list[str]) -> bool:
    """Are these lines printed prose, set flush to both margins? Most lines run on in
    lower case or with a number ("on the" / "14th"), where lines of verse each open with
    a capital; and every line but the last is within a few characters of the longest,
    as justified type is, or, in a proportional font (which puts more letters on one
    line than on the next, so a character count leaves seeming room at their ends),
    fills two thirds of it and shows how prose is cut at the margin: a line ends on a
    hyphen or on "the", "of", "and", or a sentence ends inside a line. A lowercase poem
    ("count them: four rooms, three doors, two windows" / "and the one clock …") has
    lines of some length too, but each ends where its phrase does."""
    longest = max(len(line) for line in lines)
    running = sum(not x.lstrip("\"'“‘([_*")[:1].isupper() for x in lines[1:])
    if longest < JUSTIFIED_WIDTH or running * 2 <= len(lines) - 1:
        return False
    if all(len(line) >= longest - JUSTIFIED_SLACK for line in lines[:-1]):
        return True
    cut = any(
        line.rstrip().endswith("-") or (line.split() or [""])[-1].casefold() in _WRAPPED_WORDS
        for line in lines[:-1]
    ) or any(_SENTENCE_INSIDE.search(line) for line in lines)
    return cut and all(len(line) * 3 >= longest * 2 for line in lines[:-1])


RHYME_LETTERS = 3
"""Letters two line ends share to rhyme ("luoda" / "suoda", "tuottehille" / "ympärille")."""


def _rhymed(lines: list[str]) -> bool:
    """Does all but one line of a stanza of four or more rhyme with a line one or two
    away? A poem whose lines run on in lower case and are of a length (Finnish verse:
    "Ne eivät loistoisuutta luoda" / "voi suurten henkein tuottehille;" / "jos ne vaan
    vihannuutta suoda" / "vois taiteen kukkain ympärille,") looks justified by its
    lengths alone, and a book of such poems has no wider prose margin to tell its lines
    by; prose cut at a margin rhymes at its line ends only by chance, never line after
    line."""
    if len(lines) < 4 or max(len(line) for line in lines) > VERSE_WIDTH:
        return False
    ends = [re.sub(r"[\W\d_]+$", "", (line.split() or [""])[-1]).casefold() for line in lines]
    pairs = zip(ends, lines, strict=True)
    if any(end in _WRAPPED_WORDS or _HYPHEN_END.search(line) for end, line in pairs):
        return False  # a margin cut it: "…by the river and" / "the mill"

    def rhymes(a: str, b: str) -> bool:
        return len(a) > RHYME_LETTERS and len(b) > RHYME_LETTERS and a != b and (
            a[-RHYME_LETTERS:] == b[-RHYME_LETTERS:]
        )

    partnered = sum(
        any(rhymes(end, ends[j]) for j in (i - 2, i - 1, i + 1, i + 2) if 0 <= j < len(ends))
        for i, end in enumerate(ends)
    )
    return partnered >= len(lines) - 1


_STOP_INSIDE = re.compile(r"\b[a-z][a-z’']+[.!?][\"'”’)]?\s+[\"“‘(]?[A-Z]")
"""A sentence ending inside a line on a word in lower case ("…where we lived. My"), not
on a title's abbreviation ("Mr. Pryce", "St. Ann's")."""
VERSE_MARGIN = 52
"""A text whose lines, nine in ten, end within this was not wrapped at a margin (prose
is wrapped at 60 to 80 characters): its short lines are verse."""
_HYPHEN_END = re.compile(r"[^\W\d_]-$")


def running_margin(paragraphs: list[list[str]]) -> int | None:
    """The length nine in ten lines stay within that the next line of their paragraph
    runs on from in lower case ("and wrote in his log" / "each night"): wrapped prose's
    margin (60 to 80), or a free verse poem's short lines. A speaker's name over a
    speech, a heading over its text, is no such line. None when no line runs on."""
    lengths = sorted(
        len(line.strip()) for lines in paragraphs for line, after in itertools.pairwise(lines)
        if after.lstrip("\"'“‘([_*")[:1].islower()
    )  # fmt: skip
    return lengths[(len(lengths) - 1) * 9 // 10] if lengths else None


def free_verse(lines: list[str], width: int | None, *, margin: bool = True) -> bool:
    """Are these lines free verse that its poet ended, though they open in lower case and
    a sentence ends inside one ("What is all well? A wick trimmed," / "a lens wiped of
    its salt,")? Three lines or more, none past `VERSE_WIDTH`, in a text whose lines
    running on are short (their margin, `width`: `running_margin`, under `VERSE_MARGIN`:
    no one wraps prose there) or within two thirds of that margin; ragged, not flush
    as justified type; and not cut as a margin cuts prose: no line but the last ends on
    a broken word ("new-"), and one in four at most on "the", "of", "and" … Short lines
    alone are no verse: prose wrapped at 40 to 51 columns (a mail, a note, a PDF's copy)
    has them too. Half the lines at least end with room for the next line's first word
    (`ended_short`: a margin ended none of them), and no line runs on after a sentence
    ended inside it ("…where we lived. My grandmother" / "cooked, …"). Without `margin`,
    the lines' ends are not measured against the margin (a stanza beside stanzas of its
    shape found so: `markdown._verse_breaks`)."""
    if width is None or len(lines) < 3:
        return False
    lengths = [len(line.strip()) for line in lines]
    longest = max(lengths)
    if longest > VERSE_WIDTH or not (width < VERSE_MARGIN or longest * 3 <= width * 2):
        return False
    if all(n >= longest - JUSTIFIED_SLACK for n in lengths[:-1]):
        return False
    ends = [(line.split() or [""])[-1] for line in lines[:-1]]
    if any(_HYPHEN_END.search(end) for end in ends):
        return False
    if margin and ended_short([x.strip() for x in lines], max(width, longest)) * 2 < len(lines) - 1:
        return False
    if any(
        _STOP_INSIDE.search(line) and line.rstrip()[-1:].isalnum()
        and after.lstrip("\"'“‘([_*")[:1].islower()
        for line, after in itertools.pairwise(lines)
    ):  # fmt: skip
        return False
    return sum(end.casefold() in _WRAPPED_WORDS for end in ends) * 4 <= len(ends)


def _author_ended(lines: list[str], hanging: tuple[tuple[int, str], ...] = ()) -> str:
    """Lines the author ended, kept apart with `LINE_BREAK`; but a title abbreviation
    at a line's end ("Mr.", "Dr.") goes on with the name on the next line, and so does a
    long line's end the printer carried over (`hanging`, from `_hanging_lines`)."""
    carried = {index for index, said in hanging if index < len(lines) and lines[index] == said}
    text = lines[0]
    for index, (previous, line) in enumerate(itertools.pairwise(lines), start=1):
        joined = index in carried or _TITLE_ABBREVIATION.search(previous)
        text += (" " if joined else LINE_BREAK) + line
    return text


def _paragraphs_apart(text: str) -> str:
    """The text with a blank line between its paragraphs, where it has none.

    A word processor saved as text writes a paragraph to a line, often with no blank
    line between (each opening with a tab, as typed), and a typescript indents each
    paragraph's first line instead of leaving a line free. Everything after this
    reads blank-line separated blocks, so the paragraphs are set apart first:
    - in a text with few blank lines (fewer than one in four of its lines) and long
      lines (a paragraph to a line, as `_layout` judges it), every line is a paragraph;
    - prose wrapped at a margin with no blank line anywhere ends a paragraph at a
      line with room to spare (`_wrapped_without_blanks`), unless its blank lines part
      more paragraphs than such lines would (`_blank_line_paragraphs`);
    - in a typescript, a line indented by the text's paragraph indent starts a
      paragraph, and only such a line: a short line before it ends none (a ragged
      right margin leaves room on many lines). A typescript is a text where more of
      its wrapped paragraphs open with an indented line (a long one, followed by an
      unindented one: verse indented line by line has short lines) than half its
      blank lines. Deeper indents (a quotation, a centred heading) are left as they are.
    """
    lines = text.split("\n")
    filled = [line for line in lines if line.strip()]
    if len(filled) < 10:
        return text
    blanks = len(lines) - len(filled)
    long_lines = sum(len(line.strip()) > UNWRAPPED_LINE for line in filled)
    unwrapped = blanks * 4 <= len(filled) and long_lines >= max(
        3, sum(len(line.strip()) >= 50 for line in filled) // 5
    )
    opening = [
        _indent(line) for line, after in itertools.pairwise(lines)
        if _indent(line) >= 2 and len(line.strip()) >= 45 and after.strip() and not _indent(after)
    ]  # fmt: skip
    indent = max(set(opening), key=opening.count) if opening else 0
    typescript = len(opening) >= 3 and len(opening) * 2 >= blanks
    margin = 0 if typescript else _wrapped_without_blanks(filled, blanks)
    if margin and _blank_line_paragraphs(lines, margin):
        margin = 0
    if not (unwrapped or typescript or margin):
        return text
    apart: list[str] = []
    for previous, line in zip(["", *lines], lines, strict=False):
        if previous.strip() and line.strip() and (
            unwrapped
            or (typescript and _indent(line) == indent)
            or (margin and ended_short([previous.strip(), line.strip()], margin))
        ):
            apart.append("")
        apart.append(line)
    return "\n".join(apart)


def _wrapped_without_blanks(filled: list[str], blanks: int) -> int:
    """The margin of prose wrapped with no blank line between paragraphs (Word's "Save
    as Plain Text" with line breaks inserted), or 0: a line that ends with room for the
    next line's first word ends its paragraph there. Only where blank lines are few and
    a third of the lines or more reach within a word of one margin of prose width, as
    wrapped prose does (dialogue makes short lines too; verse's lines are shorter)."""
    if blanks * 4 > len(filled):
        return 0
    lengths = sorted(len(line.rstrip()) for line in filled)
    margin = lengths[len(lengths) * 9 // 10]
    near = sum(margin - 12 <= n <= margin for n in lengths)
    return margin if margin >= PROSE_WIDTH and near * 3 >= len(filled) else 0


def _blank_line_paragraphs(lines: list[str], margin: int) -> bool:
    """Does the text set its paragraphs apart with blank lines after all, though they are
    few (long paragraphs of wrapped prose have one blank line to every four lines or
    more)? It does when its blank lines part more paragraphs than lines ending with room
    to spare inside a block would: then such a line is a line of an indented letter or a
    ragged margin ("…I am anxiously expecting" / "you. Sleep well…"), not a paragraph's
    end. A text with no blank line between its paragraphs has them around its headings
    alone. Only a line that could end a paragraph is counted: it ends a sentence and the
    next line opens one (`_paragraph_end`). A printed book's lines, kept as the page
    broke them, leave room at their ends as often as not ("…a poetry and philosophy of"
    / "insight and not of tradition"), but a line so cut ends no sentence."""
    parted = sum(bool(a.strip()) and not b.strip() for a, b in itertools.pairwise(lines))
    inside = sum(
        bool(a.strip() and b.strip())
        and ended_short([a.strip(), b.strip()], margin)
        and _paragraph_end(a, b)
        for a, b in itertools.pairwise(lines)
    )
    return parted > inside


def _paragraph_end(line: str, after: str) -> bool:
    """Could a paragraph end at `line` and the next open at `after`? The line ends a
    sentence (or a clause before a colon, as a line before a list does) and the next
    opens with a capital, a digit or a quotation mark."""
    end = line.rstrip().rstrip("\"'”’»)]_*")[-1:]
    opening = after.lstrip()[:1]
    return end in (".", "!", "?", "…", ":") and (
        opening.isupper() or opening.isdigit() or opening in "\"'“‘«([_*"
    )


def _indent(line: str) -> int:
    """How far a line is indented, a tab counted as a typewriter's five spaces."""
    spaces = line.expandtabs(5)
    return len(spaces) - len(spaces.lstrip())


def _blocks(text: str, inserts: list[str]) -> list[_Block]:
    """Blank-line separated blocks of lines; editorial inserts go to `inserts`."""
    blocks = []
    pieces = re.split(r"(\n(?:[ \t\u00a0]*\n)+)", text)
    gaps = [0] + [separator.count("\n") - 1 for separator in pieces[1::2]]
    for chunk, gap in _join_open_inserts(list(zip(pieces[0::2], gaps, strict=True))):
        lines = [" ".join(line.split()) for line in chunk.split("\n")]
        lines = [line for line in lines if line]
        if lines and _EDITORIAL.match(" ".join(lines)):  # a caption over several lines
            inserts.append(" ".join(lines))
            if heading := _heading_in_insert(lines):  # "[Illustration: … Chapter I. ]"
                blocks.append(_Block([heading], gap=gap))
            continue
        inserts.extend(line for line in lines if _EDITORIAL.match(line))
        lines = [line for line in lines if not _EDITORIAL.match(line)]
        if lines:
            raw = [line for line in chunk.split("\n") if line.strip()]
            centred = all(line[:2].isspace() for line in raw)
            kept = [x for x in raw if not _EDITORIAL.match(" ".join(x.split()))]
            hanging = _hanging_lines(kept) if len(kept) == len(lines) else ()
            indent = min(len(line) - len(line.lstrip()) for line in raw)
            blocks.append(_Block(lines, centred=centred, gap=gap, hanging=hanging, indent=indent))
    return _notes_run_on(blocks)


_INDENTED_NOTE = re.compile(r"^\[(?:\d{1,3}|[A-Za-z]|[*†‡+]{1,3})\]\s")
"""The label a transcriber sets before a note printed in the text ("[4] In this …")."""
NOTE_PARAGRAPHS_MOST = 4
"""The most paragraphs a note set in the text may run on for after its first."""


def _notes_run_on(blocks: list[_Block]) -> list[_Block]:
    """A note of several paragraphs, set in under the paragraph that cites it, as one
    block: Project Gutenberg's editions of edited texts print "[4] In this connection
    Woodrow Wilson says, …" and, under it at the same indent, "Gibbon and Hume, the
    great British historians, …" with no label of its own. Read apart, that second
    paragraph was spoken in the author's text while its note was left out. Only where
    the text around is set at the margin (or less deep) and takes up again after the
    note's paragraphs, so a book indented throughout keeps every paragraph its own."""
    merged: list[_Block] = []
    index = 0
    while index < len(blocks):
        block = blocks[index]
        merged.append(block)
        index += 1
        if not (
            block.centred
            and _INDENTED_NOTE.match(block.lines[0])
            and len(merged) > 1
            and merged[-2].indent < block.indent
        ):
            continue
        run = 0
        while (
            run < NOTE_PARAGRAPHS_MOST
            and index + run < len(blocks)
            and (follower := blocks[index + run]).indent == block.indent
            and follower.centred
            and follower.gap <= 1
            and not _INDENTED_NOTE.match(follower.lines[0])
        ):
            run += 1
        after = blocks[index + run] if index + run < len(blocks) else None
        if not run or after is None:
            continue
        if after.indent < block.indent or _INDENTED_NOTE.match(after.lines[0]):
            for follower in blocks[index : index + run]:
                block.lines = block.lines + follower.lines
                block.hanging = ()
            index += run
    return merged


HANGING_FROM = 50
"""Characters a line reaches, its indent counted, before the printer carries its end over
to a line of its own (`_hanging_lines`): only a long line is wrapped."""
HANGING_INDENT = 2
"""How much deeper than its line a carried-over end is set, at the least."""


def _hanging_lines(raw: list[str]) -> tuple[tuple[int, str], ...]:
    """The lines of a block (as typed, indent and all) that carry over the end of a long
    line, by index and text. A book of verse whose lines are longer than its page prints
    the rest of a long line on the next, set deeper than the poem's lines, as Whitman's
    editions do ("  Not physiognomy alone nor brain alone is worthy for the Muse, I say"
    / "      the Form complete is worthier far,"): one line, read without a pause in it.
    Such a line is set `HANGING_INDENT` or more deeper than the line it goes on from (or
    that line's own line, when a long one is carried over twice), the line before it
    reaches `HANGING_FROM`, and it opens in lower case, going on with the phrase: a
    refrain indented under a long line opens with a capital ("       To glean
    eidolons."), and so does an indented line of rhyme. A figure goes on with the
    phrase too where the line before ends mid-phrase, as a numbered exercise's wrapped
    line does ("3. … its herbivores produce" / "   620 kcal/m2/yr. Find E."); a
    sub-item's number ("   1.1 Scope") opens an item of its own."""
    found: list[tuple[int, str]] = []
    anchor = 0  # the indent of the line the carried-over ends belong to
    for index, line in enumerate(raw):
        indent = len(line) - len(line.lstrip())
        opening = line.lstrip().lstrip("\"'“‘([_*")[:1]
        if index and (
            indent >= anchor + HANGING_INDENT
            and len(raw[index - 1].rstrip()) >= HANGING_FROM
            and (opening.islower() or _carried_figure(raw[index - 1], line))
        ):
            found.append((index, " ".join(line.split())))
        else:
            anchor = indent
    return tuple(found)


_ITEM_NUMBER = re.compile(r"^\d{1,3}(?:[.)]|(?:\.\d{1,3})+\.?)(?:\s|$)")


def _carried_figure(previous: str, line: str) -> bool:
    """Does `line`, opening with a figure, carry over the phrase `previous` left open
    ("…its herbivores produce" / "620 kcal")? Not after a stop, colon or semicolon, and
    not an item's number ("1.1 Scope", "2. Using …")."""
    stripped = line.strip()
    return (
        stripped[:1].isdigit()
        and previous.rstrip()[-1:].isalpha()
        and not _ITEM_NUMBER.match(stripped)
    )


def _heading_in_insert(lines: list[str]) -> str | None:
    """A heading printed as part of a picture: an illustrated edition sets "Chapter I." or
    "List of Illustrations." inside the drawing that opens it, and the transcriber puts
    it in the caption ("[Illustration: … Chapter I. ]"). The heading still heads its
    chapter; the rest of the caption is left out with the picture."""
    inner = [re.sub(r"^\[\w+[’']?\w*:?\s*|\]$", "", line).strip() for line in lines]
    if len(inner) == 1 and _CONTENTS.match(inner[0]):
        return inner[0]  # "[Illustration: Contents]": the label over the list under it
    found = [line for line in inner if line and (h := parse_heading(line)) and h.family != "bare"]
    return found[-1] if found else None


_INSERT_OPEN = re.compile(
    r"^\s*\[(?:illustration|frontispiece|picture|image|decoration|sidenote|side-note"
    r"|transcriber[’']?s note)\b[^\]]*$",
    re.IGNORECASE,
)
MAX_INSERT_CHUNKS = 8


def _join_open_inserts(pieces: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """Rejoin an editor's insert that runs over blank lines ("[Illustration: MAP" /
    "_Drawn by the author._]"), so it is left out whole, not read from its second
    paragraph on. An insert that never closes within a few paragraphs is text.
    `pieces` are (chunk, blank lines before it)."""
    chunks = [chunk for chunk, _ in pieces]
    joined: list[tuple[str, int]] = []
    index = 0
    while index < len(chunks):
        chunk = chunks[index]
        if _INSERT_OPEN.match(chunk) and _depth(chunk) > 0:
            end, depth = None, 0
            for j in range(index, min(index + MAX_INSERT_CHUNKS, len(chunks))):
                depth += _depth(chunks[j])
                if depth <= 0:  # closed here ("[_Copyright 1894._]]" closes two)
                    end = j if depth == 0 and chunks[j].rstrip().endswith("]") else None
                    break
            if end is not None:
                joined.append(("\n".join(chunks[index : end + 1]), pieces[index][1]))
                index = end + 1
                continue
        joined.append(pieces[index])
        index += 1
    return joined


def _depth(text: str) -> int:
    """Square brackets opened and not closed in `text`."""
    return text.count("[") - text.count("]")


_TRANSCRIBER = re.compile(
    r"^[ \t]*(?:original\s+)?transcriber[’']?s[’']?\s+notes?\b"
    r"[^\n]*(?:\n(?![ \t]*\n[ \t]*\n[ \t]*\n)(?![ \t]*(?:[-=_~]{3,}|(?:\*[ \t]*){3,})[ \t]*$)"
    r"[^\n]*)*",
    re.IGNORECASE | re.MULTILINE,
)
"""A transcriber's note set as text ("Transcriber's Notes: Italic text is enclosed in
_underscores_…"): it runs to the next wide gap (three blank lines or more), which is how
Project Gutenberg's texts part their sections, to a rule line under it
("---------------------------------", "*  *  *  *  *"), which parts it from the book as
well, or to the end."""


MAX_NOTE_CHARS = 1500
_NOTE_LABEL = re.compile(
    r"[ \t]*(?:original\s+)?transcriber[’']?s[’']?\s+notes?[ \t]*[:.]?[ \t]*", re.IGNORECASE
)
"""A transcriber's note's label on a line of its own, its note in the paragraph under it."""


def _without_transcribers_notes(text: str, inserts: list[str]) -> str:
    """`text` without its transcriber's notes, each kept in `inserts`.

    A note runs to the next wide gap; one that would run on longer than a note does,
    or on to the end of the text (a book without wide gaps, however short), is cut to
    its own paragraph (a label alone, "Transcriber's Note:", with the paragraph under
    it), unless it closes the book (a list of corrections at the end), so no chapter
    text is ever taken with it.
    """
    kept: list[str] = []
    at = 0
    for m in _TRANSCRIBER.finditer(text):
        note = m.group()
        runs_to_end = not text[m.end() :].strip()
        closes_book = runs_to_end and m.start() > len(text) * 0.7
        if (len(note) > MAX_NOTE_CHARS or runs_to_end) and not closes_book:
            paragraphs = re.split(r"(\n[ \t]*\n)", note, maxsplit=2)
            label = _NOTE_LABEL.fullmatch(paragraphs[0])
            note = "".join(paragraphs[:3]) if label and len(paragraphs) > 2 else paragraphs[0]
        kept.append(text[at : m.start()])
        inserts.append(note.strip())
        at = m.start() + len(note)
    kept.append(text[at:])
    return "".join(kept)


_PAGE_NUMBER = re.compile(
    r"[ \t]?(?:(?<!\^)\{(?:\d{1,4}|[ivxlc]{1,7})\}"
    r"|\[(?:Pg|Page|p)\.?[ \t]?(?:\d{1,4}|[ivxlc]{1,7})\]|\[(?:S\.|Seite|pág\.?)[ \t]?\d{1,4}\])",
    re.IGNORECASE,
)
"""A printed page's number kept in the text, as some Project Gutenberg texts keep it:
"{12}", "[Pg 14]", "[p. xii]", German "[S. 13]". A narrator never reads it. Not a power's
raised figures ("y^{2}")."""


def _page_numbers_left_out(count: int) -> tuple[Omission, ...]:
    if not count:
        return ()
    return (Omission(f"{count} page number{'s' if count != 1 else ''}",
                     "a printed page's number, not read"),)  # fmt: skip


def _inserts_left_out(inserts: list[str]) -> tuple[Omission, ...]:
    """One entry per kind of insert for `plan` ("3 illustration captions")."""
    kinds: dict[str, list[str]] = {}
    for insert in inserts:
        match = _EDITORIAL.match(insert)
        kind = match["kind"].casefold().replace("’", "'") if match else "transcriber's note"
        kind = "transcriber's note" if kind.startswith("end of") else kind
        kinds.setdefault(_INSERT_NAMES.get(kind, kind), []).append(insert)
    return tuple(
        Omission(f"{len(found)} {name}{'s' if len(found) != 1 else ''}",
                 "an editor's insert, not read", "\n".join(found))
        for name, found in kinds.items()
    )  # fmt: skip


_INSERT_NAMES = {
    "illustration": "illustration caption", "frontispiece": "illustration caption",
    "picture": "illustration caption", "image": "illustration caption",
    "decoration": "illustration caption", "side-note": "sidenote",
    "transcriber's note": "transcriber's note", "transcribers note": "transcriber's note",
    "blank page": "blank-page marker",
}  # fmt: skip


_TIME_LINE = re.compile(
    r"^(?:(?:[A-Z][\w’'-]*|\d{1,4})(?:\s+[\w’'-]+){0,3}\s+(?:later|earlier|ago|before|after)"
    r"|(?:The\s+)?(?:present|present\s+day|next\s+(?:day|morning|evening|night)|same\s+day"
    r"|following\s+(?:day|morning|evening)|Earlier\s+that\s+\w+|Later\s+that\s+\w+))$",
    re.IGNORECASE,
)
"""A time line set right under a chapter heading ("Six months later", "Present day",
"The next morning"): part of the heading, as a narrator reads it, never the text."""


_RECORDING_TIME = r"(?:\d{1,2}:)?\d{2}:\d{2}"
_OPENING_STAMP = re.compile(rf"^[ \t]*\[(?P<time>{_RECORDING_TIME})\](?:[ \t]+|$)")
"""A transcript's place in its recording, opening a line: "[00:12:31]" over what was
said then, or "[00:12:31] AM: Can you tell me …"."""
_INNER_STAMP = re.compile(rf"(?<=\S)[ \t]+\[(?P<time>{_RECORDING_TIME})\](?=\s|$)")
"""The same inside a speaker's turn: "Eleven days. [00:13:58] We stood …"."""
_NOTE_TIME = re.compile(
    rf"(?P<note>\[[^\[\]\n]*[^\W\d_][^\[\]\n]*?)[ \t,:]+(?P<time>{_RECORDING_TIME})\]"
)
"""A transcriber's note with the recording's time: "[Recording ends 00:47:02]"."""
MIN_RECORDING_STAMPS = 2
RECORDING_TIME_WHY = "a transcript's place in its recording, not read"


def _without_recording_times(text: str) -> tuple[str, tuple[Omission, ...]]:
    """An interview's or an oral history's transcript without its recording's time
    stamps ("[00:12:31]" on a line of its own or opening a turn, "[00:13:58]" inside
    one, the time in "[Recording ends 00:47:02]", which says "Recording ends"), listed
    as left out: they tell a reader where a passage is on the tape, and a listener
    would hear "zero twelve and thirty-one seconds". Only in a text where two lines or
    more open with one, as a transcript's do; a time in brackets elsewhere is read."""
    lines = text.split("\n")
    if sum(bool(_OPENING_STAMP.match(line)) for line in lines) < MIN_RECORDING_STAMPS:
        return text, ()
    times: list[str] = []

    def taken(match: re.Match[str]) -> str:
        times.append(match["time"])
        return match.groupdict().get("note") or ""

    kept = []
    for line in lines:
        line = _NOTE_TIME.sub(lambda m: taken(m) + "]", _INNER_STAMP.sub(taken, line))
        opening = _OPENING_STAMP.match(line)
        if opening:
            line = taken(opening) + line[opening.end() :]
            if not line.strip():
                continue
        kept.append(line)
    what = f"{len(times)} time stamp{'s' if len(times) != 1 else ''}"
    return "\n".join(kept), (Omission(what, RECORDING_TIME_WHY, "\n".join(times)),)


_SPEAKER_KEY = re.compile(
    r"^[ \t]*(?:[A-Z][\w ]{1,30}:[ \t]*)?"
    r"(?P<name>[A-Z][\w.’'-]*(?:[ \t]+[A-Z][\w.’'-]*){1,4})"
    r"[ \t]*\((?P<initials>[A-Z]{2,4})\)[ \t]*$",
    re.M,
)
"""A transcript's header naming a speaker and the initials that tag their turns:
"Interviewer: Dr. Alun Morris (AM)", "Gwen Pritchard (GP)"."""
_HONORIFICS = re.compile(r"^(?:(?:Dr|Mr|Mrs|Ms|Miss|Prof|Professor|Rev|Sir|Dame)\.?[ \t]+)+")


def _speakers_by_name(text: str) -> str:
    """A transcript's turns tagged with the initials its header defines ("AM: This is
    Alun Morris …" under "Interviewer: Dr. Alun Morris (AM)") tagged with the speaker's
    name instead ("Alun Morris: …"), as a narrator reads them: said as a word, "AM"
    would be "am", and initials are letters a listener must keep in mind. Only where
    the tags open two turns or more; a tag no header line names ("Q:", "A:") stays."""
    names = {m["initials"]: _HONORIFICS.sub("", m["name"]).strip()
             for m in _SPEAKER_KEY.finditer(text)}  # fmt: skip
    if not names:
        return text
    tags = re.compile(rf"^(?P<lead>[ \t]*)(?P<tag>{'|'.join(names)}):(?=[ \t])", re.M)
    if len(tags.findall(text)) < 2:
        return text
    return tags.sub(lambda m: f"{m['lead']}{names[m['tag']]}:", text)


def _italic_wrapped(lines: list[str]) -> bool:
    """A heading's italic title wrapped onto a second line, as Project Gutenberg wraps a
    long one ("§ 2. _Concerning the Kind of Cognition which can alone be called" /
    "Metaphysical._"): the first line opens the italics, the second closes them and ends
    there, and the whole title is short enough for one."""
    first, second = lines[0].strip(), lines[1].strip()
    return (
        first.count("_") == 1 and "_" not in first[-1:]
        and second.count("_") == 1 and re.search(r"_[.:]?$", second) is not None
        and len(f"{first} {second}".split()) <= 2 * MAX_TITLE_WORDS
    )


def _paragraph_signs(blocks: list[_Block]) -> None:
    """A treatise's "§ 1." headings make its chapters only where it has no others and
    two of them at least (Kant's Prolegomena is parted by them alone); in a book with
    chapters they are the chapters' sections, read in them, and a lone "§ 4." is a line."""
    signs = [b for b in blocks if b.heading and b.heading.text.startswith("§")]
    others = any(b.heading and b.heading.family not in ("bare", "section") for b in blocks)
    if others or len(signs) < 2:
        for block in signs:
            block.heading, block.title, block.role = None, None, "body"


def _units_under_chapters(blocks: list[_Block]) -> None:
    """A course's "UNIT 7" and "Module 2: Listening" headings make its chapters only where
    they are its top-level headings (under parts at most); in a book divided by CHAPTER n
    they are its chapters' lines ("MODULE 1: Receiving stock …", a training plan's outline
    quoted in a chapter), read where they stand. Nor is a run of them, one straight under
    another, each a sentence ("MODULE 1: Receiving stock …." / "MODULE 2: Picking and
    packing …."), a chapter's heading: it is a course's outline, read as its lines, never
    one title joined from all of them."""
    chapters = any(b.heading and b.heading.family == "chapter" for b in blocks)

    def sentence(block: _Block) -> bool:
        heading = block.heading
        return bool(
            heading and heading.family in _PREMISES_FAMILIES and heading.has_title
            and re.search(r"[.!?]$", block.lines[-1].strip())
        )

    pairs = [i for i in range(len(blocks) - 1) if sentence(blocks[i]) and sentence(blocks[i + 1])]
    outline = {*pairs, *(i + 1 for i in pairs)}
    for i, block in enumerate(blocks):
        if block.heading and block.heading.family in _PREMISES_FAMILIES and (
            chapters or i in outline
        ):
            block.heading, block.title, block.role = None, None, "body"


def _find_headings(blocks: list[_Block]) -> None:
    """Mark heading blocks and give each its title; a two-line block may be a heading
    and its title ("CHAPTER I." / "Down the Rabbit-Hole")."""
    argued: list[_Block] = []
    for block in blocks:
        line = block.lines[0]
        first = parse_heading(line) or _spelled_number(line) or _number_and_title(line)
        if (first is None or (first.has_title and len(block.lines) > 1)) and (
            heading := _argued_heading(block.lines)
        ):
            block.heading, block.title, block.role = heading, clean_title(heading.text), "heading"
            argued.append(block)
            continue
        if first is None or len(block.lines) > 3:
            continue
        if len(block.lines) == 3:  # "EPILOGUE" / "DAMIEN" / "Six months later"
            if first.has_title or not (
                _is_title_line(block.lines[1], attached=True) and _TIME_LINE.match(block.lines[2])
            ):
                continue
            title = join_titles(clean_title(first.text), clean_title(block.lines[1]))
            block.title = join_titles(title, clean_title(block.lines[2]))
            block.heading, block.role = first, "heading"
            continue
        if first.family == "bare" and first.has_title:  # "ONE ~ Ticking", alone in its block
            if len(block.lines) == 2:
                continue
            match = _NUMBER_AND_TITLE.match(first.text)
            assert match is not None  # only `_number_and_title` gives a bare number a title
            block.title = join_titles(clean_title(match["num"]), clean_title(match["rest"]))
        elif len(block.lines) == 2 and _italic_wrapped(block.lines):
            first = parse_heading(" ".join(line.strip() for line in block.lines)) or first
            block.title = clean_title(first.text)  # "§ 2. _Concerning … called" / "Metaphysical._"
        elif len(block.lines) == 2:
            if first.has_title or not (
                _is_title_line(block.lines[1], attached=True) or _TIME_LINE.match(block.lines[1])
            ):
                continue
            block.title = join_titles(clean_title(first.text), clean_title(block.lines[1]))
        else:
            block.title = clean_title(_undecorated(first.text))  # "— 1 —" is chapter "1"
        block.heading, block.role = first, "heading"
    families = [b.heading.family for b in blocks if b.heading]
    for block in argued:  # one such paragraph alone may be prose that opens "Chapter 3."
        if block.heading and families.count(block.heading.family) < 2:
            block.heading, block.title, block.role = None, None, "body"
    _paragraph_signs(blocks)
    _units_under_chapters(blocks)
    _signatures_not_headings(blocks)
    _practical_headings(blocks)
    _glossary_at_the_end(blocks)
    families = [b.heading.family for b in blocks if b.heading]
    bare_ok = families.count("bare") >= 2 and "chapter" not in families
    # a number in words ("ONE", "Two.") heads a chapter only in a run counting up from
    # one, where it cannot be a one-word paragraph ("Two.", an answer)
    spelled = [b for b in blocks if b.heading and b.heading.family == "bare" and (
        _BARE_WORD.match(_undecorated(b.heading.text)) or b.heading.has_title
    )]  # fmt: skip
    counted = [b.heading.number for b in spelled if b.heading] == list(range(1, len(spelled) + 1))
    for block in blocks:
        if block.heading and block.heading.family == "bare" and (
            not bare_ok or (block in spelled and not (counted and len(spelled) >= 2))
        ):
            block.heading, block.title, block.role = None, None, "body"


MAX_ARGUMENT_WORDS = 60
MAX_ARGUMENT_LINES = 4
_ARGUED_FAMILIES = frozenset({"chapter", "book", "canto", "stave"})
_ARGUED_SEPARATOR = re.compile(r"[.:—–-]")


def _argued_heading(lines: list[str]) -> Heading | None:
    """A chapter's keyword and number with its argument after them, too long for a title
    (`MAX_TITLE_WORDS`) and perhaps wrapped at the margin, as old books head a chapter
    with what it tells: "CHAPTER I. THE AUTHOR GIVES SOME ACCOUNT OF HIMSELF AND FAMILY.
    HIS FIRST INDUCEMENTS TO TRAVEL." (Swift), "Capítulo primero. Que trata de la
    condición y ejercicio del famoso hidalgo" / "don Quijote de la Mancha" (Cervantes).
    A narrator reads it as the chapter's heading. It must be a block of its own, of
    `MAX_ARGUMENT_LINES` at most, a chapter, book, canto or stave numbered, then a stop,
    colon or dash, then a capital and `MAX_ARGUMENT_WORDS` at most: "Chapter and verse
    were quoted …" has no number, "Chapter one of the book was dull …" no stop after it,
    and a paragraph that runs on is longer."""
    if len(lines) > MAX_ARGUMENT_LINES:
        return None
    text = " ".join(" ".join(lines).split())
    match = _LABELLED.match(text) or _ORDINAL_FIRST.match(text) or _ordinal_first(text)
    if match is None:
        return None
    groups = match.groupdict()
    number = groups.get("num") or groups.get("rnum")
    family = (groups.get("kw") or groups["rkw"]).lower().rstrip(".")
    family = _FAMILIES.get(family, family)
    after = _AFTER.match(match["after"])
    assert after is not None  # the pattern matches any text
    rest = after["rest"]
    if (
        not number
        or family not in _ARGUED_FAMILIES
        or not _ARGUED_SEPARATOR.search(after["sep"] or "")
        or not rest
        or len(rest.split()) > MAX_ARGUMENT_WORDS
        or not (rest[0].isupper() or rest[0] in "\"'“‘(")
        or (_is_shouted(lines[0]) and not all(map(_is_shouted, lines)))  # a heading over text
        or any(_LABELLED.match(" ".join(x.split())) for x in lines[1:])  # a contents list's
        or any(_LEADERED.search(x) for x in lines)  # entries, a line each, or with pages
    ):
        return None
    return Heading(text, family, _number(number), has_title=True)


_PLATES_LABEL = re.compile(r"^_?(?:ILLUSTRATIONS|Illustrations|PLATES|Plates)_?[.:]?$")
"""A list of illustrations headed by the one word, as Project Gutenberg's books print it
("LIST OF ILLUSTRATIONS" is a `_NAMED` heading)."""
_PLATE_PAGE = re.compile(
    r"(?:(?:^|\s)_?(?:frontispiece|(?:(?:facing|to\s+face)\s+)?(?:p\.|page)_?\s*"
    r"(?:\d{1,4}|[ivxlc]{1,7}))_?\.?|(?:\s{2,}|\s*[.·…]{2,}\s*)(?:\d{1,4}|[ivxlc]{1,7}))$",
    re.IGNORECASE,
)
"""Where a list of illustrations places a plate: "_Frontispiece_", "_Facing p._ 20",
"_Page_ 17", or a page number set off by spaces or dot leaders."""
_PLATE_COLUMN = re.compile(r"^(?:(?:facing|to\s+face)\s+)?(?:page|p\.)$", re.IGNORECASE)


def _illustrations_heading(blocks: list[_Block]) -> None:
    """A line "ILLUSTRATIONS" alone over a list that places its plates (half its lines
    or more end in "_Frontispiece_", "_Facing p._ 20" or a page number, up to a wide
    gap) heads that list, as "LIST OF ILLUSTRATIONS" does, so that it is left out
    (`matter`) rather than read with the dedication or the title page before it. Only
    when a heading (or the end) follows the list: the section it heads runs to the next
    heading, and in a book whose chapters are not found that would be the book. Over
    anything else (an essay's prose) the word is read."""
    for index, block in enumerate(blocks):
        if block.role != "body" or len(block.lines) != 1:
            continue
        line = " ".join(block.lines[0].split())
        if not _PLATES_LABEL.match(line):
            continue
        entries: list[str] = []
        after = None
        for following in blocks[index + 1 :]:
            if following.role != "body" or (entries and following.gap >= WIDE_GAP):
                after = following
                break
            entries += [x.strip() for x in following.lines if not _PLATE_COLUMN.match(x.strip())]
        placed = sum(bool(_PLATE_PAGE.search(x)) for x in entries)
        ended = after is None or after.role in ("heading", "contents")
        if ended and placed and placed * 2 >= len(entries):
            block.heading = Heading(line, "list of illustrations", 0, has_title=False)
            block.title, block.role = clean_title(line), "heading"


_CAST_NAME = re.compile(r"^\s*(?P<name>[A-Z][A-Z'’-]+),\s")
"""A cast list's line naming a character in capitals and who they are ("EDWY, King of
England.")."""
_SPEAKER_PREFIX = re.compile(r"^(?P<lead>\s*_?)(?P<abbr>[A-Za-z]{2,6})(?P<dot>\._?\s)")


def _speakers_named(blocks: list[_Block]) -> None:
    """A play's speech prefix that shortens a cast member's name the way letters shorten a
    given name ("_Edw._" for EDWY) is written as the name the cast list gives, which is
    the only one it abbreviates: read as written, "Edw." would be said "Edward", another
    person. Other prefixes ("_Dun._") are left as written."""
    first = next((i for i, b in enumerate(blocks) if b.role == "heading"), None)
    if first is None or not any(b.heading and b.heading.family in ("act", "scene") for b in blocks):
        return
    cast = {
        match["name"] for b in blocks[:first] for line in b.lines
        if (match := _CAST_NAME.match(line))
    }  # fmt: skip
    given = {k.casefold(): v for k, v in GIVEN_NAMES.items()}
    named: dict[str, str] = {}
    for abbr, name in given.items():
        matches = [c for c in cast if c.casefold().startswith(abbr)]
        if len(matches) == 1 and matches[0].casefold() != name.casefold():
            named[abbr] = matches[0]
    if not named:
        return
    for block in blocks[first:]:
        if block.role != "body":
            continue
        for at, line in enumerate(block.lines):
            match = _SPEAKER_PREFIX.match(line)
            name = named.get(match["abbr"].casefold()) if match else None
            if match and name:
                said = name if match["abbr"].isupper() else name.capitalize()
                block.lines[at] = f"{match['lead']}{said}{line[match.start('dot') :]}"


def _glossary_at_the_end(blocks: list[_Block]) -> None:
    """A "Glossary" heads a chapter only once, after the book's last numbered chapter
    (its back matter); a children's book's "Glossary" box at each chapter's end, a
    numbered chapter after it, is a line of its chapter."""
    glossaries = [b for b in blocks if b.heading and b.heading.family == "glossary"]
    if not glossaries:
        return
    last = glossaries[-1]
    after = blocks[blocks.index(last) + 1 :]
    numbered_after = any(b.heading and b.heading.number != 0 for b in after)
    for block in glossaries:
        if len(glossaries) > 1 or numbered_after:
            block.heading, block.title, block.role = None, None, "body"


_LONE_INITIAL = re.compile(r"^[MDCLXVI]\.$")


def _signatures_not_headings(blocks: list[_Block]) -> None:
    """A letter signed with one initial on its own ("M.", "X.", "V.") in a book whose
    other bare headings are not Roman numerals ("ONE", "TWO", or "1", "2"): the
    signature, read as the letter's last line, never a chapter "One Thousand". In a
    book numbered "I.", "II.", "III." a lone "V." is still a heading."""
    bare = [b for b in blocks if b.heading and b.heading.family == "bare"]
    lone = [b for b in bare if _LONE_INITIAL.match(" ".join(b.lines[0].split()))]
    others = [b for b in bare if b not in lone]
    if len(others) < 2 or any(
        re.fullmatch(rf"{_ROMAN}\.?", _undecorated(" ".join(b.lines[0].split()))) for b in others
    ):
        return
    for block in lone:
        block.heading, block.title, block.role = None, None, "body"


_PRACTICAL = re.compile(r"^(?P<kw>project|week|recipe|workout)\s+(?P<num>\d{1,3})\.?$", re.I)
"""A practical book's unit alone on its line: "PROJECT 1", "Week 5"."""


def _practical_headings(blocks: list[_Block]) -> None:
    """Mark a practical book's projects or weeks as its chapters ("PROJECT 1" / "A
    Simple Bookcase", "Week 1", "Week 5"), in a book with no chapter headings: each
    alone in its block (or over its title line), two or more of one kind, numbered up
    from 1. "Week 3" in a sentence or a plan's "Week 3: run 20 min" is no heading."""
    if any(b.heading and b.heading.family in ("chapter", "part") for b in blocks):
        return
    found: dict[str, list[tuple[_Block, int]]] = {}
    for block in blocks:
        match = _PRACTICAL.match(" ".join(block.lines[0].split()))
        if block.heading is not None or match is None or len(block.lines) > 2:
            continue
        if len(block.lines) == 1 or _is_title_line(block.lines[1], attached=True):
            found.setdefault(match["kw"].casefold(), []).append((block, int(match["num"])))
    for family, run in found.items():
        numbers = [number for _, number in run]
        if len(run) < 2 or numbers[0] != 1 or numbers != sorted(set(numbers)):
            continue
        for block, number in run:
            first = " ".join(block.lines[0].split())
            block.heading = Heading(first, family, number, has_title=False)
            block.title = clean_title(first)
            if len(block.lines) == 2:
                block.title = join_titles(block.title, clean_title(block.lines[1]))
            block.role = "heading"


_CHAP = re.compile(r"^chap\.\s*", re.IGNORECASE)


def _unabbreviated(title: str) -> str:
    """Old books' "CHAP. II." titled "CHAPTER II.", as a narrator reads it ("Chapter
    Two"); "CHAP. I. The Arrival" is "Chapter I. The Arrival"."""
    chap = _CHAP.match(title)
    if not chap:
        return title
    return f"{'CHAPTER' if _is_shouted(title) else 'Chapter'} {title[chap.end() :]}"


def _spelled_number(line: str) -> Heading | None:
    """A chapter number in words alone on its line ("ONE", "~ Two ~"): a heading only
    where `_find_headings` finds a run of them, so other passes never take it for one."""
    line = " ".join(line.split())
    match = _BARE_WORD.match(_undecorated(line))
    return Heading(line, "bare", _number(match["num"]), has_title=False) if match else None


_NUMBER_AND_TITLE = re.compile(
    rf"^(?P<num>\d{{1,3}}|{_ROMAN}|(?i:{_SPELLED}))\s*[~|]\s*(?P<rest>\S.*)$"
)


def _number_and_title(line: str) -> Heading | None:
    """A chapter's number and its title set apart by a tilde or a bar ("ONE ~ Ticking",
    "2 | Silence"), as web serials (Wattpad) head their parts. Like a number in words, a
    heading only in a run counting up from one (`_find_headings`): the marks are never
    prose's, and the count rules out a line of verse or a table's row."""
    line = " ".join(line.split())
    match = _NUMBER_AND_TITLE.match(line)
    if not match or not _is_heading_title(match["rest"], separated=True):
        return None
    return Heading(line, "bare", _number(match["num"]), has_title=True)


def _undecorated(line: str) -> str:
    decorated = _DECORATED.match(line)
    return decorated["inner"] if decorated else line


_CHORAL = frozenset({"prologos", "parodos", "stasimon", "exodos"})
"""A Greek play's sections: the lone line under one is who speaks ("CHORUS"), no title."""


def _attach_title_lines(blocks: list[_Block]) -> None:
    """A lone line between a bare heading and its text is its title ("CHAPTER 3" /
    "The Title" / text). Alone in its block, a title must not end like a sentence, as a
    chapter's first paragraph may be one short line ("Silence."); but where every such
    heading of a kind (two at least) is followed by a short title-cased line, as old
    books print "CHAP. II." over "The Neighbours.", that line is each one's title; so is
    a line the contents list names with the heading ("I  Marseille.--L'arrivée." for "I"
    over "Marseille.--L'arrivée."), a sentence's case and stop notwithstanding. A lone
    line right above a bare heading is its title only where the contents list names the
    two together ("NATURE." over "CHAPTER I." for "CHAPTER I.  NATURE", Emerson's title
    set over the number, though it is the book's own title too)."""
    found: list[tuple[_Block, _Block, str]] = []  # heading, its title line, its family
    untitled: dict[str, int] = {}  # headings with no title on their line, by family
    for index, block in enumerate(blocks):
        heading = block.heading
        if block.role != "heading" or heading is None:
            continue
        if len(block.lines) == 1 and not heading.has_title:
            untitled[heading.family] = untitled.get(heading.family, 0) + 1
        if (
            len(block.lines) == 1
            and not heading.has_title
            and index + 2 < len(blocks)
            and heading.family not in _CHORAL
        ):
            following, after = blocks[index + 1], blocks[index + 2]
            if (
                (len(following.lines) == 1 or _wrapped_title(following.lines))
                and following.role == "body"
                and parse_heading(after.lines[0]) is None
                and not _CONTENTS.match(following.lines[0])
                and not _PAGE_LABEL.match(following.lines[0])
            ):
                found.append((block, following, heading.family))
    lines: dict[str, list[str]] = {}
    for _, following, family in found:
        lines.setdefault(family, []).append(_title_text(following))
    titled = {
        family for family, titles in lines.items()
        if 2 <= len(titles) == untitled[family]
        and all(_is_title_line(title, attached=True) for title in titles)
    }  # fmt: skip
    listed = {  # the contents list's entries, as "i marseille l arrivée"
        _entry_key(_PAGE_REF.sub("", _DOTTED_PAGE.sub("", line)))
        for b in blocks if b.role == "contents" for line in b.lines
    }  # fmt: skip
    for block, following, family in found:
        title = _title_text(following)
        named = f"{_entry_key(block.lines[0])} {_entry_key(title)}" in listed
        if family in titled or named or _is_title_line(title, attached=False):
            block.title = join_titles(block.title or "", clean_title(title))
            following.role = "title"
    for above, block, below in zip(blocks, blocks[1:], [*blocks[2:], None], strict=False):
        heading = block.heading
        if (
            block.role == "heading" and heading is not None and not heading.has_title
            and len(block.lines) == 1 and (below is None or below.role != "title")
            and above.role == "body" and len(above.lines) == 1
            and f"{_entry_key(block.lines[0])} {_entry_key(above.lines[0])}" in listed
        ):  # fmt: skip
            # the title set over its number ("NATURE." over "CHAPTER I.", the contents'
            # "CHAPTER I.  NATURE"), not the book's title again as a half-title
            block.title = join_titles(block.title or "", clean_title(above.lines[0]))
            above.role = "title"


MAX_WRAPPED_TITLE_LINES = 3
"""Lines a chapter's title set in capitals is wrapped over at the most (`_wrapped_title`)."""


def _wrapped_title(lines: list[str]) -> bool:
    """Is this block a chapter's title wrapped over two or three lines, as a printed book
    sets a long one ("ANCESTRY AND EARLY YOUTH IN" / "BOSTON")? Every line is in capitals
    and every line but the last runs on: it ends on a letter, with no stop or comma (an
    imprint's "LONDON:" / "PRINTED FOR …" or a list's "MISTRESS," does not), and the
    title's words together are no more than a title holds (`MAX_TITLE_WORDS`)."""
    return (
        2 <= len(lines) <= MAX_WRAPPED_TITLE_LINES
        and all(_is_shouted(line) for line in lines)
        and all(line.rstrip()[-1:].isalpha() for line in lines[:-1])
        and len(" ".join(lines).split()) <= MAX_TITLE_WORDS
    )


def _title_text(block: _Block) -> str:
    """A title block's words on one line: a wrapped title's lines joined."""
    return " ".join(line.strip() for line in block.lines)


_DROP_CAP = re.compile(r"^(?P<open>[\"“‘'(]*)(?P<cap>[A-Z])\s+(?P<rest>[A-Z]+)(?![^\W\d_])")
"""A chapter's first word with its drop cap set apart, as a converter gives a big
initial letter beside the line: "T HE morning", "I T was", "W    HEN"."""


def _join_drop_caps(blocks: list[_Block]) -> None:
    """Join a drop cap to the rest of its word on a chapter's first line ("T HE" →
    "THE", "E LIAS" → "ELIAS"), only where the joined word is one the book uses
    elsewhere; and never where the letter is a word of its own and so is the rest ("A
    LONG", "I AM"), which the book may mean as two."""
    words = {  # the book's words, but for the pieces of split ones
        w for b in blocks if b.role == "body"
        for x in [_DROP_CAP.sub("", b.lines[0]), *b.lines[1:]] for w in _WORD.findall(x.casefold())
    }  # fmt: skip
    previous: _Block | None = None
    for block in blocks:
        match = _DROP_CAP.match(block.lines[0])
        if match and block.role == "body" and previous is not None and previous.role == "heading":
            cap, rest = match["cap"], match["rest"]
            alone = cap in "AIO" and rest.casefold() in words
            if (cap + rest).casefold() in words and not alone:
                block.lines[0] = match["open"] + cap + rest + block.lines[0][match.end() :]
        if block.role != "title":
            previous = block


# ---------------------------------------------------------------- title page

_EDITORIAL = re.compile(
    r"^\[(?P<kind>illustration|frontispiece|picture|image|decoration|sidenote|side-note"
    r"|transcriber[’']?s note|blank page|end of (?:the )?tran?s?criptions?)\b"
    r"(?:[^\[\]]|\[[^\[\]]*\])*\]$",
    re.IGNORECASE,
)
"""An editor's insert on a line or paragraph of its own: an illustration's caption, a
marginal sidenote, a transcriber's note, a blank-page marker, the transcriber's "[End of
transcriptions.]" closing the facsimile pages set out at a book's end. Print shows them
beside the text; a narrator does not read them. A label naming the page transcribed
("[Page 4 of _The Pennsylvania Gazette_.]") is read: it says what the listener hears."""
MAX_TITLE_PAGE_LINES = 10


_CONTACT = re.compile(
    r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:\+|\()?\d(?:[ ().-]?\d){8,}"
    r"|(?:\b(?:about|approx(?:\.|imately)?|c\.|ca\.)\s*)?(?<![\w,.])\d[\d,.]*k?\s+words\b"
    r"|\bword count\b",
    re.IGNORECASE,
)
"""A line of a manuscript's contact block: an e-mail address, a telephone number, the
word count ("about 2,300 words"). Each run is tried from its start only (the lookbehinds),
so an unbroken line of 200,000 letters or figures is scanned once, not once a letter."""


_AO3 = re.compile(r"\A[^\n]*\n+Posted originally on the Archive of Our Own at \S+\n")
_AO3_HEADER = re.compile(
    r"\A(?P<header>[^\n]*\n+Posted originally on the Archive of Our Own[^\n]*\n"
    r"(?:.*?\n)??Stats:\n[^\n]*\n)", re.DOTALL
)
_AO3_LABEL = re.compile(
    r"^(?:Summary|Notes|Chapter Notes|Chapter Summary|Chapter Text|Chapter End Notes|End Notes"
    r"|Afterword|See the (?:end|beginning) of the (?:chapter|work) for (?:more )?notes\.?"
    r"|See the end of the work for other works inspired by this one\.?"
    r"|Please drop by the Archive and comment to let the creator know if you enjoyed"
    r" their work!)[ \t]*$",
    re.MULTILINE,
)


def _without_archive_furniture(text: str) -> tuple[str, tuple[Omission, ...]]:
    """A work downloaded from the Archive of Our Own as text: its header (the archive's
    address, rating, warnings, tags and statistics) and the archive's own labels
    ("Chapter Text", "See the end of the chapter for more notes.") are not the author's
    words; the summaries and the author's notes under their labels are not the story.
    All are left out and listed, as from the HTML download (`html.py`) and a copied
    page (`_without_archive_page`). The title and the byline are the title page's."""
    if not _AO3.match(text):
        return text, ()
    header = _AO3_HEADER.match(text)
    omitted = []
    if header:
        text = text[header.end() :]
        omitted.append(Omission("the Archive of Our Own header", "the archive's, not the work's",
                                header["header"].strip()))  # fmt: skip
    labels: list[str] = []
    kept: list[str] = []
    sections: dict[str, list[list[str]]] = {"summary": [], "notes": []}
    section: list[str] | None = None  # the summary or notes being left out
    for line in text.split("\n"):
        label = _AO3_LABEL.match(line)
        if label:
            labels.append(line.strip())
            kind = "summary" if "Summary" in line else "notes" if "Notes" in line else None
            section = [] if kind and not line.startswith("See") else None
            if section is not None and kind:
                sections[kind].append(section)
            kept.append("")
        elif _AO3_PAGE_CHAPTER.match(line.strip()):
            section = None
            kept.append(line)
        elif section is None:
            kept.append(line)
        elif line.strip():
            section.append(line.strip())
    summaries = ["\n".join(x) for x in sections["summary"] if x]
    notes = ["\n".join(x) for x in sections["notes"] if x]
    found = [
        (f"{len(labels)} archive labels", "the archive's, not the work's", labels),
        ("the summary" if len(summaries) == 1 else f"{len(summaries)} summaries",
         "the author's summary, not the story", summaries),
        (f"{len(notes)} author's note{'s' if len(notes) != 1 else ''}",
         "the author's notes, not the story", notes),
    ]  # fmt: skip
    omitted += [Omission(what, why, "\n".join(lines)) for what, why, lines in found if lines]
    return "\n".join(kept), tuple(omitted)


# ---------------------------------------------------------------- web serials

_WATTPAD_STATS = (
    r"[\d.,]+[KkMm]?\s+Reads\s*[·•|]\s*[\d.,]+[KkMm]?\s+Votes(?:\s*[·•|]\s*\d+\s+Parts?)?"
)
_WATTPAD_BUTTONS = r"Vote\s*[·•|]\s*Comment\s*[·•|]\s*Share"
_WATTPAD = re.compile(rf"^[ \t]*(?:{_WATTPAD_STATS}|{_WATTPAD_BUTTONS})[ \t]*$", re.MULTILINE)
"""What only a story copied from Wattpad shows: its reads and votes ("12.4K Reads · 1.1K
Votes · 4 Parts") or the buttons under a part ("Vote · Comment · Share")."""
_WATTPAD_LINE = re.compile(
    rf"^(?:{_WATTPAD_STATS}|{_WATTPAD_BUTTONS}|Continue reading next part|Dedicated to @\w.*)$"
)
"""Wattpad's own lines in a copied story: the statistics, the buttons, the link to the
next part, and a part's dedication to a reader ("Dedicated to @moonlitpages …")."""
_WATTPAD_BYLINE = re.compile(r"\A\s*(?P<title>[^\n]*\S)[ \t]*\n[ \t]*by @(?P<who>[\w.-]+)[ \t]*\n")


def _without_wattpad(text: str) -> tuple[str, dict[str, str], tuple[Omission, ...]]:
    """A story copied from Wattpad's pages, known by the site's statistics or buttons:
    those, the "Continue reading next part" link and the dedications are the site's, not
    the story's, and are left out; the title and the writer's handle under it ("by
    @tickingheart_writes") go to the credits. Any other text is returned as it was."""
    if not _WATTPAD.search(text):
        return text, {}, ()
    credits: dict[str, str] = {}
    printed: list[str] = []
    if opening := _WATTPAD_BYLINE.match(text):
        credits = {"title": opening["title"].strip(), "author": opening["who"]}
        printed = [credits["title"], f"by @{opening['who']}"]
        text = text[opening.end() :]
    lines = text.split("\n")
    site = [line.strip() for line in lines if _WATTPAD_LINE.match(line.strip())]
    text = "\n".join("" if _WATTPAD_LINE.match(line.strip()) else line for line in lines)
    what = f"Wattpad's page furniture ({len(site)} line{'s' if len(site) != 1 else ''})"
    furniture = Omission(what, "the site's, not the story's", "\n".join(site))
    return text, credits, (*_title_page_left_out(printed), furniture)


_AO3_PAGE_TEXT = re.compile(r"^[ \t]*(?:Chapter Text|Work Text:)[ \t]*$", re.MULTILINE)
_AO3_PAGE_LABEL = re.compile(
    r"^(?:Summary:|Notes:|Chapter Text|Work Text:"
    r"|\(See the end of the (?:chapter|work) for (?:more )?notes\.\)"
    r"|\(See the end of the work for other works inspired by this one\.\))$"
)
"""The labels of a work's page on the Archive of Our Own, as copied from a browser: the
page's headings over the summary, the notes and the text, and its pointers to notes."""
_AO3_PAGE_CHAPTER = re.compile(r"^Chapter \d{1,4}(?:: \S.*)?$")
_AO3_PAGE_FOOTER = re.compile(
    r"^(?:Actions|← Previous Chapter|Next Chapter →|Top of Work|Entire Work|Kudos ♥|Bookmark"
    r"|Share|Comments|Mark for Later|(?:Hide )?Comments \(\d[\d,]*\)|Kudos \(\d[\d,]*\)"
    r"|Bookmarks \(\d[\d,]*\)|.+ left kudos on this work!)$"
)
"""The buttons and counts under a work's page (Kudos, Bookmark, "Comments (42)", the
list of who left kudos)."""


def _without_archive_page(text: str) -> tuple[str, dict[str, str], tuple[Omission, ...]]:
    """A work copied from its page on the Archive of Our Own (not downloaded): known by
    the page's "Chapter Text" (or "Work Text:") label with another of its labels. The
    labels, the buttons and counts after the work, the summaries and the author's notes
    are not the story, and are left out, listed, as from a downloaded page (`html.py`);
    the title and the author's name above the first label go to the credits. Chapter
    headings ("Chapter 2: The Letter") are set apart, as a copy without blank lines
    runs them into the line before. Any other text is returned as it was."""
    lines = text.split("\n")
    labels = [line.strip() for line in lines if _AO3_PAGE_LABEL.match(line.strip())]
    if not _AO3_PAGE_TEXT.search(text) or all(_AO3_PAGE_TEXT.match(x) for x in labels):
        return text, {}, ()
    end = len(lines)
    while end and (not lines[end - 1].strip() or _AO3_PAGE_FOOTER.match(lines[end - 1].strip())):
        end -= 1
    footer = [line.strip() for line in lines[end:] if line.strip()]
    if not any(x == "Actions" or x.endswith(" left kudos on this work!") for x in footer):
        end, footer = len(lines), []
    first = next((i for i, line in enumerate(lines) if _AO3_PAGE_LABEL.match(line.strip())
                  or _AO3_PAGE_CHAPTER.match(line.strip())), 0)  # fmt: skip
    printed = [line.strip() for line in lines[:first] if line.strip()]
    if len(printed) != 2 or any(len(x.split()) > MAX_TITLE_WORDS for x in printed):
        printed, first = [], 0
    credits = dict(zip(("title", "author"), printed, strict=False))
    kept: list[str] = []
    sections: dict[str, list[list[str]]] = {"Summary:": [], "Notes:": []}
    section: list[str] | None = None  # the summary or notes being left out
    for line in lines[first:end]:
        if _AO3_PAGE_LABEL.match(line.strip()):
            section = [] if line.strip() in sections else None
            if section is not None:
                sections[line.strip()].append(section)
            kept.append("")
        elif _AO3_PAGE_CHAPTER.match(line.strip()):
            section = None
            kept.extend(["", line, ""])
        elif section is None:
            kept.append(line)
        elif line.strip():
            section.append(line.strip())
    summaries = ["\n".join(x) for x in sections["Summary:"] if x]
    notes = ["\n".join(x) for x in sections["Notes:"] if x]
    site = labels + footer
    found = [
        (f"the archive's labels and buttons ({len(site)} line{'s' if len(site) != 1 else ''})",
         "the archive's, not the work's", site),
        ("the summary" if len(summaries) == 1 else f"{len(summaries)} summaries",
         "the author's summary, not the story", summaries),
        (f"{len(notes)} author's note{'s' if len(notes) != 1 else ''}",
         "the author's notes, not the story", notes),
    ]  # fmt: skip
    omitted = tuple(Omission(what, why, "\n".join(found)) for what, why, found in found if found)
    return "\n".join(kept), credits, _title_page_left_out(printed) + omitted


_AUTHORS_NOTE = re.compile(r"^[(\[]?\s*A/N\s*[:\-–—]", re.IGNORECASE)
"""A web serial's author's note ("A/N: thank u for 1k reads!!"): the abbreviation is
web fiction's own, so it marks one where a chapter opens or closes with it, in any text
(inside a chapter, a printed book's "A/N:" may be the story's: `webfiction.edge_notes`)."""
_WEB_AUTHORS_NOTE = re.compile(r"^[(\[]?\s*(?:A/N|author['’]?s\s+notes?)\s*[:\-–—]", re.I)
"""An author's note in a text known to be copied from a web serial's site, where
"Author's Note:" opening a paragraph is one too (in a printed book, it is read)."""


def _without_authors_notes(
    blocks: list[_Block], *, web: bool
) -> tuple[list[_Block], tuple[Omission, ...]]:
    """The blocks without a web serial's author's notes to its readers (about updates,
    votes, thanks), which are not the story; they are listed as left out. The web
    readers' one rule (`webfiction.edge_notes`) finds them where a chapter opens or
    closes: "A/N:" in any text; in a copy of a serial's site (`web`) or a text that
    shows itself fan fiction (`webfiction.shows_fan_fiction`: an "A/N", "AN:", a
    "Disclaimer: I don't own" at a chapter's edge) also "AN:", "Author's Note:",
    "Review replies:" with the replies, "Please review!", "Edit:", "Dedicated to
    @reader", and the fic's summary at its front (`webfiction.front_summary`). In a
    site's copy an "A/N:" or "Author's Note:" paragraph inside a chapter goes too; in
    a printed novel an "Author's Note:" is the author's, and read."""
    chapters = _chapters_of_blocks(blocks)
    texts = [[_edge_text(blocks[i]) for i in chapter] for chapter in chapters]
    fiction = web or shows_fan_fiction(texts)
    found: set[int] = set()
    for chapter, said in zip(chapters, texts, strict=True):
        found.update(chapter[i] for i in edge_notes(said, strict=not fiction))
    if web:
        found.update(i for i, b in enumerate(blocks) if _WEB_AUTHORS_NOTE.match(b.lines[0]))
    summary = [chapters[0][i] for i in front_summary(texts[0])] if fiction and chapters else []
    found.difference_update(summary)
    omitted: list[Omission] = []
    if found:
        what = f"{len(found)} author's note{'s' if len(found) != 1 else ''}"
        text = "\n".join(" ".join(blocks[i].lines) for i in sorted(found))
        omitted.append(Omission(what, "the author's notes to readers, not the story", text))
    if summary:
        text = "\n".join(" ".join(blocks[i].lines) for i in summary)
        omitted.append(Omission("the summary", "the author's summary, not the story", text))
    gone = found.union(summary)
    return [b for i, b in enumerate(blocks) if i not in gone], tuple(omitted)


def _chapters_of_blocks(blocks: list[_Block]) -> list[list[int]]:
    """The blocks' places, chapter by chapter, parted at each heading's block ("Chapter
    2: The Barrow"; the heading not in either): the front before the first heading
    first, then each chapter, even when empty."""
    chapters: list[list[int]] = [[]]
    for i, block in enumerate(blocks):
        if parse_heading(block.lines[0]) is not None:
            chapters.append([])
        else:
            chapters[-1].append(i)
    return chapters


def _edge_text(block: _Block) -> str | None:
    """A block as `webfiction.edge_notes` takes it: its words, or None for a scene
    break's mark ("* * *", "~~~", "xXx"), which is passed over."""
    if len(block.lines) == 1 and (
        SCENE_BREAK.match(block.lines[0]) or ornament_line(block.lines[0])
    ):
        return None
    return " ".join(block.lines)


def _contact_block(blocks: list[_Block]) -> None:
    """A manuscript in standard manuscript format opens with the writer's name, address,
    e-mail, telephone and the word count, above the title: for an editor, not a
    listener. The short lines that open the text, up to the last such line (ten at
    most), are left out with the title page, and none is the title. A contest's or an
    agent's title page sets the title and byline first ("WINTER ORCHARD" / "by Ruth
    Abernathy" over the e-mail and "Approx. 2,400 words"): then only the blocks from the
    first contact line on are the contact block, and the title page above them gives the
    credits their title and author."""
    first = next((i for i, b in enumerate(blocks) if b.role == "heading"), len(blocks))
    opening = list(itertools.takewhile(
        lambda b: b.role == "body" and all(len(line.split()) <= 8 for line in b.lines),
        blocks[: min(first, MAX_CONTACT_LINES)],
    ))  # fmt: skip
    signals = [
        i for i, b in enumerate(opening) for line in b.lines
        if _CONTACT.search(line) and not re.search("[\"“”‘’«»]", line)
        and not re.search(r"\b1\d{3}\s*[-–]\s*(?:1|20)\d{2}\b", line)  # a span of years
    ]  # fmt: skip
    last = max(signals, default=None)  # two signals (e-mail, telephone, word count) at least
    if last is not None and len(signals) >= 2 and sum(
        len(b.lines) for b in opening[: last + 1]
    ) <= MAX_CONTACT_LINES:
        start = min(signals)
        above = [line for b in opening[:start] for line in b.lines]
        if not any(credit(line) for line in above):  # the writer's name and address
            start = 0  # over the e-mail are the contact block's
        for block in opening[start : last + 1]:
            block.role = "titlepage"
        if start:
            log.info("the title page's contact lines under its byline are left out")


MAX_CONTACT_LINES = 10


def _title_page(blocks: list[_Block], *, gutenberg: bool) -> dict[str, str]:
    """The title page above the first chapter heading: its title, author and editor.

    Its lines are short (a title, "by AUTHOR", an edition line, a dedication);
    they are read once in the opening credits, so they are no chapter of their
    own. In a Project Gutenberg text it may follow a paragraph of the transcriber's
    note set over a rule ("-----"), which is read: then its credit line must show it.
    Outside a Project Gutenberg file the page must show that it is one: an
    all-capitals first line, a credit line ("by …", "Edited by …", "adapted for
    the stage by"), or a name the copyright line repeats. A book with no heading has
    one only with a title in capitals over a credit line ("ANTIGONE" / "by Sophocles").
    """
    first = next((i for i, b in enumerate(blocks) if b.role == "heading"), None)
    if first == 0 and _titled_book_of(blocks):
        blocks[0].role, blocks[0].heading, blocks[0].title = "body", None, None
        first = next((i for i, b in enumerate(blocks) if b.role == "heading"), None)
    if first == 0:
        return {}
    whole = [b for b in blocks[: first or len(blocks)] if b.role == "body"]
    rule = next(
        (i for i, b in enumerate(whole[:3]) if len(b.lines) == 1 and _RULE.match(b.lines[0])),
        None,
    )
    if gutenberg and rule and all(_is_prose(b) for b in whole[:rule]) and any(
        credit(line) for b in _page_blocks(whole[rule + 1 :]) for line in b.lines
    ):  # a transcriber's note's paragraph over a rule, then the page with its "BY" line
        whole = whole[rule + 1 :]
    front = _page_blocks(whole)
    lines = [line for b in front for line in b.lines if not _EDITORIAL.match(line)]
    if not front:
        return {}
    credits = [credit(line) for line in lines]
    others = _other_credits(lines)  # "TRANSLATED BY" / "ELLEN MARSH": no author's lines
    signed = first is None and _name_under_title(front)  # no heading: "TITLE" / "Gemma Pryce"
    if first is None and not signed and not (
        len(front) > 1 and credits[0] is None and (any(credits) or others)
        and (_is_shouted(lines[0]) or _lone_by(front))
    ):  # with no heading, a title in capitals over a credit ("by Sophocles") makes a page,
        return {}  # or "by" alone between title and name; "Frost" / "By Evening Light" no
    runs = [  # each line with the lines its sentence runs on into
        r for b in front for x, r in zip(b.lines, _runs_on(b.lines), strict=True)
        if not _EDITORIAL.match(x)
    ]  # fmt: skip
    legal_at = next(  # (an editor's credit is one of `is_legal`'s copyright-page lines)
        (i for i, run in enumerate(runs) if is_legal(run) and not credits[i]), len(lines)
    )
    author_at = next((i for i, c in enumerate(credits) if c and c[0] == "author"), None)
    editor_at = next(  # "Edited by Tessa Lin" on the copyright page is no anthology's editor
        (i for i, c in enumerate(credits[:legal_at]) if c and c[0] == "editor"), None
    )
    if author_at is None and editor_at is None and (genre := _genre_page(front)):
        return genre
    legal = any(map(is_copyright_evidence, runs))  # never a story's "Printed in red across …"
    if not legal and len(front) < len(whole):  # the copyright page right under the page's
        legal = any(map(is_copyright_evidence, _runs_on(whole[len(front)].lines)))  # lines
    imprint = any(_imprint(b.lines) for b in front) or any(
        _PUBLISHER.match(x) and not _is_prose(_Block(lines=[x])) for x in lines
    )  # a masthead's "Kiadja az Országos Közművelődési Tanács" ("published by")
    thesis = any(map(_SUBMITTED.match, lines))  # "A Thesis Submitted for the Degree of …"
    if len(front) < len(whole) and author_at is None and editor_at is None and not (
        legal or others or imprint or thesis or signed
    ):
        return {}  # more text follows: only a "by", a copyright line or an imprint shows a page
    # "Антон Чехов" over "ВИШНЁВЫЙ САД": the author's name set above the title
    author_first = (
        author_at is None and len(lines) > 1 and not _is_shouted(lines[0])
        and _is_name(lines[0]) and _is_shouted(lines[1])
    )  # fmt: skip
    holder_at = _copyright_holder(lines) if author_at is None and not author_first else None
    if not (
        gutenberg or author_at is not None or editor_at is not None or author_first
        or holder_at is not None or _is_shouted(lines[0]) or thesis
    ):  # fmt: skip
        return {}
    if author_first:
        title_lines = list(itertools.takewhile(_is_shouted, lines[1:]))
        found = {
            "author": display_case(lines[0].strip(" ."), names=True),
            "title": display_case(" ".join(title_lines).strip(" .,;:")),
        }
        _mark_title_page(whole, len(front), {lines[0], *title_lines}, alone=first is None)
        return found
    found: dict[str, str] = {}
    named: set[str] = set()
    original = _translated_from(lines, author_at) if author_at is not None else None
    for role, at in (("author", author_at), ("editor", editor_at)):
        if at is None:
            continue
        named.add(lines[at])
        if role == "author" and original is not None:
            continue
        who = credits[at][1]  # type: ignore[index]
        if at + 1 < len(lines) and (  # "Edited by" over "Fiona Gallagher"
            not who or (NAMED_BY_KIN.match(who) and _is_name(_credentialed(lines[at + 1])))
        ):  # "EDITED BY HIS GRANDDAUGHTER" over "ELLEN MARSH"
            who = lines[at + 1]
            named.add(who)
        if who := _credentialed(who).strip(" .,"):
            found[role] = display_case(re.sub(r"^the\s+", "", who), names=True)
    if original:  # the "by" line names the translator, not the author
        found["author"] = display_case(original, names=True)
    elif author_at is not None and "editor" not in found and (
        editor := editor_after_byline(lines[author_at])
    ):  # "by John Smith, edited by his daughter Mary Smith"
        found["editor"] = display_case(_credentialed(editor).strip(" .,"), names=True)
    if holder_at is not None:  # "Ashwin Tarrow" over "Copyright © 2024 Ashwin Tarrow"
        found["author"] = _as_held(_credentialed(lines[holder_at]), " ".join(lines[legal_at:]))
        named.add(lines[holder_at])
    # The title is the page's first block ("THE WIND / IN THE WILLOWS"), up to the author
    # line or a change of case; later short lines are a subtitle, a genre, an edition
    # ("IN PROSE", "A Ghost Story of Christmas").
    first_block = _title_blocks(front)
    ends = [
        at for at in (author_at, editor_at, holder_at, min(others, default=None))
        if at is not None
    ]  # fmt: skip
    title_lines = first_block[: min(ends)] if ends else first_block
    shouted = bool(title_lines) and _is_shouted(title_lines[0])
    title_lines = list(itertools.takewhile(lambda t: _is_shouted(t) == shouted, title_lines))
    title_lines = _title_and_subtitle(title_lines)
    if title_lines and not credit(title_lines[0]):  # "Title: X" over "Author: Y": the label
        title = _TITLE_LABEL.sub("", _joined_title(title_lines))  # is no part of the title
        found["title"] = display_case(title.strip(" .,;:"))
    after = lines[len(title_lines)] if 0 < len(title_lines) < len(lines) else ""
    # a credit's line under the title ("EDITED BY", "TRANSLATED BY") names no author
    unnamed = author_at is None and "author" not in found and not (
        credit(after) or len(title_lines) in others or _PAGE_LEAD.match(after)
    )  # "WITH ACCOMPANYING TUNES" under the title is its subtitle, no one's name
    named |= {lines[at] for at in others}
    if unnamed and _is_name(after):  # "ВИШНЁВЫЙ САД" over "Антон Чехов"
        found["author"] = display_case(after.strip(" ."), names=True)
        named.add(after)
    elif unnamed and after and (named_line := _name_under_subtitle(front, after)):
        found["author"] = display_case(_credentialed(named_line), names=True)
        named.add(named_line)
    # The page runs to its last block that names the book, its author or its printer,
    # and takes the short lines after it (a subtitle, "A NOVEL"); from the first block
    # of prose on (an epigraph, a note to the reader), the text is read.
    _mark_title_page(whole, 2 if signed else len(front), named, alone=first is None)
    return found


_TITLE_LABEL = re.compile(r"^\s*title\s*[:：]\s*(?=\S)", re.IGNORECASE)
"""A title page's label over its title, as a web novel's header sets it over "Author:"."""

def _name_under_title(front: list[_Block]) -> bool:
    """Is the page a title in capitals, alone in its block, over the author's name alone
    in the next ("THE SECRET LOGBOOK OF GEMMA PRYCE, AGED 38¾" / "Gemma Pryce"), as a
    diary or a memoir with no chapter headings sets it? The page ends at the name: the
    short lines under it (a month's heading, an entry's date) are the book's. A title
    with "I" or a possessive in it is no one's name ("POEMS" / "One's-Self I Sing")."""
    return (
        len(front) > 2
        and len(front[0].lines) == 1
        and len(front[1].lines) == 1
        and _is_shouted(front[0].lines[0])
        and not _is_shouted(front[1].lines[0])
        and _is_name(front[1].lines[0])
        and not re.search(r"['’]s\b|\bI\b", front[1].lines[0])  # "One's-Self I Sing": a poem's
        and credit(front[0].lines[0]) is None
    )


_SUBMITTED = re.compile(
    r"(?i)^(?:an?\s+)?(?:[\w'’]+\s+)?(?:thesis|dissertation)\s+(?:submitted|presented)\b"
    r"|^(?:submitted|presented)\s+(?:in\s+(?:partial\s+)?fulfil|for\s+the\s+degree\b"
    r"|to\s+the\s+(?:faculty|department|school|university|graduate)\b)"
)
"""A thesis's statement of submission on its title page ("A Thesis Submitted for the
Degree of Master of Arts", "A dissertation presented to the Faculty of …", "Submitted in
partial fulfilment of the requirements …"): it shows the page is one, as an imprint does,
with the author's name, department and university under it and no "by"."""


_SCRIPT_BYLINE = re.compile(
    r"^\s*(?:(?:تأليف|بقلم|به\s+قلم|نوشته[ٔه]?|מאת|लेखक|लेखिका|रचयिता|지은이|автор|Автор|АВТОР)"
    r"\s*[:：]?\s*(?P<who>.*?)|(?P<before>\S.*?)\s*(?:지음|著))\s*$"
)
"""A title page's byline in a language whose "by" `credit` does not know, the name after
the word or on the next line: Arabic "تأليف" ("written by") and "بقلم" ("by the pen of"),
Persian "به قلم" and "نوشته", Hebrew "מאת", Hindi "लेखक" ("author"), Korean "지은이";
or the name before it, as Korean "현진건 지음" and Chinese "魯迅 著" print it; and the
Cyrillic "автор" over the name."""
_GLOSSED = re.compile(r"\s*[(（][^)）]*[)）]\s*$|^[\s.,:]+|[\s.,:;]+$")
"""A name's gloss in brackets after it, as a Korean page adds the author's name in Chinese
characters ("현진건(玄鎭健)": the name is said once), and the stops around it."""
_PAGE_YEAR = re.compile(r"\d{3,4}|ת[א-ת]{1,2}[\"״][א-ת]")
"""A year on a title page's imprint or source line, in any script's digits ("1924년",
"١٩١١", "۱۳۱۶", "१९३६") or as a Hebrew book dates itself ("תשי\"א", 5711)."""
_LINE_STOP = re.compile(r"[.!?…؟।॥。！？][\"”’»)]*\s*$")


def _bare_title_page(blocks: list[_Block]) -> dict[str, str]:
    """A title page set as short lines alone at the top of the file, where case and an
    English "by" cannot show one: a book in Arabic, Hebrew, Hindi or Korean has no
    capitals, and a Ukrainian or Bulgarian one may set the author's name over a title in
    small letters ("Іван Франко" / "CURRICULUM VITAE", "Иван Вазов" / "Под игото").

    The page is the run of blocks before the first heading or the first paragraph of
    prose whose lines are short (`MAX_UNCASED_TITLE_WORDS` words at most in a script
    without capitals, `MAX_TITLE_WORDS` in one with them: a subtitle) and end in no
    sentence's stop, of two lines or more, and it must name its author: a byline in the
    book's language (`_SCRIPT_BYLINE`: "تأليف", "מאת", "लेखक", "지음"); the author's name
    over the title (two to four capitalised words, then a line that is no name); or, in
    a script without capitals, the title alone over a line of at most four words and no
    figure alone, the author's ("ईदगाह" / "मुंशी प्रेमचंद"). After the title and author the page takes
    the blocks that carry a year (an edition, a publisher, a magazine's issue: "प्रथम
    संस्करण, १९३६", "1924년 〈개벽〉 6월호"); the first that carries none ("भाग एक",
    "دیباچه") heads the text and is read, as is a story whose first short sentence stands
    over its prose ("The snow fell." ends in a stop; a lone line over prose is no page).
    """
    first = next((i for i, b in enumerate(blocks) if b.role != "body"), len(blocks))
    over_contents = first < len(blocks) and blocks[first].role == "contents"
    if first < len(blocks) and blocks[first].role not in ("heading", "contents"):
        return {}  # a page already found, a note: the old rules' to judge (a contents
        # list under the page ends it, as a heading does: "Иван Вазов" / "Под игото")
    run: list[_Block] = []
    for block in blocks[:first]:
        if any(
            _LINE_STOP.search(x) or len(x.split()) > (
                MAX_UNCASED_TITLE_WORDS if _is_uncased(x.strip()[:1] or "-") else MAX_TITLE_WORDS
            )
            for x in block.lines
        ):
            break
        run.append(block)
    lines = [x.strip() for b in run for x in b.lines]
    if len(lines) < 2 or len(run) == len(blocks):
        return {}  # one line over prose is the story's; short lines alone are the book
    found: dict[str, str] = {}
    named: set[str] = set()
    for at, line in enumerate(lines[:4]):
        if match := _SCRIPT_BYLINE.match(line):
            who = (match["who"] if match["before"] is None else match["before"]) or ""
            if not who and at + 1 < len(lines):
                who = lines[at + 1]
                named.add(who)
            named.add(line)
            title = next((x for x in lines[:at] if not _is_name(x)), None) if at else None
            if not who or (title is None and at):
                return {}
            found = {"author": display_case(_GLOSSED.sub("", who), names=True)}
            if title:
                found["title"] = display_case(title.strip(" .,;:"))
                named.add(title)
            break
    if not found and (
        _is_name(lines[0]) and not _is_shouted(lines[0]) and lines[1][:1].isalpha()
        and (not _is_name(lines[1]) or _is_shouted(lines[1])) and not credit(lines[1])
    ):  # fmt: skip
        found = {  # "Іван Франко" over "CURRICULUM VITAE"
            "author": display_case(lines[0].strip(" ."), names=True),
            "title": display_case(lines[1].strip(" .,;:")),
        }
        named |= {lines[0], lines[1]}
    elif not found and not over_contents and (
        _is_uncased(lines[0].lstrip("\"'“«(")[:1] or "-")
        and len(run[0].lines) == 1 and len(run[1].lines) == 1
        and len(lines[1].split()) <= 4 and not re.search(r"\d", lines[1])
    ):  # fmt: skip  # "ईदगाह" over "मुंशी प्रेमचंद"; "ជំពូកទី ១" (chapter 1) names no one
        # (over a contents list, an author's name over the title is as likely: no guess)
        found = {"title": lines[0].strip(" .,;:"), "author": _GLOSSED.sub("", lines[1])}
        named |= {lines[0], lines[1]}
    if not found:
        return {}
    last = max(i for i, b in enumerate(run) if any(x.strip() in named for x in b.lines))
    while last + 1 < len(run) and any(_PAGE_YEAR.search(x) for x in run[last + 1].lines):
        last += 1
    for block in run[: last + 1]:
        block.role = "titlepage"
    log.info("read the title page into the credits: %s", " / ".join(
        x for b in run[: last + 1] for x in b.lines
    ))
    return found


_LONE_BY = re.compile(r"^\s*by\s*$", re.IGNORECASE)


def _lone_by(front: list[_Block]) -> bool:
    """A title page set as Project Gutenberg sets a poem's or story's: its title-cased
    title, "by" alone in the block under it, and the author's name alone under that ("The
    Raven" / "by" / "Edgar Allan Poe"). A story's opening sentence never leaves "by" on
    a line of its own."""
    return (
        len(front) >= 3
        and len(front[0].lines) == 1
        and _is_title_case(front[0].lines[0])
        and len(front[1].lines) == 1
        and bool(_LONE_BY.match(front[1].lines[0]))
        and len(front[2].lines) == 1
        and _is_name(front[2].lines[0])
    )


def _credited_authors(names: list[str], page: dict[str, str], blocks: list[_Block]) -> str:
    """The authors the credits name, of those a Project Gutenberg header lists one a line
    ("Author: Alexandre Dumas" / "Auguste Maquet"): those the book's own title page names
    (its "Alexandre Dumas" alone: Maquet, his collaborator, is in no credit the book
    prints), else all of them ("Alexandre Dumas and Auguste Maquet"). The page is the
    one found, or the short lines before the first heading or contents list."""
    first = next(
        (i for i, b in enumerate(blocks) if b.role in ("heading", "contents")), len(blocks)
    )
    lines = [page.get("author", "")] + [
        line for b in blocks[:first] if b.role in ("body", "titlepage") for line in b.lines
        if len(line.split()) <= MAX_TITLE_WORDS
    ]  # fmt: skip
    said = {_entry_key(re.sub(r"^(?:by|par|von|door|por)\s+", "", x, flags=re.I)) for x in lines}
    credited = [name for name in names if _entry_key(name) in said]
    return join_names(credited or names) or ""


_RULE = re.compile(r"^\s*[-=_*]{5,}\s*$")
"""A rule across the page ("---------------------------------"), as a Project Gutenberg
text sets one under its transcriber's note, over the book's own title page."""


def _title_blocks(front: list[_Block]) -> list[str]:
    """The title page's title lines: its first block, and the blocks an old title page
    carries it on into, a line apart ("THE HISTORY" / "OF" / "MISS HARRIET WELLBORNE.",
    "THE LIFE" / "AND" / "ADVENTURES" / "OF" / "ROBINSON CRUSOE"): a block that is only
    a joining word ("OF", "AND") takes the block under it, as does a block that ends on
    one ("THE HISTORY OF") or on a comma ("CAPTAIN JOHN MARLOWE," / "MARINER.")."""
    lines = [line for line in front[0].lines if not _EDITORIAL.match(line)]
    at = 1
    while at < len(front) and lines:
        block = [line for line in front[at].lines if not _EDITORIAL.match(line)]
        joining = len(block) == 1 and block[0].strip(" .,;:").casefold() in _GOES_ON
        if joining and at + 1 < len(front) and _is_shouted(block[0]) == _is_shouted(lines[0]):
            lines += block + [
                line for line in front[at + 1].lines if not _EDITORIAL.match(line)
            ]
            at += 2
        elif (
            lines[-1].split()[-1].casefold() in _GOES_ON or lines[-1].rstrip().endswith(",")
        ) and not credit(block[0]) and _is_shouted(block[0]) == _is_shouted(lines[0]):
            lines, at = lines + block, at + 1
        else:
            break
    return lines


def _page_editor(page: dict[str, str], title: str | None) -> str | None:
    """The editor a title page credits, unless the page is another work's: a series'
    page ("SHORT HISTORIES FOR CLASSROOMS" / "EDITED BY THE REV. A. B. CARTER") above the
    book's own, whose title (`title`, from Project Gutenberg's header) shares no word
    with it, credits the series' editor, not the book's."""
    editor, named = page.get("editor"), page.get("title")
    if not editor or not title or not named:
        return editor
    words = {w for w in re.findall(r"[^\W\d_]{4,}", named.casefold())}
    return editor if words & set(re.findall(r"[^\W\d_]{4,}", title.casefold())) else None


def _other_credits(lines: list[str]) -> set[int]:
    """A title page's translator's or illustrator's credit lines (`other_credit`) that
    end in their "by" with the name on the next line ("TRANSLATED BY" / "ELLEN MARSH"),
    both lines, or that name someone after "by": the page's lines, never its author's.
    A lead with no "by" ("Translated from the French") is left to `_translated_from`."""
    found: set[int] = set()
    for at, line in enumerate(lines):
        bare = labelled_credit(line.strip(" *_"))  # "Translator: Nyx"
        if not other_credit(bare) or not re.search(r"\bby\b", bare, re.IGNORECASE):
            continue
        if not re.search(r"\bby[:.]?$", bare, re.IGNORECASE):
            found.add(at)
        elif at + 1 < len(lines) and _is_name(_credentialed(lines[at + 1])):
            found |= {at, at + 1}
    return found


_SERIES_NUMBER = (
    r"(?:\d{1,3}|[ivxlc]+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|the\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last))"
)
_SERIES_LINE = re.compile(
    rf"^(?:.*,\s*)?(?:book|volume|vol\.|part|episode)\s+{_SERIES_NUMBER}\b.*$",
    re.IGNORECASE,
)
"""A series line on a title page ("Book 3 of the Deepdelve Saga", "Silver Creek, Book 2",
"Volume 2", "Book Three of …"): no part of the title; a number follows the word, never
a title's word ("THE" / "BOOK THIEF", "BOOK OF DUST")."""
_TAGLINE = re.compile(
    r"^an?\s+(?:[\w'’-]+\s+){0,4}(?:novel|novella|story|romance|mystery|thriller|adventure"
    r"|saga|fantasy|comedy|tragedy|drama|play|memoir)\b.*$",
    re.IGNORECASE,
)
"""A genre line under a title ("A LitRPG Adventure", "A Small-Town Second-Chance Romance",
"A Comedy in Two Acts"): said in no title."""


def _title_and_subtitle(lines: list[str]) -> list[str]:
    """A title page's title lines, up to a series line or a genre line under them."""
    kept = list(itertools.takewhile(lambda x: not (_SERIES_LINE.match(x)), lines))
    return kept[:1] + list(itertools.takewhile(lambda x: not _TAGLINE.match(x), kept[1:]))


_GOES_ON = frozenset({
    "under", "in", "into", "on", "onto", "of", "from", "to", "across", "beyond", "over",
    "through", "at", "with", "without", "around", "round", "between", "beneath", "below",
    "above", "after", "before", "behind", "upon", "among", "against", "for", "towards",
    "toward", "and", "or", "nor", "but", "&", "up", "down", "along", "inside", "near",
})  # fmt: skip
"""A title's second line that opens on one of these goes on with the title ("Twenty
Thousand Leagues" / "Under the Sea"): no subtitle."""


def _joined_title(lines: list[str]) -> str:
    """A title set over several lines as one: a line that goes on with the title ("THE
    WIND" / "IN THE WILLOWS", "A Chemical History of the Elements" / "from Lavoisier to
    Mendeleev", "Twenty Thousand Leagues" / "Under the Sea": a line opening on a
    preposition or a conjunction) after a space; a subtitle in title case ("Measuring the
    Heavens" / "Greek Astronomy from Thales to Ptolemy") after a colon, as the credits
    say it."""
    title = lines[0]
    for previous, line in itertools.pairwise(lines):
        words = previous.split()
        subtitle = (
            not _is_shouted(line) and line[:1].isupper() and len(line.split()) >= 2
            and words and words[-1].casefold() not in _SMALL
            and line.split()[0].casefold() not in _GOES_ON
            and not previous.rstrip().endswith((":", ",", ";", "-", "—", "–"))
        )  # fmt: skip
        title += (": " if subtitle else " ") + line
    return title


_HOLDER_WORDS = re.compile(r"[^\W\d_]+")
_HONORIFIC = re.compile(r"^(?:the\s+)?(?:(?:dr|prof|professor|rev|revd|sir|dame)\.?\s+)+", re.I)


def _copyright_holder(lines: list[str]) -> int | None:
    """Where a title page names its author with no "by": the name alone on a line before
    the copyright line that names the same person ("Ashwin Tarrow" over "Copyright ©
    2024 Ashwin Tarrow", "Dr. Anil K. Raman" over "© Anil K. Raman 2019"); never the
    page's first line (the title) nor a publisher ("Wayfarer Press"). None without one."""
    legal = [i for i, line in enumerate(lines) if is_legal(line)]
    if not legal:
        return None
    held = {w.casefold() for i in legal for w in _HOLDER_WORDS.findall(lines[i])}
    for at in range(1, legal[0]):
        name = _HONORIFIC.sub("", _credentialed(lines[at]))
        words = [w.casefold() for w in _HOLDER_WORDS.findall(name)]
        if (
            len(words) >= 2 and _is_name(name) and not _PRINTED.match(lines[at])
            and set(words) <= held
        ):  # fmt: skip
            return at
    return None


def _as_held(name: str, legal: str) -> str:
    """A name as the copyright line spells it, when the title page sets it in capitals
    ("JOSIE McALLISTER" over "Copyright © 2021 Josie McAllister")."""
    if not any(w.isupper() and len(w) > 2 for w in name.split()):
        return name
    spelled = {w.casefold(): w for w in _HOLDER_WORDS.findall(legal)}
    return re.sub(r"[^\W\d_]+", lambda m: spelled.get(m[0].casefold(), m[0]), name)


_GENRE = re.compile(
    r"^(?:an?\s+|the\s+)?(?:[^\W\d_]+\s+){0,2}?"
    r"(?:novel|novella|story|stories|tales?|romance|memoir|poems|fable|mystery|thriller)"
    r"(?:\s+(?:in|of)(?:\s+[^\W\d_]+){1,3})?\.?$",
    re.IGNORECASE,
)
"""A title page's line that says what the book is, between its title and its author:
"A Novel", "stories", "a novel in three parts", "A Ghost Story of Christmas"."""


def _genre_page(front: list[_Block]) -> dict[str, str]:
    """A title page that names its author with no "by": the title, the genre under it
    and the author's name under that ("THE SALT ROAD" / "A Novel" / "Tobias
    Wrenfield"), in capitals or not, as a converter gives a printed book's title page
    or an e-book's (Calibre's TXT). The three lines make the page, with anything above
    them (Calibre sets the title and author once more before the contents); the
    short lines after it (a dedication) are read. Its title and author, or nothing. A
    praise page's lines, from its heading to the next page break, are none ("PRAISE FOR
    TOBIAS WRENFIELD" / "A Thriller of Rare Power" / "Lee Child")."""
    lines = [(at, line) for at, b in enumerate(front) for line in b.lines]
    praise: set[int] = set()  # the blocks of a praise page
    for at, block in enumerate(front):
        if any(is_praise_heading(line) for line in block.lines) or (
            at - 1 in praise and block.gap < WIDE_GAP
        ):
            praise.add(at)
    for i in range(1, len(lines) - 1):
        title, genre, (end, author) = lines[i - 1][1], lines[i][1], lines[i + 1]
        if (
            lines[i - 1][0] not in praise
            and _GENRE.match(genre)
            and _is_name(author)
            and author.split()[0].casefold() not in ("for", "to")
            and (_is_shouted(title) or _is_title_case(title))
            and parse_heading(title) is None
        ):
            for block in front[: end + 1]:
                block.role = "titlepage"
            log.info("read the title page into the credits: %s / %s / %s", title, genre, author)
            return {
                "title": display_case(title.strip(" .,;:")),
                "author": display_case(author.strip(" ."), names=True),
            }
    return {}


_TRANSLATED = re.compile(
    r"^(?:translated|englished|done\s+into\s+english|rendered\s+into\s+english)\b(?P<how>.*)$",
    re.IGNORECASE,
)


def _translated_from(lines: list[str], by_at: int) -> str | None:
    """Whose work a translation is, when the title page's "by" line follows a
    "Translated from the Latin of Gaius Portunus" line: that "by" names the translator,
    who is not the book's author. The author is the one translated from ("" when the
    page does not name them: "Translated from the French"); None when the "by" line is
    no translator's."""
    for at in range(by_at - 1, max(-1, by_at - 3), -1):
        line = lines[at]
        if re.search(r"\sof$", line, re.IGNORECASE) and at + 1 < by_at:
            line = f"{line} {lines[at + 1]}"  # "… LATIN OF" over "GAIUS PORTUNUS"
        match = _TRANSLATED.match(line)
        if not match:
            continue
        parts = re.split(r"\s+of\s+", match["how"], flags=re.IGNORECASE)
        who = parts[-1].strip(" .,;:") if len(parts) > 1 else ""
        return (byline(f"by {who}") or "") if who else ""
    return None


def _titled_book_of(blocks: list[_Block]) -> bool:
    """Is the book's first heading, a named book's ("THE BOOK OF HOUSEHOLD MANAGEMENT;",
    the form "THE BOOK OF JOB" takes), the title of a title page: the short lines under
    it, before any other heading, credit its author ("BY MRS. ISABELLA BEETON.")? A
    book of the Bible has no "by" line under its name; its text follows, and is read."""
    top = blocks[0].heading
    if top is None or top.number or not top.family.startswith("the book of"):
        return False
    under = list(itertools.takewhile(lambda b: b.role == "body", blocks[1:]))
    page = _page_blocks([_Block(lines=blocks[0].lines), *under])
    return any((c := credit(line)) and c[0] == "author" for b in page for line in b.lines)


def _page_blocks(front: list[_Block]) -> list[_Block]:
    """The leading blocks that could make a title page: short lines, at most
    `MAX_TITLE_PAGE_LINES` of them. A play's cast list or a note may follow the page
    before the first heading; it is not part of it, and is read."""
    page: list[_Block] = []
    count = 0
    shown = False  # a copyright page shown so far ("©", an ISBN, "Printed in Great Britain")
    poem = _poem_starts(front)  # a collection's first poem, no page's (unless the page's
    if any(credit(x) for b in front[:poem] for x in b.lines):  # epigraph under its "by")
        poem = len(front)
    for block in front[:poem]:
        lines = [line for line in block.lines if not _EDITORIAL.match(line)]
        runs = _runs_on(lines)
        count += len(lines)
        shown = shown or any(map(is_copyright_evidence, runs))
        if count > MAX_TITLE_PAGE_LINES or any(
            len(x.split()) > MAX_TITLE_WORDS and not (shown and is_legal(run))
            for x, run in zip(lines, runs, strict=True)
        ):  # a copyright page's long line ("A CIP catalogue record …") is the page's; a
            break  # story's "Published by the parish council in 1952, the pamphlet …" is not
        page.append(block)
    return page


def _runs_on(lines: list[str]) -> list[str]:
    """Each line with the lines it runs on into (the next ones opening in lower case), as
    a hard-wrapped sentence is set: a copyright line is judged by its whole sentence
    ("All rights reserved, said the small print on the back of the" / "title page, and
    she laughed …" is the story's)."""
    return [
        " ".join([line, *itertools.takewhile(lambda x: x[:1].islower(), lines[at + 1 :])])
        for at, line in enumerate(lines)
    ]


def _mark_title_page(
    front: list[_Block], size: int, named: set[str], *, alone: bool = False
) -> None:
    """Mark the title page's blocks among the first `size`: up to the last one holding a
    line in `named` or a printer's line, and the short lines after it; never a block of
    prose after it, nor the short line that heads such a block, nor, in a book with no
    heading (`alone`), the short lines that are all it holds after the page (a toy
    book's one line of story, "The cat sat on the mat."). A copyright page's long
    lines ("All rights reserved. No part of …") are no title page's: from the block that
    holds one on, the blocks are marked as the copyright page they are."""
    legal = next(
        (
            i for i, b in enumerate(front[:size])
            if any(
                len(x.split()) > MAX_TITLE_WORDS and is_legal(run)
                for x, run in zip(b.lines, _runs_on(b.lines), strict=True)
            )
        ),
        size,
    )  # fmt: skip
    last = max(  # a printer's line, not a paragraph of prose that opens like one
        (
            i for i, b in enumerate(front[:size])
            if any(x in named for x in b.lines) or (not _printing_history(b.lines) and (
                _imprint(b.lines) or (
                    any(_PRINTED.match(x) or _PUBLISHER.match(x) for x in b.lines)
                    and (not _is_prose(b) or any(map(is_copyright_evidence, _runs_on(b.lines))))
                )
            ))  # an old imprint ("LONDON:" / "PRINTED FOR W. TAYLOR, AT THE SHIP." / "MDCCXIX.")
        ),
        default=0,
    )  # fmt: skip  # a line of printing history ("First Published in a Bound Edition
    # 1861.") is no imprint: the page does not run on to it past Beeton's epigraph
    # after the copyright lines, an oven chart or a notice is the book's; "For Anna" on
    # its own page, or right under the author's line, is its dedication
    credited = last if named else -1
    start = last
    author = next((i for i, b in enumerate(front[:last]) if any(x in named for x in b.lines)), None)
    kept = set() if author is None else _title_page_epigraph(front, author + 1, last)
    while (
        last + 1 < size
        and not _is_prose(front[last + 1], italics=_is_cast(front[last + 1]))
        and not _story_line(front[last + 1].lines[0])
        and not any(map(is_legal, _runs_on(front[last].lines)))
        and not _is_dedication_page(front[last + 1])
        and not (last == credited and _is_dedication_block(front[last + 1]))
        and not _DEDICATION_LABEL.match(" ".join(front[last + 1].lines))
    ):
        if last + 2 < len(front) and _is_prose(front[last + 2], italics=True):
            break  # the heading of what follows ("DRAMATIS PERSONÆ" over the cast)
        if _poem_starts(front[last + 1 : last + 3]) == 0:
            break  # a poem, or its title over its first stanza: read, no page's
        last += 1
    if alone and last == len(front) - 1 and last > start:
        last = start  # nothing would be left to read: the short lines are the story
    for at, block in enumerate(front[: last + 1]):
        if at in kept:
            block.epigraph = True  # the book's words, read: "A subtle chain of countless rings"
            continue
        block.role = "copyright" if at >= legal else "titlepage"
    page = [line for b in front[: min(last + 1, legal)] if not b.epigraph for line in b.lines]
    log.info("read the title page into the credits: %s", " / ".join(page))


_PAGE_LEAD = re.compile(
    r"(?i)^[\W_]*(?:with|illustrated|containing|being|including|comprising|translated"
    r"|edited|revised|enlarged|author|in\s+(?:two|three|four|five|six)|to\s+which|printed"
    r"|published|sold)\b"
)
"""A title page's own line that may run to a sentence ("With sixteen illustrations in
colour / and many drawings in the text.", "Author of the lives of the saints, and / other
works of piety."): no epigraph."""


def _title_page_epigraph(front: list[_Block], start: int, end: int) -> set[int]:
    """The blocks of an epigraph set on the title page between the author's name (from
    `start`) and the imprint or edition line below it (before `end`), as Emerson's
    "Nature" prints his own verse ("A subtle chain of countless rings" / "The next unto
    the farthest brings; …") over "NEW EDITION": the book's words, which a narrator reads,
    as an epigraph on a page of its own is read. A block of two lines or more in mixed
    case that ends a sentence, most of its words in lower case (no title-cased subtitle,
    "A Tale of the Sea, / With Illustrations."), and none of its lines the page's own (a
    credit, an edition, a printer's or a publisher's line); and the one line under it that
    names its source ("—MILTON.", "Goethe")."""
    kept: set[int] = set()
    for at in range(start, end):
        lines = front[at].lines
        said = " ".join(lines)
        if (
            len(lines) >= 2 and not any(map(_is_shouted, lines))
            and not _PAGE_LEAD.match(lines[0])
            and _is_prose(front[at], italics=True) and not _is_title_case(said)
            and not any(credit(x) or _PRINTED.match(x) or _PUBLISHER.match(x) for x in lines)
            and not _is_cast(front[at]) and not any(map(is_legal, _runs_on(lines)))
        ):  # fmt: skip
            kept.add(at)
        elif at - 1 in kept and len(lines) == 1 and (
            re.match(r"^[\W_]*[—–-]+\s*\S", lines[0]) or _is_name(lines[0].strip("_*—–- "))
        ) and not _PRINTED.match(lines[0]):
            kept.add(at)  # its source: "—_Shakespeare._"
    return kept


_VERBS = (
    r"is|was|are|were|am|has|had|have|can|could|will|would|did|does|do|goes|went|says|said"
    r"|sees|saw|looks|likes|wants|gets|got|runs|ran|sits|sat|comes|came|makes|made|tries"
)
_STORY_LINE = re.compile(
    r"^[\"“‘'(]*(?:(?:The|A|An|My|His|Her|Our|Their|This|That|One)\s+[a-z]+"
    r"|I|He|She|It|We|You|They|There|Here|This|That"
    r"|(?!(?:With|By|From|In|For|And|Of|To|On|At|Being|Containing|Including|Numerous|Many"
    r"|Some|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Twelve|Other|Selected|Collected)\b)"
    rf"[A-Z][a-z]+)\s+(?:not\s+)?(?:(?:{_VERBS})\b|(?!(?:illustrations|plates|engravings|poems"
    r"|stories|tales|essays|letters|sketches|notes|verses|songs|pictures|drawings|maps"
    r"|printed|published|reprinted|engraved|illustrated|chapters|papers|studies|rhymes"
    r"|ballads|lyrics|sonnets|hymns|lectures|sermons)\b)"
    r"[a-z]{2,}(?:[^s\W]s|ed)\b)[^\n]*[.!?…][\"”’')]*$"
)
"""A story's sentence on a short line: a subject and its verb in mixed case, ending in
its stop ("This is Boris.", "The cat runs away.", "Boris sneezes."): a picture book's
page, never a title page's line ("A Ghost Story of Christmas.", "SECOND EDITION.")."""


def _story_line(line: str) -> bool:
    """A picture book's or an early reader's line of story (`_STORY_LINE`): the title
    page above it ends there, however short its lines ("This is Boris." under "[Page 1]"),
    and the story is read from it."""
    return not _is_shouted(line) and bool(_STORY_LINE.match(line.strip()))


_VOLUME_HEADING = re.compile(
    r"^\s*(?:vol(?:ume|\.)?\s+(?:[ivxlc]+|\d{1,2})\.?"
    r"|(?:الجزء|المجلد)\s+(?:ال\w+|\d{1,2}))\s*$",  # Arabic "الجزء الأول", "المجلد ٢"
    re.IGNORECASE,
)
_IMPRINT_PLACE = re.compile(r"^\s*[A-Z][A-Z .,'’&-]{2,40}:\s*$")
"""An imprint's place line, in capitals over the publisher ("LONDON:", "NEW YORK:")."""
_PLACE_LINE = re.compile(
    r"^\s*(?:(?P<caps>[^\W\d_][^\W\d_'’-]{2,24}(?:\s+[^\W\d_][^\W\d_'’-]*){0,2})"
    r"|[A-ZÅÄÖ][a-zåäö-]+(?:ssa|ssä|lla|llä))[.,:]\s*$"
)
"""An imprint's place line over the publisher, a place's name alone ending in a stop, a
comma or a colon: in capitals ("KJØBENHAVN.", "HELSINGFORS,", "LONDON:"), or as a
Finnish title page says "in Pori" ("Porissa,", "Helsingissä,", "Tampereella,")."""


def _place_line(line: str) -> bool:
    """Is `line` an imprint's place (`_PLACE_LINE`), its name in capitals if not Finnish?"""
    found = _PLACE_LINE.match(line)
    return bool(found) and (not found["caps"] or found["caps"].isupper())


_PUBLISHER = re.compile(
    r"^[\W_]*(?:(?i:forlagt\s+af|förlagt\s+af|.*\b(?:forlag|förlag|verlag|verlagsbuchhandlung)\b"
    r"|druck\s+(?:und\s+verlag\s+)?(?:von|bei)\b|gedruckt\s+(?:bei|von)\b|tryckt\s+(?:hos|af|av)\b"
    r"|kiadja\b|.*\bkiad(?:ó|óhivatal|ása)\b|.*\bnyomd[aá]\w*|nákladem\b|nakładem\b|tiskem\b"
    r"|.*\b(?:knihkupectví|typographia|tipografia|imprensa|livraria|libraio|editore|editori"
    r"|librería|imprenta|libraire|éditeurs?|kustannus\w*|kirjapaino\w*|osakeyhtiö)\b)"
    r"|(?:HOS|Hos|hos|BEI|Bei|bei|CHEZ|Chez|chez)\s+(?:[A-ZÅÄÖÆØÜ]\.\s*)+[A-ZÅÄÖÆØÜ])"
)
"""A publisher's or printer's line of an imprint in the words of the book's own language,
as "Published by" and "Press" mark an English one: Danish and Norwegian "FORLAGT AF C. A.
REITZEL.", Swedish "Förlag" and "HOS A. W. GRÖNDAHL." (sold at his shop: "hos", "bei",
"chez" only before a name's initials, as "Bei Nacht" is a title's), German "Verlag
von", "Druck von", Hungarian "Kiadja az Országos Közművelődési Tanács" ("published by"),
Czech and Polish "Nákladem", "Nakładem" ("at the cost of"), Portuguese "TYPOGRAPHIA DE …",
"LIVRARIA …", Italian "LIBRAIO-EDITORE", Finnish "Kirjapaino Oy", "Kustannusosakeyhtiö"."""


def _imprint_under_volume(blocks: list[_Block]) -> None:
    """A three-volume novel's title page runs on under its first "VOL. I.": the imprint
    ("LONDON:" / "SMITH, ELDER & CO., 15 WATERLOO PLACE." / "1862.") is left out with the
    title page, not read as the volume's text, and so is the rights line under it
    ("[All rights reserved.]"), as a copyright page. Only right under the book's first
    heading, a volume's: a block whose every line is an imprint's (a place, a publisher,
    a year), or that opens with the place and ends with the year ("LONDON:" / "RICHARD
    BENTLEY AND SON." / "1879.")."""
    first = next((i for i, b in enumerate(blocks) if b.role == "heading"), None)
    if first is None or not _VOLUME_HEADING.match(" ".join(blocks[first].lines)):
        return
    under = list(itertools.takewhile(lambda b: b.role == "body", blocks[first + 1 :]))
    at = 0
    while at < len(under) and _imprint(under[at].lines):
        under[at].role, at = "titlepage", at + 1
    if not at and not (first and blocks[first - 1].role == "titlepage"):
        return  # the rights line only on a title page's, or under its imprint
    while at < len(under) and len(under[at].lines) <= 2 and all(
        _RESERVED.search(x) for x in under[at].lines
    ):
        under[at].role, at = "copyright", at + 1


_PRINTER = re.compile(
    r"\b(?:printed|electrotyped|stereotyped|typeset|typography)\b.*\bby\b|\bpress\b|\bprinters\b"
    r"|^\w*(?:druk|drukkerij|druckerei|imprimerie)\b|^[\W_]*imprimatur\b",
    re.IGNORECASE,
)
"""A printer's imprint's line ("_Electrotyped and Printed by C. H. Simonds & Co._",
"UNIVERSITY PRESS:", "THE RIVERSIDE PRESS", Dutch "Snelpersdruk van H. C. A. Thieme"),
or the censor's leave to print on the back of an old title page ("Imprimatur:" / "G.
Rein.")."""


_PRINTING = re.compile(
    r"(?i)[\W_]*(?:(?:printed|made)\s+in\s|first\s+(?:published|printed)\b"
    r"|originally\s+published\b|published\s+originally\b"
    r"|(?:new|first|second|third|fourth|fifth)\s+impression\b|reprinted\b)"
)
"""A line of a book's printing history, on a page of its own among the front matter
("Printed In Germany", "_First published September 1921_", "_New Impression October
1921_")."""


_AUTHOR_OF = re.compile(r"(?i)[\W_]*author\s+of\s")
"""A title page's line of the author's other books ("Author of "The Descent of Man,"
etc., etc."): the page's, though it ends in a stop."""
_EDITION_LINE = re.compile(
    r"(?i)(?:a\s+|the\s+)?(?:new|revised|enlarged|popular|first|second|third|\w+th|\d+(?:st|nd|rd|th))"
    r"(?:\s+[A-Z]\w+)?\s+edition(?=\s*(?:[,.;:]|$))"
)
"""A title page's edition line ("Sixth London Edition, with all Additions and
Corrections.", "A New Edition, Revised."): no heading of the prose under it, as a
"PREFACE TO THE SECOND EDITION" is, nor a sentence ("The 6th Edition is often
considered the definitive edition.")."""


def _printing_history(lines: list[str]) -> bool:
    """A page's lines of the book's printing history, on their own among the front
    matter: "_First published September 1921_", "Printed In Germany", Beeton's "Published
    Originally By" / "S. O. Beeton in 24 Monthly Parts" / "1859-1861." and "First
    Published in a Bound Edition 1861." (set apart from the title page by its epigraph).
    A year or a notice in them; a line alone of eight words at most, or a block of four
    short lines; no sentence: "First published in 1890, it sold badly." is read, a stop
    ends only a line of four words or a title-cased one."""
    said = " ".join(x.strip("_* ") for x in lines)
    words = said.split()
    if (
        not lines or len(lines) > 4 or len(words) > (8 if len(lines) == 1 else 16)
        or any(len(x.split()) > MAX_TITLE_WORDS for x in lines)
        or not _PRINTING.match(lines[0])
    ):  # fmt: skip
        return False
    if not (is_copyright_evidence(said) or re.search(r"(?<!\d)(?:1[5-9]|20)\d\d(?!\d)", said)):
        return False
    return len(words) <= 4 or not said.endswith((".", "!", "?")) or _is_title_case(said)


def _rights_under_title_page(blocks: list[_Block]) -> None:
    """An old title page runs on past the lines `_page_blocks` takes: the publisher and
    the year under the place ("BOSTON" / "TICKNOR AND FIELDS" / "MDCCCLXVIII."), then,
    on its back, the copyright notice ("Entered according to Act of Congress, in the
    year 1856," / "by CHARLES T. BROOKS," / "In the Clerk's Office of the District
    Court …") and the printer's imprint ("UNIVERSITY PRESS:" / "WELCH, BIGELOW, AND
    COMPANY," / "CAMBRIDGE.", "_COLONIAL PRESS_" / "_Electrotyped and Printed by C. H.
    Simonds & Co._"). The short lines right under the title page found, before the first
    heading or the contents, are left out with it up to the last that is such a notice or
    a printer's line (and the lines it runs on into after a comma or a colon): up to the
    notice as the title page's, from it on as its copyright page. Never a sentence of
    prose but a printer's ("Snelpersdruk van H. C. A. Thieme, te Nijmegen."), an
    epigraph's or a dedication, nor the short line over the prose that follows (its
    heading, "_PUBLISHERS' NOTE_"), nor anything in a book with no heading (the short
    lines may be all its text). Before the first heading, a line of the printing history
    on its own among the front matter (`_PRINTING`: "Printed In Germany" under an
    epigraph, "_First published September 1921_") is a copyright page's."""
    first = next((i for i, b in enumerate(blocks) if b.role in ("heading", "contents")), None)
    if first is None:
        return
    for block in blocks[:first]:
        if block.role == "body" and _printing_history(block.lines):
            block.role = "copyright"  # "Printed in Germany", "_First published September 1921_"
    start = next(
        (i for i, b in enumerate(blocks[:first]) if b.role in ("titlepage", "copyright")), None
    )
    if start is None:
        return
    page = list(  # the title page's blocks in a row (not a half-title further on), its
        itertools.takewhile(  # epigraph among them
            lambda i: blocks[i].role in ("titlepage", "copyright") or blocks[i].epigraph,
            range(start, first),
        )
    )  # fmt: skip
    under = list(
        itertools.takewhile(
            lambda b: b.role in ("body", "copyright") and len(b.lines) <= 6
            and all(len(x.split()) <= MAX_TITLE_WORDS for x in b.lines)
            and (
                not _is_prose(b) or any(map(is_legal, _runs_on(b.lines)))
                or any(_PRINTER.search(x) for x in b.lines) or _imprint(b.lines)
                or (len(b.lines) <= 2 and _AUTHOR_OF.match(b.lines[0]))
                or (len(b.lines) == 1 and _EDITION_LINE.match(b.lines[0].strip("_* ")))
            )
            and not _is_dedication_block(b)
            and (not _story_line(b.lines[0]) or is_legal(b.lines[0])),  # "All rights reserved."
            blocks[page[-1] + 1 : first],
        )
    )  # fmt: skip
    after = page[-1] + 1 + len(under)
    if (
        after < first and under and len(under[-1].lines) == 1 and _is_prose(blocks[after])
        and not _EDITION_LINE.match(under[-1].lines[0].strip("_* "))
    ):  # fmt: skip
        under = under[:-1]  # the heading of the prose under it ("_PUBLISHERS' NOTE_")
    runs = [" ".join(x for b in under[at:] for x in b.lines) for at in range(len(under))]
    notices = [
        at for at, run in enumerate(runs)
        if is_copyright_evidence(" ".join(under[at].lines)) or is_copyright_evidence(run)
    ]  # fmt: skip
    printed = [
        at for at, b in enumerate(under)
        if _imprint(b.lines) or all(_PRINTED.match(x.strip("_* ")) for x in b.lines)
        or any(_PRINTER.search(x) or _PUBLISHER.match(x) for x in b.lines)
    ]  # fmt: skip
    if not notices and not printed:
        return
    last = max(notices + printed)
    while last + 1 < len(under) and under[last].lines[-1].rstrip().endswith((",", ":")):
        last += 1  # the imprint runs on: "WELCH, BIGELOW, AND COMPANY," / "CAMBRIDGE."
    for at, block in enumerate(under[: last + 1]):
        if block.role == "body":
            block.role = "copyright" if notices and at >= notices[0] else "titlepage"
    log.info("left out the title page's imprint and notice under it (%d blocks)", last + 1)


def _title_page_repeated(blocks: list[_Block]) -> None:
    """The title page's lines set again under it, before the contents or the first
    heading, as a half-title: a Portuguese monthly's "BIBLIOTHECA DE ALGIBEIRA" / "NOITES DE
    INSOMNIA" (its series and its title) under its imprint. Each such block, of three
    lines at most, repeats lines of the page word for word and is left out with it, up to
    the first block that does not; the credits say the title."""
    first = next((i for i, b in enumerate(blocks) if b.role in ("heading", "contents")), None)
    page = [i for i, b in enumerate(blocks[: first or 0]) if b.role == "titlepage"]
    if first is None or not page:
        return
    said = {key for i in page for x in blocks[i].lines if (key := _entry_key(x))}
    for block in blocks[page[-1] + 1 : first]:
        if block.role == "copyright":
            continue
        if block.role != "body" or len(block.lines) > 3 or not all(
            _entry_key(x) in said and not _is_prose(_Block(lines=[x])) for x in block.lines
        ):
            break
        block.role = "titlepage"
        log.info("left out the title page's lines set again: %s", " / ".join(block.lines))


_TITLE_VOLUME = re.compile(
    r"\b(?:vol(?:ume)?|tome|band|deel|tomo)\.?\s+(?P<num>[ivxlc]+|\d{1,2})\b", re.IGNORECASE
)


def _volume_on_title_page(blocks: list[_Block], title: str) -> None:
    """A volume's line set on its title page ("IN TWO VOLUMES." / "VOL. II." over the
    imprint), in a file of that volume alone whose title names it ("Beethoven's Letters
    1790-1826 Vol. 2"): the credits say the volume with the title, so the line is the
    page's, not a heading read again over the first letter ("Volume Two two hundred and
    sixteen"). Only the book's one volume heading, its first heading, with the title
    page right above it; a three-volume novel's "VOL. I." with no volume in its title
    stays its heading."""
    named = _TITLE_VOLUME.search(title)
    volumes = [
        i for i, b in enumerate(blocks)
        if b.role == "heading" and b.heading and b.heading.family == "volume"
    ]  # fmt: skip
    first = next((i for i, b in enumerate(blocks) if b.role == "heading"), None)
    if not named or len(volumes) != 1 or volumes[0] != first or not first:
        return
    block = blocks[first]
    if blocks[first - 1].role != "titlepage" or block.heading is None:
        return
    if _number(named["num"]) == block.heading.number:
        block.role, block.heading, block.title = "titlepage", None, None
        log.info("left out the volume's line on the title page: %s", block.lines[0])


_RESERVED = re.compile(r"^[\W_]*all\s+rights\s+reserved[\W_]*$", re.IGNORECASE)
_YEAR_LINE = re.compile(r"^\s*(?:1[5-9]|20)\d{2}\.?\s*$")
_ARABIC_IMPRINT = re.compile(
    r"^\s*(?:(?:ال)?طبعة\s+\S+(?:\s+\S+){0,4}"  # "الطبعة الثانية", an edition
    r"|(?:ال)?(?:مطبعة|مطابع|ناشر|مكتبة|منشورات)\s+\S.*|دار\s+\S+(?:\s+\S+)?\s+(?:للنشر|للطباعة)\b.*"
    r"|(?:سنة|عام)?\s*\d{4}\s*(?:هـ|ه|م)?\.?(?:\s*[—–/-]\s*\d{4}\s*(?:هـ|ه|م)?\.?)?)\s*$"
)
"""An Arabic book's imprint line: its edition ("الطبعة الثانية"), its printer or publisher
("مطبعة السعادة بجوار محافظة مصر", "مكتبة …", "دار … للنشر") or its year, in the Hijri
and Common eras ("سنة ١٣٢٩ هـ — ١٩١١ م"), as `_imprint` reads an English one's."""


def _imprint(lines: list[str]) -> bool:
    """An old title page's imprint, six lines at most: every line a place, a printer's
    line, a publisher's (`_PUBLISHER`, in the book's language) or a year, with a year, a
    company or a publisher's word among them ("KJØBENHAVN." / "FORLAGT AF C. A. REITZEL.
    1855."); or a place over a publisher's short lines over the year, none opening in
    lower case ("LONDON:" / "a city of fog, in the year" / "1879." is verse); or a place in
    capitals over a company and its address, the printer's on the back of the page
    ("BOSTON:" / "THURSTON, TORRY AND COMPANY," / "31 Devonshire Street.")."""
    if not lines or len(lines) > 6:
        return False
    if all(_ARABIC_IMPRINT.match(x) for x in lines) and any(
        re.search(r"\d{4}|مطبعة|مطابع", x) for x in lines
    ):
        return True  # "الطبعة الثانية" / "مطبعة السعادة …" / "سنة ١٣٢٩ هـ — ١٩١١ م"
    short = all(len(x.split()) <= MAX_TITLE_WORDS and not x.lstrip()[:1].islower() for x in lines)
    if (
        (_IMPRINT_PLACE.match(lines[0]) or _place_line(lines[0]))
        and (_YEAR_LINE.match(lines[-1]) or _ROMAN_YEAR.match(lines[-1].strip()))
        and short
    ):
        return True  # "LONDON:" / "RICHARD BENTLEY AND SON." / "1879."; "Porissa," / … / "1887."
    if (
        _IMPRINT_PLACE.match(lines[0]) and 2 <= len(lines) <= 4 and short
        and re.search(r"\b(?:company|& co|and co|co\.)", lines[1], re.I)
    ):  # fmt: skip
        return True  # "BOSTON:" / "THURSTON, TORRY AND COMPANY," / "31 Devonshire Street."
    imprint = [
        _PRINTED.match(x)
        or _IMPRINT_PLACE.match(x)
        or _place_line(x)
        or _PUBLISHER.match(x)
        or _ROMAN_YEAR.match(x)
        or re.search(r"(?:&|\band)\s+co\b", x, re.I)
        for x in lines
    ]
    return all(imprint) and any(
        re.search(r"\b(?:1[5-9]|20)\d{2}\b|&\s+co\b|\bco\.", x, re.I) or _ROMAN_YEAR.match(x)
        or _PUBLISHER.match(x)
        for x in lines
    )


def _half_titles(blocks: list[_Block], titles: list[str]) -> None:
    """The book's title set again on a page of its own before a chapter or a volume
    ("THE HEIRESS OF CRANLEIGH." over "CHAPTER I.", or over "VOL. II."): a half-title,
    left out with the title page (the credits say the title). Only a line in capitals,
    after a page break, whose words are the title's, with a heading (or a play's synopsis
    of its acts, `_drop_synopsis`) right under it.

    Before the book's first numbered heading the title may be set shorter or in the
    title page's own case: "ORIGIN OF SPECIES." after Darwin's contents, over his
    INTRODUCTION (the title's first words, two at least, its "On the" aside), or Don
    Quijote's "El ingenioso hidalgo don Quijote de la Mancha" over its TASA, where the
    contents list, which opens with the same line, made it a heading of its own (only
    the book's first heading, over another of the contents' headings, not over the
    sections of a title piece that shares the book's name: "SONNETS OF THE SEASONS" over
    "I."): a listener would hear it as the first page's title or at the end of the page
    before it."""
    keys = {_entry_key(t) for t in titles if t}
    keys |= {_entry_key(re.split(r"[:;]|\.\s|,\s+or\b", t)[0]) for t in titles if t}
    keys.discard("")
    firsts = {_untitled_key(key) for key in keys}
    headings = [i for i, b in enumerate(blocks) if b.role == "heading"]
    numbered = [
        i for i in headings
        if (h := blocks[i].heading) and h.number and h.family != "contents"
    ]  # fmt: skip
    front = numbered[0] if numbered else headings[0] if headings else 0
    for at, block in enumerate(blocks[:-1]):
        line = block.lines[0]
        if len(block.lines) != 1 or block.gap < WIDE_GAP:
            continue
        if blocks[at + 1].role not in ("heading", "synopsis"):
            continue
        key = _entry_key(line)
        said = block.role == "body" and _is_shouted(line) and key in keys
        if not said and at < front and len(key.split()) >= 2:
            under = blocks[at + 1].heading
            contents = (
                block.role == "heading" and block.heading is not None
                and block.heading.family == "contents" and headings[0] == at
                and under is not None and under.family != "bare"
            )  # fmt: skip  # "SONNETS OF THE SEASONS" over its "I.": the title piece's
            shorter = _untitled_key(key)
            said = (block.role == "body" or contents) and (
                key in keys
                or (
                    _is_shouted(line) and len(shorter.split()) >= 2
                    and any(f"{t} ".startswith(f"{shorter} ") for t in firsts)
                )
            )  # fmt: skip
        if said:
            block.role, block.heading, block.title = "titlepage", None, None


_TITLE_LEAD = re.compile(r"^(?:(?:the|a|an|on|of|el|la|los|las|le|les|der|die|das|il|lo)\s+)+")


def _untitled_key(key: str) -> str:
    """A title's key without its opening article or "On the": "origin of species …"."""
    return _TITLE_LEAD.sub("", key)


_DEDICATION_LEAD = re.compile(
    r"^[\W_]*(?:to|for|dedicated\s+to|inscribed\s+to|in\s+(?:loving\s+)?memory\s+of)[\W_]*$",
    re.IGNORECASE,
)
"""A dedication's first line when the name is set under it, as old books centre it: "TO"
over "MY MOTHER"."""


_DEDICATION_LABEL = re.compile(
    r"^\s*(?:the\s+)?(?:dedication|epistle\s+dedicatory|dedicatory\s+epistle)\s*[.:]?\s*$",
    re.IGNORECASE,
)
"""The label over a dedication ("DEDICATION", "THE EPISTLE DEDICATORY"): the title page
ends above it, and it is read with the dedication it heads (Fielding's "DEDICATION" over
"TO THE HONOURABLE GEORGE LYTTLETON, ESQ;")."""


def _is_dedication_block(block: _Block) -> bool:
    """A dedication's block ("For Anna"): `matter.is_dedication` judges its lines, with a
    lone "TO" joined to the line under it ("TO" / "MY MOTHER" is "TO MY MOTHER")."""
    lines = [line.strip() for line in block.lines]
    if len(lines) > 1 and _DEDICATION_LEAD.match(lines[0]):
        lines = [f"{lines[0]} {lines[1]}", *lines[2:]]
    return is_dedication([Paragraph(line) for line in lines])


def _is_dedication_page(block: _Block) -> bool:
    """A dedication set on its own page after the title page ("For Anna", "For my
    grandmother, who kept every letter"), parted from it by a page break: read under
    "Dedication", never left out with the title page."""
    return block.gap >= WIDE_GAP and _is_dedication_block(block)


_PRINTED = re.compile(
    r"^(?:by|edited by(?: the)?|(?:\S+\s+){2,6}by"
    r"|(?:copyright|©|\(c\))\s.*|.*\ball rights reserved\b.*"
    r"|.*\b(?:impression|edition)\b.*|in\s+(?:two|three|four|five|six|[2-9])\s+vol(?:ume)?s\.?"
    r"|(?:printed|published) (?:by|for|in|at)\b.*|(?:1[5-9]|20)[0-9]{2}\.?|M{1,2}[DCLXVI]{2,}\.?"
    r"|.*\b(?:& co|and co|co\.|ltd|limited|publishers?|press)\b.*)$",
    re.IGNORECASE,
)
"""Lines only a printed title page carries: "BY", "EDITED BY THE", a credit whose name is
on the next line ("A New Verse Translation by", "WITH AN INTRODUCTION BY"), a year, an
edition or impression, the volumes of a set ("IN TWO VOLUMES."), a copyright line, "All
rights reserved", a publisher's name."""


def _is_cast(block: _Block) -> bool:
    """A play's cast list: two lines or more naming a character in capitals and who they
    are ("EDWY, King of England." / "DUNSTAN, Abbot of Glastonbury.")."""
    return sum(bool(_CAST_NAME.match(line)) for line in block.lines) >= 2


def _is_prose(block: _Block, *, italics: bool = False) -> bool:
    """A block with a sentence in it, not a title page's short lines ("WITH AN
    INTRODUCTION BY" / "PROFESSOR J. W. MACKAIL, M.A., LL.D." ends on no sentence).
    With `italics`, a sentence may end in Project Gutenberg's underscore ("_Lords, Monks,
    and Attendants._", a play's cast list's last line); a title page's own italic line
    ("_Author of "The Mill," etc._") is not judged so."""
    text = _CREDENTIALS.sub("", " ".join(block.lines))
    closing = "”’\"')_" if italics else "”’\"')"
    return len(text.split()) > 6 and text.rstrip(closing).endswith((".", "!", "?", "…"))


def _contents_left_out(blocks: list[_Block]) -> tuple[Omission, ...]:
    """The contents list, for `plan` and the manifest: it is in the manuscript, so the
    word audit must be able to account for it."""
    lines = [line for b in blocks if b.role == "contents" for line in b.lines]
    if not lines:
        return ()
    what = f"table of contents ({len(lines)} line{'s' if len(lines) != 1 else ''})"
    return (Omission(what, "table of contents", "\n".join(lines)),)


def _copyright_left_out(lines: list[str]) -> tuple[Omission, ...]:
    """A copyright page's lines after the title page (`_mark_title_page`), as `matter`
    lists one it finds at a chapter's edge."""
    if not lines:
        return ()
    what = f"copyright page ({len(lines)} line{'s' if len(lines) != 1 else ''})"
    return (Omission(what, "copyright", "\n".join(lines)),)


def _title_page_left_out(lines: list[str]) -> tuple[Omission, ...]:
    if not lines:
        return ()
    what = f"title page ({len(lines)} line{'s' if len(lines) != 1 else ''})"
    return (Omission(what, "printed matter; the credits say the title and author",
                     "\n".join(lines)),)  # fmt: skip


def _printed_front_matter(blocks: list[_Block], title: str | None) -> None:
    """Leave out a printed book's title pages and publisher's advertisements.

    Before the first heading, a scanned book repeats its title, author and publisher
    over several centred pages, often after a page of the publisher's other titles.
    Every centred block up to the last one that shows a title page's marks (a "BY"
    line, a year, an edition, a publisher) is such a page: the credits say the title
    and author instead. Text set flush with the margin (a note to the reader) and
    anything after the title page (an epigraph, a dedication) is read.
    """
    first = next((i for i, b in enumerate(blocks) if b.role == "heading"), None)
    front = [b for b in blocks[: first or 0] if b.role == "body"]
    title_words = set(re.findall(r"\w+", title.casefold())) if title else set()

    def marked(block: _Block) -> bool:
        return block.centred and any(
            _PRINTED.match(line) or byline(line) or (
                title_words and len(line.split()) <= len(title_words) + 1
                and set(re.findall(r"\w+", line.casefold())) >= title_words
            )
            for line in block.lines
        )  # fmt: skip

    poem = _poem_starts(front)  # the pages end where the first poem starts
    last = max((i for i, b in enumerate(front[:poem]) if marked(b)), default=None)
    if last is None:
        return
    pages = [b for b in front[: last + 1] if b.centred and not b.epigraph]
    for block in pages:
        block.role = "titlepage"
    lines = sum(len(b.lines) for b in pages)
    log.info("left out a printed title page and its publisher's pages (%d lines)", lines)


_NOT_NAMES = frozenset({
    "a", "an", "the", "of", "and", "or", "in", "novel", "story", "stories", "tale", "tales",
    "romance", "edition", "volume", "vol", "book", "part", "poems", "play", "comedy",
    "роман", "повесть", "рассказ", "рассказы", "том", "книга", "часть", "издание", "пьеса",
    "комедия", "стихи", "series", "first", "second", "third", "new", "revised", "complete",
    "collected", "selected", "works", "illustrated", "unabridged", "translated", "by",
    "written", "himself", "herself", "note", "notes", "prefatory", "preface", "introduction",
    "introductory", "foreword", "prologue", "contents",
})  # fmt: skip
"""Words of a subtitle ("A NOVEL", "Роман в стихах") or of a label over front matter
("PREFATORY NOTE", under a diary's title page), never of a person's name."""


_CREDENTIALS = re.compile(
    r"(?:,\s*(?:CSCS|CPT|CFP|CFA|CPA|ChFC|CLU|EA|JD|MBA|MPH|RDN?|RN|DPT|PT|MD|M\.D\.|PhD"
    r"|Ph\.D\.|DPhil|MSc|BSc|MS|MA|(?:[A-Z][A-Za-z]{0,4}\.){1,4}[A-Z][A-Za-z]{0,4}\.?"
    r"|(?!(?:[IVXLC]+|JR|SR)\b)[A-Z]{2,5}\b)[®™]?)+\.?$"
)
"""Letters after an author's name on a title page: ", CSCS", ", CFP®", ", PhD", ", RD",
", M.A., F.R.Hist.S.", ", FRSC", ", D.D." (a comma before each; never ", Jr." nor
", III")."""


def _credentialed(line: str) -> str:
    """An author's line without the letters after the name: "Lena Marsh, CSCS"."""
    return _CREDENTIALS.sub("", line.strip()).strip(" .")


MAX_SUBTITLE_LINES = 3
_AFFILIATION = re.compile(
    r"\b(?:department|dept\.|university|college|institute|school|faculty|hospital|laboratory"
    r"|centre|center)\b", re.IGNORECASE,
)
"""A textbook author's affiliation, on the line under the name ("Margaret L. Osterhout,
Ph.D." / "Department of Biology, Westbrook State College")."""
"""How many subtitle and series lines may stand between a title and the author's name
under them ("& A Side Trip to Tokyo" / "A Lonely Highway Guide" / "Carla Benítez")."""


def _name_under_subtitle(front: list[_Block], subtitle: str) -> str | None:
    """The line of the author's name set alone, with no "by", after the subtitle under
    the title ("RAISED BEDS FOR SMALL SPACES" / "A Practical Guide" / "Tom Ashworth"),
    or after a series line under it too ("A Lonely Highway Guide"): the name is a block
    of its own, the subtitle no name; None otherwise."""
    lines = [(b, line) for b in front for line in b.lines]
    at = next((i for i, (_, line) in enumerate(lines) if line == subtitle), None)
    if at is None or at + 1 >= len(lines) or _is_name(subtitle):
        return None
    if _PRINTED.match(subtitle) and not re.search(r"(?i)^[\w\s-]*\bedition$", subtitle):
        return None  # "Second Edition" over the name, as a textbook sets it, is a subtitle
    if _DEDICATED.match(subtitle) or _QUOTATION.search(subtitle):
        return None  # "For" / "Margaret Hale", "Nothing gold can stay." / "Robert Frost"
    for block, line in lines[at + 1 : at + 1 + MAX_SUBTITLE_LINES]:
        name = _credentialed(line)
        alone = len(block.lines) == 1 or (  # or over the author's department or college
            block.lines[0] == line and all(_AFFILIATION.search(x) for x in block.lines[1:])
        )
        if alone and name and name.split()[0].casefold() not in _SMALL and _is_name(name):
            return line
        if len(block.lines) > 1 or _is_name(line) or _PRINTED.match(line) \
                or _PUBLISHER.match(line) or _LINE_STOP.search(line) or re.search(r"\d", line) \
                or credit(line):
            return None  # a publisher's block, a sentence, an editor's credit: no name
    return None  # "For Small Gardens", "A Lonely Highway Guide": subtitles, then a name


_DEDICATED = re.compile(
    r"^(?:(?:for|to)[\s,:]*$|(?:for|to)\s+(?:my|our|the|all|everyone|anyone)\b"
    r"|(?:in\s+(?:loving\s+)?memory\s+of|in\s+memoriam|dedicated\s+to)\b)",
    re.IGNORECASE,
)
"""A dedication's opening line under a title ("For", "To", "for my mother", "In memory
of", "Dedicated to"), never a subtitle ("For Small Gardens"): the name under it is the
dedicatee's."""
_QUOTATION = re.compile(r"\b[a-z][\w'’]*\b.*[.!?…][\"”’]?$")
"""A sentence under a title, in lower case past its first word and ending in a stop
("Nothing gold can stay."): an epigraph, the name under it its source's; never a
subtitle ("A Practical Guide")."""


def _is_name(line: str) -> bool:
    """A title page's unlabelled author line: two to four capitalised words of letters
    (initials and hyphens allowed), none a subtitle's word."""
    names = line.strip(" .").split()
    return 2 <= len(names) <= 4 and all(
        re.fullmatch(r"[^\W\d_][^\W\d_.'’-]*(?:[.'’-][^\W\d_]*)*\.?", n)
        and n[0].isupper()
        and n.casefold().strip(".") not in _NOT_NAMES
        for n in names
    )


_SMALL = frozenset({"a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "nor",
                    "of", "on", "or", "the", "to", "with"})  # fmt: skip


def credited_translator(lines: list[str]) -> str | None:
    """The translator a title page's lines credit (`base.translator_credit`), written as a
    catalogue prints a name ("MARY HALE" → "Mary Hale"); every reader's title page."""
    who = translator_credit(lines)
    return display_case(who, names=True) if who else None


def display_case(text: str, *, names: bool = False) -> str:
    """An ALL-CAPITALS title or name as it is printed in a catalogue.

    English titles take title case ("THE WIND IN THE WILLOWS" → "The Wind in the
    Willows"); Russian and other Cyrillic titles take sentence case, as Russian
    typography does ("ВОЙНА И МИР" → "Война и мир"); names capitalise every word.
    Text in mixed case is already as its author wants it and is kept.
    """
    if not _is_shouted(text):
        return text
    cyrillic = any("\u0400" <= c <= "\u04ff" for c in text)

    def word(m: re.Match[str]) -> str:
        w, start = m.group(), m.start()
        if names:  # a king's "VIII" keeps its capitals; "Liv", "Otto Dix" are names
            if start and re.fullmatch(r"[IVX]{2,}", w):
                return w
            return _name_case(w, text[:start].split(), text[m.end() :].split())
        if re.fullmatch(_ROMAN, w) and len(w) > 1:
            return w
        if start == 0:
            return w.capitalize()
        after_stop = text[:start].rstrip()[-1:] in (".", ":", ";", "!", "?", "—", "–")
        if cyrillic:
            return w.capitalize() if after_stop else w.lower()
        return w.lower() if w.lower() in _SMALL and not after_stop else w.capitalize()

    return re.sub(r"[^\W\d_]+(?:['’][^\W\d_]+)?", word, text)


_SMALL_PARTICLES = frozenset({"van", "von", "der", "den", "ter", "da", "di", "del", "della",
                              "and"})  # fmt: skip
"""Particles a name in capitals writes small after its first word ("Vincent van Gogh")."""
_FRENCH_PARTICLES = frozenset({"de", "la", "le", "du", "des"})
"""Particles written small only beside another ("Walter de la Mare"): alone, English names
keep their capital as often as not ("Ursula K. Le Guin", "Thomas De Quincey")."""


def _name_case(word: str, before: list[str], after: list[str]) -> str:
    """One word of a name set in capitals, as it is printed: "Twain", "O'Brien",
    "D'Arcy", "McPhee"; a particle after the first word in lower case ("Vincent van
    Gogh", "Walter de la Mare"); `before` and `after` are the name's other words."""
    low = word.lower()
    beside = {w.lower() for w in (before[-1:] + after[:1])}
    if before and after and (
        low in _SMALL_PARTICLES
        or (low in _FRENCH_PARTICLES and beside & (_FRENCH_PARTICLES | _SMALL_PARTICLES))
    ):
        return low
    if re.fullmatch(r"[od]['’][^\W\d_]{2,}", low):  # O'Brien, D'Arcy
        return low[:2].upper() + low[2:].capitalize()
    if re.fullmatch(r"mc[^\W\d_]{2,}", low):  # McPhee; "Mac…" is as often a name of its own
        return "Mc" + low[2:].capitalize()
    return word.capitalize()


MIN_LABELLED_ENTRIES = 2


def _contents_label_apart(blocks: list[_Block]) -> list[_Block]:
    """A contents label typed on the first line of its entries' block, with no blank
    line under it ("Съдържание" / "Част първа" / "I. Гост" / "II. Чорбаджи Марко", as
    chitanka.info's texts and many typed manuscripts set it), as a block of its own
    over the entries: `_drop_contents` knows a list by a label alone on its line, and
    then `_headings_from_contents` finds the entries' titles ("II. Чорбаджи Марко") as
    the chapters' headings further on. Every line under the label must be an entry."""
    apart: list[_Block] = []
    for block in blocks:
        lines = block.lines
        if (
            block.role == "body"
            and len(lines) > MIN_LABELLED_ENTRIES
            and _CONTENTS.match(lines[0])
            and all(_is_entry(line) for line in lines[1:])
        ):
            apart.append(replace(block, lines=lines[:1], hanging=()))
            apart.append(replace(block, lines=lines[1:], gap=0, hanging=()))
        else:
            apart.append(block)
    return apart


def _drop_contents(blocks: list[_Block]) -> None:
    """Leave out a table of contents: it names the chapters but is not one."""
    dropped = 0
    for block in blocks:  # a list of headings in one block
        if len(block.lines) >= 2 and block.role == "body" and not _scene_list(block):
            listed = sum(1 for line in block.lines if _is_heading_entry(line))
            if listed >= 2 and listed * 5 >= len(block.lines) * 4:
                block.role, dropped = "contents", dropped + len(block.lines)
    for label in (i for i, b in enumerate(blocks) if _is_contents_label(b)):
        index = label + 1
        while index < len(blocks):
            block = blocks[index]
            if (
                block.role == "heading"
                and _followed_by_prose(blocks, index)
                and not _named_again(blocks, index)  # an entry of the list, not its end
                and not _entries_follow(blocks, index + 1, blocks[label + 1 : index])
                and not _list_begun_again(blocks, label, index)
                and not (index + 1 < len(blocks) and _titles_set_again(blocks, index + 1))
            ):  # a section's heading over its titles set again ("I. KERTOVIA RUNOELMIA")
                break
            listed = blocks[label + 1 : index]
            if (
                block.role == "body"
                and not _all_entries(block.lines)  # entries, and "    the Cage at Willesden"
                and not _run_on_entries(block.lines)  # "Lisboa--Ferreira Rangel--…"
                and not _titles_set_again(blocks, index)  # "Keski-Suomen laulu."
                and not _numbered_on(block.lines, listed)  # "216. To Steiner & Co."
                and not _entry_wrap(blocks[index - 1], block)
                and not (_short(block) and _entries_follow(blocks, index + 1, listed))
            ):
                break
            if (
                index > label + 1
                and block.gap >= WIDE_GAP
                and not _entries_follow(blocks, index, listed)  # "THIRD PART." over more
            ):
                break  # the list has ended: a new section begins after a wide gap
            following = blocks[index + 1] if index + 1 < len(blocks) else None
            if (
                len(block.lines) == 1
                and block.role == "body"
                and following is not None
                and following.role == "body"
                and not _all_entries(following.lines)
                and not _LEADERED.search(block.lines[0])  # "Index of First Lines …… 17"
                and not _entry_wrap(block, following)  # "XVIII. How Jack … broke out of  218"
                and not _titles_set_again(blocks, index + 1)  # a section's, over its titles
            ):
                break  # the heading of the section after the list ("LEADING DATES")
            index += 1
        index = max(index, _argued_list(blocks, label))
        if index > label + 1 and (
            not _BARE_TABLE.match(blocks[label].lines[0])
            or _paged(blocks[label + 1 : index])
            or _names_the_chapters(blocks, blocks[label + 1 : index])
        ):
            for block in blocks[label:index]:
                block.role, dropped = "contents", dropped + len(block.lines)
            break  # the first label over entries ("CONTENTS", "TABLE" over paged entries)
    # Entries that name a heading found again later, with no text after them or right
    # after another entry, are a contents list without a label; but a heading set apart
    # from the list by a wide gap (a page break) with text under it is the first chapter's,
    # named again by a running head ("Chapter 1" … "Chapter 1. The Weigh-House").
    dropped += _titles_listed(blocks)
    headings = [i for i, b in enumerate(blocks) if b.role == "heading"]
    for position, index in enumerate(headings):
        block = blocks[index]
        later = {blocks[i].heading.key for i in headings[position + 1 :] if blocks[i].heading}
        if block.heading is None or block.heading.key not in later:
            continue
        before = next((b for b in reversed(blocks[:index]) if b.role != "title"), None)
        prose = _followed_by_prose(blocks, index)
        if not prose and _heads_its_first(blocks, index, before):
            continue  # "ONE" over "1" and its text: a part's heading, not a list of one
        if not prose or (before and before.role == "contents" and block.gap < WIDE_GAP):
            block.role, dropped = "contents", dropped + len(block.lines)
    for above, block in itertools.pairwise(blocks):  # the label goes with what it heads
        if block.role == "contents" and above.role == "body" and _is_scenes_label(above):
            above.role, dropped = "contents", dropped + 1
    if dropped:
        log.info("left out a table of contents (%d lines)", dropped)


MAX_LISTED_ARGUMENT_WORDS = 200
"""Words of a chapter's argument printed under its entry in a contents list, at most."""
MIN_ARGUED_ENTRIES = 2


def _argued_list(blocks: list[_Block], label: int) -> int:
    """Where a contents list ends whose entries each carry their chapter's argument, as
    Darwin's, Lyell's and Gibbon's are printed: "CHAPTER II." / "VARIATION UNDER
    NATURE." / "Variability--Individual Differences--Doubtful species--…", the entries
    under `label` ("CONTENTS."), with back matter's entries after them ("GLOSSARY OF
    SCIENTIFIC TERMS.", "INDEX."), up to a wide gap or the list's first heading named
    again (the book begins). An argument is a paragraph of its own right under its
    entry's heading or title line, and `MIN_ARGUED_ENTRIES` entries at least must carry
    one; the list's first heading must come again after it, over its chapter. A chapter
    that opens with its argument and then its text is no entry: text under an argument
    ends the list before that chapter's heading. Returns the index after the list, or
    `label + 1` when there is none."""
    none = label + 1
    seen: set[tuple[str, int | str]] = set()
    argued, unit, index = 0, none, none  # unit: where the last entry's heading is
    after_entry = False  # the block before is an entry's heading or title line
    while index < len(blocks):
        block = blocks[index]
        if index > none and block.gap >= WIDE_GAP:
            break
        if block.role == "heading" and block.heading:
            if block.heading.key in seen:
                break  # the first chapter, named by the list's first entry
            seen.add(block.heading.key)
            unit, after_entry = index, True
        elif block.role == "body" and _all_entries(block.lines) and _short(block):
            pass  # an entry's title line, or an entry with no argument ("GLOSSARY …")
        elif (
            block.role == "body"
            and after_entry
            and len(" ".join(block.lines).split()) <= MAX_LISTED_ARGUMENT_WORDS
        ):
            argued += 1
            after_entry = False
        else:
            if block.role == "body" and not after_entry:
                index = unit  # text under an argument: a chapter, not an entry
                argued -= 1
            break
        index += 1
    first = next((b for b in blocks[none:index] if b.role == "heading" and b.heading), None)
    if argued < MIN_ARGUED_ENTRIES or first is None or first.heading is None:
        return none
    key = first.heading.key
    if not any(b.role == "heading" and b.heading and b.heading.key == key for b in blocks[index:]):
        return none
    return index


def _titles_set_again(blocks: list[_Block], index: int) -> bool:
    """Is the block at `index`, under a contents label, the list of the titles set again
    further on, each a block of one line over its piece, as a Finnish book of poems lists
    them under "SISÄLLYS:" ("Köynnöksiä." / "Keski-Suomen laulu." / "Serenaati.")? Its
    lines are short, and most of them (two at least) are found again after it, each
    alone: in sentence case and with a stop, no line of it looks like an entry
    (`_is_entry`), but a paragraph's lines are never titles set again so."""
    lines = blocks[index].lines
    if len(lines) < 2 or any(len(x.split()) > MAX_TITLE_WORDS for x in lines):
        return False
    later = {_entry_key(b.lines[0]) for b in blocks[index + 1 :] if len(b.lines) == 1}
    found = sum(1 for x in lines if _entry_key(x) in later)
    return found >= 2 and found * 2 >= len(lines)


def _list_begun_again(blocks: list[_Block], label: int, index: int) -> bool:
    """Is the heading at `index` the last entries' (Walden's "Conclusion" / "ON THE DUTY OF
    CIVIL DISOBEDIENCE"), the book beginning under them with the list's first entry
    again ("WALDEN" / "Economy")? Short lines from it up to the list's first entry named
    again, before any text: the list runs up to there, though that chapter is not found
    further on (a volume cut short)."""
    first = next((b for b in blocks[label + 1 : index] if b.role != "title"), None)
    if first is None or len(first.lines) != 1:
        return False
    key = _entry_key(first.lines[0])
    for block in blocks[index + 1 : index + 4]:
        if len(block.lines) != 1 or len(block.lines[0].split()) > MAX_TITLE_WORDS:
            return False
        if _entry_key(block.lines[0]) == key:
            return True
    return False


def _heading_rest(text: str) -> str:
    """The title after a heading's keyword and number ("Que trata de …" of "Capítulo
    primero. Que trata de …"), or ""."""
    text = " ".join(text.split())
    match = _LABELLED.match(text) or _ORDINAL_FIRST.match(text) or _ordinal_first(text)
    after = _AFTER.match(match["after"]) if match else None
    return after["rest"] if after else ""


MIN_LISTED_TITLES = 2


def _titles_listed(blocks: list[_Block]) -> int:
    """Leave out a contents list with neither numbers nor a label, whose entries are the
    titles of the chapters' headings further on, in their order, each a block of its own
    and perhaps wrapped ("Que trata de la condición y ejercicio del famoso" / "hidalgo don
    Quijote de la Mancha" for "Capítulo primero. Que trata de …", as Don Quijote's list
    is printed): from its first such entry to its last, with only short lines between
    (a part's name, entries whose chapters are cut); `MIN_LISTED_TITLES` at least. A
    paragraph of the text that quotes a chapter's title is no list: it has sentences
    around it. Returns the lines left out."""
    titles: dict[str, int] = {}  # a heading's title as compared, and where the heading is
    for at, block in enumerate(blocks):
        heading = block.heading if block.role == "heading" else None
        if heading and heading.has_title and (key := _entry_key(_heading_rest(heading.text))):
            titles.setdefault(key, at)
    entries = [
        (at, titles[key]) for at, block in enumerate(blocks)
        if block.role == "body"
        and len(block.lines) <= MAX_ARGUMENT_LINES
        and titles.get(key := _entry_key(" ".join(block.lines)), -1) > at
    ]  # fmt: skip
    if len(entries) < MIN_LISTED_TITLES:
        return 0
    headed = [heading for _, heading in entries]
    first, last = entries[0][0], entries[-1][0]
    between = blocks[first : last + 1]
    if headed != sorted(headed) or headed[0] <= last or any(
        b.role != "body"
        or len(b.lines) > MAX_ARGUMENT_LINES
        or len(" ".join(b.lines).split()) > MAX_ARGUMENT_WORDS
        or _STOP_INSIDE.search(" ".join(b.lines))
        for b in between
    ):
        return 0
    # the list's first entries name the front matter that comes before the chapters, each
    # a short line named again further on ("Tasa", "Prólogo" for "TASA", "PRÓLOGO")
    later = {
        _entry_key(b.lines[0]) for b in blocks[last + 1 :]
        if len(b.lines[0].split()) <= MAX_TITLE_WORDS
    }  # fmt: skip
    while first > 0:
        block = blocks[first - 1]
        key = _entry_key(block.lines[0])
        if not (
            len(block.lines) == 1
            and len(block.lines[0].split()) <= MAX_TITLE_WORDS
            and block.role in ("body", "heading", "title")
            and key in later
        ):
            break
        first -= 1
    for block in blocks[first : last + 1]:
        block.role = "contents"
    return sum(len(b.lines) for b in blocks[first : last + 1])


_SCENES_LABEL = re.compile(
    r"^(?:the\s+)?(?:synopsis\s+of\s+)?(?:scenes|acts)(?:\s+of\s+the\s+play)?[.:]?$",
    re.IGNORECASE,
)
"""A play's label over its list of acts and where each is set ("THE SCENES OF THE PLAY",
"SYNOPSIS OF SCENES"), as Project Gutenberg's plays print it under the cast."""


def _is_scenes_label(block: _Block) -> bool:
    return len(block.lines) == 1 and bool(_SCENES_LABEL.match(" ".join(block.lines[0].split())))


MAX_SYNOPSIS_WORDS = 150
"""The most words under one heading of a synopsis ("ACT I." / "SCENE I. In the Witch's
Orchard. Frog-eye Fearsome drags the captive Prince …"): a line or two saying where the
act is set and what happens in it, never the act itself."""
_SYNOPSIS_LABEL = re.compile(
    r"^[\W_]*(?:synopsis(?:\s+of\s+(?:the\s+)?(?:scenes|acts))?|(?:the\s+)?scenes"
    r"|(?:the\s+)?argument|scenes\s+of\s+the\s+(?:acts|play))[\W_]*$",
    re.IGNORECASE,
)
"""A synopsis's label over its entries ("SYNOPSIS OF SCENES", "THE SCENES")."""


def _section_words(blocks: list[_Block], index: int, family: str | None = None) -> int:
    """The words of running text under the heading at `index`, up to the next heading
    (of `family`, when given: an act's words run on over its scene headings)."""
    words = 0
    for block in blocks[index + 1 :]:
        if block.role == "heading" and (
            family is None or (block.heading and block.heading.family == family)
        ):
            break
        if block.role in ("body", "heading"):
            words += sum(len(line.split()) for line in block.lines)
    return words


def _drop_synopsis(blocks: list[_Block]) -> None:
    """Leave out a play's (or a book's) synopsis: its acts listed before the first, each
    heading over a line or two of where it is set and what happens ("ACT I." / "SCENE I.
    In the Witch's Orchard. …" / "ACT II." / "SCENE I. In the Tower Room. …"), and then
    the same headings again over the acts themselves. Like a contents list it is the
    printed book's map, not a chapter: read as chapters, the listener heard "Act One",
    "Act Two", "Act Three" and then "Act One" again. Trusted only when at least two of
    the listed headings, of one family, come again in the same order, every entry is
    short (`MAX_SYNOPSIS_WORDS`), the list starts at the family's first heading and
    numbers its entries in order, and each act named again is at least three times as
    long as its entry; a book in parts whose chapters' numbers start again ("BOOK II" /
    "CHAPTER I") has chapters as long there as in the first part."""
    headings = [i for i, b in enumerate(blocks) if b.role == "heading" and b.heading]
    for position, first in enumerate(headings):
        family = blocks[first].heading.family
        key = blocks[first].heading.key
        again = next(
            (p for p in range(position + 1, len(headings))
             if blocks[headings[p]].heading.key == key),
            None,
        )  # fmt: skip
        if again is None:
            continue
        listed = headings[position:again]
        later = [i for i in headings[again:] if blocks[i].heading.family == family]
        numbers = [blocks[i].heading.number for i in listed]
        if (
            len(listed) < 2
            or any(blocks[i].heading.family != family for i in listed)
            or any(blocks[i].heading.family == family for i in headings[:position])
            or not all(isinstance(n, int) for n in numbers)
            or numbers != sorted(set(numbers))  # type: ignore[type-var]
        ):
            continue  # a synopsis lists the acts from the first, in their order
        pairs = list(zip(listed, later, strict=False))
        if len(pairs) < 2 or any(
            blocks[a].heading.key != blocks[b].heading.key
            or _figures(blocks[a].heading.text) != _figures(blocks[b].heading.text)
            for a, b in pairs
        ):  # a synopsis sets its heads as the acts do: "1" over a haiku is no "I." listed
            continue
        sizes = [_section_words(blocks, i) for i in listed]
        if max(sizes) > MAX_SYNOPSIS_WORDS or any(
            _section_words(blocks, b, family) < 3 * max(size, 1)
            for (_, b), size in zip(pairs, sizes, strict=False)
        ):
            continue
        start, end = first, headings[again]
        label = blocks[first - 1] if first > 0 else None
        if label and label.role == "body" and len(label.lines) == 1 and _SYNOPSIS_LABEL.match(
            label.lines[0]
        ):
            start -= 1
        while end - 1 > listed[-1] + 1 and _half_title_like(blocks[end - 1]):
            end -= 1  # the book's title over the first act: a half-title (`_half_titles`)
        for block in blocks[start:end]:
            if block.role in ("body", "heading"):
                block.role = "synopsis"
        log.info("left out a synopsis of %d %s headings", len(listed), family)
        return


def _figures(heading: str) -> bool:
    """Is a heading numbered in figures ("1", "Act 2") rather than words or Roman
    numerals ("I.", "Act Two")?"""
    return any(c.isdigit() for c in heading)


def _half_title_like(block: _Block) -> bool:
    """A line in capitals alone after a page break: the book's title set again over a
    heading, as `_half_titles` judges it with the title known."""
    return (
        block.role == "body" and len(block.lines) == 1 and block.gap >= WIDE_GAP
        and _is_shouted(block.lines[0])
    )  # fmt: skip


def _synopsis_left_out(blocks: list[_Block]) -> tuple[Omission, ...]:
    """The synopsis (`_drop_synopsis`), for `plan` and the manifest."""
    lines = [line for b in blocks if b.role == "synopsis" for line in b.lines]
    if not lines:
        return ()
    what = f"synopsis of the acts ({len(lines)} line{'s' if len(lines) != 1 else ''})"
    return (Omission(what, "the book's map, like a contents list; the acts follow",
                     "\n".join(lines)),)  # fmt: skip


_PICTURES_LABEL = re.compile(
    r"^[\W_]*(?:list\s+of\s+(?:the\s+)?)?(?:(?:full-page|coloured|colored)\s+)?"
    r"(?:illustrations|plates|pictures|maps(?:\s+and\s+plans)?)[\W_]*$",
    re.IGNORECASE,
)
_PICTURE_PAGE = re.compile(
    r"(?:\b(?:frontispiece|title-?page|vignette|facing|to\s+face)\b.*"
    r"|(?:page|p\.)?\s*[\"”]?\s*\d{1,4}|[\"”])\s*$",
    re.IGNORECASE,
)
"""Where a list of plates puts its picture: "Frontispiece", "To face page  6", a ditto's
'"       18' for the same words over a page, "Page 12"."""


def _drop_picture_lists(blocks: list[_Block]) -> None:
    """Leave out a list of the book's pictures ("LIST OF THE PLATES" / "I. THE BEGGAR
    Frontispiece" / "II. MRS. PEACHUM  To face page 6"), as a contents list of its
    plates: what a listener cannot turn to. Only under its label (a line of its own, or
    the "List of Illustrations" heading), over entries that most of them say where the
    picture is (`_paged_pictures`), or over a long run of short captions with no pages,
    as an illustrated edition lists its two hundred drawings (`_captions_listed`); a
    chapter called "ILLUSTRATIONS" over its text is read."""
    for label, block in enumerate(blocks):
        if not _is_pictures_label(block):
            continue
        index = max(_paged_pictures(blocks, label), _captions_listed(blocks, label))
        inside = blocks[label + 1 : index]
        if block.role == "heading" and not any(b.role == "heading" for b in inside):
            continue  # the heading's section is the list, left out as such (`matter`)
        if index > label + 1:
            for listed in blocks[label:index]:
                listed.role, listed.heading = "pictures", None
            entries = sum(len(b.lines) for b in blocks[label + 1 : index])
            log.info("left out a list of illustrations (%d lines)", entries)


def _is_pictures_label(block: _Block) -> bool:
    """A list of illustrations' label: a line of its own ("ILLUSTRATIONS", "LIST OF THE
    PLATES"), or found as that heading ("[Illustration: List of illustrations.]")."""
    if len(block.lines) != 1 or not _PICTURES_LABEL.match(block.lines[0]):
        return False
    named = block.heading is not None and block.heading.family == "list of illustrations"
    return block.role == "body" or (block.role == "heading" and named)


_ROMAN_PAGE = re.compile(r"\s(?=[ivxlc])c{0,3}(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})$")
"""A front-matter page, in small Roman figures, at an entry's end ("Portrait of Franklin
vii")."""


def _placed(line: str) -> bool:
    """Does a list of illustrations' line say where its picture is (`_PICTURE_PAGE`,
    "_Frontispiece_", a page in Roman figures)?"""
    return bool(_PICTURE_PAGE.search(line) or _PLATE_PAGE.search(line) or _ROMAN_PAGE.search(line))


MAX_CAPTION_NOTE_WORDS = 200
"""Words of the text set under a listed picture at the most ("Franklin at the Court of
Louis XVI  _Frontispiece_" / "\"He was therefore, feasted …\"--Thomas Jefferson."), and of
the notes after the list's last entry ("The end papers show …")."""


def _paged_pictures(blocks: list[_Block], label: int) -> int:
    """Where a list of illustrations under `label` ends whose entries say where each
    picture is: each a block of a line or two, most of its lines placed (`_placed`) or
    its last line (an entry wrapped over two lines), "PAGE" over the column aside. A
    caption's quotation or note may stand under an entry, a few lines each; after the
    last entry, only up to a heading or a wide gap. Returns `label + 1` when there is no
    such list (two entries at least, and more entries than notes)."""
    none = label + 1
    index, end, entries, notes = none, none, 0, 0
    while index < len(blocks):
        block = blocks[index]
        if block.role not in ("body", "heading") or (index > none and block.gap >= WIDE_GAP):
            end = index
            break
        lines = [x for x in block.lines if not _PLATE_COLUMN.match(x)]
        placed = sum(map(_placed, lines))
        if (
            lines
            and (placed * 2 >= len(lines) or _placed(lines[-1]))
            and all(len(x.split()) <= MAX_TITLE_WORDS + 4 for x in lines)
        ):
            entries, end = entries + max(placed, 1), index + 1  # a block may hold them all
        elif block.role != "body" or len(" ".join(lines).split()) > MAX_CAPTION_NOTE_WORDS:
            break
        else:
            notes += 1
        index += 1
    else:
        end = index
    if entries < 2 or entries <= notes:
        return none
    if end < index:  # notes after the last entry: the list's only if nothing follows them
        trailing = blocks[end:index]
        words = sum(len(line.split()) for b in trailing for line in b.lines)
        stops = index == len(blocks) or blocks[index].role == "heading" or (
            blocks[index].gap >= WIDE_GAP
        )
        if stops and words <= MAX_CAPTION_NOTE_WORDS:
            end = index
    return end


MIN_CAPTIONS = 6
"""Captions listed with no pages, at the least, for a list of illustrations."""
MAX_CAPTION_WORDS = 24


def _captions_listed(blocks: list[_Block], label: int) -> int:
    """Where a list of illustrations under `label` ends that gives its captions with no
    pages, each a block of a line or two ("They all drew to the fire, mother in the big
    chair, with" / "Beth at her feet", "Merry Christmas", "Tail-piece"), as Little
    Women's illustrated edition lists its drawings: `MIN_CAPTIONS` at least, few of them
    ending on a sentence's stop, up to a heading, a wide gap or the end. The pictures
    that open the book's front matter are listed too ("Preface", "Contents", "List of
    Illustrations"): a heading that names one found before the list, or the list's own,
    is an entry. A chapter's lines under an "ILLUSTRATIONS" heading are sentences, or
    longer; verse stands in stanzas. Returns `label + 1` when there is no such list."""
    none = label + 1
    before = {b.heading.key for b in blocks[:none] if b.role == "heading" and b.heading}
    index = none
    while index < len(blocks):
        block = blocks[index]
        if index > none and block.gap >= WIDE_GAP:
            break
        if block.role == "heading" and not (
            block.heading
            and (block.heading.key in before or _PICTURES_LABEL.match(block.lines[0]))
        ):
            break
        if block.role not in ("body", "heading", "title"):
            break
        lines = [x for x in block.lines if not _PLATE_COLUMN.match(x)]  # "PAGE" over the column
        if len(lines) > 2 or len(" ".join(lines).split()) > MAX_CAPTION_WORDS:
            return none  # text, not captions
        index += 1
    captions = [
        caption
        for b in blocks[none:index]
        if (caption := " ".join(x for x in b.lines if not _PLATE_COLUMN.match(x)))
    ]
    captions = [x.rstrip(_CLOSING_MARKS) for x in captions]
    stopped = sum(1 for x in captions if x.endswith((".", "!", "?", ",", ";", ":")))
    if len(captions) < MIN_CAPTIONS or stopped * 3 > len(captions):
        return none
    return index


_CLOSING_MARKS = "\"”’')_]"


def _pictures_left_out(blocks: list[_Block]) -> tuple[Omission, ...]:
    """A list of the book's pictures, for `plan` and the manifest."""
    lines = [line for b in blocks if b.role == "pictures" for line in b.lines]
    if not lines:
        return ()
    what = f"list of illustrations ({len(lines)} line{'s' if len(lines) != 1 else ''})"
    return (Omission(what, "list of illustrations", "\n".join(lines)),)


_BARE_TABLE = re.compile(r"^\s*table\s*\.?\s*$", re.IGNORECASE)
_ARABIC_PAGE = re.compile(
    rf"(?:\s*(?:[.·…_]{{2,}}|(?:[.·…_] ){{2,}}[.·…_]?)\s*|\s+){_PAGE_MARK}\d{{1,4}}$"
)


def _paged(blocks: list[_Block]) -> bool:
    """Do these entries give their pages in figures, two at least and most of them, as a
    French book's "TABLE" does? A poem called "Table" has no page numbers in its lines."""
    lines = [line for b in blocks for line in b.lines]
    paged = sum(1 for line in lines if _ARABIC_PAGE.search(line))
    return paged >= 2 and paged * 3 >= len(lines) * 2


_LEADING_NUMBER = re.compile(rf"^(?P<num>\d{{1,4}}|{_ROMAN})(?:\.\s*|\s+)\S")
MIN_NUMBERED_ENTRIES = 4
"""Lines numbered in a run that make a block a contents list's entries, at the least."""


def _entry_numbers(lines: list[str]) -> list[int] | None:
    """The numbers these lines open with, when they are a contents list's entries
    numbered in order, each a short line ("216. To Steiner & Co." / "217. To the Same", a
    volume of letters'; "I Marseille.--L'arrivée." / "II Le père et le fils.", a French
    novel's): most of the lines numbered, each number above the one before, and
    `MIN_NUMBERED_ENTRIES` at least in a run. Entries so numbered need no page numbers,
    nor a title's capitals."""
    numbers = [
        _number(m["num"])
        if (m := _LEADING_NUMBER.match(x)) and len(x.split()) <= 2 * MAX_TITLE_WORDS
        else None
        for x in lines
    ]  # fmt: skip
    found = [n for n in numbers if isinstance(n, int)]
    steps = sum(1 for one, two in itertools.pairwise(found) if two == one + 1)
    if (
        steps + 1 < MIN_NUMBERED_ENTRIES
        or len(found) * 5 < len(lines) * 4
        or any(two <= one for one, two in itertools.pairwise(found))
    ):
        return None
    return found


def _paged_line(line: str) -> bool:
    """A contents entry that ends with its page number ("XIX. Good and Evil   224",
    "AFSCHEID   17.", "… ……… 9")."""
    return bool(_LEADERED.search(line) or _ARABIC_PAGE.search(line.rstrip(".")))


def _wraps(entry: str, line: str) -> bool:
    """Is `line` the rest of a contents entry that ran over its line, as a list with its
    page numbers in a column wraps a long title ("XVIII. How Jack Sheppard broke out of
    218" / "the Cage at Willesden")? A short line, with no page number and no sentence's
    end, right under an entry line that ends with its page."""
    return (
        _paged_line(entry)
        and len(line.split()) <= MAX_WRAP_WORDS
        and not _paged_line(line)
        and not line.rstrip("\"”’')_").endswith((".", "!", "?", "…", ":", ";"))
    )


MAX_WRAP_WORDS = 6
"""Words of a contents entry's line run over, at the most."""


def _entry_wrap(entry: _Block, block: _Block) -> bool:
    """Is `block` one line, the rest of `entry`'s last line (`_wraps`)?"""
    return len(block.lines) == 1 and _wraps(entry.lines[-1], block.lines[0])


def _all_entries(lines: list[str]) -> bool:
    """Is every line a contents entry (`_is_entry`), or the rest of the entry above it
    (`_wraps`, `_wrapped_to_page`)?"""
    return all(
        _is_entry(line)
        or (at and (_wraps(lines[at - 1], line) or _wrapped_to_page(lines[at - 1], line)))
        for at, line in enumerate(lines)
    )


_RUN_ON_SEPARATOR = re.compile(r"\s*(?:--|[—–])\s*")
MIN_RUN_ON_ENTRIES = 4


def _run_on_entries(lines: list[str]) -> bool:
    """Is this paragraph a contents list run on, its titles joined by dashes, as an old
    Portuguese or Spanish book prints its "SUMMARIO" ("Aquella casa triste... (romance)
    --Solução do problema historico--Dous preconceitos--Lisboa--…")? `MIN_RUN_ON_ENTRIES`
    titles at least, each short and capitalised, with no sentence inside; a sentence's
    dashes set off words that go on in lower case ("--disse ele--")."""
    titles = [x for x in _RUN_ON_SEPARATOR.split(" ".join(lines)) if x]
    return len(titles) >= MIN_RUN_ON_ENTRIES and all(
        len(title.split()) <= MAX_TITLE_WORDS
        and title.lstrip("\"“«‘'(")[:1].isupper()
        and not _STOP_INSIDE.search(title)
        for title in titles
    )


def _wrapped_to_page(entry: str, line: str) -> bool:
    """Is `line` the rest of a contents entry whose title ran over, its page at the end
    of the second line, as an Italian "INDICE" prints them ("I. Come andò che maestro
    Ciliegia, falegname, trovò un" / "pezzo di legno, che piangeva e rideva come un
    bambino.   Pag.  5")? The line above is an entry with no page that opens with its
    number or names a heading, this one ends with the page; a paragraph's lines end
    with none, or its first does not open so ("… stampato in Firenze nel" / "mese di
    febbraio 1883")."""
    return (
        (bool(_LEADING_NUMBER.match(entry)) or _is_heading_entry(entry))
        and _is_entry(entry)
        and not _paged_line(entry)
        and _paged_line(line)
        and len(line.split()) <= 2 * MAX_TITLE_WORDS
    )


def _short(block: _Block) -> bool:
    """A block of a few short lines, as a part's subtitle and dates are set in a
    contents list ("LIFE'S MISSION." / "1815-1822." / "(_Continued._)")."""
    return len(block.lines) <= 4 and all(len(x.split()) <= 8 for x in block.lines)


def _entries_follow(blocks: list[_Block], start: int, listed: list[_Block]) -> bool:
    """Does a contents list (`listed`, its blocks so far) go on from `start`: past a
    part's heading and its short lines, two lines or more that end with their pages, or
    entries numbered on from the list's (`_numbered_on`)? A chapter's heading, its title
    and its text come to no such block before the text, nor does a numbered list in it
    ("1. Warm the milk"); "PART ONE" / "Summer 1914" over prose neither."""
    for at in range(start, min(start + 5, len(blocks))):
        block = blocks[at]
        if block.role == "body" and _numbered_on(block.lines, listed):
            return True
        paged = list(
            itertools.takewhile(
                lambda b: len(b.lines) >= 1 and all(map(_paged_line, b.lines)), blocks[at:]
            )
        )
        if sum(len(b.lines) for b in paged) >= 2:
            return True
        if block.role not in ("body", "heading") or not _short(block):
            return False
    return False


def _numbered_on(lines: list[str], listed: list[_Block]) -> bool:
    """Are these entries numbered in order (`_entry_numbers`) that go on from the contents
    list's so far (`listed`): from its last number ("314. To Ignaz Ritter von Seyfried"
    over "THIRD PART." over "315. To Zelter"), or from any, where the list so far has
    neither numbers nor pages ("CONTENTS OF VOLUME II." / "SECOND PART." over "216. To
    Steiner & Co.")? A numbered list in the first chapter starts again at one."""
    numbers = _entry_numbers(lines)
    if not numbers:
        return False
    lines_so_far = [x for b in listed for x in b.lines]
    last = next(
        (
            n for x in reversed(lines_so_far)
            if (m := _LEADING_NUMBER.match(x)) and isinstance(n := _number(m["num"]), int)
        ),
        None,
    )  # fmt: skip
    if last is not None:
        return numbers[0] == last + 1
    return not any(map(_paged_line, lines_so_far))


def _names_the_chapters(blocks: list[_Block], entries: list[_Block]) -> bool:
    """Do these entries, numbered in order with no pages (`_entry_numbers`), name the
    book's chapters: most of their titles the line under a heading ("I Marseille.--
    L'arrivée." for "I" over "Marseille.--L'arrivée.") or a heading's own? So a French
    book's "TABLE" at its end lists its chapters; a "TABLE" of "1 fois 1 font 1" names
    none and is read."""
    lines = [x for b in entries for x in b.lines]
    if _entry_numbers(lines) is None:
        return False
    titles = {
        _entry_key(m.string[m.end() - 1 :]) for x in lines if (m := _LEADING_NUMBER.match(x))
    }
    named = set()
    listed = {id(b) for b in entries}
    for at, block in enumerate(blocks[:-1]):
        if block.role == "heading" and id(block) not in listed:
            named.add(_entry_key(block.title or ""))
            named.add(_entry_key(blocks[at + 1].lines[0]))
    return len(titles & named) * 2 > len(titles)


def _scene_list(block: _Block) -> bool:
    """A play's list of its acts or scenes and where they are set ("ACT I. The
    living-room of the lighthouse. An evening in October." / "ACT II. The same. The next
    morning."), as printed under the cast: the scene and time read at a play's opening,
    not a contents list. Every line names an act or scene and its setting, and none
    ends with a page number (a contents list of a play's acts gives their pages)."""
    headings = [parse_heading(line) for line in block.lines]
    return all(
        heading is not None and heading.family in ("act", "scene") and heading.has_title
        and not _PAGE_REF.search(line)
        for heading, line in zip(headings, block.lines, strict=True)
    )  # fmt: skip


def _headings_from_contents(blocks: list[_Block]) -> None:
    """Headings without a number or a keyword, found because the contents list names
    them: a book of poems, essays or stories heads each piece with its title alone
    ("THE MILL-POND."). A title may be set over two blocks ("SONNET." / "ON THE BEACH
    AT EVENING." for "SONNET.--ON THE BEACH AT EVENING"). Two entries found at least,
    or none is trusted: one short line equal to an entry could be chance."""
    listed = [i for i, b in enumerate(blocks) if b.role == "contents"]
    if not listed:
        return
    lines = [line for i in listed for line in blocks[i].lines if not _CONTENTS.match(line)]
    exact = {key for line in lines if (key := _entry_key(_PAGE_REF.sub("", line)))}
    # a page with a stop ("AFSCHEID   17.") is no part of the title; but a title over a
    # year is named by both its lines ("EPOCH THE FIRST, 1703." for "EPOCH THE FIRST." /
    # "1703."), and the two lines are taken first
    entries = exact | {key for line in lines if (key := _entry_key(_DOTTED_PAGE.sub("", line)))}

    def one_line(index: int) -> str:
        """The block's line as an entry key, if it is a body block of one line."""
        block = blocks[index] if index < len(blocks) else None
        if block is None or block.role != "body" or len(block.lines) != 1:
            return ""
        return _entry_key(block.lines[0])

    found: list[tuple[int, int]] = []  # (first block, blocks in the title)
    index = listed[-1] + 1
    while index < len(blocks):
        key, size = one_line(index), 0
        if key and len(blocks[index].lines[0].split()) > MAX_TITLE_WORDS:
            key = ""  # a title's first line is short
        following = one_line(index + 1) if key else ""
        if following and key not in exact and f"{key} {following}" in exact:
            size = 2
        elif key and key in entries:
            size = 1
        elif following and f"{key} {following}" in entries:
            size = 2
        if size:
            found.append((index, size))
        index += size or 1
    if len(found) == 1 and not _opening_piece(blocks, listed, found[0][0]):
        return
    if not found:
        return
    for number, (index, size) in enumerate(found, 1):
        block, title = blocks[index], clean_title(blocks[index].lines[0])
        if size == 2:
            title = join_titles(title, clean_title(blocks[index + 1].lines[0]))
            blocks[index + 1].role = "title"
        block.heading = Heading(block.lines[0], "contents", number, has_title=True)
        block.title, block.role = title, "heading"
    log.info("found %d headings named by the contents list", len(found))


def _opening_piece(blocks: list[_Block], listed: list[int], index: int) -> bool:
    """Is the one line at `index` that a contents entry names the book's opening piece,
    as a play's "THE PROLOGUE" stands before its "ACT I" (the contents: "THE
    PROLOGUE." / "ACT I" …)? One line equal to an entry could be chance; not when it
    stands after the list and before its first heading named again, and the list's
    other entries are headings found again further on, two at least."""
    named = {
        b.heading.key for i in listed for b in [blocks[i]] if b.heading
    } | {h.key for i in listed for x in blocks[i].lines if (h := parse_heading(x))}
    again = [
        at for at in range(index + 1, len(blocks))
        if blocks[at].role == "heading" and blocks[at].heading
        and blocks[at].heading.key in named
    ]  # fmt: skip
    first = next(
        (at for at in range(listed[-1] + 1, len(blocks)) if blocks[at].role == "heading"), None
    )
    return len({blocks[at].heading.key for at in again if blocks[at].heading}) >= 2 and (
        first is not None and first > index
    )


_NUMBERED_TITLE = re.compile(rf"^(?P<num>{_ROMAN}|[0-9]{{1,3}})\.\s+(?P<rest>\S.*)$")
_SPACED_NUMBER_TITLE = re.compile(r"^(?P<num>[0-9]{1,3})\s+(?P<rest>\S.*)$")


def _numbered_titles(blocks: list[_Block]) -> None:
    """Headings that are a number and a title on one line ("I. A SCANDAL IN BOHEMIA",
    "2. The Red-Headed League", "3 WEEK ONE"), as collections of stories and essays and
    self-help books print them with no contents list. Trusted only as a run numbered from
    one, each alone in its block, its title in capitals or (after a number's period) set
    off by a wide gap (a numbered list is neither), each with text before the next, in a
    book with no "CHAPTER" headings (there, such lines are a list in a chapter). With no
    such run, a novel's "1. Wake", "2. The Road", "3. Harbour" set off by one blank line
    are headings too when the run opens the book (`_opens_book`: only a title page
    before "1."), `LOOSE_TITLES` at least, each title in title case with every word
    capitalised but the small ones (`_capitalised`), ending on no sentence's stop, and
    each over a chapter's text (`_chapter_long`). A list at a book's start is none of
    that: a recipe's "1. Wash the rice", a story's "1. Feed the Cat" over a paragraph
    or two, steps that are sentences ("1. Preheat the oven to two hundred degrees.")."""
    if any(b.heading and b.heading.family == "chapter" for b in blocks):
        return
    found = _numbered_run(blocks, loose=False)
    loose = len(found) < 2
    if loose:
        found = _numbered_run(blocks, loose=True)
        if len(found) < LOOSE_TITLES or not _opens_book(blocks, found[0][1]):
            return
    at = {id(block): i for i, block in enumerate(blocks)}
    for (_, one), (_, two) in itertools.pairwise(found):
        between = blocks[at[id(one)] + 1 : at[id(two)]]
        if not any(b.role == "body" for b in between):
            return  # "1 LOAF OF BREAD" / "2 PINTS OF MILK": a list, each item a line
        if loose and not _chapter_long(between):
            return  # "1. Feed the Cat" over a paragraph: a list in the story
    for number, block in found:
        block.heading = Heading(block.lines[0], "numbered", number, has_title=True)
        block.title, block.role = clean_title(block.lines[0]), "heading"
    log.info("found %d numbered titles as headings", len(found))


def _numbered_run(blocks: list[_Block], *, loose: bool) -> list[tuple[int, _Block]]:
    """The one-line blocks numbered "1. Title", "2. Title" … from one, in order, that
    `_numbered_titles` may trust: a title in capitals, or after a number's period with a
    wide gap before it, or (`loose`) after a number's period in title case with no
    sentence's stop at its end ("2. The Road")."""
    found: list[tuple[int, _Block]] = []
    for block in blocks:
        if block.role != "body" or len(block.lines) != 1:
            continue
        match = _NUMBERED_TITLE.match(block.lines[0])
        spaced = match is None
        if spaced:
            match = _SPACED_NUMBER_TITLE.match(block.lines[0])
        if not match:
            continue
        rest = match["rest"]
        if _is_shouted(core := _NOTE_AFTER.sub("", rest)):
            rest = core  # "BANANA SONG  (call & response -- leader sings, group echoes)"
        if not _is_title_line(rest, attached=True):
            continue
        titled = not spaced and _is_title_line(rest, attached=False) and _capitalised(rest)
        if not (_is_shouted(rest) or (block.gap >= 2 and not spaced) or (loose and titled)):
            continue
        number = _number(match["num"])
        if isinstance(number, int) and number == (found[-1][0] + 1 if found else 1):
            found.append((number, block))
    return found


_NOTE_AFTER = re.compile(r"\s*\([^()]*\)\s*$")
"""A note in brackets after a title in capitals, as a songbook sets how a song is sung
("4. BANANA SONG  (call & response -- leader sings, group echoes)"): the title is
judged without it, as "1. THE WATER IS WIDE (Traditional)" is."""
LOOSE_TITLES = 3
"""Numbered titles set off by one blank line that make chapters, at the least."""
LOOSE_CHAPTER_PARAGRAPHS = 3
LOOSE_CHAPTER_WORDS = 200
"""A chapter's paragraphs and words at the least, under a title set off by one blank
line: a list's item is a line or a paragraph, a chapter is hundreds of words."""
_SMALL_WORDS = _SMALL | {"into", "upon", "off", "via"}


def _capitalised(title: str) -> bool:
    """Is every word of `title` capitalised but the small ones ("The Road", "Do Not Let
    Danny in the House"), and its first word too? A list's item is written as a
    phrase ("Wash the rice", "Mix the flour")."""
    words = re.findall(r"[^\W\d_][\w'’-]*", title)
    return bool(words) and words[0][0].isupper() and all(
        w[0].isupper() for w in words if w.casefold() not in _SMALL_WORDS
    )


def _chapter_long(between: list[_Block]) -> bool:
    """Do these blocks (all that stands between two numbered titles) hold a chapter's
    text: `LOOSE_CHAPTER_PARAGRAPHS` paragraphs and `LOOSE_CHAPTER_WORDS` words?"""
    body = [b for b in between if b.role == "body"]
    words = sum(len(line.split()) for b in body for line in b.lines)
    return len(body) >= LOOSE_CHAPTER_PARAGRAPHS and words >= LOOSE_CHAPTER_WORDS


MAX_FRONT_WORDS = 60
"""Words a title page (a title, a byline, an edition, a dedication, a short epigraph)
holds at the most: more before a numbered line is the text it is a list of."""


def _opens_book(blocks: list[_Block], first: _Block) -> bool:
    """Is `first` the book's first heading, with no more before it than a title page's
    `MAX_FRONT_WORDS` words?"""
    before = blocks[: next(i for i, b in enumerate(blocks) if b is first)]
    words = sum(len(line.split()) for b in before if b.role == "body" for line in b.lines)
    return words <= MAX_FRONT_WORDS and not any(b.role == "heading" for b in before)


def _chapter_numbers_set_apart(blocks: list[_Block]) -> None:
    """Headings that open with their chapter's number and a space ("1 WHY SIT?", "2 THE
    BREATH"), numbered from one in order: the number gets a period after it ("2. THE
    BREATH"), so that it is said as the chapter's number, apart from its title ("Two. The
    Breath", not "Two the Breath" or "Four Weeks Two Through Four"). Out of that run a
    number may be the title's own ("12 ANGRY MEN"), and is left as it is."""
    found = [
        (b, m) for b in blocks
        if b.role == "heading" and b.title and (m := _SPACED_NUMBER_TITLE.match(b.title))
    ]  # fmt: skip
    if len(found) < 2 or [int(m["num"]) for _, m in found] != list(range(1, len(found) + 1)):
        return
    if any(numbered_name(m["rest"]) for _, m in found):
        return  # "1 MAY", "2 MAY": a diary's days, read as dates
    for block, match in found:
        block.title = f"{match['num']}. {match['rest']}"


def _entry_key(line: str) -> str:
    """A contents entry or heading as compared: its words, case and punctuation aside."""
    return " ".join(re.findall(r"[^\W_]+", line.casefold()))


def _heads_its_first(blocks: list[_Block], index: int, before: _Block | None) -> bool:
    """Is this heading a part's, set right over its first chapter and that chapter's
    text ("ONE" / "1" / "You're late.", "TWO" / "- 1 -")? Its number comes again under
    later parts, as a contents entry's does, but a contents list has two entries or more
    in a row: here the heading under it opens on text, and no entry comes right before
    (a list ended by a page break is no part of it)."""
    under = blocks[index + 1] if index + 1 < len(blocks) else None
    return (
        under is not None
        and under.role == "heading"
        and under.heading is not None
        and under.heading.number == 1
        and _followed_by_prose(blocks, index + 1)
        and not (before is not None and before.role == "heading")
        and not (before is not None and before.role == "contents" and blocks[index].gap < WIDE_GAP)
    )


def _named_again(blocks: list[_Block], index: int) -> bool:
    """Does this heading appear again further on (so here it is a contents entry)?"""
    key = blocks[index].heading.key if blocks[index].heading else None
    return key is not None and any(
        b.role == "heading" and b.heading and b.heading.key == key for b in blocks[index + 1 :]
    )


def _is_contents_label(block: _Block) -> bool:
    return len(block.lines) == 1 and bool(_CONTENTS.match(block.lines[0]))


def _is_heading_entry(line: str) -> bool:
    """A contents line naming a heading, perhaps with a page number."""
    return parse_heading(line) is not None or parse_heading(_PAGE_REF.sub("", line)) is not None


def _is_entry(line: str) -> bool:
    """A plausible contents line: a heading, or a short title, with or without a page
    number; not a sentence."""
    if _is_heading_entry(line):
        return True
    title = _PAGE_REF.sub("", _DOTTED_PAGE.sub("", line))  # "AFSCHEID   17."
    words = title.split()
    if not words or len(words) > MAX_TITLE_WORDS:
        return False
    first = title.lstrip("\"“»«„‘'")[:1]  # "»'T SOP WAS DE KOOL NIET WAARD\" 181."
    if _is_uncased(first) and title != line and _is_uncased_title(title):
        return True  # "الغد ... ١٧": a paged entry, in a script case cannot tell a title in
    if not (first.isupper() or first.isdigit()):
        return False
    if _is_shouted(title) or not title.endswith((".", "!", "?", '"', "”")):
        return True
    if _numbered_entry(title) or (title != line and _FIRST_LINE_ENTRY.match(title.strip())):
        return True  # (a paged sonnet's number over its first line: 'I. "Nuns fret not …" 5')
    # a title-cased line may end in a period ("The Carpet-Bag."); a short sentence not
    return bool(re.search(r"[^\W\d_][\w'’-]{3,}", title)) and _is_title_case(title)


_NUMBERED_ENTRY = re.compile(r"^[0-9]{1,3}\.?\s+(?P<rest>\S.*)$")
_FIRST_LINE_ENTRY = re.compile(r"^(?:[IVXLC]{1,7}|[0-9]{1,3})\.\s+[\"“][^\"“”]+[\"”]$")
"""A contents entry for an untitled poem: its number and its first line in quotation
marks ('III. "The world is too much with us"'), with its page after it."""


def _numbered_entry(line: str) -> bool:
    """A chapter's number and a short title with every word capitalised ("1 Why Sit?",
    "2. Is It Worth It?"): a contents entry, though its words are too short for
    `_is_title_case` to weigh and it ends like a question."""
    match = _NUMBERED_ENTRY.match(line)
    words = re.findall(r"[^\W\d_][\w'’-]*", match["rest"]) if match else []
    return bool(words) and all(w[0].isupper() or w.casefold() in _SMALL for w in words)


def _followed_by_prose(blocks: list[_Block], index: int) -> bool:
    """Is there running text between this heading and the next one? Contents entries
    are followed only by more entries."""
    for block in blocks[index + 1 :]:
        if block.role == "heading":
            return False
        if (
            block.role == "body"
            and not all(_is_entry(line) for line in block.lines)
            and any(c.isalnum() for line in block.lines for c in line)
        ):
            return True
    return False


# ---------------------------------------------------------------- verse, scripture, classics

_LINE_NUMBER = re.compile(
    r"^(?P<line>[ \t]*\S.*?)(?<=\S)(?P<gap>[ \t]{3,})"
    r"(?P<open>\[)?(?P<number>\d{1,4})(?:[–-](?P<to>\d{1,4}))?(?(open)\])[ \t]*$"
)
"""A line of verse with its printed line number set far to its right ("…heard the water
breathe          5"), as Project Gutenberg keeps a poem's numbering. The gap is tried only
after a word (the lookbehind), so a long run of spaces is scanned once. Project
Gutenberg sets some in brackets ("…shares my bed.       [40]")."""
MARGIN_GAP = 8
"""A number this far from its line's words ("…gone out.                    10", "…of
golden day!            100–105") inside a stanza is a margin's line number, when it is
one of a count (a fifth line, a range of lines) that goes on in regular steps through
the text's stanzas ("10", "15"; "100–105", "105–110"); "…October:        14" is a
tally, and a lone "Days absent                15" or "…pages          40-45" a form's."""


def _margin_count(match: re.Match[str]) -> bool:
    """Is a lone margin number a count of lines ("10", "100–105"), not a tally ("14")?"""
    number = int(match["number"])
    to = int(match["to"]) if match["to"] else None
    if to is not None:
        return number % 5 == 0 and to % 5 == 0 and number < to <= number + 50
    return number % 5 == 0 and number > 0


def _in_stanza(lines: list[str], index: int, numbered: dict[int, re.Match[str]], size: int) -> bool:
    """Is this line one of `size` lines of words or more set together (a stanza), the
    lines near it (two either side) without a number at their end? A ledger's line set
    apart is not."""
    start = end = index
    while start and lines[start - 1].strip():
        start -= 1
    while end + 1 < len(lines) and lines[end + 1].strip():
        end += 1
    near = [i for i in range(max(start, index - 2), min(end, index + 2) + 1) if i != index]
    return end - start + 1 >= size and not any(i in numbered for i in near)


def _counting(
    margin: set[int], numbered: dict[int, re.Match[str]], lines: list[str]
) -> set[int]:
    """Those of the margin's numbers (`margin`, by line) that count up in regular steps
    with the one before or after them: a fifth or tenth line on from it, three lines
    down or more ("10", "15"), or a range of lines on from the last ("100–105",
    "105–110"). One number set far right is a form's or a list's figure. An excerpt's
    count goes on past its cut ("50", then "* * * * *", then "100"), and starts again
    at a new book's first ("100", then "BOOK II." over "5"), once a count is found."""
    places = sorted(margin)

    def on(a: int, b: int) -> bool:
        first, second = numbered[a], numbered[b]
        if first["to"] and second["to"]:
            return int(first["to"]) <= int(second["number"]) <= int(first["to"]) + 1
        step = int(second["number"]) - int(first["number"])
        return not first["to"] and not second["to"] and step in (5, 10) and b - a >= 3

    pairs = [(a, b) for a, b in itertools.pairwise(places) if on(a, b)]
    counted = {i for pair in pairs for i in pair}
    for a, b in itertools.pairwise(places):
        first, second = int(numbered[a]["number"]), int(numbered[b]["number"])
        if a not in counted or b in counted or numbered[a]["to"] or numbered[b]["to"]:
            continue
        cut = any(SCENE_BREAK.match(x) for x in lines[a + 1 : b])
        anew = second in (5, 10) and any(parse_heading(x.strip()) for x in lines[a + 1 : b])
        if (cut and second > first and second % 5 == 0) or anew:
            counted.add(b)
    return counted


def _without_line_numbers(text: str) -> tuple[str, tuple[Omission, ...]]:
    """The text without the line numbers printed beside its verse, listed as left out
    (HTML's `linenum` spans are left out the same way): a narrator never reads them.

    A number is a line's number only where it is set off by a wide gap at the end of a
    line of words (not a contents entry in capitals), on every fifth or tenth line
    (never next to another line so numbered, as a table's or a contents list's column
    of pages is), and where the numbers count up through a poem by one step ("5", "10",
    "15") and start again at it with the next poem. One number that breaks the count,
    or no rise in the count at all, leaves every line as it is."""
    lines = text.split("\n")
    numbered = {
        i: m for i, line in enumerate(lines)
        if (m := _LINE_NUMBER.match(line)) and any(c.islower() for c in m["line"])
    }  # fmt: skip
    alone = {i: m for i, m in numbered.items() if i - 1 not in numbered and i + 1 not in numbered}
    found = {
        i: (m["line"], int(m["number"])) for i, m in alone.items()
        if int(m["number"]) % 5 == 0 and not m["to"]
    }  # fmt: skip
    numbers = [found[i][1] for i in sorted(found)]
    step = min(numbers, default=0)
    pairs = list(itertools.pairwise(numbers))
    if len(found) < 2 or not any(b == a + step for a, b in pairs) or any(
        b not in (a + step, step) for a, b in pairs
    ):
        found = {}
    margin = {  # set far out in the margin of a stanza, on a count: alone, but a count
        i for i, m in alone.items()
        if (len(m["gap"].expandtabs()) >= MARGIN_GAP or m["open"])  # or "[40]", any gap
        and (m["line"][-1].isalpha() or m["line"][-1] in ".,;!?'’\"”)")
        and _margin_count(m)
        and _in_stanza(lines, i, numbered, size=2 if m["to"] else 3)
    }  # fmt: skip
    margin = _counting(margin, numbered, lines)
    taken = sorted({*found, *margin})
    if not taken:
        return text, ()
    taken = sorted({*taken, *_numbered_between(lines, alone, set(taken))})
    said = [lines[i][len(numbered[i]["line"]) :].strip() for i in taken]
    for i in taken:
        lines[i] = numbered[i]["line"]
    log.info("left out %d line numbers beside the verse", len(taken))
    omitted = Omission(f"{len(taken)} line number{'s' if len(taken) > 1 else ''}",
                       "a line of verse's printed number, not read",
                       " ".join(said))  # fmt: skip
    return "\n".join(lines), (omitted,)


def _numbered_between(
    lines: list[str], alone: dict[int, re.Match[str]], counted: set[int]
) -> set[int]:
    """Other line numbers far out in a poem's margin, once its regular count is found
    (`counted`): an annotated edition numbers the lines it comments on ("…and as brief
    12" between "10" and "15"). Such a number is one only where it counts the lines
    of words from a counted one in the same poem (no wider gap than a stanza's blank
    line between), up or down: line 12 is two lines of words below line 10."""
    found: set[int] = set()
    for i, match in alone.items():
        if i in counted or len(match["gap"].expandtabs()) < MARGIN_GAP or match["to"]:
            continue
        if not (match["line"][-1].isalpha() or match["line"][-1] in ".,;!?'’\"”)"):
            continue
        for anchor in counted:
            low, high = sorted((anchor, i))
            between = lines[low + 1 : high]
            if any(not a.strip() and not b.strip() for a, b in itertools.pairwise(between)):
                continue  # two blank lines: another poem
            words = sum(bool(x.strip()) for x in between) + 1
            step = words if anchor < i else -words
            if int(match["number"]) == int(alone[anchor]["number"]) + step:
                found.add(i)
                break
    return found


_CHORD = (
    r"(?:[A-G](?:#|b|♯|♭)?(?:maj|min|m|dim|aug|sus|add|M|°|ø|\+)?\d{0,2}"
    r"(?:(?:sus|add|maj|b|#)\d{1,2})*(?:/[A-G](?:#|b|♯|♭)?)?|N\.?C\.?)"
)
_CHORD_LINE = re.compile(rf"^[ \t]*\|?[ \t]*{_CHORD}(?:[ \t|]+{_CHORD})+[ \t|]*$")
_CHORD_SUFFIXED = re.compile(r"(?<![\w#♯♭])[A-G](?:#|b|♯|♭)?(?=m|maj|min|dim|aug|sus|add|\d|/)")


def _column_tables(text: str) -> str:
    """The text with each table drawn in columns (`base.column_table`: a header over a
    dashed rule broken at each column, Pandoc's multiline and grid tables) set as a
    table drawn with bars ("| 1 | St. Jean | Roncesvalles | 24.2 |"), which `normalize`
    says a row a line with a pause between the cells, as it says a bar table; the
    rules and borders are dropped. A block that does not part so stays as it is."""
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        table = column_table(lines, i)
        if table is None:
            out.append(lines[i])
            i += 1
            continue
        out.extend(f"| {' | '.join(row)} |" for row in table.rows if any(row))
        i = table.end
    return "\n".join(out)


def _without_chords(text: str) -> tuple[str, tuple[Omission, ...]]:
    """The text without a songbook's chord lines (`chord_lines`), listed as left out."""
    lines = text.split("\n")
    found = chord_lines(lines)
    if not found:
        return text, ()
    said = [lines[i] for i in found]
    for i in reversed(found):
        del lines[i]
    return "\n".join(lines), chords_left_out(said)


def chord_lines(lines: list[str], *, gaps: bool = True) -> list[int]:
    """Which of `lines` are a songbook's chord lines set over the words they are played
    to ("G        C        G", "Am  F  C  G7"): a singer plays them, a narrator never
    says them. A line is a chord line when every word on it is a chord (two at least)
    and it sits right over a line of the song's words (lower case in it), not under a
    sentence ending on a colon ("…which are:"); and only in a songbook: a text where
    chord lines and words take turns (chord, words, chord, words) and one chord line at
    least is set apart by wide gaps (three spaces; `gaps=False` where spaces set
    nothing apart, as in a Markdown paragraph) or has a chord's name with more than its
    letter ("Am", "G7", "D/F#"). A child's "A    B    C" alone on its line, a lesson's
    "C   E   G" or "C  G  Am  F" under its sentence, "A B C" over a rhyme in a text with
    no song, and a child's "A<tab>B<tab>C" (a tab is how a child spaces letters) are
    read. In a songbook, the chord a stanza ends on, under its last line of words and
    played in the song before ("G" alone), is a chord line too; a lone "A" under a line
    of a song that never plays an A is read. The Markdown and Word readers share it: an
    empty line there stands for a gap between stanzas, as in plain text."""

    def words(i: int) -> bool:  # a line of the song's words
        return (
            i < len(lines) and bool(lines[i].strip()) and not _CHORD_LINE.match(lines[i])
            and any(c.islower() for c in lines[i])
        )  # fmt: skip

    def introduced(i: int) -> bool:  # under "…the notes of the scale, which are:"
        before = lines[i - 1].strip() if i else ""
        return before.endswith(":") and len(before.split()) >= 4

    found = [
        i for i, line in enumerate(lines)
        if _CHORD_LINE.match(line) and words(i + 1) and not introduced(i)
    ]  # fmt: skip
    turns = any(i + 2 in found for i in found)
    sure = [
        i for i in found
        if (gaps and "   " in lines[i].strip()) or _CHORD_SUFFIXED.search(lines[i])
    ]  # fmt: skip
    if not (turns and sure):
        return []
    played = {chord for i in found for chord in lines[i].replace("|", " ").split()}
    closing = [
        i for i in range(2, len(lines))
        if i - 2 in found and words(i - 1) and _CLOSING_CHORDS.match(lines[i])
        and (i + 1 == len(lines) or not lines[i + 1].strip())
        and set(lines[i].replace("|", " ").split()) <= played
    ]  # fmt: skip
    return sorted([*found, *closing])


def marked_chord_lines(lines: list[str]) -> list[int]:
    """Which of `lines` are chord lines in a block its author marked as chords ("```chords")
    where `chord_lines` finds no song (a chorus in capitals breaks its turns): a line of
    chord names right over a line of words in any case, and the chord a stanza ends on."""

    def chords(i: int) -> bool:
        return 0 <= i < len(lines) and bool(_CLOSING_CHORDS.match(lines[i]))

    def sung(i: int) -> bool:
        return 0 <= i < len(lines) and bool(lines[i].strip()) and not chords(i)

    over = [i for i in range(len(lines)) if chords(i) and sung(i + 1)]
    ending = [
        i for i in range(len(lines))
        if chords(i) and i - 2 in over and sung(i - 1) and not sung(i + 1)
    ]  # fmt: skip
    return sorted([*over, *ending])


INLINE_CHORD = re.compile(rf"\[{_CHORD}\]")
"""A chord set in brackets inside a song's words, as ChordPro writes them ("[G]Row me")."""
_CLOSING_CHORDS = re.compile(rf"^[ \t]*\|?[ \t]*{_CHORD}(?:[ \t|]+{_CHORD})*[ \t|]*$")
"""A line of one chord or more: a stanza's closing chord ("G" alone, as the song ends on it)."""


def chords_left_out(said: list[str]) -> tuple[Omission, ...]:
    """The chord lines left out, for `plan`: one entry, the chords as played."""
    log.info("left out %d chord lines", len(said))
    chords = [" ".join(line.split()) for line in said]
    return (Omission(f"{len(said)} chord line{'s' if len(said) > 1 else ''}",
                     "a song's chords, played, not sung", " / ".join(chords)),)  # fmt: skip


_SUPERSCRIPT_DIGITS = "\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079"
_VERSE_TEXT = r"(?=[ \t\n])[ \t]*(?=\n?[\"“‘'(\[_]*[^\W\d_])"
_CHAPTER_VERSE = re.compile(
    rf"(?:^|(?<=[.;:,!?\"”’')]\s))(?P<chapter>[1-9]\d{{0,2}}):(?P<verse>[1-9]\d{{0,2}})"
    rf"{_VERSE_TEXT}"
)
"""A verse's chapter and number before its words, as Project Gutenberg sets the King James
Bible ("1:1 In the beginning …"): at a paragraph's start, or after a verse's end."""
_SUPERSCRIPT_VERSE = re.compile(
    rf"(?:^|(?<=\s))(?P<verse>[{_SUPERSCRIPT_DIGITS}]{{1,3}})[ \t]*(?=[\"“‘'(\[_]*[^\W\d_])"
)
"""A verse's number in superscript before its words ("² Every evening …", "¹⁷and"), as
Bibles copied from the web set them; a note's mark follows a word instead ("dusk.¹")."""
MIN_VERSES = 3
_BARE_VERSE = re.compile(
    r"(?:^|(?<=[.;:!?\"”’')]\s))(?P<verse>[1-9]\d{0,2})[ \t]+(?=[\"“‘'(]*[A-Z][a-z]*\b)"
)
"""A verse's bare number before its words, as psalters and modern Bibles set them ("1
Blessed is the man …"), opening a paragraph or run in after a verse's end ("… day and
night. 2 But his delight")."""
_SCRIPTURE_HEADING = re.compile(
    r"^(?:(?:THE\s+)?PSALMS?\b|Psalms?\b|(?:THE|The)\s+(?:BOOK|Book)\s+(?:OF|of)\s)"
)
"""A heading that shows a text is scripture: "PSALM 1", "Psalm XXIII", "THE PSALMS",
"The Book of Ruth"."""


def _without_verse_numbers(blocks: list[_Block]) -> tuple[Omission, ...]:
    """Take the verse numbers out of a scripture text's paragraphs, and list them: a
    narrator says nothing for a verse's number at its start.

    Scripture is known by its numbers counting up: a number is a verse's when the one
    before it or after it continues it (1:3 after 1:2; 2:1 after 1:4; ⁵ after ⁴), and
    a text has verse numbers when three at least count so, a chapter's first verse
    among them (a clock's time is never "9:1"; "10:01" is no verse). One paragraph
    opening "3:15 train" counts with nothing and is read. Superscripts are verse
    numbers only where most of them stand inside a paragraph, after a verse's end: a
    notes section's numbered notes ("¹ So in the manuscript.") each open a paragraph."""
    removed: list[str] = []
    for pattern in (_CHAPTER_VERSE, _SUPERSCRIPT_VERSE, _BARE_VERSE, _DOTTED_VERSE):
        if pattern is _BARE_VERSE and not (
            removed or _scripture_headed(blocks) or _hymnal(blocks)
        ):
            continue
        if pattern is _DOTTED_VERSE and (removed or not _surah_headed(blocks)):
            continue
        marks = [
            (block, m) for block in blocks if block.role == "body"
            for m in pattern.finditer("\n".join(block.lines))
        ]  # fmt: skip
        numbers = [_verse_key(m) for _, m in marks]
        counted = [
            i for i in range(len(marks))
            if (i and _continues_count(numbers[i - 1], numbers[i]))
            or (i + 1 < len(marks) and _continues_count(numbers[i], numbers[i + 1]))
        ]  # fmt: skip
        superscript = pattern is _SUPERSCRIPT_VERSE
        inside = sum(marks[i][1].start() > 0 for i in counted)
        first = any(numbers[i][1] == 1 for i in counted)
        if len(counted) < MIN_VERSES or not first or (superscript and inside * 2 < len(counted)):
            continue
        if pattern is _BARE_VERSE:
            counted = _bare_verses(blocks, marks, numbers, counted)
            if not counted:
                continue
        if pattern is _DOTTED_VERSE:  # a selection's verses go on past a gap ("8." then "19.")
            chosen, last = set(counted), 0
            for i, value in enumerate(numbers):
                if i not in chosen and last and value[1] > last:
                    chosen.add(i)
                last = value[1] if i in chosen else last
            counted = sorted(chosen)
        spans: dict[int, list[re.Match[str]]] = {}
        for i in counted:
            block, match = marks[i]
            spans.setdefault(id(block), []).append(match)
            removed.append(match["verse"] if "chapter" not in pattern.groupindex
                           else match.group().strip())
        for block in blocks:
            if id(block) in spans:
                text = "\n".join(block.lines)
                for match in reversed(spans[id(block)]):
                    text = text[: match.start()] + text[match.end() :]
                block.lines = [line.strip() for line in text.split("\n") if line.strip()]
    if not removed:
        return ()
    log.info("left out %d verse numbers", len(removed))
    what = f"{len(removed)} verse numbers"
    return (Omission(what, "a verse's number, which a narrator does not read", " ".join(removed)),)


_FIRST_VERSE = re.compile(r"^1:1\s+\S")
_OTHERWISE = re.compile(r"^(?:Otherwise|OTHERWISE|Commonly|COMMONLY)\s+(?:Called|CALLED):?$")
"""The line between a book's two names in the King James Bible ("The First Book of Samuel"
/ "Otherwise Called:" / "The First Book of the Kings"; "The Third Book of the Kings" /
"Commonly Called:" / "The First Book of the Kings")."""


def _scripture_title(line: str) -> bool:
    """Can the line be a book of scripture's name over its first verse: short, opened by
    a capital, no sentence's end ("Ezra", "The Acts of the Apostles")?"""
    words = line.split()
    return (
        0 < len(words) <= MAX_TITLE_WORDS and line[0].isupper() and not line[0].isdigit()
        and not line.rstrip().endswith((".", ",", ";", "!", "?"))
    )  # fmt: skip


def _scripture_books(blocks: list[_Block]) -> list[list[_Block]]:
    """The names of a Bible's books as Project Gutenberg sets them (#10, #30, #8300),
    each a line of its own right over its first verse "1:1 …" ("Ezra", "The Proverbs",
    "The Gospel According to Saint Matthew", "The Epistle of Paul the Apostle to the
    Romans", "The Revelation of Saint John the Divine"): the blocks of each, in order
    (a two-named book's three: "The First Book of Samuel" / "Otherwise Called:" / "The
    First Book of the Kings"), and last the verse's block. Found before the verse
    numbers go, as they show it; a book only where its "1:1" went as a verse's number."""
    found: list[list[_Block]] = []
    for i, block in enumerate(blocks):
        if i == 0 or not _FIRST_VERSE.match(block.lines[0]):
            continue
        name = blocks[i - 1]
        if len(name.lines) == 3 and _OTHERWISE.match(name.lines[1]) and all(
            _scripture_title(line) for line in name.lines[::2]
        ):  # the two names and the line between set together
            found.append([name, block])
            continue
        if len(name.lines) != 1 or not _scripture_title(name.lines[0]):
            continue
        group = [name, block]
        before = [b.lines for b in blocks[max(0, i - 3) : i - 1]]
        if len(before) == 2 and [len(x) for x in before] == [1, 1] and _OTHERWISE.match(
            before[1][0]
        ) and _scripture_title(before[0][0]):
            group = [blocks[i - 3], blocks[i - 2], name, block]
        found.append(group)
    return found if len(found) >= 2 else []


def _headed_scripture_books(blocks: list[_Block], books: list[list[_Block]]) -> None:
    """Make each book of a Bible found by `_scripture_books` a chapter, titled with its
    name ("The First Book of Samuel, Otherwise Called The First Book of the Kings"); a
    narrator announces each of the 66 books, which no keyword heads."""
    books = [g[:-1] for g in books if not _FIRST_VERSE.match(g[-1].lines[0])]
    if len(books) < 2:  # its "1:1" was no verse's number (a clock's, a score's): no Bible
        return
    for number, group in enumerate(books, start=1):
        first = group[0]
        lines = [line for b in group for line in b.lines]
        names = [clean_title(line) for line in lines if not _OTHERWISE.match(line)]
        called = next((c for c in lines if _OTHERWISE.match(c)), "").rstrip(":")
        title = names[0] if len(names) == 1 else f"{names[0]}, {called} {names[1]}"
        first.heading = Heading(first.lines[0], "scripture book", number, has_title=False)
        first.title, first.role = title, "heading"
        for other in group[1:]:
            blocks.remove(other)
        at = blocks.index(first)
        above = blocks[at - 1] if at else None
        if number > 1 and above and above.role == "body" and len(above.lines) == 1 and (
            _TESTAMENT.match(above.lines[0])
        ):  # "The New Testament of the King James Bible" over Matthew: a part (the Old
            # Testament's line over Genesis is the title page's)
            above.heading = Heading(above.lines[0], "part", 0, has_title=True)
            above.title, above.role = clean_title(above.lines[0]), "heading"


_TESTAMENT = re.compile(r"^The\s+(?:Old|New)\s+Testament\b.{0,60}$", re.IGNORECASE)


_DOTTED_VERSE = re.compile(r"(?m)^(?P<verse>[1-9]\d{0,2})\.[ \t]+(?=[\"“‘'(]*[A-Z])")
"""A verse's number with a stop at a line's start, as Pickthall's and Yusuf Ali's Qur'an set
them ("1. Praise be to Allah, Lord of the Worlds,"): taken only under a surah's heading."""
_SURAH_HEADING = re.compile(r"^(?i:surah?)\s+(?:\d{1,3}|[IVXLC]{1,8})\b")


def _surah_headed(blocks: list[_Block]) -> bool:
    """Is the text a Qur'an's, headed "SURAH 1", "SURA XCVI.--THE CLOT"? Its "1." "2." at
    its lines' starts are then verses, which a narrator does not read."""
    return sum(
        len(block.lines) <= 2 and bool(_SURAH_HEADING.match(block.lines[0].strip()))
        for block in blocks
    ) >= 2


_METRE_HEAD = re.compile(
    r"^\s*(?:[0-9]{1,3}\s+|[A-Z][A-Z .'’-]*\.?\s+)?"
    r"(?:[LCSP]\.\s?M\.(?:\s?D\.)?|[0-9]{1,2}(?:\.[0-9]{1,2}){3,7}\.(?:\s*D\.)?)"
    r"(?:\s+[—–-]+\s*Tune\b.*)?\s*$"
)
"""A hymn's metre alone on its line or at its right, after the hymn's number or title
("1          L.M.", "8.7.8.7. D.", "DOXOLOGY.     L.M."): no letter's "Yours, L.M."."""


def _hymnal(blocks: list[_Block]) -> bool:
    """Does the text print hymns' metres (two at least): a hymnal, whose verses' bare
    numbers ("1 Awake, my soul, and with the sun") a narrator leaves unsaid, as a
    psalter's?"""
    return sum(bool(_METRE_HEAD.search(x)) for b in blocks for x in b.lines) >= 2


def _scripture_headed(blocks: list[_Block]) -> bool:
    """Does a heading show the text is scripture ("PSALM 1", "The Book of Ruth")?"""
    return any(
        len(block.lines) <= 2 and _SCRIPTURE_HEADING.match(block.lines[0].strip())
        and len(block.lines[0].split()) <= MAX_TITLE_WORDS
        for block in blocks
    )  # fmt: skip


def _bare_verses(
    blocks: list[_Block], marks: list[tuple[_Block, re.Match[str]]],
    numbers: list[tuple[int, int]], counted: list[int],
) -> list[int]:
    """Bare numbers (`_BARE_VERSE`) that are verses: those counting up from one, with a
    number past a gap in them ("9" after "2", a selection's verses) where it opens a
    paragraph, only if most paragraphs among them open with one (a psalter's, a
    chapter's verse by verse). A numbered list of steps or a poem's numbered stanzas
    ("1" alone over its lines) in a scripture book is no such run and is read."""
    heads = {  # a hymn's number beside its metre ("5   P.M.") is the hymn's, no verse's
        i for i, (block, match) in enumerate(marks)
        if _METRE_HEAD.match("\n".join(block.lines)[match.start() :].split("\n")[0])
    }  # fmt: skip
    chosen = set(counted) - heads
    last = 0
    for i, (_, match) in enumerate(marks):
        value = numbers[i][1]
        if i not in chosen and i not in heads and match.start() == 0 and last and value > last:
            chosen.add(i)
        if i in chosen:
            last = value
    openers = {id(marks[i][0]) for i in chosen if marks[i][1].start() == 0}
    ids = [id(block) for block in blocks]
    spans = [ids.index(id(marks[i][0])) for i in chosen]
    among = [b for b in blocks[min(spans) : max(spans) + 1] if b.role == "body"
             and sum(len(x.split()) for x in b.lines) > MAX_TITLE_WORDS]  # fmt: skip
    if len(openers) * 3 < len(among) * 2:
        return []
    return sorted(chosen)


def _verse_key(match: re.Match[str]) -> tuple[int, int]:
    """A verse number's chapter and verse (chapter 0 for a superscript verse alone)."""
    if "chapter" in match.re.groupindex:
        return int(match["chapter"]), int(match["verse"])
    return 0, int(match["verse"].translate(str.maketrans(_SUPERSCRIPT_DIGITS, "0123456789")))


def _continues_count(before: tuple[int, int], after: tuple[int, int]) -> bool:
    """Is `after` the verse after `before`: the next in its chapter, or the next
    chapter's first?"""
    return after == (before[0], before[1] + 1) or (after[0] > 0 and after == (before[0] + 1, 1))


_NOTES_LABEL = re.compile(r"^(?:end\s*)?notes\.?$", re.IGNORECASE)
_PASSAGE_KEY = re.compile(
    rf"^(?:(?i:page|p\.|line|l\.)\s*\d{{1,5}}|{_ROMAN}\.\s+[ivxlc]{{1,7}})[.,:]?(?=\s)"
)
"""A note keyed to the passage it is about, not to a mark: "Page 13.", "Line 40.", a book
and section "I. iii.", as editions of poems and classics key their notes."""
_NUMBERED_NOTE = re.compile(rf"^(?:\[\w{{1,3}}\]|\d{{1,3}}[.)]|[{_SUPERSCRIPT_DIGITS}*†‡]+)\s")


def _keyed_notes(blocks: list[_Block]) -> tuple[Omission, ...]:
    """Leave out the notes of a "NOTES" section that are keyed to a page or passage
    ("Page 13. _The Ferryman's Song._ Set to an old air…"): no mark in the text cites
    them, so, like any note no mark cites, they are listed and not read, and none runs
    on into the numbered note before it. Numbered notes ("[1] The house…") are left
    for the notes stage. The section runs from its label to the next heading; it must
    open with a note. The label goes with the notes when nothing else is left under it."""
    left: list[str] = []
    for index, label in enumerate(blocks):
        if label.role not in ("body", "heading") or len(label.lines) != 1:
            continue
        if not _NOTES_LABEL.match(label.lines[0]):
            continue
        section = list(itertools.takewhile(
            lambda b: b.role != "heading" and not is_the_end(" ".join(b.lines)),
            blocks[index + 1 :],
        ))  # fmt: skip
        section = [b for b in section if b.role == "body"]
        opening = section[0].lines[0] if section else ""
        if not (_PASSAGE_KEY.match(opening) or _NUMBERED_NOTE.match(opening)):
            continue
        keyed = [b for b in section if _PASSAGE_KEY.match(b.lines[0])]
        if not keyed:
            continue
        if len(keyed) == len(section) and label.role == "body":
            label.role = "keyednote"
            left.append(label.lines[0])
        for block in keyed:
            block.role = "keyednote"
            left.append(" ".join(block.lines))
    if not left:
        return ()
    notes = sum(1 for line in left if not _NOTES_LABEL.match(line))
    what = f"{notes} note{'s' if notes != 1 else ''} keyed to a page or passage"
    return (Omission(what, "a note no mark in the text cites", "\n".join(left)),)


_SECTION_NUMBER = re.compile(
    rf"^(?P<num>{_ROMAN})\.(?:\s+|[ \t]*(?:--|—|–)[ \t]*)(?=[\"“‘'(_]*[A-Z])"
)
"""A paragraph's opening section number in Roman numerals, parted from its words by a
space ("II. From my mother…") or a dash, as children's books and magazines join a
story's section title to its number ("I.--THE BELL.", "II.—The Lost Lamb.")."""


MAX_SECTION_SKIP = 10
"""The most a section's Roman number may pass the one before it: a selection skips a
few sections; "M." (1000), "D." (500) or "C." (100) after "III." is a name's initial."""


def _section_numbers(blocks: list[_Block]) -> None:
    """Mark the paragraphs that open with a section's number in Roman numerals, as
    classics number their sections ("I. From my father I learned…", "II. From my
    mother…"): the number is then said as one ("Two."), not as the pronoun "I", the
    letter "V" or "Roman two". Trusted only in a run that opens "I." then "II." and
    rises from there (a selection may skip: "III." then "XII.", by `MAX_SECTION_SKIP`
    at most, so a name's initial after "III." is no section: "M. Duval", "D. H. Pell"),
    counted afresh under each heading; a bare number set on a line of its own ("II."
    over "SUMMER.", a collection's next poem after "I. SPRING.") goes on with the run.
    """
    runs: list[list[tuple[_Block | None, re.Match[str] | None, int]]] = [[]]
    for block in blocks:
        if block.role == "heading":
            bare = block.heading is not None and block.heading.family == "bare"
            number = block.heading.number if block.heading is not None else None
            if bare and runs[-1] and number == runs[-1][-1][2] + 1:
                runs[-1].append((None, None, number))  # "II." alone, after "I. SPRING."
            else:
                runs.append([])
            continue
        match = _SECTION_NUMBER.match(block.lines[0]) if block.role == "body" else None
        lone = _BARE.match(block.lines[0].strip()) if len(block.lines) == 1 else None
        if lone and runs[-1] and re.fullmatch(_ROMAN, lone["num"]) and (
            _roman_value(lone["num"]) == runs[-1][-1][2] + 1
        ):
            runs[-1].append((None, None, runs[-1][-1][2] + 1))  # "II." alone, in the text
            continue
        if not match:
            continue
        value, run = _roman_value(match["num"]), runs[-1]
        if value == 1:
            runs.append([(block, match, value)])
        elif (
            run
            and run[-1][2] < value <= run[-1][2] + MAX_SECTION_SKIP
            and (len(run) > 1 or value == 2)
        ):
            run.append((block, match, value))
    for run in runs:
        if len(run) >= 2:
            for block, match, _ in run:
                if block is not None and match is not None:
                    block.section = match.group()


# ---------------------------------------------------------------- scanned books (OCR)

_HATHI_PAGE = re.compile(r"^## p\. (?:\S+ )?\(#\d+\) #+$")
"""HathiTrust's full-text view marks each page: "## p. 2 (#12) ####…", "## p. (#3) ####…"."""
_WATERMARK = re.compile(
    r"^Digitized\s+by\s*(?:Microsoft\s*(?:®|\(R\))?"
    r"|[a-z]{0,3}[0o]{2}[a-z0-9]{1,4}(?:\s[a-z]{1,3})?)(?:\s+Original\s+from)?$",
    re.IGNORECASE,
)
"""The scanner's stamp at the foot of a page: "Digitized by Google", as OCR reads the
logo too ("Digitized by VjOOQIC", "LjOOQle"), "Digitized by Microsoft®"; Google's
"Original from" over the library's name may follow it on the line."""
_ORIGINAL_FROM = re.compile(r"^Original\s+from$", re.IGNORECASE)
_IA_HEADER = re.compile(r"^Digitized by the Internet Archive\b", re.IGNORECASE)
_IA_ADDRESS = re.compile(r"^(?:https?://)?(?:www\.)?archive\.org/details/\S+$", re.IGNORECASE)
_GOOGLE_NOTICE = re.compile(
    r"^(?:This is a digital copy of a book that was preserved for generations"
    r"|Ceci est une copie num[ée]rique d.un ouvrage conserv[ée]"
    r"|Dies ist ein digitales Exemplar eines Buches)",
    re.IGNORECASE,
)
_GOOGLE_NOTICE_END = re.compile(r"books\.google\.", re.IGNORECASE)
_CALL_NUMBER = re.compile(
    r"^[A-Z]{1,3}\s*\d{1,4}(?:\.\d+)?\s*\.?[A-Z]\d{1,4}[A-Z]?\d*(?:\s*\.?[A-Z]\d+)?"
    r"(?:\s+\d{4}[a-z]?)?(?:\s+(?:v|c|cop|no)\.?\s*\d+)*$"
)
"""A library's call number as the scan of its label or bookplate reads it: "PR 4799
H45L3 1894" (class, number, author's cutter, year), one part to a line."""
_FOLIO = r"(?=[0-9IlO|]*[0-9])[0-9IlO|]{1,4}"
"""A printed page number as OCR reads it: digits, with "I", "l" or "|" for a one and
"O" for a nought ("1I", "I7")."""
_FOLIO_FIRST = re.compile(rf"^(?P<folio>{_FOLIO})\s+(?P<head>\S.*)$")
_FOLIO_LAST = re.compile(rf"^(?P<head>.*\S)\s+(?P<folio>{_FOLIO})$")
_BARE_FOLIO = re.compile(
    rf"^(?:(?P<mark>[-—–]{{1,2}})\s*(?P<dashed>{_FOLIO})\s*(?P=mark)"
    rf"|\[\s*(?P<bracketed>{_FOLIO})\s*\]|(?P<plain>{_FOLIO}|l))$"
)
"""A page number alone at the head or foot of a page: "14", "- 15 -", "— 17 —", "[18]",
and "l", OCR's reading of a one."""
_ROMAN_FOLIO = re.compile(rf"^(?i:{_ROMAN})$")
"""A front matter page's number in lower case ("vii"), once the text is known a scan."""
_TITLE_ABBREVIATION = re.compile(r"(?:^|\s)(?:Mr|Mrs|Messrs|Dr|Rev|Capt|Col|Gen|Prof)\.$")
"""A title abbreviation at a line's end: the name it belongs to is on the next line."""
_NOTES = re.compile(r"^\s*(?:notes|endnotes|glossary)\b", re.IGNORECASE)
_LINE_END_HYPHEN = re.compile(r"(?:^|(?<=[\s\"“‘'(]))(?P<left>[^\W\d_]+)-$")
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_OCR_ORDINAL = re.compile(r"(?<!\w)(?=[\dIl]*\d)(?=[\dIl]*[Il])[\dIl]{2,4}(?=(?i:st|nd|rd|th)\b)")
"""An ordinal whose one OCR read as a letter ("the I7th", "THE I7TH")."""
MIN_RUNNING_HEADS = 3
"""Running heads with page numbers that show a text is a scan: one or two such lines
could be a list; three, their numbers rising through the text, are a printed book's."""


@dataclass
class _Chunk:
    """A blank-line separated piece of a scan's text: its lines, the blank lines before
    it, and whether page furniture was taken out just before it."""

    lines: list[str]
    gap: int
    after_furniture: bool = False
    opens_page: bool = False  # a typeset page's first chunk (`_without_page_edges`)


@dataclass
class _Furniture:
    """What a scan's pages carry besides the book, gathered as it is taken out."""

    kinds: dict[str, list[str]]

    def add(self, kind: str, lines: list[str]) -> None:
        self.kinds.setdefault(kind, []).extend(line.strip() for line in lines if line.strip())

    def omitted(self) -> tuple[Omission, ...]:
        return tuple(
            Omission(f"{what} ({len(lines)} line{'s' if len(lines) != 1 else ''})", why,
                     "\n".join(lines))
            for kind, lines in self.kinds.items() if lines
            for what, why in [_FURNITURE[kind]]
        )  # fmt: skip


_FURNITURE = {
    "header": ("the scanning library's header", "the library's, not the book's"),
    "notice": ("Google Books' notice", "the library's, not the book's"),
    "pages": ("HathiTrust's page markers", "the library's, not the book's"),
    "watermarks": ("scanners' watermarks", "stamped on the scan, not printed in the book"),
    "call number": ("a library's call number", "the library's, not the book's"),
    "heads": ("running heads", "a printed page's furniture, not read"),
    "folios": ("page numbers", "a printed page's furniture, not read"),
    "back": ("the printed copy's pages after the end",
             "printer's imprint, advertisements, library slips: not the book's"),
}  # fmt: skip


def _chunks(text: str) -> list[_Chunk]:
    pieces = re.split(r"(\n(?:[ \t\f\u00a0]*\n)+)", text)
    gaps = [0] + [separator.count("\n") - 1 for separator in pieces[1::2]]
    chunks = []
    for piece, gap in zip(pieces[0::2], gaps, strict=True):
        lines = [line.rstrip() for line in piece.strip("\n").split("\n")]
        if any(lines):
            chunks.append(_Chunk(lines, gap))
        elif chunks:
            chunks[-1].gap += gap
    return chunks


def _unchunk(chunks: list[_Chunk]) -> str:
    return "".join("\n" * (c.gap + 1) * bool(i) + "\n".join(c.lines) for i, c in enumerate(chunks))


def _key(text: str) -> str:
    """A running head or title line as compared: its letters, case aside."""
    return "".join(re.findall(r"[^\W\d_]+", text.casefold()))


def _folio_value(text: str) -> int:
    return int(text.translate(str.maketrans("IlO|", "1101")))


def _running_head(line: str) -> tuple[str, int] | None:
    """A running head with its page number ("2 THE LANTERN AT GREYWATER.", "THE
    FERRYMAN'S WARNING. 3"): its words' key and the number. Its words are in capitals;
    a contents entry ("II. A LIGHT ON THE WATER 9", leaders) or a heading is none,
    with its number too ("CHAPTER 12", "PART 3": a number that rises as pages' do)."""
    line = " ".join(line.split())
    if parse_heading(line) is not None:
        return None
    for pattern in (_FOLIO_FIRST, _FOLIO_LAST):
        match = pattern.match(line)
        if not match:
            continue
        head = match["head"]
        if (
            _is_shouted(head)
            and sum(c.isalpha() for c in head) >= 4
            and len(head.split()) <= MAX_TITLE_WORDS
            and not _NUMBERED_TITLE.match(head)
            and not re.search(r"\.\s?\.", head)
            and parse_heading(head) is None
        ):
            return _key(head), _folio_value(match["folio"])
    return None


def _bare_folio(line: str) -> int | None:
    """The page number a line holds alone, or None."""
    match = _BARE_FOLIO.match(" ".join(line.split()))
    if not match:
        return None
    folio = match["dashed"] or match["bracketed"] or match["plain"]
    return 1 if folio == "l" else _folio_value(folio)


def _rising(values: list[tuple[int, int]]) -> set[int]:
    """The longest run of (position, number) pairs whose numbers rise through the text,
    as a book's page numbers do; its positions. A number that does not fit (a speaker's
    "1 CITIZEN.", a misread folio) is left out of it."""
    best: list[list[int]] = []  # best[i]: positions of a rising run of length i + 1
    ends: list[int] = []  # the last number of each
    for position, value in values:
        at = bisect.bisect_left(ends, value)
        run = ([*best[at - 1], position] if at else [position])
        if at == len(ends):
            ends.append(value)
            best.append(run)
        else:
            ends[at], best[at] = value, run
    return set(best[-1]) if best else set()


def _ends_open(lines: list[str]) -> bool:
    """Does a chunk end in mid-sentence (a word, a comma, a hyphen), as a page's last
    line of prose does when the sentence runs on over the page?"""
    last = lines[-1].rstrip() if lines else ""
    return bool(last) and (last[-1].isalpha() or last[-1] in ",-") and parse_heading(last) is None


def _opens_lower(lines: list[str]) -> bool:
    first = lines[0].lstrip(" \"'“‘(") if lines else ""
    return first[:1].islower()


def _cuts_sentence(chunks: list[_Chunk], index: int) -> bool:
    """Does the chunk at `index` stand between the two halves of a sentence?"""
    return (
        0 < index < len(chunks) - 1
        and _ends_open(chunks[index - 1].lines)
        and _opens_lower(chunks[index + 1].lines)
    )


MAX_STANZA_WORDS = 8
"""Words of a line of short verse (`_numbers_poems`): a haiku's or a quatrain's line."""


def _numbers_poems(chunks: list[_Chunk], bare: dict[int, int], run: list[int]) -> bool:
    """Are the bare numbers of `run` a collection's poem numbers ("1" over a haiku, "2"
    over the next)? They count one by one, each over one stanza or a few of short lines
    and no more (never a page's worth of text), so a page break never falls between two
    of them: the verse under each is a poem, read with its lines, and its number is no
    page's."""
    values = [bare[i] for i in run]
    if len(run) < MIN_RUNNING_HEADS or values != list(range(values[0], values[0] + len(run))):
        return False
    ends = [*run[1:], None]
    for at, end in zip(run, ends, strict=True):
        verse = chunks[at + 1 : end] if end is not None else chunks[at + 1 : at + 2]
        lines = [x for c in verse for x in c.lines]
        if not verse or len(verse) > 3 or len(lines) > 3 * MIN_STANZA_LINES or any(
            len(x.split()) > MAX_STANZA_WORDS for x in lines
        ):  # fmt: skip
            return False
    return True


def _folios_show_pages(
    chunks: list[_Chunk], headings: list[Heading | None], bare: dict[int, int], run: list[int]
) -> bool:
    """Are the bare numbers of `run` (rising, in text order) a printed book's page numbers
    rather than a writer's section numbers ("CHAPTER ONE" / "1" … "3", "CHAPTER TWO" /
    "1" …)? A scan's page numbers run on across its chapter headings, and a page break
    falls in mid-sentence on most pages: so the run must cross a heading where any stands
    among the numbers (section numbers restart under each), and either most of its
    numbers, or three, cut a sentence, or one does and the numbers are past the count of
    chapters (page 22 under "CHAPTER II"), as small section numbers never are."""
    if _numbers_poems(chunks, bare, run):
        return False
    chapters = [
        i for i, h in enumerate(headings) if h is not None and h.family != "bare" and i not in bare
    ]  # fmt: skip
    among = [i for i in chapters if min(bare) < i < max(bare)]
    if among and not any(run[0] < i < run[-1] for i in among):
        return False
    cuts = sum(_cuts_sentence(chunks, i) for i in run)
    if cuts >= MIN_RUNNING_HEADS or 2 * cuts > len(run):
        return True
    return cuts >= 1 and bool(chapters) and min(bare[i] for i in run) > len(chapters)


def _without_scan_furniture(text: str) -> tuple[str, tuple[Omission, ...], bool]:
    """A scanned book's OCR text (an Internet Archive `_djvu.txt`, HathiTrust's full
    text, Google Books) without what the scan and the printed page add to the book,
    each kind listed as left out; and whether the text is a scan at all.

    A text is a scan when it shows what only a scan shows: the Internet Archive's or
    Google's notice, HathiTrust's page markers, a scanner's watermark, or three running
    heads with page numbers rising through it ("2 THE LANTERN AT GREYWATER."), or bare
    page numbers rising through it, one of them in mid-sentence, in a book with chapter
    headings or numbered past one. A file's name is no sign, and nothing in a Project
    Gutenberg text or a writer's manuscript looks like these. Then the page furniture
    goes (running heads, page numbers, watermarks, a call number, the printed copy's
    pages after "THE END"), a sentence cut by a page break is made whole again, and a
    word hyphenated at a line's end is joined (`_dehyphenated`). A text that is no scan
    may be a typeset book's pages as a PDF converter gives them (`_without_page_edges`);
    any other text is returned as it was.
    """
    chunks = _chunks(text.replace("\f", "\n\n"))  # a form feed parts two pages
    out = _Furniture({})
    strong = False
    kept: list[_Chunk] = []
    in_notice = False
    page = False  # a page's furniture was taken out since the last chunk kept
    for chunk in chunks:
        if in_notice or (not kept and _GOOGLE_NOTICE.match(chunk.lines[0].strip())):
            in_notice = not _GOOGLE_NOTICE_END.search("".join(chunk.lines).replace(" ", ""))
            out.add("notice", chunk.lines)
            strong = True
            continue
        lines = chunk.lines
        if _HATHI_PAGE.match(lines[0].strip()):
            out.add("pages", lines[:1])
            lines, strong, page = lines[1:], True, True
        if lines and (
            (_IA_HEADER.match(lines[0].strip()) and len(lines) <= 4)
            or (len(lines) == 1 and _IA_ADDRESS.match(lines[0].strip()))
        ):
            out.add("header", lines)
            lines, strong = [], True
        kept_lines = _without_watermarks(lines, out)
        if len(kept_lines) < len(lines):
            strong = page = True
        if kept_lines:
            kept.append(_Chunk(kept_lines, chunk.gap, after_furniture=page))
            page = False
    if in_notice:  # a notice that never ended was no notice: nothing is left out for it
        return text, (), False
    chunks = kept
    headings = [parse_heading(c.lines[0]) for c in chunks]
    keyword = any(h is not None and h.family != "bare" for h in headings)
    heads = {
        i: found for i, c in enumerate(chunks)
        if len(c.lines) == 1 and (found := _running_head(c.lines[0]))
    }  # fmt: skip
    known = {  # the book's title and its chapters' titles, set on lines of their own
        _key(line) for i, c in enumerate(chunks) if len(c.lines) <= 3 and i not in heads
        for line in c.lines
    }  # fmt: skip
    numbers = {
        i: value for i, c in enumerate(chunks)
        if len(c.lines) == 1 and (value := _bare_folio(c.lines[0])) is not None
    }  # fmt: skip
    listed = {  # a run of three or more is a list (a contents list's "1 THE START")
        i for i in heads
        if {i - 1, i + 1} <= heads.keys() | numbers.keys()
    }  # fmt: skip
    keys = [key for key, _ in heads.values()]
    heads = {
        i: h for i, h in heads.items()
        if i not in listed and (keys.count(h[0]) >= 2 or h[0] in known)
    }  # fmt: skip
    bare = {  # where bare numbers may head chapters, a page's number cuts a sentence
        i: value for i, value in numbers.items()  # or is past the count of chapters
        if keyword or _cuts_sentence(chunks, i) or value > len(numbers)
    }  # fmt: skip
    numbered = sorted([(i, v) for i, (_, v) in heads.items()] + list(bare.items()))
    rising = _rising(numbered)
    in_heads = [i for i in rising if i in heads]
    in_bare = sorted(i for i in rising if i in bare)
    # a page break falls in mid-sentence on most pages: numbered lines that never cut
    # one ("SONNET 1", "DAY 2" over their own texts) are a book's headings, not its pages
    paged = any(_cuts_sentence(chunks, i) for i in in_heads)
    scan = strong or (len(in_heads) >= MIN_RUNNING_HEADS and paged) or (
        len(in_bare) >= MIN_RUNNING_HEADS
        and (keyword or bare[in_bare[0]] > 1)
        and _folios_show_pages(chunks, headings, bare, in_bare)
    )
    if not scan:
        dashed = {  # "-63-" at a page's head or foot, set apart from the text or not
            line.strip(): value for c in chunks for line in {c.lines[0], c.lines[-1]}
            if (m := _BARE_FOLIO.match(" ".join(line.split()))) and m["dashed"]
            and (value := _folio_value(m["dashed"]))
        }  # fmt: skip
        if not dashed or min(dashed.values()) <= len(dashed):
            return _without_page_edges(text)
        # a page's number in any book; "- 1 -", "- 2 -" counting from one are a story's
        # sections, and stay
        out.add("folios", list(dashed))
        mended, omitted, paged = _without_page_edges("\n".join(
            "" if line.strip() in dashed else line for line in text.split("\n")
        ))
        return mended, (*out.omitted(), *omitted), paged
    confirmed = {heads[i][0] for i in in_heads}
    drop: dict[int, str] = {}
    for i, chunk in enumerate(chunks):
        line = chunk.lines[0]
        if i in rising or (i in heads and heads[i][0] in confirmed):
            drop[i] = "heads" if i in heads else "folios"
        elif len(chunk.lines) == 1 and (
            (line.islower() and _ROMAN_FOLIO.match(line.strip()))
            or (i in bare and _cuts_sentence(chunks, i))
        ):
            drop[i] = "folios"
    first = next((i for i, h in enumerate(headings) if h is not None), len(chunks))
    for i in range(first):
        if _CALL_NUMBER.match(" ".join(" ".join(chunks[i].lines).split())):
            drop[i] = "call number"
    breaks: set[int] = set()  # chunks after a page break found inside a chunk
    for i, chunk in enumerate(chunks):  # a head OCR set on a paragraph's first or last line
        if i in drop or len(chunk.lines) < 2:
            continue
        for at in (0, -1):
            head = _running_head(chunk.lines[at])
            if head and head[0] in confirmed and len(chunk.lines) > 1:
                out.add("heads", [chunk.lines.pop(at)])
                breaks.add(i if at == 0 else i + 1)
    kept = []
    furniture = False
    for i, chunk in enumerate(chunks):
        if i in drop:
            out.add(drop[i], chunk.lines)
            furniture = True
            continue
        chunk.after_furniture = chunk.after_furniture or furniture or i in breaks
        kept.append(chunk)
        furniture = False
    log.info("read a scanned book: left out its page furniture")
    return _unchunk(_mended(kept, out)), out.omitted(), True


def _mended(chunks: list[_Chunk], out: _Furniture, *, paged: bool = False) -> list[_Chunk]:
    """A printed book's chunks, its page furniture gone, made whole: a sentence cut by a
    page break joined again (`_continues`), the printed copy's pages after the end left
    out, words broken at the lines' ends joined, ordinals OCR misread repaired. Where
    the pages are known (`paged`), only a page's first chunk goes on with the one before
    it: the others are paragraphs that the page sets apart ("THE UNDERTOW SEASON" /
    "stories")."""
    joined: list[_Chunk] = []
    for chunk in chunks:
        if joined and (chunk.opens_page or not paged) and _continues(joined[-1], chunk):
            joined[-1].lines.extend(chunk.lines)
        else:
            joined.append(chunk)
    joined = _without_back_pages(joined, out)
    _dehyphenated(joined)
    for chunk in joined:
        chunk.lines = [_OCR_ORDINAL.sub(_ordinal_repaired, line) for line in chunk.lines]
    return joined


def _ordinal_repaired(match: re.Match[str]) -> str:
    return match.group().replace("I", "1").replace("l", "1")


def _without_watermarks(lines: list[str], out: _Furniture) -> list[str]:
    """A chunk's lines without a scanner's watermark, nor Google's "Original from" over
    the library's name in capitals ("UNIVERSITY OF MICHIGAN")."""
    kept: list[str] = []
    index = 0
    while index < len(lines):
        line = " ".join(lines[index].split())
        following = lines[index + 1].strip() if index + 1 < len(lines) else ""
        stamp = _WATERMARK.match(line)
        library = (
            (_ORIGINAL_FROM.match(line) or (stamp and line.lower().endswith("from")))
            and following and _is_shouted(following)
        )  # fmt: skip
        if stamp or library:
            out.add("watermarks", [line])
            if library:
                out.add("watermarks", [following])
                index += 1
        else:
            kept.append(lines[index])
        index += 1
    return kept


def _continues(before: _Chunk, chunk: _Chunk) -> bool:
    """Does `chunk` carry on the sentence that `before` left open at a page's end? Yes
    when it opens in lower case after an open end; and, where a running head or a page
    number stood between them, after a title ("Mrs." / "Ashby") or after a line of
    prose that ends on a word or a comma."""
    if _ends_open(before.lines) and _opens_lower(chunk.lines):
        return True
    if not chunk.after_furniture:
        return False
    last = before.lines[-1].strip()
    if _TITLE_ABBREVIATION.search(last):
        return True
    words = " ".join(before.lines).split()
    return (
        _ends_open(before.lines)
        and len(words) >= 8
        and not _is_shouted(" ".join(before.lines))
        and chunk.lines[0].lstrip(" \"'“‘")[:1].isalpha()
        and parse_heading(chunk.lines[0]) is None
    )


def _without_back_pages(chunks: list[_Chunk], out: _Furniture) -> list[_Chunk]:
    """The chunks up to the book's own "THE END" (or "FINIS"): what a scan has after it
    is the printed copy's (the printer's imprint, the publisher's advertisements, the
    library's pocket, slips and date stamps), unless a heading follows (notes, an
    appendix), when nothing is taken."""
    end = max((i for i, c in enumerate(chunks) if is_the_end(" ".join(c.lines))), default=None)
    if end is None or end < len(chunks) // 2:
        return chunks
    rest = chunks[end + 1 :]
    if not rest or any(parse_heading(c.lines[0]) or _NOTES.match(c.lines[0]) for c in rest):
        return chunks
    for chunk in rest:
        out.add("back", chunk.lines)
    return chunks[: end + 1]


def _dehyphenated(chunks: list[_Chunk]) -> None:
    """Join the words a scan hyphenated at its lines' ends ("remem-" / "bered").

    A compound keeps its hyphen ("half-" / "way"). Which one a break is, is decided by
    the book's own spelling: the word joined up elsewhere in it ("remembered") is joined;
    the word hyphenated elsewhere in mid-line ("sluice-house") keeps its hyphen; failing
    both, a break whose two halves are words the book uses on their own ("half", "way")
    is a compound, and any other ("remem", "bered") is one word.
    """
    words: set[str] = set()  # the book's words, but for the halves of broken ones
    breaks: list[tuple[_Chunk, int, str, str]] = []
    for chunk in chunks:
        lines, broken = chunk.lines, False
        for index, line in enumerate(lines):
            tokens = _WORD.findall(line.casefold())[1 if broken else 0 :]
            match = _LINE_END_HYPHEN.search(line) if index + 1 < len(lines) else None
            following = lines[index + 1].split() if match else []
            broken = bool(match and following and following[0][:1].isalpha())
            if match and broken:
                breaks.append((chunk, index, match["left"], following[0]))
                tokens = tokens[:-1]
            words.update(tokens)
    for chunk, index, left, right in breaks:
        if not chunk.lines[index].endswith("-") or not chunk.lines[index + 1].strip():
            continue  # the line was changed by the break before it
        word = _WORD.match(right)
        rest = right[word.end() :] if word else right
        core = word.group() if word else ""
        if not core:
            continue
        joined, hyphened = (left + core).casefold(), f"{left}-{core}".casefold()
        if rest[:1] in ("-", "'", "’") or core[0].isupper():  # "o'-the-wisp", "Anglo-Saxon"
            keep = True
        elif joined in words:
            keep = False
        elif hyphened in words:
            keep = True
        else:
            keep = left.casefold() in words and core.casefold() in words
        line, following = chunk.lines[index], chunk.lines[index + 1].split()
        chunk.lines[index] = line[:-1] + ("-" if keep else "") + core + rest
        chunk.lines[index + 1] = " ".join(following[1:])
    for chunk in chunks:
        chunk.lines = [line for line in chunk.lines if line.strip()]


# ---------------------------------------------------------------- typeset pages (pdftotext)

_PAGE_BREAK = re.compile(r"(\f|\n(?:[ \t]*\n){3,})")
"""Where a converted PDF's pages part: a form feed, which `ingest` turns into a wide gap
(three blank lines or more) before the reader sees the text."""
_PAGE_FOLIO = re.compile(r"^\d{1,4}$")
_FOLIO_BEFORE_HEAD = re.compile(r"^(?P<folio>\d{1,4})(?P<sep>\s*[|•·]\s*|\s+)(?P<head>[^\W\d_].*)$")
_FOLIO_AFTER_HEAD = re.compile(r"^(?P<head>.*[^\W\d_])(?P<sep>\s*[|•·]\s*|\s+)(?P<folio>\d{1,4})$")
"""A running head and the page number on one line, as PDF converters give them: "6 |
Perpetua Oyelaran", "The Undertow Season | 7", and with `-layout` "2      MARGIT
OSTERHOLM" (the two set apart across the page's width)."""
LAYOUT_GAP = 5
"""Spaces that set a page number apart from its running head across the page's width
(`-layout`); fewer ("1  Know Your Numbers") may be a chapter's number and its title."""
PAGES_PER_PAGE_BREAK = 3
"""A page number rises by at most this much from one page break to the next: a
converted book shows all its pages, though a blank one may merge into the gap."""
FRONT_PAGES = 10
"""Pages a book may number before its text shows any (a cover, plates, blank pages)."""
_KEYWORD_ALONE = re.compile(rf"^(?:{_KEYWORDS})\W*$", re.IGNORECASE)
MIN_PARAGRAPH_INDENTS = 3
"""Indented lines that show a typeset book opens its paragraphs so (`_page_paragraphs`)."""


@dataclass
class _Edge:
    """A page number at a page's head or foot: the page, the number, the lines that go
    with it (the number's own line, a running head printed on it or beside it), and a
    line inside it that is a running head only if the book prints it on other pages too
    ("2" / "THE SALT ROAD" / text), with that line's key; and the key of a running head
    set only a space or two from the number ("THE SALT ROAD 4"), which is one only if the
    book prints it on another page too (else "1 THE HOUSE BY THE RIVER" is a heading)."""

    page: int
    value: int
    lines: list[int]
    foot: bool
    inner: int | None = None
    key: str = ""
    alone: bool = False
    head: str = ""


def _without_page_edges(text: str) -> tuple[str, tuple[Omission, ...], bool]:
    """A typeset book's text as a PDF converter gives it (pdftotext, with or without
    `-layout`): pages parted by form feeds (wide gaps, once `ingest` has read them),
    each with its page number at its head or foot and a running head beside it (the
    book's title, the author's name, the chapter's title). Those are left out and
    listed, each page's lines are set apart into paragraphs (`_page_paragraphs`), and
    the pages are made whole as a scan's are (`_mended`). Only a text with three page
    numbers or more at its pages' edges, rising through it and each printed with a
    running head or at a page's foot, is taken for one (`_page_numbers`); any other is
    returned as it was."""
    parts = _PAGE_BREAK.split(text)
    pages = [part.split("\n") for part in parts[0::2]]
    if len(pages) < 2:
        return text, (), False
    breaks = [max(1, sep.count("\n") // 4) for sep in parts[1::2]]  # a form feed: 4
    edges = _page_numbers(pages, list(itertools.accumulate([0, *breaks])))
    if not edges:
        return text, (), False
    out = _Furniture({})
    drop: dict[tuple[int, int], str] = {}
    for edge in edges:
        for at in [*edge.lines, *([edge.inner] if edge.inner is not None else [])]:
            folio = _PAGE_FOLIO.match(pages[edge.page][at].strip())
            drop[edge.page, at] = "folios" if folio else "heads"
    for page, at in _heads_over_text(pages, edges, drop):
        drop[page, at] = "heads"
    for (page, at), kind in sorted(drop.items()):
        out.add(kind, [pages[page][at]])
    kept = [
        [line for at, line in enumerate(lines) if (page, at) not in drop]
        for page, lines in enumerate(pages)
    ]  # fmt: skip
    gaps = [0] + [max(WIDE_GAP, sep.count("\n") - 1) for sep in parts[1::2]]
    chunks: list[_Chunk] = []
    for page, lines in enumerate(_page_paragraphs(kept)):
        found = _chunks("\n".join(lines))
        if found and chunks:
            found[0].gap = max(found[0].gap, gaps[page])
            # a sentence runs over a page break from a page of text, never from a title
            # page's or a heading's few lines
            found[0].after_furniture = sum(bool(x.strip()) for x in kept[page - 1]) > 3
            found[0].opens_page = True
        chunks.extend(found)
    log.info("read a typeset book's pages: left out their numbers and running heads")
    return _unchunk(_mended(chunks, out, paged=True)), out.omitted(), True


def _page_numbers(pages: list[list[str]], sheets: list[int]) -> list[_Edge]:
    """The page numbers at the pages' edges, in the longest run that rises through the
    text as a book's pages do (a contents list's page reference or a year stands out of
    it); none unless three of them, on two pages at least, are printed with a running
    head or at the foot of a page's text. A bare number at a page's head counts only
    under a running head the book prints on two pages or more: alone, it may be a
    chapter's number; and where a page shows a number at its foot too, that one is the
    page's. A number alone between two page breaks (`-layout` sets a short page's
    number far below its text) counts once the others show the pages. Page numbers count
    the pages (`sheets`: each page's place, blank pages that merged into a gap counted
    from its form feeds): none is far beyond the pages before it ("1914" under a poem on
    the fourth page), and the run is cut where they rise faster than the pages ("3
    JANUARY", "9 JANUARY" on the next page: a diary's dates)."""
    found: list[_Edge] = []
    for page, lines in enumerate(pages):
        filled = [at for at, line in enumerate(lines) if line.strip()]
        if len(filled) == 1 and _PAGE_FOLIO.match(lines[filled[0]].strip()):
            found.append(_Edge(page, int(lines[filled[0]]), filled, foot=True, alone=True))
            continue
        head = _page_edge(page, lines, filled[:2], foot=False) if filled else None
        foot = _page_edge(page, lines, filled[::-1][:2], foot=True) if len(filled) > 2 else None
        found.extend(edge for edge in (head, foot) if edge)
    found = [e for e in found if e.value <= PAGES_PER_PAGE_BREAK * (sheets[e.page] + 1)
             + FRONT_PAGES]  # fmt: skip
    keys = [edge.key for edge in found if edge.inner is not None]
    keys += [edge.head for edge in found if edge.head]
    for edge in found:
        if edge.inner is not None and keys.count(edge.key) < 2:
            edge.inner = None
    found = [edge for edge in found if not edge.head or keys.count(edge.head) > 1]
    feet = {edge.page for edge in found if edge.foot}
    found = [
        edge for edge in found
        if edge.foot or not _PAGE_FOLIO.match(pages[edge.page][edge.lines[0]].strip())
        or (edge.inner is not None and edge.page not in feet)
    ]  # fmt: skip
    run = _rising([(i, 2 * edge.value + edge.foot) for i, edge in enumerate(found)])
    edges = _steady([edge for i, edge in enumerate(found) if i in run], sheets)
    shown = [edge for edge in edges if not edge.alone]
    if len(shown) >= MIN_RUNNING_HEADS and len({e.page for e in shown}) > 1:
        return edges
    return edges if _every_foot_numbered(pages, sheets, shown) else []


def _every_foot_numbered(pages: list[list[str]], sheets: list[int], shown: list[_Edge]) -> bool:
    """Is this a short typeset piece (a story, an essay, a chapter: a page or two) whose
    every page, from the first numbered one, ends with its bare number before the page
    break ("… The wind moved in the chim-" / "1" / form feed)? Too few numbers to show a
    book's pages are enough when each page of text has one at its foot, counting up a
    page at a time, and the last is followed by a page break too: a manuscript's number
    alone at the foot of its last page is no section's."""
    if not shown or any(not edge.foot or edge.head for edge in shown):
        return False
    first = shown[0].page
    written = [i for i, lines in enumerate(pages) if i >= first and any(x.strip() for x in lines)]
    return (
        written == [edge.page for edge in shown]
        and shown[-1].page < len(pages) - 1
        and shown[0].value <= sheets[first] + 1
        and all(
            after.value - before.value == sheets[after.page] - sheets[before.page]
            for before, after in itertools.pairwise(shown)
        )
    )


def _heads_over_text(
    pages: list[list[str]], edges: list[_Edge], drop: dict[tuple[int, int], str]
) -> list[tuple[int, int]]:
    """Running heads printed at the top of numbered pages with no number beside them (the
    number is at the foot): the author's name on one page, the book's title on the next
    ("E. L. VANCE" / "they were a misfortune …"). A page's first line is one when it
    could be a head (`_is_page_head`, no chapter heading) and stands in a sentence the
    page break cut (the page before ends open, the line after opens in lower case: no
    title stands there), on one page at least; or stands over a chapter's heading and
    tops two pages or more, or repeats a line of the front pages (the title page's
    title or author). The first
    of a key that only tops pages (a chapter's own title over its text, which the
    chapter's later pages repeat as their head) stays, unless it cuts a sentence."""
    numbered = sorted({edge.page for edge in edges})
    if not numbered:
        return []
    front = {
        _key(line) for lines in pages[: numbered[0]] for line in lines
        if line.strip() and not re.search(r"\d", line)
        and len(line.split()) <= MAX_TITLE_WORDS
    }  # fmt: skip
    tops: list[tuple[int, int, str, str]] = []  # page, line, key, "cut" / "heading" / ""
    last = ""
    for page, lines in enumerate(pages):
        kept = [at for at, line in enumerate(lines) if line.strip() and (page, at) not in drop]
        if page >= numbered[0] and len(kept) > 1:
            top, after = lines[kept[0]].strip(), lines[kept[1]].strip()
            heading = parse_heading(after)
            if _is_page_head(top) and parse_heading(top) is None:
                carries = "cut" if _ends_open([last]) and _opens_lower([after]) else (
                    "heading" if heading is not None and heading.family != "bare" else ""
                )
                tops.append((page, kept[0], _key(top), carries))
        if kept:
            last = lines[kept[-1]].strip()
    keys = [key for _, _, key, _ in tops]
    confirmed = {  # in a cut sentence, a line is a head: no title stands there
        key for _, _, key, carries in tops
        if carries == "cut" or (carries and (keys.count(key) >= 2 or key in front))
    }  # fmt: skip
    found: list[tuple[int, int]] = []
    seen: set[str] = set()
    for page, at, key, carries in tops:
        if key in confirmed and (carries or key in front or key in seen):
            found.append((page, at))
        seen.add(key)
    return found


def _steady(edges: list[_Edge], sheets: list[int]) -> list[_Edge]:
    """The longest stretch of a rising run of page numbers in which none rises faster
    than the pages it crosses (`PAGES_PER_PAGE_BREAK` a page break): numbers that leap
    from page to page are dates or counts printed at the pages' edges, not folios."""
    stretches: list[list[_Edge]] = []
    for edge in edges:
        if stretches and edge.value - stretches[-1][-1].value <= PAGES_PER_PAGE_BREAK * max(
            1, sheets[edge.page] - sheets[stretches[-1][-1].page]
        ):
            stretches[-1].append(edge)
        else:
            stretches.append([edge])
    return max(stretches, key=len, default=[])


def _page_edge(page: int, lines: list[str], edge: list[int], *, foot: bool) -> _Edge | None:
    """The page number at one edge of a page (`edge`: its outermost line and the next
    one in) and what goes with it: a bare number on the outermost line, perhaps with a
    running head inside it; a number and a running head on one line; or a running head
    outside a bare number ("Chapter 1. The Weigh-House" / "3"). A number and a head only
    a space or two apart ("THE SALT ROAD 4") stand at a page's head, never its foot, where
    a line of words may end in a number ("LISBON 1944", "ROOM 903")."""
    outer = " ".join(lines[edge[0]].split())
    inner = " ".join(lines[edge[1]].split()) if len(edge) > 1 else ""
    if _PAGE_FOLIO.match(outer):
        found = _Edge(page, int(outer), [edge[0]], foot)
        if inner and _is_page_head(inner):
            found.inner, found.key = edge[1], _key(inner)
        return found
    for pattern in (_FOLIO_BEFORE_HEAD, _FOLIO_AFTER_HEAD):
        match = pattern.match(lines[edge[0]].strip())
        if not match or not _is_page_head(match["head"]):
            continue
        if pattern is _FOLIO_BEFORE_HEAD and numbered_name(match["head"]):
            continue  # "1 MAY", "2 MAY": a diary's dates heading its days, not page numbers
        wide = bool(match["sep"].strip()) or len(match["sep"]) >= LAYOUT_GAP  # "6 | Name"
        if wide:
            return _Edge(page, int(match["folio"]), [edge[0]], foot)
        if not foot and (
            len(match["sep"]) >= 2 or (_is_shouted(match["head"]) and parse_heading(outer) is None)
        ):
            return _Edge(page, int(match["folio"]), [edge[0]], foot, head=_key(match["head"]))
    heading = parse_heading(outer)
    if inner and _PAGE_FOLIO.match(inner) and _is_page_head(outer) and (
        heading is None or heading.has_title  # not "PART ONE" over its first chapter's "1"
    ) and not _KEYWORD_ALONE.match(outer):  # nor "CHAPTER" over its number
        return _Edge(page, int(inner), [edge[0], edge[1]], foot)
    return None


def _is_page_head(line: str) -> bool:
    """Could this line be a running head: a few words, a title or a name ("THE SALT
    ROAD", "Chapter 1. The Weigh-House", "Perpetua Oyelaran"), no sentence's end and no
    contents entry's number or leaders?"""
    words = line.split()
    return (
        0 < len(words) <= MAX_TITLE_WORDS
        and sum(c.isalpha() for c in line) >= 3
        and (line[0].isupper() or line[0].isdigit())
        and not line.endswith((".", ",", ";", ":", "-", "!", "?", "”", "’", '"'))
        and not _NUMBERED_TITLE.match(line)
        and not re.search(r"\.\s?\.", line)
        and (_is_shouted(line) or _is_title_case(line))
    )


def _heads_page_text(line: str) -> bool:
    """A line that is a chapter's heading ("Chapter 2", "TWO"), a paragraph of its own
    on a page that sets no blank line around it ("… I nearly didn't." / "TWO" / …)."""
    heading = parse_heading(line)
    spelled = _spelled_number(line)
    return (heading is not None and heading.family != "bare") or (
        spelled is not None and _is_shouted(line) and not line.rstrip().endswith(".")
    )


def _page_paragraphs(pages: list[list[str]]) -> list[list[str]]:
    """Each page's lines with a blank line before every paragraph: a converter gives a
    typeset page's lines with no blank line between its paragraphs. A book that indents
    its paragraphs' first lines (three at least, at one indent: `-layout` keeps them)
    opens one at each such line, its common margin taken off first; a deeper indent (a
    drop cap's second line, a quotation) opens none. Any other ends one at a line that
    falls well short of the measure (three quarters of it) and does not end on a hyphen
    or a comma: a proportional font fills the lines of a paragraph unevenly, so a line
    with seeming room to spare is no end. A chapter's heading is a paragraph of its
    own either way."""
    filled = [line for lines in pages for line in lines if line.strip()]
    if not filled:
        return pages
    margin = min(_indent(line) for line in filled)
    pages = [[line.expandtabs(5)[margin:] if line.strip() else "" for line in p] for p in pages]
    openings = [
        _indent(line) for lines in pages for line, after in itertools.pairwise(lines)
        if _indent(line) >= 2 and len(line.strip()) >= 30 and after.strip() and not _indent(after)
    ]  # fmt: skip
    indent = max(set(openings), key=openings.count) if openings else 0
    lengths = sorted(len(line.strip()) for lines in pages for line in lines if line.strip())
    measure = lengths[len(lengths) * 9 // 10]
    apart: list[list[str]] = []
    for lines in pages:
        page: list[str] = []
        for previous, line in zip(["", *lines], lines, strict=False):
            opens = (
                _indent(line) == indent
                if len(openings) >= MIN_PARAGRAPH_INDENTS
                else len(previous.strip()) * 4 < measure * 3
                and not previous.rstrip().endswith(("-", ","))  # a word or a phrase runs on
            )
            if previous.strip() and line.strip() and (
                opens or _heads_page_text(line) or _heads_page_text(previous)
            ):
                page.append("")
            page.append(line)
        apart.append(page)
    return apart


_SUBTITLE = re.compile(
    r"^in\s+(?:a\s+series\s+of\s+\w+|\w+\s+(?:volumes?|parts?|books?))\W*$", re.IGNORECASE
)
"""A title page's line under the title that is no part of it: "IN A SERIES OF
LETTERS.", "IN THREE VOLUMES." ("A NOVEL" is told by its words, `_NOT_NAMES`)."""
_ROMAN_YEAR = re.compile(r"^M[\sMDCLXVI.]{3,}$")
"""A year in Roman numerals on an old title page ("M DCC XCVIII.")."""
MAX_SCAN_TITLE_PAGE_LINES = 30
MAX_SCAN_TITLE_PAGE_WORDS = 15
"""A title page's block holds this many words at most ("AUTHOR OF …", the imprint)."""


def _scan_title_page(blocks: list[_Block]) -> dict[str, str]:
    """A scanned book's title page, which opens what is left of its text: its title and
    author, for the credits, and its blocks marked as left out.

    The page is the run of short lines at the front, and a scan shows it as printed:
    a half-title ("THE LANTERN AT GREYWATER") over the title set over lines, a genre
    ("A NOVEL"), "BY" and the author, "AUTHOR OF …", then the imprint (place,
    publisher, year, "[All rights reserved]"). Only a page with a "BY" line is trusted.
    The title is the lines above the genre and the byline, up to the first that ends in
    a stop ("THE ORCHARD at HALLOWMEAD;" over "OR, THE HISTORY …"), once if the
    half-title repeats it; the page ends with its imprint's last line. What follows (a
    dedication, a preface) is read, as in any book; and the title set again over the
    first chapter is left out too.
    """
    first = next((i for i, b in enumerate(blocks) if b.role != "body"), len(blocks))
    lines: list[tuple[int, str]] = []  # (block, line)
    for index, block in enumerate(blocks[:first]):
        words = sum(len(x.split()) for x in block.lines)
        if (
            any(len(x.split()) > MAX_TITLE_WORDS for x in block.lines)
            or (words > MAX_SCAN_TITLE_PAGE_WORDS and _is_prose(block))
            or len(lines) + len(block.lines) > MAX_SCAN_TITLE_PAGE_LINES
        ):
            break  # a paragraph: a preface, a note to the reader
        lines.extend((index, line) for line in block.lines)
    texts = [line for _, line in lines]
    by_at = next((i for i, line in enumerate(texts) if BY.match(line)), None)
    if not by_at:
        return {}
    by = BY.match(texts[by_at])
    assert by is not None  # found by it
    named = bool(by["who"].strip(" .,"))  # "BY A LADY.", or "BY" over the name
    who = by["who"].strip(" .,") if named else (
        texts[by_at + 1].strip(" .,") if by_at + 1 < len(texts) else ""
    )  # fmt: skip
    title_lines = texts[:by_at]
    if (original := _translated_from(texts, by_at)) is not None:  # that "BY" is the translator's
        who = original  # "TRANSLATED FROM THE GERMAN OF OTTO KESSEL" over "BY" / "MARY HALE"
        title_lines = list(itertools.takewhile(lambda t: not _TRANSLATED.match(t), title_lines))
    while title_lines and (
        _SUBTITLE.match(title_lines[-1])
        or all(w in _NOT_NAMES for w in re.findall(r"\w+", title_lines[-1].casefold()))
    ):
        title_lines.pop()
    stop = next((i for i, t in enumerate(title_lines) if t.endswith((";", ":", "."))), None)
    title_lines = title_lines[: stop + 1] if stop is not None else title_lines
    for cut in range(1, len(title_lines)):  # the half-title over the title
        if _key(" ".join(title_lines[:cut])) == _key(" ".join(title_lines[cut:])):
            title_lines = title_lines[cut:]
            break
    title = " ".join(title_lines).strip(" .,;:")
    capitals = [c.isupper() for c in title if c.isalpha()]
    if capitals and sum(capitals) * 4 >= len(capitals) * 3:  # small capitals read as lower
        title = title.upper()
    end = max(
        (i for i, t in enumerate(texts) if _PRINTED.match(t) or _ROMAN_YEAR.match(t)),
        default=by_at,
    )
    end = min(max(end, by_at + (0 if named else 1)), len(lines) - 1)
    for block in blocks[: lines[end][0] + 1]:
        block.role = "titlepage"
    found = {"title": display_case(title)} if title else {}
    if who:
        found["author"] = display_case(who, names=True)
    if title:
        _title_over_first_chapter(blocks, title)
    log.info("read a scan's title page into the credits: %s", " / ".join(texts[: end + 1]))
    return found


def _title_over_first_chapter(blocks: list[_Block], title: str) -> None:
    """Leave out the book's title printed again over its first chapter (a scan keeps
    it: "THE LANTERN AT GREYWATER." over "CHAPTER I."), set over a line or three."""
    first = next((i for i, b in enumerate(blocks) if b.role == "heading"), None)
    if first is None:
        return
    for start in range(max(0, first - 3), first):
        run = blocks[start:first]
        if all(b.role == "body" and len(b.lines) <= 2 for b in run) and _key(
            " ".join(line for b in run for line in b.lines)
        ) == _key(title):
            for block in run:
                block.role = "titlepage"
            return
