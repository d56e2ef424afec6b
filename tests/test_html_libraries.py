"""HTML editions of digital libraries, laid out as the sites lay them out, in words of our
own: Project Gutenberg Australia (site banner, a Title/Author header in <pre>, the
"FREE ebooks" footer; chapters as h2 or as `div.chapter` with an h3 number and an h4
title) and Faded Page (Distributed Proofreaders Canada's header, licence and fields,
ppgen's transcriber's notes and captions, the closing "[The end of … by …]")."""

from __future__ import annotations

from manuscripts import read_audited as read
from manuscripts import said

PGA_HEAD = """<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<title>The Drover's Lantern, by Margaret Cullen</title>
<link rel="stylesheet" type="text/css" href="/css/pga-ebooks.css">
</head>
<body bgcolor="#FFFFFF">
<table border="0" width="100%" bgcolor="#C0C0C0" summary="">
<tr>
<td width="22%" align="center"><a href="/"><img src="/pga-australia.jpg"
 alt="Project Gutenberg Australia" border="0"></a></td>
<td width="78%" align="center"><font color="#800000" size="5"><b>Project Gutenberg
Australia</b></font><br>
<font color="#800000" size="4">a treasure-trove of literature</font><br>
<font size="2">treasure found hidden with no evidence of ownership</font></td>
</tr>
</table>
<p style="text-align:center">BROWSE the site for <a href="/pages/cullen.html">other works
by this author</a> (and our other authors) or get <a href="/help.html">HELP</a> Reading,
Downloading and Converting files)</p>
<p style="text-align:center">SEARCH the entire site with Google Site Search</p>
<form action="https://www.google.com/cse" id="cse-search-box"><div>
<input type="hidden" name="cx" value="partner-pub-0000"><input type="text" name="q" size="31">
<input type="submit" name="sa" value="Search"></div></form>
<hr>
<pre>
Title: The Drover's Lantern
Author: Margaret Cullen (1858-1921)
* A Project Gutenberg of Australia eBook *
eBook No.: 2400412h.html
Language: English
Date first posted: March 2024
Most recent update: March 2024

This eBook was produced by: Colin Ashby

View our <a href="/licence.html">licence and header</a>
</pre>
<hr>
<h1>THE DROVER'S LANTERN</h1>
<h3>by</h3>
<h2>Margaret Cullen</h2>
<p style="text-align:center"><img src="2400412h-images/cover.jpg" alt="cover" width="400"></p>
<hr style="width: 65%;">
<h2>CONTENTS</h2>
<p><a href="#ch1">CHAPTER I. THE STOCK ROUTE</a><br>
<a href="#ch2">CHAPTER II. THE LANTERN</a></p>
<hr style="width: 65%;">
"""

PGA_FOOT = """<hr>
<div style="text-align:center">
<p>This site is full of FREE ebooks - <a href="http://gutenberg.net.au">Project Gutenberg
Australia</a></p>
</div>
</body>
</html>
"""

PGA_FLAT = (
    PGA_HEAD
    + """<h2><a name="ch1"></a>CHAPTER I.<br>
THE STOCK ROUTE.</h2>
<p>The cattle came down the stock route from Cunnamulla in the first week of May, nine
hundred head of them, with old Patrick Quill riding ahead and his daughter Nell behind.</p>
<p>"Keep them off the lucerne," said Quill, "or we'll pay for every mouthful."</p>
<hr style="width: 65%;">
<h2><a name="ch2"></a>CHAPTER II.<br>
THE LANTERN.</h2>
<p>That night Nell hung the lantern on the gatepost, where the mob could see it, and sat
beside it until the morning star came up over the ridge.</p>
<h3>THE END</h3>
"""
    + PGA_FOOT
)

PGA_DIVS = (
    PGA_HEAD
    + """<div class="chapter">
<h3><a name="ch1"></a>CHAPTER I</h3>
<h4>THE STOCK ROUTE.</h4>
<p>The cattle came down the stock route from Cunnamulla in the first week of May, nine
hundred head of them, with old Patrick Quill riding ahead and his daughter Nell behind.</p>
<p>"Keep them off the lucerne," said Quill, "or we'll pay for every mouthful."</p>
</div>
<div class="chapter">
<h3><a name="ch2"></a>CHAPTER II</h3>
<h4>THE LANTERN.</h4>
<p>That night Nell hung the lantern on the gatepost<a name="ref1" href="#note1"><sup>[1]</sup>
</a>, where the mob could see it, and sat beside it until the morning star came up.</p>
<hr>
<h3>NOTES</h3>
<blockquote id="note1"><p><b><a href="#ref1">[1]</a></b> A hurricane lamp, burning
kerosene.</p></blockquote>
</div>
<h3>THE END</h3>
"""
    + PGA_FOOT
)

FADED_PAGE = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN"
 "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en" lang="en">
<head>
<meta http-equiv="Content-Type" content="text/html;charset=utf-8" />
<meta name="DC.Title" content="The Lighthouse at Pointe-Noire" />
<meta name="DC.Creator" content="Odile Brassard" />
<title>The Lighthouse at Pointe-Noire | Faded Page</title>
</head>
<body>
{header}
<div class='tnotes covernote'>
<p class='c001'><strong>The cover was made by the transcriber.</strong></p>
</div>
<div style='text-align:center'><img src='images/cover.jpg' alt='' id='coverpage' /></div>
<div class='pbb'><hr class='pb c000' /></div>
<h1 class='c001'>THE LIGHTHOUSE<br /> AT POINTE-NOIRE</h1>
<p class='c001'>BY</p>
<p class='c001'>ODILE BRASSARD</p>
<p class='c001'>MONTREAL<br />BEAUCHEMIN &amp; FILS<br />1924</p>
<div class='pbb'><hr class='pb c000' /></div>
<h2 id='ch01' class='c005'>CHAPTER I<br /> <span style='font-size:smaller'>THE KEEPER</span></h2>
<p>Armand Roy kept the light at Pointe-Noire for 31 years, and in all that time it went
out only once, on the night his son was born.</p>
<div class='figcenter id001'>
<img src='images/i_004.jpg' alt='' class='ig001' />
<div class='ic001'>
<p>“THE LAMP ROOM, LOOKING SEAWARD.”</p>
</div>
</div>
<p>He trimmed the wicks at dusk and again at midnight, and he wrote the weather in a
ledger bound in sailcloth.</p>
<h2 id='ch02' class='c005'>CHAPTER II<br /> <span style='font-size:smaller'>THE FOG</span></h2>
<p>The fog came in on the ninth of November and stayed for six days.</p>
<p class='c001'>THE END</p>
<div class='tnotes'>
<p class='c001'><strong>Transcriber’s Notes</strong></p>
<ul>
<li>Obvious printing errors have been corrected silently.</li>
</ul>
</div>
<p style='text-align:center'>{closing}</p>
</body>
</html>
"""

FADED_PAGE_HEADER = """
<div style='text-align:center'>* A Distributed Proofreaders Canada Ebook *</div>
<div style='display:block; margin:1em 0'>This ebook is made available at no cost and with
very few restrictions. These restrictions apply only if (1) you make a change in the ebook
(other than alteration for different display devices), or (2) you are making commercial use
of the ebook. If either of these conditions applies, please check with a
https://www.fadedpage.com administrator before proceeding. Thousands more FREE ebooks are
available at https://www.fadedpage.com.</div>
<div style='display:block; margin:1em 0'>This work is in the Canadian public domain, but may
be under copyright in some countries. If you live outside Canada, check your country’s
copyright laws. <span style='font-weight:bold'>If the book is under copyright in your
country, do not distribute or redistribute this file.</span></div>
<div style='display:block; margin:1em 0'>Title: The Lighthouse at Pointe-Noire<br />
Date of first publication: 1924<br />
Author: Odile Brassard (1880-1961)<br />
Date first posted: Jan. 15, 2024<br />
Date last updated: Jan. 15, 2024<br />
Faded Page eBook #20240115</div>
<div style='display:block; margin:1em 0'>This ebook was produced by: Jeanne Thibault &amp;
the online Distributed Proofreaders Canada team at https://www.pgdpcanada.net</div>
"""

FPGEN_HEADER = """<div class='lg-container-b'>
<div class='linegroup'>
<div class='group0'>
<div class='line0'>* A Distributed Proofreaders Canada eBook *</div>
</div>
</div>
</div>
<p>This eBook is made available at no cost and with very few restrictions. These
restrictions apply only if (1) you make a change in the eBook (other than alteration for
different display devices), or (2) you are making commercial use of the eBook. If either of
these conditions applies, please check with an FP administrator before proceeding.</p>
<p>This work is in the Canadian public domain, but may be under copyright in some
countries. If you live outside Canada, check your country's copyright laws. IF THE BOOK IS
UNDER COPYRIGHT IN YOUR COUNTRY, DO NOT DOWNLOAD OR REDISTRIBUTE THIS FILE.</p>
<p>Title: The Lighthouse at Pointe-Noire<br/>
Date of first publication: 1924<br/>
Author: Odile Brassard (1880-1961)<br/>
Date first posted: Jan. 15, 2024<br/>
Date last updated: Jan. 15, 2024<br/>
Faded Page eBook #20240115</p>
<p>This eBook was produced by: Jeanne Thibault &amp; the online Distributed Proofreaders
Canada team at https://www.pgdpcanada.net</p>
"""

CLOSING = "[The end of <span style='font-style:italic'>The Lighthouse at Pointe-Noire</span> by Odile Brassard]"  # noqa: E501




def listed(manuscript) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {o.what: o.text for o in manuscript.omitted}


def test_project_gutenberg_australia_banner_header_and_footer_are_not_read(tmp_path):
    manuscript = read(tmp_path, "2400412h.html", PGA_FLAT, encoding="cp1252")
    assert manuscript.title == "The Drover's Lantern"
    assert manuscript.author == "Margaret Cullen"
    assert manuscript.language == "en"
    assert [c.title for c in manuscript.chapters] == [
        "CHAPTER I. THE STOCK ROUTE", "CHAPTER II. THE LANTERN"
    ]
    text = said(manuscript)
    for furniture in ("treasure", "BROWSE", "SEARCH", "Google", "eBook No", "Colin Ashby",
                      "licence", "FREE ebooks", "Margaret Cullen", "by"):  # fmt: skip
        assert furniture not in text, furniture
    assert manuscript.chapters[0].paragraphs[0].text.startswith("The cattle came down")
    omitted = listed(manuscript)
    header = omitted["the Project Gutenberg Australia banner and header"]
    assert "a treasure-trove of literature" in header and "Title: The Drover's Lantern" in header
    assert "View our licence and header" in header
    assert "FREE ebooks" in omitted["the Project Gutenberg Australia footer"]
    assert omitted["title page (3 lines)"] == "THE DROVER'S LANTERN\nby\nMargaret Cullen"


def test_project_gutenberg_australia_chapter_divs_are_chapters(tmp_path):
    manuscript = read(tmp_path, "2400412h.html", PGA_DIVS, encoding="cp1252")
    assert [c.title for c in manuscript.chapters] == [
        "CHAPTER I. THE STOCK ROUTE", "CHAPTER II. THE LANTERN"
    ]
    first, second = manuscript.chapters
    assert first.paragraphs[0].text.startswith("The cattle came down")
    assert second.paragraphs[-1].text == "THE END"  # the notes' own heading is not read
    assert "NOTES" not in said(manuscript)
    note = listed(manuscript)["note 1 in 'CHAPTER II. THE LANTERN'"]
    assert note == "A hurricane lamp, burning kerosene."


def test_a_pre_header_keeps_what_follows_the_librarys_paragraphs(tmp_path):
    note = "A NOTE ON THE TEXT\nThe verses at the head of each chapter\nare the author's own.\n"
    page = PGA_FLAT.replace('View our <a href="/licence.html">licence and header</a>\n', note)
    manuscript = read(tmp_path, "2400412h.html", page, encoding="cp1252")
    assert "A NOTE ON THE TEXT" in said(manuscript)
    assert "are the author's own" in said(manuscript)
    assert manuscript.author == "Margaret Cullen"


def test_faded_page_header_licence_notes_caption_and_closing_are_not_read(tmp_path):
    page = FADED_PAGE.format(header=FADED_PAGE_HEADER, closing=CLOSING)
    manuscript = read(tmp_path, "fadedpage-20240115.html", page)
    assert manuscript.title == "The Lighthouse at Pointe-Noire"
    assert manuscript.author == "Odile Brassard"
    assert [c.title for c in manuscript.chapters] == [
        "CHAPTER I. THE KEEPER", "CHAPTER II. THE FOG"
    ]
    text = said(manuscript)
    for furniture in ("Distributed Proofreaders", "restrictions", "public domain", "20240115",
                      "Jeanne", "cover was made", "MONTREAL", "BEAUCHEMIN", "LAMP ROOM",
                      "Transcriber", "printing errors", "The end of"):  # fmt: skip
        assert furniture not in text, furniture
    assert manuscript.chapters[-1].paragraphs[-1].text == "THE END"
    omitted = listed(manuscript)
    header = omitted["the Faded Page banner and header"]
    assert header.startswith("* A Distributed Proofreaders Canada Ebook *")
    assert "Faded Page eBook #20240115" in header and "Jeanne Thibault" in header
    assert omitted["the closing line"] == (
        "[The end of The Lighthouse at Pointe-Noire by Odile Brassard]"
    )
    assert omitted["1 caption"] == "“THE LAMP ROOM, LOOKING SEAWARD.”"
    assert "Obvious printing errors" in omitted["2 transcriber's notes"]
    assert "BEAUCHEMIN" in omitted["title page (4 lines)"]


def test_faded_page_header_set_in_an_fpgen_line_group(tmp_path):
    page = FADED_PAGE.format(header=FPGEN_HEADER, closing=CLOSING)
    manuscript = read(tmp_path, "fadedpage-20240115.html", page)
    text = said(manuscript)
    for furniture in ("Distributed Proofreaders", "restrictions", "COPYRIGHT", "20240115"):
        assert furniture not in text, furniture
    assert manuscript.author == "Odile Brassard"
    assert manuscript.chapters[0].title == "CHAPTER I. THE KEEPER"


def test_a_closing_bracket_that_does_not_name_the_book_is_read(tmp_path):
    page = FADED_PAGE.format(header=FADED_PAGE_HEADER, closing="[The end of the keeper’s ledger.]")
    manuscript = read(tmp_path, "fadedpage-20240115.html", page)
    assert manuscript.chapters[-1].paragraphs[-1].text == "[The end of the keeper’s ledger.]"
    assert "the closing line" not in listed(manuscript)


def test_a_ppgen_caption_is_left_out_of_any_html_and_a_drop_capital_is_read(tmp_path):
    page = (
        "<html><body><h2>Chapter One</h2>"
        "<div class='figleft'><img src='images/drop_t.jpg' alt='T' /></div>"
        "<p>he tide turned at noon.</p>"
        "<div class='figcenter id002'><img src='images/i_010.jpg' alt='' class='ig001' />"
        "<div class='ic002'><p>THE BREAKWATER IN A GALE.</p></div></div>"
        "<p>By evening the boats were all in.</p></body></html>"
    )
    manuscript = read(tmp_path, "book.html", page)
    texts = [p.text for p in manuscript.chapters[0].paragraphs]
    assert "T" in texts and "By evening the boats were all in." in texts
    assert "BREAKWATER" not in said(manuscript)
    assert listed(manuscript)["1 caption"] == "THE BREAKWATER IN A GALE."


def test_a_page_that_is_no_library_edition_is_read_whole(tmp_path):
    page = (
        "<html><body><h2>Chapter One</h2><p>She found the letter in a faded page of the"
        " almanac.</p><p>[The end of the letter was torn away.]</p></body></html>"
    )
    manuscript = read(tmp_path, "book.html", page)
    assert [p.text for p in manuscript.chapters[0].paragraphs] == [
        "She found the letter in a faded page of the almanac.",
        "[The end of the letter was torn away.]",
    ]
    assert manuscript.omitted == ()


def test_a_part_div_heads_its_first_chapter(tmp_path):
    page = PGA_DIVS.replace(
        '<div class="chapter">\n<h3><a name="ch1">',
        '<div id="book1">\n<h3>BOOK I</h3>\n<h4>THE DRY YEAR</h4>\n'
        '<div class="chapter">\n<h3><a name="ch1">',
        1,
    ).replace("<h3>THE END</h3>", "</div>\n<h3>THE END</h3>")
    manuscript = read(tmp_path, "2400412h.html", page, encoding="cp1252")
    assert [c.title for c in manuscript.chapters] == [
        "BOOK I. THE DRY YEAR. CHAPTER I. THE STOCK ROUTE", "CHAPTER II. THE LANTERN"
    ]


OLDER_PGA_PRE = """<pre>
* A Project Gutenberg of Australia eBook *

Title:      The Drover's Lantern
Author:     Margaret Cullen
eBook No.:  0500412h.html
Edition:    1
Language:   English
Character set encoding:     Latin-1(ISO-8859-1)--8 bit
Date first posted:          May 2005
Date most recently updated: May 2005

This eBook was produced by: Colin Ashby

Project Gutenberg of Australia eBooks are created from printed editions
which are in the public domain in Australia, unless a copyright notice
is included. We do NOT keep any eBooks in compliance with a particular
paper edition.

Copyright laws are changing all over the world. Be sure to check the
copyright laws for your country before downloading or redistributing this
file.

This eBook is made available at no cost and with almost no restrictions
whatsoever. You may copy it, give it away or re-use it under the terms
of the Project Gutenberg of Australia License which may be viewed online at
http://gutenberg.net.au/licence.html

To contact Project Gutenberg of Australia go to http://gutenberg.net.au
</pre>"""


def test_an_older_project_gutenberg_australia_header_and_licence_are_not_read(tmp_path):
    start, end = PGA_FLAT.index("<pre>"), PGA_FLAT.index("</pre>") + len("</pre>")
    page = PGA_FLAT[:start] + OLDER_PGA_PRE + PGA_FLAT[end:]
    manuscript = read(tmp_path, "0500412h.html", page, encoding="cp1252")
    assert (manuscript.title, manuscript.author) == ("The Drover's Lantern", "Margaret Cullen")
    text = said(manuscript)
    for furniture in ("public domain", "Copyright laws", "licence", "contact", "Latin-1"):
        assert furniture not in text, furniture
    assert manuscript.chapters[0].paragraphs[0].text.startswith("The cattle came down")
    header = listed(manuscript)["the Project Gutenberg Australia banner and header"]
    assert "To contact Project Gutenberg of Australia go to http://gutenberg.net.au" in header
