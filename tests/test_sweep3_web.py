"""Sweep 3, web and word-processor exports, in words of our own: a Google Docs short story
with its title and byline typed as centred paragraphs and no chapter lines; Word's "Save
as Web Page" with several footnotes in `div#ftn1`, `div#ftn2`…; a play's cast list set
as a table (HTML, Markdown, Word); book.toml's `language` written as a three-letter
code; a Markdown file with no `#` headings whose chapters are typed ("CHAPTER I",
"**Chapter 3**"); `<ruby>` readings in an English book; and text messages set as a table
in Word and Markdown. Each with a near miss that must stay as it was."""

from __future__ import annotations

from pathlib import Path

import pytest

from audiobook.config import load_book_config
from audiobook.errors import ConfigError
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


# ---------------------------------------------------------------- a cast list set as a table

PLAY = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>The Lamplighter's Wager</title></head>
<body>
<h1>The Lamplighter's Wager</h1>
<h2>Dramatis Personae</h2>
{table}
<h2>Act I</h2>
<p>NED. Another night, another forty lamps, and not a farthing more for the oil.</p>
<p>SIR JASPER. Pike! I'll lay you a guinea you cannot light the street.</p>
</body></html>
"""

CAST = """<table class="cast">
<tr><td>SIR JASPER HOLLOWAY</td><td>a magistrate, fond of wagers.</td></tr>
<tr><td>NED PIKE</td><td>the parish lamplighter.</td></tr>
<tr><td>KITTY TULLY</td><td>her daughter</td></tr>
<tr><td colspan="2">Watchmen, Drinkers at the Bell.</td></tr>
</table>"""


def test_an_html_cast_list_table_is_read_a_row_a_line(tmp_path: Path) -> None:
    manuscript = read(tmp_path, "play.html", PLAY.format(table=CAST))
    cast = next(c for c in manuscript.chapters if c.title == "Dramatis Personae")
    assert [p.text for p in cast.paragraphs] == [
        "SIR JASPER HOLLOWAY, a magistrate, fond of wagers.",
        "NED PIKE, the parish lamplighter.",
        "KITTY TULLY, her daughter.",
        "Watchmen, Drinkers at the Bell.",
    ]
    assert "A table follows" not in said(manuscript)


def test_a_price_table_in_a_play_keeps_its_mention(tmp_path: Path) -> None:
    prices = """<table>
<tr><td>Oil, per gallon</td><td>3s. 4d.</td></tr>
<tr><td>Wicks, per dozen</td><td>1s.</td></tr>
</table>"""
    manuscript = read(tmp_path, "play.html", PLAY.format(table=prices))
    cast = next(c for c in manuscript.chapters if c.title == "Dramatis Personae")
    assert [p.text for p in cast.paragraphs] == ["A table follows in the book."]


def test_a_headed_table_of_words_keeps_its_mention(tmp_path: Path) -> None:
    headed = CAST.replace(
        '<table class="cast">', '<table class="cast">\n<tr><th>Character</th><th>Who</th></tr>'
    )
    manuscript = read(tmp_path, "play.html", PLAY.format(table=headed))
    assert "A table follows in the book." in said(manuscript)


def test_a_markdown_cast_table_with_an_empty_header_is_read(tmp_path: Path) -> None:
    text = """# The Lamplighter's Wager

## Dramatis Personae

|   |   |
|---|---|
| SIR JASPER HOLLOWAY | a magistrate, fond of wagers. |
| NED PIKE | the parish lamplighter. |

## Act I

NED. Another night, another forty lamps.

| Crop | Pair |
|------|------|
| Carrot | Onion |
| Bean | Sweetcorn |
"""
    manuscript = read(tmp_path, "play.md", text)
    cast = next(c for c in manuscript.chapters if c.title == "Dramatis Personae")
    assert [p.text for p in cast.paragraphs] == [
        "SIR JASPER HOLLOWAY, a magistrate, fond of wagers.",
        "NED PIKE, the parish lamplighter.",
    ]
    act = next(c for c in manuscript.chapters if c.title == "Act I")
    assert act.paragraphs[-1].text == "A table follows in the book."  # a headed table


def test_a_word_cast_table_is_read_and_a_list_of_crops_is_not(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_heading("Dramatis Personae", 1)
    table = document.add_table(rows=0, cols=2)
    for name, role in [("SIR JASPER HOLLOWAY", "a magistrate, fond of wagers."),
                       ("NED PIKE", "the parish lamplighter.")]:  # fmt: skip
        cells = table.add_row().cells
        cells[0].text, cells[1].text = name, role
    document.add_heading("Act I", 1)
    document.add_paragraph("NED. Another night, another forty lamps.")
    table = document.add_table(rows=0, cols=2)
    for crop, pair in [("Carrot", "Onion"), ("Bean", "Sweetcorn")]:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = crop, pair
    document.save(str(tmp_path / "play.docx"))
    from audiobook.build.pipeline import locate_book
    from audiobook.text.ingest import read_manuscript

    manuscript = read_manuscript(locate_book(tmp_path / "play.docx"))
    cast = next(c for c in manuscript.chapters if c.title == "Dramatis Personae")
    assert [p.text for p in cast.paragraphs] == [
        "SIR JASPER HOLLOWAY, a magistrate, fond of wagers.",
        "NED PIKE, the parish lamplighter.",
    ]
    act = next(c for c in manuscript.chapters if c.title == "Act I")
    assert act.paragraphs[-1].text == "A table follows in the book."


# ---------------------------------------------------------------- book.toml's language

def _config(tmp_path: Path, language: str):  # type: ignore[no-untyped-def]
    path = tmp_path / "book.toml"
    path.write_text(f'language = "{language}"\n', encoding="utf-8")
    return load_book_config(path)


@pytest.mark.parametrize(
    ("written", "meant"),
    [("eng", "en"), ("fra", "fr"), ("fre", "fr"), ("deu", "de"), ("ger", "de"),
     ("spa", "es"), ("eng-GB", "en-GB"), ("por_BR", "pt-BR")],
)  # fmt: skip
def test_a_three_letter_language_is_the_two_letter_one(tmp_path, written, meant) -> None:
    assert _config(tmp_path, written).language == meant


@pytest.mark.parametrize("written", ["en", "fr", "pt-BR", "yue"])
def test_two_letter_tags_and_languages_with_none_stay(tmp_path, written) -> None:
    assert _config(tmp_path, written).language == written  # Cantonese has no two-letter code


@pytest.mark.parametrize("written", ["english", "xx", "French"])
def test_no_language_is_refused_in_one_line(tmp_path, written) -> None:
    with pytest.raises(ConfigError) as refused:
        _config(tmp_path, written)
    message = str(refused.value)
    assert "\n" not in message and "language code" in message


def test_an_epub_or_page_language_in_three_letters_is_the_two_letter_one() -> None:
    from audiobook.config import language_code

    assert language_code("fra") == "fr" and language_code("en") == "en"
    page = "<html lang='deu'><body><h1>Eins</h1><p>Es war einmal.</p></body></html>"
    assert read_html(page).language == "de"


# ---------------------------------------------------------------- Markdown with typed headings

RENAMED_TXT = """THE SALT ROAD

A Novel

by Margaret O'Donnell



CHAPTER I

THE LORRY

The lorry left the depot at dawn, when the frost was still on the
windscreen and the gulls had not yet come in from the estuary.

"You'll want your coat," he said at last.


CHAPTER II

THE ATLAS

By nine they were lost. Ruth had the atlas open on her knees.
"""


def test_a_txt_renamed_md_gets_its_chapters_and_credits(tmp_path: Path) -> None:
    manuscript = read(tmp_path, "salt.md", RENAMED_TXT)
    assert [c.title for c in manuscript.chapters] == [
        "CHAPTER I. THE LORRY", "CHAPTER II. THE ATLAS"
    ]
    assert manuscript.title == "The Salt Road"
    assert manuscript.author == "Margaret O'Donnell"
    assert "by Margaret" not in said(manuscript) and "A Novel" not in said(manuscript)
    assert any(o.what.startswith("title page") for o in manuscript.omitted)


def test_bold_chapter_lines_in_markdown_are_chapters(tmp_path: Path) -> None:
    text = """**The Winter Orchard**

by Daniel Reyes

**Chapter 1**

Mara came back to the orchard in the first week of December.

The house smelled of apples and damp wool.<br>
Of woodsmoke, too.

**Chapter 2**

The frost held for eleven days.

* * *

By evening she had found the letters.
"""
    manuscript = read(tmp_path, "orchard.md", text)
    assert [c.title for c in manuscript.chapters] == ["Chapter 1", "Chapter 2"]
    assert (manuscript.title, manuscript.author) == ("The Winter Orchard", "Daniel Reyes")
    first = manuscript.chapters[0].paragraphs
    assert first[1].text == "The house smelled of apples and damp wool.\u2028Of woodsmoke, too."
    assert manuscript.chapters[1].paragraphs[1].scene_break_before


def test_markdown_with_no_chapter_lines_is_read_as_it_stands(tmp_path: Path) -> None:
    text = """The first thing Ruth noticed was the silence. Chapter and verse, her uncle \
would have said.

**Note:** the names in this story have been changed.

Later, she would say that was the night everything began.
"""
    manuscript = read(tmp_path, "silence.md", text)
    assert len(manuscript.chapters) == 1
    assert "Note: the names in this story have been changed." in said(manuscript)


def test_a_chapter_line_under_hash_headings_stays_a_line(tmp_path: Path) -> None:
    text = """# The Salt Road

*by Margaret O'Donnell*

## Chapter One

The lorry left at dawn.

CHAPTER II

That line is quoted from the old manuscript.

## Chapter Two

By nine they were lost.
"""
    manuscript = read(tmp_path, "salt.md", text)
    assert [c.title for c in manuscript.chapters] == ["Chapter One", "Chapter Two"]
    assert "CHAPTER II" in [p.text for p in manuscript.chapters[0].paragraphs]


# ---------------------------------------------------------------- ruby in an English book

RUBY = """<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8"><title>Letters</title></head>
<body><h1>Chapter 1</h1>
<p>{para}</p>
</body></html>
"""

ENGLISH_RUBY = (
    "His friend from Tokyo, Mr. <ruby>田中<rp>(</rp><rt>Tanaka</rt><rp>)</rp></ruby>, wrote "
    "to him about <ruby>漢<rt>kan</rt>字<rt>ji</rt></ruby>, and Father answered in a hand "
    "nobody could read."
)


def test_ruby_readings_in_an_english_book_are_read_for_the_characters(tmp_path: Path) -> None:
    manuscript = read(tmp_path, "letters.html", RUBY.format(lang="en", para=ENGLISH_RUBY))
    text = said(manuscript)
    assert "Mr. Tanaka, wrote to him about kanji, and Father" in text
    assert "田中" not in text and "漢" not in text
    # with no lang given, the English around the characters decides alike
    page = RUBY.format(lang="en", para=ENGLISH_RUBY).replace(' lang="en"', "")
    assert "Mr. Tanaka, wrote" in said(read(tmp_path, "letters.html", page))


def test_ruby_readings_in_an_english_epub_are_read_too(tmp_path: Path) -> None:
    from audiobook.build.pipeline import locate_book
    from audiobook.text.ingest import read_manuscript
    from epubs import write_epub

    body = f"<h1>Chapter 1</h1><p>{ENGLISH_RUBY}</p><p>The reply came in spring.</p>"
    path = write_epub(tmp_path / "letters.epub", [("c1.xhtml", "Chapter 1", body)])
    assert "Mr. Tanaka, wrote to him about kanji" in said(read_manuscript(locate_book(path)))


def test_ruby_in_a_japanese_or_chinese_text_keeps_its_characters(tmp_path: Path) -> None:
    japanese = "<ruby>東京<rt>とうきょう</rt></ruby>に<ruby>行<rt>い</rt></ruby>きました。"
    text = said(read(tmp_path, "ja.html", RUBY.format(lang="ja", para=japanese)))
    assert "東京に行きました。" in text and "とうきょう" not in text
    romaji = "<ruby>東京<rt>Tōkyō</rt></ruby>に行きました。"
    page = RUBY.format(lang="ja", para=romaji)
    assert "東京に行きました" in said(read(tmp_path, "ja.html", page))
    # a Chinese paragraph with pinyin over every character, the page's language not given
    pinyin = "".join(f"<ruby>{h}<rt>{p}</rt></ruby>" for h, p in
                     [("我", "wǒ"), ("们", "men"), ("走", "zǒu"), ("吧", "ba")]) + "。"  # fmt: skip
    page = RUBY.format(lang="en", para=pinyin).replace(' lang="en"', "")
    assert "我们走吧" in said(read(tmp_path, "zh.html", page))


def test_kana_furigana_in_an_english_book_keep_the_characters(tmp_path: Path) -> None:
    para = "The sign over the door said <ruby>漢字<rt>かんじ</rt></ruby>, in white paint."
    text = said(read(tmp_path, "sign.html", RUBY.format(lang="en", para=para)))
    assert "said 漢字, in white paint" in text


# ---------------------------------------------------------------- text messages, Word and Markdown

TEXTS = [
    ("Bex", "are u actually going", "21:04"), ("Nell", "I said I would", "21:05"),
    ("Bex", "its a FUNERAL nell", "21:05"), ("Bex", "for a man u met once", "21:06"),
]  # fmt: skip
SAID = ["Bex: are u actually going", "Nell: I said I would", "Bex: its a FUNERAL nell",
        "Bex: for a man u met once"]  # fmt: skip


def test_markdown_text_messages_are_read_a_message_a_line(tmp_path: Path) -> None:
    rows = "\n".join(f"| **{who}** | {text} | {time} |" for who, text, time in TEXTS)
    text = f"""# Chapter 4

Nell's phone buzzed on the dashboard.

|   |   |   |
|---|---|---|
{rows}

She started the engine.

| Bex | did u leave yet |
|-----|-----------------|
| Nell | on the motorway |
| Bex | text me when ur there |
"""
    manuscript = read(tmp_path, "texts.md", text)
    lines = [p.text for p in manuscript.chapters[0].paragraphs]
    assert lines[1:5] == SAID
    assert lines[6:] == ["Bex: did u leave yet", "Nell: on the motorway",
                         "Bex: text me when ur there"]  # fmt: skip
    stamps = next(o for o in manuscript.omitted if o.what == "4 time stamps")
    assert stamps.text.split("\n") == ["21:04", "21:05", "21:05", "21:06"]


def test_a_markdown_table_with_column_names_stays_a_table(tmp_path: Path) -> None:
    text = """# Chapter 4

| Crop | Partner |
|------|---------|
| Carrot | Onion |
| Bean | Sweetcorn |
| Carrot | Leek |

Her sister sent the messages on, as a table.

| From | Message |
|------|---------|
| Bex | are u actually going |
| Nell | I said I would |
| Bex | its a FUNERAL nell |
"""
    manuscript = read(tmp_path, "garden.md", text)
    lines = [p.text for p in manuscript.chapters[0].paragraphs]
    assert lines == ["A table follows in the book.", "Her sister sent the messages on, as a table.",
                     "A table follows in the book."]  # fmt: skip


def test_word_text_messages_are_read_and_an_agenda_is_not(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_heading("Chapter 4", 1)
    document.add_paragraph("Nell's phone buzzed on the dashboard.")
    table = document.add_table(rows=0, cols=3)
    for row in TEXTS:
        for cell, value in zip(table.add_row().cells, row, strict=True):
            cell.text = value
    document.add_paragraph("She put the phone face down.")
    table = document.add_table(rows=0, cols=3)
    for row in [("9:00", "Mira Holt", "Coffee and a round of introductions"),
                ("9:15", "Colm Reyes", "Where the budget went last year"),
                ("10:30", "Mira Holt", "Picking two goals for spring")]:  # fmt: skip
        for cell, value in zip(table.add_row().cells, row, strict=True):
            cell.text = value
    document.save(str(tmp_path / "texts.docx"))
    from audiobook.build.pipeline import locate_book
    from audiobook.text.ingest import read_manuscript

    manuscript = read_manuscript(locate_book(tmp_path / "texts.docx"))
    lines = [p.text for p in manuscript.chapters[0].paragraphs]
    assert lines == ["Nell's phone buzzed on the dashboard.", *SAID,
                     "She put the phone face down.", "A table follows in the book."]  # fmt: skip
    stamps = next(o for o in manuscript.omitted if o.what == "4 time stamps")
    assert stamps.text.split("\n") == ["21:04", "21:05", "21:05", "21:06"]
