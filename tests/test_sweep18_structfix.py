"""Sweep 18, book structure in teaching and practical books: a German course written in
English is read in English (its explanations' language, not its examples'); "UNIT 7" is
a chapter; an IPA sound after a word ("Diphthongs /eɪ/") is no respelling of it; a
bibliography ends at the next heading ("ANSWERS TO ODD-NUMBERED EXERCISES" is read); an
INDEX with its entries on the lines under it is left out; an EPUB's printed heading
that the contents shorten is said once; "1066–1918" is a span of years; title pages
of practical books and textbooks (a series line over the author's name, an edition line
and an affiliation, Markdown's "### by …", a printing line, a disclaimer under the
byline) give their author and are not read as chapter 1."""

from __future__ import annotations

from pathlib import Path

from audiobook.build.pipeline import load_book
from audiobook.models import Manuscript
from audiobook.text import pronounce
from audiobook.text.normalize import to_spoken
from audiobook.text.readers.plaintext import parse_heading
from epubs import write_epub


def _book(folder: Path, text: str, name: str = "book.txt") -> tuple[Manuscript, list[str], str]:
    """The manuscript, its chapter titles, and all it reads as spoken, one line."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    _, manuscript, chapters = load_book(path)
    read = " ".join(s.spoken for ch in chapters for s in ch.segments)
    return manuscript, [c.title for c in manuscript.chapters], read


# ------------------------------------------------------------- the language of the prose

GERMAN_COURSE = """\
# Lektion 3 – Im Hotel (At the Hotel)

## Wortschatz

- der Schlüssel – the key
- die Rechnung – the bill
- das Zimmer – the room
- die Dusche – the shower
- der Aufzug – the lift
- das Frühstück – breakfast
- die Nacht – the night
- ein Einzelzimmer – a single room

## Dialog

Gast: Guten Tag. Ich habe ein Zimmer reserviert.

Rezeption: Wie ist Ihr Name, bitte?

Gast: Müller. Ist das Frühstück im Preis?

Rezeption: Ja, das Frühstück ist von sieben bis zehn. Der Aufzug ist dort.

Gast: Und die Dusche? Ist die Dusche im Zimmer?

Rezeption: Ja, natürlich. Hier ist der Schlüssel. Das Zimmer ist im dritten Stock.

## Grammatik: der, die, das

German nouns have three genders, and the article (der, die or das) shows which one a \
noun has. You should learn the article with every new word, because the ending of the \
noun is only a rough guide to it.

In the accusative the masculine article changes (der becomes den), while the feminine \
and neuter ones stay as they are; the dialogue above has several examples of this, and \
it is worth reading it again.
"""


def test_a_german_course_explained_in_english_is_read_in_english(tmp_path: Path) -> None:
    manuscript, _, read = _book(tmp_path, GERMAN_COURSE, "course.md")
    assert manuscript.language == "en"
    assert "Ich habe ein Zimmer reserviert" in read  # the examples are still there


GERMAN_STORY = """\
# Der Gast

## Erstes Kapitel

- der Schlüssel – the key
- die Rechnung – the bill
- the room – the shower

Als der Gast am Abend in das kleine Hotel kam, war die Rezeption schon leer, und er \
wartete lange an dem alten Tisch, bis endlich eine Frau mit einem Schlüssel kam und \
ihm sagte, dass das Zimmer im dritten Stock sei.

Er nahm den Schlüssel und ging die Treppe hinauf, denn der Aufzug war kaputt, und als \
er oben war, sah er, dass die Tür schon offen stand und das Licht brannte.

Die Nacht war still. Er lag lange wach und dachte an die Stadt, an die Frau an der \
Rezeption und an den Brief, den er am Morgen in die Tasche gesteckt hatte.
"""


def test_a_german_story_with_english_glosses_stays_german(tmp_path: Path) -> None:
    """Near miss: German sentences are German, whatever its short lines say."""
    manuscript, _, _ = _book(tmp_path, GERMAN_STORY, "story.md")
    assert manuscript.language == "de"


# ------------------------------------------------------------------- "UNIT 7" a chapter

UNITS = """\
SPEAK CLEARLY
English Pronunciation for Learners

by Gwen Atherley


UNIT 7
The Long Vowels

In this unit you will practise:
  * the difference between ship and sheep
  * the long vowel in food, blue and through

Listen to the recording and repeat each word after the speaker. Then work with a
partner and take turns to say the words in the list, slowly at first and then faster.
Remember that a long vowel takes a little more time than a short one does.


UNIT 8
Diphthongs

A diphthong is a glide from one vowel to another inside one syllable. Say the words
day, my and boy slowly and listen to how the sound moves from its start to its end.
"""


def test_a_unit_heading_is_a_chapter_and_its_objectives_are_read(tmp_path: Path) -> None:
    manuscript, titles, read = _book(tmp_path, UNITS)
    assert len(titles) == 2 and titles[0].startswith("UNIT 7") and titles[1].startswith("UNIT 8")
    assert "In this unit you will practise" in read
    assert not any("practise" in o.text for o in manuscript.omitted)
    heading = parse_heading("UNIT 7")
    assert heading is not None and heading.number == 7


def test_unit_in_a_sentence_is_no_heading() -> None:
    """Near miss: "Unit 4 reported …" is a sentence; "Unit 7" alone is a heading."""
    assert parse_heading("Unit 4 reported no casualties that night.") is None
    assert parse_heading("unit of measurement") is None


# --------------------------------------------------------------- IPA naming a sound

def test_an_ipa_sound_after_a_word_is_no_respelling_of_it() -> None:
    assert pronounce.glosses("Diphthongs /eɪ/, /aɪ/, /ɔɪ/") == []
    assert pronounce.glosses("The Long Vowels /iː/ and /uː/") == []


def test_an_ipa_transcription_of_a_whole_name_is_its_respelling() -> None:
    """Near miss: the IPA spells the name before it whole."""
    assert [g[2] for g in pronounce.glosses("and Ysolde /iˈzoʊldə/ did not.")] == ["Ysolde"]
    assert [g[2] for g in pronounce.glosses("We reached Worcester /ˈwʊstə/ by noon.")] == [
        "Worcester"
    ]


# ------------------------------------------------------- a bibliography's end, an index

TEXTBOOK = """\
FOUNDATIONS OF ECOLOGY

by Margaret Osterhout


CHAPTER 1

Energy Flow

Energy enters an ecosystem as sunlight and leaves it as heat. Plants capture a small
part of the light that falls on them and store it in the bonds of sugars, which the
animals that eat them use in turn. At each step most of the energy is lost as heat,
and so a food chain rarely has more than four or five links. This is why there are far
fewer lions than zebras on the plain, and far fewer zebras than blades of grass.

Exercises

1. A meadow fixes 9,000 units of energy. How much reaches the grazers?
3. Why are food chains short?


FURTHER READING

Odum, E. P. 1957. Trophic structure and productivity of Silver Springs,
   Florida. Ecol. Monogr. 27: 55-112.
Whittaker, R. H., and G. E. Likens. 1975. The biosphere and man. Pp. 305-328
   in H. Lieth and R. H. Whittaker (eds.), Primary Productivity of the Biosphere.


ANSWERS TO ODD-NUMBERED EXERCISES

1. About nine hundred units reach the grazers.
3. Because most energy is lost as heat at each step.
"""


def test_answers_after_further_reading_are_read(tmp_path: Path) -> None:
    manuscript, _, read = _book(tmp_path, TEXTBOOK)
    assert "ANSWERS TO ODD-NUMBERED EXERCISES" in read
    assert "lost as heat at each step" in read
    bibliography = [o for o in manuscript.omitted if o.why == "bibliography"]
    assert len(bibliography) == 1 and "Whittaker" in bibliography[0].text
    assert "ANSWERS" not in bibliography[0].text and "Odum" not in read


def test_a_bibliography_s_own_subheadings_stay_in_it(tmp_path: Path) -> None:
    """Near miss: "Primary Sources" and "Journals" are parts of the list."""
    text = TEXTBOOK.replace(
        "ANSWERS TO ODD-NUMBERED EXERCISES\n\n1. About nine hundred units reach the grazers."
        "\n3. Because most energy is lost as heat at each step.\n",
        "Primary Sources\n\nLindeman, R. L. 1942. The trophic-dynamic aspect of ecology.\n\n"
        "Journals\n\nEcology. Ecological Monographs. Oikos.\n",
    )
    manuscript, _, read = _book(tmp_path, text)
    assert "Lindeman" not in read and "Oikos" not in read and "Primary Sources" not in read
    assert any("Lindeman" in o.text for o in manuscript.omitted if o.why == "bibliography")


GUIDE = """\
ROAD TRIPPING THE SOUTHWEST

by Carla Benitez


CHAPTER 1

Albuquerque

Albuquerque sits on the Rio Grande at the foot of the Sandia Mountains. Its old town
has adobe churches and shops around a plaza, and the tram up the mountain gives a view
over the whole valley at sunset. Allow a full day, and book the tram ahead in summer.

CHAPTER 2

Flagstaff

Flagstaff is a railway town at seven thousand feet, cold at night even in June. It is
the best base for the Grand Canyon's south rim, ninety minutes away by road, and its
observatory is open to visitors on most clear evenings of the year.

INDEX
Albuquerque, 4-7
Flagstaff, 12
Gallup, 9
Grand Canyon, 12-14
"""


def test_an_index_with_its_entries_under_its_heading_is_left_out(tmp_path: Path) -> None:
    manuscript, _, read = _book(tmp_path, GUIDE)
    assert "Gallup" not in read and "INDEX" not in read
    assert any(o.why == "index" and "Gallup" in o.text for o in manuscript.omitted)


def test_a_closing_paragraph_under_a_plain_line_is_read(tmp_path: Path) -> None:
    """Near miss: a last paragraph of short lines under a line that names no back
    matter (an address, a list of stops) is the book's text."""
    text = GUIDE.replace("INDEX\n", "Stops on the way\n")
    manuscript, _, read = _book(tmp_path, text)
    assert "Gallup" in read and "Stops on the way" in read
    assert not any(o.why == "index" for o in manuscript.omitted)


# ------------------------------------------------- a printed heading the contents shorten

HISTORY_PAGES = [
    ("ch04.xhtml", "Chapter 4: The Tudors", (
        '<h1><span class="chnum">4</span> The Tudors, 1485–1603</h1>'
        "<p>Henry Tudor became king in 1509 at the age of seventeen, and his reign changed "
        "the church in England for ever.</p>")),
    ("ch05.xhtml", "Chapter 5: Empires and Peoples", (
        '<h1><span class="chnum">5</span> Before Britain: Empires and Peoples</h1>'
        "<p>Long before the Tudors, the island had been part of greater worlds.</p>")),
]


def test_a_printed_heading_the_contents_shorten_is_said_once(tmp_path: Path) -> None:
    book = write_epub(tmp_path / "history.epub", HISTORY_PAGES, title="Britain and the World")
    _, _, chapters = load_book(book)
    assert [c.title for c in chapters] == [
        "Chapter 4. The Tudors, 1485–1603", "Chapter 5. Before Britain: Empires and Peoples"
    ]
    said = [s.spoken for c in chapters for s in c.segments]
    assert not any(s.startswith(("four The Tudors", "five Before")) for s in said)


def test_a_first_line_that_only_shares_the_title_s_words_is_read(tmp_path: Path) -> None:
    """Near miss: another number, or a sentence, under the contents' title is text."""
    pages = [
        ("ch04.xhtml", "Chapter 4: The Tudors", (
            "<p>3 The Tudors were a Welsh family.</p>"
            "<p>Henry Tudor became king in 1509 at the age of seventeen.</p>")),
        ("ch05.xhtml", "Chapter 5: Empires and Peoples", (
            "<p>12 Empires and Peoples met in the markets of the south</p>"
            "<p>Long before the Tudors, the island had been part of greater worlds.</p>")),
    ]
    book = write_epub(tmp_path / "history.epub", pages, title="Britain and the World")
    _, _, chapters = load_book(book)
    titles = [c.title for c in chapters]
    assert titles == ["Chapter 4: The Tudors", "Chapter 5: Empires and Peoples"]
    said = " ".join(s.spoken for c in chapters for s in c.segments)
    assert "three The Tudors were a Welsh family." in said and "twelve Empires and Peoples" in said


def test_a_span_from_an_eleventh_century_year_is_years() -> None:
    assert to_spoken("Britain and the World, 1066–1918") == (
        "Britain and the World, ten sixty-six to nineteen eighteen"
    )


def test_spans_of_counts_and_pages_stay_numbers() -> None:
    """Near miss: pages, round thousands and counts are cardinal numbers."""
    assert to_spoken("pp. 1024–1130") == (
        "pages one thousand and twenty-four to one thousand one hundred and thirty"
    )
    assert to_spoken("1000–1200 metres") == "one thousand to one thousand two hundred metres"


# ------------------------------------------------------------------------- title pages

STORY = """

CHAPTER 1

The Road West

We left Albuquerque before dawn, with the sun coming up behind the Sandias and the
whole valley still blue with shadow. By the time we reached the Rio Puerco the light
was on the mesas, and the road ran straight and empty towards Arizona.
"""


def test_a_series_line_between_title_and_author_keeps_the_author(tmp_path: Path) -> None:
    text = (
        "ROAD TRIPPING THE SOUTHWEST\n& A Side Trip to Tokyo\n\nA Lonely Highway Guide\n\n"
        "Carla Benitez\n\nLonely Highway Books\nSanta Fe, NM\n" + STORY
    )
    manuscript, _, read = _book(tmp_path, text)
    assert manuscript.author == "Carla Benitez"
    assert "Lonely Highway Guide" not in read


def test_a_publisher_under_the_series_line_is_no_author(tmp_path: Path) -> None:
    """Near miss: with no name under the subtitles, the publisher is not the author."""
    text = (
        "ROAD TRIPPING THE SOUTHWEST\n& A Side Trip to Tokyo\n\nA Lonely Highway Guide\n\n"
        "Lonely Highway Books\nSanta Fe, NM\n" + STORY
    )
    manuscript, _, _ = _book(tmp_path, text)
    assert "Lonely" not in manuscript.author and "Highway" not in manuscript.author


TEXTBOOK_PAGE = """FOUNDATIONS OF ECOLOGY
Second Edition

Margaret L. Osterhout, Ph.D.
Department of Biology, Westbrook State College

with contributions by
R. J. Tamsin and E. Okafor

GREENLEAF ACADEMIC PRESS
Portland * Toronto

Copyright (c) 2019 by Greenleaf Academic Press. All rights reserved.
No part of this publication may be reproduced without prior written permission.
ISBN 978-1-4028-9462-7
"""


def test_a_textbook_title_page_over_its_copyright_page_is_the_credits(tmp_path: Path) -> None:
    manuscript, titles, read = _book(tmp_path, TEXTBOOK_PAGE + STORY)
    assert manuscript.title == "Foundations of Ecology"
    assert manuscript.author == "Margaret L. Osterhout"
    assert "Westbrook" not in read and "Portland" not in read
    assert titles[0].startswith("CHAPTER 1")


def test_a_name_over_a_line_that_is_no_affiliation_is_no_author(tmp_path: Path) -> None:
    """Near miss: a name over a second name's line, under the edition line, is none."""
    text = TEXTBOOK_PAGE.replace(
        "Department of Biology, Westbrook State College", "Rosalind Okafor Tamsin"
    )
    manuscript, _, _ = _book(tmp_path, text + STORY)
    assert manuscript.author != "Margaret L. Osterhout"


def test_markdown_title_pages_give_their_author(tmp_path: Path) -> None:
    cookbook = (
        "# Grandma Nell's Kitchen\n\n## Sixty Years of Sunday Dinners\n\n"
        "### by Margaret Ellison\n\n*Illustrated by Tom Ellison*\n\n---\n\n"
        "Copyright © 2023 Margaret Ellison. All rights reserved.\n\n---\n\n"
        "# Introduction\n\nNell cooked every Sunday for sixty years, and these are her "
        "recipes as she wrote them on the backs of envelopes.\n\n# Soups\n\nA good soup "
        "starts with a good stock, and a good stock starts the day before.\n"
    )
    manuscript, titles, _ = _book(tmp_path / "a", cookbook, "cookbook.md")
    assert manuscript.author == "Margaret Ellison" and titles[0] == "Introduction"
    course = (
        "# Parlons Français!\n## A Beginner's Course in Spoken French\n\n"
        "*by Hélène Marchetti-Brown*\n\n"
        "*Second printing — Little Bridge Language Books, 2021*\n\n---\n\n"
        "## Introduction\n\nFrench spelling looks hard, but the sounds are regular.\n\n"
        "## Lesson 1: Greetings\n\nSay bonjour to everyone you meet in a shop.\n"
    )
    manuscript, titles, read = _book(tmp_path / "b", course, "course.md")
    assert manuscript.author == "Hélène Marchetti-Brown"
    assert manuscript.title == "Parlons Français! A Beginner's Course in Spoken French"
    assert titles[0] == "Introduction" and "Second printing" not in read
    guide = (
        "# Taking Charge of Your Blood Pressure\n\n*A Practical Guide for Patients*\n\n"
        "**Helen Marsh**\n\n> **Medical disclaimer:** This book is not a substitute for "
        "professional medical advice.\n\n## Chapter 1 — What the Numbers Mean\n\n"
        "Blood pressure is written as two numbers.\n\n## Chapter 2 — Salt\n\n"
        "Most of the salt we eat is in bread.\n"
    )
    manuscript, titles, read = _book(tmp_path / "c", guide, "guide.md")
    assert manuscript.author == "Helen Marsh"
    assert titles[0] == "Medical Disclaimer" and "not a substitute" in read
    assert "A Practical Guide for Patients" not in read


def test_a_section_heading_and_an_epigraph_under_a_title_stay(tmp_path: Path) -> None:
    """Near miss: "### By Candlelight" is a section, a quotation under a title with no
    byline an epigraph: no author, both read."""
    text = (
        "# Winter Evenings\n\n## Stories for the Dark Months\n\n### By Candlelight\n\n"
        "The first story is read by the fire.\n\n# One\n\nIt snowed all night.\n\n"
        "# Two\n\n> **Note:** the second story is shorter than the first.\n\nIt thawed.\n"
    )
    manuscript, _, read = _book(tmp_path, text, "winter.md")
    assert manuscript.author != "Candlelight"
    assert "By Candlelight" in read and "the second story is shorter" in read
