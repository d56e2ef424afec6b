"""`audiobook cache clear` never empties a cache a build is using: the build holds a shared
lock on the folder for its whole run, and a clear that cannot take it says so in one line
(exit 2) and deletes nothing."""

from __future__ import annotations

from pathlib import Path

from audiobook.build.pipeline import build
from audiobook.events import BuildEvent
from audiobook.speech.cache import hold

from conftest import SHORT_BOOK, run_cli


def _cache_with_a_segment(tmp_path: Path) -> Path:
    cache = tmp_path / "cache"
    (cache / "segments" / "ab").mkdir(parents=True)
    (cache / "segments" / "ab" / "abc.seg").write_bytes(b"x" * 10)
    return cache


def test_a_clear_while_the_cache_is_held_is_refused_and_deletes_nothing(tmp_path: Path) -> None:
    cache = _cache_with_a_segment(tmp_path)
    held = hold(str(cache))
    assert held is not None
    try:
        refused = run_cli("cache", "clear", "--cache", str(cache))
    finally:
        held.close()
    assert refused.returncode == 2
    assert refused.stderr.strip().count("\n") == 0 and "Traceback" not in refused.stderr
    assert "in use by a build" in refused.stderr and str(cache) in refused.stderr
    assert (cache / "segments" / "ab" / "abc.seg").is_file()
    cleared = run_cli("cache", "clear", "--cache", str(cache))  # the build is done: it clears
    assert cleared.returncode == 0 and "cleared 1 segment" in cleared.stdout
    assert not (cache / "segments").exists()


def test_a_running_build_holds_its_cache_and_lets_go_when_done(tmp_path: Path) -> None:
    book = tmp_path / "book.md"
    book.write_text(SHORT_BOOK, encoding="utf-8")
    cache = tmp_path / "cache"
    during: list[int] = []

    def on_event(event: BuildEvent) -> None:
        if event.stage == "master & encode" and not during:  # the build is mid-run
            during.append(run_cli("cache", "clear", "--cache", str(cache)).returncode)

    build(book, tmp_path / "out", cache_dir=cache, jobs=1, on_event=on_event)
    assert during == [2]
    assert any((cache / "chapters").glob("*.mp3"))  # nothing was taken from the build
    after = run_cli("cache", "clear", "--cache", str(cache))
    assert after.returncode == 0, after.stderr
    assert not any((cache / "chapters").glob("*.mp3"))
