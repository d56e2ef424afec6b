"""Sweep 18, translated web novels as readers convert them: a plain-text header's
"Author:" / "Translator:" labels give the credits (the title is not taken for the
author); a translation site's furniture (nav lines, "Please read at …", Ko-fi pleas,
"Translator: X | Editor: Y", an aggregator's "report chapter" line, sponsor thanks,
release schedules) and WebToEpub's "Information" page are left out and listed; a
translator's note "(TL: …)", "[T/N: …]" is a note, never read mid-sentence."""

from __future__ import annotations

import zipfile
from pathlib import Path

from ebooklib import epub

from audiobook.build.pipeline import load_book
from audiobook.models import Manuscript
from audiobook.text.readers.base import credit, translator_credit
from audiobook.text.readers.webfiction import web_authors_note


def _book(folder: Path, text: str, name: str = "book.txt") -> tuple[Manuscript, str, str]:
    """The manuscript, all it reads as spoken (one line), and what it lists as left out."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    _, manuscript, chapters = load_book(path)
    read = " ".join(s.spoken for ch in chapters for s in ch.segments)
    left = " ".join(f"{o.what} {o.text}" for o in manuscript.omitted)
    return manuscript, read, left


STORY = """\
Chapter 1: The Outer Sect

Lin Feng swept the courtyard before dawn, as he had every day for three years. The
elders walked past him without a glance.

"Servant," said a voice behind him. "Fetch water."

Chapter 2: The Spring

He carried the buckets up the mountain path. The water was cold and the path was long,
and by noon his arms shook.
"""


# ---------------------------------------------------------------- 1. labelled credits


def test_title_over_author_label_gives_title_and_author(tmp_path: Path) -> None:
    book, read, _ = _book(tmp_path, "Martial Peak\nAuthor: Momo\n\n" + STORY)
    assert (book.title, book.author) == ("Martial Peak", "Momo")
    assert "Written by Martial Peak" not in read


def test_author_and_translator_labels_on_one_line(tmp_path: Path) -> None:
    header = "The Bronze Lantern\nAuthor: Mu Qingfeng (木清风) | Translator: LazyDragonTL\n\n"
    book, read, _ = _book(tmp_path, header + STORY)
    assert (book.title, book.author) == ("The Bronze Lantern", "Mu Qingfeng")
    assert "Translated by LazyDragonTL" in read
    assert "Author:" not in read and "Bronze Lantern Author" not in read


def test_title_label_and_written_by_label(tmp_path: Path) -> None:
    header = (
        "Title: The Bronze Lantern\nWritten by: Mu Qingfeng\nTranslator: Nyx | Editor: Bread\n\n"
    )
    book, read, _ = _book(tmp_path, header + STORY)
    assert (book.title, book.author) == ("The Bronze Lantern", "Mu Qingfeng")
    assert "Translated by Nyx" in read and "Bread" not in read


def test_labelled_credit_lines() -> None:
    assert credit("Author: Momo") == ("author", "Momo")
    assert credit("Original Author: Han Seo-jun") == ("author", "Han Seo-jun")
    assert translator_credit(["Martial Peak", "Translator: Nyx | Editor: Bread"]) == "Nyx"
    assert translator_credit(["Translated by: Deathblade"]) == "Deathblade"


def test_label_before_a_sentence_names_no_one() -> None:
    """Near miss: an interview's speaker label, a sentence after "Author:"."""
    assert credit("Author: I wrote it in a single winter.") is None
    assert credit("Editor: Bread") is None  # a proof-reader, no book's editor
    assert translator_credit(["Translator: we never learned her name."]) is None


# ------------------------------------------------------- 2. translation-site furniture

SITE_STORY = """\
Heaven-Defying Sword Sovereign
Author: Mu Qingfeng

Chapter 1: The Outer Sect

Translator: LazyDragonTL | Editor: Grumpy_Ed

Please read at dragontranslations.com — if you're reading this elsewhere, it was stolen!

Lin Feng swept the courtyard before dawn, as he had every day for three years. The
elders walked past him without a glance.

"Servant," said a voice behind him. "Fetch water."

« Previous Chapter | Table of Contents | Next Chapter »

Support me on Ko-fi for 3 extra chapters per week! ko-fi.com/lazydragontl

Chapter 2: The Spring

Sponsored chapter! Thanks to Michael S. for the $20 donation!

He carried the buckets up the mountain path. The water was cold and the path was long,
and by noon his arms shook.

END OF CHAPTER. Chapter 3 will be released Thursday (GMT+8).

If you find any errors ( broken links, non-standard content, etc.. ), Please let us know < report chapter > so we can fix it as soon as possible.
"""  # noqa: E501


def test_translation_site_furniture_is_left_out_and_listed(tmp_path: Path) -> None:
    _, read, left = _book(tmp_path, SITE_STORY)
    for said in ("Previous Chapter", "Please read at", "Ko-fi", "ko dash fi", "Editor",
                 "Sponsored", "donation", "released", "report chapter", "END OF CHAPTER"):
        assert said not in read, said
    assert "Previous Chapter | Table of Contents" in left and "ko-fi.com" in left
    assert "Lin Feng swept the courtyard" in read and "by noon his arms shook" in read


def test_story_lines_like_furniture_are_read() -> None:
    """Near misses: the story's own "next chapter", "read at", thanks and contents."""
    for text in (
        "The next chapter of his life began at the Spring.",
        "Please read at least the first page before you judge it.",
        "Thanks to Elder Sun for the pill, he survived the night.",
        "The Table of Contents listed nine scrolls.",
        "Previous attempts had failed. Next, he tried the north gate.",
    ):
        assert not web_authors_note(text), text


def _webtoepub(path: Path) -> Path:
    book = epub.EpubBook()
    book.set_identifier("https://www.novels.example/novel/towers-last-player/")
    book.set_title("Reincarnated as the Tower's Last Player")
    book.set_language("en")
    book.add_author("Han Seo-jun")
    info = epub.EpubHtml(title="Information", file_name="0000_Information.xhtml")
    info.content = (
        "<html><body><h1>Information</h1><p>Title: Reincarnated as the Tower's Last Player</p>"
        "<p>Author: Han Seo-jun (한서준)</p>"
        "<p>Source: https://www.novels.example/novel/towers-last-player/</p>"
        "<p>Status: Ongoing (Chapters 1–2 of 347)</p><p>Genres: Action, Fantasy</p>"
        "<p>Description:</p><p>On the 100th floor, Kang Min-ho died alone.</p></body></html>"
    )
    chapters = [info]
    for n, title in ((1, "Tutorial"), (2, "The Hidden Class")):
        page = epub.EpubHtml(title=f"Chapter {n} - {title}", file_name=f"000{n}_Chapter.xhtml")
        page.content = (
            f"<html><body><h1>Chapter {n} - {title}</h1>"
            "<p>Translator: Nyx | Editor: Bread</p>"
            "<p>The Tower opened its gate, and the crowd pressed forward into the white light"
            " of the first floor. Min-ho walked in last, as he had planned.</p>"
            "<p>(T/N: Hyung = “older brother”, used by Korean males toward older males)</p>"
            "<p>&gt;&gt;Read the latest chapters at novels.example &lt;&lt;</p></body></html>"
        )
        chapters.append(page)
    for item in chapters:
        book.add_item(item)
    book.toc = [epub.Link(c.file_name, c.title, f"t{i}") for i, c in enumerate(chapters)]
    book.add_item(epub.EpubNcx())
    book.add_item(epub.EpubNav())
    book.spine = ["nav", *chapters]
    epub.write_epub(str(path), book)
    return _signed(path, "[https://github.com/dteviot/WebToEpub] (ver. 1.0.1.0)")


def _signed(path: Path, tool: str) -> Path:
    """The EPUB with the tool's `bkp` contributor in its package, as WebToEpub signs it."""
    with zipfile.ZipFile(path) as old:
        files = [(info, old.read(info)) for info in old.infolist()]
    with zipfile.ZipFile(path, "w") as new:
        for info, data in files:
            if info.filename.endswith(".opf"):
                data = data.replace(b"</metadata>", (
                    f'<dc:contributor opf:role="bkp">{tool}</dc:contributor></metadata>'
                ).encode())
            new.writestr(info, data)
    return path


def test_webtoepub_information_page_and_furniture_left_out(tmp_path: Path) -> None:
    _, manuscript, chapters = load_book(_webtoepub(tmp_path / "towers.epub"))
    read = " ".join(s.spoken for ch in chapters for s in ch.segments)
    assert manuscript.chapters[0].title == "Chapter 1 - Tutorial"
    for said in ("Status", "Genres", "Source", "Editor", "Read the latest", "T or N"):
        assert said not in read, said
    assert "Min-ho walked in last" in read


def test_an_ordinary_epub_keeps_its_labelled_page(tmp_path: Path) -> None:
    """Near miss: without a web tool's mark, a page of "Title:"/"Author:" fields is read
    by the usual rules (no web-fiction rule applies)."""
    path = _signed(_webtoepub(tmp_path / "plain.epub"), "")
    with zipfile.ZipFile(path) as old:
        files = [(info, old.read(info)) for info in old.infolist()]
    with zipfile.ZipFile(path, "w") as new:
        for info, data in files:
            new.writestr(info, data.replace(b"dteviot/WebToEpub", b"example/NotesMaker"))
    _, _, chapters = load_book(path)
    read = " ".join(s.spoken for ch in chapters for s in ch.segments)
    assert "Translator: Nyx" in read


# ------------------------------------------------------------ 4. translator's notes

TL_STORY = """\
Chapter 1: The Outer Sect

Lin Feng had reached the third layer, and the qi (TL: vital energy) in his dantian [T/N: the energy centre below the navel] was still unstable.

"Your sect has three thousand rules! (TN: it's actually more than three thousand lol) I broke half of them."

T/N: the "hour of the Tiger" is one of the twelve two-hour periods of the day.

He bowed and walked away, and the crowd parted for him.

Chapter 2: The Spring

He carried the buckets up the mountain path (TL: the back mountain), and by noon his arms shook.
"""  # noqa: E501


def test_translator_notes_are_notes(tmp_path: Path) -> None:
    _, read, left = _book(tmp_path, TL_STORY)
    assert "T or N" not in read and "vital energy" not in read and "lol" not in read
    assert "hour of the Tiger" not in read and "back mountain" not in read
    assert "the qi in his dantian was still unstable" in read
    assert "thousand rules! I broke half of them" in read
    assert "He bowed and walked away" in read
    assert "vital energy" in left and "hour of the Tiger" in left


def test_translator_notes_read_inline_when_asked(tmp_path: Path) -> None:
    (tmp_path / "book.txt").write_text(TL_STORY, encoding="utf-8")
    (tmp_path / "book.toml").write_text('[notes]\nmode = "inline"\n', encoding="utf-8")
    _, _, chapters = load_book(tmp_path)  # the book's folder, with its settings
    read = " ".join(s.spoken for ch in chapters for s in ch.segments)
    assert "vital energy" in read and "T or N" not in read


def test_brackets_that_are_no_translator_notes_are_read(tmp_path: Path) -> None:
    """Near miss: a parenthesis that opens with other words, and "TL" in a sentence."""
    text = STORY.replace(
        "without a glance.",
        "without a glance (they never looked at servants). TL: the sign on the gate read, in"
        " old letters.",
    )
    _, read, _ = _book(tmp_path, text)
    assert "they never looked at servants" in read and "the sign on the gate" in read
