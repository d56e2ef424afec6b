"""Writing files so that a reader sees the whole file or none.

Every stage writes through here (segment cache, chapter parts, the output
folder's files, `say`), so a build killed at any moment leaves no half file
that a later build would trust.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def atomic_path(path: Path) -> Iterator[Path]:
    """A temporary path beside `path`, renamed onto it only if the block succeeds.

    The name is unique per process and thread (parts are written by several
    threads, caches by concurrent builds) and keeps the suffix, because ffmpeg
    picks its muxer from it.
    """
    tmp = path.with_name(f".{path.stem}.{os.getpid()}.{threading.get_ident()}.tmp{path.suffix}")
    try:
        yield tmp
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def write_atomic(path: Path, data: bytes) -> Path:
    """Write `data` to `path` whole, creating its folder."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with atomic_path(path) as tmp:
        tmp.write_bytes(data)
    return path
