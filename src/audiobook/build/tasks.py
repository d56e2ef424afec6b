"""A book's plan and the functions its tasks run.

Tasks of a book, from first to last:
- `speak`: one run of segments (what one engine call speaks) into the segment cache;
- `part`: a few minutes of a chapter assembled, mastered, encoded and measured
  into the chapter store (the cache), after the speech it holds;
- `file`: a chapter file (or the retail sample) joined from its parts and
  tagged, after its parts; its bytes come back to where the output folder is;
- `book`: the book outputs (full book, qc.json, manifest, M4B, captions,
  playlist, player) written into the staging folder, after every file.

`speak`, `part` and `file` are pure functions of their arguments and the
cache, so they run the same in a thread here or on a cluster worker; `book`
runs where the output folder is.
"""

from __future__ import annotations

import hashlib
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from audiobook.build.plan import Plan, Task
from audiobook.build.produce import (
    SAMPLE_NAME,
    Clock,
    OutputFile,
    Part,
    Run,
    _size,
    _unique_names,
    aac_key,
    join_parts,
    key_of,
    plan_parts,
    plan_sample,
    render_part,
)
from audiobook.config import BookConfig
from audiobook.errors import EngineError
from audiobook.models import ScriptChapter
from audiobook.publish.tags import Tags, tag_chapter
from audiobook.speech.cache import segments_in
from audiobook.speech.synthesize import MAX_ATTEMPTS, EngineChoice, Job, Unit, _speak_unit

# Rough seconds of work per second of audio, for longest-first ordering only.
SPEAK_COST, PART_COST, FILE_COST, BOOK_COST = 0.01, 0.012, 0.001, 0.01


@dataclass(frozen=True)
class Settings:
    """What the worker-side tasks of one book share: picklable, no open files."""

    config: BookConfig
    cache_root: str  # holds segments/ and chapters/
    engine: EngineChoice = None

    def run(self) -> Run:
        """A Run for the render functions: no staging folder, tags or events on a worker."""
        cache = segments_in(self.cache_root)
        (cache.root.parent / "chapters").mkdir(parents=True, exist_ok=True)
        return Run(self.config, cache, None, None, 1, self.engine, _ignore, Clock())  # type: ignore[arg-type]


def _ignore(event: object) -> None:
    del event


@dataclass(frozen=True)
class BookLayout:
    """Where each planned file goes: the chapters' file names and the book task's key."""

    names: tuple[str, ...]
    files: tuple[OutputFile, ...]  # chapter files in order, then the sample if any
    file_keys: dict[str, str]  # file name → task key
    book_key: str
    has_sample: bool


def runs_of(row: list[Job]) -> list[Unit]:
    """A chapter's jobs cut into runs: what the engine speaks in one call."""
    units: list[list[Job]] = []
    for job in row:
        if units and job.context and job.context == (*units[-1][-1].context, units[-1][-1].spoken):
            units[-1].append(job)
        else:
            units.append([job])
    return [tuple(u) for u in units]


def _audio_s(jobs: tuple[Job, ...]) -> float:
    return sum(len(j.spoken.split()) * 60 / j.profile.rate for j in jobs)


def tag_key(tags: Tags) -> str:
    """The key of a book's tags, its cover by digest: part of every file's key."""
    return key_of(asdict(tags) | {"cover": hashlib.sha256(tags.cover or b"").hexdigest()})


def plan_book(
    n: int, run: Run, chapters: tuple[ScriptChapter, ...], rows: list[list[Job]], cache_root: str
) -> tuple[Plan, BookLayout]:
    """The plan of book `n` of a catalog: a pure function of its script and settings."""
    settings = Settings(run.config, cache_root, run.engine)
    tasks: list[Task] = []
    speak_of: dict[str, str] = {}  # job key → its speak task
    for row in rows:
        for unit in runs_of(row):
            key = "speak:" + key_of([j.key for j in unit])
            tasks.append(Task(key, "speak", (unit, cache_root, run.engine), (),
                              SPEAK_COST * _audio_s(unit), n))  # fmt: skip
            for job in unit:
                speak_of.setdefault(job.key, key)

    def part_task(part: Part) -> Task:
        inputs = tuple(dict.fromkeys(speak_of[j.key] for j in part.jobs))
        return Task("part:" + part.key, "part", (settings, part), inputs,
                    PART_COST * _size(part) / 1000, n)  # fmt: skip

    names = _unique_names(chapters, max(2, len(str(len(chapters)))))
    tags = run.tags
    tags_key = tag_key(tags)
    files: list[OutputFile] = []
    for chapter, row, name in zip(chapters, rows, names, strict=True):
        parts = plan_parts(run, chapter, row)
        file_key = key_of([p.key for p in parts], tags_key, chapter.title, chapter.index,
                          len(chapters))  # fmt: skip
        files.append(OutputFile(name, file_key, tuple(parts), chapter.title, chapter.index,
                                len(chapters)))  # fmt: skip
    has_sample = run.config.output.sample
    if has_sample:
        part, key = plan_sample(run, chapters, rows)
        files.append(OutputFile(SAMPLE_NAME, key, (part,), f"{tags.book} (retail sample)", 1, 1))
    file_keys: dict[str, str] = {}
    book_cost = 0.0
    for file in files:
        for part in file.parts:
            tasks.append(part_task(part))
        cost = FILE_COST * sum(_size(p) for p in file.parts) / 1000
        book_cost += BOOK_COST * sum(_size(p) for p in file.parts) / 1000
        key = f"file:{n}:{file.key}"
        file_keys[file.name] = key
        inputs = tuple(dict.fromkeys("part:" + p.key for p in file.parts))
        tasks.append(Task(key, "file", (settings, file, tags), inputs, cost, n))
    book_key = f"book:{n}:" + key_of(sorted(f.key for f in files))
    tasks.append(Task(book_key, "book", (n,), tuple(file_keys.values()), book_cost, n, local=True))
    layout = BookLayout(tuple(names), tuple(files), file_keys, book_key, has_sample)
    return Plan.of(tasks), layout


def speak(args: tuple[Any, ...], inputs: dict[str, Any]) -> float:
    """Speak a run's missing segments into the cache (three tries); seconds of audio spoken.

    Like the local pool, only the first to the last missing segment is spoken,
    after the text before it in its run, so the audio is what the whole run gives.
    """
    del inputs
    unit, cache_root, engine = args
    cache = segments_in(cache_root)
    missing = [i for i, job in enumerate(unit) if not cache.has(job.key)]
    if not missing:
        return 0.0
    wanted = unit[missing[0] : missing[-1] + 1]
    problem = ""
    for _ in range(MAX_ATTEMPTS):
        status, value, failed_at = _speak_unit(wanted, cache, engine, None)
        if status == "done":
            return float(value) / 1000  # type: ignore[arg-type]
        problem = f"{value}"
    job = wanted[failed_at]
    quoted = job.text if len(job.text) <= 80 else job.text[:77] + "…"
    raise EngineError(f'{job.where} failed {MAX_ATTEMPTS} times ({problem}): "{quoted}"')


def render(args: tuple[Any, ...], inputs: dict[str, Any]) -> str:
    """Make a part's MP3 in the chapter store (kept there if already made); its key."""
    del inputs
    settings, part = args
    run = settings.run()
    if not pull_part(run, part):
        render_part(run, part)
        push_part(run, part)
    return part.key


def _part_files(run: Run, part: Part) -> list[str]:
    """The chapter-store entries of a part, the marker (its meta) last."""
    coded = aac_key(run, part)
    aac = [] if coded is None else [f"{coded}.aac", f"{coded}.aac.json"]
    return [*aac, f"{part.key}.mp3", f"{part.key}.json"]


def pull_part(run: Run, part: Part, aac_only: bool = False) -> bool:
    """Whether the part's entries are in this machine's chapter store, fetched from a
    cache URL if need be (a folder cache is the store itself)."""
    store = run.chapter_store
    names = _part_files(run, part)
    if aac_only:
        names = [n for n in names if ".aac" in n]
    return all(run.cache.fetch("chapters", n, store / n) for n in names)


def push_part(run: Run, part: Part) -> None:
    """Publish a part just made here to a cache URL's chapter store (metas last)."""
    for name in _part_files(run, part):
        run.cache.send("chapters", run.chapter_store / name)


def join(args: tuple[Any, ...], inputs: dict[str, Any]) -> tuple[bytes, dict]:
    """A chapter file's bytes, joined from its parts and tagged, and its info.

    Parts missing from the store (a cache that is not shared, an entry lost)
    are made again here, so the file is right wherever it is joined.
    """
    del inputs
    settings, file, tags = args
    run = settings.run()
    for part in file.parts:
        pull_part(run, part)
    made = [render_part(run, part) for part in file.parts]
    with tempfile.TemporaryDirectory(prefix="audiobook-join-") as folder:
        dest = Path(folder) / file.name
        info = join_parts(made, dest, settings.config.output.profile)
        tag_chapter(dest, tags, file.title, file.track, file.total)
        return dest.read_bytes(), info
