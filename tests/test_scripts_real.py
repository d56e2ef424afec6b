"""Books in other scripts as real ones are laid out: Ukrainian abbreviation dots (Franko's
"в р. 1856", "с. Ясениця", "т. зв. «столиці»"), Bulgarian month abbreviations ("19 окт.
1920 г."), and chitanka.info's closing page under a Bulgarian e-book."""

from __future__ import annotations

from pathlib import Path

from audiobook.build.pipeline import load_book
from audiobook.text.segment import _join_same_voice, sentences


def _script(tmp_path: Path, text: str) -> list[str]:
    book = tmp_path / "book.txt"
    book.write_text(text, encoding="utf-8")
    _, _, chapters = load_book(book)
    return [seg.text for chapter in chapters for seg in chapter.segments]


# ------------------------------------------------------------ Ukrainian abbreviations


def test_ukrainian_abbreviation_dots_end_no_sentence() -> None:
    text = (
        "Я родився в Нагуєвичах, в р. 1856. Батько мій був коваль. Потім навчання у школі "
        "с. Ясениця Сільна. Там я слухав лекції проф. Огоновського."
    )
    assert sentences(text, "uk") == [
        "Я родився в Нагуєвичах, в р. 1856.",
        "Батько мій був коваль.",
        "Потім навчання у школі с. Ясениця Сільна.",
        "Там я слухав лекції проф. Огоновського.",
    ]


def test_ukrainian_sentences_still_end_at_their_stops() -> None:
    text = "Він прийшов до нас. Потім пішов до села. А далі? Нічого!"
    assert sentences(text, "uk") == [
        "Він прийшов до нас.", "Потім пішов до села.", "А далі?", "Нічого!"
    ]


def test_a_quotation_after_an_abbreviation_goes_on_in_the_books_language() -> None:
    paragraph = "Я приїхав до Львова, т. зв. «столиці» Галичини."
    spans = [("Я приїхав до Львова, т. зв. ", "n"), ("«столиці»", "n"), (" Галичини.", "n")]
    assert _join_same_voice(paragraph, spans, "uk") == [(paragraph, "n")]


def test_a_quotation_after_a_sentences_end_stays_apart(tmp_path: Path) -> None:
    said = _script(
        tmp_path,
        "ЛИСТ\n\nДня 28 травня я вперше приїхав до Львова. «Столиця» була велика і "
        "гамірна, і місто мені дуже сподобалося.\n",
    )
    assert "Дня 28 травня я вперше приїхав до Львова." in " | ".join(said).replace(
        "двадцять вісім", "28"
    ).split(" | "), said


def test_a_ukrainian_book_reads_the_so_called_quotation_in_one_sentence(tmp_path: Path) -> None:
    said = _script(
        tmp_path,
        "ЛИСТ\n\nДня 28 травня я вперше приїхав до Львова, т. зв. «столиці» Галичини. "
        "Там я жив довго, і місто мені дуже сподобалося.\n",
    )
    assert any("т. зв. «столиці» Галичини." in s for s in said), said


# ------------------------------------------------------------ Bulgarian months


def test_a_bulgarian_month_abbreviation_before_its_year_ends_no_sentence() -> None:
    assert sentences("Иван Вазов, 19 окт. 1920 г. София", "bg") == [
        "Иван Вазов, 19 окт. 1920 г. София"
    ]
    assert len(sentences("Роден на 5 февр. 1850 г. в Сопот. После дойде", "bg")) == 2


def test_a_bulgarian_month_abbreviation_before_a_capital_may_end_one() -> None:
    assert sentences("Видях го в окт. Той беше болен.", "bg") == [
        "Видях го в окт.", "Той беше болен."
    ]


# ------------------------------------------------------------ chitanka.info

VAZOV = (
    "Иван Вазов\nПод игото\n\n\nI. Гост\n\n"
    "В тая прохладна априлска вечер чорбаджи Марко, гологлав, по халат, вечеряше с "
    "челядта си на двора. Трапезата беше сложена под асмата, между чешмата и един орех.\n\n"
    "Край\n\n"
)
CHITANKA = (
    "\tИнформация за текста\n\n\t© 1894 Иван Вазов\n\tИзточник: Словото\n"
    "\tКорекция: NomaD (2011 г.)\n\n"
    "\tСвалено от „Моята библиотека“: https://chitanka.info/text/3753\n"
    "\tПоследна корекция: 5 юни 2020 в 10:48\n"
)


def test_chitankas_closing_page_is_left_out(tmp_path: Path) -> None:
    book = tmp_path / "pod_igoto.txt"
    book.write_text(VAZOV + CHITANKA, encoding="utf-8")
    _, manuscript, chapters = load_book(book)
    said = " ".join(seg.text for chapter in chapters for seg in chapter.segments)
    assert "Словото" not in said and "chitanka" not in said and "Информация" not in said
    assert "Трапезата беше сложена" in said
    assert any("chitanka.info" in o.what for o in manuscript.omitted)


def test_a_story_that_quotes_the_librarys_lines_keeps_them(tmp_path: Path) -> None:
    story = (
        "Иван Вазов\nПод игото\n\n\nI. Гост\n\nИнформация за текста\n\n"
        "Свалено от „Моята библиотека“, пишеше на листа, който той прочете и сгъна.\n\n"
        "В тая прохладна априлска вечер чорбаджи Марко вечеряше с челядта си на двора. "
        "Трапезата беше сложена под асмата, между чешмата и един орех. Всички мълчаха, "
        "а навън вятърът духаше силно и клатеше клоните на стария орех.\n\nКрай\n"
    )
    said = " ".join(_script(tmp_path, story))
    assert "пишеше на листа" in said and "Трапезата беше сложена" in said, said
