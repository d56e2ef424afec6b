"""Manuscripts prepared for a human narrator (sweep 17, narrator copies): the notes to the
narrator ("[Narrator: slower here]", "NARRATOR NOTE: …", an Obsidian "Narrator" callout),
the performer's cues ("[pause]", "(beat)", "[whispering]", "[SFX: …]", "[Music out]"),
breaks typed as words ("— end of chapter —", "[Chapter break]"), a cover note or a cast
list for the production, and the audio credits the author typed ("This is Audible.",
"℗ 2024 …") are obeyed or left out and listed, never said; the story's own brackets,
parentheses and "NARRATOR:" speaker labels are read as before."""

from __future__ import annotations

from pathlib import Path

from tests.wordxml import P, R, word_document

from audiobook.build.pipeline import load_book
from audiobook.models import Manuscript


def _load(folder: Path, name: str, text: str) -> tuple[Manuscript, list, str]:
    """The manuscript, its segments (not the credits) and every spoken line joined."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    _, manuscript, chapters = load_book(path)
    segments = [s for ch in chapters for s in ch.segments if s.kind not in ("credits", "closing")]
    return manuscript, segments, "\n".join(s.text for s in segments)


def _left_out(manuscript: Manuscript) -> str:
    return "\n".join(f"{o.what}: {o.text}" for o in manuscript.omitted)


STORY = """\
CHAPTER ONE

The light at Carrick Point has been dark since 1987, but on the night my mother died
I saw it turn.

{line}

Nobody believed me. Nobody ever does, about the light.

CHAPTER TWO

The letter came on a Tuesday, and Dad read it twice before he put it behind the clock.
"""


# ---------------------------------------------------------------- 1. notes to the narrator


def test_narrator_notes_are_left_out_and_listed(tmp_path: Path) -> None:
    line = (
        "NARRATOR NOTE: Dad's voice is low, Cornish, slow. Think fishing-boat,\n"
        "not pirate.\n\n[Note to narrator: read this in a whisper]\n\n"
        "[Narrator: slower here] Eleven years, Aoife thought."
    )
    manuscript, _, said = _load(tmp_path, "book.txt", STORY.format(line=line))
    assert "NARRATOR" not in said and "pirate" not in said and "Note to" not in said
    assert "Eleven years, Aoife thought." in said
    assert "3 narrator notes" in _left_out(manuscript)


def test_story_narrator_and_speaker_labels_are_read(tmp_path: Path) -> None:
    line = (
        "NARRATOR: The boat came in at six, and nobody saw it.\n\n"
        "[Narrator's voice] We were young then.\n\n"
        "Directions: take the lane past the mill, then left.\n\n"
        "[Note to the reader: the names are changed.]"
    )
    _, _, said = _load(tmp_path, "book.txt", STORY.format(line=line))
    assert "NARRATOR: The boat came in at six" in said
    assert "[Narrator's voice] We were young then." in said
    assert "Directions: take the lane" in said
    assert "Note to the reader" in said


def test_obsidian_narrator_callout_is_left_out(tmp_path: Path) -> None:
    text = (
        "# Night Shift\n\n## Chapter One\n\n"
        "> [!NOTE] Narrator\n> Octavia's surname is Ngata (NAH-ta).\n\n"
        "Octavia had worked nights at the aquarium for six years.\n\n"
        "> [!TIP] Measure first\n> Always measure the tank before you buy the octopus.\n"
    )
    manuscript, _, said = _load(tmp_path, "book.md", text)
    assert "NAH-ta" not in said and "Narrator" not in said
    assert "Measure first" in said and "Octavia had worked nights" in said
    assert "1 narrator note" in _left_out(manuscript)


def test_named_direction_in_html_is_left_out(tmp_path: Path) -> None:
    html = (
        "<html><body><h1>One</h1><p>The reply ran to four sides and ended with the word"
        " denominator.</p><p>[Ewan – (pause) here, a good long one]</p>"
        "<p>[Mara – she never came back]</p><p>Callum’s answer came back in four days.</p>"
        "</body></html>"
    )
    manuscript, _, said = _load(tmp_path, "book.html", html)
    assert "Ewan" not in said and "[Mara" in said
    assert "narrator note" in _left_out(manuscript)


# ---------------------------------------------------------------- 2. performer's cues


def test_pause_cues_are_pauses(tmp_path: Path) -> None:
    line = (  # a narrator's note marks the copy prepared for narration (`reads_cues`)
        "[Narrator: Peter is a Glaswegian.]\n\n"
        '"It\'s dark enough." [pause] "Come down and have your tea."\n\n(beat)'
    )
    manuscript, segments, said = _load(tmp_path, "book.txt", STORY.format(line=line))
    assert "pause" not in said and "beat" not in said
    tea = next(i for i, s in enumerate(segments) if "your tea" in s.text)
    assert segments[tea].pause_after_ms >= 2000  # "(beat)" alone: a break's pause
    assert "performance directions" in _left_out(manuscript)


def test_delivery_and_sound_cues_are_left_out(tmp_path: Path) -> None:
    line = (
        "[SFX: door slams]\n\n[whispering] \"Master? Are you asleep?\"\n\n"
        "(off mic, then closer) I'm coming.\n\n[Music cue: sting]\n\nMUSIC: theme up and under.\n\n"
        "\"Fine.\" (laughs) \"Fine.\""
    )
    manuscript, _, said = _load(tmp_path, "book.txt", STORY.format(line=line))
    for word in ("SFX", "Sound effects", "whispering", "off mic", "Music", "MUSIC", "laughs"):
        assert word not in said
    assert '"Master? Are you asleep?"' in said and "I'm coming." in said
    assert "3 sound cues" in _left_out(manuscript)


def test_story_parentheses_and_play_directions_are_read(tmp_path: Path) -> None:
    line = (
        "She turned (laughing) and ran down to the quay.\n\n"
        "He told the joke again (he laughed at that) and went home.\n\n"
        "JACK. [Laughing.] To dear little Cecily!\n\n[Sound of footsteps on the stair]"
    )
    _, _, said = _load(tmp_path, "book.txt", STORY.format(line=line))
    assert "(laughing)" in said and "(he laughed at that)" in said
    assert "[Laughing.]" in said and "[Sound of footsteps" in said


# ---------------------------------------------------------------- 3. breaks typed as words


def test_break_words_are_breaks(tmp_path: Path) -> None:
    text = STORY.format(line="[Chapter break]").replace(
        "CHAPTER TWO", "-- end of chapter --\n\nEND OF CHAPTER ONE\n\nCHAPTER TWO"
    )
    manuscript, segments, said = _load(tmp_path, "book.txt", text + "\nEND OF SCRIPT\n")
    assert "break" not in said.casefold() and "end of" not in said.casefold()
    light = next(s for s in segments if "I saw it turn" in s.text)
    assert light.pause_after_ms >= 2000
    assert "break markers" in _left_out(manuscript)


def test_break_words_in_a_sentence_are_read(tmp_path: Path) -> None:
    line = "It was the end of chapter one of her life, and she knew it.\n\nEND OF PART ONE"
    _, _, said = _load(tmp_path, "book.txt", STORY.format(line=line))
    assert "end of chapter one of her life" in said and "END OF PART ONE" in said


# ---------------------------------------------------------------- 4. cover notes, cast lists


def test_narrator_cover_note_and_cast_list_are_left_out(tmp_path: Path) -> None:
    html = (
        "<html><head><title>The Boathouse</title></head><body><h1>The Boathouse</h1>"
        "<p>AUDIO DRAFT v3 — for Ewan (narrator). Comments are my notes to you; please don’t"
        " read them out!</p><h2>Cast</h2><table><tr><td>NARRATOR</td><td>Gemma Hale</td></tr>"
        "<tr><td>MARA</td><td>Priya Shah</td></tr></table>"
        "<h2>Chapter 1</h2><p>The boathouse stood at the end of the jetty with its doors"
        " half open.</p></body></html>"
    )
    manuscript, _, said = _load(tmp_path, "book.html", html)
    assert "DRAFT" not in said and "Gemma Hale" not in said and "Cast" not in said
    assert "The boathouse stood" in said
    assert "cast list" in _left_out(manuscript) or "cast list" in str(manuscript.omitted)


def test_dramatis_personae_is_read(tmp_path: Path) -> None:
    text = (
        "# The Play\n\n## Cast\n\nHAMLET, Prince of Denmark.\n\nHORATIO, friend to Hamlet.\n\n"
        "## Act One\n\nA platform before the castle. The night is cold and the guard is tired.\n"
    )
    _, _, said = _load(tmp_path, "book.md", text)
    assert "Prince of Denmark" in said


# ---------------------------------------------------------------- 5. typed audio credits


def test_typed_audio_credits_are_left_out(tmp_path: Path) -> None:
    text = STORY.format(line="He did not come down.") + (
        "\nCLOSING CREDITS\n\nThis has been The Lighthouse Keeper's Daughter, written by\n"
        "Imogen Tate, narrated by Harriet Bloom.\n\n"
        "Audiobook edition copyright (P) 2024 Tidewater Audio Ltd.\n\n"
        "Text copyright (c) 2023 Imogen Tate.\n"
    )
    text = text.replace("CHAPTER ONE\n", "OPENING CREDITS\n\nThis is Audible.\n\nCHAPTER ONE\n", 1)
    manuscript, _, said = _load(tmp_path, "book.txt", text)
    for words in ("Audible", "Harriet", "Tidewater", "CREDITS", "Imogen"):
        assert words not in said
    assert "audio credit" in _left_out(manuscript)


def test_phonogram_line_is_left_out_in_html_as_in_markdown(tmp_path: Path) -> None:
    html = (
        "<html><head><title>The Boathouse</title></head><body><h2>Chapter 1</h2><p>They"
        " ran, and the boathouse doors banged shut behind them in the wind.</p><hr>"
        "<p><em>The Boathouse</em> full-cast audio edition ℗ 2024 Harbourlight Audio."
        " Text © 2023 Daniel Okafor. All rights reserved.</p></body></html>"
    )
    manuscript, _, said = _load(tmp_path, "book.html", html)
    assert "Harbourlight" not in said and "They ran" in said
    assert "audio credit" in _left_out(manuscript)


def test_credit_words_in_the_story_are_read(tmp_path: Path) -> None:
    line = (
        "This is Audrey, my sister, who narrated the whole trip for us.\n\n"
        "The record was pressed in 1962, and the sleeve said (P) Decca on the back in small type."
    )
    _, _, said = _load(tmp_path, "book.txt", STORY.format(line=line))
    assert "This is Audrey" in said and "Decca" in said


# ---------------------------------------------------------------- Word


def test_word_narrator_note_and_cues(tmp_path: Path) -> None:
    document = word_document(
        P("Chapter One", style="Heading1"),
        P("The ferry smelled of diesel and chips, and the sea was grey to the horizon."),
        P(R("NARRATOR NOTE: read this letter in a soft Scottish accent.", "<w:b/>")),
        P("[pause] “Is there tea?”"),
        P("Closing credits"),
        P("This has been The Ferry, written by Aoife Byrne, narrated by Kasia Nowak."),
        title="The Ferry",
    )
    path = tmp_path / "book.docx"
    document.save(str(path))
    _, manuscript, chapters = load_book(path)
    said = "\n".join(s.text for ch in chapters for s in ch.segments if s.kind == "text")
    assert "NARRATOR" not in said and "pause" not in said and "Kasia" not in said
    assert "“Is there tea?”" in said and "Closing credits" not in said
    assert "narrator note" in _left_out(manuscript)
