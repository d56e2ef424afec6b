"""A citation's page and volume letters in Arabic and Persian books are said as words."""

from __future__ import annotations

import pytest

from audiobook.text.normalize import to_spoken


@pytest.mark.parametrize(
    ("text", "language", "said"),
    [
        ("انظر (ج ٢ ص ٤٥) من الكتاب.", "ar", "انظر (الجزء ٢ صفحة ٤٥) من الكتاب."),
        ("نگاه کنید به ص ۴۵ و ر.ک. دیباچه.", "fa", "نگاه کنید به صفحهٔ ۴۵ و رجوع کنید به دیباچه."),
    ],
)
def test_page_and_volume_are_said(text: str, language: str, said: str) -> None:
    assert to_spoken(text, language) == said


@pytest.mark.parametrize("text", ["صباح ٥ أيار كان جميلا.", "جاء ٣ رجال."])
def test_words_that_start_with_those_letters_stay(text: str) -> None:
    assert to_spoken(text, "ar") == text
