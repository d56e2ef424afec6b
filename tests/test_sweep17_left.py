"""Sweep 17 (left-overs): Pandoc's simple, multiline and grid tables in Markdown (and
plain text), second-level headings set as styled paragraphs, a Word pull quote set by
hand, one typed-bullet pattern for every reader."""

from __future__ import annotations

from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

from audiobook.build.pipeline import load_book
from audiobook.text.readers.base import TYPED_BULLET, split_paragraphs
from audiobook.text.readers.docx import read_docx
from audiobook.text.readers.html import read_html
from audiobook.text.readers.markdown import read_markdown
from audiobook.text.readers.plaintext import find_chapters


def _said(path: Path) -> list[str]:
    _, _, chapters = load_book(path)
    return [s.spoken for c in chapters for s in c.segments]


def _texts(read: object) -> list[str]:
    return [p.text for _, ps in read.chapters for p in ps]  # type: ignore[attr-defined]


# --- 1. Pandoc's simple, multiline and grid tables --------------------------------------

SIMPLE = """# Chapter 1: The Stages

We planned the first week with care.

  Stage   From                To              Km
  ------- ------------------- -------------- -----
  1       St. Jean            Roncesvalles    24.2
  2       Roncesvalles        Larrasoaña      27.4
  3       Larrasoaña          Pamplona        15.9

: The first three stages.

After Pamplona the road climbs again.
"""

RIGHT_ALIGNED = """# Chapter 1: Gear

  Item              Weight (g)
  ---------------- -----------
  Sleeping bag         850
  Rain jacket          310

The pack was light enough.
"""

CAST = """# Chapter 2: Cast

We met many people on the road.

  ------------- -----------------------
  Marta         a baker from Burgos
  Hans          a retired teacher
  Father Luis   the priest at Cizur
  ------------- -----------------------

Then we walked on.
"""

MULTILINE = """# Chapter 1: Gear

-------------------------------------------------------------
 Item       Weight   Notes
----------- -------- ----------------------------------------
 Sleeping   850      A light down bag that packs
 bag                 small.

 Rain       310      Worn most days in
 jacket              Galicia.
-------------------------------------------------------------

The pack was light enough.
"""

GRID = """# Chapter 2: Prices

+---------------+---------------+--------------------+
| Fruit         | Price         | Advantages         |
+===============+===============+====================+
| Bananas       | $1.34         | built-in wrapper   |
|               |               | bright color       |
+---------------+---------------+--------------------+
| Oranges       | $2.10         | cures scurvy       |
+---------------+---------------+--------------------+

Fruit was cheap in the villages.
"""

PIPE = """# Chapter 2: Prices

| Fruit | Price |
|-------|------:|
| Figs  | $0.50 |
| Pears | $0.80 |

That was all.
"""


def _table_rows(read: object) -> list[list[list[str]]]:
    blocks = read.blocks.values()  # type: ignore[attr-defined]
    return [[list(row) for row in rows] for kind, rows in blocks if kind == "table-head"]


def test_a_pandoc_simple_table_in_markdown_is_a_table_not_a_run_on_line() -> None:
    read = read_markdown(SIMPLE)
    assert not any("Roncesvalles" in t for t in _texts(read))
    assert _table_rows(read) == [[["Stage", "From", "To", "Km"],
                                  ["1", "St. Jean", "Roncesvalles", "24.2"],
                                  ["2", "Roncesvalles", "Larrasoaña", "27.4"],
                                  ["3", "Larrasoaña", "Pamplona", "15.9"]]]  # fmt: skip
    assert any("first three stages" in o.text for o in read.omitted)  # its caption
    assert "After Pamplona the road climbs again." in _texts(read)


def test_a_right_aligned_column_and_a_headerless_cast_list(tmp_path: Path) -> None:
    assert _table_rows(read_markdown(RIGHT_ALIGNED))[0][1] == ["Sleeping bag", "850"]
    book = tmp_path / "cast.md"
    book.write_text(CAST, encoding="utf-8")
    said = _said(book)
    assert "Marta, a baker from Burgos." in said  # a cast list: a row a line
    assert "Father Luis, the priest at Cizur." in said


def test_multiline_and_grid_tables_join_a_rows_lines() -> None:
    assert _table_rows(read_markdown(MULTILINE)) == [[
        ["Item", "Weight", "Notes"],
        ["Sleeping bag", "850", "A light down bag that packs small."],
        ["Rain jacket", "310", "Worn most days in Galicia."],
    ]]  # fmt: skip
    assert _table_rows(read_markdown(GRID)) == [[
        ["Fruit", "Price", "Advantages"],
        ["Bananas", "$1.34", "built-in wrapper bright color"],
        ["Oranges", "$2.10", "cures scurvy"],
    ]]  # fmt: skip


def test_plain_text_reads_the_same_tables_a_row_a_line() -> None:
    found = find_chapters("CHAPTER I.\n\n" + GRID.split("\n", 2)[2])
    assert "| Bananas | $1.34 | built-in wrapper bright color |" in "\n".join(
        p.text for _, ps in found.chapters for p in ps
    )


def test_pipe_tables_and_prose_over_a_broken_rule_stay_as_they_were() -> None:
    # near misses: a pipe table is still a table; prose over "-- --" is no header, nor is
    # a line of prose between two broken rules, nor a scene break's dashes
    assert _table_rows(read_markdown(PIPE)) == [[["Fruit", "Price"], ["Figs", "$0.50"],
                                                 ["Pears", "$0.80"]]]  # fmt: skip
    prose = ("# One\n\nShe left at dawn. It was cold and the road was long and wet.\n"
             "-- --\nHe followed her later that day.\n\n---\n\nThe end came.\n")  # fmt: skip
    read = read_markdown(prose)
    assert not _table_rows(read)
    assert any("She left at dawn" in t for t in _texts(read))
    listing = ("# One\n\nThe tool prints:\n\n    Name      Size\n    --------  ----\n"
               "    a.txt     12\n    b.txt     40\n\nThat is all.\n")  # fmt: skip
    assert not _table_rows(read_markdown(listing))  # indented four: a code block's, as before


# --- 2. second-level headings made as styled paragraphs ---------------------------------

def _pages(*parts: tuple[str, str]) -> str:
    paras = "".join(f'<p class="paragraph-style-{c}">{t}</p>' for c, t in parts)
    return f"<html><head><title>Allotment</title></head><body>{paras}</body></html>"


LONG = ("Plot twenty-seven came to me in the first week of January, which is the worst "
        "possible time to take on an allotment and therefore the best.")  # fmt: skip


def test_a_pages_heading_2_under_a_numbered_heading_is_its_title() -> None:
    read = read_html(_pages(("Heading", "Chapter One"), ("Heading-2", "January"), ("Body", LONG),
                            ("Heading-2", "The Bath"), ("Body", "Every allotment has a bath."),
                            ("Heading", "Chapter Two"), ("Heading-2", "February"),
                            ("Body", "In February it rained.")))  # fmt: skip
    titles = [t for t, _ in read.chapters]
    assert titles == ["Chapter One. January", "Chapter Two. February"]
    assert "The Bath" in _texts(read)  # within a chapter: a line of its own


def _gdocs(body: str) -> str:
    style = (".c1{font-weight:400;font-size:11pt}.c8{font-weight:700;font-size:16pt}"
             ".c13{font-weight:700;font-size:14pt}"
             ".c14{font-weight:700;font-size:11pt}")  # fmt: skip
    return (f'<html><head><style type="text/css">{style}</style></head><body>'
            f'<h1>Chapter One</h1><p class="c3"><span class="c1">{LONG}</span></p>{body}'
            "</body></html>")


def test_a_google_docs_bold_14pt_line_under_a_16pt_chapter_is_its_title() -> None:
    read = read_html(_gdocs(
        '<p class="c4"><span class="c8">Chapter Two</span></p>'
        '<p class="c4"><span class="c13">The Thaw</span></p>'
        f'<p class="c3"><span class="c1">{LONG}</span></p>'
    ))  # fmt: skip
    assert [t for t, _ in read.chapters] == ["Chapter One", "Chapter Two. The Thaw"]


def test_bold_lines_that_are_no_sub_headings_stay_paragraphs() -> None:
    # near misses: a bold 14pt line mid-chapter is a line of its own still; a bold line
    # in the body's size, and a bold 14pt sentence, are no sub-headings over a chapter
    read = read_html(_gdocs(
        '<p class="c4"><span class="c8">Chapter Two</span></p>'
        '<p class="c4"><span class="c14">Ten Years Later</span></p>'
        f'<p class="c3"><span class="c1">{LONG}</span></p>'
        '<p class="c4"><span class="c8">Chapter Three</span></p>'
        '<p class="c4"><span class="c13">The ferry did not run that winter.</span></p>'
        f'<p class="c3"><span class="c1">{LONG}</span></p>'
        '<p class="c4"><span class="c13">The Ice Road</span></p>'
        f'<p class="c3"><span class="c1">{LONG}</span></p>'
    ))  # fmt: skip
    assert [t for t, _ in read.chapters] == ["Chapter One", "Chapter Two", "Chapter Three"]
    texts = _texts(read)
    assert {"Ten Years Later", "The ferry did not run that winter.", "The Ice Road"} <= set(texts)


# --- 3. a Word pull quote set by hand --------------------------------------------------

FUND = ("The usual rule is three to six months of essential expenses. If that sounds "
        "impossible, start with $1,000. Then one month. Then three.")  # fmt: skip
QUOTE = "If that sounds impossible, start with $1,000."


def _set_apart(document: object, text: str, *, size: int | None = 18) -> None:
    paragraph = document.add_paragraph()  # type: ignore[attr-defined]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = paragraph.add_run(text)
    run.italic = True
    if size:
        run.font.size = Pt(size)


def test_a_centred_large_italic_paragraph_repeating_its_chapter_is_a_pull_quote(
    tmp_path: Path,
) -> None:
    document = docx.Document()
    document.add_heading("Chapter 1: The Emergency Fund", 1)
    document.add_paragraph(FUND)
    _set_apart(document, QUOTE)
    document.add_paragraph("Keep it in a separate account, out of sight.")
    document.add_heading("Chapter 2: Debt", 1)
    document.add_paragraph("Pay the smallest balance first, or the dearest.")
    document.save(tmp_path / "a.docx")
    read = read_docx(tmp_path / "a.docx")
    assert QUOTE not in _texts(read)
    assert any(o.what == "pull quote" and o.text == QUOTE for o in read.omitted)


def test_set_apart_lines_that_repeat_nothing_in_their_chapter_are_read(tmp_path: Path) -> None:
    # near misses: an epigraph, a centred signature, and a quote set so that repeats a
    # sentence of another chapter only
    epigraph = "Do not save what is left after spending; spend what is left after saving."
    document = docx.Document()
    document.add_heading("Chapter 1: The Emergency Fund", 1)
    _set_apart(document, epigraph, size=None)
    document.add_paragraph(FUND)
    _set_apart(document, "With thanks to my first clients, Anna and Tom Reyes.", size=None)
    document.add_heading("Chapter 2: Debt", 1)
    document.add_paragraph("Pay the smallest balance first, or the dearest.")
    _set_apart(document, QUOTE)
    document.save(tmp_path / "a.docx")
    read = read_docx(tmp_path / "a.docx")
    texts = _texts(read)
    assert {epigraph, QUOTE, "With thanks to my first clients, Anna and Tom Reyes."} <= set(texts)
    assert not any(o.what == "pull quote" for o in read.omitted)


# --- 4. one typed-bullet pattern for every reader -----------------------------------------

BULLETED = ["• Dig out couch grass", "• 3 eggs", "  • Indented item", "•Tight item",
            "• “Find a door,” she wrote"]  # fmt: skip
STRIPPED = ["Dig out couch grass", "3 eggs", "Indented item", "•Tight item",
            "“Find a door,” she wrote"]  # fmt: skip
"""What each reader makes of a bullet typed as text: its mark is not said before a
word, a figure or a quote, indented or not; a mark with no space after it is text."""


def test_plain_text_and_markdown_strip_typed_bullets() -> None:
    text = "\n\n".join(BULLETED)
    assert [p.text for p in split_paragraphs(text)] == STRIPPED
    read = read_markdown("# One\n\n" + text + "\n\nThe end of it.\n")
    assert _texts(read)[:5] == STRIPPED


def test_html_strips_typed_bullets_as_the_text_readers_do() -> None:
    # before a quote too: HTML's own pattern kept "• “Find a door,”" and said "bullet"
    lines = "<br/>".join(BULLETED)
    read = read_html(f"<html><body><h2>One</h2><p>{lines}</p><p>The end.</p></body></html>")
    assert _texts(read)[0].split("\u2028") == STRIPPED


def test_bullets_as_a_scene_break_are_no_typed_bullets() -> None:
    # near misses: "• • •" and "• * •" between scenes are a break's marks in every reader
    for mark in ("• • •", "• * •"):
        text = f"She left at dawn.\n\n{mark}\n\nHe came back at night."
        paragraphs = split_paragraphs(text)
        assert [p.text for p in paragraphs] == ["She left at dawn.", "He came back at night."]
        assert paragraphs[1].scene_break_before
        page = (f"<html><body><h2>One</h2><p>She left at dawn.</p><p>{mark}</p>"
                "<p>He came back at night.</p></body></html>")  # fmt: skip
        assert _texts(read_html(page)) == ["She left at dawn.", "He came back at night."]
    assert TYPED_BULLET.sub(r"\1", "• • •") == "• • •"
