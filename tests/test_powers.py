"""Powers as plain text types them, "x^2", "y^{2}", "2^10": said as a reader of
mathematics says them. The caret was spelled and "{2}" taken for a printed page's
number, so "y^{2}" was heard "y^" with its power lost."""

from __future__ import annotations

from audiobook.text.normalize import to_spoken
from audiobook.text.readers.plaintext import find_chapters


def test_a_caret_power_is_said():
    assert to_spoken("Then x^2 + y^{2} = 1 holds.", "en") == (
        "Then x squared plus y squared equals one holds."
    )
    assert to_spoken("and 2^10 is 1024.", "en") == (
        "and two to the power of ten is one thousand and twenty-four."
    )
    assert to_spoken("(a+b)^5 = c", "en") == "(a plus b) to the power of five equals c"
    assert to_spoken("the volume is x^3.", "en") == "the volume is x cubed."


def test_raised_figures_other_than_squares_are_powers():
    assert to_spoken("and x⁴ grows", "en") == "and x to the power of four grows"
    # near misses: a name's raised figure is a note's mark, not a power; a version
    # number with a caret stays as typed
    assert "power" not in to_spoken("Smith¹⁰ said so.", "en")
    assert "power" not in to_spoken("Version 2^3.1 is out", "en")


def test_a_power_in_braces_is_no_page_number():
    text = "CHAPTER I.\n\nThe curve y^{2} = 4x is a parabola, as every student knows.\n"
    said = " ".join(p.text for _, ps in find_chapters(text).chapters for p in ps)
    assert "y^{2}" in said
    # near miss: a page number in braces is still taken out
    text = "CHAPTER I.\n\nThe curve is a parabola, {12} as every student knows.\n"
    said = " ".join(p.text for _, ps in find_chapters(text).chapters for p in ps)
    assert "{12}" not in said
