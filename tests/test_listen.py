"""Listening everywhere: M4B, captions, playlist, cue sheet, player page and the server.

The sample book is built once by the real CLI; every writer runs on it and
its output is parsed back here, by parsers of our own, and compared with the
manifest. The M4B is read back by ffmpeg. The server is exercised over real
sockets on loopback.
"""

from __future__ import annotations

import html
import http.client
import json
import random
import re
import socket
import struct
import subprocess
import time
import zlib
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from audiobook.audio import aac
from audiobook.errors import ExportError
from audiobook.publish import m4b
from audiobook.publish.captions import srt_time, vtt_time, write_captions
from audiobook.publish.m4b import write_m4b
from audiobook.publish.manifest import read_manifest
from audiobook.publish.playlist import cue_time, write_cue, write_playlist
from audiobook.publish.serve import Unsatisfiable, make_server, parse_range, serve
from audiobook.publish.webplayer import json_for_html, write_player
from audiobook.tools import ffmpeg_path

from conftest import run_cli

HOSTILE = "</script><script>alert(1)</script> a --> b & <img src=x onerror=alert(2)>"


@pytest.fixture(scope="module")
def book(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("listen") / "the-masterpiece"
    result = run_cli("build", "-o", str(out), "--quiet")
    assert result.returncode == 0, result.stderr
    return out


@pytest.fixture(scope="module")
def manifest(book: Path) -> dict:
    return read_manifest(book)


def hostile_manifest(manifest: dict) -> dict:
    """The manifest with a title and a sentence that try to become markup."""
    copy = json.loads(json.dumps(manifest))
    copy["title"] = '<b>Bold</b> & "quoted"'
    copy["chapters"][0]["segments"][2]["text"] = HOSTILE
    return copy


def png(width: int = 8, height: int = 8) -> bytes:
    """A small valid PNG made here, so no test needs an image file."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    rows = b"".join(b"\x00" + bytes([200, 80, 20]) * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


# ---------------------------------------------------------------- parsers of our own

TIMING = re.compile(r"^(\d+):(\d\d):(\d\d)[.,](\d{3}) --> (\d+):(\d\d):(\d\d)[.,](\d{3})$")


def to_ms(h: str, m: str, s: str, ms: str) -> int:
    return ((int(h) * 60 + int(m)) * 60 + int(s)) * 1000 + int(ms)


def parse_vtt(text: str) -> list[tuple[int, int, str]]:
    assert text.startswith("WEBVTT\n")
    cues = []
    for block in text.split("\n\n")[1:]:
        lines = [line for line in block.split("\n") if line]
        if not lines or lines[0].startswith("NOTE"):
            continue
        match = TIMING.match(lines[0])
        assert match, lines
        assert len(lines) == 2, lines  # one line of text per cue
        groups = match.groups()
        start, end = to_ms(*groups[:4]), to_ms(*groups[4:])
        stamps = [to_ms(*m) for m in WORD_TIME.findall(lines[1])]
        assert stamps == sorted(stamps) and all(start <= t <= end for t in stamps)  # karaoke
        cues.append((start, end, WORD_TIME.sub("", lines[1])))
    return cues


WORD_TIME = re.compile(r"<(\d+):(\d\d):(\d\d)\.(\d{3})>")


def parse_srt(text: str) -> list[tuple[int, int, str]]:
    cues = []
    blocks = [b for b in text.split("\r\n\r\n") if b.strip()]
    for number, block in enumerate(blocks, start=1):
        lines = block.split("\r\n")
        assert lines[0] == str(number)
        match = TIMING.match(lines[1])
        assert match and "," in lines[1], lines
        groups = match.groups()
        assert len(lines) == 3, lines
        cues.append((to_ms(*groups[:4]), to_ms(*groups[4:]), lines[2]))
    return cues


def expected_cues(chapters: list[dict], offset: bool) -> list[tuple[int, int, str]]:
    return [
        (
            seg["start_ms"] + (c["start_ms"] if offset else 0),
            seg["end_ms"] + (c["start_ms"] if offset else 0),
            " ".join(seg["text"].split()),
        )
        for c in chapters
        for seg in c["segments"]
        if seg["text"].strip()
    ]


def ffmetadata(path: Path) -> tuple[dict[str, str], list[dict[str, str]]]:
    """Global tags and chapters of a media file, as ffmpeg reads them."""
    out = subprocess.run(
        [ffmpeg_path(), "-v", "error", "-i", str(path), "-f", "ffmetadata", "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    tags: dict[str, str] = {}
    chapters: list[dict[str, str]] = []
    section = tags
    for line in out.splitlines()[1:]:
        if line == "[CHAPTER]":
            section = {}
            chapters.append(section)
        elif "=" in line and not line.startswith("["):
            key, _, value = line.partition("=")
            section[key] = value.replace("\\=", "=")
    return tags, chapters


def banner(path: Path) -> str:
    return subprocess.run(
        [ffmpeg_path(), "-hide_banner", "-i", str(path)], capture_output=True, text=True
    ).stderr


# ---------------------------------------------------------------- captions


def test_captions_for_each_chapter_and_the_book_follow_the_manifest(book, manifest):
    written = write_captions(book, manifest)
    stems = [Path(c["file"]).stem for c in manifest["chapters"]] + ["the-masterpiece"]
    assert sorted(p.name for p in written) == sorted(
        f"{stem}{suffix}" for stem in stems for suffix in (".vtt", ".srt")
    )
    for chapter in manifest["chapters"]:
        stem = Path(chapter["file"]).stem
        want = expected_cues([chapter], offset=False)
        vtt = parse_vtt((book / f"{stem}.vtt").read_text("utf-8"))
        assert [(a, b, html.unescape(t)) for a, b, t in vtt] == want
        srt = parse_srt((book / f"{stem}.srt").read_bytes().decode("utf-8"))
        assert srt == want
    whole = expected_cues(manifest["chapters"], offset=True)
    vtt = parse_vtt((book / "the-masterpiece.vtt").read_text("utf-8"))
    assert [(a, b) for a, b, _ in vtt] == [(a, b) for a, b, _ in whole]
    last_chapter = manifest["chapters"][-1]
    assert vtt[-1][1] == last_chapter["start_ms"] + last_chapter["segments"][-1]["end_ms"]
    assert vtt[-1][1] <= manifest["duration_ms"]
    assert len(parse_srt((book / "the-masterpiece.srt").read_bytes().decode("utf-8"))) == len(whole)


def test_captions_escape_text_that_looks_like_markup_or_timing(tmp_path, manifest):
    write_captions(tmp_path, hostile_manifest(manifest))
    vtt_text = (tmp_path / "01 Morning.vtt").read_text("utf-8")
    cue = parse_vtt(vtt_text)[2][2]
    assert cue == (
        "&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; a --&gt; b &amp; "
        "&lt;img src=x onerror=alert(2)&gt;"
    )
    assert html.unescape(cue) == HOSTILE
    for line in vtt_text.splitlines():
        assert "-->" not in line or TIMING.match(line), line
        assert "<" not in WORD_TIME.sub("", line)  # only our own word timestamps
    srt_text = (tmp_path / "01 Morning.srt").read_bytes().decode("utf-8")
    for line in srt_text.splitlines():
        assert "-->" not in line or TIMING.match(line), line
    assert parse_srt(srt_text)[2][2].replace("\u200b", "") == HOSTILE


def test_clock_formats():
    assert vtt_time(3_723_004) == "01:02:03.004"
    assert srt_time(3_723_004) == "01:02:03,004"
    assert vtt_time(0) == "00:00:00.000"
    assert vtt_time(100 * 3_600_000) == "100:00:00.000"
    assert cue_time(0) == "00:00:00"
    assert cue_time(1000) == "00:01:00"
    assert cue_time(60_000 + 2_000 + 40) == "01:02:03"  # 40 ms is 3 frames of 75
    assert cue_time(75 * 60_000) == "75:00:00"


# ---------------------------------------------------------------- playlist, cue sheet


def test_playlist_lists_the_chapter_files_in_order(book, manifest):
    path = write_playlist(book, manifest)
    assert path.name == "playlist.m3u8"
    lines = path.read_bytes().decode("utf-8").splitlines()
    assert lines[0] == "#EXTM3U"
    entries = [line for line in lines if not line.startswith("#")]
    infos = [line for line in lines if line.startswith("#EXTINF:")]
    assert entries == [c["file"] for c in manifest["chapters"]]
    for entry in entries:
        assert (book / entry).is_file()
    for info, chapter in zip(infos, manifest["chapters"], strict=True):
        seconds, _, title = info.removeprefix("#EXTINF:").partition(",")
        assert title == chapter["title"]
        assert abs(int(seconds) * 1000 - (chapter["end_ms"] - chapter["start_ms"])) <= 500


def test_cue_sheet_marks_each_chapter_of_the_full_book(book, manifest):
    path = write_cue(book, manifest)
    assert path.name == "the-masterpiece.cue"
    text = path.read_text("utf-8")
    file_line = re.search(r'^FILE "(.+)" MP3$', text, re.M)
    assert file_line and (book / file_line.group(1)).is_file()
    assert re.search(r'^PERFORMER "Anonymous"$', text, re.M)
    tracks = re.findall(
        r'TRACK (\d+) AUDIO\n\s+TITLE "(.*)"\n\s+PERFORMER "(.*)"\n\s+INDEX 01 (\d+):(\d\d):(\d\d)',
        text,
    )
    assert len(tracks) == len(manifest["chapters"])
    for number, (track, chapter) in enumerate(zip(tracks, manifest["chapters"], strict=True), 1):
        assert int(track[0]) == number
        assert track[1] == chapter["title"]
        minutes, seconds, frames = (int(x) for x in track[3:])
        assert int(seconds) < 60 and int(frames) < 75
        ms = (minutes * 60 + seconds) * 1000 + frames * 1000 / 75
        assert abs(ms - chapter["start_ms"]) <= 1000 / 75


def test_a_cue_sheet_keeps_to_99_tracks_and_quotes_titles(tmp_path):
    chapters = [
        {"title": f'The "Quoted" {n}', "start_ms": n * 1000, "file": f"{n}.mp3"}
        for n in range(1, 106)
    ]
    manifest = {"title": "Many", "author": "A. Writer", "full_book": "many.mp3",
                "chapters": chapters}  # fmt: skip
    text = write_cue(tmp_path, manifest).read_text("utf-8")
    tracks = re.findall(r"TRACK (\d+) AUDIO\n\s+TITLE (.*)\n", text)
    assert [int(n) for n, _ in tracks] == list(range(1, 100))
    assert tracks[0][1] == '"The “Quoted” 1"'
    assert tracks[-1][1] == '"The “Quoted” 99 (and the 6 chapters after it)"'


def test_a_long_chapter_title_ends_at_a_word_in_neros_chapter_list():
    from audiobook.publish.m4b import _chpl_title

    title = "And over the still water " * 12
    name = _chpl_title(title).decode()
    assert len(name.encode()) <= 255 and name.endswith("water…")
    assert _chpl_title("Short") == b"Short"


# ---------------------------------------------------------------- M4B


def aac_parts(folder: Path, manifest: dict, work: Path) -> list[list[tuple[Path, int]]]:
    """Each chapter's MP3 encoded to one ADTS part by ffmpeg: real AAC for `m4b.write_m4b`."""
    parts = []
    for n, chapter in enumerate(manifest["chapters"]):
        dest = work / f"{n}.aac"
        subprocess.run(
            [ffmpeg_path(), "-v", "error", "-i", str(folder / chapter["file"]), "-c:a", "aac",
             "-b:a", "64k", "-ac", "1", "-ar", "44100", "-f", "adts", "-y", str(dest)],
            check=True,
        )  # fmt: skip
        parts.append([(dest, len(aac.adts_index(dest)))])
    return parts


def test_m4b_has_the_chapters_tags_and_cover_and_is_deterministic(book, manifest, tmp_path):
    built = book / "the-masterpiece.m4b"
    tags, chapters = ffmetadata(built)  # the build's own M4B takes its tags from the book
    assert tags["title"] == "The Masterpiece" and tags["artist"] == "Anonymous"
    assert tags["genre"] == "Audiobook" and tags["media_type"] == "2"
    assert [c["title"] for c in chapters] == [c["title"] for c in manifest["chapters"]]
    parts = aac_parts(book, manifest, tmp_path)
    cover, tags_in = png(), {"year": "2024", "genre": "Fiction", "narrator": "N. Reader"}
    path = write_m4b(tmp_path / "a.m4b", manifest, parts, rate=44100, cover=cover, tags=tags_in)
    tags, chapters = ffmetadata(path)
    assert tags["title"] == "The Masterpiece" and tags["album"] == "The Masterpiece"
    assert tags["composer"] == "N. Reader"
    assert tags["genre"] == "Fiction" and tags["date"] == "2024"
    assert tags["major_brand"].strip() == "M4B"
    assert [c["title"] for c in chapters] == [c["title"] for c in manifest["chapters"]]
    info = banner(path)
    assert re.search(r"Audio: aac .*mono", info), info
    assert "attached pic" in info
    marks = m4b.chapter_marks(parts, 44100)
    for got, (start, _) in zip(chapters, marks, strict=True):
        num, den = (int(x) for x in got["TIMEBASE"].split("/"))
        assert abs(int(got["START"]) * num * 1000 / den - start) <= 1, got["title"]
    from mutagen.mp4 import MP4, MP4Cover  # a second reader: Nero chapters, items, cover

    read = MP4(str(path))
    assert [c.title for c in read.chapters] == [c["title"] for c in manifest["chapters"]]
    assert [round(1000 * c.start) for c in read.chapters] == [s for s, _ in marks]
    assert read.tags["\xa9nam"] == ["The Masterpiece"] and read.tags["stik"] == [2]
    assert read.tags["covr"][0] == cover and read.tags["covr"][0].imageformat == MP4Cover.FORMAT_PNG
    assert "Stream #0:0[0x1](eng): Audio: aac" in info, "the book's language on the track"
    again = write_m4b(tmp_path / "b.m4b", manifest, parts, rate=44100, cover=cover, tags=tags_in)
    assert again.read_bytes() == path.read_bytes(), "the same parts must give the same M4B"
    bare = write_m4b(tmp_path / "c.m4b", manifest, parts, rate=44100)
    assert "Video:" not in banner(bare)


def test_m4b_names_a_missing_part_and_writes_nothing(tmp_path, manifest):
    parts = [[(tmp_path / "gone.aac", 10)] for _ in manifest["chapters"]]
    with pytest.raises(ExportError, match="AAC is missing"):
        write_m4b(tmp_path / "book.m4b", manifest, parts, rate=44100)
    assert list(tmp_path.iterdir()) == []


# ---------------------------------------------------------------- player page


def book_json(page: str) -> tuple[str, dict]:
    match = re.search(r'<script type="application/json" id="book">(.*?)</script>', page, re.S)
    assert match, "the book's data is not in index.html"
    return match.group(1), json.loads(match.group(1))


def test_player_page_embeds_the_book_as_data(book, manifest):
    path = write_player(book, manifest)
    assert path == book / "index.html"
    assert (book / "player.js").is_file() and (book / "player.css").is_file()
    _, data = book_json(path.read_text("utf-8"))
    assert data["title"] == "The Masterpiece"
    assert [c["file"] for c in data["chapters"]] == [c["file"] for c in manifest["chapters"]]
    for got, want in zip(data["chapters"], manifest["chapters"], strict=True):
        assert got["duration_ms"] == want["end_ms"] - want["start_ms"]
        assert [(s["text"], s["start_ms"], s["end_ms"]) for s in got["segments"]] == [
            (s["text"], s["start_ms"], s["end_ms"]) for s in want["segments"]
        ]
    script = (book / "player.js").read_text("utf-8")
    assert "innerHTML" not in script and "insertAdjacentHTML" not in script
    assert "fetch(" not in script and "XMLHttpRequest" not in script
    assert not re.search(r"https?://", script + path.read_text("utf-8"))


def test_player_page_keeps_hostile_text_as_data(tmp_path, manifest):
    page = write_player(tmp_path, hostile_manifest(manifest)).read_text("utf-8")
    raw, data = book_json(page)
    assert "<" not in raw and ">" not in raw and "&" not in raw
    assert data["chapters"][0]["segments"][2]["text"] == HOSTILE
    assert data["title"] == '<b>Bold</b> & "quoted"'
    assert page.count("<script") == 2 and page.count("</script>") == 2
    assert "<title>&lt;b&gt;Bold&lt;/b&gt; &amp; &quot;quoted&quot;</title>" in page
    markup = page.replace(raw, "")
    assert "onerror" not in markup and "alert" not in markup
    assert json.loads(json_for_html({"t": "\u2028</script>"})) == {"t": "\u2028</script>"}


def test_writers_leave_no_temporary_files(book):
    leftovers = [p.name for p in book.iterdir() if ".tmp" in p.name]
    assert leftovers == []


# ---------------------------------------------------------------- server

DATA_SIZE = 1 << 20


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A served folder beside a secret file it must never hand out."""
    base = tmp_path_factory.mktemp("site")
    (base / "secret.txt").write_text("top secret")
    root = base / "book"
    root.mkdir()
    (root / "data.mp3").write_bytes(random.Random(7).randbytes(DATA_SIZE))
    (root / "index.html").write_text("<!doctype html><title>x</title>")
    (root / "notes.vtt").write_text("WEBVTT\n")
    (root / ".build-state.json").write_text("{}")
    (root / "sub").mkdir()
    (root / "sub" / "a.txt").write_text("a")
    (root / "leak.txt").symlink_to(base / "secret.txt")
    (root / "inside.mp3").symlink_to(root / "data.mp3")
    (root / "empty.txt").write_bytes(b"")
    return root


@pytest.fixture(scope="module")
def server(site: Path):
    with serve(site) as running:
        yield running


def fetch(server, path: str, headers: dict | None = None, method: str = "GET"):
    host, port = server.server_address[:2]
    conn = http.client.HTTPConnection(host, port, timeout=10)
    try:
        conn.putrequest(method, path, skip_host=False, skip_accept_encoding=True)
        for key, value in (headers or {}).items():
            conn.putheader(key, value)
        conn.endheaders()
        response = conn.getresponse()
        return response.status, dict(response.getheaders()), response.read()
    finally:
        conn.close()


def test_server_binds_loopback_and_serves_index_with_types(server, site):
    assert server.server_address[0] == "127.0.0.1"
    status, headers, body = fetch(server, "/")
    assert status == 200 and body == (site / "index.html").read_bytes()
    assert headers["Content-Type"] == "text/html; charset=utf-8"
    assert fetch(server, "/data.mp3", method="HEAD")[1]["Content-Type"] == "audio/mpeg"
    assert fetch(server, "/notes.vtt")[1]["Content-Type"].startswith("text/vtt")
    status, headers, body = fetch(server, "/data.mp3", method="HEAD")
    assert status == 200 and body == b"" and headers["Content-Length"] == str(DATA_SIZE)
    assert headers["Accept-Ranges"] == "bytes"


def test_server_answers_byte_ranges(server, site):
    data = (site / "data.mp3").read_bytes()
    cases = {
        "bytes=0-99": (0, 99),
        "bytes=-100": (DATA_SIZE - 100, DATA_SIZE - 1),
        f"bytes={DATA_SIZE - 1000}-": (DATA_SIZE - 1000, DATA_SIZE - 1),
        f"bytes=500-{DATA_SIZE + 5000}": (500, DATA_SIZE - 1),
        f"bytes=-{DATA_SIZE * 2}": (0, DATA_SIZE - 1),
    }
    for header, (first, last) in cases.items():
        status, headers, body = fetch(server, "/data.mp3", {"Range": header})
        assert status == 206, header
        assert headers["Content-Range"] == f"bytes {first}-{last}/{DATA_SIZE}"
        assert headers["Content-Length"] == str(last - first + 1)
        assert body == data[first : last + 1]
    for header in (f"bytes={DATA_SIZE}-", f"bytes={DATA_SIZE + 10}-{DATA_SIZE + 20}", "bytes=-0"):
        status, headers, body = fetch(server, "/data.mp3", {"Range": header})
        assert status == 416, header
        assert headers["Content-Range"] == f"bytes */{DATA_SIZE}"
    # several ranges, another unit, or nonsense: the whole file, as RFC 9110 allows
    for header in ("bytes=0-1,5-6", "items=0-1", "bytes=9-3", "bytes=abc"):
        status, _, body = fetch(server, "/data.mp3", {"Range": header})
        assert status == 200 and len(body) == DATA_SIZE, header
    status, headers, _ = fetch(server, "/data.mp3", {"Range": "bytes=0-9", "If-Range": '"old"'})
    assert status == 200
    etag = headers["ETag"]
    assert fetch(server, "/data.mp3", {"Range": "bytes=0-9", "If-Range": etag})[0] == 206
    assert fetch(server, "/data.mp3", {"If-None-Match": etag})[0] == 304
    assert fetch(server, "/empty.txt", {"Range": "bytes=0-"})[0] == 416
    assert fetch(server, "/empty.txt")[:1] == (200,)


def test_parse_range_rules():
    assert parse_range(None, 10) is None
    assert parse_range("bytes=2-4", 10) == (2, 4)
    assert parse_range("bytes = 2 - ", 10) == (2, 9)
    assert parse_range("bytes=-3", 10) == (7, 9)
    assert parse_range("bytes=-30", 10) == (0, 9)
    assert parse_range("bytes=-", 10) is None
    assert parse_range("bytes=4-2", 10) is None
    for header in ("bytes=10-", "bytes=-0", "bytes=0-"):
        with pytest.raises(Unsatisfiable):
            parse_range(header, 10 if header != "bytes=0-" else 0)


@pytest.mark.parametrize(
    "path",
    [
        "/../etc/passwd",
        "/../secret.txt",
        "/%2e%2e/secret.txt",
        "/%2E%2E/%2e%2e/etc/passwd",
        "/%2e%2e%2fsecret.txt",
        "/..%2f..%2fetc%2fpasswd",
        "/sub/../../secret.txt",
        "//etc/passwd",
        "///secret.txt",
        "/%2fetc%2fpasswd",
        "/leak.txt",
        "/.build-state.json",
        "/sub/..%5c..%5csecret.txt",
        "/data.mp3%00.html",
        "http://127.0.0.1/../secret.txt",
        "/sub/",
    ],
)
def test_server_refuses_paths_outside_the_folder(server, path):
    status, _, body = fetch(server, path)
    assert status in (400, 403, 404), (path, status)
    assert b"secret" not in body and b"root:" not in body


def test_server_follows_symlinks_that_stay_inside_and_redirects_folders(server, site):
    status, _, body = fetch(server, "/inside.mp3", {"Range": "bytes=0-9"})
    assert status == 206 and body == (site / "data.mp3").read_bytes()[:10]
    status, headers, _ = fetch(server, "/sub")
    assert status == 301 and headers["Location"] == "/sub/"
    assert fetch(server, "/sub/a.txt")[2] == b"a"
    assert fetch(server, "/data%2Emp3", {"Range": "bytes=0-0"})[0] == 206


def test_server_under_load_answers_every_range_correctly(server, site):
    data = (site / "data.mp3").read_bytes()
    rng = random.Random(1)
    spans = []
    for _ in range(200):
        first = rng.randrange(DATA_SIZE)
        spans.append((first, min(DATA_SIZE - 1, first + rng.randrange(1, 64 * 1024))))

    def one(span: tuple[int, int]) -> bool:
        status, _, body = fetch(server, "/data.mp3", {"Range": f"bytes={span[0]}-{span[1]}"})
        return status == 206 and body == data[span[0] : span[1] + 1]

    started = time.monotonic()
    with ThreadPoolExecutor(max_workers=50) as pool:
        results = list(pool.map(one, spans, timeout=30))
    assert all(results), results.count(False)
    assert time.monotonic() - started < 30


def test_server_turns_away_clients_beyond_its_cap(site):
    with serve(site, max_connections=1, socket_timeout=5) as busy:
        holder = socket.create_connection(busy.server_address[:2], timeout=5)
        try:
            time.sleep(0.3)  # the holder's handler now waits for its request line
            assert fetch(busy, "/")[0] == 503
        finally:
            holder.close()
        deadline = time.monotonic() + 5
        while fetch(busy, "/")[0] != 200:
            assert time.monotonic() < deadline, "the slot was never given back"
            time.sleep(0.1)


def test_make_server_refuses_a_file(site):
    from audiobook.errors import AudiobookError

    with pytest.raises(AudiobookError, match="not a folder"):
        make_server(site / "data.mp3")


def test_the_built_book_is_served_with_its_player(book, manifest):
    write_player(book, manifest)
    with serve(book) as running:
        status, headers, body = fetch(running, "/")
        assert status == 200 and b'id="book"' in body
        name = manifest["chapters"][1]["file"].replace(" ", "%20")
        status, headers, body = fetch(running, f"/{name}", {"Range": "bytes=0-2"})
        assert status == 206 and headers["Content-Type"] == "audio/mpeg"
        assert body == (book / manifest["chapters"][1]["file"]).read_bytes()[:3]
        assert fetch(running, "/.build-state.json")[0] == 404


def test_word_times_in_a_cue_only_increase_as_webvtt_requires():
    # espeak gives no mark for some short words ("the"): they shared the last word's
    # time, and a first-word time could equal the cue's start, which WebVTT forbids
    from audiobook.publish.captions import _vtt

    cue = (11_320, 17_582, "It is halls for the summer.",
           [11_320, 11_433, 16_453, 16_864, 16_864, 17_142])  # fmt: skip
    body = _vtt([cue], "T").splitlines()[-1]
    times = [int(h) * 3_600_000 + int(m) * 60_000 + round(float(s) * 1000)
             for h, m, s in re.findall(r"<(\d+):(\d\d):(\d\d\.\d{3})>", body)]  # fmt: skip
    assert times == sorted(set(times)) and all(11_320 < t < 17_582 for t in times)
    assert times == [11_433, 16_453, 16_864, 17_142]
    assert re.sub(r"<[^>]+>", "", body) == "It is halls for the summer."
    # near miss: a cue whose every word has its own later time keeps them all
    cue = (0, 3_000, "One two three.", [0, 1_000, 2_000])
    assert _vtt([cue], "T").splitlines()[-1] == "One <00:00:01.000>two <00:00:02.000>three."
