"""The shared cache behind an fsspec URL: entries whole, checked on read, shared by workers."""

from __future__ import annotations

import hashlib

import numpy as np
import pytest

from audiobook.build.pipeline import build_catalog, cache_location
from audiobook.speech.cache import RemoteSegmentCache, open_cache, segments_in
from audiobook.speech.engines.base import Speech, WordMark

fsspec = pytest.importorskip("fsspec")


def _speech() -> Speech:
    pcm = (np.sin(np.arange(2205) / 7) * 9000).astype(np.int16)
    return Speech(pcm=pcm, sample_rate=22050, words=(WordMark(0, 3, 0), WordMark(4, 5, 40)))


def test_a_memory_url_cache_round_trips_and_drops_a_damaged_entry(tmp_path):
    cache = open_cache("memory://shared/book-cache/segments")
    assert isinstance(cache, RemoteSegmentCache) and cache.one_put
    key = "ab" + "0" * 62
    assert not cache.has(key) and cache.get(key) is None
    cache.put(key, _speech())
    got = cache.get(key)
    assert cache.has(key) and np.array_equal(got.pcm, _speech().pcm)
    assert got.words == _speech().words and cache.info().entries == 1
    fs = fsspec.filesystem("memory")
    path = "/shared/book-cache/segments/ab/" + key + ".seg"
    blob = fs.cat_file(path)
    fs.pipe_file(path, blob[:-40] + b"x" + blob[-39:])  # one byte flipped in the audio
    assert cache.get(key) is None and not cache.has(key)  # found, removed, not used
    src = tmp_path / "part.mp3"
    src.write_bytes(b"frames")
    cache.send("chapters", src)
    dest = tmp_path / "store" / "part.mp3"
    assert cache.fetch("chapters", "part.mp3", dest) and dest.read_bytes() == b"frames"
    assert not cache.fetch("chapters", "gone.mp3", tmp_path / "store" / "gone.mp3")
    assert cache.clear() == 0 and cache.info().entries == 0


def test_cache_locations_keep_folders_as_folders_and_urls_as_urls(tmp_path):
    assert cache_location(f"file://{tmp_path}") == str(tmp_path.resolve())
    assert cache_location("s3://bucket/prefix/") == "s3://bucket/prefix"
    assert type(segments_in(str(tmp_path))).__name__ == "SegmentCache"  # plain file code
    with pytest.raises(Exception, match="two slashes"):
        cache_location("s3:/bucket/prefix")


def test_a_build_through_an_fsspec_cache_is_byte_identical(tmp_path, make_book):
    """`local://` goes through fsspec (temporary name, then moved), across the
    engine's worker processes, and gives the same files as a folder cache."""
    text = '# Tide\n\n## Ebb\n\nThe water went out past the rocks. "Look," she said.\n'
    book = make_book({"book.md": text})
    out_a, out_b = tmp_path / "a", tmp_path / "b"
    (a,) = build_catalog([book], out_a, cache_dir=tmp_path / "folder", jobs=2)
    url = f"local://{tmp_path}/remote"
    (b,) = build_catalog([book], out_b, cache_dir=url, jobs=2)
    for result in (a, b):
        assert not isinstance(result, Exception), result

    def digests(folder):
        return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir()}

    assert digests(out_a) == digests(out_b)
    assert list((tmp_path / "remote" / "segments").glob("*/*.seg"))
    assert not list((tmp_path / "remote" / "segments").glob("*/*.tmp"))
