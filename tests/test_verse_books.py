"""Poetry collections, plays and lyric books as poets and playwrights type them: free
verse in lower case (plain text and Markdown), a Word poem typed a paragraph to a line,
a glossary after the last ballad, a Greek play's sections, a lyric book's `###` songs,
chord lines over a song's words, and a Word script's speaker names and hymnals' verse
numbers set off by a tab. The books are made up."""

from __future__ import annotations

import textwrap
from pathlib import Path

import docx
from docx.shared import Pt

from audiobook.models import LINE_BREAK
from audiobook.text.ingest import locate_book, read_manuscript
from audiobook.text.readers.docx import read_docx
from audiobook.text.readers.markdown import read_markdown
from audiobook.text.readers.plaintext import find_chapters
from audiobook.text.segment import segment


def _spoken(path: Path) -> list[tuple[str | None, list[str]]]:
    """Each chapter's title and what is said in it, segment by segment."""
    book = locate_book(path)
    chapters = segment(read_manuscript(book), book.config)
    return [(ch.title, [s.spoken for s in ch.segments]) for ch in chapters]


def _texts(found) -> list[str]:  # type: ignore[no-untyped-def]
    return [p.text for _, paragraphs in found.chapters for p in paragraphs]


# ---------------------------------------------------------------- free verse

POEMS = """SMALL WEATHERS



LIGHTHOUSE, 1953

Mr. Pryce kept the lamp at St. Ann's Head
for 27 years, from Jan. 1926,
and wrote in his log each night at 9 p.m.:
"Wind S.W., fresh. Visibility 4 mi. All well."

What is all well? A wick trimmed,
a lens wiped of its half-inch of salt,
the third keeper asleep, the second at cards,
the sea doing what the sea does.



THE NET-MENDER

She sits where the light comes sideways
through the shed's one pane,
a needle of bone in her fingers,
knot after knot again.



NOTE ON THE TEXT

Some of these poems first appeared, in different versions, in magazines
whose editors were kind enough to print them. The lighthouse poem is for
the keepers of St. Ann's Head, and for the families who kept the keepers.
"""

PROSE = (
    "The ferry left the harbour at a quarter past seven, and Nora was the only "
    "passenger who did not look at the water. She had seen enough of it for one life. "
    "the deckhand, a boy of perhaps nineteen, asked whether it was her first time out "
    "to the Rock, and she said no, it was her second, and the first had been in a gale "
    "so bad that the skipper had turned back at the bell buoy. He laughed at that. "
    "Then he went forward to coil the ropes, and she was alone with the engine's noise "
    "and the gulls, and the long grey line of the coast going by on the left hand."
)


def test_lowercase_free_verse_in_a_book_of_poems_keeps_its_lines() -> None:
    """Lines that open in lower case, with a sentence ending inside one ("What is all
    well? A wick trimmed,"), in a book whose lines are all short: verse, each line
    said with its pause. The book's prose note, wrapped at 72, stays one paragraph."""
    texts = [t for t in _texts(find_chapters(POEMS)) if not t.isupper()]
    assert texts[0].split(LINE_BREAK) == [
        "Mr. Pryce kept the lamp at St. Ann's Head",
        "for 27 years, from Jan. 1926,",
        "and wrote in his log each night at 9 p.m.:",
        '"Wind S.W., fresh. Visibility 4 mi. All well."',
    ]
    assert texts[1].count(LINE_BREAK) == 3
    assert texts[2].count(LINE_BREAK) == 3
    assert LINE_BREAK not in texts[3] and texts[3].startswith("Some of these poems")


def test_prose_wrapped_at_any_usual_margin_stays_prose_in_text_and_markdown() -> None:
    """Prose hard-wrapped at 60 to 78 columns, its continuation lines in lower case and
    sentences ending inside lines, is one paragraph, in plain text and in Markdown (a
    paragraph and a quotation)."""
    paragraphs = [PROSE, PROSE[:190], PROSE[120:330], PROSE[200:]]
    for width in range(60, 80, 2):
        wrapped = "\n\n".join(textwrap.fill(p, width) for p in paragraphs)
        for text in _texts(find_chapters(f"THE CROSSING\n\n\n\n{wrapped}\n")):
            assert LINE_BREAK not in text, (width, text)
        quoted = "\n".join("> " + x for x in textwrap.wrap(PROSE[:250], width - 2))
        for text in _texts(read_markdown(f"# The Crossing\n\n{wrapped}\n\n{quoted}\n")):
            assert LINE_BREAK not in text, (width, text)


MEMOIR = [
    "The kitchen was the only warm room in the house, so that was where we lived. My "
    "grandmother cooked, my grandfather read the racing pages, and I did my homework at "
    "the end of the table furthest from the stove.",
    "She kept the good china in a glass cabinet by the door. Nobody ever ate off it. Once "
    "a year, at Easter, she took every plate down, washed it, dried it and put it back.",
    "My grandfather laughed behind his paper. He said that was the whole of her "
    "philosophy, and she threw a tea towel at him, and he caught it without lowering the "
    "paper an inch.",
    '"Well," he said at last. "Well, well. Sit down, Marion. You had better read this '
    'sitting down."',
    "So I put that she was well. I put that the garden was lovely. I did not put anything "
    "about the hospital, and I signed her name at the bottom, as neatly as I could.",
]
PDF_PASTE = """MY GRANDMOTHER'S KITCHEN

The kitchen was the only warm room in the house, so
that was where we lived. My grandmother
cooked, my grandfather read the racing pages, and
I did my homework at the end of the table furthest
from the stove.

Later, when she was ill, I sat at that same
table and wrote letters for her. She
dictated them slowly, stopping to think, and
sometimes she forgot who they were for halfway
through.
"""


def test_prose_wrapped_at_a_narrow_margin_stays_prose_in_text_and_markdown() -> None:
    """A memoir wrapped at 40, 45 or 50 columns (a mail, a note app) and its lines
    pasted from a PDF are prose: no pause at "Sit" / "down", "My grandmother" /
    "cooked". A poem in the same short lines keeps its lines."""
    for width in (40, 42, 45, 48, 50):
        wrapped = "\n\n".join(textwrap.fill(p, width) for p in MEMOIR)
        for text in _texts(find_chapters(f"THE KITCHEN\n\n\n\n{wrapped}\n")):
            assert LINE_BREAK not in text, (width, text)
        for text in _texts(read_markdown(f"# The Kitchen\n\n{wrapped}\n")):
            assert LINE_BREAK not in text, (width, text)
    for text in _texts(find_chapters(PDF_PASTE)):
        assert LINE_BREAK not in text, text
    poem = POEMS.split("\n\n\n\nNOTE ON THE TEXT")[0] + "\n"
    stanzas = [t for t in _texts(find_chapters(poem)) if not t.isupper()]
    assert [t.count(LINE_BREAK) for t in stanzas] == [3, 3, 3]


def test_markdown_free_verse_without_hard_breaks_keeps_its_lines(tmp_path: Path) -> None:
    """A poem written in Markdown with no trailing spaces is still a poem: its lines
    are said apart. Its prose foreword, one line a paragraph, is read as it was."""
    poem = POEMS.split("LIGHTHOUSE, 1953\n\n")[1].split("\n\n\n\n")[0]
    path = tmp_path / "weathers.md"
    path.write_text(
        "# Small Weathers\n\n## Foreword\n\n" + PROSE + "\n\n## Lighthouse, 1953\n\n" + poem
    )
    spoken = dict(_spoken(path))
    poem = spoken["Lighthouse, 1953"]
    first = poem.index("Mister Pryce kept the lamp at Saint Ann's Head")
    assert poem[first : first + 4] == [
        "Mister Pryce kept the lamp at Saint Ann's Head",
        "for twenty-seven years, from January nineteen twenty-six,",
        "and wrote in his log each night at nine p.m.:",
        '"Wind south-west, fresh. Visibility four miles. All well."',
    ]
    assert (
        "The ferry left the harbour at a quarter past seven, and Nora was the only "
        "passenger who did not look at the water." in spoken["Foreword"]
    )


# ---------------------------------------------------------------- a Word poem


def _line(document, text: str) -> None:  # type: ignore[no-untyped-def]
    document.add_paragraph(text).paragraph_format.space_after = Pt(0)


def test_a_word_poem_typed_a_paragraph_to_a_line_keeps_its_stanzas(tmp_path: Path) -> None:
    """Each line its own paragraph, an empty paragraph between stanzas: a stanza is one
    paragraph of lines (a line's pause), a stanza's end a paragraph's pause. Dialogue
    in short paragraphs, every one a sentence, is read a paragraph each, as before, and
    so is a sub-head over one line of text."""
    document = docx.Document()
    document.add_paragraph("Salt", style="Heading 1")
    for text in ["Salt on the doorstep,", "salt on the tongue,", "salt in the bread",
                 "when the bread was young;", "", "salt for the stranger,",
                 "salt for the dead —", "", "that's what she said."]:  # fmt: skip
        _line(document, text)
    document.add_paragraph("The Ferry", style="Heading 1")
    for text in ["“Where?”", "“The harbour.”", "“When?”", "“Tonight, after the tide.”"]:
        _line(document, text)
    document.add_paragraph("Key Takeaways", style="Heading 2")
    _line(document, "Count the rent before the flour.")
    document.save(tmp_path / "salt.docx")
    found = read_docx(tmp_path / "salt.docx")
    chapters = {title: [p.text for p in paragraphs] for title, paragraphs in found.chapters}
    assert chapters["Salt"] == [
        LINE_BREAK.join(
            [
                "Salt on the doorstep,",
                "salt on the tongue,",
                "salt in the bread",
                "when the bread was young;",
            ]
        ),
        LINE_BREAK.join(["salt for the stranger,", "salt for the dead —"]),
        "that's what she said.",
    ]
    assert chapters["The Ferry"] == [
        "“Where?”", "“The harbour.”", "“When?”", "“Tonight, after the tide.”"
    ]  # fmt: skip
    assert chapters["Key Takeaways"] == ["Count the rent before the flour."]


def test_a_word_scripts_speaker_and_a_hymns_verse_number_before_a_tab(tmp_path: Path) -> None:
    """ "GWEN<tab>Round and round…" and "1<tab>The road goes on…" (verse 2 after it)
    are said "GWEN." and "one." apart from the words; a form's "Name:<tab>" and
    "TOTAL<tab>$45" are left as they are."""
    document = docx.Document()
    document.add_paragraph("Scene One", style="Heading 1")
    for text in ["GWEN\tRound and round, the light goes round.",
                 "VOICE OF THE SEA\t(off) I know.", "1\tThe road goes on beyond the hill.",
                 "2\tAnd on beyond the sea.", "Name:\tJohn Smith", "TOTAL\t$45"]:  # fmt: skip
        document.add_paragraph(text)
    document.save(tmp_path / "keeper.docx")
    (_, spoken), *_ = _spoken(tmp_path / "keeper.docx")
    assert spoken[2:-1] == [
        "GWEN.", "Round and round, the light goes round.",
        "VOICE OF THE SEA.", "(off)", "I know.",
        "one. The road goes on beyond the hill.", "two. And on beyond the sea.",
        "Name: John Smith", "TOTAL forty-five dollars",
    ]  # fmt: skip


def test_a_recipes_amounts_a_diarys_dates_and_a_memos_fields_before_a_tab(
    tmp_path: Path,
) -> None:
    """ "2<tab>large eggs, beaten", "12<tab>March, arrived late", a lone "3<tab>Eggs"
    and a memo's "TO<tab>All retired staff" are read as typed, with no stop after the
    label; the sentence under the memo stays a paragraph of its own."""
    document = docx.Document()
    document.add_paragraph("Welsh Cakes", style="Heading 1")
    for text in ["Nan never weighed anything, so these are my best guess.", "",
                 "2\tlarge eggs, beaten", "8\tounces of self-raising flour", "",
                 "12\tMarch, arrived late, hotel cold", "13\tMarch, the Forum in the rain",
                 "", "3\tEggs, beaten", "", "The memo was pinned to the fridge for years.",
                 "", "TO\tAll retired staff", "FROM\tThe Pensions Office",
                 "RE\tYour annual statement",
                 "She had underlined the word annual twice."]:  # fmt: skip
        _line(document, text)
    document.save(tmp_path / "nan.docx")
    (_, spoken), *_ = _spoken(tmp_path / "nan.docx")
    said = " | ".join(spoken)
    assert "two large eggs, beaten" in said and "eight ounces of self-raising" in said
    assert "the twelfth of March, arrived late" in said and "three Eggs, beaten" in said
    assert "TO All retired staff" in said and "RE Your annual statement" in said
    assert "." not in said.split("large eggs")[0].split("|")[-1]
    assert "She had underlined the word annual twice." in spoken
    texts = [p.text for _, ps in read_docx(tmp_path / "nan.docx").chapters for p in ps]
    assert "She had underlined the word annual twice." in texts


def test_a_word_diarys_typed_scene_breaks_and_the_sentence_after_an_address(
    tmp_path: Path,
) -> None:
    """A diary of short lower-case lines, a paragraph each, keeps its typed "* * *" and
    "#" as scene breaks: the lines before and after are never one stanza. An address
    under its sentence is lines of one paragraph; the sentence after it stays a
    paragraph, not the address's last line. A poem's last line stays in its stanza."""
    document = docx.Document()
    document.add_paragraph("March", style="Heading 1")
    for text in ["Monday", "rain all morning, then sun", "walked to the farm with Bess",
                 "no letter from Jack", "* * *", "Tuesday", "wind from the east",
                 "the lambs are early this year", "still no letter", "#", "Wednesday",
                 "Bess lame again, called the vet", "he says rest her a week"]:  # fmt: skip
        _line(document, text)
    document.add_paragraph("The Letter", style="Heading 1")
    for text in ["Underneath that was her old address:", "Mrs. D. Parry", "14 Chapel Row",
                 "Llanfair", "Gwynedd", "It had been crossed out twice."]:  # fmt: skip
        _line(document, text)
    document.add_paragraph("Salt", style="Heading 1")
    for text in ["Salt on the doorstep,", "Salt on the tongue,", "Salt in the bread",
                 "When the bread was young."]:  # fmt: skip
        _line(document, text)
    document.save(tmp_path / "diary.docx")
    found = read_docx(tmp_path / "diary.docx")
    chapters = {title: paragraphs for title, paragraphs in found.chapters}
    diary = chapters["March"]
    assert [p.text.split(LINE_BREAK)[0] for p in diary] == ["Monday", "Tuesday", "Wednesday"]
    assert [p.scene_break_before for p in diary] == [False, True, True]
    assert diary[0].text.endswith("no letter from Jack")
    letter = [p.text for p in chapters["The Letter"]]
    assert letter[-1] == "It had been crossed out twice."
    assert letter[-2].endswith(LINE_BREAK.join(["14 Chapel Row", "Llanfair", "Gwynedd"]))
    assert [p.text for p in chapters["Salt"]][-1].endswith(
        LINE_BREAK.join(["Salt in the bread", "When the bread was young."])
    )


# ---------------------------------------------------------------- sections and songs

BALLADS = """BORDER BALLADS



CONTENTS

THE TWA CORBIES ............ 1
THE BONNY MILL-DAM ......... 4



THE TWA CORBIES

As I was walking all alane,
I heard twa corbies making a mane;



THE BONNY MILL-DAM

O the mill-dam o' Binnorie,
    Binnorie, O Binnorie!



GLOSSARY

Ae, one.
Corbies, ravens.
Mane, moan.
"""


def test_a_glossary_after_the_last_ballad_is_its_own_chapter() -> None:
    found = find_chapters(BALLADS)
    assert [t for t, _ in found.chapters] == ["THE TWA CORBIES", "THE BONNY MILL-DAM",
                                             "GLOSSARY"]  # fmt: skip
    assert found.chapters[1][1][-1].text.endswith("Binnorie, O Binnorie!")
    glossary = find_chapters("ROOTS\n\n\n\nGlossary entries are listed below.\n\nAe, one.\n")
    assert [t for t, _ in glossary.chapters] == [None]


KIDS_NONFICTION = """CHAPTER 1
LIFE IN THE ROCK POOL

When the tide goes out, it leaves pools of water behind among the rocks.

Glossary

anemone: a soft sea animal that catches food with its tentacles
limpet: a snail with a shell shaped like a little hat

CHAPTER 2
THE SANDY SHORE

Further down the beach, the rocks give way to sand.

Glossary

coil: a shape that goes round and round

CHAPTER 3
THE STRANDLINE

The strandline is the line of seaweed that the highest tide leaves behind.
"""


def test_a_glossary_box_in_each_chapter_is_no_chapter() -> None:
    """A children's book's "Glossary" at each chapter's end, a numbered chapter after
    it, is read in its chapter; one after the last chapter still heads its own."""
    found = find_chapters(KIDS_NONFICTION)
    assert [t for t, _ in found.chapters] == [
        "CHAPTER 1. LIFE IN THE ROCK POOL", "CHAPTER 2. THE SANDY SHORE",
        "CHAPTER 3. THE STRANDLINE",
    ]  # fmt: skip
    assert "Glossary" in [p.text for p in found.chapters[0][1]]
    at_end = find_chapters(
        KIDS_NONFICTION.split("Glossary\n\ncoil")[0].replace(
            "Glossary\n\nanemone", "Words to know\n\nanemone"
        )
        + "Glossary\n\ncoil: a shape.\n"
    )
    assert [t for t, _ in at_end.chapters][-1] == "Glossary"


ANTIGONE = """ANTIGONE

by Sophocles



CHARACTERS

ANTIGONE, daughter of Oedipus
CHORUS of Theban Elders



PROLOGOS

(Before the palace at Thebes. Dawn.)

ANTIGONE
Ismene, sister, daughter of one womb,
do you know any evil Zeus has spared us?



PARODOS

CHORUS

Beam of the sun, fairest light
that ever dawned on Thebes of the seven gates,



FIRST EPISODE

CREON
Men of Thebes, the gods have set the city straight.



FIRST STASIMON

Many the wonders, but nothing walks stranger than man.



EXODOS

LEADER
Wisdom is the chief part of happiness.
"""


def test_a_greek_plays_sections_are_its_chapters() -> None:
    """PROLOGOS, PARODOS, FIRST EPISODE, FIRST STASIMON and EXODOS head chapters; the
    speaker alone under PARODOS ("CHORUS") is who sings, not the section's title. "First
    episode of the series aired in May." is a sentence."""
    found = find_chapters(ANTIGONE)
    chapters = {title: [p.text for p in paragraphs] for title, paragraphs in found.chapters}
    assert list(chapters)[-5:] == [
        "PROLOGOS", "PARODOS", "FIRST EPISODE", "FIRST STASIMON", "EXODOS"
    ]  # fmt: skip
    assert chapters["PARODOS"][0] == "CHORUS"
    sentence = find_chapters("TV\n\n\n\nFirst episode of the series aired in May.\n\nIt ran.\n")
    assert [t for t, _ in sentence.chapters] == [None]


LYRICS = r"""# Paper Lanterns

*Maya Deluca*

## Side A

### 1. Paper Lanterns

**Verse 1**\
We lit them on the Fourth of July,\
paper lanterns in a paper sky.

**Chorus**\
Let 'em go, let 'em go,\
one for you and one for me.

### 2. Saint Christopher

Saint Christopher on the dashboard,\
swinging on a chain.
"""


def test_a_lyric_books_songs_under_a_side_are_its_chapters() -> None:
    """ "### 1. Paper Lanterns" under "## Side A", which holds nothing but songs, opens
    a chapter, as each song does. A chapter's `###` sections of prose stay in it."""
    found = read_markdown(LYRICS)
    titles = [t for t, _ in found.chapters]
    assert titles[-2:] == ["Side A. 1. Paper Lanterns", "2. Saint Christopher"]
    prose = read_markdown(
        "# Bread\n\n## Chapter 1\n\n### Flour\n\nFlour is cheap.\nThe rent is not.\n\n"
        "### Water\n\nWater is cheaper still.\n\n## Chapter 2\n\nBake.\n"
    )
    assert [t for t, _ in prose.chapters] == ["Chapter 1", "Chapter 2"]


# ---------------------------------------------------------------- chords

SONG = """G                C           G
Ferryman, ferryman, take me across,
Em              C          D
I've got a coin and I've counted the cost.

Am  F  C  G7
Row, row, row, and I can't hear the shore.
"""


def test_chord_lines_over_a_songs_words_are_left_out_and_listed() -> None:
    found = find_chapters(SONG)
    assert _texts(found) == [
        LINE_BREAK.join(
            ["Ferryman, ferryman, take me across,", "I've got a coin and I've counted the cost."]
        ),
        "Row, row, row, and I can't hear the shore.",
    ]
    (chords,) = [o for o in found.omitted if "chord" in o.what]
    assert chords.what == "3 chord lines" and chords.text == "G C G / Em C D / Am F C G7"


ALPHABET_BOOK = """Mother Bear wrote seven big letters at the top, far apart:

A    B    C    D    E    F    G

Little Bear said them backwards, just to be clever.

G    F    E    D    C    B    A

He sang the song he had learned at school:

A B C D E F G
H I J K L M N O P

Say the names of the notes out loud as you play them:

C D E F G A B C

The C major chord is made of the first, third and fifth notes, which are:

C   E   G

This order of four chords is in hundreds of pop songs:

C  G  Am  F
"""


def test_letters_and_notes_of_a_childrens_book_or_a_lesson_are_read() -> None:
    """Spaced letters on their own line ("A    B    C"), the alphabet song's first
    line, a lesson's scale, chord notes and progression: read, never chord lines; a
    chord line counts only right over a song's words, in a song where chords and words
    take turns."""
    found = find_chapters(ALPHABET_BOOK)
    said = " | ".join(_texts(found))
    for line in ("A B C D E F G", "G F E D C B A", "C D E F G A B C", "C E G", "C G Am F"):
        assert line in said
    assert not [o for o in found.omitted if "chord" in o.what]
    songbook = find_chapters(ALPHABET_BOOK + "\n" + SONG)
    (chords,) = [o for o in songbook.omitted if "chord" in o.what]
    assert chords.text == "G C G / Em C D / Am F C G7"
    assert "C G Am F" in " | ".join(_texts(songbook))


def test_letters_and_initials_that_are_no_chords_are_read() -> None:
    """ "A B C" over a child's rhyme, in a text with no chord line, and "C. G. Jung"."""
    found = find_chapters("A B C\nEasy as one two three.\n\nC. G. Jung\nMemories, Dreams.\n")
    assert "A B C" in _texts(found)[0] and "C. G. Jung" in _texts(found)[1]
    assert not [o for o in found.omitted if "chord" in o.what]
