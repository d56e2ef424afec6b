"""HTML as older Project Gutenberg files set it (header and licence in <pre>, "BY" on
its own between title and author, "CHAPTER I." over an h3 title), in words of our own."""

from __future__ import annotations

from audiobook.text.ingest import locate_book, read_manuscript

OLD_GUTENBERG = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN">
<html><head><title>The Project Gutenberg eBook of The Ferryman's Daughter, by W. C. Hadley</title>
</head><body>
<pre>
The Project Gutenberg EBook of The Ferryman's Daughter, by Walter Crane Hadley

This eBook is for the use of anyone anywhere at no cost and with
almost no restrictions whatsoever.

Title: The Ferryman's Daughter

Author: Walter Crane Hadley

Release Date: May 12, 2006 [EBook #99577]

Language: English

*** START OF THIS PROJECT GUTENBERG EBOOK THE FERRYMAN'S DAUGHTER ***




Produced by Jonathan Ingram and the Online
Distributed Proofreading Team at http://www.pgdp.net
</pre>
<h1>THE FERRYMAN'S DAUGHTER</h1>
<h3>BY</h3>
<h2>WALTER CRANE HADLEY</h2>
<p class="center">NEW YORK<br />DODD, MEAD &amp; COMPANY<br />1903</p>
<p class="center">Copyright, 1903, by<br />DODD, MEAD &amp; COMPANY</p>
<hr />
<h2>CONTENTS</h2>
<p class="toc"><a href="#CHAPTER_I">CHAPTER I. THE CROSSING</a></p>
<p class="toc"><a href="#CHAPTER_II">CHAPTER II. HIGH WATER</a></p>
<hr />
<h2><a name="CHAPTER_I"></a>CHAPTER I.</h2>
<h3>THE CROSSING</h3>
<p>Nobody on the river had ever crossed at night except old Abel.</p>
<p>So it was his daughter Ruth who lit the lantern.</p>
<h2><a name="CHAPTER_II"></a>CHAPTER II.</h2>
<h3>HIGH WATER</h3>
<p>The river rose all that week.</p>
<p>THE END</p>
<pre>
End of the Project Gutenberg EBook of The Ferryman's Daughter, by Walter Crane Hadley

*** END OF THIS PROJECT GUTENBERG EBOOK THE FERRYMAN'S DAUGHTER ***

***** This file should be named 99577-h.htm or 99577-h.zip *****

Updated editions will replace the previous one--the old editions
will be renamed.
</pre>
</body></html>
"""


def test_an_older_gutenberg_html_book(tmp_path):
    (tmp_path / "99577-h.htm").write_text(OLD_GUTENBERG, encoding="utf-8")
    manuscript = read_manuscript(locate_book(tmp_path / "99577-h.htm"))
    assert (manuscript.title, manuscript.author) == (
        "The Ferryman's Daughter", "Walter Crane Hadley"
    )
    assert [c.title for c in manuscript.chapters] == [
        "CHAPTER I. THE CROSSING", "CHAPTER II. HIGH WATER"
    ]
    said = " ".join(p.text for c in manuscript.chapters for p in c.paragraphs)
    assert said.startswith("Nobody on the river") and said.endswith("THE END")
    for printed in ("Produced by", "pgdp", "DODD", "BY", "Updated editions", "code example"):
        assert printed not in said
    left_out = " ".join(o.what + " " + o.text for o in manuscript.omitted)
    assert "DODD, MEAD" in left_out and "CONTENTS" in left_out


BLOG = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>The Glass Road (complete) – Inkwell &amp; Ember</title>
<script>var x = 1;</script></head><body class="post-template">
<a class="skip-link screen-reader-text" href="#main">Skip to content</a>
<header id="masthead" class="site-header"><p class="site-title">Inkwell &amp; Ember</p>
<nav id="site-navigation" class="main-navigation"><ul><li>Home</li><li>Serials</li></ul></nav>
</header>
<main id="main" class="site-main">
<article id="post-412" class="post-412 post type-post">
<header class="entry-header"><h1 class="entry-title">The Glass Road (complete)</h1>
<div class="entry-meta">Posted by Jess Lindqvist on March 3, 2021</div></header>
<div class="entry-content">
<h2>Part One: The Kiln</h2>
<p><img class="drop-cap" alt="T" src="t.png">he glassworks had been cold for eleven years.</p>
<div class="poem"><p>A kiln is a church<span class="linenum">4</span></p></div>
<h2>Part Two: The Road</h2>
<p>Pekka showed her the kiln first.</p>
<div class="sharedaddy sd-sharing-enabled"><h3>Share this:</h3><ul><li>Twitter</li></ul></div>
</div>
<footer class="entry-footer">Categories: Serials</footer>
</article>
<div class="author-bio"><h2>Published by Jess Lindqvist</h2><p>Jess writes fiction.</p></div>
<nav class="navigation post-navigation"><a href="/prev">Previous post</a></nav>
<div id="comments" class="comments-area"><h2>3 replies on “The Glass Road”</h2>
<article class="comment-body"><p>Loved it!</p></article></div>
</main>
<aside id="secondary" class="widget-area"><section class="widget"><h2>Archives</h2>
</section></aside>
<footer id="colophon" class="site-footer">Proudly powered by WordPress</footer>
<div id="cookie-notice" class="cookie-banner">We use cookies. Accept All</div>
</body></html>
"""


def test_a_book_saved_from_a_blog_is_read_without_the_site(tmp_path):
    (tmp_path / "glass-road.html").write_text(BLOG, encoding="utf-8")
    manuscript = read_manuscript(locate_book(tmp_path / "glass-road.html"))
    assert manuscript.title == "The Glass Road (complete)"
    assert [c.title for c in manuscript.chapters] == ["Part One: The Kiln", "Part Two: The Road"]
    said = [p.text for c in manuscript.chapters for p in c.paragraphs]
    assert said == [
        "The glassworks had been cold for eleven years.", "A kiln is a church",
        "Pekka showed her the kiln first.",
    ]


PANDOC = """<!DOCTYPE html><html lang="en"><head><title>cartographers</title></head><body>
<header id="title-block-header"><h1 class="title">The Cartographer’s Apprentice</h1>
<p class="subtitle">A Novel</p><p class="author">Mara Quill</p><p class="date">2023-05-01</p>
</header>
<nav id="TOC" role="doc-toc"><ul><li><a href="#ch1">Chapter 1</a></li>
<li><a href="#ch2">Chapter 2</a></li></ul></nav>
<h1 id="ch1">Chapter 1</h1><p>The shop had been a mapmaker’s for a long time.</p>
<h1 id="ch2">Chapter 2</h1><p>The letter came in March.</p>
</body></html>
"""


def test_pandocs_html_gives_its_title_block_to_the_credits_and_its_contents_are_not_read(
    tmp_path,
):
    (tmp_path / "book.html").write_text(PANDOC, encoding="utf-8")
    manuscript = read_manuscript(locate_book(tmp_path / "book.html"))
    assert (manuscript.title, manuscript.author) == ("The Cartographer’s Apprentice", "Mara Quill")
    assert [(c.title, [p.text for p in c.paragraphs]) for c in manuscript.chapters] == [
        ("Chapter 1", ["The shop had been a mapmaker’s for a long time."]),
        ("Chapter 2", ["The letter came in March."]),
    ]


def test_an_empty_notes_heading_is_not_part_of_the_next_title(tmp_path):
    page = (
        "<html><body><h1>The Canal Builders</h1><h2>Chapter 1</h2><p>They dug in 1785.</p>"
        "<h2>Notes</h2><h2>About the Author</h2><p>She lives by the canal.</p>"
        "<h2>Notes on a Journey</h2><h2>Chapter 2</h2><p>The barge came.</p></body></html>"
    )
    (tmp_path / "canal.html").write_text(page, encoding="utf-8")
    manuscript = read_manuscript(locate_book(tmp_path / "canal.html"))
    assert [c.title for c in manuscript.chapters] == [
        "Chapter 1", "About the Author", "Notes on a Journey. Chapter 2"
    ]


def test_a_heading_set_over_two_lines_keeps_the_pause_after_its_number(tmp_path):
    page = (
        "<html><body><h2>Chapter One<br/>The Harbour</h2><p>The boats came in.</p>"
        "<h2>The Adventure of the<br/>Speckled Band</h2><p>It was a dark night.</p></body></html>"
    )
    (tmp_path / "book.html").write_text(page, encoding="utf-8")
    manuscript = read_manuscript(locate_book(tmp_path / "book.html"))
    assert [c.title for c in manuscript.chapters] == [
        "Chapter One. The Harbour", "The Adventure of the Speckled Band"
    ]


def test_print_furniture_that_is_not_read_is_listed(tmp_path):
    page = (
        "<html><body><h2>Chapter One</h2>"
        '<p>The boats came in<span class="pagenum"><a id="Page_12">[12]</a></span> at dusk.</p>'
        '<div class="figcenter"><img src="i.png" alt=""/><p class="caption">The harbour, 1880.</p>'
        '</div><p>Then it rained.<span class="pagenum">[13]</span></p></body></html>'
    )
    (tmp_path / "book.html").write_text(page, encoding="utf-8")
    manuscript = read_manuscript(locate_book(tmp_path / "book.html"))
    said = " ".join(p.text for c in manuscript.chapters for p in c.paragraphs)
    assert "12" not in said and "harbour" not in said
    listed = {o.what: o.text for o in manuscript.omitted}
    assert listed["2 page numbers"] == "[12]\n[13]" and listed["1 caption"] == "The harbour, 1880."


def test_a_books_own_html_keeps_a_letters_footer(tmp_path):
    page = (
        "<html><body><h2>Chapter I</h2><p>The letter came on Tuesday.</p><blockquote>"
        "<p>My dear Anne, I write in haste.</p><footer><p>Edward</p>"
        "<p>P.S. Burn this letter.</p></footer></blockquote><p>She did not.</p></body></html>"
    )
    (tmp_path / "letter.html").write_text(page, encoding="utf-8")
    manuscript = read_manuscript(locate_book(tmp_path / "letter.html"))
    said = [p.text for c in manuscript.chapters for p in c.paragraphs]
    assert "Edward" in said and "P.S. Burn this letter." in said


def test_an_older_gutenberg_html_book_with_its_header_in_a_bare_div(tmp_path):
    page = OLD_GUTENBERG.replace("<pre>", "<div>").replace("</pre>", "</div>")
    (tmp_path / "99577-h.htm").write_text(page, encoding="utf-8")
    manuscript = read_manuscript(locate_book(tmp_path / "99577-h.htm"))
    assert (manuscript.title, manuscript.author) == (
        "The Ferryman's Daughter", "Walter Crane Hadley"
    )
    said = " ".join(p.text for c in manuscript.chapters for p in c.paragraphs)
    assert said.startswith("Nobody on the river") and said.endswith("THE END")


def test_a_picture_of_an_ornament_between_scenes_is_a_scene_break() -> None:
    """InDesign and trade EPUBs set a scene break as a picture in a block of its own; a
    picture named as an ornament (or with no name) is a break, an illustration is not."""
    from audiobook.text.readers.html import read_html

    page = (
        "<html><body><h1>Chapter 1</h1><p>The lamp went out at ten.</p>"
        '<div class="_idGenObjectStyleOverride-3"><img src="image/orn.png" alt="ornament.png"/>'
        "</div><p>By morning the fog had lifted.</p>"
        '<p class="center"><img src="images/fleuron.jpg" alt=""/></p><p>She rowed out alone.</p>'
        '<p><img src="images/map.jpg" alt="A map of the harbour"/></p><p>The tide turned.</p>'
        "</body></html>"
    )
    ((_, paragraphs),) = read_html(page).chapters
    assert [(p.text, p.scene_break_before) for p in paragraphs] == [
        ("The lamp went out at ten.", False),
        ("By morning the fog had lifted.", True),
        ("She rowed out alone.", True),
        ("The tide turned.", False),
    ]


def test_a_dedication_last_on_an_html_title_page_is_read(tmp_path):
    page = (
        "<html><body><h1>Pip and the Storm</h1><p>by Rosie Fairweather</p>"
        "<p>Illustrated by Tom Brook</p>"
        '<p class="dedication"><em>For Lily and Jack, who are never scared of thunder.</em></p>'
        "<h2>Chapter One</h2><p>Pip was eight.</p><h2>Chapter Two</h2><p>It rained.</p>"
        "</body></html>"
    )
    (tmp_path / "pip.html").write_text(page, encoding="utf-8")
    manuscript = read_manuscript(locate_book(tmp_path / "pip.html"))
    assert manuscript.chapters[0].title == "Dedication"
    said = [p.text for p in manuscript.chapters[0].paragraphs]
    assert said == ["For Lily and Jack, who are never scared of thunder."]
    # near miss: a subtitle under the byline, not addressed to anyone, stays on the title page
    near = page.replace("For Lily and Jack, who are never scared of thunder.", "A Picture Book")
    (tmp_path / "pip.html").write_text(near, encoding="utf-8")
    manuscript = read_manuscript(locate_book(tmp_path / "pip.html"))
    assert [c.title for c in manuscript.chapters] == ["Chapter One", "Chapter Two"]
