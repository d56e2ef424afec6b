"""Our own exceptions. The core raises them; only `cli.py` turns them into a
one-line message and exit code 2, so library users get real exceptions."""


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


class BuildInterrupted(AudiobookError):
    """The user pressed Ctrl-C; finished work is kept in the cache."""
