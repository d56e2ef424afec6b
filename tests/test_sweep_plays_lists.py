"""A play's cast list and a list of illustrations as Project Gutenberg's plain texts set
them: a cast whose last line is in italics ("_Lords, Monks, and Attendants._") is read
as the play's opening, not left out with the title page; a speech prefix that shortens a
cast member's name as letters shorten a given name ("_Edw._" for EDWY) says that name,
not "Edward"; and a list headed "ILLUSTRATIONS" after a dedication is left out (and
listed) as "LIST OF ILLUSTRATIONS" is. Story text of the same look is read."""

from __future__ import annotations

from pathlib import Path

from audiobook.build.pipeline import load_book
from audiobook.models import Manuscript


def _book(folder: Path, text: str) -> tuple[Manuscript, list[str], list[str]]:
    """The manuscript, its chapter titles, and every line as it is spoken (the credits
    aside)."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "book.txt"
    path.write_text(text, encoding="utf-8")
    _, manuscript, chapters = load_book(path)
    segments = [s for ch in chapters for s in ch.segments]
    read = [s.spoken for s in segments if s.kind not in ("credits", "closing")]
    return manuscript, [c.title for c in manuscript.chapters], read


def _said(read: list[str]) -> str:
    return " ".join(" ".join(read).split())


# ---------------------------------------------------------------- a play's cast list

PLAY = """\
THE MERCHANT OF BRISTOL

A PLAY IN THREE ACTS

BY

HENRY LATIMER


DRAMATIS PERSONÆ

JASPER, a merchant of Bristol.
MARGERY, his daughter.
ROWLAND, a sea-captain.
_Clerks, Sailors, and Townsfolk._

SCENE: _Bristol, and the quay below it._




ACT I.

SCENE I.--_A counting-house on the quay._

_Jas._ The tide is late, and so is the Speedwell.

_Mar._ Then you shall wait for both, father.
"""


def test_cast_list_with_an_italic_last_line_is_read(tmp_path: Path) -> None:
    manuscript, titles, read = _book(tmp_path / "play", PLAY)
    said = _said(read)
    assert "MARGERY, his daughter." in said
    assert "Clerks, Sailors, and Townsfolk." in said
    assert said.index("ROWLAND") < said.index("Act One")
    assert titles[0] == "The Merchant of Bristol"
    title_page = [o for o in manuscript.omitted if o.what.startswith("title page")]
    assert title_page and "MARGERY" not in title_page[0].text


def test_cast_list_without_its_label_is_read(tmp_path: Path) -> None:
    text = PLAY.replace("DRAMATIS PERSONÆ\n\n", "")
    manuscript, _, read = _book(tmp_path / "play", text)
    said = _said(read)
    assert "JASPER, a merchant of Bristol." in said
    assert "Clerks, Sailors, and Townsfolk." in said
    assert "JASPER" not in "\n".join(o.text for o in manuscript.omitted)


def test_italic_author_of_line_stays_on_the_title_page(tmp_path: Path) -> None:
    """Near-miss: a title page's own italic line of seven words and more, ending in a
    period inside its underscores, is no cast and no prose: left out with the page."""
    text = """\
THE MILLER'S DAUGHTER

BY

JOHN ASHBY

_Author of "The Mill on the Marsh," "A Winter Tale," etc._




CHAPTER I.

The mill stood by the water, and the water ran by the mill all day long.
"""
    manuscript, _, read = _book(tmp_path / "novel", text)
    said = _said(read)
    assert "Author of" not in said
    assert "The mill stood by the water" in said
    assert "Author of" in "\n".join(o.text for o in manuscript.omitted)


# ---------------------------------------------------------------- speech prefixes


def test_speech_prefix_says_the_cast_name_it_shortens(tmp_path: Path) -> None:
    """In this play "_Jas._" is JASPER: not "James", as a letter's "Jas." would be."""
    _, _, read = _book(tmp_path / "play", PLAY)
    said = _said(read)
    assert "Jasper. The tide is late" in said
    assert "James" not in said
    assert "Mar. Then you shall wait" in said  # no given name: said as written


def test_speech_prefix_of_the_given_name_itself_is_unchanged(tmp_path: Path) -> None:
    """Near-miss: where the cast's name is the one the letters' form stands for
    (EDWARD for "_Edw._"), or two cast names share the prefix, nothing is rewritten."""
    text = PLAY.replace("JASPER, a merchant", "JAMES, a merchant")
    _, _, read = _book(tmp_path / "james", text)
    assert "James The tide is late" in _said(read)  # the letters' form, as before
    text = PLAY.replace("ROWLAND, a sea-captain", "JASON, a sea-captain")
    _, _, read = _book(tmp_path / "two", text)
    assert "Jasper. The tide" not in _said(read)
    assert "Jason. The tide" not in _said(read)


def test_given_name_in_a_story_is_still_expanded(tmp_path: Path) -> None:
    """Near-miss: a letter's "Jas." in a novel with a Jasper in it is not a speech prefix."""
    text = """\
CHAPTER I.

JASPER, the eldest, kept the books.

The letter was signed Jas. Hale, and nobody knew him.




CHAPTER II.

He came on a Tuesday.
"""
    _, _, read = _book(tmp_path / "novel", text)
    assert "James Hale" in _said(read)


# ---------------------------------------------------------------- "ILLUSTRATIONS"

ESSAYS = """\
HEDGEROW ESSAYS

BY

CUTHBERT ROWE




TO MY FATHER

WHO FIRST TAUGHT ME TO WALK SLOWLY




CONTENTS

ON WALKING SLOWLY                                      1
OF MILESTONES                                         19




ILLUSTRATIONS

THE AUTHOR'S STUDY                           _Frontispiece_
A MILESTONE ON THE BATH ROAD                  _Facing p._ 20




ON WALKING SLOWLY

There is a sort of man who walks as if the road owed him money.




OF MILESTONES

A milestone is the most modest of monuments.
"""


def test_illustrations_after_a_dedication_are_left_out(tmp_path: Path) -> None:
    manuscript, titles, read = _book(tmp_path / "essays", ESSAYS)
    said = _said(read)
    assert "TO MY FATHER" in said
    assert "Frontispiece" not in said and "MILESTONE ON THE BATH ROAD" not in said
    assert "ILLUSTRATIONS" not in said
    assert "There is a sort of man" in said and "most modest of monuments" in said
    listed = [o for o in manuscript.omitted if o.why == "list of illustrations"]
    assert listed and "Facing p." in listed[0].text
    assert titles[1:] == ["ON WALKING SLOWLY", "OF MILESTONES"]


def test_illustrations_over_prose_are_read(tmp_path: Path) -> None:
    """Near-miss: the word alone over an essay's paragraph heads no list."""
    text = """\
CHAPTER I.

A sermon wants its pictures as a field wants its hedges.

ILLUSTRATIONS

The preacher who takes his from the parish, and not from a book, is heard. On page
12 of my notes I find the miller, and on page 14 the ferryman.




CHAPTER II.

Of the sermon's length I say nothing.
"""
    manuscript, _, read = _book(tmp_path / "sermon", text)
    said = _said(read)
    assert "ILLUSTRATIONS" in said
    assert "The preacher who takes his from the parish" in said
    assert not [o for o in manuscript.omitted if o.why == "list of illustrations"]


def test_illustrations_before_unfound_chapters_lose_no_text(tmp_path: Path) -> None:
    """Near-miss: with no contents list the essays' headings are not found; the list is
    then read with the rest rather than heading (and losing) the whole book."""
    text = ESSAYS.replace(
        "CONTENTS\n\nON WALKING SLOWLY                                      1\n"
        "OF MILESTONES                                         19\n\n\n\n\n",
        "",
    )
    _, _, read = _book(tmp_path / "essays", text)
    said = _said(read)
    assert "There is a sort of man" in said and "most modest of monuments" in said
