"""A book kept as several files (book.toml's list, Leanpub's Book.txt) is read as one book:
every heading of every file is a chapter, a file with no words is no error, the book's
title and author come from a title page or metadata file among them, and its front and
back matter rules see the files together (sweep10's real repositories' layouts)."""

from __future__ import annotations

import pytest

from audiobook.errors import ManuscriptError
from audiobook.text.ingest import locate_book, read_manuscript


def read(path):
    return read_manuscript(locate_book(path))


def titles(book):
    return [c.title for c in book.chapters]


def text_of(book):
    return " ".join(p.text for c in book.chapters for p in c.paragraphs)


def toml(*names: str) -> str:
    return "manuscript = [" + ", ".join(f'"{n}"' for n in names) + "]\n"


# ---------------------------------------------------------------- every heading of a file


def test_a_file_of_several_chapters_keeps_each_of_them(make_book):
    book = read(make_book({
        "book.toml": toml("a.md", "b.md"),
        "a.md": "# Chapter One\n\nThe Mole had been working very hard.\n\n"
                "# Chapter Two\n\nThe Rat sang.\n",
        "b.md": "# Chapter Three\n\nToad drove.\n",
    }))  # fmt: skip
    assert titles(book) == ["Chapter One", "Chapter Two", "Chapter Three"]
    assert [p.text for p in book.chapters[1].paragraphs] == ["The Rat sang."]


def test_an_afterword_at_the_end_of_the_last_file_is_its_own_chapter(make_book):
    book = read(make_book({
        "book.toml": toml("01.md", "02.md"),
        "01.md": "# I. The River Bank\n\nThe Mole had been working very hard.\n",
        "02.md": "# II. The Open Road\n\nToad stared after the motor-car.\n\n"
                 "# Afterword {.unnumbered}\n\nThis edition reproduces two chapters only.\n",
    }))  # fmt: skip
    assert titles(book) == ["I. The River Bank", "II. The Open Road", "Afterword"]


def test_a_files_sections_stay_lines_of_its_chapter(make_book):
    # near miss: "##" under the file's own "#" are its sections, not chapters
    book = read(make_book({
        "book.toml": toml("intro.md", "one.md"),
        "intro.md": "# Introduction\n\nWelcome to the book.\n\n## Purpose of This Book\n\n"
                    "It is a proof of concept.\n",
        "one.md": "# Chapter One\n\nIt began.\n",
    }))  # fmt: skip
    assert titles(book) == ["Introduction", "Chapter One"]
    said = [p.text for p in book.chapters[0].paragraphs]
    assert said == ["Welcome to the book.", "Purpose of This Book", "It is a proof of concept."]


# ---------------------------------------------------------------- files with no words


SE_TITLEPAGE = """<?xml version="1.0" encoding="utf-8"?>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops">
<head><title>Titlepage</title></head>
<body epub:type="frontmatter"><section id="titlepage" epub:type="titlepage">
<img alt="The titlepage for the Standard Ebooks edition of Love Among the Chickens, by P. G.
 Wodehouse" src="../images/titlepage.svg"/>
</section></body></html>
"""
SE_CHAPTER = """<?xml version="1.0" encoding="utf-8"?>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops">
<head><title>Chapter 1</title></head>
<body epub:type="bodymatter"><section id="chapter-1" epub:type="chapter">
<h2 epub:type="title">A Letter with a Postscript</h2>
<p>“A gentleman called to see you when you were out last night, sir,” said Mrs. Medley.</p>
</section></body></html>
"""
SE_COLOPHON = """<?xml version="1.0" encoding="utf-8"?>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops">
<head><title>Colophon</title></head>
<body epub:type="backmatter"><section id="colophon" epub:type="colophon">
<header><h2 epub:type="title">Colophon</h2></header>
<p>This ebook was produced for the<br/>Standard Ebooks project.</p>
<p>You can check for updates at standardebooks.org/ebooks/p-g-wodehouse.</p>
</section></body></html>
"""
SE_IMPRINT = SE_COLOPHON.replace("Colophon", "Imprint").replace('"colophon"', '"imprint"')


def test_an_image_title_page_is_left_out_and_the_book_read(make_book):
    book = read(make_book({
        "book.toml": toml("titlepage.xhtml", "imprint.xhtml", "chapter-1.xhtml",
                          "colophon.xhtml"),
        "titlepage.xhtml": SE_TITLEPAGE, "imprint.xhtml": SE_IMPRINT,
        "chapter-1.xhtml": SE_CHAPTER, "colophon.xhtml": SE_COLOPHON,
    }))  # fmt: skip
    assert titles(book) == ["A Letter with a Postscript"]
    assert (book.title, book.author) == ("Love Among the Chickens", "P. G. Wodehouse")
    left = " ".join(o.what for o in book.omitted)
    assert "titlepage.xhtml" in left and "imprint.xhtml" in left and "colophon.xhtml" in left
    assert "standardebooks" not in text_of(book)


def test_a_part_divider_file_heads_the_chapter_after_it(make_book):
    book = read(make_book({
        "book.toml": toml("prologue.md", "part1.md", "ch1.md", "ch2.md"),
        "prologue.md": "# Prologue {.recto}\n\n“My aunt will be down presently.”\n",
        "part1.md": "# Part 1 {.recto}\n",
        "ch1.md": "# Chapter 1\n\nFramton wondered.\n",
        "ch2.md": "# Chapter 2\n\nThe window stood open.\n",
    }))  # fmt: skip
    assert titles(book) == ["Prologue", "Part 1. Chapter 1", "Chapter 2"]


def test_a_book_of_only_empty_files_is_still_refused(make_book):
    # near miss: nothing at all to read is the refusal it always was
    folder = make_book({"book.toml": toml("a.md", "b.md"), "a.md": "# Part One\n", "b.md": "\n"})
    with pytest.raises(ManuscriptError, match="empty"):
        read(folder)


# ---------------------------------------------------------------- one book, not several


def test_the_title_page_file_gives_title_and_author_and_yaml_titles_name_chapters(make_book):
    book = read(make_book({
        "book.toml": toml("_chapters/00-title.md", "_chapters/01-one-dollar.md",
                          "_chapters/02-madame-sofronie.md"),
        "_chapters/00-title.md": '---\ntitle: "Title Page"\n---\n\nTHE GIFT OF THE MAGI  \n'
            "*and Other Stories*\n\nO. HENRY\n\n<p class=\"copyright\">Text: public domain "
            "(1905). Layout © 2022 Two Owls Press.</p>\n",
        "_chapters/01-one-dollar.md": '---\ntitle: "One Dollar and Eighty-Seven Cents"\n'
            "chapter: 1\n---\n\nOne dollar and eighty-seven cents. That was all.\n",
        "_chapters/02-madame-sofronie.md": '---\ntitle: "Mme. Sofronie"\n---\n\n'
            "Where she stopped the sign read: Hair Goods of All Kinds.\n",
    }, name="novel-chapters"))  # fmt: skip
    assert (book.title, book.author) == ("The Gift of the Magi", "O. Henry")
    assert titles(book) == ["One Dollar and Eighty-Seven Cents", "Mme. Sofronie"]
    assert "Two Owls" not in text_of(book)


def test_an_imprint_first_is_no_title_and_is_left_out(make_book):
    book = read(make_book({
        "book.toml": toml("imprint.xhtml", "chapter-1.xhtml", "colophon.xhtml"),
        "imprint.xhtml": SE_IMPRINT, "chapter-1.xhtml": SE_CHAPTER,
        "colophon.xhtml": SE_COLOPHON,
    }, name="love-among-the-chickens"))  # fmt: skip
    assert book.title == "Love Among The Chickens"  # the folder's name, not "Imprint"
    assert titles(book) == ["A Letter with a Postscript"]


def test_a_long_chapter_file_named_like_a_page_is_read(make_book):
    # near miss: "imprint.md" that is a story's chapter (long, its own heading) is read
    story = "The stamp left its imprint on the wax, and on the clerk. " * 60
    book = read(make_book({
        "book.toml": toml("one.md", "imprint.md"),
        "one.md": "# The Seal\n\nIt began with a letter.\n",
        "imprint.md": f"# The Imprint\n\n{story}\n",
    }))  # fmt: skip
    assert titles(book) == ["The Seal", "The Imprint"]


def test_a_title_every_file_shares_is_the_books(make_book):
    # near miss: a site's <title> on every page names the book, not each chapter
    page = "<html><head><title>The Weir</title></head><body><p>{}</p></body></html>"
    book = read(make_book({
        "book.toml": toml("chapter-one.html", "chapter-two.html"),
        "chapter-one.html": page.format("The river rose in the night."),
        "chapter-two.html": page.format("By morning the mill was gone."),
    }))  # fmt: skip
    assert book.title == "The Weir"
    assert titles(book) == ["Chapter One", "Chapter Two"]


def test_notes_and_tables_of_each_file_stay_their_own(make_book):
    table = "| Year | Pages |\n|---|---|\n| {} | 302 |\n"
    book = read(make_book({
        "book.toml": toml("a.md", "b.md"),
        "a.md": f"# One\n\nThe Mole spoke.[^1]\n\n{table.format(1908)}\n\n"
                f"{table.format(1909)}\n[^1]: Note of the first file.\n",
        "b.md": f"# Two\n\nThe Rat answered.[^1]\n\n{table.format(1910)}\n"
                "[^1]: Note of the second file.\n",
    }))  # fmt: skip
    tables = [o.text for o in book.omitted if o.what.startswith("table")]
    assert [next(y for y in ("1908", "1909", "1910") if y in t) for t in tables] == [
        "1908", "1909", "1910"]
    notes = {o.what: o.text for o in book.omitted if o.what.startswith("note")}
    assert notes == {"note 1 in 'One'": "Note of the first file.",
                     "note 1 in 'Two'": "Note of the second file."}  # fmt: skip


# ---------------------------------------------------------------- Leanpub


def test_a_leanpub_book_is_read_in_book_txt_order_as_markdown(make_book):
    folder = make_book({
        "manuscript/Book.txt": "introduction.txt\nchapter1.txt\n",
        "manuscript/Sample.txt": "chapter1.txt\n",
        "manuscript/introduction.txt": "# Chapter 0 - Introduction\n\n"
            "By [Andrew Rathbun](https://github.com/AndrewRathbun)\n\n{pagebreak}\n\n"
            "A> This book is a proof of concept.\n\nWelcome to the book.\n",
        "manuscript/chapter1.txt": "{sample: true}\n\n# Chapter One\n\n"
            "{width: 90%}\n![](images/cover.jpg)\n\nThis is a paragraph.\n",
        "manuscript/unused.txt": "Never listed.\n",
    }, name="dfir-guide")  # fmt: skip
    book = read(folder)
    assert titles(book) == ["Chapter 0 - Introduction", "Chapter One"]
    said = text_of(book)
    assert "By Andrew Rathbun" in said and "This book is a proof of concept." in said
    assert "{" not in said and "A>" not in said and "#" not in said and "Never" not in said
    assert book.title == "Dfir Guide"
    assert read(folder / "manuscript").title == "Dfir Guide"


def test_a_novel_called_book_txt_is_still_the_manuscript(make_book):
    # near miss: a "book.txt" whose lines are no list of files is the book itself
    folder = make_book({"book.txt": "CHAPTER ONE\n\nIt was cold.\n\nchapter1.txt\n"})
    assert "It was cold." in text_of(read(folder))


# ---------------------------------------------------------------- Pandoc's metadata.yaml


def test_pandocs_metadata_file_names_the_book(make_book):
    book = read(make_book({
        "book.toml": toml("meta/metadata.yaml", "chapters/01.md"),
        "meta/metadata.yaml": "---\ntitle: The Wind in the Willows\nauthor:\n"
                              "  - Kenneth Grahame\nlang: en-GB\n...\n",
        "chapters/01.md": "# I. The River Bank\n\nThe Mole had been working very hard.\n",
    }))  # fmt: skip
    assert (book.title, book.author, book.language) == (
        "The Wind in the Willows", "Kenneth Grahame", "en-GB"
    )
    assert titles(book) == ["I. The River Bank"]


def test_a_yaml_file_alone_is_still_no_manuscript(make_book):
    # near miss: only among a book's files is a .yaml its metadata
    folder = make_book({"book.toml": 'manuscript = "metadata.yaml"\n',
                        "metadata.yaml": "title: X\n"})  # fmt: skip
    with pytest.raises(ManuscriptError, match="cannot read"):
        read(folder)


# ---------------------------------------------------------------- pandoc-novel's pages


def test_praise_and_copyright_statement_files_are_left_out(make_book):
    book = read(make_book({
        "book.toml": toml("00 Accolades.md", "03 Copyright statement.md", "Prologue.md"),
        "00 Accolades.md": '# Accolades\n\n"An astonishing feat of literary genius."  \n'
            '**Famous Author**\n\n"The best thing I\'ve ever read."  \n**_Popular Newspaper_**\n',
        "03 Copyright statement.md": "# Copyright statement\n\nCopyright © 2024 Jo Writer.  \n"
            "All rights reserved.\n\nPermission is expressly denied for the use of any part "
            "of this book in connection with training a machine learning system.\n",
        "Prologue.md": "# Prologue\n\n“My aunt will be down presently,” said the niece.\n",
    }))  # fmt: skip
    assert titles(book) == ["Prologue"]
    assert "Permission" not in text_of(book)


def test_a_chapter_called_accolades_is_read(make_book):
    # near miss: a story's chapter of that name, prose and no signed blurbs
    book = read(make_book({
        "book.toml": toml("one.md", "two.md"),
        "one.md": "# Accolades\n\nNobody in the village had ever praised Ada. "
                  "She did not expect them to start now.\n",
        "two.md": "# The Fair\n\nThe fair came in June.\n",
    }))  # fmt: skip
    assert titles(book) == ["Accolades", "The Fair"]


def test_a_book_txt_naming_a_missing_file_says_which(make_book):
    folder = make_book({"manuscript/Book.txt": "intro.txt\nchapter1.txt\n",
                        "manuscript/intro.txt": "# Introduction\n\nHello.\n"})  # fmt: skip
    with pytest.raises(ManuscriptError, match=r"lists 'chapter1\.txt'"):
        read(folder)


def test_text_skip_names_a_listed_file_whatever_its_length(make_book):
    long = "The author thanks everyone who read the drafts. " * 80
    book = read(make_book({
        "book.toml": toml("foreword.md", "one.md") + '[text]\nskip = ["foreword.md"]\n',
        "foreword.md": f"# A Word Before\n\n{long}\n",
        "one.md": "# Chapter One\n\nIt began.\n",
    }))  # fmt: skip
    assert titles(book) == ["Chapter One"]
    assert any(o.what == "foreword.md" for o in book.omitted)


def test_a_pandoc_title_block_file_names_the_book(make_book):
    book = read(make_book({
        "book.toml": toml("meta/title.txt", "chapters/01.md"),
        "meta/title.txt": "% The Wind in the Willows\n% Kenneth Grahame\n",
        "chapters/01.md": "# I. The River Bank\n\nThe Mole had been working very hard.\n",
    }))  # fmt: skip
    assert (book.title, book.author) == ("The Wind in the Willows", "Kenneth Grahame")
    assert "percent" not in text_of(book) and "%" not in text_of(book)


def test_a_chapter_file_called_title_is_read(make_book):
    # near miss: a story's chapter file named "title" that is prose, not a title page
    story = "The deed to the house was lost, and the title with it. " * 30
    book = read(make_book({
        "book.toml": toml("title.md", "two.md"),
        "title.md": f"# The Title\n\n{story}\n",
        "two.md": "# The Heir\n\nHe came in spring.\n",
    }))  # fmt: skip
    assert titles(book) == ["The Title", "The Heir"]


def test_an_epigraph_file_opens_the_chapter_after_it(make_book):
    book = read(make_book({
        "book.toml": toml("06 Epigraph.md", "Prologue.md"),
        "06 Epigraph.md": "_“The first duty of every Starfleet officer is to the truth.”_\n\n"
                          "_— Jean-Luc Picard_\n",
        "Prologue.md": "# Prologue\n\n“My aunt will be down presently,” said the niece.\n",
    }))  # fmt: skip
    assert titles(book) == ["Prologue"]
    assert book.chapters[0].paragraphs[0].text.startswith("“The first duty")


def test_a_short_note_file_is_still_its_own_chapter(make_book):
    # near miss: a short file with no heading that is no epigraph keeps its name
    book = read(make_book({
        "book.toml": toml("disclaimer.md", "one.md"),
        "disclaimer.md": "Every effort has been made to ensure the accuracy of this book.\n",
        "one.md": "# Chapter One\n\nIt began.\n",
    }))  # fmt: skip
    assert titles(book) == ["Disclaimer", "Chapter One"]


def test_a_first_file_that_is_the_whole_novel_names_the_book(make_book):
    # near miss: the novel's own file, its front matter naming title and author, is no part
    book = read(make_book({
        "book.toml": toml("novel.md", "afterword.md"),
        "novel.md": "---\ntitle: The Weir\nauthor: Gwen Ashdown\n---\n\n# Chapter 1\n\n"
                    "The river rose.\n\n# Chapter 2\n\nThe mill was gone.\n",
        "afterword.md": "# Afterword\n\nThis story began as a letter.\n",
    }))  # fmt: skip
    assert (book.title, book.author) == ("The Weir", "Gwen Ashdown")
    assert titles(book) == ["Chapter 1", "Chapter 2", "Afterword"]


def test_a_part_file_over_its_chapters_heads_the_first(make_book):
    book = read(make_book({
        "book.toml": toml("part1.md", "part2.md"),
        "part1.md": "# Part One\n\n## Chapter 1\n\nThe river rose.\n\n## Chapter 2\n\nIt fell.\n",
        "part2.md": "# Part Two\n\n## Chapter 3\n\nThe mill was rebuilt.\n\n"
                    "## Chapter 4\n\nIt stood.\n",
    }))  # fmt: skip
    assert titles(book) == ["Part One. Chapter 1", "Chapter 2", "Part Two. Chapter 3",
                            "Chapter 4"]  # fmt: skip
