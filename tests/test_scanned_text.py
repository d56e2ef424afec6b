"""Plain text from scanned books and from other libraries than Project Gutenberg: an
Internet Archive `_djvu.txt` (OCR, running heads and page numbers on every page, words
hyphenated at the lines' ends, the archive's header and the library's call number),
HathiTrust's full text (a marker over every page, Google's watermark under it), Google
Books' notice, Project Gutenberg Australia's and Faded Page's headers, and old books'
"CHAP. I." headings. The books are made up; their layouts are the libraries'."""

from __future__ import annotations

from pathlib import Path

import pytest

from audiobook.models import LINE_BREAK
from audiobook.text.ingest import locate_book, read_manuscript
from audiobook.text.readers.plaintext import find_chapters
from audiobook.text.segment import audit_words, segment


def read_book(text: str, folder: Path, name: str = "book.txt"):  # type: ignore[no-untyped-def]
    """The manuscript and what is said in each chapter, the word audit passed."""
    (folder / name).write_text(text, encoding="utf-8")
    book = locate_book(folder / name)
    manuscript = read_manuscript(book)
    chapters = segment(manuscript, book.config)
    audit_words(manuscript, list(chapters))
    return manuscript, [(ch.title, [s.spoken for s in ch.segments]) for ch in chapters]


def everything(said: list[tuple[str, list[str]]]) -> str:
    return "\n".join(text for _, texts in said for text in texts)


def left_out(manuscript) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """What was left out, by its description without the line count."""
    return {o.what.split(" (")[0]: o.text for o in manuscript.omitted}


def djvu(text: str) -> str:
    """Text as the Internet Archive's `_djvu.txt` keeps it: a space after every line."""
    return "\n".join(line + " " if line else "" for line in text.strip("\n").split("\n")) + "\n"


ARCHIVE = djvu("""
Digitized by the Internet Archive
in 2011 with funding from
University of Toronto



http://www.archive.org/details/bellatmarroway00trevuoft




PZ
3
T729B4
1887




THE BELL AT MARROWAY




THE

BELL AT MARROWAY

A ROMANCE



BY

JOSEPHINE A. TREVELYAN

AUTHOR OF "THE QUIET HOUSE," "SEA-HOLLY," ETC.



EDINBURGH
BLACKWOOD AND SONS
1887

[All rights reserved]





TO MY MOTHER

THIS BOOK IS DEDICATED




THE BELL AT MARROWAY.



CHAPTER I.

THE SEXTON.

Old Amos Petherick had rung the bell at Marroway
for forty-one years, and in all that time he had
never once been late, nor, as he liked to say, early
either. He lived in a cottage at the churchyard gate
with a grey cat and a clock that had belonged to his
grandfather, and he trusted the clock a great deal

l

2 THE BELL AT MARROWAY.

more than he trusted the vicar.

"It gains," the vicar told him, on the 12th of
March, when the bell rang five minutes before the
service. "It has gained since Lady Day, Amos."

Amos did not answer. He had become accus-

THE SEXTON. 3

tomed to the vicar, as one grows used to weather,
and he went on winding the clock in the evenings
as he had always done, with his back to the door
and his hat on the table beside him. Mrs.
Penhallow, who kept the shop, said that he talked
to it; but Mrs. Penhallow said a great many things.

4 THE BELL AT MARROWAY.



CHAPTER II.

THE NEW CURATE.

The new curate came in April, on foot, carrying a
bag that was too heavy for him, and he stopped half-
way up the hill to look at the church. It was there
that Amos first saw him, sitting on the wall by the
church-
yard, and it was there that the curate asked him the
question which nobody at Marroway had asked him
in forty-one years: why the bell-rope was tied with
a red thread above the sally.

Digitized by Google

THE BELL AT MARROWAY. 1I

Amos looked at him for a long time. Then he said
that his father had tied it there, and his father's
father before that, and that it was not a thing a
curate need trouble about; and he went on down to
the churchyard to cut the grass, which did not need
cutting.

- 15 -

That night the bell rang once, at half past two,
and nobody in Marroway would say who had rung
it, nor which way he had gone.

THE END.




EDINBURGH: PRINTED BY MORRISON AND GIBB.



PLEASE DO NOT REMOVE
CARDS OR SLIPS FROM THIS POCKET

UNIVERSITY OF TORONTO LIBRARY
""")


def test_an_archive_scans_furniture_is_left_out_and_its_title_page_gives_the_credits(tmp_path):
    manuscript, said = read_book(ARCHIVE, tmp_path, "bellatmarroway00trevuoft_djvu.txt")
    credits = ("The Bell at Marroway", "Josephine A. Trevelyan")
    assert (manuscript.title, manuscript.author) == credits
    spoken = everything(said)
    for furniture in ("Digitized", "archive dot org", "T729B4", "BELL AT MARROWAY", "ROMANCE",
                      "BLACKWOOD", "All rights", "THE SEXTON.", "Google", "POCKET", "MORRISON"):
        assert furniture not in spoken  # fmt: skip
    assert "TO MY MOTHER" in spoken  # the dedication is read, as in any book
    gone = left_out(manuscript)
    assert "in 2011 with funding from" in gone["the scanning library's header"]
    assert gone["a library's call number"] == "PZ\n3\nT729B4\n1887"
    assert "2 THE BELL AT MARROWAY." in gone["running heads"]
    assert "THE BELL AT MARROWAY. 1I" in gone["running heads"]  # OCR read its 11 as "1I"
    assert gone["page numbers"] == "l\n- 15 -"
    assert gone["scanners' watermarks"] == "Digitized by Google"
    assert "UNIVERSITY OF TORONTO LIBRARY" in gone["the printed copy's pages after the end"]
    assert "A ROMANCE" in gone["title page"] and "[All rights reserved]" in gone["title page"]


def test_a_sentence_cut_by_a_page_break_is_whole_and_its_lines_are_prose(tmp_path):
    manuscript, said = read_book(ARCHIVE, tmp_path, "bellatmarroway00trevuoft_djvu.txt")
    one = manuscript.chapters[1].paragraphs
    assert one[0].text.endswith("he trusted the clock a great deal more than he trusted the vicar.")
    assert LINE_BREAK not in "".join(p.text for c in manuscript.chapters for p in c.paragraphs)
    spoken = dict(said)["CHAPTER I. THE SEXTON"]
    assert '"It gains," the vicar told him, on the twelfth of March, when the bell rang five ' \
           "minutes before the service." in spoken  # fmt: skip
    assert any(s.startswith("Missus Penhallow, who kept the shop") for s in spoken)


def test_words_hyphenated_at_a_lines_end_are_joined_and_compounds_keep_their_hyphen(tmp_path):
    manuscript, _ = read_book(ARCHIVE, tmp_path, "bellatmarroway00trevuoft_djvu.txt")
    text = " ".join(p.text for c in manuscript.chapters for p in c.paragraphs)
    assert "He had become accustomed to the vicar" in text  # over a page break and its head
    assert "by the churchyard, and" in text  # "churchyard" is spelt so elsewhere
    assert "stopped half-way up the hill" in text  # "half" and "way" are words of the book
    assert "why the bell-rope was tied" in text
    assert "- " not in text.replace(" - ", "")


def test_a_title_abbreviation_at_a_lines_end_stays_with_its_name_in_any_text(tmp_path):
    text = "CHAPTER I.\n\nThey went up to the hall with Dr.\nMortimer and Mrs.\nGale at noon.\n"
    _, said = read_book(text, tmp_path)
    assert "They went up to the hall with Doctor Mortimer and Missus Gale at noon." in said[0][1]


def test_a_compound_broken_at_its_hyphen_is_whole_again_in_any_text():
    """Outside a scan nothing tells a broken word from a compound: the hyphen stays,
    and no space is read into the word."""
    text = ("CHAPTER I.\n\nThe lantern was lit each night by the ferry-\nman, and most new-\n"
            "comers thought it a warning, though the Anglo-\nSaxon name meant only a ford.\n")
    said = find_chapters(text).chapters[0][1][0].text
    assert "by the ferry-man, and most new-comers thought" in said
    assert "the Anglo-Saxon name" in said


JUSTIFIED = """CHAPTER I.

THE FARM.

MY dear Lucy, you will have heard from
our cousin that we came to Ashcombe on the
Tuesday, after three days on the road from Bath,
and you will ask how I like it. I like the house
better than I feared, and the people rather less; which,
as your mother would say, is the way with all new
places.

We arrived on the 2nd of May and dined on the
14th with the Rector.

    Here stands the mill upon the stream,
    Here turns the wheel as in a dream,
    And here the miller, white and slow,
    Counts every sack that comes below.
"""


def test_printed_prose_is_read_as_prose_though_its_lines_seem_short(tmp_path):
    """Justified print puts fewer letters on one line than on the next: counted in
    characters, its lines seem to end with room to spare, as verse's do. Verse whose
    lines each open with a capital is still read line by line."""
    manuscript, said = read_book(JUSTIFIED, tmp_path)
    texts = [p.text for p in manuscript.chapters[0].paragraphs]
    assert LINE_BREAK not in texts[0] and LINE_BREAK not in texts[1]
    dinner = "We arrived on the second of May and dined on the fourteenth with the Rector."
    assert dinner in said[0][1]
    assert texts[2].count(LINE_BREAK) == 3  # the verse keeps its lines


HATHI = """## p. (#1) #####################################################



## p. (#2) #####################################################

Digitized by Google


## p. (#3) #####################################################

THE

WINTER AT CLOVELLY;

OR, LETTERS FROM THE COAST.

BY A GENTLEMAN.

BATH:

PRINTED FOR J. HAZARD, IN CHEAP STREET.

M DCC XCII.

Digitized by Google                    Original from
HARVARD UNIVERSITY


## p. 1 (#9) ##################################################

THE

WINTER AT CLOVELLY.

CHAP. I.

The Journey.

DEAR Edward, we came down the hill into the
village on foot, for no carriage can go where the
street goes, and my portmanteau was carried by a

Digitized by Google


## p. 2 (#10) #################################################

2 THE WINTER AT CLOVELLY.

donkey that had more sense than its master. The
inn is kept by a widow who cooks herrings in ways
I had not thought possible.

Original from
HARVARD UNIVERSITY


## p. 3 (#11) #################################################

THE JOURNEY. 3

CHAP. II.

The Harbour.

THE harbour is no bigger than a London square, and
is full of boats at every hour. I counted forty.

Digitized by Google


## p. 4 (#12) #################################################

4 THE WINTER AT CLOVELLY.

The fishermen say it will blow before Sunday.

FINIS.
"""


def test_hathitrust_pages_read_without_their_markers_watermarks_and_heads(tmp_path):
    manuscript, said = read_book(HATHI, tmp_path, "winteratclovell00gent.txt")
    assert (manuscript.title, manuscript.author) == ("The Winter at Clovelly", "A Gentleman")
    assert [title for title, _ in said] == ["Chapter I. The Journey", "Chapter II. The Harbour"]
    assert [texts[0] for _, texts in said][1:] == ["Chapter Two. The Harbour."]
    spoken = everything(said)
    for furniture in ("## p.", "number", "Digitized", "Original from", "HARVARD", "CLOVELLY",
                      "THE JOURNEY", "CHEAP STREET", "M DCC"):
        assert furniture not in spoken  # fmt: skip
    first = manuscript.chapters[0].paragraphs[0].text
    assert "my portmanteau was carried by a donkey that had more sense than its master." in first
    gone = left_out(manuscript)
    assert gone["HathiTrust's page markers"].count("## p.") == 7
    assert gone["running heads"] == (
        "2 THE WINTER AT CLOVELLY.\nTHE JOURNEY. 3\n4 THE WINTER AT CLOVELLY."
    )
    assert "Original from\nHARVARD UNIVERSITY" in gone["scanners' watermarks"]


STAMPED = """CHAPTER I.

THE WEIR.

The weir was built in the year of the great frost, and the
village has argued about it ever since.

Digitized by Microsoft®

Nobody could say who had paid for the stones.

Digitized by VjOOQIC

"Ask the miller," said the blacksmith.

CHAPTER II.

THE FLOOD.

It came at night.

THE END.



RETURN TO the circulation desk of any
University of California Library

DUE AS STAMPED BELOW

APR 9 1936

LD 21-100m-7,'33
"""


def test_watermarks_as_ocr_reads_them_and_the_librarys_slips_are_left_out(tmp_path):
    manuscript, said = read_book(STAMPED, tmp_path)
    spoken = everything(said)
    assert "Digitized" not in spoken and "circulation" not in spoken and "LD" not in spoken
    assert spoken.count("THE END") == 1
    gone = left_out(manuscript)
    assert gone["scanners' watermarks"] == "Digitized by Microsoft®\nDigitized by VjOOQIC"
    assert gone["the printed copy's pages after the end"].endswith("LD 21-100m-7,'33")


FOLIOS = """CHAPTER I.

THE QUARRY.

The quarry lay above the village, and the men who worked it
went up every morning before light. They were quiet men, and

22

their wives were quieter; the only sound in the valley was the
crack of the charges, twice a day.

"Is it always so?" the stranger asked.

- 23 -

"Always," said the foreman.

24

CHAPTER II.

THE FALL.

The fall came in the wet spring.

— 25 —

Nobody was hurt.
"""


def test_page_numbers_alone_are_left_out_where_they_cut_a_sentence(tmp_path):
    """No header, no watermark: the page numbers rising through the text, one of them in
    mid-sentence, show a scan."""
    manuscript, said = read_book(FOLIOS, tmp_path)
    first = manuscript.chapters[0].paragraphs[0].text
    assert first.endswith("They were quiet men, and their wives were quieter; the only sound "
                          "in the valley was the crack of the charges, twice a day.")  # fmt: skip
    spoken = everything(said)
    for number in ("twenty-two", "twenty-three", "twenty-four", "twenty-five"):
        assert number not in spoken
    assert left_out(manuscript)["page numbers"] == "22\n- 23 -\n24\n— 25 —"


def test_numbered_sections_a_speakers_number_and_a_contents_list_are_no_page_furniture():
    """What only looks like page furniture in a book that is no scan is read as before:
    sections numbered "1", "2", "3", a play's "2 CITIZEN." and a contents list's entries
    ("1 THE TOLL-HOUSE") that name the chapters."""
    sections = "1\n\nThe first part begins.\n\n2\n\nThe second part.\n\n3\n\nThe third part.\n"
    found = find_chapters(sections)
    assert [title for title, _ in found.chapters] == ["1", "2", "3"]
    play = ("ACT I.\n\n1 CITIZEN. Where goes the king?\n\n2 CITIZEN. To the abbey.\n\n"
            "1 CITIZEN. Then so do we.\n\n3 CITIZEN. And I.\n")  # fmt: skip
    text = " ".join(p.text for _, ps in find_chapters(play).chapters for p in ps)
    assert text.count("CITIZEN") == 4
    assert not find_chapters(play).omitted
    entries = ["1 THE TOLL-HOUSE", "2 THE MARKET", "3 THE FAIR", "4 THE ROAD HOME"]
    chapters = "".join(f"{e[2:]}\n\nThe {e.split()[-1].lower()} was quiet.\n\n" for e in entries)
    found = find_chapters("CONTENTS\n\n" + "\n\n".join(entries) + "\n\n\n\n" + chapters)
    assert [o.text for o in found.omitted] == ["CONTENTS\n" + "\n".join(entries)]


@pytest.mark.parametrize("heading", ["CHAPTER", "DAY", "SONNET", "ROUND"])
def test_numbered_headings_over_their_own_texts_are_no_running_heads(heading):
    """"CHAPTER 1" … "CHAPTER 4", or "DAY 1" … "DAY 4", rise as a scan's page numbers do,
    but each stands over whole sentences: no page break cuts one, so no line is furniture."""
    parts = [
        "The alarm went at six, and Nora lay listening to the rain for a long time.",
        "The rain had stopped by morning, and she walked to the station the long way.",
        '"Yes," she said on the third day. "I know. I will be there."',
        "Nothing happened on the fourth day, which was its own kind of news.",
    ]
    text = "".join(f"{heading} {n}\n\n{part}\n\n" for n, part in enumerate(parts, 1))
    found = find_chapters(text)
    assert not found.omitted
    said = " ".join([t or "" for t, _ in found.chapters] + [p.text for _, ps in found.chapters
                                                          for p in ps])  # fmt: skip
    for n in range(1, 5):
        assert f"{heading} {n}" in said


GOOGLE = """This is a digital copy of a book that was preserved for generations on library shelves before it was carefully scanned by Google as part of a project
to make the world's books discoverable online.

Usage guidelines

Google is proud to partner with libraries to digitize public domain materials and make them widely accessible.

About Google Book Search

You can search through the full text of this book on the web

at |http : //books . google . com/|



Digitized by LjOOQle


CHAPTER I.

THE ROAD.

The road ran straight across the moor for seven miles.
"""  # noqa: E501


def test_google_books_notice_is_left_out(tmp_path):
    manuscript, said = read_book(GOOGLE, tmp_path)
    spoken = everything(said)
    assert "digital copy" not in spoken and "Google" not in spoken
    assert "The road ran straight across the moor for seven miles." in spoken
    assert left_out(manuscript)["Google Books' notice"].startswith("This is a digital copy")


AUSTRALIA = """Project Gutenberg Australia
a treasure-trove of literature
treasure found hidden with no evidence of ownership

Title: The Drover's Wife and Other Yarns
Author: Mary Kettering (1858-1927)
* A Project Gutenberg of Australia eBook *
eBook No.:  2400123.txt
Language:   English
Date first posted:  May 2024

Project Gutenberg of Australia eBooks are created from printed editions
which are in the public domain in Australia, unless a copyright notice
is included.

This eBook is made available at no cost and with almost no restrictions
whatsoever. You may copy it, give it away or re-use it under the terms
of the Project Gutenberg Australia License which may be viewed online at
https://www.gutenberg.net.au/licence.html

To contact Project Gutenberg Australia go to https://www.gutenberg.net.au

---------------------------------------------------------------------------


Title:      The Drover's Wife and Other Yarns
Author:     Mary Kettering




CHAPTER I.
THE CAMP AT BOGAN GATE.

The drovers made camp at sundown by the dry creek.

CHAPTER II.
THE STORM.

The storm broke before midnight.


THE END




This site is full of FREE ebooks - Project Gutenberg Australia
"""


def test_project_gutenberg_australias_header_gives_the_credits_and_is_not_read(tmp_path):
    manuscript, said = read_book(AUSTRALIA, tmp_path, "2400123.txt")
    assert (manuscript.title, manuscript.author) == (
        "The Drover's Wife and Other Yarns", "Mary Kettering"
    )
    assert [title for title, _ in said] == [
        "CHAPTER I. THE CAMP AT BOGAN GATE", "CHAPTER II. THE STORM"
    ]
    spoken = everything(said)
    assert "treasure" not in spoken and "licence" not in spoken and "FREE ebooks" not in spoken
    gone = left_out(manuscript)
    header = gone["Project Gutenberg Australia's header and licence"]
    assert "Date first posted:  May 2024" in header
    assert gone["Project Gutenberg Australia's closing line"].startswith("This site is full")


FADED = """* A Distributed Proofreaders Canada Ebook *

This ebook is made available at no cost and with very few restrictions.
These restrictions apply only if (1) you make a change in the ebook (other
than alteration for different display devices), or (2) you are making
commercial use of the ebook.

Title: Snow on the Portage
Date of first publication: 1923
Author: Henri Lacombe (1880-1951)
Date first posted: Mar. 3, 2024
Faded Page eBook #20240311

This ebook was produced by: Marie Tremblay & the online Distributed
Proofreaders Canada team at https://www.pgdpcanada.net




CHAPTER I.
THE PORTAGE.

The canoes came down the river in the last week of October.


THE END




[The end of _Snow on the Portage_ by Henri Lacombe]
"""


def test_faded_pages_header_and_closing_line_are_not_read(tmp_path):
    manuscript, said = read_book(FADED, tmp_path, "fp-20240311.txt")
    assert (manuscript.title, manuscript.author) == ("Snow on the Portage", "Henri Lacombe")
    spoken = everything(said)
    assert "restrictions" not in spoken and "The end of" not in spoken
    gone = left_out(manuscript)
    assert "Faded Page eBook #20240311" in gone["Faded Page's header and licence"]
    closing = "[The end of _Snow on the Portage_ by Henri Lacombe]"
    assert gone["Faded Page's closing line"] == closing


def test_chap_headings_are_chapters_with_their_titles(tmp_path):
    text = ("CHAP. I.\n\nThe Arrival.\n\nWe came late to the inn.\n\n"
            "CHAP. II.\n\nThe Fair.\n\nThe fair was held on Monday.\n")  # fmt: skip
    manuscript, said = read_book(text, tmp_path)
    assert [title for title, _ in said] == ["Chapter I. The Arrival", "Chapter II. The Fair"]
    assert "Chapter One. The Arrival." in said[0][1] and "Chapter Two. The Fair." in said[1][1]
    assert [p.text for c in manuscript.chapters for p in c.paragraphs] == [
        "We came late to the inn.", "The fair was held on Monday."
    ]


def test_a_chapters_one_line_first_paragraph_is_still_no_title(tmp_path):
    """A title ending in a stop is taken only when every such heading has one."""
    text = ("Chapter 1\n\nSilence.\n\nThe house was empty when she came back.\n\n"
            "Chapter 2\n\nThe phone rang at noon, and nobody answered it.\n")  # fmt: skip
    _, said = read_book(text, tmp_path)
    assert [title for title, _ in said] == ["Chapter 1", "Chapter 2"]
    assert "Silence." in said[0][1]
