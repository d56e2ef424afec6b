"""Sweep 16 (modern manuscripts and non-fiction): spoken forms a narrator would not get
wrong. Each mend has a hit (read wrongly before) and a near miss (a look-alike left as it
was)."""

from __future__ import annotations

import pytest

from audiobook.text.normalize import to_spoken
from audiobook.text.segment import sentences


def said(text: str) -> str:
    return " ".join(to_spoken(s, "en") for s in sentences(text, "en"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 1. a minus typed as an en dash
        ("A company with a –20% margin passes (60 + (–20) = 40).",
         "A company with a minus twenty percent margin passes (sixty plus (minus twenty) "
         "equals forty)."),
        ("Temperatures fell to –5 °C.", "Temperatures fell to minus five degrees Celsius."),
        # 2. a sum's scale as one letter, a title-case scale, currency codes
        ("It fell from $2.5B to $400M, then $1.2T.",
         "It fell from two point five billion dollars to four hundred million dollars, then "
         "one point two trillion dollars."),
        ("It was a $10B deal.", "It was a ten-billion-dollar deal."),
        ("The $4.2 Billion Mistake", "The four point two billion dollars Mistake"),
        ("They made $.5B in sales.", "They made point five billion dollars in sales."),
        ("A cafe con leche is EUR 1.50.", "A cafe con leche is one euro and fifty cents."),
        ("A bed costs EUR 6-12 a night.", "A bed costs six to twelve euros a night."),
        ("It was about GBP 1,270.", "It was about one thousand two hundred and seventy pounds."),
        ("It costs 20 EUR or CHF 4.50.",
         "It costs twenty euros or four Swiss francs and fifty centimes."),
        ("We paid USD 40.", "We paid forty US dollars."),
        # 3. a span of percentages
        ("Many paid 4.5%–5.0% APY.", "Many paid four point five to five point zero percent APY."),
        ("Some paid 5%-10%.", "Some paid five to ten percent."),
        # 4. emoji that carry the words
        ("She wore an I ♥ NY sweatshirt.", "She wore an I love NY sweatshirt."),
        ("HONK IF YOU ♥ JESUS.", "HONK IF YOU LOVE JESUS."),
        ("Jo sent no comment except a single 🙃.",
         "Jo sent no comment except a single upside-down face."),
        ("BEX: ❤️❤️❤️", "BEX: heart, heart, heart"),
        # 5. an address in a mail's header
        ("From: Ella M. <ellamarsh@gmail.com>", "From: Ella M., ellamarsh at gmail dot com"),
        # 6. shorthand of modern prose
        ("I did it b/c that's what you do.", "I did it because that's what you do."),
        ("Gas was $3.89/gal last week.",
         "Gas was three dollars and eighty-nine cents per gallon last week."),
        ("He eats $5 bills for breakfast.", "He eats five-dollar bills for breakfast."),
        ("She has 12K followers.", "She has twelve thousand followers."),
        ("There was one (1) very bad scene.", "There was one very bad scene."),
        ("You have thirty (30) days.", "You have thirty days."),
        ("It's a C-.", "It's a C minus."),
        ("Call 1-800-FLOWERS today.", "Call one eight hundred flowers today."),
        ("Account #4471-0092 was closed.",
         "Account number four four seven one, zero zero nine two was closed."),
        # 7. dotted month and weekday spans
        ("Over 6 months (Jan.–Jun. 2022) we worked Mon.–Fri., even on Sat. & Sun.",
         "Over six months (January to June twenty twenty-two) we worked Monday to Friday, "
         "even on Saturday and Sunday."),
        ("Best months: May-June, Sept.-Oct.", "Best months: May to June, September to October."),
    ],
)  # fmt: skip
def test_hits(text: str, expected: str) -> None:
    assert said(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 1. a range's dash and a parenthesis' dash stay as they were
        ("Ages 5–10 are welcome.", "Ages five to ten are welcome."),
        ("The war, 1939 –1945, ended.",
         "The war, nineteen thirty-nine to nineteen forty-five, ended."),
        ("He came – 20 men with him.", "He came, twenty men with him."),
        # 2. a letter after a space is no scale; a forex pair is no sum
        ("It cost $5 T-shirts included.", "It cost five dollars T-shirts included."),
        ("The GBP/USD rate moved.", "The GBP or USD rate moved."),
        # 3. a percentage before a hyphenated word
        ("It rose 5%-ish.", "It rose five percent-ish."),
        # 4. decorative emoji beside words go
        ("We ate 🍕 and danced 🎉 all night.", "We ate and danced all night."),
        ("Miss you ❤️ see you soon", "Miss you see you soon"),
        # 5. a quoted reply's line says the name alone
        ("On Mar 2, 2020, Marcus Bell <m.bell@hp.com> wrote:",
         "On March second, twenty twenty, Marcus Bell wrote:"),
        # 6.
        ("a b/c ratio", "a b or c ratio"),
        ("It cost $20/person.", "It cost twenty dollars a person."),
        ("two $5.50 bills", "two five dollars and fifty cents bills"),
        ("a 5K run on a 4K TV", "a five K run on a four K TV"),
        ("Section (1) applies to two (3) dogs.", "Section (one) applies to two (three) dogs."),
        ("A- and B-list actors", "A- and B-list actors"),
        ("Call 1-800-555-0199.", "Call one, eight zero zero, five five five, zero one nine nine."),
        ("pages #12-14", "pages number twelve to fourteen"),
        # 7. an undotted abbreviation is left to the reading of dates
        ("Jan-Mar", "January to March"),  # a span of months: said in full (sweep 18)
    ],
)  # fmt: skip
def test_near_misses(text: str, expected: str) -> None:
    assert said(text) == expected


def test_dotted_spans_are_one_sentence() -> None:
    assert len(sentences("We worked Mon.–Fri., even on Sat. & Sun. Then we rested.", "en")) == 2
