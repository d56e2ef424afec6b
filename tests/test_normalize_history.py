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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The invasion of AD 43 failed.", "The invasion of AD forty-three failed."),
        ("Edinburgh in 1842–5 grew.", "Edinburgh in eighteen forty-two to forty-five grew."),
        ("William I (r. 1066–87) ruled.",
         "William the First (reigned ten sixty-six to eighty-seven) ruled."),
        ("It was built in 1900–5.", "It was built in nineteen hundred to nineteen oh five."),
        ("(Benedictow 2004, 380–4)",
         "(Benedictow two thousand and four, three hundred and eighty to three hundred and "
         "eighty-four)"),
        ("See pp. 32–7.", "See pages thirty-two to thirty-seven."),
        ("Caracalla (211–17) paid more.",
         "Caracalla (two hundred and eleven to two hundred and seventeen) paid more."),
        # near misses: a score, a cricket total and a round thousand keep their numbers
        ("They won 32–7 at home.", "They won thirty-two to seven at home."),
        ("England were 120–5 at lunch.", "England were one hundred and twenty to five at lunch."),
        ("About 1000–50 men came.", "About one thousand to fifty men came."),
    ],
)  # fmt: skip
def test_a_span_written_short_is_said_whole(text: str, expected: str) -> None:
    assert to_spoken(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Elizabeth I in 1558 was crowned.",
         "Elizabeth the First in fifteen fifty-eight was crowned."),
        ("Mary I and James I ruled.", "Mary the First and James the First ruled."),
        ("After Edward I died, the barons rose.", "After Edward the First died, the barons rose."),
        ("Constantine I (AD 306–337) won.",
         "Constantine the First (AD three hundred and six to three hundred and thirty-seven) won."),
        # the pronoun stays the pronoun
        ("When I met Elizabeth I was nervous.", "When I met Elizabeth I was nervous."),
        ("After Edward I left the room.", "After Edward I left the room."),
        ("Then John I and Mary went home.", "Then John I and Mary went home."),
        ("After Charles I ruled out a second season, the company broke up.",
         "After Charles I ruled out a second season, the company broke up."),
        ("Before George I succeeded in getting the lease, we waited.",
         "Before George I succeeded in getting the lease, we waited."),
        ("Before James I succeeded in 1603, all was quiet.",
         "Before James the First succeeded in sixteen oh three, all was quiet."),
    ],
)  # fmt: skip
def test_a_rulers_i_is_the_first(text: str, expected: str) -> None:
    assert to_spoken(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It rose from c. 3 million tons.", "It rose from circa three million tons."),
        ("The rocks are ca. 717 Ma old, ca. 2–3% of it.",
         "The rocks are circa seven hundred and seventeen Ma old, circa two to three percent "
         "of it."),
        ("In the 20th c. alone, and the 16th cent. too.",
         "In the twentieth century alone, and the sixteenth century too."),
        ("The poet (fl. AD 9–40) wrote.", "The poet (flourished AD nine to forty) wrote."),
        ("The emperor (r. AD 81–96) built.",
         "The emperor (reigned AD eighty-one to ninety-six) built."),
        ("They ate, esp. the poor.", "They ate, especially the poor."),
        ("In 1865 W. S. Jevons warned.", "In eighteen sixty-five W. S. Jevons warned."),
        ("An error of only 3′ 6″ of arc.", "An error of only three minutes six seconds of arc."),
        ("Herodotus (2.124) says so.", "Herodotus (two, one twenty-four) says so."),
        ("Strabo (Geog. 2.5.7) agrees.", "Strabo (Geog. two, five, seven) agrees."),
        # near misses: a statute's chapter, vitamin C, watts, inches and a decimal
        ("By 5 Eliz. I, c. 4 it was law.", None),
        ("Take vitamin C. 5 minutes later, eat.", "Take vitamin C. five minutes later, eat."),
        ("The bulb used 60 W. Then it failed.", "The bulb used sixty watts. Then it failed."),
        ("He is 6′ 2″ tall.", "He is six feet two inches tall."),
        ("The rate (2.5) rose.", "The rate (two point five) rose."),
    ],
)  # fmt: skip
def test_history_abbreviations_initials_and_references(text: str, expected: str | None) -> None:
    said = to_spoken(text, "en")
    if expected is None:
        assert "circa" not in said
    else:
        assert said == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ton sold for 25s. to 30s.",
         "The ton sold for twenty-five shillings to thirty shillings."),
        ("It sold for 25s. to 30s. each.",
         "It sold for twenty-five shillings to thirty shillings each."),
        # near miss: a decade after a decade stays a decade
        ("In the 1920s and 30s people danced.",
         "In the nineteen twenties and thirties people danced."),
    ],
)  # fmt: skip
def test_a_span_of_shillings_is_shillings_at_both_ends(text: str, expected: str) -> None:
    assert to_spoken(text, "en") == expected
