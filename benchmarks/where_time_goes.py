"""Where a default build's CPU goes, step by step, beside the bare floor's.

`make bench` says how far the default build is from the bare floor; this says
why. It builds a generated book with the default settings (cold cache, every
output) in this process, counts the CPU time each thread spends in each step
of a chapter part (assembling, mastering, the MP3 encode, the audio check's
decode and meter) and the CPU of the child processes (the speech workers and
the AAC encoders), samples how busy the machine's cores are every second, and
then times the bare floor for the same book (the engine speaking each chapter
in one call, ffmpeg's MP3 and AAC encodes) with its CPU. Run it on an idle
machine: `python benchmarks/where_time_goes.py --words 100000`.
Not part of `make bench` (it takes as long as one size of it).
"""

from __future__ import annotations

import argparse
import collections
import os
import resource
import shutil
import sys
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from bench import bare_floor  # noqa: E402
from bookgen import write_book  # noqa: E402

WORK = HERE / "work"


def _cpu() -> tuple[float, float]:
    """CPU seconds of this process and of its finished children (their children too)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime, kids.ru_utime + kids.ru_stime


class _Busy:
    """How busy the cores were, second by second (from /proc/stat), while it runs."""

    def __init__(self) -> None:
        self.samples: list[float] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._watch, daemon=True)

    @staticmethod
    def _snap() -> tuple[int, int]:
        with open("/proc/stat") as stat:
            values = [int(v) for v in stat.readline().split()[1:]]
        return sum(values), values[3] + values[4]  # all, idle + iowait

    def _watch(self) -> None:
        last = self._snap()
        while not self._stop.wait(1.0):
            now = self._snap()
            total, idle = now[0] - last[0], now[1] - last[1]
            self.samples.append(1 - idle / total if total else 0.0)
            last = now

    def __enter__(self) -> _Busy:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def _count_steps(spent: collections.Counter) -> None:
    """Wrap the steps of a chapter part so each adds its thread's CPU time to `spent`."""
    from audiobook.build import produce

    lock = threading.Lock()
    steps = {
        "assemble": "assemble the voice track",
        "master": "master (filters, compressor, limiter, room tone)",
        "encode_mp3": "MP3 encode (LAME in the build, with soxr to 44.1 kHz)",
        "measure_mp3": "audio check: decode the MP3 part and meter it",
    }
    for name, label in steps.items():
        original = getattr(produce, name)

        def counted(*args, _original=original, _label=label, **kwargs):  # type: ignore[no-untyped-def]
            started = time.thread_time()
            try:
                return _original(*args, **kwargs)
            finally:
                with lock:
                    spent[_label] += time.thread_time() - started

        setattr(produce, name, counted)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--words", type=int, default=20_000)
    parser.add_argument(
        "--timeline", action="store_true",
        help="also print how busy the cores were in the build's first and last 20 seconds",
    )  # fmt: skip
    args = parser.parse_args()
    from audiobook.build.pipeline import build

    folder = WORK / f"where-{args.words}"
    shutil.rmtree(folder, ignore_errors=True)
    book = write_book(folder / "book", words=args.words, chapters=10, seed=args.words)
    spent: collections.Counter = collections.Counter()
    _count_steps(spent)
    own0, kids0 = _cpu()
    started = time.perf_counter()
    with _Busy() as busy:
        result = build(book, folder / "out", cache_dir=folder / "cache", force=True)
    wall = time.perf_counter() - started
    own1, kids1 = _cpu()
    audio_h = sum(c.duration_ms for c in result.chapters) / 3_600_000
    cores = len(busy.samples) and sum(busy.samples) / len(busy.samples)
    idle_s = sum(1 - b for b in busy.samples) * (os.cpu_count() or 1)
    stats = result.stats

    print(f"{args.words:,} words, {audio_h:.2f} h of audio; the default build, cold")
    print(
        f"wall {wall:.1f} s; CPU {own1 - own0 + kids1 - kids0:.1f} s "
        f"(this process {own1 - own0:.1f}, child processes {kids1 - kids0:.1f}); "
        f"cores busy {100 * cores:.0f}% on average, "
        f"{sum(b < 0.9 for b in busy.samples)} of {len(busy.samples)} seconds under 90%"
    )
    print(f"idle core-seconds: {idle_s:.1f} ({os.cpu_count()} cores)")
    if args.timeline:
        def line(part: list[float]) -> str:
            return " ".join(f"{100 * b:.0f}" for b in part)

        print(f"cores busy, %, first 20 s: {line(busy.samples[:20])}")
        print(f"cores busy, %, last 20 s: {line(busy.samples[-20:])}")
    print(
        "\nstage wall times, s: "
        + ", ".join(f"{k} {v:.1f}" for k, v in stats.items() if not k.endswith("_cpu"))
    )
    print("\nCPU s of the part steps (thread time, summed over threads):")
    for label, seconds in spent.most_common():
        print(f"  {seconds:7.1f}  {label}")
    print("  (the AAC encoders and the speech workers are child processes: in the CPU above)")
    shutil.rmtree(folder / "cache", ignore_errors=True)
    shutil.rmtree(folder / "out", ignore_errors=True)

    own0, kids0 = _cpu()
    floor = bare_floor(book, folder / "bare", aac=True)
    own1, kids1 = _cpu()
    print(
        f"\nbare floor (MP3 + AAC): wall {floor['wall_s']:.1f} s; CPU "
        f"{own1 - own0 + kids1 - kids0:.1f} s; per step (wall, summed over chapters): "
        f"speak {floor['speak']:.1f}, MP3 {floor['mp3']:.1f}, AAC {floor['aac']:.1f}"
    )
    print(f"build / floor: wall {wall / floor['wall_s']:.2f}x")
    shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
