"""Sweep 17, false hits of the day's rules (fp17 #1, #2, #3, #10, #11, #13): a ticker or a
code in brackets is no respelling; a book's respelling says the name only where it is
the name, and a book about words' sounds is read as written; a double letter is
spelling, not a drawn-out sound; a photo's quoted name is no story words; a log's
"Hope: nil." is no speaker tag. Each near miss with the rule's hit beside it."""

from __future__ import annotations

from pathlib import Path

from audiobook.build.pipeline import load_book
from audiobook.text.normalize import to_spoken
from epubs import write_epub

PROSE = (
    "The wind came off the bay in long cold shoves, and the harbour lights went out one "
    "by one along the wall while the ferry turned for home. "
)


def _said(path: Path) -> str:
    _, _, chapters = load_book(path)
    return " | ".join(s.spoken for ch in chapters for s in ch.segments if s.kind == "text")


def _md(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "book.md"
    path.write_text(text, encoding="utf-8")
    return path


# ------------------------------------------------------------ #1 a lone capital word


def test_a_ticker_or_a_code_after_a_name_is_no_respelling(tmp_path: Path) -> None:
    said = _said(_md(tmp_path, (
        "# One\n\nAmazon (AMZN) was the first to pass a trillion dollars. Amazon began as a"
        " bookshop.\n\nBoston (BOS) and Denver (DEN) became hubs. A parcel ordered in Boston"
        " is in Denver by breakfast.\n\nThe Private (PVT) who ran the depot met a Private.\n"
    )))
    assert "Amazon began as a bookshop" in said and "ordered in Boston" in said
    assert "met a Private" in said
    assert "amzn" not in said and " bos " not in said


def test_a_respelling_after_a_name_still_says_it(tmp_path: Path) -> None:
    said = _said(_md(tmp_path, "# One\n\nAoife (EE-fa) came home. Aoife slept.\n"))
    assert "ee-fa slept" in said and "(EE-fa)" not in said


# ------------------------------------------------------------ #2 case and books on sound

TRAVEL = (
    "# One\n\nIt was a nice hotel. I spent the evening reading, in a derby hat.\n\n"
    "# Two\n\nI came into Derby (DAR-bee) by train. Reading (REDD-ing) is near London."
    " Derby is wet. The station at Reading is big. I was reading a derby report.\n"
)


def test_a_book_respelling_says_only_the_capitalised_name(tmp_path: Path) -> None:
    said = _said(_md(tmp_path, TRAVEL))
    assert "evening reading, in a derby hat" in said
    assert "I was reading a derby report" in said
    assert "dar-bee is wet" in said.lower() and "station at redd-ing" in said


LINGUISTICS = (
    "# Spelling\n\nTake the word colonel (KER-nel). There is no r in it. A photograph"
    " (FOH-tuh-graf) is taken by a photographer (fuh-TOG-ruh-fer).\n\nOr Wednesday"
    " (WENZ-day). The middle d is silent. A REcord (REK-ord) but to reCORD (ri-KORD). The"
    " record shows it.\n"
)


def test_a_book_about_sounds_reads_its_respellings_as_written(tmp_path: Path) -> None:
    said = _said(_md(tmp_path, LINGUISTICS))
    assert "Or Wednesday (WENZ-day)." in said
    assert "REcord (REK-ord) but to reCORD (ri-KORD)" in said
    assert "The record shows it" in said and "rek-ord" not in said.replace("(REK-ord", "")


def test_a_guide_name_with_its_respelling_again_is_said_once(tmp_path: Path) -> None:
    said = _said(_md(tmp_path, (
        "# A Note on Names\n\n- Aelwen (ILE-wen)\n- Cadoc (KAD-ock)\n- Llyr (HLEER)\n\n"
        "# Chapter One\n\n\"Llyr (HLEER),\" Cadoc said. " + PROSE + "\n"
    )))
    assert "hleer," in said and "HLEER" not in said and "hleer (" not in said


# ------------------------------------------------------------ #3 double letters


def test_a_double_letter_is_spelling(tmp_path: Path) -> None:
    said = to_spoken('"Spell that for me." "H-I-L-L. A-N-N-A." "Sheep Street. S-H-E-E-P."', "en")
    assert "H, I, L, L. A, N, N, A." in said and "S, H, E, E, P." in said
    bee = to_spoken('"M-I-S-S-I-S-S-I-P-P-I," said Rabbit. "C-O-F-F-E-E," said Bear.', "en")
    assert "M, I, S, S, I, S, S, I, P, P, I" in bee and "C, O, F, F, E, E" in bee


def test_a_letter_drawn_out_three_times_is_still_a_word() -> None:
    assert "Boooom!" in to_spoken("B-O-O-O-O-M!", "en")
    assert "Nooo" in to_spoken("N-O-O-O, she wailed.", "en")


# ------------------------------------------------------------ #10 alt text


def _epub(tmp_path: Path, body: str) -> Path:
    pages = [("ch1.xhtml", "One", f"<h1>One</h1><p>{PROSE}</p>{body}<p>{PROSE}</p>")]
    return write_epub(tmp_path / "book.epub", pages)


def test_a_photo_with_a_quoted_name_is_not_read(tmp_path: Path) -> None:
    body = ('<figure><img src="bell.jpg" alt="The &quot;Liberty Bell&quot; in Philadelphia,'
            ' photographed in 1915"/><figcaption>The bell.</figcaption></figure>'
            '<figure><img src="d.jpg" alt="The rough draft, with Franklin&#8217;s correction'
            ' &quot;self-evident&quot; in the margin"/></figure>')  # fmt: skip
    said = _said(_epub(tmp_path, body))
    assert "Liberty Bell" not in said and "self-evident" not in said


def test_a_note_in_alt_text_is_still_read(tmp_path: Path) -> None:
    body = ('<figure><img src="n.jpg" alt="A scrap of paper. In her writing: &quot;Meet me at'
            ' the pier&quot;"/></figure>'
            '<figure><img src="s.jpg" alt="A photo of the door: &quot;Nobody leaves.&quot;"/>'
            "</figure>")  # fmt: skip
    said = _said(_epub(tmp_path, body))
    assert "Meet me at the pier" in said and "Nobody leaves." in said


def test_an_alt_whose_words_the_next_paragraph_says_is_read_once(tmp_path: Path) -> None:
    body = ('<figure><img src="t.jpg" alt="Title of the broadside, which reads: IN CONGRESS,'
            ' JULY 4, 1776. A DECLARATION"/></figure>'
            "<p>Its heading reads, simply: In Congress, July 4, 1776.</p>"
            '<figure><img src="k.jpg" alt="A sign that reads KEEP OUT"/></figure>'
            "<p>She went in anyway.</p>")  # fmt: skip
    said = _said(_epub(tmp_path, body))
    assert "IN CONGRESS" not in said and "Its heading reads" in said
    assert "KEEP OUT" in said


# ------------------------------------------------------------ #11 [cast] tags in mixed case

LOG = (
    "Chapter 1\n\n" + PROSE + "\n\nMARA: Day 14 of the experiment. Results below.\n\n"
    "Hope: nil. Signal: none. Mark: low, from Dr. Aziz.\n\n" + PROSE + "\n"
)


def _voices(tmp_path: Path, text: str) -> list[tuple[str, str]]:
    (tmp_path / "play.txt").write_text(text, encoding="utf-8")
    (tmp_path / "book.toml").write_text(
        'manuscript = "play.txt"\n[cast]\nMara = "female"\nHope = "female"\nWill = "male"\n'
        'Mark = "male"\n', "utf-8")  # fmt: skip
    _, _, chapters = load_book(tmp_path)
    return [(s.text, s.voice) for ch in chapters for s in ch.segments if s.kind == "text"]


def test_a_log_label_that_is_a_cast_name_is_no_speaker_tag(tmp_path: Path) -> None:
    voices = dict(_voices(tmp_path, LOG))
    assert voices["Hope: nil."] == "narrator" and voices["Signal: none."] == "narrator"
    assert voices["Results below."] == "female"  # "MARA:" in capitals still a tag


def test_mixed_case_tags_of_a_script_give_the_voices(tmp_path: Path) -> None:
    text = "Chapter 1\n\n" + PROSE + "\n\nMara: Are you there?\n\nWill: Coming now.\n"
    voices = dict(_voices(tmp_path, text))
    assert voices["Are you there?"] == "female" and voices["Coming now."] == "male"


# ------------------------------------------------------------ #13 a names guide's prose


def test_a_note_on_names_keeps_the_authors_sentences(tmp_path: Path) -> None:
    said = _said(_md(tmp_path, (
        "# A Note on Names\n\nMost names in this book are Welsh, or nearly. A few guides:\n\n"
        "- Aelwen (ILE-wen)\n- Cadoc (KAD-ock)\n- Llyr (HLEER)\n\n"
        "Say them as you like; the marsh-folk never agreed among themselves.\n\n"
        "# Chapter One\n\nCadoc waited. " + PROSE + "\n"
    )))
    assert "Most names in this book are Welsh, or nearly." in said
    assert "Say them as you like" in said and "kad-ock waited" in said
    assert "A few guides" not in said and "ILE" not in said and "Aelwen" not in said


def test_a_pronunciation_guide_still_goes_whole(tmp_path: Path) -> None:
    said = _said(_md(tmp_path, (
        "# Pronunciation Guide\n\nA few of the names in this book trip people up.\n\n"
        "- Aelwen (ILE-wen)\n- Cadoc (KAD-ock)\n- Llyr (HLEER)\n\n"
        "# Chapter One\n\nCadoc waited. " + PROSE + "\n"
    )))
    assert "trip people up" not in said and "kad-ock waited" in said
