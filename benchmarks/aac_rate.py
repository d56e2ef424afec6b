"""The M4B's AAC rate, measured: quality and CPU of the AAC encode at 44.1 kHz
and at the voice's own 22.05 kHz, beside the MP3, on our own speech.

espeak-ng speaks a generated chapter (22.05 kHz, as in a build); that is the
reference. Each encode is timed (user CPU of one ffmpeg, one thread), decoded
back at 44.1 kHz, aligned by cross-correlation and compared with the
reference upsampled by soxr, as the MP3's input is. Signal-to-noise is crude
for a perceptual codec, but a loss of bandwidth or a second generation shows in
it. `python benchmarks/aac_rate.py [--words N]`; not part of `make bench`.
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np
import soxr

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from bench import _bare_chapter  # noqa: E402
from bookgen import make_manuscript  # noqa: E402

RATE = 44100


def _timed(cmd: list[str]) -> float:
    """User CPU seconds of one child process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_utime
    subprocess.run(cmd, check=True)
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_utime - before


def _decoded(ffmpeg: str, path: Path) -> np.ndarray:
    raw = subprocess.run(
        [ffmpeg, "-v", "error", "-i", str(path), "-f", "f32le", "-ac", "1", "-ar", str(RATE), "-"],
        capture_output=True, check=True,
    ).stdout  # fmt: skip
    return np.frombuffer(raw, "<f4")


def snr_db(reference: np.ndarray, decoded: np.ndarray) -> float:
    """Signal-to-noise of `decoded` against `reference`, after aligning the two."""
    probe = reference[RATE : 2 * RATE]
    lag = int(np.argmax(np.correlate(decoded[: 3 * RATE], probe, "valid"))) - RATE
    decoded = decoded[lag : lag + len(reference)]
    n = min(len(decoded), len(reference))
    error = reference[:n] - decoded[:n]
    return float(10 * np.log10(np.sum(reference[:n] ** 2) / np.sum(error**2)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=1500)
    words = parser.parse_args().words
    from audiobook.tools import ffmpeg_path

    ffmpeg = ffmpeg_path()
    with tempfile.TemporaryDirectory(prefix="aac-rate-") as work:
        folder = Path(work)
        voice = folder / "voice.wav"
        text = make_manuscript(words, chapters=1).replace("# Chapter 1\n", "")
        _bare_chapter((text, str(voice), False))
        import soundfile

        spoken, rate = soundfile.read(voice, dtype="float32")
        reference = soxr.resample(spoken, rate, RATE, "HQ")
        soundfile.write(folder / "voice44.wav", reference, RATE, subtype="FLOAT")
        minutes = len(spoken) / rate / 60
        base = [ffmpeg, "-v", "error", "-y", "-threads", "1", "-i"]
        aac = ["-c:a", "aac", "-aac_coder", "fast", "-b:a", "64k", "-ac", "1", "-f", "adts"]
        ways = {
            "MP3 192 kbps, 44.1 kHz": [*base, str(folder / "voice44.wav"), "-c:a", "libmp3lame",
                                       "-b:a", "192k", str(folder / "a.mp3")],
            "AAC 64 kbps, 44.1 kHz": [*base, str(folder / "voice44.wav"), *aac,
                                      str(folder / "b.aac")],
            "AAC 64 kbps, 22.05 kHz": [*base, str(voice), *aac, str(folder / "c.aac")],
        }  # fmt: skip
        print(f"{minutes:.1f} minutes of speech; {ffmpeg}")
        print("| encode | user CPU s | SNR against the mastered audio, dB |\n|---|---|---|")
        for name, cmd in ways.items():
            seconds = _timed(cmd)
            quality = snr_db(reference, _decoded(ffmpeg, Path(cmd[-1])))
            print(f"| {name} | {seconds:.2f} | {quality:.1f} |")


if __name__ == "__main__":
    main()
