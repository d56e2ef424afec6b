"""Plain-text books of other kinds than novels, as Project Gutenberg and old editions set
them: scripture with its verse numbers, poems with their line numbers, plays headed
"THE FIRST ACT" with a list of their scenes, classics in numbered sections with a
translator on the title page and notes keyed to passages. Every text here is made up."""

from __future__ import annotations

from pathlib import Path

from audiobook.models import Omission
from audiobook.text.ingest import locate_book, read_manuscript
from audiobook.text.readers.plaintext import find_chapters, parse_heading
from audiobook.text.segment import audit_words, segment

GUTENBERG_HEAD = (
    "The Project Gutenberg eBook of {title}\n\nTitle: {title}\n\nAuthor: {author}\n\n"
    "Language: English\n\n*** START OF THE PROJECT GUTENBERG EBOOK {upper} ***\n\n\n\n\n"
)
GUTENBERG_TAIL = "\n\n\n\n*** END OF THE PROJECT GUTENBERG EBOOK {upper} ***\n"


def gutenberg(title: str, author: str, body: str) -> str:
    fields = {"title": title, "author": author, "upper": title.upper()}
    return GUTENBERG_HEAD.format(**fields) + body + GUTENBERG_TAIL.format(**fields)


def read_book(folder: Path, text: str, toml: str = ""):  # type: ignore[no-untyped-def]
    """The manuscript and what is said in each chapter, the word audit passed."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "book.txt").write_text(text, encoding="utf-8")
    if toml:
        (folder / "book.toml").write_text(toml, encoding="utf-8")
    book = locate_book(folder)
    manuscript = read_manuscript(book)
    chapters = segment(manuscript, book.config)
    audit_words(manuscript, list(chapters))
    return manuscript, chapters


def said(chapters) -> list[str]:  # type: ignore[no-untyped-def]
    return [s.spoken for c in chapters for s in c.segments if s.kind == "text"]


def paragraphs(found) -> list[str]:  # type: ignore[no-untyped-def]
    return [p.text for _, ps in found.chapters for p in ps]


def left_out(omitted: tuple[Omission, ...] | list[Omission], what: str) -> Omission:
    return next(o for o in omitted if what in o.what)


# ---------------------------------------------------------------- scripture

PSALTER = """The Sayings of the Ferrymen

Gathered from the River Towns



The First Book of the Ferrymen, Called the Crossing


1:1 In the days of the low water there lived at the ford a ferryman
named Osric, and he kept the rope and the pole.

1:2 And every morning he went down to the bank before the mist rose,
and he counted the planks of the boat.

1:3 And the travellers said, Why dost thou count them? and he said,
Because the river counteth them also.

2:1 Now in the ninth year there came a flood out of the hills, and it
carried away the landing stage.

2:2 And Osric rowed across seven times in the night (as it is written
in 1:2), and no one was lost.



The Second Book of the Ferrymen, Called the Landing


1:1 Blessed is the ferryman that is found at his rope when the water
riseth.

1:2 His boat shall not be turned over, neither shall his pole break.
"""


def test_verse_numbers_at_verses_starts_are_not_read_and_are_listed():
    """Project Gutenberg's King James layout: each verse a paragraph opening with its
    chapter and verse, counting up, starting again with each book."""
    found = find_chapters(gutenberg("The Sayings of the Ferrymen", "Anonymous", PSALTER))
    assert [t for t, _ in found.chapters] == [
        "The First Book of the Ferrymen, Called the Crossing",
        "The Second Book of the Ferrymen, Called the Landing",
    ]
    texts = paragraphs(found)
    assert texts[0].startswith("In the days of the low water")
    assert texts[3].startswith("Now in the ninth year")
    assert not any(t[:1].isdigit() for t in texts)
    assert "(as it is written in 1:2)" in texts[4]  # a reference inside a verse stays
    verses = left_out(found.omitted, "verse numbers")
    assert verses.what == "7 verse numbers"
    assert verses.text.split() == ["1:1", "1:2", "1:3", "2:1", "2:2", "1:1", "1:2"]


def test_a_paragraph_opening_with_a_time_is_not_a_verse():
    text = (
        "CHAPTER I.\n\nWe reached the junction at noon.\n\n"
        "3:15 train to the coast was late again, and nobody minded.\n\n"
        "9:30 came and went. 9:31 came too, and the porter slept on.\n\n"
        "10:01 was when the signal finally dropped.\n"
    )
    found = find_chapters(text)
    assert paragraphs(found)[1].startswith("3:15 train")
    assert paragraphs(found)[2] == "9:30 came and went. 9:31 came too, and the porter slept on."
    assert not any("verse" in o.what for o in found.omitted)


SUPERSCRIPT_VERSES = """THE LAMP-KEEPER

by Tamsin Ellery


CHAPTER 1

\u00b9 When the town was new, a woman called Bryony kept the lamps on the quay. \u00b2 Each
evening she carried the oil down the steps. \u00b3 The fishermen asked her, "Who pays you?"

\u2074 She said, "The dark does." \u2075 And they laughed, but they paid her too.


CHAPTER 2

\u00b9 In the winter of the great ice \u00b2the quay froze from end to end.
"""


def test_superscript_verse_numbers_are_not_read():
    """A Bible copied from the web: verse numbers in superscript run on inside each
    paragraph, before the verse's words (with or without a space)."""
    found = find_chapters(SUPERSCRIPT_VERSES)
    texts = paragraphs(found)
    assert texts[0].startswith("When the town was new")
    assert "quay. Each evening" in texts[0]
    assert texts[2] == "In the winter of the great ice the quay froze from end to end."
    assert not any(ch in t for t in texts for ch in "\u00b9\u00b2\u00b3\u2074\u2075")
    assert left_out(found.omitted, "verse numbers").what == "7 verse numbers"


def test_superscript_numbered_notes_are_not_verses():
    """Notes numbered in superscript each open their own paragraph, after marks that
    follow words: they are notes, not verses."""
    text = (
        "CHAPTER I.\n\nThe harbour wall was finished at dusk.\u00b9 The masons went home.\u00b2"
        " Nobody thanked them.\u00b3\n\nNOTES\n\n\u00b9 So the town's ledger says.\n\n"
        "\u00b2 By the coast road.\n\n\u00b3 The ledger is silent on this.\n"
    )
    found = find_chapters(text)
    assert "\u00b9 So the town's ledger says." in paragraphs(found)
    assert not any("verse" in o.what for o in found.omitted)


# ---------------------------------------------------------------- poems

POEM = """THE MARSH LIGHTS


  Across the fen the little lanterns go,
    And no one carries them, the old folk say;
  They bob above the reeds, and dip, and slow,
    And wait for someone who has lost the way.
  I saw them once, the winter I was nine,                  5
    And followed, till my mother called me back;

  She never told me what she thought they were,
    But kept the shutter closed on nights like those,
  And hung a sprig of rowan on the stair,                  10
    And sang, and did not tell me why she chose.



THE EEL-CATCHER


  He sets his traps at dusk and lifts at dawn,
  And what the river gives him, he will take;
  He does not curse the empty ones, but on
  The full ones, says a word for the river's sake,
  And throws the smallest back, and lets it go.           5
"""


def test_line_numbers_beside_verse_are_left_out_and_listed(tmp_path: Path):
    text = gutenberg("Marsh Lights", "Jory Penrose", POEM)
    manuscript, chapters = read_book(tmp_path / "poems", text)
    spoken = " ".join(said(chapters))
    assert "five" not in spoken and "ten" not in spoken.split()
    assert "I saw them once, the winter I was nine," in said(chapters)
    assert "And throws the smallest back, and lets it go." in said(chapters)
    numbers = left_out(manuscript.omitted, "line numbers")
    assert numbers.what == "3 line numbers" and numbers.text == "5 10 5"


def test_a_column_of_numbers_is_not_taken_for_line_numbers():
    """A list with its figures set far right, line after line, keeps them."""
    text = (
        "CHAPTER I.\n\nThe catch that week was weighed on the quay:\n\n"
        "  herring, in baskets            15\n  mackerel, by the dozen          20\n"
        "  pilchards, salted              25\n\nIt was a poor week.\n\n"
        "  the crabs came in late         10\n  and the lobsters not at all      5\n"
    )
    found = find_chapters(text)
    assert "herring, in baskets 15" in paragraphs(found)[1]
    assert not any("line numbers" in o.what for o in found.omitted)


# ---------------------------------------------------------------- plays

PLAY = """                        THE TIDE-MILL

                       A COMEDY IN TWO ACTS

                                BY

                           MORWENNA HALE


                              LONDON
                      SAMUEL FRENCH, LIMITED
                                1908




                     THE PERSONS OF THE PLAY

  JACOB TRELOAR, _the miller_.
  HESTER, _his sister_.
  ROBERT, _a surveyor from the county_.

  ACT I. The mill kitchen. A wet afternoon in March.
  ACT II. The same. Evening of the next day.

  _Time: 1885._




THE FIRST ACT

_The mill kitchen. The wheel is heard turning beyond the wall._

HESTER. The surveyor's at the gate, Jacob.

JACOB. Let him wait. The wheel doesn't stop for the county.




THE SECOND ACT

_The same. A lamp is lit._

ROBERT. I have measured the race twice, Mr. Treloar.

JACOB. Then you'll know it's deep enough.


THE END
"""


def test_a_play_headed_the_first_act_has_its_acts_for_chapters(tmp_path: Path):
    """"THE FIRST ACT" is an act's heading: the play is no longer one chapter, and its
    printed title page (publisher, street, year) is left out for the credits."""
    manuscript, chapters = read_book(tmp_path / "play", PLAY)
    assert [c.title for c in chapters] == ["The Tide-Mill", "THE FIRST ACT", "THE SECOND ACT"]
    spoken = " ".join(said(chapters))
    assert "SAMUEL FRENCH" not in spoken and "nineteen oh eight" not in spoken
    assert any(o.what.startswith("title page") for o in manuscript.omitted)


def test_a_plays_list_of_scenes_is_read_not_dropped_as_contents(tmp_path: Path):
    """The README: a play's scene and time after the title page are read."""
    manuscript, chapters = read_book(tmp_path / "play", PLAY)
    opening = said(chapters[:1])
    assert "Act One." in opening and "A wet afternoon in March." in opening
    assert "Evening of the next day." in opening
    assert not any("contents" in o.what for o in manuscript.omitted)


def test_a_plays_contents_with_pages_is_still_left_out():
    text = (
        "CHAPTER I.\n\nA note on the staging.\n\n"
        "  ACT I. The Mill Kitchen        9\n  ACT II. The Same              31\n\n\n\n"
        "ACT I.\n\nHESTER. He's here.\n\n\n\nACT II.\n\nJACOB. Let him in.\n"
    )
    found = find_chapters(text)
    assert any("contents" in o.what for o in found.omitted)


def test_ordinal_first_headings():
    assert parse_heading("THE FIRST ACT").key == ("act", 1)  # type: ignore[union-attr]
    assert parse_heading("Second Act").key == ("act", 2)  # type: ignore[union-attr]
    assert parse_heading("THE SECOND BOOK").key == ("book", 2)  # type: ignore[union-attr]
    heading = parse_heading("The First Book of Moses: Called Genesis")
    assert heading is not None and heading.key == ("book", 1) and heading.has_title
    assert parse_heading("The first act.") is None  # a sentence, not a heading
    assert parse_heading("The First Book of the series was lost.") is None


# ---------------------------------------------------------------- classics

CLASSIC = """THE LOGBOOK OF A LOCK-KEEPER

Translated from the Latin of Decimus Aquila

by R. H. Penhaligon, B.A.

LONDON: J. M. DENT & SONS LTD.

1911



INTRODUCTION

Of Decimus Aquila little is known beyond what he tells us himself. He
kept a lock on the Tiber, and wrote in the evenings.



THE FIRST BOOK

I. From my grandfather I learned to open the gates slowly, and to
listen to the water before I trusted it.

II. From my sister: to keep the ledger honest, even when the barges
were few.

V. To the river I owe it that I was never idle.



THE SECOND BOOK

I. Say to yourself at dawn: I shall meet the impatient bargeman today,
and the one who lies about his load.

II. The gates open for the rich and the poor at the same speed.

I. M. Varro once told me the lock was older than the city.



NOTES

I. ii. _the ledger_: the lock's tally of tolls, now lost.

II. i. _bargeman_: the Latin word is rarer than this.
"""


def test_the_translator_is_not_credited_as_the_author(tmp_path: Path):
    manuscript, chapters = read_book(tmp_path / "classic", CLASSIC)
    assert manuscript.author == "Decimus Aquila"
    assert "Penhaligon" not in " ".join(said(chapters))


def test_a_translation_from_an_unnamed_author_has_no_author():
    text = CLASSIC.replace("the Latin of Decimus Aquila", "the Latin")
    assert find_chapters(text).author is None


def test_roman_section_numbers_are_said_as_numbers(tmp_path: Path):
    """"II. From my sister" is section two, said "Two.", not "Roman two"; "I." is one,
    not the pronoun; "V." is five, not the letter."""
    _, chapters = read_book(tmp_path / "classic", CLASSIC)
    assert [c.title for c in chapters] == ["INTRODUCTION", "THE FIRST BOOK", "THE SECOND BOOK"]
    first = said([chapters[1]])
    assert first == [
        "One.", "From my grandfather I learned to open the gates slowly, and to listen to "
        "the water before I trusted it.",
        "Two.", "From my sister: to keep the ledger honest, even when the barges were few.",
        "Five.", "To the river I owe it that I was never idle.",
    ]  # fmt: skip
    second = said([chapters[2]])
    assert second[0] == "One." and second[2] == "Two."
    # "I." after "II." starts no run of its own: an initial, read as written
    assert second[-1] == "I. M. Varro once told me the lock was older than the city."


def test_notes_keyed_to_book_and_section_are_left_out_and_listed(tmp_path: Path):
    manuscript, chapters = read_book(tmp_path / "classic", CLASSIC)
    spoken = " ".join(said(chapters))
    assert "ledger is the lock's tally" not in spoken and "rarer than this" not in spoken
    assert "Notes." not in said(chapters)
    notes = left_out(manuscript.omitted, "keyed to a page or passage")
    assert notes.what == "2 notes keyed to a page or passage"
    assert "I. ii. _the ledger_" in notes.text and notes.text.startswith("NOTES")


POEMS_WITH_NOTES = """THE SALTINGS

  The tide went out and left the saltings bare,[1]
  And all the little creeks ran silver there.
  I walked them with my father, and he said
  The sea would have them back when we were dead.



THE FERRY-BELL

  Ring once for the ferry, ring twice for the priest,
  And three times for nobody, nobody at least
  That the ferryman knows of.



NOTES

  [1] The saltings at Holbeach were drained in 1880.

  Page 9. _The Ferry-Bell._ The rhyme was sung by children on the
  Welland until the bridge was built.
"""


def test_a_page_keyed_note_does_not_run_on_into_the_note_before_it(tmp_path: Path):
    text = gutenberg("The Saltings", "Alys Marwood", POEMS_WITH_NOTES.replace(
        "THE SALTINGS\n", "CONTENTS\n\n  THE SALTINGS   1\n  THE FERRY-BELL   9\n  NOTES   11"
        "\n\n\n\n\nTHE SALTINGS\n", 1))  # fmt: skip
    manuscript, chapters = read_book(
        tmp_path / "poems", text, '[notes]\nmode = "chapter-end"\n'
    )
    notes = [s.text for c in chapters for s in c.segments if s.kind == "note"]
    assert notes == ["The saltings at Holbeach were drained in 1880."]
    keyed = left_out(manuscript.omitted, "keyed to a page or passage")
    assert keyed.what == "1 note keyed to a page or passage"
    assert keyed.text.startswith("Page 9. _The Ferry-Bell._")


def test_a_margins_counting_line_numbers_and_a_translations_ranges_are_not_read():
    """Numbers set far out beside a stanza that count up (a tenth line, then a
    fifteenth; a range of lines, then the range on from it) are the margin's."""
    text = (
        "THE NET-MENDER\n\n\n"
        "She sits where the light comes sideways\n"
        "through the shed's one pane.\n"
        "Her thumb is a tide gone out.                                    10\n"
        "I ask her what she thinks about.\n"
        "She says the herring, and the rain,\n"
        "and the boat that went down off the Head,\n"
        "and the boy who was on it, her brother,\n"
        "and the net she is mending again.                                15\n\n"
        "you have shone at last, O eye of golden day!                    100–105\n"
        "over the streams of Dirce you came.\n\n"
        "and drove the man of the white shield                           105–110\n"
        "headlong in flight before you.\n\n"
        "The price was 12 shillings   and 6\n"
    )
    said = " ".join(p.text for _, ps in find_chapters(text).chapters for p in ps)
    assert "10" not in said and "15" not in said and "100" not in said
    assert "Her thumb is a tide gone out." in said and "mending again." in said
    assert "and 6" in said  # a narrow gap and no count: the line's own words


SCHOOL_REPORT = """CHAPTER 3

My mother kept every school report I ever brought home, and I copy one here.

Name                       Eleanor Hart
Form                       1B
Days absent                15
Conduct                    Could be better

He read out the holiday work from the back of the report.

Mathematics, exercises on fractions, pages          40-45
French, learn the verbs on the sheet
English, the poem on the inside cover

Our house had a list pinned inside the pantry door:

Dad, for the coal and the paper           20
Me, for the pictures
Alan, for the bus to the baths

THE NET-MENDER

She sits where the light comes sideways
through the shed's one pane.
Her thumb is a tide gone out.                                    10
I ask her what she thinks about.
"""


def test_a_lone_figure_set_far_right_in_a_form_or_a_list_is_read():
    """A school report's "Days absent     15", its homework's "pages     40-45" and a
    kitty list's "the paper     20" are the story's figures, not line numbers; so is
    one number beside a stanza that counts with no other."""
    said = " ".join(p.text for _, ps in find_chapters(SCHOOL_REPORT).chapters for p in ps)
    assert "Days absent 15" in said and "pages 40-45" in said and "the paper 20" in said
    assert "gone out. 10" in said


def test_a_ledgers_figure_set_far_right_is_read():
    """A memoir quotes one ledger line set apart, its figure far right: the figure is
    the story's ("…October: fourteen"), not a margin's line number; so is a figure
    that counts nothing ("14") inside a few lines."""
    text = (
        "Chapter 1\n\nMy father kept the accounts in a green ledger.\n\n"
        "    Sheep sold at Hexham market, October:        14\n\n"
        "He checked it twice and then nodded.\n\n"
        "    Lambs saved, March:          3\n\n"
        "That was the whole of the entry.\n\n"
        "    The flock we had\n    and the flock we kept:\n"
        "    ewes at the gate          14\n    and the ram alone.\n"
    )
    said = " ".join(p.text for _, ps in find_chapters(text).chapters for p in ps)
    assert "October: 14" in said and "March: 3" in said and "gate 14" in said


def test_an_index_of_first_lines_in_the_contents_and_at_the_back_is_not_read():
    text = (
        "CONTENTS\n\n"
        "Tide Table ............................ 3\n"
        "The Net-Mender ........................ 5\n\n"
        "Index of First Lines ...................... 17\n\n\n\n"
        "                    The sea is all about us.\n"
        "                                        — R. Carson\n\n\n\n"
        "TIDE TABLE\n\n"
        + "High water at four, the almanac says, and the boats are out again.\n" * 30
        + "\n\n\nTHE NET-MENDER\n\n"
        + "She sits where the light comes sideways through the shed's one pane.\n" * 30
        + "\n\n\nINDEX OF FIRST LINES\n\n"
        "High water at four, the almanac says .... 3\n"
        "She sits where the light comes sideways . 5\n"
    )
    chapters, omitted = segment_chapters(text)
    said = " ".join(chapters)
    assert "Index of First Lines" not in said and "almanac says ...." not in said
    assert "The sea is all about us." in said
    assert any("INDEX OF FIRST LINES" in o.what for o in omitted)


def segment_chapters(text: str) -> tuple[list[str], list[Omission]]:
    from audiobook.config import TextPolicy
    from audiobook.text.matter import drop_matter

    found, omitted = drop_matter(find_chapters(text), TextPolicy())
    return [" ".join(p.text for p in ps) for _, ps in found.chapters], omitted
