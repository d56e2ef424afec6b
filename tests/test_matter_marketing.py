"""Publishers' marketing pages and reading group guides, as trade EPUBs carry them, in
words of our own: left out of the audiobook and listed with their reason, while a
novel's chapter that merely shares a word with them is read."""

from __future__ import annotations

from pathlib import Path

from audiobook.build.pipeline import load_book
from audiobook.config import TextPolicy
from audiobook.models import Paragraph
from audiobook.text.matter import drop_matter, file_reason, heading_reason
from audiobook.text.readers.base import ReadText
from epubs import write_epub

XHTML = (
    '<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops">'
    "<head><title>{title}</title></head><body>{body}</body></html>"
)
STORY = " ".join(
    ["The tide came in over the causeway twice a day, and twice a day Wren waited."] * 40
)


def _drop(*chapters: tuple[str | None, list[str]]) -> tuple[list[str | None], dict[str, str]]:
    """The titles read and {what: why} left out of a book of these chapters."""
    found = ReadText([(t, [Paragraph(p) for p in ps]) for t, ps in chapters])
    kept, omitted = drop_matter(found, TextPolicy())
    return [t for t, _ in kept.chapters], {o.what: o.why for o in omitted}


def _epub(path: Path, pages: list[tuple[str, str, str]]) -> Path:
    """An EPUB of (file name, contents title, body) pages, each named in the contents."""
    return write_epub(path, pages, title="The Tidewater Clock", author="Odile Brannagh",
                      body_type="")  # fmt: skip


def test_the_marketing_pages_of_a_trade_epub_are_not_read(make_book):
    folder = make_book({})
    pages = [
        ("welcome.xhtml", "Welcome", (
            '<p class="h1">Welcome</p><p>Thank you for buying this ebook, published by '
            "Harbourline Books.</p><p>To hear about new releases and special offers, sign up "
            'for our newsletters.</p><p><a href="http://example.com/n">Sign Up</a></p>')),
        ("newslettersignup.xhtml", "Newsletter Sign-up", (
            "<p>Thank you for buying this Harbourline ebook.</p><p>For bonus content and "
            'news of other great reads, <a href="http://example.com/n">sign up</a>.</p>')),
        ("praise.xhtml", "Praise for Odile Brannagh", (
            "<h1>Praise for Odile Brannagh</h1><p>“Salt-stung and tender; I missed my stop.”</p>"
            "<p>—<i>The Quayside Review</i></p><p>“Brannagh makes tides feel like fate.”</p>"
            "<p>—Ansel Morrow, author of <i>Low Light</i></p>")),
        ("chapter1.xhtml", "Chapter 1", f"<h1>Chapter 1</h1><p>{STORY}</p>"),
        ("about.xhtml", "About the Author", (
            "<h1>About the Author</h1><p>Odile Brannagh keeps bees on a tidal island.</p>"
            '<p>Discover great authors, exclusive offers, and more at <a href="http://example.com">'
            "harbourline.com</a>.</p>")),
        ("discover.xhtml", "Discover More", (
            '<p class="h1">Discover More</p><p>Get book recommendations and news about your '
            'favourite authors.</p><p><a href="http://example.com/d">Tap here to learn more.</a>'
            "</p>")),
        ("next.xhtml", "What’s next on your reading list?", (
            "<h1>What’s next on<br/>your reading list?</h1><p>Discover your next great read!</p>"
            '<p><a href="http://example.com/x">Sign up now.</a></p>')),
        ("rgg.xhtml", "Reading Group Guide", (
            "<h1>Reading Group Guide</h1><p>1. Why does Wren wait at the causeway?</p>"
            "<p>2. What does the clock stand for?</p>")),
        ("preview.xhtml", "A Preview of The Slack Water Bell", (
            "<h1>A Preview of <i>The Slack Water Bell</i></h1><p>The bell rang once at slack "
            "water, and nobody in Carrow would say who rang it.</p>")),
    ]
    _epub(folder / "tidewater.epub", pages)
    _, manuscript, _ = load_book(folder)
    assert [c.title for c in manuscript.chapters] == ["Chapter 1", "About the Author"]
    assert [p.text for p in manuscript.chapters[-1].paragraphs] == [
        "Odile Brannagh keeps bees on a tidal island."
    ]
    why = {o.what: o.why for o in manuscript.omitted}
    assert why["section 'Welcome'"] == "advertisement"
    assert why["newslettersignup.xhtml"] == "advertisement"
    assert why["section 'Praise for Odile Brannagh'"] == "praise page"
    assert why["marketing line at the end of 'About the Author'"] == "advertisement"
    assert why["section 'Discover More'"] == "advertisement"
    assert why["next.xhtml"] == "advertisement"
    assert why["rgg.xhtml"] == "reading group guide"
    assert why["preview.xhtml"] == "also-by page"


def test_publishers_headings_and_file_names_have_their_reasons():
    assert heading_reason("What’s Next on Your Reading List?") == "advertisement"
    assert heading_reason("Newsletter Sign-Up") == "advertisement"
    assert heading_reason("A Reading Group Guide") == "reading group guide"
    assert heading_reason("Book Club Guide") == "reading group guide"
    assert heading_reason("A Preview of Nine Lanterns") == "also-by page"
    assert file_reason("newslettersignup") == "advertisement"
    assert heading_reason("Discussion") is None
    assert heading_reason("A Preview") is None


def test_a_praise_page_of_signed_blurbs_is_left_out_front_or_back():
    blurbs = ["“A marvel of a book.” —Ines Tolland", "“I read it twice.” —Kit Varga"]
    titles, why = _drop(
        ("Advance Praise", ["Advance Praise for The Tidewater Clock", *blurbs]),
        ("Chapter 1", [STORY]),
        ("Praise for Odile Brannagh", ["“Salt and heart.”", "—The Harbour Times"]),
    )
    assert titles == ["Chapter 1"]
    assert why == {"section 'Advance Praise'": "praise page",
                   "section 'Praise for Odile Brannagh'": "praise page"}  # fmt: skip


def test_a_novels_chapter_called_praise_is_read():
    hymn = ["They sang the old hymn in the cold chapel, and Wren sang it loudest of all."]
    blurb = ["“They will sing of this,” said the vicar.", "—and nobody answered him."]
    titles, why = _drop(
        ("Chapter 1", [STORY]),
        ("Praise", blurb),  # "Praise" alone is a praise page only at the front
        ("Praise for the Drowned", hymn),  # no signed blurbs: the novel's own chapter
    )
    assert titles == ["Chapter 1", "Praise", "Praise for the Drowned"]
    assert why == {}


def test_a_readers_guide_is_left_out_only_when_it_asks_questions():
    questions = ["Why does Wren keep the clock wound?", "Would you have crossed at dusk?"]
    how_to = ["The notes in the margins give the tide tables the author used.",
              "Dates follow the old calendar of the parish."]  # fmt: skip
    titles, why = _drop(("Chapter 1", [STORY]), ("A Reader’s Guide", questions))
    assert titles == ["Chapter 1"] and why == {"section 'A Reader’s Guide'": "reading group guide"}
    titles, why = _drop(("A Reader’s Guide", how_to), ("Chapter 1", [STORY]))
    assert titles == ["A Reader’s Guide", "Chapter 1"] and why == {}


def test_a_marketing_line_goes_only_when_it_is_unmistakable():
    bio = "Odile Brannagh keeps bees on a tidal island."
    titles, why = _drop(
        ("Chapter 1", [STORY, "“Sign up here,” said the harbourmaster, and nobody did."]),
        ("Chapter 2", [STORY, "Learn more, she thought, and walked on into the fog."]),
        ("About the Author", [bio, "Sign up for email updates here."]),
    )
    assert titles == ["Chapter 1", "Chapter 2", "About the Author"]
    assert why == {"marketing line at the end of 'About the Author'": "advertisement"}
    _, why = _drop(("Chapter 1", [STORY]), ("About the Author", [bio, "Learn more at:\u2028"
                                                               "OdileBrannagh.com"]))
    assert why == {"marketing line at the end of 'About the Author'": "advertisement"}


def test_a_short_thank_you_page_without_a_sign_up_is_read():
    letter = ["Thank you for buying this ebook; I wrote it in a shed by the sea.",
              "Wren was my grandmother's name."]  # fmt: skip
    titles, why = _drop((None, letter), ("Chapter 1", [STORY]))
    assert titles == [None, "Chapter 1"] and why == {}


def test_dialogue_with_a_dash_is_no_blurbs_signature():
    """A chapter of dialogue called "Praise for the Harvest" (or "Praise" at the front) in
    which a line ends on a dash and an action, or opens with a dialogue dash, is story."""
    harvest = [
        "“You’ll come to the service, then?” asked the vicar.",
        "“She told me she would never set foot in the church again”—Tom shrugged.",
        "— Then mean it louder, said the choirmaster.",
    ]
    titles, why = _drop(("Praise for the Harvest", harvest), ("Praise", harvest),
                        ("Chapter 1", [STORY]))  # fmt: skip
    assert titles == ["Praise for the Harvest", "Praise", "Chapter 1"] and why == {}
    blurbs = ["“A tide of a book.” —The Coastal Review", "“I read it twice.” — Mara Quill"]
    titles, why = _drop(("Praise for Odile Brannagh", blurbs), ("Chapter 1", [STORY]))
    assert why == {"section 'Praise for Odile Brannagh'": "praise page"}


def test_a_story_chapter_called_sources_or_permissions_is_read():
    """Only a list (years, publishers, permissions, no dialogue) under "Sources" or
    "Permissions" is left out; a novel's chapter of that name is read, last or not."""
    gate = ["Tom had to ask three people before he could open the gate, and none said yes."]
    orchard = ["Everything Tom knew about the orchard came from three sources, all of them old."]
    titles, why = _drop(("Chapter 1", [STORY]), ("Permissions", gate), ("Sources", orchard))
    assert titles == ["Chapter 1", "Permissions", "Sources"] and why == {}
    listed = ["Hollins, R. The Inland Cut. Derby: Wharf Press, 1911.",
              "Ames, J. Locks and Weirs. London, 1887."]  # fmt: skip
    titles, why = _drop(("Chapter 1", [STORY]), ("Sources", listed))
    assert why == {"section 'Sources'": "bibliography"}


def _kept(*chapters: tuple[str | None, list[str]]) -> list[tuple[str | None, list[str]]]:
    found = ReadText([(t, [Paragraph(p) for p in ps]) for t, ps in chapters])
    kept, _ = drop_matter(found, TextPolicy())
    return [(t, [p.text for p in ps]) for t, ps in kept.chapters]


def test_a_self_published_books_closing_pitch_is_not_read():
    """A KDP text file or Word document ends with the author's pitch, which has no page of
    its own: after "THE END", "Ready for more? … available now! Join … facebook.com/…"
    (the book's "THE END" is then its last line, said once with the credits); a "Dear
    Reader," letter asking for a review; an "Afterword" of a pre-order and a Discord;
    the pitch before "About the Author", which is kept."""
    assert _kept(
        ("1", [STORY]),
        ("Epilogue", ["The full moon hung over the ridge.", "THE END",
                      "Ready for more? Book 2, MIDNIGHT HUNT, is available now! Join my Reader "
                      "Group: facebook.com/groups/sashasshifters"]),
    ) == [("1", [STORY]), ("Epilogue", ["The full moon hung over the ridge.", "THE END"])]
    assert _kept(
        ("1", [STORY]),
        ("3", ["The day had thirty-one hours.", "Dear Reader,",
               "Thank you so much for reading! Please leave a ★★★★★ review — it means the "
               "world to an indie author.", "xoxo, Lyra"]),
        ("Afterword", ["Thanks for reading DAY ZERO! Leave a rating. Book 3 is up for "
                       "preorder now.", "Join the Discord: discord.gg/systemapoc"]),
    ) == [("1", [STORY]), ("3", ["The day had thirty-one hours."])]
    assert _kept(
        ("1", [STORY]),
        ("3", ["She went anyway.", "Want a FREE bonus epilogue? Sign up for my newsletter at "
               "https://www.josie.com/newsletter."]),
        ("About the Author", ["Josie writes small-town romance in Tennessee."]),
    ) == [("1", [STORY]), ("3", ["She went anyway."]),
          ("About the Author", ["Josie writes small-town romance in Tennessee."])]  # fmt: skip


def test_a_story_that_ends_on_such_words_is_read():
    """The story's own last lines keep words a pitch uses ("newsletter", "available now")
    when they ask nothing of the reader: one such word, no web address, no "THE END"."""
    ending = ["She signed the parish newsletter and went home.", "Tickets were available now."]
    assert _kept(("1", [STORY]), ("2", ending)) == [("1", [STORY]), ("2", ending)]


def test_the_next_books_excerpt_is_not_read_but_a_story_excerpt_is():
    """"Excerpt: THE BLACKSMITH'S BRIDE (Book 6)" at the end of the epilogue, then the
    other book's "Chapter 1": left out. An excerpt the story quotes, with its chapters
    going on, is read."""
    assert _kept(
        ("Chapter 1", [STORY]),
        ("Epilogue", ["Eliza set the baby in the cradle.",
                      "Excerpt: THE BLACKSMITH'S BRIDE (Brides of Copper Ridge, Book 6)"]),
        ("Chapter 1", ["Hannah had exactly $3.17 and a bad feeling about Montana."]),
    ) == [("Chapter 1", [STORY]), ("Epilogue", ["Eliza set the baby in the cradle."])]
    story = [
        ("Chapter 1", [STORY]),
        ("Chapter 2", ["Wren opened the log.", "Excerpt: from the keeper's log, 1887",
                       "The light failed twice."]),
        ("Chapter 3", ["Morning came."]),
    ]
    assert _kept(*story) == [(t, ps) for t, ps in story]


def test_the_next_books_excerpt_goes_only_after_the_storys_visible_end():
    """After "THE END" an excerpt heading that names a book, with the other book's
    text after it, is left out; an "Excerpt from the notebook:" line, a paragraph that
    opens "A preview of…", a report the last chapter quotes, and a chapter "One Year
    Later" after an excerpt line are the story's, and every word is read."""
    assert _kept(
        ("Chapter 1", [STORY]),
        ("Chapter 2", ["The wolves went quiet.", "THE END",
                       "Keep reading for a sneak peek of MIDNIGHT HUNT!",
                       "The moon was wrong that night, and Sasha knew it."]),
    ) == [("Chapter 1", [STORY]), ("Chapter 2", ["The wolves went quiet.", "THE END"])]  # fmt: skip
    preview = [STORY, "The manager spoke for eleven minutes.",
               "A preview of the evening's real trouble came at six, when his brother arrived, "
               "uninvited, already drunk.", '"Forty years," his brother said.',
               "When she came back she was smiling."]  # fmt: skip
    assert _kept((None, preview)) == [(None, preview)]
    report = ["She wrote it in one night.",
              "Excerpt from the report of Sister A. Carr to the Board of Governors, 14 March 1919:",
              "We had forty-two beds and at the worst of it sixty-eight patients.",
              "She kept the clock on the mantelpiece, and never once wound it."]  # fmt: skip
    assert _kept(("1", [STORY]), ("7", report)) == [("1", [STORY]), ("7", report)]
    notebook = [
        ("Chapter 1", [STORY]),
        ("Chapter 3", ["Most of it was orders and accounts.",
                       "Excerpt from the notebook, the last page:", "The boy will come back."]),
        ("One Year Later", ["The forge was busy again."]),
    ]  # fmt: skip
    assert _kept(*notebook) == notebook
    notebook[1] = ("Chapter 3", notebook[1][1][:2])  # the excerpt line ends its chapter
    assert _kept(*notebook) == notebook


def test_a_newsletter_or_patreon_the_story_tells_of_is_read():
    """A father's last parish newsletter quoted at a novel's end, and a memoir's last
    paragraph about a daughter's Patreon, give no web address and ask nothing of the
    reader: read. The same ask with a link after "THE END" is the author's pitch, and a
    call to action said to the reader at the last chapter's end is one without it."""
    issue = ["He had written it the week before he died.",
             '"Sign up for the harvest supper," it said at the top. "The new hymn books are '
             'available now."',
             'And at the bottom, in his small square hand: "Thanks for reading, and don\'t miss '
             'evensong."',
             "Love, Dad"]  # fmt: skip
    assert _kept(("1", [STORY]), ("12", issue)) == [("1", [STORY]), ("12", issue)]
    memoir = ["She has a Patreon now, and a newsletter, and people pay a few dollars a month to "
              "see the horse. I have never been prouder of anything."]  # fmt: skip
    assert _kept(("1", [STORY]), ("9", memoir)) == [("1", [STORY]), ("9", memoir)]
    unlinked = ["The harbour lights came on.", "Thanks for reading! Sign up for my newsletter."]
    # a call to action said to the reader at the last chapter's end goes, link or none
    assert _kept(("1", [STORY]), ("9", unlinked)) == [("1", [STORY]), ("9", unlinked[:1])]
    linked = [unlinked[0], "THE END", "Sign up for my newsletter at www.maren.com."]
    assert _kept(("1", [STORY]), ("9", linked)) == [("1", [STORY]), ("9", linked[:2])]
