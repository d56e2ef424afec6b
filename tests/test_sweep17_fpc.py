"""Sweep 17 false hits, third round (fpc): a bracket after a name holding an acronym and a
word ("Jack Harper (ex-RAF)", "Walter Cronkite (CBS News)") is no respelling and the name is
kept; an interview transcript's "(laughs)", "[Pause]", "(whispering)" are read unless the
manuscript was prepared for narration; "Song 3:45, the last train" is Song and a time."""

from __future__ import annotations

from pathlib import Path

from audiobook.build.pipeline import load_book
from audiobook.text.normalize import to_spoken
from audiobook.text.pronounce import respelling_kind


def _said(folder: Path, name: str, text: str) -> tuple[str, object]:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    _, manuscript, chapters = load_book(path)
    said = "\n".join(s.spoken for ch in chapters for s in ch.segments if s.kind == "text")
    return said, manuscript


# ---------------------------------------------------------------- 1. respellings

MEMOIR = """\
# Wings Over the Weald

## Chapter 1. The Squadron

Our new commanding officer was Jack Harper (ex-RAF), a quiet man. Harper had no time
for ceremony.

The news that night came from Walter Cronkite (CBS News). Cronkite said the war was won.
My father had served in Germany (pre-WWI) and would not believe it.

Our doctor, Anne Fielding (MD Edinburgh), had patched up half the squadron. Fielding was
the bravest person I knew.

## Chapter 2. After the War

Later I met Margaret Thatcher (BBC interview) at a dinner, and Thatcher talked of grocers.
Britain (post-EU) would have baffled her. Ivan Petrov (pro-USSR) drank tea, and Petrov
argued with Harper.
"""


def test_an_acronym_beside_a_word_in_brackets_is_no_respelling(tmp_path: Path) -> None:
    said, manuscript = _said(tmp_path, "memoir.md", MEMOIR)
    assert not manuscript.pronounce  # type: ignore[attr-defined]
    for name in ("Harper had no time", "Cronkite said", "Fielding was", "Thatcher talked",
                 "Petrov argued", "Jack Harper", "Britain"):  # fmt: skip
        assert name in said, name
    assert "Jack Harper (" in said and "Walter Cronkite (" in said and "Anne Fielding (" in said


def test_acronym_shapes_are_no_syllables() -> None:
    for text in ("ex-RAF", "CBS News", "MD Edinburgh", "BBC interview", "pre-WWI", "post-EU",
                 "pro-USSR", "anti-NATO", "AP photo"):  # fmt: skip
        assert respelling_kind(text) is None, text


def test_respellings_after_names_still_count(tmp_path: Path) -> None:
    """Near miss: real respellings, a capital stressed syllable beside lower-case ones."""
    for text in ("EE-fa", "MAR-uh KWELL", "kair DERN", "her-MY-oh-nee", "SHOO-fer", "ILE-wen",
                 "DEE-olch un VOWR"):  # fmt: skip
        assert respelling_kind(text) == "caps", text
    said, _ = _said(tmp_path, "book.md", "# One\n\nAoife (EE-fa) came home. Hermione"
                    " (her-MY-oh-nee) waved. Later Aoife slept.\n")  # fmt: skip
    assert "ee-fa came home" in said and "her-my-oh-nee waved" in said
    assert "Later ee-fa slept" in said


# ---------------------------------------------------------------- 2. transcripts' cues

ORAL = """\
SLAVE NARRATIVES

ARKANSAS NARRATIVES

Interviewer: Samuel S. Taylor
Person interviewed: Mary Allen, Little Rock, Arkansas

"I was born in Texas. (laughs) Don't know what year. My mother said it
was the year the stars fell.

"We had a big old house. [Laughs] Master had six children. [Pause] I
used to tote water for all of them.

"They would whip you for nothing. (whispering) I seen it. (sighs)

[Pause]

Q. Did you go to school?
A. No'm. [Laughs] Not a day. (beat) They wouldn't let us.
Q. What did you do after freedom?
A. (sighs) Farmed. Farmed all my life.
"""


def test_a_transcripts_notes_are_read(tmp_path: Path) -> None:
    said, _ = _said(tmp_path, "oral.txt", ORAL)
    for words in ("(laughs) Don't", "[Laughs] Master", "[Pause] I", "(whispering)", "(sighs)",
                  "(beat)", "A. (sighs) Farmed"):  # fmt: skip
        assert words.split()[0] in said, words
    assert said.count("[Pause]") == 2


def test_a_transcripts_notes_are_read_in_html(tmp_path: Path) -> None:
    html = (
        "<html><body><h1>Interview</h1><p>Q. Did you go to school?</p>"
        "<p>A. No'm. [Laughs] Not a day. (beat) They wouldn't let us.</p></body></html>"
    )
    said, _ = _said(tmp_path, "oral.html", html)
    assert "[Laughs]" in said and "(beat)" in said


def test_cues_in_a_copy_prepared_for_narration_still_go(tmp_path: Path) -> None:
    """Near miss: the same notes in a manuscript with a narrator's note are cues."""
    text = ORAL.replace("SLAVE NARRATIVES\n", "SLAVE NARRATIVES\n\n[Narrator: read slowly.]\n")
    said, _ = _said(tmp_path, "oral.txt", text)
    for words in ("laughs", "Laughs", "Pause", "whispering", "sighs", "beat"):
        assert words not in said, words
    assert "I seen it." in said and "Farmed all my life" in said


# ---------------------------------------------------------------- 3. Song 3:45


def test_song_before_a_clock_time_is_a_name() -> None:
    said = to_spoken("Song 3:45, the last train, was the one Song, their daughter, took.")
    assert said.startswith("Song three forty-five, the last train")


def test_song_of_songs_references_stay() -> None:
    """Near miss: a verse no clock shows, a range, or scripture near it."""
    assert to_spoken("As in Song 8:6, love is strong.") == "As in Song eight, six, love is strong."
    assert "Song eight, sixty-one" in to_spoken("Song 8:61 says it.")
    assert "Song one, two to four" in to_spoken("See Song 1:2-4.")
    assert "Song two, ten" in to_spoken("The verse is Song 2:10.")
