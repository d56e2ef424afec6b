"""Turn text as written into text as a narrator says it, for the speech engine.

The manifest keeps the manuscript's words. The engine gets this spoken form.
English gets every rule: numbers, dates, times, money, abbreviations, Roman
numerals, symbols and web addresses. Other languages get only the rules that
need no English words: the pronunciation lexicon, numbers through num2words
when it knows the language, dashes and ellipses as pauses, and markup safety;
besides, abbreviations that never change their reading (Russian "т. е.", German
"z. B.", Spanish and Portuguese "Sr." before a name) are expanded, a Russian year before "год" is an
ordinal in its case, a German ordinal ("am 3. Mai", "im 19. Jahrhundert") and year
("war 1879 gestorben") are read so, French and Spanish ordinals ("1er", "XIXe siècle",
"1.º"), French rulers ("Louis XIV") and clock times ("17 h 30") are said, and a range
("12-15") is joined by the language's "to" in French, Spanish and German.

These are judgement calls, so they are listed here:

- The "and" style follows the language tag. "en-us" says "one hundred one" and
  "two thousand five". Every other English tag says "one hundred and one" and
  "two thousand and five", which is num2words' own style.
- Spoken numbers have no commas: "1,234" becomes "one thousand two hundred and
  thirty-four". espeak pauses at a comma; a narrator does not.
- A bare four-digit number from 1100 to 2099 is read as a year ("nineteen
  eighty-four") in any of these cases: after a cue word (in, of, since, by,
  circa, a month name …); next to an era (AD, BC, CE …); in a range; or
  standing alone, with nothing but punctuation or the end of the text after it.
  From 1100 to 1999 (no comma) it is also a year after a date word ("Lady Day
  1814", "Christmas 1851"), after an article ("the 1996 chart", "a 1962 Zenith"),
  and as the second of two joined by "and" or "to" ("between 1785 and 1871"); but
  before what it counts it is a quantity ("of 1500 men", "the 1200 feet"), unless
  a strong cue (in, since, a month …) or a sentence's opening "By" or "From"
  comes before it. Any other number is a quantity: "1500 soldiers" is "one
  thousand five hundred soldiers". Numbers from 1001 to 1099 are years only next to
  an era ("1066 AD") or after a strong cue with no counted word after them ("compiled
  in 1086"); elsewhere they are quantities. AD and A.D. are said as "AD" (never "A D": "uh D").
- Recipes: oven settings joined by slashes ("350°F / 180°C / gas 4") are said one after
  another; "9 x 13" is "nine by thirteen"; a number's '"' is inches unless it closes a
  quotation opened before it ("Room 101").
- A Bible reference is chapter and verse as a reader says them ("Isaiah 40:31" →
  "Isaiah forty, thirty-one", "St. Luke xii. 6" → "Saint Luke twelve, six"); a bare "1:2"
  only after "(see" or "cf.", else a ratio. A statute is its reign's years and chapter
  ("15 Geo. II. c. 12" → "fifteen George the Second, chapter twelve").
- A heading's section number is read level by level ("2.1 Designing Your Day" → "Two
  point one. Designing Your Day", "4.12" → "Four point twelve"), a sub-head's line
  inside a chapter too ("1.1 What Is Air, Exactly?"); a decimal opening a title
  before an amount ("1.5 Million Reasons") stays a decimal.
- A measure between an article and a noun is one word: "a 100m race" is "a hundred-metre
  race", as "a 90° angle" is "a ninety-degree angle".
- An inch mark inside a quotation is inches when the quotation's own marks pair up
  without it ('"The board is 10" wide," he said').
- Old British forms: a unit's dot after a number ("5 ft. 6 in. tall") is not a
  sentence's stop; pence with a fraction ("4½d.", "4-1/2d.") are "four and a half pence";
  "2/6" after a price word is "two and six"; "at 3.30" (after at, by, until, till,
  from; hours 1–12, two digits of minutes) is a clock time.
- Roman numerals become words only where they cannot be the pronoun "I":
  - after a heading word (Chapter IV → Chapter Four);
  - after a known regnal name (Henry VIII → Henry the Eighth). A lone "I"
    counts only where it cannot be the pronoun: punctuation after it ("George I."),
    a title before the name ("King James I"), "of England", "I's", a reign in
    brackets, a word the pronoun never takes ("Edward I the"), or a deed after a
    name that opens the sentence ("Charles I was beheaded"); never in "told George
    I would" or "When I met Elizabeth I was nervous";
  - an "I" after a name the book numbers II and on elsewhere ("Margaret II"), before
    a stop, a comma or "in", "at", "on"…, is the first: "no Margaret I in Saltmarsh"
    → Margaret One (a ruler's: the First); "Margaret I think" stays;
  - after a surname with a title or given name before it ("Admiral Percival
    Whiskers III" → the Third); standing alone with four letters or more ("MDCCXII"
    → seventeen twelve) or after "marked"; "WWII" is World War Two;
  - but a lone C, D, L or M after Appendix, Section, Part or Article is a letter;
  - after another capitalised word, when the numeral has two or more of I, V
    and X (Apollo XI → Apollo Eleven);
  - after a reference abbreviation that takes a number (vol. ii → volume two,
    pp. iv–vii → pages four to seven; which numerals count is in tokens.py).
- A blank the author left is said "blank": "in the year 18—" is "eighteen hundred and
  blank", "Mr. ——'s" "Mister Blank's", "——shire" "Blankshire". So is a worksheet's line
  to write on, once for each ("Date: __/__/____" is "Date: blank"), with its sign after
  it ("$____" "blank dollars", "____%" "blank percent"); "(T / F)" is "true or false".
- A hashtag is "hashtag" and its words ("#100DaysOfCode" → "hashtag one hundred days of
  code"); "#5" is "number five". A US state's code after "in", "from" … and a city is the
  state ("lives in Portland, OR." → "Oregon"); "OK" only before a ZIP code.
- A number joined by a hyphen to the next word of a title is one word with it ("The 30-Day
  Plan" → "The Thirty-Day Plan"), as is one after an article ("The 3 a.m. Problem"): no
  chapter's number, so no pause after it.
- Numeric dates are month first for en-us and day first for other English,
  unless a number above 12 settles the order. A book whose tag names no country lets
  its own dates (then its spellings) decide, where they agree (`numeric_date_order`).
- "Sr." before a name is "Sister" where no name comes before it ("said Sr.
  Benedita", "Nuns: Sr. Lúcia"), and "Senior" after one ("Henry Ford Sr.") or before
  a job ("Sr. Analyst"); before a Spanish surname or in Spanish talk it is "Señor".
- A rank ("Lt.", "Lieut.", "Capt.", "Col.", "Maj.", "Sgt.", "Pte." …) is said in full
  before a name, after an article ("the Col. and I"), and at a sentence's end where
  no name comes before it ("He gave his rank as Lt."); "Denver, Col." is left alone.
- A position is read as a navigator reads it: "51° 30′ N" is "fifty-one degrees thirty
  minutes north", "lat. 42° 15' S." "latitude forty-two degrees fifteen minutes
  south". Degrees between an article and a noun are one word ("a ninety-degree
  angle"); a temperature keeps its scale ("ninety-eight point six degrees Fahrenheit").
- Web addresses drop the scheme, "www.", the query and the fragment.
- Asterisks are dropped in every language: espeak would say "asterisk" for
  each emphasis or footnote mark.
- espeak must never see markup. Between numbers or spaces, or after a variable's
  letter ("p<0.05"), "<" and ">" are read ("less than"); opening a sentence ("> 50
  people came") ">" is "more than". Any other "<" or ">" is dropped, and runs of square
  brackets shrink to one, so no SSML tag and no "[[phoneme]]" input remains.
"""

from __future__ import annotations

import functools
import itertools
import logging
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Concatenate, ParamSpec

from num2words import CONVERTER_CLASSES, num2words

from audiobook.errors import AudiobookError
from audiobook.models import LINE_BREAK
from audiobook.text import gates
from audiobook.text.chinese import is_chinese
from audiobook.text.chinese import spoken as chinese_spoken
from audiobook.text.japanese import is_japanese, japanese_spoken, ruby_reading
from audiobook.text.pronounce import IPA_CHARS, ipa_said, said_form
from audiobook.text.scripts import latinize
from audiobook.text.sounds import respelled
from audiobook.text.tokens import (
    ARTICLE_ROMAN,
    BIBLE_BOOKS,
    BOOK_SIZE,
    BOOK_SIZE_WORDS,
    BOOK_SIZES,
    CALENDAR,
    CITED_WORD,
    CITED_WORDS,
    CITED_WORK,
    CITED_WORKS,
    CLASSICAL_REFERENCE,
    CLASSICAL_WORKS,
    CODE_NUMBER,
    COMPANY,
    COORDINATE,
    COUNTY,
    DE_MONTHS,
    DOMAIN,
    DOTFILE,
    DOTTED_UNIT_PATTERN,
    EMAIL,
    ERAS,
    FIRM_DOT,
    GIVEN_NAMES,
    GLOSS,
    GLOSS_WORDS,
    HU_ROMAN_DOT,
    JOURNAL,
    JOURNALS,
    LATIN_CITED,
    LIFE_DATE,
    MONTH_ABBREVIATIONS,
    NUMBERED_ABBREVIATIONS,
    OLD_LETTER_WORDS,
    OPENERS,
    PATH,
    RANKS,
    READING,
    READINGS,
    ROMAN_MONTH_DATE,
    SCRIPTURE_BOOKS,
    SCRIPTURE_PATTERN,
    SCRIPTURE_ROMAN,
    SECTION_ABBREVIATION,
    STAGE_POSITION,
    STAGE_POSITION_END,
    STATUTE,
    STATUTE_REIGNS,
    STREET_END,
    UNIT_PATTERN,
    UNITS_SAID,
    URL,
    VERSION,
    WEEKDAYS,
    after_name,
    calendar_word,
    closes_quotation,
    credited,
    endearment,
    hu_roman_ordinal,
    in_brackets,
    is_code_number,
    is_scripture,
    mask,
    quiz_option,
    roman_places,
    roman_references,
    roman_value,
    scripture_context,
    street_ends,
    unit_words,
)

Match = re.Match[str]

# --------------------------------------------------------------------------- words for numbers

_DIGITS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_MAX_SPOKEN = 10**15  # beyond this a number is an identifier: read it digit by digit


def _digits(text: str) -> str:
    return " ".join(_DIGITS[int(c)] for c in text)


def _cardinal(n: int, us: bool) -> str:
    """101 → one hundred and one (en-us: one hundred one), without commas espeak would pause at."""
    if n >= _MAX_SPOKEN:
        return _digits(str(n))
    words = num2words(n, lang="en").replace(",", "")
    return words.replace(" and ", " ") if us else words


def _ordinal(n: int, us: bool) -> str:
    if n >= _MAX_SPOKEN:
        return _digits(str(n))
    words = num2words(n, lang="en", to="ordinal").replace(",", "")
    return words.replace(" and ", " ") if us else words


def _number(text: str, us: bool) -> str:
    """A written number ("1,234.56", "007") in words; decimals are read digit by digit."""
    whole, _, frac = text.replace(",", "").partition(".")
    spoken = _digits(whole) if len(whole) > 1 and whole[0] == "0" else _cardinal(int(whole), us)
    return f"{spoken} point {_digits(frac)}" if frac else spoken


def _is_year(text: str) -> bool:
    return len(text) == 4 and text.isdigit() and 1100 <= int(text) <= 2099


def _year(y: int, us: bool) -> str:
    """1984 → nineteen eighty-four, 1905 → nineteen oh five, 1900 → nineteen hundred."""
    if 2000 <= y < 2010:
        return _cardinal(y, us)
    return _in_pairs(str(y), us)


def _short_year(text: str, us: bool) -> str:
    """The year of a date: a year-like number as a year, '24 as twenty-four, '05 as oh five."""
    if _is_year(text):
        return _year(int(text), us)
    if len(text) == 2 and text[0] == "0":
        return f"oh {_cardinal(int(text), us)}"
    return _number(text, us)


def _plural(words: str) -> str:
    return words[:-1] + "ies" if words.endswith("y") else words + "s"


def _title_words(words: str) -> str:
    """Capitalise each part of a number for a heading: "twenty-one" → "Twenty-One"."""
    return re.sub(r"\b(?!and\b)[a-z]", lambda m: m.group().upper(), words)


# --------------------------------------------------------------------------- shared patterns

_INT = r"[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+"
_NUM = rf"(?:{_INT})(?:\.[0-9]+)?"
_L = r"(?<![\w.,])"  # a number's left edge: not glued to a word or to another number
_R = r"(?!\w|[.,:/][0-9])"  # its right edge
_CAP = r"[A-ZÀ-ÖØ-Þ][\w'’-]*"  # a capitalised word
_CLOSERS = "\"'”’»)]}"
_OPENERS = "\"'“‘«([{"

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")  # fmt: skip
_MONTH_NUMBER = {m: i for i, m in enumerate(_MONTHS, 1)} | {
    m[:3]: i for i, m in enumerate(_MONTHS, 1) if m != "May"
}
_MONTH_NUMBER["Sept"] = 9
_MONTH = (  # a full name's period ends the sentence ("on 3 May."); an abbreviation's is its own
    "(?:(?:" + "|".join(_MONTHS) + r")\b|(?:"
    + "|".join(sorted(set(_MONTH_NUMBER) - set(_MONTHS), key=len, reverse=True)) + r")\b\.?)"
)
_FULL_MONTH = "|".join(_MONTHS)


def _month(name: str) -> int:
    return _MONTH_NUMBER[name.rstrip(".")]


def _date(day: int, month: int, year: str | None, us: bool, *, day_first: bool) -> str:
    """A date read the way it is written: "the 25th of December" or "December 25th"."""
    name = _MONTHS[month - 1]
    said = f"the {_ordinal(day, us)} of {name}" if day_first else f"{name} {_ordinal(day, us)}"
    if year is None:
        return said
    sep = " " if day_first else ", "
    return f"{said}{sep}{_short_year(year, us)}"


# --------------------------------------------------------------------------- English rules

Rule = tuple[re.Pattern[str], Callable[[Match, bool], str]]
Replacement = str | Callable[[Match], str]
"""What a pass puts for a match: a template, or a function of the match (or, with no
pattern, a function of the whole text)."""
Pass = tuple[re.Pattern[str] | None, Replacement, gates.Need]


def _iso_date(m: Match, us: bool, month_first: bool | None = None) -> str:
    year, month, day = m.group(1), int(m.group(2)), int(m.group(3))
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return m.group()
    return _date(day, month, year, us, day_first=not _first_month(us, month_first))


def _first_month(us: bool, month_first: bool | None) -> bool:
    """Whether numeric dates are month first: the book's own evidence where it has some
    (`numeric_date_order`, for a book whose tag names no country), else the tag's order."""
    return us if month_first is None else month_first


def _numeric_date(m: Match, us: bool, month_first: bool | None = None) -> str:
    a, b, year = int(m["a"]), int(m["b"]), m["y"]
    mf = _first_month(us, month_first)
    month, day = (a, b) if mf else (b, a)
    if month > 12 >= day:
        month, day = day, month
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return m.group()
    return _date(day, month, year, us, day_first=not mf)


_DOTTED_DATE = re.compile(
    r"(?<![\w.])(?P<d>[0-3]?[0-9])\.(?P<m>[01]?[0-9])\.(?P<y>(?:1[0-9]|20)[0-9]{2})(?!\w|\.[0-9])"
)
"""A date as Europe writes it, day first with dots ("on 22.03.2024"): not a version."""


def _dotted_date(m: Match, us: bool) -> str:
    day, month = int(m["d"]), int(m["m"])
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return m.group()
    if re.search(r"(?i:\bversion|\brelease|\bbuild|\bv)\s*$", m.string[: m.start()]):
        return m.group()  # "Version 2.10.2020": a version, as VERSION reads it
    return _date(day, month, m["y"], us, day_first=not us)


_ROMAN_MONTHS = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii")
_SHORT_DOTTED_DATE = re.compile(
    r"(?<![\w.])(?P<d>[0-3]?[0-9])\.(?P<m>[01]?[0-9]|(?i:xii|xi|x|ix|viii|vii|vi|v|iv|iii|ii|i))"
    r"\.(?P<y>[0-9]{2})(?=\.?\s*$|\.?\s|,)"
)
"""A diary's or a soldier's date with a two-figure year: "14.7.16.", "10.iv.17."."""
_DATES_HERE = re.compile(
    r"(?:^|[\n(]|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+|"
    r"(?<![\w'’])(?i:on|dated|of|date)\s+)$"
)
"""Where "14.7.16" is a date: a line's opening, after a weekday, "on" or "dated"."""


def _short_dotted_date(m: Match, us: bool) -> str:
    """Sunday, 14.7.16. → Sunday, the fourteenth of July, sixteen; 10.iv.17. → the tenth of
    April, seventeen. A Roman month is a date anywhere; figures only where a date stands
    (a line's opening, after a weekday or "on"), and never a section's "1.2.3"."""
    roman = m["m"].lower() in _ROMAN_MONTHS
    day = int(m["d"])
    month = _ROMAN_MONTHS.index(m["m"].lower()) + 1 if roman else int(m["m"])
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return m.group()
    if not roman and (
        not _DATES_HERE.search(m.string, 0, m.start())
        or (m["y"][0] != "0" and int(m["y"]) < 10)
        or re.search(r"(?i:section|version|release|build|rule|clause|§)\s*$", m.string[: m.start()])
        or _RUNS_ON.search(m.string, 0, m.start())
    ):
        return m.group()
    return f"{_date(day, month, None, us, day_first=True)}, {_short_year(m['y'], us)}"


_RUNS_ON = re.compile(
    r"(?i:\b(?:ran|run|runs|running|booted|based|built|stuck|upgraded|updated|downgraded"
    r"|installed|tested|patched|compiled|worked|works|working)\s+(?:on|to)\s+$)"
)
"""A software's version after what runs on it ("ran on 10.4.11", "upgraded to 3.6.10"),
never a date."""


def _slash_date(m: Match, us: bool, month_first: bool | None = None) -> str:
    """on 9/14 → on September fourteenth, since 14/9 → since the fourteenth of September: a
    month and a day after a word that dates ("on", "since", "dated"), read in the order
    written where a number above 12 shows it, else in the language's order. A fraction's
    shape ("by 1/3", "on 3/4 of the land") stays a fraction; "9/11" stays the day's name."""
    a, b = int(m["a"]), int(m["b"])
    cue = m["cue"].strip().lower()
    if m["a"] + "/" + m["b"] == "9/11" or not (a and b):
        return m.group()
    if m["a"] + "/" + m["b"] == "24/7":
        return m["cue"] + "twenty-four seven"  # "on 24/7 call": all hours, all week
    before = m.string[: m.start()]
    if a > b and _STAKE.search(before):  # "ten pounds on 7/2": odds
        return f"{m['cue']}{_cardinal(a, us)} to {_cardinal(b, us)}"
    if a <= b in (5, 10, 20, 100) and _SCORED.search(before):  # "and on 8/10 the week after"
        return f"{m['cue']}{_cardinal(a, us)} out of {_cardinal(b, us)}"
    if a < b <= 16 and cue not in ("on", "dated", "since"):
        return m.group()
    nxt = _MODIFIED_NOUN.match(m.string, m.end())
    if nxt and (nxt["word"] in ("of", "rations", "share", "pay", "time") or nxt["word"] in
                _WORD_UNITS or re.fullmatch(UNIT_PATTERN, nxt["word"])):  # fmt: skip
        return m.group()
    month_first = b > 12 or (_first_month(us, month_first) and a <= 12)
    month, day = (a, b) if month_first else (b, a)
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return m.group()
    return m["cue"] + _date(day, month, None, us, day_first=not month_first)


_STAKE = re.compile(
    r"(?i)\b(?:pounds?|quid|dollars?|bet|bets|betting|backed|backing|money|stakes?|staked|"
    r"odds|wager\w*|punt\w*|fiver|tenner|bookies?|bookmakers?)\b[^.!?]*$|[£$][0-9][^.!?]*$"
)
"""A bet earlier in the sentence: "on 7/2" after it is the odds, not the seventh of February."""
_SCORED = re.compile(r"(?i)\b(?:scor\w*|marks?|got|out\s+of|quiz|test|exam)\b[^.!?]*$")
"""A mark earlier in the sentence: "and on 8/10 the week after" is a score, not a date."""


_NUMERIC_DATE_SEEN = re.compile(
    r"(?<![\w/.,])(?P<a>[0-9]{1,2})/(?P<b>[0-9]{1,2})/(?:[0-9]{4}|[0-9]{2})(?![\w/]|[.,][0-9])"
)
_MONTH_DAY_SEEN = re.compile(
    rf"(?<![\w'’])(?:{_MONTH})\s+[0-9]{{1,2}}(?:st|nd|rd|th)?(?![\w:/]|[.,][0-9])"
)
_DAY_MONTH_SEEN = re.compile(
    rf"(?<![\w/.,:$£€-])(?!4th\s+of\s+July)[0-9]{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?"
    rf"(?:{_MONTH})(?![\w'’])"
)
"""Written dates, month first ("March 3, 2020") and day first ("3 March 2020"), counted
for `numeric_date_order`; America's "4th of July" is a holiday's name."""
_US_SPELLINGS = re.compile(
    r"(?i)\b(?:colou?r|favou?r|favou?rite|honou?r|neighbou?r|neighbou?rhood|behaviou?r|"
    r"labou?r|humou?r|flavou?r|cent(?:er|re)|theat(?:er|re)|travel+(?:ed|ing)|mom|mum)s?\b"
)
"""Words America and Britain spell apart, the last evidence of a book's date order."""
_UK_FORM = re.compile(r"our|re$|ll|^mum")


def numeric_date_order(texts: Iterable[str]) -> bool | None:
    """Whether a book whose tag names no country writes its numeric dates month first
    (True) or day first (False), by its own evidence; None when it has none or it is
    split. "03/11/2020" is ambiguous; "3/15/20" (a second number above 12) is not, nor
    "15/3/20". The unambiguous numeric dates decide; where there are none, the written
    ones ("March 3, 2020" against "3 March 2020"); where there are none of those either,
    the spellings ("color", "center" against "colour", "centre"). Each settles the order
    only when one side has three times the other's count (a British book may quote one
    American form), and spellings only from three."""
    numeric = [0, 0]
    written = [0, 0]
    spelled = [0, 0]
    for text in texts:
        if "/" in text:
            for m in _NUMERIC_DATE_SEEN.finditer(text):
                a, b = int(m["a"]), int(m["b"])
                if a and b and (a > 12) != (b > 12) and max(a, b) <= 31:
                    numeric[a > 12] += 1
        if any(name in text for name in _MONTH_NUMBER):
            written[0] += len(_MONTH_DAY_SEEN.findall(text))
            written[1] += len(_DAY_MONTH_SEEN.findall(text))
        for m in _US_SPELLINGS.finditer(text):
            spelled[bool(_UK_FORM.search(m.group().lower().rstrip("s")))] += 1
    for (first, second), least in ((numeric, 1), (written, 1), (spelled, 3)):
        if first or second:
            if first >= max(least, 3 * second):
                return True
            if second >= max(least, 3 * first):
                return False
            return None
    return None


def _day_month(m: Match, us: bool) -> str:
    day = int(m["day"])
    if not 1 <= day <= 31:
        return m.group()
    said = _date(day, _month(m["month"]), m["year"], us, day_first=True)
    return (m["the"] + said[3:] if m["the"] else said) + _clock_after(m)


def _month_day(m: Match, us: bool) -> str:
    day = int(m["day"])
    if not 1 <= day <= 31:
        return m.group()
    said = _date(day, _month(m["month"]), None, us, day_first=False)
    if not m["year"]:
        return said
    return f"{said}{m['sep']}{_short_year(m['year'], us)}{_clock_after(m)}"


_CLOCK_AFTER = re.compile(r"[ \t]+[0-9]{1,2}:[0-5][0-9](?![0-9])")


def _clock_after(m: Match) -> str:
    """" at" between a date's year and the time after it, as a mail's header sets them
    ("Sent: Thursday, April 2, 2020 2:15 PM"): "twenty twenty two fifteen" ran the year
    into the hour."""
    return " at" if m["year"] and _CLOCK_AFTER.match(m.string, m.end()) else ""


_AMPM = r"(?P<ap>[AaPp])\.?\s?[Mm]\.?(?!\w)"


def _time(m: Match, us: bool) -> str:
    return _clock(int(m["h"]), int(m["min"] or 0), m["sec"], m["ap"], us)


def _clock(hour: int, minute: int, sec: str | None, ap: str | None, us: bool) -> str:
    said = _cardinal(hour, us)
    if minute == 0 and not ap:
        said += " o'clock" if hour <= 12 else " hundred"
    elif 0 < minute < 10:
        said += f" oh {_cardinal(minute, us)}"
    elif minute:
        said += f" {_cardinal(minute, us)}"
    if sec:
        seconds = int(sec)
        said += f" and {_cardinal(seconds, us)} second{'' if seconds == 1 else 's'}"
    if ap:
        said += " a.m." if ap in "Aa" else " p.m."
    return said


_NOT_CLOCK = (
    r"per|percent|cent|points?|dollars|pounds|francs|marks|euros|cents|pence|shillings|"
    r"metres|meters|miles|feet|inches|kilos|kilograms|grams|tons|litres|liters|degrees|knots|"
    r"seconds|minutes|hours|times|kg|km|cm|mm|m|lb|lbs|ft|in\."
)
"""Words after "at 3.30" that make it a measure, not a clock time ("at 3.30 per cent")."""

_DOT_CLOCK = r"(?:2[0-3]|1[0-9]|0[0-9]|[1-9])\.[0-5][0-9](?![0-9])"
"""A clock time as British books print it: "3.30", "11.05", "14.30"."""
_PRICED = re.compile(
    r"(?i)\b(?:clos|trad|pric|valu|sold|sell|bought|buy|stood|peak|settl|fix|quot|rat)\w*\s+$"
)
"""Words before "at 14.30" that make it a price or a rate ("closed at 14.30"), not a time."""
_FIGURE_NOUN = re.compile(
    r"(?i)\b(?:shares?|stocks?|index|indices|prices?|rates?|markets?|FTSE|Dow|Nasdaq|Nikkei|"
    r"pound|sterling|dollar|euro|yen|bonds?|yields?|gold|oil|currenc\w*|futures|"
    r"exchange)\b[^.!?]*$"
)
"""A figure's noun earlier in the sentence ("Shares closed at 4.25"): only with one is a
price's verb a price's, for "The pub closes at 11.30" and "We settled at 8.15" are times."""
_TIMED = re.compile(r"(?i)\b(?:timed|clocked)\s+$")
"""A race's verb ("He was timed at 21.45"): what follows is seconds, not the time of day."""
_TIME_WORDS = re.compile(
    r"(?i)\b(?:train|bus|coach|ferry|flight|plane|boat|dinner|lunch|breakfast|supper|tea|"
    r"meeting|appointment|morning|evening|afternoon|night|tonight|clock|shift|curfew|alarm|"
    r"left|leaves?|leaving|arriv\w*|depart\w*|sail\w*|land\w*|met|meet|woke|wake|"
    r"start\w*|began|begins?|open\w*|ends?|ended|closes|closing|"
    r"attack\w*|barrage|bombard\w*|reliev\w*|relief|advanc\w*|orders|ordered|parade|"
    r"stand-to|patrol\w*|(?-i:march\w*|March(?:ed|ing))|shell\w*|raid\w*|zero\s+hour)\b"
)
"""Words near a time with an hour past 12 ("left at 14.30", "Dinner is at 19.30") that show
it is one: "at 13.30" with none of them may be a figure."""


_BY_THE_CLOCK = re.compile(
    r"(?:^|[.!?;:][\"'”’)]*\s+|(?<![\w'’])(?i:back|home|there|here|ready|done|finished|up|"
    r"in|out|bed|return\w*|arriv\w*))\s*$"
)
"""Before "by 7.45" that makes it a time: a sentence's opening, "back by", "home by"."""
_CLOCK_CLAUSE = re.compile(r"\s*(?:at\s+the\s+latest|latest|sharp|tonight|tomorrow)(?![\w'’-])")
"""After "by 7.45" that makes it a time: "by 11.20 at the latest" ("rose by 2.15 today" is
a figure)."""
_PRICE_AFTER = re.compile(
    r"\s+(?:an?\s+(?:head|person|ticket|pop|piece|go|seat|plate)\b|apiece\b|per\b"
    r"|each\s*(?:[.,;:!?)]|$))"
)
"""What follows a price, never a time: "at 15.00 a head", "at 2.50 each"."""


_CLOCK_FACE = re.compile(
    r"(?i)\b(?:clock|watch|wristwatch|alarm|dashboard clock|timer)\b[^.!?;]{0,50}$"
)
"""A clock or a watch just before "said 9.40", in the same sentence."""


def _clock_said(m: Match, us: bool) -> str:
    """"the clock above the stage, which said 9.40" → said nine forty: a clock's or a
    watch's reading; "the scale read 9.40" stays a decimal."""
    face = _CLOCK_FACE.search(m.string, 0, m.start())
    if not face or re.search(r"\b(?:he|she|they|I|we|you|who)\b", face.group()[5:], re.I):
        return m.group()  # "By the clock, he said 3.25 was fair": a person's words
    hour, minute = m["t"].split(".")
    return m["cue"] + _clock(int(hour), int(minute), None, None, us)


def _dot_times(m: Match, us: bool) -> str:
    """At 3.30 → at three thirty; from 9.15 to 10.45 → from nine fifteen to ten forty-five.

    Only after "at", "by", "until", "till" or "from", an hour from 0 to 23 and two digits
    of minutes, not before a unit or "per cent" nor after a price's verb ("closed at
    14.30"): elsewhere "3.30" is a decimal."""

    def clock(text: str, ap: str | None) -> str:
        hour, minute = text.split(".")
        return _clock(int(hour), int(minute), None, ap, us)

    times = re.findall(_DOT_CLOCK, m.group())
    minutes = [60 * int(t.split(".")[0]) + int(t.split(".")[1]) for t in times]
    cue = m["cue"].strip().lower()
    if not m["ap"] and _TIMED.search(m.string, 0, m.start()):
        return m.group()
    if not m["ap"] and len(times) == 1 and _PRICE_AFTER.match(m.string, m.end()):
        return m.group()  # "Entry was at 15.00 a head": a price
    if cue == "by" and not m["ap"] and _CHANGED_BY.search(m.string, 0, m.start()):
        return m.group()  # "Shares rose by 2.15": a figure's change
    if not m["ap"] and _FIGURE_NOUN.search(m.string, 0, m.start()) and (
        _PRICED.search(m.string, 0, m.start()) or int(times[0].split(".")[0]) > 12
    ):  # "Shares closed at 4.25", "The index opened the morning at 15.25"
        return m.group()
    near = m.string[max(0, m.start() - 60) : m.end() + 40]
    if (not m["ap"] and int(times[0].split(".")[0]) > 12 and not _TIME_WORDS.search(near)
            and not times[0].endswith(".00")):  # fmt: skip
        return m.group()  # "at 13.30" alone may be a figure; "left at 14.30", "at 14.00" times
    if not m["ap"] and (
        (cue == "from" and (len(times) < 2 or minutes[1] <= minutes[0]))
        or (cue == "by" and not _BY_THE_CLOCK.search(m.string, 0, m.start())
            and not _CLOCK_CLAUSE.match(m.string, m.end()))
    ):  # "fell from 4.25 to 3.10", "multiply by 3.14": figures; "by 10.05 p.m." a time
        return m.group()
    said = clock(times[0], None if len(times) > 1 else m["ap"])
    if len(times) > 1:
        said += " to " if m["join"].strip() in ("–", "-") else m["join"]
        said += clock(times[1], m["ap"])
    return m["cue"] + said


def _named_time(m: Match, us: bool) -> str:
    """The 2.15 train, the 7.40 from Leeds, caught the 7.40 → two fifteen, seven forty: a
    service named by the time it leaves."""
    hour, minute = m["t"].split(".")
    return m["cue"] + _clock(int(hour), int(minute), None, None, us)


_SERVICE = (
    r"(?:train|bus|coach|ferry|flight|boat|plane|express|service|sailing|departure|arrival|"
    r"shuttle|tram|steamer|mail)(?!\w)|(?:from|to)\s+[A-Z]"
)
"""What a time before it names ("the 2.15 train", "the 8.05 from Leeds")."""


_TIME_CUES = frozenset({"at", "by", "until", "till", "from", "to", "before", "after", "since"})
_AFTER_CLOCK = re.compile(
    r"\s*(?:$|[.,;:!?)\"”’—–-]|\s+(?:[A-Z]|(?:I|we|he|she|they|you|it|the|a|and|on|"
    r"tonight|today|precisely|sharp|exactly|local|hours|hrs)(?![\w'’-])|"
    r"(?:to|till|until)\s+[0-2][0-9][0-5][0-9](?![\w,]|\.[0-9])))"
)
"""What follows a late twenty-four-hour time ("at 2200 we turned in"), not a count ("at
2200 feet", "by 2200 votes")."""
_ITS = re.compile(r"(?<![\w'’])(?i:it's|it’s|it\s+is|it\s+was)\s+$")
_COUNT_AFTER = re.compile(
    r"\s+(?:[A-Z][a-z]+(?:ans|ers|ons|ats|ics|ists|ites|ese)\b"
    r"|an?\s+(?:month|week|year|day|head|piece|person|share|ton|unit|time)\b)"
)
"""What follows a count, never a time: a people's plural ("by 2150 Americans", "by 2200
Londoners") or a rate ("rose to 2150 a month")."""
_CHANGED_BY = re.compile(
    r"(?i:\b(?:rose|risen|rises|fell|fallen|falls|grew|grown|grows|climbed|dropped|increased"
    r"|decreased|reduced|cut|raised|jumped|soared|slumped|doubled|signed|backed|supported"
    r"|attended|visited|seen|read|watched|joined|followed|bought|owned|viewed)"
    r"\s+(?:from\s+[0-9]{4}\s+(?:to|and)|by|to|from)\s+$)"
)
"""A figure's change or a passive's doer before "by" or "to" ("fell by 2150", "signed by
2150 people"): a count, never a time."""
_COUNTED_BEFORE = re.compile(
    r"(?i:\b(?:tally|total|cost|costs|price|count|score|sum|amount|figure|population"
    r"|attendance|turnout|votes|budget|bill|balance|crowd|salary|income|fine|fee|sales"
    r"|height|elevation|altitude|distance|weight)\b)[^.!?]*:\s*$"
)
"""A label that counts before its colon ("The final tally: 2150."), never a log's time."""


_TELEGRAM_HEAD = re.compile(
    r"^(?P<y>1[89][0-9]{2}|20[0-9]{2})\s+(?P<mon>JAN|FEB|MAR|APR|MAY|JUNE?|JULY?|AUG|SEPT?|OCT|NOV|"
    r"DEC)\.?\s+(?P<d>[0-9]{1,2})(?:\s+(?P<ap>AM|PM)\s+(?P<h>1[0-2]|0?[0-9])\s+"
    r"(?P<min>[0-5][0-9]))?(?=\s*$|\s+[A-Z])"
)
"""A telegram's header line, year first: "1917 NOV 3 AM 9 47"."""


def _telegram_head(m: Match, us: bool) -> str:
    """1917 NOV 3 AM 9 47 → nineteen seventeen, November third, nine forty-seven a.m."""
    month = next(i for i, name in enumerate(_MONTHS, 1) if name.upper().startswith(m["mon"][:3]))
    said = f"{_year(int(m['y']), us)}, {_date(int(m['d']), month, None, us, day_first=False)}"
    if m["ap"]:
        said += ", " + _clock(int(m["h"]), int(m["min"]), None, m["ap"][0], us)
    return said


_DIARY_DATE = re.compile(
    r"^(?P<pre>(?:Day\s+(?:[0-9]{1,3}|[A-Z][a-z]+(?:-[A-Z][a-z]+)?)\s*(?:[—–-]|[.,:])\s*)?)"
    r"(?P<a>[0-9]{1,2})/(?P<b>[0-9]{1,2})\.?$"
)
"""A diary's heading that is only its day and month: "14/2", "Day 3 — 14/4"."""


def _diary_date(m: Match, us: bool, month_first: bool | None = None) -> str:
    """14/2 → the fourteenth of February; "Day 3 — 14/4" too. Alone, "3/4" may be a fraction:
    only a number above 12 where the language puts the day (British "14/2", American
    "2/14"), or the "Day 3 —" before it, makes it a date: a British "12/15" is a mark."""
    a, b = int(m["a"]), int(m["b"])
    mf = _first_month(us, month_first)
    if not (m["pre"] or (b > 12 if mf else a > 12)) or not (a and b):
        return m.group()
    month_first = b > 12 or (mf and a <= 12)
    month, day = (a, b) if month_first else (b, a)
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return m.group()
    said = _date(day, month, None, us, day_first=not month_first)
    return m["pre"] + (said[0].upper() + said[1:] if m["pre"].rstrip().endswith(".") else said)


_SERVICE_RANKS = (
    "Pvt", "Pte", "Private", "Cpl", "Corporal", "L/Cpl", "Sgt", "Sergeant", "Serjeant", "Gnr",
    "Gunner", "Spr", "Sapper", "Rfn", "Rifleman", "Tpr", "Trooper", "Seaman", "Airman",
    "Aircraftman", "Marine",
)  # fmt: skip
_SERVICE_CUE = re.compile(
    rf"(?:(?<![\w/])(?:{'|'.join(f for r in _SERVICE_RANKS for f in (r, r.upper()))})\.?"
    r"\s+(?:[A-Z](?:[^.!?\n]|(?<=\b[A-Z])\.){0,60})?"
    r"|(?i:serial|service|army|regimental|dog\s+tag)\s+(?:number|no\.?)\s*|ASN\s*)$"
)
"""A soldier's rank, capitalised, before his name or the number ("Pvt. Walter J.
Kaminski, 36512847", "Pte 3651284"), or "serial number" before a long number: his army
number. Not the adjectives ("A private buyer paid 1250000", "Marine biologists counted
2400000 fish")."""


_IN_A_SOLDIERS_NAME = frozenset(
    {"de", "van", "von", "der", "du", "la", "le", "da", "di", "del", "serial", "service",
     "number", "no", "army", "regimental", "dog", "tag"}
)  # fmt: skip
"""Lower-case words between a rank and its army number ("Sgt. John de Vere, serial number
3651284"); any other ("Sergeant Diaz said the warehouse held 2500000") makes it a count."""


def _serial_number(m: Match, us: bool) -> str:
    cue = _SERVICE_CUE.search(m.string, 0, m.start())
    if not cue:
        return m.group()
    words = set(re.findall(r"\b[a-z]{2,}\b", cue.group())) - _IN_A_SOLDIERS_NAME
    if cue.group()[:1].isupper() and words:
        return m.group()  # "Sergeant Diaz said the warehouse held 2500000 dollars": a count
    return _digits(m["n"])


def _number_repeated(m: Match, us: bool) -> str:
    """A figure in brackets after the same number in words, as contracts and legal-minded
    writers print it ("one (1) very bad scene", "thirty (30) days"): said once. Any other
    bracketed figure ("Section (1)", "two (3)") is left to the other rules."""
    said = re.sub(r"[-\s]+|\band\b", " ", _cardinal(int(m["n"]), us)).split()
    words = re.findall(r"[A-Za-z]+", m.string[max(0, m.start() - 80) : m.start()])
    before = [w.lower() for w in words if w.lower() != "and"][-len(said) :]
    return "" if before == said else m.group()


def _military(m: Match, us: bool) -> str:
    """0600 hours → oh six hundred hours, 1430 hrs → fourteen thirty hours, at 0300 → at oh
    three hundred: a twenty-four-hour time written without a colon. Only with "hours" or
    "hrs" after a time's cue or at a sentence's start, or with its leading nought after a
    cue; otherwise "1430" may be a year and "2000 hours" a length of time. "About",
    "around" or "to" before hours give a length ("lasts about 2000 hours"), but "to 1700"
    after "from 0900" is the span's end."""
    t, cue = m["t"], m["cue"]
    opens = re.search(r"(?:^|[.!?:][\"'”’)]*\s+)$", m.string[: m.start()]) is not None
    word = (cue or "").strip().lower()
    span = word in ("to", "and", "till", "until") and re.search(
        r"(?<![\w.,])0[0-9][0-5][0-9]\s*(?:hours|hrs)?\s+$", m.string[: m.start()]
    )
    if not span and m["hrs"] and word in ("about", "around", "to", "and", "between"):
        return m.group()  # "a bulb lasts about 2000 hours", "up to 1500 hours": a length
    after = m.string[m.end() :]
    stamp = opens and (t[0] == "0" or t[:2] > "20") and re.match(r"\.?\s*$|\.\s", after)
    if stamp and t[0] != "0" and _COUNTED_BEFORE.search(m.string, 0, m.start()):
        stamp = False  # "The final tally: 2150.", "Total cost of the roof: 2200.": a count
    late = (  # "At 2200 I slept", "by 2130.": past twenty-one hundred it is never a year
        t[:2] > "20"
        and word in _TIME_CUES
        and _AFTER_CLOCK.match(after)
        and not _COUNT_AFTER.match(after)
        and not _CHANGED_BY.search(m.string, 0, m.start("t"))
    )
    late = late or (t[0] == "0" and _ITS.search(m.string, 0, m.start()))  # "It's 0600 here"
    if not span and not (
        (m["hrs"] and (cue or opens)) or (t[0] == "0" and (cue or m["hrs"])) or stamp or late
    ):
        return m.group()  # but "from 0900 to 1700" reads the span's second time
    if m["hrs"] and re.match(
        r"\s+(?:of|in|on|a|per|each|later|earlier|ago|long)\b", m.string[m.end() :]
    ):
        return m.group()  # "after 1750 hours of practice", "1500 hours later": a length
    head = f"oh {_DIGITS[int(t[1])]}" if t[0] == "0" else _cardinal(int(t[:2]), us)
    minute = int(t[2:])
    tail = "hundred" if not minute else f"oh {_DIGITS[minute]}" if minute < 10 else (
        _cardinal(minute, us)
    )
    return f"{cue or ''}{head} {tail}{' hours' if m['hrs'] else ''}"


_MONEY = {  # symbol: (one, many, one hundredth, many hundredths)
    "$": ("dollar", "dollars", "cent", "cents"),
    "£": ("pound", "pounds", "penny", "pence"),
    "€": ("euro", "euros", "cent", "cents"),
    "¥": ("yen", "yen", "", ""),
    "₹": ("rupee", "rupees", "paisa", "paise"),
}
_SCALES = {"k": "thousand", "m": "million", "bn": "billion", "b": "billion", "tn": "trillion",
           "t": "trillion"}  # fmt: skip
"""A sum's scale written short after it: "$400M", "$2.5B", "$1.2T", "£3bn"."""
_DOLLARS = {"US": "US", "A": "Australian", "C": "Canadian", "NZ": "New Zealand",
            "HK": "Hong Kong"}  # fmt: skip
"""Whose dollars a prefix names ("US$122", "A$40", "NZ$200")."""


_CURRENCY_CODES = {"EUR": "€", "GBP": "£", "USD": "US$", "JPY": "¥", "INR": "₹", "CAD": "C$",
                   "AUD": "A$", "NZD": "NZ$", "HKD": "HK$"}  # fmt: skip
"""An ISO currency code, as a manuscript typed without the sign's key writes it ("EUR 1.50"),
and the sign the money rules read it by."""
_CODES = "|".join(_CURRENCY_CODES)


def _swiss_francs(m: Match, us: bool) -> str:
    """CHF 4.50 → four Swiss francs and fifty centimes; CHF 3 → three Swiss francs."""
    whole, _, frac = (m["num"] or m["num2"]).replace(",", "").partition(".")
    said = f"{_cardinal(int(whole), us)} Swiss franc{'' if whole == '1' else 's'}"
    if len(frac) == 2 and int(frac):
        said += f" and {_cardinal(int(frac), us)} centime{'' if frac == '01' else 's'}"
    elif frac and int(frac):
        said = f"{_number(m['num'] or m['num2'], us)} Swiss francs"
    return said


def _money(m: Match, us: bool) -> str:
    one, many, cent, cents = _MONEY["₹" if m["sym"].startswith("Rs") else m["sym"]]
    if country := _DOLLARS.get(m.groupdict().get("cc") or ""):  # US$122: US dollars
        one, many = f"{country} {one}", f"{country} {many}"
    amount = m["num"]
    scale = (m["scale"] or "").lower() or _SCALES.get((m["abbr"] or "").lower())
    if scale:
        if "." not in amount and _money_describes_a_noun(m):  # a ten-million-dollar deal
            return f"{_number(amount, us)}-{scale}-{one}"
        if amount.startswith("."):  # "$.5B": point five billion dollars
            return f"point {_digits(amount[1:])} {scale} {many}"
        return f"{_number(amount, us)} {scale} {many}"
    whole, _, frac = amount.replace(",", "").partition(".")
    if m.groupdict().get("vf"):  # Walden's "$14.72½": the half is a half-cent
        return _money_and_a_fraction(m, whole, frac, us)
    if frac and (len(frac) != 2 or not cent):
        return f"{_number(amount, us)} {many}"
    n, sub = int(whole), int(frac or 0)
    if not sub and _money_describes_a_noun(m):
        said = _cardinal(n, us)
        if _ONE_BEFORE.search(m.string, 0, m.start()):
            said = re.sub(r"^one (?=hundred|thousand)", "", said)  # a hundred-dollar bill
        return f"{said}-{one}"  # "a $10 tip": a ten-dollar tip; "two £5 notes"
    main = f"{_cardinal(n, us)} {one if n == 1 else many}"
    if not sub:
        return main
    small = f"{_cardinal(sub, us)} {cent if sub == 1 else cents}"
    return small if n == 0 else f"{main} and {small}"


def _money_and_a_fraction(m: Match, whole: str, frac: str, us: bool) -> str:
    """A sum whose last figure has a fraction glyph after it, as old accounts print it:
    "$14.72½" fourteen dollars and seventy-two and a half cents, "$0.22½" twenty-two and a
    half cents, "$5½" five and a half dollars. Any other shape is left as written."""
    one, many, cent, cents = _MONEY["₹" if m["sym"].startswith("Rs") else m["sym"]]
    if country := _DOLLARS.get(m.groupdict().get("cc") or ""):
        one, many = f"{country} {one}", f"{country} {many}"
    num, den = _VULGAR[m["vf"]]
    if not frac:
        return f"{_with_whole(whole, num, den, us)} {many}"
    if len(frac) != 2 or not cent or not int(frac):
        return m.group()
    small = f"{_with_whole(str(int(frac)), num, den, us)} {cents}"
    n = int(whole)
    return small if n == 0 else f"{_cardinal(n, us)} {one if n == 1 else many} and {small}"


def _money_describes_a_noun(m: Match) -> bool:
    """Is the whole amount in `m` a noun's modifier: after an article, a possessive or a
    count, before a noun ("a $10 tip", "two £5 notes")? Not before what the money did
    ("the $10 he owed", "the $20 spent on lunch")."""
    noun = _MODIFIED_NOUN.match(m.string, m.end())
    if noun is None and (named := _NAMED_NOUN.match(m.string, m.end())):
        # "its $120M Series C", "a $50 Amazon voucher": a name's word is the noun's
        noun = None if named["word"].lower() in _NOT_NAMED_NOUNS else named
    if noun is not None and noun["word"] in _MONEY_PIECES:
        return True  # "eats $5 bills", "a stack of £20 notes": a bill is always named so
    if not _MONEY_BEFORE.search(m.string, 0, m.start()):
        return False
    return noun is not None and not (
        noun["word"] in _NOT_MODIFIED or noun["word"] in _NOT_MONEY_NOUNS
        or noun["word"] in _VERBS_AND_ADVERBS or noun["word"].endswith("ed")
    )


_NAMED_NOUN = re.compile(r"\s+(?P<word>[A-Z][a-z]+)(?=\s+[A-Z][a-z]*(?![\w'’-]))")
"""A name of two capitalised words (or a word and a series' letter) after a sum: what
the sum describes ("its $120M Series C", "a $50 Amazon Gift Card"); one capitalised word
may be who does something with it ("the $5 Tom owes you"), so it is not one."""
_NOT_NAMED_NOUNS = frozenset(
    {"i", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
     "january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december", "mr", "mrs", "ms", "dr", "he", "she", "we", "they",
     "you", "it"}
)  # fmt: skip
"""Capitalised words after a sum that are no noun's name: "the $40 Monday", "the $20 He"."""

_MONEY_PIECES = frozenset({"bill", "bills", "note", "notes", "coin", "coins", "banknote",
                           "banknotes", "chip", "chips", "bills'", "notes'"})  # fmt: skip
"""What a sum names the kind of before it, with or without an article ("$5 bills")."""
_MONEY_BEFORE = re.compile(
    r"(?<!\w)(?i:a|an|the|this|that|his|her|its|my|your|their|our|two|three|four|five|six|seven|"
    r"eight|nine|ten|twelve|twenty|few|several|[0-9]+)\s+$"
    r"|(?<!\w)(?i:an?|the|this|that|his|her|its|my|your|their|our)\s+(?!(?:over|under|after|later)\s)[a-z]+(?:ed|al|ly|ble|ic|"
    r"ive|ous|ful|ing|ant|ent|ar|ary|ual|ra|er|est|ial|ew)\s+$"
)
"""Before a sum that names a kind: an article, a possessive or a count, or an article and
its adjective by its ending ("an unexpected $400 expense", "a usual $20 lunch"); never "the
over $400" (a comparison)."""
_NOT_MONEY_NOUNS = frozenset(
    {"spent", "left", "lost", "won", "paid", "given", "taken", "sent", "made", "back", "each",
     "apiece", "extra", "worth", "down", "an", "a", "the", "cash", "bucks", "per", "if", "or",
     "due", "owing", "owed", "outstanding", "overdue", "remaining", "borrowed", "lent"}
)  # fmt: skip


def _small_money(m: Match, us: bool) -> str:
    """20€ → twenty euros, 50¢ → fifty cents, 50p → fifty pence."""
    if m["pence"]:
        if "." in m["pence"]:  # 4.65p per kWh: four point six five pence
            return f"{_number(m['pence'], us)} pence"
        n = int(m["pence"])
        return f"{_cardinal(n, us)} {'penny' if n == 1 else 'pence'}"
    if m["sym"].strip() == "€":
        return f"{_number(m['num'], us)} {'euro' if m['num'] == '1' else 'euros'}"
    n = int(m["num"].replace(",", "").split(".")[0])
    return f"{_cardinal(n, us)} {'cent' if n == 1 else 'cents'}"


def _degrees(m: Match, us: bool) -> str:
    unit = "degree" if m["num"] == "1" else "degrees"
    scale = {"C": " Celsius", "F": " Fahrenheit"}.get(m["scale"] or "", "")
    if not scale and _describes_a_noun(m):
        return f"{_number(m['num'], us)}-degree"  # "a 90° angle": a ninety-degree angle
    return f"{_number(m['num'], us)} {unit}{scale}{_unit_stop(m)}"


def _describes_a_noun(m: Match) -> bool:
    """Is the measure in `m` between an article and a noun ("a 90° angle", "a 100m race")?"""
    if not _MODIFIER_BEFORE.search(m.string, 0, m.start()):
        return False
    noun = _MODIFIED_NOUN.match(m.string, m.end())
    word = noun["word"] if noun else "to"
    return word not in _NOT_MODIFIED and word not in _VERBS_AND_ADVERBS


_MODIFIER_BEFORE = re.compile(r"(?<!\w)(?i:a|an|the|this|that|each|every)\s+$")
_MODIFIED_NOUN = re.compile(r"\s+(?P<word>[a-z]+|[A-Z]-[a-z]+)(?![\w'’-])")  # or "S-bend"
_NOT_MODIFIED = frozenset(
    {"to", "of", "in", "on", "at", "from", "with", "by", "and", "or", "than", "below",
     "above", "off", "more", "less", "is", "was", "are", "were", "that", "which", "who",
     "will", "would", "could", "had", "have", "for", "into", "over", "under", "per", "as",
     "but", "so", "it", "not", "then", "too", "up", "away", "ago", "later", "we", "he",
     "she", "they", "you", "i", "has", "did", "can", "may", "must", "should", "be"}
)  # fmt: skip
"""A measure between an article and a noun describes it, as one word: "a 90° angle" is "a
ninety-degree angle", "the 45° slope" "the forty-five-degree slope", "a 100m race" "a
hundred-metre race"; before a word that is no noun it stays plural ("the 90° of the
quadrant", "the 2 GB that remained")."""
_VERBS_AND_ADVERBS = frozenset(
    {"took", "takes", "felt", "feels", "weighs", "weighed", "goes", "went", "bought", "buys",
     "cost", "costs", "came", "comes", "got", "gets", "made", "makes", "kept", "keeps", "ran",
     "runs", "sat", "lay", "lasted", "lasts", "meant", "means", "seemed", "seems", "looked",
     "looks", "stays", "helps", "now", "today", "tonight", "tomorrow", "yesterday", "home",
     "back", "again", "here", "there", "still", "just", "only", "alone", "soon", "once",
     "instead", "anyway", "though", "first", "last", "already", "ever", "never", "always"}
)  # fmt: skip
"""Verbs and adverbs that follow an amount which is the sentence's subject or object
("That $5 bought bread", "the $50 tomorrow", "The 12 km took us", "the 40° today"): it
stays a plural amount, not a modifier ("a five-dollar tip")."""

_AXES = {"lat": "latitude", "long": "longitude"}
_SIDES = {"N": "north", "S": "south", "E": "east", "W": "west"}


def _coordinate(m: Match, us: bool) -> str:
    """51° 30′ N → fifty-one degrees thirty minutes north; lat. 42° 15' S. → latitude
    forty-two degrees fifteen minutes south; 45 deg. 54’ → forty-five degrees fifty-four
    minutes. A bare "20°" is a temperature or an angle, left to `_degrees`."""
    if not (m["axis"] or m["min"] or m["hemi"] or m["deg_dot"]):
        return m.group()
    said = []
    if m["axis"]:
        axis = _AXES[m["axis"].lower()]
        said.append(axis.capitalize() if m["axis"][0].isupper() else axis)
    for value, unit in ((m["deg"], "degree"), (m["min"], "minute"), (m["sec"], "second")):
        if value is not None:  # "00′", "07′": a position's minutes keep two digits
            value = value if "." in value else str(int(value))
            said.append(f"{_number(value, us)} {unit}{'' if value == '1' else 's'}")
    if m["hemi"]:
        said.append(_SIDES[m["hemi"]])
    if m["tail"]:
        said.append(_AXES[m["tail"].lower()])
    last_dot = m["tail_dot"] or m["hemi_dot"] or (
        m["deg_dot"] if not (m["min"] or m["hemi"]) else None
    )  # a dot said as the sentence's stop only where it ends the sentence
    ends = re.match(  # "S. Long. 70° W.": the next position, not the next sentence
        r"[\"'”’)\]]*(?:\s*$|\s+(?!(?:Lat|Long|LAT|LONG)\.\s?[0-9])[A-Z\"“‘])",
        m.string[m.end() :],
    )
    return " ".join(said) + ("." if last_dot and ends else "")


_VULGAR = {"½": (1, 2), "⅓": (1, 3), "⅔": (2, 3), "¼": (1, 4), "¾": (3, 4), "⅛": (1, 8),
           "⅜": (3, 8), "⅝": (5, 8), "⅞": (7, 8)}  # fmt: skip


def _fraction_words(num: int, den: int, us: bool) -> str:
    one = {2: "half", 4: "quarter"}.get(den) or _ordinal(den, us)
    many = "halves" if den == 2 else one + "s"
    return f"{_cardinal(num, us)} {one if num == 1 else many}"


def _with_whole(whole: str | None, num: int, den: int, us: bool) -> str:
    part = _fraction_words(num, den, us)
    if not whole:
        return part
    if num == 1:
        part = "a " + part.split(" ", 1)[1]
    return f"{_cardinal(int(whole), us)} and {part}"


_HALF_PLAIN = frozenset(
    {"as", "that", "the", "of", "his", "her", "its", "their", "my", "your", "our", "this",
     "these", "those", "again", "a", "an"}
)  # fmt: skip
_HALF_NOT_NOUN = frozenset(
    {"and", "or", "to", "in", "on", "at", "by", "for", "with", "from", "than", "is", "was",
     "are", "were", "be", "been", "full", "empty", "done", "way", "time", "price", "size"}
)  # fmt: skip


def _half(m: Match) -> str | None:
    """"½ apple" → half an apple, "juice of ½ lime" → half a lime, "about ½ as much" → about
    half as much: a lone half before a thing or a comparison, as a cook or a writer says it,
    never "one half apple"; None where a word after it is no noun ("½ full", "½ and ½")."""
    nxt = re.match(r"\s+(?P<w>[a-z]+)(?![\w'’-])", m.string[m.end() :])
    if not nxt:
        return None
    word = nxt["w"]
    if word in _HALF_PLAIN:
        return "half"
    if word in _HALF_NOT_NOUN or word in _WORD_UNITS or word.endswith(("ed", "ly", "ing")):
        return None
    return "half an" if word[0] in "aeiou" else "half a"


def _vulgar(m: Match, us: bool) -> str:
    """½ → one half, 2¾ → two and three quarters; "E = ½mv²", a formula's factors glued
    to the fraction, "one half m v squared", never "one halfmv"."""
    num, den = _VULGAR[m["frac"]]
    said = _with_whole(m["whole"], num, den, us)
    if m["glued"] and re.search(r"=\s*$", m.string[: m.start()]):
        return f"{said} {' '.join(m['glued'])}"
    if not (m["whole"] or m["glued"]) and m["frac"] == "½" and (half := _half(m)):
        return half
    return said + (m["glued"] or "")


_NUMBERED = re.compile(
    r"\b(?:(?:No|Nos|no|nos)\.|Number|pp?\.|[Pp]ages?|[Rr]oom|[Ff]lat|[Pp]latform)\s$"
)
"""A numbering word just before a slashed pair: "No. 12/14" is the number's, not a fraction."""
_RATED = re.compile(r"(?i)\b(?:rated?|rates|rating|gave|give|gives|giving)\b[^.!?]{0,25}$")
_RATED_AS_IS = re.compile(r"(?i)\b(?:was|were|is|are|be)\s$")


def _rating(m: Match) -> bool:
    """Is "6/10" a mark out of ten (or five): after a rating's verb ("I rated the film
    4/5", "gave it 7/10") or said of someone at something ("who was 6/10 in every
    subject")? A share ("1/10 of the cost", "was 1/10.") stays a fraction."""
    after = m.string[m.end() :]
    if re.match(r"\s+(?:of|the|a|an|as|that|this)\b", after):
        return False
    before = m.string[: m.start()]
    return bool(_RATED.search(before)) or bool(
        _RATED_AS_IS.search(before) and re.match(r"\s+(?:in|at|for|on)\b", after)
    )


def _fraction(m: Match, us: bool) -> str:
    num, den = int(m["n"]), int(m["d"])
    if m.group() == "24/7":
        return "twenty-four seven"
    if m.group() == "9/11" and not re.match(r"\s+of\b", m.string[m.end() :]):
        return "nine eleven"  # the day, by the name it is known by
    before = m.string[: m.start()]
    if num > den and not m["whole"] and (_STAKE.search(before) or _odds(m, num, den)):
        return f"{_cardinal(num, us)} to {_cardinal(den, us)}"  # 'odds as "5/1"': five to one
    if not m["whole"] and _NUMBERED.search(before):
        return m.group()  # "No. 12/14", "page 12/13": a number's, left to `_slashed_pair`
    if not m["whole"] and num <= den and den in (5, 10) and _rating(m):
        return f"{_cardinal(num, us)} out of {_cardinal(den, us)}"  # "rated it 4/5"
    if 0 < num < den <= 99 and den > 16 and not m["whole"] and re.search(
        r"[=≈<>]\s*$|^\s*[=≈<>]", before[-3:] + "\n" + m.string[m.end() : m.end() + 3]
    ):
        return _fraction_words(num, den, us)  # "(1/6)² = 1/36": one thirty-sixth
    if not 0 < num < den <= 16:
        return m.group()
    if (num, den) == (1, 2) and not m["whole"] and (half := _half(m)):
        return half  # "about 1/2 that of Switzerland"
    return _with_whole(m["whole"], num, den, us)


_WORD_UNITS = {
    "cup": "cup", "cups": "cup", "teaspoon": "teaspoon", "teaspoons": "teaspoon",
    "tablespoon": "tablespoon", "tablespoons": "tablespoon", "pint": "pint", "pints": "pint",
    "quart": "quart", "quarts": "quart", "gallon": "gallon", "gallons": "gallon",
    "pound": "pound", "pounds": "pound", "ounce": "ounce", "ounces": "ounce",
    "stick": "stick", "sticks": "stick", "can": "can", "dozen": "dozen", "mile": "mile",
    "miles": "mile", "inch": "inch", "inches": "inch", "yard": "yard", "acre": "acre",
    "hour": "hour", "hours": "hour", "day": "day", "week": "week", "month": "month",
    "year": "year",
}  # fmt: skip
"""Words a written fraction measures out ("1/2 cup", "3/4 mile"), by their singular."""
_KITCHEN = frozenset(
    {"cup", "teaspoon", "tablespoon", "pint", "quart", "gallon", "pound", "ounce", "stick",
     "can", "gram", "kilogram", "millilitre", "milliliter", "litre", "liter"}
)  # fmt: skip
"""Measures of an ingredient, said "of" before it: "half a cup of milk"."""
_FRACTION_UNIT = (  # "--" is a dash ("Ingredients.--1/2 lb."), one "-" joins a whole
    r"(?<![\w/.,]|(?<!-)-)(?:(?P<whole>[0-9]+)[\s-])?(?P<n>[0-9]{1,2})/(?P<d>[0-9]{1,2})"
    rf"(?P<hy>-|\s?)(?P<unit>{UNIT_PATTERN}|(?<=[0-9])in(?=\.|(?!\w))|(?<=-)in(?=\.)|(?<=\s)doz(?=\.)|"
    + "|".join(sorted(_WORD_UNITS, key=len, reverse=True))
    + r")(?!\w|/)(?P<dot>\.(?!\w))?"
)


_TINNED = (
    r"\s+(?:tomatoes|beans|chickpeas|coconut|tuna|corn|sweetcorn|soup|milk|pumpkin|sardines|"
    r"peaches|pineapple|salmon|cream|evaporated|condensed|chopped|diced|crushed|whole|black|"
    r"kidney|cannellini|lentils|stock|broth|beer|cola)"
)
"""What a recipe's "1/2 can" holds, for "1/2 can tomatoes" (not "1/2 can swim")."""


def _fraction_unit(m: Match, us: bool) -> str:
    """1/2 tsp → half a teaspoon, 3/4 lb. sugar → three quarters of a pound of sugar, 1 1/2
    cups → one and a half cups, a 1/2-inch bolt → a half-inch bolt: a recipe's or a
    measure's fraction as a cook says it, never "one or two teaspoons". "4/5 year olds" is
    an age span (four to five), and "can" is a tin only before "of" or a tin's food ("1/2
    can swim" is half of a class)."""
    num, den = int(m["n"]), int(m["d"])
    after = m.string[m.end() :]
    if m["unit"] == "year" and not m["whole"] and re.match(r"[\s-]olds?\b", after):
        return f"{_cardinal(num, us)} to {_cardinal(den, us)} {m['unit']}"
    if m["unit"] == "can" and not re.match(rf"\s*(?:$|[,;.(]|[0-9]|(?:of|{_TINNED})\b)", after):
        return m.group()
    if not 0 < num < den <= 16:
        return m.group()
    word = _WORD_UNITS.get(m["unit"]) or unit_words(m["unit"], True, us)
    if m["hy"] == "-":  # "1/2-inch": one word before its noun
        one = {2: "half", 4: "quarter"}.get(den) or _ordinal(den, us)
        said = one if num == 1 else f"{_cardinal(num, us)}-{one}"
        if m["whole"]:
            said = f"{_cardinal(int(m['whole']), us)}-and-a-{said}"
        return f"{said}-{word}"
    if m["whole"]:
        many = m["unit"] if m["unit"] in _WORD_UNITS else unit_words(m["unit"], False, us)
        return f"{_with_whole(m['whole'], num, den, us)} {many}{_unit_stop(m)}"
    article = "an" if word[0] in "aeiou" or word == "hour" else "a"
    if (num, den) == (1, 2):
        said = f"half {article} {word}"
    else:
        part = _fraction_words(num, den, us)
        said = f"{'a ' + part.split(' ', 1)[1] if num == 1 else part} of {article} {word}"
    noun = _MODIFIED_NOUN.match(m.string, m.end())
    if word in _KITCHEN and noun and not ({noun["word"]} & (_NOT_MODIFIED | _VERBS_AND_ADVERBS)):
        said += " of"  # "1/4 tsp salt": a quarter of a teaspoon of salt
    return said + _unit_stop(m)


_BET = re.compile(
    r"(?i)\b(?:bets?|betting|backed|backing|stakes?|staked|odds|wager\w*|punt\w*|bookies?"
    r"|bookmakers?)\b[^.!?]*$"
)
"""A bet earlier in the sentence, by a betting word (not a sum, which a price has too):
"stakes £2 at 5/1" is the odds, five to one."""


_ODDS_BEFORE = re.compile(
    r"(?i)\b(?:won|wins|favou?rite|odds-on|went\s+off|starting\s+price|SP)\b,?\s+(?:at\s+)?$"
)
_ODDS_AFTER = re.compile(r"\s+(?:to\s+(?:win|beat)|fav(?:ou?rite)?|shot|outsider)\b")


def _odds(m: Match, num: int, den: int) -> bool:
    """Is "9/2" a race's odds, "nine to two": more than evens, by a win or a favourite just
    before ("won at 9/2", "the favourite, at 2/1") or a win after ("now 5/1 to win", "a
    5/1 shot")? A price ("sold at 9/2") stays shillings and pence."""
    if num <= den:
        return False
    before = m.string[: m.start() + len(m.groupdict().get("cue") or "")]
    return bool(_ODDS_BEFORE.search(before) or _ODDS_AFTER.match(m.string, m.end()))


def _shillings(m: Match, us: bool) -> str:
    """Shillings and pence after a price word, as British books write them: "at 2/6"
    → "at two and six", "for 5/-" → "for five shillings". Only where it cannot be a
    fraction: pence written "-", as many shillings as pence or more ("7/6"), or sixpence
    not followed by "of" ("2/6 a dozen", but "1/6 of the cost")."""
    s, d = int(m["s"]), m["d"]
    if s > 19:
        return m.group()  # a pound is twenty shillings: "24/7" is no price
    if d == "-":
        return f"{m['cue']}{_cardinal(s, us)} shilling{'' if s == 1 else 's'}"
    of = re.match(r"\s+of\b", m.string[m.end() :])
    if s < int(d) and (d != "6" or of):
        return m.group()
    if int(d) and (_BET.search(m.string[: m.start()]) or _odds(m, s, int(d))):
        return f"{m['cue']}{_cardinal(s, us)} to {_cardinal(int(d), us)}"  # "stakes £2 at 5/1"
    return f"{m['cue']}{_cardinal(s, us)} and {_cardinal(int(d), us)}"


def _to(m: Match) -> str:
    """A span's joining word: "and" after "between" ("between 5-10" is "between five and
    ten"), else "to"."""
    return "and" if re.search(r"(?i)\bbetween\s+$", m.string[: m.start()]) else "to"


_CITED_SPAN = re.compile(r"(?:\bpp?\.\s?|\):\s?|\bpages?\s|\b[0-9]{4}[a-z]?,\s|\()$")
"""What stands before a page or year span written short in a citation: "pp. 32–7",
"(Benedictow 2004, 380–4", "Caracalla (211–17)"."""


def _range(m: Match, us: bool) -> str:
    a, b = m["a"], m["b"]
    if _is_year(a) and (_is_year(b) or len(b) == 2):
        return f"{_year(int(a), us)} {_to(m)} {_short_year(b, us)}"
    if _is_year(b) and len(a) == 4 and 1000 < int(a) < 1100 and int(a) % 100 \
            and not _CITED_SPAN.search(m.string, 0, m.start()):
        return f"{_year(int(a), us)} {_to(m)} {_year(int(b), us)}"  # "1066–1918": years
    full = a[: len(a) - len(b)] + b if a.isdigit() and b.isdigit() and len(b) < len(a) else ""
    if full and int(full) > int(a):  # the end written short: "1842–5", "1066–87", "380–4"
        if len(a) == 4 and len(b) <= 2 and (_is_year(a) or (1000 < int(a) < 1100 and int(a) % 100)):
            end = _year(int(full), us) if full[2] == "0" else _short_year(full[2:], us)
            return f"{_year(int(a), us)} {_to(m)} {end}"
        if len(a) in (2, 3) and _CITED_SPAN.search(m.string, 0, m.start()):
            return f"{_number(a, us)} {_to(m)} {_number(full, us)}"
    return f"{_number(a, us)} {_to(m)} {_number(b, us)}"


def _later_year(a: str, b: str) -> bool:
    """Is `b` ("1918", or "18" written short) a year after `a` within a lifetime? Then a dash
    between them is a span ("1914—1918"), not a pause between two numbers."""
    end = int(a[:2] + b) if len(b) == 2 else int(b)
    return int(a) < end <= int(a) + 120


def _decade_range(m: Match, us: bool) -> str:
    """the 1880s–90s → the eighteen eighties to nineties: a span of decades."""
    first = _plural(_year(int(m["a"]), us))
    last = _plural(_year(int(m["b"]), us) if len(m["b"]) == 4 else _cardinal(int(m["b"]), us))
    return f"{first} {_to(m)} {last}"


def _ordinal_range(m: Match, us: bool) -> str:
    """the 20th–21st → the twentieth to twenty-first; 1st–3rd Oct. → the first to the third
    of October: a span of days or places, with its month where one follows."""
    a, b = _ordinal(int(m["a"]), us), _ordinal(int(m["b"]), us)
    if not m["month"]:
        return f"{m['the'] + ' ' if m['the'] else ''}{a} {_to(m)} {b}"
    said = f"{m['the'] or 'the'} {a} {_to(m)} the {b} of {_MONTHS[_month(m['month']) - 1]}"
    if m["year"]:
        said += f" {_short_year(m['year'], us)}"
    return said


def _span_start(m: Match, us: bool) -> str:
    """The first date of a span between two months ("Apr. 30–May 2"), its dash said "to":
    "April thirtieth to"; the second date is read by the month-and-day rule."""
    day = int(m["day"])
    if not 1 <= day <= 31:
        return m.group()
    return f"{_date(day, _month(m['month']), None, us, day_first=False)} {_to(m)} "


def _day_range(m: Match, us: bool) -> str:
    """A span of days with its month: "12–14 March 1998" is "the twelfth to the fourteenth
    of March nineteen ninety-eight", "December 9-10, 1941" "December ninth to tenth,
    nineteen forty-one". Read as two dates, they were "twelve-the fourteenth of March" and
    "December ninth-ten"."""
    if m["month2"]:
        a, b, month, year = int(m["a2"]), int(m["b2"]), m["month2"], m["year2"]
    else:
        a, b, month, year = int(m["a"]), int(m["b"]), m["month"], m["year"]
    if not (1 <= a < b <= 31):
        return m.group()
    name = _MONTHS[_month(month) - 1]
    if m["month2"]:
        said = f"{name} {_ordinal(a, us)} {_to(m)} {_ordinal(b, us)}"
        return f"{said}{m['sep']}{_short_year(year, us)}" if year else said
    said = f"{m['the'] or 'the'} {_ordinal(a, us)} {_to(m)} the {_ordinal(b, us)} of {name}"
    return f"{said} {_short_year(year, us)}" if year else said


def _between_days(m: Match, us: bool) -> str:
    """ "Between December 9 and 10" is "between December ninth and tenth": read as a date
    and a number it was "ninth and ten". Only a later day is the month's: "between
    December 9 and 2 of them" keeps its count."""
    a, b = int(m["a"]), int(m["b"])
    if not 1 <= a < b <= 31:
        return m.group()
    name = _MONTHS[_month(m["month"]) - 1]
    return f"{m['bw']}{name} {_ordinal(a, us)}{m['and']}{_ordinal(b, us)}"


def _era_number(num: str, us: bool) -> str:
    """A number with an era is a year: 1066 AD is "ten sixty-six", as 1250 is "twelve
    fifty"; a round thousand ("AD 1000") and anything below stay a plain number."""
    n = int(num.replace(",", ""))
    if "," not in num and 1000 < n < 2100 and n % 1000:
        return _year(n, us)
    return _number(num, us)


def _era_word(era: str) -> str:
    """AD and A.D. as "AD", which espeak spells as letters: it reads "A.D." as "a dot D
    dot", and a lone "A" in "A D" as the article ("uh D")."""
    return "AD" if era in ("AD", "A.D.") else " ".join(era.replace(".", " ").split())


def _era(m: Match, us: bool) -> str:
    said = _era_number(m["num"], us)
    era = _era_word(m["era"])
    if m.start("era") < m.start("num"):
        return f"{era} {said}"
    return f"{said} {era}{_dot_stop(m)}"


def _dot_stop(m: Match) -> str:
    """The closing dot of "A.D." or "Gent. Mag." said as the sentence's stop where it also
    ends the sentence: at the end of the text or before a capital."""
    ends = re.match(r"[\"'”’)\]]*(?:\s*$|\s+[A-Z\"“‘])", m.string[m.end() :])
    return "." if m.group().endswith(".") and ends else ""


def _circa_range(m: Match, us: bool) -> str:
    """(c. 484–c. 425 BC) → circa four hundred and eighty-four to circa four hundred and
    twenty-five BC: a span of years with its era, each end "circa" where it is written so."""
    if not (m["c1"] or m["c2"]):
        return m.group()
    first = ("circa " if m["c1"] else "") + _era_number(m["a"], us)
    last = ("circa " if m["c2"] else "") + _era_number(m["b"], us)
    if not m["era"]:  # "(1890–c. 1951)": a life's years, no era written
        return f"{first} to {last}"
    return f"{first} to {last} {_era_word(m['era'])}{_dot_stop(m)}"


def _early_year(m: Match, us: bool) -> str:
    """"compiled in 1086" → ten eighty-six: from 1001 to 1099 a number is a year after a
    strong cue (in, since, during, a month …) unless a counted word follows ("in 1024
    bytes"); with no such cue it stays a quantity, as `_year_run` reads the rest."""
    after = re.match(r"\s+([^\W\d_]+)", m.string[m.end() :])
    if m.string[m.end() : m.end() + 1] == "-":
        return m.group()
    if after and _counted(after.group(1)) and not _opening_history(m, after.group(1)):
        return m.group()
    return f"{m['cue']}{m['sp']}{_year(int(m['num']), us)}"


_SENTENCE_OPENS = re.compile(r"(?:^|[.!?][\"'”’)]*\s+)$")
"""Text before a word that opens a sentence: nothing, or a sentence's stop and a space."""


def _opening_history(m: Match, counted: str) -> bool:
    """"In 1066 men fought": a sentence that opens on "In" (or "Since", "During") and such a
    number tells a date even before a counted word, unless the word is a measure ("In 1024
    bytes there is room")."""
    opens = _SENTENCE_OPENS.search(m.string, 0, m.start()) is not None
    low = counted.lower()
    return opens and m["cue"] in ("In", "Since", "During") and low not in _MEASURES | _SURVEYED


_MEASURES = frozenset(
    said.format(metre=metre, litre=litre)
    for forms in UNITS_SAID
    for said in forms
    for metre, litre in (("metre", "litre"), ("meter", "liter"))
) | {"bytes", "bits", "words", "pages", "lines", "characters", "digits", "steps", "acres",
     "hectares", "degrees", "cubits", "leagues", "fathoms", "paces", "furlongs", "rods",
     "calories"}
"""Words a number measures, not people or things that act: "In 1024 bytes" is a count."""
_SURVEYED = frozenset(
    {"samples", "patients", "cases", "households", "respondents", "participants", "subjects",
     "specimens", "mice", "rats", "cells", "trials"}
)  # fmt: skip
"""What a study counts: "In 1024 samples the gene was active", "In 1350 patients" are
counts even after an opening "In", which before most nouns gives a date ("In 1066 men")."""


def _old_ordinal(m: Match, us: bool) -> str:
    """Old books write "2d" and "3d" for second and third ("the 2d of December", "on the
    22d he left"); only after "the", where no sum of pence stands. Before a word of
    shapes and pictures ("the 3d printer", "the 2d plan") it is three-D."""
    if m["num"] in ("2", "3") and _DIMENSIONED.match(m.string, m.end()):
        return f"{m['the']}{_cardinal(int(m['num']), us)} D"
    return f"{m['the']}{_ordinal(int(m['num']), us)}"


_DIMENSIONED = re.compile(
    r"\s+(?:print\w*|model\w*|plan\w*|film\w*|movie\w*|graphic\w*|animat\w*|shape\w*"
    r"|image\w*|imag\w*|space\w*|view\w*|glasses|scan\w*|art|effect\w*|design\w*|render\w*"
    r"|game\w*|version\w*|drawing\w*|map\w*|world\w*|object\w*|sound|audio|cinema|format)"
    r"(?!\w)",
    re.IGNORECASE,
)
"""What a three-dimensional (or flat) thing is called after "the 3d", "the 2d"."""


def _two_digit_year(m: Match, us: bool) -> str:
    """'03 → oh three, '00 → oh oh: a year of this century, the apostrophe unsaid."""
    n = int(m["y"])
    return f"oh {_cardinal(n, us) if n else 'oh'}"


def _oven(m: Match, us: bool) -> str:
    """350°F / 180°C / gas 4 → three hundred and fifty degrees Fahrenheit, one hundred and
    eighty degrees Celsius, gas mark four: a recipe's oven settings, one after another."""
    said = []
    for part in re.split(r"\s*/\s*", m.group()):
        gas = re.fullmatch(r"(?i:gas)(?:\s+(?i:mark))?\s+(?P<n>[0-9]{1,2})", part)
        if gas:
            said.append(f"gas mark {_cardinal(int(gas['n']), us)}")
            continue
        temp = re.fullmatch(r"(?P<n>[0-9]{2,3})\s?°?\s?(?P<s>[CF])(?P<fan>\s+fan)?", part)
        if temp is None:
            return m.group()
        scale = "Celsius" if temp["s"] == "C" else "Fahrenheit"
        said.append(f"{_cardinal(int(temp['n']), us)} degrees {scale}{temp['fan'] or ''}")
    return ", ".join(said)


def _inches(m: Match, us: bool) -> str:
    """10" → ten inches, unless the mark closes a quotation opened before it ("Room 101"):
    an inch mark has no opening quote waiting for it, or one that a later mark closes
    ('"The board is 10" wide," he said': the quotation's marks pair up without it)."""
    if not _is_inch_mark(m):
        return m.group()
    if re.match(r"-[a-z]", m.string[m.end() :]) or _before_its_noun(m):
        return f"{_number(m['num'], us)}-inch"  # a 6" knife: a six-inch knife
    return f"{_number(m['num'], us)} inch{'' if m['num'] == '1' else 'es'}"


def _fraction_inches(m: Match, us: bool) -> str:
    """1/4" → a quarter inch, 1/2" → half an inch, 3/4" → three quarters of an inch, 1 1/2"
    → one and a half inches, a 1/2" bolt → a half-inch bolt: never "one or four inches"."""
    num, den = int(m["n"]), int(m["d"])
    if not 0 < num < den or not (den <= 16 or den in (32, 64)) or not _is_inch_mark(m):
        return m.group()
    one = {2: "half", 4: "quarter"}.get(den) or _ordinal(den, us)
    joined = re.match(r"-[a-z]", m.string[m.end() :])  # a 1/4"-radius bit
    noun_after = not m["whole"] and _inch_noun_after(m)  # "1/8" pilot holes"
    if (joined or _describes_a_noun(m) or noun_after) and (num == 1 or not m["whole"]):
        said = one if num == 1 else f"{_cardinal(num, us)}-{one}"
        if m["whole"]:
            said = f"{_cardinal(int(m['whole']), us)}-and-a-{said}"
        return f"{said}-inch"
    if m["whole"]:
        return f"{_with_whole(m['whole'], num, den, us)} inches"
    if num == 1 and den <= 16:
        return "half an inch" if den == 2 else f"{'an' if one[0] in 'aeiou' else 'a'} {one} inch"
    if num == 1:  # 1/32": a thirty-second of an inch
        return f"a {one} of an inch"
    return f"{_fraction_words(num, den, us)} of an inch"


_INCH_NOT_NOUN = frozenset(
    {"thick", "wide", "long", "deep", "high", "tall", "thin", "apart", "across", "square",
     "round", "diameter", "radius", "inside", "outside", "below", "beyond", "each", "all",
     "plus", "minus", "thickness", "width", "length", "depth", "height", "or", "and", "to",
     "by"}
)  # fmt: skip


def _inch_noun_after(m: Match) -> bool:
    """Does a noun follow the fraction of an inch with no article before it ("Pre-drill 1/8"
    pilot holes", "a 1/2" spade bit, 5/16" drill bit")? Then it describes the noun: "eighth-inch
    pilot holes". Before a measure's word ("1/2" thick", "3/4" apart") it stays "half an
    inch"."""
    noun = _MODIFIED_NOUN.match(m.string, m.end())
    if not noun:
        return False
    word = noun["word"]
    return len(word) > 2 and not (
        word in _INCH_NOT_NOUN or word in _NOT_MODIFIED or word in _VERBS_AND_ADVERBS
        or word.endswith(("er", "ly", "ed", "ing"))
    )  # fmt: skip


def _is_inch_mark(m: Match) -> bool:
    """Is the mark after a figure in `m` an inch mark, not the close of a quotation?"""
    text, at = m.string, m.start("mark")
    if m["mark"] == '"':
        if closes_quotation(text, at):  # 'The signs read "Gate 12" and "Exit 3"'
            return False
        opened = len(re.findall(r'(?<![0-9])"', text[:at])) % 2 == 1
        unpaired = len(re.findall(r'(?<![0-9])"', text)) % 2 == 1
    elif m["mark"] == "”":
        opened = text.count("“", 0, at) > len(re.findall(r"(?<![0-9])”", text[:at]))
        unpaired = text.count("“") != len(re.findall(r"(?<![0-9])”", text))
    else:  # ″, a double prime, is only ever inches
        opened = unpaired = False
    return not (opened and unpaired)


def _fraction_range(m: Match, us: bool) -> str:
    """1½–2 hours → one and a half to two hours; a range's ends with their fractions."""

    def say(side: str) -> str:
        frac = side[-1] if side[-1] in _VULGAR else None
        whole = side[:-1].strip() if frac else side
        return _with_whole(whole, *_VULGAR[frac], us) if frac else _number(whole, us)

    if not any(c in _VULGAR for c in m["a"] + m["b"]):
        return m.group()
    return f"{say(m['a'])} to {say(m['b'])}"


def _in_pairs(text: str, us: bool) -> str:
    """A street number or a pressure as said in pairs of digits: 220 → two twenty, 305 →
    three oh five, 1400 → fourteen hundred, 142 → one forty-two."""
    n = int(text)
    if len(text) > 4 or n < 100:
        return _cardinal(n, us)
    head, tail = int(text[:-2]), int(text[-2:])
    if tail == 0:
        return f"{_cardinal(head, us)} hundred"
    rest = f"oh {_DIGITS[tail]}" if tail < 10 else _cardinal(tail, us)
    return f"{_cardinal(head, us)} {rest}"


def _pressure(m: Match, us: bool) -> str:
    """Blood pressure 78/40 → seventy-eight over forty."""
    return f"{m['cue']}{_in_pairs(m['a'], us)} over {_in_pairs(m['b'], us)}"


_NUMBER_WORDS = (
    r"zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty"
    r"|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|half"
)
"""A figure said in words, as money and measures leave it for the rules after them."""
_PRESSURE_TALK = re.compile(
    r"(?i:blood\s+pressure|systolic|diastolic|hypertensi\w*|readings?\s+of)|\bBP\b"
)


def _pressure_reading(m: Match, us: bool) -> str:
    """180/120 mm Hg → one eighty over one twenty: a blood pressure, known by its unit
    after it or by a sentence about blood pressure ("went from 162/98 to 128/82"), a
    larger figure over a smaller in the range a body gives. Elsewhere a figure over a
    figure is left to the fraction, score and ratio rules."""
    a, b = int(m["a"]), int(m["b"])
    if not (70 <= a <= 300 and 30 <= b <= 200 and a > b):
        return m.group()
    text = m.string
    start = max(text.rfind(". ", 0, m.start()), text.rfind("\n", 0, m.start()), 0)
    unit = re.match(r"\s?mm\s?Hg(?!\w)", text[m.end() :])
    if not unit and not _PRESSURE_TALK.search(text, start, min(len(text), m.end() + 80)):
        return m.group()
    return f"{_in_pairs(m['a'], us)} over {_in_pairs(m['b'], us)}"


def _last_digits(m: Match, us: bool) -> str:
    """"the card ending 4471" → four four seven one: an account's or a card's last digits,
    read one by one; "the year ending 1959" is a year, left to the year rules."""
    if not _NUMBERED_THING.search(m.string, 0, m.start()):
        return m.group()  # "The phone call was ending 300 years of silence"
    return m["cue"] + _digits(m["d"])


_NUMBERED_THING = re.compile(
    r"(?i)\b(?:account|acct|card|number|no|phone|policy|digits|serial|plate|ticket)\.?"
    r"(?:\s+[a-z]+)?\s+$"
)
"""The thing whose digits "ending" gives, right before it ("the card ending 4471", "the
account number ending in 0932", "a card issued ending 12"): one word may stand between."""


_ACCOUNT_NUMBER = re.compile(
    r"(?<![\w.])(?P<what>(?i:acc|acct|account|a/c|policy|customer|membership|invoice|order|"
    r"reference|ref|tracking|serial))\.?\s+(?P<no>(?i:no|number|num|#))\.?\s*:?\s*"
    r"(?P<d>[0-9]{5,15})(?!\w|[.,][0-9])"
)
"""An account's or a reference's number ("acc. no. 12345678", "account number 40183377",
"policy no. 558120"): a string of digits, never a quantity."""


def _account_number(m: Match, us: bool) -> str:
    """acc. no. 12345678 → account number one two three four five six seven eight."""
    what = m["what"]
    if what.lower() in ("acc", "acct", "a/c"):
        what = "Account" if what[0].isupper() else "account"
    return f"{what} number {_digits(m['d'])}"


_TIME_ZONE = re.compile(
    r"(?<![\w.:])(?P<time>[0-9]{1,2}:[0-5][0-9](?::[0-5][0-9])?)\s(?P<sign>[+−-])"
    r"(?P<h>[01][0-9])(?P<min>[0-5][0-9])(?:\s?\((?P<name>[A-Z]{2,5})\))?(?![\w:])"
)
"""A time with its zone as an e-mail's header prints it ("08:14:22 +0000", "17:40 -0500
(EST)"): the zone by its name, never "plus zero zero zero zero"."""


def _time_zone(m: Match, us: bool) -> str:
    """08:14:22 +0000 → the time and "GMT"; -0500 (EST) → "EST"; +0530 → "UTC plus five
    thirty", as a listener hears a zone."""
    if m["name"]:
        zone = m["name"]
    elif m["h"] == "00" and m["min"] == "00":
        zone = "GMT"
    else:
        sign = "plus" if m["sign"] == "+" else "minus"
        hours = _cardinal(int(m["h"]), us)
        minutes = f" {_cardinal(int(m['min']), us)}" if m["min"] != "00" else ""
        zone = f"UTC {sign} {hours}{minutes}"
    return f"{m['time']} {zone}"


def _phone(m: Match, us: bool) -> str:
    """(555) 012-4477 → five five five, zero one two, four four seven seven; +44 7700
    900461 → plus four four, seven seven zero zero, …: a telephone number digit by digit,
    a pause between its groups. A bare "555-0143" only where it cannot be a span: after a
    telephone's word ("call", "tel.", "mob:"), or with its second group led by a nought
    or its exchange 555. Two round hundreds ("reach 800-1200 degrees", "between 100-1000")
    are a span even after such a word: no exchange and line end so."""
    groups = re.findall(r"[0-9]+", m.group())
    if m["cued"] and not _called(m, groups):
        return m.group()  # "called 300 witnesses", "the text of 300 pages": amounts
    if m["bare"] and not (
        groups[0] == "555"
        or groups[1][0] == "0"
        or (
            _PHONE_CUE.search(m.string, 0, m.start())
            and not (groups[0].endswith("00") and groups[1].endswith("00"))
        )
    ):
        return m.group()
    said = ", ".join(_digits(g) for g in groups)
    return f"plus {said}" if m.group().startswith("+") else said


MIN_DIALLED_DIGITS = 8
"""Digits an international call's string has at the least ("011 81 3 1234 5678")."""


def _dialled(m: Match, us: bool) -> str:
    """An international call's string, opened by "+" or an exit code ("011" from the US,
    "00" elsewhere), its groups one to six digits ("+81 3 1234 5678"): digit by digit, a
    pause between groups. Fewer than `MIN_DIALLED_DIGITS` digits are left to the rules
    after ("+3 2" is no number anyone dials)."""
    groups = re.findall(r"[0-9]+", m.group())
    if sum(len(g) for g in groups) < MIN_DIALLED_DIGITS:
        return m.group()
    said = ", ".join(_digits(g) for g in groups)
    return f"plus {said}" if m.group().startswith("+") else said


_POSTCODE = re.compile(
    r"(?:(?<=, )|(?<=; )|(?<=\()|^)(?P<code>[0-9]{5})"
    r"(?=(?:\s+[A-Z][\w’'-]*(?:[\s-](?:[A-Z][\w’'-]*|sur|lès|les|de|la|en|le)){0,3}"
    r"(?:\s+Cedex)?)?\s*(?:[,.;)]|$))"
)
"""A European postcode in an address, after a comma and before its town or the line's
end ("23 Rue de Sévigné, 75003.", "Place d'Armes, 78000 Versailles.", "27620 Giverny"):
said digit by digit, as a French or German postcode is read, where a street, a building
or a country's word stands near it (`_ADDRESS_WORD`), or a town follows a figure that is
no round number. "Counts: 12345, 23456." and "There were, in all, 25000." are counts."""
_ADDRESS_WORD = re.compile(
    r"(?i:\b(?:rue|avenue|av|boulevard|bd|blvd|place|quai|chemin|allée|impasse|route|cours"
    r"|straße|strasse|str|platz|weg|gasse|via|viale|piazza|calle|carrer|plaza|paseo|château"
    r"|fondation|musée|mus[eé]um|gare|hôtel|cedex|france|deutschland|germany|italia|españa)\b)"
)


def _postcode(m: Match, us: bool) -> str:
    before = m.string[max(0, m.start() - 80) : m.start()]
    town = re.match(r"\s+[A-Z]", m.string[m.end() :])
    if _ADDRESS_WORD.search(before) or _ADDRESS_WORD.search(m.string, m.end(), m.end() + 40) or (
        town and not m["code"].endswith("00")
    ):
        return _digits(m["code"])
    return m.group()


_PHONE_CUE = re.compile(
    r"(?i)\b(?:call\w*|phon\w*|tel|telephone|dial\w*|ring|rang|text\w*|fax|mob|mobile|cell|"
    r"number|no|extension|ext|reach|contact)\b[.:]?(?:\s+\w+){0,2}\s+$"
)
"""A telephone's word shortly before a number ("call 555-0143", "Tel. 555-0199")."""


_CALLED = re.compile(
    r"(?<![\w'’])(?:(?P<verb>(?i:call|calls|called|calling|phone|phones|phoned|phoning|ring|rings|rang|ringing|"
    r"text|texts|texted|texting|dial|dials|dialled|dialed|dialling|dialing|telephone|"
    r"telephoned))(?:\s+(?:(?:us|me|him|her|them|[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*){0,2})"
    r"\s+)?(?i:on|to)\s+|\s+)"
    r"|(?i:tel|phone|telephone)\b\.?\s*:?\s*"
    r"|(?i:helpline|hotline|freephone|freefone)(?:\s+(?i:number|no\.))?"
    r"(?:\s*:\s*|\s+(?:(?i:is|on)\s+)?))$"
)
"""A telephone's verb or name right before a number ("call Samaritans on 116 123", "text
SHOUT to 85258", "call or text 988", "Tel. 116 123", "the helpline is 0800 1111"): the
number is dialled, not counted. A noun ("the text of", "a call") is no cue."""
_DETERMINER_BEFORE = re.compile(r"(?<![\w'’])(?i:the|a|an|my|his|her|its|our|their|one)\s+$")
_AFTER_CALLED = frozenset(
    {"free", "anytime", "today", "tonight", "day", "any", "24", "is", "which"}
)
"""Words after a dialled number that leave it dialled ("call 116 123 free, day or night")."""


def _called(m: Match, groups: list[str]) -> bool:
    """Is this run of digits ("116 123", "988", "85258") dialled: right after a telephone's
    word (`_CALLED`), a code of three or more digits, and not a count ("called 300
    witnesses": a word follows it that is not a small linking one) or a year ("rang 1914
    in")? Read digit by digit, a pause between its written groups."""
    cue = _CALLED.search(m.string, max(0, m.start() - 60), m.start())
    if not cue:
        return False
    if cue["verb"] and _DETERMINER_BEFORE.search(m.string, max(0, cue.start() - 8), cue.start()):
        return False  # "the text 300", "a call 200": a noun
    if len(groups) == 1 and len(groups[0]) == 4 and 1000 <= int(groups[0]) < 2100:
        return False
    after = re.match(r"\s+([a-z]+)\b", m.string[m.end() : m.end() + 40])
    return not after or after[1] in _AFTER_EMERGENCY or after[1] in _AFTER_CALLED


def _emergency(m: Match, us: bool) -> str:
    """call 911 → call nine one one, dial 999 → dial nine nine nine: the emergency number,
    as everyone says it; not "called 999 times", "rang 101 changes", "called 112 witnesses":
    a word after it other than a small linking one makes the number a count."""
    after = re.match(r"\s+([a-z]+)\b", m.string[m.end() :])
    if after and after[1] not in _AFTER_EMERGENCY:
        return m.group()
    return m["cue"] + " ".join(_DIGITS[int(c)] for c in m["n"])


_HOTLINE_CUE = re.compile(
    r"\b(?i:emergency|emergencies|hotline|helpline|crisis|lifeline)\b[^.!?$£€]{0,40}$"
)


def _hotline(m: Match, us: bool) -> str:
    """Emergency: 112 (EU), 999 (UK) → one one two, nine nine nine; "the crisis line
    became 988" → nine eight eight: the number a phone dials, after a word that names it
    as one, said digit by digit; "the emergency lasted 112 days" is a count, and a bare
    "line 112" a poem's line."""
    if not _HOTLINE_CUE.search(m.string, max(0, m.start() - 60), m.start()):
        return m.group()
    after = re.match(r"\s+([a-z]+)\b", m.string[m.end() :])
    if after and after[1] not in _AFTER_EMERGENCY:
        return m.group()
    return " ".join(_DIGITS[int(c)] for c in m["n"])


_AFTER_EMERGENCY = frozenset(
    {"and", "or", "but", "if", "for", "from", "to", "at", "on", "in", "when", "while", "then",
     "now", "again", "twice", "immediately", "instead", "straight", "right", "as", "so",
     "before", "after", "because", "until", "with", "without"}
)  # fmt: skip
"""Words that may follow a called emergency number ("dial 999 and wait", "call 911 if he
wakes"); any other lower-case word after it is what was counted ("called 112 witnesses")."""


def _clause(m: Match, us: bool) -> str:
    """401(k) → four-oh-one-k (the plan's name); 14(b) → fourteen B (a section's clause)."""
    n, letter = m["n"], m["l"]
    if n in ("401", "403", "457"):
        return f"{_DIGITS[int(n[0])]}-oh-{_DIGITS[int(n[2])]}-{letter}"
    said = f"{_cardinal(int(n), us)} {letter.upper()}"
    return f"{said} {_cardinal(int(m['sub']), us)}" if m["sub"] else said


def _split_ratio(m: Match, us: bool) -> str:
    """80/20 → eighty-twenty, 50/50 → fifty-fifty: two shares of a hundred."""
    a, b = int(m["a"]), int(m["b"])
    if a + b != 100 or min(a, b) < 10:
        return m.group()
    return f"{_cardinal(a, us)}-{_cardinal(b, us)}"


_COUNT_LABEL = re.compile(r"[^\W\d_]:\s*$")


def _slashed_pair(m: Match, us: bool) -> str:
    """Two figures round a slash that no date, fraction, score or ratio rule read: both
    said, never the first left in figures ("12/twelve"). "1999/2000", two years running,
    is "nineteen ninety-nine to two thousand"; "12/12" or "ICU beds: 9/12", a count
    under its label, "twelve out of twelve"; anything else ("MC 14/3", a file's number)
    "fourteen slash three"."""
    a, b = int(m["a"]), int(m["b"])
    if m.group() in ("9/11", "24/7"):
        return m.group()
    if len(m["a"]) == len(m["b"]) == 4 and b == a + 1 and 1000 < a < 2100:
        return f"{_year(a, us)} to {_year(b, us)}"
    if len(m["a"]) == 4 or len(m["b"]) == 4:
        return m.group()  # "In 2021/25": a year's, left to the year rules
    before = m.string[: m.start()]
    if 0 < a == b or (a < b and _COUNT_LABEL.search(before)):
        return f"{_cardinal(a, us)} out of {_cardinal(b, us)}"
    return f"{_cardinal(a, us)} slash {_cardinal(b, us)}"


def _hour_range(m: Match, us: bool) -> str:
    """9–11:30 a.m. → nine to eleven thirty a.m., 9am–5pm → nine a.m. to five p.m.,
    between 9-11:30 a.m. → between nine and eleven thirty a.m.: the first hour of a span
    whose last carries the a.m. or p.m. (read by the clock rule)."""
    minute = int(m["min"] or 0)
    if m["sep"] == "." and not m["ap1"] and re.search(r"[$£€¥]\s?$", m.string[: m.start()]):
        return m.group()  # "£1.50–2pm" is no hour
    said = _cardinal(int(m["h"]), us)
    if minute:
        said += f" oh {_cardinal(minute, us)}" if minute < 10 else f" {_cardinal(minute, us)}"
    if m["ap1"]:
        said += " a.m." if m["ap1"].strip()[0] in "Aa" else " p.m."
    return f"{said} {_to(m)} "


def _scripture(m: Match, us: bool) -> str:
    """Isaiah 40:31 → Isaiah forty, thirty-one; 2 Sam. 7:12–16 → Second Samuel seven,
    twelve to sixteen; Luke 15:11ff. → Luke fifteen, eleven and following; Ps. 23 →
    Psalm twenty-three: chapter and verse as a reader says them, the book in full."""
    if not is_scripture(m):  # "Mark 9:30" is a time, "I called Sam. 2 hours later" a name
        return m.group()
    said = _chapter_and_verse(m, int(m["ch"]), us)
    if m["ff"]:
        ends = re.match(r"[\"'”’)\]]*(?:\s*$|\s+[A-Z\"“‘])", m.string[m.end() :])
        said += " and following" + ("." if ends and m["ff"].endswith(".") else "")
    return said


def _scripture_roman(m: Match, us: bool) -> str:
    """St. Luke xii. 6 → Saint Luke twelve, six; Acts ii. → Acts two: the older books'
    Roman chapter read as `_scripture` reads a chapter in figures."""
    chapter = roman_value(m["ch"])
    if chapter is None:
        return m.group()
    return _chapter_and_verse(m, chapter, us) + ("" if m["v"] else _dot_stop(m))


def _chapter_and_verse(m: Match, chapter: int, us: bool) -> str:
    book = SCRIPTURE_BOOKS[m["abbr"]] if m["abbr"] else m["name"]
    if m["nth"]:
        book = f"{('First', 'Second', 'Third')[int(m['nth']) - 1]} {book}"
    said = f"{book} {_cardinal(chapter, us)}"
    if m["v"]:
        said += f", {_cardinal(int(m['v']), us)}"
    if m["v2"]:
        said += f" to {_cardinal(int(m['v2']), us)}"
    if m.groupdict().get("ch2"):  # "Matt. 5–7": chapters five to seven, not five, verse 7
        said = said.replace("Psalm ", "Psalms ", 1) + f" to {_cardinal(int(m['ch2']), us)}"
    return said


def _statute(m: Match, us: bool) -> str:
    """15 Geo. II. c. 12 → fifteen George the Second, chapter twelve; 6 & 7 Will. IV. c. 71
    → six and seven William the Fourth, chapter seventy-one: a statute as a lawyer cites
    it aloud, by the years of the reign and the chapter."""
    years = " and ".join(_cardinal(int(y), us) for y in re.findall(r"[0-9]+", m["years"]))
    reign = STATUTE_REIGNS["W. & M." if "&" in m["reign"] else m["reign"].removesuffix(".")]
    value = roman_value(m["num"]) if m["num"] else None
    if value:
        reign += f" the {_title_words(_ordinal(value, us))}"
    said = f"{years} {reign}"
    if m["st"]:  # "1 W. & M. st. 2. c. 2": the session's second statute
        said += f", statute {_cardinal(int(m['st']), us)}"
    if not m["ch"]:  # "(3 Car. I.)": the reign alone
        return said
    return f"{said}, chapter {_cardinal(int(m['ch']), us)}"


def _journal(m: Match, us: bool) -> str:
    """Phil. Trans. → Philosophical Transactions; Gent. Mag. → Gentleman's Magazine."""
    key = re.sub(r"\.\s?", ". ", m["journal"]) + "."
    return JOURNALS[key] + _dot_stop(m)


def _cue_year(m: Match, us: bool) -> str:
    cue = "circa" if m["cue"].lower() in ("c.", "ca.") else m["cue"]
    return f"{cue}{m['sp']}{_year(int(m['num']), us)}"


_STRONG_CUES = re.compile(
    r"(?i:in|since|until|till|circa|c\.|ca\.|during|years?|born|died|copyright|©|before|after|"
    r"early|late|mid|spring|summer|autumn|fall|winter)"
    rf"|{_FULL_MONTH}|Q[1-4]|H[12]|FY|Day|Christmas|Easter|Michaelmas|Midsummer|Whitsun|"
    r"Whitsuntide|Candlemas|"
    r"Lammas|Martinmas|Lent"
)
"""Words after which a number from 1100 to 1999 is a year whatever follows it
("In 1850 men wore hats", "By Lady Day 1814")."""
_WEAK_CUES = re.compile(
    r"(?i:of|from|by|between|around|the|a|an|this|that|his|her|their|its|our|my|your)"
)
"""Words after which such a number is a year unless a counted word follows
("the 1996 chart", "a 1962 Zenith", but "the 1500 men", "of 1200 feet")."""
_OPENING_CUES = frozenset({"By", "From"})
"""Weak cues that start a sentence with a date ("By 1850 railways had spread")."""
_MODERN_CUES = frozenset({"by", "from", "between", "around", "before", "after"})
"""Prepositions after which a number from 2000 to 2099 is a year whatever follows ("by
2050 temperatures will rise"): such a number counts rarely, and was always read so."""
_EVENTS = frozenset(
    {"Olympics", "Paralympics", "Games", "Championships", "Finals", "Elections", "Awards",
     "Oscars", "Nationals", "Trials", "Series", "Playoffs", "Midterms", "Riots", "Floods"}
)  # fmt: skip
"""Plural names of events a year names ("the 1996 Olympics"), which it does not count."""
_FOR_YEAR_NEXT = frozenset(
    {"are", "were", "is", "was", "has", "have", "had", "and", "show", "shows", "showed",
     "survive", "survives", "survived", "remain", "remains", "remained", "record", "records",
     "recorded", "contain", "contains", "contained", "give", "gives", "gave", "list", "lists"}
)  # fmt: skip
"""Words after "for 1829" that make it the year a thing is for ("the books for 1829 are
in the desk", "the ledgers for 1829 and 1830 were lost"), not a count."""
_ROOM_FOR = frozenset(
    {"seats", "seating", "tickets", "places", "beds", "room", "rooms", "space", "enough",
     "food", "meals", "rations", "chairs", "berths", "covers", "dinner", "supper", "lunch"}
)  # fmt: skip
"""Words before "for 1650" that make it a count of people whatever follows ("seats for
1650 and standing room", "Tickets for 1650 were sold"), not a year."""
_ASKED = frozenset({"surveyed", "polled", "asked", "questioned", "interviewed", "who", "aged"})
"""Words after "the 2017 Americans" that make the capitalised word people counted."""
_COUNTED = frozenset(
    {"men", "women", "people", "children", "feet", "foot", "head", "horse", "sheep", "cattle",
     "deer", "fish", "strong", "odd", "more", "less", "fewer", "dozen", "score", "gross",
     "hundredweight", "stone", "ton", "per", "of", "who", "were", "remaining",
     "altogether", "apiece", "each", "extra", "plus", "times"}
)  # fmt: skip
"""Words after a number that show it counts something: it is a quantity."""
_NOT_PLURAL = frozenset(
    {"was", "has", "his", "this", "its", "as", "yes", "thus", "whereas", "perhaps", "always",
     "besides", "unless", "sometimes", "nevertheless", "afterwards", "towards", "onwards"}
)  # fmt: skip
_YEAR_RUN = re.compile(
    r"(?:(?<![\w.])(?P<circa>[Cc]a?\.)(?P<sp>\s+))?"
    r"(?<![\w.,])(?P<run>(?:1[1-9]|20)[0-9]{2}"
    r"(?:\s+(?:and|or|to|till|until|&)\s+(?:1[1-9]|20)[0-9]{2})*)"
    r"(?!\w|[.,:/][0-9])"
)
"""Numbers from 1100 to 2099, alone or joined ("1785 and 1871", "1864 to 1879"): one
decision for the run, so that the second of two years is a year too."""


def _counted(word: str) -> bool:
    """Is `word`, right after a number, what the number counts ("men", "feet", "acres")?"""
    low = word.lower()
    if low in _COUNTED:
        return True
    return (
        len(low) > 2 and low.endswith("s") and not low.endswith(("ss", "us", "is", "ous"))
        and low not in _NOT_PLURAL and "'" not in low and "’" not in low
    )  # fmt: skip


_CUE_LEAD = re.compile(r"(?:.*(?:[—―⸺]|–(?=\w)|-{2,}))?[(\[{“\"‘'«_*]*")
"""What stands before a cue word in the same run of print: anything up to an unspaced
dash ("atlas—the", "atlas---the") and an opening bracket, quote or emphasis mark."""


def _cue_word(token: str) -> str:
    """The word before a number, as the year rule weighs it: "atlas—the" and "(the" are
    "the", as "the" after a space is, so "atlas—the 1985 edition" is a year."""
    return token[_CUE_LEAD.match(token).end() :]  # type: ignore[union-attr]


def _year_run(m: Match, us: bool) -> str:
    """A number from 1100 to 2099 written without a comma, read by what surrounds it:
    a year after a date word or a preposition ("between 1785 and 1871", "By Lady Day
    1814", "Q3 2022"), or after an article before a word it cannot count ("the 1996
    chart", "the 2012 Olympics", "a 2019 Ford"); a quantity before what it counts ("1500
    men", "of 1200 feet", "the 2000 people"). Any other is left for the later rules."""
    text = m.string
    before = re.search(r"(\S+)\s+$", text[: m.start()])
    cue = "circa" if m["circa"] else _cue_word(before.group(1)) if before else ""
    opening = (
        before is not None
        and not m["circa"]
        and _SENTENCE_OPENS.search(text, 0, before.start()) is not None
    )
    after = re.match(r"-[^\W\d_]|\s+([^\W\d_]+(?:['’][^\W\d_]+)?)", text[m.end() :])
    word = after.group(1) if after else None
    modern = any(n.startswith("20") for n in re.findall(r"[0-9]+", m["run"]))
    counted = after is not None and (word is None or _counted(word))
    if word and (word in _EVENTS or (modern and word[0].isupper())):
        counted = False  # "the 2012 Olympics", "the 2019 World Championships"
        asked = re.match(r"\s+[^\W\d_]+\s+([a-z]+)", text[m.end() :])
        if word.endswith("s") and word not in _EVENTS and asked and asked[1] in _ASKED:
            counted = True  # "Of the 2017 Americans surveyed": people
    if word and word.lower() + "s" in _MEASURES:
        counted = True  # "a 2048 word essay": a measure's singular before its noun
    strong = bool(_STRONG_CUES.fullmatch(cue)) or (opening and cue in _OPENING_CUES)
    strong = strong or (modern and cue.lower() in _MODERN_CUES and word not in _MEASURES)
    if word and word.lower() in _SURVEYED and cue.lower() == "in":
        strong, counted = False, True  # "In 1350 patients the drug failed"
    room = re.search(r"(\w+)\s+for\s+$", text[: m.start()])
    strong = strong or (
        cue.lower() == "for"
        and word is not None
        and word in _FOR_YEAR_NEXT
        and not (room and room[1].lower() in _ROOM_FOR)
    )
    strong = strong or (not m["circa"] and bool(re.search(r"\s(?:to|till|until)\s", m["run"])))
    # two such numbers as a span ("keeper, 1931 to 1958") are years whatever comes first
    if counted and not strong:
        say = functools.partial(_number, us=us)
    elif strong or _WEAK_CUES.fullmatch(cue) or re.search(r"[^\W\d_]['’]s$", cue):
        # after a possessive too: "the Company's 1816 prospectus"
        say = lambda num: _year(int(num), us)  # noqa: E731
    else:
        return m.group()
    said = re.sub(r"[0-9]+", lambda n: say(n.group()), m["run"])
    return f"circa{m['sp']}{said}" if m["circa"] else said


def _decade(m: Match, us: bool) -> str:
    """1990s → nineteen nineties, '60s → sixties, 100s → hundreds."""
    num = m["num"]
    if num in ("100", "1000"):
        return "hundreds" if num == "100" else "thousands"
    return _plural(_year(int(num), us) if len(num) == 4 else _cardinal(int(num), us))


def _arc(m: Match, us: bool) -> str:
    """An angle's minutes and seconds before "of arc": "3′ 6″ of arc" is "three minutes
    six seconds of arc"."""
    said = []
    for n, one in ((m["min"], "minute"), (m["sec"] or m["s"], "second")):
        if n:
            said.append(f"{_number(n, us)} {one}{'' if n == '1' else 's'}")
    return " ".join(said) + " "


_NOT_KELVIN = re.compile(
    r"\s+(?i:run|runs|race|races|walk|walks|fun|charity|road|trail|swim|ride|jog|event|loop|"
    r"course|parkrun|split|time|pace|personal)\b"
)
"""Words after "5 K" that make it a race's kilometres ("a 5 K run", "her 10 K time")."""


_HEAT_TALK = re.compile(
    r"(?i:\b(?:ovens?|fan|preheat\w*|bake[sd]?|baking|roast\w*|gas\s+mark|temperature\w*"
    r"|degrees|heat\w*|grill\w*))\b|°"
)


def _bare_degrees(m: Match, us: bool) -> str:
    """200C (fan 180C) → two hundred degrees Celsius: a UK recipe's oven heat, its degree
    sign left out; only in a sentence about ovens or heat ("a Canon 200C", "room 101C"
    stay as they are)."""
    text = m.string
    start = max(text.rfind(". ", 0, m.start()), text.rfind("\n", 0, m.start()), 0)
    end = text.find(". ", m.end())
    if not _HEAT_TALK.search(text, start, len(text) if end < 0 else end):
        return m.group()
    return f"{_number(m['num'], us)} degrees {'Celsius' if m['s'] == 'C' else 'Fahrenheit'}"


def _kelvin(m: Match, us: bool) -> str:
    """0 K, 273.15 K → zero kelvin: a temperature on the absolute scale, the unit said the
    same for one or many, as physicists say it. After a currency sign ("$50 K") or before a
    race's word ("a 5 K run") it is left as it is."""
    if re.search(r"[$£€¥]\s?$", m.string[: m.start()]) or _NOT_KELVIN.match(m.string, m.end()):
        return m.group()
    if _INITIAL_AFTER.match(m.string, m.end()) and re.fullmatch(r"1[0-9]{3}|20[0-9]{2}", m["num"]):
        return m.group()  # "In 1890 K. Marx was dead": a name's initial after a year
    return f"{_number(m['num'], us)} kelvin"


_NAUTICAL = re.compile(
    r"(?i)\b(?:sail\w*|knots?|yachts?|boats?|ships?|offshore|coast\w*|harbou?rs?|nautical|"
    r"voyages?|passages?|anchor\w*|port|starboard|helm|crew|seas?|ocean|gale|legs?|waypoints?)\b"
)
"""Words that make "nm" a sailor's nautical miles ("a passage of 120 nm", "the yacht made
200 nm"), not nanometres."""


def _measure(m: Match, us: bool) -> str:
    """12.5 cm → twelve point five centimetres; 1 km → one kilometre; 3–5 kg → three to
    five kilograms; 8 km² → eight square kilometres; 120 µg/dL → one hundred and twenty
    micrograms per decilitre; a 100m race → a hundred-metre race."""
    if len(m["unit"] or "") == 1 and (
        _INITIALS_AFTER.match(m.string, m.end("unit")) or _initialled_after_year(m)
    ):
        return m.group()  # "In 1865 W. S. Jevons warned": a name's initials, not watts
    last = m["to"] or m["num"]
    said = _number(m["num"], us) + (f" to {_number(m['to'], us)}" if m["to"] else "")
    if m["scale"]:  # "13.8 billion yrs.": thirteen point eight billion years
        if len(m["unit"] or m["dunit"]) == 1:
            return m.group()  # "3 million W. S.": a letter, not a watt
        said, last = f"{said} {m['scale']}", "many"
    power = {"²": "square ", "³": "cubic "}.get(m["power"] or "", "")
    unit = m["unit"] or m["dunit"]
    area = {"²": "square ", "³": "cubic "}.get((m["ppow"] or "").translate(_POWER_DIGIT), "")
    per = f" per {area or power}{_per(m['per'], us)}" if m["per"] else ""
    if m["per2"]:  # "mcg/kg/min": micrograms per kilogram per minute; "g/m2/yr"
        per += f" per {power if area else ''}{_per(m['per2'], us)}"
    if m["bsa"]:  # "mL/min/1.73m²": per a body's surface, one point seven three square metres
        per += f" per {_number(m['bsa'], us)} square {unit_words('m', False, us)}"
    if per:
        power = ""  # "kg/m³": kilograms per cubic metre
    elif power and "/" in unit:  # "9.8 m/s²": the square is the second's, said after it
        return f"{said} {unit_words(unit, last.replace(',', '') == '1', us)} " \
            f"{'squared' if m['power'] == '²' else 'cubed'}{_unit_stop(m)}"
    if not (m["to"] or m["power"] or m["dot"]) and _describes_a_noun(m):
        if _ONE_BEFORE.search(m.string, 0, m.start()):
            said = re.sub(r"^one (?=hundred|thousand)", "", said)  # a hundred-metre race
        joint = " " if " " in unit else "-"  # "a 400 sq ft flat": four hundred square foot
        return f"{said}{joint}{unit_words(unit, True, us)}{per}"
    words = unit_words(unit, last.replace(",", "") == "1", us)
    if unit == "nm" and _NAUTICAL.search(m.string):
        words = "nautical mile" if last == "1" else "nautical miles"
    return f"{said} {power}{words}{per}{_unit_stop(m)}"


_BARE_RATE = r"km/h|m/s|km/s|cm/s|mm/s|m/h|kg/m³|g/cm³|g/mL|mg/dL|mg/L|g/L|J/kg|W/m²"
"""A rate's unit, a unit over a unit, that names itself with no number before it
("measured in m/s", "(km/h)"): never "m or s" as a slash between words is read."""


def _bare_rate(m: Match, us: bool) -> str:
    """m/s → metres per second; m/s² → metres per second squared: a unit named, as a
    quantity's unit is ("speed, in kilometres per hour")."""
    top, _, below = m["unit"].partition("/")
    power = {"²": " squared", "³": " cubed"}.get(m["power"] or "", "")
    if re.fullmatch(UNIT_PATTERN, m["unit"]):
        return unit_words(m["unit"], False, us) + power
    area = {"³": "cubic ", "²": "square "}.get(below[-1:], "")  # "W/m²": per square metre
    below = below.rstrip("²³")
    said = f"{unit_words(top, False, us)} per {area}"
    return said + unit_words(below, True, us) + power


_METRIC = frozenset(
    {"mm", "cm", "m", "km", "mg", "g", "kg", "ml", "mL", "cl", "l", "L", "dl", "dL", "µg", "mcg",
     "ng", "µm", "nm", "µl", "µL"}
)  # fmt: skip
_IMPERIAL = frozenset(
    {"ft", "yd", "yds", "mi", "lb", "lbs", "oz", "fl oz", "gal", "gals", "qt", "qts", "tbsp",
     "Tbsp", "tsp", "cwt"}
)  # fmt: skip
_CLOCK_UNITS = frozenset({"ms", "min", "mins", "hr", "hrs", "sec", "secs", "yr", "yrs", "µs"})


def _bare_per(m: Match, us: bool) -> str:
    """ml/kg/min → millilitres per kilogram per minute; IU/day → international units per
    day: a rate's unit named with no figure before it. Two measures of one thing in the
    two systems ("lb/kg", "oz/g") or two clock units ("hrs/mins") are a choice, left to
    the slash's "or"."""
    top, per = m["top"], m["per"]
    if ({top, per} & _METRIC and {top, per} & _IMPERIAL) or {top, per} <= _CLOCK_UNITS:
        return m.group()
    area = {"²": "square ", "³": "cubic "}.get((m["ppow"] or "").translate(_POWER_DIGIT), "")
    said = f"{unit_words(top, False, us)} per {area}{_per(per, us)}"
    return said + (f" per {_per(m['per2'], us)}" if m["per2"] else "")


_POWER_DIGIT = str.maketrans("23", "²³")
"""A power typed as a plain figure after a rate's length ("W/m2", "g/m2/yr")."""
_INITIALS_AFTER = re.compile(r"\.\s?[A-Z]\.\s?(?:[A-Z]\.\s?)*[A-Z][a-z]")
"""A capital after a number that is a name's first initial ("1865 W. S. Jevons")."""
_INITIAL_AFTER = re.compile(
    r"\.\s(?!(?:The|This|That|These|Those|There|Then|Thus|It|Its|He|She|We|They|You|In|On"
    r"|At|As|An|And|But|So|If|When|After|Before|Now|All|One|No|Yes|Our|His|Her|My)\b)"
    r"[A-Z][a-z'’-]+"
)
"""After a year, a capital and a surname ("J. Okafor"), not a sentence's next word ("J.
The lamp lit")."""


def _initialled_after_year(m: Match) -> bool:
    """Is the one capital after a year a name's initial, its surname after it ("(c) 2019
    J. Okafor", "In 1890 K. Marx was dead"): no joules, no kelvin? A year is four figures
    from 1000 to 2099 with nothing after them but the space."""
    num = m["num"] or ""
    return (
        len(num) == 4 and num.isdigit() and 1000 <= int(num) < 2100 and not m["to"]
        and bool(_INITIAL_AFTER.match(m.string, m.end("unit")))
    )  # fmt: skip
_ONE_BEFORE = re.compile(r"(?<!\w)(?i:an?)\s+$")

_PER_TIME = {
    "s": "second", "sec": "second", "second": "second", "min": "minute", "minute": "minute",
    "h": "hour", "hr": "hour", "hour": "hour", "d": "day", "day": "day", "night": "night",
    "wk": "week", "week": "week", "mo": "month", "mth": "month", "month": "month",
    "yr": "year", "year": "year", "person": "person", "head": "head", "side": "side",
    "leg": "leg", "arm": "arm",
}  # fmt: skip
"""What a slash after an amount is "per" ("10 MB/s", "267 Gt/yr", "£450/hr", "5 days/wk"):
the time or the head it is counted by."""
_PER_PATTERN = "|".join(sorted(_PER_TIME, key=len, reverse=True))
_PER_WORDS = "|".join(sorted(set(_PER_TIME) - {"s", "d", "h"}, key=len, reverse=True))
"""The same after a word ("days/wk", "dollars/hr"), where a lone letter is no unit ("km/h"
is a unit of its own)."""


def _per(unit: str, us: bool) -> str:
    return _PER_TIME.get(unit) or unit_words(unit, True, us)


def _a_per(m: Match, us: bool) -> str:
    """5 days/wk → five days a week; $450/hr, once said, → four hundred and fifty pounds an
    hour: a count or a price by the time it is paid or done in."""
    per = _PER_TIME[m["per"]]
    if re.fullmatch(UNIT_PATTERN, m["noun"]):
        return m.group()  # "25 mcg/hr": the measure's rule says "per hour"
    return f"{m['noun']} {'an' if per == 'hour' else 'a'} {per}"


def _unit_stop(m: Match) -> str:
    """A unit's dot ("5 ft. 6 in. tall") is said only where it also ends the sentence:
    at the end of the text or before a capital."""
    ends = re.match(r"[\"'”’)\]]*(?:\s*$|\s+[A-Z\"“‘])", m.string[m.end() :])
    return "." if m["dot"] and ends else ""


_MENU_ITEM = r"[A-Z][\w…'’.-]*(?:\s[A-Z&][\w…'’.-]*){0,3}"
_MENU_VERB = re.compile(
    r"(?i:\b(?:choose|chose|select|click|tap|go\s+to|open|pick|navigate\s+to|menu|from)\b)[^.!?]*$"
)


def _menu_step(m: Match, us: bool) -> str:
    """A step of a menu's path ("choose File > Save As…", "Edit > Preferences > General"):
    "then", as a tutorial's narrator says it, never "greater than". Only between
    capitalised items after a menu's verb, or in a path of two steps or more; "x > 3"
    and "Quality > Quantity" alone stay a comparison."""
    before, after = m.string[: m.start()], m.string[m.end() :]
    if not re.search(rf"{_MENU_ITEM}$", before):
        return m.group()
    chain = re.search(rf"\s>\s{_MENU_ITEM}$", before) or re.match(rf"{_MENU_ITEM}\s>\s[A-Z]", after)
    if chain or _MENU_VERB.search(before[-80:]):
        return ", then "
    return m.group()


def _compare(m: Match, us: bool) -> str:
    """A comparison's sign said; opening a sentence ("> 50 people came") it is "more than",
    as a count is said (a reply's quoted "> " lines are unquoted by the readers first)."""
    if m.start() == 0 and m.group() in "<>":
        return {"<": "less than ", ">": "more than "}[m.group()]
    return {"<": " less than ", ">": " greater than ", "<=": " less than or equal to ",
            ">=": " greater than or equal to "}[m.group()]  # fmt: skip


# --------------------------------------------------------------------------- practical books


def _duration(m: Match, us: bool) -> str:
    """A finishing time, h:mm:ss: "in 2:00:00" → two hours, "ran 1:44:52" → one hour,
    forty-four minutes and fifty-two seconds. After a clock's word ("at 5:30:00") it is
    the time of day, left to the clock's rule; so it is wherever no race's word goes just
    before it ("the clock read 11:59:59", "the timestamp: 02:14:37")."""
    if not _RACE_TIME_CUE.search(m.string, 0, m.start()):
        return m.group()
    counts = ((int(m["h"]), "hour"), (int(m["min"]), "minute"), (int(m["sec"]), "second"))
    parts = [f"{_cardinal(n, us)} {word}{'' if n == 1 else 's'}" for n, word in counts if n]
    if not parts:
        return m.group()
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


_RACE_TIME_CUE = re.compile(
    r"(?i:\b(?:in|ran|run|runs|running|clocked|clocking|finished|finishing|finish|completed"
    r"|did|time|times|record|PB|best|took|takes|taking|won|winning|marathon|race)"
    r"(?:\s+(?:of|was|is|in|about|around|roughly|nearly|just|under|over|a|an|the))*\s+$"
    r"|\b(?:[Ll]imit|[Tt]ime\s+left|[Rr]emaining|[Tt]imer|[Cc]ountdown|[Dd]uration|[Ee]lapsed)"
    r"(?:\s+(?:of|was|is))?\s*:?\s+$)"
)
"""What goes just before an h:mm:ss that is a finishing time ("ran 1:44:52", "in 2:00:00",
"a time of 3:59:59") or a span to count down ("[Time limit: 00:30:00]", "Time left:
01:15:30", a game's system window)."""


def _minutes_seconds(text: str, us: bool, *, alone: bool) -> str:
    """12:00 → twelve minutes (or "twelve" in a span), 8:23 → eight twenty-three, 7:05 →
    seven oh five: a pace or a race time, never a clock."""
    mins, secs = (int(n) for n in text.split(":"))
    if secs == 0:
        return f"{_cardinal(mins, us)}{' minutes' if alone else ''}"
    return f"{_cardinal(mins, us)} {'oh ' + _DIGITS[secs] if secs < 10 else _cardinal(secs, us)}"


_PACE_UNITS = {"mi": "mile", "mile": "mile", "km": "kilometre", "k": "kilometre"}


def _pace(m: Match, us: bool) -> str:
    """12:00–13:30/mile → twelve to thirteen thirty per mile; 8:03/mi → eight oh three per
    mile: a runner's pace, minutes and seconds per mile or kilometre."""
    per = _PACE_UNITS[m["per"]]
    if us:
        per = per.replace("metre", "meter")
    said = _minutes_seconds(m["a"], us, alone=not m["b"])
    if m["b"]:
        said += f" to {_minutes_seconds(m['b'], us, alone=False)}"
    return f"{said} per {per}"


def _race_minutes(m: Match, us: bool) -> str:
    """35:00 → thirty-five minutes: a clock has no minute past 23, so a time of 24:00 to
    59:00 is a race's minutes ("a goal time of 35:00"). But 24:00 after a clock's word
    ("shut at 24:00", "from 22:00 to 24:00") is midnight: "twenty-four hundred"."""
    if m.group() == "24:00" and re.search(
        r"(?i)\b(?:at|by|until|till|from|before|after|since)\s+$"
        r"|(?:[01][0-9]|2[0-3]):[0-5][0-9]\s+(?:to|and|until|till|[–-])\s*$",
        m.string[: m.start()],
    ):
        return "twenty-four hundred"
    return _minutes_seconds(m.group(), us, alone=True)


def _race_tenths(m: Match, us: bool) -> str:
    """4:31.2 → four thirty-one point two: a clock's time never carries tenths, so a
    figure of minutes and seconds with a decimal is a race's or a lap's time."""
    mins, secs = (int(n) for n in m["ms"].split(":"))
    if secs == 0:
        return f"{_cardinal(mins, us)} minutes and {_number('0.' + m['t'], us)} seconds"
    return f"{_minutes_seconds(m['ms'], us, alone=False)} point {_digits(m['t'])}"


_RACE_TALK = re.compile(
    r"(?i:(?:ran|run|runs|running|runner|race[sd]?|racing|PB|PR|personal\s+best|record|"
    r"splits?|pace|marathon|mile|miles|finish\w*|clocked|swim|swam|laps?|parkrun|heats?)\b)"
    r"|(?<![\w.,])[0-9]+\s?(?:[Kk]|km|m)\b"
)
"""Words in a sentence that make its m:ss a race's time ("His 10K had dropped from 41:20 to
38:05"), not a score or a ratio."""


def _race_mm_ss(m: Match, us: bool) -> str:
    """41:20 → forty-one twenty, 38:05 → thirty-eight oh five: twenty-four minutes or more
    with seconds is no time of day, and in a sentence about running it is a race's time
    (elsewhere "41:20" may be a score)."""
    text = m.string
    start = max(text.rfind(". ", 0, m.start()), text.rfind("\n", 0, m.start()), 0)
    end = text.find(". ", m.end())
    if not _RACE_TALK.search(text, start, len(text) if end < 0 else end):
        return m.group()
    return _minutes_seconds(m.group(), us, alone=False)


_DRILL_BEFORE = re.compile(
    r"(?:[x×]\s?|(?<![\w'’])(?i:on|rest|resting|hold|holds|plank|recover|recovery|jog|jogged|walk"
    r"|off|sprint|sprints)\s+)$"
)
_DRILL_TALK = re.compile(
    r"(?<![^\s0-9])[x×]\s?[0-9]|(?<![\w'’])(?i:reps?|sets?|rest|recovery|jog|plank|intervals?"
    r"|sprints?|strides?|drills?|session|circuits?|hold|repeats|jogged)(?![\w'’])"
)
_DRILL_AFTER = re.compile(
    r"\s+(?P<word>jog|recovery|rest|hold|sprint|walk|easy|on|off|between|each|per|plank|effort"
    r"|interval|intervals|reps?)(?![\w'’-])"
)
_DRILL_NOUNS = frozenset({"jog", "recovery", "rest", "hold", "sprint", "walk", "plank", "effort",
                          "interval"})  # fmt: skip
_DECADE_BEFORE = re.compile(
    r"(?<![\w'’])(?i:the|his|her|their|my|your|our|early|late|mid|in)[\s-]+$"
)


def _in_drill(text: str, at: int) -> bool:
    """Is the sentence round `at` a training plan's ("3 x 45s", "rest", "reps", "plank")?"""
    start = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at), 0)
    end = text.find(". ", at)
    return bool(_DRILL_TALK.search(text, start, len(text) if end < 0 else end))


def _drill_timed(text: str, at: int) -> bool:
    """Is the figure at `at`, with an "s" glued to it, a drill's seconds: after a set's "x",
    "on", "rest" or "hold", in a training plan's sentence ("plank 3 x 45s.")?"""
    before = text[max(0, at - 20) : at]
    return bool(_DRILL_BEFORE.search(before)) and _in_drill(text, at)


def _drill_seconds(m: Match, us: bool) -> str:
    """plank 3 x 45s → forty-five seconds; 60s jog recovery → sixty-second jog recovery; on
    30s → on thirty seconds: a figure and "s" in a drill (after a set's "x", "on", "rest",
    "hold"; before "jog", "rest", "between") is seconds, not a decade or shillings. "In
    his 60s", "the 60s" stay the decade."""
    before = m.string[max(0, m.start() - 20) : m.start()]
    after = _DRILL_AFTER.match(m.string, m.end())
    if _DECADE_BEFORE.search(before):
        return m.group()
    n = int(m["n"])
    if after and after["word"] in _DRILL_NOUNS:
        return f"{_cardinal(n, us)}-second"
    if not (after and _in_drill(m.string, m.start())) and not _drill_timed(m.string, m.start()):
        return m.group()
    return f"{_cardinal(n, us)} second{'' if n == 1 else 's'}"


def _group_slashes(m: Match, us: bool) -> str:
    """The 50/30/20 rule → the fifty-thirty-twenty rule: shares of a whole, run together."""
    parts = m.group().split("/")
    if sum(int(p) for p in parts) != 100:
        return m.group()
    return "-".join(_cardinal(int(p), us) for p in parts)


def _tax_year(m: Match, us: bool) -> str:
    """2021/22 → twenty twenty-one to twenty-two: a tax or school year, the next year's
    last two figures after the slash."""
    a, b = int(m["a"]), int(m["b"])
    if b != (a + 1) % 100:
        return m.group()
    if b == 0:  # "the 1999/00 season": to two thousand, never "to oh zero"
        return f"{_year(a, us)} to {_year(a + 1, us)}"
    return f"{_year(a, us)} to {_short_year(m['b'], us)}"


_METRIC = frozenset({"mm", "cm", "m", "km", "g", "kg", "ml", "mL", "l", "L", "cl", "dl"})
_IMPERIAL = frozenset(
    {"in", '"', "″", "ft", "'", "oz", "fl oz", "lb", "lbs", "pint", "pints", "cup", "cups",
     "tsp", "tbsp", "Tbsp", "qt", "yd", "mi", "sq ft", "sq yd", "sq in", "st"}
)  # fmt: skip


def _unit_pair(m: Match, us: bool) -> str:
    """225g/8oz → two hundred and twenty-five grams, or eight ounces; 20cm/8in, 2 mi / 3.2
    km: a measure and the same in the other system. The first is said here, the second by
    the rules after; "250mg/5ml" (a strength, per five millilitres) is no pair."""
    a, b = m["unit"], m["unit2"]
    if not ((a in _METRIC and b in _IMPERIAL) or (a in _IMPERIAL and b in _METRIC)):
        return m.group()
    return f"{_number(m['num'], us)} {unit_words(a, m['num'] == '1', us)}, or {m['next']}"


def _glyph_fraction(m: Match, us: bool) -> str:
    """1½ tsp → 1 1/2 tsp, ½" → 1/2": a fraction glyph before a unit, written out in
    figures for the fraction rules after ("one and a half teaspoons", "half an inch")."""
    num, den = _VULGAR[m["frac"]]
    return f"{m['whole'] + ' ' if m['whole'] else ''}{num}/{den}"


def _unit_range(m: Match, us: bool) -> str:
    """1½–2″ → one and a half to 2″, 3–4" → three to 4": a span's first end said, with
    "to", where its last end carries the unit (said by the unit's own rule)."""
    side = m["a"]
    frac = side[-1] if side[-1] in _VULGAR else None
    whole = side[:-1].strip() if frac else side
    said = _with_whole(whole, *_VULGAR[frac], us) if frac else _number(whole, us)
    return f"{said} {_to(m)} "


def _glued_inches(m: Match, us: bool) -> str:
    """(9in) → nine inches, 2–3in → two to three inches: "in" glued to a figure is inches."""
    last = m["b"] or m["num"]
    said = _number(m["num"], us) + (f" to {_number(m['b'], us)}" if m["b"] else "")
    if not m["b"] and _describes_a_noun(m):
        return f"{said}-inch"
    return f"{said} inch{'' if last == '1' else 'es'}{_unit_stop(m)}"


_WEATHER_WORD = re.compile(
    r"(?i:\b(?:bar|barometer|barometric|baro|pressure|reading|glass|falling|rising|steady"
    r"|depression|isobars?|storm|gale|hurricane|cyclone|typhoon|forecast|weather|hpa|wind))\b"
    r"|\b(?:low|high|Low|High)\b(?! (?:speed|res|resolution|quality|def))"
)
"""Words that stand near a barometer's millibars ("Bar. 968 mb, falling", "a low of 980mb"),
never near a file's megabytes ("a 950mb file", "1000 mb a month")."""


def _quiz_letter(m: Match) -> bool:
    """Is this "c." a quiz's third option: after its "a." and "b.", opening its own
    sentence once they were cut off ("c. nine"), or called out ("It's c. 9!"), as a "c."
    for circa never is?"""
    at = m.start()
    if m.group()[0] == "c" and re.match(r"\s?[a-z -]+!", m.string[m.end() :]):
        return True  # "It's c. nine!": an answer called out, never an estimate
    return quiz_option(m.string, at) or (m.group()[0] == "c" and not m.string[:at].strip())


_MAP_WORD = re.compile(r"(?i:\b(?:maps?|scale|sheets?|ref|survey|O\.S|chart|atlas|plan)\b)")
_SHUTTER_WORD = re.compile(
    r"(?i:\b(?:shutter|exposures?|exposed|seconds?|sec|ISO|aperture|camera|lens|shot|shoot"
    r"|shooting|photograph\w*)\b|\bf/[0-9])"
)


def _map_scale(m: Match, us: bool) -> str:
    """Map ref. 57D 1/20,000 → one to twenty thousand, where a map's word stands near;
    "at 1/1000" near a camera's word is a shutter speed, one thousandth (of a second);
    elsewhere it is left to the fraction's rules."""
    b = int(m["b"].replace(",", ""))
    near = m.string[max(0, m.start() - 60) : m.end() + 30]
    if _MAP_WORD.search(near):
        return f"one to {_cardinal(b, us)}"
    if _SHUTTER_WORD.search(near):  # "one thousandth", "one two-thousandth"
        said = _ordinal(b, us)
        return said if said.startswith("one ") else "one " + said.replace(" ", "-")
    return m.group()


def _old_miles(m: Match, us: bool) -> str:
    """Miles, as in "Camped 6 m. out", "covered 12 m. in the afternoon": where a distance
    word or a place follows, or a traveller's verb goes before ("covered"), and no "of"."""
    if not (m["far"] or (m["verb"] and m["word"] and m["word"] != "of")):
        return m.group()
    miles = "mile" if m["n"] == "1" else "miles"
    return f"{m['verb'] or ''}{_number(m['n'], us)} {miles}"


def _feet(m: Match, us: bool) -> str:
    """4' → four feet, a 25' tape measure → a twenty-five-foot tape measure: a foot mark
    where a size word or the noun it measures follows it, or after "wider than"; not a
    quotation's closing mark ("'Gate 4' was shut", "‘1966’ was", "'Give 'em 4', said
    Jack") nor a football minute ("Salah 23’", "4’ of stoppage time")."""
    text, at = m.string, m.start("mark")
    opener = "‘" if m["mark"] == "’" else "'"
    if m["mark"] != "′":
        if text[: m.start()].endswith(("'", "‘")):  # '4', ‘1966’: the figure is quoted
            return m.group()
        if len(re.findall(rf"(?<!\w){opener}(?=[^\W\d_]|[0-9](?![0-9](?:s\b|\b)))", text[:at])) % 2:
            return m.group()
        size = _MODIFIED_NOUN.match(text, m.end())
        if not (
            (size and size["word"] in _FOOT_SIZE_WORDS)
            or _FOOT_COMPARED.search(text, 0, m.start())
            or _FOOT_INCHES.match(text, m.end())
            or _before_its_noun(m)
        ):
            return m.group()
    if _before_its_noun(m):
        return f"{_number(m['num'], us)}-foot"
    return f"{_number(m['num'], us)} {'foot' if m['num'] == '1' else 'feet'}"


_FOOT_SIZE_WORDS = frozenset(
    {"long", "wide", "high", "deep", "tall", "thick", "across", "apart", "square", "deeper",
     "higher", "longer", "wider", "taller", "thicker", "overall", "by", "x"}
)  # fmt: skip
_FOOT_COMPARED = re.compile(
    r"\b(?:wider|taller|higher|longer|deeper|thicker|shorter|narrower|lower|bigger)\s+than\s+$"
    r"|(?:\bfeet|\bfoot|\binch(?:es)?|[0-9]['′’\"″])\s+(?:by|x|×)\s+$"
)  # "no wider than 4'", "12' 6" by 10'": a foot mark after a comparison or another side
_FOOT_INCHES = re.compile(r"\s+[a-z]+(?:-[a-z]+)?\s+inch(?:es)?\b")  # 12' six inches


_GLYPHS = "".join(_VULGAR)

_SIZE_WORDS = frozenset(
    {"long", "wide", "high", "deep", "tall", "thick", "across", "apart", "square", "down",
     "around", "beyond", "before", "after", "behind", "deeper", "higher", "longer", "wider",
     "taller", "thicker", "each", "overall", "or", "in", "to"}
)  # fmt: skip
_LIST_START = re.compile(
    r"(?:^|[-•*]\s+|[0-9]+\s+|\b(?:two|three|four|five|six|eight|ten|twelve)\s+)$"
)


def _before_its_noun(m: Match) -> bool:
    """Is a foot or inch mark's measure before the noun it describes: "a 2' level", "- 25'
    tape measure" in a list of tools, "four 4' end pieces"? Not before a word of size or
    place ("8' long", "3" apart")."""
    if _describes_a_noun(m):
        return True
    noun = _MODIFIED_NOUN.match(m.string, m.end())
    if not noun or not _LIST_START.search(m.string, 0, m.start()):
        return False
    word = noun["word"]
    return word not in _SIZE_WORDS | _NOT_MODIFIED | _VERBS_AND_ADVERBS


_DIMENSION_SIDES = {"W": "wide", "H": "high", "D": "deep", "L": "long"}


_FEED_BEFORE = re.compile(r"(?:NPK|N-P-K)(?:\s+(?:of|ratio))?\s+$")
_FEED_AFTER = re.compile(r"\s+(?:[a-z]+\s+)?(?:fertili[sz]ers?|feeds?|plant\s+food)(?!\w)")


def _feed_ratio(m: Match, us: bool) -> str:
    """A 10-10-10 fertilizer, NPK 4-2-8 → ten-ten-ten, four-two-eight: a feed's shares of
    nitrogen, phosphorus and potassium; other such groups are read figure by figure."""
    if not (_FEED_BEFORE.search(m.string, 0, m.start()) or _FEED_AFTER.match(m.string, m.end())):
        return m.group()
    return "-".join(_cardinal(int(n), us) for n in m.group().split("-"))


def _lumber(m: Match, us: bool) -> str:
    """2x6s → two-by-sixes: boards by their nominal size."""
    b = _cardinal(int(m["b"]), us)
    return f"{_cardinal(int(m['a']), us)}-by-{b + 'es' if b.endswith('x') else _plural(b)}"


_PER_SQUARE = {"sq": "square", "cu": "cubic"}
_PER_SQUARE_UNITS = {"ft": "foot", "in": "inch", "yd": "yard", "mi": "mile", "m": "{metre}",
                     "km": "kilo{metre}", "cm": "centi{metre}"}  # fmt: skip


def _per_square(m: Match, us: bool) -> str:
    """per sq m → per square metre, per sq. ft. → per square foot."""
    unit = _PER_SQUARE_UNITS[m["unit"]].format(metre="meter" if us else "metre")
    return f"per {_PER_SQUARE[m['kind']]} {unit}{_unit_stop(m)}"


def _dotted_measure_words(text: str) -> str:
    """Measures printed with dots or in pieces, put in the one form the unit rules know:
    "fl. oz." → "fl oz", "sq. ft." → "sq ft", "cu. yd." → "cu yd", "bd. ft.", "lin. ft."
    A last dot stays where it also ends the sentence."""

    def one(m: Match) -> str:
        ends = m["dot"] and re.match(r"[\"'”’)\]]*(?:\s*$|\s+[A-Z\"“‘])", m.string[m.end() :])
        return f"{m['a'].lower()} {m['b'].lower()}{'.' if ends else ''}"

    return re.sub(
        r"(?<![\w.])(?P<a>fl|sq|cu|bd|lin)\.?\s?(?P<b>oz|ft|in|yd|m)(?P<dot>\.)?(?!\w)",
        one,
        text,
    )


_PRACTICAL_WORDS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"(?<![\w/])[Ww]/[Oo](?![\w/])"), "without"),  # w/o sugar
    (re.compile(r"(?<![\w'’-])([A-F])[-−](?=[\"”’)]*(?:[\s,;:!?]|\.(?!\w)|$))"
                r"(?!\s+(?:and|or|to|through)\s+[A-F]-)(?!\s*[0-9])"), r"\1 minus"),  # a C- grade
    # b/c that's what you do; not "a b/c ratio"
    (re.compile(r"(?<![\w/])(?<!\ba )(?<!\bthe )(?<!\bof )b/c(?=\s+[a-zA-Z'’])"), "because"),
    (re.compile(r"(?<![\w/])B/c(?=\s+[a-zA-Z'’])"), "Because"),
    (re.compile(r"(?<![\w/])([Ww])/(?=\s)(?=\s*[a-z0-9])"), "with"),  # w/ 400m jog recovery
    # w/cheese; "the w/c" stays; "1,000 W/m2" is watts
    (re.compile(r"(?<![\w/])(w|(?<![0-9]\s)W)/(?=[a-z0-9]{2})"), "with "),
    (re.compile(r"(?<![\w.,])(?<=\b1 )c\.(?=\s+[a-z])"), "cup"),  # 1 c. flour
    (re.compile(r"(?<=[0-9] )(?<!\b[bB]\. [0-9] )(?<!\b[bB]\. [0-9]{2} )c\.(?=\s+[a-z])"),
     "cups"),  # 4 c. chicken stock; not a quiz's "a. 4 b. 9 c. neither"
    (re.compile(r"(?<=[½¼¾⅓⅔⅛⅜⅝⅞] )c\.(?=\s+[a-z])"), "cup"),  # ½ c. butter
    (re.compile(r"(?<=\b[1-9]/[0-9] )c\.(?=\s+[a-z])"), "cup"),  # 1/2 c. sugar
    (re.compile(r"(?<![\w.])(?<![0-9] )pkg\.(?=\s)"), "package"),  # 1 (12-oz.) pkg. cream cheese
    (re.compile(r"(?<![\w.])(?<![0-9] )pkgs\.(?=\s)"), "packages"),
    (re.compile(r"(?<![\w.])Hwy\.?(?=\s?[0-9])|(?<=[a-z] )Hwy(?![\w.])"), "Highway"),  # Hwy 66
    (re.compile(r"(?<![\w.])Rte\.?(?=\s?[0-9])"), "Route"),  # Old Rte 66, (Rte 267)
    (re.compile(r"(?<![\w'’-])(?P<name>[A-Z][a-z]+ )Rd(?![\w.])"), r"\g<name>Road"),  # Toll Rd
    (re.compile(r"(?<![\w/])bpm(?![\w/])"), "beats per minute"),  # 190 bpm
    (re.compile(r"(?<![\w'’-])wk(?=\s+[0-9])"), "week"),  # wk 11
    (re.compile(r"(?<![\w'’-])wks(?=\s+[0-9])"), "weeks"),
    (re.compile(r"(?<![\w.])qts\.(?=\s+[0-9])"), "quarts"),  # "pints 10 min; qts. 15"
    (re.compile(r"(?<=[0-9] )in-lbs?(?!\w)"), "inch-pounds"),  # 12 in-lbs
    (re.compile(r"(?<=[0-9] )ft-lbs?(?!\w)"), "foot-pounds"),
    (re.compile(r"(?<=[\w%)] )p\.\s?a\.(?=\s+[a-z]|\s*[,;:)])"), "a year"),  # 1% p.a.
    (re.compile(r"(?<=[\w%)] )p\.\s?a\.(?=\s*$|\s+[A-Z])"), "a year."),
    (re.compile(r"(?i)\b(model|serial|part|item|order|account|style|lot|catalog|stock) "
                r"#(?=\s|$|[,.;:)])"), r"\1 number"),  # the model # on the plate
)  # fmt: skip
"""Shorthand that practical books (recipes, training plans, DIY) print where prose has a
word: "w/", "wk 11", "1% p.a.", "model #"."""

_SPOONS = re.compile(
    r"(?<![\w./])(?P<q>[0-9]{1,2}(?:[ -]?[½¼¾⅓⅔⅛]|/[0-9]{1,2}|\s[0-9]/[0-9])?|[½¼¾⅓⅔⅛])"
    r"(?P<sp>\s?)(?P<u>T|t)\.(?=\s+(?!of\b)[a-z])"
)
_INGREDIENT_OPENING = re.compile(r"^\s*(?:[-•*]\s+)?(?:[0-9]{1,2}|[½¼¾⅓⅔⅛])")
_KITCHEN_MEASURE = re.compile(
    r"[0-9½¼¾⅓⅔⅛]\s?(?:c\.|cups?\b|tsp\b|tbsp\b|teaspoons?\b|tablespoons?\b|oz\b|lbs?\b|pkg\b)"
)


def _spoons(text: str) -> str:
    """A community cookbook's "2 T. flour" and "1 t. zest": tablespoons and teaspoons, in an
    ingredient line or list only (the text opens with its quantity, or measures in cups,
    spoons or ounces beside it: "FILLING: 2 eggs, 1 c. sugar, 2 T. flour"): elsewhere "5
    t. of coal" is tons, and "T." an initial."""
    if "." not in text or not (_INGREDIENT_OPENING.match(text) or _KITCHEN_MEASURE.search(text)):
        return text
    return _SPOONS.sub(lambda m: f"{m['q']} {'tbsp' if m['u'] == 'T' else 'tsp'}", text)


_COMMA_EUROS = re.compile(
    r"€\s?(?P<e>[0-9]{1,3}(?:\.[0-9]{3})*),(?P<c>[0-9]{2})(?![0-9]|[.,][0-9])"
    r"|(?<![\w.,])(?P<e2>[0-9]{1,3}(?:\.[0-9]{3})*),(?P<c2>[0-9]{2})\s?€"
)
"""Euros with a decimal comma, as the Continent writes them, in an English book ("€1,50",
"4,20 €", "1.234,50 €"): put as "€1.50", "€4.20", "€1234.50" for the money rules, which
say "one euro and fifty cents". Two figures after the comma are cents; "€1,500" (three)
is a thousand and five hundred."""


def _comma_euros(m: Match) -> str:
    euros, cents = (m["e"], m["c"]) if m["e"] else (m["e2"], m["c2"])
    return f"€{euros.replace('.', '')}.{cents}"


_HIGHWAY_SIDE = re.compile(r"(?<![\w.,])(?P<side>[NSEW])\.(?=\s+(?:Highway|Route)\s?[0-9])")
"""An address on a numbered road ("1000 E. Hwy 66"): the compass letter is East."""
_ROAD_SIDES = {"N": "North", "S": "South", "E": "East", "W": "West"}

_WEEKDAY = "|".join(sorted(WEEKDAYS, key=len, reverse=True))
_WEEKDAY_LIST = re.compile(rf"(?<![\w/])(?:{_WEEKDAY})(?:/(?:{_WEEKDAY})){{1,6}}(?![\w/])")


def _weekday_list(m: Match) -> str:
    """Mon/Wed/Fri → Monday, Wednesday and Friday: days of a weekly plan."""
    names = [WEEKDAYS[d] for d in m.group().split("/")]
    return ", ".join(names[:-1]) + " and " + names[-1]


_PRICE_BAND = re.compile(
    r"(?<![\w$£€¥\\])(?<![0-9] )(?<!\bor )(?<!\band )(?<!\bin )(?<!\bof )(?P<sign>[$£€])"
    r"(?:(?P=sign){1,4}(?![\w$£€¥\\])(?!\s?[0-9])(?=\s*(?:[.,;:)]|$|\s+[\w(]))"
    r"|(?<=[A-Za-z.;] [$£€])(?=[.;](?:\s|$)))"
)
"""A guidebook's price band, its currency sign repeated ("Rooms $$; restaurant $.",
"€€€€.", "£££ for UK readers"): "two dollar signs", as the key beside it is read. Not a
sign beside a figure ("$ 5", "4,20 €") nor one in code or maths ("US$", "$$x$$"); one
sign alone only as an entry's field, after a word or a stop and before its own stop
("restaurant $.", "…3pm. €. Queue"), not "in $ or €" nor a shell's prompt "(.venv) $."."""
_SIGN_NAMES = {"$": "dollar", "£": "pound", "€": "euro"}
_STARS = re.compile(r"(?<![★☆])(?P<full>★{1,10})(?P<empty>☆{0,10})(?![★☆])")
"""A rating in stars ("★★★★", "★★★☆☆"): "four stars", "three stars out of five"."""
_A_TO_Z = re.compile(r"(?<![\w\[-])A[–-]Z(?![\w\]-])")
"""An "A–Z", a guidebook's chapter of facts in order ("Practical A–Z"): "A to Z"."""


def _price_band(m: Match) -> str:
    count = len(m[0])
    name = _SIGN_NAMES[m["sign"]]
    return f"{_cardinal(count, False)} {name} sign{'s' if count > 1 else ''}"


def _stars(m: Match) -> str:
    full, empty = len(m["full"]), len(m["empty"])
    said = f"{_cardinal(full, False)} star{'s' if full > 1 else ''}"
    return f"{said} out of {_cardinal(full + empty, False)}" if empty else said


_PRACTICAL: tuple[tuple[re.Pattern[str] | None, Replacement], ...] = (
    (None, _dotted_measure_words), (None, _spoons), *_PRACTICAL_WORDS,
    (_WEEKDAY_LIST, _weekday_list), (_HIGHWAY_SIDE, lambda m: _ROAD_SIDES[m["side"]]),
    (_COMMA_EUROS, _comma_euros),
    (_PRICE_BAND, _price_band), (_STARS, _stars), (_A_TO_Z, lambda m: "A to Z"),
)
"""The shorthand of practical books in words, before the number rules see it."""


def _uk_postcode(m: Match, us: bool) -> str:
    """A UK postcode is said as its letters and its district's number: "LS10 1AB" → "L S
    ten, one A B", "SW1A 2AA" → "S W one A, two A A"; never "LS10 one AB"."""
    district = m["district"]
    said = _cardinal(int(district), us) if district.isdigit() else (
        f"{_cardinal(int(district[0]), us)} {district[1]}"
    )  # fmt: skip
    return f"{' '.join(m['area'])} {said}, {_cardinal(int(m['sector']), us)} {' '.join(m['unit'])}"


def _plural_number(said: str) -> str:
    """A number as a noun in the plural: "eighteens", "sixes", "twenties"."""
    if said.endswith("y"):
        return said[:-1] + "ies"
    return said + ("es" if said.endswith("x") else "s")


_FRENCH_PLACE = re.compile(
    r"\s+(?:(?:and|et|,)\s+[0-9]{1,2}e\s+)?(?:arrondissements?|siècle|étage)\b"
)


def _french_ordinal(m: Match, us: bool) -> str:
    """"3e", "1er": a French ordinal ("troisième", "premier") in an English book, said as
    the English ordinal: "1er"/"1re" always (no English word is so written), "3e" after
    "the" or before an arrondissement ("the 3e and 4e arrondissements"). "2e idée" in a
    French phrase, "6e" alone, stay as they are."""
    n = int(m["n"])
    first = m["s"] in ("er", "re")
    if first != (n == 1):
        return m.group()
    before = m.string[max(0, m.start() - 4) : m.start()]
    if first or re.search(r"\b[Tt]he\s$", before) or _FRENCH_PLACE.match(m.string, m.end()):
        return _ordinal(n, us)
    return m.group()


_CLOCK_CUE = re.compile(r"(?i)\b(?:at|from|until|till|to|by|before|after|opens|closes)\s$")


def _h_minutes(m: Match, us: bool) -> str:
    """"2h16" (a race, a journey) → "two hours sixteen"; after a clock's word ("at 14h30",
    "from 9h00") the time of day, "fourteen thirty", "nine hundred"."""
    h, minute = int(m["h"]), int(m["min"])
    if h > 23:
        return m.group()
    mins = _cardinal(minute, us) if minute >= 10 else f"oh {_cardinal(minute, us)}"
    if _CLOCK_CUE.search(m.string, 0, m.start()):
        return f"{_cardinal(h, us)} {mins}" if minute else f"{_cardinal(h, us)} hundred"
    hours = f"{_cardinal(h, us)} hour{'' if h == 1 else 's'}"
    return f"{hours} {mins}" if minute else hours


def _rule(pattern: str, fn: Callable[[Match, bool], str]) -> Rule:
    return re.compile(pattern), fn


_CUES = (
    r"in|of|since|from|until|till|by|circa|around|before|after|during|year|between|"
    r"early|late|mid|spring|summer|autumn|fall|winter|born|died|copyright|©|c\.|ca\."
)
_YEAR = r"1[1-9][0-9]{2}|20[0-9]{2}"
_ERAS = ERAS
_OLD_D = r"(?<=[23])(?<!1[23])d"  # "the 2d of December", "July 3d": old second and third
_FRACTION_SIDE = r"[0-9]+\s?[½⅓⅔¼¾⅛⅜⅝⅞]|[½⅓⅔¼¾⅛⅜⅝⅞]|[0-9]+"
_OVEN_SETTING = (
    r"(?:[0-9]{2,3}\s?°?\s?[CF](?:\s+fan)?|(?i:gas)(?:\s+(?i:mark))?\s+[0-9]{1,2})(?!\w)"
)
_OVEN = re.compile(rf"{_L}{_OVEN_SETTING}(?:\s*/\s*{_OVEN_SETTING})+")
"""Oven settings joined by slashes, as recipes print them: "350°F / 180°C / gas 4",
"180C/160C fan"; said one after another, without "slash"."""

_NUMBER_WORDS = (
    "zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    "fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|"
    "eighty|ninety|a hundred|a thousand"
)
"""A number's first word, once a number is in words."""
_STREET_WORDS = {"Ave": "Avenue", "Blvd": "Boulevard", "Rd": "Road", "St": "Street",
                 "Dr": "Drive", "Ln": "Lane", "Pl": "Place", "Ter": "Terrace",
                 "Pkwy": "Parkway", "Hwy": "Highway"}  # fmt: skip
_QUADRANTS = {"NW": "Northwest", "NE": "Northeast", "SW": "Southwest", "SE": "Southeast"}
_NUMBER_RULES: tuple[Rule, ...] = (  # in order: each rule sees what the earlier ones left
    (COORDINATE, _coordinate),
    _rule(  # "Table 2-1", "Figure 3-4": chapter 2's first table, two-one, not a range
        r"(?<![\w.])(?P<w>(?:Table|Figure|Fig\.|Exhibit|Chart|Map|Plate|Diagram|Equation|Eq\.|Listing"
        r"|Example|Exercise|Problem|Box|Illustration|Photo|Graph|Worksheet)\s)(?P<a>[0-9]{1,2})[-–]"
        r"(?P<b>[0-9]{1,3})(?![\w-]|[.,][0-9])",
        lambda m, us: f"{m['w']}{_cardinal(int(m['a']), us)}-{_cardinal(int(m['b']), us)}",
    ),
    (_TELEGRAM_HEAD, _telegram_head),
    (_DIARY_DATE, _diary_date),
    _rule(  # "1500 Pennsylvania Ave. NW": Avenue Northwest, the city's quadrant
        r"(?<![\w'’-])(?P<name>[A-Z][\w'’-]*|[0-9]+[A-Za-z]?)\s+(?P<st>Ave|Blvd|Rd|St|Dr|Ln"
        r"|Pl|Ter|Pkwy|Hwy|Avenue|Boulevard|Road|Street|Drive|Lane|Place|Terrace|Parkway"
        r"|Highway)(?P<dot>\.?)\s+(?P<q>NW|NE|SW|SE)(?![\w'’-])(?!\s+of\b)",
        lambda m, us: f"{m['name']} {_STREET_WORDS.get(m['st'], m['st'])} {_QUADRANTS[m['q']]}",
    ),
    _rule(  # "Leeds LS10 1AB", "SW1A 2AA": a UK postcode, "L S ten, one A B"
        r"(?<![\w-])(?P<area>[A-Z]{1,2})(?P<district>[0-9]{1,2}|[0-9][A-Z]) (?P<sector>[0-9])"
        r"(?P<unit>[ABD-HJLNP-UW-Z]{2})(?![\w-])",
        _uk_postcode,
    ),
    _rule(  # "free for under-18s", "the over-65s": the under-eighteens, not "eighteen s"
        r"(?<![\w-])(?P<w>(?i:under|over))-(?P<n>[1-9][0-9]?)s(?![\w'’-])",
        lambda m, us: f"{m['w']}-{_plural_number(_cardinal(int(m['n']), us))}",
    ),
    _rule(  # "the 3e and 4e arrondissements", "the 1er": a French ordinal, "third", "first"
        r"(?<![\w.,])(?P<n>[1-9][0-9]?)(?P<s>er|re|e|ème)(?![\w'’-])", _french_ordinal
    ),
    _rule(  # "takes 2h16", "at 14h30": hours and minutes written the French way
        r"(?<![\w.,:])(?P<h>[0-9]{1,2})h(?P<min>[0-5][0-9])(?![\w.,:]?[0-9]|\w)", _h_minutes
    ),
    _rule(  # "Pvt. Walter J. Kaminski, 36512847": a serial number, digit by digit
        r"(?<![\w.,])(?P<n>[0-9]{7,9})(?![\w,]|\.[0-9])", _serial_number
    ),
    _rule(  # "returned SP 11/2": a horse's starting price, eleven to two
        r"(?<=\bSP )(?P<a>[1-9][0-9]{0,2})/(?P<b>[1-9][0-9]{0,2})(?![\w/]|[.,][0-9])",
        lambda m, us: f"{_cardinal(int(m['a']), us)} to {_cardinal(int(m['b']), us)}",
    ),
    _rule(  # "Map ref. 57D 1/20,000": a map's scale, one to twenty thousand
        r"(?<![\w/.,])1/(?P<b>[0-9]{1,3},[0-9]{3}|[1-9]0{3,5})(?![\w/]|[.,][0-9])"
        r"(?!\s+(?:chance|odds|of|probability)\b)",
        _map_scale,
    ),
    _rule(  # "1°/hr", "2 °C/h": one degree per hour
        rf"{_L}(?P<num>{_NUM})\s?°(?P<scale>[CF])?/(?P<per>{_PER_PATTERN})(?![\w/])",
        lambda m, us: f"{_number(m['num'], us)} degree{'' if m['num'] == '1' else 's'}"
        + {"C": " Celsius", "F": " Fahrenheit"}.get(m["scale"] or "", "")
        + f" per {_PER_TIME[m['per']]}",
    ),
    _rule(  # "6.4 km, 3 h.": hours, the unit's symbol after a figure
        rf"{_L}(?P<num>{_NUM})\sh(?=\s+(?:and|or|to|later|ago|before|after|of|in|at|on|each|"
        r"every|with|without)(?![\w'’-])|\s*[,;:)]|\.?\s*$|\.\s+[A-Z])",
        lambda m, us: f"{_number(m['num'], us)} hour{'' if m['num'] == '1' else 's'}",
    ),
    _rule(  # "1959–present": nineteen fifty-nine to the present
        rf"{_L}(?P<y>{_YEAR})\s?[–-]\s?(?:[Pp]resent)(?!\w)",
        lambda m, us: f"{_year(int(m['y']), us)} to the present",
    ),
    _rule(
        r"(?<!\w)(?P<cue>(?i:ending)(?:\s+in)?\s+)(?P<d>[0-9]{3,6})(?![\w,]|\.[0-9])",
        _last_digits,
    ),
    _rule(  # "one (1) very bad scene", "thirty (30) days": the figure repeats the word
        r"\s\((?P<n>[0-9]{1,9})\)(?=[\s,.;:!?]|$)", _number_repeated
    ),
    _rule(  # "Account #4471-0092", "Order #123-4567": a numbered thing's groups, no span
        r"(?:(?<=#)|(?<=\bnumber ))(?P<a>[0-9]{3,})-(?P<b>[0-9]{3,})(?![\w-]|[.,][0-9])",
        lambda m, us: f"{_digits(m['a'])}, {_digits(m['b'])}",
    ),
    _rule(  # "1-800-FLOWERS": a toll-free number spelled as a word, one eight hundred flowers
        r"(?<![\w.-])1-(?P<a>800|8[4-8]{2})-(?P<w>[A-Z]{3,}(?:-[A-Z]+)?)(?![\w-])",
        lambda m, us: "one "
        + ("eight hundred" if m["a"] == "800" else _digits(m["a"]))
        + f" {m['w'].lower().replace('-', ' ')}",
    ),
    _rule(  # "A +380 number": a country's calling code, digit by digit, as a caller reads it
        r"(?<![\w.,+-])\+(?P<code>[1-9][0-9]{0,2})"
        r"(?=\s+(?:(?:phone|mobile|cell|foreign|international)\s+)?(?:numbers?|prefix|code)\b)",
        lambda m, us: f"plus {_digits(m['code'])}",
    ),
    _rule(  # "dial 011 81 3 1234 5678", "+81 3 1234 5678": an international call's string
        r"(?<![\w.,+-])(?:\+[0-9]{1,3}|0(?:0|11))(?:[\s-][0-9]{1,6}){2,5}(?![\w-]|[.,:/][0-9])",
        _dialled,
    ),
    (_POSTCODE, _postcode),
    _rule(  # (555) 012-4477, +44 7700 900461, 020 7946 0321, 07700 900461, 555-0143
        r"(?<![\w.,+-])(?:\([0-9]{3}\)\s?[0-9]{3}[-.\s][0-9]{4}"
        r"|\+[0-9]{1,3}(?:[\s-][0-9]{2,6}){1,4}"
        r"|0[0-9]{2,4}(?:\s[0-9]{3,4}){1,2}|0[0-9]{3,4}\s[0-9]{6}"  # 07700 900461
        r"|(?P<bare>[0-9]{3}-[0-9]{4})"
        r"|(?P<cued>[0-9]{3,6}(?:[\s-][0-9]{2,6}){0,3}))(?![\w-]|[.,:/][0-9])",  # call … 116 123
        _phone,
    ),
    _rule(
        r"(?<!\w)(?P<cue>(?i:call|calls|called|calling|dial|dials|dialled|dialed|dialling|"
        r"dialing|ring|rang|phone|phoned)\s+)(?P<n>911|999|112|111|000|101|988)(?![\w]|[.,][0-9])",
        _emergency,
    ),
    _rule(  # "Emergency: 112 (EU), 999 (UK)", "the line became 988": a hotline's number
        r"(?<![\w$£€.,/-])(?P<n>911|999|112|988)(?![\w/-]|[.,][0-9])",
        _hotline,
    ),
    _rule(  # 401(k), 14(b), 14(b)(2)
        r"(?<![\w.,])(?P<n>[0-9]{1,4})\((?P<l>[a-z])\)(?:\((?P<sub>[0-9]{1,2})\))?(?![\w(])",
        _clause,
    ),
    _rule(  # blood pressure: only after its name ("12/12" may be a date)
        r"(?<!\w)(?P<cue>(?:(?i:blood\s+pressure|pressure)|BP|B\.P\.)(?:\s+(?:was|is|of|at|"
        r"reading|read|reads|remained|fell\s+to|dropped\s+to|rose\s+to|now|still|about|"
        r"around))*\s+)(?P<a>[0-9]{2,3})/(?P<b>[0-9]{2,3})(?![\w/]|[.,][0-9])",
        _pressure,
    ),
    _rule(  # 180/120 mm Hg, "a reading of 135/85": a blood pressure by its unit or its talk
        r"(?<![\w/.,-])(?P<a>[0-9]{2,3})/(?P<b>[0-9]{2,3})(?![\w/]|[.,][0-9])",
        _pressure_reading,
    ),
    _rule(  # a roof's pitch, rise over a run of twelve: "a 12/12 pitch" is twelve-twelve
        rf"{_L}(?P<a>[0-9]{{1,2}})/12(?=\s+(?:roof\s+)?pitch(?!\w))",
        lambda m, us: f"{_cardinal(int(m['a']), us)}-twelve",
    ),
    _rule(r"(?<=[^\W\d_]|…)\s>\s(?=[A-Z])", _menu_step),  # "File > Save As": then
    _rule(  # "x < 5", "(>60", "p<0.05" (a variable's letter glued), "> 50 people" opening it
        r"(?<=[0-9\s])(?:<=?|>=?)(?=[\s0-9])|(?<=[(\[])(?:<=?|>=?)(?=[0-9])"
        r"|(?<![\w</][A-Za-z])(?<=[A-Za-z])(?:<=?|>=?)(?=[0-9])|^(?:<=?|>=?)(?=\s?[0-9])",
        _compare,
    ),
    _rule(r"(?<![^\s(\[])[-−](?=[0-9])", lambda m, us: "minus "),
    _rule(  # "a –20% margin", "(60 + (–20) = 40)": an en dash typed for a minus sign; not
        # a spaced range's dash ("1939 –1945") nor a parenthesis' dash ("– 20 men")
        r"(?<![^\s(\[])(?<![0-9][\s(])(?<![0-9]\s\s)–(?=[0-9])", lambda m, us: "minus "
    ),
    _rule(  # "~ 1 ~", a chapter's number between tildes: One
        r"(?<![^\s(\[])~\s?(?P<n>[0-9]{1,3})\s?~(?![\w~])",
        lambda m, us: _title_words(_cardinal(int(m["n"]), us)),
    ),
    _rule(r"(?<![^\s(\[])~\s?(?=[0-9])", lambda m, us: "about "),
    _rule(r"(?<![\w/.-])([0-9]{4})-([0-9]{2})-([0-9]{2})(?![\w-]|[.,][0-9])", _iso_date),
    _rule(
        r"(?<![\w/.,])(?P<a>[0-9]{1,2})/(?P<b>[0-9]{1,2})/(?P<y>[0-9]{4}|[0-9]{2})"
        r"(?![\w/]|[.,][0-9])",
        _numeric_date,
    ),
    _rule(
        r"(?<!\w)(?P<cue>(?i:on|by|since|until|till|before|after|dated|sent|posted)\s+)"
        r"(?P<a>[0-9]{1,2})/(?P<b>[0-9]{1,2})(?![\w/]|[.,][0-9])",
        _slash_date,
    ),
    _rule(r"(?<![\w/.,])[0-9]{1,2}(?:/[0-9]{1,2}){2,}(?![\w/]|[.,][0-9])", _group_slashes),
    _rule(rf"(?<![\w/.,])(?P<a>{_YEAR})/(?P<b>[0-9]{{2}})(?![\w/]|[.,][0-9])", _tax_year),
    _rule(  # 1st–3rd Oct., the 20th–21st
        rf"{_L}(?:(?P<the>[Tt]he)\s+)?(?P<a>[0-9]{{1,2}})(?:st|nd|rd|th)\s?[–-]\s?"
        rf"(?P<b>[0-9]{{1,2}})(?:st|nd|rd|th)(?!\w)(?:\s+(?:of\s+)?(?P<month>{_MONTH})"
        rf"(?:,?\s+(?P<year>[0-9]{{4}}){_R})?)?",
        _ordinal_range,
    ),
    _rule(  # Apr. 30–May 2: the first date's dash is "to"
        rf"(?<!\w)(?P<month>{_MONTH})\s+(?P<day>[0-9]{{1,2}})(?:st|nd|rd|th)?\s?[–-]\s?"
        rf"(?=(?:{_MONTH})\s+[0-9]{{1,2}}(?![0-9]))",
        _span_start,
    ),
    _rule(  # 1 Apr–1 Nov: the first date of a span, day first, its dash said "to"
        rf"{_L}(?<![$£€¥])(?P<day>[0-9]{{1,2}})\s+(?P<month>{_MONTH})\s?[–-]\s?"
        rf"(?=[0-9]{{1,2}}\s+(?:{_MONTH}))",
        lambda m, us: m.group() if not 1 <= int(m["day"]) <= 31
        else f"{_date(int(m['day']), _month(m['month']), None, us, day_first=True)} {_to(m)} ",
    ),
    _rule(  # 12–14 March 1998, December 9-10, 1941, Jan. 5-7
        rf"{_L}(?:(?P<the>[Tt]he)\s+)?(?P<a>[0-9]{{1,2}})\s?[–-]\s?(?P<b>[0-9]{{1,2}})\s+"
        rf"(?:of\s+)?(?P<month>{_MONTH})(?:,?\s+(?P<year>[0-9]{{4}}){_R})?"
        rf"|(?<!\w)(?P<month2>{_MONTH})\s+(?P<a2>[0-9]{{1,2}})\s?[–-]\s?(?P<b2>[0-9]{{1,2}}){_R}"
        rf"(?:(?P<sep>,?\s+)(?P<year2>[0-9]{{4}}){_R})?",
        _day_range,
    ),
    _rule(  # between December 9 and 10: two days of the month, the second an ordinal too
        rf"(?<!\w)(?P<bw>[Bb]etween\s+)(?P<month>{_MONTH})\s+(?P<a>[0-9]{{1,2}})"
        rf"(?P<and>\s+and\s+)(?P<b>[0-9]{{1,2}}){_R}"
        rf"(?!\s+(?:{_MONTH}|o['’]clock|[ap]\.?m\b)(?!\w))",
        _between_days,
    ),
    _rule(  # 3 May 1998; not a price before a month ("€28 Nov–Mar")
        rf"{_L}(?<![$£€¥])(?:(?P<the>[Tt]he)\s+)?(?P<day>[0-9]{{1,2}})(?:st|nd|rd|th|{_OLD_D})?"
        rf"\s+(?:of\s+)?(?P<month>{_MONTH})(?:,?\s+(?P<year>[0-9]{{4}}){_R})?",
        _day_month,
    ),
    _rule(
        rf"(?<!\w)(?P<month>{_MONTH})\s+(?P<day>[0-9]{{1,2}})(?:st|nd|rd|th|{_OLD_D})?{_R}"
        rf"(?:(?P<sep>,?\s+)(?P<year>[0-9]{{4}}){_R})?",
        _month_day,
    ),
    _rule(  # 8:30/mile, 12:00–13:30/mi: a runner's pace
        r"(?<![\w:.,])(?P<a>[0-9]{1,2}:[0-5][0-9])(?:\s?[–-]\s?(?P<b>[0-9]{1,2}:[0-5][0-9]))?"
        r"\s?/\s?(?P<per>mile|mi|km|k)(?!\w)",
        _pace,
    ),
    _rule(  # finished in 2:00:00, ran 1:44:52
        r"(?<![\w:.,])(?P<h>[0-9]{1,2}):(?P<min>[0-5][0-9]):(?P<sec>[0-5][0-9])"
        rf"(?![\w:]|[.,][0-9])(?!\s*{_AMPM})",
        _duration,
    ),
    _rule(r"(?<![\w:.,])(?:2[4-9]|[3-5][0-9]):00(?![\w:]|[.,][0-9])", _race_minutes),
    _rule(  # 4:31.2, a 3:59.4 mile: minutes, seconds and tenths, a race's time, no clock's
        r"(?<![\w:.,])(?P<ms>[0-9]{1,2}:[0-5][0-9])\.(?P<t>[0-9]{1,2})(?![\w:]|[.,]?[0-9])",
        _race_tenths,
    ),
    _rule(  # from 41:20 to 38:05 in a runner's sentence: minutes past any clock's hours
        r"(?<![\w:.,])(?:2[4-9]|[3-5][0-9]):[0-5][0-9](?![\w:]|[.,][0-9])",
        _race_mm_ss,
    ),
    _rule(  # 9–11:30 a.m., 9am–6.30pm, 12.30–2pm, 7.30–midnight
        r"(?<![\w:.,])(?P<h>1[0-2]|0?[1-9])(?:(?P<sep>[:.])(?P<min>[0-5][0-9]))?"
        r"(?P<ap1>\s?[AaPp]\.?\s?[Mm](?:\.|(?!\w)))?\s?[–-]\s?"
        r"(?=(?:1[0-2]|0?[1-9])(?:[:.][0-5][0-9])?\s*[AaPp]\.?\s?[Mm]\.?(?!\w)"
        r"|(?i:noon|midnight)(?![\w'’-]))",
        _hour_range,
    ),
    _rule(  # noon–midnight, noon–3pm: a span of opening hours from a named hour
        r"(?<![\w'’-])(?P<w>(?i:noon|midnight))\s?[–-]\s?"
        r"(?=(?:1[0-2]|0?[1-9])(?:[:.][0-5][0-9])?\s*[AaPp]\.?\s?[Mm]\.?(?!\w)"
        r"|(?i:noon|midnight)(?![\w'’-]))",
        lambda m, us: f"{m['w']} {_to(m)} ",
    ),
    _rule(
        r"(?<![\w:.,])(?P<h>[01]?[0-9]|2[0-3]):(?P<min>[0-5][0-9])(?::(?P<sec>[0-5][0-9]))?"
        rf"(?:\s*{_AMPM}|(?![\w]|:\S|[.,][0-9]))",  # "22:41: hello": the colon is the line's
        _time,
    ),
    _rule(  # 9am, 11.30pm
        rf"(?<![\w:.,])(?P<h>1[0-2]|0?[1-9])(?:\.(?P<min>[0-5][0-9]))?(?P<sec>)\s*{_AMPM}",
        _time,
    ),
    _rule(
        r"(?<!\w)(?P<cue>(?:(?i:at|by|until|till|from|to|and|before|after|around|about|since|"
        r"between)|Boarding|boarding|[Dd]epart(?:s|ing|ed)?|[Aa]rriv(?:es|ing|ed|e))\s+)?"
        r"(?<![\w.,:])(?P<t>(?:[01][0-9]|2[0-3])[0-5][0-9])"
        r"(?:(?P<hrs>\s*(?:hours|hrs)(?!\w)(?:\.(?=\s+[a-z]))?)|(?![\w,:/-]|\.[0-9]))",
        _military,
    ),
    _rule(
        rf"(?<!\w)(?P<cue>[Tt]he\s+)(?P<t>{_DOT_CLOCK})(?=\s+(?:{_SERVICE}))", _named_time
    ),
    _rule(
        r"(?<!\w)(?P<cue>(?i:caught|catch|catches|catching|missed|miss|misses|missing|took|take|"
        rf"takes|taking|boarded|board|boards|met|meet|meets)\s+the\s+)(?P<t>{_DOT_CLOCK})"
        r"(?=\s*(?:$|[,;:!?)\"”’]|\.(?![0-9])))",
        _named_time,
    ),
    _rule(  # the 8.15 was late, the 7.40 pulled in: a train named by its time
        rf"(?<!\w)(?P<cue>[Tt]he\s+)(?P<t>{_DOT_CLOCK})(?=\s+(?:(?:was|is|were|had\s+been)\s+"
        r"(?:late|early|on\s+time|cancell?ed|delayed|full|crowded|packed|running|due)|"
        r"arrived|departed|pulled|came\s+in|leaves|arrives)(?![\w'’-]))",
        _named_time,
    ),
    _rule(  # a telegram's time: ARRIVE TOMORROW 3.15 STOP, LEAVING FRIDAY 11.40 TRAIN
        rf"(?<!\w)(?P<cue>(?:ARRIV[A-Z]*|LEAV[A-Z]*|DEPART[A-Z]*|RETURN[A-Z]*|[A-Z]+DAY|"
        rf"TOMORROW|TONIGHT|TRAIN)\s+)(?P<t>{_DOT_CLOCK})"
        r"(?!\s+(?:MILLION|BILLION|THOUSAND|PER|PERCENT|POUNDS|DOLLARS|MILES|FEET|TONS)\b)"
        r"(?=\s+[A-Z]{2,}(?![\w'’])|\s*$|\s*[.,]\s)",
        _named_time,
    ),
    _rule(
        rf"(?<!\w)(?P<cue>(?i:at|by|until|till|from)\s+){_DOT_CLOCK}"
        rf"(?:(?P<join>\s*[–-]\s*|\s+(?:to|and|till|until)\s+){_DOT_CLOCK})?"
        rf"(?:\s*{_AMPM}|(?!\w|[.,][0-9])"
        rf"(?!\s*(?:[%°]|(?:(?i:{_NOT_CLOCK})|{UNIT_PATTERN})(?!\w))))",
        _dot_times,
    ),
    _rule(  # "the clock above the stage, which said 9.40": nine forty
        rf"(?<!\w)(?P<cue>(?i:said|says|read|reads|showed|shows|stood at)\s+)(?P<t>{_DOT_CLOCK})"
        rf"(?!\w|[.,][0-9]|\s*(?:[%°]|(?:(?i:{_NOT_CLOCK})|{UNIT_PATTERN})(?!\w)))",
        _clock_said,
    ),
    _rule(  # a ratio, a map's scale with its thousands' commas too: "1:50,000"
        r"(?<![\w:.,])(?P<a>[0-9]+):(?P<b>[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?![\w:]|[.,][0-9])",
        lambda m, us: f"{_cardinal(int(m['a']), us)} to "
        f"{_cardinal(int(m['b'].replace(',', '')), us)}",
    ),
    _rule(  # "EUR 1.50", "GBP 1,270", "USD 40": a currency's code before the sum, as its sign
        rf"(?<![\w$£€¥₹/])(?P<code>{_CODES})\s?(?={_NUM}(?:\s?[–-]\s?{_NUM})?{_R})",
        lambda m, us: _CURRENCY_CODES[m["code"]],
    ),
    _rule(  # "20 EUR", "1.50 GBP": the code after the sum
        rf"{_L}(?P<num>{_NUM})\s(?P<code>{_CODES})(?![\w$£€¥₹])",
        lambda m, us: f"{_CURRENCY_CODES[m['code']]}{m['num']}",
    ),
    _rule(  # "CHF 4.50", "3 CHF": four Swiss francs and fifty centimes
        rf"(?<![\w$])CHF\s?(?P<num>{_NUM}){_R}|{_L}(?P<num2>{_NUM})\sCHF(?!\w)",
        _swiss_francs,
    ),
    _rule(  # $15–20: fifteen to twenty dollars, the sum's name said once, by the next rule
        rf"(?<!\w)(?P<sym>[$£€])\s?(?P<a>{_NUM})\s?[–-]\s?(?={_NUM}(?!\w|[.,][0-9]))",
        lambda m, us: f"{_number(m['a'], us)} {_to(m)} {m['sym']}",
    ),
    _rule(  # $12.50–$13.25: the span's "to", both sums said by the next rule
        rf"(?<!\w)(?P<a>[$£€¥₹]\s?{_NUM}(?:bn|tn|[mkMKBT])?)\s?[–-]\s?(?=[$£€¥₹]\s?[0-9])",
        lambda m, us: f"{m['a']} {_to(m)} ",
    ),
    _rule(
        rf"(?<!\w)(?:(?P<cc>US|NZ|HK|A|C)(?=\$))?"
        rf"(?P<sym>[$£€¥₹]|Rs\.?(?=\s?[0-9]))\s?(?P<num>{_NUM}|\.[0-9]+(?=\s?(?i:thousand|million|billion|trillion)(?!\w)|(?:bn|BN|tn|[mkMKBT])(?!\w)))"
        rf"(?:\s(?P<scale>(?i:thousand|million|"
        rf"billion|trillion))(?!\w)|(?P<abbr>bn|BN|tn|[mkMKBT])(?!\w)|(?P<vf>[½¼¾])(?!\w|[.,][0-9])|{_R})",
        _money,
    ),
    _rule(
        rf"{_L}(?P<num>{_NUM})(?P<sym>\s?[€¢])(?!\w)|{_L}(?P<pence>[0-9]{{1,2}}(?:\.[0-9]+)?)p(?!\w)",
        _small_money,
    ),
    (_OVEN, _oven),
    _rule(  # a 480×320 screen: four eighty by three twenty ("6 × 10" spaced is a product)
        rf"{_L}(?P<a>[0-9]{{2,4}})×(?P<b>[0-9]{{2,4}})(?![\w.,×][0-9]|\w)",
        lambda m, us: f"{_in_pairs(m['a'], us)} by {_in_pairs(m['b'], us)}",
    ),
    _rule(  # a 747-400: seven forty-seven four hundred; a Boeing 737
        r"(?<![\w.,-])(?:(?P<cue>(?:Boeing|[Aa]n?|[Tt]he)\s+)(?P<m>7[0-9]7)(?![\w-]|[.,][0-9])"
        r"(?!\s+[a-z]+s\b)|(?P<m2>7[0-9]7)-(?P<v>[1-9]00)(?P<x>ER|F|LR)?(?!\w))",
        lambda m, us: f"{m['cue']}{_in_pairs(m['m'], us)}" if m["m"] else (
            f"{_in_pairs(m['m2'], us)} {_cardinal(int(m['v']), us)}"
            + (f" {m['x']}" if m["x"] else "")
        ),
    ),
    _rule(  # F-150 → F one fifty, AK-47s → AK forty-sevens, B-52 → B fifty-two
        r"(?<![\w-])(?P<l>[A-Z]{1,3})-(?P<n>[1-9][0-9]{1,2})(?P<s>s)?(?![\w-]|[.,][0-9])",
        lambda m, us: f"{m['l']} "
        + (_plural(_in_pairs(m["n"], us)) if m["s"] else _in_pairs(m["n"], us)),
    ),
    _rule(  # video lines: 1080p → ten eighty p, 720p → seven twenty p
        rf"{_L}(?P<n>480|576|720|1080|1440|2160|4320)(?P<l>[pi])(?!\w)",
        lambda m, us: f"{_in_pairs(m['n'], us)} {m['l'].upper()}",
    ),
    _rule(  # 225g/8oz, 20cm/8in, 2 mi / 3.2 km: a measure and the same in the other system
        rf"{_L}(?P<num>{_NUM})\s?(?P<unit>{UNIT_PATTERN}|in)\s?/\s?(?P<next>(?=[0-9{_GLYPHS}])"
        rf"[0-9]*[{_GLYPHS}]?(?:\.[0-9]+)?\s?(?P<unit2>{UNIT_PATTERN}|in|pints?|cups?|[\"″'])(?!\w))",
        _unit_pair,
    ),
    _rule(  # 36" W x 72" H x 11-1/4" D: wide, high, deep
        r"(?<![\w.])[0-9][0-9/-]*[\"″]\s?[WHDL](?:\s?x\s?[0-9][0-9/-]*[\"″]\s?[WHDL]){1,2}(?!\w)",
        lambda m, us: re.sub(
            r'(?<=[\"″])\s?([WHDL])', lambda s: f" {_DIMENSION_SIDES[s[1]]}", m.group()
        ),
    ),
    _rule(  # 18" x 13": eighteen by thirteen inches, the unit said once
        rf"(?<![\w.,/-])(?P<a>{_NUM})(?P<mark>[\"″])\s?x\s?(?=[0-9.]+(?P=mark))",
        lambda m, us: f"{_number(m['a'], us)} by ",
    ),
    _rule(  # "2 x 200g packs", "1 x 400g tin": a count of packs, two two-hundred-gram packs
        r"(?<![\w.,/])(?P<n>[1-9][0-9]?)\s?[x×]\s?(?P<q>[0-9]+(?:\.[0-9]+)?)\s?"
        r"(?P<u>g|kg|ml|mL|cl|l|L|oz|lb)(?=\s(?:\([^()]{1,20}\)\s)?[a-z])",
        lambda m, us: f"{_number(m['n'], us)} "
        f"{_number(m['q'], us).replace(' ', '-')}-{unit_words(m['u'], True, us)}",
    ),
    _rule(  # 9 x 13-inch, 9x13: dimensions ("3 x 4 = 12" stays a sum); 18 x 28cm, #10 x 3"
        rf"{_L}(?!0x)(?P<a>{_NUM})\s?x\s?(?P<b>{_NUM})(?:\s?x\s?(?P<c>{_NUM}))?"
        rf"(?:(?P<u>(?=\s?(?:{UNIT_PATTERN}|in)\.?(?!\w)|[\"″”'′]|-[0-9]{{1,2}}/[0-9]{{1,2}}[\"″]))"
        r"|(?![\w.,/][0-9]|\w|\s*=))",
        lambda m, us: " by ".join(
            m[g] if m["u"] is not None and g == last else _number(m[g], us)
            for last in ("c" if m["c"] else "b",)
            for g in "abc"
            if m[g]
        ),
    ),
    _rule(rf"{_L}(?P<a>[1-9])x(?P<b>[0-9]{{1,2}})s(?!\w)", _lumber),  # 2x6s: two-by-sixes
    _rule(rf"{_L}(?P<num>{_NUM})x(?!\w)", lambda m, us: f"{_number(m['num'], us)} times"),
    _rule(  # "2M members", "3bn users"; not a name ("the 3M respirator")
        rf"{_L}(?P<num>{_NUM})(?:(?P<m>M)(?=\s+(?:[a-z]+s|people|men|women|children)(?!\w))"
        r"|bn)(?!\w)",
        lambda m, us: f"{_number(m['num'], us)} {'million' if m['m'] else 'billion'}",
    ),
    _rule(  # "12K followers", "1B users": a count of them; not "a 5K run", "4K TV", "2B tenants"
        rf"{_L}(?P<num>{_NUM})(?P<s>[KkB])(?=\s+(?:followers|subscribers|views|likes|users|"
        r"members|fans|readers|downloads|copies|words|steps|signatures|votes|visitors|employees|"
        r"students|people|listeners|viewers|retweets|shares|comments|jobs|customers|plays|"
        r"streams)(?!\w))",
        lambda m, us: f"{_number(m['num'], us)} {'billion' if m['s'] == 'B' else 'thousand'}",
    ),
    _rule(  # 11.2s: seconds, only after a decimal ("the 1990s", "in his 20s" are not)
        rf"{_L}(?P<num>[0-9]+\.[0-9]+)s(?!\w)",
        lambda m, us: f"{_number(m['num'], us)} seconds",
    ),
    _rule(  # 8/4 maple: eight-quarter, a board's thickness in quarters of an inch
        rf"{_L}(?P<n>[4-9]|1[0-6])/4(?=\s+(?:(?:hard|soft|white|red|black|rough)\s+)?"
        r"(?:maple|oak|walnut|cherry|ash|poplar|lumber|stock|boards?|hardwood|mahogany|birch|"
        r"beech|pine|sapele|teak)(?!\w))",
        lambda m, us: f"{_cardinal(int(m['n']), us)}-quarter",
    ),
    _rule(  # 1½–2″ thick, 3–4", 3½–4 hrs, (2–3in): a span's "to" before its unit
        rf"(?<![\w.,/])(?P<a>[0-9]+\s?[{_GLYPHS}]|[{_GLYPHS}]|{_NUM})\s?[–-]\s?"
        rf"(?=(?P<b>[0-9]+\s?[{_GLYPHS}]|[{_GLYPHS}]|{_NUM})(?:(?P<mark>[\"″”]|in(?:\.|(?!\w)))"
        rf"|\s?(?:{UNIT_PATTERN}|{'|'.join(_WORD_UNITS)})(?!\w)))",
        lambda m, us: _unit_range(m, us)
        if m["mark"] or any(c in _VULGAR for c in m["a"] + m["b"])
        else m.group(),
    ),
    _rule(rf"(?<![\w.,/-])(?P<a>{_NUM})[\"″]\s?[–-]\s?(?=[0-9.]+[\"″])", _unit_range),  # 1"–6"
    _rule(  # ½ tsp, 1½ lb, ½" thick: the glyph in figures, for the fraction rules after
        rf"(?<![\w.,/])(?:(?P<whole>[0-9]+)\s?)?(?P<frac>[{_GLYPHS}])"
        rf"(?=(?:-|\s?)(?:{UNIT_PATTERN}|{'|'.join(_WORD_UNITS)}|in)(?:\.|(?!\w))|[\"″”])",
        _glyph_fraction,
    ),
    _rule(_FRACTION_UNIT, _fraction_unit),
    _rule(  # (9in), 4cm/1½in: "in" glued to its figure
        rf"(?<![\w.,/])(?P<num>{_NUM})(?:[–-](?P<b>{_NUM}))?in(?P<dot>\.(?!\w))?(?!\w)",
        _glued_inches,
    ),
    _rule(  # 15A outlet: fifteen-amp
        rf"{_L}(?P<num>{_NUM})A(?=\s+(?:outlet|circuit|breaker|fuse|plug|socket|receptacle|"
        r"charger|service|panel|load)s?(?!\w))",
        lambda m, us: f"{_number(m['num'], us)}-amp",
    ),
    _rule(  # 15-oz cans, (15-oz.) cans, a 6-qt. cooker: a measure before its noun, one word
        rf"{_L}(?P<num>{_NUM})-(?P<unit>{UNIT_PATTERN})"
        r"(?:\.(?=\)|\s+[\"“]?[a-z])|(?=\)|\s+[\"“]?[^\W\d_]))",
        lambda m, us: f"{_number(m['num'], us)}-{unit_words(m['unit'], True, us)}",
    ),
    _rule(  # 3′ 6″ of arc, 50″ of arc: arcminutes and arcseconds, not feet and inches
        rf"(?<![\w.,])(?:(?P<min>{_NUM})\s?′\s?(?:(?P<sec>{_NUM})\s?″\s?)?|(?P<s>{_NUM})\s?″\s?)"
        r"(?=of arc\b)",
        _arc,
    ),
    _rule(  # 6' 2": six feet two inches (the inches are the next rule's)
        r"(?<![\w.])(?P<ft>[1-9])\s?['′’](?=\s?(?:1[01]|[0-9])(?:\.5)?[″\"”])",
        lambda m, us: f"{_number(m['ft'], us)} {'foot' if m['ft'] == '1' else 'feet'} ",
    ),
    _rule(
        r"(?<![\w/.,]|(?<!-)-)(?:(?P<whole>[0-9]+)[\s-])?(?P<n>[0-9]{1,2})/(?P<d>[0-9]{1,2})"
        r"(?P<mark>[″\"”])(?=[\s,.;:)-]|$)",
        _fraction_inches,
    ),
    _rule(
        rf"{_L}(?P<num>{_NUM})(?P<mark>[″\"”])(?=[\s,.;:)-]|$)",
        _inches,
    ),
    _rule(  # 4' wide, a 25' tape: a foot mark
        rf"(?<![\w.,/-])(?P<num>{_NUM})(?P<mark>['′’])(?=\s+[a-z]|\s*[,.;:)]|\s*$)",
        _feet,
    ),
    _rule(  # 5 days/week: five days a week
        rf"(?<=[0-9] )(?P<noun>[a-z]+)/(?P<per>{_PER_WORDS})(?![\w/])",
        _a_per,
    ),
    _rule(  # $50/night, once said: fifty dollars a night
        r"(?<=[a-z] )(?P<noun>dollars?|pounds?|euros?|pence|cents?|yen|rupees?|francs?)"
        rf"/(?P<per>{_PER_WORDS})(?![\w/])(?:\.(?=\s+[a-z]))?",
        _a_per,
    ),
    _rule(  # $3.89/gal, £4/kg, once said: three dollars and eighty-nine cents per gallon
        r"(?<=[a-z] )(?P<noun>dollars?|pounds?|euros?|pence|cents?|yen|rupees?|francs?)"
        rf"/(?:(?P<unit>(?!m(?![\w/])){UNIT_PATTERN})|(?P<word>(?!(?:dollars?|pounds|euros?|"
        rf"pence|cents?|yen|rupees?|francs?|or|and|{_NUMBER_WORDS})(?![\w/]))[a-z]{{3,}}))"
        r"(?![\w/])",
        lambda m, us: f"{m['noun']} per {m['word'] or unit_words(m['unit'], True, us)}",
    ),
    _rule(  # a pulse of 140/min: one hundred and forty per minute
        rf"{_L}(?P<num>{_NUM})/(?P<per>{_PER_WORDS})(?![\w/])",
        lambda m, us: f"{_number(m['num'], us)} per {_PER_TIME[m['per']]}",
    ),
    _rule(r"(?<![\w.,-])[0-9]{1,2}-[0-9]{1,2}-[0-9]{1,2}(?![\w-]|[.,][0-9])", _feed_ratio),
    _rule(
        r"(?<![\w.,-])[0-9]+(?:-[0-9]+){2,}(?![\w-]|[.,][0-9])",
        lambda m, us: ", ".join(_digits(g) for g in m.group().split("-")),
    ),
    _rule(  # 200C (fan 180C): an oven's degrees written with no degree sign
        rf"{_L}(?P<num>[1-9][0-9]{{1,2}})(?P<s>[CF])(?![\w'’°-])",
        _bare_degrees,
    ),
    _rule(  # absolute zero is 0 K: kelvin after a spaced number (not "a 5 K run")
        rf"{_L}(?P<num>{_NUM}) K(?![\w'’&-]|\.[A-Za-z]|\.\s?[A-Z]\.)",
        _kelvin,
    ),
    _rule(  # 120 m × 85 m, 4 × 100 m: a size or a relay is "by", not a product
        rf"{_L}(?P<a>{_NUM}(?:\s?(?:{UNIT_PATTERN})(?=\s?×))?)\s?×\s?"
        rf"(?={_NUM}\s?(?:{UNIT_PATTERN}|in\.|ins?\b|[\"″'′])(?![\w/]))",
        lambda m, us: f"{m['a']} by ",
    ),
    _rule(  # Plank: 3 × 30–45 s: a span of seconds
        rf"{_L}(?P<a>{_NUM})\s?[–-]\s?(?P<b>{_NUM}) s(?=\s*$|\s*[,;)])",
        lambda m, us: f"{_number(m['a'], us)} {_to(m)} {_number(m['b'], us)} seconds",
    ),
    _rule(
        rf"{_L}(?P<num>{_NUM})(?:(?:\s?[–-]\s?|\s+to\s+)(?P<to>{_NUM}))?"
        r"(?:\s(?P<scale>thousand|million|billion|trillion)(?=\s))?\s?"
        rf"(?:(?P<unit>{UNIT_PATTERN})(?:/(?P<per>{UNIT_PATTERN}|{_PER_PATTERN})"
        r"(?P<ppow>(?<=m)[²³]|(?<=[mt])[23](?![0-9]))?"
        rf"(?:/(?:(?P<per2>{UNIT_PATTERN}|{_PER_PATTERN})|(?P<bsa>[0-9]\.[0-9]{{1,2}})\s?m²))?)?"
        r"(?P<power>[²³])?"
        r"(?![\w/]|\.\w)"
        rf"|(?<=\s)(?P<dunit>{DOTTED_UNIT_PATTERN})(?=\.(?!\w)))(?P<dot>\.(?!\w))?",
        _measure,
    ),
    _rule(  # "in m/s", "(km/h)", "m/s²": a rate's unit named with no number before it
        rf"(?<![\w/.\\-])(?P<unit>{_BARE_RATE})(?P<power>[²³])?(?![\w/])",
        _bare_rate,
    ),
    _rule(  # "(ml/kg/min)", "IU/day", "g/m2/yr": any unit by a unit or a time, named alone
        rf"(?<![\w/.\\-])(?P<top>{UNIT_PATTERN})/(?P<per>{UNIT_PATTERN}|{_PER_WORDS})"
        r"(?P<ppow>(?<=m)[²³]|(?<=[mt])[23](?![0-9]))?"
        rf"(?:/(?P<per2>{UNIT_PATTERN}|{_PER_WORDS}))?(?![\w/])",
        _bare_per,
    ),
    _rule(  # "over eighty mmHg", "measured in mm Hg": the unit a figure no longer carries
        r"(?<![\w/])mm\s?Hg(?![\w/])",
        lambda m, us: unit_words("mmHg", False, us)
        if re.search(rf"(?<![\w-])(?:{_NUMBER_WORDS}) $", m.string[: m.start()])
        else m.group(),
    ),
    _rule(r"(?<=[\w)])(?P<p>[²³])", lambda m, us: " squared" if m["p"] == "²" else " cubed"),
    _rule(
        rf"(?<![\w.&])(?P<c1>[Cc]a?\.\s?)?(?P<a>[0-9]{{1,4}})\s?[–-]\s?(?P<c2>[Cc]a?\.\s?)?"
        rf"(?P<b>[0-9]{{1,4}})\s?(?P<era>{ERAS})(?!\w)",
        _circa_range,
    ),
    _rule(  # (1890–c. 1951): a span of years with a circa and no era
        rf"(?<![\w.&])(?P<c1>[Cc]a?\.\s?)?(?P<a>{_YEAR})\s?[–-]\s?(?P<c2>[Cc]a?\.\s?)?"
        rf"(?P<b>{_YEAR})(?P<era>){_R}",
        _circa_range,
    ),
    _rule(
        rf"(?<![\w.&])[Cc]a?\.\s?(?=(?:AD|A\.D\.|CE|C\.E\.)\s?[0-9]|[0-9]{{1,4}}\s?(?:{ERAS})(?!\w))",
        lambda m, us: "circa ",
    ),
    _rule(
        rf"(?<![\w.,])(?P<a>{_FRACTION_SIDE})\s?[–-]\s?(?P<b>{_FRACTION_SIDE})(?![\w/]|[.,][0-9])",
        _fraction_range,
    ),
    _rule(  # 65–68°F: sixty-five to sixty-eight degrees Fahrenheit, the scale said once
        rf"{_L}(?P<a>{_NUM})(?:\s?°)?(?:\s?[–-]\s?|\s+to\s+)(?P<num>{_NUM})\s?°"
        r"(?:\s?(?P<scale>[CF])(?!\w)(?P<dot>\.(?!\w))?)?",
        lambda m, us: f"{_number(m['a'], us)} {_to(m)} {_degrees(m, us)}",
    ),
    _rule(  # "4.5%–5.0%", "5%-10%": a span of percentages, "percent" said once at its end
        rf"{_L}(?P<a>{_NUM})\s?%(?:\s?–\s?|-)(?={_NUM}\s?%)",
        lambda m, us: f"{_number(m['a'], us)} {_to(m)} ",
    ),
    _rule(rf"{_L}(?P<a>{_NUM})(?:\s?–\s?|-)(?P<b>{_NUM})(?!\w|[.,:/-][0-9])", _range),
    # years typed with a spaced hyphen ("1813 - 20"); other numbers so spaced may be sums
    _rule(rf"{_L}(?P<a>1[0-9]{{3}}) - (?P<b>[0-9]{{2}}|1[0-9]{{3}})(?![\w.,:/-][0-9]|\w)", _range),
    _rule(  # "THE GREAT WAR, 1914—1918", "1914--18": old print's span of years, a dash between
        rf"{_L}(?P<a>{_YEAR})—(?P<b>[0-9]{{2}}|{_YEAR})(?![\w.,:/—-][0-9]|\w)",
        lambda m, us: _range(m, us) if _later_year(m["a"], m["b"]) else m.group(),
    ),
    _rule(rf"{_L}(?P<num>{_NUM})\s?%", lambda m, us: f"{_number(m['num'], us)} percent"),
    _rule(rf"{_L}(?P<num>{_NUM})\s?°(?:\s?(?P<scale>[CF])(?!\w)(?P<dot>\.(?!\w))?)?", _degrees),
    _rule(
        r"(?<![\w.,])(?:(?P<whole>[0-9]+)\s?)?(?P<frac>[½⅓⅔¼¾⅛⅜⅝⅞])(?P<glued>[a-z]{1,3}(?![\w'’]))?",
        _vulgar,
    ),
    _rule(
        r"(?<!\w)(?P<cue>(?i:at|for|cost|costs|paid|price|priced|worth|sav(?:e|es|ed|ing)|"
        r"earn(?:s|ed|ing)?|charg(?:e|es|ed|ing)|fetch(?:es|ed)?)\s+)"
        r"(?P<s>[1-9][0-9]?)/(?P<d>[0-9]|1[01]|-)(?![\w/]|[.,][0-9])",
        _shillings,
    ),
    _rule(  # a mark: "she scored 45/55", "got 7/10", "marks of 18/20"
        r"(?<!\w)(?P<cue>(?i:scored|scores|score of|got|gets|marks? of|marked|pass mark|mark)\s+)"
        r"(?P<a>[0-9]{1,3})/(?P<b>[0-9]{1,3})(?![\w/]|[.,][0-9])",
        lambda m, us: f"{m['cue']}{_cardinal(int(m['a']), us)} out of {_cardinal(int(m['b']), us)}",
    ),
    _rule(  # a time signature: "a 4/4 beat", "in 3/4 time", "6/8 rhythm" are four-four ...
        r"(?<![\w/.,])(?P<a>[1-9][0-9]?)/(?P<b>2|4|8|16)(?=[\s-]+(?:time|beat|rhythm|metre|meter"
        r"|signature|waltz|march)\b)",
        lambda m, us: f"{_cardinal(int(m['a']), us)}-{_cardinal(int(m['b']), us)}",
    ),
    _rule(  # "Pages 12 - 15", "pp. 30 - 41": a span of pages, typed with a spaced hyphen
        r"(?P<cue>\b(?:[Pp]ages|pp\.|[Vv]erses|[Cc]hapters)\s)(?P<a>[0-9]{1,4}) - (?P<b>[0-9]{1,4})"
        r"(?![\w.,:/-][0-9]|\w)",
        lambda m, us: m["cue"] + _range(m, us),
    ),
    _rule(r"(?<![\w/.,])(?P<a>[0-9]{2})/(?P<b>[0-9]{2})(?![\w/]|[.,][0-9])", _split_ratio),
    _rule(
        r"(?<![\w/.,])(?:(?P<whole>[0-9]+)[\s-])?(?P<n>[0-9]{1,2})/(?P<d>[0-9]{1,2})"
        r"(?![\w/]|[.,][0-9])",
        _fraction,
    ),
    _rule(r"(?<![\w/.,])(?P<a>[0-9]{1,4})/(?P<b>[0-9]{1,4})(?![\w/]|[.,][0-9])", _slashed_pair),
    _rule(
        rf"{_L}(?P<num>{_INT})(?:st|nd|rd|th|ST|ND|RD|TH)(?!\w)",
        lambda m, us: _ordinal(int(m["num"].replace(",", "")), us),
    ),
    _rule(  # the 1880s–90s
        r"(?<![\w.,])(?P<a>1[1-9][0-9]0|20[0-9]0)s\s?[–-]\s?['’]?"
        r"(?P<b>1[1-9][0-9]0|20[0-9]0|[1-9]0)s(?!\w)",
        _decade_range,
    ),
    _rule(r"(?<![\w.,'’])(?P<n>[0-9]{1,3})s(?!\w)", _drill_seconds),  # plank 3 x 45s
    _rule(r"(?<![\w.,])['’]?(?P<num>1[1-9][0-9]0|20[0-9]0|[1-9]0|100|1000)s(?!\w)", _decade),
    _rule(  # "the 1960's", "the early 80's": a decade written with an apostrophe
        r"(?P<cue>\b(?i:the|early|late|mid|his|her|their|my|your|our)[\s-])['’]?"
        r"(?P<num>1[1-9][0-9]0|20[0-9]0|[2-9]0)['’]s(?!\w)",
        lambda m, us: m["cue"] + _decade(m, us),
    ),
    _rule(r"(?<![\w'’])['’](?P<y>0[0-9])(?![\w'’]|[.,:/][0-9])", _two_digit_year),
    _rule(r"(?<!\w)(?P<the>[Tt]he\s+)(?P<num>[0-9]*[23])(?<!1[23])d(?!\w)", _old_ordinal),
    _rule(  # "2d ed.", "3d edition": an old ordinal before an edition, with or without "the"
        r"(?<![\w.,])(?P<the>)(?P<num>[0-9]*[23])(?<!1[23])d(?=\s+(?:ed|edit|edn)\.|\s+edition)",
        _old_ordinal,
    ),
    _rule(  # "the 2d and 3d dances": a list's next "3d", once the rule above said "the second"
        r"(?<!\w)(?P<the>[Tt]he\s+(?:[a-z]+-)?(?:first|second|third|fourth|fifth|sixth|seventh"
        r"|eighth|ninth|tenth|eleventh|twelfth|[a-z]+teenth|[a-z]+ieth)(?:,|,?\s+(?:and|or|to|&))"
        r"\s+)(?P<num>[0-9]*[23])(?<!1[23])d(?!\w)",
        _old_ordinal,
    ),
    _rule(rf"{_L}(?P<num>{_INT})\s?(?P<era>{_ERAS})(?!\w)", _era),
    _rule(rf"(?<!\w)(?P<era>AD|A\.D\.)\s?(?P<num>{_INT}){_R}", _era),
    _rule(  # MS. Paris. gr. 2023, Vat. lat. 1950, MS. 1990 (said "manuscript" by now): a
        # shelf number, never a year
        rf"(?<![\w.])(?P<ab>(?:(?:[Gg]r|[Ll]at|MS)\.|manuscript)\s+)(?P<num>[0-9]{{4}})"
        rf"{_R}(?![–-][0-9])",
        lambda m, us: f"{m['ab']}{_number(m['num'], us)}",
    ),
    (_YEAR_RUN, _year_run),
    _rule(
        r"(?<!\w)(?P<cue>(?i:in|since|until|till|during|circa|c\.|ca\.)|"
        rf"{_FULL_MONTH})(?P<sp>\s+)(?P<num>10(?:0[1-9]|[1-9][0-9])){_R}",
        _early_year,
    ),
    _rule(
        rf"(?<!\w)(?P<cue>(?i:{_CUES})|{_FULL_MONTH})(?P<sp>\s+|-)(?P<num>{_YEAR}){_R}",
        _cue_year,
    ),
    _rule(
        rf"{_L}(?P<num>{_YEAR})(?=\s*(?:$|[^\w\s]))(?![.,:/][0-9])",
        lambda m, us: _year(int(m["num"]), us),
    ),
    _rule(  # "The 30-Day Calm": a number joined to a title-cased word is title-cased too
        rf"{_L}(?P<num>{_INT})(?=-[A-Z][a-z])",
        lambda m, us: _title_words(_number(m["num"], us)),
    ),
    _rule(  # a number with its unit glued on: 5km → five km
        rf"{_L}(?P<num>{_NUM})(?=[^\W\d_]+(?!\w))",
        lambda m, us: _number(m["num"], us) + " ",
    ),
    _rule(rf"{_L}(?P<num>{_NUM}){_R}", lambda m, us: _number(m["num"], us)),
    _rule(rf"(?<![\w.,])\.(?P<frac>[0-9]+){_R}", lambda m, us: f"point {_digits(m['frac'])}"),
    _rule(  # eighteen inches x thirteen inches, 4 ft x 8 ft: the "x" of a size is "by"
        r"\b(?P<w>inch(?:es)?|f(?:oo|ee)t|yards?|gauge|wide|high|deep|long|"
        r"(?:milli|centi|kilo)?met(?:er|re)s?)\s+x\s+"
        rf"(?=[0-9]|(?:an? )?(?:{_NUMBER_WORDS}|half|quarter)(?![a-z]))",
        lambda m, us: f"{m['w']} by ",  # not "so long x miss you"
    ),
    _rule(r"(?<![\w'’-])a(?= (?:eight|eleven)\w*)", lambda m, us: "an"),  # an eighth-inch bit
    _rule(  # 70g per sq m: per square metre
        r"(?<![\w-])per (?P<kind>sq|cu) (?P<unit>ft|in|yd|mi|m|km|cm)(?!\w)(?P<dot>\.(?!\w))?",
        _per_square,
    ),
    _rule(  # c. 3 million tons, ca. 2–3%, ca. 28 s: circa, once its number is in words;
        # not a quiz's third option ("a. five b. seven c. nine")
        rf"(?<![\w.&])(?:c|[Cc]a)\.\s?(?=(?:minus |point )?(?:{_NUMBER_WORDS})(?![\w'’]))",
        lambda m, us: m.group() if _quiz_letter(m) else "circa ",
    ),
)

# --------------------------------------------------------------------------- Roman numerals

HEADING_WORDS = frozenset({
    "Chapter", "Book", "Part", "Volume", "Act", "Scene", "Stave", "Canto", "Section",
    "Appendix", "Article", "Episode", "Psalm", "Letter", "Lesson", "Fitt", "Phase", "Stage",
    "Round", "World War", "Sonnet", "Sermon", "Lecture", "Discourse", "Essay", "Homily",
    "Ode", "Elegy", "Satire", "Meditation", "Dialogue", "Proposition", "Sura", "Surah",
})  # fmt: skip
"""Words after which a numeral is a plain number: Chapter IV → Chapter Four."""
_PROSE_HEADING_WORDS = frozenset({
    "Sermon", "Lecture", "Discourse", "Essay", "Homily", "Ode", "Elegy", "Satire",
    "Meditation", "Dialogue", "Proposition", "Sura", "Surah",
})  # fmt: skip
"""Heading words that prose also says before "I" ("the Essay I wrote"): there "I" is
the pronoun, where a small word follows it."""
_LETTERED = frozenset({"Appendix", "Section", "Part", "Article"})
_LETTERS = frozenset({"C", "D", "L", "M"})
"""Heading words that also take a letter ("see Appendix C", "Part D"): after them a lone
C, D, L or M is that letter, never a hundred or fifty; "Part IV" is still Part Four."""

_REGNAL = (  # names that kings, queens, popes and pharaohs share
    "Henry", "Edward", "George", "William", "Elizabeth", "Charles", "James", "Louis", "Mary",
    "Richard", "John", "Peter", "Catherine", "Anne", "Victoria", "Napoleon", "Alexander",
    "Nicholas", "Frederick", "Philip", "Ferdinand", "Ivan", "Constantine", "Otto", "Rudolf",
    "Gustav", "Gustavus", "Christian", "Wilhelm", "Ludwig", "Leopold", "Francis", "Franz",
    "Felipe", "Alfonso", "Carlos", "Pedro", "Manuel", "Harald", "Olaf", "Haakon", "Casimir",
    "Sigismund", "Ramesses", "Rameses", "Ptolemy", "Amenhotep", "Thutmose", "Darius", "Xerxes",
    "Cyrus", "Antiochus", "Benedict", "Clement", "Urban", "Paul", "Pius", "Leo", "Gregory",
    "Innocent", "Boniface", "Sixtus", "Adrian", "Eugene", "Honorius", "Stephen",
    "David", "Robert", "Isabella", "Juan", "Mehmed", "Suleiman", "Selim", "Murad", "Wenceslas",
    "Vladimir", "Vasili", "Boris", "Dmitri", "Fyodor", "Matthias", "Maximilian", "Joseph",
    "Umberto", "Vittorio", "Emmanuel", "Baudouin", "Albert", "Rainier", "Harold", "Canute",
    "Cnut", "Ethelred", "Aethelred", "Edmund", "Egbert",
)  # fmt: skip

_HEADING_RE = re.compile(
    r"(?<!\w)(?P<kw>"
    + "|".join(w for word in sorted(HEADING_WORDS) for w in (word, word.upper()))
    + r")\s+(?P<num>[IVXLCDM]+|[ivxlcdm]+|[0-9]{1,4})(?!\w|[.,][0-9])"
)
_CITED_PART_RE = re.compile(
    r"(?<![\w.])(?P<kw>book|chapter|canto|part|volume|act|scene|section|letter|psalm|stave)"
    r"\s+(?P<num>(?=[ivx])x{0,3}(?:ix|iv|v?i{0,3}))"
    r"(?:\.(?=,|\s+[a-z0-9])|(?=[.,](?:\s|$)))"
)
"""A part of a book cited in lower case, as older prose and its notes cite it ("in book
i. of the Aeneid", "see chapter iv., where"): a number, which the voice read as
letters, its stop unsaid inside the sentence; only with a stop or a comma after it, so
"a book i was given" stays."""
_RULER_END = (
    r"(?P<dot>\.(?=\s*[,;:)]|\s+[a-z]))?"  # "Louis XIV. took": the old style's dot, unsaid
    r"(?P<end>(?=\s*(?:$|[,.;:!?)\]”\"])))?"
)
_REGNAL_RE = re.compile(
    rf"(?<!\w)(?P<name>(?i:{'|'.join(_REGNAL)}))\s+(?P<num>[IVXLC]+)(?!\w){_RULER_END}"
)
_TITLED_RE = re.compile(
    r"(?<!\w)(?P<name>(?:King|Queen|Emperor|Empress|Pope|Tsar|Tsarina|Czar|Kaiser|Sultan|"
    rf"Pharaoh|Prince|Princess|Duke|Duchess)\s+[A-Z][a-z]+)\s+(?P<num>[IVXLC]+)(?!\w){_RULER_END}"
)
"""A ruler's numeral after a title and any name ("Queen Isolde III", "King Aldric II"):
the title shows the name is a ruler's, where `_REGNAL` knows only the common ones."""
_NOT_NAMES = frozenset(  # capitalised only because they start a sentence
    {"the", "a", "an", "and", "or", "but", "in", "on", "at", "of", "to", "for", "by", "with",
     "from", "as", "is", "was", "if", "so", "then", "when", "that", "this", "it", "he", "she",
     "we", "they", "you", "his", "her", "my", "our", "their", "its", "no", "not"}
)  # fmt: skip
_NUMBERED_RE = re.compile(
    r"(?<![\w.])(?P<name>[A-Z][a-z]+(?:[A-Z][a-z]+)*)\s+(?P<num>[IVXLC]{2,})(?!\w)"
)
_NOT_NUMERALS = frozenset({"CV", "CI", "LI", "LV", "LX", "LC", "CL", "CC", "XC", "CLI", "CIV"})
"""Letters after a name that are more often initials or abbreviations: a CV, a 95% CI,
the Lexus LX, a command-line tool's CLI."""
_FIRST = re.compile(
    r"\s+(?:the|a|an|his|its|their|these|those|is|has|does)(?![\w'’-])"  # "Edward I the"
    r"|['’]s(?!\w)"  # "Elizabeth I's"
    r"|\s+of\s+[A-Z]"  # "James I of England"
    r"|\s*\((?:r\.\s*|reigned\s+)?[0-9]{3,4}"  # "Elizabeth I (1558–1603)"
    r"|\s*\((?:r\.\s*|reigned\s+)?(?:c\.\s?)?(?:AD|A\.D\.)\s?[0-9]"  # "Constantine I (AD 306–337)"
    r"|\s+in\s+(?:AD\s?)?[0-9]{3,4}(?![0-9])"  # "Elizabeth I in 1558"
    r"|\s+and\s+[A-Z][a-z]+\s+(?:I|II|III|IV|V|VI|VII|VIII)(?![\w'’-])"  # "Mary I and James I"
)
"""What follows a ruler's "I" and never the pronoun "I"."""
_RULER_DID = re.compile(
    r"\s+(?:was|had|became|died|ruled|reigned|succeeded|married|[a-z]+ed)(?![\w'’-])"
)
"""What a ruler did, after a name that opens the sentence ("Charles I was beheaded"):
a name and the pronoun side by side, with no comma, open no sentence."""
_SUFFIXED_RE = re.compile(
    r"(?<![\w.])(?P<name>(?:(?:Mister|Mr\.?|Sir|Lord|Lady|Doctor|Dr\.?|Admiral|General|"
    r"Colonel|Captain|Major|Senator|Governor|Judge|Professor|President|Commander)\s+"
    r"(?:[A-Z][a-z]+\s+){1,3})|(?:" + "|".join(_REGNAL) + r")\s+[A-Z][a-z]+\s+)"
    r"(?P<num>II|III|IV|VI|VII|VIII)(?![\w'’-])"
)
"""A surname's numeral after a title or a given name ("Admiral Percival Whiskers III",
"Henry Ford II"): the Third, the Second, as a family's heirs are called."""
_LONE_NUMERAL = re.compile(
    r"(?<![\w.'’-])(?P<cue>(?i:marked|numbered|labelled|labeled|stamped)\s+)?"
    r"(?P<num>[IVXLCDM]{2,})(?![\w'’-])"
)
"""A numeral standing alone: one of four letters or more, which no English word is
("MDCCXII", a year), or after "marked", "numbered" ("the drawer marked XLVII"); but not
X's alone ("marked XXX", strong ale or kisses) nor two letters beyond I, V and X ("labelled
CD", "marked MD"), which are labels."""


_SPACED_NUMERAL = re.compile(
    r"(?<![\w.'’-])(?P<num>M{1,2}[DCLXVI]*(?:(?:\.\s?|\s)[DCLXVI]+(?![\w'’-]))+)(?![\w'’-])"
    r"(?P<dot>\.(?=\s*[,;:)]|\s+[a-z]))?"  # "M.DCCC.XII. and": the imprint's dot, unsaid
)
"""A year in Roman numerals printed in groups, as imprints and inscriptions print it:
"M DCC LXXXVII", "M.DCC.LXXXVII.", "MDCC LXXXVII"."""


_WORD_NEXT = re.compile(r"\s+\w")


def _spaced_numeral(m: Match, us: bool) -> str:
    """"M DCC LXXXVII" → seventeen eighty-seven, as "MDCCLXXXVII" is said: a year from 1100
    to 2099, its groups parted where its thousands, hundreds, tens and units part, all by
    spaces or all by dots; its thousands apart ("M DCC", "MM X") or written with their
    hundreds ("MDCC LXXXVII"). Initials ("M. D.", "M. C. L. Smith") and "MC LX" stay; so
    does a last "I" before a word ("marked M DCC I saw": the pronoun)."""
    parts = re.split(r"(\.\s?|\s)", m["num"])
    groups, seps = parts[0::2], parts[1::2]
    if groups[0] not in ("M", "MM") and len(groups[0]) < 4:
        return m.group()
    for n in range(len(groups), 1, -1):
        joined, used = "".join(groups[:n]), seps[: n - 1]
        places = roman_places(joined)
        if (
            places is None or len(joined) < 3 or all(len(g) == 1 for g in groups[:n])
            or len({sep.startswith(".") for sep in used}) > 1
            or (groups[n - 1] == "I" and n == len(groups) and _WORD_NEXT.match(m.string, m.end()))
        ):
            continue
        edges = {len("".join(places[: i + 1])) for i in range(3)}
        cuts = {len("".join(groups[:k])) for k in range(1, n)}
        value = roman_value(joined) or 0
        if cuts <= edges and 1100 <= value < 2100:
            rest = "".join(p for pair in zip(seps[n - 1 :], groups[n:], strict=True) for p in pair)
            return _year(value, us) + rest + ("" if n == len(groups) else m["dot"] or "")
    return m.group()


def _roman(m: Match) -> int:
    """The value of the numeral in `m` (group "num"), which its pattern makes well formed."""
    return roman_value(m["num"]) or 0


def _lone_numeral(m: Match, us: bool) -> str:
    value = roman_value(m["num"])
    if value is None or (not m["cue"] and len(m["num"]) < 4):
        return m.group()
    if m["cue"] and (set(m["num"]) == {"X"} or (len(m["num"]) == 2 and set(m["num"]) - set("IVX"))):
        return m.group()  # "a jug marked XXX", "a disc labelled CD": a label, not a number
    if not m["cue"] and m["num"].startswith("M") and 1100 <= value < 2100:
        return _year(value, us)  # "MDCCXII" on a title page or a stone: seventeen twelve
    return f"{m['cue'] or ''}{_cardinal(value, us)}"


def _heading_number(m: Match, us: bool) -> str:
    num = m["num"]
    value = int(num) if num.isdigit() else roman_value(num)
    if value is None or (num.isdigit() and num[0] == "0"):
        return m.group()
    keyword = m["kw"].capitalize() if m["kw"].isupper() else m["kw"]  # "CHAPTER IV": one word
    if num in _LETTERS and keyword in _LETTERED:
        return m.group()  # "see Appendix C": the letter
    if num == "I" and keyword.capitalize() in _PROSE_HEADING_WORDS and re.match(
        r"\s+(?!(?:of|and|the|a|an|in|on|at|to|for|from|with|or|is)\b)[a-z]", m.string[m.end() :]
    ):
        return m.group()  # "The Essay I wrote": the pronoun
    if keyword == "Act" and _is_year(num):
        return f"{m['kw']} {_year(value, us)}"  # a statute's year: "the Reform Act 1832"
    return f"{keyword} {_title_words(_cardinal(value, us))}"


def _cited_part(m: Match, us: bool) -> str:
    """"book i. of the Aeneid" book one of; "book ii. 44" book two, forty-four (a line)."""
    said = f"{m['kw']} {_cardinal(roman_value(m['num']) or 0, us)}"
    line = m.group().endswith(".") and m.string[m.end() :].lstrip()[:1].isdigit()
    return said + "," if line else said


def _regnal(m: Match, us: bool) -> str:
    value = roman_value(m["num"])
    if value is None or (
        m["num"] == "I" and m["end"] is None and m["dot"] is None and not _first_ruler(m)
    ):
        return m.group()
    return f"{m['name']} the {_title_words(_ordinal(value, us))}"


def _first_ruler(m: Match) -> bool:
    """Is "I" after a ruler's name surely the First, not the pronoun ("When I met
    Elizabeth I was nervous")? Before what never follows the pronoun (`_FIRST`), or where
    the name opens the sentence and a deed follows ("Charles I was beheaded"); a title is
    no proof ("When I saw King Charles I waved"), so it gets the same checks."""
    text = m.string
    if _FIRST.match(text, m.end()):
        return True
    if _SECOND_OF_PAIR.search(text, 0, m.start()):
        return True  # "Mary I and James I ruled"
    opens = re.search(r"(?:^|[.!?;:]\s+)$", text[: m.start()]) is not None
    if not opens and _AFTER_REIGN.search(text, 0, m.start()):
        return _REIGN_ENDED.match(text, m.end()) is not None  # "After Edward I died"
    return opens and _RULER_DID.match(text, m.end()) is not None


_NAME_NUMBERED = re.compile(
    r"(?<![\w.])(?P<name>[A-Z][a-z]+)\s+(?:II|III|IV|VI|VII|VIII)(?![\w'’-])"
)
_NAME_AND_I = re.compile(
    r"(?<![\w.])(?P<title>(?:King|Queen|Emperor|Empress|Pope|Tsar|Tsarina|Czar|Kaiser|Sultan|"
    r"Pharaoh|Prince|Princess|Duke|Duchess)\s+)?(?P<name>[A-Z][a-z]+)\s+I(?![\w'’-])"
)
_I_NOT_PRONOUN = re.compile(
    r"\s*(?:$|[,;:!?)\]”\"]|\.(?!\w))"  # "no Margaret I." / "Margaret I, the first boat"
    r"|\s+(?:in|at|on|from|with|into|under|beside|off|for\s+(?:sale|hire))(?![\w'’-])"
)
"""What follows a numbered name's "I" and never the pronoun after a name ("no Margaret I
in Saltmarsh"; "Margaret I think" and "Margaret I was" are the pronoun's)."""


def numbered_names(texts: Iterable[str]) -> frozenset[str]:
    """The names a book numbers II and on ("Margaret II", a boat; "Queen Isolde III"):
    where one of them has an "I" too, it is the first of them (`to_spoken`'s `numbered`).
    Emphasis marks (`_Margaret II_`) are looked through."""
    found: set[str] = set()
    for text in texts:
        if "I" in text:
            for m in _NAME_NUMBERED.finditer(re.sub(r"[_*]", "", text)):
                if m["name"] not in HEADING_WORDS and m["name"].lower() not in _NOT_NAMES:
                    found.add(m["name"])
    return frozenset(found)


def _first_of_numbered(text: str, numbered: frozenset[str], us: bool) -> str:
    """A numbered name's "I" where the pronoun cannot stand (`_I_NOT_PRONOUN`): said as
    the book says the name's other numbers, "the First" for a ruler's name (a known
    one, or with a title before it), else "One" (a boat's or a robot's, as "Margaret II"
    is "Margaret Two"). A ruler's "I" before a stop or a comma is `_regnal`'s to say, with
    its old style's dot ("George I. came")."""

    def said(m: Match) -> str:
        after = _I_NOT_PRONOUN.match(text, m.end())
        if m["name"] not in numbered or not after:
            return m.group()
        ruler = m["title"] or m["name"].casefold() in _REGNAL_FOLDED
        if ruler and not after.group().strip().isalpha():
            return m.group()  # "George I. came", "Isolde I, her": the ruler's rule says it
        first = f"the {_title_words(_ordinal(1, us))}" if ruler else "One"
        return f"{m['title'] or ''}{m['name']} {first}"

    return _NAME_AND_I.sub(said, text)


_REGNAL_FOLDED = frozenset(name.casefold() for name in _REGNAL)


_SECOND_OF_PAIR = re.compile(r"(?<![\w.])[A-Z][a-z]+\s+(?:I|II|III|IV|V|VI|VII|VIII)\s+and\s+$")
"""A ruler named after another with "and" ("Mary I and James I ruled"): the First."""
_AFTER_REIGN = re.compile(r"(?:^|[.!?;:]\s+)(?:After|Before|When|Until|Under|Once|While)\s+$")
"""A sentence's opening before a ruler's name, with the reign's end after it ("After
Edward I died"): the First. Not the pronoun's phrasal verbs ("After Charles I ruled out a
second season", "Before George I succeeded in getting the lease")."""
_REIGN_ENDED = re.compile(
    r"\s+(?:died|ruled(?!\s+(?:out|on|against)\b)|reigned|succeeded(?!\s+in\s+[a-z])|acceded"
    r"|abdicated)(?![\w'’-])"
)


def _numbered(m: Match, us: bool) -> str:
    value, num = roman_value(m["num"]), m["num"]
    if value is None or m["name"] in HEADING_WORDS or m["name"].lower() in _NOT_NAMES:
        return m.group()
    if num in _NOT_NUMERALS or not set(num) & set("IVX") or (num == "XL" and m["name"] == "Size"):
        return m.group()  # "Your CV", "Size XL"; "WrestleMania XL", "Super Bowl LVIII" go on
    return f"{m['name']} {_title_words(_cardinal(value, us))}"


_ROMAN_RULES: tuple[Rule, ...] = (
    _rule(  # "WWII", "WW1"
        r"(?<![\w.])WW\s?(?P<n>II|I|2|1)(?![\w'’-])",
        lambda m, us: f"World War {'Two' if m['n'] in ('II', '2') else 'One'}",
    ),
    _rule(  # the councils: "Vatican I", "Vatican II"
        r"(?<![\w.])Vatican\s+(?P<num>I{1,2})(?![\w'’-])",
        lambda m, us: f"Vatican {'One' if m['num'] == 'I' else 'Two'}",
    ),
    (_HEADING_RE, _heading_number),
    (_CITED_PART_RE, lambda m, us: _cited_part(m, us)),
    (_TITLED_RE, _regnal),
    (_SUFFIXED_RE, lambda m, us: f"{m['name']}the {_title_words(_ordinal(_roman(m), us))}"),
    (_REGNAL_RE, _regnal),
    (_NUMBERED_RE, _numbered),
    (_SPACED_NUMERAL, _spaced_numeral),
    (_LONE_NUMERAL, _lone_numeral),
)

# --------------------------------------------------------------------------- abbreviations

# Titles read as a word whenever they carry a dot, and without one (British style)
# when a capitalised name follows.
_TITLES = {"Mr": "Mister", "Mrs": "Missus", "Ms": "Miz", "Messrs": "Messieurs"}
# Titles that need their dot: without one they are too often something else.
_DOTTED_TITLES = {
    "Prof": "Professor", "Rev": "Reverend", "Revd": "Reverend", "Fr": "Father",
    "Hon": "Honourable", "Bro": "Brother", "Mme": "Madame", "Mlle": "Mademoiselle",
    **RANKS, **GIVEN_NAMES,
}  # fmt: skip
# Common-noun abbreviations, read as lower-case words.
_PLAIN = {
    "vs": "versus", "etc": "et cetera", "&c": "et cetera", "approx": "approximately",
    "cf": "compare", "avg": "average", "tel": "telephone",
    "viz": "namely", "e.g": "for example", "i.e": "that is",
}  # fmt: skip
_BEFORE_NUMBER = NUMBERED_ABBREVIATIONS
_STREETS = {"Ave": "Avenue", "Rd": "Road", "Blvd": "Boulevard", "Ln": "Lane", "Sq": "Square",
            "Pl": "Place"}

ABBREVIATIONS: frozenset[str] = frozenset(
    k.casefold().replace(".", "")
    for k in [*_TITLES, *_DOTTED_TITLES, *_PLAIN, *_BEFORE_NUMBER, *_STREETS]
) | {"dr", "st", "mt", "jr", "sr", "www", "mss", "inst", "ult", "prox", "rt", "lat", "long"}
"""Word forms (casefolded, dots removed) that an English rule may rewrite."""


def _alternation(keys: Iterable[str]) -> str:
    forms = {f for k in keys for f in (k, k.upper(), k.capitalize())}
    return "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))


def _esquire(m: Match) -> str:
    """"Esq." with its stop kept where the sentence ends, at the end or before a capital
    ("John Smith, Esq. To be left till called for."): nothing but a comma or a small word
    goes on after the title within a sentence ("Esq., of Bath", "Esq. of Bath")."""
    rest = m.string[m.end() :].lstrip().lstrip("".join(_CLOSERS))
    return "Esquire." if not rest or rest[0].isupper() else "Esquire"


def _keep_stop(m: Match, said: str) -> str:
    """Keep a dot that also ended the sentence: "…, etc." → "…, et cetera."."""
    dotted = m.group().endswith(".")
    rest = m.string[m.end() :].strip().strip(_CLOSERS)
    return said + "." if dotted and not rest else said


def _capitalised(m: Match, said: str) -> str:
    return said[0].upper() + said[1:] if m.group()[0].isupper() else said


_NEXT_CAP = re.compile(rf"\s+{_CAP}")
_PREV_NAME = re.compile(rf"(?:{_CAP}|[0-9]\w*),?\s+$")


def _saint_or_street(m: Match, us: bool) -> str:
    """St. Paul → Saint Paul; Baker St. → Baker Street."""
    text, dotted = m.string, m.group().endswith(".")
    nxt = _NEXT_CAP.match(text, m.end())
    preceded = bool(_PREV_NAME.search(text[max(0, m.start() - 80) : m.start()]))
    if nxt and dotted and preceded and nxt.group().strip().lower() in _NOT_NAMES:
        # "at 4 Water St. Then he left": a street, and its dot ends the sentence
        return {"St": "Street.", "Dr": "Drive."}.get(m["abbr"].capitalize(), m.group())
    followed = nxt is not None
    if not dotted and not m["abbr"][1:].islower():
        return m.group()  # "ST" or "DR" without a dot is more likely a code than a word
    kind = m["abbr"].capitalize()
    before = text[max(0, m.start() - 12) : m.start()]
    ordinal = re.search(r"(?<!\w)[0-9]+(?:st|nd|rd|th)\s+$", before)
    if ordinal and kind == "St" and dotted:
        said = "Street"  # "the 86th St. Station": no saint is named after a number
    elif followed:
        said = {"St": "Saint", "Mt": "Mount", "Dr": "Doctor"}[kind]
    elif preceded and kind != "Mt":
        said = {"St": "Street", "Dr": "Drive"}[kind]
    elif dotted and kind == "Dr":
        said = "Doctor"
    else:
        return m.group()
    return _keep_stop(m, said)


def _title(m: Match, us: bool) -> str:
    if endearment(m.string, m.start()):
        return m.group()  # "Thanks, Hon. Dad is on his way": a pet name, not Honourable
    table = _TITLES | _DOTTED_TITLES
    said = table[m["abbr"].capitalize()]
    said = said.replace("Honourable", "Honorable") if us else said
    dotted = m.group().endswith(".")
    shouted = re.match(r"\s+[A-Z]{2,}\b", m.string[m.end() :])  # "TO: MS. JANE DOE"
    if dotted and m["abbr"] == "MS" and not shouted:
        return _keep_stop(m, "manuscript")  # "The MS. was lost": a manuscript, not Miz
    if not dotted and not m["abbr"][1:].islower():
        return m.group()  # "MS Word" is not Miz Word
    always = dotted and m["abbr"].capitalize() in _TITLES
    before = m.string[: m.start()]
    named = re.search(r"\bNat\.?\s*$", before) or _NAMED_AS.search(before)
    if m["abbr"] in GIVEN_NAMES and named:
        return m.group()  # "Nat Geo. The money", "everyone called Geo.": as written
    if dotted and m["abbr"] in GIVEN_NAMES:
        always = True  # "Geo. is return'd": a name before any word
    if m["abbr"].capitalize() == "Brig" and not _brigadier(m):
        return _brig(m)
    if m["abbr"].capitalize() in RANKS:
        return _rank(m, said)
    if said == "Honourable" and _HONORARY.match(m.string, m.end()):
        said = "Honorary"  # "the Hon. Sec.", "Hon. Treasurer": an unpaid post
    if not always and not _NEXT_CAP.match(m.string, m.end()) and not (
        dotted and said.startswith("Hono") and _AND_REVEREND.match(m.string, m.end())
    ):
        return m.group()
    return _keep_stop(m, said)


_AND_REVEREND = re.compile(r"\s+(?:and|&)\s+(?:the\s+)?(?:Rev|Revd|Rt|Right|Very)\b")
""""The Hon. and Rev. W. Herbert": Honourable before another title joined by "and"."""


_HONORARY = re.compile(
    r"\s+(?:Sec|Secretary|Treas|Treasurer|Curator|Librarian|Fellow|Editor)(?![\w'’])"
)
_ARTICLE_BEFORE = re.compile(r"(?<!\w)(?i:a|an|the|his|her|their|our|my|your)\s+$")
_OPENER_AFTER = re.compile(r"\s+(?P<word>[A-Z][a-z]*)(?![\w.'’-])")


_GENERAL_AFTER = re.compile(r"(?:\s+|-)(?i:Gen|Genl|General)\b")
_SHIP_BEFORE = re.compile(r"(?<!\w)(?i:a|an|the|his|her|their|our|my|your|this|that)\s+$")
_NOT_A_NAME = re.compile(r"\s+[A-Z][a-z]+(?:ed|ing)\b")


def _brigadier(m: Match) -> bool:
    """Is "Brig." the rank, for `_rank` to read? Before "Gen." ("Brig. Gen.", "Brig.-Gen.")
    it is; not after an article ("the Brig. Mary", "a Brig."), in capitals ("the BRIG.
    rolled", "THE BRIG.") or before a verb ("Brig. Narrated by …", a title with the
    credits after it): a sea story's ship. Elsewhere ("said Brig. Hale") `_rank` decides."""
    text, rest = m.string, m.string[m.end() :]
    if _GENERAL_AFTER.match(rest):
        return True
    ship = m["abbr"].isupper() or _SHIP_BEFORE.search(text, 0, m.start()) is not None
    return not ship and not _NOT_A_NAME.match(rest)


def _brig(m: Match) -> str:
    """The ship: "brig", its dot a sentence's stop only where the sentence ends ("THE
    BRIG." is "THE brig.", "the Brig. Mary" is "the brig Mary")."""
    word = "Brig" if _SENTENCE_OPENS.search(m.string, 0, m.start()) else "brig"
    rest = m.string[m.end() :]
    opener = _OPENER_AFTER.match(rest)
    ends = not rest.strip().strip(_CLOSERS) or (
        opener is not None and opener["word"].casefold() in OPENERS
    )
    ends = ends or _NOT_A_NAME.match(rest) is not None  # "Brig. Narrated by …"
    return word + "." if ends and m.group().endswith(".") else word


def _rank(m: Match, said: str) -> str:
    """A rank before a name ("Lt. Harper"), joined to another ("Lieut.-Col. Anstey"), or
    standing for the rank itself: after an article ("the Col. and I"), or, where no name
    comes before it ("Denver, Col." is a state), at the sentence's end ("He gave his rank
    as Lt.") or before a word that opens the next ("a Capt. Then he sailed", the dot
    said as the stop). Anywhere else it is left as written."""
    text, rest = m.string, m.string[m.end() :]
    opener = _OPENER_AFTER.match(rest)
    ends = not rest.strip().strip(_CLOSERS) or (
        opener is not None and opener["word"].casefold() in OPENERS
    )
    if ends:
        named = after_name(text, m.start()) and not _ARTICLE_BEFORE.search(text, 0, m.start())
        return m.group() if named else said + "."
    if _NEXT_CAP.match(rest) or re.match(rf"-(?:{_alternation(_DOTTED_TITLES)})\.", rest):
        return said
    if re.search(rf"(?<![\w.])(?:{_alternation(RANKS)})\.(?:-|\s+)$", text[: m.start()]):
        return said  # the second of a pair: "a Lt.-Col. and a hero", "a Brig. Gen. once"
    if _ARTICLE_BEFORE.search(text, 0, m.start()) and not re.match(r"\s*[0-9]", rest):
        return said  # not "The Gen. 1 games": a generation, or a book of the Bible
    return m.group()


def _sister(m: Match, us: bool) -> str:
    """"Sr." before a name where no name comes before it is a nun's title ("said Sr.
    Benedita", "Nuns: Sr. Lúcia"); after a name ("John Smith Sr.") `_junior` reads it.

    Before a job ("Sr. Analyst Jones") it is "Senior"; before a Spanish surname or in
    Spanish talk ("Buenos días, Sr. García", "Sr. Ortega") it is "Señor", as a Spanish
    book says it: no nun is called by her surname."""
    name = _NEXT_CAP.match(m.string, m.end())
    if after_name(m.string, m.start()) or not name or name.group().strip().casefold() in OPENERS:
        return m.group()
    word = _WORD_AFTER.match(m.string, m.end())
    if word and word["word"] in _JOBS:
        return "Senior"
    if word and (
        word["word"] in _SPANISH_SURNAMES
        or _SPANISH_SURNAME_END.search(word["word"])
        or _SPANISH_TALK.search(m.string)
    ):
        return "Señor"
    return "Sister"


_WORD_AFTER = re.compile(r"\s+(?P<word>[^\W\d_]+)")
_JOBS = frozenset(
    {"Accountant", "Administrator", "Adviser", "Advisor", "Analyst", "Architect", "Associate",
     "Attorney", "Buyer", "Chief", "Clerk", "Consultant", "Counsel", "Designer", "Developer",
     "Director", "Economist", "Editor", "Engineer", "Executive", "Fellow", "Inspector",
     "Instructor", "Lecturer", "Manager", "Officer", "Partner", "Planner", "Producer",
     "Programmer", "Researcher", "Scientist", "Software", "Specialist", "Staff", "Technician",
     "Vice", "Warden", "Writer"}
)  # fmt: skip
"""Job words that "Sr." (senior) stands before in a job title, never a nun's name."""
_SPANISH_SURNAMES = frozenset(
    {"Álvarez", "Castillo", "Castro", "Delgado", "Díaz", "Flores", "García", "Garcia",
     "Gómez", "González", "Gutiérrez", "Herrera", "Jiménez", "López", "Martínez", "Medina",
     "Mendoza", "Morales", "Moreno", "Navarro", "Ortega", "Ortiz", "Pérez", "Ramírez",
     "Rodríguez", "Romero", "Ruiz", "Sánchez", "Torres", "Vargas", "Vega"}
)  # fmt: skip
_SPANISH_SURNAME_END = re.compile(r"[áéíóú][^\W\d_]*ez$")
"""Spanish patronymics, accented before their "-ez" ("Fernández", "Sánchez", "Velázquez")."""
_SPANISH_TALK = re.compile(r"(?i)\b(?:buen[oa]s\s+(?:días|tardes|noches)|gracias|señor[a]?)\b")


def _after_name(m: Match, us: bool) -> str:
    said = {"jr": "Junior", "sr": "Senior", **{k.lower(): v for k, v in _STREETS.items()}}
    return _keep_stop(m, said[m["abbr"].lower()])


def _junior(m: Match, us: bool) -> str:
    if m["abbr"] == "Sr" and _ADDRESSED_SIR.search(m.string, 0, m.start()):
        return m["lead"] + "Sir"  # "I am, Sr., your obedient servant": a letter's "Sir"
    return m["lead"] + _after_name(m, us)


_ADDRESSED_SIR = re.compile(r"(?<![\w'’])(?:I\s+am|I\s+remain|remain|am)\s*$")
"""What comes before a letter's "Sir" in its close ("I am, Sr., your most obedient…",
"I remain, Sr., …"), never before a father's name's "Senior"."""


def _letter_date(m: Match, us: bool) -> str:
    """Old letters date by the month: "the 5th inst." (this month), "ult." (last month),
    "prox." (next month), said as the Latin words they shorten."""
    said = {"inst": "instant", "ult": "ultimo", "prox": "proximo"}[m["abbr"]]
    return _keep_stop(m, said)


def _plain(m: Match, us: bool) -> str:
    said = _PLAIN[m["abbr"].lower()]
    return _keep_stop(m, _capitalised(m, said))


_NAMED_AS = re.compile(r"(?<![\w'’-])(?:called|named|nicknamed|dubbed|christened|known\s+as)\s+$")
"""A naming word before a short form: the name as written ("The parrot was called Ed.",
"a man everyone called Geo."), not "Editor" or "George"."""


def _editor(m: Match, us: bool) -> str:
    """2nd ed. → second edition; ed. by → edited by; (ed.) → editor; eds. → editors."""
    abbr = m["abbr"]
    if abbr == "Ed" and _NAMED_AS.search(m.string, 0, m.start()):
        return m.group()  # "The parrot was called Ed.": a name
    if abbr.lower() == "ed" and re.search(
        r"[0-9](?:st|nd|rd|th)\s$|(?<![0-9])(?:[0-9]?[23])(?<!1[23])d\s$"
        r"|\b(?:[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|[Ff]ifth|[Ss]ixth|[Ss]eventh|[Ee]ighth"
        r"|[Nn]inth|[Tt]enth|[a-z]+teenth|[a-z]+ieth)\s$", m.string[: m.start()][-16:]
    ):  # "2nd ed.", "the 3d ed." (old books' ordinal), "the third ed.": an edition
        said = "edition"
    elif abbr.lower() == "ed" and re.match(r"\s+by\b", m.string[m.end() :]):
        said = "edited"
    else:
        said = "editors" if abbr.lower() == "eds" else "editor"
    return _keep_stop(m, _capitalised(m, said))


def _code_number(m: Match, us: bool) -> str:
    """"a ring no. DX40917" → "a ring number DX40917"; "He said no. A40 was…" is left."""
    if not is_code_number(m):
        return m.group()
    return m.group()[: m.start("no") - m.start()] + "number" + m.string[m.end("dot") : m.end()]


_REPLY_OPENS = re.compile(r"(?:^|[?!][\"'”’]*\s+|[\"“‘]\s*)$")
_AFTER_QUESTION = re.compile(r"[?!][\"'”’]*\s+[\"“‘]?\s*$")
_REPLY_NUMBER = re.compile(r"[0-9]{1,4}[.!?…][\"'”’)]*(?:\s|$)")
_REPLY_YEAR = re.compile(r"(?:1[0-9]|20)[0-9]{2}[.!?…][\"'”’)]*(?:\s|$)")


def _before_number(m: Match, us: bool) -> str:
    """"No. 5" is "Number five"; but "No." answering a question just asked, or opening a
    reply with a year ("“Nineteen seventy-seven? No. 1937.”"), is the word. A reply
    alone with a small number ("“No. 10.”", after "Which house?") is the house's number."""
    if m["abbr"] == "No" and _REPLY_OPENS.search(m.string, 0, m.start()) and (
        _REPLY_YEAR.match(m.string, m.end())
        or (
            _AFTER_QUESTION.search(m.string, 0, m.start())
            and _REPLY_NUMBER.match(m.string, m.end())
        )
    ):  # the answer, then the number alone
        return m.group()
    said = _BEFORE_NUMBER[m["abbr"]]
    return _capitalised(m, said) + " "


_STAGE = {"R": "right", "L": "left", "C": "centre", "U": "up", "D": "down"}


_ENTRANCE = {"R": "right", "L": "left", "U": "upper"}


def _stage_place(pos: str, us: bool) -> str:
    """"L. C." → left centre; an entrance: "R. U. E." → right upper entrance, "L. 2 E." →
    left second entrance."""
    marks = re.findall(r"[RLCUDE1-4]", pos)
    if marks[-1] == "E":
        return " ".join(
            [_ordinal(int(x), us) if x.isdigit() else _ENTRANCE[x] for x in marks[:-1]]
            + ["entrance"]
        )
    said = " ".join(_STAGE[x] for x in marks)
    return said.replace("centre", "center") if us else said


def _stage_words(m: Match, us: bool) -> str:
    said = _stage_place(m["pos"], us)
    return f"{said}{m['join']}{_stage_place(m['pos2'], us)}" if m["pos2"] else said


def _stage(m: Match, us: bool) -> str:
    return m["pre"] + _keep_stop(m, _stage_words(m, us))


def _stage_end(m: Match, us: bool) -> str:
    """"the door L. They all look" → "the door left. They…": the dot is the sentence's."""
    return f"{m['pre']}{_stage_words(m, us)}."


_BOOK_SIZE = re.compile(
    rf"(?<![\w.,/-])(?:(?P<sheet>(?i:{'|'.join(BOOK_SIZE_WORDS)}))\.\s?)?(?P<size>{BOOK_SIZE})"
    r"(?![\w'’-])"
)
_CATALOGUE_WORDS = frozenset(
    {"cloth", "boards", "bds", "calf", "sewed", "bound", "half", "half-bound", "morocco",
     "vellum", "paper", "wrapper", "wrappers", "gilt", "uncut", "vol", "vols", "volume",
     "volumes", "pp", "pages", "edition", "ed", "size", "price", "net", "with", "in", "and",
     "or", "each", "plates", "sheets", "limp", "roan", "extra"}
)  # fmt: skip
"""Words a catalogue writes after a size ("12mo cloth", "18mo, sewed", "16mo and 32mo")."""


def _book_size(m: Match, us: bool) -> str:
    """"8vo" → octavo, "fcap. 8vo" → foolscap octavo, "Crown 8vo" → Crown octavo. A
    "12mo" before another small word is months ("a 12mo lease", "18mo old"): left alone."""
    after = re.match(r"\s+(?P<word>[a-z][\w-]*)", m.string[m.end() :])
    if m["size"].endswith("mo") and after and after["word"] not in _CATALOGUE_WORDS:
        return m.group()
    sheet = m["sheet"]
    said = BOOK_SIZES[m["size"]]
    if sheet:
        word = BOOK_SIZE_WORDS[sheet.lower()]
        said = f"{word.capitalize() if sheet[0].isupper() else word} {said}"
    return said


_COMPASS_STREET = re.compile(
    r"(?<![\w.,])(?:(?P<num>[0-9]{1,4})\s+)?(?P<side>[NSEW])\.\s+(?P<name>(?:[A-Z][\w'’-]*\s+){1,3}?)"
    r"(?=(?:St|Ave|Rd|Blvd|Ln|Pl|Street|Avenue|Road|Boulevard|Lane|Drive|Place)(?:\.|(?!\w)))"
)
"""An address: a street's number and the compass letter before its name ("220 W. Madison
St.", "N. Clark St."), which is "West", not watts, and not an initial."""


def _compass_street(m: Match, us: bool) -> str:
    if not m["num"] and after_name(m.string, m.start()):
        return m.group()  # "Anna E. Clark Street": a middle initial
    side = {"N": "North", "S": "South", "E": "East", "W": "West"}[m["side"]]
    number = f"{_in_pairs(m['num'], us)} " if m["num"] else ""
    return f"{number}{side} {m['name']}"


def _telegram_break(m: Match, us: bool) -> str:
    """A telegram's "=" between words in capitals ("BATH = HAVE ROOMS") is the break between
    its parts, a pause; in running text ("A = B") it stays "equals"."""
    near = m.string[max(0, m.start() - 30) : m.end() + 30]
    word = re.search(r"[A-Z]+$", m.string[: m.start()].rstrip())
    if re.search(r"[a-z]", near) or not word or len(word.group()) < 2:
        return m.group()
    return ", "


_DAY_NAMES = "|".join(sorted(WEEKDAYS, key=len, reverse=True))
_MONTH_SHORT = MONTH_ABBREVIATIONS
_DAY_SPAN = re.compile(
    rf"(?<![\w.'’-])(?P<a>{_DAY_NAMES})\.?\s?[–-]\s?(?P<b>{_DAY_NAMES})(?P<dot>\.)?(?![\w'’-])"
)
"""Days as opening hours give them, "Mon–Fri": Monday to Friday, not a dash's pause."""


def _calendar_stop(m: Match) -> str:
    """The dot of "on Fri." said as the sentence's stop only where the sentence ends there:
    at the end of the text, or before a capital that is no month, day or number."""
    if not m["dot"]:
        return ""
    rest = m.string[m.end() :]
    ends = re.match(r"[\"'”’)\]]*(?:\s*$|\s+[A-Z\"“‘])", rest)
    return "." if ends and not CALENDAR.match(rest.lstrip()) else ""


def _calendar(m: Match, us: bool) -> str:
    """Thurs. → Thursday, Sept. → September, where `calendar_word` is sure of it."""
    said = calendar_word(m)
    if said is None:
        return m.group()
    ordinal = re.match(r"\s+[0-9]{1,2}(?:st|nd|rd|th)(?!\w)", m.string[m.end() :])
    if ordinal and said in WEEKDAYS.values():
        said += " the"  # "Wed. 14th": Wednesday the fourteenth
    return said + _calendar_stop(m)


def _day_span(m: Match, us: bool) -> str:
    return f"{WEEKDAYS[m['a']]} to {WEEKDAYS[m['b']]}{_calendar_stop(m)}"


_DAY_LETTERS = {"M": "Monday", "Tu": "Tuesday", "W": "Wednesday", "Th": "Thursday",
                "F": "Friday", "Sa": "Saturday", "Su": "Sunday"}  # fmt: skip
_HOURS_TIME = re.compile(
    r",?\s+(?:from\s+)?[0-9]{1,2}(?:[:.][0-5][0-9])?\s?(?:[ap]\.?m\b|[AP]\.?M\b|[–-]\s?[0-9])"
)
_HOURS_CUE = re.compile(r"(?i:\b(?:open|opens|opening|hours))\s*:?\s*$")
_LETTER_DAY_SPAN = re.compile(
    r"(?<![\w.'’&/-])(?P<a>M|Tu|W|Th|F|Sa|Su)\s?[–-]\s?(?P<b>M|Tu|W|Th|F|Sa|Su)(?![\w'’&/-])"
)
"""Days in single letters as opening hours give them, "M–F, 9 a.m.–5 p.m.", "open M-Sa":
Monday to Friday. Only before a time or after "open" or "hours": elsewhere "M-F" is
anybody's letters (a grade, a size, a ratio)."""


def _letter_day_span(m: Match, us: bool) -> str:
    hours = _HOURS_TIME.match(m.string, m.end()) or _HOURS_CUE.search(m.string, 0, m.start())
    if not hours:
        return m.group()
    return f"{_DAY_LETTERS[m['a']]} to {_DAY_LETTERS[m['b']]}"


_MONTH_NAMES = "|".join(
    sorted([*_MONTH_SHORT, *_MONTH_SHORT.values(), "May"], key=len, reverse=True)
)
_MONTH_SPAN = re.compile(
    rf"(?<![\w.'’-])(?P<a>{_MONTH_NAMES})(?P<dot1>\.)?\s?[–-]\s?(?P<b>{_MONTH_NAMES})(?P<dot>\.)?"
    r"(?![\w'’-])"
)
"""Months as seasons and opening times give them, "Jan.–Jun. 2022", "(Apr.-Oct.)", "May-June":
January to June, not a dash's pause."""


def _month_span(m: Match, us: bool) -> str:
    undotted = not (m["dot1"] or m["dot"]) and (m["a"] in _MONTH_SHORT or m["b"] in _MONTH_SHORT)
    if undotted and re.search(r"(?<![$£€¥0-9.,])[0-9]{1,2}\s*$", m.string[: m.start()]):
        return m.group()  # "28 Nov–Mar": a day's month, left to the reading of dates
    a, b = (_MONTH_SHORT.get(x, x) for x in (m["a"], m["b"]))
    return f"{a} to {b}{_calendar_stop(m)}"


_STREET_WORDS = {"St": "Street", "Dr": "Drive", **_STREETS}


def _street_end(m: Match, us: bool) -> str:
    """"down Mulholland Dr. Nobody followed" → "Mulholland Drive.": the street's
    abbreviation, and its dot, the sentence's end (`street_ends`)."""
    if not street_ends(m):
        return m.group()
    return m.group()[: m.start("abbr") - m.start()] + _STREET_WORDS[m["abbr"]] + "."


_PLACE_TITLES = {"Ft": "Fort", "Pt": "Point", "Ste": "Sainte"}


def _place_title(m: Match, us: bool) -> str:
    """Ft. William → Fort William, Pt. Lynas → Point Lynas, Ste. Anne → Sainte Anne; "Ste."
    before a number is a suite ("Ste. 400"). Before a word that opens a sentence ("the
    Pt. Then") it is left as written."""
    if m["num"]:
        return "Suite "
    if m["name"].casefold() in OPENERS:
        return m.group()
    return _PLACE_TITLES[m["abbr"]]


_ESTIMATE = re.compile(r"(?i:\bpop\.|population|census)[^.;()]{0,30}$")
"""A population before "est.": the year of an estimate, not of a founding."""
_MEASURED = re.compile(r"\s?(?:c\.\s?)?[0-9][0-9,.]*\s?(?:mm|cm|m|km|in|ft|kg|g|lb)\b")
"""A measure after "d." ("(d. 1200 mm)"): a diameter, not a death (nor the others' words)."""

_LIFE_WORDS = {"b": "born", "d": "died", "fl": "flourished", "r": "reigned", "m": "married"}


def _life_date(m: Match, us: bool) -> str:
    """(b. 1861, d. 1932) → (born …, died …); fl., r., m.: flourished, reigned, married."""
    if not in_brackets(m.string, m.start()):
        return m.group()
    if _MEASURED.match(m.string, m.end()):
        return "diameter " if m["abbr"] == "d" else m.group()
    return _LIFE_WORDS[m["abbr"]] + " "


_DOSING = {"q.d": "once daily", "b.i.d": "twice a day", "t.i.d": "three times a day",
           "q.i.d": "four times a day", "p.r.n": "as needed", "q.h.s": "at bedtime"}
"""A prescription's Latin shorthand as a doctor reads it out."""
_OVER = {"YoY": "year", "MoM": "month", "QoQ": "quarter", "WoW": "week"}
"""A business report's growth "YoY", "MoM": year on year (US: year over year)."""
_BITS_NEAR = re.compile(r"(?i:\b(?:modem|baud|bits?|data|serial|line|connection|download|upload))")


def _basis_points(m: Match, us: bool) -> str:
    """"bps" after a figure is basis points, as finance writes a rate's move ("cut 25 bps");
    near a modem or data's word, or after a figure of 300 or more, it is bits per second."""
    figure = re.search(r"([0-9][0-9,.]*)\s?$", m.string[: m.start()])
    big = figure is not None and float(figure[1].replace(",", "") or 0) >= 300
    if big or _BITS_NEAR.search(m.string[max(0, m.start() - 60) : m.end() + 40]):
        return m.group()
    return f"{m['sp'] or ' '}basis points"


def _monsieur(m: Match, us: bool) -> str:
    """"M." before a surname is Monsieur, as English books write it of Frenchmen ("Vous
    êtes M. Dupont ?", "the works of M. Robinet"); but an initial after a capitalised
    name ("John M. Smith"), after "by" (a credit), after a bracket's stage direction or
    in a signature of a name alone is left as written: it is Monsieur after a small
    word, a bracket, a comma or a sentence's end, or opening a paragraph of some length
    with a small word after the name."""
    before, after = m.string[: m.start()], m.string[m.end() + 1 + len(m["name"]) :]
    if m["name"].casefold() in OPENERS:
        return m.group()
    ended = r"(?<!Prof)(?<!Capt)(?<!Lieut)(?<!Sergt)[a-zà-ÿ]{3}[.!?]"  # not "Dr. M. Smith"
    if re.search(rf"(?:\b[a-zà-ÿ]+(?<!\bby)|[(,;]|{ended})\s+$", before):
        return "Monsieur"  # "to M. Robinet", "êtes M. Dupont", "(M. Thiers", "Marck. M. D’…"
    opens = not before.strip() and len(m.string.split()) >= MONSIEUR_OPENING_WORDS
    return "Monsieur" if opens and re.match(r"[’']s\s|\s(?!by\b)[a-z]", after) else m.group()


MONSIEUR_OPENING_WORDS = 8
"""A paragraph that opens "M. Sorel has lately published …" is about Monsieur Sorel when it
is a sentence's length at least; a short line ("M. Narrated by …", a list's "M. Generals,
Mallam, …") is a letter or an initial."""


def _gloss(m: Match, us: bool) -> str:
    """A gloss's label in full ("Gk." Greek, "pl." plural, "lit." literally), but as
    written in the book's key to its abbreviations, where the word follows it ("pl.
    plural, lit. literally"): not "plural plural"."""
    said = GLOSS_WORDS[m["abbr"] or m["lit"] or m["bare"]]
    after = m.string[m.end() :].lstrip(" *_")
    return m.group() if after.casefold().startswith(said[:4]) else said


_DASHES = r"(?:—{2,}|⸺|⸻|-{4,})"
_BLANK_YEAR = re.compile(
    rf"(?:(?<=\b[Yy]ear )|(?<=\b[Ii]n )|(?<=\bof )(?<![0-9] of )|(?<=\bsince )"
    rf"|(?<=, )(?<![0-9], )|(?<=—— )|(?<=---- )"
    rf"|(?P<pre>\b{_MONTH}\s?(?:[0-9]{{1,2}}(?:st|nd|rd|th|d)?,\s?)?))"
    rf"(?P<c>1[0-9])(?P<d>[0-9])?(?:—|--+|{_DASHES}|(?<=[0-9]{{3}})-(?=[\s.,;:]))"
    rf"(?![\w—-]|\s*[\"”’]|\s+(?:or|to)\b)(?(d)|(?!\s+and\b))"
)
"""A year the author leaves blank, "in the year 18—": said "eighteen hundred and blank",
as narrators of Victorian books say it; "in 184—" (or "184-") "eighteen forty-blank", the
decade kept. Only after "year", "in", "of", "since", a comma, another blank ("the month
of —— 17—") or a month and its day ("May 18—", "Aug. 19, 17—", a letter's dateline), so
that "he was 18—no, 19" keeps its dash; "17__" is the same blank. Talk broken off is no
year: a dash that closes a quotation ("I've read 12 of 18—"), or a count ("12 of 18—",
"Fifteen, 16, 17—"). A spaced "and" may follow a year with its decade ("born in 184— and
had always refused"), never a century alone ("in 18— and")."""


def _blank_year(m: Match, us: bool) -> str:
    """ "18—" → "eighteen hundred and blank"; "184—" → "eighteen forty-blank"."""
    if not m["d"] or m["d"] == "0":
        said = f"{_cardinal(int(m['c']), us)} hundred and blank"
    else:
        said = f"{_cardinal(int(m['c']), us)} {_cardinal(int(m['d']) * 10, us)}-blank"
    pre = m["pre"] or ""
    if pre and not pre.rstrip().endswith(","):  # "May 18—": "May, eighteen hundred and blank"
        pre = pre.rstrip() + ", "
    return pre + said
_BLANK_AFTER = "|".join(
    rf"(?<=\b{w} )"
    for w in ("of", "to", "in", "at", "the", "from", "by", "near", "with", "for", "on", "into",
              "upon", "his", "her", "my", "our", "their", "your", "At", "The", "To")
)
"""Words after which a two-em dash ("——", "----") stands for a word withheld ("the town
of ——", "a letter to ——", after "a"/"an" unless a word follows): a blank, where the
same dash between clauses is a pause. Not before "!" or "?" ("Go to the ——!": an oath
held back), nor after "a"/"an" before a word ("a —— fool": the oath's adjective), nor
before "but"/"no" ("of the —— but no, I will not tell"): a word held back as the speaker
breaks off, said as a pause."""
_BLANK_PLACES = (
    "Street|Square|Place|Road|Lane|Row|Terrace|Gardens|Crescent|Court|Park|Hall|House|Arms"
    "|Inn|Hotel|Castle|Abbey|Manor|Lodge|Grange|Priory|Church|Chapel|College|School|Bridge"
    "|Gate|Hill|Green|Common|Wood|Regiment|Club|Theatre|Hospital|Road"
)
"""A place's last word after a blank ("—— Street", "the —— Arms", "——— Park"): the dash
is the withheld name of the place."""
_BLANK_NAME = re.compile(
    r"(?P<title>(?<![\w.])(?:Mrs?\.|Ms\.|Dr\.|St\.|Miss|Lady|Lord|Duke|Earl|Count|Sir|Baron|"
    rf"Major|Captain|Colonel|General)\s?){_DASHES}(?=[\s,;:.!?)]|['’]s\b|$)"
    rf"|(?<![^\s(])(?<![\"“‘]){_DASHES}(?=[a-z]{{2,}})"
    r"|(?<=[^\W\d_] )(?:⸻|———+)(?=[\s,;:.!?)]|['’]s\b|$)"
    rf"|(?:{_BLANK_AFTER})(?:——|-{{4,}})(?=[\s,;:.!?)]|['’]s\b|$)(?![!?]| (?:but|no)\b)"
    rf"|(?:(?<=\ba )|(?<=\ban ))(?:——|-{{4,}})(?=[\s,;:.)]|['’]s\b|$)(?! [a-z])"
    r"|(?<=[^\W\d_] )(?:——|-{4,})(?=['’]s\b)"
    rf"|(?<![^\s(]){_DASHES}(?= (?:{_BLANK_PLACES})\b)"
)
"""A name the author leaves blank: "Mr. ——'s park", "Lady ——", "——shire" are said
"Mister Blank's park", "Lady Blank", "Blankshire", as narrators read them; so is the
three-em dash standing for a word after any word ("To ⸻, Esq.", "your friend ⸻’s"),
which print keeps for a name withheld. A dash joined
to the word before ("But——but") is a stammer, and one before a closing quote ("Please,
Sir——’") a broken-off speech: neither is a blank."""


_OATHS = {
    ("d", "n"): "damn", ("d", "mn"): "damn", ("d", "d"): "damned", ("d", "nd"): "damned",
    ("d", "ned"): "damned", ("d", "mned"): "damned", ("d", "nation"): "damnation",
    ("d", "l"): "devil", ("d", "vil"): "devil", ("d", "uce"): "deuce", ("g", "d"): "God",
    ("h", "l"): "hell", ("h", "ll"): "hell", ("b", "y"): "bloody", ("b", "dy"): "bloody",
}  # fmt: skip
"""Oaths printed with their middle dashed out ("D—n", "d—d", "d——l", "G—d", "b——y"):
said as the word, as narrators of Fielding, Burney or Dickens read them, never letters
broken by a pause ("D, n")."""
_OATH_GAP = r"(?:—+|-{2,}|⸺|⸻)"
_DASHED_OATH = re.compile(
    rf"(?<![\w—-])(?P<a>[DdGgHhBb]){_OATH_GAP}(?P<b>[a-z]{{1,6}})(?![\w—-])"
    rf"|(?<![\w—-])(?P<damn>D){_OATH_GAP}(?= (?:your|you|it|him|her|them|me|the|my|his)\b)"
)
"""A dashed oath (`_OATHS`), and "D—— your eyes!": "Damn your eyes!"."""


def _dashed_oath(m: Match, us: bool) -> str:
    if m["damn"]:
        return "Damn"
    word = _OATHS.get((m["a"].lower(), m["b"]))
    if word is None:
        return m.group()
    return word[0].upper() + word[1:] if m["a"].isupper() else word


_INITIAL_NAME = re.compile(
    r"(?P<title>(?<![\w.])(?:Mrs?\.|Ms\.|Dr\.|Miss|Lady|Lord|Sir|Captain|Colonel|General)\s?)"
    r"(?P<initial>[A-Z])(?:—+|-{2,}|⸺|⸻)(?:[a-z]{1,6})?(?=[\s,;:.!?)]|['’]s\b|$)"
)
"""A name printed as its initial and a dash ("Mr. B——", "Mrs. H——'s daughter"): said
"Mister B", "Missus H's", as a narrator reads Richardson's "Mr. B.", never "B" and a
pause before the stop or the "'s". So is one printed with its first and last letters
after a title ("Dr. D—n, the Dean", "Sir H—l"): "Doctor D", a name held back, never the
oath "D—n" is elsewhere (`_DASHED_OATH`)."""
_VERY_WORDS = (
    "good|bad|tired|happy|sad|late|early|cold|hot|nice|pleased|cross|annoyed|annoying|drunk"
    "|hungover|busy|important|well|ill|much|difficult|hard|interesting|exciting|excited"
    "|boring|pleasant|fine|sorry|glad|wet|dull|kind|depressed|lonely|funny|sexy|thin|fat"
    "|quiet|upset|worried|odd|strange|stressed|bored|proud|smug|sick|fit|sweet|cool|lucky"
    "|unfair|worrying|embarrassing|romantic|fast|slow|expensive|cheap|loud|calm"
)
_VERY = re.compile(rf"(?<![\w.])(?P<v>v\.(?:\s?v\.)?)\s?(?=(?:{_VERY_WORDS})\b)")
"""A modern diarist's "v. bad", "v. good", "(v.v. tired)": "very", before the words a
diary grades its day with; "v." before any other word is a verb's mark, "vide" ("v.
section 2", "v. inf.") or "versus" ("v. the poor creatures"). Never after a part's word,
where "v." is the Roman five ("Act v. good")."""
_PART_BEFORE = re.compile(
    r"(?i:\b(?:act|book|canto|chap|chapter|part|vol|volume|sect|section|art|article|no|p|pp"
    r"|page|psalm|ch|bk|pt|sc|scene|lib|cap|lect|lecture|letter|plate|fig|ode|sat|ep))\.?\s*$"
)


def _very(m: Match, us: bool) -> str:
    if _PART_BEFORE.search(m.string, 0, m.start()):
        return m.group()
    return "very very " if m["v"].count("v") == 2 else "very "


def _roman_month_date(m: Match, us: bool) -> str:
    """ "24. xi. 17." → "the twenty-fourth of November seventeen": after a place's comma
    ("France, 24. xi. 17."), "on" or "dated", or alone as a dateline; anywhere else
    ("Bk. 3. ii. 45", "See 1. i. 12") it is a reference's parts, left as they are."""
    before, after = m.string[: m.start()], m.string[m.end() :]
    dateline = not before.strip() and re.fullmatch(r"\.?[)\]_*]*\s*", after)
    if not (dateline or re.search(r"(?:,|\b(?:[Oo]n|[Dd]ated|[Ss]igned))\s$", before)):
        return m.group()  # "Bk. 3. ii. 45", "See 1. i. 12": a reference's parts
    month = roman_value(m["m"].lower()) or 0
    return _date(int(m["d"]), month, m["y"], us, day_first=True)


_CAPITAL_DATE = re.compile(
    r"(?<![\w.,])(?P<d>[0-9]{1,2})\s(?P<m>JANUARY|FEBRUARY|MARCH|APRIL|JUNE|JULY|AUGUST"
    r"|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER|MAY(?=[.,]|\s[0-9]{4}|\s*$))(?![\w'’])"
)
"""A date in a heading set in capitals ("CUTTING FROM THE DAILYGRAPH, 8 AUGUST", "12 MARCH
1912"): the month as a name, so that it is read as a date ("the eighth of August")."""
_BLANK_WORD = re.compile(r"(?<![^\s(“\"‘])[⸺⸻](?=[\s,;:.!?)”\"]|['’]s\b|$)")
"""A two- or three-em dash standing for a word, as typesetters mark a name withheld ("To
⸻", "your friend ⸻’s adventures"): said "blank", never dropped, which changes who is
meant; "Blank", as `_BLANK_NAME` says a name left blank after a word. A dash alone is a
break between scenes, not a blank."""


def _subsection(m: Match, us: bool) -> str:
    """"section 3(2)(a)" → "section 3, subsection 2, paragraph a"; "Article 6(1)" →
    "Article 6, 1": a statute's parts as a lawyer reads them, never "three(two)". A code's
    lettered parts ("§ 12(a)(iii)") are said bare, a small Roman numeral as its number:
    "section 12, a, 3"."""
    section = m["kw"].lower().startswith(("section", "§")) and m["sub"].isdigit()
    said = f"{m['n']}, {'subsection ' if section else ''}{m['sub']}"
    par = m["par"]
    if par and not m["sub"].isdigit() and not par.isdigit() and roman_value(par):
        par = str(roman_value(par))  # "(a)(iii)": the third clause of (a)
    return said + (f", {'paragraph ' if section else ''}{par}" if par else "")


_SECTION_CITED = re.compile(
    SECTION_ABBREVIATION.pattern + r"(?:\((?P<first>[0-9]{1,3}|[a-z]{1,3})\))?"
)
_SECTION_WORDS = {"s": "section", "ss": "sections", "sub-s": "subsection", "subs": "subsection",
                  "sub-ss": "subsections", "subss": "subsections"}  # fmt: skip


def _section_cited(m: Match, us: bool) -> str:
    """"s. 6", "ss. 276", "sub-s. (1)" → section 6, sections 276, subsection 1: a statute's
    parts as a lawyer cites them; a subsection's brackets are not said."""
    said = _SECTION_WORDS[m["abbr"]] + " "
    return said + m["first"] if m["first"] else said


def _classical_work(m: Match, us: bool) -> str:
    """Il. 9.63 → Iliad nine, sixty-three; Thuc. 2.15.1 → Thucydides two, fifteen, one;
    Od. 9.112–115 → Odyssey nine, one twelve to one fifteen: book and line, not decimals."""
    key = "".join(m["work"].split())
    work = next(v for k, v in CLASSICAL_WORKS.items() if "".join(k.split()) == key)

    def place(ref: str, end: str | None) -> str:
        parts = ref.split(".")
        said = [_cardinal(int(parts[0]), us)]
        said += [_mass_number(int(p), us) if int(p) >= 100 else _cardinal(int(p), us)
                 for p in parts[1:]]  # fmt: skip
        text = ", ".join(said)
        if end:
            n = int(end)
            text += f" to {_mass_number(n, us) if n >= 100 else _cardinal(n, us)}"
        return text

    more = re.findall(r"([0-9.]+)(?:\s?[–-]\s?([0-9]+))?", m["more"] or "")
    return f"{work} " + "; ".join([place(m["ref"], m["end"]), *(place(r, e) for r, e in more)])


def _cited_work(m: Match, us: bool) -> str:
    """"98 F.Supp. 797", "3 Bl. Comm. 23": the report's or the treatise's name, no dot."""
    key = "".join(m["work"].split())
    return next(v for k, v in CITED_WORKS.items() if "".join(k.split()) == key) + " "


def _latin_cited(m: Match, us: bool) -> str:
    """"ed. cit." edition cited, "sc." namely ("sc. 2" a scene), "op. cit.", "loc. cit." and
    "ibid." as scholars say them, their dots no pause."""
    word = "".join(m.group().split()).rstrip(".")
    if word == "sc":
        return "scene" if re.match(r"\s?[0-9]", m.string[m.end() :]) else "namely"
    return {"ed.cit": "edition cited", "op.cit": "op cit", "loc.cit": "loc cit"}.get(word, word)


def _article_roman(m: Match, us: bool) -> str:
    value = roman_value(m["num"])
    return f"Article {_cardinal(value, us).capitalize()}" if value else m.group()


_NOT_A_PARTY = frozenset({"Book", "Part", "Chapter", "Vol", "Volume", "Act", "Canto", "Scene",
                          "Section", "Psalm", "Henry", "Edward", "George", "Charles"})  # fmt: skip


def _versus(m: Match, us: bool) -> str:
    """"Plessy v. Ferguson" → Plessy versus Ferguson: between two parties' names; not after
    "Book" or a king ("Book v. The Return")."""
    before = re.search(r"([A-Z][\w'’.&-]*)\s$", m.string[: m.start()])
    if before is None or before[1] in _NOT_A_PARTY:
        return m.group()
    return "versus"


_SIGNED = re.compile(r"(?<!\S)/s/[ \t]+(?=[A-Z])")
"""A signature line as filings type it ("/s/ Margaret O. Tran"): "signed,", never a path."""
_JUDGE = (
    r"(?<=[A-Za-z], )JJ\.(?=[,;)]|\s|$)"
    r"|(?<=[A-Z]{2}, )(?:C\.\s?J|J)\.(?=[,;)]|\s|$)"
    r"|(?<=[A-Za-z], )(?:C\.\s?J|J)\.(?=,?\s+(?:dissenting|concurring|delivered|announced"
    r"|joined|wrote|for the Court)\b)"
)
"""A judge's title after the name, as reports print it: "(Harlan, J., dissenting)",
"VINSON, C.J., and", "Black, Douglas, and Jackson, JJ."; an initial in a list of authors
("Smith, J., & Jones") is none."""


def _judge(m: Match, us: bool) -> str:
    said = {"JJ.": "Justices"}.get(m.group(), "Chief Justice" if "C" in m.group() else "Justice")
    rest = m.string[m.end() :].strip().strip(_CLOSERS)
    return said + "." if not rest or rest[0].isupper() else said


_QURAN_VERSE = re.compile(
    r"(?<![\w.])(?P<book>Q|Qur['’]?an|Koran|Surah?)\.?\s(?P<ch>[0-9]{1,3}):(?P<v>[0-9]{1,3})"
    r"(?:\s?[–-]\s?(?P<v2>[0-9]{1,3}))?(?![\w:]|[.,][0-9])"
)
"""A Qur'an reference ("Q 2:255", "Q 1:1–7", "Surah 96:1-5"): sura and verse."""
_BARE_VERSE = re.compile(
    r"(?<![\w.:/])(?P<ch>[0-9]{1,3}):(?P<v>[1-9]|[0-9]{3}|[6-9][0-9])"
    r"(?:\s?[–-]\s?(?P<v2>[0-9]{1,3}))?(?![\w:/]|[.,][0-9])"
)
"""Chapter and verse with no book ("(2:255)" in a sentence about the Qur'an, a selection's
verse label "46:1 God is our refuge"): only a verse no clock shows ("2:1", "2:255")."""
_RATIO_CUE = re.compile(
    r"(?i)\b(?:ratios?|odds|scored?|scale|won|lost|beat|ended|final|mix(?:ed)?|proportion)\b"
    r"[^.;()]*$"
)
_QURAN_WORDS = re.compile(r"\b(?:Qur['’]?an|Koran|Surah?|Q\s[0-9])")


def _quran_verse(m: Match, us: bool) -> str:
    """Q 2:255 → Qur'an two, two hundred and fifty-five; Surah 96:1-5 → Surah ninety-six,
    one to five: sura and verse as a reader says them, not a ratio."""
    book = {"Q": "Qur'an"}.get(m["book"], m["book"])
    return f"{book} {_verse_pair(m, us)}"


def _verse_pair(m: Match, us: bool) -> str:
    said = f"{_cardinal(int(m['ch']), us)}, {_cardinal(int(m['v']), us)}"
    return said + (f" to {_cardinal(int(m['v2']), us)}" if m["v2"] else "")


def _bare_verse(m: Match, us: bool) -> str:
    """"(2:255)" in a sentence about scripture → two, two hundred and fifty-five; a verse
    label opening a paragraph ("46:1 God is our refuge") → forty-six, one. Elsewhere (a
    ratio "3:2", a score "2:1") left to the ratio rules."""
    text = m.string
    label = not text[: m.start()].strip() and re.match(r"\s+[A-Z]", text[m.end() :])
    rest = text[: m.start()] + " " + text[m.end() :]
    if _RATIO_CUE.search(text, max(0, m.start() - 40), m.start()):
        return m.group()  # "the ratio of 3:1", "won 2:1": not a verse
    if label or scripture_context(rest) or _QURAN_WORDS.search(rest):
        return _verse_pair(m, us)
    return m.group()


_SCRIPTURE_RE = (
    r"(?<![\w.])(?:(?P<nth>[1-3])\s?)?"
    rf"(?:(?P<abbr>{SCRIPTURE_PATTERN})(?:(?P<adot>\.)\s?|\s(?=[0-9]+:[0-9]))"
    rf"|(?P<name>{BIBLE_BOOKS})\s+(?=[0-9]+:[0-9]))"
    r"(?P<ch>[0-9]{1,3})(?::(?P<v>[0-9]{1,3})(?:\s?[–-]\s?(?P<v2>[0-9]{1,3}))?"
    r"(?P<ff>\s?ff?\.?)?|\s?[–-]\s?(?P<ch2>[0-9]{1,3})(?![0-9:]))?(?![\w]|:\S|[.,][0-9])"
)
"""A Bible reference: a book's name before chapter and verse ("Isaiah 40:31", "John 3:16"),
or its abbreviation before a chapter ("Gen. 1", "2 Sam. 7:12–16", "Luke 15:11ff."); a
colon and a space after it ("John 3:16: For God…") are the sentence's, not a third part."""

_HASHTAG = re.compile(
    r"(?<![\w#&/])#(?P<tag>[A-Za-z][A-Za-z0-9_]*[a-z][A-Za-z0-9_]*"
    r"|[0-9]+(?:[A-Z][a-z]|[a-z]{3})[A-Za-z0-9_]*)(?![\w#])"
)
"""A hashtag: a word after "#", or figures and then a word ("#100DaysOfCode"); never
"#5" (number five), "C#", "#4B" or a colour ("#FF0000": no small letter)."""
_HEX_COLOUR = re.compile(r"[0-9a-fA-F]{3}|[0-9a-fA-F]{6}")


def _hashtag(m: Match, us: bool) -> str:
    """#smallhinges → hashtag smallhinges, #100DaysOfCode → hashtag 100 days of code: its
    words apart where its capitals part them, for the number rules to read the figures."""
    tag = m["tag"]
    if _HEX_COLOUR.fullmatch(tag):
        return m.group()
    words = re.findall(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[0-9]+", tag)
    return "hashtag " + " ".join(w if w.isupper() else w.lower() for w in words)


_US_STATES = {
    "AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California",
    "CO": "Colorado", "CT": "Connecticut", "DE": "Delaware", "FL": "Florida", "GA": "Georgia",
    "HI": "Hawaii", "ID": "Idaho", "IL": "Illinois", "IN": "Indiana", "IA": "Iowa",
    "KS": "Kansas", "KY": "Kentucky", "LA": "Louisiana", "ME": "Maine", "MD": "Maryland",
    "MA": "Massachusetts", "MI": "Michigan", "MN": "Minnesota", "MS": "Mississippi",
    "MO": "Missouri", "MT": "Montana", "NE": "Nebraska", "NV": "Nevada", "NH": "New Hampshire",
    "NJ": "New Jersey", "NM": "New Mexico", "NY": "New York", "NC": "North Carolina",
    "ND": "North Dakota", "OH": "Ohio", "OK": "Oklahoma", "OR": "Oregon", "PA": "Pennsylvania",
    "RI": "Rhode Island", "SC": "South Carolina", "SD": "South Dakota", "TN": "Tennessee",
    "TX": "Texas", "UT": "Utah", "VT": "Vermont", "VA": "Virginia", "WA": "Washington",
    "WV": "West Virginia", "WI": "Wisconsin", "WY": "Wyoming",
}  # fmt: skip
_PLACE_CUES = r"in|from|near|of|at|to|outside|around|toward|towards|via"
_REGIONS = r"central|northern|southern|eastern|western|upstate|downstate|rural|coastal"
_US_STATE = re.compile(
    rf"(?P<city>(?:(?<!\w)(?i:{_PLACE_CUES})\s+|(?<=\w);\s+(?:and\s+)?|^(?P<line>))"
    r"(?:[A-Z][a-z]+\.?\s+){0,2}[A-Z][a-z]+,\s"
    rf"|(?<!\w)(?i:{_PLACE_CUES})\s+(?P<region>{_REGIONS})\s)"
    rf"(?P<code>{'|'.join(_US_STATES)})"
    r"(?:(?P<zip>\s+[0-9]{5})(?![\w-])|(?![\w'’-])(?=[.,;:!?)]|\s*$|(?(region)\s+[a-z]|(?!))))"
)
"""A US state's postal code after a city and a comma, the city after a word of place ("lives
in Portland, OR.", "from Austin, TX 78701"), after the place before it in a list ("from
Portland, Oregon; Tucson, AZ;") or opening a dateline ("Burlington, VT, 2024"); or after a
region ("lives in central NJ"): said as the state's name, a ZIP code digit by
digit. "OK" is a state only before a ZIP code: "in Rome, OK?" is a question; and "MD", "PA"
after two names are a doctor's or an assistant's letters ("from Mark Hyman, MD, who"), not
Maryland. A code before a word ("In Excel, OR returns true") is no state."""


def _us_state(m: Match, us: bool) -> str:
    if m["code"] == "OK" and not m["zip"]:
        return m.group()
    named = len(m["city"].split()) > 2  # the cue, then a given name and a surname
    if m["code"] in ("MD", "PA") and (named or m["line"] is not None) and not m["zip"]:
        return m.group()  # "Jane Smith, MD" signing a letter: a doctor
    zip_code = f" {_digits(m['zip'].strip())}" if m["zip"] else ""
    return f"{m['city']}{_US_STATES[m['code']]}{zip_code}"


_POINTS = {"N": "north", "S": "south", "E": "east", "W": "west"}
_COMPASS_FORMS = (
    "NNE|ENE|ESE|SSE|SSW|WSW|WNW|NNW|NE|SE|SW|NW"
)
_DOTTED_POINT = (
    r"(?:(?:N\.\s?N|S\.\s?S)\.\s?[EW]\.|(?:E\.\s?[NS]\.\s?E|W\.\s?[NS]\.\s?W)\.|[NS]\.\s?[EW]\.)"
)
_COMPASS_CUE = (
    r"(?i:wind|winds|breeze|gale|from\s+the|to\s+the|towards?\s+the|bore|bears|bearing"
    r"|(?<!of\s)course|heading|steered|steering|stood|blowing|blew|veered|backed)"
)
COMPASS = re.compile(
    rf"(?P<cue>(?<!\w){_COMPASS_CUE}\s+)?(?<![\w.])"
    rf"(?P<point>{_DOTTED_POINT}(?!\w)"
    rf"|(?<=\s)(?:{_COMPASS_FORMS})(?![\w.'’-])"
    rf"|(?<=\s)(?:{_COMPASS_FORMS}|[NSEW])\.(?!\w))"
    r"(?P<by>\s+by\s+(?P<by_point>[NSEW])\.?(?![\w]))?"
    r"(?P<half>\s+½\s+(?P<half_point>[NSEW])\.?(?![\w]))?"
)
"""A point of the compass, as logs and journals write it: dotted after a word of wind or
course ("from the N.E.", "bore W.S.W. 3 leagues", "The wind backed S.E."), with a point
after it ("S.E. by E.", "N.W. ½ W."), or before a word in "the N.E. corner"; in capitals
after a word of wind or course ("Wind NNE", "Wind SW 5–6"): said as the point
("north-east", "west-south-west", "south-east by east"). Before a region's name the letter
is the name's ("the S. Atlantic", "the W. Indies", "S.E. Asia": "South Atlantic", no
stop). Initials are left as written: spaced or lone letters before a name or another
initial ("Mr. S. E. Smith", "stood E. M. Forster", "bore E. Nesbit's name", "Of course
W. H. Auden"), dotted letters with no such word ("signed only S.W.", "N.S.W." is no
point); and "SW" or "NE" anywhere else (a postcode, a state)."""
_COMPASS_PLACES = (
    r"Atlantic|Pacific|Indies|Africa|African|America|American|Americas|Asia|Australia"
    r"|Europe|Germany|Korea|Ireland|Wales|Sussex|Yorkshire|Riding|Dakota|Carolina|Midlands"
    r"|Anglia|Coast"
)
_LOG_OPENERS = OPENERS | {"from", "by", "while", "rain", "fog", "calm", "light", "heavy",
                          "fresh", "strong", "sea", "land", "noon"}  # fmt: skip
"""Words that open a log's next sentence after "Heading S." or "Wind S.W.": no name."""


def _point(letters: str) -> str:
    words = [_POINTS[c] for c in letters if c in _POINTS]
    if len(words) == 3:  # "WSW": west-south-west
        return f"{words[0]}-{words[1]}-{words[2]}"
    return "-".join(words) if len(words) == 2 else words[0]


def _compass(m: Match, us: bool) -> str:
    point, cue, rest = m["point"], m["cue"] or "", m.string[m.end() :]
    dotted = re.fullmatch(_DOTTED_POINT, point)
    pointed = m["by"] or m["half"]
    after_initial = re.search(r"(?<![\w.])[A-Z][a-z]{0,4}\.\s+$", m.string[: m.start()])
    if point.endswith(".") and not pointed and not after_initial:
        place = re.match(rf"\s+(?:{_COMPASS_PLACES})(?![\w'’-])", rest)
        if place:  # "the S. Atlantic", "S.E. Asia": the region's name, no stop
            if point == "N." and rest.lstrip().startswith("Ireland"):
                return cue + "Northern"
            return cue + "-".join(w.capitalize() for w in _point(point).split("-"))
    if not cue and not dotted:
        return m.group()  # "SW" with no wind or course before it: a postcode, a state
    following = re.match(r"\s+(?P<word>[A-Z][\w'’-]*)(?P<dot>\.?)", rest)
    initial = following and following["dot"] and len(following["word"]) == 1
    opener = following and following["word"].casefold() in _LOG_OPENERS
    named = following and not pointed and (initial or not opener)
    spaced_or_lone = re.search(r"\s", point) or not dotted
    if cue and named and spaced_or_lone:
        return m.group()  # "stood E. M. Forster's", "bore E. Nesbit's name": initials
    if not cue and not pointed:
        the_before = re.search(r"(?<!\w)(?i:the)\s+$", m.string[: m.start()])
        if spaced_or_lone or after_initial or not the_before or not re.match(r"\s+[a-z]", rest):
            return m.group()  # "Mr. S. E. Smith", "signed only S.W.": initials
    said = cue + _point(point)
    if m["by"]:
        said += f" by {_POINTS[m['by_point']]}"
    if m["half"]:
        said += f" half {_POINTS[m['half_point']]}"
    stop = m.group().endswith(".") and (not rest.strip() or re.match(r"\s+[A-Z\"“‘]", rest))
    return said + "." if stop else said


def _stone(m: Match, us: bool) -> str:
    if not m["lb"] and (m["sp"] or (m["st"].endswith("1") and not m["st"].endswith("11"))):
        return m.group()  # "the 21st", "9 st." alone: no weight
    stone = int(m["st"])
    said = f"{_cardinal(stone, us)} stone"
    if m["lb"]:
        lb = int(m["lb"])
        said += f" {_cardinal(lb, us)} {'pound' if lb == 1 else 'pounds'}"
    return said


_SCRIPT_CUES = {"V.O.": "voice-over", "O.S.": "off-screen", "O.C.": "off-camera"}
_ELIDED = {"wi": "with", "e'en": "even", "heav'n": "heaven", "ta'en": "tane"}
_LOWER_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8,
                "ix": 9, "x": 10, "xi": 11, "xii": 12}  # fmt: skip
_METRES = {"L": "Long", "C": "Common", "S": "Short", "P": "Peculiar"}
_INITIALED = r"[A-Z]\.(?:\s?[A-Z]\.)*\s[A-Z][\w'’-]+"


def _metre(m: Match, us: bool) -> str:
    """A hymn's metre: "8.7.8.7. D." → "eight seven eight seven double"; "L.M." → "Long
    Metre"; after the hymn's number on its line ("2   C.M.") → "Two. Common Metre"; two
    metres ("S.M.  10.10.10.10.") each said; a tune named after it ("C.M. — Tune:
    DUNDEE") kept after a pause."""
    said = [_one_metre(one, us) for one in _ONE_METRE.finditer(m["metres"])]
    hymn = f"{_cardinal(int(m['hymn']), us).capitalize()}. " if m["hymn"] else ""
    tune = f", {m['tune'].strip(' —–-')}" if m["tune"] else ""
    return hymn + ", ".join(said) + tune


def _one_metre(m: Match, us: bool) -> str:
    metre = "Meter" if us else "Metre"
    said = (
        f"{_METRES[m['kind']]} {metre}" if m["kind"]
        else " ".join(_cardinal(int(n), us) for n in re.findall(r"[0-9]+", m["counts"]))
    )  # fmt: skip
    return said + (" Double" if m["kind"] and m["double"] else " double" if m["double"] else "")


_ONE_METRE = re.compile(
    r"(?:(?P<counts>[0-9]{1,2}(?:\.[0-9]{1,2}){3,7})\.|(?P<kind>[LCSP])\.\s?M\.)"
    r"(?:\s*(?P<double>D)\.?(?![\w.]))?"
)
"""One metre: its syllables' counts closed by a dot ("8.7.8.7.", never a version number,
"1.2.3.4"), or Long, Common, Short or Peculiar Metre ("L.M.", "C. M."), then "D." if
doubled."""
_HYMN_METRE = re.compile(
    r"^\s*(?:(?P<hymn>[0-9]{1,3})\s+)?(?P<metres>"
    rf"(?:{_ONE_METRE.pattern})(?:\s+(?:{_ONE_METRE.pattern.replace('?P<', '?P<x')}))?)"
    r"(?P<tune>\s*[—–-]+\s*Tune\b.*|\s+Tune:.*)?\s*$"
)
"""A hymn's head: its metre alone on its line ("8.7.8.7. D.", "L.M."), or set at the right
of the hymn's number ("2   C.M.", "3   8.7.8.7. D."), or two metres side by side
("S.M.  10.10.10.10."), or with the tune's name after it ("C.M. — Tune: DUNDEE"). "5
P.M." is Peculiar Metre only beside another metre or a tune (alone it is five in the
afternoon: `_metre_or_time`)."""


def metre_line(text: str) -> bool:
    """Is `text` a hymn's head with its metre, no lone "5 P.M." (`_HYMN_METRE`)? A
    chapter that prints such lines is a hymnal's (`hymn_metre`)."""
    m = _HYMN_METRE.fullmatch(text)
    return bool(m) and _metre_or_time(m, False) != m.group()


def hymn_metre(text: str, language: str = "en") -> str | None:
    """A hymn's head in a hymnal's chapter (one that prints metres, `metre_line`), said
    as its metre, "5   P.M." too: there "Five. Peculiar Metre", not five in the
    afternoon; None when `text` is no such head."""
    m = _HYMN_METRE.fullmatch(text)
    return _metre(m, language.lower() in ("en-us", "en-usa")) if m else None


def _metre_or_time(m: Match, us: bool) -> str:
    """`_metre`, but a lone "P.M." after a number with nothing else ("5 P.M.") is the
    time of day, as a diary heads an entry; left for the time rule."""
    if m["kind"] == "P" and not m["xkind"] and not m["xcounts"] and not m["tune"]:
        return m.group()
    return _metre(m, us)


_DIALECT_ELISIONS: tuple[Rule, ...] = (
    _rule(r"(?<![\w'’])(?P<i>[Ii])['’](?=\s+[Tt]h['’])", lambda m, us: f"{m['i']}n"),
    _rule(r"(?<![\w'’])(?P<t>[Tt])h['’]\s?(?=[A-Za-z])", lambda m, us: f"{m['t']}he "),
    _rule(r"(?<![\w'’])(?P<w>[Ww]i['’](?=\s)|[Ee]['’]en)(?![\w'’])",
          lambda m, us: _capitalised(m, _ELIDED[m["w"].lower().replace("’", "'").rstrip("'")])),
)
"""Old verse's "i' th'", "th'", "wi'", "e'en", said "in the", "the", "with", "even" as a
reader of Shakespeare or Milton says them; but in a book that writes dialect (`dialect`),
Burns's "Wi' bickering brattle!", Scott's "I maun e'en gang" and Joseph's "look for th'
horse" are the speaker's own words, and are left as written."""
_DIALECT_WORD = re.compile(
    r"(?<![\w'’])(?:[Tt]['’](?=\s?[a-z])|(?i:dinna|canna|winna|wadna|couldna|wouldna|didna"
    r"|isna|wasna|hasna|dinnae|cannae|couldnae|wisnae|isnae|didnae|maun|nobbut|summat|nowt"
    r"|frae|gaun|bairns?|lassie|laddie|mither|faither|gude|aweel|naebody|noan|maister|sae|nae"
    r"|awa)(?![\w'’])|an['’](?=\s))"
)
"""A word only Scots, Yorkshire or Cockney speech prints ("dinna", "maun", "nobbut", "t'
maister", "an'"): the book's evidence that it writes dialect (`dialect`)."""


_SPEECH = re.compile(
    r"(?<![\w.,;:!?'’])[\"“](?=[\w'’])|\b(?:said|says|quo['’]|cried|answered|replied)\b"
)
"""An opening quotation mark, or a speech's tag ("said Joseph"): the sentence holds
dialogue, whose dialect elisions are the speaker's own (`dialect`)."""


def _in_dialect(text: str) -> bool:
    """Whether a dialect book's sentence keeps its elisions: dialogue (`_SPEECH`) or a
    sentence with a word only dialect prints; the narrator's own "It was e'en so", "th'
    evening" and old verse's lines are said in full, as in any book."""
    return bool(_SPEECH.search(text) or _DIALECT_WORD.search(text))


def dialect(texts: Iterable[str]) -> bool:
    """Whether the book writes dialect speech (five of its words at least: `_DIALECT_WORD`),
    so that its "wi'", "e'en" and "th'" are kept as the speaker's, not made standard
    English as old verse's are (`_DIALECT_ELISIONS`). A book-wide fact, found once per book
    (as `old_pounds` is)."""
    seen = 0
    for text in texts:
        seen += len(_DIALECT_WORD.findall(text))
        if seen >= 5:
            return True
    return False


_VERSE_AND_SONG_RULES: tuple[Rule, ...] = (
    # a song's and a script's credits and cues
    _rule(r"(?<![\w.])(?P<abbr>feat)\.(?=\s+[A-Z])",
          lambda m, us: "featuring" if credited(m) else m.group()),
    _rule(r"(?<![\w.])(?P<abbr>arr)\.(?=\s+[A-Z])",
          lambda m, us: "arranged by" if credited(m) else m.group()),
    _rule(r"(?<![\w.])Trad\.(?=\s+[A-Z]|\s*[,;)]|\s*$)", lambda m, us: "Traditional"),
    # a hymn's or a song's cue to sing the chorus, alone after its verse ("…golden day.--Cho.")
    _rule(r"^\s*(?:[—–]|--)?\s*(?:Cho|Chor)\.\s*$", lambda m, us: "Chorus."),
    _rule(r"(?<![\w.])(?P<abbr>tr)\.(?=\s+[A-Z])",
          lambda m, us: "translated by" if credited(m) else m.group()),
    _rule(rf"(?P<a>{_INITIALED})\s+/\s+(?={_INITIALED})", lambda m, us: f"{m['a']} and "),
    _rule(r"(?<![\w.])SFX\s*:", lambda m, us: "Sound effects:"),
    _rule(r"(?<![\w.])(?P<w>EXT|INT)\.(?=\s+[A-Z]{2})",
          lambda m, us: "Exterior" if m["w"] == "EXT" else "Interior"),
    _rule(r"(?<=[—–] )CONT(?:['’]D|\.)(?=\s*$)", lambda m, us: "Continuous"),
    _rule(r"\s*\((?P<w>V\.O\.|O\.S\.|O\.C\.)\)", lambda m, us: f", {_SCRIPT_CUES[m['w']]}"),
    _rule(r"(?<![\w.])(?P<s>[UD])\.S\.(?P<p>[RL])\.",
          lambda m, us: f"{'upstage' if m['s'] == 'U' else 'downstage'} "
          f"{'right' if m['p'] == 'R' else 'left'}"),
    # a lyric's repeat mark: "(x2)", "[Chorus x2]" (not "Fan x 2", nor "f(x2)")
    _rule(r"(?:(?<=(?<![\w)])\()|(?<=[A-Za-z]{2} ))[xX](?P<n>[2-9]|1[0-9])(?=[)\]])",
          lambda m, us: f"times {_cardinal(int(m['n']), us)}"),
    # a poem's sections numbered in small Roman letters, alone: "(ii)" → "Two."
    _rule(r"^\s*\((?P<r>i{1,3}|iv|vi{0,3}|ix|xi{0,2})\)\s*$",
          lambda m, us: f"{_cardinal(_LOWER_ROMAN[m['r']], us).capitalize()}."),
    # old verse's elisions and sounded -èd, said as a reader of verse says them
    *_DIALECT_ELISIONS,
    _rule(r"(?<![\w'’])(?P<w>[Hh]eav['’]n|[Tt]a['’]en)(?![\w'’])",
          lambda m, us: _capitalised(m, _ELIDED[m["w"].lower().replace("’", "'").rstrip("'")])),
    _rule(r"(?<![\w'’-])(?P<w>[A-Za-z]{2,}[b-df-hj-np-tv-z])èd(?![\w'’])",
          lambda m, us: f"{m['w']}-ed"),
)
"""What lyric books, scripts, hymnals and old verse print for a reader who sees the
page: credits ("feat.", "arr.", "Trad.", "J. Vale / R. Okafor"), screen and stage
cues ("SFX:", "EXT.", "(V.O.)", "D.S.L."), repeat marks, metres, a poem's "(ii)", and
the elided and accented forms of verse ("i' th'", "wi'", "e'en", "wingèd")."""


_ABBREVIATION_RULES: tuple[Rule, ...] = (
    (COMPASS, _compass),
    _rule(  # "9st 12lb", "10st 3lb": a weight in stones; "12st." alone is no ordinal
        r"(?<![\w.,])(?P<st>[0-9]{1,2})(?P<sp>\s?)st(?:\s+(?P<lb>[0-9]{1,2})\s?lbs?\.?)?"
        r"(?![\w'’])",
        _stone,
    ),
    _rule(  # "15/- a week": fifteen shillings, the pence a dash
        r"(?<![\w.,/])(?P<s>[0-9]{1,2})/[-–—](?![\w-])",
        lambda m, us: f"{_cardinal(int(m['s']), us)} "
        f"{'shilling' if m['s'] == '1' else 'shillings'}",
    ),
    _rule(  # "Bar. 30.12 in.", "Ther. 54°", "Temp. −12°": a log's readings
        READING.pattern, lambda m, us: READINGS[m["abbr"]] + " "
    ),
    _rule(  # "Camped 6 m. out", "13 m. 200 yds.", "56 m. from London": miles, as old
        # diaries shorten them; "40 m. of rope", "2 m. from the edge", "400 m. in 52
        # seconds" are metres, said by the unit rules after
        r"(?P<verb>\b(?:marched|rode|travelled|traveled|covered|tramped|trekked|journeyed"
        r"|halted|[Cc]amped) )?(?<![\w.,])(?P<n>[0-9]{1,4}(?:\.[0-9])?|[0-9]{0,3}½)\s?m\."
        r"(?=\s+(?P<far>(?:out|beyond|further|farther|past|ahead|away|to-day|west|east|north"
        r"|south|[nsew]\.)(?![\w'’-])|(?:from|to|of|short of)\s+[A-Z][a-z]"
        r"|[0-9]+\s?(?:yds?|yards|ch|chains|fur)\b)?(?P<word>[a-z]+)?)",
        _old_miles,
    ),
    _rule(  # "75 cts. per lb.": a price by the pound
        r"(?<![\w.])(?P<per>per|a)\s+(?P<u>lbs?|cwt|oz|yd|ft|doz)(?P<dot>\.)?(?![\w.])",
        lambda m, us: f"{m['per']} {unit_words(m['u'].rstrip('s') or 'lb', True, us)}"
        + ("." if m["dot"] and re.match(r"\s*$|\s+[A-Z\"“‘]", m.string[m.end() :]) else ""),
    ),
    _rule(  # "a reading of 968 mb": millibars, where a barometer stands ("a 950mb file" is
        # megabytes)
        r"(?<![\w.,])(?P<n>(?:8[7-9][0-9]|9[0-9]{2}|10[0-8][0-9])(?:\.[0-9])?)\s?mb(?![\w])",
        lambda m, us: (
            f"{_number(m['n'], us)} millibars"
            if _WEATHER_WORD.search(m.string[max(0, m.start() - 80) : m.end() + 40])
            else m.group()
        ),
    ),
    _rule(COMPANY, lambda m, us: "Company"),  # "Co. B": a regiment's company
    _rule(  # "Smith, Elder & Co.": the firm's "Company"
        r"(?<=&\s)Co\.(?=\s*$|\s*[,;:)]|\s+[A-Z\"“‘])",
        lambda m, us: "Company." if re.match(r"\s*$|\s+[A-Z\"“‘]", m.string[m.end() :])
        and not FIRM_DOT.match(m.string, m.start()) else "Company",  # "& Co. Literary; and"
    ),
    (STATUTE, _statute),
    (JOURNAL, _journal),
    _rule(  # "r = −.04": APA's figure with no leading zero, its minus said
        r"(?:(?<=[=<>(])|(?<=[=<>(]\s))[−-](?=\.[0-9])", lambda m, us: "minus "
    ),
    _rule(  # "the XIIIth Century": an ordinal in Roman figures
        r"(?<![\w.])(?P<num>[IVXLC]{2,}|V|X)(?P<suf>th|TH)(?!\w)",
        lambda m, us: (lambda v: _ordinal(v, us) if v else m.group())(roman_value(m["num"])),
    ),
    _rule(  # Bracton "(l. 1, c. 3.)": liber and capitulum, book and chapter
        r"(?<![\w.])l\.\s?(?P<b>[0-9]{1,2}),\s?c\.\s?(?=[0-9])",
        lambda m, us: f"book {_cardinal(int(m['b']), us)}, chapter ",
    ),
    _rule(  # "Mass. Acts 1855, c. 256": a session's laws and their chapter, never circa
        r"(?<=Acts )(?P<y>1[6-9][0-9]{2}|20[0-9]{2}),\s?c\.\s?(?=[0-9])",
        lambda m, us: f"{_year(int(m['y']), us)}, chapter ",
    ),
    _rule(  # "Sura ii. 286": the sura in small Roman figures and its verse
        r"(?<![\w.])(?P<kw>Surah?)\s+(?P<ch>[ivxlc]+)\.\s?(?P<v>[0-9]{1,3})(?![\w:]|[.,][0-9])",
        lambda m, us: f"{m['kw']} {_cardinal(roman_value(m['ch']) or 0, us)}, "
        f"{_cardinal(int(m['v']), us)}" if roman_value(m["ch"]) else m.group(),
    ),
    (CITED_WORK, _cited_work),  # "16 Wall. 36": sixteen Wallace thirty-six
    (LATIN_CITED, _latin_cited),
    (ARTICLE_ROMAN, _article_roman),  # "Art. I, § 8": Article One, section eight
    _rule(r"(?<=[a-z'’.] )v\.(?=\s+[A-Z])", _versus),  # "Plessy v. Ferguson"
    _rule(_JUDGE, _judge),  # "(Harlan, J., dissenting)", "VINSON, C.J.", "Jackson, JJ."
    _rule(  # "§ 72-1724": a code's section numbered in two parts, not a range
        r"(?<!§)§\s?(?P<a>[0-9]{1,3})-(?P<b>[0-9]{3,5})(?![\w–-]|[.,][0-9])",
        lambda m, us: f"section {_cardinal(int(m['a']), us)} dash "
        + (_year(int(m["b"]), us) if len(m["b"]) == 4 else _cardinal(int(m["b"]), us)),
    ),
    _rule(_SCRIPTURE_RE, _scripture),
    (SCRIPTURE_ROMAN, _scripture_roman),
    _rule(  # "(see 1:2)", "cf. 3:16": a chapter and verse, not a ratio or a time
        r"(?:(?<=[(\[])(?i:see)(?:\s+also)?|(?<![\w.])(?i:cf)\.)(?P<cue>\s+)"
        r"(?P<ch>[0-9]{1,3}):(?P<v>[0-9]{1,3})"
        r"(?![\w:]|[.,][0-9])",
        lambda m, us: f"{m.group()[: m.start('cue') - m.start()]}{m['cue']}chapter "
        f"{_cardinal(int(m['ch']), us)}, "
        f"verse {_cardinal(int(m['v']), us)}",
    ),
    (_QURAN_VERSE, _quran_verse),
    (_BARE_VERSE, _bare_verse),
    _rule(r"(?<![\w.])([Ee])xt\.\s?(?=[0-9])", lambda m, us: f"{m[1]}xtension "),
    _rule(r"(?<![\w.])med\.(?=\s+(?:heat|flame|high|low|size|sized)\b|-[a-z])",
          lambda m, us: "medium"),
    _rule(r"(?<!§)§§\s?(?=[0-9])", lambda m, us: "sections "),
    _rule(rf"(?<=[0-9]st |[0-9]nd |[0-9]rd |[0-9]th )c\.(?=\s(?:{ERAS})(?!\w))",
          lambda m, us: "century"),  # "3rd c. BC"
    _rule(r"(?<=[0-9]st |[0-9]nd |[0-9]rd |[0-9]th )(?:c|cent)\.(?=\s+[a-z(]|\s*[,;:)])",
          lambda m, us: "century"),  # "the 20th c. alone", "the 16th cent., when"
    _rule(r"(?<=[0-9]st |[0-9]nd |[0-9]rd |[0-9]th )(?:c|cent)(?=\.)", lambda m, us: "century"),
    _rule(r"(?<![\w.])esp\.(?=\s+[a-z(])", lambda m, us: "especially"),
    _rule(r"(?<![\w.])(?P<r>[Rr])ecd\.", lambda m, us: _keep_stop(m, f"{m['r']}eceived")),
    _rule(r"(?<![\w'’])(?<!words as )(?<!word )(?P<x>X|x)['’]?mas(?P<s>es)?(?![\w'’])",
          # "Xmas Day": Christmas; not the word named ("in such words as Xmas, Xn")
          lambda m, us: f"{'C' if m['x'] == 'X' else 'c'}hristmas{m['s'] or ''}"),
    _rule(_VERY, _very),  # a diarist's "v. bad", "(v.v. tired)": very
    _rule(ROMAN_MONTH_DATE.pattern, _roman_month_date),  # "24. xi. 17.": 24 November 1917
    _rule(_CAPITAL_DATE, lambda m, us: f"{m['d']} {m['m'].capitalize()}"),  # "8 AUGUST"
    _rule(r"(?<![\w.])(?P<m>JAN|FEB|MAR|APR|JUN|JUL|AUG|SEPT?|OCT|NOV|DEC)\.(?=\s?1[0-9]{3}\b)",
          lambda m, us: f"{m['m'].capitalize()}."),  # "ACCOUNTS, FEB. 1861"
    *_VERSE_AND_SONG_RULES,
    (STAGE_POSITION, _stage),
    (STAGE_POSITION_END, _stage_end),
    (_COMPASS_STREET, _compass_street),
    _rule(r"(?<![\w.])(?P<a>[Aa])cct\.(?=\s)", lambda m, us: f"{m['a']}ccount"),
    _rule(r"(?<=[Aa]ccount )(?P<n>[Nn])o\.(?=\s)", lambda m, us: f"{m['n']}umber"),
    (CODE_NUMBER, _code_number),  # "ring no. DX40917"
    _rule(COUNTY, lambda m, us: "County"),
    _rule(r"(?<=[,(])(?P<sp>\s?)(?:(?P<p>[Pp])op|POP)\.\s?(?=[0-9])",
          lambda m, us: f"{m['sp']}{m['p'] or 'p'}opulation "),  # "Naas, pop. 1,140"; "POP."
    _rule(r"(?<=[A-Z]{2})\s*=\s*(?=[A-Z]{2})", _telegram_break),
    (_BLANK_YEAR, _blank_year),
    (_INITIAL_NAME, lambda m, us: m["title"] + m["initial"]),  # "Mr. B——": Mister B
    (_DASHED_OATH, _dashed_oath),  # "D—n it!", "the d——l": the word, not "D, n"
    (_BLANK_NAME, lambda m, us: f"{m['title'].rstrip()} Blank" if m["title"] else "Blank"),
    (_BLANK_WORD, lambda m, us: "Blank" if m.string.strip() != m[0] else m[0]),
    (_US_STATE, _us_state),
    _rule(  # "Philadelphia, PA 19107": the state's name, the ZIP code digit by digit
        rf"(?<![\w,])(?P<city>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){{0,2}},\s)(?P<code>{'|'.join(_US_STATES)})"
        r"\s+(?P<zip>[0-9]{5})(?:-(?P<plus>[0-9]{4}))?(?![\w-])",
        lambda m, us: f"{m['city']}{_US_STATES[m['code']]} {_digits(m['zip'])}"
        + (f" {_digits(m['plus'])}" if m["plus"] else ""),
    ),
    _rule(  # "1200 Market St.": a street's number said in pairs, "twelve hundred"
        r"(?<![\w.,$£€#/-])(?P<num>[1-9][0-9]{2,3})\s+(?=(?:[A-Z][\w'’-]*\s+){1,3}"
        r"(?:St|Ave|Rd|Blvd|Ln|Pl|Street|Avenue|Road|Boulevard|Lane|Drive|Place|Way|Court|"
        r"Terrace|Parkway)(?:\.|(?![\w'’-])))",
        lambda m, us: f"{_in_pairs(m['num'], us)} ",
    ),
    (STREET_END, _street_end),
    _rule(r"(?<![\w.])(?P<abbr>St|ST|Mt|MT|Dr|DR)(?:\.|(?!\w))", _saint_or_street),
    _rule(rf"(?<![\w.])(?P<abbr>{_alternation(_TITLES)})(?:\.|(?!\w))", _title),
    _rule(r"(?<![\w.])Rt\.(?=\s+(?:Hon|Rev)\.)", lambda m, us: "Right"),  # "the Rt. Hon."
    _rule(rf"(?<![\w.])(?P<abbr>{_alternation(_DOTTED_TITLES)})\.", _title),
    _rule(r"(?<![\w.])Sr\.(?=\s+[A-ZÀ-ÝÑ][a-zà-ÿ])", _sister),
    _rule(r"(?<![\w.])MSS\.", lambda m, us: _keep_stop(m, "manuscripts")),
    _rule(r"(?<=[0-9]st |[0-9]nd |[0-9]rd |[0-9]th )(?P<abbr>inst|ult|prox)\.", _letter_date),
    _rule(r"(?<=\w)(?P<lead>,?\s+)(?P<abbr>Jr|JR|Sr|SR)(?:\.|(?!\w))", _junior),
    _rule(rf"(?<=\w\s)(?P<abbr>{_alternation(_STREETS)})\.", _after_name),
    _rule(r"(?<![\w.])(?P<abbr>vs|VS|Vs|etc|Etc|ETC|approx|Approx|avg|Avg)(?:\.|(?!\w))", _plain),
    _rule(r"(?<![\w.])(?P<abbr>tel|Tel)\.(?=\s*[+(0-9])", _plain),  # "tel. +34 981…": telephone
    _rule(  # "Sen. Robert Taft": a senator before a full name
        r"(?<![\w.])Sen\.(?=\s+[A-Z][a-z]+\s+[A-Z])", lambda m, us: "Senator"
    ),
    _rule(r"(?<![\w.])(?P<abbr>cf|Cf|viz|Viz)\.", _plain),
    _rule(  # "&c. &c.": et cetera, et cetera, with a breath between
        r"(?<![\w&])(?:&c|etc)\.?(?=\s*(?:&c|etc)\.?(?!\w))", lambda m, us: "et cetera, "
    ),
    _rule(r"(?<![\w&])(?P<abbr>&c)(?:\.|(?!\w))", _plain),  # "&c.", as old books write etc.
    _rule(r"(?<![\w.])(?P<abbr>[eE]\.g|[iI]\.e)(?:\.|(?![\w.]))", _plain),
    _rule(r"\(\s?T\s?/\s?F\s?\)", lambda m, us: "(true or false)"),  # a quiz's "(T / F)"
    (_HASHTAG, _hashtag),
    _rule(  # "item #1000123456": a catalogue's number, digit by digit
        r"(?<![\w.])#\s?(?P<n>[0-9]{6,})(?![\w,]|[.,][0-9])",
        lambda m, us: f"number {_digits(m['n'])}",
    ),
    _rule(r"(?<![\w.])#\s?(?=[0-9])", lambda m, us: "number "),
    (_ACCOUNT_NUMBER, _account_number),
    (_TIME_ZONE, _time_zone),
    _rule(rf"(?<![\w.])(?P<abbr>{'|'.join(_BEFORE_NUMBER)})\.\s?(?=[0-9])", _before_number),
    (_SECTION_CITED, _section_cited),
    _rule(  # "et seq.", "et seqq.": and following, as a lawyer reads a citation
        r"(?<![\w.])et\.?\s?seqq?\.?(?![\w])", lambda m, us: "and following"
    ),
    _rule(  # § 12(a)(iii), §§ 4(1): the sign as a word before a section's parts
        r"(?P<kw>§§?)\s?(?P<n>[0-9]{1,3}[A-Z]?)"
        r"\((?P<sub>[0-9]{1,3}|[a-z]{1,4})\)(?:\((?P<par>[a-z]{1,4}|[0-9]{1,3})\))?(?![\w(])",
        lambda m, us: f"{'sections' if m['kw'] == '§§' else 'section'} {_subsection(m, us)}",
    ),
    _rule(
        r"(?<![\w.])(?P<kw>[Ss]ections?|[Aa]rticles?)\s+(?P<n>[0-9]{1,3}[A-Z]?)"
        r"\((?P<sub>[0-9]{1,3})\)(?:\((?P<par>[a-z]{1,3})\))?(?![\w(])",
        lambda m, us: f"{m['kw']} {_subsection(m, us)}",
    ),
    (LIFE_DATE, _life_date),
    _rule(  # a prescription's dosing: "250 mg t.i.d.", "1 tab q.d.", "PO daily"
        r"(?<![\w.])(?P<abbr>q\.d|b\.i\.d|t\.i\.d|q\.i\.d|p\.r\.n|q\.h\.s)\.?(?![\w])",
        lambda m, us: _keep_stop(m, _DOSING[m["abbr"]]),
    ),
    _rule(r"(?<![\w.])PO(?=\s+(?:daily|once|twice|nightly|at night|q\.|b\.i|t\.i|q\.i)\b)",
          lambda m, us: "by mouth"),
    _rule(  # "50 bps": a banker's basis points; a modem's "9600 bps" is bits
        r"(?<=[0-9])(?P<sp>\s?)bps(?![\w/])", _basis_points
    ),
    _rule(r"(?<![\w/])(?P<w>YoY|MoM|QoQ|WoW)(?![\w/])",
          lambda m, us: _OVER[m["w"]] + (" over " if us else " on ") + _OVER[m["w"]]),
    (GLOSS, _gloss),
    _rule(  # "M. Dupont", "the works of M. Sorel": Monsieur
        r"(?<![\w.'’-])(?<![A-Z]\. )M\.(?=\s(?P<name>(?:de\s|d[’'])?[A-Z][’']?[A-Z]?[a-zà-ÿ]+)"
        r"(?![\w-]|[’'](?!s\b)|\s[A-Z]\.))",
        _monsieur,
    ),
    _rule(r"(?<![\w.])Ans\.(?=\s*[(\[0-9:]|\s+[a-d]\b)", lambda m, us: "Answer"),  # "Ans. (b)"
    (_DAY_SPAN, _day_span),
    (_LETTER_DAY_SPAN, _letter_day_span),
    (_MONTH_SPAN, _month_span),
    (CALENDAR, _calendar),
    _rule(
        r"(?<![\w.])(?P<abbr>Ft|Pt|Ste)\.(?:(?=\s+(?P<name>[A-Z][a-z]+))|(?P<num>\s?(?=[0-9])))",
        _place_title,
    ),
    _rule(
        r"(?<![\w.])(?P<e>[Ee])(?:st|ST)\.\s?(?P<y>1[0-9]{3}|20[0-9]{2})(?![\w.,][0-9]|\w)",
        lambda m, us: m["e"]
        + ("stimated" if _ESTIMATE.search(m.string, 0, m.start()) else "stablished")
        + f" {_year(int(m['y']), us)}",
    ),  # "est. 1887": a firm's founding year; "(pop. 8,000, est. 2020)": an estimate
    _rule(r"(?<=\w)(?P<lead>,?\s+)Esq\.", lambda m, us: m["lead"] + _esquire(m)),
    _rule(
        r"(?:(?<=\b[Ss]truck )|(?<=\b[Ss]trikes )|(?<=\b[Ss]triking ))"
        r"(?P<n>XII|XI|IX|X|V?I{1,3}|IV|V)\b(?!\.\s?[A-Z]\.)"  # not "struck I. M. Smith"
        r"|\b(?P<h>XII|XI|IX|X|V?I{1,3}|IV|V)(?= o['’]clock\b)",
        lambda m, us: _cardinal(roman_value(m["n"] or m["h"]) or 0, us),
    ),  # a clock's hour in its face's numerals: "the clock struck XII", "XII o'clock"
    _rule(
        r"(?P<lead>\bSir\s+[A-Z][\w.'’ -]{1,40}?,\s+)Bart\.",
        lambda m, us: m["lead"] + _esquire(m).replace("Esquire", "Baronet"),
    ),  # "Sir John Smith, Bart.": a baronet's title; "Hello, Bart." is a name
    _rule(
        r"(?<=[0-9]st |[0-9]nd |[0-9]rd |[0-9]th )Bn\.",
        lambda m, us: _keep_stop(m, "Battalion"),
    ),  # "the 2nd Bn. of the regiment"
    _rule(r"(?<![\w.])(?P<abbr>[Ee]ds?)\.", _editor),
    _rule(r"(?<=\w )et al\.", lambda m, us: _keep_stop(m, "and others")),
    _rule(  # "143rd Inf. Regt.", "B Coy.", "Bde. H.Q.": a soldier's units in full
        r"(?:(?<=[0-9]st |[0-9]nd |[0-9]rd |[0-9]th )|(?<![\w.])(?=(?:Bde|Inf)\.\s+(?:H\.\s?Q|HQ|"
        r"Regt|Bde|Div)\b)|(?<=Inf\. )(?=Regt)|(?<=Infantry )(?=Regt))"
        r"(?P<abbr>Inf|Regt|Bde|Div|Bty|Coy)\.",
        lambda m, us: _keep_stop(m, _UNITS_OF_ARMY[m["abbr"]]),
    ),
    _rule(r"(?<=(?<![\w.])[A-D] )Coy\.", lambda m, us: _keep_stop(m, "Company")),  # B Coy.
    _rule(
        rf"(?<![\w.])(?P<abbr>{'|'.join(OLD_LETTER_WORDS)})\.",
        lambda m, us: _keep_stop(m, OLD_LETTER_WORDS[m["abbr"]]),
    ),  # an old letter's "Octr.", "ulto.", "obedt. hble. Servt."
    _rule(
        r"(?<![\w.])(?P<y>[Yy])r\.(?=\s+(?:most|very|humble|hble|obedient|obedt|obdt|affect\w*|"
        r"sincere\w*|faithful\w*|obliged|dutiful|loving|ever|favr|favour|letter|kind)\b)",
        lambda m, us: f"{m['y']}our",
    ),  # "Yr. most obedt. hble. Servt.": Your most obedient humble Servant
    _rule(
        r"(?<![\w.])(?P<ax>[Ll]at|[Ll]ong)\.\s+by\s+(?P<how>obs|acct|D\.\s?R)\.",
        lambda m, us: (_AXES[m["ax"].lower()].capitalize() if m["ax"][0].isupper()
                       else _AXES[m["ax"].lower()]) + f" by {_BY_RECKONING[m['how'][0]]}",
    ),  # "Lat. by obs. 51° 58′ N.": latitude by observation
    _rule(
        r"(?<![\w.])(?P<mm>[Mm]in|[Mm]ax)\.\s+(?=[Tt]emp(?:\.|erature))",
        lambda m, us: ("M" if m["mm"][0] == "M" else "m")
        + ("inimum " if m["mm"][1:] == "in" else "aximum "),
    ),  # "Min. temp. −23.5°": minimum temperature
    (_BOOK_SIZE, _book_size),  # after "vols. 8vo" has said its "volumes"
)
_UNITS_OF_ARMY = {"Inf": "Infantry", "Regt": "Regiment", "Bde": "Brigade", "Div": "Division",
                  "Bty": "Battery", "Coy": "Company"}  # fmt: skip
_BY_RECKONING = {"o": "observation", "a": "account", "D": "dead reckoning"}


# --------------------------------------------------------------------------- addresses

_URL, _EMAIL, _DOMAIN = URL, EMAIL, DOMAIN  # in tokens.py: the segmenter keeps them whole
_SPELL = {".": " dot ", "-": " dash ", "_": " underscore ", "~": " tilde ", "+": " plus ",
          "@": " at ", ":": " colon ", "/": " slash "}  # fmt: skip


def _spell(part: str) -> str:
    return "".join(_SPELL.get(c, c if c.isalnum() else " ") for c in part)


def _url(m: Match) -> str:
    """https://www.example.com/a/b?q=1 → example dot com slash a slash b."""
    url = m.group()
    trail = re.search(r"[.,;:!?)\]]*$", url)
    tail = trail.group() if trail else ""
    url = url[: len(url) - len(tail)]
    url = re.sub(r"(?i)^(?:[a-z]+://)?(?:www\.)?", "", url)
    url = re.split(r"[?#]", url, maxsplit=1)[0].rstrip("/")
    if re.match(r"(?i)(?:dx\.)?doi\.org/10\.", url):  # a DOI's figures are a code, one by one
        host, _, doi = url.partition("/")
        said = _spell(host) + " slash ten" + " slash ".join(
            _spell(re.sub(r"[0-9]", lambda d: f" {_digit_word(d.group())} ", p))
            for p in doi[2:].split("/")
        )
        return re.sub(r"\s+", " ", said).strip() + tail
    said = " slash ".join(_spell(p) for p in url.split("/") if p)
    return re.sub(r"\s+", " ", said).strip() + tail


def _path(m: Match) -> str:
    """C:/docs/file.txt → C colon slash docs slash file dot txt; a Windows path's "\\" is
    "backslash"; the stop of the sentence the path ends ("… python-week.") is no "dot"."""
    path = m.group().rstrip(".")
    spaced = path.replace("\\", " backslash ").replace("/", " / ")
    said = re.sub(r"\s+", " ", _spell(spaced)).strip()
    return said.replace(" / ", " slash ").replace("/", " slash ") + m.group()[len(path):]


_SAID_EXTENSIONS = {"zip", "app", "bin", "jar", "log", "tar", "bak", "tmp", "lock", "venv",
                    "env", "json", "yaml", "toml", "docx", "xlsx", "pptx"}  # fmt: skip
"""Extensions said as a word ("dot zip", "dot json"); any other of three letters or
fewer, or with no vowel, is spelled ("dot p y", "dot t x t", "dot h t m l")."""


def _dotfile(m: Match) -> str:
    """".py" → dot p y; ".venv" → dot venv (`tokens.DOTFILE`)."""
    name = m["name"]
    if name not in _SAID_EXTENSIONS and (len(name) <= 3 or not re.search("[aeiouy]", name)):
        name = " ".join(name)
    return f"dot {name}"


def _version(m: Match, us: bool) -> str:
    """v2.1.3 → version two point one point three."""
    token = m.group()
    named = re.search(r"(?i:\bversion)\s+$", m.string[max(0, m.start() - 10) : m.start()])
    head = "version " if token[0] in "vV" and not named else ""  # "Version v2.0": said once
    return head + _version_said(token.lstrip("vV"), us)


def _version_said(version: str, us: bool) -> str:
    """ "3.12.1" three point twelve point one; a part with a leading nought as it is said,
    "oh" and its figure ("22.04" twenty-two point oh four), never a bare "four"."""
    return " point ".join(
        f"oh {_cardinal(int(n), us)}" if len(n) > 1 and n.startswith("0") and int(n) else
        _cardinal(int(n), us)
        for n in version.split(".")
    )


_NAMED_VERSION = re.compile(
    r"(?P<name>\b(?:Python|iOS|iPadOS|macOS|Android|Windows|Java|Node|Ruby|PHP|Perl|Rust"
    r"|Swift|Kotlin|Firefox|Chrome|Ubuntu|Debian|Fedora|Excel|Photoshop|[Vv]ersion|[Rr]elease)"
    r" )(?P<v>[0-9]+\.[0-9]{2,})(?![\w.]?[0-9])"
    r"(?P<more>(?:(?:,\s|\s(?:and|or|to)\s|[–-])[0-9]+\.[0-9]{1,2}(?![\w.]?[0-9]))*)"
)
"""A two-part version after its product's name or "version" ("Python 3.12", "Version
10.15 of macOS", "Node 20.11"): "three point twelve", as it is said, not a decimal's "three
point one two"; the versions named with it ("Python 3.11 and 3.12", "3.10–3.12") alike."""


_NAMED_ADDRESS = re.compile(
    r"(?:(?<=^From:)|(?<=^To:)|(?<=^Cc:)|(?<=^Reply-To:)|(?<=[\w.'’\"]))\s*"
    r"<(?P<address>[\w.+-]+@[\w-]+(?:\.[\w-]+)+)>(?P<wrote>(?=\s*wrote:))?(?=\s*(?:[,;]|$|wrote:))"
)
"""An e-mail address in angle brackets after the sender's name, as a mail's header or a
quoted reply prints it ("From: Dana Whitlock <dana@harlow.com>", "Marcus Bell <m@x.com>
wrote:"). In a header the address is read as a bare one is, after a pause (it may be the
clue the scene turns on); a reply's "… <m@x.com> wrote:" line says the name alone."""


def _named_address(m: Match) -> str:
    if m["wrote"] is not None:
        return ""
    return f"{' ' if m.string[: m.start()].endswith(':') else ', '}{m['address']}"


def _email(m: Match) -> str:
    return re.sub(r"\s+", " ", _spell(m.group())).strip()


# --------------------------------------------------------------------------- symbols

_SYMBOLS = {
    "&&": " and ", "||": " or ",  # a shell's "&&" and "||"
    "&": " and ", "+": " plus ", "=": " equals ", "@": " at ", "×": " times ",
    "÷": " divided by ", "±": " plus or minus ", "≈": " approximately ", "≠": " not equal to ",
    "≤": " less than or equal to ", "≥": " greater than or equal to ", "%": " percent ",
    "‰": " per mille ", "°": " degrees ", "§": " section ", "¶": " paragraph ",
    "©": " copyright ", "№": " number ", "®": " ", "™": " ", "−": " minus ",
}  # fmt: skip
_SYMBOL_RE = re.compile("|".join(re.escape(s) for s in _SYMBOLS))


def _slash(m: Match) -> str:
    """he/she → he or she; and/or → and or."""
    return " " if m.string[m.end() : m.end() + 2].lower() == "or" else " or "


_PAREN_COPYRIGHT = re.compile(
    r"(?<![\w)])\([cC]\)(?=\s+(?:1[5-9]|20)[0-9]{2}(?![\w–-])\s*,?\s+[A-Z])"
)
""""(c) 2019 J. Okafor": the copyright sign typed as a letter in brackets before a year,
said "copyright" as "©" is, before the holder's name; never the third of a list's options
("(b) 2005 (c) 2019", or "(c) 2019." alone)."""


def _paren_copyright(m: Match) -> str:
    return m.group() if "(b)" in m.string.lower() else "©"


_COPYRIGHT_TWICE = re.compile(r"(?i)(\bcopyright)\s*(?:©|\(c\))|©\s*(?=copyright\b)")
""""Copyright © 2025" says "copyright" once."""


_WORD_ARROW = re.compile(r"(?P<to>(?<=[\w)%])\s*[→⟶]\s*(?=[\w(£$€]))|\s*[→⟶←⟵]\s*")
"""An arrow between two amounts or words ("£48 → £51.84", "A → B") is "to"; any other
arrow ("Next →", "← Back") is a link's mark, not said."""


_FORMULA_QUOTIENT = re.compile(
    r"(?P<pre>\b(?:ln|lg|log|exp|sin|cos|tan)\(|[=×÷]\s\()"
    r"(?P<a>[A-Za-z][0-9]?)/(?P<b>[A-Za-z][0-9]?)(?=\))"
)
"""A quotient inside a formula's brackets ("ln(C/C0)", "= (a/b)"): "C over C0", never
"C or C0"; a bracketed "(y/n)" in prose stays "y or n"."""
_DOWN_UP = re.compile(r"(?<=\bdown)/(?=[^/.;]{1,40}?\bup\b)")
"""A connection's two speeds ("200 Mbps down/20 Mbps up"): a pause between them, no "or"."""


_SCALE_ALONE = re.compile(r"(?<![\w°])°\s?(?P<s>[CF])(?![\w'’])")
"""A scale named with no figure before it ("given in °F with °C in parentheses"):
"Fahrenheit", "Celsius", never "degrees F"."""


_AT_HANDLE = re.compile(r"(?<=\bat )@(?P<h>[A-Za-z0-9_]+(?:\.[A-Za-z0-9_]+)*)(?![\w@])")
"""A social handle after "at" ("on Instagram at @nurse.teresa"): "at" is said once, and
the handle's dots are "dot"."""


_KEYS = {"⌘": "Command", "⌥": "Option", "⇧": "Shift", "⌃": "Control", "Ctrl": "Control",
         "Cmd": "Command"}  # fmt: skip
_KEY = re.compile(r"(?P<key>(?<![\w-])(?:Ctrl|Cmd)(?=\s?[+-]\s?\w)|[⌘⌥⇧⌃])(?P<join>\s?-\s?)?")
"""A keyboard's modifier as a tutorial prints it ("⌘-S", "⌘C", "Ctrl+C", "Cmd-Space"):
its name ("Command-S", "Control plus C"), which espeak neither knows as a sign nor
says from "Ctrl"."""


def _symbols(text: str) -> str:
    text = _WORD_ARROW.sub(lambda m: " to " if m["to"] else " ", text)
    if "@" in text:
        text = _AT_HANDLE.sub(
            lambda m: m["h"].replace(".", " dot ").replace("_", " underscore "), text
        )
    if "°" in text:
        text = _SCALE_ALONE.sub(lambda m: "Celsius" if m["s"] == "C" else "Fahrenheit", text)
    if "/" in text:
        text = _FORMULA_QUOTIENT.sub(r"\g<pre>\g<a> over \g<b>", _DOWN_UP.sub(", ", text))
    text = re.sub(r"(?<=[^\W\d_])/(?=[^\W\d_])", _slash, text)
    if re.search("[⌘⌥⇧⌃]|Ctrl|Cmd", text):
        text = _KEY.sub(lambda m: _KEYS[m["key"]] + ("-" if m["join"] == "-" else " "), text)
    return _SYMBOL_RE.sub(lambda m: _SYMBOLS[m.group()], text)


# --------------------------------------------------------------------------- neutral rules

_PAUSE = re.compile(r"\s*(?:[—―⸺⸻]|-{2,}|…+|\.(?:\s?\.){2,}|–|(?<=\s)-(?=\s))\s*")


def _pause(m: Match) -> str:
    """A dash or an ellipsis becomes a comma, the pause espeak knows how to take."""
    text = m.string
    before, after = text[: m.start()].rstrip(), text[m.end() :].lstrip()
    if "–" in m.group() and before[-1:].isdigit() and after[:1].isdigit():
        return m.group()  # a number range, for the language's own number reading
    if not after:
        return "" if not before or before[-1] in ".!?,;:" + _CLOSERS else "."
    # a straight quote opens before a word and closes after one: "And that"—he said—"is"
    opens = after[0] in "\"'" and after[1:2].isalnum()
    closes = before[-1:] in ("\"", "'") and len(before) > 1 and not before[-2].isspace()
    if not after.strip("\"'”’»«“‘›‹") and before[-1:].isalpha():
        return "."  # “…to such munifi--”: speech broken off falls as a full stop, closed or not
    if (after[0] in _CLOSERS and not opens) or after[0] in ".,;:!?":
        return ""
    if not before or (before[-1] in _OPENERS and not closes) or before[-1] in ".,;:!?":
        return " "
    return ", "


def _tidy(text: str) -> str:
    text = re.sub(r"\s+", " ", text)
    text = re.sub(r" (?=[,;:!?]|\.(?![.0-9]))", "", text)
    # no space after an opening mark; “ after a word closes („so“ in German and Russian)
    # « opens in French ("« Oui »") but closes in German ("»Ja,« sagte er"): only one
    # that follows a space or starts the text opens
    text = re.sub(r"((?:^|[\s(\[„‚])[“‘«]|[(\[]) ", r"\1", text)
    text = re.sub(r",(?: ?,)+", ",", text)
    text = re.sub(r"(?<!\.)\.\.(?!\.)", ".", text)
    return text.strip()


def _markup_safe(text: str) -> str:
    """Tidy, with no SSML tags and no [[phonemes]]: drop angle brackets, shrink bracket runs.

    The brackets shrink last: tidying can close up "[ [" into "[[".
    """
    text = _tidy(re.sub(r"[<>]", " ", text))
    text = re.sub(r"\[{2,}", "[", text)
    return re.sub(r"\]{2,}", "]", text).strip()


def apply_lexicon(text: str, lexicon: Mapping[str, str]) -> str:
    """Replace whole words from the lexicon: exact case first, lower-case keys match any case.
    A key with a capital (the book's "Nice", "Reading") matches as written or in capitals
    ("READING" in a heading), never the common word ("a nice hotel", "reading").

    A word followed by 's still matches, so "Kalmurzaev's" takes the fix too. The
    replacement then goes through the other rules like any text: write it as words. A
    guide's respelling is said as a word (`pronounce.said_form`): "KEE-va", "MAR-uh
    KWELL", "ē'jūs" and "/niːv/" as "kee-va", "mar-uh kwell", "ee-joos" and "neev".
    """
    keys = [k for k in lexicon if k.strip()]
    if not keys:
        return text
    alternation = "|".join(re.escape(k) for k in sorted(keys, key=len, reverse=True))
    pattern = re.compile(rf"(?<!\w)(?:{alternation})(?!\w)", re.IGNORECASE)

    def swap(m: Match) -> str:
        word = m.group()
        if word in lexicon:
            return said_form(lexicon[word])
        said = lexicon.get(word.lower())
        if said is None and word.isupper() and len(word) > 1:
            said = capitals.get(word)
        return word if said is None else said_form(said)

    capitals = {k.upper(): s for k, s in lexicon.items() if k != k.lower()}

    return pattern.sub(swap, text)


# --------------------------------------------------------------------------- languages


@functools.cache
def _num2words_lang(tag: str) -> str | None:
    """The num2words code for a language tag ("pt-br" → "pt_BR", "ru-ru" → "ru"), if any.
    Norwegian Bokmål is "nb" to us and "no" to num2words, whose words are Bokmål's."""
    primary, _, region = tag.partition("-")
    primary = _NUM2WORDS_ALIAS.get(primary, primary)
    for code in (f"{primary}_{region.upper()}", primary):
        if code in CONVERTER_CLASSES:
            return code
    return None


_NUM2WORDS_ALIAS = {"nb": "no"}


def _tag(language: str) -> str:
    return (language or "").strip().replace("_", "-").lower()


_GROUP_SPACE = "[ \u00a0\u202f\u2009]"
_FOREIGN_NUMBER = re.compile(  # "1 000 000" groups with any space: books set it with plain ones
    r"(?<![\w.,:/-])(?P<plus>\+)?"
    rf"(?:(?P<grouped>[1-9][0-9]{{0,2}}(?:{_GROUP_SPACE}[0-9]{{3}})+)(?P<decimal>[.,][0-9]+)?"
    rf"|[1-9][0-9]*(?!{_GROUP_SPACE}[0-9]{{3}}[.,:/][0-9])|0)"
    r"(?![\w]|[.,:/][0-9])"
)
"""A whole number, its groups set apart by spaces or not. Its decimals ("1 234,56
millions", "1 250,50 zł") keep it whole: the groups are joined for the engine, which reads
a decimal in the voice's language ("mille deux cent trente-quatre virgule cinquante-six");
the first group alone is never taken for the number ("un 234,56"). After "+" or a
telephone's word ("+34 986 123 456", "Tel. 986 123 456") the groups are a telephone
number's, said one by one, not as billions."""
_FOREIGN_PHONE_CUE = re.compile(
    r"(?i)(?:\b(?:tel|tél|telf|fax)|telefon\w*|teléfono|telefone|telefoon|тел|телефон\w*)"
    r"\.?:?\s*$"
)


_MINUS_WORD = {"pl": "minus", "de": "minus", "fr": "moins", "es": "menos", "it": "meno",
               "pt": "menos", "nl": "min", "ru": "минус", "uk": "мінус", "cs": "mínus",
               "sv": "minus", "da": "minus", "nb": "minus", "no": "minus",
               "fi": "miinus"}  # fmt: skip
_FOREIGN_MINUS = re.compile(
    r"(?:(?<=\s)|(?<=^)|(?<=[(\[]))(?P<sign>\u2212|[–-](?=[0-9]+(?:[.,][0-9]+)?\s?°))"
    r"(?=[0-9])"
)
"""A minus before a figure: the minus sign (U+2212) always, an en dash or a hyphen set as
one before a temperature ("spada do –5°C", "−12 °C"). The dash would be a pause, and
the listener would hear five degrees above nought; espeak says the minus sign in the
English voice."""


def _foreign_minus(m: Match, lang: str) -> str:
    word = _MINUS_WORD.get(lang)
    return f"{word} " if word else m.group()


# num2words 0.5.14's Amharic converter runs for minutes on numbers past a million.
_NUM2WORDS_LIMIT = {"am": 10**6}


def _foreign_cardinal(n: int, code: str, year: bool = False) -> str:
    """`n` in words, as a reader of the language says it. No commas: num2words writes
    "mil, oitocentos e oitenta e nove" in Brazilian Portuguese, and espeak pauses at the
    comma in every year. Dutch says 1100 to 1999 in hundreds, a year or a count
    ("negentienhonderdvierennegentig", "vijftienhonderd"), as its readers and espeak do;
    so do Swedish, Danish and Norwegian (`_nordic_cardinal`)."""
    if code == "nl" and 1100 <= n <= 1999:
        return str(num2words(n, lang=code, to="year")).replace(" ", "")
    if code in _NORDIC_HUNDRED:
        return _nordic_cardinal(n, code)
    said = str(num2words(n, lang=code, to="year" if year else "cardinal"))
    return said.replace(",", "")


_NORDIC_HUNDRED = {"sv": "hundra", "da": "hundrede", "no": "hundre"}
"""The word for "hundred" in the Scandinavian languages, which say 1100 to 1999 in
hundreds, a year or a count: Swedish "nittonhundratjugotre", Danish "nittenhundrede og
treogtyve", Norwegian "nitten hundre og tjuetre", as their readers do; num2words has no
Swedish year at all and reads "1923" in all three as "one thousand nine hundred ..."."""


def _nordic_cardinal(n: int, code: str) -> str:
    """`n` as a Swedish, Danish or Norwegian reader says it: 1100 to 1999 in hundreds,
    num2words' words elsewhere, mended where they are not the language's: Swedish
    "etttusen" is "ettusen" (three t's are written two); Norwegian "en tusen", "en
    hundre" are "ett tusen", "ett hundre" (both words are neuter), "to million" is "to
    millioner" and "millard" "milliard"; Danish "en millioner" is "en million"."""
    if 1100 <= n <= 1999:
        high, low = divmod(n, 100)
        said = _nordic_cardinal(high, code) + _NORDIC_HUNDRED[code]
        if low:  # Swedish joins the parts as it joins every number; the others say "og"
            rest = _nordic_cardinal(low, code)
            said += rest if code == "sv" else f" og {rest}"
        return said if code != "no" else said.replace("hundre", " hundre", 1)
    said = str(num2words(n, lang=code)).replace(",", "")
    if code == "sv":
        return said.replace("etttusen", "ettusen")
    if code == "da":  # "en millioner"
        return re.sub(r"\ben (milli(?:on|ard))er\b", r"en \1", said)
    said = re.sub(r"(?<!\ben )\bmill?i?(on|ard)\b", r"milli\1er", said)  # "to million"
    return re.sub(r"\ben (?=hundre\b|tusen\b)", "ett ", said).replace("millard", "milliard")


def _foreign_numbers(text: str, code: str) -> str:
    """Whole numbers in the book's language; anything fancier is left for the engine."""

    def say(m: Match) -> str:
        if m["grouped"] and (m["plus"] or _FOREIGN_PHONE_CUE.search(text, 0, m.start())):
            groups = re.split(_GROUP_SPACE, m["grouped"])
            return (m["plus"] or "") + ", ".join(_foreign_numbers(g, code) for g in groups)
        if m["decimal"]:
            return re.sub(_GROUP_SPACE, "", m.group())
        digits = re.sub(r"\D", "", m.group())
        if len(digits) > 15 or int(digits) >= _NUM2WORDS_LIMIT.get(code, _MAX_SPOKEN):
            return m.group()
        try:
            said = _foreign_cardinal(int(digits), code)
        except Exception:  # a converter's gap (some cap their range) must not stop the book
            return m.group()
        if code == "hu" and said.endswith("kettő") and _HU_NOUN_AFTER.match(text, m.end()):
            said = said[: -len("kettő")] + "két"  # "12 millió" tizenkét millió
        return (m["plus"] or "") + said

    return _FOREIGN_NUMBER.sub(say, text)


_HU_NOUN_AFTER = re.compile(r"[ \t\u00a0]+[^\W\d_]")
"""A word after a Hungarian number, which it counts: two is "két" before it ("két ház",
"tizenkét millió"), "kettő" only standing alone; num2words gives the second."""


_DE_ORDINAL = re.compile(
    r"(?:\b(?P<art>(?i:am|vom|zum|im|beim|den|dem|des|der|die|das|seit|bis))\s+)?"
    r"(?<![\w.,])(?P<n>[1-9][0-9]?)\.\s+"
    r"(?=(?:(?:auf|bis|zum)\s+(?:den\s+|zum\s+)?[1-9][0-9]?\.\s+)?"
    rf"(?:{DE_MONTHS}|Jahrhunderts?|Jahrestag|Mal|Stock)\b)"
    r"|\b(?P<art2>(?i:am|vom|zum|im|beim|den|dem|des|der|die|das))\s+"
    r"(?<![\w.,])(?P<n2>[1-9][0-9]?)\.\s+(?=[A-ZÄÖÜ][a-zäöüß])"
)
"""German writes an ordinal as a number with a dot: "am 3. Mai" is "am dritten Mai",
"im 19. Jahrhundert" "im neunzehnten Jahrhundert", "der 3. Mai" "der dritte Mai", and
"vom 17. auf den 18. März" "vom siebzehnten auf den achtzehnten März". After an article
any noun will do: "aus dem 3. Band" is "aus dem dritten Band"."""
_DE_YEAR = re.compile(
    rf"(?P<cue>\b(?:{DE_MONTHS}|Jahre|Jahr|Jahres)\s)(?P<year>1[1-9][0-9]{{2}})"
    r"(?![\w,.][0-9]|\w)"
)
"""A year after a month or "im Jahre" is read as a year: "achtzehnhundertneunzig"."""


def _german_ordinal(m: Match) -> str:
    art = m["art"] or m["art2"] or ""
    said = str(num2words(int(m["n"] or m["n2"]), lang="de", to="ordinal"))
    if art and art.lower() not in ("der", "die", "das"):
        said += "n"  # am dritten, im neunzehnten, des dritten
    return f"{art} {said} " if art else f"{said} "


def _german_year(m: Match) -> str:
    return m["cue"] + str(num2words(int(m["year"]), lang="de", to="year"))


_DE_YEAR_RUN = re.compile(
    r"(?<![\w.,:/-])(?P<run>1[1-9][0-9]{2}(?:\s+(?:und|bis|oder)\s+1[1-9][0-9]{2})*)"
    r"(?!\w|[.,:/-][0-9])"
)
_DE_STRONG_CUES = frozenset(
    {"im", "seit", "anfang", "ende", "mitte", "frühjahr", "frühling", "sommer", "herbst",
     "winter", "geboren", "gestorben", "geb.", "gest.", "anno", "circa", "ca."}
)  # fmt: skip
_DE_WEAK_CUES = frozenset({"von", "vom", "bis", "vor", "nach", "um", "ab", "zwischen"})
_DE_COUNTING = frozenset(
    {"mit", "über", "etwa", "rund", "fast", "knapp", "nur", "je", "für", "insgesamt",
     "ungefähr", "mehr", "weniger", "die", "der", "den", "das", "des", "dem", "ein", "eine",
     "einer", "einem", "alle", "diese", "dieser", "seine", "ihre", "zu", "auf", "an"}
)  # fmt: skip
"""Words before a number that make it a count ("mit 1500 Mann", "die 1500 Soldaten")."""
_DE_AFTER_YEAR = frozenset({"in", "nach", "aus", "bei", "an", "am", "auf", "zu", "zum", "zur"})


def _german_year_run(m: Match) -> str:
    """A number from 1100 to 1999 is a German year ("Seine Frau war 1879 gestorben",
    "zwischen 1785 und 1871") after a date word; after a preposition of time unless a
    noun follows ("von 1500 Mann"); or with no cue, where no noun can follow it: before
    the end of the sentence, before a preposition, or before a lowercase word that no
    noun follows ("1879 gestorben", but "1500 neue Häuser"). After a counting word
    ("mit", "über", an article) it stays a number."""
    text = m.string
    before = re.search(r"([^\W\d_]+\.?)\s+$", text[: m.start()])
    cue = before.group(1).lower() if before else ""
    rest = text[m.end() :]
    nxt = re.match(r"\s+([^\W\d_]+)(\s*\S?)", rest)
    noun = nxt is not None and nxt.group(1)[0].isupper()
    if cue in _DE_STRONG_CUES:
        year = True
    elif cue in _DE_COUNTING:
        year = False
    elif cue in _DE_WEAK_CUES:
        year = not noun
    elif nxt is None:
        year = re.match(r"\s*(?:$|[^\w\s])", rest) is not None
    else:
        word, follower = nxt.group(1), nxt.group(2).strip()
        year = not noun and (
            word in _DE_AFTER_YEAR or not follower or not (follower.isupper() or follower.isdigit())
        )
    if not year:
        return m.group()
    return re.sub(
        r"[0-9]+", lambda n: str(num2words(int(n.group()), lang="de", to="year")), m["run"]
    )


_AMOUNT = (
    r"(?P<whole>[1-9][0-9]{0,2}(?:[.\u00a0\u202f ][0-9]{3})+|[0-9]+)"
    r"(?:,(?P<cents>[0-9]{2})(?![0-9])|,-{1,2}(?!-))?"
)
_FOREIGN_MONEY_BEFORE = {  # a currency's sign before its amount, by language
    "pt": {"R$": "BRL", "€": "EUR"}, "es": {"€": "EUR"}, "fr": {"€": "EUR"},
    "it": {"€": "EUR", "L.": "ITL"}, "nl": {"€": "EUR", "ƒ": "NLG", "fl.": "NLG"},
    "pl": {"€": "EUR"}, "de": {"€": "EUR"},
}  # fmt: skip
_FOREIGN_MONEY_AFTER = {  # … and after it
    "pt": {"€": "EUR"}, "es": {"€": "EUR", "ptas.": "ESP", "pts.": "ESP"},
    "fr": {"€": "EUR", "F": "FRF", "FF": "FRF", "fr.": "FRF"}, "it": {"€": "EUR"},
    "nl": {"€": "EUR"}, "pl": {"€": "EUR", "zł": "PLN"}, "de": {"€": "EUR"},
    "ru": {"руб.": "RUB", "р.": "RUB"},
}  # fmt: skip
_OWN_WORDS = {"NLG": ("gulden", "cent"), "ITL": ("lire", "centesimi")}
"""Currencies num2words has no words for: said as the number and the currency's name."""


def _money_re(lang: str) -> re.Pattern[str] | None:
    before, after = _FOREIGN_MONEY_BEFORE.get(lang, {}), _FOREIGN_MONEY_AFTER.get(lang, {})
    if not before and not after:
        return None
    ahead = "|".join(re.escape(k) for k in before) or "(?!)"
    behind = "|".join(re.escape(k) for k in after) or "(?!)"
    return re.compile(
        rf"(?:(?<![\w$])(?P<pre>{ahead})\s?{_AMOUNT}(?![\w]|[.,][0-9])"
        rf"|(?<![\w.,]){_AMOUNT.replace('?P<', '?P<a')}\s?(?P<post>{behind})(?![\w])"
        r"(?:\s+(?P<small>[0-9]{1,2})\s?(?:(?:gr|коп)\.?|к\.)(?!\w))?)"
    )


_FOREIGN_MONEY_RE = {
    lang: _money_re(lang) for lang in {*_FOREIGN_MONEY_BEFORE, *_FOREIGN_MONEY_AFTER}
}
"""An amount with its currency, in the language's own figures (a decimal comma, dots or
spaces between thousands): "R$ 12,50" doze reais e cinquenta centavos, "12,50 zł"
dwanaście złotych, pięćdziesiąt groszy, "€ 12,50" and "12,50 €" euros and cents,
"ƒ 2,50" twee gulden vijftig, "L. 45.000" quarantacinquemila lire, "2,50 ptas.", "25
руб. 40 коп.", "3 р. 50 к.", French francs "1,50 F", "3 FF", "5 fr."; espeak said the
signs' names ("erre dólar", "zet el", "letter 192", "F")."""
_ZERO_CENTS = re.compile(
    r",?\s+(?:con|et|e|und|y)?\s*(?:zero|cero|zéro|null|nul|ноль)\s+[^\W\d_]+$"
)


_ZERO_WHOLE = re.compile(
    r"^(?:zero|cero|zéro|null|nul|ноль)\s+[^\W\d_]+,?\s+(?:(?:con|et|e|und|y)\s+)?"
)


def _foreign_money(m: Match, code: str) -> str:
    sign = m["pre"] or m["post"]
    lang = code.split("_")[0]
    currency = (_FOREIGN_MONEY_BEFORE.get(lang, {}) | _FOREIGN_MONEY_AFTER.get(lang, {}))[sign]
    whole = int(re.sub(r"\D", "", m["whole"] or m["awhole"]))
    cents = int(m["cents"] or m["acents"] or m["small"] or 0)
    if m["small"] and (m["cents"] or m["acents"]):
        return m.group()
    if currency in _OWN_WORDS:
        name, _small = _OWN_WORDS[currency]
        if currency == "ITL" and whole == 1:
            name = "lira"
        said = f"{'una' if name == 'lira' else _foreign_cardinal(whole, code)} {name}"
        return said + (f" {_foreign_cardinal(cents, code)}" if cents else "")
    from decimal import Decimal

    try:
        if code == "pt_BR" and currency != "BRL":
            code = "pt"
        if currency == "BRL":  # a real is Brazil's, said so in a book from Portugal too
            code = "pt_BR"  # (num2words' Portuguese knows only euros, and said "doze euros")
            said = str(num2words(Decimal(whole) + Decimal(cents) / 100, lang=code, to="currency"))
        else:
            said = str(num2words(Decimal(whole) + Decimal(cents) / 100, lang=code, to="currency",
                                 currency=currency))  # fmt: skip
    except Exception:  # a converter's gap must not stop the book
        return m.group()
    if not cents:
        said = _ZERO_CENTS.sub("", said)
    elif not whole:  # "0,35 F": trente-cinq centimes, not "zéro francs et trente-cinq …"
        said = _ZERO_WHOLE.sub("", said)
    if m.group().endswith(".") and re.match(r"[\"'”’»)]*(?:\s*$|\s+[^\W\d_](?<=[A-ZÀ-ÝА-ЯЁ]))",
                                            m.string[m.end() :]):
        said += "."  # "cinco ptas." ends its sentence: its dot is the stop too
    return said.replace("mil,", "mil") if code == "pt_BR" or currency == "BRL" else said


_CLOCK_RE = {
    "pt": re.compile(r"(?<![\w.,:])(?P<h>[01]?[0-9]|2[0-4])\s?h\s?(?P<min>[0-5][0-9])?(?![\w'’])"),
    "es": re.compile(r"(?<![\w.,:])(?P<h>[01]?[0-9]|2[0-4])\s?h(?:\.(?=\s+[a-z]))?(?![\w'’])"),
    "it": re.compile(
        r"(?<=(?:lle|ore|Ore) )(?P<h>[01]?[0-9]|2[0-4])[.,:](?P<min>[0-5][0-9])(?![\w]|[.,][0-9])"
    ),
    "nl": re.compile(
        r"(?<![\w.,:])(?P<h>[01]?[0-9]|2[0-4])[.:](?P<min>[0-5][0-9])\s+(?P<uur>uur\b|u\.)"
    ),
    "pl": re.compile(
        r"\b(?P<o>[oO]d?|[dD]o)\s+(?:(?P<godz>godz\.|godziny|godzinie)\s+)?"
        r"(?P<h>[01]?[0-9]|2[0-4])[.:](?P<min>[0-5][0-9])(?![\w]|[.,][0-9])"
    ),
}  # fmt: skip
"""Clock times where the writing makes them one: Portuguese "21h30", "às 6 h"; Spanish
"a las 19 h"; Italian "alle 17,30", "ore 11.15"; Dutch "7.30 uur", "8.15 u."; Polish "o
godz. 8.00", "o 16.30". espeak read the letter ("agá", "hache") or the decimal mark."""
_FEMININE_ENDINGS = {
    "pt": {"um": "uma", "dois": "duas"}, "es": {"uno": "una", "veintiuno": "veintiuna"}
}
_PL_HOUR_CASE = {"o": "ej", "od": "ej", "do": "ej"}


def _foreign_clock(m: Match, code: str) -> str:
    lang = code.split("_")[0]
    hour, minutes = int(m["h"]), int(m.groupdict().get("min") or 0)
    if lang in ("pt", "es"):
        words = _foreign_cardinal(hour, code).split()
        words[-1] = _FEMININE_ENDINGS[lang].get(words[-1], words[-1])
        said = " ".join(words) + (" hora" if hour == 1 else " horas")
        return said + (f" e {_foreign_cardinal(minutes, code)}" if minutes else "")
    if lang == "it":
        said = "una" if hour == 1 else _foreign_cardinal(hour, code)
        return said + (f" e {_foreign_cardinal(minutes, code)}" if minutes else "")
    if lang == "nl":
        said = f"{_foreign_cardinal(hour, code)} uur"
        return said + (f" {_foreign_cardinal(minutes, code)}" if minutes else "")
    # Polish: the hour an ordinal, feminine, in the case "o" (locative) or "od"/"do"
    # (genitive) gives; both end in -ej: "o ósmej", "od szesnastej trzydzieści"
    if hour == 0:
        return m.group()
    words = str(num2words(hour, lang="pl", to="ordinal")).split()
    words = [w[:-1] + ("iej" if w.endswith("i") else "ej") if w[-1] in "yi" else w for w in words]
    o = m["o"]
    noun = ""
    if m["godz"]:
        noun = "godzinie " if o.lower() == "o" else "godziny "
    said = f"{o} {noun}{' '.join(words)}"
    return said + (f" {_foreign_cardinal(minutes, code)}" if minutes else "")


_DE_MONTH_NAMES = DE_MONTHS.split("|")
_DE_MONTH_NAMES.remove("Jänner")
_DE_CLOCK = re.compile(
    r"(?<![\w.,:])(?P<h>[01]?[0-9]|2[0-4])(?P<sep>[:.])(?P<min>[0-5][0-9])"
    r"(?P<uhr>\s+Uhr\b)?(?![\w]|[.,:][0-9])"
)
"""A German clock time, "18:53 Uhr", "23.30 Uhr", or after "um" ("um 18:53"): "achtzehn
Uhr dreiundfünfzig", as a German reader says it (espeak said "Uhr" twice, or "Punkt")."""
_DE_CLOCK_CUE = re.compile(r"(?i)\b(?:um|gegen|ab|bis|seit|von|zwischen|und)\s+$")
_DE_NUMERIC_DATE = re.compile(
    r"(?:\b(?P<art>(?i:am|vom|zum|im|beim|den|dem|des|der|die|das|seit|bis|ab))\s+)?"
    r"(?<![\w.,])(?P<d>0?[1-9]|[12][0-9]|3[01])\.(?P<mo>0?[1-9]|1[0-2])\."
    r"(?:(?P<y>1[1-9][0-9]{2}|20[0-9]{2})(?![\w]|[.,][0-9])|(?=\s|$|[,;)]))"
)
"""A German date in figures, "31.08.1990", "am 3.10.1990", "des 9.11.": the day an
ordinal in the article's case, the month by name, the year as a year ("am
einunddreißigsten August neunzehnhundertneunzig"). Without a year only after an
article or a preposition ("des 9.11."); a bare "1.2." may be a section's number."""
_DE_RATIO = re.compile(r"(?<![\w.,:])(?P<a>[0-9]{1,2}):(?P<b>[0-9])(?![\w:]|[.,][0-9])")
"""A ratio or a score with one figure after the colon ("1:1 umgestellt", "gewann 3:1"):
"eins zu eins"; "18:53" is a clock."""


_NL_NUMERIC_DATE = re.compile(
    r"(?<![\w.,/:-])(?P<d>0?[1-9]|[12][0-9]|3[01])(?P<sep>[-/.])(?P<mo>0?[1-9]|1[0-2])"
    r"(?P=sep)(?P<y>1[0-9]{3}|20[0-9]{2})(?![\w]|[-/.,:][0-9])"
)
"""A Dutch date in figures, day, month, year, "12-05-1985", "12/05/1985", "12.05.1985":
"twaalf mei negentienhonderdvijfentachtig", as a Dutch reader says it (it was "twaalf-05-
1985"). Only with a four-figure year after the same mark twice; "12-05-19855" or a score
"3-2" are no dates."""
_NL_MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
              "september", "oktober", "november", "december")  # fmt: skip


def _dutch_numeric_date(m: Match) -> str:
    day, year = int(m["d"]), int(m["y"])
    month = _NL_MONTHS[int(m["mo"]) - 1]
    return f"{_foreign_cardinal(day, 'nl')} {month} {_foreign_cardinal(year, 'nl', year=True)}"


def _german_clock(m: Match) -> str:
    if not m["uhr"] and not _DE_CLOCK_CUE.search(m.string, 0, m.start()):
        return m.group()
    if m["sep"] == "." and not m["uhr"]:
        return m.group()  # "bis 3.15" may be a decimal or a section
    hour = int(m["h"])
    said = "ein" if hour == 1 else str(num2words(hour, lang="de"))
    minutes = int(m["min"])
    return f"{said} Uhr" + (f" {num2words(minutes, lang='de')}" if minutes else "")


def _german_numeric_date(m: Match) -> str:
    art = m["art"] or ""
    if not m["y"] and not art:
        return m.group()
    ordinal = str(num2words(int(m["d"]), lang="de", to="ordinal"))
    if art and art.lower() not in ("der", "die", "das"):
        ordinal += "n"  # am dritten, des neunten
    elif not art:
        ordinal += "r"  # "Berlin, 31.08.1990": einunddreißigster
    said = f"{ordinal} {_DE_MONTH_NAMES[int(m['mo']) - 1]}"
    if m["y"]:
        said += " " + str(num2words(int(m["y"]), lang="de", to="year"))
    return f"{art} {said}" if art else said


def _german_ratio(m: Match) -> str:
    return f"{num2words(int(m['a']), lang='de')} zu {num2words(int(m['b']), lang='de')}"


_DE_REGNAL = (
    "Friedrich", "Wilhelm", "Ludwig", "Karl", "Heinrich", "Otto", "Franz", "Joseph", "Josef",
    "Leopold", "Maximilian", "Rudolf", "Albrecht", "Konrad", "Johann", "Georg", "Philipp",
    "Ferdinand", "Sigismund", "Gustav", "Christian", "Peter", "Katharina", "Elisabeth",
    "Alexander", "Nikolaus", "Eduard", "August", "Ernst", "Pius", "Leo", "Gregor", "Benedikt",
)  # fmt: skip
_DE_REGNAL_RE = re.compile(
    r"(?:(?<![\w.])(?P<prep>(?i:unter|von|mit|bei|nach|zu|seit|vor|für|gegen|durch|ohne|um))"
    r"\s+)?"
    rf"(?<![\w.])(?P<name>{'|'.join(_DE_REGNAL)})(?P<gen>s)?\s+(?P<num>[IVX]+)\.(?!\w)"
)
"""A ruler's numeral with its dot: "Friedrich II." is "Friedrich der Zweite", in the case
the sentence gives it; only where the case is plain (see `_german_regnal`)."""
_DE_ARTICLE = {"nom": ("der", ""), "gen": ("des", "n"), "dat": ("dem", "n"), "acc": ("den", "n")}


def _german_regnal(m: Match) -> str:
    """The genitive "Friedrichs II." (des Zweiten), a dative or accusative after a
    preposition ("unter Friedrich II.": dem Zweiten; "für Karl V.": den Fünften), and a
    nominative only where the name opens the sentence ("Friedrich II. war König");
    elsewhere the case is unknown and the numeral is left as written."""
    prep = m["prep"]
    if m["gen"]:
        case = "gen"
    elif prep:
        case = "acc" if prep.lower() in ("für", "gegen", "durch", "ohne", "um") else "dat"
    elif re.search(r"(?:^|[.!?:»«„“\"]\s*)$", m.string[: m.start()]):
        case = "nom"
    else:
        return m.group()
    value = roman_value(m["num"])
    if not value:
        return m.group()
    article, ending = _DE_ARTICLE[case]
    ordinal = str(num2words(value, lang="de", to="ordinal")) + ending
    said = f"{m['name']}{m['gen'] or ''} {article} {ordinal[:1].upper()}{ordinal[1:]}"
    stop = re.match(r"[\"'”’“«»)\]]*(?:\s*$|\s+[A-ZÄÖÜ])", m.string[m.end() :])
    return (f"{prep} " if prep else "") + said + ("." if stop else "")


_FR_REGNAL = (
    "Louis", "Henri", "Charles", "François", "Philippe", "Napoléon", "Jean", "Léon", "Pie",
    "Benoît", "Grégoire", "Clément", "Innocent", "Urbain", "Paul", "Guillaume", "Robert",
    "Hugues", "Lothaire", "Édouard", "Richard", "Frédéric", "Pierre", "Catherine", "Nicolas",
    "Alexandre", "Victor-Emmanuel",
)  # fmt: skip
_FR_REGNAL_RE = re.compile(
    rf"(?<![\w.])(?P<name>{'|'.join(_FR_REGNAL)})\s+"
    r"(?P<num>[IVXL]{2,}|Ier|Ire|[IVX](?!\.\s*[A-ZÀ-Ý]))(?![\w'’-])"
)
"""French names a ruler by a cardinal ("Louis XIV" is "Louis Quatorze"), the first by
an ordinal ("François Ier", "Napoléon I" are "premier"). A lone letter before a dot and
a name is an initial ("Paul V. Martin")."""
_FR_ORDINAL = re.compile(
    r"(?<![\w.,])(?P<num>[0-9]+|[IVXLC]{2,}|[IVX](?=e\s+(?:siècle|République|arrondissement|"
    r"Empire|étage)))(?P<suffix>er|re|ère|e|ème|è)(?!\w)"
)
"""An ordinal written with its ending: "1er" premier, "1re" première, "XIXe siècle"
dix-neuvième siècle, "3e" troisième. A single Roman letter only before a word it
numbers ("Ve République"), never "Ce" or "Le"."""
_FR_HOURS = re.compile(r"(?<![\w.,:])(?P<h>[01]?[0-9]|2[0-3])\s?h\s?(?P<min>[0-5][0-9])?(?![\w'’])")
"""A French clock time: "17 h 30" dix-sept heures trente, "8 h" huit heures."""


def _feminine_one(words: str) -> str:
    """French counts hours and minutes (feminine) with "une": vingt et une heures."""
    return words[:-2] + "une" if words == "un" or words.endswith(("-un", " un")) else words


def _french_regnal(m: Match) -> str:
    """Louis XIV → Louis Quatorze; François Ier → François Premier."""
    num = m["num"]
    value = 1 if num in ("Ier", "Ire", "I") else roman_value(num)
    if value is None:
        return m.group()
    said = "première" if num == "Ire" else "premier" if value == 1 else num2words(value, lang="fr")
    return f"{m['name']} {said[:1].upper()}{said[1:]}"


def _french_ordinal(m: Match) -> str:
    """1er → premier, 1re → première, XIXe → dix-neuvième; "2er" is left as written."""
    num, suffix = m["num"], m["suffix"]
    value = int(num) if num.isdigit() else roman_value(num)
    if value is None or value == 0 or (suffix in ("er", "re", "ère") and value != 1):
        return m.group()
    if value == 1:
        return "première" if suffix in ("re", "ère") else "premier"
    return str(num2words(value, lang="fr", to="ordinal"))


def _french_hours(m: Match) -> str:
    """17 h 30 → dix-sept heures trente; a whole hour has no minutes said."""
    hour = int(m["h"])
    said = f"{_feminine_one(str(num2words(hour, lang='fr')))} heure{'s' if hour > 1 else ''}"
    if m["min"] and int(m["min"]):
        said += " " + _feminine_one(str(num2words(int(m["min"]), lang="fr")))
    return said


_ROMANCE_MONTHS = {
    "es": "enero|febrero|marzo|abril|mayo|junio|julio|agosto|se?tiembre|octubre|noviembre"
          "|diciembre",
    "pt": "janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro"
          "|dezembro",
    "it": "gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre"
          "|novembre|dicembre",
}  # fmt: skip
_ORDINAL_NOUNS = (
    "piano|andar|piso|secolo|século|siglo|posto|lugar|puesto|anno|ano|año|giorno|dia|día"
    "|premio|prémio|prêmio|classificato|classificada|classificado|volume|tomo|capitolo"
    "|capítulo|articolo|artigo|artículo|comma|grado|ciclo|turno|livello|nível|nivel"
    "|reggimento|batalhão|batallón|centenario|centenário|aniversario|aniversário|escalão"
)
_ARTICLES = (
    "il|lo|la|l['’]|al|allo|alla|del|dello|della|nel|nello|nella|dal|dallo|dalla|sul|sulla"
    "|col|un|una|i|gli|le|ai|dei|nei|o|os|as|ao|do|da|no|na|pelo|pela|um|uma|el|los|las"
)
_ROMANCE_ORDINAL = {
    lang: re.compile(
        r"(?<![\w.,])(?P<n>[0-9]{1,3})(?:\.?(?P<g>[ºª])|\.(?P<er>er)"
        rf"|°(?=\s+(?:de\s+)?(?:{months})\b)"
        rf"|(?P<deg>°)(?=\s+(?:{_ORDINAL_NOUNS})\b))(?!\w)"
    )
    for lang, months in _ROMANCE_MONTHS.items()
}
"""An ordinal written with its raised letter: Spanish and Portuguese "1.º" primero,
primeiro, "1.ª" primera, primeira, "1.er" primer; Italian "1ª" prima. A degree sign set
for "º", as Italian and Brazilian books do, is an ordinal before a month ("1° giugno",
"1° de janeiro": primo, primeiro) or between an article and a noun it numbers ("al 2°
piano", "o 3° andar"); "a 45° di latitudine" and "20° C" stay degrees."""


def _romance_ordinal(m: Match, code: str) -> str:
    """1.º → primero/primeiro/primo, 2.ª → segunda, 1.er → primer (the short form
    before a noun, Spanish)."""
    if m["deg"] and not re.search(rf"(?i)\b(?:{_ARTICLES})\s+$", m.string[: m.start()]):
        return m.group()  # "a 30° de", "sobe 2° piano"? only "al 2° piano" is sure
    words = str(num2words(int(m["n"]), lang=code, to="ordinal")).split()
    if m["g"] == "ª":
        words = [w[:-1] + "a" if w.endswith("o") else w for w in words]
    elif m["er"] and words[-1] in ("primero", "tercero"):
        words[-1] = words[-1][:-1]  # el 1.er día: primer
    return " ".join(words)


_RANGE_WORD = {"fr": "à", "es": "a", "de": "bis", "nl": "tot"}
_FOREIGN_RANGE = re.compile(
    r"(?<![\w.,:/-])(?P<a>[0-9]{1,4})\s?[-–]\s?(?P<b>[0-9]{1,4})(?!\w|[.,:/-][0-9])"
)
"""A range of numbers, "12-15" or "1914–1918": "douze à quinze", "doce a quince",
"zwölf bis fünfzehn" (German years as years)."""


def _foreign_range(m: Match, code: str) -> str:
    """Both ends of a range in words, joined by the language's "to"."""
    def year(x: str) -> bool:
        return len(x) == 4 and 1100 <= int(x) <= 1999

    years = code == "de" and year(m["a"]) and (year(m["b"]) or len(m["b"]) == 2)
    try:  # German years as years: "1813–15" is "achtzehnhundertdreizehn bis fünfzehn"
        said = [_foreign_cardinal(int(x), code, years and year(x)) for x in (m["a"], m["b"])]
    except Exception:  # a converter's gap must not stop the book
        return m.group()
    return f"{said[0]} {_RANGE_WORD[code.split('_')[0]]} {said[1]}"


_RU_YEAR = re.compile(
    r"(?:(?P<prep>\b[^\W\d_]{1,6})\s+)?(?<![\w.,:/-])(?P<year>1[0-9]{3}|20[0-9]{2})"
    r"(?P<plural>-х)?\s+(?P<noun>год(?:а|у|ом|ах|ов|ы)?(?!\w)|г\.)",
    re.IGNORECASE,
)
"""A year before "год" in any of its forms, or "г.": Russian reads it as an ordinal in
the noun's case ("с 1881 года" → "с тысяча восемьсот восемьдесят первого года")."""
_RU_CASE_OF_NOUN = {"год": "nom", "года": "gen", "году": "prep", "годом": "ins",
                    "годах": "pl", "годов": "pl", "годы": "pl_nom"}  # fmt: skip
_RU_CASE_OF_PREP = {"в": "prep", "во": "prep", "о": "prep", "к": "dat", "по": "dat"}
_RU_GENITIVE_PREPS = frozenset({"с", "со", "до", "от", "после", "около", "из", "для", "без",
                                "у", "начала", "конца", "середины"})  # fmt: skip
_RU_ENDINGS = {  # nominative ending → (case → ending); "третий" has its own
    "ый": {"gen": "ого", "prep": "ом", "dat": "ому", "ins": "ым", "pl": "ых", "pl_nom": "ые"},
    "ой": {"gen": "ого", "prep": "ом", "dat": "ому", "ins": "ым", "pl": "ых", "pl_nom": "ые"},
    "ий": {"gen": "ьего", "prep": "ьем", "dat": "ьему", "ins": "ьим", "pl": "ьих", "pl_nom": "ьи"},
}
_RU_G_NOUN = {"prep": "году", "dat": "году", "gen": "года", "nom": "год"}


_RU_AFTER_MONTH = re.compile(
    r"(?:(?:январ|феврал|апрел|июн|июл|сентябр|октябр|ноябр|декабр|ма)я|марта|августа)\s+$"
)


def _russian_year(m: Match) -> str:
    noun = m["noun"].lower()
    prep = (m["prep"] or "").lower()
    if noun == "г.":
        case = _RU_CASE_OF_PREP.get(prep, "gen" if prep in _RU_GENITIVE_PREPS else "nom")
        if _RU_AFTER_MONTH.search(m.string, 0, m.start("year")):
            case = "gen"  # "15 марта 1897 г.": the year of a date is "года"
        said_noun = _RU_G_NOUN[case]
    else:
        case = _RU_CASE_OF_NOUN.get(noun, "nom")
        said_noun = m["noun"]
    if m["plural"] and case not in ("pl", "pl_nom"):
        return m.group()
    try:
        ordinal = str(num2words(int(m["year"]), lang="ru", to="ordinal"))
    except Exception:  # a converter's gap must not stop the book
        return m.group()
    head, _, last = ordinal.rpartition(" ")
    if case != "nom" and last[-2:] in _RU_ENDINGS:  # третий → третьего, первый → первого
        last = last[:-2] + _RU_ENDINGS[last[-2:]][case]
    said = f"{head} {last}".strip()
    return f"{m['prep']} {said} {said_noun}" if m["prep"] else f"{said} {said_noun}"


_RU_DAY_MONTH = re.compile(
    r"(?:(?P<word>\b[^\W\d_]{1,9})\s+)?(?<![\w.,:/-])(?P<d>[1-9]|[12][0-9]|3[01])\s+"
    r"(?P<month>(?:январ|феврал|апрел|июн|июл|сентябр|октябр|ноябр|декабр|ма)я|марта|августа)"
    r"(?!\w)"
)
"""A day before its month in the genitive, "15 марта", "к 1 мая": Russian reads the day as
a neuter ordinal, in the case the sentence gives it ("пятнадцатого марта", "к первому
мая"); it was "пятнадцать марта", "к один мая"."""
_RU_DATE_CASE = {"к": "dat", "ко": "dat", "по": "nom", "на": "nom", "под": "nom",
                 "про": "nom", "через": "nom", "сегодня": "nom", "завтра": "nom",
                 "вчера": "nom", "было": "nom", "был": "nom", "будет": "nom",
                 "наступило": "nom", "наступает": "nom", "настало": "nom",
                 "это": "nom"}  # fmt: skip
"""The case of a date after the word before it; after no such word a date says when a
thing happened, in the genitive ("уехал пятнадцатого марта"), and a date alone on its
line (a diary's or a letter's) is in the nominative."""
_RU_NEUTER = {  # masculine ordinal's ending → case → the neuter's ending
    "ый": {"nom": "ое", "gen": "ого", "dat": "ому"},
    "ой": {"nom": "ое", "gen": "ого", "dat": "ому"},
    "ий": {"nom": "ье", "gen": "ьего", "dat": "ьему"},
}


def _russian_day_month(m: Match) -> str:
    word = (m["word"] or "").lower()
    if word in _RU_DATE_CASE:
        case = _RU_DATE_CASE[word]
    else:
        line_start = m.string.rfind("\n", 0, m.start("d")) + 1
        line_end = m.string.find("\n", m.end())
        line = m.string[line_start : None if line_end < 0 else line_end]
        alone = not m["word"] and re.fullmatch(
            r"\s*[0-9]+\s+[^\W\d_]+(?:\s+[0-9]{4}(?:\s*г\.|\s+года)?)?[.,]?\s*", line
        )
        case = "nom" if alone else "gen"
    try:
        ordinal = str(num2words(int(m["d"]), lang="ru", to="ordinal"))
    except Exception:  # a converter's gap must not stop the book
        return m.group()
    head, _, last = ordinal.rpartition(" ")
    if last[-2:] not in _RU_NEUTER:
        return m.group()
    said = f"{head} {last[:-2]}{_RU_NEUTER[last[-2:]][case]}".strip()
    lead = m.string[m.start() : m.start("d")]
    return f"{lead}{said} {m['month']}"


_RU_FORMS = {  # the masculine nominative's ending → the ending a written suffix asks for
    "ый": {"й": "ый", "ой": "ой", "го": "ого", "му": "ому", "ins": "ым", "prep": "ом", "е": "ое",
           "я": "ая", "ю": "ую", "х": "ых", "ми": "ыми", "ые": "ые"},
    "ой": {"й": "ой", "ой": "ой", "го": "ого", "му": "ому", "ins": "ым", "prep": "ом", "е": "ое",
           "я": "ая", "ю": "ую", "х": "ых", "ми": "ыми", "ые": "ые"},
    "ий": {"й": "ий", "ой": "ьей", "го": "ьего", "му": "ьему", "ins": "ьим", "prep": "ьем",
           "е": "ье", "я": "ья", "ю": "ью", "х": "ьих", "ми": "ьими", "ые": "ьи"},
}  # fmt: skip
_RU_SUFFIX_KEY = {
    "ого": "го", "его": "го", "ому": "му", "ему": "му", "ыми": "ми", "ими": "ми", "ый": "й",
    "ий": "й", "ая": "я", "яя": "я", "ое": "е", "ее": "е", "ую": "ю", "юю": "ю", "ых": "х",
    "их": "х", "ым": "ins", "им": "ins", "ом": "prep", "ем": "prep", "ой": "ой", "ей": "ой",
    "ые": "ые", "ие": "ые", "го": "го", "му": "му", "й": "й", "я": "я", "е": "е",
    "ю": "ю", "х": "х", "ти": "gen", "ми": "gen",
}  # fmt: skip
_RU_SUFFIXED = re.compile(
    r"(?:\b(?P<prep>[вВ]о?|[нН]а|[оО]б?|[пП]ри)\s+)?(?<![\w.,:/-])(?P<n>[0-9]{1,4})"
    rf"[-‑](?P<suffix>{'|'.join(sorted(_RU_SUFFIX_KEY, key=len, reverse=True))}|м)(?![\w-])"
)
"""An ordinal written as a figure and its ending: "5-го мая" пятого, "в 3-м классе" в
третьем, "2-й день" второй, "21-го числа" двадцать первого. espeak read the figure and the
ending apart ("пять-го"). A bare "-м" is the prepositional after в, на, о, при ("в 3-м
классе"), else the instrumental ("3-м номером"). A count's endings are a cardinal's
genitive: "3-х лет" трёх, "5-ти" пяти, "7-ми" семи ("60-х годах" is the ordinal's
шестидесятых)."""
_RU_YEARS_AFTER = re.compile(r"\s+(?:годы|гг\.)")
_RU_FEMININE_OBLIQUE = re.compile(r"\s+[а-яё]+(?:е|и|ы|ой|ей)(?![\w-])")
"""A noun after "5-й" in a feminine case other than the nominative ("на 5-й странице",
"5-й роты"): "-й" is then "пятой", not "пятый" ("2-й день", "в 5-й раз")."""


def _russian_ordinal(value: int, key: str) -> str | None:
    """`value` as a Russian ordinal with the ending `key` of `_RU_FORMS` asks for; None where
    num2words has no such ordinal."""
    try:
        words = str(num2words(value, lang="ru", to="ordinal"))
    except Exception:  # a converter's gap must not stop the book
        return None
    head, _, last = words.rpartition(" ")
    forms = _RU_FORMS.get(last[-2:])
    if forms is None or key not in forms:
        return None
    return f"{head} {last[:-2]}{forms[key]}".strip()


def _russian_suffixed(m: Match) -> str:
    suffix, value = m["suffix"], int(m["n"])
    key = _RU_SUFFIX_KEY.get(suffix) or ("prep" if m["prep"] else "ins")
    if key == "й" and _RU_FEMININE_OBLIQUE.match(m.string, m.end()):
        key = "ой"
    elif key == "е" and _RU_YEARS_AFTER.match(m.string, m.end()):
        key = "ые"  # "в 1990-е годы" девяностые
    if key == "gen" or (key == "х" and value % 10 in (2, 3, 4) and value % 100 not in (12, 13, 14)
                        and value < 100):
        try:
            said: str | None = str(num2words(value, lang="ru", case="genitive"))
        except Exception:  # a converter's gap must not stop the book
            said = None
    else:
        said = _russian_ordinal(value, key)
    if said is None:
        return m.group()
    return f"{m['prep']} {said}" if m["prep"] else said


_UK_FORMS = {  # a form's key → (the hard ordinal's ending, the soft one's: "третій")
    "m_nom": ("ий", "ій"), "m_gen": ("ого", "ього"), "m_dat": ("ому", "ьому"),
    "m_ins": ("им", "ім"), "f_nom": ("а", "я"), "f_gen": ("ої", "ьої"), "f_loc": ("ій", "ій"),
    "f_acc": ("у", "ю"), "n_nom": ("е", "є"), "n_gen": ("ого", "ього"), "n_loc": ("ому", "ьому"),
    "n_ins": ("им", "ім"), "pl": ("і", "і"), "pl_gen": ("их", "іх"),
}  # fmt: skip
_UK_SUFFIX_KEY = {
    "й": "m_nom", "ий": "m_nom", "ій": "m_nom", "го": "m_gen", "ого": "m_gen", "ього": "m_gen",
    "му": "m_dat", "ому": "m_dat", "ьому": "m_dat", "м": "m_ins", "им": "m_ins",
    "а": "f_nom", "я": "f_nom", "ша": "f_nom", "га": "f_nom", "тя": "f_nom", "та": "f_nom",
    "ї": "f_gen", "ої": "f_gen", "ьої": "f_gen", "у": "f_acc", "ю": "f_acc",
    "е": "n_nom", "є": "n_nom", "ше": "n_nom", "ге": "n_nom", "тє": "n_nom", "те": "n_nom",
    "і": "pl", "ті": "pl", "х": "pl_gen", "их": "pl_gen", "іх": "pl_gen",
}  # fmt: skip
_UK_SUFFIXED = re.compile(
    r"(?:\b(?P<prep>[оО]б?|[уУвВ]|[нН]а|[пП]о|[пП]ри)\s+)?(?<![\w.,:/-])(?P<n>[0-9]{1,4})"
    rf"[-‑](?P<suffix>{'|'.join(sorted(_UK_SUFFIX_KEY, key=len, reverse=True))})(?![\w'’-])"
)
"""A Ukrainian ordinal written as a figure and its ending: "3-го серпня" третього, "1-й
клас" перший, "2-га година" друга, "3-тя рота" третя, "у 60-х роках" шістдесятих,
"у 20-ті роки" двадцяті. espeak read the figure and the ending apart ("три-го", "два-га"),
and the Russian rules do not know the Ukrainian endings. "-й" is the masculine
nominative, but the feminine locative after "о" (an hour: "о 6-й ранку" о шостій) or
before a feminine noun in the dative or locative ("на 5-й сторінці" п'ятій)."""
_UK_FEMININE_OBLIQUE = re.compile(r"\s+[а-щьюяєіїґ'’]+[іїй](?![\w-])")
"""A feminine noun in the dative or locative after "5-й" ("сторінці", "годині", "роті")."""


def ukrainian_ordinal(value: int, key: str) -> str | None:
    """`value` as a Ukrainian ordinal in the form `key` of `_UK_FORMS` ("m_gen": третього);
    only its last word declines ("двадцять першого"). None where num2words has none."""
    try:
        words = str(num2words(value, lang="uk", to="ordinal"))
    except Exception:  # a converter's gap must not stop the book
        return None
    head, _, last = words.rpartition(" ")
    if last.endswith("ій"):
        stem, soft = last[:-2], True
    elif last.endswith("ий"):
        stem, soft = last[:-2], False
    else:
        return None
    return f"{head} {stem}{_UK_FORMS[key][soft]}".strip()


def _ukrainian_suffixed(m: Match) -> str:
    key = _UK_SUFFIX_KEY[m["suffix"]]
    prep = (m["prep"] or "").lower()
    if key == "m_nom" and m["suffix"] == "й" and (
        prep in ("о", "об") or _UK_FEMININE_OBLIQUE.match(m.string, m.end())
    ):
        key = "f_loc"
    said = ukrainian_ordinal(int(m["n"]), key)
    if said is None:
        return m.group()
    return f"{m['prep']} {said}" if m["prep"] else said


_RU_ROMAN = re.compile(
    r"(?:(?P<before>\b[А-ЯЁа-яё]+)\s+)?(?<![\w.-])(?P<num>[IVXL]{2,7}|[IVX])(?![\w'’-])"
    r"(?!\.\s*[А-ЯЁA-Z0-9])"
    r"(?:\s+(?P<after>[а-яё]+)(?![\w-]))?"
)
"""A Roman numeral in a Russian sentence, which the Russian voice reads as English letters
("(en) I I I"): an ordinal, as a reader says it. After a name a ruler's ("Петр I" Петр
первый, "Екатерина II" вторая); before a noun in the noun's case ("ученик III класса"
третьего, "в V веке" пятом); after a noun of its own ("глава III", "том II") in the
noun's gender. A lone numeral, with no word beside it, is left alone (a heading's)."""
_RU_FEMININE = frozenset(
    {"глава", "часть", "книга", "песнь", "песня", "картина", "сцена", "серия", "статья",
     "таблица", "лекция", "редакция", "дума", "екатерина", "елизавета", "анна", "мария"}
)  # fmt: skip
_RU_NEUTER_NOUNS = frozenset({"действие", "явление", "отделение", "письмо", "издание", "послание"})
_RU_MASCULINE_NOUNS = frozenset(
    {"том", "раздел", "параграф", "пункт", "акт", "выпуск", "класс", "отдел", "съезд", "век",
     "альбом", "сборник", "номер"}
)  # fmt: skip
"""Nouns a numeral follows in the nominative ("Том XIX вышел", "акт II")."""


def _ru_case_of(noun: str) -> str:
    """The case a masculine noun's ending shows ("класса" genitive, "классе" prepositional)."""
    for ending, case in (("ом", "ins"), ("ем", "ins"), ("ах", "х"), ("ях", "х"), ("а", "го"),
                         ("я", "го"), ("е", "prep"), ("у", "му"), ("ю", "му")):  # fmt: skip
        if noun.endswith(ending):
            return case
    return "й"


_RU_NOT_NAMES = frozenset(
    {"в", "во", "на", "о", "об", "при", "для", "под", "над", "без", "про", "через", "около",
     "после", "до", "от", "из", "за", "с", "со", "к", "по", "и", "а", "но", "или", "уже"}
)  # fmt: skip
"""Words that open a sentence with a capital and are no ruler's name ("В III классе")."""


def _russian_roman(m: Match) -> str:
    value = roman_value(m["num"])
    before, after = m["before"] or "", m["after"] or ""
    name = (before[:1].isupper() and before[1:].islower() and len(before) > 1
            and before.lower() not in _RU_NOT_NAMES)  # fmt: skip
    if not value or (len(m["num"]) == 1 and not name):
        return m.group()  # a lone "I" only after a name: "Петр I"
    if before.lower() in _RU_FEMININE:
        key = "я"  # "Екатерина II" вторая, "глава III" третья
    elif before.lower() in _RU_NEUTER_NOUNS:
        key = "е"
    elif before.lower() in _RU_MASCULINE_NOUNS:
        key = "й"  # "Том XIX" девятнадцатый
    elif name:
        key = _ru_case_of(before)  # "Петр I" первый, "при Петре I" первом, "Петра I" первого
    elif after:
        key = _ru_case_of(after)  # "ученик III класса" третьего
    else:
        return m.group()
    said = _russian_ordinal(value, key)
    if said is None:
        return m.group()
    lead = f"{m['before']} " if m["before"] else ""
    return f"{lead}{said}" + (f" {after}" if after else "")


_REGNAL_NAMES = {
    "es": ("Felipe", "Carlos", "Fernando", "Alfonso", "Juan", "Enrique", "Pedro", "Jaime",
           "Sancho", "Ramiro", "Ordoño", "Bermudo", "García", "Luis", "Pío", "León", "Gregorio",
           "Benedicto", "Pablo", "Clemente", "Inocencio", "Urbano", "Napoleón", "Jorge",
           "Guillermo", "Eduardo", "Federico", "Nicolás", "Alejandro", "Amadeo", "Isabel",
           "Juana", "Catalina", "María", "Urraca", "Cristina", "Victoria"),
    "pt": ("Pedro", "João", "Manuel", "José", "Afonso", "Sancho", "Dinis", "Fernando",
           "Duarte", "Sebastião", "Filipe", "Carlos", "Luís", "Luiz", "Miguel", "Henrique",
           "Bento", "Pio", "Leão", "Gregório", "Paulo", "Napoleão", "Jorge", "Guilherme",
           "Eduardo", "Frederico", "Nicolau", "Alexandre", "Maria", "Isabel", "Catarina",
           "Vitória", "Teresa", "Urraca"),
}  # fmt: skip
_REGNAL_WOMEN = frozenset(
    {"Isabel", "Juana", "Catalina", "María", "Urraca", "Cristina", "Victoria", "Maria",
     "Catarina", "Vitória", "Teresa"}
)  # fmt: skip
_PL_REGNAL = (
    "Zygmunt", "Kazimierz", "Władysław", "Bolesław", "Mieszk", "Jan", "Stefan", "August",
    "Henryk", "Aleksander", "Stanisław", "Michał", "Leszk", "Przemysł", "Wacław", "Ludwik",
    "Karol", "Fryderyk", "Piotr", "Mikołaj", "Napoleon", "Paweł", "Benedykt", "Pius", "Leon",
    "Grzegorz", "Wilhelm", "Franciszek", "Józef",
)  # fmt: skip
"""Polish rulers' names without their case ending ("Mieszk-o", "Zygmunt-a")."""
_PL_CASE_OF_ENDING = {"": "nom", "o": "nom", "a": "gen", "owi": "dat", "em": "ins", "iem": "ins"}
_PL_ORDINAL_ENDING = {  # the ordinal's nominative ending → (case → ending)
    "y": {"nom": "y", "gen": "ego", "dat": "emu", "ins": "ym"},
    "i": {"nom": "i", "gen": "iego", "dat": "iemu", "ins": "im"},
}
_FOREIGN_REGNAL_RE = {
    lang: re.compile(
        rf"(?<![\w.])(?P<name>{'|'.join(names)})\s+(?P<num>[IVXL]+)(?![\w'’-]|\.\s+[A-ZÀ-Ý])"
    )
    for lang, names in _REGNAL_NAMES.items()
}
_FOREIGN_REGNAL_RE["pl"] = re.compile(
    rf"(?<![\w.])(?P<name>(?P<stem>{'|'.join(_PL_REGNAL)})(?P<end>owi|iem|em|o|a|)|Paw(?:ła|łowi|łem)"
    r"|Piotr(?:a|owi|em)?)\s+(?P<num>[IVX]+)(?![\w'’-]|\.\s+[A-ZÀ-Ý])"
)
"""A ruler's numeral after his name: "Felipe VI" (Spanish "sexto"), "D. Pedro II"
(Portuguese "segundo"), "Zygmunta I Starego" (Polish "Pierwszego", in the name's case).
Spanish and Portuguese say an ordinal up to ten and a cardinal past it ("Alfonso XIII",
"trece"). espeak reads the letters ("uve i") or, for "I", the pronoun."""


def _foreign_regnal(m: Match, code: str) -> str:
    lang = code.split("_")[0]
    value = roman_value(m["num"])
    if not value:
        return m.group()
    if lang == "pl":
        end = m["end"] if m["end"] is not None else {"ła": "a", "łowi": "owi", "łem": "em"}.get(
            m["name"][4:], "")
        words = str(num2words(value, lang="pl", to="ordinal")).split()
        case = _PL_CASE_OF_ENDING.get(end, "nom")
        words = [w[:-1] + _PL_ORDINAL_ENDING[w[-1]][case] if w[-1] in "yi" else w for w in words]
        said = " ".join(words)
    elif value <= 10:
        said = str(num2words(value, lang=code, to="ordinal"))
        if m["name"] in _REGNAL_WOMEN:
            said = " ".join(w[:-1] + "a" if w.endswith("o") else w for w in said.split())
    else:
        said = str(num2words(value, lang=code))
    return f"{m['name']} {said[:1].upper()}{said[1:]}"


_CENTURY_RE = {
    "ru": re.compile(
        r"(?:(?P<prep>\b[^\W\d_]{1,8})\s+)?(?<![\w.])(?P<num>[IVXL]+)\s+"
        r"(?P<noun>в\.|век(?:а|е|у|ом)?(?!\w))"
    ),
    "pl": re.compile(
        r"(?:(?P<prep>\b[^\W\d_]{1,8})\s+)?(?<![\w.])(?P<num>[IVXL]+)\s+"
        r"(?P<noun>w\.(?!\w)|wiek(?:u|iem)?(?!\w))"
    ),
    "uk": re.compile(
        r"(?:(?P<prep>\b[^\W\d_]{1,8})\s+)?(?<![\w.])(?P<num>[IVXL]+)\s+"
        r"(?P<noun>ст\.|століття|столітті|століттям)(?!\w)"
    ),
}
"""A century in Roman numerals before the word for century, or its "в."/"w.": "в XIX в."
(в девятнадцатом веке), "z XVI w." (z szesnastego wieku), in the case the preposition or
the written noun gives; espeak reads the letters, the Russian voice in English."""
_PL_CASE_OF_PREP = {"w": "loc", "we": "loc", "o": "loc", "przy": "loc", "ku": "dat",
                    "przez": "nom", "na": "nom"}  # fmt: skip
_PL_CENTURY_NOUN = {"nom": "wiek", "gen": "wieku", "loc": "wieku", "dat": "wiekowi",
                    "ins": "wiekiem"}  # fmt: skip
_PL_CASE_OF_NOUN = {"wieku": "gen", "wiekiem": "ins", "wiek": "nom"}
_PL_CENTURY_ENDING = {
    "y": {"nom": "y", "gen": "ego", "loc": "ym", "dat": "emu", "ins": "ym"},
    "i": {"nom": "i", "gen": "iego", "loc": "im", "dat": "iemu", "ins": "im"},
}
_UK_CENTURY_NOUN = {"nom": "століття", "gen": "століття", "loc": "столітті", "ins": "століттям"}
_UK_CASE_OF_CENTURY = {"столітті": "loc", "століттям": "ins"}
_UK_LOCATIVE_PREPS = frozenset({"у", "в", "на", "при", "по"})
"""A Ukrainian century: "XIX ст." is "століття", neuter, in the locative after у, в, на, при
("у XIX ст." у дев'ятнадцятому столітті), in the genitive after any other word ("з XVI
ст.", "література XIX ст."), in the nominative with none before it (a heading's "XIX ст.")."""
_RU_CENTURY_NOUN = {"nom": "век", "gen": "века", "prep": "веке", "dat": "веку", "ins": "веком"}
_RU_CASE_OF_CENTURY = {"век": "nom", "века": "gen", "веке": "prep", "веку": "dat", "веком": "ins"}


HU_MONTHS = ("január", "február", "március", "április", "május", "június", "július",
             "augusztus", "szeptember", "október", "november", "december")
_HU_ORDINAL = re.compile(
    r"(?<![\w.,])(?P<n>[0-9]{1,4})\.(?=\s+[^\W\d_])(?=\s+(?P<next>[a-záéíóöőúüű]))"
)
"""A Hungarian figure with a dot before a small word is an ordinal ("a 9. zászlóaljba" a
kilencedik zászlóaljba, "20. füzet" huszadik füzet, "az 1831. évi" ezernyolcszáz-
harmincegyedik évi); a year's dot before its month is the date's ("1849. május"
ezernyolcszáznegyvenkilenc május): that year is said as a number."""
_HU_MONTH_NEXT = re.compile(rf"\s+(?i:{'|'.join(HU_MONTHS)}|{'|'.join(m[:3] for m in HU_MONTHS)})")
_HU_DAY = re.compile(
    rf"(?<![\w-])(?P<month>(?i:{'|'.join(HU_MONTHS)}))\s+(?P<d>[12][0-9]|3[01]|0?[1-9])"
    r"-(?P<suffix>[a-záéíóöőúüű]{1,4})(?![\w-])"
)
"""A day after its month with a case ending ("május 21-én", "január 1-étől", "márc. 15-ig"):
the day's ordinal, possessed, with the ending: huszonegyedikén, elsejétől, tizenötödikéig."""
_HU_DAY_ENDINGS = (
    (re.compile(r"j?[áé]n"), "n"), (re.compile(r"j?[áé]?ig"), "ig"),
    (re.compile(r"j?[áé]?t[óő]l"), "tól"), (re.compile(r"j?[áé]r[ae]"), "ra"),
    (re.compile(r"j?[ae]?i"), "i"), (re.compile(r"j?[ae]"), ""),
)  # fmt: skip


def _hungarian_roman(m: Match) -> str:
    """`HU_ROMAN_DOT`: "XVI. Lajos" tizenhatodik Lajos, "a XI. törvénycikk" a tizenegyedik."""
    value = roman_value(m["roman"])
    if not value or not hu_roman_ordinal(m):
        return m.group()
    return str(num2words(value, lang="hu", to="ordinal"))


_HU_STREET_BEFORE = re.compile(r"(?<!\w)(?:utca|utcza|út|tér|körút|köz|sor|u\.)\s+$")


def _hungarian_ordinal(m: Match) -> str:
    n = int(m["n"])
    if n >= 1000 and _HU_MONTH_NEXT.match(m.string, m.end()):  # "1849. május 21-én"
        return _foreign_cardinal(n, "hu")
    if _HU_STREET_BEFORE.search(m.string, 0, m.start()):  # "Dohány utca 373. szám": a house
        return _foreign_cardinal(n, "hu")
    return str(num2words(n, lang="hu", to="ordinal"))  # "az 1831. évi" -harmincegyedik évi


def _hungarian_day(m: Match) -> str:
    """`_HU_DAY`: "május 21-én" május huszonegyedikén. The ordinal takes the possessive
    ending ("huszonegyedike", "elseje"), lengthened before a case ending, whose vowel
    follows the word's (másodikától, negyedikétől). An ending not known stays as written."""
    said = _hungarian_day_said(int(m["d"]), m["suffix"])
    return f"{m['month']} {said}" if said else m.group()


def _hungarian_day_said(n: int, suffix: str) -> str | None:
    """The day `n` with its written ending `suffix` ("21", "én"): huszonegyedikén; None
    for an ending not known."""
    ending = next((e for pattern, e in _HU_DAY_ENDINGS if pattern.fullmatch(suffix)), None)
    if ending is None:
        return None
    ordinal = str(num2words(n, lang="hu", to="ordinal"))
    back = n != 1 and ordinal.endswith(("adik", "odik"))
    owned = "elseje" if n == 1 else ordinal + ("a" if back else "e")
    if ending in ("", "i"):
        said = owned + ending
    else:
        said = owned[:-1] + ("á" if back else "é") + (
            ending if back or ending in ("n", "ig") else {"tól": "től", "ra": "re"}[ending]
        )
    return said


_PL_YEAR = re.compile(
    r"(?:(?P<prep>\b[^\W\d_]{1,8})\s+)?(?<![\w.,])(?P<y>1[0-9]{3}|20[0-9]{2})\s+"
    r"(?P<noun>r\.|roku)(?!\w)"
)
"""A Polish year before "r." or "roku": an ordinal in the genitive ("od 1956 r." od tysiąc
dziewięćset pięćdziesiątego szóstego roku), the locative after "w", "o", "po", "przy"
("w 1989 r." w tysiąc dziewięćset osiemdziesiątym dziewiątym roku); "r." is "roku"."""


_PL_YEAR_AFTER = re.compile(
    r"(?:(?P<prep>\b[^\W\d_]{1,8})\s+)?\b(?P<noun>[Rr]oku)\s+(?P<y>1[0-9]{3}|20[0-9]{2})(?![\d,.]\d)"
)
"""A Polish year after "roku", as older books and "w r. 1872" write it: the same ordinal,
in the locative after "w", "o", "po", "przy" ("w roku 1872" w roku tysiąc osiemset
siedemdziesiątym drugim), else the genitive ("od roku 1872", "dnia 3 maja roku 1871")."""


def _polish_year_words(m: Match) -> str:
    """The year of `m` as an ordinal in the case its preposition gives: the locative
    after "w", "o", "po", "przy", else the genitive."""
    prep = (m["prep"] or "").lower()
    case = "loc" if prep in ("w", "we", "o", "po", "przy") else "gen"
    words = str(num2words(int(m["y"]), lang="pl", to="ordinal")).split()
    return " ".join(w[:-1] + _PL_CENTURY_ENDING[w[-1]][case] if w[-1] in "yi" else w for w in words)


def _polish_year_after(m: Match) -> str:
    said = f"{m['noun']} {_polish_year_words(m)}"
    return f"{m['prep']} {said}" if m["prep"] else said


def _polish_year(m: Match) -> str:
    said = f"{_polish_year_words(m)} roku"
    if m["noun"] == "r." and re.match(r"[\"'”’»)]*(?:\s*$|\s+[A-ZŁŚŻŹĆ])", m.string[m.end() :]):
        said += "."  # the dot also ended the sentence
    return f"{m['prep']} {said}" if m["prep"] else said


def _century(m: Match, lang: str) -> str:
    value = roman_value(m["num"])
    if not value or value > 21:
        return m.group()
    prep = (m["prep"] or "").lower()
    noun = m["noun"].lower()
    words = str(num2words(value, lang=lang, to="ordinal")).split()
    if lang == "ru":
        if noun == "в.":
            case = _RU_CASE_OF_PREP.get(prep, "gen" if prep in _RU_GENITIVE_PREPS else "nom")
            said_noun = _RU_CENTURY_NOUN[case]
        else:
            case, said_noun = _RU_CASE_OF_CENTURY.get(noun, "nom"), m["noun"]
        if case != "nom":
            words = [w[:-2] + _RU_ENDINGS[w[-2:]][case] if w[-2:] in _RU_ENDINGS else w
                     for w in words]  # fmt: skip
    elif lang == "uk":  # "у XIX ст." у дев'ятнадцятому столітті, "з XVI ст." шістнадцятого
        case = _UK_CASE_OF_CENTURY.get(noun) or (
            "loc" if prep in _UK_LOCATIVE_PREPS else "gen" if prep else "nom"
        )
        said_noun = m["noun"] if noun != "ст." else _UK_CENTURY_NOUN[case]
        said = ukrainian_ordinal(value, "n_" + case)
        if said is None:
            return m.group()
        words = [said]
        if noun == "ст." and re.match(r"[\"'”’»)]*(?:\s*$|\s+[А-ЯІЇЄҐ])", m.string[m.end() :]):
            said_noun += "."  # the dot also ended the sentence
    else:
        if noun == "w.":
            case = _PL_CASE_OF_PREP.get(prep, "gen")  # "z XVI w.", "budowla XVI w."
            said_noun = _PL_CENTURY_NOUN[case]
        else:
            case = _PL_CASE_OF_NOUN.get(noun, "gen")
            case = "loc" if case == "gen" and prep in ("w", "we", "o", "przy") else case
            said_noun = m["noun"]
        words = [w[:-1] + _PL_CENTURY_ENDING[w[-1]][case] if w[-1] in "yi" else w for w in words]
    said = f"{' '.join(words)} {said_noun}"
    return f"{m['prep']} {said}" if m["prep"] else said


# --------------------------------------------------------------------------- dates and ordinals
# of the Nordic and Central European languages, Dutch and Portuguese

_DAY = r"(?P<d>[1-9]|[12][0-9]|3[01])"
_DAY_MONTHS = {
    "sv": "januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november"
          "|december|(?:jan|febr|feb|apr|aug|sept|sep|okt|nov|dec)\\.",
    "da": "januar|februar|marts|april|maj|juni|juli|august|september|oktober|november"
          "|december|(?:jan|febr|feb|apr|aug|sept|sep|okt|oct|nov|dec)\\.",
    "no": "januar|februar|mars|marts|april|mai|juni|juli|august|september|oktober|november"
          "|desember|december|(?:jan|febr|feb|apr|aug|sept|sep|okt|nov|des|dec)\\.",
    "pl": "stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października"
          "|listopada|grudnia",
    "cs": "ledna|února|března|dubna|května|června|července|srpna|září|října|listopadu"
          "|prosince",
}  # fmt: skip
"""The months a day's number is said before as an ordinal: Swedish, Danish and Norwegian
in any form, Polish and Czech in the genitive that a date puts them in."""
_DAY_JOIN = r"\s*(?:[–-]|\s(?:och|og|eller|till|til|i|a|lub|albo|nebo|až|do)\s)\s*"
_DAY_MONTH_RE = {
    lang: re.compile(
        r"(?:(?P<prep>\b[^\W\d_]{1,6})\s+)?(?<![\w.,:/])(?<![^\W\d_][–-])(?<![0-9]{3}[–-])"
        + _DAY + (dot := r"\." if lang == "cs" else r"\.?")
        + rf"(?=(?:{_DAY_JOIN}[0-9]{{1,2}}{dot})?\s+(?i:{months})(?!\w))"
    )
    for lang, months in _DAY_MONTHS.items()
}
"""A day of the month before the month's name: "den 17 Mars" (Swedish "den sjuttonde
mars"), "Den 2. April" (Danish "Den anden april"), "den 17. mai", "Dnia 3 maja" (Polish
"trzeciego maja"), "15. května" (Czech "patnáctého května", the dot its ordinal's), and
both days of "den 3 och 4 maj", "3–5 maj". Said as a cardinal these were "den sjutton
Mars", "Den to. April", "dnia trzy maja"."""
_SR_MONTHS = (
    "јануара|фебруара|марта|априла|маја|јуна|јула|августа|септембра|октобра|новембра|децембра"
    "|januara|februara|marta|aprila|maja|juna|jula|avgusta|augusta|septembra|oktobra"
    "|novembra|decembra"
)
_SR_ORDINAL_DOT = re.compile(
    r"(?<![\w.,:/])(?P<n>[1-9][0-9]{0,3})\.(?=\s+(?P<next>[^\W\d_A-ZА-ЯЂЈЉЊЋЏČĆĐŠŽ][\w.]*))"
)
"""Serbian writes an ordinal as a figure with a dot, as Czech does: "15. маја" is
"петнаестог маја", "1868. године" "хиљаду осамсто шездесет осме године". A day before its
month (genitive) is said as the masculine genitive, a year before "године", "години",
"годину", "година" (or "год.", "г.") in the noun's case; before any other small word the
dot is dropped and the figure said as it is, since espeak paused at the dot after the
number's words ("petnaest. маја"). Before a capital the dot may end a sentence."""
_SR_YEAR_ENDING = {"године": "e", "godine": "e", "години": "oj", "godini": "oj", "годину": "u",
                   "godinu": "u", "година": "a", "godina": "a", "год.": "e", "god.": "e",
                   "г.": "e", "g.": "e", "год": "e", "god": "e"}  # fmt: skip
_SR_ORDINAL_STEM = {"jedan": "prv", "jedna": "prv", "dva": "drug", "dve": "drug", "tri": "treć",
                    "četiri": "četvrt", "sedam": "sedm", "osam": "osm", "sto": "stot",
                    "hiljada": "hiljadit", "hiljade": "hiljadit"}  # fmt: skip


def _serbian_ordinal(n: int, ending: str) -> str | None:
    """`n` as a Serbian ordinal with an adjective's `ending` ("og" masculine genitive, "e"
    feminine genitive): the cardinal's last word made ordinal ("osam" → "osme", "tri" →
    "trećeg"), the words before it as they are ("hiljadu osamsto šezdeset osme")."""
    try:
        words = str(num2words(n, lang="sr")).split()
    except Exception:  # a converter's gap must not stop the book
        return None
    if words[:2] == ["jedna", "hiljada"]:
        words[:2] = ["hiljadu"] if len(words) > 2 else ["hiljadit"]
    last = words[-1]
    stem = _SR_ORDINAL_STEM.get(last) or (last + "t" if last.endswith(("sto", "sta")) else last)
    if stem.endswith("ć") and ending in ("og", "om", "o"):
        ending = "e" + ending[1:]  # trećeg, trećem, treće
    words[-1] = stem + ending
    return " ".join(words)


_SR_ROMAN = re.compile(
    r"(?:(?P<before>\b[^\W\d_]+)\s+)?(?<![\w.-])(?P<num>[IVXL]{2,7}|[IVX])(?![\w'’.-])"
    r"(?:\s+(?P<after>[a-zčćđšžа-яђјљњћџ]+)(?![\w-]))?"
)
"""A Roman numeral in a Serbian sentence, which espeak reads as "rimsko dva": an ordinal,
before a noun in the noun's case ("у XV веку" petnaestom веку, "XIX века" devetnaestog,
"II светски рат" drugi), after a ruler's name in the nominative ("Петар II" drugi). A
numeral alone (a heading's, "II →") is left, and a lone "I", "V" or "X" unless a name
comes before it."""
_SR_HEADING_NOUNS = {"глава": "a", "glava": "a", "књига": "a", "knjiga": "a", "свеска": "a",
                     "sveska": "a", "песма": "a", "pesma": "a", "поглавље": "o",
                     "poglavlje": "o", "део": "i", "deo": "i", "dio": "i", "том": "i",
                     "tom": "i"}  # fmt: skip
"""Nouns a numeral follows in their gender ("Глава III" treća, "Поглавље II" drugo)."""
_SR_CASE_ENDINGS = (("ом", "im"), ("ем", "im"), ("om", "im"), ("em", "im"), ("у", "om"),
                    ("u", "om"), ("ју", "om"), ("а", "og"), ("a", "og"))  # fmt: skip


def _serbian_roman(m: Match) -> str:
    value = roman_value(m["num"])
    before, after = m["before"] or "", m["after"] or ""
    name = before[:1].isupper() and before[1:].islower() and len(before) > 2
    if not value or (len(m["num"]) == 1 and not name and before.lower() not in _SR_HEADING_NOUNS):
        return m.group()
    if not (name or after or before.lower() in _SR_HEADING_NOUNS):
        return m.group()
    ending = _SR_HEADING_NOUNS.get(before.lower(), "i")  # "Глава III" treća
    if not name and not after and before.lower() not in _SR_HEADING_NOUNS:
        return m.group()
    if not name and after and before.lower() not in _SR_HEADING_NOUNS:
        ending = next((e for end, e in _SR_CASE_ENDINGS if after.endswith(end)), "i")
    said = _serbian_ordinal(value, ending)
    if said is None:
        return m.group()
    lead = f"{m['before']} " if m["before"] else ""
    return f"{lead}{said}" + (f" {after}" if after else "")


def _serbian_ordinal_dot(m: Match) -> str:
    n, after = int(m["n"]), m["next"]
    said = None
    if re.fullmatch(_SR_MONTHS, after.rstrip(".,;:")) and n <= 31:
        said = _serbian_ordinal(n, "og")
    elif (ending := _SR_YEAR_ENDING.get(after.rstrip(",;:"))) or (
        ending := _SR_YEAR_ENDING.get(after.rstrip(".,;:"))
    ):
        said = _serbian_ordinal(n, ending)
    return said if said else m["n"]


_PT_FIRST_DAY = re.compile(
    r"(?<![\w.,:/–-])1(?=\s+de\s+(?i:" + _ROMANCE_MONTHS["pt"] + r")(?!\w))"
)
"""Portuguese says only the first of a month as an ordinal: "a 1 de novembro" is "a
primeiro de novembro", "a 2 de dezembro" "a dois de dezembro"."""

_SUFFIXED_ORDINAL = {
    "sv": re.compile(
        r"(?<![\w.,:/–-])(?P<n>[1-9][0-9]?):(?P<suffix>dje|dra|sta|nde|de|te|a|e)(?!\w)"
    ),
    "da": re.compile(r"(?<![\w.,:/–-])(?P<n>[1-9][0-9]?)(?P<suffix>ste|den|dje|die|de|te)(?!\w)"),
    "no": re.compile(
        r"(?<![\w.,:/–-])(?P<n>[1-9][0-9]?)(?P<suffix>ste|den|dre|dje|die|de|te)(?!\w)"
    ),
    "nl": re.compile(r"(?<![\w.,:/–-])(?P<n>[1-9][0-9]?)(?P<suffix>sten|ste|den|de|e)(?!\w)"),
}  # fmt: skip
"""An ordinal written as a number and its word's ending: Swedish "3:dje" tredje, "1:a"
första, "20:de" tjugonde; Danish and Norwegian "1ste", "2den", "3die", "6te", "17de";
Dutch "1ste", "2de", "3den", "12den", "8ste". The ending must be the ordinal's own ("3:a",
"5de" are left as written)."""
_OLD_ORDINAL_ENDINGS = {("da", 3, "die"), ("no", 3, "die"), ("no", 2, "den")}
"""Endings from an older spelling than num2words' words: "3die" (tredie), Norwegian "2den"
(anden)."""


def _small_ordinal(n: int, lang: str) -> str | None:
    """`n` (1 to 39) as an ordinal word; num2words' words mended where they are wrong:
    Swedish "tjugode" is "tjugonde", Danish "tredivete" "tredivte", Norwegian
    "trettførste" (13th) "trettende"; "anden" in a Norwegian date of Danish spelling."""
    if not 0 < n < 40:
        return None
    said = str(num2words(n, lang=lang, to="ordinal"))
    if lang == "sv":
        return said.replace("tjugode", "tjugonde")
    if lang == "da":
        return said.replace("tredivete", "tredivte")
    if lang == "no":
        return "trettende" if n == 13 else said
    return said


_PL_DATE_CASE = {"po": "loc", "o": "loc", "w": "loc", "przy": "loc", "przed": "ins",
                 "za": "ins", "nad": "ins", "pod": "ins", "między": "ins"}  # fmt: skip
_CS_DATE_CASE = {"po": "loc", "o": "loc", "při": "loc", "v": "loc", "ve": "loc", "mezi": "ins",
                 "k": "dat", "ke": "dat", "ku": "dat"}  # fmt: skip
_CS_ENDINGS = {
    "ý": {"nom": "ý", "gen": "ého", "dat": "ému", "loc": "ém", "ins": "ým"},
    "í": {"nom": "í", "gen": "ího", "dat": "ímu", "loc": "ím", "ins": "ím"},
}


def _czech_case(words: str, case: str) -> str:
    """A Czech masculine ordinal ("dvacátý první") in a case: "dvacátého prvního"."""
    return " ".join(w[:-1] + _CS_ENDINGS[w[-1]][case] if w[-1] in _CS_ENDINGS else w
                    for w in words.split())  # fmt: skip


def _day_of_month(m: Match, lang: str) -> str:
    day = int(m["d"])
    prep = m["prep"] or ""
    case = ""
    if lang == "pl":
        case = _PL_DATE_CASE.get(prep.lower(), "gen")
        words = str(num2words(day, lang="pl", to="ordinal")).split()
        said = " ".join(
            w[:-1] + _PL_CENTURY_ENDING[w[-1]][case] if w[-1] in "yi" else w for w in words
        )
    elif lang == "cs":
        case = _CS_DATE_CASE.get(prep.lower(), "gen")
        said = _czech_case(_czech_ordinal(day, "m") or str(day), case)
    else:
        said = _small_ordinal(day, lang) or m["d"]
    return f"{prep} {said}" if prep else said


def _suffixed_ordinal(m: Match, lang: str) -> str:
    n, suffix = int(m["n"]), m["suffix"]
    said = _small_ordinal(n, lang)
    if said is None:
        return m.group()
    if (lang, n, suffix) in _OLD_ORDINAL_ENDINGS:
        return "anden" if suffix == "den" else said
    if said.endswith(suffix) or (lang == "nl" and (said + "n").endswith(suffix)):
        return said  # Dutch "den 3den Mei": "derde", as it is said now
    return m.group()


_NORDIC_DOT_ORDINAL = re.compile(
    r"\b(?P<art>(?i:den|det|de|sin|sit|sine|hans|hendes|dens|dets|deres|vor|vort|vores|min"
    r"|mit|din|dit|hver|hvert|i|paa|på))\s+(?<![\w.,])(?P<n>[1-9][0-9]?)\.\s+(?=[^\W\d_])"
    r"|(?<![\w.,:/–-])(?<![Kk]l\.\s)(?<!Klokken\s)(?<![Nn][ro]\.\s)(?<![Ss]\.\s)(?<!Side\s)"
    r"(?P<n2>[1-9][0-9]?)\.\s+(?=[a-zæøå])"
)
"""Danish and Norwegian write an ordinal as a number with a dot, as German does: "i 2.
klasse" is "i anden klasse", "den 3. Gang" "den tredje Gang" (after an article, "i" or
"paa" any noun will do, as the old spelling capitalises them all). Never after a clock's
or a page's word ("Kl. 3. om Morgenen", "Side 5. og 6."). A number's dot before a capital with
no article before it may end a sentence, and is left alone."""


def _nordic_dot_ordinal(m: Match, lang: str) -> str:
    said = _small_ordinal(int(m["n"] or m["n2"]), lang)
    if said is None:
        return m.group()
    return f"{m['art']} {said} " if m["art"] else f"{said} "


_NORDIC_RULERS = (
    "Christian", "Kristian", "Frederik", "Fredrik", "Frederick", "Christoffer", "Kristoffer",
    "Erik", "Knud", "Knut", "Valdemar", "Waldemar", "Oluf", "Olaf", "Olav", "Haakon",
    "Håkon", "Hakon", "Magnus", "Sverre", "Harald", "Carl", "Karl", "Gustav", "Gustaf",
    "Oscar", "Oskar", "Johan", "Sigurd", "Margrete", "Margareta", "Kristina", "Christina",
    "Ludvig", "Ludwig", "Louis", "Napoleon", "Pius", "Leo", "Gregor", "Gregorius", "Peter",
    "Alexander", "Nikolaj", "Nikolai", "Nicolai", "Wilhelm", "Vilhelm", "Georg", "Henrik",
    "Edvard", "Eduard", "Jakob", "Jacob", "Filip", "Philip", "Ferdinand", "Frans", "Franz",
    "Leopold", "Josef", "Joseph", "Rudolf", "Sigismund", "Birger", "Albrekt", "Albrecht",
    "Clemens", "Urban", "Paul", "Paulus", "Innocens", "Bonifacius", "Alfons",
)  # fmt: skip
_NORDIC_REGNAL_RE = re.compile(
    rf"(?<![\w.])(?P<name>{'|'.join(_NORDIC_RULERS)})\s+"
    r"(?P<num>[IVX]{2,}|[VX](?!\.\s+[A-ZÅÄÖÆØ])|I(?=[.,;:!?)]|\s*$))"
    r"(?P<gen>:s|['’]s|s)?(?![\w'’-])"
)
"""A Swedish, Danish or Norwegian ruler's numeral: "Kong Frederik VI" is "Frederik den
sjette", "Karl XII:s" "Karl den tolftes". A lone "I" only before a stop or a comma (it is
also a pronoun, "you"), a lone "V." before a name an initial."""


def _nordic_regnal(m: Match, lang: str) -> str:
    value = roman_value(m["num"])
    said = _small_ordinal(value, lang) if value else None
    if said is None:
        return m.group()
    return f"{m['name']} den {said}{'s' if m['gen'] else ''}"


_CS_RULERS = {  # the name as a subject says it → its stem before a case's ending
    "Karel": "Karl", "Josef": "Josef", "Leopold": "Leopold", "František": "Františk",
    "Ferdinand": "Ferdinand", "Rudolf": "Rudolf", "Matyáš": "Matyáš", "Václav": "Václav",
    "Otakar": "Otakar", "Vladislav": "Vladislav", "Zikmund": "Zikmund",
    "Maxmilián": "Maxmilián", "Fridrich": "Fridrich", "Jindřich": "Jindřich",
    "Boleslav": "Boleslav", "Vratislav": "Vratislav", "Soběslav": "Soběslav",
    "Bedřich": "Bedřich", "Napoleon": "Napoleon", "Ludvík": "Ludvík", "Albrecht": "Albrecht",
    "Jan": "Jan", "Přemysl": "Přemysl", "Řehoř": "Řehoř", "Vilém": "Vilém",
}  # fmt: skip
_CS_REGNAL_RE = re.compile(
    rf"(?:(?P<before>\b[^\W\d_]+\s+(?:[^\W\d_]+\s+)?))?(?<![\w.])"
    rf"(?P<name>(?P<nom>{'|'.join(_CS_RULERS)})|(?P<stem>{'|'.join(set(_CS_RULERS.values()))})"
    r"(?P<end>ovi|em|a|e|u))\s+(?P<num>[IVX]{2,}|[VX](?!\.\s+[A-ZÁ-Ž])|I(?=\.?\s*[,;:)]|\.\s+[a-zá-ž]))"
    r"(?P<dot>\.)?(?![\w'’-])"
)
"""A Czech ruler's numeral, an ordinal in the case of his name: "Josef II." Josef Druhý,
"za Karla IV." za Karla Čtvrtého, "o císaři Josefovi II." o císaři Josefovi Druhém (the
"-ovi" of a name is the locative after "o", "po", "při", "v", "na" a word or two before,
else the dative), "s Karlem IV." s Karlem Čtvrtým."""
_CS_NAME_CASE = {"a": "gen", "e": "gen", "em": "ins"}
_CS_LOCATIVE_PREPS = frozenset({"o", "po", "při", "v", "ve", "na"})


def _czech_regnal(m: Match) -> str:
    value = roman_value(m["num"])
    nominative = _czech_ordinal(value, "m") if value and value < 40 else None
    if nominative is None:
        return m.group()
    if m["nom"]:
        case = "nom"
    elif m["end"] in _CS_NAME_CASE:
        case = _CS_NAME_CASE[m["end"]]
    else:
        before = {w.lower() for w in (m["before"] or "").split()}
        case = "loc" if before & _CS_LOCATIVE_PREPS else "dat"
    said = _czech_case(nominative, case)
    said = " ".join(w[:1].upper() + w[1:] for w in said.split())
    stop = m["dot"] and re.match(r"[\"'”’»)]*(?:\s*$|\s+[\"„“«]?[A-ZÁ-Ž])", m.string[m.end() :])
    return f"{m['before'] or ''}{m['name']} {said}{'.' if stop else ''}"


_CS_CENTURY_CASE = {"v": "loc", "ve": "loc", "o": "loc", "po": "loc", "při": "loc",
                    "k": "dat", "ke": "dat", "do": "gen", "od": "gen", "z": "gen", "ze": "gen",
                    "během": "gen", "koncem": "gen", "počátkem": "gen", "začátkem": "gen",
                    "až": "gen"}  # fmt: skip
_CS_CENTURY_RE = re.compile(
    rf"(?<![\w.])(?P<prep>(?i:{'|'.join(_CS_CENTURY_CASE)}))\s+"
    r"(?P<num>[IVX]+)\.\s+(?P<noun>století)(?!\w)"
)
"""A Czech century after a preposition that gives its case: "v XIX. století" is "v
devatenáctém století", "do XVIII. století" "do osmnáctého století". Without one the
case is the sentence's ("konec XVIII. století", "XIX. století přineslo"), and the numeral
is left to the engine."""


def _czech_century(m: Match) -> str:
    value = roman_value(m["num"])
    said = _czech_ordinal(value, "m") if value and value <= 21 else None
    if said is None:
        return m.group()
    return f"{m['prep']} {_czech_case(said, _CS_CENTURY_CASE[m['prep'].lower()])} {m['noun']}"


_FI_PARTITIVE = ("ensimmäistä", "toista", "kolmatta", "neljättä", "viidettä", "kuudetta",
                 "seitsemättä", "kahdeksatta", "yhdeksättä", "kymmenettä")  # fmt: skip
_FI_STEM = ("ensimmäise", "toise", "kolmanne", "neljänne", "viidenne", "kuudenne",
            "seitsemänne", "kahdeksanne", "yhdeksänne", "kymmenenne")  # fmt: skip
"""Finnish ordinals' partitive ("kolmatta") and the stem the other cases add their ending
to ("kolmanne-n", "kolmanne-lla"); in a compound every part takes the case."""
_FI_CASE_ENDING = {"gen": "n", "ade": "lla", "abl": "lta", "all": "lle", "ine": "ssa",
                   "ela": "sta", "ess": "na"}  # fmt: skip


def _finnish_ordinal(n: int, case: str) -> str | None:
    """`n` (1 to 39) as a Finnish ordinal in a case ("nom", "par", or one of
    `_FI_CASE_ENDING`): 18 "kahdeksastoista", "kahdeksannentoista", "kahdeksannellatoista";
    30 partitive "kolmattakymmenettä". num2words has only the nominative."""
    if not 0 < n < 40:
        return None
    if case == "nom":
        return str(num2words(n, lang="fi", to="ordinal"))

    def part(unit: int, teen: bool = False) -> str:
        if case == "par":
            word = _FI_PARTITIVE[unit - 1]
            return {1: "yhdettä", 2: "kahdetta"}.get(unit, word) if teen else word
        stem = _FI_STEM[unit - 1]
        stem = {1: "yhdenne", 2: "kahdenne"}.get(unit, stem) if teen else stem
        ending = _FI_CASE_ENDING[case]
        if not re.search("[aou]", stem):  # vowel harmony: "neljännellä", "kolmannella"
            ending = ending.replace("a", "ä")
        return stem + ending

    tens, unit = divmod(n, 10)
    if n <= 10:
        return part(n)
    if tens == 1:
        return part(unit, teen=True) + "toista"
    said = part(tens, teen=True) + part(10)
    return said + part(unit) if unit else said


_FI_SUFFIXED = re.compile(
    r"(?<![\w.,:/–-])(?P<n>[1-9][0-9]?):(?P<suffix>ttä|tta|tä|ta|s|nen)(?!\w)"
)
"""A Finnish ordinal written with its case ending: "30:ttä toukokuuta" is
"kolmattakymmenettä toukokuuta", "3:s" "kolmas"; the ending must be the word's own."""


def _finnish_suffixed(m: Match) -> str:
    n, suffix = int(m["n"]), m["suffix"]
    said = _finnish_ordinal(n, "nom" if suffix in ("s", "nen") else "par")
    return said if said and said.endswith(suffix) else m.group()


_FI_CENTURY_CASE = {"vuosisata": "nom", "vuosisadan": "gen", "vuosisadalla": "ade",
                    "vuosisadalta": "abl", "vuosisadalle": "all", "vuosisadassa": "ine",
                    "vuosisadasta": "ela", "vuosisatana": "ess"}  # fmt: skip
_FI_CENTURY_RE = re.compile(
    rf"(?<![\w.])(?P<num>[IVX]+)\.?\s+(?P<noun>{'|'.join(_FI_CENTURY_CASE)})(?!\w)", re.IGNORECASE
)
"""A century in Roman numerals before "vuosisata" in one of its cases: "XVIII vuosisadan"
is "kahdeksannentoista vuosisadan", "XIX vuosisadalla" "yhdeksännellätoista
vuosisadalla"."""


def _finnish_century(m: Match) -> str:
    value = roman_value(m["num"].upper())
    said = _finnish_ordinal(value, _FI_CENTURY_CASE[m["noun"].lower()]) if value else None
    return f"{said} {m['noun']}" if said else m.group()


_FI_RULERS = ("Kustaa", "Kaarle", "Aleksanteri", "Nikolai", "Juhana", "Eerik", "Fredrik",
              "Pietari", "Katariina", "Kristiina", "Ludvig", "Napoleon", "Paavali", "Leo",
              "Pius", "Yrjö", "Vilhelm", "Henrik", "Sigismund", "Kristian", "Kaarlo")  # fmt: skip
_FI_REGNAL_RE = re.compile(
    rf"(?<![\w.])(?P<name>{'|'.join(_FI_RULERS)})\s+"
    r"(?P<num>[IVX]{2,}|[VX](?!\.\s+[A-ZÅÄÖ])|I(?=[.,;:!?)]|:n\b))(?P<gen>:n)?(?![\w'’-])"
)
"""A Finnish ruler's numeral: "Kustaa III" Kustaa kolmas, "Aleksanteri II:n" Aleksanteri
toisen; other case endings are left to the engine."""


def _finnish_regnal(m: Match) -> str:
    value = roman_value(m["num"])
    said = _finnish_ordinal(value, "gen" if m["gen"] else "nom") if value else None
    return f"{m['name']} {said}" if said else m.group()


_COMMA_THOUSANDS = re.compile(
    r"(?<![\w.,:/])(?<![ƒ$€£¤]\s)(?<![ƒ$€£¤])(?P<n>[1-9][0-9]{0,2}(?:,[0-9]{3}){2,}(?:\.[0-9]{3})*"
    r"|[1-9][0-9]{0,2},[0-9]{3}(?:\.[0-9]{3})+"
    r"|[1-9][0-9]{0,2},[0-9]00)(?![\w]|[.,][0-9])"
)
"""A count with English thousands' commas in a language whose comma is its decimal mark:
"4,500 riksdaler", "4,000 markkaa", "1,100 km", "2,400.000 korona" (a comma and a dot).
Only where no decimal can be meant: two groups or more, a comma's group before a dot's,
or one group of three ending in "00", which no writer gives a decimal ("3,5 km", "3,25"
and "0,500" stay decimals), nor after a currency's sign ("ƒ 1,500"), which the money's
rule reads. espeak said "fyra komma femhundra"."""
_DOT_THOUSANDS = re.compile(r"(?<![\w.,:/])[1-9][0-9]{0,2}(?:\.[0-9]{3})+(?![\w]|[.,][0-9])")
"""A count with its thousands parted by dots, as Serbian prints it ("3.500 душа",
"1.200.000"): espeak read the dot as a decimal point ("tri tačka petsto")."""
_COMMA_DECIMAL_LANGUAGES = frozenset({"sv", "da", "no", "fi", "hu", "cs", "pl", "pt", "nl"})


def _comma_thousands(m: Match) -> str:
    return re.sub(r"[.,]", "", m["n"])


_PT_FEMININE_COUNTED = (
    "horas?|semanas?|vez|vezes|léguas?|libras?|arrobas?|onças?|varas?|braças?|milhas?"
    "|pessoas?|mulher|mulheres|raparigas?|moças?|filhas?|irmãs?|senhoras?|coisas?|casas?"
    "|cartas?|páginas?|linhas?|palavras?|noites?|tardes?|manhãs?|canadas?|jardas?"
    "|toneladas?|dúzias?|patacas?|moedas?|peças?|cabeças?|vacas?|cabras?|ovelhas?"
    "|galinhas?|portas?|janelas?|cadeiras?|camas?|mãos?|pernas?|garrafas?|léguas?"
)
_PT_FEMININE_COUNT = re.compile(
    r"(?<![\w.,:/–-])(?P<n>[1-9][0-9]{0,5})(?=\s+(?:" + _PT_FEMININE_COUNTED + r")(?!\w))"
)
"""A number before a feminine noun it counts: Portuguese says "duas horas", "uma
semana", "duzentas libras", "vinte e duas léguas"; num2words says the masculine
("dois", "duzentos"). "mil" and "milhões" keep their own gender."""


_FEMININE_TWO = {
    "cs": ("dva", "dvě", "hodiny|minuty|vteřiny|sekundy|ženy|dívky|dcery|sestry|matky|koruny"
           "|knihy|stránky|míle|lípy|krávy|kozy|ovce|husy|slepice|ruce|nohy|oči|uši|noci"
           "|neděle|světnice|chalupy|vesnice|cesty|hvězdy|řeky|louky|kapky|lžíce|sklenice"
           "|okna|města|slova|léta|vejce|kola|jablka|děti|děvčata|kuřata|křídla|jitra"),
    "pl": ("dwa", "dwie", "krowy|godziny|minuty|kobiety|siostry|córki|książki|ręce|nogi|mile"
           "|wiorsty|noce|strony|drogi|świnie|owce|kozy|chaty|izby|morgi|łyżki|szklanki"
           "|butelki|dziewczyny|panny|kury|gęsi|kaczki|klacze|lipy|brzozy|sosny|wsie|rzeki"
           "|góry|kopy|beczki|ławki|świece|deski|matki|żony|wdowy|kopiejki"),
}  # fmt: skip
"""Czech and Polish say "two" in the feminine before a feminine noun ("dvě hodiny", "dwie
krowy"), and Czech before a neuter one too ("dvě okna"); num2words says "dva", "dwa"."""
_FEMININE_TWO_RE = {
    lang: re.compile(rf"(?<![\w.,:/–-])(?P<n>[1-9]?2)(?=\s+(?:{nouns})(?!\w))")
    for lang, (_, _, nouns) in _FEMININE_TWO.items()
}


def _feminine_two(m: Match, lang: str) -> str:
    masculine, feminine, _ = _FEMININE_TWO[lang]
    words = _foreign_cardinal(int(m["n"]), lang).split()
    return " ".join([*words[:-1], feminine if words[-1] == masculine else words[-1]])


def _pt_feminine_count(m: Match, code: str) -> str:
    try:
        words = _foreign_cardinal(int(m["n"]), code).split()
    except Exception:  # a converter's gap must not stop the book
        return m.group()
    millions = max((i for i, w in enumerate(words) if w.startswith(("milh", "bilh", "bili"))),
                   default=-1)  # fmt: skip
    feminine = {"um": "uma", "dois": "duas"}
    return " ".join(
        w if i <= millions else feminine.get(w, w[:-2] + "as" if w.endswith("entos") else w)
        for i, w in enumerate(words)
    )


def _unit_stop(m: Match) -> str:
    """The stop of an abbreviated unit that also ends its sentence ("platil 6 kr. Pak"),
    kept after the unit's word: nothing, or a capital, follows it."""
    if not m.group().endswith("."):
        return ""
    rest = m.string[m.end() :].lstrip("\"'”’»)")
    nxt = rest.lstrip()
    return "." if not nxt or (nxt[0].isupper() and rest[:1].isspace()) else ""


_CS_COINS = {"zl": ("zlatý", "zlaté", "zlatých"), "kr": ("krejcar", "krejcary", "krejcarů")}
_CS_MONEY = re.compile(
    r"(?<![\w.,:/])(?P<n>[1-9][0-9]{0,2}(?:\.[0-9]{3})+|[0-9]+)[ \u00a0]?(?P<unit>zl|kr)\.(?!\w)"
)
"""Austrian money in a Czech book, gulden and kreuzer, as "40 zl.", "1 zl. 20 kr.", "6
kr.": the count and the coin agreeing, as a reader says them: jeden zlatý, dva zlaté
(two to four), čtyřicet zlatých; jeden krejcar, tři krejcary, šest krejcarů."""


def _czech_coins(m: Match) -> str:
    n = int(re.sub(r"\D", "", m["n"]))
    one, few, many = _CS_COINS[m["unit"]]
    if n == 1:
        said = f"jeden {one}"
    else:
        said = f"{_foreign_cardinal(n, 'cs')} {few if n in (2, 3, 4) else many}"
    return said + _unit_stop(m)


_HU_MONEY = re.compile(
    r"(?<=[0-9])(?P<gap>[ \u00a0](?:(?:millió|milliárd|ezer)[ \u00a0])?)"
    r"(?:(?P<k>K)|(?P<f>f)(?!\.\s?[a-záéíóöőúüű]\.)|(?P<frt>frt)\.?|(?P<kr>kr)\.)"
    r"(?:-(?P<t>[a-záéíóöőúüű]{1,5}))?(?![\w-])"
)
"""Hungarian money after its figure: "2 K 50 f" két korona ötven fillér, "40–50 millió K"
korona, with a case's ending: "f-t" fillért, "K-ba" koronába; the older "5 frt 20 kr."
öt forint húsz krajcár, "3 frt-ot" forintot. "K" and "f" are money only right after a
figure (or its "millió", "ezer")."""
_HU_COINS = {"k": "korona", "f": "fillér", "frt": "forint", "kr": "krajcár"}


def _hungarian_coins(m: Match) -> str:
    unit = next(u for u in _HU_COINS if m[u])
    said = _HU_COINS[unit]
    if m["t"]:  # "K-ba" koronába: the noun's last "a" is long before an ending
        return m["gap"] + (said[:-1] + "á" if said.endswith("a") else said) + m["t"]
    return m["gap"] + said + _unit_stop(m)


_HU_SUFFIXED = re.compile(
    r"(?<![\w.,:/-])(?P<n>[1-9][0-9]{0,2}(?:\.[0-9]{3})+|[0-9]+)"
    r"-(?P<end>[a-záéíóöőúüű]{1,7})(?![\w-])"
)
"""A Hungarian figure with its ending after a hyphen ("1848-ban", "a 2-es busz", "3-an",
"2-szer", "1-gyel", "a 3-ik"): the ending joined to the number's word, as it is said
("ezernyolcszáznegyvennyolcban", kettes, hárman, kétszer, eggyel, harmadik); the hyphen
was heard as a pause. A day after its month ("május 21-én") is `_HU_DAY`'s; the
adjective "-i" ("az 1848-i") is left."""
_HU_SHORT_STEMS = (("három", "hárm"), ("hét", "het"), ("tíz", "tiz"), ("ezer", "ezr"),
                   ("kettő", "kett"))  # fmt: skip
"""Numbers whose stem shortens before a linking vowel: hármas, hetes, tizes, ezres, kettes."""
_HU_DIGRAPHS = ("sz", "zs", "gy", "ny", "ty", "ly", "cs", "dz")


def _hungarian_suffixed(m: Match) -> str:
    n, end = int(re.sub(r"\D", "", m["n"])), m["end"]
    if end in ("i", "iki", "ki") or n > 10**9:
        return m.group()
    if n <= 31 and re.fullmatch(r"j?[áé](?:n|ig|t[óő]l|r[ae])", end):
        return _hungarian_day_said(n, end) or m.group()  # "a hó 15-én" tizenötödikén
    if re.fullmatch(r"(?:[aeoö]?d)?ik", end) or (n == 1 and end == "ső"):
        return str(num2words(n, lang="hu", to="ordinal"))  # "a 3-ik" harmadik, "1-ső" első
    said = _foreign_cardinal(n, "hu")
    if said.endswith("kettő") and re.match(r"sz[eoö]r|féle|fajta", end):
        said = said[: -len("kettő")] + "két"  # "2-szer" kétszer
    elif end[0] in "aeoö":  # a linking vowel: "3-as" hármas, "7-et" hetet, "2-en" ketten
        for whole, stem in _HU_SHORT_STEMS:
            if said.endswith(whole):
                said = said[: -len(whole)] + stem
                break
    for pair in _HU_DIGRAPHS:  # "1-gyel" eggyel, "20-szal" hússzal: a long digraph
        if said.endswith(pair) and end.startswith(pair):
            return said[: -len(pair)] + pair[0] + pair + end[len(pair) :]
    return said + end


_DEGREE_WORDS = {
    "pt": ("grau", "graus"), "es": ("grado", "grados"), "it": ("grado", "gradi"),
    "fr": ("degré", "degrés"), "ca": ("grau", "graus"), "de": ("Grad", "Grad"),
    "nl": ("graad", "graden"), "sv": ("grad", "grader"), "da": ("grad", "grader"),
    "no": ("grad", "grader"), "fi": ("aste", "astetta"), "hu": ("fok", "fok"),
    "pl": ("stopień", "stopnie", "stopni"), "cs": ("stupeň", "stupně", "stupňů"),
    "ru": ("градус", "градуса", "градусов"),
}  # fmt: skip
"""A degree in each language: one, and many (Polish, Czech and Russian: one, two to four,
five and more)."""
_DEGREE_ONE = {"es": "un", "it": "un", "de": "ein", "sv": "en", "cs": "jeden", "da": "en"}
"""One before the degree where num2words says the counting form ("uno", "eins", "ett")."""
_DEGREE_SCALES = {
    "pl": {"C": "Celsjusza", "F": "Fahrenheita"}, "cs": {"C": "Celsia", "F": "Fahrenheita"},
    "ru": {"C": "Цельсия"},
}  # fmt: skip
_DEGREE_GOES_ON = re.compile(
    r"\s+(?:de|di|del|della|do|da|des|du|d['’]|sotto|sopra|abaixo|acima|bajo|sobre|sous"
    r"|au|en|e|y|et|ed)(?!\w)"
)
"""Words after a degree that show it is one ("os 30° de calor", "i 5° sotto zero")."""
_FOREIGN_DEGREES = re.compile(
    r"(?<![\w.,:/])(?P<n>[0-9]+(?:,[0-9]+)?)[ \u00a0]?°(?:[ \u00a0]?(?P<scale>[CFR])(?![\w]))?"
    r"(?P<dot>\.(?=\s*$|\s+[A-ZÀ-ÝА-ЯЁ]))?"
)
"""A temperature or an angle after a number: "180°" cento e oitenta graus, "20 °C" vinte
graus Celsius, "20° R." zwanzig Grad Réaumur, "−5°" (the minus is said before). espeak
said the number and nothing, or the sign's name. An ordinal set with "°" ("1° de maio",
"al 2° piano") was read before; a bare small figure that opens a list ("1° Che", "; 2°
la") may be an ordinal and is left."""


def _foreign_degrees(m: Match, code: str) -> str:
    lang = code.split("_")[0]
    forms = _DEGREE_WORDS[lang]
    rest = m.string[m.end() :]
    scales = _DEGREE_SCALES.get(lang, {"C": "Celsius", "F": "Fahrenheit", "R": "Réaumur"})
    scale = m["scale"]
    if scale and scale not in scales:
        return m.group()
    if not scale and re.match(rf"\s+(?:{_ORDINAL_NOUNS})\b", rest):
        return m.group()  # "sobe 2° piano": an ordinal without its article, left
    before = m.string[max(0, m.start() - 3) : m.start()]
    if not scale and int(m["n"].split(",")[0]) < 20 and re.search(r"(?:^|[\n;:(])\s*$", before):
        return m.group()  # "1° Che…", "; 2° la casa": a list's ordinal
    near = m.string[max(0, m.start() - 8) : m.start()]
    article = re.search(rf"(?i)(?<!\w)({_ARTICLES})\s+$", near)
    if (not scale and article and article[1].lower() != "a" and lang in _ROMANCE_ORDINAL
            and re.match(r"\s+[a-zà-ÿ]", rest) and not _DEGREE_GOES_ON.match(rest)):
        return m.group()  # "o 2° chefe": an ordinal between an article and its noun
    if "," in m["n"] or lang == "hu":  # a decimal's figures stay for the voice; a
        number, value = m["n"], None  # Hungarian count is said later ("két fok")
        if lang == "fr" and float(m["n"].replace(",", ".")) < 2:
            value = 1  # "1,5 degré"
        elif "," not in m["n"]:  # Hungarian
            value = int(m["n"])
    else:
        value = int(m["n"])
        number = _DEGREE_ONE.get(lang) if value == 1 else None
        number = number or _foreign_cardinal(value, code)
        if lang == "es" and value % 10 == 1 and value % 100 != 11:
            number = re.sub(r"uno$", "ún" if number.endswith("veintiuno") else "un", number)
    if len(forms) == 3:
        if value == 1 or (lang == "ru" and value and value % 10 == 1 and value % 100 != 11):
            unit = forms[0]  # Russian "двадцать один градус"
        elif value is None or (value % 10 in (2, 3, 4) and value % 100 not in (12, 13, 14)
                               and (lang != "cs" or value < 5)):
            unit = forms[1]
        else:
            unit = forms[2]
    elif value == 1 or (lang == "fr" and (value or 0) < 2 and value is not None):
        unit = forms[0]
    else:
        unit = forms[1]
    said = f"{number} {unit}" + (f" {scales[scale]}" if scale else "")
    return said + ("." if m["dot"] else "")


_PL_HOUR = re.compile(
    r"\b(?P<pre>[oO]|[oO]d|[dD]o|[pP]o|[oO]koło|[pP]rzed)[ \u00a0]+"
    r"(?:(?P<godz>godzinie|godziny|godziną)[ \u00a0]+)?"
    r"(?P<h>1[0-9]|2[0-4]|[1-9])(?P<ej>-(?:ej|ciej|giej|ą))?(?!\w|[.,:][0-9]|-[0-9])"
    r"(?(godz)|(?(ej)|(?=(?:\s+(?:do|i|lub|albo|a)\s+(?:1[0-9]|2[0-4]|[1-9]))?"
    r"\s+(?:rano|wieczorem|w\s+nocy|w\s+południe|po\s+południu|przed\s+południem"
    r"|nad\s+ranem|z\s+rana|z\s+wieczora)(?!\w))))"
)
"""An hour without its minutes, after "o", "od", "do", "po", "około", "przed", where the
text shows it is an hour: "godziny"/"godzinie" before it, its ending ("o 4-ej"), or a
time of day after it ("o 4 rano", "od 4 do 6 rano", "o 11 w nocy"). Polish says it as a
feminine ordinal in the preposition's case: o czwartej, do szóstej, przed czwartą."""


def _polish_hour(m: Match) -> str:
    words = str(num2words(int(m["h"]), lang="pl", to="ordinal")).split()
    if m["pre"].lower() == "przed":  # the instrumental: przed czwartą, przed drugą, trzecią
        words = [w[:-1] + ("ą" if w[-2] in "gk" else "ią") if w.endswith("i")
                 else w[:-1] + "ą" if w.endswith("y") else w for w in words]  # fmt: skip
    else:  # the locative, genitive or dative: o czwartej, od trzeciej, do drugiej
        words = [w[:-1] + ("iej" if w.endswith("i") else "ej") if w[-1] in "yi" else w
                 for w in words]  # fmt: skip
    godz = f"{m['godz']} " if m["godz"] else ""
    return f"{m['pre']} {godz}{' '.join(words)}"


_CS_LOCATIVE_COUNT = re.compile(
    r"(?<!\w)(?P<prep>[oO]|[vV]e?|[nN]a|[pP]o|[pP]ři)[ \u00a0]+(?P<n>1[0-2]|20|[2-9])"
    r"(?=[ \u00a0]+(?:[^\W\d_]+[ýí]ch[ \u00a0]+)?[^\W\d_]+(?:[íěeá]ch|ách)(?!\w))"
)
"""A small count (two to twelve, twenty) after a preposition of the locative before a
noun in the locative plural ("o 2 světnicích", "v 3 chalupách", "na 5 místech"): dvou,
třech, pěti; "v" is "ve" before two to four ("ve třech"), as said. num2words gave the
nominative ("o dva světnicích")."""
_CS_LOCATIVE_NUMBERS = {"2": "dvou", "3": "třech", "4": "čtyřech", "5": "pěti", "6": "šesti",
                        "7": "sedmi", "8": "osmi", "9": "devíti", "10": "deseti",
                        "11": "jedenácti", "12": "dvanácti", "20": "dvaceti"}  # fmt: skip


def _czech_locative_count(m: Match) -> str:
    prep = m["prep"]
    if prep in ("v", "V") and m["n"] in ("2", "3", "4"):
        prep += "e"
    return f"{prep} {_CS_LOCATIVE_NUMBERS[m['n']]}"


_PENCE_FRACTION = r"[½¼¾]|(?<=[0-9])-(?:1/2|1/4|3/4)|(?<![\w/.,-])(?:1/2|1/4|3/4)"
"""A halfpenny or a farthing in a sum: "4½d.", and as plain-text books type it, "4-1/2d."."""
_GROUPED = r"(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?![0-9,])"
"""A whole figure, its thousands grouped by commas or not ("1,250", "1250"); "2,5" is none."""
_OLD_MONEY = re.compile(
    rf"(?<![\w.,£])(?:£\s?(?P<pounds>{_GROUPED})\.?\s+|(?P<lsd>{_GROUPED})l\.\s?)"
    rf"(?P<s>[0-9]{{1,2}})s\.(?:\s?(?P<d>[0-9]{{1,2}})(?P<df>{_PENCE_FRACTION})?d\.)?"
    rf"|(?<![\w.,£])(?P<s2>[0-9]{{1,2}})s\.\s?(?P<d2>[0-9]{{1,2}})(?P<df2>{_PENCE_FRACTION})?d\."
    rf"|(?<![\w.,£])(?P<alone>{_GROUPED})(?P<unit>[lsd])\.(?=\s+[a-z]|\s*[,;]|(?<=,[0-9]{{3}}d\.)"
    rf"|(?:(?<=[\s,(][0-9]s\.)|(?<=[\s,(][1-9][0-9]s\.))(?<!0s\.)"
    rf"(?=[)\]]?\s*$|[)\]]?\s+[A-Z\"“‘(]))"
    rf"|(?<![\w.,£])(?P<pence>[0-9]{{1,2}})?(?P<pf>{_PENCE_FRACTION})?d\.(?<=[0-9½¼¾]d\.)"
)
"""Pounds, shillings and pence as British books print them: "£3 4s. 6d.", "£1. 4s. 6d."
(a stop after the pounds, as Victorian accounts print them), "3s. 6d.",
"1,250l. a year", "4½d.", "4-1/2d.", "1d.". A lone "60s." is a decade unless a small word
follows it; a lone "1s." or "15s." ending a sentence is shillings (no decade ends in
1-9; "AK-47s.", "the 747s.", "two 6s." and "his 45s." are no sums); a lone "6d." or
"2,400d." is pence wherever it stands. A figure whose comma groups no thousands
("2,5s.", "1,5d.") is no sum: it is left as written."""
_POUNDS_STYLE = re.compile(
    rf"(?<![\w.,£])(?:{_GROUPED}l\.\s?[0-9]{{1,2}}s\.|[0-9]{{1,2}}s\.\s?[0-9]{{1,2}}d\."
    rf"|{_GROUPED}l\.(?=\s+[a-z]|\s*[,;]))|£\s?[0-9][0-9,]*\.?\s[0-9]{{1,2}}s\."
)
"""A sum as an old British book prints it: "3l. 4s.", "3s. 6d.", "450l. for the house",
"£3 4s.": the book's evidence that its "l." after a figure is pounds (`old_pounds`)."""
_POUNDS_AT_END = re.compile(
    rf"(?<![\w.,£])(?P<n>{_GROUPED})l\.(?=[)\]\"”’']?(?:\s*$|\s+[A-Z\"“‘(]))"
)
"""A figure glued to "l." ending a sentence ("It cost 450l."): litres, unless the book
prints its sums so (`old_pounds`)."""


def old_pounds(texts: Iterable[str]) -> bool:
    """Whether the book prints old British sums ("3l. 4s.", "3s. 6d.", "450l. for the
    house"): then its "450l." ending a sentence is pounds too, not litres. A book-wide
    fact, found once per book (as `numeric_date_order` is)."""
    return any(_POUNDS_STYLE.search(text) for text in texts)


_SHILLING_SPAN = re.compile(
    r"(?<![\w.,£])(?P<a>[0-9]{1,2}s\.\s(?:to|or|and)\s)(?P<b>[0-9]{1,2})s\."
)
"""A span of shillings, "25s. to 30s.": the second is shillings too, never a decade."""


def _shilling_span(m: Match) -> str:
    goes_on = re.match(r"\s+[a-z]|\s*[,;]", m.string[m.end() :])
    return f"{m['a']}{m['b']} shillings{'' if goes_on else '.'}"
_OLD_ORDINAL = re.compile(r"[0-9]?[23](?<!1[23])d\.")
_LSD = (("pound", "pounds"), ("shilling", "shillings"), ("penny", "pence"))
_FARTHINGS = {"½": "a halfpenny", "¼": "a farthing", "¾": "three farthings"}


def _pence(whole: str | None, frac: str | None, us: bool) -> str:
    """6 → six pence, 4½ → four and a half pence, ½ alone → a halfpenny."""
    if frac is None:
        n = int((whole or "0").replace(",", ""))
        return f"{_cardinal(n, us)} {'penny' if n == 1 else 'pence'}"
    if not whole:
        return _FARTHINGS[frac]
    return f"{_with_whole(whole, *_VULGAR[frac], us)} pence"


def _old_money(m: Match, us: bool) -> str:
    ordinal = m["pence"] and not m["pf"] and _OLD_ORDINAL.fullmatch(m.group())
    if ordinal and re.search(rf"(?<!\w)(?:[Tt]he|{_MONTH})\s+$", m.string[: m.start()]):
        return m.group()  # "on the 22d.", "May 23d.": the ordinal, left for the date rules
    amounts = [m["pounds"] or m["lsd"], m["s"] or m["s2"], m["d"] or m["d2"] or m["pence"]]
    if m["alone"] and not re.match(r"\s+[a-z]|\s*[,;]", m.string[m.end() :]) and re.search(
        r"(?<!\w)(?i:the|of|all|in|and|or|his|her|their|my|your|our|some|many|few|old|new"
        r"|two|three|four|five|six|seven|eight|nine|ten|several|both|no)\s+$",
        m.string[: m.start()],
    ) and m["unit"] == "s":
        return m.group()  # "a row of 1s.", "two 6s.": figures, not a sum
    if m["alone"] and m["unit"] == "s" and _drill_timed(m.string, m.start()):
        return m.group()  # "plank 3 x 45s.": a drill's seconds
    if m["alone"]:
        amounts = [m["alone"] if m["unit"] == u else None for u in "lsd"]
    frac = m["df"] or m["df2"] or m["pf"]
    frac = {"1/2": "½", "1/4": "¼", "3/4": "¾"}.get((frac or "").lstrip("-"), frac)
    values = [int(a.replace(",", "")) if a else None for a in amounts]
    if any(values):  # "£5 5s. 0d." is "five pounds, five shillings": a nought is not said
        values = [v or None for v in values]
    said = []
    for value, (one, many) in zip(values[:2], _LSD, strict=False):
        if value is not None:
            said.append(f"{_cardinal(value, us)} {one if value == 1 else many}")
    if values[2] is not None or frac:
        said.append(_pence(amounts[2] if values[2] else None, frac, us))
    text = " and ".join(said) if len(said) < 3 else f"{said[0]}, {said[1]} and {said[2]}"
    rest = m.string[m.end() :]
    return text + "." if re.match(r"\s*$|\s+[A-Z\"“‘]", rest) else text


_ANCIENTS = (
    "Herodotus|Thucydides|Xenophon|Polybius|Strabo|Pliny|Tacitus|Livy|Plutarch|Suetonius|"
    "Diodorus|Pausanias|Josephus|Cicero|Caesar|Sallust|Ammianus|Arrian|Appian|Dio|Homer|"
    "Hesiod|Aristotle|Plato|Galen|Ptolemy|Vitruvius|Vegetius|Procopius|Eusebius|Ovid|Virgil"
)
_CLASSICAL = re.compile(
    rf"(?<![\w.])(?P<who>(?:{_ANCIENTS})\s\((?:[A-Z][a-z]+\.\s)?)"
    r"(?P<ref>[0-9]{1,3}(?:\.[0-9]{1,3}){1,2})(?=\s?[),;])"
)
"""An ancient author's book and chapter in brackets: "Herodotus (2.124)", "Strabo (Geog.
2.5.7)"; never a decimal or a version."""


def _classical(m: Match, us: bool) -> str:
    """Herodotus (2.124) → Herodotus (two, one twenty-four): book, chapter, section."""
    parts = m["ref"].split(".")
    said = [_cardinal(int(parts[0]), us)]
    for part in parts[1:]:
        n = int(part)
        said.append(_mass_number(n, us) if n >= 100 else _cardinal(n, us))
    return m["who"] + ", ".join(said)


_LETTER_SLASHES: tuple[tuple[re.Pattern[str], str | Callable[[Match], str]], ...] = (
    (re.compile(r"(?<![\w/.,])(?P<n>[1-4])/(?=Lt\b|Lieut\b)"),  # 2/Lt. Penrose
     lambda m: ("First", "Second", "Third", "Fourth")[int(m["n"]) - 1] + " "),
    (re.compile(r"(?<![\w/.,])(?P<n>[1-4])/LT(?![\w/])"),  # a telegram's 2/LT A DUNMORE
     lambda m: ("FIRST", "SECOND", "THIRD", "FOURTH")[int(m["n"]) - 1] + " LIEUTENANT"),
    (re.compile(  # 1/5th Bn., 2/4th Londons: the first line of the fifth battalion
        r"(?<![\w/.,])(?P<n>[1-9])/(?=[0-9]{1,2}(?:st|nd|rd|th)\s+(?:Bn\b|Bns\b|[A-Z][a-z]))"),
     lambda m: num2words(int(m["n"]), lang="en", to="ordinal") + " "),
    (re.compile(r"(?<![\w/])(?:c/o|C/o|C/O(?=\s+[A-Z]))(?![\w/])"),  # c/o the Post Office
     lambda m: "Care of" if m.group()[0] == "C" else "care of"),
    (re.compile(r"(?<![\w/])[Ww]/(?P<x>[ce])(?=\s+(?:[0-9]|the\s+[0-9]|Mon|[A-Z][a-z]+\s+[0-9]))"),
     lambda m: "week commencing" if m["x"] == "c" else "week ending"),  # w/c 15th, w/e 14 June
)
"""Slashes a letter or a diary writes that are not "or": an officer's rank, a battalion's
line, an address's "care of", a week's start."""


_LONG_DIGITS = re.compile(r"[0-9]{16,}")
"""A run of digits this long is an identifier, and too long for int() to parse safely."""


_CLAUSE_NUMBER = re.compile(
    r"^(?P<n>[0-9]{1,3}(?:\.[0-9]{1,3}){2,4}(?=\s+[a-z(])"
    r"|[0-9]{1,3}(?:\.[0-9]{1,3}){1,4}(?=\s+(?:The|There|This|These|Any|Every|Each|No|"
    r"Nothing|Where|If|Subject|Such|A|An|In|It)\s))"
)
"""A clause's number opening its text ("5.1.1 four shall be elected", "5.2 The
provisions of"): a pause after it, as a lawyer reads it, so that "five point one point
one" does not run into "four"."""


def _english(
    text: str, us: bool, month_first: bool | None = None, dialect: bool = False
) -> str:
    return _substituted(_english_passes(us, month_first, dialect), text)


_DOI = re.compile(
    r"(?<![\w/.])(?:doi|DOI)(?::\s?|\s+)(?P<prefix>10\.[0-9]{4,9})/(?P<suffix>[^\s,;]+?)"
    r"(?=[.,;)\]]*(?:\s|$))"
)
"""A DOI ("doi:10.1017/S0018246X00012345", "DOI: 10.1000/182"), said as a reader of
notes says it: "D O I ten point one zero one seven slash S…"; the slash between its
parts was read "or", the rule for "and/or"."""
_NO_DATE = re.compile(r"(?<=[,(] )n\.\s?d\.(?=[)\];,]|\s*$)|(?<=\()n\.\s?d\.(?=[)\];,])")
"""A citation's "n.d." after the author ("(Raven, n.d.)"): no date."""
_FOLLOWING = re.compile(r"(?<![\w:.,])(?P<n>[0-9]+)(?:\s?ff|\s+sqq)\.(?=\s|[,;)\]]|$)")
""""pp. 112ff.", "S. 112 ff.", "p. 40 sqq.": the page and those following ("100 sq. ft."
is square feet; a verse's "Luke 15:11ff." is the scripture rules')."""
_CLOCK_RANGE = re.compile(
    r"(?<![\w.:])(?P<h1>[01]?[0-9]|2[0-3]):(?P<m1>[0-5][0-9])\s?[–-]\s?"
    r"(?P<h2>[01]?[0-9]|2[0-3]):(?P<m2>[0-5][0-9])(?![\w:/]|\s?[AaPp]\.?\s?[Mm]\b)"
)
"""Two clock times joined by a dash ("9:00–11:00", "9:30-17:00"): "nine to eleven";
the dash is "to", not a pause between two "o'clock"s."""


def _doi(m: Match) -> str:
    prefix = m["prefix"].split(".", 1)
    said = f"{_cardinal(int(prefix[0]), False)} point {' '.join(_digit_word(c) for c in prefix[1])}"
    return f"D O I {said} slash {m['suffix']}"


_OCTET = r"(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])"
_IP_ADDRESS = re.compile(rf"(?<![\w.])(?P<ip>{_OCTET}(?:\.{_OCTET}){{3}})(?![\w]|\.[0-9])")
"""A dotted network address ("192.168.1.1", "10.0.0.1"): its figures one by one, "dot"
between the parts, as a technician reads it; never "one hundred and ninety-two point…"."""
_IP_CUE = re.compile(r"(?i:\b(?:IP|address|router|gateway|server|DNS|ping|type|enter|visit)\b)")


def _ip_address(m: Match) -> str:
    """192.168.1.1 → one nine two dot one six eight dot one dot one: an address where a part
    has three figures or a network's word is near; a section's "1.2.3.4" stays."""
    parts = m["ip"].split(".")
    near = m.string[max(0, m.start() - 40) : m.start()]
    if not (any(len(p) == 3 for p in parts) or _IP_CUE.search(near)):
        return m.group()
    return " dot ".join(" ".join(_digit_word(c) for c in p) for p in parts)


_IEEE = re.compile(r"(?<![\w.])802\.(?P<n>1[0-9]|[1-9])(?P<l>[a-z]{0,2})(?![\w]|\.[0-9])")
"""A networking standard ("802.11ac", "802.3"): "eight oh two dot eleven A C", as an
engineer says it, never "eight hundred and two point one one"."""


def _ieee(m: Match) -> str:
    letters = " ".join(m["l"].upper())
    return f"eight oh two dot {_cardinal(int(m['n']), False)}" + (f" {letters}" if letters else "")


def _digit_word(c: str) -> str:
    return ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")[int(c)]


def _clock_range(m: Match, us: bool) -> str:
    h1, m1, h2, m2 = (int(m[k]) for k in ("h1", "m1", "h2", "m2"))
    if h1 <= 12 and h2 <= 12:  # "nine to eleven", "nine thirty to eleven"
        def short(h: int, mins: int) -> str:
            return _clock(h, mins, None, None, us).removesuffix(" o'clock")
        return f"{short(h1, m1)} to {short(h2, m2)}"
    return f"{_clock(h1, m1, None, None, us)} to {_clock(h2, m2, None, None, us)}"


@functools.cache
def _english_passes(
    us: bool, month_first: bool | None = None, dialect: bool = False
) -> tuple[Pass, ...]:
    """Every pass of the English rules in order, bound to the "and" style `us` (and the
    numeric dates' order `month_first`, when the book's evidence settles it), each with
    its gate (built once: a book says thousands of sentences); a book that writes dialect
    (`dialect`) keeps its elisions (`_DIALECT_ELISIONS` are left out)."""
    passes: list[tuple[re.Pattern[str] | None, Replacement]] = [
        (_LONG_DIGITS, lambda m: f" {_digits(m.group())} "),
        (_SHILLING_SPAN, _shilling_span),
        (_OLD_MONEY, functools.partial(_call, _old_money, us)),
        (_PAREN_COPYRIGHT, _paren_copyright),
        (_COPYRIGHT_TWICE, r"\1"),
        (_URL, _url),
        (_NAMED_ADDRESS, _named_address),  # "From: Dana <dana@x.com>": a pause, the address
        (_EMAIL, _email),
        (_DOMAIN, _url),
        (_SIGNED, "signed, "),  # "/s/ Margaret O. Tran": an electronic signature
        (PATH, _path),
        (DOTFILE, _dotfile),  # "files ending in .py": dot p y
        (_DOI, _doi),  # "doi:10.1017/S0018…": its slash is no "or"
        (_NO_DATE, "no date"),  # "(Raven, n.d.)"
        (_FOLLOWING, lambda m: _keep_stop(m, f"{m['n']} and following")),  # "pp. 112ff."
        (_CLOCK_RANGE, functools.partial(_call, _clock_range, us)),  # "9:00–11:00"
        (_HYMN_METRE, functools.partial(_call, _metre_or_time, us)),
        (_DOTTED_DATE, functools.partial(_call, _dotted_date, us)),
        (_SHORT_DOTTED_DATE, functools.partial(_call, _short_dotted_date, us)),
        (_CLASSICAL, functools.partial(_call, _classical, us)),
        (CLASSICAL_REFERENCE, functools.partial(_call, _classical_work, us)),  # "Il. 9.63"
        (CITED_WORD, lambda m: CITED_WORDS[m["abbr"]] + " "),  # "n. 3", "Sect. 2.3.1"
        (_CLAUSE_NUMBER, r"\g<n>,"),
        (_IEEE, _ieee),  # "802.11ac": eight oh two dot eleven A C
        (_IP_ADDRESS, _ip_address),  # "192.168.1.1", before the version rule reads "point"
        (VERSION, functools.partial(_call, _version, us)),
        (_NAMED_VERSION, lambda m: m["name"] + re.sub(
            r"[0-9]+\.[0-9]+", lambda v: _version_said(v.group(), us), m["v"] + m["more"]
        ).replace("–", " to ")),
        *_genre_fiction(us),  # "HP: 340/400", "Lv. 3", "Mk. IV", "a Colt .45", "2150"
        (None, roman_references),  # "vol. ii" → "vol. 2", then read as any number
        *_LETTER_SLASHES,  # "2/Lt.", "1/5th Bn.", "c/o", "w/c 15th"
        *_PRACTICAL,  # "w/", "fl. oz.", "Mon/Wed/Fri", "model #"
        *((pattern, functools.partial(_call_dated, fn, us, month_first)
           if month_first is not None and fn in _ORDERED_DATES
           else functools.partial(_call, fn, us))
          for pattern, fn in (*_ABBREVIATION_RULES, *_ROMAN_RULES, *_NUMBER_RULES)
          if not (dialect and (pattern, fn) in _DIALECT_ELISIONS)),
        (None, _symbols),
    ]  # fmt: skip
    return tuple(
        (pattern, said, gates.needs(pattern) if pattern is not None else ())
        for pattern, said in passes
    )


def _substituted(passes: Iterable[Pass], text: str) -> str:
    """`text` through each pass in turn. A pass whose pattern cannot match the text as it
    stands then (`gates`) is skipped: it would change nothing, and scanning costs time."""
    have = gates.present(text)
    for pattern, said, need in passes:
        if pattern is None:
            changed = said(text)  # type: ignore[operator]
        elif need and any(map(have.isdisjoint, need)):
            continue  # `not gates.may_match(need, have)`, written out: it runs a million times
        else:
            changed = pattern.sub(said, text)
        if changed is not text:
            text, have = changed, gates.present(changed)
    return text


_STAT_FRACTION = re.compile(
    r"(?<![\w/.,])(?P<a>[0-9]{1,3}(?:,[0-9]{3})*)/(?P<b>[0-9]{1,3}(?:,[0-9]{3})*)"
    r"(?![\w/]|[.,][0-9])"
)
"""A gauge in a game's status window ("HP: 340/400", "188/250 HP", "HP 87/100." at a
sentence's end, "(87/100)" inside a 【…】 system window): "out of", never "slash"."""
_STAT_NEAR = re.compile(
    r"(?:\b(?:HP|MP|XP|EXP|EP)\b[^a-zA-Z]*"
    r"|\b(?:SP|Mana|Health|Stamina|Energy|Shields?|Hull|MANA|HEALTH|STAMINA|ENERGY|SHIELDS?"
    r"|HULL)\s*:\s*)$"
)
"""A gauge's label just before it: an abbreviation ("HP 340/400", "[MP: 85/120"), or a
capitalised word with its colon ("Health: 50/100"); never "health 50/50", "energy 24/7",
nor a starting price ("SP 11/2") or a club ("Hull 2/1")."""
_STAT_AFTER = re.compile(r"\s*(?:HP|MP|XP|EXP|EP)\b")
_LEVEL = re.compile(r"(?<![\w.])(?:Lv|LV|Lvl|LVL|lvl)\.?\s?(?=[0-9])")
"""A game's level ("Lv.4", "Lv. 3", "Lvl 14"): "Level", as espeak would spell the letters."""
_LYRIC_REPEAT = re.compile(r"(?<=[A-Za-z,.!?;:'’\"”])\s+[xX](?P<n>[2-9])\s*$")
"""A repeat mark after a lyric's line ("Blow, blow, all the way to Tennessee   x2")."""


def _lyric_repeat(m: Match) -> str:
    """A lyric's repeat mark said after a pause as a songbook's reader says it: "…to
    Tennessee, twice", "…your boat, three times", never run into the words. The line's
    words are mostly in lower case, as a lyric's are; an inventory's "Health Potion x3",
    in title case, is an item's count (`_ITEM_COUNT`)."""
    words = re.findall(r"[A-Za-z'’]+", m.string[: m.start()])
    if not words or sum(w[0].islower() for w in words) * 2 < len(words):
        return m.group()
    times = {"2": "twice", "3": "three times"}.get(m["n"], f"{m['n']} times")
    return f", {times}"


_ITEM_COUNT = re.compile(r"(?<=[A-Za-z\])] )x(?P<n>[0-9]{1,4})(?=\s*(?:$|[,;\])]|\u2028))")
"""An item's count in an inventory ("Copper Coin x27"): "times twenty-seven"."""
_COOLDOWN = re.compile(
    r"(?:(?i:\b(?P<label>cool\s?down|duration|cast time|recharge|respawn|channel)\s*:?\s*)"
    r"|\b(?i:cd)\s*:\s*)"
    r"(?P<n>[0-9]+(?:\.[0-9]+)?)s\b"
)
"""A skill's time in seconds ("Cooldown: 30s", "CD: 12s"), never "thirties"; "CD" only
with its colon ("a CD 80s compilation" is a disc of the eighties)."""
_PER_SECOND = re.compile(r"\b(?P<what>dmg|DMG|HP|MP|SP|mana|damage)/(?:s|sec)\b")
_DMG = re.compile(r"(?<=[0-9] )(?:dmg|DMG)\b")
_ARROW = re.compile(r"(?<=[0-9%])(?P<unit>[a-zA-Z]{0,3})\s*(?:→|->|⇒)\s*(?=[+-]?[0-9])")
"""A value raised in a system message ("15 → 20", "10m → 50m"): "to"."""
_SR = re.compile(r"(?<![\w.-])SR(?=-[0-9])")
_MARK = re.compile(r"(?<![\w.])(?:Mk|MK)\.?(?:\s|-)?(?=(?:[IVX]+|[0-9]{1,2})\b)")
"""A model's mark ("Mk. IV", "MK-III", "Mk 2"): "Mark"."""
_GUN_WORD = (
    r"(?:a|an|the|his|her|my|your|their|our|Colt|Ruger|Glock|Winchester|Remington|Magnum"
    r"|Wesson|S&W|Derringer|Browning|Marlin|Savage|Springfield)"
)
_CALIBRE = re.compile(
    rf"(?:(?P<pre>\b{_GUN_WORD} )|(?<![\w.0-9]))"
    r"\.(?P<c>22|25|32|38|357|380|40|44|45|50|223|243|270|303|308|410|454|500)(?![0-9])"
    r"(?P<post>\s+(?:caliber|calibre|cal\b|Magnum|Special|ACP|S&W|Auto|Long|LR|Colt|rifle"
    r"|pistol|revolver|rounds?|bullets?|slugs?|shells?|automatic|semi-?auto|Smith|Sharps)\b)?"
)
"""A cartridge's calibre ("a Colt .45", ".357 Magnum", ".38 Special"): "forty-five",
"three fifty-seven", as shooters say it, never "point four five"; only after a gun's
maker or an article, or before a cartridge's word."""
_INITIALISMS = {
    "USS": "U S S", "USMC": "U S M C", "IED": "I E D", "NYC": "N Y C", "ICU": "I C U",
    "EMP": "E M P", "DEA": "D E A", "ATF": "A T F", "UAV": "U A V", "IFF": "I F F",
}  # fmt: skip
"""Initialisms espeak says as a word ("wide" for IED, "nick" for NYC, "uzmk" for USMC):
spelled as letters, as they are said. A plural keeps its "s" ("IEDs" espeak says right)."""
_INITIALISM = re.compile(rf"(?<![\w.&-])(?:{'|'.join(_INITIALISMS)})(?![\w&-]|\.[A-Za-z])")
_RETIRED = re.compile(r"(?<=\S) \(Ret\.\)|, Ret\.(?=[\s,;)]|$)")
_ERA = r"(?:CE|AD|C\.E\.|A\.D\.|A\.R\.|AR|AC|A\.C\.|AE|A\.E\.)"
_FAR_YEAR = re.compile(
    r"(?P<cue>\b(?:In|in|Year|year|Since|since|Until|until|By|by|circa) |, )"
    r"(?P<y>2[1-9][0-9]{2}|[3-9][0-9]{3})(?:(?=\s*(?:[,;:)]|\.(?![0-9])|$|\u2028))|(?P<era>\s+"
    + _ERA + r"(?![\w])))"
    r"|(?<![\w.,])(?P<y2>[1-9][0-9]{3})(?P<era2>\s+" + _ERA + r")(?![\w])"
)
"""A year from 2100 on, as science fiction dates its scenes ("In 2150, humanity left",
"Mars Colony, 2187", "2387 CE"), and any year before its era ("1142 A.R."): "twenty-one
fifty", never "two thousand one hundred and fifty"; after "in" or a comma only before a
stop or a comma ("in 2150 ships" counts them)."""


def _far_year(m: Match, us: bool) -> str:
    year = m["y"] or m["y2"]
    era = (m["era"] or m["era2"] or "").strip()
    if not era and _far_count(m):
        return m.group()  # "fell by 2375,", "one in 5000.", "2100, 2300, 2600.": counts
    if int(year) % 1000 == 0:  # "3000 AD": three thousand, never "thirty hundred"
        return (m["cue"] or "") + _cardinal(int(year), us) + (f" {era}" if era else "")
    if era.replace(".", "") == "AD" and int(year) < 2100:
        return m.group()  # the later rules say it, and end a sentence at its dot
    letters = era.replace(".", "")  # espeak spells "AR", "AD"; "CE" it says "see"
    letters = "C E" if letters == "CE" else letters
    if era.endswith(".") and m.string[m.end() : m.end() + 1] not in (",", ";", ":", ")"):
        letters += "."  # the era's dot was the sentence's
    return (m["cue"] or "") + _year(int(year), us) + (f" {letters}" if era else "")


def _far_count(m: Match) -> bool:
    """Is a far year's number a count by its cue: after a lower-case "by" ("fell by 2375,"),
    "one in" ("one in 5000."), a comma after another number ("2100, 2300, 2600.") or a
    figure's change ("rose to 2150,")? Or a round thousand, which a count says too?"""
    cue, before = m["cue"] or "", m.string[: m.start()]
    if cue == "by " or int(m["y"]) % 1000 == 0:
        return True
    if cue == ", ":
        return re.search(r"[0-9%]\s*$", before) is not None
    if cue in ("in ", "In "):
        return re.search(r"(?i:\b(?:one|a|[0-9][0-9,]*))\s*$", before) is not None
    return False


def _calibre(m: Match, us: bool) -> str:
    c, pre, post = m["c"], m["pre"] or "", m["post"] or ""
    if not (post or (pre and not m.string[m.end() : m.end() + 1].isalnum())):
        return m.group()
    owner = not post and pre.strip().lower() in _ARTICLE_OR_OWNER
    if owner and not _AFTER_A_GUN.match(m.string, m.end()):
        return m.group()  # "his .45." is the gun, "a .25 per cent rise" a decimal
    return pre + _in_pairs(c, us) + post


_ARTICLE_OR_OWNER = frozenset({"a", "an", "the", "his", "her", "my", "your", "their", "our"})
_AFTER_A_GUN = re.compile(
    r"\s*(?:[.,;:!?)\u2014\u2028\"”’']|$)"
    r"|\s+(?:and|from|out|up|down|away|back|aside|under|into|jammed|kicked|barked|roared)\b"
)
"""What follows a calibre named after an article or owner alone ("his .45.", "the .38 and
the knife"): a stop or a gun's verb, never a noun ("a .45 probability")."""


def _stat_fraction(m: Match, us: bool) -> str:
    before, after = m.string[max(0, m.start() - 24) : m.start()], m.string[m.end() : m.end() + 8]
    text, a, b = m.string, int(m["a"].replace(",", "")), int(m["b"].replace(",", ""))
    window = (  # inside a system window's lenticular brackets, and no date ("【Date 3/4】")
        text.rfind("【", 0, m.start()) > text.rfind("】", 0, m.start())
        and "】" in text[m.end() :]
        and a <= b
        and (a > 12 or b > 31)
    )
    if not (_STAT_NEAR.search(before) or _STAT_AFTER.match(after) or window):
        return m.group()
    if (m["a"], m["b"]) in (("24", "7"), ("50", "50"), ("9", "11")):
        return m.group()  # "24/7", "50/50", "9/11" are said as they always are
    return f"{m['a']} out of {m['b']}"


def _genre_fiction(us: bool) -> list[tuple[re.Pattern[str], Replacement]]:
    """The words of genre fiction's own notation: a LitRPG status window ("HP: 340/400",
    "Lv. 3", "Cooldown: 30s", "3 dmg/s", "15 → 20", "Copper Coin x27"), a thriller's
    hardware ("SR-71", "Mk. IV", "a Colt .45", "USMC (Ret.)") and science fiction's
    years ("In 2150,"): each said as a narrator of the genre says it. The passes, in order."""
    return [
        (_STAT_FRACTION, functools.partial(_call, _stat_fraction, us)),
        (_LEVEL, "Level "),
        (_LYRIC_REPEAT, _lyric_repeat),  # "…to Tennessee x2": a song's, before an item's count
        (_ITEM_COUNT, lambda m: f"times {m['n']}"),
        (_COOLDOWN, lambda m: f"{m.group()[: m.start('n') - m.start()]}{m['n']} seconds"),
        (_PER_SECOND, lambda m: ("damage" if m["what"].lower() in ("dmg", "damage") else m["what"])
         + " per second"),
        (_DMG, "damage"),
        (_ARROW, lambda m: f"{m['unit']} to "),
        (_SR, "S R"),
        (_MARK, "Mark "),
        (_CALIBRE, functools.partial(_call, _calibre, us)),
        (_RETIRED, ", retired"),
        (_INITIALISM, lambda m: _INITIALISMS[m.group()]),
        (_FAR_YEAR, functools.partial(_call, _far_year, us)),
    ]


def _call(fn: Callable[[Match, bool], str], us: bool, m: Match) -> str:
    return fn(m, us)


def _call_dated(
    fn: Callable[[Match, bool, bool | None], str], us: bool, month_first: bool | None, m: Match
) -> str:
    return fn(m, us, month_first)


_ORDERED_DATES: frozenset[Callable[..., str]] = frozenset(
    {_iso_date, _numeric_date, _slash_date, _diary_date}
)
"""The rules whose numeric dates follow the book's order (`numeric_date_order`)."""


_UNDERSCORE = re.compile(r"(?<![^\W_])_+|_+(?![^\W_])")
"""Underscores not inside a word (snake_case keeps its own)."""


_DIGIT_ITALICS = re.compile(r"(?<=[0-9])([_*])([^\W\d_]{1,3}\.?)\1(?![^\W_])")
"""Italics right after a figure ("3_s._", "1,250_l._", Markdown's "3*s.*", which its
reader leaves inside a word), which the word rule keeps: "3s." is then read as money."""

_ITALIC_MONEY = re.compile(
    r"(?<![\w.,£])(?P<n>[0-9]{1,3}(?:,[0-9]{3})*|[0-9]+)(?P<mark>[_*])(?P<unit>[lsd])\.(?P=mark)"
    r"(?![^\W_])"
)
_SPACED_ITALIC_MONEY = re.compile(r"(?<![\w.,£])([0-9][0-9,]*)\s?([_*])([lsd])\2\.(?![^\W_])")
"""The letter of a sum italicised alone, its dot after the mark and often a space before it,
as Distributed Proofreaders transcribe an old newspaper ("those of 13 _d_.", "3 _s_. 6
_d_."): made "13_d._", the italic sum `_ITALIC_MONEY` reads; the marks say it is money."""
_SUM_BEFORE = re.compile(r"(?:£\s?[0-9][0-9,]*|[0-9][_*]?[ls]\.[_*]?)\s?$")
_SUM_AFTER = re.compile(r"\s?[0-9]{1,2}[½¼¾]?[_*]?[sd]\.|\s+[a-z]|\s*[,;:]")


def _italic_money(m: Match) -> str:
    """A lone sum in italics ("cloth, 5_s._", "at 3*d.* Then"): "5 shillings", where the
    plain "5s." would be left alone (a decade, "rolled two 6s."); a book italicises the
    letter of money and nothing else. Part of a longer sum ("2_l._ 10_s._"), or before a
    small word or a comma, it is left for the reading of old money, which says it so."""
    if _SUM_BEFORE.search(m.string, 0, m.start()) or _SUM_AFTER.match(m.string, m.end()):
        return m.group()
    n = int(m["n"].replace(",", ""))
    one, many = {"l": ("pound", "pounds"), "s": ("shilling", "shillings"), "d": ("penny", "pence")}[
        m["unit"]
    ]
    stop = "." if re.match(r"\s*$|\s+[A-Z\"“‘]", m.string[m.end() :]) else ""
    return f"{m['n']} {one if n == 1 else many}{stop}"


_BLANK = re.compile(
    r"(?<![\w_/])(?P<sym>[$£€]\s?)?(?P<line>[_/]*_[_/]*(?:\s?[/-]\s?[_/]*_[_/]*)*)"
    r"(?P<pc>\s?%)?(?![\w_/])"
)
"""A line left to write on, as worksheets print it: "Name: ____", "Date: __/__/____" (one
date, one blank, with any of its underscores lost: "_//___"), "$______", "____%"; two
underscores at least, touching no letter or figure ("__init__", "18__" and _italics_ are
not blanks)."""
_BLANK_SCORE = re.compile(r"(?<![\w_/])_{2,}\s?/\s?(?P<d>[0-9]{1,3})(?![\w/]|[.,][0-9])")
"""A score left blank over its most ("RPE: __/10", "Score: ___/20"): "blank out of ten"."""
_BLANK_TITLE = re.compile(
    r"(?<![\w.])(?:Mrs?\.|Ms\.|Dr\.|Miss|Lady|Lord|Sir|Captain|Colonel|General)\s?$"
)
_BLANK_CURRENCY = {"$": "dollars", "£": "pounds", "€": "euros"}
_CUT_MARK = re.compile(r"\s?(?<!\w)[\[(](?:(?:\.\s?){3,4}|…)[\])]")
"""An editor's mark for words left out ("Tuesday [...] the mud", "[…]", "(. . .)"): said
as an ellipsis is, a pause, where the brackets round nothing were read "[]"."""
_UNDERSCORED_YEAR = re.compile(r"(?<![\w_])(?P<y>1[0-9][0-9]?)_{2,}(?![\w_])")
"""A year left blank with underscores ("The year 17__ was cold"): the dashes' blank year
(`_BLANK_YEAR`), not a figure whose underscores vanish as markup."""
_UNDERSCORED_OATH = re.compile(r"(?<![\w_])(?P<a>[A-Za-z])_{2,}(?P<b>[a-z]{1,6})(?![\w_])")


def _underscored_oath(m: Match) -> str:
    """ "D_____d" as "D——d", for `_DASHED_OATH`; any other word's underscores are left."""
    return f"{m['a']}——{m['b']}" if (m["a"].lower(), m["b"]) in _OATHS else m.group()


def _worksheet_blanks(text: str) -> str:
    """Each blank said "blank", as a narrator reads a worksheet aloud, with its currency or
    percent sign after it in words ("blank dollars", "blank percent"): without this the
    underscores vanish and leave "slash slash", or a "dollar" with no amount. A blank
    after a title is a name left blank ("Mr. ____" → "Mr. Blank"). A line of nothing but
    underscores is a rule, not a blank: it is left for the markup pass to drop."""
    if "_" not in text:  # every blank has one; `mask` costs more than the rest of this
        return text
    if not re.search(r"[^\W_]", _BLANK.sub("", text)):
        return text
    text = _BLANK_SCORE.sub(lambda m: f"blank out of {m['d']}", text)
    masked = mask(text)
    kept, start = [], 0
    for m in _BLANK.finditer(masked):
        if text[m.start("line") : m.end("line")].count("_") < 2:  # `mask` hides a URL's
            continue
        named = bool(_BLANK_TITLE.search(text, 0, m.start()))
        said = "Blank" if named else "blank"
        if m["sym"]:
            said += " " + _BLANK_CURRENCY[m["sym"].strip()]
        if m["pc"]:
            said += " percent"
        if not named and re.match(r"\s+[A-Z][\w’' -]{0,24}:", text[m.end() :]):
            said += ","  # "Lender: ____ Balance: ____": a pause between a form's fields
        kept += [text[start : m.start()], said]
        start = m.end()
    return "".join(kept) + text[start:]


_TAG_PAIR = re.compile(
    r"<(?P<tag>i|b|em|strong|u)(?:\s[^<>]*)?>(?P<inner>[^<>]*)</(?P=tag)\s*>", re.IGNORECASE
)
"""An emphasis tag and its own closing tag round text with no other tag in it: `<i>…</i>`."""
_TAG_TALK = re.compile(r"`|\b(?:tags?|elements?|X?HTML|markup|attributes?|CSS)\b")
"""A sentence about markup, where a tag pair is shown, not used ("an italic tag: <i>")."""


def _untagged(text: str) -> str:
    """`text` with its emphasis tag pairs taken off, but where its sentence talks of tags."""

    def untag(m: Match) -> str:
        before = re.split(r"[.!?]\s", text[max(0, m.start() - 160) : m.start()])[-1]
        after = re.split(r"[.!?](?:\s|$)", text[m.end() : m.end() + 80])[0]
        return m[0] if _TAG_TALK.search(f"{before} {after}") else m["inner"]

    return _TAG_PAIR.sub(untag, text)


_RAISED_NUMBER_SIGN = re.compile(r"(?<![\w^])N\^(?:\{o\}|o)(?=\s*[0-9])")
"""Project Gutenberg's "N^{o} 19" (the "o" raised): the number sign, written "No." so it
is read "Number nineteen"; in English, whose rules read "No." so."""
_RAISED_LETTERS = re.compile(r"(?<=[^\W_])\^(?:\{([^\W\d_]{1,4})\}|([^\W\d_]{1,3})(?![\w{]))")
"""Raised letters as Project Gutenberg types them, "M^r", "y^e", "2^{nd}", "Wm^{m}": the
letters of an abbreviation printed small and high, read as if printed on the line ("Mr",
"ye", "2nd"); raised figures ("x^2", "10^{6}") are mathematics (`_RAISED_FIGURES`)."""
_RAISED_FIGURES = re.compile(
    r"(?:(?<=[^\W_])|(?<=\)))\^(?:\{(-?[0-9]{1,3})\}|(-?[0-9]{1,3})(?![\w.,]?[0-9]))"
)
"""A power typed with a caret, as plain text writes what print raises: "x^2", "y^{2}",
"10^{6}", "s^{-1}". It becomes the raised figures themselves ("x²", "10⁶"), whose
reading is the one rule for powers ("x squared", "ten to the sixth"); left as typed the
caret was spelled and "{2}" taken for a page number."""
_TO_RAISED = str.maketrans("0123456789-", "⁰¹²³⁴⁵⁶⁷⁸⁹⁻")


def _raised_letters(text: str, english: bool) -> str:
    """`text` with its caret superscripts of letters set on the line (`_RAISED_LETTERS`)
    and of figures raised (`_RAISED_FIGURES`)."""
    if "^" not in text:
        return text
    if english:
        text = _RAISED_NUMBER_SIGN.sub("No.", text)
    text = _RAISED_FIGURES.sub(lambda m: (m[1] or m[2]).translate(_TO_RAISED), text)
    return _RAISED_LETTERS.sub(lambda m: m[1] or m[2], text)


def _plain_text_markup(text: str, tags: bool = True) -> str:
    """Italics in underscores, as plain-text books write them, taken off before the
    numbers and dates are read ("_3 May._", "3_s._"); a URL's or a path's own
    underscores (`mask` hides them, or a slash touches them) stay for the spelling
    rules, and the last pass of `to_spoken`. HTML's emphasis tags round words, as a
    plain-text copy of a web page or a forum post keeps them ("The <i>harbor</i> was"),
    are taken off too (`tags`: in plain text only; a markup reader has taken off the real
    ones, and those left are the book's own, shown as code)."""
    text = _untagged(text) if tags else text
    text = _DIGIT_ITALICS.sub(r"\2", text)
    if "_" not in text:  # nothing to cut, and `mask` is the dearest step of a sentence
        return text
    cuts = [
        (m.start(), m.end()) for m in _UNDERSCORE.finditer(mask(text))
        if not {text[m.start() - 1 : m.start()], text[m.end() : m.end() + 1]} & {"/", "\\"}
    ]  # fmt: skip
    if not cuts:
        return text
    kept, start = [], 0
    for begin, end in cuts:
        kept.append(text[start:begin])
        start = end
    return "".join(kept) + text[start:]


FIXED_ABBREVIATIONS = {
    "ru": {"т. е.": "то есть", "т. д.": "так далее", "т. п.": "тому подобное",
           "т. к.": "так как", "и др.": "и другие"},
    "de": {"z. B.": "zum Beispiel", "d. h.": "das heißt", "u. a.": "unter anderem",
           "usw.": "und so weiter", "u. s. w.": "und so weiter", "bzw.": "beziehungsweise",
           "vgl.": "vergleiche"},
    "fr": {"p. ex.": "par exemple", "c.-à-d.": "c'est-à-dire", "etc.": "et cetera"},
    "pt": {"V. Ex.ª": "Vossa Excelência", "V. Exa.": "Vossa Excelência",
           "V. S.ª": "Vossa Senhoria", "V. Sa.": "Vossa Senhoria", "Ex.ª": "Excelência",
           "Sr.ª": "Senhora", "Ex.mo": "Excelentíssimo", "Ex.ma": "Excelentíssima",
           "Ex.^mo": "Excelentíssimo", "Ex.^ma": "Excelentíssima", "Ill.mo": "Ilustríssimo",
           "Ill.ma": "Ilustríssima", "Ill.^mo": "Ilustríssimo", "Ill.^ma": "Ilustríssima",
           "Sr.^a": "Senhora", "Ex.^a": "Excelência", "V. Ex.^a": "Vossa Excelência",
           "V. S.^a": "Vossa Senhoria", "n.º": "número", "N.º": "número",
           "n.ºs": "números", "nº": "número", "Nº": "número"},
    "es": {"n.º": "número", "N.º": "número", "núm.": "número", "izda.": "izquierda",
           "dcha.": "derecha"},
    "it": {"n°": "numero", "N°": "numero", "sig.ra": "signora", "sig.na": "signorina",
           "sig.ri": "signori", "sig.": "signor", "dott.ssa": "dottoressa", "dott.": "dottor",
           "avv.": "avvocato", "prof.ssa": "professoressa", "prof.": "professor",
           "ecc.": "eccetera", "pag.": "pagina", "pagg.": "pagine", "cav.": "cavalier"},
    "pl": {"m.in.": "między innymi", "np.": "na przykład", "tj.": "to jest",
           "tzn.": "to znaczy", "itd.": "i tak dalej", "itp.": "i tym podobne",
           "tzw.": "tak zwany", "zob.": "zobacz", "godz.": "godzina"},
    "nl": {"dhr.": "de heer", "mevr.": "mevrouw", "mw.": "mevrouw", "blz.": "bladzijde",
           "d.w.z.": "dat wil zeggen", "bijv.": "bijvoorbeeld", "o.a.": "onder andere",
           "vgl.": "vergelijk", "m.b.t.": "met betrekking tot", "i.p.v.": "in plaats van",
           "t.o.v.": "ten opzichte van", "enz.": "enzovoort", "o. a.": "onder andere",
           "d. i.": "dat is"},
    "sv": {"t. ex.": "till exempel", "d. v. s.": "det vill säga", "dvs.": "det vill säga",
           "o. s. v.": "och så vidare", "osv.": "och så vidare", "bl. a.": "bland annat",
           "s. k.": "så kallad", "t. o. m.": "till och med", "p. g. a.": "på grund av",
           "f. d.": "före detta", "m. m.": "med mera", "kl.": "klockan", "jfr.": "jämför",
           "resp.": "respektive"},
    "da": {"f. Eks.": "for eksempel", "f. eks.": "for eksempel", "f. Ex.": "for eksempel",
           "o. s. v.": "og så videre", "osv.": "og så videre", "d. v. s.": "det vil sige",
           "bl. a.": "blandt andet", "m. m.": "med mere", "kl.": "klokken",
           "jvf.": "jævnfør", "jfr.": "jævnfør", "sml.": "sammenlign"},
    "nb": {"f. Eks.": "for eksempel", "f. eks.": "for eksempel", "f. Ex.": "for eksempel",
           "o. s. v.": "og så videre", "osv.": "og så videre", "d. v. s.": "det vil si",
           "dvs.": "det vil si", "bl. a.": "blant annet", "m. m.": "med mer",
           "kl.": "klokken", "jf.": "jamfør"},
    "fi": {"esim.": "esimerkiksi", "jne.": "ja niin edelleen", "ym.": "ynnä muuta",
           "yms.": "ynnä muuta sellaista", "ns.": "niin sanottu", "vrt.": "vertaa",
           "ks.": "katso"},
    "cs": {"t. r.": "tohoto roku", "atd.": "a tak dále", "tj.": "to jest",
           "např.": "například", "tzn.": "to znamená", "apod.": "a podobně",
           "mj.": "mimo jiné", "resp.": "respektive"},
    "hu": {"kb.": "körülbelül", "stb.": "s a többi", "pl.": "például",
           "ún.": "úgynevezett", "vö.": "vesd össze", "Kr. e.": "Krisztus előtt",
           "Kr. u.": "Krisztus után", "ifj.": "ifjabb", "özv.": "özvegy", "jan.": "január",
           "febr.": "február", "márc.": "március", "ápr.": "április", "jún.": "június",
           "júl.": "július", "aug.": "augusztus", "szept.": "szeptember", "okt.": "október",
           "nov.": "november", "dec.": "december"},
}  # fmt: skip
FIXED_ABBREVIATIONS["it"] |= {"p. es.": "per esempio", "ad es.": "ad esempio"}
FIXED_ABBREVIATIONS["sr"] = {
    "тј.": "то јест", "tj.": "to jest", "т. ј.": "то јест", "t. j.": "to jest",
    "итд.": "и тако даље", "itd.": "i tako dalje",
    "нпр.": "на пример", "npr.": "na primer", "тзв.": "такозвани", "tzv.": "takozvani",
    "и сл.": "и слично", "i sl.": "i slično",
}  # fmt: skip
FIXED_ABBREVIATIONS["hi"] = {"डॉ.": "डॉक्टर"}
FIXED_ABBREVIATIONS["hr"] = FIXED_ABBREVIATIONS["bs"] = {
    "tj.": "to jest", "itd.": "i tako dalje", "npr.": "na primjer", "tzv.": "takozvani",
    "i sl.": "i slično",
}  # fmt: skip
FIXED_ABBREVIATIONS["el"] = {
    "π. χ.": "παραδείγματος χάριν", "δηλ.": "δηλαδή", "κ. λπ.": "και λοιπά",
    "κλπ.": "και λοιπά", "κ. τ. λ.": "και τα λοιπά", "κτλ.": "και τα λοιπά",
    "κ. ά.": "και άλλα", "π. Χ.": "προ Χριστού", "μ. Χ.": "μετά Χριστόν",
    "π. μ.": "προ μεσημβρίας", "μ. μ.": "μετά μεσημβρίαν", "βλ.": "βλέπε", "σελ.": "σελίδα",
}  # fmt: skip
FIXED_ABBREVIATIONS["pt"] |= {"snr.ª": "senhora", "snr.^a": "senhora", "sr.ª": "senhora",
                              "N.ª Senhora": "Nossa Senhora", "N.^a Senhora": "Nossa Senhora"}
"""Abbreviations every reader expands the same way whatever the sentence around them
(Russian "т. е.", German "z. B."); those that change with case or number ("коп.",
"руб.") are left as written."""
_MAY_END = frozenset(
    {"т.д.", "т.п.", "идр.", "usw.", "u.s.w.", "etc.", "ecc.", "itd.", "itp.", "enz.",
     "o.s.v.", "osv.", "m.m.", "jne.", "ym.", "yms.", "t.r.", "atd.", "apod.", "stb.",
     "итд.", "исл.", "isl.", "κ.λπ.", "κλπ.", "κ.τ.λ.", "κτλ.", "κ.ά.", "π.Χ.", "μ.Χ.",
     "π.μ.", "μ.μ."}
)  # fmt: skip
_FIXED_ANY_CASE = {
    lang: table | {k[:1].upper() + k[1:]: v[:1].upper() + v[1:] for k, v in table.items()}
    for lang, table in FIXED_ABBREVIATIONS.items()
}  # a sentence's first word: "Т. е. это", "Np. tak", "Sig. Rossi"
_FIXED_PATTERNS = {
    lang: re.compile(
        r"(?<![\w.])(?:"
        + "|".join(re.escape(k).replace(r"\ ", r"\s?") for k in sorted(table, key=len)[::-1])
        + r")(?!\w)"
    )
    for lang, table in _FIXED_ANY_CASE.items()
}


_PT_SUA = frozenset(
    {"Ex", "Exa", "Exas", "Excelência", "Excelências", "Majestade", "Alteza", "Senhoria",
     "Santidade", "Eminência", "Mercê", "Reverendíssima"}
)  # fmt: skip


def _sao(m: Match) -> str:
    """Portuguese "S." before a saint's or a place's name: São before a man's name that
    opens with a consonant ("a S. Paulo", "S. João"), Santo before a vowel ("S. António"),
    Santa before a woman's ("S. Maria"); espeak said "esse". Before a title of honour it
    is Sua ("S. Ex.ª", "S. Majestade"). An initial between names ("João S. Pereira") is
    kept."""
    name, after = m["name"], m.string[m.end() + 1 + len(m["name"]) :]
    if name in _PT_SUA or re.match(r"\.?[ªº^]", after):
        return "Sua"
    before = m.string[: m.start()].split()
    if before and before[-1][:1].isupper() and before[-1][-1:].isalpha():
        return m.group()  # "João S. Pereira": a middle initial
    if _dom_or_dona(name) == "Dona":
        return "Santa"
    return "Santo" if name[0] in "AEIOUÁÉÍÓÚÂÊÔ" else "São"


_DE_HALF_GENDER = {
    **dict.fromkeys(("Taler", "Thaler", "Gulden", "Kreuzer", "Groschen", "Pfennig", "Heller",
                     "Zentner", "Scheffel", "Becher", "Löffel", "Tag", "Monat", "Fuß", "Schuh",
                     "Meter", "Liter", "Laib", "Eimer", "Krug", "Topf", "Bogen"), "halber"),
    **dict.fromkeys(("Stunde", "Meile", "Elle", "Mark", "Flasche", "Tasse", "Woche", "Minute",
                     "Kanne", "Schüssel", "Semmel", "Portion"), "halbe"),
    **dict.fromkeys(("Pfund", "Jahr", "Dutzend", "Kilo", "Lot", "Glas", "Maß", "Quart",
                     "Brot", "Stück", "Jahrhundert"), "halbes"),
}  # fmt: skip
"""German nouns a "1/2" is said before, with the ending "halb" takes for their gender."""
_DE_HALF = re.compile(
    rf"(?<![\w/.,])1/2\s+(?P<noun>{'|'.join(_DE_HALF_GENDER)})(?!\w)"
)


def _de_half(m: Match) -> str:
    """"1/2 Taler" ein halber Taler, "1/2 Stunde" eine halbe Stunde, "1/2 Pfund" ein halbes
    Pfund (the nominative): espeak read the slash; a noun it does not know stays as written."""
    half = _DE_HALF_GENDER[m["noun"]]
    article = re.search(r"(?<!\w)[Ee]in(?P<end>e[nmrs]?)?\s+$", m.string[: m.start()])
    if article:  # "eine 1/2 Stunde", "einen 1/2 Taler": the article is there, its case too
        return f"{'halben' if article['end'] in ('en', 'em', 'er', 'es') else half} {m['noun']}"
    return f"{'eine' if half == 'halbe' else 'ein'} {half} {m['noun']}"


_DE_KREUZER = re.compile(r"(?<=[0-9] )Kr\.(?=\s*[,;)]|\s+[a-zäöü]|\s*$)")
_DE_MONEY_NEAR = re.compile(
    r"Taler|Thaler|Gulden|(?<!\w)fl\.|Groschen|Heller|Kreuzer|Pfennig|kost|Preis|zahl|Geld"
)


def _de_kreuzer(m: Match) -> str:
    """An old sum's "Kr." after a figure with money near it ("1/2 Taler und 3 Kr."):
    Kreuzer. Without a sum near it, "Kr." (a Kreis, a district) is left as written."""
    near = m.string[max(0, m.start() - 80) : m.end() + 80]
    return _keep_stop(m, "Kreuzer") if _DE_MONEY_NEAR.search(near) else m.group()


_SANKT = re.compile(r"(?<![\w.])(?:St\.|S:t)(?=\s*[A-ZÆØÅÄÖ][a-zæøåäö])")
"""A saint's or a saint's day's "St." in Swedish, Danish and Norwegian ("St. Hansaften",
"S:t Eriks gata"): "Sankt", where espeak spelled "S T"."""
_SV_POINTS = {"N": "nord", "S": "syd", "O": "ost", "V": "väst"}
_SV_COMPASS = re.compile(
    r"(?P<cue>\b(?:från|mot|åt|visar)\s+)(?P<points>(?>(?:[NSOV]\.(?:\s?(?=[NSOV]\.))?){1,3}))"
    r"(?!\w)"
)
_SV_WIND = re.compile(r"(?i:vind|blås|blåst|storm|kompass|tupp|flöjel|seglade|kurs)")
_SV_SENTENCES = re.compile(r"[.!?]\s+(?=[A-ZÅÄÖ][a-zåäö])")


def _sv_compass(m: Match) -> str:
    """A Swedish compass point in its letters after a word of way, in a sentence of wind or
    course ("Tuppen visar N. N. O., men vinden kommer ju från S. V. Det måste"):
    nordnordost, sydväst; a capital after it opens the next sentence. Elsewhere the letters
    may be initials ("ett brev från S. V. Andersson") and are left as written."""
    before = _SV_SENTENCES.split(m.string[max(0, m.start() - 200) : m.start()])[-1]
    if not _SV_WIND.search(before):
        return m.group()
    said = "".join(_SV_POINTS[c] for c in re.findall("[NSOV]", m["points"]))
    rest = m.string[m.end() :]
    stop = "." if not rest.strip() or re.match(r"\s+[A-ZÅÄÖ]", rest) else ""
    return m["cue"] + said + stop


def _kongelig(m: Match, danish: bool = True) -> str:
    """Danish and Norwegian "kgl." (kongelig) in the form its noun phrase gives: "det kgl.
    Theater" det kongelige, "et kgl. Stipendium" et kongeligt (Bokmål: kongelig), "en kgl.
    Befaling" en kongelig."""
    article = re.search(r"(?<!\w)(\w+)\s+$", m.string[: m.start()])
    word = article[1].casefold() if article else ""
    said = {"en": "kongelig", "et": "kongeligt" if danish else "kongelig"}.get(word, "kongelige")
    return said.capitalize() if m.group()[0] == "K" else said


_SVATY = (("ovi", "svatému"), ("em", "svatým"), ("y", "svaté"), ("i", "svaté"), ("a", "svatého"),
          ("e", "svatého"), ("ě", "svatého"))  # fmt: skip


_PL_KSIADZ = (("ego", "księdza"), ("emu", "księdzu"), ("owi", "księdzu"), ("em", "księdzem"),
              ("ie", "księdzu"), ("a", "księdza"))  # fmt: skip
_PL_LOCATIVE_BEFORE = re.compile(r"(?<!\w)(?i:o|przy|po|na|w|we)\s+$")


def _ksiadz(m: Match) -> str:
    """Polish "ks." (ksiądz) in the case of the name after it, as its ending shows: "ks.
    Jan" ksiądz, "u ks. Jana" księdza, "z ks. Janem" księdzem, "ks. Janowi" and "o ks.
    Janie" księdzu, "ks. Kowalskiego" księdza; "ks. Kowalskim" księdzu after "o", "przy",
    "po", "na", "w", else księdzem. An ending that shows no case is left as written."""
    name = m["name"]
    said = next((word for ending, word in _PL_KSIADZ if name.endswith(ending)), None)
    if said is None and name.endswith(("im", "ym")):
        before = m.string[max(0, m.start() - 8) : m.start()]
        said = "księdzu" if _PL_LOCATIVE_BEFORE.search(before) else "księdzem"
    if said is None and (name[-1] not in "aąeęioóuy" or name[-1] in "iy"):
        said = "ksiądz"  # "ks. Jan", "ks. Antoni", "ks. Kowalski"
    if said is None:
        return m.group()
    return said.capitalize() if m.group()[0] == "K" else said


_CS_WOMEN_SAINTS = frozenset(
    {"Anna", "Ludmila", "Anežka", "Markéta", "Barbora", "Kateřina", "Voršila", "Alžběta",
     "Zdislava", "Apolena", "Agáta", "Hedvika", "Veronika", "Magdalena", "Klára", "Helena",
     "Monika", "Dorota", "Kristina", "Otýlie", "Marie", "Terezie", "Lucie", "Cecílie",
     "Rozálie", "Žofie", "Anastázie"}
)  # fmt: skip


def _svaty(m: Match) -> str:
    """Czech "sv." before a saint's name, in the case the name's ending shows: "na den sv.
    Jana" svatého, "kostel sv. Anny" svaté, "sv. Václav" svatý, "ke sv. Janovi" svatému,
    "se sv. Janem" svatým; a woman saint's name as it stands is "svatá" ("sv. Ludmila"),
    or "svaté" where it is the same in the genitive ("kostel sv. Lucie"). A name whose
    ending says nothing ("sv. Jiří") stays as written."""
    name = m["name"]
    if name in _CS_WOMEN_SAINTS:
        return "svaté" if name.endswith("ie") else "svatá"
    if name[-1] not in "aeěiouyíáéůý":
        return "svatý"
    for ending, said in _SVATY:
        if name.endswith(ending):
            return said
    return m.group()


_NL_MONTH_ABBREVIATIONS = {
    "Jan": "januari", "Febr": "februari", "Feb": "februari", "Mrt": "maart", "Apr": "april",
    "Aug": "augustus", "Sept": "september", "Sep": "september", "Oct": "oktober",
    "Okt": "oktober", "Nov": "november", "Dec": "december",
}  # fmt: skip
"""Dutch months as dates shorten them ("24 Febr. 1856"), said in full next to a figure."""


_RU_HOURS = re.compile(r"(?<![\w.,])(?P<n>[0-9]{1,2}) ч\.(?=\s+[а-яё]|\s*[,;])")
"""Hours after their count ("в 10 ч. утра", "в 2 ч., когда"): "час", "часа" or "часов"
as the count asks; espeak said the letter ("че"). Before a capital "ч." may end a
sentence and is left."""


def _ru_hours(m: Match) -> str:
    n = int(m["n"])
    noun = ("час" if n % 10 == 1 and n != 11
            else "часа" if n % 10 in (2, 3, 4) and n not in (12, 13, 14) else "часов")  # fmt: skip
    return f"{m['n']} {noun}"


_SR_COUNTED_FORMS = {  # the abbreviation → its noun after 1, after 2 to 4, after the rest
    "км": ("километар", "километра", "километара"), "km": ("kilometar", "kilometra", "kilometara"),
    "кг": ("килограм", "килограма", "килограма"), "kg": ("kilogram", "kilograma", "kilograma"),
    "дин.": ("динар", "динара", "динара"), "din.": ("dinar", "dinara", "dinara"),
    "год.": ("годину", "године", "година"), "god.": ("godinu", "godine", "godina"),
    "фор.": ("форинта", "форинте", "форинти"), "for.": ("forinta", "forinte", "forinti"),
}  # fmt: skip
_SR_COUNTED = re.compile(
    r"(?<![\w.,])(?P<n>[0-9]{1,3}(?:\.[0-9]{3})+|[0-9]+)(?P<frac>,[0-9]+)?(?P<gap>\s?)"
    r"(?P<unit>км|km|кг|kg|дин\.|din\.|год\.|god\.|фор\.|for\.)(?!\w)"
)
"""A Serbian count and its unit's abbreviation: "12 км" дванаест километара, "100 дин."
сто динара, "35 год." тридесет пет година (a count of years; "1868. год." is a year's
ordinal, and `_year_word` says it). The noun agrees with the count as Serbian counts
agree: "1 км" километар, "3 км" километра, "5 км" километара, "1,5 км" километра. espeak
spelled the letters ("ка эм") or read "дин" as a word."""


def _serbian_counted(m: Match) -> str:
    one, few, many = _SR_COUNTED_FORMS[m["unit"]]
    n = int(m["n"].replace(".", ""))
    if m["frac"]:
        said = few
    elif n % 10 == 1 and n % 100 != 11:
        said = one
    elif n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14):
        said = few
    else:
        said = many
    if m["unit"].endswith("."):
        said = _year_word(m, said)  # the dot may also end the sentence
    return f"{m['n']}{m['frac'] or ''} {said}"


def _year_word(m: Match, said: str) -> str:
    """Serbian "год."/"г." after a year's ordinal ("1868. год."): "године", its dot kept where
    it ends the sentence (before a capital or nothing)."""
    rest = m.string[m.end() :].lstrip().lstrip(_CLOSERS)
    return said + "." if not rest or rest[:1].isupper() else said


_TITLES_BEFORE = {  # abbreviations that are words only before a name or a number
    "fr": ((re.compile(r"(?<![\w.])M\.(?=\s+(?:[A-ZÀ-Ý]|d[eu]\s+[A-ZÀ-Ý]|d['’][A-ZÀ-Ý]"
                       r"|le\s+[a-zà-ÿ]|l['’][a-zà-ÿ]))"),
            "Monsieur"),  # "M. Dupont", "M. de Lorme", "M. d'Artois", "M. le curé", "M. l'abbé"
           (re.compile(r"(?<![\w.])MM\.(?=\s+(?:[A-ZÀ-Ý]|les\s+[a-zà-ÿ]))"), "Messieurs"),
           (re.compile(r"(?<![\w.])Mme\b\.?(?=\s+[A-ZÀ-Ý])"), "Madame"),
           (re.compile(r"(?<![\w.])Mlle\b\.?(?=\s+[A-ZÀ-Ý])"), "Mademoiselle"),
           (re.compile(r"(?<![\w.])pp\.(?=\s?[0-9])"), "pages"),
           (re.compile(r"(?<![\w.])p\.(?=\s?[0-9])"), "page")),
    "es": ((re.compile(r"(?<![\w.])Sr\.(?=\s+[A-ZÁÉÍÓÚÑ])"), "señor"),
           (re.compile(r"(?<![\w.])Sra\.(?=\s+[A-ZÁÉÍÓÚÑ])"), "señora"),
           (re.compile(r"(?<![\w.])Srta\.(?=\s+[A-ZÁÉÍÓÚÑ])"), "señorita"),
           (re.compile(r"(?<![\w.])Sres\.(?=\s+[A-ZÁÉÍÓÚÑ])"), "señores"),
           (re.compile(r"(?<![\w.])(?:Dña\.|D\.ª|Dª)(?=\s+[A-ZÁÉÍÓÚÑ])"), "doña"),
           (re.compile(r"(?:(?<=[a-záéíóúñ,;:] )|^|(?<=[(«\"“—] ))D\.(?=\s+[A-ZÁÉÍÓÚÑ][a-z])"),
            "don"),  # "y D. Juan", but "Juan D. Pérez" keeps his initial
           (re.compile(r"(?<![\w.])Dr\.(?=\s+[A-ZÁÉÍÓÚÑ])"), "doctor"),
           (re.compile(r"(?<![\w.])Dra\.(?=\s+[A-ZÁÉÍÓÚÑ])"), "doctora"),
           (re.compile(r"(?<![\w./])C/\s?(?=[A-ZÁÉÍÓÚÑ])"), "calle "),  # "C/ Mayor, 14"
           (re.compile(r"(?<![\w.])(?:págs|pp)\.(?=\s?[0-9])"), "páginas"),
           (re.compile(r"(?<![\w.])(?:pág|p)\.(?=\s?[0-9])"), "página")),
    "pt": ((re.compile(r"(?<![\w.])Sr\.(?=\s+[A-ZÀ-Ý])"), "senhor"),
           (re.compile(r"(?<![\w.])Sra\.(?=\s+[A-ZÀ-Ý])"), "senhora"),
           (re.compile(r"(?<![\w.])Srta\.(?=\s+[A-ZÀ-Ý])"), "senhorita"),
           (re.compile(r"(?<![\w.])Srs\.(?=\s+[A-ZÀ-Ý])"), "senhores"),
           (re.compile(r"(?<![\w.])Sras\.(?=\s+[A-ZÀ-Ý])"), "senhoras"),
           (re.compile(r"(?<![\w.])Dr\.(?=\s+[A-ZÀ-Ý])"), "doutor"),
           (re.compile(r"(?<![\w.])Dra\.(?=\s+[A-ZÀ-Ý])"), "doutora"),
           (re.compile(r"(?<![\w.])(?:D\.ª|Dª)(?=\s+[A-ZÀ-Ý])"), "Dona"),
           (re.compile(r"(?<![\w.])Snr\.(?=\s+[A-ZÀ-Ýa-z])"), "senhor"),
           (re.compile(r"(?<![\w.])Snr\.(?=\s*$)"), "Senhor."),  # a letter's "Ill.mo Snr."
           (re.compile(r"(?<![\w.])págs\.(?=\s?[0-9])"), "páginas"),
           (re.compile(r"(?<![\w.])pág\.(?=\s?[0-9])"), "página"),
           (re.compile(r"(?<![\w.])séc\.(?=\s?(?:[0-9]|[IVXL]+\b))"), "século"),
           (re.compile(r"(?<![\w.])Cia\.(?!\w)"),
            lambda m: "Companhia" + ("." if re.match(r"\s*$|\s+[A-ZÀ-Ý]", m.string[m.end():])
                                     else "")),
           (re.compile(r"(?:(?<=\b(?:na|da|Na|Da) )|(?<=\b[àaA] )|(?<=\bpela ))R\."
                       r"(?=\s+[A-ZÀ-Ý][a-zà-ÿ])"), "Rua"),
           (re.compile(r"(?<![\w.])s(?:nr|r)\.(?=\s+(?:D\.|[A-ZÀ-Ýa-zà-ÿ]))"), "senhor"),
           (re.compile(r"(?<![\w.])s(?:nr|r)a\.(?=\s+(?:D\.|[A-ZÀ-Ýa-zà-ÿ]))"), "senhora"),
           (re.compile(r"(?<![\w.])(?<![0-9]\s)fr\.(?=\s+[A-ZÀ-Ý][a-zà-ÿ])"),
            "frei"),  # "fr. Antonio"; after a figure a franc
           (re.compile(r"(?:(?<=[a-zà-ÿ,;:ª] )|^|(?<=[(«\"“—] ))D\."
                       r"(?=\s+(?P<name>[A-ZÀ-Ý][a-zà-ÿ]+))"),
            lambda m: _dom_or_dona(m["name"])),  # "e D. Pedro II", "a Sra. D. Mariana"
           (re.compile(r"(?:(?<=[\wà-ÿ,;:.!?] )|^|(?<=[(«\"“—] )|(?<=[(«\"“—]))S\."
                       r"(?=\s+(?P<name>[A-ZÀ-Ý][a-zà-ÿ]+)(?![\w^ªº]))"), _sao)),
    "it": ((re.compile(r"(?<![\w.])n\.(?=\s?[0-9])"), "numero"),
           (re.compile(r"(?<![\w.])art\.(?=\s?[0-9])"), "articolo"),
           (re.compile(r"(?<![\w.])cap\.(?=\s?(?:[0-9]|[IVXL]+\b))"), "capitolo"),
           (re.compile(r"(?<![\w.])p\.(?=\s?[0-9])"), "pagina")),
    "pl": ((re.compile(r"(?<![\w.])(?<=\b[oO] )godz\.(?=\s?[0-9])"), "godzinie"),
           (re.compile(r"(?:(?<=\b(?:na|Na|od|do) )|(?<=\bprzy )|(?<=\b[zZ] ))ul\."
                       r"(?=\s+[A-ZŁŚŻŹ])"), "ulicy"),
           (re.compile(r"(?<![\w.])[uU]l\.(?=\s+[A-ZŁŚŻŹ])"), "ulica"),
           (re.compile(r"(?<![\w.])nr\.?(?=\s?[0-9])"), "numer"),
           (re.compile(r"(?<![\w.])ok\.(?=\s?[0-9])"), "około"),
           (re.compile(r"(?<![\w.])r\.(?=\s?[0-9])"), "roku"),  # "w r. 1872", "od r. 1872"
           (re.compile(r"(?<![\w.])[kK]s\.(?=\s+(?P<name>[A-ZŁŚŻŹĆa-ząęłńóśźż]+)\b)"),
            _ksiadz),  # "ks. Jan" ksiądz, "u ks. Jana" księdza
           (re.compile(r"(?<![\w.])s\.(?=\s?[0-9])"), "strona")),
    "nl": ((re.compile(r"(?<![\w.])ca\.(?=\s?[0-9])"), "circa"),
           (re.compile(r"(?<![\w.])[Mm]r\.(?=\s+[A-Z])"), "meester"),  # "Mr. Jacobus Last"
           (re.compile(r"(?<![\w.])bl\.(?=\s?[0-9])"), "bladzijde"),
           (re.compile(r"(?<![\w.])No\.(?=\s?[0-9])"), "nummer"),
           (re.compile(r"(?<![\w.])d\.\s?d\.(?=\s?[0-9])"), "de dato"),
           (re.compile(rf"(?<![\w.])(?P<m>{'|'.join(_NL_MONTH_ABBREVIATIONS)})\."
                       r"(?=\s?[0-9])|(?<=[0-9] )(?P<m2>"
                       rf"{'|'.join(_NL_MONTH_ABBREVIATIONS)})\.(?=\s*[,;)]|\s+[a-z])"),
            lambda m: _NL_MONTH_ABBREVIATIONS[m["m"] or m["m2"]]),  # "24 Febr. 1856"
           (re.compile(r"(?<![\w.])nr\.?(?=\s?[0-9])"), "nummer"),
           (re.compile(r"(?<![\w.])p\.(?=\s?[0-9])"), "pagina")),
    "ru": ((re.compile(r"(?:(?<=\b[нН]а )|(?<=\b[пП]о ))ул\.(?=\s+[А-ЯЁ])"), "улице"),
           (re.compile(r"(?:(?<=\b[сСуУ] )|(?<=\b(?:от|до|От|До) ))ул\.(?=\s+[А-ЯЁ])"), "улицы"),
           (re.compile(r"(?<![\w.])ул\.(?=\s+[А-ЯЁ])"), "улица"),
           (re.compile(r"(?<![\w.])д\.(?=\s?[0-9])"), "дом"),
           (re.compile(r"(?<![\w.])(?<![0-9] )(?<![0-9])[Сс]м\.(?=\s+\D)"),
            lambda m: "Смотри" if m.group()[0] == "С" else "смотри"),
           (re.compile(r"(?<=\b[нН]а )стр\.(?=\s?[0-9])"), "странице"),  # "на стр. 5"
           (re.compile(r"(?<=[сС]мотри )стр\.(?=\s?[0-9])"), "страницу"),  # "см. стр. 45"
           (re.compile(r"(?<![\w.])[сС]тр\.(?=\s?[0-9])"),
            lambda m: "Страница" if m.group()[0] == "С" else "страница"),
           (_RU_HOURS, _ru_hours)),  # "в 10 ч. утра": десять часов
    "sv": ((re.compile(r"(?<![\w.])ca\.(?=\s?[0-9])"), "cirka"),
           (re.compile(r"(?<![\w.])nr\.?(?=\s?[0-9])"), "nummer"),
           (re.compile(r"(?<![\w.])s\.(?=\s?[0-9])"), "sidan"),
           (re.compile(r"(?<![\w.])[Hh]r\.(?=\s+[A-ZÅÄÖ])"), "herr"),
           (_SANKT, "Sankt"),
           (_SV_COMPASS, _sv_compass)),
    "da": ((re.compile(r"(?<![\w.])[Kk]gl\.(?=\s+\w)"), _kongelig),
           (re.compile(r"(?<![\w.])[Hh]r\.(?=\s+[A-ZÆØÅ])"), "Herr"),
           (re.compile(r"(?<![\w.])d\.(?=\s?(?:[12][0-9]|3[01]|0?[1-9])(?![0-9]))"), "den"),
           (re.compile(r"(?<![\w.])ca\.(?=\s?[0-9])"), "cirka"),
           (re.compile(r"(?<![\w.])[Nn]r\.?(?=\s?[0-9])"), "nummer"),
           (re.compile(r"(?<![\w.])[Ss]\.(?=\s?[0-9])"), "side"),
           (_SANKT, "Sankt"),
           (re.compile(r"(?<=[0-9] )Rdl?\.(?!\w)"), lambda m: _keep_stop(m, "rigsdaler")),
           (re.compile(r"(?<=[0-9] )Mk\.(?!\w)"), lambda m: _keep_stop(m, "mark"))),
    "nb": ((re.compile(r"(?<![\w.])[Kk]gl\.(?=\s+\w)"),
            functools.partial(_kongelig, danish=False)),
           (re.compile(r"(?<![\w.])[Hh]r\.(?=\s+[A-ZÆØÅ])"), "Herr"),
           (_SANKT, "Sankt"),
           (re.compile(r"(?<![\w.])d\.(?=\s?(?:[12][0-9]|3[01]|0?[1-9])(?![0-9]))"), "den"),
           (re.compile(r"(?<![\w.])ca\.(?=\s?[0-9])"), "cirka"),
           (re.compile(r"(?<![\w.])[Nn]r\.?(?=\s?[0-9])"), "nummer"),
           (re.compile(r"(?<=[0-9] )Spd\.(?!\w)"), lambda m: _keep_stop(m, "speciedaler")),
           (re.compile(r"(?<=[0-9] )Skill\.(?!\w)"), lambda m: _keep_stop(m, "skilling"))),
    "fi": ((re.compile(r"(?<![\w.])n\.(?=\s?[0-9])"), "noin"),
           (re.compile(r"(?<![\w.])v\.(?=\s?1[0-9]{3}(?![0-9]))"), "vuonna"),
           (re.compile(r"(?<![\w.0-9] )(?<![\w.0-9])[mM]m\.(?=\s+[^\W\d_])"),
            lambda m: "Muun muassa" if m.group()[0] == "M" else "muun muassa")),
    "cs": ((re.compile(r"(?<=\b[vV] )r\.(?=\s?[0-9])"), "roce"),  # "v r. 1813": v roce
           (re.compile(r"(?<![\w.])r\.(?=\s?[0-9])"), "roku"),  # "válce r. 1813"
           (re.compile(r"(?<![\w.])sv\.(?=\s+(?P<name>[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ][a-záčďéěíňóřšťúůýž]+))"),
            _svaty),
           (re.compile(r"(?<![\w.])č\.(?=\s?[0-9])"), "číslo"),
           (re.compile(r"(?<![\w.])str\.(?=\s?[0-9])"), "strana")),
    "hu": ((re.compile(r"(?<![\w.])dr\.(?=\s+[A-ZÁÉÍÓÖŐÚÜŰ])"), "doktor"),
           (re.compile(r"(?<=[0-9]\. )sz\.(?=\s+[a-záéíóöőúüű])"), "szám"),  # "373. sz. alatti"
           # "ill" and "máj" are words too ("Jól ill.", "sült máj."): said in full only
           # where the abbreviation goes on, before a small word or a figure
           (re.compile(r"(?<![\w.])ill\.(?=\s+[a-záéíóöőúüű0-9])"), "illetve"),
           (re.compile(r"(?<![\w.])máj\.(?=\s?[0-9])"), "május")),
    "de": ((re.compile(r"(?<![\w.])Nr\.(?=\s?[0-9])"), "Nummer"),
           (re.compile(r"(?<![\w.])s\.(?=\s+S\.\s?(?:[0-9]|[IVXLC]+(?!\w|\.\s*[A-ZÄÖÜ])))"),
            "siehe"),  # "(s. S. 12)": siehe Seite
           (re.compile(r"(?<![\w.])S\.(?=\s?[0-9])"), "Seite"),
           (re.compile(r"(?<![\w.])S\.\s?(?P<n>[IVXLC]+)(?!\w|\.\s*[A-ZÄÖÜ])"),
            lambda m: f"Seite {roman_value(m['n']) or m['n']}"),  # "S. XII" Seite zwölf
           (re.compile(r"(?<=[0-9])\s?ff\.(?=\s|[,;)\]]|$)"),
            lambda m: _keep_stop(m, " folgende")),  # "S. 405 ff.": Seite 405 folgende
           (_DE_HALF, _de_half),  # "1/2 Taler": ein halber Taler
           (_DE_KREUZER, _de_kreuzer),
           (re.compile(r"(?<![\w.])Bd\.(?=\s?[0-9])"), "Band"),
           (re.compile(r"(?<![\w.])ca\.(?=\s?[0-9])"), "circa")),
    "sr": ((re.compile(r"(?<=[0-9]\. )(?:год|г)\.(?!\w)"), lambda m: _year_word(m, "године")),
           (re.compile(r"(?<=[0-9]\. )(?:god|g)\.(?!\w)"), lambda m: _year_word(m, "godine")),
           (re.compile(r"(?<![\w.])г\.(?=\s+[А-ЯЂЈЉЊЋЏ])"), "господин"),  # "г. Пера"
           (re.compile(r"(?<![\w.])g\.(?=\s+[A-ZČĆĐŠŽ][a-zčćđšž])"), "gospodin"),
           (re.compile(r"(?<![\w.])гђица\.?(?=\s+[А-ЯЂЈЉЊЋЏ])"), "госпођица"),
           (re.compile(r"(?<![\w.])gđica\.?(?=\s+[A-ZČĆĐŠŽ])"), "gospođica"),
           (re.compile(r"(?<![\w.])гђа\.?(?=\s+[А-ЯЂЈЉЊЋЏ])"), "госпођа"),
           (re.compile(r"(?<![\w.])gđa\.?(?=\s+[A-ZČĆĐŠŽ])"), "gospođa"),
           (re.compile(r"(?<![\w.])[бБ]р\.(?=\s?[0-9])"), "број"),
           (re.compile(r"(?<![\w.])[bB]r\.(?=\s?[0-9])"), "broj"),
           (re.compile(r"(?<![\w.])стр\.(?=\s?[0-9])"), "страна"),
           (re.compile(r"(?<![\w.])str\.(?=\s?[0-9])"), "strana"),
           (_SR_COUNTED, _serbian_counted)),
    "el": ((re.compile(r"(?<=\bτον )κ\.(?=\s+[Α-ΩΆ-Ώ])"), "κύριο"),  # "τον κ. Παύλο"
           (re.compile(r"(?<=\bτου )κ\.(?=\s+[Α-ΩΆ-Ώ])"), "κυρίου"),
           (re.compile(r"(?<![\w.])κ\.(?=\s+[Α-ΩΆ-Ώ])"), "κύριος"),
           (re.compile(r"(?<![\w.])κα\.?(?=\s+[Α-ΩΆ-Ώ])"), "κυρία")),
}  # fmt: skip
_TITLES_BEFORE["hi"] = (
    (re.compile(r"(?<=[0-9\u0966-\u096f] )ई\.\s?पू\.(?!\w)"), "ईसा पूर्व"),  # "३०० ई. पू."
    (re.compile(r"(?<=[0-9\u0966-\u096f] )ई\.(?!\w)"), "ईसवी"),  # "१९२१ ई." the Common Era
)
_ARABIC_FIGURE = "(?=[0-9\u0660-\u0669\u06f0-\u06f9])"
_TITLES_BEFORE["ar"] = (  # a citation's "(ج ٢ ص ٤٥)": volume two, page forty-five
    (re.compile(rf"(?<!\w)ص\.?\s?{_ARABIC_FIGURE}"), "صفحة "),
    (re.compile(rf"(?<!\w)ج\.?\s?{_ARABIC_FIGURE}"), "الجزء "),
)
_TITLES_BEFORE["fa"] = (
    (re.compile(rf"(?<!\w)ص\.?\s?{_ARABIC_FIGURE}"), "صفحهٔ "),
    (re.compile(rf"(?<!\w)ج\.?\s?{_ARABIC_FIGURE}"), "جلد "),
    (re.compile(r"(?<!\w)ر\.\s?ک\.(?!\w)"), "رجوع کنید به"),
)
_TITLES_BEFORE["hr"] = _TITLES_BEFORE["bs"] = tuple(
    pair for pair in _TITLES_BEFORE["sr"] if not re.search("[а-я]", pair[0].pattern)
)


_PT_WOMEN = frozenset(
    {"Inês", "Ines", "Isabel", "Beatriz", "Leonor", "Raquel", "Ester", "Carmen", "Ruth",
     "Luz", "Mercês", "Conceição", "Assunção", "Guiomar", "Filipa", "Irene", "Alice",
     "Adelaide", "Genoveva", "Madalena", "Emília", "Ermelinda", "Dulce", "Clotilde", "Lurdes",
     "Aurora", "Ivone", "Judite", "Margarida", "Zulmira", "Rosalinda", "Benedita"}
)  # fmt: skip
_PT_MEN_IN_A = frozenset({"Luca", "Garcia", "Costa", "Sousa", "Jona"})


def _dom_or_dona(name: str) -> str:
    """Portuguese "D." before a name: Dona before a woman's ("D. Maria", "D. Inês"), Dom
    before a man's ("D. Pedro", "D. João"); a woman's name ends in "a" or is one of the
    few that do not. espeak reads the bare "D." as the Roman five hundred."""
    woman = name in _PT_WOMEN or (name.endswith("a") and name not in _PT_MEN_IN_A)
    return "Dona" if woman else "Dom"


_FIXED_WORDS = {
    lang: {"".join(k.split()): v for k, v in table.items()}
    for lang, table in _FIXED_ANY_CASE.items()
}
"""Each fixed abbreviation by its letters and dots alone ("т.е."), as `say` looks it up."""


def _fixed_abbreviations(text: str, lang: str) -> str:
    for pattern_before, said in _TITLES_BEFORE.get(lang, ()):
        text = pattern_before.sub(said, text)
    pattern = _FIXED_PATTERNS.get(lang)
    if pattern is None:
        return text
    table = _FIXED_WORDS[lang]

    def say(m: re.Match[str]) -> str:
        key = "".join(m.group().split())
        rest = m.string[m.end() :].lstrip()
        stop = key in _MAY_END and (not rest or rest[0].isupper())
        return table[key] + ("." if stop else "")  # "и т. д." may also end the sentence

    return pattern.sub(say, text)


_GREEK_MICRO = re.compile(r"(?:(?<=[0-9])|(?<=[0-9] ))\u03bc(?=(?:g|m|l|L|mol|s)(?![^\W\d_]))")
"""The Greek letter mu as a unit's "micro" ("5 μg", "2μm", "40 μmol", "5 μs"), which the
micro sign µ spells."""
_GREEK_OHM = re.compile(r"(?:(?<=[0-9])|(?<=[0-9] ))([kM]?)\u03a9(?![^\W\d_])")
"""Capital omega after a number as the ohm ("10 kΩ"), which the ohm sign Ω (U+2126) spells."""


_SUP = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_FROM_SUP = str.maketrans(_SUP + "⁻⁺", "0123456789-+")
_ELEMENTS = {
    "H": "hydrogen", "He": "helium", "Li": "lithium", "Be": "beryllium", "B": "boron",
    "C": "carbon", "N": "nitrogen", "O": "oxygen", "F": "fluorine", "Ne": "neon",
    "Na": "sodium", "Mg": "magnesium", "Al": "aluminium", "Si": "silicon", "P": "phosphorus",
    "S": "sulfur", "Cl": "chlorine", "Ar": "argon", "K": "potassium", "Ca": "calcium",
    "Ti": "titanium", "Cr": "chromium", "Mn": "manganese", "Fe": "iron", "Co": "cobalt",
    "Ni": "nickel", "Cu": "copper", "Zn": "zinc", "Br": "bromine", "Kr": "krypton",
    "Rb": "rubidium", "Sr": "strontium", "Tc": "technetium", "Ag": "silver", "Sn": "tin",
    "I": "iodine", "Xe": "xenon", "Cs": "caesium", "Ba": "barium", "Nd": "neodymium",
    "Sm": "samarium", "Hf": "hafnium", "W": "tungsten", "Os": "osmium", "Pt": "platinum",
    "Au": "gold", "Hg": "mercury", "Pb": "lead", "Po": "polonium", "Rn": "radon",
    "Ra": "radium", "Th": "thorium", "U": "uranium", "Pu": "plutonium", "Am": "americium",
}  # fmt: skip
_US_ELEMENTS = {"aluminium": "aluminum", "caesium": "cesium"}
_ANIONS = {"F": "fluoride", "Cl": "chloride", "Br": "bromide", "I": "iodide"}
_ISOTOPE = re.compile(
    rf"(?<![A-Za-z0-9{_SUP}])(?P<mass>[{_SUP}]{{1,3}})(?P<el>[A-Z][a-z]?)(?![a-z])"
)
_ION = re.compile(rf"(?<![\w{_SUP}])(?P<el>[A-Z][a-z]?)(?P<n>[²³⁴]?)(?P<sign>[⁺⁻])(?![\w{_SUP}⁺⁻])")
_POWER_OF_TEN = re.compile(
    rf"(?<![\w.,])10(?:(?P<sup>[⁻⁺]?[{_SUP}]{{1,3}})(?![{_SUP}])"
    r"|\^(?P<caret>[-−]?[0-9]{1,3})(?![0-9]))"
    rf"(?:\s(?P<unit>{UNIT_PATTERN}|K)(?:/(?P<per>{UNIT_PATTERN}|{_PER_PATTERN}))?"
    rf"(?![\w/·{_SUP}⁻]|\.[A-Za-z]|\.\s?[A-Z]\.))?"
)
"""A power of ten ("10⁹", "10^8") and the unit after it ("3 × 10^8 m/s", "10⁻⁹ m", "9 ×
10^13 J"): said with the unit in words, which no number is left to carry once the power
is words ("ten to the eighth metres per second", not "m or s")."""
_PER_UNIT_WORDS = {
    "s": "second", "h": "hour", "mol": "mole", "K": "kelvin", "d": "day", "yr": "year"
}  # fmt: skip
_PER_UNIT = re.compile(
    rf"(?<![^\W\d_])(?P<unit>{UNIT_PATTERN}|mol|s|h|K|d)⁻(?P<p>[¹²³])(?![{_SUP}])"
)


def _element(symbol: str, us: bool) -> str:
    name = _ELEMENTS[symbol]
    return _US_ELEMENTS.get(name, name) if us else name


def _mass_number(n: int, us: bool) -> str:
    """An isotope's mass as chemists say it: carbon-fourteen, uranium-two thirty-eight."""
    if n < 100 or n % 100 == 0:
        return _cardinal(n, us)
    tail = _cardinal(n % 100, us) if n % 100 >= 10 else "oh " + _cardinal(n % 100, us)
    return f"{_cardinal(n // 100, us)} {tail}"


_GRADE_BEFORE = re.compile(r"(?<![\w'’-])(?i:a|an|grade|grades|got|get|gets|earned|scored)\s+$")
"""Before a letter from A to F and a superscript sign, a grade ("a B⁺ in physics", "grade
C⁻"), not an ion ("a B⁺ ion")."""


_SUB = "₀₁₂₃₄₅₆₇₈₉"
_FROM_SUB = str.maketrans(_SUB, "0123456789")
_FORMULA = re.compile(
    rf"(?<![\w{_SUB}])(?:\(?(?:[A-Z][a-z]?[{_SUB}]*)+\)?[{_SUB}]*)+(?![\w{_SUB}])"
)
_SUBSCRIPTED = re.compile(rf"(?<=[^\W\d_])(?P<n>[{_SUB}]+)")


def _subscripts(text: str, us: bool) -> str:
    """A chemical formula with subscript figures, as a chemist reads it: its symbols as
    letters and each figure as a number ("H₂O" → "H two O", "CO₂" → "C O two", "Ca(OH)₂"
    → "C A O H two"); any other subscript after a letter is its number ("x₁" → "x one").
    The engine would otherwise name the characters or drop them."""
    if not re.search(f"[{_SUB}]", text):
        return text

    def formula(m: Match) -> str:
        symbols = re.findall(rf"([A-Z][a-z]?)([{_SUB}]*)", m.group())
        if not re.search(f"[{_SUB}]", m.group()) or any(s not in _ELEMENTS for s, _ in symbols):
            return m.group()
        said = [
            " ".join(s.upper()) + (f" {_cardinal(int(n.translate(_FROM_SUB)), us)}" if n else "")
            for s, n in re.findall(rf"([A-Z][a-z]?)([{_SUB}]*)", m.group())
        ]
        close = re.search(rf"\)([{_SUB}]+)$", m.group())
        if close:
            said.append(_cardinal(int(close[1].translate(_FROM_SUB)), us))
        return " ".join(said)

    text = _FORMULA.sub(formula, text)
    return _SUBSCRIPTED.sub(lambda m: f" {_cardinal(int(m['n'].translate(_FROM_SUB)), us)}", text)


def _superscripts(text: str, us: bool) -> str:
    """Superscripts that are not note marks, said before the Greek letters are spelled
    out: isotopes ("δ¹³C" → "δ carbon-thirteen", "²³⁸U"), ions ("Ca²⁺" → "calcium
    two-plus", "Cl⁻" → "chloride"), powers of ten ("10⁶", "10⁻¹⁹", "10^6" → "ten to the
    minus nineteenth") and a unit to the power minus one ("s⁻¹", "cm⁻³" → "per cubic
    centimetre")."""
    if not re.search(rf"[{_SUP}⁻⁺^]", text):
        return text

    def isotope(m: Match) -> str:
        if m["el"] not in _ELEMENTS:
            return m.group()
        mass = int(m["mass"].translate(_FROM_SUP))
        return f"{_element(m['el'], us)}-{_mass_number(mass, us)}"

    def ion(m: Match) -> str:
        graded = _GRADE_BEFORE.search(text, 0, m.start()) and not m["n"] and m["el"] in "ABCDEF"
        if graded and not re.match(r"\s+(?:ions?|cations?|anions?)(?![\w'’-])", text[m.end() :]):
            return f"{m['el']} {'plus' if m['sign'] == '⁺' else 'minus'}"  # "a B⁺ in physics"
        if m["el"] not in _ELEMENTS:
            return m.group()
        if m["sign"] == "⁻" and not m["n"] and m["el"] in _ANIONS:
            return _ANIONS[m["el"]]
        sign = "plus" if m["sign"] == "⁺" else "minus"
        n = m["n"].translate(_FROM_SUP)
        name = _element(m["el"], us)
        return f"{name} {_cardinal(int(n), us)}-{sign}" if n else f"{name} {sign}"

    def power(m: Match) -> str:
        exp = (m["sup"] or "").translate(_FROM_SUP) or m["caret"].replace("−", "-")
        n = int(exp.lstrip("+-"))
        minus = "minus " if exp.startswith("-") else ""
        said = f"ten to the {minus}{_ordinal(n, us)}"
        if not minus and n in (2, 3):
            said = "ten squared" if n == 2 else "ten cubed"
        if m["unit"]:
            said += " kelvin" if m["unit"] == "K" else f" {unit_words(m['unit'], False, us)}"
        if m["per"]:
            said += f" per {_per(m['per'], us)}"
        return said

    def per(m: Match) -> str:
        unit = m["unit"]
        one = _PER_UNIT_WORDS.get(unit) or unit_words(unit, True, us)
        return f"per {({'²': 'square ', '³': 'cubic '}).get(m['p'], '')}{one}"

    def sentence_case(said: str, m: Match) -> str:
        opens = not text[: m.start()].strip() or re.search(r"[.!?]\s+$", text[: m.start()])
        return said[0].upper() + said[1:] if opens else said

    text = re.sub("[χΧ]²", "chi-squared", text)  # the χ² test
    text = _ISOTOPE.sub(lambda m: sentence_case(isotope(m), m), text)
    text = _ION.sub(lambda m: sentence_case(ion(m), m), text)
    text = _POWER_OF_TEN.sub(power, text)
    text = _PER_UNIT.sub(per, text)

    def any_power(m: Match) -> str:
        exp = m["sup"].translate(_FROM_SUP)
        n = int(exp.lstrip("-"))
        minus = "minus " if exp.startswith("-") else ""
        return f"{m['base']} to the power of {minus}{_cardinal(n, us)}"

    return _ANY_POWER.sub(any_power, text)


_ANY_POWER = re.compile(
    rf"(?P<base>(?<![^\W_])[A-Za-z]|(?<![\w.,])[0-9]{{1,6}}|(?<=[^\W_])\))"
    rf"(?P<sup>⁻?[{_SUP}]{{2,3}}|⁻[{_SUP}]|[⁰¹⁴⁵⁶⁷⁸⁹])(?![{_SUP}\w])"
)
"""A power other than a square or a cube, or ten's (`_superscripts`), raised over a
letter, a number or a bracket ("2¹⁰", "xⁿ" aside, "x⁴", "(a+b)⁵", "s⁻²"): "two to the
power of ten". Over a word it is a note's mark, which the notes stage has taken, or
a name's ("Smith¹⁰"), and stays."""


_SUB_LETTERS = dict(zip("ₐₑₒₓₕₖₗₘₙₚₛₜᵢⱼᵣᵤᵥ", "aeoxhklmnpstijruv", strict=True))
_SUP_LETTERS = dict(zip("ᵃᵇᶜᵈᵉᶠᵍʰⁱʲᵏˡᵐⁿᵒᵖʳˢᵗᵘᵛʷˣʸᶻ", "abcdefghijklmnoprstuvwxyz", strict=True))
_LETTER_SUB = re.compile(rf"(?<=[^\W\d_]|[\u0304{_SUB}])(?P<s>[{''.join(_SUB_LETTERS)}])")
_LETTER_SUP = re.compile(rf"(?<=[^\W_)]|\u0304)(?P<s>[{''.join(_SUP_LETTERS)}])(?![\w])")
_BAR = re.compile(rf"(?<![^\W\d_])(?P<l>[^\W\d_])\u0304(?P<s>[{_SUB}]*)(?P<w>(?=[^\W\d_]))?")
_LOG_BASE = re.compile(rf"\blog(?:_(?P<b>[A-Za-z0-9]{{1,3}})|(?P<s>[{_SUB}]+))\s*(?=[\w(])")
_ROOT = re.compile(r"√\s*")
_RELATION = re.compile(r"[\w)²³\]]\s*(?:[=≈≠≤≥]|\s[<>]\s)\s*[\w(−√$£€-]")
_COEFFICIENT = re.compile(
    r"(?:(?<=[=+±≤≥<>(−-])|(?<=[=+±≤≥<>(−-]\s))(?P<n>[0-9]+)x(?![\w²³])"
    r"|(?<![\w.,])(?P<m>[0-9]+)x(?=\s?[=+±≤≥<>)−]|\s-\s)"
)
_OPERAND = re.compile(
    r"[(\[√−-]*(?:[0-9][0-9,]*(?:\.[0-9]+)?%?(?:\^[−-]?[0-9]+)?"
    r"|[0-9.]*(?:(?:[A-Za-zπθσμλ]\u0304?[₀-₉ₐ-ₜ²³ᵃ-ᶻˣⁿ']*){1,6})(?:-[0-9])?)"
    r"[)\]²³]*[.,;:]?"
)
_SPACED_OPERATOR = {"-": "minus", "−": "minus", "–": "minus", "/": "divided by",
                    "x": "times", "÷": "divided by"}  # fmt: skip


_JOINING = r"(?:and|or|for|where|when|then|is|are|if|so)\b"
_PROSE_WORD = re.compile(rf"(?!{_JOINING})[a-z]{{3,}}[.,;:!?]?")


def _prose_after(words: list[str], j: int) -> bool:
    """Is the operator at `words[j]` prose's, though operands stand either side? A dash
    before a lone small letter and a word ("10 = 10 - a tie - and") is the article of a
    clause set off by dashes, a pause; an "x" between two numbers before a unit or a noun
    ("a 2 x 4 frame", "5 x 2 m") is dimensions, "by" (`_NUMBER_RULES`), never "times"."""
    after = words[j + 2] if j + 2 < len(words) else ""
    if words[j] in "-–−":
        return bool(re.fullmatch("[a-z]", words[j + 1]) and _PROSE_WORD.fullmatch(after))
    return words[j] == "x" and bool(
        re.fullmatch(r"[0-9]+(?:\.[0-9]+)?", words[j - 1])
        and re.fullmatch(r"[0-9]+(?:\.[0-9]+)?", words[j + 1])
        and re.match(rf"(?!{_JOINING})[a-zµ°\"″]", after)
    )


def _operand(token: str) -> bool:
    """Is this word a formula's operand: a number, a variable ("x", "R", "x̄₁", "Pn",
    "NPP", "2a") or a bracket around one? An all-lowercase word of two letters or more
    ("the", "now") is prose, never a variable."""
    if not _OPERAND.fullmatch(token):
        return False
    core = token.strip("([√−-)]²³.,;:")
    return not re.fullmatch(r"[a-z]{2,}", core) or bool(re.search(r"[0-9\u0304₀-₉]", token))


_IPA_SPAN = re.compile(
    r"(?<![\w/.:])/(?P<ipa>[^\W\d_][^/\s]{0,24}(?: [^/\s]{1,24}){0,3})/(?![\w/])"
)
"""A transcription between slashes, as pronunciation and language books print one ("ship
/ʃɪp/", "the vowel /uː/", "/e/ → /ɪ/"): not a path's or a fraction's slashes."""


def _transcriptions(text: str) -> str:
    """Each IPA transcription between slashes said as its sounds, in the respelling a
    guide prints ("/ʃɪp/" ship, "/bɔɪ/" boy, "/θruː/" throo, "/eɪ/" ay), as a narrator
    of a language book says the sound; never "slash", nor θ's Greek name "theta". A
    span of plain letters ("/e/", "/y/") is one only beside a span with IPA's own
    letters in the same paragraph, or one letter ("you may see /i/ and /u/"); "and/or/but"
    never is."""
    if "/" not in text:
        return text
    spans = list(_IPA_SPAN.finditer(text))
    beside = any(re.search(f"[{IPA_CHARS}]", m["ipa"]) for m in spans)
    if not beside and not any(re.fullmatch("[a-z]", m["ipa"]) for m in spans):
        return text

    def said(m: Match) -> str:
        ipa = m["ipa"]
        if ipa == "s" and re.match(r"\s*[A-Z]", text[m.end() :]):
            return m.group()  # "/s/ Margaret O. Tran": a signature on a filed document
        if not re.search(f"[{IPA_CHARS}]", ipa) and not re.fullmatch(
            "[a-z]" if not beside else "[a-z]{1,6}", ipa
        ):
            return m.group()
        sound = ipa_said(ipa)
        return _LONE_VOWEL.get(sound, sound) or m.group()

    return _IPA_SPAN.sub(said, text)


_LONE_VOWEL = {"i": "ih", "e": "eh", "u": "uh"}
"""A short vowel's respelling alone ("/ɪ/", "/e/", "/ʊ/"), which espeak would say as the
letter's name ("eye", "ee", "you"): the sound, as a teacher says it."""


def _maths(text: str, us: bool) -> str:
    """Maths notation as a teacher reads it aloud, in any English book: "x̄" x bar, "xₙ" x
    n, "bˣ" b to the power of x, "log_b y" and "log₂ y" log base b of y, "√n" the square
    root of n, "−b" minus b; "2x" next to an operator is two x ("x² + 2x + 1", "y ≥
    3x"), never "two times" as "10x growth" is. In a sentence that states a relation
    ("=", "≈", "≤"), a spaced "-", "/" or "x" between operands is minus, divided by,
    times ("NPP = GPP - R", "(x̄₁ − x̄₂) / s", "5.2 x 10^3"), not a dash's pause or a
    slash; and a slash between operands that are not two plain whole numbers is over
    ("1/√n", "1,478/8,833")."""
    text = re.sub(r"(?<=[0-9]) x (?=10(?:\^|[⁻¹²³⁴⁵⁶⁷⁸⁹]))", " × ", text)  # "5.2 x 10^3"
    if not re.search(r"[=≈≤≥<>√−ₐ-ₜᵃ-ᶻʰʲʳˢʷˣʸⁿ\u0304]|log_|[0-9]x", text):
        return text
    text = _BAR.sub(lambda m: f"{m['l']} bar{m['s']}{' ' if m['w'] is not None else ''}", text)
    text = _LOG_BASE.sub(
        lambda m: f"log base {m['b'] or _cardinal(int(m['s'].translate(_FROM_SUB)), us)} of ",
        text,
    )
    text = _LETTER_SUB.sub(lambda m: f" {_SUB_LETTERS[m['s']]}", text)
    text = _LETTER_SUP.sub(lambda m: f" to the power of {_SUP_LETTERS[m['s']]}", text)
    text = _ROOT.sub("the square root of ", re.sub(r"(?<=[\w)])/(?=√)", " over ", text))
    text = _COEFFICIENT.sub(lambda m: f"{m['n'] or m['m']} x", text)
    pieces = re.split(r"((?<=[.!?;])\s+(?=[A-Z(])|\n)", text)
    for i, piece in enumerate(pieces):
        if i % 2 or not _RELATION.search(piece):
            continue
        words = piece.split(" ")
        for j in range(1, len(words) - 1):
            said = _SPACED_OPERATOR.get(words[j])
            if said and _operand(words[j - 1]) and _operand(words[j + 1]) and (
                words[j - 1][-1] not in ".,;:"  # "LENA. / I HAVE": a line's end, quoted
            ) and not _prose_after(words, j):
                words[j] = said
        piece = " ".join(words)
        piece = re.sub(  # "1,478/8,833", "1/31.6", "(a + b)/2": over; "1/6", "mg/day" stay
            r"(?P<a>(?<![\w.,])[0-9][0-9,]*(?:\.[0-9]+)?|\))/(?P<b>[0-9][0-9,]*(?:\.[0-9]+)?(?![\w/])|\()",
            lambda m: f"{m['a']} over {m['b']}" if m["a"] + m["b"] != ")(" and (
                re.search(r"[,.)(]", m["a"] + m["b"])) else m.group(),
            piece,
        )
        pieces[i] = piece
    text = "".join(pieces)
    relation = bool(_RELATION.search(text))
    return re.sub(
        r"(?<=[\w)\]²³ ])−(?=\s?[\w(])|(?<=[\s(\[])−(?=[^\W\d_]|\()",
        functools.partial(_minus_sign, relation=relation),
        text,
    )


def _minus_sign(m: Match, relation: bool) -> str:
    """A minus sign (U+2212) in `_maths`: "minus" in a stated relation ("5−3 = 2") or between
    words ("220 − age"); glued between figures with no relation, a range's dash typed as
    a minus ("1939−1945"); before a figure, left to the rules that say a signed reading
    ("Temp. −12°")."""
    before, after = m.string[m.start() - 1 : m.start()], m.string[m.end() : m.end() + 1]
    if relation:
        return " minus "
    if before.isdigit() and after.isdigit():
        return "–"
    return m.group() if after.isdigit() else " minus "


_CIFRAO = re.compile(
    r"(?<![\w$.,:])(?:(?P<contos>[0-9]{1,4}):(?P<mil1>[0-9]{3})|(?P<mil2>[0-9]{1,3}))?"
    r"\$(?P<reis>[0-9]{3})(?![\w$]|[.,][0-9])(?P<said>\s+r[ée]is(?!\w))?"
)
"""A sum in réis as Portugal wrote it until 1911, and Brazil until 1942: the cifrão "$"
between the thousands of réis and the réis ("10$000 réis" dez mil réis, "4$800" quatro
mil e oitocentos réis, "$500" quinhentos réis), a colon before the contos, each a
million réis ("12:000$000" doze contos de réis, "1:200$000" um conto e duzentos mil
réis). espeak read "dez dólar zero zero zero"."""


def _reis(m: Match) -> str:
    contos = int(m["contos"] or 0)
    mil = int(m["mil1"] or m["mil2"] or 0)
    reis = int(m["reis"])
    parts = []
    if contos:
        parts.append(f"{num2words(contos, lang='pt')} conto{'s' if contos > 1 else ''}")
    if mil:
        parts.append("mil" if mil == 1 else f"{num2words(mil, lang='pt')} mil")
    if reis:
        parts.append(str(num2words(reis, lang="pt")))
    if not parts:
        return m.group()
    said = parts[0] if len(parts) == 1 else f"{', '.join(parts[:-1])} e {parts[-1]}"
    return f"{said} {'de réis' if contos and not (mil or reis) else 'réis'}"


_NUMERO_GLUED = re.compile(r"(?<![\w.])([Nn])[º°](?=\s?[0-9])(?:\s?)")
"""The numero sign written with a raised o or a degree sign, touching its number or not:
"Nº2", "n°5", "nº 3", as Romance books and old prints set it; the abbreviation tables
want a space after it ("N.º 2"), and "Nº2" was read as letters."""
_NUMERO_WORD = {
    "en": "number ", "pt": "número ", "es": "número ", "it": "numero ", "fr": "numéro ",
    "ca": "número ", "gl": "número ", "ro": "numărul ",
}  # fmt: skip


_HEBREW_POINTS = re.compile("[\u0591-\u05af\u05b0-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7]")
"""Hebrew vowel points (niqqud), dagesh, shin and sin dots and cantillation marks: espeak's
Hebrew voice names each in English ("Hebrew shva", "Hebrew dagesh") and spells the word
under them letter by letter; without them it reads the word."""


def unpointed(text: str) -> str:
    """Hebrew as the Hebrew voice reads it: without its points (`_HEBREW_POINTS`), and with
    a hyphen for the maqaf that joins two words ("תל־אביב"), which espeak names ("Hebrew
    maqaf") where it reads the hyphen as a join. Only the spoken text: captions and the
    manifest keep the points."""
    return _HEBREW_POINTS.sub("", text).replace("\u05be", "-")


_HE_LETTER_VALUES = dict(zip("אבגדהוזחטיכךלמםנןסעפףצץקרשת",
                             (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 20, 20, 30, 40, 40, 50, 50, 60, 70,
                              80, 80, 90, 90, 100, 200, 300, 400), strict=True))  # fmt: skip
_HE_MONTHS = (
    "תשרי|חשון|חשוון|מרחשון|מרחשוון|כסלו|כסליו|טבת|שבט|אדר|ניסן|אייר|איר|סיון|סיוון|תמוז|אב|אלול"
)
_HE_KEYWORDS = "פרק|שעור|שיעור|חלק|סימן|כרך|ספר|סעיף|מערכה|תמונה|שער|מאמר|עמוד|עמ׳|עמ'|הלכה|משנה"
_HE_WEEKDAYS = {"א": "ראשון", "ב": "שני", "ג": "שלישי", "ד": "רביעי", "ה": "חמישי",
                "ו": "שישי", "ש": "שבת"}  # fmt: skip
_HE_MARKED = r"(?P<letters>[א-ת]{0,4}[\"״”][א-ת]|[א-ת]{1,2}[׳'’])(?![\w\"״”׳'’])"
_HE_NUMBER_HERE = re.compile(
    rf"(?<![\w\"״”׳'’])(?:(?P<kw>{_HE_KEYWORDS})\s+|(?P<day>[בו]?יום)\s+|(?P<era>ה[׳'’])?)"
    rf"{_HE_MARKED}(?=(?P<month>\s+ב?(?:{_HE_MONTHS})(?![א-ת]))?)"
)
"""A number written in Hebrew letters, with gershayim before its last letter ("כ\"ג" 23,
"תרפ\"ט") or a geresh after it ("א'", "ה'"), where it is sure to be a number: a year
(its hundreds from ת: "תרפ\"ט" 5689, "ה'תש\"א", "בשנת תרצ\"ז"), a day before a Hebrew
month ("כ\"ג באדר", "בכ\"ג בתמוז"), a chapter's or a lesson's after its keyword ("פרק א'",
"שעור י\"ב"), a weekday after "יום" ("ביום ה'" ביום חמישי). espeak read them as
consonants or letter names ("kaf gimel", "resh"). Elsewhere the same letters are an
abbreviation or initials ("ד\"ר", "ע\"ע", "י\"ד ברקוביץ", "ר' יוסף") and stay as written."""


def _hebrew_value(letters: str) -> int | None:
    """The value of Hebrew letters written as a number, largest first ("תרפט" 689, "טו"
    15), or None if they are in no number's order ("דר", "עע")."""
    values = [_HE_LETTER_VALUES[c] for c in letters]
    if any(b > a for a, b in itertools.pairwise(values)):
        return None
    small = [v for v in values if v < 100]
    if len(small) > 2 or (
        len(small) == 2 and not (small[0] >= 10 > small[1] or letters[-2:] in ("טו", "טז"))
    ):
        return None
    if letters[-2:] in ("יה", "יו"):  # 15 and 16 are written "טו", "טז", never with God's name
        return None
    return sum(values)


def _hebrew_number(m: Match) -> str:
    letters = re.sub(r"[\"״”׳'’]", "", m["letters"])
    prefix = ""
    value = _hebrew_value(letters)
    while value is None and len(letters) > 1 and len(prefix) < 2 and letters[0] in "בהולמש":
        prefix, letters = prefix + letters[0], letters[1:]  # "ובכ\"ג בתמוז", "בתרפ\"ט"
        value = _hebrew_value(letters)
    if value is None:
        return m.group()
    geresh = m["letters"][-1] in "׳'’"
    if m["day"]:
        said = _HE_WEEKDAYS.get(letters) if geresh and not prefix else None
        return f"{m['day']} {said}" if said else m.group()
    if m["kw"]:
        if prefix:
            return m.group()
        return f"{m['kw']} {_foreign_cardinal(value, 'he')}"
    if (letters[0] == "ת" and value >= 400 and not geresh) or m["era"]:
        said = _foreign_cardinal(value + 5000, "he")  # the thousands a year leaves unwritten
    elif m["month"] and 1 <= value <= 30:
        said = _foreign_cardinal(value, "he")
    else:
        return m.group()
    return f"{prefix}{said}"


_GESPERRT = re.compile(r"(?<![\w.'’-])(?:[^\W\d_] ){2,}[^\W\d_](?![\w'’-])(?!\.\w)")
"""Letters set apart by single spaces: German, Slavic, Greek and Scandinavian print stressed a
word by spacing its letters ("d e r Mann", "я п р и д у", "Σ Η Μ Ε Ι Ω Σ Ι Σ"), and texts typed
from it keep the spaces; espeak names each letter."""

_GESPERRT_LANGUAGES = {
    "de": 3, **dict.fromkeys(("ru", "uk", "be", "bg", "sr", "mk", "el", "pl", "cs", "sk", "sl",
                              "hr", "bs", "da", "nb", "no", "sv", "nl", "fi", "hu"), 4),
}  # fmt: skip
"""Where letter-spaced words are printed, and how many letters make one: three in German,
which has no one-letter words; four elsewhere, where "а я в" or "a i w" are words."""


def _closed_up(m: Match, least: int) -> str:
    """A letter-spaced word closed up ("d e r" der), if it is one: enough letters, in one case
    (a capital may start it), not a row of capitals' initials with other words."""
    word = m.group().replace(" ", "")
    if len(word) >= least and (word.isupper() or word.islower()):
        return word
    if len(word) >= least and word[0].isupper() and word[1:].islower():
        if least == 3:  # German: a noun, or a sentence's first word
            return word
        if len(word) - 1 >= least:  # "Я п р и д у": the word "Я", then "приду" spaced
            return f"{word[0]} {word[1:]}"
    return m.group()


_P = ParamSpec("_P")
log = logging.getLogger(__name__)


def _as_written(text: str) -> str:
    """A sentence for the engine as the book prints it, one line: what a sentence no
    rule could read is said as (espeak reads plain text)."""
    return " ".join(text.replace(LINE_BREAK, " ").split())


def forgiving(said: Callable[Concatenate[str, _P], str]) -> Callable[Concatenate[str, _P], str]:
    """`said` that never fails the book: a rule's own fault on a sentence nobody foresaw
    (thousands of rules meet every book ever typed) costs that sentence its reading, not
    the user the whole build. The sentence is said as written and a warning names it, so
    a listener and a bug report both find it. Our own errors (a bad setting) still stop."""

    @functools.wraps(said)
    def guarded(text: str, *args: _P.args, **kwargs: _P.kwargs) -> str:
        try:
            return said(text, *args, **kwargs)
        except AudiobookError:
            raise
        except Exception as exc:  # any fault of a rule, by design
            log.warning(
                "a sentence could not be prepared for speech and is read as written "
                "(%s: %s); please report it: %.100s", type(exc).__name__, exc, text,
            )  # fmt: skip
            return _as_written(text)

    return guarded


@forgiving
def to_spoken(
    text: str,
    language: str = "en",
    lexicon: Mapping[str, str] | None = None,
    *,
    tags: bool = True,
    month_first: bool | None = None,
    numbered: frozenset[str] = frozenset(),
    pounds: bool = False,
    dialect: bool = False,
) -> str:
    """The words a narrator says for `text`, in a form espeak reads as plain text; `tags`
    is False for text from markup (HTML, EPUB, Markdown), whose emphasis tags are shown.
    `month_first` is the order of the book's numeric dates where its own evidence settles
    it (`numeric_date_order`), else None: the language tag's order. `numbered` are the
    names the book numbers II and on (`numbered_names`): their "I" is the first. `pounds`
    is True when the book prints old British sums (`old_pounds`): "It cost 450l." is
    then pounds, not litres. `dialect` is True when the book writes dialect speech
    (`dialect`): its "wi'", "e'en" and "th'" are then kept."""
    tag = _tag(language)
    text = _REPLACEMENT.sub(_unreplaced, text)
    text = _RULE_LINE.sub("", text)
    text = _TABLE_ROW.sub(_table_row, text)
    if tag.split("-")[0] == "en" and _BALLOT_BOXES.search(text):  # items one a line
        text = _said_boxes(text)
    text = text.replace(LINE_BREAK, " ")
    if tag.split("-")[0] == "en":
        text = _emoticons(text)  # "(╯°□°)╯︵ ┻━┻", ":)", "<3": before "°" is degrees
        text = _worksheet_blanks(text)
        text = _UNDERSCORED_YEAR.sub(r"\g<y>——", text)
        if "_" in text:  # "D_____d!": the dashed oath's gap, before the markup pass drops it
            text = _UNDERSCORED_OATH.sub(_underscored_oath, text)
        text = _PROMPT_NAMED.sub("three angle brackets", text) if ">>>" in text else text
        text = _SPACED_ITALIC_MONEY.sub(r"\1\2\3.\2", text)  # "13 _d_." as "13_d._"
        text = _ITALIC_MONEY.sub(_italic_money, text)  # before the marks go: "5_s._" is money
    text = _raised_letters(_plain_text_markup(text, tags), english=tag.split("-")[0] == "en")
    if pounds and tag.split("-")[0] == "en" and "l." in text:  # "It cost 450l.": £450
        text = _POUNDS_AT_END.sub(r"£\g<n>.", text)
    if numbered and tag.split("-")[0] == "en":  # "no Margaret I in Saltmarsh", after her II
        text = _first_of_numbered(text, numbered, us=tag in ("en-us", "en-usa"))
    if tag.split("-")[0] == "en":
        text = _subhead_number(text, tag)
    if lexicon:  # first, so that a lexicon entry can say how to read a Greek or Hebrew word
        text = apply_lexicon(text, lexicon)
    if (least := _GESPERRT_LANGUAGES.get(tag.split("-")[0])) and " " in text:
        text = _GESPERRT.sub(lambda m: _closed_up(m, least), text)
    # kanji as kana, since espeak's Japanese voice reads kana only; a ruby's reading is
    # what the book asks to be said, in any language
    text = japanese_spoken(text) if is_japanese(tag) else ruby_reading(text)
    if tag.split("-")[0] == "en":
        text = _GREEK_MICRO.sub("µ", text)  # before `latinize` makes "5 μg" five milligrams
        text = _GREEK_OHM.sub("\\1\u2126", text)
        text = _transcriptions(text)  # "ship /ʃɪp/": the sounds, before θ is "theta"
        text = _maths(text, us=tag in ("en-us", "en-usa"))
        text = _superscripts(text, us=tag in ("en-us", "en-usa"))
        text = _subscripts(text, us=tag in ("en-us", "en-usa"))
        text = _said_emoji(text)  # "I ♥ NY", "a single 🙃.": the few that carry a word
    text = latinize(text, tag)
    if "\u066c" in text:  # "۱۵٬۰۰۰ تومان": the Arabic thousands separator, said "comma"
        text = _ARABIC_GROUP.sub("", text)
    if tag.split("-")[0] == "ko":
        text = _KO_NATIVE_COUNT.sub(_korean_native_count, text)  # "7시" 일곱 시, "3명" 세 명
    if is_chinese(tag):
        text = chinese_spoken(text)  # "1998年" by its digits, "25%" 百分之25
    if tag.split("-")[0] in ("he", "iw"):
        text = _HE_NUMBER_HERE.sub(_hebrew_number, unpointed(text))  # "תרפ\"ט", "פרק א'"
    if (numero := _NUMERO_WORD.get(tag.split("-")[0])) and ("º" in text or "°" in text):
        text = _NUMERO_GLUED.sub(lambda m: numero.capitalize() if m[1] == "N" else numero, text)
    if tag.split("-")[0] == "en":
        text = respelled(text)  # "Shhh", "W-what", "S-A-R-A-H": sounds, not letters
        text = _WORD_RATIO.sub(r"\g<a> over ", text)  # "Speed = distance / time": over
        text = _SPACED_SLASH.sub(",", text)  # "Lisbon, 1944 / now": a pause, not "slash"
        text = _ROUTE_DASH.sub(_route, text)  # "the London–Paris train": London to Paris
        text = _TYPED_DASH.sub("—", text)  # "atlas---the 1985 edition" as "atlas—the"
        text = _CUT_MARK.sub("…", text)  # an editor's "[...]": a pause, never "[]"
        text = _PAUSE.sub(
            _pause,
            _english(text, tag in ("en-us", "en-usa"), month_first, dialect and _in_dialect(text)),
        )
    else:  # pauses first, so that a range's dash is the only one left between numbers
        text = _fixed_abbreviations(text, tag.split("-")[0])
        if tag.split("-")[0] == "el":  # "ΚΕΦΑΛΑΙΟΝ Α΄" πρώτον, "τον 18ον αιώνα" δέκατον όγδοον
            text = _EL_SUFFIXED.sub(_greek_suffixed, _EL_NUMERAL.sub(_greek_numeral, text))
        if tag.split("-")[0] == "ar":  # "١٢/٣/١٨٩٥م" ١٢ مارس ١٨٩٥ ميلادية
            text = _AR_ERA.sub(_arabic_era, _AR_DATE.sub(_arabic_date, text))
        if tag.split("-")[0] in ("hi", "mr") and ("₹" in text or "°" in text or "रु." in text):
            text = _HI_DEGREES.sub(_hindi_degrees, _HI_RUPEES.sub(_hindi_rupees, text))
        text = _FOREIGN_MINUS.sub(functools.partial(_foreign_minus, lang=tag.split("-")[0]), text)
        if tag.split("-")[0] == "pt" and "$" in text:
            text = _CIFRAO.sub(_reis, text)  # "10$000 réis", before "$" is anyone's dollar
        if (code := _num2words_lang(tag)) and (money := _FOREIGN_MONEY_RE.get(code.split("_")[0])):
            text = money.sub(functools.partial(_foreign_money, code=code), text)  # "ƒ 5,--"
        if code == "cs":
            text = _CS_MONEY.sub(_czech_coins, text)  # "40 zl." čtyřicet zlatých
        elif code == "hu":
            text = _HU_MONEY.sub(_hungarian_coins, text)  # "2 K 50 f" két korona ötven fillér
        if code and (clock := _CLOCK_RE.get(code.split("_")[0])):
            text = clock.sub(functools.partial(_foreign_clock, code=code), text)
        if code == "pl":
            text = _PL_HOUR.sub(_polish_hour, text)  # "o 4 rano" o czwartej rano
        if code == "nl":
            text = _NL_NUMERIC_DATE.sub(_dutch_numeric_date, text)  # before "-" is a pause
        text = _PAUSE.sub(_pause, text)
        if code := _num2words_lang(tag):
            family = code.split("_")[0]  # fr_CA reads its ordinals as fr does
            if family in _DAY_MONTH_RE:  # "den 17 Mars", "Den 2. April", "dnia 3 maja"
                day = functools.partial(_day_of_month, lang=family)
                text = _DAY_MONTH_RE[family].sub(day, text)
            if code == "sr":  # "15. маја" петнаестог маја, "1868. године", "3.500" три хиљаде
                text = _SR_ORDINAL_DOT.sub(_serbian_ordinal_dot, _DOT_THOUSANDS.sub(
                    lambda m: m.group().replace(".", ""), text))
                text = _SR_ROMAN.sub(_serbian_roman, text)  # "у XV веку" petnaestom веку
            if code == "ru":
                text = _RU_YEAR.sub(_russian_year, _RU_DAY_MONTH.sub(_russian_day_month, text))
                text = _RU_SUFFIXED.sub(_russian_suffixed, text)  # "5-го мая" пятого мая
            elif code == "uk":
                text = _UK_SUFFIXED.sub(_ukrainian_suffixed, text)  # "3-го серпня" третього
            elif family == "fr":
                text = _FR_REGNAL_RE.sub(_french_regnal, text)
                text = _FR_HOURS.sub(_french_hours, _FR_ORDINAL.sub(_french_ordinal, text))
            elif code == "de":
                text = _DE_NUMERIC_DATE.sub(_german_numeric_date, text)
                text = _DE_RATIO.sub(_german_ratio, _DE_CLOCK.sub(_german_clock, text))
                text = _DE_ORDINAL.sub(_german_ordinal, _DE_REGNAL_RE.sub(_german_regnal, text))
            if family == "hu":
                text = _HU_ORDINAL.sub(_hungarian_ordinal, _HU_DAY.sub(_hungarian_day, text))
                text = HU_ROMAN_DOT.sub(_hungarian_roman, text)
                text = _HU_SUFFIXED.sub(_hungarian_suffixed, text)  # "1848-ban", "2-es"
            if family in _ROMANCE_ORDINAL:
                text = _ROMANCE_ORDINAL[family].sub(
                    functools.partial(_romance_ordinal, code=code), text
                )
            if family in _FOREIGN_REGNAL_RE:
                regnal = functools.partial(_foreign_regnal, code=code)
                text = _FOREIGN_REGNAL_RE[family].sub(regnal, text)
            if family == "pl":
                text = _PL_YEAR_AFTER.sub(_polish_year_after, _PL_YEAR.sub(_polish_year, text))
            if family in _CENTURY_RE:
                text = _CENTURY_RE[family].sub(functools.partial(_century, lang=family), text)
            if code == "ru":  # after the centuries' "XIX в.", which say their own noun
                text = _RU_ROMAN.sub(_russian_roman, text)  # "ученик III класса" третьего
            if family in _SUFFIXED_ORDINAL:  # "3:dje", "17de", "3den"
                suffixed = functools.partial(_suffixed_ordinal, lang=family)
                text = _SUFFIXED_ORDINAL[family].sub(suffixed, text)
            if family in ("da", "no"):  # "i 2. klasse", "den 3. Gang"
                dotted = functools.partial(_nordic_dot_ordinal, lang=family)
                text = _NORDIC_DOT_ORDINAL.sub(dotted, text)
            if family in ("sv", "da", "no"):
                regnal = functools.partial(_nordic_regnal, lang=family)
                text = _NORDIC_REGNAL_RE.sub(regnal, text)
            elif family == "cs":
                text = _CS_REGNAL_RE.sub(_czech_regnal, _CS_CENTURY_RE.sub(_czech_century, text))
                text = _CS_LOCATIVE_COUNT.sub(_czech_locative_count, text)  # "o 2 světnicích"
            elif family == "fi":
                text = _FI_SUFFIXED.sub(_finnish_suffixed, text)
                text = _FI_CENTURY_RE.sub(_finnish_century, text)
                text = _FI_REGNAL_RE.sub(_finnish_regnal, text)
            elif family == "pt":
                text = _PT_FIRST_DAY.sub("primeiro", text)
                text = _PT_FEMININE_COUNT.sub(
                    functools.partial(_pt_feminine_count, code=code), text
                )
            if family in _DEGREE_WORDS and "°" in text:  # "180°" cento e oitenta graus
                text = _FOREIGN_DEGREES.sub(functools.partial(_foreign_degrees, code=code), text)
            if family in _FEMININE_TWO_RE:  # "2 krowy" dwie krowy, "2 hodiny" dvě hodiny
                two = functools.partial(_feminine_two, lang=family)
                text = _FEMININE_TWO_RE[family].sub(two, text)
            if family in _COMMA_DECIMAL_LANGUAGES:
                text = _COMMA_THOUSANDS.sub(_comma_thousands, text)
            if family in _RANGE_WORD:
                text = _FOREIGN_RANGE.sub(functools.partial(_foreign_range, code=code), text)
            if code == "de":
                text = _DE_YEAR_RUN.sub(_german_year_run, _DE_YEAR.sub(_german_year, text))
            text = _foreign_numbers(text, code)
    text = re.sub(r"\*+", " ", text)  # emphasis and footnote marks, which espeak names aloud
    text = _UNDERSCORE.sub("", text)  # _italics_ as plain-text books write them
    text = _EMOJI.sub("", text)  # espeak names them ("face screaming in fear"); no narrator does
    text = _BALLOT_BOXES.sub("", text)
    text = _LONG_RUN.sub(lambda m: " ".join(re.findall(".{1,10}", m.group())), text)
    return _markup_safe(text)


_ARABIC_FIGURE = "[0-9\u0660-\u0669\u06f0-\u06f9]"
_ARABIC_GROUP = re.compile(rf"(?<={_ARABIC_FIGURE})\u066c(?={_ARABIC_FIGURE}{{3}})")
"""U+066C, the Arabic thousands separator between groups of figures ("۱۵٬۰۰۰"): espeak
read it as a comma ("پانزده ویرگول صفر صفر صفر"); the figures alone read as one number."""
_KO_TENS = {1: "열", 2: "스물", 3: "서른", 4: "마흔", 5: "쉰", 6: "예순", 7: "일흔", 8: "여든",
            9: "아흔"}  # fmt: skip
_KO_UNITS = {1: "한", 2: "두", 3: "세", 4: "네", 5: "다섯", 6: "여섯", 7: "일곱", 8: "여덟",
             9: "아홉"}  # fmt: skip
_KO_NATIVE_COUNT = re.compile(
    r"(?<![\w.,:/제])(?P<n>[1-9][0-9]?)\s?"
    r"(?P<counter>시(?!대|즌|리즈|청|장|내|민|계)|명(?!령|단|예)|개(?!월|국|소|년)|잔|살|마리|권"
    r"|병(?!원|사|력)|그릇|켤레|송이|벌|채|척|가지|군데|사람|시간|달)"
)
"""A count before a Korean counter that takes the native numbers: "7시" is "일곱 시" (seven
o'clock), "3명" "세 명", "2개" "두 개", "3잔" "세 잔", "20살" "스무 살"; espeak read the
Sino-Korean "칠 시", "삼 명". Minutes, months and numbered things keep the Sino-Korean
("30분", "3개월", "제3권"), and so does any count past 99."""


def _korean_native_count(m: Match) -> str:
    n = int(m["n"])
    if m["counter"] == "시" and n > 24:
        return m.group()
    tens, units = divmod(n, 10)
    if units:
        said = (_KO_TENS[tens] if tens else "") + _KO_UNITS[units]
    else:
        said = "스무" if tens == 2 else _KO_TENS[tens]
    return f"{said} {m['counter']}"


_EL_UNITS = ("", "πρώτ", "δεύτερ", "τρίτ", "τέταρτ", "πέμπτ", "έκτ", "έβδομ", "όγδο", "ένατ")
_EL_TENS = ("", "δέκατ", "εικοστ", "τριακοστ", "τεσσαρακοστ", "πεντηκοστ", "εξηκοστ",
            "εβδομηκοστ", "ογδοηκοστ", "ενενηκοστ")  # fmt: skip
_EL_STRESSED = str.maketrans("οηαε", "όήάέ")


def _greek_ordinal(n: int, ending: str) -> str | None:
    """`n` (1 to 99) as a Greek ordinal with `ending` ("ος", "ον", "η", "ης", "ου"…) on each
    word: 18 "δέκατον όγδοον", 3 "τρίτην", 21 "εικοστός πρώτος"; None past 99."""
    if not 0 < n < 100:
        return None
    if n in (11, 12):
        return ("ενδέκατ" if n == 11 else "δωδέκατ") + ending
    tens, units = divmod(n, 10)
    words = []
    if tens == 1:
        words.append("δέκατ" + ending)
    elif tens:
        words.append(_EL_TENS[tens] + ending[:1].translate(_EL_STRESSED) + ending[1:])
    if units:
        words.append(_EL_UNITS[units] + ending)
    return " ".join(words)


_EL_NUMERAL_VALUES = {"Α": 1, "Β": 2, "Γ": 3, "Δ": 4, "Ε": 5, "Ϛ": 6, "ϛ": 6, "ΣΤ": 6, "Ζ": 7,
                      "Η": 8, "Θ": 9, "Ι": 10, "Κ": 20, "Λ": 30, "Μ": 40, "Ν": 50, "Ξ": 60,
                      "Ο": 70, "Π": 80, "Ϟ": 90, "Ϙ": 90}  # fmt: skip
_EL_HEADING_NOUNS = {"κεφαλαιον": "ον", "κεφάλαιον": "ον", "κεφαλαιο": "ο", "κεφάλαιο": "ο",
                     "βιβλιον": "ον", "βιβλίον": "ον", "βιβλιο": "ο", "βιβλίο": "ο",
                     "μερος": "ον", "μέρος": "ον", "ασμα": "ον", "άσμα": "ον",
                     "πραξις": "η", "πράξις": "η", "πραξη": "η", "πράξη": "η", "σκηνη": "η",
                     "σκηνή": "η", "επιστολη": "η",
                     "επιστολή": "η", "τομος": "ος", "τόμος": "ος", "λογος": "ος",
                     "λόγος": "ος"}  # fmt: skip
_EL_NUMERAL = re.compile(
    r"(?P<noun>\b[^\W\d_]+)\s+(?P<num>(?i:[ΙΚΛΜΝΞΟΠϞϘ]?(?:ΣΤ|[ΑΒΓΔΕϚϛΖΗΘ])?))"
    r"[\u0374\u0384\u02b9'’′]"
    r"(?![^\W\d_])"
)
"""A Greek numeral, letters with a keraia, after a heading's noun ("ΚΕΦΑΛΑΙΟΝ Α΄",
"Κεφαλαιον Ιβ΄", "ΠΡΑΞΙΣ Β΄"): the ordinal in the noun's gender, "πρώτον", "δωδέκατον",
"δεύτερη"; espeak read the letters' names ("άλφα", "ιβ"). Homer's books keep their
letters ("Ραψωδία Α΄" άλφα), as readers name them."""
_EL_SUFFIXED = re.compile(
    r"(?<![\w.,])(?P<n>[1-9][0-9]?)(?P<ending>ον|ην|ου|ης|ος|ων|οι|ες)(?![^\W\d_])"
)
"""An ordinal in figures with its case's ending that espeak does not read ("τον 18ον
αιώνα", "την 3ην", "του 5ου", "της 3ης"): "δέκατον όγδοον", "τρίτην". It reads "18ο",
"3η", "12η" itself."""


def _greek_numeral(m: Match) -> str:
    ending = _EL_HEADING_NOUNS.get(m["noun"].lower())
    num = m["num"].upper()  # a title's case: "Κεφαλαιον Ιβ΄"
    if ending is None or not num:
        return m.group()
    value = _EL_NUMERAL_VALUES.get(num[:1], 0) if len(num) > 1 and num != "ΣΤ" else 0
    value += _EL_NUMERAL_VALUES.get(num[1:] if value else num, 0)
    said = _greek_ordinal(value, ending)
    return f"{m['noun']} {said}" if said else m.group()


def _greek_suffixed(m: Match) -> str:
    return _greek_ordinal(int(m["n"]), m["ending"]) or m.group()


_AR_MONTHS = ("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر",
              "أكتوبر", "نوفمبر", "ديسمبر")  # fmt: skip
_AR_DATE = re.compile(
    rf"(?<!{_ARABIC_FIGURE}|[/.])(?P<d>{_ARABIC_FIGURE}{{1,2}})/(?P<m>{_ARABIC_FIGURE}{{1,2}})"
    rf"/(?P<y>{_ARABIC_FIGURE}{{4}})(?!{_ARABIC_FIGURE}|/)"
)
"""A date in figures with slashes, day first ("١٢/٣/١٨٩٥م"): the day, the month's name and
the year, as a reader says it ("١٢ مارس ١٨٩٥"); espeak read each slash in English."""
_AR_ERA = re.compile(
    rf"(?<!{_ARABIC_FIGURE})(?P<y>{_ARABIC_FIGURE}{{4}})\s?(?P<era>م|هـ|ه)(?![^\W\d_])"
)
"""The era's letter after a year of four figures ("١٨٩٥م", "١٣١٢هـ"): "ميلادية", "هجرية";
espeak said the letter's name ("ميم") or an English "h". After a shorter figure "م" is a
metre ("٣ م")."""


def _arabic_date(m: Match) -> str:
    month = int(m["m"].translate(_ARABIC_DIGITS))
    if not 1 <= month <= 12 or not 1 <= int(m["d"].translate(_ARABIC_DIGITS)) <= 31:
        return m.group()
    return f"{m['d']} {_AR_MONTHS[month - 1]} {m['y']}"


def _arabic_era(m: Match) -> str:
    return m["y"] + (" ميلادية" if m["era"] == "م" else " هجرية")


_ARABIC_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_HI_FIGURE = "[0-9\u0966-\u096f]"
_HI_RUPEES = re.compile(
    rf"(?:₹|(?<![^\W\d_])रु\.)\s?(?P<r>{_HI_FIGURE}{{1,3}}(?:,{_HI_FIGURE}{{2,3}})*|{_HI_FIGURE}+)"
    rf"(?:\.(?P<p>{_HI_FIGURE}{{2}}))?(?!{_HI_FIGURE})"
)
"""An amount after the rupee sign or "रु.", in Devanagari figures or ours ("₹ २.५०",
"₹50", "रु. 250", "₹1,25,000"): "दो रुपये पचास पैसे". espeak said nothing for "₹" and read the paise as
decimals ("दो दशमलव पाँच शून्य")."""
_HI_DEGREES = re.compile(
    rf"(?P<n>{_HI_FIGURE}+(?:\.{_HI_FIGURE}+)?)\s?°(?:\s?(?P<scale>से\.|सें\.|C(?![^\W\d_])|F(?![^\W\d_])))?"
)
"""Degrees after a figure ("४° से.", "40°C"): "डिग्री", and "सेल्सियस" for "से." or "C";
espeak said nothing for "°" and the letter "से"."""


def _hindi_rupees(m: Match) -> str:
    said = f"{m['r']} रुपये"  # espeak reads "1,25,000" as lakhs
    paise = (m["p"] or "").lstrip("0\u0966")  # "०" is the Devanagari zero
    if paise:
        said += f" {paise} पैसे"
    return said


def _hindi_degrees(m: Match) -> str:
    scale = {"से.": " सेल्सियस", "सें.": " सेल्सियस", "C": " सेल्सियस", "F": " फ़ारेनहाइट"}
    return f"{m['n']} डिग्री{scale.get(m['scale'] or '', '')}"


_LEADER_AMOUNT = re.compile(
    r"(?P<lead>[^\s.]\.{4,}[ \t]*)(?P<sign>\$[ \t]*)?"
    r"(?P<amount>[0-9]{1,5}\.[0-9]{2}[½¼¾]?)(?![0-9]|[.,][0-9])"
)
"""An account's line: an item, a dot leader and an amount in dollars and cents, the
sign printed or not ("Pork,....................  0.22", "Rice,....... $ 1.73½")."""
_SIGNED_AMOUNT = re.compile(r"\$[ \t]*[0-9]{1,5}\.[0-9]{2}(?![0-9])")
_COLUMN_LINE_MAX = 40
"""A paragraph no longer than this that is not an account's line ("saccharine.", "All
experiments which failed:", "$ 23.44") stays inside the column; a longer one is prose,
and ends it."""


def dollar_columns(paragraphs: Sequence[str]) -> set[int]:
    """The paragraphs whose dot-leader amounts are dollars printed without their sign:
    an account set in a column prints "$" on its first line and its totals only
    (Walden's "Rice,....... $ 1.73½" over "Pork,........ 0.22"), and a narrator says
    "twenty-two cents", not "zero point two two". A column is a run of account lines
    (`_LEADER_AMOUNT`) and short lines between them; only a column with a "$" amount in
    it is money, so a column of figures with no sign anywhere stays figures, and prose
    between two columns parts them."""
    found: set[int] = set()
    run: list[int] = []
    signed = False

    def close() -> None:
        if signed:
            found.update(i for i in run if any(
                not m["sign"] for m in _LEADER_AMOUNT.finditer(paragraphs[i])))

    for i, text in enumerate(paragraphs):
        if _LEADER_AMOUNT.search(text) or len(text.strip()) <= _COLUMN_LINE_MAX:
            run.append(i)
            signed = signed or bool(_SIGNED_AMOUNT.search(text))
            continue
        close()
        run, signed = [], False
    close()
    return found


def column_dollars(piece: str, before: str) -> str:
    """`piece` of a dollar column's paragraph (`dollar_columns`) with "$" before each
    amount its leader left unsigned: in the piece ("Apples,....... 0.25") or at its
    start, where the sentence split cut the line after the leader (`before` is the
    paragraph's text before the piece)."""
    piece = _LEADER_AMOUNT.sub(
        lambda m: m.group() if m["sign"] else f"{m['lead']}${m['amount']}", piece
    )
    if re.search(r"[^\s.]\.{4,}\s*$", before) and re.match(
        r"\s*[0-9]{1,5}\.[0-9]{2}[½¼¾]?(?![0-9]|[.,][0-9])", piece
    ):
        return f"${piece.lstrip()}"
    return piece


_REPLACEMENT = re.compile("\ufffd+")
"""U+FFFD, what decoding leaves where it lost a character (an undecodable byte, a
reference to half a surrogate pair, "&#xD800;"): nothing a narrator can say; espeak
names it a "replacement character". Inside a word ("caf�") the lost character was a
letter and the word stays one; beside a space or a mark it was a mark, and is a space."""


def _unreplaced(m: Match) -> str:
    before, after = m.string[m.start() - 1 : m.start()], m.string[m.end() : m.end() + 1]
    return "" if (before + after).isalnum() and len(before + after) == 2 else " "


_LONG_RUN = re.compile(r"[0-9A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff]{101,}")
"""A "word" of over a hundred letters with no space (a gene's sequence, a key): said in
groups of ten, as a sequence is printed, not handed to the engine as one word."""


_RULE_LINE = re.compile(
    rf"(?:^|(?<={LINE_BREAK}))[ \t]*(?=[^\n{LINE_BREAK}]*[=+])(?:[=+~_*#|•·-][ \t]*){{3,}}"
    rf"(?={LINE_BREAK}|$)"
)
"""A line drawn with "=" or "+" ("=====" over a LitRPG status window, "+-----+" round a
skill box, "+++" between scenes): a border, never words ("equals equals …")."""
_TABLE_ROW = re.compile(
    rf"(?:^|(?<={LINE_BREAK}))[ \t]*\|(?P<cells>[ \t][^\n{LINE_BREAK}]*[ \t])\|[ \t]*"
    rf"(?={LINE_BREAK}|$)"
    rf"|(?:^|(?<={LINE_BREAK}))[ \t]*\|(?=[^\n{LINE_BREAK}]*-)[-:+=| \t]*\|[ \t]*(?={LINE_BREAK}|$)"
)
"""A row of a table drawn with bars, as plain-text books and Markdown without a header
rule draw one ("| 2 gills     | = | 1/2 pint   |"): a bar opens and closes the line,
spaced from the cells. The bars are borders, never words; "|x| = |y|" is no row."""


def _table_row(m: Match) -> str:
    """A table row said as a narrator reads one: its cells with a pause between them
    ("two gills, half a pint"), as the Markdown reader joins a table of words; a cell of
    "=" alone joins its neighbours as a sentence ("two gills equals half a pint"). A rule
    row under a header ("|------|:---:|") has nothing to say."""
    cells = [" ".join(cell.split()) for cell in (m["cells"] or "").split("|")]
    said = ""
    for cell in cells:
        if not cell or (re.fullmatch(r"[-:+~_.=]*", cell) and cell != "="):
            continue
        if cell == "=" or said.endswith(" ="):
            said += f" {cell}"
        else:
            said += f"{', ' if said else ''}{cell}"
    if said and m.string.startswith(LINE_BREAK, m.end()) and not said.endswith((".", "!", "?")):
        said = f"{said.rstrip(',;:')}."  # the next row is a sentence of its own
    return said


_TYPED_DASH = re.compile(r"(?<=[^\s<>!-])-{2,3}(?=[^\s<>-])")
"""An em dash typed as two or three hyphens between words ("atlas---the 1985 edition",
"the Hall--a grey house"): one em dash, so that every rule weighs the words on either
side as it does after "—" (a rule that keeps "-" as a joining hyphen would otherwise
take "--the" as a compound). A run of four or more is a blank, and a spaced one is
already a pause."""
_ROUTE_DASH = re.compile(r"(?<![\w'’-])(?P<a>[A-Z][a-z]+)–(?P<b>[A-Z][a-z]+)(?![\w'’-])")
_ROUTE_AFTER = re.compile(
    r"\s+(?:train|flight|route|road|line|railway|rail|ferry|bus|coach|service|express"
    r"|sleeper|motorway|highway|journey|leg|run|crossing|connection)s?\b"
)
_ROUTE_BEFORE = re.compile(
    r"(?i)\b(?:bus|coach|train|flight|ferry|sleeper|shuttle|boat|drive|ride|route|leg)"
    r"[\s,:]{1,3}$"
)


def _route(m: Match) -> str:
    """"the London–Paris train", "Bus, Lisbon–Seville: €38" → London to Paris: an en dash
    between two places beside a word of travel; "the Smith–Jones report" keeps its pause."""
    if _ROUTE_AFTER.match(m.string, m.end()) or _ROUTE_BEFORE.search(m.string, 0, m.start()):
        return f"{m['a']} to {m['b']}"
    return m.group()


_WORD_RATIO = re.compile(
    r"(?P<a>(?<=[^\W\d_]\s)[=≈]\s[^\W\d_]{2,20})[ \t]+/[ \t]+(?=[^\W\d_]{2,20}(?![\w/]))"
)
"""A spaced slash between two words just after an equals sign: a formula written in words
("Speed = distance / time", "Density = mass / volume"), "over" as a teacher reads it, not
the pause `_SPACED_SLASH` makes of a slash in prose ("Lisbon / Porto")."""
_SPACED_SLASH = re.compile(
    r"(?<=[^\W_]|[.!?’”\"')])(?<!°[CF])[ \t]+/(?=[ \t]+(?:[^\W\d_]{2}|[\"“‘'(]))"
)
"""A slash set apart by spaces before a word: a line's end quoted in prose ("Shall I compare
thee / to a summer's day"), or a heading's two places or times ("Lisbon, 1944 / now").
espeak says "slash"; a narrator pauses. A slash between figures ("1 / 2") or before a
letter ("T / F", "km / h") or after a temperature ("180°C / gas 4") is left to the other
rules."""
_EMOJI = re.compile(
    "(?:[\U0001F000-\U0001FAFF\U0001FC00-\U0001FFFF\u2600-\u2603\u2614\u2615\u2639"
    "\u263A\u2648-\u2653\u2660-\u2667\u26A1\u26BD\u26C4\u26EA-\u26FD\u2705"
    "\u270A-\u270F\u2728\u2744\u274C\u2753-\u2757\u2763\u2764\u27B0\u27BF\u2B50"
    "\u2B55\uFE0E\uFE0F\u20E3]|\u200D[\u2640\u2642\u2695\u2696\u2708\u2764]?)+"
)
"""Emoji and pictographs (with their joiners and variation selectors), as web serials and
writers' notes use them: not words, so not spoken; the text keeps them. Symbols that
stand for words in running text (♭ ♯ in "B♭ major", ♀ ♂, ✓ alone) are not emoji."""
_EMOJI_NAMES = {"❤": "heart", "♥": "heart", "💕": "hearts", "💖": "sparkling heart",
                "💔": "broken heart", "👍": "thumbs up", "👎": "thumbs down", "🙏": "folded hands",
                "😍": "heart eyes", "😘": "kiss", "😊": "smiley", "🙂": "smiley", "😀": "grin",
                "😁": "grin", "😉": "wink", "😜": "winking face", "😂": "laughing face",
                "🤣": "laughing face", "😢": "crying face", "😭": "sobbing face",
                "😡": "angry face", "😱": "screaming face", "💩": "pile of poo",
                "🤷": "shrug", "🙄": "eye roll", "🖕": "middle finger", "💯": "hundred points",
                "👋": "wave", "👏": "clapping hands", "🤞": "crossed fingers"}  # fmt: skip
"""What a narrator calls the common emoji; any other is named by Unicode, lower-cased."""
_HEART_VERB = re.compile(
    r"(?<![\w'’])(?P<who>I|[Ww]e|WE|[Tt]hey|THEY|(?:if|If|IF|do|Do|DO|who|WHO)\s+(?:you|YOU|u|U))"
    r"\s+[♥❤]\ufe0f?(?=\s+[\w\"“])"
)
"""A heart set for the verb, as on a sticker or a T-shirt: "I ♥ NY", "HONK IF YOU ♥ JESUS"."""
_NOUN_EMOJI = re.compile(
    r"(?<![\w'’])(?P<det>(?i:a|an|the|one|single|this|that|another|his|her|my|your|their|our)\s+)"
    rf"(?P<e>{_EMOJI.pattern})(?=\s*(?:[.,;:!?)\"”’]|$))"
)
"""An emoji that is a noun in the sentence: "no comment except a single 🙃."."""
_LONE_EMOJI = re.compile(
    rf"^(?P<lead>\s*(?:[\w'’]+(?:\s[\w'’]+)?\s?[:,]\s*)?[\"“‘]?)(?P<e>{_EMOJI.pattern})"
    r"(?=\s*[.!?]?[\"”’]?\s*$)"
)
"""A message that is only emoji, alone or after its sender's name ("BEX: ❤️❤️❤️")."""

_KAOMOJI_FACE = "°□▽△ω⊙╥﹏・･´｀ʖ͜͡ツ‿◕◡≧≦ᴗ∀дД⌒︶︿益皿ಠಥ∇●◉ー￣"
_KAOMOJI = re.compile(
    r"(?:¯\\_?\(ツ\)_?/¯"  # the shrug, said by its emoji below
    r"|(?<![^\W_])(?:[ヽ٩ᕕ\\┐┌ノ╰⊂mo]|¯\\_)?"  # an arm before the face: "ヽ(", "m(", "o("
    rf"[(（](?=[^()（）]*[{_KAOMOJI_FACE}]|\s*\*?\s*(?:[\^T;][_.\-−]?[\^T;−]|_ _)\s*\*?\s*[)）])"
    rf"(?:_−|[\s{_KAOMOJI_FACE}^_\-~;'`*ﾟ゜.:=><oOTuUx☆★♡♥✿❀〃ᵔ⁄/\\|ノ╯╰]){{2,16}}[)）]"
    r"(?:[ノﾉ╯ゞ☆★♪♡/۶ᕗ┌┘⊃✧ﾟ*:゜]|_/¯|o(?![^\W_])|m(?![^\W_]))*"  # an arm after it
    r"(?:\s?︵\s?┻━+┻)?"  # and the table it flips
    r"|(?<!\S)[ಠಥʘ◕⊙≧T;][_﹏‿◡ω▽.][ಠಥʘ◕⊙≦T;](?!\S)"  # a face with no brackets: "ಠ_ಠ"
    r"|ㅠ{2,}|ㅜ{2,}|[ㅠㅜ][ㅠㅜ]+)"  # Korean crying, "ㅠㅠ"
)
"""A kaomoji, the faces Japanese, Chinese and Korean writers draw with symbols in brackets
("(╯°□°)╯︵ ┻━┻", "(｀・ω・´)ゞ", "o(╥﹏╥)o", "(^_^)"), and Korean crying "ㅠㅠ": a picture
like an emoji, so unsaid, as are the crying "T_T" and "ಥ_ಥ" (the shrug is its emoji,
said alone); never "degrees" and "omega" for its eyes and mouth. A bracket needs a
face's symbols inside it: "(a, b)", "(°C)" and "(*)" are words and marks."""
_EMOTICON = re.compile(
    r"(?<![^\s\"“‘(])(?:(?P<smile>[:=]-?\)|\^[_.\-]?\^)|(?P<wink>;-?\))"
    r"|(?P<grin>:-?D|xD)|(?P<frown>[:=]-?\()|(?P<tongue>:-?[Pp])"
    r"|(?P<blank>-_-|>_<|>\.<|[oO]_[oO]|-\.-|:-?/|:-?\|)"
    r"|(?<![\d\s][ \t])(?<![\s(][a-z][ \t])(?P<heart><3+)|(?P<broken></3))"
    r"(?=$|[\s.,;!?\"”’)])"
)
"""A Western emoticon, in the typed letters of a message or a note ("See you soon :)",
"love you <3", ";-)"): said as its emoji would be (`_said_emoji`): a heart for the verb is
"love" ("I <3 NY"), the whole message its name, one beside words left unsaid. It stands
apart from the words: "a:)", "(see:)" and "3:)" are labels and marks, and "x <3" a sum."""
_EMOTICON_EMOJI = {"smile": "🙂", "wink": "😉", "grin": "😀", "frown": "🙁", "tongue": "😛",
                   "blank": "", "heart": "❤", "broken": "💔"}  # fmt: skip
_LAUGHTER = re.compile(r"(?<![^\W\d_])[ㅋㅎ]{2,}(?![^\W\d_])")
"""Korean laughter typed in jamo ("ㅋㅋㅋ", "ㅎㅎ") in an English book, as Korean web novels'
translators keep it: said "ha ha", never romanised "kkk" (spelled "K K K") or "hh"."""


def _emoticons(text: str) -> str:
    """Kaomoji and emoticons as a narrator meets them (see _KAOMOJI, _EMOTICON): pictures,
    not the symbols they are drawn with; the typed ones as their emoji."""
    if not _EMOTICON_HINT.search(text):
        return text
    text = _KAOMOJI.sub(lambda m: "🤷" if "ツ" in m[0] and "¯" in m[0] else "", text)
    text = _EMOTICON.sub(lambda m: _EMOTICON_EMOJI[m.lastgroup or "blank"], text)
    return _LAUGHTER.sub(lambda m: "ha ha ha" if len(m[0]) > 2 else "ha ha", text)


_EMOTICON_HINT = re.compile(rf"[{_KAOMOJI_FACE}ㅋㅎㅠㅜ^<:;_]|xD|=-?[()]")


def _emoji_names(run: str) -> str:
    """The names of the emoji in `run`, one for each picture (a joined family or a flag is
    one), separated by pauses: "❤️❤️❤️" heart, heart, heart."""
    names: list[str] = []
    chars = [
        c for c in run if c not in "\ufe0e\ufe0f\u20e3" and not "\U0001f3fb" <= c <= "\U0001f3ff"
    ]  # no variation selectors, no skin tones
    i = 0
    while i < len(chars):
        c = chars[i]
        if "\U0001f1e6" <= c <= "\U0001f1ff":  # two regional letters: a flag
            names.append("flag")
            i += 2
            continue
        if c == "\u200d":  # a joiner ties the next picture into this one
            i += 2
            continue
        name = _EMOJI_NAMES.get(c) or unicodedata.name(c, "").lower()
        name = re.sub(r"^(?:black|white|heavy)\s+|\s+(?:sign|symbol)$", "", name)
        if name:
            names.append(name)
        i += 1
    return ", ".join(names)


_ONE_AS_PRONOUN = re.compile(
    r"(?i)\b(?!(?:sent|got|gave|give|posted|added|with|just|only|and|of|is|was|typed|left"
    r"|replied|received)\b)[a-z]+\s+$"
)
"""A word before "one" that makes it a pronoun, not a count: "Nice one 😉", "Good one :)";
"He sent one 👍." counts the emoji (a verb or a small word before it)."""


def _noun_emoji(m: Match) -> str:
    """An emoji a determiner makes a noun, said by its name ("a single 🙃."); after "Nice
    one" it is decoration again, since "one" is the thing praised."""
    if m["det"].strip().lower() == "one" and _ONE_AS_PRONOUN.search(m.string, 0, m.start()):
        return m.group()
    return m["det"] + _emoji_names(m["e"])


def _said_emoji(text: str) -> str:
    """Say the emoji that carry words and let the rest go (see _EMOJI): a heart for the
    verb is "love"; an emoji that is a noun ("a single 🙃.") or the whole message ("BEX:
    ❤️❤️❤️") is said by its name. One beside words ("We ate 🍕 and danced 🎉") is decoration."""
    if not _EMOJI.search(text) and "♥" not in text:
        return text
    text = _HEART_VERB.sub(  # "HONK IF YOU ♥ JESUS": in the sticker's capitals
        lambda m: f"{m['who']} {'LOVE' if m['who'].split()[-1][1:].isupper() else 'love'}", text
    )
    text = _NOUN_EMOJI.sub(_noun_emoji, text)
    return _LONE_EMOJI.sub(lambda m: m["lead"] + _emoji_names(m["e"]), text)


_BALLOT_BOXES = re.compile("[\u2610-\u2612]")
"""A checklist's boxes, empty, ticked or crossed (☐ ☑ ☒): never left to espeak, which names
"☑" as "ballot box with check"; in English `_said_boxes` says them first."""
_OPENING_BOX = re.compile(
    rf"(?:^|(?<={LINE_BREAK}))(?P<lead>\s*(?:[-•*]\s+)?)(?P<box>[\u2610-\u2612])\s*"
)
_BOX_AT_OPENING = {"\u2610": "", "\u2611": "Ticked: ", "\u2612": "Crossed: "}
_BOX_IN_SENTENCE = {"\u2610": "box", "\u2611": "ticked box", "\u2612": "crossed box"}


def _said_boxes(text: str) -> str:
    """A checklist's boxes as a narrator of a workbook says them. Opening an item, a ticked
    or crossed box is its state ("☑ Metrics dashboard live": "Ticked: Metrics dashboard
    live"); an empty one is the reader's to tick, and the item is read alone; so in a
    checklist run into a line, each item after a pause ("…, crossed: Jack, Torch"). In a
    sentence a box is a noun ("Tick ☐ each topic; a ☑ means you scored 9/10": "Tick box
    …; a ticked box means …")."""
    text = _OPENING_BOX.sub(lambda m: m["lead"] + _BOX_AT_OPENING[m["box"]], text)
    text = _ITEM_BOX.sub(lambda m: ", " + _BOX_AT_OPENING[m["box"]].lower(), text)
    return _BALLOT_BOXES.sub(lambda m: _BOX_IN_SENTENCE[m[0]], text)


_ITEM_BOX = re.compile(r"(?<=[\w.)])\s+(?P<box>[\u2610-\u2612])\s*(?=[A-Z])")
"""A box that opens the next item of a checklist run into one line ("☑ Spare tyre ☒
Jack ☐ Torch"): a pause, then the item's state, as at a line's opening."""


_PROMPT_NAMED = re.compile(r"(?<![>\w])>>>(?=`?\s+prompts?\b|`?\s*[)\],;.]|`?\s*$)")
"""Python's prompt named in a tutorial's sentence ("the `>>>` prompt", "(type at >>>)"):
said "three angle brackets", not dropped as a sign; before code it is the code's."""


# --------------------------------------------------------------------------- titles

_SMALL_WORDS = frozenset(
    {"a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "nor", "of", "on", "or",
     "the", "to", "with"}
)  # fmt: skip


def _fix_shouting(title: str, english: bool) -> str:
    """An ALL-CAPS title in title case, numerals kept: espeak spells out "IT" and "US"."""
    if not any(c.isalpha() for c in title) or any(c.islower() for c in title):
        return title

    def word(m: Match) -> str:
        w = m.group()
        if title[m.start() - 1 : m.start()].isdigit():
            return w.lower()  # an ordinal's ending: "THE 17TH" is "the 17th", not "17Th"
        if len(w) > 1 and set(w) <= set("IVXLC") and roman_value(w):
            return w
        before = title[: m.start()].rstrip()
        # "2 THE BREATH": the word after a chapter's number opens its title
        after_stop = before[-1:] in ("", ".", ":", ";", "!", "?", "—", "–") or before.isdigit()
        if english and not after_stop and w.lower() in _SMALL_WORDS:
            return w.lower()
        return w.capitalize()

    return re.sub(r"[^\W\d_]+(?:['’][^\W\d_]+)?", word, title)


_LABEL_ACRONYM = re.compile(
    r"(?!(?:ONE|TWO|SIX|TEN|FOUR|FIVE|NINE|PART|BOOK|ACT|DAY|NOTE|YEAR|AND|THE|END|NOW|WHY"
    r"|HOW|WHO|YES|NO|HOME|HERE|LOVE|HOPE|LIFE|LOST|FEAR|LAST|NEXT|THEN|WHEN|HIM|HER|ME|US"
    r"|YOU|WE|RUN|GO|STOP|WAIT|HELP|OUT|OFF|UP|DOWN):)"
    r"[A-Z]{2,4}:"
)
"""A short word in capitals before a colon in a title otherwise in ordinary case ("POV: You
Find a Body", "FAQ: Getting Started"): an acronym, spelled as written, not title-cased to
"Pov"; a heading's word or a number ("PART: …", "ONE: The Call") is no acronym."""


_TITLE_NUMBER = re.compile(
    r"^(?P<kw>[^\W\d_]+\s+)?(?P<num>[IVXLCDM]+|[ivxlcdm]+"
    r"|[0-9]{1,3}(?:\.[1-9][0-9]{0,2}(?![0-9]))*(?![.][0-9]))"
    r"(?:\s*[.:)\-—–]+\s*|\s*$|(?P<space>\s+))(?P<rest>.*)$",
    re.DOTALL,
)
# A section's number has no level with a leading nought ("12.04.2020" is a date).
_AMOUNT_WORDS = frozenset(
    {"hundred", "thousand", "million", "billion", "trillion", "percent", "per", "degrees",
     "seconds", "minutes", "hours", "days", "years", "times", "metres", "meters", "miles"}
)  # fmt: skip
"""Words after a decimal that make a title's first number an amount ("1.5 Million Reasons",
"0.5 Seconds"), not the number of a section ("2.1 Designing Your Day")."""


@forgiving
def spoken_title(
    title: str, language: str = "en", month_first: bool | None = None,
    lexicon: Mapping[str, str] | None = None,
) -> str:
    """A chapter title read aloud, ending in a period so the engine pauses after it.

    "CHAPTER XII. THE TITLE" → "Chapter Twelve. The Title." The numeral after a
    heading word is said as a number in the book's language. `lexicon` is the book's
    pronunciation table, the one its text is said with (`to_spoken`): "Two. Perseus"
    says the name as the guide or book.toml does, as the chapter's sentences do.
    """
    tag = _tag(language)
    english = tag.split("-")[0] == "en"
    title = re.sub(r"\s+", " ", title).strip()
    # each sentence of the title on its own: "ZWEITES KAPITEL. Der Brief aus Kiel" has a
    # shouted heading over a title in ordinary case, and espeak spells out "CHAPTER"
    parts = re.split(r"(?<=[.:]) ", title)
    mixed = english and len(parts) > 1 and any(c.islower() for c in title)
    title = " ".join(
        part if mixed and _LABEL_ACRONYM.fullmatch(part) else _fix_shouting(part, english)
        for part in parts
    )
    m = _TITLE_NUMBER.match(title)
    if tag.split("-")[0] == "de" and (de := _DE_NUMBERED_HEADING.match(title)):
        title = _german_numbered_heading(de)
    elif (first := _NUMBERED_FIRST.get(tag.split("-")[0])) and (nf := first.match(title)):
        title = _numbered_first_heading(nf, tag.split("-")[0])
    elif m and _is_title_numeral(m, english) and not (english and _compound_number(m)):
        title = _say_title_number(m, tag, english)
    if english:
        title = _numbered_under_part(title, tag in ("en-us", "en-usa"))
    spoken = to_spoken(title, language, lexicon, month_first=month_first).rstrip(" ,;:—–-")
    if not spoken:
        return ""
    spoken = spoken[0].upper() + spoken[1:]
    return spoken if spoken.rstrip(_CLOSERS)[-1:] in (".", "!", "?") else spoken + "."


_UNDER_PART = re.compile(
    r"^(?P<num>[IVXLC]+|\d{1,3})(?:(?P<mark>[:.])(?=\s)|(?<=[0-9])(?=\s[A-Z])|$)"
)


def _numbered_under_part(title: str, us: bool) -> str:
    """A chapter numbered under its part's heading, joined into one title ("Part One:
    Winter. I: The Frozen Canal", as Standard Ebooks sets chapters in parts): its
    number is said as one too, not as the pronoun "I"."""
    parts = title.split(". ")
    if len(parts) < 2 or parts[0].split(" ")[0].capitalize() not in ("Part", "Book", "Volume"):
        return title
    for index in range(1, len(parts)):
        m = _UNDER_PART.match(parts[index])
        value = m and (int(m["num"]) if m["num"].isdigit() else roman_value(m["num"]))
        if m and value:
            words = _title_words(_cardinal(value, us))
            rest = parts[index][m.end() :]
            mark = m["mark"] or ("." if rest else "")  # "1 The Habit Loop": One. The Habit Loop
            parts[index] = f"{words}{mark}{rest}"
    return ". ".join(parts)


def _compound_number(m: Match) -> bool:
    """Is the title's number joined by a hyphen to the word after it, one word with it
    ("The 30-Day Plan", "24-Hour Party People"), or counted after an article ("The 3 a.m.
    Problem", "The 39 Steps")? Then it is no chapter's number, said apart from the rest.
    After a heading word, before an article or as all the title ("Chapter 3-The Title",
    "1-Introduction") the hyphen sets the number apart."""
    kw = (m["kw"] or "").strip()
    if kw.casefold() in ("the", "a", "an"):
        return True
    words = m["rest"].split()
    return (
        m.string[m.end("num") : m.start("rest")] == "-"
        and kw.capitalize() not in HEADING_WORDS
        and m["num"].isdigit()
        and len(words) >= 2
        and words[0][:1].isalpha()
        and words[0].casefold() not in _SMALL_WORDS
    )


_DE_NUMBERED_HEADING = re.compile(
    r"^(?P<num>[0-9]{1,3}|[IVXLC]+)\.\s+(?P<kw>(?i:kapitel|buch|teil|abschnitt))(?![\w'’])"
)
"""A German heading with its number first, as an ordinal: "1. Kapitel", "II. Buch"."""


def _german_numbered_heading(m: Match) -> str:
    """"1. Kapitel" as a German reader says it, "Erstes Kapitel" ("Zweiter Teil"): the
    ordinal takes the keyword's gender (Kapitel and Buch neuter, Teil and Abschnitt
    masculine), never "Eins. Kapitel"."""
    num = m["num"]
    value = int(num) if num.isdigit() else roman_value(num)
    if not value:
        return m.string
    try:
        ordinal = str(num2words(value, lang="de", to="ordinal"))
    except Exception:  # a converter's gap must not stop the book
        return m.string
    ending = "s" if m["kw"].casefold() in ("kapitel", "buch") else "r"
    return f"{ordinal.capitalize()}{ending} {m['kw']}{m.string[m.end():]}"


_NUMBERED_FIRST = {
    lang: re.compile(
        rf"^(?P<num>[0-9]{{1,3}}|[IVXLC]+)\.\s+(?P<kw>(?i:{words}))(?![\w'’])"
    )
    for lang, words in (("hu", "fejezet|rész|könyv|kötet"), ("cs", "kapitola|část|kniha|díl"))
}
"""Headings whose number comes first, written as an ordinal is, with a stop: Hungarian
"I. FEJEZET", "1. fejezet", Czech "1. kapitola"."""


def _numbered_first_heading(m: Match, lang: str) -> str:
    """"1. fejezet" as a Hungarian reader says it, "Első fejezet"; Czech "1. kapitola"
    "První kapitola" (in its word's gender), never "Egy. fejezet", "Jedna. kapitola"."""
    num = m["num"]
    value = int(num) if num.isdigit() else roman_value(num)
    if not value:
        return m.string
    if lang == "cs":
        ordinal = _czech_ordinal(value, _CS_GENDERS.get(m["kw"].casefold(), "m"))
    else:
        try:
            ordinal = str(num2words(value, lang=lang, to="ordinal"))
        except Exception:  # a converter's gap must not stop the book
            ordinal = None
    if not ordinal:
        return m.string
    return f"{ordinal[:1].upper()}{ordinal[1:]} {m['kw']}{m.string[m.end():]}"


_CS_STEMS = ("první", "druh", "třetí", "čtvrt", "pát", "šest", "sedm", "osm", "devát", "desát",
             "jedenáct", "dvanáct", "třináct", "čtrnáct", "patnáct", "šestnáct", "sedmnáct",
             "osmnáct", "devatenáct")  # fmt: skip
_CS_TENS = ("dvacát", "třicát", "čtyřicát", "padesát", "šedesát", "sedmdesát", "osmdesát",
            "devadesát")  # fmt: skip
_CS_GENDERS = {"kapitola": "f", "část": "f", "kniha": "f", "hlava": "f", "díl": "m",
               "svazek": "m", "oddíl": "m"}  # fmt: skip


def _czech_ordinal(value: int, gender: str) -> str | None:
    """A Czech ordinal, 1 to 99, in a gender ("m", "f"): "první", "druhá", "dvacátý
    první"; num2words has none. None past 99."""
    if not 0 < value < 100:
        return None

    def said(stem: str) -> str:
        return stem if stem.endswith("í") else stem + ("á" if gender == "f" else "ý")

    if value < 20:
        return said(_CS_STEMS[value - 1])
    tens, unit = divmod(value, 10)
    return " ".join(said(stem) for stem in (_CS_TENS[tens - 2], *_CS_STEMS[unit - 1 : unit]))


def _is_title_numeral(m: Match, english: bool) -> bool:
    """Is this the chapter's number? Yes in "Chapter IV", "IV." and "Глава I.";
    no in "I Am Legend", "Malcolm X" and "Vitamin C".
    """
    kw, num, spaced = m["kw"], m["num"], m["space"] is not None
    if "." in num:  # "2.1 Designing Your Day", "Exercise 2.1": a section's number
        amount = m["rest"].split(" ", 1)[0].casefold() in _AMOUNT_WORDS
        return english and not (kw is None and spaced and amount)
    if kw is None:
        return not spaced
    if english and kw.strip().capitalize() in _LETTERED and num in _LETTERS:
        return False  # "Appendix C": a letter
    if english and kw.strip().capitalize() in HEADING_WORDS:
        return True
    if num.isdigit() or re.fullmatch(r"[IVX]{2,}|[ivx]{2,}", num):
        return True
    return not english and not spaced and num in ("I", "V", "X")


_HEADING_ORDINALS = {  # language: (heading word → gender, highest ordinal, Roman only?)
    "pl": ({"rozdział": "m", "tom": "m", "akt": "m", "część": "f", "księga": "f",
            "scena": "f"}, 999, False),
    "pt": ({"capítulo": "m", "capitulo": "m", "livro": "m", "tomo": "m", "canto": "m",
            "acto": "m", "ato": "m"}, 10, True),
    "cs": (_CS_GENDERS, 99, False),
}  # fmt: skip
"""Languages whose narrators read a heading's number as an ordinal after its word:
Polish always ("Rozdział I", "Rozdział 12" are "Rozdział pierwszy", "Rozdział dwunasty";
"Część II" is "Część druga"), Portuguese for a Roman number up to ten ("Capítulo I"
is "Capítulo primeiro", "Capítulo XI" "Capítulo onze", "Capítulo 3" "Capítulo três"),
Czech always ("Kapitola 1" is "Kapitola první", "Díl II" "Díl druhý", never "Kapitola
jedna")."""


def _heading_ordinal(kw: str | None, value: int, code: str, arabic: bool) -> str | None:
    """The heading's number as its ordinal, in the heading word's gender, where the
    language reads it so (`_HEADING_ORDINALS`); None where the cardinal is said."""
    words, highest, roman_only = _HEADING_ORDINALS.get(code.split("_")[0], ({}, 0, True))
    gender = words.get((kw or "").strip().casefold())
    if gender is None or value > highest or (arabic and roman_only):
        return None
    if code.split("_")[0] == "cs":  # num2words has no Czech ordinals
        return _czech_ordinal(value, gender)
    said = str(num2words(value, lang=code.split("_")[0], to="ordinal"))
    if gender == "f":  # Polish "pierwszy" → "pierwsza", "trzeci" → "trzecia", "drugi" → "druga"
        said = re.sub(r"(?<=\w)(?:y|(?<=g)i)\b", "a", re.sub(r"ci\b", "cia", said))
    return said


_SUBHEAD = re.compile(r"^[0-9]{1,2}(?:\.[1-9][0-9]?){1,2}\s+[A-Z“\"'‘]")
"""A sub-head's section number opening its line ("1.1 What Is Air, Exactly?")."""


_SUBHEAD_AMOUNT = re.compile(
    r"(?i)(?:kilo|milli|centi)?(?:grams?|metres?|meters?|litres?|liters?)|pounds?|ounces?"
    r"|cups?|inch(?:es)?|feet|foot|acres?|tons?|tonnes?|stars?|points?|kg|km|mg|ml|lbs?|oz|%"
    r"|hundred|thousand|million|billion|trillion|percent|per|degrees|seconds|minutes|hours"
    r"|days|weeks|months|years|times|miles"
)


def _subhead_number(text: str, tag: str) -> str:
    """A sub-head inside a chapter numbered by its section ("1.1 What Is Air, Exactly?",
    "2.1 Where it goes") said as a chapter's title is ("One point one. What Is Air,
    Exactly?"), the pause after the number keeping it from running into the title. Only
    a whole line: a short title (ten words at most, in title case, or six at most), no
    sentence's stop inside it or at its end, and no amount after the number ("1.5
    Million Reasons", `_is_title_numeral`)."""
    line = text.strip()
    if not _SUBHEAD.match(line) or line.endswith((".", ",", ";", ":")):
        return text
    m = _TITLE_NUMBER.match(line)
    if m is None or m["kw"] or m["space"] is None or not _is_title_numeral(m, True):
        return text
    words = m["rest"].split()
    if len(words) > 10 or re.search(r"[.;:!?]\s", m["rest"]) or LINE_BREAK in line:
        return text
    if _SUBHEAD_AMOUNT.fullmatch(words[0].rstrip(",")):
        return text  # "2.5 Kilograms of Flour", "4.5 Stars": an amount
    long = [w for w in re.findall(r"[^\W\d_][\w'’-]*", m["rest"]) if len(w) >= 4]
    if len(words) > 6 and not all(w[0].isupper() for w in long):
        return text
    return _say_title_number(m, tag, True)


def _say_title_number(m: Match, tag: str, english: bool) -> str:
    num = m["num"]
    if "." in num:  # each level a whole number: "4.12" is "Four point twelve"
        us = tag in ("en-us", "en-usa")
        first, *more = (_cardinal(int(n), us) for n in num.split("."))
        said = " point ".join([_title_words(first), *more])
    elif (value := int(num) if num.isdigit() else roman_value(num)) is None:
        return m.group()
    elif english:
        said = _title_words(_cardinal(value, tag in ("en-us", "en-usa")))
    else:
        code = _num2words_lang(tag)
        if code is None:
            return m.group()
        try:
            said = _heading_ordinal(m["kw"], value, code, num.isdigit()) or str(
                num2words(value, lang=code)
            )
        except Exception:  # a converter's gap (some cap their range) must not stop the book
            return m.group()
        said = said[:1].upper() + said[1:] if not m["kw"] else said
    head = f"{m['kw'] or ''}{said}"
    return f"{head}. {m['rest']}" if m["rest"].strip() else head
