"""Plain-text books from the third sweep, in words of our own: a French novel's "TABLE"
at its end and its rights line, a Victorian catalogue bound in with no "THE END", a toy
book of one line, title pages whose credit lines carry more than a name ("By Anna, with
love", "Translated from the French by the Author", "by the late Mr. Smith", "EDITED BY
HIS DAUGHTER, MARY SMITH"), and a FOOTNOTES block that ends before "THE END". Each hit
has its near miss: a story of the same look, read as it was."""

from __future__ import annotations

from pathlib import Path

from audiobook.build.pipeline import load_book
from audiobook.models import UNKNOWN_AUTHOR, Manuscript
from audiobook.text.readers.base import credit

NARRATOR = "audiobook (eSpeak NG)"
REAL = Path(__file__).parent / "fixtures" / "real"


def _book(
    folder: Path, text: str, name: str = "book.txt", toml: str = ""
) -> tuple[Manuscript, list[str], str]:
    """The manuscript, its credits as written, and every other segment as spoken, joined."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    if toml:
        (folder / "book.toml").write_text(toml, encoding="utf-8")
    _, manuscript, chapters = load_book(folder if toml else path)  # book.toml with its folder
    segments = [s for ch in chapters for s in ch.segments]
    said = [s.text for s in segments if s.kind in ("credits", "closing")]
    read = " | ".join(s.spoken for s in segments if s.kind not in ("credits", "closing"))
    return manuscript, said, read


def _left_out(manuscript: Manuscript) -> str:
    return " ".join(f"{o.what} {o.text}" for o in manuscript.omitted)


# ---------------------------------------------------------------- 1. a French book's TABLE

FRENCH = """LE MOULIN DES SAULES

PAR

HENRI DUVERGER


Droits de traduction et de reproduction réservés pour tous les pays.


I

LE DÉPART

Le matin où Jacques quitta le village, la brume couvrait encore la rivière. Il avait
mis dans son sac trois chemises, un pain et le couteau de son père.


II

LA VILLE

Paris lui parut d'abord un grand bruit. Les voitures, les cris des marchands, les
cloches qui sonnaient à toutes les heures l'étourdissaient.


III

LE RETOUR

Quand il revint au moulin, les saules avaient grandi. Les moissons commençaient.




TABLE


I. — Le départ                                          1

II. — La ville                                         47

III. — Le retour                                       112
"""


def test_a_french_books_table_at_its_end_and_its_rights_line_are_not_read(tmp_path):
    manuscript, _, read = _book(tmp_path, FRENCH)
    assert [c.title for c in manuscript.chapters] == ["I. LE DÉPART", "II. LA VILLE",
                                                      "III. LE RETOUR"]  # fmt: skip
    assert read.endswith("Les moissons commençaient.")
    assert "Droits" not in read and "cent douze" not in read and "TABLE" not in read
    why = {o.why for o in manuscript.omitted}
    assert {"table of contents", "copyright"} <= why
    assert "Droits de traduction" in _left_out(manuscript)


def test_german_and_spanish_contents_and_rights_lines_are_not_read(tmp_path):
    german = FRENCH.replace("PAR", "von").replace(
        "Droits de traduction et de reproduction réservés pour tous les pays.",
        "Alle Rechte, insbesondere das der Übersetzung, vorbehalten.",
    ).replace("TABLE", "Inhaltsverzeichnis")
    _, _, read = _book(tmp_path / "de", german)
    assert "Rechte" not in read and "Inhaltsverzeichnis" not in read
    spanish = FRENCH.replace("PAR", "POR").replace(
        "Droits de traduction et de reproduction réservés pour tous les pays.",
        "Reservados todos los derechos.",
    ).replace("TABLE", "ÍNDICE")
    _, _, read = _book(tmp_path / "es", spanish)
    assert "derechos" not in read and "ÍNDICE" not in read


def test_a_poem_called_table_and_a_story_of_rights_are_read(tmp_path):
    text = FRENCH.replace(
        "Droits de traduction et de reproduction réservés pour tous les pays.", ""
    ).replace(
        "TABLE\n\n\nI. — Le départ                                          1\n\n"
        "II. — La ville                                         47\n\n"
        "III. — Le retour                                       112\n",
        "TABLE\n\nQuatre pieds et un plateau\nLe bois marqué par les années\n",
    ).replace(
        "Les moissons commençaient.",
        "Les moissons commençaient. Tous les droits qu'il avait réservés étaient perdus.",
    )
    _, _, read = _book(tmp_path, text)
    assert "Quatre pieds et un plateau" in read
    assert "Tous les droits qu'il avait réservés étaient perdus." in read


# ---------------------------------------------------------------- 2. a catalogue, no THE END

VICTORIAN = """THE VICAR'S DAUGHTER

A NOVEL

BY MARGARET ELLSWORTH




CHAPTER I.

THE PARSONAGE.

The parsonage at Hollowmere stood a little back from the road, behind a hedge of
holly that the vicar clipped himself every autumn. His daughter Ellen had been born in
the front bedroom, and had never slept a night under any other roof.


CHAPTER II.

HOME AGAIN.

When she came home in October the holly had been clipped, and her father stood at the
gate as though he had never left it.

She stayed at Hollowmere all her life, and never once regretted it.
{tail}"""

CATALOGUE = """



NEW NOVELS.

THE LAST OF THE FERRARS. By the Author of "Sybil's Choice." 3 vols. Crown 8vo.

A MODERN MINISTER. By Harriet Lane. 2 vols. Post 8vo, cloth, 21s.

NEAR THE HARBOUR. By Thomas Weald. New Edition. Crown 8vo, cloth, 3s. 6d.


BY THE SAME AUTHOR.

THE MILLER'S WIFE. Crown 8vo, cloth, 6s.

SMITH, ELDER & CO., 15 WATERLOO PLACE.
"""


def test_a_publishers_catalogue_with_no_the_end_before_it_is_not_read(tmp_path):
    manuscript, said, read = _book(tmp_path, VICTORIAN.format(tail=CATALOGUE))
    assert read.endswith("never once regretted it.")
    for printed in ("NEW NOVELS", "FERRARS", "Crown", "MILLER", "WATERLOO"):
        assert printed not in read, printed
    assert any(o.why == "advertisement" and "NEW NOVELS" in o.what for o in manuscript.omitted)
    assert said[-1].startswith("The end.")


def test_a_last_chapter_in_a_bookshop_with_its_prices_is_read(tmp_path):
    shop = """
Over the door of the shop a board said:

NEW BOOKS.

"That one is a Crown 8vo," said the bookseller, "and it is 3s. 6d. to anybody."

"And the red one?" asked Ellen, who had only the half-crown her father had given her.

"Five shillings," he said. "But you may read it here in the window for nothing."

She read it in the window all afternoon.
"""
    _, _, read = _book(tmp_path, VICTORIAN.format(tail=shop))
    assert "NEW BOOKS" in read
    assert "She read it in the window all afternoon." in read
    assert "three shillings and six pence" in read


# ---------------------------------------------------------------- 3. a toy book

def test_a_toy_books_one_line_of_story_is_read(tmp_path):
    _, said, read = _book(tmp_path, "THE CAT\n\nby Mara Quill\n\nThe cat sat on the mat.\n")
    assert read.endswith("The cat sat on the mat.")
    assert said[0].startswith("The Cat. Written by Mara Quill.")


def test_a_subtitle_over_a_books_first_chapter_is_still_the_title_pages(tmp_path):
    text = "THE CAT\n\nby Mara Quill\n\nA PICTURE BOOK\n\n\n\nCHAPTER I.\n\nThe cat sat.\n"
    manuscript, _, read = _book(tmp_path, text)
    assert "PICTURE BOOK" not in read
    assert "A PICTURE BOOK" in _left_out(manuscript)


# ---------------------------------------------------------------- 4. a credit takes a name

CHAPTERS = """



CHAPTER ONE

The gate had been locked for as long as anyone in the village could remember.


CHAPTER TWO

Inside there was a garden, overgrown and humming with bees.
"""


def _page(*lines: str) -> str:
    return "THE SECRET GARDEN GATE\n\n" + "\n\n".join(lines) + "\n" + CHAPTERS


def test_a_byline_with_a_sign_off_credits_the_name(tmp_path):
    manuscript, said, _ = _book(tmp_path, _page("By Anna, with love"))
    assert manuscript.author == "Anna"
    assert said[0].startswith("The Secret Garden Gate. Written by Anna. Narrated by")
    for line, who in (
        ("by Anna Pryce, with illustrations by the author", "Anna Pryce"),
        ("by Leo Tolstoy, translated by Louise and Aylmer Maude", "Leo Tolstoy"),
    ):
        manuscript, _, _ = _book(tmp_path / who.split()[0], _page(line))
        assert manuscript.author == who, line
    assert manuscript.translator == "Louise and Aylmer Maude"


def test_a_byline_that_runs_on_as_a_story_names_no_one(tmp_path):
    assert credit("By dawn, with the maps.") is None
    assert credit("By Anna, with the roses") is None
    manuscript, _, read = _book(
        tmp_path, "THE SURVEY\n\nBy dawn, with the maps.\n\nThey walked the line till dark.\n"
    )
    assert manuscript.author == UNKNOWN_AUTHOR
    assert "By dawn, with the maps." in read
    manuscript, _, _ = _book(tmp_path / "co", _page("by Jane Doe with John Smith"))
    assert manuscript.author == "Jane Doe with John Smith"


# ---------------------------------------------------------------- 5. a self-translation

def test_translated_by_the_author_is_said_in_the_opening_credits(tmp_path):
    manuscript, said, read = _book(
        tmp_path, _page("by Anne Lemoine", "Translated from the French by the Author")
    )
    assert manuscript.translator == "Anne Lemoine"  # the tag names the author
    assert said[0] == ("The Secret Garden Gate. Written by Anne Lemoine. Translated by the "
                       f"author. Narrated by {NARRATOR}.")  # fmt: skip
    assert "Translated" not in read


def test_a_translator_by_name_and_an_arrangement_are_credited_as_before(tmp_path):
    _, said, _ = _book(tmp_path, _page("by Anne Lemoine", "Translated by Mary Hale"))
    assert "Written by Anne Lemoine. Translated by Mary Hale. Narrated by" in said[0]
    assert "translated by Mary Hale" in said[-1]
    manuscript, said, _ = _book(
        tmp_path / "arranged",
        _page("by Anne Lemoine", "English version by special arrangement with Editions Gallimard"),
    )
    assert manuscript.translator == ""
    assert "Translated" not in said[0]


# ---------------------------------------------------------------- 6. author and editor

DIARY = """LEAVES FROM A COUNTRY DIARY

BY THE LATE

JOHN SMITH

EDITED BY HIS DAUGHTER, MARY SMITH




CHAPTER I.

January the first. Snow in the night, and the lane drifted to the hedge-tops. Fed the
birds at the kitchen door and read Gilbert White by the fire.


CHAPTER II.

January the second. A thaw, and the brook loud under the bridge.
"""


def test_a_posthumous_diary_credits_its_author_and_its_editor(tmp_path):
    manuscript, said, read = _book(tmp_path, DIARY)
    assert (manuscript.author, manuscript.editor) == ("John Smith", "Mary Smith")
    assert said[0] == ("Leaves from a Country Diary. Written by John Smith. Edited by Mary "
                       f"Smith. Narrated by {NARRATOR}.")  # fmt: skip
    assert "EDITED" not in read and "LATE" not in read
    one_line = DIARY.replace("BY THE LATE\n\nJOHN SMITH\n\nEDITED BY HIS DAUGHTER, MARY SMITH",
                             "by John Smith, edited by his daughter Mary Smith")  # fmt: skip
    manuscript, said, _ = _book(tmp_path / "one", one_line)
    assert (manuscript.author, manuscript.editor) == ("John Smith", "Mary Smith")


def test_an_editor_is_named_once_and_an_anthologys_as_before(tmp_path):
    same = DIARY.replace("EDITED BY HIS DAUGHTER, MARY SMITH", "EDITED BY JOHN SMITH")
    _, said, _ = _book(tmp_path / "same", same)
    assert said[0].count("John Smith") == 1 and "Edited" not in said[0]
    anthology = DIARY.replace("BY THE LATE\n\nJOHN SMITH\n\n", "")
    manuscript, said, _ = _book(tmp_path / "anthology", anthology)
    assert manuscript.author == UNKNOWN_AUTHOR
    assert said[0] == f"Leaves from a Country Diary. Edited by Mary Smith. Narrated by {NARRATOR}."


def test_a_series_editor_over_another_title_is_not_the_books(tmp_path):
    text = (REAL / "history-gutenberg.txt").read_text(encoding="utf-8")
    manuscript, said, _ = _book(tmp_path, text)
    assert manuscript.author == "Margaret Ellis Holt"
    assert "Edited" not in said[0] and "CARTER" not in said[0].upper()


# ---------------------------------------------------------------- 7. where the notes end

WALK = """A WALK TO THE LAKES

BY JOHN HARTLEY




CHAPTER I.

We left Kendal early on the Tuesday, with a fair sky and a light wind from the west.[1]
By noon we had reached the head of the valley.


CHAPTER II.

The next morning we crossed the pass in cloud, and came down upon the lake through a
wood of birches, wet and shining.[2] It was the finest sight of the whole journey.


FOOTNOTES:

[1] The wind held in the west for the whole of the week, which is rare in that country.

[2] The birches have since been felled for bobbins.
{tail}"""
NOTES_ON = '[notes]\nmode = "chapter-end"\n'


def test_notes_end_at_the_end_and_a_catalogue_after_them_is_not_read(tmp_path):
    tail = """
THE END.


MESSRS. BLACKWOOD'S PUBLICATIONS.

WALKS IN THE BORDER COUNTRY. By the same Author. Crown 8vo, 5s.

A HANDBOOK OF THE FELLS. With Maps. Fcap. 8vo, cloth, 3s. 6d.

TALES OF THE DALES. Third Edition. Crown 8vo, 6s.
"""
    manuscript, said, read = _book(tmp_path, WALK.format(tail=tail), toml=NOTES_ON)
    last = manuscript.chapters[-1].paragraphs
    notes = [n.text for p in last for n in p.notes]
    assert notes == ["The birches have since been felled for bobbins."]
    assert last[-1].text == "THE END."
    assert "BORDER" not in read and "Crown" not in read
    assert not said[-1].startswith("The end.")  # the book's own THE END was said


def test_a_notes_running_paragraph_stays_in_its_note(tmp_path):
    tail = "\nThey were sold at Keswick, for a penny the dozen.\n"
    manuscript, _, _ = _book(tmp_path, WALK.format(tail=tail), toml=NOTES_ON)
    notes = [n.text for p in manuscript.chapters[-1].paragraphs for n in p.notes]
    assert notes == ["The birches have since been felled for bobbins. They were sold at "
                     "Keswick, for a penny the dozen."]  # fmt: skip


# ---------------------------------------------------------------- 8. "by the late"

def test_by_the_late_is_no_part_of_the_authors_name_in_text_and_markdown(tmp_path):
    manuscript, said, _ = _book(tmp_path, _page("by the late Mr. John Smith"))
    assert said[0].startswith("The Secret Garden Gate. Written by Mr. John Smith.")
    assert manuscript.author == "Mr. John Smith"
    assert credit("BY THE LATE") == ("author", "")
    assert credit("Edited by the late Professor Hale") == ("editor", "Professor Hale")
    markdown = "# Leaves\n\nby the late John Smith\n\n## One\n\nSnow fell.\n\n## Two\n\nA thaw.\n"
    manuscript, _, _ = _book(tmp_path / "md", markdown, name="book.md")
    assert manuscript.author == "John Smith"


def test_a_story_that_opens_by_the_late_afternoon_names_no_one(tmp_path):
    assert credit("By the late afternoon the rain had stopped, and the cat went out.") is None
    text = "THE CAT\n\nBy the late afternoon the rain had stopped, and the cat went out.\n\nShe sat"
    manuscript, _, read = _book(tmp_path, text)
    assert manuscript.author == UNKNOWN_AUTHOR
    assert "By the late afternoon the rain had stopped" in read
