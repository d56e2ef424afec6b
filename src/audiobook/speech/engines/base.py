"""The engine interface: a name, a version, its voices, and `synthesize`.

An engine turns one segment of text into mono int16 PCM. Everything around
it — verification, retries, caching, parallel workers — is ours and lives in
`synthesize.py`, so a new engine is one small file.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass, field

import numpy as np

from audiobook.config import VoiceProfile


@dataclass(frozen=True)
class VoiceInfo:
    """One voice an engine offers."""

    id: str
    name: str
    language: str
    gender: str
    engine: str


@dataclass(frozen=True)
class WordMark:
    """Where a word of the spoken text starts in the audio."""

    char_start: int
    char_len: int
    ms: int


@dataclass(frozen=True)
class Speech:
    """One utterance: mono int16 samples, their rate, and word marks if known."""

    pcm: np.ndarray = field(repr=False)
    sample_rate: int
    words: tuple[WordMark, ...] = ()

    @property
    def duration_ms(self) -> float:
        return 1000.0 * len(self.pcm) / self.sample_rate


class Engine(ABC):
    """A text-to-speech engine behind the registry in `engines/__init__.py`."""

    NAME: str = ""

    @classmethod
    def available(cls) -> tuple[bool, str]:
        """(usable, why not): lets `doctor` and errors say 'disabled because …'."""
        return True, ""

    @abstractmethod
    def version(self) -> str:
        """Engine and library versions: part of every cache key."""

    def voice_version(self, profile: VoiceProfile) -> str:
        """What the cache keys of `profile`'s segments hold of the engine: its version,
        and more when the voice's data is not part of it (a model beside a book's profile)."""
        return self.version()

    @abstractmethod
    def voices(self) -> list[VoiceInfo]:
        """Voices installed for this engine."""

    # True when what an utterance sounds like depends on what this engine said
    # before it (espeak-ng). Such an engine speaks a paragraph's segments in
    # one run, and each segment's cache key holds the text spoken before it.
    carries_state: bool = False

    @abstractmethod
    def synthesize(self, text: str, profile: VoiceProfile, timeout_s: float = 30.0) -> Speech:
        """Speak `text` in `profile`'s voice. Raise EngineError on failure."""

    def synthesize_run(
        self, texts: list[str], profile: VoiceProfile, timeout_s: float = 30.0
    ) -> list[Speech]:
        """Speak `texts` one after another from a fresh start; one Speech each."""
        return [self.synthesize(text, profile, timeout_s) for text in texts]

    def check_voice(self, profile: VoiceProfile) -> None:  # noqa: B027 - optional hook
        """Raise ConfigError if the profile's voice is not installed."""
