"""Builds on a real Dask LocalCluster (2 worker processes over loopback) against local builds."""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys

import pytest

from audiobook.build.cluster import ClusterError
from audiobook.build.pipeline import build_catalog

from conftest import default_sigint, run_cli

distributed = pytest.importorskip("distributed")  # the `cluster` extra, installed for tests

BOOKS = {
    "lighthouse": "# The Lighthouse\n\n## Dusk\n\nThe keeper climbed the stairs. "
    '"Again?" she asked. "Again," he said.\n\nThe lamp turned over the water.\n\n'
    "## Dawn\n\nMorning came grey and slow. The boats went out; two came back.\n",
    "harbour": "# The Harbour\n\n## Nets\n\nThe nets lay drying on the wall, "
    "green and heavy. Nobody mended them that year.\n\n## Gulls\n\nThe gulls knew first.\n",
    "orchard": "# The Orchard\n\n## Frost\n\nThe frost came early, in the second week of "
    "September, and the apples hung like lanterns.\n",
}


def _digests(folder):
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


@pytest.fixture(scope="module")
def cluster():
    from dask.distributed import Client, LocalCluster

    local = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                         dashboard_address=None)  # fmt: skip
    client = Client(local)
    yield local, client
    client.close()
    local.close()


@pytest.fixture(scope="module")
def catalog(tmp_path_factory):
    """Three tiny books and their local builds (from a cache of their own)."""
    root = tmp_path_factory.mktemp("catalog")
    books = []
    for name, text in BOOKS.items():
        folder = root / "books" / name
        folder.mkdir(parents=True)
        (folder / "book.md").write_text(text, encoding="utf-8")
        books.append(folder)
    outs = [root / "local" / b.name for b in books]
    for book, out in zip(books, outs, strict=True):
        (result,) = build_catalog([book], out, cache_dir=root / "local-cache", jobs=2)
        assert not isinstance(result, Exception), result
    return books, [_digests(o) for o in outs]


def _cluster_build(books, tmp_path, address, on_event=None):
    outcomes = []
    for book in books:  # -o names one folder, so one call per book here
        kwargs = {"on_event": on_event} if on_event else {}
        (result,) = build_catalog([book], tmp_path / "out" / book.name, cache_dir=tmp_path / "c",
                                  cluster=address, **kwargs)  # fmt: skip
        outcomes.append(result)
    return outcomes


def test_a_catalog_on_the_cluster_is_byte_identical_to_local_builds(cluster, catalog, tmp_path,
                                                                   monkeypatch):  # fmt: skip
    local, _ = cluster
    books, expected = catalog
    monkeypatch.chdir(tmp_path)  # the catalog as one plan: out/<slug> per book
    events = []
    outcomes = build_catalog(books, cache_dir=tmp_path / "cache", cluster=local.scheduler_address,
                             on_event=events.append)  # fmt: skip
    done = [(e.done, e.total) for e in events if e.stage == "books"]
    assert done == [(0, 3), (1, 3), (2, 3), (3, 3)]  # book N of M, as each one finishes
    for result, digests in zip(outcomes, expected, strict=True):
        assert not isinstance(result, Exception), result
        assert _digests(result.out_dir) == digests
        assert len(digests) > 10  # mp3s, m4b, captions, player, manifest


def test_a_worker_killed_mid_build_is_replaced_and_the_book_is_identical(cluster, catalog,
                                                                        tmp_path):  # fmt: skip
    local, client = cluster
    books, expected = catalog
    pids = client.run(os.getpid)
    killed = []

    def kill_once(event):
        if event.stage == "synthesize" and event.done and not killed:
            os.kill(next(iter(pids.values())), signal.SIGKILL)  # its nanny starts another
            killed.append(True)

    (result,) = _cluster_build(books[:1], tmp_path, local.scheduler_address, kill_once)
    assert killed
    assert not isinstance(result, Exception), result
    assert _digests(result.out_dir) == expected[0]
    client.wait_for_workers(2, timeout=60)


def test_a_worker_with_another_library_version_is_refused_in_one_line(cluster, catalog,
                                                                     tmp_path):  # fmt: skip
    local, client = cluster
    books, _ = catalog

    def pretend_old_numpy():
        from importlib import metadata

        real = metadata.version
        metadata.version = lambda name: "1.0.0" if name == "numpy" else real(name)
        metadata.version.real = real  # type: ignore[attr-defined]

    def real_numpy():
        from importlib import metadata

        metadata.version = metadata.version.real

    # asked of the workers themselves: the client's copy of the scheduler's
    # information is refreshed on a timer and may predate the replaced worker
    worker = sorted(client.run(lambda: None))[0]
    client.run(pretend_old_numpy, workers=[worker])
    try:
        with pytest.raises(ClusterError) as caught:
            _cluster_build(books[:1], tmp_path, local.scheduler_address)
    finally:
        client.run(real_numpy, workers=[worker])
    message = str(caught.value)
    assert "\n" not in message
    assert f"worker {worker} differs from this machine: numpy is '1.0.0' there" in message
    assert not (tmp_path / "out" / books[0].name).exists()


@pytest.mark.parametrize("address", ["tcp://127.0.0.1:9", "127.0.0.1:9"])
def test_an_unreachable_scheduler_is_one_line_and_exit_2(make_book, tmp_path, address):
    book = make_book({"book.md": BOOKS["orchard"]})
    result = run_cli("build", str(book), "-o", str(tmp_path / "out"), "--quiet",
                     "--cluster", address, timeout=120)  # fmt: skip
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert f"cannot reach the Dask scheduler at {address}" in lines[0]
    # refused at once, as with the scheme, not after the client's 10 s of retries
    assert "refused" in lines[0] and "Timed out" not in lines[0], lines[0]
    assert not (tmp_path / "out").exists()


def test_an_up_to_date_book_never_reaches_for_the_cluster(catalog, tmp_path):
    """Nothing to build, nothing to connect to: the sealed folder answers (the
    scheduler's address here is unreachable, so a connection would fail)."""
    books, digests = catalog
    root = books[0].parents[1]
    out = root / "local" / books[0].name
    (result,) = build_catalog([books[0]], out, cache_dir=root / "local-cache",
                              cluster="tcp://127.0.0.1:9")  # fmt: skip
    assert not isinstance(result, Exception), result
    assert result.out_dir == out.resolve() and _digests(out) == digests[0]


def test_a_build_without_cluster_never_imports_dask(make_book, tmp_path):
    book = make_book({"book.md": BOOKS["orchard"]})
    code = (
        "import sys\nfrom pathlib import Path\nfrom audiobook.build.pipeline import build\n"
        f"build(Path({str(book)!r}), Path({str(tmp_path / 'out')!r}))\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in {'dask', 'distributed'}))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=300, env={**os.environ, "AUDIOBOOK_CLUSTER": ""})  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "[]"


def test_a_catalog_with_an_fsspec_cache_url_is_byte_identical(cluster, catalog, tmp_path):
    """Workers share the cache through fsspec only (`local://` takes the URL path, as
    s3:// would): parts made on one worker are fetched by another and by the client."""
    local, _ = cluster
    books, expected = catalog
    url = f"local://{tmp_path}/shared"
    for book, digests in zip(books[:2], expected[:2], strict=True):
        (result,) = build_catalog([book], tmp_path / "out" / book.name, cache_dir=url,
                                  cluster=local.scheduler_address)  # fmt: skip
        assert not isinstance(result, Exception), result
        assert _digests(result.out_dir) == digests
    assert list((tmp_path / "shared" / "segments").glob("*/*.seg"))
    assert list((tmp_path / "shared" / "chapters").glob("*.mp3"))


LOSE_SCHEDULER = """
import sys
from pathlib import Path
from dask.distributed import LocalCluster
from audiobook.build.pipeline import build_catalog
from audiobook.errors import AudiobookError

local = LocalCluster(n_workers=1, threads_per_worker=1, processes=True, host="127.0.0.1",
                     dashboard_address="127.0.0.1:0")
closed = []

def lose(event):
    if event.stage == "synthesize" and event.done and not closed:
        closed.append(True)
        local.sync(local.scheduler.close)  # the scheduler goes away mid-build

try:
    build_catalog([Path(sys.argv[1])], Path(sys.argv[2]), cache_dir=Path(sys.argv[3]),
                  cluster=local.scheduler_address, on_event=lose)
except AudiobookError as exc:
    print("ERROR", exc)
"""


def test_a_scheduler_lost_mid_build_is_one_clear_error_and_the_next_run_resumes(
    make_book, tmp_path
):
    book = make_book({"book.md": BOOKS["lighthouse"] + BOOKS["harbour"].replace("# ", "## ")})
    done = subprocess.run([sys.executable, "-c", LOSE_SCHEDULER, str(book), str(tmp_path / "o"),
                           str(tmp_path / "c")], capture_output=True, text=True,
                          timeout=240)  # fmt: skip
    lines = [line for line in done.stdout.splitlines() if line.startswith("ERROR")]
    assert lines, done.stdout + done.stderr
    assert "run the same command again to resume" in lines[0], lines[0]
    assert not (tmp_path / "o").exists()
    kept = list((tmp_path / "c" / "segments").glob("*/*.seg"))
    assert kept  # what was spoken before the loss stays
    (result,) = build_catalog([book], tmp_path / "o", cache_dir=tmp_path / "c", jobs=2)
    assert not isinstance(result, Exception), result


def test_ctrl_c_stops_a_cluster_build_and_its_workers(make_book, tmp_path):
    """SIGINT to `audiobook build --cluster local:2`: exit 130, no folder, and none of
    the cluster's processes left running."""
    import time

    import psutil

    text = "# Long Night\n\n" + "".join(
        f"## Hour {n}\n\n" + "The wind came down the valley and the shutters knocked. " * 6 + "\n\n"
        for n in range(1, 9)
    )
    book = make_book({"book.md": text})
    cache = tmp_path / "c"
    proc = subprocess.Popen([sys.executable, "-m", "audiobook", "build", str(book), "-o",
                             str(tmp_path / "out"), "--quiet", "--cache", str(cache),
                             "--cluster", "local:2"], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True,
                            preexec_fn=default_sigint)  # fmt: skip
    deadline = time.monotonic() + 120
    while not list(cache.glob("segments/*/*.seg")) and time.monotonic() < deadline:
        assert proc.poll() is None, proc.communicate()
        time.sleep(0.1)
    children = psutil.Process(proc.pid).children(recursive=True)
    assert len(children) >= 2  # the two workers (and their nannies)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    assert "Traceback" not in err, err
    assert not (tmp_path / "out").exists()
    _, alive = psutil.wait_procs(children, timeout=20)
    assert not alive, [p.cmdline() for p in alive]


def test_a_local_catalog_reports_each_book_done_and_the_broken_one(make_book, tmp_path,
                                                                   monkeypatch):  # fmt: skip
    good = make_book({"book.md": BOOKS["orchard"]}, name="orchard")
    bad = make_book({"book.md": BOOKS["harbour"], "book.toml": "[voice]\nrate = 'fast'\n"},
                    name="harbour")  # fmt: skip
    monkeypatch.chdir(tmp_path)
    events = []
    outcomes = build_catalog([bad, good], cache_dir=tmp_path / "c", jobs=1,
                             on_event=events.append)  # fmt: skip
    assert isinstance(outcomes[0], Exception) and not isinstance(outcomes[1], Exception)
    books = [(e.done, e.total, e.info.get("title")) for e in events if e.stage == "books"]
    assert books[-1][:2] == (2, 2) and books[-1][2] == "The Orchard"


def test_keep_going_on_the_cluster_gives_the_local_keep_going_book(cluster, tmp_path):
    """A segment the engine never voices becomes the same marked pause as locally."""
    from audiobook.build.pipeline import build

    from fakes import FakeEngine

    local, _ = cluster
    book = tmp_path / "book.md"
    book.write_text("# One\n\nA first sentence to say.\n\nThen SILENT words nobody hears.\n\n"
                    "A line after.\n", encoding="utf-8")  # fmt: skip
    here = build(book, tmp_path / "here", cache_dir=tmp_path / "c1", engine=FakeEngine, jobs=1,
                 keep_going=True)  # fmt: skip
    there = build(book, tmp_path / "there", cache_dir=tmp_path / "c2", engine=FakeEngine,
                  jobs=1, keep_going=True, cluster=local.scheduler_address)  # fmt: skip
    assert len(there.warnings) == 1 and "SILENT words nobody hears" in there.warnings[0]
    assert _digests(there.out_dir) == _digests(here.out_dir)
    assert list((tmp_path / "c2" / "segments").glob("*/*.seg"))
