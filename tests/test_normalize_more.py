"""Numbers, units and references a narrator says differently from how they are written:
rupees, eras and circa, old ordinals, recipes, seconds, short years, splits, Bible
references."""

import pytest

from audiobook.text.normalize import spoken_title, to_spoken
from audiobook.text.segment import sentences

SAID = [
    # money in rupees
    ("The rent was Rs. 12,000 a month.", "The rent was twelve thousand rupees a month."),
    ("A cup of tea cost ₹250 at the station.",
     "A cup of tea cost two hundred and fifty rupees at the station."),
    ("He owed Rs 1 to the boy.", "He owed one rupee to the boy."),
    # history: circa, eras, centuries, sections, early years
    ("The fort was raised c. 500 BC by the tribe.",
     "The fort was raised circa five hundred BC by the tribe."),
    ("The first kings ruled ca. 3100 BCE or so.",
     "The first kings ruled circa three thousand one hundred BCE or so."),
    ("The chronicler (c. 484–c. 425 BC) travelled widely.",
     "The chronicler (circa four hundred and eighty-four to circa four hundred and twenty-five"
     " BC) travelled widely."),
    ("The bowls belong to the 3rd c. BC at the latest.",
     "The bowls belong to the third century BC at the latest."),
    ("The duke crossed over in 1066 AD with his fleet.",
     "The duke crossed over in ten sixty-six AD with his fleet."),
    ("The rising of AD 61 failed.", "The rising of AD sixty-one failed."),
    ("The abbey burned in 1204 A.D. Then it was rebuilt.",
     "The abbey burned in twelve oh four AD. Then it was rebuilt."),
    ("The rules are in §§ 73–92 of the code.",
     "The rules are in sections seventy-three to ninety-two of the code."),
    ("The great survey was compiled in 1086 by royal clerks.",
     "The great survey was compiled in ten eighty-six by royal clerks."),
    ("The disk held in 1024 bytes only.",
     "The disk held in one thousand and twenty-four bytes only."),
    ("In 1500 men marched north.", "In fifteen hundred men marched north."),
    # old ordinals
    ("She wrote on the 2d of December and again on the 22d.",
     "She wrote on the second of December and again on the twenty-second."),
    ("The ship sailed on the 3d, as planned.", "The ship sailed on the third, as planned."),
    ("The treaty was signed July 2d, 1776.",
     "The treaty was signed July second, seventeen seventy-six."),
    ("The boy paid 2d for the bun.", "The boy paid two d for the bun."),  # no "the": left
    ("The boy paid 2d. for the bun.", "The boy paid two pence for the bun."),
    # recipes
    ("Stir in 2 tbsp of butter and 1 tsp of sugar.",
     "Stir in two tablespoons of butter and one teaspoon of sugar."),
    ("Drain two 15-oz cans of chickpeas.", "Drain two fifteen-ounce cans of chickpeas."),
    ("Heat the oven to 350°F / 180°C / gas 4 first.",
     "Heat the oven to three hundred and fifty degrees Fahrenheit, one hundred and eighty degrees"
     " Celsius, gas mark four first."),
    ("Bake at 180C/160C fan until golden.",
     "Bake at one hundred and eighty degrees Celsius, one hundred and sixty degrees Celsius fan"
     " until golden."),
    ("Grease a 9 x 13-inch tin or a 9x13 dish.",
     "Grease a nine by thirteen-inch tin or a nine by thirteen dish."),
    ("Roll the dough to 10\" and set them 2\" apart.",
     "Roll the dough to ten inches and set them two inches apart."),
    ("She said \"Room 101\" twice.", "She said \"Room one hundred and one\" twice."),
    ("Simmer for 1½–2 hours.", "Simmer for one and a half to two hours."),
    ("A slice has 250 kcal and takes 20 mins over med. heat.",
     "A slice has two hundred and fifty kilocalories and takes twenty minutes over medium heat."),
    # seconds, extensions
    ("She ran the 100m in 11.2s at the county meet.",
     "She ran the one hundred metres in eleven point two seconds at the county meet."),
    ("Ring ext. 12 for the front desk.", "Ring extension twelve for the front desk."),
    ("He was in his 20s then.", "He was in his twenties then."),
    # two-digit years
    ("The class of '03 met the class of '00.", "The class of oh three met the class of oh oh."),
    # splits, rates, multiples, scales, spans of hours
    ("Follow the 80/20 rule and the 50/50 split.",
     "Follow the eighty-twenty rule and the fifty-fifty split."),
    ("Train 5 days/week and 2 times/hour.", "Train five days a week and two times an hour."),
    ("It gives 10x the output, even 37x.",
     "It gives ten times the output, even thirty-seven times."),
    ("The forum has 2M members.", "The forum has two million members."),
    ("The shop opens 9–11:30 a.m. daily.", "The shop opens nine to eleven thirty a.m. daily."),
    ("Use 3 x 4 = 12 here.", "Use three times four equals twelve here."),
    # Bible references
    ("Read Isaiah 40:31 aloud.", "Read Isaiah forty, thirty-one aloud."),
    ("Then 2 Sam. 7:12–16 follows.", "Then Second Samuel seven, twelve to sixteen follows."),
    ("The parable is Luke 15:11ff. in most copies.",
     "The parable is Luke fifteen, eleven and following in most copies."),
    ("Compare Gen. 1 and Ps. 23 with Matt. 5 and 1 Cor. 13 today.",
     "Compare Genesis one and Psalm twenty-three with Matthew five and First Corinthians thirteen"
     " today."),
    ("The promise comes again (see 1:2) later.",
     "The promise comes again (see chapter one, verse two) later."),
    ("Gen. Lee met Col. Ward.", "General Lee met Colonel Ward."),
    # unchanged: a score, a ratio, a time
    ("The final score was 3:2 at 10:45 that night.",
     "The final score was three to two at ten forty-five that night."),
    ("I will see 10:45 on the clock.", "I will see ten forty-five on the clock."),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), SAID)
def test_said_as_a_narrator_says_it(text: str, expected: str) -> None:
    assert to_spoken(text, "en") == expected


@pytest.mark.parametrize(
    "paragraph",
    [
        "The wall was built c. AD 400 by the legion.",
        "The bowls belong to the 3rd c. BC at the latest.",
        "Read 2 Sam. 7:12 and Luke 15:11ff. today and then Gen. 1 and Ps. 23 too.",
        "Ring ext. 12 or pay Rs. 500 at the desk.",
    ],
)
def test_an_abbreviation_before_a_number_ends_no_sentence(paragraph: str) -> None:
    assert sentences(paragraph) == [paragraph]


def test_a_shouted_ordinal_in_a_heading_is_an_ordinal() -> None:
    assert spoken_title("THE NIGHT OF THE 17TH") == "The Night of the seventeenth."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("MAYA — Lisbon, 1944 / now", "MAYA, Lisbon, nineteen forty-four, now"),
        ("He said it over: Shall I compare thee / to a summer’s day?",
         "He said it over: Shall I compare thee, to a summer’s day?"),
        # between figures, before a letter, and with no spaces it is not a pause
        ("Cut 1 / 2 of the cake.", "Cut one / two of the cake."),
        ("Answer (A / B) for each.", "Answer (A / B) for each."),
        ("Bring a pen and/or a pencil.", "Bring a pen and or a pencil."),
    ],
)  # fmt: skip
def test_a_slash_set_apart_between_words_is_a_pause(text: str, expected: str) -> None:
    assert to_spoken(text, "en") == expected


VERSE_AND_SONG_SAID = [
    # song credits and repeat marks
    ("Saint Christopher (feat. Eli Brandt)", "Saint Christopher (featuring Eli Brandt)"),
    (
        "Words and music: Trad. Scottish, arr. J. K. Moore",
        "Words and music: Traditional Scottish, arranged by J. K. Moore",
    ),
    ("(J. Vale / R. Okafor)", "(J. Vale and R. Okafor)"),
    ("Written by M. Deluca / T. Rask.", "Written by M. Deluca and T. Rask."),
    ("don't let me drown (x2)", "don't let me drown (times two)"),
    ("[Chorus x2]", "[Chorus times two]"),
    # radio and screen scripts, acting editions
    ("SFX: Wind.", "Sound effects: Wind."),
    ("EXT. FISHGUARD HARBOUR — NIGHT", "Exterior FISHGUARD HARBOUR, NIGHT"),
    ("INT. SHIP'S BAR — CONT.", "Interior SHIP'S BAR, Continuous"),
    ("TANNOY (V.O.): Ladies and gentlemen.", "TANNOY, voice-over: Ladies and gentlemen."),
    ("JOHN (O.S.): Hello.", "JOHN, off-screen: Hello."),
    ("He reads behind a newspaper, D.S.L.", "He reads behind a newspaper, downstage left"),
    # hymnals
    ("8.7.8.7. D.", "eight seven eight seven double"),
    ("L.M.", "Long Metre"),
    # a poem's sections, and old verse
    ("(ii)", "Two."),
    ("at ten i' th' hundred, sir.", "at ten in the hundred, sir."),
    ("Th' enchanted hour", "The enchanted hour"),
    ("Wi' her true-love", "With her true-love"),
    ("the wingèd hours, my belovèd", "the wing-ed hours, my belov-ed"),
]
VERSE_AND_SONG_KEPT = [
    "Fan x 2",  # a property list's count, not a repeat mark
    "I said (i) and (ii) again.",  # list marks inside a sentence
    "The café opened at nine.",
    "Version 1.2.3.4 is out",
    "She met L.M. at the station.",
    "The feat was done.",
]


@pytest.mark.parametrize(("text", "said"), VERSE_AND_SONG_SAID)
def test_lyric_books_scripts_hymnals_and_old_verse_are_said_as_a_reader_says_them(text, said):
    assert to_spoken(text) == said


@pytest.mark.parametrize("text", VERSE_AND_SONG_KEPT)
def test_near_misses_of_the_verse_and_song_rules_stay_as_they_are(text):
    assert "featuring" not in to_spoken(text)
    assert "times" not in to_spoken(text)
    assert "Metre" not in to_spoken(text)
    assert "Two." not in to_spoken(text)


def test_a_song_credit_abbreviation_ends_no_sentence():
    assert sentences("Don't Go Down (feat. Ruth Okafor) was a single.") == [
        "Don't Go Down (feat. Ruth Okafor) was a single."
    ]


@pytest.mark.parametrize(
    ("paragraph", "said"),
    [
        # "feat." the noun after an article or an adjective ends its sentence
        ("It was quite a feat. He never tried again.",
         ["It was quite a feat.", "He never tried again."]),
        ("It was no small feat. Eight takes, and the last one was the keeper.",
         ["It was no small feat.", "Eight takes, and the last one was the keeper."]),
        ("It was a Herculean feat. Nobody matched it.",
         ["It was a Herculean feat.", "Nobody matched it."]),
        ('"I\'ve got a feat. My own," Moira said.', ['"I\'ve got a feat. My own," Moira said.']),
        # the credit after a title, a bracket or a dash
        ("Saint Christopher feat. Eli Brandt", ["Saint Christopher featuring Eli Brandt"]),
        ("Lost Highway – feat. Ruth Okafor", ["Lost Highway, featuring Ruth Okafor"]),
        ("The Water Is Wide, arr. Moira Kent.", ["The Water Is Wide, arranged by Moira Kent."]),
        # "Bro." and "Hon." said to someone after a comma are no titles
        ("Come on, Bro. We are late.", ["Come on, Bro.", "We are late."]),
        ("We met Bro. Anselm at the gate.", ["We met Brother Anselm at the gate."]),
        # a name after "called" is the name as written; "Nat Geo." is the magazine
        ("The parrot was called Ed.", ["The parrot was called Ed."]),
        ("A man everyone called Geo. because he signed his tapes that way slept.",
         ["A man everyone called Geo. because he signed his tapes that way slept."]),
        ("I worked for Nat Geo. The money was good.",
         ["I worked for Nat Geo.", "The money was good."]),
        ("He read Nat. Geo. magazine.", ["He read Nat. Geo. magazine."]),
        ("Geo. Washington wrote.", ["George Washington wrote."]),
        ("See the 2nd ed. for that.", ["See the second edition for that."]),
    ],
)  # fmt: skip
def test_credits_titles_and_given_names_that_are_ordinary_words(paragraph, said):
    assert [to_spoken(s) for s in sentences(paragraph)] == said
