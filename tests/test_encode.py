"""The part encoder (LAME in-process after soxr) and the build's own measuring decoder.

Real speech from the real engine, mastered as a build masters it; the files
are read back by ffmpeg, an independent decoder.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from mutagen.mp3 import MP3

from audiobook.audio.encode import encode_mp3
from audiobook.audio.master import PROFILES, master
from audiobook.audio.qc import check_file, measure_mp3
from audiobook.build.produce import CODEC_DELAY
from audiobook.config import load_voice
from audiobook.models import ChapterAudio, ScriptChapter
from audiobook.speech.engines import get_engine
from audiobook.tools import decode_audio

TEXT = (
    "Natalia slipped into the studio as the first light of dawn crept in. "
    "The microphone waited, patient as ever, for the first words of the day."
)


def _decoded(path: Path) -> np.ndarray:
    """The file as ffmpeg decodes it, mono float64."""
    raw, _, _ = decode_audio(path)
    return np.frombuffer(raw, dtype=np.float32).astype(np.float64)


@pytest.fixture(scope="module")
def speech() -> np.ndarray:
    spoken = get_engine("pyttsx3").synthesize(TEXT, load_voice("narrator"))
    voice = spoken.pcm.astype(np.float32) / 32768
    quiet = np.zeros(22050, dtype=np.float32)  # a second before and after: room tone only
    return np.concatenate([quiet, voice, quiet])


@pytest.fixture(scope="module")
def encoded(speech, tmp_path_factory) -> tuple[Path, np.ndarray]:
    chapter = ChapterAudio(ScriptChapter(1, "x", ()), speech.copy(), 22050, ())
    mastered = master(chapter, PROFILES["acx"]).samples
    path = tmp_path_factory.mktemp("enc") / "part.mp3"
    encode_mp3(mastered, 22050, path, 192, 44100)
    return path, mastered


def test_encoded_part_is_192k_cbr_mono_at_44k_with_every_sample(encoded):
    path, mastered = encoded
    info = MP3(path).info
    assert (info.sample_rate, info.channels, info.bitrate) == (44100, 1, 192000)
    raw, rate, channels = decode_audio(path)
    decoded = np.frombuffer(raw, dtype=np.float32)
    assert (rate, channels) == (44100, 1)
    # Whole frames: the encoder's delay at the start, padding to a frame at the end.
    assert 2 * len(mastered) + CODEC_DELAY <= len(decoded) < 2 * len(mastered) + CODEC_DELAY + 1152


def test_audio_sits_where_the_codec_delay_says(encoded):
    path, mastered = encoded
    decoded = _decoded(path)
    source = np.repeat(mastered.astype(np.float64), 2)  # a crude 2× upsampling, for the lag only
    window = slice(30_000, 30_000 + 44_100)
    lags = range(CODEC_DELAY - 40, CODEC_DELAY + 41)
    best = max(lags, key=lambda lag: float(np.dot(decoded[lag:][window], source[window])))
    assert abs(best - CODEC_DELAY) <= 2


def test_same_samples_give_the_same_bytes(encoded, tmp_path):
    path, mastered = encoded
    again = tmp_path / "again.mp3"
    encode_mp3(mastered, 22050, again, 192, 44100)
    assert again.read_bytes() == path.read_bytes()


def test_the_builds_decoder_measures_what_ffmpeg_measures(encoded):
    path, _ = encoded
    ours = measure_mp3(path)
    report = check_file(path)
    for name, key, tolerance in [
        ("rms", "rms_db", 0.02),
        ("peak", "peak_db", 0.02),
        ("noise_floor", "noise_floor_db", 0.05),
        ("lufs", "lufs", 0.05),
        ("head", "head_s", 0.011),
        ("tail", "tail_s", 0.011),
        ("digital_silence", "longest_silence_s", 0.011),
    ]:
        assert ours[key] == pytest.approx(report.measure(name).value, abs=tolerance), name
    assert ours["duration_s"] * 1000 == pytest.approx(MP3(path).info.length * 1000, abs=30)
    assert ours["tail_s"] > 0.5  # the quiet second at the end, not stale samples past it


def test_a_stop_request_ends_an_encode_at_the_next_block(tmp_path):
    import threading
    import time

    from audiobook.errors import BuildInterrupted

    stop = threading.Event()
    stop.set()
    hour = np.zeros(22050 * 3600, dtype=np.float32)
    started = time.monotonic()
    with pytest.raises(BuildInterrupted):
        encode_mp3(hour, 22050, tmp_path / "hour.mp3", 192, 44100, stop)
    assert time.monotonic() - started < 1


def _band_power(audio: np.ndarray, rate: int, low_hz: float, high_hz: float) -> float:
    spectrum = np.abs(np.fft.rfft(audio)) ** 2
    freqs = np.fft.rfftfreq(len(audio), 1 / rate)
    return float(spectrum[(freqs >= low_hz) & (freqs < high_hz)].sum())


def _write(encoder, samples: np.ndarray, path: Path) -> Path:
    try:
        path.write_bytes(encoder.encode(samples) + encoder.flush())
    finally:
        encoder.close()
    return path


def test_lame_is_told_the_signals_bandwidth(tmp_path):
    """White noise coded with an 8 kHz bandwidth keeps nothing above it; coded
    without one, LAME keeps the bands up to its own choice (well past 8 kHz)."""
    from audiobook.audio import lame

    if lame._api() is None:
        pytest.skip("this lameenc build hides LAME's C functions")
    noise = np.random.default_rng(7).uniform(-0.3, 0.3, 44100 * 3).astype(np.float32)
    narrow = _decoded(_write(lame.open_encoder(44100, 192, 8000), noise, tmp_path / "n.mp3"))
    full = _decoded(_write(lame.open_encoder(44100, 192), noise, tmp_path / "f.mp3"))
    for audio in (narrow, full):  # both keep the band below 8 kHz
        assert _band_power(audio, 44100, 1000, 7000) > 0.5 * _band_power(noise, 44100, 1000, 7000)
    above = _band_power(noise, 44100, 9000, 14000)
    assert _band_power(narrow, 44100, 9000, 14000) < 1e-4 * above
    assert _band_power(full, 44100, 9000, 14000) > 0.5 * above


def test_the_low_pass_costs_our_speech_nothing(encoded, tmp_path, monkeypatch):
    """Coded with the low-pass at the voice's Nyquist (the build's encoder) and
    without (lameenc's class, the fallback), real speech decodes equally close
    to what went in: the low-pass removes nothing our 22.05 kHz voice holds."""
    import soxr

    from audiobook.audio import lame

    path, mastered = encoded
    monkeypatch.setattr(lame, "_api", lambda: None)  # the fallback, where LAME's symbols hide
    plain = tmp_path / "plain.mp3"
    encode_mp3(mastered, 22050, plain, 192, 44100)
    assert MP3(plain).info.bitrate == 192000
    source = soxr.resample(mastered, 22050, 44100, quality="HQ").astype(np.float64)

    def snr_db(mp3: Path) -> float:
        decoded = _decoded(mp3)[CODEC_DELAY : CODEC_DELAY + len(source)]
        error = decoded - source[: len(decoded)]
        return float(10 * np.log10(np.sum(source**2) / np.sum(error**2)))

    assert snr_db(path) > 15
    assert snr_db(path) == pytest.approx(snr_db(plain), abs=0.5)
