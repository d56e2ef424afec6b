"""A catalog built four ways: book after book, one local pool, Dask local:1 and local:2.

Each way starts from a cold cache of its own and runs the real command in a
child process; wall time, CPU time (of the whole process tree) and the audio
made are measured. `make bench-cluster` runs it; the defaults are the
catalog of the cluster issue (12 books of 5,000 words). On a shared machine
the figures move with the other load: compare them run against run.

    python benchmarks/bench_cluster.py [--books 12] [--words 5000] [--ways seq,pool,local:1,local:2]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from bookgen import write_book


def make_catalog(root: Path, books: int, words: int) -> list[Path]:
    folders = []
    for n in range(books):
        folder = write_book(root / f"book-{n + 1:02d}", words, chapters=5, seed=100 + n)
        (folder / "book.toml").write_text(
            f'title = "Catalog Book {n + 1}"\nauthor = "Benchmark"\nmanuscript = "book.md"\n',
            encoding="utf-8",
        )
        folders.append(folder)
    return folders


def run(args: list[str], cwd: Path) -> tuple[float, float]:
    """Wall and CPU seconds of one command (CPU of the command and all it started)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "audiobook", *args, "--quiet"], cwd=cwd,
                          capture_output=True, text=True)  # fmt: skip
    wall = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(args)} failed:\n{done.stderr}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def audio_hours(out: Path) -> float:
    total = 0
    for manifest in out.glob("*/manifest.json"):
        total += json.loads(manifest.read_text())["duration_ms"]
    return total / 3_600_000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--books", type=int, default=12)
    parser.add_argument("--words", type=int, default=5000)
    parser.add_argument("--ways", default="seq,pool,local:1,local:2")
    options = parser.parse_args()
    root = Path(tempfile.mkdtemp(prefix="bench-cluster-"))
    try:
        books = make_catalog(root / "catalog", options.books, options.words)
        rows = []
        for way in options.ways.split(","):
            work = root / way.replace(":", "-")
            work.mkdir()
            cache = ["--cache", str(work / "cache")]
            if way == "seq":  # today's behaviour before the catalog plan: one build per book
                wall = cpu = 0.0
                for book in books:
                    w, c = run(["build", str(book), *cache], work)
                    wall, cpu = wall + w, cpu + c
            elif way == "pool":
                wall, cpu = run(["build", str(root / "catalog"), *cache], work)
            else:
                wall, cpu = run(["build", str(root / "catalog"), *cache, "--cluster", way], work)
            hours = audio_hours(work / "out")
            rows.append((way, wall, cpu, hours))
            print(f"{way:8} wall {wall:7.1f} s  cpu {cpu:7.1f} s  audio {hours:5.2f} h  "
                  f"{hours * 3600 / wall:6.0f} audio h per wall h", flush=True)  # fmt: skip
        base = {way: wall for way, wall, _, _ in rows}
        print(f"\n{options.books} books × {options.words} words on {os.cpu_count()} cores")
        print("| way | wall s | CPU s | audio h | audio h / wall h |")
        print("|---|---|---|---|---|")
        for way, wall, cpu, hours in rows:
            print(f"| {way} | {wall:.1f} | {cpu:.1f} | {hours:.2f} | {hours * 3600 / wall:.0f} |")
        if "pool" in base and "local:2" in base:
            print(f"Dask local:2 against the pool: {base['local:2'] / base['pool'] - 1:+.0%} wall")
        if "local:1" in base and "local:2" in base:
            print(f"local:1 → local:2 scaling: {base['local:1'] / base['local:2']:.2f}×")
    finally:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
