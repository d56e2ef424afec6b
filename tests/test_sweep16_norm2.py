"""Sweep 16, second normalization pass (non-fiction and modern manuscripts): slashes,
technical numbers, unit symbols, abbreviations, halves and handles. Each mend has a hit
(read wrongly before) and a near miss (a look-alike left as it was)."""

from __future__ import annotations

import pytest

from audiobook.text.normalize import to_spoken
from audiobook.text.segment import sentences


def said(text: str) -> str:
    return " | ".join(to_spoken(s, "en") for s in sentences(text, "en"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # slashes: both figures said, a formula's quotient, a rate's unit, two speeds
        ("ICU beds: 12/12.", "I C U beds: twelve out of twelve."),
        ("The box is filed as (MC 14/3) today.",
         "The box is filed as (MC fourteen slash three) today."),
        ("It ran over the year 1999/2000.",
         "It ran over the year nineteen ninety-nine to two thousand."),
        ("ΔF = 5.35 × ln(C/C0) W/m² for carbon.",
         "delta F equals five point three five times ln(C over C0) watts per square metre "
         "for carbon."),
        ("Forcing is measured in W/m² today.",
         "Forcing is measured in watts per square metre today."),
        ("You get (say, 200 Mbps down/20 Mbps up) on cable.",
         "You get (say, two hundred megabits per second down, twenty megabits per second up) "
         "on cable."),
        # technical numbers
        ("Routers support 802.11n, 802.11ac and 802.11ax now.",
         "Routers support eight oh two dot eleven N, eight oh two dot eleven A C and eight oh "
         "two dot eleven A X now."),
        ("Type 192.168.1.1 in the browser.",
         "Type one nine two dot one six eight dot one dot one in the browser."),
        ("Set DNS to 8.8.8.8 now.", "Set DNS to eight dot eight dot eight dot eight now."),
        ("See https://doi.org/10.1002/ejsp.674 for more.",
         "See doi dot org slash ten dot one zero zero two slash ejsp dot six seven four for "
         "more."),
        ("Emergency: 112 (EU), 999 (UK), 911 (US).",
         "Emergency: one one two (EU), nine nine nine (UK), nine one one (US)."),
        ("The crisis line became 988 in 2022.",
         "The crisis line became nine eight eight in twenty twenty-two."),
        # a formula's glued factors, unit symbols
        ("Then E = ½mv² holds.", "Then E equals one half m v squared holds."),
        ("About 25.3 TWh a year at 1 atm.",
         "About twenty-five point three terawatt hours a year at one atmosphere."),
        ("Speeds of 300–600 Mbps are common.",
         "Speeds of three hundred to six hundred megabits per second are common."),
        ("All temperatures are given in °F with °C in parentheses.",
         "All temperatures are given in Fahrenheit with Celsius in parentheses."),
        # abbreviations
        ("It keeps 3 mo. in the freezer.", "It keeps three months in the freezer."),
        ("I ate pancakes for 3 wks. straight.", "I ate pancakes for three weeks straight."),
        ("They got refunds (avg. $3,167 in 2023) last year.",
         "They got refunds (average three thousand one hundred and sixty-seven dollars in "
         "twenty twenty-three) last year."),
        ("Send it to 1600 Glenarm Pl. in Denver.",
         "Send it to sixteen hundred Glenarm Place in Denver."),
        ("Critics such as Sen. Robert Taft objected.",
         "Critics such as Senator Robert Taft objected."),
        ("Thanks to Priya Nair, at Nair & Co. Literary; and to Luis.",
         "Thanks to Priya Nair, at Nair and Company Literary; and to Luis."),
        ("Rua das Carretas 33; tel. +34 981 568 846 is the place.",
         "Rua das Carretas thirty-three; telephone plus three four, nine eight one, five six "
         "eight, eight four six is the place."),
        # halves and sums before a noun
        ("Add ½ apple, grated.", "Add half an apple, grated."),
        ("Use the juice of ½ lime.", "Use the juice of half a lime."),
        ("Use about ½ as much.", "Use about half as much."),
        ("Moisten with ½ a pint of water.", "Moisten with half a pint of water."),
        ("It is about 1/2 that of Switzerland.", "It is about half that of Switzerland."),
        ("An unexpected $400 expense hit.", "An unexpected four hundred-dollar expense hit."),
        # versions and handles
        ("Version v2.0 shipped last year.", "Version two point zero shipped last year."),
        ("Follow her on Instagram at @nurse.teresa for news.",
         "Follow her on Instagram at nurse dot teresa for news."),
    ],
)
def test_hits(text: str, expected: str) -> None:
    assert said(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It was 2/3 of it.", "It was two thirds of it."),
        ("Answer (y/n) now.", "Answer (y or n) now."),
        ("The up/down arrows work.", "The up or down arrows work."),
        ("It gives 3.7 W/m² more.", "It gives three point seven watts per square metre more."),
        ("See section 1.2.3.4 for that.",
         "See section one point two point three point four for that."),
        ("It was 2.1.3 then.", "It was two point one point three then."),
        ("See doi:10.1017/S0018 too.", "See D O I ten point one zero one seven slash S0018 too."),
        ("The line had 999 people in it.",
         "The line had nine hundred and ninety-nine people in it."),
        ("The emergency lasted 112 days.", "The emergency lasted one hundred and twelve days."),
        ("See line 112.", "See line one hundred and twelve."),
        ("It was 72 °F and 20° C.",
         "It was seventy-two degrees Fahrenheit and twenty degrees Celsius."),
        ("A 12mo volume.", "A duodecimo volume."),
        ("He worked for Smith & Co. Then, he left.",
         "He worked for Smith and Company. | Then, he left."),
        ("John Smith Sen. was there.", "John Smith Sen. was there."),
        ("The glass was ½ full.", "The glass was one half full."),
        ("Add ½ cup oats.", "Add half a cup of oats."),
        ("Add 1½ cups.", "Add one and a half cups."),
        ("The total $400 was paid.", "The total four hundred dollars was paid."),
        ("We shipped v2.0 last year.", "We shipped version two point zero last year."),
        ("Ping @janedoe now.", "Ping at janedoe now."),
        ("See 9/11 of it.", "See nine elevenths of it."),
        ("Her blood pressure was 120/80 today.",
         "Her blood pressure was one twenty over eighty today."),
    ],
)
def test_near_misses(text: str, expected: str) -> None:
    assert said(text) == expected
