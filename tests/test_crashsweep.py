"""Odd input a crash sweep found: none of it may crash, hang or cost the user the whole
book. Each mend has a hit (the shape that failed) and a near miss (a look-alike that must
read as it did)."""

from __future__ import annotations

import signal
from pathlib import Path

import pytest

from audiobook.build.pipeline import load_book
from audiobook.errors import ManuscriptError
from audiobook.text.normalize import to_spoken
from audiobook.text.readers.plaintext import _CONTACT, _LINE_NUMBER
from audiobook.text.segment import sentences, words
from epubs import write_epub


def _spoken(path: Path) -> str:
    """Every segment the engine is given, one a line."""
    _, _, chapters = load_book(path)
    return "\n".join(s.spoken for c in chapters for s in c.segments)


# ---------------------------------------------------------------- 1. old money, grouped


def test_pence_with_a_thousands_comma_are_read_not_a_crash() -> None:
    assert to_spoken("The rent was 1,000d. a year.") == "The rent was one thousand pence a year."
    assert to_spoken("Sold for 2,400d. in all.") == (
        "Sold for two thousand four hundred pence in all."
    )
    assert to_spoken("It was 1,000d.") == "It was one thousand pence."


def test_a_comma_that_groups_no_thousands_is_left_as_written() -> None:
    assert to_spoken("A loaf was 1,5d. at most.") == "A loaf was 1,5d. at most."
    assert to_spoken("The fare was 2,5s. then.") == "The fare was 2,5s. then."


def test_a_book_with_grouped_pence_is_read(tmp_path: Path) -> None:
    book = tmp_path / "rent.txt"
    book.write_text(
        "CHAPTER I\n\nThe rent of the farm was 1,000d. a year, which was little.\n",
        encoding="utf-8",
    )
    assert "one thousand pence a year" in _spoken(book)


def test_old_money_near_misses_read_as_before() -> None:
    assert to_spoken("The squire took 1,250l. a year.") == (
        "The squire took one thousand two hundred and fifty pounds a year."
    )
    assert to_spoken("Paid £1,250 3s. 4d. for it.") == (
        "Paid one thousand two hundred and fifty pounds, three shillings and four pence for it."
    )
    assert to_spoken("A pot of ale was 4d. and a dinner 1s. 6d. at the inn.") == (
        "A pot of ale was four pence and a dinner one shilling and six pence at the inn."
    )
    assert to_spoken("He was born in the 60s. Then he left.") == (
        "He was born in the sixties. Then he left."
    )


# ---------------------------------------------------------------- 2. one very long line


def _read_within(path: Path, seconds: int) -> str:
    """The book's spoken text, or a failure if reading it takes longer than `seconds`
    (a pattern that rescans a long line from every position never finishes)."""

    def timeout(*_: object) -> None:
        raise TimeoutError(f"reading {path.name} took over {seconds} s")

    old = signal.signal(signal.SIGALRM, timeout)
    signal.alarm(seconds)
    try:
        return _spoken(path)
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


STORY = "\n\nCHAPTER I\n\nIt was a dark night, and the rain fell on the roofs of the town.\n"


@pytest.mark.parametrize(
    "opening",
    [
        "a" * 200_000,  # a pasted blob: the contact block's e-mail pattern
        "a" + " " * 200_000 + "b",  # a run of spaces: line numbers, form feeds
        "a . " * 50_000,  # spaced dots: finding pysbd's sentences back in the text
    ],
    ids=["letters", "spaces", "spaced-dots"],
)
def test_one_very_long_line_is_read_in_time(tmp_path: Path, opening: str) -> None:
    book = tmp_path / "blob.txt"
    book.write_text(opening + STORY, encoding="utf-8")
    assert "the rain fell on the roofs" in _read_within(book, 30)


def test_a_contact_block_is_still_found() -> None:
    for line in ("ruth.abernathy@example.com", "Approx. 2,400 words", "about 80k words",
                 "+44 20 7946 0958", "Word count: 2,300"):  # fmt: skip
        assert _CONTACT.search(line), line
    for line in ("He wrote to her at the inn.", "The year 1850 had 365 days."):
        assert not _CONTACT.search(line), line


def test_a_poem_keeps_its_margin_numbers_recognised() -> None:
    match = _LINE_NUMBER.match("And heard the water breathe          5")
    assert match and match["line"] == "And heard the water breathe" and match["number"] == "5"
    assert not _LINE_NUMBER.match("         15")


# ---------------------------------------------------------------- 3. Calibre's index.html

LAMP = "".join(
    f"<p>{line}</p>"
    for line in [
        "The wind moved in the chimney and the house was quiet all night long.",
        "She lit the lamp and read until the oil was gone, then sat in the dark.",
        "In the morning the boat came, and with it the letters she had waited for.",
    ]
    * 3
)


def test_a_one_file_book_called_index_html_is_read(tmp_path: Path) -> None:
    page = ("index.html", "The Lamp", f"<h2>The Lamp</h2>{LAMP}")
    book = write_epub(tmp_path / "lamp.epub", [page])
    assert "She lit the lamp and read" in _spoken(book)


def test_a_page_of_index_entries_called_index_is_still_left_out(tmp_path: Path) -> None:
    entries = "".join(
        f"<p>{entry}</p>"
        for entry in ["Abbey, the, 12, 45–47", "Boats, 3, 19", "Chimney, the, 8", "Lamps, xii, 22",
                      "Letters, 30–31", "Wind, 2, 8, 40"]
    )  # fmt: skip
    book = write_epub(
        tmp_path / "lamp.epub",
        [("chapter.xhtml", "The Lamp", f"<h2>The Lamp</h2>{LAMP}"), ("index.xhtml", "x", entries)],
        toc=[("chapter.xhtml", "The Lamp")],
    )
    spoken = _spoken(book)
    assert "She lit the lamp and read" in spoken and "Abbey" not in spoken


# ---------------------------------------------------------------- 4. a transcriber's note

WIND = "The wind moved in the chimney and the house was quiet all night long.\n\n"


def test_a_short_story_under_a_transcribers_note_is_read(tmp_path: Path) -> None:
    book = tmp_path / "story.txt"
    book.write_text(
        "Transcriber's Note:\n\nObvious typographical errors have been corrected.\n\n"
        f"CHAPTER I\n\n{WIND}She lit the lamp and read until the oil was gone.\n\n"
        f"CHAPTER II\n\n{WIND}",
        encoding="utf-8",
    )
    spoken = _spoken(book)
    assert "She lit the lamp" in spoken and spoken.count("The wind moved") == 2
    assert "typographical" not in spoken


def test_a_transcribers_note_up_to_a_wide_gap_is_still_left_out_whole(tmp_path: Path) -> None:
    book = tmp_path / "story.txt"
    book.write_text(
        "Transcriber's Notes:\n\nItalic text is enclosed in _underscores_.\n\n"
        "Archaic spellings have been kept as printed.\n\n\n\n"
        f"CHAPTER I\n\n{WIND}She lit the lamp and read until the oil was gone.\n",
        encoding="utf-8",
    )
    spoken = _spoken(book)
    assert "She lit the lamp" in spoken
    assert "underscores" not in spoken and "Archaic" not in spoken


# ---------------------------------------------------------------- 5. words kept whole


def test_spaced_dot_leaders_by_roman_numerals_keep_every_word(tmp_path: Path) -> None:
    assert words(" ".join(sentences("... III. — . . ."))) == ["iii"]
    book = tmp_path / "contents.txt"
    book.write_text(
        "II.\nI.\nI. The House . . . . . . 1\n\n"
        "The wind moved in the chimney and the house was quiet all night long.\n",
        encoding="utf-8",
    )
    assert "the house was quiet all night long" in _spoken(book)


def test_prose_sentences_are_cut_as_before() -> None:
    assert sentences("Mr. Smith went home. He slept.") == ["Mr. Smith went home.", "He slept."]
    assert sentences("She waited . . . and then the boat came. It was late.") == [
        "She waited . . . and then the boat came.",
        "It was late.",
    ]


# ---------------------------------------------------------------- 6. what an empty book lost


def test_an_empty_book_says_what_was_left_out(tmp_path: Path) -> None:
    book = tmp_path / "notes.txt"
    book.write_text("[TK: the opening scene]\n\n[TK: the storm]\n", encoding="utf-8")
    with pytest.raises(ManuscriptError) as refused:
        load_book(book)
    message = str(refused.value)
    assert "the manuscript is empty" in message and "2 draft notes" in message
    assert "\n" not in message and "keep" not in message  # no page `keep` could name


def test_an_epub_of_an_index_alone_points_to_keep(tmp_path: Path) -> None:
    entries = "".join(f"<p>{e}</p>" for e in ["Abbey, 12", "Boats, 3, 19", "Chimney, 8"])
    book = write_epub(tmp_path / "index.epub", [("index.xhtml", "x", entries)], toc=[])
    with pytest.raises(ManuscriptError) as refused:
        load_book(book)
    assert "index" in str(refused.value) and "[text] keep" in str(refused.value)


def test_an_empty_file_is_refused_as_before(tmp_path: Path) -> None:
    book = tmp_path / "empty.txt"
    book.write_text("   \n\n", encoding="utf-8")
    with pytest.raises(ManuscriptError, match=r"the manuscript is empty \(no words to speak\)$"):
        load_book(book)
