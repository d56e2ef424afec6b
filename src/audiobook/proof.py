"""Proof-listening: hear a built book back and flag what was not said.

A human proof-listener follows the script while the audio plays and notes
where words are missing, cut off or garbled, or where a chapter plays the
wrong audio. This does the same offline, with two kinds of evidence:

- the audio's timing, which needs no words: every chapter file named in
  `manifest.json` is decoded to 16 kHz mono, and each segment's span (its
  times in the manifest) must hold speech from its start to its end, with
  quiet in the pauses around it, and the file must be as long as the
  manifest says. A build places every clip exactly (speech starts within
  tens of milliseconds of a span's start), so audio that does not fit its
  spans is not the audio built for them — a swapped, shifted or cut chapter
  shows here whatever its language;
- the words: for an English book each segment's span is transcribed with
  pocketsphinx's bundled US English model and dictionary, with a language
  model built from the book's own spoken text (a small trigram model, made
  in memory per run), and aligned with the words the segment should say.
  Correct narration is recognised with few errors; audio that says something
  else shows as substituted words. A subtle mispronunciation is not caught —
  this finds production faults, not a narrator's slips. For a book in
  another language there is no model: the words are not checked, the report
  says so, and only the timing verdicts are given.

Each segment gets a verdict:
- "missing": its span is room tone (RMS below MISSING_DBFS);
- "truncated": its speech stops more than EDGE_MS before the span's end
  (never when every word was heard);
- "mistimed": its speech starts more than EDGE_MS after the span's start, or
  speech fills the pause after it: the audio is not where the manifest says;
- "garbled": its word error rate is above GARBLED_WER (at least MIN_WORDS
  words the recogniser knows);
- "unclear": the words differ, but the segment is too short to judge (a
  headword, a one-word heading): shown, not a fault;
- "ok" otherwise.

Reliability is judged per chapter against the book: the recogniser follows
the voice when the median chapter's word error rate is at most
UNRELIABLE_WER. Then a chapter far above that is itself a fault (its words
are not the ones heard: wrong audio), and the other chapters' verdicts stand.
When the median chapter is not followed, the voice is hard for the
recogniser: 'garbled' is not trusted anywhere, while the timing verdicts
still are.

`proof.json` is written into the output folder.
"""

from __future__ import annotations

import io
import json
import logging
import re
import statistics
import tempfile
import unicodedata
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Literal

import numpy as np

from audiobook.errors import AudiobookError, counted
from audiobook.files import atomic_path
from audiobook.publish.manifest import read_manifest
from audiobook.tools import run_ffmpeg

log = logging.getLogger(__name__)

RATE = 16_000  # what the acoustic model was trained on
MISSING_DBFS = -50.0  # a span this quiet holds room tone, not speech
VOICED_DBFS = -45.0  # a 10 ms frame this loud holds speech (room tone sits near -66)
FRAME_MS = 10
EDGE_MS = 250  # a built span's speech starts and ends within tens of ms of its edges
GAP_SPEECH_MS = 250  # this much speech in a pause between spans: audio out of step
LENGTH_SLACK_MS = 250  # a chapter file longer or shorter than this is not the one built
GARBLED_WER = 0.7  # correct narration stays below ~0.6 per segment, other words near 1.0
MIN_WORDS = 3  # fewer known words than this cannot tell a slip from other words
UNRELIABLE_WER = 0.8
PAD_MS = 100  # listen a little either side of a segment, so no word edge is cut

Status = Literal["ok", "missing", "truncated", "mistimed", "garbled", "unclear"]
FAULTS: frozenset[str] = frozenset({"missing", "truncated", "mistimed", "garbled"})
"""Verdicts that fail a book ('unclear' is shown, not counted)."""
TIMING: frozenset[str] = frozenset({"missing", "truncated", "mistimed"})
"""Verdicts that rest on the audio alone, trusted whether or not words are checked."""


@dataclass(frozen=True)
class SegmentProof:
    """One segment: where it is, what it should say, what was heard, the verdict."""

    index: int
    kind: str
    start_ms: int
    end_ms: int
    status: Status
    wer: float
    rms_db: float
    expected: str
    heard: str


@dataclass(frozen=True)
class ChapterProof:
    """A chapter file's verdicts and word error rate."""

    index: int
    title: str
    file: str
    words: int
    errors: int
    audible_words: int
    audible_errors: int
    segments: tuple[SegmentProof, ...]
    words_checked: bool = True
    problem: str = ""  # a fault of the whole chapter (wrong length, wrong words)
    fault: str = ""  # its name in a word or two: "missing file", "cut short", "wrong audio?"

    @property
    def wer(self) -> float:
        return round(self.errors / self.words, 3) if self.words else 0.0

    @property
    def audible_wer(self) -> float:
        """Word error rate over segments that hold speech: how well the recogniser follows."""
        return round(self.audible_errors / self.audible_words, 3) if self.audible_words else 0.0

    @property
    def flagged(self) -> tuple[SegmentProof, ...]:
        return tuple(s for s in self.segments if s.status != "ok")

    @property
    def judged(self) -> bool:
        """Enough speech heard to judge how well the recogniser follows this chapter."""
        return self.words_checked and self.audible_words >= 20


@dataclass(frozen=True)
class ProofReport:
    """What proof-listening found in a built book."""

    out_dir: Path
    recogniser: str
    chapters: tuple[ChapterProof, ...]
    recogniser_reliable: bool
    notes: tuple[str, ...] = field(default_factory=tuple)
    words_checked: bool = True

    @property
    def faults(self) -> tuple[tuple[ChapterProof, SegmentProof], ...]:
        """Flagged segments whose verdict can be trusted: the timing verdicts always,
        'garbled' only when the recogniser follows the voice."""
        return tuple(
            (c, s)
            for c in self.chapters
            for s in c.flagged
            if s.status in TIMING or (s.status in FAULTS and self.recogniser_reliable)
        )

    @property
    def chapter_faults(self) -> tuple[ChapterProof, ...]:
        """Chapters wrong as a whole: a file of another length, or other words throughout."""
        return tuple(c for c in self.chapters if c.problem)

    @property
    def ok(self) -> bool:
        return not self.faults and not self.chapter_faults

    def to_dict(self) -> dict:
        return {
            "recogniser": self.recogniser,
            "recogniser_reliable": self.recogniser_reliable,
            "words_checked": self.words_checked,
            "notes": list(self.notes),
            "ok": self.ok,
            "faults": len(self.faults) + len(self.chapter_faults),
            "chapters": [
                {
                    "index": c.index,
                    "title": c.title,
                    "file": c.file,
                    "words": c.words,
                    "wer": c.wer,
                    "audible_wer": c.audible_wer,
                    "flagged": len(c.flagged),
                    "words_checked": c.words_checked,
                    "problem": c.problem,
                    "fault": (c.fault or "wrong audio?") if c.problem else "",
                    "segments": [asdict(s) for s in c.segments],
                }
                for c in self.chapters
            ],
        }


def proof(
    out_dir: Path,
    *,
    chapters: list[int] | None = None,
    on_chapter: Callable[[ChapterProof], None] | None = None,
) -> ProofReport:
    """Proof-listen the book built in `out_dir` (all chapters, or those numbered)."""
    manifest = read_manifest(out_dir)
    rows = manifest.get("chapters", [])
    if chapters is not None:
        known = {row.get("index") for row in rows}
        unknown = sorted(set(chapters) - known)
        if unknown:
            raise AudiobookError(
                f"{out_dir}: no chapter {', '.join(map(str, unknown))}; "
                f"chapters are {', '.join(str(i) for i in sorted(known))}"
            )
        rows = [row for row in rows if row.get("index") in set(chapters)]
    language = str(manifest.get("language") or "en")
    words_checked = _has_model(language)
    recogniser: _Recogniser | None = None
    if words_checked:
        texts = [seg.get("spoken", "") for row in rows for seg in row.get("segments", [])]
        recogniser = _Recogniser(texts)
    results = []
    for row in rows:
        result = _proof_chapter(out_dir, row, recogniser)
        log.info("proof: chapter %d '%s' WER %.2f", result.index, result.title, result.wer)
        if on_chapter:
            on_chapter(result)
        results.append(result)
    notes = []
    reliable = words_checked
    if not words_checked:
        notes.append(
            f"words not checked: no recogniser for {language}; only the audio was checked "
            "(each segment present, not silent, not cut, in its place; each file's length)"
        )
    judged = [c for c in results if c.judged]
    if judged:
        typical = statistics.median(c.audible_wer for c in judged)
        if typical > UNRELIABLE_WER:
            reliable = False
            notes.append(
                f"the recogniser cannot follow this voice (word error rate {typical:.2f} in the "
                "median chapter): only the 'missing' verdicts and the others that rest on the "
                "audio's timing are trustworthy; 'garbled' is not"
            )
        else:
            results = [
                replace(
                    c,
                    problem=c.problem
                    or f"other words than this chapter's were heard (word error rate "
                    f"{c.audible_wer:.2f}, the book's median {typical:.2f}): wrong audio?",
                )
                if c.judged and c.audible_wer > UNRELIABLE_WER
                else c
                for c in results
            ]
    name = recogniser.name if recogniser else "none (words not checked)"
    report = ProofReport(
        out_dir, name, tuple(results), reliable, tuple(notes), words_checked=words_checked
    )
    with atomic_path(out_dir / "proof.json") as tmp:
        tmp.write_text(json.dumps(report.to_dict(), indent=2) + "\n", encoding="utf-8")
    return report


def _has_model(language: str) -> bool:
    """Whether the recogniser has a model for the book's language (US English only)."""
    return language.lower().replace("_", "-").split("-")[0] == "en"


def _proof_chapter(out_dir: Path, row: dict, recogniser: _Recogniser | None) -> ChapterProof:
    file = out_dir / row["file"]
    if not file.is_file():  # a fault of the book, like a silent one: the others are proofed
        return ChapterProof(
            index=int(row.get("index", 0)), title=str(row.get("title", "")),
            file=str(row["file"]), words=0, errors=0, audible_words=0, audible_errors=0,
            segments=(), words_checked=False, fault="missing file",
            problem="the chapter file named in manifest.json is not in the folder",
        )  # fmt: skip
    raw = run_ffmpeg(
        ["-i", str(file), "-ac", "1", "-ar", str(RATE), "-f", "s16le", "-acodec", "pcm_s16le", "-"],
        what=f"decoding {file.name} for proof-listening",
    )
    pcm = np.frombuffer(raw, dtype="<i2")
    per_ms = RATE // 1000
    voiced = voiced_frames(pcm)
    rows = row.get("segments", [])
    segments = []
    words = errors = audible_words = audible_errors = 0
    for number, seg in enumerate(rows, 1):
        start, end = int(seg["start_ms"]), int(seg["end_ms"])
        level = rms_db(pcm[start * per_ms : end * per_ms])
        expected = normalise(seg.get("spoken", ""))
        span = pcm[max(0, start - PAD_MS) * per_ms : (end + PAD_MS) * per_ms]
        heard: list[str] = []
        if level < MISSING_DBFS:
            status: Status = "missing"
            wrong = len(expected)
        else:
            before = int(rows[number - 2]["end_ms"]) if number > 1 else 0
            # the pause after a span is the next one's pause before; the last's runs to the end
            after = None if number < len(rows) else len(pcm) // per_ms
            timing = _timing(voiced, start, end, before, after)
            wrong = 0
            alignment = None
            if recogniser is not None:
                heard = recogniser.transcribe(span)
                alignment = align(expected, heard, recogniser.knows)
                wrong = alignment.errors
                audible_words += len(expected)
                audible_errors += wrong
            status = timing or _verdict(expected, alignment, recogniser)
            if status == "truncated" and alignment is not None and expected and not wrong:
                status = "ok"  # every word was heard: whatever is quiet, nothing is cut
        words += len(expected)
        errors += wrong
        segments.append(
            SegmentProof(
                index=number,
                kind=str(seg.get("kind", "")),
                start_ms=start,
                end_ms=end,
                status=status,
                wer=round(wrong / len(expected), 3) if expected else 0.0,
                rms_db=round(level, 1),
                expected=" ".join(expected),
                heard=" ".join(heard),
            )
        )
    problem = fault = ""
    length = len(pcm) // per_ms
    if "start_ms" in row and "end_ms" in row:
        built = int(row["end_ms"]) - int(row["start_ms"])
        if length < built - LENGTH_SLACK_MS and _cut_short(segments, length):
            fault = "cut short"
            problem = (
                f"the file stops at {_clock(length)} of the {_clock(built)} built: cut short "
                "(a copy or download that did not finish?); build or copy it again"
            )
        elif abs(length - built) > LENGTH_SLACK_MS:
            problem = (
                f"the file lasts {_clock(length)}, the chapter built lasts {_clock(built)}: "
                "not this chapter's audio?"
            )
    return ChapterProof(
        index=int(row.get("index", 0)),
        title=str(row.get("title", "")),
        file=str(row["file"]),
        words=words,
        errors=errors,
        audible_words=audible_words,
        audible_errors=audible_errors,
        segments=tuple(segments),
        words_checked=recogniser is not None,
        problem=problem,
        fault=fault,
    )


def _cut_short(segments: list[SegmentProof], length_ms: int) -> bool:
    """A file shorter than built whose audio is this chapter's up to where it stops:
    the segments wholly before its end are in place (another chapter's audio would not
    fit their spans), so it is this chapter cut off, not other audio."""
    before = [s for s in segments if s.end_ms <= length_ms]
    if not before:
        return False
    placed = sum(s.status not in TIMING for s in before)
    return placed >= 0.8 * len(before)


def voiced_frames(pcm: np.ndarray) -> np.ndarray:
    """Which FRAME_MS frames of int16 samples hold speech (level above VOICED_DBFS)."""
    size = RATE // 1000 * FRAME_MS
    n = len(pcm) // size
    x = pcm[: n * size].astype(np.float64).reshape(n, size) / 32768.0
    return 10 * np.log10(np.mean(x * x, axis=1) + 1e-12) > VOICED_DBFS


def _timing(
    voiced: np.ndarray, start: int, end: int, before: int, after: int | None
) -> Status | None:
    """A verdict from where the speech sits, or None when it fits its span.

    `before` is the end of the previous span (0 for the first): the pause between
    must be quiet; so must the file's tail after the last span (`after`, its end)."""
    a, b = start // FRAME_MS, max(start // FRAME_MS + 1, end // FRAME_MS)
    inside = np.flatnonzero(voiced[a:b])
    if len(inside) == 0:
        return None  # quiet but above room tone: the level verdicts decide
    margin = 50 // FRAME_MS  # a word's edge may reach just past the span
    pause = voiced[max(0, before // FRAME_MS + margin) : max(0, a - margin)]
    following = voiced[b + margin : max(b + margin, (after or 0) // FRAME_MS - margin)]
    if inside[0] * FRAME_MS > EDGE_MS or int(pause.sum()) * FRAME_MS > GAP_SPEECH_MS:
        return "mistimed"
    if (b - a - 1 - inside[-1]) * FRAME_MS > EDGE_MS:
        return "truncated"
    if int(following.sum()) * FRAME_MS > GAP_SPEECH_MS:
        return "mistimed"
    return None


def _verdict(
    expected: list[str], alignment: Alignment | None, recogniser: _Recogniser | None
) -> Status:
    """The words' verdict (the timing already fits): garbled, unclear or ok."""
    if not expected or alignment is None or recogniser is None:
        return "ok"
    if alignment.errors / len(expected) <= GARBLED_WER:
        return "ok"
    known = sum(1 for w in expected if recogniser.knows(w))
    return "garbled" if known >= MIN_WORDS else "unclear"


def rms_db(pcm: np.ndarray) -> float:
    """RMS of int16 samples in dBFS (−120 for nothing)."""
    if len(pcm) == 0:
        return -120.0
    x = pcm.astype(np.float64) / 32768.0
    return float(max(-120.0, 10 * np.log10(float(np.mean(x * x)) + 1e-12)))


_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)*")


def normalise(text: str) -> list[str]:
    """Lower-case words without punctuation, in any script; hyphenated words are split.

    Letters outside ASCII are kept whole ("köynnöksiä", "café"), so a word is
    never cut into fragments that land in the dictionary by chance."""
    text = unicodedata.normalize("NFC", text).lower().replace("’", "'").replace("‘", "'")
    return _WORD.findall(text)


@dataclass(frozen=True)
class Alignment:
    """Edit distance between expected and heard words, and which expected words were heard."""

    errors: int
    matched: tuple[int, ...]


def align(expected: list[str], heard: list[str], knows: Callable[[str], bool]) -> Alignment:
    """Word-level edit distance (O(n·m) over one segment's words).

    A word the recogniser's dictionary lacks can never be heard as itself: it
    counts as no error and may absorb whatever the recogniser made of it.
    """
    n, m = len(expected), len(heard)
    wild = [not knows(w) for w in expected]
    inf = n + m + 1
    cost = np.full((n + 1, m + 1), inf, dtype=np.int32)
    cost[0, :] = np.arange(m + 1)
    for i in range(1, n + 1):
        cost[i, 0] = cost[i - 1, 0] + (0 if wild[i - 1] else 1)
        for j in range(1, m + 1):
            if wild[i - 1]:
                best = min(cost[i - 1, j - 1], cost[i - 1, j], cost[i, j - 1])
            else:
                same = expected[i - 1] == heard[j - 1]
                best = min(
                    cost[i - 1, j - 1] + (0 if same else 1),
                    cost[i - 1, j] + 1,
                    cost[i, j - 1] + 1,
                )
            cost[i, j] = best
    matched = []
    i, j = n, m
    while i > 0 and j > 0:
        here = cost[i, j]
        if wild[i - 1]:
            if cost[i - 1, j - 1] == here:
                i, j = i - 1, j - 1
            elif cost[i - 1, j] == here:
                i -= 1
            else:
                j -= 1
            continue
        same = expected[i - 1] == heard[j - 1]
        if cost[i - 1, j] + 1 == here:  # on a tie, an expected word was not heard:
            i -= 1  # matches then sit as early as they can, and a cut-off shows as one
        elif cost[i - 1, j - 1] + (0 if same else 1) == here:
            if same:
                matched.append(i - 1)
            i, j = i - 1, j - 1
        else:
            j -= 1
    return Alignment(int(cost[n, m]), tuple(sorted(matched)))


class _Recogniser:
    """pocketsphinx with its bundled English model and a language model of the book."""

    def __init__(self, texts: list[str]) -> None:
        try:
            import pocketsphinx
        except ImportError:
            raise AudiobookError(
                "proof-listening needs pocketsphinx (pip install -e '.[proof]')"
            ) from None
        self._decoder = pocketsphinx.Decoder(samprate=RATE, loglevel="FATAL", lm=None)
        self._known: dict[str, bool] = {}
        lines = [" ".join(w for w in normalise(t) if self.knows(w)) for t in texts]
        with tempfile.TemporaryDirectory(prefix="audiobook-proof-") as tmp:
            lm_path = Path(tmp) / "book.lm"
            lm_path.write_text(_arpa([line for line in lines if line]), encoding="utf-8")
            self._decoder.add_lm_file("book", str(lm_path))
        self._decoder.activate_search("book")
        from importlib.metadata import version

        self.name = f"pocketsphinx {version('pocketsphinx')} (en-us model, book language model)"

    def knows(self, word: str) -> bool:
        if word not in self._known:
            self._known[word] = self._decoder.lookup_word(word) is not None
        return self._known[word]

    def transcribe(self, pcm: np.ndarray) -> list[str]:
        decoder = self._decoder
        decoder.start_utt()
        decoder.process_raw(pcm.astype("<i2").tobytes(), full_utt=True)
        decoder.end_utt()
        hyp = decoder.hyp()
        words = hyp.hypstr.split() if hyp is not None else []
        return [re.sub(r"\(\d+\)$", "", w) for w in words if not w.startswith(("<", "["))]


def _arpa(lines: list[str]) -> str:
    """A trigram ARPA language model of `lines` (pocketsphinx's own builder)."""
    from pocketsphinx.lm import ArpaBoLM

    if not lines:
        lines = ["the"]
    model = ArpaBoLM(text="\n".join(lines), add_start=True, discount_mass=0.5)
    model.compute()
    out = io.StringIO()
    model.write(out)
    return out.getvalue()


def format_table(report: ProofReport):  # type: ignore[no-untyped-def]
    """A rich Table for the CLI: one row per chapter, then one per flagged segment."""
    from rich.markup import escape
    from rich.table import Table

    faults = len(report.faults) + len(report.chapter_faults)
    if not report.ok:
        verdict = f"{counted(faults, 'fault')} to check"
    elif not report.words_checked:
        verdict = "every segment's audio in place (words not checked)"
    elif any(s.status in FAULTS for c in report.chapters for s in c.flagged):
        verdict = "no missing audio (other verdicts are unreliable for this voice)"
    else:
        unclear = sum(1 for c in report.chapters for s in c.flagged if s.status == "unclear")
        verdict = "every segment heard" + (
            f" ({unclear} too short to judge, listed)" if unclear else ""
        )
    notes = "; ".join(report.notes)
    table = Table(title=f"Proof-listening: {verdict}", caption=escape(notes) if notes else None)
    for column in ("chapter", "segment", "time", "verdict", "WER", "expected / heard"):
        table.add_column(column)
    colours = {
        "missing": "red", "truncated": "red", "mistimed": "red", "garbled": "yellow",
        "unclear": "dim",
    }
    for chapter in report.chapters:
        marks = chapter.flagged
        summary = "[green]ok" if not marks else f"[red]{len(marks)} flagged"
        if chapter.problem:
            summary = f"[red]{escape(chapter.fault or 'wrong audio?')}"
        table.add_row(
            escape(f"{chapter.index} {chapter.title}"),
            "",
            "",
            summary,
            f"{chapter.wer:.2f}" if chapter.words_checked else "–",
            escape(chapter.file) + (f"\n[red]{escape(chapter.problem)}" if chapter.problem else ""),
        )
        for seg in marks:
            colour = colours.get(seg.status, "white")
            said, heard = (
                _clip(t, tail=seg.status == "truncated") for t in (seg.expected, seg.heard)
            )
            table.add_row(
                "",
                str(seg.index),
                f"{_clock(seg.start_ms)}–{_clock(seg.end_ms)}",
                f"[{colour}]{seg.status}",
                f"{seg.wer:.2f}" if chapter.words_checked else "–",
                f"{said}\n[dim]{heard or '(nothing)'}",
            )
    return table


def _clip(text: str, *, tail: bool) -> str:
    """At most 60 characters: the end of the text when the end is what matters."""
    if len(text) <= 60:
        return text
    return "…" + text[-57:] if tail else text[:57] + "…"


def _clock(ms: int) -> str:
    seconds = ms / 1000
    return f"{int(seconds // 60)}:{seconds % 60:04.1f}"
