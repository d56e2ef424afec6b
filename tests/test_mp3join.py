"""Joining MP3s by their frames, on real LAME files read back with mutagen and ffmpeg."""

from __future__ import annotations

import errno
import os
import subprocess
import wave
from pathlib import Path

import numpy as np
import pytest
from mutagen.id3 import APIC, CHAP, CTOC, ID3, TIT2, CTOCFlags
from mutagen.mp3 import MP3, BitrateMode

from audiobook.audio.mp3join import frame_header, join, layout
from audiobook.errors import ExportError
from audiobook.publish.tags import Tags, tag_full_book
from audiobook.tools import ffmpeg_path

from decoding import decode

RATE = 44100
FRAME = 1152
PARTS = ((440.0, 0.8), (1500.0, 1.6), (440.0, 1.1))
"""(Hz, seconds) of each part: the middle one stands out by its pitch."""


def write_wav(path: Path, samples: np.ndarray, rate: int = 22050) -> Path:
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes((samples * 32767).astype("<i2").tobytes())
    return path


def sine(freq: float, seconds: float, rate: int = 22050) -> np.ndarray:
    return 0.3 * np.sin(2 * np.pi * freq * np.arange(round(seconds * rate)) / rate)


def encode(wav: Path, mp3: Path, *options: str) -> Path:
    """An MP3 as the build makes them: LAME CBR, 44.1 kHz, an Info frame, no tags."""
    subprocess.run(
        [
            ffmpeg_path(), "-v", "error", "-y", "-i", str(wav), "-ar", str(RATE),
            "-c:a", "libmp3lame", "-b:a", "192k", *options,
            "-write_xing", "1", "-fflags", "+bitexact", "-flags:a", "+bitexact",
            "-map_metadata", "-1", "-id3v2_version", "0", str(mp3),
        ],
        check=True,
    )  # fmt: skip
    return mp3


def dominant_hz(samples: np.ndarray) -> float:
    spectrum = np.abs(np.fft.rfft(samples * np.hanning(len(samples))))
    return float(np.argmax(spectrum) * RATE / len(samples))


@pytest.fixture(scope="module")
def parts(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    folder = tmp_path_factory.mktemp("parts")
    return [
        encode(write_wav(folder / f"{i}.wav", sine(hz, s)), folder / f"{i}.mp3")
        for i, (hz, s) in enumerate(PARTS)
    ]


@pytest.fixture(scope="module")
def joined(parts: list[Path], tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[int]]:
    dest = tmp_path_factory.mktemp("joined") / "book.mp3"
    return dest, join(parts, dest)


def test_joined_file_is_cbr_with_every_frame_counted(parts, joined) -> None:
    dest, frames = joined
    # The counts agree with the durations mutagen gives each part (what the
    # build's chapter marks are made of), so a chapter mark lands on its part.
    assert frames == [round(MP3(str(p)).info.length * RATE / FRAME) for p in parts]
    assert all(n > 0 for n in frames)
    info = MP3(str(dest)).info
    assert info.length == pytest.approx(sum(frames) * FRAME / RATE, abs=0.001)
    assert info.bitrate_mode == BitrateMode.CBR
    assert round(info.bitrate, -3) == 192000  # mean bytes per frame: 191,99x bps
    assert (info.sample_rate, info.channels) == (RATE, 1)
    assert layout(dest).frames == sum(frames)


def test_ffmpeg_decodes_the_joined_file_whole(joined) -> None:
    dest, frames = joined
    samples = decode(dest, quiet=True)  # fails on any decoder message
    assert abs(len(samples) - sum(frames) * FRAME) <= FRAME


def test_each_part_starts_where_the_frame_counts_say(parts, joined) -> None:
    dest, frames = joined
    whole = decode(dest)
    start, end = frames[0] * FRAME, (frames[0] + frames[1]) * FRAME
    window = 4096
    assert dominant_hz(whole[start - 2 * window : start - window]) == pytest.approx(440, abs=15)
    assert dominant_hz(whole[start + 2048 : start + 2048 + window]) == pytest.approx(1500, abs=15)
    assert dominant_hz(whole[end + 2048 : end + 2048 + window]) == pytest.approx(440, abs=15)
    # To the sample: the middle part alone, decoded the same way (our own
    # join of one file, so no LAME header trims it), matches its stretch of
    # the whole once past the first frame, where the decoder's filter memory
    # still holds the end of the part before.
    alone_mp3 = dest.with_name("alone.mp3")
    join([parts[1]], alone_mp3)
    alone = decode(alone_mp3)
    assert len(alone) == frames[1] * FRAME
    assert np.abs(whole[start + FRAME : end] - alone[FRAME:]).max() < 1e-3


def test_chapter_tags_can_be_written_afterwards(joined, tmp_path: Path) -> None:
    dest, frames = joined
    tagged = tmp_path / "tagged.mp3"
    tagged.write_bytes(dest.read_bytes())
    tags = Tags(book="B", author="A", narrator="N", genre="Audiobook", language="en")
    cut = round(frames[0] * FRAME / RATE * 1000)
    tag_full_book(tagged, tags, [("One", 0, cut), ("Two", cut, cut + 500)])
    chaps = ID3(str(tagged)).getall("CHAP")
    assert [(c.element_id, c.start_time) for c in chaps] == [("chp1", 0), ("chp2", cut)]
    assert MP3(str(tagged)).info.length == MP3(str(dest)).info.length
    assert layout(tagged).frames == sum(frames)


def test_tags_on_the_parts_do_not_reach_the_join(parts, joined, tmp_path: Path) -> None:
    tagged = []
    for i, part in enumerate(parts):
        copy = tmp_path / part.name
        copy.write_bytes(part.read_bytes())
        id3 = ID3()
        id3.add(TIT2(encoding=3, text=[f"Part {i}"]))
        # A cover full of sync-like bytes: the tag must be skipped by its size.
        cover = b"\xff\xd8\xff\xe0" + bytes([0xFF, 0xFB, 0xB0, 0xC4] * 5000)
        id3.add(APIC(encoding=3, mime="image/jpeg", type=3, desc="Cover", data=cover))
        id3.add(CTOC(element_id="toc", flags=CTOCFlags.TOP_LEVEL, child_element_ids=["c"]))
        id3.add(CHAP(element_id="c", start_time=0, end_time=100, sub_frames=[]))
        id3.save(str(copy), v1=2, v2_version=3)  # v1=2: an ID3v1 tag at the end too
        assert copy.read_bytes()[-128:].startswith(b"TAG")
        tagged.append(copy)
    dest = tmp_path / "from-tagged.mp3"
    assert join(tagged, dest) == joined[1]
    assert dest.read_bytes() == joined[0].read_bytes()


def test_the_same_parts_give_the_same_bytes(parts, joined, tmp_path: Path) -> None:
    again = tmp_path / "again.mp3"
    join(parts, again)
    assert again.read_bytes() == joined[0].read_bytes()


def test_counting_frames_by_their_headers_agrees_with_the_info_frame(parts, tmp_path: Path) -> None:
    for part in parts:
        found = layout(part)
        bare = tmp_path / f"bare-{part.name}"
        bare.write_bytes(part.read_bytes()[found.audio_start :])  # no Info frame
        walked = layout(bare)
        assert (walked.frames, walked.audio_start) == (found.frames, 0)
        assert walked.audio_end == found.audio_end - found.audio_start


def test_without_sendfile_the_copy_gives_the_same_bytes(
    parts, joined, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*args: object) -> int:
        raise OSError(errno.EINVAL, "sendfile does not work here")

    monkeypatch.setattr(os, "sendfile", refuse)
    again = tmp_path / "again.mp3"
    join(parts, again)
    assert again.read_bytes() == joined[0].read_bytes()


def test_the_walk_stops_at_a_cut_off_frame_and_at_trailing_junk(parts, tmp_path: Path) -> None:
    found = layout(parts[1])
    body = parts[1].read_bytes()[found.audio_start : found.audio_end]
    cut = tmp_path / "cut.mp3"
    cut.write_bytes(body[:-100])  # the last frame is cut off
    assert layout(cut).frames == found.frames - 1
    junk = tmp_path / "junk.mp3"
    junk.write_bytes(body + b"APETAGEX" + bytes(200))
    walked = layout(junk)
    assert (walked.frames, walked.audio_end) == (found.frames, len(body))


def test_a_different_bit_rate_is_refused(parts, tmp_path: Path) -> None:
    wav = write_wav(tmp_path / "thin.wav", sine(440, 0.5))
    thin = encode(wav, tmp_path / "thin.mp3", "-b:a", "128k")
    dest = tmp_path / "out.mp3"
    with pytest.raises(ExportError, match=r"thin\.mp3: .*128 kbps.*192 kbps"):
        join([parts[0], thin], dest)
    assert not dest.exists()
    assert list(tmp_path.glob(".*")) == []  # no temporary file left behind


def test_a_variable_bit_rate_part_is_refused(parts, tmp_path: Path) -> None:
    wav = write_wav(tmp_path / "v.wav", np.concatenate([sine(440, 0.5), 0.0 * sine(1, 0.5)]))
    vbr = encode(wav, tmp_path / "vbr.mp3", "-q:a", "2")
    with pytest.raises(ExportError, match=r"vbr\.mp3: frame \d+ is .*constant-bit-rate"):
        join([vbr], tmp_path / "out.mp3")


def test_what_is_not_an_mp3_is_named(tmp_path: Path) -> None:
    wav = write_wav(tmp_path / "speech.wav", sine(440, 0.2))
    with pytest.raises(ExportError, match=r"speech\.wav: no MP3 audio frames"):
        join([wav], tmp_path / "out.mp3")
    with pytest.raises(ExportError, match="no MP3 files"):
        join([], tmp_path / "out.mp3")


def test_low_bit_rate_stereo_gets_an_info_frame_that_fits(tmp_path: Path) -> None:
    # 32 kbps stereo frames (104 bytes) cannot hold the Info tag (156 bytes).
    low = ("-ac", "2", "-b:a", "32k")
    wavs = [write_wav(tmp_path / f"{i}.wav", sine(300 + 100 * i, 0.6)) for i in range(2)]
    mp3s = [encode(wav, wav.with_suffix(".mp3"), *low) for wav in wavs]
    dest = tmp_path / "low.mp3"
    frames = join(mp3s, dest)
    assert frames == [round(MP3(str(p)).info.length * RATE / FRAME) for p in mp3s]
    info_header = frame_header(dest.read_bytes(), 0)
    assert info_header is not None and info_header.kbps == 48  # the Info frame alone
    info = MP3(str(dest)).info
    assert info.length == pytest.approx(sum(frames) * FRAME / RATE, abs=0.001)
    assert (info.bitrate_mode, info.channels) == (BitrateMode.CBR, 2)
    assert abs(len(decode(dest)) - sum(frames) * FRAME) <= FRAME
