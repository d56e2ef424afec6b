"""Sweep 17, small spoken forms: a sound set out letter by letter ("Z-z-z-z"), an old
sum ending a sentence ("It cost 450l."), "between December 9 and 10", and a shelf
number after "gr.", "lat." or "MS." ("MS. Paris. gr. 2023")."""

from __future__ import annotations

from pathlib import Path

import pytest

from audiobook.build.pipeline import load_book
from audiobook.text import normalize
from audiobook.text.normalize import to_spoken


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ('"Z-z-z-z," went the bee.', '"Zuzz," went the bee.'),
        ('The cat said "M-m-m," quite content.', 'The cat said "Hmm," quite content.'),
        ("S-s-s-s, hissed the snake.", "Schh, hissed the snake."),
    ],
)
def test_a_sound_set_out_letter_by_letter_is_the_sound(text: str, said: str) -> None:
    assert to_spoken(text) == said


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("The band Z-Z Top played.", "The band Z-Z Top played."),
        ("A-A-A, cried the baby.", "A, A, A, cried the baby."),
        ("K-K-K was there.", "K, K, K was there."),
        ("He spelled it z-z-z for me.", "He spelled it z-z-z for me."),
    ],
)
def test_letters_that_make_no_sound_word_stay_letters(text: str, said: str) -> None:
    assert to_spoken(text) == said


def test_a_sum_ending_a_sentence_is_pounds_in_a_book_of_old_sums() -> None:
    book = ["He paid 450l. for the house.", "It cost 450l."]
    assert normalize.old_pounds(book)
    assert to_spoken("It cost 450l.", pounds=True) == "It cost four hundred and fifty pounds."
    assert to_spoken("It cost 1,250l. Then he left.", pounds=True).startswith(
        "It cost one thousand two hundred and fifty pounds. Then"
    )


def test_a_figure_with_l_is_litres_in_a_book_without_old_sums() -> None:
    book = ["The tank held 450l.", "It was full."]
    assert not normalize.old_pounds(book)
    assert normalize.old_pounds(["The rent was 3l. 4s. a year."])
    assert normalize.old_pounds(["It cost 3s. 6d. then."])
    assert to_spoken("It cost 450l.") == "It cost four hundred and fifty litres."
    assert "3l" not in to_spoken("It holds 3l. of water.", pounds=True)  # mid-sentence: as before


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Between December 9 and 10 it snowed.", "Between December ninth and tenth it snowed."),
        (
            "between Dec. 9 and 10, 1941, it snowed.",
            "between December ninth and tenth, nineteen forty-one, it snowed.",
        ),
    ],
)
def test_between_two_days_of_a_month_both_are_days(text: str, said: str) -> None:
    assert to_spoken(text) == said


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("On December 9 and 10 it rained.", "On December ninth and ten it rained."),
        ("Between December 9 and 8 nothing.", "Between December ninth and eight nothing."),
        ("between June 3 and 4 o'clock", "between June third and four o'clock"),
        (
            "between May 30 and June 2 it rained.",
            "between May thirtieth and June second it rained.",
        ),
    ],
)
def test_a_number_after_a_date_without_between_or_not_a_later_day_stays(
    text: str, said: str
) -> None:
    assert to_spoken(text) == said


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "It is in MS. Paris. gr. 2023.",
            "It is in manuscript Paris. gr. two thousand and twenty-three.",
        ),
        ("Cod. Vat. lat. 1960.", "Cod. Vat. lat. one thousand nine hundred and sixty."),
        ("see MS. 1990.", "see manuscript one thousand nine hundred and ninety."),
    ],
)
def test_a_shelf_number_is_a_number_not_a_year(text: str, said: str) -> None:
    assert to_spoken(text) == said


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("It was the year 2023.", "It was the year twenty twenty-three."),
        ("The Greek of 1850.", "The Greek of eighteen fifty."),
        ("grew in 1850.", "grew in eighteen fifty."),
    ],
)
def test_a_year_elsewhere_stays_a_year(text: str, said: str) -> None:
    assert to_spoken(text) == said


_LEDGER = (
    "THE LEDGER\n\nCHAPTER I\n\n"
    "He paid 450l. for the house, and the rent was 3l. 4s. a year to the old squire.\n\n"
    "The roof alone cost 120l.\n"
)


def test_a_book_of_old_sums_says_its_last_sum_in_pounds(tmp_path: Path) -> None:
    path = tmp_path / "ledger.txt"
    path.write_text(_LEDGER, encoding="utf-8")
    _, _, chapters = load_book(path)
    said = " | ".join(s.spoken for ch in chapters for s in ch.segments if s.kind == "text")
    assert "one hundred and twenty pounds." in said and "litre" not in said


def test_a_book_without_old_sums_keeps_its_litres(tmp_path: Path) -> None:
    path = tmp_path / "tank.txt"
    path.write_text(_LEDGER.split("He paid")[0] + "The tank held 120l.\n", encoding="utf-8")
    _, _, chapters = load_book(path)
    said = " | ".join(s.spoken for ch in chapters for s in ch.segments if s.kind == "text")
    assert "one hundred and twenty litres." in said


_NOTED_LEDGER = (
    "# The Ledger\n\n## Chapter One\n\n"
    "The rent of the farm was 3l. 4s. a quarter, and my uncle paid it in silver.[^1]\n\n"
    "[^1]: The farm's books survive. The barn alone cost 450l.\n"
)


@pytest.mark.parametrize("mode", ["inline", "chapter-end"])
def test_a_footnote_in_a_book_of_old_sums_says_pounds(tmp_path: Path, mode: str) -> None:
    """The notes are said with the book's facts, as its body is."""
    (tmp_path / "ledger.md").write_text(_NOTED_LEDGER, encoding="utf-8")
    (tmp_path / "book.toml").write_text(f'[notes]\nmode = "{mode}"\n', encoding="utf-8")
    _, _, chapters = load_book(tmp_path)
    notes = " | ".join(s.spoken for ch in chapters for s in ch.segments if s.kind == "note")
    assert "The barn alone cost four hundred and fifty pounds." in notes


def test_a_footnote_in_a_book_without_old_sums_keeps_its_litres(tmp_path: Path) -> None:
    text = _NOTED_LEDGER.replace("3l. 4s. a quarter", "paid quarterly")
    (tmp_path / "ledger.md").write_text(text, encoding="utf-8")
    (tmp_path / "book.toml").write_text('[notes]\nmode = "inline"\n', encoding="utf-8")
    _, _, chapters = load_book(tmp_path)
    notes = " | ".join(s.spoken for ch in chapters for s in ch.segments if s.kind == "note")
    assert "four hundred and fifty litres." in notes
