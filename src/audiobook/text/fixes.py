"""Per-segment fixes from a book folder's `fixes.toml`: what one sentence is spoken as.

A fix names its segment by a stable identity — the chapter number and a hash
of the segment's manuscript text (with an occurrence number when the same
sentence appears twice in a chapter) — not by its position, so editing other
sentences, or adding paragraphs before it, leaves the fix attached to the
right sentence; when a chapter added or removed before it renumbers its
chapter, the fix finds its sentence again by its `text`. A fix whose sentence
is gone is reported and ignored: one stale line must not stop a whole book.
The file is plain TOML a person can read and diff; the studio writes it, and
every `audiobook build` applies it.

    [[fix]]
    segment = "2:5be1f0c2a4d7"          # chapter 2, this sentence (the key)
    text = "Outside, the wind rose."    # the manuscript's words, for the reader
    spoken = "Outside, the wind rows."  # what the engine says instead
    voice = "female"                    # a voice profile for this sentence
"""

from __future__ import annotations

import hashlib
import logging
import re
from dataclasses import dataclass, replace
from pathlib import Path

from audiobook.config import _read_toml, load_voice, toml_positions
from audiobook.errors import ConfigError
from audiobook.models import ScriptChapter, Segment

FIXES_FILE = "fixes.toml"
SPOKEN_LIMIT = 2000  # characters; or ten times the sentence's own, when that is more
_TAG = re.compile(r"</?[A-Za-z][^<>]*>|<!--|<\?")

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Fix:
    """One segment's override: its spoken text, its voice profile, or both."""

    segment: str
    text: str = ""
    spoken: str | None = None
    voice: str | None = None


def segment_ids(chapter: ScriptChapter) -> list[str]:
    """The stable identity of each of `chapter`'s segments, in order."""
    seen: dict[str, int] = {}
    ids = []
    for seg in chapter.segments:
        digest = hashlib.sha256(f"{seg.kind}\0{seg.text}".encode()).hexdigest()[:12]
        seen[digest] = seen.get(digest, 0) + 1
        number = seen[digest]
        ids.append(f"{chapter.index}:{digest}" + (f":{number}" if number > 1 else ""))
    return ids


def spoken_problem(spoken: str, text: str = "") -> str | None:
    """Why `spoken` cannot be one sentence's spoken text (None when it can).

    A fix's words go to the engine as they are, not through the reading rules,
    so two things are refused here: a paste far longer than any sentence (a
    whole chapter in one box would be spoken for hours, and auditioned into a
    WAV of gigabytes), and markup — espeak does not read tags as SSML, it says
    them ("less than b greater than"). "a < b" with spaces is words and stays.
    """
    if not spoken.strip():
        return "the spoken text is empty; type what the narrator should say"
    limit = max(SPOKEN_LIMIT, 10 * len(text))
    if len(spoken) > limit:
        return (
            f"the spoken text is {len(spoken):,} characters, more than {limit:,}; "
            "a fix is one sentence's words: type only what this sentence should say"
        )
    if tag := _TAG.search(spoken):
        return (
            f"the spoken text holds markup ({tag[0][:40]}); write the words as they "
            "should be said; tags are not read"
        )
    return None


def load_fixes(folder: Path, path: Path | None = None) -> dict[str, Fix]:
    """The fixes of the book in `folder` (none without a fixes.toml), validated.

    `path` reads another file as if it were the folder's (the studio checks an
    edit this way before it replaces the real one).
    """
    path = path or folder / FIXES_FILE
    if not path.is_file():
        return {}
    data, text = _read_toml(path)
    problems: list[str] = []
    unknown = set(data) - {"fix"}
    if unknown:
        key = sorted(unknown)[0]
        problems.append(f"unknown key '{key}'{_line_of(text, key)}; write fixes as [[fix]] tables")
    rows = data.get("fix", [])
    if not isinstance(rows, list):
        problems.append(f"'fix'{_line_of(text, 'fix')} must be an array of tables [[fix]]")
        rows = []
    fixes: dict[str, Fix] = {}
    for number, row in enumerate(rows, 1):
        where = f"fix {number}"
        if not isinstance(row, dict):
            problems.append(f"{where} must be a table")
            continue
        extra = set(row) - {"segment", "text", "spoken", "voice"}
        if extra:
            problems.append(
                f"{where}: unknown key '{sorted(extra)[0]}'; "
                "valid keys: segment, spoken, text, voice"
            )
        ident, spoken, voice = row.get("segment"), row.get("spoken"), row.get("voice")
        if not isinstance(ident, str) or ident.count(":") not in (1, 2):
            problems.append(f"{where}: 'segment' must be an id like \"2:5be1f0c2a4d7\"")
            continue
        if spoken is not None and (not isinstance(spoken, str) or not spoken.strip()):
            problems.append(f"{where} ({ident}): 'spoken' must be non-empty text")
            continue
        if spoken is not None and (problem := spoken_problem(spoken, str(row.get("text", "")))):
            problems.append(f"{where} ({ident}): {problem}")
            continue
        if voice is not None:
            if not isinstance(voice, str) or not voice.strip():
                problems.append(f"{where} ({ident}): 'voice' must name a voice profile")
                continue
            try:
                load_voice(voice, folder)
            except ConfigError as exc:
                problems.append(f"{where} ({ident}): {exc}")
                continue
        if spoken is None and voice is None:
            problems.append(f"{where} ({ident}): give 'spoken', 'voice' or both")
            continue
        if ident in fixes:
            problems.append(f"{where}: segment {ident} is fixed twice")
            continue
        fixes[ident] = Fix(ident, str(row.get("text", "")), spoken, voice)
    if problems:
        raise ConfigError(f"{path}: " + "; ".join(problems))
    return fixes


def apply_fixes(
    chapters: tuple[ScriptChapter, ...], fixes: dict[str, Fix]
) -> tuple[ScriptChapter, ...]:
    """The script with each fixed segment's spoken text and voice replaced.

    The manuscript's words (`text`) stay as they are: captions and the
    manifest still show what the author wrote.
    """
    if not fixes:
        return chapters
    idents = [segment_ids(chapter) for chapter in chapters]  # hashed once, used twice
    placed = _placed(chapters, idents, fixes)
    result = []
    for chapter, ids in zip(chapters, idents, strict=True):
        segments: list[Segment] = []
        for ident, seg in zip(ids, chapter.segments, strict=True):
            fix = placed.get(ident)
            if fix is not None:
                seg = replace(seg, spoken=fix.spoken or seg.spoken, voice=fix.voice or seg.voice)
            segments.append(seg)
        result.append(replace(chapter, segments=tuple(segments)))
    used = {fix.segment for fix in placed.values()}
    for ident in sorted(set(fixes) - used):
        log.warning(
            "%s: no segment %s ('%s') in the book any more; the fix is ignored",
            FIXES_FILE, ident, fixes[ident].text[:60],
        )  # fmt: skip
    return tuple(result)


def placed_fixes(chapters: tuple[ScriptChapter, ...], fixes: dict[str, Fix]) -> dict[str, Fix]:
    """{segment id: its fix} for the script as it is now (the studio shows the same).

    A fix whose id is gone but whose `text` is still one segment's words follows
    it (`_reattached`): a chapter added before it renumbers every later chapter,
    and the author's fixes must not be lost to that.
    """
    return _placed(chapters, [segment_ids(chapter) for chapter in chapters], fixes)


def _placed(
    chapters: tuple[ScriptChapter, ...], idents: list[list[str]], fixes: dict[str, Fix]
) -> dict[str, Fix]:
    """`placed_fixes`, given each chapter's segment ids."""
    placed = {ident: fixes[ident] for ids in idents for ident in ids if ident in fixes}
    for fix_id, ident in _reattached(chapters, idents, fixes, set(placed)).items():
        placed[ident] = fixes[fix_id]
    return placed


def _reattached(
    chapters: tuple[ScriptChapter, ...],
    idents: list[list[str]],
    fixes: dict[str, Fix],
    taken: set[str],
) -> dict[str, str]:
    """{fix id: segment id} for fixes whose sentence moved to another chapter.

    Matched by the fix's `text` (spacing aside) against the segments no fix
    names: in the fix's own chapter number first, else anywhere in the book,
    and only when exactly one segment has those words, so a fix never lands
    on the wrong one of two equal sentences.
    """
    lost = [f for ident, f in fixes.items() if ident not in taken and " ".join(f.text.split())]
    if not lost:
        return {}
    by_words: dict[str, list[tuple[int, str]]] = {}
    for chapter, ids in zip(chapters, idents, strict=True):
        for ident, seg in zip(ids, chapter.segments, strict=True):
            if ident not in taken and seg.kind == "text":
                by_words.setdefault(" ".join(seg.text.split()), []).append((chapter.index, ident))
    moved: dict[str, str] = {}
    for fix in lost:
        places = [p for p in by_words.get(" ".join(fix.text.split()), []) if p[1] not in taken]
        home = [p for p in places if str(p[0]) == fix.segment.split(":")[0]]
        pick = home if len(home) == 1 else places
        if len(pick) == 1:
            moved[fix.segment] = pick[0][1]
            taken.add(pick[0][1])
            log.info("%s: fix %s follows its sentence to %s", FIXES_FILE, fix.segment, pick[0][1])
    return moved


def _line_of(text: str, key: str) -> str:
    """' (line N, column M)' of a top-level key in fixes.toml, for error messages."""
    line, column = toml_positions(text).get((key,), (0, 0))
    return f" (line {line}, column {column})" if line else ""
