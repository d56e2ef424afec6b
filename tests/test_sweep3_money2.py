"""Old money, Hungarian numbers with their endings, degrees and counts that agree, in
Czech, Hungarian, Polish, Portuguese and the other voiced languages: "40 zl." čtyřicet
zlatých, "2 K 50 f-t" két korona ötven fillért, "1848-ban" ezernyolcszáznegyvennyolcban,
"a 2-es busz" kettes, "180°" cento e oitenta graus, "o 4 rano" o czwartej rano, "o 2
světnicích" o dvou světnicích. Each hit has a near miss that must stay as it was. The
sentences are Project Gutenberg's (Němcová's Babička, Vasárnapi Könyv, Prus's Placówka,
Castelo Branco's circle) or shaped like theirs."""

from __future__ import annotations

import pytest

from audiobook.text.normalize import to_spoken
from audiobook.text.segment import sentences


def said(text: str, language: str) -> list[str]:
    """Each sentence of `text` as a narrator of `language` says it."""
    return [to_spoken(s, language) for s in sentences(text, language)]


# ------------------------------------------------------------------------ 1. old money


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("cs", "kněžna nám dává byt i 40 zl. ročně k tomu.",
         ["kněžna nám dává byt i čtyřicet zlatých ročně k tomu."]),
        ("cs", "Za bochník platila mlynáři 6 kr., a za máslo na trhu 1 zl. 20 kr. za libru.",
         ["Za bochník platila mlynáři šest krejcarů, a za máslo na trhu jeden zlatý dvacet "
          "krejcarů za libru."]),
        ("cs", "Stálo to 2 zl. a 3 kr. Pak šel domů.",
         ["Stálo to dva zlaté a tři krejcary.", "Pak šel domů."]),
        ("hu", "vagyis fejenként kb. 2 K 50 f-t.",
         ["vagyis fejenként körülbelül két korona ötven fillért."]),
        ("hu", "A háború 40–50 millió K-ba kerül.",
         ["A háború negyven–ötven millió koronába kerül."]),
        ("hu", "Régen 5 frt 20 kr. volt az ára.", ["Régen öt forint húsz krajcár volt az ára."]),
    ],
)  # fmt: skip
def test_old_money_is_said_with_its_count(language: str, text: str, expected: list[str]) -> None:
    assert said(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("cs", "Byl to kr. Jan a zl. prsten.", "Byl to kr. Jan a zl. prsten."),
        ("hu", "Az f betű és a K. betű.", "Az f betű és a K. betű."),
        ("hu", "Megjött 5 f. é. május", "Megjött öt f. é. május"),
        ("pl", "Mam 2 K w kieszeni.", "Mam dwa K w kieszeni."),
    ],
)  # fmt: skip
def test_letters_that_are_no_money_stay(language: str, text: str, expected: str) -> None:
    assert to_spoken(text, language) == expected


# ------------------------------------------------------- 2. Hungarian endings after a hyphen


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Öreg Bakó Mihály 1848-ban huszonkét esztendős volt.",
         "Öreg Bakó Mihály ezernyolcszáznegyvennyolcban huszonkét esztendős volt."),
        ("A 2-es busz, a 3-as villamos, az 5-ös, a 10-es és az 1-es.",
         "A kettes busz, a hármas villamos, az ötös, a tizes és az egyes."),
        ("Az 1840-es években 7-et láttak.", "Az ezernyolcszáznegyvenes években hetet láttak."),
        ("Ketten voltak, de 2-szer jött, 1-gyel több, 20-szal kevesebb.",
         "Ketten voltak, de kétszer jött, eggyel több, hússzal kevesebb."),
        ("A 3-ik ház, a hó 15-én.", "A harmadik ház, a hó tizenötödikén."),
    ],
)  # fmt: skip
def test_hungarian_ending_joins_its_number(text: str, expected: str) -> None:
    assert to_spoken(text, "hu") == expected


def test_hungarian_days_and_plain_numbers_stay() -> None:
    assert to_spoken("1849. május 21-én jött, 10-ig maradt.", "hu") == (
        "ezernyolcszáznegyvenkilenc május huszonegyedikén jött, tízig maradt."
    )
    assert to_spoken("Az 1848-i törvények.", "hu") == "Az ezernyolcszáznegyvennyolc-i törvények."


# ------------------------------------------------------------------------------ 3. degrees


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("pt", "O navio voltou-se 180° e seguiu.",
         "O navio voltou-se cento e oitenta graus e seguiu."),
        ("pt", "Estavam 35 °C à sombra.", "Estavam trinta e cinco graus Celsius à sombra."),
        ("es", "Hacía 21° a la sombra.", "Hacía veintiún grados a la sombra."),
        ("it", "Segnava 20° R.", "Segnava venti gradi Réaumur."),
        ("fr", "Il faisait 1,5° et 20 °C.", "Il faisait 1,5 degré et vingt degrés Celsius."),
        ("de", "Es war 1° kalt.", "Es war ein Grad kalt."),
        ("pl", "Było 2° mrozu i 5° ciepła.", "Było dwa stopnie mrozu i pięć stopni ciepła."),
        ("cs", "Bylo 5 °C.", "Bylo pět stupňů Celsia."),
        ("ru", "Было 21° мороза.", "Было двадцать один градус мороза."),
        ("hu", "Volt 2° hideg.", "Volt két fok hideg."),
        ("it", "Erano i 5° sotto zero.", "Erano i cinque gradi sotto zero."),
    ],
)  # fmt: skip
def test_degrees_are_said(language: str, text: str, expected: str) -> None:
    assert to_spoken(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("pt", "No 1° de maio chegámos.", "No primeiro de maio chegámos."),
        ("it", "Il 2° piano.", "Il secondo piano."),
        ("pt", "1° Que o réu pague.", "um° Que o réu pague."),
        ("pt", "Era o 2° chefe da tribo.", "Era o dois° chefe da tribo."),
    ],
)  # fmt: skip
def test_degree_sign_ordinals_stay_ordinals(language: str, text: str, expected: str) -> None:
    assert to_spoken(text, language) == expected


# ---------------------------------------------------------------------- 4. agreement


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("pl", "Ślimak wstawał o 4 rano i wracał o 9 wieczorem.",
         "Ślimak wstawał o czwartej rano i wracał o dziewiątej wieczorem."),
        ("pl", "Od 4 do 6 rano pracował, a o godz. 8 jadł.",
         "Od czwartej do szóstej rano pracował, a o godzinie ósmej jadł."),
        ("pl", "Wyszedł przed 3 rano, wrócił o 4-ej.",
         "Wyszedł przed trzecią rano, wrócił o czwartej."),
        ("cs", "Bydleli v domku o 2 světnicích.", "Bydleli v domku o dvou světnicích."),
        ("cs", "v 3 chalupách a na 5 místech", "ve třech chalupách a na pěti místech"),
    ],
)  # fmt: skip
def test_counts_agree(language: str, text: str, expected: str) -> None:
    assert to_spoken(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("pl", "Mówił o 4 latach.", "Mówił o cztery latach."),
        ("pl", "Miał 4 lata rano.", "Miał cztery lata rano."),
        ("cs", "Viděl 2 světnice a o 2 hodiny později.",
         "Viděl dvě světnice a o dvě hodiny později."),
    ],
)  # fmt: skip
def test_other_counts_stay(language: str, text: str, expected: str) -> None:
    assert to_spoken(text, language) == expected
