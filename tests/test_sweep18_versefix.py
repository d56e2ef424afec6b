"""Verse as real books print it (sweep 18, poet18): the poems a collection opens with
before its first numbered piece are read, not left out as its title page. Each hit has
its near miss, read as it was."""

from __future__ import annotations

from pathlib import Path

import pytest

from audiobook.text.normalize import to_spoken
from audiobook.text.segment import sentences
from plainbooks import credits_and_read, gutenberg_header, left_out, read_book

# ---------------------------------------------------------------- 1. poems before "I."

DAISY = """TO THE DAISY.


    In youth from rock to rock I went,
    From hill to hill in discontent
    Of pleasure high and turbulent,
      Most pleased when most uneasy;



THE SOLITARY REAPER.


    Behold her, single in the field,
    Yon solitary Highland Lass!
    Reaping and singing by herself;
    Stop here, or gently pass!



I.

    Nuns fret not at their convent's narrow room;
    And hermits are contented with their cells;
    And students with their pensive citadels;
    Maids at the wheel, the weaver at his loom,


II.

    Earth has not anything to show more fair:
    Dull would he be of soul who could pass by
    A sight so touching in its majesty:
    This City now doth, like a garment, wear
"""

LAKE_PAGE = """                       POEMS OF THE LAKE COUNTRY

                                  BY

                          WILLIAM WORDSWORTH


                               LONDON:
                    EDWARD MOXON, 44, DOVER STREET.
                               MDCCCXXXVI.




                         POEMS OF THE LAKE COUNTRY.




"""

DATES = DAISY.replace(
    "      Most pleased when most uneasy;\n",
    "      Most pleased when most uneasy;\n\n                                   1802.\n",
).replace(
    "    Stop here, or gently pass!\n",
    "    Stop here, or gently pass!\n\n                                   1803.\n",
)


def test_poems_before_the_first_numbered_one_are_read(tmp_path: Path) -> None:
    manuscript, _, read = read_book(tmp_path, DAISY)
    assert "In youth from rock to rock I went," in read
    assert "Stop here, or gently pass!" in read
    assert "rock to rock" not in left_out(manuscript)


def test_poems_under_a_printed_title_page_are_read(tmp_path: Path) -> None:
    text = gutenberg_header("Poems of the Lake Country", "William Wordsworth") + LAKE_PAGE
    manuscript, _, read = read_book(tmp_path, text + DATES)
    assert "In youth from rock to rock I went," in read
    assert "Behold her, single in the field," in read
    assert "eighteen oh three" in read
    omitted = left_out(manuscript)
    assert "EDWARD MOXON" in omitted and "rock to rock" not in omitted


def test_a_publishers_list_of_titles_stays_on_the_page(tmp_path: Path) -> None:
    ads = """                         BY THE SAME AUTHOR

                          The Excursion
                          The Prelude
                          The White Doe
                          Peter Bell, A Tale


"""
    text = gutenberg_header("Poems of the Lake Country", "William Wordsworth")
    manuscript, _, read = read_book(tmp_path, text + ads + LAKE_PAGE + DATES)
    assert "The White Doe" not in read
    assert "The White Doe" in left_out(manuscript)
    assert "In youth from rock to rock I went," in read


# ---------------------------------------------------------------- 2. haiku numbered "1", "2"

HAIKU = """ONE HUNDRED FROGS

by K. Ito



PREFACE

The poems below follow the Japanese order of the seasons. Numbers are
the translator's own.



SPRING

1

    old pond—
    a frog leaps in
    the sound of water

2

    spring rain:
    under the trees
    a puddle of sky

3

    plum blossoms;
    the old dog
    sniffs at each one

4

    the temple bell stops
    but the sound keeps coming
    out of the flowers



LIMERICKS


I.

There was an Old Man with a beard,
Who said, "It is just as I feared!--
    Two Owls and a Hen,
    Four Larks and a Wren,
Have all built their nests in my beard!"


II.

A tutor who tooted the flute
Tried to tutor two tooters to toot.
    Said the two to the tutor,
    "Is it harder to toot, or
To tutor two tooters to toot?"
"""


def test_haiku_numbers_are_no_page_numbers(tmp_path: Path) -> None:
    manuscript, _, read = read_book(tmp_path, HAIKU)
    assert "old pond, | a frog leaps in | the sound of water" in read
    assert "page numbers" not in left_out(manuscript)
    assert "SPRING old pond" not in read


def test_limericks_after_numbered_haiku_keep_their_lines(tmp_path: Path) -> None:
    manuscript, _, read = read_book(tmp_path, HAIKU)
    assert "Two Owls and a Hen, | Four Larks and a Wren," in read
    assert "synopsis" not in left_out(manuscript)


def test_page_numbers_between_pages_of_prose_still_go(tmp_path: Path) -> None:
    prose = (
        "the river ran on past the mill and the lane and the church and the long\n"
        "field where the sheep were kept all the winter through and the boys\n"
        "went down to fish in the evenings when the light was going and the"
    )
    pages = "\n\n".join(f"{prose}\n\n{n}\n\nwater" for n in range(12, 17))
    text = "CHAPTER I.\n\nIt was a cold morning.\n\n" + pages + "\n\nCHAPTER II.\n\nThe end.\n"
    manuscript, _, read = read_book(tmp_path, text)
    assert "page numbers" in left_out(manuscript)
    assert "fourteen" not in read


# ---------------------------------------------------------------- 4. a concrete poem in a fence

SILT = """# Salt Weather

## harbour, january

the boats lie down
in their own reflections

## S  I  L  T

```
s
  i
    l
      t

        the river
                  forgetting
                            its own
                                    name
```

## Inventory

one kettle, chipped.
"""


def test_a_concrete_poem_in_a_fence_is_read(tmp_path: Path) -> None:
    _, _, read = read_book(tmp_path, SILT, "book.md")
    assert "the river | forgetting | its own | name" in read
    assert "code example" not in read


def test_a_fence_of_settings_stays_code(tmp_path: Path) -> None:
    settings = SILT.replace(
        "s\n  i\n    l\n      t\n\n        the river\n                  forgetting\n"
        "                            its own\n                                    name\n",
        "server:\n  host\n    local\n      port\n",
    )
    _, _, read = read_book(tmp_path, settings, "book.md")
    assert "local" not in read


# ---------------------------------------------------------------- 6/8. hymn heads, verse numbers

HYMNAL = """HYMNS ANCIENT AND MODERN

LONDON: WILLIAM CLOWES AND SONS, LIMITED
1875


MORNING.


1                                                    L.M.

                           MORNING HYMN.

1 Awake, my soul, and with the sun
    Thy daily stage of duty run;
  Shake off dull sloth, and joyful rise
    To pay thy morning sacrifice.

2 Redeem thy mis-spent time that's past,
    And live this day as if thy last;
  Improve thy talent with due care;
    For the great Day thyself prepare.


2                                                    C.M.
                                                 ST. ANNE.

1 O God, our help in ages past,
    Our hope for years to come,
  Our shelter from the stormy blast,
    And our eternal home:

2 Under the shadow of Thy Throne
    Thy Saints have dwelt secure;
  Sufficient is Thine Arm alone,
    And our defence is sure.


3                                          8.7.8.7. D.
                                                 HYFRYDOL.

1 Love Divine, all loves excelling,
    Joy of Heaven, to earth come down,
  Fix in us Thy humble dwelling,
    All Thy faithful mercies crown.


4                                                    P.M.
                                  SHALL WE GATHER AT THE RIVER?

1 Shall we gather at the river,
    Where bright angel feet have trod;
  With its crystal tide for ever
    Flowing by the throne of God?
"""


@pytest.mark.parametrize(("text", "said"), [
    ("2   C.M.", "Two. Common Metre"),
    ("S.M.  10.10.10.10.", "Short Metre, ten ten ten ten"),
    ("C.M. — Tune: DUNDEE", "Common Metre, Tune: DUNDEE"),
    ("C.M.D.", "Common Metre Double"),
])  # fmt: skip
def test_a_hymns_number_and_metre_on_one_line(text: str, said: str) -> None:
    assert to_spoken(text, "en") == said


@pytest.mark.parametrize(("text", "said"), [
    ("At 5 P.M. we left.", "At five p.m. we left."),
    ("5 P.M.", "five p.m."),  # a diary's hour, in a book that prints no metre
    ("She met L.M. at the station.", "She met L.M. at the station."),
])  # fmt: skip
def test_times_and_initials_stay(text: str, said: str) -> None:
    assert to_spoken(text, "en") == said


def test_a_doubled_metre_is_one_sentence() -> None:
    assert sentences("3     8.7.8.7. D.", "en") == ["3     8.7.8.7. D."]
    assert len(sentences("It was 8.7.8.7. Done.", "en")) == 2


def test_a_hymnals_heads_and_verse_numbers(tmp_path: Path) -> None:
    manuscript, _, read = read_book(tmp_path, HYMNAL)
    assert "Four. Peculiar Metre" in read
    assert "Three. eight seven eight seven double" in read
    assert "| Awake, my soul, and with the sun" in read
    assert "| Redeem thy mis-spent time" in read
    assert "one Awake" not in read and "two Redeem" not in read
    assert "verse numbers" in left_out(manuscript)


def test_numbered_stanzas_outside_a_hymnal_are_read(tmp_path: Path) -> None:
    text = HYMNAL.replace("L.M.", "").replace("C.M.", "").replace("8.7.8.7. D.", "")
    _, _, read = read_book(tmp_path, text.replace("P.M.", ""))
    assert "one Awake, my soul" in read


# ---------------------------------------------------------------- 7. an epic's margin numbers

EPIC = """BOOK I.


  Of Peleus' son, Achilles, sing, O Muse,
  The vengeance, deep and deadly; whence to Greece
  Unnumbered ills arose; which many a soul
  Of mighty warriors to the viewless shades
  Untimely sent; they on the battle plain                          5
  Unburied lay, a prey to rav'ning dogs,
  And carrion birds; but so had Jove decreed,
  From that sad day when first in wordy war,
  The mighty Agamemnon, King of men,
  Confronted stood by Peleus' godlike son.                        10
  Say then, what God the fatal strife provoked?
  Jove's and Latona's son; he, filled with wrath
  Against the King, with deadly pestilence
  The camp afflicted, and the people died,
  For Chryses, his priest, had Atreus' son disdained;       [15]
  When to the Grecian ships he came, to free
  His captive child, with costly ransom charged;
  And in his hand, upon a golden staff,
  Apollo's sacred wreath, he bore; and thus
  To all the Greeks, but chief to Atreus' sons,                   20
  The two commanders of the host, he sued.

      * * * * *

  So prayed he; Phoebus heard him, and in wrath
  Descended from the Olympian heights, his bow
  And quiver on his shoulders hung.                               50
  Nine days the heavenly arrows flew; the tenth,
  Achilles called the people to the assembly.


BOOK II.


  All night, the other gods and warrior chiefs
  In sleep were wrapt; but Jove's wakeful eyes
  No rest enjoyed; much pondering in his mind
  How to avenge Achilles' wrongs, and slay
  Myriads of Greeks beside the Grecian ships.                       5
  Thus as he mused, this counsel seemed the best,
  To send to Atreus' son a flatt'ring dream.
"""


def test_margin_numbers_past_a_cut_and_in_brackets_are_not_read(tmp_path: Path) -> None:
    manuscript, _, read = read_book(tmp_path, EPIC)
    for number in ("fifteen", "fifty", "five", "twenty"):
        assert f" {number} |" not in f"{read} |" and f"{number}." not in read
    assert "disdained; |" in read or "disdained;" in read
    assert "hung. |" in read or read.endswith("hung.")
    assert "line numbers" in left_out(manuscript)


def test_a_lone_number_after_a_cut_with_no_count_is_read(tmp_path: Path) -> None:
    text = EPIC.split("BOOK II.")[0].replace("          5\n", "\n").replace(
        "                        10\n", "\n"
    ).replace("       [15]\n", "\n").replace("                   20\n", "\n")
    _, _, read = read_book(tmp_path, text)
    assert "fifty" in read


# ---------------------------------------------------------------- 9. a Markdown psalm's stanzas

PSALTER = """# The Scottish Psalter

## Psalm 1

1 That man hath perfect blessedness
who walketh not astray
In counsel of ungodly men,
nor stands in sinners' way,

2 Nor sitteth in the scorner's chair:
But placeth his delight
Upon God's law, and meditates
on his law day and night.

## Psalm 23

1 The Lord's my shepherd, I'll not want.
He makes me down to lie
In pastures green: he leadeth me
the quiet waters by.

2 My soul he doth restore again;
and me to walk doth make
Within the paths of righteousness,
ev'n for his own name's sake.
"""


def test_every_stanza_of_a_markdown_psalm_keeps_its_lines(tmp_path: Path) -> None:
    _, _, read = read_book(tmp_path, PSALTER, "psalter.md")
    assert "My soul he doth restore again; | and me to walk doth make |" in read


def test_prose_beside_a_stanza_is_joined(tmp_path: Path) -> None:
    prose = PSALTER.replace(
        "2 My soul he doth restore again;\nand me to walk doth make\nWithin the paths of "
        "righteousness,\nev'n for his own name's sake.\n",
        "The psalm was sung at every kirk in the parish on the first Sabbath of the month\n"
        "and the precentor gave out each line before the people sang it, so that the\n"
        "singing went slowly and the old people said that it had always gone so, since\n"
        "the days of the Covenant and before them.\n",
    )
    _, _, read = read_book(tmp_path, prose, "psalter.md")
    assert "on the first Sabbath of the month and the precentor" in read


# ---------------------------------------------------------------- 5/10/13. credits and cues


@pytest.mark.parametrize(("text", "said"), [
    ("Words & music for #2 (c) 2019 J. Okafor, used by permission.",
     "Words and music for number two copyright twenty nineteen J. Okafor, used by permission."),
    ("In 1890 K. Marx was dead.", "In eighteen ninety K. Marx was dead."),
    ("J. Neander, 1680; tr. C. Winkworth, 1863.",
     "J. Neander, sixteen eighty; translated by C. Winkworth, eighteen sixty-three."),
    ("All the happy golden day.--Cho.", "All the happy golden day. Chorus."),
    ("Blow, blow, all the way to Tennessee   x2", "Blow, blow, all the way to Tennessee, twice"),
    ("Row, row, row your boat x3", "Row, row, row your boat, three times"),
])  # fmt: skip
def test_a_songbooks_credits_and_cues(text: str, said: str) -> None:
    assert " ".join(to_spoken(s, "en") for s in sentences(text, "en")) == said


@pytest.mark.parametrize(("text", "said"), [
    ("It released 2000 J. The lamp lit.", "It released two thousand joules. The lamp lit."),
    ("It took 300 J. of energy.", "It took three hundred joules of energy."),
    ("Pick one: (a) 1999 (b) 2005 (c) 2019.", "Pick one: (a) nineteen ninety-nine (b) two "
     "thousand and five (c) twenty nineteen."),
    ("It was the tr. He said.", "It was the tr. He said."),
    ("Her name was Cho. She smiled.", "Her name was Cho. She smiled."),
    ("Health Potion x3", "Health Potion times three"),
])  # fmt: skip
def test_units_options_names_and_items_stay(text: str, said: str) -> None:
    assert " ".join(to_spoken(s, "en") for s in sentences(text, "en")) == said


PAGE = """HYMNS ANCIENT AND MODERN
FOR USE IN THE SERVICES OF THE CHURCH

WITH ACCOMPANYING TUNES

LONDON: WILLIAM CLOWES AND SONS, LIMITED
1875
"""


def test_a_subtitle_under_the_title_is_no_author(tmp_path: Path) -> None:
    _, said, _ = credits_and_read(tmp_path, PAGE + "\n\nPART I.\n" + HYMNAL.split("1875\n", 1)[1])
    assert "Hymns Ancient and Modern" in said
    assert "With Accompanying Tunes" not in said and "Written by" not in said


def test_a_name_under_the_title_is_its_author(tmp_path: Path) -> None:
    page = PAGE.replace("WITH ACCOMPANYING TUNES", "WILLIAM HENRY MONK")
    _, said, _ = credits_and_read(tmp_path, page + "\n\nPART I.\n" + HYMNAL.split("1875\n", 1)[1])
    assert "Written by William Henry Monk" in said


def test_a_markdown_psalters_verse_numbers_are_not_read(tmp_path: Path) -> None:
    metred = PSALTER.replace("## Psalm 1\n", "## Psalm 1\n\n*C.M.* — Tune: DUNDEE\n").replace(
        "## Psalm 23\n", "## Psalm 23\n\n*C.M.* — Tune: CRIMOND\n"
    )
    manuscript, _, read = read_book(tmp_path, metred, "psalter.md")
    assert "Common Metre, Tune: DUNDEE" in read
    assert "| That man hath perfect blessedness |" in read
    assert "one That man" not in read and "two My soul" not in read
    assert "4 verse numbers" in left_out(manuscript)


def test_numbered_stanzas_in_markdown_with_no_metre_are_read(tmp_path: Path) -> None:
    _, _, read = read_book(tmp_path, PSALTER, "psalter.md")
    assert "one That man hath perfect blessedness" in read
