"""Technical books: code blocks and tables are mentioned and listed as left out by
default, or read line by line and row by row; inline code is part of its sentence."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from audiobook.build.pipeline import build, load_book
from audiobook.text.segment import words

from conftest import run_cli

MARKDOWN = """---
title: Practical Python
author: Dana Whitlock
---

# Practical Python

## Chapter 1: Reading Files

Open a file with the built-in `open()` function and always close it. The
`with` statement does that for you.[^1]

```python
# read every line, then stop
with open("notes.txt") as handle:
    for line in handle:
        print(line.rstrip())
```

The table below lists the modes that `open()` accepts.

| Mode | Meaning |
|------|---------|
| `r` | read, the default |
| `w` | write, truncating first |

That is all there is to reading.

    $ python3 read.py
    hello

The chapter ends here.

~~~

## Chapter 2: Writing Files

Writing is the same, with a different mode.

[^1]: The history of the statement is told in its proposal.
"""

HTML = """<html lang="en"><head><title>Practical Python</title></head><body>
<h1>Practical Python</h1>
<h2>Chapter 1: Reading Files</h2>
<p>Open a file with the built-in <code>open()</code> function and always close it.</p>
<pre><code class="language-python"># read every line, then stop
with open("notes.txt") as handle:
    for line in handle:
        print(line.rstrip())</code></pre>
<p>The table below lists the modes that <code>open()</code> accepts.</p>
<table><caption>File modes</caption>
<thead><tr><th>Mode</th><th>Meaning</th></tr></thead>
<tbody><tr><td><code>r</code></td><td>read, the default</td></tr>
<tr><td><code>w</code></td><td>write, truncating first</td></tr></tbody></table>
<p>That is all there is to reading.</p>
<table><tr><td><p>A letter set in a layout table stays text.</p></td><td>Yours.</td></tr>
<tr><td>Signed</td><td>Ada</td></tr></table>
<h2>Chapter 2: Writing Files</h2><p>Writing is the same, with a different mode.</p>
</body></html>
"""

CODE_WORDS = {"handle", "rstrip", "print", "python3"}


def _load(make_book, name: str, text: str, toml: str = ""):  # type: ignore[no-untyped-def]
    folder = make_book({name: text, "book.toml": toml}, name=name.replace(".", "-"))
    _, manuscript, chapters = load_book(folder)
    body = [p.text for ch in manuscript.chapters for p in ch.paragraphs]
    said = " ".join(s.text for c in chapters for s in c.segments)
    return manuscript, body, said


@pytest.mark.parametrize("name,text", [("book.md", MARKDOWN), ("book.html", HTML)])
def test_skip_mentions_each_block_and_lists_it(make_book, name: str, text: str) -> None:
    manuscript, body, said = _load(make_book, name, text)
    assert "A code example follows in the book." in body
    assert "A table follows in the book." in body
    assert body.index("A code example follows in the book.") < body.index(
        "A table follows in the book."
    )
    # inline code is read as part of its sentence; the blocks' words are never spoken
    assert "built-in open() function" in said
    assert not CODE_WORDS & set(words(said)), said
    assert "truncating" not in said
    whys = [(o.what, o.why) for o in manuscript.omitted]
    assert ("code block in 'Chapter 1: Reading Files' (4 lines)", '[text] code = "skip"') in whys
    assert ("table in 'Chapter 1: Reading Files' (3 rows)", '[text] tables = "skip"') in whys
    table = next(o for o in manuscript.omitted if o.why.startswith("[text] tables"))
    assert "w | write, truncating first" in table.text
    code = next(o for o in manuscript.omitted if o.why.startswith("[text] code"))
    assert code.text.splitlines()[0] == "# read every line, then stop"
    # a "# comment" in code is never a chapter heading
    assert [c.title for c in manuscript.chapters][-2:] == [
        "Chapter 1: Reading Files", "Chapter 2: Writing Files"
    ]  # fmt: skip


def test_markdown_indented_code_and_prose(make_book) -> None:
    manuscript, body, _ = _load(make_book, "book.md", MARKDOWN)
    shell = [o for o in manuscript.omitted if "python3 read.py" in o.text]
    assert len(shell) == 1 and shell[0].text == "$ python3 read.py\nhello"
    assert "The chapter ends here." in body  # "~~~" scene break is not a fence
    verse = "Intro.\n\n    The owl and the pussy-cat went to sea\n    In a beautiful boat.\n"
    manuscript, body, _ = _load(make_book, "verse.md", verse)
    assert body == ["Intro.", "The owl and the pussy-cat went to sea\u2028In a beautiful boat."]
    assert not manuscript.omitted


def test_html_layout_table_is_read_as_text(make_book) -> None:
    _, body, _ = _load(make_book, "book.html", HTML)
    assert "A letter set in a layout table stays text." in body
    assert "File modes" in body  # a caption is read before the mention


@pytest.mark.parametrize("name,text", [("book.md", MARKDOWN), ("book.html", HTML)])
def test_read_mode_reads_code_by_line_and_tables_by_row(make_book, name: str, text: str) -> None:
    toml = '[text]\ncode = "read"\ntables = "read"\n'
    manuscript, body, said = _load(make_book, name, text, toml)
    assert "A code example follows in the book." not in body
    assert not any(o.why.startswith("[text]") for o in manuscript.omitted)
    start = body.index("# read every line, then stop")
    assert body[start : start + 4] == [
        "# read every line, then stop", 'with open("notes.txt") as handle:',
        "for line in handle:", "print(line.rstrip())",
    ]  # fmt: skip
    at = body.index("Columns: Mode, Meaning.")
    assert body[at + 1 : at + 3] == [
        "Row 1: r, read, the default.", "Row 2: w, write, truncating first."
    ]  # fmt: skip
    assert {"handle", "rstrip", "truncating"} <= set(words(said))


def test_mention_in_the_books_language(make_book) -> None:
    text = "# Programmieren\n\n## Kapitel 1\n\nDer Code folgt.\n\n```\nx = 1\n```\n"
    _, body, _ = _load(make_book, "de.md", text, 'language = "de"\n')
    assert body == ["Der Code folgt.", "Im Buch folgt ein Codebeispiel."]
    text = "## Глава 1\n\nТаблица ниже.\n\n| а | б |\n|---|---|\n| 1 | 2 |\n"
    _, body, _ = _load(make_book, "ru.md", text)
    assert body[-1] == "Далее в книге следует таблица."


def test_real_build_speaks_the_mention_not_the_code(make_book, tmp_path: Path) -> None:
    text = (
        "# Tiny Guide\n\n## One\n\nRun `make` first.\n\n```sh\nrm -rf build\n"
        "gcc -o tool main.c\n```\n\nDone.\n"
    )
    folder = make_book({"guide.md": text}, name="tiny")
    result = build(folder, tmp_path / "out", cache_dir=tmp_path / "cache", jobs=1)
    manifest = json.loads(result.manifest.read_text(encoding="utf-8"))
    segments = [s for c in manifest["chapters"] for s in c["segments"]]
    mention = [s for s in segments if s["text"] == "A code example follows in the book."]
    assert len(mention) == 1 and mention[0]["end_ms"] > mention[0]["start_ms"]  # heard
    spoken = " ".join(s["spoken"] for s in segments)
    assert "gcc" not in spoken and "rm" not in words(spoken)
    assert "Run make first." in [s["text"] for s in segments]
    left = [o for o in manifest["omitted"] if o["why"] == '[text] code = "skip"']
    assert left and left[0]["text"] == "rm -rf build\ngcc -o tool main.c"
    plan = run_cli("plan", str(folder))
    assert plan.returncode == 0, plan.stderr
    assert "left out: code block in 'One' (2 lines) ([text] code = \"skip\", 7 words)" in (
        plan.stdout
    )


# ---------------------------------------------------------------- DOCX notes

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"


def make_noted_docx(path: Path) -> None:
    """A small Word manuscript whose footnote and endnote parts are written by hand,
    as Word stores them (separator pseudo-notes included)."""
    import zipfile

    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    document = docx.Document()
    document.add_heading("The Salt Road", level=1)
    para = document.add_paragraph("The caravan left at dawn")
    ref = OxmlElement("w:footnoteReference")
    ref.set(qn("w:id"), "1")
    para.add_run()._r.append(ref)
    para.add_run(" and reached the well by noon.")
    para = document.add_paragraph("Salt was worth its weight in gold.")
    ref = OxmlElement("w:endnoteReference")
    ref.set(qn("w:id"), "2")
    para.add_run()._r.append(ref)
    document.add_heading("The Well", level=1)
    document.add_paragraph("Water was drawn by hand.")
    document.save(str(path))

    def notes(kind: str, body: str) -> str:
        return (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            f'<w:{kind}s xmlns:w="{_W}">'
            f'<w:{kind} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p>'
            f"</w:{kind}>"
            f'<w:{kind} w:type="continuationSeparator" w:id="0"><w:p><w:r>'
            f"<w:continuationSeparator/></w:r></w:p></w:{kind}>{body}</w:{kind}s>"
        )

    foot = notes(
        "footnote",
        '<w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r>'
        '<w:r><w:t xml:space="preserve"> Camels carried the salt.</w:t></w:r></w:p></w:footnote>',
    )
    end = notes(
        "endnote",
        '<w:endnote w:id="2"><w:p><w:r><w:endnoteRef/></w:r>'
        "<w:r><w:t>So the traders claimed.</w:t></w:r></w:p></w:endnote>",
    )
    with zipfile.ZipFile(path) as src:
        members = {name: src.read(name) for name in src.namelist()}
    rels = members["word/_rels/document.xml.rels"].decode()
    rels = rels.replace(
        "</Relationships>",
        f'<Relationship Id="rIdFn" Type="{_REL}footnotes" Target="footnotes.xml"/>'
        f'<Relationship Id="rIdEn" Type="{_REL}endnotes" Target="endnotes.xml"/></Relationships>',
    )
    members["word/_rels/document.xml.rels"] = rels.encode()
    types = members["[Content_Types].xml"].decode()
    ct = "application/vnd.openxmlformats-officedocument.wordprocessingml"
    types = types.replace(
        "</Types>",
        f'<Override PartName="/word/footnotes.xml" ContentType="{ct}.footnotes+xml"/>'
        f'<Override PartName="/word/endnotes.xml" ContentType="{ct}.endnotes+xml"/></Types>',
    )
    members["[Content_Types].xml"] = types.encode()
    members["word/footnotes.xml"] = foot.encode()
    members["word/endnotes.xml"] = end.encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for name, data in members.items():
            out.writestr(name, data)


def test_docx_notes_skip_and_chapter_end(make_book) -> None:
    folder = make_book({}, name="salt")
    make_noted_docx(folder / "salt.docx")
    _, manuscript, chapters = load_book(folder)
    body = [p.text for ch in manuscript.chapters for p in ch.paragraphs]
    assert body[:2] == [
        "The caravan left at dawn and reached the well by noon.",
        "Salt was worth its weight in gold.",
    ]
    said = " ".join(s.spoken for c in chapters for s in c.segments)
    assert "Camels" not in said and "traders" not in said
    skipped = [o.text for o in manuscript.omitted if o.why == '[notes] mode = "skip"']
    assert skipped == ["Camels carried the salt.", "So the traders claimed."]

    (folder / "book.toml").write_text('[notes]\nmode = "chapter-end"\n', encoding="utf-8")
    _, manuscript, chapters = load_book(folder)
    first = chapters[0].segments if chapters[0].title == "The Salt Road" else chapters[1].segments
    kinds = [(s.kind, s.text) for s in first]
    notes = [text for kind, text in kinds if kind == "note"]
    assert notes == ["Camels carried the salt.", "So the traders claimed."]
    assert [k for k, _ in kinds].index("note") > max(
        i for i, (k, _) in enumerate(kinds) if k == "text"
    )  # after the chapter's body
    spoken = [s.spoken for s in first if s.kind == "note"]
    assert spoken[0].startswith("Note one.") and spoken[1].startswith("Note two.")


def test_epub_chapter_with_code_and_table(make_book) -> None:
    from ebooklib import epub

    book = epub.EpubBook()
    book.set_identifier("tech-1")
    book.set_title("Shell Basics")
    book.set_language("en")
    book.add_author("Ira Kohl")
    item = epub.EpubHtml(title="Pipes", file_name="text/ch1.xhtml")
    item.content = (
        '<html xmlns="http://www.w3.org/1999/xhtml"><head><title>Pipes</title></head><body>'
        "<h1>Pipes</h1><p>Join commands with a pipe, as in <code>ls | wc</code>.</p>"
        "<pre>ls -l /etc |\n  grep conf\n}</pre>"
        "<table><tr><th>Sign</th><th>Use</th></tr><tr><td>|</td><td>pipe output on</td></tr>"
        "</table><p>Pipes are cheap.</p></body></html>"
    )
    book.add_item(item)
    book.toc = [epub.Link("text/ch1.xhtml", "Pipes", "c1")]
    book.add_item(epub.EpubNcx())
    book.add_item(epub.EpubNav())
    book.spine = ["nav", item]
    folder = make_book({}, name="shell")
    epub.write_epub(str(folder / "shell.epub"), book)
    _, manuscript, _ = load_book(folder)
    body = [p.text for ch in manuscript.chapters for p in ch.paragraphs]
    assert body == [
        "Join commands with a pipe, as in ls | wc.",
        "A code example follows in the book.",
        "A table follows in the book.",
        "Pipes are cheap.",
    ]
    assert len([o for o in manuscript.omitted if o.why.startswith("[text]")]) == 2
    (folder / "book.toml").write_text('[text]\ncode = "read"\n', encoding="utf-8")
    _, manuscript, _ = load_book(folder)
    body = [p.text for ch in manuscript.chapters for p in ch.paragraphs]
    assert body[1:3] == ["ls -l /etc |", "grep conf"]  # the lone "}" says nothing
