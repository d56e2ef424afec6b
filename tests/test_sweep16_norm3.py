"""Sweep 16, third normalization pass (modern manuscripts): an ordinal street's "St.", false
sentence ends after "M.D.", "EST." and "a.m.", opening hours in day letters, an acronym in a
title, a mail header's date and time, a weekday before a month, US states, a bracket after
a quotation, a calling code. Each mend has a hit (read wrongly before) and a near miss (a
look-alike left as it was)."""

from __future__ import annotations

from pathlib import Path

import pytest

from audiobook.build.pipeline import load_book
from audiobook.text.normalize import spoken_title, to_spoken
from audiobook.text.segment import sentences


def said(text: str) -> str:
    return " | ".join(to_spoken(s, "en") for s in sentences(text, "en"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an ordinal street's "St." before a capital: the street, and the sentence's end
        ("We took the 6 train to 86th St. Temperature: 72°F and falling.",
         "We took the six train to eighty-sixth Street. | Temperature: seventy-two degrees "
         "Fahrenheit and falling."),
        ("He walked down 42nd St. Traffic was bad.",
         "He walked down forty-second Street. | Traffic was bad."),
        # false sentence ends
        ("I ate in the M.D. Anderson cafeteria before my shift.",
         "I ate in the M.D. Anderson cafeteria before my shift."),
        ("The sign said U-PICK, EST. 1952 in red letters.",
         "The sign said U-PICK, Established nineteen fifty-two in red letters."),
        ("The call was at 9 a.m. ET. Nobody came.",
         "The call was at nine a.m. ET. | Nobody came."),
        # opening hours in day letters
        ("The office is open M–F, 9 a.m.–5 p.m. for walk-ins.",
         "The office is open Monday to Friday, nine a.m. to five p.m. for walk-ins."),
        ("We are open M-Sa until noon.", "We are open Monday to Saturday until noon."),
        # a date's year before a time
        ("Sent: Thursday, April 2, 2020 2:15 PM",
         "Sent: Thursday, April second, twenty twenty at two fifteen p.m."),
        ("Date: 2 April 2020 14:15", "Date: the second of April twenty twenty at fourteen fifteen"),
        # an undotted weekday before a month and day
        ("Tue, Oct 15, 2019 was the day it started.",
         "Tuesday, October fifteenth, twenty nineteen was the day it started."),
        # US states
        ("It was postmarked from Portland, Oregon; Tucson, AZ; and Reykjavík.",
         "It was postmarked from Portland, Oregon; Tucson, Arizona; and Reykjavík."),
        ("She lives in central NJ with her family.",
         "She lives in central New Jersey with her family."),
        ("Burlington, VT, 2024", "Burlington, Vermont, twenty twenty-four"),
        # a calling code before "number"
        ("My phone rang. A +380 number. Kyiv.",
         "My phone rang. | A plus three eight zero number. | Kyiv."),
    ],
)
def test_said_now(text: str, expected: str) -> None:
    assert said(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("They met at 1 St. James's Place.", "They met at one Saint James's Place."),
        ("We waited at the 86th St. Station for an hour.",
         "We waited at the eighty-sixth Street Station for an hour."),
        ("She is an M.D. Anderson was her boss.", "She is an M.D. | Anderson was her boss."),
        ("The show is at 9 p.m. We will wait.", "The show is at nine p.m. | We will wait."),
        ("Sizes run S-M and M-L.", "Sizes run S-M and M-L."),
        ("She got an M-F grade.", "She got an M-F grade."),
        ("On April 2, 2020 we met.", "On April second, twenty twenty we met."),
        ("Mon, Tue, Wed are busy.", "Mon, Tue, Wed are busy."),
        ("In Excel, OR returns true.", "In Excel, OR returns true."),
        ("Jane Smith, MD", "Jane Smith, MD"),
        ("We were in central IT then.", "We were in central IT then."),
        ("We scored +380 points.", "We scored plus three hundred and eighty points."),
    ],
)
def test_near_misses_stay(text: str, expected: str) -> None:
    assert said(text) == expected


def test_acronym_label_in_title_kept() -> None:
    assert spoken_title("POV: You Find a Body") == "POV: You Find a Body."
    assert spoken_title("FAQ: Getting Started") == "FAQ: Getting Started."


def test_shouted_title_still_title_cased() -> None:
    assert spoken_title("POV: YOU FIND A BODY") == "Pov: You Find a Body."
    assert spoken_title("ONE: The Call") == "One: The Call."
    assert spoken_title("HOME: A Story") == "Home: A Story."


def _spoken(tmp_path: Path, body: str) -> list[str]:
    book = tmp_path / "book.md"
    book.write_text(f"# Chapter One\n\n{body}\n\nThen we left.\n", encoding="utf-8")
    _, _, chapters = load_book(book)
    return [s.spoken for s in chapters[0].segments if s.kind == "text"]


def test_bracket_after_quotation_kept(tmp_path: Path) -> None:
    body = ("1. She liked rain.\n2. She was writing a thesis. (\"It's significant, "
            "p < 0.01.\")\n3. She hated (\"long words.\") a lot.")
    spoken = _spoken(tmp_path, body)
    assert "(\"It's significant, p less than zero point zero one.\")" in spoken
    assert "three. She hated (\"long words.\") a lot." in spoken


def test_quotation_without_bracket_still_ends(tmp_path: Path) -> None:
    spoken = _spoken(tmp_path, 'She said, "Go." Then she left.')
    assert spoken[:2] == ['She said, "Go."', "Then she left."]
