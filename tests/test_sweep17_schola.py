"""Scholarly and scripture books (sweep 17): a poem set in a Markdown block is read a
line at a time, Bible and Qur'an book headings are chapters, a contents page of
"Sect."/"Chap." entries is left out, Justia's "[Footnote 1]" marks are notes."""

from __future__ import annotations

from pathlib import Path

from audiobook.build.pipeline import load_book

_LYRIC = """# Specimens of the Harley Lyrics

## Introduction

The English lyrics of the manuscript are printed here as the scribe wrote them, with
his spelling kept and his abbreviations silently expanded.

## I. Alysoun

{poem}

The refrain closes each stanza, as the notes explain.
"""
_POEM = """Bytuene Mersh ant Aueril
when spray biginneþ to springe,
þe lutel foul haþ hire wyl
on hyre lud to synge.                              4
Ich libbe in louelonging
for semlokest of alle þynge;
he may me blisse bringe;
icham in hire baundoun.                            8"""


def _said(tmp_path: Path, name: str, text: str) -> str:
    book = tmp_path / name
    book.write_text(text, encoding="utf-8")
    _, _, chapters = load_book(book)
    return "\n".join(s.text for c in chapters for s in c.segments)


def _indented(poem: str) -> str:
    return "\n".join("    " + line for line in poem.splitlines())


def test_indented_lower_case_poem_is_read_line_by_line(tmp_path: Path) -> None:
    said = _said(tmp_path, "harley.md", _LYRIC.format(poem=_indented(_POEM)))
    assert "code example" not in said
    assert "when spray biginneþ to springe" in said
    assert "for semlokest of alle þynge" in said
    assert "four" not in said and "eight" not in said  # margin line numbers


def test_bare_fenced_lower_case_poem_is_read(tmp_path: Path) -> None:
    said = _said(tmp_path, "harley.md", _LYRIC.format(poem=f"```\n{_POEM}\n```"))
    assert "code example" not in said
    assert "þe lutel foul haþ hire wyl" in said


def test_indented_code_in_words_stays_code(tmp_path: Path) -> None:
    code = "    import os\n    from pathlib import Path\n    for n in os.listdir():\n        f(n)"
    said = _said(tmp_path, "code.md", _LYRIC.format(poem=code))
    assert "code example" in said and "import" not in said


def test_bare_fenced_commands_stay_code(tmp_path: Path) -> None:
    said = _said(tmp_path, "cmds.md", _LYRIC.format(poem="```\ngit status\ngit log\n```"))
    assert "code example" in said and "git status" not in said
