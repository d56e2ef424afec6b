"""Sweep 17 (pronunciations, second pass): a chapter's heading and a numbered sub-heading
say a name as the book's pronunciations do, as its sentences say it (the book's own
spelling kept for the chapter's title everywhere it is shown); the studio's audition
says a segment with the same table as the build; a plain-text table row whose cell ends
on a stop ("Rest day.") is read whole, one row a line."""

from __future__ import annotations

import io
import wave
from pathlib import Path

from starlette.testclient import TestClient

from audiobook.build.pipeline import load_book
from audiobook.studio.app import TOKEN_HEADER, Studio, make_app
from audiobook.text.normalize import spoken_title
from audiobook.text.segment import sentences
from espeak_phonemes import phonemes

_MYTH = """# The Gorgon's Head

## Pronunciation Guide

Perseus — PER-see-us

Danaë — DAN-ay-ee

## One. The Golden Shower

Danaë was the daughter of a king of Argos. She lived in a tower of bronze.

## Two. Perseus

Perseus grew up on the island of Seriphos. Acrisius never saw him.

## Three. Acrisius

I. Perseus and the Graiae

He walked for many days.
"""
_TOML = """title = "The Gorgon's Head"
author = "Siobhan Nic Aoidh"

[pronounce]
Acrisius = "uh-KRISS-ee-us"
Siobhan = "shi-VAWN"
"""


def _myth(tmp_path: Path, toml: str = _TOML) -> tuple:
    (tmp_path / "book.md").write_text(_MYTH, encoding="utf-8")
    (tmp_path / "book.toml").write_text(toml, encoding="utf-8")
    return load_book(tmp_path)


def test_a_chapter_heading_says_the_book_s_pronunciations(tmp_path: Path) -> None:
    _, _, chapters = _myth(tmp_path)
    heads = {ch.title: next(s for s in ch.segments if s.kind == "heading") for ch in chapters}
    assert heads["Two. Perseus"].spoken == "Two. per-see-us."  # the guide's
    assert heads["Three. Acrisius"].spoken == "Three. uh-kriss-ee-us."  # book.toml's
    # the sub-heading numbered in the chapter's text too
    said = [s.spoken for s in chapters[-1].segments if s.kind == "text"]
    assert said[0] == "One. per-see-us and the Graiae."


def test_a_heading_keeps_its_spelling_where_it_is_shown(tmp_path: Path) -> None:
    """Captions, the manifest and the chapter marks show the book's own spelling."""
    _, _, chapters = _myth(tmp_path)
    assert [ch.title for ch in chapters] == [
        "One. The Golden Shower", "Two. Perseus", "Three. Acrisius"]  # fmt: skip
    heads = [next(s for s in ch.segments if s.kind == "heading") for ch in chapters]
    assert [h.text for h in heads] == [ch.title for ch in chapters]
    assert heads[0].spoken == "One. The Golden Shower."  # no name of the guide in it


def test_the_credits_say_the_author_s_name_as_book_toml_does(tmp_path: Path) -> None:
    _, _, chapters = _myth(tmp_path)
    opening, closing = chapters[0].segments[0], chapters[-1].segments[-1]
    assert "Written by shi-vawn Nic Aoidh." in opening.spoken
    assert "Siobhan Nic Aoidh" in opening.text and "shi-vawn" in closing.spoken


def test_without_a_table_a_heading_is_said_as_before(tmp_path: Path) -> None:
    plain = _MYTH.split("## Pronunciation Guide")[0] + "## Two. Perseus\n\nHe grew up.\n"
    (tmp_path / "book.md").write_text(plain, encoding="utf-8")
    _, _, chapters = load_book(tmp_path / "book.md")
    assert chapters[0].segments[1].spoken == "Two. Perseus."


def test_the_engine_says_a_heading_s_name_as_the_guide_does(tmp_path: Path) -> None:
    """Through the real engine: "Niamh" alone is "nye-um" to espeak; "NEEV" in a guide."""
    (tmp_path / "book.md").write_text(
        "# Salt\n\n## Pronunciation Guide\n\nNiamh — NEEV\n\nCaoimhe — KEE-va\n\n"
        "## Four. Niamh\n\nThe ferry came in late.\n", encoding="utf-8")  # fmt: skip
    _, _, chapters = load_book(tmp_path / "book.md")
    heading = next(s for s in chapters[0].segments if s.kind == "heading")
    assert heading.text == "Four. Niamh"
    assert "n'i:v" in phonemes(heading.spoken)
    assert "n'i:v" not in phonemes("Four. Niamh.")


# ----------------------------------------------------------------- the studio's audition

_SALT = """# Salt

## Pronunciation Guide

Niamh — NEEV

Caoimhe — KEE-va

## The Ferry

The ferry came in late, and Niamh stood at the rail. Caoimhe was on the quay.
"""


def _audition(tmp_path: Path, toml: str, *bodies: dict) -> list[bytes]:
    folder = tmp_path / "book"
    folder.mkdir()
    (folder / "book.md").write_text(_SALT, encoding="utf-8")
    (folder / "book.toml").write_text(toml, encoding="utf-8")
    studio = Studio(folder, tmp_path / "out", tmp_path / "cache")
    client = TestClient(make_app(studio))
    _, _, chapters = load_book(folder)
    n, seg = next((n, s) for n, s in enumerate(chapters[0].segments) if "stood" in s.text)
    sounds = []
    for body in ({"spoken": seg.spoken}, *bodies):  # first: the segment as the build says it
        response = client.post("/api/audition", json={"chapter": 1, "n": n, **body},
                               headers={TOKEN_HEADER: studio.token})  # fmt: skip
        assert response.status_code == 200, response.text
        with wave.open(io.BytesIO(response.content)) as wav:
            sounds.append(wav.readframes(wav.getnframes()))
    return sounds


def test_an_audition_says_the_guide_s_names_as_the_build_does(tmp_path: Path) -> None:
    """Auditioning another word ("Tadhg", not in the sentence) must leave "Niamh" as the
    guide says it, as the build will: book.toml's [pronounce] alone would not."""
    built, auditioned = _audition(tmp_path, 'title = "Salt"\n', {"word": "Tadhg", "say": "TIGE"})
    assert auditioned == built


def test_an_audition_s_word_wins_over_the_guide_and_book_toml_over_it(tmp_path: Path) -> None:
    toml = 'title = "Salt"\n\n[pronounce]\nNiamh = "NEE-uv"\n'
    built, other, same = _audition(
        tmp_path, toml, {"word": "Tadhg", "say": "TIGE"}, {"word": "Niamh", "say": "NEEV"}
    )
    assert other == built  # book.toml's "NEE-uv" over the guide's, as built
    assert same != built  # the word auditioned says it its own way


# ----------------------------------------------------------------- plain-text tables

_CAMINO = """THE WAY OF SAINT JAMES



CHAPTER I. THE MESETA

We left Burgos in the rain and walked west across the high plain. The villages
were few and far apart, and we learned to carry water.

{table}

By Terradillos our feet had hardened, and we no longer counted the kilometres.
"""
_COLUMNS = """Stage   From      To             Km     Notes
-----   -------   ------------   ----   -------------------
1       Burgos    Hontanas       31.1   Long day. Rain.
2       Hontanas  Boadilla       28.5   Rest day.
3       Boadilla  Carrion        24.6   Flat, dusty"""
_GRID = """+-------+----------+-----------------+
| Stage | From     | Notes           |
+=======+==========+=================+
| 1     | Burgos   | Long day. Rain. |
+-------+----------+-----------------+
| 2     | Hontanas | Rest day.       |
+-------+----------+-----------------+
| 3     | Boadilla | Flat            |
+-------+----------+-----------------+"""


def _said(tmp_path: Path, text: str) -> list[str]:
    path = tmp_path / "camino.txt"
    path.write_text(text, encoding="utf-8")
    _, _, chapters = load_book(path)
    return [s.spoken for ch in chapters for s in ch.segments if s.kind == "text"]


def test_a_column_table_s_row_ending_on_a_stop_is_read_whole(tmp_path: Path) -> None:
    said = _said(tmp_path, _CAMINO.format(table=_COLUMNS))
    assert "one, Burgos, Hontanas, thirty-one point one, Long day. Rain." in said
    assert "two, Hontanas, Boadilla, twenty-eight point five, Rest day." in said
    assert not any("|" in s for s in said)


def test_a_grid_table_s_rows_are_read_one_a_line(tmp_path: Path) -> None:
    said = _said(tmp_path, _CAMINO.format(table=_GRID))
    at = said.index("Stage, From, Notes")
    assert said[at : at + 4] == [
        "Stage, From, Notes", "one, Burgos, Long day. Rain.", "two, Hontanas, Rest day.",
        "three, Boadilla, Flat"]  # fmt: skip


def test_a_bar_in_prose_still_lets_its_sentences_end() -> None:
    """Near misses: a bar inside a sentence, or a row's words run on in one line with
    prose, are no table's row; their sentences end where they did."""
    text = "Type | to pipe. Then press enter. | The end. |"
    assert sentences(text) == ["Type | to pipe.", "Then press enter.", "| The end. |"]
    prose = "The sign said | OPEN |. We went in. It was warm."
    assert len(sentences(prose)) == 3


def test_the_studio_shows_the_book_s_own_pronunciations_under_book_toml_s(tmp_path: Path) -> None:
    """An author sees the names the book's guide gives (to hear and override them); a
    name book.toml already says is shown once, as book.toml says it."""
    folder = tmp_path / "book"
    folder.mkdir()
    (folder / "book.md").write_text(_SALT, encoding="utf-8")
    (folder / "book.toml").write_text('title = "Salt"\n\n[pronounce]\nNiamh = "NEE-uv"\n',
                                      encoding="utf-8")  # fmt: skip
    book = TestClient(make_app(Studio(folder, tmp_path / "out", tmp_path / "cache"))).get(
        "/api/book"
    ).json()
    assert book["pronounce"] == {"Niamh": "NEE-uv"}
    assert book["book_pronounce"] == {"Caoimhe": "kee-va"}


_FERRY = """CHAPTER IV. THE FERRY TO INISHMORE

The ferry came in late, and Niamh stood at the rail.
"""


def test_an_audition_of_a_chapter_title_says_it_as_a_title(tmp_path: Path) -> None:
    """A word auditioned in a chapter's heading is heard in the heading as the build will
    say it (a title's reading: "The Ferry to …", its capitals as words), not as a sentence."""
    folder = tmp_path / "book"
    folder.mkdir()
    (folder / "book.txt").write_text(_FERRY, encoding="utf-8")
    studio = Studio(folder, tmp_path / "out", tmp_path / "cache")
    client = TestClient(make_app(studio))
    _, manuscript, chapters = load_book(folder)
    n, seg = next((n, s) for n, s in enumerate(chapters[0].segments) if s.kind == "heading")
    lexicon = {"INISHMORE": "innish-more"}
    as_built = spoken_title(seg.text, manuscript.language, None, lexicon)
    assert as_built.startswith("Chapter Four. The Ferry")
    sounds = []
    for body in ({"spoken": as_built}, {"word": "INISHMORE", "say": "innish-more"}):
        response = client.post("/api/audition", json={"chapter": 1, "n": n, **body},
                               headers={TOKEN_HEADER: studio.token})  # fmt: skip
        assert response.status_code == 200, response.text
        with wave.open(io.BytesIO(response.content)) as wav:
            sounds.append(wav.readframes(wav.getnframes()))
    assert sounds[0] == sounds[1]
