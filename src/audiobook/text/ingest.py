"""Stage 1, ingest: find the book, read its manuscript, repair it, find its chapters.

Readers are keyed by file suffix (one function per format). Whatever the
format, the text is decoded by its detected encoding, mojibake is repaired
with ftfy (the bundled sample has an en dash mis-decoded as cp1252), invisible
junk is removed, and every repair is reported.
"""

from __future__ import annotations

import codecs
import difflib
import logging
import re
import string
import unicodedata
from collections import Counter
from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path

import ftfy

from audiobook.config import BookConfig, ChapterDecl, language_code, load_book_config
from audiobook.errors import ConfigError, ManuscriptError
from audiobook.models import (
    LINE_BREAK,
    UNKNOWN_AUTHOR,
    Chapter,
    Manuscript,
    Omission,
    Paragraph,
)
from audiobook.text import matter, notes, pronounce, technical
from audiobook.text.readers import file_readers, markua, text_readers
from audiobook.text.readers.base import (
    CONTROL,
    CP1252_BYTES,
    INVISIBLE,
    ReadText,
    join_titles,
    one_line,
)
from audiobook.text.readers.epub import read_epub_with_notes
from audiobook.text.readers.plaintext import display_case, parse_heading
from audiobook.text.scripts import NATIVE_SCRIPTS
from audiobook.text.struck import chapters_said, without_struck_marks

log = logging.getLogger(__name__)

SAMPLE_BOOK = "the-masterpiece"

MAX_WORDS = 1_500_000  # ~170 hours of audio; longer is surely not one book
GIANT_WORD_CHARS = 1000  # longer "words" are data, not language: left out and listed
SHORT_PAGE_WORDS = 300  # a book's file this short may be a page left out by its name


@dataclass(frozen=True)
class BookSource:
    """Where a book is: its config, its manuscript file, and its folder."""

    config: BookConfig
    manuscript: Path
    folder: Path
    parts: tuple[Path, ...] = ()  # when book.toml (or Leanpub's Book.txt) lists several files
    markua: bool = False  # Leanpub's files (listed in a Book.txt): Markdown, `.txt` ones too


def sample_book_dir() -> Path:
    """The bundled sample book (the seed story and its book.toml)."""
    return Path(str(resources.files("audiobook") / "data" / SAMPLE_BOOK))


def locate_book(path: Path | None) -> BookSource:
    """Resolve what the user named: nothing (the sample), a folder, or a manuscript file."""
    if path is None:
        path = sample_book_dir()
    if not path.exists():
        raise ManuscriptError(f"{path}: no such file or folder")
    if path.suffix.lower() == ".toml" and path.is_file():
        path = path.parent
    if path.is_dir():
        toml = path / "book.toml"
        config = load_book_config(toml) if toml.is_file() else BookConfig()
        listed = () if config.manuscript else leanpub_files(path)
        if listed:  # Leanpub's manuscript folder: Book.txt says which files, in which order
            return BookSource(config, listed[0], path, listed if len(listed) > 1 else (), True)
        manuscript = _find_manuscript(path, config)
        parts = ()
        if isinstance(config.manuscript, tuple):
            parts = tuple(_named_file(path, name) for name in config.manuscript)
        readable = (*READERS, *FILE_READERS)
        leanpub = all(markua.in_book_list(p, readable) for p in parts or (manuscript,))
        return BookSource(config, manuscript, path, parts, leanpub)
    readable = (*READERS, *FILE_READERS)
    return BookSource(BookConfig(), path, path.parent, markua=markua.in_book_list(path, readable))


def leanpub_files(folder: Path) -> tuple[Path, ...]:
    """The files of a Leanpub book, as its `Book.txt` lists them (in the folder, or in
    its `manuscript` folder, where Leanpub keeps it), or ()."""
    readable = (*READERS, *FILE_READERS)
    for where in (folder, folder / "manuscript"):
        for name in markua.BOOK_LISTS:
            if (where / name).is_file() and (listed := markua.listed_files(where / name, readable)):
                return listed
    return ()


def _named_file(folder: Path, name: str) -> Path:
    candidate = (folder / name).resolve()
    if not candidate.is_file():
        raise ConfigError(f"{folder / 'book.toml'}: manuscript '{name}' not found in {folder}")
    return candidate


def _find_manuscript(folder: Path, config: BookConfig) -> Path:
    if isinstance(config.manuscript, tuple):
        return _named_file(folder, config.manuscript[0])
    if config.manuscript:
        return _named_file(folder, config.manuscript)
    found = sorted(
        p
        for p in folder.iterdir()
        if p.is_file() and (p.suffix.lower() in READERS or p.suffix.lower() in FILE_READERS)
    )
    if len(found) > 1:  # a zip beside a manuscript is its pictures or a backup, not the book
        found = [p for p in found if p.suffix.lower() != ".zip"] or found
    if len(found) == 1:
        return found[0]
    if not found:
        raise ManuscriptError(
            f"{folder}: no manuscript here; add a .txt, .md, .epub, .docx or .html file, "
            "or name it in book.toml "
            '(manuscript = "file.txt")'
        )
    names = ", ".join(p.name for p in found)
    raise ManuscriptError(
        f'{folder}: several manuscripts ({names}); name one in book.toml (manuscript = "…")'
    )


# ---------------------------------------------------------------- decoding

_MAGIC = {
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"%PDF": "a PDF document",
    b"PK\x03\x04": "a zip archive",
    b"ID3": "an MP3 file",
    b"RIFF": "a RIFF (WAV/AVI) file",
    b"\x7fELF": "a program",
}
_OWN_CODE_PAGE = {"cs", "sk", "pl", "hu", "sl", "hr", "ro", "bs", "tr", "az", "lt", "lv", "et",
                  "vi", "eo", "mt"}  # fmt: skip
"""Latin-script languages whose old files are not in cp1252: Central European (cp1250;
Serbian, in Latin letters too, is among the scripts' Cyrillic ones), Turkish (cp1254),
Baltic (cp1257), Vietnamese (cp1258), Esperanto and Maltese (latin-3)."""


def _western(language: str) -> bool:
    """Is cp1252 the old encoding of this book's language? Every language written in Latin
    letters (scripts' list names the others), but those with their own code page."""
    base = language.replace("_", "-").split("-")[0].lower()
    return base not in NATIVE_SCRIPTS and base not in _OWN_CODE_PAGE


_DECLARED = re.compile(
    rb"""<meta[^>]*charset\s*=\s*["']?([A-Za-z0-9_.:-]+)|<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""",
    re.IGNORECASE,
)
_WEB_LATIN = {"iso8859-1", "latin-1", "ascii", "iso-8859-1", "us-ascii"}
"""Labels that browsers read as windows-1252 (the WHATWG encoding standard), as the
pages were written for them: their curly quotes sit in bytes 0x80-0x9F."""


def declared_encoding(raw: bytes) -> str | None:
    """The encoding an HTML page declares in its first 2 KB (`<meta charset>`, the
    http-equiv form or an XML declaration), as a Python codec name, or None."""
    found = _DECLARED.search(raw[:2048])
    if not found:
        return None
    label = (found.group(1) or found.group(2)).decode("ascii").lower()
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    return "cp1252" if name in _WEB_LATIN or label in _WEB_LATIN else name


def decode_text(
    raw: bytes, source: Path, language: str = "en", declared: str | None = None
) -> tuple[str, list[str]]:
    """Bytes to clean text; returns the text and a list of repairs made. Text that is
    not UTF-8 is read in the encoding its markup `declared`, else a guessed one."""
    repairs: list[str] = []
    for magic, what in _MAGIC.items():
        if raw.startswith(magic):
            raise ManuscriptError(
                f"{source}: this is {what}, not a text manuscript; give a .txt or .md file"
            )
    if raw.startswith(b"\xef\xbb\xbf"):
        text, encoding = raw[3:].decode("utf-8", errors=CP1252_BYTES), "UTF-8 with BOM"
        if pasted := _pasted(raw[3:]):
            repairs.append(pasted)
    elif raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        text, encoding = raw.decode("utf-16", errors="replace"), "UTF-16"
    elif codec := _utf16_without_bom(raw):
        text = raw[: len(raw) // 2 * 2].decode(codec, errors="replace")
        encoding = f"{codec.upper()} with no byte-order mark"
    else:
        if b"\x00" in raw[:4096]:
            if not _stray_nuls(raw):
                raise ManuscriptError(
                    f"{source}: this is a binary file, not a text manuscript; "
                    "give a .txt or .md file"
                )
            repairs.append(f"removed {raw.count(0)} stray NUL bytes (a damaged copy)")
            raw = raw.replace(b"\x00", b"")
        try:
            text, encoding = raw.decode("utf-8"), "UTF-8"
        except UnicodeDecodeError as exc:
            if declared and declared not in ("utf-8", "utf-16"):
                text, encoding = raw.decode(declared, errors="replace"), declared
            else:
                text, encoding, note = _decode_damaged(raw, exc, language)
                repairs.append(note)
    log.info("%s: read as %s", source.name, encoding)

    text = text.replace("\r\n", "\n").replace("\r", "\n")
    separators = _SEPARATOR_LINE if not _C1_QUOTES.search(text) else _SEPARATOR_CONTROL
    text = separators.sub("\n", text.replace("\u2029", "\n\n"))
    # a form feed starts a page: a new chapter, often, unless it falls in mid-sentence
    # (possessive runs: a line of 200,000 spaces is scanned once, not once a space)
    text = re.sub(r"(?<=[\w,;])([ \t]*+\n?)[ \t]*+\f(?=[ \t]*[a-z])", r"\1", text)
    text = text.replace("\f", "\n\n\n\n")
    fixed_parts = []
    for number, part in enumerate(text.split("\n\n"), 1):
        fixed = ftfy.fix_text(
            part, normalization="NFC", uncurl_quotes=False, fix_character_width=not _cjk(part)
        )
        if fixed != part:
            repairs.append(f"paragraph {number}: {_describe_change(part, fixed)}")
        fixed_parts.append(fixed)
    text = "\n\n".join(fixed_parts)
    invisible = len(INVISIBLE.findall(text)) + len(CONTROL.findall(text))
    if invisible:
        text = CONTROL.sub("", INVISIBLE.sub("", text))
        repairs.append(f"removed {invisible} invisible or control characters")
    for item in repairs:
        log.info("%s: repaired %s", source.name, item)
    return text, repairs


_CJK_LETTER = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")


def _cjk(text: str) -> bool:
    """Is `text` written in Chinese, Japanese or Korean letters? There the full-width
    marks (，。！？「」（）：；) and the ideographic space are the writing's own, not a
    width to repair: ftfy's width folding made "，" a "," in the text a reader sees."""
    return _CJK_LETTER.search(text) is not None


def _utf16_without_bom(raw: bytes) -> str | None:
    """The codec ("utf-16-le", "utf-16-be") of UTF-16 text saved with no byte-order mark,
    told by its zero bytes (the high byte of every ASCII character, all on one side)."""
    head = raw[: min(len(raw), 4096) // 2 * 2]
    half = len(head) // 2
    if half < 2 or b"\x00" not in head:
        return None
    zeros = head[0::2].count(0), head[1::2].count(0)
    for codec, (high, low) in (("utf-16-le", zeros[::-1]), ("utf-16-be", zeros)):
        if high * 10 >= half * 3 and low * 20 <= half:
            try:
                text = head.decode(codec)
            except UnicodeDecodeError:
                return None
            plain = sum(ch.isascii() and (ch.isalpha() or ch.isspace()) for ch in text)
            return codec if plain * 2 >= len(text) else None  # mostly letters and spaces
    return None


def _stray_nuls(raw: bytes) -> bool:
    """Are the NUL bytes in this file's first 4 KB stray ones in text (a damaged copy, a
    disk-full save), not the zeros of binary data? They are few, and the rest is text."""
    head = raw[:4096]
    rest = head.replace(b"\x00", b"")
    controls = sum(byte < 32 and byte not in b"\t\n\r\x0b\x0c" for byte in rest)
    few = head.count(0) <= max(4, len(head) // 100)
    return bool(rest.strip()) and few and controls * 100 <= len(rest)


_SEPARATOR_LINE = re.compile("[\x0b\x1c-\x1f]|(?<![\u00c2-\u00df])\x85")
"""Characters that end a line where a text file has no newline: a vertical tab (Word's
manual line break in a plain-text copy), the file, group, record and unit separators, a
next-line (NEL); Unicode's paragraph separator is a blank line (its line separator is
already the author's line break). A NEL after "Â"–"ß" is left to ftfy: it is the tail of
mojibake ("Ã\x85" for "Å"); so is every NEL in a text whose cp1252 quotes and dashes were
read as latin-1 (U+0091–U+0097 in it): there it is cp1252's "…" ("He waited\x85 and")."""
_SEPARATOR_CONTROL = re.compile("[\x0b\x1c-\x1f]")
_C1_QUOTES = re.compile("[\x91-\x97]")


_CP1252_REFERENCE = re.compile(r"&#(1(?:2[89]|[34][0-9]|5[0-9]));|&#[xX]([89][0-9a-fA-F]);")
"""An HTML numeric reference to 128-159, which HTML5 reads as the cp1252 character
(`&#147;` is “, `&#133;` is …); lxml would give an invisible C1 control."""


def _cp1252_character(m: re.Match[str]) -> str:
    code = int(m[1], 10) if m[1] else int(m[2], 16)
    return bytes([code]).decode("cp1252", errors="ignore") or m[0]  # 129, 141 … are unset


def _pasted(raw: bytes) -> str | None:
    """The repair note for UTF-8 text holding Windows-1252 bytes, or None."""
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return _pasted_note(raw, exc.start)
    return None


def _pasted_note(raw: bytes, start: int) -> str:
    """The repair note, from the first byte UTF-8 could not read."""
    line = raw.count(b"\n", 0, start) + 1
    return f"read Windows-1252 characters pasted into UTF-8 text, the first on line {line}"


def _decode_damaged(raw: bytes, error: UnicodeDecodeError, language: str) -> tuple[str, str, str]:
    """Not valid UTF-8: UTF-8 text with Windows-1252 pasted into it (as when chapters
    from an older file are pasted into a new one) keeps its UTF-8 and reads the rest as
    Windows-1252; anything else is a legacy encoding."""
    text = raw.decode("utf-8", errors="replace")
    broken = text.count("\ufffd")
    multibyte = sum(1 for ch in text if ord(ch) > 127) - broken
    # UTF-8 with Windows-1252 pasted in: its valid multibyte characters are many beside
    # the broken bytes (a whole cp1252 file holds a chance pair or two, "ß“" among them)
    western = _western(language)  # cp1252 is their old encoding
    pasted = western and multibyte >= max(3, broken // 4)
    if multibyte > 0 and (broken <= max(3, multibyte // 50) or pasted):
        mixed = raw.decode("utf-8", errors=CP1252_BYTES)
        garbled, words = _garbled_words(mixed[:65536])
        if garbled * 10 <= words:
            return mixed, "UTF-8", _pasted_note(raw, error.start)  # `error` knows where
        decoded, encoding = _decode_guess(raw, language)
        if _garbled_words(decoded[:65536])[0] >= garbled:  # Chinese in GBK, whose pairs
            return mixed, "UTF-8", _pasted_note(raw, error.start)  # may pass for UTF-8
        return decoded, encoding, f"decoded as {encoding} (not valid UTF-8)"
    decoded, encoding = _decode_guess(raw, language)
    return decoded, encoding, f"decoded as {encoding} (not valid UTF-8)"


def _decode_guess(raw: bytes, language: str) -> tuple[str, str]:
    """Not UTF-8: the legacy encoding whose reading has the fewest garbled words.

    A Western European book keeps cp1252 (its old encoding; short texts fool statistical
    detectors) unless that reading is clearly garbled and another is clearly not: Russian
    in cp1251 read as cp1252 is "Ãëàâà ïåðâàÿ", Polish in cp1250 "p³onê³a ca³¹". The
    candidates are charset-normalizer's pick and the common legacy encodings, each read
    on the first 16 KB (cp1251 beside KOI8-R is told by its capitals: charset-normalizer
    takes a short KOI8-R text for Japanese). A reading rich in hiragana wins outright
    (`_kana_rich`): Shift_JIS, Aozora Bunko's encoding, read as GB18030 is as clean as
    Chinese, while its own reading, Latin glued to kana, counts some words garbled."""
    western = _western(language)
    sample = raw[:16384]
    if len(raw) > len(sample) and b"\n" in sample:
        sample = sample[: sample.rindex(b"\n")]  # never half a two-byte character
    candidates = ["cp1252", "mac_roman"] if western else []
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(raw).best()
    except ImportError:  # pragma: no cover - it is a dependency
        best = None
    if best is not None and best.encoding and not best.encoding.startswith("utf"):
        candidates.append(best.encoding)  # UTF-16 with no BOM is told by its zero bytes
    scored: list[tuple[int, bool, int, str]] = []
    western_reading: tuple[int, int, int] | None = None
    for rank, encoding in enumerate(dict.fromkeys(candidates + list(_LEGACY))):
        try:
            text = sample.decode(encoding)
        except UnicodeDecodeError:
            continue
        garbled, words = _garbled_words(text)
        # Hebrew in cp1255 read as cp1251 is clean Cyrillic, but with no capital letter
        # (or, as KOI8-R, no small one)
        beyond = {ch.isupper() for ch in text if ch > "\x7f" and ch.isalpha()}
        cased = words >= 3 and len(beyond) < 2 and _cased(text)
        scored.append((not _kana_rich(text), garbled, cased, rank, encoding))
        if western and encoding == "cp1252":
            western_reading = (garbled, words, _garbled_words(text, lenient=True)[0])
    if not scored:
        return raw.decode("cp1252", errors="replace"), "cp1252"
    _, garbled, _, _, encoding = min(scored)
    if western_reading is not None:  # cp1252's reading must show what prose cannot hold
        odd, words, tells = western_reading  # ("hÉireann" is Irish, not "h…ireann")
        if tells < 2 or tells * 10 <= words or garbled * 2 >= min(odd, tells):
            encoding = "cp1252"  # uncertain: a Western book's own encoding
    return raw.decode(encoding, errors="replace"), encoding


def _kana_rich(text: str) -> bool:
    """Does `text` read as Japanese, hiragana a tenth of its letters beyond ASCII (20 at
    least)? Japanese prose is a third hiragana; Chinese or Korean bytes read as Shift_JIS
    give half-width katakana and stray kanji, never running hiragana."""
    beyond = [ch for ch in text if ch > "\x7f" and ch.isalpha()]
    hiragana = sum("\u3041" <= ch <= "\u309f" for ch in beyond)
    return hiragana >= 20 and hiragana * 10 >= len(beyond)


_LEGACY = ("cp1251", "koi8_r", "cp1250", "cp1253", "cp1255", "cp1256", "cp1254", "gb18030",
           "big5", "cp949", "cp932", "mac_roman", "cp1252")  # fmt: skip
"""Legacy encodings tried beside the detector's pick: Windows' Cyrillic, Russian KOI8-R,
Central European, Greek, Hebrew, Arabic, Turkish; Chinese, Korean, Japanese; the old
Mac's; Western."""
_WORD_EDGES = string.punctuation + string.digits + "“”‘’«»„‚‹›…–—¡¿•°£€¥¢©®™§¶†‡±×÷½¼¾\u00a0"
_WESTERN_MARKS = "’‘ʼ´·‐‑–—“”„‚«»‹›…•\u00a0"
"""Marks beyond ASCII that stand inside a word or beside markup in Western text ("don’t",
"col·lecció", "well—“quoted”", "<p>“Salt"); a sign ("Stra§e", "DŠchern": German in Mac
Roman) stands only at a word's edge ("CFP®", "5°")."""
_SUPERSCRIPTS = "¹²³"
_GLUED_SIGNS = "×°™®©±"
"""Signs that stand between letters in Western text ("a×b", "N45°W"): no tell of a wrong
code page in cp1252's reading."""
_RARE_LETTERS = "ŠšŽžŸƒˆ"
"""cp1252's letters from its 0x80-0x9F bytes that Western prose seldom holds mid-word: Mac
Roman's "ä", "ö", "é", "û", "ü", "É", "à" read as cp1252 ("DŠchern", "hšren", "cafŽ")."""
_GAELIC_PREFIX = re.compile(r"(?:[hnt]|Mh?ic|Mc|Nic|U[ií])[ÁÉÍÓÚÀÈÌÒÙ][a-záéíóúàèìòù]")
"""An Irish or Scottish Gaelic word or name whose capital follows a small letter:
"hÉireann", "nÓg", "tÁrasán", "MacÀidh"."""
_SCRIPT_NAMES = frozenset(
    {"LATIN", "CYRILLIC", "GREEK", "HEBREW", "ARABIC", "CJK", "HANGUL", "THAI", "HALFWIDTH"}
)
_SCRIPT_GROUPS = {"HIRAGANA": "CJK", "KATAKANA": "CJK", "IDEOGRAPHIC": "CJK"}


def _garbled_words(text: str, lenient: bool = False) -> tuple[int, int]:
    """How many words of `text` read garbled, of those with a character beyond ASCII.

    A word is garbled when it mixes scripts, holds a symbol ("mo¿e") or superscripts
    between letters ("p³onê³a", "ca³¹"; "m³" is a unit), has a capital after a small
    letter or mid-word ("cafŽ", "зМБЧБ"), or is three Latin letters or more, none of them
    ASCII ("Ãëàâà": Cyrillic read as cp1252); control and private-use characters count
    too. `lenient` counts only what Western prose cannot hold, for cp1252's own reading of
    a Western book: a sign between letters but "a×b", "N45°W"; superscripts in a long word
    or side by side ("bia³y", "ca³¹"; not "x²y"); cp1252's rare letters after a letter
    ("hšren"); a capital after a small letter but in a Gaelic word ("hÉireann") or after
    "ß" ("STRAßE")."""
    garbled = words = 0
    for token in text.split():
        word = token.strip(_WORD_EDGES)
        if word.isascii() or not any(ch.isalpha() for ch in word):
            continue
        for start in range(0, len(word), 12):  # Chinese and Japanese are one "word" a line
            words += 1
            garbled += _garbled(word[start : start + 12], lenient)
    controls = sum(unicodedata.category(ch) in ("Cc", "Co") for ch in text if ch > "\x7f")
    return garbled + controls, words


def _garbled(word: str, lenient: bool = False) -> bool:
    letters = [ch for ch in word if ch.isalpha()]
    points = [ch for ch in word if unicodedata.category(ch) == "Mn"]  # "Macְidh": cp1255
    if len({_script(ch) for ch in letters + points} - {None}) > 1:
        return True
    for i, ch in enumerate(word):
        before, after = word[i - 1 : i] if i else "", word[i + 1 : i + 2]
        if ch in _SUPERSCRIPTS:
            odd = before.isalpha() and (after.isalpha() or after in _SUPERSCRIPTS)
            odd = odd and (not lenient or len(letters) >= 4 or after in _SUPERSCRIPTS)
        elif not ch.isalpha():
            kind = unicodedata.category(ch)
            inner = kind[0] in "SC" or kind == "No" or (kind[0] in "PZ" and ch < "\u3000")
            odd = not ch.isascii() and ch not in _WESTERN_MARKS and inner
            if lenient:
                odd = odd and ch not in _GLUED_SIGNS and before.isalpha() and after.isalpha()
        else:  # a capital after a small letter, or mid-word: "cafŽ", "DŠchern"; not "ÉTÉ"
            cased = before.islower() or after.islower()
            odd = ch.isupper() and before.isalpha() and not (before + ch).isascii() and cased
            if lenient:
                gaelic = _GAELIC_PREFIX.fullmatch(word[: i + 2]) is not None
                odd = (odd and not gaelic and before != "ß") or (
                    ch in _RARE_LETTERS and before.isalpha()
                )
        if odd:
            return True
    latin = bool(letters) and _script(letters[0]) == "LATIN"
    return latin and len(letters) >= 3 and not any(ch.isascii() for ch in letters)


def _cased(text: str) -> bool:
    """Are the letters beyond ASCII in `text` mostly of a script with capitals?"""
    beyond = [ch for ch in text if ch > "\x7f" and ch.isalpha()]
    return sum(ch.lower() != ch.upper() for ch in beyond) * 2 > len(beyond)


def _script(ch: str) -> str | None:
    """The script a letter is written in, by its Unicode name ("LATIN", "CYRILLIC",
    "CJK"), or None for a sign that belongs to none ("µ", MICRO SIGN)."""
    first = unicodedata.name(ch, "?").split()[0]
    first = _SCRIPT_GROUPS.get(first, first)
    return first if first in _SCRIPT_NAMES else None


def _describe_change(before: str, after: str) -> str:
    matcher = difflib.SequenceMatcher(None, before, after, autojunk=False)
    changes = [
        f"'{before[i1:i2]}' → '{after[j1:j2]}'"
        for tag, i1, i2, j1, j2 in matcher.get_opcodes()
        if tag != "equal"
    ]
    shown = ", ".join(changes[:3])
    return shown + (f" and {len(changes) - 3} more" if len(changes) > 3 else "")


# ---------------------------------------------------------------- readers

# Readers keyed by suffix: text formats get decoded text, archive formats the file.
READERS, FILE_READERS = text_readers(), file_readers()
ALL_SUFFIXES = sorted(READERS.keys() | FILE_READERS.keys())


# ---------------------------------------------------------------- the stage


def read_manuscript(book: BookSource) -> Manuscript:
    """Read, repair and chapter the manuscript of `book` (or its parts, as one book)."""
    if len(book.parts) > 1:
        return _read_parts(book)
    path = book.manuscript
    found, repairs = _read_found(book, path)
    return _manuscript(found, repairs, book, path, _title_from_name(path))


def _read_found(book: BookSource, path: Path) -> tuple[ReadText, list[str]]:
    """What the reader of `path`'s format finds in it, decoded and repaired (the repairs
    listed), before front matter, notes and chapters are settled."""
    suffix = path.suffix.lower()
    if suffix in _METADATA_SUFFIXES and book.parts:  # Pandoc's metadata.yaml among the files
        suffix = ".md"
    if suffix not in READERS and suffix not in FILE_READERS:
        if not path.suffix:
            raise ManuscriptError(
                f"{path}: its name has no suffix to tell its format; "
                f"rename it with one of {', '.join(ALL_SUFFIXES)}"
            )
        raise ManuscriptError(
            f"{path}: cannot read '{path.suffix}' files; supported: {', '.join(ALL_SUFFIXES)}"
        )
    if not path.is_file():
        raise ManuscriptError(f"{path}: no such file")
    if suffix == ".epub":  # its skipped pages (cover, copyright, contents) are worth showing
        found, _ = read_epub_with_notes(path, policy=book.config.text)
        repairs: list[str] = []
        return _clean_found(found, repairs, path), repairs
    if suffix in FILE_READERS:
        repairs = []
        return _clean_found(FILE_READERS[suffix](path), repairs, path), repairs
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ManuscriptError(f"{path}: cannot read ({exc.strerror})") from exc
    markup = suffix in (".html", ".htm", ".xhtml")
    declared = declared_encoding(raw) if markup else None
    text, repairs = decode_text(raw, path, book.config.language or "en", declared)
    if markup:  # "&#147;I don&#146;t&#148;": cp1252's quotes, as browsers read them
        text = _CP1252_REFERENCE.sub(_cp1252_character, text)
    _refuse_giant(path, text)
    reader = READERS[suffix]
    if path.suffix.lower() in _METADATA_SUFFIXES:
        text = _as_front_matter(text)
    elif book.markua and suffix in (".txt", ".text", ".md", ".markdown"):
        text, reader = markua.to_markdown(text), READERS[".md"]
    try:
        return reader(text), repairs
    except ManuscriptError as exc:  # a text reader knows no path: say where
        raise ManuscriptError(f"{path}: {exc}") from exc


def _manuscript(
    found: ReadText, repairs: list[str], book: BookSource, path: Path, unnamed: str
) -> Manuscript:
    """The book from what its reader found: matter and notes out, chapters settled. The
    book is titled `unnamed` (from a file's or folder's name) when nothing names it."""
    config = book.config
    found = _titles_on_one_line(found)
    found, omitted, language_note = _notes_and_matter(found, config)
    title = config.title or found.title or unnamed
    chapters = _settle_chapters(found, config, title, book)
    if not any(ch.paragraphs for ch in chapters):
        raise ManuscriptError(
            f"{path}: the manuscript is empty (no words to speak){_all_left_out(omitted)}"
        )
    chapters, glossed, respellings = pronounce.without_glosses(chapters, found.pronounce)
    omitted.extend(respellings)
    chapters = _without_giant_words(chapters, omitted)
    _check_speakable(path, chapters)
    if config.notes.mode == "skip":
        chapters, skipped = _skip_notes(chapters)
        omitted.extend(skipped)
    author = config.author or _named_author(found.author) or UNKNOWN_AUTHOR
    translated_by = one_line(config.translator or found.translator or "")
    language = config.language or _found_language(found) or detect_language(chapters)
    return Manuscript(
        title=without_struck_marks(title),
        author=author,
        language=language,
        chapters=tuple(chapters_said(chapters, language)),  # struck text: "… — crossed out"
        source=path,
        repairs=tuple(repairs),
        omitted=tuple(replace(o, text=without_struck_marks(o.text)) for o in omitted),
        editor=one_line(found.editor) if found.editor else "",
        translator=_translator(translated_by, author),
        self_translated=_by_the_author(translated_by),
        language_note=language_note,
        pronounce=tuple(pronounce.merged(found.pronounce, glossed).items()),
    )


def _found_language(found: ReadText) -> str | None:
    """The language the file names, by the code we go by: a Norwegian book tagged "no"
    (the language, not its written standard) is read by the "nb" voice and tables, not
    by the English voice for want of a "no" one."""
    return language_code(found.language) if found.language else None


def _book_language(config: BookConfig, found: ReadText) -> tuple[str | None, str]:
    """The language a book declares, and why when it is not simply the file's: book.toml's
    `language` always; else the file's, unless its text is plainly another language
    (`text_overrules`: a translation under its original's tag, a tool's en-US default).
    An EPUB's pages that all name one language other than the package's have won over
    it already (readers/epub.py). None when nothing declares one: it is detected."""
    if config.language:
        return config.language, ""
    declared = _found_language(found)
    if declared is None:
        return None, ""
    spoken = text_overrules(declared, [Chapter(t or "", tuple(ps)) for t, ps in found.chapters])
    if spoken is not None:
        log.warning("the text is in %s, though the file says %s: read as %s (book.toml's "
                    "language can say otherwise)", spoken, found.language, spoken)  # fmt: skip
        return spoken, f"{spoken} (the text; the file says {found.language})"
    if found.package_language:
        log.info("the pages say %s, the package %s: read as %s", found.language,
                 found.package_language, declared)  # fmt: skip
        return declared, f"{declared} (its pages; the package says {found.package_language})"
    return declared, ""


def _translator(translator: str, author: str) -> str:
    """The translator's name for the tags: a self-translation's page ("Translated from
    the French by the Author") names the author, so the tag does too, not the words "the
    author" (the credits still say "Translated by the author.")."""
    if _by_the_author(translator) and author != UNKNOWN_AUTHOR:
        return author
    return translator


def _by_the_author(translator: str) -> bool:
    """The translator named is the author, in those words (a self-translation)."""
    return translator.casefold() in ("the author", "the authors")


def _named_author(author: str | None) -> str | None:
    """The author a file names, unless it names none: "Various" on an anthology's cover
    is nobody to say "Written by" of (its editor is credited instead)."""
    if author and author.strip().casefold() in ("various", "various authors"):
        return None
    # a byline set in capitals ("BY MARK TWAIN") is said and tagged as a catalogue prints
    # the name, whichever reader found it
    return display_case(author, names=True) if author else author


def _titles_on_one_line(found: ReadText) -> ReadText:
    """A title, an author or a chapter title set over lines (`<br>`) is said as one."""
    return replace(
        found,
        title=one_line(found.title) if found.title else found.title,
        author=one_line(found.author) if found.author else found.author,
        chapters=[(one_line(t) if t else t, ps) for t, ps in found.chapters],
    )


def _all_left_out(omitted: list[Omission]) -> str:
    """What took a book's every word, for the one-line refusal of an empty manuscript:
    a user whose story was taken for a transcriber's note or an index sees it at once,
    and how to have it read."""
    said = list(dict.fromkeys(f"{o.what} ({o.why})" if len(o.why) <= 40 else o.what
                              for o in omitted))  # fmt: skip
    if not said:
        return ""
    shown = "; ".join(said[:3]) + (f"; and {len(said) - 3} more" if len(said) > 3 else "")
    keep = any(o.why in matter.PAGE_REASONS for o in omitted)
    return f" once what it holds is left out: {shown}" + (
        "; book.toml's [text] keep reads a page or heading after all" if keep else ""
    )


def _notes_and_matter(
    found: ReadText, config: BookConfig
) -> tuple[ReadText, list[Omission], str]:
    """Front and back matter out, note marks out and notes onto their paragraphs; the
    language the rest is in settled (`_book_language`), with the note `plan` shows
    when the text overruled the file."""
    omitted = list(found.omitted)
    found, dropped = matter.drop_matter(found, config.text)
    omitted.extend(dropped)
    found, unused = notes.resolve(found)
    omitted.extend(unused)
    declared, language_note = _book_language(config, found)
    if declared and not config.language:
        found = replace(found, language=declared)
    if found.blocks:  # code and tables last, so the notes pass never sees code
        omitted = [replace(o, text=technical.unplaceholder(o.text, found.blocks)) for o in omitted]
        language = (
            config.language
            or _found_language(found)
            or detect_language([Chapter(t or "", tuple(ps)) for t, ps in found.chapters])
        )
        found, blocks = technical.resolve(found, config.text, language)
        omitted.extend(blocks)
    for item in omitted:
        log.info("left out %s: %s", item.what, item.why)
    return found, omitted, language_note


def _skip_notes(chapters: list[Chapter]) -> tuple[list[Chapter], list[Omission]]:
    """`[notes] mode = "skip"`: the notes are not read, and each is listed as left out."""
    omitted: list[Omission] = []
    result = []
    for chapter in chapters:
        paragraphs = []
        for paragraph in chapter.paragraphs:
            for note in paragraph.notes:
                omitted.append(
                    Omission(
                        f"note {note.label + ' ' if note.label else ''}in '{chapter.title}'",
                        '[notes] mode = "skip"',
                        note.text,
                    )
                )
            paragraphs.append(replace(paragraph, notes=()) if paragraph.notes else paragraph)
        result.append(replace(chapter, paragraphs=tuple(paragraphs)))
    return result, omitted


# Scripts that separate words with spaces (Chinese, Japanese or Thai do not).
_GIANT_WORD = re.compile(
    rf"[0-9A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff]{{{GIANT_WORD_CHARS + 1},}}"
)


def _without_giant_words(chapters: list[Chapter], omitted: list[Omission]) -> list[Chapter]:
    """A "word" of over `GIANT_WORD_CHARS` letters with no space (a pasted data blob, a
    whole genome) is left out and listed: no narrator reads it, and the rest of its
    paragraph and book is read. A shorter long run (a gene's 104 letters) is read, in
    groups (`normalize`)."""
    result = []
    for chapter in chapters:
        paragraphs = list(chapter.paragraphs)
        for p_no, paragraph in enumerate(paragraphs):
            while giant := _GIANT_WORD.search(paragraph.text):
                start, end = giant.span()
                omitted.append(Omission(
                    f"a 'word' of {end - start} characters in '{chapter.title}', "
                    f"paragraph {p_no + 1}",
                    f"no space in over {GIANT_WORD_CHARS:,} letters: data, not prose",
                    giant.group()[:40] + "…",
                ))  # fmt: skip
                notes = tuple(replace(n, at=n.at - (end - start)) if n.at >= end else n
                              for n in paragraph.notes)  # fmt: skip
                text = paragraph.text[:start] + paragraph.text[end:]
                paragraph = replace(paragraph, text=text, notes=notes)
            paragraphs[p_no] = paragraph
        if paragraphs != list(chapter.paragraphs):
            chapter = replace(chapter, paragraphs=tuple(p for p in paragraphs if p.text.strip()))
        result.append(chapter)
    return result


def _refuse_giant(path: Path, text: str) -> None:
    """A text far over the word limit is refused before it is read, in a second rather than
    after minutes of finding chapters and notes in it. The margin allows for the printed
    matter and markup that reading would leave out; `_check_speakable` counts exactly."""
    if len(text) > 5 * MAX_WORDS and len(text.split()) > 1.25 * MAX_WORDS:
        raise ManuscriptError(_too_long(path))


def _too_long(path: Path) -> str:
    return (
        f"{path}: more than {MAX_WORDS:,} words (over 150 hours of audio); "
        "split it into several books"
    )


def _check_speakable(path: Path, chapters: list[Chapter]) -> None:
    """Refuse what no narrator could read: a book of millions of words."""
    count = 0
    for chapter in chapters:
        for paragraph in chapter.paragraphs:
            count += paragraph.text.count(" ") + 1
            if count > MAX_WORDS:
                raise ManuscriptError(_too_long(path))


def _read_parts(book: BookSource) -> Manuscript:
    """A book in several files (book.toml's list, Leanpub's `Book.txt`), read as one book:
    each file's headings are its chapters (a file with none is one chapter, titled by its
    own metadata or its name), and the front and back matter rules see the whole book, so
    a title page, an imprint or a colophon file is left out as it would be in one file."""
    read: list[tuple[Path, ReadText]] = []
    repairs: list[str] = []
    for part in book.parts:
        found, part_repairs = _read_found(book, part)
        read.append((part, found))
        repairs.extend(f"{part.name}: {r}" for r in part_repairs)
    found = _joined(read, book.config)
    return _manuscript(found, repairs, book, book.folder, _folder_title(book.folder))


_METADATA_SUFFIXES = (".yaml", ".yml")
"""Pandoc's metadata file (`metadata.yaml`), listed among a book's files as on pandoc's
command line: its title, author and language are the book's."""
_PLACE_FOLDERS = frozenset({"manuscript", "src", "source", "text", "texts", "book",
                            "chapters", "_chapters", "content", "contents", "epub", "md",
                            "markdown"})  # fmt: skip
"""Folders a book's files are kept in whatever the book is: never its title."""
_TITLE_PAGE_WORDS = 120


def _as_front_matter(text: str) -> str:
    """A YAML metadata file as the front matter of an empty Markdown file."""
    if text.lstrip("\ufeff").startswith("---"):
        return text
    return f"---\n{text.strip()}\n---\n"


def _folder_title(folder: Path) -> str:
    """A book in several files that names no title is titled by its folder's name (not
    its first file's, "Imprint" or "Title Page"), or by the folder above one that only
    holds the files ("manuscript", "chapters")."""
    folder = folder.resolve()
    while folder.name.casefold() in _PLACE_FOLDERS and folder.parent != folder:
        folder = folder.parent
    return _title_from_stem(folder.name)


def _page_lines(paragraphs: list[Paragraph]) -> list[str]:
    return [line for p in paragraphs for line in p.text.split(LINE_BREAK) if line.strip()]


def _part_title_page(path: Path, found: ReadText) -> matter.TitlePage | None:
    """The book's title page, when this file is one: named so (its title, heading or file
    name) and short, its lines a title page's once its copyright lines are set aside, or
    Pandoc's title block ("% The Wind in the Willows" / "% Kenneth Grahame": `meta/title.txt`
    first on pandoc's command line)."""
    names = [found.title, _title_from_name(path), *(t for t, _ in found.chapters[:1])]
    if not any(n and (matter.heading_reason(n) == "title page" or _fold(n) == "title")
               for n in names):  # fmt: skip
        return None
    paragraphs = [p for _, ps in found.chapters for p in ps]
    if sum(len(p.text.split()) for p in paragraphs) > _TITLE_PAGE_WORDS:
        return None
    lines = [line for line in _page_lines(paragraphs)
             if not (matter.is_legal(line) or matter.is_copyright_evidence(line))]  # fmt: skip
    if lines and lines[0].startswith("% "):  # Pandoc's title block: title, authors, date
        said = [field.strip() for field in re.split(r"(?:^|\s)%\s", " ".join(lines))]
        said = [field for field in said if field]
        authors = [a.strip() for a in said[1].split(";") if a.strip()] if len(said) > 1 else []
        return matter.TitlePage(len(lines), title=said[0], author=" and ".join(authors) or None,
                                editor=None) if said else None  # fmt: skip
    for end in range(len(lines), 0, -1):  # its lines, over a rights line ("Layout © 2022 …")
        page = matter.title_page(lines[:end], ended=True)
        if page and page.size == end:
            return page
    return None


def _joined(read: list[tuple[Path, ReadText]], config: BookConfig) -> ReadText:
    """The files of one book as what one reader found: their chapters in order (renamed,
    and their notes' and blocks' keys made the book's own), and the book's title and
    author from a metadata file or a title page among them (else from what every file
    names alike)."""
    chapters: list[tuple[str | None, list[Paragraph]]] = []
    notes: dict[str, str] = {}
    blocks: dict[str, tuple[str, tuple[tuple[str, ...], ...]]] = {}
    omitted: list[Omission] = []
    named: dict[str, str] = {}  # the book's title and author, from a metadata file or title page
    divider: tuple[str, Path] | None = None  # a heading with no words under it yet
    epigraph: list[Paragraph] = []  # a file that is an epigraph alone, read with what follows
    worded = [(path, found) for path, found in read
              if any(p.text.strip() for _, ps in found.chapters for p in ps)]  # fmt: skip
    wordless = {path for path, _ in read} - {path for path, _ in worded}
    titles = {found.title for _, found in worded}
    shared = titles.pop() if len(worded) > 1 and len(titles) == 1 else None  # the book's
    for index, (path, found) in enumerate(read):
        if index:
            found = technical.rekeyed(found, blocks)
            found = _notes_rekeyed(found, f"{index}/")
        notes.update(found.notes)
        blocks.update(found.blocks)
        omitted.extend(replace(o, what=f"{path.name}: {o.what}") for o in found.omitted)
        own_page = any(o.what.startswith("title page") for o in found.omitted)
        if (own_page or not found.chapters) and found.title \
                and matter.heading_reason(found.title) is None:  # a title page, metadata.yaml
            named.setdefault("title", found.title)
            if found.author:
                named.setdefault("author", found.author)
            if found.language:
                named.setdefault("language", found.language)
        if path in wordless and (pictured := _pictured_title_page(path)):
            named.setdefault("title", pictured[0])
            named.setdefault("author", pictured[1])
        if path in wordless and not any(t for t, _ in found.chapters):
            if not found.chapters and found.title and matter.heading_reason(found.title) is None:
                continue  # its title and author taken: nothing of it to read
            why = matter.heading_reason(found.title) or "no words to speak"
            omitted.append(Omission(path.name, why, ""))
            continue  # an image's page (Standard Ebooks' title page), an empty file
        if page := _part_title_page(path, found):
            named.setdefault("title", page.title)
            if page.author:
                named.setdefault("author", page.author)
            lines = _page_lines([p for _, ps in found.chapters for p in ps])
            left = matter.title_page_left_out(lines)
            omitted.append(replace(left, what=f"{path.name}: {left.what}"))
            continue
        own = found.title if found.title and found.title != shared and not own_page else None
        by_name = _title_from_name(path)
        part = [(t, list(ps)) for t, ps in found.chapters]
        if part and part[0][0] is None:
            part[0] = (own or by_name, part[0][1])
            if own and _sections_only(own, part[1:]):  # "# Chapter 1" over its "## …"
                said = list(part[0][1])
                for section, paragraphs in part[1:]:
                    said += [Paragraph(section or ""), *paragraphs]
                part = [(own, said)]
        elif own and found.author and not chapters and "title" not in named \
                and _heading_family(own) is None:  # fmt: skip
            named.setdefault("title", own)  # a whole novel's file, its front matter the book's
            named.setdefault("author", found.author)
        elif own and len(part) > 1 and all(_fold(own) != _fold(t or "") for t, _ in part):
            part[0] = (join_titles(own, part[0][0] or ""), part[0][1])  # "# Part Two" over `##`s
        reason = _page_by_name(path, part, config)
        if reason:
            text = " ".join(p.text for _, ps in part for p in ps)
            omitted.append(Omission(path.name, reason, text))
            continue
        for title, paragraphs in part:
            if not any(p.text.strip() for p in paragraphs):
                if title and matter.heading_reason(title) is None:
                    divider = (join_titles(divider[0], title) if divider else title, path)
                elif title:
                    omitted.append(Omission(f"{path.name}: section '{title}'",
                                            matter.heading_reason(title) or "", ""))  # fmt: skip
                continue
            if divider:  # a part's heading ("Part One") said before its first chapter
                title, divider = join_titles(divider[0], title or by_name), None
            if epigraph:  # the file before held an epigraph alone: it opens this chapter
                paragraphs, epigraph = [*epigraph, *paragraphs], []
            if title == by_name and len(part) == 1 and not own and index < len(read) - 1 \
                    and matter.epigraph_alone(paragraphs):  # fmt: skip
                epigraph = list(paragraphs)  # "06 Epigraph.md": no chapter called "Epigraph"
                continue
            chapters.append((title, paragraphs))
    if epigraph:  # nothing to open after it: it stays where it was
        chapters.append((None, epigraph))
    if divider:
        omitted.append(Omission(f"{divider[1].name}: heading '{divider[0]}'",
                                "nothing after it to read", ""))  # fmt: skip
    languages = Counter(found.language for _, found in worded if found.language)
    first = next((found for _, found in worded), read[0][1])
    return ReadText(
        chapters=chapters,
        title=named.get("title") or shared,
        author=named.get("author") or next((f.author for _, f in read if f.author), None),
        language=named.get("language") or (languages.most_common(1)[0][0] if languages else None),
        editor=next((f.editor for _, f in read if f.editor), None),
        translator=next((f.translator for _, f in read if f.translator), first.translator),
        notes=notes,
        omitted=tuple(omitted),
        blocks=blocks,
    )


_PICTURED_TITLE_PAGE = re.compile(
    r"\balt\s*=\s*[\"'](?:the |a )?title ?page (?:image )?for (?:the [^\"',]{1,60}? edition of )?"
    r"(?P<title>[^\"']{1,200}?),\s+by\s+(?P<author>[^\"']{1,120}?)\.?\s*[\"']",
    re.IGNORECASE,
)
"""A title page that is a picture, whose description names the book and its author, as
every Standard Ebooks source says: `alt="The titlepage for the Standard Ebooks edition of
Love Among the Chickens, by P. G. Wodehouse"`."""


def _pictured_title_page(path: Path) -> tuple[str, str] | None:
    """The title and author an image title page's description names (a markup file with
    no words of its own), or None."""
    if path.suffix.lower() not in (".html", ".htm", ".xhtml") or path.stat().st_size > 20_000:
        return None
    found = _PICTURED_TITLE_PAGE.search(path.read_text(encoding="utf-8", errors="replace"))
    return (one_line(found["title"]), one_line(found["author"])) if found else None


def _sections_only(title: str, rest: list[tuple[str | None, list[Paragraph]]]) -> bool:
    """Are the headings after a file's titled opening its sections? A file of a book in
    several files is a chapter: under its own title ("# Chapter 0 - Introduction", or
    front matter's), its `##`s ("Purpose of This Book") are read as heading lines, as in a
    book of `#` chapters. Not under a part's title ("# Part One"), nor when one is a
    chapter's ("## Chapter 2", "## Epilogue") or a page's ("## Notes")."""
    if not rest or _heading_family(title) in ("part", "book", "volume", "act"):
        return False
    return all(t and _heading_family(t) is None and matter.heading_reason(t) is None
               for t, _ in rest)  # fmt: skip


def _heading_family(title: str) -> str | None:
    heading = parse_heading(title)
    return heading.family if heading else None


def _page_by_name(
    path: Path, part: list[tuple[str | None, list[Paragraph]]], config: BookConfig
) -> str | None:
    """Why a file is left out by its name: a short one named as a publisher's page
    ("colophon.xhtml", "imprint.md", "copyright.txt"), as an EPUB's page is, or any one
    book.toml's `[text] skip` names ("foreword.md"); `[text] keep` reads it after all."""
    words = sum(len(p.text.split()) for _, ps in part for p in ps)
    stem = re.sub(r"\s+", "-", _title_from_name(path)).casefold()
    reason = matter.page_name_reason(stem) if words <= SHORT_PAGE_WORDS else None
    if reason in ("notes", "index", "bibliography"):
        reason = None  # known by what it holds, as in one file (`notes`, `drop_matter`)
    return matter.decide(config.text, reason, *(t for t, _ in part), path.name)


def _notes_rekeyed(found: ReadText, prefix: str) -> ReadText:
    """`found` with its note references' keys prefixed, as `technical.rekeyed` keys its
    blocks: every file's reader counts its own notes from one."""
    if not found.notes and not any(notes.OPEN in p.text for _, ps in found.chapters for p in ps):
        return found
    chapters = [
        (title, [replace(p, text=p.text.replace(notes.OPEN, notes.OPEN + prefix))
                 if notes.OPEN in p.text else p for p in paragraphs])
        for title, paragraphs in found.chapters
    ]  # fmt: skip
    return replace(found, chapters=chapters,
                   notes={prefix + key: body for key, body in found.notes.items()})  # fmt: skip


def _clean_found(found: ReadText, repairs: list[str], path: Path) -> ReadText:
    """Text from an archive is already Unicode: repair mojibake and junk all the same."""
    chapters = []
    for title, paragraphs in found.chapters:
        cleaned = []
        for paragraph in paragraphs:
            lines = paragraph.text.split(LINE_BREAK)  # ftfy would make a line break "\n"
            text = LINE_BREAK.join(
                CONTROL.sub("", INVISIBLE.sub("", ftfy.fix_text(
                    line, normalization="NFC", uncurl_quotes=False,
                    fix_character_width=not _cjk(line),
                ))).strip()
                for line in lines
            ).strip(LINE_BREAK)  # fmt: skip
            if text != paragraph.text:
                repairs.append(f"{path.name}: repaired '{paragraph.text[:30]}…'")
            if text:
                cleaned.append(replace(paragraph, text=text))
        chapters.append((title, cleaned))
    return replace(found, chapters=chapters)


_SCRIPTS = [  # (language, its script's letters): the language a script's book is in
    # unless `_REFINE` tells its own letters or words apart (Cyrillic is not all Russian)
    ("ru", "\u0400-\u04ff"),
    ("el", "\u0370-\u03ff\u1f00-\u1fff"),
    ("he", "\u0590-\u05ff"),
    ("ar", "\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff"),
    ("hy", "\u0530-\u058f\ufb13-\ufb17"),
    ("ka", "\u10a0-\u10ff\u1c90-\u1cbf\u2d00-\u2d2f"),
    ("am", "\u1200-\u139f\u2d80-\u2ddf\uab00-\uab2f"),  # Ethiopic: Amharic's, above all
    ("hi", "\u0900-\u097f"),
    ("bn", "\u0980-\u09ff"),
    ("pa", "\u0a00-\u0a7f"),  # Gurmukhi
    ("gu", "\u0a80-\u0aff"),
    ("or", "\u0b00-\u0b7f"),
    ("ta", "\u0b80-\u0bff"),
    ("te", "\u0c00-\u0c7f"),
    ("kn", "\u0c80-\u0cff"),
    ("ml", "\u0d00-\u0d7f"),
    ("si", "\u0d80-\u0dff"),
    ("th", "\u0e00-\u0e7f"),
    ("lo", "\u0e80-\u0eff"),
    ("bo", "\u0f00-\u0fff"),
    ("my", "\u1000-\u109f"),
    ("km", "\u1780-\u17ff\u19e0-\u19ff"),
    ("ja", "\u3040-\u30ff"),
    ("zh", "\u4e00-\u9fff"),
    ("ko", "\uac00-\ud7af"),
]
"""Every script with a language of its own, so that a book in it is never taken for
English: an English voice names each letter it cannot read ("Ethiopic letter 121D,
Ethiopic letter 12D5 …"). Some have no voice (Tibetan, Khmer, Lao): the language is
known all the same, and the build says plainly that no voice for it is installed."""


def _share(letters: str, chars: str) -> float:
    """The share of `letters` that are among `chars`."""
    return sum(letters.count(c) for c in chars) / len(letters) if letters else 0.0


def _cyrillic(letters: str, sample: str) -> str:
    """Which language a Cyrillic text is in, by the letters each writes and Russian does
    not: Belarusian's ў; Serbian's ђ ћ and Macedonian's ѓ ќ ѕ beside the ј љ њ џ they
    share; Ukrainian's і ї є ґ; Bulgarian's frequent ъ (in "във", "съм", "път") with
    none of Russian's ы and э. Russian's own ы and э, a few in a hundred letters, keep
    a Russian book Russian whatever it quotes, and so does the old spelling's ѣ (whose
    і and word-final ъ would pass for Ukrainian's and Bulgarian's)."""
    text = letters.lower()
    if _share(text, "ў") >= 0.003:
        return "be"  # Belarusian writes ы and э as well: before Russian's test
    if _share(text, "ыэѣ") >= 0.004:
        return "ru"
    if _share(text, "ѓќѕ") >= 0.001 and _share(text, "ѓќѕ") > _share(text, "ђћ"):
        return "mk"
    if _share(text, "ђћјљњџ") >= 0.005:
        return "sr"
    if _share(text, "ії") >= 0.01 or _share(text, "єґї") >= 0.003:
        return "uk"
    words = re.findall(r"\w+", sample.lower())
    if _share(text, "ъ") >= 0.005 or sum(w in _BULGARIAN_WORDS for w in words) > len(words) / 50:
        return "bg"
    return "ru"


_BULGARIAN_WORDS = {"във", "със", "ще", "съм", "сме", "сте", "са", "че", "това", "този", "тази"}
"""Bulgarian's small words that Russian does not write: with them a short Bulgarian text
is told from Russian when it happens to have few ъ."""


def _arabic(letters: str, sample: str) -> str:
    """Which language an Arabic-script text is in: Urdu by its ٹ ڈ ڑ ں ے; Persian by
    its own ی and ک where Arabic writes ي and ك, or by پ چ ژ گ (which Arabic writes only
    in foreign names, less often than its ة); else Arabic. Read by the Arabic voice, a
    Persian book's ی is named in English ("Farsi yeh") and its words are spelled.
    (Pashto, with no voice of its own, is taken for Persian, whose voice reads it
    nearest.)"""
    if _share(letters, "ٹڈڑںے") >= 0.005:
        return "ur"
    if _share(letters, "یک") > max(0.01, _share(letters, "يك")):
        return "fa"  # Persian's ye and kaf outnumber Arabic's
    if _share(letters, "پچژگ") >= max(0.005, _share(letters, "ة")):
        return "fa"  # typed with Arabic's ye and kaf; Arabic's ة is rare in Persian
    return "ar"


_DEVANAGARI_WORDS = {
    "hi": {"है", "और", "के", "की", "में", "से", "का", "हैं", "था", "नहीं", "को", "भी"},
    "mr": {"आहे", "आणि", "नाही", "होते", "होता", "आहेत", "त्या", "त्याने", "मी", "तो"},
    "ne": {"छ", "थियो", "पनि", "गरेको", "हुन्छ", "र", "भने", "थिए", "हो", "गर्न", "छन्"},
}
"""The small words that tell Hindi, Marathi and Nepali apart (all three are written in
Devanagari, and each has an espeak voice)."""


def _devanagari(letters: str, sample: str) -> str:
    """Hindi, Marathi or Nepali by their small words; Hindi when none leads. (A word
    is read whole, with its vowel signs, which `\\w` leaves out: "है" is not "ह".)"""
    tokens = re.findall("[\u0900-\u0963\u0966-\u097f]+", sample)
    scores = {code: sum(t in words for t in tokens) for code, words in _DEVANAGARI_WORDS.items()}
    best = max(scores, key=lambda code: scores[code])
    return best if scores[best] > scores["hi"] else "hi"


def _bengali(letters: str, sample: str) -> str:
    """Assamese writes ৰ and ৱ, which Bengali does not; else Bengali."""
    return "as" if _share(letters, "ৰৱ") >= 0.003 else "bn"


_REFINE = {"ru": _cyrillic, "ar": _arabic, "hi": _devanagari, "bn": _bengali}
"""For a script several languages write, which of them the text is in."""


_FUNCTION_WORDS = {
    "en": {"the", "and", "of", "to", "was", "he", "she", "it", "that", "with"},
    "de": {"der", "die", "und", "das", "nicht", "ist", "ich", "sie", "mit", "ein"},
    # not "au" nor "du": English borrows them ("café au lait", "soup du jour")
    "fr": {"le", "la", "les", "et", "est", "une", "que", "dans", "pas", "il", "des", "elle",
           "sur"},
    "es": {"el", "la", "los", "y", "que", "una", "por", "con", "para", "del", "las", "pero",
           "ella", "él", "más"},
    # a word two Romance languages both use often counts for both, or it tips the scale:
    # with "la" French's and Spanish's alone, an Italian page ("la madre aprì la finestra")
    # was read as French; with "e" and "da" Italian's and Portuguese's alone, a Portuguese
    # one as Italian
    "it": {"il", "che", "di", "e", "una", "per", "non", "della", "sono", "gli", "la", "è",
           "con", "da", "del", "nella", "alla", "anche", "più", "lo"},
    "nl": {"de", "het", "een", "en", "van", "niet", "dat", "ik", "zijn", "met"},
    # Portuguese shares "de", "que", "para" with its neighbours: only its own words count
    "pt": {"não", "uma", "os", "do", "da", "em", "ao", "é", "com", "dos", "e", "ela", "ele",
           "pela", "pelo", "um", "mas", "também", "estava", "ainda", "muito", "foi", "tinha"},
    "pl": {"nie", "się", "że", "jest", "w", "z", "na", "jak", "ale", "do"},
    # Nordic words: the three share "det", "som" (Danish and Norwegian "og", "ikke", "jeg"
    # too), each counts its own ("och", "af", "hva"); "en", "de", "hun", "af" are Dutch
    # as well, "i" English's "I", so none of them counts for a Nordic language
    "sv": {"och", "att", "inte", "är", "jag", "hon", "för", "hade", "ett", "till", "från",
           "det", "som", "när"},
    "da": {"og", "ikke", "jeg", "det", "som", "havde", "hvad", "efter", "blev", "noget",
           "meget", "hende", "mig", "sig", "ud"},
    "nb": {"og", "ikke", "jeg", "det", "som", "hadde", "hva", "etter", "ble", "noe", "meg",
           "seg", "henne", "av", "ut"},
    "fi": {"ja", "ei", "oli", "että", "hän", "mutta", "niin", "joka", "kuin", "hänen",
           "minä", "olen", "ovat", "vain"},
    # Czech shares "na", "ale", "do", "jak" with Polish: only its own words count
    "cs": {"že", "v", "jsem", "jsou", "byl", "byla", "bylo", "není", "když", "už", "který",
           "která", "které", "jako", "také", "ještě"},
    "hu": {"az", "és", "hogy", "egy", "volt", "van", "meg", "csak", "már", "nem", "nagyon"},
    "ro": {"și", "şi", "în", "să", "că", "cu", "pe", "este", "care", "fost", "sunt"},
    "tr": {"ve", "bir", "bu", "için", "ile", "çok", "ama", "gibi", "daha", "değil", "sonra",
           "kadar"},
    # Serbian, Croatian and Bosnian ("sh": `_serbo_croatian` says which): with Polish's
    # "na" and "do" alone, a Serbian page ("most od jedanaest lukova") was read as Polish;
    # "je", "se", "da" count for Slovenian too, "je" and "se" are Czech's as well; not
    # "i", English's "I" (and a Roman numeral's)
    "sh": {"je", "u", "se", "da", "su", "kao", "nije", "bio", "koji", "koja", "koje",
           "još", "već", "iz", "ili", "ga", "joj", "će", "šta", "što", "kad", "kada", "gde",
           "gdje", "jer", "nisu", "sve"},
    "sl": {"je", "se", "da", "ki", "pa", "tudi", "kot", "sem", "bil", "ni", "še", "ker",
           "zelo", "smo", "jih", "kaj", "lahko"},
}


_EKAVIAN = {
    "vreme", "pre", "posle", "gde", "ovde", "negde", "uvek", "dve", "obe", "mesto", "mesta",
    "mestu", "devojka", "devojke", "devojku", "devojci", "dete", "deca", "decu", "dece",
    "deteta", "lepo", "lepa", "lep", "lepi", "lepu", "reka", "reke", "reku", "reč", "reči",
    "ceo", "cela", "celo", "celu", "celi", "mesec", "meseca", "vera", "veru", "verovati",
    "verujem", "sedeo", "sedela", "sedeli", "sedeti", "hteo", "htela", "hteli", "živela",
    "živeli", "živeti", "videla", "videli", "videti", "sećam", "seća", "sećao", "sećala",
    "pesma", "pesme", "pesmu", "mleko", "levo", "zvezda", "zvezde", "sneg", "snega", "cvet",
    "cveće", "telo", "tela", "pevati", "peva", "pevao", "vetar", "vetra", "nedelja",
    "nedelju", "sreda", "svetlo", "svetlost", "mera", "deliti", "smeh", "smejao", "vredi",
    "beše", "belo", "beli", "bela", "vek", "veka", "veku", "sused", "susedi",
}  # fmt: skip
_IJEKAVIAN = {
    "vrijeme", "prije", "poslije", "gdje", "ovdje", "negdje", "uvijek", "dvije", "obje",
    "mjesto", "mjesta", "mjestu", "djevojka", "djevojke", "djevojku", "djevojci", "dijete",
    "djeca", "djecu", "djece", "djeteta", "lijepo", "lijepa", "lijep", "lijepi", "lijepu",
    "rijeka", "rijeke", "rijeku", "riječ", "riječi", "cijeli", "cijela", "cijelo", "cijelu",
    "mjesec", "mjeseca", "vjera", "vjeru", "vjerovati", "vjerujem", "sjedio", "sjedila",
    "sjedili", "sjediti", "htio", "htjela", "htjeli", "živjela", "živjeli", "živjeti",
    "vidjela", "vidjeli", "vidjeti", "sjećam", "sjeća", "sjećao", "sjećala", "pjesma",
    "pjesme", "pjesmu", "mlijeko", "lijevo", "zvijezda", "zvijezde", "snijeg", "snijega",
    "cvijet", "cvijeće", "tijelo", "tijela", "pjevati", "pjeva", "pjevao", "vjetar",
    "vjetra", "nedjelja", "nedjelju", "srijeda", "svjetlo", "svjetlost", "mjera", "dijeliti",
    "smijeh", "smijao", "vrijedi", "bješe", "bijelo", "bijeli", "bijela", "vijek", "vijeka",
    "vijeku", "susjed", "susjedi",
}  # fmt: skip
"""Words Serbian's ekavian writes with "e" and the ijekavian of Croatian and Bosnian
(and Montenegro's) with "ije" or "je": the same word in each, so that a book's count
of one against the other says which it is in."""
_CROATIAN = {"tko", "tisuću", "tisuća", "tjedan", "kruh", "vlak", "kazalište", "sveučilište",
             "općina", "glazba", "zrakoplov", "siječnja", "veljače", "travnja", "svibnja",
             "lipnja", "srpnja", "kolovoza", "rujna", "listopada", "studenoga", "prosinca"}
_SERBIAN_BOSNIAN = {"ko", "šta", "hiljadu", "hiljada", "hleb", "hljeb", "voz", "nedelja",
                    "sedmica", "pozorište", "univerzitet", "opština", "muzika", "januara",
                    "februara", "marta", "aprila", "maja", "juna", "jula", "avgusta",
                    "augusta", "septembra", "oktobra", "novembra", "decembra"}


def _serbo_croatian(tokens: list[str]) -> str:
    """Serbian, Croatian or Bosnian, by the words only one of them says: the "e" of
    Serbian's ekavian ("vreme", "dete", "gde") against the "ije"/"je" the others write
    ("vrijeme", "dijete", "gdje"); then, in ijekavian, Croatian's own words ("tko",
    "tisuću", "kruh", its month names) against those it shares with Serbian ("ko", "šta",
    "hiljadu", "jula"), which make it Bosnian. Serbian when nothing tells (its voice and
    number words read Latin letters as well as the others')."""
    count = Counter(tokens)
    ekavian, ijekavian = (sum(count[w] for w in words) for words in (_EKAVIAN, _IJEKAVIAN))
    if ijekavian <= ekavian:
        return "sr"
    croatian, shared = (sum(count[w] for w in words) for words in (_CROATIAN, _SERBIAN_BOSNIAN))
    return "hr" if croatian >= shared else "bs"


_VIETNAMESE = re.compile(
    "[\u01a0\u01a1\u01af\u01b0\u0110\u0111\u1ea0-\u1eb7\u1eba-\u1ecb\u1ece-\u1ef9]"
)
"""Letters only Vietnamese writes: ơ, ư, đ, and the vowels with a tone mark under or on
a hook (ạ ả ấ ầ ẩ ẫ ậ ... ỹ): Romanian's ă and French's ê are not among them, nor ẹ and
ọ, which Yoruba writes too."""

_CJK = {"ja", "zh", "ko"}  # Japanese writes Chinese characters (and Korean once did)
_LATIN_SCRIPT = {
    *("en", "de", "fr", "es", "it", "nl", "pt", "pl", "sv", "da", "nb", "nn", "no", "fi",
      "cs", "hu", "ro", "tr", "vi", "la", "eo", "ca", "gl", "eu", "ga", "gd", "cy", "br",
      "is", "fo", "et", "lv", "lt", "sk", "sl", "hr", "sq", "mt", "af", "id", "ms", "tl",
      "sw", "oc", "lb", "rm", "fy", "ia", "haw", "mi", "yo", "ha", "zu", "xh"),
}
"""Languages written only in Latin letters: text in another script overrules their tag.
A language written in two scripts (Serbian, Azerbaijani, Uzbek...) is in neither list."""
_SCRIPT_LANGUAGES = {
    "ru": {"ru", "uk", "be", "bg", "mk", "kk", "ky", "tg", "mn", "tt", "ba", "cv", "os"},
    "el": {"el", "grc"},
    "he": {"he", "yi", "iw"},
    "ar": {"ar", "fa", "ur", "ps", "ug", "sd", "ku"},
    "hi": {"hi", "mr", "ne", "sa", "bho", "mai"},
    "th": {"th"},
    "hy": {"hy", "hyw"},
    "ka": {"ka"},
    "am": {"am", "ti", "gez", "tig"},
    "bn": {"bn", "as", "bpy"},
    **{code: {code} for code in ("pa", "gu", "or", "ta", "te", "kn", "ml", "si", "lo", "bo",
                                 "my", "km")},
}

OVERRULE_WORDS = 400
"""Fewer words than this, and a file's declared Latin-script language stands whatever
function words the text has: a few sentences are no evidence against the file's word."""
OVERRULE_SCRIPT_WORDS = 150
"""Fewer words than this, and not even another script overrules the file's language."""
OVERRULE_SHARE = 0.10
"""The share of a sample's words that must be the best language's function words for
the text to overrule a Latin-script declared language: English prose runs at about
20%, French, German or Italian at 15-20%, Hungarian about 10% (Czech, at 6%, is not
overruled into); an English page quoting French, or a Latin text that shares "et" and
"est" with French, stays below."""
OVERRULE_LEAD = 1.5
"""How far the best language's function words must lead the next language's: Spanish,
French or Italian prose leads its nearest neighbour about twofold, while a language we
have no words for (Esperanto, Latin) spreads its look-alikes over several."""
OVERRULE_MARGIN = 4
"""How many times the declared language's own function words the best language's must
be (English prose quoting French passages keeps its English words well above a
quarter of the French ones)."""


@dataclass(frozen=True)
class LanguageEvidence:
    """What a text's letters and words say of its language, and how sure they are:
    `detect_language` takes the best guess; `text_overrules` asks more of it before it
    sets aside the language a file declares."""

    best: str
    words: int = 0  # words in the sample
    script: bool = False  # decided by the script (or Vietnamese letters), not by words
    scores: dict[str, int] = field(default_factory=dict)  # function words by language
    latin: float = 0.0  # the share of its letters that are Latin ones
    counted: int = 0  # the words its function words were counted over, if not all of them

    def share(self, code: str) -> float:
        """The share of the words counted (`counted`, else the sample's) that are
        `code`'s function words."""
        counted = self.counted or self.words
        return self.scores.get(code, 0) / counted if counted else 0.0


PROSE_WORDS = 50
"""Fewer words of running prose than this (`_running_prose`), or under a third of the
book's, and a book's function words are counted over all its text: a book of verse,
dialogue or word lists has no explanations to weigh above its examples."""
PROSE_EVIDENCE = 5
"""Fewer function words of any one language than this in the running prose, and it is
no evidence (a table of figures, a list of names run together): all the text is weighed."""
_PROSE_PARAGRAPH = 20  # words: a sentence or more, not a list item, dialogue line or verse
_BRACKETED = re.compile(r"\([^()]{0,120}\)|\[[^\[\]]{0,120}\]")


def _running_prose(chapters: list[Chapter]) -> list[str]:
    """The words of a book's running prose: its paragraphs of `_PROSE_PARAGRAPH` words or
    more, less what they put in brackets.

    A course in German or French written for English readers explains in English and
    gives its examples in word lists, dialogues, tables and "(der)" asides, where the
    other language's articles are dense enough to outnumber the English ones; the
    language a narrator reads it in is that of its sentences. A German or French book's
    sentences are German or French, so it keeps its language."""
    words: list[str] = []
    for ch in chapters:
        for p in ch.paragraphs:
            if len(p.text.split()) >= _PROSE_PARAGRAPH:
                outside = _BRACKETED.sub(" ", p.text)  # "(der)", "[sic]": the examples
                words.extend(w.lower() for w in re.findall(r"[^\W\d_]+", outside))
            if len(words) > 40_000:
                return words
    return words


_BODY_RUN = 150
"""Words: a run of short paragraphs this long with no sentence of explanation between
them is a body of text (a story's scenes, a play's speeches, a sequence of poems), not a
course's examples, which its explanations break up into lists and dialogues."""


def _body_outside_prose(chapters: list[Chapter], prose_language: str) -> int:
    """The words of a book's long runs of short paragraphs (`_BODY_RUN`, unbroken by a
    paragraph of running prose in `prose_language`) whose small words are another
    language's.

    A German novella's school edition explains in an English preface and introduction,
    and its story, mostly dialogue and short paragraphs, has no running prose at all:
    when such runs hold more words than the prose, the prose is the apparatus, not the
    book, and the book is weighed whole."""
    stop = _FUNCTION_WORDS[prose_language]
    body = 0
    run: list[str] = []

    def close() -> int:
        if len(run) < _BODY_RUN:
            return 0
        scores = {code: sum(1 for t in run if t in ws) for code, ws in _FUNCTION_WORDS.items()}
        lead = max(scores, key=lambda code: scores[code])
        return len(run) if lead != prose_language and scores[lead] > 0 else 0

    for ch in chapters:
        for p in ch.paragraphs:
            words = [w.lower() for w in re.findall(r"[^\W\d_]+", p.text)]
            own = sum(1 for w in words if w in stop)
            if len(words) >= _PROSE_PARAGRAPH and own * 2 >= max(
                sum(1 for w in words if w in other) for other in _FUNCTION_WORDS.values()
            ):
                body += close()  # an explanation ends the run
                run = []
            else:
                run.extend(words)
    return body + close()


def language_evidence(chapters: list[Chapter]) -> LanguageEvidence:
    """The script of most letters, then Vietnamese's own letters, then (for other
    Latin script) the most frequent small function words of a few languages."""
    sample = " ".join(p.text for ch in chapters for p in ch.paragraphs)[:200_000]
    letters = "".join(c for c in sample if c.isalpha())
    if not letters:
        return LanguageEvidence("en")
    tokens = [w.lower() for w in re.findall(r"[^\W\d_]+", sample)]
    for code, chars in _SCRIPTS:
        written = "".join(re.findall(f"[{chars}]", letters))
        if len(written) > len(letters) / 2:
            refine = _REFINE.get(code)
            return LanguageEvidence(refine(written, sample) if refine else code, len(tokens),
                                    script=True)  # fmt: skip
    if tokens and sum(1 for t in tokens if _VIETNAMESE.search(t)) > len(tokens) / 5:
        # about every second word of Vietnamese prose; an English book on Vietnam naming
        # Nguyễn and Huế now and then has far fewer
        return LanguageEvidence("vi", len(tokens), script=True)
    scores = {code: sum(1 for t in tokens if t in stop) for code, stop in _FUNCTION_WORDS.items()}
    counted = 0
    prose = _running_prose(chapters)
    if len(prose) >= max(PROSE_WORDS, len(tokens) / 3):
        said = {code: sum(1 for t in prose if t in stop) for code, stop in _FUNCTION_WORDS.items()}
        told = max(said, key=lambda code: said[code])
        if said[told] >= PROSE_EVIDENCE and _body_outside_prose(chapters, told) <= len(prose):
            scores, counted = said, len(prose)
    best = max(scores, key=lambda code: scores[code])
    if best == "sh":  # scored as one, spoken as Serbian, Croatian or Bosnian
        best = _serbo_croatian(tokens)
        scores[best] = scores.pop("sh")
    latin = len(re.findall("[\x00-\u024f\u1e00-\u1eff]", letters)) / len(letters)
    return LanguageEvidence(best if scores[best] > 0 else "en", len(tokens), False, scores, latin,
                            counted)  # fmt: skip


def detect_language(chapters: list[Chapter]) -> str:
    """The book's language when nothing says it: its script, then (for Latin
    script) the most frequent small function words of a few languages.

    Good enough to pick a voice and sentence rules; book.toml's `language`
    overrides it, and `plan` shows what was chosen.
    """
    return language_evidence(chapters).best


def _script_group(code: str) -> str | None:
    """The script a language is written in ("latin", "cjk", or _SCRIPTS' code), or None
    when it is written in more than one or we do not know it."""
    if code in _LATIN_SCRIPT:
        return "latin"
    if code in _CJK:
        return "cjk"
    return next((script for script, codes in _SCRIPT_LANGUAGES.items() if code in codes), None)


def text_overrules(declared: str, chapters: list[Chapter]) -> str | None:
    """The language the text is plainly written in when it is not the one its file
    declares (a translation left under its original's `<dc:language>`, a tool's en-US
    skeleton, a Word document tagged with its author's Office language), else None.

    Only strong evidence overrules the file: another script (Cyrillic text under an
    English tag; Vietnamese letters) in `OVERRULE_SCRIPT_WORDS` words or more, or, in
    Latin script and `OVERRULE_WORDS` words or more, a clear lead of another language's
    function words (`OVERRULE_SHARE`, `OVERRULE_LEAD`, `OVERRULE_MARGIN`). A short text,
    an English book quoting French, and a Latin-script language we have no words for
    (Latin, Esperanto, Catalan: its words may look like a neighbour's) keep what the file
    says."""
    base = language_code(declared).split("-")[0].lower()
    group = _script_group(base)
    if group is None:
        return None  # written in two scripts, or unknown to us: its text may look like anything
    evidence = language_evidence(chapters)
    if evidence.best == base or evidence.words < OVERRULE_SCRIPT_WORDS:
        return None
    if evidence.script:
        if evidence.best == "vi":  # its letters: only over a language we know the words of
            return "vi" if group != "latin" or base in _FUNCTION_WORDS else None
        return evidence.best if _script_group(evidence.best) != group else None
    if evidence.words < OVERRULE_WORDS or evidence.share(evidence.best) < OVERRULE_SHARE:
        return None
    runner_up = max((n for code, n in evidence.scores.items() if code != evidence.best), default=0)
    if evidence.scores[evidence.best] < OVERRULE_LEAD * runner_up:
        return None  # Esperanto's "la", "el", "por" count for Spanish, Italian and French alike
    if group != "latin":  # Latin letters and plain words under a Cyrillic or Greek tag,
        # not a bilingual book's pages of both
        return evidence.best if evidence.latin >= 0.9 else None
    if base not in _FUNCTION_WORDS:
        return None
    lead, own = evidence.scores[evidence.best], evidence.scores[base]
    return evidence.best if lead >= OVERRULE_MARGIN * own else None


def _title_from_name(path: Path) -> str:
    """A title from a file name, when the book names none (`_title_from_stem`)."""
    return _title_from_stem(path.stem)


def _title_from_stem(stem: str) -> str:
    """A title from a file's or folder's name, when the book names none.

    A slug ("the-masterpiece", "THE_MASTERPIECE") is title-cased; a name the
    writer typed with capitals ("The Clockmaker's Promise") is kept as it is
    (str.title would make it "Clockmaker'S"). Notion's exports end every file
    name with the page's 32-digit id, which is no part of the title; a file
    numbered with a leading zero to sort in a folder ("02-british-baking") has
    its number left off ("1984", "12-angry-men" keep theirs)."""
    stem = re.sub(r"\s+[0-9a-f]{32}$", "", stem)
    stem = re.sub(r"^0\d[-_ .]+(?=[^\W\d_])", "", stem)
    name = re.sub(r"\s+", " ", re.sub(r"[-_]+", " ", stem)).strip()
    if name.islower() or name.isupper():
        name = re.sub(r"(?<![\w'’])\w", lambda m: m.group().upper(), name.lower())
    return name or "Untitled"


def _settle_chapters(
    found: ReadText, config: BookConfig, title: str, book: BookSource
) -> list[Chapter]:
    if config.chapters:
        paragraphs = [p for _, ps in found.chapters for p in ps]
        headed = {  # the heading the reader found over a paragraph: starts_with may quote it
            sum(len(ps) for _, ps in found.chapters[:n]): name
            for n, (name, ps) in enumerate(found.chapters) if name and ps
        }  # fmt: skip
        return _split_declared(paragraphs, config.chapters, title, book, headed)
    chapters = []
    dedication = matter.dedication_title(config.language or found.language)
    carried: tuple[Paragraph, ...] = ()  # an epigraph after the dedication, read next
    for name, paragraphs in found.chapters:
        if not paragraphs and name is None:
            continue
        paragraphs, carried = (*carried, *paragraphs), ()
        if (
            not chapters and len(found.chapters) > 1 and name in (None, dedication)
            and (start := matter.epigraph_after_dedication(list(paragraphs))) is not None
        ):  # fmt: skip
            # "For my mother" / "The sea has neither meaning nor pity." / "— Chekhov": the
            # epigraph is no part of the dedication; it opens what follows, as it opens the book
            name, paragraphs, carried = dedication, paragraphs[:start], paragraphs[start:]
        elif name is None and not chapters and len(found.chapters) > 1 and matter.is_dedication(
            list(paragraphs)
        ):  # named for the book, the listener would hear its title again after the credits
            name = dedication
        elif name is None and not chapters and len(found.chapters) > 1 and (
            note := matter.front_note(list(paragraphs))
        ):  # "Author's Note: …", "Previously, in Book 1…" before the first chapter
            name, paragraphs = note[0], tuple(note[1])
        elif name is None and not chapters and len(found.chapters) > 1 and (
            matter.epigraph_alone(list(paragraphs))
        ):  # an epigraph alone before chapter 1 opens it, as one after the contents does
            carried = paragraphs
            continue
        chapters.append(Chapter(name or title, tuple(paragraphs)))
    if carried and chapters:  # nothing after it: the epigraph stays where it was
        chapters[-1] = replace(chapters[-1], paragraphs=(*chapters[-1].paragraphs, *carried))
    return [ch for ch in chapters if ch.paragraphs] or chapters[:1]


def _split_declared(
    paragraphs: list[Paragraph],
    decls: tuple[ChapterDecl, ...],
    title: str,
    book: BookSource,
    headed: dict[int, str] | None = None,
) -> list[Chapter]:
    """Cut the paragraphs where each declared chapter's first paragraph begins, or its
    heading: `headed` maps a paragraph's index to the heading found over it."""
    starts: list[int] = []
    position = 0
    headed = headed or {}
    for decl in decls:
        wanted = _fold(decl.starts_with)
        for index in range(position, len(paragraphs)):
            heading = _fold(headed.get(index, ""))
            if _fold(paragraphs[index].text).startswith(wanted) or heading.startswith(wanted):
                starts.append(index)
                position = index + 1
                break
        else:
            raise ConfigError(
                f"{book.config.source}: chapter '{decl.title}': no paragraph after the previous "
                f'chapter starts with "{decl.starts_with}"; quote the first words of its '
                "first paragraph"
            )
    chapters = []
    if starts[0] > 0:
        chapters.append(Chapter(title, tuple(paragraphs[: starts[0]])))
    bounds = [*starts, len(paragraphs)]
    for decl, start, end in zip(decls, bounds, bounds[1:], strict=False):
        first = replace(paragraphs[start], scene_break_before=False)
        chapters.append(Chapter(decl.title, (first, *paragraphs[start + 1 : end])))
    return chapters


def _fold(text: str) -> str:
    text = ftfy.fix_text(text).replace("’", "'").replace("…", "...")
    return re.sub(r"\s+", " ", text).strip().casefold()
