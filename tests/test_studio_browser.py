"""The studio in a real browser: headless Chromium driven by Playwright, as the player's tests.

A small book is built, the studio serves it on loopback, and the test does
what an author does: move through the segments with the keyboard, play one,
fix a word's pronunciation from the page, rebuild with the shortcut, and hear
the new audio.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from audiobook.studio.app import Studio
from audiobook.studio.server import studio_in_thread
from test_player import ARTIFACTS, chromium, wait  # noqa: F401 (chromium is a fixture)

from conftest import run_cli

BOOK = """# The Lighthouse

## Arrival

The keeper climbed the stair at dusk. Her name was Ingrid Solvang.

The lamp was cold, and the glass was grey with salt.

## Storm

The sea rose at midnight. The lamp held until dawn.
"""
TOML = '# settings\ntitle = "The Lighthouse"\nauthor = "A. Writer"\n'


@pytest.fixture
def book(tmp_path: Path) -> tuple[Path, Path]:
    folder = tmp_path / "book"
    folder.mkdir()
    (folder / "book.md").write_text(BOOK, encoding="utf-8")
    (folder / "book.toml").write_text(TOML, encoding="utf-8")
    out = tmp_path / "out"
    # a cache of its own: other tests speak the same sentences into the shared one
    cache = tmp_path / "cache"
    result = run_cli("build", str(folder), "-o", str(out), "--cache", str(cache), "--quiet")
    assert result.returncode == 0, result.stderr
    return folder, out


def current(page) -> str | None:  # type: ignore[no-untyped-def]
    return page.evaluate("document.querySelector('#segments .seg.current')?.dataset.index")


def test_studio_listen_fix_rebuild_in_the_browser(chromium, book):  # noqa: F811
    folder, out = book
    cache_dir = out.parent / "cache"
    studio = Studio(folder, out, cache_dir)
    context = chromium.new_context(viewport={"width": 1280, "height": 720})
    page = context.new_page()
    requests: list[str] = []
    errors: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.on("pageerror", lambda error: errors.append(str(error)))
    with studio_in_thread(studio) as url:
        page.goto(url)
        page.wait_for_selector("#segments .seg")
        assert page.text_content("#title") == "The Lighthouse — A. Writer"
        assert page.locator("#chapters li").all_text_contents() == ["1. Arrival", "2. Storm"]
        # each sentence takes its direction from its own letters (an Arabic one runs right
        # to left), in the book's language
        first = page.locator("#segments .seg").first
        assert (first.get_attribute("dir"), first.get_attribute("lang")) == ("auto", "en")
        wait(page, "document.getElementById('audio').readyState >= 1")

        # the keyboard moves the highlight
        assert current(page) == "0"
        page.keyboard.press("j")
        page.keyboard.press("ArrowDown")
        assert current(page) == "2"
        page.keyboard.press("k")
        assert current(page) == "1"
        page.keyboard.press("j")
        page.keyboard.press("j")
        assert page.text_content("#segments .seg.current") == "Her name was Ingrid Solvang."

        # r plays that segment alone, from its start, and stops at its end
        start = page.evaluate("window.fetch('/api/book').then(r => r.json())")
        seg = start["chapters"][0]["segments"][3]
        page.keyboard.press("r")
        wait(page, "!document.getElementById('audio').paused")
        position = page.evaluate("document.getElementById('audio').currentTime")
        assert seg["start_ms"] / 1000 - 0.1 <= position <= seg["end_ms"] / 1000
        wait(page, "document.getElementById('audio').paused", timeout=15)
        stopped = page.evaluate("document.getElementById('audio').currentTime")
        assert seg["end_ms"] / 1000 - 0.05 <= stopped <= seg["end_ms"] / 1000 + 0.6

        # space plays on through the chapter, the highlight following the audio
        page.keyboard.press("k")
        page.keyboard.press(" ")
        wait(page, "!document.getElementById('audio').paused")
        wait(page, "document.querySelector('#segments .seg.current')?.dataset.index === '3'",
             timeout=20)  # fmt: skip
        page.keyboard.press(" ")
        wait(page, "document.getElementById('audio').paused")

        # a bad edit is refused in the page, nothing written
        page.fill("#fix-spoken", "   ")
        page.click("#fix-save")
        wait(page, "document.getElementById('message').textContent.includes('empty')")
        assert not (folder / "fixes.toml").exists()

        # a pronunciation, from a click on the word; audition, then save
        page.locator("#seg-text span", has_text="Solvang").click()
        assert page.input_value("#word") == "Solvang"
        page.fill("#say", "Solvung")
        page.click("#word-audition")
        wait(page, "document.getElementById('message').textContent.includes('not saved')",
             timeout=20)  # fmt: skip
        page.click("#word-save")
        wait(page, "document.getElementById('message').textContent.includes('book.toml')")
        assert 'Solvang = "Solvung"' in (folder / "book.toml").read_text(encoding="utf-8")
        assert (folder / "book.toml").read_text(encoding="utf-8").startswith("# settings")
        wait(page, "document.querySelector('#segments .seg.current.stale')")

        # b rebuilds; the page then plays the new audio of that segment
        old = (out / "01 Arrival.mp3").read_bytes()
        other = (out / "02 Storm.mp3").read_bytes()
        cached = {p: p.stat().st_mtime_ns for p in (cache_dir / "segments").glob("*/*.seg")}
        page.keyboard.press("b")
        wait(page, "document.body.dataset.rebuild", timeout=180)
        assert page.locator("#segments .seg.stale").count() == 0
        assert (out / "01 Arrival.mp3").read_bytes() != old
        assert (out / "02 Storm.mp3").read_bytes() == other
        now = {p: p.stat().st_mtime_ns for p in (cache_dir / "segments").glob("*/*.seg")}
        assert len(set(now) - set(cached)) == 1, "only the sentence with the word is re-spoken"
        assert all(now[p] == t for p, t in cached.items())
        wait(page, "!document.getElementById('audio').paused")
        assert page.evaluate("document.getElementById('audio').src").endswith(
            f"?v={studio_version(page)}"
        )
        page.keyboard.press(" ")
        page.click("#segments .seg[data-index='4']")
        wait(page, "!document.getElementById('audio').paused")
        time.sleep(0.3)
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "studio.png"))

        assert errors == []
        assert [u for u in requests if not u.startswith(url) and not u.startswith("blob:")] == []
    context.close()


def studio_version(page) -> int:  # type: ignore[no-untyped-def]
    return page.evaluate("window.fetch('/api/book').then(r => r.json()).then(b => b.version)")


def test_override_from_the_page_survives_a_cli_build_and_the_page_is_guarded(chromium, book):  # noqa: F811
    folder, out = book
    studio = Studio(folder, out, out.parent / "cache")
    context = chromium.new_context()
    page = context.new_page()
    with studio_in_thread(studio) as url:
        page.goto(url)
        page.wait_for_selector("#segments .seg")
        page.click("#chapters li[data-index='1']")
        page.click("#segments .seg[data-index='2']")
        assert page.text_content("#segments .seg.current") == "The lamp held until dawn."
        page.fill("#fix-spoken", "The lamp held on until the dawn.")
        page.select_option("#fix-voice", "female")
        page.click("#fix-save")
        wait(page, "document.getElementById('message').textContent.includes('fixes.toml')")
        assert page.locator("#segments .seg.current .badge").text_content() == "fixed"

        # without the token, or outside the output folder: refused
        status = page.evaluate(
            "fetch('/api/pronounce', {method: 'POST', headers: {'Content-Type': "
            "'application/json'}, body: JSON.stringify({word: 'lamp', say: 'lamb'})})"
            ".then(r => r.status)"
        )
        assert status == 403
        for path in ["/audio/..%2Fbook%2Fbook.toml", "/audio/%2E%2E/book/book.toml"]:
            assert page.evaluate(f"fetch('{path}').then(r => r.status)") in {403, 404}
        assert "lamb" not in (folder / "book.toml").read_text(encoding="utf-8")
    context.close()

    cache = str(out.parent / "cache")
    result = run_cli("build", str(folder), "-o", str(out), "--cache", cache, "--quiet")
    assert result.returncode == 0, result.stderr
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    heard = manifest["chapters"][1]["segments"][2]
    assert (heard["text"], heard["spoken"], heard["voice"]) == (
        "The lamp held until dawn.", "The lamp held on until the dawn.", "female"
    )
