"""Struck-out text, read as a narrator reads a crossed-out word: set apart, then "crossed out".

A text message whose first thought is struck through ("~~I love you~~ I'm writing you
up", `<del>no obviously not</del> ok maybe a bit`, Word's strikethrough) says one thing
and takes it back. Read as if it stood, the two run together and the meaning is lost or
reversed. A narrator sets the struck words apart and says they are crossed out: "I love
you — crossed out — I'm writing you up".

Readers mark struck text with `STRUCK_OPEN` and `STRUCK_CLOSE` (HTML `<del>`, `<s>`,
`<strike>` and `line-through`; Markdown `~~ ~~`; Word `w:strike` and `w:dstrike`). Word's
tracked deletions (`w:del`) and CriticMarkup `{-- --}` are an editor's cuts, not the
page's: they stay left out. Once the book's language is known, `ingest` says the marks
in words (`said_struck`), in that language where the credits are translated, else in
English: one house wording, so the listener learns it once.
"""

from __future__ import annotations

import re
from dataclasses import replace

from audiobook.models import Chapter

STRUCK_OPEN = "\ue0f1"
STRUCK_CLOSE = "\ue0f2"

CROSSED_OUT = {
    "en": "crossed out",
    "de": "durchgestrichen",
    "fr": "barré",
    "es": "tachado",
    "it": "cancellato",
    "pt": "riscado",
    "nl": "doorgestreept",
    "pl": "skreślone",
    "sv": "överstruket",
    "da": "overstreget",
    "nb": "overstrøket",
    "fi": "yliviivattu",
    "cs": "přeškrtnuto",
    "hu": "áthúzva",
    "ro": "tăiat",
    "tr": "üstü çizili",
    "ru": "зачёркнуто",
    "uk": "закреслено",
    "be": "закрэслена",
    "bg": "зачеркнато",
    "sr": "прецртано",
    "mk": "прецртано",
    "sr-latn": "precrtano",
    "hr": "precrtano",
    "bs": "precrtano",
    "sl": "prečrtano",
    "el": "διαγραμμένο",
}
"""How each language says that words are struck through (English for any other)."""

_STRUCK = re.compile(f"{STRUCK_OPEN}([^{STRUCK_OPEN}{STRUCK_CLOSE}]*){STRUCK_CLOSE}")
_MARKS = re.compile(f"[{STRUCK_OPEN}{STRUCK_CLOSE}]")
_STOP = re.compile(r"[.!?…]+[\"”’»)]*$")
_ENDS = re.compile(r"[\s.,;:!?…)\]”’\"'—–-]*$")


def crossed_out(language: str) -> str:
    """The words said after struck text, in `language` where known, else English."""
    code = language.lower()
    return CROSSED_OUT.get(code) or CROSSED_OUT.get(code.split("-")[0]) or CROSSED_OUT["en"]


def said_struck(text: str, language: str, at: tuple[int, ...] = ()) -> tuple[str, tuple[int, ...]]:
    """`text` with each struck run set apart by dashes and followed by "crossed out"
    ("shut — for ever — crossed out — for the summer"), and the offsets `at` (a note's
    place in the text) moved with the words. A run with no words is dropped; a stray
    mark is taken out."""
    if STRUCK_OPEN not in text and STRUCK_CLOSE not in text:
        return text, at
    if _JOINED.search(text):  # Word's runs struck one after another: one struck run
        text, at = _joined(text, at)
    said = crossed_out(language)
    out: list[str] = []
    moved: list[tuple[int, int]] = []  # (old offset, new offset) where pieces begin
    last = 0
    for match in _STRUCK.finditer(text):
        moved.append((last, sum(map(len, out))))
        out.append(text[last : match.start()])
        words = " ".join(match[1].split())
        before = "".join(out).rstrip()
        if words:
            lead = " — " if before and not before.endswith(("—", "–")) else (" " if before else "")
            rest = text[match.end() :]
            stop = _STOP.search(words)  # "~~Her father hid them.~~": "… them — crossed out."
            core, stop = (words[: stop.start()], stop[0]) if stop else (words, "")
            ended = stop or _ENDS.fullmatch(rest.split("\n", 1)[0])
            out[-1] = out[-1].rstrip() if before else out[-1]
            moved.append((match.start(), sum(map(len, out))))
            out.append(f"{lead}{core} — {said}{stop}{'' if ended else ' —'}")
        last = match.end()
    moved.append((last, sum(map(len, out))))
    out.append(text[last:])
    joined = "".join(out)
    new_at = tuple(_moved(a, moved) if a >= 0 else a for a in at)
    return re.sub(r"[ \t]{2,}", " ", _MARKS.sub("", joined)), new_at


_JOINED = re.compile(f"{STRUCK_CLOSE}([ \t]*){STRUCK_OPEN}")


def _joined(text: str, at: tuple[int, ...]) -> tuple[str, tuple[int, ...]]:
    """Struck runs that touch as one run; the offsets `at` moved with the text."""
    out, moved, last = [], [], 0
    for match in _JOINED.finditer(text):
        out.append(text[last : match.start()])
        moved.append((match.start(), sum(map(len, out))))
        out.append(match[1])
        last = match.end()
        moved.append((last, sum(map(len, out))))
    out.append(text[last:])
    return "".join(out), tuple(_moved(a, moved) if a >= 0 else a for a in at)


def _moved(offset: int, moved: list[tuple[int, int]]) -> int:
    old, new = max((pair for pair in moved if pair[0] <= offset), default=(0, 0))
    return new + (offset - old)


def without_struck_marks(text: str) -> str:
    """A title's or note's text with struck marks taken out (its words kept)."""
    return _MARKS.sub("", text)


def chapters_said(chapters: list[Chapter], language: str) -> list[Chapter]:
    """The chapters with their struck text said (`said_struck`)."""
    result = []
    for chapter in chapters:
        paragraphs = []
        for paragraph in chapter.paragraphs:
            if STRUCK_OPEN not in paragraph.text and STRUCK_CLOSE not in paragraph.text:
                paragraphs.append(paragraph)
                continue
            text, at = said_struck(
                paragraph.text, language, tuple(note.at for note in paragraph.notes)
            )
            notes = tuple(replace(n, at=a) for n, a in zip(paragraph.notes, at, strict=True))
            paragraphs.append(replace(paragraph, text=text, notes=notes))
        title = without_struck_marks(chapter.title)
        result.append(replace(chapter, title=title, paragraphs=tuple(paragraphs)))
    return result
