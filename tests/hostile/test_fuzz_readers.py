"""Fuzzing the readers with arbitrary input: no crash, no invented or doubled words."""

from __future__ import annotations

import os
import re
from collections import Counter
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from audiobook.errors import ManuscriptError
from audiobook.text.ingest import decode_text
from audiobook.text.readers.html import read_html
from audiobook.text.readers.markdown import read_markdown
from audiobook.text.readers.plaintext import find_chapters

TEXT = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",)),
    max_size=600,
)
LINES = st.lists(
    st.one_of(
        TEXT,
        st.sampled_from(["", "CHAPTER I.", "Chapter 2", "PART ONE", "***", "# Title", "## Sub"]),
    ),
    max_size=30,
).map("\n".join)


def letters(text: str) -> list[str]:
    """Words as runs of letters and digits: `_` is markup in Markdown, not part of a word."""
    return [w.casefold() for w in re.findall(r"[^\W_]+", text)]


def output_words(found) -> Counter:  # type: ignore[no-untyped-def]
    counted: Counter = Counter()
    for title, paragraphs in found.chapters:
        counted.update(letters(title or ""))
        for paragraph in paragraphs:
            counted.update(letters(paragraph.text))
    return counted


SETTINGS = settings(
    max_examples=int(os.environ.get("FUZZ_EXAMPLES", "150")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)


def as_read(text: str) -> str | None:
    """The text as a reader receives it: decoded, repaired, invisible junk removed."""
    try:
        return decode_text(text.encode("utf-8", "surrogatepass"), Path("fuzz.txt"))[0]
    except ManuscriptError:
        return None


@SETTINGS
@given(LINES)
def test_plain_text_reader_never_crashes_or_invents_words(raw):
    text = as_read(raw)
    if text is None:
        return
    found = find_chapters(text)
    assert not output_words(found) - Counter(letters(text))  # nothing added or doubled


@SETTINGS
@given(LINES)
@example("\t{")  # an indented code block: its placeholder once carried letters
def test_markdown_reader_never_crashes_or_invents_words(raw):
    text = as_read(raw)
    if text is None:
        return
    found = read_markdown(text)
    # Markup between letters ("0`0`", "a**b**") joins words as Markdown means it;
    # so here the property is on characters: none invented, none reordered.
    kept = "".join(
        "".join(letters(title or "")) + "".join("".join(letters(p.text)) for p in paragraphs)
        for title, paragraphs in found.chapters
    )
    assert is_subsequence(kept, "".join(letters(text)))


def is_subsequence(short: str, long: str) -> bool:
    rest = iter(long)
    return all(ch in rest for ch in short)


@SETTINGS
@given(st.one_of(TEXT, LINES.map(lambda t: f"<html><body><h1>{t}</h1><p>{t}</p></body></html>")))
def test_html_reader_never_crashes(text):
    read_html(text)


@SETTINGS
@given(st.binary(max_size=2000))
def test_decoding_any_bytes_gives_text_or_a_clear_refusal(raw):
    try:
        text, _repairs = decode_text(raw, Path("fuzz.txt"))
    except ManuscriptError as exc:
        assert "fuzz.txt" in str(exc)
        return
    assert isinstance(text, str)
    assert "\x00" not in text
