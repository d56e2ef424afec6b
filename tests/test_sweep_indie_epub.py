"""An indie novel as Smashwords' converter and Calibre set it in an EPUB, in words of our
own: the first split file holds the title, the copyright, the retailer's licence ("This
ebook is licensed for your personal enjoyment only …") and a linked "Table of Contents"
the NCX points into; the author's page at the back ends on the author's links and a
request for a review. None of that is read; the story, and story lines that look like
it, are."""

from __future__ import annotations

from pathlib import Path

from audiobook.config import TextPolicy
from audiobook.models import Paragraph
from audiobook.text.ingest import locate_book, read_manuscript
from audiobook.text.matter import drop_matter, is_legal
from audiobook.text.readers.base import ReadText
from epubs import write_epub
from manuscripts import said

TITLE, AUTHOR = "The Lantern Fields", "Maren Oakhurst"

LICENCE = (
    "This ebook is licensed for your personal enjoyment only. It may not be resold or "
    "handed on to anyone else. If you would like to share this book with a friend, please "
    "buy them a copy of their own. If you’re reading this book and did not purchase it, "
    "please go back to your retailer and buy your own copy. Thank you for respecting the "
    "hard work of this author."
)

CONTENTS = (
    '<p class="calibre2"><a id="toc"></a><span class="bold">Table of Contents</span></p>'
    '<p class="calibre6"><a href="index_split_001.html#ch1">Chapter 1</a></p>'
    '<p class="calibre6"><a href="index_split_002.html#ch2">Chapter 2</a></p>'
    '<p class="calibre6"><a href="index_split_002.html#about">About the Author</a></p>'
)

CHAPTERS = [
    ("index_split_001.html", TITLE, (
        '<p class="calibre2" id="ch1"><span class="bold">Chapter 1</span></p>'
        "<p>The fields below the mill had been lit by lanterns every harvest for as long as "
        "anyone in Ashby could remember, and nobody could say who had started it.</p>"
        "<p>Nell carried the first lantern down that year, because her grandmother’s knees "
        "would not take the steps.</p>")),
    ("index_split_002.html", TITLE, (
        '<p class="calibre2" id="ch2"><span class="bold">Chapter 2</span></p>'
        "<p>By the third night the whole village had come down to the fields, and the "
        "lanterns ran from the mill race to the church wall.</p>"
        "<p class=\"calibre8\">THE END</p>"
        '<p class="calibre2" id="about"><span class="bold">About the Author</span></p>'
        "<p>Maren Oakhurst grew up in a mill house in Derbyshire and now writes in a shed "
        "at the bottom of her garden. Find her online:</p>"
        "<p>Twitter: http://twitter.com/marenoakhurst</p>"
        "<p>Website: https://www.marenoakhurst.com/books</p>"
        "<p>Thank you for reading! If you enjoyed this book, please think about leaving a "
        "review with your favourite retailer.</p>")),
]
TOC = [
    ("index_split_000.html#toc", "Table of Contents"),
    ("index_split_001.html#ch1", "Chapter 1"),
    ("index_split_002.html#ch2", "Chapter 2"),
    ("index_split_002.html#about", "About the Author"),
]


def _book(tmp_path: Path, front: str, chapters=CHAPTERS):  # type: ignore[no-untyped-def]
    path = write_epub(tmp_path / "lantern.epub",
                      [("index_split_000.html", TITLE, front), *chapters],
                      TOC, title=TITLE, author=AUTHOR, body_type="")  # fmt: skip
    return read_manuscript(locate_book(path))


def test_a_smashwords_first_split_is_not_read_licence_nor_contents(tmp_path):
    front = (
        f'<p class="calibre2">{TITLE.upper()}</p><p class="calibre4">by {AUTHOR}</p>'
        f"<p>Copyright 2019 {AUTHOR}</p><p>Smashwords Edition</p><p>License Notes</p>"
        f"<p>{LICENCE}</p><p>For my grandmother, who carried the lanterns.</p>{CONTENTS}"
    )
    manuscript = _book(tmp_path, front)
    # the dedication on the same page is read; the title page, the copyright with the
    # licence and the contents list are not
    assert [c.title for c in manuscript.chapters] == ["Dedication", "Chapter 1", "Chapter 2",
                                                      "About the Author"]  # fmt: skip
    assert [p.text for p in manuscript.chapters[0].paragraphs] == [
        "For my grandmother, who carried the lanterns."]  # fmt: skip
    text = said(manuscript)
    for gone in ("LANTERN FIELDS", "by Maren", "Smashwords", "License", "licensed",
                 "share this book", "respecting", "Table of"):  # fmt: skip
        assert gone not in text, gone
    assert manuscript.chapters[1].paragraphs[0].text.startswith("The fields below the mill")
    why = {o.what: o.why for o in manuscript.omitted}
    assert why["index_split_000.html: contents"] == "table of contents"
    assert why["index_split_000.html: title page"] == "title page"
    assert why["copyright page (4 lines)"] == "copyright"


def test_a_contents_list_inside_a_longer_first_page_is_left_out(tmp_path):
    # a foreword on the same page keeps the page from being a copyright page: the list
    # under the NCX's "Table of Contents" anchor goes alone; the foreword is read
    foreword = (
        "<p>A word before we begin. Every autumn for ten years I walked the lantern fields "
        "with a notebook, and this story grew out of the things people told me there, about "
        "the mill, the flood of 1968, and the night the lanterns would not light.</p>"
    )
    front = f"<p>Copyright 2019 {AUTHOR}</p><p>All rights reserved.</p>{foreword * 3}{CONTENTS}"
    manuscript = _book(tmp_path, front)
    titles = [c.title for c in manuscript.chapters]
    assert "Chapter 1" in titles and not any("Contents" in (t or "") for t in titles)
    text = said(manuscript)
    assert "A word before we begin." in text
    assert "Table of Contents" not in text
    chapter = next(c for c in manuscript.chapters if c.title == "Chapter 1")
    assert chapter.paragraphs[0].text.startswith("The fields below the mill")
    assert any(o.what == "index_split_000.html: contents" for o in manuscript.omitted)


def test_story_lines_after_the_contents_list_on_its_page_are_read(tmp_path):
    # a prologue the NCX does not list, set after the list on the same page: read, in
    # order, where only the list's own lines (each naming an entry) are left out
    prologue = (
        "<p>Chapter 1 of the parish history says the lanterns were first lit in 1851.</p>"
        "<p>Nobody in Ashby believes it, and nobody has ever looked it up.</p>"
    )
    manuscript = _book(tmp_path, f"<p>Copyright 2019 {AUTHOR}</p>{CONTENTS}{prologue}")
    text = said(manuscript)
    assert "Chapter 1 of the parish history says" in text
    assert "Nobody in Ashby believes it" in text
    assert text.index("Nobody in Ashby") < text.index("The fields below the mill")
    assert "Table of Contents" not in text
    assert not any(c.title and "Contents" in c.title for c in manuscript.chapters)


def test_the_authors_links_and_review_request_end_the_about_page_unread(tmp_path):
    front = f"<p>Copyright 2019 {AUTHOR}</p><p>Smashwords Edition</p><p>{LICENCE}</p>{CONTENTS}"
    manuscript = _book(tmp_path, front)
    about = manuscript.chapters[-1]
    assert about.title == "About the Author"
    assert [p.text for p in about.paragraphs] == [
        "Maren Oakhurst grew up in a mill house in Derbyshire and now writes in a shed at "
        "the bottom of her garden."
    ]
    text = said(manuscript)
    assert "twitter" not in text and "review" not in text
    assert manuscript.chapters[-2].paragraphs[-1].text == "THE END"


def _kept(*chapters: tuple[str, list[str]]) -> list[tuple[str | None, list[str]]]:
    found = ReadText([(t, [Paragraph(p) for p in ps]) for t, ps in chapters])
    kept, _ = drop_matter(found, TextPolicy())
    return [(t, [p.text for p in ps]) for t, ps in kept.chapters]


def test_a_publishers_about_page_ends_without_the_web_address_and_handle():
    bio = "Maren Oakhurst grew up in a mill house in Derbyshire. She lives in Buxton."
    story = ("Chapter 1", ["The lanterns burned all night. " * 30])
    links = "www.marenoakhurst.example\u2028@maren_o"
    assert _kept(story, ("About the Author", [bio, links]))[-1] == ("About the Author", [bio])
    # a bio whose own sentence gives the address, or tells of reviewing books: read
    own = [bio, "She reviewed books for the Buxton Advertiser for twenty years, and you can "
           "read them all at www.marenoakhurst.example/reviews."]  # fmt: skip
    assert _kept(story, ("About the Author", own))[-1] == ("About the Author", own)


def test_a_story_that_asks_for_a_review_or_gives_a_link_is_read():
    # a chapter of story, not an author's page: its last lines are the story's
    ending = [
        "The reviewer had left the note on the counter: Website: www.ashbymill.com",
        "“Please leave a review,” said the sign over the tea urn, and nobody ever did.",
        "Thank you for reading, she wrote to the bishop, and meant none of it.",
    ]
    chapters = [("Chapter 1", ["The lanterns burned all night. " * 30]), ("Chapter 2", ending)]
    found = ReadText([(t, [Paragraph(p) for p in ps]) for t, ps in chapters])
    kept, omitted = drop_matter(found, TextPolicy())
    assert [p.text for p in kept.chapters[-1][1]] == ending and omitted == []


def test_the_licence_lines_are_a_copyright_pages_but_a_storys_edition_is_not():
    assert is_legal(LICENCE)
    assert is_legal("Smashwords Edition")
    assert is_legal("Smashwords Edition, License Notes")
    assert not is_legal("The Smashwords edition sold eleven copies, most of them to her aunt.")
    assert not is_legal("This book is the only thing I have left of him.")
