"""Spoken forms and sentence ends that realistic old books got wrong (third sweep):

- a title or an initial glued to a dash typed as hyphens ("April 1st.--Mrs. Bell called",
  "Mrs. M.--the doctor's wife--"): no sentence ends inside the name;
- an acting edition's entrances ("R. U. E.", "L. 2 E.") and joined positions ("chairs R.
  and L.") are said as a director says them; initials stay letters;
- a year in Roman numerals printed in groups ("M DCC LXXXVII", "M.DCC.LXXXVII.") is said
  as the unspaced "MDCCLXXXVII" is: seventeen eighty-seven;
- a book's size ("8vo", "fcap. 8vo", "12mo") is said as a bookseller says it;
- money whose letter is in italics ("5*s.*", "5_s._", "2*l.* 10*s.* 6*d.*") is money
  wherever it stands;
- "VOL." in capitals is "Volume" and ends no sentence before its number.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from audiobook.build.pipeline import load_book
from audiobook.text.normalize import to_spoken
from audiobook.text.segment import sentences


def _said(text: str) -> list[str]:
    """Each sentence of `text` as a listener hears it."""
    return [to_spoken(s) for s in sentences(text)]


def _book(folder: Path, name: str, text: str) -> list[str]:
    """Every segment of a small book as spoken, credits aside."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    _, _, chapters = load_book(path)
    return [s.spoken for ch in chapters for s in ch.segments if s.kind == "text"]


# ------------------------------------------------------------- dashes and initials


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "April 1st.--Mrs. Bell called to-day. She brought eggs.",
            ["April first.", "Missus Bell called to-day.", "She brought eggs."],
        ),
        (
            "April 1st.--Mrs. M. (the rector's widow) called.",
            ["April first.", "Missus M. (the rector's widow) called."],
        ),
        (
            "It was late.--Dr. Price went home alone.",
            ["It was late.", "Doctor Price went home alone."],
        ),
        (
            "We met Mrs. M.--the doctor's wife--at the gate.",
            ["We met Missus M. the doctor's wife, at the gate."],
        ),
        (
            "Called on Mrs. M.---(the rector's widow)---this morning.",
            ["Called on Missus M. (the rector's widow), this morning."],
        ),
        ("I called on Mr. J.—our curate—at noon.", ["I called on Mister J. our curate, at noon."]),
    ],
)
def test_no_sentence_ends_inside_a_name_glued_to_a_dash(text: str, said: list[str]) -> None:
    assert _said(text) == said


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (  # an initial before a parenthesis was already whole; it stays so
            "I called on Mrs. M. (the rector's widow) this morning. She was low.",
            ["I called on Missus M. (the rector's widow) this morning.", "She was low."],
        ),
        (  # a capital after the dash may open a sentence
            "The letter was from J. M.--A friend wrote it.",
            ["The letter was from J. M.", "A friend wrote it."],
        ),
        (  # a rank before a word that opens a sentence still ends it
            "He was made a Capt.--Then he sailed.",
            ["He was made a Captain.", "Then he sailed."],
        ),
    ],
)
def test_sentences_near_dashes_that_do_end(text: str, said: list[str]) -> None:
    assert _said(text) == said


# ------------------------------------------------------------- stage directions

PLAY = """\
THE MILLER'S DAUGHTER

A COMEDY IN ONE ACT

ACT I.

SCENE.--_A kitchen. Door R. 2 E.; window L. C.; fireplace R. U. E. Table C., with chairs R. and L._

_Enter_ JOHN, R.

JOHN. Is anybody in? [_Crosses to L. C._]

MARY. [_Entering L. U. E._] Only me, John.

[Exeunt R. and L.]

JOHN. I did. [_Exit, R. U. E._]

_Enter_ TOM _and_ NELL, L. 2 E.

MARY. You wrote to Mr. R. Smith? And read R. L. Stevenson and C. Dickens?

CURTAIN.
"""


def test_a_plays_entrances_are_said_as_a_director_says_them(tmp_path: Path) -> None:
    said = " ".join(_book(tmp_path, "play.txt", PLAY))
    assert "Door right second entrance; window left centre; fireplace right upper entrance." in said
    assert "with chairs right and left." in said
    assert "[Entering left upper entrance] Only me" in said
    assert "[Exeunt right and left.]" in said
    assert "[Exit, right upper entrance.]" in said
    assert "Enter TOM and NELL, left second entrance." in said


def test_initials_in_a_play_stay_letters(tmp_path: Path) -> None:
    said = " ".join(_book(tmp_path, "play.txt", PLAY))
    assert "You wrote to Mister R. Smith?" in said
    assert "And read R. L. Stevenson and C. Dickens?" in said
    assert _said("The firm of R. U. E. Smith sold it.") == ["The firm of R. U. E. Smith sold it."]
    assert _said("He sat at the table, C. Dickens beside him.") == [
        "He sat at the table, C. Dickens beside him."
    ]


# ------------------------------------------------------------- Roman years in groups


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "The book was printed at London, M DCC LXXXVII. It is rare.",
            ["The book was printed at London, seventeen eighty-seven.", "It is rare."],
        ),
        (
            "LONDON: PRINTED FOR J. JOHNSON, M.DCC.LXXXVII.",
            ["LONDON: PRINTED FOR J. JOHNSON, seventeen eighty-seven."],
        ),
        (
            "LONDON: PRINTED FOR J. JOHNSON, M. DCC. LXXXVII.",
            ["LONDON: PRINTED FOR J. JOHNSON, seventeen eighty-seven."],
        ),
        ("Dated MDCC LXXXVII and M.DC.", ["Dated seventeen eighty-seven and sixteen hundred."]),
        ("Also M.DCCC.XII. and more.", ["Also eighteen twelve and more."]),
        ("The year M DCC LXXXVII I saw him.", ["The year seventeen eighty-seven I saw him."]),
        (
            "Another edition, MDCCLXXXVII, is known.",
            ["Another edition, seventeen eighty-seven, is known."],
        ),
    ],
)
def test_a_roman_year_in_groups_is_said_as_a_year(text: str, said: list[str]) -> None:
    assert _said(text) == said


@pytest.mark.parametrize(
    "text",
    [
        "Letters from M. D. and M. C. L. Smith.",  # initials
        "I saw MC LX there.",  # not a year's thousands apart
        "MM. Blanc et Dupont.",  # French "Messieurs"
    ],
)
def test_letters_that_are_not_a_roman_year_stay(text: str) -> None:
    assert _said(text) == [text]


def test_a_last_i_before_a_word_is_the_pronoun() -> None:
    assert _said("A stone marked M DCC I saw.") == ["A stone marked seventeen hundred I saw."]


# ------------------------------------------------------------- book sizes


def test_book_sizes_are_said_as_a_bookseller_says_them() -> None:
    text = (
        "Smith's Poems, 2 vols. 8vo. Also in 12mo, 5s.; Crown 8vo, 7s. 6d.; fcap. 8vo, "
        "3s. 6d.; post 8vo; 4to; 16mo; 32mo cloth."
    )
    assert _said(text) == [
        "Smith's Poems, two volumes octavo.",
        "Also in duodecimo, five shillings; Crown octavo, seven shillings and six pence; "
        "foolscap octavo, three shillings and six pence; post octavo; quarto; sixteenmo; "
        "thirty-twomo cloth.",
    ]
    assert _said("Fcap. 8vo, cloth. Sm. 4to, boards.") == [
        "Foolscap octavo, cloth.",
        "Small quarto, boards.",
    ]


def test_months_written_mo_are_no_book_size() -> None:
    assert _said("He signed a 12mo lease.") == ["He signed a twelve mo lease."]
    assert _said("The baby is 18mo old.") == ["The baby is eighteen mo old."]
    assert _said("A handsome octavo.") == ["A handsome octavo."]


# ------------------------------------------------------------- money in italics


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Price 5*s.* a week.", ["Price five shillings a week."]),
        (
            "He owed 2*l.* 10*s.* 6*d.* He paid.",
            ["He owed two pounds, ten shillings and six pence.", "He paid."],
        ),
        ("A Crown 8vo edition, cloth, 5*s.*", ["A Crown octavo edition, cloth, five shillings."]),
        ("A Crown 8vo edition, cloth, 5_s._", ["A Crown octavo edition, cloth, five shillings."]),
        ("Tea was 3_d._ Then he left.", ["Tea was three pence. Then he left."]),
        ("It cost 1*s.* in all.", ["It cost one shilling in all."]),
    ],
)
def test_money_in_italics_is_money(text: str, said: list[str]) -> None:
    assert _said(text) == said


def test_money_in_italics_in_a_markdown_book(tmp_path: Path) -> None:
    text = "# Accounts\n\nWages were 12*s.* the week; a loaf cost 4*d.* Then he left.\n"
    assert _book(tmp_path, "book.md", text) == [
        "Wages were twelve shillings the week; a loaf cost four pence.",
        "Then he left.",
    ]


def test_plain_figures_and_other_italics_stay() -> None:
    assert _said("They rolled two 6s. Then they went.") == [
        "They rolled two six s.",
        "Then they went.",
    ]
    assert _said("He said *stop.* Then he left.") == ["He said stop.", "Then he left."]


# ------------------------------------------------------------- VOL. in capitals


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("END OF VOL. I.", ["END OF Volume One."]),
        ("END OF VOL. 1.", ["END OF Volume One."]),
        (
            "VOL. II. opens with the storm. See VOL. III. for more.",
            ["Volume Two opens with the storm.", "See Volume Three for more."],
        ),
        ("He had 2 VOLS. 8vo, and more.", ["He had two VOLUMES octavo, and more."]),
    ],
)
def test_vol_in_capitals_is_volume(text: str, said: list[str]) -> None:
    assert _said(text) == said


def test_vol_in_capitals_ends_a_sentence_without_a_number() -> None:
    assert _said("IN THREE VOLS. LONDON.") == ["IN THREE VOLS.", "LONDON."]


# ------------------------------------------------------------- italics' closing mark


def test_a_sentence_ending_inside_italics_gets_a_sentences_pause(tmp_path: Path) -> None:
    """The closing mark of italics, glued after the stop ("(_Sits._)", "6*d.*"), still
    ends the sentence: its pause is a sentence's, not a clause's."""
    path = tmp_path / "book.txt"
    path.write_text(
        "CHAPTER I.\n\nMRS. PRIDDY. He says so. (_Sits._) The lamp wants trimming.\n\n"
        "It is late. Nobody came.\n",
        encoding="utf-8",
    )
    _, _, chapters = load_book(path)
    pauses = {s.text: s.pause_after_ms for ch in chapters for s in ch.segments}
    assert pauses["(_Sits._)"] == pauses["It is late."]
