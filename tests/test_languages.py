"""Books in other languages: their own voice, sentence rules and credits."""

from __future__ import annotations

import json

from conftest import run_cli


def test_russian_book_builds_with_a_russian_voice(make_book, tmp_path):
    toml = 'title = "Рассказ"\nauthor = "Автор"\nlanguage = "ru"\n'
    text = "Иван пришёл домой в 1984 году. Он открыл дверь и увидел 3 кошки.\n\nНаступила ночь.\n"
    folder = make_book({"book.toml": toml, "text.txt": text})
    out = tmp_path / "out"
    result = run_cli("build", str(folder), "-o", str(out), "--quiet")
    assert result.returncode == 0, result.stderr
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["voices"]["narrator"]["voice"] == "zle/ru"
    segments = manifest["chapters"][0]["segments"]
    assert segments[0]["text"].startswith("Рассказ. Автор: Автор.")
    spoken = " ".join(s["spoken"] for s in segments)
    assert "три кошки" in spoken and "Written" not in spoken
    assert [s["text"] for s in segments if s["kind"] == "text"] == [
        "Иван пришёл домой в 1984 году.",
        "Он открыл дверь и увидел 3 кошки.",
        "Наступила ночь.",
    ]
    assert (out / "рассказ.mp3").is_file()


def test_language_is_detected_when_nothing_says_it(make_book, tmp_path):
    text = "Иван пришёл домой поздно вечером. Он открыл дверь и увидел кошку.\n"
    folder = make_book({"text.txt": text})
    out = tmp_path / "out"
    result = run_cli("build", str(folder / "text.txt"), "-o", str(out), "--quiet")
    assert result.returncode == 0, result.stderr
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["language"] == "ru"
    assert manifest["voices"]["narrator"]["voice"] == "zle/ru"


def test_detect_language_by_script_and_function_words():
    from audiobook.models import Chapter, Paragraph
    from audiobook.text.ingest import detect_language

    def lang(text: str) -> str:
        return detect_language([Chapter("t", (Paragraph(text),))])

    assert lang("The cat sat on the mat, and it was happy with that.") == "en"
    assert lang("Der Hund und die Katze sind nicht im Haus, das ist klar.") == "de"
    assert lang("Le chat est dans la maison et il ne veut pas sortir.") == "fr"
    assert lang("Кошка сидит на окне.") == "ru"
    assert lang("Η γάτα κάθεται στο παράθυρο.") == "el"


def test_portuguese_and_polish_are_told_from_their_neighbours():
    # Portuguese shares "de" with Dutch and "que"/"para" with Spanish; before it had
    # words of its own, a Portuguese manuscript in Word was read by the Dutch voice,
    # and a Polish one by the English voice
    from audiobook.models import Chapter, Paragraph
    from audiobook.text.ingest import detect_language

    def lang(text: str) -> str:
        return detect_language([Chapter("t", (Paragraph(text),))])

    assert lang(
        "O herdeiro chegou de manhã à casa de Santa Luzia. Não havia ninguém na sala, e a "
        "porta do jardim estava aberta com uma cadeira ao lado."
    ) == "pt"
    assert lang(
        "Nie wiedziała, że list z Krakowa przyjdzie tak późno. Ale jest już w domu i "
        "czyta go na głos, jak dawniej."
    ) == "pl"
    # near misses: the neighbours stay what they are
    assert lang("De kat zit in de tuin en het is niet koud, dat is goed.") == "nl"
    assert lang("El gato está en la casa y no quiere salir con los niños del pueblo.") == "es"
    assert lang("Il gatto è nella casa e non vuole uscire con gli amici della scuola.") == "it"
    assert lang("Le chat est à la maison, et il ne veut pas aller dans le jardin.") == "fr"
    assert lang("She said that he was to do it with the others, and so it was done.") == "en"


def test_a_french_book_is_read_by_the_voice_of_france(make_book):
    # espeak-ng lists fr-be first; "fr" means the language's home variety
    text = "Le passeur attendait sur la rive. Il faisait froid, et la rivière était haute.\n"
    folder = make_book({"book.toml": 'language = "fr"\n', "livre.txt": text})
    result = run_cli("plan", str(folder))
    assert result.returncode == 0, result.stderr
    assert "pyttsx3: roa/fr " in result.stdout or "pyttsx3: roa/fr\n" in result.stdout
