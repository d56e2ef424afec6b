"""Tokens that stay whole (web addresses, paths, versions, reference abbreviations)
and units of measure read as words."""

from __future__ import annotations

import pytest

from audiobook.text.normalize import to_spoken
from audiobook.text.segment import sentences
from audiobook.text.tokens import mask


@pytest.mark.parametrize(
    "text",
    [
        "Visit https://example.com/search?q=cats&page=2 for the list. Then stop.",
        "Search www.example.org/find?who=me&x=1 and see. Then stop.",
        "See Fig. 3 and Eq. 2 in Vol. 2, pp. 10-12 of the report. Then stop.",
        "As Smith et al. showed, cf. the data, e.g. the map, i.e. the field. Then stop.",
        "Write to ann.lee@example.co.uk or read C:/docs/read.me first. Then stop.",
        "Upgrade to v2.1.3 and 10.4.1 before No. 5 arrives. Then stop.",
        "The 2nd ed. by Smith, ch. 4, sec. 2, art. 7. Then stop.",
        "Reed warblers nest here; cf. Smith (1998), pp. 12–15. Then stop.",
        "Oxford vs. Cambridge, viz. Latin. Then stop.",
        "A fare of 3s. 6d. a head, or 1,250_l._ a year, and 2_s._ at the lock. Then stop.",
        "When Louis XIV. took charge, Louis XV., his heir, and Charles I. were young. Then stop.",
    ],
)
def test_whole_tokens_never_end_a_sentence(text):
    got = sentences(text)
    assert got == [text[: -len(" Then stop.")], "Then stop."]


def test_mask_keeps_length_and_leaves_other_text_alone():
    text = "Go to https://a.io/x?y=1. Fig. 2 shows it. Really? Yes."
    hidden = mask(text)
    assert len(hidden) == len(text)
    assert hidden.endswith("shows it. Really? Yes.")
    assert "?" not in hidden[:25]


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        ("It was 12.5 cm long.", "It was twelve point five centimetres long."),
        ("It was 1 cm long.", "It was one centimetre long."),
        ("We drove 1 km, then 30 km/h for 2 km.",
         "We drove one kilometre, then thirty kilometres per hour for two kilometres."),
        ("It weighs 1 kg, or 5 mg, or 500 g.",
         "It weighs one kilogram, or five milligrams, or five hundred grams."),
        ("Add 10 ml and 1 l.", "Add ten millilitres and one litre."),
        ("It fell 3-5 m.", "It fell three to five metres."),
        ("It was 20 °C and 68 °F.", "It was twenty degrees Celsius and sixty-eight degrees "
         "Fahrenheit."),
        ("At 60 mph it used 5 kWh.", "At sixty miles per hour it used five kilowatt hours."),
        ("A 5% rise.", "A five percent rise."),
        ("See Fig. 3 and Figs. 4-5.", "See Figure three and Figures four to five."),
        ("By Eq. 2 on p. 7, pp. 8-9, Vol. 3.",
         "By Equation two on page seven, pages eight to nine, Volume Three."),
        ("As Smith et al. showed.", "As Smith and others showed."),
        ("Read it, cf. the map.", "Read it, compare the map."),
        ("Salt, e.g. sea salt, i.e. grey.", "Salt, for example sea salt, that is grey."),
        ("The 2nd ed. of the book.", "The second edition of the book."),
        ("Ed. by Ann Lee.", "Edited by Ann Lee."),
        ("Upgrade to v2.1.3 now.", "Upgrade to version two point one point three now."),
        ("Go to https://www.example.com/search?q=cats&page=2 now.",
         "Go to example dot com slash search now."),
        ("Open C:/docs/read.me now.", "Open C colon slash docs slash read dot me now."),
    ],
)  # fmt: skip
def test_spoken_units_abbreviations_and_addresses(text, spoken):
    assert to_spoken(text, "en-gb") == spoken


def test_american_spelling_of_metric_units():
    assert to_spoken("It was 2 m by 1 l.", "en-us") == "It was two meters by one liter."


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        ("Turn to p. 12 for the map.", "Turn to page twelve for the map."),
        ("Read pp. 3–5 first.", "Read pages three to five first."),
        ("Pp. 3–5 are torn.", "Pages three to five are torn."),
        ("As in ch. 4, the river rose.", "As in chapter four, the river rose."),
        ("Chs. 3–5 cover the war.", "Chapters three to five cover the war."),
        ("It is in vol. 2 of the set.", "It is in volume two of the set."),
        ("Plate no. 7 shows it.", "Plate number seven shows it."),
        ("Ann Lee, ed., The Atlas of Salt.", "Ann Lee, editor, The Atlas of Salt."),
        ("Lee and Park (eds.), Salt Roads.", "Lee and Park (editors), Salt Roads."),
        ("Lee and Park, eds.", "Lee and Park, editors."),
    ],
)  # fmt: skip
def test_reference_abbreviations_in_citations(text, spoken):
    """Each is one sentence (never cut at the abbreviation's dot) and read in words."""
    assert sentences(text) == [text]
    assert to_spoken(text, "en-gb") == spoken


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        ("The map is in vol. ii of the atlas.", "The map is in volume two of the atlas."),
        ("Vol. IV, printed in 1851, is rare.",
         "Volume Four, printed in eighteen fifty-one, is rare."),
        ("As ch. xii tells it, the well ran dry.", "As chapter twelve tells it, the well ran dry."),
        ("The preface (pp. iv–vii) is unsigned.", "The preface (pages four to seven) is unsigned."),
        ("See p. ix and Fig. III.", "See page nine and Figure three."),
        ("Chs. ii-iv cover the war.", "Chapters two to four cover the war."),
        ("Vols. I and II were lost.", "Volumes one and two were lost."),
        ("It is bound as Vol. I.", "It is bound as Volume One."),
        ("In Vol. I the author is kinder.", "In Volume One the author is kinder."),
        ("The dedication, p. v, is short.", "The dedication, page five, is short."),
        ("Plate no. xi shows the ford.", "Plate number eleven shows the ford."),
    ],
)  # fmt: skip
def test_reference_abbreviations_before_roman_numerals(text, spoken):
    """Front matter, volumes and chapters are numbered in Roman numerals in old books."""
    assert sentences(text) == [text]
    assert to_spoken(text, "en-gb") == spoken


@pytest.mark.parametrize(
    "text",
    [
        "He said no. I think he lied.",
        "We had no. I was not sure of it.",
        "He went to ch. I did not follow.",
        "Turn to p. I will wait.",
        "A long vol. mix of essays.",
        "See p. civil records.",
        "It is in vol. did you see?",
        "See Fig. C for the ford.",
        "See Fig. L and Fig. D.",
        "She loved art. I, too, loved it.",
        "Give me a sec. I, for one, am ready.",
        "He is no. Xi was there.",
    ],
)
def test_words_after_an_abbreviation_are_not_numerals(text):
    """A lone "I" after an abbreviation, words spelt with Roman letters, a figure's letter
    label and a sentence that ends in a word-like abbreviation stay as written."""
    spoken = to_spoken(text, "en-gb")
    assert spoken == text


def test_a_sentence_ending_in_no_is_still_a_sentence():
    assert sentences("He said no. I think he lied.") == ["He said no.", "I think he lied."]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Переправа стоила 15 коп., а летом — 20 коп. Потом дороже.", "ru"),
        ("Ефим думал о т. е. о жизни и о реке. Потом дороже.", "ru"),
        ("Sie kaufte Brot, Milch usw., und ging heim. Potom dorozhe.", "de"),
    ],
)
def test_an_abbreviation_before_a_comma_or_a_small_letter_ends_no_sentence(text, language):
    first, last = text.rsplit(". ", 1)
    assert sentences(text, language) == [first + ".", last]
