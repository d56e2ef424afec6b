"""The studio's web app through Starlette's TestClient, with the real engine and builds."""

from __future__ import annotations

import io
import json
import os
import re
import subprocess
import sys
import time
import urllib.request
import wave
from pathlib import Path

import pytest
from starlette.testclient import TestClient

from audiobook.build.pipeline import load_book, voice_profiles
from audiobook.speech.synthesize import plan_jobs
from audiobook.studio.app import TOKEN_HEADER, Studio, make_app

from conftest import run_cli

BOOK = """# The Lighthouse

## Arrival

The keeper climbed the stair at dusk. Her name was Ingrid Solvang.

The lamp was cold, and the glass was grey with salt.

## Storm

The sea rose at midnight. The lamp held until dawn.
"""
TOML = """# The book's settings; this comment must survive the studio's edits.
title = "The Lighthouse"
author = "A. Writer"

[pronounce]
# names the engine gets wrong
Kalmurzaev = "Kalmoorzayev"  # keep this note too
"""


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("studio")
    folder = root / "book"
    folder.mkdir()
    (folder / "book.md").write_text(BOOK, encoding="utf-8")
    (folder / "book.toml").write_text(TOML, encoding="utf-8")
    out = root / "out"
    # a cache of its own (beside `out`): the counts of new entries below must not
    # depend on what other tests spoke into the session's shared cache
    result = run_cli("build", str(folder), "-o", str(out), "--cache", str(root / "cache"), "-q")
    assert result.returncode == 0, result.stderr
    return folder, out


def _client(folder: Path, out: Path) -> tuple[Studio, TestClient]:
    studio = Studio(folder, out, out.parent / "cache")
    return studio, TestClient(make_app(studio))


def _keys(folder: Path) -> dict[str, str]:
    """Each segment's text → its cache key, as the build plans it."""
    book, _, chapters = load_book(folder)
    plan = plan_jobs(chapters, voice_profiles(chapters, book))
    return {job.text: job.key for row in plan for job in row}


def _entries(cache: Path) -> dict[Path, int]:
    return {p: p.stat().st_mtime_ns for p in (cache / "segments").glob("*/*.seg")}


def _wait(studio: Studio, job: str, timeout: float = 300) -> dict:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        ends = [e for e in studio.events
                if e.get("job") == job and e.get("state") in {"done", "error"}]  # fmt: skip
        if ends:
            return ends[-1]
        time.sleep(0.1)
    raise AssertionError(f"{job} did not finish")


def _files(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(out.iterdir()) if p.is_file()}


def test_changing_requests_need_the_session_token(built):
    folder, out = built
    studio, client = _client(folder, out)
    before = (folder / "book.toml").read_bytes()
    for url, body in [("/api/pronounce", {"word": "Solvang", "say": "Solvung"}),
                      ("/api/fix", {"chapter": 1, "n": 2, "spoken": "x"}),
                      ("/api/rebuild", {}), ("/api/proof", {}), ("/api/audition", {})]:  # fmt: skip
        for headers in ({}, {TOKEN_HEADER: "guess"}):
            response = client.post(url, json=body, headers=headers)
            assert response.status_code == 403, url
            assert "token" in response.json()["error"]
    assert (folder / "book.toml").read_bytes() == before
    assert not (folder / "fixes.toml").exists()
    assert studio.events == []
    # the page carries the token, and only the page
    page = client.get("/")
    assert studio.token in page.text
    assert "default-src 'self'" in page.headers["content-security-policy"]
    assert studio.token not in client.get("/api/book").text


def test_reads_stay_inside_the_output_folder(built, tmp_path):
    folder, out = built
    _, client = _client(folder, out)
    secret = tmp_path / "secret.mp3"
    secret.write_bytes(b"ID3 not yours")
    link = out / "link.mp3"
    link.symlink_to(secret)
    try:
        for name in ["..%2Fbook%2Fbook.toml", "..%2F..%2F..%2Fetc%2Fpasswd", "link.mp3",
                     "%2Fetc%2Fpasswd", "..%5C..%5Cbook.toml"]:  # fmt: skip
            response = client.get(f"/audio/{name}")
            assert response.status_code in {403, 404}, name
            assert b"not yours" not in response.content and b"root:" not in response.content
    finally:
        link.unlink()
    # a chapter file is served, with ranges so the page can seek
    whole = client.get("/audio/01%20Arrival.mp3")
    assert whole.status_code == 200 and whole.content == (out / "01 Arrival.mp3").read_bytes()
    part = client.get("/audio/01%20Arrival.mp3", headers={"Range": "bytes=100-199"})
    assert part.status_code == 206 and part.content == whole.content[100:200]


def test_bad_edits_are_refused_with_a_clear_message_and_nothing_written(built):
    folder, out = built
    studio, client = _client(folder, out)
    headers = {TOKEN_HEADER: studio.token}
    toml_before = (folder / "book.toml").read_bytes()
    cases = [
        ("/api/fix", {"chapter": 1, "n": 3, "voice": "nobody"}, "unknown voice profile 'nobody'"),
        ("/api/fix", {"chapter": 1, "n": 3, "spoken": "   "}, "spoken text is empty"),
        ("/api/fix", {"chapter": 1, "n": 99, "spoken": "x"}, "no such segment"),
        ("/api/fix", {"chapter": 1, "n": 1, "spoken": "x"}, "chapter title"),
        ("/api/pronounce", {"word": "two words", "say": "x"}, "one word"),
        ("/api/pronounce", {"word": "", "say": "x"}, "one word"),
        ("/api/audition", {"chapter": 1, "n": 3, "spoken": ""}, "spoken text is empty"),
    ]
    for url, body, message in cases:
        response = client.post(url, json=body, headers=headers)
        assert response.status_code == 400, (url, body)
        assert message in response.json()["error"]
    assert (folder / "book.toml").read_bytes() == toml_before
    assert not (folder / "fixes.toml").exists()
    assert not [p for p in folder.iterdir() if p.name.startswith(".")], "no temporary leftovers"


def test_audition_speaks_the_change_without_keeping_it(built):
    folder, out = built
    studio, client = _client(folder, out)
    before_cache, before_toml = _entries(out.parent / "cache"), (folder / "book.toml").read_bytes()
    book = client.get("/api/book").json()
    n = next(s["n"] for s in book["chapters"][0]["segments"] if "Solvang" in s["text"])
    sounds = []
    for body in ({"word": "Solvang", "say": "Solvung"}, {"spoken": "Her name was Ingrid."}):
        response = client.post("/api/audition", json={"chapter": 1, "n": n, **body},
                               headers={TOKEN_HEADER: studio.token})  # fmt: skip
        assert response.status_code == 200 and response.headers["content-type"] == "audio/wav"
        with wave.open(io.BytesIO(response.content)) as wav:
            assert wav.getnchannels() == 1 and wav.getnframes() > wav.getframerate() // 2
        sounds.append(response.content)
    assert sounds[0] != sounds[1]
    assert _entries(out.parent / "cache") == before_cache
    assert (folder / "book.toml").read_bytes() == before_toml


def test_pronounce_rebuild_resynthesises_only_that_segment_and_cli_agrees(built):
    folder, out = built
    studio, client = _client(folder, out)
    headers = {TOKEN_HEADER: studio.token}
    old_keys, old_cache = _keys(folder), _entries(out.parent / "cache")
    old_files = _files(out)

    response = client.post("/api/pronounce", json={"word": "Solvang", "say": "Solvung"},
                           headers=headers)  # fmt: skip
    assert response.status_code == 200, response.text
    toml = (folder / "book.toml").read_text(encoding="utf-8")
    assert toml.startswith("# The book's settings; this comment must survive")
    assert "# names the engine gets wrong" in toml and "# keep this note too" in toml
    assert 'Solvang = "Solvung"' in toml

    book = client.get("/api/book").json()
    seg = next(s for s in book["chapters"][0]["segments"] if "Solvang" in s["text"])
    assert "Solvung" in seg["spoken"] and seg["stale"]

    assert client.post("/api/rebuild", headers=headers).status_code == 202
    assert client.post("/api/rebuild", headers=headers).status_code in {202, 409}
    end = _wait(studio, "rebuild")
    assert end["state"] == "done", end
    stages = {e.get("stage") for e in studio.events}
    assert "synthesize" in stages
    sse = client.get("/api/events?since=-1&once=1").text
    assert '"state": "done"' in sse and "id: 0" in sse

    new_keys = _keys(folder)
    changed = {text for text in new_keys if new_keys[text] != old_keys.get(text)}
    assert changed == {"Her name was Ingrid Solvang."}
    new_cache = _entries(out.parent / "cache")
    added = {p.stem for p in set(new_cache) - set(old_cache)}
    assert added == {new_keys["Her name was Ingrid Solvang."]}
    assert all(new_cache[p] == t for p, t in old_cache.items()), "old entries untouched"

    files = _files(out)
    assert files["02 Storm.mp3"] == old_files["02 Storm.mp3"]
    assert files["01 Arrival.mp3"] != old_files["01 Arrival.mp3"]
    manifest = json.loads(files["manifest.json"])
    assert "Solvung" in manifest["chapters"][0]["segments"][3]["spoken"]

    # the CLI, run afterwards on the same folder, makes the very same bytes
    result = run_cli("build", str(folder), "-o", str(out), "--cache", str(out.parent / "cache"),
                     "--quiet")  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert _files(out) == files


def test_a_spoken_override_from_the_studio_survives_a_cli_rebuild(built):
    folder, out = built
    studio, client = _client(folder, out)
    headers = {TOKEN_HEADER: studio.token}
    book = client.get("/api/book").json()
    seg = next(s for s in book["chapters"][0]["segments"] if s["text"].startswith("The lamp was"))
    response = client.post("/api/fix", headers=headers, json={
        "chapter": 1, "n": seg["n"], "spoken": "The lamp was cold; the glass was grey with salt.",
        "voice": "female",
    })  # fmt: skip
    assert response.status_code == 200, response.text
    fixes = (folder / "fixes.toml").read_text(encoding="utf-8")
    assert f'segment = "{seg["id"]}"' in fixes and 'voice = "female"' in fixes
    result = run_cli("build", str(folder), "-o", str(out), "--cache", str(out.parent / "cache"),
                     "--quiet")  # fmt: skip
    assert result.returncode == 0, result.stderr
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    heard = manifest["chapters"][0]["segments"][seg["n"]]
    assert heard["spoken"] == "The lamp was cold; the glass was grey with salt."
    assert heard["voice"] == "female"
    # removing the fix from the page restores the manuscript's reading
    client.post("/api/fix", headers=headers, json={"chapter": 1, "n": seg["n"]})
    book = client.get("/api/book").json()
    assert book["chapters"][0]["segments"][seg["n"]]["fix"] is None
    assert os.path.getsize(folder / "fixes.toml") > 0


def test_only_loopback_host_names_are_answered(built):
    folder, out = built
    studio = Studio(folder, out)
    app = make_app(studio, ["127.0.0.1", "localhost"])
    assert TestClient(app, base_url="http://127.0.0.1:8765").get("/api/book").status_code == 200
    rebound = TestClient(app, base_url="http://attacker.example:8765")
    assert rebound.get("/api/book").status_code == 400
    assert rebound.get("/").status_code == 400


def test_proof_from_the_page_reports_progress_and_marks_flagged_segments(built):
    folder, out = built
    studio, client = _client(folder, out)
    assert client.post("/api/proof", headers={TOKEN_HEADER: studio.token}).status_code == 202
    end = _wait(studio, "proof")
    assert end["state"] == "done", end
    progress = [e for e in studio.events if e.get("job") == "proof" and "chapter" in e]
    assert [e["chapter"] for e in progress] == [1, 2]
    book = client.get("/api/book").json()
    assert book["proofed"]
    report = json.loads((out / "proof.json").read_text(encoding="utf-8"))
    flagged = {(c["index"], s["index"]) for c in report["chapters"] for s in c["segments"]
               if s["status"] != "ok"}  # fmt: skip
    marked = {(c["index"], s["n"] + 1) for c in book["chapters"] for s in c["segments"]
              if s["flag"]}  # fmt: skip
    assert marked == flagged
    # a verdict is shown on the segment it belongs to
    report["chapters"][1]["segments"][2]["status"] = "truncated"
    report["chapters"][1]["segments"][2]["heard"] = "the lamp"
    (out / "proof.json").write_text(json.dumps(report), encoding="utf-8")
    seg = client.get("/api/book").json()["chapters"][1]["segments"][2]
    assert seg["text"] == "The lamp held until dawn."
    assert seg["flag"] == {"status": "truncated", "heard": "the lamp"}
    # once the sentence is fixed, the old verdict is no longer shown on it
    headers = {TOKEN_HEADER: studio.token}
    where = {"chapter": 2, "n": 2}
    client.post("/api/fix", headers=headers, json={**where, "spoken": "The lamp held on."})
    assert client.get("/api/book").json()["chapters"][1]["segments"][2]["flag"] is None
    client.post("/api/fix", headers=headers, json=where)
    (out / "proof.json").unlink()


def test_the_studio_command(built, tmp_path):
    folder, out = built
    loose = folder / "book.md"
    result = run_cli("studio", str(loose), "--no-open")
    assert result.returncode == 2 and "book folder" in result.stderr
    assert "Traceback" not in result.stderr
    result = run_cli("studio", str(tmp_path / "nowhere"), "--no-open")
    assert result.returncode == 2 and "Traceback" not in result.stderr
    # it serves the page on loopback, on the port asked for (0: any free one)
    process = subprocess.Popen(
        [sys.executable, "-m", "audiobook", "studio", str(folder), "-o", str(out),
         "--port", "0", "--no-open"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1", "COLUMNS": "300"},
    )  # fmt: skip
    try:
        line = process.stdout.readline()  # type: ignore[union-attr]
        url = re.search(r"http://127\.0\.0\.1:\d+/", line)
        assert url, line + process.stderr.read()  # type: ignore[union-attr]
        with urllib.request.urlopen(url.group(0), timeout=10) as response:
            page = response.read().decode()
        assert 'name="studio-token"' in page and "{{token}}" not in page
    finally:
        process.terminate()
        process.wait(timeout=10)
