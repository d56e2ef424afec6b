"""Swedish, Danish, Norwegian, Finnish, Czech (and Hungarian, Romanian, Turkish) books:
detected from their small words, credited in their own language, their chapter headings
found. Before, a Swedish .txt was read by the Dutch voice, and a Swedish book with its
language set opened with "Written by … Narrated by …" in the Swedish voice."""

from __future__ import annotations

from pathlib import Path

import pytest

from audiobook.models import UNKNOWN_AUTHOR, Chapter, Manuscript, Paragraph
from audiobook.text.ingest import detect_language
from audiobook.text.readers.plaintext import parse_heading
from audiobook.text.segment import credits


def _lang(text: str) -> str:
    return detect_language([Chapter("t", (Paragraph(text),))])


NEW = {
    "sv": "När hon kom hem på kvällen var köket mörkt. Hennes far satt fortfarande vid bordet "
    "och läste tidningen, men han tittade inte upp när hon stängde dörren.",
    "da": "Jeg har aldrig forstået, hvorfor han rejste. Vi havde et godt liv, syntes jeg, men "
    "han ville noget andet.",
    "nb": "Jeg har aldri forstått hvorfor han reiste. Vi hadde et godt liv, syntes jeg, men "
    "han ville noe annet.",
    "fi": "Kun hän tuli illalla kotiin, keittiö oli pimeä. Hänen isänsä istui yhä pöydän "
    "ääressä ja luki lehteä, mutta ei nostanut katsettaan, kun hän sulki oven.",
    "cs": "Když se večer vrátila domů, v kuchyni byla tma. Otec ještě seděl u stolu a četl "
    "noviny, ale nezvedl oči, když zavřela dveře.",
    "hu": "Amikor este hazaért, a konyha sötét volt. Az apja még mindig az asztalnál ült és "
    "az újságot olvasta, de nem nézett fel, amikor becsukta az ajtót.",
    "ro": "Când s-a întors acasă seara, bucătăria era întunecată. Tatăl ei stătea încă la masă "
    "și citea ziarul, dar nu și-a ridicat privirea când ea a închis ușa.",
    "tr": "Akşam eve döndüğünde mutfak karanlıktı. Babası hâlâ masada oturmuş gazete "
    "okuyordu, ama kız kapıyı kapattığında başını kaldırmadı bile.",
}


@pytest.mark.parametrize("code", sorted(NEW))
def test_a_nordic_finnish_or_czech_text_is_detected_as_its_language(code: str) -> None:
    # before: Swedish was Dutch or English, Danish and Norwegian Portuguese, Czech Polish
    assert _lang(NEW[code]) == code


def test_danish_and_norwegian_dialogue_is_told_apart_by_their_own_words() -> None:
    assert _lang("– Hvad vil du? spurgte hun. – Jeg ved det ikke, sagde han og gik ud "
                 "efter hende.") == "da"
    assert _lang("– Hva vil du? spurte hun. – Jeg vet ikke, sa han og gikk ut etter "
                 "henne.") == "nb"


SUPPORTED = {
    "en": "The rain had stopped by the time she reached the harbour. He was waiting for her "
    "on the quay, with his collar turned up against the wind, and he did not smile.",
    "de": "Als sie am Abend nach Hause kam, war die Küche dunkel. Ihr Vater saß noch am Tisch "
    "und las die Zeitung, aber er sah nicht auf, als sie die Tür schloss.",
    "fr": "Quand elle rentra le soir, la cuisine était sombre. Son père était encore assis à "
    "la table et lisait le journal, mais il ne leva pas les yeux.",
    "es": "Cuando volvió a casa por la noche, la cocina estaba a oscuras. Su padre seguía "
    "sentado a la mesa leyendo el periódico, pero no levantó la vista.",
    "it": "Il gatto è nella casa e non vuole uscire con gli amici della scuola. Non è una "
    "cosa che si possa capire per chi non lo conosce.",
    "pt": "Quando voltou para casa à noite, a cozinha estava escura. O pai ainda estava "
    "sentado à mesa a ler o jornal, mas não levantou os olhos quando ela fechou a porta.",
    "nl": "Toen ze 's avonds thuiskwam, was de keuken donker. Haar vader zat nog aan tafel en "
    "las de krant, maar hij keek niet op toen ze de deur dichtdeed. Nu is het te laat.",
    "pl": "Kiedy wróciła wieczorem do domu, w kuchni było ciemno. Ojciec siedział jeszcze "
    "przy stole i czytał gazetę, ale nie podniósł oczu, gdy zamknęła drzwi.",
    "ru": "Когда она вернулась вечером домой, на кухне было темно.",
}


@pytest.mark.parametrize("code", sorted(SUPPORTED))
def test_the_fully_supported_languages_are_still_detected(code: str) -> None:
    # near miss: Dutch "en", "de", "hun", "nu", Spanish "se", English "I" and "on" are
    # no Nordic, Finnish or Czech word
    assert _lang(SUPPORTED[code]) == code


def test_english_with_i_and_on_and_spanish_with_se_stay() -> None:
    assert _lang("I sat in the car. I had a vision: the man on the hill, the sun on his "
                 "face.") == "en"
    assert _lang("Se fue sin decir nada. La casa se quedó vacía y los niños no "
                 "volvieron.") == "es"


def _book(language: str, author: str = "Karin Lind", **extra: str) -> Manuscript:
    return Manuscript("Huset vid sjön", author, language, (), Path("x.txt"), **extra)  # type: ignore[arg-type]


def test_swedish_credits_are_said_in_swedish() -> None:
    opening, closing = credits(_book("sv"), "Nia")
    assert opening == "Huset vid sjön. Skriven av Karin Lind. Uppläst av Nia."
    assert closing == "Slut. Huset vid sjön, skriven av Karin Lind, uppläst av Nia."


def test_translated_and_authorless_credits_in_the_new_languages() -> None:
    opening, closing = credits(_book("da", translator="Ole Vind"), "Nia")
    assert opening == "Huset vid sjön. Skrevet af Karin Lind. Oversat af Ole Vind. Indlæst af Nia."
    assert "oversat af Ole Vind, indlæst af Nia." in closing
    opening, closing = credits(_book("nb", author=UNKNOWN_AUTHOR), "Nia")
    assert (opening, closing) == ("Huset vid sjön. Innlest av Nia.",
                                  "Slutt. Huset vid sjön, innlest av Nia.")
    opening, _ = credits(_book("fi", translator="Eino Leino"), "Nia")
    assert opening == ("Huset vid sjön. Kirjailija: Karin Lind. Suomennos: Eino Leino. "
                       "Lukija: Nia.")
    opening, _ = credits(_book("cs", author=UNKNOWN_AUTHOR, editor="Jan Novák"), "Nia")
    assert opening == "Huset vid sjön. Editor: Jan Novák. Čte: Nia."
    for code in ("hu", "ro", "tr"):
        opening, closing = credits(_book(code, self_translated=True), "Nia")  # type: ignore[arg-type]
        assert "Nia" in opening and "Karin Lind" in closing


def test_a_language_without_credits_of_its_own_still_gets_english_ones() -> None:
    # near miss: Icelandic has no table; its credits stay English rather than break
    opening, _ = credits(_book("is"), "Nia")
    assert opening == "Huset vid sjön. Written by Karin Lind. Narrated by Nia."


@pytest.mark.parametrize(
    "line", ["Kapittel 1", "LUKU 3", "Luku 12", "KAPITOLA 2", "Kapitola 7", "CAPITOLUL IV",
             "BÖLÜM 1", "Bölüm 5"],
)
def test_chapter_keywords_of_the_new_languages_are_headings(line: str) -> None:
    heading = parse_heading(line)
    assert heading is not None and heading.family == "chapter"


@pytest.mark.parametrize(
    "line", ["Luku 1 oli hyvin pitkä ja tylsä.", "kapittel 1 var kjedelig", "Lukuisat talot"],
)
def test_a_sentence_that_starts_with_the_keyword_is_no_heading(line: str) -> None:
    assert parse_heading(line) is None


def test_a_swedish_text_with_no_language_is_read_by_the_swedish_voice(make_book) -> None:
    # before: the Dutch voice (gmw/nl) read it, with English credits
    from conftest import run_cli

    text = ("Kapitel 1\n\n\n\n" + NEW["sv"] + "\n\nJag har aldrig förstått varför han reste. "
            "Vi hade ett bra liv, tyckte jag, men han ville något annat.\n")
    folder = make_book({"book.toml": 'title = "Huset"\nauthor = "Karin Lind"\n', "bok.txt": text})
    result = run_cli("plan", "--script", str(folder))
    assert result.returncode == 0, result.stderr
    assert "Huset. Skriven av Karin Lind. Uppläst av" in result.stdout
    plan = run_cli("plan", str(folder))
    assert "gmq/sv" in plan.stdout


def test_several_authors_are_joined_by_the_books_own_and(tmp_path: Path) -> None:
    # Project Gutenberg's header lists the Grimms on two lines; the reader joins them
    # "Jacob Grimm and Wilhelm Grimm", which a German book's credits said with an English "and"
    text = (
        "The Project Gutenberg EBook of Kinder- und Hausmärchen, by Jacob Grimm and "
        "Wilhelm Grimm\n\nTitle: Kinder- und Hausmärchen\n\nAuthor: Jacob Grimm\n"
        "        Wilhelm Grimm\n\nLanguage: German\n\n"
        "*** START OF THIS PROJECT GUTENBERG EBOOK KINDER- UND HAUSMÄRCHEN ***\n\n\n\n"
        "Der Froschkönig.\n\nIn den alten Zeiten, wo das Wünschen noch geholfen hat, lebte "
        "ein König, dessen Töchter waren alle schön.\n\n"
        "*** END OF THIS PROJECT GUTENBERG EBOOK KINDER- UND HAUSMÄRCHEN ***\n"
    )
    path = tmp_path / "grimm.txt"
    path.write_text(text, encoding="utf-8")
    from audiobook.build.pipeline import load_book

    *_, chapters = load_book(path)
    opening = chapters[0].segments[0].text
    assert "Geschrieben von Jacob Grimm und Wilhelm Grimm." in opening
    assert " and " not in opening
    # Spanish says "e" before an "i" sound; English keeps "and", as does a title's "and"
    assert "Escrito por Pedro y Juan" in credits(_book("es", author="Pedro and Juan"), "N")[0]
    assert "Escrito por Pedro e Isabel" in credits(_book("es", author="Pedro and Isabel"), "N")[0]
    english = Manuscript("War and Peace", "A and B", "en", (), Path("x.txt"))  # type: ignore[arg-type]
    assert credits(english, "N")[0] == "War and Peace. Written by A and B. Narrated by N."
    german = Manuscript("Krieg and Frieden", "A and B", "de", (), Path("x.txt"))  # type: ignore[arg-type]
    assert credits(german, "N")[0].startswith("Krieg and Frieden. Geschrieben von A und B.")
