"""Bad and hostile input: each case is built correctly or refused in one clear line.

Every file is generated here. The table in README.md beside this file lists
the cases and their outcomes; keep the two in step.
"""

from __future__ import annotations

import json
import os
import struct
import subprocess
import sys
import zlib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests"))
from conftest import run_cli  # noqa: E402


def png(width: int = 8, height: int = 8) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    raw = b"".join(b"\x00" + b"\x80\x40\x20" * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


def refused(result: subprocess.CompletedProcess, *needles: str) -> None:
    assert result.returncode == 2, (result.returncode, result.stdout, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("audiobook: error:")
    assert "Traceback" not in result.stderr
    for needle in needles:
        assert needle in lines[0], lines[0]


def build(folder: Path, target: str, out: Path, *extra: str) -> subprocess.CompletedProcess:
    return run_cli("build", str(folder / target), "-o", str(out), "--quiet", *extra)


REFUSED = {
    "empty file": ({"m.txt": ""}, "m.txt", ["empty"]),
    "whitespace only": ({"m.txt": " \n\t\n\n  \n"}, "m.txt", ["empty"]),
    "punctuation only": ({"m.txt": "... --- !!!\n\n***\n"}, "m.txt", ["empty"]),
    "PNG renamed .txt": ({"m.txt": png()}, "m.txt", ["PNG image", "m.txt"]),
    "PDF renamed .md": ({"m.md": b"%PDF-1.7\n" + bytes(200)}, "m.md", ["PDF document"]),
    "binary with NUL bytes": ({"m.txt": bytes(range(256)) * 8}, "m.txt", ["binary file"]),
    "unknown suffix": ({"m.odt": "text"}, "m.odt", ["cannot read '.odt'"]),
    # A line of emoji alone is an ornament (a scene break): a book of nothing else is empty.
    "emoji only": ({"m.txt": "😀 🎉 🐈\n"}, "m.txt", ["no words to speak"]),
    "book.toml wrong type": (
        {"book.toml": "title = 5\n", "m.txt": "Hello."},
        ".",
        ["'title' (line 1, column 1) must be a string, not an integer"],
    ),
    "book.toml unknown key": (
        {"book.toml": 'titel = "x"\n', "m.txt": "Hello."},
        ".",
        ["unknown key 'titel' (line 1, column 1)"],
    ),
    "book.toml broken syntax": (
        {"book.toml": 'title = "x\n', "m.txt": "Hello."},
        ".",
        ["invalid TOML"],
    ),
    "cover not an image": (
        {"book.toml": 'cover = "c.png"\n', "c.png": "not an image", "m.txt": "Hello."},
        ".",
        ["not a PNG or JPEG"],
    ),
    "cover of 50 MB": (
        {
            "book.toml": 'cover = "c.png"\n',
            "c.png": png() + bytes(50 * 1024 * 1024),
            "m.txt": "Hi.",
        },
        ".",
        ["too large"],
    ),
    "cover missing": ({"book.toml": 'cover = "none.jpg"\n', "m.txt": "Hi."}, ".", ["'cover'", "no such file"]),
    "unknown voice profile": (
        {"book.toml": 'voice = "nobody"\n', "m.txt": "Hi."},
        ".",
        ["unknown voice profile"],
    ),
}


@pytest.mark.parametrize("case", sorted(REFUSED))
def test_refused_with_one_clear_line_and_nothing_written(case, make_book, tmp_path):
    files, target, needles = REFUSED[case]
    folder = make_book(files)
    out = tmp_path / "out"
    refused(build(folder, target, out), *needles)
    assert not out.exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".out")] == []


def test_a_50000_character_word_is_left_out_and_listed_not_the_book_refused(make_book):
    folder = make_book({"m.txt": "Start. " + "x" * 50_000 + " end."})
    result = run_cli("plan", str(folder / "m.txt"))
    assert result.returncode == 0, result.stderr
    assert "50000 characters" in " ".join(result.stdout.split())


def test_twenty_megabytes_without_punctuation_is_refused_quickly(make_book, tmp_path):
    words = ("lorem ipsum dolor sit amet consectetur adipiscing elit " * 400_000)[
        : 20 * 1024 * 1024
    ]
    folder = make_book({"m.txt": words})
    refused(build(folder, "m.txt", tmp_path / "out"), "more than 1,500,000 words")


BUILT = {
    "invalid UTF-8 in the middle": {
        "m.txt": "Café first.\n\n".encode() + b"Bad \xff\xfe here.\n\nNa\xc3\xafve end.\n"
    },
    "control, zero-width and bidi characters": {
        "m.txt": "Zero\u200bwidth\x07 and \u202ebidi\u202c text.\n"
    },
    "emoji among words": {"m.txt": "She laughed 😀 🎉 and the cat 🐈 slept.\n"},
    "right-to-left text": {"m.txt": "He said: שלום עולם. Then: مرحبا بالعالم.\n"},
    "SSML and espeak markup lookalikes": {
        "m.txt": '<speak><prosody rate="x-fast">Fast</prosody></speak> and [[h@l"oU]] stay text.\n'
    },
    "UTF-16 with BOM": {"m.txt": "\ufeffA little book in UTF-16.\n".encode("utf-16-le")},
}


@pytest.mark.parametrize("case", sorted(BUILT))
def test_odd_but_readable_text_is_built(case, make_book, tmp_path):
    folder = make_book(BUILT[case])
    out = tmp_path / "out"
    result = build(folder, "m.txt", out)
    assert result.returncode == 0, result.stderr
    manifest = json.loads((out / "manifest.json").read_text())
    spoken = " ".join(s["spoken"] for c in manifest["chapters"] for s in c["segments"])
    assert "<" not in spoken and "[[" not in spoken and "\u202e" not in spoken
    assert (out / "01 M.mp3").is_file()


TITLES = {
    "../../etc/passwd": "01 .. etc passwd.mp3",
    "CON": "02 _CON.mp3",
    "a/b\\c": "03 a b c.mp3",
    "T" * 300: f"04 {'T' * 80}.mp3",
    "Twice": "05 Twice.mp3",
    "Twice ": "06 Twice.mp3",
}


def test_hostile_chapter_titles_make_safe_file_names_inside_the_output(make_book, tmp_path):
    text = "".join(f"# {title}\n\nSome words for this chapter.\n\n" for title in TITLES)
    folder = make_book({"m.md": text})
    out = tmp_path / "out"
    result = build(folder, "m.md", out)
    assert result.returncode == 0, result.stderr
    names = sorted(p.name for p in out.glob("0*.mp3"))
    assert names == sorted(TITLES.values())
    assert all(p.resolve().parent == out.resolve() for p in out.iterdir())
    assert not (tmp_path / "etc").exists()


def test_output_inside_a_read_only_place_is_a_clear_error(make_book):
    folder = make_book({"m.txt": "Hello there."})
    refused(
        run_cli("build", str(folder / "m.txt"), "-o", "/proc/audiobook-test/out", "--quiet"),
        "cannot write",
    )


def test_output_path_that_is_a_file_is_a_clear_error(make_book, tmp_path):
    folder = make_book({"m.txt": "Hello there."})
    (tmp_path / "afile").write_text("x")
    refused(build(folder, "m.txt", tmp_path / "afile"), "is a file")


@pytest.fixture
def prebuilt(make_book, tmp_path):
    folder = make_book({"m.txt": "A first book, built well.\n\nIt has two paragraphs."})
    out = tmp_path / "out"
    assert build(folder, "m.txt", out).returncode == 0
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    (folder / "m.txt").write_text("A changed book.\n\nNew words force a new chapter file.")
    return folder, out, before


def run_with_env(env: dict, *args: str, **kw) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "audiobook", *args],
        capture_output=True,
        text=True,
        env={**os.environ, **env},
        timeout=300,
        **kw,
    )


def test_ffmpeg_missing_or_failing_leaves_the_previous_book_intact(prebuilt, tmp_path):
    folder, out, before = prebuilt
    missing = run_with_env({"AUDIOBOOK_FFMPEG": str(tmp_path / "no-ffmpeg")},
                           "build", str(folder / "m.txt"), "-o", str(out), "--quiet")  # fmt: skip
    refused(missing, "AUDIOBOOK_FFMPEG", "does not exist")
    failing = tmp_path / "ffmpeg"
    failing.write_text("#!/bin/sh\necho 'Conversion failed!' >&2\nexit 1\n")
    failing.chmod(0o755)
    broken = run_with_env({"AUDIOBOOK_FFMPEG": str(failing)},
                          "build", str(folder / "m.txt"), "-o", str(out), "--quiet")  # fmt: skip
    refused(broken, "ffmpeg failed")
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before
    fixed = run_cli("build", str(folder / "m.txt"), "-o", str(out), "--quiet")
    assert fixed.returncode == 0, fixed.stderr
    assert (out / "01 M.mp3").read_bytes() != before["01 M.mp3"]


def test_engine_library_missing_is_a_clear_error(make_book, tmp_path):
    folder = make_book({"m.txt": "Hello there."})
    result = run_with_env({"AUDIOBOOK_ESPEAK_LIBRARY": str(tmp_path / "libespeak-ng.so.1")},
                          "build", str(folder / "m.txt"), "-o", str(tmp_path / "out"), "--quiet")  # fmt: skip
    refused(result, "engine 'pyttsx3' is disabled because")


def test_disk_full_while_encoding_keeps_previous_outputs_and_cache(prebuilt, tmp_path, cache_dir):
    import resource
    import signal

    folder, out, before = prebuilt

    def limit() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (200_000, 200_000))

    full = subprocess.run(
        [sys.executable, "-m", "audiobook", "build", str(folder / "m.txt"), "-o", str(out), "--quiet"],
        capture_output=True, text=True, preexec_fn=limit, timeout=300,
    )  # fmt: skip
    assert full.returncode == 2, full.stderr
    assert "Traceback" not in full.stderr and len(full.stderr.strip().splitlines()) == 1
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before
    again = run_cli("build", str(folder / "m.txt"), "-o", str(out), "--quiet")
    assert again.returncode == 0, again.stderr
