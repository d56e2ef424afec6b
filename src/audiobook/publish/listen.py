"""The M4B audiobook file, made from a finished output folder and its manifest.

Captions, the playlist and cue sheet, and the web player live in
`captions.py`, `playlist.py` and `webplayer.py`; what they share in
`manifest.py`.
"""

from __future__ import annotations

import functools
import logging
import mmap
import os
import re
import shutil
import tempfile
from collections.abc import Mapping
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from audiobook.errors import ExportError
from audiobook.files import atomic_path
from audiobook.publish.manifest import book_slug, chapters_of, one_line
from audiobook.publish.tags import _LANG3, write_concat_list
from audiobook.tools import run_ffmpeg

log = logging.getLogger(__name__)



# ---------------------------------------------------------------- M4B


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


def write_m4b(
    folder: Path,
    manifest: dict,
    *,
    bitrate_kbps: int = 64,
    cover: bytes | None = None,
    tags: Mapping[str, object] | None = None,
    fast: bool = False,
    jobs: int | None = None,
) -> Path:
    """Write `<slug>.m4b` from a finished folder's MP3s: the book as one AAC file.

    A build does not come here: it joins the AAC its parts were encoded to
    from the mastered audio (`publish.m4b`). This path serves a folder that
    holds only MP3s and a manifest (an older build). Apple Books and most
    audiobook apps want this one file rather than a folder of MP3s. The
    chapters are split into up to M4B_RUNS runs of about
    equal length; each run's MP3s are decoded and encoded to AAC by an ffmpeg
    of its own, `jobs` at once (one per core by default), and the runs' AAC
    frames are then put into one MP4 file as they are. One ffmpeg already
    keeps one and a half cores busy, so two at a time on two cores save about
    a sixth. The split does not depend on the machine, so neither do the
    bytes. Each run starts with the encoder's 1,024 samples of priming (23 ms
    of near silence), so the chapter marks are placed by the runs' real frame
    counts, not copied from the MP3 manifest. `tags` may hold title (or
    book), author, narrator, genre, date (or year), language and comment;
    `asdict(Tags)` works as is, and its `cover` is used when `cover` is not
    given. Bit-exact flags keep ffmpeg's version and clock out of the file,
    so the same chapters give the same bytes. `fast` picks ffmpeg's fast AAC
    coder, about 4× quicker than its default at a small cost in quality.
    """
    tags = dict(tags or {})
    if cover is None and isinstance(tags.get("cover"), bytes | bytearray):
        cover = bytes(tags["cover"])  # type: ignore[arg-type]
    chapters = chapters_of(manifest)
    dest = folder / f"{book_slug(manifest)}.m4b"
    language = str(tags.get("language") or manifest.get("language") or "").split("-")[0]
    lang3 = _LANG3.get(language.lower(), language if len(language) == 3 else "und")
    parts = [folder / chapter["file"] for chapter in chapters]
    for part in parts:
        if not part.is_file():
            raise ExportError(f"{part.resolve()}: chapter file missing; rebuild the book")
    runs = _split_runs(chapters, M4B_RUNS)
    with tempfile.TemporaryDirectory(prefix="audiobook-m4b-") as work:
        work_dir = Path(work)
        coded = _encode_runs(
            parts, runs, work_dir, jobs or os.cpu_count() or 1, bitrate_kbps=bitrate_kbps, fast=fast
        )
        marks = _chapter_marks(chapters, runs, [adts_samples(path) for path in coded])
        boxed = _box(coded, work_dir / "book.m4a")
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
    log.info("wrote %s", dest)
    return dest


M4B_RUNS = 4
"""Runs the M4B's chapters are encoded in: enough for the cores of a laptop."""
_BITEXACT = ("-fflags", "+bitexact", "-flags", "+bitexact")
"""Keep ffmpeg's version and the clock out of the bytes: the same chapters, the same file."""
AAC_PRIMING = 1024
"""Samples ffmpeg's AAC encoder puts before the audio (its `initial_padding`)."""


def _split_runs(chapters: list[dict], count: int) -> list[tuple[int, int]]:
    """(start, stop) chapter ranges: at most `count` runs of about equal duration, in order."""
    durations = [max(1, int(c["end_ms"]) - int(c["start_ms"])) for c in chapters]
    count = max(1, min(count, len(chapters)))
    total, runs, start, done = sum(durations), [], 0, 0
    for i, duration in enumerate(durations):
        done += duration
        left = len(chapters) - i - 1
        if left and len(runs) < count - 1 and done >= total * (len(runs) + 1) / count:
            runs.append((start, i + 1))
            start = i + 1
    runs.append((start, len(chapters)))
    return runs


def _encode_runs(
    parts: list[Path],
    runs: list[tuple[int, int]],
    work: Path,
    jobs: int,
    *,
    bitrate_kbps: int,
    fast: bool,
) -> list[Path]:
    """Each run of chapter MP3s encoded to an ADTS AAC file in `work`, `jobs` at once."""
    lists = [write_concat_list(parts[a:b], work / f"run-{i}.txt") for i, (a, b) in enumerate(runs)]
    coded = [work / f"run-{i}.aac" for i in range(len(runs))]
    encode = functools.partial(_encode_aac, bitrate_kbps=bitrate_kbps, fast=fast)
    with ThreadPoolExecutor(max_workers=max(1, min(jobs, len(runs)))) as pool:
        list(pool.map(encode, lists, coded))
    return coded


def _box(coded: list[Path], dest: Path) -> Path:
    """The runs' AAC frames, in order, in one MP4 file at `dest`.

    ADTS frames stand alone, so the runs join as bytes. The result goes into
    MP4 before the M4B is made: muxed straight from ADTS, ffmpeg's chapter
    track comes out garbled.
    """
    audio = dest.with_suffix(".aac")
    with audio.open("wb") as out:
        for path in coded:
            with path.open("rb") as run:
                shutil.copyfileobj(run, out, 1 << 22)
    run_ffmpeg(
        ["-f", "aac", "-i", str(audio), "-c:a", "copy", *_BITEXACT, "-f", "mp4", str(dest)],
        what="putting the AAC audio into MP4",
    )
    return dest


def _encode_aac(listing: Path, dest: Path, *, bitrate_kbps: int, fast: bool) -> None:
    """One run of chapter MP3s (an ffmpeg concat list) to mono AAC in ADTS frames."""
    run_ffmpeg(
        [
            "-f", "concat", "-safe", "0", "-i", str(listing), "-map", "0:a:0",
            "-c:a", "aac", "-aac_coder", "fast" if fast else "twoloop",
            "-b:a", f"{bitrate_kbps}k", "-ac", "1", *_BITEXACT, "-f", "adts", "-y", str(dest),
        ],
        what=f"encoding {dest.name} to AAC",
    )  # fmt: skip


_ADTS_RATES = (96000, 88200, 64000, 48000, 44100, 32000, 24000, 22050, 16000, 12000, 11025, 8000)


def adts_samples(path: Path) -> tuple[int, int]:
    """(samples, sample rate) of an ADTS AAC file, counted frame by frame from its headers."""
    samples, rate, pos = 0, 0, 0
    if path.stat().st_size == 0:
        return samples, rate
    with path.open("rb") as file, mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ) as data:
        while pos + 7 <= len(data):
            if data[pos] != 0xFF or data[pos + 1] & 0xF6 != 0xF0:
                raise ExportError(f"{path.name}: not an ADTS frame at byte {pos}")
            rate = _ADTS_RATES[(data[pos + 2] >> 2) & 0x0F]
            length = ((data[pos + 3] & 0x03) << 11) | (data[pos + 4] << 3) | (data[pos + 5] >> 5)
            if length < 7:
                raise ExportError(f"{path.name}: a broken ADTS frame at byte {pos}")
            samples += 1024 * ((data[pos + 6] & 0x03) + 1)
            pos += length
    return samples, rate


def _chapter_marks(
    chapters: list[dict], runs: list[tuple[int, int]], coded: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """(start, end) ms of every chapter in the M4B made of the runs' AAC, in order.

    A run's audio starts after the encoder's priming; in it, a chapter starts
    where it starts in the MP3 book, counted from the run's first chapter.
    """
    starts: list[int] = []
    before = 0  # samples of the runs before this one
    for (first, stop), (samples, rate) in zip(runs, coded, strict=True):
        if not samples or not rate:
            raise ExportError("ffmpeg wrote no AAC audio for a run of chapters")
        lead = 1000 * (before + AAC_PRIMING) / rate
        origin = int(chapters[first]["start_ms"])
        starts += [round(lead + int(c["start_ms"]) - origin) for c in chapters[first:stop]]
        before += samples
    end = round(1000 * before / coded[-1][1])
    return list(zip(starts, [*starts[1:], end], strict=True))


