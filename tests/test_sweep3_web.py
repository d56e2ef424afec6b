"""Sweep 3, web and word-processor exports, in words of our own: a Google Docs short story
with its title and byline typed as centred paragraphs and no chapter lines. Each with a
near miss that must stay as it was."""

from __future__ import annotations

from pathlib import Path

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
