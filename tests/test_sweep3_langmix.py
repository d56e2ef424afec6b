"""Sweep 9 (a file's language against its text's): an EPUB whose pages all name another
language than the package is read in the pages' one; a declared language the text plainly
contradicts (another script, or another language's words throughout) gives way to the
text, with a warning and a line in `plan`; a short text, an English book quoting French, a
French book with an English preface, a language we have no words for, and book.toml's
`language` keep what they say. Vietnamese is told by its letters."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from audiobook.models import Chapter, Paragraph
from audiobook.text.ingest import detect_language, locate_book, read_manuscript
from epubs import zip_epub
from langmix_texts import ENGLISH, FRENCH, ITALIAN, RUSSIAN, VIETNAMESE

from conftest import run_cli

NAV = (
    '<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops">'
    '<head><title>Contents</title></head><body><nav epub:type="toc"><ol>{}</ol></nav>'
    "</body></html>"
)
PAGE = (
    '<?xml version="1.0" encoding="utf-8"?><html xmlns="http://www.w3.org/1999/xhtml" '
    'xmlns:epub="http://www.idpf.org/2007/ops"{lang}><head><title>{title}</title></head>'
    '<body epub:type="{kind}"><section><h2>{title}</h2>{body}</section></body></html>'
)
IMPRINT = (
    "<p>This ebook is the product of many hours of hard work by volunteers for Standard "
    "Ebooks, and builds on the hard work of other literature lovers made possible by the "
    "public domain.</p>"
)


def _epub(
    path: Path, package: str | None, chapters: list[tuple[str | None, list[str]]],
    imprint: str | None = "en-US",
) -> Path:
    """A Standard Ebooks-like book: an imprint page in `imprint`'s language (as SE's own
    pages are), then chapters of (their xml:lang, paragraphs)."""
    pages: dict[str, str] = {}
    titles = {"imprint.xhtml": "Imprint"}
    if imprint is not None:
        pages["imprint.xhtml"] = PAGE.format(lang=f' xml:lang="{imprint}"', title="Imprint",
                                             kind="frontmatter imprint", body=IMPRINT)
    for n, (lang, paragraphs) in enumerate(chapters, 1):
        titles[f"chapter-{n}.xhtml"] = ["I", "II", "III"][n - 1]
        pages[f"chapter-{n}.xhtml"] = PAGE.format(
            lang=f' xml:lang="{lang}"' if lang else "", title=["I", "II", "III"][n - 1],
            kind="bodymatter", body="".join(f"<p>{p}</p>" for p in paragraphs),
        )
    entries = "".join(f'<li><a href="{name}">{titles[name]}</a></li>' for name in pages)
    language = f"<dc:language>{package}</dc:language>" if package else ""
    return zip_epub(path, f"<dc:title>The Clock</dc:title><dc:creator>A. Writer</dc:creator>"
                          f"{language}", pages, NAV.format(entries))  # fmt: skip


def _language(path: Path) -> str:
    return read_manuscript(locate_book(path)).language


def _html(path: Path, lang: str, paragraphs: list[str]) -> Path:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    path.write_text(f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">'
                    f"<title>The Clock</title></head><body><h1>The Clock</h1>{body}</body>"
                    "</html>", encoding="utf-8")  # fmt: skip
    return path


# 1. the pages' xml:lang over the package's <dc:language>


def test_pages_that_all_say_vietnamese_overrule_the_package_s_english(tmp_path: Path) -> None:
    book = _epub(tmp_path / "vi.epub", "en-GB", [("vi", VIETNAMESE[:3]), ("vi", VIETNAMESE[3:5])])
    manuscript = read_manuscript(locate_book(book))
    assert manuscript.language == "vi"
    assert manuscript.language_note == "vi (its pages; the package says en-GB)"


def test_pages_of_two_languages_or_a_region_leave_the_package_s(tmp_path: Path) -> None:
    mixed = _epub(tmp_path / "mixed.epub", "en", [("en", ENGLISH[:2]), ("fr", FRENCH[:2])])
    assert _language(mixed) == "en"
    region = _epub(tmp_path / "region.epub", "en-GB", [("en-US", ENGLISH[:4])])
    assert _language(region) == "en-GB"
    undeclared = _epub(tmp_path / "none.epub", "en", [("fr", FRENCH[:2]), (None, FRENCH[2:4])])
    assert _language(undeclared) == "en"  # a page naming none is the package's


# 2. the text over the file's declared language


def test_an_italian_text_under_a_skeleton_s_en_us_is_read_in_italian(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    book = _epub(tmp_path / "pinocchio.epub", "en-US", [("en-US", ITALIAN)])
    with caplog.at_level(logging.WARNING):
        manuscript = read_manuscript(locate_book(book))
    assert manuscript.language == "it"
    assert manuscript.language_note == "it (the text; the file says en-US)"
    assert any("the text is in it, though the file says en-US" in r.getMessage()
               for r in caplog.records)  # fmt: skip


def test_plan_says_the_text_overruled_the_file(tmp_path: Path) -> None:
    book = _epub(tmp_path / "pinocchio.epub", "en-US", [("en-US", ITALIAN)])
    result = run_cli("plan", str(book))
    assert result.returncode == 0, result.stderr
    assert "language: it (the text; the file says en-US)" in result.stdout
    assert "roa/it" in result.stdout  # the Italian voice reads it


def test_a_web_page_s_template_lang_gives_way_to_its_french_text(tmp_path: Path) -> None:
    assert _language(_html(tmp_path / "clock.html", "en", FRENCH)) == "fr"


def test_a_word_document_tagged_with_the_author_s_office_language(tmp_path: Path) -> None:
    from docx import Document

    document = Document()
    document.core_properties.language = "en-US"
    document.core_properties.title = "L'horloge"
    document.add_heading("Chapitre premier", level=1)
    for paragraph in FRENCH:
        document.add_paragraph(paragraph)
    document.save(str(tmp_path / "horloge.docx"))
    assert _language(tmp_path / "horloge.docx") == "fr"


def test_another_script_overrules_the_file(tmp_path: Path) -> None:
    assert _language(_html(tmp_path / "ru.html", "en", RUSSIAN)) == "ru"
    vietnamese = _epub(tmp_path / "vi.epub", "en-GB", [("en-GB", VIETNAMESE)])
    assert _language(vietnamese) == "vi"


def test_an_english_book_quoting_french_passages_stays_english(tmp_path: Path) -> None:
    quoting = [*ENGLISH[:5], *(f"“{p}”" for p in FRENCH[:5]), *ENGLISH[5:]]
    book = _epub(tmp_path / "quoting.epub", "en", [("en", quoting)])
    manuscript = read_manuscript(locate_book(book))
    assert (manuscript.language, manuscript.language_note) == ("en", "")


def test_a_french_book_with_an_english_preface_stays_french(tmp_path: Path) -> None:
    book = _epub(tmp_path / "preface.epub", "fr", [("fr", ENGLISH[:5]), ("fr", FRENCH)])
    assert _language(book) == "fr"


def test_a_few_sentences_keep_the_declared_language(tmp_path: Path) -> None:
    assert _language(_html(tmp_path / "short.html", "en", ITALIAN[:6])) == "en"
    assert _language(_html(tmp_path / "short-ru.html", "en", RUSSIAN[1:3])) == "en"


def test_a_language_we_have_no_words_for_is_not_overruled(tmp_path: Path) -> None:
    esperanto = (
        "Ni do pensis, ke provante traduki la fablojn, ni helpos al la plivastigo de la "
        "lingvo kaj povos allogi al nia afero kelke da niaj samlandanoj. Sed nun kiamaniere "
        "traduki tiujn ĉi fablojn? Per prozo aŭ per versoj rimitaj? Certe la prozo permesas "
        "al la tradukanto sekvi la tekston pli laŭvorte kaj forlasi nenian detalon; sed ĝi "
        "estas peza kaj la plej ofte malresponda al la fabla stilo rapida."
    )  # an English skeleton's tag over Esperanto, whose "la", "el", "por" look Romance
    assert _language(_html(tmp_path / "eo.html", "en", [esperanto] * 8)) == "en"
    latin = (
        "Gallia est omnis divisa in partes tres, quarum unam incolunt Belgae, aliam "
        "Aquitani, tertiam qui ipsorum lingua Celtae, nostra Galli appellantur. Hi omnes "
        "lingua, institutis, legibus inter se differunt. Horum omnium fortissimi sunt "
        "Belgae, propterea quod a cultu atque humanitate provinciae longissime absunt."
    )
    assert _language(_html(tmp_path / "la.html", "en", [latin] * 12)) == "en"
    catalan = _html(tmp_path / "ca.html", "ca", FRENCH)  # a tag we have no words for
    assert _language(catalan) == "ca"


def test_book_toml_s_language_always_wins(tmp_path: Path) -> None:
    folder = tmp_path / "clock"
    folder.mkdir()
    _epub(folder / "clock.epub", "en-US", [("vi", VIETNAMESE), ("vi", VIETNAMESE)])
    (folder / "book.toml").write_text('title = "The Clock"\nlanguage = "en"\n')
    manuscript = read_manuscript(locate_book(folder))
    assert (manuscript.language, manuscript.language_note) == ("en", "")


# 3. Vietnamese, told by its letters


def _detect(paragraphs: list[str]) -> str:
    return detect_language([Chapter("t", tuple(Paragraph(p) for p in paragraphs))])


def test_vietnamese_is_detected_by_its_letters() -> None:
    assert _detect(VIETNAMESE) == "vi"


def test_an_english_text_naming_vietnamese_places_is_english() -> None:
    assert _detect([
        "We left Huế at dawn and drove south along the coast road to Đà Nẵng, where Mr. "
        "Nguyễn Văn Thành was waiting for us at the station with his daughter.",
        *ENGLISH[:3],
    ]) == "en"  # fmt: skip
