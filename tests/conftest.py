"""Shared test helpers: books made on the fly, a shared segment cache, the real CLI."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import settings

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT.parent / "shared" / "seed" / "the-masterpiece.txt"
SEED_SHA256 = "2f272e8f494c9799376ef156689e85844a4ee27e206924308b9f53442a2688ae"

# The same examples on every run, so `make test` passes or fails the same way on any
# machine; `HYPOTHESIS_PROFILE=explore` draws new ones, to hunt for cases to add.
settings.register_profile("repeatable", derandomize=True, database=None)
settings.register_profile("explore", max_examples=1000)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "repeatable"))


@pytest.fixture(scope="session", autouse=True)
def _isolated_cache(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Never touch the user's cache; share one cache across the session for speed."""
    os.environ["AUDIOBOOK_CACHE"] = str(tmp_path_factory.mktemp("audiobook-cache"))


@pytest.fixture
def cache_dir() -> Path:
    return Path(os.environ["AUDIOBOOK_CACHE"])


@pytest.fixture
def make_book(tmp_path: Path) -> Callable[..., Path]:
    """Write a book folder from {name: text or bytes}; returns the folder."""

    def make(files: dict[str, str | bytes], name: str = "book") -> Path:
        folder = tmp_path / name
        folder.mkdir(parents=True, exist_ok=True)
        for rel, content in files.items():
            path = folder / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(content, bytes):
                path.write_bytes(content)
            else:
                path.write_text(content, encoding="utf-8")
        return folder

    return make


def run_cli(
    *args: str, cwd: Path | None = None, timeout: float = 600
) -> subprocess.CompletedProcess:
    """The real `audiobook` command, as a person runs it."""
    return subprocess.run(
        [sys.executable, "-m", "audiobook", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=timeout,
        env={**os.environ, "COLUMNS": "200"},
    )


SHORT_BOOK = """# The Little Test

## One

Anna opened the door. The room was dark, and it smelled of rain.

She lit a lamp.

## Two

Outside, the wind rose. Tom waited by the gate for an hour.
"""


def default_sigint() -> None:
    """For a child that is sent SIGINT: a test run started in the background (`cmd &`
    in a script, `nohup make fresh &`) inherits SIGINT ignored, and so would the
    build; give it the disposition a terminal gives (`Popen(preexec_fn=...)`)."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)
