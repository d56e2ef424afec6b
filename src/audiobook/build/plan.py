"""The build plan: what to make, as plain data, before anything is made.

A plan is a set of tasks. Each has a content key (the same inputs give the
same key, so a task done once is never done again), the keys of the tasks it
needs, a cost estimate (seconds of work, for running the longest work first)
and the arguments of the function that does it, named by `kind`. Nothing here
knows how tasks run: an executor (`executor.py`, `cluster.py`) takes a plan
and a registry of functions by kind. A catalog's plan is its books' plans
added together; tasks with the same key (a sentence two books share) are one.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Task:
    """One piece of work: `kind` names its function, `args` are all it is given
    besides the results of `inputs`. Everything is picklable, so a task can run
    in another process or on another machine."""

    key: str
    kind: str
    args: tuple[Any, ...]
    inputs: tuple[str, ...] = ()
    cost: float = 1.0
    book: int = 0  # which book of the catalog it belongs to (for errors and progress)
    local: bool = False  # runs where the output folders are (writes the staging folder)


@dataclass(frozen=True)
class Plan:
    """Tasks in a fixed order (the order they were planned in), keys unique."""

    tasks: tuple[Task, ...]

    def __post_init__(self) -> None:
        keys = {task.key for task in self.tasks}
        if len(keys) != len(self.tasks):
            raise ValueError("a plan holds each key once; use Plan.of to merge duplicates")
        for task in self.tasks:
            missing = [k for k in task.inputs if k not in keys]
            if missing:
                raise ValueError(f"task {task.key[:12]} needs {missing[0][:12]}, not in the plan")

    @classmethod
    def of(cls, tasks: Iterable[Task]) -> Plan:
        """A plan of `tasks`, the first of each key kept (shared work is done once)."""
        unique: dict[str, Task] = {}
        for task in tasks:
            unique.setdefault(task.key, task)
        return cls(tuple(unique.values()))

    def __add__(self, other: Plan) -> Plan:
        return Plan.of((*self.tasks, *other.tasks))

    def by_key(self) -> dict[str, Task]:
        return {task.key: task for task in self.tasks}

    def order(self) -> list[Task]:
        """Every task after its inputs (a topological order, stable in plan order)."""
        placed: set[str] = set()
        ordered: list[Task] = []
        waiting = list(self.tasks)
        while waiting:
            rest = []
            for task in waiting:
                if all(k in placed for k in task.inputs):
                    ordered.append(task)
                    placed.add(task.key)
                else:
                    rest.append(task)
            if len(rest) == len(waiting):
                raise ValueError(f"the plan has a cycle through {rest[0].key[:12]}")
            waiting = rest
        return ordered

    def ranks(self) -> dict[str, float]:
        """Each task's cost plus the costliest chain of tasks after it: run highest first,
        so the long chains start early and the end is not one long task alone."""
        after: dict[str, list[str]] = {task.key: [] for task in self.tasks}
        for task in self.tasks:
            for key in task.inputs:
                after[key].append(task.key)
        costs = {task.key: task.cost for task in self.tasks}
        rank: dict[str, float] = {}
        for task in reversed(self.order()):
            rank[task.key] = costs[task.key] + max((rank[k] for k in after[task.key]), default=0.0)
        return rank

    def without(self, done: Iterable[str]) -> Plan:
        """The plan less the `done` tasks and what only they needed.

        A task is kept when a kept task needs it or when nothing needs it (an
        end result); inputs that are done are dropped from the kept tasks."""
        done = set(done)
        needed: set[str] = set()
        used = {key for task in self.tasks for key in task.inputs}
        for task in reversed(self.order()):
            if task.key in done:
                continue
            if task.key not in used or task.key in needed:
                needed.add(task.key)
                needed.update(k for k in task.inputs if k not in done)
        kept = [t for t in self.tasks if t.key in needed]
        return Plan(tuple(_replace_inputs(t, tuple(k for k in t.inputs if k in needed))
                          for t in kept))  # fmt: skip


def _replace_inputs(task: Task, inputs: tuple[str, ...]) -> Task:
    if inputs == task.inputs:
        return task
    return Task(task.key, task.kind, task.args, inputs, task.cost, task.book, task.local)
