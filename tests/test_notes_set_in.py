"""A note of several paragraphs set in under the paragraph that cites it.

Project Gutenberg's editions of edited texts (Franklin's Autobiography, PG #20203)
print a note indented under its paragraph, "[4] In this connection …", and its second
paragraph under it at the same indent with no label. That paragraph was read as the
author's own text while its note was left out.
"""

from __future__ import annotations

from audiobook.text.readers.plaintext import find_chapters

CITING = (
    "I shall a good deal gratify my own _vanity_.[4] Indeed, I scarce ever\n"
    "heard or saw the introductory words, but some vain thing immediately\n"
    "followed, and I give it fair quarter wherever I meet with it.\n"
)
NOTE = (
    '    [4] In this connection Woodrow Wilson says, "And yet the\n'
    "    surprising and delightful thing about this book is that it\n"
    '    has not the low tone of conceit."\n'
)
SECOND = (
    "    Gibbon and Hume, the great British historians, who were\n"
    "    contemporaries of Franklin, express in their\n"
    "    autobiographies the same feeling about just self-praise.\n"
)
RESUMES = (
    "Thomas was bred a smith under his father; but, being ingenious, he\n"
    "qualified himself for the business of scrivener.\n"
)


def _book(*pieces: str) -> str:
    body = "\n".join(pieces)
    return f"CHAPTER I.\n\n{body}\nCHAPTER II.\n\nThe second chapter goes on plainly.\n"


def _paragraphs(text: str) -> list[str]:
    return [p.text for _, ps in find_chapters(text).chapters for p in ps]


def test_a_notes_second_paragraph_goes_with_its_note():
    paragraphs = _paragraphs(_book(CITING, NOTE, SECOND, RESUMES))
    note = next(p for p in paragraphs if p.startswith("[4]"))
    assert "Gibbon and Hume" in note and note.endswith("just self-praise.")
    assert not any(p.startswith("Gibbon") for p in paragraphs)
    assert any(p.startswith("Thomas was bred") for p in paragraphs)


def test_the_next_note_ends_the_one_before():
    nxt = "    [5] Thomas Franklin, the uncle, was a scrivener at Ecton.\n"
    paragraphs = _paragraphs(_book(CITING, NOTE, SECOND, nxt, RESUMES))
    assert [p[:3] for p in paragraphs if p.startswith("[")] == ["[4]", "[5]"]
    assert "Gibbon" in next(p for p in paragraphs if p.startswith("[4]"))


def test_a_book_set_in_throughout_keeps_its_paragraphs():
    # near miss: every paragraph indented alike, the text never comes back to a lesser
    # indent after the note: nothing shows where a note would end
    indented = "".join("    " + line + "\n" for line in CITING.splitlines())
    resumes = "".join("    " + line + "\n" for line in RESUMES.splitlines())
    paragraphs = _paragraphs(_book(indented, NOTE, SECOND, resumes))
    assert any(p.startswith("Gibbon") for p in paragraphs)


def test_a_note_at_the_margin_keeps_the_paragraph_under_it():
    # near miss: a note not set in; the paragraph after it is the author's
    flat = "".join(line.lstrip() + "\n" for line in NOTE.splitlines())
    second = "".join(line.lstrip() + "\n" for line in SECOND.splitlines())
    paragraphs = _paragraphs(_book(CITING, flat, second, RESUMES))
    assert any(p.startswith("Gibbon") for p in paragraphs)
