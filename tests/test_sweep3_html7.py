"""Project Gutenberg HTML as it is really set (sweep 11): an older book's h3 chapter numbers
over h3 titles under a half-title h2, its title page set as a run of headings, the
catalogue's "Austen, Jane, 1775-1817" in `dc.creator`, Distributed Proofreaders' title
and copyright pages, headings set as pictures, a contents paragraph of links, an
imprint said twice, a saved Wikisource page and Calibre's blank-paragraph scene break.
Each hit has a near miss that must stay as it was."""

from __future__ import annotations

from audiobook.text.readers.html import read_html


def _said(found) -> str:  # type: ignore[no-untyped-def]
    return "\n".join(p.text for _, paragraphs in found.chapters for p in paragraphs)


def _titles(found) -> list[str | None]:  # type: ignore[no-untyped-def]
    return [title for title, _ in found.chapters]


def _left_out(found) -> str:  # type: ignore[no-untyped-def]
    return "\n".join(f"{o.what}: {o.text}" for o in found.omitted)


_PG_HEAD = """<pre>
The Project Gutenberg EBook of Katrine, by Elinor Macartney Lane

Title: Katrine

Author: Elinor Macartney Lane

Language: English

*** START OF THIS PROJECT GUTENBERG EBOOK KATRINE ***
</pre>"""
_PG_TAIL = """<pre>
*** END OF THIS PROJECT GUTENBERG EBOOK KATRINE ***
</pre>"""

# ------------------------------------------------------------ h3 chapters, heading title page

KATRINE = f"""<?xml version="1.0" encoding="iso-8859-1"?>
<html xmlns="http://www.w3.org/1999/xhtml"><head>
<title>The Project Gutenberg eBook of Katrine, by Elinor Macartney Lane</title></head><body>
{_PG_HEAD}
<p>&nbsp;</p>
<h1>KATRINE</h1>
<h2>A Novel</h2>
<h3>BY</h3>
<h2>ELINOR MACARTNEY LANE</h2>
<h3>AUTHOR OF &quot;NANCY STAIR&quot; AND &quot;MILLS OF GOD&quot;</h3>
<p>&nbsp;</p><hr /><p>&nbsp;</p>
<h3>MCMIX</h3>
<h4>Published March, 1909.</h4>
<p>&nbsp;</p><hr /><p>&nbsp;</p>
<div class="poem"><div class="stanza">
<span><i>To</i> <b>Grant B. Schley</b><br /></span>
</div><div class="stanza">
<span><i>Dear and great Friend! In</i> <b>Katrine's</b> <i>fancied</i> &quot;Land&quot;<br /></span>
<span class="i2"><i>You long have held your own much-honored place</i>&mdash;<br /></span>
<span><i>Have met great Esmond; held kind Newcome's hand;</i><br /></span>
<span class="i2"><i>And talked with merry Alan face to face;</i><br /></span>
</div><div class="stanza"><span><i>E.M.L.</i><br /></span></div></div>
<hr />
<h2><a name="PREFACE" id="PREFACE" />PREFACE</h2>
<p>It is difficult to tell the story of Irish folk intimately and convincingly, the bare
truths concerning their splendid recklessness sounding to another race like a pack of lies.</p>
<p>E.M.L.</p>
<p>&nbsp;</p><hr /><p>&nbsp;</p>
<h2><!-- Page 1 -->KATRINE</h2>
<p>&nbsp;</p>
<h3><a name="CH_I" id="CH_I"><b>I</b></a></h3>
<p>&nbsp;</p>
<h3>UNDER THE SOUTHERN PINES</h3>
<p>Ravenel Plantation occupies a singular rise of wooded land in North Carolina, between
Way-Home River, Loon Mountain, and the Silver Fork.</p>
<p>&nbsp;</p>
<h3><a name="CH_II" id="CH_II"><b>II</b></a></h3>
<h3>THE MEETING IN THE WOODS</h3>
<p>I saw her first in the woods below the house, where the path turns toward the river.</p>
<h4>THE END</h4>
{_PG_TAIL}
</body></html>"""


def test_h3_number_and_title_under_a_half_title_are_the_chapters() -> None:
    found = read_html(KATRINE)
    titles = _titles(found)
    assert "I. UNDER THE SOUTHERN PINES" in titles
    assert "II. THE MEETING IN THE WOODS" in titles
    assert "KATRINE" not in titles  # the half-title is no chapter
    assert "half-title: KATRINE" in _left_out(found)
    said = _said(found).splitlines()
    assert "I" not in said and "UNDER THE SOUTHERN PINES" not in said


def test_the_title_page_set_as_headings_is_left_out_and_the_dedication_read() -> None:
    found = read_html(KATRINE)
    said = _said(found)
    assert found.title == "Katrine" and found.author == "Elinor Macartney Lane"
    assert "A Novel" not in _titles(found) and "ELINOR MACARTNEY LANE" not in _titles(found)
    assert "NANCY STAIR" not in said and "Published March" not in said and "MCMIX" not in said
    assert "Grant B. Schley" in said  # the dedication is the author's
    assert "Published March, 1909." in _left_out(found)


TEXTBOOK = """<html><head><title>A Grammar</title></head><body>
<h1>A SCHOOL GRAMMAR</h1>
<h2>CHAPTER I. THE SENTENCE</h2>
<p>Every sentence has a subject and a predicate, whatever its length or its order.</p>
<h3>I.</h3>
<h3>Simple Sentences</h3>
<p>A simple sentence has one subject and one predicate, though either may be compound.</p>
<h3>II.</h3>
<h3>Compound Sentences</h3>
<p>A compound sentence joins two or more simple sentences with a conjunction.</p>
<h2>CHAPTER II. THE NOUN</h2>
<p>A noun is the name of a person, place or thing, and it may be common or proper.</p>
<h3>I.</h3>
<h3>Common Nouns</h3>
<p>A common noun names any one of a class, and a proper noun names a particular one.</p>
</body></html>"""


def test_numbered_sections_under_numbered_chapters_stay_lines_of_the_chapter() -> None:
    found = read_html(TEXTBOOK)
    assert _titles(found) == ["CHAPTER I. THE SENTENCE", "CHAPTER II. THE NOUN"]
    said = _said(found).splitlines()
    assert "I." in said and "Simple Sentences" in said and "Compound Sentences" in said


GENRE_NO_BYLINE = """<html><head><title>The Weir</title></head><body>
<h1>THE WEIR</h1>
<h2>A Novel</h2>
<h2>CHAPTER I</h2>
<p>The water came over the weir all that winter, brown and loud, and nobody crossed it.</p>
<h2>CHAPTER II</h2>
<p>In March the water fell and the stones showed again, green with the winter's weed.</p>
</body></html>"""


def test_a_genre_line_with_no_byline_under_it_leaves_the_chapters_alone() -> None:
    found = read_html(GENRE_NO_BYLINE)
    assert "The water came over the weir" in _said(found)
    assert any(t and "CHAPTER I" in t for t in _titles(found))


# ------------------------------------------------------------ the author: header over catalogue

EBOOKMAKER = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>An Advanced English Grammar, by George Lyman Kittredge and Frank Edgar Farley</title>
<meta name="dc.creator" content="Kittredge, George Lyman, 1860-1941">
<meta name="dc.creator" content="Farley, Frank Edgar, 1868-">
</head><body>
<section class="pg-boilerplate pgheader" id="pg-header">
<h2 id="pg-header-heading">The Project Gutenberg eBook of
<span>An Advanced English Grammar</span></h2>
<div class="container" id="pg-machine-header">
<p><strong>Title</strong>: An Advanced English Grammar with Exercises</p>
<div id="pg-header-authlist">
<p><strong>Author</strong>: George Lyman Kittredge</p>
<p style="margin-top:0"><span style="padding-left: 7.5ex"></span>Frank Edgar Farley</p>
</div>
<p><strong>Release date</strong>: May 29, 2014 [eBook #45814]</p>
<p><strong>Language</strong>: English</p></div>
<div class="vspace" id="pg-start-separator">
<span>*** START OF THE PROJECT GUTENBERG EBOOK AN ADVANCED ENGLISH GRAMMAR WITH EXERCISES ***</span>
</div></section>
<div class="titlepage">
<h1>AN ADVANCED ENGLISH GRAMMAR<br><span class="subtitle">WITH EXERCISES</span></h1>
<p>BY<br><span class="larger">GEORGE LYMAN KITTREDGE</span><br>
GURNEY PROFESSOR OF ENGLISH LITERATURE IN HARVARD UNIVERSITY<br>AND<br>
<span class="larger">FRANK EDGAR FARLEY</span><br>
PROFESSOR OF ENGLISH LITERATURE IN WESLEYAN UNIVERSITY</p>
<p><span class="larger">GINN AND COMPANY</span><br>BOSTON · NEW YORK · CHICAGO · LONDON</p>
</div>
<div class="frontmatter">
<p>COPYRIGHT, 1913, BY GEORGE LYMAN KITTREDGE AND FRANK EDGAR FARLEY<br>
ENTERED AT STATIONERS’ HALL<br>ALL RIGHTS RESERVED<br>424.2</p>
<p>The Athenæum Press<br>GINN AND COMPANY · PROPRIETORS · BOSTON · U.S.A.</p>
</div>
<div id="preface"><h2>PREFACE</h2>
<p>This grammar is intended for students who have already received instruction in the
rudiments. Still, every such textbook must begin at the beginning.</p></div>
<div class="chapter"><h2>INTRODUCTION</h2>
<p>Language is the expression of thought by means of words, spoken or written.</p></div>
<section class="pg-boilerplate pgheader" id="pg-footer">
<span>*** END OF THE PROJECT GUTENBERG EBOOK AN ADVANCED ENGLISH GRAMMAR WITH EXERCISES ***</span>
</section></body></html>"""


def test_the_headers_authors_beat_the_catalogue_form_and_both_are_named() -> None:
    found = read_html(EBOOKMAKER)
    assert found.author == "George Lyman Kittredge and Frank Edgar Farley"


def test_a_catalogue_name_is_turned_round_without_its_dates() -> None:
    found = read_html(EBOOKMAKER.replace(
        '<p style="margin-top:0"><span style="padding-left: 7.5ex"></span>Frank Edgar Farley</p>',
        "",
    ).replace("<p><strong>Author</strong>: George Lyman Kittredge</p>", ""))
    assert found.author == "George Lyman Kittredge and Frank Edgar Farley"
    from audiobook.text.readers.html import catalogue_name

    assert catalogue_name("Austen, Jane, 1775-1817") == "Jane Austen"
    assert catalogue_name("Doyle, Arthur Conan, Sir, 1859-1930") == "Sir Arthur Conan Doyle"
    assert catalogue_name("Wells, H. G. (Herbert George), 1866-1946") == "H. G. Wells"
    assert catalogue_name("Homer, 750? BCE-650? BCE") == "Homer"


def test_a_name_not_in_catalogue_form_is_kept() -> None:
    from audiobook.text.readers.html import catalogue_name

    assert catalogue_name("Jane Austen") == "Jane Austen"
    assert catalogue_name("Smith, Jones and Brown") == "Smith, Jones and Brown"
    assert catalogue_name("Anonymous") == "Anonymous"


# ------------------------------------------------------------ DP title and copyright pages


def test_a_title_page_and_copyright_page_are_left_out_by_class_and_notice() -> None:
    found = read_html(EBOOKMAKER)
    said = _said(found)
    assert "GURNEY PROFESSOR" not in said and "GINN AND COMPANY" not in said
    assert "COPYRIGHT" not in said and "ALL RIGHTS RESERVED" not in said
    assert "Athenæum" not in said
    assert _titles(found)[0] == "PREFACE"
    assert "This grammar is intended" in said
    left = _left_out(found)
    assert "title page" in left and "copyright page" in left


WRAPPED = """<html><head><title>The Salt Road</title></head><body>
<div class="titlepage">
<h2>CHAPTER I</h2>
<p>The salt came up the road from the marshes on carts, and the carts came past our door.</p>
<h2>CHAPTER II</h2>
<p>My father counted them from the window and wrote the count in a book he kept for it.</p>
</div>
<div class="memoir">
<p>Copyright 1913 was the year my grandmother first wrote of the road, and she wrote a great
deal about it afterwards.</p>
</div></body></html>"""


def test_a_classed_wrapper_of_chapters_and_a_story_paragraph_about_copyright_are_read() -> None:
    said = _said(read_html(WRAPPED))
    assert "The salt came up the road" in said and "My father counted them" in said
    assert "Copyright 1913 was the year my grandmother" in said


# ------------------------------------------------------------ pictures, contents, imprint, tables

ILLUSTRATED = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Pride and Prejudice | Project Gutenberg</title>
<meta name="dc.creator" content="Austen, Jane, 1775-1817"></head><body>
<section class="pg-boilerplate pgheader" id="pg-header">
<div class="container" id="pg-machine-header"><p><strong>Title</strong>: Pride and Prejudice</p>
<p><strong>Author</strong>: Jane Austen</p></div>
<span>*** START OF THE PROJECT GUTENBERG EBOOK PRIDE AND PREJUDICE ***</span></section>
<hr class="full">
<div class="blk"><p class="toc">
<a href="#PREFACE" class="pginternal">PREFACE.</a><br>
<a href="#LIST_OF_ILLUSTRATIONS" class="pginternal">List of Illustrations.</a><br>
<a href="#Chapter_I" class="pginternal">Chapter: I., </a>
<a href="#CHAPTER_II" class="pginternal">II.</a></p></div>
<div class="blk"><h1><img alt="" src="images/front.png"><br><i>PRIDE.<br>and<br>PREJUDICE</i></h1>
<p class="cbig250"><i>by<br>Jane Austen,<br><br><small>with a Preface by</small><br>
George Saintsbury<br><small>and<br>Illustrations by</small><br>Hugh Thomson<br></i></p>
<table style="font-style:italic;"><tbody><tr><td class="c">Ruskin<br>House.</td>
<td><img alt="      " src="images/peacock-1894.png"></td>
<td class="c">156. Charing<br>Cross Road.</td></tr>
<tr><td class="c" colspan="3">London<br>George Allen.</td></tr></tbody></table></div>
<p class="c"><small>CHISWICK PRESS:—CHARLES WHITTINGHAM AND CO.<br>
TOOKS COURT, CHANCERY LANE, LONDON.<br></small></p>
<h2><a id="PREFACE"></a><span class="pagenum"><a id="page_ix">{ix}</a></span>
<img alt="PREFACE." src="images/i_010.jpg" width="450"></h2>
<p><i>Walt Whitman has somewhere a fine and just distinction between “loving by allowance”
and “loving with personal love.”</i></p>
<p class="rt"><i>George Saintsbury.</i></p>
<h2><a id="LIST_OF_ILLUSTRATIONS"></a><img alt="List of Illustrations." src="images/i_026.jpg"></h2>
<table><tbody><tr><td> </td><td><small>PAGE</small></td></tr>
<tr><td>Frontispiece</td><td class="rtb"><a href="#page_iv">iv</a></td></tr>
<tr><td>Title-page</td><td class="rtb"><a href="#page_v">v</a></td></tr></tbody></table>
<h2><a id="Chapter_I"></a>Chapter I.</h2>
<p>It is a truth universally acknowledged, that a single man in possession of a good
fortune must be in want of a wife.</p>
<h2><a id="CHAPTER_II"></a>CHAPTER II.</h2>
<p>Mr. Bennet was among the earliest of those who waited on Mr. Bingley.</p>
<p class="fint">CHISWICK PRESS:—CHARLES WHITTINGHAM AND CO.<br>
TOOKS COURT, CHANCERY LANE, LONDON.<br></p>
<section class="pg-boilerplate pgheader" id="pg-footer">
<span>*** END OF THE PROJECT GUTENBERG EBOOK PRIDE AND PREJUDICE ***</span></section>
</body></html>"""


def test_a_heading_set_as_a_picture_says_its_alt_and_the_front_is_left_out() -> None:
    found = read_html(ILLUSTRATED)
    titles = _titles(found)
    assert titles[0] == "PREFACE"
    assert "List of Illustrations" in titles  # its heading: `matter` leaves the list out
    said = _said(found)
    assert "Walt Whitman" in said and "It is a truth" in said
    assert "Chapter: I." not in said and "List of Illustrations." not in said  # the contents
    assert "George Saintsbury\n" not in said and "Illustrations by" not in said
    assert "CHISWICK" not in said  # the imprint, at the front and again at the end
    assert found.author == "Jane Austen"


IMPRINT_TABLE = """<html><head><title>Emma</title></head><body>
<h2>CHAPTER I</h2>
<p>Emma Woodhouse, handsome, clever, and rich, seemed to unite some of the best blessings.</p>
<table style="font-style:italic;"><tbody><tr><td class="c">Ruskin<br>House.</td>
<td><img alt="      " src="images/peacock-1894.png"></td>
<td class="c">156. Charing<br>Cross Road.</td></tr>
<tr><td class="c" colspan="3">London<br>George Allen.</td></tr></tbody></table>
</body></html>"""


def test_an_imprint_laid_out_round_a_picture_is_no_data_table() -> None:
    found = read_html(IMPRINT_TABLE)
    assert not found.blocks
    assert "Ruskin" in _said(found)


DATA = """<html><head><title>Birds</title></head><body>
<h2>CHAPTER I</h2>
<p>See <a href="#one">the first</a>, <a href="#two">the second</a>
and <a href="#three">the third</a>
of the birds for the rest of this account.</p>
<h2 id="one"><img alt="ornament" src="o.png"> THE ROBIN</h2>
<p id="two">The robin sings all winter from the holly by the gate.</p>
<table><tr><th>Bird</th><th>Eggs</th><th>Picture</th></tr>
<tr><td>Robin</td><td>4</td><td><img alt="robin" src="r.png"></td></tr>
<tr><td>Wren</td><td>6</td><td><img alt="wren" src="w.png"></td></tr></table>
<p id="three">The wren nests in the ivy on the north wall and sings at dawn.</p>
<p>The wren nests in the ivy on the north wall and sings at dawn.</p>
</body></html>"""


def test_links_in_a_sentence_a_titled_heading_and_a_data_table_are_as_before() -> None:
    found = read_html(DATA)
    said = _said(found)
    assert "See the first, the second and the third" in said
    assert "THE ROBIN" in _titles(found)
    assert "ornament" not in " ".join(t or "" for t in _titles(found))
    assert said.count("The wren nests in the ivy") == 2  # no title page repeats it
    assert found.blocks  # the birds' table is data


# ------------------------------------------------------------ Wikisource

WIKISOURCE = """<!DOCTYPE html><html lang="en"><head><meta charset="UTF-8">
<title>The Four Million/The Gift of the Magi - Wikisource, the free online library</title>
</head>
<body class="skin-vector mediawiki"><div class="mw-page-container">
<main id="content" class="mw-body">
<header class="mw-body-header"><h1 id="firstHeading" class="firstHeading"><span
class="mw-page-title-main">The Four Million/The Gift of the Magi</span></h1></header>
<div id="bodyContent" class="vector-body"><div id="siteSub" class="noprint">From Wikisource</div>
<div id="contentSub"><div id="mw-content-subtitle"><div class="subpages">&lt; <bdi dir="ltr"><a
href="/wiki/The_Four_Million" title="The Four Million">The Four Million</a></bdi></div></div></div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-parser-output">
<div class="ws-noexport noprint wst-header wst-header-structure"><div class="wst-header-mainblock">
<div class="wst-header-central"><div class="wst-header-title"><span id="header-title-text"><a
href="/wiki/The_Four_Million">The Four Million</a></span><br />by <a
href="/wiki/Author:William_Sydney_Porter" title="Author:William Sydney Porter">O. Henry</a></div>
<div class="wst-header-central-text">The Gift of the Magi</div></div></div></div>
<p>One dollar and eighty-seven cents. That was all. And sixty cents of it was in pennies.</p>
<p>There was clearly nothing to do but flop down on the shabby little couch and howl.</p>
</div></div></div></main></div></body></html>"""


def test_a_wikisource_page_says_its_piece_and_its_author() -> None:
    found = read_html(WIKISOURCE)
    assert found.title == "The Gift of the Magi"
    assert found.author == "O. Henry"
    assert _titles(found) == ["The Gift of the Magi"]
    assert "The Four Million" not in _said(found)


SLASHED = """<html><head><title>Either/Or</title></head><body>
<h1>Either/Or</h1>
<p>The choice was never between the two roads, but between walking and standing still.</p>
</body></html>"""


def test_a_slash_in_another_page_title_is_left_alone() -> None:
    found = read_html(SLASHED)
    assert found.title == "Either/Or"


# ------------------------------------------------------------ Calibre's blank paragraph

CALIBRE = """<?xml version='1.0' encoding='utf-8'?>
<html xmlns="http://www.w3.org/1999/xhtml"><head><title>The Secret Garden</title></head>
<body class="calibre"><div class="calibre1">
<p class="calibre_5"><span class="bold">CHAPTER I</span></p>
<p class="calibre_5"><span class="bold">THERE IS NO ONE LEFT</span></p>
<p class="calibre_6">The woman looked frightened, but she only stammered that the Ayah could
not come, and when Mary threw herself into a passion she looked only more frightened.</p>
<p class="calibre_7">&#160;</p>
<p class="calibre_6">There was something mysterious in the air that morning. Nothing was done
in its regular order and several of the native servants seemed missing.</p>
<p class="calibre_5"><span class="bold">CHAPTER II</span></p>
<p class="calibre_6">Mary had liked to look at her mother from a distance and she had thought
her very pretty, but she knew very little of her.</p>
</div></body></html>"""


def test_calibres_no_break_space_paragraph_is_a_scene_break() -> None:
    found = read_html(CALIBRE)
    paragraphs = [p for _, ps in found.chapters for p in ps]
    after = next(p for p in paragraphs if p.text.startswith("There was something"))
    assert after.scene_break_before


def test_spacer_paragraphs_round_headings_and_rules_are_only_space() -> None:
    found = read_html(KATRINE)
    paragraphs = [p for _, ps in found.chapters for p in ps]
    assert not any(p.scene_break_before for p in paragraphs)


def test_the_pieces_title_printed_again_in_capitals_is_said_once() -> None:
    page = WIKISOURCE.replace(
        "<p>One dollar", '<div class="wst-center"><b>THE GIFT OF THE MAGI</b></div>\n<p>One dollar'
    )
    said = _said(read_html(page))
    assert "THE GIFT OF THE MAGI" not in said and said.startswith("One dollar")


def test_a_first_line_in_other_words_or_case_is_read() -> None:
    page = """<html><head><title>Silence</title></head><body>
<h2>Silence</h2><p>Silence.</p><p>Nobody in the house said a word until the clock struck.</p>
<h2>The Storm</h2><p>THE STORM CAME AT NIGHT</p><p>It broke the elm by the gate.</p>
</body></html>"""
    said = _said(read_html(page))
    assert "Silence." in said and "THE STORM CAME AT NIGHT" in said


def test_a_link_list_under_a_contents_heading_is_left_to_that_section() -> None:
    page = """<html><head><title>The Weir</title></head><body>
<h1>THE WEIR</h1>
<h2>CONTENTS</h2>
<ul><li><a href="#c1">Chapter I. The Water</a></li><li><a href="#c2">Chapter II. The
Stones</a></li><li><a href="#c3">Chapter III. The Mill</a></li></ul>
<h2 id="c1">CHAPTER I. THE WATER</h2>
<p>The water came over the weir all that winter, brown and loud, and nobody crossed it.</p>
<h2 id="c2">CHAPTER II. THE STONES</h2>
<p>In March the water fell and the stones showed again, green with the winter's weed.</p>
<h2 id="c3">CHAPTER III. THE MILL</h2>
<p>The mill stood empty all that year, and the wheel turned only when the boys pushed.</p>
</body></html>"""
    titles = _titles(read_html(page))
    assert "CHAPTER I. THE WATER" in titles and "CONTENTS" in titles  # its own section


def test_a_copyright_page_under_its_own_heading_and_a_decorated_heading_stay_as_before() -> None:
    page = """<html><head><title>The Weir</title></head><body>
<h1>THE WEIR</h1>
<h2>Copyright</h2>
<div class="copyright"><p>Copyright © 2021 Anna Field</p><p>All rights reserved.</p></div>
<h2>CHAPTER I</h2>
<p>The water came over the weir all that winter, brown and loud, and nobody crossed it.</p>
<h2><img alt="[Illustration]" src="images/headpiece.jpg"></h2>
<h2>CHAPTER II</h2>
<p>In March the water fell and the stones showed again, green with the winter's weed.</p>
</body></html>"""
    titles = _titles(read_html(page))
    assert titles == ["Copyright", "CHAPTER I", "CHAPTER II"]
