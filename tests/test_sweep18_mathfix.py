"""Sweep 18, teaching books (teach18 #5, #6, #7, #10, #11, #12, #13, #17, #19; prac18 #17):
maths said as a teacher says it, IPA between slashes said as its sounds, computing text
(file names, menus, keys, "&&"), versions, "Table 2-1", odds and fractions, a count of
packs, a page number "-63-". Each hit with a near miss beside it."""

from __future__ import annotations

from pathlib import Path

from audiobook.build.pipeline import load_book
from audiobook.text.normalize import to_spoken
from audiobook.text.segment import sentences

PROSE = (
    "The wind came off the bay in long cold shoves, and the harbour lights went out one "
    "by one along the wall while the ferry turned for home.\n\n"
)


def _said(path: Path) -> str:
    _, _, chapters = load_book(path)
    return " | ".join(s.spoken for ch in chapters for s in ch.segments if s.kind == "text")


def _txt(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "book.txt"
    path.write_text(text, encoding="utf-8")
    return path


# teach18 #5: a bracket's square, "2x" in an equation


def test_a_square_after_a_maths_bracket_is_said(tmp_path: Path) -> None:
    book = _txt(tmp_path, "Chapter 1\n\n" + PROSE + "The left side is (x + 1)², so x = −1.\n")
    assert "(x plus one) squared, so x equals minus one" in _said(book)


def test_a_mark_after_a_bracket_of_words_is_still_a_mark(tmp_path: Path) -> None:
    text = "Chapter 1\n\n" + PROSE + "The firm grew fast (see the table)² that year.\n"
    book = _txt(tmp_path, text)
    said = _said(book)
    assert "(see the table) that year" in said and "squared" not in said


def test_a_coefficient_beside_an_operator_is_said_as_a_variable() -> None:
    assert to_spoken("Solve x² + 2x + 1 = 0.") == "Solve x squared plus two x plus one equals zero."
    assert to_spoken("y ≥ 3x") == "y greater than or equal to three x"


def test_ten_x_growth_in_prose_stays_times() -> None:
    assert to_spoken("The firm saw 10x growth in a year.") == (
        "The firm saw ten times growth in a year."
    )


# teach18 #6: operators in a stated relation; notation


def test_operators_in_an_equation_are_said() -> None:
    assert to_spoken("NPP = GPP - R") == "NPP equals GPP minus R"
    assert to_spoken("E = Pn / Pn-1 x 100%") == (
        "E equals Pn divided by Pn-one times one hundred percent"
    )
    assert to_spoken("VO2 max = 15.3 x (HRmax / HRrest)") == (
        "VO2 max equals fifteen point three times (HRmax divided by HRrest)"
    )
    assert to_spoken("3.2 / 11.05 ≈ 0.29") == (
        "three point two divided by eleven point zero five approximately zero point two nine"
    )


def test_a_dash_or_slash_in_prose_without_a_relation_stays_a_pause() -> None:
    assert to_spoken("Lisbon, 1944 / now") == "Lisbon, nineteen forty-four, now"
    assert to_spoken("x = 3 - the rest") == "x equals three, the rest"
    assert to_spoken("NPP = GPP") == "NPP, GPP"  # a telegram's break, as before
    assert to_spoken("up to 400 mg/day is safe") == "up to four hundred milligrams per day is safe"


def test_maths_notation_is_said() -> None:
    assert to_spoken("x = (−b ± √(b² − 4ac)) / 2a") == (
        "x equals (minus b plus or minus the square root of (b squared minus four ac)) "
        "divided by two a"
    )
    assert to_spoken("if y = bˣ then x = log_b y.") == (
        "if y equals b to the power of x then x equals log base b of y."
    )
    assert to_spoken("log₂ 1024 = 10") == "log base two of one thousand and twenty-four equals ten"
    assert to_spoken("x̄ = (x₁ + xₙ) / n") == "x bar equals (x one plus x n) divided by n"
    assert to_spoken("The error is 1/√n.") == "The error is one over the square root of n."
    assert to_spoken("E = 1,478/8,833") == (
        "E equals one thousand four hundred and seventy-eight over eight thousand eight "
        "hundred and thirty-three"
    )
    assert to_spoken("220 − age") == "two hundred and twenty minus age"
    assert to_spoken("d = (x̄₁ − x̄₂) / s") == "d equals (x bar one minus x bar two) divided by s"
    assert to_spoken("5.2 x 10^3 kcal") == "five point two times ten cubed kilocalories"


def test_plain_fractions_and_dimensions_stay() -> None:
    assert to_spoken("x = 3/4") == "x equals three quarters"
    assert to_spoken("a 2 x 4 board") == "a two by four board"
    assert "minus" not in to_spoken("from 1939−1945")  # a range's dash typed as a minus sign


# teach18 #7: IPA between slashes


def test_ipa_between_slashes_is_said_as_its_sounds() -> None:
    assert to_spoken("ship /ʃɪp/ and sheep /ʃiːp/") == "ship ship and sheep sheep"
    assert to_spoken("through /θruː/, boy /bɔɪ/.") == "through throo, boy boy."
    assert to_spoken("Say it slowly: /e/ → /ɪ/ → /eɪ/.") == "Say it slowly: eh to ih to ay."
    assert to_spoken("you may see /i/ and /u/ here") == "you may see ee and oo here"


def test_slashes_that_are_no_transcription_stay() -> None:
    assert to_spoken("use and/or here") == "use and or here"
    assert "slash usr slash bin" in to_spoken("see /usr/bin/ now")


# teach18 #12: computing text


def test_a_file_extension_is_said_and_ends_no_sentence() -> None:
    assert sentences("Programs live in files ending in .py. Make a folder.") == [
        "Programs live in files ending in .py.",
        "Make a folder.",
    ]
    assert to_spoken("files ending in .py.") == "files ending in dot p y."
    assert to_spoken("python3 -m venv .venv && source .venv/bin/activate.") == (
        "python3 -m venv dot venv and source dot venv slash bin slash activate."
    )
    assert to_spoken("It is C:\\Users\\Priya\\python-week.") == (
        "It is C colon backslash Users backslash Priya backslash python dash week."
    )


def test_a_chess_move_after_an_ellipsis_is_no_file() -> None:
    assert "dot" not in to_spoken("After 6... .d5 Black stands well.")


def test_menus_and_keys_are_said() -> None:
    assert to_spoken("choose File > Save As… and save") == "choose File, then Save As, and save"
    assert to_spoken("Go to Edit > Preferences > General.") == (
        "Go to Edit, then Preferences, then General."
    )
    assert to_spoken("press Ctrl+S or ⌘-S, ⌘C to copy") == (
        "press Control plus S or Command-S, Command C to copy"
    )


def test_a_comparison_of_words_stays() -> None:
    assert to_spoken("Quality > Quantity, always.") == "Quality greater than Quantity, always."
    assert to_spoken("Tom & Jerry") == "Tom and Jerry"


# teach18 #13, #19, #17; prac18 #17


def test_versions_are_read_alike() -> None:
    assert to_spoken("Tested with Python 3.11 and 3.12 on Ubuntu 22.04 LTS.") == (
        "Tested with Python three point eleven and three point twelve on Ubuntu twenty-two "
        "point oh four LTS."
    )


def test_decimals_after_no_product_stay_decimals() -> None:
    assert to_spoken("It rose 3.11 and then 3.12 percent") == (
        "It rose three point one one and then three point one two percent"
    )


def test_a_table_number_is_no_range() -> None:
    assert to_spoken("(Table 2-1)") == "(Table two-one)"
    assert to_spoken("see Fig. 3-4") == "see Figure three-four"
    assert to_spoken("pages 3-5, Figures 3-5") == "pages three to five, Figures three to five"


def test_odds_marks_and_small_fractions() -> None:
    assert to_spoken("a punter who stakes £2 at 5/1 wins £10.") == (
        "a punter who stakes two pounds at five to one wins ten pounds."
    )
    assert to_spoken('Bookmakers quote odds as "5/1".') == 'Bookmakers quote odds as "five to one".'
    assert to_spoken("(pass mark 43/50)") == "(pass mark forty-three out of fifty)"
    assert to_spoken("(1/6)² = 1/36") == "(one sixth) squared equals one thirty-sixth"


def test_old_money_stays_money() -> None:
    assert to_spoken("He had ten pounds and bought cloth at 5/1 a yard.") == (
        "He had ten pounds and bought cloth at five and one a yard."
    )
    assert to_spoken("bought at 2/6 each") == "bought at two and six each"


def test_a_count_of_packs() -> None:
    assert to_spoken("2 x 200g packs brown shrimps") == "two two-hundred-gram packs brown shrimps"
    assert to_spoken("1 x 400g tin tomatoes") == "one four-hundred-gram tin tomatoes"


def test_a_dimension_with_a_unit_stays_by() -> None:
    assert to_spoken("the weight 3 x 5kg") == "the weight three by five kilograms"


# teach18 #10: "-63-"


def test_a_dashed_page_number_is_left_out(tmp_path: Path) -> None:
    text = (
        "Chapter 1\n\n" + PROSE + "Listen and repeat each word.\n"
        "                                                      [Track 7.6]\n"
        "                                                            -63-\n\n" + PROSE
    )
    said = _said(_txt(tmp_path, text))
    assert "sixty-three" not in said and "Track seven point six" in said


def test_dashed_section_numbers_counting_from_one_stay(tmp_path: Path) -> None:
    text = "Chapter 1\n\n- 1 -\n\n" + PROSE + "- 2 -\n\n" + PROSE
    said = _said(_txt(tmp_path, text))
    assert "one" in said.split("|")[0] and "two" in said
