"""Letter-spaced words (gesperrt), as German, Slavic and Greek print stressed a word, are
said as the word, not letter by letter; one-letter words are left alone."""

from __future__ import annotations

import pytest

from audiobook.text.normalize import to_spoken


@pytest.mark.parametrize(
    ("text", "language", "said"),
    [
        ("Das war d e r Mann, der u n s rettete.", "de", "Das war der Mann, der uns rettete."),
        ("D e r Mann kam.", "de", "Der Mann kam."),
        ("«Я п р и д у завтра», сказал он.", "ru", "«Я приду завтра», сказал он."),
        ("Σ Η Μ Ε Ι Ω Σ Ι Σ του εκδότη.", "el", "ΣΗΜΕΙΩΣΙΣ του εκδότη."),
        ("To było b a r d z o dawno.", "pl", "To było bardzo dawno."),
    ],
)
def test_a_letter_spaced_word_is_said_as_the_word(text: str, language: str, said: str) -> None:
    assert to_spoken(text, language) == said


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("He spelled it c a t for her.", "en"),  # English spells out, it does not space type
        ("А я в Москве.", "ru"),  # three one-letter words
        ("Ja i w domu, a i w polu.", "pl"),
        ("Die Ecken A B C.", "ru"),  # capitals of a figure in a Latin-letter label: three
    ],
)
def test_one_letter_words_and_english_stay(text: str, language: str) -> None:
    assert to_spoken(text, language) == text


def test_a_spaced_word_ends_its_sentence() -> None:
    assert to_spoken("Gekommen ist nur s i e.", "de") == "Gekommen ist nur sie."
