"""Sweep 3 (tables): tables, EPUB endnotes, sub-head numbers.

A cookbook's ingredient table is read a row a line ("All-purpose flour, 2 cups (250 g),
spooned and leveled."), a table of figures keeps its mention; a text-message table's
message of one emoji ("JO | ❤️") is kept for the normalizer to name; an EPUB endnote set
as `<li><aside epub:type="endnote" id>` is linked to its mark."""

from __future__ import annotations

from pathlib import Path

import docx

from audiobook.build.pipeline import load_book
from audiobook.text.normalize import to_spoken
from audiobook.text.readers.docx import read_docx
from audiobook.text.readers.html import read_html
from audiobook.text.readers.markdown import read_markdown
from audiobook.text.readers.plaintext import find_chapters
from epubs import write_epub


def _texts(read: object) -> list[str]:
    return [p.text for _, ps in read.chapters for p in ps]  # type: ignore[attr-defined]


# --- 1. a recipe's ingredient table ----------------------------------------------------

RECIPE = """# Chapter 1: Breakfast

## Sheet-Pan Pancakes

Nobody wants to stand at the stove flipping pancakes while everyone else eats.

### Ingredients

| Ingredient | Amount | Notes |
|---|---|---|
| All-purpose flour | 2 cups (250 g) | spooned and leveled |
| Sugar | 2 tbsp | |
| Milk | 1 1/2 cups (360 ml) | whole or 2% |

### Method

1. Preheat the oven to 425°F (220°C).
"""


def test_markdown_ingredient_table_is_read_a_row_a_line() -> None:
    read = read_markdown(RECIPE)
    said = _texts(read)
    assert "All-purpose flour, 2 cups (250 g), spooned and leveled." in said
    assert "Sugar, 2 tbsp." in said
    assert not read.blocks
    assert not any("Ingredient, Amount" in t for t in said)


def test_markdown_table_under_an_ingredients_heading_is_read() -> None:
    text = RECIPE.replace("| Ingredient | Amount | Notes |", "| Item | How much | |")
    said = _texts(read_markdown(text))
    assert "All-purpose flour, 2 cups (250 g), spooned and leveled." in said


def test_markdown_conversion_chart_keeps_its_mention() -> None:
    chart = "# Charts\n\n| US | Metric |\n|---|---|\n| 1 tsp | 5 ml |\n| 1 cup | 240 ml |\n"
    read = read_markdown(chart)
    assert read.blocks
    assert not any("5 ml" in t for t in _texts(read))
    nutrition = "# Nutrition\n\n| Item | Amount |\n|---|---|\n| Calories | 210 |\n| Fat | 11 g |\n"
    assert read_markdown(nutrition).blocks


def test_html_ingredients_under_a_heading_and_by_header() -> None:
    page = (
        "<html><body><h1>Soups</h1><p>The soup for the end of summer.</p><h3>Ingredients</h3>"
        "<table><tr><td>Ripe tomatoes</td><td>2 lb (900 g)</td></tr>"
        "<tr><td>Olive oil</td><td>3 tbsp</td></tr></table>"
        "<p>Roast them.</p><table><thead><tr><th>Ingredients</th><th>Quantity</th></tr></thead>"
        "<tbody><tr><td>Frozen peas</td><td>1 lb</td></tr><tr><td>Butter</td><td>2 tbsp</td></tr>"
        "</tbody></table><p>Blend.</p>"
        "<h2>Per serving</h2><table><thead><tr><th>Item</th><th>Amount</th></tr></thead>"
        "<tbody><tr><td>Calories</td><td>210</td></tr><tr><td>Fat</td><td>11 g</td></tr>"
        "</tbody></table><p>The end.</p></body></html>"
    )
    read = read_html(page)
    said = _texts(read)
    assert "Ripe tomatoes, 2 lb (900 g)." in said
    assert "Frozen peas, 1 lb." in said
    assert len(read.blocks) == 1  # the nutrition table keeps its mention


def _table(document: docx.document.Document, rows: list[tuple[str, str]]) -> None:
    table = document.add_table(rows=0, cols=2)
    for first, second in rows:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = first, second


def test_docx_ingredients_under_a_bold_label(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_heading("Chapter 1: Breads", 1)
    document.add_paragraph("No yeast, no kneading, on the table in under an hour.")
    document.add_paragraph().add_run("Ingredients").bold = True
    _table(document, [("Plain flour", "450 g"), ("Buttermilk", "400 ml")])
    document.add_paragraph("Oven Temperatures")
    _table(document, [("Gas mark", "Celsius"), ("4", "180"), ("6", "200")])
    document.add_paragraph("That is all.")
    document.save(tmp_path / "a.docx")
    read = read_docx(tmp_path / "a.docx")
    said = _texts(read)
    assert "Plain flour, 450 g." in said
    assert len(read.blocks) == 1


# --- 5. a text message that is one emoji, in a Word table ------------------------------


def test_docx_chat_cell_of_one_emoji_is_kept(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_heading("Chapter 1", 1)
    document.add_paragraph("Later the group chat lit up.")
    _table(document, [("KENDRA", "love u all"), ("JO", "❤️"), ("BEX", "same time next year")])
    document.add_paragraph("None of us went back.")
    document.save(tmp_path / "a.docx")
    said = _texts(read_docx(tmp_path / "a.docx"))
    line = next(t for t in said if t.startswith("JO"))
    assert "heart" in to_spoken(line, "en")


def test_docx_cell_with_nothing_to_say_is_still_passed_over(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_heading("Chapter 1", 1)
    document.add_paragraph("The things we left behind.")
    _table(document, [("KENDRA", "her good scarf"), ("JO", "}"), ("BEX", "a phone charger")])
    document.add_paragraph("None of us went back.")
    document.save(tmp_path / "a.docx")
    said = _texts(read_docx(tmp_path / "a.docx"))
    assert "JO." in said


# --- 3. EPUB endnotes inside <li><aside epub:type="endnote" id> -------------------------


def _noted(folder: Path, entry: str) -> Path:
    folder.mkdir()
    (folder / "book.toml").write_text('manuscript = "b.epub"\n[notes]\nmode = "inline"\n')
    write_epub(folder / "b.epub", [
        ("ch01.xhtml", "Chapter 1", "<h1>Chapter 1</h1><p>By five the valuation had fallen by "
         'most of its worth.<a epub:type="noteref" href="notes.xhtml#n1-1" id="r1-1">'
         "<sup>1</sup></a></p><p>Its founder resigned the same evening.</p>"),
        ("notes.xhtml", "Notes", '<section epub:type="endnotes"><h1>Notes</h1><ol>'
         + entry + "</ol></section>"),
    ], title="The Board")  # fmt: skip
    return folder


NOTE = '<p><a href="ch01.xhtml#r1-1">1.</a> Board minutes, on file with the author.</p>'


def test_an_endnote_aside_inside_a_list_item_is_linked(tmp_path: Path) -> None:
    entry = f'<li><aside epub:type="endnote" id="n1-1">{NOTE}</aside></li>'
    _, manuscript, chapters = load_book(_noted(tmp_path / "b", entry))
    said = [s.spoken for s in chapters[0].segments]
    assert "Note one. Board minutes, on file with the author." in said
    assert not any("no note" in o.why or "no mark" in o.why for o in manuscript.omitted)


def test_an_endnote_on_the_list_item_is_still_linked(tmp_path: Path) -> None:
    entry = f'<li id="n1-1" epub:type="endnote">{NOTE}</li>'
    _, _, chapters = load_book(_noted(tmp_path / "b", entry))
    assert "Note one. Board minutes, on file with the author." in [
        s.spoken for s in chapters[0].segments
    ]


# --- 2. a plain-text table aligned in columns by spaces ---------------------------------

TRAVEL = """THE CAMINO FRANCES

I walked it in the spring. These are the daily stages I walked.

  Stage    From                  To                    km
  -----    ----                  --                    --
  1        St. Jean              Roncesvalles          24.2
  2        Roncesvalles          Zubiri                21.5

The first day is the hardest, and everybody says so.
"""


def _plain(text: str) -> list[str]:
    return [to_spoken(t, "en") for t in _texts(find_chapters(text))]


def test_a_plain_text_column_table_pauses_between_cells() -> None:
    said = "\n".join(_plain(TRAVEL))
    assert "one, Saint Jean, Roncesvalles, twenty-four point two" in said
    assert "Stage, From, To, km" in said
    assert "-" not in said.replace("twenty-", "")


def test_a_rule_that_parts_no_columns_leaves_the_text_alone() -> None:
    text = (
        "THE ROAD\n\nWe set out at dawn and walked until the light failed.\n\n"
        "-----------\n\nThe next morning it rained.  Nobody spoke.\n-- --\n"
        "We walked on all the same, in a long grey line.\n"
    )
    read = find_chapters(text)
    assert not any("|" in t for t in _texts(read))


# --- 4. a sub-head's section number inside a chapter ------------------------------------


def test_a_sub_head_line_says_its_number_as_a_chapter_title_does() -> None:
    assert to_spoken("1.1 What Is Air, Exactly?", "en") == "One point one. What Is Air, Exactly?"
    assert to_spoken("2.2 One Space, One Use", "en").startswith("Two point two. One Space")
    assert to_spoken("2.1 Where it goes", "en").startswith("Two point one. Where")


def test_a_decimal_or_a_clause_opening_a_line_is_no_sub_head() -> None:
    assert to_spoken("1.5 Million Reasons", "en").startswith("one point five Million")
    assert to_spoken("2.5 Kilograms of flour", "en").startswith("two point five Kilograms")
    said = to_spoken("1.1 In the beginning God created the heaven and the earth.", "en")
    assert not said.startswith("One point one.")
    assert to_spoken("The ratio was 2.1 Overall.", "en").startswith("The ratio was two point one")
