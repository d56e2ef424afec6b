"""Fan fiction read as plain text and Markdown (sweep 4): the web readers' one rule for a
fic's notes to readers (`webfiction.edge_notes`) in plain text, a writer's user name as
the byline, the work's summary at its front, and a chapter's dedication to a reader
("Dedicated to @…"). Each hit has a near miss that must stay as it was."""

from __future__ import annotations

from audiobook.text.readers.html import read_html
from audiobook.text.readers.markdown import read_markdown
from audiobook.text.readers.plaintext import find_chapters


def _said(found) -> str:  # type: ignore[no-untyped-def]
    return "\n".join(p.text for _, paragraphs in found.chapters for p in paragraphs)


def _left_out(found) -> str:  # type: ignore[no-untyped-def]
    return "\n".join(f"{o.what}: {o.text}" for o in found.omitted)


FIC_TXT = """Ashes of the Hollow King
by nightjar_writes

Disclaimer: I don't own The Elder Scrolls or any of its characters. Bethesda does.

Summary: After the fall of the Thalmor, a Dunmer mage finds a crown that whispers. Slow burn.
Rated T for violence.

Chapter 1: Cold Roads

The snow had not stopped for three days. Veyra pulled her hood tighter and kept walking.

"You'll freeze before Windhelm," said the carter.

~~~

By nightfall the road had become a ditch.

Please review! It really motivates me to write faster :)

Chapter 2: The Barrow

AN: Wow, 12 reviews already?! You guys are amazing.

The door was open when she woke.

She had no answer for that.

Chapter 12: The Storm (Part 2)

Edit: fixed typos, thanks to my beta Lirael_Sabriel!

Review replies:
Guest: Thank you so much! I'm glad you like Veyra.
xXShadowWolfXx: I know, I'm sorry about the cliffhanger!!

The storm broke over the Sea of Ghosts, and the ship was taking water.

"I know," she said.

Author's Note: Sorry this took so long! Real life has been crazy with exams.

Please review!
"""


# ------------------------------------------------------------ 1. notes in plain text


def test_plain_text_fic_notes_at_chapter_edges_are_left_out() -> None:
    found = find_chapters(FIC_TXT)
    said = _said(found)
    for note in ("Wow, 12 reviews", "Review replies", "cliffhanger", "Sorry this took so long",
                 "Please review", "fixed typos", "I don't own"):  # fmt: skip
        assert note not in said, note
        assert note in _left_out(found), note
    assert "The door was open when she woke." in said
    assert "By nightfall the road had become a ditch." in said
    assert '"I know," she said.' in said


NOVEL_TXT = """THE SALT ROAD

by Margaret Ellery

CHAPTER I

Author's Note: The villages in this book are real, though I have moved a river.

AN OLD WOMAN kept the toll-house at the bridge, and she had kept it for forty years.

"AN: that is what the sign says," said Tom.

CHAPTER II

Please review the accounts before the end of the month, the steward had written.

The letter lay on the table unopened.

Author's Note: nothing in the ledger was ever what it seemed.
"""


def test_a_novels_authors_note_and_prose_an_are_read() -> None:
    said = _said(find_chapters(NOVEL_TXT))
    assert "Author's Note: The villages in this book are real" in said
    assert "Author's Note: nothing in the ledger" in said
    assert "AN OLD WOMAN kept the toll-house" in said
    assert '"AN: that is what the sign says,"' in said
    assert "Please review the accounts" in said


def test_an_a_slash_n_note_still_goes_in_any_plain_text() -> None:
    text = NOVEL_TXT.replace("The letter lay on the table unopened.\n\nAuthor's Note: nothing",
                             "The letter lay on the table unopened.\n\nA/N: nothing")
    found = find_chapters(text)
    assert "nothing in the ledger" not in _said(found)
    assert "AN OLD WOMAN kept the toll-house" in _said(found)


# ------------------------------------------------------------ 2. a user name's byline

FIC_MD = """# Ashes of the Hollow King

*by nightjar_writes*

Disclaimer: I don't own The Elder Scrolls or any of its characters.

Summary: After the fall of the Thalmor, a Dunmer mage finds a crown that whispers.

## Chapter 1: Cold Roads

**A/N:** Hi everyone! This is my first fic so please be nice.

The snow had not stopped for three days.

## Chapter 2: The Barrow

The door was open when she woke.
"""


def test_markdown_fic_credits_its_writers_user_name() -> None:
    found = read_markdown(FIC_MD)
    assert found.author == "nightjar_writes"
    assert "nightjar_writes" not in _said(found)


def test_a_user_name_byline_outside_fan_fiction_is_not_an_author() -> None:
    disclaimer = "Disclaimer: I don't own The Elder Scrolls or any of its characters."
    plain = FIC_MD.replace(disclaimer, "")
    plain = plain.replace("**A/N:** Hi everyone! This is my first fic so please be nice.", "")
    assert read_markdown(plain).author is None  # no fic's mark: the byline is not judged a handle
    moonlit = FIC_MD.replace("*by nightjar_writes*", "*by moonlight*")
    found = read_markdown(moonlit)
    assert found.author is None  # a plain word is no user name: a subtitle
    assert "by moonlight" in _said(found)


# ------------------------------------------------------------ 3. the fic's summary


def test_a_fics_summary_at_its_front_is_left_out() -> None:
    for found in (find_chapters(FIC_TXT), read_markdown(FIC_MD)):
        assert "a Dunmer mage finds a crown" not in _said(found)
        assert any(o.what == "the summary" and "Dunmer mage" in o.text for o in found.omitted)


def test_a_summary_label_alone_takes_the_paragraph_under_it() -> None:
    text = FIC_MD.replace("Summary: After the fall", "**Summary:**\n\nAfter the fall")
    found = read_markdown(text)
    assert "After the fall of the Thalmor" not in _said(found)
    assert "The snow had not stopped" in _said(found)


def test_a_reports_summary_is_read() -> None:
    report = """Harbour Survey, 1911

Summary: The harbour was surveyed between May and August; the findings follow.

CHAPTER 1: The Inner Basin

The inner basin silted badly in the winter months.
"""
    assert "The harbour was surveyed" in _said(find_chapters(report))
    md = "# Harbour Survey\n\nSummary: The harbour was surveyed in May.\n\n## Basin\n\nIt silted.\n"
    assert "The harbour was surveyed" in _said(read_markdown(md))
    inside = FIC_TXT.replace("The door was open when she woke.",
                             "The door was open when she woke.\n\nSummary: the crown was hers.")
    assert "Summary: the crown was hers." in _said(find_chapters(inside))  # the story's


# ------------------------------------------------------------ 4. "Dedicated to @…"

WATTPAD = """<!DOCTYPE html>
<html lang="en-US"><head><meta charset="utf-8">
<title>Salt and Ember - Chapter 3: The Lighthouse - Wattpad</title></head><body>
<div id="app-container"><main id="parts-container-new">
<div class="story-info-container"><a href="/story/1-salt-and-ember"><span class="title">Salt and
Ember</span></a><span class="author">by harbourlights</span></div>
<header class="panel panel-reading text-center"><h1 class="h2">Chapter 3: The Lighthouse</h1>
<div class="story-stats"><span class="reads" title="Reads">12.4K</span>
<span class="votes" title="Votes">1.1K</span></div></header>
<div class="part-content"><div class="panel panel-reading"><pre>
<p data-p-id="p0">Dedicated to @moonchild_22 for the amazing cover!</p>
<p data-p-id="p2">The lamp had been dark for eleven years when Nell climbed the stair.</p>
<p data-p-id="p3">Dedicated to @the_keeper, the brass plate on the lamp read.</p>
<p data-p-id="p5">Below her the sea went on with its work, grey and patient.</p>
</pre></div></div></main></div></body></html>"""


def test_a_chapters_dedication_to_a_reader_is_left_out_in_web_fiction() -> None:
    found = read_html(WATTPAD)
    assert "moonchild_22" not in _said(found) and "moonchild_22" in _left_out(found)
    assert "Dedicated to @the_keeper, the brass plate" in _said(found)  # inside: the story's
    fic = FIC_TXT.replace("AN: Wow, 12 reviews", "Dedicated to @Lirael_Sabriel!\n\nAN: Wow, 12")
    found = find_chapters(fic)
    assert "Lirael_Sabriel!" not in _said(found) and "Dedicated to @Lirael" in _left_out(found)


def test_a_printed_dedication_or_one_outside_fan_fiction_is_read() -> None:
    novel = NOVEL_TXT.replace("Author's Note: The villages", "Dedicated to @harbourmaster, the"
                              " sign said.\n\nAuthor's Note: The villages")  # fmt: skip
    assert "Dedicated to @harbourmaster" in _said(find_chapters(novel))
    plain = NOVEL_TXT.replace("Author's Note: The", "Dedicated to my mother.\n\nThe")
    assert "Dedicated to my mother." in _said(find_chapters(plain))
