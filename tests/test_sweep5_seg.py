"""Sweep 5 (segment): a huge paragraph of quotations segments in time; a lost character
(U+FFFD) is never spoken; a helpline's number after "call"/"text" is dialled, not counted."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from audiobook.build.pipeline import load_book
from audiobook.config import BookConfig
from audiobook.models import Chapter, Manuscript, Paragraph
from audiobook.text.normalize import to_spoken
from audiobook.text.segment import _join_same_voice, segment, words
from audiobook.text.tokens import mask

# --------------------------------------------------------------- quote runs in a huge paragraph

_UNITS = (
    "The tide came in over the harbour wall, cf. “Ledgers of the Port” and ",
    "she read on, “slowly, slowly,” as the lamp burned down. Then she turned the page and ",
    "the clerk wrote, e.g. “14B” in the margin, then ",
    "he said “Come in” to nobody, and ",
)


def _quote_runs(size: int) -> str:
    """One paragraph of `size` characters whose quotations all join one run: each
    narration ends without a stop or with an abbreviation's dot ("cf.", "e.g.")."""
    out: list[str] = []
    while sum(map(len, out)) < size:
        out.append(_UNITS[len(out) % len(_UNITS)])
    return "".join(out) + "they all slept."


def _book(*paragraphs: str) -> Manuscript:
    return Manuscript(
        title="Book",
        author="Writer",
        language="en",
        chapters=(Chapter("One", tuple(Paragraph(p) for p in paragraphs)),),
        source=Path("book.txt"),
    )


def test_a_paragraph_of_200000_characters_of_quote_runs_segments_in_a_few_seconds():
    text = _quote_runs(200_000)
    started = time.monotonic()
    chapters = segment(_book("The harbour was quiet.", text, "The lamp burned."), BookConfig())
    took = time.monotonic() - started
    said = [w for ch in chapters for s in ch.segments if s.kind == "text" for w in words(s.text)]
    assert said == words("The harbour was quiet.") + words(text) + words("The lamp burned.")
    assert took < 30, f"{took:.1f} s"  # 4 s here, 10 on a loaded machine; minutes before


def _joined_whole(paragraph: str, spans: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The join as it was, with the whole run masked and copied at each step: the
    reference the faster join must equal."""
    from audiobook.text.segment import _ASKED, _SENTENCE_END, _TAG_AFTER, speakable

    joined: list[tuple[str, str, int, int]] = []
    position = 0
    for text, voice in spans:
        start = paragraph.find(text, position)
        if start < 0:
            joined.append((text, voice, -1, -1))
            continue
        end = position = start + len(text)
        if joined and joined[-1][1] == voice and joined[-1][2] >= 0:
            prev_text, _, prev_start, prev_stop = joined[-1]
            tag = _ASKED.search(prev_text) and _TAG_AFTER.match(text) and speakable(prev_text)
            said = paragraph[prev_start:prev_stop].rstrip()
            dot = prev_start + len(said) - 1
            masked = mask(paragraph[prev_start:end])
            runs_on = said.endswith(".") and masked[dot - prev_start] != "."
            if not _SENTENCE_END.search(prev_text) or tag or runs_on:
                joined[-1] = (paragraph[prev_start:end], voice, prev_start, end)
                continue
        joined.append((text, voice, start, end))
    return [(text, voice) for text, voice, _, _ in joined]


@pytest.mark.parametrize(
    "paragraph, cuts",
    [
        ("turn to Pell's ‘Ledgers of the Port,’ which is dull.", ["‘Ledgers of the Port,’"]),
        ("“Come in,” she said. “Sit.” “No.” He stood.", ["“Come in,”", "“Sit.”", "“No.”"]),
        ("“What debt?” said Adam. “…” he waited.", ["“What debt?”", "“…”"]),
        ("see cf. ‘The Raven’ for it. The clerk wrote no. “14B” there.", ["‘The Raven’", "“14B”"]),
        # a run far longer than the window masked before an abbreviation's dot
        ("a " * 400 + "see cf. “The Raven” and " + "b " * 300 + "e.g. “x” then no. “14B”.",
         ["“The Raven”", "“x”", "“14B”"]),
    ],
)
def test_the_join_is_the_same_as_masking_the_whole_run(paragraph, cuts):
    """Near-miss: where runs join and where they stop is unchanged."""
    spans: list[tuple[str, str]] = []
    rest = paragraph
    for quoted in cuts:
        before, quoted, rest = rest.partition(quoted)
        spans += [(before.strip(), "n"), (quoted, "n")]
    spans.append((rest.strip(), "n"))
    spans = [s for s in spans if s[0]]
    assert _join_same_voice(paragraph, spans) == _joined_whole(paragraph, spans)
    voiced = [(t, "q" if t.startswith(("“", "‘")) else "n") for t, _ in spans]
    assert _join_same_voice(paragraph, voiced) == _joined_whole(paragraph, voiced)


def test_a_run_on_after_a_long_run_still_joins_and_a_real_stop_still_ends():
    long = "the boats lay idle in the grey water " * 30
    runs = f"{long}see cf. “The Raven” tonight"
    assert _join_same_voice(runs, [(f"{long}see cf.", "n"), ("“The Raven”", "n"),
                                   ("tonight", "n")]) == [(runs, "n")]  # fmt: skip
    ends = f"{long}she left. “The Raven” tonight"
    assert len(_join_same_voice(ends, [(f"{long}she left.", "n"), ("“The Raven”", "n"),
                                       ("tonight", "n")])) == 2  # fmt: skip


# --------------------------------------------------------------- U+FFFD is never spoken


def _script(tmp_path: Path, name: str, body: bytes) -> list[str]:
    book = tmp_path / name
    book.write_bytes(body)
    _, _, chapters = load_book(book)
    return [s.spoken for ch in chapters for s in ch.segments if s.kind == "text"]


_LETTER = (
    "THE LETTER\n\nby A. Writer\n\n\nCHAPTER I\n\n\n"
    "She opened the letter and read: {ref} Dear Tom, the caf{ref2} is closed.\n\n"
    "It was signed \u2014 Ren\u00e9e {raw} and nothing more.\n\nThe lamp burned on.\n"
)


@pytest.mark.parametrize("ref", ["&#xD800;", "&#55296;"])
def test_a_surrogate_reference_in_plain_text_is_not_spoken(tmp_path, ref):
    text = _LETTER.format(ref=ref, ref2=ref, raw="\ufffd")
    said = " ".join(_script(tmp_path, "letter.txt", text.encode()))
    assert "\ufffd" not in said
    assert "read: Dear Tom, the caf is closed." in said
    assert "Renée and nothing more." in said


@pytest.mark.parametrize("language", ["en", "de", "ru"])
def test_a_replacement_character_is_nothing_in_every_language(language):
    said = to_spoken("Er sagte \ufffd und na\ufffdve, caf\ufffd.", language)
    assert "\ufffd" not in said
    assert "sagte und" in said and "nave" in said


def test_real_characters_beside_a_replacement_character_stay():
    """Near-miss: "é", "—" and words beside it are said as ever."""
    said = to_spoken("It was Renée\ufffd\u2014then the café, and \ufffdZoë.")
    assert "Renée" in said and "café" in said and "Zoë" in said
    assert to_spoken("It was Renée\u2014then the café.") == "It was Renée, then the café."
    assert to_spoken("It was Renée\ufffd\u2014then the café.") == "It was Renée, then the café."


# --------------------------------------------------------------- helplines, dialled


@pytest.mark.parametrize(
    "text, said",
    [
        ("If you are struggling, call Samaritans on 116 123, any time.",
         "call Samaritans on one one six, one two three, any time."),
        ("In the United States, call or text 988.", "call or text nine eight eight."),
        ("You can also text SHOUT to 85258.", "text SHOUT to eight five two five eight."),
        ("Tel. 116 123.", "one one six, one two three."),
        ("The helpline is 988.", "The helpline is nine eight eight."),
        ("Call the helpline: 116 123 free, day or night.",
         "Call the helpline: one one six, one two three free, day or night."),
        ("Call us on 116-123 today.", "Call us on one one six, one two three today."),
        # read so before, as its groups show a telephone's number: still so
        ("Young people can ring Childline on 0800 1111.",
         "ring Childline on zero eight zero zero, one one one one."),
        ("Call 1-800-273-8255 now.", "one, eight zero zero, two seven three, eight two five five"),
        ("Dial 999 if you are in danger.", "Dial nine nine nine if you are in danger."),
    ],
)  # fmt: skip
def test_a_helpline_number_is_said_digit_by_digit(text, said):
    assert said in to_spoken(text)


@pytest.mark.parametrize(
    "text, said",
    [
        ("Call 3 witnesses.", "Call three witnesses."),
        ("It was the text of 300 pages.", "the text of three hundred pages."),
        ("The text 300 was lost.", "The text three hundred was lost."),
        ("The phone cost 120 dollars.", "The phone cost one hundred and twenty dollars."),
        ("Ring 2 bells.", "Ring two bells."),
        ("In 1988 she called.", "In nineteen eighty-eight she called."),
        ("She called 300 witnesses.", "She called three hundred witnesses."),
        ("She called 40 times.", "She called forty times."),
        ("A call 300 miles away.", "A call three hundred miles away."),
        ("They rang 1914 out with bells.", "nine hundred and fourteen out"),  # never 1 9 1 4
    ],
)
def test_a_count_after_a_telephone_word_stays_an_amount(text, said):
    assert said in to_spoken(text)


# --------------------------------------------------------------- no sentence's end in 200,000


def test_a_paragraph_of_quoted_phrases_with_no_sentence_end_segments_in_a_few_seconds():
    unit = 'the old man walked down to the harbour, "where boats lay" idle in grey water '
    text = unit * (200_000 // len(unit)) + "and then it rained."
    started = time.monotonic()
    chapters = segment(_book("The harbour was quiet.", text), BookConfig())
    took = time.monotonic() - started
    said = [w for ch in chapters for s in ch.segments if s.kind == "text" for w in words(s.text)]
    assert said == words("The harbour was quiet.") + words(text)
    assert took < 10, f"{took:.1f} s"  # 2 s here; 20 s before, pysbd given it whole


def test_a_long_paragraph_with_sentence_ends_is_chunked_as_before():
    """Near-miss: only a stretch with no sure sentence's end over `UNCUT_MOST` is cut
    more; a long paragraph of ordinary sentences, or a stretch under it, is not."""
    from audiobook.text.segment import PYSBD_CHUNK, _chunks

    uncut_most = 4 * PYSBD_CHUNK  # segment's UNCUT_MOST, spelled out to run on old code
    sentence = "The boats lay idle in the grey harbour water. "
    text = sentence * (3 * uncut_most // len(sentence))
    chunks = _chunks(text)
    assert "".join(chunks) == text
    assert all(c.endswith("water. ") for c in chunks[:-1])
    assert all(PYSBD_CHUNK <= len(c) < PYSBD_CHUNK + len(sentence) for c in chunks[:-1])
    stretch = "the boats lay idle, " * (uncut_most // 20 - 1)
    assert _chunks(stretch) == [stretch]
