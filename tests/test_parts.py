"""Chapters made in parts: where parts end, what an edit redoes, and how the
joined chapter file sounds (decoded for real: levels, joins, timings)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np
import pytest

from audiobook.audio.qc import check_file
from audiobook.build.pipeline import build, load_book
from audiobook.build.produce import PART_MAX_WORDS, PART_MIN_WORDS, part_bounds
from audiobook.speech.synthesize import plan_jobs

from decoding import decode

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
import itertools

from bookgen import CHAPTER_FILES_ONLY, write_book

RATE = 44100


def db(x: np.ndarray) -> float:
    return float(10 * np.log10(np.mean(x.astype(np.float64) ** 2) + 1e-20))


def parts_of(book: Path) -> tuple[list, list]:
    from audiobook.build.pipeline import voice_profiles

    source, _, chapters = load_book(book, None)
    plan = plan_jobs(chapters, voice_profiles(chapters, source, None), None)
    return chapters, [part_bounds(c, row) for c, row in zip(chapters, plan, strict=True)]


@pytest.fixture(scope="module")
def long_chapter(tmp_path_factory):
    """One chapter of ~3,000 words: several parts."""
    root = tmp_path_factory.mktemp("parts")
    book = write_book(root / "book", words=3000, chapters=1, seed=21,
                      extra_toml=CHAPTER_FILES_ONLY)  # fmt: skip
    out = root / "out"
    cache = root / "cache"
    result = build(book, out, cache_dir=cache, force=True)
    return book, out, cache, result


def test_parts_end_at_paragraph_ends_and_cover_the_chapter(long_chapter):
    book, *_ = long_chapter
    chapters, bounds = parts_of(book)
    (segments,), (ranges,) = [c.segments for c in chapters], bounds
    assert len(ranges) >= 3
    assert ranges[0][0] == 0 and ranges[-1][1] == len(segments)
    for (_, stop), (start, _) in itertools.pairwise(ranges):
        assert stop == start
        assert segments[stop - 1].paragraph != segments[stop].paragraph
    for start, stop in ranges:
        count = sum(len(s.spoken.split()) for s in segments[start:stop])
        assert count <= PART_MAX_WORDS + 300  # a part closes at the paragraph end after the cap
        assert count >= PART_MIN_WORDS or (start, stop) == ranges[-1] or len(ranges) == 1


def test_joined_chapter_passes_acx_and_parts_agree_in_level(long_chapter):
    _, out, _, result = long_chapter
    chapter = result.chapters[0]
    report = check_file(chapter.file, "acx")
    assert report.ok, report.to_dict()
    samples = decode(chapter.file)
    manifest = json.loads((out / "manifest.json").read_text())
    segments = manifest["chapters"][0]["segments"]
    # every segment's span holds speech, however far into the joined file it is
    for seg in segments:
        span = samples[int(seg["start_ms"] * RATE / 1000) : int(seg["end_ms"] * RATE / 1000)]
        assert db(span) > -35, seg["text"][:40]
    # the parts, normalised one by one, agree: speech level in ten slices of the chapter
    slices = np.array_split(samples[: len(samples) // RATE * RATE], 10)
    levels = [db(s) for s in slices]
    assert max(levels) - min(levels) < 2.0, levels


def test_segment_times_are_exact_across_the_joins(long_chapter):
    """Where a segment's speech really starts, found in the decoded file, is where
    the manifest says (within 30 ms), in the last part as in the first."""
    _, out, _, result = long_chapter
    samples = decode(result.chapters[0].file)
    segments = json.loads((out / "manifest.json").read_text())["chapters"][0]["segments"]
    frame = RATE // 100
    energy = np.add.reduceat(samples.astype(np.float64) ** 2, np.arange(0, len(samples), frame))
    loud = 10 * np.log10(energy / frame + 1e-20) > -45
    checked = 0
    for prev, seg in itertools.pairwise(segments):
        if seg["start_ms"] - prev["end_ms"] < 300:
            continue  # onsets are clear only after a real pause
        first = int(seg["start_ms"] / 10)
        window = loud[first - 10 : first + 10]
        onset = (first - 10 + int(np.argmax(window))) * 10
        assert window.any() and abs(onset - seg["start_ms"]) <= 30, (seg["text"][:40], onset)
        checked += 1
    assert checked >= 10


def test_an_edit_redoes_only_the_part_it_touches(long_chapter, tmp_path):
    book, out, cache, _ = long_chapter
    store = cache / "chapters"
    before = set(store.glob("*.mp3"))
    text = (book / "book.md").read_text(encoding="utf-8")
    paragraphs = text.split("\n\n")
    middle = len(paragraphs) // 2
    paragraphs[middle] += " A sentence added in an edit."
    (book / "book.md").write_text("\n\n".join(paragraphs), encoding="utf-8")
    _, bounds = parts_of(book)
    build(book, out, cache_dir=cache, force=True)
    new = set(store.glob("*.mp3")) - before
    assert len(new) == 1, new  # the edited part alone (no sample in this book)
    assert len(bounds[0]) >= 3


def test_segmented_script_is_kept_by_content_and_a_damaged_copy_is_ignored(tmp_path):
    book = write_book(tmp_path / "book", words=300, chapters=1, seed=3)
    memo = tmp_path / "scripts"
    first = load_book(book, None, memo=memo)
    (kept,) = memo.glob("*.pickle")
    assert load_book(book, None, memo=memo)[2] == first[2]
    kept.write_bytes(b"not a pickle")
    assert load_book(book, None, memo=memo)[2] == first[2]  # read again, not trusted
    text = (book / "book.md").read_text(encoding="utf-8")
    (book / "book.md").write_text(text.replace("# Chapter 1", "# Chapter One"), encoding="utf-8")
    edited = load_book(book, None, memo=memo)
    assert edited[2][0].title == "Chapter One" and len(list(memo.glob("*.pickle"))) == 2
