"""A self-help book typed as plain text, and the words of non-fiction said rightly: its
contents list left out, "1 WHY SIT?" headings under their parts, numbers joined to a
word in a title, worksheet blanks, hashtags, units, a range of degrees, US states.
Every text here is made up."""

from __future__ import annotations

import pytest

from audiobook.text.normalize import spoken_title, to_spoken
from audiobook.text.readers.plaintext import find_chapters

# ---------------------------------------------------------------- a plain-text self-help book

CONTENTS = """TABLE OF CONTENTS

Opening Words
Part I — Ground
1 Why Go?
2 The Stride
Part II — The Route
3 Week One
4 Weeks Two to Six
Resources
"""

BODY = """OPENING WORDS

I began walking at dawn the year my knee healed, one street at a time, and kept at it.

This book has two parts: why, and how.


PART I — GROUND


1 WHY GO?

People give me three reasons, and every one of them is a good reason to start.


2 THE STRIDE

Keep your steps short. Land softly, and let the arms swing from the shoulder.


PART II — THE ROUTE


3 WEEK ONE

Walk ten minutes a day. Tick each day off as you go.


4 WEEKS TWO TO SIX

Add five minutes each week, and one longer walk at the weekend.


RESOURCES

Download the route maps at www.dawnwalker.example/maps before you set out.

Perrin, A. Feet First. Harbour Press, 2004.
"""

TITLE_PAGE = "THE 42-DAY STRIDE\n\nA Gentle Walking Plan\n\nby Ada Perrin\n\n\n"


def test_a_contents_list_of_numbered_titles_is_left_out_and_listed() -> None:
    found = find_chapters(TITLE_PAGE + CONTENTS + "\n\n" + BODY)
    contents = next(o for o in found.omitted if o.why == "table of contents")
    assert "1 Why Go?" in contents.text and "Part II — The Route" in contents.text
    said = [p.text for _, ps in found.chapters for p in ps]
    assert not any("Why Go?" in p for p in said)


@pytest.mark.parametrize("contents", [CONTENTS + "\n\n", ""], ids=["listed", "unlisted"])
def test_numbered_shouted_headings_are_chapters_inside_their_parts(contents: str) -> None:
    found = find_chapters(TITLE_PAGE + contents + BODY)
    titles = [t for t, _ in found.chapters]
    assert "PART I — GROUND. 1. WHY GO?" in titles
    assert "2. THE STRIDE" in titles
    assert "PART II — THE ROUTE. 3. WEEK ONE" in titles
    assert "4. WEEKS TWO TO SIX" in titles
    assert spoken_title("4. WEEKS TWO TO SIX") == "Four. Weeks Two to Six."


def test_resources_named_by_the_contents_is_a_heading() -> None:
    found = find_chapters(TITLE_PAGE + CONTENTS + "\n\n" + BODY)
    assert [t for t, _ in found.chapters][-1] == "RESOURCES"


def test_a_numbered_line_in_running_text_is_no_heading() -> None:
    text = "1 MILE\n\nThat was all I managed, the first morning out.\n"
    assert [t for t, _ in find_chapters(text).chapters] == [None]


def test_a_title_number_out_of_order_keeps_its_space() -> None:
    text = "12 ANGRY MEN\n\nA short essay on juries, and why twelve.\n\n" \
        "3 KINDS OF DOUBT\n\nThere are at least three, and we meet them all.\n"
    titles = [t for t, _ in find_chapters(text).chapters]
    assert "12. ANGRY MEN" not in titles


# ---------------------------------------------------------------- titles with numbers


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("The 30-Day Plan", "The Thirty-Day Plan."),
        ("THE 30-DAY CALM", "The Thirty-Day Calm."),
        ("24-Hour Party People", "Twenty-Four-Hour Party People."),
        ("The 3 a.m. Problem", "The three a.m. Problem."),
        ("Part I — Foundations. 1 The Habit Loop", "Part One. Foundations. One. The Habit Loop."),
        ("2. THE BREATH", "Two. The Breath."),
        # near misses: the hyphen or the number still sets a chapter's number apart
        ("Chapter 3-The Title", "Chapter Three. The Title."),
        ("1-Introduction", "One. Introduction."),
        ("Chapter 7 — Night", "Chapter Seven. Night."),
    ],
)
def test_a_number_joined_to_a_word_in_a_title_is_one_word(title: str, expected: str) -> None:
    assert spoken_title(title) == expected


def test_the_credits_say_a_hyphened_number_in_title_case() -> None:
    assert to_spoken("The 30-Day Calm. Written by Ada Perrin.") == (
        "The Thirty-Day Calm. Written by Ada Perrin."
    )
    assert to_spoken("a 30-day plan") == "a thirty-day plan"


# ---------------------------------------------------------------- worksheets


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Date: ____/____/______", "Date: blank"),
        ("Date: _//___", "Date: blank"),  # a converter took two of its underscores for bold
        ("Name: ________", "Name: blank"),
        ("Today I noticed ______________.", "Today I noticed blank."),
        ("Lender: _______ Balance: $_______ APR: _____%",
         "Lender: blank, Balance: blank dollars, APR: blank percent"),
        ("Owed to Mr. ____ by Friday", "Owed to Mister Blank by Friday"),
        ("Is sleep worth it? (T / F)", "Is sleep worth it? (true or false)"),
        ("☑ Spare tyre ☒ Jack ☐ Torch", "Ticked: Spare tyre, crossed: Jack, Torch"),
        # near misses: italics, a name's underscores, a rule alone are no blanks
        ("the _Clarion_ said", "the Clarion said"),
        ("run __main__ first", "run main first"),
        ("__________", ""),
    ],
)  # fmt: skip
def test_a_worksheet_blank_is_said_blank(text: str, expected: str) -> None:
    assert to_spoken(text, "en-us") == expected


def test_a_blank_in_another_language_is_left_out() -> None:
    assert to_spoken("Nom : ________", "fr") == "Nom:"


# ---------------------------------------------------------------- hashtags


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Follow along with #dawnwalks", "Follow along with hashtag dawnwalks"),
        ("I did #100DaysOfCode twice.", "I did hashtag one hundred days of code twice."),
        ("Tag it #WalkToWorkDay.", "Tag it hashtag walk to work day."),
        # near misses
        ("She was #5 on the list.", "She was number five on the list."),
        ("He wrote it in C# and F#.", "He wrote it in C# and F#."),
        ("Paint it #FF0000.", "Paint it #FF0000."),
        ("Flat #4B is empty.", "Flat number four B is empty."),
    ],
)
def test_a_hashtag_is_said_hashtag(text: str, expected: str) -> None:
    assert to_spoken(text, "en-us") == expected


# ---------------------------------------------------------------- units, places, ranges


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Keep the room at 65–68°F.", "Keep the room at sixty-five to sixty-eight degrees "
         "Fahrenheit."),
        ("Store it at 2-8°C.", "Store it at two to eight degrees Celsius."),
        ("It hums at 60 dB.", "It hums at sixty decibels."),
        ("a 60 dB fan", "a sixty-decibel fan"),
        ("Mix 1 tsp soap per 1 qt water.", "Mix one teaspoon soap per one quart water."),
        ("It holds 40–50 lbs/sq ft.", "It holds forty to fifty pounds per square foot."),
        ("a 400 sq ft flat", "a four hundred square foot flat"),
        ('Cover with 1/4" of soil.', "Cover with a quarter inch of soil."),
        ('Use a 1/2" bolt.', "Use a half-inch bolt."),
        ('Cut it 3/4" deep.', "Cut it three quarters of an inch deep."),
        ("Rent ran $400–$1,200 per month.",
         "Rent ran four hundred dollars to one thousand two hundred dollars per month."),
        ("She lives in Portland, OR. She runs.", "She lives in Portland, Oregon. She runs."),
        ("a truck in Austin, TX 78701.", "a truck in Austin, Texas seven eight seven zero one."),
        # near misses: a quotation's close, a range with no degrees, "OK" without a ZIP
        ('He said "take 1/2" and went.', 'He said "take one half" and went.'),
        ("pages 10–12", "pages ten to twelve"),
        ("We met in Rome, OK?", "We met in Rome, OK?"),
        ("Thanks, PA.", "Thanks, PA."),
    ],
)  # fmt: skip
def test_measures_places_and_ranges_are_said_in_words(text: str, expected: str) -> None:
    assert to_spoken(text, "en-us") == expected


# ---------------------------------------------------------------- a review's misfires


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The best advice came from Mark Hyman, MD, who told me to walk.",
         "The best advice came from Mark Hyman, MD, who told me to walk."),
        ("He was referred to Amy Jones, PA.", "He was referred to Amy Jones, PA."),
        ("In Excel, OR returns true if any argument is.",
         "In Excel, OR returns true if any argument is."),
        ("He lives in Baltimore, MD.", "He lives in Baltimore, Maryland."),
    ],
)  # fmt: skip
def test_a_doctors_letters_and_a_function_are_no_state(text: str, expected: str) -> None:
    assert to_spoken(text, "en") == expected


def test_a_diarys_dates_are_read_as_dates_not_chapter_numbers() -> None:
    text = "".join(
        f"{day} MAY\n\nRain again, and the boat did not come on day {day}.\n\n\n\n"
        for day in (1, 2, 3)
    )
    titles = [t for t, _ in find_chapters(text).chapters if t]
    assert titles == ["1 MAY", "2 MAY", "3 MAY"]
    assert spoken_title("1 MAY", "en") == "The first of May."


def test_a_shopping_list_of_numbered_lines_stays_in_its_chapter() -> None:
    text = (
        "THE ORDER OF THINGS\n\nBefore she left, my mother wrote a list and pinned it up.\n\n"
        "1 LOAF OF BREAD\n\n2 PINTS OF MILK\n\n3 TINS OF SOUP\n\n"
        "I kept the list for twenty years, and I read it more often than anything else.\n"
    )
    chapters = find_chapters(text).chapters
    assert len(chapters) == 1
    assert "1 LOAF OF BREAD" in [p.text for p in chapters[0][1]]
