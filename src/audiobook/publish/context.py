"""What the output writers need from the build that calls them, declared here.

`publish/` comes before `build/` in the package order, so it cannot import the
build's `Run`; it names the few things it uses as protocols instead, and the
build's `Run` (with its `Staging`) fits them as it is.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from audiobook.config import BookConfig
from audiobook.events import EventSink
from audiobook.publish.tags import Tags
from audiobook.speech.cache import SegmentCache


class OutputFolder(Protocol):
    """The build's staging folder: files appear in it whole, unchanged ones are reused."""

    dir: Path  # the folder being filled
    state: dict[str, dict]  # per file: its key and info

    def path(self, name: str) -> Path: ...

    def reuse(self, name: str, key: str) -> dict | None: ...

    def record(self, name: str, key: str, info: dict | None = None) -> dict: ...


class OutputRun(Protocol):
    """One build as the output writers see it."""

    @property
    def config(self) -> BookConfig: ...

    @property
    def cache(self) -> SegmentCache: ...

    @property
    def tags(self) -> Tags: ...

    @property
    def staging(self) -> OutputFolder: ...

    @property
    def on_event(self) -> EventSink: ...

    @property
    def chapter_store(self) -> Path: ...
