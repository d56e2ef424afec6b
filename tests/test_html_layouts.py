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
