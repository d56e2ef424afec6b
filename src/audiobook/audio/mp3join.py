"""Join constant-bit-rate MP3 files by copying their frames: no decoding, no ffmpeg.

The build joins many MP3s (a chapter's parts, the chapters into the full
book). ffmpeg's concat demuxer moves them packet by packet through its
threaded pipeline, a thread hand-off per 26 ms frame; here each input's
frames are one byte range, copied in a few large blocks.

An input is an MP3 as LAME writes it (ffmpeg's libmp3lame with `-write_xing
1`): maybe an ID3v2 tag, a Xing/"Info" frame that holds no audio, the audio
frames, maybe a 128-byte ID3v1 tag. The tags and the Info frame are skipped;
the frames are copied as they are. Each input's frame count comes from its
Info frame when that frame's counts agree with the file, else from walking
the frame headers (which also proves every frame has the same bit rate).

The output is one new "Info" frame (frame count, byte count, a CBR seek
table) and then every input's frames, in order. The Info frame carries no
LAME extension on purpose: its encoder delay and padding would make players
trim samples at the start and end of the whole file, while the joined parts
keep their own delay and padding in the middle, where nothing trims them. So
every frame is heard, and a part starts exactly at (frames before it) ×
(samples per frame): the times `join` hands back are exact.

Frames are joined as they are: the first frame LAME writes takes no bits from
the frames before it (its bit reservoir starts empty), so a part decodes the
same after another part as alone, but for its first frame, which the
decoder's filter memory blends with the end of the part before (the encoder's
padding: near silence).
"""

from __future__ import annotations

import errno
import logging
import mmap
import os
import struct
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, NamedTuple

from audiobook.errors import ExportError
from audiobook.files import atomic_path

logger = logging.getLogger(__name__)

COPY_BLOCK = 8 * 1024 * 1024
"""Bytes copied per read and write: a one-hour chapter is about ten of them."""

_L3_KBPS = {
    1: (0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320),
    2: (0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160),
}
_RATES = {3: (44100, 48000, 32000), 2: (22050, 24000, 16000), 0: (11025, 12000, 8000)}
_VERSIONS = {3: "MPEG-1", 2: "MPEG-2", 0: "MPEG-2.5"}
_MODES = ("stereo", "joint stereo", "dual channel", "mono")

_STREAM_BITS = 0xFFFEFCC0
"""Header bits every frame of a joined file shares: version, layer, bit rate, rate, mode."""
_PADDING_BIT = 0x200
_HEADER = struct.Struct(">I")
_NO_CRC_BIT = 0x10000
_MODE_EXTENSION_BITS = 0x30
_BITRATE_SHIFT = 12

_XING_FRAMES, _XING_BYTES, _XING_TOC = 1, 2, 4
_CBR_TOC = bytes(i * 256 // 100 for i in range(100))
"""The Xing seek table of a constant bit rate: i % of the time is i % of the bytes."""
_NO_SENDFILE = {errno.EINVAL, errno.ENOSYS, errno.ENOTSOCK, errno.EOPNOTSUPP, errno.EXDEV}
"""sendfile's errors that mean "not here": the copy then goes through Python instead."""
_RESYNC_BYTES = 65536
"""How far past the ID3v2 tag we look for the first frame, over junk or padding."""


class FrameHeader(NamedTuple):
    """An MPEG-1/2/2.5 Layer III frame header: its 32 bits and what they mean."""

    bits: int
    kbps: int
    sample_rate: int
    length: int
    """Bytes, header and padding included."""
    samples: int
    """Per channel: 1152 for MPEG-1, 576 for MPEG-2 and 2.5."""

    @property
    def mono(self) -> bool:
        return (self.bits >> 6) & 3 == 3

    @property
    def channels(self) -> int:
        return 1 if self.mono else 2

    @property
    def padding(self) -> int:
        return 1 if self.bits & _PADDING_BIT else 0

    @property
    def stream(self) -> int:
        """The bits two frames must share to be joined: equal means same format."""
        return self.bits & _STREAM_BITS

    @property
    def xing_offset(self) -> int:
        """Where a Xing/Info tag starts: after the header and the side information."""
        if self.samples == 1152:
            return 4 + (17 if self.mono else 32)
        return 4 + (9 if self.mono else 17)

    def describe(self) -> str:
        """E.g. "MPEG-1 Layer III, 192 kbps, 44100 Hz, mono", for error messages."""
        version = _VERSIONS[(self.bits >> 19) & 3]
        mode = _MODES[(self.bits >> 6) & 3]
        return f"{version} Layer III, {self.kbps} kbps, {self.sample_rate} Hz, {mode}"


Bytes = bytes | mmap.mmap
"""A whole file's bytes: read into memory, or mapped (what `layout` does)."""


def frame_header(data: Bytes, pos: int) -> FrameHeader | None:
    """The MPEG-1/2/2.5 Layer III frame header at `pos`; None if there is none."""
    if pos + 4 > len(data) or data[pos] != 0xFF or data[pos + 1] & 0xE0 != 0xE0:
        return None
    bits = int.from_bytes(data[pos : pos + 4], "big")
    version = (bits >> 19) & 3
    layer = (bits >> 17) & 3
    bitrate_index = (bits >> _BITRATE_SHIFT) & 15
    rate_index = (bits >> 10) & 3
    if version == 1 or layer != 1 or rate_index == 3 or bitrate_index in (0, 15):
        return None
    mpeg1 = version == 3
    kbps = _L3_KBPS[1 if mpeg1 else 2][bitrate_index]
    rate = _RATES[version][rate_index]
    padding = 1 if bits & _PADDING_BIT else 0
    length = (144000 if mpeg1 else 72000) * kbps // rate + padding
    return FrameHeader(bits, kbps, rate, length, 1152 if mpeg1 else 576)


def after_id3v2(data: Bytes) -> int:
    """Where the audio may start: past every ID3v2 tag at the head (some tools stack them)."""
    pos = 0
    while data[pos : pos + 3] == b"ID3" and pos + 10 <= len(data):
        size = (data[pos + 6] << 21) | (data[pos + 7] << 14) | (data[pos + 8] << 7) | data[pos + 9]
        pos += 10 + size + (10 if data[pos + 5] & 0x10 else 0)  # the footer flag
    return pos


def first_frame(data: Bytes, pos: int) -> int | None:
    """The first frame at or after `pos`, within 64 KiB; None if there is none.

    A sync word is trusted only when another frame header follows its frame,
    so a stray 0xFF in junk or tag padding is not taken for audio.
    """
    limit = min(len(data), pos + _RESYNC_BYTES)
    while 0 <= pos < limit:
        header = frame_header(data, pos)
        if header is not None and frame_header(data, pos + header.length) is not None:
            return pos
        pos = data.find(b"\xff", pos + 1, limit)
    return None


@dataclass(frozen=True)
class Mp3Layout:
    """Where an MP3's audio frames are, and how many: what joining it needs.

    `audio_start`..`audio_end` is the byte range of the audio frames, tags
    and the Xing/Info frame left out. `header` is the first audio frame's.
    """

    header: FrameHeader
    frames: int
    audio_start: int
    audio_end: int

    @property
    def sample_rate(self) -> int:
        return self.header.sample_rate

    @property
    def channels(self) -> int:
        return self.header.channels

    @property
    def samples_per_frame(self) -> int:
        return self.header.samples


def layout(path: Path) -> Mp3Layout:
    """The audio frames of the MP3 at `path`; ExportError if it has none.

    The file is mapped, not read: only its headers are touched, unless its
    frames have to be counted one by one.
    """
    try:
        with path.open("rb") as file:
            if os.fstat(file.fileno()).st_size == 0:
                raise ExportError(f"{path}: empty file, not an MP3")
            with mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ) as data:
                return _layout(data, path)
    except OSError as exc:
        raise ExportError(f"{path}: cannot read ({exc.strerror})") from exc


def _layout(data: Bytes, path: Path) -> Mp3Layout:
    start = first_frame(data, after_id3v2(data))
    if start is None:
        raise ExportError(f"{path}: no MP3 audio frames found")
    end = len(data)
    if end - start >= 128 and data[end - 128 : end - 125] == b"TAG":
        end -= 128  # ID3v1
    first = frame_header(data, start)
    assert first is not None  # first_frame found one there
    xing = _read_xing(data, start, first)
    audio_start = start if xing is None else start + first.length
    header = frame_header(data, audio_start)
    if header is None or audio_start + header.length > end:
        raise ExportError(f"{path}: no MP3 audio frames after its Info frame")
    frames = _trusted_count(xing, header, start, audio_start, end)
    if frames is None:
        frames, end = _walk(data, path, header, audio_start, end)
    return Mp3Layout(header, frames, audio_start, end)


class _Xing(NamedTuple):
    tag: bytes
    frames: int | None
    bytes: int | None


def _read_xing(data: Bytes, pos: int, header: FrameHeader) -> _Xing | None:
    """The Xing/Info tag of the frame at `pos`; None if that frame is audio."""
    at = pos + header.xing_offset
    tag = data[at : at + 4]
    if tag not in (b"Xing", b"Info") or at + 8 > pos + header.length:
        return None
    flags = int.from_bytes(data[at + 4 : at + 8], "big")
    frames = count = None
    at += 8
    if flags & _XING_FRAMES:
        frames = int.from_bytes(data[at : at + 4], "big")
        at += 4
    if flags & _XING_BYTES:
        count = int.from_bytes(data[at : at + 4], "big")
    return _Xing(tag, frames, count)


def _trusted_count(
    xing: _Xing | None, header: FrameHeader, start: int, audio_start: int, end: int
) -> int | None:
    """The Info frame's frame count, if it agrees with the file; None means count them.

    Only "Info" (LAME's mark of constant bit rate) is trusted; "Xing" marks
    a variable bit rate, which the walk then finds and refuses. The counts
    must fit the file: the byte count ends where the audio does, and the
    audio bytes are `frames` frames of this bit rate, some padded by a byte.
    """
    if xing is None or xing.tag != b"Info" or xing.frames is None or xing.bytes is None:
        return None
    if start + xing.bytes != end:
        return None
    padded = (end - audio_start) - xing.frames * (header.length - header.padding)
    return xing.frames if 0 <= padded <= xing.frames else None


def _walk(data: Bytes, path: Path, first: FrameHeader, pos: int, end: int) -> tuple[int, int]:
    """(frames, end of the last whole frame), walking every header from `pos`.

    Stops at the first byte that is not a frame (trailing junk, an APE tag, a
    cut-off last frame). A frame of another format or bit rate is an error.
    Our own parts carry no Info frame, so every part of the book is walked:
    a frame that shares `first`'s stream bits is known valid and its length
    is `first`'s but for the padding bit, so only other frames are parsed.
    """
    stream, unpadded = first.stream, first.length - first.padding
    unpack = _HEADER.unpack_from
    frames = 0
    while pos + 4 <= end:
        (bits,) = unpack(data, pos)
        if bits & _STREAM_BITS == stream:
            length = unpadded + (1 if bits & _PADDING_BIT else 0)
        else:
            header = frame_header(data, pos)
            if header is None:
                break
            raise ExportError(
                f"{path}: frame {frames + 1} is {header.describe()}, the first is "
                f"{first.describe()}; only constant-bit-rate MP3s can be joined"
            )
        if pos + length > end:
            break
        frames += 1
        pos += length
    return frames, pos


def join(parts: list[Path], dest: Path) -> list[int]:
    """Write `parts`' audio frames, in order, to `dest`; each part's frame count.

    A part starts at (frames of the parts before it) × `samples_per_frame`
    samples into `dest`, exactly: the counts are for callers that place
    chapter marks. Every part must have the same format and bit rate
    (ExportError naming the first that differs). `dest` gets no tags; it is
    written under a temporary name and renamed, so it is whole or absent.
    """
    if not parts:
        raise ExportError(f"{dest}: no MP3 files to join")
    layouts = [layout(part) for part in parts]
    first = layouts[0].header
    for part, found in zip(parts, layouts, strict=True):
        if found.header.stream != first.stream:
            raise ExportError(
                f"{part}: {found.header.describe()}, but {parts[0].name} is "
                f"{first.describe()}; MP3s join only when both match"
            )
    frames = sum(found.frames for found in layouts)
    info = _info_frame(first, frames, sum(f.audio_end - f.audio_start for f in layouts))
    try:
        with atomic_path(dest) as tmp, tmp.open("wb") as out:
            out.write(info)
            for part, found in zip(parts, layouts, strict=True):
                with part.open("rb") as src:
                    _copy_range(src, out, found.audio_start, found.audio_end, part)
    except OSError as exc:
        raise ExportError(f"cannot write {dest}: {exc.strerror or exc}") from exc
    logger.debug("joined %d MP3s, %d frames, into %s", len(parts), frames, dest)
    return [found.frames for found in layouts]


def _info_frame(header: FrameHeader, frames: int, audio_bytes: int) -> bytes:
    """A LAME-style "Info" frame for `frames` frames of `audio_bytes` bytes like `header`'s.

    Same header bits (no CRC, no padding), silent side information, then
    the tag: "Info", flags (frames, bytes, seek table), the frame count
    (audio frames only), the byte count (this frame included) and the CBR
    seek table. No LAME extension: see the module docstring. At very low
    bit rates a frame is too short for the tag; then, as LAME does, the
    next bit rate that holds it is used for this frame alone.
    """
    bits = (header.bits | _NO_CRC_BIT) & ~(_PADDING_BIT | _MODE_EXTENSION_BITS)
    tag_end = header.xing_offset + 16 + len(_CBR_TOC)
    bitrate_index = (bits >> _BITRATE_SHIFT) & 15
    candidates = (
        frame_header((bits & ~(15 << _BITRATE_SHIFT) | i << _BITRATE_SHIFT).to_bytes(4, "big"), 0)
        for i in range(bitrate_index, 15)
    )
    own = next(c for c in candidates if c is not None and c.length >= tag_end)
    total = own.length + audio_bytes
    if total > 0xFFFFFFFF:
        raise ExportError(f"{total} bytes of MP3 is more than an Info frame can count (4 GiB)")
    flags = _XING_FRAMES | _XING_BYTES | _XING_TOC
    tag = b"Info" + struct.pack(">III", flags, frames, total) + _CBR_TOC
    frame = own.bits.to_bytes(4, "big") + bytes(header.xing_offset - 4) + tag
    return frame + bytes(own.length - len(frame))


def _copy_range(src: BinaryIO, out: BinaryIO, start: int, end: int, path: Path) -> None:
    """Copy bytes `start`..`end` of `src` to `out`.

    In the kernel where it can (sendfile, file to file on Linux): the full
    book is every chapter's bytes again, and a copy through Python's buffers
    costs a second per few hundred megabytes. Elsewhere, in large blocks.
    """
    out.flush()
    offset = start
    if hasattr(os, "sendfile"):
        try:
            while offset < end:
                count = min(COPY_BLOCK, end - offset)
                sent = os.sendfile(out.fileno(), src.fileno(), offset, count)
                if sent == 0:
                    raise ExportError(f"{path}: the file got shorter while being joined")
                offset += sent
            return
        except OSError as exc:  # e.g. not between two files on this system
            if offset != start or exc.errno not in _NO_SENDFILE:
                raise
    src.seek(start)
    remaining = end - start
    while remaining > 0:
        block = src.read(min(COPY_BLOCK, remaining))
        if not block:
            raise ExportError(f"{path}: the file got shorter while being joined")
        out.write(block)
        remaining -= len(block)
