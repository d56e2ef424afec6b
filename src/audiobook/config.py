"""`book.toml` and voice profiles, declared once as typed dataclasses.

The dataclasses below are the whole schema: each option is one annotated field
(type, default, allowed range), and pydantic checks a file against them. We use
pydantic rather than hand-written checks because it reports *every* problem in
a file in one pass, each with its path (`chapters.1.title`), which we turn into
the key's real line and column in the file; msgspec, the lighter choice, stops
at the first problem. To add an option, add a field (with a comment) to the
right dataclass; nothing else needs to know about it.
"""

from __future__ import annotations

import difflib
import json
import re
import tomllib
from dataclasses import dataclass, field, fields, is_dataclass, replace
from functools import cache
from pathlib import Path
from typing import Annotated, Any, Literal, get_args, get_type_hints

from pydantic import (
    AfterValidator,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
    TypeAdapter,
    ValidationError,
)

from audiobook.errors import ConfigError

_STRICT = ConfigDict(extra="forbid", strict=True)

Ms = Annotated[int, Field(ge=0, le=10_000, description="a whole number of milliseconds, 0–10000")]
Words = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
Said = Annotated[str, StringConstraints(pattern=r"\S")]


def _one_as_list(value: Any) -> Any:
    """`skip = "About"` means what `skip = ["About"]` says: a list of one. (A list comes
    back as a tuple, the type the strict check then wants.)"""
    if isinstance(value, str):
        return (value,)
    return tuple(value) if isinstance(value, list) else value


def _year_as_text(value: Any) -> Any:
    """`year = 2026`, as people write a year, is the text "2026" (true/false are not years)."""
    return str(value) if type(value) is int else value


_YEAR = re.compile(r"\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?")


def _a_year(value: str) -> str:
    """A year as the tags store it: "1923", or a date "1923-04" / "1923-04-09". An ID3
    tag (TDRC) and an EPUB date hold nothing else, so "circa 1900" or -44 would be
    written as an empty date: refused, with the form that works."""
    value = value.strip()
    if not _YEAR.fullmatch(value):
        raise ValueError(f"{value!r} is not a year: write four digits, as 1923 (or 1923-04-09)")
    return value


_ISO_639_1_CODES = (
    "aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu "
    "cv cy da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi "
    "ho hr ht hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks "
    "ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl "
    "nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl "
    "sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve "
    "vi vo wa wo xh yi yo za zh zu iw in ji mo sh"
)
ISO_639_1 = frozenset(_ISO_639_1_CODES.split())
"""Every two-letter language code (ISO 639-1, with the withdrawn iw, in, ji, mo, sh that
old files still carry): a two-letter `language` outside it is a typo, not a language."""
_ISO_639_2_CODES = (
    "aaraa abkab afraf akaak albsq amham araar argan armhy asmas avaav aveae aymay azeaz "
    "bakba bambm baqeu belbe benbn bihbh bisbi bodbo bosbs brebr bulbg burmy catca cescs "
    "chach chece chizh chucu chvcv corkw cosco crecr cymcy czecs danda deude divdv dutnl "
    "dzodz ellel engen epoeo estet euseu eweee faofo fasfa fijfj finfi frafr frefr fryfy "
    "fulff geoka gerde glagd glega glggl glvgv greel grngn gujgu hatht hauha hebhe herhz "
    "hinhi hmoho hrvhr hunhu hyehy iboig iceis idoio iiiii ikuiu ileie inaia indid ipkik "
    "islis itait javjv jpnja kalkl kankn kasks katka kaukr kazkk khmkm kikki kinrw kirky "
    "komkv konkg korko kuakj kurku laolo latla lavlv limli linln litlt ltzlb lublu luglg "
    "macmk mahmh malml maomi marmr mayms mkdmk mlgmg mltmt monmn mrimi msams myamy nauna "
    "navnv nblnr ndend ndong nepne nldnl nnonn nobnb norno nyany ocioc ojioj orior ormom "
    "ossos panpa perfa plipi polpl porpt pusps quequ rohrm ronro rumro runrn rusru sagsg "
    "sansa sinsi slksk slosk slvsl smese smosm snasn sndsd somso sotst spaes sqisq srdsc "
    "srpsr sswss sunsu swasw swesv tahty tamta tattt telte tgktg tgltl thath tibbo tirti "
    "tonto tsntn tsots tuktk turtr twitw uigug ukruk urdur uzbuz venve vievi volvo welcy "
    "wlnwa wolwo xhoxh yidyi yoryo zhaza zhozh zulzu"
)
ISO_639_2 = {entry[:3]: entry[3:] for entry in _ISO_639_2_CODES.split()}
"""Each three-letter code (ISO 639-2, its terminology and bibliographic forms, which ISO
639-3 shares) of a language that has a two-letter one: "eng" en, "fra" and "fre" fr,
"deu" and "ger" de. A book.toml or an EPUB may name its language either way; the voices,
the number words and the tags go by the two-letter code."""


def language_code(tag: str) -> str:
    """A language tag with its three-letter language as the two-letter one we go by
    ("fra" fr, "eng-GB" en-GB, "ger" de); any other tag as it is ("yue", "pt-BR"): a
    three-letter code with no two-letter one (Cantonese's "yue") is a language all the
    same. Norwegian and withdrawn codes become the ones we go by (`_WRITTEN`)."""
    primary, dash, rest = tag.partition("-")
    two = ISO_639_2.get(primary.lower()) if len(primary) == 3 else None
    if (two or primary).lower() in _WRITTEN:
        two = _WRITTEN[(two or primary).lower()]
    return f"{two}{dash}{rest}" if two else tag


_WRITTEN = {"no": "nb", "iw": "he", "in": "id", "ji": "yi", "mo": "ro"}
"""Codes a file may carry for a language we know by another: Norwegian ("no", "nor") is
written in Bokmål ("nb") unless a file says Nynorsk ("nn"), and our voices and number
words go by "nb"; the withdrawn codes of Hebrew, Indonesian, Yiddish and Moldovan by
their current ones."""
_LANGUAGE_TAG = re.compile(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*")
LANGUAGE_NAMES = {
    "bo": "Tibetan", "km": "Khmer", "lo": "Lao", "yi": "Yiddish", "sa": "Sanskrit",
    "mn": "Mongolian", "ps": "Pashto", "dv": "Dhivehi", "syr": "Syriac", "ug": "Uyghur",
    "ti": "Tigrinya", "am": "Amharic", "hy": "Armenian", "ka": "Georgian", "my": "Burmese",
    "si": "Sinhala", "bn": "Bengali", "pa": "Punjabi", "gu": "Gujarati", "or": "Odia",
    "ta": "Tamil", "te": "Telugu", "kn": "Kannada", "ml": "Malayalam", "as": "Assamese",
}  # fmt: skip
"""The names of languages the text's script may tell (`ingest.detect_language`), for the
warning that no voice reads one: "no km voice installed (Khmer)" says what is missing
to a reader who does not know the code."""


def _language_tag(value: str) -> str:
    """Refuse what is no language ("zz", "English"): building it would read the book in an
    English voice, which nobody asked for. A real language with no voice installed
    passes; the build warns of it (`build.pipeline._voice_for_language`). A three-letter
    code with a two-letter one ("fra", "eng", "deu") becomes it (`language_code`): as
    written, no voice would be found for it and the book would be read in English."""
    primary = value.replace("_", "-").split("-")[0].lower()
    if not _LANGUAGE_TAG.fullmatch(value) or (len(primary) == 2 and primary not in ISO_639_1):
        raise ValueError(f"no such language: {value!r}")
    # "pt_BR" as a locale writes it: the tag "pt-BR"; "fra" (ISO 639-2/3) as "fr" is known
    return language_code(value.replace("_", "-"))


Language = Annotated[
    str,
    AfterValidator(_language_tag),
    Field(description='a language code such as "en", "fr" or "pt-BR"'),
]


@dataclass(frozen=True)
class Pauses:
    """Pause lengths in milliseconds, after the norms of studio editing: a breath
    between sentences, a beat between paragraphs, a longer rest at a title or a
    scene break."""

    __pydantic_config__ = _STRICT

    sentence_ms: Ms = 500
    paragraph_ms: Ms = 1000
    heading_ms: Ms = 1500
    scene_break_ms: Ms = 2500
    clause_ms: Ms = 250  # where an over-long sentence is split
    line_ms: Ms = 350  # at a line the author ended: verse, an address (models.LINE_BREAK)
    credits_ms: Ms = 1500
    head_ms: Ms = 750  # room tone before the first word of a file
    tail_ms: Ms = 2000  # and after the last


ProfileName = Literal["acx", "podcast", "raw"]
PROFILE_NAMES: tuple[str, ...] = get_args(ProfileName)
"""The one list of profile names: each is a mastering recipe (`audio.master.PROFILES`)
and the rules the audio check applies (`audio.qc.PROFILES`)."""


@dataclass(frozen=True)
class Output:
    """What to write and how: MP3 settings and the mastering profile."""

    __pydantic_config__ = _STRICT

    bitrate_kbps: Annotated[
        Literal[128, 160, 192, 224, 256, 320],
        Field(description="128, 160, 192, 224, 256 or 320 (192 for ACX)"),
    ] = 192
    sample_rate: Annotated[
        Literal[22050, 44100, 48000], Field(description="22050, 44100 or 48000")
    ] = 44100
    profile: Annotated[ProfileName, Field(description="acx, podcast or raw")] = "acx"
    full_book: bool = True
    sample: bool = True
    m4b: bool = True
    m4b_bitrate_kbps: int = 64
    captions: bool = True  # WebVTT and SRT, per chapter and for the whole book
    player: bool = True  # index.html: a read-along web player that works offline
    playlist: bool = True  # playlist.m3u8 and a .cue sheet
    epub: bool = True  # <slug>.epub: the text with EPUB 3 Media Overlays (read-along)




@dataclass(frozen=True)
class Notes:
    """What happens to footnotes and endnotes (their marks are never spoken).

    "skip" (the default, as most trade audiobooks do: the notes stay in the
    print or PDF edition), "chapter-end" (read after the chapter's text,
    introduced as notes; "end-of-chapter" is the same) or "inline" (read right
    after the sentence that cites them).
    """

    __pydantic_config__ = _STRICT

    mode: Annotated[
        Literal["skip", "chapter-end", "end-of-chapter", "inline"],
        Field(description='"skip", "chapter-end" or "inline"'),
    ] = "skip"

    def __post_init__(self) -> None:
        if self.mode == "end-of-chapter":
            object.__setattr__(self, "mode", "chapter-end")


Headings = Annotated[
    tuple[Annotated[Words, Field(description="a heading or file name")], ...],
    BeforeValidator(_one_as_list),
    Field(description='a list of headings or file names, e.g. skip = ["About"]'),
]


@dataclass(frozen=True)
class TextPolicy:
    """Front and back matter to leave out or keep, beyond the defaults of `text/matter.py`,
    and what becomes of code blocks and tables.

    Entries match a chapter's heading or an EPUB page's file name,
    case-insensitively, with `*` wildcards ("About the Publisher", "ads*.xhtml").
    """

    __pydantic_config__ = _STRICT

    skip: Headings = ()
    keep: Headings = ()
    # Code blocks and tables (text/technical.py): "skip" speaks a one-line mention
    # and lists the block as left out; "read" reads code line by line, tables row by row.
    code: Annotated[Literal["skip", "read"], Field(description='"skip" or "read"')] = "skip"
    tables: Annotated[Literal["skip", "read"], Field(description='"skip" or "read"')] = "skip"


@dataclass(frozen=True)
class ChapterDecl:
    """A chapter declared in book.toml by the paragraph it starts with."""

    __pydantic_config__ = _STRICT

    title: Annotated[Words, Field(description="a non-empty string")]
    starts_with: Annotated[
        Words, Field(description="the first words of the chapter's first paragraph")
    ]


@dataclass(frozen=True)
class BookConfig:
    """Everything `book.toml` can say. Defaults make a bare .txt buildable."""

    __pydantic_config__ = _STRICT

    title: str | None = None
    author: str | None = None
    translator: str | None = None  # "Translated by …" in the credits; wins over the file's
    narrator: str = "audiobook (eSpeak NG)"
    language: Language | None = None  # None: from the file's metadata, else detected
    manuscript: Annotated[  # a file, or a list of files read as one book
        str | Annotated[tuple[Words, ...], Field(min_length=1)] | None,
        Field(description="a file name or a non-empty list of them", union_mode="left_to_right"),
    ] = None
    cover: str | None = None
    genre: str = "Audiobook"
    year: Annotated[
        str | None,
        BeforeValidator(_year_as_text),
        AfterValidator(lambda v: None if v is None else _a_year(v)),
        Field(description="a year of four digits, as 1923 (or a date, 1923-04-09)"),
    ] = None
    voice: str = "narrator"
    # lines nobody is named for: the narrator's voice; "last": the last speaker's; "turns":
    # the other of the last two speakers, as a conversation of two takes turns
    unattributed_dialogue: Annotated[
        Literal["narrator", "last", "turns"], Field(description='"narrator", "last" or "turns"')
    ] = "narrator"
    chapters: tuple[ChapterDecl, ...] = ()
    pauses: Pauses = field(default_factory=Pauses)
    output: Output = field(default_factory=Output)
    pronounce: dict[str, Annotated[Said, Field(description="a non-empty string")]] = field(
        default_factory=dict
    )
    cast: dict[str, Annotated[Words, Field(description="the name of a voice profile")]] = field(
        default_factory=dict
    )  # character name → voice profile
    notes: Notes = field(default_factory=Notes)
    text: TextPolicy = field(default_factory=TextPolicy)
    source: Path | None = None  # the file it was read from (not a key of the file)


@dataclass(frozen=True)
class VoiceProfile:
    """A named voice: which engine, which of its voices, and how it speaks."""

    __pydantic_config__ = _STRICT

    name: str
    engine: str = "pyttsx3"
    voice: str = "gmw/en-us"
    rate: Annotated[
        int, Field(ge=80, le=450, description="a whole number of words a minute, 80–450")
    ] = 155
    pitch: Annotated[int, Field(ge=0, le=99, description="a whole number, 0–99")] = 50
    volume: Annotated[
        float, Field(gt=0.0, le=1.0, description="a number above 0 and at most 1")
    ] = 1.0
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


Loc = tuple[str | int, ...]

_NAME = r"""(?:"[^"]*"|'[^']*'|[A-Za-z0-9_-]+)"""
_HEADER = re.compile(rf"^\s*(\[\[?)\s*({_NAME}(?:\s*\.\s*{_NAME})*)\s*\]\]?\s*(?:#.*)?$")
_KEY = re.compile(rf"^(\s*)({_NAME}(?:\s*\.\s*{_NAME})*)\s*=")


def _key_parts(dotted: str) -> tuple[str, ...]:
    return tuple(p.strip("\"'") for p in re.findall(_NAME, dotted))


def toml_positions(text: str) -> dict[Loc, tuple[int, int]]:
    """Where each key of a TOML text is written: its path → (line, column), 1-based.

    tomllib returns values without positions, so an error could otherwise not
    say where its key is. This follows table headers (`[pauses]`, and
    `[[chapters]]` counted from 0) and `key = value` lines, skipping the insides
    of multi-line strings; callers place a path it lacks at its nearest parent.
    """
    found: dict[Loc, tuple[int, int]] = {}
    table: Loc = ()
    counts: dict[Loc, int] = {}
    open_quotes: str | None = None
    for number, line in enumerate(text.splitlines(), 1):
        if open_quotes:
            if line.count(open_quotes) % 2:
                open_quotes = None
            continue
        if header := _HEADER.match(line):
            parts, column = _key_parts(header.group(2)), line.index("[") + 1
            table = parts
            if header.group(1) == "[[":
                found.setdefault(parts, (number, column))
                counts[parts] = counts.get(parts, -1) + 1
                table = (*parts, counts[parts])
            found.setdefault(table, (number, column))
        elif key := _KEY.match(line):
            found.setdefault((*table, *_key_parts(key.group(2))), (number, len(key.group(1)) + 1))
            rest = line[key.end() :]
            open_quotes = next((q for q in ('"""', "'''") if rest.count(q) % 2), None)
    return found


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
        raise ConfigError(f"{path}: invalid TOML: {exc}{_toml_hint(str(exc), text)}") from exc


_TOML_HINTS = (
    ("Invalid value", "text needs quotes: title = \"My Book\""),
    ("Illegal character '\\n'", "close the quotes on the same line (\"\"\"…\"\"\" spans lines)"),
    ("Cannot overwrite a value", "a key is set twice; keep one"),
    ("Cannot declare", "a table is declared twice; keep one"),
    ("Expected ']'", "close the table's name with ]"),
    ("Expected '=' after a key", "write key = value"),
)
"""What a writer most often got wrong, by tomllib's message."""


def _toml_hint(message: str, text: str) -> str:
    """The offending line as written, and how to mend it when the mistake is a common one."""
    found = re.search(r"at line (\d+)", message)
    lines = text.splitlines()
    shown = line = ""
    if found and 0 < int(found[1]) <= len(lines):
        line = lines[int(found[1]) - 1].strip()
        shown = f" in `{line[:60]}{'…' if len(line) > 60 else ''}`"
    hint = next((h for key, h in _TOML_HINTS if key in message), "")
    bare = re.fullmatch(r"([\w.-]+)\s*=\s*([^\"'\[{#]+?)\s*", line) if shown else None
    if "Invalid value" in message and bare:
        hint = f'text needs quotes: {bare[1]} = "{bare[2]}"'
    return shown + (f"; {hint}" if hint else "")


@cache
def _adapter(cls: type) -> TypeAdapter[Any]:
    return TypeAdapter(cls)


_KINDS = {"int": "an integer", "float": "a number", "bool": "true or false", "string": "a string"}
_TOML_KINDS = (
    (bool, "a boolean"),
    (int, "an integer"),
    (float, "a number"),
    (str, "a string"),
    (list, "an array"),
    (dict, "a table"),
)


def _dataclass_in(hint: Any) -> type | None:
    """The dataclass a field's type holds (`Pauses`, `tuple[ChapterDecl, ...]`), if any."""
    if is_dataclass(hint) and isinstance(hint, type):
        return hint
    return next((found for arg in get_args(hint) if (found := _dataclass_in(arg))), None)


def _description(hint: Any) -> str | None:
    """The `description` declared on a field's type or on the values it holds."""
    for meta in getattr(hint, "__metadata__", ()):
        if getattr(meta, "description", None):
            return str(meta.description)
    return next((found for arg in get_args(hint) if (found := _description(arg))), None)


def _field_at(cls: type, loc: Loc) -> tuple[type, Any]:
    """The dataclass holding the last key of `loc`, and the declared type of that key."""
    owner, hint = cls, None
    for part in loc:
        if isinstance(part, int):
            continue
        declared = get_type_hints(owner, include_extras=True)
        if part not in declared:
            break
        hint = declared[part]
        owner = _dataclass_in(hint) or owner
    return owner, hint


def _problem(cls: type, error: Any, data: dict[str, Any], where: str) -> str:
    """One pydantic error as our one phrase: the key, where it is, what it must be."""
    loc: Loc = error["loc"]
    name = ".".join(str(p + 1) if isinstance(p, int) else p for p in loc)
    owner, hint = _field_at(cls, loc)
    if error["type"] in {"extra_forbidden", "unexpected_keyword_argument"}:
        valid = ", ".join(f.name for f in fields(owner) if f.name != "source")
        return f"unknown key '{name}'{where}; valid keys: {valid}"
    if error["type"] == "missing":
        return f"'{name}'{where} is missing"
    kind = error["type"].removesuffix("_type")
    wanted = _description(hint) or _KINDS.get(kind) or error["msg"].lower()
    if not error["type"].endswith("_type"):
        return f"'{name}'{where} must be {wanted}"
    got = error.get("input")
    got_kind = next((k for t, k in _TOML_KINDS if isinstance(got, t)), "another type")
    return f"'{name}'{where} must be {wanted}, not {got_kind}"


def _key_loc(loc: tuple[Any, ...]) -> Loc:
    """A pydantic error path as a path of keys: without the names pydantic gives a
    union's members (`str`, `tuple[...]`), and without a trailing array index, so
    each key is reported once."""
    keys: list[str | int] = [
        p for p in loc if isinstance(p, int) or not re.search(r"[\[\]|(]|^(str|int|float|bool)$", p)
    ]
    while keys and isinstance(keys[-1], int):
        keys.pop()
    return tuple(keys)


def _validate(cls: type, data: dict[str, Any], path: Path, text: str) -> Any:
    """Check `data` against the dataclass `cls`; one ConfigError naming every problem."""
    positions = toml_positions(text)

    def place(loc: Loc) -> tuple[int, int]:
        """The key's (line, column), or its nearest written parent's."""
        for end in range(len(loc), 0, -1):
            if loc[:end] in positions:
                return positions[loc[:end]]
        return (0, 0)

    def where(loc: Loc) -> str:
        line, column = place(loc)
        return f" (line {line}, column {column})" if line else ""

    errors: list[dict[str, Any]] = []
    if "source" in data:  # filled in by us, never from the file
        errors.append({"type": "extra_forbidden", "loc": ("source",)})
        data = {k: v for k, v in data.items() if k != "source"}
    value = None
    try:
        value = _adapter(cls).validate_json(json.dumps(data, default=str), strict=True)
    except ValidationError as exc:
        errors += [dict(e) for e in exc.errors()]
    problems: dict[Loc, str] = {}
    for error in errors:
        loc = _key_loc(error["loc"])
        problems.setdefault(loc, _problem(cls, {**error, "loc": loc}, data, where(loc)))
    if problems:
        in_file_order = sorted(problems, key=place)
        raise ConfigError(f"{path}: " + "; ".join(problems[loc] for loc in in_file_order))
    return value


def load_book_config(path: Path) -> BookConfig:
    """Load and validate a `book.toml`; raise one ConfigError listing every problem."""
    data, text = _read_toml(path)
    return replace(_validate(BookConfig, data, path, text), source=path)


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
    path = voice_file(name, book_dir)
    if path is None:
        raise ConfigError(unknown_voice(name, book_dir))
    return _load_voice_file(path)


def voice_file(name: str, book_dir: Path | None = None) -> Path | None:
    """The file of the voice profile `name`: the book's own first, then the project's."""
    return next(
        (p for folder in voice_dirs(book_dir) if (p := folder / f"{name}.toml").is_file()), None
    )


def unknown_voice(name: str, book_dir: Path | None = None) -> str:
    """What to say of a profile name that has no file: the close names, else every one."""
    known = sorted({p.stem for d in voice_dirs(book_dir) if d.is_dir() for p in d.glob("*.toml")})
    close = difflib.get_close_matches(name, known, n=3)
    hint = f"did you mean {', '.join(close)}?" if close else f"known profiles: {', '.join(known)}"
    return f"unknown voice profile '{name}'; {hint}"


def check_book_voices(config: BookConfig, book_dir: Path) -> None:
    """Every profile book.toml names (`voice`, each `[cast]` value) has a file; an unknown
    one is an error at the key that names it, with its line (a character the book never
    names included: the name is still wrong)."""
    named = [(("voice",), config.voice), *((("cast", who), v) for who, v in config.cast.items())]
    for key, name in named:
        if voice_file(name, book_dir) is None:
            raise key_problem(config, key, f"names an {unknown_voice(name, book_dir)}")


def key_problem(config: BookConfig, key: Loc, problem: str) -> ConfigError:
    """An error in a book.toml value found after loading (a voice profile, the cover),
    worded as the loader words its own: the file, the key and its line."""
    name = ".".join(str(part) for part in key)
    if config.source is None:
        return ConfigError(f"'{name}' {problem}")
    try:
        text = config.source.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        text = ""
    line, column = toml_positions(text).get(key, (0, 0))
    where = f" (line {line}, column {column})" if line else ""
    return ConfigError(f"{config.source}: '{name}'{where} {problem}")


def _load_voice_file(path: Path) -> VoiceProfile:
    data, text = _read_toml(path)
    profile: VoiceProfile = _validate(VoiceProfile, {"name": path.stem, **data}, path, text)
    return replace(profile, source=path)
