"""Books from the fifth sweep, in words of our own after real books' layout: a play's
synopsis of its acts before the acts (Gutenberg's "Princess Winsome"), a transcriber's
note parted from the book by a rule line ("Jack Sheppard"), an epigraph page after a
dedication page (Word, plain text, EPUB), and a fan-fiction byline by a plain user name
("by astolat"). Each hit has its near miss: a book of the same look, read as it was."""

from __future__ import annotations

from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK

from audiobook.build.pipeline import load_book
from audiobook.text.ingest import locate_book, read_manuscript
from audiobook.text.readers.markdown import read_markdown
from audiobook.text.readers.plaintext import find_chapters
from audiobook.text.readers.webfiction import user_byline
from plainbooks import SHEPPARD_NOTE


def _book(folder: Path, text: str, name: str = "book.txt") -> tuple[list[str], str]:
    """The chapter titles, and every segment but the credits as spoken (joined by " | ")."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")
    _, _, chapters = load_book(folder)
    read = " | ".join(
        s.spoken for ch in chapters for s in ch.segments if s.kind not in ("credits", "closing")
    )
    return [ch.title for ch in chapters], read


# ---------------------------------------------------------------- 1. a play's synopsis

ACTS = {
    "I": "SCENE I. _The Witch bends over a fire in the middle of the orchard._\n\n"
    "OGRE. Ha, old witch, it is done at last! I have broken the King's\n"
    "stronghold, and stolen away his children twain from the clutch of their\n"
    "guardsmen bold. Now brew me a charm, and brew it well, for the night is short.\n\n"
    "WITCH. I brew it, master, I brew it. Seven golden plums on a silver tree,\n"
    "and the spell shall hold till the plums be plucked by a true knight's hand.\n",
    "II": "SCENE. _A room in the Ogre's tower. The Princess kneels by the dog._\n\n"
    "PRINCESS. Art thou my brother? Can it be that thou hast taken such a\n"
    "shape? Oh turn those sad eyes not on me! There must be some escape.\n\n"
    "GODMOTHER. Rise, Princess, dry your weeping eyes. The way of escape\n"
    "within your own hand lies. Spin for thy brother's sake a skein of thread.\n",
    "III": "SCENE. _The Witch's Orchard again. Enter the Knight with the flute._\n\n"
    "KNIGHT. I have found the South Wind's silver flute, and I shall blow it\n"
    "now, and the fairies shall come to my help from every flower of the field.\n\n"
    "TITANIA. We come, Sir Knight, we come. Bind the Ogre in the golden thread\n"
    "the Princess spun, and the spell is broken for ever and a day.\n",
}

PLAY_FRONT = """THE RESCUE OF THE PRINCESS WINSOME

A FAIRY PLAY FOR OLD AND YOUNG

BY ANNIE FELLOWS JOHNSTON




PUBLISHERS' NOTE

The play has found great favor among children's clubs for their private
theatricals, and is here given in a separate form.




"THE RESCUE OF THE PRINCESS WINSOME"


"""

SYNOPSIS = """ACT I.

SCENE I. In the Witch's Orchard. The Ogre drags the captive Prince and
Princess to his tower. The Witch brews a spell.

SCENE II. In front of the Orchard. King and Queen bewail their loss.


ACT II.

SCENE I. In the Tower Room. The Princess spins the golden thread. A dove
comes with a letter from the Knight.


ACT III.

SCENE I. In the Witch's Orchard. The Knight returns and blows the flute,
and the fairies bind the Ogre.




"""


def _play(synopsis: str) -> str:
    acts = "\n\n".join(f"ACT {n}.\n\n{text}\n{text}" for n, text in ACTS.items())
    return PLAY_FRONT + synopsis + acts + "\nTHE END\n"


def test_a_plays_synopsis_of_its_acts_is_no_chapter() -> None:
    found = find_chapters(_play(SYNOPSIS))
    titles = [t for t, _ in found.chapters]
    acts = [t.split(".")[0] for t in titles if t and t.startswith("ACT")]
    assert acts == ["ACT I", "ACT II", "ACT III"]
    text = " ".join(p.text for _, ps in found.chapters for p in ps)
    assert "Princess to his tower" not in text  # the synopsis, left out and listed
    assert "OGRE" in text and "the spell is broken" in text
    assert any("synopsis" in o.what for o in found.omitted)


def test_the_acts_alone_are_read_as_before() -> None:
    """Near miss: the same play with no synopsis: each act a chapter, nothing left out."""
    found = find_chapters(_play(""))
    titles = [t for t, _ in found.chapters]
    acts = [t.split(".")[0] for t in titles if t and t.startswith("ACT")]
    assert acts == ["ACT I", "ACT II", "ACT III"]
    assert not any("synopsis" in o.what for o in found.omitted)


def test_a_book_in_parts_whose_chapters_start_again_keeps_them() -> None:
    """Near miss: "BOOK I" / "CHAPTER I", "CHAPTER II", then "BOOK II" / "CHAPTER I" …: the
    first part's chapters are as long as the second's, and are chapters."""
    prose = (
        "The carrier's cart came over the hill at noon, and the whole village turned out\n"
        "to see who was in it, for nobody had come to Hallows End since the spring.\n\n"
    ) * 4
    part = "CHAPTER I.\n\n" + prose + "\nCHAPTER II.\n\n" + prose
    text = f"BOOK I.\n\n\n\n{part}\n\n\n\nBOOK II.\n\n\n\n{part}"
    found = find_chapters(text)
    assert sum(1 for t, _ in found.chapters if t and "CHAPTER" in t) == 4
    assert not any("synopsis" in o.what for o in found.omitted)


# ---------------------------------------------------------------- 2. a transcriber's note

NOTE = """THE ROMANCE OF THE ROAD

By W. H. Ainsworth




""" + SHEPPARD_NOTE + """
{after}
"""

CHAPTERS = """CHAPTER I.

THE WIDOW.

On the night of Friday, the twenty-sixth of November, the door of a miserable
habitation, situated in an obscure quarter of the Borough, was opened; and a man,
with a lantern in his hand, appeared at the threshold.

CHAPTER II.

THE CHILD.

The child was asleep in a basket by the fire, and the widow sat over it, and
would not look up when the door was opened.
"""


def test_a_transcribers_note_over_a_rule_line_is_left_out_whole(tmp_path: Path) -> None:
    """The note's two paragraphs, then a rule line and the book with no wide gap after
    it: the note ends at the rule, both its paragraphs left out, the chapters read."""
    _, read = _book(tmp_path, NOTE.format(after=CHAPTERS))
    assert "typesetter" not in read and "Throughout this text" not in read
    assert "ascii" not in read
    assert "miserable habitation" in read and "asleep in a basket" in read


def test_a_transcribers_note_ended_by_a_wide_gap_is_read_as_before(tmp_path: Path) -> None:
    """Near miss: no rule line; the note runs to the wide gap under it, as it did."""
    text = NOTE.replace("---------------------------------\n", "").format(
        after="\n\n\n" + CHAPTERS
    )
    _, read = _book(tmp_path, text)
    assert "typesetter" not in read and "Throughout this text" not in read
    assert "miserable habitation" in read and "asleep in a basket" in read


# ---------------------------------------------------------------- 3. an epigraph after a dedication

PROSE = (
    "The lamp at the end of the harbour wall had gone out on the night the boats came back, "
    "and nobody in the village would say who had let it die."
)


def _docx(path: Path, *, epigraph: list[str]) -> Path:
    """A Word manuscript: title page, dedication page, then (maybe) an epigraph page."""
    document = docx.Document()
    document.core_properties.title = "The Harbour Light"
    document.core_properties.author = "Helen Marsh"
    document.add_paragraph("The Harbour Light", style="Title").alignment = WD_ALIGN_PARAGRAPH.CENTER
    author = document.add_paragraph("Helen Marsh")
    author.alignment = WD_ALIGN_PARAGRAPH.CENTER
    author.runs[0].add_break(WD_BREAK.PAGE)
    page = document.add_paragraph()
    page.alignment = WD_ALIGN_PARAGRAPH.CENTER
    page.add_run("For my mother, who read to me every night").italic = True
    page.runs[0].add_break(WD_BREAK.PAGE)
    for n, line in enumerate(epigraph):
        paragraph = document.add_paragraph()
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        paragraph.add_run(line).italic = n == 0
        if n == len(epigraph) - 1:
            paragraph.runs[0].add_break(WD_BREAK.PAGE)
    for name in ("One", "Two"):
        document.add_paragraph(f"Chapter {name}", style="Heading 1")
        for _ in range(3):
            document.add_paragraph(PROSE)
    document.save(str(path))
    return path


def _chapters(path: Path) -> dict[str, list[str]]:
    manuscript = read_manuscript(locate_book(path))
    return {ch.title: [p.text for p in ch.paragraphs] for ch in manuscript.chapters}


def test_an_epigraph_after_a_word_dedication_is_no_part_of_it(tmp_path: Path) -> None:
    path = _docx(tmp_path / "novel.docx",
                 epigraph=["The sea has neither meaning nor pity.", "— Anton Chekhov"])  # fmt: skip
    chapters = _chapters(path)
    assert chapters["Dedication"] == ["For my mother, who read to me every night"]
    assert chapters["Chapter One"][:2] == ["The sea has neither meaning nor pity.",
                                           "— Anton Chekhov"]  # fmt: skip


def test_a_dedication_signed_under_it_stays_whole(tmp_path: Path) -> None:
    """Near miss: the dedication's own signature ("— H. M.") is no epigraph's source."""
    path = _docx(tmp_path / "novel.docx", epigraph=["— H. M."])
    chapters = _chapters(path)
    assert chapters["Dedication"] == ["For my mother, who read to me every night", "— H. M."]
    assert chapters["Chapter One"][0] == PROSE


TEXT_DEDICATION = """THE HARBOUR LIGHT

by Helen Marsh




For my mother, who read to me every night



{epigraph}



CHAPTER ONE

{prose}

CHAPTER TWO

{prose}
"""


def test_an_epigraph_after_a_plain_text_dedication_opens_the_book(tmp_path: Path) -> None:
    epigraph = "_The sea has neither meaning nor pity._\n\n— Anton Chekhov"
    titles, read = _book(tmp_path, TEXT_DEDICATION.format(epigraph=epigraph, prose=PROSE))
    assert titles[0] == "Dedication"
    dedication, chapter = read.split("Chapter One.", 1)
    assert "For my mother" in dedication and "neither meaning" not in dedication
    assert "neither meaning" in chapter


def test_a_two_line_plain_text_dedication_stays_whole(tmp_path: Path) -> None:
    """Near miss: a dedication of two lines, the second for someone else, is one page."""
    lines = "And for Leo, who never doubted"
    titles, read = _book(tmp_path, TEXT_DEDICATION.format(epigraph=lines, prose=PROSE))
    assert titles[0] == "Dedication"
    dedication = read.split("Chapter One.", 1)[0]
    assert "For my mother" in dedication and "who never doubted" in dedication


# ---------------------------------------------------------------- 4. a fan fiction byline

FIC = """# The Long Way Round

{byline}

A/N: Written for the summer exchange. Thanks to my beta for the hand-holding!

## Chapter 1

Steve found the flat by nightfall, which was more than he had hoped for. The
stairs smelled of rain and somebody's dinner.

## Chapter 2

He wrote the letter by hand, because it seemed the kind of thing that ought to be
written by hand, and then he did not send it.
"""


def test_a_plain_user_name_under_a_fics_title_is_its_author(tmp_path: Path) -> None:
    for who in ("astolat", "thehoyden"):
        path = tmp_path / f"{who}.md"
        path.write_text(FIC.format(byline=f"by {who}"), encoding="utf-8")
        found = read_markdown(path.read_text(encoding="utf-8"))
        assert found.author == who
        assert not any(p.text == f"by {who}" for _, ps in found.chapters for p in ps)


def test_by_nightfall_under_a_fics_title_is_no_author(tmp_path: Path) -> None:
    """Near miss: "by nightfall" under the title is its subtitle; prose's "written by
    hand" is prose."""
    path = tmp_path / "fic.md"
    path.write_text(FIC.format(byline="by nightfall"), encoding="utf-8")
    found = read_markdown(path.read_text(encoding="utf-8"))
    assert found.author is None
    assert user_byline("by astolat") is None  # out of its place, a plain word is a word


def test_phrases_after_by_are_no_user_names() -> None:
    """Near miss for the rule itself: in the byline's place, "by nightfall" and "by
    hand" are phrases, and a line of prose is no byline."""
    assert user_byline("by nightfall", placed=True) is None
    assert user_byline("by hand", placed=True) is None
    assert user_byline("written by hand", placed=True) is None
    assert user_byline("*by thehoyden*", placed=True) == "thehoyden"
