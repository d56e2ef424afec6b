"""Sentences of real Project Gutenberg books, in words of our own, that were cut or said
wrongly: initials inside italics, a question's speech tag without quotation marks (dash
dialogue in every language), an old newspaper's transcription (its italic pence, its
raised "N^{o}", the transcriber's closing label), a possessive after an abbreviation,
a word broken off inside a quotation. Each hit has its near miss: a text of the same
look, read as it was."""

from __future__ import annotations

from pathlib import Path

from audiobook.text.normalize import to_spoken
from audiobook.text.segment import sentences
from plainbooks import gutenberg_footer, gutenberg_header, left_out, read_book

# ---------------------------------------------------------------- 1. initials in italics


def test_initials_in_italics_cut_no_sentence() -> None:
    text = (
        "_Philadelphia_: Printed by _B. Franklin_ and _H. Meredith_, at the New "
        "Printing-Office near the Market."
    )
    assert sentences(text) == [text]
    assert sentences("He wrote to _J. Smith_ about the type. Then he left.") == [
        "He wrote to _J. Smith_ about the type.",
        "Then he left.",
    ]


def test_italics_opening_a_sentence_stay_with_it() -> None:
    # near miss: a sentence that opens in italics is still a sentence of its own, and
    # keeps its opening mark; one that opens the paragraph is read as before
    assert sentences("He left the shop. _Now_ she came in.") == [
        "He left the shop.",
        "_Now_ she came in.",
    ]
    assert sentences("_To Mrs. Saville, England._") == ["_To Mrs. Saville, England._"]
    assert sentences("_Jasper._ The tide is late.") == ["_Jasper._ The tide is late."]


# ---------------------------------------------------------------- 2. a question's tag


def test_question_then_small_word_goes_on() -> None:
    assert sentences("— Hvarför är du så stolt? frågade en sparf. — Jag är inte stolt.", "sv") == [
        "— Hvarför är du så stolt? frågade en sparf.",
        "— Jag är inte stolt.",
    ]
    assert sentences("— Qui est là ? demanda-t-il. Personne ne répondit.", "fr") == [
        "— Qui est là ? demanda-t-il.",
        "Personne ne répondit.",
    ]
    assert sentences("What? he said, turning. Nobody answered.") == [
        "What? he said, turning.",
        "Nobody answered.",
    ]
    assert sentences("—¿Quién es? preguntó él. Nadie respondió.", "es")[0] == (
        "—¿Quién es? preguntó él."
    )


def test_question_then_capital_or_list_item_still_ends() -> None:
    # near miss: a capital opens the next sentence; a list's small letter or Roman
    # number opens an item
    assert sentences("Is it so? Yes, it is.") == ["Is it so?", "Yes, it is."]
    assert sentences("Which one? a) this b) that.")[0] == "Which one?"
    assert sentences("What is asked? i. The first point.")[0] == "What is asked?"


# ---------------------------------------------------------------- 3. the newspaper


GAZETTE = (
    gutenberg_header("The Printer's Year", "Anonymous")
    + """CHAPTER I

THE SHOP

The bills they passed were all good, none counterfeited but those
of 13 _d_. The Almanack sold at 3 _s_. 6 _d_. the dozen, and the
copy was worth 25 _l_. a year to the man who owned it.




[Page 4 of _The Pennsylvania Gazette_.]

[N^{o} 19

Run away on the 25th of _September_ past, a Servant Man. M^r
Hamilton will pay the Reward.

[End of trancriptions.]
"""
    + gutenberg_footer("The Printer's Year")
)


def test_newspaper_transcription(tmp_path: Path) -> None:
    manuscript, _, read = read_book(tmp_path, GAZETTE)
    assert "those of thirteen pence. | The Almanack" in read
    assert "sold at three shillings and six pence the dozen" in read
    assert "worth twenty-five pounds a year" in read
    assert "Number nineteen" in read and "^" not in read
    assert "Mister Hamilton" in read
    assert "End of" not in read
    assert "End of trancriptions" in left_out(manuscript)


def test_newspaper_page_label_and_stage_direction_read(tmp_path: Path) -> None:
    # near miss: the label naming the page transcribed says what is heard; a play's
    # bracketed direction is the play's
    _, _, read = read_book(tmp_path, GAZETTE)
    assert "Page four of The Pennsylvania Gazette" in read
    play = (
        gutenberg_header("The Ferry", "Anonymous")
        + "ACT I\n\nSCENE I. A quay.\n\nJASPER. The tide is late.\n\n[Exit.]\n\n"
        "MARY. Then we shall wait.\n\n[End of the act.]\n"
        + gutenberg_footer("The Ferry")
    )
    _, _, read = read_book(tmp_path / "play", play)
    assert "Exit" in read and "End of the act" in read


def test_plain_or_mathematical_forms_stay() -> None:
    # near miss: a plain "6 d." is no italic sum; a raised figure is mathematics, a
    # power, not a raised abbreviation's letters (tests/test_powers.py)
    assert to_spoken("Row 6 d. of the table") == "Row six d. of the table"
    assert to_spoken("Let x^2 be the area.") == "Let x squared be the area."
    assert to_spoken("No 19 was empty") == "No nineteen was empty"


# ---------------------------------------------------------------- 4. small points


def test_possessive_after_abbreviation_is_one_word() -> None:
    assert sentences("L. of G.’s Purport") == ["L. of G.’s Purport"]
    # near miss: a possessive that ends its sentence still ends it
    assert sentences("The U.S.’s army. It left.") == ["The U.S.’s army.", "It left."]


def test_word_broken_off_in_a_quotation_falls() -> None:
    assert to_spoken('"I don\'t know what to say to such munifi--"') == (
        '"I don\'t know what to say to such munifi."'
    )
    # near miss: broken off before its speech tag, the sentence goes on
    assert to_spoken('"I was going--" he said.') == '"I was going" he said.'
