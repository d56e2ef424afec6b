"""`make bench`: build generated books of 25k, 50k and 100k words with the
default settings (every output, the M4B included) and compare with the bare
floor for the same deliverables (the engine library speaking each chapter in
one call, one MP3 and one AAC encode per chapter, on all cores) and with the
MP3-only floor; then the Piper voice against Piper's own floor.

Prints the tables and writes them to benchmarks/RESULTS.md. Not a test:
figures depend on the machine. `make bench BENCH_WORDS=10000 PIPER_WORDS=0`
(or `python benchmarks/bench.py --sizes 10000 --piper-words 0`) is a quicker look.
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


def _encode_floor(wav_path: str, aac: bool) -> tuple[float, float]:
    """The bare encodes of one chapter: seconds of the MP3 encode and of the AAC encode.

    The MP3 as the build makes it (LAME 192 kbps CBR at 44.1 kHz mono, through
    ffmpeg); the AAC with exactly the build's own settings (ffmpeg's AAC encoder,
    its coder, its rate: 22.05 kHz mono beside a 44.1 kHz MP3, the default M4B
    bit rate).
    """
    from audiobook.audio import aac as build_aac
    from audiobook.config import Output
    from audiobook.tools import ffmpeg_path

    output = Output()
    started = time.perf_counter()
    subprocess.run(
        [ffmpeg_path(), "-v", "error", "-y", "-i", wav_path, "-ar", str(output.sample_rate),
         "-ac", "1", "-c:a", "libmp3lame", "-b:a", f"{output.bitrate_kbps}k",
         wav_path[:-4] + ".mp3"],
        check=True,
    )  # fmt: skip
    mp3_s = time.perf_counter() - started
    if not aac:
        return mp3_s, 0.0
    started = time.perf_counter()
    subprocess.run(
        [ffmpeg_path(), "-v", "error", "-y", "-i", wav_path,
         "-ar", str(build_aac.aac_rate(output.sample_rate)),
         "-ac", "1", "-c:a", "aac", "-aac_coder", build_aac.CODER,
         "-b:a", f"{output.m4b_bitrate_kbps}k", "-f", "adts", wav_path[:-4] + ".aac"],
        check=True,
    )  # fmt: skip
    return mp3_s, time.perf_counter() - started


def _write_wav(path: str, pcm: bytes, rate: int) -> None:
    import wave

    with wave.open(path, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(pcm)


def _bare_chapter(args: tuple[str, str, bool]) -> dict:
    """The floor for one chapter: libespeak-ng in one call, then the bare encodes."""
    text, wav_path, aac = args
    import ctypes

    from audiobook.speech.engines.espeak_runtime import load_espeak

    started = time.perf_counter()
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
    _write_wav(wav_path, pcm, 22050)
    speak_s = time.perf_counter() - started
    mp3_s, aac_s = _encode_floor(wav_path, aac)
    return {"audio_s": len(pcm) / 2 / 22050, "speak": speak_s, "mp3": mp3_s, "aac": aac_s}


_PIPER: dict = {}


def _piper_chapter(args: tuple[str, str, bool]) -> dict:
    """Piper's floor for one chapter: its library speaking the chapter in one call
    (the build's voice, pace and one onnxruntime thread per process), then the encodes."""
    text, wav_path, aac = args
    import numpy as np

    started = time.perf_counter()
    if "model" not in _PIPER:  # once per process, as the build loads it once per worker
        from audiobook.config import load_voice
        from audiobook.speech.engines import get_engine
        from audiobook.speech.engines.piper_engine import _load_model

        profile = load_voice("joe")
        _PIPER["model"] = model = _load_model(get_engine("piper")._files(profile))
        _PIPER["scale"] = model.length_scale(profile.rate)
    from piper import SynthesisConfig

    model = _PIPER["model"]
    settings = SynthesisConfig(
        length_scale=_PIPER["scale"], noise_scale=0.0, noise_w_scale=0.0, normalize_audio=False
    )
    audio = np.concatenate([c.audio_float_array for c in model.voice.synthesize(text, settings)])
    pcm = (np.clip(audio, -1, 1) * 32767).astype("<i2").tobytes()
    _write_wav(wav_path, pcm, model.sample_rate)
    speak_s = time.perf_counter() - started
    mp3_s, aac_s = _encode_floor(wav_path, aac)
    return {"audio_s": len(audio) / model.sample_rate, "speak": speak_s, "mp3": mp3_s, "aac": aac_s}


def bare_floor(book: Path, scratch: Path, *, aac: bool, piper: bool = False) -> dict:
    """The bare floor over all chapters on all cores: wall seconds, audio seconds, and
    the seconds each step took (summed over chapters)."""
    text = (book / "book.md").read_text(encoding="utf-8")
    chapters = [c.split("\n", 1)[1] for c in text.split("# ")[1:]]
    scratch.mkdir(parents=True, exist_ok=True)
    jobs = [(c, str(scratch / f"{i}.wav"), aac) for i, c in enumerate(chapters)]
    started = time.perf_counter()
    with ProcessPoolExecutor(max_workers=os.cpu_count()) as pool:
        done = list(pool.map(_piper_chapter if piper else _bare_chapter, jobs))
    wall = time.perf_counter() - started
    shutil.rmtree(scratch, ignore_errors=True)
    steps = {key: sum(d[key] for d in done) for key in ("audio_s", "speak", "mp3", "aac")}
    return {"wall_s": wall, **steps}


def edit_one_paragraph(book: Path) -> None:
    path = book / "book.md"
    text = path.read_text(encoding="utf-8")
    paragraphs = text.split("\n\n")
    middle = len(paragraphs) // 2
    paragraphs[middle] = paragraphs[middle] + " This sentence was added in an edit."
    path.write_text("\n\n".join(paragraphs), encoding="utf-8")


def measure(words: int) -> dict:
    """The default build (every output) of a generated book against both floors."""
    folder = WORK / f"book-{words}"
    shutil.rmtree(folder, ignore_errors=True)
    book = write_book(folder / "book", words=words, chapters=10, seed=words)
    cache, out = folder / "cache", folder / "out"
    print(f"[{words} words] bare floor, MP3 only …", flush=True)
    floor_mp3 = bare_floor(book, folder / "bare", aac=False)
    print(f"[{words} words] bare floor, MP3 + AAC …", flush=True)
    floor = bare_floor(book, folder / "bare", aac=True)
    print(f"[{words} words] cold build …", flush=True)
    cold = run_build(book, out, cache)
    print(f"[{words} words] rebuild, nothing changed …", flush=True)
    warm = run_build(book, out, cache)
    edit_one_paragraph(book)
    print(f"[{words} words] rebuild after one edit …", flush=True)
    edited = run_build(book, out, cache)
    shutil.rmtree(folder, ignore_errors=True)
    return {
        "words": words,
        "audio_h": cold["audio_ms"] / 3_600_000,
        "floor": floor,
        "floor_mp3": floor_mp3,
        "cold": cold,
        "warm_s": warm["wall_s"],
        "edit_s": edited["wall_s"],
    }


def table(rows: list[dict]) -> str:
    head = (
        "| words | audio h | cold build s (all outputs) | floor s (MP3 + AAC) | cold / floor "
        "| MP3-only floor s | cold / MP3 floor | no-change rebuild s "
        "| one-edit rebuild s (% of cold) | peak RSS MB |\n"
        "|---|---|---|---|---|---|---|---|---|---|\n"
    )
    lines = []
    for r in rows:
        cold, floor, mp3 = r["cold"]["wall_s"], r["floor"]["wall_s"], r["floor_mp3"]["wall_s"]
        lines.append(
            f"| {r['words']:,} | {r['audio_h']:.2f} | {cold:.1f} | {floor:.1f} "
            f"| {cold / floor:.2f} | {mp3:.1f} | {cold / mp3:.2f} | {r['warm_s']:.1f} "
            f"| {r['edit_s']:.1f} ({100 * r['edit_s'] / cold:.0f}%) "
            f"| {r['cold']['peak_rss_mb']:.0f} |"
        )
    return head + "\n".join(lines) + "\n"


def stages(rows: list[dict]) -> str:
    """Where the time goes: the build's stages (wall) and the floor's steps (summed)."""
    head = (
        "| words | read+segment | synthesize | master+encode (MP3 + AAC) | full book "
        "| M4B, captions, player | floor: speak | floor: MP3 | floor: AAC |\n"
        "|---|---|---|---|---|---|---|---|---|\n"
    )
    lines = []
    for r in rows:
        s, f = r["cold"]["stats"], r["floor"]
        lines.append(
            f"| {r['words']:,} | {s.get('read_segment', 0):.1f} | {s.get('synthesize', 0):.1f} "
            f"| {s.get('master_encode', 0):.1f} | {s.get('full_book', 0):.1f} "
            f"| {s.get('listening', 0):.1f} | {f['speak']:.1f} | {f['mp3']:.1f} "
            f"| {f['aac']:.1f} |"
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


def measure_neural(words: int) -> dict:
    """A default cold build with the Piper voice against Piper's own floor."""
    folder = WORK / f"neural-{words}"
    shutil.rmtree(folder, ignore_errors=True)
    book = write_book(folder / "book", words=words, chapters=10, seed=words,
                      extra_toml='voice = "joe"\n')  # fmt: skip
    print(f"[{words} words, Piper] floor …", flush=True)
    floor = bare_floor(book, folder / "bare", aac=True, piper=True)
    print(f"[{words} words, Piper] cold build …", flush=True)
    cold = run_build(book, folder / "out", folder / "cache")
    shutil.rmtree(folder, ignore_errors=True)
    return {"words": words, "cold": cold, "floor": floor}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[25_000, 50_000, 100_000])
    parser.add_argument(
        "--piper-words", type=int, default=25_000, help="Piper book size; 0 skips Piper"
    )
    parser.add_argument("--output", type=Path, default=HERE / "RESULTS.md")
    args = parser.parse_args()
    rows = [measure(words) for words in args.sizes]
    machine = (
        f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
        f"{platform.system()} {platform.release()}"
    )
    notes = []
    by_words = {r["words"]: r for r in rows}
    if 50_000 in by_words and 100_000 in by_words:
        ratio = by_words[100_000]["cold"]["wall_s"] / by_words[50_000]["cold"]["wall_s"]
        notes.append(f"100k / 50k cold build time: {ratio:.2f}× (linear would be 2.0×)")
    for r in rows:
        s = r["cold"]["stats"]
        budget = max(1e-9, r["cold"]["wall_s"] * (os.cpu_count() or 1))
        notes.append(
            f"{r['words']:,} words: mastering used {100 * s.get('master_cpu', 0) / budget:.1f}% "
            f"and encoding (MP3 + AAC, with the audio check) "
            f"{100 * s.get('encode_cpu', 0) / budget:.1f}% of the build's CPU time budget"
        )
    if args.piper_words:
        rtf, speed = neural_rtf()
        n = measure_neural(args.piper_words)
        cold, floor = n["cold"]["wall_s"], n["floor"]["wall_s"]
        notes.append(
            f"Piper (voice Joe, 1 onnxruntime thread per worker): real-time factor {rtf:.3f} "
            f"({speed:.0f}× real time on one core). {n['words']:,} words, all outputs: cold "
            f"build {cold:.0f} s (synthesis {n['cold']['stats'].get('synthesize', 0):.0f} s) "
            f"against Piper's own floor {floor:.0f} s (its library speaking each chapter in "
            f"one call, {os.cpu_count()} processes, the same encodes): {cold / floor:.2f}×; "
            f"{n['cold']['audio_ms'] / 3_600_000:.2f} h of audio, peak RSS "
            f"{n['cold']['peak_rss_mb']:.0f} MB"
        )
    command = " ".join(["python benchmarks/bench.py", *sys.argv[1:]])
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], cwd=HERE, capture_output=True, text=True
    ).stdout.strip()
    report = (
        "# Benchmark results\n\n"
        f"Machine: {machine}. Command: `{command}` (`make bench BENCH_WORDS=... "
        f"PIPER_WORDS=...`), at commit {commit or 'unknown'}, in {HERE.parent}.\n\n"
        "Every build uses the settings a user gets when book.toml says nothing (all "
        "outputs: chapter MP3s, full book, sample, M4B, captions, playlist, player). The "
        "floor makes the same deliverables with the bare tools, on all cores: the engine "
        "speaking each chapter in one call, one MP3 encode (192 kbps, 44.1 kHz) and one "
        "AAC encode with the build's own AAC settings per chapter; the MP3-only floor "
        "leaves the AAC out.\n\n"
        + table(rows)
        + "\nStages (seconds; the build's are wall time, the floor's are summed over its "
        "chapters):\n\n" + stages(rows) + "\n" + "\n".join(f"- {n}" for n in notes) + "\n"
    )
    print(report)
    args.output.write_text(report + _kept_sections(args.output), encoding="utf-8")


def _kept_sections(path: Path) -> str:
    """The sections after this report's own (the catalog bench, notes written by
    hand): a new run replaces its tables, never them."""
    old = path.read_text(encoding="utf-8") if path.exists() else ""
    at = old.find("\n## ")
    return "" if at < 0 else old[at:]


if __name__ == "__main__":
    main()
