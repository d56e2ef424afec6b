"""Sentences and numbers in books of other scripts, as a narrator of the language reads them.

Each rule has a hit (a shape from a real book that was cut or said wrongly) and a near
miss (a text that looks alike and must stay as it was).
"""

from __future__ import annotations

import pytest

from audiobook.text.normalize import to_spoken
from audiobook.text.segment import sentences

# ----------------------------------------------------------------- sentence cuts at dots


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("sr", "Једног дана, а то беше 15. маја, у среду, дође у село нов учитељ."),
        ("sr", "Поштанску станицу добило је тек 1868. године, у пролеће."),
        ("sr", "У село дође нов учитељ, г. Пера Шкорић, млад човек."),
        ("hr", "Već 28. jula počeo je rat, a most je miniran 1915. g., ali nije srušen."),
        ("el", "Η ώρα ήτο 4 π.μ., η 12η Ιανουαρίου του 1902."),
        ("el", "Όπως της τον εδιηγείτο η μάμμη της, κ.λπ., και τους πειρατάς."),
        ("el", "Όπως της τον εδιηγείτο η μάμμη της, κ. λπ., και τους πειρατάς."),
        ("el", "Το 480 π.Χ. έγινε η ναυμαχία, και ο κ. Παύλος ήλθε."),
        ("th", "ข้าพเจ้าพบท่านที่กรุงโตเกียว เมื่อปี พ.ศ. ๒๔๗๕ ขณะนั้นข้าพเจ้ามีอายุ ๒๒ ปี"),
        ("ka", "ეს მოხდა XIX ს-ის დასაწყისში, ე.ი. ორასი წლის წინ."),
        ("am", "በ1920 ዓ.ም. ፊታውራሪ መሸሻ የሚባሉ ባለ ርስት ሰው ነበሩ።"),
        ("en", "በ1920 ዓ.ም. ፊታውራሪ መሸሻ የሚባሉ ባለ ርስት ሰው ነበሩ።"),  # the script, whatever the tag
    ],
)
def test_abbreviation_and_ordinal_dots_end_no_sentence(language: str, text: str) -> None:
    assert sentences(text, language) == [text]


@pytest.mark.parametrize(
    ("language", "text", "said"),
    [
        ("sr", "Поштанску станицу добило је тек 1868. год. Затим дође учитељ.",
         ["Поштанску станицу добило је тек 1868. год.", "Затим дође учитељ."]),
        ("sr", "Дошао је у 5. Онда је отишао.", ["Дошао је у 5.", "Онда је отишао."]),
        ("el", "Ήλθε στις 4 π.μ. Ο Γιάννης έφυγε.", ["Ήλθε στις 4 π.μ.", "Ο Γιάννης έφυγε."]),
        ("el", "Το 480 π. Χ. Οι Πέρσες ήλθαν.", ["Το 480 π. Χ.", "Οι Πέρσες ήλθαν."]),
        ("ka", "გიორგი წინ გამოვიდა. ის წავიდა წინ. ეს მოხდა.",
         ["გიორგი წინ გამოვიდა.", "ის წავიდა წინ.", "ეს მოხდა."]),
        ("ka", "რა? ის წავიდა.", ["რა?", "ის წავიდა."]),
        ("hr", "Došao je 1915. Poslije je otišao.", ["Došao je 1915.", "Poslije je otišao."]),
    ],
)  # fmt: skip
def test_sentences_still_end_there(language: str, text: str, said: list[str]) -> None:
    """Before a capital the same dots end a sentence; a short Georgian word's dot ends one
    too, though Unicode calls Georgian letters small."""
    assert sentences(text, language) == said


# ----------------------------------------------------------------- Serbian


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("а то беше 15. маја, у среду", "а то беше petnaestog маја, у среду"),
        ("добило је тек 1868. године.", "добило је тек hiljadu osamsto šezdeset osme године."),
        ("добило је тек 1868. год.", "добило је тек hiljadu osamsto šezdeset osme године."),
        ("у 1914. години", "у hiljadu devetsto četrnaestoj години"),
        ("od 3. maja", "od trećeg maja"),
        ("има око 3.500 душа", "има око tri hiljade petsto душа"),
        ("дође г. Пера, тј. учитељ", "дође господин Пера, то јест учитељ"),
        ("чији је, итд.", "чији је, и тако даље."),
        ("још у XV веку", "још у petnaestom веку"),
        ("крајем XIX века", "крајем devetnaestog века"),
        ("Петар II је", "Петар drugi је"),
        ("ГЛАВА III", "ГЛАВА treća"),
    ],
)
def test_serbian_ordinals_thousands_and_abbreviations(text: str, said: str) -> None:
    assert to_spoken(text, "sr") == said


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("има 3,5 км", "има 3,5 километра"),  # a decimal comma (the unit: sweep 17)
        ("у 10.30 часова", "у 10.30 часова"),  # a clock
        ("Дошао је 5. Онда", "Дошао је pet. Онда"),  # a sentence's end
        ("у 3. разреду", "у tri разреду"),  # no pause, the figure as it is
        ("од 25 год., који", "од dvadeset pet година, који"),  # no ordinal's dot: a count
        ("II →", "II →"),  # a numeral alone
        ("I ја сам", "I ја сам"),  # a lone letter with no name before it
    ],
)
def test_serbian_near_misses(text: str, said: str) -> None:
    assert to_spoken(text, "sr") == said


# ----------------------------------------------------------------- Russian


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("ученик III класса.", "ученик третьего класса."),
        ("При Петре I этого не было.", "При Петре первом этого не было."),
        ("Петр I и Екатерина II.", "Петр первый и Екатерина вторая."),
        ("Людовик XIV любил", "Людовик четырнадцатый любил"),
        ("см. стр. 45", "смотри страницу сорок пять"),
        ("на стр. 5", "на странице пять"),
        ("в 10 ч. утра", "в десять часов утра"),
        ("родился он 5-го мая", "родился он пятого мая"),
        ("в 3-м классе", "в третьем классе"),
        ("2-й день", "второй день"),
        ("на 5-й странице", "на пятой странице"),
        ("21-го числа", "двадцать первого числа"),
        ("3-х лет", "трёх лет"),
        ("в 60-х годах", "в шестидесятых годах"),
        ("в 1990-е годы", "в тысяча девятьсот девяностые годы"),
        ("2-е издание", "второе издание"),
    ],
)
def test_russian_ordinals_and_abbreviations(text: str, said: str) -> None:
    assert to_spoken(text, "ru") == said


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Глава II. Встреча", "Глава II. Встреча"),  # a heading's numeral: left to its rule
        ("пункт V, раздел C", "пункт V, раздел C"),  # a lone letter, no name before it
        ("в XIX в.", "в девятнадцатом веке"),  # the century's own rule
        ("5-летний мальчик", "пять-летний мальчик"),  # a compound, not an ordinal's ending
        ("Он сказал: Yes, I am.", "Он сказал: Yes, I am."),  # English words, not a ruler
        ("в 10 ч. Потом", "в десять ч. Потом"),  # before a capital "ч." may end it
    ],
)
def test_russian_near_misses(text: str, said: str) -> None:
    assert to_spoken(text, "ru") == said


# ----------------------------------------------------------------- Greek


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("ΚΕΦΑΛΑΙΟΝ Α΄", "ΚΕΦΑΛΑΙΟΝ πρώτον"),
        ("Κεφαλαιον Ιβ΄", "Κεφαλαιον δωδέκατον"),
        ("ΠΡΑΞΙΣ Β΄", "ΠΡΑΞΙΣ δεύτερη"),
        ("τον 18ον αιώνα", "τον δέκατον όγδοον αιώνα"),
        ("της 21ης", "της εικοστής πρώτης"),
        ("4 π.μ., η ώρα", "4 προ μεσημβρίας, η ώρα"),
        ("μάμμη της, κ.λπ., και", "μάμμη της, και λοιπά, και"),
        ("το 480 π.Χ. έγινε", "το 480 προ Χριστού έγινε"),
        ("ο κ. Παύλος", "ο κύριος Παύλος"),
        ("(Βλ. σελ. 23.)", "(Βλέπε σελίδα 23.)"),
    ],
)
def test_greek_numerals_and_abbreviations(text: str, said: str) -> None:
    assert to_spoken(text, "el") == said


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("η 12η Ιανουαρίου", "η 12η Ιανουαρίου"),  # espeak reads it: δωδεκάτη
        ("ο Α΄ τόμος", "ο Α΄ τόμος"),  # no heading's noun before it
        ("Ραψωδία Α΄", "Ραψωδία Α΄"),  # Homer's books are named by their letters
        ("Τέλος κ.λπ.", "Τέλος και λοιπά."),  # the stop stays where the sentence ends
    ],
)
def test_greek_near_misses(text: str, said: str) -> None:
    assert to_spoken(text, "el") == said


# ----------------------------------------------------------------- Arabic script, Hindi, Korean


@pytest.mark.parametrize(
    ("language", "text", "said"),
    [
        ("fa", "قیمت کتاب ۱۵٬۰۰۰ تومان بود", "قیمت کتاب ۱۵۰۰۰ تومان بود"),
        ("ar", "الموافق ١٢/٣/١٨٩٥م.", "الموافق ١٢ مارس ١٨٩٥ ميلادية."),
        ("ar", "سنة ١٣١٢هـ، الموافق", "سنة ١٣١٢ هجرية، الموافق"),
        ("hi", "मूल्य: ₹ २.५०", "मूल्य: २ रुपये ५० पैसे"),
        ("hi", "कर्ज़ रु. 250 था", "कर्ज़ 250 रुपये था"),
        ("hi", "तापमान ४° से. तक", "तापमान ४ डिग्री सेल्सियस तक"),
        ("hi", "डॉ. शर्मा ने १९२१ ई. की रात", "डॉक्टर शर्मा ने १९२१ ईसवी की रात"),
        ("ko", "오전 7시 30분에", "오전 일곱 시 30분에"),
        ("ko", "막걸리를 3잔이나 마셨다", "막걸리를 세 잔이나 마셨다"),
        ("ko", "3명이 2개를 샀다. 20살", "세 명이 두 개를 샀다. 스무 살"),
    ],
)
def test_numbers_in_the_books_language(language: str, text: str, said: str) -> None:
    assert to_spoken(text, language) == said


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fa", "۳٫۵ متر"),  # the decimal separator U+066B stays
        ("ar", "٣ م من هنا"),  # a metre, not the era
        ("ar", "5/13/2020"),  # no thirteenth month
        ("hi", "90° का कोण"),
        ("ko", "3개월 동안 제3권을 읽었다"),  # months and numbered things are Sino-Korean
        ("ko", "100명"),
    ],
)
def test_numbers_near_misses(language: str, text: str) -> None:
    said = to_spoken(text, language)
    if language == "hi":
        assert said == "90 डिग्री का कोण"
    else:
        assert said == text
