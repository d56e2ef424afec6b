"""A rhymed stanza whose lines run on in lower case and are of a length, as Finnish
verse is printed (Juho Laine's "Köynnöksiä", Project Gutenberg #72404): its second
stanza was read as one run-on line of prose, the first kept as verse."""

from __future__ import annotations

from audiobook.models import LINE_BREAK
from audiobook.text.readers.plaintext import find_chapters

STANZAS = """KÖYNNÖKSIÄ.


    Kuun taiteilijamme taas tuovat
    esille ihmeluomiansa,
    niin tottapa he mun myös suovat
    koristaa kokoelmiansa
    halvoilla köynnöksilläni.

    Ne eivät loistoisuutta luoda
    voi suurten henkein tuottehille;
    jos ne vaan vihannuutta suoda
    vois taiteen kukkain ympärille,
    niin miel' ois hyvä sitojan.
"""


def _paragraphs(text: str) -> list[str]:
    return [p.text for _, ps in find_chapters(text).chapters for p in ps]


def test_a_rhymed_stanza_in_lower_case_keeps_its_lines():
    second = next(p for p in _paragraphs(STANZAS) if p.startswith("Ne eivät"))
    assert second.count(LINE_BREAK) == 4


def test_prose_in_a_narrow_column_is_still_prose():
    # near miss: a justified narrow column whose line ends share no rhyme, and one
    # whose ends chance on "-ing" only now and then
    prose = (
        "CHAPTER I.\n\n"
        "    The ferry left the harbour\n"
        "    at six in the morning, and\n"
        "    nobody on the slipway had\n"
        "    thought to wave it goodbye\n"
        "    before the tide turned.\n\n"
        "    She was standing by the rail\n"
        "    watching the gulls circling\n"
        "    above the boats and waiting\n"
        "    for the bell of the church to\n"
        "    ring the hour across the bay.\n"
    )
    for paragraph in _paragraphs(prose)[1:]:
        assert LINE_BREAK not in paragraph, paragraph
