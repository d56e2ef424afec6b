"""HTML of kinds the other layouts do not cover, in words of our own: a Google Docs
export (its Title, Subtitle, author line and contents), a non-fiction book's h2 sections
inside h1 chapters, Project Gutenberg's "…, by …—A Project Gutenberg eBook" title, and
scripture sites' chapter pages (BibleGateway's and eBible.org's verse numbers, chapter
labels, navigation, hover notes and copyright line)."""

from __future__ import annotations

from pathlib import Path

import pytest

from audiobook.build.pipeline import load_book
from audiobook.text.ingest import locate_book, read_manuscript


def _read(tmp_path: Path, page: str, name: str = "book.html"):  # type: ignore[no-untyped-def]
    (tmp_path / name).write_text(page, encoding="utf-8")
    return read_manuscript(locate_book(tmp_path / name))


def _said(manuscript) -> list[str]:  # type: ignore[no-untyped-def]
    return [p.text for c in manuscript.chapters for p in c.paragraphs]


def _left_out(manuscript) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {o.what: o.text for o in manuscript.omitted}


# ---------------------------------------------------------------- Google Docs

_DOCS_CONTENTS = (
    '<p class="c2"><span class="c1 c7"><a class="c5" href="#h.a1b2c3">Chapter 1: Why We Rush</a>'
    '</span><span class="c1">{one}</span></p>'
    '<p class="c2"><span class="c1 c7"><a class="c5" href="#h.d4e5f6">Chapter 2: Slow Mornings</a>'
    '</span><span class="c1">{two}</span></p>'
    '<p class="c2"><span class="c1 c7"><a class="c5" href="#h.g7h8i9">A Last Word</a>'
    '</span><span class="c1">{three}</span></p>'
)

GOOGLE_DOCS = """<html><head><meta content="text/html; charset=UTF-8" http-equiv="content-type">
<style type="text/css">.c1{{font-weight:400}}.c3{{padding-top:0pt}}.title{{font-size:26pt}}
</style></head><body class="c11 doc-content">
<p class="c3 title" id="h.x0y1z2"><span class="c1">The Unhurried Week</span></p>
<p class="c3 subtitle" id="h.q9w8e7"><span class="c1">Small Habits for Calmer Workdays</span></p>
<p class="c3"><span class="c1">Mira Okonkwo-Hale, PhD</span></p>
<p class="c3 c8"><span class="c1"></span></p>
<p class="c3"><span class="c4">Table of Contents</span></p>
{contents}
<p class="c3 c8"><span class="c1"></span></p>
<h1 class="c3" id="h.a1b2c3"><span class="c1">Chapter 1: Why We Rush</span></h1>
<p class="c3"><span class="c1">Most of the hurry in a working day is borrowed from tomorrow.
</span></p>
<h2 class="c3" id="h.r1"><span class="c1">What the diaries showed</span></h2>
<p class="c3"><span class="c1">Forty volunteers kept a diary of every task they began.</span></p>
<h2 class="c3" id="h.r2"><span class="c1">Key Takeaways</span></h2>
<ul class="c6 lst-kix_abc-0 start">
<li class="c3 li-bullet-0"><span class="c1">Start fewer things.</span>
</li></ul>
<h1 class="c3" id="h.d4e5f6"><span class="c1">Chapter 2: Slow Mornings</span></h1>
<p class="c3"><span class="c1">The first hour sets the pace for the rest.</span></p>
<h2 class="c3" id="h.r3"><span class="c1">Exercise 2.1: A Quiet Hour</span></h2>
<p class="c3"><span class="c1">Keep the first hour free of messages for a week.</span></p>
<h2 class="c3" id="h.r4"><span class="c1">Key Takeaways</span></h2>
<ul class="c6 lst-kix_abc-0 start">
<li class="c3 li-bullet-0"><span class="c1">Guard the morning.</span>
</li></ul>
<h1 class="c3" id="h.g7h8i9"><span class="c1">A Last Word</span></h1>
<p class="c3"><span class="c1">Slow down, and the week will follow.</span></p>
</body></html>
"""


@pytest.mark.parametrize(
    "numbers",
    [("&nbsp;3", "&nbsp;11", "&nbsp;19"), ("&nbsp;&nbsp;&nbsp;", "&nbsp;&nbsp;", "")],
    ids=["print layout, with page numbers", "web layout, without"],
)
def test_a_google_docs_export_gives_its_title_page_to_the_credits_and_leaves_out_its_contents(
    tmp_path: Path, numbers: tuple[str, str, str]
) -> None:
    contents = _DOCS_CONTENTS.format(one=numbers[0], two=numbers[1], three=numbers[2])
    manuscript = _read(tmp_path, GOOGLE_DOCS.format(contents=contents))
    assert (manuscript.title, manuscript.author) == ("The Unhurried Week", "Mira Okonkwo-Hale")
    said = _said(manuscript)
    assert said[0] == "Most of the hurry in a working day is borrowed from tomorrow."
    for line in ("The Unhurried Week", "Small Habits", "PhD", "Table of Contents", "Why We Rush"):
        assert not any(line in text for text in said), line
    left_out = _left_out(manuscript)
    assert left_out["title page (3 lines)"] == (
        "The Unhurried Week\nSmall Habits for Calmer Workdays\nMira Okonkwo-Hale, PhD"
    )
    assert left_out["contents list (4 lines)"].splitlines()[:2] == [
        "Table of Contents", f"Chapter 1: Why We Rush{' 3' if '3' in numbers[0] else ''}",
    ]  # fmt: skip


def test_h2_sections_inside_h1_chapters_are_read_as_lines_of_their_chapter(tmp_path: Path) -> None:
    contents = _DOCS_CONTENTS.format(one="", two="", three="")
    manuscript = _read(tmp_path, GOOGLE_DOCS.format(contents=contents))
    assert [c.title for c in manuscript.chapters] == [
        "Chapter 1: Why We Rush", "Chapter 2: Slow Mornings", "A Last Word",
    ]  # fmt: skip
    assert [p.text for p in manuscript.chapters[1].paragraphs] == [
        "The first hour sets the pace for the rest.",
        "Exercise 2.1: A Quiet Hour",
        "Keep the first hour free of messages for a week.",
        "Key Takeaways",
        "Guard the morning.",
    ]


@pytest.mark.parametrize(
    ("page", "chapters"),
    [
        (  # one h1, the book's title, over h2 chapters
            "<h1>The Salt Marsh</h1><h2>Spring</h2><p>The geese came back.</p>"
            "<h2>Summer</h2><p>The reeds grew tall.</p>",
            ["Spring", "Summer"],
        ),
        (  # h1 parts over h2 chapters
            "<h1>Part One</h1><h2>Chapter 1</h2><p>The geese came back.</p>"
            "<h2>Chapter 2</h2><p>The reeds grew tall.</p>"
            "<h1>Part Two</h1><h2>Chapter 3</h2><p>The frost came early.</p>",
            ["Part One. Chapter 1", "Chapter 2", "Part Two. Chapter 3"],
        ),
        (  # h1s that only group their h2s, as parts do
            "<h1>Winter Birds</h1><h2>The Wren</h2><p>Small and loud.</p>"
            "<h2>The Robin</h2><p>Red and bold.</p>"
            "<h1>Summer Birds</h1><h2>The Swift</h2><p>Never lands.</p>",
            ["Winter Birds. The Wren", "The Robin", "Summer Birds. The Swift"],
        ),
    ],
    ids=["title over chapters", "parts over chapters", "grouping h1s"],
)
def test_h2_chapters_stay_chapters_where_h1s_are_not_the_chapters(
    tmp_path: Path, page: str, chapters: list[str]
) -> None:
    manuscript = _read(tmp_path, f"<html><body>{page}</body></html>")
    assert [c.title for c in manuscript.chapters] == chapters


def test_an_h2_naming_back_matter_under_an_h1_chapter_is_still_left_out(tmp_path: Path) -> None:
    page = (
        "<html><body><h1>Chapter 1</h1><p>The geese came back.</p><h2>Flocks</h2>"
        "<p>Thousands of them.</p><h1>Chapter 2</h1><p>The reeds grew tall.</p>"
        "<h2>Bibliography</h2><p>Hale, M. Marsh Birds. 1990.</p></body></html>"
    )
    manuscript = _read(tmp_path, page)
    assert [(c.title, [p.text for p in c.paragraphs]) for c in manuscript.chapters] == [
        ("Chapter 1", ["The geese came back.", "Flocks", "Thousands of them."]),
        ("Chapter 2", ["The reeds grew tall."]),
    ]
    assert "section 'Bibliography'" in _left_out(manuscript)


# ---------------------------------------------------------------- Project Gutenberg's title


def test_project_gutenbergs_title_names_the_book_and_its_author_without_the_site(
    tmp_path: Path,
) -> None:
    page = (
        "<html><head><title>Notes on Hedgerows, by Agnes T. Pellow&mdash;A Project Gutenberg "
        "eBook</title></head><body><h2>CHAPTER I.</h2><p>The hawthorn flowers in May.</p>"
        "<h2>CHAPTER II.</h2><p>The blackthorn flowers first.</p></body></html>"
    )
    manuscript = _read(tmp_path, page)
    assert (manuscript.title, manuscript.author) == ("Notes on Hedgerows", "Agnes T. Pellow")


# ---------------------------------------------------------------- scripture sites

BIBLEGATEWAY = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Sayings of the Ferryman</title></head><body>
<h2>Saying 1: The Ford</h2>
<p><span class="text Fer-1-1"><span class="chapternum">1 </span>The ferryman kept a lamp at
the ford.</span> <span class="text Fer-1-2"><sup class="versenum">2 </sup>Travellers paid him
in bread.</span> <span class="text Fer-1-3"><sup class="versenum">3 </sup>He asked nothing
more.<sup data-fn="#fen-Fer-3a" class="footnote">[<a href="#fen-Fer-3a"
title="See footnote a">a</a>]</sup></span></p>
<h2>Saying 2: The Flood</h2>
<p><span class="text Fer-2-1"><span class="chapternum">2 </span>The river rose.</span>
<span class="text Fer-2-12"><sup class="versenum">12 </sup>Everyone waited on the hill.</span></p>
<div class="footnotes"><h4>Footnotes</h4><ol type="a"><li id="fen-Fer-3a"><a href="#en-Fer-3a"
title="Go to Ferryman 1:3">Ferryman 1:3</a> <span class="footnote-text">Or <i>nothing
else</i></span></li></ol></div>
</body></html>
"""


def test_biblegateway_verse_and_chapter_numbers_are_not_said_but_listed(
    make_book, tmp_path: Path
) -> None:
    manuscript = _read(tmp_path, BIBLEGATEWAY)
    said = _said(manuscript)
    assert said[0].startswith("The ferryman kept a lamp at the ford. Travellers paid him in bread.")
    assert said[1] == "The river rose. Everyone waited on the hill."
    assert not any(ch in "".join(said) for ch in "¹²³⁴⁵⁶⁷⁸⁹⁰")
    left_out = _left_out(manuscript)
    assert left_out["2 chapter numbers"] == "1\n2"
    assert left_out["3 verse numbers"] == "2\n3\n12"
    folder = make_book({"sayings.html": BIBLEGATEWAY, "book.toml": '[notes]\nmode = "inline"\n'})
    _, _, chapters = load_book(folder)
    notes = [s.text for c in chapters for s in c.segments if s.kind == "note"]
    assert notes == ["Or nothing else"]  # the link back to its verse is not read


EBIBLE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="UTF-8" />
<title>Lantern Version Wayfarer 1</title></head>
<body class="mainDoc">
<ul class='tnav'>
<li><a href='index.htm'>^</a></li><li><a href='WAY.htm'>&lt;</a></li>
<li><a href='WAY1.htm'>1</a></li><li><a href='WAY2.htm'>2</a></li>
<li><a href='WAY2.htm'>&gt;</a></li>
</ul>
<div class="main">
<div class='mt2'>The Book of the</div>
<div class='mt'>Wayfarer</div>
<div class='chapterlabel' id="V0"> 1</div>
<div class='p'> <span class="verse" id="V1">1&#160;</span>A wayfarer came to the well at
noon. <span class="verse" id="V2">2&#160;</span>He drew water for the flock.<a href="#FN1"
class="notemark">*<span class="popup">1:2 Or, &#8220;for the goats.&#8221;</span></a> Then he
rested. </div>
<div class='s'>The Road North</div>
<div class='p'> <span class="verse" id="V3">3&#160;</span>At evening he took the road north. </div>
<div class='chapterlabel' id="V0"> 2</div>
<div class='p'> <span class="verse" id="V1">1&#160;</span>The road was long and dry. </div>
<ul class='tnav'>
<li><a href='index.htm'>^</a></li><li><a href='WAY2.htm'>&gt;</a></li>
</ul>
<div class="footnote">
<hr />
<p class="f" id="FN1"><span class="notemark">*</span><a class="notebackref" href="#V2">1:2</a>
<span class="ft">Or, &#8220;for the goats.&#8221;</span></p>
</div>
<div class="copyright">
<hr />
<p><a href='copyright.htm'>The Lantern Version</a> is in the Public Domain.</p>
</div>
</div></body></html>
"""


def test_an_ebible_page_is_read_as_its_chapters_without_the_sites_furniture(
    tmp_path: Path,
) -> None:
    manuscript = _read(tmp_path, EBIBLE, "WAY1.htm")
    assert manuscript.title == "Wayfarer"
    assert [(c.title, [p.text for p in c.paragraphs]) for c in manuscript.chapters] == [
        ("1", ["A wayfarer came to the well at noon. He drew water for the flock. Then he rested.",
               "The Road North", "At evening he took the road north."]),
        ("2", ["The road was long and dry."]),
    ]  # fmt: skip
    left_out = _left_out(manuscript)
    assert left_out["title page (2 lines)"] == "The Book of the\nWayfarer"
    assert left_out["the navigation lines"] == "^ < 1 2 >\n^ >"
    assert left_out["the copyright line"] == "The Lantern Version is in the Public Domain."
    assert left_out["4 verse numbers"] == "1\n2\n3\n1"


@pytest.mark.parametrize("with_section", [True, False], ids=["notes section", "hover text only"])
def test_an_ebible_note_is_read_as_the_note_mode_says_not_in_its_verse(
    make_book, with_section: bool
) -> None:
    page = EBIBLE if with_section else EBIBLE.replace('<p class="f" id="FN1">', '<p class="x">')
    folder = make_book({"WAY1.htm": page, "book.toml": '[notes]\nmode = "inline"\n'})
    _, _, chapters = load_book(folder)
    segments = [(s.kind, s.text) for s in chapters[0].segments]
    note = segments.index(("note", "Or, “for the goats.”"))
    assert segments[note - 1] == ("text", "He drew water for the flock.")
    assert not any("goats" in text for kind, text in segments if kind != "note")
