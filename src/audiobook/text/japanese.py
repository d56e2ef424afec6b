"""Japanese as a narrator says it, in the kana that espeak-ng's Japanese voice reads.

espeak-ng's `jpx/ja` voice knows kana alone: every kanji is "Chinese letter" to it, so a
Japanese book was unlistenable. Sudachi (its core dictionary) reads each word: the spoken
text of a Japanese book is its words' readings in katakana, which espeak reads as it reads
hiragana; the shown text keeps the book's own writing. Where Sudachi's reading is not
what a narrator says, it is mended here:

- the particles は and へ are said "wa" and "e" (Sudachi writes ハ and ヘ, espeak says
  "ha", "he"), as are the greetings' final は (こんにちは, こんばんは);
- a number in figures is said as a number, "1998" せんきゅうひゃくきゅうじゅうはち (Sudachi
  reads figures one by one, イチキュウキュウハチ; espeak says "issen" for the thousand),
  with the sound changes of 300, 600, 800, 3000 and 8000 (さんびゃく, はっせん); a written
  numeral of several kanji (三百, 一九九八) the same way, since Sudachi takes 三百 for a
  name; a single kanji numeral is left to Sudachi, which knows 一人 ひとり and 三日 みっか;
- a word of kanji alone says its オウ as a long o (東京 トーキョー), as Japanese does
  and espeak does not ("to-u-kyo-u");
- punctuation stays (。、！？「」), so that espeak pauses where the book does.

One tokenizer serves the process, made on first use (it loads the dictionary once);
the reading is deterministic.
"""

from __future__ import annotations

import functools
import re
from typing import Any

RUBY_START, RUBY_SEP, RUBY_END = "\ufff9", "\ufffa", "\ufffb"
"""Unicode's interlinear annotation marks, around a ruby's base and its reading in a
paragraph's text (readers/aozora.py puts them there)."""
_RUBY_MARKED = re.compile(f"{RUBY_START}([^{RUBY_SEP}]*){RUBY_SEP}([^{RUBY_END}]*){RUBY_END}")


def ruby_base(text: str) -> str:
    """`text` as shown: each ruby's base, its reading left to the voice."""
    return _RUBY_MARKED.sub(r"\1", text) if RUBY_START in text else text


def ruby_reading(text: str) -> str:
    """`text` as said: each ruby's reading in place of its base (吾輩《わがはい》 is
    read わがはい, as the book asks)."""
    return _RUBY_MARKED.sub(r"\2", text) if RUBY_START in text else text


_KANJI = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\U00020000-\U0002ffff]")
_ALL_KANJI = re.compile(r"[\u3400-\u9fff\uf900-\ufaff々\U00020000-\U0002ffff]+")
_LONG_O = re.compile("([オコゴソゾトドノホボポモヨョロ])ウ")
"""An o-row syllable and ウ in a word of kanji alone: Sino-Japanese 東京, 学校, 教養,
whose ウ lengthens the o (トーキョー); espeak says the ウ as its own "u". A word with kana
in it keeps its ウ (思う, 言う: a verb's ending)."""
_KANA = re.compile(r"[\u3041-\u30ff]")
_FIGURES = re.compile(r"[0-9０-９][0-9０-９,，]*(?:[.．][0-9０-９]+)?")
_WRITTEN = "〇一二三四五六七八九十百千万億兆"
_WRITTEN_RUN = re.compile(f"[{_WRITTEN}]{{2,}}")
_DIGIT_KANJI = {c: i for i, c in enumerate("〇一二三四五六七八九")}
_SMALL_UNITS = {"十": 10, "百": 100, "千": 1000}
_BIG_UNITS = {"万": 10**4, "億": 10**8, "兆": 10**12}
_ONES = ("", "イチ", "ニ", "サン", "ヨン", "ゴ", "ロク", "ナナ", "ハチ", "キュウ")
_DIGIT_SAID = ("ゼロ", *_ONES[1:])
_HUNDREDS = {1: "ヒャク", 3: "サンビャク", 6: "ロッピャク", 8: "ハッピャク"}
_THOUSANDS = {1: "セン", 3: "サンゼン", 8: "ハッセン"}
_GROUPS = ((10**12, "チョウ"), (10**8, "オク"), (10**4, "マン"))
_GREETINGS = frozenset({"こんにちは", "こんばんは", "今日は", "今晩は"})
_MAX_SAID = 10**16


@functools.cache
def _tokenizer() -> Any:
    """Sudachi's tokenizer with its core dictionary, whole words (mode C): made once."""
    from sudachipy import Dictionary, SplitMode

    dictionary = Dictionary(dict="core")
    make = getattr(dictionary, "tokenizer", None) or dictionary.create  # 0.7 renamed it
    return make(SplitMode.C)


def is_japanese(language: str) -> bool:
    """Is `language` (a tag: "ja", "ja-JP", "jpn") Japanese?"""
    return (language or "").strip().lower().replace("_", "-").split("-")[0] in ("ja", "jpn")


def japanese_spoken(text: str) -> str:
    """`text` as kana, each word by its reading, particles and numbers as said. A ruby's
    reading is said for its base; the words are found in the book's own writing, the
    bases in place, since kana readings set among the words would be read as other
    words (端居《はしい》して is not "は" the particle)."""
    base, rubies = _ruby_spans(text)
    if not _KANJI.search(base) and not _FIGURES.search(base) and "は" not in base and (
        "へ" not in base
    ):
        return ruby_reading(text)
    said: list[str] = []
    done: set[int] = set()  # the rubies said already
    for morpheme in _tokenizer().tokenize(base):
        start, end = morpheme.begin(), morpheme.end()
        if rubies and (inside := [r for r in rubies if r[0] < end and start < r[1]]):
            at = start
            for r_start, r_end, reading in inside:
                said.append(_outside_ruby(base[at:r_start]) if at < r_start else "")
                if r_start not in done:
                    said.append(reading)
                    done.add(r_start)
                at = max(at, r_end)
            said.append(_outside_ruby(base[at:end]) if at < end else "")
            continue
        surface = morpheme.surface()
        pos = morpheme.part_of_speech()
        reading = morpheme.reading_form()
        if pos[0] == "助詞" and surface in ("は", "へ"):
            reading = "ワ" if surface == "は" else "エ"
        elif surface in _GREETINGS:
            reading = reading[:-1] + "ワ"
        elif number := _number_said(surface):
            reading = number
        elif not _KANJI.search(surface):
            reading = surface  # kana, Latin, signs: as written (a ー stays a long vowel)
        elif _KANJI.search(reading) or not _KANA.search(reading):
            reading = _kanji_by_kanji(surface)  # a word Sudachi does not know
        elif _ALL_KANJI.fullmatch(surface):
            reading = _LONG_O.sub(r"\1ー", reading)  # 東京 トーキョー, not "to-u-kyo-u"
        said.append(reading)
    return "".join(said)


def _ruby_spans(text: str) -> tuple[str, list[tuple[int, int, str]]]:
    """`text` with its rubies' bases only, and where each base stands with its reading."""
    if RUBY_START not in text:
        return text, []
    base, spans, at = [], [], 0
    for m in _RUBY_MARKED.finditer(text):
        base.append(text[at : m.start()])
        start = sum(map(len, base))
        base.append(m[1])
        spans.append((start, start + len(m[1]), m[2]))
        at = m.end()
    base.append(text[at:])
    return "".join(base), spans


def _outside_ruby(piece: str) -> str:
    """A word's part beside its ruby (the kana ending of 描《えが》けども): kana as
    written, a kanji by its own reading."""
    return _kanji_by_kanji(piece) if _KANJI.search(piece) else piece


def _number_said(surface: str) -> str | None:
    """A number's reading when `surface` is one written in figures ("1998", "2,500",
    "3.5", full-width too) or in several kanji numerals ("三百", "一九九八")."""
    if _FIGURES.fullmatch(surface):
        plain = surface.translate(_FULL_WIDTH).replace(",", "")
        whole, _, decimals = plain.partition(".")
        if not whole.isdigit():
            return None
        if len(whole) > 1 and whole.startswith("0"):
            return "".join(_DIGIT_SAID[int(d)] for d in whole)
        value = int(whole)
        if value >= _MAX_SAID:
            return "".join(_DIGIT_SAID[int(d)] for d in whole)
        said = _cardinal(value)
        if decimals:
            said += "テン" + "".join(_DIGIT_SAID[int(d)] for d in decimals)
        return said
    if _WRITTEN_RUN.fullmatch(surface):
        if (about := _ABOUT.get(surface[:2])) and surface[2:] in ("", *_ABOUT_UNITS):
            return about + _ABOUT_UNITS.get(surface[2:], "")
        value = _written_value(surface)
        return _cardinal(value) if value is not None and value < _MAX_SAID else None
    return None


_ABOUT = {"一二": "イチニ", "二三": "ニサン", "三四": "サンシ", "四五": "シゴ", "五六": "ゴロク",
          "六七": "ロクシチ", "七八": "シチハチ", "八九": "ハック"}  # fmt: skip
"""Two neighbouring numerals side by side are "two or three", not a number: 二三人
にさんにん (a few people; not にじゅうさん, 23), 四五日, 三四百 (three or four hundred)."""
_ABOUT_UNITS = {"十": "ジュウ", "百": "ヒャク", "千": "セン", "万": "マン"}

_FULL_WIDTH = str.maketrans("０１２３４５６７８９，．", "0123456789,.")


def _written_value(numeral: str) -> int | None:
    """The value of a kanji numeral: positional ("一九九八", "一〇〇") or with units
    ("三百", "千九百九十八", "一万二千")."""
    if all(c in _DIGIT_KANJI for c in numeral):
        return int("".join(str(_DIGIT_KANJI[c]) for c in numeral))
    total = section = digit = 0
    for c in numeral:
        if c in _DIGIT_KANJI:
            digit = _DIGIT_KANJI[c]
        elif c in _SMALL_UNITS:
            section += (digit or 1) * _SMALL_UNITS[c]
            digit = 0
        elif c in _BIG_UNITS:
            total += (section + digit or 1) * _BIG_UNITS[c]
            section = digit = 0
        else:
            return None
    return total + section + digit


def _cardinal(value: int) -> str:
    """A whole number in katakana: 1998 センキュウヒャクキュウジュウハチ, 300 サンビャク."""
    if value == 0:
        return "ゼロ"
    said = ""
    for size, name in _GROUPS:
        if value >= size:
            count, value = divmod(value, size)
            head = _under_ten_thousand(count)
            if size == 10**12 and count in (1, 8, 10):  # いっちょう, はっちょう, じゅっちょう
                head = head[:-1] + "ッ" if count != 10 else "ジュッ"
            said += head + name
    return said + _under_ten_thousand(value)


def _under_ten_thousand(value: int) -> str:
    thousands, rest = divmod(value, 1000)
    hundreds, rest = divmod(rest, 100)
    tens, ones = divmod(rest, 10)
    said = _THOUSANDS.get(thousands, _ONES[thousands] + "セン") if thousands else ""
    said += _HUNDREDS.get(hundreds, _ONES[hundreds] + "ヒャク") if hundreds else ""
    said += ("" if tens == 1 else _ONES[tens]) + "ジュウ" if tens else ""
    return said + _ONES[ones]


def _kanji_by_kanji(surface: str) -> str:
    """A word Sudachi left unread, read one character at a time; a character it cannot
    read at all is dropped, since espeak would call it "Chinese letter"."""
    said = []
    for ch in surface:
        if not _KANJI.match(ch):
            said.append(ch)
            continue
        reading = "".join(m.reading_form() for m in _tokenizer().tokenize(ch))
        said.append("" if _KANJI.search(reading) or not _KANA.search(reading) else reading)
    return "".join(said)
