"""Practical books (cookbooks, DIY, fitness, finance) as their writers set them in plain
text and HTML: a title page whose copyright lines are long (a CIP line), followed by an
oven chart or a notice before the first chapter; an author's name alone under the
subtitle; "PROJECT 1" and "Week 1" as chapters; the publisher's disclaimer of
professional advice; ingredient lists, bullets and label lines ("PRO TIP") read a line
at a time. Every text here is made up."""

from __future__ import annotations

from audiobook.build.pipeline import load_book
from audiobook.models import LINE_BREAK
from audiobook.text.readers.html import read_html
from audiobook.text.readers.plaintext import find_chapters

CAKES = (
    "\n\n\n1\nCakes\n\nVictoria Sponge\n\nCream the butter and sugar until pale.\n\n\n"
    "2\nBread\n\nSoda Bread\n\nMix the flour and the buttermilk quickly.\n"
)
COPYRIGHT = (
    "Published by Stoat Hill Books, 2019\nText © Margaret Pell 2019\n"
    "The moral right of the author has been asserted.\n"
    "A CIP catalogue record for this book is available from the British Library.\n"
    "ISBN: 978-0-9931-4407-2\n"
)


def _text(found) -> str:  # type: ignore[no-untyped-def]
    return " ".join(p.text for _, ps in found.chapters for p in ps)


def test_a_uk_copyright_page_with_its_cip_line_goes_with_the_title_page():
    found = find_chapters(f"THE COUNTRY KITCHEN BAKE BOOK\n\nMargaret Pell\n\n{COPYRIGHT}{CAKES}")
    assert (found.title, found.author) == ("The Country Kitchen Bake Book", "Margaret Pell")
    assert [t for t, _ in found.chapters] == ["1. Cakes", "2. Bread"]
    assert "CIP" not in _text(found) and "ISBN" not in _text(found)


def test_an_oven_chart_after_the_copyright_page_is_read_not_the_title_page():
    chart = (
        "\nOven temperatures\n\nGas Mark 1 — 140°C — 275°F — very cool\n"
        "Gas Mark 4 — 180°C — 350°F — moderate\n\n"
        "Fan ovens: reduce the temperature by 20°C.\n"
    )
    found = find_chapters(
        f"THE COUNTRY KITCHEN BAKE BOOK\n\nMargaret Pell\n\n{COPYRIGHT}{chart}{CAKES}"
    )
    assert (found.title, found.author) == ("The Country Kitchen Bake Book", "Margaret Pell")
    opening = [p.text for p in found.chapters[0][1]]
    assert opening[0] == "Oven temperatures"
    assert "Margaret Pell" not in " ".join(opening) and "ISBN" not in " ".join(opening)


def test_a_notice_after_the_copyright_page_and_a_name_under_the_subtitle():
    found = find_chapters(
        "PUT IT UP!\nSmall-Batch Canning & Preserving\n\nEliza Mae Corrigan\n\n"
        "Copyright (c) 2017 Eliza Mae Corrigan\nPublished by Hollow Creek Press\n"
        "ISBN-13: 978-1-62415-088-3\nFirst Edition\n\n\n\n"
        "IMPORTANT: Processing times in this book are for altitudes of 0-1,000 ft. "
        "See the altitude chart to adjust.\n\n\n\n"
        "Chapter 1\nStrawberry Jam\n\nCrush the berries.\n\n\nChapter 2\nPickles\n\nSlice.\n"
    )
    assert (found.title, found.author) == ("Put It Up!", "Eliza Mae Corrigan")
    assert _text(found).startswith("IMPORTANT: Processing times")
    assert "Corrigan" not in _text(found)


def test_an_author_alone_under_the_subtitle_with_credentials():
    found = find_chapters(
        "RAISED BEDS FOR SMALL SPACES\n\nA Practical Guide\n\nTom Ashworth, PhD\n\n\n\n"
        "Copyright © 2020 Tom Ashworth. All rights reserved.\n\n\n\n"
        "Chapter 1\nPlanning\n\nA bed four feet wide.\n\n\nChapter 2\nBuilding\n\nCut.\n"
    )
    assert (found.title, found.author) == ("Raised Beds for Small Spaces", "Tom Ashworth")
    # near miss: a second subtitle line is no name
    found = find_chapters(
        "RAISED BEDS\n\nA Practical Guide\n\nFor Small Gardens\n\n\n\n"
        "Chapter 1\nPlanning\n\nA bed four feet wide.\n\n\nChapter 2\nBuilding\n\nCut.\n"
    )
    assert found.author is None


def test_projects_and_weeks_are_a_practical_books_chapters():
    found = find_chapters(
        "WEEKEND WOODWORKING\n\nby Dale Reinholt\n\nCopyright © 2018 by Dale Reinholt\n\n"
        "SAFETY NOTICE: Woodworking can be dangerous. Always wear eye protection and "
        "follow the maker's instructions for every tool you use.\n\n\n\n"
        "PROJECT 1\nA Simple Bookcase\n\nRip the plywood.\n\n\n"
        "PROJECT 2\nCutting Board\n\nGlue up the strips.\n"
    )
    assert (found.title, found.author) == ("Weekend Woodworking", "Dale Reinholt")
    assert [t for t, _ in found.chapters][-2:] == [
        "PROJECT 1. A Simple Bookcase", "PROJECT 2. Cutting Board"
    ]  # fmt: skip
    weeks = find_chapters(
        "Week 1\n\nRun sixty seconds, walk ninety.\n\n\nWeek 5\n\nRun five minutes.\n\n\n"
        "Week 9\n\nRace week!\n"
    )
    assert [t for t, _ in weeks.chapters] == ["Week 1", "Week 5", "Week 9"]
    # near misses: weeks not counted from 1, and a week inside a sentence's block
    prose = find_chapters(
        "Week 3\n\nThe hard part.\n\n\nWeek 7\n\nEasier.\n\n\n"
        "By week 2 you should feel it.\nWeek 4\nis harder still, so rest.\n"
    )
    assert [t for t, _ in prose.chapters] == [None]


def test_a_file_numbered_to_sort_is_not_read_with_its_number(make_book):
    folder = make_book({"02-british-baking.txt": "Cream the butter and the sugar.\n"})
    _, manuscript, _ = load_book(folder)
    assert manuscript.title == "British Baking"
    folder = make_book({"12-angry-men.txt": "The jury sat down.\n"}, name="jury")
    assert load_book(folder)[1].title == "12 Angry Men"


def test_the_publishers_disclaimer_is_left_out_with_the_copyright_page(make_book):
    disclaimer = (
        "This publication is designed to provide accurate information in regard to the "
        "subject matter covered. It is sold with the understanding that the publisher is "
        "not engaged in rendering legal, accounting, or other professional services."
    )
    text = (
        "MONEY, PLAINLY\n\nBy Gregory T. Adebayo, CFP®\n\nCopyright © 2023 by Gregory T. "
        f"Adebayo\nAll rights reserved.\n\n{disclaimer}\n\n\n\n"
        "Chapter One\nStart With the Debt\n\nPay off the card first.\n\n\n"
        "Chapter Two\nThe Accounts\n\nThis book is designed to provide accurate sums "
        "for a household's budget. It is no substitute for an adviser.\n"
    )
    _, manuscript, _ = load_book(make_book({"money.txt": text}))
    assert manuscript.author == "Gregory T. Adebayo"
    said = [p.text for c in manuscript.chapters for p in c.paragraphs]
    assert said[0] == "Pay off the card first."
    assert not any(p.startswith("This publication") for p in said)
    # near miss: the same words later in a chapter are the author's, and read
    assert any(p.startswith("This book is designed") for p in said)


LONG = (
    "Cream the butter and sugar until pale and fluffy, which takes longer than you think: a "
    "good five minutes with a wooden spoon, or three with an electric whisk."
)


def _lines_of(text: str) -> list[list[str]]:
    return [p.text.split(LINE_BREAK) for p in find_chapters(text).chapters[0][1]]


def test_ingredient_lists_bullets_and_label_lines_keep_their_lines():
    found = _lines_of(
        "225g/8oz unsalted butter, softened\n225g/8oz caster sugar\n4 large eggs, beaten\n"
        "2 tbsp milk\nFor the filling: 4 tbsp raspberry jam; 150ml/¼ pint double cream, "
        "whipped until it just holds its shape and no longer\n\n"
        "Key Takeaways\n• Capture the full employer match first.\n• Keep six months saved.\n\n"
        "PRO TIP\nSand to 120 grit before assembly, then 180-grit after the glue is dry.\n\n"
        "Materials: hard maple, walnut\nFinished size: 12 by 18 inches\n"
    )
    assert found[0][1:3] == ["225g/8oz caster sugar", "4 large eggs, beaten"]
    assert found[1] == [
        "Key Takeaways", "Capture the full employer match first.", "Keep six months saved."
    ]  # fmt: skip  (each bullet its own line; the typed "•" is not said)
    assert found[2] == [
        "PRO TIP", "Sand to 120 grit before assembly, then 180-grit after the glue is dry."
    ]  # fmt: skip
    assert found[3] == ["Materials: hard maple, walnut", "Finished size: 12 by 18 inches"]
    # near misses: a short line going on in lower case, a sentence over the next one
    found = _lines_of(
        f"{LONG}\n\n{LONG}\n\n{LONG}\n\n"
        "Serves 4\nwith a green salad, a loaf of warm bread and a glass of something cold "
        "on the side, out in the garden if the weather holds.\n\n"
        "Serve at once.\nLeftovers keep for three days in the fridge, covered, and reheat "
        "well in a low oven with a splash of stock.\n"
    )
    assert [len(lines) for lines in found] == [1, 1, 1, 1, 1]


def test_an_html_title_page_section_names_its_author():
    found = read_html(
        "<html><head><title>Fire &amp; Smoke: A Backyard Grilling Handbook</title></head>"
        '<body><section class="titlepage"><h1 class="title">Fire &amp; Smoke</h1>'
        '<p class="subtitle">A Backyard Grilling Handbook</p>'
        '<p class="author">Joe Castellano</p></section>'
        '<section class="chapter"><h2>1. Know Your Fire</h2><p>Light the coals.</p></section>'
        '<section class="chapter"><h2>2. Steaks</h2><p>Salt early.</p></section></body></html>'
    )
    assert (found.title, found.author) == ("Fire & Smoke: A Backyard Grilling Handbook",
                                           "Joe Castellano")  # fmt: skip
    assert [t for t, _ in found.chapters] == ["1. Know Your Fire", "2. Steaks"]
    assert "Backyard" not in _text(found)


def test_an_html_byline_over_a_long_copyright_line_is_the_author():
    found = read_html(
        "<html><head><title>The Thrifty Household</title></head><body>"
        "<h1>The Thrifty Household</h1><p class='byline'>by Siobhan Reilly</p>"
        "<p class='copyright'>© Siobhan Reilly 2021. All rights reserved. Figures correct at "
        "the time of writing (April 2021).</p>"
        "<h2>Chapter 1</h2><p>Track every penny.</p><h2>Chapter 2</h2><p>Save.</p></body></html>"
    )
    assert found.author == "Siobhan Reilly"
    assert "by Siobhan Reilly" not in _text(found)
    # near miss: a long paragraph of prose under the title is no title page
    prose = read_html(
        "<html><body><h1>Night Train</h1><p>By the time we came to the station the last of "
        "the light had gone and the porters had gone home.</p>"
        "<h2>Chapter 1</h2><p>Late.</p><h2>Chapter 2</h2><p>Later.</p></body></html>"
    )
    assert prose.author is None
