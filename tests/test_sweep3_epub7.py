"""Sweep 9 (Standard Ebooks' own markup): a heading the contents list by its number alone
is read; a note cited by a heading is read; "Scene I" under "Act I" is said; the epigraph
page opens the first chapter without its label; a diary's month is said once; a poem's
numbered parts stay within the poem; a story's part number follows its title; a
dictionary's letter chapters are letters."""

from __future__ import annotations

from pathlib import Path

from audiobook.build.pipeline import load_book
from epubs import write_epub

TEXT = (
    "<p>It was a grey morning when the carpenter came home to his shop and sat down.</p>"
    "<p>He looked at the piece of wood for a long while, and said nothing.</p>"
)
NOTEREF = '<a href="endnotes.xhtml#note-{n}" id="noteref-{n}" epub:type="noteref">{n}</a>'


def _script(path: Path) -> list[tuple[str, list[str]]]:
    """(chapter title, [what is said, heading first]) per chapter, credits left out."""
    _, _, chapters = load_book(path)
    return [
        (ch.title, [s.spoken for s in ch.segments if s.kind != "credits"]) for ch in chapters
    ]


def _said(path: Path) -> list[str]:
    return [line for _, lines in _script(path) for line in lines]


# 1. the contents give the number alone over a heading with the chapter's words


def test_a_heading_with_words_under_a_number_alone_in_the_contents_is_read(
    tmp_path: Path,
) -> None:
    book = write_epub(tmp_path / "wood.epub", [
        ("c1.xhtml", "I", "<h2>I. <span>How it happened that Master Cherry found a piece "
                          "of wood that wept.</span></h2>" + TEXT),
        ("c2.xhtml", "2", "<h2>Chapter 2: The Friend Comes</h2>" + TEXT),
    ])  # fmt: skip
    script = _script(book)
    assert script[0][0] == "I"
    assert script[0][1][:2] == [
        "One.", "How it happened that Master Cherry found a piece of wood that wept."
    ]
    assert script[1][1][:2] == ["Two.", "The Friend Comes"]


def test_a_heading_that_repeats_the_contents_title_or_its_number_is_not_read_again(
    tmp_path: Path,
) -> None:
    book = write_epub(tmp_path / "wood.epub", [
        ("c1.xhtml", "Chapter I: The Wood", "<h2>Chapter I: The Wood</h2>" + TEXT),
        ("c2.xhtml", "The Friend", "<h2>Chapter II. The Friend</h2>" + TEXT),
        ("c3.xhtml", "Chapter 3", "<h2>Chapter Three</h2>" + TEXT),
    ])  # fmt: skip
    said = _said(book)
    assert said.count("It was a grey morning when the carpenter came home to his shop "
                      "and sat down.") == 3  # fmt: skip
    assert [s for s in said if not s.startswith(("It was", "He looked"))] == [
        "Chapter One. The Wood.", "The Friend.", "Chapter Three.",
    ]


# 2. a note cited by a chapter's heading


def _diary(folder: Path, heading: str) -> Path:
    notes = (
        '<section epub:type="endnotes"><h2>Endnotes</h2><ol>'
        '<li id="note-1" epub:type="endnote"><p>The year did not legally begin before the '
        '25th March. <a href="c1.xhtml#noteref-1" epub:type="backlink">↩</a></p></li>'
        '<li id="note-2" epub:type="endnote"><p>Pepys was cut for the stone. '
        '<a href="c1.xhtml#noteref-2" epub:type="backlink">↩</a></p></li></ol></section>'
    )
    folder.mkdir()
    (folder / "book.toml").write_text('manuscript = "diary.epub"\n[notes]\nmode = "inline"\n')
    write_epub(folder / "diary.epub", [
        ("c1.xhtml", "January 1659–1660", f"<h2>{heading}</h2><p>Blessed be God, at the end "
         f"of the last year I was in very good health{NOTEREF.format(n=2)}.</p>"
         "<p>My own private condition very handsome.</p>"),
        ("endnotes.xhtml", "Endnotes", notes),
    ], title="The Diary")  # fmt: skip
    return folder


def test_a_note_cited_by_the_heading_is_read_with_the_first_paragraph(tmp_path: Path) -> None:
    script = _script(_diary(tmp_path / "diary", "January 1659–60" + NOTEREF.format(n=1)))
    assert script[0][1] == [
        "January sixteen fifty-nine to sixteen sixty.",
        "Blessed be God, at the end of the last year I was in very good health.",
        "Note one. The year did not legally begin before the twenty-fifth of March.",
        "Note two. Pepys was cut for the stone.",
        "My own private condition very handsome.",
    ]


def test_a_heading_without_a_note_cites_none(tmp_path: Path) -> None:
    _, manuscript, chapters = load_book(_diary(tmp_path / "diary", "January 1659–60"))
    said = [s.spoken for s in chapters[0].segments]
    assert not any(s.startswith("Note one") for s in said)
    assert "Note two. Pepys was cut for the stone." in said
    assert any(o.what == "note  in the notes" for o in manuscript.omitted)  # cited by none


# 3. a dictionary's letter chapters


def test_a_dictionarys_letter_chapters_are_said_as_letters(tmp_path: Path) -> None:
    pages = [(f"{c.lower()}.xhtml", c, f"<h2>{c}</h2><p>{c} is a letter of some use, "
              "and a word begins with it now and then.</p>") for c in "ABCDLMQVX"]
    headings = [lines[0] for _, lines in _script(write_epub(tmp_path / "d.epub", pages))]
    assert headings == ["A.", "B.", "C.", "D.", "L.", "M.", "Q.", "V.", "X."]


def test_chapters_numbered_in_roman_letters_alone_stay_numbers(tmp_path: Path) -> None:
    pages = [(f"c{n}.xhtml", n, f"<h2>{n}</h2>" + TEXT) for n in ("I", "II", "V", "X", "C")]
    headings = [lines[0] for _, lines in _script(write_epub(tmp_path / "n.epub", pages))]
    assert headings == ["One.", "Two.", "Five.", "Ten.", "One Hundred."]


# 4. a play's first scene under its act


def test_the_first_scene_heading_under_an_act_is_said(tmp_path: Path) -> None:
    act = (
        "<h2>Act I</h2><section><h3>Scene I</h3>" + TEXT + "</section>"
        "<section><h3>Scene II</h3>" + TEXT + "</section>"
    )
    script = _script(write_epub(tmp_path / "play.epub", [("act-1.xhtml", "Act I", act)]))
    lines = script[0][1]
    assert lines[:2] == ["Act One.", "Scene One"]
    assert "Scene Two" in lines


def test_the_printed_number_of_the_contents_chapter_is_not_said_again(tmp_path: Path) -> None:
    page = "<h2>Chapter I</h2>" + TEXT
    script = _script(write_epub(tmp_path / "n.epub", [("c1.xhtml", "The Harbour", page)]))
    assert script[0][1][:2] == [
        "The Harbour.",
        "It was a grey morning when the carpenter came home to his shop and sat down.",
    ]


# 5. the epigraph page


EPIGRAPH = (
    '<section epub:type="epigraph"><blockquote><p>“There are nettles everywhere,<br/>'
    "But smooth green grasses are more common still;<br/>"
    "The blue of heaven is larger than the cloud.”</p><p>E. B. Browning</p>"
    "</blockquote></section>"
)


def test_the_epigraph_page_opens_the_first_chapter_without_its_label(tmp_path: Path) -> None:
    book = write_epub(tmp_path / "e.epub", [
        ("epigraph.xhtml", "Epigraph", EPIGRAPH),
        ("c1.xhtml", "I: A Day at a Time", "<h2>I: A Day at a Time</h2>" + TEXT),
    ])  # fmt: skip
    script = _script(book)
    assert [title for title, _ in script] == ["I: A Day at a Time"]
    lines = script[0][1]
    assert lines[0] == "One. A Day at a Time."
    assert lines[1] == "“There are nettles everywhere,"
    assert "Epigraph." not in lines


def test_a_page_typed_epigraph_with_a_title_of_its_own_stays_a_chapter(tmp_path: Path) -> None:
    book = write_epub(tmp_path / "e.epub", [
        ("epigraph.xhtml", "The Nettles", "<h2>The Nettles</h2>" + EPIGRAPH),
        ("c1.xhtml", "I: A Day at a Time", "<h2>I: A Day at a Time</h2>" + TEXT),
    ])  # fmt: skip
    assert [title for title, _ in _script(book)] == ["The Nettles", "I: A Day at a Time"]


# 6. the contents and the heading write a span of years differently


def test_a_month_whose_heading_shortens_its_years_is_said_once(tmp_path: Path) -> None:
    book = write_epub(tmp_path / "m.epub", [
        ("m1.xhtml", "January 1659–1660", "<h2>January 1659–60</h2>" + TEXT),
    ])  # fmt: skip
    lines = _script(book)[0][1]
    assert lines[0] == "January sixteen fifty-nine to sixteen sixty."
    assert not any("fifty-nine" in line for line in lines[1:])


def test_a_heading_with_other_years_than_its_entry_is_read(tmp_path: Path) -> None:
    book = write_epub(tmp_path / "m.epub", [
        ("m1.xhtml", "January 1659–1660", "<h2>January 1661–62</h2>" + TEXT),
    ])  # fmt: skip
    assert _script(book)[0][1][1] == "January sixteen sixty-one to sixty-two"


# 7. a long poem's numbered parts


def _poem(parts: list[str], parent: str = "Song of Myself") -> tuple[str, list]:
    body = f"<section><h2>{parent}</h2>" + "".join(
        f'<section id="p{n}"><h3>{n}</h3><p>I celebrate myself, and sing myself, part {n}.'
        "<br/>And what I assume you shall assume.</p></section>"
        for n in parts
    ) + "</section>"
    from ebooklib import epub

    toc = [(epub.Link("song.xhtml", parent, "s"),
            [epub.Link(f"song.xhtml#p{n}", n, f"p{n}") for n in parts])]  # fmt: skip
    return body, toc


def _nested_epub(path: Path, body: str, toc: list) -> Path:
    from ebooklib import epub

    from epubs import XHTML

    book = epub.EpubBook()
    book.set_identifier(path.stem)
    book.set_title("Leaves")
    book.set_language("en")
    book.add_author("Walt Whitman")
    item = epub.EpubHtml(title="Song", file_name="song.xhtml")
    item.content = XHTML.format(title="Song", body=body, body_type="")
    book.add_item(item)
    other = epub.EpubHtml(title="To Foreign Lands", file_name="lands.xhtml")
    other.content = XHTML.format(title="To Foreign Lands", body="<h2>To Foreign Lands</h2>"
                                 "<p>I heard that you ask’d for something to prove this "
                                 "puzzle the New World.</p>", body_type="")  # fmt: skip
    book.add_item(other)
    book.toc = [epub.Link("lands.xhtml", "To Foreign Lands", "l"), *toc]
    book.add_item(epub.EpubNcx())
    book.add_item(epub.EpubNav())
    book.spine = ["nav", other, item]
    epub.write_epub(str(path), book)
    return path


def test_a_poems_numbered_parts_are_read_within_the_poem(tmp_path: Path) -> None:
    script = _script(_nested_epub(tmp_path / "p.epub", *_poem(["1", "2", "6"])))
    assert [title for title, _ in script] == ["To Foreign Lands", "Song of Myself"]
    lines = script[1][1]
    assert lines[:2] == ["Song of Myself.", "One."]
    assert "Two." in lines and "Six." in lines


def test_a_parts_numbered_chapters_stay_chapters(tmp_path: Path) -> None:
    script = _script(_nested_epub(tmp_path / "p.epub", *_poem(["1", "2"], parent="Part One")))
    assert [title for title, _ in script] == ["To Foreign Lands", "Part One. 1", "2"]


# 8. a story's numbered parts


def test_a_storys_first_part_number_is_said_after_its_title(tmp_path: Path) -> None:
    page = (
        "<h2>A Scandal in Bohemia</h2>"
        '<section epub:type="chapter"><h3 epub:type="ordinal z3998:roman">I</h3>' + TEXT
        + '</section><section epub:type="chapter"><h3 epub:type="ordinal z3998:roman">II'
        "</h3>" + TEXT + "</section>"
    )
    pages = [("scandal.xhtml", "A Scandal in Bohemia", page)]
    script = _script(write_epub(tmp_path / "s.epub", pages))
    assert script[0][0] == "A Scandal in Bohemia"
    assert script[0][1][:2] == ["A Scandal in Bohemia.", "One."]
    assert "Two." in script[0][1]


def test_a_printed_number_over_the_contents_title_still_titles_the_chapter(
    tmp_path: Path,
) -> None:
    page = "<p>1</p><h2>The Ferryman’s Ledger</h2>" + TEXT  # Vellum's number over a title
    script = _script(write_epub(tmp_path / "v.epub", [("c1.xhtml", "The Ferryman’s Ledger",
                                                       page)]))  # fmt: skip
    assert script[0][1][0] == "One. The Ferryman’s Ledger."


# 2b. the same in an HTML book: the heading's mark is never said, its note is read

HTML_BOOK = """<html><head><title>The Lighthouse Letters</title></head><body>
<h2>Chapter One: The Keeper{mark}</h2>
<p>The keeper climbed the stair every evening at six, and lit the lamp.</p>
<p>He wrote to his sister every week.<sup><a href="#fn2" id="r2">2</a></sup></p>
<h2>Chapter Two: The Sister</h2>
<p>His sister kept every letter in a tin box under her bed.</p>
<hr/><div class="footnotes"><ol>
<li id="fn1"><p>The keeper is based on the author's grandfather. <a href="#r1">↩</a></p></li>
<li id="fn2"><p>The letters survive. <a href="#r2">↩</a></p></li></ol></div>
</body></html>"""


def _html(folder: Path, mark: str) -> Path:
    folder.mkdir()
    (folder / "book.html").write_text(HTML_BOOK.format(mark=mark), encoding="utf-8")
    (folder / "book.toml").write_text('manuscript = "book.html"\n[notes]\nmode = "inline"\n')
    return folder


def test_an_html_headings_note_is_read_and_its_mark_not_said(tmp_path: Path) -> None:
    script = _script(_html(tmp_path / "b", '<sup><a href="#fn1" id="r1">1</a></sup>'))
    assert script[0][0] == "Chapter One: The Keeper"
    assert script[0][1][:3] == [
        "Chapter One: The Keeper.",
        "The keeper climbed the stair every evening at six, and lit the lamp.",
        "Note one. The keeper is based on the author's grandfather.",
    ]


def test_an_html_headings_link_that_is_no_note_mark_stays_its_words(tmp_path: Path) -> None:
    script = _script(_html(tmp_path / "b", ' <a href="#fn1">and His Lamp</a>'))
    assert script[0][0] == "Chapter One: The Keeper and His Lamp"
    assert not any(line.startswith("Note one") for line in script[0][1])


def test_a_heading_that_runs_on_from_the_contents_number_is_not_cut(tmp_path: Path) -> None:
    book = write_epub(tmp_path / "w.epub", [
        ("c1.xhtml", "One", "<h2>One Day in June</h2>" + TEXT),
    ])  # fmt: skip
    assert _script(book)[0][1][:2] == [
        "One.",
        "It was a grey morning when the carpenter came home to his shop and sat down.",
    ]


def test_long_chapters_numbered_alone_under_a_named_part_stay_chapters(tmp_path: Path) -> None:
    body, toc = _poem(["1", "2"], parent="The Sea")
    long = " ".join(["The waves came in and went out again along the grey shore."] * 250)
    body = body.replace("And what I assume you shall assume.", long)
    script = _script(_nested_epub(tmp_path / "p.epub", body, toc))
    assert [title for title, _ in script] == ["To Foreign Lands", "The Sea. 1", "2"]


def test_a_headings_number_linked_back_to_the_contents_stays_its_number(tmp_path: Path) -> None:
    script = _script(_html(tmp_path / "b", ' <a href="#fn1" id="anchor-1">II</a>'))
    assert script[0][0] == "Chapter One: The Keeper II"
