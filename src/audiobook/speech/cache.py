"""A content-addressed cache of rendered segments.

The key hashes everything that changes the audio — the text as spoken, the
voice profile's audible settings, the engine's name and version, and, for an
engine that carries state (espeak-ng), the text it speaks before the segment
in the same run — so an edited paragraph misses and everything else hits.
Entries are written to a temporary name and renamed into place (two builds
can share one cache), and carry a SHA-256 of their content, so a truncated or
corrupted entry is found on read, deleted and re-synthesised, never used.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import struct
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from audiobook.config import VoiceProfile
from audiobook.files import write_atomic
from audiobook.keys import content_key
from audiobook.speech.engines.base import Speech, WordMark

_MAGIC = b"ABSEG1\0\0"
_FORMAT = 1


def default_cache_dir() -> Path:
    """The user's cache folder (XDG on Linux), overridable by AUDIOBOOK_CACHE.

    It holds `segments/`, `chapters/` and `scripts/`. Releases before this one
    put all three inside `audiobook/segments/`; that layout is moved up here
    once, so no cached speech is lost or rendered twice.
    """
    override = os.environ.get("AUDIOBOOK_CACHE")
    if override:
        return Path(override)
    from platformdirs import user_cache_dir

    root = Path(user_cache_dir("audiobook"))
    with contextlib.suppress(OSError):  # another build moving it at the same moment
        _move_old_layout(root)
    return root


def _move_old_layout(root: Path) -> None:
    """Move `root/segments/{segments,chapters,scripts}` (the old, doubled layout) up a level."""
    old = root / "segments"
    if not (old / "segments").is_dir():
        return
    for name in ("chapters", "scripts"):
        if (old / name).is_dir() and not (root / name).exists():
            os.replace(old / name, root / name)
        shutil.rmtree(old / name, ignore_errors=True)
    for shard in (old / "segments").iterdir():
        if not (old / shard.name).exists():
            os.replace(shard, old / shard.name)
    shutil.rmtree(old / "segments", ignore_errors=True)


def segment_key(
    spoken: str, profile: VoiceProfile, engine_version: str, context: tuple[str, ...] = ()
) -> str:
    """The cache key of one utterance; `context` is what the engine says before it in its run."""
    fields = {"format": _FORMAT, "text": spoken, "voice": profile.key(), "engine": engine_version}
    if context:
        fields["context"] = list(context)
    return content_key(fields)


@dataclass(frozen=True)
class CacheInfo:
    path: Path
    entries: int
    bytes: int


class SegmentCache:
    """Rendered segments on disk, one file per key."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    def path_for(self, key: str) -> Path:
        return self.root / key[:2] / f"{key}.seg"

    def has(self, key: str) -> bool:
        return self.path_for(key).is_file()

    def get(self, key: str) -> Speech | None:
        """The entry, or None when absent or damaged (a damaged one is removed)."""
        path = self.path_for(key)
        try:
            blob = path.read_bytes()
        except FileNotFoundError:
            return None
        speech = _decode(blob)
        if speech is None:
            path.unlink(missing_ok=True)
        return speech

    def put(self, key: str, speech: Speech) -> Path:
        """Write atomically: a reader sees the whole entry or none."""
        return write_atomic(self.path_for(key), _encode(speech))

    def info(self) -> CacheInfo:
        entries = list(self.root.glob("*/*.seg")) if self.root.is_dir() else []
        return CacheInfo(self.root, len(entries), sum(p.stat().st_size for p in entries))

    def clear(self) -> int:
        count = self.info().entries
        if self.root.is_dir():
            shutil.rmtree(self.root)
        return count


def _encode(speech: Speech) -> bytes:
    meta = json.dumps(
        {
            "rate": speech.sample_rate,
            "words": [[w.char_start, w.char_len, w.ms] for w in speech.words],
        }
    ).encode()
    body = _MAGIC + struct.pack("<I", len(meta)) + meta + speech.pcm.astype("<i2").tobytes()
    return body + hashlib.sha256(body).digest()


def _decode(blob: bytes) -> Speech | None:
    if len(blob) < len(_MAGIC) + 4 + 32 or not blob.startswith(_MAGIC):
        return None
    body, digest = blob[:-32], blob[-32:]
    if hashlib.sha256(body).digest() != digest:
        return None
    (meta_len,) = struct.unpack_from("<I", body, len(_MAGIC))
    start = len(_MAGIC) + 4
    try:
        meta = json.loads(body[start : start + meta_len])
    except ValueError:
        return None
    pcm = np.frombuffer(body[start + meta_len :], dtype="<i2").astype(np.int16)
    words = tuple(WordMark(*w) for w in meta.get("words", []))
    return Speech(pcm=pcm, sample_rate=int(meta["rate"]), words=words)
