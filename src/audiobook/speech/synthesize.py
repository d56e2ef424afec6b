"""Stage 3, synthesize: speak every segment, in parallel, through the cache.

Segments missing from the cache are handed to a pool of worker processes (one
per core by default, each with its own engine), two units at a time so that a
worker always has its next one waiting. A unit is one segment, or, for an
engine that carries state from one utterance to the next (espeak-ng), a run of
a paragraph's segments spoken by one engine call after the text that precedes
them in their run (`plan_jobs`, `plan_units`). We run the pool ourselves
rather than use concurrent.futures so that we always know which unit each
worker speaks: a worker that overruns its deadline or dies is killed and
replaced, only the unit it was speaking counts a failure, and the one waiting
behind it is simply handed out again. Every result is verified (real audio,
a length that fits its words) before it enters the cache; a segment that fails
three times stops the build with an error that quotes it, or, when the user
asked to keep going, is reported (`Unvoiced`) and left out of the cache, so
the next build tries it again. Results land in the
content-addressed cache, so order is restored simply by reading keys back in
manuscript order, and a killed build resumes from whatever finished.
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing as mp
import os
import signal
import time
from collections import deque
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from multiprocessing.connection import Connection, wait

import numpy as np

from audiobook.config import VoiceProfile
from audiobook.errors import AudiobookError, BuildInterrupted, EngineError, counted
from audiobook.models import ScriptChapter
from audiobook.speech.cache import SegmentCache, open_cache, segment_key
from audiobook.speech.engines import ENGINES, Engine, Speech, get_engine
from audiobook.text.segment import word_count

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 3
# Jobs a worker holds at once: while it speaks one, the next is already in its
# pipe, so it never waits for the parent to wake up and hand it more.
QUEUE_DEPTH = 2


@dataclass(frozen=True)
class Job:
    """One utterance to render: what to say, in which voice, and where it is from."""

    key: str
    spoken: str
    profile: VoiceProfile
    where: str
    text: str
    context: tuple[str, ...] = ()  # what the engine says before it, in the same run
    unvoiced: bool = False  # given up on: spoken for its run's sake, never checked or cached


@dataclass(frozen=True)
class Unvoiced:
    """A segment the engine could not voice after every attempt (kept going past it)."""

    key: str
    where: str
    text: str
    problem: str


Unit = tuple[Job, ...]  # consecutive jobs of one run, spoken by one engine call

# An engine that carries state (espeak-ng) speaks the segments of a paragraph in
# one run, so a fork serves several segments. A run is capped so that repairing
# its last segment never re-speaks more than a few sentences before it.
RUN_MAX = 6


@dataclass(frozen=True)
class Progress:
    """Sent to `on_progress` after every finished segment."""

    done: int
    total: int
    audio_ms: float
    cached: int


EngineChoice = type[Engine] | None


def engine_for(profile: VoiceProfile, override: EngineChoice = None) -> Engine:
    """The engine that speaks `profile` in this process."""
    if override is not None:
        return _instance(override)
    if profile.engine not in ENGINES:
        from audiobook.errors import ConfigError

        raise ConfigError(
            f"{profile.source or profile.name}: unknown engine '{profile.engine}'; "
            f"valid engines: {', '.join(sorted(ENGINES))}"
        )
    return get_engine(profile.engine)


_INSTANCES: dict[type[Engine], Engine] = {}


def _instance(cls: type[Engine]) -> Engine:
    if cls not in _INSTANCES:
        _INSTANCES[cls] = cls()
    return _INSTANCES[cls]


def plan_jobs(
    chapters: tuple[ScriptChapter, ...],
    profiles: dict[str, VoiceProfile],
    override: EngineChoice = None,
) -> list[list[Job]]:
    """The job of every segment, chapter by chapter, in manuscript order.

    With an engine that carries state, consecutive segments of one paragraph
    in one voice form a run (at most RUN_MAX): each job's context is the text
    spoken before it in its run, and is part of its key, so its audio is still
    a pure function of its key.
    """
    engines = {name: engine_for(p, override) for name, p in profiles.items()}
    versions = {name: engines[name].voice_version(p) for name, p in profiles.items()}
    plan = []
    for chapter in chapters:
        row: list[Job] = []
        previous = None
        context: tuple[str, ...] = ()
        for number, seg in enumerate(chapter.segments, 1):
            profile = profiles[seg.voice]
            joins = (
                previous is not None
                and engines[seg.voice].carries_state
                and seg.paragraph >= 0
                and (seg.paragraph, seg.voice) == (previous.paragraph, previous.voice)
                and len(context) < RUN_MAX - 1
            )
            context = (*context, previous.spoken) if joins and previous else ()
            key = segment_key(seg.spoken, profile, versions[seg.voice], context)
            where = f"chapter {chapter.index} '{chapter.title}', segment {number}"
            row.append(Job(key, seg.spoken, profile, where, seg.text, context))
            previous = seg
        plan.append(row)
    return plan


def plan_units(plan: list[list[Job]], missing: set[str]) -> list[Unit]:
    """What to speak: of each run, its first to its last missing job (once per key).

    A unit is spoken after its first job's context, so its audio is exactly
    what a whole run would give; a run with nothing missing is not spoken.
    """
    units: list[Unit] = []
    covered: set[str] = set()

    def close(run: list[Job]) -> None:
        wanted = [i for i, job in enumerate(run) if job.key in missing]
        if wanted and not {run[i].key for i in wanted} <= covered:
            unit = tuple(run[wanted[0] : wanted[-1] + 1])
            units.append(unit)
            covered.update(job.key for job in unit)

    for row in plan:
        run: list[Job] = []
        for job in row:
            if run and job.context and job.context == (*run[-1].context, run[-1].spoken):
                run.append(job)
                continue
            close(run)
            run = [job]
        close(run)
    return units


def verify(speech: Speech, job_text: str, profile: VoiceProfile) -> str | None:
    """Why this audio cannot be right for the text, or None when it fits."""
    if speech.sample_rate <= 0 or speech.pcm.ndim != 1:
        return "the engine returned malformed audio"
    if len(speech.pcm) == 0:
        return "the engine returned no audio"
    if int(np.max(np.abs(speech.pcm.astype(np.int32)))) < 64:
        return "the engine returned silence"
    count = word_count(job_text)
    if count == 0:
        return None
    expected_ms = count * 60_000 / profile.rate
    # Text the engine spells out letter by letter (foreign scripts, letter runs)
    # takes far longer than its word count says; only its characters bound it.
    spelled_ms = len(job_text) * 150 * 155 / profile.rate
    low, high = 0.2 * expected_ms, 4.0 * max(expected_ms, spelled_ms) + 3000
    if not low <= speech.duration_ms <= high:
        return (
            f"audio of {speech.duration_ms / 1000:.1f} s does not fit {counted(count, 'word')} "
            f"(expected about {expected_ms / 1000:.1f} s): truncated or garbled"
        )
    return None


def timeout_for(unit: Unit, override: float | None = None) -> float:
    """Generous: espeak speaks ~1000× real time, but a loaded laptop is slow."""
    if override is not None:
        return override
    spoken = sum(len(text) for text in unit[0].context) + sum(len(j.spoken) for j in unit)
    return 20.0 + 5.0 * (len(unit) - 1) + spoken / 20


def worker_count(jobs: int | None) -> int:
    """How many speech workers (and build threads) to run for `-j jobs`: one per core by
    default, and never more than the cores. Speech is CPU-bound in every engine here, so
    a worker past the core count only competes for the cores while holding a voice and
    an engine of its own in memory: `-j 64` on 2 cores ran 72 processes, 3 GB more and
    ten times slower. A lowered request is logged once, so the user knows."""
    cores = os.cpu_count() or 1
    if jobs is None:
        return cores
    if jobs > cores:
        if jobs not in _LOWERED:
            _LOWERED.add(jobs)
            log.warning(
                "-j %d: using %d speech workers, one per core (%d); more only compete for "
                "the cores", jobs, cores, cores,
            )  # fmt: skip
        return cores
    return max(1, jobs)


_LOWERED: set[int] = set()


def start_workers(
    cache: SegmentCache,
    jobs: int | None = None,
    override: EngineChoice = None,
    timeout_s: float | None = None,
) -> Workers:
    """The synthesis worker processes, started now: a new Python process takes a
    good part of a second to import what it needs, and the build starts them
    before it reads the book, so that happens while the book is read.
    `synthesize` takes them over (and stops them when it is done)."""
    return Workers(worker_count(jobs), cache, override, timeout_s)


def synthesize(
    plan: list[list[Job]],
    cache: SegmentCache,
    *,
    jobs: int | None = None,
    override: EngineChoice = None,
    on_progress: Callable[[Progress], None] | None = None,
    timeout_s: float | None = None,
    workers: Workers | None = None,
    keep_going: bool = False,
) -> list[Unvoiced]:
    """Make sure every job of `plan` is in the cache, synthesising what is missing.

    `workers` (from `start_workers`, with the same cache, engine and timeout)
    are used and stopped; without them the pool is started here. A segment
    that fails every attempt stops the build, unless `keep_going`: then it is
    returned, and the rest of the book is spoken.
    """
    keys = {job.key for row in plan for job in row}
    missing = {key for key in keys if not cache.has(key)}
    total, cached = len(keys), len(keys) - len(missing)
    log.info("synthesis: %d segments, %d cached, %d to speak", total, cached, len(missing))
    if on_progress:
        on_progress(Progress(cached, total, 0.0, cached))
    if not missing:
        if workers is not None:
            workers.close(wait=False)  # never given work: nothing of theirs to finish
        return []
    units = plan_units(plan, missing)
    size = max(1, min(worker_count(jobs), len(units)))
    pool = workers or Workers(size, cache, override, timeout_s)
    try:
        return pool.run(units, missing, total, cached, on_progress, keep_going)
    except (KeyboardInterrupt, BuildInterrupted):
        pool.close(wait=False)  # the user wants it to stop now
        raise
    finally:
        pool.close()  # a failure lets busy workers finish (and cache) their segment


class _Worker:
    def __init__(
        self,
        ctx: mp.context.BaseContext,
        cache_root: str,
        override: EngineChoice,
        timeout_s: float | None,
    ):
        self.conn, child = ctx.Pipe()
        self.process = ctx.Process(
            target=_worker_main, args=(child, cache_root, override, timeout_s), daemon=True
        )
        self.process.start()
        child.close()
        self.jobs: deque[Unit] = deque()  # sent to it, in order, not yet finished
        self.started = 0.0  # when it began the first of them

    def kill(self) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.process.join(5)
        with contextlib.suppress(OSError):  # a build thread and Ctrl-C may both close it
            self.conn.close()


class Workers:
    """Worker processes that each hold up to QUEUE_DEPTH units, replaced when they fail."""

    def __init__(
        self, size: int, cache: SegmentCache, override: EngineChoice, timeout_s: float | None
    ):
        self.ctx = mp.get_context("spawn")
        self.cache = cache
        self.override = override
        self.timeout_s = timeout_s
        self.workers = [self._spawn() for _ in range(size)]

    def _spawn(self) -> _Worker:
        with _ctrl_c_ignored():
            return _Worker(self.ctx, self.cache.location, self.override, self.timeout_s)

    def run(
        self,
        units: list[Unit],
        missing: set[str],
        total: int,
        done: int,
        on_progress: Callable[[Progress], None] | None,
        keep_going: bool = False,
    ) -> list[Unvoiced]:
        """Speak `units` on the workers, replacing any that fail; the segments left
        unvoiced (only with `keep_going`; otherwise the first failure is raised).

        One loop on purpose, though long: which unit each worker holds, the
        queue, the retry counts and the progress figures change together at
        every message a worker sends, and split apart they would travel as shared
        state between functions that each make sense only inside this loop.
        """
        queue = deque(units)
        left = set(missing)
        failures: dict[str, list[str]] = {}
        unvoiced: list[Unvoiced] = []
        audio_ms = 0.0
        try:
            while queue or any(w.jobs for w in self.workers):
                for worker in self.workers:
                    while len(worker.jobs) < QUEUE_DEPTH and queue:
                        if not worker.jobs:
                            worker.started = time.monotonic()
                        worker.jobs.append(queue.popleft())
                        try:
                            worker.conn.send(worker.jobs[-1])
                        except OSError:  # it died since the last look: handled just below
                            break
                busy = [w for w in self.workers if w.jobs]
                ready = wait([w.conn for w in busy] + [w.process.sentinel for w in busy], 0.5)
                for index, worker in enumerate(list(self.workers)):
                    if not worker.jobs:
                        continue
                    unit = worker.jobs[0]  # the one it is speaking; the rest wait behind it
                    job = unit[0]
                    problem = None
                    limit = timeout_for(unit, self.timeout_s)
                    if worker.conn in ready:
                        try:
                            status, value, failed_at = worker.conn.recv()
                        except (EOFError, OSError):
                            status, value, failed_at = "died", "the worker process died", 0
                        if status == "done":
                            worker.jobs.popleft()
                            worker.started = time.monotonic()
                            fresh = {j.key for j in unit} & left
                            left -= fresh
                            done += len(fresh)
                            audio_ms += value
                            if on_progress:
                                on_progress(Progress(done, total, audio_ms, total - len(missing)))
                            continue
                        problem, job = value, unit[failed_at]
                    elif worker.process.sentinel in ready or not worker.process.is_alive():
                        problem = "the worker process died"
                    elif time.monotonic() - worker.started > limit + 2:
                        problem = f"the engine hung for more than {limit:.0f} s"
                    if problem is None:
                        continue
                    worker.jobs.popleft()
                    worker.started = time.monotonic()
                    if problem.startswith("the worker process died") or "hung" in problem:
                        queue.extendleft(reversed(worker.jobs))  # not their fault: next in line
                        worker.kill()
                        self.workers[index] = worker = self._spawn()
                    tries = failures.setdefault(job.key, [])
                    tries.append(problem)
                    log.warning("%s failed (%s); attempt %d", job.where, problem, len(tries))
                    if len(tries) >= MAX_ATTEMPTS:
                        quoted = job.text if len(job.text) <= 80 else job.text[:77] + "…"
                        if not keep_going:
                            raise EngineError(
                                f'{job.where} failed {MAX_ATTEMPTS} times ({problem}): "{quoted}"; '
                                "fix or remove it, or build with --keep-going to put a marked "
                                "pause in its place"
                            )
                        unvoiced.append(Unvoiced(job.key, job.where, job.text, problem))
                        left.discard(job.key)
                        unit = tuple(replace(j, unvoiced=True) if j.key == job.key else j
                                     for j in unit)  # fmt: skip
                        if all(j.unvoiced for j in unit):
                            continue
                    queue.append(unit)
        except KeyboardInterrupt:
            raise BuildInterrupted(
                f"stopped by the user after {done} of {counted(total, 'segment')}; the finished "
                "ones are cached, so the next build resumes from there"
            ) from None
        return unvoiced

    def close(self, wait: bool = True) -> None:
        """Stop the workers: politely when they are idle, at once when `wait` is False."""
        for worker in self.workers:
            try:
                if wait and worker.process.is_alive() and not worker.jobs:
                    worker.conn.send(None)
            except OSError:
                pass
        deadline = time.monotonic() + (2 if wait else 0)
        for worker in self.workers:
            worker.process.join(max(0.0, deadline - time.monotonic()))
            worker.kill()


@contextmanager
def _ctrl_c_ignored() -> Iterator[None]:
    """Start processes that Ctrl-C cannot kill before they reach `_worker_main`.

    Ctrl-C in a terminal reaches every process of the build. A worker that
    has not yet reached `_worker_main` (it spends half a second importing)
    would die of it with a traceback on the screen; the parent alone handles
    Ctrl-C and stops the workers itself. SIGINT is blocked in the starting
    thread while the process starts (a child keeps its parent thread's signal
    mask across exec), so one arriving then waits; `_worker_main` ignores it
    and unblocks it. A mask, not a handler: only the main thread may change a
    handler, and workers are also replaced from the executor's threads.
    """
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def _worker_main(
    conn: Connection, cache_root: str, override: EngineChoice, timeout_s: float | None
) -> None:
    """A worker process: render jobs until told to stop."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})  # see _ctrl_c_ignored
    cache = open_cache(cache_root)
    while True:
        try:
            unit = conn.recv()
        except (EOFError, OSError):
            return
        if unit is None:
            return
        conn.send(_speak_unit(unit, cache, override, timeout_s))


def _speak_unit(
    unit: Unit, cache: SegmentCache, override: EngineChoice, timeout_s: float | None
) -> tuple[str, object, int]:
    """Speak a unit after its context; cache every job. ("done", ms, 0) or ("failed", why, i)."""
    first = unit[0]
    try:
        engine = engine_for(first.profile, override)
        texts = [*first.context, *(job.spoken for job in unit)]
        speeches = engine.synthesize_run(texts, first.profile, timeout_for(unit, timeout_s))
        if len(speeches) != len(texts):
            return ("failed", f"the engine returned {len(speeches)} of {len(texts)} utterances", 0)
        speeches = speeches[len(first.context) :]
        for index, (job, speech) in enumerate(zip(unit, speeches, strict=True)):
            problem = None if job.unvoiced else verify(speech, job.spoken, job.profile)
            if problem:
                return ("failed", problem, index)
        for job, speech in zip(unit, speeches, strict=True):
            if not job.unvoiced:
                cache.put(job.key, speech)
        return ("done", sum(speech.duration_ms for speech in speeches), 0)
    except AudiobookError as exc:
        return ("failed", str(exc), 0)
    except Exception as exc:  # an engine bug must not kill the build silently
        return ("failed", f"{type(exc).__name__}: {exc}", 0)


def load_speech(cache: SegmentCache, job: Job, override: EngineChoice = None) -> Speech:
    """A segment's audio from the cache; a damaged entry is re-rendered on the spot."""
    speech = cache.get(job.key)
    if speech is not None:
        return speech
    log.warning("%s: cache entry missing or damaged; speaking it again", job.where)
    synthesize([[job]], cache, jobs=1, override=override)
    speech = cache.get(job.key)
    if speech is None:
        raise EngineError(f'{job.where}: could not render "{job.text[:60]}"')
    return speech
