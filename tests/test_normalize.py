"""Tests for normalize: the words a narrator says for the words on the page."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from audiobook.text.normalize import ABBREVIATIONS, spoken_title, to_spoken
from audiobook.text.scripts import latinize
from audiobook.text.segment import sentences
from audiobook.text.sounds import respelled

SPOKEN = [
    # Cardinal numbers: British "and" for en and en-gb, none for en-us, and never a comma.
    ("It cost 1,234 dollars.", "en", "It cost one thousand two hundred and thirty-four dollars."),
    ("It cost 1,234 dollars.", "en-us", "It cost one thousand two hundred thirty-four dollars."),
    ("Paid 1,234.", "en-GB", "Paid one thousand two hundred and thirty-four."),
    ("We saw 3 ships.", "en", "We saw three ships."),
    ("A crowd of 1,000,000 people", "en", "A crowd of one million people"),
    ("1500 soldiers marched.", "en", "one thousand five hundred soldiers marched."),
    ("It was -5 outside.", "en", "It was minus five outside."),
    ("Agent 007", "en", "Agent zero zero seven"),
    ("It was 5km away.", "en", "It was five kilometres away."),
    # Ordinals.
    ("the 1st and the 22nd", "en", "the first and the twenty-second"),
    ("his 103rd birthday", "en", "his one hundred and third birthday"),
    ("his 103rd birthday", "en-us", "his one hundred third birthday"),
    # Years: after a cue word, next to an era, in a range, or standing alone.
    ("In 1984 we met.", "en", "In nineteen eighty-four we met."),
    ("Born in 2005, he", "en", "Born in two thousand and five, he"),
    ("Born in 2005, he", "en_US", "Born in two thousand five, he"),
    ("since 1900", "en", "since nineteen hundred"),
    ("It was 1905.", "en", "It was nineteen oh five."),
    ("by 2024", "en", "by twenty twenty-four"),
    ("c. 1500", "en", "circa fifteen hundred"),
    ("AD 1250", "en", "AD twelve fifty"),
    ("Rome fell in 476 AD.", "en", "Rome fell in four hundred and seventy-six AD."),
    ("It ended in 1066.", "en", "It ended in ten sixty-six."),
    ("the 1990s and the '60s", "en", "the nineteen nineties and the sixties"),
    ("100s of people", "en", "hundreds of people"),
    ("from 1939–1945", "en", "from nineteen thirty-nine to nineteen forty-five"),
    ("1990-95", "en", "nineteen ninety to ninety-five"),
    ("FIRST EPILOGUE: 1813 - 20", "en", "FIRST EPILOGUE: eighteen thirteen to twenty"),
    ("it was 5 - 3 = 2", "en", "it was five minus three equals two"),  # a sum, not a range
    ("pages 10–20", "en", "pages ten to twenty"),
    # Decimals.
    ("Pi is 3.14.", "en", "Pi is three point one four."),
    ("a .5 chance", "en", "a point five chance"),
    ("0.75 litres", "en", "zero point seven five litres"),
    # Money.
    ("$5", "en", "five dollars"),
    ("$5.50", "en", "five dollars and fifty cents"),
    ("£3", "en", "three pounds"),
    ("€20", "en", "twenty euros"),
    ("5 dollars", "en", "five dollars"),
    ("$1.01", "en", "one dollar and one cent"),
    ("£0.50", "en", "fifty pence"),
    ("$2.5 million", "en", "two point five million dollars"),
    ("$3bn", "en", "three billion dollars"),
    ("only 99p", "en", "only ninety-nine pence"),
    # Percentages.
    ("50% of people", "en", "fifty percent of people"),
    ("3.5%", "en", "three point five percent"),
    ("10–15%", "en", "ten to fifteen percent"),
    # Times.
    ("Meet at 3:30 pm today.", "en", "Meet at three thirty p.m. today."),
    ("At 10:00 we left.", "en", "At ten o'clock we left."),
    ("at 14:30", "en", "at fourteen thirty"),
    ("at 5 a.m.", "en", "at five a.m."),
    ("at 9:05 AM", "en", "at nine oh five a.m."),
    ("The odds were 2:1.", "en", "The odds were two to one."),
    # Dates.
    ("12/25/2024", "en-us", "December twenty-fifth, twenty twenty-four"),
    ("25/12/2024", "en-gb", "the twenty-fifth of December twenty twenty-four"),
    ("On 25 December 2024 we", "en", "On the twenty-fifth of December twenty twenty-four we"),
    ("December 25, 2024", "en", "December twenty-fifth, twenty twenty-four"),
    ("in May 2024", "en", "in May twenty twenty-four"),
    ("Sept. 11, 2001", "en", "September eleventh, two thousand and one"),
    ("2024-01-15", "en-us", "January fifteenth, twenty twenty-four"),
    # Roman numerals, never the pronoun I.
    ("Henry VIII's wives", "en", "Henry the Eighth's wives"),
    ("Louis XIV was king.", "en", "Louis the Fourteenth was king."),
    ("Chapter IV", "en", "Chapter Four"),
    ("I went home.", "en", "I went home."),
    ("I told George I would.", "en", "I told George I would."),
    ("Long live Elizabeth I.", "en", "Long live Elizabeth the First."),
    ("when Louis XIV. took", "en", "when Louis the Fourteenth took"),  # the old style's dot
    ("the vile Louis XV., had", "en", "the vile Louis the Fifteenth, had"),
    # „…“ closes with “: the space after it stays (German, Russian).
    ("Er sagte: „Das ist gut“ und ging.", "de", "Er sagte: „Das ist gut“ und ging."),
    ("что „реформа“ будет", "ru", "что „реформа“ будет"),
    # A Russian year is an ordinal in the case of "год" after it.
    ("жил с 1881 года.", "ru", "жил с тысяча восемьсот восемьдесят первого года."),
    ("В 1903 году", "ru", "В тысяча девятьсот третьем году"),
    ("в 1890-х годах", "ru", "в тысяча восемьсот девяностых годах"),
    ("было в 1812 г. и", "ru", "было в тысяча восемьсот двенадцатом году и"),
    ("купил 1881 рубль", "ru", "купил одна тысяча восемьсот восемьдесят один рубль"),
    ("M. Dupont et Mme Roux, MM. Blanc", "fr", "Monsieur Dupont et Madame Roux, Messieurs Blanc"),
    ("auf S. 12 über Nr. 5", "de", "auf Seite zwölf über Nummer fünf"),
    # German ordinals carry a dot; years after a month or "im Jahre" are years.
    ("Am 3. Mai 1890 kam er.", "de", "Am dritten Mai achtzehnhundertneunzig kam er."),
    ("Im 19. Jahrhundert", "de", "Im neunzehnten Jahrhundert"),
    ("Der 1. Mai ist frei.", "de", "Der erste Mai ist frei."),
    ("im Jahre 1848 und 1500 Mark", "de",
     "im Jahre achtzehnhundertachtundvierzig und eintausendfünfhundert Mark"),
    # Abbreviations read the same in any sentence; those that inflect stay as written.
    ("думал о т. е. о жизни и т. д. Было", "ru", "думал о то есть о жизни и так далее. Было"),
    ("Er kaufte z. B. Brot usw. Dann", "de", "Er kaufte zum Beispiel Brot und so weiter. Dann"),
    ("z.B. Brot usw., und ging.", "de", "zum Beispiel Brot und so weiter, und ging."),
    # Pounds, shillings and pence, as British books print them.
    ("It cost £3 4s. 6d.", "en", "It cost three pounds, four shillings and six pence."),
    ("a fare of 3s. 6d. each", "en", "a fare of three shillings and six pence each"),
    ("rent 1,250_l._ a year", "en", "rent one thousand two hundred and fifty pounds a year"),
    ("paid 1_s._ at the lock", "en", "paid one shilling at the lock"),
    ("in the 1960s. Then", "en", "in the nineteen sixties. Then"),
    ("in the 60s, we", "en", "in the sixties, we"),
    ("World War II ended.", "en", "World War Two ended."),
    ("Act I, Scene ii", "en", "Act One, Scene Two"),
    ("Apollo XI landed.", "en", "Apollo Eleven landed."),
    ("Malcolm X spoke.", "en", "Malcolm X spoke."),
    # Abbreviations.
    (
        "Mr. Smith and Mrs. Jones met Ms. Brown.",
        "en",
        "Mister Smith and Missus Jones met Miz Brown.",
    ),
    ("St. Paul's on Baker St.", "en", "Saint Paul's on Baker Street."),
    ("Then Dr. Watson came.", "en", "Then Doctor Watson came."),
    ("He lives on Elm Dr.", "en", "He lives on Elm Drive."),
    ("Mr Smith", "en", "Mister Smith"),
    ("Prof. Moriarty", "en", "Professor Moriarty"),
    ("Martin Luther King Jr. spoke", "en", "Martin Luther King Junior spoke"),
    ("John Smith, Sr.", "en", "John Smith, Senior."),
    ("cats vs. dogs", "en", "cats versus dogs"),
    ("e.g. apples, i.e. fruit, etc.", "en", "for example apples, that is fruit, et cetera."),
    ("approx. 5 km", "en", "approximately five kilometres"),
    ("No. 5 and #7", "en", "Number five and number seven"),
    ("No, I won't.", "en", "No, I won't."),
    ("MS Word", "en", "MS Word"),
    # Symbols and addresses.
    ("Tom & Jerry", "en", "Tom and Jerry"),
    ("30°C", "en", "thirty degrees Celsius"),
    ("It was 90° outside.", "en", "It was ninety degrees outside."),
    ("2 + 2 = 4", "en", "two plus two equals four"),
    ("he/she", "en", "he or she"),
    ("mail john.doe@example.com today", "en", "mail john dot doe at example dot com today"),
    ("see https://example.com/path now", "en", "see example dot com slash path now"),
    ("Visit www.example.org/a/b/?q=1.", "en", "Visit example dot org slash a slash b."),
    # Pauses: dashes and ellipses become a comma; a range keeps its "to".
    ("He paused—then spoke.", "en", "He paused, then spoke."),
    ("Wait – what?", "en", "Wait, what?"),
    ("Well… yes", "en", "Well, yes"),
    ("Well -- yes", "en", "Well, yes"),
    ("And then...", "en", "And then."),
    ("a well-known man", "en", "a well-known man"),
    # Nothing espeak could read as markup.
    ("if a < b and 5 > 3", "en", "if a less than b and five greater than three"),
    ("[[h@l]] <speak>", "en", "[h at l] speak"),
    ("say [[hEl@U]] <b>now</b>", "ru", "say [hEl@U] now"),  # a tag pair: its words
    # Other languages: num2words in that language, no English rules.
    ("В 2024 году было 3 книги.", "ru", "В две тысячи двадцать четвёртом году было три книги."),
    ("Он пришёл в 10:30 — поздно…", "ru", "Он пришёл в 10:30, поздно."),
    ("Il a 25 ans—et 3 chats.", "fr", "Il a vingt-cinq ans, et trois chats."),
    ("Es gibt 1 000 Hunde.", "de", "Es gibt eintausend Hunde."),
    ("Dr. Müller kam um 5.", "de", "Dr. Müller kam um fünf."),
    ("Tengo 25 años, etc.", "es-ES", "Tengo veinticinco años, etc."),
    ("Ele tem 2 filhos", "pt-BR", "Ele tem dois filhos"),
    (
        "1990–1995",
        "ru",
        "одна тысяча девятьсот девяносто–одна тысяча девятьсот девяносто пять",
    ),
    ("Er hat 25 Katzen & 1 Hund.", "xx", "Er hat 25 Katzen & 1 Hund."),
    # Old books' letters and journals
    ("_3 May. Bistritz._--Left Munich", "en", "the third of May. Bistritz. Left Munich"),
    ("We sailed on 3 May.", "en", "We sailed on the third of May."),
    ("Yours ever, &c., J. H.", "en", "Yours ever, et cetera, J. H."),
    ("pens, ink, &c.", "en", "pens, ink, et cetera."),
    ("He paid £5 5s. 0d. for it", "en", "He paid five pounds and five shillings for it"),
    ("in the reign of Geo. III.; vide p. 23", "en",
     "in the reign of George the Third; vide page twenty-three"),
    ("Yours, Jno. Smith", "en", "Yours, John Smith"),
    # stage positions in a play's directions; an initial stays a letter
    ("a table C., a dresser R.; a door L. leading out", "en",
     "a table centre, a dresser right; a door left leading out"),
    ("Enter TOM, L., with a can. He crosses to R.C.", "en",
     "Enter TOM, left, with a can. He crosses to right centre."),
    ("Exit L.", "en-us", "Exit left."),
    ("goes up C.", "en-us", "goes up center."),
    ("Your brother, R. Walton, and vitamin C. tablets", "en",
     "Your brother, R. Walton, and vitamin C. tablets"),
    ("AT&T", "en", "AT and T"),
    # italics come off early, but a URL's own underscore is still said
    ("go to example.com/_next/page", "en",
     "go to example dot com slash underscore next slash page"),
]


@pytest.mark.parametrize(("text", "language", "expected"), SPOKEN)
def test_to_spoken(text: str, language: str, expected: str) -> None:
    assert to_spoken(text, language) == expected


TITLES = [
    ("Chapter IV", "en", "Chapter Four."),
    ("CHAPTER XII. THE TITLE", "en", "Chapter Twelve. The Title."),
    ("Chapter 12", "en", "Chapter Twelve."),
    ("Book II", "en", "Book Two."),
    ("Stave I", "en", "Stave One."),
    ("CHAPTER I. DOWN THE RABBIT-HOLE", "en", "Chapter One. Down the Rabbit-Hole."),
    ("Chapter 3: The End", "en", "Chapter Three. The End."),
    ("Chapter 7 — Night", "en", "Chapter Seven. Night."),
    ("IV.", "en", "Four."),
    ("I Am Legend", "en", "I Am Legend."),
    ("Malcolm X", "en", "Malcolm X."),
    ("Are You There?", "en", "Are You There?"),
    ("ГЛАВА IV. НАЧАЛО", "ru", "Глава четыре. Начало."),
    ("Глава 4", "ru", "Глава четыре."),
    # a shouted heading over a title in ordinary case: each part on its own
    ("ZWEITES KAPITEL. Der Brief aus Kiel", "de", "Zweites Kapitel. Der Brief aus Kiel."),
    ("CHAPTER XII. The Return", "en", "Chapter Twelve. The Return."),
    ("Chapter 3: THE END OF IT", "en", "Chapter Three. The End of It."),
    ("The NASA Years. A Memoir", "en", "The NASA Years. A Memoir."),
    ("", "en", ""),
]


@pytest.mark.parametrize(("title", "language", "expected"), TITLES)
def test_spoken_title(title: str, language: str, expected: str) -> None:
    assert spoken_title(title, language) == expected


def test_russian_numbers_become_russian_words_and_english_rules_stay_out() -> None:
    text = "В 2024 году Mr. Smith купил 3 книги за $5, e.g. 1 000 000 рублей, etc."
    assert to_spoken(text, "ru") == (
        "В две тысячи двадцать четвёртом году Mr. Smith купил три книги за $пять, "
        "e.g. один миллион рублей, etc."
    )


# --------------------------------------------------------------------------- the lexicon


def test_lexicon_matches_whole_words_and_possessives() -> None:
    lexicon = {"Kalmurzaev": "Kal-mur-ZAH-yev", "cat": "dog"}
    text = "Kalmurzaev's cat concatenates; Kalmurzaev’s too."
    assert to_spoken(text, "en", lexicon) == (
        "Kal-mur-zah-yev's dog concatenates; Kal-mur-zah-yev’s too."  # said as a word
    )


def test_lexicon_prefers_exact_case_and_lower_case_keys_match_any_case() -> None:
    lexicon = {"Bill": "Billy", "bill": "invoice", "Nguyen": "Win"}
    assert to_spoken("Bill paid the BILL", "en", lexicon) == "Billy paid the invoice"
    assert to_spoken("NGUYEN met Nguyen", "en", lexicon) == "Win met Win"  # in capitals too


def test_lexicon_applies_in_any_language_and_stays_markup_safe() -> None:
    assert to_spoken("Ёжик и ЁЖИК", "ru", {"ёжик": "Йожик"}) == "Йожик и Йожик"
    assert to_spoken("Say Aoife.", "en", {"Aoife": "<EE-fa> [[i:f]]"}) == "Say EE-fa [i:f]."


# --------------------------------------------------------------------------- properties

LANGUAGES = st.sampled_from(["en", "en-us", "en-gb", "ru", "fr", "de", "xx", ""])


@settings(max_examples=300, deadline=None)
@given(st.text(), LANGUAGES)
def test_any_text_gives_plain_text(text: str, language: str) -> None:
    for spoken in (to_spoken(text, language), spoken_title(text, language)):
        assert isinstance(spoken, str)
        assert "[[" not in spoken and "]]" not in spoken
        assert "<" not in spoken and ">" not in spoken


_LETTERS = st.characters(categories=("Lu", "Ll", "Lt", "Lm", "Lo"))
_GAPS = st.sampled_from(
    [" ", "  ", ", ", ". ", "; ", ": ", "! ", "? ", " — ", "—", "–", " – ", "...", "… ",
     " - ", "--", "'", '"', "(", ") ", "-", ".", "*", "\n", "«", "»", "’s ", "[[", "]]"]
)  # fmt: skip
_TLDS = {"com", "org", "net", "edu", "gov", "io", "info"}
_WORD = re.compile(r"\w+")


@st.composite
def prose(draw: st.DrawFn) -> str:
    """Words of any script with the punctuation that books use between them."""
    words = draw(st.lists(st.text(_LETTERS, min_size=1, max_size=8), min_size=1, max_size=12))
    return draw(st.sampled_from(["", '"', "—"])) + "".join(w + draw(_GAPS) for w in words)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.filter_too_much])
@given(prose(), LANGUAGES)
def test_words_survive_unchanged_and_in_order(text: str, language: str) -> None:
    words = _WORD.findall(text)
    # Abbreviations, Roman numerals and web addresses are rewritten on purpose.
    assume(not any(w.casefold() in ABBREVIATIONS | _TLDS for w in words))
    assume(not any(set(w) <= set("IVXLCDM") for w in words))
    assume(not re.search(r"(?i)(?<!\w)(e\.g|i\.e)(?!\w)", text))
    # So are an editor's "Ed." and sound words, once in Latin letters ("Ꚓ" is "Tch",
    # said "tsk": text/sounds.py).
    latin = _WORD.findall(latinize(text, language))
    assume("Ed" not in latin)
    assume(all(respelled(w) == w for w in latin))
    # Words in a script the language is not written in are said in Latin letters
    # (tests/test_scripts.py); every other word reaches the voice as written.
    assert _WORD.findall(to_spoken(text, language)) == latin


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        ("It is a truth _universally_ acknowledged.", "It is a truth universally acknowledged."),
        ("_What_ he said, _I_ know.", "What he said, I know."),
        ("Call read_file() twice.", "Call read_file() twice."),
    ],
)
def test_plain_text_italics_in_underscores_are_not_spoken(text, spoken):
    """Project Gutenberg's plain texts mark italics with underscores; espeak would
    name them, while a name in snake_case keeps its own."""
    assert to_spoken(text) == spoken


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        (
            "An area of 8,380 km².",
            "An area of eight thousand three hundred and eighty square kilometres.",
        ),
        ("A tank of 1 m³.", "A tank of one cubic metre."),
        ("Then e = mc².", "Then e equals mc squared."),
    ],
)
def test_squares_and_cubes_are_said(text, spoken):
    assert to_spoken(text) == spoken


def test_shouted_title_with_an_apostrophe_keeps_its_word_whole():
    assert spoken_title("STAVE I. MARLEY'S GHOST", "en") == "Stave One. Marley's Ghost."


# --------------------------------------------------------------------------- years in context

YEARS_AND_QUANTITIES = [
    # years: after a date word or a preposition, or after an article before what is dated
    ("He lived there from 1889 to 1896.",
     "He lived there from eighteen eighty-nine to eighteen ninety-six."),
    ("Between 1785 and 1871 the town doubled in size.",
     "Between seventeen eighty-five and eighteen seventy-one the town doubled in size."),
    ("By Lady Day 1814 the rent was due.", "By Lady Day eighteen fourteen the rent was due."),
    ("Sales fell off the 1996 chart.", "Sales fell off the nineteen ninety-six chart."),
    ("She kept a 1962 Zenith in the kitchen.",
     "She kept a nineteen sixty-two Zenith in the kitchen."),
    ("The 1958 survey found nothing new.", "The nineteen fifty-eight survey found nothing new."),
    ("The ledger covers the years 1864 to 1879.",
     "The ledger covers the years eighteen sixty-four to eighteen seventy-nine."),
    ("At Christmas 1851 the mill closed.", "At Christmas eighteen fifty-one the mill closed."),
    ("By 1850 railways had reached the coast.",
     "By eighteen fifty railways had reached the coast."),
    ("It was all in his 1847 letter to the board.",
     "It was all in his eighteen forty-seven letter to the board."),
    ("In 1850 men still wore hats.", "In eighteen fifty men still wore hats."),
    ("The bridge was rebuilt c. 1880 by the parish.",
     "The bridge was rebuilt circa eighteen eighty by the parish."),
    ("The war lasted from 1914 till 1918, or so they said.",
     "The war lasted from nineteen fourteen till nineteen eighteen, or so they said."),
    ("Mid-1850 the price rose.", "Mid-eighteen fifty the price rose."),
    # quantities: before what they count, after a comma, or with no cue at all
    ("1500 men marched north.", "one thousand five hundred men marched north."),
    ("The cliff rose 1200 feet above the bay.",
     "The cliff rose one thousand two hundred feet above the bay."),
    ("Of the 1,847 men, few returned.",
     "Of the one thousand eight hundred and forty-seven men, few returned."),
    ("An army of 1500 men waited by the ford.",
     "An army of one thousand five hundred men waited by the ford."),
    ("He sold the 1500 acres of the estate.",
     "He sold the one thousand five hundred acres of the estate."),
    ("A force of 1200 horse and 1500 foot came on.",
     "A force of one thousand two hundred horse and one thousand five hundred foot came on."),
    ("Between 1500 and 1600 men were lost.",
     "Between one thousand five hundred and one thousand six hundred men were lost."),
    ("Of the 1500 who sailed, half came home.",
     "Of the one thousand five hundred who sailed, half came home."),
    ("He paid 1847 for the house.",
     "He paid one thousand eight hundred and forty-seven for the house."),
    # 1001 to 1099 are years after a strong cue; 2000 to 2099 as before
    ("It ended in 1066.", "It ended in ten sixty-six."),
    ("We left by 2024 at the latest.", "We left by twenty twenty-four at the latest."),
]  # fmt: skip


@pytest.mark.parametrize(("text", "spoken"), YEARS_AND_QUANTITIES)
def test_a_number_from_1100_to_1999_is_a_year_by_its_context(text: str, spoken: str) -> None:
    assert to_spoken(text, "en") == spoken


GERMAN_YEARS = [
    ("Seine Frau war 1879 gestorben.", "Seine Frau war achtzehnhundertneunundsiebzig gestorben."),
    ("Er starb 1879.", "Er starb achtzehnhundertneunundsiebzig."),
    ("zwischen 1785 und 1871 wuchs die Stadt",
     "zwischen siebzehnhundertfünfundachtzig und achtzehnhunderteinundsiebzig wuchs die Stadt"),
    ("Er kam mit 1500 Mann.", "Er kam mit eintausendfünfhundert Mann."),
    ("Sie bauten 1500 neue Häuser.", "Sie bauten eintausendfünfhundert neue Häuser."),
    ("die Jahre 1914–1918", "die Jahre neunzehnhundertvierzehn bis neunzehnhundertachtzehn"),
    ("im Krieg von 1813-15", "im Krieg von achtzehnhundertdreizehn bis fünfzehn"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "spoken"), GERMAN_YEARS)
def test_german_years_read_as_years_only_where_no_noun_is_counted(text, spoken):
    assert to_spoken(text, "de") == spoken


# --------------------------------------------------------------------------- old abbreviations


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        ("He was 5 ft. 6 in. tall.", "He was five feet six inches tall."),
        ("The barge was 98 ft. through the lock.",
         "The barge was ninety-eight feet through the lock."),
        ("She weighed 9 st. 4 lb. at the fair.", "She weighed nine stone four pounds at the fair."),
        ("The load was 18 cwt. 2 qrs. 7 lbs. in all.",
         "The load was eighteen hundredweight two quarters seven pounds in all."),
        ("The coach did 60 m.p.h. on the flat.", "The coach did sixty miles per hour on the flat."),
        ("A tract of 48 pp. was printed.", "A tract of forty-eight pages was printed."),
        ("It was 18° F. at dawn.", "It was eighteen degrees Fahrenheit at dawn."),
        ("The mast was 40 ft. He climbed it.", "The mast was forty feet. He climbed it."),
        ("The wall stood 12 ft.", "The wall stood twelve feet."),
        ("Come at 6 in the morning.", "Come at six in the morning."),
    ],
)  # fmt: skip
def test_a_unit_after_a_number_keeps_its_dot_only_at_a_sentence_end(text, spoken):
    assert to_spoken(text, "en") == spoken


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("He was 5 ft. 6 in. tall and weighed 9 st. 4 lb. when he left. Then stop.", "en"),
        ("The load was 18 cwt. 2 qrs. 7 lbs. in all. Then stop.", "en"),
        ("It was 18° F. at dawn and 60 m.p.h. at noon. Then stop.", "en"),
        ("The chapel was built c. 1880 by the parish. Then stop.", "en"),
        ("Eggs were 4½d. a dozen and butter 9¼d. a pound. Then stop.", "en"),
        ("He paid £3 4s. 6½d. for the coat. Then stop.", "en"),
        ("Er blieb vom 17. auf den 18. März dort. Then stop.", "de"),
        ("Er las es aus dem 3. Band vor. Then stop.", "de"),
        ("M. Dupont et MM. Blanc sont venus. Then stop.", "fr"),
        ("El Sr. García y la Sra. López, D. Juan y Dña. María. Then stop.", "es"),
    ],
)
def test_abbreviation_dots_do_not_end_the_sentence(text, language):
    got = sentences(text, language)
    assert got == [text[: -len(" Then stop.")], "Then stop."]


def test_a_street_before_a_new_sentence_is_a_street_and_a_senior_still_ends_one():
    assert to_spoken("He lived at 4 Water St. Then he left.") == (
        "He lived at four Water Street. Then he left."
    )
    assert sentences("John Smith Sr. He left.") == ["John Smith Sr.", "He left."]


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        ("The MS. was lost in the fire.", "The manuscript was lost in the fire."),
        ("The MSS. were burnt.", "The manuscripts were burnt."),
        ("He read the MS.", "He read the manuscript."),
        ("Ms. Brown read it.", "Miz Brown read it."),
        ("ca. 1880 the mill closed.", "circa eighteen eighty the mill closed."),
        ("Yours of the 5th inst. arrived today.", "Yours of the fifth instant arrived today."),
        ("Your letter of the 3rd ult.", "Your letter of the third ultimo."),
        ("Lt. Brown saluted.", "Lieutenant Brown saluted."),
    ],
)
def test_old_abbreviations(text, spoken):
    assert to_spoken(text, "en") == spoken


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        ("Eggs were 4½d. a dozen.", "Eggs were four and a half pence a dozen."),
        ("Cloth at 9¼d. a yard.", "Cloth at nine and a quarter pence a yard."),
        ("A loaf cost 1d. each day.", "A loaf cost one penny each day."),
        ("The stamp was 1d.", "The stamp was one penny."),
        ("It came to ½d. a head.", "It came to a halfpenny a head."),
        ("He paid £3 4s. 6½d. for it.",
         "He paid three pounds, four shillings and six and a half pence for it."),
        ("Sold at 2/6 a dozen.", "Sold at two and six a dozen."),
        ("The book was priced 7/6 in cloth.", "The book was priced seven and six in cloth."),
        ("Seats cost 5/- each.", "Seats cost five shillings each."),
        # fractions stay fractions
        ("They sailed at 3/4 speed.", "They sailed at three quarters speed."),
        ("He paid for 1/6 of the cost.", "He paid for one sixth of the cost."),
        ("in the 60s. Then", "in the sixties. Then"),
    ],
)  # fmt: skip
def test_old_money(text, spoken):
    assert to_spoken(text, "en") == spoken


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        ("We met at 3.30 and left at 7.40 in the evening.",
         "We met at three thirty and left at seven forty in the evening."),
        ("Be back by 10.05 p.m. sharp.", "Be back by ten oh five p.m. sharp."),
        ("He slept from 2.15 to 4.45 that day.",
         "He slept from two fifteen to four forty-five that day."),
        ("Wait till 9.00.", "Wait till nine o'clock."),
        # decimals stay decimals
        ("Interest at 4.50 per cent.", "Interest at four point five zero per cent."),
        ("It rose by 2.35 points.", "It rose by two point three five points."),
        ("The rate was 3.30 in May.", "The rate was three point three zero in May."),
        ("at 13.30 and at 3.3", "at thirteen point three zero and at three point three"),
        # a clock's or a watch's reading
        ("She watched the clock above the stage, which said 9.40, and the urn.",
         "She watched the clock above the stage, which said nine forty, and the urn."),
        ("The kitchen clock showed 6.15.", "The kitchen clock showed six fifteen."),
        ("The scale read 9.40 and she sighed.",
         "The scale read nine point four zero and she sighed."),
        ("By the clock, he said 3.25 was fair.",
         "By the clock, he said three point two five was fair."),
    ],
)  # fmt: skip
def test_a_clock_time_with_a_dot_after_at_or_by(text, spoken):
    assert to_spoken(text, "en") == spoken


# --------------------------------------------------------------------------- other languages


@pytest.mark.parametrize(
    ("text", "language", "spoken"),
    [
        ("»Herr Kommandeur,« sagte er.", "de", "»Herr Kommandeur,« sagte er."),
        ("« Oui », dit-il.", "fr", "«Oui », dit-il."),
        ("am 17. März kam er", "de", "am siebzehnten März kam er"),
        ("vom 17. auf den 18. März", "de", "vom siebzehnten auf den achtzehnten März"),
        ("Friedrich II. war König.", "de", "Friedrich der Zweite war König."),
        ("Unter Friedrich II. blühte es.", "de", "Unter Friedrich dem Zweiten blühte es."),
        ("Die Kriege Friedrichs II. waren lang.", "de",
         "Die Kriege Friedrichs des Zweiten waren lang."),
        ("Dann kam Friedrich II. und ging.", "de", "Dann kam Friedrich II. und ging."),
        ("aus dem 3. Band, der 2. Teil", "de", "aus dem dritten Band, der zweite Teil"),
        ("Seite 12-15", "de", "Seite zwölf bis fünfzehn"),
        ("Voici M. de Lorme, M. d'Artois", "fr", "Voici Monsieur de Lorme, Monsieur d'Artois"),
        ("Louis XIV régna au XIXe siècle.", "fr", "Louis Quatorze régna au dix-neuvième siècle."),
        ("François Ier et la Ve République", "fr", "François Premier et la cinquième République"),
        ("Ce livre, Le chat.", "fr", "Ce livre, Le chat."),
        ("le 1er mai, la 1re fois, le 3e jour", "fr",
         "le premier mai, la première fois, le troisième jour"),
        ("à 17 h 30 ou à 21 h", "fr", "à dix-sept heures trente ou à vingt et une heures"),
        ("voir pp. 12-15", "fr", "voir pages douze à quinze"),
        ("El Sr. García y la Sra. López", "es", "El señor García y la señora López"),
        ("D. Juan y Dña. María; Juan D. Pérez", "es", "don Juan y doña María; Juan D. Pérez"),
        ("el 1.º de mayo, la 2.ª vez, el 1.er día", "es",
         "el primero de mayo, la segunda vez, el primer día"),
        ("ver pp. 12-15", "es", "ver páginas doce a quince"),
    ],
)  # fmt: skip
def test_german_french_and_spanish_forms(text, language, spoken):
    assert to_spoken(text, language) == spoken


def test_a_chapter_numbered_under_its_part_is_said_as_a_number():
    from audiobook.text.normalize import spoken_title

    assert spoken_title("Part I: Winter. I: The Frozen Canal") == (
        "Part One. Winter. One: The Frozen Canal."
    )
    assert spoken_title("Part Two. Thaw. III: The Crack") == "Part Two. Thaw. Three: The Crack."
    assert spoken_title("Mr. X. Y") == "Mister X. Y."  # no part: nothing is a number


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("We took off the supers on the 21st.", "We took off the supers on the twenty-first."),
        ("And 1st.", "And first."),
        ("He weighed 9 st. 4 lb. at most.", "He weighed nine stone four pounds at most."),
    ],
)
def test_an_ordinal_at_a_sentences_end_is_not_a_unit(written, said):
    # "st." is stone only after a number and a space ("9 st."), never in "21st."
    assert to_spoken(written) == said


def test_a_span_of_two_years_is_years_after_any_word():
    assert to_spoken("He was keeper, 1931 to 1958, of the light.") == (
        "He was keeper, nineteen thirty-one to nineteen fifty-eight, of the light."
    )
    said = to_spoken("It ran 1931 to 1958.")
    assert said == "It ran nineteen thirty-one to nineteen fifty-eight."


def test_a_bare_chapter_number_under_a_part_is_said_as_one():
    assert spoken_title("Part One: North of the Known. 1. Vellum and Ink") == (
        "Part One: North of the Known. One. Vellum and Ink."
    )


def test_emoji_are_not_spoken():
    assert to_spoken("She was late 😱 again.") == "She was late again."
    assert to_spoken("I shrugged 🤷‍♂️ and left ❤️.") == "I shrugged and left."


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("Multiply the diameter by 3.14 to get it.", "three point one four"),
        ("Inflation fell from 4.25 to 3.10.", "from four point two five to three point one zero"),
        ("Open from 9.15 to 10.45 daily.", "from nine fifteen to ten forty-five"),
        ("We are open for 24/7 service.", "twenty-four"),
        ("TO: MS. JANE DOE", "Miz JANE"),
        ("a sonata in B♭ major, then C♯ minor", "B♭ major, then C♯ minor"),
    ],
)
def test_figures_that_only_look_like_times_money_or_emoji_stay_what_they_are(written, said):
    assert said in to_spoken(written)
    assert "and seven" not in to_spoken(written)


def test_a_dash_between_straight_quotes_keeps_the_words_apart():
    said = to_spoken('"And that"—he turned to the back—"is the time," he said.')
    assert said == '"And that", he turned to the back, "is the time," he said.'


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("the Company's 1816 prospectus", "the Company's eighteen sixteen prospectus"),
        ("the ship's 1200 men", "the ship's one thousand two hundred men"),
        ("a walk of 3-1/2 miles", "a walk of three and a half miles"),
    ],
)
def test_a_year_after_a_possessive_and_a_hyphened_mixed_number(written, said):
    assert to_spoken(written) == said
