"""The book-level outputs, written into the staging folder after the chapters:
the full-book MP3 with its chapter frames, manifest.json, qc.json, and the
formats listeners' apps and browsers read (M4B, captions, playlist, player).
"""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path

from mutagen.mp3 import MP3

from audiobook import __version__
from audiobook.audio import aac, mp3join
from audiobook.audio.qc import combine_levels
from audiobook.config import VoiceProfile
from audiobook.events import BuildEvent
from audiobook.keys import key_of
from audiobook.models import ExportedChapter, Manuscript
from audiobook.publish import m4b
from audiobook.publish.captions import write_captions
from audiobook.publish.context import OutputRun as Run
from audiobook.publish.manifest import book_slug
from audiobook.publish.playlist import write_cue, write_playlist
from audiobook.publish.tags import slug, tag_full_book
from audiobook.publish.webplayer import write_player


def full_book_name(manuscript: Manuscript) -> str:
    """The full-book MP3's file name, known before it is written (the manifest names it)."""
    return f"{slug(manuscript.title)}.mp3"


def write_full_book(run: Run, manuscript: Manuscript, chapters: list[ExportedChapter]) -> Path:
    """`<slug>.mp3`: the chapter files' frames joined, with CTOC/CHAP frames."""
    staging = run.staging
    name = full_book_name(manuscript)
    key = key_of([staging.state[c.file.name]["key"] for c in chapters])
    run.on_event(BuildEvent("full book", 0, 1))
    starts, position = [], 0
    for chapter in chapters:
        starts.append((chapter.title, position, position + chapter.duration_ms))
        position += chapter.duration_ms
    if staging.reuse(name, key) is None:
        dest = staging.path(name)
        mp3join.join([c.file for c in chapters], dest)  # frames copied, never re-encoded
        tag_full_book(dest, run.tags, starts)
        staging.record(name, key)
    run.on_event(BuildEvent("full book", 1, 1))
    return staging.path(name)


def write_manifest(
    run: Run,
    manuscript: Manuscript,
    chapters: list[ExportedChapter],
    full_book: Path | None,
    profiles: dict[str, VoiceProfile],
) -> tuple[Path, dict]:
    """manifest.json: every chapter and segment, its words and where it is heard; and
    the manifest as the book writers read it (parsed back from its text, once)."""
    position = 0
    rows = []
    for chapter in chapters:
        rows.append(
            {
                "index": chapter.index,
                "title": chapter.title,
                "file": chapter.file.name,
                "start_ms": position,
                "end_ms": position + chapter.duration_ms,
                "loudness": chapter.loudness,
                "segments": [
                    {
                        "kind": t.segment.kind,
                        "text": t.segment.text,
                        "spoken": t.segment.spoken,
                        "voice": t.segment.voice,
                        "start_ms": t.start_ms,
                        "end_ms": t.end_ms,
                        "paragraph": t.segment.paragraph,
                        "pause_ms": t.segment.pause_after_ms,
                        "words": [list(w) for w in t.words],
                    }
                    | ({"line_end": True} if t.segment.line_end else {})
                    for t in chapter.timings
                ],
            }
        )
        position += chapter.duration_ms
    manifest = {
        "title": manuscript.title,
        "author": manuscript.author,
        "narrator": run.config.narrator,
        **({"translator": manuscript.translator} if manuscript.translator else {}),
        "language": manuscript.language,
        "full_book": full_book.name if full_book else None,
        "duration_ms": position,
        "generator": f"audiobook {__version__}",
        "voices": {name: p.key() for name, p in profiles.items()},
        "repairs": list(manuscript.repairs),
        "notes_mode": run.config.notes.mode,
        "omitted": [  # deliberately not read: the word audit's account of the rest
            {"what": o.what, "why": o.why, "words": len(o.text.split()), "text": o.text}
            for o in manuscript.omitted
        ],
        "chapters": rows,
    }
    path = run.staging.path("manifest.json")
    text = json.dumps(manifest, indent=2, ensure_ascii=False) + "\n"
    path.write_text(text, encoding="utf-8")
    return path, json.loads(text)


def write_qc(
    run: Run,
    chapters: list[ExportedChapter],
    full_book: Path | None,
    sample: Path | None,
    warnings: tuple[str, ...] = (),
) -> None:
    """qc.json: the audio check of every exported file, against the book's profile.

    Each chapter file and the sample is decoded and checked when it is made
    (the result is kept with it, so an unchanged chapter is not checked
    again). The full book is the same MP3 frames joined, so its format is read
    from its header and its levels are the chapters' (loudest peak, quietest
    floor, RMS over the whole book).
    """
    staging = run.staging
    files = []
    names = [c.file.name for c in chapters] + ([sample.name] if sample else [])
    for name in names:
        qc = staging.state[name]["info"].get("qc", {})
        files.append({"file": name, **qc})
    if full_book is not None:
        info = MP3(str(full_book)).info
        book = combine_levels([staging.state[c.file.name]["info"]["levels"] for c in chapters])
        files.append(
            {
                "file": full_book.name,
                "ok": all(f["ok"] for f in files[: len(chapters)]),
                "levels_from": "chapter files",
                "rms": round(book["rms_db"], 2),
                "peak": round(book["peak_db"], 2),
                "noise_floor": round(book["noise_floor_db"], 2),
                "duration_min": round(info.length / 60, 2),
                "sample_rate": info.sample_rate,
                "channels": info.channels,
                "bitrate": round(info.bitrate / 1000),
            }
        )
    report: dict = {"profile": run.config.output.profile, "files": files}
    if warnings:  # segments the engine could not voice, each now a marked pause
        report["warnings"] = list(warnings)
    staging.path("qc.json").write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")


def write_cover(run: Run) -> None:
    """The cover beside the audio (the player and the EPUB show it), if the book has one.

    Written before the book outputs' threads start, so none reads it half-written."""
    if run.tags.cover_file:
        run.staging.path(run.tags.cover_file).write_bytes(run.tags.cover)


def write_listening(run: Run, manifest: dict, full_book: Path | None) -> None:
    """The formats listeners' apps and browsers read besides the MP3s, the M4B
    (`write_book_m4b`) and the read-along EPUB (`epub3.write_book_epub`):
    captions, playlist, player. `manifest` is `write_manifest`'s, read and
    never changed (the M4B's and the EPUB's threads share it)."""
    output, staging = run.config.output, run.staging
    if output.captions:
        write_captions(staging.dir, manifest)
    if output.playlist:
        write_playlist(staging.dir, manifest)
        if full_book is not None:
            write_cue(staging.dir, manifest)
    if output.player:
        write_player(staging.dir, manifest)


def write_book_m4b(run: Run, manifest: dict, chapters: list[ExportedChapter]) -> None:
    """The M4B: the chapter parts' AAC frames (encoded beside their MP3s) joined, or
    the previous build's when none of its parts changed. `manifest` is
    `write_manifest`'s, read and never changed."""
    output, tags, staging, on_event = run.config.output, run.tags, run.staging, run.on_event
    name = f"{book_slug(manifest)}.m4b"
    parts = [aac_parts(run, c) for c in chapters]
    key = key_of(
        "m4b-3", [staging.state[c.file.name]["key"] for c in chapters],
        [[path.name for path, _ in p] for p in parts],
    )  # fmt: skip
    on_event(BuildEvent("m4b", 0, 1))
    if staging.reuse(name, key) is None:
        m4b.write_m4b(
            staging.path(name), manifest, parts, rate=aac.aac_rate(output.sample_rate),
            cover=tags.cover, tags=asdict(tags),
        )  # fmt: skip
        staging.record(name, key)
    on_event(BuildEvent("m4b", 1, 1))


def aac_parts(run: Run, chapter: ExportedChapter) -> list[tuple[Path, int]]:
    """(ADTS file, frames) of each part of a chapter file, in order: what the M4B joins."""
    info = run.staging.state[chapter.file.name]["info"]
    return [(run.chapter_store / f"{a['key']}.aac", int(a["frames"])) for a in info["aac"]]
