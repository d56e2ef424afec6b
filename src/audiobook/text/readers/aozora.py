"""Aozora Bunko's plain-text format: the form nearly all Japanese literature online takes.

An Aozora text (also what Project Gutenberg carries in Japanese) is Shift_JIS with a head
of title and author, a legend of its marks (【テキスト中に現れる記号について】 between
two rules), the book, and a colophon from 底本： (the edition transcribed) to the end.
Inside the book, ruby gives a reading: 猫《ねこ》 reads the kanji run before it, and ｜
marks where a longer base starts (五｜分《ぶ》); editor's notes stand in ［＃…］: page
breaks, indents, emphasis, headings (［＃「一」は中見出し］ makes the line "一" a
heading) and descriptions of characters Shift_JIS lacks (※［＃「口＋世」、第3水準1-14-87］).

A narrator says a ruby's reading and never an editor's note; the head, legend and colophon
are the library's, not the book's. Readings travel in the paragraph text between Unicode's
interlinear annotation marks (`japanese.RUBY_START` base `RUBY_SEP` reading `RUBY_END`):
what is shown keeps the base (`ruby_base`), what is said takes the reading (`ruby_reading`).
The width folding that decoding may apply (［＃ → [#, ｜ → |) is read as the same marks.
"""

from __future__ import annotations

import re
import unicodedata

from audiobook.models import Omission, Paragraph
from audiobook.text.japanese import RUBY_END, RUBY_SEP, RUBY_START, ruby_base
from audiobook.text.readers.base import ReadText

_OPEN, _CLOSE, _HASH = r"[\[［]", r"[\]］]", "[#＃]"
_NOTE = re.compile(f"{_OPEN}{_HASH}[^\\]］\n]*{_CLOSE}")
"""An editor's note, ［＃改ページ］, never read aloud."""
_GAIJI = re.compile(f"※{_OPEN}{_HASH}(?P<body>[^\\]］\n]*){_CLOSE}")
"""A character Shift_JIS lacks, described: ※［＃「木＋解」、第3水準1-86-22］ (檞), or by
its code point, ※［＃「亻＋尚」、U+5C19、26-4］."""
_JIS = re.compile(r"第[34]水準(?P<plane>[12])-(?P<row>[0-9]{1,2})-(?P<cell>[0-9]{1,2})")
_CODEPOINT = re.compile(r"U\+(?P<hex>[0-9A-Fa-f]{4,5})")
_HEADING = re.compile(
    f"{_OPEN}{_HASH}「(?P<title>[^」\n]+)」は(?:同行|窓)?(?P<level>大|中|小)見出し{_CLOSE}"
)
"""A heading mark after its line's text: 一［＃「一」は中見出し］."""
_HEADING_SPAN = re.compile(
    f"{_OPEN}{_HASH}(?:同行|窓)?(?P<level>大|中|小)見出し{_CLOSE}(?P<title>.*?)"
    f"{_OPEN}{_HASH}(?:同行|窓)?(?:大|中|小)見出し終わり{_CLOSE}"
)
"""A heading between marks: ［＃中見出し］一［＃中見出し終わり］."""
_BLOCK_HEADING = re.compile(f"{_OPEN}{_HASH}ここから(?P<level>大|中|小)見出し{_CLOSE}")
_BLOCK_END = re.compile(f"{_OPEN}{_HASH}ここで(?:大|中|小)見出し終わり{_CLOSE}")
_EXPLICIT_RUBY = re.compile(r"[|｜](?P<base>[^|｜《》\n]+)《(?P<reading>[^《》\n]+)》")
_IMPLICIT_RUBY = re.compile(
    r"(?P<base>[\u3400-\u9fff\uf900-\ufaff々〆ヵヶ\U00020000-\U0002ffff]+"
    r"|[\u30a1-\u30fa\u30fc]+|[\u3041-\u309f]+|[A-Za-zＡ-Ｚａ-ｚ0-9０-９]+)"
    r"《(?P<reading>[^《》\n]+)》"
)
"""A ruby with no ｜: its base is the run of one kind of character before it (kanji
mostly; katakana, hiragana or Latin otherwise)."""
_REPEAT = re.compile(
    r"(?P<twice>[\u3041-\u30ff\u3400-\u9fff]{2})[/／](?P<voiced>[″゛\"]?)[\\＼]"
)
"""The long repetition mark (くの字点, 〳〵) Aozora types as ／＼ (with a voicing ″,
／″＼): いろ／＼ いろいろ, しみ／″＼ しみじみ. It repeats the two characters before it."""
_RULE = re.compile(r"[ \t]*[-－]{20,}[ \t]*")
_LEGEND = "テキスト中に現れる記号について"
_COLOPHON = re.compile(r"[ \t\u3000]*底本[：:]")
_TRANSLATED = re.compile(r"(?P<name>.+?)[ \u3000]*(?:訳|譯|翻訳)$")
_HEAD_MAX = 6


def is_aozora(text: str) -> bool:
    """Is `text` an Aozora Bunko file: its legend in the head, or editor's notes or ruby
    with a 底本 colophon? A Japanese novel in plain text with neither reads as before."""
    head = text[:6000]
    if _LEGEND in head and _RULE.search(head):
        return True
    marked = len(_NOTE.findall(text[:200000])) + len(re.findall("《[^《》\n]+》", text[:200000]))
    return marked >= 2 and any(_COLOPHON.match(line) for line in text.split("\n"))


def read_aozora(text: str) -> ReadText:
    """An Aozora text as chapters, headed by its heading marks; its head, legend and
    colophon left out, the head's title, author and translator kept."""
    lines = text.split("\n")
    omitted: list[Omission] = []
    start = _head_end(lines)
    head = [line.strip(" \t\u3000") for line in lines[:start] if line.strip(" \t\u3000")]
    if head:
        omitted.append(Omission("Aozora Bunko's title lines", "the library's, not the book's",
                                "\n".join(head)))  # fmt: skip
    start = _after_legend(lines, start, omitted)
    end = next((i for i in range(start, len(lines)) if _COLOPHON.match(lines[i])), len(lines))
    if end < len(lines):
        colophon = [line.strip() for line in lines[end:] if line.strip()]
        omitted.append(Omission("Aozora Bunko's colophon (底本)",
                                "the library's, not the book's", "\n".join(colophon)))  # fmt: skip
    chapters: list[tuple[str | None, list[Paragraph]]] = [(None, [])]
    block_level: str | None = None
    block: list[str] = []
    for line in lines[start:end]:
        if block_level is not None:
            if _BLOCK_END.search(line):
                block.append(_BLOCK_END.split(line)[0])
                _heading(chapters, " ".join(_plain(x) for x in block if _plain(x)))
                block_level, block = None, []
            else:
                block.append(line)
            continue
        if found := _BLOCK_HEADING.search(line):
            block_level, block = found["level"], [line[found.end() :]]
            continue
        title = _heading_title(line)
        if title is not None:
            if title:
                _heading(chapters, title)
            continue
        said = _spoken_line(line)
        if said:
            chapters[-1][1].append(Paragraph(said))
    title, author, translator = _credits(head)
    return ReadText(
        chapters=[(t, ps) for t, ps in chapters if ps or t],
        title=title, author=author, translator=translator, language="ja",
        omitted=tuple(omitted),
    )  # fmt: skip


def _head_end(lines: list[str]) -> int:
    """Where the title lines end: at the legend's first rule, else at the first blank
    line after a short head of title, author (and translator)."""
    for i, line in enumerate(lines[: _HEAD_MAX + 3]):
        if _RULE.fullmatch(line):
            return i
    seen = 0
    for i, line in enumerate(lines[: _HEAD_MAX + 1]):
        if not line.strip(" \t\u3000"):
            if seen:
                return i if seen <= _HEAD_MAX - 2 else 0
        elif len(line.strip()) > 40 or _NOTE.search(line) or "《" in line:
            return 0
        else:
            seen += 1
    return 0


def _after_legend(lines: list[str], start: int, omitted: list[Omission]) -> int:
    """The line after the marks' legend (two rules around 【テキスト中に現れる記号について】),
    the legend left out; `start` itself when there is none."""
    if start >= len(lines) or not _RULE.fullmatch(lines[start]):
        return start
    close = next((i for i in range(start + 1, min(len(lines), start + 80))
                  if _RULE.fullmatch(lines[i])), None)  # fmt: skip
    if close is None:
        return start + 1
    legend = [line.strip() for line in lines[start + 1 : close] if line.strip()]
    omitted.append(Omission("Aozora Bunko's legend of marks (【テキスト中に現れる記号について】)",
                            "the library's, not the book's", "\n".join(legend)))  # fmt: skip
    return close + 1


def _credits(head: list[str]) -> tuple[str | None, str | None, str | None]:
    """Title, author and translator from the head: its first line is the title, its last
    the author, or the translator ("原民喜訳") under the author."""
    if not head:
        return None, None, None
    title = head[0]
    rest = head[1:]
    translator = None
    if rest and (m := _TRANSLATED.fullmatch(rest[-1])) and len(rest) >= 2:
        translator, rest = m["name"], rest[:-1]
    author = rest[-1] if rest else None
    return title, author, translator


def _heading_title(line: str) -> str | None:
    """The heading `line` marks, plain ("" for a mark whose text is elsewhere); None when
    it marks none."""
    if found := _HEADING_SPAN.search(line):
        return _plain(found["title"])
    if found := _HEADING.search(line):
        before = _plain(line[: found.start()])
        named = _plain(found["title"])
        return before or named
    return None


def _heading(chapters: list[tuple[str | None, list[Paragraph]]], title: str) -> None:
    """Start a chapter titled `title`; a heading straight under another (a part's over
    its first chapter's) joins it."""
    current, paragraphs = chapters[-1]
    if paragraphs:
        chapters.append((title, []))
    elif current:
        chapters[-1] = (f"{current}　{title}", paragraphs)
    else:
        chapters[-1] = (title, paragraphs)


def _plain(text: str) -> str:
    """A heading's text as shown: ruby bases only, no notes."""
    return ruby_base(_spoken_line(text))


def _spoken_line(line: str) -> str:
    """A body line with its notes gone, its described characters restored where the
    description names one, and its rubies marked for the voice."""
    line = _GAIJI.sub(_gaiji, line)
    line = _NOTE.sub("", line)
    line = _EXPLICIT_RUBY.sub(_marked, line)
    line = _IMPLICIT_RUBY.sub(_marked, line)
    line = _REPEAT.sub(_repeated, line)
    line = re.sub(r"[|｜](?=[^《]*$)", "", line)  # a ｜ no ruby followed
    return line.strip(" \t\u3000")


def _repeated(m: re.Match[str]) -> str:
    """The two characters before ／＼, then the mark shown as 〳〵 and said as them
    again, the first voiced for ／″＼ (しみ／″＼ しみじみ)."""
    twice = m["twice"]
    again = unicodedata.normalize("NFC", twice[0] + "\u3099") + twice[1] if m["voiced"] else twice
    mark = "〴〵" if m["voiced"] else "〳〵"
    return f"{twice}{RUBY_START}{mark}{RUBY_SEP}{again}{RUBY_END}"


def _marked(m: re.Match[str]) -> str:
    return f"{RUBY_START}{m['base']}{RUBY_SEP}{m['reading']}{RUBY_END}"


def _gaiji(m: re.Match[str]) -> str:
    """The character a ※［＃…］ note describes, by its JIS X 0213 plane-row-cell or its
    Unicode code point; nothing when it names neither (its shape is no word to say)."""
    body = m["body"]
    if code := _CODEPOINT.search(body):
        return chr(int(code["hex"], 16))
    if jis := _JIS.search(body):
        row, cell = int(jis["row"]), int(jis["cell"])
        pair = bytes((0xA0 + row, 0xA0 + cell))
        raw = pair if jis["plane"] == "1" else b"\x8f" + pair
        try:
            return raw.decode("euc_jis_2004")
        except UnicodeDecodeError:
            return ""
    return ""
