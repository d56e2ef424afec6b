"""Figures said as a narrator says them: modern years, fractions before a measure, "per"
slashes, clock times, spans, telephone numbers and slash dates, each with the near misses
that must keep their old reading."""

import pytest

from audiobook.text.normalize import to_spoken

SAID = [
    # 1. years from 2000 on before a noun, after a quarter; counts stay counts
    ("She took silver at the 2019 World Championships.",
     "She took silver at the twenty nineteen World Championships."),
    ("The 2012 Olympics filled the town.", "The twenty twelve Olympics filled the town."),
    ("The 1996 Olympics were humid.", "The nineteen ninety-six Olympics were humid."),
    ("He restored a 2019 Ford for his niece.", "He restored a twenty nineteen Ford for his niece."),
    ("Sales in Q3 2022 slipped.", "Sales in Q3 twenty twenty-two slipped."),
    ("The 2024 election was tight.", "The twenty twenty-four election was tight."),
    ("Between 2011 and 2013 the price fell.",
     "Between twenty eleven and twenty thirteen the price fell."),
    ("By 2050 summers will be hotter.", "By twenty fifty summers will be hotter."),
    ("The 2000 people in the hall stood.", "The two thousand people in the hall stood."),
    ("She had 2019 votes in the end.", "She had two thousand and nineteen votes in the end."),
    ("a town of 2015 people", "a town of two thousand and fifteen people"),
    # 8. "for" and a year, one decision for a joined pair
    ("The accounts for 1829 are in the desk.",
     "The accounts for eighteen twenty-nine are in the desk."),
    ("The ledgers for 1829 and 1830 were burnt.",
     "The ledgers for eighteen twenty-nine and eighteen thirty were burnt."),
    ("He paid for 1500 acres of marsh.",
     "He paid for one thousand five hundred acres of marsh."),
    # 2. fractions before a measure
    ("Stir in 1/2 tsp salt.", "Stir in half a teaspoon of salt."),
    ("Beat in 3/4 lb. sugar.", "Beat in three quarters of a pound of sugar."),
    ("Fold in 1/4 tsp nutmeg and 1/2 cup cream.",
     "Fold in a quarter of a teaspoon of nutmeg and half a cup of cream."),
    ("Add 1/2 cup of stock.", "Add half a cup of stock."),
    ("We walked 1/2 mile to the inn.", "We walked half a mile to the inn."),
    ("Fit a 1/2-inch washer.", "Fit a half-inch washer."),
    ("Rest it for 3/4 hour.", "Rest it for three quarters of an hour."),
    ("Sift 1 1/2 cups flour.", "Sift one and a half cups flour."),
    ("They had not made 3-1/2 miles by noon.",
     "They had not made three and a half miles by noon."),
    ("Save 1/3 of the sauce.", "Save one third of the sauce."),
    # 3. a slash meaning "per"
    ("The lawyer billed £450/hr for it.", "The lawyer billed four hundred and fifty pounds an hour"
     " for it."),
    ("The plan is $9.99/mo now.", "The plan is nine dollars and ninety-nine cents a month now."),
    ("She worked 5 days/wk at the mill.", "She worked five days a week at the mill."),
    ("His pulse was 140/min on arrival.", "His pulse was one hundred and forty per minute on"
     " arrival."),
    ("Glucose was 3.1 mmol/L at noon.", "Glucose was three point one millimoles per litre at"
     " noon."),
    ("The disk wrote 10 MB/s all day.", "The disk wrote ten megabytes per second all day."),
    ("The probe flew at 300 km/s.", "The probe flew at three hundred kilometres per second."),
    ("The sheet loses 267 Gt/yr.", "The sheet loses two hundred and sixty-seven gigatonnes per"
     " year."),
    ("We drove at 60 km/h.", "We drove at sixty kilometres per hour."),
    # 4. clock times, only with a time's cue
    ("The 2.15 train was late again.", "The two fifteen train was late again."),
    ("The 8.05 from Leeds was cancelled.", "The eight oh five from Leeds was cancelled."),
    ("We left at 14.30 and arrived at 16.05.",
     "We left at fourteen thirty and arrived at sixteen oh five."),
    ("She caught the 7.40.", "She caught the seven forty."),
    ("He rang about 11.30pm last night.", "He rang about eleven thirty p.m. last night."),
    ("Reveille was at 0600 hours.", "Reveille was at oh six hundred hours."),
    ("Muster at 1430 hrs sharp.", "Muster at fourteen thirty hours sharp."),
    ("By 1130 hrs the ridge was ours.", "By eleven thirty hours the ridge was ours."),
    ("Boarding 0715.", "Boarding oh seven fifteen."),
    ("The guns fired at 0300.", "The guns fired at oh three hundred."),
    ("The plank is 2.15 metres long.", "The plank is two point one five metres long."),
    ("It cost £2.15 in all.", "It cost two pounds and fifteen pence in all."),
    ("He kept a 7.40 average.", "He kept a seven point four zero average."),
    ("The shares closed at 14.30 today.", "The shares closed at fourteen point three zero today."),
    ("The stream runs at 22.05 kHz.", "The stream runs at twenty-two point zero five kilohertz."),
    ("He flew 2000 hours of patrols.", "He flew two thousand hours of patrols."),
    ("By 1850 railways had spread.", "By eighteen fifty railways had spread."),
    # 5. spans say "to" (or "and" after "between")
    ("The shop is open 9am–5pm daily.", "The shop is open nine a.m. to five p.m. daily."),
    ("Music of the 1880s–90s filled it.", "Music of the eighteen eighties to nineties filled it."),
    ("The fair ran on the 1st–3rd Oct. in the rain.",
     "The fair ran on the first to the third of October in the rain."),
    ("On the 20th–21st we rested.", "On the twentieth to twenty-first we rested."),
    ("It traded at $12.50–$13.25 all week.",
     "It traded at twelve dollars and fifty cents to thirteen dollars and twenty-five cents all"
     " week."),
    ("His sister (1890–c. 1951) painted.", "His sister (eighteen ninety to circa nineteen"
     " fifty-one) painted."),
    ("Come between 9-11:30 a.m. if you can.",
     "Come between nine and eleven thirty a.m. if you can."),
    ("Between 5-10 boats sailed.", "Between five and ten boats sailed."),
    # 6. telephone numbers, emergency numbers, slash dates, old money
    ("Call 555-0143 after six.", "Call five five five, zero one four three after six."),
    ("Ring (555) 012-4477 today.",
     "Ring five five five, zero one two, four four seven seven today."),
    ("Text +44 7700 900461 now.",
     "Text plus four four, seven seven zero zero, nine zero zero four six one now."),
    ("The office is on 020 7946 0321.",
     "The office is on zero two zero, seven nine four six, zero three two one."),
    ("Mob: 07700 900 123", "Mob: zero seven seven zero zero, nine zero zero, one two three"),
    ("If you get lost, ring Jago: 07700 900461.",
     "If you get lost, ring Jago: zero seven seven zero zero, nine zero zero four six one."),
    ("In 1999 2000 people came.", "In nineteen ninety-nine two thousand people came."),
    ("Call 911 if he wakes.", "Call nine one one if he wakes."),
    ("She tried to dial 999 twice.", "She tried to dial nine nine nine twice."),
    ("He called 999 times in a year.", "He called nine hundred and ninety-nine times in a year."),
    ("Pages 800-1200 were torn.", "Pages eight hundred to one thousand two hundred were torn."),
    ("The letter went out on 9/14 by post.",
     "The letter went out on September fourteenth by post."),
    ("It was dated 14/9 in his hand.", "It was dated the fourteenth of September in his hand."),
    ("After 9/11 the airports changed.", "After nine eleven the airports changed."),
    ("Cut the dough by 1/3 again.", "Cut the dough by one third again."),
    ("She was saving 2/6 a week.", "She was saving two and six a week."),
    # 7. models, screens
    ("A 747-400 taxied in.", "A seven forty-seven four hundred taxied in."),
    ("He flew a Boeing 737-800 home.", "He flew a Boeing seven thirty-seven eight hundred home."),
    ("The 747 passengers waited.", "The seven hundred and forty-seven passengers waited."),
    ("He parked his F-150 and the B-52 roared over.",
     "He parked his F one fifty and the B fifty-two roared over."),
    ("They carried AK-47s.", "They carried AK forty-sevens."),
    ("A 1080p film on a 480×320 screen.", "A ten eighty P film on a four eighty by three twenty"
     " screen."),
    ("About 6 × 10 grains.", "About six times ten grains."),
]  # fmt: skip


@pytest.mark.parametrize(("written", "said"), SAID)
def test_figures_are_said_as_a_narrator_says_them(written: str, said: str) -> None:
    assert to_spoken(written) == said


def test_an_ambiguous_slash_date_follows_the_language() -> None:
    assert to_spoken("We met on 3/4 at noon.", "en-us") == "We met on March fourth at noon."
    assert to_spoken("We met on 3/4 at noon.", "en-gb") == "We met on the third of April at noon."


# --------------------------------------------------------------------------- review mends
MENDED = [
    # a price's verb makes a figure only with a price's noun; "closes at 17.30" is a time
    ("The chip shop closes at 11.30 on Sundays.", "The chip shop closes at eleven thirty on"
     " Sundays."),
    ("The museum closed at 5.30, so we sat on the steps.",
     "The museum closed at five thirty, so we sat on the steps."),
    ("We settled at 8.15 with our tea.", "We settled at eight fifteen with our tea."),
    ("The café opens at 8.30 and closes at 17.30.",
     "The café opens at eight thirty and closes at seventeen thirty."),
    ("Shares in the mill closed at 4.25 on Friday.",
     "Shares in the mill closed at four point two five on Friday."),
    ("The index opened the week at 15.25.", "The index opened the week at fifteen point two"
     " five."),
    ("She was timed at 21.45 in the heats, then left.",
     "She was timed at twenty-one point four five in the heats, then left."),
    # two round hundreds are a span, even after a telephone's word
    ("The furnace can reach 800-1200 degrees.",
     "The furnace can reach eight hundred to one thousand two hundred degrees."),
    ("Choose a number between 100-1000 first.",
     "Choose a number between one hundred and one thousand first."),
    ("Ring 432-1187 after six.", "Ring four three two, one one eight seven after six."),
    # an emergency number's shape followed by what was counted
    ("The prosecution called 112 witnesses.",
     "The prosecution called one hundred and twelve witnesses."),
    ("The ringers rang 101 changes at dawn.",
     "The ringers rang one hundred and one changes at dawn."),
    ("Dial 999 and wait.", "Dial nine nine nine and wait."),
    # "on" and a slash: odds after a bet, a score after a mark, 24/7
    ("He put a fiver on 7/2 and lost it.", "He put a fiver on seven to two and lost it."),
    ("She backed the mare on 5/1 at the last.", "She backed the mare on five to one at the"
     " last."),
    ("The nurses are on 24/7 call.", "The nurses are on twenty-four seven call."),
    ("He scored 6/10 in June and on 9/10 in July.",
     "He scored six out of ten in June and on nine out of ten in July."),
    # a fraction before "can" and "year olds"
    ("Of the class, 1/2 can swim and 1/4 can knit.",
     "Of the class, one half can swim and one quarter can knit."),
    ("Add 1/2 can tomatoes.", "Add half a can of tomatoes."),
    ("Stories for 4/5 year olds.", "Stories for four to five year olds."),
    # years that were counts: people asked, seats, a study's samples, measures, lengths
    ("Of the 2023 Canadians polled, few agreed.",
     "Of the two thousand and twenty-three Canadians polled, few agreed."),
    ("The barn had seats for 1450 and room for more.",
     "The barn had seats for one thousand four hundred and fifty and room for more."),
    ("In 1048 samples the marker was found.",
     "In one thousand and forty-eight samples the marker was found."),
    ("In 1350 patients the drug failed.",
     "In one thousand three hundred and fifty patients the drug failed."),
    ("Between 2010 and 2060 calories is plenty.",
     "Between two thousand and ten and two thousand and sixty calories is plenty."),
    ("The lamp lasts about 2000 hours.", "The lamp lasts about two thousand hours."),
    ("The desk is staffed from 0900 to 1700 daily.",
     "The desk is staffed from oh nine hundred to seventeen hundred daily."),
]  # fmt: skip


@pytest.mark.parametrize(("written", "said"), MENDED)
def test_todays_rules_misfire_no_more(written: str, said: str) -> None:
    assert to_spoken(written) == said


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He upgraded to Python 3.12 last week.",
         "He upgraded to Python three point twelve last week."),
        ("Version 10.15 of macOS was the last.",
         "Version ten point fifteen of macOS was the last."),
        ("Windows 3.11 was old.", "Windows three point eleven was old."),
        # a price or a measure is still a decimal
        ("It costs 3.12 dollars.", "It costs three point one two dollars."),
    ],
)  # fmt: skip
def test_a_version_after_its_products_name_is_said_as_a_version(text: str, expected: str) -> None:
    assert to_spoken(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I am writing this on 22.03.2024 at home.",
         "I am writing this on the twenty-second of March twenty twenty-four at home."),
        ("She was born 12.03.1980.", "She was born the twelfth of March nineteen eighty."),
        # a version stays a version
        ("Version 2.10.2020 ships today.",
         "Version two point ten point two thousand and twenty ships today."),
    ],
)  # fmt: skip
def test_a_dotted_european_date_is_a_date(text: str, expected: str) -> None:
    assert to_spoken(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The map was 1:50,000.", "The map was one to fifty thousand."),
        ("Ratios 1:2, 1:3 and 1:4.", "Ratios one to two, one to three and one to four."),
        ("We met at 10:30 by the gate.", "We met at ten thirty by the gate."),
    ],
)  # fmt: skip
def test_a_maps_scale_with_its_thousands_is_a_ratio(text: str, expected: str) -> None:
    assert to_spoken(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It turns over 10⁶ s⁻¹.", "It turns over ten to the sixth per second."),
        ("The charge is 1.602 × 10⁻¹⁹ C.",
         "The charge is one point six zero two times ten to the minus nineteenth C."),
        ("Some 10^6 cells.", "Some ten to the sixth cells."),
        ("Density is 5.35 g cm⁻³ here.",
         "Density is five point three five grams per cubic centimetre here."),
        ("The δ¹³C excursions were large.", "The delta carbon-thirteen excursions were large."),
        ("The ¹⁴C date fits.", "The carbon-fourteen date fits."),
        ("²³⁸U decays slowly.", "Uranium-two thirty-eight decays slowly."),
        ("Ca²⁺ influx and Cl⁻ ions.", "Calcium two-plus influx and chloride ions."),
        # a grade after "a", "an" or "grade"; an ion after "ion"
        ("My grade was a B⁺ in physics and an A⁻ in chemistry.",
         "My grade was a B plus in physics and an A minus in chemistry."),
        ("The B⁺ ion formed.", "The boron plus ion formed."),
        ("It gave χ²(2) = 7.81.", "It gave chi-squared(two) equals seven point eight one."),
        # near misses: squares, cubes and a plain ten stay as they were
        ("The area is 8 km² and x² grows.",
         "The area is eight square kilometres and x squared grows."),
        ("A 10 m rope.", "A ten-metre rope."),
        ("Only 10 of them came.", "Only ten of them came."),
    ],
)  # fmt: skip
def test_exponents_isotopes_and_ions(text: str, expected: str) -> None:
    assert to_spoken(text, "en") == expected
