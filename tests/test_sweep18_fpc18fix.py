"""Sweep 18 (fp18c), false hits that lost a novel's words: a story's sentence that opens
like a translation site's furniture ("Thanks to Tom for the donation, we …", "End of
chapter. She …", "TL—my brother …") is read, and one such line does not make a novel a
web copy; a one-line "Published in 1859." or "Updated 2 June: …" is no news time stamp;
"(TL: 112 cm)" and "(TN-born, …)" are no translator's notes in a book that is no
translation; a caption "Photo: Dad …, 1953/4, …" is no photo credit."""

from __future__ import annotations

from pathlib import Path

from audiobook.build.pipeline import load_book
from audiobook.text.readers.webfiction import fan_fiction, web_authors_note


def _book(folder: Path, text: str, name: str = "book.txt") -> tuple[str, str]:
    """All the book reads as spoken (one line), and what it lists as left out."""
    path = folder / name
    path.write_text(text, encoding="utf-8")
    _, manuscript, chapters = load_book(path)
    read = " ".join(s.spoken for ch in chapters for s in ch.segments)
    return read, " ".join(f"{o.what} {o.text}" for o in manuscript.omitted)


ROOF = """\
CHAPTER ONE

The mill closed in the spring of 1987, and the town did not know what to do with itself.

My father went down to the gate every morning for a month anyway, in his overalls.

Thanks to Tom for the donation, we fixed the roof before the first snow.

CHAPTER TWO

Release schedule: that was the phrase on the notice pinned to the gate, listing the days on which the men's pay would be given out.

My mother read it aloud to him at the kitchen table. He did not say anything.

The next chapter will be out of my hands, she told him. You'll have to find the work yourself.

CHAPTER THREE

TL—my brother Tobias Lund, who signed everything with his initials—came home from Leeds that summer.

He had money and a car and a way of talking that none of us recognised.

End of chapter. She saved the file and closed the lid.

CHAPTER FOUR

Edit: that was the word Miss Carver wrote in red across the top of every programme.

Please review the terms before you sign, the man from the bank told my father.
"""  # noqa: E501


def test_a_novels_sentences_at_a_chapters_edge_are_read(tmp_path: Path) -> None:
    read, left = _book(tmp_path, ROOF)
    for said in ("we fixed the roof", "Release schedule", "out of my hands", "my brother Tobias",
                 "She saved the file", "Miss Carver wrote", "Please review the terms"):
        assert said in read, said
    assert "author's note" not in left


def test_a_sites_furniture_lines_are_still_notes() -> None:
    """Near miss: the whole short paragraph that is the site's line goes."""
    for text in ("Thanks to Michael S. for the $20 donation!", "END OF CHAPTER",
                 "End of Chapter 12",
                 "END OF CHAPTER. Chapter 3 will be released Thursday (GMT+8).",
                 "Release schedule: Mon/Thu", "Next chapter will be released Thursday.",
                 "T/N: hyung means older brother"):
        assert web_authors_note(text), text
    for text in ("Thanks to Tom for the donation, we fixed the roof.",
                 "T/N—Thomas Nolan—had carved",
                 "End of chapter. She saved the file."):
        assert not web_authors_note(text), text


def test_one_weak_site_line_is_no_web_copy() -> None:
    assert not fan_fiction(["Thanks to Michael S. for the $20 donation!"])
    assert not fan_fiction(["T/N: hyung means older brother", "T/N: noona means older sister"])
    # near miss: two kinds, or one strong line, still prove it
    assert fan_fiction(["Thanks to Michael S. for the $20 donation!", "END OF CHAPTER"])
    assert fan_fiction(["« Previous Chapter | Table of Contents | Next Chapter »"])


STAMPS = """\
CHAPTER 1

Published in 1859.

That was all the flyleaf of the Darwin said, and Dad had written his name under it.

Posted at 6 a.m.

The letter to Mum went in the box by the pier before breakfast.

Updated 2 June: the weather is still terrible.

We stayed in and played cards.
"""


def test_one_line_entries_are_no_news_stamps(tmp_path: Path) -> None:
    read, left = _book(tmp_path, STAMPS)
    assert "Published in eighteen fifty-nine" in read and "Posted at six" in read
    assert "the weather is still terrible" in read and "time stamp" not in left


def test_a_news_pages_stamp_still_goes(tmp_path: Path) -> None:
    """Near miss: a stamp that is only a date, or a time with its zone."""
    text = STAMPS.replace("Posted at 6 a.m.", "Published: 9 April 2024 · 6 min read").replace(
        "Published in 1859.", "We woke early.\n\nUpdated 3:45 p.m. ET")
    read, left = _book(tmp_path, text)
    assert "forty-five" not in read and "April" not in read and "time stamp" in left
    assert "the weather is still terrible" in read


FISH = """\
CHAPTER 1

The largest specimen we landed was a female pike (TL: 112 cm), caught below the weir at dusk.

The bass [TL: 52 cm, SL: 44 cm] was weighed on the bank.

We drove south through Memphis (TN: the state line is just there) and on into Mississippi.

The girl (TN-born, Memphis-raised) sang.
"""


def test_lengths_and_tennessee_are_no_translator_notes(tmp_path: Path) -> None:
    read, _ = _book(tmp_path, FISH)
    assert "one hundred and twelve centimetres" in read and "forty-four centimetres" in read
    assert "the state line is just there" in read and "Memphis-raised" in read


def test_a_translations_notes_are_still_notes(tmp_path: Path) -> None:
    """Near miss: in a book that shows itself a translation (another translator's note),
    "(TN: …)" is its note."""
    text = FISH.replace("The girl", "The girl (T/N: noona means older sister)")
    read, left = _book(tmp_path, text)
    assert "the state line is just there" not in read and "the state line" in left
    assert "one hundred and twelve centimetres" in read  # a length stays a length


DIARY = """\
# Letters from Skegness

## June

The summer we went to the coast, Dad took his old camera.

Photo: Dad on the pier at Skegness, summer 1953/4, squinting.

He is wearing the hat he wore every summer.
"""


def test_a_captions_slash_is_no_credit(tmp_path: Path) -> None:
    read, left = _book(tmp_path, DIARY, "book.md")
    assert "Dad on the pier at Skegness" in read and "photo credit" not in left


def test_a_photo_credit_still_goes(tmp_path: Path) -> None:
    """Near miss: "Name / Outlet" is a credit."""
    text = DIARY.replace("Photo: Dad on the pier at Skegness, summer 1953/4, squinting.",
                         "Photo: Ann Lee / The Guardian")
    read, left = _book(tmp_path, text, "book.md")
    assert "Ann Lee" not in read and "photo credit" in left


def test_a_translation_sites_credit_left_out_still_shows_a_translation() -> None:
    """A saved chapter of a fan translation: its "Translator: … Proofreader: …" line goes
    with the site's furniture, and still tells that its one "(TN: …)" is a note."""
    path = Path(__file__).parent / "fixtures" / "translation_site_chapter.html"
    _, _, chapters = load_book(path)
    said = " ".join(s.spoken for ch in chapters for s in ch.segments if s.kind == "text")
    assert "I broke half of them on my first day" in said
    assert "TN" not in said and "more than three thousand lol" not in said
