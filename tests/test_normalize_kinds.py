"""More kinds of text a narrator reads differently from how it is written: section numbers
in headings, titles inside italics, stage positions before a capital, statute and journal
citations, Bible references with Roman chapters, measures before a noun, and inch marks
inside quoted speech."""

import pytest

from audiobook.text.dialogue import split_dialogue
from audiobook.text.normalize import spoken_title, to_spoken
from audiobook.text.segment import sentences

# --------------------------------------------------------------------------- headings


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("2.1 Designing Your Day", "Two point one. Designing Your Day."),
        ("Exercise 2.1: The Ideal Week", "Exercise Two point one. The Ideal Week."),
        ("Section 3.2", "Section Three point two."),
        ("Lesson 4.12 Review", "Lesson Four point twelve. Review."),
        ("3.1.4 Keeping a Log", "Three point one point four. Keeping a Log."),
        # a decimal amount opening a title stays an amount
        ("1.5 Million Reasons to Walk", "One point five Million Reasons to Walk."),
        # unchanged: a heading's whole number
        ("Chapter 7. The Long Road", "Chapter Seven. The Long Road."),
    ],
)
def test_a_section_number_in_a_heading(title: str, expected: str) -> None:
    assert spoken_title(title) == expected


def test_a_section_number_in_running_text_is_unchanged() -> None:
    said = to_spoken("See Section 3.2 for the forms.")
    assert said == "See Section three point two for the forms."


# --------------------------------------------------------------------------- italic titles


@pytest.mark.parametrize(
    "paragraph",
    [
        "_MRS. TREGARTHEN is clearing the plates._",
        "_Mrs. Tregarthen is clearing the plates._",
        "[_DR. HOLLIS looks out of the window._",
        "_Mr. and Mrs. Pengelly come in together._",
        "*Dr. Ames closes the ledger.*",
        "We watched _Mrs. Pengelly_ cross the yard.",
        "—Mr. Carne is not at home, she said.",
    ],
)
def test_a_title_glued_to_an_opening_mark_ends_no_sentence(paragraph: str) -> None:
    assert sentences(paragraph) == [paragraph]


def test_a_title_glued_to_an_opening_mark_is_said_in_full() -> None:
    (sentence,) = sentences("_MRS. TREGARTHEN is clearing the plates. NELL sits down._")[:1]
    assert to_spoken(sentence) == "Missus TREGARTHEN is clearing the plates."


# --------------------------------------------------------------------------- stage positions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A bare room; a stove R., a bench C. with a kettle on it.",
         "A bare room; a stove right, a bench centre with a kettle on it."),
        ("A loud knock at the door L. They all freeze.",
         "A loud knock at the door left. They all freeze."),
        ("Exit CARNE, R. JENNY and TOM stare after him.",
         "Exit CARNE, right. JENNY and TOM stare after him."),
        ("Enter MR. CARNE, L. He is soaked.", "Enter Mister CARNE, left. He is soaked."),
        # unchanged: initials
        ("The letter was sent to R. Walton at the quay.",
         "The letter was sent to R. Walton at the quay."),
        ("See LEWIS, C. S. on the subject.", "See LEWIS, C. S. on the subject."),
        ("The last entry was signed by the keeper L. Penrose.",
         "The last entry was signed by the keeper L. Penrose."),
    ],
)  # fmt: skip
def test_a_stage_position_before_a_capital(text: str, expected: str) -> None:
    assert to_spoken(text) == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("A loud knock at the door L. They all freeze.",
         ["A loud knock at the door L.", "They all freeze."]),
        ("Exit CARNE, R. JENNY and TOM stare after him.",
         ["Exit CARNE, R.", "JENNY and TOM stare after him."]),
    ],
)  # fmt: skip
def test_a_stage_position_before_a_capital_ends_the_sentence(
    paragraph: str, expected: list[str]
) -> None:
    assert sentences(paragraph) == expected


# --------------------------------------------------------------------------- citations


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The toll was fixed by 15 Geo. II. c. 12, and the justices kept it.",
         "The toll was fixed by fifteen George the Second, chapter twelve, and the justices"
         " kept it."),
        ("Under 6 & 7 Will. IV. c. 71 the tithes became a rent.",
         "Under six and seven William the Fourth, chapter seventy-one the tithes became a rent."),
        ("The old act, 5 & 6 Vict. c. 45, still stood.",
         "The old act, five and six Victoria, chapter forty-five, still stood."),
        ("It was repealed by 12 Car. II, c. 24.",
         "It was repealed by twelve Charles the Second, chapter twenty-four."),
        ("Her paper came out in the Phil. Trans. for that year.",
         "Her paper came out in the Philosophical Transactions for that year."),
        ("A notice ran in the Gent. Mag. soon after.",
         "A notice ran in the Gentleman's Magazine soon after."),
        ("He wrote to the Gent. Mag. The editor never replied.",
         "He wrote to the Gentleman's Magazine. The editor never replied."),
    ],
)  # fmt: skip
def test_a_statute_or_journal_citation(text: str, expected: str) -> None:
    assert to_spoken(text) == expected


@pytest.mark.parametrize(
    "paragraph",
    [
        "The toll was fixed by 15 Geo. II. c. 12, and the justices kept it.",
        "Under 6 & 7 Will. IV. c. 71 the tithes became a rent.",
        "Her paper came out in the Phil. Trans. for that year.",
        "A notice ran in the Gent. Mag. soon after, and in the Phil. Trans. vol. 12.",
    ],
)
def test_a_citation_ends_no_sentence(paragraph: str) -> None:
    assert sentences(paragraph) == [paragraph]


def test_a_journal_at_a_sentence_end_still_ends_it() -> None:
    assert sentences("He wrote to the Gent. Mag. The editor never replied.") == [
        "He wrote to the Gent. Mag.",
        "The editor never replied.",
    ]


# --------------------------------------------------------------------------- scripture


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The text was St. Luke xii. 6, and a long one.",
         "The text was Saint Luke twelve, six, and a long one."),
        ("The lesson was Acts ii. 4.", "The lesson was Acts two, four."),
        ("Compare Matt. v. 3-9 with 1 Cor. xiii. 4.",
         "Compare Matthew five, three to nine with First Corinthians thirteen, four."),
        ("The second lesson was from Acts ii.", "The second lesson was from Acts two."),
        # unchanged: "i.e." is no chapter
        ("He quoted John i.e. the gospel.", "He quoted John that is the gospel."),
    ],
)  # fmt: skip
def test_a_bible_reference_with_a_roman_chapter(text: str, expected: str) -> None:
    assert to_spoken(text) == expected


@pytest.mark.parametrize(
    "paragraph",
    [
        "The text was St. Luke xii. 6, and the lesson was from Acts ii. 4 that morning.",
        "Compare Matt. v. 3 with 1 Cor. xiii. 4 and Gen. i. 1 too.",
    ],
)
def test_a_bible_reference_with_a_roman_chapter_ends_no_sentence(paragraph: str) -> None:
    assert sentences(paragraph) == [paragraph]


# --------------------------------------------------------------------------- measures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She won a 100m race at school.", "She won a hundred-metre race at school."),
        ("He carried a 5 kg sack up the hill.", "He carried a five-kilogram sack up the hill."),
        ("They walked an 800 m stretch of beach.",
         "They walked an eight hundred-metre stretch of beach."),
        ("The lead was 120–280 µg/dL in the bones.",
         "The lead was one hundred and twenty to two hundred and eighty micrograms per"
         " decilitre in the bones."),
        ("A dose of 5 mg/kg was given.", "A dose of five milligrams per kilogram was given."),
        ("Only 1 \u03bcg was found.", "Only one microgram was found."),  # the Greek letter
        ("It took 6 min. 40 sec. and no more.",
         "It took six minutes forty seconds and no more."),
        # unchanged: no noun after it, or more than one
        ("She ran the 100m in 11.2s.",
         "She ran the one hundred metres in eleven point two seconds."),
        ("He kept the 2 GB that remained.", "He kept the two gigabytes that remained."),
        ("We ate the 5 kg we bought.", "We ate the five kilograms we bought."),
    ],
)  # fmt: skip
def test_a_measure(text: str, expected: str) -> None:
    assert to_spoken(text) == expected


def test_a_units_dot_before_a_dash_ends_no_sentence() -> None:
    paragraph = "The average was one every 6 min. 40 sec. — and I write books about focus."
    assert sentences(paragraph) == [paragraph]
    assert to_spoken(paragraph) == (
        "The average was one every six minutes forty seconds, and I write books about focus."
    )


# --------------------------------------------------------------------------- inch marks


@pytest.mark.parametrize(
    ("paragraph", "speech"),
    [
        ('"Well," Tom said, "he said the board was 10" wide." Then Ann left.',
         ['"Well,"', '"he said the board was 10" wide."']),
        ('"Put the shelf 12" above the sink," said Ann, "and no higher."',
         ['"Put the shelf 12" above the sink,"', '"and no higher."']),
        ('He said the board was 10"wide. "Cut it," said Ann.', ['"Cut it,"']),
        ("“Well,” he said, “the gap is 3” at most.” Then Ann left.",
         ["“Well,”", "“the gap is 3” at most.”"]),
        # unchanged: a number that closes a quotation
        ('He shouted "Go to gate 12" and ran.', ['"Go to gate 12"']),
        ('Room "101" was empty.', ['"101"']),
    ],
)  # fmt: skip
def test_an_inch_mark_is_no_quotation_mark(paragraph: str, speech: list[str]) -> None:
    spans, still_open = split_dialogue(paragraph, ["Ann", "Tom"])
    assert [s.text for s in spans if s.speech] == speech
    assert not still_open


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"He said the board was 10" wide, and the frame 9" across."',
         '"He said the board was ten inches wide, and the frame nine inches across."'),
        ('"Put the shelf 12" above the sink," said Ann.',
         '"Put the shelf twelve inches above the sink," said Ann.'),
        ('He shouted "Go to gate 12" and ran.', 'He shouted "Go to gate twelve" and ran.'),
    ],
)  # fmt: skip
def test_an_inch_mark_inside_a_quotation_is_said(text: str, expected: str) -> None:
    assert to_spoken(text) == expected
