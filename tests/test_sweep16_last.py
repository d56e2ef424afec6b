"""Sweep 16 (last): a PAGE field read in a sentence of prose, money before a named noun,
a scale word between a number and its unit."""

from __future__ import annotations

from pathlib import Path

import docx
from lxml import etree

from audiobook.text.normalize import to_spoken
from audiobook.text.readers.docx import read_docx
from wordxml import P as _p
from wordxml import R as _r
from wordxml import field as _field
from wordxml import simple as _simple


def _read(tmp_path: Path, paragraphs: list[str]):  # type: ignore[no-untyped-def]
    document = docx.Document()
    body = document.element.body
    for xml in [_p(_r("The Rain Notebook"), "Heading1"), *paragraphs]:
        body.insert(len(body) - 1, etree.fromstring(xml))
    path = tmp_path / "memoir.docx"
    document.save(str(path))
    found = read_docx(path)
    return [p.text for _, ps in found.chapters for p in ps], found.omitted


def test_page_field_in_a_prose_sentence_is_read_as_word_shows_it(tmp_path: Path) -> None:
    """The author wrote the page's number as part of the sentence: it is read there."""
    texts, omitted = _read(tmp_path, [
        _p(_r("As I write this, on page ") + _field("PAGE", "7")
           + _r(" of a notebook my daughter gave me, the rain has stopped.")),
        _p(_r("This chapter was last revised in March, and is on page ") + _simple("PAGE", "3")
           + _r(" of ") + _field("NUMPAGES", "24") + _r(" in the draft.")),
    ])  # fmt: skip
    assert texts == [
        "As I write this, on page 7 of a notebook my daughter gave me, the rain has stopped.",
        "This chapter was last revised in March, and is on page 3 of 24 in the draft.",
    ]
    assert not [o for o in omitted if "page numbers" in o.what]


def test_page_field_in_a_typed_header_is_still_left_out(tmp_path: Path) -> None:
    """Near miss: "Draft 3 · page 2 of 14" is a page's header typed in the body, and a
    long line of names is no sentence: neither reads the number."""
    names = " · ".join(["Ellen Shaw", "The Rain Notebook", "Second Draft", "Chapter Two",
                        "For Review", "Hollin Press", "London", "Spring Edition"])  # fmt: skip
    texts, omitted = _read(tmp_path, [
        _p(_r("Draft 3 · page ") + _field("PAGE", "2") + _r(" of ") + _field("NUMPAGES", "14")),
        _p(_r("It rained all that spring, and I wrote every morning before the house woke.")),
        _p(_r(f"{names} · Page ") + _field("PAGE", "5") + _r(" · Do Not Circulate")),
    ])  # fmt: skip
    assert texts[0] == "It rained all that spring, and I wrote every morning before the house woke."
    assert texts[1].endswith("Page · Do Not Circulate") and "5" not in texts[1]
    (left,) = [o for o in omitted if "page numbers" in o.what]
    assert left.text.splitlines() == ["Draft 3 · page 2 of 14", "5"]


def test_money_before_a_named_noun_describes_it() -> None:
    """"its $120M Series C": the sum is the round's kind, as "a $1,000 balance" is."""
    said = to_spoken("The company closed its $120M Series C in March.")
    assert "twenty-million-dollar Series C" in said
    assert to_spoken("a $50 Amazon Gift Card") == "a fifty-dollar Amazon Gift Card"
    assert to_spoken("its $5 fee") == "its five-dollar fee"


def test_money_before_a_name_that_acts_stays_a_sum() -> None:
    """Near miss: one capitalised word after a sum is who does something with it, a day
    is when; and a sum with nothing after it is a sum."""
    assert to_spoken("Give me the $5 Tom owes you.") == "Give me the five dollars Tom owes you."
    assert "forty dollars Monday" in to_spoken("He paid the $40 Monday Night.")
    assert to_spoken("the firm and its $120M.").endswith("twenty million dollars.")
    assert "twenty million dollars in March" in to_spoken("It raised $120M in March.")


def test_scale_word_between_number_and_unit() -> None:
    """"≈ 13.8 billion yrs." is years, as "5 yrs." is."""
    said = to_spoken("The universe is ≈ 13.8 billion yrs. old.")
    assert said == "The universe is approximately thirteen point eight billion years old."
    assert to_spoken("Some 3 million lbs of flour.") == "Some three million pounds of flour."


def test_scale_word_before_a_word_or_a_letter_is_no_unit() -> None:
    """Near miss: "3 million in debt" has no unit; a one-letter "m" after a scale word is
    left as written (a letter is too often a name's initial)."""
    assert to_spoken("He was 3 million in debt.") == "He was three million in debt."
    assert to_spoken("about 4.5 billion years old") == "about four point five billion years old"
    assert "million m of" in to_spoken("They laid 2 million m of cable.")
