"""Pages saved from web-fiction and blogging sites, Pandoc's numbered HTML and Calibre's
HTMLZ: the text is read without the site around it, and what is left out is listed."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from audiobook.errors import ManuscriptError
from audiobook.text.readers import file_readers
from audiobook.text.readers.epub import read_epub
from audiobook.text.readers.html import (
    Block,
    read_html,
    read_htmlz,
    without_web_authors_notes,
)


def _said(found) -> str:  # type: ignore[no-untyped-def]
    return "\n".join(p.text for _, paragraphs in found.chapters for p in paragraphs)


def _left_out(found) -> str:  # type: ignore[no-untyped-def]
    return "\n".join(f"{o.what}: {o.text}" for o in found.omitted)


SUBSTACK = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Part 7: The Salt Road - by Ada Merrow - Low Tide Letters</title>
<meta name="author" content="Ada Merrow"></head><body>
<div id="main" class="main typography"><div class="main-menu" role="navigation">
<a class="navbar-title-link">Low Tide Letters</a><button>Subscribe</button></div>
<article class="newsletter-post post">
<div class="post-header"><h1 class="post-title">Part 7: The Salt Road</h1>
<h3 class="subtitle">Where Miriam counts the carts</h3>
<div class="post-meta"><a>Ada Merrow</a><div>Apr 2, 2024</div>
<a class="post-ufi-button" role="button"><div class="label">Restack</div></a></div></div>
<div class="available-content"><div class="body markup">
<p>Miriam counted eleven carts on the salt road before the fog came down.</p>
<div class="subscription-widget-wrap-editor"><p>Thanks for reading Low Tide Letters!
Subscribe for free.</p></div>
<p>After that she counted by sound: the creak of an axle, a mule's complaint.</p>
</div></div>
<div class="post-footer"><div class="label">Restack</div></div>
<div class="subscribe-footer"><p>Launched 3 years ago</p></div>
</article>
<div id="discussion" class="comments-page"><div class="comment-body"><p>Loved the mule.</p>
</div></div></div>
<div class="footer-wrap"><p class="footer-slogan">Start writing today</p></div>
</div></body></html>"""


def test_substack_post_is_read_from_its_content_container() -> None:
    found = read_html(SUBSTACK)
    assert [title for title, _ in found.chapters] == ["Part 7: The Salt Road"]
    assert _said(found).splitlines() == [
        "Where Miriam counts the carts",
        "Miriam counted eleven carts on the salt road before the fog came down.",
        "After that she counted by sound: the creak of an axle, a mule's complaint.",
    ]
    assert found.author == "Ada Merrow"
    listed = _left_out(found)
    for site in ("Low Tide Letters", "Restack", "Launched 3 years ago", "Loved the mule",
                 "Start writing today", "Apr 2, 2024", "Thanks for reading"):  # fmt: skip
        assert site in listed


ROYAL_ROAD = """<!DOCTYPE html><html lang="en-us"><head>
<title>Glasswater - Chapter 3: The Weir Keeper | Royal Road</title>
<style>
  .aXJ2Zm9v{ display: none; speak: never; }
  @media print { .screen-only { display: none } }
</style></head><body>
<div class="page-header navbar"><a href="/home">Royal Road</a><ul class="nav"><li>Trending</li>
</ul></div>
<div class="page-content"><div class="container">
<div class="row fic-header"><div class="fic-title">
<h1 class="font-white">Chapter 3: The Weir Keeper</h1>
<h2 class="font-white"><a href="/fiction/1/glasswater">Glasswater</a></h2>
<h3 class="font-white">by <a href="/profile/9">Tamsin Orle</a></h3></div></div>
<div class="row nav-buttons"><a class="btn">Previous Chapter</a>
<a class="btn">Next Chapter</a></div>
<div class="portlet"><div class="portlet solid author-note-portlet"><div class="portlet-title">
<span class="caption-subject">A note from Tamsin Orle</span></div>
<div class="portlet-body author-note"><p>Sorry this one is late, exams ate my week.</p></div></div>
<div class="chapter-inner chapter-content">
<p>The weir keeper lived in a hut built half over the water.</p>
<p class="aXJ2Zm9v">This story was lifted without the author's consent; report it.</p>
<p class="screen-only">He kept the sluice key on a string round his neck.</p>
<p style="display:none">A line no reader of the page can see.</p>
<p>Nobody had seen him take it off in forty years.</p>
</div></div>
<div class="portlet"><span>Support "Glasswater"</span><a class="btn">Follow Author</a></div>
<div class="comments-container"><div class="comment"><p>first!</p></div></div>
</div></div>
<div class="page-footer">© 2024 Royal Road. All Rights Reserved.</div>
</body></html>"""


def test_royal_road_chapter_without_site_notes_or_hidden_lines() -> None:
    found = read_html(ROYAL_ROAD)
    assert [title for title, _ in found.chapters] == ["Chapter 3: The Weir Keeper"]
    assert found.title == "Glasswater"
    assert found.author == "Tamsin Orle"
    assert _said(found).splitlines() == [
        "The weir keeper lived in a hut built half over the water.",
        "He kept the sluice key on a string round his neck.",  # hidden in print only
        "Nobody had seen him take it off in forty years.",
    ]
    notes = next(o for o in found.omitted if "author's note" in o.what)
    assert notes.text == "Sorry this one is late, exams ate my week."
    hidden = next(o for o in found.omitted if "hidden" in o.what)
    assert hidden.what == "2 hidden passages"
    assert "lifted without the author's consent" in hidden.text
    listed = _left_out(found)
    for site in ("Trending", "Next Chapter", "Follow Author", "first!", "All Rights Reserved"):
        assert site in listed


def test_royal_road_mark_class_hides_its_line_without_the_style_rule() -> None:
    # a saved copy whose <style> no longer names the class: Royal Road's random mark
    # (Base64 of "r" and hex digits) still says what the line is
    page = ROYAL_ROAD.replace(".aXJ2Zm9v{", ".cXdlcnR5{").replace(
        'class="aXJ2Zm9v"', 'class="cjE3ZTBhMzk0NWQ4NDA0M2I3NjA1N2VkNGI2YzZiZDg"'
    )
    found = read_html(page)
    assert "lifted without" not in _said(found)
    assert "lifted without" in _left_out(found)


def test_site_title_after_the_chapter_heading_is_dropped() -> None:
    page = ROYAL_ROAD.replace('<h2 class="font-white"><a href="/fiction/1/glasswater">'
                              "Glasswater</a></h2>", "")  # fmt: skip
    assert read_html(page).title == "Glasswater - Chapter 3: The Weir Keeper"


SERIAL = """<html><head><title>Ember Vale</title></head><body>
<nav><a>Home</a></nav><main>
<h2>Chapter 9: Cold Iron</h2>
<p><strong>A/N:</strong> Thank you all for 500 follows!</p>
<p>Disclaimer: I don't own the Ember Vale setting; it belongs to its creator.</p>
<hr/>
<p>The smith's daughter hid the blade under the floorboards.</p>
<p>AN: in the smithy, "AN" stamped on the hilt meant Anvil North.</p>
<p>Then she went to bed and did not sleep.</p>
<hr/>
<p><em>Author's Note: next chapter Friday, as always.</em></p>
<h2>Chapter 10: Sparks</h2>
<p>Morning came grey.</p>
</main></body></html>"""


def test_web_serials_authors_notes_at_chapter_edges_are_listed() -> None:
    found = read_html(SERIAL)
    said = _said(found)
    assert "Thank you all" not in said and "I don't own" not in said
    assert "next chapter Friday" not in said
    assert "Anvil North" in said  # inside the chapter: the story's
    notes = next(o for o in found.omitted if "author's note" in o.what)
    assert notes.what == "3 author's notes"


def test_authors_notes_are_read_in_a_book_of_its_own_html() -> None:
    # no <main>, no site: a published novel's own HTML file
    page = SERIAL.replace("<main>", "").replace("</main>", "").replace("<nav><a>Home</a></nav>", "")
    assert "Thank you all for 500 follows" in _said(read_html(page))


def test_shared_rule_for_epub_pages_keeps_the_title_line() -> None:
    blocks = [
        Block("text", "4. The Bell Tower"),
        Block("text", "Disclaimer: I do not own these characters."),
        Block("break"),
        Block("text", "The bell rang once, and stopped."),
        Block("text", "A/N - reviews are love!"),
    ]
    kept, omitted = without_web_authors_notes(blocks)
    assert [b.text for b in kept if b.kind == "text"] == [
        "4. The Bell Tower",
        "The bell rang once, and stopped.",
    ]
    assert omitted[0].what == "2 author's notes"


PANDOC = """<!DOCTYPE html><html lang="en"><head><meta name="generator" content="pandoc"/>
<title>Notes from the Lock</title></head><body>
<header id="title-block-header"><h1 class="title">Notes from the Lock</h1>
<p class="subtitle">A Canal Diary</p><p class="author">Bram Kettle</p>
<p class="date">March 2021</p>
<div class="abstract"><div class="abstract-title">Abstract</div>
<p>A year of small entries kept at a canal lock.</p></div></header>
<section class="level1" data-number="1">
<h1 data-number="1"><span class="header-section-number">1</span> Spring Water</h1>
<p>The lock filled slowly in April, and the keeper's wife said it always had, since
the year the lower gates were rehung and the cill was mended with oak from the old barn.
Boats waited in the cut with their engines ticking over, and the crews leaned on the
balance beams to talk about the weather, the price of diesel, the heron that stood on
the bywash every morning and the new family at the lock cottage who kept bees.</p>
<section class="level2" data-number="1.1">
<h2 data-number="1.1"><span class="header-section-number">1.1</span> The paddles</h2>
<p>Each paddle took forty turns.</p>
<h3 data-number="1.1.1"><span class="header-section-number">1.1.1</span> Grease</h3>
<p>Goose fat, mostly.</p></section></section>
<section class="level1" data-number="2">
<h1 data-number="2"><span class="header-section-number">2</span> Summer Boats</h1>
<p>By June the boats queued past the bridge.</p></section>
</body></html>"""


def test_pandoc_section_numbers_end_with_a_stop() -> None:
    found = read_html(PANDOC)
    titles = [title for title, _ in found.chapters]
    assert titles[-2:] == ["1. Spring Water", "2. Summer Boats"]
    said = _said(found)
    assert "1.1. The paddles" in said
    assert "1.1.1. Grease" in said


def test_pandoc_abstract_is_read_and_subtitle_listed() -> None:
    found = read_html(PANDOC)
    assert found.chapters[0][1][0].text == "A year of small entries kept at a canal lock."
    assert "Abstract" not in _said(found)
    page = next(o for o in found.omitted if o.what.startswith("title page"))
    assert page.text.splitlines() == ["A Canal Diary", "March 2021", "Abstract"]


MEDIUM = """<!DOCTYPE html><html><head><title>Lanterns at Ebb</title></head><body>
<article class="h-entry"><header><h1 class="p-name">Lanterns at Ebb</h1></header>
<section data-field="subtitle" class="p-summary">A story in two tides</section>
<section data-field="body" class="e-content"><section class="section">
<div class="section-content"><div class="section-inner">
<h3 class="graf graf--h3 graf--title">Lanterns at Ebb</h3>
<h4 class="graf graf--h4 graf--subtitle">A story in two tides</h4>
<p class="graf graf--p">The village hung its lanterns on the sea wall at every ebb.</p>
<blockquote class="graf graf--pullquote">The village hung its lanterns on the sea wall.
</blockquote>
<p class="graf graf--p">Nobody remembered why, and nobody stopped.</p>
<blockquote class="graf graf--blockquote">Light the wall, mind the tide.</blockquote>
</div></div></section></section>
<footer><p>By <a href="https://medium.com/@orla" class="p-author h-card">Orla Quay</a> on
<time class="dt-published">May 5, 2022</time>.</p>
<p><a class="p-canonical">Canonical link</a></p>
<p>Exported from <a>Medium</a> on June 1, 2024.</p></footer></article></body></html>"""


def test_medium_export_says_title_once_and_credits_the_author() -> None:
    found = read_html(MEDIUM)
    assert found.title == "Lanterns at Ebb"
    assert found.author == "Orla Quay"
    assert _said(found).splitlines() == [
        "A story in two tides",
        "The village hung its lanterns on the sea wall at every ebb.",
        "Nobody remembered why, and nobody stopped.",
        "Light the wall, mind the tide.",  # a quotation, not a pull quote
    ]
    listed = _left_out(found)
    assert "pull quote" in listed and "Exported from Medium" in listed
    assert "the title repeated (2 lines)" in listed


def test_a_books_own_article_is_read_with_its_title_page() -> None:
    page = """<html><head><title>Marsh Lights</title></head><body>
<h1>Marsh Lights</h1><p>by Wren Hollis</p>
<article><h2>One</h2><p>The lights came at dusk.</p><h2>Two</h2><p>They left at dawn.</p>
<footer><p>Yours ever, W.</p></footer></article></body></html>"""
    found = read_html(page)
    assert found.author == "Wren Hollis"
    assert "Yours ever, W." in _said(found)  # a letter's close, not a site's footer


def _htmlz(path: Path, members: dict[str, str]) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        for name, text in members.items():
            archive.writestr(name, text)
    return path


INDEX = """<?xml version='1.0' encoding='utf-8'?>
<html xmlns="http://www.w3.org/1999/xhtml"><head><title>Index</title></head><body>
<div class="calibre"><h1 class="calibre4">The Tallow Clock</h1>
<p class="calibre5">Isolde Varn</p><p class="calibre6">Harbour Lane Press</p></div>
<div class="calibre"><h2>Chapter One</h2><p>The clock ran on candle wax.</p></div>
<div class="calibre"><h2>Chapter Two</h2><p>In summer it ran fast.</p></div>
</body></html>"""
OPF = """<?xml version='1.0' encoding='utf-8'?>
<package xmlns="http://www.idpf.org/2007/opf" version="2.0">
<metadata xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:opf="http://www.idpf.org/2007/opf">
<dc:title>The Tallow Clock</dc:title>
<dc:creator opf:role="aut">Isolde Varn</dc:creator>
<dc:contributor opf:role="bkp">calibre (7.0)</dc:contributor>
<dc:language>en</dc:language></metadata></package>"""


def test_htmlz_is_read_with_its_package_metadata(tmp_path: Path) -> None:
    assert file_readers()[".htmlz"] is read_htmlz
    path = _htmlz(tmp_path / "clock.htmlz", {"index.html": INDEX, "metadata.opf": OPF,
                                             "../escape.html": "<p>never read</p>"})  # fmt: skip
    found = read_htmlz(path)
    assert (found.title, found.author, found.language) == ("The Tallow Clock", "Isolde Varn", "en")
    assert [title for title, _ in found.chapters] == ["Chapter One", "Chapter Two"]
    assert any(o.what.startswith("title page") for o in found.omitted)


def test_htmlz_without_a_page_is_refused(tmp_path: Path) -> None:
    path = _htmlz(tmp_path / "empty.htmlz", {"metadata.opf": OPF, "../index.html": INDEX})
    with pytest.raises(ManuscriptError, match=r"no index\.html"):
        read_htmlz(path)


def _fan_epub(path: Path, source: str) -> Path:
    """A story as FanFicFare downloads it: its chapters open and close with notes."""
    from epubs import XHTML, zip_epub

    chapter = (
        "<h2>Chapter 1: The Ninth Tower</h2>"
        "<p><strong>A/N:</strong> Hi everyone! Thanks for all the reviews on the last one.</p>"
        "<p>The Ninth Tower fell at dawn, and Wren watched it go from the ferry.</p>"
        "<p>“Author’s Note: I do not want to read this,” the keeper said.</p>"
        "<p>AN: Next chapter is the big one. Please R&amp;R!</p>"
    )
    pages = {"file0001.xhtml": XHTML.format(title="Chapter 1", body=chapter, body_type="")}
    nav = XHTML.format(
        title="Contents", body_type="",
        body='<nav epub:type="toc"><ol><li><a href="file0001.xhtml">Chapter 1</a></li></ol></nav>',
    )  # fmt: skip
    metadata = (
        "<dc:title>Ashes of the Ninth Tower</dc:title><dc:creator>quillfeather</dc:creator>"
        f"<dc:language>en</dc:language><dc:source>{source}</dc:source>"
    )
    return zip_epub(path, metadata, pages, nav)


def test_a_fan_fiction_epubs_authors_notes_are_left_out(tmp_path: Path) -> None:
    """A FanFicFare download of a fanfiction.net story: the notes that open and close a
    chapter are not read, and are listed; the story's own line that quotes one is read."""
    found = read_epub(_fan_epub(tmp_path / "ninth.epub", "https://www.fanfiction.net/s/135/1/"))
    said = " ".join(p.text for _, ps in found.chapters for p in ps)
    assert "Ninth Tower fell" in said and "I do not want to read this" in said
    assert "Thanks for all the reviews" not in said and "Next chapter" not in said
    assert any(o.what.endswith("author's notes") for o in found.omitted)


def test_a_published_epubs_opening_note_is_read(tmp_path: Path) -> None:
    """The same page in a book from no web-fiction site keeps every paragraph."""
    found = read_epub(_fan_epub(tmp_path / "ninth.epub", "Harbour Press"))
    said = " ".join(p.text for _, ps in found.chapters for p in ps)
    assert "Thanks for all the reviews" in said


# ---------------------------------------------------------------- a book's own HTML, not a site


def test_a_books_own_chapter_content_divs_are_all_read() -> None:
    """A novel's own HTML keeping each chapter in a `div.chapter-content`, with no menus,
    comments or site footer: every chapter and the byline are read, nothing cut as a
    site's page."""
    page = """<html><head><title>The Lamp Room</title></head><body>
<h1>The Lamp Room</h1><p class="author">by Ivo Brandt</p>
<div class="chapter"><h2>Chapter 1</h2><div class="chapter-content">
<p>The lamp room smelled of paraffin and gulls.</p></div></div>
<div class="chapter"><h2>Chapter 2</h2><div class="chapter-content">
<p>In March the relief boat failed to come.</p></div></div>
<div class="chapter"><h2>Chapter 3</h2><div class="chapter-content">
<p>He counted the tins twice and wrote the number down.</p></div></div>
</body></html>"""
    found = read_html(page)
    assert [title for title, _ in found.chapters] == ["Chapter 1", "Chapter 2", "Chapter 3"]
    assert "wrote the number down" in _said(found)
    assert found.author == "Ivo Brandt"
    assert not any("site's page" in o.what for o in found.omitted)


def test_one_chapter_content_without_the_sites_parts_is_a_book() -> None:
    """One `div.chapter-content`, but only a contents `<nav>` and a `<footer>` around it:
    a book's own file, read whole."""
    page = """<html><head><title>Tin Coast</title></head><body>
<nav><a href="#c">Contents</a></nav><h1>Tin Coast</h1>
<div class="chapter-content"><p>The mine closed in the spring.</p></div>
<footer><p>Printed for the author, Falmouth.</p></footer></body></html>"""
    assert "Printed for the author" in _said(read_html(page))


def test_a_books_own_article_with_nav_and_footer_keeps_its_credits_and_afterword() -> None:
    """A novella's own HTML: `<header>` with its credits and dedication, a contents
    `<nav>`, the text in one `<article>`, an Afterword in the `<footer>`. No `h-entry`,
    no Medium export: not a site's post, so nothing is cut."""
    page = """<html><head><title>Low Lanterns</title></head><body>
<header><h1>Low Lanterns</h1><p>A novella by Petra Vane</p>
<p><em>For Jonah, who waited up.</em></p></header>
<nav><ol><li><a href="#a">First</a></li><li><a href="#b">Second</a></li></ol></nav>
<article><h2 id="a">First</h2><p>The tram stopped between stations and the lights went out.</p>
<h2 id="b">Second</h2><p>Nobody spoke until it moved again.</p></article>
<footer><h2>Afterword</h2><p>I wrote these pages on the last tram home, each night for a
year.</p></footer></body></html>"""
    found = read_html(page)
    said = _said(found)
    assert "For Jonah, who waited up." in said
    assert "each night for a year" in said
    assert [t for t, _ in found.chapters][-1] == "Afterword"
    assert not any("site's page" in o.what for o in found.omitted)


def test_a_royal_road_byline_with_a_user_name_credits_it() -> None:
    """Royal Road shows its user name in the "by" line ("by saltwick_ink"): the author."""
    page = ROYAL_ROAD.replace('<a href="/profile/9">Tamsin Orle</a>', "saltwick_ink")
    assert read_html(page).author == "saltwick_ink"


CSS_SHOWN = """<html><head><title>Riddles</title><style>
p.answer { display: none; }
.reveal p.answer, p.answer:target { display: block; }
.aside { display: none }
.aside { display: block; font-style: italic }
.gone { display: block }
.gone { display: none }
</style></head><body><h1>One</h1>
<p>What runs all day and never walks?</p>
<p class="answer">A river, said the ferryman.</p>
<p class="aside">The ferry had been running since before the bridge.</p>
<p class="gone">A line the page hides at the last.</p>
<p>They crossed in silence.</p></body></html>"""


def test_a_class_shown_again_by_a_later_rule_or_another_selector_is_read() -> None:
    """The cascade's order: `.aside` hidden, then shown by a later rule for the same
    selector, is read; `p.answer` shown by `p.answer:target` can be brought into view,
    so it is read; `.gone`, shown then hidden, stays hidden and listed."""
    found = read_html(CSS_SHOWN)
    said = _said(found)
    assert "A river, said the ferryman." in said
    assert "running since before the bridge" in said
    assert "hides at the last" not in said
    hidden = next(o for o in found.omitted if "hidden" in o.what)
    assert hidden.what == "1 hidden passage" and "hides at the last" in hidden.text
