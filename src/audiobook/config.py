"""`book.toml` and voice profiles, loaded into typed dataclasses once.

Every problem in a file is collected and reported together, each naming the
key and its line, so a person fixes the file in one pass.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from audiobook.errors import ConfigError


@dataclass(frozen=True)
class Pauses:
    """Pause lengths in milliseconds (studio editing norms, see DOMAIN.md)."""

    sentence_ms: int = 500
    paragraph_ms: int = 1000
    heading_ms: int = 1500
    scene_break_ms: int = 2500
    clause_ms: int = 250
    credits_ms: int = 1500
    head_ms: int = 750
    tail_ms: int = 2000


@dataclass(frozen=True)
class Output:
    """What to write and how: MP3 settings and the mastering profile."""

    bitrate_kbps: int = 192
    sample_rate: int = 44100
    profile: str = "acx"
    full_book: bool = True
    sample: bool = True
    m4b: bool = True
    m4b_bitrate_kbps: int = 64
    captions: bool = True  # WebVTT and SRT, per chapter and for the whole book
    player: bool = True  # index.html: a read-along web player that works offline
    playlist: bool = True  # playlist.m3u8 and a .cue sheet
    epub: bool = True  # <slug>.epub: the text with EPUB 3 Media Overlays (read-along)


@dataclass(frozen=True)
class ChapterDecl:
    """A chapter declared in book.toml by the paragraph it starts with."""

    title: str
    starts_with: str


@dataclass(frozen=True)
class BookConfig:
    """Everything `book.toml` can say. Defaults make a bare .txt buildable."""

    title: str | None = None
    author: str | None = None
    narrator: str = "audiobook (eSpeak NG)"
    language: str | None = None  # None: from the file's metadata, else detected
    manuscript: str | tuple[str, ...] | None = None  # a file, or a list (one chapter each)
    cover: str | None = None
    genre: str = "Audiobook"
    year: str | None = None
    voice: str = "narrator"
    unattributed_dialogue: str = "narrator"  # or "last": the last named speaker
    chapters: tuple[ChapterDecl, ...] = ()
    pauses: Pauses = field(default_factory=Pauses)
    output: Output = field(default_factory=Output)
    pronounce: dict[str, str] = field(default_factory=dict)
    cast: dict[str, str] = field(default_factory=dict)  # character name → voice profile
    source: Path | None = None


@dataclass(frozen=True)
class VoiceProfile:
    """A named voice: which engine, which of its voices, and how it speaks."""

    name: str
    engine: str = "pyttsx3"
    voice: str = "gmw/en-us"
    rate: int = 155
    pitch: int = 50
    volume: float = 1.0
    credit: str | None = None  # "Narrated by …" when this voice reads the whole book
    source: Path | None = None

    def key(self) -> dict[str, Any]:
        """The fields that change the audio (the cache key uses them)."""
        return {
            "engine": self.engine,
            "voice": self.voice,
            "rate": self.rate,
            "pitch": self.pitch,
            "volume": self.volume,
        }


def _line_of(text: str, key: str) -> str:
    """'line N' of the first `key =` or `[key]` in a TOML text, for error messages."""
    pattern = re.compile(rf"^\s*(\[+\s*)?\"?{re.escape(key)}\"?\s*(=|\])", re.MULTILINE)
    match = pattern.search(text)
    if not match:
        return ""
    return f" (line {text.count(chr(10), 0, match.start()) + 1})"


def _read_toml(path: Path) -> tuple[dict[str, Any], str]:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read ({exc.strerror})") from exc
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path}: not UTF-8 text; save it as UTF-8") from exc
    try:
        return tomllib.loads(text), text
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from exc


_TYPES: dict[type, tuple[type, ...]] = {
    int: (int,),
    float: (int, float),
    str: (str,),
    bool: (bool,),
}


def _check_table(
    table: dict[str, Any], cls: type, where: str, text: str, problems: list[str]
) -> dict[str, Any]:
    """Keep the known keys of `table` whose values have the right type."""
    hints = {f.name: f.type for f in fields(cls)}
    kept: dict[str, Any] = {}
    for key, value in table.items():
        if key not in hints or key == "source":
            valid = ", ".join(sorted(k for k in hints if k != "source"))
            problems.append(f"unknown key '{where}{key}'{_line_of(text, key)}; valid keys: {valid}")
            continue
        expected = {"int": int, "float": float, "str": str, "bool": bool}.get(
            str(hints[key]).replace("str | None", "str")
        )
        if expected is None:
            kept[key] = value
            continue
        ok = isinstance(value, _TYPES[expected]) and not (
            expected is not bool and isinstance(value, bool)
        )
        if not ok:
            problems.append(
                f"'{where}{key}'{_line_of(text, key)} must be {expected.__name__}, "
                f"not {type(value).__name__}"
            )
            continue
        kept[key] = value
    return kept


def load_book_config(path: Path) -> BookConfig:
    """Load and validate a `book.toml`; raise one ConfigError listing every problem."""
    data, text = _read_toml(path)
    problems: list[str] = []
    top = {k: v for k, v in data.items() if not isinstance(v, dict | list)}
    kept = _check_table(top, BookConfig, "", text, problems)
    parts = data.get("manuscript")
    if isinstance(parts, list):
        if parts and all(isinstance(p, str) and p.strip() for p in parts):
            kept["manuscript"] = tuple(parts)
        else:
            problems.append(
                f"'manuscript'{_line_of(text, 'manuscript')} must be a file name or a list of them"
            )

    pauses = Pauses(
        **_check_table(_table(data, "pauses", text, problems), Pauses, "pauses.", text, problems)
    )
    output = Output(
        **_check_table(_table(data, "output", text, problems), Output, "output.", text, problems)
    )
    cast = {}
    for name, voice in _table(data, "cast", text, problems).items():
        if isinstance(voice, str) and voice.strip():
            cast[name] = voice.strip()
        else:
            problems.append(f"'cast.{name}'{_line_of(text, name)} must name a voice profile")
    pronounce = {}
    for word, said in _table(data, "pronounce", text, problems).items():
        if isinstance(said, str) and said.strip():
            pronounce[word] = said
        else:
            problems.append(f"'pronounce.{word}'{_line_of(text, word)} must be a non-empty string")

    chapters: list[ChapterDecl] = []
    raw_chapters = data.get("chapters", [])
    if not isinstance(raw_chapters, list):
        problems.append(f"'chapters'{_line_of(text, 'chapters')} must be an array of tables")
        raw_chapters = []
    for i, item in enumerate(raw_chapters, 1):
        if not isinstance(item, dict):
            problems.append(f"chapter {i}{_line_of(text, 'chapters')} must be a table")
            continue
        extra = set(item) - {"title", "starts_with"}
        if extra:
            problems.append(
                f"chapter {i}: unknown key '{sorted(extra)[0]}'"
                f"{_line_of(text, sorted(extra)[0])}; valid keys: starts_with, title"
            )
        title, start = item.get("title"), item.get("starts_with")
        if not isinstance(title, str) or not title.strip():
            problems.append(
                f"chapter {i}{_line_of(text, 'title')}: 'title' must be a non-empty string"
            )
        elif not isinstance(start, str) or not start.strip():
            problems.append(
                f"chapter {i} '{title}': 'starts_with' must quote the start of its first paragraph"
            )
        else:
            chapters.append(ChapterDecl(title.strip(), start.strip()))

    for key, value in data.items():
        if isinstance(value, list) and key not in {"chapters", "manuscript"}:
            problems.append(f"unknown key '{key}'{_line_of(text, key)}")
        if isinstance(value, dict) and key not in {"pauses", "output", "pronounce", "cast"}:
            problems.append(
                f"unknown table '[{key}]'{_line_of(text, key)}; "
                "valid tables: cast, output, pauses, pronounce"
            )
    for name, value in vars(pauses).items():
        if not 0 <= value <= 10_000:
            problems.append(f"'pauses.{name}'{_line_of(text, name)} must be 0–10000 ms")
    if kept.get("unattributed_dialogue", "narrator") not in {"narrator", "last"}:
        problems.append(
            f"'unattributed_dialogue'{_line_of(text, 'unattributed_dialogue')} must be "
            '"narrator" or "last"'
        )
    if output.profile not in {"acx", "podcast", "raw"}:
        problems.append(f"'output.profile'{_line_of(text, 'profile')} must be acx, podcast or raw")
    if output.bitrate_kbps not in {128, 160, 192, 224, 256, 320}:
        problems.append(
            f"'output.bitrate_kbps'{_line_of(text, 'bitrate_kbps')} must be 128–320 (192 for ACX)"
        )
    if output.sample_rate not in {22050, 44100, 48000}:
        problems.append(
            f"'output.sample_rate'{_line_of(text, 'sample_rate')} must be 22050, 44100 or 48000"
        )

    if problems:
        raise ConfigError(f"{path}: " + "; ".join(problems))
    return BookConfig(
        **kept,
        chapters=tuple(chapters),
        pauses=pauses,
        output=output,
        pronounce=pronounce,
        cast=cast,
        source=path,
    )


def _table(data: dict[str, Any], name: str, text: str, problems: list[str]) -> dict[str, Any]:
    value = data.get(name, {})
    if not isinstance(value, dict):
        problems.append(f"'{name}'{_line_of(text, name)} must be a table [{name}]")
        return {}
    return value


def voice_dirs(book_dir: Path | None = None) -> list[Path]:
    """Where voice profiles live: the book's own `voices/`, then the project's."""
    dirs = []
    if book_dir is not None:
        dirs.append(book_dir / "voices")
    dirs.append(resource_dir("voices"))
    return dirs


def resource_dir(name: str) -> Path:
    """The project's top-level `voices/` or `audio/` folder.

    In a source checkout they sit beside `src/`; in a wheel they are packed
    inside the package as `_voices`/`_audio`.
    """
    here = Path(__file__).resolve().parent
    checkout = here.parents[1] / name
    if checkout.is_dir():
        return checkout
    return here / f"_{name}"


def load_voice(name: str, book_dir: Path | None = None) -> VoiceProfile:
    """Find `name.toml` among the voice folders and load it."""
    for folder in voice_dirs(book_dir):
        path = folder / f"{name}.toml"
        if path.is_file():
            return _load_voice_file(path)
    known = sorted({p.stem for d in voice_dirs(book_dir) if d.is_dir() for p in d.glob("*.toml")})
    import difflib

    close = difflib.get_close_matches(name, known, n=3)
    hint = f"did you mean {', '.join(close)}?" if close else f"known profiles: {', '.join(known)}"
    raise ConfigError(f"unknown voice profile '{name}'; {hint}")


def _load_voice_file(path: Path) -> VoiceProfile:
    data, text = _read_toml(path)
    problems: list[str] = []
    kept = _check_table(data, VoiceProfile, "", text, problems)
    kept.setdefault("name", path.stem)
    rate, volume = kept.get("rate", 155), kept.get("volume", 1.0)
    if not 80 <= rate <= 450:
        problems.append(f"'rate'{_line_of(text, 'rate')} must be 80–450 words a minute")
    if not 0.0 < volume <= 1.0:
        problems.append(f"'volume'{_line_of(text, 'volume')} must be above 0 and at most 1")
    if not 0 <= kept.get("pitch", 50) <= 99:
        problems.append(f"'pitch'{_line_of(text, 'pitch')} must be 0–99")
    if problems:
        raise ConfigError(f"{path}: " + "; ".join(problems))
    return VoiceProfile(**kept, source=path)
