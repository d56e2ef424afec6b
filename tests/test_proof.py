"""Proof-listening: a real build, real recogniser, and audio damaged on purpose."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest
from rich.console import Console

from audiobook.errors import AudiobookError
from audiobook.proof import align, format_table, normalise, proof
from audiobook.tools import run_ffmpeg

from conftest import run_cli

# An author, so the credits are long enough that the recogniser's trouble with the
# narrator's name ("audiobook (eSpeak NG)") at their end cannot look like a cut-off.
BOOK = """---
author: Mary Keeper
---
# The Lighthouse

## The Storm

The keeper climbed the narrow stairs as the storm began to howl across the bay.

Rain struck the glass so hard that he could barely see the lamp turning above him.

He trimmed the wick, wound the clockwork, and wrote the hour in his small black book.

## The Morning

By morning the wind had dropped and the sea lay flat and grey under a pale sky.

A fishing boat came round the point, and the keeper waved to the men on deck.
"""

RATE = 44100


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("proof-book")
    (folder / "lighthouse.md").write_text(BOOK, encoding="utf-8")
    out = folder / "out"
    result = run_cli("build", str(folder), "-o", str(out), "--quiet")
    assert result.returncode == 0, result.stderr
    return out


@pytest.fixture
def copy(built: Path, tmp_path: Path) -> Path:
    out = tmp_path / "out"
    shutil.copytree(built, out)
    return out


def _chapter(out: Path, index: int) -> dict:
    manifest = json.loads((out / "manifest.json").read_text())
    return next(c for c in manifest["chapters"] if c["index"] == index)


def _damage(out: Path, chapter: dict, spans: dict[tuple[int, int], str]) -> None:
    """Rewrite a chapter file with spans (start_ms, end_ms) replaced by 'tone', 'noise'
    (hiss at speech level) or 'copy:MS' (the chapter's audio from MS on)."""
    path = out / chapter["file"]
    raw = run_ffmpeg(["-i", str(path), "-ac", "1", "-ar", str(RATE), "-f", "f32le", "-"], what="t")
    audio = np.frombuffer(raw, dtype="<f4").copy()
    tone = audio[: int(0.7 * RATE)].copy()  # the chapter's head: room tone only
    for (start_ms, end_ms), what in spans.items():
        a, b = start_ms * RATE // 1000, end_ms * RATE // 1000
        if what == "tone":
            audio[a:b] = np.tile(tone, (b - a) // len(tone) + 1)[: b - a]
        elif what == "noise":
            audio[a:b] = np.random.default_rng(a).normal(0, 0.1, b - a).astype("<f4")
        else:  # speech from elsewhere in the chapter: the wrong words
            src = int(what.split(":")[1]) * RATE // 1000
            audio[a:b] = audio[src : src + b - a]
    run_ffmpeg(
        ["-y", "-f", "f32le", "-ar", str(RATE), "-ac", "1", "-i", "-", "-b:a", "192k", str(path)],
        input_bytes=audio.tobytes(),
        what="re-encoding the damaged chapter",
    )


def test_a_clean_book_passes(built):
    report = proof(built)
    assert report.recogniser_reliable
    assert [c.index for c in report.chapters] == [1, 2]
    flagged = [(c.index, s.index, s.status, s.heard) for c in report.chapters for s in c.flagged]
    assert flagged == []
    assert all(c.wer < 0.3 for c in report.chapters)
    saved = json.loads((built / "proof.json").read_text())
    assert saved["ok"] is True and saved["recogniser_reliable"] is True
    assert len(saved["chapters"][0]["segments"]) == len(_chapter(built, 1)["segments"])


def test_a_segment_replaced_by_room_tone_is_missing(copy):
    chapter = _chapter(copy, 1)
    texts = [i for i, s in enumerate(chapter["segments"]) if s["kind"] == "text"]
    target = chapter["segments"][texts[1]]
    _damage(copy, chapter, {(target["start_ms"], target["end_ms"]): "tone"})

    report = proof(copy)
    segments = report.chapters[0].segments
    assert segments[texts[1]].status == "missing"
    assert segments[texts[1]].rms_db < -50
    missing = [s for c in report.chapters for s in c.segments if s.status == "missing"]
    assert len(missing) <= 2
    assert not report.ok
    assert json.loads((copy / "proof.json").read_text())["ok"] is False


def test_cut_off_and_wrong_words_are_flagged(copy):
    chapter = _chapter(copy, 1)
    texts = [s for s in chapter["segments"] if s["kind"] == "text"]
    cut, wrong, source = texts[0], texts[1], texts[2]
    half = (cut["start_ms"] + cut["end_ms"]) // 2
    _damage(
        copy,
        chapter,
        {
            (half, cut["end_ms"]): "tone",
            (wrong["start_ms"], wrong["end_ms"]): f"copy:{source['start_ms']}",
        },
    )
    report = proof(copy, chapters=[1])
    assert [c.index for c in report.chapters] == [1]
    by_text = {s.expected: s.status for s in report.chapters[0].segments}
    assert by_text[" ".join(normalise(cut["spoken"]))] == "truncated"
    assert by_text[" ".join(normalise(wrong["spoken"]))] == "garbled"

    console = Console(record=True, width=160)
    console.print(format_table(report))
    text = console.export_text()
    assert "truncated" in text and "garbled" in text and "The Storm" in text


def test_a_voice_the_recogniser_cannot_follow_leaves_only_missing_as_a_fault(copy):
    chapter = _chapter(copy, 1)
    segments = chapter["segments"]
    spans = {(s["start_ms"], s["end_ms"]): "noise" for s in segments[:-1]}
    spans[(segments[-1]["start_ms"], segments[-1]["end_ms"])] = "tone"
    _damage(copy, chapter, spans)

    report = proof(copy, chapters=[1])
    assert not report.recogniser_reliable
    assert "only the 'missing' verdicts" in report.notes[0]
    assert [s.status for _, s in report.faults] == ["missing"]
    saved = json.loads((copy / "proof.json").read_text())
    assert saved["recogniser_reliable"] is False and saved["faults"] == 1


def test_unknown_chapter_and_missing_manifest_are_errors(built, tmp_path):
    with pytest.raises(AudiobookError, match="no chapter 7"):
        proof(built, chapters=[7])
    with pytest.raises(AudiobookError, match="build the book first"):
        proof(tmp_path)


def test_alignment_counts_errors_and_forgives_words_the_recogniser_cannot_know():
    knows = {"the", "keeper", "climbed", "stairs", "narrow"}.__contains__
    result = align(normalise("The keeper climbed the stairs"), ["the", "keeper", "stairs"], knows)
    assert result.errors == 2
    assert result.matched == (0, 1, 4)
    # "Kalmoorzayev" is not in the dictionary: whatever was heard for it is no error.
    name = align(["the", "kalmoorzayev", "keeper"], ["the", "calm", "ore", "keeper"], knows)
    assert name.errors == 0
    assert normalise("Paint-splattered — isn’t it?") == ["paint", "splattered", "isn't", "it"]


# --- a wrong chapter is caught, a correct book passes, whatever the language ---

NB_BOOK = """---
title: Gården ved fjorden
author: Kari Nordmann
language: nb
---
# Gården ved fjorden

## Første kapitel

Gården lå høyt over fjorden, og om morgenen så man båtene gå ut.

Thorbjørn var en vill gutt. Da han var åtte år, sloss han med naboens sønn.

Presten måtte skille dem ad, og faren tok gutten med hjem.

## Annet kapitel

Om vinteren var det stille på gården, og snøen lå tung over taket.

Synnøve satt ved vinduet og så mot skogen, der veien forsvant.
"""


def _swap(out: Path, into: dict, source: dict) -> None:
    """Give chapter `into` the audio of chapter `source`, looped or cut to `into`'s own
    length: the wrong words in a file of the right length (no level or length gives it away)."""
    length = (into["end_ms"] - into["start_ms"]) / 1000
    tmp = out / "swap.mp3"
    run_ffmpeg(
        ["-y", "-stream_loop", "2", "-i", str(out / source["file"]), "-t", f"{length:.3f}",
         "-b:a", "192k", str(tmp)],
        what="swapping a chapter's audio",
    )
    tmp.replace(out / into["file"])


@pytest.fixture(scope="module")
def built_nb(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("proof-nb")
    (folder / "garden.md").write_text(NB_BOOK, encoding="utf-8")
    out = folder / "out"
    result = run_cli("build", str(folder), "-o", str(out), "--quiet")
    assert result.returncode == 0, result.stderr
    return out


def test_a_book_without_a_recogniser_passes_and_says_its_words_were_not_checked(built_nb, tmp_path):
    out = tmp_path / "out"
    shutil.copytree(built_nb, out)
    report = proof(out)
    assert report.ok, [(c.index, s.index, s.status) for c, s in report.faults]
    assert not report.words_checked
    assert report.notes[0].startswith("words not checked: no recogniser for nb")
    saved = json.loads((out / "proof.json").read_text())
    assert saved["ok"] is True and saved["words_checked"] is False
    # the expected words keep their letters: nothing is cut into ASCII fragments
    said = " ".join(s["expected"] for c in saved["chapters"] for s in c["segments"])
    assert "gården" in said and "åtte" in said and "synnøve" in said


def test_a_chapter_with_another_chapters_audio_fails_without_a_recogniser(built_nb, tmp_path):
    out = tmp_path / "out"
    shutil.copytree(built_nb, out)
    _swap(out, _chapter(out, 1), _chapter(out, 2))
    report = proof(out)
    assert not report.ok
    bad = {c.index for c, _ in report.faults}
    assert bad == {1}
    assert any(s.status == "mistimed" for s in report.chapters[0].segments)


def test_a_chapter_file_of_another_length_is_a_fault_of_its_own(built_nb, tmp_path):
    out = tmp_path / "out"
    shutil.copytree(built_nb, out)
    one, two = _chapter(out, 1), _chapter(out, 2)
    shutil.copy(out / two["file"], out / one["file"])
    report = proof(out, chapters=[1])
    assert not report.ok
    assert "the file lasts" in report.chapters[0].problem
    assert json.loads((out / "proof.json").read_text())["chapters"][0]["problem"]


def test_one_wrong_chapter_fails_an_english_book_and_leaves_the_others_trusted(copy):
    _swap(copy, _chapter(copy, 1), _chapter(copy, 2))
    report = proof(copy)
    assert not report.ok
    assert report.recogniser_reliable  # one wrong chapter does not silence the book
    assert "wrong audio" in report.chapters[0].problem
    assert not report.chapters[1].problem and not report.chapters[1].flagged


def test_words_all_heard_are_never_truncated(copy, monkeypatch):
    """The recogniser hears the start of the words and makes up the rest from words it
    cannot know: the audio runs to the span's end, so nothing was cut."""
    from audiobook import proof as module

    manifest = json.loads((copy / "manifest.json").read_text())
    chapter = manifest["chapters"][1]
    target = next(i for i, s in enumerate(chapter["segments"]) if s["kind"] == "text")
    chapter["segments"][target]["spoken"] = "Of the unpersuaded foemanry."
    (copy / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    heard = ["of", "the", "attests", "way", "did", "so", "in"]
    monkeypatch.setattr(module._Recogniser, "transcribe", lambda self, pcm: heard)
    report = proof(copy, chapters=[2])
    seg = report.chapters[0].segments[target]
    assert seg.wer == 0.0
    assert seg.status == "ok"


def test_a_segment_cut_short_in_a_book_without_a_recogniser_is_truncated(built_nb, tmp_path):
    out = tmp_path / "out"
    shutil.copytree(built_nb, out)
    chapter = _chapter(out, 1)
    target = [s for s in chapter["segments"] if s["kind"] == "text"][1]
    half = (target["start_ms"] + target["end_ms"]) // 2
    _damage(out, chapter, {(half, target["end_ms"]): "tone"})
    report = proof(out)
    assert [(c.index, s.status) for c, s in report.faults] == [(1, "truncated")]


def test_words_keep_their_letters_in_any_script():
    assert normalise("Köynnöksiä: Kimppunen") == ["köynnöksiä", "kimppunen"]
    said = ["da", "han", "var", "åtte", "år", "café", "naïve"]
    assert normalise("Da han var åtte år, café naïve") == said
    assert normalise("Война и мир") == ["война", "и", "мир"]
    # near miss: ASCII words, apostrophes, hyphens and digits as before
    assert normalise("It's 1887 — well-known_x") == ["it's", "1887", "well", "known", "x"]
