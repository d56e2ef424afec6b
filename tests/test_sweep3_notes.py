"""Drafts handed in as they are (sweep 3, the "modern manuscripts" round): a writer's
notes to self and to the editor in the shapes Obsidian, iA Writer, Ulysses and Word
drafts have them, a cover note to the editor on a Word file's first page, and an indie
book's calls to action and the next book's sample after a teaser page. Each hit has its
near miss: text of the same look that a story or a book really says."""

from __future__ import annotations

from pathlib import Path

import docx

from audiobook.build.pipeline import load_book
from plainbooks import left_out, read_book

PROSE = (
    "The rain came in off the sound and stayed, as it did every autumn, and the ferry ran "
    "late or not at all. Ada kept the lamp trimmed and the log written up, and at night she "
    "listened to the radio crackle with the weather from the mainland. "
)


def _chapter(title: str, *paragraphs: str, filler: int = 3) -> str:
    return f"## {title}\n\n" + "\n\n".join([PROSE * filler, *paragraphs]) + "\n\n"


# ---------------------------------------------------------------- 1. notes to self

NOTES_MD = (
    "# The Keeper's Daughter\n\n"
    "> [!note] Draft status\n"
    "> Draft 2. Chapters 1–3 revised after beta feedback.\n\n"
    + _chapter(
        "Chapter 1",
        "TODO: expand this — more sensory detail, smell of the lamp oil?",
        "FIX: timeline — night 9 vs night 10.",
        "She waited. XXX need a better line here XXX",
        "[insert scene where they meet at the bakery]",
        "[Sam — should we cut this chapter? It drags. —Editor]",
        "#todo #research check the bus times",
        "==FIX: is 1987 right? check against the outline==",
        "He said nothing at all, and then he left.",
    )
    + _chapter("Chapter 2", "The second chapter ends here.")
)


def test_a_drafts_notes_to_self_are_left_out_and_listed_by_kind(tmp_path: Path) -> None:
    manuscript, _, read = read_book(tmp_path, NOTES_MD, "draft.md")
    for note in ("TODO", "FIX", "XXX", "bakery", "Editor", "hashtag", "bus times", "1987",
                 "Draft status", "beta"):
        assert note not in read, note
    assert "She waited. | He said nothing at all" in read
    listed = left_out(manuscript)
    for kind in ("TODO:", "#todo", "insert scene", "—Editor", "XXX", "Draft status"):
        assert kind in listed, kind


NEAR_MISSES_MD = "# The Keeper's Daughter\n\n" + _chapter(
    "Chapter 1",
    "Todo was the name of her dog, and he slept by the stove.",
    "“Fix it!” he shouted up the stairs. “FIX: that is what I said.”",
    "She posted the photo with #blessed and went to bed.",
    "#blessed",
    "[Transcript begins]",
    "The film was rated XXX. Nobody in the village admitted to seeing it.",
    "> [!TIP] Measure the wick before you trim it.",
) + _chapter("Chapter 2", "The second chapter ends here.")


def test_text_that_only_looks_like_a_note_is_read(tmp_path: Path) -> None:
    _, _, read = read_book(tmp_path, NEAR_MISSES_MD, "draft.md")
    assert "Todo was the name of her dog" in read
    assert "Fix it!" in read
    assert "hashtag blessed and went to bed" in read
    assert "Transcript begins" in read
    assert "rated XXX" in read or "rated X X X" in read
    assert "Measure the wick" in read


def test_a_todo_line_in_plain_text_is_left_out(tmp_path: Path) -> None:
    text = f"CHAPTER I\n\n{PROSE}\n\nTODO: the storm scene\n\n{PROSE}\n\nCHAPTER II\n\n{PROSE}\n"
    manuscript, _, read = read_book(tmp_path, text)
    assert "storm scene" not in read
    assert "TODO:" in left_out(manuscript)


def _docx(path: Path, first: str) -> Path:
    document = docx.Document()
    document.add_paragraph(first)
    for number in (1, 2):
        document.add_heading(f"Chapter {number}", level=1)
        document.add_paragraph(PROSE * 2)
    document.save(str(path))
    return path


def _spoken(path: Path) -> str:
    _, _, chapters = load_book(path)
    return " | ".join(s.spoken for ch in chapters for s in ch.segments if s.kind != "credits")


def test_a_cover_note_to_the_editor_before_the_book_is_left_out(tmp_path: Path) -> None:
    note = ("Hi Sam — here’s draft 3! Changes since draft 2 are tracked. Still not sure "
            "about the ending, let me know what you think. —R")
    path = _docx(tmp_path / "draft.docx", note)
    assert "draft three" not in _spoken(path) and "Hi Sam" not in _spoken(path)
    _, manuscript, _ = load_book(path)
    assert any(o.what == "a cover note" for o in manuscript.omitted)


def test_a_letter_that_opens_a_novel_is_read(tmp_path: Path) -> None:
    letter = ("Dear Kitty, I hope I shall be able to confide everything to you, as I have "
              "never been able to confide in anyone.")
    path = _docx(tmp_path / "diary.docx", letter)
    assert "Dear Kitty" in _spoken(path)


# ---------------------------------------------------------------- 2. promotion

PROMOTED = (
    "# The Last Signal\n\n"
    + _chapter("Chapter 1", filler=8)
    + _chapter("Chapter 2", filler=8)
    + _chapter(
        "Epilogue",
        "“Leave a review,” the manager said, “every review helps.”",
        "Her manager begged the customers to leave a review on the way out.",
        "Thank you for reading The Last Signal! If you enjoyed it, please consider leaving a "
        "review on Amazon or Goodreads. Every review helps!",
        filler=2,
    )
    + "## Also by Maya Reyes\n\nThe Quiet Hour\n\nStatic\n\n"
    "Read on for a sneak peek of DEAD AIR, the next Nora Kessler thriller!\n\n"
    "## Dead Air — Chapter 1\n\n"
    "The body was found in the studio at four, headphones still on.\n\n"
    "Pre-order DEAD AIR now on Amazon, Apple Books, Kobo, and wherever books are sold!\n\n"
    "## About the Author\n\n"
    "Maya Reyes is a former radio producer who lives in Portland with two kids and a cat.\n\n"
    "Sign up for her newsletter at mayareyes.example.com and get a FREE short story!\n"
)


def test_calls_to_action_and_the_teased_excerpt_are_left_out(tmp_path: Path) -> None:
    manuscript, titles, read = read_book(tmp_path, PROMOTED, "book.md")
    assert not any("Dead Air" in (t or "") for t in titles)
    assert "body was found" not in read and "Pre-order" not in read
    assert "please consider leaving a review" not in read
    assert "Sign up for her newsletter" not in read
    assert "former radio producer" in read  # the page about the author is read
    listed = left_out(manuscript)
    assert "the next book's excerpt 'Dead Air — Chapter 1'" in listed
    assert "a call to action in 'Epilogue'" in listed
    assert "Sign up for her newsletter" in listed


def test_a_character_asking_for_a_review_and_a_thankful_note_are_read(tmp_path: Path) -> None:
    _, _, read = read_book(tmp_path, PROMOTED, "book.md")
    assert "Leave a review," in read and "begged the customers to leave a review" in read
    note = PROMOTED.replace(
        "## Also by Maya Reyes",
        "## A Note from the Author\n\nThank you for reading. This book was written in coffee "
        "shops across Chicago, mostly at five in the morning.\n\n## Also by Maya Reyes",
    )
    _, _, read = read_book(tmp_path / "note", note, "book.md")
    assert "Thank you for reading. | This book was written in coffee shops" in read


def test_a_chapter_after_a_teaser_that_opens_no_book_is_read(tmp_path: Path) -> None:
    story = PROMOTED.replace("## Dead Air — Chapter 1", "## Chapter 3")
    _, _, read = read_book(tmp_path, story, "book.md")
    assert "body was found" in read


# ---------------------------------------------------------------- 3. shortcodes

def test_an_emoji_shortcode_is_said_as_its_emoji_is(tmp_path: Path) -> None:
    text = ("# Night Shift\n\n## One\n\nI had three of each tonight. :coffee:\n\n"
            "I had three of each tonight. ☕\n\nShe said :+1: and left at 10:30:00.\n")
    _, _, read = read_book(tmp_path, text, "book.md")
    assert "coffee" not in read and ":" not in read.replace("10:30", "")
    assert read.count("I had three of each tonight.") == 2


def test_a_shortcode_in_a_code_span_or_a_time_is_kept(tmp_path: Path) -> None:
    text = ("# Notes\n\n## One\n\nType `:coffee:` in the chat to send a cup. "
            "The Emperor's motto was :fleur: nothing else.\n")
    _, _, read = read_book(tmp_path, text, "book.md")
    assert ":coffee:" in read and ":fleur:" in read
