"""A manuscript exported to HTML by a word processor, in words of our own: Google Docs'
"Download → Web page" (class-styled spans, no `<title>`, "Chapter One" in a bold span)
and Word's "Save as Web Page" (`MsoNormal` paragraphs, `<b>Chapter One</b>` centred, the
writer's name in `<o:Author>`). Neither has a heading tag: the chapters are found by
their words, as the Word reader finds them in a .docx typed with no heading styles, and
the title page above them is the credits'. Story text that only looks like a chapter's
line stays read."""

from __future__ import annotations

from manuscripts import read_audited as read
from manuscripts import said

DOCS = """<html><head><meta content="text/html; charset=UTF-8" http-equiv="content-type">
<style type="text/css">.c0{{text-indent:36pt;text-align:left}}.c1{{font-weight:400;\
font-size:12pt}}.c2{{text-align:center}}.c3{{font-weight:700;font-size:12pt}}\
.c5{{font-size:24pt;font-weight:700}}.c4{{max-width:468pt}}</style></head>
<body class="c4 doc-content">
{body}
</body></html>
"""

DOCS_BODY = """<p class="c2"><span class="c5">The Lock-Keeper&#8217;s Year</span></p>
<p class="c2"><span class="c1">by Ada Trevelyan</span></p>
<p class="c2"><span class="c1"></span></p>
<p class="c2"><span class="c3">Chapter One</span></p>
<p class="c0"><span class="c1">The canal froze in the first week of December, and my father \
walked the towpath every morning to break the ice at the gates.</span></p>
<p class="c0"><span class="c1">He said a lock that froze shut would crack like a tooth.</span></p>
<p class="c2"><span class="c1">* * *</span></p>
<p class="c0"><span class="c1">By March the boats were moving again.</span></p>
<p class="c2"><span class="c3">Chapter Two</span></p>
<p class="c0"><span class="c1">The coal boats came first, low in the water, their horses \
steaming in the cold.</span></p>
"""


def test_a_google_docs_export_is_read_by_its_typed_chapters_and_title_page(tmp_path):
    manuscript = read(tmp_path, "export.html", DOCS.format(body=DOCS_BODY))
    assert [c.title for c in manuscript.chapters] == ["Chapter One", "Chapter Two"]
    assert manuscript.title == "The Lock-Keeper’s Year"  # not "Export", the file's name
    assert manuscript.author == "Ada Trevelyan"
    text = said(manuscript)
    assert "by Ada Trevelyan" not in text
    assert "The Lock-Keeper" not in text
    assert manuscript.chapters[0].paragraphs[0].text.startswith("The canal froze")
    assert manuscript.chapters[0].paragraphs[-1].scene_break_before
    assert manuscript.chapters[1].paragraphs[-1].text.startswith("The coal boats came")
    assert any(o.what.startswith("title page") for o in manuscript.omitted)


WORD = """<html xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv=Content-Type content="text/html; charset=windows-1252">
<meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 15">
<title>The Lock-Keeper's Year</title>
<!--[if gte mso 9]><xml>
 <o:DocumentProperties>
  <o:Author>{author}</o:Author>
  <o:Revision>9</o:Revision>
  <o:Words>412</o:Words>
 </o:DocumentProperties>
</xml><![endif]-->
</head>
<body lang=EN-GB style='tab-interval:36.0pt'>
<div class=WordSection1>
{body}
</div>
</body>
</html>
"""

PAGE_BREAK = "<span style='font-size:12.0pt'><br clear=all style='page-break-before:always'></span>"


def _word(title_page: str, author: str = "Ada Trevelyan") -> str:
    body = f"""{title_page}
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
{PAGE_BREAK}
<p class=MsoNormal align=center style='text-align:center'><b>Chapter One<o:p></o:p></b></p>
<p class=MsoNormal style='text-indent:36.0pt'>The canal froze in the first week of December, \
and my father walked the towpath every morning to break the ice at the gates.<o:p></o:p></p>
<p class=MsoNormal align=center style='text-align:center'>#<o:p></o:p></p>
<p class=MsoNormal style='text-indent:36.0pt'>By March the boats were moving again.<o:p></o:p></p>
{PAGE_BREAK}
<p class=MsoNormal align=center style='text-align:center'><b>Chapter Two<o:p></o:p></b></p>
<p class=MsoNormal style='text-indent:36.0pt'>The coal boats came first, low in the water, \
their horses steaming in the cold.<o:p></o:p></p>
<p class=MsoNormal align=center style='text-align:center'>THE END<o:p></o:p></p>"""
    return WORD.format(author=author, body=body)


TITLE_PAGE = """<p class=MsoTitle align=center style='text-align:center'>The Lock-Keeper&#8217;s \
Year<o:p></o:p></p>
<p class=MsoNormal align=center style='text-align:center'>a novella<o:p></o:p></p>
<p class=MsoNormal align=center style='text-align:center'>by Ada Trevelyan<o:p></o:p></p>"""


def test_a_word_web_page_is_read_by_its_typed_chapters_and_title_page(tmp_path):
    manuscript = read(tmp_path, "ledger.htm", _word(TITLE_PAGE), encoding="cp1252")
    assert [c.title for c in manuscript.chapters] == ["Chapter One", "Chapter Two"]
    assert manuscript.title == "The Lock-Keeper’s Year"
    assert manuscript.author == "Ada Trevelyan"
    text = said(manuscript)
    for printed in ("a novella", "by Ada Trevelyan"):
        assert printed not in text, printed
    assert manuscript.chapters[0].paragraphs[0].text.startswith("The canal froze")
    assert manuscript.chapters[0].paragraphs[1].scene_break_before  # the typed "#"
    assert manuscript.chapters[-1].paragraphs[-1].text == "THE END"


def test_a_word_web_page_with_no_byline_credits_the_author_of_its_properties(tmp_path):
    title = TITLE_PAGE.split("\n")[0]  # the title alone: no "by" line on the page
    manuscript = read(tmp_path, "ledger.htm", _word(title), encoding="cp1252")
    assert manuscript.author == "Ada Trevelyan"
    assert [c.title for c in manuscript.chapters][-2:] == ["Chapter One", "Chapter Two"]


def test_a_word_web_page_made_on_an_accounts_name_credits_no_one(tmp_path):
    title = TITLE_PAGE.split("\n")[0]
    manuscript = read(tmp_path, "ledger.htm", _word(title, "Windows User"), encoding="cp1252")
    assert manuscript.author == "Unknown author"


def test_a_bare_page_with_bold_centred_chapter_lines_is_read_by_them(tmp_path):
    page = """<html><head><title>The Lock-Keeper's Year</title></head><body>
<p style="text-align:center"><b>The Lock-Keeper's Year</b></p>
<p style="text-align:center">by Ada Trevelyan</p>
<p style="text-align:center"><b>Chapter One</b></p>
<p>The canal froze in the first week of December.</p>
<p style="text-align:center"><b>Chapter Two</b></p>
<p>The coal boats came first, low in the water.</p>
</body></html>"""
    manuscript = read(tmp_path, "lock.html", page)
    assert [c.title for c in manuscript.chapters] == ["Chapter One", "Chapter Two"]
    assert manuscript.author == "Ada Trevelyan"
    assert "by Ada Trevelyan" not in said(manuscript)


def test_a_story_page_whose_lines_only_mention_a_chapter_is_read_whole(tmp_path):
    # no heading tags, and lines that look like a chapter's or a byline but are story
    body = """<p class="c2"><span class="c3">CLOSED FOR THE WINTER</span></p>
<p class="c0"><span class="c1">The sign hung on the lock-house door from November to March, \
and nobody on the canal paid it the least attention.</span></p>
<p class="c0"><span class="c1">Chapter one of the company&#8217;s rule book said the gates \
were never to be left open overnight.</span></p>
<p class="c2"><span class="c3">By the light of the lamp</span></p>
<p class="c0"><span class="c1">My father read it aloud to the cat, and the cat was not \
impressed.</span></p>
"""
    manuscript = read(tmp_path, "story.html", DOCS.format(body=body))
    assert len(manuscript.chapters) == 1
    text = said(manuscript)
    for line in ("CLOSED FOR THE WINTER", "Chapter one of the company", "By the light of the lamp",
                 "the cat was not impressed"):  # fmt: skip
        assert line in text, line
    assert manuscript.author == "Unknown author"


def test_a_verse_typed_with_line_breaks_in_a_typed_chapter_keeps_its_lines(tmp_path):
    verse = (
        '<p class="c0"><span class="c1">On the lock-house wall he had painted:</span></p>\n'
        '<p class="c0"><span class="c1">Shut the top gate, open the bottom,<br>'
        "mind the rope and mind the horse,<br>never trust a boat at night,<br>"
        "never let the lock run dry.</span></p>\n"
    )
    body = DOCS_BODY.replace(
        '<p class="c2"><span class="c1">* * *', verse + '<p class="c2"><span class="c1">* * *'
    )
    manuscript = read(tmp_path, "export.html", DOCS.format(body=body))
    assert [c.title for c in manuscript.chapters] == ["Chapter One", "Chapter Two"]
    lines = [p.text for p in manuscript.chapters[0].paragraphs if p.text.startswith("Shut")]
    assert lines == [
        "Shut the top gate, open the bottom,\u2028mind the rope and mind the horse,\u2028"
        "never trust a boat at night,\u2028never let the lock run dry."
    ]
