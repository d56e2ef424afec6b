"""Running a plan on this machine: tasks in threads, dependencies first, longest first.

An executor knows nothing about audio. It is given a `Plan` and a registry of
`Handler`s by task kind, runs every task once its inputs are done (highest
`Plan.ranks` first), and streams each result to `on_result` in this thread as
it arrives. A failed task is reported to `on_error`; the tasks after it are
not run, everything else goes on (one broken book does not stop a catalog).

Most work here runs in threads: the heavy parts (LAME, soxr, pedalboard,
numpy, ffmpeg) release the GIL. A kind whose handler has a `batch` function is
instead handed over all at once: speech runs in our own pool of engine
processes (`speech.synthesize.Workers`), which kills and replaces a hung
engine — a thread pool could not.
"""

from __future__ import annotations

import os
import queue
import threading
from collections.abc import Callable, Iterator, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

from audiobook.build.plan import Plan, Task

# (key, result or exception) pairs, yielded as each task of the batch finishes.
BatchRun = Callable[[list[Task]], Iterator[tuple[str, Any]]]


@dataclass(frozen=True)
class Handler:
    """How to do one kind of task: `run(args, inputs)` → result, where `inputs`
    maps each input key to its result; or, locally, `batch` for all at once."""

    run: Callable[[tuple[Any, ...], dict[str, Any]], Any]
    batch: BatchRun | None = None


Registry = Mapping[str, Handler]
# Called in the executor's own thread; what it returns is what dependents receive.
OnResult = Callable[[Task, Any], Any]
OnError = Callable[[Task, BaseException], None]


def _raise(task: Task, error: BaseException) -> None:
    raise error


class LocalExecutor:
    """Runs a plan in a pool of `jobs` threads (default: one per core)."""

    def __init__(self, jobs: int | None = None) -> None:
        self.jobs = max(1, jobs or os.cpu_count() or 1)

    def run(
        self, plan: Plan, registry: Registry, on_result: OnResult, on_error: OnError = _raise
    ) -> None:
        """Run every task of `plan`; returns when all are done, failed or skipped.

        One function on purpose, though long: the scheduling state (what is
        ready, what each task still waits for, how many threads are busy) is
        read and changed by the small helpers inside it and by the loop, and
        only this one thread touches it, so it needs no lock.
        """
        tasks = plan.by_key()
        rank = plan.ranks()
        after: dict[str, list[str]] = {key: [] for key in tasks}
        for task in plan.tasks:
            for key in task.inputs:
                after[key].append(task.key)
        left = {task.key: len(task.inputs) for task in plan.tasks}
        ready = [task for task in plan.tasks if not task.inputs]
        results: dict[str, Any] = {}
        finished: queue.Queue[tuple[str, bool, Any]] = queue.Queue()
        pool = ThreadPoolExecutor(max_workers=self.jobs, thread_name_prefix="task")
        in_pool = 0  # tasks given to the thread pool and not yet finished
        open_tasks = len(tasks)

        def work(task: Task, inputs: dict[str, Any]) -> None:
            try:
                finished.put((task.key, True, registry[task.kind].run(task.args, inputs)))
            except BaseException as exc:
                finished.put((task.key, False, exc))

        def batch(run: BatchRun, group: list[Task]) -> None:
            seen = set()
            try:
                for key, value in run(group):
                    seen.add(key)
                    finished.put((key, not isinstance(value, BaseException), value))
            except BaseException as exc:
                for task in group:
                    if task.key not in seen:
                        finished.put((task.key, False, exc))

        def drop(key: str) -> int:
            """Skip everything after a failed task; how many tasks that closes."""
            closed, stack = 0, list(after[key])
            while stack:
                k = stack.pop()
                if left.get(k, -1) >= 0:
                    left[k] = -1
                    closed += 1
                    stack.extend(after[k])
            return closed

        try:
            while open_tasks:
                batches: dict[str, list[Task]] = {}
                rest = []
                for task in ready:
                    if registry[task.kind].batch is not None:
                        batches.setdefault(task.kind, []).append(task)
                    else:
                        rest.append(task)
                for kind, group in batches.items():
                    thread = threading.Thread(
                        target=batch, args=(registry[kind].batch, group), daemon=True
                    )
                    thread.start()
                rest.sort(key=lambda t: rank[t.key], reverse=True)
                while rest and in_pool < self.jobs:
                    task = rest.pop(0)
                    in_pool += 1
                    pool.submit(work, task, {k: results[k] for k in task.inputs})
                ready = rest
                key, ok, value = finished.get()
                open_tasks -= 1
                task = tasks[key]
                in_pool -= registry[task.kind].batch is None
                if not ok:
                    open_tasks -= drop(key)
                    on_error(task, value)
                    continue
                results[key] = on_result(task, value)
                for k in after[key]:
                    if left[k] > 0:
                        left[k] -= 1
                        if left[k] == 0:
                            ready.append(tasks[k])
        except BaseException:
            pool.shutdown(wait=False, cancel_futures=True)
            raise
        pool.shutdown()
