"""Notes, citations and front/back matter: marks never spoken, notes read where
`[notes] mode` says, publishers' pages left out and listed, every word accounted for."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from ebooklib import epub

from audiobook.build.pipeline import build, load_book
from audiobook.errors import ConfigError
from audiobook.text.segment import words

from conftest import run_cli

MARKS = re.compile(r"[\[\]^↩\ue000-\ue002¹²³⁴⁵⁶⁷⁸⁹⁰†‡]|\*|\bciting\b")


def _toml(mode: str | None, extra: str = "") -> str:
    return (f'[notes]\nmode = "{mode}"\n' if mode else "") + extra


def _segments(folder: Path):  # type: ignore[no-untyped-def]
    _, manuscript, chapters = load_book(folder)
    return manuscript, chapters


def _spoken_text(chapters) -> str:  # type: ignore[no-untyped-def]
    return " ".join(s.spoken for c in chapters for s in c.segments)


def _no_marks(chapters) -> None:  # type: ignore[no-untyped-def]
    for chapter in chapters:
        for seg in chapter.segments:
            assert not MARKS.search(seg.text), seg.text
            assert not MARKS.search(seg.spoken), seg.spoken
            assert not re.search(r"[^\W\d]\d", seg.text), f"number glued to a word: {seg.text}"


# ---------------------------------------------------------------- fixtures

MARKDOWN = """---
title: Field Notes on the Marsh
author: Ada Reyes
---

# Field Notes on the Marsh

## The Heron

The heron stood in the reeds for an hour.[^1] Nobody knew why it waited [2, 3] or
when it would leave.[citation needed]

Its mate returned at dusk.[^dusk]

## The River

The river ran high that spring [4] and the ferry stopped.

[^1]: Herons often wait this long before they strike.
[^dusk]: Observed on the evening of the ninth,
    when the tide was out.
"""

PLAIN = """THE LANTERN


CHAPTER I.

The lamp was lit at dusk.[1] Its light carried far across the water,[2] and the
boats came home.

The keeper wrote in his log* every night.

* The log survives in the county archive.

NOTES

1. Lamps were lit at sunset by order of the harbour board.

2. On a clear night, about twenty miles.


CHAPTER II.

The storm came in October.[3] Nobody slept [citation needed].

NOTES

3. The great storm of that year took four ships.
"""

HTML = """<!DOCTYPE html>
<html lang="en"><head><title>The Salt Road</title></head>
<body>
<h1>The Salt Road</h1>
<h2>Chapter One</h2>
<p>The caravan left at dawn<sup><a href="#fn1" id="fnref1">1</a></sup> and crossed
the dry lake by noon.<sup><a href="#fn2" id="fnref2">2</a></sup></p>
<p>At the well they rested.</p>
<h2>Chapter Two</h2>
<p>The salt was sold in the market<a href="#fn3" class="footnote-ref" id="fnref3"
role="doc-noteref"><sup>3</sup></a> for silver.</p>
<section class="footnotes" role="doc-endnotes">
<hr />
<h2>Notes</h2>
<ol>
<li id="fn1"><p>Dawn in the desert comes early in summer.
<a href="#fnref1" class="footnote-back" role="doc-backlink">↩︎</a></p></li>
<li id="fn2"><p>The lake had been dry for a century. <a href="#fnref2">↩</a></p></li>
<li id="fn3"><p>Prices are given in the old weights. <a href="#fnref3">↩</a></p></li>
</ol>
</section>
</body></html>
"""

GUTENBERG_HTML = """<html><head><title>Travels</title></head><body>
<h2>CHAPTER I.</h2>
<p>We reached the village at night.<a id="FNanchor_1_1" href="#Footnote_1_1"
class="fnanchor">[1]</a> The inn was full.</p>
<div class="footnote"><p><a id="Footnote_1_1" href="#FNanchor_1_1" class="label">[1]</a>
The village is now a town of some size: see <span class="smcap">Brand</span>,
<i>Roads</i>, and <a href="#CHAPTER_I">Chapter I</a> above.</p></div>
<p>We slept in the barn.</p>
</body></html>
"""


def make_notes_epub(path: Path) -> Path:
    """An EPUB 3 as publishers make them: title page, dedication, chapters citing
    endnotes, an endnotes page with back-links, acknowledgements, also-by, colophon."""
    book = epub.EpubBook()
    book.set_identifier("notes-book-1")
    book.set_title("The Cartographer")
    book.set_language("en")
    book.add_author("Lena Marsh")

    def page(name: str, body: str, title: str = "The Cartographer") -> epub.EpubHtml:
        item = epub.EpubHtml(title=title, file_name=name)
        item.content = (
            '<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops">'
            f"<head><title>{title}</title></head><body>{body}</body></html>"
        )
        return item

    pages = [
        page("text/dedication.xhtml",
             '<section epub:type="dedication"><p>For my father, who drew maps.</p></section>'),
        page("text/ch1.xhtml",
             "<h1>One</h1><p>The map was wrong in three places."
             '<sup><a epub:type="noteref" id="r1" href="notes.xhtml#n1">1</a></sup> '
             "She marked each one in red ink.</p><p>Then she slept.</p>"),
        page("text/ch2.xhtml",
             "<h1>Two</h1><p>At the coast the tide tables failed"
             '<a epub:type="noteref" id="r2" href="notes.xhtml#n2">2</a>, and the boat waited.'
             '<a epub:type="noteref" href="#fa">*</a></p>'
             '<aside epub:type="footnote" id="fa"><p>* The harbour has since been dredged.</p>'
             "</aside><p>They sailed at last on Sunday.</p>"),
        page("text/ack.xhtml",
             '<section epub:type="acknowledgments"><h1>Acknowledgements</h1>'
             "<p>My thanks to the survey office for its patience.</p></section>"),
        page("text/notes.xhtml",
             '<section epub:type="endnotes"><h1>Notes</h1><ol>'
             '<li id="n1" epub:type="endnote"><p>The survey of 1902 corrected two of them. '
             '<a href="ch1.xhtml#r1" epub:type="backlink">↩</a></p></li>'
             '<li id="n2" epub:type="endnote"><p>Tide tables were printed a year ahead. '
             '<a href="ch2.xhtml#r2">↩</a></p></li></ol></section>'),
        page("text/alsoby.xhtml",
             "<h1>Also by Lena Marsh</h1><p>The Surveyor</p><p>Lines of Longitude</p>"),
        page("text/colophon.xhtml",
             '<section epub:type="colophon"><p>Set in Garamond by Northwind Press, Leeds.</p>'
             "<p>This edition is released under a Creative Commons licence.</p></section>"),
    ]  # fmt: skip
    for item in pages:
        book.add_item(item)
    book.toc = [
        epub.Link("text/ch1.xhtml", "One", "c1"),
        epub.Link("text/ch2.xhtml", "Two", "c2"),
        epub.Link("text/ack.xhtml", "Acknowledgements", "ack"),
        epub.Link("text/notes.xhtml", "Notes", "notes"),
    ]
    book.add_item(epub.EpubNcx())
    book.add_item(epub.EpubNav())
    book.spine = ["nav", *pages]
    epub.write_epub(str(path), book)
    return path


# ---------------------------------------------------------------- per format


@pytest.mark.parametrize("mode", ["skip", "chapter-end", "inline"])
def test_markdown_footnotes(make_book, mode: str) -> None:
    folder = make_book({"book.md": MARKDOWN, "book.toml": _toml(mode)})
    manuscript, chapters = _segments(folder)
    _no_marks(chapters)
    kinds = [(s.kind, s.text) for s in chapters[0].segments]
    notes = [t for k, t in kinds if k == "note"]
    if mode == "skip":
        assert notes == []
        skipped = [o.text for o in manuscript.omitted if o.why == '[notes] mode = "skip"']
        assert skipped == [
            "Herons often wait this long before they strike.",
            "Observed on the evening of the ninth, when the tide was out.",
        ]
    else:
        assert notes[0] == "Herons often wait this long before they strike."
        first = next(s for s in chapters[0].segments if s.kind == "note")
        assert first.spoken.startswith("Note one.")
    if mode == "chapter-end":  # after the chapter's text, introduced by the narrator
        texts = [i for i, (k, _) in enumerate(kinds) if k == "text"]
        assert min(i for i, (k, _) in enumerate(kinds) if k == "note") > max(texts)
        assert any(k == "heading" and t.startswith("Notes to") for k, t in kinds)
    if mode == "inline":  # right after the sentence that cites it
        index = next(i for i, (k, _) in enumerate(kinds) if k == "note")
        assert kinds[index - 1][1] == "The heron stood in the reeds for an hour."
    marks = [o.what for o in manuscript.omitted if o.why.startswith(("citation", "editorial"))]
    assert marks == [
        "mark '[2, 3]' in 'The Heron'",
        "mark '[citation needed]' in 'The Heron'",
        "mark '[4]' in 'The River'",
    ]


def test_plain_text_notes_blocks_are_notes_not_text(make_book) -> None:
    folder = make_book({"book.txt": PLAIN, "book.toml": _toml("chapter-end")})
    _manuscript, chapters = _segments(folder)
    _no_marks(chapters)
    body = [s.text for c in chapters for s in c.segments if s.kind == "text"]
    assert "NOTES" not in body and not any(t.startswith(("1.", "* The")) for t in body)
    ch1 = next(c for c in chapters if c.title == "CHAPTER I")
    assert [s.text for s in ch1.segments if s.kind == "note"] == [
        "Lamps were lit at sunset by order of the harbour board.",
        "On a clear night, about twenty miles.",
        "The log survives in the county archive.",
    ]
    ch2 = next(c for c in chapters if c.title == "CHAPTER II")
    assert [s.spoken for s in ch2.segments if s.kind == "note"] == [
        "Note three. The great storm of that year took four ships."
    ]
    assert "The keeper wrote in his log every night." in body


def test_html_footnotes_not_glued_and_section_not_a_chapter(make_book) -> None:
    folder = make_book({"book.html": HTML, "book.toml": _toml("chapter-end")})
    _manuscript, chapters = _segments(folder)
    _no_marks(chapters)
    assert [c.title for c in chapters] == ["Chapter One", "Chapter Two"]
    text = [s.text for c in chapters for s in c.segments if s.kind == "text"]
    assert "The caravan left at dawn and crossed the dry lake by noon." in text
    assert "The salt was sold in the market for silver." in text
    notes = [s.text for c in chapters for s in c.segments if s.kind == "note"]
    assert notes == [
        "Dawn in the desert comes early in summer.",
        "The lake had been dry for a century.",
        "Prices are given in the old weights.",
    ]
    assert "Note three." in chapters[1].segments[-2].spoken or any(
        s.spoken.startswith("Note three.") for s in chapters[1].segments
    )


def test_gutenberg_html_footnote_is_a_note(make_book) -> None:
    folder = make_book({"travels.html": GUTENBERG_HTML})
    manuscript, chapters = _segments(folder)
    _no_marks(chapters)
    text = [s.text for c in chapters for s in c.segments if s.kind == "text"]
    assert text == [
        "We reached the village at night.",
        "The inn was full.",
        "We slept in the barn.",
    ]
    # a name in small capitals and a link inside the note are its words, not a back-link
    assert [o.text for o in manuscript.omitted] == [
        "The village is now a town of some size: see Brand, Roads, and Chapter I above."
    ]


def test_epub_endnotes_colophon_and_also_by_left_out(make_book, tmp_path: Path) -> None:
    folder = make_book({"book.toml": _toml("chapter-end")})
    make_notes_epub(folder / "cartographer.epub")
    manuscript, chapters = _segments(folder)
    _no_marks(chapters)
    titles = [c.title for c in chapters]
    assert titles == ["Dedication", "One", "Two", "Acknowledgements"]  # dedication first
    assert chapters[0].segments[2].text == "For my father, who drew maps."
    why = {o.what: o.why for o in manuscript.omitted}
    assert why["text/colophon.xhtml"] == "colophon"
    assert why["text/alsoby.xhtml"] == "also-by page"
    assert why["text/notes.xhtml"] == "notes"
    one = [s.text for s in chapters[1].segments if s.kind == "note"]
    two = [s.text for s in chapters[2].segments if s.kind == "note"]
    assert one == ["The survey of 1902 corrected two of them."]
    assert two == ["Tide tables were printed a year ahead.", "The harbour has since been dredged."]
    assert "At the coast the tide tables failed, and the boat waited." in [
        s.text for s in chapters[2].segments
    ]


def test_text_keep_and_skip_override_the_defaults(make_book) -> None:
    toml = _toml(None, '[text]\nkeep = ["Also by*"]\nskip = ["acknowledgements"]\n')
    folder = make_book({"book.toml": toml})
    make_notes_epub(folder / "cartographer.epub")
    manuscript, chapters = _segments(folder)
    titles = [c.title for c in chapters]
    assert "Acknowledgements" not in titles
    assert any("Also by" in t for t in titles)
    assert ("text/ack.xhtml", "[text] skip in book.toml") in {
        (o.what, o.why) for o in manuscript.omitted
    }


def test_plain_text_back_matter_by_heading(make_book) -> None:
    text = (
        "CHAPTER I.\n\nThe road was long and the inn was far.\n\n"
        "We walked all day and reached it after dark, tired and hungry.\n\n\n"
        "BIBLIOGRAPHY\n\nSmith, J. Roads of the North. London, 1901.\n"
    )
    folder = make_book({"book.txt": text})
    manuscript, chapters = _segments(folder)
    assert [c.title for c in chapters] == ["CHAPTER I"]
    assert next((o.what, o.why) for o in manuscript.omitted) == ("section 'BIBLIOGRAPHY'",
                                                                 "bibliography")  # fmt: skip


def test_bad_notes_mode_is_one_clear_error(make_book) -> None:
    folder = make_book({"book.md": MARKDOWN, "book.toml": _toml("footnotes")})
    with pytest.raises(ConfigError, match=r"notes\.mode.*line 2.*skip"):
        load_book(folder)
    result = run_cli("plan", str(folder))
    assert result.returncode == 2 and "Traceback" not in result.stderr


def test_every_word_accounted_for(make_book) -> None:
    """Each word of the manuscript is read (body or note) or listed as left out."""
    for mode in ("skip", "chapter-end"):
        folder = make_book({"book.txt": PLAIN, "book.toml": _toml(mode)}, name=mode)
        manuscript, chapters = _segments(folder)
        heard = [w for c in chapters for s in c.segments
                 if s.kind in ("text", "note", "heading", "credits")
                 for w in words(s.text)]  # fmt: skip
        left = [w for o in manuscript.omitted for w in words(o.text)]
        source = [w for w in words(PLAIN) if not w.isdigit() and w not in ("notes", "citation",
                                                                           "needed")]  # fmt: skip
        for word in source:
            assert word in heard or word in left, word


# ---------------------------------------------------------------- real builds


def test_epub_build_reads_notes_at_chapter_end(make_book, tmp_path: Path) -> None:
    folder = make_book({"book.toml": _toml("chapter-end")})
    make_notes_epub(folder / "cartographer.epub")
    result = build(folder, tmp_path / "out", cache_dir=tmp_path / "cache", jobs=1)
    manifest = json.loads(result.manifest.read_text(encoding="utf-8"))
    titles = [c["title"] for c in manifest["chapters"]]
    assert titles == ["Dedication", "One", "Two", "Acknowledgements"]
    segments = [s for c in manifest["chapters"] for s in c["segments"]]
    for seg in segments:
        assert not MARKS.search(seg["text"]) and not MARKS.search(seg["spoken"]), seg
    notes = [s for s in segments if s["kind"] == "note"]
    assert [s["spoken"].split(".")[0] for s in notes] == ["Note one", "Note two", "Note"]
    assert all(s["end_ms"] > s["start_ms"] for s in notes)  # heard
    omitted = {o["what"]: o for o in manifest["omitted"]}
    assert omitted["text/colophon.xhtml"]["why"] == "colophon"
    assert "Northwind Press" in omitted["text/colophon.xhtml"]["text"]
    plan = run_cli("plan", str(folder))
    assert plan.returncode == 0, plan.stderr
    assert 'notes: 3 found; [notes] mode = "chapter-end"' in plan.stdout
    assert "left out: text/colophon.xhtml (colophon" in plan.stdout


def test_plain_text_build_skips_notes(make_book, tmp_path: Path) -> None:
    folder = make_book({"book.txt": PLAIN})
    result = build(folder, tmp_path / "out", cache_dir=tmp_path / "cache", jobs=1)
    manifest = json.loads(result.manifest.read_text(encoding="utf-8"))
    assert manifest["notes_mode"] == "skip"
    segments = [s for c in manifest["chapters"] for s in c["segments"]]
    assert not any(s["kind"] == "note" for s in segments)
    for seg in segments:
        assert not MARKS.search(seg["spoken"]), seg
    skipped = [o["text"] for o in manifest["omitted"] if o["why"] == '[notes] mode = "skip"']
    assert len(skipped) == 4


def test_notes_page_typed_on_its_body_keeps_each_note_apart() -> None:
    """An endnotes page typed on <body> around a section with a heading and a list
    (as some EPUB makers write it): each entry is its own note, and the heading none."""
    from audiobook.text.readers.html import read_html

    found = read_html(
        '<html xmlns:epub="http://www.idpf.org/2007/ops"><body><h1>I</h1>'
        '<p>Quiet that year.<a href="#n1" epub:type="noteref">1</a> Then spring.'
        '<a href="#n2" epub:type="noteref">2</a></p>'
        '<div epub:type="endnotes"><section epub:type="endnotes"><h2>Endnotes</h2><ol>'
        '<li id="n1" epub:type="endnote"><p>A dry summer. <a href="#r1">↩</a></p></li>'
        '<li id="n2" epub:type="endnote"><p>Late April. <a href="#r2">↩</a></p></li>'
        "</ol></section></div></body></html>"
    )
    assert sorted(found.notes.values()) == ["A dry summer.", "Late April."]


def test_plain_text_note_set_after_its_paragraph_is_a_note() -> None:
    """"[1] …" or "¹ …" right under the paragraph that cites it (as many plain-text
    books set a footnote) is that note; the same line with no citation above is text."""
    from audiobook.text.notes import resolve
    from audiobook.text.readers.plaintext import find_chapters

    found = find_chapters(
        "ГЛАВА ПЕРВАЯ\n\nУтро было тихое, и в доме ещё спали.[1] Сад молчал.¹\n\n"
        "[1] Примечание переводчика.\n\n¹ Так в рукописи.\n\n"
        "ГЛАВА ВТОРАЯ\n\nВечером пошёл дождь, и никто не вышел.\n\n"
        "¹ Это не сноска: выше её никто не цитирует.\n"
    )
    found, _ = resolve(found)
    first, second = found.chapters
    assert [p.text for p in first[1]] == ["Утро было тихое, и в доме ещё спали. Сад молчал."]
    assert [n.text for n in first[1][0].notes] == ["Примечание переводчика.", "Так в рукописи."]
    assert second[1][-1].text == "¹ Это не сноска: выше её никто не цитирует."


def test_plain_text_notes_lettered_in_capitals_are_notes() -> None:
    """Older essays letter their notes [A], [B] (Gutenberg sets "[Footnote A: …]", or
    "[B] …" under the paragraph): both are the note the mark cites."""
    from audiobook.text.notes import resolve
    from audiobook.text.readers.plaintext import find_chapters

    found = find_chapters(
        "CHAPTER I\n\nI walked to the Abbey[A] in a hard frost.\n\n"
        "[Footnote A: Of Saint Wendreda, of which little remains.]\n\n"
        "The bookseller kept a cipher.[B] Nobody learnt it.\n\n"
        "[B] It is described in the parish notes.\n\nThe bells rang at noon.\n"
    )
    found, omitted = resolve(found)
    [(_, paragraphs)] = found.chapters
    assert [p.text for p in paragraphs] == [
        "I walked to the Abbey in a hard frost.", "The bookseller kept a cipher. Nobody learnt it.",
        "The bells rang at noon.",
    ]
    assert [n.text for p in paragraphs for n in p.notes] == [
        "Of Saint Wendreda, of which little remains.", "It is described in the parish notes."
    ]
    assert not omitted


def test_notes_end_their_chapter_before_the_books_own_end_and_keep_a_scene_break(
    make_book,
) -> None:
    book = (
        "# I\n\nThe ferry left at dawn.[^1]\n\n* * *\n\nThe river was wide.\n\n"
        "# II\n\nThe ferry came back at dusk.[^2]\n\nTHE END\n\n"
        "[^1]: It was the first crossing of the year.\n\n[^2]: It was the last.\n"
    )
    folder = make_book({"book.md": book, "book.toml": _toml("chapter-end")})
    _, chapters = _segments(folder)
    said = [s.spoken for s in chapters[1].segments]
    assert said[-4:-1] == ["Notes to chapter two.", "Note two. It was the last.", "THE END"]
    assert chapters[1].segments[-1].kind == "credits"
    assert not said[-1].startswith("The end.")  # the book said it: the credits do not again
    (folder / "book.toml").write_text(_toml("inline"), encoding="utf-8")
    _, chapters = _segments(folder)
    first = chapters[0].segments
    note = next(i for i, s in enumerate(first) if s.kind == "note")
    assert first[note].pause_after_ms == 2500  # the scene break after the noted paragraph


@pytest.mark.parametrize("heading", ["End Notes", "Endnotes", "Foot notes"])
def test_end_notes_after_the_books_own_end_are_its_notes(make_book, heading) -> None:
    book = (
        "Chapter 1\n\nThe orchard was planted in spring.[1]\n\n"
        "Chapter 2\n\nThe first apples came in the third year.[2]\n\nTHE END\n\n"
        f"{heading}\n\n[1] By the grandfather, who kept a diary.\n\n[2] Russets, mostly.\n"
    )
    folder = make_book({"book.txt": book, "book.toml": _toml("chapter-end")})
    _, chapters = _segments(folder)
    notes = [s.text for c in chapters for s in c.segments if s.kind == "note"]
    assert notes == ["By the grandfather, who kept a diary.", "Russets, mostly."]


def test_google_docs_text_export_notes_and_comments(make_book) -> None:
    """Google Docs' "Download as .txt": footnotes under a rule at the end ("[1] …"),
    then its comments ("[a]Name: …"), whose anchors "[a]" stay in the text."""
    book = (
        "Spring\n\nMy grandmother kept bees for fifty years.[1] The hives were white.[a]\n\n"
        "Winter\n\nNobody left that spring.[2]\n\n________________\n\n"
        "[1] The exercise book survives.\n\n[2] Not one hive.\n\n"
        "[a]Agnes Whitlow: check the colours with Uncle Ted\n"
    )
    folder = make_book({"book.txt": book, "book.toml": _toml("chapter-end")})
    manuscript, chapters = _segments(folder)
    notes = [s.text for c in chapters for s in c.segments if s.kind == "note"]
    assert notes == ["The exercise book survives.", "Not one hive."]
    said = _spoken_text(chapters)
    assert "Whitlow" not in said and "[a]" not in said and "The hives were white." in said
    assert any(o.what == "1 comment" and "Uncle Ted" in o.text for o in manuscript.omitted)


def test_an_editors_bracket_is_no_comment_and_no_note(make_book) -> None:
    book = (
        "CHAPTER ONE\n\nIts authors wrote that [t]he harbour board had acted within its powers."
        "\n\nThe committee read it aloud.\n\n[t]he board declined to publish the accounts.\n"
    )
    _, chapters = _segments(make_book({"book.txt": book}))
    said = " ".join(s.text for c in chapters for s in c.segments)
    assert "[t]he harbour board" in said and "[t]he board declined" in said


def test_asterisk_italics_are_story_text_not_an_asterisk_note() -> None:
    """KDP text files mark emphasis and inner thought with asterisks: a word emphasised at
    a sentence's end ("*again.*") is no note mark, and a paragraph opening in italics
    ("*Fortunate,* the old man thought") is story text, never its note. A real asterisk
    note beside them is still a note."""
    from audiobook.text.notes import resolve
    from audiobook.text.readers.plaintext import find_chapters

    found = find_chapters(
        "CHAPTER 47\n\nShe said it *again.*\n\nHe sighed.\n\n"
        "*Fortunate,* the old man thought sourly. *Fortunate, he says. At 16!*\n\n"
        "CHAPTER 48\n\nThe keeper wrote in his log* every night. She asked *why.*\n\n"
        "* The log survives in the county archive.\n\n*Not today,* he thought.\n"
    )
    found, omitted = resolve(found)
    first, second = found.chapters
    assert [p.text for p in first[1]] == [
        "She said it *again.*", "He sighed.",
        "*Fortunate,* the old man thought sourly. *Fortunate, he says. At 16!*",
    ]  # fmt: skip
    assert [p.text for p in second[1]] == [
        "The keeper wrote in his log every night. She asked *why.*", "*Not today,* he thought."
    ]
    assert [n.text for n in second[1][0].notes] == ["The log survives in the county archive."]
    assert not omitted


def test_superscripts_that_are_not_note_marks_stay_and_note_marks_go() -> None:
    """An exponent, an isotope or an ion's charge is no note mark ("10⁻¹⁹", "δ¹³C",
    "(¹⁴C)", "Ca²⁺", "χ²"); a superscript after a stop or a year is ("grew.¹", "in
    1774²—but"), and so is a note number printed flat after a sentence ("retreat.1 The")
    and a dagger after a stop."""
    from audiobook.text.notes import resolve
    from audiobook.text.readers.plaintext import find_chapters

    found = find_chapters(
        "CHAPTER I\n\nThe charge is 10⁻¹⁹ C, the rate 10⁶ s⁻¹. The δ¹³C fell (¹⁴C dates).\n\n"
        "Ca²⁺ rose and χ²(2) was large. The town grew.¹ Jesty did it in 1774²—but quietly.\n\n"
        "The ice began to retreat.1 Farming reached Greece.5 It was late (Moore 2000).4\n\n"
        "It was hot (ca. 600 °C).† See vol.2 The end. It cost 3.5 In all.\n"
    )
    found, omitted = resolve(found)
    texts = [p.text for p in found.chapters[0][1]]
    assert texts == [
        "The charge is 10⁻¹⁹ C, the rate 10⁶ s⁻¹. The δ¹³C fell (¹⁴C dates).",
        "Ca²⁺ rose and χ²(2) was large. The town grew. Jesty did it in 1774—but quietly.",
        "The ice began to retreat. Farming reached Greece. It was late (Moore 2000).",
        "It was hot (ca. 600 °C). See vol.2 The end. It cost 3.5 In all.",
    ]
    assert len([o for o in omitted if o.what.startswith("mark")]) == 6


def test_html_superscript_exponent_and_charge_are_kept_and_an_unlinked_note_number_goes() -> None:
    """`10<sup>−34</sup>` and `Ca<sup>2+</sup>` are an exponent and a charge, kept as
    superscript characters for the normaliser; an unlinked `<sup>2</sup>` after a year is
    a note mark, left out."""
    from audiobook.text.notes import resolve
    from audiobook.text.readers.html import read_html

    found, _ = resolve(read_html(
        "<html><body><h1>I</h1><p>Planck's h is 6.6 × 10<sup>−34</sup> J s, and Ca<sup>2+</sup>"
        " rose.</p><p>Jesty had done the same in 1774<sup>2</sup>&mdash;but kept quiet.</p>"
        "</body></html>"
    ))  # fmt: skip
    texts = [p.text for _, paragraphs in found.chapters for p in paragraphs]
    assert "Planck's h is 6.6 × 10⁻³⁴ J s, and Ca²⁺ rose." in texts
    assert "Jesty had done the same in 1774—but kept quiet." in texts


def test_plain_text_footnotes_under_a_rule_are_notes_not_text() -> None:
    """"---------" with "[1] …" lines set right under it at a chapter's end is the
    chapter's footnotes; a rule with ordinary lines under it stays text."""
    from audiobook.text.notes import resolve
    from audiobook.text.readers.plaintext import find_chapters

    found, _ = resolve(find_chapters(
        "CHAPTER I\n\nWages rose.[1] Wheat rose faster.[2]\n\n"
        "---------\n[1] Rogers, History of Prices, iii. 566.\n[2] Essex R.O., fo. 23v.\n\n"
        "CHAPTER II\n\nBread was dear.\n\n---------\nThe end of the year came.\nSnow fell.\n"
    ))  # fmt: skip
    first, second = found.chapters
    assert [p.text for p in first[1]] == ["Wages rose. Wheat rose faster."]
    assert [n.text for n in first[1][0].notes] == [
        "Rogers, History of Prices, iii. 566.", "Essex R.O., fo. 23v."
    ]  # fmt: skip
    assert any("Snow fell." in p.text for p in second[1])


def test_endnotes_grouped_under_chapter_titles_are_notes_not_chapters() -> None:
    """"Notes" ending the last chapter, then each chapter's notes under its own title
    ("Chapter 1: The Ice Retreats" / "1. Clark …"): notes of those chapters, not new
    chapters; a chapter after "Notes" with a new title and prose stays a chapter."""
    from audiobook.text.notes import resolve
    from audiobook.text.readers.plaintext import find_chapters

    found, omitted = resolve(find_chapters(
        "Chapter 1\nThe Ice Retreats\n\nThe ice began to retreat.1 Seas rose.\n\n\n"
        "Chapter 2\nFarmers\n\nRye was grown by 11,000 BC.2 Farming spread.\n\n\nNotes\n\n"
        "Chapter 1: The Ice Retreats\n\n1. Clark et al., Science 325 (2009): 710–14.\n\n"
        "Chapter 2: Farmers\n\n2. Hillman 2001, 383–93.\n\n\n"
        "Chapter 3\nThe Cities\n\nThen came the towns, and the walls around them.\n"
    ))  # fmt: skip
    assert [t for t, _ in found.chapters] == [
        "Chapter 1. The Ice Retreats", "Chapter 2. Farmers", "Chapter 3. The Cities"
    ]  # fmt: skip
    first, second = found.chapters[0][1], found.chapters[1][1]
    assert [p.text for p in first] == ["The ice began to retreat. Seas rose."]
    assert [n.text for n in first[0].notes] == ["Clark et al., Science 325 (2009): 710–14."]
    assert [p.text for p in second] == ["Rye was grown by 11,000 BC. Farming spread."]
    assert [n.text for n in second[0].notes] == ["Hillman 2001, 383–93."]
    assert sum("notes section" in o.why for o in omitted) == 2


def test_a_novel_told_in_two_voices_is_not_taken_for_grouped_endnotes() -> None:
    """A chapter ending on a character's one-word answer "Notes.", then chapters whose
    titles repeat ("Maggie", "Daniel") and open on a diary's date ("14 February.",
    "3 a.m."): chapters, every word read. Grouped endnotes need a heading line and
    entries numbered 1, 2, 3 … that the chapter's marks cite."""
    from audiobook.models import Paragraph
    from audiobook.text.notes import resolve
    from audiobook.text.readers.base import ReadText

    def book(answer: str) -> ReadText:
        return ReadText([(t, [Paragraph(p) for p in ps]) for t, ps in (
            ("Maggie", ["My brother tuned pianos for a living."]),
            ("Daniel", ["Every room has a note.", "What do I hear, Maggie asks me now.", answer]),
            ("Maggie", ["14 February. They moved him to the ward at the end of the corridor.",
                        "I brought him the radio from home."]),
            ("Daniel", ["3 a.m. The machine by the bed is a perfect A."]),
        )])  # fmt: skip

    for answer in ("Notes.", "Notes"):  # a heading line, but no notes numbered 1, 2 …
        found, omitted = resolve(book(answer))
        assert [t for t, _ in found.chapters] == ["Maggie", "Daniel", "Maggie", "Daniel"]
        assert found.chapters[1][1][-1].text == answer
        assert found.chapters[2][1][0].text.startswith("14 February. They moved him")
        assert found.chapters[3][1][0].text == "3 a.m. The machine by the bed is a perfect A."
        assert not any("notes section" in o.why for o in omitted)


def test_a_figure_glued_after_a_one_word_sentence_is_read() -> None:
    """A hymn's number glued to a one-word sentence by a typo ("Hymns.47 And 212 were his
    favourites") is read. After a sentence of words ("retreat.1 Farming") a flat
    number is a note's mark."""
    from audiobook.text.notes import resolve
    from audiobook.text.readers.plaintext import find_chapters

    found, _ = resolve(find_chapters(
        "CHAPTER I\n\nThe hymn board showed the numbers. Hymns.47 And 212 were his favourites.\n\n"
        "The ice began to retreat.1 Farming spread.\n"
    ))  # fmt: skip
    assert [p.text for p in found.chapters[0][1]] == [
        "The hymn board showed the numbers. Hymns.47 And 212 were his favourites.",
        "The ice began to retreat. Farming spread.",
    ]


def test_a_square_size_after_a_figure_past_the_years_is_squared_not_a_mark() -> None:
    """"at 2048²" is a texture's size, squared; "in 1953²" is a year's note mark."""
    from audiobook.text.notes import resolve
    from audiobook.text.readers.plaintext import find_chapters

    found, _ = resolve(find_chapters(
        "CHAPTER I\n\nWe rendered every scene at 2048² and still he wanted more.\n\n"
        "In 1953² the structure was published.\n"
    ))  # fmt: skip
    assert [p.text for p in found.chapters[0][1]] == [
        "We rendered every scene at 2048² and still he wanted more.",
        "In 1953 the structure was published.",
    ]
