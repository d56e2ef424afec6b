"""Spans of days with their month, as a narrator reads them: one span, "to" between.

Read as two dates, "December 9-10, 1941" was "December ninth-ten" and "12–14 March 1998"
"twelve-the fourteenth of March"."""

from __future__ import annotations

import pytest

from audiobook.text.normalize import to_spoken


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("The meeting ran December 9-10, 1941.",
         "The meeting ran December ninth to tenth, nineteen forty-one."),
        ("On March 3–5 we sailed.", "On March third to fifth we sailed."),
        ("Open Jan. 5-7.", "Open January fifth to seventh."),
        ("Held on 12-14 March 1998.",
         "Held on the twelfth to the fourteenth of March nineteen ninety-eight."),
        ("From 9–10 December we waited.", "From the ninth to the tenth of December we waited."),
        ("Between December 9-10 it snowed.", "Between December ninth and tenth it snowed."),
        ("Apr. 30-May 2", "April thirtieth to May second"),
    ],
)  # fmt: skip
def test_a_span_of_days_is_one_span(written: str, said: str) -> None:
    assert to_spoken(written, "en", {}) == said


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("The score was May 3-2.", "The score was May third-two."),  # no span: 3 > 2
        ("pages 9-10", "pages nine to ten"),
        ("on 3 May.", "on the third of May."),
        ("March 3 - May be the time.", "March third, May be the time."),
        ("the 20th–21st", "the twentieth to twenty-first"),
    ],
)
def test_what_is_no_span_of_days_reads_as_before(written: str, said: str) -> None:
    assert to_spoken(written, "en", {}) == said
