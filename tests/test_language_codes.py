"""The language a file names reaches the voice by the code we go by.

Project Gutenberg calls a Norwegian book "Language: Norwegian" and HTML, EPUB and
Word files tag it "no"; our voices and number words know written Norwegian as
Bokmål, "nb". A book tagged "no" was read by the English voice, credits and all.
"""

from __future__ import annotations

from conftest import run_cli

NORWEGIAN = (
    "Paa Solbakken boede der Folk, som hed Solbakke. Gaarden laa høit og frit, saa Solen "
    "skinnede der fra den stod op til den gik ned. Der var ikke mange Folk i Bygden."
)


def _gutenberg(language: str, body: str) -> str:
    return (
        "The Project Gutenberg EBook of Synnøve Solbakken, by Bjørnstjerne Bjørnson\n\n"
        "Title: Synnøve Solbakken\n\nAuthor: Bjørnstjerne Bjørnson\n\n"
        f"Language: {language}\n\n"
        "*** START OF THIS PROJECT GUTENBERG EBOOK SYNNØVE SOLBAKKEN ***\n\n\n\n"
        f"{body}\n\n"
        "*** END OF THIS PROJECT GUTENBERG EBOOK SYNNØVE SOLBAKKEN ***\n"
    )


def test_language_code_names_norwegian_by_its_written_standard():
    from audiobook.config import language_code

    assert language_code("no") == "nb"
    assert language_code("nor") == "nb"
    assert language_code("no-NO") == "nb-NO"
    assert language_code("iw") == "he"
    # near misses: Nynorsk, Bokmål and the rest stay as they are
    assert language_code("nn") == "nn"
    assert language_code("nb-NO") == "nb-NO"
    assert language_code("nl") == "nl"
    assert language_code("fra") == "fr"


def test_a_gutenberg_norwegian_book_is_read_in_norwegian(make_book):
    folder = make_book({"synnove.txt": _gutenberg("Norwegian", NORWEGIAN)})
    plan = run_cli("plan", str(folder / "synnove.txt"))
    assert plan.returncode == 0, plan.stderr
    assert "pyttsx3: gmq/nb" in plan.stdout
    script = run_cli("plan", "--script", str(folder / "synnove.txt"))
    assert "Skrevet av Bjørnstjerne Bjørnson" in script.stdout
    assert "Written by" not in script.stdout


def test_gutenberg_language_names_beyond_the_first_dozen():
    from audiobook.text.readers.plaintext import strip_gutenberg

    for name, code in (("Czech", "cs"), ("Hungarian", "hu"), ("Norwegian", "nb")):
        _, fields, _ = strip_gutenberg(_gutenberg(name, NORWEGIAN))
        assert fields.get("language") == code, name
    _, fields, _ = strip_gutenberg(_gutenberg("Danish", NORWEGIAN))
    assert fields.get("language") == "da"  # near miss: a neighbour keeps its own


def test_an_html_page_tagged_no_gets_the_norwegian_voice(make_book):
    page = (
        '<html lang="no"><head><title>Synnøve</title></head><body>'
        f"<h1>Første kapitel</h1><p>{NORWEGIAN}</p></body></html>"
    )
    folder = make_book({"synnove.html": page})
    plan = run_cli("plan", str(folder / "synnove.html"))
    assert plan.returncode == 0, plan.stderr
    assert "pyttsx3: gmq/nb" in plan.stdout
    # near miss: a Danish page keeps the Danish voice
    folder = make_book({"dansk.html": page.replace('lang="no"', 'lang="da"')}, name="dk")
    plan = run_cli("plan", str(folder / "dansk.html"))
    assert "pyttsx3: gmq/da" in plan.stdout


def test_every_language_has_its_three_letter_tag():
    from audiobook.publish.tags import language3

    # a table of six left a Norwegian or Finnish book's files "und"
    assert language3("nb-NO") == "nob"
    assert language3("fi") == "fin"
    assert language3("de") == "deu" and language3("fr") == "fra"  # terminology codes
    assert language3("cs") == "ces" and language3("ro") == "ron"
    assert language3("xx") == "und" and language3("") == "und"


def test_a_norwegian_books_files_say_norwegian(make_book, tmp_path):
    import mutagen.id3

    folder = make_book({"synnove.txt": _gutenberg("Norwegian", NORWEGIAN)})
    out = tmp_path / "out"
    result = run_cli("build", str(folder / "synnove.txt"), "-o", str(out), "--quiet")
    assert result.returncode == 0, result.stderr
    chapter = next(p for p in out.glob("*.mp3") if p.name != "sample.mp3")
    assert str(mutagen.id3.ID3(chapter)["TLAN"]) == "nob"
    m4b = next(out.glob("*.m4b")).read_bytes()
    mdhd = [i for i in range(len(m4b)) if m4b.startswith(b"mdhd", i)]
    packed = []
    for at in mdhd:  # the language sits after the times: 20 bytes on in version 0, 32 in 1
        offset = at + 4 + (32 if m4b[at + 4] == 1 else 20)
        code = int.from_bytes(m4b[offset : offset + 2], "big")
        packed.append("".join(chr(((code >> s) & 31) + 0x60) for s in (10, 5, 0)))
    assert "nob" in packed
