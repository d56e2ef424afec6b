"""Genre fiction's own notation, as self-published LitRPG, thrillers and science fiction
print it: a status window's gauges and levels, a skill's cooldown, a gun's calibre, a
model's mark, initialisms espeak says as words, and years from 2100 on. Each is said as a
narrator of the genre says it, and the near-misses beside it stay as they were."""

import pytest

from audiobook.text.normalize import to_spoken
from audiobook.text.segment import sentences

SAID = [
    # LitRPG status windows and system messages
    ("HP: 340/400", "HP: three hundred forty out of four hundred"),
    ("Jake had 188/250 HP.", "Jake had one hundred eighty-eight out of two hundred fifty HP."),
    ("[HP: 9,200/10,000]", "[HP: nine thousand two hundred out of ten thousand]"),
    (
        "[MP: 85/120 → 85/145]",
        "[MP: eighty-five out of one hundred twenty to eighty-five out of one hundred forty-five]",
    ),
    ("[INT increased: 15 → 20]", "[INT increased: fifteen to twenty]"),
    ("Cooldown: 30s.", "Cooldown: thirty seconds."),
    ("Cooldown: 12s", "Cooldown: twelve seconds"),
    ("Burning (3 dmg/s)", "Burning (three damage per second)"),
    ("Regen: 5 MP/sec", "Regen: five MP per second"),
    ("Shadow Step Lv.4", "Shadow Step Level four"),
    ("Arc Lance (Lv. 3)", "Arc Lance (Level three)"),
    ("Dire Bear, Lvl 15", "Dire Bear, Level fifteen"),
    ("Copper Coin x27", "Copper Coin times twenty-seven"),
    # thrillers and military science fiction
    ("The SR-71 was retired.", "The S R seventy-one was retired."),
    ("a single Colt .45.", "a single Colt forty-five."),
    ("a .357 Magnum", "a three fifty-seven Magnum"),
    ("his .38 Special", "his thirty-eight Special"),
    ("The Mk. IV model", "The Mark Four model"),
    ("the MK-III Warden", "the Mark Three Warden"),
    ("Lt. Cdr. Alastair Finch", "Lieutenant Commander Alastair Finch"),
    ("Col. Margaret Hale, USMC (Ret.)", "Colonel Margaret Hale, U S M C, retired"),
    ("aboard the USS.", "aboard the U S S."),
    ("An IED went off near the ICU.", "An I E D went off near the I C U."),
    ("Back in NYC, the DEA", "Back in N Y C, the D E A"),
    # years from 2100 on, and any year before its era
    ("In 2150, humanity left Earth.", "In twenty-one fifty, humanity left Earth."),
    ("Mars Colony, 2187", "Mars Colony, twenty-one eighty-seven"),
    ("Kepler-442b, 2387 CE", "Kepler-four hundred forty-two b, twenty-three eighty-seven C E"),
    ("The Year of the Broken Moon, 1142 A.R.", "The Year of the Broken Moon, eleven forty-two AR."),
]

UNCHANGED = [
    # near-misses: no gauge, no calibre, no year
    ("She ate 2/3 of the pie.", "She ate two thirds of the pie."),
    ("In 2150 ships left.", "In two thousand one hundred fifty ships left."),
    ("ca. 3100 BCE", "circa three thousand one hundred BCE"),
    ("in the 30s", "in the thirties"),
    ("a .05 chance", "a point zero five chance"),
    ("In 2025, we left.", "In twenty twenty-five, we left."),
    ("The abbey burned in 1204 A.D. Then", "The abbey burned in twelve oh four AD. Then"),
]


@pytest.mark.parametrize(("text", "expected"), SAID + UNCHANGED)
def test_genre_notation_said_as_a_narrator_says_it(text: str, expected: str) -> None:
    assert to_spoken(text, "en-us") == expected


REVIEWED_NEAR_MISSES = [
    # a decimal after an article is a calibre only before a stop or a gun's verb
    ("The union had won a .25 per cent rise.", "The union had won a point two five per cent rise."),
    ("The lab reported a .45 probability.", "The lab reported a point four five probability."),
    ("He drew his .45.", "He drew his forty-five."),
    # a gauge needs its label: an abbreviation, or a capitalised word with its colon
    ("She has energy 24/7, that girl.", "She has energy twenty-four seven, that girl."),
    ("My health 50/50 this week.", "My health fifty-fifty this week."),
    ("Health: 80/100", "Health: eighty out of one hundred"),
    ("The winner returned SP 11/2.", "The winner returned SP eleven to two."),
    # "CD" is a cooldown only with its colon
    ("Dad had bought a CD 80s compilation.", "Dad had bought a CD eighties compilation."),
    ("CD: 12s", "CD: twelve seconds"),
    # a count after "by", "one in" or another count is no far year; a round thousand is said so
    (
        "Unemployment fell by 2375, the ONS said.",
        "Unemployment fell by two thousand three hundred seventy-five, the ONS said.",
    ),
    ("The odds were one in 5000.", "The odds were one in five thousand."),
    (
        "It was 4,000, 5000, 6000 in successive years.",
        "It was four thousand, five thousand, six thousand in successive years.",
    ),
    (
        "The signs read 2100, 2300, 2600.",
        "The signs read two thousand one hundred, two thousand three hundred,"
        " two thousand six hundred.",
    ),
    ("By 2150, she thought, it was over.", "By twenty-one fifty, she thought, it was over."),
    ("In 3000 AD the stars", "In three thousand AD the stars"),
]


@pytest.mark.parametrize(("text", "expected"), REVIEWED_NEAR_MISSES)
def test_ordinary_prose_near_the_genre_rules_reads_as_it_did(text: str, expected: str) -> None:
    """What a reviewer found the day's calibre, gauge, cooldown and far-year rules misread
    in news copy, text messages and racing pages."""
    assert to_spoken(text, "en-us") == expected


def test_a_football_clubs_odds_are_no_gauge() -> None:
    assert "out of" not in to_spoken("They had Hull 2/1 to win.", "en-us")


def test_a_marks_or_a_levels_dot_ends_no_sentence() -> None:
    """ "Mk." and "Lv." before their number are one sentence with it; "Lv." with no
    number after it still ends its sentence."""
    assert sentences("The Mk. IV model was cranky. She had Lv. 12 on the card.") == [
        "The Mk. IV model was cranky.",
        "She had Lv. 12 on the card.",
    ]
    assert sentences("He was only Lv. Then he grew.") == ["He was only Lv.", "Then he grew."]


def test_a_status_windows_borders_are_not_read() -> None:
    """ "=====" over a status window and "+-----+" round a skill box are borders, never
    "equals equals …" or "plus, plus"; a sum on its own line is still read."""
    window = "\u2028".join(
        ["=====================", "Name: Marcus Thane", "+-----------+", "Level: 12",
         "=====================", "2 + 2 = 4"]
    )  # fmt: skip
    assert to_spoken(window, "en-us") == "Name: Marcus Thane Level: twelve two plus two equals four"
