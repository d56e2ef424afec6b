"""The audio check, on signals made here with numpy and files read back with ffmpeg."""

from __future__ import annotations

import json
import wave
from pathlib import Path

import numpy as np
import pyloudnorm
import pytest
from mutagen.mp3 import MP3, BitrateMode

from audiobook.check import (
    PROFILES,
    FileReport,
    check_file,
    check_paths,
    measure_samples,
    scan_mp3_frames,
)
from audiobook.errors import AudiobookError, ConfigError
from audiobook.tools import run_ffmpeg

RATE = 44100
ROOM_DB = -65.0


def noise(seconds: float, db: float, rng: np.random.Generator, rate: int = RATE) -> np.ndarray:
    """White noise whose RMS is `db` dBFS: room tone when quiet."""
    return rng.standard_normal(round(seconds * rate)) * 10 ** (db / 20)


def sine(seconds: float, rms_db: float, rate: int = RATE, freq: float = 220.0) -> np.ndarray:
    """A sine whose RMS is `rms_db` dBFS: amplitude is RMS × √2."""
    t = np.arange(round(seconds * rate)) / rate
    return np.sqrt(2) * 10 ** (rms_db / 20) * np.sin(2 * np.pi * freq * t)


def chapter(
    rng: np.random.Generator,
    head: float = 0.75,
    body: float = 5.0,
    tail: float = 2.0,
    rms_db: float = -20.0,
    rate: int = RATE,
) -> np.ndarray:
    """Room tone, a sine standing in for speech, room tone; the whole file's RMS is `rms_db`.

    The sine is raised so that, averaged with the quiet room tone over the
    whole file, the RMS comes out at `rms_db` (room tone adds ~1e-4 dB).
    """
    boost = 10 * np.log10((head + body + tail) / body)
    return np.concatenate(
        [
            noise(head, ROOM_DB, rng, rate),
            sine(body, rms_db + boost, rate),
            noise(tail, ROOM_DB, rng, rate),
        ]
    )


def write_wav(path: Path, samples: np.ndarray, rate: int = RATE) -> Path:
    """16-bit PCM WAV with the stdlib; a 2-D array (n, channels) writes interleaved."""
    pcm = np.round(np.clip(samples, -1.0, 1.0) * 32767).astype("<i2")
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1 if pcm.ndim == 1 else pcm.shape[1])
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(pcm.tobytes())
    return path


def encode_mp3(wav: Path, mp3: Path, *options: str) -> Path:
    run_ffmpeg(["-y", "-i", str(wav), "-c:a", "libmp3lame", *options, str(mp3)], what="test mp3")
    return mp3


@pytest.fixture
def rng() -> np.random.Generator:
    return np.random.default_rng(1770)


@pytest.fixture
def good_wav(tmp_path: Path, rng: np.random.Generator) -> Path:
    return write_wav(tmp_path / "good.wav", chapter(rng))


def value(report: FileReport, name: str) -> float:
    got = report.measure(name).value
    assert isinstance(got, (int, float)), (name, got)
    return float(got)


# --- levels ----------------------------------------------------------------


def test_good_chapter_measures_right_and_passes_acx(good_wav: Path) -> None:
    report = check_file(good_wav)
    assert value(report, "rms") == pytest.approx(-20.0, abs=0.2)
    assert value(report, "noise_floor") == pytest.approx(ROOM_DB, abs=1.0)
    assert value(report, "peak") == pytest.approx(-20.0 + 3.01 + 1.9, abs=0.1)  # √2 × boost
    assert value(report, "sample_rate") == RATE
    assert value(report, "channels") == 1
    assert report.ok, report.failed
    # A WAV is a master, not a delivery: the MP3 rules do not apply and pass.
    assert report.measure("bitrate").value is None
    assert report.measure("bitrate_mode").ok


def test_noise_alone_measures_its_rms_and_fails_acx(tmp_path: Path, rng) -> None:
    report = check_file(write_wav(tmp_path / "hiss.wav", noise(4.0, ROOM_DB, rng)))
    assert value(report, "rms") == pytest.approx(ROOM_DB, abs=0.2)
    assert not report.measure("rms").ok
    assert not report.ok


def test_clipped_file_fails_peak(tmp_path: Path, rng) -> None:
    signal = chapter(rng)
    signal[RATE * 2 : RATE * 2 + 50] = 1.0
    report = check_file(write_wav(tmp_path / "clip.wav", signal))
    assert value(report, "peak") == pytest.approx(0.0, abs=0.01)
    assert [m.name for m in report.failed] == ["peak"]


def test_digital_silence_in_the_middle_fails(tmp_path: Path, rng) -> None:
    signal = chapter(rng, body=6.0)
    signal[RATE * 3 : RATE * 6] = 0.0
    report = check_file(write_wav(tmp_path / "dropout.wav", signal))
    assert value(report, "digital_silence") == pytest.approx(3.0, abs=0.01)
    assert "digital_silence" in [m.name for m in report.failed]


def test_short_gap_of_zeros_is_tolerated(tmp_path: Path, rng) -> None:
    signal = chapter(rng)
    signal[RATE * 2 : RATE * 2 + RATE // 10] = 0.0
    report = check_file(write_wav(tmp_path / "gap.wav", signal))
    assert value(report, "digital_silence") == pytest.approx(0.1, abs=0.005)
    assert report.measure("digital_silence").ok


@pytest.mark.parametrize(("head", "tail"), [(0.75, 2.0), (0.3, 6.2), (1.23, 1.05)])
def test_room_tone_lengths(tmp_path: Path, rng, head: float, tail: float) -> None:
    report = check_file(write_wav(tmp_path / "tone.wav", chapter(rng, head=head, tail=tail)))
    assert value(report, "head") == pytest.approx(head, abs=0.05)
    assert value(report, "tail") == pytest.approx(tail, abs=0.05)
    assert report.measure("head").ok == (0.5 <= head <= 1.0)
    assert report.measure("tail").ok == (1.0 <= tail <= 5.0)


def test_a_head_of_zeros_is_not_room_tone(tmp_path: Path, rng) -> None:
    signal = chapter(rng)
    signal[: round(0.75 * RATE)] = 0.0
    report = check_file(write_wav(tmp_path / "zeros.wav", signal))
    assert value(report, "head") == pytest.approx(0.0, abs=0.02)
    assert {"head", "digital_silence"} <= {m.name for m in report.failed}


def test_lufs_agrees_with_pyloudnorm(rng) -> None:
    mono = chapter(rng)
    stereo = np.stack([mono, 0.5 * np.roll(mono, 999)], axis=1)
    for signal in (mono, stereo):
        expected = pyloudnorm.Meter(RATE).integrated_loudness(signal)
        assert measure_samples(signal, RATE)["lufs"] == pytest.approx(expected, abs=0.05)


def test_stereo_is_measured_on_the_mix(tmp_path: Path, rng) -> None:
    mono = chapter(rng)
    report = check_file(write_wav(tmp_path / "wide.wav", np.stack([mono, mono], axis=1)))
    assert value(report, "channels") == 2
    assert value(report, "rms") == pytest.approx(-20.0, abs=0.2)
    assert value(report, "head") == pytest.approx(0.75, abs=0.05)
    assert report.ok


def test_22k_file_fails_sample_rate(tmp_path: Path, rng) -> None:
    report = check_file(write_wav(tmp_path / "low.wav", chapter(rng, rate=22050), rate=22050))
    assert value(report, "sample_rate") == 22050
    assert [m.name for m in report.failed] == ["sample_rate"]
    assert value(report, "rms") == pytest.approx(-20.0, abs=0.2)


# --- MP3 format --------------------------------------------------------------


def test_cbr_192_mp3_passes_the_format_rules(tmp_path: Path, good_wav: Path) -> None:
    mp3 = encode_mp3(good_wav, tmp_path / "cbr.mp3", "-b:a", "192k")
    assert MP3(mp3).info.bitrate_mode == BitrateMode.CBR  # ffmpeg writes an "Info" header
    report = check_file(mp3)
    assert report.measure("bitrate").value == 192.0
    assert report.measure("bitrate_mode").value == "CBR"
    assert all(report.measure(n).ok for n in ("bitrate", "bitrate_mode", "sample_rate"))
    assert report.ok, report.failed


def test_128k_mp3_fails_bitrate(tmp_path: Path, good_wav: Path) -> None:
    report = check_file(encode_mp3(good_wav, tmp_path / "thin.mp3", "-b:a", "128k"))
    assert report.measure("bitrate").value == 128.0
    assert not report.measure("bitrate").ok
    assert report.measure("bitrate_mode").ok


def test_vbr_mp3_fails_constant_bit_rate(tmp_path: Path, good_wav: Path) -> None:
    report = check_file(encode_mp3(good_wav, tmp_path / "vbr.mp3", "-q:a", "2"))
    assert report.measure("bitrate_mode").value == "VBR"
    assert not report.measure("bitrate_mode").ok


@pytest.mark.parametrize(("options", "mode"), [(("-b:a", "192k"), "CBR"), (("-q:a", "2"), "VBR")])
def test_mp3_without_xing_header_is_judged_by_its_frames(
    tmp_path: Path, good_wav: Path, options: tuple[str, ...], mode: str
) -> None:
    mp3 = encode_mp3(good_wav, tmp_path / "bare.mp3", *options, "-write_xing", "0")
    assert MP3(mp3).info.bitrate_mode == BitrateMode.UNKNOWN  # mutagen cannot tell
    report = check_file(mp3)
    assert report.measure("bitrate_mode").value == mode
    scanned = scan_mp3_frames(mp3.read_bytes())
    assert scanned is not None and scanned[0] == mode
    if mode == "CBR":
        assert scanned[1] == pytest.approx(192.0, abs=0.01)


def test_rms_agrees_with_plain_numpy_on_a_decoded_mp3(tmp_path: Path, good_wav: Path) -> None:
    mp3 = encode_mp3(good_wav, tmp_path / "x.mp3", "-b:a", "192k")
    raw = run_ffmpeg(["-i", str(mp3), "-f", "f32le", "-ac", "1", "-"], what="cross-check")
    samples = np.frombuffer(raw, dtype=np.float32).astype(np.float64)
    plain_rms = 20 * np.log10(np.sqrt(np.mean(samples**2)))
    assert value(check_file(mp3), "rms") == pytest.approx(plain_rms, abs=0.5)


# --- profiles and folders --------------------------------------------------


def test_podcast_profile_judges_loudness_not_rms(tmp_path: Path, rng) -> None:
    signal = chapter(rng)
    signal *= 10 ** ((-16.0 - measure_samples(signal, RATE)["lufs"]) / 20)
    report = check_file(write_wav(tmp_path / "pod.wav", signal), profile="podcast")
    assert value(report, "lufs") == pytest.approx(-16.0, abs=0.1)
    assert report.measure("rms").rule == ""
    assert report.ok, report.failed
    quiet = check_file(write_wav(tmp_path / "quiet.wav", chapter(rng)), profile="podcast")
    assert [m.name for m in quiet.failed] == ["lufs"]


def test_raw_profile_measures_and_passes_everything(tmp_path: Path, rng) -> None:
    report = check_file(write_wav(tmp_path / "hiss.wav", noise(2.0, -70.0, rng)), profile="raw")
    assert report.ok
    assert value(report, "rms") == pytest.approx(-70.0, abs=0.2)


def test_check_paths_expands_folders_and_wants_alike_channels(tmp_path: Path, rng) -> None:
    mono = chapter(rng, body=2.0)
    write_wav(tmp_path / "02.wav", mono)
    write_wav(tmp_path / "01.wav", mono)
    write_wav(tmp_path / "03.wav", np.stack([mono, mono], axis=1))
    (tmp_path / "notes.txt").write_text("not audio")
    reports = check_paths([tmp_path])
    assert [r.path.name for r in reports] == ["01.wav", "02.wav", "03.wav"]
    assert [r.ok for r in reports] == [True, True, False]
    assert [m.name for m in reports[2].failed] == ["channels"]
    assert all(r.ok for r in check_paths([tmp_path / "03.wav"]))


def test_unknown_profile_lists_the_valid_ones(good_wav: Path) -> None:
    with pytest.raises(ConfigError) as caught:
        check_paths([good_wav], profile="audible")
    assert all(name in str(caught.value) for name in PROFILES)


def test_missing_path_and_empty_folder_are_errors(tmp_path: Path) -> None:
    with pytest.raises(AudiobookError, match="no such file"):
        check_paths([tmp_path / "nope.mp3"])
    with pytest.raises(AudiobookError, match="no audio files"):
        check_paths([tmp_path])


def test_report_is_json_ready(good_wav: Path, tmp_path: Path, rng) -> None:
    zeros = write_wav(tmp_path / "zeros.wav", np.zeros(RATE))
    for report in (check_file(good_wav), check_file(zeros)):
        data = report.to_dict()
        text = json.dumps(data, allow_nan=False)
        assert json.loads(text)["measures"]["rms"]["unit"] == "dBFS"
        assert data["ok"] is report.ok
