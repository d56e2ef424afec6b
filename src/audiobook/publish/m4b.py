"""The M4B of a build: the chapters' stored AAC frames joined, never encoded again.

Each chapter part's AAC was encoded from the mastered PCM beside its MP3
(`audio.aac`, at half the MP3's rate) and lasts exactly as long as it, so the
M4B is the parts' AAC frames laid end to end under an MP4 index written here,
then given chapters, tags and cover by ffmpeg with `-c copy`: an edit
re-encodes only the parts it touched, and nothing is decoded. A chapter mark is
placed by counting frames (1,024 samples each) before the chapter's first
part, which is where the MP3 book puts it too: the marks equal the manifest's
chapter starts to the millisecond. The file has no edit list; like the MP3
book's, its timeline has the codec delay at the start, and its speech follows
the MP3 book's by a constant 21 ms (`aac.LAG`: the AAC's priming is longer)."""

from __future__ import annotations

import logging
import re
import struct
import tempfile
from collections.abc import Mapping, Sequence
from pathlib import Path

import numpy as np

from audiobook.audio.aac import _ADTS_RATES, _BITEXACT, AAC_FRAME, adts_index
from audiobook.errors import ExportError
from audiobook.files import atomic_path
from audiobook.publish.manifest import chapters_of, one_line
from audiobook.publish.tags import _LANG3
from audiobook.tools import run_ffmpeg

log = logging.getLogger(__name__)

ChapterParts = Sequence[tuple[Path, int]]
"""A chapter's AAC parts in order: (ADTS file, its frame count)."""


def _ffmeta_escape(value: str) -> str:
    """FFMETADATA treats `=`, `;`, `#`, `\\` and newlines as syntax unless escaped."""
    return re.sub(r"([=;#\\\n])", r"\\\1", str(value))


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
        "media_type": "2",  # MP4 'stik' 2: the file is an audiobook, not music
    }
    return {key: value for key, value in out.items() if value}


def _ffmetadata(
    manifest: Mapping, tags: Mapping[str, object], marks: list[tuple[int, int]] | None = None
) -> str:
    """FFMETADATA: the book's tags, and a chapter at each of `marks` (start, end ms;
    the manifest's chapter times when None)."""
    chapters = chapters_of(manifest)
    if marks is None:
        marks = [(int(c["start_ms"]), int(c["end_ms"])) for c in chapters]
    lines = [";FFMETADATA1"]
    lines += [f"{key}={_ffmeta_escape(value)}" for key, value in _m4b_tags(manifest, tags).items()]
    for chapter, (start, end) in zip(chapters, marks, strict=True):
        lines += [
            "[CHAPTER]",
            "TIMEBASE=1/1000",
            f"START={start}",
            f"END={end}",
            f"title={_ffmeta_escape(one_line(chapter['title']))}",
        ]
    return "\n".join(lines) + "\n"


def _image_suffix(data: bytes) -> str:
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return ".png"
    if data.startswith(b"\xff\xd8\xff"):
        return ".jpg"
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
    language and comment; `asdict(Tags)` works as is. The bytes
    depend only on the parts, the manifest's titles and the tags.
    """
    tags = dict(tags or {})
    if len(chapters) != len(manifest.get("chapters") or []):
        raise ExportError("the M4B's chapters do not match the manifest; rebuild the book")
    for parts in chapters:
        for path, _ in parts:
            if not path.is_file():
                raise ExportError(f"{path}: a chapter's AAC is missing from the cache; rebuild")
    language = str(tags.get("language") or manifest.get("language") or "").split("-")[0]
    lang3 = _LANG3.get(language.lower(), language if len(language) == 3 else "und")
    marks = chapter_marks(chapters, rate)
    with tempfile.TemporaryDirectory(prefix="audiobook-m4b-") as work:
        work_dir = Path(work)
        boxed = work_dir / "book.m4a"  # audio only first: from ADTS, ffmpeg garbles chapters
        _write_mp4([path for parts in chapters for path, _ in parts], boxed)
        meta = work_dir / "metadata.txt"
        meta.write_text(_ffmetadata(manifest, tags, marks), encoding="utf-8")
        args = ["-i", str(boxed), "-f", "ffmetadata", "-i", str(meta)]
        maps = ["-map", "0:a:0", "-map_metadata", "1", "-map_chapters", "1"]
        if cover:
            picture = work_dir / f"cover{_image_suffix(cover)}"
            picture.write_bytes(cover)
            args += ["-i", str(picture)]
            maps += ["-map", "2:v:0", "-c:v", "copy", "-disposition:v:0", "attached_pic"]
        with atomic_path(dest) as tmp:
            run_ffmpeg(
                [
                    *args, *maps, "-c:a", "copy",
                    "-metadata:s:a:0", f"language={lang3}",
                    "-movflags", "+faststart", "-brand", "M4B ", *_BITEXACT,
                    "-f", "ipod", "-y", str(tmp),
                ],
                what=f"writing {dest.name}",
            )  # fmt: skip
    log.info("wrote %s from %d AAC parts", dest, sum(len(p) for p in chapters))
    return dest


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


def _write_mp4(parts: list[Path], dest: Path) -> None:
    """The parts' ADTS frames as one plain MP4 audio track at `dest`, boxes written here.

    ffmpeg's ADTS reader is the slow half of putting 11 hours of frames into
    MP4; the frames' offsets and sizes are all an MP4 index needs, so the
    headers are stripped and the index written directly.
    """
    sizes: list[int] = []
    chunks: list[tuple[int, int]] = []  # (offset in dest, frames) per part
    config = None
    head = _box_type(b"ftyp", b"M4A ", struct.pack(">I", 0), b"M4A mp42isom")
    with dest.open("wb") as out:
        out.write(head)
        out.write(struct.pack(">I4sQ", 1, b"mdat", 0))  # 64-bit size, filled in below
        position = out.tell()
        for path in parts:
            data = path.read_bytes()
            frames = adts_index(path)
            if not frames:
                raise ExportError(f"{path}: an AAC part without frames; rebuild")
            if config is None:
                config = _audio_config(data)
            chunks.append((position, len(frames)))
            for offset, length in frames:
                skip = 7 if data[offset + 1] & 0x01 else 9  # no CRC: a 7-byte header
                out.write(data[offset + skip : offset + length])
                sizes.append(length - skip)
                position += length - skip
        end = out.tell()
        out.seek(len(head) + 8)
        out.write(struct.pack(">Q", end - len(head)))
        out.seek(end)
        assert config is not None
        out.write(_moov(sizes, chunks, *config))


def _audio_config(data: bytes) -> tuple[bytes, int, int]:
    """(AudioSpecificConfig, sample rate, channels) from the first ADTS header."""
    profile = (data[2] >> 6) + 1
    rate_index = (data[2] >> 2) & 0x0F
    channels = ((data[2] & 0x01) << 2) | (data[3] >> 6)
    asc = struct.pack(">H", (profile << 11) | (rate_index << 7) | (channels << 3))
    return asc, _ADTS_RATES[rate_index], channels


def _moov(
    sizes: list[int], chunks: list[tuple[int, int]], asc: bytes, rate: int, channels: int
) -> bytes:
    count = len(sizes)
    duration = count * AAC_FRAME
    matrix = struct.pack(">9I", 0x10000, 0, 0, 0, 0x10000, 0, 0, 0, 0x40000000)
    mvhd = _full(b"mvhd", 1, 0, struct.pack(">QQIQ", 0, 0, rate, duration),
                 struct.pack(">IH10x", 0x10000, 0x100), matrix, bytes(24),
                 struct.pack(">I", 2))  # fmt: skip
    tkhd = _full(b"tkhd", 1, 3, struct.pack(">QQI4xQ", 0, 0, 1, duration),
                 struct.pack(">8xHHH2x", 0, 0, 0x100), matrix, bytes(8))  # fmt: skip
    mdhd = _full(b"mdhd", 1, 0, struct.pack(">QQIQHH", 0, 0, rate, duration, 0x55C4, 0))
    hdlr = _full(b"hdlr", 0, 0, struct.pack(">I4s12x", 0, b"soun"), b"SoundHandler\x00")
    dinf = _box_type(b"dinf", _full(b"dref", 0, 0, struct.pack(">I", 1), _full(b"url ", 0, 1)))
    bitrate = round(8 * sum(sizes) * rate / max(1, duration))
    decoder = _descriptor(4, struct.pack(">BB3sII", 0x40, 0x15, bytes(3), bitrate, bitrate)
                          + _descriptor(5, asc))  # fmt: skip
    esds = _full(b"esds", 0, 0, _descriptor(3, struct.pack(">HB", 1, 0) + decoder
                                            + _descriptor(6, b"\x02")))  # fmt: skip
    mp4a = _box_type(b"mp4a", bytes(6), struct.pack(">H8xHH4xI", 1, channels, 16, rate << 16),
                     esds)  # fmt: skip
    stsd = _full(b"stsd", 0, 0, struct.pack(">I", 1), mp4a)
    stts = _full(b"stts", 0, 0, struct.pack(">III", 1, count, AAC_FRAME))
    runs: list[tuple[int, int]] = []
    for n, (_, frames) in enumerate(chunks, 1):
        if not runs or runs[-1][1] != frames:
            runs.append((n, frames))
    table = b"".join(struct.pack(">III", first, frames, 1) for first, frames in runs)
    stsc = _full(b"stsc", 0, 0, struct.pack(">I", len(runs)), table)
    stsz = _full(b"stsz", 0, 0, struct.pack(">II", 0, count),
                 np.asarray(sizes, dtype=">u4").tobytes())  # fmt: skip
    co64 = _full(b"co64", 0, 0, struct.pack(">I", len(chunks)),
                 np.asarray([o for o, _ in chunks], dtype=">u8").tobytes())  # fmt: skip
    stbl = _box_type(b"stbl", stsd, stts, stsc, stsz, co64)
    minf = _box_type(b"minf", _full(b"smhd", 0, 0, bytes(4)), dinf, stbl)
    trak = _box_type(b"trak", tkhd, _box_type(b"mdia", mdhd, hdlr, minf))
    return _box_type(b"moov", mvhd, trak)
