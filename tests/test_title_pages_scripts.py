"""Title pages in scripts without capitals (Arabic, Hebrew, Hindi, Korean, Persian) and
author-first pages in Cyrillic, laid out as real books print them: the page's short lines
alone above the text, its title and author said once in the credits, the page left out;
a story's own first line stays the story's."""

from __future__ import annotations

from audiobook.text.readers.plaintext import find_chapters

_PROSE_HI = (
    "रमज़ान के पूरे तीस रोज़ों के बाद ईद आई है। कितना मनोहर, कितना सुहावना प्रभात है। "
    "वृक्षों पर कुछ अजीब हरियाली है, खेतों में कुछ अजीब रौनक है।"
)
_PROSE_KO = (
    "새침하게 흐린 품이 눈이 올 듯하더니 눈은 아니 오고 얼다가 만 비가 추적추적 내리었다. "
    "이날이야말로 동소문 안에서 인력거꾼 노릇을 하는 김 첨지에게는 "
    "오래간만에도 닥친 운수 좋은 날이었다."
)
_PROSE_AR = (
    "أيها الإنسان، ما هذا الغد الذي تؤمله وتنتظره؟ هل هو إلا يوم كسائر الأيام؟ "
    "إنك لا تعرف ما يكون فيه، ولا تدري أتكون من أهله أم لا."
)
_PROSE_HE = (
    "הָאִישׁ הַזָּקֵן יָשַׁב עַל־יַד הַבַּיִת וְקָרָא בַּסֵּפֶר הַגָּדוֹל. "
    "הַנַּעַר בָּא אֵלָיו וְשָׁאַל אוֹתוֹ מַה הוּא קוֹרֵא."
)
_PROSE_UK = (
    "Я родився в Нагуєвичах, Дрогобицького повіту, 1856 року. Батько мій був доволі "
    "заможний селянин, а до того коваль, і мав велику повагу в селі."
)


def _read(text: str) -> tuple[str | None, str | None, str, list[str]]:
    found = find_chapters(text)
    said = " ".join(p.text for _, paragraphs in found.chapters for p in paragraphs)
    left = [o.what for o in found.omitted]
    return found.title, found.author, said, left


# ------------------------------------------------------------ hits


def test_a_hindi_title_and_author_over_the_imprint_are_the_title_page() -> None:
    title, author, said, left = _read(
        "ईदगाह\n\nमुंशी प्रेमचंद\n\nमानसरोवर, भाग १\nसरस्वती प्रेस, बनारस\nप्रथम संस्करण, १९३६\n\n\n"
        f"भाग एक\n\n{_PROSE_HI}\n"
    )
    assert (title, author) == ("ईदगाह", "मुंशी प्रेमचंद")
    assert "प्रेमचंद" not in said and "सरस्वती" not in said and "संस्करण" not in said
    assert said.startswith("भाग एक")  # the line over the prose heads it, and is read
    assert any("title page" in r for r in left), left


def test_a_korean_title_author_and_source_are_the_title_page() -> None:
    title, author, said, _ = _read(
        f"운수 좋은 날\n\n현진건(玄鎭健)\n\n1924년 〈개벽〉 6월호\n\n\n{_PROSE_KO}\n"
    )
    assert (title, author) == ("운수 좋은 날", "현진건")  # the name's Chinese gloss once
    assert said.startswith("새침하게") and "개벽" not in said


def test_an_arabic_byline_names_the_author() -> None:
    title, author, said, _ = _read(
        f"النظرات\n\nتأليف\nمصطفى لطفي المنفلوطي\n\nالطبعة الثانية، ١٩١١\n\n\nالغد\n\n{_PROSE_AR}\n"
    )
    assert (title, author) == ("النظرات", "مصطفى لطفي المنفلوطي")
    assert "تأليف" not in said and "الطبعة" not in said and said.startswith("الغد")


def test_a_hebrew_title_page_with_its_hebrew_year_is_left_out() -> None:
    title, author, said, _ = _read(
        "עברית: השפה ודקדוקה\n\nמנחם נאור\n\nמהד' שביעית מתוקנת, ירושלים: ראובן מס, תשי\"א\n\n\n"
        f"שֵׁעוּר א' (1)\n\n{_PROSE_HE}\n"
    )
    assert (title, author) == ("עברית: השפה ודקדוקה", "מנחם נאור")
    assert "ירושלים" not in said and "נאור" not in said


def test_a_hebrew_byline_before_the_name() -> None:
    title, author, said, _ = _read(f"סיפורים\n\nמאת\nשלום עליכם\n\n\n{_PROSE_HE}\n")
    assert (title, author) == ("סיפורים", "שלום עליכם")
    assert "מאת" not in said


def test_a_ukrainian_author_over_the_title_in_capitals_with_no_heading() -> None:
    title, author, said, _ = _read(
        "Іван Франко\n\nCURRICULUM VITAE\n\n(1890)\n\n\n"
        f"Ось Вам моє curriculum vitae.\n\n{_PROSE_UK}\n"
    )
    assert (title, author) == ("Curriculum Vitae", "Іван Франко")
    assert said.startswith("Ось Вам") and "1890)" not in said


def test_a_bulgarian_author_over_a_title_in_small_letters() -> None:
    title, author, said, _ = _read(
        "Иван Вазов\nПод игото\nРоман из живота на българите\n\n\n"
        "В тая прохладна априлска вечер чорбаджи Марко, гологлав, по халат, вечеряше с "
        "челядта си на двора. Трапезата беше сложена под асмата.\n"
    )
    assert (title, author) == ("Под игото", "Иван Вазов")
    assert said.startswith("В тая")


# ------------------------------------------------------------ near misses


def test_a_hindi_story_opening_on_a_short_sentence_keeps_it() -> None:
    _title, author, said, left = _read(f"ईद आई है।\n\n{_PROSE_HI}\n")
    assert author is None and said.startswith("ईद आई है।")
    assert not any("title page" in r for r in left)


def test_a_korean_lone_line_over_the_prose_is_read() -> None:
    _title, author, said, left = _read(f"그날 아침\n\n{_PROSE_KO}\n")
    assert author is None and said.startswith("그날 아침")
    assert not any("title page" in r for r in left)


def test_a_hindi_poem_under_its_title_is_no_title_page() -> None:
    _title, author, said, _ = _read(
        "मधुशाला\n\nमृदु भावों के अंगूरों की\nआज बना लाया हाला\nप्रियतम अपने ही हाथों से\n"
        f"आज पिलाऊँगा प्याला\n\n{_PROSE_HI}\n"
    )
    assert author is None and "अंगूरों" in said


def test_an_english_story_opening_on_short_lines_is_unchanged() -> None:
    text = (
        "The snow fell.\n\nAll night it fell on the roofs of the town, and in the morning the "
        "streets were white and still, and no one went out.\n"
    )
    _title, author, said, left = _read(text)
    assert author is None and said.startswith("The snow fell.")
    assert not any("title page" in r for r in left)


def test_a_name_over_an_address_is_no_author_first_page() -> None:
    _title, author, said, _ = _read(
        "John Smith\n\n14 Oak Street\n\nDear Sir,\n\nI write to tell you that the parcel you "
        "sent has come, and that we are all very glad of it.\n"
    )
    assert author is None and "Oak Street" in said


def test_a_chapters_line_under_a_title_names_no_author() -> None:
    _title, author, said, _ = _read(
        "រឿង ទន្សាយ និង អណ្តើក\n\nជំពូកទី ១\n\n"
        "កាលពីព្រេងនាយ មានទន្សាយមួយ និងអណ្តើកមួយ រស់នៅក្នុងព្រៃជាមួយគ្នា។ ទន្សាយអួតថា "
        "ខ្លួនរត់លឿនជាងគេ។\n"
    )
    assert author is None and "ជំពូកទី ១" in said


# ------------------------------------------------------------ Greek and Bulgarian headings

_PROSE_EL = (
    "Η Χαδούλα, η λεγομένη Φράγκισσα, ήτο γυνή σχεδόν εξηκοντούτις, καλοκαμωμένη, με "
    "αδρούς χαρακτήρας, με ήθος ανδρικόν. Όταν ήτο παιδίσκη, υπηρέτει τους γονείς της."
)
_PROSE_BG = (
    "В тая прохладна априлска вечер чорбаджи Марко, гологлав, по халат, вечеряше с "
    "челядта си на двора. Трапезата беше сложена под асмата, между чешмата и ореха."
)


def _chapters(text: str) -> list[str | None]:
    return [title for title, _ in find_chapters(text).chapters]


def test_greek_letter_numbers_alone_on_their_lines_are_chapters() -> None:
    titles = _chapters(f"Α΄\n\n{_PROSE_EL}\n\n\nΒ΄\n\n{_PROSE_EL}\n\n\nΓ΄\n\n{_PROSE_EL}\n")
    assert titles == ["Α΄", "Β΄", "Γ΄"]


def test_a_greek_word_cut_at_its_apostrophe_is_no_number() -> None:
    text = f"{_PROSE_EL}\n\nαπ’\n\n{_PROSE_EL}\n\nκι’\n\n{_PROSE_EL}\n"
    assert _chapters(text) == [None]


def test_a_bulgarian_part_in_words_is_a_heading() -> None:
    titles = _chapters(f"Част първа\n\n{_PROSE_BG}\n\n\nЧаст втора\n\n{_PROSE_BG}\n")
    assert titles == ["Част първа", "Част втора"]


def test_a_bulgarian_line_that_opens_with_part_of_is_read() -> None:
    text = f"Част от града\n\n{_PROSE_BG}\n\n\nЧаст от нощта\n\n{_PROSE_BG}\n"
    assert _chapters(text) == [None]
