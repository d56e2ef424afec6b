"""Numbers in Swedish, Danish and Norwegian, table rows drawn with bars, and account
columns whose dollar sign is printed once (sweep 6 and the Nordic sweep).

Each mend has a hit (what a listener heard wrongly before) and a near miss (a text that
looks alike and must stay as it was)."""

from __future__ import annotations

from pathlib import Path

from audiobook.build.pipeline import load_book
from audiobook.models import LINE_BREAK
from audiobook.text.normalize import to_spoken
from plainbooks import gutenberg_footer, gutenberg_header, read_book

# ----------------------------------------------------------------- Nordic numbers


def test_a_swedish_year_is_said_in_hundreds() -> None:
    # before: "etttusen niohundratjugotre", a count, with num2words' three t's
    said = to_spoken("Det var en kall morgon i mars 1923.", "sv")
    assert said == "Det var en kall morgon i mars nittonhundratjugotre."
    assert "artonhundranittioåtta" in to_spoken("Det var år 1898, och han var ung.", "sv")


def test_swedish_thousands_are_written_with_two_ts() -> None:
    # before: "etttusen" for 1000 and "etttusensextiosex" for 1066
    assert to_spoken("Han hade 1000 kronor.", "sv") == "Han hade ettusen kronor."
    assert to_spoken("Slaget år 1066.", "sv") == "Slaget år ettusensextiosex."


def test_swedish_numbers_outside_the_hundreds_stay_cardinals() -> None:
    # near miss: 2024 and 12 are said as num2words says them, 1099 is no "tiohundra"
    assert to_spoken("År 2024 kom 12 gäster.", "sv") == "År tvåtusentjugofyra kom tolv gäster."
    assert to_spoken("1099", "sv") == "ettusennittionio"


def test_a_norwegian_number_is_said_in_bokmal() -> None:
    # before: left as figures for espeak, as num2words calls Norwegian "no", not "nb"
    said = to_spoken("Det var en kald morgen i mars 1923.", "nb")
    assert said == "Det var en kald morgen i mars nitten hundre og tjuetre."
    assert to_spoken("Hun hadde 100 kroner og 1000 bøker.", "nb") == (
        "Hun hadde ett hundre kroner og ett tusen bøker."
    )
    assert to_spoken("2000000", "nb-no") == "to millioner"


def test_a_norwegian_year_after_2000_and_small_counts() -> None:
    # near miss: no hundreds past 1999; "en" stays for a count of one
    said = to_spoken("I 2024 var 1 hest igjen.", "nb")
    assert said == "I to tusen og tjuefire var en hest igjen."


def test_a_danish_year_is_said_in_hundreds() -> None:
    # before: "ettusinde og nihundrede og treogtyve"
    said = to_spoken("Det var en kold morgen i marts 1923.", "da")
    assert said == "Det var en kold morgen i marts nittenhundrede og treogtyve."
    assert to_spoken("1000000", "da") == "en million"  # num2words: "en millioner"


def test_a_norwegian_book_reads_its_chapter_number(tmp_path: Path) -> None:
    folder = tmp_path / "bok"
    folder.mkdir()
    (folder / "book.toml").write_text('title = "Huset ved sjøen"\nauthor = "Kari Lie"\n')
    (folder / "bok.txt").write_text(
        "Kapittel 1\n\n\n\nDet var en kald morgen i mars 1923. Anna sto ved vinduet og så ut "
        "over sjøen, der isen fortsatt lå. Faren hennes satt ved bordet og leste avisen.\n\n\n\n"
        "Kapittel 2\n\n\n\nJeg har aldri forstått hvorfor han reiste. Vi hadde et godt liv, "
        "syntes jeg, men han ville noe annet.\n",
        encoding="utf-8",
    )
    _, manuscript, chapters = load_book(folder)
    assert manuscript.language.startswith("nb")
    spoken = [s.spoken for ch in chapters for s in ch.segments]
    assert "Kapittel en." in spoken
    assert "Det var en kald morgen i mars nitten hundre og tjuetre." in spoken


# ----------------------------------------------------------------- table rows

BEETON_TABLE = """\
        TABLE OF WEIGHTS.
  ---------------------------------
  | 2 gills     | = | 1/2 pint   |
  | 4 gills     | = | 1 pint     |
  | 2 pints     | = | 1 quart    |
  ---------------------------------
"""


def _beeton(table: str) -> str:
    title, author = "The Book of Household Management", "Mrs. Isabella Beeton"
    return (
        gutenberg_header(title, author)
        + "CHAPTER I.\n\nINTRODUCTORY.\n\n"
        "As with the commander of an army, or the leader of any enterprise, so is it with\n"
        "the mistress of a house. Her spirit will be seen through the whole establishment.\n\n"
        + table
        + "\nThe cook should know these measures by heart.\n"
        + gutenberg_footer(title)
    )


def test_a_plain_text_table_is_read_without_its_bars(tmp_path: Path) -> None:
    # before: "| two gills | equals | half a pint |", the bars reaching the voice
    _, _, read = read_book(tmp_path / "beeton", _beeton(BEETON_TABLE))
    assert (
        "two gills equals half a pint | four gills equals one pint | two pints equals one quart"
        " | The cook should know" in read
    )  # `read` joins the segments with " | "; no bar is left in one


def test_a_table_row_says_its_cells_with_a_pause() -> None:
    assert to_spoken("| Rice        | 2 lbs   |") == "Rice, two pounds"
    assert to_spoken("| Measure | Equals |" + LINE_BREAK + "|---------|:------:|") == (
        "Measure, Equals."
    )


def test_a_markdown_table_with_no_header_rule_is_read_without_its_bars(tmp_path: Path) -> None:
    # before: the reader took the rows for a line block and "two gills | equals | …" was heard
    path = tmp_path / "weights.md"
    path.write_text(
        "# Weights\n\nCooks should know the common measures.\n\n"
        "| 2 gills | = | 1/2 pint |\n| 4 gills | = | 1 pint |\n\nThat is all.\n",
        encoding="utf-8",
    )
    _, _, chapters = load_book(path)
    spoken = [s.spoken for ch in chapters for s in ch.segments]
    assert "two gills equals half a pint" in spoken and "four gills equals one pint" in spoken


def test_bars_that_are_not_a_table_row_stay() -> None:
    # near miss: an absolute value, a shell pipe in a sentence, a line block's verse
    assert "|" in to_spoken("|x| = |y|")
    assert to_spoken("Type ls | sort to see them.") == "Type ls | sort to see them."


def test_a_markdown_line_block_is_still_verse(tmp_path: Path) -> None:
    # near miss: Pandoc's "| " lines are a poem's, read without the bar, a line each
    path = tmp_path / "poem.md"
    path.write_text(
        "# The Mill\n\nA short poem follows.\n\n| The mill-wheel stands;\n| the miller sleeps.\n",
        encoding="utf-8",
    )
    _, _, chapters = load_book(path)
    spoken = [s.spoken for ch in chapters for s in ch.segments]
    assert "The mill-wheel stands;" in spoken and "the miller sleeps." in spoken


# ----------------------------------------------------------------- account columns

WALDEN = """\
By surveying, carpentry, and day-labor of various other kinds in the
village in the mean while, for I have as many trades as fingers, I had
earned $13.34. The expense of food for eight months was


    Rice,................... $ 1.73½
    Molasses,................  1.73     Cheapest form of the
                                         saccharine.
    Rye meal,................  1.04¾
    Pork,....................  0.22

    All experiments which failed:
    Flour,...................  0.88  Costs more than Indian meal,
                                      both money and trouble.
    Apples,..................  0.25

Yes, I did eat $8.74, all told; but I should not thus unblushingly
publish my guilt, if I did not know that most of my readers were
equally guilty with myself.
"""


def _walden(body: str) -> str:
    title, author = "Walden", "Henry David Thoreau"
    return (
        gutenberg_header(title, author)
        + "ECONOMY\n\n\nWhen I wrote the following pages, or rather the bulk of them, I lived\n"
        "alone, in the woods, a mile from any neighbor, in a house which I had\nbuilt myself.\n\n"
        + body
        + gutenberg_footer(title)
    )


def test_an_account_column_under_a_dollar_sign_is_said_in_dollars(tmp_path: Path) -> None:
    # before: "zero point two two", "one point seven three Cheapest form of the"
    _, _, read = read_book(tmp_path / "walden", _walden(WALDEN))
    assert "twenty-two cents" in read and "zero point" not in read
    assert "one dollar and seventy-three cents Cheapest form of the" in read
    assert "eighty-eight cents Costs more than Indian meal," in read
    assert "Apples, twenty-five cents" in read


def test_a_column_of_figures_with_no_dollar_sign_stays_figures(tmp_path: Path) -> None:
    # near miss: a table of measures set with leaders, no "$" in the column
    body = WALDEN.replace("$ 1.73½", " 1.73").replace("$13.34", "13 dollars").replace(
        "$8.74", "the lot"
    )
    _, _, read = read_book(tmp_path / "walden", _walden(body))
    assert "zero point two two" in read and "cents" not in read


def test_prose_between_two_columns_parts_them() -> None:
    # near miss: a "$" column, then a paragraph of prose, then a column of figures alone
    from audiobook.text.normalize import dollar_columns

    paragraphs = [
        "Rice,................... $ 1.73",
        "Pork,.................... 0.22",
        "The specific gravities of the metals I weighed that winter were as follows.",
        "Tin,..................... 7.29",
        "Lead,.................... 11.34",
    ]
    assert dollar_columns(paragraphs) == {1}
