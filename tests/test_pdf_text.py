"""Plain text that a converter made from a typeset book: pdftotext's pages (form feeds
between them, a page number and a running head at each page's head or foot, printed
lines with no blank line between paragraphs, drop caps split from their words), with
`-layout` (the page's margins and indents kept) and without, and Calibre's TXT of an
e-book (its title page of title, genre and author). The books are made up; their
layouts are the converters'."""

from __future__ import annotations

from pathlib import Path

from audiobook.models import LINE_BREAK
from audiobook.text.ingest import locate_book, read_manuscript
from audiobook.text.readers.plaintext import find_chapters
from audiobook.text.segment import audit_words, segment


def read_book(text: str, folder: Path, name: str = "book.txt"):  # type: ignore[no-untyped-def]
    """The manuscript and what is said in each chapter (its text, not the credits nor its
    title), the word audit passed."""
    (folder / name).write_text(text, encoding="utf-8")
    book = locate_book(folder / name)
    manuscript = read_manuscript(book)
    chapters = segment(manuscript, book.config)
    audit_words(manuscript, list(chapters))
    return manuscript, [
        (ch.title, [s.spoken for s in ch.segments if s.kind == "text"]) for ch in chapters
    ]


def everything(said: list[tuple[str, list[str]]]) -> str:
    return "\n".join(text for _, texts in said for text in texts)


def left_out(manuscript) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """What was left out, by its description without the line count."""
    return {o.what.split(" (")[0]: o.text for o in manuscript.omitted}


PDFTOTEXT = """THE LAMP AT HOLLIN FORD

A Novel

Rosalind Achterberg

\fCopyright © 2022 Rosalind Achterberg
All rights reserved.

\fContents

1 The Ferry

1

2 The Toll-Keeper

5

3 High Water

9

\fChapter 1

The Ferry

T HE ferry at Hollin Ford ran on a chain, and the chain ran under the river
from one bank to the other, so that on still evenings you could hear it
grumbling in the mud long after the boat had tied up. Nell had listened to
it every night of her life.
Her father kept the lamp on the landing stage and the book of crossings
in the hut beside it. He wrote each crossing in the book, the hour and the
fare and the name, if the passenger would give one, and most would not.
On the night the stranger came the river was high and brown, and the
lamp had been lit an hour early because of the rain. He stood on the far
bank and swung his own lantern until her father, grumbling louder than
the chain, went down to fetch him, and the boat came back low in the

1

\f2

THE LAMP AT HOLLIN FORD

water with the two of them in it. The stranger paid in silver and asked
for a bed, and her father, who had never let a room in his life, said there
was the loft above the hut if he did not mind the smell of tar.
He did not mind it. He stayed nine days.

\fChapter 1. The Ferry

3

On the ninth he was gone before light, and the book of crossings said
nothing of him at all.

\fChapter 2

The Toll-Keeper

I T was a week before anyone asked about him. The toll-keeper on the
bridge road came down with his hat in his hands and asked whether the ferry
had carried a tall man with a grey lantern, and Nell said it had, and that the
lantern had been green, not grey, which was a thing she had noticed and he
had not. The toll-keeper looked at her with a new respect and wrote it in
his own book, which was smaller than the ferry's and bound in red, and in
which he kept, he said, a record of every person who had ever cheated him.

5

\f6

THE LAMP AT HOLLIN FORD

It was a long book. He showed her the first page, where the names were in
a hand so old that the ink had gone brown, and the last, where the stranger
had been written in that morning under the heading Owes Twopence.

\fChapter 3

High Water

E LIAS Brack, who owned the mill, said the river would come over the stage
by Sunday, and he was right. Nell and her father carried the book of
crossings up to the loft and sat with it between them while the water rose
through the floor of the hut below.
Elias came by in his own boat on the Monday and took them off. He did not
ask for a fare, and her father did not offer one, and neither of them wrote

9

\f10

THE LAMP AT HOLLIN FORD

anything down. It was the only crossing in forty years that went into no
book at all.
"""


def test_pdftotext_pages_lose_their_numbers_and_heads_and_read_as_paragraphs(tmp_path):
    manuscript, said = read_book(PDFTOTEXT, tmp_path)
    assert [title for title, _ in said] == [
        "Chapter 1. The Ferry", "Chapter 2. The Toll-Keeper", "Chapter 3. High Water",
    ]  # fmt: skip
    assert (manuscript.title, manuscript.author) == ("The Lamp at Hollin Ford",
                                                     "Rosalind Achterberg")  # fmt: skip
    omitted = left_out(manuscript)
    assert omitted["page numbers"].split() == ["1", "2", "3", "5", "6", "9", "10"]
    assert omitted["running heads"].split("\n") == [
        "THE LAMP AT HOLLIN FORD", "Chapter 1. The Ferry", "THE LAMP AT HOLLIN FORD",
        "THE LAMP AT HOLLIN FORD",
    ]  # fmt: skip
    text = everything(said)
    assert "HOLLIN FORD" not in text and "Chapter 1. The Ferry" not in text
    # a sentence cut by a page break is whole, its printed lines one paragraph
    assert "the boat came back low in the water with the two of them in it." in text
    assert "written in that morning" in text and "It was a long book." in text
    first = said[0][1]
    # a drop cap is joined to its word at a chapter's first line, and the lines are prose
    assert first[0].startswith("THE ferry at Hollin Ford ran on a chain, and the chain ran under")
    assert said[1][1][0].startswith("IT was a week")
    assert said[2][1][0].startswith("ELIAS Brack")
    # the contents list ends where the first chapter's page begins
    assert omitted["table of contents"].split("\n")[0] == "Contents"
    assert "Chapter 1" not in omitted["table of contents"]


def test_a_line_end_hyphen_is_joined_unless_the_book_writes_a_compound():
    pages = [
        "Chapter 1\n\nThe Yard\n\nThe boat-house stood at the end of the yard, where old men\n"
        "mended nets all the morning and argued all the after-\nnoon about the weather and the "
        "price of rope, and nobody ever\ncame down to the boat-\nhouse but the cat.\n\n1",
        "2\n\nTHE YARD BOOK\n\nIn the afternoon the nets were hung to dry on the rail beside the "
        "water,\nand in the evening the men went home and the yard belonged to the gulls\nand "
        "the rats and the tide, which came in twice a day whatever anyone said.",
        "3\n\nTHE YARD BOOK\n\nNobody had ever counted the gulls, though there was a man who "
        "claimed\nto have counted the rats, and he said there were more of them than of\nus.",
    ]
    found = find_chapters("\f".join(pages))
    text = " ".join(p.text for _, ps in found.chapters for p in ps)
    assert "all the afternoon about" in text
    assert "came down to the boat-house but the cat" in text
    assert "THE YARD BOOK" not in text and "\n1\n" not in text
    assert {o.what.split(" (")[0] for o in found.omitted} >= {"page numbers", "running heads"}


LAYOUT = """


                               THE WINTER CHANDLER
                              a novel in three parts

                                 ODILE MARCHBANK




\f


                                       ONE
                                  The Wax Market



     W    HEN the canal froze the candle-makers of the lower town went out
          onto it with their trays, and Hester went with them, though her
     mother had told her twice that the ice was no place for a girl of ten.
     She carried nine tapers and a stub of red wax for sealing letters.
         The stalls ran from the lock almost to the brewery wall. There were
     roast chestnuts and a man with a dancing dog and a woman who, for a
     farthing, would tell you the name of the person you were going to marry.

                                         1
\f
     2                              ODILE MARCHBANK


         Hester did not want to know the name. She wanted to sell her tapers,
     and by the time the lamps were lit on the lock-gates she had sold eight.
         The ninth she kept, and she kept it all her life.


                                       TWO
                                  The Guildhall



     S    HE was sixteen when the guild let her in, and the oldest member
          voted against her on the ground that she was a girl and the next
     oldest on the ground that she was sixteen.

\f
                                THE WINTER CHANDLER                           3


         The two of them bought their wax from her for thirty years, and she
     never once charged them less than anyone else.




                                         3
"""


def test_pdftotext_layout_pages_indents_and_drop_caps(tmp_path):
    manuscript, said = read_book(LAYOUT, tmp_path)
    assert (manuscript.title, manuscript.author) == ("The Winter Chandler", "Odile Marchbank")
    assert [title for title, _ in said] == ["ONE. The Wax Market", "TWO. The Guildhall"]
    omitted = left_out(manuscript)
    assert omitted["page numbers"].split() == ["1", "3"]
    assert omitted["running heads"].split("\n") == [
        "2                              ODILE MARCHBANK",
        "THE WINTER CHANDLER                           3",
    ]  # fmt: skip
    assert omitted["title page"].split("\n")[1].strip() == "a novel in three parts"
    first = said[0][1]
    # the drop cap's second line is set in deeper: no paragraph starts there
    assert first[0].startswith("WHEN the canal froze the candle-makers of the lower town went out")
    assert "went out onto it with their trays" in first[0]
    text = everything(said)
    assert "ODILE" not in text and "CHANDLER" not in text
    assert said[1][1][0].startswith("SHE was sixteen")
    # an indented first line starts a paragraph; the page's lines join into one
    assert any(s.startswith("Hester did not want to know the name.") for s in first)


INDESIGN = """THE SALT MARSH YEAR
stories
TEODORA WINSHIP
\fFor my brother, who never once fell in
\fONE
The Heron Count
EVERY spring the warden of the marsh counted the herons from the hide on
the sea wall, and every spring the number was smaller. Abel had counted
them for six years, from the first of March until the last of May.
"Forty," said his daughter, when he told her. "That is not so bad."
"It was sixty when I started," Abel said. He had wanted to say it to
someone for a long time, and it sounded less grave than he had meant.
The count was kept in a ledger on a shelf in the hide. Each entry had the
date, the wind, the tide, and a line for the warden's remarks. Abel's prede-
cessor had used the remarks line
6 | Teodora Winship
\fThe Salt Marsh Year | 7
for the football results and the price of eggs. Abel used it for the
herons. On the ninth of April he wrote: Two pairs on the old nest. One
bird alone on the creek, all day, not fishing. I do not know why.
TWO
Winter Wildfowl
In December the marsh belonged to the geese, and Abel went down only
on Sundays, to sit in the cold hide and watch the long grey lines come in.
8 | Teodora Winship
"""


def test_pages_with_no_blank_lines_their_heads_beside_the_numbers(tmp_path):
    manuscript, said = read_book(INDESIGN, tmp_path)
    assert (manuscript.title, manuscript.author) == ("The Salt Marsh Year", "Teodora Winship")
    assert [title for title, _ in said] == ["Dedication", "ONE. The Heron Count",
                                            "TWO. Winter Wildfowl"]  # fmt: skip
    assert left_out(manuscript)["running heads"].split("\n") == [
        "6 | Teodora Winship", "The Salt Marsh Year | 7", "8 | Teodora Winship",
    ]  # fmt: skip
    heron = said[1][1]
    assert heron[0].startswith("EVERY spring the warden of the marsh counted the herons")
    assert "Abel's predecessor had used the remarks line for the football results" in " ".join(
        heron
    )
    # short lines end paragraphs; a line with room to spare in a proportional font does not
    assert "from the hide on the sea wall" in " ".join(heron)
    assert "Winship" not in everything(said[1:])


CALIBRE = """The Lantern Keeper's Niece\r
\r
Imogen Tallis\r
\r
\r
\r
Table of Contents\r
\r
Title Page\r
\r
Copyright\r
\r
Chapter 1: The Harbour Office\r
\r
Chapter 2: Fog at Skerry Head\r
\r
\r
\r
The Lantern Keeper's Niece\r
\r
A Novel\r
\r
Imogen Tallis\r
\r
\r
\r
Copyright © 2020 by Imogen Tallis\r
\r
All rights reserved. No part of this book may be copied in any form without permission.\r
\r
\r
\r
For my aunt, who kept the light at Skerry Head for twenty winters\r
\r
\r
\r
Chapter 1: The Harbour Office\r
\r
Agnes Tallow had worked in the harbour office for nine years and never once been sent out.\r
\r
"You keep the books too well," the harbourmaster told her. "That is why you stay."\r
\r
\r
\r
Chapter 2: Fog at Skerry Head\r
\r
The fog came in on the fourth morning and did not lift for a week.\r
"""


def test_calibres_title_page_of_title_genre_and_author_gives_the_credits(tmp_path):
    manuscript, said = read_book(CALIBRE, tmp_path)
    assert (manuscript.title, manuscript.author) == ("The Lantern Keeper's Niece",
                                                     "Imogen Tallis")  # fmt: skip
    text = everything(said)
    assert "Imogen Tallis" not in text.replace("by Imogen Tallis", "")
    assert "A Novel" not in text
    assert said[0] == ("Dedication", ["For my aunt, who kept the light at Skerry Head for "
                                      "twenty winters"])  # fmt: skip
    assert left_out(manuscript)["title page"].split("\n") == [
        "The Lantern Keeper's Niece", "Imogen Tallis", "The Lantern Keeper's Niece", "A Novel",
        "Imogen Tallis",
    ]  # fmt: skip


def test_the_contents_list_ends_at_the_page_that_opens_the_first_chapter():
    """The list's "2 High Water", "9", a page break, "Chapter 1": that chapter is no entry,
    though a running head the reader cannot tell from text names it again further on."""
    text = "\n\n".join([
        "Contents", "1 The Ferry", "1", "2 High Water", "9",
        "\n\nChapter 1", "The Ferry",
        "The ferry at the ford ran on a chain, and the chain ran under the river.",
        "\n\nChapter 1. The Ferry",
        "On the ninth day he was gone before light, and nobody saw him go.",
        "\n\nChapter 2", "High Water",
        "The river came over the landing stage by Sunday, as the miller had said.",
    ])
    found = find_chapters(text)
    contents = next(o for o in found.omitted if o.what.startswith("table of contents"))
    assert contents.text.split("\n")[-1] == "9"
    assert found.chapters[0][0] == "Chapter 1. The Ferry"
    assert found.chapters[0][1][0].text.startswith("The ferry at the ford ran on a chain")


def test_split_drop_caps_are_joined_only_into_the_books_words():
    text = "\n\n".join([
        "CHAPTER I.", "T HE tide was out and the boats lay on their sides in the mud.",
        "CHAPTER II.", "A LONG way off a bell was ringing, and the tide was long gone.",
        "CHAPTER III.", "I AM not going, said the boy, and it was the end of it.",
        "CHAPTER IV.", "W HEN the tide came in, the boats stood up again, when they could.",
    ])
    found = find_chapters(text)
    firsts = [ps[0].text for _, ps in found.chapters]
    assert firsts == [
        "THE tide was out and the boats lay on their sides in the mud.",
        "A LONG way off a bell was ringing, and the tide was long gone.",
        "I AM not going, said the boy, and it was the end of it.",
        "WHEN the tide came in, the boats stood up again, when they could.",
    ]


def test_form_feeds_between_chapters_numbered_alone_are_no_pages(tmp_path):
    chapters = [
        f"{n}\n\n" + " ".join(
            f"Line {w} of the {n} chapter runs on as a sentence of plain prose."
            for w in ("one", "two", "three")
        )
        for n in (1, 2, 3, 4)
    ]
    manuscript, said = read_book("\f".join(chapters), tmp_path)
    assert [title for title, _ in said] == ["1", "2", "3", "4"]
    assert not any("page" in o.what or "head" in o.what for o in manuscript.omitted)


def test_a_chapters_number_under_its_keyword_at_a_pages_head_is_no_page_number():
    prose = (
        "The lock-keeper's cottage stood on the towpath a mile above the town, and the\n"
        "barges went by its door at the pace of a walking horse all the summer long, so\n"
        "that the children learned to count by them before they could count by anything"
    )
    pages = [
        f"CHAPTER\n\n1\n\n{prose},\n\n1",
        f"2\n\nTHE LOCK-KEEPER\n\n{prose}.\n\n",
        f"3\n\nTHE LOCK-KEEPER\n\n{prose}.",
        f"4\n\nTHE LOCK-KEEPER\n\n{prose}.",
    ]
    found = find_chapters("\f".join(pages))
    assert [p.text for p in found.chapters[0][1][:2]] == ["CHAPTER", "1"]  # kept, not a folio
    numbers = next(o for o in found.omitted if o.what.startswith("page numbers"))
    assert numbers.text.split() == ["1", "2", "3", "4"]


def _prose_page(opening: str) -> str:
    """A page of printed prose under its first line (a heading, a running head)."""
    return f"{opening}\n\n" + "\n".join(
        [
            "The ferryman's daughter rowed across each morning with the post, and she",
            "rowed back each evening with whatever the island had to send, which was",
            "mostly wool and sometimes a letter. Nobody on the mainland wrote back.",
        ]
        * 2
    )


def test_a_chapters_number_and_title_opening_a_page_is_its_heading_not_a_page_number():
    """"1 THE FERRY HOUSE" opens its chapter's page: a heading, though "THE ISLAND POST 4",
    printed on two pages, is a running head with its page number."""
    pages = [
        _prose_page("1 THE FERRY HOUSE"), _prose_page("THE ISLAND POST 4"),
        _prose_page("MAREN SOLVIK 5"), _prose_page("2 THE WOOL BOAT"),
        _prose_page("THE ISLAND POST 8"), _prose_page("MAREN SOLVIK 9"),
    ]  # fmt: skip
    found = find_chapters("\f".join(pages))
    assert [title for title, _ in found.chapters] == ["1. THE FERRY HOUSE", "2. THE WOOL BOAT"]
    heads = next(o for o in found.omitted if o.what.startswith("running heads"))
    assert heads.text.split("\n") == [
        "THE ISLAND POST 4", "MAREN SOLVIK 5", "THE ISLAND POST 8", "MAREN SOLVIK 9",
    ]  # fmt: skip


def test_numbered_headings_and_dates_over_pages_are_read_not_left_out():
    """Chapters set a page apiece under "1 THE FERRY HOUSE", "1  Count the Cost" (title
    case, two spaces) or a diary's "4 MARCH": no running head beside them is printed
    twice, or their numbers leap as no page's do; each is read."""
    books = {
        "caps": [f"{n} {t}" for n, t in enumerate(["THE FERRY HOUSE", "THE WOOL BOAT",
                                                   "THE GALE", "AFTER THE GALE"], 1)],
        "title case": [f"{n}  {t}" for n, t in enumerate(["Count the Cost", "Ask Twice",
                                                          "Sleep on It", "Walk Away"], 1)],
        "diary": ["4 MARCH", "11 MARCH", "19 MARCH", "27 MARCH"],
    }  # fmt: skip
    for book, openings in books.items():
        found = find_chapters("\f".join(_prose_page(line) for line in openings))
        said = " ".join(p.text for _, ps in found.chapters for p in ps) + " ".join(
            title or "" for title, _ in found.chapters
        )
        words = [" ".join(line.split()[1:]) for line in openings]
        assert all(w in said for w in words), book
        assert not any("page" in o.what or "head" in o.what for o in found.omitted), book


def test_a_line_of_words_or_a_year_ending_a_page_is_read_and_verse_stays_verse():
    """Chapters signed off "HAVANA 1952", ending on a door's "CABIN 402", poems dated
    under their last line: no page numbers, and the poems' lines stay apart."""
    signed = "\n\n\n\n".join(
        f"CHAPTER {n}\n\nThe boat left before the light, and the harbour was empty.\n"
        f"Nobody came down to see us go.\n\n{place}"
        for n, place in enumerate(["HAVANA 1952", "VERACRUZ 1954", "CADIZ 1957"], 1)
    )
    cabins = "\n\n\n\n\n".join(
        f"CHAPTER {n}\n\nThe corridor smelled of salt and paint. Ilse found the door.\n"
        f"The number was painted over twice.\n\nCABIN {402 + 2 * n}"
        for n in range(1, 5)
    )
    poems = "THE HILL FARM\n\n\n\n" + "\n\n\n\n".join(
        f"{title}\n\nThe gate stood open all winter\nand the sheep came down off the fell "
        f"in the first snow\nto the kitchen door\n\n{year}"
        for title, year in [("GATE", "1921"), ("SHEEP", "1922"), ("DOORWAY", "1923"),
                            ("THAW", "1925")]
    )  # fmt: skip
    for text, kept in [(signed, ["HAVANA 1952", "VERACRUZ 1954", "CADIZ 1957"]),
                       (cabins, ["CABIN 404", "CABIN 406", "CABIN 408", "CABIN 410"]),
                       (poems, ["1921", "1922", "1923", "1925"])]:  # fmt: skip
        found = find_chapters(text)
        paragraphs = [p.text for _, ps in found.chapters for p in ps]
        assert all(line in paragraphs for line in kept), kept
        assert not any("page" in o.what for o in found.omitted), kept
    verse = [p for p in paragraphs if p.startswith("The gate stood open")]
    assert len(verse) == 4 and all(p.count(LINE_BREAK) == 2 for p in verse)
