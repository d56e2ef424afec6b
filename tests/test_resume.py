"""Killed, interrupted and concurrent builds: nothing lost, identical results."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from bookgen import CHAPTER_FILES_ONLY, write_book

from conftest import default_sigint


def start_build(book: Path, out: Path, cache: Path, jobs: int = 1) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "audiobook", "build", str(book), "-o", str(out),
         "--cache", str(cache), "--quiet", "--jobs", str(jobs)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )  # fmt: skip


def mp3s(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.glob("*.mp3"))}


@pytest.fixture(scope="module")
def reference(tmp_path_factory):
    """A book of ~1,400 words built without interruption, from a cold cache. What is
    resumed is the speaking and the chapters; the book-wide outputs are made from them
    (and are byte-identical from build to build: test_build)."""
    root = tmp_path_factory.mktemp("resume")
    book = write_book(root / "book", words=1400, chapters=2, seed=11, extra_toml=CHAPTER_FILES_ONLY)
    out = root / "reference"
    proc = start_build(book, out, root / "ref-cache", jobs=2)
    _, err = proc.communicate(timeout=600)
    assert proc.returncode == 0, err
    return book, out


def test_sigkill_mid_synthesis_then_resume_gives_identical_output(reference, tmp_path):
    book, reference_out = reference
    cache = tmp_path / "cache"
    out = tmp_path / "out"
    proc = start_build(book, out, cache)
    segments = cache / "segments"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if segments.is_dir() and sum(1 for _ in segments.glob("*/*.seg")) >= 40:
            break
        time.sleep(0.01)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    done_before = sum(1 for _ in segments.glob("*/*.seg"))
    every = sum(1 for _ in (reference_out.parent / "ref-cache" / "segments").glob("*/*.seg"))
    assert 40 <= done_before < every  # killed mid-synthesis, some work finished
    assert not out.exists()  # nothing half-written

    again = start_build(book, out, cache)
    _, err = again.communicate(timeout=600)
    assert again.returncode == 0, err
    assert mp3s(out) == mp3s(reference_out)


def test_ctrl_c_stops_cleanly_and_says_how_far_it_got(reference, tmp_path):
    book, _ = reference
    cache = tmp_path / "cache"
    log = tmp_path / "stderr.txt"
    with log.open("w") as stderr:  # a file, not a pipe: we time the command, as a shell does
        proc = subprocess.Popen(
            [sys.executable, "-m", "audiobook", "build", str(book), "-o", str(tmp_path / "out"),
             "--cache", str(cache), "--quiet", "--jobs", "1"],
            stdout=subprocess.DEVNULL, stderr=stderr, start_new_session=True,
            preexec_fn=default_sigint,
        )  # fmt: skip
    segments = cache / "segments"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if segments.is_dir() and any(segments.glob("*/*.seg")):
            break
        time.sleep(0.01)
    sent = time.monotonic()
    os.killpg(proc.pid, signal.SIGINT)
    proc.wait(timeout=60)
    assert time.monotonic() - sent < 2
    err = log.read_text()
    assert proc.returncode == 130
    assert "stopped by the user" in err
    assert "Traceback" not in err
    assert not (tmp_path / "out").exists()


def test_two_concurrent_builds_share_cache_and_agree(reference, tmp_path):
    book, reference_out = reference
    cache = tmp_path / "cache"
    out = tmp_path / "out"
    first = start_build(book, out, cache)
    second = start_build(book, out, cache)
    for proc in (first, second):
        _, err = proc.communicate(timeout=600)
        assert proc.returncode == 0, err
    assert mp3s(out) == mp3s(reference_out)
    leftovers = [p.name for p in tmp_path.iterdir() if p.name.startswith(".out.")]
    assert leftovers == []
