"""Layouts from the fifth sweep of real Project Gutenberg books, in words of our own after
their layout: a play whose speaker's name stands on a line of its own over a speech of
two wrapped lines ("The Importance of Being Earnest"), an indented letter in a novel of
long flush-left paragraphs ("Dracula"), a poem of long lines with line-final dashes ("The
Raven"), and a diary whose entries are parted by two blank lines ("The Yellow
Wallpaper"). Each hit has its near miss: a text of the same look, read as it was."""

from __future__ import annotations

import textwrap
from pathlib import Path

from audiobook.build.pipeline import load_book
from audiobook.models import Segment


def _segments(folder: Path, text: str) -> list[Segment]:
    """Every text segment of the book, in order."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "book.txt").write_text(text, encoding="utf-8")
    _, _, chapters = load_book(folder)
    return [s for ch in chapters for s in ch.segments if s.kind == "text"]


def _said(folder: Path, text: str) -> list[str]:
    return [s.text for s in _segments(folder, text)]


# ---------------------------------------------------------------- 1. a play's short speeches

SPEECHES = [
    ("BERTRAM.", "Did you remember to send the carriage round for my aunt this afternoon, "
     "or must I walk to the station myself in this dreadful heat?"),
    ("HOLLIS.", "I sent it at eleven, sir. The coachman thought the grey horse was lame."),
    ("BERTRAM.", "Lame horses are a great trial to a young man who is expected at a "
     "garden party in Richmond before four o'clock."),
    ("HOLLIS.", "Yes, sir."),
    ("BERTRAM.", "[Takes a letter from the tray, reads it, and lays it aside.] My aunt writes "
     "that she will bring Miss Verity with her, and that I am to be agreeable to "
     "everybody, which is a great deal more than anybody has ever asked of me."),
    ("HOLLIS.", "Very good, sir. Shall I lay another place for luncheon?"),
    ("BERTRAM.", "Lay two. One never knows with my aunt; she collects people as other "
     "women collect china, and is just as careful not to let them be broken."),
    ("", "[Enter Lady Marchmont, followed by Miss Verity.]"),
    ("LADY MARCHMONT.", "Bertram, you have not yet told me why you were not at the opera on "
     "Tuesday, when the whole of London saw my empty box and talked of nothing else."),
    ("BERTRAM.", "I was detained by a friend who is very ill, aunt. He lives at the far "
     "end of Bloomsbury."),
    ("LADY MARCHMONT.", "Then he must get well at once or die; one or the other. I cannot "
     "have invalids interfering with the season."),
    ("MISS VERITY.", "I think that is very hard on the poor man, Lady Marchmont."),
    ("LADY MARCHMONT.", "Nonsense, child. Hardness is the only kindness that anybody "
     "remembers."),
    ("", "[They sit. Hollis hands tea.]"),
    ("BERTRAM.", "It is the first time in my life that I have found myself agreeing with "
     "everything my aunt has said in a single afternoon."),
]
PLAY = (
    "THE GARDEN PARTY\n\nA COMEDY IN ONE ACT\n\n\n\nACT I\n\n"
    "SCENE: A morning-room in a house in Mayfair. Breakfast things on the\ntable.\n\n"
    "[Bertram is arranging flowers in a bowl as the curtain rises. Enter\nHollis.]\n\n"
    + "\n\n".join(
        "\n".join(([who] if who else []) + textwrap.wrap(speech, 70)) for who, speech in SPEECHES
    )
    + "\n"
)


def test_a_play_speech_of_two_wrapped_lines_is_one_paragraph(tmp_path: Path) -> None:
    """Earnest: "ALGERNON." over "…have you got the cucumber" / "sandwiches cut for Lady
    Bracknell?" was read as two pieces with a line's pause between them, mid-sentence;
    the speech is one sentence, and the speaker's name is still said on its own."""
    said = _said(tmp_path, PLAY)
    assert (
        "Did you remember to send the carriage round for my aunt this afternoon, "
        "or must I walk to the station myself in this dreadful heat?"
    ) in said
    assert (
        "Lame horses are a great trial to a young man who is expected at a "
        "garden party in Richmond before four o'clock."
    ) in said
    assert "I was detained by a friend who is very ill, aunt." in said
    assert "He lives at the far end of Bloomsbury." in said
    assert (
        "It is the first time in my life that I have found myself agreeing with "
        "everything my aunt has said in a single afternoon."
    ) in said
    assert said.count("BERTRAM.") == 6  # each speaker's name a piece of its own
    assert "LADY MARCHMONT." in said


PLAY_VERSE = PLAY.replace(
    "HOLLIS.\nYes, sir.\n",
    "HOLLIS.\nThe lamp is lit, the supper laid,\nThe master's bed is fairly made.\n",
)


def test_a_speech_of_two_short_lines_its_author_ended_keeps_them(tmp_path: Path) -> None:
    """Near miss: a speech of two short lines of verse under its speaker's name (a
    verse play) keeps its lines, each with its line's pause."""
    segments = _segments(tmp_path, PLAY_VERSE)
    texts = [s.text for s in segments]
    at = texts.index("The lamp is lit, the supper laid,")
    assert texts[at + 1] == "The master's bed is fairly made."
    assert segments[at].line_end


# ---------------------------------------------------------------- 2. an indented letter

def _long_paragraph(n: int) -> str:
    return textwrap.fill(
        f"On the {n}th day we left the town before sunrise, and the road climbed at once "
        "between fields of maize and small orchards of plum trees, where women in white were "
        "already at work. The driver sang to his horses the whole way, a long slow song with "
        "no end to it, and I wrote in my diary by the grey light until the jolting of the "
        "carriage made my writing too wild to read. At noon we stopped at a post-house where "
        "the horses were changed, and I ate a dish of paprika chicken that made me very "
        "thirsty for the rest of the day.",
        72,
    )


LETTER = textwrap.indent(
    textwrap.fill(
        '"My Friend.--You are welcome to the mountains. I am anxiously waiting for you. '
        "Rest well to-night. At four to-morrow the coach will start for the pass; a seat "
        "in it is kept for you. At the crossroads my carriage will meet you and will bring "
        "you to me. I trust that your journey from the coast has been a pleasant one, and "
        "that you will enjoy your stay in my country.",
        67,
    ),
    "     ",
)
DIARY_LETTER = "\n\n".join([
    "JONATHAN'S JOURNAL",
    "\n\nCHAPTER I\n",
    _long_paragraph(1),
    _long_paragraph(2),
    "At the inn the landlord gave me a letter, which had been left for me by a\n"
    "stranger the night before:--",
    LETTER,
    '"Your friend,',
    '"STEFAN."',
    _long_paragraph(3),
    _long_paragraph(4),
    _long_paragraph(5),
    _long_paragraph(6),
    _long_paragraph(7),
    _long_paragraph(8),
]) + "\n"


def test_an_indented_letter_in_long_paragraphs_is_one_paragraph(tmp_path: Path) -> None:
    """Dracula: in a book of long paragraphs (few blank lines: one to every five lines),
    an indented letter was cut at every line, as if the text had no blank lines between
    its paragraphs and a short line ended each one ("I am anxiously expecting" ¶
    "you.")."""
    segments = _segments(tmp_path, DIARY_LETTER)
    texts = [s.text for s in segments]
    assert "I am anxiously waiting for you." in texts
    assert (
        "At four to-morrow the coach will start for the pass; a seat in it is kept for you."
    ) in texts
    at = texts.index("I am anxiously waiting for you.")
    assert segments[at].paragraph == segments[at - 1].paragraph  # "…welcome to the mountains."


NO_BLANKS = "\n".join(
    [
        "The committee met on Tuesday evening in the back room of the library, where the",
        "heating had failed again and everyone kept their coats on until the end.",
        "The treasurer reported that the roof fund stood at a little over four hundred",
        "pounds, which was not enough to begin the work before the winter.",
        "Mrs. Hale proposed a sale of books and cakes in the spring.",
        "The proposal was carried, and the secretary was asked to write to the vicar",
        "about the use of the church hall on the first Saturday in April, or failing",
        "that the second, since the school would want the hall for its own fair.",
        "The meeting closed at nine, and the members went home through the rain.",
        "Next month the committee will consider the matter of the new shelves for the",
        "reading room, which the carpenter has offered to build at cost price.",
        "Mr. Okafor asked that the minutes be typed, as his eyes are not what they were.",
    ]
) + "\n"


def test_wrapped_prose_without_blank_lines_still_parts_at_short_lines(tmp_path: Path) -> None:
    """Near miss: prose wrapped at a margin with no blank line at all (Word's "Save as
    Plain Text" with line breaks) still starts a paragraph after a line with room to
    spare."""
    segments = _segments(tmp_path, NO_BLANKS)
    by_text = {s.text: s.paragraph for s in segments}
    sale = "Mrs. Hale proposed a sale of books and cakes in the spring."
    carried = next(t for t in by_text if t.startswith("The proposal was carried"))
    assert by_text[sale] != by_text[carried]


# ---------------------------------------------------------------- 3. a poem of long lines

STANZAS = [
    [
        "  Late upon a winter evening, as I wandered, cold and weary,",
        "  Through the alleys of a city I had never known before—",
        "  While I lingered, slowly turning, came a light of candles burning,",
        "  As of someone softly learning secrets at a tavern door;",
        "  “Only some late guest,” I whispered, “lingering at the tavern door—",
        "                                     Only this, and nothing more.”",
    ],
    [
        "  Then I heard the music rising, strange and sweet and past surmising,",
        "  And the shadow of a dancer flickered on the sanded floor;",
        "  Round and round the dancer wheeling, all the lamps about her reeling,",
        "  Something in her face revealing what I thought I knew of yore—",
        "  Something of a face I cherished in the years I knew of yore—",
        "                                     Gone, and gone for evermore.",
    ],
    [
        "  Long I stood there in the doorway, half in fear and half in wonder,",
        "  Listening to the fiddles playing as they never played before;",
        "  But the dancer never heeded, and the music never needed",
        "  Any word of mine, nor pleaded, nor would open me the door;",
        "  So I turned and left the city, and I left the tavern door,",
        "                                     And I came there nevermore.",
    ],
]
POEM = "THE TAVERN DOOR\n\nBY A. N. OTHER\n\n\n\n" + "\n\n".join(
    "\n".join(stanza) for stanza in STANZAS
) + "\n"


def test_a_stanza_of_long_lines_keeps_its_lines(tmp_path: Path) -> None:
    """The Raven: stanzas whose lines run past 64 characters were read as prose, their
    lines run together; a book of verse keeps every line of such a stanza."""
    segments = _segments(tmp_path, POEM)
    texts = [s.text for s in segments]
    for stanza in STANZAS:
        for line in stanza[:-1]:
            assert line.strip() in texts, line
    opening = texts.index("Then I heard the music rising, strange and sweet and past surmising,")
    assert segments[opening].line_end


def test_a_dash_ending_a_line_of_verse_is_no_full_stop(tmp_path: Path) -> None:
    """The Raven: "…I had never known before—" / "While I lingered, …" was said with a
    full stop at the dash, the voice falling mid-sentence; it is a comma's breath."""
    segments = _segments(tmp_path, POEM)
    said = {s.text: s.spoken for s in segments}
    assert said["Through the alleys of a city I had never known before—"].endswith("before,")
    assert said["Something in her face revealing what I thought I knew of yore—"].endswith(
        "yore,"
    )


PROSE_IN_VERSE = POEM.replace(
    "THE TAVERN DOOR\n\nBY A. N. OTHER\n\n\n\n",
    "THE TAVERN DOOR\n\nBY A. N. OTHER\n\n\n\n"
    "These verses were written in the winter of the year in which the author\n"
    "Travelled through the towns of the north, and they were first printed in the\n"
    "Harbour Review, where the editors of that paper gave them a place among the\n"
    "Poems of the month, with a note on the metre that the author did not like.\n\n",
)


def test_prose_whose_lines_open_with_capitals_is_still_prose(tmp_path: Path) -> None:
    """Near miss: in a book of verse, a prose note whose lines happen to open with a
    capital but are cut as a margin cuts prose ("…in which the author" / "Travelled
    …", "…of the" / "Harbour Review") is read as prose."""
    texts = _said(tmp_path, PROSE_IN_VERSE)
    assert any(
        "in which the author Travelled through the towns of the north" in t for t in texts
    )


BROKEN_OFF = """THE LETTER

I had meant to tell her on the quay, but the boat was already moving and—

She did not finish. The gulls came down on the water behind the ferry, and the
last of the passengers went below out of the wind.
"""


def test_a_dash_ending_a_paragraph_still_ends_its_sentence(tmp_path: Path) -> None:
    """Near miss: a speech broken off with a dash at its paragraph's end is still said
    as a sentence's end."""
    segments = _segments(tmp_path, BROKEN_OFF)
    said = next(s.spoken for s in segments if s.text.startswith("I had meant"))
    assert said.endswith("moving and.")


# ---------------------------------------------------------------- 4. a diary's entries

ENTRY_SENTENCES = [
    "The house is very quiet in the afternoons, and I sit by the window and write.",
    "John says I must not tire myself, so I write only a little at a time.",
    "The garden is full of box hedges and old roses, and the paths run everywhere.",
    "There is a summer-house at the end of the lawn that nobody ever goes into.",
    "I should like to go into it myself, but the key is lost, the gardener says.",
    "My brother came to dinner and was very kind and talked of nothing at all.",
    "The nursery at the top of the house has barred windows and a yellow paper.",
    "I am to rest in it every afternoon, and I do, though I do not sleep there.",
]


def _entries(gap: str, wide: str) -> str:
    parts: list[str] = []
    for entry in range(4):
        paragraphs = [f"On day {entry + 1}: {line}" for line in ENTRY_SENTENCES]
        parts.append(gap.join(paragraphs))
    return "THE GREEN ROOM\n\nBY MARY VALE\n\n\n\n" + wide.join(parts) + "\n"


def test_two_blank_lines_in_a_text_of_one_are_a_section_break(tmp_path: Path) -> None:
    """The Yellow Wallpaper: a diary's entries parted by two blank lines, in a text whose
    paragraphs are parted by one, were read with a paragraph's pause; each is a new
    section, with a scene break's pause before it."""
    segments = _segments(tmp_path, _entries("\n\n", "\n\n\n"))
    pauses = {s.text: s.pause_after_ms for s in segments}
    last = f"On day 1: {ENTRY_SENTENCES[-1]}"
    inside = f"On day 1: {ENTRY_SENTENCES[-2]}"
    assert pauses[last] > pauses[inside]
    assert pauses[f"On day 3: {ENTRY_SENTENCES[-1]}"] == pauses[last]


def test_two_blank_lines_between_all_paragraphs_are_no_breaks(tmp_path: Path) -> None:
    """Near miss: a text that leaves two blank lines between all its paragraphs has no
    section breaks: every paragraph gets a paragraph's pause."""
    segments = _segments(tmp_path, _entries("\n\n\n", "\n\n\n"))
    pauses = {s.text: s.pause_after_ms for s in segments}
    last = f"On day 1: {ENTRY_SENTENCES[-1]}"
    inside = f"On day 1: {ENTRY_SENTENCES[-2]}"
    assert pauses[last] == pauses[inside]
