"""The playlist of the chapter files (`playlist.m3u8`) and a cue sheet for the
full-book MP3 (`<book>.cue`), for car stereos and desktop players."""

from __future__ import annotations

from pathlib import Path

from audiobook.errors import counted
from audiobook.publish.manifest import book_slug, chapters_of, one_line, write_text

CD_FRAMES_PER_SECOND = 75  # a cue sheet counts time in CD frames


def write_playlist(folder: Path, manifest: dict) -> Path:
    """`playlist.m3u8`: the chapter files in order, for players and car stereos.

    UTF-8 (the `.m3u8` suffix says so), relative names so the folder can
    move, whole seconds in #EXTINF because older players read no fraction.
    """
    out = ["#EXTM3U", f"#PLAYLIST:{one_line(manifest.get('title', ''))}"]
    for chapter in chapters_of(manifest):
        seconds = round((int(chapter["end_ms"]) - int(chapter["start_ms"])) / 1000)
        name = str(chapter["file"])
        if name.startswith("#"):  # would read as a comment line
            name = f"./{name}"
        out += [f"#EXTINF:{seconds},{one_line(chapter['title'])}", name]
    return write_text(folder / "playlist.m3u8", "\n".join(out) + "\n")


def cue_time(ms: int) -> str:
    """A cue sheet's `mm:ss:ff`, 75 frames a second; minutes go past 99 for long books."""
    frames = round(max(0, int(ms)) * CD_FRAMES_PER_SECOND / 1000)
    minutes, rest = divmod(frames, 60 * CD_FRAMES_PER_SECOND)
    seconds, frame = divmod(rest, CD_FRAMES_PER_SECOND)
    return f"{minutes:02d}:{seconds:02d}:{frame:02d}"


def _cue_quote(text: object) -> str:
    """A cue string has no escape for `"`, so typographic quotes stand for them, opening
    and closing in turn ("The "Quoted" One" → "The “Quoted” One")."""
    parts = one_line(str(text)).split('"')
    said = parts[0] + "".join(
        ("\u201c" if n % 2 == 0 else "\u201d") + part for n, part in enumerate(parts[1:])
    )
    return f'"{said}"'


MAX_CUE_TRACKS = 99
"""The cue sheet format numbers tracks 01 to 99; a longer book's last track holds the rest."""


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
    chapters = chapters_of(manifest)
    for number, chapter in enumerate(chapters[:MAX_CUE_TRACKS], start=1):
        title = chapter["title"]
        if number == MAX_CUE_TRACKS and len(chapters) > MAX_CUE_TRACKS:
            after = len(chapters) - MAX_CUE_TRACKS
            title = f"{title} (and the {counted(after, 'chapter')} after it)"
        out += [
            f"  TRACK {number:02d} AUDIO",
            f"    TITLE {_cue_quote(title)}",
            f"    PERFORMER {_cue_quote(author)}",
            f"    INDEX 01 {cue_time(int(chapter['start_ms']))}",
        ]
    return write_text(folder / f"{book_slug(manifest)}.cue", "\n".join(out) + "\n")
