"""A content-addressed cache of rendered segments.

The key hashes everything that changes the audio — the text as spoken, the
voice profile's audible settings, the engine's name and version, and, for an
engine that carries state (espeak-ng), the text it speaks before the segment
in the same run — so an edited paragraph misses and everything else hits.
Entries are written to a temporary name and renamed into place (two builds
can share one cache), and carry a SHA-256 of their content, so a truncated or
corrupted entry is found on read, deleted and re-synthesised, never used.

The cache may also live behind an fsspec URL (`s3://bucket/prefix`, `gcs://…`,
`memory://…`) so the machines of a cluster share it without a shared file
system: segments and chapter parts are kept there, while the per-machine
helpers (scripts, EPUB pieces) stay in this machine's cache folder. A folder
or `file://` URL always uses the plain file code below.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import struct
import tempfile
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

import numpy as np

try:
    import fcntl
except ImportError:  # not on Windows: builds and clears there take no lock
    fcntl = None  # type: ignore[assignment]

from audiobook.config import VoiceProfile
from audiobook.errors import AudiobookError
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
    if override and not is_url(override):  # a URL is the shared cache: see cache_setting
        return Path(override)
    from platformdirs import user_cache_dir

    root = Path(user_cache_dir("audiobook"))
    with contextlib.suppress(OSError):  # another build moving it at the same moment
        _move_old_layout(root)
    return root


def cache_setting() -> str | Path:
    """The cache root a build uses by default: AUDIOBOOK_CACHE (a folder or a URL) or
    the user's cache folder."""
    override = os.environ.get("AUDIOBOOK_CACHE")
    return override if override and is_url(override) else default_cache_dir()


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

    @property
    def location(self) -> str:
        """What `open_cache` takes to open this cache again in another process."""
        return str(self.root)

    def fetch(self, folder: str, name: str, dest: Path) -> bool:
        """Copy a sibling store's entry (`chapters/NAME`) to `dest`; whether it exists.

        A folder cache is its own store (`dest` is already the entry), so this
        only says whether the file is there.
        """
        del folder, name
        return dest.is_file()

    def send(self, folder: str, src: Path) -> None:
        """Publish a local file to a sibling store (nothing to do for a folder cache)."""
        del folder, src

    def info(self) -> CacheInfo:
        entries = list(self.root.glob("*/*.seg")) if self.root.is_dir() else []
        return CacheInfo(self.root, len(entries), sum(p.stat().st_size for p in entries))

    def clear(self) -> int:
        count = self.info().entries
        if self.root.is_dir():
            shutil.rmtree(self.root)
        return count


# Stores where one PUT of a whole object is atomic: a reader sees all of it or nothing.
_OBJECT_STORES = {"s3", "s3a", "gs", "gcs", "az", "abfs", "abfss", "adl", "memory", "oss", "r2"}


def is_url(where: str) -> bool:
    """Whether `where` names an fsspec location rather than a folder (`file://` is a folder)."""
    return "://" in where and not where.startswith("file:")


def open_cache(location: str) -> SegmentCache:
    """The segment cache at a folder path or an fsspec URL (`SegmentCache.location`)."""
    if is_url(location):
        return RemoteSegmentCache(location)
    return SegmentCache(Path(location))


class CacheError(AudiobookError):
    """The cache folder cannot be used."""


def cache_folder(root: Path) -> Path:
    """`root` as a cache folder this process can write (made if missing), or one line
    saying which setting to change: a build reaching a cache that is a file or a
    read-only place failed on some inner path, without saying it was the cache."""
    fix = "point --cache or AUDIOBOOK_CACHE at a folder you can write"
    if root.exists() and not root.is_dir():
        raise CacheError(f"the cache {root} is a file; {fix}")
    try:
        root.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=root):
            pass
    except OSError as exc:
        raise CacheError(f"cannot use {root} as the cache ({exc.strerror or exc}); {fix}") from exc
    return root


_IN_USE = ".in-use"  # the lock file a build holds in a cache folder


def hold(root: str) -> BinaryIO | None:
    """A shared lock on the cache folder `root`, which a build keeps for its whole run
    (close the file to let go; a killed build lets go with its process). Builds share
    it; `clearing` cannot take the folder from under one, which would leave the build
    reading chapter parts and scripts it had just been told were there. An fsspec URL
    has no lock (object stores have no such thing), nor has a system without flock."""
    if is_url(root) or fcntl is None:
        return None
    lock = open(Path(root) / _IN_USE, "ab")  # noqa: SIM115 - held past this call
    fcntl.flock(lock, fcntl.LOCK_SH)  # waits only while a clear runs (a second or so)
    return lock


@contextlib.contextmanager
def clearing(root: Path) -> Iterator[None]:
    """The cache folder `root` held alone while it is emptied, or one line saying a
    build is using it (`hold`): the user clears it again once that build is done."""
    if fcntl is None or not root.is_dir():
        yield
        return
    with open(root / _IN_USE, "ab") as lock:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise CacheError(
                f"the cache {root} is in use by a build; clear it when the build has finished"
            ) from None
        yield


def segments_in(root: str) -> SegmentCache:
    """The segment cache inside a cache root (a folder or an fsspec URL)."""
    if is_url(root):
        return RemoteSegmentCache(root.rstrip("/") + "/segments")
    return SegmentCache(Path(root) / "segments")


class RemoteSegmentCache(SegmentCache):
    """Segments at an fsspec URL; `root` stays this machine's folder for local helpers.

    Entries are written in one piece (a single PUT on object stores, else a
    temporary name moved into place) and verified by their SHA-256 on read,
    exactly as in a folder.
    """

    def __init__(self, url: str, local: Path | None = None) -> None:
        try:
            import fsspec
        except ImportError:
            from audiobook.errors import AudiobookError

            raise AudiobookError(
                f"cache {url}: a cache URL needs fsspec; install it with: "
                "pip install 'audiobook[cluster]' (and the backend, e.g. s3fs)"
            ) from None
        self.url = url.rstrip("/")
        try:
            self.fs, self.base = fsspec.core.url_to_fs(self.url)
        except (ImportError, ValueError) as exc:
            from audiobook.errors import AudiobookError

            raise AudiobookError(
                f"cache {url}: {exc}; install the fsspec backend for this URL"
            ) from None
        self.base = self.base.rstrip("/")
        protocol = self.fs.protocol
        protocols = {protocol} if isinstance(protocol, str) else set(protocol)
        self.one_put = bool(protocols & _OBJECT_STORES)
        super().__init__(local or default_cache_dir() / "segments")

    @property
    def location(self) -> str:
        return self.url

    def _key_path(self, key: str) -> str:
        return f"{self.base}/{key[:2]}/{key}.seg"

    def _sibling(self, folder: str, name: str) -> str:
        return f"{self.base.rsplit('/', 1)[0]}/{folder}/{name}"

    def _write(self, path: str, data: bytes) -> None:
        if self.one_put:
            self.fs.pipe_file(path, data)
            return
        self.fs.makedirs(path.rsplit("/", 1)[0], exist_ok=True)  # folders exist only here
        tmp = f"{path}.{os.getpid()}.{uuid.uuid4().hex[:8]}.tmp"
        self.fs.pipe_file(tmp, data)
        self.fs.mv(tmp, path)

    def has(self, key: str) -> bool:
        return bool(self.fs.exists(self._key_path(key)))

    def get(self, key: str) -> Speech | None:
        path = self._key_path(key)
        try:
            blob = self.fs.cat_file(path)
        except FileNotFoundError:
            return None
        speech = _decode(blob)
        if speech is None:
            with contextlib.suppress(FileNotFoundError):
                self.fs.rm_file(path)
        return speech

    def put(self, key: str, speech: Speech) -> Path:
        self._write(self._key_path(key), _encode(speech))
        return self.path_for(key)  # not on this machine: only names the entry

    def fetch(self, folder: str, name: str, dest: Path) -> bool:
        if dest.is_file():
            return True
        try:
            data = self.fs.cat_file(self._sibling(folder, name))
        except FileNotFoundError:
            return False
        write_atomic(dest, data)
        return True

    def send(self, folder: str, src: Path) -> None:
        self._write(self._sibling(folder, src.name), src.read_bytes())

    def info(self) -> CacheInfo:
        try:
            found = self.fs.find(self.base, detail=True)
        except FileNotFoundError:
            found = {}
        sizes = [int(v.get("size") or 0) for k, v in found.items() if k.endswith(".seg")]
        return CacheInfo(Path(self.url), len(sizes), sum(sizes))

    def clear(self) -> int:
        count = self.info().entries
        if count and self.fs.exists(self.base):
            self.fs.rm(self.base, recursive=True)
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
