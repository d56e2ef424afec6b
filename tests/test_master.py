"""Mastering to the publisher's rules, proved on real builds and known signals."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np

from audiobook.audio.master import PROFILES, master
from audiobook.audio.qc import check_file
from audiobook.models import ChapterAudio, ScriptChapter

from conftest import SHORT_BOOK, run_cli
from decoding import decode

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from bookgen import CHAPTER_FILES_ONLY, write_book


def speechlike(seconds: float, rate: int = 22050, seed: int = 1) -> np.ndarray:
    """Bursts of shaped noise (syllables) separated by true silence (pauses)."""
    rng = np.random.default_rng(seed)
    out = np.zeros(int(seconds * rate), dtype=np.float32)
    pos = int(0.75 * rate)
    while pos < len(out) - 3 * rate:
        length = int(rng.uniform(0.8, 3.0) * rate)
        t = np.arange(length) / rate
        envelope = np.abs(np.sin(2 * np.pi * 4 * t)) * rng.uniform(0.05, 0.3)
        out[pos : pos + length] = (rng.normal(size=length) * envelope).astype(np.float32)
        pos += length + int(rng.uniform(0.4, 1.2) * rate)
    return out


def level_db(x: np.ndarray) -> float:
    return float(20 * np.log10(np.sqrt(np.mean(x.astype(np.float64) ** 2))))


def test_acx_master_hits_rms_peak_and_room_tone_targets():
    voice = speechlike(60)
    audio = ChapterAudio(ScriptChapter(1, "t", ()), voice.copy(), 22050, ())
    result = master(audio, PROFILES["acx"])
    assert abs(result.rms_db + 20) < 0.5
    assert result.peak_db <= -5.0 + 1e-3
    head = result.samples[: int(0.7 * 22050)]  # before the first word: room tone alone
    assert -66 < level_db(head) < -64
    assert np.count_nonzero(result.samples == 0) < 10  # no digital silence anywhere


def test_raw_profile_leaves_the_voice_alone_but_still_lays_the_bed():
    voice = speechlike(20)
    audio = ChapterAudio(ScriptChapter(1, "t", ()), voice.copy(), 22050, ())
    result = master(audio, PROFILES["raw"])
    speaking = voice != 0
    assert np.allclose(result.samples[speaking], voice[speaking], atol=0.01)
    assert -66 < level_db(result.samples[: int(0.7 * 22050)]) < -64


def test_twenty_minute_chapter_passes_acx_and_an_independent_measurement(tmp_path):
    book = write_book(tmp_path / "book", words=2900, chapters=1, seed=20,
                      extra_toml=CHAPTER_FILES_ONLY)  # fmt: skip
    out = tmp_path / "out"
    built = run_cli("build", str(book), "-o", str(out), "--quiet")
    assert built.returncode == 0, built.stderr
    chapter = out / "01 Chapter 1.mp3"
    checked = run_cli("check", str(chapter), "--json")
    assert checked.returncode == 0, checked.stdout
    report = json.loads(checked.stdout)["files"][0]["measures"]
    assert 19 <= report["duration"]["value"] <= 25
    samples = decode(chapter).astype(np.float64)
    assert abs(level_db(samples) - report["rms"]["value"]) < 0.5
    assert abs(20 * np.log10(np.abs(samples).max()) - report["peak"]["value"]) < 0.5
    assert -70 <= report["noise_floor"]["value"] <= -62


def test_podcast_profile_normalises_loudness(make_book, tmp_path):
    toml = 'title = "Pod"\nmanuscript = "story.md"\n[output]\nprofile = "podcast"\n'
    folder = make_book({"story.md": SHORT_BOOK, "book.toml": toml})
    out = tmp_path / "out"
    built = run_cli("build", str(folder), "-o", str(out), "--quiet")
    assert built.returncode == 0, built.stderr
    qc = json.loads((out / "qc.json").read_text())
    assert qc["profile"] == "podcast"
    for entry in qc["files"][:2]:
        assert abs(entry["lufs"]["value"] + 16) <= 1.0
        assert entry["peak"]["value"] <= -1.0
    assert check_file(out / "01 One.mp3", "podcast").ok


def test_every_profile_name_has_a_mastering_recipe_and_check_rules():
    from audiobook.audio import qc
    from audiobook.config import PROFILE_NAMES

    assert set(PROFILES) == set(qc.PROFILES) == set(PROFILE_NAMES) == {"acx", "podcast", "raw"}


def test_one_resampler_keeps_pitch_and_gives_the_exact_length() -> None:
    """Room tone (44.1 kHz) and a voice at another rate pass through soxr: a 1 kHz
    tone stays at 1 kHz, the length is round(n * rate / source), and nothing above
    the new Nyquist folds back into the band."""
    from audiobook.audio.master import room_tone
    from audiobook.audio.pcm import resample

    t = np.arange(44_101) / 44_100
    tone = 0.5 * np.sin(2 * np.pi * 1000 * t) + 0.3 * np.sin(2 * np.pi * 15_000 * t)
    out = resample(tone.astype(np.float32), 44_100, 22_050)
    assert len(out) == round(44_101 / 2) and out.dtype == np.float32
    spectrum = np.abs(np.fft.rfft(out[1000:-1000] * np.hanning(len(out) - 2000)))
    freqs = np.fft.rfftfreq(len(out) - 2000, 1 / 22_050)
    assert abs(freqs[np.argmax(spectrum)] - 1000) < 5
    alias = spectrum[np.abs(freqs - 7050) < 50].max()  # where 15 kHz would fold to
    assert alias < spectrum.max() / 1000
    assert resample(out, 22_050, 22_050) is out
    bed = room_tone(22_050)
    assert abs(float(np.sqrt(np.mean(bed.astype(np.float64) ** 2))) - 1) < 1e-3
