"""Chinese text: which written form a book uses, and what the Mandarin voice needs said.

Chinese is written in two forms: traditional characters (Taiwan, Hong Kong, and every
classic novel Project Gutenberg holds: 三國演義, 紅樓夢) and the simplified ones
(mainland China, most modern manuscripts). The credits are said in the book's own form
("由…朗讀" or "由…朗读"); a tag that names the form (zh-TW, zh-Hant; zh-CN, zh-Hans)
decides, else the characters the text uses.

espeak-ng's Mandarin voice (`sit/cmn`) reads Chinese numerals and Arabic digits alike
("第3章" as 第三章), but it reads a year as a quantity ("1998年" as one thousand nine
hundred and ninety-eight years, where a Chinese reader says the digits, 一九九八年) and
switches to English for "%" ("25% " as "twenty-five percent"); after a character, it
drops a decimal's point ("了3.5" as 了三五). `spoken` mends those three.
"""

from __future__ import annotations

import re

_SIMPLIFIED = frozenset(
    "们这说会国来时为对个过还发现经进种样长问门间开关见让认车东动两书"
    "学实点头没给电话听应边亲爱难气儿钱买卖领红楼梦义杀将军战马饭记写读"
)
_TRADITIONAL = frozenset(
    "們這說會國來時為對個過還發現經進種樣長問門間開關見讓認車東動兩書"
    "學實點頭沒給電話聽應邊親愛難氣兒錢買賣領紅樓夢義殺將軍戰馬飯記寫讀"
)
"""Common characters each form writes its own way (not 后/後 nor 里/裡: the
traditional form has 后 and 里 too, for other words)."""

_CHINESE = frozenset({"zh", "cmn", "yue", "lzh", "wuu", "hak", "nan", "gan", "hsn"})


def is_chinese(language: str) -> bool:
    """Is `language` (a tag such as "zh", "zh-Hant-TW", "cmn", "yue") a Chinese one?"""
    return language.strip().lower().replace("_", "-").split("-")[0] in _CHINESE


def is_traditional(language: str, text: str = "") -> bool:
    """Is a Chinese book written in traditional characters? Its tag says so when it names
    the script or a region that writes it (Hant, TW, HK, MO), or the other (Hans, CN, SG,
    MY); else the characters of `text` that one form writes its own way decide (a tie,
    or none, is simplified: the form most modern manuscripts use)."""
    parts = language.strip().lower().replace("_", "-").split("-")[1:]
    if any(p in ("hant", "tw", "hk", "mo") for p in parts):
        return True
    if any(p in ("hans", "cn", "sg", "my") for p in parts):
        return False
    sample = text[:50_000]
    simplified = sum(1 for c in sample if c in _SIMPLIFIED)
    traditional = sum(1 for c in sample if c in _TRADITIONAL)
    return traditional > simplified


_YEAR = re.compile(r"(?<![\d.,])([0-9０-９]{4})(?=\s?年)")
_PERCENT = re.compile(r"(?<![\d.,])([0-9]+(?:\.[0-9]+)?)\s?[%％]")
_DECIMAL = re.compile(r"(?<![\d.])([0-9]+)\.([0-9]+)(?![\d.])")
_DIGITS = "〇一二三四五六七八九"


def spoken(text: str) -> str:
    """Chinese text as the Mandarin voice should read its numbers: a year by its digits
    ("1998年" 一九九八年), a percentage as 百分之 and its number ("25%" 百分之25), a
    decimal's point as 点 ("3.5" 3点5)."""
    text = _YEAR.sub(lambda m: "".join(_DIGITS[int(d)] for d in _ascii(m[1])), text)
    text = _PERCENT.sub(lambda m: f"百分之{m[1]}", text)
    return _DECIMAL.sub(r"\1点\2", text)


def _ascii(digits: str) -> str:
    return digits.translate({0xFF10 + i: ord("0") + i for i in range(10)})


_CREDIT_WORDS = {  # (simplified, traditional)
    "author": ("作者：", "作者："), "editor": ("编者：", "編者："),
    "translator": ("译者：", "譯者："), "self": ("作者自译。", "作者自譯。"),
    "narrated": ("由{}朗读。", "由{}朗讀。"), "end": ("全书完。", "全書完。"),
    "wrote": ("{}著", "{}著"), "translated": ("{}译", "{}譯"),
    "read": ("由{}朗读", "由{}朗讀"),
}  # fmt: skip


def credits(
    title: str, author: str, narrator: str, *, translator: str = "", editor: str = "",
    self_translated: bool = False, traditional: bool = False,
) -> tuple[str, str]:
    """The opening and closing credits of a Chinese book, in its own written form: "《紅樓夢》。
    作者：曹雪芹。由…朗讀。" and "全書完。《紅樓夢》，曹雪芹著，由…朗讀。" A title in Chinese
    characters is set in the title marks 《》 (silent to the voice); an author, editor or
    translator nobody knows (`author` empty) is not said."""
    form = 1 if traditional else 0
    # a name in Latin letters is set apart by spaces where it meets characters
    author, narrator, translator, editor = (
        re.sub(r"^(?=[^\u3000-\u9fff])|(?<=[^\u3000-\u9fff])$", " ", n) if n else n
        for n in (author, narrator, translator, editor)
    )

    def word(key: str) -> str:
        return _CREDIT_WORDS[key][form]

    named = f"《{title}》" if re.search("[\u3400-\u9fff]", title) and "《" not in title else title
    opening = [f"{named.rstrip('。.')}。"]
    if author:
        opening.append(f"{word('author')}{author.strip()}。")
    if editor and editor.casefold() not in (author.casefold(), translator.casefold()):
        opening.append(f"{word('editor')}{editor.strip()}。")
    if self_translated:
        opening.append(word("self"))
    elif translator:
        opening.append(f"{word('translator')}{translator.strip()}。")
    opening.append(word("narrated").format(narrator))
    closing = [named]
    if author:
        closing.append(word("wrote").format(author).lstrip())
    if translator and not self_translated:
        closing.append(word("translated").format(translator).lstrip())
    closing.append(word("read").format(narrator))
    return "".join(opening), word("end") + "，".join(closing) + "。"
