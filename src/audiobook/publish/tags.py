"""The MP3 files' ID3 tags (written by mutagen), and the names files are given.

The audio is encoded in `audio.encode` and joined in `audio.mp3join`; tags
go on afterwards, so the same audio always gives the same frames. The
full-book MP3's tag holds a CTOC table of contents and one CHAP frame per
chapter.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from mutagen.id3 import (
    APIC,
    CHAP,
    CTOC,
    ID3,
    TALB,
    TCOM,
    TCON,
    TDRC,
    TIT2,
    TLAN,
    TPE1,
    TPE2,
    TRCK,
    TXXX,
    CTOCFlags,
)
from mutagen.id3._tags import save_frame  # one frame's bytes, for `_FramesInOrder`

from audiobook.config import ISO_639_2
from audiobook.errors import ConfigError

_BIBLIOGRAPHIC = frozenset({
    "alb", "arm", "baq", "bur", "chi", "cze", "dut", "fre", "geo", "ger", "gre", "ice", "mac",
    "mao", "may", "per", "rum", "slo", "tib", "wel",
})  # fmt: skip
"""ISO 639-2's bibliographic codes; files name a language by its terminology code."""
_LANG3 = {two: three for three, two in ISO_639_2.items() if three not in _BIBLIOGRAPHIC}
"""The three-letter code a file's language tag holds (ID3's TLAN, an MP4 track's
language), for every language with a two-letter one: a Norwegian book is "nob", a
Finnish one "fin" (a table of six left them "und")."""


def language3(tag: str) -> str:
    """`tag`'s language as ISO 639-2/T ("nb-NO" nob, "fra" fra), "und" when unknown."""
    code = tag.split("-")[0].lower()
    return _LANG3.get(code, code if len(code) == 3 and code.isalpha() else "und")


@dataclass(frozen=True)
class Tags:
    """What every file of the book carries."""

    book: str
    author: str
    narrator: str
    genre: str
    language: str
    year: str | None = None
    cover: bytes | None = None
    cover_mime: str = "image/jpeg"
    translator: str = ""  # a translation's: a TXXX "TRANSLATOR" frame, as "NARRATOR" is

    @property
    def cover_file(self) -> str | None:
        """The cover's file name beside the audio (the player and the EPUB use it), if any."""
        if not self.cover:
            return None
        return "cover.png" if self.cover_mime == "image/png" else "cover.jpg"


def _base_tags(tags: Tags) -> list:  # type: ignore[type-arg]
    frames = [
        TALB(encoding=3, text=[tags.book]),
        TPE1(encoding=3, text=[tags.author]),
        TPE2(encoding=3, text=[tags.author]),
        TCOM(encoding=3, text=[tags.narrator]),
        TXXX(encoding=3, desc="NARRATOR", text=[tags.narrator]),
        TCON(encoding=3, text=[tags.genre]),
        TLAN(encoding=3, text=[language3(tags.language)]),
    ]
    if tags.translator:  # ID3 has no frame of its own for a translator; players show TXXX
        frames.append(TXXX(encoding=3, desc="TRANSLATOR", text=[tags.translator]))
    if tags.year:
        frames.append(TDRC(encoding=3, text=[tags.year]))
    if tags.cover:
        frames.append(APIC(encoding=3, mime=tags.cover_mime, type=3, desc="Cover", data=tags.cover))
    return frames


def tag_chapter(path: Path, tags: Tags, title: str, track: int, total: int) -> None:
    """ID3v2.3 tags of one chapter file."""
    id3 = ID3()
    for frame in [TIT2(encoding=3, text=[title]), TRCK(encoding=3, text=[f"{track}/{total}"])]:
        id3.add(frame)
    for frame in _base_tags(tags):
        id3.add(frame)
    id3.save(str(path), v2_version=3, padding=lambda info: 0)


class _FramesInOrder(ID3):
    """An ID3 tag written with its frames in the order they were added. mutagen sorts
    frames by size, which puts CHAP frames out of chapter order; ffmpeg (and every player
    built on it) lists chapters in the order their frames stand in the file, not by the
    CTOC's list, so a converted book got its chapters shuffled."""

    def _write(self, config):  # type: ignore[no-untyped-def]  # mutagen's own hook
        return bytearray().join(save_frame(frame, config=config) for frame in self.values())


def tag_full_book(path: Path, tags: Tags, chapters: list[tuple[str, int, int]]) -> None:
    """ID3v2.3 tags of the full book, with CTOC and one CHAP frame per chapter, in order."""
    id3 = _FramesInOrder()
    id3.add(TIT2(encoding=3, text=[tags.book]))
    for frame in _base_tags(tags):
        id3.add(frame)
    ids = [f"chp{i}" for i in range(1, len(chapters) + 1)]
    id3.add(
        CTOC(
            element_id="toc",
            flags=CTOCFlags.TOP_LEVEL | CTOCFlags.ORDERED,
            child_element_ids=ids,
            sub_frames=[TIT2(encoding=3, text=["Chapters"])],
        )
    )
    for element_id, (title, start, end) in zip(ids, chapters, strict=True):
        id3.add(
            CHAP(
                element_id=element_id,
                start_time=start,
                end_time=end,
                start_offset=0xFFFFFFFF,
                end_offset=0xFFFFFFFF,
                sub_frames=[TIT2(encoding=3, text=[title])],
            )
        )
    id3.save(str(path), v2_version=3, padding=lambda info: 0)


_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
_RESERVED = {
    "CON",
    "PRN",
    "AUX",
    "NUL",
    *(f"COM{i}" for i in range(1, 10)),
    *(f"LPT{i}" for i in range(1, 10)),
}


def safe_name(title: str, limit: int = 80) -> str:
    """A file name that is valid on Linux, macOS and Windows and stays in its folder."""
    name = unicodedata.normalize("NFC", title)
    name = _UNSAFE.sub(" ", name)
    name = re.sub(r"\s+", " ", name).strip().strip(".").strip()
    name = name[:limit].rstrip(" .")
    if not name or name.upper().split(".")[0] in _RESERVED:
        name = f"_{name}" if name else "untitled"
    return name


def slug(title: str) -> str:
    """The book's folder and file stem: lower-case letters (any script), digits, dashes."""
    text = unicodedata.normalize("NFKC", title).lower()
    text = re.sub(r"[^\w]+|_+", "-", text).strip("-")
    return text[:60].strip("-") or "book"


def read_cover(path: Path) -> tuple[bytes, str]:
    """The cover image's bytes and MIME type; PNG or JPEG, at most 10 MB."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ConfigError(f"cover {path}: cannot read ({exc.strerror})") from exc
    if size > 10 * 1024 * 1024:
        raise ConfigError(
            f"cover {path}: {size / 1e6:.0f} MB is too large; use an image under 10 MB"
        )
    data = path.read_bytes()
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return data, "image/png"
    if data.startswith(b"\xff\xd8\xff"):
        return data, "image/jpeg"
    raise ConfigError(f"cover {path}: not a PNG or JPEG image")
