"""Fake engines for testing our own logic around an engine (never a feature alone).

Each speaks a tone whose length follows the word count, and misbehaves on
command: a text containing HANG sleeps forever, CRASH kills the worker
process, TRUNCATE returns a sliver of audio, FLAKY fails on its first try
(attempts are counted in files under $FAKE_ENGINE_STATE, shared by workers),
SLOWn sleeps n tenths of a second (to make workers finish out of order),
SILENT returns digital silence (as espeak does for text it cannot say).
"""

from __future__ import annotations

import hashlib
import os
import re
import time
from pathlib import Path

import numpy as np

from audiobook.config import VoiceProfile
from audiobook.errors import EngineError
from audiobook.speech.engines.base import Engine, Speech, VoiceInfo

RATE = 22050


def tone_for(text: str, rate_wpm: int = 155) -> np.ndarray:
    count = max(1, len(re.findall(r"\w+", text)))
    n = int(RATE * count * 60 / rate_wpm)
    t = np.arange(n) / RATE
    freq = 200 + (sum(map(ord, text)) % 300)
    return (np.sin(2 * np.pi * freq * t) * 8000).astype(np.int16)


class FakeEngine(Engine):
    NAME = "fake"

    def version(self) -> str:
        return "fake 1"

    def voices(self) -> list[VoiceInfo]:
        return [VoiceInfo("fake/one", "Fake", "en", "", self.NAME)]

    def synthesize(self, text: str, profile: VoiceProfile, timeout_s: float = 30.0) -> Speech:
        if "HANG" in text:
            time.sleep(3600)
        if "CRASH" in text:
            os._exit(9)
        if "SILENT" in text:
            return Speech(np.zeros(RATE, dtype=np.int16), RATE)
        if "TRUNCATE" in text:
            return Speech(tone_for("x")[:200], RATE)
        slow = re.search(r"SLOW(\d)", text)
        if slow:
            time.sleep(int(slow.group(1)) / 10)
        if "FLAKY" in text:
            state = Path(os.environ["FAKE_ENGINE_STATE"])
            marker = state / f"flaky-{hashlib.sha1(text.encode()).hexdigest()[:12]}"
            if not marker.exists():
                marker.write_text("tried")
                raise EngineError("flaky failure")
        return Speech(tone_for(text, profile.rate), RATE)


class StatefulFakeEngine(FakeEngine):
    """A fake that declares it carries state between utterances, as espeak-ng does."""

    carries_state = True
