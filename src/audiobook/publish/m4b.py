"""The M4B of a build: the chapters' stored AAC frames joined, never encoded again.

Each chapter part's AAC was encoded from the mastered PCM beside its MP3
(`audio.aac`) and lasts exactly as long as it, so the M4B is the parts' ADTS
frames laid end to end, put into MP4 by ffmpeg with `-c copy`: an edit
re-encodes only the parts it touched, and nothing is decoded. A chapter mark is
placed by counting frames (1,024 samples each) before the chapter's first
part, which is where the MP3 book puts it too: the marks equal the manifest's
chapter starts to the millisecond. The file has no edit list; its timeline is
the MP3 book's, codec delay at the start included, so a position in one is
the same moment in the other.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
import tempfile
from collections.abc import Mapping, Sequence
from pathlib import Path

from audiobook.audio.aac import AAC_FRAME
from audiobook.build.staging import atomic_path
from audiobook.errors import ExportError
from audiobook.publish.listen import _BITEXACT, _ffmetadata, _image_suffix
from audiobook.publish.tags import _LANG3
from audiobook.tools import ffmpeg_path, run_ffmpeg

log = logging.getLogger(__name__)

ChapterParts = Sequence[tuple[Path, int]]
"""A chapter's AAC parts in order: (ADTS file, its frame count)."""


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

    `tags` as in `listen.write_m4b` (`asdict(Tags)` works as is). The bytes
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
        boxed = work_dir / "book.m4a"  # into MP4 first: from ADTS, ffmpeg garbles the chapters
        _box([path for parts in chapters for path, _ in parts], boxed)
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


def _box(parts: list[Path], dest: Path) -> None:
    """The parts' ADTS frames, in order, streamed through one ffmpeg into MP4 at `dest`.

    ADTS frames stand alone, so the parts join as bytes; they go through a pipe,
    never into a joined copy on disk.
    """
    cmd = [ffmpeg_path(), "-hide_banner", "-nostdin", "-loglevel", "error", "-f", "aac",
           "-i", "pipe:0", "-c:a", "copy", *_BITEXACT, "-f", "mp4", "-y", str(dest)]  # fmt: skip
    with tempfile.TemporaryFile() as errors:
        try:
            proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stderr=errors)
        except OSError as exc:
            raise ExportError(f"cannot run ffmpeg for the M4B: {exc}") from exc
        assert proc.stdin is not None
        try:
            for path in parts:
                with path.open("rb") as part:
                    shutil.copyfileobj(part, proc.stdin, 1 << 20)
            proc.stdin.close()
        except OSError:
            proc.kill()  # ffmpeg stopped reading: its own message says why
        except BaseException:
            proc.kill()
            proc.wait()
            raise
        if proc.wait() != 0:
            errors.seek(0)
            lines = errors.read().decode(errors="replace").strip().splitlines()
            reason = lines[-1] if lines else f"exit code {proc.returncode}"
            raise ExportError(f"ffmpeg failed putting the AAC audio into MP4: {reason}")
