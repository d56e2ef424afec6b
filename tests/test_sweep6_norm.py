"""Sweep 6, spoken forms: what a listener hears for Walden's half-cents, old ordinals
before an edition, a shilling ending a sentence, a cookbook's "1 lb. = 16 oz.", German
references and sums (Grimm's preface), a preface's page in small Roman numerals and "The
Hon. and Rev." (the Origin)."""

from __future__ import annotations

import pytest

from audiobook.text.normalize import to_spoken
from audiobook.text.segment import sentences


def said(text: str, lang: str = "en") -> str:
    """What a listener hears for `text`, sentence by sentence, joined by " | "."""
    return " | ".join(to_spoken(s, lang) for s in sentences(text, lang))


# 1. Money with a fraction after the cents (Walden's accounts)


@pytest.mark.parametrize(
    ("text", "heard"),
    [
        ("for implements, seed, work, &c., $14.72½. The seed corn was given me.",
         "for implements, seed, work, et cetera, fourteen dollars and seventy-two and a half"
         " cents. | The seed corn was given me."),
        ("There are left,................. $ 8.71½,",
         "eight dollars and seventy-one and a half cents,"),
        ("a balance of $25.21¾ on the one side",
         "twenty-five dollars and twenty-one and three quarters cents on the one side"),
        ("Pork, $0.22½ a pound.", "twenty-two and a half cents a pound."),
        ("It cost $5½ in all.", "five and a half dollars in all."),
    ],
)  # fmt: skip
def test_money_with_a_fraction_after_the_cents(text: str, heard: str) -> None:
    assert heard in said(text)


@pytest.mark.parametrize(
    ("text", "heard"),
    [
        ("The seed cost $14.72 in all.", "fourteen dollars and seventy-two cents"),
        ("Add 14.72½ to the sum.", "fourteen point seven two ½"),  # no sign: left as before
    ],
)
def test_money_near_misses(text: str, heard: str) -> None:
    assert heard in said(text)


# 2. Old ordinals before an edition; "sqq."


@pytest.mark.parametrize(
    ("text", "heard"),
    [
        ("(Critique, p. 94; 2d ed., p. 126)",
         "(Critique, page ninety-four; second edition, page one hundred and twenty-six)"),
        ("See the 2d ed., p. 126.", "See the second edition, page one hundred and twenty-six."),
        ("the 3d ed. of 1790", "the third edition of seventeen ninety"),
        ("a 3d edition appeared", "a third edition appeared"),
        ("See pp. 40 sqq. for more.", "See pages forty and following for more."),
        ("See p. 12 ff.", "See page twelve and following."),
    ],
)  # fmt: skip
def test_old_ordinal_editions_and_following(text: str, heard: str) -> None:
    assert said(text) == heard


@pytest.mark.parametrize(
    ("text", "heard"),
    [
        ("The 2D graphics were fine.", "The two D graphics were fine."),
        ("He came on the 2d of May.", "He came on the second of May."),
        ("Roll 2d6 for damage.", "Roll 2d6 for damage."),
        ("He thanked the ed. of the Review.", "He thanked the editor of the Review."),
    ],
)
def test_old_ordinal_near_misses(text: str, heard: str) -> None:
    assert said(text) == heard


# 3. A shilling ending a sentence; "1 lb. = 16 oz." is one sentence


@pytest.mark.parametrize(
    ("text", "heard"),
    [
        ("_Average cost_ per quart, 1s.", "Average cost per quart, one shilling."),
        ("It cost 1s. Then we left.", "It cost one shilling. | Then we left."),
        ("Seasonable all the year. Average cost, 15s.", "Average cost, fifteen shillings."),
        ("ADDRESS TO THE READER: 1 lb. = 16 oz.; 1 pint = 20 fl. oz.",
         "ADDRESS TO THE READER: one pound equals sixteen ounces; one pint equals twenty"
         " fluid ounces."),
    ],
)  # fmt: skip
def test_shilling_at_a_sentence_end_and_an_equation(text: str, heard: str) -> None:
    assert heard in said(text)


@pytest.mark.parametrize(
    ("text", "heard"),
    [
        ("She was born in the 60s. Then she left.", "She was born in the sixties. | Then"),
        ("The screen showed a row of 1s. Then it went dark.", "a row of one s. | Then"),
        ("It weighs 1 lb. Then add the rest.", "It weighs one pound. | Then add the rest."),
    ],
)
def test_shilling_and_equation_near_misses(text: str, heard: str) -> None:
    assert heard in said(text)


# 4. German references and old sums (Grimm)

GRIMM = (
    "Die erste Ausgabe erschien am 18. Oktober 1812, die zweite 1819 (s. S. XII); vgl. auch"
    " Bd. 3, S. 405 ff., u. s. w. Das kostete 1/2 Taler und 3 Kr."
)


def test_german_references_and_sums() -> None:
    heard = said(GRIMM, "de")
    assert "(siehe Seite zwölf)" in heard
    assert "vergleiche auch Band drei, Seite vierhundertfünf folgende, und so weiter." in heard
    assert "Das kostete ein halber Taler und drei Kreuzer." in heard
    assert "Bd." not in heard  # not cut after "Bd.": Band goes on to its number


@pytest.mark.parametrize(
    ("text", "heard"),
    [
        ("Eine 1/2 Stunde später kam er.", "Eine halbe Stunde später"),
        ("Er zahlte einen 1/2 Taler.", "einen halben Taler"),
        ("Er kaufte 1/2 Pfund Butter.", "ein halbes Pfund Butter"),
        ("Das steht u.s.w. geschrieben.", "und so weiter"),
    ],
)
def test_german_halves_and_usw(text: str, heard: str) -> None:
    assert heard in said(text, "de")


@pytest.mark.parametrize(
    ("text", "heard"),
    [
        ("Das Buch von S. Freud liegt auf dem Tisch.", "Das Buch von S. Freud"),
        ("Der Bd ist hier.", "Der Bd ist hier."),
        ("Er wohnte im 3 Kr. Teltow.", "Kr."),  # no sum near it: a district, left as written
    ],
)
def test_german_near_misses(text: str, heard: str) -> None:
    assert heard in said(text, "de")


# 5. The Origin: a preface's page in small Roman numerals; "The Hon. and Rev."


@pytest.mark.parametrize(
    ("text", "heard"),
    [
        ("he speaks (page li) of the races", "(page fifty-one)"),
        ("Further on (page xc), he says", "(page ninety),"),
        ("The Hon. and Rev. W. Herbert has given", "The Honourable and Reverend W. Herbert"),
    ],
)
def test_origin_pages_and_honourable(text: str, heard: str) -> None:
    assert heard in said(text)


@pytest.mark.parametrize(
    ("text", "heard"),
    [
        ("The li was a Chinese measure.", "The li was"),
        ("On this page I found it.", "On this page I found it."),
        ("Thanks, Hon. Dad is on his way.", "Hon."),
    ],
)
def test_origin_near_misses(text: str, heard: str) -> None:
    assert heard in said(text)
