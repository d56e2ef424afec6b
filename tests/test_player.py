"""The web player in a real browser: headless Chromium, driven by Playwright.

The sample book is built, given a cover and the player, and served by our
own server on loopback. The browser is the one `make test` chose with
scripts/ensure_browser.py (handed over as AUDIOBOOK_CHROMIUM, or read from
the .venv/browser it records): a system Chromium or Chrome, or Playwright's own
download. Without one these tests fail, on purpose: a skipped browser test
would hide a broken player.
"""

from __future__ import annotations

import json
import os
import shutil
import struct
import time
import zlib
from collections.abc import Iterator
from pathlib import Path

import pytest

from audiobook.publish.captions import write_captions
from audiobook.publish.manifest import read_manifest
from audiobook.publish.serve import serve
from audiobook.publish.webplayer import write_player

from conftest import run_cli

RECORDED = Path(__file__).resolve().parent.parent / ".venv" / "browser"


def chromium_path() -> Path | None:
    """The browser chosen by `make test`; else, for a bare `pytest`, one on PATH."""
    if os.environ.get("AUDIOBOOK_CHROMIUM", "").strip():
        return Path(os.environ["AUDIOBOOK_CHROMIUM"].strip())
    if RECORDED.is_file():
        return Path(RECORDED.read_text(encoding="utf-8").strip())
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        if found := shutil.which(name):
            return Path(found)
    return None


FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--autoplay-policy=no-user-gesture-required",
]
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
HOSTILE = "</script><script>alert(1)</script> and <img src=x onerror=alert(2)> & more"
HOSTILE_TITLE = "<b onmouseover=alert(3)>Bold</b>"


def cover_png(size: int = 240) -> bytes:
    """A warm gradient cover, made here so the test needs no image file."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    rows = bytearray()
    for y in range(size):
        rows.append(0)
        for x in range(size):
            rows += bytes((150 + x * 100 // size, 60 + y * 80 // size, 30 + (x + y) * 40 // size))
    header = struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(bytes(rows)))
        + chunk(b"IEND", b"")
    )


@pytest.fixture(scope="module")
def book(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("player") / "the-masterpiece"
    result = run_cli("build", "-o", str(out), "--quiet")
    assert result.returncode == 0, result.stderr
    (out / "cover.png").write_bytes(cover_png())
    manifest = read_manifest(out)
    write_captions(out, manifest)
    write_player(out, manifest)
    return out


@pytest.fixture(scope="module")
def hostile_book(book: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The same audio with a manuscript whose text and title try to become markup."""
    folder = tmp_path_factory.mktemp("hostile") / "book"
    folder.mkdir()
    manifest = read_manifest(book)
    for chapter in manifest["chapters"]:
        (folder / chapter["file"]).hardlink_to(book / chapter["file"])
    manifest["title"] = HOSTILE_TITLE
    manifest["chapters"][0]["segments"][2]["text"] = HOSTILE
    (folder / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    write_player(folder, manifest)
    return folder


@pytest.fixture(scope="module")
def chromium() -> Iterator[object]:
    """Chromium, headless, with a fresh profile of its own (Playwright makes a new
    temporary --user-data-dir for every launch and removes it after)."""
    executable = chromium_path()
    if executable is None or not executable.is_file():
        pytest.fail(
            f"no Chromium for the player tests ({executable or 'none on PATH'}): run them "
            "through `make test`, which finds or fetches one, or set AUDIOBOOK_CHROMIUM.",
            pytrace=False,
        )
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.fail(
            "the Python package `playwright` is missing: `pip install -e '.[test]'` "
            "(it drives the Chromium that scripts/ensure_browser.py chose)",
            pytrace=False,
        )
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(executable), headless=True, args=FLAGS
        )
        try:
            yield browser
        finally:
            browser.close()


@pytest.fixture
def browser(chromium) -> Iterator[object]:
    """A fresh browsing context (own storage), with the page's CSP in force."""
    context = chromium.new_context(viewport={"width": 1280, "height": 800})
    try:
        yield context
    finally:
        context.close()


def wait(page, script: str, arg: object = None, timeout: float = 10.0) -> object:  # type: ignore[no-untyped-def]
    """Poll a JS expression until it is truthy.

    Playwright's own wait_for_function compiles its predicate with eval,
    which the player's Content-Security-Policy (rightly) forbids; evaluate
    goes through DevTools and is not affected.
    """
    deadline = time.monotonic() + timeout
    while True:
        value = page.evaluate(script, arg)
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout} s waiting for: {script}")
        time.sleep(0.05)


class Watch:
    """A page with everything it asked for and every dialog it tried to open."""

    def __init__(self, context: object) -> None:
        self.page = context.new_page()  # type: ignore[attr-defined]
        self.requests: list[str] = []
        self.dialogs: list[str] = []
        self.errors: list[str] = []
        self.page.on("request", lambda request: self.requests.append(request.url))
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))

        def on_dialog(dialog) -> None:  # type: ignore[no-untyped-def]
            self.dialogs.append(dialog.message)
            dialog.dismiss()

        self.page.on("dialog", on_dialog)

    def audio(self, prop: str) -> object:
        return self.page.evaluate(f"document.getElementById('audio').{prop}")

    def current(self) -> str | None:
        return self.page.evaluate("document.querySelector('#text .seg.current')?.dataset.index")


def test_player_plays_highlights_seeks_and_remembers(browser, book):
    manifest = read_manifest(book)
    chapter2 = manifest["chapters"][1]
    with serve(book) as server:
        watch = Watch(browser)
        page = watch.page
        page.goto(server.url)
        page.wait_for_selector("#text .seg")
        assert page.text_content("#title") == "The Masterpiece"
        assert page.evaluate("document.getElementById('cover').naturalWidth") == 240
        names = page.locator("#chapters .chapter-name").all_text_contents()
        assert names == [c["title"] for c in manifest["chapters"]]
        durations = page.locator("#chapters .chapter-duration").all_text_contents()
        assert durations == ["0:36", "1:24", "0:46"]

        # play at double speed: time runs and the lit sentence moves on
        page.select_option("#speed", "2")
        page.click("#play")
        wait(page, "document.querySelector('#text .seg.current')")
        first = watch.current()
        started = float(watch.audio("currentTime"))  # type: ignore[arg-type]
        wait(
            page,
            "(first) => document.querySelector('#text .seg.current')?.dataset.index !== first",
            arg=first,
            timeout=15,
        )
        assert watch.audio("playbackRate") == 2
        assert float(watch.audio("currentTime")) > started + 2  # type: ignore[arg-type]

        # space pauses and plays again
        page.locator("body").press("Space")
        wait(page, "document.getElementById('audio').paused")
        page.keyboard.press("Space")
        wait(page, "!document.getElementById('audio').paused")

        # chapter 2, then a sentence in it: its file, its time, its highlight
        page.click("#chapters .chapter[data-index='1']")
        wait(
            page,
            "(t) => document.querySelector('#text .seg').textContent === t",
            arg=chapter2["segments"][0]["text"],
        )
        target = chapter2["segments"][5]
        page.click("#text .seg[data-index='5']")
        wait(page, "document.querySelector('#text .seg.current')?.dataset.index === '5'")
        page.click("#play")  # pause, so the time stays put
        wait(page, "document.getElementById('audio').paused")
        assert str(watch.audio("src")).endswith("/02%20The%20Studio.mp3")
        position = float(watch.audio("currentTime"))  # type: ignore[arg-type]
        assert target["start_ms"] / 1000 - 0.05 <= position < target["start_ms"] / 1000 + 3
        assert page.text_content("#text .seg.current") == target["text"]
        assert page.text_content("#chapter-title") == "The Studio"

        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "player.png"))

        # back 30 s from early in chapter 2 lands in chapter 1
        page.evaluate("document.getElementById('audio').currentTime = 5")
        wait(page, "Math.abs(document.getElementById('audio').currentTime - 5) < 0.2")
        page.click("#back")
        wait(page, "document.getElementById('audio').src.endsWith('01%20Morning.mp3')")
        wait(page, "document.getElementById('audio').readyState >= 1")
        expected = manifest["chapters"][0]["end_ms"] / 1000 - 25
        assert abs(float(watch.audio("currentTime")) - expected) < 0.5  # type: ignore[arg-type]

        # the position survives a reload
        page.click("#chapters .chapter[data-index='1']")
        page.evaluate("document.getElementById('audio').currentTime = 42")
        wait(page, "Math.abs(document.getElementById('audio').currentTime - 42) < 0.2")
        page.evaluate("document.getElementById('audio').pause()")
        page.reload()
        wait(page, "document.getElementById('audio').readyState >= 1")
        assert str(watch.audio("src")).endswith("/02%20The%20Studio.mp3")
        assert abs(float(watch.audio("currentTime")) - 42) < 1  # type: ignore[arg-type]
        assert page.input_value("#speed") == "2"

        assert watch.dialogs == [] and watch.errors == []
        outside = [u for u in watch.requests if not u.startswith(server.url)]
        assert outside == [], "the player must ask for nothing but the book's own files"
        page.close()


def test_sleep_timer_stops_at_the_end_of_the_chapter(browser, book):
    with serve(book) as server:
        watch = Watch(browser)
        page = watch.page
        page.goto(server.url)
        wait(page, "document.getElementById('audio').readyState >= 1")
        page.select_option("#sleep", "chapter")
        assert "after this chapter" in page.text_content("#sleep-left")
        page.select_option("#speed", "2")
        page.evaluate(
            "(() => { const a = document.getElementById('audio');"
            " a.currentTime = a.duration - 1; })()"
        )
        page.click("#play")
        wait(
            page,
            "document.getElementById('audio').src.endsWith('02%20The%20Studio.mp3')",
            timeout=10,
        )
        page.wait_for_timeout(500)
        assert watch.audio("paused") is True
        assert page.input_value("#sleep") == "off"
        assert watch.errors == []
        page.close()


@pytest.mark.parametrize("csp", ["enforced", "bypassed"])
def test_hostile_manuscript_text_is_shown_literally(chromium, hostile_book, csp):
    """Text stays text on its own merits: with the page's CSP switched off too."""
    browser = chromium.new_context(bypass_csp=csp == "bypassed")
    with serve(hostile_book) as server:
        watch = Watch(browser)
        page = watch.page
        page.goto(server.url)
        page.wait_for_selector("#text .seg")
        assert page.text_content("#text .seg[data-index='2']") == HOSTILE
        assert page.text_content("#title") == HOSTILE_TITLE
        assert page.title() == HOSTILE_TITLE
        page.hover("#title")
        page.click("#text .seg[data-index='2']")
        page.wait_for_timeout(700)
        assert page.locator("#text img, #title b").count() == 0
        assert page.evaluate("document.scripts.length") == 2
        assert watch.dialogs == [], watch.dialogs
        assert not [u for u in watch.requests if u.endswith("/x")]
        assert watch.errors == []
    browser.close()


def test_a_verse_line_ends_with_a_line_break(chromium, book, tmp_path):
    """A segment the author ended a line after (manifest "line_end", verse) is followed
    by a line break in the text, not a space; the sentence after it stays in the same
    paragraph and can still be clicked."""
    folder = tmp_path / "verse"
    folder.mkdir()
    manifest = read_manifest(book)
    for chapter in manifest["chapters"]:
        (folder / chapter["file"]).hardlink_to(book / chapter["file"])
    segments = manifest["chapters"][0]["segments"]
    first = next(i for i, s in enumerate(segments[:-1])
                 if s["kind"] == segments[i + 1]["kind"] == "text"
                 and s["paragraph"] == segments[i + 1]["paragraph"])  # fmt: skip
    segments[first]["line_end"] = True
    (folder / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    write_player(folder, manifest)
    browser = chromium.new_context()
    with serve(folder) as server:
        page = Watch(browser).page
        page.goto(server.url)
        page.wait_for_selector("#text .seg")
        after = page.evaluate(
            "(i) => { const s = document.querySelector(`#text .seg[data-index='${i}']`);"
            " return [s.nextSibling.nodeName, s.nextSibling.nextSibling.dataset.index,"
            " s.parentNode === s.nextSibling.nextSibling.parentNode]; }",
            first,
        )
        assert after == ["BR", str(first + 1), True]
        spaced = page.evaluate(
            "(i) => document.querySelector(`#text .seg[data-index='${i}']`).nextSibling"
            ".nodeName",
            first + 1,
        )
        assert spaced == "#text"
    browser.close()


def test_player_works_from_a_file_url(browser, book, tmp_path):
    copy = tmp_path / "copy of the book"
    shutil.copytree(book, copy, ignore=shutil.ignore_patterns("*.m4b", "sample.mp3"))
    watch = Watch(browser)
    page = watch.page
    page.goto(copy.joinpath("index.html").as_uri())
    page.wait_for_selector("#text .seg")
    wait(page, "document.getElementById('audio').readyState >= 1", timeout=10)
    assert page.locator("#chapters .chapter").count() == 3
    assert page.evaluate("document.getElementById('cover').naturalWidth") == 240
    assert all(u.startswith("file://") or u.startswith("data:") for u in watch.requests)
    assert watch.errors == []
    page.close()
