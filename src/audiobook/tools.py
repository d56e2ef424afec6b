"""Finding the external programs we drive: ffmpeg (and ffprobe when present).

ffmpeg comes from PATH when the system has it, else from the imageio-ffmpeg
wheel, so a fresh machine needs no apt. ffprobe is optional: the wheel does
not ship it, and everything we read back can be read with ffmpeg or mutagen.
"""

from __future__ import annotations

import functools
import os
import shutil
import subprocess
from pathlib import Path

from audiobook.errors import ExportError


@functools.cache
def ffmpeg_path() -> str:
    """The ffmpeg binary to run; AUDIOBOOK_FFMPEG overrides the search."""
    found = _chosen_ffmpeg()
    if found:
        if found == os.environ.get("AUDIOBOOK_FFMPEG") and not Path(found).is_file():
            raise ExportError(f"AUDIOBOOK_FFMPEG points at {found}, which does not exist")
        return found
    try:
        import imageio_ffmpeg
    except ImportError as exc:  # pragma: no cover - it is a dependency
        raise ExportError(
            "ffmpeg not found: install it on PATH or `pip install imageio-ffmpeg`"
        ) from exc
    return imageio_ffmpeg.get_ffmpeg_exe()


def _chosen_ffmpeg() -> str | None:
    """AUDIOBOOK_FFMPEG, else ffmpeg on PATH; None leaves the imageio-ffmpeg wheel's.
    The one search order, for `ffmpeg_path` and `ffmpeg_identity` alike."""
    return os.environ.get("AUDIOBOOK_FFMPEG") or shutil.which("ffmpeg")


def ffmpeg_identity() -> list:
    """What tells one ffmpeg (and ffprobe) from another without running it, for keys:
    the file `ffmpeg_path` would pick (path, size, time), or, for the imageio-ffmpeg
    wheel's binary (which the wheel checks by running it), the wheel's version."""
    found = _chosen_ffmpeg()
    if found:
        tool = _file_identity(found)  # a missing one is reported when ffmpeg is run
    else:
        from importlib.metadata import PackageNotFoundError, version

        try:
            tool: tuple = ("imageio-ffmpeg", version("imageio-ffmpeg"))
        except PackageNotFoundError:
            tool = ("no ffmpeg",)
    probe = ffprobe_path()
    return [tool] if probe is None else [tool, _file_identity(probe)]


def _file_identity(path: str) -> tuple:
    try:
        st = os.stat(path)
    except OSError:
        return (path, "missing")
    return (os.path.realpath(path), st.st_size, st.st_mtime_ns)


def ffprobe_path() -> str | None:
    """ffprobe from PATH, or None: callers fall back to ffmpeg/mutagen."""
    return shutil.which("ffprobe")


def ffmpeg_version() -> str:
    out = subprocess.run(
        [ffmpeg_path(), "-hide_banner", "-version"], capture_output=True, text=True, check=False
    ).stdout
    return out.splitlines()[0] if out else "unknown"


def run_ffmpeg(args: list[str], *, input_bytes: bytes | None = None, what: str) -> bytes:
    """Run ffmpeg quietly; a failure becomes an ExportError naming `what`."""
    cmd = [ffmpeg_path(), "-hide_banner", "-nostdin", "-loglevel", "error", *args]
    try:
        proc = subprocess.run(cmd, input=input_bytes, capture_output=True, check=False)
    except OSError as exc:
        raise ExportError(f"cannot run ffmpeg for {what}: {exc}") from exc
    if proc.returncode != 0:
        msg = proc.stderr.decode("utf-8", "replace").strip().splitlines()
        last = msg[-1] if msg else f"exit code {proc.returncode}"
        raise ExportError(f"ffmpeg failed on {what}: {last}")
    return proc.stdout


def decode_audio(path: Path, sample_rate: int | None = None) -> tuple[bytes, int, int]:
    """Decode any audio file to interleaved float32 PCM with ffmpeg.

    Returns (raw float32 bytes, sample rate, channels). Used by `check` and by
    tests, so measurements never depend on how we ourselves wrote the file.
    """
    rate, channels = probe_stream(path)
    args = ["-i", str(path), "-f", "f32le", "-acodec", "pcm_f32le"]
    if sample_rate:
        args += ["-ar", str(sample_rate)]
        rate = sample_rate
    raw = run_ffmpeg([*args, "-"], what=f"decoding {path.name}")
    return raw, rate, channels


def probe_stream(path: Path) -> tuple[int, int]:
    """(sample rate, channels) of the first audio stream, read from ffmpeg's banner."""
    import re

    proc = subprocess.run(
        [ffmpeg_path(), "-hide_banner", "-nostdin", "-i", str(path)],
        capture_output=True,
        text=True,
        check=False,
    )
    match = re.search(r"Audio: [^\n]*?(\d+) Hz, (mono|stereo|(\d+) channels)", proc.stderr)
    if not match:
        raise ExportError(f"{path}: not an audio file ffmpeg can read")
    rate = int(match.group(1))
    layout = match.group(2)
    channels = 1 if layout == "mono" else 2 if layout == "stereo" else int(match.group(3))
    return rate, channels
