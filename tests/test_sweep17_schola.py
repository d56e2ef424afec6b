"""Scholarly and scripture books (sweep 17): a poem set in a Markdown block is read a
line at a time, Bible and Qur'an book headings are chapters, a contents page of
"Sect."/"Chap." entries is left out, Justia's "[Footnote 1]" marks are notes."""

from __future__ import annotations

import re
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
    assert not re.search(r"\b[48]\b", said)  # margin line numbers


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


_PG_BIBLE = """The Old Testament of the King James Version of the Bible




The First Book of Moses: Called Genesis


1:1 In the beginning God created the heaven and the earth.

1:2 And the earth was without form, and void; and darkness was upon
the face of the deep.



The First Book of Samuel

Otherwise Called:

The First Book of the Kings


1:1 Now there was a certain man of Ramathaimzophim, of mount Ephraim.

1:2 And he had two wives; the name of the one was Hannah.



Ezra


1:1 Now in the first year of Cyrus king of Persia the word of the LORD
was fulfilled.

1:2 Thus saith Cyrus king of Persia.



The New Testament of the King James Bible



The Gospel According to Saint Matthew


1:1 The book of the generation of Jesus Christ, the son of David.

1:2 Abraham begat Isaac; and Isaac begat Jacob.



The Acts of the Apostles


1:1 The former treatise have I made, O Theophilus, of all that Jesus
began both to do and teach.

1:2 Until the day in which he was taken up.
"""


def _chapters(tmp_path: Path, name: str, text: str) -> list[str]:
    book = tmp_path / name
    book.write_text(text, encoding="utf-8")
    _, manuscript, _ = load_book(book)
    return [c.title or "" for c in manuscript.chapters]


def test_gutenberg_bible_books_are_chapters(tmp_path: Path) -> None:
    titles = _chapters(tmp_path, "bible.txt", _PG_BIBLE)
    assert "Ezra" in titles
    assert "The Acts of the Apostles" in titles
    assert any(t.endswith("The Gospel According to Saint Matthew") for t in titles)
    assert "The First Book of Samuel, Otherwise Called The First Book of the Kings" in titles
    said = _said(tmp_path, "bible2.txt", _PG_BIBLE)
    assert "Now in the first year of Cyrus" in said and "Otherwise Called:" not in said


def test_name_over_a_clock_time_is_no_bible_book(tmp_path: Path) -> None:
    text = (
        "Timetable\n\n\n1:1 is not a time anyone keeps, said the guard.\n\n"
        "Arrivals\n\n\n1:1 again, he said, and laughed at the board.\n"
    )
    titles = _chapters(tmp_path, "times.txt", "Some words open the book here.\n\n" + text)
    assert "Timetable" not in titles and "Arrivals" not in titles


_PICKTHALL = """THE MEANING OF THE GLORIOUS KORAN

AN EXPLANATORY TRANSLATION



SURAH 1

AL-FATIHAH
"The Opening"

Revealed at Mecca

In the name of Allah, the Beneficent, the Merciful.

1. Praise be to Allah, Lord of the Worlds,
2. The Beneficent, the Merciful.
3. Owner of the Day of Judgment,
4. Thee (alone) we worship; Thee (alone) we ask for help.



SURAH 112

AL-IKHLAS
"The Unity"

Revealed at Mecca

1. Say: He is Allah, the One!
2. Allah, the eternally Besought of all!
3. He begetteth not nor was begotten.
"""


def test_surahs_are_chapters_and_verse_numbers_unsaid(tmp_path: Path) -> None:
    titles = _chapters(tmp_path, "quran.txt", _PICKTHALL)
    assert titles[-2:] == ["SURAH 1", "SURAH 112"]
    said = _said(tmp_path, "quran2.txt", _PICKTHALL)
    assert "Praise be to Allah" in said and "1. Praise" not in said
    assert "\nSay: He is Allah" in said


def test_numbered_steps_without_surahs_keep_numbers(tmp_path: Path) -> None:
    text = _PICKTHALL.replace("SURAH 1\n", "CHAPTER 1\n").replace("SURAH 112", "CHAPTER 2")
    said = _said(tmp_path, "steps.txt", text)
    assert "1. Praise be to Allah" in said


_BLACKSTONE = """                              COMMENTARIES

                                 ON THE

                            LAWS OF ENGLAND.

                            BOOK THE FIRST.

                                   BY

                    WILLIAM BLACKSTONE, ESQ.

                                OXFORD,

                 PRINTED AT THE CLARENDON PRESS.

                                MDCCLXV.




                             THE CONTENTS.

  INTRODUCTION.
      Sect. 1. On the Study of the Law                       Page 3
      Sect. 2. Of the Nature of Laws in general                 38
  BOOK I.
      Chap. 1. Of the Absolute Rights of Individuals           117




                             INTRODUCTION.

                           SECTION THE FIRST.

                     ON THE STUDY OF THE LAW.


Mr. Vice-Chancellor, and Gentlemen of the University, the general expectation
of so numerous and respectable an audience must be productive of diffidence.




                          SECTION THE SECOND.

                 OF THE NATURE OF LAWS IN GENERAL.


Law, in its most general and comprehensive sense, signifies a rule of action;
and is applied indiscriminately to all kinds of action.
"""


def test_the_contents_page_with_sect_entries_is_left_out(tmp_path: Path) -> None:
    said = _said(tmp_path, "blackstone.txt", _BLACKSTONE)
    assert "Page 3" not in said and "Of the Absolute Rights" not in said
    assert "THE CONTENTS" not in said
    assert "Law, in its most general" in said


def test_the_contents_as_a_line_of_a_story_is_read(tmp_path: Path) -> None:
    text = (
        "CHAPTER I.\n\nShe opened the trunk at last.\n\nThe contents.\n\n"
        "That was all he wrote on the label, and she laughed at it.\n\n"
        "CHAPTER II.\n\nThe next day was grey.\n"
    )
    said = _said(tmp_path, "story.txt", text)
    assert "The contents." in said


_OPINION = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Brown v. Board of Education, 347 U.S. 483 (1954)</title></head>
<body><div id="opinion">
<h1>Brown v. Board of Education of Topeka</h1>
<p class="center">347 U.S. 483 (1954)</p>
<h2>Syllabus</h2>
<p>Segregation of white and Negro children in the public schools of a State denies to
Negro children the equal protection of the laws.</p>
<h2>Opinion</h2>
<p>These cases come to us from the States of Kansas, South Carolina, Virginia, and
Delaware, considered together in this consolidated opinion.<a href="#F1"><sup>[Footnote 1]</sup>
</a></p>
<p>We conclude that the doctrine of "separate but equal" has no place.<a href="#F2"><sup>
[Footnote 2]</sup></a></p>
<h2>Footnotes</h2>
<p id="F1">[Footnote 1] In the Kansas case, the plaintiffs are Negro children of elementary
school age residing in Topeka.</p>
<p id="F2">[Footnote 2] Cf. the cases cited in the opinion of the Court.</p>
</div></body></html>
"""


def test_court_opinion_h1_is_said_over_its_title(tmp_path: Path) -> None:
    titles = _chapters(tmp_path, "opinion.html", _OPINION)
    assert titles[0] == "Brown v. Board of Education of Topeka"


def test_h1_repeating_the_page_title_is_the_book_title(tmp_path: Path) -> None:
    page = _OPINION.replace(" of Topeka</h1>", ", 347 U.S. 483 (1954)</h1>")
    said = _said(tmp_path, "same.html", page)
    assert said.count("Brown v. Board of Education,") == 3  # credits, chapter 1, the end


def test_justia_footnote_marks_are_notes(tmp_path: Path) -> None:
    said = _said(tmp_path, "opinion.html", _OPINION)
    assert "[Footnote" not in said and "Footnote 1" not in said
    assert "In the Kansas case" not in said  # notes are left out by default
    titles = _chapters(tmp_path, "opinion2.html", _OPINION)
    assert "Footnotes" not in titles


def test_a_link_named_note_is_still_read(tmp_path: Path) -> None:
    page = _OPINION.replace(
        "no place.<a", 'no place. See <a href="#F2">the note on Plessy</a> below.<a'
    )
    said = _said(tmp_path, "link.html", page)
    assert "See the note on Plessy below." in said


def test_two_named_bible_book_set_in_one_block(tmp_path: Path) -> None:
    text = _PG_BIBLE.replace(
        "The First Book of Samuel\n\nOtherwise Called:\n\nThe First Book of the Kings",
        "The Third Book of the Kings\nCommonly Called:\nThe First Book of the Kings",
    )
    titles = _chapters(tmp_path, "bible3.txt", text)
    assert "The Third Book of the Kings, Commonly Called The First Book of the Kings" in titles
