"""Sweep 16 (wordhtml): HTML that word processors write. Word's bullets ("·", "o", and
the Wingdings "§" said "section") are not read; Word's and LibreOffice's title page and
contents are the credits, not a first chapter, and LibreOffice's empty `<title>` does
not name the book after its file; Google Docs comments ("[a]" / `#cmnt1`) are neither
read nor taken for notes; a Google Docs "Web page (zipped)" download is read."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from audiobook.errors import ManuscriptError
from audiobook.text.readers import file_readers
from audiobook.text.readers.html import read_html

SPACER = "<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp; </span>"


def _word_item(font: str, marker: str, text: str, *, full: bool = False) -> str:
    inner = f"<span style='mso-list:Ignore'>{marker}{SPACER}</span>" if full else (
        f"<span>{marker}{SPACER}</span>"
    )
    run = f"<span style='font-family:{font}'>{inner}</span>"
    if full:
        run = f"<![if !supportLists]>{run}<![endif]>"
    return (
        "<p class=MsoListParagraphCxSpMiddle style='margin-left:.5in;text-indent:-.25in'>"
        f"{run}{text}</p>"
    )


def _word_page(body: str, generator: str = "Microsoft Word 15 (filtered)") -> str:
    return (
        f"<html><head><meta name=Generator content=\"{generator}\"><title>Hives</title>"
        f"</head><body lang=EN-US><div class=WordSection1>{body}</div></body></html>"
    )


def _lines(found) -> list[str]:  # type: ignore[no-untyped-def]
    return [p.text for _, paragraphs in found.chapters for p in paragraphs]


@pytest.mark.parametrize("full", [False, True])
def test_word_bullets_are_not_read(full: bool) -> None:
    body = (
        "<h1>Spring</h1><p class=MsoNormal>In April, look for:</p>"
        + _word_item("Symbol", "&#183;", "Eggs: one to a cell.", full=full)
        + _word_item('"Courier New"', "o", "Check the outer frames too.", full=full)
        + _word_item("Wingdings", "&#167;", "If stores are low, feed syrup.", full=full)
    )
    lines = _lines(read_html(_word_page(body)))
    assert "Eggs: one to a cell." in lines
    assert "Check the outer frames too." in lines
    assert "If stores are low, feed syrup." in lines


def test_word_numbered_items_and_typed_letters_stay() -> None:
    body = (
        "<h1>Spring</h1>"
        + _word_item("Calibri", "1.", "Clean the floor of the hive.", full=True)
        + "<p class=MsoNormal><span style='font-family:\"Courier New\"'>o</span> is the "
        "letter the hive tool is stamped with.</p>"
    )
    lines = _lines(read_html(_word_page(body)))
    assert "1. Clean the floor of the hive." in lines
    assert any(line.startswith("o is the letter") for line in lines)


WORD_FRONT = (
    "<p class=MsoTitle>The Beekeeper's Almanac</p>"
    "<p class=MsoSubtitle>Twelve Months at the Hive</p>"
    "<p class=MsoNormal align=center>by Harriet Okonjo-Reyes</p>"
    "<p class=MsoNormal>&nbsp;</p>"
    "<p class=MsoTocHeading>Contents</p>"
    "<p class=MsoToc1><a href=\"#_Toc1\">Introduction</a></p>"
    "<p class=MsoToc1><a href=\"#_Toc2\">Spring: Waking the Colony</a></p>"
    "<h1><a name=\"_Toc1\">Introduction</a></h1><p class=MsoNormal>I kept my first hive.</p>"
    "<h1><a name=\"_Toc2\">Spring: Waking the Colony</a></h1><p class=MsoNormal>March.</p>"
)


def test_word_title_page_and_contents_are_the_credits() -> None:
    found = read_html(_word_page(WORD_FRONT))
    assert [title for title, _ in found.chapters] == ["Introduction", "Spring: Waking the Colony"]
    assert found.author == "Harriet Okonjo-Reyes"
    kinds = " ".join(o.what for o in found.omitted)
    assert "title page" in kinds and "contents list" in kinds


def test_a_page_not_from_a_word_processor_keeps_its_opening() -> None:
    page = _word_page(WORD_FRONT, generator="Hand-made")
    found = read_html(page)
    assert found.author != "Harriet Okonjo-Reyes"
    heard = _lines(found) + [t or "" for t, _ in found.chapters]
    assert "by Harriet Okonjo-Reyes" in " ".join(heard)


LIBRE = (
    "<html><head><title></title><meta name=\"generator\" content=\"LibreOffice 7.5.9.2 "
    "(Linux)\"/><meta name=\"author\" content=\"Owen Tremayne\"/></head><body lang=\"en-GB\">"
    "<p class=\"title-western\">Tin and Granite</p>"
    "<p class=\"subtitle-western\" align=\"center\">A Cornish Childhood</p>"
    "<p class=\"western\" align=\"center\">Owen Tremayne</p>"
    "<div id=\"Table of Contents1\"><div id=\"Table of Contents1_Head\">"
    "<p class=\"contents-heading-western\">Table of Contents</p></div>"
    "<p class=\"contents-1-western\"><a href=\"#__RefHeading___Toc102\">Chapter 1 – The Count "
    "House</a>\t1</p>"
    "<p class=\"contents-1-western\"><a href=\"#__RefHeading___Toc104\">Chapter 2 – Wheal "
    "Jane</a>\t4</p></div>"
    "<h1 class=\"western\"><a name=\"__RefHeading___Toc102\"></a>Chapter 1 – The Count House</h1>"
    "<p class=\"western\">My grandfather was born in 1911.</p>"
    "<h1 class=\"western\"><a name=\"__RefHeading___Toc104\"></a>Chapter 2 – Wheal Jane</h1>"
    "<p class=\"western\">Wheal Jane closed in 1991.</p></body></html>"
)


def test_libreoffice_title_page_names_the_book_and_its_contents_are_not_read() -> None:
    found = read_html(LIBRE)
    assert found.title == "Tin and Granite"
    assert [t for t, _ in found.chapters] == [
        "Chapter 1 – The Count House", "Chapter 2 – Wheal Jane"
    ]
    assert not any("Table of Contents" in line for line in _lines(found))


def test_libreoffice_without_title_paragraph_keeps_its_first_lines() -> None:
    page = LIBRE.replace('class="title-western"', 'class="western"').replace(
        'class="subtitle-western"', 'class="western"'
    )
    found = read_html(page)
    assert found.title != "Tin and Granite"


GDOCS = (
    "<html><head><title>The Winter Ferry</title></head><body class=\"c9 doc-content\">"
    "<h1 id=\"h.a1\">Chapter One</h1><p class=\"c2\"><span>She knew which window was "
    "cracked</span><sup><a href=\"#cmnt1\" id=\"cmnt_ref1\">[a]</a></sup><span>, and "
    "that the bay froze.</span></p>"
    "<p class=\"c2\"><span>Then the ice came.</span><sup><a href=\"#ftnt1\" "
    "id=\"ftnt_ref1\">[1]</a></sup></p>"
    "<div><p class=\"c3\"><a href=\"#ftnt_ref1\" id=\"ftnt1\">[1]</a><span> In Swedish "
    "folklore, a revenant.</span></p></div>"
    "<div class=\"c12\"><p class=\"c2\"><a href=\"#cmnt_ref1\" id=\"cmnt1\">[a]</a><span>Ada "
    "— is this the same window as in ch 3 of the draft? Check. -- J.</span></p></div>"
    "</body></html>"
)


def test_google_docs_comment_is_neither_read_nor_a_note() -> None:
    found = read_html(GDOCS)
    text = " ".join(_lines(found))
    assert "same window" not in text and "[a]" not in text
    assert not any("same window" in body for body in found.notes.values())
    assert any("comment" in o.what for o in found.omitted)


def test_google_docs_footnote_is_still_a_note() -> None:
    found = read_html(GDOCS)
    assert any("revenant" in body for body in found.notes.values())


def _zip(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def test_google_docs_zipped_web_page_is_read(tmp_path: Path) -> None:
    from audiobook.text.readers.html import read_zipped_page

    book = _zip(tmp_path / "TheWinterFerry.zip", {
        "TheWinterFerry.html": GDOCS.encode(), "images/image1.png": b"\x89PNG\r\n",
    })  # fmt: skip
    assert file_readers()[".zip"] is read_zipped_page
    found = read_zipped_page(book)
    assert found.chapters[0][0] == "Chapter One"
    assert _lines(found)[0].startswith("She knew which window")


def test_a_zip_of_anything_else_is_refused(tmp_path: Path) -> None:
    from audiobook.text.readers.html import read_zipped_page

    two = _zip(tmp_path / "two.zip", {"a.html": b"<p>a</p>", "b.html": b"<p>b</p>"})
    with pytest.raises(ManuscriptError, match="one web page"):
        read_zipped_page(two)
    other = _zip(tmp_path / "draft.zip", {"book.html": b"<p>a</p>", "notes.docx": b"PK"})
    with pytest.raises(ManuscriptError, match="one web page"):
        read_zipped_page(other)


def test_word_title_over_a_typed_chapter_heading_names_no_author() -> None:
    body = (
        "<p class=MsoTitle>The Lock-Keeper's Year</p><p class=MsoNormal>&nbsp;</p>"
        "<p class=MsoNormal align=center><b>Chapter One</b></p>"
        "<p class=MsoNormal>The canal froze in the first week of December.</p>"
        "<p class=MsoNormal align=center><b>Chapter Two</b></p>"
        "<p class=MsoNormal>The coal boats came first.</p>"
    )
    found = read_html(_word_page(body, generator="Microsoft Word 15"))
    assert found.author != "Chapter One"
    assert [t for t, _ in found.chapters] == ["Chapter One", "Chapter Two"]
