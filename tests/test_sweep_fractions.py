"""A Victorian cookbook's quantities and prices as its plain text types them: a run-in
label ("Ingredients.--1/2 lb. of butter"), pence with a typed fraction ("4-1/2d."), and
an old book's "2d and 3d" for second and third. The fraction after "--" was "one or two
pounds" and the halfpenny "four to one or two pence"; story text of the same look must
keep its reading."""

from __future__ import annotations

from pathlib import Path

import pytest

from audiobook.text.ingest import locate_book, read_manuscript
from audiobook.text.normalize import to_spoken
from audiobook.text.segment import audit_words, segment

SPOKEN = [
    # A measure after a run-in label's "--" (Gutenberg's dash) is a cook's quantity.
    ("Ingredients.--1/2 lb. of butter, 1/2 lb. of sugar.",
     "Ingredients. half a pound of butter, half a pound of sugar."),
    ("Mode.--1/4 lb. of rice.", "Mode. a quarter of a pound of rice."),
    ("Time.--3/4 hour.", "Time. three quarters of an hour."),
    ("Time.--1/2 hour.", "Time. half an hour."),
    ("Sufficient.--1/2 pint of cream.", "Sufficient. half a pint of cream."),
    ("Size.--1/2\" thick.", "Size. half an inch thick."),
    ("Seasonable.--1/2 doz. eggs will do.", "Seasonable. half a dozen eggs will do."),
    ("Take 1/2 doz. eggs and beat them.", "Take half a dozen eggs and beat them."),
    # Pence with a typed fraction, alone or after shillings, and a typed halfpenny.
    ("Average cost, 4-1/2d.", "Average cost, four and a half pence."),
    ("Average cost, 1s. 4-1/2d. per pint.",
     "Average cost, one shilling and four and a half pence per pint."),
    ("Seasonable at 2-3/4d. per lb.", "Seasonable at two and three quarters pence per pound."),
    ("The boy paid 1/2d. for it.", "The boy paid a halfpenny for it."),
    # An old book's "3d" after "the 2d and": third, as "the 3d" alone already is.
    ("I danced the 2d and 3d dances with him.", "I danced the second and third dances with him."),
    ("We sail on the 22d or 23d, as the wind serves.",
     "We sail on the twenty-second or twenty-third, as the wind serves."),
]  # fmt: skip

NEAR_MISSES = [
    # A single "-" joins a whole number to its fraction; it is no dash.
    ("Boil it 3-1/2 hours.", "Boil it three and a half hours."),
    ("Take 2-1/2 lbs. of flour.", "Take two and a half pounds of flour."),
    ("Take 1/2 lb. of butter.", "Take half a pound of butter."),
    ("Take 2 doz. eggs.", "Take two dozen eggs."),
    ("1/2 lb. of butter is enough.", "half a pound of butter is enough."),
    # Fractions and pence already read right stay so.
    ("It cost 4½d. a pound.", "It cost four and a half pence a pound."),
    ("It cost 3d. a pound.", "It cost three pence a pound."),
    ("Note.--1/2 of the land was sold.", "Note. half of the land was sold."),
    ("He wrote the 3d of May.", "He wrote the third of May."),
    # "3d" after a word that is no ordinal, or before a word of shapes, is not "third".
    ("the second and 3d printers", "the second and three D printers"),
    ("They met on the 12th and 13th.", "They met on the twelfth and thirteenth."),
    ("on the 22d or 23d of May", "on the twenty-second or the twenty-third of May"),
]  # fmt: skip


@pytest.mark.parametrize(("written", "said"), SPOKEN)
def test_a_cookbooks_quantities_and_prices_are_said_as_a_cook_says_them(written, said):
    assert to_spoken(written, "en") == said


@pytest.mark.parametrize(("written", "said"), NEAR_MISSES)
def test_story_text_of_the_same_look_keeps_its_reading(written, said):
    assert to_spoken(written, "en") == said


RECIPE = """\
THE PLAIN COOK'S COMPANION

CHAPTER I.

PUDDINGS.

RICE PUDDING.

_Ingredients._--1/4 lb. of rice, 1-1/2 pint of milk, 1/2 lb. of sugar.

_Mode._--Wash the rice, and put it into a dish with the milk and sugar.

_Time._--3/4 hour. _Average cost_, 4-1/2d.

A child may have 1/2 lb. of it, and on the 2d and 3d days it will keep.
"""


def test_a_recipe_in_a_small_book_says_its_quantities(tmp_path: Path) -> None:
    (tmp_path / "book.txt").write_text(RECIPE, encoding="utf-8")
    book = locate_book(tmp_path / "book.txt")
    manuscript = read_manuscript(book)
    chapters = list(segment(manuscript, book.config))
    audit_words(manuscript, chapters)
    said = " ".join(s.spoken for ch in chapters for s in ch.segments)
    assert "a quarter of a pound of rice" in said
    assert "half a pound of sugar" in said
    assert "three quarters of an hour" in said
    assert "four and a half pence" in said
    assert "A child may have half a pound of it" in said
    assert "on the second and third days" in said
    assert " or " not in said  # "one or four pounds", "four to one or two pence"
