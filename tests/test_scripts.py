"""Words in other writing systems reach the voice as sounds, not as letter names."""

from __future__ import annotations

import pytest

from audiobook.text.normalize import to_spoken
from audiobook.text.scripts import latinize
from espeak_phonemes import phonemes as _phonemes


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("She chalked up the motto, ἓν οἶδα ὅτι οὐδὲν οἶδα, and sat down.", "hen oida hoti"),
        ("The crate was marked Москва in stencil.", "Moskva"),
        ("A card from Kyoto said 京都市 in the corner.", "Jing Dou Shi"),
        ("The envelope read “שלום” in blue ink.", "salom"),
        ("The shop sign said مرحبا over the door.", "marahaba"),
    ],
)
def test_a_foreign_script_is_said_in_latin_letters(sentence: str, expected: str) -> None:
    said = to_spoken(sentence, "en-us")
    assert expected in said
    assert not any(ord(c) > 0x36F and c.isalpha() for c in said), said


def test_the_voice_says_the_word_instead_of_naming_its_letters() -> None:
    """The fault itself: espeak's English voice reads unknown letters by name."""
    raw = "Her address was שלום קורן, and her motto ψυχή."
    spoken = to_spoken(raw, "en-us")
    # Unchanged, espeak says "Hebrew shin … Hebrew nun" and names the Greek letters.
    assert "h'i:bru:" in _phonemes(raw) and "'UpsI2l@n" in _phonemes(raw)
    said = _phonemes(spoken)
    assert "bru:" not in said and "'UpsI2l@n" not in said, said
    assert len(said) < len(_phonemes(raw)) / 2
    # A vowel-less transliteration ("slvm") would be spelled: "ess el vee em".
    assert ",Esl" not in said and "v,i:" not in said, said


def test_a_book_in_that_script_keeps_it() -> None:
    """A Russian book is read by a Russian voice, which reads Cyrillic itself."""
    assert latinize("Привет, мир", "ru") == "Привет, мир"
    assert latinize("ἓν οἶδα", "el-gr") == "ἓν οἶδα"
    assert latinize("東京へ行きます", "ja") == "東京へ行きます"
    # …but an English quotation in it stays as it is, and a Greek one is transliterated.
    assert latinize("Он сказал: ψυχή", "ru") == "Он сказал: psychi"


def test_latin_letters_and_real_accents_are_untouched() -> None:
    text = "Café naïve, Ångström in Łódź; Nguyễn said “phở”, and Zoë agreed."
    assert latinize(text, "en") == text
    assert "Nguyễn" in to_spoken(text, "en")


def test_soundless_marks_are_dropped() -> None:
    assert latinize("He wrote H̶e̶l̶l̶o̶ and H̷i̷.", "en") == "He wrote Hello and Hi."
    assert latinize("Z̴̡̢̛̗̘̙a̷͎̜̝l̸̛̘g̵o̢ laughed", "en") == "Zalgo laughed"
    assert latinize("He typed ¯\\_(ツ)_/¯ and logged off.", "en") == "He typed and logged off."


def test_a_lexicon_entry_for_a_foreign_word_wins() -> None:
    said = to_spoken("She whispered ψυχή to herself.", "en", {"ψυχή": "psoo-KHEE"})
    assert "psoo-khee" in said  # a respelling's capital syllable said as a word


def test_a_greek_word_in_an_english_book_is_read_the_classical_way() -> None:
    """A sermon's "πένης" (poor) was "penis" by the modern-Greek table; a classicist says
    "penays". Rough breathings are heard, "ου" is "oo", chi is "kh"."""
    said = latinize("It is not πένης but πτωχός; ὁ λόγος, ἀγαθοῦ, Ῥόδος.", "en")
    assert said == "It is not penays but ptokhos; ho logos, agathoo, Rhodos."
    assert "p'i:nI2s" not in _phonemes(to_spoken("It is not πένης.", "en"))


def test_greek_in_other_books_and_greek_symbols_keep_their_readings() -> None:
    assert latinize("Он сказал: ψυχή", "ru") == "Он сказал: psychi"  # not an English book
    assert latinize("α = 0.05 and ΔT", "en") == "alpha = 0.05 and delta T"
