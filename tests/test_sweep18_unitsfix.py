"""Sweep 18, units, times and dates in practical books (prac18 #1-#7, #9, #10, #15, #19,
#22; teach18 #11): a slash after a unit or money is "per", a blood pressure is "over", a
"(>60" keeps its sign, a race's time and a drill's seconds are said as a coach says them,
opening hours and month spans keep their "to", an oven's bare "200C" is degrees, a
fraction of an inch before its noun is one word, and U+2212 is "minus". Each hit with a
near miss beside it."""

from __future__ import annotations

import pytest

from audiobook.text.normalize import to_spoken

HITS = [
    # 1. a slash after a unit or money is "per"; a blood pressure is "over"
    ("A supplement is 1,000–2,000 IU/day.",
     "A supplement is one thousand to two thousand international units per day."),
    ("Levels below 20 ng/mL are low.", "Levels below twenty nanograms per millilitre are low."),
    ("Entry is $25/vehicle.", "Entry is twenty-five dollars per vehicle."),
    ("VO2 max (ml/kg/min) is the measure.",
     "VO2 max (millilitres per kilogram per minute) is the measure."),
    ("The sun gives about 1,000 W/m2 at noon.",
     "The sun gives about one thousand watts per square metre at noon."),
    ("Forests make 1,200 g/m2/yr.", "Forests make one thousand two hundred grams per square "
     "metre per year."),
    ("NPP in kcal/m2/yr.", "NPP in kilocalories per square metre per year."),
    ("Anything above 180/120 mm Hg is a crisis.",
     "Anything above one eighty over one twenty millimetres of mercury is a crisis."),
    ("For example 120/80 mmHg.", "For example one twenty over eighty millimetres of mercury."),
    ("A reading of 135/85 is high.", "A reading of one thirty-five over eighty-five is high."),
    ("My blood pressure went from 162/98 to 128/82.",
     "My blood pressure went from one sixty-two over ninety-eight to one twenty-eight over "
     "eighty-two."),
    ("It fell by 11 mmHg.", "It fell by eleven millimetres of mercury."),
    # 2. a comparison's sign after a bracket
    ("Your eGFR (>60 mL/min/1.73m²) is normal.",
     "Your eGFR (greater than sixty millilitres per minute per one point seven three square "
     "metres) is normal."),
    ("The limit (<30 mL/min) matters.",
     "The limit (less than thirty millilitres per minute) matters."),
    # 3. race times and a drill's seconds
    ("My 1500m PB was 4:31.2 then.", "My one thousand five hundred metres PB was four "
     "thirty-one point two then."),
    ("He ran a 3:59.4 mile.", "He ran a three fifty-nine point four mile."),
    ("His 10K had dropped from 41:20 to 38:05 in a year.",
     "His ten K had dropped from forty-one twenty to thirty-eight oh five in a year."),
    ("Plank 3 x 45s, then 6 x 400m with 60s jog recovery.",
     "Plank three x forty-five seconds, then six by four hundred metres with sixty-second jog "
     "recovery."),
    ("Do 15 x 30m on 30s, rest 90s between sets.",
     "Do fifteen by thirty metres on thirty seconds, rest ninety seconds between sets."),
    ("Wall sit: hold 45s. Then stretch.", "Wall sit: hold forty-five seconds. Then stretch."),
    # 4. opening hours and month spans
    ("Open daily 9am–6.30pm.", "Open daily nine a.m. to six thirty p.m."),
    ("Sun–Thu noon–midnight, Fri noon–3pm.",
     "Sunday to Thursday noon to midnight, Friday noon to three p.m."),
    ("Lunch Mon–Fri 12.30–2pm.", "Lunch Monday to Friday twelve thirty to two p.m."),
    ("Daily 12–3, 7.30–midnight.", "Daily twelve to three, seven thirty to midnight."),
    ("Ticket €32 (€28 Nov–Mar).", "Ticket thirty-two euros (twenty-eight euros November to "
     "March)."),
    ("Rates as of (Jan 2024 rates).", "Rates as of (January twenty twenty-four rates)."),
    ("Open Apr–Oct Tue–Sun.", "Open April to October Tuesday to Sunday."),
    ("The gardens (Mar-Oct till 6pm) are lovely.",
     "The gardens (March to October till six p.m.) are lovely."),
    ("Open 1 Apr–1 Nov daily.", "Open the first of April to the first of November daily."),
    ("Plant garlic in mid-Oct. if you can.", "Plant garlic in mid-October if you can."),
    ("Late opening Fri until 9pm.", "Late opening Friday until nine p.m."),
    # 5. an oven's bare degrees; a fraction of an inch before its noun
    ("Preheat the oven to 200C (fan 180C).",
     "Preheat the oven to two hundred degrees Celsius (fan one hundred and eighty degrees "
     "Celsius)."),
    ('Pre-drill 1/8" pilot holes.', "Pre-drill eighth-inch pilot holes."),
    ('Drill 1/2" holes with a 5/16" drill bit.',
     "Drill half-inch holes with a five-sixteenth-inch drill bit."),
    # 6. the minus sign
    ("Your maximum is roughly 220 − age.", "Your maximum is roughly two hundred and twenty "
     "minus age."),
]  # fmt: skip

NEAR_MISSES = [
    # 1. words round a slash are still "or"; a choice of systems stays "or"
    ("Use he/she and and/or sparingly; either/or is a choice.",
     "Use he or she and and or sparingly; either or is a choice."),
    ("Give weight in lb/kg and time in hrs/mins.",
     "Give weight in lb or kg and time in hrs or mins."),
    ("Tickets €12/€8 concessions.", "Tickets twelve euros or eight euros concessions."),
    ("Served w/milk.", "Served with milk."),
    ("The score was 120/80 at half time.", "The score was one hundred and twenty slash "
     "eighty at half time."),
    ("The glossary: mmHg, millimetres of mercury.",
     "The glossary: mmHg, millimetres of mercury."),
    # 2. a bracket's "<" with no figure after it
    ("Use the arrow (<-) and a = (>x).", "Use the arrow (-) and a equals (x)."),
    # 3. a clock, a score, a decade, a record, a verse
    ("We left at 7:00 p.m. and were back by 9:30.",
     "We left at seven p.m. and were back by nine thirty."),
    ("The score at 41:20 in the second half.", "The score at forty-one to twenty in the "
     "second half."),
    ("She grew up in the 60s, and he was in his 60s then.",
     "She grew up in the sixties, and he was in his sixties then."),
    ("He played 45s on the jukebox.", "He played forty-five s on the jukebox."),
    ("It cost him 15s. Then he left.", "It cost him fifteen shillings. Then he left."),
    # 4. a date's month, a dotted decimal, a verb
    ("I will march on. Mar 3 was cold.", "I will march on. March third was cold."),
    ("The ratio was 7.30 to 1.", "The ratio was seven point three zero to one."),
    ("She sat 20 minutes by the fire.", "She sat twenty minutes by the fire."),
    # 5. a model's number; a fraction of an inch before a measure's word
    ("The Canon 200C is a camera.", "The Canon two hundred C is a camera."),
    ('The board is 3/4" thick, the gaps 1/4" apart.',
     "The board is three quarters of an inch thick, the gaps a quarter inch apart."),
    ('#8 x 1-1/4" wood screws', "number eight by one and a quarter inches wood screws"),
    # 6. a hyphen between words
    ("a well-known rule", "a well-known rule"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "said"), HITS)
def test_practical_units_times_and_dates_are_said_as_a_narrator_says_them(
    text: str, said: str
) -> None:
    assert to_spoken(text) == said


@pytest.mark.parametrize(("text", "said"), NEAR_MISSES)
def test_their_look_alikes_stay_as_they_were(text: str, said: str) -> None:
    assert to_spoken(text) == said


def test_american_spelling_of_the_new_units() -> None:
    assert to_spoken("For example 120/80 mmHg.", "en-us") == (
        "For example one twenty over eighty millimeters of mercury."
    )
