"""Sweep 3 (struct): chapters, code blocks and scene breaks in modern manuscripts.

A novel's terminal exchange set as an indented "> " block is read, not cut as code; a
Word author's run of empty paragraphs parts scenes; Word chapters titled by a place
and a date on new pages, set like "Prologue", are chapters; an EPUB nav entry
"Chapter 1" over a page headed "1 / The Title" keeps the page one chapter; Google Docs'
Markdown contents list of links to its own headings is left out."""

from __future__ import annotations

from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH

from audiobook.text.readers.docx import read_docx
from audiobook.text.readers.epub import read_epub_with_notes
from audiobook.text.readers.markdown import read_markdown
from epubs import pack_epub


def _texts(read: object) -> list[str]:
    return [p.text for _, ps in read.chapters for p in ps]  # type: ignore[attr-defined]


def _titles(read: object) -> list[str | None]:
    return [t for t, _ in read.chapters]  # type: ignore[attr-defined]


# --- 1. a novel's terminal exchange in an indented block -------------------------------

NOVEL = """# Chapter Three: Turing

Lena typed:

    > who are you

The answer came in 0.003 seconds.

    > I AM WHAT YOU MADE WHEN YOU WERE NOT LOOKING.
    > YOU MAY CALL ME NINE.

"It said that," Kowalski whispered, over her shoulder. Neither of them moved.
"""


def test_prompt_lines_in_a_novel_are_read() -> None:
    read = read_markdown(NOVEL)
    said = "\n".join(_texts(read))
    assert "who are you" in said
    assert "YOU MAY CALL ME NINE." in said
    assert ">" not in said
    assert not read.blocks


def test_prompt_lines_in_a_book_with_code_stay_code() -> None:
    technical = NOVEL + "\nThen she ran the script:\n\n    def greet(name):\n        return name\n"
    read = read_markdown(technical)
    said = "\n".join(_texts(read))
    assert "who are you" not in said
    assert len(read.blocks) == 3


def test_prompt_line_holding_a_command_stays_code() -> None:
    text = "# One\n\nShe typed:\n\n    > SELECT name FROM users;\n\nNothing came back.\n"
    read = read_markdown(text)
    assert "SELECT" not in "\n".join(_texts(read))
    assert read.blocks


# --- 2. empty paragraphs between scenes in Word ------------------------------------------


def _chapter(document, title: str, *, page: bool = True) -> None:  # type: ignore[no-untyped-def]
    paragraph = document.add_paragraph()
    paragraph.paragraph_format.page_break_before = page
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    paragraph.add_run(title).bold = True


def _scenes(path: Path, gap: int, mark: str | None = None) -> Path:
    document = docx.Document()
    _chapter(document, "Chapter One", page=False)
    document.add_paragraph("She walked along the river for a long while, thinking it over.")
    document.add_paragraph("What she finally sent him was a single word: fine.")
    for _ in range(gap):
        document.add_paragraph()
    document.add_paragraph("Morning came. The kettle sang, and the cat demanded breakfast.")
    document.add_paragraph("She did not open the drawer where the letter lay.")
    if mark:
        document.add_paragraph(mark)
    document.add_paragraph("By noon the rain had stopped, and the street dried in patches.")
    _chapter(document, "Chapter Two")
    document.add_paragraph("The second chapter begins here and it is long enough to count.")
    document.add_paragraph("Three weeks later, the phone rang at dawn.")
    document.save(path)
    return path


def _broken(read: object) -> list[str]:
    chapters = read.chapters  # type: ignore[attr-defined]
    return [p.text for _, ps in chapters for p in ps if p.scene_break_before]


def test_two_empty_paragraphs_part_scenes(tmp_path: Path) -> None:
    read = read_docx(_scenes(tmp_path / "a.docx", 2))
    assert _broken(read) == ["Morning came. The kettle sang, and the cat demanded breakfast."]


def test_one_empty_paragraph_is_only_space(tmp_path: Path) -> None:
    assert _broken(read_docx(_scenes(tmp_path / "a.docx", 1))) == []


def test_empty_paragraphs_beside_typed_marks_are_only_space(tmp_path: Path) -> None:
    read = read_docx(_scenes(tmp_path / "a.docx", 2, mark="* * *"))
    assert _broken(read) == ["By noon the rain had stopped, and the street dried in patches."]


# --- 3. chapters titled by a place and a date in Word -------------------------------------


def _datelines(path: Path, titles: list[str], *, same_look: bool = True) -> Path:
    document = docx.Document()
    cover = document.add_paragraph()
    cover.alignment = WD_ALIGN_PARAGRAPH.CENTER
    cover.add_run("THE DATE BOOK").bold = True
    document.add_paragraph("by Lee Park").alignment = WD_ALIGN_PARAGRAPH.CENTER
    for title in titles:
        paragraph = document.add_paragraph()
        paragraph.paragraph_format.page_break_before = True
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = paragraph.add_run(title)
        run.bold = same_look or title in ("Prologue", "Interlude", "Epilogue")
        document.add_paragraph(
            "This is the part of the story that happens here. It rained, and the phone rang,"
            " and nobody answered it for a long time. Later there was coffee."
        )
    document.save(path)
    return path


DATED = [
    "Prologue", "Boston, 2019", "Seoul, March 3, 2020", "Interlude", "Boston, 2021", "Epilogue",
]


def test_dateline_titles_set_like_prologue_are_chapters(tmp_path: Path) -> None:
    assert _titles(read_docx(_datelines(tmp_path / "a.docx", DATED))) == DATED


def test_dateline_lines_set_otherwise_stay_lines(tmp_path: Path) -> None:
    read = read_docx(_datelines(tmp_path / "a.docx", DATED, same_look=False))
    assert _titles(read) == ["Prologue", "Interlude", "Epilogue"]


# --- 4. an EPUB nav entry that words the chapter otherwise ---------------------------------

PAGE = (
    '<?xml version="1.0" encoding="utf-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml" '
    'xmlns:epub="http://www.idpf.org/2007/ops"><head><title>x</title></head><body>{}</body></html>'
)
CH1 = (
    '<h1><span class="num">1</span><br/>The Costly Mistake</h1><p>On the morning of the vote,'
    " the board met in a glass room.</p><h2>Growth Is Not a Strategy</h2><p>Growth is an"
    " outcome.</p><h2>The Rule of Forty</h2><p>Add the growth rate to the margin.</p>"
    "<h2>Key Takeaways</h2><p>Grow on purpose.</p>"
)
CH2 = (
    "<h1><span>2</span><br/>Hiring Fast</h1><p>Hiring is the hardest part.</p>"
    "<h2>The Math</h2><p>It adds up.</p>"
)


def _epub3(path: Path, labels: list[str]) -> Path:
    pages = [("ch01.xhtml", CH1), ("ch02.xhtml", CH2)]
    items = "".join(f'<item id="p{i}" href="{n}" media-type="application/xhtml+xml"/>'
                    for i, (n, _) in enumerate(pages))  # fmt: skip
    spine = "".join(f'<itemref idref="p{i}"/>' for i in range(len(pages)))
    links = "".join(f'<li><a href="{n}">{label}</a></li>'
                    for (n, _), label in zip(pages, labels, strict=True))  # fmt: skip
    nav = PAGE.format(f'<nav epub:type="toc"><ol>{links}</ol></nav>')
    opf = (
        '<?xml version="1.0" encoding="utf-8"?><package xmlns="http://www.idpf.org/2007/opf" '
        'version="3.0" unique-identifier="id"><metadata xmlns:dc="http://purl.org/dc/elements/1.1/">'
        '<dc:title>Scale</dc:title><dc:language>en</dc:language>'
        '<dc:identifier id="id">x</dc:identifier>'
        '</metadata><manifest><item id="nav" href="nav.xhtml" properties="nav" '
        f'media-type="application/xhtml+xml"/>{items}</manifest><spine>{spine}</spine></package>'
    )
    return pack_epub(path, opf, {"nav.xhtml": nav, **{n: PAGE.format(body) for n, body in pages}})


def test_nav_entry_by_number_keeps_the_page_one_chapter(tmp_path: Path) -> None:
    read = read_epub_with_notes(_epub3(tmp_path / "a.epub", ["Chapter 1", "Chapter 2"]))[0]
    assert _titles(read) == ["Chapter 1", "Chapter 2"]
    said = _texts(read)
    assert said[0] == "The Costly Mistake"
    assert "Key Takeaways" in said


def test_nav_entry_naming_no_number_divides_the_page(tmp_path: Path) -> None:
    read = read_epub_with_notes(_epub3(tmp_path / "a.epub", ["Start", "Chapter 2"]))[0]
    assert "Key Takeaways" in _titles(read)


# --- 5. Google Docs' Markdown contents list --------------------------------------------------

GDOCS = """# **THE ORCHARD** {#the-orchard}

*For Grandpa Stan, who grew the best apples in Door County.*

[Chapter One: Homecoming\t1](#chapter-one:-homecoming)

[Chapter Two: The Letter\t14](#chapter-two:-the-letter)

# **Chapter One: Homecoming** {#chapter-one:-homecoming}

The sign at the end of the driveway still said KOWALCZYK ORCHARDS.

# **Chapter Two: The Letter** {#chapter-two:-the-letter}

The letter came on a Tuesday.
"""


def test_links_to_own_headings_are_a_contents_list() -> None:
    read = read_markdown(GDOCS)
    said = "\n".join(_texts(read))
    assert "Homecoming" not in said and "14" not in said
    assert any(o.why == "table of contents" for o in read.omitted)
    assert _titles(read)[-2:] == ["Chapter One: Homecoming", "Chapter Two: The Letter"]


def test_links_to_other_places_are_read() -> None:
    text = (
        "# One\n\nShe kept two bookmarks:\n\n[The Letter](#letter-page)\n\n"
        "[The Orchard Map](#map-page)\n\nNeither was any help.\n"
    )
    said = "\n".join(_texts(read_markdown(text)))
    assert "The Letter" in said and "The Orchard Map" in said


# --- 6. a pull quote set in a paragraph style; a step ending on the next step's number -----


def _pulled(path: Path, quote: str, style: str) -> Path:
    document = docx.Document()
    if style not in [s.name for s in document.styles]:
        document.styles.add_style(style, 1)  # WD_STYLE_TYPE.PARAGRAPH
    document.add_paragraph("Chapter 1: Habits", style="Heading 1")
    document.add_paragraph(
        "The brain learns from the gap between what it expects and what it gets. What is"
        " rewarded is repeated. That is the whole of it, and the rest is detail."
    )
    document.add_paragraph(quote, style=style)
    document.add_paragraph("More text follows here so that the chapter has a body to read.")
    document.save(path)
    return path


def test_pull_quote_style_repeating_the_text_is_left_out(tmp_path: Path) -> None:
    for style in ("Intense Quote", "Pull Quote"):
        read = read_docx(_pulled(tmp_path / "a.docx", "“What is rewarded is repeated.”", style))
        assert "“What is rewarded is repeated.”" not in _texts(read)
        assert any(o.what == "pull quote" for o in read.omitted)


def test_quote_style_with_words_of_its_own_is_read(tmp_path: Path) -> None:
    said = "Habit is a cable; we weave a thread of it each day."
    assert said in _texts(read_docx(_pulled(tmp_path / "a.docx", said, "Intense Quote")))


def test_step_ending_on_the_next_steps_number() -> None:
    from audiobook.text.segment import sentences

    assert sentences("2. Multiply by 3. That is your first target.") == [
        "2. Multiply by 3.", "That is your first target.",
    ]
    assert sentences("1. Buy flour 2. Buy eggs 3. Bake") == [
        "1. Buy flour", "2. Buy eggs", "3. Bake",
    ]  # a list run into one line: cut at its numbers
