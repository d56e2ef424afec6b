"""Story text in `<pre>` and tables, omnibus half-titles, contributors' notes, a
dedication after a Project Gutenberg title page, and a sign-up sentence at the end of
an author's note: read or left out as a narrator would."""

from __future__ import annotations

from pathlib import Path

import pytest

from audiobook.build.pipeline import load_book
from audiobook.models import LINE_BREAK
from epubs import write_epub, zip_epub

CHAT = """<html lang="en"><head><title>Signal Fire</title></head><body>
<h1>Signal Fire</h1>
<h2>Chapter 1</h2>
<p>At ten past one the message window blinked.</p>
<pre class="chatlog">[01:10] lamplighter: are you still awake
[01:10] moth_9: always. why
[01:11] lamplighter: the beacon on the ridge is lit again
*** moth_9 is typing ***</pre>
<p>Nobody had lit it in thirty years.</p>
<table class="texts">
<tr><td class="who">Dad</td><td class="msg">did you see the ridge</td><td>07:45</td></tr>
<tr><td class="who">Dad</td><td class="msg">call me when you wake up</td><td>07:46</td></tr>
<tr><td class="who">Me</td><td class="msg">Saw it. Calling now.</td><td>08:02</td></tr>
</table>
<pre>def light(beacon):
    beacon.lit = True</pre>
<table><tr><th>Ridge</th><th>Height</th></tr><tr><td>Carn Ddu</td><td>612 m</td></tr>
<tr><td>Foel Las</td><td>540 m</td></tr></table>
<h2>Chapter 2</h2><p>The ridge was dark by morning.</p>
</body></html>
"""


def _body(folder: Path) -> tuple[list[str], list[tuple[str, str, str]], list[str]]:
    """Paragraphs, omissions (what, why, text) and chapter titles of a book folder."""
    _, manuscript, _ = load_book(folder)
    body = [p.text for ch in manuscript.chapters for p in ch.paragraphs]
    omitted = [(o.what, o.why, o.text) for o in manuscript.omitted]
    return body, omitted, [ch.title for ch in manuscript.chapters]


def test_chat_log_in_pre_is_read_line_by_line(make_book) -> None:
    body, omitted, _ = _body(make_book({"fire.html": CHAT}, name="fire"))
    chat = LINE_BREAK.join([
        "lamplighter: are you still awake", "moth_9: always. why",
        "lamplighter: the beacon on the ridge is lit again", "*** moth_9 is typing ***",
    ])  # fmt: skip
    assert chat in body
    assert body.index(chat) == body.index("At ten past one the message window blinked.") + 1
    stamps = [o for o in omitted if o[0] == "6 time stamps"]
    assert stamps and stamps[0][2].split("\n")[:3] == ["[01:10]", "[01:10]", "[01:11]"]
    # real code and a data table with a header stay as they were
    assert body.count("A code example follows in the book.") == 1
    assert body.count("A table follows in the book.") == 1
    assert any(o[1] == '[text] code = "skip"' and "beacon.lit" in o[2] for o in omitted)


def test_text_message_table_is_read_row_by_row(make_book) -> None:
    body, omitted, _ = _body(make_book({"fire.html": CHAT}, name="fire"))
    start = body.index("Dad: did you see the ridge")
    assert body[start : start + 3] == [
        "Dad: did you see the ridge", "Dad: call me when you wake up", "Me: Saw it. Calling now.",
    ]  # fmt: skip
    stamps = next(o[2] for o in omitted if o[0] == "6 time stamps")
    assert stamps.split("\n")[3:] == ["07:45", "07:46", "08:02"]
    tables = [o for o in omitted if o[1] == '[text] tables = "skip"']
    assert len(tables) == 1 and "Carn Ddu | 612 m" in tables[0][2]


def _omnibus(path: Path, *, nested: bool, half_titles: int) -> Path:
    """Two novels, each opened by a half-title page; `half_titles` of them marked
    `epub:type="halftitlepage"`, the contents flat or with chapters under the books."""
    page = (
        '<?xml version="1.0" encoding="utf-8"?><html xmlns="http://www.w3.org/1999/xhtml" '
        'xmlns:epub="http://www.idpf.org/2007/ops"><head><title>{t}</title></head>'
        "<body>{b}</body></html>"
    )
    pages: dict[str, str] = {}
    links: list[str] = []
    books = [("One", "The Pewter Coast"), ("Two", "Winter at Saltmarsh")]
    for n, (number, title) in enumerate(books, 1):
        typed = ' epub:type="halftitlepage"' if n <= half_titles else ""
        pages[f"book{n}.xhtml"] = page.format(t=title, b=(
            f'<section{typed}><p class="number">Book {number}</p><h1>{title}</h1></section>'
        ))  # fmt: skip
        chapter = f"Chapter {n}: The {'Harbour' if n == 1 else 'Marsh'}"
        pages[f"ch{n}.xhtml"] = page.format(t=chapter, b=(
            f"<section><h2>{chapter}</h2><p>The tide came in over the flats at dusk, "
            f"as it had in every year of book {number.lower()}.</p></section>"
        ))  # fmt: skip
        child = f'<li><a href="ch{n}.xhtml">{chapter}</a></li>'
        head = f'<li><a href="book{n}.xhtml">Book {number}: {title}</a>'
        links.append(f"{head}<ol>{child}</ol></li>" if nested else f"{head}</li>{child}")
    nav = (
        '<?xml version="1.0" encoding="utf-8"?><html xmlns="http://www.w3.org/1999/xhtml" '
        'xmlns:epub="http://www.idpf.org/2007/ops"><head><title>Contents</title></head><body>'
        f'<nav epub:type="toc"><ol>{"".join(links)}</ol></nav></body></html>'
    )
    metadata = "<dc:title>The Saltmarsh Novels</dc:title><dc:language>en</dc:language>"
    return zip_epub(path, metadata, pages, nav)


@pytest.mark.parametrize("nested,half_titles", [(False, 2), (True, 1), (True, 2)])
def test_omnibus_half_title_opens_its_novel(make_book, nested: bool, half_titles: int) -> None:
    folder = make_book({}, name="omnibus")
    _omnibus(folder / "omnibus.epub", nested=nested, half_titles=half_titles)
    _, omitted, titles = _body(folder)
    assert titles == [
        "Book One: The Pewter Coast. Chapter 1: The Harbour",
        "Book Two: Winter at Saltmarsh. Chapter 2: The Marsh",
    ]
    assert not any(why == "title page" for _, why, _ in omitted)


def test_novels_one_half_title_stays_a_title_page(make_book) -> None:
    folder = make_book({}, name="novel")
    _omnibus(folder / "novel.epub", nested=False, half_titles=1)
    _, omitted, titles = _body(folder)
    assert titles[0] == "Chapter 1: The Harbour"
    assert ("book1.xhtml", "title page", "Book One The Pewter Coast") in omitted


def test_notes_on_contributors_is_read(make_book) -> None:
    folder = make_book({}, name="anthology")
    write_epub(folder / "anthology.epub", [
        ("story.xhtml", "The Weir", "<h1>The Weir</h1><p>The water rose all night.</p>"),
        ("contributors.xhtml", "Notes on Contributors",
         "<h1>Notes on Contributors</h1><p>Ines Varga keeps bees in the Fens.</p>"
         "<p>Tomas Reyl teaches night classes in Hull.</p>"),
    ], title="Low Water", author="Various")  # fmt: skip
    body, omitted, titles = _body(folder)
    assert titles == ["The Weir", "Notes on Contributors"]
    assert body[-2:] == ["Ines Varga keeps bees in the Fens.",
                         "Tomas Reyl teaches night classes in Hull."]  # fmt: skip
    assert not any(why == "notes" for _, why, _ in omitted)


GUTENBERG_POEMS = """<html lang="en"><head>
<title>The Project Gutenberg eBook of Tidelines, by Maud Carrow</title></head><body>
<p>Title: Tidelines</p><p>Author: Maud Carrow</p><p>Language: English</p>
<p>*** START OF THE PROJECT GUTENBERG EBOOK TIDELINES ***</p>
<h1>TIDELINES</h1>
<p class="center">BY<br/>MAUD CARROW</p>
<p class="center">LONDON<br/>HALLAM AND PRYCE<br/>MDCCCXCI</p>
<hr class="chap"/>
<p class="center"><i>TO MY BROTHER<br/>IN MEMORY OF THE NORTH SHORE</i></p>
<hr class="chap"/>
<h2>THE GULLS</h2>
<p>They quarrel on the groyne at dawn,<br/>And settle when the boats are gone.</p>
<h2>LOW TIDE</h2>
<p>The mud is silver, and the sky<br/>Lies down in it to watch me by.</p>
<p>*** END OF THE PROJECT GUTENBERG EBOOK TIDELINES ***</p>
</body></html>
"""


def test_dedication_after_gutenberg_title_page_is_read(make_book) -> None:
    body, omitted, titles = _body(make_book({"tidelines.html": GUTENBERG_POEMS}, name="tide"))
    assert titles[:2] == ["Dedication", "THE GULLS"]
    assert body[0] == f"TO MY BROTHER{LINE_BREAK}IN MEMORY OF THE NORTH SHORE"
    printed = next(text for what, _, text in omitted if what.startswith("title page"))
    assert "HALLAM AND PRYCE" in printed and "BROTHER" not in printed


def test_sign_up_sentence_ending_about_the_author_is_left_out(make_book) -> None:
    folder = make_book({}, name="quiet")
    write_epub(folder / "quiet.epub", [
        ("ch1.xhtml", "One", "<h1>One</h1><p>The kettle clicked off in the dark.</p>"),
        ("about.xhtml", "About the Author",
         "<h1>About the Author</h1><p>Wren Adair lives in Leeds with a very old dog. "
         'Sign up for her newsletter at <a href="https://wrenadair.com/letters">'
         "wrenadair.com/letters</a>.</p>"),
    ], title="Quiet Kettle", author="Wren Adair")  # fmt: skip
    body, omitted, _ = _body(folder)
    assert body[-1] == "Wren Adair lives in Leeds with a very old dog."
    assert ("marketing line at the end of 'About the Author'", "advertisement",
            "Sign up for her newsletter at wrenadair.com/letters.") in omitted  # fmt: skip


ANTHOLOGY = """# Lanterns at Low Tide

*New Stories of the Coast*

Edited by Harriet Vell

# Copyright

“The Salt Road” © 2019 by Mara Quill.

“Nine Bells” © 2021 by Tobias Rein.

All rights reserved.

# Permissions

“The Salt Road” copyright 2019 by Mara Quill, first published in Harbor Review.

“Nine Bells” © 2021 Tobias Rein, reprinted by permission of the author.

# The Salt Road

The road ran out where the salt pans began, and nobody had walked it since spring.

“Who goes there?” the keeper called, and nobody answered him.
"""


def test_an_anthologys_copyright_lines_for_quoted_stories_are_left_out(make_book) -> None:
    """A story's title in quotation marks before its © is a title, not dialogue: the
    anthology's copyright and permissions pages are not read."""
    body, omitted, _ = _body(make_book({"book.md": ANTHOLOGY}))
    assert not any("©" in p or "copyright" in p.lower() for p in body)
    assert any("“Who goes there?”" in p for p in body)
    assert {why for _, why, _ in omitted} >= {"copyright", "credits page"}


def _opening(folder: Path) -> str:
    """The opening credits as the narrator says them."""
    _, _, chapters = load_book(folder)
    return chapters[0].segments[0].text


def test_an_epub_anthology_credits_its_editor_not_various(tmp_path: Path) -> None:
    """"Various" is no author to say "Written by" of; the package's editor (role edt)
    is credited, in the credits and the tags."""
    from epubs import XHTML

    story = "<h1>The Salt Road</h1><p>The road ran out where the salt pans began.</p>"
    pages = {"salt.xhtml": XHTML.format(title="The Salt Road", body=story, body_type="")}
    nav = XHTML.format(
        title="Contents", body_type="",
        body='<nav epub:type="toc"><ol><li><a href="salt.xhtml">The Salt Road</a></li></ol></nav>',
    )  # fmt: skip
    metadata = (
        "<dc:title>Tales from the Weir House</dc:title><dc:creator>Various</dc:creator>"
        '<dc:contributor id="ed">Osric Pennefather</dc:contributor>'
        '<meta refines="#ed" property="role" scheme="marc:relators">edt</meta>'
        "<dc:language>en</dc:language>"
    )
    folder = tmp_path / "weir"
    folder.mkdir()
    zip_epub(folder / "weir.epub", metadata, pages, nav)
    _, manuscript, chapters = load_book(folder)
    opening = chapters[0].segments[0].text
    assert opening.startswith("Tales from the Weir House. Edited by Osric Pennefather. Narrated")
    assert "Various" not in opening and manuscript.editor == "Osric Pennefather"


@pytest.mark.parametrize(
    "front",
    ['---\ntitle: "Lanterns at Low Tide"\nauthor: "Edited by Harriet Vell"\n---\n\n',
     "# Lanterns at Low Tide\n\n*New Stories of the Coast*\n\nEdited by Harriet Vell\n\n"],
)  # fmt: skip
def test_a_markdown_anthology_credits_its_editor(make_book, front: str) -> None:
    text = front + (
        "# The Salt Road\n\n*by Mara Quill*\n\nThe road ran out where the salt pans began.\n\n"
        "# Nine Bells\n\n*by Tobias Rein*\n\nThe bells rang nine times and then stopped.\n"
    )
    opening = _opening(make_book({"book.md": text}))
    assert opening.startswith("Lanterns at Low Tide. Edited by Harriet Vell. Narrated by")
    assert "Written by" not in opening


def test_a_named_author_is_credited_first_and_the_editor_after(make_book) -> None:
    text = "---\ntitle: Salt\nauthor: Mara Quill\neditor: Harriet Vell\n---\n\n# One\n\nIt ran.\n"
    opening = _opening(make_book({"book.md": text}))
    assert opening.startswith("Salt. Written by Mara Quill. Edited by Harriet Vell. Narrated by")


def test_a_gutenberg_anthology_credits_the_editor_of_its_header(make_book) -> None:
    text = (
        "The Project Gutenberg eBook of Tales of the Fen\n\nTitle: Tales of the Fen\n\n"
        "Author: Various\n\nEditor: Honoria Blythe\n\nLanguage: English\n\n"
        "*** START OF THE PROJECT GUTENBERG EBOOK TALES OF THE FEN ***\n\n\n\n"
        "THE EEL-CATCHER\n\n\nThe eel-catcher went out at dusk, as his father had done,"
        " and came home at dawn with nothing.\n\n\n\n"
        "THE DROWNED BELL\n\n\nUnder the mere the bell still rang on winter nights, "
        "or so the miller's wife said.\n\n"
        "*** END OF THE PROJECT GUTENBERG EBOOK TALES OF THE FEN ***\n"
    )
    opening = _opening(make_book({"fen.txt": text}))
    assert opening.startswith("Tales of the Fen. Edited by Honoria Blythe. Narrated by")


# ---------------------------------------------------------------- logs, agendas, half-titles

DOOR_LOG = """<html lang="en"><head><title>Night Shift</title></head><body>
<h1>Chapter 7</h1>
<p>Okafor slid the printout of the gate log across the desk.</p>
<pre>
23:05 East gate opened
23:06 East gate closed
23:40 Alarm set by guard four
23:52 East gate opened
</pre>
<p>"Forty-seven minutes," he said. "Long enough to empty the safe."</p>
<h1>Chapter 8</h1><p>By dawn the car was gone.</p>
</body></html>
"""


def test_a_log_of_events_in_pre_keeps_its_times(make_book) -> None:
    """Times before events, no sender after them: the story counts on them, so they are
    read with their lines; only a chat's stamps ("[01:10] lamplighter: …") are left out."""
    body, omitted, _ = _body(make_book({"gate.html": DOOR_LOG}, name="gate"))
    log = LINE_BREAK.join([
        "23:05 East gate opened", "23:06 East gate closed",
        "23:40 Alarm set by guard four", "23:52 East gate opened",
    ])  # fmt: skip
    assert log in body
    assert not any("time stamp" in what for what, _, _ in omitted)


AGENDA = """<html lang="en"><head><title>Meetings That Work</title></head><body>
<h1>Chapter 3: The Day Plan</h1>
<p>This is the plan we sent round a week before the planning day.</p>
<table>
<tr><td>9:00</td><td>Mira Holt</td><td>Coffee and a round of introductions</td></tr>
<tr><td>9:15</td><td>Colm Reyes</td><td>Where the budget went last year</td></tr>
<tr><td>10:30</td><td>Mira Holt</td><td>Picking two goals for spring</td></tr>
<tr><td>11:45</td><td>Colm Reyes</td><td>Questions and close</td></tr>
</table>
<p>Nobody missed the slides.</p>
<h1>Chapter 4: Afterwards</h1><p>Write the notes the same day.</p>
</body></html>
"""


def test_an_agenda_table_is_a_table_not_text_messages(make_book) -> None:
    """Times on the quarter hour, rising, before speakers and topics: a schedule, read as
    a table is (its times with it), not as texts without their times."""
    body, omitted, _ = _body(make_book({"plan.html": AGENDA}, name="plan"))
    assert not any(p.startswith("Mira Holt:") for p in body)
    assert "A table follows in the book." in body
    tables = [text for _, why, text in omitted if why == '[text] tables = "skip"']
    assert tables and "9:00 | Mira Holt | Coffee and a round of introductions" in tables[0]
    assert not any("time stamp" in what for what, _, _ in omitted)


def test_a_table_of_title_case_topics_is_no_conversation() -> None:
    from audiobook.text.technical import conversation

    rows = [["Mira Holt", "Budget Review"], ["Colm Reyes", "Hiring Plan"],
            ["Mira Holt", "Next Quarter Goals"]]  # fmt: skip
    assert conversation(rows) is None
    texts = [["Mira", "did you book the room"], ["Colm", "Yes. Room Four."],
             ["Mira", "great, see you there"]]  # fmt: skip
    assert conversation(texts) is not None


def test_a_novels_half_title_with_its_own_title_stays_a_title_page(tmp_path: Path) -> None:
    """One half-title saying the book's own title, the contents nesting the chapters
    under it: a title page, not an omnibus's part; the title is not said again."""
    from epubs import XHTML

    def page(title: str, body: str) -> str:
        return XHTML.format(title=title, body=body, body_type="")

    pages = {
        "half.xhtml": page("Ash Lane", '<section epub:type="halftitlepage"><h1>Ash Lane</h1>'
                                       "</section>"),
        "c1.xhtml": page("Chapter 1", "<h2>Chapter 1</h2><p>The lane burned in August.</p>"),
        "c2.xhtml": page("Chapter 2", "<h2>Chapter 2</h2><p>Rebuilding took a year.</p>"),
    }  # fmt: skip
    nav = page("Contents", '<nav epub:type="toc"><ol><li><a href="half.xhtml">Ash Lane</a><ol>'
               '<li><a href="c1.xhtml">Chapter 1</a></li><li><a href="c2.xhtml">Chapter 2</a>'
               "</li></ol></li></ol></nav>")  # fmt: skip
    metadata = "<dc:title>Ash Lane</dc:title><dc:language>en</dc:language>"
    folder = tmp_path / "ash"
    folder.mkdir()
    zip_epub(folder / "ash.epub", metadata, pages, nav)
    _, omitted, titles = _body(folder)
    assert titles == ["Chapter 1", "Chapter 2"]
    assert any(why == "title page" for _, why, _ in omitted)
