"""Non-fiction's blocks as the Markdown, Word and HTML/EPUB readers meet them: numbered
lists keep their numbers ("Steps 1–4 above" needs them), callouts say their label,
figure captions, placeholders and QR codes' captions are listed instead of read, and a
pull quote that repeats the text is said once."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from audiobook.text.readers.docx import read_docx
from audiobook.text.readers.epub import read_epub
from audiobook.text.readers.html import read_html
from audiobook.text.readers.markdown import figure_text_kind, read_markdown
from epubs import write_epub


def _texts(found) -> list[str]:  # type: ignore[no-untyped-def]
    return [p.text for _, paragraphs in found.chapters for p in paragraphs]


def _left_out(found) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {o.what: o.text for o in found.omitted}


# ---------------------------------------------------------------- numbered lists


RECIPE = """# Chapter 1: Bread

Mix the dough the night before.

1. Warm the water.
1. Stir in the yeast.
1. Add the flour.
   - Strong white flour rises best.
   - Wholemeal needs more water.

Leave it overnight. If it has not risen, repeat Steps 1–3 above.

5. Shape the loaf.
6) Bake for forty minutes.

- Butter
- Salt

> [!TIP] Knead less than you think
> Three things to watch:
> 1. The dough springs back.
> 2. It no longer sticks.

# Chapter 2: Buns

The same dough makes buns.
"""


def test_markdown_ordered_lists_keep_their_numbers() -> None:
    texts = _texts(read_markdown(RECIPE))
    assert texts[:5] == [
        "Mix the dough the night before.",
        "1. Warm the water.",
        "2. Stir in the yeast.",  # `1.` `1.` `1.` is shown 1, 2, 3
        "3. Add the flour.",
        "Strong white flour rises best.",  # a bulleted list inside: no word for the bullet
    ]
    assert "5. Shape the loaf." in texts  # a list starting at `5.`
    assert "6. Bake for forty minutes." in texts  # `6)` said as "6."
    assert "Butter" in texts and "Salt" in texts


def test_markdown_list_in_a_callout_is_read_an_item_a_line() -> None:
    texts = _texts(read_markdown(RECIPE))
    start = texts.index("Tip: Knead less than you think")
    assert texts[start + 1 : start + 4] == [
        "Three things to watch:",
        "1. The dough springs back.",
        "2. It no longer sticks.",
    ]


def test_html_ol_keeps_its_numbers_and_its_start() -> None:
    found = read_html(
        "<html><body><h1>Chapter 1: Bread</h1><p>Start the night before.</p>"
        "<ol><li>Warm the water.</li><li><p>Stir in the yeast.</p><ol type=\"a\">"
        "<li>Fresh yeast crumbles.</li></ol></li></ol>"
        '<p>Then, next morning:</p><ol start="3"><li>Add the flour.</li>'
        "<li>Knead it.</li></ol><ul><li>Butter</li></ul>"
        "<h1>Chapter 2: Buns</h1><p>The same dough makes buns.</p></body></html>"
    )
    assert _texts(found)[:7] == [
        "Start the night before.",
        "1. Warm the water.",
        "2. Stir in the yeast.",  # the item's first paragraph takes the number
        "Fresh yeast crumbles.",  # a lettered list: no number said
        "Then, next morning:",
        "3. Add the flour.",
        "4. Knead it.",
    ]
    assert "Butter" in _texts(found)


def _numbered(document, text: str, num_id: int | None = None) -> None:  # type: ignore[no-untyped-def]
    paragraph = document.add_paragraph(text, style="List Number")
    if num_id is not None:  # a list of its own, as Word's "Restart at 1" makes one
        num_pr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
        num_pr.get_or_add_numId().val = num_id
        num_pr.get_or_add_ilvl().val = 0


def _restarted_list(document) -> int:  # type: ignore[no-untyped-def]
    """A new list over "List Number"'s own, restarting at 1: its numId."""
    numbering = document.part.numbering_part.element
    style = document.styles["List Number"].element
    used = style.pPr.numPr.numId.val
    abstract = next(n for n in numbering.num_lst if n.numId == used).abstractNumId.val
    num = numbering.add_num(abstract)
    override = OxmlElement("w:lvlOverride")
    override.set(qn("w:ilvl"), "0")
    start = OxmlElement("w:startOverride")
    start.set(qn("w:val"), "1")
    override.append(start)
    num.append(override)
    return int(num.numId)


def test_word_list_number_paragraphs_keep_their_numbers(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_heading("Chapter 1: Permits", level=1)
    document.add_paragraph("Before you sign anything, check these costs:")
    for item in ("Truck purchase or lease", "Kitchen equipment"):
        document.add_paragraph(item, style="List Bullet")
    document.add_paragraph("Then follow these steps in order:")
    for item in ("Call the health department.", "Find a shared kitchen.", "Book the inspection."):
        _numbered(document, item)
    document.add_paragraph("Steps 1–3 take about a month.")
    document.add_heading("Chapter 2: The Menu", level=1)
    document.add_paragraph("Price each dish:")
    restart = _restarted_list(document)
    for item in ("Add up the ingredients.", "Multiply by three."):
        _numbered(document, item, restart)
    path = tmp_path / "permits.docx"
    document.save(str(path))
    assert _texts(read_docx(path)) == [
        "Before you sign anything, check these costs:",
        "Truck purchase or lease",
        "Kitchen equipment",
        "Then follow these steps in order:",
        "1. Call the health department.",
        "2. Find a shared kitchen.",
        "3. Book the inspection.",
        "Steps 1–3 take about a month.",
        "Price each dish:",
        "1. Add up the ingredients.",
        "2. Multiply by three.",
    ]


# ---------------------------------------------------------------- callouts


def test_callouts_say_their_label() -> None:
    found = read_markdown(
        "# Chapter 1: The 3 a.m. Problem\n\nMost people wake once a night.\n\n"
        "> [!NOTE]\n> A cue can be a time or a place.\n\n"
        "> [!TIP] Measure before you buy\n> Check the light at noon.\n\n"
        "> [!IMPORTANT]\n> Never stop a medication on your own.\n\n"
        "> [!WARNING]- Heavy pots\n> Wet soil is heavy.\n\n"
        "> **Note**\n> Waking at night is normal.\n\n"
        "> [!info] Soil status\n> Checked in March.\n\n"
        "# Chapter 2: Light\n\nGet outside early.\n"
    )
    assert _texts(found) == [
        "Most people wake once a night.",
        "Note.",
        "A cue can be a time or a place.",
        "Tip: Measure before you buy",
        "Check the light at noon.",
        "Important.",
        "Never stop a medication on your own.",
        "Warning: Heavy pots",
        "Wet soil is heavy.",
        "Note.",  # GitHub's older `> **Note**`: its own line, not run into the next
        "Waking at night is normal.",
        "Soil status",  # a kind with no label to say: its title alone, as before
        "Checked in March.",
        "Get outside early.",
    ]


# ---------------------------------------------------------------- figures


def test_markdown_caption_under_a_picture_is_listed_not_read() -> None:
    found = read_markdown(
        "# Chapter 1: Loops\n\nEvery habit has three parts.\n\n"
        "![Figure 1.1: The habit loop](images/loop.png)\n\n"
        "*Figure 1.1: The habit loop. Cue leads to routine leads to reward.*\n\n"
        "As you can see in Figure 1.1, the loop feeds itself.\n\n"
        "![A cross-section](images/pot.png)\n"
        "**Figure 2.1** — A self-watering pot, cut in half.\n\n"
        "**Figure 3.1** — The same pot after a month.\n\n"
        "[INSERT FIGURE 3.2 HERE]\n\n"
        "# Chapter 2: Mornings\n\nStart small.\n"
    )
    assert _texts(found) == [
        "Every habit has three parts.",
        "As you can see in Figure 1.1, the loop feeds itself.",  # running text: read
        "Figure 3.1 — The same pot after a month.",  # no picture above it: read
        "Start small.",
    ]
    assert _left_out(found)["2 figures"].splitlines() == [
        "Figure 1.1: The habit loop. Cue leads to routine leads to reward.",
        "A cross-section: Figure 2.1 — A self-watering pot, cut in half.",
    ]
    assert _left_out(found)["1 figure placeholder"] == "[INSERT FIGURE 3.2 HERE]"


def test_word_captions_and_placeholders_are_listed_not_read(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_heading("Chapter 1: The Truck", level=1)
    document.add_paragraph("A truck is a kitchen on wheels.")
    document.add_paragraph("[INSERT FIGURE 1.2 HERE]")
    document.add_paragraph("Figure 1.2: A truck's layout, window to prep line.", style="Caption")
    document.add_paragraph("See Figure 1.2 for where the sinks go.")
    document.add_paragraph("Table 1.1: Sample food costs", style="Caption")
    document.add_paragraph("Scan to download: https://example.com/menu-calculator.xlsx")
    document.add_paragraph("Download the menu calculator at example.com before you start.")
    path = tmp_path / "truck.docx"
    document.save(str(path))
    found = read_docx(path)
    assert _texts(found) == [
        "A truck is a kitchen on wheels.",
        "See Figure 1.2 for where the sinks go.",
        "Table 1.1: Sample food costs",  # a table's caption names what the table held
        "Download the menu calculator at example.com before you start.",
    ]
    listed = _left_out(found)
    assert listed["1 figure placeholder"] == "[INSERT FIGURE 1.2 HERE]"
    assert listed["1 figure caption"] == "Figure 1.2: A truck's layout, window to prep line."
    assert listed["1 QR code caption"] == (
        "Scan to download: https://example.com/menu-calculator.xlsx"
    )


# ---------------------------------------------------------------- QR codes


def test_markdown_qr_code_captions_are_listed_not_read() -> None:
    found = read_markdown(
        "# The 30-Day Plan\n\nPick one habit and keep it small.\n\n"
        "Scan the QR code below to download the printable calendar.\n\n"
        "![QR code](images/qr.png)\n\n*Scan to download: https://example.com/calendar.pdf*\n\n"
        "Download your free bonus workbook at www.example.com/bonus, with every worksheet.\n\n"
        "# Glossary\n\nCue: the trigger for a habit.\n"
    )
    assert _texts(found) == [
        "Pick one habit and keep it small.",
        "Download your free bonus workbook at www.example.com/bonus, with every worksheet.",
        "Cue: the trigger for a habit.",
    ]
    assert _left_out(found)["2 QR code captions"].splitlines() == [
        "Scan the QR code below to download the printable calendar.",
        "Scan to download: https://example.com/calendar.pdf",
    ]


def test_html_qr_code_paragraph_is_listed_not_read() -> None:
    found = read_html(
        "<html><body><h1>Snowball or Avalanche?</h1><p>Pay the highest rate first.</p>"
        '<p class="qr"><img src="qr-calculator.png" alt="QR code"/><br/>'
        "Scan to try the payoff calculator</p>"
        "<p>Scan your statements for the rate before you start.</p>"
        "<h1>Glossary</h1><p>APR: the yearly rate.</p></body></html>"
    )
    assert _texts(found) == [
        "Pay the highest rate first.",
        "Scan your statements for the rate before you start.",  # no code beside it
        "APR: the yearly rate.",
    ]
    assert _left_out(found)["1 QR code caption"] == "Scan to try the payoff calculator"


# ---------------------------------------------------------------- pull quotes


INTRODUCTION = (
    "<section epub:type=\"chapter\"><h1>Introduction</h1>"
    "<p>In March 2009 I owed money to eleven lenders. I know the exact number because I "
    "wrote it on an index card and taped it to the fridge.</p>"
    '<aside class="pullquote"><p>“I know the exact number because I wrote it on an index '
    "card.”</p></aside>"
    "<p>This book is the plan I wish I had.</p>"
    '<aside epub:type="pullquote"><p>Debt is a math problem wearing a costume.</p></aside>'
    "</section>"
)


def test_html_pull_quote_that_repeats_the_text_is_said_once() -> None:
    found = read_html(
        '<html xmlns:epub="http://www.idpf.org/2007/ops"><body>'
        f"{INTRODUCTION}<h1>Chapter 1</h1><p>Make a list.</p></body></html>"
    )
    assert _texts(found) == [
        "In March 2009 I owed money to eleven lenders. I know the exact number because I "
        "wrote it on an index card and taped it to the fridge.",
        "This book is the plan I wish I had.",
        "Debt is a math problem wearing a costume.",  # words of its own: read
        "Make a list.",
    ]
    assert _left_out(found)["1 pull quote"] == (
        "“I know the exact number because I wrote it on an index card.”"
    )


def test_epub_pull_quote_that_repeats_the_text_is_said_once(tmp_path: Path) -> None:
    repeated = INTRODUCTION.replace('class="pullquote"', 'epub:type="pullquote"')
    path = write_epub(
        tmp_path / "quiet.epub",
        [("intro.xhtml", "Introduction", repeated),
         ("ch1.xhtml", "Chapter 1", "<h1>Chapter 1</h1><p>Make a list.</p>")],
    )  # fmt: skip
    found = read_epub(path)
    assert "“I know the exact number" not in "\n".join(_texts(found))
    assert "Debt is a math problem wearing a costume." in _texts(found)
    assert _left_out(found)["1 pull quote"].startswith("“I know the exact number")


@pytest.mark.parametrize(
    "text",
    ["Scanning the barcode on the third crate took Mara four tries.",
     "Scan the QR code on the dead man's wrist, the message said.",
     "[Photograph of the lighthouse keeper, torn at one corner]"],
)  # fmt: skip
def test_a_storys_scan_and_a_described_picture_are_read(text: str) -> None:
    assert figure_text_kind(text) is None
