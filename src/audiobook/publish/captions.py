"""Captions: WebVTT and SRT, one cue per sentence (the manuscript's words), per
chapter file and for the whole book; WebVTT cues carry the engine's word
timings where the words map one to one.

Times come from the manifest: chapter `start_ms`/`end_ms` place a chapter in
the full book, a segment's `start_ms`/`end_ms` place it in its chapter file.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path

from audiobook.publish.manifest import book_slug, chapters_of, clock, one_line, write_text


def vtt_time(ms: int) -> str:
    """WebVTT's `HH:MM:SS.mmm` (hours grow past 99 rather than wrap)."""
    return clock(ms, ".")


def srt_time(ms: int) -> str:
    """SubRip's `HH:MM:SS,mmm`."""
    return clock(ms, ",")


def vtt_escape(text: str) -> str:
    """Cue text for WebVTT: `&`, `<`, `>` become entities, so no cue holds `-->` or a tag."""
    return one_line(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def srt_escape(text: str) -> str:
    """Cue text for SRT, which has no escapes: keep the words, break any `-->`.

    A zero-width space inside the arrow keeps it looking the same while no
    parser can take the line for a timing line.
    """
    return one_line(text).replace("-->", "--\u200b>")


Cue = tuple[int, int, str, list[int]]  # start, end, text, word start times (may be empty)


def _cues(chapters: list[dict], offset: bool) -> list[Cue]:
    cues = []
    for chapter in chapters:
        base = int(chapter["start_ms"]) if offset else 0
        for seg in chapter.get("segments", []):
            if not one_line(seg.get("text", "")):
                continue
            times = _word_times(seg)
            cues.append(
                (base + int(seg["start_ms"]), base + int(seg["end_ms"]), seg["text"],
                 [base + t for t in times])
            )  # fmt: skip
    return cues


def _word_times(seg: Mapping) -> list[int]:
    """When each word of the manuscript text starts, from the engine's word marks.

    The marks point into the spoken form; they map one to one onto the
    manuscript's words only when normalising kept the word count (no number
    or abbreviation expanded). Otherwise the cue keeps sentence timing.
    """
    marks = seg.get("words") or []
    spoken = str(seg.get("spoken", ""))
    tokens = [(m.start(), m.end()) for m in re.finditer(r"\S+", spoken)]
    if not marks or len(tokens) != len(str(seg.get("text", "")).split()):
        return []
    times: list[int] = []
    last = int(seg["start_ms"])
    for start, end in tokens:  # espeak skips marks for some short words: they share the last
        hit = next((int(m[2]) for m in marks if start <= int(m[0]) < end), None)
        last = max(last, hit) if hit is not None else last
        times.append(last)
    return times


def _vtt(cues: list[Cue], title: str) -> str:
    out = ["WEBVTT", "", f"NOTE {vtt_escape(title)}", ""]
    for start, end, text, times in cues:
        words = text.split()
        if times and len(times) == len(words):
            # karaoke timing: a word after the first carries its start time when that is
            # later than the cue's start and the last time given, as WebVTT requires; a
            # word espeak marked with no time of its own ("the") goes with the one before
            parts, shown = [], start
            for i, (word, t) in enumerate(zip(words, times, strict=True)):
                if i and shown < t < end:
                    parts.append(f"<{vtt_time(t)}>{vtt_escape(word)}")
                    shown = t
                else:
                    parts.append(vtt_escape(word))
            body = " ".join(parts)
        else:
            body = vtt_escape(text)
        out += [f"{vtt_time(start)} --> {vtt_time(end)}", body, ""]
    return "\n".join(out)


def _srt(cues: list[Cue]) -> str:
    out = []
    for number, (start, end, text, _times) in enumerate(cues, start=1):
        out += [str(number), f"{srt_time(start)} --> {srt_time(end)}", srt_escape(text), ""]
    return "\r\n".join(out) + "\r\n"  # every cue, the last too, ends with a blank line


def write_captions(folder: Path, manifest: dict) -> list[Path]:
    """WebVTT and SRT captions, one cue per segment, for every chapter and the full book.

    Players pick up a caption file that shares the audio file's stem, so
    `NN Title.vtt` sits beside `NN Title.mp3` and `<slug>.vtt` beside the full
    book (its times offset by each chapter's start). Cues carry the
    manuscript's text, not the respelled `spoken` form, because that is what
    a reader expects to see.
    """
    chapters = chapters_of(manifest)
    title = str(manifest.get("title", ""))
    written = []
    jobs = [(Path(c["file"]).stem, [c], False) for c in chapters]
    jobs.append((book_slug(manifest), chapters, True))
    for stem, group, offset in jobs:
        cues = _cues(group, offset)
        written.append(write_text(folder / f"{stem}.vtt", _vtt(cues, title)))
        written.append(write_text(folder / f"{stem}.srt", _srt(cues)))
    return written
