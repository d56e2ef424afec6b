"""Readings of non-English and academic books (sweep4b): numbers, ordinals, dates,
money, clocks and abbreviations in Italian, Portuguese, Dutch, Polish, Russian, German,
Spanish and French, and English DOIs and citations. Each mend has a hit and a near miss."""

from audiobook.text.normalize import to_spoken
from audiobook.text.segment import sentences


def said(text: str, lang: str) -> str:
    """What a listener hears for `text`, sentence by sentence, joined by " | "."""
    return " | ".join(to_spoken(s, lang) for s in sentences(text, lang))


# --- space-grouped numbers with decimals (#3) ---------------------------------------


def test_space_grouped_decimal_keeps_its_thousands() -> None:
    assert "1234,5 руб" in said("Стоило 1 234,5 руб. тогда.", "ru")
    assert "1234,56 millions" in said("Il a coûté 1\u202f234,56 millions d’euros.", "fr")
    assert "1250,50" in said("Kosztowało 1 250,50 zł w sumie.", "pl")
    assert "un 234" not in said("Il a coûté 1 234,56 millions.", "fr")


def test_grouped_whole_number_and_plain_decimal_stay_as_they_were() -> None:
    assert "un million deux cent mille personnes" in said("Il y avait 1 200 000 personnes.", "fr")
    assert "3,5 millions" in said("Il y avait 3,5 millions.", "fr")
    assert "uno+dos" in said("Es 1+2.", "es")


# --- telephone numbers and the minus (#4) --------------------------------------------


def test_phone_number_is_said_group_by_group() -> None:
    out = said("Tel.: +34 986 123 456.", "es")
    assert "treinta y cuatro, novecientos ochenta y seis, ciento veintitrés" in out
    assert "millones" not in out and " | " not in out
    assert "millones" not in said("Llame al teléfono 986 123 456, por favor.", "es")


def test_grouped_number_without_a_phone_cue_is_one_number() -> None:
    assert "novecientos ochenta y seis millones" in said("Costó 986 123 456 pesos.", "es")


def test_dash_before_a_temperature_is_minus() -> None:
    assert "spada do minus pięć" in said("Temperatura w nocy spada do –5°C.", "pl")
    assert "минус двенадцать" in said("Мороз −12 °C.", "ru")


def test_dash_between_words_or_numbers_is_no_minus() -> None:
    out = said("Było 3 – 4 stopnie, a potem – 5 osób.", "pl")
    assert "minus" not in out
