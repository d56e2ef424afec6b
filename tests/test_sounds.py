"""Sound words, stammers and words spelled aloud reach the voice as sounds: espeak spells
out any word without a vowel ("Shhh" is "ess aitch aitch aitch"), and a stammer's first
piece is a letter ("W-what" is "double-u what")."""

from __future__ import annotations

import pytest

from audiobook.text.normalize import to_spoken
from espeak_phonemes import phonemes


def _stresses(text: str) -> int:
    """How many stressed syllables espeak gives `text`: a letter name is one of its own."""
    return sum(phonemes(text).count(mark) for mark in ("'", ","))


@pytest.mark.parametrize(
    ("word", "said"),
    [("Shhh", "Schh"), ("Mmm", "Hmm"), ("Hmph", "Humph"), ("Grrr", "Gurr"), ("Brrr", "Burr"),
     ("Bzzzt", "Buzzt"), ("Pfft", "Pfuh"), ("Mhm", "Uh-huh")],
)  # fmt: skip
def test_a_sound_word_is_said_as_one_sound_not_as_letters(word: str, said: str) -> None:
    sentence = f"“{word},” she said."
    assert to_spoken(sentence, "en-us") == f"“{said},” she said."
    assert _stresses(word) >= 3  # spelled: a stress on every letter
    assert _stresses(said) <= 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“W-what do you mean?”", "“Wuh-what do you mean?”"),
        ("“D-d-don't go,” he begged.", "“Duh-duh-don't go,” he begged."),
        ("“Wh-where is she?”", "“Wuh-where is she?”"),
        ("“N-no,” she whispered. “C-come here.”", "“Nuh-no,” she whispered. “Kuh-come here.”"),
        ("“Sh-sh-shut the door.”", "“Shuh-shuh-shut the door.”"),
        # whole words, and a letter before a word it does not begin, are no stammer
        ("“I-I don't know. No-no, wait.”", "“I-I don't know. No-no, wait.”"),
        ("He pulled on a T-shirt, read the X-ray and sent an e-mail.",
         "He pulled on a T-shirt, read the X-ray and sent an e-mail."),
        ("On D-Day at H-Hour the S-shaped bay filled; P-plates and e-editions too.",
         "On D-Day at H-Hour the S-shaped bay filled; P-plates and e-editions too."),
    ],
)  # fmt: skip
def test_a_stammer_begins_with_a_sound(text: str, expected: str) -> None:
    assert to_spoken(text, "en-us") == expected


def test_a_word_spelled_out_says_each_letter_even_a() -> None:
    said = to_spoken("She spelled it slowly: “S-A-R-A-H.”", "en-us")
    assert said == "She spelled it slowly: “S, A, R, A, H.”"
    assert "'eI" in phonemes("S, A, R, A, H.")  # the letter A, not the article "uh"


@pytest.mark.parametrize(
    "text",
    ["The BBC sent a man from HQ.", "Sizes are in mm.", "He logged in over SSH.",
     "It was 5 mm across.", "Mr Hale and Dr Pym met Ms Lowe.", "Take the SH 12 north.",
     "Psst, over here."],
)  # fmt: skip
def test_initialisms_and_units_are_not_taken_for_sounds(text: str) -> None:
    said = to_spoken(text, "en-us")
    for word in ("BBC", "HQ", "SSH", "SH", "Psst"):
        assert (word in text) == (word in said)
    assert "Schh" not in said and "Hmm" not in said


def test_the_letters_sh_named_in_a_sentence_are_no_hush() -> None:
    said = to_spoken("Words that begin with sh, like ship and shop, are fun to say.", "en-us")
    assert said == "Words that begin with sh, like ship and shop, are fun to say."
    assert to_spoken("“Sh, the baby is asleep.”", "en-us") == "“Schh, the baby is asleep.”"
