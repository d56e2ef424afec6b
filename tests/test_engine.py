"""The real pyttsx3 engine (espeak-ng here): real speech, real voices."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest

from audiobook.config import load_voice
from audiobook.errors import ConfigError, EngineError
from audiobook.speech.engines import get_engine

TEXT = "Natalia slipped into the studio as the first light of dawn crept in."


@pytest.fixture(scope="module")
def engine():
    return get_engine("pyttsx3")


def test_speaks_real_audio_whose_length_fits_the_words(engine):
    speech = engine.synthesize(TEXT, load_voice("narrator"))
    assert speech.sample_rate == 22050
    seconds = len(speech.pcm) / speech.sample_rate
    words = len(TEXT.split())
    assert words * 60 / 155 * 0.5 < seconds < words * 60 / 155 * 2
    assert np.abs(speech.pcm).max() > 3000  # real speech, not a whisper or silence
    assert len(speech.words) == words  # espeak reports where every word starts
    assert [w.ms for w in speech.words] == sorted(w.ms for w in speech.words)


def test_same_text_and_voice_give_identical_audio_whatever_came_before(engine):
    narrator = load_voice("narrator")
    first = engine.synthesize(TEXT, narrator)
    engine.synthesize("Something entirely different, and longer, was said in between.", narrator)
    engine.synthesize("Another voice spoke too.", load_voice("female"))
    again = engine.synthesize(TEXT, narrator)
    assert np.array_equal(first.pcm, again.pcm)


def test_choosing_another_voice_really_changes_the_audio(engine):
    narrator = engine.synthesize(TEXT, load_voice("narrator"))
    female = engine.synthesize(TEXT, load_voice("female"))
    male = engine.synthesize(TEXT, load_voice("male"))
    assert not np.array_equal(narrator.pcm[:20000], female.pcm[:20000])
    assert not np.array_equal(female.pcm[:20000], male.pcm[:20000])

    def pitch(pcm: np.ndarray) -> float:  # mean zero-crossing rate of voiced audio
        x = pcm.astype(np.float64)
        loud = np.abs(x) > 2000
        return float(np.mean(np.abs(np.diff(np.sign(x[loud])))))

    assert pitch(female.pcm) > pitch(male.pcm)


def test_rate_changes_the_pace(engine):
    from dataclasses import replace

    slow = engine.synthesize(TEXT, replace(load_voice("narrator"), rate=120))
    fast = engine.synthesize(TEXT, replace(load_voice("narrator"), rate=240))
    assert len(slow.pcm) > 1.5 * len(fast.pcm)


def test_unknown_voice_is_refused_with_close_matches(engine):
    from dataclasses import replace

    bad = replace(load_voice("narrator"), voice="gmw/en-uss")
    with pytest.raises(ConfigError) as caught:
        engine.check_voice(bad)
    assert "gmw/en-us" in str(caught.value)


def test_markup_lookalikes_are_spoken_as_text_not_obeyed(engine):
    narrator = load_voice("narrator")
    plain = engine.synthesize("speak hello speak", narrator)
    tagged = engine.synthesize("<speak>hello</speak>", narrator)
    assert len(tagged.pcm) > 0.5 * len(plain.pcm)  # the tags were read, not swallowed


def test_an_utterance_past_its_deadline_is_stopped_and_the_next_is_unharmed(engine):
    narrator = load_voice("narrator")
    first = engine.synthesize(TEXT, narrator)
    long_text = " ".join([TEXT] * 40)
    with pytest.raises(EngineError, match="did not finish"):
        engine.synthesize(long_text, narrator, timeout_s=0.001)
    assert np.array_equal(engine.synthesize(TEXT, narrator).pcm, first.pcm)


def test_a_dead_speaking_process_is_replaced_with_the_same_voice(engine):
    narrator = load_voice("narrator")
    first = engine.synthesize(TEXT, narrator)
    speaker = engine._sync._speaker
    speaker.process.kill()
    speaker.process.wait()
    again = engine.synthesize(TEXT, narrator)
    assert engine._sync._speaker is not speaker
    assert np.array_equal(again.pcm, first.pcm)


def test_the_speaking_process_dies_with_the_process_that_started_it(tmp_path):
    script = (
        "import os, sys\n"
        "from audiobook.config import load_voice\n"
        "from audiobook.speech.engines import get_engine\n"
        "engine = get_engine('pyttsx3')\n"
        "engine.synthesize('Hello.', load_voice('narrator'))\n"
        "print(engine._sync._speaker.process.pid, flush=True)\n"
        "sys.stdin.read()\n"
    )
    owner = subprocess.Popen(
        [sys.executable, "-c", script], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    assert owner.stdout is not None
    speaker_pid = int(owner.stdout.readline())
    assert Path(f"/proc/{speaker_pid}").exists()
    owner.kill()  # SIGKILL: no atexit, no cleanup of its own
    owner.wait()
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline and _running(speaker_pid):
        time.sleep(0.05)
    assert not _running(speaker_pid)


def _running(pid: int) -> bool:
    """True while `pid` exists and is not a zombie waiting to be reaped."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, IndexError):
        return False
    return state != "Z"


def test_a_run_gives_each_text_the_same_samples_whenever_it_is_spoken_after_the_same_context(
    engine,
):
    narrator = load_voice("narrator")
    texts = [TEXT, "The tape rolled on.", "Nobody spoke for a while."]
    whole = engine.synthesize_run(texts, narrator)
    engine.synthesize("Something else entirely, to move the engine along.", narrator)
    head = engine.synthesize_run(texts[:2], narrator)
    assert len(whole) == 3 and len(head) == 2
    assert np.array_equal(whole[1].pcm, head[1].pcm)
    assert [w.ms for w in whole[1].words] == [w.ms for w in head[1].words]
    assert np.array_equal(whole[0].pcm, engine.synthesize(TEXT, narrator).pcm)
