"""Engine registry: engines are looked up by their NAME.

Heavy or platform libraries are imported inside each engine, so a missing one
surfaces as a clear 'disabled because …' message instead of an import crash.
"""

from __future__ import annotations

import functools

from audiobook.errors import EngineError
from audiobook.speech.engines.base import Engine, Speech, VoiceInfo, WordMark
from audiobook.speech.engines.piper_engine import PiperEngine
from audiobook.speech.engines.pyttsx3_engine import Pyttsx3Engine

ENGINES: dict[str, type[Engine]] = {cls.NAME: cls for cls in (Pyttsx3Engine, PiperEngine)}

__all__ = ["ENGINES", "Engine", "Speech", "VoiceInfo", "WordMark", "get_engine"]


@functools.cache
def get_engine(name: str) -> Engine:
    """The engine instance for `name`, one per process (engines are costly to start)."""
    try:
        cls = ENGINES[name]
    except KeyError:
        raise EngineError(
            f"unknown engine '{name}'; valid engines: {', '.join(sorted(ENGINES))}"
        ) from None
    ok, why = cls.available()
    if not ok:
        raise EngineError(f"engine '{name}' is disabled because {why}")
    return cls()
