"""The numbers and shorthand of practical books (cookbooks, gardening, DIY, running and
fitness plans, personal finance) as a narrator says them: fraction glyphs before a unit,
metric and imperial pairs, foot and inch marks, sizes, race times and paces, "per"
slashes, spans before a unit, and abbreviations such as "fl. oz.", "w/" and "p.a.".
Each list is followed by near misses that must keep their ordinary reading.
Every line here is made up."""

from __future__ import annotations

import pytest

from audiobook.text.normalize import to_spoken
from audiobook.text.segment import sentences

PRACTICAL = [
    ("½ tsp smoked paprika", "half a teaspoon of smoked paprika"),
    ("1½ lb Yukon Gold potatoes", "one and a half pounds Yukon Gold potatoes"),
    (
        "Shape into a round about 4cm/1½in deep.",
        "Shape into a round about four centimeters, or one and a half inches deep.",
    ),
    ("100g (3½oz) grated Cheddar", "one hundred grams (three and a half ounces) grated Cheddar"),
    ('Slice the onions ½" thick.', "Slice the onions half an inch thick."),
    (
        "Ladle into hot jars, leaving ¼-in. headspace.",
        "Ladle into hot jars, leaving quarter-inch headspace.",
    ),
    ("225g/8oz unsalted butter", "two hundred twenty-five grams, or eight ounces unsalted butter"),
    ("Makes one 20cm/8in cake.", "Makes one twenty centimeters, or eight inches cake."),
    (
        "150ml/¼ pint double cream",
        "one hundred fifty milliliters, or a quarter of a pint of double cream",
    ),
    ("400ml/14fl oz buttermilk", "four hundred milliliters, or fourteen fluid ounces buttermilk"),
    (
        "Run 20 minutes (approx. 2 mi / 3.2 km).",
        "Run twenty minutes (approximately two miles, or three point two kilometers).",
    ),
    (
        "Space plants 23cm (9in) apart.",
        "Space plants twenty-three centimeters (nine inches) apart.",
    ),
    (
        "Apply 70g per sq m (2oz per sq yd).",
        "Apply seventy grams per square meter (two ounces per square yard).",
    ),
    (
        "Keep beds no wider than 4' so you can reach the middle.",
        "Keep beds no wider than four feet so you can reach the middle.",
    ),
    (
        "Bring a 25' tape measure and a 2' level.",
        "Bring a twenty-five-foot tape measure and a two-foot level.",
    ),
    ("- 25' tape measure", "- twenty-five-foot tape measure"),
    (
        '(24) #10 x 3" exterior deck screws',
        "(twenty-four) number ten by three inches exterior deck screws",
    ),
    ('Identical to within 1/32".', "Identical to within a thirty-second of an inch."),
    (
        'Usually a 3/32" or 7/64" Allen key.',
        "Usually a three thirty-seconds of an inch or seven sixty-fourths of an inch Allen key.",
    ),
    ('#8 x 1-1/4" wood screws', "number eight by one and a quarter inches wood screws"),
    ("8/4 hard maple", "eight-quarter hard maple"),
    ("Your goal time might be 35:00.", "Your goal time might be thirty-five minutes."),
    ("You'd finish in 2:00:00 or so.", "You'd finish in two hours or so."),
    (
        "She ran 1:44:52 last year.",
        "She ran one hour, forty-four minutes and fifty-two seconds last year.",
    ),
    (
        "Most beginners run 12:00–13:30/mile (7:27–8:23/km).",
        "Most beginners run twelve to thirteen thirty per mile"
        " (seven twenty-seven to eight twenty-three per kilometer).",
    ),
    ("That is 11:16/mi.", "That is eleven sixteen per mile."),
    ("Sear 1–2 min/side.", "Sear one to two minutes per side."),
    ("Dead bug 2 x 12 (6/side)", "Dead bug two by twelve (six per side)"),
    ("Three days a week (Mon/Wed/Fri).", "Three days a week (Monday, Wednesday and Friday)."),
    ("Try the 50/30/20 rule.", "Try the fifty-thirty-twenty rule."),
    (
        "Your Personal Allowance for 2021/22 is fixed.",
        "Your Personal Allowance for twenty twenty-one to twenty-two is fixed.",
    ),
    ("A balanced 10-10-10 fertilizer.", "A balanced ten-ten-ten fertilizer."),
    ("Feed with NPK 4-2-8 monthly.", "Feed with NPK four-two-eight monthly."),
    ("1 (14.5-oz) can diced tomatoes", "one (fourteen point five-ounce) can diced tomatoes"),
    ("Use a 6-qt. slow cooker.", "Use a six-quart slow cooker."),
    ("32 fl. oz. chicken stock", "thirty-two fluid ounces chicken stock"),
    ("4 c. chicken stock", "four cups chicken stock"),
    (
        "1 pkg. (1.75 oz.) powdered fruit pectin",
        "one package (one point seven five ounces) powdered fruit pectin",
    ),
    (
        "Process pints 10 minutes; qts. 15 minutes.",
        "Process pints ten minutes; quarts fifteen minutes.",
    ),
    ("That is about 1.2 cu. yd. of soil.", "That is about one point two cubic yards of soil."),
    ("Spread 1 lb per 100 sq. ft. of bed.", "Spread one pound per one hundred square feet of bed."),
    (
        "3 bd. ft. of walnut and 22 lin. ft. of trim",
        "three board feet of walnut and twenty-two linear feet of trim",
    ),
    ('18-ga. x 1" brad nails', "eighteen-gauge by one inch brad nails"),
    ("Plank: 3 × 30–45 s", "Plank: three times thirty to forty-five seconds"),
    ('Let dry (less with 20-min "hot mud").', 'Let dry (less with twenty-minute "hot mud").'),
    (
        "6 x 400m w/ 400m jog recovery",
        "six by four hundred meters with four hundred meters jog recovery",
    ),
    ("Taper in wk 11.", "Taper in week eleven."),
    ("Fees of 1% p.a. add up.", "Fees of one percent a year add up."),
    ("At 4.65p per kWh it is cheap.", "At four point six five pence per kWh it is cheap."),
    (
        "Replace a 15A outlet on a 20A circuit.",
        "Replace a fifteen-amp outlet on a twenty-amp circuit.",
    ),
    ("Torque to 12 in-lbs.", "Torque to twelve inch-pounds."),
    ('Apply it with a 6" knife.', "Apply it with a six-inch knife."),
    ("Costs $15–20 in materials.", "Costs fifteen to twenty dollars in materials."),
    ('Feathering 3–4" beyond the patch.', "Feathering three to four inches beyond the patch."),
    ('For holes 1"–6" across.', "For holes one to six inches across."),
    ("Cut steaks 1½–2″ thick.", "Cut steaks one and a half to two inches thick."),
    ("Bulk ferment 3½–4 hrs.", "Bulk ferment three and a half to four hours."),
    (
        "Sow 5–7.5cm (2–3in) deep.",
        "Sow five to seven point five centimeters (two to three inches) deep.",
    ),
    ("Easy runs at 9:30–10:15/mi.", "Easy runs at nine thirty to ten fifteen per mile."),
    (
        'Ease the edges with a 1/4"-radius roundover bit.',
        "Ease the edges with a quarter-inch-radius roundover bit.",
    ),
    ('Pre-drill with a 1/8" bit.', "Pre-drill with an eighth-inch bit."),
    ('A rimmed 18" x 13" baking sheet', "A rimmed eighteen by thirteen inches baking sheet"),
    (
        "A raised bed 4 ft x 8 ft (1.2 m x 2.4 m)",
        "A raised bed four feet by eight feet (one point two meters by two point four meters)",
    ),
    (
        'Overall size: 36" W x 72" H x 11-1/4" D',
        "Overall size: thirty-six inches wide by seventy-two inches high"
        " by eleven and a quarter inches deep",
    ),
    (
        "an 18 x 28cm (7 x 11in) tin",
        "an eighteen by twenty-eight centimeters (seven by eleven inches) tin",
    ),
    ("Cut two of the 2x6s in half.", "Cut two of the two-by-sixes in half."),
    ("Check the model # before you go.", "Check the model number before you go."),
    (
        "Switching from a £45/mo. phone contract helps.",
        "Switching from a forty-five pounds a month phone contract helps.",
    ),
    ("~ 1 ~", "One"),
]

NEAR_MISSES = [
    ("She turned 59½ last spring.", "She turned fifty-nine and a half last spring."),
    ("Add ½ in the bowl.", "Add one half in the bowl."),
    ("Give 250mg/5ml twice a day.", "Give two hundred fifty mg or five milliliters twice a day."),
    (
        "Cut four 4' end pieces from 8' long boards.",
        "Cut four four-foot end pieces from eight feet long boards.",
    ),
    ("'Take gate 4' she said.", "'Take gate four' she said."),
    ("In the '90s it was 4' high.", "In the nineties it was four feet high."),
    ("He was 3/4 done.", "He was three quarters done."),
    ("Meet me at 5:30:00 sharp.", "Meet me at five thirty and zero seconds sharp."),
    ("It was 11:30 at night.", "It was eleven thirty at night."),
    ("A 3:1 ratio and a 50:50 chance.", "A three to one ratio and a fifty to fifty chance."),
    ("Train 5 days/week.", "Train five days a week."),
    ("The 10/12/14 meeting.", "The October twelfth, fourteen meeting."),
    ("In 2021/25 it changed.", "In 2021/twenty-five it changed."),
    ("Call 555-123-4567 today.", "Call five five five, one two three, four five six seven today."),
    ("A plan A outlet.", "A plan A outlet."),
    ("It costs $5-$10.", "It costs five dollars to ten dollars."),
    ("A 2x4 stud.", "A two by four stud."),
    ("3 x 4 = 12", "three times four equals twelve"),
    ("About ~30 minutes.", "About about thirty minutes."),
]


@pytest.mark.parametrize(("line", "said"), PRACTICAL)
def test_a_practical_books_measures_are_said_as_a_narrator_says_them(line: str, said: str) -> None:
    assert to_spoken(line, "en-us") == said


@pytest.mark.parametrize(("line", "said"), NEAR_MISSES)
def test_near_misses_keep_their_ordinary_reading(line: str, said: str) -> None:
    assert to_spoken(line, "en-us") == said


REVIEWED_NEAR_MISSES = [
    # a closing quote after a figure is no foot mark: a quoted number, a song, a minute
    ("‘1966’ was all he had written.", "‘nineteen sixty-six’ was all he had written."),
    ("'Give 'em 4', said Jack.", "'Give 'em four', said Jack."),
    ("She had sung ‘19’ at the disco.", "She had sung ‘nineteen’ at the disco."),
    ("“He only said ‘9’ and left,” Mum said.", "“He only said ‘nine’ and left,” Mum said."),
    ("It's nearly 4’, she said.", "It's nearly four’, she said."),
    ("'We'll need 'em by 6'", "'We'll need 'em by six'"),
    ("(Hughes 45’, Morgan 89’)", "(Hughes forty-five’, Morgan eighty-nine’)"),
    ("He added 4’ of stoppage time.", "He added four’ of stoppage time."),
    # ... while a size word, a noun or another side still makes it feet
    ("The boys were 6' tall.", "The boys were six feet tall."),
    ("He bought a 6' ladder.", "He bought a six-foot ladder."),
    ("The kitchen is 12' 6\" by 10'.", "The kitchen is twelve feet six inches by ten feet."),
    # a clock's h:mm:ss is the time of day; only a race's word makes it a duration
    (
        "The clock read 11:59:59 when he came in.",
        "The clock read eleven fifty-nine and fifty-nine seconds when he came in.",
    ),
    (
        "The microwave clock read 12:00:00.",
        "The microwave clock read twelve o'clock and zero seconds.",
    ),
    ("The timestamp: 02:14:37.", "The timestamp: two fourteen and thirty-seven seconds."),
    ("a time of 3:59:59", "a time of three hours, fifty-nine minutes and fifty-nine seconds"),
    # 24:00 after a clock's word is midnight, not a race's minutes
    ("The clubhouse shut at 24:00.", "The clubhouse shut at twenty-four hundred."),
    (
        "Curfew ran from 22:00 to 24:00.",
        "Curfew ran from twenty-two hundred to twenty-four hundred.",
    ),
    ("Cut his time to 24:00.", "Cut his time to twenty-four minutes."),
    # 1/1000 is a map's scale only near a map, a shutter speed near a camera
    ("I shot the fox at 1/1000.", "I shot the fox at one thousandth."),
    ("A 1/1000 second exposure", "A one thousandth second exposure"),
    ("The map was 1/25,000.", "The map was one to twenty-five thousand."),
    ("Only 1/1000 of the prints were good.", "Only 1/one thousand of the prints were good."),
    # an "x" is "by" only between sizes
    ("Been waiting so long x miss you", "Been waiting so long x miss you"),
    ("The 1999/00 season", "The nineteen ninety-nine to two thousand season"),
]


@pytest.mark.parametrize(("line", "said"), REVIEWED_NEAR_MISSES)
def test_ordinary_prose_near_the_practical_rules_reads_as_it_did(line: str, said: str) -> None:
    """What a reviewer found the day's foot, duration, scale and "x" rules misread in
    novels, memoirs and match reports, each read as before (or better)."""
    assert to_spoken(line, "en-us") == said


def test_british_spelling_and_and_in_a_metric_pair() -> None:
    assert to_spoken("225g/8oz caster sugar") == (
        "two hundred and twenty-five grams, or eight ounces caster sugar"
    )


def test_a_canning_books_dots_after_quarts_and_a_package_end_no_sentence() -> None:
    assert sentences("Process pints 10 minutes; qts. 15 minutes. Cool overnight.") == [
        "Process pints 10 minutes; qts. 15 minutes.",
        "Cool overnight.",
    ]
    assert sentences("Add 1 pkg. (1.75 oz.) pectin. Stir.") == [
        "Add 1 pkg. (1.75 oz.) pectin.",
        "Stir.",
    ]


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        ("It came to about US$122 in all.",
         "It came to about one hundred and twenty-two US dollars in all."),
        ("Rooms from A$40 a night.", "Rooms from forty Australian dollars a night."),
        ("HK$1,000 for the boat.", "one thousand Hong Kong dollars for the boat."),
        ("It cost $5.", "It cost five dollars."),  # near miss: a plain dollar
    ],
)  # fmt: skip
def test_a_dollar_named_by_its_country(text, spoken):
    assert to_spoken(text, "en") == spoken


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        ("- Bus, Lisbon–Seville: €38", "- Bus, Lisbon to Seville: thirty-eight euros"),
        ("We took the London–Paris train.", "We took the London to Paris train."),
        # near misses: two names joined by a dash, with no travel beside them
        ("the Smith–Jones report", "the Smith, Jones report"),
        ("the Michelson–Morley experiment", "the Michelson, Morley experiment"),
    ],
)  # fmt: skip
def test_a_dash_between_two_places_on_a_route_is_to(text, spoken):
    assert to_spoken(text, "en") == spoken
