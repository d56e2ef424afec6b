"""Portuguese money of the books Project Gutenberg holds: réis written with the cifrão
("10$000 réis", "12:000$000"), as Portugal did until 1911 and Brazil until 1942, and
the real's "R$" in a book from Portugal. espeak read "dez$000" and "doze euros"."""

from __future__ import annotations

import pytest

from audiobook.text.normalize import to_spoken


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("não se pagam a 10$000 réis por mez.", "não se pagam a dez mil réis por mez."),
        ("custou 4$800 réis", "custou quatro mil e oitocentos réis"),
        ("eram 12:000$000 réis de dote", "eram doze contos de réis de dote"),
        ("e 80:000$000 de renda", "e oitenta contos de réis de renda"),
        ("pagou 1:200$000 réis.", "pagou um conto e duzentos mil réis."),
        ("só $500 réis.", "só quinhentos réis."),
        ("custou 1$000 réis", "custou mil réis"),
    ],
)
def test_a_sum_in_reis_is_said(text: str, said: str) -> None:
    assert to_spoken(text, "pt") == said
    assert to_spoken(text, "pt-BR") == said


def test_a_real_is_brazils_in_a_book_from_portugal() -> None:
    assert to_spoken("Custa R$ 12,50 hoje.", "pt") == "Custa doze reais e cinquenta centavos hoje."
    # near misses: a euro stays a euro; a dollar sign in English is no cifrão
    assert to_spoken("Custa 12,50 € hoje.", "pt") == "Custa doze euros e cinquenta cêntimos hoje."
    assert "mil" not in to_spoken("It cost 10$000 in the game.", "en")


def test_a_numero_sign_touching_its_number_is_said() -> None:
    # Project Gutenberg's "Nº2 (of 12)" in a Portuguese title was read as letters
    assert to_spoken("Noites de insomnia. Nº2.", "pt") == "Noites de insomnia. Número dois."
    assert to_spoken("Il n°5 arrivò.", "it") == "Il numero cinque arrivò."
    assert to_spoken("Le nº2 est là.", "fr") == "Le numéro deux est là."
    # near misses: a degree after a figure is no numero sign; "N.º 2" as before
    assert to_spoken("It was 5° today.", "en") == "It was five degrees today."
    assert to_spoken("O N.º 2 chegou.", "pt") == "O Número dois chegou."
