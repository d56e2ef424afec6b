"""Victorian books as Project Gutenberg sets them in HTML and EPUB, in words of our own:
the publisher's catalogue bound in after "THE END" (with the printer's line before it),
a title page typed in heading tags by type size ("BY THE LATE" / the author / "EDITED BY
HIS DAUGHTER" / her name), and a "BY THE SAME AUTHOR." page at the back."""

from __future__ import annotations

from audiobook.text.ingest import locate_book, read_manuscript
from epubs import write_epub
from manuscripts import read_audited as read
from manuscripts import said

PG_HEAD = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title} | Project Gutenberg</title>
<style>.center {{ text-align: center; }}</style></head><body>
<section class="pg-boilerplate pgheader" id="pg-header" lang="en">
<h2 id="pg-header-heading" title="">The Project Gutenberg eBook of {title}</h2>
<div>This ebook is for the use of anyone anywhere in the United States and most other parts
of the world at no cost and with almost no restrictions whatsoever.</div>
<div class="container" id="pg-machine-header"><p><strong>Title</strong>: {title}</p>
<div id="pg-header-authlist"><p><strong>Author</strong>: {author}</p></div>
<p><strong>Release date</strong>: May 9, 2022 [eBook #68011]</p>
<p><strong>Language</strong>: English</p></div>
<div id="pg-start-separator"><span>*** START OF THE PROJECT GUTENBERG EBOOK {upper} ***</span></div>
</section>
"""

PG_FOOT = """<section class="pg-boilerplate pgheader" id="pg-footer" lang="en">
<div id="pg-end-separator"><span>*** END OF THE PROJECT GUTENBERG EBOOK {upper} ***</span></div>
<div class="container" id="pg-end-boilerplate">
<p>Updated editions will replace the previous one&#8212;the old editions will be renamed.</p>
<h2 id="pg-footer-heading">START: FULL LICENSE</h2>
<p>THE FULL PROJECT GUTENBERG LICENSE</p>
</div></section></body></html>
"""


def _pg(title: str, author: str, body: str) -> str:
    fields = {"title": title, "author": author, "upper": title.upper()}
    return PG_HEAD.format(**fields) + body + PG_FOOT.format(**fields)


STORY = """<h1>THE WHERRYMAN</h1>
<p class="center">BY<br>EDMUND FARRANT</p>
<p class="center">LONDON<br>HURST AND MARLOW<br>1884</p>
<hr>
<h2>CHAPTER I.<br>THE STAITHE.</h2>
<p>Old Jonas Bale had sailed the same black-sailed wherry between Yarmouth and the city for
forty years, and in all that time he had never once been caught by the ebb below the bridge.
He knew every reach of the river as a parson knows his psalter.</p>
<p>"She'll carry another ton yet," he told the merchant's clerk, who did not believe him.</p>
<h2>CHAPTER II.<br>THE FROST.</h2>
<p>The frost came down in the second week of January and locked the river from bank to bank.
Jonas sat by his stove in the cabin and waited, as he had always waited, for the thaw.</p>
<p>It came on a Sunday, and by the Tuesday the wherry was loaded and away.</p>
<p class="center">THE END.</p>
"""

PRINTER = '<p class="center">PRINTED BY W. HOLLAND AND SONS, FETTER LANE, LONDON.</p>\n'

CATALOGUE = """<hr>
<div class="ads"><h2>HURST AND MARLOW&#8217;S NEW AND POPULAR NOVELS.</h2>
<p>Crown 8vo, cloth, 3s. 6d. each.</p>
<p><b>THE MILLER&#8217;S WARD.</b> By the Author of &#8220;Fenland Days.&#8221;</p>
<p><b>A LONG RECKONING.</b> By Clara Whitby. Second Edition.</p>
<p>&#8220;A story of uncommon freshness and charm.&#8221;&#8212;<i>Athenaeum.</i></p>
<p><b>UNDER THE DYKE.</b> By Edmund Farrant. 6<i>s.</i></p>
<p class="center">HURST AND MARLOW, PATERNOSTER ROW.</p></div>
"""


def test_a_publishers_catalogue_after_the_end_is_not_read_nor_the_printers_line(tmp_path):
    manuscript = read(
        tmp_path, "wherryman.html",
        _pg("The Wherryman", "Edmund Farrant", STORY + PRINTER + CATALOGUE),
    )  # fmt: skip
    assert [c.title for c in manuscript.chapters] == [
        "CHAPTER I. THE STAITHE",
        "CHAPTER II. THE FROST",
    ]
    assert manuscript.chapters[-1].paragraphs[-1].text == "THE END."
    text = said(manuscript)
    for printed in ("PRINTED BY", "Crown 8vo", "MILLER", "Athenaeum", "PATERNOSTER"):
        assert printed not in text, printed
    why = {o.what: o.why for o in manuscript.omitted}
    assert why["section 'HURST AND MARLOW’S NEW AND POPULAR NOVELS'"] == "advertisement"
    assert why["printer's imprint after the end"] == "colophon"


def test_a_publishers_catalogue_page_of_a_gutenberg_epub_is_not_read(tmp_path):
    chapter = "<h2>CHAPTER {n}.</h2><p>{text}</p>"
    path = write_epub(
        tmp_path / "wherryman.epub",
        [
            ("68011-h-1.xhtml", "CHAPTER I.", chapter.format(
                n="I", text="Old Jonas Bale had sailed the same black-sailed wherry between "
                "Yarmouth and the city for forty years.")),
            ("68011-h-2.xhtml", "CHAPTER II.", chapter.format(
                n="II", text="The frost came down in the second week of January and locked "
                "the river from bank to bank.") + '<p class="center">THE END.</p>'),
            ("68011-h-3.xhtml", "HURST AND MARLOW’S NEW BOOKS.",
             '<div class="ads"><h2>HURST AND MARLOW&#8217;S '
             "NEW BOOKS.</h2><p>Demy 8vo. 7s. 6d.</p><p><b>THE MILLER&#8217;S WARD.</b> By "
             "the Author of &#8220;Fenland Days.&#8221;</p><p>&#8220;A most readable "
             "volume.&#8221;&#8212;<i>Times.</i></p></div>"),
        ],
        title="The Wherryman",
        author="Edmund Farrant",
    )  # fmt: skip
    manuscript = read_manuscript(locate_book(path))
    assert [c.title for c in manuscript.chapters] == ["CHAPTER I", "CHAPTER II"]
    assert manuscript.chapters[-1].paragraphs[-1].text == "THE END."
    assert "MILLER" not in said(manuscript)
    assert any(o.why == "advertisement" for o in manuscript.omitted)


def test_a_story_called_new_books_after_another_storys_end_is_read(tmp_path):
    # a collection that closes each story on "THE END.": the next is read, prices and all
    body = STORY + """<h2>NEW BOOKS.</h2>
<p>"What will you take for the charts?" said Jonas.</p>
<p>"Three and six," said the stallholder. "It's 3s. 6d. to anyone else, and 3s. 6d. to you."</p>
<p>He paid it, and carried the book home under his coat as if it had been a loaf.</p>
"""
    manuscript = read(tmp_path, "wherryman.html", _pg("The Wherryman", "Edmund Farrant", body))
    assert [c.title for c in manuscript.chapters][-1] == "NEW BOOKS"
    assert "It's 3s. 6d. to anyone else" in said(manuscript)
    assert manuscript.chapters[-1].paragraphs[-1].text.startswith("He paid it")


def test_a_catalogue_heading_over_story_text_without_prices_is_read(tmp_path):
    body = STORY + """<h2>POPULAR NOVELS.</h2>
<p>His daughter read popular novels by the stove, one after another, and told him the plots.</p>
<p>"They all end in a wedding," she said. "Every one."</p>
"""
    manuscript = read(tmp_path, "wherryman.html", _pg("The Wherryman", "Edmund Farrant", body))
    assert [c.title for c in manuscript.chapters][-1] == "POPULAR NOVELS"
    assert "They all end in a wedding" in said(manuscript)


DIARY = """<h1>NOTES OF A COUNTRY PRACTICE</h1>
<h4>BY THE LATE</h4>
<h2>HENRY ASKEW, L.R.C.P.</h2>
<h4>EDITED BY HIS WIDOW</h4>
<h3>MARGARET ASKEW</h3>
<p class="center">LONDON<br>KEGAN AND TRENCH<br>1889</p>
<hr>
<h2>CHAPTER I.</h2>
<p>Called at two in the morning to a farm beyond the common, where a child had the croup. The
lane was a river of mud, and the mare would not face the ford.</p>
<h2>CHAPTER II.</h2>
<p>A quiet week. Mended the surgery window, and read Trousseau on the throat.</p>
"""


def test_a_title_page_set_in_headings_is_not_read_and_its_editor_is_credited(tmp_path):
    manuscript = read(
        tmp_path, "practice.html",
        _pg("Notes of a Country Practice", "Henry Askew", DIARY),
    )  # fmt: skip
    assert [c.title for c in manuscript.chapters] == ["CHAPTER I", "CHAPTER II"]
    assert manuscript.chapters[0].paragraphs[0].text.startswith("Called at two in the morning")
    text = said(manuscript)
    for printed in ("HENRY ASKEW", "EDITED BY", "MARGARET ASKEW", "KEGAN"):
        assert printed not in text, printed
    assert manuscript.author == "Henry Askew"
    assert manuscript.editor == "Margaret Askew"


def test_an_editor_line_with_no_name_under_it_credits_no_editor(tmp_path):
    body = DIARY.replace("<h3>MARGARET ASKEW</h3>\n", "")
    manuscript = read(
        tmp_path, "practice.html",
        _pg("Notes of a Country Practice", "Henry Askew", body),
    )  # fmt: skip
    assert manuscript.editor == ""
    assert manuscript.chapters[0].paragraphs[0].text.startswith("Called at two in the morning")


def test_a_by_the_same_author_page_at_the_back_leaves_the_title_page_out(tmp_path):
    also = (
        '<p class="center">PRINTED BY W. HOLLAND AND SONS, FETTER LANE.</p><hr>'
        "<h2>BY THE SAME AUTHOR.</h2><p>BROADLAND SKETCHES. Crown 8vo. 5<i>s.</i></p>"
    )
    manuscript = read(
        tmp_path, "wherryman.html",
        _pg("The Wherryman", "Edmund Farrant", STORY + also),
    )  # fmt: skip
    assert [c.title for c in manuscript.chapters] == [
        "CHAPTER I. THE STAITHE",
        "CHAPTER II. THE FROST",
    ]
    text = said(manuscript)
    for printed in ("EDMUND FARRANT", "HURST AND MARLOW", "PRINTED BY", "BROADLAND"):
        assert printed not in text, printed
    assert manuscript.chapters[-1].paragraphs[-1].text == "THE END."


def test_a_story_that_opens_by_the_late_train_under_the_title_is_read(tmp_path):
    body = """<h1>THE WHERRYMAN</h1>
<p>By the late train the clerk came down from the city, with the bills of lading in a tin box
and a cold in his head.</p>
<h2>CHAPTER I.</h2>
<p>Old Jonas Bale had sailed the same black-sailed wherry for forty years.</p>
<h2>CHAPTER II.</h2>
<p>The frost came down in the second week of January.</p>
"""
    manuscript = read(tmp_path, "wherryman.html", _pg("The Wherryman", "Edmund Farrant", body))
    assert "By the late train the clerk came down" in said(manuscript)


def test_a_title_page_in_headings_names_its_author_without_his_letters(tmp_path):
    page = ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
            "<title>Notes of a Country Practice</title></head><body>" + DIARY + "</body></html>")
    manuscript = read(tmp_path, "practice.html", page)
    assert manuscript.author == "Henry Askew"
    assert manuscript.editor == "Margaret Askew"
    assert [c.title for c in manuscript.chapters] == ["CHAPTER I", "CHAPTER II"]
