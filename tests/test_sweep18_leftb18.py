"""Spoken forms left from sweep 18 (leftb18): comparison signs, slashed figures (a formula
in words, odds, a time signature, a mark out of ten, a number's slash, a span of pages),
a drill's seconds, Japanese in an English book, and a travel book's small forms (the
under-18s, "3e"/"1er", "2h16", a UK postcode); each with a near miss that stays."""

from __future__ import annotations

import pytest

from audiobook.text.normalize import to_spoken

# ------------------------------------------------------------------ 1. comparison signs


def test_a_less_than_glued_to_a_variable_is_said() -> None:
    said = to_spoken("The result (p<0.05) was taken as significant, and n>30 was enough.")
    assert said == (
        "The result (p less than zero point zero five) was taken as significant, "
        "and n greater than thirty was enough."
    )


def test_a_more_than_sign_opening_a_sentence_is_said() -> None:
    assert to_spoken("> 50 people came, the parish book said.") == (
        "more than fifty people came, the parish book said."
    )


@pytest.mark.parametrize(
    ("text", "heard"),
    [
        ("ol li>1. Board minutes", "ol li one. Board minutes"),  # a tag's name, not a variable
        (
            "the answer was > 50 but < 100.",
            "the answer was greater than fifty but less than one hundred.",
        ),
    ],
)
def test_markup_and_spaced_signs_keep_their_reading(text: str, heard: str) -> None:
    assert to_spoken(text) == heard


# ------------------------------------------------------------------ 2. slashed figures


def test_a_formula_in_words_says_over() -> None:
    assert to_spoken("Speed = distance / time, so.") == "Speed equals distance over time, so."


def test_a_spaced_slash_in_prose_or_a_heading_stays_a_pause() -> None:
    assert (
        to_spoken("He lived at Lisbon / Porto for a year.")
        == "He lived at Lisbon, Porto for a year."
    )
    assert to_spoken("== Prologue / Prologue") == "equals equals Prologue, Prologue"


@pytest.mark.parametrize(
    ("text", "heard"),
    [
        ("Blue Lantern won at 9/2, and", "Blue Lantern won at nine to two, and"),
        ("the favourite, at 2/1, was third.", "the favourite, at two to one, was third."),
        ("Rovers are now 5/1 to win the cup.", "Rovers are now five to one to win the cup."),
        ("played in a 4/4 beat", "played in a four-four beat"),
        ("the waltz was in 3/4 time.", "the waltz was in three-four time."),
        ("who was 6/10 in every subject", "who was six out of ten in every subject"),
        ("I rated the film 4/5.", "I rated the film four out of five."),
        (
            "The bus, No. 12/14, stops outside.",
            "The bus, Number twelve slash fourteen, stops outside.",
        ),
        ("Pages 12 - 15 cover it.", "Pages twelve to fifteen cover it."),
        ("She jogged 60s between repeats.", "She jogged sixty seconds between repeats."),
    ],
)
def test_slashed_figures_by_what_they_count(text: str, heard: str) -> None:
    assert to_spoken(text) == heard


@pytest.mark.parametrize(
    ("text", "heard"),
    [
        ("The wool went at 7/6.", "The wool went at seven and six."),  # shillings and pence
        ("He sold the horse at 9/2 a head.", "He sold the horse at nine and two a head."),
        ("He ate 3/4 of the cake.", "He ate three quarters of the cake."),
        ("3/4 of the time", "three quarters of the time"),
        ("No 1/2 measures.", "No half a measures."),
        ("He paid 1/10 of the cost.", "He paid one tenth of the cost."),
        ("Her share was 1/10.", "Her share was one tenth."),
        ("the number 3/4 is less than one", "the number three quarters is less than one"),
        (
            "open 24/7 and split 50/50, like 9/11.",
            "open twenty-four seven and split fifty-fifty, like nine eleven.",
        ),
        ("The sum 12 - 15 is negative.", "The sum twelve, fifteen is negative."),
        ("People in their 60s should rest more.", "People in their sixties should rest more."),
    ],
)
def test_near_misses_keep_their_reading(text: str, heard: str) -> None:
    assert to_spoken(text) == heard


# ------------------------------------------------------------------ 3. Japanese in an English book


def test_a_kana_greeting_is_read_as_japanese() -> None:
    assert to_spoken("Konnichiwa (こんにちは), hello.") == "Konnichiwa (konnichiwa), hello."


def test_a_counter_in_a_sentence_about_japanese_is_read_as_japanese() -> None:
    said = to_spoken("Japanese uses counters: 3人 san-nin (3 people).")
    assert said == "Japanese uses counters: sannin san-nin (three people)."


def test_a_counter_in_a_sentence_about_chinese_stays_mandarin() -> None:
    assert to_spoken("In Chinese, 3人 is san ren.") == "In Chinese, three Ren is san ren."


# ------------------------------------------------------------------ 4. a travel book's forms


@pytest.mark.parametrize(
    ("text", "heard"),
    [
        (
            "free for under-18s and the over-65s.",
            "free for under-eighteens and the over-sixty-fives.",
        ),
        ("the 3e and 4e arrondissements", "the third and fourth arrondissements"),
        ("the Louvre is in the 1er.", "the Louvre is in the first."),
        ("Eurostar takes 2h16 from London.", "Eurostar takes two hours sixteen from London."),
        ("The train leaves at 14h30.", "The train leaves at fourteen thirty."),
        ("Leeds LS10 1AB, or SW1A 2AA.", "Leeds L S ten, one A B, or S W one A, two A A."),
    ],
)
def test_a_travel_books_forms(text: str, heard: str) -> None:
    assert to_spoken(text) == heard


@pytest.mark.parametrize(
    ("text", "heard"),
    [
        ("My 2e idée was better.", "My two e idée was better."),
        ("The A1 and the M62 meet near LS10.", "The A1 and the M62 meet near LS10."),
        ("Take the A1 4 miles north.", "Take the A1 four miles north."),
        ("Flight BA12 3PM left.", "Flight BA12 three p.m. left."),  # M: no postcode's unit
    ],
)
def test_a_travel_books_near_misses(text: str, heard: str) -> None:
    assert to_spoken(text) == heard


# ------------------------------------------------------------------ 2b. a blank year


def test_a_blank_year_with_its_decade_before_a_spaced_and() -> None:
    said = to_spoken("He had been born in 184— and had always refused to say which year.")
    assert (
        said == "He had been born in eighteen forty-blank and had always refused to say which year."
    )


def test_a_count_broken_off_before_and_stays_a_count() -> None:
    said = to_spoken("The total had reached 184—and then the gate broke.")
    assert said == "The total had reached one hundred and eighty-four, and then the gate broke."


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("She said いらっしゃいませ to us.", "She said irasshaimase to us."),
        ("Yuki-ちゃん came.", "Yuki-chan came."),
        ("the がっこう (school)", "the gakkou (school)"),
        ("a りょかん stay", "a ryokan stay"),
        ("She bought a きっぷ.", "She bought a kippu."),
    ],
)
def test_small_kana_are_romanised_with_the_syllable_before(text: str, said: str) -> None:
    assert to_spoken(text) == said


def test_plain_kana_keep_their_reading() -> None:
    assert to_spoken("In Japanese, こんにちは.") == "In Japanese, konnichiwa."


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Wei Ying (魏婴) laughed.", "Wei Ying laughed."),
        ("Lán Wàngjī (蓝忘机) said nothing.", "Lán Wàngjī said nothing."),
        ("He met Wei Ying（魏婴）at dusk.", "He met Wei Ying at dusk."),
    ],
)
def test_a_name_glossed_in_its_characters_is_said_once(text: str, said: str) -> None:
    assert to_spoken(text) == said


def test_a_gloss_that_says_something_else_is_read() -> None:
    assert to_spoken("The word for water (水) is short.") == "The word for water (Shui) is short."
