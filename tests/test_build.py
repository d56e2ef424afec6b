"""End to end: the sample book built by the real CLI, read back from the real files."""

from __future__ import annotations

import itertools
import json
import re
import shutil
import subprocess

import ftfy
import imageio_ffmpeg
import numpy as np
import pytest
from mutagen.id3 import ID3
from mutagen.mp3 import MP3, BitrateMode

from audiobook.text.ingest import sample_book_dir
from audiobook.text.segment import words

from conftest import run_cli
from decoding import decode

CHAPTERS = ["01 Morning.mp3", "02 The Studio.mp3", "03 Dawn.mp3"]


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("build") / "the-masterpiece"
    result = run_cli("build", "-o", str(out), "--quiet")
    assert result.returncode == 0, result.stderr
    assert "audio check: all 4 files pass acx" in result.stdout
    return out


def test_outputs_are_all_there(built):
    names = sorted(p.name for p in built.iterdir() if not p.name.startswith("."))
    stems = [n[:-4] for n in [*CHAPTERS, "the-masterpiece.mp3"]]
    captions = [f"{stem}.{kind}" for stem in stems for kind in ("vtt", "srt")]
    extras = ["index.html", "player.js", "player.css", "playlist.m3u8", "the-masterpiece.cue"]
    expected = [*CHAPTERS, "the-masterpiece.mp3", "the-masterpiece.m4b", "manifest.json"]
    expected.append("the-masterpiece.epub")
    assert names == sorted([*expected, "qc.json", "sample.mp3", *captions, *extras])


def test_chapter_files_are_acx_format_with_tags(built):
    for track, name in enumerate(CHAPTERS, 1):
        audio = MP3(str(built / name))
        assert audio.info.sample_rate == 44100
        assert audio.info.channels == 1
        assert audio.info.bitrate == 192000
        assert audio.info.bitrate_mode in (BitrateMode.CBR, BitrateMode.UNKNOWN)
        tags = ID3(str(built / name))
        assert str(tags["TIT2"]) == name[3:-4]
        assert str(tags["TALB"]) == "The Masterpiece"
        assert str(tags["TPE1"]) == "Anonymous"
        assert str(tags["TRCK"]) == f"{track}/3"
        assert str(tags["TCON"]) == "Audiobook"
        assert str(tags["TXXX:NARRATOR"])


def test_full_book_chapter_frames_match_the_manifest_and_the_files(built):
    manifest = json.loads((built / "manifest.json").read_text())
    tags = ID3(str(built / manifest["full_book"]))
    toc = tags.getall("CTOC")[0]
    chaps = {c.element_id: c for c in tags.getall("CHAP")}
    assert len(toc.child_element_ids) == 3
    position = 0
    for element_id, chapter in zip(toc.child_element_ids, manifest["chapters"], strict=True):
        chap = chaps[element_id]
        assert chap.sub_frames["TIT2"].text[0] == chapter["title"]
        assert abs(chap.start_time - chapter["start_ms"]) <= 50
        assert abs(chap.end_time - chapter["end_ms"]) <= 50
        length = MP3(str(built / chapter["file"])).info.length * 1000
        assert abs(chap.start_time - position) <= 50
        position += length
    full = MP3(str(built / manifest["full_book"])).info.length * 1000
    assert abs(full - position) <= 100


def test_ffmpeg_lists_the_full_books_chapters_in_order(built):
    """ffmpeg takes chapters in the order their CHAP frames stand in the file (not the
    CTOC's list): a book converted with it must keep its chapters in order."""
    manifest = json.loads((built / "manifest.json").read_text())
    ffmpeg = imageio_ffmpeg.get_ffmpeg_exe()
    meta = subprocess.run(
        [ffmpeg, "-v", "error", "-i", str(built / manifest["full_book"]), "-f", "ffmetadata", "-"],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    chapters = [block for block in meta.split("[CHAPTER]")[1:]]
    titles = [re.search(r"^title=(.*)$", b, re.M)[1] for b in chapters]
    starts = [int(re.search(r"^START=(\d+)$", b, re.M)[1]) for b in chapters]
    assert titles == [chapter["title"] for chapter in manifest["chapters"]]
    assert starts == sorted(starts) and starts[0] == 0


def test_every_word_of_the_story_is_spoken_once_in_order(built):
    manifest = json.loads((built / "manifest.json").read_text())
    story = ftfy.fix_text((sample_book_dir() / "the-masterpiece.txt").read_text("utf-8"))
    spoken = [
        w
        for chapter in manifest["chapters"]
        for seg in chapter["segments"]
        if seg["kind"] == "text"
        for w in words(seg["text"])
    ]
    assert spoken == words(story)
    first = manifest["chapters"][0]["segments"]
    assert first[0]["kind"] == "credits" and first[0]["text"].startswith("The Masterpiece.")
    assert first[1] == {**first[1], "kind": "heading", "text": "Morning"}
    assert manifest["chapters"][-1]["segments"][-1]["text"].startswith("The end.")


def test_pauses_hold_room_tone_not_digital_silence(built):
    manifest = json.loads((built / "manifest.json").read_text())
    chapter = manifest["chapters"][1]
    samples = decode(built / chapter["file"], 44100)
    segs = chapter["segments"]
    for before, after in itertools.pairwise(segs):
        start = int((before["end_ms"] + 60) * 44.1)
        end = int((after["start_ms"] - 60) * 44.1)
        if end - start < 4410:
            continue
        gap = samples[start:end]
        level = 20 * np.log10(np.sqrt(np.mean(gap.astype(np.float64) ** 2)))
        assert -72 < level < -60, level
        assert np.count_nonzero(np.abs(gap) < 1e-6) < len(gap) * 0.01
    head = samples[: int(0.7 * 44100)]
    assert 20 * np.log10(np.sqrt(np.mean(head.astype(np.float64) ** 2))) < -55


def test_qc_agrees_with_an_independent_measurement(built):
    qc = {f["file"]: f for f in json.loads((built / "qc.json").read_text())["files"]}
    for name in CHAPTERS:
        samples = decode(built / name, 44100).astype(np.float64)
        rms = 20 * np.log10(np.sqrt(np.mean(samples**2)))
        peak = 20 * np.log10(np.max(np.abs(samples)))
        assert abs(rms - qc[name]["rms"]["value"]) < 0.5
        assert abs(peak - qc[name]["peak"]["value"]) < 0.5
        assert -23 <= rms <= -18 and peak <= -3
        assert qc[name]["ok"]
    sample = MP3(str(built / "sample.mp3")).info.length
    assert 60 <= sample <= 300


def test_timings_in_the_manifest_point_at_speech(built):
    manifest = json.loads((built / "manifest.json").read_text())
    chapter = manifest["chapters"][0]
    samples = decode(built / chapter["file"], 44100)
    for seg in chapter["segments"]:
        part = samples[int(seg["start_ms"] * 44.1) : int(seg["end_ms"] * 44.1)]
        assert 20 * np.log10(np.sqrt(np.mean(part.astype(np.float64) ** 2))) > -35


def test_second_cold_build_is_byte_identical(built, tmp_path):
    out = tmp_path / "again"
    result = run_cli("build", "-o", str(out), "--quiet", "--cache", str(tmp_path / "cold-cache"))
    assert result.returncode == 0, result.stderr
    for name in [*CHAPTERS, "the-masterpiece.mp3", "the-masterpiece.m4b", "sample.mp3",
                 "manifest.json"]:  # fmt: skip
        assert (out / name).read_bytes() == (built / name).read_bytes(), name


def test_rebuild_reuses_unchanged_chapters_and_redoes_an_edited_one(tmp_path):
    book = tmp_path / "book"
    shutil.copytree(sample_book_dir(), book)
    out = tmp_path / "out"
    assert run_cli("build", str(book), "-o", str(out), "--quiet").returncode == 0
    before = {name: (out / name).stat().st_ino for name in CHAPTERS}
    first_bytes = {name: (out / name).read_bytes() for name in CHAPTERS}

    assert run_cli("build", str(book), "-o", str(out), "--quiet").returncode == 0
    assert {name: (out / name).stat().st_ino for name in CHAPTERS} == before  # nothing redone

    text = (book / "the-masterpiece.txt").read_bytes()
    edited = text.replace(b"Before him lay a work", b"Before him, at last, lay a work")
    assert edited != text
    (book / "the-masterpiece.txt").write_bytes(edited)
    assert run_cli("build", str(book), "-o", str(out), "--quiet").returncode == 0
    after = {name: (out / name).stat().st_ino for name in CHAPTERS}
    assert after["01 Morning.mp3"] == before["01 Morning.mp3"]
    assert after["02 The Studio.mp3"] == before["02 The Studio.mp3"]
    assert (out / "03 Dawn.mp3").read_bytes() != first_bytes["03 Dawn.mp3"]
    manifest = json.loads((out / "manifest.json").read_text())
    assert "at last" in " ".join(s["text"] for s in manifest["chapters"][2]["segments"])


def test_trim_keeps_within_the_segment():
    import numpy as np

    from audiobook.audio.assemble import trim, trim_bounds

    pcm = np.zeros(1000, dtype=np.int16)
    pcm[990:] = 5000  # speech right up to the end: the margin must not run past it
    start, end = trim_bounds(pcm, 22050)
    assert end == 1000 and len(trim(pcm, 22050)) == end - start


def test_check_of_a_built_book_judges_what_a_retailer_takes(built):
    # the M4B (AAC at the voice's 22.05 kHz) and the full book are for listening: ACX
    # takes the chapter files and the sample, and `check` judges those by its rules
    result = run_cli("check", str(built))
    assert result.returncode == 0, result.stdout
    assert "4 of 4 files pass acx; 2 listening copies measured only" in result.stdout
    assert "the-masterpiece.m4b: measured only" in " ".join(result.stdout.split())
