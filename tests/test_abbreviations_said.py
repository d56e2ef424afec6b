"""Abbreviations, titles, Roman numerals and blanks as a narrator says them, and where
their dots end a sentence."""

from __future__ import annotations

from pathlib import Path

import pytest

from audiobook.config import BookConfig
from audiobook.models import Chapter, Manuscript, Paragraph
from audiobook.text.normalize import spoken_title, to_spoken
from audiobook.text.segment import segment, sentences


def said(text: str) -> list[str]:
    """Each sentence of `text` as it is spoken."""
    return [to_spoken(s) for s in sentences(text)]


# --------------------------------------------------------------------------- 1. streets


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("They turned up Larchmont Dr. Nobody spoke.",
         ["They turned up Larchmont Drive.", "Nobody spoke."]),
        ("Her office was at 14C Quay St. Call the desk first.",
         ["Her office was at fourteen C Quay Street.", "Call the desk first."]),
        ("We walked along Marsh Rd. Then it rained.",
         ["We walked along Marsh Road.", "Then it rained."]),
    ],
)  # fmt: skip
def test_a_street_abbreviation_ends_its_sentence(text: str, expected: list[str]) -> None:
    assert said(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We made it to 1500 Pennsylvania Ave. NW by 12:20 a.m.",
         ["We made it to fifteen hundred Pennsylvania Avenue Northwest by twelve twenty a.m."]),
        ("They lived on Sunset Blvd. in a pink house.",
         ["They lived on Sunset Boulevard in a pink house."]),
        ("The flat was on Florida Ave. NW. The next day it rained.",
         ["The flat was on Florida Avenue Northwest.", "The next day it rained."]),
        # near misses: a new sentence after the street; a wind's quarter is no quadrant
        ("He walked down Elm Ave. She followed.", ["He walked down Elm Avenue.", "She followed."]),
        ("The wind was NW and freshening.", ["The wind was NW and freshening."]),
    ],
)  # fmt: skip
def test_a_street_before_its_quadrant_or_a_small_word_goes_on(
    text: str, expected: list[str]
) -> None:
    assert said(text) == expected


def test_a_doctor_before_a_name_is_no_street() -> None:
    assert said("Call Dr. Who at once.") == ["Call Doctor Who at once."]
    assert said("Ask Dr. Patel. She knows.") == ["Ask Doctor Patel.", "She knows."]


# --------------------------------------------------------------------------- 2. calendar


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The parcel came on Thurs., 3 Nov. 2011 by post.",
         "The parcel came on Thursday, the third of November twenty eleven by post."),
        ("The ferry leaves on Sat. from Oban.", "The ferry leaves on Saturday from Oban."),
        ("Mon. and Fri. were quiet.", "Monday and Friday were quiet."),
        ("By Thu. 9th the roof was on.", "By Thursday the ninth the roof was on."),
        ("By the end of Jan. the pond had thawed.",
         "By the end of January the pond had thawed."),
        ("She arrived in Sept. 1958 with one trunk.",
         "She arrived in September nineteen fifty-eight with one trunk."),
        ("Aug. 1914 changed it all.", "August nineteen fourteen changed it all."),
        ("In the first week of Jan., the mill shut.",
         "In the first week of January, the mill shut."),
        ("The choir met on the 2nd Sun. of the month.",
         "The choir met on the second Sunday of the month."),
        ("Sat 9 March: rain again.", "Saturday the ninth of March: rain again."),
        ("Surgery hours Tues–Thurs only.", "Surgery hours Tuesday to Thursday only."),
    ],
)  # fmt: skip
def test_weekdays_and_months_are_said_in_full(text: str, expected: str) -> None:
    assert said(text) == [expected]


def test_a_weekday_dot_ends_a_sentence_only_where_it_ends() -> None:
    assert said("We sail on Fri. Then the long wait.") == [
        "We sail on Friday.", "Then the long wait."
    ]


@pytest.mark.parametrize(
    "text",
    ["She had a long letter from Jan.", "Tom read the Sun.", "I told Jan. She laughed."],
)
def test_names_and_papers_that_look_like_dates_are_left(text: str) -> None:
    assert "January" not in " ".join(said(text)) and "Sunday" not in " ".join(said(text))


# --------------------------------------------------------------------------- 3. places, units


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We drove from Ft. Augustus to Pt. Ellen and on to Ste. Marie.",
         "We drove from Fort Augustus to Point Ellen and on to Sainte Marie."),
        ("He rented Apt. 7C off Russell Sq. near Rt. 30.",
         "He rented Apartment seven C off Russell Square near Route thirty."),
        ("The brewery, est. 1821, still stands.",
         "The brewery, established eighteen twenty-one, still stands."),
        ("She was 3 yrs old; he scored 12 pts and won 5 gns. for it.",
         "She was three years old; he scored twelve points and won five guineas for it."),
        ("Address it to R. Hale, Esq. of Whitby.", "Address it to R. Hale, Esquire of Whitby."),
        ("See col. 3 of the paper.", "See column three of the paper."),
        ("He joined the 4th Bn. in spring.", "He joined the fourth Battalion in spring."),
        ("Mary Ashby (b. 1790, d. 1851) kept the inn.",
         "Mary Ashby (born seventeen ninety, died eighteen fifty-one) kept the inn."),
        ("The glazier Tobias Reyne (fl. 1610–1640) made it.",
         "The glazier Tobias Reyne (flourished sixteen ten to sixteen forty) made it."),
        ("Osric (r. 718–29) built it, and Ada (m. 1701) sold it.",
         "Osric (reigned seven hundred and eighteen to twenty-nine) built it, and Ada "
         "(married seventeen oh one) sold it."),
    ],
)  # fmt: skip
def test_places_and_other_abbreviations_are_said(text: str, expected: str) -> None:
    assert said(text) == [expected]


def test_a_statute_is_read_by_section_and_subsection() -> None:
    text = "Under s. 7(3) and para. 2 of Sch. 4, and Art. 8(2), the claim failed."
    assert said(text) == [
        "Under section seven, subsection three and paragraph two of Schedule four, and "
        "Article Eight, two, the claim failed."
    ]


def test_initials_outside_brackets_stay_letters() -> None:
    assert said("Signed, J. d. 1900 copy") != ["Signed, J. died nineteen hundred copy"]
    assert "born" not in " ".join(said("Plan b. 2 is worse."))


# --------------------------------------------------------------------------- 4. "No."


def test_no_that_answers_a_question_is_no_number() -> None:
    assert said("“Was it 1952? No. 1948.”") == ["“Was it nineteen fifty-two? No. nineteen "
                                                "forty-eight.”"]
    assert said("“No. 1948.”") == ["“No. nineteen forty-eight.”"]


def test_no_that_labels_is_still_number() -> None:
    assert said("She lived at No. 4 Hill Row.") == ["She lived at Number four Hill Row."]
    assert said("No. 12 was empty.") == ["Number twelve was empty."]


# --------------------------------------------------------------------------- 5. letters


def test_a_letter_after_appendix_is_a_letter() -> None:
    assert said("The tables are in Appendix C and Part D.") == [
        "The tables are in Appendix C and Part D."
    ]
    assert spoken_title("Appendix C: Tables") == "Appendix C: Tables."
    assert said("Read Part IV and Chapter L.") == ["Read Part Four and Chapter Fifty."]


# --------------------------------------------------------------------------- 6. regnal numbers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Edward I was crowned in 1274.", "Edward the First was crowned in twelve seventy-four."),
        ("In his reign Henry I the lawgiver ruled.",
         "In his reign Henry the First the lawgiver ruled."),
        ("Queen Mary I wed Philip.", "Queen Mary the First wed Philip."),
        ("Robert I of Scotland won.", "Robert the First of Scotland won."),
        ("Victoria I's heir waited.", "Victoria the First's heir waited."),
        ("A coin of Stephen I (1135–54) was found.",
         "A coin of Stephen the First (eleven thirty-five to fifty-four) was found."),
        ("Vatican I closed early.", "Vatican One closed early."),
        ("Sir Giles Pembury IV sat down.", "Sir Giles Pembury the Fourth sat down."),
        ("Super Bowl XLIX and WrestleMania XL sold out.",
         "Super Bowl Forty-Nine and WrestleMania Forty sold out."),
        ("After WWII and WW1 came peace.", "After World War Two and World War One came peace."),
        ("The stone reads MDCCCXL.", "The stone reads eighteen forty."),
        ("The box marked XIV was empty.", "The box marked fourteen was empty."),
    ],
)  # fmt: skip
def test_a_rulers_numeral_is_said_where_it_is_certain(text: str, expected: str) -> None:
    assert said(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "When I met Elizabeth I was nervous.",
        "I promised George I would write.",
        "After Henry I left the room.",
        "Tell John I said so.",
    ],
)
def test_the_pronoun_after_a_name_is_kept(text: str) -> None:
    assert said(text) == [text]


@pytest.mark.parametrize("text", ["Send Your CV today.", "Get it in Size XL.", "Use the Git CLI."])
def test_letters_after_a_name_that_are_no_numerals_are_left(text: str) -> None:
    assert said(text) == [text]


def test_a_shouted_sonnet_heading_is_a_number() -> None:
    assert said("SONNET XIV") == ["Sonnet Fourteen"]


# --------------------------------------------------------------------------- 7. lone "I"


def _book(paragraphs: list[str]) -> Manuscript:
    return Manuscript(
        title="Book", author="Writer", language="en",
        chapters=(Chapter("The Tale", tuple(Paragraph(p) for p in paragraphs)),),
        source=Path("book.txt"),
    )  # fmt: skip


def test_a_lone_i_over_a_storys_first_part_is_one() -> None:
    (chapter,) = segment(_book(["I", "The boat came in.", "II", "It left."]), BookConfig())
    spoken = [s.spoken for s in chapter.segments if s.kind == "text"]
    assert spoken[0] == "One." and spoken[2] == "Two."


def test_a_lone_i_without_a_second_part_stays_the_pronoun() -> None:
    (chapter,) = segment(_book(["Who did it?", "I", "Nobody else."]), BookConfig())
    assert [s.spoken for s in chapter.segments if s.kind == "text"][1] == "I"


# --------------------------------------------------------------------------- 8. blanks


def test_victorian_blanks_are_said_blank() -> None:
    text = "In the year 18— I came to Mr. ——'s house in ——shire."
    assert said(text) == [
        "In the year eighteen hundred and blank I came to Mister Blank's house in Blankshire."
    ]
    assert said("Lady —— was not at home.") == ["Lady Blank was not at home."]


def test_a_dash_after_a_number_in_talk_is_a_pause() -> None:
    assert said("He was 18—no, 19.") == ["He was eighteen, no, nineteen."]


# --------------------------------------------------------------------------- 9. review mends


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("When I met King Edgar I bowed low.", "When I met King Edgar I bowed low."),
        ("After seeing Queen Maud I felt faint.", "After seeing Queen Maud I felt faint."),
        ("King Edgar I was crowned at Bath.", "King Edgar the First was crowned at Bath."),
        ("In the reign of King Edgar I the coins changed.",
         "In the reign of King Edgar the First the coins changed."),
    ],
)
def test_a_titled_name_keeps_the_pronoun_after_it(text: str, expected: str) -> None:
    assert to_spoken(text) == expected


def test_broken_off_talk_is_no_blank() -> None:
    assert said('"I have counted 9 of 14—" she began.') == [
        '"I have counted nine of fourteen" she began.'
    ]
    assert said('"Eleven, 12, 13—" he said.') == ['"Eleven, twelve, thirteen" he said.']
    assert "Blank" not in said('"No——no, you said so," he cried.')[0]
    assert "Blank" not in said("‘Kindly, Madam, Sir——’ he began.")[0]
    assert said("It was the winter of 18—, and cold.") == [
        "It was the winter of eighteen hundred and blank, and cold."
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The card came from Jun. She wrote well.", ["The card came from Jun.", "She wrote well."]),
        ("I heard nothing from Dec. He was away.", ["I heard nothing from Dec.", "He was away."]),
        ("A box came from Sun. It held tea.", ["A box came from Sun.", "It held tea."]),
        ("I read it in the Sun, 2 May 1990.", ["I read it in the Sun, the second of May nineteen"
                                               " ninety."]),
        ("Sat 20 minutes in the rain.", ["Sat twenty minutes in the rain."]),
        ("Sat 14 June was wet.", ["Saturday the fourteenth of June was wet."]),
        ("We left in Jun. and came back in Dec.",
         ["We left in June and came back in December."]),
    ],
)
def test_calendar_abbreviations_that_are_names_or_verbs(text: str, expected: list[str]) -> None:
    assert said(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The town (pop. 8,000, est. 2020) lies north.",
         "The town (population eight thousand, estimated twenty twenty) lies north."),
        ("A bakery, est. 1887, sold bread.",
         "A bakery, established eighteen eighty-seven, sold bread."),
        ("The main (d. 1200 mm) burst.",
         "The main (diameter one thousand two hundred millimetres) burst."),
        ("Keats (b. 1795, d. 1821) wrote it.",
         "Keats (born seventeen ninety-five, died eighteen twenty-one) wrote it."),
    ],
)  # fmt: skip
def test_an_estimate_and_a_diameter_are_no_founding_and_no_death(text: str, expected: str) -> None:
    assert to_spoken(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“No. 10.”", "“Number ten.”"),
        ("“No. 1937.”", "“No. nineteen thirty-seven.”"),
        ("“Is it twelve? No. 14.”", "“Is it twelve? No. fourteen.”"),
        ("She carried a jug marked XXX.", "She carried a jug marked XXX."),
        ("The disc was labelled CD.", "The disc was labelled CD."),
        ("The drawer marked XLVII stuck.", "The drawer marked forty-seven stuck."),
    ],
)  # fmt: skip
def test_a_house_number_given_alone_and_labels_of_letters(text: str, expected: str) -> None:
    assert to_spoken(text, "en") == expected


def test_a_possessive_before_dr_who_is_no_street() -> None:
    paragraph = "He grew up watching the BBC's Dr. Who on Saturday nights."
    assert [to_spoken(s, "en") for s in sentences(paragraph)] == [
        "He grew up watching the BBC's Doctor Who on Saturday nights."
    ]
