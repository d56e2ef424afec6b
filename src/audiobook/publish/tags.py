"""The MP3 files' ID3 tags (written by mutagen), and the names files are given.

The audio is encoded in `audio.encode` and joined in `audio.mp3join`; tags
go on afterwards, so the same audio always gives the same frames. The
full-book MP3's tag holds a CTOC table of contents and one CHAP frame per
chapter.
"""

from __future__ import annotations

import logging
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
from audiobook.errors import ConfigError, ExportError

log = logging.getLogger(__name__)

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
    for frame in _tables_of_contents(ids):
        id3.add(frame)
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


CTOC_ENTRIES = 255
"""A CTOC counts its entries in one byte (ID3v2 chapter addendum)."""


def _tables_of_contents(ids: list[str]) -> list[CTOC]:
    """The CTOC frames over chapter `ids`: one table, or, past 255 chapters (War and
    Peace has 361), a top table of tables of 255 chapters each, in order: every
    chapter is still its own CHAP frame, which is what players list."""
    if len(ids) <= CTOC_ENTRIES:
        groups = [("toc", ids, "Chapters")]
        tops: list[str] = []
    else:
        groups = [
            (f"toc{n}", ids[start : start + CTOC_ENTRIES],
             f"Chapters {start + 1}–{min(start + CTOC_ENTRIES, len(ids))}")
            for n, start in enumerate(range(0, len(ids), CTOC_ENTRIES), 1)
        ]  # fmt: skip
        tops = [name for name, _, _ in groups]
        if len(tops) > CTOC_ENTRIES:
            raise ExportError(f"{len(ids)} chapters are more than an MP3's chapter table holds")
    frames = []
    if tops:
        frames.append(CTOC(element_id="toc", flags=CTOCFlags.TOP_LEVEL | CTOCFlags.ORDERED,
                           child_element_ids=tops,
                           sub_frames=[TIT2(encoding=3, text=["Chapters"])]))  # fmt: skip
    for name, children, title in groups:
        flags = CTOCFlags.ORDERED | (CTOCFlags(0) if tops else CTOCFlags.TOP_LEVEL)
        frames.append(CTOC(element_id=name, flags=flags, child_element_ids=children,
                           sub_frames=[TIT2(encoding=3, text=[title])]))  # fmt: skip
    return frames


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


ACX_COVER = 2400
"""The side ACX (Audible) asks a cover to have at least, in pixels; square."""
LARGE_COVER = 4000
"""A side past which players only scale the picture down: it costs bytes in every file."""
MAX_COVER_PIXELS = 2 * 89_478_485
"""Pillow's decompression-bomb limit: image tools refuse to decode a larger picture."""


def image_size(data: bytes) -> tuple[int, int]:
    """A PNG's or JPEG's (width, height), read from its header, checking it is whole.

    A ValueError says what is wrong: the magic bytes alone let a truncated
    download through, and it went into every MP3, M4B and EPUB as a broken
    picture. No image library is needed: PNG's chunks and JPEG's markers say
    the size and where the image ends.
    """
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return _png_size(data)
    if data.startswith(b"\xff\xd8\xff"):
        return _jpeg_size(data)
    raise ValueError("not a PNG or JPEG image")


def _png_size(data: bytes) -> tuple[int, int]:
    """Walk the chunks: IHDR first (the size), IDAT, and IEND inside the file."""
    at, size, seen = 8, None, set()
    while at + 8 <= len(data):
        length = int.from_bytes(data[at : at + 4], "big")
        kind = data[at + 4 : at + 8]
        body = data[at + 8 : at + 8 + length]
        if len(body) < length or at + 12 + length > len(data):
            break
        if size is None:
            if kind != b"IHDR" or length < 8:
                raise ValueError("a damaged PNG (no IHDR header first)")
            size = (int.from_bytes(body[:4], "big"), int.from_bytes(body[4:8], "big"))
        seen.add(kind)
        if kind == b"IEND":
            if b"IDAT" not in seen:
                raise ValueError("a damaged PNG (no image data)")
            assert size is not None
            return size
        at += 12 + length
    raise ValueError("a truncated PNG (it stops before its IEND end chunk)")


_SOF = frozenset(range(0xC0, 0xD0)) - {0xC4, 0xC8, 0xCC}  # DHT, JPG, DAC are not frames


def _jpeg_size(data: bytes) -> tuple[int, int]:
    """Walk the markers to the frame header (SOFn: the size) and the scan; then the
    end marker (EOI) must follow the scan's data."""
    at, size = 2, None
    while at + 4 <= len(data):
        if data[at] != 0xFF:
            raise ValueError("a damaged JPEG (its markers are broken)")
        marker = data[at + 1]
        if marker == 0xFF:  # fill byte
            at += 1
            continue
        if marker in (0x01, *range(0xD0, 0xD8)):  # markers without a length
            at += 2
            continue
        length = int.from_bytes(data[at + 2 : at + 4], "big")
        if marker in _SOF and at + 9 <= len(data):
            size = (int.from_bytes(data[at + 7 : at + 9], "big"),
                    int.from_bytes(data[at + 5 : at + 7], "big"))  # fmt: skip
        if marker == 0xDA:  # start of scan: the picture's data runs to EOI
            if size is None:
                raise ValueError("a damaged JPEG (no frame header SOF)")
            if data.rfind(b"\xff\xd9", at + 2 + length) < 0:
                raise ValueError("a truncated JPEG (it stops before its end marker)")
            return size
        if marker == 0xD9:
            break
        at += 2 + length
    if size is None:
        raise ValueError("a damaged or truncated JPEG (no frame header SOF)")
    raise ValueError("a truncated JPEG (it stops before its image data)")


def cover_notes(width: int, height: int) -> list[str]:
    """What a listener's shop or player will make of a cover this size (empty: nothing).

    Warnings, not errors: a small or oblong cover still shows on one's own
    player, and a very large one is only scaled down; ACX's rule is for
    selling on Audible, which not every book is made for.
    """
    notes = []
    if min(width, height) < ACX_COVER:
        notes.append(f"{width}×{height} px is smaller than the {ACX_COVER}×{ACX_COVER} "
                     "ACX (Audible) asks for")  # fmt: skip
    if width != height:
        notes.append(f"{width}×{height} px is not square; players crop or letterbox it")
    if max(width, height) > LARGE_COVER:
        notes.append(f"{width}×{height} px is larger than players show; every audio file "
                     "carries it, so 3000×3000 is plenty")  # fmt: skip
    return notes


def read_cover(path: Path) -> tuple[bytes, str]:
    """The cover image's bytes and MIME type; a whole PNG or JPEG, at most 10 MB.

    A size ACX would refuse, or an oblong or very large picture, is logged as a
    warning (`cover_notes`); a truncated or damaged file, or one too large for
    image tools to decode, stops the build before any speech is made.
    """
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ConfigError(f"cover {path}: cannot read ({exc.strerror})") from exc
    if size > 10 * 1024 * 1024:
        raise ConfigError(
            f"cover {path}: {size / 1e6:.0f} MB is too large; use an image under 10 MB"
        )
    data = path.read_bytes()
    if not data.startswith((b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff")):
        raise ConfigError(f"cover {path}: not a PNG or JPEG image")
    try:
        width, height = image_size(data)
    except ValueError as exc:
        raise ConfigError(
            f"cover {path}: {exc}; open it in an image editor and save it again"
        ) from None
    if width == 0 or height == 0 or width * height > MAX_COVER_PIXELS:
        raise ConfigError(
            f"cover {path}: {width}×{height} px is not an image players can show; "
            f"save it at {ACX_COVER}×{ACX_COVER} to 3000×3000"
        )
    for note in cover_notes(width, height):
        log.warning("cover %s: %s", path.name, note)
    mime = "image/png" if data.startswith(b"\x89PNG") else "image/jpeg"
    return data, mime
