"""Stage 3, synthesize: speak every segment, in parallel, through the cache.

Segments missing from the cache are handed to a pool of worker processes (one
per core by default, each with its own engine), two at a time so that a worker
always has its next segment waiting. We run the pool ourselves rather than use
concurrent.futures so that we always know which segment each worker speaks:
a worker that overruns its deadline or dies is killed and replaced, only the
segment it was speaking counts a failure, and the one waiting behind it is
simply handed out again. Every result is verified (real audio, a length that
fits its words) before it enters the cache; a segment that fails three times
stops the build with an error that quotes it. Results land in the
content-addressed cache, so order is restored simply by reading keys back in
manuscript order, and a killed build resumes from whatever finished.
"""

from __future__ import annotations

import logging
import multiprocessing as mp
import os
import signal
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait

import numpy as np

from audiobook.cache import SegmentCache, segment_key
from audiobook.config import VoiceProfile
from audiobook.engines import ENGINES, Engine, Speech, get_engine
from audiobook.errors import AudiobookError, BuildInterrupted, EngineError
from audiobook.models import ScriptChapter
from audiobook.segment import words

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
    """The job of every segment, chapter by chapter, in manuscript order."""
    versions = {name: engine_for(p, override).version() for name, p in profiles.items()}
    plan = []
    for chapter in chapters:
        row = []
        for number, seg in enumerate(chapter.segments, 1):
            profile = profiles[seg.voice]
            key = segment_key(seg.spoken, profile, versions[seg.voice])
            where = f"chapter {chapter.index} '{chapter.title}', segment {number}"
            row.append(Job(key, seg.spoken, profile, where, seg.text))
        plan.append(row)
    return plan


def verify(speech: Speech, job_text: str, profile: VoiceProfile) -> str | None:
    """Why this audio cannot be right for the text, or None when it fits."""
    if speech.sample_rate <= 0 or speech.pcm.ndim != 1:
        return "the engine returned malformed audio"
    if len(speech.pcm) == 0:
        return "the engine returned no audio"
    if int(np.max(np.abs(speech.pcm.astype(np.int32)))) < 64:
        return "the engine returned silence"
    count = len(words(job_text))
    if count == 0:
        return None
    expected_ms = count * 60_000 / profile.rate
    # Text the engine spells out letter by letter (foreign scripts, letter runs)
    # takes far longer than its word count says; only its characters bound it.
    spelled_ms = len(job_text) * 150 * 155 / profile.rate
    low, high = 0.2 * expected_ms, 4.0 * max(expected_ms, spelled_ms) + 3000
    if not low <= speech.duration_ms <= high:
        return (
            f"audio of {speech.duration_ms / 1000:.1f} s does not fit {count} words "
            f"(expected about {expected_ms / 1000:.1f} s): truncated or garbled"
        )
    return None


def timeout_for(job: Job, override: float | None = None) -> float:
    """Generous: espeak speaks ~1000× real time, but a loaded laptop is slow."""
    if override is not None:
        return override
    return 20.0 + len(job.spoken) / 20


def synthesize(
    plan: list[list[Job]],
    cache: SegmentCache,
    *,
    jobs: int | None = None,
    override: EngineChoice = None,
    on_progress: Callable[[Progress], None] | None = None,
    timeout_s: float | None = None,
) -> None:
    """Make sure every job of `plan` is in the cache, synthesising what is missing."""
    unique: dict[str, Job] = {}
    for row in plan:
        for job in row:
            unique.setdefault(job.key, job)
    missing = [job for job in unique.values() if not cache.has(job.key)]
    total, cached = len(unique), len(unique) - len(missing)
    log.info("synthesis: %d segments, %d cached, %d to speak", total, cached, len(missing))
    if on_progress:
        on_progress(Progress(cached, total, 0.0, cached))
    if not missing:
        return
    workers = max(1, min(jobs or os.cpu_count() or 1, len(missing)))
    pool = _Pool(workers, cache, override, timeout_s)
    try:
        pool.run(missing, total, cached, on_progress)
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
        self.jobs: deque[Job] = deque()  # sent to it, in order, not yet finished
        self.started = 0.0  # when it began the first of them

    def kill(self) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.process.join(5)
        self.conn.close()


class _Pool:
    """Worker processes that each hold one job at a time, replaced when they fail."""

    def __init__(
        self, size: int, cache: SegmentCache, override: EngineChoice, timeout_s: float | None
    ):
        self.ctx = mp.get_context("spawn")
        self.cache = cache
        self.override = override
        self.timeout_s = timeout_s
        self.workers = [self._spawn() for _ in range(size)]

    def _spawn(self) -> _Worker:
        return _Worker(self.ctx, str(self.cache.root), self.override, self.timeout_s)

    def run(
        self,
        missing: list[Job],
        total: int,
        done: int,
        on_progress: Callable[[Progress], None] | None,
    ) -> None:
        queue = deque(missing)
        failures: dict[str, list[str]] = {}
        audio_ms = 0.0
        try:
            while queue or any(w.jobs for w in self.workers):
                for worker in self.workers:
                    while len(worker.jobs) < QUEUE_DEPTH and queue:
                        if not worker.jobs:
                            worker.started = time.monotonic()
                        worker.jobs.append(queue.popleft())
                        worker.conn.send(worker.jobs[-1])
                busy = [w for w in self.workers if w.jobs]
                ready = wait([w.conn for w in busy] + [w.process.sentinel for w in busy], 0.5)
                for index, worker in enumerate(list(self.workers)):
                    if not worker.jobs:
                        continue
                    job = worker.jobs[0]  # the one it is speaking; the rest wait behind it
                    problem = None
                    limit = timeout_for(job, self.timeout_s)
                    if worker.conn in ready:
                        try:
                            status, value = worker.conn.recv()
                        except (EOFError, OSError):
                            status, value = "died", "the worker process died"
                        if status == "done":
                            worker.jobs.popleft()
                            worker.started = time.monotonic()
                            done += 1
                            audio_ms += value
                            if on_progress:
                                on_progress(Progress(done, total, audio_ms, total - len(missing)))
                            continue
                        problem = value
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
                    failures.setdefault(job.key, []).append(problem)
                    log.warning(
                        "%s failed (%s); attempt %d", job.where, problem, len(failures[job.key])
                    )
                    if len(failures[job.key]) >= MAX_ATTEMPTS:
                        quoted = job.text if len(job.text) <= 80 else job.text[:77] + "…"
                        raise EngineError(
                            f'{job.where} failed {MAX_ATTEMPTS} times ({problem}): "{quoted}"'
                        )
                    queue.append(job)
        except KeyboardInterrupt:
            raise BuildInterrupted(
                f"stopped by the user after {done} of {total} segments; the finished ones are "
                "cached, so the next build resumes from there"
            ) from None

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


def _worker_main(
    conn: Connection, cache_root: str, override: EngineChoice, timeout_s: float | None
) -> None:
    """A worker process: render jobs until told to stop."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    cache = SegmentCache(cache_root)
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        if job is None:
            return
        try:
            engine = engine_for(job.profile, override)
            speech = engine.synthesize(job.spoken, job.profile, timeout_for(job, timeout_s))
            problem = verify(speech, job.spoken, job.profile)
            if problem:
                conn.send(("failed", problem))
                continue
            cache.put(job.key, speech)
            conn.send(("done", speech.duration_ms))
        except AudiobookError as exc:
            conn.send(("failed", str(exc)))
        except Exception as exc:  # an engine bug must not kill the build silently
            conn.send(("failed", f"{type(exc).__name__}: {exc}"))


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
