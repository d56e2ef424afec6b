"""Abbreviations a narrator reads straight on (titles and ranks before a name, an old
volume's numeral with its dot, a statute's year), and positions on a map: sentences are
not cut after them, and they are said as words. A sentence that really ends with one
still ends."""

from __future__ import annotations

import pytest

from audiobook.text.normalize import to_spoken
from audiobook.text.segment import sentences

from conftest import run_cli


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # French: "M." glued to the dash or quote that opens the line
        ("—M. Dufresne, dit-elle, vous attend au bac.", "fr"),
        ("'M. Dufresne est sur le quai', dit-elle.", "fr"),
        # Spanish and Portuguese: "Sr." after a capitalised word is still "señor", "senhor"
        ("Gracias, Sr. Ortega —dijo ella, y cerró la puerta.", "es"),
        ("Firmaron el acta: Sr. Ortega y Sra. Ruiz, vecinos del puerto.", "es"),
        ("Obrigada, Sr. Tavares, disse ela ao barqueiro.", "pt"),
        # English: a nun's "Sr." where no name comes before it; ranks before a name
        ("Nuns: Sr. Benedita (old, sharp) and Sr. Lúcia (young, seasick).", "en"),
        ("I met Lieut. Carr on the quay before the tide turned.", "en"),
        ("The reply was signed by Lieut.-Col. Anstey of the garrison.", "en"),
        ("Maj.-Gen. Ford sent Pte. Wilks to the Rt. Hon. Lord Ames.", "en"),
        # an old book's volume numeral with its own dot
        ("The survey is printed in vol. lxiii. of the Transactions.", "en"),
        ("The table is in vol. iii. p. 45 of the county history.", "en"),
        # a position at sea
        ("We were in lat. 42° 15' S., long. 70° W. at noon.", "en"),
        ("We were in lat. 42° 15' S. Long. 70° W. at noon.", "en"),
        ("At noon, latitude 47 deg. 30’, longitude 178 deg. 19’ W., a fresh gale.", "en"),
    ],
)
def test_no_sentence_ends_after_a_title_a_numeral_or_a_position(text, language):
    assert sentences(f"{text} Then stop.", language) == [text, "Then stop."]


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("He gave his rank as Lt. Then he sat down.", "He gave his rank as Lt."),
        ("He was made a Capt. He sailed in May.", "He was made a Capt."),
        ("John Smith Sr. He left.", "John Smith Sr."),
        ("We were in lat. 42° 15' S. Then the wind dropped.", "We were in lat. 42° 15' S."),
        ("The wall was a mile long. 40 men kept it.", "The wall was a mile long."),
        ("I have the second vol. Then he left.", "I have the second vol."),
        ("He sailed from Denver, Col. Then he went west.", "He sailed from Denver, Col."),
        ("It fills vol. ii. The third is lost.", "It fills vol. ii."),
    ],
)
def test_a_sentence_that_ends_with_the_abbreviation_still_ends(text, first):
    assert sentences(text) == [first, text[len(first) + 1 :]]


@pytest.mark.parametrize(
    ("text", "language", "spoken"),
    [
        # a nun is "Sister", a father's son's father "Senior"
        ("“We will be fine,” said Sr. Benedita, to nobody.", "en",
         "“We will be fine,” said Sister Benedita, to nobody."),
        ("Nuns: Sr. Benedita and Sr. Lúcia.", "en", "Nuns: Sister Benedita and Sister Lúcia."),
        ("Then Sr. Agnes rang the bell.", "en", "Then Sister Agnes rang the bell."),
        ("Henry Ford Sr. built the first one.", "en", "Henry Ford Senior built the first one."),
        # ranks, alone or joined, and a rank that ends its sentence
        ("Lieut.-Col. Anstey and Maj. Pryce", "en", "Lieutenant-Colonel Anstey and Major Pryce"),
        ("Adm. Hood, Cpl. Dunn and Pte. Wilks", "en",
         "Admiral Hood, Corporal Dunn and Private Wilks"),
        ("He gave his rank as Lt. Then he sat down.", "en",
         "He gave his rank as Lieutenant. Then he sat down."),
        ("He was made a Capt.", "en", "He was made a Captain."),
        ("Ask the Sgt. and the cook.", "en", "Ask the Sergeant and the cook."),
        ("the Rt. Hon. Lord Ames", "en", "the Right Honourable Lord Ames"),
        ("the Hon. Mrs. Grey", "en-us", "the Honorable Missus Grey"),
        ("the Hon. Sec. wrote", "en", "the Honorary Sec. wrote"),
        ("Capt. A. Hardy sailed.", "en", "Captain A. Hardy sailed."),
        # a place's "Col." (Colorado) after its name is no rank
        ("He sailed from Denver, Col. Then he went west.", "en",
         "He sailed from Denver, Col. Then he went west."),
        # an old volume's numeral, and a statute's year
        ("See vol. lxiii. of the Transactions.", "en",
         "See volume sixty-three of the Transactions."),
        ("vol. iii. p. 45", "en", "volume three page forty-five"),
        ("The Reform Act 1832 changed it.", "en", "The Reform Act eighteen thirty-two changed it."),
        ("under the Turnpike (Amendment) Act of 1742", "en",
         "under the Turnpike (Amendment) Act of seventeen forty-two"),
        ("in Act III of the play", "en", "in Act Three of the play"),
        # French "M." before a title, Portuguese titles before a name
        ("— Bonjour, M. le curé, dit-elle.", "fr", "Bonjour, Monsieur le curé, dit-elle."),
        ("M. l'abbé salua MM. les jurés.", "fr", "Monsieur l'abbé salua Messieurs les jurés."),
        ("Bom dia, Sr. Tavares e Sra. Moura.", "pt", "Bom dia, senhor Tavares e senhora Moura."),
        ("A Srta. Lima chamou a Dra. Reis.", "pt", "A senhorita Lima chamou a doutora Reis."),
    ],
)  # fmt: skip
def test_titles_ranks_and_references_are_said_as_words(text, language, spoken):
    assert to_spoken(text, language) == spoken


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        ("51° 30′ N", "fifty-one degrees thirty minutes north"),
        ("51°30'N, 0°7'W",
         "fifty-one degrees thirty minutes north, zero degrees seven minutes west"),
        ("in lat. 42° 15' S. Then", "in latitude forty-two degrees fifteen minutes south. Then"),
        ("long. 70° W. at noon", "longitude seventy degrees west at noon"),
        ("lat. 42° 15' S. Long. 70° W.",
         "latitude forty-two degrees fifteen minutes south Longitude seventy degrees west."),
        ("Lat. 40°42′46″N", "Latitude forty degrees forty-two minutes forty-six seconds north"),
        ("74°00′22″W", "seventy-four degrees zero minutes twenty-two seconds west"),
        ("latitude 52 deg. 0' S., longitude",
         "latitude fifty-two degrees zero minutes south, longitude"),
        ("in 42° N. lat. we", "in forty-two degrees north latitude we"),
        ("in 42° N. Lat. The", "in forty-two degrees north latitude. The"),
        ("1° 1′ E", "one degree one minute east"),
        # temperatures and angles are as they were, but an angle before its noun is one word
        ("His temperature was 98.6°F at noon.",
         "His temperature was ninety-eight point six degrees Fahrenheit at noon."),
        ("It was 20 °C outside.", "It was twenty degrees Celsius outside."),
        ("It was 18° F. at dawn.", "It was eighteen degrees Fahrenheit at dawn."),
        ("Cut it at a 90° angle.", "Cut it at a ninety-degree angle."),
        ("Turn it 90° to the left.", "Turn it ninety degrees to the left."),
        ("a 5° rise in the night", "a five-degree rise in the night"),
        ("the 90° of the quadrant", "the ninety degrees of the quadrant"),
    ],
)  # fmt: skip
def test_positions_are_read_as_a_navigator_reads_them(text, spoken):
    assert to_spoken(text, "en") == spoken


def test_plan_script_reads_a_nun_a_rank_and_a_position(make_book):
    book = make_book({
        "ferry.md": "# The Ferry\n\n## Fog\n\n"
                    "Nuns: Sr. Benedita and Sr. Lúcia, both seasick.\n\n"
                    "The orders were signed by Lieut.-Col. Anstey at 51° 30′ N, 0° 7′ W.\n",
    })  # fmt: skip
    result = run_cli("plan", "--script", str(book))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert "Nuns: Sister Benedita and Sister Lúcia, both seasick." in lines
    assert any(
        line.startswith(
            "The orders were signed by Lieutenant-Colonel Anstey at fifty-one degrees thirty "
            "minutes north, zero degrees seven minutes west."
        )
        for line in lines
    )
