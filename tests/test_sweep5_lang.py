"""Sweep 5, languages: what a listener hears for headings, money, saints' names and
dates in Polish, Portuguese, French, Russian and Dutch (sweep4b's findings)."""

from __future__ import annotations

import pytest

from audiobook.text.normalize import spoken_title, to_spoken
from audiobook.text.segment import sentences


def said(text: str, lang: str) -> str:
    """What a listener hears for `text`, sentence by sentence, joined by " | "."""
    return " | ".join(to_spoken(s, lang) for s in sentences(text, lang))


# 1. A heading's number as a narrator says it: Polish ordinals, Portuguese ones to ten


@pytest.mark.parametrize(
    ("title", "lang", "heard"),
    [
        ("Rozdział I", "pl", "Rozdział pierwszy."),
        ("ROZDZIAŁ XII. Powrót", "pl", "Rozdział dwunasty. Powrót."),
        ("Rozdział 3", "pl", "Rozdział trzeci."),
        ("Część II", "pl", "Część druga."),
        ("Księga III", "pl", "Księga trzecia."),
        ("Część XXI", "pl", "Część dwudziesta pierwsza."),
        ("Capítulo I", "pt", "Capítulo primeiro."),
        ("CAPITULO II. A carta do Visconde", "pt", "Capitulo segundo. A carta do Visconde."),
        ("Capítulo X", "pt-BR", "Capítulo décimo."),
    ],
)
def test_heading_number_is_an_ordinal(title: str, lang: str, heard: str) -> None:
    assert spoken_title(title, lang) == heard


@pytest.mark.parametrize(
    ("title", "lang", "heard"),
    [
        ("Capítulo XI", "pt", "Capítulo onze."),  # from eleven on, cardinals
        ("Capítulo 3", "pt", "Capítulo três."),  # a figure is read as a cardinal
        ("Parte II", "pt", "Parte dois."),
        ("Rozdział pierwszy", "pl", "Rozdział pierwszy."),
        ("Capítulo I", "es", "Capítulo uno."),
        ("Глава I", "ru", "Глава один."),
    ],
)
def test_heading_number_near_misses(title: str, lang: str, heard: str) -> None:
    assert spoken_title(title, lang) == heard


def test_roman_number_in_polish_prose_is_not_a_heading_ordinal() -> None:
    assert "Rozdział pierwszy" not in said("Przeczytał rozdział I dwa razy.", "pl")


# 2. Money: French francs, Russian "р." and "к.", and no "zero" before the cents


def test_french_francs() -> None:
    heard = said("Le salaire était de 1,50 F par jour, et 20 FF, 5 fr. pour rien.", "fr")
    assert "un franc et cinquante centimes par jour" in heard
    assert "vingt francs" in heard and "cinq francs" in heard
    assert said("Le pain, 0,35 F le kilo.", "fr") == "Le pain, trente-cinq centimes le kilo."
    assert "douze euros et cinquante centimes" in said("Soit 12,50 € hier.", "fr")


def test_french_f_near_misses() -> None:
    heard = said("La vitamine F, la note F, et 3 Fois rien.", "fr")
    assert "franc" not in heard


def test_russian_roubles_and_kopecks_short() -> None:
    heard = said("Ещё 3 р. 50 к. в сутки, 1 р. 1 к. и 21 р.", "ru")
    assert "три рубля, пятьдесят копеек в сутки" in heard
    assert "один рубль, одна копейка" in heard and "двадцать один рубль" in heard
    assert "двадцать пять рублей, сорок копеек" in said("Он заплатил 25 руб. 40 коп.", "ru")


def test_russian_r_near_misses() -> None:
    assert "рубл" not in said("Он видел р. Волгу и 3 раза к ней ходил.", "ru")


def test_zero_whole_money_says_the_cents() -> None:
    assert said("Custa R$ 0,35.", "pt-BR") == "Custa trinta e cinco centavos."
    assert "zero" not in said("Kosztuje 0,35 zł.", "pl")


# 3. Portuguese "S." before a saint's or a place's name


def test_portuguese_sao() -> None:
    heard = said("Chegou a S. Paulo; viu S. João, a igreja de S. Maria e S. António.", "pt")
    assert "a São Paulo" in heard and "São João" in heard
    assert "Santa Maria" in heard and "Santo António" in heard
    assert "«São Tomé»" in said("Partiu para «S. Tomé» ontem.", "pt-BR")


def test_portuguese_s_near_misses() -> None:
    assert "João S. Pereira" in said("O doutor João S. Pereira veio.", "pt")  # an initial
    assert said("S. Ex.ª chegou.", "pt").startswith("Sua")  # Sua Excelência
    assert "São" not in said("Chegou a S. Paulo.", "es")


# 4. Dutch dates in figures


@pytest.mark.parametrize("date", ["12-05-1985", "12/05/1985", "12.05.1985"])
def test_dutch_numeric_date(date: str) -> None:
    heard = said(f"Het artikel in Het Parool van {date}, pagina 3.", "nl")
    assert "van twaalf mei negentienhonderdvijfentachtig, pagina drie" in heard


def test_dutch_numeric_date_near_misses() -> None:
    assert "twaalf-05-19855" in said("De code 12-05-19855 klopt.", "nl")
    assert "drie tot twee" in said("De stand was 3-2.", "nl")  # as it was read before
    assert "mei" not in said("Tel. 06-12-345678.", "nl")
    assert "twaalf-13-1985" in said("Dat is 12-13-1985.", "nl")  # no thirteenth month


# 5. Russian day and month: a neuter ordinal in the sentence's case


def test_russian_day_before_month() -> None:
    heard = said("Он уехал 15 марта 1897 года и вернулся только к 1 мая.", "ru")
    assert "уехал пятнадцатого марта тысяча восемьсот девяносто седьмого года" in heard
    assert "к первому мая" in heard
    assert said("Сегодня 1 мая.", "ru") == "Сегодня первое мая."
    assert "с третьего июня до двадцать третьего августа" in said(
        "Жили с 3 июня до 23 августа.", "ru"
    )
    assert said("15 марта 1897 г.", "ru").startswith("пятнадцатое марта тысяча восемьсот")
    assert said("15 марта 1897 г.", "ru").endswith("седьмого года")


def test_russian_day_month_near_misses() -> None:
    heard = said("У него было 5 марок и 3 майки, 2 недели.", "ru")
    assert "пять марок" in heard and "три майки" in heard
    assert "тысяча восемьсот девяносто седьмом году" in said("В 1897 г. он жил.", "ru")
