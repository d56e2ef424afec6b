"""False hits of sweep 18's own reading rules, mended (fpa18fix): a list's "(c)", a held-back
oath's two-em dash, "Dr. D—n", a prose dash and dimensions beside a relation sign, a dialect
book's narration, and a name "Cho."; each with the reading the rule was made for."""

from __future__ import annotations

from pathlib import Path

import pytest

from audiobook.config import BookConfig
from audiobook.models import LINE_BREAK, Chapter, Manuscript, Paragraph
from audiobook.text.normalize import to_spoken
from audiobook.text.segment import segment, sentences


def said(text: str) -> list[str]:
    """Each sentence of `text` as it is spoken."""
    return [to_spoken(s) for s in sentences(text)]


def spoken(paragraphs: list[str]) -> list[str]:
    """Each text segment of a one-chapter book of `paragraphs` as it is spoken."""
    book = Manuscript(
        title="Book", author="Writer", language="en",
        chapters=(Chapter("The Tale", tuple(Paragraph(p) for p in paragraphs)),),
        source=Path("book.txt"),
    )  # fmt: skip
    (chapter,) = segment(book, BookConfig())
    return [s.spoken for s in chapter.segments if s.kind == "text"]


# ------------------------------------------------------------------ 1. a list's "(c)"

_PRIZES = ["(a) 2017 A. Jones", "(b) 2018 B. Lee", "(c) 2019 J. Okafor"]


def test_a_lists_third_item_keeps_its_letter_on_its_own_line() -> None:
    out = spoken([LINE_BREAK.join(["Winners of the essay prize:", *_PRIZES])])
    assert out[-1] == "(c) two thousand and nineteen J. Okafor"


def test_a_lists_third_item_keeps_its_letter_in_its_own_paragraph() -> None:
    assert spoken(_PRIZES)[-1] == "(c) two thousand and nineteen J. Okafor"


def test_a_copyright_line_alone_is_still_copyright() -> None:
    assert spoken(["The Book", "(c) 2019 J. Okafor"])[-1] == "copyright twenty nineteen J. Okafor"


# ------------------------------------------------------------------ 2. a held-back word


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"Go to the ——!" roared the Captain.', '"Go to the,!" roared the Captain.'),
        ('"You are a —— fool," he added.', '"You are a, fool," he added.'),
        ("I went to the window of the —— but no, I will not tell you.",
         "I went to the window of the, but no, I will not tell you."),
    ],
)  # fmt: skip
def test_a_two_em_dash_held_back_in_speech_is_a_pause(text: str, expected: str) -> None:
    assert said(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I first came to the town of ——.", "I first came to the town of Blank."),
        ("He wrote to a ——, who answered.", "He wrote to a Blank, who answered."),
        ("The house of —— and his wife.", "The house of Blank and his wife."),
        ("She lived in —— Street.", "She lived in Blank Street."),
        ("Mr. ——!", "Mister Blank!"),
    ],
)  # fmt: skip
def test_a_two_em_dash_for_a_name_is_still_blank(text: str, expected: str) -> None:
    assert said(text) == [expected]


# ------------------------------------------------------------------ 3. "Dr. D—n"


def test_a_dashed_name_after_a_title_is_a_name() -> None:
    assert said("Dr. D—n, the Dean, came in late.") == ["Doctor D, the Dean, came in late."]
    assert said("Sir H—l said so.") == ["Sir H said so."]


def test_a_dashed_oath_without_a_title_is_still_the_oath() -> None:
    assert said('"D—n the weather," said Dr. Smith.') == ['"Damn the weather," said Doctor Smith.']


# ------------------------------------------------------------------ 4/5. maths in prose


def test_a_dash_before_an_article_beside_a_relation_is_a_pause() -> None:
    assert said("The score was 10 = 10 - a tie - and the crowd went home.") == [
        "The score was ten equals ten, a tie, and the crowd went home."
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The price ≈ £40 - give or take - for a 2 x 4 frame.",
         "The price approximately forty pounds, give or take, for a two by four frame."),
        ("In a stated rule, x ≤ 10, and the boat is 5 x 2 m.",
         "In a stated rule, x less than or equal to ten, and the boat is five by two metres."),
    ],
)  # fmt: skip
def test_dimensions_beside_a_relation_are_by(text: str, expected: str) -> None:
    assert said(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("So 3 x 4 = 12 here.", "So three times four equals twelve here."),
        ("y = 2 x 3 and so on.", "y equals two times three and so on."),
        ("NPP = GPP - R, where R is all.", "NPP equals GPP minus R, where R is all."),
        ("Then y = x - b and z = 2.", "Then y equals x minus b and z equals two."),
    ],
)  # fmt: skip
def test_operators_between_operands_stay_maths(text: str, expected: str) -> None:
    assert said(text) == [expected]


# ------------------------------------------------------------------ 6. dialect's narrator

_DIALECT = [
    '"Ay," said he, "I dinna ken the rest. My mither kent it a\'. She maun hae learnt it."',
    '"Th\' owd man\'s gone to t\' market," said the boy, "an\' he\'ll nobbut be back."',
]


def test_a_dialect_books_narration_and_old_verse_say_elisions_in_full() -> None:
    out = spoken([
        *_DIALECT,
        LINE_BREAK.join(["E'en at the gloaming's hour I'd come,", "And sit wi' thee.\""]),
        "It was e'en so, and th' evening was cold.",
    ])  # fmt: skip
    assert "Even at the gloaming's hour I'd come," in out
    assert 'And sit with thee."' in out
    assert "It was even so, and the evening was cold." in out


def test_a_dialect_books_dialogue_keeps_its_elisions() -> None:
    out = spoken([*_DIALECT, '"I\'ll go wi\' ye," said she.', "Look for th’ horse, said Joseph."])
    assert '"I\'ll go wi\' ye," said she.' in out
    assert "Look for th’ horse, said Joseph." in out


# ------------------------------------------------------------------ 7. "Cho." as a name


def test_cho_before_a_name_in_prose_is_the_name() -> None:
    assert spoken(["Cho. Lin, the cook, came in."]) == ["Cho.", "Lin, the cook, came in."]


def test_cho_as_a_songs_cue_is_still_chorus() -> None:
    assert spoken(["All the happy golden day.--Cho."])[-1] == "Chorus."
    song = spoken([LINE_BREAK.join(["Sing it loud", "Cho. Glory, glory", "Cho."])])
    assert song == ["Sing it loud", "Chorus.", "Glory, glory", "Chorus."]
    hymn = spoken([LINE_BREAK.join(["Awake, my soul,", "And sing."]), "Cho. Glory, glory!"])
    assert hymn[-2:] == ["Chorus.", "Glory, glory!"]
