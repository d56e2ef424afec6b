"""Indie and memoir Word books (sweep 4): a dedication on its own page after a front
"Also by" page, a Word list's items each read as its own paragraph, an About the Author
page's links and their lead-in line left out as the EPUB reader leaves them out, a
collection's Permissions and Credits pages left out, and a photo's caption typed under
the picture. Each with a near miss that must stay read as before."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Inches, Pt

from audiobook.models import LINE_BREAK, Manuscript
from audiobook.text.ingest import locate_book, read_manuscript


def _read(document, path: Path) -> Manuscript:  # type: ignore[no-untyped-def]
    document.save(str(path))
    return read_manuscript(locate_book(path))


def _page_break(document) -> None:  # type: ignore[no-untyped-def]
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def _centred(document, text: str) -> None:  # type: ignore[no-untyped-def]
    document.add_paragraph(text).alignment = WD_ALIGN_PARAGRAPH.CENTER


def _chapters(manuscript: Manuscript) -> dict[str, list[str]]:
    return {c.title: [p.text for p in c.paragraphs] for c in manuscript.chapters}


def _left_out(manuscript: Manuscript) -> str:
    return "\n".join(o.text for o in manuscript.omitted)


CHAPTER_ONE = [
    "The last ferry left Port Alder at 6:15, and Gemma Russo missed it by four minutes.",
    "She stood on the dock with her suitcase and watched the wake spread out behind the "
    "boat like a wedding train.",
    "“You’re the Russo girl,” said a voice behind her.",
]
CHAPTER_TWO = [
    "The house smelled of lemon oil and low tide. Someone had left the porch light on.",
    "There were 212 letters, in a cedar box, tied with butcher’s string.",
]
COPYRIGHT = ["Copyright © 2023 by Delia Marchetti", "All rights reserved.",
             "ISBN 978-1-7377123-0-4 (ebook)", "Cover design by Stellar Covers Co."]
DEDICATION = "For Nonna Rosa, who knew every tide by heart."


def _kdp_front(document, *, also_by: bool) -> None:  # type: ignore[no-untyped-def]
    """Vellum's and KDP's order: Also by, title page, copyright, dedication, each its
    own page, the dedication with no heading."""
    if also_by:
        document.add_heading("Also by Delia Marchetti", 1)
        for line in ("THE HARBOR SISTERS SERIES", "The Salt Road", "The Tide Between Us",
                     "STANDALONES", "The Glass Orchard"):  # fmt: skip
            document.add_paragraph(line)
        _page_break(document)
    for line in ("The Salt Road", "A Harbor Sisters Novel", "Delia Marchetti"):
        _centred(document, line)
    _page_break(document)
    for line in COPYRIGHT:
        _centred(document, line)
    _page_break(document)
    _centred(document, DEDICATION)
    _page_break(document)


def _chapter(document, title: str, paragraphs: list[str]) -> None:  # type: ignore[no-untyped-def]
    document.add_heading(title, 1)
    for text in paragraphs:
        document.add_paragraph(text)
    _page_break(document)


# ---------------------------------------------------- 1. a dedication after "Also by"


def test_dedication_after_a_front_also_by_page_is_read(tmp_path: Path) -> None:
    """The dedication's page follows the "Also by" page (and the title and copyright
    pages): it is judged on its own, read under "Dedication", not left out with the
    "Also by" page that its heading ran on over it."""
    document = docx.Document()
    _kdp_front(document, also_by=True)
    document.add_heading("Get a Free Novella!", 1)
    document.add_paragraph("Get a FREE novella when you join my newsletter at "
                           "deliamarchetti.com/free!")  # fmt: skip
    _page_break(document)
    _chapter(document, "Chapter 1", CHAPTER_ONE)
    _chapter(document, "Chapter 2", CHAPTER_TWO)
    manuscript = _read(document, tmp_path / "novel.docx")
    chapters = _chapters(manuscript)
    assert chapters["Dedication"] == [DEDICATION]
    assert list(chapters) == ["Dedication", "Chapter 1", "Chapter 2"]
    assert DEDICATION not in _left_out(manuscript)
    assert "The Glass Orchard" in _left_out(manuscript)  # the "Also by" page itself


def test_dedication_after_a_title_page_is_read_as_before(tmp_path: Path) -> None:
    """Near miss: with no "Also by" page, the dedication after the title and copyright
    pages was read under "Dedication" already, and still is, once."""
    document = docx.Document()
    _kdp_front(document, also_by=False)
    _chapter(document, "Chapter 1", CHAPTER_ONE)
    _chapter(document, "Chapter 2", CHAPTER_TWO)
    manuscript = _read(document, tmp_path / "novel.docx")
    chapters = _chapters(manuscript)
    assert chapters["Dedication"] == [DEDICATION]
    assert list(chapters) == ["Dedication", "Chapter 1", "Chapter 2"]


def test_a_chapters_own_page_that_opens_for_is_no_dedication(tmp_path: Path) -> None:
    """Near miss: a page inside a chapter that opens "For …" (a letter's page after a
    page break) is the chapter's text, not a dedication: only front matter is judged."""
    document = docx.Document()
    _kdp_front(document, also_by=False)
    document.add_heading("Chapter 1", 1)
    for text in CHAPTER_ONE:
        document.add_paragraph(text)
    _page_break(document)
    document.add_paragraph("For Gemma, when she comes home.")
    _page_break(document)
    _chapter(document, "Chapter 2", CHAPTER_TWO)
    chapters = _chapters(_read(document, tmp_path / "novel.docx"))
    assert chapters["Chapter 1"][-1] == "For Gemma, when she comes home."
    assert list(chapters) == ["Dedication", "Chapter 1", "Chapter 2"]


# ------------------------------------------------------ 2. a Word list's items

RESOURCES = [
    "Cruse Bereavement Support: 0808 808 1677 | www.cruse.org.uk",
    "Samaritans: call 116 123 (free, 24/7) or email jo@samaritans.org",
    "Marie Curie Support Line: 0800 090 2309",
    "In the US: 988 Suicide & Crisis Lifeline — call or text 988",
]


def test_bulleted_list_items_are_each_a_paragraph(tmp_path: Path) -> None:
    """A memoir's Resources page in "List Bullet": each helpline is its own paragraph,
    with a pause after it, never joined into one run-on line with the next."""
    document = docx.Document()
    _chapter(document, "Prologue", ["The box arrived three weeks after the funeral, by "
                                    "Royal Mail, with my mother’s handwriting on the label."])
    document.add_heading("Resources", 1)
    document.add_paragraph("If you have been affected by any of the issues in this book, "
                           "the following organisations can help:")  # fmt: skip
    for item in RESOURCES:
        document.add_paragraph(item, style="List Bullet")
    chapters = _chapters(_read(document, tmp_path / "memoir.docx"))
    assert chapters["Resources"][1:] == RESOURCES


def test_numbered_list_inside_a_chapter_is_read_item_by_item(tmp_path: Path) -> None:
    """Near miss: a short numbered list inside a chapter stays read, in order, with its
    numbers, each item its own paragraph, and the prose round it as it was."""
    document = docx.Document()
    document.add_heading("Chapter 1", 1)
    document.add_paragraph("My mother kept three rules in the kitchen, and she said them "
                           "every Sunday before the roast went in:")  # fmt: skip
    for item in ("Wash your hands", "Taste as you go", "Never waste the gravy"):
        document.add_paragraph(item, style="List Number")
    document.add_paragraph("We broke all three before I was ten.")
    document.add_heading("Chapter 2", 1)
    document.add_paragraph(CHAPTER_TWO[0])
    chapters = _chapters(_read(document, tmp_path / "rules.docx"))
    assert chapters["Chapter 1"][1:] == [
        "1. Wash your hands", "2. Taste as you go", "3. Never waste the gravy",
        "We broke all three before I was ten.",
    ]  # fmt: skip


def test_short_lines_that_are_no_list_stay_lines(tmp_path: Path) -> None:
    """Near miss: an address typed a paragraph to a line, in no list, is still read as
    lines of one paragraph."""
    document = docx.Document()
    document.add_heading("Chapter 1", 1)
    document.add_paragraph("The letter came from an address I did not know, in a hand I had "
                           "never seen before:")
    for line in ("Flat 3, Ashgrove Court", "Harehills Lane", "Leeds LS8 4HT", "England"):
        document.add_paragraph(line)
    document.add_paragraph("I read it standing in the hall, still in my coat, twice over.")
    chapters = _chapters(_read(document, tmp_path / "address.docx"))
    assert LINE_BREAK.join(("Flat 3, Ashgrove Court", "Harehills Lane", "Leeds LS8 4HT",
                            "England")) in chapters["Chapter 1"]  # fmt: skip


# ---------------------------------------------- 3. About the Author's links


def _about(document, lines: list[str]) -> None:  # type: ignore[no-untyped-def]
    document.add_heading("About the Author", 1)
    document.add_paragraph(
        "Delia Marchetti is the USA Today bestselling author of the Harbor Sisters series. "
        "She lives on the coast of Maine with her husband and a rescue dog named Biscotti."
    )
    for line in lines:
        document.add_paragraph(line)


def test_about_the_author_links_and_their_lead_in_are_left_out(tmp_path: Path) -> None:
    """The links under "Connect with Delia online:" are left out, as the EPUB reader
    leaves them out, and so is that line, which would introduce nothing."""
    document = docx.Document()
    _chapter(document, "Chapter 1", CHAPTER_ONE)
    _chapter(document, "Chapter 2", CHAPTER_TWO)
    _about(document, ["Connect with Delia online:", "Website: www.deliamarchetti.com",
                      "Facebook: facebook.com/deliamarchettiauthor",
                      "Instagram: @deliamarchettiwrites", "TikTok: @delia.writes"])  # fmt: skip
    manuscript = _read(document, tmp_path / "novel.docx")
    about = _chapters(manuscript)["About the Author"]
    assert len(about) == 1 and about[0].startswith("Delia Marchetti is")
    assert "Connect with Delia online:" in _left_out(manuscript)
    assert "@delia.writes" in _left_out(manuscript)


def test_a_chapter_that_mentions_instagram_is_read(tmp_path: Path) -> None:
    """Near miss: a chapter's lines that name Instagram and a handle in a sentence, and
    an About page whose last line leads in to nothing left out, are read."""
    lines = [
        "She checked Instagram again: @gemma.russo had three new followers.",
        "None of them was her grandmother.",
        "Write to me at the old address:",
        "Cutter Lane, Port Alder",
    ]
    document = docx.Document()
    document.add_heading("Chapter 1", 1)
    for text in lines:
        document.add_paragraph(text)
    _page_break(document)
    _chapter(document, "Chapter 2", CHAPTER_TWO)
    _about(document, ["She answers every letter:", "PO Box 12, Camden, Maine"])
    said = "\n".join(p for ps in _chapters(_read(document, tmp_path / "n.docx")).values()
                     for p in ps)  # fmt: skip
    for text in [*lines, "She answers every letter:", "PO Box 12, Camden, Maine"]:
        assert text in said


# ------------------------------------------------ 4. Permissions and Credits

STORIES = [
    ("The Weight of Gulls", [
        "My brother kept the gulls in the attic, in boxes that had once held oranges.",
        "“They’re not pets,” he told me, the first time I climbed the ladder. “They’re "
        "witnesses.”",
    ]),
    ("Nine Ways to Leave Duluth", [
        "By train, in winter, with the lake smoking behind you.",
        "By car, at four in the morning, with your mother’s Buick and forty dollars.",
    ]),
]  # fmt: skip
PERMISSIONS = [
    "“The Weight of Gulls” originally appeared in The Kenyon Review (2016).",
    "“Nine Ways to Leave Duluth” originally appeared in Ploughshares (2018) and was "
    "reprinted in The Best American Short Stories 2019, edited by Anthony Doerr.",
    "Epigraph from “The Fish” by Elizabeth Bishop, from Poems by Elizabeth Bishop. "
    "Copyright © 2011 by The Alice H. Methfessel Trust. Reprinted by permission of "
    "Farrar, Straus and Giroux.",
]
CREDITS = ["Cover design: Tamsin Hale", "Cover photograph © Rui Costa / Arcangel",
           "Interior design: Ben Ito", "Author photo: Lee Park"]  # fmt: skip


def _collection(document, back: list[tuple[str, list[str]]]) -> None:  # type: ignore[no-untyped-def]
    for title, paragraphs in [*STORIES, *back]:
        _chapter(document, title, paragraphs)


def test_permissions_and_credits_pages_are_left_out(tmp_path: Path) -> None:
    """A collection's "Permissions" page (stories' titles in quotation marks, where they
    first appeared) and its "Credits" page (cover design and photograph) are left out,
    as in the EPUB of the same book."""
    document = docx.Document()
    _collection(document, [("Permissions", PERMISSIONS), ("Credits", CREDITS)])
    manuscript = _read(document, tmp_path / "collection.docx")
    assert list(_chapters(manuscript)) == [title for title, _ in STORIES]
    left_out = _left_out(manuscript)
    assert "Farrar, Straus and Giroux" in left_out and "Author photo: Lee Park" in left_out


def test_a_story_called_permissions_is_read(tmp_path: Path) -> None:
    """Near miss: a story titled "Permissions", with dialogue, and a story titled
    "Credits" are stories, read."""
    story = [
        "“You need a permission slip,” the teacher said, “signed by 2 p.m. or you stay.”",
        "My father signed it in the car, against the steering wheel, in 1987.",
        "I kept it for thirty years, folded into my passport.",
    ]
    credits = [
        "The credits rolled and nobody in the cinema moved.",
        "My grandmother had been an extra in this film, in 1954, and we waited for her name.",
        "It never came. She laughed all the way home on the bus.",
    ]
    document = docx.Document()
    _collection(document, [("Permissions", story), ("Credits", credits)])
    chapters = _chapters(_read(document, tmp_path / "collection.docx"))
    assert chapters["Permissions"] == story and chapters["Credits"] == credits


# ---------------------------------------------------- 5. a photo's caption

def _png(path: Path) -> Path:
    """A small grey picture, as a scanned photograph stands in the test."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    rows = b"".join(b"\x00" + b"\x80\x80\x80" * 40 for _ in range(30))
    header = struct.pack(">IIBBBBB", 40, 30, 8, 2, 0, 0, 0)
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
                     + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))  # fmt: skip
    return path


def _photo(document, caption: str | None, picture: Path, *, small: bool = True) -> None:  # type: ignore[no-untyped-def]
    """A photograph centred on its own line, and the caption typed under it in the
    body's style (italic and smaller, by hand, when `small`)."""
    document.add_picture(str(picture), width=Inches(3))
    document.paragraphs[-1].alignment = WD_ALIGN_PARAGRAPH.CENTER
    if caption is not None:
        paragraph = document.add_paragraph()
        run = paragraph.add_run(caption)
        if small:
            run.italic, run.font.size = True, Pt(9)
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER


LAGOS = [
    "My mother arrived in Lagos on the 14th of August 1962, six weeks before Independence.",
    "She was twenty-three. In the photograph she is squinting into the sun.",
]


def test_a_caption_typed_under_a_photograph_is_left_out(tmp_path: Path) -> None:
    """A memoir's caption typed under its photograph, in small italic ("Photo: my
    mother, 1962 …", "With my brother Tunde … (Author's collection)") or labelled in
    body type ("Figure 2: …"), is left out and listed, as an EPUB's figcaption is."""
    picture = _png(tmp_path / "photo.png")
    document = docx.Document()
    document.add_heading("1. Lagos, 1962", 1)
    document.add_paragraph(LAGOS[0])
    _photo(document, "Photo: my mother, 1962, on the steps of the Lagos General Hospital.",
           picture)  # fmt: skip
    document.add_paragraph(LAGOS[1])
    _photo(document, "With my brother Tunde, Roundhay Park, c. 1980. (Author’s collection)",
           picture)  # fmt: skip
    _photo(document, "Figure 2: the letter of 19 August.", picture, small=False)
    document.add_paragraph("I hated it. It rained for the whole of 1980.")
    manuscript = _read(document, tmp_path / "memoir.docx")
    assert _chapters(manuscript)["1. Lagos, 1962"] == [
        *LAGOS, "I hated it. It rained for the whole of 1980."]
    assert "Author’s collection" in _left_out(manuscript)
    assert "Figure 2" in _left_out(manuscript)


def test_prose_after_a_photograph_and_a_small_epigraph_are_read(tmp_path: Path) -> None:
    """Near miss: the story's paragraph right under a photograph, in body type, and a
    small italic epigraph under no picture are read."""
    picture = _png(tmp_path / "photo.png")
    document = docx.Document()
    document.add_heading("1. Lagos, 1962", 1)
    epigraph = document.add_paragraph()
    run = epigraph.add_run("Memory is a net with holes in it.")
    run.italic, run.font.size = True, Pt(9)
    document.add_paragraph(LAGOS[0])
    _photo(document, "That was the last summer we were all together.", picture, small=False)
    document.add_paragraph(LAGOS[1])
    chapters = _chapters(_read(document, tmp_path / "memoir.docx"))
    assert chapters["1. Lagos, 1962"] == [
        "Memory is a net with holes in it.", LAGOS[0],
        "That was the last summer we were all together.", LAGOS[1]]
