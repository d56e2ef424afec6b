"""Build progress as plain data: every stage reports it, every front end reads it.

It lives below every package so that the output writers (`publish/`) can report
progress without importing the build that calls them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass(frozen=True)
class BuildEvent:
    """Progress for front ends: a stage, how far it is, and stage-specific figures."""

    stage: str
    done: int
    total: int
    info: dict = field(default_factory=dict)


EventSink = Callable[[BuildEvent], None]
