"""The M4B of a build: AAC encoded from the mastered audio part by part, joined
from the parts' frames, on the MP3 book's timeline (decoded for real by ffmpeg)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from audiobook.audio import aac
from audiobook.build import produce
from audiobook.build.pipeline import build
from audiobook.publish import m4b
from audiobook.tools import ffmpeg_path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from bookgen import write_book

from test_listen import banner, ffmetadata

from decoding import decode as decode_with_ffmpeg

RATE = 44100
AAC_RATE = 22050


def decode(path: Path, rate: int = RATE) -> np.ndarray:
    return decode_with_ffmpeg(path, rate)


def adts_frames_of(m4b: Path, dest: Path) -> list[bytes]:
    """The M4B's AAC frames, as ffmpeg copies them out (raw blocks, ADTS headers dropped)."""
    subprocess.run(
        [ffmpeg_path(), "-v", "error", "-i", str(m4b), "-map", "0:a:0", "-c:a", "copy",
         "-f", "adts", "-y", str(dest)],
        check=True,
    )  # fmt: skip
    data = dest.read_bytes()
    return [data[pos + 7 : pos + n] for pos, n in aac.adts_index(dest)]


def snr_db(reference: np.ndarray, other: np.ndarray) -> float:
    ref = reference.astype(np.float64)
    err = ref - other.astype(np.float64)
    return float(10 * np.log10(np.sum(ref**2) / np.sum(err**2)))


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """Three chapters in several parts each; what the AAC encoder was fed, by part."""
    root = tmp_path_factory.mktemp("m4b")
    book = write_book(root / "book", words=1500, chapters=3, seed=18)
    fed: dict[str, list[np.ndarray]] = {}
    original = aac.AacEncoder.feed

    def spy(self, samples, last=False):  # records the encoder's input; it runs for real
        key = self.dest.name.lstrip(".").split(".")[0]  # written under a temporary name
        fed.setdefault(key, []).append(np.array(samples))
        original(self, samples, last)

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(produce, "PART_MIN_WORDS", 120)
        mp.setattr(aac.AacEncoder, "feed", spy)
        result = build(book, root / "out", cache_dir=root / "cache", force=True)
    manifest = json.loads(result.manifest.read_text(encoding="utf-8"))
    inputs = {name: np.concatenate(blocks) for name, blocks in fed.items()}
    return book, root, result, manifest, inputs


def test_m4b_is_aac_on_the_manifest_timeline(built):
    _, _, result, manifest, inputs = built
    m4b = result.full_book.with_suffix(".m4b")
    info = banner(m4b)
    assert "Audio: aac (LC)" in info and "22050 Hz, mono" in info and "64 kb/s" in info
    _, marks = ffmetadata(m4b)
    assert len(marks) == 3 and len(inputs) >= 4, "three chapters, in more than three parts"
    for mark, chapter in zip(marks, manifest["chapters"], strict=True):
        num, den = (int(x) for x in mark["TIMEBASE"].split("/"))
        start, end = (1000 * int(mark[k]) * num / den for k in ("START", "END"))
        assert abs(start - chapter["start_ms"]) <= 1, "a mark within 1 ms (an AAC frame is 23)"
        assert abs(end - chapter["end_ms"]) <= 1
    book, mp3 = decode(m4b), decode(result.full_book)
    assert len(book) == len(mp3)  # the same number of samples, to the sample
    assert abs(1000 * len(book) / RATE - manifest["duration_ms"]) <= 1
    assert aac.LAG == 943
    for chapter in manifest["chapters"]:  # the same moment in both files, at every chapter
        middle = (chapter["start_ms"] + chapter["end_ms"]) // 2 * RATE // 1000
        window = mp3[middle - 2000 : middle + RATE // 2]
        near = book[middle - 2000 - 1500 : middle + RATE // 2 + 1500]
        lag = int(np.argmax(np.correlate(near, window, "valid"))) - 1500
        assert lag == aac.LAG, "the M4B's speech follows the MP3's by its longer priming"


def test_m4b_audio_is_encoded_from_the_mastered_samples_not_from_the_mp3(built, tmp_path):
    _, _, result, manifest, inputs = built
    book = decode(result.full_book.with_suffix(".m4b"), AAC_RATE)
    store = result.out_dir.parent / "cache" / "chapters"
    state = json.loads((result.out_dir / ".build-state.json").read_text())
    part = state[manifest["chapters"][0]["file"]]["info"]["aac"][0]
    fed = inputs[part["key"]]
    assert (store / f"{part['key']}.aac").is_file()
    start = aac.timeline(RATE).lead + aac.PRIMING  # the first part's audio, after priming
    ours = snr_db(fed, book[start : start + len(fed)])
    # the old way, for comparison: the MP3 chapters decoded and encoded again
    again = tmp_path / "again.m4a"
    subprocess.run(
        [ffmpeg_path(), "-v", "error", "-i", str(result.full_book), "-c:a", "aac",
         "-aac_coder", "fast", "-b:a", "64k", "-ac", "1", "-y", str(again)],
        check=True,
    )  # fmt: skip
    old = decode(again, AAC_RATE)
    lag = int(np.argmax(np.correlate(old[: 3 * AAC_RATE], fed[AAC_RATE : 2 * AAC_RATE], "valid")))
    lag -= AAC_RATE
    second = snr_db(fed, old[lag : lag + len(fed)])
    assert ours > 12, f"the M4B's audio is {ours:.1f} dB from the mastered samples"
    assert ours > second + 1, f"one generation {ours:.1f} dB, two {second:.1f} dB"


def test_an_edit_reencodes_one_part_and_keeps_the_other_chapters_frames(built, tmp_path):
    book, root, result, manifest, _ = built
    store = root / "cache" / "chapters"
    before = set(store.glob("*.aac"))
    old = adts_frames_of(result.full_book.with_suffix(".m4b"), tmp_path / "old.aac")
    text = (book / "book.md").read_text(encoding="utf-8")
    second = manifest["chapters"][1]["segments"][3]["text"]
    assert text.count(second) == 1
    (book / "book.md").write_text(text.replace(second, second + " Nobody saw it."), "utf-8")
    def unread(path):  # every part's frame index was kept when it was encoded
        raise AssertionError(f"the M4B walked {path.name}'s ADTS headers")

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(produce, "PART_MIN_WORDS", 120)
        mp.setattr(m4b, "adts_index", unread)
        again = build(book, root / "out", cache_dir=root / "cache", force=True)
    assert len(set(store.glob("*.aac")) - before) == 1, "only the edited part is encoded again"
    new = adts_frames_of(again.full_book.with_suffix(".m4b"), tmp_path / "new.aac")
    edited = json.loads(again.manifest.read_text(encoding="utf-8"))
    frame_ms = 1000 * aac.AAC_FRAME / AAC_RATE
    cut_old = [round(c["start_ms"] / frame_ms) for c in manifest["chapters"]] + [len(old)]
    cut_new = [round(c["start_ms"] / frame_ms) for c in edited["chapters"]] + [len(new)]
    assert old[: cut_old[1]] == new[: cut_new[1]], "chapter 1's frames are untouched"
    assert old[cut_old[2] :] == new[cut_new[2] :], "chapter 3's frames are untouched"
    assert old[cut_old[1] : cut_old[2]] != new[cut_new[1] : cut_new[2]]


def test_aligned_length_gives_whole_blocks_for_any_part_length():
    for out_rate, voice_rate in [(44100, 22050), (44100, 16000), (48000, 22050), (22050, 22050)]:
        line = aac.timeline(out_rate)
        for samples in [1, 575, 576, 577, 9215, 22050 * 61 + 13, 22050 * 600 + 7]:
            padded = aac.aligned_length(samples, voice_rate, out_rate)
            assert samples <= padded <= samples + 0.45 * voice_rate, "under half a second added"
            out = -(-padded * out_rate // voice_rate)
            frames = aac.mp3_frames(out, line.mp3_frame)
            assert frames % line.block == 0
            aac_frames = line.aac_frames(frames)
            assert aac_frames == int(aac_frames), "the AAC lasts exactly as long as the MP3"
            fed = line.lead + -(-padded * line.rate // voice_rate)
            assert fed < (aac_frames - 1) * aac.AAC_FRAME, "all the audio fits after the priming"


def test_timeline_at_each_mp3_rate():
    assert aac.timeline(44100) == aac.Timeline(44100, 22050, 1152, 16, 0, 943)
    assert aac.timeline(48000) == aac.Timeline(48000, 24000, 1152, 16, 0, 943)
    assert aac.timeline(22050) == aac.Timeline(22050, 22050, 576, 16, 81, 0)
