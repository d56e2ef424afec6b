"""Segmenting: sentences, long-sentence splits, pauses, and the word audit."""

from __future__ import annotations

import time
import unicodedata
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from audiobook.config import BookConfig, Pauses
from audiobook.errors import ManuscriptError
from audiobook.models import Chapter, Manuscript, Paragraph
from audiobook.text.segment import (
    MAX_SEGMENT_CHARS,
    _chunks,
    _compare,
    _only_runs_cut,
    segment,
    sentences,
    split_long,
    words,
)


def manuscript(*chapters: tuple[str, list[str]], **kw) -> Manuscript:
    return Manuscript(
        title=kw.get("title", "Book"),
        author="Writer",
        language="en",
        chapters=tuple(Chapter(t, tuple(Paragraph(p) for p in ps)) for t, ps in chapters),
        source=__import__("pathlib").Path("book.txt"),
    )


def test_sentences_respect_abbreviations_and_decimals():
    got = sentences("Mr. Smith paid 3.50 dollars. Then he left! Did he? Yes.")
    assert got == ["Mr. Smith paid 3.50 dollars.", "Then he left!", "Did he?", "Yes."]


def test_a_shortened_given_name_ends_no_sentence():
    got = sentences("It was in the reign of Geo. III. and Wm. Pitt spoke. Geo. left.")
    assert got == ["It was in the reign of Geo. III. and Wm. Pitt spoke.", "Geo. left."]


def test_long_sentence_splits_at_clause_marks_never_mid_word():
    sentence = ", ".join(["the quiet road wound on past the old mill"] * 20) + "."
    pieces = split_long(sentence, 120)
    assert all(len(p) <= 120 for p in pieces)
    assert all(p.endswith((",", ".")) for p in pieces)
    assert " ".join(pieces) == sentence


def test_unbroken_giant_word_is_cut_to_the_limit():
    pieces = split_long("x" * 1000, 300)
    assert [len(p) for p in pieces] == [300, 300, 300, 100]


def test_pauses_credits_titles_and_closing():
    pauses = Pauses(sentence_ms=400, paragraph_ms=1100, heading_ms=1600, credits_ms=1700)
    config = BookConfig(pauses=pauses, narrator="Nia")
    book = manuscript(("One", ["A b. C d.", "E f."]), ("Two", ["G h."]), title="Tale")
    first, second = segment(book, config)
    kinds = [s.kind for s in first.segments]
    assert kinds == ["credits", "heading", "text", "text", "text"]
    assert first.segments[0].text == "Tale. Written by Writer. Narrated by Nia."
    assert [s.pause_after_ms for s in first.segments] == [1700, 1600, 400, 1100, 0]
    assert second.segments[-1].kind == "credits"
    assert second.segments[-1].text.startswith("The end.")
    assert second.segments[-2].pause_after_ms == pauses.scene_break_ms


def test_verse_lines_are_pieces_with_a_line_pause():
    """A paragraph with the author's line breaks (models.LINE_BREAK): each line is its
    own piece, ended by the line pause; a sentence's end still gets the sentence pause,
    and a short line with no stop (enjambment) is not joined to the next."""
    pauses = Pauses(sentence_ms=500, line_ms=350, clause_ms=250, paragraph_ms=1000)
    stanza = "\u2028".join([
        "The mill-wheel stands; the water sleeps",
        "Beneath the alders, dark and deep.",
        "He works all day",
        "and sleeps all night.",
    ])  # fmt: skip
    (chapter,) = segment(manuscript(("One", [stanza, "Prose after it."])),
                         BookConfig(pauses=pauses))  # fmt: skip
    text = [(s.text, s.pause_after_ms) for s in chapter.segments if s.kind == "text"]
    assert text == [
        ("The mill-wheel stands; the water sleeps", 350),
        ("Beneath the alders, dark and deep.", 500),
        ("He works all day", 350),
        ("and sleeps all night.", 1000),
        ("Prose after it.", 2500),  # the book's end: a scene break's rest before the credits
    ]
    assert all("\u2028" not in s.spoken for s in chapter.segments)
    # the read-along breaks the line after each line, a sentence's end or not
    lines = [s.line_end for s in chapter.segments if s.kind == "text"]
    assert lines == [True, True, True, False, False]


@pytest.mark.parametrize(("source", "said"), [
    ("book.html", "Write b bold /b for bold."),  # from `<code>&lt;b&gt;bold&lt;/b&gt;</code>`
    ("book.txt", "Write bold for bold."),  # a plain-text copy of a web page: emphasis
])  # fmt: skip
def test_tag_pairs_are_taken_off_only_in_plain_text_books(source, said):
    book = replace(manuscript(("One", ["Write <b>bold</b> for bold."])), source=Path(source))
    (only,) = segment(book, BookConfig())
    assert [s.spoken for s in only.segments if s.kind == "text"] == [said]


def test_scene_break_gets_the_longer_pause():
    book = manuscript(("One", ["A b.", "C d."]))
    chapters = list(book.chapters)
    chapters[0] = Chapter("One", (Paragraph("A b."), Paragraph("C d.", scene_break_before=True)))
    book = Manuscript(book.title, book.author, "en", tuple(chapters), book.source)
    (only,) = segment(book, BookConfig())
    texts = [s for s in only.segments if s.kind == "text"]
    assert texts[0].pause_after_ms == BookConfig().pauses.scene_break_ms


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.text(
            alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
            min_size=1,
            max_size=400,
        ),
        min_size=1,
        max_size=4,
    )
)
def test_every_word_is_kept_once_in_order_and_segments_fit_the_engine(paragraphs):
    paragraphs = [p for p in paragraphs if words(p)]
    if not paragraphs:
        return
    book = manuscript(("Chapter", paragraphs))
    (chapter,) = segment(book, BookConfig())  # segment() itself raises if a word is lost
    spoken = [w for s in chapter.segments if s.kind == "text" for w in words(s.text)]
    assert spoken == [w for p in paragraphs for w in words(p)]
    assert all(len(s.text) <= MAX_SEGMENT_CHARS for s in chapter.segments if s.kind == "text")


def test_chapter_over_two_hours_is_split_into_parts_at_paragraphs():
    from audiobook.text.segment import MAX_FILE_MINUTES, estimate_minutes, split_long_chapters

    paragraph = " ".join(["The long road wound on past the mill and the river."] * 10)
    long_chapter = Chapter("The Journey", tuple(Paragraph(f"{i} {paragraph}") for i in range(400)))
    config = BookConfig()
    assert estimate_minutes(long_chapter, config) > MAX_FILE_MINUTES  # about 4 hours
    parts = split_long_chapters((Chapter("Short", (Paragraph("Hi."),)), long_chapter), config)
    assert parts[0].title == "Short"
    assert [p.title for p in parts[1:]] == [f"The Journey (part {i})" for i in range(1, len(parts))]
    assert all(estimate_minutes(p, config) <= MAX_FILE_MINUTES - 10 for p in parts)
    assert [p for part in parts[1:] for p in part.paragraphs] == list(long_chapter.paragraphs)


def test_a_quotation_read_by_the_narrator_does_not_cut_its_sentence():
    text = (
        "Readers should turn to Pell’s ‘Ledgers of the Port,’ which is the fullest account. "
        "“Come in,” Natalia said."
    )
    book = manuscript(("One", [text]))
    (alone,) = segment(book, BookConfig())
    said = [s.text for s in alone.segments if s.kind == "text"]
    assert said == [
        "Readers should turn to Pell’s ‘Ledgers of the Port,’ which is the fullest account.",
        "“Come in,” Natalia said.",
    ]
    (cast,) = segment(book, BookConfig(cast={"Natalia": "female"}))
    voiced = [(s.text, s.voice) for s in cast.segments if s.kind == "text"]
    assert voiced[-2:] == [("“Come in,”", "female"), ("Natalia said.", "narrator")]


def test_german_closing_marks_stay_with_their_sentence():
    text = "Er sagte: »Ich bleibe bis Juni.« Die Leute lachten. »Warum?« fragte sie."
    book = __import__("dataclasses").replace(manuscript(("Eins", [text])), language="de")
    (alone,) = segment(book, BookConfig())
    assert [s.text for s in alone.segments if s.kind == "text"] == [
        "Er sagte: »Ich bleibe bis Juni.«",
        "Die Leute lachten.",
        "»Warum?« fragte sie.",
    ]


def test_a_question_and_its_dialogue_tag_are_one_sentence():
    # pysbd ends a sentence at the quoted "?", and the tag would follow a sentence pause
    text = "“What debt?” said Adam. He smiled. “Go!” she cried, and ran. “Why?” Nobody knew."
    (alone,) = segment(manuscript(("One", [text])), BookConfig())
    assert [s.text for s in alone.segments if s.kind == "text"] == [
        "“What debt?” said Adam.", "He smiled.", "“Go!” she cried, and ran.", "“Why?”",
        "Nobody knew.",
    ]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab. !?\n\t \u00a0“”\"'…Mr3")), max_size=80))
def test_sentence_spans_match_pysbds_own_on_any_text(text):
    """Our span search (str.find) against pysbd's (a regex per sentence)."""
    import pysbd

    from audiobook.text.segment import _segmenter

    ours, theirs = _segmenter("en"), pysbd.Segmenter(language="en", clean=False)
    assert ours.segment(text) == theirs.segment(text)


def test_sentence_spans_match_pysbds_own_on_real_books():
    import pysbd

    from audiobook.text.segment import _segmenter

    here = __import__("pathlib").Path(__file__).parent
    books = [here / "fixtures" / "alice-gutenberg.txt", *sorted(here.glob("fixtures/real/*.txt")),
             here.parent / "src/audiobook/data/the-masterpiece/the-masterpiece.txt"]  # fmt: skip
    ours, theirs = _segmenter("en"), pysbd.Segmenter(language="en", clean=False)
    checked = 0
    for path in books:
        text = path.read_text(encoding="utf-8", errors="replace")
        for paragraph in text.split("\n\n"):
            if paragraph.strip():
                assert ours.segment(paragraph) == theirs.segment(paragraph), paragraph[:80]
                checked += 1
    assert checked > 100


# ---------------------------------------------------------------- long unspaced runs

TRACKING = "https://example.com/article?" + "&".join(
    f"utm_{k}=harbor_lantern_{i}" for i, k in enumerate(["source", "medium", "campaign"] * 8)
)


def _one_paragraph_book(text: str) -> Manuscript:
    return manuscript(("One", ["The harbor was quiet.", text, "The lantern burned."]))


def test_a_tracking_link_is_one_piece_and_said_without_its_query():
    assert len(TRACKING) > MAX_SEGMENT_CHARS
    sentence = f"See {TRACKING} for more."
    assert split_long(sentence) == [sentence]
    (chapter,) = segment(_one_paragraph_book(sentence), BookConfig())
    said = [s.spoken for s in chapter.segments if s.kind == "text"]
    assert "See example dot com slash article for more." in said


def test_a_long_run_of_chinese_is_cut_between_characters_and_the_book_is_read():
    run = "港口很安静灯笼在燃烧我们等待着天亮的时候风从海上吹来" * 13  # 338, no 。
    text = f"The note said {run} and then it ended."
    pieces = split_long(text)
    assert all(len(p) <= MAX_SEGMENT_CHARS for p in pieces)
    assert "".join(pieces).replace(" ", "") == text.replace(" ", "")
    (chapter,) = segment(_one_paragraph_book(text), BookConfig())  # the audit accepts it
    assert "".join(s.text for s in chapter.segments if s.kind == "text").count("港") == 13


def test_chinese_is_cut_after_its_own_comma_when_there_is_one():
    run = "港口很安静，灯笼在燃烧，我们等待着天亮的时候风从海上吹来" * 12
    pieces = split_long(run)
    assert all(p.endswith("，") for p in pieces[:-1])


def test_thai_is_never_cut_before_a_vowel_sign_or_tone_mark():
    run = "ท่าเรือเงียบสงบและตะเกียงส่องแสงตลอดทั้งคืนพวกเรารอคอยอยู่ริมน้ำ" * 8
    pieces = split_long(f"The sign read {run} and so on.")
    assert len(pieces) > 1
    assert not any(unicodedata.category(p[0]).startswith("M") for p in pieces)
    segment(_one_paragraph_book(f"The sign read {run} and so on."), BookConfig())


def test_a_pile_of_combining_marks_is_cut_in_full_pieces_not_one_mark_each():
    pieces = split_long("The sign read a" + "\u0301" * 1000 + " there.")
    assert len(pieces) <= 6


def test_a_gene_sequence_is_kept_and_said_in_groups_of_ten():
    (chapter,) = segment(_one_paragraph_book(f"The strand read {'ACGT' * 26} in the lab."),
                         BookConfig())  # fmt: skip
    said = [s.spoken for s in chapter.segments if s.kind == "text"][1]
    assert said.startswith("The strand read ACGTACGTAC GTACGTACGT ")
    assert said.endswith(" ACGT in the lab.")


def test_the_audit_accepts_a_long_run_cut_but_not_a_word_split_or_glued():
    run = "港" * 200
    assert _only_runs_cut(["see", run, "more"], ["see", run[:150], run[150:], "more"])
    assert not _only_runs_cut(["the", "harbor"], ["the", "har", "bor"])  # a word split
    assert not _only_runs_cut(["the", "harbor"], ["theharbor"])  # two words glued
    assert not _only_runs_cut(["the", "harbor"], ["the"])  # a word lost


def test_the_audit_message_is_one_short_line():
    book = _one_paragraph_book("word " * 3)
    with pytest.raises(ManuscriptError) as caught:
        _compare(book, ["港" * 3000, "a"], ["a"])
    assert len(str(caught.value)) < 300 and "\n" not in str(caught.value)


# ---------------------------------------------------------------- a very long paragraph


def test_a_huge_paragraph_is_split_into_sentences_in_seconds():
    nouns = ("harbor", "lantern", "orchard", "meadow", "willow", "river", "candle", "pebble",
             "thunder")  # fmt: skip
    body = " ".join(f"The {a} saw the {b} by the {c}." for a in nouns for b in nouns
                    for c in nouns)  # fmt: skip  # 729 sentences, 24 KB
    body = (body + " ") * 8  # 190 KB
    started = time.monotonic()
    got = sentences(body)
    assert time.monotonic() - started < 20  # 100 s and more before
    assert len(got) == 729 * 8 and "".join(got).replace(" ", "") == body.replace(" ", "")


def test_pieces_for_pysbd_are_cut_only_where_a_sentence_surely_ends(monkeypatch):
    one = ("Mr. Smith met Dr. Jones at St. Mary's on p. 5, e.g. The Harbor. "
           "They went on to the U.S. Army post. “Was it far?” she asked. It was. ")  # fmt: skip
    body = one * 60
    pieces = _chunks(body)
    assert len(pieces) > 2 and "".join(pieces) == body
    assert all(p.rstrip().endswith(("Harbor.", "post.", "asked.", "was.")) for p in pieces[:-1])
    chunked = sentences(body)
    monkeypatch.setattr("audiobook.text.segment.PYSBD_CHUNK", 10**9)
    assert sentences(body) == chunked
