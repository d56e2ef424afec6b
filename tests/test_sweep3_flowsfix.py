"""Flows sweep fixes: the studio's segment numbers and fix texts, plain error lines,
whole covers of a sensible size, `open` without a browser, and `serve`'s Host check.

Each mend has a hit test (fails on the code before it) and a near miss (a similar
input that must keep working as it did).
"""

from __future__ import annotations

import http.client
import logging
import re
import struct
import zlib
from pathlib import Path

import pytest
from starlette.testclient import TestClient

from audiobook.errors import ConfigError
from audiobook.publish.serve import serve
from audiobook.publish.tags import read_cover
from audiobook.studio.app import TOKEN_HEADER, Studio, make_app
from audiobook.text.fixes import load_fixes

from conftest import run_cli

KEEPER = """# The Lighthouse Keeper

## I. The Stair

Ingrid Solvang climbed the stair at dusk, as she had every evening for eleven years.

The lamp was cold, and the glass was grey with salt.

## II. The Storm

The sea rose at midnight. Ships passed far out, their lights low on the water.

## III. Morning

The lamp held until dawn. She wrote one line in the log and slept.
"""
TOML = 'title = "The Lighthouse Keeper"\nauthor = "Thomas Ree"\n'


@pytest.fixture
def keeper(make_book) -> Path:  # type: ignore[no-untyped-def]
    return make_book({"keeper.md": KEEPER, "book.toml": TOML})


def _studio(folder: Path) -> tuple[TestClient, dict[str, str]]:
    studio = Studio(folder, folder.parent / "out")
    return TestClient(make_app(studio)), {TOKEN_HEADER: studio.token}


def _segments(client: TestClient, chapter: int) -> list[dict]:
    return client.get("/api/book").json()["chapters"][chapter - 1]["segments"]


# ------------------------------------------------------------ studio: segment numbers


def test_a_negative_segment_number_is_refused_not_the_closing_credits(keeper):
    client, headers = _studio(keeper)
    for url in ("/api/fix", "/api/audition"):
        response = client.post(url, json={"chapter": 3, "n": -1, "spoken": "x"}, headers=headers)
        assert response.status_code == 400, url
        assert "no such segment" in response.json()["error"]
    assert not (keeper / "fixes.toml").exists()


def test_the_closing_credits_by_their_own_number_stay_editable(keeper):
    client, headers = _studio(keeper)
    last = _segments(client, 3)[-1]
    assert last["kind"] == "credits" and last["editable"] and last["text"].startswith("The end.")
    response = client.post("/api/fix", headers=headers,
                           json={"chapter": 3, "n": last["n"], "spoken": "The end."})  # fmt: skip
    assert response.status_code == 200, response.text
    assert 'spoken = "The end."' in (keeper / "fixes.toml").read_text(encoding="utf-8")


# ------------------------------------------------------------ studio: what a fix may say


def test_a_pasted_chapter_is_refused_as_one_sentences_fix(keeper):
    client, headers = _studio(keeper)
    pasted = "The sea rose at midnight. " * 100  # 2,600 characters for a 25-character sentence
    for url in ("/api/fix", "/api/audition"):
        response = client.post(url, json={"chapter": 2, "n": 1, "spoken": pasted}, headers=headers)
        assert response.status_code == 400, url
        error = response.json()["error"]
        assert "2,600 characters, more than 2,000" in error and "\n" not in error
    assert not (keeper / "fixes.toml").exists()


def test_a_long_sentence_may_have_a_fix_ten_times_its_length(make_book):
    long = "It was " + "a long and winding stair, " * 12 + "and she climbed it."  # ~330 chars
    folder = make_book({"keeper.md": f"# The Keeper\n\n## One\n\n{long}\n", "book.toml": TOML})
    client, headers = _studio(folder)
    seg = next(s for s in _segments(client, 1) if s["text"].startswith("It was"))
    n = seg["n"]
    fix = ("She climbed the stair. " * 150)[: 10 * len(seg["text"])]  # over 2,000: ten times
    assert len(fix) > 2000
    response = client.post("/api/fix", json={"chapter": 1, "n": n, "spoken": fix}, headers=headers)
    assert response.status_code == 200, response.text
    assert len(load_fixes(folder)) == 1


@pytest.mark.parametrize("spoken", [
    "<b>Ships</b> passed far out.",
    "<script>alert(1)</script> Ships passed far out & away.",
    '<speak><break time="9s"/>He never knew</speak>',
    "Ships passed <!-- a note --> far out.",
])  # fmt: skip
def test_markup_in_a_fix_is_refused_because_espeak_would_say_it(keeper, spoken):
    client, headers = _studio(keeper)
    for url in ("/api/fix", "/api/audition"):
        response = client.post(url, json={"chapter": 2, "n": 2, "spoken": spoken}, headers=headers)
        assert response.status_code == 400, url
        assert "tags are not read" in response.json()["error"]
    assert not (keeper / "fixes.toml").exists()


def test_comparisons_and_ampersands_in_a_fix_are_words_and_are_kept(keeper):
    client, headers = _studio(keeper)
    for spoken in ("if a < b and c > d, the ships pass", "AT&T ships passed far out."):
        response = client.post("/api/fix", json={"chapter": 2, "n": 2, "spoken": spoken},
                               headers=headers)  # fmt: skip
        assert response.status_code == 200, response.text
        (fix,) = load_fixes(keeper).values()
        assert fix.spoken == spoken


def test_an_audition_pronunciation_must_be_one_short_line(keeper):
    client, headers = _studio(keeper)
    body = {"chapter": 1, "n": 2, "word": "Solvang", "say": "Solvung " * 100}
    response = client.post("/api/audition", json=body, headers=headers)
    assert response.status_code == 400 and "one short line" in response.json()["error"]


def _hand_fix(folder: Path, spoken: str) -> None:
    from audiobook.build.pipeline import load_book
    from audiobook.text.fixes import segment_ids

    (folder / "fixes.toml").unlink(missing_ok=True)
    _, _, chapters = load_book(folder)
    ident = segment_ids(chapters[1])[1]
    (folder / "fixes.toml").write_text(
        f'[[fix]]\nsegment = "{ident}"\ntext = "The sea rose at midnight."\nspoken = {spoken!r}\n',
        encoding="utf-8",
    )


def test_a_hand_edited_fix_with_markup_or_a_paste_stops_the_build_in_one_line(keeper):
    for spoken, message in [
        ("The sea rose at <emphasis>midnight</emphasis>.", "tags are not read"),
        ("The sea rose. " * 200, "2,800 characters, more than 2,000"),
    ]:
        _hand_fix(keeper, spoken)
        result = run_cli("plan", str(keeper))
        assert result.returncode == 2
        (line,) = result.stderr.strip().splitlines()
        assert "fixes.toml: fix 1" in line and message in line


def test_a_hand_edited_plain_fix_still_loads(keeper):
    _hand_fix(keeper, "The sea rose at twelve, when a < b.")
    (fix,) = load_fixes(keeper).values()
    assert fix.spoken == "The sea rose at twelve, when a < b."


# ------------------------------------------------------------ the CLI's error lines


@pytest.mark.parametrize("given", ["local:abc:", "local:x"])  # ":x" + ": write" made ":x:"
def test_an_argument_with_colon_words_is_printed_as_typed(keeper, given):
    result = run_cli("build", str(keeper), "--cluster", given, "-q")
    assert result.returncode == 2
    assert f"--cluster {given}: write local:N" in result.stderr
    assert "🔤" not in result.stderr and "❌" not in result.stderr


def test_an_argument_whose_colon_words_name_no_emoji_reads_as_before(keeper):
    result = run_cli("build", str(keeper), "--cluster", "local:zz", "-q")
    assert result.returncode == 2
    assert "audiobook: error: --cluster local:zz: write local:N" in result.stderr


# ------------------------------------------------------------ covers


def png(width: int, height: int, *, end: bool = True) -> bytes:
    """A real PNG of one colour; without its IEND chunk when `end` is False."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = struct.pack(">I", zlib.crc32(kind + data))
        return struct.pack(">I", len(data)) + kind + data + crc

    rows = (b"\x00" + b"\x28\x50\xa0" * width) * height
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows))
            + (chunk(b"IEND", b"") if end else b""))  # fmt: skip


def jpeg(width: int, height: int, *, thumbnail: bool = False, tail: bytes = b"\xff\xd9") -> bytes:
    """A JPEG's marker structure (JFIF, optional EXIF thumbnail, tables, frame, scan)."""

    def segment(marker: int, body: bytes) -> bytes:
        return bytes([0xFF, marker]) + struct.pack(">H", len(body) + 2) + body

    thumb = b"\xff\xd8" + segment(0xC0, struct.pack(">BHHB", 8, 16, 16, 1) + bytes(3)) + b"\xff\xd9"
    parts = [b"\xff\xd8", segment(0xE0, b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00")]
    if thumbnail:
        parts.append(segment(0xE1, b"Exif\x00\x00" + thumb))
    parts += [
        segment(0xDB, bytes(65)),
        segment(0xC0, struct.pack(">BHHB", 8, height, width, 3) + bytes(9)),
        segment(0xC4, bytes(29)),
        segment(0xDA, b"\x03" + bytes(9)),
        bytes(range(1, 255)) * 8 + b"\xff\x00\x12\xff\xd3\x34",  # stuffed byte, a restart
        tail,
    ]
    return b"".join(parts)


def _cover_book(make_book, name: str, data: bytes) -> Path:  # type: ignore[no-untyped-def]
    return make_book({"keeper.md": KEEPER, "book.toml": TOML + f'cover = "{name}"\n', name: data})


@pytest.mark.parametrize("name, data, problem", [
    ("cover.jpg", jpeg(2400, 2400)[:300], "a truncated JPEG (it stops before its end marker)"),
    ("cover.jpg", jpeg(2400, 2400)[:60], "no frame header SOF"),
    ("cover.png", png(2400, 2400, end=False), "a truncated PNG"),
])  # fmt: skip
def test_a_truncated_cover_stops_the_build_in_one_line(make_book, name, data, problem):
    folder = _cover_book(make_book, name, data)
    with pytest.raises(ConfigError, match=re.escape(problem)):
        read_cover(folder / name)
    result = run_cli("build", str(folder), "-o", str(folder.parent / "out"), "-q")
    assert result.returncode == 2
    (line,) = result.stderr.strip().splitlines()
    assert f"'cover' (line 3, column 1) names {name}: " in line and problem in line
    assert "save it again" in line
    assert not (folder.parent / "out").exists()


WHOLE = [
    (png(2400, 2400), "image/png", (2400, 2400)),
    (jpeg(3000, 3000), "image/jpeg", (3000, 3000)),
    (jpeg(2400, 2400, thumbnail=True), "image/jpeg", (2400, 2400)),  # EXIF's small picture aside
    (jpeg(2400, 2400, tail=b"\xff\xd9" + bytes(40)), "image/jpeg", (2400, 2400)),  # padded end
]


@pytest.mark.parametrize("data, mime, size", WHOLE)
def test_a_whole_cover_of_acx_size_is_read_without_a_word(tmp_path, caplog, data, mime, size):
    path = tmp_path / "cover"
    path.write_bytes(data)
    with caplog.at_level(logging.WARNING):
        assert read_cover(path) == (data, mime)
    assert caplog.records == []


@pytest.mark.parametrize("data, mime, size", WHOLE)
def test_a_covers_size_is_read_from_its_header(data, mime, size):
    from audiobook.publish.tags import image_size

    assert image_size(data) == size


def test_a_small_or_oblong_cover_is_kept_with_a_warning_in_the_plan(make_book, caplog):
    folder = _cover_book(make_book, "cover.jpg", jpeg(720, 477))
    with caplog.at_level(logging.WARNING):
        assert read_cover(folder / "cover.jpg")[1] == "image/jpeg"
    said = " ".join(r.getMessage() for r in caplog.records)
    assert "720×477 px is smaller than the 2400×2400 ACX (Audible) asks for" in said
    assert "not square" in said
    plan = run_cli("plan", str(folder))
    assert plan.returncode == 0, plan.stderr
    assert "cover: cover.jpg: 720×477 px is smaller than the 2400×2400" in plan.stdout


def test_a_very_large_cover_is_kept_with_a_warning_and_an_absurd_one_refused(tmp_path, caplog):
    path = tmp_path / "cover.jpg"
    path.write_bytes(jpeg(12000, 12000))
    with caplog.at_level(logging.WARNING):
        read_cover(path)
    assert "12000×12000 px is larger than players show" in caplog.text
    path.write_bytes(jpeg(40000, 40000))
    with pytest.raises(ConfigError, match="40000×40000 px is not an image players can show"):
        read_cover(path)


# ------------------------------------------------------------ open and serve


def test_open_without_a_browser_says_where_the_player_is(keeper, monkeypatch):
    monkeypatch.setenv("BROWSER", "false")  # a browser command that fails, as on a server
    out = keeper.parent / "out"
    result = run_cli("open", str(keeper), "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert "no browser could be opened here" in result.stderr
    assert str((out / "index.html").resolve()) in result.stderr


def test_open_with_a_browser_says_nothing_more(keeper, monkeypatch):
    monkeypatch.setenv("BROWSER", "true")
    result = run_cli("open", str(keeper), "-o", str(keeper.parent / "out"))
    assert result.returncode == 0, result.stderr
    assert "opening" in result.stdout and "no browser" not in result.stderr


def _status(port: int, host_header: str) -> int:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        connection.request("GET", "/index.html", headers={"Host": host_header})
        return connection.getresponse().status
    finally:
        connection.close()


@pytest.fixture
def served(tmp_path: Path) -> Path:
    folder = tmp_path / "book"
    folder.mkdir()
    (folder / "index.html").write_text("<!doctype html><title>player</title>", encoding="utf-8")
    return folder


def test_serve_on_loopback_refuses_a_rebound_host_name(served):
    with serve(served) as server:
        port = server.server_address[1]
        assert _status(port, "evil.example") == 400
        assert _status(port, f"evil.example:{port}") == 400


def test_serve_on_loopback_answers_this_machines_names(served):
    with serve(served) as server:
        port = server.server_address[1]
        for name in (f"127.0.0.1:{port}", f"localhost:{port}", f"[::1]:{port}", "LOCALHOST"):
            assert _status(port, name) == 200, name


def test_serve_on_an_explicit_address_answers_any_host_name(served):
    with serve(served, host="0.0.0.0") as server:
        assert _status(server.server_address[1], "bookshelf.lan:8000") == 200
