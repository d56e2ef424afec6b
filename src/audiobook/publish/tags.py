"""Stage 6, export: MP3 files with their tags, the full book, and the manifest.

Chapter parts are encoded by LAME at a constant bit rate (192 kbps, 44.1 kHz
mono for ACX) with no time stamp or tag, so the same audio always gives the
same bytes; a chapter file is its parts' frames joined (`mp3join`), and tags
are then written by mutagen.
The full-book MP3 is the chapter files' MP3 frames joined without re-encoding
(`mp3join`, which writes a new Info header with the joined frame count), and
its ID3 tag holds a CTOC table of contents and one CHAP frame per chapter.
"""

from __future__ import annotations

import functools
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

from audiobook.audio import lame, mp3join
from audiobook.errors import BuildInterrupted, ConfigError, ExportError

_LANG3 = {"en": "eng", "ru": "rus", "de": "deu", "fr": "fra", "es": "spa", "it": "ita"}


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


@functools.cache
def encoder_version() -> str:
    """The encoder and resampler versions: part of every part's key, and shown by `doctor`."""
    from importlib.metadata import version

    return f"{lame.describe()}, soxr {version('soxr')}"


def encode_mp3(  # type: ignore[no-untyped-def]
    samples, rate: int, dest: Path, bitrate_kbps: int, out_rate: int, stop=None, tap=None
) -> None:
    """Encode float32 mono samples to a CBR MP3 at `dest`: audio frames only, no tags.

    LAME runs in this process (`lame`; ffmpeg's libmp3lame is LAME too, and
    we use its default quality setting), fed by soxr's
    high-quality resampler. Against an ffmpeg process per part this spares
    the process, the pipe and ffmpeg's threads: about a quarter of the CPU
    time of the build's most expensive step, for the same quality (equal
    signal-to-noise ratio on our speech). Samples made below `out_rate` hold
    nothing above their own Nyquist, and LAME is told so. Both release the
    GIL, so parts encode in parallel threads. The samples go through in
    blocks, so the encoder never needs a second full copy of the part. The
    file has no Xing/Info frame: `mp3join` writes one for the joined file.
    When `stop` (a threading.Event) is set, encoding gives up at the next block.
    `tap`, when given, is called with every resampled block too (the AAC encoder
    takes the very samples LAME takes).
    """
    import soxr

    bandwidth = rate // 2 if rate < out_rate else 0
    resampler = soxr.ResampleStream(rate, out_rate, 1, dtype="float32", quality="HQ")
    block = rate * 10
    try:
        encoder = lame.open_encoder(out_rate, bitrate_kbps, bandwidth)
        try:
            with open(dest, "wb") as out:
                for start in range(0, max(1, len(samples)), block):
                    if stop is not None and stop.is_set():
                        raise BuildInterrupted(f"{dest.name}: stopped while encoding")
                    chunk = samples[start : start + block]
                    last = start + block >= len(samples)
                    if rate != out_rate:
                        chunk = resampler.resample_chunk(chunk, last=last)
                    if tap is not None:
                        tap(chunk)
                    out.write(encoder.encode(chunk))
                out.write(encoder.flush())
        finally:
            encoder.close()
    except (RuntimeError, ValueError) as exc:
        raise ExportError(f"{dest.name}: the MP3 encoder failed ({exc})") from exc


def write_concat_list(parts: list[Path], listing: Path) -> Path:
    """An ffmpeg concat-demuxer list of `parts` (absolute, quotes escaped)."""
    lines = []
    for part in parts:
        escaped = str(part.resolve()).replace("'", "'\\''")
        lines.append(f"file '{escaped}'")
    listing.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return listing


def join_mp3(parts: list[Path], dest: Path) -> None:
    """The full book: chapter MP3 frames joined without re-encoding.

    Our own frame copy, not ffmpeg's concat demuxer: that moves a 10-hour
    book packet by packet (a futex round trip each), this copies each chapter
    in a few large blocks.
    """
    mp3join.join(parts, dest)


def _base_tags(tags: Tags) -> list:  # type: ignore[type-arg]
    frames = [
        TALB(encoding=3, text=[tags.book]),
        TPE1(encoding=3, text=[tags.author]),
        TPE2(encoding=3, text=[tags.author]),
        TCOM(encoding=3, text=[tags.narrator]),
        TXXX(encoding=3, desc="NARRATOR", text=[tags.narrator]),
        TCON(encoding=3, text=[tags.genre]),
        TLAN(encoding=3, text=[_LANG3.get(tags.language.split("-")[0], "und")]),
    ]
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


def tag_full_book(path: Path, tags: Tags, chapters: list[tuple[str, int, int]]) -> None:
    """ID3v2.3 tags of the full book, with CTOC and one CHAP frame per chapter."""
    id3 = ID3()
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
