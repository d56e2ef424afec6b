"""Books in other scripts: their chapter headings, credits and end words, Hebrew points,
the Persian non-joiner, and where Arabic and Indic sentences end."""

from __future__ import annotations

from pathlib import Path

import pytest

from audiobook.build.pipeline import load_book
from audiobook.models import Manuscript
from audiobook.text.normalize import to_spoken
from audiobook.text.readers.base import clean_text
from audiobook.text.readers.plaintext import parse_heading
from audiobook.text.segment import credits, sentences

PROSE_UK = (
    "Того літа, коли мені виповнилося дванадцять, батьки відправили мене на хутір до "
    "бабусі. Їхали ми довго: спершу потягом, потім автобусом. Бабуся сказала, що собаці "
    "вже чотирнадцять років, і що він пам'ятає ще мого дідуся.\n\n"
    "Увечері ми пили чай із м'ятою і їли вареники з вишнями. Бабуся розповідала про "
    "війну, про те, як її мати ховала зерно в печі.\n"
)
UK_BOOK = (
    "Марія Коваленко\n\nЛІТО НА ХУТОРІ\n\nПовість\n\n"
    "© Марія Коваленко, 2021. Усі права захищені.\n\n\n"
    f"РОЗДІЛ ПЕРШИЙ\n\nСтеп\n\n{PROSE_UK}\n\n"
    f"РОЗДІЛ ДРУГИЙ\n\nЯрмарок\n\n{PROSE_UK}\n\n"
    f"РОЗДІЛ ТРЕТІЙ\n\nПрощання\n\n{PROSE_UK}"
)
PROSE_HI = (
    "रमज़ान के पूरे तीस रोज़ों के बाद ईद आई है। कितना मनोहर, कितना सुहावना प्रभात है। "
    "वृक्षों पर अजीब हरियाली है, खेतों में कुछ अजीब रौनक है।\n\n"
    "गाँव में कितनी हलचल है। ईदगाह जाने की तैयारियाँ हो रही हैं। किसी के कुरते में बटन "
    "नहीं है, पड़ोस के घर में सुई-धागा लेने दौड़ा जा रहा है।\n"
)
HI_BOOK = (
    "प्रेमचंद\n\nईदगाह तथा अन्य कहानियाँ\n\n\nअनुक्रम\n\n"
    "१. ईदगाह ............................ ३\n२. पूस की रात ....................... १७\n\n\n"
    f"अध्याय १\nईदगाह\n\n{PROSE_HI}\n\n"
    f"अध्याय २\nपूस की रात\n\n{PROSE_HI}\n\nसमाप्त\n"
)


def _chapters(tmp_path: Path, name: str, text: str) -> tuple[Manuscript, list]:
    book = tmp_path / name
    book.write_text(text, encoding="utf-8")
    _, manuscript, chapters = load_book(book)
    return manuscript, chapters


# ---------------------------------------------------------------- headings


@pytest.mark.parametrize(
    ("line", "family", "number"),
    [
        ("Розділ 1", "chapter", 1),
        ("РОЗДІЛ ПЕРШИЙ", "chapter", 1),
        ("Глава първа", "chapter", 1),
        ("Глава прва", "chapter", 1),
        ("Prvo poglavlje", "chapter", 1),
        ("Друго поглавље", "chapter", 2),
        ("Κεφάλαιο 1", "chapter", 1),
        ("ΚΕΦΑΛΑΙΟ Α΄", "chapter", 1),
        ("ΚΕΦΑΛΑΙΟΝ ΙΒ΄", "chapter", 12),
        ("ΡΑΨΩΔΙΑ Β΄", "book", 2),
        ("الفصل الأول", "chapter", 1),
        ("الفصل ١٢", "chapter", 12),
        ("الفصل الحادي عشر", "chapter", 11),
        ("فصل اول", "chapter", 1),
        ("حکایت ۳", "حکایت", 3),
        ("פרק א", "chapter", 1),
        ("פרק א'", "chapter", 1),
        ('פרק י"ב', "chapter", 12),
        ("פרק טו", "chapter", 15),
        ("פרק ראשון", "chapter", 1),
        ("अध्याय १", "chapter", 1),
        ("अध्याय 3", "chapter", 3),
        ("제1장", "chapter", 1),
        ("제 2 부", "part", 2),
        ("บทที่ 1", "chapter", 1),
        ("บทที่ ๒", "chapter", 2),
        ("ԳԼՈՒԽ Ա", "chapter", 1),
        ("ԳԼՈՒԽ ԺԲ", "chapter", 12),
        ("ԳԼՈՒԽ ԱՌԱՋԻՆ", "chapter", 1),
        ("თავი I", "chapter", 1),
        ("თავი პირველი", "chapter", 1),
    ],
)
def test_a_heading_in_another_script(line: str, family: str, number: int) -> None:
    heading = parse_heading(line)
    assert heading is not None
    assert (heading.family, heading.number) == (family, number)


def test_a_heading_with_its_title_in_a_script_without_capitals() -> None:
    heading = parse_heading("제3장 봄")
    assert heading is not None and heading.has_title
    heading = parse_heading("الفصل الأول: العودة")
    assert heading is not None and heading.has_title


@pytest.mark.parametrize(
    "line",
    [
        "פרק זמן",  # "a period of time": no letter number
        "פרק זמן קצר עבר מאז שחזרנו הביתה",
        "الفصل الأول من الكتاب يروي قصة الفلاح، ثم يعود إلى المدينة.",
        "अध्याय १ में लेखक ने गाँव का वर्णन किया है।",
        "제1장에서 그는 집을 떠났다.",
        "Chapter .",
    ],
)
def test_prose_that_opens_with_a_heading_word_is_no_heading(line: str) -> None:
    assert parse_heading(line) is None


@pytest.mark.parametrize(
    ("line", "number"), [("Глава 1", 1), ("ГЛАВА ПЕРВАЯ", 1), ("Часть вторая", 2)]
)
def test_russian_headings_stay_as_they_were(line: str, number: int) -> None:
    heading = parse_heading(line)
    assert heading is not None and heading.number == number


def test_a_ukrainian_novel_is_read_in_chapters(tmp_path: Path) -> None:
    _, chapters = _chapters(tmp_path, "lito.txt", UK_BOOK)
    titles = [c.title for c in chapters]
    assert titles[-3:] == ["РОЗДІЛ ПЕРШИЙ. Степ", "РОЗДІЛ ДРУГИЙ. Ярмарок",
                           "РОЗДІЛ ТРЕТІЙ. Прощання"]  # fmt: skip


def test_a_hindi_book_is_read_in_chapters_without_its_contents(tmp_path: Path) -> None:
    manuscript, chapters = _chapters(tmp_path, "idgah.txt", HI_BOOK)
    titles = [c.title for c in chapters]
    assert titles[-2:] == ["अध्याय १. ईदगाह", "अध्याय २. पूस की रात"]
    said = " ".join(s.text for c in chapters for s in c.segments)
    assert "......" not in said and "अनुक्रम" not in said
    assert any("contents" in o.what for o in manuscript.omitted)


# ---------------------------------------------------------------- credits


def _manuscript(language: str, title: str, author: str) -> Manuscript:
    return Manuscript(title, author, language, (), Path("book.txt"))


@pytest.mark.parametrize(
    ("language", "title", "author", "opening", "closing"),
    [
        ("bg", "Под игото", "Иван Вазов", "Под игото. Автор: Иван Вазов. Чете: N.", "Край."),
        ("uk", "Кобзар", "Тарас Шевченко", "Кобзар. Автор: Тарас Шевченко. Читає: N.",
         "Кінець."),
        ("sr", "Сеобе", "Милош Црњански", "Сеобе. Аутор: Милош Црњански. Чита: N.", "Крај."),
        ("el", "Η Φόνισσα", "Παπαδιαμάντης", "Η Φόνισσα. Συγγραφέας: Παπαδιαμάντης. Αφήγηση: N.",
         "Τέλος."),
        ("ar", "الأيام", "طه حسين", "الأيام. تأليف: طه حسين. قراءة: N.", "النهاية."),
        ("fa", "بوف کور", "صادق هدایت", "بوف کور. نویسنده: صادق هدایت. راوی: N.", "پایان."),
        ("he", "סיפורים", "שלום עליכם", "סיפורים. מאת: שלום עליכם. קריינות: N.", "סוף."),
        ("hi", "गोदान", "प्रेमचंद", "गोदान. लेखक: प्रेमचंद. वाचक: N.", "समाप्त."),
        ("ko", "운수 좋은 날", "현진건", "운수 좋은 날. 지은이: 현진건. 낭독: N.", "끝."),
        ("th", "ข้างหลังภาพ", "ศรีบูรพา", "ข้างหลังภาพ. ผู้เขียน: ศรีบูรพา. ผู้อ่าน: N.", "จบ."),
    ],
)
def test_credits_in_the_books_language(
    language: str, title: str, author: str, opening: str, closing: str
) -> None:
    said_first, said_last = credits(_manuscript(language, title, author), "N")
    assert said_first == opening
    assert said_last.startswith(closing)


def test_english_credits_stay_english() -> None:
    opening, closing = credits(_manuscript("en", "Emma", "Jane Austen"), "N")
    assert opening == "Emma. Written by Jane Austen. Narrated by N."
    assert closing.startswith("The end. Emma was written by Jane Austen")


@pytest.mark.parametrize(
    ("language", "end"),
    [("el", "ΤΕΛΟΣ"), ("he", "סוף"), ("ar", "تمت"), ("hi", "समाप्त"), ("uk", "КІНЕЦЬ"),
     ("sr", "КРАЈ"), ("ko", "끝")],
)  # fmt: skip
def test_the_books_own_end_word_is_said_once(tmp_path: Path, language: str, end: str) -> None:
    folder = tmp_path / "book"
    folder.mkdir()
    (folder / "book.toml").write_text(
        f'title = "T"\nauthor = "A"\nlanguage = "{language}"\n', encoding="utf-8"
    )
    prose = {"el": "Ήρθε στο σπίτι αργά το βράδυ.", "he": "הוא חזר הביתה מאוחר בערב.",
             "ar": "عاد إلى البيت في المساء.", "hi": "वह शाम को घर लौटा।",
             "uk": "Він прийшов додому пізно ввечері.", "sr": "Дошао је кући касно увече.",
             "ko": "그는 저녁 늦게 집에 돌아왔다."}[language]  # fmt: skip
    (folder / "text.txt").write_text(f"{prose}\n\n{prose}\n\n{end}\n", encoding="utf-8")
    _, _, chapters = load_book(folder)
    segments = chapters[-1].segments
    assert segments[-2].text.strip() == end
    assert not segments[-1].text.startswith(end.capitalize())
    assert segments[-1].kind == "credits" and segments[-1].text.startswith("T.")


# ---------------------------------------------------------------- Hebrew points


def test_hebrew_points_and_maqaf_are_not_spoken_in_a_hebrew_book() -> None:
    assert to_spoken("בְּרֵאשִׁית בָּרָא אֱלֹהִים", "he") == "בראשית ברא אלהים"
    assert to_spoken("תל־אביב", "he") == "תל-אביב"
    assert to_spoken("וַיְהִי֙", "he") == "ויהי"  # a cantillation mark too


def test_an_english_book_keeps_its_transliteration_of_a_hebrew_word() -> None:
    said = to_spoken("The word בְּרֵאשִׁית opens the book.", "en")
    assert said == "The word veresihayat opens the book."


def test_the_script_keeps_the_points(tmp_path: Path) -> None:
    folder = tmp_path / "book"
    folder.mkdir()
    (folder / "book.toml").write_text('title = "T"\nauthor = "A"\nlanguage = "he"\n',
                                      encoding="utf-8")  # fmt: skip
    (folder / "text.txt").write_text("בְּרֵאשִׁית בָּרָא אֱלֹהִים.\n", encoding="utf-8")
    _, _, chapters = load_book(folder)
    segment = next(s for s in chapters[0].segments if s.kind == "text")
    assert "בְּרֵאשִׁית" in segment.text and "בראשית" in segment.spoken


# ---------------------------------------------------------------- ZWNJ


def test_the_persian_non_joiner_is_kept() -> None:
    assert clean_text("می\u200cرود و گفته\u200cاند") == "می\u200cرود و گفته\u200cاند"
    assert clean_text("क्\u200dष") == "क्\u200dष"


def test_a_non_joiner_in_latin_text_is_junk() -> None:
    assert clean_text("foo\u200cbar baz\u200d qux \u200cquux") == "foobar baz qux quux"


# ---------------------------------------------------------------- sentences


def test_an_arabic_sentence_goes_on_past_its_commas_and_colon() -> None:
    text = ("كان في قرية من قرى الصعيد، في سنة ١٨٩٥م، فلاحٌ فقيرٌ يُدعى حسنًا. "
            "فقال حسن: «يا سيدي، ليس عندي شيء». ثم ذهب؟ نعم!")  # fmt: skip
    assert sentences(text, "ar") == [
        "كان في قرية من قرى الصعيد، في سنة ١٨٩٥م، فلاحٌ فقيرٌ يُدعى حسنًا.",
        "فقال حسن: «يا سيدي، ليس عندي شيء».",
        "ثم ذهب؟",
        "نعم!",
    ]


def test_an_english_colon_stays_inside_its_sentence() -> None:
    assert sentences("He said: no. Then he left.", "en") == ["He said: no.", "Then he left."]


def test_the_danda_ends_a_bengali_sentence() -> None:
    text = "প্রথম কাজ আরম্ভ করিয়াই উলাপুর গ্রামে আসিতে হয়। গ্রামটি অতি সামান্য। নিকটে একটি নীলকুঠি আছে॥ তাই।"
    assert sentences(text, "bn") == [
        "প্রথম কাজ আরম্ভ করিয়াই উলাপুর গ্রামে আসিতে হয়।",
        "গ্রামটি অতি সামান্য।",
        "নিকটে একটি নীলকুঠি আছে॥",
        "তাই।",
    ]
    assert to_spoken("গ্রামটি অতি সামান্য। তাই।", "bn") == "গ্রামটি অতি সামান্য। তাই।"
    assert to_spoken("गाँव में हलचल है॥", "mr") == "गाँव में हलचल है॥"


def test_a_hindi_quotation_in_an_english_book_is_still_transliterated() -> None:
    assert to_spoken("He wrote: हम हैं।", "en") == "He wrote: hm haim,"
