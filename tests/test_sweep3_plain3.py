"""Plain-text books from the third sweep, third round, in words of our own: a novel as
pdftotext gives it (the author's name heading every other page, a story of two pages, a
`-layout` copy with a ragged right margin), an oral history's transcript, a psalter with
bare verse numbers, and a draft's notes to self in every reader. Each hit has its near
miss: a book of the same look, read as it was."""

from __future__ import annotations

from pathlib import Path

from audiobook.models import Manuscript
from plainbooks import left_out, read_book

_left_out = left_out


def _book(folder: Path, text: str, name: str = "book.txt") -> tuple[Manuscript, str]:
    """The manuscript and every segment but the credits, as spoken, joined by " | "."""
    manuscript, _, read = read_book(folder, text, name)
    return manuscript, read


# ---------------------------------------------------------------- 1. pdftotext

FRONT = """

THE LANTERN AT SALLOW END

A Novel

MIRIAM HOLT
\f
Copyright © 1938 by Miriam Holt
All rights reserved.
\f
"""

PAGES = [
    """CHAPTER I

THE FERRY

The ferry left the quay at four, and by the time it had cleared the
breakwater the light was already going out of the sky. Tessa stood
at the rail with her bag between her feet and watched the town grow
small behind her, its lamps coming on one by one along the front.
There was nobody else on deck but an old man in a fisherman's coat,
who had looked at her once when she came aboard and then not again.
"You'll be for the lighthouse," he said at last, without turning his
head. She said that she was, and he nodded slowly, as though
1""",
    """MIRIAM HOLT
that settled something he had been wondering about for a long while.
The island came up out of the dusk like the back of a sleeping
animal, and on its far point the lantern was already turning, a
long white arm that swept the water and was gone and came again.
She counted the seconds between the flashes without meaning to, and
found that she was holding her breath until each one came round.
At the landing a boy was waiting with a handcart for her things. He
took the bag without a word and set off up the track, and she
followed him, stumbling a little on the stones in the half-dark, and
2""",
    """THE LANTERN AT SALLOW END

CHAPTER II

THE KEEPER

Her uncle did not come down to meet her. He was in the lamp room,
the boy said, and did not come down for anybody while the light was
lit; she would see him at breakfast. Tessa ate her supper alone in
the kitchen, a plate of bread and a wedge of yellow cheese, and
listened to the wind working at the shutters. Later she climbed the
stairs to a narrow room with a bed and a chair and a window that
looked out over the sea, and she lay awake a long time watching the
beam go over the ceiling, round and round, and wondering what sort
of man would choose to live in a place like this, and why he had
3""",
    """MIRIAM HOLT
sent for her after so many years of silence. In the morning he was
there at the table when she came down, a tall grey man with a face
like weathered wood, and he looked at her for a long moment before
he spoke. "You have your mother's hands," he said. It was the only
thing he said about her mother, then or for a long time afterwards.
4""",
]


def test_an_authors_running_head_on_alternate_pages_is_left_out_and_listed(tmp_path):
    manuscript, read = _book(tmp_path, FRONT + "\f".join(PAGES) + "\f")
    assert "MIRIAM HOLT" not in read and "Miriam Holt" not in read
    assert "as though that settled something" in read
    assert "and why he had sent for her" in read
    assert "LANTERN" not in read.split("Chapter Two")[0].split("Chapter One")[1]
    heads = next(o for o in manuscript.omitted if o.what.startswith("running heads"))
    assert heads.text.split("\n") == ["MIRIAM HOLT", "THE LANTERN AT SALLOW END", "MIRIAM HOLT"]


def test_a_chapters_own_title_opening_a_page_is_still_its_heading(tmp_path):
    # near miss: a chapter title at a page's top, printed nowhere else, after a page that
    # ends its sentence, is the chapter's title, not a running head
    pages = [*PAGES[:2], PAGES[2].replace("THE LANTERN AT SALLOW END\n\nCHAPTER II\n\n", ""),
             PAGES[3]]
    pages[1] = pages[1].replace("stumbling a little on the stones in the half-dark, and",
                                "stumbling a little on the stones in the half-dark.")
    manuscript, read = _book(tmp_path, FRONT + "\f".join(pages) + "\f")
    assert "THE KEEPER" in read
    assert "KEEPER" not in _left_out(manuscript)


SHORT = """CHAPTER ONE

THE BRIDGE

    The bridge at Corley had been mended so many times that nobody could
say any longer which of its stones were the old ones. Carts crossed it
slowly, and the carters got down and walked beside their horses through
a coun-
try of low fields and willows, where the river was never out of sight.
    Ada had crossed it every day of her life, and she crossed it again
that morning with a basket on her arm and a letter in her pocket that
she had not yet decided whether to post. The wind came down the river
and tugged at her shawl, and she held it close and walked on, past the
mill and the chapel and the row of cottages where the Pryce chil-
                                 1
\f
THE BRIDGE AT CORLEY

dren were playing in the road. She did not stop to speak to them. At
the post office she stood a long while at the counter with the letter
in her hand, and then she put it back in her pocket and bought a
stamp instead, and went home the long way round, by the water.
    Her mother was at the door when she came in, and asked her where
she had been all this while, and Ada said only that she had been to
the post office, which was true, and hung her shawl on its peg.
                                 2
\f"""


def test_a_story_of_two_pages_is_read_as_a_pdf_converters_text(tmp_path):
    manuscript, read = _book(tmp_path, SHORT)
    assert "country of low fields" in read
    assert "the Pryce children were playing" in read
    assert "BRIDGE AT CORLEY" not in read and "Bridge at Corley" not in read
    assert " | two" not in read and " | one" not in read
    assert "page numbers (2 lines)" in _left_out(manuscript)


def test_a_typed_story_in_two_parts_keeps_a_count_at_a_parts_end(tmp_path):
    # near miss: a form feed between two parts, a count ending the first; no page numbers
    text = """PART ONE

She counted the bells as they rang across the water.

1

2

3
\f
PART TWO

In the morning the bells were silent, and the boats went out without them.
"""
    manuscript, read = _book(tmp_path, text)
    assert "three" in read.casefold()
    assert "page numbers" not in _left_out(manuscript)


RAGGED = """                        CHAPTER I

                        THE HOUSE

    It was late in the afternoon when Anna first saw the house on the
hill. The carriage had been climbing for an hour through a country
of bare fields and stone walls, and the horses were tired. There
were no trees near it, and
no garden that she could see; only the wall, and the gate, and the
road going up to the gate.
    She had been told so little about the place that she had imagined
it a hundred different ways, and it was none of them. Her aunt had
said only that the house was large and rather cold, and that
Mrs. Ferrars would meet her at the door. You had better
come in before you catch your death, the woman said at once.
    The hall was enormous and almost empty. A staircase went up one
side of it into darkness, and a fire, much too small for the room,
burned in a grate at the far end of it all.
    Anna's footsteps rang on the flagstones in a way that made her want
to walk on tiptoe. Somewhere above, a door closed, and she stood still.
"""


def test_indented_paragraphs_are_not_broken_at_a_ragged_rights_short_lines(tmp_path):
    _, read = _book(tmp_path, RAGGED)
    assert "There were no trees near it, and no garden that she could see" in read
    assert "You had better come in before you catch your death" in read
    assert "burned in a grate at the far end of it all. | Anna's footsteps" in read


def test_unindented_wrapped_prose_still_ends_paragraphs_at_short_lines(tmp_path):
    # near miss: no indents and no blank lines: a line with room to spare ends a paragraph
    text = "\n".join(line.lstrip() for line in RAGGED.splitlines()[4:])
    text = text.replace("There\nwere no trees near it, and\nno garden",
                        "There\nwere no trees near it, and no garden")
    _, read = _book(tmp_path, "THE HOUSE\n\n" + text)
    assert "Mrs. Ferrars would meet her" not in read  # said "Missus"
    assert "Missus Ferrars would meet her at the door." in read


# ---------------------------------------------------------------- 2. a transcript

TRANSCRIPT = """VOICES OF THE QUARRY
An Oral History of the Penrhyn Slate Workings

Interview No. 7
Interviewee: Elin Roberts (ER)
Interviewer: Dr. Huw Parry (HP)
Date: 3 May 2006

[00:00:04]

HP: This is Huw Parry, and I'm with Mrs. Elin Roberts in Bethesda. Elin, when did \
your father start at the quarry?

ER: Oh, he was twelve. Twelve years old, on the galleries. [laughs] They didn't ask your age then.

[00:03:41]

HP: And your brothers?

ER: All three of them. Dic went first, then Wil. [00:04:02] Wil lost two fingers in \
the dressing shed, but he went back the next week.

Q: Was there ever talk of leaving?

A: Leaving? Where would we go?

[Recording ends 00:38:15]
"""


def test_a_transcripts_time_stamps_are_left_out_and_its_initials_said_as_names(tmp_path):
    manuscript, read = _book(tmp_path, TRANSCRIPT)
    assert "Huw Parry: This is Huw Parry" in read
    assert "Elin Roberts: Oh, he was twelve." in read
    assert "seconds" not in read and "zero" not in read
    assert "Dic went first, then Wil. | Wil lost two fingers" in read
    assert "[Recording ends]" in read
    assert "Q: Was there ever talk of leaving?" in read
    stamps = next(o for o in manuscript.omitted if o.what == "4 time stamps")
    assert stamps.text.split("\n") == ["00:00:04", "00:03:41", "00:04:02", "00:38:15"]


def test_a_time_in_brackets_in_a_story_and_undefined_initials_are_read(tmp_path):
    # near miss: one bracketed time, and initials no header line names
    text = """The timetable on the wall said the last boat left at [11:45], and nobody believed it.

HP: the letters on the crate, stencilled, faded almost to nothing.

She read them twice. HP: the old Harbour Post, long since closed.
"""
    manuscript, read = _book(tmp_path, text)
    assert "eleven forty-five" in read
    assert "time stamp" not in _left_out(manuscript)
    assert "Huw" not in read and "The timetable" in read


# ---------------------------------------------------------------- 3. a psalter

PSALTER = """THE PSALMS


PSALM 1

1 Blessed is the man that walketh not in the counsel of the ungodly,
nor standeth in the way of sinners, nor sitteth in the seat of the
scornful.

2 But his delight is in the law of the LORD; and in his law doth he
meditate day and night.

3 And he shall be like a tree planted by the rivers of water, that
bringeth forth his fruit in his season. 4 The ungodly are not so: but
are like the chaff which the wind driveth away.


PSALM XXIII

A Psalm of David.

1 The LORD is my shepherd; I shall not want.

2 He maketh me to lie down in green pastures: he leadeth me beside the
still waters.

3 He restoreth my soul: he leadeth me in the paths of righteousness for
his name's sake.

6 Surely goodness and mercy shall follow me all the days of my life: and
I will dwell in the house of the LORD for ever.
"""


def test_a_psalters_bare_verse_numbers_are_left_out_and_its_psalms_are_chapters(tmp_path):
    manuscript, read = _book(tmp_path, PSALTER)
    assert "Psalm One." in read and "Psalm Twenty-Three." in read
    assert "| Blessed is the man" in read
    assert "| But his delight" in read
    assert "in his season. | The ungodly are not so" in read
    assert "| Surely goodness" in read
    assert "one Blessed" not in read and "six Surely" not in read
    assert "8 verse numbers 1 2 3 4 1 2 3 6" in _left_out(manuscript)
    assert [c.title for c in manuscript.chapters] == ["THE PSALMS. PSALM 1", "PSALM XXIII"]


def test_numbered_steps_and_a_hymns_stanza_numbers_are_read(tmp_path):
    # near miss: a cookbook's bare numbered steps (no scripture heading), and a hymn
    # whose stanza numbers stand alone over their lines in a book of psalms
    steps = """Seed Cake

1 Beat the butter to a cream, and add the sugar by degrees.

2 Whisk the eggs well, and stir them in with the flour.

3 Add the caraway seeds, and bake in a moderate oven for an hour.
"""
    _, read = _book(tmp_path / "steps", steps)
    assert "one Beat the butter" in read and "two Whisk" in read and "three Add" in read
    hymn = PSALTER + """

A HYMN FOR EVENING

1
Now the day is over,
Night is drawing nigh.

2
Shadows of the evening
Steal across the sky.
"""
    _, read = _book(tmp_path / "hymn", hymn)
    assert "| one | Now the day is over" in read and "| two | Shadows of the evening" in read


# ---------------------------------------------------------------- 5. draft notes

DRAFT = """THE MILLER'S CAT

They found the miller on the roof of the drying shed [TK: check whether a mill would \
have one], holding the cat.

[TODO: add the storm here]

"Come down," said Mara. [NOTE TO EDITOR: keep the Welsh spelling] The miller did not move.

She had pinned a note by the door [Check the ledger, Mara wrote] and another on the \
stove, spelt "recieve" [sic].
"""


def test_a_drafts_notes_to_self_are_left_out_of_plain_text(tmp_path):
    manuscript, read = _book(tmp_path, DRAFT)
    assert "drying shed, holding the cat." in read
    assert "storm" not in read and "TK" not in read and "Welsh" not in read
    assert "3 draft notes" in _left_out(manuscript)


def test_a_storys_own_brackets_are_read(tmp_path):
    # near miss: the story's own bracket and "[sic]" stay
    _, read = _book(tmp_path, DRAFT)
    assert "[Check the ledger, Mara wrote]" in read or "Check the ledger, Mara wrote" in read
    assert "sic" in read


def test_draft_notes_are_left_out_of_markdown_and_html_but_links_are_read(tmp_path):
    markdown = """# The Miller's Cat

They found the miller on the roof [TK: check this], holding the cat near [[Harbour Road]].

See the [TODO list](todo.md) for more.
"""
    manuscript, read = _book(tmp_path / "md", markdown, "story.md")
    assert "roof, holding the cat near Harbour Road." in read
    assert "TODO list" in read
    assert "1 draft note" in _left_out(manuscript)
    html = """<html><head><title>The Miller's Cat</title></head><body>
<h1>The Miller's Cat</h1>
<p>They found the miller on the roof [AU: which roof?], holding the cat.</p>
<p>She wrote "recieve" [sic] on the slate.</p>
</body></html>"""
    manuscript, read = _book(tmp_path / "html", html, "story.html")
    assert "roof, holding the cat." in read
    assert "sic" in read
    assert "1 draft note" in _left_out(manuscript)


# ---------------------------------------------------------------- 4. a poem's number and title

SEASONS = """SONNETS OF THE SEASONS

BY

EDITH M. CARROW




                               CONTENTS

    SONNETS OF THE SEASONS                                           1
    THE RIVER                                                       19




                        SONNETS OF THE SEASONS


                               I. SPRING.

    When first the thrush upon the leafless bough
      Essays his note, and finds it strange and thin,
    As one who, long from music, would begin
      And dares not trust his voice, I hear, as now,
    The whole year waking; and I know not how.


                                 II.

                               SUMMER.

    Now is the hour when all the fields are still,
      And the tall grasses bend beneath the heat;
    The reapers rest, and the red poppies meet
      Along the margin of the yellow hill.


                                 III.

                               AUTUMN.

    The leaves are falling, and the year is old;
      The woods are bare where late the linnet sang.




                              THE RIVER

    The river takes the evening as it goes,
      And carries it, a long way, to the sea.
"""


def test_a_poems_number_and_title_on_one_line_are_said_as_a_number_and_a_title(tmp_path):
    _, read = _book(tmp_path, SEASONS)
    assert "| One. | Spring. | When first the thrush" in read
    assert "| Two. | Summer. | Now is the hour" in read


def test_a_classics_numbered_sections_and_a_lone_numbered_line_read_as_before(tmp_path):
    # near miss: "I. From my father …" sections stay sentences after their number, and a
    # poem opening "I. SPRING." with no "II." after it keeps its words as written
    text = SEASONS.replace("                                 II.\n\n", "")
    _, read = _book(tmp_path / "alone", text)
    assert "One. | Spring." not in read
    sections = """BOOK ONE

I. From my grandfather Verus I learned good morals and the government of my temper.

II. From the reputation and remembrance of my father, modesty and a manly character.
"""
    _, read = _book(tmp_path / "sections", sections)
    assert "| One. | From my grandfather Verus I learned good morals" in read
    assert "| Two. | From the reputation" in read


ANNOTATED = """SONNETS OF THE SEASONS


I. SPRING.

    When first the thrush upon the leafless bough
      Essays his note, and finds it strange and thin,
    As one who, long from music, would begin
      And dares not trust his voice, I hear, as now,
    The whole year waking; and I know not how                         5
      My heart, that wintered with the year, should win
    So soon its summer; yet I feel within
      The sap that stirs the hedge and swells the plough.             8
    O doubtful joy! that comes before the leaf,
      And asks no leave, and will not be denied;                      10
    So came my love, unbidden, and as brief
      As April's light upon the mountain side;                        12
    And left me, as the year leaves, in my grief,
      Richer by all the flowers that bloomed and died.


II.

SUMMER.

    Now is the hour when all the fields are still,
      And the tall grasses bend beneath the heat;
    The reapers rest, and the red poppies meet                        3
      Along the margin of the yellow hill.
    The mill-stream sleeps; the wheel of the old mill                 5
      Is silent; and the swallow, swift and fleet,
    Skims the low water where the lilies beat
      Their pale hearts out in patience, as they will.
    So in the noon of life the soul lies still,
      Content to feel the sun, and asks no more                       10
    Than this one golden hour; nor thinks of ill,
      Nor of the winter waiting at the door.
"""


def test_an_annotated_poems_irregular_line_numbers_are_left_out(tmp_path):
    manuscript, read = _book(tmp_path, ANNOTATED)
    assert "and swells the plough. | O doubtful joy" in read
    assert "the mountain side; | And left me" in read
    assert "the red poppies meet | Along the margin" in read
    assert "7 line numbers 5 8 10 12 3 5 10" in _left_out(manuscript)


def test_a_far_right_number_that_counts_no_lines_is_read(tmp_path):
    # near miss: a figure far out beside a line, not the line's count from "10"
    text = ANNOTATED.replace(
        "      Nor of the winter waiting at the door.",
        "      Nor of the winter waiting at the door.                        13",
    )
    manuscript, read = _book(tmp_path, text)
    assert "the winter waiting at the door. | thirteen" in read
    assert "13" not in _left_out(manuscript)
