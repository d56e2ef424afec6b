"""Words publishers' books print that a narrator says differently: street addresses,
blood pressures and roof pitches, drug rates, queens, lettered clauses, money before a
noun, account digits, ranges to the present, telegrams; and sentences that an
abbreviation's dot must not end."""

import pytest

from audiobook.text.normalize import spoken_title, to_spoken
from audiobook.text.segment import sentences

SAID_US = [
    # a street number, and a compass letter before a street's name
    ("The agency rented rooms at 220 W. Madison St. on the fourth floor.",
     "The agency rented rooms at two twenty West Madison Street on the fourth floor."),
    ("Meet me at 1400 S. Halsted Ave. tonight.",
     "Meet me at fourteen hundred South Halsted Avenue tonight."),
    ("We walked up N. Clark St. in the rain.", "We walked up North Clark Street in the rain."),
    ("Her office was at 305 E. Ontario St. by the lake.",
     "Her office was at three oh five East Ontario Street by the lake."),
    # blood pressure; a roof's pitch
    ("Her blood pressure was 78/40 and falling.",
     "Her blood pressure was seventy-eight over forty and falling."),
    ("His BP 142/91 worried the nurse.", "His BP one forty-two over ninety-one worried the nurse."),
    ("We framed a 12/12 pitch over the porch.", "We framed a twelve-twelve pitch over the porch."),
    ("The shed has a 4/12 roof pitch.", "The shed has a four-twelve roof pitch."),
    # drug rates
    ("Start the drip at 40 mcg/min and titrate.",
     "Start the drip at forty micrograms per minute and titrate."),
    ("Run it at 0.5 mcg/kg/min for now.",
     "Run it at zero point five micrograms per kilogram per minute for now."),
    ("The patch gives 25 mcg/hr of the drug.",
     "The patch gives twenty-five micrograms per hour of the drug."),
    ("The range is 0.1-0.3 mcg/kg/min in adults.",
     "The range is zero point one to zero point three micrograms per kilogram per minute in"
     " adults."),
    # a ruler whose name is not in the regnal list, after her title
    ("Queen Isolde III ruled the northern isles.",
     "Queen Isolde the Third ruled the northern isles."),
    ("The reign of King Aldric II was short.", "The reign of King Aldric the Second was short."),
    # a retirement plan; a section's lettered clause
    ("He rolled his 401(k) into an annuity.", "He rolled his four-oh-one-k into an annuity."),
    ("Teachers pay into a 403(b) instead.", "Teachers pay into a four-oh-three-b instead."),
    ("Under section 14(b) the state may ban it.", "Under section fourteen B the state may ban it."),
    # money before a noun, as one word
    ("He left a $10 tip on the counter.", "He left a ten-dollar tip on the counter."),
    ("She slid two £5 notes across the bar.", "She slid two five-pound notes across the bar."),
    ("A $100 bill fell out.", "A hundred-dollar bill fell out."),
    ("The $10 he owed was gone.", "The ten dollars he owed was gone."),
    ("The $20 spent on lunch was wasted.", "The twenty dollars spent on lunch was wasted."),
    ("He paid $10 for it.", "He paid ten dollars for it."),
    # account digits
    ("Use the acct. no. ending 4471 to pay.", "Use the account number ending four four seven one"
     " to pay."),
    ("The card ending in 0932 was declined.",
     "The card ending in zero nine three two was declined."),
    # a range to the present
    ("She has chaired the board 1959–present.",
     "She has chaired the board nineteen fifty-nine to the present."),
    # a telegram's break
    ("ARRIVED BATH = HAVE ROOMS AT INN STOP", "ARRIVED BATH, HAVE ROOMS AT INN STOP"),
    # other places
    ("Born in Naas, Co. Kildare, in the spring.", "Born in Naas, County Kildare, in the spring."),
    ("The village (pop. 1,140) lies west.", "The village (population one thousand one hundred"
     " forty) lies west."),
    ("He wore a ring no. DX40917 on a chain.", "He wore a ring number DX40917 on a chain."),
]

LEFT_ALONE = [
    "On 12/12 we sang carols.",  # a date
    "Add 3/4 cup of flour.",  # a fraction
    "Solve for x when A = B holds.",  # algebra, not a telegram
    "The cost was 1,140 dollars.",
    "She walked W. along the wall.",  # no street name follows
    "I said no. Then I left.",
    "Anna E. Clark Street is her pen name.",  # a middle initial
]


@pytest.mark.parametrize(("written", "said"), SAID_US)
def test_said_as_a_narrator_says_it(written: str, said: str) -> None:
    assert to_spoken(written, "en-us") == said


@pytest.mark.parametrize("written", LEFT_ALONE)
def test_left_as_it_was(written: str) -> None:
    assert "over" not in to_spoken(written, "en-us")
    assert "North" not in to_spoken(written, "en-us") and "West" not in to_spoken(written, "en-us")


def test_left_alone_reads_as_before() -> None:
    assert "twelve-twelve" not in to_spoken("On 12/12 we sang carols.", "en-us")
    assert to_spoken("Add 3/4 cup of flour.", "en-us") == "Add three quarters of a cup of flour."
    said = to_spoken("Solve for x when A = B holds.", "en-us")
    assert said == "Solve for x when A equals B holds."


def test_a_year_ending_stays_a_year() -> None:
    said = to_spoken("In the year ending 1959 sales fell.", "en-us")
    assert "one nine five nine" not in said  # how the year rules read it is theirs


def test_street_heading() -> None:
    assert spoken_title("N. Clark St.", "en-us") == "North Clark Street."
    assert spoken_title("1400 N. Clark St.", "en-us") == "Fourteen hundred North Clark Street."


def test_queen_heading() -> None:
    assert spoken_title("Queen Isolde III", "en-us") == "Queen Isolde the Third."


ONE_SENTENCE = [
    "She was born in Naas, Co. Kildare, in the spring.",
    "He wore a ring no. DX40917 on a chain.",
    "At 4:05 a.m. I cried for the first time in years.",
    "Smith J. Crit. Care Med. 2009;37:12-19.",
    "Brown K. N. Engl. J. Med. 1998;339:1-7.",
    "The village, pop. 1,140, lies west.",
]


@pytest.mark.parametrize("paragraph", ONE_SENTENCE)
def test_not_cut(paragraph: str) -> None:
    assert sentences(paragraph) == [paragraph]


TWO_SENTENCES = [
    ("We left at 6 a.m. I was still asleep.", 2),
    ("He founded Smith & Co. Then he sold it.", 2),
    ("I said no. Then I left.", 2),
]


@pytest.mark.parametrize(("paragraph", "count"), TWO_SENTENCES)
def test_true_ends_still_cut(paragraph: str, count: int) -> None:
    assert len(sentences(paragraph)) == count
