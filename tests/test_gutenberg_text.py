"""Project Gutenberg plain text as old non-fiction prints it: a publisher's title page
and advertisements, a transcriber's note, a contents list with page numbers, a
chronology, sidenotes, captions over two paragraphs, notes and an index. The
fixture (tests/fixtures/real/history-gutenberg.txt) copies that layout in words of
its own."""

from __future__ import annotations

from pathlib import Path

import pytest

from audiobook.text.ingest import locate_book, read_manuscript
from audiobook.text.segment import audit_words, segment

FIXTURE = Path(__file__).parent / "fixtures" / "real" / "history-gutenberg.txt"


@pytest.fixture(scope="module")
def read(tmp_path_factory):
    return read_book(FIXTURE.read_text(encoding="utf-8"), tmp_path_factory.mktemp("history"))


def read_book(text: str, folder: Path):  # type: ignore[no-untyped-def]
    """The manuscript and what is said in each chapter, the word audit passed."""
    (folder / "book.txt").write_text(text, encoding="utf-8")
    book = locate_book(folder / "book.txt")
    manuscript = read_manuscript(book)
    chapters = segment(manuscript, book.config)
    audit_words(manuscript, list(chapters))
    return manuscript, {ch.title: [s.spoken for s in ch.segments] for ch in chapters}


def fixture_text(name: str) -> str:
    return FIXTURE.with_name(name).read_text(encoding="utf-8")


def everything(said: dict[str, list[str]]) -> str:
    return "\n".join(text for texts in said.values() for text in texts)


def test_index_at_the_back_is_left_out_and_listed(read):
    manuscript, said = read
    assert "Barges, one, four" not in everything(said)
    assert any("INDEX" in o.what for o in manuscript.omitted)


def test_a_caption_over_two_paragraphs_is_left_out_whole(read):
    _, said = read
    text = everything(said)
    assert "From a drawing" not in text and "THE NEW QUAY" not in text
    assert "Bristol._]" not in text and "]" not in text


def test_contents_with_page_numbers_is_not_read_but_the_section_after_it_is(read):
    _, said = read
    preface = said["PREFACE"]
    assert not any("Tolls at the locks" in s or "new quays" in s for s in preface)
    assert "LEADING DATES." in preface  # the chronology after the list keeps its heading
    assert list(said)[-2:] == ["CHAPTER I. BARGES AND TOLLS",
                               "CHAPTER II. THE MERCHANTS UNDER GEORGE II., 1727–1750"]  # fmt: skip


def test_old_style_regnal_numerals_stay_in_their_sentence(read):
    _, said = read
    first = said["CHAPTER I. BARGES AND TOLLS"]
    assert "When George the First came to the throne the barge owners were already uneasy." in first


def test_bold_marks_and_old_money_are_read_as_a_narrator_would(read):
    _, said = read
    text = everything(said)
    assert "=" not in text and "equals THE" not in text
    first = " ".join(said["CHAPTER I. BARGES AND TOLLS"])
    assert "paid three shillings at the first lock and two shillings at every lock" in first
    assert "one thousand two hundred and fifty pounds a year" in first


def test_plain_text_bold_over_a_line_break_but_never_an_equals_sign():
    from audiobook.text.readers.plaintext import find_chapters

    found = find_chapters("CHAPTER I.\n\nIf x = 3 then a=b; =Bold= and =two\nlines= here.\n")
    assert found.chapters[0][1][0].text == "If x = 3 then a=b; Bold and two lines here."


def test_transcribers_note_title_pages_and_advertisements_are_not_read(read):
    manuscript, said = read
    text = everything(said).casefold()
    for never in ("transcriber", "printing errors", "short histories", "canal men",
                  "hallam", "impression", "all rights reserved", "edited by"):  # fmt: skip
        assert never not in text
    assert next(iter(said)) == "PREFACE"  # no chapter made of the title pages
    left_out = {o.what.split(" (")[0] for o in manuscript.omitted}
    assert {"1 transcriber's note", "title page"} <= left_out
    assert (manuscript.title, manuscript.author) == ("The River Trade 1700-1750",
                                                     "Margaret Ellis Holt")  # fmt: skip


def test_an_epigraph_after_the_title_page_and_a_flush_note_are_read():
    from audiobook.text.readers.plaintext import find_chapters

    text = (
        "                 THE SALT ROAD\n\n"
        "                      BY\n               JOHN ASHDOWN PRYCE\n\n"
        "          LONDON: WEYMAN AND CO.\n                 1898\n\n\n\n"
        "   The road was old before the town was built,\n"
        "   and it will be old when the town is gone.\n\n"
        "A note to the reader: the salt pans named here are real.\n\n\n\n"
        "CHAPTER I.\n\nThe carts came down at dawn.\n\n"
        "CHAPTER II.\n\nThe carts went home at dusk.\n"
    )
    found = find_chapters(text)
    opening = [p.text for p in found.chapters[0][1]]
    assert opening == [
        "The road was old before the town was built, and it will be old when the town is gone.",
        "A note to the reader: the salt pans named here are real.",
    ]
    assert "JOHN ASHDOWN PRYCE" in found.omitted[0].text


def test_a_novel_keeps_its_dedication_and_leaves_out_its_list_of_illustrations(tmp_path):
    """tests/fixtures/real/novel-gutenberg.txt: a credit line under the header, a centred
    title page with 'AUTHOR OF …' and the publisher, a dedication, a list of
    illustrations with page numbers, a dated preface, 'CHAPTER THE FIRST.'"""
    manuscript, said = read_book(fixture_text("novel-gutenberg.txt"), tmp_path)
    dedication = ["TO", "MY SISTER", "THIS BOOK IS AFFECTIONATELY", "INSCRIBED"]
    assert said["Dedication"][-4:] == dedication  # its lines, as printed, not under the title again
    text = everything(said)
    for never in ("LIST OF ILLUSTRATIONS", "Frontispiece", "SMITH, ELDER", "MILLER'S"):
        assert never not in text
    assert "PREFACE TO THE SECOND EDITION" in said
    whys = {o.what.split(" (")[0]: o.why for o in manuscript.omitted}
    assert whys["section 'LIST OF ILLUSTRATIONS'"] == "list of illustrations"
    assert "HARRIET VANE COLE" in next(o.text for o in manuscript.omitted if "title page" in o.what)


def test_a_transcribers_note_in_mid_chapter_takes_no_chapter_text_with_it():
    from audiobook.text.readers.plaintext import find_chapters

    body = "\n\n".join(f"Barge {n} came down the river at dawn with coal." for n in range(60))
    text = f"CHAPTER I.\n\n{body}\n\nTranscriber's Note: a line is missing here.\n\n{body}\n\n"
    found = find_chapters(text + "CHAPTER II.\n\nThe end of it.\n")
    assert [(t, len(ps)) for t, ps in found.chapters] == [("CHAPTER I", 120), ("CHAPTER II", 1)]
    assert found.omitted[0].text == "Transcriber's Note: a line is missing here."


def test_a_play_reads_its_cast_list_and_leaves_out_its_title_page(tmp_path):
    """tests/fixtures/real/play-gutenberg.txt: a subtitle on the header's second Title
    line, an acting edition's title page (publisher, address, year, "All rights
    reserved"), then the cast, the scene and the time before ACT I, speakers in
    capitals, stage directions in brackets and italics."""
    manuscript, said = read_book(fixture_text("play-gutenberg.txt"), tmp_path)
    assert manuscript.title == "The Lamp-Keepers: A Comedy in Two Acts"
    assert list(said) == ["The Lamp-Keepers: A Comedy in Two Acts", "ACT I", "ACT II"]
    opening = said["The Lamp-Keepers: A Comedy in Two Acts"]
    cast = ["DRAMATIS PERSONÆ", "Mister JOSIAH PRIDDY, keeper of the Gull Point light."]
    assert opening[2:4] == cast
    assert "TIME: The present." in opening
    text = everything(said)
    for never in ("SAMUEL FRENCH", "SOUTHAMPTON", "All rights reserved", "BY HARRIET"):
        assert never not in text
    page = next(o.text for o in manuscript.omitted if "title page" in o.what)
    assert "SAMUEL FRENCH" in page and "DRAMATIS" not in page
    assert said["ACT II"][-2:-1] == ["THE END."]
    assert "Enter TOM, left, with a can of oil." in said["ACT I"]  # a stage position


@pytest.mark.parametrize(
    ("header", "title"),
    [
        ("Title: Ivanhoe\n       A Romance\n", "Ivanhoe: A Romance"),
        ("Title: The History of the Decline and Fall of the\n       Roman Empire\n",
         "The History of the Decline and Fall of the Roman Empire"),
        ("Title: Memoirs of the Life of the Late Admiral Lord Nelson, Duke of Bronte\n"
         "       Volume One\n", "Memoirs of the Life of the Late Admiral Lord Nelson, Duke of "
         "Bronte Volume One"),
        ("Title: Poems,\n       Chiefly Lyrical\n", "Poems, Chiefly Lyrical"),
        ("Title: Sketches\n       by Boz\n", "Sketches by Boz"),
    ],
)  # fmt: skip
def test_a_gutenberg_title_continued_on_a_second_line(header, title):
    from audiobook.text.readers.plaintext import strip_gutenberg

    text = f"{header}\n*** START OF THE PROJECT GUTENBERG EBOOK X ***\n\nText.\n"
    assert strip_gutenberg(text)[1]["title"] == title


def test_a_book_of_poems_takes_its_headings_from_its_contents_list(tmp_path):
    """tests/fixtures/real/poems-gutenberg.txt: poems headed by their titles alone, no
    "CHAPTER" or number; one title set over two lines; a contents list with page
    numbers; a notes section. The contents list names the headings."""
    manuscript, said = read_book(fixture_text("poems-gutenberg.txt"), tmp_path)
    assert list(said) == ["THE MILL-POND", "TO A LATE SWALLOW", "SONNET. ON THE BEACH AT EVENING"]
    assert said["TO A LATE SWALLOW"][0] == "To a Late Swallow."
    text = everything(said)
    for never in ("CONTENTS", "TICKNOR", "POEMS", "four", "Arden Falls"):
        assert never not in text
    assert "FIELD AND SHORE" in next(o.text for o in manuscript.omitted if "title page" in o.what)


def test_one_line_equal_to_a_contents_entry_is_not_taken_for_a_heading():
    from audiobook.text.readers.plaintext import find_chapters

    text = (
        "CONTENTS\n\nThe Return   1\nOld Friends   9\n\n\n"
        "He came home in the spring.\n\nThe Return\n\nNobody had expected him.\n"
    )
    found = find_chapters(text)
    assert [t for t, _ in found.chapters] == [None]
    said = [p.text for _, ps in found.chapters for p in ps]
    assert said == ["He came home in the spring.", "The Return", "Nobody had expected him."]


@pytest.mark.parametrize("contents", [True, False], ids=["with-contents", "without-contents"])
def test_a_book_of_stories_numbered_in_its_contents_list(tmp_path, contents):
    """tests/fixtures/real/stories-gutenberg.txt, laid out as Project Gutenberg sets a
    collection of stories: an indented contents list ("I.     The Affair of …"), four
    blank lines, then "I. THE AFFAIR OF …" over the story's first section number "I.";
    the sections ("I.", "II.") are read in the story, not made chapters of their own.
    Without the contents list, the numbered titles are found as a run from one."""
    text = fixture_text("stories-gutenberg.txt")
    if not contents:
        text = text[: text.index("Contents")] + text[text.index("I. THE AFFAIR") :]
    _, said = read_book(text, tmp_path)
    assert list(said) == [
        "I. THE AFFAIR OF THE BLUE LANTERN", "II. THE CLOCKMAKER'S DAUGHTER",
        "III. THE EMPTY BOAT",
    ]  # fmt: skip
    first = said["I. THE AFFAIR OF THE BLUE LANTERN"]
    assert first[1:3] == ["One. The Affair of the Blue Lantern.", "One."]
    assert "Two." in first  # the story's second section, said in it as a number
    text = everything(said)
    assert "Contents" not in text and "CASEBOOK" not in text


def test_a_numbered_list_is_not_taken_for_headings():
    from audiobook.text.readers.plaintext import find_chapters

    text = (
        "CHAPTER I.\n\nTo make the bread:\n\n1. Warm the milk.\n\n2. Stir in the yeast.\n\n"
        "3. Knead it well.\n\nThen wait.\n\nCHAPTER II.\n\nTwo things.\n\n1. The First Thing\n\n"
        "It was late.\n\n2. The Second Thing\n\nIt was later.\n"
    )
    found = find_chapters(text)
    assert [t for t, _ in found.chapters] == ["CHAPTER I", "CHAPTER II"]
    shouted = text.replace("The First Thing", "THE FIRST THING").replace(
        "The Second Thing", "THE SECOND THING"
    )  # a list in capitals inside a chapter: still no heading
    assert [t for t, _ in find_chapters(shouted).chapters] == ["CHAPTER I", "CHAPTER II"]


def test_books_named_by_ordinals_with_a_lowercase_title_head_their_chapters(tmp_path):
    """"Book the Second--the Golden Thread" over "CHAPTER I." (as a two-cities novel sets
    its books): the book's heading starts with "the" and is still a heading; a keyword in
    capitals is said as a word ("Chapter One", not "CHAPTER One")."""
    body = "The coach went up the hill in the dark, and the horses were tired and slow.\n\n"
    text = (
        "Book the First--Recalled to Life\n\n\n\nCHAPTER I.\nThe Period\n\n\n" + body * 2
        + "\n\nCHAPTER II.\nThe Mail\n\n\n" + body
        + "\n\n\nBook the Second--the Golden Thread\n\n\n\nCHAPTER I.\nFive Years Later\n\n\n"
        + body
    )  # fmt: skip
    _, said = read_book(text, tmp_path)
    assert list(said) == [
        "Book the First--Recalled to Life. CHAPTER I. The Period",
        "CHAPTER II. The Mail",
        "Book the Second--the Golden Thread. CHAPTER I. Five Years Later",
    ]
    last = said["Book the Second--the Golden Thread. CHAPTER I. Five Years Later"]
    assert last[0] == "Book the Second, the Golden Thread. Chapter One. Five Years Later."
    assert "Golden Thread" not in everything({"": said["CHAPTER II. The Mail"]})


def test_an_original_transcribers_note_before_the_front_matter_is_not_read(tmp_path):
    """A whaling novel's layout: a title page, "Original Transcriber's Notes:" over a
    paragraph, then ETYMOLOGY and EXTRACTS before CHAPTER 1. The note is left out and
    listed; the etymology is the first thing read, in an opening chapter named after the
    book, whose title loses the semicolon it is printed with."""
    text = (
        "MOBY FISH;\n\nor, THE WHALE.\n\nBy A. N. Author\n\n\n\n\n"
        "Original Transcriber’s Notes:\n\nThis text is a combination of etexts, one from the "
        "now-defunct ERIS project.\n\n\n\n\nETYMOLOGY.\n\n(Supplied by a Late Consumptive "
        "Usher to a Grammar School.)\n\nThe pale Usher—threadbare in coat, heart, body and "
        "brain; I see him now.\n\n\n\n\nCHAPTER 1. Loomings.\n\nCall me Ishmael.\n"
    )
    manuscript, said = read_book(text, tmp_path)
    assert manuscript.title == "Moby Fish"
    assert list(said) == ["Moby Fish", "CHAPTER 1. Loomings"]
    assert said["Moby Fish"][2] == "ETYMOLOGY."
    assert "etexts" not in everything(said) and "Transcriber" not in everything(said)
    assert any("transcriber's note" in o.what for o in manuscript.omitted)


def test_an_illustrated_edition_keeps_the_headings_set_in_its_pictures(tmp_path):
    """tests/fixtures/real/illustrated-gutenberg.txt, laid out as Project Gutenberg sets
    an illustrated edition: the publisher's and title pages over many centred blocks,
    "[Illustration: List of Illustrations.]" over a list with a PAGE column, the first
    chapter's heading inside its picture ("[Illustration: … Chapter I. ]"), and a
    caption holding a bracketed copyright line."""
    manuscript, said = read_book(fixture_text("illustrated-gutenberg.txt"), tmp_path)
    assert list(said) == ["PREFACE", "Chapter I", "CHAPTER II", "CHAPTER III"]
    assert said["Chapter I"][1].startswith("It was generally agreed in the parish")
    text = everything(said)
    for never in ("Orchard", "Fleet", "PRESS", "Frontispiece", "PAGE", "Copyright", "desk",
                  "Illustration", "["):  # fmt: skip
        assert never not in text
    left_out = " ".join(o.what for o in manuscript.omitted)
    assert "title page" in left_out and "illustration caption" in left_out
    assert "List of Illustrations" in left_out


def test_verse_keeps_its_lines_and_prose_wrapped_at_a_margin_does_not(tmp_path):
    """The book of poems: every line of the sonnet (pentameter, so its lines are all of a
    length, as wrapped prose is; but each opens with a capital) and of the rhymed
    stanzas is a piece of its own, so the narrator pauses at each line's end. The
    novel's letter keeps its close on two lines. Prose wrapped at any common margin
    keeps no line break (a seeded text whose lines open with a capital one time in six)."""
    import random
    import textwrap

    from audiobook.models import LINE_BREAK
    from audiobook.text.readers.plaintext import find_chapters

    _, said = read_book(fixture_text("poems-gutenberg.txt"), tmp_path)
    sonnet = said["SONNET. ON THE BEACH AT EVENING"]
    assert sonnet[1:5] == [
        "The tide goes out, and leaves the shining sand",
        "Ribbed like the roof of some great hall of kings;",
        "The last gull wheels, and folds his weary wings;",
        "The dusk comes softly over sea and land.",
    ]
    assert "Beneath the alders, dark and deep;" in said["THE MILL-POND"]
    found = find_chapters(fixture_text("novel-gutenberg.txt"))
    texts = [p.text for _, ps in found.chapters for p in ps]
    assert '"Yours faithfully,\u2028"J. R. MOORE."' in texts

    rng = random.Random(7)
    vocabulary = [
        "the", "a", "of", "and", "to", "in", "he", "she", "it", "was", "said", "had", "been",
        "with", "for", "on", "at", "by", "her", "his", "walked", "house", "garden", "river",
        "letter", "morning", "evening", "quite", "never", "always", "Mary", "John", "London",
        "Thomas", "however", "perhaps",
    ]  # fmt: skip
    for width in (55, 60, 66, 70, 72, 75):
        paragraphs = []
        for _ in range(300):
            sentences = []
            for _ in range(rng.randint(1, 6)):
                sentence = [rng.choice(vocabulary) for _ in range(rng.randint(4, 24))]
                said = " ".join(sentence)
                sentences.append(said[0].upper() + said[1:] + rng.choice(".,;!?"))
            paragraphs.append(textwrap.fill(" ".join(sentences), width))
        text = "CHAPTER I.\n\n" + "\n\n".join(paragraphs)
        found = find_chapters(text)
        assert not [p.text for _, ps in found.chapters for p in ps if LINE_BREAK in p.text]


def test_printed_page_numbers_kept_in_the_text_are_not_read(tmp_path):
    """Some Project Gutenberg texts keep the printed book's page numbers: "{12}" inside
    a line or alone, "[Pg 14]", "[p. xii]". None is read; `plan` counts them."""
    text = (
        "CHAPTER I.\n\nThe barge came down{12} the river at dawn, with coal for the mill.\n\n"
        "{13}\n\nThe miller [Pg 14] was waiting on the quay [p. xv], and he waved.\n\n"
        "CHAPTER II.\n\nIt rained {all} day, and the 3 [men] waited.\n"
    )
    manuscript, said = read_book(text, tmp_path)
    assert said["CHAPTER I"][2:] == [
        "The barge came down the river at dawn, with coal for the mill.",
        "The miller was waiting on the quay, and he waved.",
    ]
    assert "{all}" in said["CHAPTER II"][1] and "[men]" in said["CHAPTER II"][1]
    assert any(o.what == "4 page numbers" for o in manuscript.omitted)


@pytest.mark.parametrize("name", ["real/history-gutenberg.txt", "alice-gutenberg.html"])
def test_the_header_and_the_licence_are_listed_as_left_out(name: str, tmp_path: Path) -> None:
    """`plan` lists every page it does not read, Project Gutenberg's own too."""
    source = Path(__file__).parent / "fixtures" / name
    (tmp_path / source.name).write_bytes(source.read_bytes())
    omitted = {o.what: o.text for o in read_manuscript(locate_book(tmp_path / source.name)).omitted}
    assert "START OF THE PROJECT GUTENBERG EBOOK" in omitted["Project Gutenberg's header"].upper()
    assert "END OF THE PROJECT GUTENBERG EBOOK" in omitted["Project Gutenberg's licence"].upper()


def test_the_imprint_under_a_first_volume_is_left_out_with_the_title_page():
    from audiobook.text.readers.plaintext import find_chapters

    page = (
        "THE VICAR'S DAUGHTER\n\nA Novel\n\nBY ELIZA HARCOURT\n\nIN THREE VOLUMES\n\n"
        "VOL. I.\n\nLONDON:\nSMITH, ELDER & CO., 15 WATERLOO PLACE.\n1862.\n\n\n\n"
        "CHAPTER I.\n\nIt was upon the 14th of October that the coach set her down.\n\n"
        "CHAPTER II.\n\nMr. Ashby called on the Tuesday.\n"
    )
    found = find_chapters(page)
    said = " ".join(p.text for _, paragraphs in found.chapters for p in paragraphs)
    assert "LONDON" not in said and "WATERLOO" not in said and "1862" not in said
    assert "coach set her down" in said
    # near miss: a volume's own opening prose under "VOL. I." is read
    near = page.replace(
        "LONDON:\nSMITH, ELDER & CO., 15 WATERLOO PLACE.\n1862.",
        "LONDON: the year 1862, and the fog lay thick upon the river.",
    )
    said = " ".join(p.text for _, paragraphs in find_chapters(near).chapters for p in paragraphs)
    assert "fog lay thick" in said
