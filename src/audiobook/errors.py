"""Our own exceptions, and the one place that turns any exception into the
one-line message and exit code a user sees.

The core raises; only `render` (called by the CLI, once per command and once
per book of a batch) decides wording and exit codes, so library users get real
exceptions and every command speaks the same way.
"""

from __future__ import annotations

import errno
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from pathlib import Path


class AudiobookError(Exception):
    """Anything the user can fix: the message says what, where and how."""


class ManuscriptError(AudiobookError):
    """The manuscript cannot be read or holds nothing to speak."""


class ConfigError(AudiobookError):
    """`book.toml` or a voice profile is wrong."""


class EngineError(AudiobookError):
    """The speech engine is missing, or failed on a segment even after retries."""


class ExportError(AudiobookError):
    """Writing or encoding an output failed (ffmpeg, disk, permissions)."""


class FileError(AudiobookError):
    """Reading or writing a file failed; the message says which, and where."""


class BuildInterrupted(AudiobookError):
    """The user pressed Ctrl-C; finished work is kept in the cache."""


# Exit codes: 1 is kept for "built, but a check failed" (--strict, `check`, `proof`).
EXIT_USER_ERROR = 2
EXIT_INTERNAL_ERROR = 3
EXIT_INTERRUPTED = 130

_NO_SPACE = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG}


def os_error_text(exc: OSError, doing: str | None = None, path: Path | str | None = None) -> str:
    """What an OSError means to a user, naming the path and what was being done.

    `doing` is "read" or "write" where the caller knows; without it only the
    error number speaks, so a failed read is never called a full disk.
    """
    where = path if path is not None else exc.filename
    target = f" {where}" if where is not None else ""
    code = exc.errno
    if code in _NO_SPACE:
        return (
            f"no space left on the disk to write{target}; "
            "free some space or choose another folder (-o)"
        )
    if code in {errno.EACCES, errno.EPERM}:
        return (
            f"permission denied: cannot {doing or 'open'}{target}; "
            "check its permissions or choose another folder"
        )
    if code == errno.EROFS:
        return f"cannot write{target}: the file system is read-only; choose another folder (-o)"
    if code == errno.ENOENT:
        return f"no such file or folder:{target}" if target else "no such file or folder"
    reason = exc.strerror or str(exc)
    return f"cannot {doing or 'open'}{target}: {reason}"


@contextmanager
def _doing(doing: str, path: Path | str) -> Iterator[None]:
    try:
        yield
    except OSError as exc:
        raise FileError(os_error_text(exc, doing, path)) from exc


def reading(path: Path | str) -> AbstractContextManager[None]:
    """Turn an OSError inside the block into a FileError that says reading `path` failed."""
    return _doing("read", path)


def writing(path: Path | str) -> AbstractContextManager[None]:
    """Turn an OSError inside the block into a FileError that says writing `path` failed."""
    return _doing("write", path)


@dataclass(frozen=True)
class Rendered:
    """What the user sees for an exception: one line for stderr, and the exit code."""

    line: str
    code: int


def counted(n: int, word: str, plural: str | None = None) -> str:
    """A count with its noun agreeing: "1 chapter", "2 chapters", "0 chapters" ("1 chapters"
    in a result line reads as a bug). `plural` for a noun not made with -s."""
    return f"{n} {word if n == 1 else plural or word + 's'}"


def describe(exc: BaseException) -> str:
    """The message alone, for places that show it inside other output (a table cell)."""
    if isinstance(exc, OSError):
        return os_error_text(exc)
    return str(exc)


def render(exc: BaseException) -> Rendered:
    """The one line and exit code for any exception that reached the user."""
    if isinstance(exc, BuildInterrupted):
        return Rendered(f"audiobook: {exc}", EXIT_INTERRUPTED)
    if isinstance(exc, KeyboardInterrupt):
        return Rendered("audiobook: stopped by the user", EXIT_INTERRUPTED)
    if isinstance(exc, AudiobookError | OSError):
        return Rendered(f"audiobook: error: {_short(describe(exc))}", EXIT_USER_ERROR)
    return Rendered(
        f"audiobook: internal error: {type(exc).__name__}: {_short(str(exc))} "
        "(run with --verbose for details)",
        EXIT_INTERNAL_ERROR,
    )


MAX_MESSAGE = 400


def _short(message: str) -> str:
    """A message on one line of at most `MAX_MESSAGE` characters: what it quotes from a
    manuscript (a run of 3,000 characters) is cut in its middle, so the file it names at
    its start and the fix it gives at its end are still read."""
    message = " ".join(message.split())
    if len(message) <= MAX_MESSAGE:
        return message
    head = MAX_MESSAGE * 2 // 3
    return f"{message[:head]} … {message[-(MAX_MESSAGE - head - 3) :]}"
