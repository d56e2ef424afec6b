"""Extra ways to listen to a finished book: M4B, captions, playlist, cue sheet, web player.

Every writer here is a function of a finished output folder and its
manifest: it reads the chapter MP3s and the manifest's timings and writes
one more file (or a few) beside them. Nothing re-runs the pipeline, so the
lead can call them on the staging folder just before it is swapped into
place, and a user can call them on an old build. Each file is written under
a temporary name and renamed into place, so a reader never sees half of it.

Times come from the manifest: chapter `start_ms`/`end_ms` place a chapter in
the full book, a segment's `start_ms`/`end_ms` place it in its chapter file.
"""

from __future__ import annotations

import functools
import html
import json
import logging
import mmap
import os
import re
import shutil
import tempfile
from collections.abc import Mapping
from concurrent.futures import ThreadPoolExecutor
from importlib import resources
from pathlib import Path

from audiobook.build.staging import atomic_path
from audiobook.errors import ExportError
from audiobook.publish.tags import _LANG3, write_concat_list
from audiobook.tools import run_ffmpeg

log = logging.getLogger(__name__)

PLAYER_ASSETS = ("player.js", "player.css")
COVER_NAMES = ("cover.jpg", "cover.jpeg", "cover.png")
CD_FRAMES_PER_SECOND = 75  # a cue sheet counts time in CD frames


# ---------------------------------------------------------------- helpers


def read_manifest(folder: Path) -> dict:
    """The folder's manifest.json, so a caller holding only a folder can use the writers."""
    path = folder / "manifest.json"
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ExportError(f"{folder}: no manifest.json; build the book first") from None
    except OSError as exc:
        raise ExportError(f"{path}: cannot read the manifest ({exc.strerror})") from exc
    except ValueError as exc:
        raise ExportError(f"{path}: not valid JSON ({exc})") from exc


def book_slug(manifest: Mapping) -> str:
    """The book's file stem, taken from the full book's name so every output matches it."""
    if manifest.get("full_book"):
        return Path(manifest["full_book"]).stem
    from audiobook.publish.tags import slug

    return slug(str(manifest.get("title") or "book"))


def _chapters(manifest: Mapping) -> list[dict]:
    chapters = manifest.get("chapters") or []
    if not chapters:
        raise ExportError("the manifest lists no chapters")
    return list(chapters)


def _write_text(path: Path, text: str) -> Path:
    # newline="" keeps our "\r\n" (SRT) and "\n" exactly as written, on any OS.
    with atomic_path(path) as tmp, tmp.open("w", encoding="utf-8", newline="") as fh:
        fh.write(text)
    return path


def _one_line(text: str) -> str:
    """Whitespace collapsed to single spaces: a blank line would end a cue early."""
    return " ".join(str(text).split())


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
    chapters = _chapters(manifest)
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
            f"title={_ffmeta_escape(_one_line(chapter['title']))}",
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
    chapters = _chapters(manifest)
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


# ---------------------------------------------------------------- captions


def _clock(ms: float, separator: str) -> str:
    ms = max(0, round(ms))
    hours, rest = divmod(ms, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    seconds, millis = divmod(rest, 1000)
    return f"{hours:02d}:{minutes:02d}:{seconds:02d}{separator}{millis:03d}"


def vtt_time(ms: int) -> str:
    """WebVTT's `HH:MM:SS.mmm` (hours grow past 99 rather than wrap)."""
    return _clock(ms, ".")


def srt_time(ms: int) -> str:
    """SubRip's `HH:MM:SS,mmm`."""
    return _clock(ms, ",")


def vtt_escape(text: str) -> str:
    """Cue text for WebVTT: `&`, `<`, `>` become entities, so no cue holds `-->` or a tag."""
    return _one_line(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def srt_escape(text: str) -> str:
    """Cue text for SRT, which has no escapes: keep the words, break any `-->`.

    A zero-width space inside the arrow keeps it looking the same while no
    parser can take the line for a timing line.
    """
    return _one_line(text).replace("-->", "--\u200b>")


Cue = tuple[int, int, str, list[int]]  # start, end, text, word start times (may be empty)


def _cues(chapters: list[dict], offset: bool) -> list[Cue]:
    cues = []
    for chapter in chapters:
        base = int(chapter["start_ms"]) if offset else 0
        for seg in chapter.get("segments", []):
            if not _one_line(seg.get("text", "")):
                continue
            times = _word_times(seg)
            cues.append(
                (base + int(seg["start_ms"]), base + int(seg["end_ms"]), seg["text"],
                 [base + t for t in times])
            )  # fmt: skip
    return cues


def _word_times(seg: Mapping) -> list[int]:
    """When each word of the manuscript text starts, from the engine's word marks.

    The marks point into the spoken form; they map one to one onto the
    manuscript's words only when normalising kept the word count (no number
    or abbreviation expanded). Otherwise the cue keeps sentence timing.
    """
    marks = seg.get("words") or []
    spoken = str(seg.get("spoken", ""))
    tokens = [(m.start(), m.end()) for m in re.finditer(r"\S+", spoken)]
    if not marks or len(tokens) != len(str(seg.get("text", "")).split()):
        return []
    times: list[int] = []
    last = int(seg["start_ms"])
    for start, end in tokens:  # espeak skips marks for some short words: they share the last
        hit = next((int(m[2]) for m in marks if start <= int(m[0]) < end), None)
        last = max(last, hit) if hit is not None else last
        times.append(last)
    return times


def _vtt(cues: list[Cue], title: str) -> str:
    out = ["WEBVTT", "", f"NOTE {vtt_escape(title)}", ""]
    for start, end, text, times in cues:
        words = text.split()
        if times and len(times) == len(words):
            # karaoke timing: each word after the first carries its start time
            body = " ".join(
                vtt_escape(word) if i == 0 else f"<{vtt_time(t)}>{vtt_escape(word)}"
                for i, (word, t) in enumerate(zip(words, times, strict=True))
            )
        else:
            body = vtt_escape(text)
        out += [f"{vtt_time(start)} --> {vtt_time(end)}", body, ""]
    return "\n".join(out)


def _srt(cues: list[Cue]) -> str:
    out = []
    for number, (start, end, text, _times) in enumerate(cues, start=1):
        out += [str(number), f"{srt_time(start)} --> {srt_time(end)}", srt_escape(text), ""]
    return "\r\n".join(out) + "\r\n"  # every cue, the last too, ends with a blank line


def write_captions(folder: Path, manifest: dict) -> list[Path]:
    """WebVTT and SRT captions, one cue per segment, for every chapter and the full book.

    Players pick up a caption file that shares the audio file's stem, so
    `NN Title.vtt` sits beside `NN Title.mp3` and `<slug>.vtt` beside the full
    book (its times offset by each chapter's start). Cues carry the
    manuscript's text, not the respelled `spoken` form, because that is what
    a reader expects to see.
    """
    chapters = _chapters(manifest)
    title = str(manifest.get("title", ""))
    written = []
    jobs = [(Path(c["file"]).stem, [c], False) for c in chapters]
    jobs.append((book_slug(manifest), chapters, True))
    for stem, group, offset in jobs:
        cues = _cues(group, offset)
        written.append(_write_text(folder / f"{stem}.vtt", _vtt(cues, title)))
        written.append(_write_text(folder / f"{stem}.srt", _srt(cues)))
    return written


# ---------------------------------------------------------------- playlist, cue sheet


def write_playlist(folder: Path, manifest: dict) -> Path:
    """`playlist.m3u8`: the chapter files in order, for players and car stereos.

    UTF-8 (the `.m3u8` suffix says so), relative names so the folder can
    move, whole seconds in #EXTINF because older players read no fraction.
    """
    out = ["#EXTM3U", f"#PLAYLIST:{_one_line(manifest.get('title', ''))}"]
    for chapter in _chapters(manifest):
        seconds = round((int(chapter["end_ms"]) - int(chapter["start_ms"])) / 1000)
        name = str(chapter["file"])
        if name.startswith("#"):  # would read as a comment line
            name = f"./{name}"
        out += [f"#EXTINF:{seconds},{_one_line(chapter['title'])}", name]
    return _write_text(folder / "playlist.m3u8", "\n".join(out) + "\n")


def cue_time(ms: int) -> str:
    """A cue sheet's `mm:ss:ff`, 75 frames a second; minutes go past 99 for long books."""
    frames = round(max(0, int(ms)) * CD_FRAMES_PER_SECOND / 1000)
    minutes, rest = divmod(frames, 60 * CD_FRAMES_PER_SECOND)
    seconds, frame = divmod(rest, CD_FRAMES_PER_SECOND)
    return f"{minutes:02d}:{seconds:02d}:{frame:02d}"


def _cue_quote(text: object) -> str:
    """A cue string has no escape for `"`, so use typographic quotes instead."""
    return '"' + _one_line(str(text)).replace('"', "\u201d") + '"'


def write_cue(folder: Path, manifest: dict) -> Path:
    """`<slug>.cue`: the full-book MP3 as tracks, for players that read cue sheets
    but not ID3 chapters (foobar2000, older hardware)."""
    author = manifest.get("author", "")
    out = []
    if manifest.get("narrator"):
        out.append(f"REM NARRATOR {_cue_quote(manifest['narrator'])}")
    if manifest.get("generator"):
        out.append(f"REM COMMENT {_cue_quote(manifest['generator'])}")
    out += [
        f"PERFORMER {_cue_quote(author)}",
        f"TITLE {_cue_quote(manifest.get('title', ''))}",
        f"FILE {_cue_quote(manifest['full_book'])} MP3",
    ]
    for number, chapter in enumerate(_chapters(manifest), start=1):
        out += [
            f"  TRACK {number:02d} AUDIO",
            f"    TITLE {_cue_quote(chapter['title'])}",
            f"    PERFORMER {_cue_quote(author)}",
            f"    INDEX 01 {cue_time(int(chapter['start_ms']))}",
        ]
    return _write_text(folder / f"{book_slug(manifest)}.cue", "\n".join(out) + "\n")


# ---------------------------------------------------------------- web player


def json_for_html(data: object) -> str:
    """JSON that is safe inside a <script> element: no `<`, `>` or `&` as such.

    The parser ends a script element at the first `</script`, whatever JSON
    thinks, so a manuscript holding `</script><script>…` would otherwise
    become markup. The `\\u003c` forms mean the same to JSON.parse.
    """
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    for char, escape in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026")):
        text = text.replace(char, escape)
    return text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def player_data(folder: Path, manifest: Mapping) -> dict:
    """What the player needs, and nothing more: no voice settings or loudness."""
    cover = next((name for name in COVER_NAMES if (folder / name).is_file()), None)
    chapters = []
    for chapter in _chapters(manifest):
        chapters.append(
            {
                "title": str(chapter["title"]),
                "file": str(chapter["file"]),
                "start_ms": int(chapter["start_ms"]),
                "duration_ms": int(chapter["end_ms"]) - int(chapter["start_ms"]),
                "segments": [
                    {
                        "kind": str(seg.get("kind", "text")),
                        "text": str(seg.get("text", "")),
                        "start_ms": int(seg["start_ms"]),
                        "end_ms": int(seg["end_ms"]),
                    }
                    for seg in chapter.get("segments", [])
                ],
            }
        )
    return {
        "key": book_slug(manifest),
        "title": str(manifest.get("title", "")),
        "author": str(manifest.get("author", "")),
        "narrator": str(manifest.get("narrator") or ""),
        "language": str(manifest.get("language") or "en"),
        "duration_ms": sum(c["duration_ms"] for c in chapters),
        "cover": cover,
        "chapters": chapters,
    }


def _asset(name: str) -> str:
    return (resources.files("audiobook.publish") / "player" / name).read_text(encoding="utf-8")


def write_player(folder: Path, manifest: dict) -> Path:
    """`index.html` with `player.js` and `player.css`: a read-along player for any browser.

    The book's data sits in index.html as inline JSON, so the page works
    from a file:// URL, where a browser refuses to fetch a JSON file, as well
    as over HTTP. It plays the chapter MP3s beside it and asks for nothing
    else. The script shows manuscript text with textContent only.
    """
    data = player_data(folder, manifest)
    values = {
        "title": html.escape(data["title"]),
        "lang": html.escape(data["language"]),
        "book": json_for_html(data),
    }
    page = re.sub(r"\{\{(\w+)\}\}", lambda m: values[m.group(1)], _asset("index.html"))
    for name in PLAYER_ASSETS:
        _write_text(folder / name, _asset(name))
    return _write_text(folder / "index.html", page)


def write_listening_extras(
    folder: Path,
    manifest: dict | None = None,
    *,
    m4b: bool = True,
    cover: bytes | None = None,
    tags: Mapping[str, object] | None = None,
) -> list[Path]:
    """Every writer above in one call, for the pipeline and for old builds."""
    manifest = manifest if manifest is not None else read_manifest(folder)
    written = [*write_captions(folder, manifest)]
    written.append(write_playlist(folder, manifest))
    written.append(write_cue(folder, manifest))
    written.append(write_player(folder, manifest))
    if m4b:
        written.append(write_m4b(folder, manifest, cover=cover, tags=tags))
    return written
