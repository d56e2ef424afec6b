"""Books in other languages as real ones are typed: a Bulgarian chitanka.info contents
list under its label ("Съдържание" / "I. Гост" …) whose entries head the chapters;
Ukrainian ordinals with their written endings ("3-го", "2-га", "XIX ст."); Serbian units
and abbreviations after a count ("12 км", "100 дин.", "т.ј."); Hebrew numbers in letters
("תרפ\"ט", "פרק א'"); a Korean quotation before its quotative ("…?"라고 물었다); an Arabic
book's edition block under its volume heading."""

from __future__ import annotations

from pathlib import Path

from audiobook.build.pipeline import load_book
from audiobook.models import Manuscript, ScriptChapter
from audiobook.text.normalize import to_spoken
from audiobook.text.segment import sentences


def _load(tmp_path: Path, text: str) -> tuple[Manuscript, tuple[ScriptChapter, ...]]:
    book = tmp_path / "book.txt"
    book.write_text(text, encoding="utf-8")
    _, manuscript, chapters = load_book(book)
    return manuscript, chapters


def _said(chapters: tuple[ScriptChapter, ...]) -> list[str]:
    return [seg.spoken for chapter in chapters for seg in chapter.segments]


# ------------------------------------------------------------ Bulgarian contents and headings

_VAZOV_PARAGRAPHS = (
    "В тая прохладна априлска вечер чорбаджи Марко, гологлав, по халат, вечеряше с "
    "челядта си на двора. Трапезата беше сложена под асмата, между чешмата и един чепат орех.",
    "Той беше от тия хора, които са били малко учили, но много видели. Домът му беше "
    "широк и светъл, а дворът пълен с цветя.",
)


def _vazov(contents: str) -> str:
    body = "\n\n".join(_VAZOV_PARAGRAPHS)
    return (
        "Иван Вазов\nПод игото\nРоман из живота на българите\n\n"
        f"{contents}\n\n\n"
        "Част първа\n\nI. Гост\n\n" + body + "\n\nII. Чорбаджи Марко\n\n" + body
        + "\n\nIII. Бунт\n\n" + body + "\n\nКрай\n"
    )


def test_a_contents_label_over_its_entries_in_one_block_heads_the_chapters(
    tmp_path: Path,
) -> None:
    manuscript, chapters = _load(
        tmp_path, _vazov("Съдържание\nЧаст първа\nI. Гост\nII. Чорбаджи Марко\nIII. Бунт")
    )
    titles = [c.title for c in manuscript.chapters]
    assert titles[-2:] == ["II. Чорбаджи Марко", "III. Бунт"], titles
    assert manuscript.title == "Под игото" and manuscript.author == "Иван Вазов"
    assert not any("Съдържание" in s for s in _said(chapters))
    assert any(o.what.startswith("table of contents") for o in manuscript.omitted)


def test_lines_under_a_label_that_are_not_all_entries_stay_text(tmp_path: Path) -> None:
    contents = (
        "Съдържание\nТова е книга за живота на българите в предвечерието на Освобождението, "
        "писана в Одеса през годините на изгнанието, когато авторът тъгуваше по родината."
    )
    manuscript, chapters = _load(tmp_path, _vazov(contents))
    said = " ".join(_said(chapters))
    assert "писана в Одеса" in said
    assert not any(o.what.startswith("table of contents") for o in manuscript.omitted)


def test_an_uncased_page_over_a_contents_list_guesses_no_author(tmp_path: Path) -> None:
    body = "रमज़ान के पूरे तीस रोज़ों के बाद ईद आई है। कितना मनोहर, कितना सुहावना प्रभात है।"
    manuscript, _ = _load(
        tmp_path,
        "प्रेमचंद\n\nईदगाह तथा अन्य कहानियाँ\n\n\nअनुक्रम\n\n१. ईदगाह ........ ३\n"
        "२. पूस की रात ........ १७\n\n\nअध्याय १\nईदगाह\n\n" + body
        + "\n\n\nअध्याय २\nपूस की रात\n\n" + body + "\n",
    )
    assert manuscript.author != "ईदगाह तथा अन्य कहानियाँ"  # the name is over the title here


# ------------------------------------------------------------ Ukrainian ordinals


def test_ukrainian_ordinals_with_written_endings_are_said_in_their_form() -> None:
    said = to_spoken("прокинулася вдома, 3-го серпня, о 6-й ранку.", "uk")
    assert said == "прокинулася вдома, третього серпня, о шостій ранку."
    assert to_spoken("1-й клас, 2-га година, 3-тя рота", "uk") == (
        "перший клас, друга година, третя рота"
    )
    assert to_spoken("на 5-й сторінці, у 60-х роках", "uk") == (
        "на п'ятій сторінці, у шістдесятих роках"
    )
    assert to_spoken("21-го числа", "uk") == "двадцять першого числа"


def test_ukrainian_centuries_are_said_as_ordinals_in_their_case() -> None:
    assert to_spoken("у XIX ст. жили", "uk") == "у дев'ятнадцятому столітті жили"
    assert to_spoken("з XVI ст. до XX ст. жили", "uk") == (
        "з шістнадцятого століття до двадцятого століття жили"
    )
    assert to_spoken("Жили у XIX ст. Потім пішли.", "uk") == (
        "Жили у дев'ятнадцятому столітті. Потім пішли."
    )


def test_ukrainian_counts_and_russian_endings_stay_as_they_were() -> None:
    assert to_spoken("5-ти років", "uk") == "п'ять-ти років"  # a count's ending: not an ordinal
    assert to_spoken("5-го мая", "ru") == "пятого мая"  # Russian keeps its own rules
    assert "ст." in to_spoken("див. ст. 5 закону", "uk")  # "ст." after no Roman numeral


# ------------------------------------------------------------ Serbian units and abbreviations


def test_serbian_units_after_a_count_agree_with_it() -> None:
    said = to_spoken(
        "Он је тада имао 35 год., а плата му је била 1.200 дин. годишње, т.ј. 100 дин. месечно.",
        "sr",
    )
    assert "година," in said and "динара годишње, то јест" in said and "дин." not in said
    assert "километара од" in to_spoken("лежи 12 км од града", "sr")
    assert to_spoken("Пут од 1 км.", "sr").endswith("километар.")
    assert "километра" in to_spoken("Пут од 3 км.", "sr")
    assert "trista форинти" in to_spoken("Плата му беше 300 фор. годишње", "sr")


def test_serbian_ti_je_with_its_dot_does_not_end_a_sentence() -> None:
    text = "Плата је била 1.200 дин. годишње, т.ј. 100 дин. месечно. Он је био задовољан."
    assert sentences(text, "sr") == [
        "Плата је била 1.200 дин. годишње, т.ј. 100 дин. месечно.",
        "Он је био задовољан.",
    ]


def test_serbian_year_ordinals_and_words_without_a_count_stay() -> None:
    assert to_spoken("1868. год.", "sr").endswith("године.")  # a year's ordinal: "године"
    assert "км" in to_spoken("км је скраћеница", "sr")  # no count before it
    assert "години" in to_spoken("у овој години", "sr")


# ------------------------------------------------------------ Hebrew numbers in letters


def test_hebrew_years_days_chapters_and_weekdays_in_letters_are_numbers() -> None:
    said = to_spoken('בִּשְׁנַת תרפ"ט בָּא לְתֵל־אָבִיב, וּבְכ"ג בְּתַמּוּז פָּתַח חֲנוּת.', "he")
    assert said == "בשנת חמשת אלפים שש מאות שמונים ותשע בא לתל-אביב, ובעשרים ושלוש בתמוז פתח חנות."
    assert to_spoken("פרק א'", "he") == "פרק אחת"
    assert to_spoken('פרק ט"ו', "he") == "פרק חמש עשרה"
    assert to_spoken("ביום ה', היה יריד", "he") == "ביום חמישי, היה יריד"
    assert to_spoken('ה\'תש"א', "he") == "חמשת אלפים שבע מאות ואחת"


def test_hebrew_abbreviations_and_initials_stay_as_written() -> None:
    for text in ('ד"ר כהן', 'ע"ע', 'י"ד ברקוביץ', "ר' יוסף", 'צה"ל', 'רמב"ם', "היום א' אמר",
                 'בכ"ג אנשים'):  # fmt: skip
        assert to_spoken(text, "he") == text


# ------------------------------------------------------------ Korean quotatives


def test_a_korean_question_before_its_quotative_is_one_sentence(tmp_path: Path) -> None:
    _, chapters = _load(
        tmp_path,
        '운수 좋은 날\n\n현진건\n\n그 학생은 "남대문 정거장까지 얼마예요?"라고 물었다. '
        '김 첨지는 불렀다. "왜?" 하고 물었다.\n',
    )
    texts = [seg.text for chapter in chapters for seg in chapter.segments]
    assert '그 학생은 "남대문 정거장까지 얼마예요?"라고 물었다.' in texts, texts
    assert '"왜?" 하고 물었다.' in texts, texts


def test_a_korean_exclamation_before_a_new_sentence_stays_apart(tmp_path: Path) -> None:
    _, chapters = _load(
        tmp_path,
        '운수 좋은 날\n\n현진건\n\n"설렁탕을 사다 줄 테니 기다려!" 김첨지는 이렇게 소리를 치고 '
        "집을 나왔다.\n",
    )
    texts = [seg.text for chapter in chapters for seg in chapter.segments]
    assert "김첨지는 이렇게 소리를 치고 집을 나왔다." in texts, texts


def test_a_korean_quotation_before_a_new_sentence_stays_apart() -> None:
    assert sentences('그는 떠났다. "왜?" 그가 물었다.', "ko")[0] == "그는 떠났다."
    assert sentences("그는 물었다. 하고 싶은 말이 있었다.", "ko") == [
        "그는 물었다.", "하고 싶은 말이 있었다."
    ]


# ------------------------------------------------------------ Arabic edition block

_MANFALUTI = (
    "النظرات\n\nتأليف\nمصطفى لطفي المنفلوطي\n\nالجزء الأول\n\n{edition}\n\n\n"
    "المقدمة\n\nولد المنفلوطي في منفلوط إحدى مدن محافظة أسيوط ونشأ في بيت كريم توارث أهله "
    "قضاء الشريعة. ثم أرسله أبوه إلى الأزهر بالقاهرة تحت رعاية رفاق له من أهل بلده.\n"
)


def test_an_arabic_edition_block_under_the_volume_is_left_out(tmp_path: Path) -> None:
    edition = "الطبعة الثانية\nمطبعة السعادة بجوار محافظة مصر\nسنة ١٣٢٩ هـ — ١٩١١ م"
    manuscript, chapters = _load(tmp_path, _MANFALUTI.format(edition=edition))
    said = " ".join(_said(chapters))
    assert "الطبعة" not in said and "مطبعة" not in said
    assert any(o.what.startswith("title page") for o in manuscript.omitted)


def test_arabic_prose_under_the_volume_is_read(tmp_path: Path) -> None:
    edition = "كانت الطبعة الثانية من هذا الكتاب قد نفدت، فأعدنا طبعه بعد أن صححنا أغلاطه."
    _, chapters = _load(tmp_path, _MANFALUTI.format(edition=edition))
    assert "فأعدنا طبعه" in " ".join(_said(chapters))
