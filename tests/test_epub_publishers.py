"""EPUBs as publishers' tools lay them out, in words of our own: a retailer's copy locked
with Adobe ADEPT (refused in one line) beside one whose fonts alone are obfuscated (read);
InDesign's split export, its chapter number in a paragraph before the contents' anchor;
its one-file export, title page and numbered contents list in the text; a point-of-view
heading under "Chapter 1"; sub-heads the contents nest under their chapter."""

from __future__ import annotations

from pathlib import Path

from audiobook.text.readers.epub import read_epub_with_notes
from epubs import zip_epub

from conftest import run_cli

PAGE = (
    '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html>\n'
    '<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops">'
    "<head><title>{title}</title></head><body>{body}</body></html>"
)
PROSE = (
    "The ferry left the island at ten past six, loaded with milk churns and two "
    "bicycles, and the harbourmaster watched it go with his hands in his pockets."
)


def make_epub(
    path: Path,
    pages: dict[str, str],
    nav: str,
    *,
    extra: dict[str, bytes | str] | None = None,
    manifest_extra: str = "",
) -> Path:
    """An EPUB 3: `pages` (file name → body markup) in spine order, `nav` the markup
    inside the contents' <nav>, `extra` more members (META-INF/encryption.xml) or a
    page's bytes in place of its markup."""
    metadata = ("<dc:title>The Orchard Ledger</dc:title><dc:creator>Wenna Trelawny</dc:creator>"
                "<dc:language>en</dc:language>")  # fmt: skip
    nav_page = PAGE.format(
        title="Contents", body=f'<nav epub:type="toc" id="toc"><h1>Contents</h1>{nav}</nav>'
    )
    documents = {name: PAGE.format(title="Ledger", body=body) for name, body in pages.items()}
    return zip_epub(path, metadata, documents, nav_page, extra=extra,
                    manifest_extra=manifest_extra)  # fmt: skip


def links(*entries: tuple[str, str]) -> str:
    return "<ol>" + "".join(f'<li><a href="{h}">{t}</a></li>' for h, t in entries) + "</ol>"


def encryption(algorithm: str, *uris: str, adept: bool = True) -> str:
    key = (
        '<ds:KeyInfo xmlns:ds="http://www.w3.org/2000/09/xmldsig#">'
        '<resource xmlns="http://ns.adobe.com/adept">urn:uuid:0f0f</resource></ds:KeyInfo>'
        if adept
        else ""
    )
    data = "".join(
        f'<enc:EncryptedData><enc:EncryptionMethod Algorithm="{algorithm}"/>{key}'
        f'<enc:CipherData><enc:CipherReference URI="{uri}"/></enc:CipherData>'
        "</enc:EncryptedData>"
        for uri in uris
    )
    return (
        '<?xml version="1.0"?><encryption '
        'xmlns="urn:oasis:names:tc:opendocument:xmlns:container" '
        f'xmlns:enc="http://www.w3.org/2001/04/xmlenc#">{data}</encryption>'
    )


def titles(path: Path) -> list[str | None]:
    return [title for title, _ in read_epub_with_notes(path)[0].chapters]


def lines(path: Path, title: str) -> list[str]:
    chapters = dict(read_epub_with_notes(path)[0].chapters)
    return [p.text for p in chapters[title]]


# ---------------------------------------------------------------- 1. DRM


def test_adept_locked_epub_is_refused_in_one_clear_line(tmp_path):
    """A retailer's ADEPT copy: every page AES-encrypted, the nav too. Read on, its
    ciphertext was spoken as garbage, or ebooklib failed with "list index out of range"."""
    pages = {"c1.xhtml": f"<h1>One</h1><p>{PROSE}</p>"}
    path = make_epub(
        tmp_path / "locked.epub",
        pages,
        links(("c1.xhtml", "One")),
        extra={
            "META-INF/rights.xml": '<adept:rights xmlns:adept="http://ns.adobe.com/adept"/>',
            "META-INF/encryption.xml": encryption(
                "http://www.w3.org/2001/04/xmlenc#aes128-cbc",
                "OEBPS/nav.xhtml",
                "OEBPS/c1.xhtml",
            ),
            # the ciphertext: bytes no reader can make sense of
            "OEBPS/c1.xhtml": bytes(range(256)) * 4,
        },
    )
    result = run_cli("plan", "--script", str(path))
    assert result.returncode == 2, (result.stdout, result.stderr)
    said = result.stderr.strip().splitlines()
    assert len(said) == 1 and said[0].startswith("audiobook: error:"), result.stderr
    assert str(path) in said[0]
    assert "locked with DRM (Adobe ADEPT)" in said[0]
    assert "export a DRM-free copy" in said[0]


def test_epub_whose_fonts_alone_are_obfuscated_is_read(tmp_path):
    """Font obfuscation (the IDPF algorithm) hides an embedded font, not the text."""
    path = make_epub(
        tmp_path / "fonts.epub",
        {"c1.xhtml": f"<h1>One</h1><p>{PROSE}</p>"},
        links(("c1.xhtml", "One")),
        extra={
            "META-INF/encryption.xml": encryption(
                "http://www.idpf.org/2008/embedding", "OEBPS/fonts/Serif.otf", adept=False
            ),
            "OEBPS/fonts/Serif.otf": bytes(range(256)) * 8,
        },
        manifest_extra=(
            '<item id="font" href="fonts/Serif.otf" media-type="application/vnd.ms-opentype"/>'
        ),
    )
    assert lines(path, "One") == [PROSE]


# ---------------------------------------------------------------- 2. InDesign's chapter number


def test_indesign_chapter_number_before_the_anchor_joins_the_chapter_title(tmp_path):
    """`<p class="CN">2</p><p class="CT"><span id="_idTextAnchor002"/>…` with the nav at
    the anchor: the "2" opens chapter two, it does not end chapter one."""

    def chapter(n: int, title: str) -> str:
        return (
            f'<div id="_idContainer00{n}" class="Basic-Text-Frame"><p class="CN">{n}</p>'
            f'<p class="CT"><span id="_idTextAnchor00{n}"></span>{title}</p>'
            f'<p class="TX">{PROSE}</p></div>'
        )

    path = make_epub(
        tmp_path / "indesign.epub",
        {"Ledger-1.xhtml": chapter(1, "Windfalls"), "Ledger-2.xhtml": chapter(2, "Grafting")},
        links(
            ("Ledger-1.xhtml#_idTextAnchor001", "Windfalls"),
            ("Ledger-2.xhtml#_idTextAnchor002", "Grafting"),
        ),
    )
    assert titles(path) == ["1. Windfalls", "2. Grafting"]
    assert lines(path, "1. Windfalls") == [PROSE]


# ---------------------------------------------------------------- 3. a heading under the title


def test_heading_under_the_contents_title_is_read_as_a_line(tmp_path):
    """HarperCollins: `<h1>Chapter 1</h1><h2 class="chap_pov">Tamsin</h2>`: the
    narrator's name was dropped silently as a second title; the printed "Chapter 1" and
    a heading that repeats the title still are not read twice."""
    path = make_epub(
        tmp_path / "pov.epub",
        {
            "ch1.xhtml": f'<h1><a href="toc.xhtml">Chapter 1</a></h1>'
            f'<h2 class="chap_pov">Tamsin</h2><p>{PROSE}</p>',
            "ch2.xhtml": "<h2>The Orchard Ledger</h2><h1>Chapter 2</h1>"
            f"<p>{PROSE}</p><p>{PROSE}</p>",
            "rgg.xhtml": "<h1>Afterword</h1><h2>Afterword</h2><h2>A Note on the Orchards</h2>"
            f"<p>{PROSE}</p>",
        },
        links(("ch1.xhtml", "Chapter 1"), ("ch2.xhtml", "Chapter 2"), ("rgg.xhtml", "Afterword")),
    )
    assert titles(path) == ["Chapter 1", "Chapter 2", "Afterword"]
    assert lines(path, "Chapter 1") == ["Tamsin", PROSE]
    assert lines(path, "Afterword") == ["A Note on the Orchards", PROSE]
    # the book's own title printed over a chapter is not read, and is listed
    assert lines(path, "Chapter 2") == [PROSE, PROSE]
    omitted = read_epub_with_notes(path)[0].omitted
    assert any(o.text == "The Orchard Ledger" for o in omitted)


# ---------------------------------------------------------------- 4. InDesign in one file


def test_indesign_one_file_title_page_and_numbered_contents_are_left_out(tmp_path):
    """InDesign without "Split Document": the title page in its own text frame, then the
    dedication, then a contents list whose lines carry the chapter numbers ("1 Windfalls")
    that the nav's entries do not, all in the one page before the first chapter."""

    def frame(n: int, body: str) -> str:
        return f'<div id="_idContainer00{n}" class="Basic-Text-Frame">{body}</div>'

    body = (
        frame(1, '<p class="Title">THE ORCHARD LEDGER</p><p class="Subtitle">A Novel</p>'
                 '<p class="Author">Wenna Trelawny</p><p class="Publisher">Quince Lane Press</p>')
        + frame(2, '<p class="DED">For the pickers, every autumn</p>')
        + frame(3, '<p class="TOC-Title">Contents</p>'
                   '<p><a href="Ledger-1.xhtml#_idTextAnchor001">1 Windfalls</a></p>'
                   '<p><a href="Ledger-1.xhtml#_idTextAnchor002">2 Grafting</a></p>'
                   '<p><a href="Ledger-1.xhtml#_idTextAnchor003">Acknowledgments</a></p>')
        + frame(4, '<p class="CT"><span id="_idTextAnchor001"></span>Windfalls</p>'
                   f"<p>{PROSE}</p>"
                   '<p class="CT"><span id="_idTextAnchor002"></span>Grafting</p>'
                   f"<p>{PROSE}</p>"
                   '<p class="CT"><span id="_idTextAnchor003"></span>Acknowledgments</p>'
                   "<p>My thanks to the growers of the valley.</p>")
    )  # fmt: skip
    path = make_epub(
        tmp_path / "onefile.epub",
        {"Ledger-1.xhtml": body},
        links(
            ("Ledger-1.xhtml#_idTextAnchor001", "Windfalls"),
            ("Ledger-1.xhtml#_idTextAnchor002", "Grafting"),
            ("Ledger-1.xhtml#_idTextAnchor003", "Acknowledgments"),
        ),
    )
    found, _ = read_epub_with_notes(path)
    spoken = [p.text for _, ps in found.chapters for p in ps]
    assert "THE ORCHARD LEDGER" not in spoken and "1 Windfalls" not in spoken
    assert "For the pickers, every autumn" in spoken  # the dedication is the book's
    assert [t for t, _ in found.chapters][-3:] == ["Windfalls", "Grafting", "Acknowledgments"]
    left_out = {o.why: o.text for o in found.omitted}
    assert "Wenna Trelawny" in left_out["title page"]
    assert "1 Windfalls" in left_out["table of contents"]


# ---------------------------------------------------------------- 5. nested contents entries


def test_nested_sub_head_entries_are_sections_of_their_chapter(tmp_path):
    """Simon & Schuster's nav nests a chapter's h3 sub-heads under it: they are lines of
    the chapter, not chapters. A part's entry over its chapters in one page, with no text
    of its own before them, keeps them as chapters."""
    path = make_epub(
        tmp_path / "nested.epub",
        {
            "ch03.xhtml": f'<h1>THREE</h1><h2>Night Picking</h2><p>{PROSE}</p>'
            '<h3 id="sec3_1">The Foreman’s Tally</h3><p>Nine bins before midnight.</p>'
            '<h3 id="sec3_2">Frost</h3><p>The smudge pots were lit at four.</p>',
            "part2.xhtml": '<h1>Part Two</h1><section id="c4"><h2>Pressing</h2>'
            f'<p>{PROSE}</p></section><section id="c5"><h2>Cider</h2>'
            "<p>The first barrel was tapped in March.</p></section>",
        },
        '<ol><li><a href="ch03.xhtml">THREE: Night Picking</a><ol>'
        '<li><a href="ch03.xhtml#sec3_1">The Foreman’s Tally</a></li>'
        '<li><a href="ch03.xhtml#sec3_2">Frost</a></li></ol></li>'
        '<li><a href="part2.xhtml">Part Two</a><ol>'
        '<li><a href="part2.xhtml#c4">Pressing</a></li>'
        '<li><a href="part2.xhtml#c5">Cider</a></li></ol></li></ol>',
    )
    found = titles(path)
    assert "The Foreman’s Tally" not in found and "Frost" not in found
    assert found[-2:] == ["Part Two. Pressing", "Cider"]
    assert lines(path, found[0]) == [
        PROSE,
        "The Foreman’s Tally",
        "Nine bins before midnight.",
        "Frost",
        "The smudge pots were lit at four.",
    ]
