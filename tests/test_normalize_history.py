"""History's early years and joined ranks, said as a narrator says them: "In 1066 men
fought" tells a date, and "a Lt.-Col. and a hero" is one rank in one sentence."""

from __future__ import annotations

import pytest

from audiobook.text.normalize import to_spoken
from audiobook.text.segment import sentences


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In 1066 men fought at Hastings.", "In ten sixty-six men fought at Hastings."),
        ("The gate held. Since 1050 people have lived here.",
         "The gate held. Since ten fifty people have lived here."),
        ("During 1071 knights rode north.", "During ten seventy-one knights rode north."),
        # a measure is still counted, and so is a number inside a sentence
        ("In 1024 bytes there is room for a name.",
         "In one thousand and twenty-four bytes there is room for a name."),
        ("She kept watch over them in 1066 men and boys.",
         "She kept watch over them in one thousand and sixty-six men and boys."),
        ("It was compiled in 1086 by the clerks.",
         "It was compiled in ten eighty-six by the clerks."),
    ],
)  # fmt: skip
def test_an_early_year_opening_a_sentence_is_a_date(text: str, expected: str) -> None:
    assert to_spoken(text, "en") == expected


@pytest.mark.parametrize(
    ("paragraph", "said"),
    [
        ("He came home a Lt.-Col. and a hero.",
         ["He came home a Lieutenant-Colonel and a hero."]),
        ("He was made Lt.-Col. Then he sailed.",
         ["He was made Lieutenant-Colonel.", "Then he sailed."]),
        ("She met the Maj.-Gen. and his aide at noon.",
         ["She met the Major-General and his aide at noon."]),
        ("Lieut.-Col. Anstey rode in.", ["Lieutenant-Colonel Anstey rode in."]),
    ],
)  # fmt: skip
def test_a_joined_rank_is_one_rank_in_one_sentence(paragraph: str, said: list[str]) -> None:
    assert [to_spoken(s, "en") for s in sentences(paragraph)] == said
