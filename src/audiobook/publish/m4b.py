"""The M4B of a build: the chapters' stored AAC frames joined, never encoded again.

Each chapter part's AAC was encoded from the mastered PCM beside its MP3
(`audio.aac`, at half the MP3's rate) and lasts exactly as long as it, so the
M4B is the parts' AAC frames laid end to end under an MP4 index written here,
with the chapters, tags and cover, in one pass and with no ffmpeg: an edit
re-encodes only the parts it touched, and nothing is decoded. A chapter mark is
placed by counting frames (1,024 samples each) before the chapter's first
part, which is where the MP3 book puts it too: the marks equal the manifest's
chapter starts to the millisecond. The file has no edit list; like the MP3
book's, its timeline has the codec delay at the start, and its speech follows
the MP3 book's by a constant 21 ms (`aac.LAG`: the AAC's priming is longer)."""

from __future__ import annotations

import logging
import struct
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from audiobook.audio.aac import _ADTS_RATES, AAC_FRAME, adts_index, index_path, store_index
from audiobook.errors import ExportError
from audiobook.files import atomic_path
from audiobook.publish.manifest import chapters_of, one_line
from audiobook.publish.tags import language3

log = logging.getLogger(__name__)

ChapterParts = Sequence[tuple[Path, int]]
"""A chapter's AAC parts in order: (ADTS file, its frame count)."""


def _m4b_tags(manifest: Mapping, tags: Mapping[str, object]) -> dict[str, str]:
    """Book-level tags in ffmpeg's MP4 names; missing ones come from the manifest."""

    def pick(*keys: str) -> str:
        for key in keys:
            value = tags.get(key)
            if isinstance(value, str | int) and str(value).strip():
                return str(value).strip()
        return ""

    title = pick("title", "book") or str(manifest.get("title", ""))
    author = pick("author", "artist") or str(manifest.get("author", ""))
    narrator = pick("narrator", "composer") or str(manifest.get("narrator") or "")
    out = {
        "title": title,
        "album": title,
        "artist": author,
        "album_artist": author,
        "composer": narrator,  # where Apple Books and Audiobookshelf look for the narrator
        "genre": pick("genre") or "Audiobook",
        "date": pick("date", "year"),
        "comment": pick("comment") or (f"Narrated by {narrator}" if narrator else ""),
        "translator": pick("translator") or str(manifest.get("translator") or ""),
        "media_type": "2",  # MP4 'stik' 2: the file is an audiobook, not music
    }
    return {key: value for key, value in out.items() if value}


_ITEMS = {
    "title": b"\xa9nam", "artist": b"\xa9ART", "album_artist": b"aART", "composer": b"\xa9wrt",
    "album": b"\xa9alb", "comment": b"\xa9cmt", "genre": b"\xa9gen", "date": b"\xa9day",
}  # fmt: skip
"""Our tag names as iTunes-style MP4 items (what Apple Books, mutagen and ffmpeg read)."""
_FREEFORM = {"translator": b"----:com.apple.iTunes:TRANSLATOR"}
"""Tags MP4 has no item for, as freeform items (`----` with a `mean` and a `name`), which
mutagen reads as "----:com.apple.iTunes:TRANSLATOR" and foobar2000 and Mp3tag show."""


def _image_type(data: bytes) -> int:
    """The `covr` item's data type: 14 for PNG, 13 for JPEG."""
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return 14
    if data.startswith(b"\xff\xd8\xff"):
        return 13
    raise ExportError("the cover for the M4B is neither a PNG nor a JPEG image")


def chapter_marks(chapters: Sequence[ChapterParts], rate: int) -> list[tuple[int, int]]:
    """(start, end) ms of every chapter in the joined AAC, counted frame by frame."""
    marks, before = [], 0
    for parts in chapters:
        frames = sum(count for _, count in parts)
        start, end = before, before + frames
        marks.append((round(1000 * start * AAC_FRAME / rate), round(1000 * end * AAC_FRAME / rate)))
        before = end
    return marks


def write_m4b(
    dest: Path,
    manifest: Mapping,
    chapters: Sequence[ChapterParts],
    *,
    rate: int,
    cover: bytes | None = None,
    tags: Mapping[str, object] | None = None,
) -> Path:
    """Write the M4B at `dest` from the chapters' AAC parts, with chapters, tags and cover.

    `tags` may hold title (or book), author, narrator, genre, date (or year),
    language, comment and translator; `asdict(Tags)` works as is. The bytes
    depend only on the parts, the manifest's titles and the tags.
    """
    tags = dict(tags or {})
    if len(chapters) != len(manifest.get("chapters") or []):
        raise ExportError("the M4B's chapters do not match the manifest; rebuild the book")
    for parts in chapters:
        for path, _ in parts:
            if not path.is_file():
                raise ExportError(f"{path}: a chapter's AAC is missing from the cache; rebuild")
    lang3 = language3(str(tags.get("language") or manifest.get("language") or ""))
    titles = [one_line(c["title"]) for c in chapters_of(manifest)]
    spans = [sum(count for _, count in parts) * AAC_FRAME for parts in chapters]
    named = _m4b_tags(manifest, tags).items()
    items = [(_ITEMS[key], 1, value.encode()) for key, value in named if key in _ITEMS]
    items += [(_FREEFORM[key], 1, value.encode()) for key, value in named if key in _FREEFORM]
    items.append((b"stik", 21, b"\x02"))  # media kind 2: an audiobook, not music
    if cover:
        items.append((b"covr", _image_type(cover), cover))
    book = _Book(titles, spans, items, lang3)
    with atomic_path(dest) as tmp:
        _write_mp4([path for parts in chapters for path, _ in parts], tmp, book)
    log.info("wrote %s from %d AAC parts", dest, sum(len(p) for p in chapters))
    return dest


@dataclass(frozen=True)
class _Book:
    """What the M4B says besides its audio: chapters (title, samples), tags, language."""

    titles: list[str]
    spans: list[int]
    items: list[tuple[bytes, int, bytes]]
    """(item name, data type: 1 text, 21 integer, 13/14 image, value)."""
    language: str


def _box_type(kind: bytes, *payload: bytes) -> bytes:
    body = b"".join(payload)
    return struct.pack(">I4s", 8 + len(body), kind) + body


def _full(kind: bytes, version: int, flags: int, *payload: bytes) -> bytes:
    return _box_type(kind, struct.pack(">I", (version << 24) | flags), *payload)


def _descriptor(tag: int, body: bytes) -> bytes:
    size, length = len(body), b""
    for shift in (21, 14, 7):  # four-byte size, as MP4 muxers write it
        length += bytes([0x80 | ((size >> shift) & 0x7F)])
    return bytes([tag]) + length + bytes([size & 0x7F]) + body


def _write_mp4(parts: list[Path], dest: Path, book: _Book) -> None:
    """The M4B at `dest`: the parts' ADTS frames as one MP4 audio track, boxes written here.

    ffmpeg would read 11 hours of frames one by one (twice, to move its index to
    the front); the frames' sizes are all an MP4 index needs, so the headers
    are stripped and the index written first, ahead of the audio, in one pass.
    A part's frame sizes are kept beside it (`frame_sizes`), so an edit's M4B
    walks only the new part. Chapters go in as Apple's chapter track (a text
    track the audio refers to) and as Nero's `chpl` list, which other players
    read; tags as iTunes-style items.
    """
    lengths = [frame_sizes(path) for path in parts]
    for path, sizes in zip(parts, lengths, strict=True):
        if not len(sizes):
            raise ExportError(f"{path}: an AAC part without frames; rebuild")
    with parts[0].open("rb") as first:
        config = _audio_config(first.read(7))
    sizes = np.concatenate(lengths) - _HEADER
    texts = [_chapter_sample(title) for title in book.titles]
    head = _box_type(b"ftyp", b"M4B ", struct.pack(">I", 0x200), b"M4B M4A mp42isom")
    frames = [len(n) for n in lengths]
    # the index's size does not depend on its offsets: built once to learn where the data goes
    mdat = len(head) + len(_moov(sizes, frames, 0, texts, book, *config)) + 16  # 64-bit header
    moov = _moov(sizes, frames, mdat, texts, book, *config)
    text_bytes = b"".join(texts)
    with dest.open("wb") as out:
        out.write(head)
        out.write(moov)
        out.write(struct.pack(">I4sQ", 1, b"mdat", 16 + len(text_bytes) + int(sizes.sum())))
        out.write(text_bytes)
        for path, part_sizes in zip(parts, lengths, strict=True):
            out.write(_payload(np.fromfile(path, dtype=np.uint8), part_sizes, path))


def _chapter_sample(title: str) -> bytes:
    """A chapter track sample: the title (UTF-8, length first), marked UTF-8 by `encd`."""
    text = title.encode()[:0xFFFF]
    return struct.pack(">H", len(text)) + text + _box_type(b"encd", struct.pack(">I", 0x100))


_HEADER = 7
"""Bytes of an ADTS header without CRC, as ffmpeg writes them (`_payload` checks)."""


def frame_sizes(part: Path) -> np.ndarray:
    """The byte length of every ADTS frame of `part`, from its `.idx` beside it (made
    from the headers on first use; the part's name is its content key)."""
    try:
        lengths = np.fromfile(index_path(part), dtype="<u2")
        if int(lengths.sum(dtype=np.int64)) == part.stat().st_size:
            return lengths.astype(np.int64)
    except (OSError, ValueError):
        pass
    lengths = np.array([length for _, length in adts_index(part)], dtype="<u2")
    store_index(part, lengths)
    return lengths.astype(np.int64)


def _payload(data: np.ndarray, lengths: np.ndarray, path: Path) -> bytes:
    """The frames' raw AAC blocks, their 7-byte headers cut out, all at once."""
    offsets = np.concatenate([[0], np.cumsum(lengths)[:-1]])
    sync_ok = (data[offsets] == 0xFF) & ((data[offsets + 1] & 0xF7) == 0xF1)  # no CRC
    if not bool(sync_ok.all()):
        raise ExportError(f"{path}: not the ADTS frames its index says; clear the cache")
    keep = np.ones(len(data), dtype=bool)
    keep[(offsets[:, None] + np.arange(_HEADER)).ravel()] = False
    return data[keep].tobytes()


def _audio_config(data: bytes) -> tuple[bytes, int, int]:
    """(AudioSpecificConfig, sample rate, channels) from the first ADTS header."""
    profile = (data[2] >> 6) + 1
    rate_index = (data[2] >> 2) & 0x0F
    channels = ((data[2] & 0x01) << 2) | (data[3] >> 6)
    asc = struct.pack(">H", (profile << 11) | (rate_index << 7) | (channels << 3))
    return asc, _ADTS_RATES[rate_index], channels


_MATRIX = struct.pack(">9I", 0x10000, 0, 0, 0, 0x10000, 0, 0, 0, 0x40000000)
_TEXT_ENTRY = bytes.fromhex(  # QuickTime's text sample description, as Apple's tools write it
    "0000003b746578740000000000000001000000010000000000000000000000000000000000000001"
    "0000000000000000000d667461620001000100"
)


def _moov(
    sizes: np.ndarray, part_frames: list[int], mdat: int, texts: list[bytes], book: _Book,
    asc: bytes, rate: int, channels: int,
) -> bytes:  # fmt: skip
    """The index: the audio track (its chunks, one per part, after the chapter
    samples at `mdat`), the chapter track, and the tags."""
    count = len(sizes)
    duration = count * AAC_FRAME
    mvhd = _full(b"mvhd", 1, 0, struct.pack(">QQIQ", 0, 0, rate, duration),
                 struct.pack(">IH10x", 0x10000, 0x100), _MATRIX, bytes(24),
                 struct.pack(">I", 3))  # fmt: skip
    offsets, position = [], mdat + sum(len(t) for t in texts)
    part_sizes = np.add.reduceat(sizes, np.cumsum([0, *part_frames[:-1]]))
    for size in part_sizes:
        offsets.append(position)
        position += int(size)
    audio = _audio_trak(sizes, part_frames, offsets, duration, book.language, asc, rate, channels)
    chapters = _chapter_trak(texts, book.spans, mdat, duration, rate)
    return _box_type(b"moov", mvhd, audio, chapters, _udta(book, rate))


def _language(code: str) -> int:
    """ISO 639-2 code packed as MP4 writes it (three 5-bit letters); 'und' if not one."""
    code = code if len(code) == 3 and code.isascii() and code.islower() else "und"
    return ((ord(code[0]) - 0x60) << 10) | ((ord(code[1]) - 0x60) << 5) | (ord(code[2]) - 0x60)


def _audio_trak(
    sizes: np.ndarray, part_frames: list[int], offsets: list[int], duration: int,
    language: str, asc: bytes, rate: int, channels: int,
) -> bytes:  # fmt: skip
    tkhd = _full(b"tkhd", 1, 3, struct.pack(">QQI4xQ", 0, 0, 1, duration),
                 struct.pack(">8xHHH2x", 0, 1, 0x100), _MATRIX, bytes(8))  # fmt: skip
    tref = _box_type(b"tref", _box_type(b"chap", struct.pack(">I", 2)))
    lang = _language(language)
    mdhd = _full(b"mdhd", 1, 0, struct.pack(">QQIQHH", 0, 0, rate, duration, lang, 0))
    hdlr = _full(b"hdlr", 0, 0, struct.pack(">I4s12x", 0, b"soun"), b"SoundHandler\x00")
    bitrate = round(8 * int(sizes.sum()) * rate / max(1, duration))
    decoder = _descriptor(4, struct.pack(">BB3sII", 0x40, 0x15, bytes(3), bitrate, bitrate)
                          + _descriptor(5, asc))  # fmt: skip
    esds = _full(b"esds", 0, 0, _descriptor(3, struct.pack(">HB", 1, 0) + decoder
                                            + _descriptor(6, b"\x02")))  # fmt: skip
    mp4a = _box_type(b"mp4a", bytes(6), struct.pack(">H8xHH4xI", 1, channels, 16, rate << 16),
                     esds)  # fmt: skip
    stsd = _full(b"stsd", 0, 0, struct.pack(">I", 1), mp4a)
    stts = _full(b"stts", 0, 0, struct.pack(">III", 1, len(sizes), AAC_FRAME))
    runs: list[tuple[int, int]] = []
    for n, frames in enumerate(part_frames, 1):
        if not runs or runs[-1][1] != frames:
            runs.append((n, frames))
    table = b"".join(struct.pack(">III", first, frames, 1) for first, frames in runs)
    stsc = _full(b"stsc", 0, 0, struct.pack(">I", len(runs)), table)
    stsz = _full(b"stsz", 0, 0, struct.pack(">II", 0, len(sizes)),
                 np.asarray(sizes, dtype=">u4").tobytes())  # fmt: skip
    co64 = _full(b"co64", 0, 0, struct.pack(">I", len(offsets)),
                 np.asarray(offsets, dtype=">u8").tobytes())  # fmt: skip
    stbl = _box_type(b"stbl", stsd, stts, stsc, stsz, co64)
    minf = _box_type(b"minf", _full(b"smhd", 0, 0, bytes(4)), _dinf(), stbl)
    return _box_type(b"trak", tkhd, tref, _box_type(b"mdia", mdhd, hdlr, minf))


def _dinf() -> bytes:
    return _box_type(b"dinf", _full(b"dref", 0, 0, struct.pack(">I", 1), _full(b"url ", 0, 1)))


def _chapter_trak(texts: list[bytes], spans: list[int], mdat: int, duration: int,
                  rate: int) -> bytes:  # fmt: skip
    """Apple's chapter track: a disabled text track, one sample (a title) per chapter,
    each lasting its chapter's samples; the audio track's `tref/chap` points here."""
    tkhd = _full(b"tkhd", 1, 2, struct.pack(">QQI4xQ", 0, 0, 2, duration),
                 struct.pack(">8xHHH2x", 0, 0, 0), _MATRIX, bytes(8))  # fmt: skip
    mdhd = _full(b"mdhd", 1, 0, struct.pack(">QQIQHH", 0, 0, rate, duration, _language("und"), 0))
    hdlr = _full(b"hdlr", 0, 0, struct.pack(">I4s12x", 0, b"text"), b"SubtitleHandler\x00")
    gmin = _full(b"gmin", 0, 0, struct.pack(">HHHHhH", 0x40, 0x8000, 0x8000, 0x8000, 0, 0))
    gmhd = _box_type(b"gmhd", gmin, _box_type(b"text", _MATRIX))
    stsd = _full(b"stsd", 0, 0, struct.pack(">I", 1), _TEXT_ENTRY)
    stts = _full(b"stts", 0, 0, struct.pack(">I", len(spans)),
                 b"".join(struct.pack(">II", 1, span) for span in spans))  # fmt: skip
    stsc = _full(b"stsc", 0, 0, struct.pack(">IIII", 1, 1, len(texts), 1))
    stsz = _full(b"stsz", 0, 0, struct.pack(">II", 0, len(texts)),
                 b"".join(struct.pack(">I", len(t)) for t in texts))  # fmt: skip
    co64 = _full(b"co64", 0, 0, struct.pack(">IQ", 1, mdat))
    stbl = _box_type(b"stbl", stsd, stts, stsc, stsz, co64)
    minf = _box_type(b"minf", gmhd, _dinf(), stbl)
    return _box_type(b"trak", tkhd, _box_type(b"mdia", mdhd, hdlr, minf))


def _chpl_title(title: str) -> bytes:
    """A title as Nero's chapter list holds it, in at most 255 bytes of UTF-8: a longer
    one ends at a word with "…" (the chapter track keeps it whole)."""
    name = title.encode()
    if len(name) <= 255:
        return name
    cut = name[:252].decode(errors="ignore")
    return ((cut.rsplit(" ", 1)[0] if " " in cut else cut).rstrip(" ,;:.") + "…").encode()


def _freeform(name: bytes, data: bytes) -> bytes:
    """A freeform item ("----:com.apple.iTunes:TRANSLATOR"): its `mean`, `name` and data."""
    _, mean, key = name.split(b":", 2)
    return _box_type(b"----", _full(b"mean", 0, 0, mean), _full(b"name", 0, 0, key), data)


def _udta(book: _Book, rate: int) -> bytes:
    """Tags (iTunes-style items under `meta`) and Nero's chapter list (`chpl`)."""
    items = b"".join(
        _box_type(name, _box_type(b"data", struct.pack(">II", kind, 0), value))
        if not name.startswith(b"----:")
        else _freeform(name, _box_type(b"data", struct.pack(">II", kind, 0), value))
        for name, kind, value in book.items
    )
    hdlr = _full(b"hdlr", 0, 0, struct.pack(">I4s4s8x", 0, b"mdir", b"appl"), b"\x00")
    meta = _full(b"meta", 0, 0, hdlr, _box_type(b"ilst", items))
    if len(book.titles) > 255:  # chpl counts in a byte; the chapter track holds them all
        return _box_type(b"udta", meta)
    marks, start = [], 0
    for title, span in zip(book.titles, book.spans, strict=True):
        name = _chpl_title(title)
        marks.append(struct.pack(">QB", start * 10_000_000 // rate, len(name)) + name)
        start += span
    chpl = _full(b"chpl", 1, 0, struct.pack(">IB", 0, len(marks)), *marks)
    return _box_type(b"udta", meta, chpl)
