"""Credits in the book's own language and letters, for languages detection now knows."""

from __future__ import annotations

import pytest

from audiobook.build.pipeline import load_book

SERBIAN_LATIN = (
    "Na Drini\n\nby Jovan Petrović\n\nPrvo poglavlje\n\nNa obali reke stajala je stara kuća. "
    "U njoj je živela porodica koja je svako jutro gledala kako voda teče. Deca su se igrala "
    "na mostu, a starci su pričali o vremenu kada je sve bilo drugačije. Niko nije znao "
    "koliko je godina prošlo od tada, ali svi su se sećali te zime.\n"
)
SERBIAN_CYRILLIC = (
    "На Дрини\n\nby Јован Петровић\n\nПрво поглавље\n\nНа обали реке стајала је стара кућа. "
    "У њој је живела породица која је свако јутро гледала како вода тече. Деца су се играла "
    "на мосту, а старци су причали о времену када је све било другачије. Нико није знао "
    "колико је година прошло од тада, али сви су се сећали те зиме.\n"
)
ARMENIAN = (
    "Գլուխ Ա\n\nԳյուղի ծայրին մի փոքրիկ տուն կար։ Այնտեղ ապրում էր մի ծեր մարդ իր թոռան "
    "հետ։ Ամեն առավոտ նրանք գնում էին դաշտ և աշխատում մինչև երեկո։ Երեկոյան նստում էին "
    "դռան առաջ և նայում սարերին, որոնք կարմրում էին մայրամուտին։\n"
)


def _credits(tmp_path, text: str) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    path = tmp_path / "book.txt"
    path.write_text(text, encoding="utf-8")
    _, _, chapters = load_book(path)
    return chapters[0].segments[0].text, chapters[-1].segments[-1].text


def test_a_serbian_book_in_latin_letters_is_credited_in_them(tmp_path) -> None:
    opening, closing = _credits(tmp_path, SERBIAN_LATIN)
    assert "Čita:" in opening and "Чита" not in opening
    assert closing.startswith("Kraj.")


def test_a_serbian_book_in_cyrillic_keeps_cyrillic_credits(tmp_path) -> None:
    opening, closing = _credits(tmp_path, SERBIAN_CYRILLIC)
    assert "Чита:" in opening and closing.startswith("Крај.")


@pytest.mark.parametrize(("text", "read"), [(ARMENIAN, "Ընթերցող՝")])
def test_an_armenian_book_is_credited_in_armenian(tmp_path, text: str, read: str) -> None:
    opening, _ = _credits(tmp_path, text)
    assert read in opening and "Narrated by" not in opening
