"""Reading manuscripts: the sample book, encodings, repairs, chapters, bad input."""

from __future__ import annotations

import hashlib

import pytest

from audiobook.errors import ConfigError, ManuscriptError
from audiobook.text.ingest import locate_book, read_manuscript, sample_book_dir

from conftest import SEED, SEED_SHA256, SHORT_BOOK


def read(path):
    return read_manuscript(locate_book(path))


def test_bundled_sample_is_the_seed_byte_for_byte():
    bundled = sample_book_dir() / "the-masterpiece.txt"
    assert hashlib.sha256(bundled.read_bytes()).hexdigest() == SEED_SHA256
    if SEED.is_file():
        assert bundled.read_bytes() == SEED.read_bytes()


def test_sample_book_chapters_and_repaired_mojibake():
    book = read(None)
    assert (book.title, book.author) == ("The Masterpiece", "Anonymous")
    assert [c.title for c in book.chapters] == ["Morning", "The Studio", "Dawn"]
    assert book.chapters[1].paragraphs[0].text.startswith("He made his way")
    assert book.chapters[2].paragraphs[0].text.startswith("The night wore on, and with it")
    text = " ".join(p.text for c in book.chapters for p in c.paragraphs)
    assert "â€" not in text
    assert "beauty – a testament" in text
    assert any("'â€“' → '–'" in r for r in book.repairs)


def test_markdown_headings_are_chapters(make_book):
    folder = make_book({"story.md": SHORT_BOOK})
    book = read(folder / "story.md")
    assert book.title == "The Little Test"
    assert [c.title for c in book.chapters] == ["One", "Two"]
    assert book.chapters[0].paragraphs[1].text == "She lit a lamp."


def test_markdown_front_matter_and_inline_marks(make_book):
    md = (
        "---\ntitle: Front Matter Title\nauthor: Jo Writer\n---\n\n# Start\n\n"
        "Some **bold** and _soft_ words, a [link](http://x.y).\n"
    )
    folder = make_book({"b.md": md})
    book = read(folder / "b.md")
    assert (book.title, book.author) == ("Front Matter Title", "Jo Writer")
    assert book.chapters[0].paragraphs[0].text == "Some bold and soft words, a link."


def test_a_yaml_alias_bomb_in_front_matter_is_refused_in_one_line(make_book):
    """Seven levels of `&a [*a, *a, …]` stand for 4.7 million values: it hung the reader.
    An alias or two, as a writer may use one, is read as before."""
    levels = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for prev, name in zip("abcdef", "bcdefg", strict=True):
        levels.append(f"{name}: &{name} [{', '.join([f'*{prev}'] * 9)}]")
    bomb = "---\n" + "\n".join(levels) + "\ntitle: *g\n---\n\n# One\n\nThe harbor was quiet.\n"
    with pytest.raises(ManuscriptError, match=r"b\.md: its YAML front matter's aliases") as caught:
        read(make_book({"b.md": bomb}) / "b.md")
    assert "\n" not in str(caught.value)
    fine = "---\ntitle: Salt Roads\nauthor: &me Jo Writer\nrights: *me\n---\n\n# One\n\nHello.\n"
    book = read(make_book({"f.md": fine}) / "f.md")
    assert (book.title, book.author) == ("Salt Roads", "Jo Writer")


def test_markdown_as_writers_tools_write_it(make_book):
    """Pandoc-style YAML front matter (an author list, a quoted title), heading
    attributes, an author's HTML comments (one over two paragraphs), inline HTML and a
    list: the comments and markup are never read, each list item is its own line."""
    md = (
        '---\ntitle: "The Glass Orchard"\nauthor:\n  - Jane Q. Doe\n  - Sam Roe\n'
        "lang: en-GB\ndate: 2024-05-01\n...\n\n# Chapter One: Frost {#frost .unnumbered}\n\n"
        "The orchard was <u>glass</u> that winter.<br/>\n\n<!-- TODO: ask Dad\n\nabout the"
        " year -->\n\nShe counted:\n\n- apples: 40 bushels\n- pears: 12\n  bushels\n\n"
        "Then 3 < 4, she thought. <!-- cut? -->\n"
    )
    folder = make_book({"b.md": md})
    book = read(folder / "b.md")
    assert (book.title, book.author, book.language) == (
        "The Glass Orchard", "Jane Q. Doe and Sam Roe", "en-GB"
    )  # fmt: skip
    assert [c.title for c in book.chapters] == ["Chapter One: Frost"]
    assert [p.text for p in book.chapters[0].paragraphs] == [
        "The orchard was glass that winter.", "She counted:", "apples: 40 bushels",
        "pears: 12 bushels", "Then 3 < 4, she thought.",
    ]  # fmt: skip


def test_markdown_hard_line_breaks_are_the_authors_line_breaks(make_book):
    """A poem in Markdown: lines ended by two spaces, a backslash or `<br>`, or set as a
    Pandoc line block ("| "), keep their breaks (models.LINE_BREAK, where the narrator
    pauses); lines merely wrapped in the source are joined as Markdown joins them."""
    md = (
        "# The Mill\n\nThe mill-wheel stands; the water sleeps  \nBeneath the alders, dark"
        " and deep;\\\nAnd where the idle current creeps,<br>\nThe lilies fold their hands."
        "\n\n| Line one of a block\n| Line two of it.\n\nProse wrapped\nat a margin.\n"
    )
    folder = make_book({"b.md": md})
    book = read(folder / "b.md")
    assert [p.text for p in book.chapters[0].paragraphs] == [
        "The mill-wheel stands; the water sleeps\u2028Beneath the alders, dark and deep;"
        "\u2028And where the idle current creeps,\u2028The lilies fold their hands.",
        "Line one of a block\u2028Line two of it.",
        "Prose wrapped at a margin.",
    ]


def test_markdown_front_matter_that_is_not_yaml_is_read_line_by_line():
    from audiobook.text.readers.markdown import front_matter

    assert front_matter("title: Night: A Story\nauthor: Jo [Writer") == {
        "title": "Night: A Story", "author": "Jo [Writer"
    }  # fmt: skip


def test_plain_text_without_chapters_is_one_chapter_named_after_the_book(make_book):
    folder = make_book({"my-quiet-book.txt": "First paragraph.\n\nSecond one."})
    book = read(folder / "my-quiet-book.txt")
    assert [c.title for c in book.chapters] == ["My Quiet Book"]
    assert len(book.chapters[0].paragraphs) == 2


@pytest.mark.parametrize(
    ("name", "title"),
    [
        ("The Clockmaker's Promise.txt", "The Clockmaker's Promise"),
        ("the_clockmaker's_promise.txt", "The Clockmaker's Promise"),
        ("The Winter Ferry 3f9a1c2be4d84a7f9e0b6c5d1a2e7f48.txt", "The Winter Ferry"),
        ("McAllister and the iPhone.txt", "McAllister and the iPhone"),
    ],
)
def test_a_title_from_the_file_name_keeps_the_writers_capitals(make_book, name, title):
    """str.title() made "Clockmaker'S" and "Mcallister"; Notion adds a page id to names."""
    folder = make_book({name: "The clocks had all stopped at once.\n\nNobody knew why."})
    assert read(folder / name).title == title


def test_book_toml_declares_chapters_by_their_first_words(make_book):
    toml = (
        'title = "Declared"\nauthor = "A. Writer"\nmanuscript = "m.txt"\n'
        '[[chapters]]\ntitle = "Early"\nstarts_with = "It began"\n'
        '[[chapters]]\ntitle = "Late"\nstarts_with = "Much later"\n'
    )
    text = "It began quietly.\n\nThen more.\n\nMuch later, it ended.\n"
    book = read(make_book({"book.toml": toml, "m.txt": text}))
    assert [(c.title, len(c.paragraphs)) for c in book.chapters] == [("Early", 2), ("Late", 1)]


def test_a_declared_chapter_that_matches_nothing_is_a_clear_error(make_book):
    toml = 'manuscript = "m.txt"\n[[chapters]]\ntitle = "Nope"\nstarts_with = "Not in the text"\n'
    with pytest.raises(ConfigError, match="Not in the text"):
        read(make_book({"book.toml": toml, "m.txt": "Hello there.\n"}))


@pytest.mark.parametrize(
    ("encoding", "bom"),
    [("utf-8", b""), ("utf-8", b"\xef\xbb\xbf"), ("utf-16", b""), ("cp1252", b"")],
)
def test_encodings_are_detected(make_book, encoding, bom):
    text = "Café au lait – “quoted” naïve façade, déjà vu.\n\nÀ bientôt, señor."
    folder = make_book({"t.txt": bom + text.encode(encoding)})
    book = read(folder / "t.txt")
    assert book.chapters[0].paragraphs[0].text == text.split("\n\n")[0]


@pytest.mark.parametrize(
    ("encoding", "meta"),
    [
        ("windows-1251", '<meta http-equiv="Content-Type" content="text/html; charset=cp1251">'),
        ("koi8-r", '<meta charset="KOI8-R">'),
        ("cp1252", '<meta charset="iso-8859-1">'),  # browsers read latin-1 labels as cp1252
    ],
)
def test_an_html_page_is_read_in_the_charset_it_declares(make_book, encoding, meta):
    text = ("Старая мельница стояла у реки." if encoding != "cp1252"
            else "“Café,” said Léa – déjà vu.")  # fmt: skip
    page = f"<html><head>{meta}<title>T</title></head><body><h1>One</h1><p>{text}</p></body></html>"
    folder = make_book({"book.html": page.encode(encoding)})
    book = read(folder / "book.html")
    assert book.chapters[0].paragraphs[0].text == text


def test_html_numeric_references_to_128_159_are_cp1252_characters(make_book):
    """Browsers read `&#147;` as cp1252's “, not an invisible control; near-miss: `&#160;`
    and `&amp;#147;` (a reference shown as text) are left to the HTML reader."""
    page = ("<html><head><title>T</title></head><body><h1>One</h1>"
            "<p>&#147;I don&#146;t know,&#148; she said. &#x93;Perhaps&#133;&#x94;</p>"
            "<p>Type&#160;&amp;#147; for a quote.</p></body></html>")  # fmt: skip
    book = read(make_book({"book.html": page}) / "book.html")
    assert [p.text for p in book.chapters[0].paragraphs] == [
        "“I don’t know,” she said. “Perhaps…”",
        "Type &#147; for a quote.",  # the no-break space is read as a space
    ]


@pytest.mark.parametrize(
    ("encoding", "text"),
    [
        ("cp1251", "Гавань была тихой, и фонарь горел всю ночь."),
        ("koi8_r", "Гавань была тихой, и фонарь горел всю ночь."),
        ("cp1250", "Port był cichy, a latarnia płonęła całą noc."),
        ("cp1253", "Το λιμάνι ήταν ήσυχο και το φανάρι έκαιγε όλη νύχτα."),
        ("cp1255", "הנמל היה שקט והפנס דלק כל הלילה."),
        ("gbk", "港口很安静灯笼在燃烧。"),
        ("mac_roman", "The café was quiet — “so quiet,” said Renée."),
    ],
)
def test_a_legacy_encoding_is_read_as_itself_not_as_cp1252(make_book, encoding, text):
    """An old e-text from Windows Notepad or lib.ru, no language given: cp1252 would read
    Russian as "Ãàâàíü áûëà òèõîé" and Polish as "Port by³ cichy"."""
    folder = make_book({"t.txt": text.encode(encoding)})
    book = read(folder / "t.txt")
    assert book.chapters[0].paragraphs[0].text == text


@pytest.mark.parametrize(
    "text",
    [
        "A tank of 1 m³ and a field of 8 km², said Renée.",
        "The café’s floor grew as x² grows and the cube as x³.",
        "By Gregory T. Adebayo, CFP®. Copyright © 2023. “Salt-stung,” she said.",
        "Die Straße war ruhig. Über den Dächern schien der Mond.",
    ],
)
def test_western_text_in_cp1252_stays_cp1252(make_book, text):
    """Superscripts, signs and umlauts that another code page would read as letters."""
    folder = make_book({"t.txt": text.encode("cp1252")})
    book = read(folder / "t.txt")
    assert book.chapters[0].paragraphs[0].text == text


def test_irish_names_in_cp1252_are_not_read_as_mac_roman(make_book):
    """hÉireann puts a capital after a small letter, but Mac Roman's reading ("Se·n",
    "h…ireann") is no better: cp1252 is kept without a tell only mojibake has."""
    text = ("Chapter One\n\nSeán walked down Sackville Street, under the words Poblacht na "
            "hÉireann.\n\nHe read a paper that began, Óglaigh na hÉireann.\n\nSiobhán "
            "found him at midnight. \"You're for Éire now,\" she said.\n")  # fmt: skip
    book = read(make_book({"t.txt": text.encode("cp1252")}) / "t.txt")
    said = [p.text for p in book.chapters[0].paragraphs]
    assert said[0] == "Seán walked down Sackville Street, under the words Poblacht na hÉireann."
    assert said[1] == "He read a paper that began, Óglaigh na hÉireann."
    assert said[2].startswith("Siobhán found") and "Éire now" in said[2]
    # near-miss: the same kind of book saved on an old Mac is still read as Mac Roman
    mac = "Chapter One\n\nThe café was quiet. “Renée, don’t,” said Zoë. Déjà vu, Seán.\n"
    book = read(make_book({"t.txt": mac.encode("mac_roman")}, "mac") / "t.txt")
    assert book.chapters[0].paragraphs[0].text == mac.split("\n\n")[1].strip()


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ga", "Chosain an leabhar £5 i 1970. “Ná bac leis,” ar sí. Bhí an oíche fuar."),
        ("cy", "Roedd y llyfr yn costio £5. Dechreuodd hi gopïo’r geiriau i’r llyfr."),
        ("is", "Þær fóru út á völlinn þegar sólin skín. Verðið var £5, sagði hún."),
        ("af", "Hy sê: “Ek is moeg.” Die seën was groot, en tweeêuurs gewag."),
        ("la", "Arma virumque canô, Trôiæ qui prîmus ab ôrîs. Poëta naïvus."),
        ("cs", "Příliš žluťoučký kůň úpěl ďábelské ódy. Štěpán šel domů."),  # near-miss: cp1250
    ],
)
def test_every_latin_script_language_but_central_european_reads_old_files_as_cp1252(
    make_book, language, text
):
    """Not cp1250's "Ł5", "gopďo’r", "Ţćr" for Irish, Welsh, Icelandic, Afrikaans, Latin."""
    encoding = "cp1250" if language == "cs" else "cp1252"
    toml = f'language = "{language}"\nmanuscript = "t.txt"\n'
    book = read(make_book({"book.toml": toml, "t.txt": text.encode(encoding)}))
    assert book.chapters[0].paragraphs[0].text == text


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_with_no_byte_order_mark_is_read_by_its_zero_bytes(make_book, codec):
    text = "Chapter 1\n\nThe café on the harbour was quiet, “so quiet,” said Renée.\n"
    book = read(make_book({"t.txt": text.encode(codec)}) / "t.txt")
    assert book.chapters[0].paragraphs[0].text == text.split("\n\n")[1].strip()


def test_a_stray_nul_byte_in_text_is_removed_not_a_refusal(make_book):
    """A damaged copy: one NUL after the first sentence (binary data stays refused:
    test_bad_manuscripts_are_refused_clearly)."""
    raw = b"The harbor was quiet.\x00\n\nThe lantern burned all night.\n"
    book = read(make_book({"t.txt": raw}) / "t.txt")
    assert [p.text for p in book.chapters[0].paragraphs] == [
        "The harbor was quiet.",
        "The lantern burned all night.",
    ]
    assert any("NUL" in r for r in book.repairs)


@pytest.mark.parametrize("bom", [b"", b"\xef\xbb\xbf"])
def test_windows_1252_pasted_into_utf8_text_reads_as_both(make_book, bom):
    # a chapter pasted from an older file: UTF-8 curly quotes, then cp1252 ones
    first = "\u201cA caf\u00e9,\u201d she said.\n\n".encode()
    second = "Her husband, Jos\u00e9, painted the sign\u2019s letters.\n".encode("cp1252")
    folder = make_book({"t.txt": bom + first + second})
    book = read(folder / "t.txt")
    assert [p.text for p in book.chapters[0].paragraphs] == [
        "\u201cA caf\u00e9,\u201d she said.",
        "Her husband, Jos\u00e9, painted the sign\u2019s letters.",
    ]
    assert any("Windows-1252" in r and "line 3" in r for r in book.repairs)


def test_a_form_feed_starts_a_page(make_book):
    text = "THE NIGHT EXPRESS\n\nby Gwen Harries\n\fCHAPTER ONE\n\nThe message came at nine.\n"
    text += "\fCHAPTER TWO\n\nThere were four of them.\n"
    book = read(make_book({"t.txt": text}) / "t.txt")
    assert [c.title for c in book.chapters] == ["CHAPTER ONE", "CHAPTER TWO"]


def test_invisible_characters_are_removed_and_reported(make_book):
    folder = make_book({"t.txt": "Zero\u200bwidth and\u202e bidi and \x07bell."})
    book = read(folder / "t.txt")
    assert book.chapters[0].paragraphs[0].text == "Zerowidth and bidi and bell."
    assert any("invisible" in r for r in book.repairs)


@pytest.mark.parametrize(
    ("files", "target", "message"),
    [
        ({"e.txt": ""}, "e.txt", "empty"),
        ({"w.txt": "   \n\n \t \n"}, "w.txt", "empty"),
        ({"p.txt": b"\x89PNG\r\n\x1a\n" + bytes(100)}, "p.txt", "PNG image"),
        ({"b.txt": b"abc\x00\x01\x02" * 50}, "b.txt", "binary"),
        ({"x.pdfx": "hello"}, "x.pdfx", "cannot read"),
        ({"notes.txt": "a", "more.md": "b"}, ".", "several manuscripts"),
        ({"readme.rst": "a"}, ".", "no manuscript"),
        ({}, "missing.txt", "no such file"),
    ],
)
def test_bad_manuscripts_are_refused_clearly(make_book, files, target, message):
    folder = make_book(files)
    with pytest.raises((ManuscriptError, ConfigError), match=message):
        read(folder / target)


def test_bad_book_toml_names_key_and_line(make_book):
    toml = 'title = "T"\nvoice = 3\ncolour = "red"\n[pauses]\nsentence_ms = "long"\n'
    with pytest.raises(ConfigError) as caught:
        read(make_book({"book.toml": toml, "m.txt": "Hi."}))
    message = str(caught.value)
    assert "'voice' (line 2, column 1) must be a string, not an integer" in message
    assert "unknown key 'colour' (line 3, column 1)" in message
    assert "'pauses.sentence_ms' (line 5, column 1) must be a whole number" in message


def test_invalid_toml_syntax_is_reported_with_its_line(make_book):
    with pytest.raises(ConfigError, match="line 2"):
        read(make_book({"book.toml": 'title = "T"\nauthor = \n', "m.txt": "Hi."}))


def test_book_toml_may_list_files_one_chapter_each(make_book):
    toml = 'title = "Parts"\nmanuscript = ["one.md", "two.txt"]\n'
    folder = make_book(
        {"book.toml": toml, "one.md": "# The First\n\nHello there.\n", "two.txt": "Goodbye now.\n"}
    )
    book = read(folder)
    assert [c.title for c in book.chapters] == ["The First", "Two"]
    assert book.chapters[1].paragraphs[0].text == "Goodbye now."


def test_gutenberg_style_plain_text_finds_its_chapters(make_book):
    text = (
        "The Project Gutenberg eBook of Tiny Tale\n\nTitle: Tiny Tale\n\nAuthor: Jo Writer\n\n"
        "*** START OF THE PROJECT GUTENBERG EBOOK TINY TALE ***\n\n"
        "CHAPTER I.\n\nIt began here.\n\nCHAPTER II.\n\nIt ended there.\n\n"
        "*** END OF THE PROJECT GUTENBERG EBOOK TINY TALE ***\n\nLicense words never read.\n"
    )
    book = read(make_book({"tiny.txt": text}) / "tiny.txt")
    assert (book.title, book.author) == ("Tiny Tale", "Jo Writer")
    assert [c.title for c in book.chapters] == ["CHAPTER I", "CHAPTER II"]
    assert "License" not in " ".join(p.text for c in book.chapters for p in c.paragraphs)


def test_a_form_feed_in_mid_sentence_joins_the_sentence(make_book):
    import textwrap

    words = ("The message came at nine, by the night express, and nobody on the platform "
             "knew who had sent it or why. ") * 3  # fmt: skip
    lines = textwrap.wrap(words + "The wind outside was from the north-east, and cold.", 64)
    lines[3] = "\f" + lines[3]  # a typescript's page ends in mid-sentence: "knew who / had"
    book = read(make_book({"t.txt": "CHAPTER ONE\n\n" + "\n".join(lines) + "\n"}) / "t.txt")
    [paragraph] = book.chapters[0].paragraphs
    assert "the platform knew who had sent it" in paragraph.text


def test_a_declared_chapter_may_start_at_a_heading_the_reader_found(make_book):
    toml = '[[chapters]]\ntitle = "Preface"\nstarts_with = "EDITOR\'S PREFACE"\n'
    toml += '[[chapters]]\ntitle = "January"\nstarts_with = "Snow all day"\n'
    text = "EDITOR'S PREFACE\n\nThe diary was kept in pencil.\n\nJANUARY.\n\nSnow all day.\n"
    book = read(make_book({"book.toml": toml, "m.txt": text}))
    assert [(c.title, [p.text for p in c.paragraphs]) for c in book.chapters] == [
        ("Preface", ["The diary was kept in pencil.", "JANUARY."]), ("January", ["Snow all day."])
    ]


# ---------------------------------------------------------------- separators and giant words


@pytest.mark.parametrize(
    ("line", "paragraph"),
    [
        ("\x0b", "\x0b\x0b"),  # Word's manual line break, copied as plain text
        ("\x85", "\x85\x85"),  # NEL
        ("\x1e", "\x1e\x1e"),  # record separators
        ("\u2028", "\u2029"),  # Unicode's line and paragraph separators
    ],
)
def test_separator_characters_end_lines_and_paragraphs(make_book, line, paragraph):
    text = (f"Chapter One{paragraph}The harbor was quiet.{line}The lantern burned."
            f"{paragraph}Chapter Two{paragraph}The river ran all night.")  # fmt: skip
    book = read(make_book({"m.txt": text}) / "m.txt")
    assert [c.title for c in book.chapters] == ["Chapter One", "Chapter Two"]
    said = " ".join(p.text for p in book.chapters[0].paragraphs)
    assert "quiet." in said and "quietThe" not in said and "lantern burned." in said


def test_a_nel_inside_latin_1_mojibake_is_left_to_the_mojibake_repair(make_book):
    text = "Chapter One\n\nThe caf\u00c3\u00a9 sat by the \u00c3\u0085sgard quay.\n"
    said = read(make_book({"m.txt": text}) / "m.txt").chapters[0].paragraphs[0].text
    assert said == "The café sat by the Åsgard quay."


def test_a_nel_beside_cp1252_quotes_read_as_latin_1_is_an_ellipsis(make_book):
    """A cp1252 book converted to UTF-8 as latin-1: U+0093/U+0094 are its quotes, so its
    U+0085 is cp1252's "…", not a line break; near-miss: a NEL alone still ends a line."""
    text = ("Chapter One\n\n\x93Well\x85?\x94 asked Mrs. Hale.\n\n"
            "He waited\x85 and waited. It wasn\x92t late.\n")  # fmt: skip
    book = read(make_book({"m.txt": text}) / "m.txt")
    assert [p.text for p in book.chapters[0].paragraphs] == [
        "“Well…?” asked Mrs. Hale.",
        "He waited… and waited. It wasn’t late.",
    ]
    alone = read(make_book({"m.txt": "Chapter One\n\nHe waited.\x85The lantern burned.\n"}, "b"))
    assert "\x85" not in alone.chapters[0].paragraphs[0].text
    assert "…" not in alone.chapters[0].paragraphs[0].text


def test_a_giant_word_is_left_out_and_listed_not_the_book_refused(make_book):
    text = "Chapter One\n\nStart. " + "x" * 5000 + " end.\n\nThe lantern burned.\n"
    book = read(make_book({"m.txt": text}) / "m.txt")
    assert [p.text for p in book.chapters[0].paragraphs] == ["Start.  end.", "The lantern burned."]
    (left,) = [o for o in book.omitted if "5000 characters" in o.what]
    assert "paragraph 1" in left.what and left.text.startswith("xxxx")


def test_a_gene_of_a_hundred_letters_is_kept(make_book):
    text = f"Chapter One\n\nThe strand read {'ACGT' * 26} in the lab.\n"
    book = read(make_book({"m.txt": text}) / "m.txt")
    assert "ACGT" * 26 in book.chapters[0].paragraphs[0].text and not book.omitted
