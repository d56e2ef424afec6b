"""Minor headings, long quotations and short given names, as real books set them: a
grammar's "II. Compound Sentences" (an h5 inside a chapter, its Roman number cut off and
said as letters), a long quoted speech cut by length in mid-phrase or inside a name, and
a diary's "Mrs. The. Turner" (a given name cut short) taken for a sentence's end. Each
hit has its near miss: a text of the same look, read as it was."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

from audiobook.build.pipeline import load_book
from audiobook.config import BookConfig
from audiobook.text.segment import MAX_SEGMENT_CHARS, numbered_heading, sentences, split_long

# ------------------------------------------------- 1. a minor heading's Roman number

GRAMMAR = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>A Short English Grammar</title>
<meta name="author" content="Ada Lindsay"></head>
<body>
<h1>A SHORT ENGLISH GRAMMAR</h1>
<h2>PART ONE</h2>
<h3>THE SENTENCE</h3>
<p><b>12.</b> Sentences are simple, compound, or complex, as their clauses stand.</p>
<h5>I. Simple Sentences</h5>
<p>The river rises in spring.</p>
<h5>II. Compound Sentences</h5>
<p>The river rose, and the mill stopped.</p>
<h5>III. Complex Sentences</h5>
<p>When the river rose, the mill stopped.</p>
<p><b>50.</b> <span class="h5">III. Adverbial Clauses.</span> The following sentences
show an adverb, an adverbial phrase, and an adverbial clause.</p>
<p>V. Hugo</p>
<p>II. The river rose and the mill stopped at once.</p>
</body></html>
"""


def _said(path: Path) -> list[str]:
    _, _, chapters = load_book(path)
    return [s.spoken for c in chapters for s in c.segments if s.kind == "text"]


def test_a_minor_headings_roman_number_is_said_as_a_number_with_its_title(
    tmp_path: Path,
) -> None:
    book = tmp_path / "grammar.html"
    book.write_text(GRAMMAR, encoding="utf-8")
    said = _said(book)
    assert "One. Simple Sentences." in said
    assert "Two. Compound Sentences." in said
    assert "Three. Complex Sentences." in said
    assert "Fifty. Three. Adverbial Clauses." in said  # a paragraph's number run into it
    assert not any(s.strip() in ("II.", "III.") for s in said[:8])


def test_a_roman_number_before_a_sentence_or_an_initial_before_a_name_is_no_heading(
    tmp_path: Path,
) -> None:
    book = tmp_path / "grammar.html"
    book.write_text(GRAMMAR, encoding="utf-8")
    said = _said(book)
    assert "V. Hugo" in said  # a name: not "Five. Hugo."
    assert "The river rose and the mill stopped at once." in said
    assert numbered_heading("I. Went home at noon and slept.") is None
    assert numbered_heading("C. Dickens") is None
    assert numbered_heading("C. LOVAT FRASER.") is None  # an illustrator signs
    assert sentences("I. Simple Sentences") == ["I. Simple Sentences"]


# ------------------------------------------- 2. a long quotation cut where it should be

HUGO = (
    '"That\'s the worst of living so far out," bawled Mr. White, with sudden and '
    "unlooked-for violence; \"of all the beastly, slushy, out-of-the-way places to live "
    "in, this is the worst. Pathway's a bog, and the road's a torrent. I don't know what "
    "people are thinking about. I suppose because only two houses in the road are let, "
    'they think it doesn\'t matter."'
)
MAGI = (
    "Now, when the income was shrunk to twenty dollars, the letters of \"Dillingham\" "
    "looked blurred, as though they were thinking seriously of contracting to a modest "
    "and unassuming D. But whenever Mr. James Dillingham Young came home and reached his "
    'flat above he was called "Jim" and greatly hugged by Mrs. James Dillingham Young, '
    "already introduced to you as Della."
)


def test_a_long_quotation_is_cut_where_one_of_its_sentences_ends() -> None:
    (sentence,) = sentences(HUGO)  # pysbd reads on inside the quotation marks
    pieces = split_long(sentence)
    assert all(len(p) <= MAX_SEGMENT_CHARS for p in pieces)
    assert pieces[0].endswith("thinking about.")
    assert not any(p.endswith("a bog,") for p in pieces)


def test_a_long_sentence_is_cut_at_a_semicolon_before_a_comma() -> None:
    text = (
        "Most people dislike vanity in others, whatever share they have of it themselves; "
        "but I give it fair quarter wherever I meet with it, being persuaded that it is "
        "often productive of good to the possessor, and to others that are within his "
        "sphere of action; and therefore, in many cases, it would not be altogether absurd "
        "if a man were to thank God for his vanity among the other comforts of life."
    )
    pieces = split_long(text)
    assert pieces[0].endswith("sphere of action;")


def test_a_long_sentence_is_never_cut_inside_a_name() -> None:
    pieces = split_long(" ".join(sentences(MAGI)))
    assert not any(p.endswith(("Mrs. James", "James", "Mr.")) for p in pieces)
    assert pieces[0].endswith("unassuming D.")  # "D. But whenever": an end
    text = "He wrote to J. Smith and to J. Brown " + "and to all the rest of them " * 12
    assert not any(p.endswith(("J.", "Mrs.")) for p in split_long(text.strip() + "."))


def test_an_abbreviation_inside_brackets_is_no_sentences_end() -> None:
    text = (
        "In 1846 the veteran geologist published in an excellent though short paper "
        '("Bulletins de l\'Acad. Roy. Bruxelles", tom. xiii, p. 581) his opinion that it '
        "is more probable that new species have been produced by descent with modification "
        "than that they have been separately created: the author first said so in 1831."
    )
    assert not any(p.endswith("Roy.") for p in split_long(text))


# ----------------------------------------------------- 3. a given name cut short


def test_a_given_name_cut_short_after_a_title_ends_no_sentence() -> None:
    text = "Supt at my father's, where in came Mrs. The. Turner and Madam Morrice, and supt."
    assert sentences(text) == [text]
    assert sentences("I saw Mr. Will. Hewer at the office.") == [
        "I saw Mr. Will. Hewer at the office."
    ]
    assert sentences("Dined with Dr. Tho. Pepys. Home.") == ["Dined with Dr. Tho. Pepys.", "Home."]


def test_a_given_name_before_a_sentences_opener_still_ends_it() -> None:
    assert sentences("I met Mrs. Ann. Then we left.") == ["I met Mrs. Ann.", "Then we left."]
    assert sentences("I met Mrs. Ann. She smiled.") == ["I met Mrs. Ann.", "She smiled."]


# ------------------------------------------------ 4. a collection's poem titles

COLLECTION = """SONGS OF THE ROAD

By Ada Lindsay




BOOK I.  BEGINNINGS




The Open Gate

  I set out early, when the road was wet,
  And all the hedges shone along the way;
  I had not walked a mile, and yet, and yet
      the town behind me seemed a year away.




Eidolons

  I met a stranger at the river ford,
  Who asked me where the river went at night;
  I told him all I knew, and not a word
  Of it was true, and all of it was right.




Good-Bye My Fancy!

  Good-bye, my fancy, and good-bye, my song,
  The lamp is low, the road behind is long.
"""

PLAY = """THE WITCH'S ORCHARD

A Play in Verse




ACT I

SCENE I. An orchard. A Witch bends over her caldron.




Ogre

  I have dragged them here to my castle tower,
  And here they shall stay till the new moon's hour.




Witch

  Now why didst thou plot such a wicked thing?
  The children no harm have done to the king.




Ogre

  Then brew me a charm in thy caldron black,
  That shall keep them fast and never come back.




Witch

  The Fairy Godmother watches them well,
  And I dare not brew thee so dark a spell.
"""


def _pauses_before(path: Path) -> dict[str, int]:
    """Each text segment's words, with the pause before it."""
    _, _, chapters = load_book(path)
    segs = [s for c in chapters for s in c.segments if s.kind == "text"]
    return {b.spoken: a.pause_after_ms for a, b in pairwise(segs)}


def test_a_collections_poem_titles_are_read_after_a_section_breaks_pause(
    tmp_path: Path,
) -> None:
    book = tmp_path / "songs.txt"
    book.write_text(COLLECTION, encoding="utf-8")
    before = _pauses_before(book)
    pauses = BookConfig().pauses
    assert before["Eidolons"] == pauses.scene_break_ms > pauses.paragraph_ms
    assert before["Good-Bye My Fancy!"] == pauses.scene_break_ms
    assert before["I met a stranger at the river ford,"] == pauses.paragraph_ms


def test_a_verse_plays_speakers_are_no_poem_titles(tmp_path: Path) -> None:
    book = tmp_path / "play.txt"
    book.write_text(PLAY, encoding="utf-8")
    before = _pauses_before(book)
    assert before["Witch"] <= 1000  # a paragraph's pause, as before
    assert before["Ogre"] <= 1000
