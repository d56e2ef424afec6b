"""`make bench`: build generated books of 25k, 50k and 100k words and compare
with the bare floor (the engine library speaking each chapter in one call, and
one ffmpeg encode per chapter, on all cores).

Prints a table and writes it to benchmarks/RESULTS.md. Not a test: figures
depend on the machine. Run `python benchmarks/bench.py --sizes 25000` for a
quicker look.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from bookgen import write_book  # noqa: E402

WORK = HERE / "work"


def tree_rss_mb(pid: int) -> float:
    """Resident memory of a process and all its descendants, from /proc."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
            ppid, pages = int(fields[1]), int(fields[21])
        except (OSError, IndexError, ValueError):
            continue
        children.setdefault(ppid, []).append(int(entry))
        rss[int(entry)] = pages
    total, stack = 0, [pid]
    while stack:
        p = stack.pop()
        total += rss.get(p, 0)
        stack.extend(children.get(p, []))
    return total * os.sysconf("SC_PAGE_SIZE") / 1e6


def run_build(book: Path, out: Path, cache: Path) -> dict:
    """One build in a child process; returns wall time, peak tree RSS and stage times."""
    script = (
        "import json,sys; from pathlib import Path; from audiobook.build.pipeline import build\n"
        "r = build(Path(sys.argv[1]), Path(sys.argv[2]), cache_dir=Path(sys.argv[3]),\n"
        "          force=True)\n"
        "audio = sum(c.duration_ms for c in r.chapters)\n"
        "print(json.dumps({'stats': r.stats, 'audio_ms': audio}))\n"
    )
    started = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-c", script, str(book), str(out), str(cache)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    peak = 0.0
    stop = threading.Event()

    def watch() -> None:
        nonlocal peak
        while not stop.is_set():
            peak = max(peak, tree_rss_mb(proc.pid))
            stop.wait(0.2)

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    out_text, err_text = proc.communicate()
    stop.set()
    watcher.join()
    if proc.returncode != 0:
        raise SystemExit(f"build failed: {err_text}")
    data = json.loads(out_text.strip().splitlines()[-1])
    data["wall_s"] = time.perf_counter() - started
    data["peak_rss_mb"] = peak
    return data


def _bare_chapter(args: tuple[str, str, str]) -> float:
    """The floor for one chapter: libespeak-ng in one call, then one ffmpeg encode."""
    text, wav_path, mp3_path = args
    import ctypes
    import wave

    from audiobook.speech.engines.espeak_runtime import load_espeak

    load_espeak()
    from pyttsx3.drivers import _espeak

    _espeak.Initialize(_espeak.AUDIO_OUTPUT_SYNCHRONOUS, 1000)
    _espeak.SetVoiceByName(b"gmw/en-US")
    _espeak.SetParameter(_espeak.RATE, 155, 0)
    chunks: list[bytes] = []

    def on_audio(wav, count, events):  # type: ignore[no-untyped-def]
        if count > 0:
            chunks.append(ctypes.string_at(wav, count * 2))
        return 0

    _espeak.SetSynthCallback(on_audio)
    _espeak.Synth(text.encode("utf-8"), flags=_espeak.CHARS_UTF8 | _espeak.ENDPAUSE)
    pcm = b"".join(chunks)
    with wave.open(wav_path, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(22050)
        w.writeframes(pcm)
    from audiobook.tools import ffmpeg_path

    subprocess.run(
        [ffmpeg_path(), "-v", "error", "-y", "-i", wav_path, "-ar", "44100", "-ac", "1",
         "-c:a", "libmp3lame", "-b:a", "192k", mp3_path],
        check=True,
    )  # fmt: skip
    return len(pcm) / 2 / 22050


def bare_floor(book: Path, scratch: Path) -> tuple[float, float]:
    """Seconds for the bare floor over all chapters on all cores, and audio seconds."""
    text = (book / "book.md").read_text(encoding="utf-8")
    chapters = [c.split("\n", 1)[1] for c in text.split("# ")[1:]]
    scratch.mkdir(parents=True, exist_ok=True)
    jobs = [
        (c, str(scratch / f"{i}.wav"), str(scratch / f"{i}.mp3")) for i, c in enumerate(chapters)
    ]
    started = time.perf_counter()
    with ProcessPoolExecutor(max_workers=os.cpu_count()) as pool:
        audio = sum(pool.map(_bare_chapter, jobs))
    return time.perf_counter() - started, audio


def time_m4b(out: Path) -> float:
    """Seconds to write the M4B from the built chapters, as a build does."""
    from audiobook.publish.listen import write_m4b
    from audiobook.publish.manifest import read_manifest

    started = time.perf_counter()
    path = write_m4b(out, read_manifest(out), fast=True)
    elapsed = time.perf_counter() - started
    path.unlink()
    return elapsed


def edit_one_paragraph(book: Path) -> None:
    path = book / "book.md"
    text = path.read_text(encoding="utf-8")
    paragraphs = text.split("\n\n")
    middle = len(paragraphs) // 2
    paragraphs[middle] = paragraphs[middle] + " This sentence was added in an edit."
    path.write_text("\n\n".join(paragraphs), encoding="utf-8")


def measure(words: int) -> dict:
    folder = WORK / f"book-{words}"
    shutil.rmtree(folder, ignore_errors=True)
    # The floor makes MP3s only, so the compared build does too; the M4B (a
    # second, AAC encode of the whole book) is timed on its own below.
    book = write_book(
        folder / "book", words=words, chapters=10, seed=words, extra_toml="[output]\nm4b = false\n"
    )
    cache, out = folder / "cache", folder / "out"
    print(f"[{words} words] bare floor …", flush=True)
    floor_s, audio_s = bare_floor(book, folder / "bare")
    shutil.rmtree(folder / "bare", ignore_errors=True)
    print(f"[{words} words] cold build …", flush=True)
    cold = run_build(book, out, cache)
    print(f"[{words} words] M4B …", flush=True)
    m4b_s = time_m4b(out)
    print(f"[{words} words] warm rebuild …", flush=True)
    warm = run_build(book, out, cache)
    edit_one_paragraph(book)
    print(f"[{words} words] rebuild after one edit …", flush=True)
    edited = run_build(book, out, cache)
    shutil.rmtree(folder, ignore_errors=True)
    return {
        "words": words,
        "audio_h": cold["audio_ms"] / 3_600_000,
        "floor_s": floor_s,
        "floor_audio_h": audio_s / 3600,
        "cold": cold,
        "warm_s": warm["wall_s"],
        "m4b_s": m4b_s,
        "edit_s": edited["wall_s"],
    }


def table(rows: list[dict]) -> str:
    head = (
        "| words | audio h | read+segment s | synthesize s | master+encode s "
        "| full book, sample, captions s "
        "| cold build s | bare floor s | cold / floor | real-time factor | peak RSS MB "
        "| warm rebuild s | one-edit rebuild s (% of cold) | mastering CPU s per audio h "
        "| M4B s |\n"
        "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n"
    )
    lines = []
    for r in rows:
        s, cold = r["cold"]["stats"], r["cold"]["wall_s"]
        lines.append(
            f"| {r['words']:,} | {r['audio_h']:.2f} | {s.get('read_segment', 0):.1f} "
            f"| {s.get('synthesize', 0):.1f} | {s.get('master_encode', 0):.1f} "
            f"| {s.get('full_book', 0) + s.get('sample', 0) + s.get('listening', 0):.1f} "
            f"| {cold:.1f} | {r['floor_s']:.1f} "
            f"| {cold / r['floor_s']:.2f} | {r['audio_h'] * 3600 / cold:.0f}× "
            f"| {r['cold']['peak_rss_mb']:.0f} | {r['warm_s']:.1f} "
            f"| {r['edit_s']:.1f} ({100 * r['edit_s'] / cold:.0f}%) "
            f"| {s.get('master_cpu', 0) / max(r['audio_h'], 1e-9):.1f} | {r['m4b_s']:.1f} |"
        )
    return head + "\n".join(lines) + "\n"


def neural_rtf(sentences: int = 40) -> tuple[float, float]:
    """Piper's real-time factor in one process (1 thread): seconds of compute per second
    of audio, and how many times faster than real time that is."""
    import random

    from bookgen import sentence

    from audiobook.config import load_voice
    from audiobook.speech.engines import get_engine

    engine = get_engine("piper")
    profile = load_voice("joe")
    rng = random.Random(5)
    texts = [sentence(rng) for _ in range(sentences)]
    engine.synthesize(texts[0], profile)  # load the model first
    started = time.perf_counter()
    audio = sum(engine.synthesize(text, profile).duration_ms for text in texts) / 1000
    elapsed = time.perf_counter() - started
    return elapsed / audio, audio / elapsed


def measure_neural(words: int = 25_000) -> dict:
    """A cold build with the Piper voice, one worker process per core."""
    folder = WORK / f"neural-{words}"
    shutil.rmtree(folder, ignore_errors=True)
    book = write_book(
        folder / "book", words=words, chapters=10, seed=words,
        extra_toml='voice = "joe"\n[output]\nm4b = false\n',
    )  # fmt: skip
    print(f"[{words} words, Piper] cold build …", flush=True)
    cold = run_build(book, folder / "out", folder / "cache")
    shutil.rmtree(folder, ignore_errors=True)
    return cold


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[25_000, 50_000, 100_000])
    parser.add_argument("--no-neural", action="store_true", help="skip the Piper measurements")
    args = parser.parse_args()
    rows = [measure(words) for words in args.sizes]
    machine = (
        f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
        f"{platform.system()} {platform.release()}"
    )
    text = table(rows)
    notes = []
    by_words = {r["words"]: r for r in rows}
    if 50_000 in by_words and 100_000 in by_words:
        ratio = by_words[100_000]["cold"]["wall_s"] / by_words[50_000]["cold"]["wall_s"]
        notes.append(f"100k / 50k cold build time: {ratio:.2f}× (linear would be 2.0×)")
    for r in rows:
        s = r["cold"]["stats"]
        share = (
            100 * s.get("master_cpu", 0) / max(1e-9, r["cold"]["wall_s"] * (os.cpu_count() or 1))
        )
        notes.append(
            f"{r['words']:,} words: mastering used {share:.1f}% of the build's CPU time budget"
        )
    if not args.no_neural:
        rtf, speed = neural_rtf()
        neural = measure_neural()
        notes.append(
            f"Piper (voice Joe, 1 onnxruntime thread per worker): real-time factor {rtf:.3f} "
            f"({speed:.0f}× real time on one core); 25,000-word cold build with Piper on "
            f"{os.cpu_count()} worker processes: {neural['wall_s']:.0f} s for "
            f"{neural['audio_ms'] / 3_600_000:.2f} h of audio "
            f"(synthesis {neural['stats'].get('synthesize', 0):.0f} s), "
            f"peak RSS {neural['peak_rss_mb']:.0f} MB"
        )
    report = (
        "# Benchmark results\n\n"
        f"Machine: {machine}. Command: `make bench` (`python benchmarks/bench.py`).\n\n"
        + text
        + "\n"
        + "\n".join(f"- {n}" for n in notes)
        + "\n"
    )
    print(report)
    if args.sizes == [25_000, 50_000, 100_000] and not args.no_neural:
        (HERE / "RESULTS.md").write_text(report, encoding="utf-8")


if __name__ == "__main__":
    main()
