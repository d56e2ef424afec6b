"""Old printed title pages as Project Gutenberg's plain texts set them: a three-volume
novel's "VOL. I." under its title, with the imprint, the rights line, the volume's
contents and a half-title after it; a credit line that ends in "BY" with the name on the
line under it ("EDITED BY", "EDITED BY HIS GRANDDAUGHTER", "TRANSLATED BY"); and a
London printer's imprint after "THE END.". The page is the credits' and is left out
(and listed); the story under it, and story text of the same look, is read once."""

from __future__ import annotations

from pathlib import Path

import pytest

from audiobook.build.pipeline import load_book
from audiobook.models import Manuscript

NARRATOR = "audiobook (eSpeak NG)"


def _book(folder: Path, text: str) -> tuple[Manuscript, list[str], list[str], list[str]]:
    """The manuscript, its chapter titles, the credits as written, and every other line
    as it is spoken."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "book.txt"
    path.write_text(text, encoding="utf-8")
    _, manuscript, chapters = load_book(path)
    segments = [s for ch in chapters for s in ch.segments]
    said = [s.text for s in segments if s.kind in ("credits", "closing")]
    read = [s.spoken for s in segments if s.kind not in ("credits", "closing")]
    return manuscript, [c.title for c in manuscript.chapters], said, read


def _left_out(manuscript: Manuscript) -> str:
    return "\n".join(o.text for o in manuscript.omitted)


# ---------------------------------------------------------------- "VOL. I." on a title page

VOLUMES = """\
THE WIDOW OF ASHCOMBE

A NOVEL

IN THREE VOLUMES

VOL. I.

LONDON:
HENRY COLBURN AND SON.
1868.

[_All rights reserved._]




CONTENTS OF VOL. I.

CHAP.                            PAGE
   I. THE MILL AT ASHCOMBE          1
  II. MR. PARDOE CALLS             19




THE WIDOW OF ASHCOMBE.




CHAPTER I.

THE MILL AT ASHCOMBE.

The mill at Ashcombe had ground corn for the parish since before the Civil War,
and Mrs. Harker meant it to grind for a good while yet.

She kept the books herself, in a hand her late husband had never been able to read.




CHAPTER II.

MR. PARDOE CALLS.

Mr. Pardoe came on a Tuesday, with a letter from the bank and a new hat.

END OF VOL. I.




THE WIDOW OF ASHCOMBE.

VOL. II.




CHAPTER I.

THE FLOOD.

The river rose in the night and took the lower field before anyone was awake.
"""


def test_a_volumes_title_page_is_left_out_with_its_imprint_rights_and_contents(tmp_path):
    manuscript, titles, said, read = _book(tmp_path, VOLUMES)
    joined = "\n".join(read)
    for printed in ("LONDON", "COLBURN", "rights reserved", "CONTENTS", "PAGE", "nineteen"):
        assert printed not in joined
    assert "WIDOW OF ASHCOMBE" not in joined  # the half-titles, before chapter I and vol. II
    assert titles[0] == "VOL. I. CHAPTER I. THE MILL AT ASHCOMBE"  # as vol. II's chapter I
    assert said[0].startswith("The Widow of Ashcombe.")
    left = _left_out(manuscript)
    for printed in ("HENRY COLBURN AND SON.", "All rights reserved", "CONTENTS OF VOL. I."):
        assert printed in left
    assert left.count("THE WIDOW OF ASHCOMBE.") == 2
    # the story, every paragraph of it, read once; the volume's end said as one sentence
    for story in ("The mill at Ashcombe had ground corn", "She kept the books herself",
                  "Mr. Pardoe came on a Tuesday", "The river rose in the night"):  # fmt: skip
        assert sum(story.replace("Mr.", "Mister") in line for line in read) == 1
    assert "END OF Volume One." in read


def test_an_old_imprint_with_a_roman_year_under_vol_i_is_left_out(tmp_path):
    text = VOLUMES.replace("HENRY COLBURN AND SON.\n1868.", "PRINTED FOR T. LOWNDES.\nM DCC XC.")
    manuscript, _, _, read = _book(tmp_path, text)
    assert not any("LOWNDES" in line or "M DCC" in line for line in read)
    assert "PRINTED FOR T. LOWNDES." in _left_out(manuscript)


NEAR_VOLUME = """\
THE WIDOW OF ASHCOMBE

A NOVEL

VOL. I.

All rights reserved, said the notice on the mill gate, and the boys climbed it anyway.




CHAPTER I.

THE MILL AT ASHCOMBE.

The mill at Ashcombe had ground corn for the parish since before the Civil War.




THE WIDOW OF ASHCOMBE.

The words were painted over the door in letters a foot high, and the rain had not
touched them in forty years.

The end of vol. 4 was missing from the shelf, and nobody would say who had taken it.
"""


def test_story_text_under_vol_i_that_looks_like_a_title_page_is_read(tmp_path):
    _, _, _, read = _book(tmp_path, NEAR_VOLUME)
    joined = "\n".join(read)
    assert "All rights reserved, said the notice on the mill gate" in joined
    assert "THE WIDOW OF ASHCOMBE." in joined  # the title painted over a door: no heading follows
    assert "The end of volume four was missing from the shelf" in joined


def test_verse_under_vol_i_that_opens_with_a_place_and_ends_with_a_year_is_read(tmp_path):
    verse = "LONDON:\na city of fog and gaslight, in the year\n1868."
    text = VOLUMES.replace("LONDON:\nHENRY COLBURN AND SON.\n1868.", verse)
    _, _, _, read = _book(tmp_path, text)
    assert sum("a city of fog and gaslight" in line for line in read) == 1


# ---------------------------------------------------------------- a credit ending in "BY"

DIARY = """\
THE DIARY OF A MARSH PARSON

{credit}

ALICE TRENCH




JANUARY.

Frost again, and the dyke frozen to the far gate. Walked to Fenby to bury old Mrs.
Cole, who was ninety-one and had outlived all her sons.

A thaw in the afternoon. The ferry running again by four o'clock.




FEBRUARY.

Candlemas. The church so cold that the curate preached in his greatcoat.
"""


@pytest.mark.parametrize(
    ("credit", "credited"),
    [
        ("EDITED BY", "Edited by Alice Trench."),
        ("EDITED BY HIS GRANDDAUGHTER", "Edited by Alice Trench."),
        ("EDITED, WITH NOTES, BY", "Edited by Alice Trench."),
        ("TRANSLATED BY", "Translated by Alice Trench."),
        ("TRANSLATED FROM THE DUTCH BY", "Translated by Alice Trench."),
    ],
)
def test_a_credit_ending_in_by_credits_the_name_under_it(tmp_path, credit, credited):
    manuscript, _, said, read = _book(tmp_path, DIARY.format(credit=credit))
    assert said[0] == f"The Diary of a Marsh Parson. {credited} Narrated by {NARRATOR}."
    assert manuscript.author in (None, "", "Unknown author") or "Trench" not in manuscript.author
    joined = "\n".join(read)
    assert "ALICE TRENCH" not in joined and "MARSH PARSON" not in joined
    assert credit not in joined
    assert sum("Frost again" in line for line in read) == 1
    assert "Candlemas." in read


def test_a_credit_by_kin_with_no_name_under_it_keeps_its_words(tmp_path):
    text = DIARY.format(credit="EDITED BY HIS GRANDDAUGHTER").replace("ALICE TRENCH\n\n", "")
    manuscript, _, _, read = _book(tmp_path, text)
    assert manuscript.editor == "His Granddaughter"
    assert "JANUARY." in read and sum("Frost again" in line for line in read) == 1


def test_a_story_that_opens_like_a_translators_credit_is_read(tmp_path):
    text = (
        "THE LETTER\n\n"
        "Translated by hand, every word of it, the letter lay on her desk for a week.\n\n"
        "ALICE TRENCH\n\nShe signed it at last, and sent it by the evening post.\n"
    )
    manuscript, _, _, read = _book(tmp_path, text)
    joined = "\n".join(read)
    assert "Translated by hand, every word of it" in joined
    assert "ALICE TRENCH" in joined and "She signed it at last" in joined
    assert not manuscript.translator


# ---------------------------------------------------------------- the printer after THE END

ENDING = """\
CHAPTER I.

The mill at Ashcombe had ground corn for the parish since before the Civil War.




CHAPTER II.

The river rose in the night and took the lower field.

THE END.




{after}
"""


def test_a_london_printers_imprint_after_the_end_is_left_out(tmp_path):
    imprint = "LONDON:\nPRINTED BY WILLIAM CLOWES AND SONS, LIMITED,\nST. MARTIN'S LANE."
    manuscript, _, _, read = _book(tmp_path, ENDING.format(after=imprint))
    assert not any("CLOWES" in line or "LONDON" in line for line in read)
    assert "PRINTED BY WILLIAM CLOWES AND SONS" in _left_out(manuscript)


def test_a_postscript_with_an_apostrophe_after_the_end_is_read(tmp_path):
    after = "Tom's letter came in May, and we've kept it in the family Bible ever since."
    _, _, _, read = _book(tmp_path, ENDING.format(after=after))
    assert sum("letter came in May" in line for line in read) == 1
