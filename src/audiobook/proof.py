"""Proof-listening: hear a built book back and flag what was not said.

A human proof-listener follows the script while the audio plays and notes
where words are missing, cut off or garbled. This does the same offline:
every chapter file named in `manifest.json` is decoded to 16 kHz mono, each
segment's span (its times in the manifest) is transcribed with pocketsphinx's
bundled US English acoustic model and dictionary, and the words heard are
aligned with the words the segment should say (its `spoken` text).

The language model is built from the book's own spoken text (a small trigram
model, made in memory per run), so the recogniser expects the book's words in
the book's order: correct narration is recognised with few errors, while
audio that says nothing, stops early or says something else still shows as
missing, deleted or substituted words. The price: a subtle mispronunciation
is not caught — this finds production faults, not a narrator's slips.

Each segment gets a verdict:
- "missing": its span is room tone (RMS below MISSING_DBFS), whatever the
  recogniser makes of it;
- "truncated": only the beginning of its words was heard;
- "garbled": its word error rate is above GARBLED_WER;
- "ok" otherwise.

When a chapter's word error rate over its audible segments is above
UNRELIABLE_WER, the recogniser cannot follow this voice: the report says so
(`recogniser_reliable: false`), and only the "missing" verdicts, which rest on
the audio level, should be trusted.

`proof.json` is written into the output folder.
"""

from __future__ import annotations

import io
import json
import logging
import re
import tempfile
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Literal

import numpy as np

from audiobook.errors import AudiobookError
from audiobook.files import atomic_path
from audiobook.publish.manifest import read_manifest
from audiobook.tools import run_ffmpeg

log = logging.getLogger(__name__)

RATE = 16_000  # what the acoustic model was trained on
MISSING_DBFS = -50.0  # a span this quiet holds room tone, not speech
GARBLED_WER = 0.5
TRUNCATED_SHARE = 0.6  # heard words end within the first 60% of the expected ones
UNRELIABLE_WER = 0.8
PAD_MS = 100  # listen a little either side of a segment, so no word edge is cut

Status = Literal["ok", "missing", "truncated", "garbled"]


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


@dataclass(frozen=True)
class ProofReport:
    """What proof-listening found in a built book."""

    out_dir: Path
    recogniser: str
    chapters: tuple[ChapterProof, ...]
    recogniser_reliable: bool
    notes: tuple[str, ...] = field(default_factory=tuple)

    @property
    def faults(self) -> tuple[tuple[ChapterProof, SegmentProof], ...]:
        """Flagged segments whose verdict can be trusted: every verdict when the
        recogniser follows the voice, else only 'missing' (which rests on the level)."""
        return tuple(
            (c, s)
            for c in self.chapters
            for s in c.flagged
            if self.recogniser_reliable or s.status == "missing"
        )

    @property
    def ok(self) -> bool:
        return not self.faults

    def to_dict(self) -> dict:
        return {
            "recogniser": self.recogniser,
            "recogniser_reliable": self.recogniser_reliable,
            "notes": list(self.notes),
            "ok": self.ok,
            "faults": len(self.faults),
            "chapters": [
                {
                    "index": c.index,
                    "title": c.title,
                    "file": c.file,
                    "words": c.words,
                    "wer": c.wer,
                    "audible_wer": c.audible_wer,
                    "flagged": len(c.flagged),
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
    texts = [seg.get("spoken", "") for row in rows for seg in row.get("segments", [])]
    recogniser = _Recogniser(texts)
    results = []
    for row in rows:
        result = _proof_chapter(out_dir, row, recogniser)
        log.info("proof: chapter %d '%s' WER %.2f", result.index, result.title, result.wer)
        if on_chapter:
            on_chapter(result)
        results.append(result)
    hard = [c for c in results if c.audible_words >= 20 and c.audible_wer > UNRELIABLE_WER]
    notes = []
    if hard:
        worst = max(c.audible_wer for c in hard)
        notes.append(
            f"the recogniser cannot follow this voice (word error rate up to {worst:.2f} in "
            f"{len(hard)} chapter(s)): only the 'missing' verdicts, which rest on the audio "
            "level, are trustworthy; 'garbled' and 'truncated' are not"
        )
    report = ProofReport(out_dir, recogniser.name, tuple(results), not hard, tuple(notes))
    with atomic_path(out_dir / "proof.json") as tmp:
        tmp.write_text(json.dumps(report.to_dict(), indent=2) + "\n", encoding="utf-8")
    return report


def _proof_chapter(out_dir: Path, row: dict, recogniser: _Recogniser) -> ChapterProof:
    file = out_dir / row["file"]
    if not file.is_file():
        raise AudiobookError(f"{file}: chapter file named in manifest.json is missing")
    raw = run_ffmpeg(
        ["-i", str(file), "-ac", "1", "-ar", str(RATE), "-f", "s16le", "-acodec", "pcm_s16le", "-"],
        what=f"decoding {file.name} for proof-listening",
    )
    pcm = np.frombuffer(raw, dtype="<i2")
    per_ms = RATE // 1000
    segments = []
    words = errors = audible_words = audible_errors = 0
    for number, seg in enumerate(row.get("segments", []), 1):
        start, end = int(seg["start_ms"]), int(seg["end_ms"])
        level = rms_db(pcm[start * per_ms : end * per_ms])
        expected = normalise(seg.get("spoken", ""))
        span = pcm[max(0, start - PAD_MS) * per_ms : (end + PAD_MS) * per_ms]
        if level < MISSING_DBFS:
            heard: list[str] = []
            status: Status = "missing"
            wrong = len(expected)
        else:
            heard = recogniser.transcribe(span)
            alignment = align(expected, heard, recogniser.knows)
            wrong = alignment.errors
            status = _verdict(expected, alignment)
            audible_words += len(expected)
            audible_errors += wrong
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
    return ChapterProof(
        index=int(row.get("index", 0)),
        title=str(row.get("title", "")),
        file=str(row["file"]),
        words=words,
        errors=errors,
        audible_words=audible_words,
        audible_errors=audible_errors,
        segments=tuple(segments),
    )


def _verdict(expected: list[str], alignment: Alignment) -> Status:
    if not expected:
        return "ok"
    n = len(expected)
    matched = alignment.matched
    if n >= 4 and len(matched) >= 2:
        heard_to = max(matched) + 1  # the words up to the last one heard …
        if heard_to <= TRUNCATED_SHARE * n and len(matched) >= heard_to / 2:
            return "truncated"  # … were mostly heard, and nothing after them
    if alignment.errors / n > GARBLED_WER:
        return "garbled"
    return "ok"


def rms_db(pcm: np.ndarray) -> float:
    """RMS of int16 samples in dBFS (−120 for nothing)."""
    if len(pcm) == 0:
        return -120.0
    x = pcm.astype(np.float64) / 32768.0
    return float(max(-120.0, 10 * np.log10(float(np.mean(x * x)) + 1e-12)))


_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)*")


def normalise(text: str) -> list[str]:
    """Lower-case words without punctuation; hyphenated words are split."""
    text = text.lower().replace("’", "'").replace("‘", "'")
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

    if not report.ok:
        verdict = f"{len(report.faults)} segment(s) to check"
    elif any(c.flagged for c in report.chapters):
        verdict = "no missing audio (other verdicts are unreliable for this voice)"
    else:
        verdict = "every segment heard"
    notes = "; ".join(report.notes)
    table = Table(title=f"Proof-listening: {verdict}", caption=escape(notes) if notes else None)
    for column in ("chapter", "segment", "time", "verdict", "WER", "expected / heard"):
        table.add_column(column)
    colours = {"missing": "red", "truncated": "red", "garbled": "yellow"}
    for chapter in report.chapters:
        marks = chapter.flagged
        summary = "[green]ok" if not marks else f"[red]{len(marks)} flagged"
        table.add_row(
            escape(f"{chapter.index} {chapter.title}"),
            "",
            "",
            summary,
            f"{chapter.wer:.2f}",
            escape(chapter.file),
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
                f"{seg.wer:.2f}",
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
