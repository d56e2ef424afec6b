"""A list of illustrations whose section runs on into the book's own prose (the essays'
headings in capitals were not found as chapters) is read, never left out with the
list: losing two essays is far worse than hearing a list."""

from __future__ import annotations

from pathlib import Path

from audiobook.build.pipeline import load_book

ESSAYS = """\
HEDGEROW ESSAYS

BY

CUTHBERT ROWE




TO MY FATHER

WHO FIRST TAUGHT ME TO WALK SLOWLY




LIST OF ILLUSTRATIONS

THE AUTHOR'S STUDY                           _Frontispiece_
A MILESTONE ON THE BATH ROAD                  _Facing p._ 20




ON WALKING SLOWLY

There is a sort of man who walks as if the road owed him money, and another who walks
as if he owed the road an apology; I have been both, and I recommend neither of them to
anyone who wishes to see a hedge.




OF MILESTONES

A milestone is the most modest of monuments. It tells you how far you have come and how
far you have to go, and it asks nothing for the news, not even a glance from the coach.
"""


def _said(tmp_path: Path, text: str) -> str:
    path = tmp_path / "book.txt"
    path.write_text(text, encoding="utf-8")
    _, _, chapters = load_book(path)
    return " ".join(s.spoken for ch in chapters for s in ch.segments)


def test_a_list_of_illustrations_that_runs_into_the_essays_keeps_them(tmp_path: Path) -> None:
    said = _said(tmp_path, ESSAYS)
    assert "a sort of man who walks" in said
    assert "the most modest of monuments" in said


def test_a_list_of_illustrations_alone_is_still_left_out(tmp_path: Path) -> None:
    book = ESSAYS.replace("ON WALKING SLOWLY\n", "CHAPTER I\n").replace(
        "OF MILESTONES\n", "CHAPTER II\n"
    )
    said = _said(tmp_path, book)
    assert "Frontispiece" not in said and "BATH ROAD" not in said.upper()
    assert "a sort of man who walks" in said
