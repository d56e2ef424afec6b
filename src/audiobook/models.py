"""The nouns of the pipeline: plain frozen dataclasses passed between stages.

ingest → Manuscript; segment → Script (chapters of Segments); synthesize →
`Speech` per segment (in the cache); assemble → ChapterAudio; master →
`audio.master.Mastered`; produce → ExportedChapter and BuildResult.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

import numpy as np

SegmentKind = Literal["credits", "heading", "text", "closing", "note"]


@dataclass(frozen=True)
class Note:
    """A footnote or endnote cited by a paragraph (see `text/notes.py`).

    `label` is the mark as printed ("1", "*"); `at` is where in the citing paragraph's
    text the mark stood, so a note can be read after the sentence that cites it.
    """

    label: str
    text: str
    at: int = -1


LINE_BREAK = "\u2028"
"""A line the author ended on purpose inside a paragraph: a line of verse, of an address,
of a letter's close. Readers put Unicode's LINE SEPARATOR there (a `<br>`, Markdown's
hard break, Word's line break, a plain-text line that ends short of the margin); the
segmenter ends a piece at it and pauses `pauses.line_ms`, as a narrator does at a verse
line's end. Lines wrapped at a margin are joined with spaces and carry no pause."""


@dataclass(frozen=True)
class Paragraph:
    """One paragraph of the manuscript, after encoding repair, with the notes it cites.
    Its text is one line, except for `LINE_BREAK`s where the author ended a line."""

    text: str
    scene_break_before: bool = False
    notes: tuple[Note, ...] = ()


@dataclass(frozen=True)
class Omission:
    """Text deliberately not read aloud, and why: the word audit accounts for it."""

    what: str
    why: str
    text: str = ""


@dataclass(frozen=True)
class Chapter:
    """A chapter as read: its title and its paragraphs."""

    title: str
    paragraphs: tuple[Paragraph, ...]


UNKNOWN_AUTHOR = "Unknown author"


@dataclass(frozen=True)
class Manuscript:
    """What ingest found: book metadata, chapters, and what it repaired.

    `author` is UNKNOWN_AUTHOR when neither book.toml nor the file names one:
    the tags may say so, the spoken credits never do.
    """

    title: str
    author: str
    language: str
    chapters: tuple[Chapter, ...]
    source: Path
    repairs: tuple[str, ...] = ()
    omitted: tuple[Omission, ...] = ()
    editor: str = ""  # an anthology's editor, credited when no author is known
    translator: str = ""  # a translation's translator, credited after the author
    self_translated: bool = False
    """The book says its author translated it ("Translated from the French by the Author"):
    the credits say "Translated by the author.", and `translator` holds the author's name
    for the tags. A translator who merely shares the author's name (a Gutenberg header
    naming the translator of Beethoven's letters as their author) is no such thing."""
    pronounce: tuple[tuple[str, str], ...] = ()
    """The book's own pronunciations (word, as said), from its pronunciation guide and the
    respellings after names ("Aoife (EE-fa)"): `text/pronounce.py`. book.toml's
    `[pronounce]` wins over them for the same word."""
    language_note: str = ""
    """Why `language` is not simply what the file declares ("vi (the text; the file says
    en-GB)"), shown by `plan`; empty when it is, or when book.toml set it."""


@dataclass(frozen=True)
class Segment:
    """One utterance for the engine, with the pause that follows it.

    `text` is the manuscript's words (for the manifest and the word audit);
    `spoken` is what the engine is given; `line_end` says the author ended a line
    after it (`LINE_BREAK`: verse), so the read-along text breaks the line there.
    """

    kind: SegmentKind
    text: str
    spoken: str
    voice: str
    pause_after_ms: int
    paragraph: int = -1
    line_end: bool = False


@dataclass(frozen=True)
class ScriptChapter:
    """A chapter ready to speak: its title, and its segments in order."""

    index: int
    title: str
    segments: tuple[Segment, ...]


@dataclass(frozen=True)
class SegmentTiming:
    """Where a segment sits in its chapter file, in milliseconds."""

    segment: Segment
    start_ms: int
    end_ms: int
    # (first character in `segment.spoken`, length, start in the chapter file, ms),
    # where the engine reports word boundaries
    words: tuple[tuple[int, int, int], ...] = ()


@dataclass(frozen=True)
class ChapterAudio:
    """A chapter's voice track (float32, -1..1) before mastering, with timings."""

    chapter: ScriptChapter
    samples: np.ndarray = field(repr=False)
    sample_rate: int
    timings: tuple[SegmentTiming, ...]

    @property
    def duration_ms(self) -> int:
        return round(1000 * len(self.samples) / self.sample_rate)


@dataclass(frozen=True)
class ExportedChapter:
    """A chapter file on disk and its place in the full book."""

    index: int
    title: str
    file: Path
    duration_ms: int
    timings: tuple[SegmentTiming, ...]
    loudness: dict[str, float] = field(default_factory=dict)


@dataclass(frozen=True)
class BuildResult:
    """What a build produced."""

    out_dir: Path
    chapters: tuple[ExportedChapter, ...]
    full_book: Path | None
    manifest: Path
    stats: dict[str, float] = field(default_factory=dict)
    warnings: tuple[str, ...] = ()  # segments kept going past (--keep-going), for the user
