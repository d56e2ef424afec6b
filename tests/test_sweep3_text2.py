"""Spoken forms that the third sweep's new book shapes got wrong (second round):

- a year after an unspaced dash ("atlas—the 1985 edition", "atlas---the 1985 edition")
  or an opening bracket or quote is a year, as after a space; "1914—1918" is a span;
- "Brig." in a sea story is the ship; "Brig. Gen." is Brigadier General;
- science units after a power of ten ("3 × 10^8 m/s"), nm, K, J, J·s, kPa, subscript
  formulas ("H₂O"), and a measure's "×" ("120 m × 85 m") said as a narrator says them;
- statutes' "s. 6", "sub-s. (1)", "§ 12(a)(iii)", "et seq." and clause numbers;
- e-mails' zones ("+0000"), arrows, account numbers and "(e.g. "…")" before a quotation;
- an old letter's "&c. &c." is one sentence.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from audiobook.build.pipeline import load_book
from audiobook.text.normalize import to_spoken
from audiobook.text.segment import sentences


def _said(text: str) -> list[str]:
    """Each sentence of `text` as a listener hears it."""
    return [to_spoken(s) for s in sentences(text)]


# --------------------------------------------------------------------------- years after a dash


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("She had the road atlas---the 1985 edition---on her knees.", "nineteen eighty-five"),
        ("He drove—the 1985 Ford.", "the nineteen eighty-five Ford"),
        ("They passed the farm--the 1900 house stood empty.", "the nineteen hundred house"),
        ("It was in the old book (the 1911 edition) that she found it.", "nineteen eleven"),
        ("“the 1985 edition,” she said.", "the nineteen eighty-five edition"),
        ("THE GREAT WAR, 1914—1918.", "nineteen fourteen to nineteen eighteen"),
        ("the war of 1914--18 was long", "nineteen fourteen to eighteen"),
    ],
)
def test_year_after_an_unspaced_dash_is_a_year(text: str, said: str) -> None:
    assert said in " ".join(_said(text))


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("He counted them—the 1500 men of the garrison.", "one thousand five hundred men"),
        ("They counted 1985 sheep.", "one thousand nine hundred and eighty-five sheep"),
        ("He said d--n it.", "damn it"),  # a withheld oath said (sweep 18)
        ("in the year 18--, he came", "eighteen hundred and blank"),
        ("The tally ran 1918—1914 at the end.", "one thousand nine hundred and fourteen"),
    ],
)
def test_count_after_a_dash_stays_a_count(text: str, said: str) -> None:
    assert said in " ".join(_said(text))


# --------------------------------------------------------------------------- Brig.


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("The captain of the Brig. Mary was kind.", "The captain of the brig Mary was kind."),
        ("and the BRIG. rolled heavily", "and the brig rolled heavily"),
        ("THE BRIG.", "THE brig."),
        ("He had been a Brig. Gen. once.", "He had been a Brigadier General once."),
        ("Brig. Narrated by audiobook.", "Brig. Narrated by audiobook."),
        ("the Maj. Gen. once said", "the Major General once said"),
    ],
)
def test_brig_in_a_sea_story_is_the_ship(text: str, said: str) -> None:
    assert " ".join(_said(text)) == said


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Brig.-Gen. Hale came aboard.", "Brigadier-General Hale came aboard."),
        ('"Show me," said Brig. Hale.', '"Show me," said Brigadier Hale.'),
        ("Brig. Sir John Hale rode up.", "Brigadier Sir John Hale rode up."),
        ("We boarded the brig. It was small.", "We boarded the brig. It was small."),
    ],
)
def test_brigadier_before_a_name_stays(text: str, said: str) -> None:
    assert " ".join(_said(text)) == said


# --------------------------------------------------------------------------- units


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Light travels at c ≈ 3 × 10^8 m/s.", "three times ten to the eighth metres per second"),
        ("or about 1.08 × 10⁹ km/h.", "ten to the ninth kilometres per hour"),
        ("(1 nm = 10⁻⁹ m)", "one nanometre equals ten to the minus ninth metres"),
        ("about 0.28 nm wide", "zero point two eight nanometres wide"),
        ("Absolute zero is −273.15 °C, or 0 K.", "or zero kelvin."),
        ("Planck's constant (6.626 × 10⁻³⁴ J·s)", "ten to the minus thirty-fourth joule-seconds"),
        ("1 g of matter holds about 9 × 10^13 J.", "ten to the thirteenth joules."),
        ("Pressure at sea level is 101.3 kPa.", "one hundred and one point three kilopascals"),
        ("Water, H₂O, and CO₂.", "Water, H two O, and C O two."),
        ("a field 120 m × 85 m", "one hundred and twenty metres by eighty-five metres"),
        ("the 4 × 100 m relay", "four by one hundred metres relay"),
        ("the yacht made a passage of 120 nm", "one hundred and twenty nautical miles"),
    ],
)
def test_science_units_are_said(text: str, said: str) -> None:
    assert said in " ".join(_said(text))


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("A car at 100 km/h is fast.", "one hundred kilometres per hour"),
        ("So 3 × 4 = 12.", "three times four equals twelve"),
        ("She ran a 5 K run.", "five K run"),
        ("He earned $50K a year.", "fifty thousand dollars"),
        ("In 1865 J. S. Mill wrote it.", "J. S. Mill"),
        ("10^2 is a hundred.", "ten squared is a hundred"),
        ("Carbon dioxide (CO2) is longer.", "(CO2)"),
    ],
)
def test_near_miss_units_stay(text: str, said: str) -> None:
    assert said in " ".join(_said(text))


# --------------------------------------------------------------------------- legal citations


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "Any person who offends against a bye-law made under s. 6 shall be liable.",
            ["Any person who offends against a bye-law made under section six shall be liable."],
        ),
        (
            "It shall apply to any vacancy arising under sub-s. (1), and Art. 5 shall apply.",
            ["It shall apply to any vacancy arising under subsection one, and Article Five "
             "shall apply."],
        ),
        (
            "(cf. Public Health Act 1875, ss. 276 et seq.), and so on.",
            ["(compare Public Health Act eighteen seventy-five, sections two hundred and "
             "seventy-six and following), and so on."],
        ),
        (
            "The provisions of § 12(a)(iii) shall apply.",
            ["The provisions of section twelve, a, three shall apply."],
        ),
        (
            "5.1.1 four shall be elected by the commoners;",
            ["five point one point one, four shall be elected by the commoners;"],
        ),
    ],
)
def test_legal_citations_are_said_whole(text: str, said: list[str]) -> None:
    assert _said(text) == said


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("5.1 million people came.", "five point one million people came."),
        ("under s. 3(2) of it", "under section three, subsection two of it"),
        ("The subs. came on.", "The subs. came on."),
        ("see version 5.1.1 of it", "see version five point one point one of it"),
    ],
)
def test_near_miss_legal_stays(text: str, said: str) -> None:
    assert " ".join(_said(text)) == said


# --------------------------------------------------------------------------- e-mail collections


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Date: Sat, 6 Mar 2021 08:14:22 +0000", "twenty-two seconds GMT"),
        ("Sent: 17:40 -0500 (EST)", "seventeen forty EST"),
        ("* Full plot: £48.00 → £51.84/yr", "forty-eight pounds to fifty-one pounds"),
        ("Please pay to acc. no. 12345678, sort code 12-34-56.",
         "account number one two three four five six seven eight,"),
    ],
)
def test_email_headers_and_amounts(text: str, said: str) -> None:
    assert said in " ".join(_said(text))


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("He sold 12345678 shares.", "twelve million three hundred and forty-five thousand"),
        ("The score was 3:2 +1000 points.", "plus one thousand points"),
        ("HP 15 → 20", "HP fifteen to twenty"),
    ],
)
def test_near_miss_email_stays(text: str, said: str) -> None:
    assert said in " ".join(_said(text))


def test_a_links_arrow_is_not_said() -> None:
    assert _said("Next →") == ["Next"]


def test_eg_before_a_quotation_ends_no_sentence(tmp_path: Path) -> None:
    book = tmp_path / "letters.txt"
    book.write_text(
        "ALLOTMENT NEWS\n\nCHAPTER I\n\nThe spring work day is this Sunday, and we would "
        "like to see as many of you there as can make it. Bring your own gloves and a flask.\n\n"
        "Water charges are TBC. Please pay by BACS, "
        'ref: your plot no. (e.g. "14B-RENT").\n\nAny questions, email us.\n',
        encoding="utf-8",
    )
    _, _, chapters = load_book(book)
    spoken = [s.spoken for ch in chapters for s in ch.segments]
    assert any(s.endswith('(for example "fourteen B-RENT").') and "Please pay" in s for s in spoken)


# --------------------------------------------------------------------------- &c. &c.


def test_etc_twice_is_one_sentence() -> None:
    assert _said("I am, Sir, &c. &c.") == ["I am, Sir, et cetera, et cetera."]
    assert _said("Tea, sugar, &c. &c. were sold.") == [
        "Tea, sugar, et cetera, et cetera were sold."
    ]


def test_etc_once_before_a_sentence_still_ends_it() -> None:
    assert _said("Yours, &c. He left.") == ["Yours, et cetera.", "He left."]
