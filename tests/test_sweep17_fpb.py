"""Sweep 17 false hits of the narrator-copy rules (fpb): a story's own "℗ 1967 Decca",
"This is Audible." quoted after a colon, a textbook's "Production note:" and "END OF
CHAPTER QUESTIONS", a printed play's directions, a timetable's "MUSIC:" row, chapter titles
"Opening Credits" / "Closing Credits" and a Word chapter's epigraph are read; the
narrator's copy's own notes, cues, breaks and credits still go."""

from __future__ import annotations

from pathlib import Path

from tests.wordxml import P, R, word_document

from audiobook.build.pipeline import load_book
from audiobook.text.readers.narration import without_draft_note_lines


def _said(folder: Path, name: str, text: str) -> str:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    _, _, chapters = load_book(path)
    return "\n".join(s.text for ch in chapters for s in ch.segments if s.kind == "text")


STORY = """\
CHAPTER ONE

Nell had narrated forty-one books before she met the man who wanted her to stop.

{line}

"Come for dinner," Peter said. "I'll explain the rest."

CHAPTER TWO

The dinner was at a restaurant on the quay, and it rained the whole way there.
"""


def test_a_story_paragraph_mentioning_a_phonogram_is_read(tmp_path: Path) -> None:
    line = (
        "She didn't answer. She was thinking of her mother's old records, the little print "
        "on every sleeve: ℗ 1967 Decca Record Company Limited. Her mother used to read that "
        "line aloud too, like a grace, before she put the needle down."
    )
    assert "like a grace" in _said(tmp_path, "book.txt", STORY.format(line=line))


def test_credit_and_break_words_quoted_after_a_colon_are_read(tmp_path: Path) -> None:
    line = "He wrote them on the back of his hand:\n\nThis is Audible.\n\nEnd of chapter."
    said = _said(tmp_path, "book.txt", STORY.format(line=line))
    assert "This is Audible." in said and "End of chapter." in said


def test_typed_credits_on_their_own_still_go(tmp_path: Path) -> None:
    text = "OPENING CREDITS\n\nThis is Audible.\n\n" + STORY.format(line="He left.") + (
        "\nCLOSING CREDITS\n\nAudiobook edition ℗ 2024 Tidewater Audio Ltd.\n\n"
        "℗ 2024 Harbourlight Audio. Text © 2023 Daniel Okafor. All rights reserved.\n"
    )
    said = _said(tmp_path, "book.txt", text)
    assert "Audible" not in said and "Tidewater" not in said and "Harbourlight" not in said


def test_a_textbooks_production_note_is_read(tmp_path: Path) -> None:
    line = (
        "Production note: the experiments in this chapter should be done only under a "
        "teacher's eye. Salt and water are safe; the others are not."
    )
    assert "teacher's eye" in _said(tmp_path, "book.txt", STORY.format(line=line))


def test_a_production_note_to_the_performers_still_goes(tmp_path: Path) -> None:
    line = (
        "Production note: Narration is in plain type. Directions in brackets are for the "
        "performers and are not to be read.\n\nRecording note: slower in this scene."
    )
    said = _said(tmp_path, "book.txt", STORY.format(line=line))
    assert "plain type" not in said and "slower" not in said


PLAY = """\
THE SEAGULL

CHARACTERS

MASHA, daughter of the steward.
SORIN, a landowner.
TREPLIEFF, his nephew.

ACT I

MASHA. [Laughs] I would rather go barefoot and wear black.

SORIN. [Yawning] My legs are not much good.

[A pause]

TREPLIEFF. (whispering) She is coming. [Pause] I can't live without her.

MASHA. [Sighs] I am tired.

SORIN. [Laughing] I feel as though I had cotton in my mouth.

TREPLIEFF. Go away.
"""


def test_a_printed_plays_directions_are_all_read(tmp_path: Path) -> None:
    said = _said(tmp_path, "play.txt", PLAY)
    for words in ("[Laughs]", "[A pause]", "(whispering)", "[Sighs]", "[Laughing]", "[Pause]"):
        assert words in said


def test_cues_in_a_prose_narrators_copy_still_go(tmp_path: Path) -> None:
    line = (  # a narrator's note marks the copy prepared for narration (`reads_cues`)
        "NARRATOR NOTE: Peter is a Glaswegian.\n\n"
        '[whispering] "Master? Are you asleep?"\n\n"Fine." (laughs) "Fine."\n\n(beat)'
    )
    said = _said(tmp_path, "book.txt", STORY.format(line=line))
    assert "whispering" not in said and "laughs" not in said and "beat" not in said


def test_a_printed_slogan_in_brackets_keeps_its_words(tmp_path: Path) -> None:
    line = "The menu said, in small letters under the name: [pause] — eat slowly."
    assert "[pause]" in _said(tmp_path, "book.txt", STORY.format(line=line))


def test_a_timetables_music_row_is_read(tmp_path: Path) -> None:
    line = (
        "MONDAY\nENGLISH: Miss Kane, Room 4\nMUSIC: Mr. Hardy, in the hall\n"
        "FRENCH: Mademoiselle Roux\n\n[SFX: a bell rings]"
    )
    assert "Hardy" in _said(tmp_path, "book.txt", STORY.format(line=line))


def test_headings_that_look_like_credits_or_breaks_are_read(tmp_path: Path) -> None:
    text = (
        "CHAPTER ONE\n\nOPENING CREDITS\n\nI was born in Pasadena in 1931, the year the talkies"
        " learned to sing.\n\nEND OF CHAPTER QUESTIONS\n\n1. Where was she born?\n\n"
        "CHAPTER TWO\n\nCLOSING CREDITS\n\nEveryone I loved is in the credits now.\n"
    )
    said = _said(tmp_path, "book.txt", text)
    path = tmp_path / "book.txt"
    _, _, chapters = load_book(path)
    titles = " / ".join(ch.title or "" for ch in chapters)
    assert "OPENING CREDITS" in titles.upper() and "CLOSING CREDITS" in titles.upper()
    assert "END OF CHAPTER QUESTIONS" in said


def test_word_heading_closing_credits_is_a_title(tmp_path: Path) -> None:
    document = word_document(
        P("Chapter One", style="Heading1"),
        P("The ferry smelled of diesel and chips, and the sea was grey to the horizon."),
        P("Closing Credits", style="Heading1"),
        P("Everyone I loved is in the credits now, and the ferry is too."),
        title="The Ferry",
    )
    path = tmp_path / "book.docx"
    document.save(str(path))
    _, _, chapters = load_book(path)
    assert any("Closing Credits" in (ch.title or "") for ch in chapters)


def test_a_chapters_epigraph_quoted_again_is_read(tmp_path: Path) -> None:
    motto = "Nothing is lost that the river keeps."
    set_apart = '<w:jc w:val="center"/>'
    document = word_document(
        P("Chapter One", style="Heading1"),
        P("The river ran brown past the landing, and the ferry waited at the rope."),
        P("Chapter Two", style="Heading1"),
        P(R(motto, "<w:i/><w:sz w:val=\"28\"/>"), ppr=set_apart),
        P("It was the ferry company's motto, painted on the side of every boat, and Nora"
          " hated it."),
        P("She said it under her breath all the way across, and at the far side she wrote"
          " it in the ledger:"),
        P(motto),
        title="The Ferry",
    )
    path = tmp_path / "book.docx"
    document.save(str(path))
    _, _, chapters = load_book(path)
    said = [s.text for ch in chapters for s in ch.segments if s.kind == "text"]
    assert said.count(motto) == 2


def test_html_play_directions_and_quoted_credit_words_are_read(tmp_path: Path) -> None:
    speeches = "".join(
        f"<p>{line}</p>"
        for line in PLAY.split("ACT I\n\n")[1].strip().split("\n\n")
    )
    html = (
        "<html><head><title>The Seagull</title></head><body><h2>Act I</h2>" + speeches
        + "<h2>Act II</h2><p>He wrote them on the back of his hand:</p>"
        "<p>This is Audible.</p><p>End of chapter.</p><p>He showed her the hand.</p>"
        "</body></html>"
    )
    said = _said(tmp_path, "play.html", html)
    assert "[Laughs]" in said and "(whispering)" in said and "[A pause]" in said
    assert "This is Audible." in said and "End of chapter." in said


def test_html_prose_cues_and_typed_credit_still_go(tmp_path: Path) -> None:
    html = (
        "<html><head><title>The Boathouse</title></head><body><h2>Chapter 1</h2>"
        "<p>[whispering] “Master? Are you asleep?”</p><p>He did not answer.</p><hr>"
        "<p>This is Audible.</p></body></html>"
    )
    said = _said(tmp_path, "book.html", html)
    assert "whispering" not in said and "Audible" not in said and "Master?" in said


def test_a_full_cast_script_prepared_for_recording_keeps_its_cues_out(tmp_path: Path) -> None:
    script = PLAY.replace("ACT I\n\n", "ACT I\n\n[SFX: wind, gulls]\n\n")
    said = _said(tmp_path, "script.txt", script)
    assert "[Laughs]" not in said and "(whispering)" not in said and "SFX" not in said


def test_a_phonogram_line_mid_book_is_no_typed_credit() -> None:
    """Only near the book's start or end; (a lone copyright-like line mid-book is still
    judged by the copyright page's rule, as before today)."""
    day = "Day {}. The records came in boxes, and we sorted them."
    middle = "\n\n".join(day.format(n) for n in range(12))
    text = "CHAPTER ONE\n\n" + middle + "\n\n℗ 1967 Decca Record Company Limited.\n\n" + middle
    kept, notes = without_draft_note_lines(text)
    assert "Decca" in kept and not notes
    kept, notes = without_draft_note_lines(text + "\n\n℗ 2024 Tidewater Audio Ltd.\n")
    assert "Tidewater" not in kept and notes == ["℗ 2024 Tidewater Audio Ltd."]
