"""Dialogue: quoted speech split from narration, speakers from tags, no word lost."""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from audiobook.text.dialogue import Span, dialogue_paragraphs, split_dialogue
from audiobook.text.segment import words

CAST = ["Natalia", "Ingemar Kalmurzaev", "Наталья"]
N, IK, RU = "Natalia", "Ingemar Kalmurzaev", "Наталья"

# (paragraph, language, expected spans as (text, speech, speaker))
CASES = [
    # straight double quotes, tag after: verb first, name first, question
    (
        '"Come here," said Natalia.',
        "en",
        [('"Come here,"', True, N), ("said Natalia.", False, None)],
    ),
    (
        '"Come here," Natalia whispered.',
        "en",
        [('"Come here,"', True, N), ("Natalia whispered.", False, None)],
    ),
    (
        '"Where to?" asked Ingemar.',
        "en",
        [('"Where to?"', True, IK), ("asked Ingemar.", False, None)],
    ),
    (
        '"Sit," Kalmurzaev told her.',
        "en",
        [('"Sit,"', True, IK), ("Kalmurzaev told her.", False, None)],
    ),
    (
        '"Now," said Ingemar Kalmurzaev.',
        "en",
        [('"Now,"', True, IK), ("said Ingemar Kalmurzaev.", False, None)],
    ),
    (
        '"Hello", said Mr. Kalmurzaev.',
        "en",
        [('"Hello",', True, IK), ("said Mr. Kalmurzaev.", False, None)],
    ),
    # tag before: with a speech verb, or a colon after the speaker's action
    (
        'Natalia said, "Come here."',
        "en",
        [("Natalia said,", False, None), ('"Come here."', True, N)],
    ),
    (
        "Ingemar turned to her: “Why?”",
        "en",
        [("Ingemar turned to her:", False, None), ("“Why?”", True, IK)],
    ),
    (
        'Turning to Natalia, Ingemar said, "Go."',
        "en",
        [("Turning to Natalia, Ingemar said,", False, None), ('"Go."', True, IK)],
    ),
    # pronoun tags name nobody; a listener is not the speaker
    ('"Go away," she said.', "en", [('"Go away,"', True, None), ("she said.", False, None)]),
    (
        '"Go away," she told Natalia.',
        "en",
        [('"Go away,"', True, None), ("she told Natalia.", False, None)],
    ),
    # a tag between two pieces of speech serves both; the one named speaker fills untagged lines
    (
        "“I went to the market,” said Natalia, “and bought apples.”",
        "en",
        [
            ("“I went to the market,”", True, N),
            ("said Natalia,", False, None),
            ("“and bought apples.”", True, N),
        ],
    ),
    (
        'Natalia said, "Come." She paused. "Now."',
        "en",
        [
            ("Natalia said,", False, None),
            ('"Come."', True, N),
            ("She paused.", False, None),
            ('"Now."', True, N),
        ],
    ),
    (
        '"Yes," said Natalia. "No," said Ingemar.',
        "en",
        [
            ('"Yes,"', True, N),
            ("said Natalia.", False, None),
            ('"No,"', True, IK),
            ("said Ingemar.", False, None),
        ],
    ),
    (
        '"Yes," she said. "No," said Ingemar.',
        "en",
        [
            ('"Yes,"', True, None),
            ("she said.", False, None),
            ('"No,"', True, IK),
            ("said Ingemar.", False, None),
        ],
    ),
    # an action that is not a tag gives no speaker
    ('"Hello." Natalia froze.', "en", [('"Hello."', True, None), ("Natalia froze.", False, None)]),
    # punctuation after the closing mark stays with the speech
    ('He shouted "stop".', "en", [("He shouted", False, None), ('"stop".', True, None)]),
    # nested quotes stay inside the outer speech
    (
        "“He said ‘stop’ and left,” she said.",
        "en",
        [("“He said ‘stop’ and left,”", True, None), ("she said.", False, None)],
    ),
    (
        '"He said "stop" and left," she said.',
        "en",
        [('"He said "stop" and left,"', True, None), ("she said.", False, None)],
    ),
    (
        "‘He said “stop” and left,’ said Natalia.",
        "en",
        [("‘He said “stop” and left,’", True, N), ("said Natalia.", False, None)],
    ),
    # single curly quotes against apostrophes
    (
        "‘I don’t know,’ Natalia whispered. ‘Meet me at the painters’ studio.’",
        "en",
        [
            ("‘I don’t know,’", True, N),
            ("Natalia whispered.", False, None),
            ("‘Meet me at the painters’ studio.’", True, N),
        ],
    ),
    (
        "They’d sat in the painters’ studio with rock ‘n’ roll from the ‘90s.",
        "en",
        [("They’d sat in the painters’ studio with rock ‘n’ roll from the ‘90s.", False, None)],
    ),
    ("‘Go away’ she said.", "en", [("‘Go away’", True, None), ("she said.", False, None)]),
    # guillemets: French with spaces and nesting, German »…«, Russian «…» — with a dash tag
    ("« Bonjour », dit Natalia.", "fr", [("« Bonjour »,", True, N), ("dit Natalia.", False, None)]),
    (
        "« Il a dit « stop » et il est parti », dit-elle.",
        "fr",
        [("« Il a dit « stop » et il est parti »,", True, None), ("dit-elle.", False, None)],
    ),
    (
        "»Hallo«, sagte Kalmurzaev.",
        "de",
        [("»Hallo«,", True, IK), ("sagte Kalmurzaev.", False, None)],
    ),
    ("„Hallo“, sagte Natalia.", "de", [("„Hallo“,", True, N), ("sagte Natalia.", False, None)]),
    (
        "«Привет», — сказала Наталья.",
        "ru",
        [("«Привет»,", True, RU), ("— сказала Наталья.", False, None)],
    ),
    (
        "Она сказала: «Он крикнул „стой“ и ушёл».",
        "ru",
        [("Она сказала:", False, None), ("«Он крикнул „стой“ и ушёл».", True, None)],
    ),
    # Russian verbs count only in Russian
    (
        "«Привет», — сказала Наталья.",
        "en",
        [("«Привет»,", True, None), ("— сказала Наталья.", False, None)],
    ),
    # dash-introduced dialogue; a dash inside speech without punctuation before it stays speech
    (
        "— Where are you going? — asked Natalia.",
        "en",
        [("— Where are you going?", True, N), ("— asked Natalia.", False, None)],
    ),
    (
        "— Я — врач, — сказала Наталья, — и ты со мной.",
        "ru",
        [
            ("— Я — врач,", True, RU),
            ("— сказала Наталья,", False, None),
            ("— и ты со мной.", True, RU),
        ],
    ),
    ("—Come up, Kinch!", "en", [("—Come up, Kinch!", True, None)]),
    ("—and so the storm came.", "en", [("—and so the storm came.", False, None)]),
    # no quotes at all, and a stray closing mark
    ("The rain fell all night.", "en", [("The rain fell all night.", False, None)]),
    ("It ended there.” Nobody spoke.", "en", [("It ended there.” Nobody spoke.", False, None)]),
]


@pytest.mark.parametrize(("paragraph", "language", "expected"), CASES)
def test_spans_and_speakers(paragraph: str, language: str, expected: list[tuple]) -> None:
    spans, still_open = split_dialogue(paragraph, CAST, language=language)
    assert [(s.text, s.speech, s.speaker) for s in spans] == expected
    assert not still_open


def test_a_shared_name_part_names_nobody() -> None:
    spans, _ = split_dialogue('"Run," said Ivan.', ["Ivan Petrov", "Ivan Sidorov"])
    assert spans[0].speaker is None
    spans, _ = split_dialogue('"Run," said Petrov.', ["Ivan Petrov", "Ivan Sidorov"])
    assert spans[0].speaker == "Ivan Petrov"


def test_names_match_whole_words_and_case() -> None:
    for text in ('"Run," said Natalias.', '"Run," said natalia.'):
        assert split_dialogue(text, CAST)[0][0].speaker is None


def test_quotation_over_three_paragraphs_keeps_the_flag_and_the_speaker() -> None:
    paragraphs = [
        "“I went to the market,” said Natalia, “and bought apples.",
        "“Then I walked home by the river.",
        "“And here I am.” She smiled.",
    ]
    first, open1 = split_dialogue(paragraphs[0], CAST)
    second, open2 = split_dialogue(paragraphs[1], CAST, open_quote=open1)
    third, open3 = split_dialogue(paragraphs[2], CAST, open_quote=open2)
    assert (open1, open2, open3) == (True, True, False)
    assert first[-1] == Span("“and bought apples.", True, N)
    assert second == [Span("“Then I walked home by the river.", True, None)]
    assert third[0].speech and not third[1].speech

    carried = dialogue_paragraphs(paragraphs, CAST)
    assert [s.speaker for spans in carried for s in spans if s.speech] == [N, N, N, N]


def test_open_quote_trusts_a_leading_mark_that_looks_like_an_apostrophe() -> None:
    text = "‘n’ that was that, he said."
    assert not split_dialogue(text)[0][0].speech
    spans, still_open = split_dialogue(text, open_quote=True)
    assert spans[0] == Span("‘n’", True, None)
    assert not still_open


def test_open_quote_without_an_opening_mark_starts_in_narration() -> None:
    spans, still_open = split_dialogue("The door shut behind her.", open_quote=True)
    assert spans == [Span("The door shut behind her.", False, None)]
    assert not still_open


QUOTE_BITS = ['"', "“", "”", "„", "‘", "’", "«", "»", "—", " — ", ", ", ". ", "? ", ": "]
WORD_BITS = ["Natalia", "said", "she", "asked", "Ingemar", "don’t", "painters’", "сказала", "Я"]


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.sampled_from(QUOTE_BITS + WORD_BITS),
            st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=6),
        ),
        max_size=40,
    ).map(" ".join),
    st.booleans(),
    st.sampled_from(["en", "ru", "de", "fr"]),
)
def test_no_word_lost_doubled_or_reordered(paragraph: str, open_quote: bool, language: str) -> None:
    spans, still_open = split_dialogue(paragraph, CAST, language=language, open_quote=open_quote)
    assert words(" ".join(s.text for s in spans)) == words(paragraph)
    at = 0  # each span is the next slice of the paragraph, with only whitespace between
    for span in spans:
        found = paragraph.find(span.text, at)
        assert span.text and span.text == span.text.strip()
        assert found >= at and not paragraph[at:found].strip()
        at = found + len(span.text)
    assert not paragraph[at:].strip()
    assert all(s.speaker in (None, *CAST) for s in spans)
    assert all(s.speaker is None for s in spans if not s.speech)
    assert isinstance(still_open, bool)


def test_long_unbalanced_paragraph_is_fast() -> None:
    paragraph = ('He said "it is ‘ « » „ “ and ’ then' * 800)[:20_000]
    started = time.perf_counter()
    spans, _ = split_dialogue(paragraph, CAST)
    assert time.perf_counter() - started < 1.0
    assert words(" ".join(s.text for s in spans)) == words(paragraph)


def test_a_book_of_dialogue_is_fast() -> None:
    paragraph = (
        '"I went to the market," said Natalia, "and bought apples." Ingemar nodded. '
        "‘Fine,’ he said. ‘Meet me at the painters’ studio.’ — Да, — сказала Наталья."
    )
    count = 100_000 // len(words(paragraph)) + 1
    started = time.perf_counter()
    for _ in range(count):
        split_dialogue(paragraph, CAST)
    assert time.perf_counter() - started < 2.0
