"""The build plan is plain data, and the local executor runs it in order, longest first."""

from __future__ import annotations

import pickle
import threading
import time

import pytest

from audiobook.build.executor import Handler, LocalExecutor
from audiobook.build.pipeline import _load, _plan_catalog, build_catalog
from audiobook.build.plan import Plan, Task
from audiobook.build.produce import Clock
from audiobook.speech.cache import SegmentCache

BOOK = """# The Lighthouse

## Chapter One

The keeper climbed the stairs at dusk. "Again?" she asked. "Again," he said.

The lamp turned. The sea said nothing at all.

## Chapter Two

Morning came grey and slow. The boats went out; two came back.
"""


def _events(event) -> None:
    del event


def _plan_of(book, tmp_path, name):
    cache = SegmentCache(tmp_path / f"cache-{name}" / "segments")
    loaded = _load(0, book, tmp_path / f"out-{name}", cache, 1, None, False, None, _events,
                   Clock())  # fmt: skip
    plan = _plan_catalog([loaded], cache, str(cache.root.parent))
    loaded.run.staging.abort()
    return loaded, plan


def test_the_plan_is_plain_data_whose_graph_has_every_segment_once_in_order(make_book, tmp_path):
    book = make_book({"book.md": BOOK})
    loaded, plan = _plan_of(book, tmp_path, "a")
    _, again = _plan_of(book, tmp_path, "b")  # another cache and folder: the same plan
    assert [t.key for t in plan.tasks] == [t.key for t in again.tasks]
    assert pickle.loads(pickle.dumps(plan)).tasks == plan.tasks  # picklable, nothing hidden
    tasks = plan.by_key()
    kinds = [t.kind for t in plan.tasks]
    assert set(kinds) == {"speak", "part", "file", "book"}
    # every segment of the script is spoken by exactly one speech task
    spoken = [job.key for t in plan.tasks if t.kind == "speak" for job in t.args[0]]
    script = {job.key for row in loaded.rows for job in row}
    assert sorted(spoken) == sorted(script)
    position = {t.key: i for i, t in enumerate(plan.order())}
    for task in plan.tasks:
        assert all(position[k] < position[task.key] for k in task.inputs)
        if task.kind == "part":  # a part after the speech of each of its segments
            needed = {j.key for j in task.args[1].jobs}
            given = {j.key for k in task.inputs for j in tasks[k].args[0]}
            assert needed <= given
        if task.kind == "file":
            assert {"part:" + p.key for p in task.args[1].parts} == set(task.inputs)
    (book_task,) = [t for t in plan.tasks if t.kind == "book"]
    assert book_task.local
    assert set(book_task.inputs) == {t.key for t in plan.tasks if t.kind == "file"}
    names = [t.args[1].name for t in plan.tasks if t.kind == "file"]
    assert names == ["01 Chapter One.mp3", "02 Chapter Two.mp3", "sample.mp3"]


def test_the_plan_drops_what_is_done_and_what_only_that_needed():
    a, b = Task("a", "x", ()), Task("b", "x", (), ("a",))
    c, d = Task("c", "x", ()), Task("d", "x", (), ("b", "c"))
    plan = Plan.of([a, b, c, d, Task("a", "x", ())])  # a duplicate key is one task
    assert len(plan.tasks) == 4
    rest = plan.without({"b"})
    assert [t.key for t in rest.tasks] == ["c", "d"]
    assert rest.by_key()["d"].inputs == ("c",)
    with pytest.raises(ValueError, match="not in the plan"):
        Plan((Task("z", "x", (), ("missing",)),))


def test_local_executor_runs_inputs_first_and_the_longest_work_first():
    order: list[str] = []
    lock = threading.Lock()

    def work(args, inputs):
        with lock:
            order.append(args[0])
        time.sleep(0.01)
        return args[0] + "".join(sorted(inputs.values()))

    tasks = [
        Task("short", "w", ("s",), cost=1),
        Task("long", "w", ("l",), cost=9),
        Task("middle", "w", ("m",), cost=5),
        Task("after-short", "w", ("S",), ("short",), cost=1),
        Task("end", "w", ("E",), ("after-short", "long", "middle"), cost=1),
    ]
    results = {}
    LocalExecutor(1).run(Plan(tuple(tasks)), {"w": Handler(work)},
                         lambda t, v: results.setdefault(t.key, v))  # fmt: skip
    assert order == ["l", "m", "s", "S", "E"]
    assert results["end"] == "E" + "Ss" + "l" + "m"  # each got its inputs' results


def test_a_failed_task_skips_what_follows_it_and_the_rest_still_runs():
    def work(args, inputs):
        if args[0] == "bad":
            raise RuntimeError("broken")
        return args[0]

    tasks = (
        Task("b1", "w", ("bad",), book=1),
        Task("b1-out", "w", ("x",), ("b1",), book=1),
        Task("b2", "w", ("good",), book=2),
        Task("b2-out", "w", ("y",), ("b2",), book=2),
    )
    done, failed = [], []
    LocalExecutor(2).run(Plan(tasks), {"w": Handler(work)}, lambda t, v: done.append(t.key),
                         lambda t, e: failed.append((t.key, str(e))))  # fmt: skip
    assert sorted(done) == ["b2", "b2-out"]
    assert failed == [("b1", "broken")]


def test_a_catalog_builds_as_one_plan_and_a_broken_book_is_reported(
    make_book, tmp_path, monkeypatch
):
    good = make_book({"book.md": BOOK}, name="good")
    broken = make_book({"book.md": ""}, name="broken")
    other = make_book({"book.md": BOOK.replace("Lighthouse", "Harbour")}, name="other")
    monkeypatch.chdir(tmp_path)  # books go to out/<slug>
    outcomes = build_catalog([good, broken, other], cache_dir=tmp_path / "cache", jobs=2)
    assert "empty" in str(outcomes[1]) or "nothing" in str(outcomes[1]).lower()
    for result in (outcomes[0], outcomes[2]):
        assert (result.out_dir / "manifest.json").is_file()
        assert len(result.chapters) == 2
    assert outcomes[0].out_dir != outcomes[2].out_dir
