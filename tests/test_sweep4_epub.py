"""Sweep 4: commercial and indie EPUBs as Vellum, Sigil and FanFicFare set them, in words
of our own. Each mend has a hit (what a listener now hears) and a near miss (a page that
looks like it and must stay as it was)."""

from __future__ import annotations

import html
from pathlib import Path

from audiobook.models import Manuscript
from audiobook.text.ingest import locate_book, read_manuscript
from epubs import zip_epub
from manuscripts import said

TITLE, AUTHOR = "The Salt Road", "Delia Marchetti"


def _page(title: str, body: str, kind: str | None = None) -> str:
    """One XHTML page as Vellum writes it: the body in a section with its epub:type."""
    typed = f' epub:type="{kind}"' if kind else ""
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html>\n<html xmlns="http://www.w3'
        '.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" lang="en"><head><title>'
        f"{html.escape(title)}</title></head><body><section{typed}>{body}</section></body></html>"
    )


def _paras(*lines: str) -> str:
    return "".join(f"<p>{html.escape(line)}</p>" for line in lines)


Page = tuple[str, str, str, str | None]  # file, contents label ("" for none), body, epub:type


def _epub(path: Path, pages: list[Page], *, title: str = TITLE, author: str = AUTHOR,
          metadata: str = "") -> Path:  # fmt: skip
    """An EPUB 3 with a navigation document listing every labelled page."""
    toc = "".join(f'<li><a href="{n}">{html.escape(label)}</a></li>'
                  for n, label, _, _ in pages if label)  # fmt: skip
    nav = (
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE html><html xmlns="http://www.w3.org/'
        '1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops"><head><title>Contents</title>'
        f'</head><body><nav epub:type="toc" id="toc"><ol>{toc}</ol></nav></body></html>'
    )
    metadata = (
        f"<dc:title>{title}</dc:title><dc:creator>{author}</dc:creator>"
        f"<dc:language>en</dc:language>{metadata}"
        '<meta property="dcterms:modified">2023-05-01T00:00:00Z</meta>'
    )
    documents = {name: _page(label or "x", body, kind) for name, label, body, kind in pages}
    zip_epub(path, metadata, documents, nav)
    return path


def _read(tmp_path: Path, pages: list[Page], **kwargs: str) -> Manuscript:
    return read_manuscript(locate_book(_epub(tmp_path / "book.epub", pages, **kwargs)))


def _titles(book: Manuscript) -> list[str]:
    return [c.title for c in book.chapters]


def _chapter(n: int, title: str | None = None) -> Page:
    title = title or f"Chapter {n}"
    return (f"text/chapter-{n:03d}.xhtml", title, f"<h1>{title}</h1>" + _paras(
        f"The ferry left Port Alder at six, and by the {n}th morning Gemma had stopped "
        "counting the gulls on the fuel dock.",
        "She had missed it by four minutes, which was, her grandmother would have said, "
        "the Russo way.",
    ), "chapter")  # fmt: skip


TITLE_PAGE: Page = ("text/title-page.xhtml", "", '<p class="title">The Salt Road</p>'
                    "<p>A Harbor Sisters Novel</p><p>Delia Marchetti</p>", "titlepage")  # fmt: skip
COPYRIGHT: Page = ("text/copyright.xhtml", "", _paras(
    "Copyright © 2023 by Delia Marchetti", "All rights reserved.",
    "ISBN 978-1-7377123-0-4 (ebook)"), "copyright-page")  # fmt: skip
NOVEL = [TITLE_PAGE, COPYRIGHT, _chapter(1), _chapter(2)]


# ---------------------------------------------------------------- story notes in notes.xhtml

STORY_NOTES = (
    "“The Weight of Gulls”: My brother never kept gulls. He kept pigeons, which is worse.",
    "“Nine Ways to Leave Duluth”: I wrote this in a single night after a friend told me "
    "there were only two.",
)


def test_a_collections_story_notes_in_notes_xhtml_are_read(tmp_path):
    book = _read(tmp_path, [*NOVEL, ("text/notes.xhtml", "Story Notes",
                                     "<h1>Story Notes</h1>" + _paras(*STORY_NOTES), "backmatter")])
    assert _titles(book)[-1] == "Story Notes"
    assert "He kept pigeons, which is worse." in said(book)


def test_notes_on_the_stories_and_an_authors_notes_page_are_read(tmp_path):
    for heading in ("Notes on the Stories", "Author’s Notes", "A Note on the Text"):
        book = _read(tmp_path, [*NOVEL, ("text/notes.xhtml", heading,
                                         f"<h1>{heading}</h1>" + _paras(*STORY_NOTES), None)])
        assert _titles(book)[-1] == heading, heading
        assert "He kept pigeons" in said(book), heading


def test_a_novels_own_chapter_called_notes_is_read(tmp_path):
    notes = ("text/chapter-003.xhtml", "Notes", "<h1>Notes</h1>" + _paras(
        "Mara found the notes in the lining of her father’s coat, folded small, the paper "
        "soft as cloth.",
        "Each one was a list of soundings, and under the last he had written her name."),
        "chapter")  # fmt: skip
    book = _read(tmp_path, [*NOVEL, notes])
    assert _titles(book)[-1] == "Notes"
    assert "written her name" in said(book)


def test_a_real_endnotes_file_stays_left_out(tmp_path):
    numbered = ("text/notes.xhtml", "Notes", "<h1>Notes</h1>" + _paras(
        "1. See the harbour master’s log for 1887, held at the county archive.",
        "2. The name appears in three spellings in the parish register.",
        "3. Ibid., p. 44."), None)  # fmt: skip
    linked = ("text/notes.xhtml", "Story Notes", "<h1>Story Notes</h1>" + "".join(
        f'<p id="n{i}"><a href="chapter-001.xhtml#r{i}">{i}</a> {text}</p>'
        for i, text in enumerate(("See the harbour master’s log.", "The name appears in "
                                  "three spellings.", "Ibid., p. 44."), 1)), None)  # fmt: skip
    bare = ("text/notes.xhtml", "Notes", "<h1>Notes</h1>" + _paras(*STORY_NOTES), "backmatter")
    for page in (numbered, linked, bare):
        book = _read(tmp_path, [*NOVEL, page])
        assert _titles(book) == ["Chapter 1", "Chapter 2"], page[1]
        assert "harbour master" not in said(book) and "pigeons" not in said(book)


# ---------------------------------------------------------------- the dedication after praise

PRAISE: Page = ("text/praise.xhtml", "Praise for Delia Marchetti",
                "<h1>Praise for Delia Marchetti</h1>" + _paras(
                    "“A gorgeous, aching page-turner.” —Kirkus Reviews",
                    "“Marchetti writes the sea like no one else.” —Jenna Holt, author of The "
                    "Lighthouse Wife"), "frontmatter")  # fmt: skip
DEDICATION = "For Nonna Rosa, who knew every tide by heart."


def test_the_dedication_after_a_praise_page_and_the_title_pages_is_read(tmp_path):
    for kind in ("dedication", None):
        dedication = ("text/dedication.xhtml", "", _paras(DEDICATION), kind)
        book = _read(tmp_path, [PRAISE, TITLE_PAGE, COPYRIGHT, dedication,
                                _chapter(1), _chapter(2)])  # fmt: skip
        assert _titles(book) == ["Dedication", "Chapter 1", "Chapter 2"], kind
        assert DEDICATION in said(book) and "Kirkus" not in said(book)


def test_a_dedication_page_right_after_the_praise_page_is_its_own(tmp_path):
    dedication = ("text/dedication.xhtml", "", _paras(DEDICATION), "dedication")
    book = _read(tmp_path, [TITLE_PAGE, COPYRIGHT, PRAISE, dedication, _chapter(1)])
    assert _titles(book) == ["Dedication", "Chapter 1"]
    assert "Kirkus" not in said(book)


def test_a_chapter_split_over_two_files_stays_one_chapter(tmp_path):
    rest = ("text/chapter-002a.xhtml", "", _paras(
        "The last letter was never sent. Gemma found it folded inside the lid of the box."),
        "chapter")  # fmt: skip
    plate = ("text/plate.xhtml", "", '<div><img src="p.png" alt=""/></div>', None)
    for pages in ([*NOVEL, rest], [*NOVEL, plate, rest]):
        book = _read(tmp_path, pages)
        assert _titles(book) == ["Chapter 1", "Chapter 2"]
        assert book.chapters[-1].paragraphs[-1].text.endswith("lid of the box.")


# ---------------------------------------------------------------- a picture book's story line

TUNNEL = "Down, down, down went the tunnel."


def _picture_page(inner: str) -> Page:
    return ("text/illus1.xhtml", "", '<div class="fullpage"><img src="tunnel.png" alt="A '
            f'winding tunnel full of jars."/>{inner}</div>', "bodymatter")  # fmt: skip


def test_the_story_line_on_a_full_page_picture_is_read(tmp_path):
    page = _picture_page(f'<p class="caption">{TUNNEL}</p>')
    book = _read(tmp_path, [TITLE_PAGE, _chapter(1), page, _chapter(2)])
    assert book.chapters[0].paragraphs[-1].text == TUNNEL
    assert _titles(book) == ["Chapter 1", "Chapter 2"]


def test_a_real_caption_stays_left_out(tmp_path):
    theodolite = "The theodolite, drawn from Dunmore’s field book."
    for inner in (
        f"<figure><img src='t.png' alt=''/><figcaption>{TUNNEL}</figcaption></figure>",
        f'<div class="figcenter"><img src="t.png" alt=""/><p class="caption">{TUNNEL}</p></div>',
        '<p class="caption">Fig. 3. The tunnel under the oak, looking north.</p>',
        '<p class="caption">The theodolite, drawn from Dunmore’s field book</p>',
    ):
        book = _read(tmp_path, [TITLE_PAGE, _chapter(1), _picture_page(inner), _chapter(2)])
        assert "tunnel" not in said(book) and "theodolite" not in said(book), inner
    inside = ("text/chapter-003.xhtml", "Chapter 3", "<h1>Chapter 3</h1><p>They walked on.</p>"
              f'<div><img src="t.png" alt=""/><p class="caption">{theodolite}</p></div>'
              "<p>Night came.</p>", "chapter")  # fmt: skip
    book = _read(tmp_path, [TITLE_PAGE, _chapter(1), inside])
    assert "theodolite" not in said(book) and "Night came." in said(book)


# ---------------------------------------------------------------- the next book's excerpt

ABOUT: Page = ("text/about.xhtml", "About the Author", "<h1>About the Author</h1>" + _paras(
    "Delia Marchetti lives on the coast of Maine with her husband and a rescue dog named "
    "Biscotti who is afraid of seagulls."), "backmatter")  # fmt: skip
NEXT_BOOK = _paras("Nina Russo had been married for six hours when she realized she had made "
                   "a mistake.", "It was not the man. The man was fine. It was the island.")
STORY = [TITLE_PAGE, COPYRIGHT, *(_chapter(n) for n in range(1, 6))]


def test_the_next_books_chapter_after_a_sneak_peek_page_is_not_read(tmp_path):
    peek = ("text/sneak-peek.xhtml", "Sneak Peek: The Tide Between Us",
            "<h1>Sneak Peek: The Tide Between Us</h1>"
            + _paras("Book 2 of the Harbor Sisters series"), "backmatter")  # fmt: skip
    excerpt = ("text/peek-1.xhtml", "Chapter 1", "<h1>Chapter 1</h1>" + NEXT_BOOK, "chapter")
    for pages in ([*STORY, ABOUT, peek, excerpt], [*STORY, peek, excerpt, ABOUT]):
        book = _read(tmp_path, pages)
        assert _titles(book) == [f"Chapter {n}" for n in range(1, 6)] + ["About the Author"]
        assert "Nina Russo" not in said(book)
        assert any("Nina Russo" in o.text for o in book.omitted)


def test_a_heading_only_read_on_page_and_the_excerpt_after_it_are_not_read(tmp_path):
    head = "Read on for a sneak peek of Book 2, The Tide Between Us!"
    peek = ("text/sneak-peek.xhtml", head, f"<h1>{head}</h1>", "backmatter")
    excerpt = ("text/peek-1.xhtml", "The Tide Between Us — Chapter 1",
               "<h1>The Tide Between Us — Chapter 1</h1>" + NEXT_BOOK, "chapter")  # fmt: skip
    book = _read(tmp_path, [*STORY, ABOUT, peek, excerpt])
    assert _titles(book)[-1] == "About the Author"
    assert "Nina Russo" not in said(book) and "sneak peek" not in said(book)


def test_a_last_chapter_that_mentions_the_sequel_is_read(tmp_path):
    last = ("text/chapter-006.xhtml", "Chapter 6", "<h1>Chapter 6</h1>" + _paras(
        "“There’ll be a sequel,” Gemma said, “Book 2, with the island in it.”",
        "Read on for a sneak peek of the harbour, said the sign on the ferry office."),
        "chapter")  # fmt: skip
    book = _read(tmp_path, [*STORY, last, ABOUT])
    assert _titles(book)[-2:] == ["Chapter 6", "About the Author"]
    assert "There’ll be a sequel" in said(book)


def test_an_excerpt_chapter_early_in_a_novel_ends_nothing(tmp_path):
    diary = ("text/diary.xhtml", "Excerpt: From Mara’s Diary", "<h1>Excerpt: From Mara’s "
             "Diary</h1>" + _paras("June 4. The gulls again."), "chapter")  # fmt: skip
    book = _read(tmp_path, [TITLE_PAGE, _chapter(1), diary, *(_chapter(n) for n in range(2, 6))])
    assert _titles(book)[-4:] == [f"Chapter {n}" for n in range(2, 6)]


# ---------------------------------------------------------------- FanFicFare's contents page

FFF_META = ("<dc:publisher>FanFiction.net</dc:publisher><dc:source>https://www.fanfiction.net"
            "/s/1234567/1/</dc:source><dc:contributor>FanFicFare [https://github.com/JimmXinu/"
            "FanFicFare]</dc:contributor>")  # fmt: skip


def _fff_chapter(n: int, title: str) -> Page:
    return (f"file{n:04d}.xhtml", f"Chapter {n}: {title}", f"<h3>Chapter {n}: {title}</h3>"
            + _paras(f"The road north of Whiterun was frozen hard, and on the {n}th day the "
                     "courier's horse went lame a mile short of the barrow."), None)  # fmt: skip


def test_fanficfares_contents_page_is_not_read(tmp_path):
    chapters = [_fff_chapter(1, "Cold Roads"), _fff_chapter(2, "The Barrow")]
    toc = ("toc_page.xhtml", "", "<div><h3>Table of Contents</h3><p>" + "".join(
        f'<a href="{name}">{label}</a><br/>' for name, label, _, _ in chapters) + "</p></div>",
        None)  # fmt: skip
    book = _read(tmp_path, [toc, *chapters], title="Ashes of the Hollow King",
                 author="wintersedge", metadata=FFF_META)  # fmt: skip
    assert _titles(book) == ["Chapter 1: Cold Roads", "Chapter 2: The Barrow"]
    assert "Table of Contents" not in said(book)


def test_a_short_page_of_links_without_a_contents_label_is_read(tmp_path):
    help_page = ("text/help.xhtml", "Where to Find Help", "<h1>Where to Find Help</h1><p>"
                 '<a href="https://samaritans.org">Samaritans</a><br/><a href="https://mind.org'
                 '.uk">Mind</a><br/><a href="https://shout.org">Shout</a></p>', "backmatter")
    book = _read(tmp_path, [*NOVEL, help_page])
    assert _titles(book)[-1] == "Where to Find Help" and "Samaritans" in said(book)


# ---------------------------------------------------------------- a series page

SERIES: Page = ("xhtml/series.xhtml", "The Meridian Cycle", '<h2 class="series">The Meridian '
                'Cycle</h2><p class="center">Book One: The Copper Tide</p><p class="center">Book '
                'Two: The Salt Road</p><p class="center">Book Three: The Gold Horizon</p>',
                "frontmatter")  # fmt: skip


def test_a_series_page_before_the_title_page_is_not_read(tmp_path):
    book = _read(tmp_path, [SERIES, *NOVEL])
    assert _titles(book) == ["Chapter 1", "Chapter 2"]
    assert "Copper Tide" not in said(book)
    assert any(o.why == "also-by page" and "Copper Tide" in o.text for o in book.omitted)


def test_an_omnibus_part_page_and_a_chapter_opening_on_a_book_line_are_read(tmp_path):
    part = ("xhtml/part1.xhtml", "Book One: The Copper Tide",
            "<h2>Book One</h2><p>The Copper Tide</p>", "part")  # fmt: skip
    ledger = ("xhtml/ledger.xhtml", "The Ledger", "<h2>The Ledger</h2>" + _paras(
        "Book One: accounts of the Port Alder ferry, 1950 to 1961.",
        "Book Two: the letters, which Rosa never meant anyone to read, and which Gemma read "
        "twice before breakfast."), "chapter")  # fmt: skip
    book = _read(tmp_path, [*NOVEL, part, _chapter(3), ledger])
    assert "The Copper Tide" in said(book) and "which Gemma read twice" in said(book)


# ---------------------------------------------------------------- a children's book's back pages

ACTIVITIES: Page = ("Text/activities.xhtml", "Fun Activities!", (
    "<h2>Fun Activities!</h2><h3>Bramble’s Honey Maze</h3><p>Help Bramble find his way to the "
    "honey! Use a pencil to trace the path.</p><h3>Word Search</h3><p>Can you find these "
    "words? HONEY, DOOR, BEAR, OAK, BEES</p><h3>Draw Your Own Door!</h3><p>What would YOUR "
    "magic door look like? Draw it in the box below.</p><h3>Answers</h3><p>Maze: go left, "
    "then right. Word search: see page 48.</p>"), "backmatter")  # fmt: skip
MORE: Page = ("Text/more.xhtml", "More Bramble Bear!", "<h2>Look out for more Bramble Bear "
              "adventures!</h2><p>Bramble Bear and the Snow Giant</p><p>Bramble Bear Goes to "
              "Sea</p>", "backmatter")  # fmt: skip


def test_a_childrens_activities_and_more_books_pages_are_not_read(tmp_path):
    book = _read(tmp_path, [*NOVEL, ACTIVITIES, ABOUT, MORE])
    assert _titles(book) == ["Chapter 1", "Chapter 2", "About the Author"]
    assert "pencil" not in said(book) and "Snow Giant" not in said(book)
    reasons = {o.what: o.why for o in book.omitted}
    assert reasons["Text/activities.xhtml"] == "activities"
    assert reasons["Text/more.xhtml"] == "advertisement"


def test_a_chapter_called_things_to_do_and_a_look_out_line_in_a_story_are_read(tmp_path):
    things = ("Text/things.xhtml", "Things to Do", "<h2>Things to Do</h2>" + _paras(
        "Bramble made a list of things to do before winter, and drew a bear at the bottom of "
        "it so that the list would know whose it was.",
        "Then he lost the pencil, and that was the end of the list."), "chapter")  # fmt: skip
    look = ("Text/look.xhtml", "Look out for more bears!", "<h2>Look out for more bears!</h2>"
            + _paras("The sign on the gate said so, but Bramble was the only bear for miles."),
            "chapter")  # fmt: skip
    book = _read(tmp_path, [*NOVEL, things, look])
    assert _titles(book)[-2:] == ["Things to Do", "Look out for more bears!"]
    assert "lost the pencil" in said(book) and "only bear for miles" in said(book)
