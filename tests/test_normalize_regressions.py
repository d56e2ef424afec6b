"""Ordinary sentences that the day's new reading rules had started to read wrongly: Greek
letters as symbols, figures in quotation marks, "Sr.", amounts before a verb, names that
are also Bible books, "Co.", "no.", "pop.", "Hon.", "3d", "3M", "ending", ranks at a
sentence's end, "S-bend" and marks out of a total."""

from __future__ import annotations

import pytest

from audiobook.text.dialogue import split_dialogue
from audiobook.text.normalize import to_spoken
from audiobook.text.segment import sentences

# --------------------------------------------------------------------------- 1. Greek symbols


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The cells sat in 40 μmol of glucose.", "The cells sat in forty micromoles of glucose."),
        ("Each pulse lasted 5 μs at most.", "Each pulse lasted five microseconds at most."),
        ("The bump sat 1.5σ above the mean.", "The bump sat one point five sigma above the mean."),
        ("We set α = 0.05 for a test.", "We set alpha equals zero point zero five for a test."),
        ("Her doctor tried a β-blocker first.", "Her doctor tried a beta-blocker first."),
        ("He could recite π to forty places.", "He could recite pi to forty places."),
        ("Solder a 10 kΩ resistor there.", "Solder a ten-kilohm resistor there."),
        ("The angle θ widens slowly.", "The angle theta widens slowly."),
        ("The rise ΔT stayed small.", "The rise delta T stayed small."),
        ("He pledged ΚΚΓ, and later ΣΧ.", "He pledged kappa kappa gamma, and later sigma chi."),
        # a Greek word is still a word
        ("Her motto was ψυχή, she said.", "Her motto was psukhay, she said."),
    ],
)  # fmt: skip
def test_a_greek_letter_used_as_a_symbol_is_named(text: str, expected: str) -> None:
    assert to_spoken(text, "en") == expected


# --------------------------------------------------------------------------- 2. quoted figures


@pytest.mark.parametrize(
    ("paragraph", "speech", "said"),
    [
        ('The signs read "Gate 12" and "Exit 3" in red.', ['"Gate 12"', '"Exit 3"'],
         'The signs read "Gate twelve" and "Exit three" in red.'),
        ('"Call me at 9" she said, "or after 10" if you must.',
         ['"Call me at 9"', '"or after 10"'],
         '"Call me at nine" she said, "or after ten" if you must.'),
    ],
)  # fmt: skip
def test_two_quoted_figures_stay_quotations(paragraph: str, speech: list[str], said: str) -> None:
    spans, still_open = split_dialogue(paragraph, [])
    assert [s.text for s in spans if s.speech] == speech
    assert not still_open
    assert to_spoken(paragraph, "en") == said


# --------------------------------------------------------------------------- 3. "Sr."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sr. Analyst Jones wrote the memo.", "Senior Analyst Jones wrote the memo."),
        ("Buenos días, Sr. García, said the clerk.", "Buenos días, Señor García, said the clerk."),
        ("We asked Sr. Ortega for the keys.", "We asked Señor Ortega for the keys."),
        ("Then Sr. Agnes rang the bell.", "Then Sister Agnes rang the bell."),
    ],
)  # fmt: skip
def test_sr_is_sister_only_before_a_given_name(text: str, expected: str) -> None:
    assert to_spoken(text, "en") == expected


# --------------------------------------------------------------------------- 4. amounts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I owe you the $50 tomorrow.", "I owe you the fifty dollars tomorrow."),
        ("Give me the $20 now.", "Give me the twenty dollars now."),
        ("That $5 bought bread for a week.", "That five dollars bought bread for a week."),
        ("The $300 goes to the landlord.", "The three hundred dollars goes to the landlord."),
        ("He took the $40 home.", "He took the forty dollars home."),
        ("The 12 km took us all day.", "The twelve kilometres took us all day."),
        ("The 10 km felt endless.", "The ten kilometres felt endless."),
        ("This 2 kg weighs a lot.", "This two kilograms weighs a lot."),
        ("It is the 40° today that hurts.", "It is the forty degrees today that hurts."),
        ("That 30° felt like summer.", "That thirty degrees felt like summer."),
        # still one word before a noun
        ("He left a $10 tip.", "He left a ten-dollar tip."),
    ],
)  # fmt: skip
def test_an_amount_before_a_verb_stays_an_amount(text: str, expected: str) -> None:
    assert to_spoken(text, "en") == expected


# --------------------------------------------------------------------------- 5, 6. Bible books


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We met at Mark 9:30 by the gate.", "We met at Mark nine thirty by the gate."),
        ("Ruth 10:15 was the time on the ticket.", "Ruth ten fifteen was the time on the ticket."),
        ("James 2:45 is when the shift ends, said Mark.",
         "James two forty-five is when the shift ends, said Mark."),
        ("Meet me at Mark 11:58 PM sharp.", "Meet me at Mark eleven fifty-eight p.m. sharp."),
        ("We caught the Luke 4:15 train.", "We caught the Luke four fifteen train."),
        ("Kings 3:2 was the final score.", "Kings three to two was the final score."),
        ("The Gen. 1 games were the best.", "The Gen. one games were the best."),
        # still scripture: a verse that is no time, or a sentence about scripture
        ("The parable is Luke 15:11ff. in most copies.",
         "The parable is Luke fifteen, eleven and following in most copies."),
        ("The verse he loved was Mark 9:23.", "The verse he loved was Mark nine, twenty-three."),
        ("Then 2 Sam. 7:12 follows.", "Then Second Samuel seven, twelve follows."),
        ("Read Gen. 3 before you sleep.", "Read Genesis three before you sleep."),
        ("We read Acts 2:4 at the service.", "We read Acts two, four at the service."),
        ("Read Col. 3 and Rev. 2 today.", "Read Colossians three and Revelation two today."),
    ],
)  # fmt: skip
def test_a_name_that_is_a_bible_book_is_a_name(text: str, expected: str) -> None:
    assert to_spoken(text, "en") == expected


@pytest.mark.parametrize(
    ("paragraph", "first"),
    [
        ("I called Sam. 2 hours later he rang back.", "I called Sam."),
        ("I phoned Matt. 5 minutes later he came.", "I phoned Matt."),
        ("Well done, Josh. 10 out of 10.", "Well done, Josh."),
        ("She waved at Dan. 3 days passed.", "She waved at Dan."),
        ("We waited for Tim. 2 hours went by.", "We waited for Tim."),
        ("He hugged Phil. 3 of them cried.", "He hugged Phil."),
    ],
)  # fmt: skip
def test_a_name_before_a_figure_ends_its_sentence(paragraph: str, first: str) -> None:
    assert sentences(paragraph)[0] == first
    assert to_spoken(first, "en") == first


# --------------------------------------------------------------------------- 7-9. dots


@pytest.mark.parametrize(
    ("paragraph", "first", "said"),
    [
        ("He lived in Co. Down by the docks for a year.", "He lived in Co.", "He lived in Co."),
        ("He said no. A40 was closed.", "He said no.", "He said no."),
        ("The cork went pop. 10 seconds later it fizzed.", "The cork went pop.",
         "The cork went pop."),
        ("Thanks, Hon. Dad is on his way.", "Thanks, Hon.", "Thanks, Hon."),
        ("'Night, Hon. Sleep well.", "'Night, Hon.", "'Night, Hon."),
        ("He retired a Maj. Later he ran a pub.", "He retired a Maj.", "He retired a Major."),
        ("He was only a Sgt. Most of his friends were officers.", "He was only a Sgt.",
         "He was only a Sergeant."),
    ],
)  # fmt: skip
def test_a_word_that_ends_a_sentence_keeps_its_stop(paragraph: str, first: str, said: str) -> None:
    assert sentences(paragraph)[0] == first
    assert to_spoken(first, "en") == said


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A farm in Co. Down, near the sea.", "A farm in County Down, near the sea."),
        ("The village, pop. 1,140, lies west.",
         "The village, population one thousand one hundred and forty, lies west."),
        ("He wore a ring no. DX40917 on a chain.", "He wore a ring number DX40917 on a chain."),
        ("He met the Rt. Hon. Lord Ames.", "He met the Right Honourable Lord Ames."),
    ],
)  # fmt: skip
def test_the_abbreviations_are_still_read_where_they_are_meant(text: str, expected: str) -> None:
    assert to_spoken(text, "en") == expected


# --------------------------------------------------------------------------- 10-16. figures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She bought the 3d printer last week.", "She bought the three D printer last week."),
        ("We came on the 22d and he left on the 23d in a hurry.",
         "We came on the twenty-second and he left on the twenty-third in a hurry."),
        ("The 3d model was ready.", "The three D model was ready."),
        ("He drew the 2d plan first.", "He drew the two D plan first."),
        ("He served in the 3d Battalion.", "He served in the third Battalion."),
        ("He wore the 3M respirator.", "He wore the three M respirator."),
        ("The firm lost 2M members.", "The firm lost two million members."),
        ("The phone call was ending 300 years of silence.",
         "The phone call was ending three hundred years of silence."),
        ("The card ending 4471 was declined.", "The card ending four four seven one was declined."),
        ("Take a 90° S-bend after the bridge.", "Take a ninety-degree S-bend after the bridge."),
        ("She scored 45/55 on the quiz.", "She scored forty-five out of fifty-five on the quiz."),
        ("Follow the 80/20 rule.", "Follow the eighty-twenty rule."),
    ],
)  # fmt: skip
def test_figures_read_as_before(text: str, expected: str) -> None:
    assert to_spoken(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ask Sr. Agnes about the bells.", "Ask Sister Agnes about the bells."),
        ("Tell Sr. Agnes I came.", "Tell Sister Agnes I came."),
        ("John Smith Sr. went home.", "John Smith Senior went home."),
        ("The room was $50/night.", "The room was fifty dollars a night."),
        ("He paid £30/week for the flat.", "He paid thirty pounds a week for the flat."),
        ("A $10 million deal was signed.", "A ten-million-dollar deal was signed."),
        ("They lost $10 million.", "They lost ten million dollars."),
    ],
)
def test_a_request_to_a_sister_and_a_price_by_the_night(text: str, expected: str) -> None:
    """"Ask" opening a sentence is nobody's name, so "Sr." after it is Sister; a price
    over a time is said "a night", not "or night"."""
    assert to_spoken(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He was 6' 2\" tall.", "He was six feet two inches tall."),
        ("At 5'11\" he was the tallest.", "At five feet eleven inches he was the tallest."),
        ("She was 5′ 4″ in her socks.", "She was five feet four inches in her socks."),
        ("In the 1960's we sang.", "In the nineteen sixties we sang."),
        ("The early 80’s were loud.", "The early eighties were loud."),
        ("He was in his 40's then.", "He was in his forties then."),
        # a year's possessive, and feet with no inches, are left as they were
        ("In 1960's election she won.", "In nineteen sixty's election she won."),
    ],
)
def test_a_height_in_feet_and_inches_and_a_decade_with_an_apostrophe(
    text: str, expected: str
) -> None:
    """"6' 2"" was "six' two inches"; "the 1960's" was "the nineteen sixty's"."""
    assert to_spoken(text, "en") == expected


# ---------------------------------------------------------------- styled letters, tags, data runs


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("The 𝐡𝐚𝐫𝐛𝐨𝐫 was 𝓺𝓾𝓲𝓮𝓽.", "The harbor was quiet."),
        ("She said 𝘩𝘦𝘭𝘭𝘰 and 𝔤𝔬𝔬𝔡𝔟𝔶𝔢.", "She said hello and goodbye."),
        ("A ｆｕｌｌｗｉｄｔｈ hello, ＮＯ ５.", "A fullwidth hello, NO five."),
        ("The 𝒽ℯ𝓁𝓁ℴ in script.", "The hello in script."),  # letterlike holes inside
        ("x ∈ ℝ, the reals.", "x ∈ ℝ, the reals."),  # a lone ℝ stays a symbol
    ],
)
def test_fancy_font_letters_are_said_as_plain_letters(text, said):
    assert to_spoken(text) == said


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("The <i>harbor</i> was quiet and the <b>lantern</b> burned.",
         "The harbor was quiet and the lantern burned."),
        ("It was <em class=\"x\">very</em> late.", "It was very late."),
        ("If a < b and c > d then stop.", "If a less than b and c greater than d then stop."),
    ],
)  # fmt: skip
def test_html_emphasis_tags_in_plain_text_are_not_read(text, said):
    assert to_spoken(text) == said


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("To make a word italic, you wrap it in an italic tag: <i>like this</i>.",
         "To make a word italic, you wrap it in an italic tag: i like this /i."),
        ('The old <font color="red">warning</font> is gone now.',
         'The old font color equals "red" warning /font is gone now.'),
        ('The <span class="note">Read me</span> box.',
         'The span class equals "note" Read me /span box.'),
        # near-miss: emphasis in a sentence that does not talk of markup is taken off
        ("In the margins the editor wrote <i>sic</i> twice and <b>stet</b> once.",
         "In the margins the editor wrote sic twice and stet once."),
    ],
)  # fmt: skip
def test_tag_pairs_shown_in_a_sentence_about_markup_are_read(text, said):
    """Only <i>, <b>, <em>, <strong>, <u> round words are taken off, and not where the
    sentence names tags, elements, HTML or CSS: there the tag is what the book shows."""
    assert to_spoken(text) == said


def test_tag_pairs_in_text_from_markup_are_the_books_own():
    """An HTML or EPUB reader has taken off the real tags; `<b>` left in its text came from
    `&lt;b&gt;` in a code sample ("Write <code>&lt;b&gt;bold&lt;/b&gt;</code>")."""
    assert to_spoken("Write <b>bold</b> for bold.", tags=False) == "Write b bold /b for bold."
    assert to_spoken("Write <b>bold</b> for bold.") == "Write bold for bold."  # plain text


def test_a_run_of_over_a_hundred_letters_is_said_in_groups_of_ten():
    assert to_spoken(f"It read {'ACGT' * 26}.") == (
        "It read " + " ".join(["ACGTACGTAC", "GTACGTACGT"] * 5) + " ACGT."
    )
    assert to_spoken(f"It read {'ACGT' * 10}.") == f"It read {'ACGT' * 10}."  # a short one
