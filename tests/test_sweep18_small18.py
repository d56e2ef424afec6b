"""Sweep 18, small reading rules in teaching and practical books (teach18 #8, #9, #18,
#20, #22; prac18 #13, #14, #16, #18, #20, #21, #24, #25): hard-wrapped prose whose lines
open on a figure reads as prose, not as a list; a sentence goes on after "approx.",
"c." and other abbreviations; a fill-in blank is "blank" wherever it stands and a
checkbox is said; price bands and star ratings, recipe, road and dosage shorthand,
postcodes, item numbers and dialling strings and decimal-comma euros are said as a
narrator says them. Each hit with a near miss beside it."""

from __future__ import annotations

from pathlib import Path

from audiobook.build.pipeline import load_book


def _said(folder: Path, text: str) -> list[str]:
    """Every segment of a plain-text book as it is spoken, credits left aside."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "book.txt"
    path.write_text(text, encoding="utf-8")
    _, _, chapters = load_book(path)
    return [
        s.spoken
        for ch in chapters
        for s in ch.segments
        if s.kind not in ("credits", "closing", "heading")
    ]


# ------------------------------------------------ 1. wrapped lines opening on a figure

WRAPPED = """\
NUMBERS WITHOUT FEAR

By A. Writer


CHAPTER I. THE SPREAD OF THINGS

The spread of the data is measured by the standard deviation, sigma. Roughly
68% of a normal distribution lies within one sigma of the mean, and more than
95% within two sigma, and nearly all of it within three. That is why only some
1 in 370 of all the results the surveyors ever wrote down lay so far out.

The old surveyors of the county knew this very well. They walked the parish
in the spring of the year and again in the autumn, and they walked it in
1850 when the first census of the parish was taken by the curate and his
clerk, and they walked it again ten years later with the new vicar.

Ingredients

225g caster sugar
4 large eggs
2 tsp vanilla extract
1 lemon, zested

EXERCISES

1. A meadow has a GPP of 24,000 kcal and R = 15,000 kcal in the year.
   What is its NPP?
2. Using the table, which ecosystem contributes most to the world's NPP?
3. A lake's producers fix 5,200 kcal in a year and its herbivores produce
   620 kcal in the same year. Find E.
4. Name the parts of the cycle, as the chapter lists them in its own words:
   1.1 The producers.
"""


def test_wrapped_prose_opening_on_figures_is_one_sentence(tmp_path: Path) -> None:
    said = _said(tmp_path, WRAPPED)
    assert (
        "Roughly sixty-eight percent of a normal distribution lies within one sigma of the "
        "mean, and more than ninety-five percent within two sigma, and nearly all of it "
        "within three." in said
    )
    assert any(s.startswith("That is why only some one in three hundred and seventy") for s in said)
    assert any("herbivores produce six hundred and twenty kilocalories" in s for s in said)


def test_ingredient_list_and_items_stay_lines(tmp_path: Path) -> None:
    said = _said(tmp_path, WRAPPED)
    for line in ("four large eggs", "two teaspoons vanilla extract", "one lemon, zested"):
        assert line in said
    assert "What is its NPP?" in said
    assert any(s.startswith("one point one, The producers") for s in said)
    assert any("walked it in eighteen fifty when" in s for s in said)


# ------------------------------------------------ 2. abbreviations that end no sentence


def test_approx_and_circa_before_money_go_on(tmp_path: Path) -> None:
    said = _said(
        tmp_path,
        "A GUIDE\n\nCHAPTER I\n\nCost: approx. $120-$150 for the whole deck. It took two "
        "days.\n\nThe king valued monastic income at c. £136,000 a year. He wanted it all.\n",
    )
    assert (
        "Cost: approximately one hundred and twenty dollars to one hundred and fifty dollars "
        "for the whole deck." in said
    )
    assert "The king valued monastic income at circa one hundred and thirty-six thousand "\
        "pounds a year." in said


def test_a_real_end_before_money_still_ends() -> None:
    from audiobook.text.segment import sentences

    assert sentences("We paid the deposit. $500 more is due.") == [
        "We paid the deposit.", "$500 more is due."
    ]


HITS_ABBREVIATIONS = [
    ("The poet (fl. 5th c. BCE) wrote hymns.",
     "The poet (flourished fifth century BCE) wrote hymns."),
    ("energy by autotrophs (Gk. autos, self).", "energy by autotrophs (Greek autos, self)."),
    ("The verb (Jap. taberu) means eat.", "The verb (Japanese taberu) means eat."),
    ("madame, madam; pl. mesdames", "madame, madam; plural mesdames"),
    ("Claire is a woman (f.).", "Claire is a woman (feminine)."),
    ("My name is Paul (lit. I call myself Paul).",
     "My name is Paul (literally I call myself Paul)."),
    ("Ans. (b)", "Answer (b)"),
    ("Vous êtes M. Dupont ?", "Vous êtes Monsieur Dupont?"),
    ("the works of M. Robinet are best.", "the works of Monsieur Robinet are best."),
]
NEAR_ABBREVIATIONS = [
    "Abbreviations used: f. feminine, pl. plural, lit. literally.",
    "John M. Smith wrote it.",
    "Then J. M. Barrie came.",
    "Written by M. R. James.",
    "The lamp was lit. Then she left.",
    "M. Narrated by audiobook.",
    "[Rushes to bookcase.] M. Generals, Mallam, Maxbohm, what ghastly names they have!",
]


def test_abbreviations_said_in_full() -> None:
    from audiobook.text.normalize import to_spoken

    for text, spoken in HITS_ABBREVIATIONS:
        assert to_spoken(text) == spoken


def test_near_abbreviations_as_written() -> None:
    from audiobook.text.normalize import to_spoken

    for text in NEAR_ABBREVIATIONS:
        assert to_spoken(text) == text
    assert to_spoken("The old priest (Fr. Brown) said mass.") == (
        "The old priest (Father Brown) said mass."
    )


def test_gloss_and_answer_end_no_sentence() -> None:
    from audiobook.models import LINE_BREAK
    from audiobook.text.segment import sentences

    assert len(sentences('je suis plein(e), lit. "I am full", is rude.')) == 1
    options = LINE_BREAK.join(["(a) Lorries", "(b) Children", "(c) Horses", "Ans. (b)"])
    assert sentences(options)[-1].endswith("Ans. (b)")
    assert sentences("The lamp was lit. \"Come in,\" she said.") == [
        "The lamp was lit.", "\"Come in,\" she said."
    ]


# ------------------------------------------------ 3. blanks, boxes and the prompt


def _md_said(folder: Path, text: str) -> list[str]:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "book.md"
    path.write_text(text, encoding="utf-8")
    _, _, chapters = load_book(path)
    return [s.spoken for ch in chapters for s in ch.segments if s.kind == "text"]


def test_markdown_blanks_are_said(tmp_path: Path) -> None:
    said = _md_said(
        tmp_path,
        "# Lesson One\n\nFill in the blanks.\n\n1. Je ___ (être) content.\n"
        "2. Nous ___ (être) à Paris.\n\nThe word ___ goes here, and ___ there.\n",
    )
    assert "one. Je blank (être) content." in said
    assert "two. Nous blank (être) à Paris." in said
    assert "The word blank goes here, and blank there." in said


def test_markdown_bold_by_underscores_is_not_a_blank(tmp_path: Path) -> None:
    said = _md_said(tmp_path, "# Lesson One\n\nThis is __very__ important and ___so___ true.\n")
    assert "This is very important and so true." in said


def test_boxes_scores_and_prompt_said() -> None:
    from audiobook.models import LINE_BREAK
    from audiobook.text.normalize import to_spoken

    assert to_spoken("RPE: __/10") == "RPE: blank out of ten"
    assert to_spoken("Complete: ___ Kellner, ___ Rechnung.") == (
        "Complete: blank Kellner, blank Rechnung."
    )
    assert to_spoken("Tick ☐ each topic; a ☑ means you passed.") == (
        "Tick box each topic; a ticked box means you passed."
    )
    items = LINE_BREAK.join(["☑ Dashboard live", "☒ Dropped plan", "☐ Pricing review"])
    assert to_spoken(items) == "Ticked: Dashboard live Crossed: Dropped plan Pricing review"
    assert to_spoken("Check it at the `>>>` prompt.", tags=False) == (
        "Check it at the `three angle brackets` prompt."
    )


def test_near_boxes_and_prompt() -> None:
    from audiobook.text.normalize import to_spoken

    assert to_spoken("☐ Mirrors checked") == "Mirrors checked"
    assert to_spoken("Name: ____ Date of birth: ____") == "Name: blank, Date of birth: blank"
    assert "blank" not in to_spoken("Score: 7/10")
    assert ">>>" not in to_spoken("Type `>>> 2 + 2` and press Enter.", tags=False)
    assert "angle" not in to_spoken("Type `>>> 2 + 2` and press Enter.", tags=False)


# ------------------------------------------------ 4. price bands, stars, A to Z


def test_price_bands_stars_and_a_to_z() -> None:
    from audiobook.text.normalize import to_spoken

    assert to_spoken("Rooms $$; restaurant $. Built 1937.") == (
        "Rooms two dollar signs; restaurant one dollar sign. Built nineteen thirty-seven."
    )
    assert to_spoken("€€€€. Two Michelin stars.") == "four euro signs. Two Michelin stars."
    assert to_spoken("£££ for UK readers") == "three pound signs for UK readers"
    assert to_spoken("Petrified Forest National Park ★★★★") == (
        "Petrified Forest National Park four stars"
    )
    assert to_spoken("Rated ★★★☆☆ by us.") == "Rated three stars out of five by us."
    assert to_spoken("Practical A–Z") == "Practical A to Z"


def test_near_price_bands_and_a_to_z() -> None:
    from audiobook.text.normalize import to_spoken

    assert to_spoken("Pay in $ or €.") == "Pay in $ or €."
    assert "dollar" not in to_spoken("Your prompt changes to (.venv) $.")  # a shell prompt
    assert to_spoken("US$ and $ 5") == "US$ and five dollars"
    assert to_spoken("Use [A-Z] here.") == "Use [A-Z] here."


# ------------------------------------------------ 5. kitchen, road, dosing and finance shorthand

HITS_SHORTHAND = [
    ("CRUST: 1 c. flour, ½ c. butter.", "CRUST: one cup flour, half a cup of butter."),
    ("FILLING: 2 eggs, 1 c. sugar, 2 T. flour, 1 t. zest.",
     "FILLING: two eggs, one cup sugar, two tablespoons flour, one teaspoon zest."),
    ("2 T. flour", "two tablespoons flour"),
    ("1 (12-oz.) pkg. chocolate chips", "one (twelve-ounce) package chocolate chips"),
    ("El Rancho Hotel, 1000 E. Hwy 66, Gallup.",
     "El Rancho Hotel, one thousand East Highway sixty-six, Gallup."),
    ("Old Rte 66 runs here.", "Old Route sixty-six runs here."),
    ("the Dulles Toll Rd (Rte 267)", "the Dulles Toll Road (Route two hundred and sixty-seven)"),
    ("Your max HR is 190 bpm.", "Your max HR is one hundred and ninety beats per minute."),
    ("Take 400 mg t.i.d. for a week.",
     "Take four hundred milligrams three times a day for a week."),
    ("Amlodipine 5 mg q.d.", "Amlodipine five milligrams once daily."),
    ("Metoprolol 25 mg PO daily", "Metoprolol twenty-five milligrams by mouth daily"),
    ("When rates rose 50 bps in March", "When rates rose fifty basis points in March"),
    ("its growth rate, MoM and YoY.", "its growth rate, month on month and year on year."),
]
NEAR_SHORTHAND = [
    ("5 t. of coal", "five t. of coal"),
    ("He met T. Smith at 2 T. Street.", "He met T. Smith at two T. Street."),
    ("a 9600 bps modem", "a nine thousand six hundred bps modem"),
    ("RD 5", "RD five"),
    ("She bid 5 dollars.", "She bid five dollars."),
]


def test_practical_shorthand_said_in_full() -> None:
    from audiobook.text.normalize import to_spoken

    for text, spoken in HITS_SHORTHAND:
        assert to_spoken(text) == spoken
    assert to_spoken("Revenue grew 12% YoY.", "en-us") == (
        "Revenue grew twelve percent year over year."
    )


def test_near_practical_shorthand() -> None:
    from audiobook.text.normalize import to_spoken

    for text, spoken in NEAR_SHORTHAND:
        assert to_spoken(text) == spoken


# ------------------------------------------------ 6. postcodes, item numbers, dialling strings

HITS_DIGITS = [
    ("23 Rue de Sévigné, 75003. Open daily.",
     "twenty-three Rue de Sévigné, seven five zero zero three. Open daily."),
    ("Château de Versailles, Place d'Armes, 78000 Versailles.",
     "Château de Versailles, Place d'Armes, seven eight zero zero zero Versailles."),
    ("Monet's garden, 27620 Giverny. Open daily.",
     "Monet's garden, two seven six two zero Giverny. Open daily."),
    ("Home Depot item #1000123456 fits.",
     "Home Depot item number one zero zero zero one two three four five six fits."),
    ("From the US dial 011 81 3 1234 5678.",
     "From the US dial zero one one, eight one, three, one two three four, five six seven "
     "eight."),
    ("Tel: +33 1 44 59 58 58.", "Tel: plus three three, one, four four, five nine, five "
     "eight, five eight."),
]
NEAR_DIGITS = [
    ("Counts: 12345, 23456.", "Counts: twelve thousand three hundred and forty-five, "
     "twenty-three thousand four hundred and fifty-six."),
    ("There were, in all, 25000.", "There were, in all, twenty-five thousand."),
    ("In 1870, 10000 Parisians fled.", "In eighteen seventy, ten thousand Parisians fled."),
    ("Issue #12 is out.", "Issue number twelve is out."),
]


def test_postcodes_item_numbers_and_dialling_digit_by_digit() -> None:
    from audiobook.text.normalize import to_spoken

    for text, spoken in HITS_DIGITS:
        assert to_spoken(text) == spoken


def test_near_counts_stay_numbers() -> None:
    from audiobook.text.normalize import to_spoken

    for text, spoken in NEAR_DIGITS:
        assert to_spoken(text) == spoken


# ------------------------------------------------ 7. euros with a decimal comma


def test_decimal_comma_euros() -> None:
    from audiobook.text.normalize import to_spoken

    assert to_spoken("A coffee costs about €1,50–€2.") == (
        "A coffee costs about one euro and fifty cents to two euros."
    )
    assert to_spoken("Ça fait 4,20 €, monsieur.") == (
        "Ça fait four euros and twenty cents, monsieur."
    )


def test_near_comma_euros() -> None:
    from audiobook.text.normalize import to_spoken

    assert to_spoken("Rent is €1,500 a month.") == (
        "Rent is one thousand five hundred euros a month."
    )
    assert to_spoken("Scores 4,20 and 5,30.") == "Scores 4,20 and 5,30."
