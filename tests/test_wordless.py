"""Nothing unspeakable reaches the engine: marks, dashes and ellipses become pauses."""

from __future__ import annotations

from pathlib import Path

import pytest

from audiobook.config import BookConfig
from audiobook.models import Chapter, Manuscript, Paragraph
from audiobook.text.segment import segment, sentences, speakable, words

# Alice's Adventures in Wonderland, chapter V, as Project Gutenberg sets it: a
# quotation inside a quotation in the same curly marks.
NESTED = (
    "“Well, I’ve tried to say “How doth the little busy bee,” but it all came "
    "different!” Alice replied in a very melancholy voice."
)


def script(*paragraphs: str, language: str = "en", headings: tuple[str, ...] = ("One",)):
    chapters = tuple(Chapter(h, tuple(Paragraph(p) for p in paragraphs)) for h in headings)
    book = Manuscript("Alice", "Lewis Carroll", language, chapters, Path("alice.txt"))
    return segment(book, BookConfig(language=language))


def texts(chapters) -> list:
    return [s for ch in chapters for s in ch.segments if s.kind == "text"]


def test_nested_same_mark_quotation_keeps_its_closing_mark():
    got = sentences("“Well, I’ve tried to say “How doth the little busy bee,” but it all came "
                    "different!” Alice replied.")  # fmt: skip
    assert all(speakable(s) for s in got)
    assert got[0].endswith("different!”")


@pytest.mark.parametrize(
    "paragraph",
    [
        NESTED,
        "“Curiouser and curiouser!” “…” said the Rabbit, and “—” said the Dormouse.",
        "“…” said the Rabbit.",
        "He paused: “…” — and then spoke again.",
        "Count them: « … » and ‘—’ and \"...\" and '--'.",
        "— — —",
        "“Repeat, “You are old, Father William,”” said the Caterpillar.",
        "Stop! ” ” Go on.",
        "* * † ‡ ¶",
    ],
)
def test_no_segment_without_words_and_every_word_once(paragraph):
    chapters = script("She began.", paragraph, "She ended.")
    segs = texts(chapters)
    assert all(speakable(s.spoken) for ch in chapters for s in ch.segments)
    assert [w for s in segs for w in words(s.text)] == words(f"She began. {paragraph} She ended.")


def test_wordless_text_stays_in_the_manifest_and_becomes_a_pause():
    chapters = script("“Good-bye, feet!” “…” said the Rabbit.")
    segs = texts(chapters)
    joined = " ".join(s.text for s in segs)
    assert "“…”" in joined  # the reader of the manifest or captions still sees it
    farewell = next(s for s in segs if "feet" in s.text)
    # the silent reply is heard as the pause it would have had, on top of farewell's own
    assert farewell.pause_after_ms >= 2 * BookConfig().pauses.sentence_ms


def test_a_symbol_heading_is_not_spoken_and_a_symbol_chapter_is_still_announced():
    chapters = script("Words here.", headings=("One", "* * *"))
    assert [s.kind for s in chapters[1].segments] == ["text", "credits"]
    lone = script("— — —", headings=("One", "†"))
    assert all(speakable(s.spoken) for ch in lone for s in ch.segments)
    assert lone[1].segments


def test_russian_guillemets_and_dashes():
    chapters = script("— «…» — сказал он. «Ну что ж, «прощай», — ответила она.»", language="ru")
    assert all(speakable(s.spoken) for ch in chapters for s in ch.segments)
