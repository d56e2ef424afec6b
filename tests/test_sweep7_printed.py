"""Plain text that keeps a printed book's line breaks, from the seventh sweep of Project
Gutenberg books: Emerson's *Nature* and *A Christmas Carol* (Distributed Proofreaders
texts, their lines ragged as the page broke them), Franklin's *Autobiography* (a chapter
title wrapped over two lines) and *Leaves of Grass* (a long line's end carried over,
set deeper). Each hit has its near miss: a text of the same look, read as it was."""

from __future__ import annotations

from pathlib import Path

from audiobook.build.pipeline import load_book
from plainbooks import gutenberg_footer, gutenberg_header


def _paragraphs(folder: Path, text: str) -> tuple[list[str], list[str]]:
    """The chapters' titles, and each paragraph as heard: its segments joined by a space,
    " / " where the author's line ends (a line's pause, not a paragraph's)."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "book.txt"
    path.write_text(text, encoding="utf-8")
    _, _, chapters = load_book(path)
    paragraphs: list[str] = []
    last = None
    for chapter in chapters:
        for segment in chapter.segments:
            if segment.kind in ("credits", "closing"):
                continue
            key = (chapter.index, segment.paragraph)
            if key != last:
                paragraphs.append("")
                last = key
            paragraphs[-1] += segment.spoken + (" / " if segment.line_end else " ")
    return [ch.title for ch in chapters], [p.strip(" /") for p in paragraphs]


# ------------------------------------------------- 1. prose in a printed book's lines

NATURE = (
    gutenberg_header("Nature", "Ralph Waldo Emerson")
    + """INTRODUCTION.

OUR age is retrospective. It builds the sepulchres of the fathers. It
writes biographies, histories, and criticism. The foregoing
generations beheld God and nature face to face; we, through their
eyes. Why should not we also enjoy an original relation to the
universe? Why should not we have a poetry and philosophy of
insight and not of tradition, and a religion by revelation to us, and
not the history of theirs? Embosomed for a season in nature, whose
floods of life stream around and through us, and invite us by the
powers they supply, to action proportioned to nature, why should we
grope among the dry bones of the past, or put the living generation
into masquerade out of its faded wardrobe? The sun shines to-day
also. There is more wool and flax in the fields. There are new lands,
new men, new thoughts. Let us demand our own works and laws
and worship.

Philosophically considered, the universe is composed of Nature and
the Soul. Strictly speaking, therefore, all that is separate from us, all
which Philosophy distinguishes as the NOT ME, that is, both nature
and art, all other men and my own body, must be ranked under this
name, NATURE. In enumerating the values of nature and casting up
their sum, I shall use the word in both senses;--in its common and in
its philosophical import. In inquiries so general as our present one,
the inaccuracy is not material; no confusion of thought will occur.
_Nature_, in the common sense, refers to essences unchanged by
man; space, the air, the river, the leaf. _Art_ is applied to the
mixture of his will with the same things, as in a house, a canal, a
statue, a picture. But his operations taken together are so
insignificant, a little chipping, baking, patching, and washing, that in
an impression so grand as that of the world on the human mind, they
do not vary the result.



NATURE.

CHAPTER I.

TO go into solitude, a man needs to retire as much from his chamber
as from society. I am not solitary whilst I read and write, though
nobody is with me. But if a man would be alone, let him look at the
stars. The rays that come from those heavenly worlds, will separate
between him and what he touches. One might think the atmosphere
was made transparent with this design, to give man, in the heavenly
bodies, the perpetual presence of the sublime. Seen in the streets of
cities, how great they are! If the stars should appear one night in a
thousand years, how would men believe and adore; and preserve for
many generations the remembrance of the city of God which had
been shown! But every night come out these envoys of beauty, and
light the universe with their admonishing smile.
"""
    + gutenberg_footer("Nature")
)
"""Emerson's *Nature* (PG #29433), its Introduction and the opening of Chapter I, the lines
as the printed page broke them: 55 to 74 characters, few blank lines."""


def test_printed_lines_are_read_as_their_paragraphs(tmp_path: Path) -> None:
    """Lines ending with room to spare in a book of long paragraphs made every such line
    a paragraph's end, as if the text had no blank lines between its paragraphs: "a
    poetry and philosophy of" ¶ "insight and not of tradition". The book's blank lines
    part its paragraphs; a line that ends no sentence ends no paragraph."""
    _, paragraphs = _paragraphs(tmp_path, NATURE)
    body = [p for p in paragraphs if len(p) > 200]
    assert len(body) == 3  # the Introduction's two paragraphs, Chapter I's one
    assert "a poetry and philosophy of insight and not of tradition" in body[0]
    assert "The sun shines to-day also." in body[0]
    assert body[1].startswith(
        "Philosophically considered, the universe is composed of Nature and the Soul."
    )
    assert "so insignificant" in body[1] and body[1].endswith("do not vary the result.")
    assert "/" not in " ".join(body)


WORD_EXPORT = "\n".join([
    "THE HARBOUR",
    "",
    "The boats came in at dusk, one after another, low in the water with the",
    "day's catch, and the women were waiting on the quay with their baskets.",
    "Nobody spoke much.",
    "Old Tamsin counted the boats as they came round the point, and when the",
    "last of them was in she went home without a word to anyone.",
    "Her son was not among them. He had gone out in the morning with the",
    "others and his boat had not come back, and nobody on the quay had seen",
    "it since noon.",
    "The harbourmaster rang the bell at eight, and again at nine, and at ten",
    "the lifeboat went out into the dark with six men at the oars and a lamp",
    "at the bow, and the whole town stood on the wall to watch it go.",
    "It came back at two in the morning with the boat in tow and the boy",
    "asleep in the bottom of it.",
    "",
]) + "\n"
"""Prose saved from a word processor with no blank line between its paragraphs: a line
ending a sentence with room to spare ends its paragraph."""


def test_paragraphs_without_blank_lines_are_still_parted(tmp_path: Path) -> None:
    """Near miss: where no blank line parts the paragraphs, a line ending a sentence short
    of the margin still ends its paragraph."""
    _, paragraphs = _paragraphs(tmp_path, WORD_EXPORT)
    assert any(
        p.startswith("The boats came in at dusk") and p.endswith("Nobody spoke much.")
        for p in paragraphs
    )
    assert any(p.startswith("Her son was not among them.") for p in paragraphs)
    assert any(p.startswith("It came back at two in the morning") for p in paragraphs)


CAROL = (
    gutenberg_header("A Christmas Carol", "Charles Dickens")
    + """PREFACE

I HAVE endeavoured in this Ghostly little book,
to raise the Ghost of an Idea, which shall not put my
readers out of humour with themselves, with each other,
with the season, or with me.  May it haunt their houses
pleasantly, and no one wish to lay it.

Their faithful Friend and Servant,
                                   C. D.
December, 1843.



STAVE I:  MARLEY'S GHOST

MARLEY was dead: to begin with. There is no doubt
whatever about that. The register of his burial was
signed by the clergyman, the clerk, the undertaker,
and the chief mourner. Scrooge signed it: and
Scrooge's name was good upon 'Change, for anything he
chose to put his hand to. Old Marley was as dead as a
door-nail.

Mind! I don't mean to say that I know, of my
own knowledge, what there is particularly dead about
a door-nail. I might have been inclined, myself, to
regard a coffin-nail as the deadest piece of ironmongery
in the trade. But the wisdom of our ancestors
is in the simile; and my unhallowed hands
shall not disturb it, or the Country's done for. You
will therefore permit me to repeat, emphatically, that
Marley was as dead as a door-nail.

Scrooge knew he was dead? Of course he did.
How could it be otherwise? Scrooge and he were
partners for I don't know how many years. Scrooge
was his sole executor, his sole administrator, his sole
assign, his sole residuary legatee, his sole friend, and
sole mourner. And even Scrooge was not so dreadfully
cut up by the sad event, but that he was an excellent
man of business on the very day of the funeral,
and solemnised it with an undoubted bargain.

The mention of Marley's funeral brings me back to
the point I started from. There is no doubt that Marley
was dead. This must be distinctly understood, or
nothing wonderful can come of the story I am going
to relate. If we were not perfectly convinced that
Hamlet's Father died before the play began, there
would be nothing more remarkable in his taking a
stroll at night, in an easterly wind, upon his own ramparts,
than there would be in any other middle-aged
gentleman rashly turning out after dark in a breezy
spot--say Saint Paul's Churchyard for instance--
literally to astonish his son's weak mind.

"A merry Christmas, uncle! God save you!" cried
a cheerful voice. It was the voice of Scrooge's
nephew, who came upon him so quickly that this was
the first intimation he had of his approach.

"Bah!" said Scrooge, "Humbug!"

"There's another fellow," muttered Scrooge; who
overheard him: "my clerk, with fifteen shillings a
week, and a wife and family, talking about a merry
Christmas. I'll retire to Bedlam."

"Scrooge and Marley's, I believe," said one of the
gentlemen, referring to his list. "Have I the pleasure
of addressing Mr. Scrooge, or Mr. Marley?"

"Mr. Marley has been dead these seven years,"
Scrooge replied. "He died seven years ago, this very
night."
"""
    + gutenberg_footer("A Christmas Carol")
)
"""*A Christmas Carol* (PG #46): its Preface signed under the text, and Stave I's opening,
its lines as ragged as the printed page's (one in four running on ends with room for the
next word)."""


def test_ragged_lines_of_dialogue_are_one_paragraph(tmp_path: Path) -> None:
    """In a text whose lines are ragged, a short line is no sign that its author ended it:
    "…this very" / "night." was read as lines of verse."""
    _, paragraphs = _paragraphs(tmp_path, CAROL)
    assert (
        '"Mister Marley has been dead these seven years," Scrooge replied. '
        '"He died seven years ago, this very night."'
    ) in paragraphs


def test_a_signature_in_ragged_prose_keeps_its_lines(tmp_path: Path) -> None:
    """Near miss: the Preface's close, far shorter than any line of the prose, is still read
    a line at a time."""
    _, paragraphs = _paragraphs(tmp_path, CAROL)
    close = "Their faithful Friend and Servant, / C. D. / December, eighteen forty-three."
    assert close in paragraphs


# ------------------------------------------------- 2. a chapter title wrapped over two lines


def _memoir(first_title: str) -> str:
    prose = (
        "It was a long paragraph of ordinary prose that runs on for a while, and\n"
        "it goes on over several lines of the page as a memoir's paragraphs do,\n"
        "until the end of the line is reached and then some more words follow.\n\n"
    )
    titles = [first_title, "BEGINNING LIFE AS A PRINTER", "ARRIVAL IN PHILADELPHIA"]
    titles.append("FIRST VISIT TO BOSTON")
    numbers = ["I", "II", "III", "IV"]
    chapters = [f"{n}\n\n{t}\n\n\n" + prose * 3 for n, t in zip(numbers, titles, strict=True)]
    return (
        gutenberg_header("Autobiography", "Benjamin Franklin")
        + "\n\n\n".join(chapters)
        + gutenberg_footer("Autobiography")
    )


def test_a_chapter_title_wrapped_over_two_lines_is_the_title(tmp_path: Path) -> None:
    """Franklin: "I" / "ANCESTRY AND EARLY YOUTH IN" / "BOSTON" was chapter "One." with its
    title read as two lines of its text."""
    titles, paragraphs = _paragraphs(tmp_path, _memoir("ANCESTRY AND EARLY YOUTH IN\nBOSTON"))
    assert titles[0] == "I. ANCESTRY AND EARLY YOUTH IN BOSTON"
    assert "One. Ancestry and Early Youth in Boston." in paragraphs
    assert not any("BOSTON" in p for p in paragraphs)


def test_two_shouted_sentences_under_a_number_are_no_title(tmp_path: Path) -> None:
    """Near miss: two lines in capitals each ending a sentence are the chapter's words,
    not its title."""
    shouted = "IT WAS THE BEST OF TIMES.\nIT WAS THE WORST OF TIMES."
    titles, paragraphs = _paragraphs(tmp_path, _memoir(shouted))
    assert titles[0] == "I"
    assert any("worst of times" in p.casefold() for p in paragraphs)


# ------------------------------------------------- 3. a long line of verse carried over

LEAVES = (
    gutenberg_header("Leaves of Grass", "Walt Whitman")
    + """BOOK I.  INSCRIPTIONS



One’s-Self I Sing

  One’s-self I sing, a simple separate person,
  Yet utter the word Democratic, the word En-Masse.

  Of physiology from top to toe I sing,
  Not physiognomy alone nor brain alone is worthy for the Muse, I say
      the Form complete is worthier far,
  The Female equally with the Male I sing.

  Of Life immense in passion, pulse, and power,
  Cheerful, for freest action form’d under the laws divine,
  The Modern Man I sing.



Eidolons

  Of every human life,
  (The units gather’d, posted, not a thought, emotion, deed, left out,)
  The whole or large or small summ’d, added up,
  In its eidolon.

  The old, old urge,
  Based on the ancient pinnacles, lo, newer, higher pinnacles,
  From science and the modern still impell’d,
  The old, old urge, eidolons.

  Ever the mutable,
  Ever materials, changing, crumbling, re-cohering,
  Ever the ateliers, the factories divine,
  Issuing eidolons.

  All space, all time,
  (The stars, the terrible perturbations of the suns,
  Swelling, collapsing, ending, serving their longer, shorter use,)
  Fill’d with eidolons only.

  The present now and here,
  America’s busy, teeming, intricate whirl,
  Of aggregate and segregate for only thence releasing,
  To-day’s eidolons.

  The boatman singing what belongs to him in his boat, the deckhand
      singing on the steamboat deck,
  The shoemaker singing as he sits on his bench, the hatter singing as
      he stands,
  Exalt, rapt, ecstatic, the visible but their womb of birth, of being, of learning,
       To glean eidolons.
"""
    + gutenberg_footer("Leaves of Grass")
)
"""*Leaves of Grass* (PG #1322): lines of two spaces' indent, a long line's end carried
over to a line of its own six spaces in, and an indented refrain under a long line."""


def test_a_long_lines_carried_over_end_is_read_with_it(tmp_path: Path) -> None:
    """"…worthy for the Muse, I say" / "the Form complete is worthier far," was two lines
    of verse, with a line's pause in mid-phrase; the deeper line is the printer's."""
    _, paragraphs = _paragraphs(tmp_path, LEAVES)
    assert (
        "Of physiology from top to toe I sing, / Not physiognomy alone nor brain alone is "
        "worthy for the Muse, I say the Form complete is worthier far, / The Female equally "
        "with the Male I sing."
    ) in paragraphs
    assert any(
        "the deckhand singing on the steamboat deck, / The shoemaker singing as he sits on "
        "his bench, the hatter singing as he stands, /" in p
        for p in paragraphs
    )


def test_an_indented_refrain_is_its_own_line(tmp_path: Path) -> None:
    """Near miss: the refrain set in under a long line opens with a capital: a line of its
    own."""
    _, paragraphs = _paragraphs(tmp_path, LEAVES)
    assert any(p.endswith("of being, of learning, / To glean eidolons.") for p in paragraphs)
