"""Lines the author ended, and headings, where readers used to miss them: a Word poetry
collection whose poem titles are typed in bold or centred, with no heading styles and
no page breaks; couplets in a plain-text book of verse; a songbook's chord lines in
Markdown and Word; and a plain-text novel's "1. Wake", "2. The Road" chapters set off
by one blank line. Each beside the near-miss that must still be read as before. The
books are made up."""

from __future__ import annotations

from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK

from audiobook.models import LINE_BREAK
from audiobook.text.readers.docx import read_docx
from audiobook.text.readers.markdown import read_markdown
from audiobook.text.readers.plaintext import find_chapters


def _texts(found) -> list[str]:  # type: ignore[no-untyped-def]
    return [p.text for _, paragraphs in found.chapters for p in paragraphs]


def _titles(found) -> list[str | None]:  # type: ignore[no-untyped-def]
    return [title for title, _ in found.chapters]


def _chords(found) -> list[str]:  # type: ignore[no-untyped-def]
    return [o.text for o in found.omitted if "chord" in o.what]


# ---------------------------------------------------------------- a Word poetry collection

POEMS = [
    ("The Ferry", [
        ["The ferry leaves at six and six again,", "it carries salt and sorrow and the rain,",
         "and every gull that follows it is grey"],
        ["We watched it from the harbour wall all day", "and counted what the water took away."],
    ]),
    ("Winter Orchard", [
        ["The apple trees are bare along the hill,", "the frost has found the latch upon the sill,",
         "a dog is barking somewhere at the moon"],
        ["and somewhere someone sings an older tune."],
    ]),
    ("Lanterns", [
        ["Light them when the evening falls,", "hang them on the harbour walls,",
         "let the fishers coming home", "see them shining through the foam."],
    ]),
]  # fmt: skip


def _collection(
    path: Path, *, bold: bool = True, centred: bool = True, shift_enter: bool = False,
    page_ends_poem: bool = False,
) -> Path:
    """A poetry collection as a poet types one in Word: a centred title and byline, each
    poem's title in bold and/or centred (no heading style), its lines a paragraph each
    (or a stanza a paragraph, Shift+Enter between lines), an empty paragraph between
    stanzas, and empty paragraphs (or Ctrl+Enter after the last line) between poems."""
    document = docx.Document()
    title = document.add_paragraph()
    title.add_run("Salt and Cinder").bold = True
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    document.add_paragraph("by Maren Holloway").alignment = WD_ALIGN_PARAGRAPH.CENTER
    for name, stanzas in POEMS:
        if page_ends_poem:
            document.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)
        else:
            document.add_paragraph("")
            document.add_paragraph("")
        heading = document.add_paragraph()
        heading.add_run(name).bold = bold
        if centred:
            heading.alignment = WD_ALIGN_PARAGRAPH.CENTER
        for stanza in stanzas:
            if shift_enter:
                paragraph = document.add_paragraph()
                for number, line in enumerate(stanza):
                    run = paragraph.add_run(line)
                    if number < len(stanza) - 1:
                        run.add_break()
                continue
            document.add_paragraph("")
            for line in stanza:
                document.add_paragraph(line)
    document.save(str(path))
    return path


def _read_as_poems(found) -> None:  # type: ignore[no-untyped-def]
    assert _titles(found) == ["The Ferry", "Winter Orchard", "Lanterns"]
    said = [[p.text for p in paragraphs] for _, paragraphs in found.chapters]
    assert said == [[LINE_BREAK.join(stanza) for stanza in stanzas] for _, stanzas in POEMS]
    assert found.title == "Salt and Cinder"


def test_word_poem_titles_typed_in_bold_or_centred_head_their_poems(tmp_path: Path) -> None:
    """No page breaks, no heading styles: a short line in bold or centred right over a
    poem is its title, and the poem's lines are kept a stanza to a paragraph."""
    for bold, centred in ((True, True), (True, False), (False, True)):
        _read_as_poems(read_docx(_collection(tmp_path / "p.docx", bold=bold, centred=centred)))


def test_word_poems_typed_with_shift_enter_keep_their_lines(tmp_path: Path) -> None:
    """A stanza a paragraph, Shift+Enter between its lines (the author's line breaks),
    was joined as prose by the plain-text rules when no title was found."""
    _read_as_poems(read_docx(_collection(tmp_path / "p.docx", shift_enter=True)))


def test_a_word_poems_last_line_before_ctrl_enter_stays_in_its_stanza(tmp_path: Path) -> None:
    """Ctrl+Enter typed after a poem's last words puts the page break in that line's
    paragraph: it still ends the stanza, it does not start a paragraph of its own."""
    _read_as_poems(read_docx(_collection(tmp_path / "p.docx", page_ends_poem=True)))


def _prose_with_bold_lines(path: Path, *, poem: bool) -> Path:
    """A story typed with bold scene labels (no page breaks) over prose, or a novel whose
    chapters start pages in bold, with a bold title over a song inside one chapter."""
    document = docx.Document()
    document.add_paragraph("A story for Ida, who asked for one.")
    for number, label in enumerate(["Monday", "Tuesday", "Wednesday"], 1):
        heading = document.add_paragraph()
        heading.add_run(label if not poem else f"The Crossing Part {number}").bold = True
        if poem:
            heading.paragraph_format.page_break_before = True
        document.add_paragraph(
            "The boat left before light, and by noon the island was gone behind them."
        )
        document.add_paragraph("Nobody spoke until the gulls came back.")
        if poem and number > 1:  # a song in each of two chapters, under its title
            song = "The Boatman's Song" if number == 2 else "The Net-Mender's Song"
            document.add_paragraph().add_run(song).bold = True
            for line in POEMS[2][1][0]:
                document.add_paragraph(line)
            document.add_paragraph("He sang it twice, and then he slept.")
    document.save(str(path))
    return path


def test_bold_lines_over_prose_or_over_a_song_in_a_chapter_are_no_poem_titles(
    tmp_path: Path,
) -> None:
    prose = read_docx(_prose_with_bold_lines(tmp_path / "story.docx", poem=False))
    assert _titles(prose) == [None]
    assert _texts(prose)[1:3] == [
        "Monday",
        "The boat left before light, and by noon the island was gone behind them.",
    ]
    novel = read_docx(_prose_with_bold_lines(tmp_path / "novel.docx", poem=True))
    assert _titles(novel)[-3:] == [f"The Crossing Part {n}" for n in (1, 2, 3)]
    assert "The Boatman's Song" in [p.text for p in novel.chapters[-2][1]]
    assert "The Net-Mender's Song" in [p.text for p in novel.chapters[-1][1]]


def test_bold_labels_over_short_lists_are_no_poem_titles(tmp_path: Path) -> None:
    """A list typed a paragraph to an item ("Eggs" / "Flour") is no poem."""
    document = docx.Document()
    document.add_paragraph("We packed the night before, as my mother always did.")
    for label, things in (("Basket", ["Eggs", "Flour", "Milk"]), ("Bag", ["Rope", "Map", "Torch"])):
        document.add_paragraph("")
        document.add_paragraph().add_run(label).bold = True
        for thing in things:
            document.add_paragraph(thing)
    document.save(str(tmp_path / "list.docx"))
    found = read_docx(tmp_path / "list.docx")
    assert _titles(found) == [None]
    assert "Basket" in _texts(found) and "Torch" in _texts(found)


# ---------------------------------------------------------------- couplets in plain text

COUPLETS = """SALT AND CINDER
Poems

by Maren Holloway



THE FERRY

The ferry leaves at six and six again,
It carries salt and sorrow and the rain.

We watched it from the harbour wall all day,
And counted every gull that turned away.

My father said the water keeps its own,
And what it keeps it never will disown.



WINTER ORCHARD

The apple trees are bare along the hill,
The frost has found the latch upon the sill.

Somewhere a dog is barking at the moon,
And somewhere someone sings an older tune.
"""


def test_couplets_in_a_book_of_couplets_keep_their_lines() -> None:
    said = _texts(find_chapters(COUPLETS))
    for first, second in (
        ("We watched it from the harbour wall all day,",
         "And counted every gull that turned away."),
        ("The apple trees are bare along the hill,",
         "The frost has found the latch upon the sill."),
        ("Somewhere a dog is barking at the moon,", "And somewhere someone sings an older tune."),
    ):  # fmt: skip
        assert f"{first}{LINE_BREAK}{second}" in said


QUATRAINS_AND_A_COUPLET = """THE TIDE CLOCK

I set the clock beside the harbour door
To keep the hours the water keeps, and more:
It counts the herring and the turning sand,
It counts the rings on every sailor's hand.

It stopped the winter that my brother drowned,
And never since has made a ticking sound;
I wind it still, as if the key could find
The hour the sea has taken from my mind.

So let it stand beside the harbour door and let the water fall,
The clock keeps time for no one now at all.

These poems were written over ten years on the coast of
Donegal, where the ferry still runs twice a day in summer.
"""


def test_a_closing_couplet_in_a_book_of_verse_keeps_its_lines() -> None:
    """The verse rule wants four lines; a couplet after quatrains is verse too, while
    two lines of prose cut at the margin ("…on the coast of" / "Donegal, …") stay
    prose even in a book of verse."""
    said = _texts(find_chapters(QUATRAINS_AND_A_COUPLET))
    assert (
        f"So let it stand beside the harbour door and let the water fall,{LINE_BREAK}"
        "The clock keeps time for no one now at all."
    ) in said
    assert (
        "These poems were written over ten years on the coast of Donegal, where the ferry "
        "still runs twice a day in summer."
    ) in said


STORY_OF_EXCHANGES = """THE LAST FERRY

"You will miss the boat if you stand there," said the old man.
"Then I will miss it," said Anna, and did not move an inch.

"There is no other boat until Thursday, and no room at the inn."
"Then I will sleep on the wall," she said, and sat down.

"Your mother will have my head for this, you know, my girl."
"My mother sent me," said Anna, and he had no answer to that.

Mrs. Ellen Drake
14 Harbour Street

It was late when the last lamp went out along the harbour wall, and
nobody came down the steps to fetch her.
"""


def test_two_line_prose_paragraphs_are_no_couplets() -> None:
    """A dialogue's exchanges (each line a sentence of its own), an address and a
    wrapped short paragraph: no book of couplets, read as before."""
    said = _texts(find_chapters(STORY_OF_EXCHANGES))
    assert (
        '"You will miss the boat if you stand there," said the old man. '
        '"Then I will miss it," said Anna, and did not move an inch.'
    ) in said
    assert (
        "It was late when the last lamp went out along the harbour wall, and nobody came "
        "down the steps to fetch her."
    ) in said


# ---------------------------------------------------------------- chords in Markdown and Word

SONG_MD = """# Harbour Songs

## The Ferryman

G                C           G
Ferryman, ferryman, take me across,
Em              C          D
I've got a coin and I've counted the cost.

Am  F  C  G7
Row, row, row, and I can't hear the shore.
"""

FERRYMAN = [
    f"Ferryman, ferryman, take me across,{LINE_BREAK}I've got a coin and I've counted the cost.",
    "Row, row, row, and I can't hear the shore.",
]


def test_markdown_chord_lines_are_left_out_as_in_plain_text() -> None:
    found = read_markdown(SONG_MD)
    assert _texts(found) == FERRYMAN
    assert _chords(found) == ["G C G / Em C D / Am F C G7"]


def test_a_song_in_a_markdown_fence_is_read_without_its_chords() -> None:
    """Fenced to keep its chords over their words: a song, not code to skip."""
    fenced = SONG_MD.replace("## The Ferryman\n\n", "## The Ferryman\n\n```\n") + "```\n"
    found = read_markdown(fenced)
    assert _texts(found) == FERRYMAN
    assert _chords(found) == ["G C G / Em C D / Am F C G7"]
    assert not found.blocks  # no code block


def test_a_songs_closing_chord_is_left_out_but_a_lone_letter_it_never_plays_is_read() -> None:
    """A stanza that ends on its chord ("G" alone under the last line) in a marked fence;
    an "A" under a line of the same song, which never plays an A, is a word."""
    fenced = SONG_MD.replace("## The Ferryman\n\n", "## The Ferryman\n\n```chords\n")
    found = read_markdown(fenced + "G\n```\n")
    assert _texts(found) == FERRYMAN
    assert _chords(found) == ["G C G / Em C D / Am F C G7 / G"]
    found = read_markdown(fenced + "A\n```\n")
    assert _texts(found)[-1] == f"Row, row, row, and I can't hear the shore.{LINE_BREAK}A"


def test_a_chords_fence_whose_chorus_is_in_capitals_still_loses_its_chords() -> None:
    """"HEY HO" in capitals breaks chords-and-words taking turns; the fence says chords."""
    found = read_markdown(
        "# Songs\n\n## The Last Song\n\n```chords\nE   A   E\nHEY HO, HEY HO\nB7   E\n"
        "home we go\n```\n\nAnd so to bed.\n"
    )
    assert _texts(found) == [f"HEY HO, HEY HO{LINE_BREAK}home we go", "And so to bed."]
    assert _chords(found) == ["E A E / B7 E"]
    plain = read_markdown("# Songs\n\n## Counting\n\n```\nE   A   E\nHEY HO, HEY HO\n```\n")
    assert not _chords(plain)  # a bare fence: a table as often as a song, left as it was


def test_a_fence_marked_lyrics_is_read_as_the_songs_lines() -> None:
    """"```lyrics" with no chords holds a song's words, not code to skip."""
    found = read_markdown(
        "# Road Songs\n\n## The Drover\n\nWe sang it by the fire.\n\n```lyrics\n"
        "Over the hill and down to the ford,\nDrive them on slow,\n\nSleep by the river,\n"
        "Drive them on home.\n```\n"
    )
    assert _texts(found) == [
        "We sang it by the fire.",
        f"Over the hill and down to the ford,{LINE_BREAK}Drive them on slow,",
        f"Sleep by the river,{LINE_BREAK}Drive them on home.",
    ]
    assert not found.blocks  # no code block


def test_chordpro_in_a_song_fence_loses_its_bracketed_chords_and_directives() -> None:
    found = read_markdown(
        "# Campfire Book\n\n## Ferry Song\n\nHow we sang it.\n\n```chordpro\n"
        "{title: The Ferry}\n[G]Row me over, [C]ferryman,\n[D]Row me to the [G]shore.\n```\n"
    )
    assert _texts(found) == [
        "How we sang it.", f"Row me over, ferryman,{LINE_BREAK}Row me to the shore."
    ]
    assert _chords(found) == ["G C / D G"]
    (markup,) = [o for o in found.omitted if "directive" in o.what]
    assert markup.text == "{title: The Ferry}"


LESSON_MD = """# Playing by Ear

This order of four chords is in hundreds of pop songs:

C  G  Am  F

```python
A   B   C
print("a b c")
D   E   F
print("d e f")
```

A    B    C
Easy as one two three.
"""


def test_markdown_letters_a_lesson_and_code_are_no_chords() -> None:
    """A lesson's progression under its sentence, a rhyme's "A    B    C" in a text with
    no song, and lines in a fence that names a language are never chord lines."""
    found = read_markdown(LESSON_MD)
    assert not _chords(found)
    said = " | ".join(_texts(found))
    assert "C G Am F" in said and "A B C" in said
    assert [kind for kind, _ in found.blocks.values()] == ["code"]


def _songbook(path: Path, rows: list[str], *, styled: bool = True) -> Path:
    """A song typed in Word a line to a paragraph, each chord line over its words;
    an empty string is an empty paragraph between verses."""
    document = docx.Document()
    if styled:
        document.add_heading("The Ferryman", level=1)
    for row in rows:
        document.add_paragraph(row)
    document.save(str(path))
    return path


VERSE_ROWS = [
    "G                C           G", "Ferryman, ferryman, take me across,",
    "Em              C          D", "I've got a coin and I've counted the cost,",
    "C               G", "the river is wide and the water is cold,",
    "Am              D", "and I have been rowing since I was old.",
    "",
    "Am  F  C  G7", "Row, row, row, and I can't hear the shore.",
]  # fmt: skip


def test_word_chord_lines_are_left_out_and_the_verse_kept_whole(tmp_path: Path) -> None:
    """Chord paragraphs left out; the words under them are the song's stanza, with its
    lines, though chord lines stood between them."""
    found = read_docx(_songbook(tmp_path / "song.docx", VERSE_ROWS))
    assert _texts(found) == [
        LINE_BREAK.join(VERSE_ROWS[1:8:2]),
        "Row, row, row, and I can't hear the shore.",
    ]
    assert _chords(found) == ["G C G / Em C D / C G / Am D / Am F C G7"]
    unstyled = read_docx(_songbook(tmp_path / "plain.docx", VERSE_ROWS, styled=False))
    assert _chords(unstyled) == _chords(found)
    assert not any(text in ("G C G", "Am F C G7") for text in _texts(unstyled))


def test_word_chords_typed_with_shift_enter_or_tabs_are_left_out(tmp_path: Path) -> None:
    """Tabs between chords set them apart, but a tab alone shows no song (a child
    spaces letters with it): a chord's name with more than its letter ("D7") does."""
    document = docx.Document()
    document.add_heading("Lantern Light", level=1)
    paragraph = document.add_paragraph()
    for chords, words in (("D\tG\tD7", "Hang the lantern by the door,"),
                          ("A\tD", "nobody's coming home no more.")):  # fmt: skip
        paragraph.add_run(chords).add_break()
        paragraph.add_run(words).add_break()
    document.save(str(tmp_path / "song.docx"))
    found = read_docx(tmp_path / "song.docx")
    assert _texts(found) == [
        f"Hang the lantern by the door,{LINE_BREAK}nobody's coming home no more."
    ]
    assert _chords(found) == ["D G D7 / A D"]


def test_word_letters_and_a_lessons_chords_are_read(tmp_path: Path) -> None:
    rows = [
        "Mother Bear wrote seven big letters at the top, far apart:",
        "A    B    C    D    E    F    G",
        "Little Bear said them backwards, just to be clever.",
        "This order of four chords is in hundreds of pop songs:",
        "C  G  Am  F",
        "A    B    C",
        "easy as one two three.",
    ]
    found = read_docx(_songbook(tmp_path / "letters.docx", rows))
    assert not _chords(found)
    said = " ".join(" ".join(_texts(found)).replace(LINE_BREAK, " ").split())
    assert said == " ".join(" ".join(rows).split())


# ---------------------------------------------------------------- numbered chapters

NUMBERED = """THE LONG WALK HOME

A Novel

by Tessa Varga

1. Wake

The light came in sideways through the broken blind, and Ida lay still and
listened to the house. Somewhere below, a kettle was starting to sing, and a
door opened and closed, and someone put a cup down harder than they meant to.

She had not slept in her own bed for eleven years. The mattress still dipped on
the side by the window, where she used to kneel to watch the lorries come down
the hill in the dark, their lights swinging across the ceiling like the beams
of a lighthouse, and she found that her body remembered the dip before she did.

Her mother's voice came up the stairs, asking if she wanted toast. Ida said
yes, though she did not, because saying no would start a conversation, and she
was not ready for a conversation. She looked at the wallpaper, at the faded
roses and the place where a poster had torn the paper when it came down, and
she thought about the road, and about how far it was to the sea.

When she went down at last the kitchen was empty, the toast was cold on its
plate, and the back door stood open onto the yard and the wet grey morning.

2. The Road

The road out of town ran past the mill and the churchyard and the long
field where the horses used to be. Ida walked it with her coat buttoned to the
chin and her hands deep in her pockets, and nobody she passed looked twice.

At the bakery on the corner the smell of bread stopped her, and for a moment
she was nine again, standing on a chair in her mother's kitchen.

To make the bread her mother had always made, she remembered, you did this:

1. Preheat the oven to two hundred degrees.

2. Mix the flour and the salt in a bowl.

3. Knead for ten minutes.

She had never once made it right. Her loaves came out flat and pale, and her
mother's came out high and brown and cracked across the top like a field in a
dry summer, and neither of them had ever been able to say what the difference
was. It was the hands, her grandmother had said. Some hands were warm enough.

She bought a roll she did not want and ate it walking, and the road went on
past the last houses and the garage and out between the hedges toward the hill.

3. Harbour

By evening she could smell the sea.
"""


def test_numbered_chapters_under_a_title_page_are_found() -> None:
    """"1. Wake", "2. The Road" set off by one blank line, under a title page, each
    over a chapter's text; the recipe's steps in chapter two, numbered from one again,
    are read in it."""
    found = find_chapters(NUMBERED)
    assert _titles(found) == ["1. Wake", "2. The Road", "3. Harbour"]
    assert found.title == "The Long Walk Home"
    road = [p.text for p in found.chapters[1][1]]
    assert "1. Preheat the oven to two hundred degrees." in road
    assert "3. Knead for ten minutes." in road


STEPS = """SUNDAY BREAD

My grandmother's bread was never written down. This is as close as I can get.

1. Preheat the oven to two hundred degrees.

2. Mix the flour and the salt in a large bowl, then add the water slowly.

3. Knead the dough for ten minutes, until it springs back when pressed.

Eat it warm, with butter, and think of her.
"""

INVENTORY = """THE INVENTORY

When my aunt died she left a list on the kitchen table, written in her careful
hand on the back of a gas bill, and nobody in the family could agree on what it
meant. My mother said it was a shopping list. My uncle said it was a will. I
read it every night for a week before I understood it was neither.

1. The Blue Jug

It had stood on the dresser since before I was born, and it held nothing but
string and two keys that opened nothing we could find.

2. The Garden Gate

She had painted it green every spring, and every spring the paint had peeled.
"""


def test_a_numbered_list_in_the_text_is_no_chapters() -> None:
    """Steps that are sentences, and a list in title case after the story's opening,
    are read where they stand."""
    for text, line in ((STEPS, "2. Mix the flour"), (INVENTORY, "2. The Garden Gate")):
        found = find_chapters(text)
        assert _titles(found) == [None]
        assert any(p.startswith(line) for p in _texts(found))


# ---------------------------------------------------------------- near-misses from review


def _plain_docx(path: Path, rows: list[tuple[str, str]]) -> Path:
    """A Word file with no heading styles, a paragraph a row: ("b", text) in bold, ("c",
    text) centred, ("bc", text) both, ("", text) plain, ("pb", text) plain and ended by
    Ctrl+Enter, ("", "") an empty paragraph."""
    document = docx.Document()
    for how, text in rows:
        paragraph = document.add_paragraph()
        run = paragraph.add_run(text)
        run.bold = "b" in how
        if "c" in how:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if "p" in how:
            run.add_break(WD_BREAK.PAGE)
    document.save(str(path))
    return path


def _words(found) -> list[str]:  # type: ignore[no-untyped-def]
    """Every word the book says, titles included, in order."""
    said = [w for title, paragraphs in found.chapters
            for text in [title or "", *(p.text for p in paragraphs)]
            for w in text.replace(LINE_BREAK, " ").split()]  # fmt: skip
    return said


SHORE_POEMS = [
    ("Slack Water", ["The bay lets go of everything it held,",
                     "the dinghies kneel along the mud,",
                     "and herons stand where the current was",
                     "as if the tide had left them there on guard"]),
    ("Crossing", ["Four bulbs strung above the deck,", "a dog asleep beside a crate,",
                  "the diesel muttering its one long word", "from pier to pier and back"]),
    ("Net Loft", ["Her hands among the twine at dusk,", "the floats heaped at her feet,",
                  "each knot a small refusal", "of the weather coming in"]),
]  # fmt: skip


def _shore(path: Path, *, first_titled: bool = True) -> Path:
    rows = [("bc", "Shore Lines"), ("c", "by Orla Vance")]
    for number, (name, lines) in enumerate(SHORE_POEMS):
        if number or first_titled:
            rows.append(("b", name))
        rows += [("", line) for line in lines] + [("", "")]
    return _plain_docx(path, rows)


def test_a_word_book_of_poems_keeps_its_first_poem(tmp_path: Path) -> None:
    """Bold poem titles, no page breaks, the first poem with a line ending on "was":
    the title page is the title and the byline, never the first poem; untitled, the
    first poem is read too."""
    found = read_docx(_shore(tmp_path / "shore.docx"))
    assert _titles(found)[-3:] == ["Slack Water", "Crossing", "Net Loft"]
    assert found.title == "Shore Lines" and found.author == "Orla Vance"
    assert LINE_BREAK.join(SHORE_POEMS[0][1]) in _texts(found)
    untitled = read_docx(_shore(tmp_path / "untitled.docx", first_titled=False))
    assert untitled.title == "Shore Lines" and untitled.author == "Orla Vance"
    said = " ".join(_words(untitled))
    for _, lines in SHORE_POEMS:
        assert " ".join(lines) in said


def test_word_letters_under_bold_headings_keep_the_title_page(tmp_path: Path) -> None:
    """A memoir's bold headings over letters copied line by line, with prose between:
    the centred title and byline stay the title page, never read as text."""
    rows = [
        ("bc", "Notes from the Quarry"), ("c", "by Agnes Pryor"),
        ("", "My grandfather wrote home every Sunday from the quarry, and my grandmother "
             "kept the letters in a shoebox. I have set some of them down here as he set "
             "them down, a line at a time."),
        ("b", "Bethesda in the Rain"),
        ("", "My dear Nell, the slate is wet and slow"), ("", "And the men sing on the way up"),
        ("", "But the foreman says there will be work"), ("", "And I will be home for the fair"),
        ("", "He was nineteen, and he had never been away from the farm before."),
        ("b", "The Dry Month"),
        ("", "Nell, the pumps are quiet and the dust is up"),
        ("", "So I am helping Evans with his hay"),
        ("", "His wife feeds me and asks after you"), ("", "And after the little one"),
        ("", "He came home at the end of August and did not go back."),
    ]  # fmt: skip
    found = read_docx(_plain_docx(tmp_path / "quarry.docx", rows))
    assert found.title == "Notes from the Quarry" and found.author == "Agnes Pryor"
    assert "by Agnes Pryor" not in _texts(found)
    assert "He came home at the end of August and did not go back." in _texts(found)


def test_a_reports_bold_labels_over_lists_are_no_chapters(tmp_path: Path) -> None:
    """Bold labels over lists typed a line to a paragraph, with prose after each: a
    report, not poems."""
    rows = [
        ("bc", "Canal Society Report"), ("c", "Prepared for the members by the secretary"),
        ("", "The committee met five times this year in the lock keeper's cottage, and "
             "each meeting reached a quorum. Minutes are kept by the secretary."),
        ("b", "Committee Present"),
        ("", "Joan Ashby, chair of the committee"), ("", "Peter Vale, treasurer and bookings"),
        ("", "Ruth Kamara, for the narrowboat owners"), ("", "Colin Reed, for the volunteers"),
        ("", "The chair thanked the treasurer, who will stand down in the spring."),
        ("b", "Work Done on the Towpath"),
        ("", "New fencing along the top lock"), ("", "The towpath relaid below the bridge"),
        ("", "Two benches placed at the winding hole"),
        ("", "All of the work came in under budget, for which the society thanks its volunteers."),
    ]  # fmt: skip
    found = read_docx(_plain_docx(tmp_path / "report.docx", rows))
    titles = _titles(found)
    assert "Committee Present" not in titles and "Work Done on the Towpath" not in titles
    assert "Committee Present" in _texts(found)


def test_a_word_poems_last_line_before_a_page_break_ends_its_stanza(tmp_path: Path) -> None:
    """A short last line with Ctrl+Enter after it and the next page's short first line
    are two pages: never one stanza."""
    document = docx.Document()
    document.add_heading("Two Pages", level=1)
    first = ["The kettle ticks as it cools,", "the cat is a loaf on the chair,",
             "the clock says nothing new"]
    second = ["Morning comes in grey and wet,", "the milk is on the step,",
              "the post is late again"]  # fmt: skip
    for line in first:
        paragraph = document.add_paragraph(line)
    paragraph.runs[-1].add_break(WD_BREAK.PAGE)
    for line in second:
        document.add_paragraph(line)
    document.save(str(tmp_path / "pages.docx"))
    said = _texts(read_docx(tmp_path / "pages.docx"))
    assert said == [LINE_BREAK.join(first), LINE_BREAK.join(second)]


LIST_STORY = """THE JOBS

by Colm Ferris

Dad pinned a list to the door of the shed before he went away.

1. Feed the Hens

Which I did, twice a day, though the brown one pecked me every time and I swore at
her in words Dad does not know I know.

2. Mend the Gate

I mended it with orange string and a lot of hope. It stayed shut until Tuesday.

3. Keep Rory Out of the Shed

Rory came round on the Wednesday with a bag of crisps. We sat in the shed and read
his brother's magazines until the light went.

Dad came back on the Friday. He looked at the gate, and at the string, and at me,
and he said nothing at all about the shed, but he knew.
"""

RECIPE = """Aunt May's Soda Bread

Makes one loaf. You will need flour, buttermilk, a spoon of soda and some salt.

1. Sift the flour

Sift it high, so the air gets in; May always said the air was the secret.

2. Pour the buttermilk

All at once, and stir with a knife, not a spoon, until it just comes together.

3. Bake it hot

Forty minutes in a hot oven, with a cross cut in the top to let the fairies out.

She made it every Saturday of her life and never weighed a thing.
"""


def test_a_numbered_list_opening_a_book_is_no_chapters() -> None:
    """A story's list of jobs in title case, and a recipe's steps with no stops, at the
    start of the book: each item over one short paragraph, read where they stand."""
    for text, line in ((LIST_STORY, "2. Mend the Gate"), (RECIPE, "2. Pour the buttermilk")):
        found = find_chapters(text)
        assert _titles(found) == [None], text[:20]
        assert any(p.startswith(line) for p in _texts(found))
    steps = NUMBERED.replace("1. Wake", "1. Wake up early").replace("3. Harbour", "3. Go on")
    found = find_chapters(steps.replace("2. The Road", "2. Take the road"))
    assert _titles(found) == [None]  # long steps, but phrases, not titles: read as written
    assert "2. Take the road" in _texts(found)


RHYME_TABS = """Teaching Sam

by Nora Quill

CHAPTER ONE

Sam is five and has made up a counting song. He typed it himself, with tabs between
the letters because he likes the jump. This is how it looks:

A\tB\tC
ants upon the floor
D\tE\tF
dogs outside the door

He sang it to the goldfish. The goldfish was unmoved.
"""


def test_letters_typed_with_tabs_are_no_chords(tmp_path: Path) -> None:
    """A child's "A<tab>B<tab>C" over the words is read, in .txt and in Word."""
    found = find_chapters(RHYME_TABS.replace("This is how it looks:", "Here it is."))
    assert not _chords(found)
    assert "A B C" in " ".join(" ".join(_texts(found)).split())
    rows = [("", "He typed it with the tab key on his father's laptop, and it went like this."),
            ("", "A\tB\tC"), ("", "ants upon the floor"), ("", "D\tE\tF"),
            ("", "dogs outside the door"), ("", "He sang it every morning.")]  # fmt: skip
    word = read_docx(_plain_docx(tmp_path / "tabs.docx", rows))
    assert not _chords(word)
    assert "A B C" in " ".join(" ".join(_texts(word)).split())


PIANO_MD = """# Scales

*by Rhoda Mbeki*

# One

My teacher wrote the notes on the board, one row over the other, like this:

```
C    D    E    F    G
do   re   mi   fa   sol
A    B    C
la   ti   do
```

I learned them on the bus.

# Two

My son's first song went like this, and he insisted on the spacing:

A   B   C
ants upon the floor
D   E   F
dogs outside the door

He sang it all week.
"""


def test_markdown_letters_and_a_fenced_table_of_notes_are_no_chords() -> None:
    """Spaced capitals over words in a Markdown paragraph, and a bare fence holding
    note names over sol-fa: no chord names beyond their letters, so no song. The fence
    is skipped as code, as before; the rhyme is read whole."""
    found = read_markdown(PIANO_MD)
    assert not _chords(found)
    said = " ".join(" ".join(_texts(found)).split())
    assert "A B C ants upon the floor D E F dogs outside the door" in said
    assert "do re mi" not in said
    assert [kind for kind, _ in found.blocks.values()] == ["code"]
    marked = read_markdown(PIANO_MD.replace("```\nC    D", "```chords\nC    D"))
    assert _chords(marked) == ["C D E F G / A B C"]  # the writer says it is a song


THRILLER = """THE FLYOVER

by Dev Okafor



CHAPTER 1

"Where is she?"

"Gone," Price said. "Twenty minutes ago."

"On foot?"

"In a taxi. A black one, from the rank by the station."

Hale went over to the window. Down in the car park there sat
Price's Volvo, and past it nothing but the sodium lamps.

"Which way?"

"East. Out toward the flyover."

"And you let her."

"I was told to follow her, not to stop her. Orders from
Chief Superintendent Moss." Price lit a cigarette.

He rang Moss, who answered on the first ring.

"She's moving," Hale said. "Black cab, flyover."

"We have her," Moss said. "Outside the chemist on Ferry
Road. She went in alone and came out with a bag."

"Alone?"

"Alone. Paid by card. Bought plasters."

"What kind of plasters?"

"Does it matter?"

"It all matters."

Somewhere behind Moss a printer was running, and behind it
Classic FM playing to an office with nobody in it.

"Fabric ones," Moss said at last.
"""


def test_wrapped_prose_in_a_book_of_short_paragraphs_is_no_couplets() -> None:
    """Dialogue a line to a paragraph, and a few paragraphs wrapped before a capital:
    prose, joined, with no line's pause."""
    said = _texts(find_chapters(THRILLER))
    assert (
        '"I was told to follow her, not to stop her. Orders from Chief '
        'Superintendent Moss." Price lit a cigarette.'
    ) in said
    assert not any(LINE_BREAK in text for text in said)


# ---------------------------------------------------------------- the second review's books

def test_a_walks_programmes_bold_labels_over_three_lines_are_no_poem_titles(
    tmp_path: Path,
) -> None:
    """A poem under a typed title has four lines or more on average; a programme's
    labels stand over two or three items, written without stops."""
    document = docx.Document()
    document.add_paragraph("Harbour Ramblers").alignment = WD_ALIGN_PARAGRAPH.CENTER
    for label in ("Walks in April", "Walks in May", "What to Bring"):
        document.add_paragraph().add_run(label).bold = True
        for item in ("Sunday the thirteenth along the old tramway",
                     "Meet at the church gate at ten o'clock",
                     "Lunch at the mill if the weather holds"):  # fmt: skip
            document.add_paragraph(item)
    document.save(str(tmp_path / "walks.docx"))
    found = read_docx(tmp_path / "walks.docx")
    assert "Walks in May" not in [t for t in _titles(found) if t]
    assert "Walks in May" in _texts(found)


NOTES_IN_A_BOOK_OF_VERSE = """THE SAMPLER

Bless the hearth and bless the door,
Bless the bread upon the floor,
Bless the child that sleeps within,
Keep her safe from cold and sin.

Copied from a sampler that hung in the back bedroom at Low
Row Farm, stitched by a girl of nine in the year of the flood.

THE HYMN BOOK

Lord of the harvest, Lord of the rain,
Bring us the summer again and again,
Lord of the harrow, Lord of the plough,
Keep us and hold us, here and now.

My mother heard this sung at the harvest supper at Saint
Oswald's, and wrote it down the same night from memory.
"""


def test_a_prose_note_wrapped_at_the_margin_in_a_book_of_verse_is_no_couplet() -> None:
    """A couplet's first line ends on a mark; a margin cuts prose anywhere ("at Saint" /
    "Oswald's")."""
    said = _texts(find_chapters(NOTES_IN_A_BOOK_OF_VERSE))
    assert any("hung in the back bedroom at Low Row Farm" in t for t in said)
    assert any("at the harvest supper at Saint Oswald's" in t for t in said)
