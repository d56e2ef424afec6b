"""Web-serial downloads read as HTML: the Archive of Our Own's download, laid out as the
archive sets it (preface, tag list, chapter meta blocks, afterword), in words of our own."""

from __future__ import annotations

from manuscripts import read_audited as read
from manuscripts import said

PREFACE = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN"
  "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en" lang="en">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{title} - saltmarshwriter - Original Work [Archive of Our Own]</title>
<base href="https://archiveofourown.org/" />
</head>
<body>
<div id="main" class="works-download" role="main">
<div id="preface">
  <h2 class="toc-heading">Preface</h2>
  <p class="message">
    <b>{title}</b><br/>
    Posted originally on the <a href="https://archiveofourown.org/">Archive of Our Own</a>
    at <a href="https://archiveofourown.org/works/51000123">https://archiveofourown.org/works/51000123</a>.
  </p>
  <div class="meta">
    <dl class="tags">
      <dt>Rating:</dt>
      <dd><a href="https://archiveofourown.org/tags/Teen">Teen And Up Audiences</a></dd>
      <dt>Archive Warning:</dt>
      <dd><a href="https://archiveofourown.org/tags/None">No Archive Warnings Apply</a></dd>
      <dt>Fandom:</dt>
      <dd><a href="https://archiveofourown.org/tags/Original">Original Work</a></dd>
      <dt>Additional Tags:</dt>
      <dd><a href="#">Lighthouses</a>, <a href="#">Found Family</a></dd>
      <dt>Language:</dt>
      <dd>{language}</dd>
      <dt>Series:</dt>
      <dd>Part 2 of <a href="https://archiveofourown.org/series/77">Salt and Signal</a></dd>
      <dt>Stats:</dt>
      <dd>
        Published: 2024-02-11
        Completed: 2024-03-02
        Words: 1,240
        Chapters: {chapters}
      </dd>
    </dl>
    <h1>{title}</h1>
    <div class="byline">by <a rel="author" href="https://archiveofourown.org/users/saltmarshwriter/pseuds/saltmarshwriter">saltmarshwriter</a></div>
    <p>Summary</p>
    <blockquote class="userstuff">
      <p>A keeper who counts everything meets a storm she cannot count.</p></blockquote>
    <p>Notes</p>
    <blockquote class="userstuff">
      <p>My first finished story in years, so be gentle with me.</p></blockquote>
    <div class="endnote-link">See the end of the work for more <a href="#endnotes">notes</a></div>
    <ul><li>Inspired by <a href="https://archiveofourown.org/works/1">Tide Tables</a>
      by <a href="#">gullwing</a></li></ul>
  </div>
</div>
"""

AFTERWORD = """
<div id="afterword">
  <h2 class="toc-heading">Afterword</h2>
  <div class="meta">
    <div id="endnotes">
      <p>End Notes</p>
      <blockquote class="userstuff">
        <p>A sequel is half written and sitting in my drafts.</p></blockquote>
    </div>
    <dl>
      <dt>Works inspired by this one:</dt>
      <dd><a href="https://archiveofourown.org/works/2">The Foghorn's Answer</a>
        by <a href="#">ternling</a></dd>
    </dl>
  </div>
  <p class="message">Please <a href="https://archiveofourown.org/works/51000123/comments/new"
    >drop by the Archive and comment</a> to let the creator know if you enjoyed their work!</p>
</div>
</div>
</body>
</html>
"""

CHAPTERS = """
<div id="chapters" class="userstuff">
  <div class="meta group">
    <h2 class="heading">Chapter 1: The Count</h2>
    <p>Chapter Summary</p>
    <blockquote class="userstuff"><p>Maud keeps her ledger.</p></blockquote>
    <p>Chapter Notes</p>
    <blockquote class="userstuff">
      <p>The lighthouse is made up, but the ledger is real.</p></blockquote>
    <div class="endnote-link">See the end of the chapter for more
      <a href="#endnotes1">notes</a></div>
  </div>
  <!--chapter content-->
  <div class="userstuff">
    <p>Maud Pellow counted the steps every night: one hundred and twelve, up and down.</p>
    <p>"You'll wear them out with counting," said the relief keeper.</p>
  </div>
  <!--/chapter content-->
  <div class="meta" id="endnotes1">
    <p>Chapter End Notes</p>
    <blockquote class="userstuff"><p>Thanks for every kudo on this one!</p></blockquote>
  </div>
  <div class="meta group">
    <h2 class="heading">Chapter 2: The Storm</h2>
    <p class="byline">Chapter by <a href="#">ternling</a></p>
  </div>
  <div class="userstuff">
    <p>The storm came in from the west with no warning at all.</p>
    <p>Maud stopped counting.</p>
  </div>
</div>
"""

ONE_SHOT = """
<div id="chapters" class="userstuff">
  <div class="userstuff">
    <p>Die Lampe brannte die ganze Nacht, und niemand kam, um sie zu holen.</p>
    <p>Am Morgen war das Meer still.</p>
  </div>
</div>
"""

ARCHIVE = ("Archive of Our Own", "Rating", "Teen And Up", "Lighthouses", "Published",
           "Stats", "Salt and Signal", "See the end", "Summary", "Notes", "Chapter by",
           "inspired", "Foghorn", "drop by the Archive", "Preface", "Afterword")  # fmt: skip
AUTHORS = ("ledger", "storm she cannot count", "gentle", "kudo", "sequel", "Maud keeps")




def test_an_ao3_download_is_read_as_its_chapters_without_the_archives_furniture(tmp_path):
    page = PREFACE.format(title="The Keeper Who Counted", language="English",
                          chapters="2/2") + CHAPTERS + AFTERWORD  # fmt: skip
    manuscript = read(tmp_path, "keeper.html", page)
    assert (manuscript.title, manuscript.author) == ("The Keeper Who Counted", "saltmarshwriter")
    assert [c.title for c in manuscript.chapters] == [
        "Chapter 1: The Count", "Chapter 2: The Storm"
    ]  # fmt: skip
    assert [[p.text for p in c.paragraphs] for c in manuscript.chapters] == [
        ["Maud Pellow counted the steps every night: one hundred and twelve, up and down.",
         "\"You'll wear them out with counting,\" said the relief keeper."],
        ["The storm came in from the west with no warning at all.", "Maud stopped counting."],
    ]  # fmt: skip
    text = said(manuscript)
    assert not [word for word in ARCHIVE + AUTHORS if word in text]
    left_out = "\n".join(o.text for o in manuscript.omitted)
    assert all(word in left_out for word in ARCHIVE + AUTHORS)  # nothing lost silently
    whats = [o.what for o in manuscript.omitted]
    assert "2 summaries" in whats and "4 author's notes" in whats
    assert "the Archive of Our Own header" in whats


def test_a_one_chapter_ao3_work_is_its_title_and_its_text_in_the_works_language(tmp_path):
    page = PREFACE.format(title="Das Leuchtfeuer", language="Deutsch",
                          chapters="1/1") + ONE_SHOT + AFTERWORD  # fmt: skip
    manuscript = read(tmp_path, "leuchtfeuer.html", page)
    assert (manuscript.title, manuscript.author) == ("Das Leuchtfeuer", "saltmarshwriter")
    assert manuscript.language == "de"  # the tag list's, not the archive's `lang="en"`
    assert [[p.text for p in c.paragraphs] for c in manuscript.chapters] == [
        ["Die Lampe brannte die ganze Nacht, und niemand kam, um sie zu holen.",
         "Am Morgen war das Meer still."],
    ]  # fmt: skip
    text = said(manuscript)
    assert "Rating" not in text and "storm she cannot count" not in text


def test_a_chat_fics_work_skin_classes_are_story_text_in_an_ao3_download(tmp_path):
    story = """
<div id="chapters" class="userstuff">
  <div class="userstuff">
    <p>Maud opened the group chat at midnight.</p>
    <div class="social"><p class="comment">gullwing: is the light still on</p>
    <p class="comment">maud_p: it is always on</p></div>
  </div>
</div>
"""
    page = PREFACE.format(title="Signal", language="English", chapters="1/1") + story + AFTERWORD
    text = said(read(tmp_path, "signal.html", page))
    assert "is the light still on" in text and "it is always on" in text


def test_a_page_that_only_quotes_the_archives_line_is_read_whole(tmp_path):
    page = """<html><head><title>On Archiving</title></head><body>
<div id="preface"><h1>On Archiving</h1>
<p>Every download says "Posted originally on the Archive of Our Own at" and a link.</p>
<p>Summary</p>
<blockquote class="userstuff"><p>I find that line oddly comforting.</p></blockquote>
</div>
<h2>Why it matters</h2>
<p>Fan archives keep stories that would otherwise vanish.</p>
</body></html>"""
    text = said(read(tmp_path, "essay.html", page))
    assert "Posted originally" in text and "oddly comforting" in text and "Summary" in text
