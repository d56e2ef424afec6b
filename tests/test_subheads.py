"""A non-fiction book's sub-headings stay inside their chapters in every reader: `##`/h2
sections under `#`/h1 chapters that sit under parts, a chapter's own "Chapter 2 Summary",
Word's Heading 2 sub-heads under Heading 1 chapters, an EPUB chapter page's unlisted h2s;
and a chapter number set before its title with no stop is said with a pause."""

from __future__ import annotations

from pathlib import Path

import docx

from audiobook.build.pipeline import load_book
from audiobook.text.readers.docx import read_docx
from audiobook.text.readers.epub import read_epub
from audiobook.text.readers.html import read_html
from audiobook.text.readers.markdown import read_markdown
from epubs import write_epub


def _titles(found) -> list[str | None]:  # type: ignore[no-untyped-def]
    return [title for title, _ in found.chapters]


def _lines(found, title: str) -> list[str]:  # type: ignore[no-untyped-def]
    return next([p.text for p in paras] for t, paras in found.chapters if t == title)


PARTED = """# Introduction

Most gardeners water too often and too little. This book is about doing less.

# Part I — Soil

# 1 The Living Ground

A handful of soil holds more creatures than there are people in a city.

## 1.1 What Worms Do

They pull leaves down, and they leave tunnels for the roots and the rain.

## Key Points

- Feed the soil, not the plant.

# 2 Mulch

A mulch keeps the ground cool and the weeds down, and it feeds the worms too.

## Choosing a Mulch

Straw for the vegetables, bark for the shrubs.

# Part II — Water

# 3 When to Water

Water at dawn, deeply, and then leave the bed alone for a week.

## Review Questions

1. How deep do the roots of your tomatoes go?
"""


def test_markdown_sections_under_chapters_under_parts_stay_in_their_chapters() -> None:
    found = read_markdown(PARTED)
    assert _titles(found) == [
        "Introduction",
        "Part I — Soil. 1. The Living Ground",
        "2. Mulch",
        "Part II — Water. 3. When to Water",
    ]
    lines = _lines(found, "Part I — Soil. 1. The Living Ground")
    assert "1.1 What Worms Do" in lines and "Key Points" in lines
    assert "Review Questions" in _lines(found, "Part II — Water. 3. When to Water")


def test_markdown_parts_over_their_own_sub_chapters_stay_chapters() -> None:
    # "# Part One" straight over `##` headings: those are the part's chapters
    text = (
        "# Prologue\n\nThe ferry was late.\n\n# Part One\n\n## The Harbour\n\n"
        "Gulls on the wall.\n\n## The Crossing\n\nA grey sea.\n\n"
        "# Epilogue\n\nThe ferry came at last.\n"
    )
    assert _titles(read_markdown(text)) == [
        "Prologue", "Part One. The Harbour", "The Crossing", "Epilogue"
    ]  # fmt: skip


SUMMARY = """# Chapter 1: Night Waking

Waking once or twice a night is normal, and most people do not remember it.

## Review Questions

1. When did you last sleep through?

# Chapter 2: Morning Light

Ten minutes of daylight before breakfast sets the body's clock.

## Chapter 2 Summary

- Light in the morning.
"""


def test_markdown_a_chapters_own_summary_is_not_a_new_chapter(make_book) -> None:
    found = read_markdown(SUMMARY)
    assert _titles(found) == ["Chapter 1: Night Waking", "Chapter 2: Morning Light"]
    assert "Chapter 2 Summary" in _lines(found, "Chapter 2: Morning Light")
    _, _, chapters = load_book(make_book({"book.md": SUMMARY}))
    headings = [s.spoken for c in chapters for s in c.segments if s.kind == "heading"]
    assert not any("Summary" in h for h in headings)


def test_markdown_numbered_chapter_headings_are_said_with_a_pause(make_book) -> None:
    _, _, chapters = load_book(make_book({"book.md": PARTED}))
    spoken = [s.spoken for c in chapters for s in c.segments if s.kind == "heading"]
    assert any(h.startswith("Two. Mulch") for h in spoken)
    assert not any("one The" in h for h in spoken)


def test_markdown_headings_that_start_with_a_quantity_keep_it() -> None:
    text = (
        "# 7 Habits of Tidy Sheds\n\nHang every tool on the wall.\n\n"
        "# 10 Ways to Save Seed\n\nDry the pods on a sunny sill.\n"
    )
    assert _titles(read_markdown(text)) == ["7 Habits of Tidy Sheds", "10 Ways to Save Seed"]


def test_html_sections_under_chapters_under_a_part_stay_in_their_chapters() -> None:
    page = (
        "<html><head><title>Second Acts</title></head><body>"
        "<h1>Preface</h1><p>I spoke to eleven people who changed careers after forty.</p>"
        "<h1>Part One: Leaving</h1>"
        '<h1><span class="header-section-number">1</span> The Baker</h1>'
        "<p>She spent twenty years counting other people's money before she baked.</p>"
        '<h2><span class="header-section-number">1.1</span> The Decision</h2>'
        "<p>A client's joke about spreadsheets did it.</p>"
        '<h2><span class="header-section-number">1.2</span> Lessons</h2>'
        "<p>Save a year of rent first.</p>"
        '<h1><span class="header-section-number">2</span> The Coder</h1>'
        "<p>He was a night nurse for fourteen years.</p></body></html>"
    )
    found = read_html(page)
    assert _titles(found) == ["Preface", "Part One: Leaving. 1. The Baker", "2. The Coder"]
    lines = _lines(found, "Part One: Leaving. 1. The Baker")
    assert "1.1. The Decision" in lines and "1.2. Lessons" in lines


def _word_book(path: Path, parted: bool) -> Path:
    document = docx.Document()
    document.add_paragraph("The Corner Bakery", style="Title")
    if parted:
        document.add_paragraph("Part One", style="Heading 1")
        document.add_paragraph("The Oven", style="Heading 2")
        document.add_paragraph("Buy the oven before the shop.")
        document.add_paragraph("Part Two", style="Heading 1")
        document.add_paragraph("The Counter", style="Heading 2")
        document.add_paragraph("The counter sells the bread.")
        document.save(str(path))
        return path
    document.add_paragraph("Chapter 1: Why Bread?", style="Heading 1")
    document.add_paragraph("A loaf costs pennies to make and sells for pounds.")
    document.add_paragraph("1.1 The Hidden Costs", style="Heading 2")
    document.add_paragraph("Flour is cheap; the rent and the power are not.")
    document.add_paragraph("Key Takeaways", style="Heading 2")
    document.add_paragraph("Count the rent before the flour.")
    document.add_paragraph("Chapter 2: Your Loaves", style="Heading 1")
    document.add_paragraph("Bake four kinds of bread, and bake them well.")
    document.add_paragraph("Worksheet 2.1: Loaf Math", style="Heading 2")
    document.add_paragraph("Flour per loaf: ____")
    document.add_paragraph("Interview: A Baker Speaks", style="Heading 2")
    document.add_paragraph("Start at four in the morning, and never run out of rye.")
    document.add_paragraph("Acknowledgments", style="Heading 1")
    document.add_paragraph("My thanks to the night shift.")
    document.save(str(path))
    return path


def test_word_heading_two_sub_heads_stay_inside_heading_one_chapters(tmp_path: Path) -> None:
    found = read_docx(_word_book(tmp_path / "bakery.docx", parted=False))
    assert _titles(found) == [
        "Chapter 1: Why Bread?", "Chapter 2: Your Loaves", "Acknowledgments"
    ]  # fmt: skip
    assert _lines(found, "Chapter 1: Why Bread?")[1:3] == [
        "1.1 The Hidden Costs", "Flour is cheap; the rent and the power are not."
    ]  # fmt: skip
    lines = _lines(found, "Chapter 2: Your Loaves")
    assert "Worksheet 2.1: Loaf Math" in lines and "Interview: A Baker Speaks" in lines


def test_word_heading_two_under_its_chapter_number_is_the_chapters_title(tmp_path: Path) -> None:
    """Google Docs' "Chapter 1" (Heading 1) over "Ice Out" (Heading 2): one title, as
    before, and a sub-head after the chapter's text is still a line."""
    document = docx.Document()
    for number, title in ((1, "Ice Out"), (2, "The Landing")):
        document.add_paragraph(f"Chapter {number}", style="Heading 1")
        document.add_paragraph(title, style="Heading 2")
        document.add_paragraph("The lake gave up its ice a week late that spring.")
        document.add_paragraph("What the Water Kept", style="Heading 2")
        document.add_paragraph("A boot, a bottle, and a letter nobody had sent.")
    document.save(str(tmp_path / "lake.docx"))
    found = read_docx(tmp_path / "lake.docx")
    assert _titles(found) == ["Chapter 1. Ice Out", "Chapter 2. The Landing"]
    assert "What the Water Kept" in _lines(found, "Chapter 1. Ice Out")


def test_word_heading_two_chapters_under_heading_one_parts_stay(tmp_path: Path) -> None:
    found = read_docx(_word_book(tmp_path / "parts.docx", parted=True))
    assert _titles(found) == ["Part One. The Oven", "Part Two. The Counter"]


CHAPTER_PAGE = (
    '<section epub:type="chapter"><h1>1</h1><h1>The Debt List</h1>'
    "<p>Write down every debt you have, with its balance and its rate.</p>"
    "<h2>Finding the Papers</h2><p>Start with the statements in the kitchen drawer.</p>"
    "<h2>Chapter Summary</h2><p>List every debt.</p></section>"
)


def test_epub_unlisted_h2s_on_a_listed_chapter_page_are_its_sections(tmp_path: Path) -> None:
    path = write_epub(tmp_path / "money.epub", [
        ("intro.xhtml", "Introduction", "<h1>Introduction</h1><p>Money is quiet.</p>"),
        ("ch01.xhtml", "1. The Debt List", CHAPTER_PAGE),
        ("ch02.xhtml", "2. Paying", "<h1>2</h1><h1>Paying</h1><p>Pay the dearest first.</p>"),
    ])  # fmt: skip
    found = read_epub(path)
    assert _titles(found) == ["Introduction", "1. The Debt List", "2. Paying"]
    lines = _lines(found, "1. The Debt List")
    assert "Finding the Papers" in lines and "Chapter Summary" in lines


def test_epub_one_entry_for_a_page_of_chapters_is_still_divided(tmp_path: Path) -> None:
    # a book kept in one file, its one entry naming the first chapter: the h1s at the
    # first one's level are its chapters
    body = (
        "<h1>1</h1><h1>The Ferry</h1><p>It left at seven.</p>"
        "<h1>2</h1><h1>The Island</h1><p>Gulls everywhere.</p>"
    )
    found = read_epub(write_epub(tmp_path / "one.epub", [("text.xhtml", "1. The Ferry", body)]))
    assert len(found.chapters) == 2


def _pandoc_chapter(n: int, title: str, text: str) -> str:
    """A chapter page as Pandoc writes it with `--number-sections`."""
    return (
        f'<section class="level1" data-number="{n}"><h1 data-number="{n}">'
        f'<span class="header-section-number">{n}</span> {title}</h1><p>{text}</p></section>'
    )


def test_epub_pandoc_numbered_contents_are_said_with_a_pause(make_book) -> None:
    folder = make_book({})
    write_epub(folder / "voyages.epub", [
        ("ch001.xhtml", "1 The First Voyage", _pandoc_chapter(1, "The First Voyage",
                                                             "The ship left with the tide.")),
        ("ch002.xhtml", "2 The Second Voyage", _pandoc_chapter(2, "The Second Voyage",
                                                              "It came home in the rain.")),
    ])  # fmt: skip
    _, _, chapters = load_book(folder)
    spoken = [s.spoken for c in chapters for s in c.segments if s.kind == "heading"]
    assert [h for h in spoken if "Voyage" in h] == [
        "One. The First Voyage.", "Two. The Second Voyage."
    ]  # fmt: skip


def test_a_contents_entry_with_a_separator_is_said_as_number_and_title(tmp_path: Path) -> None:
    """Draft2Digital's contents write "Chapter 1 | Flour Before Dawn" over a page of an h1
    "Chapter 1" and an h2 "Flour Before Dawn": the bar is a stop, never said."""
    body = "<h1>Chapter 1</h1><h2>Flour Before Dawn</h2><p>The alarm went off at four.</p>"
    path = write_epub(tmp_path / "bakery.epub", [("ch1.xhtml", "Chapter 1", body)],
                      [("ch1.xhtml", "Chapter 1 | Flour Before Dawn")])  # fmt: skip
    assert _titles(read_epub(path)) == ["Chapter 1. Flour Before Dawn"]


RECIPES = """# Leek and Potato Soup

Serves 4. A soup for cold nights.

## Ingredients

- 2 leeks, sliced
- 500g potatoes

## Method

1. Soften the leeks in butter.
2. Add the potatoes and simmer.

# Barley Stew

Serves 6.

## Ingredients

- 1 lb beef chuck

## Instructions

1. Brown the beef.
"""


def test_a_recipes_ingredients_and_method_stay_in_the_recipe() -> None:
    # a short "Serves 4" line under each `#` is no epigraph over chapters
    found = read_markdown(RECIPES)
    assert _titles(found) == ["Leek and Potato Soup", "Barley Stew"]
    lines = _lines(found, "Leek and Potato Soup")
    assert lines[:3] == ["Serves 4. A soup for cold nights.", "Ingredients", "2 leeks, sliced"]
    assert "Method" in lines and "Instructions" in _lines(found, "Barley Stew")
    page = (
        "<html><head><title>Soups</title></head><body>"
        "<h1>Leek Soup</h1><p>Serves 4.</p><h2>Ingredients</h2><ul><li>2 leeks</li></ul>"
        "<h2>Method</h2><p>Simmer.</p>"
        "<h1>Pea Soup</h1><p>Serves 2.</p><h2>Ingredients</h2><ul><li>500g peas</li></ul>"
        "<h2>Method</h2><p>Blend.</p></body></html>"
    )
    assert _titles(read_html(page)) == ["Leek Soup", "Pea Soup"]


def test_a_word_recipes_heading_two_ingredients_stay_in_the_recipe(tmp_path: Path) -> None:
    document = docx.Document()
    for title, serves in (("Leek Soup", "Serves 4."), ("Pea Soup", "Serves 2.")):
        document.add_paragraph(title, style="Heading 1")
        document.add_paragraph(serves)
        document.add_paragraph("Ingredients", style="Heading 2")
        document.add_paragraph("2 leeks, sliced")
        document.add_paragraph("Method", style="Heading 2")
        document.add_paragraph("Simmer for twenty minutes.")
    document.save(str(tmp_path / "soups.docx"))
    found = read_docx(tmp_path / "soups.docx")
    assert _titles(found) == ["Leek Soup", "Pea Soup"]
    assert "Ingredients" in _lines(found, "Pea Soup")


def test_named_sections_under_an_epigraph_are_still_chapters() -> None:
    # near miss: a `#` with a line of epigraph over named `##` still groups its chapters
    text = (
        "# Winter\n\nThe year turns.\n\n## The Frozen Mill\n\nIce on the wheel.\n\n"
        "## The Thaw\n\nWater again.\n\n# Spring\n\nGreen at last.\n\n"
        "## The Lambs\n\nTwins in the far field.\n"
    )
    assert _titles(read_markdown(text)) == [
        "Winter", "The Frozen Mill", "The Thaw", "Spring", "The Lambs"
    ]  # fmt: skip
