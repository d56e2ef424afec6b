"""One renderer for every error: the line a user reads and the exit code."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from audiobook.errors import (
    BuildInterrupted,
    ConfigError,
    FileError,
    ManuscriptError,
    reading,
    render,
    writing,
)
from audiobook.speech.cache import SegmentCache, default_cache_dir


def test_our_errors_are_one_line_exit_2():
    shown = render(ConfigError("book.toml: 'voice' (line 2, column 1) must be a string"))
    assert (shown.line, shown.code) == (
        "audiobook: error: book.toml: 'voice' (line 2, column 1) must be a string",
        2,
    )


def test_a_message_quoting_a_long_run_is_cut_to_one_short_line():
    quoted = "港" * 3000
    shown = render(ManuscriptError(f'book.txt: near "{quoted}"; please report it'))
    assert len(shown.line) <= 420 and "\n" not in shown.line
    assert shown.line.startswith("audiobook: error: book.txt: near")
    assert shown.line.endswith("; please report it")
    ordinary = render(ManuscriptError("book.txt: no such file"))
    assert ordinary.line == "audiobook: error: book.txt: no such file"


def test_interruptions_and_bugs_have_their_own_codes():
    assert render(BuildInterrupted("stopped; 3 of 9 segments kept")).code == 130
    assert render(KeyboardInterrupt()).line == "audiobook: stopped by the user"
    bug = render(ZeroDivisionError("division by zero"))
    assert bug.code == 3
    assert "internal error: ZeroDivisionError" in bug.line


@pytest.mark.parametrize(
    ("code", "phrase"),
    [
        (errno.ENOSPC, "no space left on the disk to write /out/a.mp3"),
        (errno.EACCES, "permission denied: cannot open /out/a.mp3"),
        (errno.EROFS, "the file system is read-only"),
        (errno.ENOENT, "no such file or folder: /out/a.mp3"),
        (errno.EIO, "cannot open /out/a.mp3: Input/output error"),
    ],
)
def test_os_errors_say_what_happened_not_always_a_full_disk(code, phrase):
    shown = render(OSError(code, os.strerror(code), "/out/a.mp3"))
    assert shown.code == 2
    assert phrase in shown.line
    if code != errno.ENOSPC:
        assert "free some space" not in shown.line


def test_a_failed_read_says_reading_and_names_the_path(tmp_path):
    missing = tmp_path / "gone.txt"
    with pytest.raises(FileError, match=f"no such file or folder: {missing}"), reading(missing):
        missing.read_text()
    folder = tmp_path / "folder"
    folder.mkdir()
    with pytest.raises(FileError, match=f"cannot read {folder}"), reading(folder):
        folder.read_bytes()


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write anywhere")
def test_a_refused_write_says_permission_denied(tmp_path):
    locked = tmp_path / "locked"
    locked.mkdir(mode=0o500)
    with pytest.raises(FileError, match="permission denied: cannot write"), writing(locked):
        (locked / "x").write_bytes(b"x")


def test_a_full_disk_says_so(tmp_path):
    full = Path("/dev/full")
    if not full.exists():
        pytest.skip("no /dev/full here")
    expected = pytest.raises(FileError, match="no space left on the disk to write /dev/full")
    with expected, writing(full), full.open("wb") as out:
        out.write(b"x" * 65536)
        out.flush()


def test_the_default_cache_moves_the_old_doubled_folder_up(tmp_path, monkeypatch):
    monkeypatch.delenv("AUDIOBOOK_CACHE", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    old = tmp_path / "audiobook" / "segments"
    (old / "segments" / "ab").mkdir(parents=True)
    (old / "segments" / "ab" / "abcd.seg").write_bytes(b"speech")
    (old / "chapters").mkdir()
    (old / "chapters" / "c.mp3").write_bytes(b"mp3")
    root = default_cache_dir()
    assert root == tmp_path / "audiobook"
    assert (root / "segments" / "ab" / "abcd.seg").read_bytes() == b"speech"
    assert (root / "chapters" / "c.mp3").read_bytes() == b"mp3"
    assert not (root / "segments" / "segments").exists()
    assert SegmentCache(root / "segments").path_for("abcd").is_file()
