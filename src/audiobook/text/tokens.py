"""Tokens that must stay whole, and units of measure as a narrator says them.

The sentence splitter sees a "?" in a web address, or the dot of "Fig." or
"pp.", as the end of a sentence. `mask` hides such dots and marks behind
letters of the same length, so the splitter never cuts there and the pieces
map back onto the text character for character. Whole tokens are: web
addresses (their query strings too), e-mail addresses, file paths, version
numbers, and reference abbreviations before what they refer to ("Fig. 3",
"pp. 10", "Vol. II", "cf. the map", "e.g. salt", "Smith et al. showed").

Units after a number are read as words, singular for exactly one ("1 km" →
"one kilometre", "12.5 cm" → "twelve point five centimetres"); en-us says
"meter" and "liter", other English "metre" and "litre".
"""

from __future__ import annotations

import re

URL = re.compile(r"(?i)\b(?:(?:https?|ftp)://|www\.)[^\s<>\"'\[\]]+")
EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
DOMAIN = re.compile(
    r"(?i)(?<![\w@./-])(?:[a-z0-9-]+\.)+(?:com|org|net|edu|gov|io|info)\b(?:/[^\s<>\"']*)?"
)
PATH = re.compile(r"(?<![\w/\\])(?:[A-Za-z]:[\\/]|~/|\.{1,2}/|/(?=\w+/))[\w.~-]+(?:[\\/][\w.~-]+)*")
VERSION = re.compile(  # 2.1.3, v2.1, V10.4.1: never a decimal, never a sentence end
    r"(?<![\w.])(?:[vV]?[0-9]+(?:\.[0-9]+){2,}|[vV][0-9]+\.[0-9]+)(?!\w|\.[0-9])"
)

# Reference abbreviations that never end a sentence before what they refer to.
_BEFORE_REFERENCE = (
    r"Figs?|figs?|Eqs?|eqs?|Vols?|vols?|Pp|pp|p|Nos?|nos?|Chs?|chs?|Chap|chap|Sec|sec|Art|art|"
    r"Ed|ed|Eds|eds|cf|Cf|vs|viz|ca|approx|al"
)
_REFERENCE = re.compile(
    rf"(?<![\w.])(?:{_BEFORE_REFERENCE})\.(?=\s+(?:[0-9(\[]|[IVXLC]+\b|[a-z])|[,;:)\]])"
    r"|(?<![\w.])(?:[eE]\.g|[iI]\.e)\.(?=\s+\S)"
)
_WHOLE = (URL, EMAIL, DOMAIN, PATH, VERSION)


def mask(text: str) -> str:
    """`text` with every whole token's punctuation replaced by letters, same length."""
    chars = list(text)

    def hide(start: int, end: int) -> None:
        for i in range(start, end):
            if not chars[i].isalnum() and not chars[i].isspace():
                chars[i] = "x"

    for pattern in _WHOLE:
        for m in pattern.finditer(text):
            token = m.group()
            end = m.start() + len(token.rstrip(".,;:!?)]\"'”’"))  # its sentence's stop is not its
            hide(m.start(), end)
    for m in _REFERENCE.finditer(text):
        hide(m.start(), m.end())
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
    "oz": ("ounce", "ounces"), "yd": ("yard", "yards"), "mi": ("mile", "miles"),
}  # fmt: skip
UNIT_PATTERN = "|".join(re.escape(u) for u in sorted(UNITS, key=len, reverse=True))


def unit_words(unit: str, one: bool, us: bool) -> str:
    """A unit in words: singular for exactly one, in the language's spelling."""
    said = UNITS[unit][0 if one else 1]
    if us:
        said = said.replace("kilometre", "kilometer")
    return said.format(metre="meter" if us else "metre", litre="liter" if us else "litre")
