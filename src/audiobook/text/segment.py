"""Stage 2, segment: chapters → utterances the engine speaks, each with its pause.

Paragraphs split into narration and quoted speech (`dialogue.py`), each read
by its voice: a character in the book's `[cast]` speaks in the profile named
there. Then sentences (pysbd, which handles abbreviations, initials, decimals
and quotes); a sentence longer than the engine handles well is split at a
clause boundary, else between words. Every segment carries the pause that
follows it, from `[pauses]` in book.toml. The first chapter opens with the
credits, each chapter with its spoken title, and the last closes with "The end".
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import replace

from audiobook.config import BookConfig
from audiobook.errors import ManuscriptError
from audiobook.models import Chapter, Manuscript, Note, Paragraph, ScriptChapter, Segment
from audiobook.text.dialogue import dialogue_paragraphs
from audiobook.text.normalize import spoken_title, to_spoken

# Opening and closing credits in the book's language (English for any other).
CREDITS = {
    "en": (
        "{title}. Written by {author}. Narrated by {narrator}.",
        "The end. {title} was written by {author}, and narrated by {narrator}.",
    ),
    "ru": ("{title}. Автор: {author}. Читает: {narrator}.", "Конец. {title}. Автор: {author}."),
    "de": (
        "{title}. Geschrieben von {author}. Gelesen von {narrator}.",
        "Ende. {title} wurde geschrieben von {author} und gelesen von {narrator}.",
    ),
    "fr": (
        "{title}. Écrit par {author}. Lu par {narrator}.",
        "Fin. {title}, écrit par {author}, lu par {narrator}.",
    ),
    "es": (
        "{title}. Escrito por {author}. Narrado por {narrator}.",
        "Fin. {title}, escrito por {author}, narrado por {narrator}.",
    ),
}

# How a narrator introduces notes ([notes] mode): a chapter's notes, and one note.
NOTES_INTRO = {
    "en": ("Notes to {title}.", "Note {label}."),
    "ru": ("Примечания к разделу «{title}».", "Примечание {label}."),
    "de": ("Anmerkungen zu {title}.", "Anmerkung {label}."),
    "fr": ("Notes de {title}.", "Note {label}."),
    "es": ("Notas de {title}.", "Nota {label}."),
}

MAX_SEGMENT_CHARS = 300  # espeak speaks longer text fine, but shorter segments retry cheaply

_WORD = re.compile(r"\w+")
_SENTENCE_END = re.compile(r"[.!?…][\"'”’»)\]]*$")


@functools.cache
def _segmenter(language: str):  # type: ignore[no-untyped-def]
    import pysbd
    from pysbd.languages import LANGUAGE_CODES

    code = language.split("-")[0].lower()
    return pysbd.Segmenter(language=code if code in LANGUAGE_CODES else "en", clean=False)


def sentences(paragraph: str, language: str = "en") -> list[str]:
    """Split a paragraph into sentences without losing or reordering a character."""
    parts = _segmenter(language).segment(paragraph)
    if "".join(parts) != paragraph:  # pysbd promises this with clean=False; hold it to it
        parts = re.findall(r"[^.!?…]+(?:[.!?…]+[\"'”’)\]]*\s*|$)", paragraph) or [paragraph]
    return [p.strip() for p in parts if p.strip()]


def split_long(sentence: str, limit: int = MAX_SEGMENT_CHARS) -> list[str]:
    """Pieces of at most `limit` characters: cut after a clause mark, else at a space."""
    pieces: list[str] = []
    rest = sentence.strip()
    while len(rest) > limit:
        window = rest[: limit + 1]
        cut = max((m.end() for m in re.finditer(r"[,;:—–)](?=\s)|\s[—–-]\s", window)), default=0)
        if cut < limit // 3:
            cut = window.rfind(" ")
        if cut <= 0:
            cut = limit  # one unbroken "word" longer than the limit: no better place exists
        pieces.append(rest[:cut].strip())
        rest = rest[cut:].strip()
    if rest:
        pieces.append(rest)
    return pieces


def words(text: str) -> list[str]:
    """The words of a text, for proving nothing was lost, doubled or reordered."""
    return [w.casefold() for w in _WORD.findall(text)]


MAX_FILE_MINUTES = 120  # ACX: no file longer than two hours
PART_MINUTES = 100  # aim below the limit: the estimate is only an estimate


def estimate_minutes(chapter: Chapter, config: BookConfig, wpm: int = 155) -> float:
    """Spoken length of a chapter: its words at the narrator's pace, plus pauses."""
    count = sum(len(words(p.text)) for p in chapter.paragraphs)
    sentences_guess = sum(max(1, p.text.count(". ")) for p in chapter.paragraphs)
    pause_ms = (
        sentences_guess * config.pauses.sentence_ms
        + len(chapter.paragraphs) * config.pauses.paragraph_ms
    )
    return count / wpm + pause_ms / 60_000


def split_long_chapters(
    chapters: tuple[Chapter, ...], config: BookConfig, wpm: int = 155
) -> tuple[Chapter, ...]:
    """Split chapters too long for one file at paragraph boundaries: "Title (part 2)"."""
    result: list[Chapter] = []
    for chapter in chapters:
        if estimate_minutes(chapter, config, wpm) <= MAX_FILE_MINUTES - 10:
            result.append(chapter)
            continue
        parts: list[list[Paragraph]] = [[]]
        for paragraph in chapter.paragraphs:
            trial = Chapter(chapter.title, (*parts[-1], paragraph))
            if parts[-1] and estimate_minutes(trial, config, wpm) > PART_MINUTES:
                parts.append([])
            parts[-1].append(paragraph)
        for number, paragraphs in enumerate(parts, 1):
            result.append(Chapter(f"{chapter.title} (part {number})", tuple(paragraphs)))
    return tuple(result)


def segment(manuscript: Manuscript, config: BookConfig) -> tuple[ScriptChapter, ...]:
    """Turn the manuscript into chapters of segments, credits included."""
    manuscript = replace(manuscript, chapters=split_long_chapters(manuscript.chapters, config))
    pauses = config.pauses
    lang = manuscript.language
    lexicon = config.pronounce
    voice = config.voice
    narrator = config.narrator
    cast = config.cast  # character → voice profile
    last_speaker: str | None = None
    inline = config.notes.mode == "inline"
    chapters: list[ScriptChapter] = []
    last = len(manuscript.chapters) - 1
    for index, chapter in enumerate(manuscript.chapters):
        segs: list[Segment] = []
        opening, ending = CREDITS.get(lang.split("-")[0].lower(), CREDITS["en"])
        if index == 0:
            credits = opening.format(
                title=manuscript.title, author=manuscript.author, narrator=narrator
            )
            segs.append(
                Segment(
                    "credits", credits, to_spoken(credits, lang, lexicon), voice, pauses.credits_ms
                )
            )
        segs.append(
            Segment(
                "heading",
                chapter.title,
                spoken_title(chapter.title, lang),
                voice,
                pauses.heading_ms,
            )
        )
        spans = dialogue_paragraphs([p.text for p in chapter.paragraphs], cast, language=lang)
        for p_index, (paragraph, paragraph_spans) in enumerate(
            zip(chapter.paragraphs, spans, strict=True)
        ):
            position = 0
            pending = list(paragraph.notes)
            if paragraph.scene_break_before and segs and segs[-1].kind == "text":
                segs[-1] = _with_pause(segs[-1], pauses.scene_break_ms)
            for span in paragraph_spans:
                span_voice = voice
                if span.speech:
                    who = span.speaker
                    if who is None and config.unattributed_dialogue == "last":
                        who = last_speaker
                    last_speaker = span.speaker or last_speaker
                    span_voice = cast.get(who, voice) if who else voice
                for sentence in sentences(span.text, lang):
                    pieces = split_long(sentence)
                    for c_index, piece in enumerate(pieces):
                        ends = c_index == len(pieces) - 1 and _SENTENCE_END.search(piece)
                        pause = pauses.sentence_ms if ends else pauses.clause_ms
                        spoken = to_spoken(piece, lang, lexicon)
                        segs.append(Segment("text", piece, spoken, span_voice, pause, p_index))
                        found = paragraph.text.find(piece, position)
                        position = found + len(piece) if found >= 0 else position
                        if inline and ends:
                            due = [n for n in pending if n.at <= position]
                            pending = [n for n in pending if n.at > position]
                            segs.extend(_note_segments(due, lang, config, p_index))
            if inline and pending:
                segs.extend(_note_segments(pending, lang, config, p_index))
            if segs[-1].kind in ("text", "note"):
                segs[-1] = _with_pause(segs[-1], pauses.paragraph_ms)
        chapter_notes = [n for p in chapter.paragraphs for n in p.notes]
        if chapter_notes and config.notes.mode == "chapter-end":
            intro = NOTES_INTRO.get(lang.split("-")[0].lower(), NOTES_INTRO["en"])[0]
            title = spoken_title(chapter.title, lang)
            title = title[0].lower() + title[1:] if title.startswith("Chapter ") else title
            said = intro.format(title=title)
            segs.append(Segment("heading", said, to_spoken(said, lang, lexicon), voice,
                                pauses.heading_ms))  # fmt: skip
            segs.extend(_note_segments(chapter_notes, lang, config, -1))
        if index == last:
            segs[-1] = _with_pause(segs[-1], pauses.scene_break_ms)
            closing = ending.format(
                title=manuscript.title, author=manuscript.author, narrator=narrator
            )
            segs.append(Segment("credits", closing, to_spoken(closing, lang, lexicon), voice, 0))
        else:
            segs[-1] = _with_pause(segs[-1], 0)  # the tail's room tone follows
        segs = [s for s in segs if s.spoken.strip() or s.kind not in ("text", "note")]
        chapters.append(ScriptChapter(index + 1, chapter.title, tuple(segs)))
    audit_words(manuscript, chapters)
    return tuple(chapters)


def _note_segments(
    notes: list[Note], lang: str, config: BookConfig, paragraph: int
) -> list[Segment]:
    """Each note as the narrator reads it: "Note one." and then its sentences."""
    said = NOTES_INTRO.get(lang.split("-")[0].lower(), NOTES_INTRO["en"])[1]
    segs: list[Segment] = []
    for note in notes:
        label = note.label if any(ch.isalnum() for ch in note.label) else ""
        intro = said.format(label=label).replace(" .", ".")
        first = True
        for sentence in sentences(note.text, lang) or [""]:
            for piece in split_long(sentence):
                spoken = to_spoken(piece, lang, config.pronounce)
                if first:
                    spoken = f"{to_spoken(intro, lang, config.pronounce)} {spoken}"
                    first = False
                pause = config.pauses.sentence_ms
                segs.append(Segment("note", piece, spoken, config.voice, pause, paragraph))
        if segs:
            segs[-1] = _with_pause(segs[-1], config.pauses.paragraph_ms)
    return segs


def _with_pause(seg: Segment, pause_ms: int) -> Segment:
    return replace(seg, pause_after_ms=pause_ms)


def text_segments(chapters: tuple[ScriptChapter, ...] | list[ScriptChapter]) -> Iterator[Segment]:
    for chapter in chapters:
        yield from (s for s in chapter.segments if s.kind == "text")


def audit_words(manuscript: Manuscript, chapters: list[ScriptChapter]) -> None:
    """Prove every word of the manuscript is in the text segments, once, in order, and
    every note it carries in the note segments, once, in order of citation.

    What was deliberately left out (`Manuscript.omitted`) is no longer in the chapters.
    """
    body = [w for ch in manuscript.chapters for p in ch.paragraphs for w in words(p.text)]
    said = [w for s in text_segments(chapters) for w in words(s.text)]
    notes = [w for c in manuscript.chapters for p in c.paragraphs for n in p.notes
             for w in words(n.text)]  # fmt: skip
    read = [w for c in chapters for s in c.segments if s.kind == "note" for w in words(s.text)]
    for expected, got in ((body, said), (notes, read)):
        _compare(manuscript, expected, got)


def _compare(manuscript: Manuscript, expected: list[str], got: list[str]) -> None:
    if expected != got:
        at = next(
            (i for i, (a, b) in enumerate(zip(expected, got, strict=False)) if a != b),
            min(len(expected), len(got)),
        )
        context = " ".join(expected[max(0, at - 5) : at + 5])
        raise ManuscriptError(
            f"{manuscript.source}: internal check failed: segmenting lost or doubled words "
            f'near "{context}" (word {at + 1}); please report this manuscript'
        )
