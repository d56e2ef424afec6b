"""An undeclared book's language from its script and letters, beyond the Latin ones.

Before, a script the detector did not know (Ethiopic, Tibetan, Khmer, Armenian,
Georgian, the Indic scripts but Devanagari) was taken for English, whose voice spells
"Ethiopic letter 121D …"; all Cyrillic was Russian, all Arabic script Arabic; and
Serbian or Croatian in Latin letters was Polish. Each test has a near miss that must
stay as it was (a Russian book stays Russian, a Polish one Polish, a short quotation
keeps the declared language).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from audiobook.models import Chapter, Paragraph
from audiobook.text.ingest import detect_language, text_overrules
from audiobook.text.readers.plaintext import strip_gutenberg

from conftest import run_cli


def lang(*paragraphs: str) -> str:
    return detect_language([Chapter("t", tuple(Paragraph(p) for p in paragraphs))])


def chapters(text: str, times: int = 1) -> list[Chapter]:
    return [Chapter("t", tuple(Paragraph(text) for _ in range(times)))]


AMHARIC = ("በዛብህ በጎጃም ክፍለ ሀገር፣ በዲማ ወረዳ፣ ከአንድ ድሃ ቤተሰብ ተወለደ። አባቱ አቶ ገብሬ ገበሬ ነበሩ፤ "
           "እናቱ ወይዘሮ ጥሩነሽ ደግሞ ቤት ጠባቂ ነበሩ። በዛብህ ትንሽ ልጅ ሳለ ወደ ቄስ ትምህርት ቤት ገባ።")
UKRAINIAN = ("Того літа, коли мені виповнилося дванадцять, батьки відправили мене на хутір до "
             "бабусі. Їхали ми довго: спершу потягом з Києва до Полтави, потім автобусом, а "
             "останні сім кілометрів возом, який тягнув старий кінь на ім'я Сірко.")
SERBIAN_LATIN = (
    "Kasaba se nalazila na samoj obali reke, tamo gde se Drina probija kroz planine i "
    "izlazi u ravnicu. Preko reke vodio je stari kameni most od jedanaest lukova, koji "
    "je, kako su govorili starci, podigao neki vezir još u davno vreme. Svakog jutra "
    "stari Mićo je otvarao svoju kafanu na kapiji mosta, i gosti su bili uvek isti."
)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (AMHARIC, "am"),
        ("བོད་ཀྱི་ལོ་རྒྱུས་ནི་ཧ་ཅང་རིང་པོ་ཡིན། སྔོན་མ་ཡུལ་འདི་ན་རྒྱལ་པོ་ཞིག་བཞུགས་ཡོད།", "bo"),
        ("កាលពីព្រេងនាយ មានកសិករម្នាក់រស់នៅក្នុងភូមិតូចមួយ។ គាត់មានកូនប្រុសបីនាក់។", "km"),
        ("Գիժոր Ավետը մի հասարակ գյուղացի էր, որ ապրում էր Լոռու Ձորագեղ գյուղում։", "hy"),
        ("ძველ დროში ერთ სოფელში ცხოვრობდა ღარიბი გლეხი. მას ჰყავდა ცოლი და სამი შვილი.", "ka"),
        ("গ্রামটি অতি সামান্য। নিকটে একটি নীলকুঠি আছে, তাই সাহেব অনেক চেষ্টা করিয়া এই নূতন "
         "পোস্টাফিস স্থাপন করাইয়াছে।", "bn"),
        ("মই আজি ঘৰলৈ যাম। তেওঁ কিতাপখন পঢ়িছে আৰু ৰাতি শুইছে। ৰাইজে তেওঁক মৰম কৰে।", "as"),
        ("ஒரு ஊரில் ஒரு ஏழை விவசாயி வாழ்ந்து வந்தான். அவனுக்கு மூன்று மகன்கள் இருந்தனர்.", "ta"),
        ("ഒരു ഗ്രാമത്തിൽ ഒരു പാവപ്പെട്ട കർഷകൻ താമസിച്ചിരുന്നു. അവന് മൂന്ന് മക്കളുണ്ടായിരുന്നു.", "ml"),
    ],
    ids=["am", "bo", "km", "hy", "ka", "bn", "as", "ta", "ml"],
)
def test_a_script_of_its_own_names_its_language(text: str, code: str) -> None:
    # was "en": the English voice spelled every letter ("Ethiopic letter 121D …")
    assert lang(text) == code


def test_devanagari_is_hindi_marathi_or_nepali_by_their_small_words() -> None:
    marathi = "तो गावात राहत होता आणि त्याच्याकडे एक लहान शेत होते। त्याची आई आहे आणि ती घरी नाही।"
    nepali = "ऊ गाउँमा बस्थ्यो र उसको एउटा सानो खेत थियो। उसकी आमा पनि घरमा हुनुहुन्छ र खुसी छ।"
    assert lang(marathi) == "mr"
    assert lang(nepali) == "ne"


def test_hindi_stays_hindi() -> None:  # near miss
    assert lang("वह गाँव में रहता था और उसके पास एक छोटा खेत था। उसकी माँ भी उसके साथ रहती थी।") == "hi"


def test_persian_and_urdu_are_told_from_arabic() -> None:
    persian = ("هر نفسی که فرو می‌رود ممد حیات است و چون بر می‌آید مفرح ذات. پس در هر نفسی دو "
               "نعمت موجود است و بر هر نعمتی شکری واجب. گفته‌اند که پادشاهی را پسری بود.")
    urdu = ("ایک دن وہ بازار گیا اور اس نے ایک پرانی کتاب خریدی۔ کتاب بہت پرانی تھی لیکن اس کے "
            "صفحے صاف تھے اور اس میں بڑے خوبصورت رنگوں کی تصویریں تھیں۔")
    assert lang(persian) == "fa"
    assert lang(urdu) == "ur"


def test_arabic_stays_arabic() -> None:  # near miss, with a Persian name in it
    assert lang("كان في قرية من قرى الصعيد فلاح فقير يدعى حسنا، وكان يملك قطعة صغيرة من الأرض "
                "يزرعها بيده، ويعيش منها هو وأولاده في سلام. وذات يوم ذهب إلى المدينة ليلقى "
                "صديقه گودرز.") == "ar"


def test_cyrillic_languages_are_told_from_russian() -> None:
    belarusian = ("Улетку мы з бацькам паехалі ў вёску да бабулі. Яна жыла ў маленькай хаце каля "
                  "ракі, і кожную раніцу мы хадзілі ў лес па ягады.")
    bulgarian = ("В тая прохладна майска вечер чорбаджи Марко, гологлав, по бели ръкави, вечеряше "
                 "с челядта си на двора. Ще ида, мамо, ще ида, отговори Марко. Утре сутринта "
                 "преди да отворя дюкяна.")
    serbian = ("Село Ечка лежи у Банату, на левој обали Бегеја. У њему су живела два попа, и "
               "како се лепо слагаху њихови мужеви, тако се слагаху и њихове жене.")
    macedonian = ("Кога ќе дојдам дома, ќе ти кажам сѐ. Татко ми работеше во полето цел ден, а "
                  "мајка ми готвеше вечера за сите нас. Ѕвездите веќе светеа над селото.")
    assert lang(UKRAINIAN) == "uk"
    assert lang(belarusian) == "be"
    assert lang(bulgarian) == "bg"
    assert lang(serbian) == "sr"
    assert lang(macedonian) == "mk"


def test_russian_stays_russian_whatever_it_quotes() -> None:
    # near misses: modern Russian; the old spelling's і and word-final ъ (not
    # Ukrainian's, not Bulgarian's); a Russian page quoting a line of Ukrainian
    assert lang("Кошка сидит на окне и смотрит на улицу. Этот дом был построен давно, "
                "ещё до войны, и в нём жили три семьи.") == "ru"
    assert lang("Въ этомъ домѣ жилъ старикъ, который любилъ читать книги. Онъ сидѣлъ у окна "
                "и смотрѣлъ на поле, гдѣ работали крестьяне. Никто не зналъ, откуда онъ "
                "пріѣхалъ.") == "ru"
    assert lang("Бабушка пела старую песню: «Ой у лузі червона калина». Мы слушали и молчали, "
                "а за окном шёл снег, и было тихо в этой маленькой комнате, где пахло хлебом "
                "и мы сидели до ночи.") == "ru"


def test_serbo_croatian_in_latin_letters_is_not_polish() -> None:
    croatian = ("Tko je to bio? Nitko nije znao. Djeca su se igrala ispred kuće, a rijeka je "
                "tekla polako. Prije tjedan dana došao je vlak iz grada i donio kruh, i svi "
                "su bili sretni što je opet lijepo vrijeme.")
    bosnian = ("Ko je to bio? Niko nije znao. Djeca su se igrala pred kućom, a rijeka je tekla "
               "polako. Prije sedmicu dana došao je voz iz grada i donio hljeb, i svi su bili "
               "sretni što je opet lijepo vrijeme.")
    assert lang(SERBIAN_LATIN) == "sr"
    assert lang(croatian) == "hr"
    assert lang(bosnian) == "bs"


def test_polish_and_czech_stay_themselves() -> None:
    polish = ("Na brzegu rzeki stał stary kamienny most, który, jak mówili starcy, zbudował "
              "jakiś wezyr dawno temu. Już od rana ludzie szli do miasta i nie wiedzieli, że "
              "się spóźnią, ale nikt nie narzekał.")
    czech = ("Na břehu řeky stál starý kamenný most, který podle starců postavil nějaký vezír. "
             "Už od rána lidé chodili do města a nevěděli, že přijdou pozdě. Byl to krásný "
             "den a všichni byli veselí.")
    assert lang(polish) == "pl"
    assert lang(czech) == "cs"


def test_slovenian_is_told_from_serbo_croatian_and_czech() -> None:
    assert lang("Ko je prišel domov, je bila mati že v kuhinji. Rekla mu je, da ni bilo "
                "nikogar, ki bi ga iskal. Tudi oče je bil tiho, kot da se je kaj zgodilo, pa "
                "vendar ni rekel ničesar.") == "sl"


def test_a_long_text_in_a_new_script_overrules_an_english_tag() -> None:
    assert text_overrules("en", chapters(AMHARIC, 12)) == "am"
    assert text_overrules("en-US", chapters(UKRAINIAN, 8)) == "uk"


def test_a_declared_language_stands_against_its_neighbours_and_a_short_quotation() -> None:
    # the same script: the file's word stands (a Russian tag on Ukrainian is the file's)
    assert text_overrules("ru", chapters(UKRAINIAN, 8)) is None
    assert text_overrules("uk", chapters(UKRAINIAN, 8)) is None
    assert text_overrules("hr", chapters(SERBIAN_LATIN, 8)) is None
    # an English page quoting a line of Amharic
    mixed = ("The inscription over the door read " + AMHARIC[:40] + ", which the guide said "
             "meant that the house had been built by a poor farmer's son.")
    assert text_overrules("en", chapters(mixed)) is None


def _pg(language: str) -> str:
    return (
        "The Project Gutenberg EBook of Something\n\nTitle: Something\n\nAuthor: Someone\n\n"
        f"Language: {language}\n\nCharacter set encoding: UTF-8\n\n"
        "*** START OF THIS PROJECT GUTENBERG EBOOK SOMETHING ***\n\nText.\n"
    )


@pytest.mark.parametrize(
    ("name", "code"),
    [("Persian", "fa"), ("Farsi", "fa"), ("Urdu", "ur"), ("Armenian", "hy"),
     ("Georgian", "ka"), ("Amharic", "am"), ("Bengali", "bn"), ("Hindi", "hi"),
     ("Tamil", "ta"), ("Thai", "th"), ("Macedonian", "mk"), ("Belarusian", "be"),
     ("Greek, Ancient (to 1453)", "el"), ("English, Middle (1100-1500)", "en")],
)  # fmt: skip
def test_gutenberg_language_names(name: str, code: str) -> None:
    assert strip_gutenberg(_pg(name))[1]["language"] == code


@pytest.mark.parametrize("name", ["Yiddish", "Sanskrit", "Klingon"])
def test_gutenberg_names_left_to_the_script(name: str) -> None:
    # no voice of their own: the script's voice (Hebrew's, Hindi's) reads them best
    assert "language" not in strip_gutenberg(_pg(name))[1]


def test_plan_names_a_language_no_voice_reads(tmp_path: Path) -> None:
    book = tmp_path / "rueng.txt"
    book.write_text(
        "កាលពីព្រេងនាយ មានកសិករម្នាក់រស់នៅក្នុងភូមិតូចមួយ។ គាត់មានកូនប្រុសបីនាក់។\n\n"
        "ថ្ងៃមួយ កូនប្រុសច្បងបានចេញទៅព្រៃ ដើម្បីរកអុស។\n",
        encoding="utf-8",
    )
    result = run_cli("plan", str(book))
    assert result.returncode == 0, result.stderr
    assert "no km voice installed (Khmer)" in result.stdout + result.stderr


def test_english_heavy_with_i_stays_english() -> None:
    # near miss: "I" (and the Roman numeral "I.") is Serbian's "i" ("and") lowercased
    assert lang("It was a dark night and the rain fell.", "I. " * 300) == "en"
    assert lang("I said I would go, and I did; I went, I saw, I came home again.") == "en"


def test_plan_reads_a_persian_gutenberg_book_with_the_persian_voice(tmp_path: Path) -> None:
    # was the Arabic voice, which names ی "Farsi yeh" in English and spells the words
    book = tmp_path / "golestan.txt"
    book.write_text(
        _pg("Persian").replace("Text.\n", "")
        + "هر نفسی که فرو می‌رود ممد حیات است و چون بر می‌آید مفرح ذات.\n\n"
        "پس در هر نفسی دو نعمت موجود است و بر هر نعمتی شکری واجب.\n",
        encoding="utf-8",
    )
    result = run_cli("plan", str(book))
    assert result.returncode == 0, result.stderr
    assert "pyttsx3: ira/fa" in result.stdout
