"""Letters, diaries and dialect fiction as a narrator reads them (sweep 18): blank years and
names, dashed oaths, old sums, dialect elisions, clock times before a colon, diary words."""

from __future__ import annotations

from pathlib import Path

import pytest

from audiobook.config import BookConfig
from audiobook.models import Chapter, Manuscript, Paragraph
from audiobook.text.normalize import to_spoken
from audiobook.text.segment import segment, sentences


def said(text: str) -> list[str]:
    """Each sentence of `text` as it is spoken."""
    return [to_spoken(s) for s in sentences(text)]


# --------------------------------------------------------------------------- 1. blank years


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In the autumn of 184— we removed.", "In the autumn of eighteen forty-blank we removed."),
        ("In 184- we moved.", "In eighteen forty-blank we moved."),
        ("May 18—.", "May, eighteen hundred and blank."),
        ("Paris, May 18--.", "Paris, May, eighteen hundred and blank."),
        ("Aug. 19, 17—.", "August nineteenth, seventeen hundred and blank."),
        ("Northampton, Jan. 10, 18—.", "Northampton, January tenth, eighteen hundred and blank."),
        ("The year 17__ was cold.", "The year seventeen hundred and blank was cold."),
        ("In 180— he died.", "In eighteen hundred and blank he died."),
    ],
)  # fmt: skip
def test_a_blank_year_keeps_its_century_and_decade(text: str, expected: str) -> None:
    assert said(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He was 18—no, 19.", "He was eighteen, no, nineteen."),
        ("On May 18—the day of the fair—we met.",
         "On May eighteenth, the day of the fair, we met."),
        ("In 1840— no, 1841.", "In eighteen forty, no, eighteen forty-one."),
        ("On May 5, 1840, we went.", "On May fifth, eighteen forty, we went."),
        ("in 12- and 14-year-olds", "in twelve- and fourteen-year-olds"),
        ('"Eleven, 12, 13—" he said.', '"Eleven, twelve, thirteen" he said.'),
    ],
)  # fmt: skip
def test_a_dash_after_a_figure_in_talk_is_no_blank_year(text: str, expected: str) -> None:
    assert said(text) == [expected]


# --------------------------------------------------------------------------- 2. two-em blanks


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I first came to the town of ——.", "I first came to the town of Blank."),
        ("She lived in —— Street.", "She lived in Blank Street."),
        ("At the —— Arms.", "At the Blank Arms."),
        ("The Earl of ——.", "The Earl of Blank."),
        ("Lord Orville's seat, ——— Park, in June.", "Lord Orville's seat, Blank Park, in June."),
        ("the town of ----, in ----shire.", "the town of Blank, in Blankshire."),
        ("his friend ——'s house.", "his friend Blank's house."),
        ("the month of —— 17—.", "the month of Blank seventeen hundred and blank."),
    ],
)  # fmt: skip
def test_a_two_em_dash_standing_for_a_name_is_blank(text: str, expected: str) -> None:
    assert said(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He hesitated —— and then went on.", "He hesitated, and then went on."),
        ("It was so —— so strange.", "It was so, so strange."),
        ("I thought —— but no matter.", "I thought, but no matter."),
        ('"But——but," he said.', '"But, but," he said.'),
    ],
)  # fmt: skip
def test_a_two_em_dash_between_clauses_stays_a_pause(text: str, expected: str) -> None:
    assert said(text) == [expected]


# --------------------------------------------------------------------------- 4. dashed oaths


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"D—n it all!"', '"Damn it all!"'),
        ('"Curse the d—d thing!"', '"Curse the damned thing!"'),
        ("and the d——l himself.", "and the devil himself."),
        ('"You b——y fool."', '"You bloody fool."'),
        ('"G—d bless you."', '"God bless you."'),
        ('"What the h—l?"', '"What the hell?"'),
        ('"D----d fool!"', '"Damned fool!"'),
        ('"D_____d!" said he.', '"Damned!" said he.'),
        ('"D—— your eyes!"', '"Damn your eyes!"'),
        ("Mr. H—— and Mrs. H——'s daughter.", "Mister H and Missus H's daughter."),
        ("and then on Mr. B——.", "and then on Mister B."),
    ],
)  # fmt: skip
def test_a_dashed_oath_is_said_as_its_word(text: str, expected: str) -> None:
    assert said(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"I d—d—don\'t know," she said.', '"I d, d, don\'t know," she said.'),
        ('"D—Dad!"', '"D, Dad!"'),
        ('"Well, I—a man came."', '"Well, I, a man came."'),
        ('"But Mr. Dobbs——" he began.', '"But Mister Dobbs, " he began.'),
    ],
)  # fmt: skip
def test_a_stammer_or_a_broken_word_keeps_its_pause(text: str, expected: str) -> None:
    assert said(text) == [expected]


# --------------------------------------------------------------------------- 5. old sums


def test_a_stop_after_the_pounds_of_an_old_sum_ends_no_sentence() -> None:
    assert said("Paid the butcher £1. 4s. 6d. Then home.") == [
        "Paid the butcher one pound, four shillings and six pence.",
        "Then home.",
    ]
    assert said("and £2. 10s. for coals.") == ["and two pounds and ten shillings for coals."]


def test_a_stop_after_pounds_before_anything_else_ends_the_sentence() -> None:
    assert said("It cost £5. Then home.") == ["It cost five pounds.", "Then home."]
    assert said("It cost £5. 10 men came.") == ["It cost five pounds.", "ten men came."]
    assert said("It cost £1.50 in all.") == ["It cost one pound and fifty pence in all."]


# --------------------------------------------------------------------------- 6. dialect


def _spoken(paragraphs: list[str]) -> list[str]:
    book = Manuscript(
        title="Book", author="Writer", language="en",
        chapters=(Chapter("The Tale", tuple(Paragraph(p) for p in paragraphs)),),
        source=Path("book.txt"),
    )  # fmt: skip
    (chapter,) = segment(book, BookConfig())
    return [s.spoken for s in chapter.segments if s.kind == "text"]


_SCOTS = [
    '"Ye\'re no gaun to the kirk the day, Cuddie? Dinna tell me ye canna, for I ken weel."',
    '"I dinna ken what they\'ll be sayin\', an\' I\'d rather no fash wi\' it."',
    '"Aweel," quo\' Cuddie, "I maun e\'en gang, then."',
    "Aw sud more likker look for th’ horse, said Joseph.",
]


def test_a_book_that_writes_dialect_keeps_its_elisions() -> None:
    spoken = _spoken(_SCOTS)
    assert "fash wi' it" in spoken[1]
    assert "I maun e'en gang" in spoken[2]
    assert "look for th’ horse" in spoken[3]


def test_old_verse_elisions_are_still_said_in_full() -> None:
    spoken = _spoken(["Wi' her true-love she rode away.", "Th' enchanted hour is come."])
    assert spoken == ["With her true-love she rode away.", "The enchanted hour is come."]
    assert to_spoken("at ten i' th' hundred, sir.") == "at ten in the hundred, sir."


# --------------------------------------------------------------------------- 9. a time and a colon


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("22:41: hello there.", "twenty-two forty-one: hello there."),
        ("At 9:15: breakfast.", "At nine fifteen: breakfast."),
        ("Log, 04:10: wind NE.", "Log, four ten: wind north-east."),
        ("John 3:16: For God so loved.", "John three sixteen: For God so loved."),
    ],
)  # fmt: skip
def test_a_clock_time_before_a_colon_is_said_whole(text: str, expected: str) -> None:
    assert to_spoken(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("at 22:41:05 exactly", "at twenty-two forty-one and five seconds exactly"),
        ("the 10:30 train", "the ten thirty train"),
    ],
)  # fmt: skip
def test_a_time_with_seconds_or_no_colon_after_is_said_as_before(text: str, expected: str) -> None:
    assert to_spoken(text) == expected


# --------------------------------------------------------------------------- 12-14. diary words


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Recd. a letter from Tom.", ["Received a letter from Tom."]),
        ("Recd. 3/11/17.", ["Received the third of November seventeen."]),
        ("2nd, Sat. Went to town.", ["second, Saturday.", "Went to town."]),
        ("4th.--Mon. Rain.", ["fourth.", "Monday.", "Rain."]),
        ("Xmas Day at home.", ["Christmas Day at home."]),
        ("Felt v. tired (v.v. bad).", ["Felt very tired (very very bad)."]),
        ('CUTTING FROM "THE DAILYGRAPH," 8 AUGUST.',
         ['CUTTING FROM "THE DAILYGRAPH," the eighth of August.']),
        ("FROM THE TIMES, 12 MARCH 1912.",
         ["FROM THE TIMES, the twelfth of March nineteen twelve."]),
        ("ACCOUNTS, FEB. 1861.", ["ACCOUNTS, February eighteen sixty-one."]),
        ("France, 24. xi. 17.", ["France, the twenty-fourth of November seventeen."]),
        ("Dated 3.iv.1916, he wrote.", ["Dated the third of April nineteen sixteen, he wrote."]),
    ],
)  # fmt: skip
def test_a_diarys_and_a_letters_shorthand_is_said(text: str, expected: list[str]) -> None:
    assert said(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I received it. Then I left.", ["I received it.", "Then I left."]),
        ("He sat. Then he left.", ["He sat.", "Then he left."]),
        ("Plessy v. Ferguson was decided.", ["Plessy versus Ferguson was decided."]),
        ("the mark v. for verb.", ["the mark v. for verb."]),
        ("as, v. section two above; v. inf.", ["as, v. section two above; v. inf."]),
        ("THE 8 MAY BE LATE.", ["THE eight MAY BE LATE."]),
        ("See 1. i. 12.", ["See one. i. twelve."]),
        ("Christmas came.", ["Christmas came."]),
        ("in such words as Xmas, Xn, etc.", ["in such words as Xmas, Xn, et cetera."]),
    ],
)  # fmt: skip
def test_words_that_only_look_like_a_diarys_shorthand_are_unchanged(
    text: str, expected: list[str]
) -> None:
    assert said(text) == expected


# --------------------------------------------------------------------------- 15. an editor's cut


def test_an_editors_cut_mark_is_a_pause() -> None:
    assert to_spoken("We come out of the line Tuesday [...] the mud is bad.") == (
        "We come out of the line Tuesday, the mud is bad."
    )
    assert to_spoken("He said […] and left.") == "He said, and left."


def test_brackets_with_something_in_them_or_a_call_stay() -> None:
    assert to_spoken("f(...) is called") == "f() is called"
    assert to_spoken("a list [1] here") == "a list [one] here"


# --------------------------------------------------------------------------- 11. a text thread


def _book_said(path: Path) -> list[str]:
    from audiobook.build.pipeline import load_book

    _, _, chapters = load_book(path)
    return [seg.spoken for chapter in chapters for seg in chapter.segments if seg.kind == "text"]


def test_a_markdown_text_thread_says_each_message_apart(tmp_path: Path) -> None:
    book = tmp_path / "thread.md"
    book.write_text(
        "# Texts\n\n## One\n\nThe thread went on late.\n\n"
        "**[10:42 PM] Jas:** u up?\n**[10:42 PM] Jas:** tom told priya about the dog\n"
        "**[10:43 PM] Tom:** its fine\n",
        encoding="utf-8",
    )
    said = _book_said(book)
    assert "[ten forty-two p.m.] Jas: u up?" in said
    assert "[ten forty-three p.m.] Tom: its fine" in said


def test_a_markdown_paragraphs_wrapped_lines_still_join(tmp_path: Path) -> None:
    book = tmp_path / "prose.md"
    book.write_text(
        "# Texts\n\n## One\n\nAt [10:42] the thread went on,\nand nobody slept that night.\n",
        encoding="utf-8",
    )
    assert "nobody slept that night" in " ".join(
        s for s in _book_said(book) if "thread went on" in s
    )
