"""The audio check, on signals made here with numpy and files read back with ffmpeg."""

from __future__ import annotations

import json
import subprocess
import tracemalloc
import wave
from pathlib import Path

import numpy as np
import pyloudnorm
import pytest
from mutagen.mp3 import MP3, BitrateMode

from audiobook import tools
from audiobook.audio.qc import (
    PROFILES,
    FileReport,
    LevelMeter,
    check_file,
    check_paths,
    measure_file,
    measure_samples,
    scan_mp3_frames,
)
from audiobook.errors import AudiobookError, ConfigError
from audiobook.tools import decode_audio, run_ffmpeg

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


# --- streaming: a file is measured a block at a time -------------------------

BLOCK = LevelMeter(RATE).block_samples  # samples per block read from ffmpeg


def speech_like(seconds: float, rng: np.random.Generator, rate: int = RATE) -> np.ndarray:
    """Room tone with sine "words" switched on and off at uneven lengths."""
    signal = noise(seconds, ROOM_DB, rng, rate)
    t = np.arange(signal.size) / rate
    words = np.sin(2 * np.pi * 0.37 * t) + 0.6 * np.sin(2 * np.pi * 1.3 * t) > 0.2
    signal += words * 0.15 * np.sin(2 * np.pi * 180.0 * t + 2 * np.sin(2 * np.pi * 3.0 * t))
    return signal


def write_long_wav(path: Path, minutes: float, rng: np.random.Generator) -> tuple[Path, float]:
    """A mono 16-bit WAV written a minute at a time, with a digital-silence
    dropout straddling a block boundary; returns the path and the dropout (s)."""
    total = round(minutes * 60 * RATE)
    minute = 60 * RATE
    dropout = (7 * BLOCK - 12_345, 7 * BLOCK + 21_000)  # 0.756 s across blocks 7 and 8
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        speech = speech_like(60.0, rng)  # made once: ten minutes of sines take seconds
        for start in range(0, total, minute):
            piece = speech[: total - start].copy()
            if start == 0:
                piece[: RATE // 2] = noise(0.5, ROOM_DB, rng)  # a head of room tone
            lo, hi = (max(0, x - start) for x in dropout)
            piece[lo:hi] = 0.0
            out.writeframes(np.round(np.clip(piece, -1, 1) * 32767).astype("<i2").tobytes())
    return path, (dropout[1] - dropout[0]) / RATE


def assert_same_levels(got: dict[str, float], want: dict[str, float]) -> None:
    assert got.keys() == want.keys()
    for key, expected in want.items():
        tolerance = 0.001 if key.endswith("_s") else 0.01  # 1 ms, 0.01 dB
        assert got[key] == pytest.approx(expected, abs=tolerance), key


def test_streaming_check_of_a_long_file_matches_the_whole_array(tmp_path: Path, rng) -> None:
    wav, dropout = write_long_wav(tmp_path / "long.wav", 10.0, rng)
    streamed, rate, channels = measure_file(wav)
    raw, _, _ = decode_audio(wav)
    whole = np.frombuffer(raw, dtype=np.float32)
    assert (rate, channels) == (RATE, 1)
    assert_same_levels(streamed, measure_samples(whole, RATE))
    # And against plain numpy on the whole array, not through our meter.
    plain = whole.astype(np.float64)
    assert streamed["rms_db"] == pytest.approx(10 * np.log10(np.mean(plain**2)), abs=0.001)
    assert streamed["peak_db"] == pytest.approx(20 * np.log10(np.abs(plain).max()), abs=0.001)
    assert streamed["duration_s"] == whole.size / RATE == pytest.approx(600.0)
    assert streamed["longest_silence_s"] == pytest.approx(dropout, abs=1 / RATE)
    assert streamed["head_s"] == pytest.approx(0.5, abs=0.05)


def test_streaming_check_of_stereo_at_an_odd_rate(tmp_path: Path, rng) -> None:
    rate = 11025  # 100 ms loudness steps of 1102.5 samples; 110-sample frames
    block = LevelMeter(rate).block_samples
    left = speech_like(30.0, rng, rate)
    left[block - 500 : block + 2500] = 0.0  # dropout across the first block boundary
    left[-1234:] = 0.0  # and one at the very end, in a short last frame
    stereo = np.stack([left, 0.5 * np.roll(left, 77)], axis=1)
    stereo[3 * block - 40 : 3 * block + 40, 1] = 0.99  # a peak in one channel only
    wav = write_wav(tmp_path / "odd.wav", stereo, rate=rate)
    streamed, got_rate, channels = measure_file(wav)
    raw, _, _ = decode_audio(wav)
    whole = np.frombuffer(raw, dtype=np.float32).reshape(-1, 2)
    assert (got_rate, channels) == (rate, 2)
    assert_same_levels(streamed, measure_samples(whole, rate))
    assert streamed["peak_db"] == pytest.approx(20 * np.log10(0.99), abs=0.01)
    expected = pyloudnorm.Meter(rate).integrated_loudness(whole.astype(np.float64))
    assert streamed["lufs"] == pytest.approx(expected, abs=0.05)


def test_any_block_sizes_give_the_same_figures(rng) -> None:
    """Blocks that end on, just before or after frame and loudness-step
    boundaries, or cut a silent run, change nothing."""
    rate = 22050
    signal = speech_like(9.0, rng, rate).astype(np.float32)
    signal[30_000:41_117] = 0.0
    signal[-333:] = 0.0
    stereo = np.stack([signal, -0.7 * signal], axis=1)
    for audio in (signal, stereo):
        want = measure_samples(audio, rate)
        meter = LevelMeter(rate, audio.ndim)
        sizes = [1] * 2500 + [219, 220, 221, 2205, 2204, 2206, 7, 44_100] + [3001] * 100
        position = 0
        for size in sizes:
            meter.feed(audio[position : position + size])
            position += size
        assert position >= audio.shape[0]
        got = meter.result()
        for key, expected in want.items():
            assert got[key] == pytest.approx(expected, abs=1e-6), key


def test_check_file_memory_stays_bounded(tmp_path: Path, rng) -> None:
    """Twenty minutes of 44.1 kHz mono decode to 212 MB of float32; the check
    holds a block at a time and small per-frame figures."""
    minute = write_wav(tmp_path / "minute.wav", chapter(rng, head=0.75, body=57.0, tail=2.25))
    mp3 = tmp_path / "twenty.mp3"
    loop = ["-y", "-stream_loop", "19", "-i", str(minute)]  # 20 × the minute
    fast = ["-c:a", "libmp3lame", "-b:a", "32k", "-compression_level", "9"]
    run_ffmpeg([*loop, *fast, str(mp3)], what="test mp3")
    check_file(minute)  # imports and caches happen outside the traced run
    tracemalloc.start()
    try:
        report = check_file(mp3)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert value(report, "duration") == pytest.approx(20.0, abs=0.01)
    assert value(report, "rms") == pytest.approx(-20.0, abs=1.0)  # 32 kbps: a low bitrate
    assert peak < 60e6, f"traced peak {peak / 1e6:.0f} MB"


def test_a_file_ffmpeg_cannot_decode_is_an_audiobook_error(tmp_path: Path, monkeypatch) -> None:
    junk = tmp_path / "junk.mp3"
    junk.write_text("not audio at all\n" * 100)
    with pytest.raises(AudiobookError, match="not an audio file ffmpeg can read"):
        check_file(junk)  # the probe turns it down
    monkeypatch.setattr(tools, "probe_stream", lambda path: (RATE, 1))
    with pytest.raises(AudiobookError, match="not an audio file ffmpeg can read"):
        check_file(junk)  # the decoder exits non-zero


def test_ffmpeg_is_stopped_when_measuring_fails_midway(tmp_path: Path, rng, monkeypatch) -> None:
    wav = write_wav(tmp_path / "half.wav", speech_like(30.0, rng))
    started: list[subprocess.Popen] = []

    class Recorded(subprocess.Popen):
        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            started.append(self)

    def broken_feed(self, block: np.ndarray) -> None:
        raise RuntimeError("measuring broke")

    monkeypatch.setattr(subprocess, "Popen", Recorded)
    monkeypatch.setattr(LevelMeter, "feed", broken_feed)
    with pytest.raises(RuntimeError, match="measuring broke"):
        check_file(wav)
    decoder = started[-1]  # after the probe
    assert "pcm_f32le" in decoder.args
    assert decoder.returncode is not None  # reaped, not left running
    assert decoder.returncode != 0  # killed: 5 MB of output cannot fit in the pipe


def test_longest_silence_counts_samples_not_frames(rng) -> None:
    """A run of 3 whole silent frames plus most of its neighbours is longer
    than a run of 4 frames that ends the file in a 10-sample frame."""
    frame = RATE // 100
    signal = noise(1.0, ROOM_DB, rng)[: 100 * frame + 10]
    signal[20 * frame - 400 : 23 * frame + 400] = 0.0  # 3 × 441 + 800 = 2123 samples
    signal[96 * frame :] = 0.0  # 4 × 441 + 10 = 1774 samples
    got = measure_samples(signal, RATE)["longest_silence_s"]
    assert got * RATE == pytest.approx(3 * frame + 800)
