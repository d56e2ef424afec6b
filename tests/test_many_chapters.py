"""A book of more chapters than one ID3 table of contents counts (255: War and Peace
has 361): the full-book MP3 still lists every chapter, in order."""

from __future__ import annotations

import subprocess

from mutagen.id3 import ID3

from audiobook import tools
from audiobook.publish.tags import Tags, tag_full_book
from test_listen import ffmetadata


def _silent_mp3(path, seconds: int) -> None:  # type: ignore[no-untyped-def]
    subprocess.run([tools.ffmpeg_path(), "-v", "error", "-f", "lavfi", "-i",
                    "anullsrc=r=22050:cl=mono", "-t", str(seconds), "-b:a", "32k", str(path)],
                   check=True)  # fmt: skip


def test_361_chapters_are_all_in_the_full_books_tag_in_order(tmp_path) -> None:
    book = tmp_path / "war-and-peace.mp3"
    _silent_mp3(book, 400)
    chapters = [(f"Chapter {n}", (n - 1) * 1000, n * 1000) for n in range(1, 362)]
    tag_full_book(
        book,
        Tags(
            book="War and Peace",
            author="Leo Tolstoy",
            narrator="A. Reader",
            genre="Audiobook",
            language="en",
        ),
        chapters,
    )

    id3 = ID3(str(book))
    chap = [f for f in id3.values() if f.FrameID == "CHAP"]
    assert [c.sub_frames["TIT2"].text[0] for c in chap] == [t for t, _, _ in chapters]
    tables = {f.element_id: f for f in id3.values() if f.FrameID == "CTOC"}
    assert tables["toc"].child_element_ids == ["toc1", "toc2"]  # the top table's tables
    listed = tables["toc1"].child_element_ids + tables["toc2"].child_element_ids
    assert listed == [c.element_id for c in chap] and len(tables["toc1"].child_element_ids) == 255

    _, found = ffmetadata(book)  # as ffmpeg, and every player built on it, reads them
    assert [c["title"] for c in found] == [t for t, _, _ in chapters]


def test_a_book_of_few_chapters_keeps_one_table(tmp_path) -> None:
    book = tmp_path / "short.mp3"
    _silent_mp3(book, 5)
    tag_full_book(
        book,
        Tags(book="Short", author="A", narrator="B", genre="Audiobook", language="en"),
        [("One", 0, 2000), ("Two", 2000, 5000)],
    )
    tables = [f for f in ID3(str(book)).values() if f.FrameID == "CTOC"]
    assert len(tables) == 1 and tables[0].child_element_ids == ["chp1", "chp2"]
