"""Reading audio back as a listener's player would: ffmpeg decodes, numpy holds it.

One helper for every test that checks real files, so they all decode alike.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import numpy as np

from audiobook.tools import ffmpeg_path


def decode(path: Path, rate: int | None = None, *, quiet: bool = False) -> np.ndarray:
    """The file as ffmpeg decodes it: mono float32, at `rate` if given.

    With `quiet`, any message from the decoder (a damaged frame, a bad
    header) fails the test.
    """
    resample = ["-ar", str(rate)] if rate else []
    proc = subprocess.run(
        [ffmpeg_path(), "-v", "error", "-i", str(path), "-f", "f32le", "-ac", "1", *resample, "-"],
        capture_output=True,
        check=True,
    )
    if quiet:
        assert proc.stderr == b"", proc.stderr.decode(errors="replace")
    return np.frombuffer(proc.stdout, dtype=np.float32)
