"""Sweep 17, scholarly, legal and scripture texts (second fixer): MathJax TeX in HTML said as
the Markdown reader says it; chapter and verse ("Num. 12:3", "Jn 3:16", "Q 2:255", a
selection's "46:1" label, "Matt. 5–7"); citation shortenings that ended sentences ("n. 3",
"16 Wall. 36", "ibid.", "Art. I, § 8, cl. 3") and legal forms ("v.", "J.", "/s/");
classical references ("Il. 9.63") and old statutes ("9 & 10 W. III. c. 15"); Pandoc's
superscripts and subscripts, "*I*²", "r = −.04", "Sermon I", "XIIIth". Each mend has a
hit (read wrongly before) and a near miss (a look-alike left as it was)."""

from __future__ import annotations

from pathlib import Path

import pytest

from audiobook.build.pipeline import load_book
from audiobook.text.normalize import to_spoken
from audiobook.text.segment import sentences


def said(text: str) -> str:
    return " | ".join(to_spoken(s, "en") for s in sentences(text, "en"))


def _spoken(path: Path) -> list[str]:
    _, _, chapters = load_book(path)
    return [seg.spoken for chapter in chapters for seg in chapter.segments]


# ------------------------------------------------------------------ 1. MathJax in HTML

_THESIS = """<!DOCTYPE html>
<html><head><title>Robust Seasonal Recovery</title></head><body>
<h1>Robust Seasonal Recovery</h1>
<h2>1. Introduction</h2>
<p>We study the recovery of a seasonal component <span class="math inline">\\(s_t\\)</span>
from observations <span class="math inline">\\(y_t = s_t + \\varepsilon_t\\)</span> when
the noise is heavy-tailed, and the effect was small (<span class="math inline">\\(\\eta^2
= .08\\)</span>).</p>
<p>Let <span class="math inline">\\(X \\in \\mathbb{R}^{n \\times p}\\)</span> be the design.
We solve <span class="math display">\\[\\hat{\\beta} = \\arg\\min_{\\beta} \\frac{1}{2n}\\lVert
y - X\\beta \\rVert_2^2 \\qquad(3.2)\\]</span> The penalty is chosen by cross-validation.</p>
<p>Each gauge reports <em>y</em><sub>t</sub> = 4 at noon, as the tables show.</p>
</body></html>
"""


def test_mathjax_tex_in_html_is_said_as_markdown_says_it(tmp_path: Path) -> None:
    book = tmp_path / "thesis.html"
    book.write_text(_THESIS, encoding="utf-8")
    text = " ".join(_spoken(book))
    assert "observations y t equals s t plus epsilon t when" in text
    assert "eta squared equals point zero eight" in text
    assert "Let a formula be the design." in text
    assert "An equation follows in the book." in text
    assert "\\" not in text and "qquad" not in text
    assert "The penalty is chosen by cross-validation." in text


def test_pandoc_plain_math_and_backslashes_in_prose_stay(tmp_path: Path) -> None:
    book = tmp_path / "thesis.html"
    book.write_text(_THESIS, encoding="utf-8")
    text = " ".join(_spoken(book))
    assert "Each gauge reports yt equals four at noon, as the tables show." in text


def test_bare_mathjax_delimiters_in_page_text(tmp_path: Path) -> None:
    book = tmp_path / "notes.html"
    book.write_text("<html><body><h1>Notes</h1><p>The speed is \\(v = d / t\\) here, while "
                    "\\(\\int f\\) is hard.</p><p>A Windows path C:\\(x) stays.</p>"
                    "</body></html>", encoding="utf-8")  # fmt: skip
    spoken = _spoken(book)
    assert "The speed is v equals d over t here, while a formula is hard." in spoken
    assert "A Windows path C:\\(x) stays." in spoken


# ------------------------------------------------------------------ 2..5 spoken forms

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 2. chapter and verse
        ("Moses was very meek (Num. 12:3), as the text says.",
         "Moses was very meek (Numbers twelve, three), as the text says."),
        ("For God so loved the world (Jn 3:16).",
         "For God so loved the world (John three, sixteen)."),
        ("And it came to pass (Lk 2:1) in those days.",
         "And it came to pass (Luke two, one) in those days."),
        ("Blessed are the poor in spirit (Mt 5:3).",
         "Blessed are the poor in spirit (Matthew five, three)."),
        ("Read (Ex. 20:1–17) aloud.", "Read (Exodus twenty, one to seventeen) aloud."),
        ("Let us now praise famous men (Ecclus. 44:1).",
         "Let us now praise famous men (Ecclesiasticus forty-four, one)."),
        ("Be zealous for the law (1 Macc. 2:50).",
         "Be zealous for the law (First Maccabees two, fifty)."),
        ("I am the rose of Sharon (Cant. 2:1).", "I am the rose of Sharon (Canticles two, one)."),
        ("The Throne Verse (2:255) is often recited.",
         "The Throne Verse (two, two hundred and fifty-five) is often recited."),
        ("The Opening (Q 1:1–7) is said in every prayer.",
         "The Opening (Qur'an one, one to seven) is said in every prayer."),
        ("Compare (Sura ii. 286) with it.",
         "Compare (Sura two, two hundred and eighty-six) with it."),
        ("46:1 God is our refuge and strength.", "forty-six, one God is our refuge and strength."),
        ("119:105 Thy word is a lamp unto my feet.",
         "one hundred and nineteen, one hundred and five Thy word is a lamp unto my feet."),
        ("Read the chapters Matt. 5–7 and Rom. 12 this week.",
         "Read the chapters Matthew five to seven and Romans twelve this week."),
        ("Read Ps. 1–2 and Rom. 12 today.", "Read Psalms one to two and Romans twelve today."),
        # 3. citations and legal forms
        ("See 98 F.Supp. 797, 103 F.Supp. 920 for it.",
         "See ninety-eight F. Supp seven hundred and ninety-seven, one hundred and three F. Supp "
         "nine hundred and twenty for it."),
        ("The Act, 18 Stat. 335, was passed.",
         "The Act, eighteen Stat three hundred and thirty-five, was passed."),
        ("The Slaughter-House Cases, 16 Wall. 36, came first.",
         "The Slaughter-House Cases, sixteen Wallace thirty-six, came first."),
        ("And 3 Bl. Comm. 23 says as much.",
         "And three Blackstone's Commentaries twenty-three says as much."),
        ("See n. 3 below, and nn. 7–9 for the rest.",
         "See note three below, and notes seven to nine for the rest."),
        ("The reading at l. 12 is doubtful, and ll. 3–5 are lost.",
         "The reading at line twelve is doubtful, and lines three to five are lost."),
        ("The leaf, fol. 63, and vv. 1-6 of the sura.",
         "The leaf, folio sixty-three, and verses one to six of the sura."),
        ("See Sect. 4 for it.", "See Section Four for it."),
        ("The schedule, Sch. 2, Pt. 3, sets the fees.",
         "The schedule, Schedule two, Part Three, sets the fees."),
        ("Compare loc. cit. 12 and Brook, ed. cit., p. 8, for the text.",
         "Compare loc cit twelve and Brook, edition cited, page eight, for the text."),
        ("The word is glossed sc. the king, in the margin.",
         "The word is glossed namely the king, in the margin."),
        ("The clause (Art. I, § 8, cl. 3) gives the power.",
         "The clause (Article One, section eight, clause three) gives the power."),
        ("Under § 72-1724 (1949) schools were separate.",
         "Under section seventy-two dash seventeen twenty-four (nineteen forty-nine) schools were "
         "separate."),
        ("In Plessy v. Ferguson the Court held otherwise.",
         "In Plessy versus Ferguson the Court held otherwise."),
        ("The opinion (Harlan, J., dissenting) followed.",
         "The opinion (Harlan, Justice, dissenting) followed."),
        ("VINSON, C.J., and Black and Jackson, JJ., concurred.",
         "VINSON, Chief Justice, and Black and Jackson, Justices, concurred."),
        ("For the State of Alder: /s/ Margaret O. Tran, Commissioner",
         "For the State of Alder: signed, Margaret O. Tran, Commissioner"),
        # 4. classical references and old statutes
        ("Achilles refuses (Il. 9.63; Od. 9.112–115) in anger.",
         "Achilles refuses (Iliad nine, sixty-three; Odyssey nine, one twelve to one fifteen) in "
         "anger."),
        ("The Persians say so (Hdt. 1.5; 7.104) at the start.",
         "The Persians say so (Herodotus one, five; seven, one oh four) at the start."),
        ("Pericles speaks at Thuc. 2.15.1 of the city.",
         "Pericles speaks at Thucydides two, fifteen, one of the city."),
        ("The descent is easy (Verg. Aen. 6.126) they say.",
         "The descent is easy (Virgil, Aeneid six, one twenty-six) they say."),
        ("The act (12 & 13 W. III. c. 2) settled it.",
         "The act (twelve and thirteen William the Third, chapter two) settled it."),
        ("The act (1 W. & M. st. 2. c. 2) settled the crown.",
         "The act (one William and Mary, statute two, chapter two) settled the crown."),
        ("The king's act (3 Car. I.) was petitioned.",
         "The king's act (three Charles the First) was petitioned."),
        ("Bracton (l. 1, c. 3) says so.", "Bracton (book one, chapter three) says so."),
        ("Mass.Acts 1855, c. 256 was the first.",
         "Mass.Acts eighteen fifty-five, chapter two hundred and fifty-six was the first."),
        # 5. smaller
        ("The correlation was small (r = −.04) and null.",
         "The correlation was small (r equals minus point zero four) and null."),
        ("He read it in the XIIIth Century manuscript.",
         "He read it in the thirteenth Century manuscript."),
    ],
)
def test_said_now(text: str, expected: str) -> None:
    assert said(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # clock times, ratios and scores stay
        ("The train left at 10:30 and arrived at 12:15.",
         "The train left at ten thirty and arrived at twelve fifteen."),
        ("Mix in a ratio of 1:1 with water.", "Mix in a ratio of one to one with water."),
        ("In the book of Psalms the ratio of 3:1 appears.",
         "In the book of Psalms the ratio of three to one appears."),
        ("The match ended 2:1 after extra time.", "The match ended two to one after extra time."),
        ("3:1 was the final score that night.", "three to one was the final score that night."),
        ("The verse at 2:30 was read aloud.", "The verse at two thirty was read aloud."),
        ("See Ex. 3 for the worked example.", "See Ex. | three for the worked example."),
        ("I called Sam 3:30 on the dot.", "I called Sam three thirty on the dot."),
        ("Yes, Sir 3:30 it is.", "Yes, Sir three thirty it is."),
        ("God is our refuge (Ps. 46:1).", "God is our refuge (Psalm forty-six, one)."),
        # look-alike abbreviations
        ("Smith, J., & Jones, K. (2019) found the same.",
         "Smith, J., and Jones, K. (twenty nineteen) found the same."),
        ("She bought a new car. J. Smith drove it home.",
         "She bought a new car. | J. Smith drove it home."),
        ("In Book v. The hero returns.", "In Book Five. The hero returns."),
        ("He built a wall. 16 men helped.", "He built a wall. | sixteen men helped."),
        ("He lost the game, n. He went home.", "He lost the game, n. | He went home."),
        ("See the file at /s/Docs now.", "See the file at slash s slash Docs now."),
        ("Version 2.15.1 was released.", "Version two point fifteen point one was released."),
        ("The price rose 9.63 per cent.", "The price rose nine point six three per cent."),
        ("The firm was founded c. 1855 by them.",
         "The firm was founded circa eighteen fifty-five by them."),
        ("He wore the W. III shirt.", "He wore the W. III shirt."),
        ("The value was 5 - .5 in all.", "The value was five, point five in all."),
        ("Louis XIV was king.", "Louis the Fourteenth was king."),
    ],
)
def test_near_misses_stay(text: str, expected: str) -> None:
    assert said(text) == expected


# ------------------------------------------------------------------ headings

def test_sermon_one_is_one_as_sermon_two_is_two(tmp_path: Path) -> None:
    book = tmp_path / "sermons.md"
    book.write_text("# Sermon I. The Poor in Spirit\n\nBlessed are they.\n\n"
                    "# Sermon II. The Meek\n\nBlessed are the meek.\n\n"
                    "# Lecture I\n\nWe begin.\n", encoding="utf-8")  # fmt: skip
    spoken = _spoken(book)
    assert "Sermon One. The Poor in Spirit." in spoken
    assert "Lecture One." in spoken
    assert "Sermon Two. The Meek." in spoken


def test_a_pronoun_after_a_heading_word_in_prose_stays() -> None:
    assert said("After the sermon I went home.") == "After the sermon I went home."
    assert said("The Essay I wrote won a prize.") == "The Essay I wrote won a prize."
    assert said("See Lecture I for it.") == "See Lecture One for it."


# ------------------------------------------------------------------ Pandoc Markdown

_PAPER = """# Results

**Hannah K. Ostrowski**^1^ and **Tomás Ferreira-Lind**^2^

^1^ Department of Psychology, Example University

The sample (*M*~age~ = 24.6 years) was young, and η~p~² = .025 was small.

Evidence was moderate (BF~10~ = 3.9), with H~2~O and x^2^ growth in 10^6^ cells.

Heterogeneity was high (*I*² = 68%) across studies; the 5^th^ percentile was low.

The ~~struck~~ word and ~5 kg stay as they were.
"""


def test_pandoc_superscripts_and_subscripts_said(tmp_path: Path) -> None:
    book = tmp_path / "paper.md"
    book.write_text(_PAPER, encoding="utf-8")
    text = " | ".join(_spoken(book))
    assert "Hannah K. Ostrowski and Tomás Ferreira-Lind" in text
    assert "| Department of Psychology" in text
    assert "(M age equals twenty-four point six years)" in text
    assert "eta p squared equals point zero two five" in text
    assert "(BF ten equals three point nine), with H two O and x squared growth in ten to the " \
        "sixth cells" in text
    assert "(I squared equals sixty-eight percent)" in text
    assert "the fifth percentile was low" in text
    assert "^" not in text and "~" not in text


def test_strike_and_approximately_stay(tmp_path: Path) -> None:
    book = tmp_path / "paper.md"
    book.write_text(_PAPER, encoding="utf-8")
    text = " | ".join(_spoken(book))
    assert "The, struck, crossed out, word and about five kilograms stay as they were." in text
