"""Sweep 3, web and word-processor exports, in words of our own: a Google Docs short story
with its title and byline typed as centred paragraphs and no chapter lines; and Word's
"Save as Web Page" with several footnotes in `div#ftn1`, `div#ftn2`…. Each with a near
miss that must stay as it was."""

from __future__ import annotations

from pathlib import Path

from audiobook.text.readers.html import read_html
from manuscripts import read_audited as read
from manuscripts import said

# ---------------------------------------------------------------- a Google Docs short story

DOCS = """<html><head><meta content="text/html; charset=UTF-8" http-equiv="content-type">
<style type="text/css">.c0{{font-weight:400;font-size:12pt}}.c2{{text-indent:36pt;\
text-align:left}}.c3{{text-align:center}}.c4{{font-weight:700;font-size:14pt}}\
.c5{{max-width:468pt}}</style></head>
<body class="c5 doc-content">
{body}
</body></html>
"""

STORY = """<p class="c2"><span class="c0">The storm came in off the Sound a little after \
four, and by the time Nell had lit the lamp the rain was coming sideways.</span></p>
<p class="c2"><span class="c0">Her father had gone down to the village that morning and \
had not come back.</span></p>
<p class="c3"><span class="c0">* * *</span></p>
<p class="c2"><span class="c0">Morning came grey and quiet.</span></p>"""


def test_a_docs_story_takes_its_typed_title_and_byline_as_the_credits(tmp_path: Path) -> None:
    front = """<p class="c3"><span class="c4">The Lighthouse Keeper&rsquo;s Daughter</span></p>
<p class="c3"><span class="c0">by Margaret Ellis</span></p>
<p class="c3"><span class="c0"></span></p>"""
    manuscript = read(tmp_path, "story.html", DOCS.format(body=front + STORY))
    assert manuscript.title == "The Lighthouse Keeper’s Daughter"
    assert manuscript.author == "Margaret Ellis"
    text = " ".join(p.text for c in manuscript.chapters for p in c.paragraphs)
    assert "by Margaret Ellis" not in text and "Keeper’s Daughter" not in text
    assert manuscript.chapters[0].paragraphs[0].text.startswith("The storm came in")
    assert any(o.what.startswith("title page (2 lines)") for o in manuscript.omitted)


def test_a_docs_story_whose_by_line_names_no_one_is_read_whole(tmp_path: Path) -> None:
    # "Snow" / "By Morning Light": a title and its subtitle, then the story, all read
    front = """<p class="c3"><span class="c4">Snow</span></p>
<p class="c3"><span class="c0">By Morning Light</span></p>"""
    manuscript = read(tmp_path, "snow.html", DOCS.format(body=front + STORY))
    text = said(manuscript)
    assert "By Morning Light" in text and manuscript.author == "Unknown author"


def test_a_page_opening_on_story_text_keeps_it(tmp_path: Path) -> None:
    front = """<p class="c2"><span class="c0">Nobody on the point believed in ghosts.</span></p>
<p class="c2"><span class="c0">By Thursday, everybody did.</span></p>"""
    manuscript = read(tmp_path, "point.html", DOCS.format(body=front + STORY))
    text = said(manuscript)
    assert "Nobody on the point believed in ghosts." in text
    assert "By Thursday, everybody did." in text


# ---------------------------------------------------------------- Word's web page with notes

def _word_note(n: int, text: str) -> str:
    return (
        f'<div id=ftn{n}>\n<p class=MsoFootnoteText><a href="#_ftnref{n}" name="_ftn{n}" '
        f'title=""><span class=MsoFootnoteReference><span class=MsoFootnoteReference>'
        f"<span lang=EN-GB style='font-size:10.0pt'>[{n}]</span></span></span></a> {text}</p>\n"
        "</div>\n"
    )


def _word_ref(n: int) -> str:
    return (
        f'<a href="#_ftn{n}" name="_ftnref{n}" title=""><span class=MsoFootnoteReference>'
        f"<span class=MsoFootnoteReference><span lang=EN-GB style='font-size:12.0pt'>[{n}]"
        "</span></span></span></a>"
    )


WORD_NOTES = f"""<html><head>
<meta http-equiv=Content-Type content="text/html; charset=windows-1252">
<meta name=Generator content="Microsoft Word 15 (filtered)">
<title>The Canal Company</title></head>
<body lang=EN-GB link="#0563C1" vlink="#954F72" style='word-wrap:break-word'>
<div class=WordSection1>
<h1>Chapter One</h1>
<p class=MsoNormal>The canal was cut in 1794, under an Act of Parliament.{_word_ref(1)} The \
engineer was a Scot.</p>
<p class=MsoNormal>The locks were built of local stone,{_word_ref(2)} and the cottages of brick. \
By 1800 the company paid eight per cent.{_word_ref(3)}</p>
<h1>Chapter Two</h1>
<p class=MsoNormal>The railway came in 1846.</p>
</div>
<div><br clear=all>
<hr align=left size=1 width="33%">
{_word_note(1, "The Act received the royal assent in March.")}\
{_word_note(2, "A gritstone from the company&#8217;s own quarry.")}\
{_word_note(3, "Minute book of the proprietors, June 1800.")}</div>
</body></html>
"""


def test_a_word_web_pages_footnotes_are_each_their_own_note() -> None:
    found = read_html(WORD_NOTES)
    assert sorted(found.notes.values()) == [
        "A gritstone from the company’s own quarry.",
        "Minute book of the proprietors, June 1800.",
        "The Act received the royal assent in March.",
    ]
    body = [p.text for _, paragraphs in found.chapters for p in paragraphs]
    assert not any("gritstone" in text or "Minute book" in text for text in body)


def test_a_note_of_two_paragraphs_stays_one_note() -> None:
    # one note whose second paragraph has no anchor of its own: one note, not a section
    page = WORD_NOTES.replace(
        "Minute book of the proprietors, June 1800.</p>",
        "Minute book of the proprietors, June 1800.</p>\n<p class=MsoFootnoteText>See also "
        "the letter book.</p>",
    )
    found = read_html(page)
    assert len(found.notes) == 3
    assert any(
        "Minute book" in text and "See also the letter book." in text
        for text in found.notes.values()
    )
