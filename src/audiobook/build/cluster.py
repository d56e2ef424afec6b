"""Running a plan on a Dask distributed cluster (`audiobook build … --cluster ADDRESS`).

Imported only when a cluster is asked for, so a plain build never imports
Dask. ADDRESS is a scheduler (`tcp://host:8786`) or `local:N` (a LocalCluster
of N worker processes on this machine, over loopback).

Every task but the book outputs is submitted at once, each with its inputs'
futures, a priority (its rank in the plan: the longest chains first) and
retries (a worker killed mid-task has its task run again elsewhere; tasks
are pure functions of their arguments and the cache, so the result is the
same bytes). Workers read and write the shared cache themselves; the client
receives only finished chapter files and writes each book's folder itself.

Before anything is submitted, every worker is probed for what the cache keys
and the audio depend on (engines and their versions, voices, library
versions, this program's code): a worker that differs from this machine
would fill the shared cache with audio under keys that do not describe it.
"""

from __future__ import annotations

import hashlib
import logging
import platform
import socket
from concurrent.futures import Future, ThreadPoolExecutor
from importlib import metadata
from typing import Any

from audiobook.build.executor import OnError, OnResult, Registry
from audiobook.build.plan import Plan
from audiobook.errors import AudiobookError

log = logging.getLogger(__name__)

RETRIES = 3  # a task whose worker dies is run again, up to this many times
CONNECT_TIMEOUT_S = 10
# Libraries whose versions change the audio or the text (and so the cache keys).
LIBRARIES = ("numpy", "scipy", "soxr", "lameenc", "pedalboard", "pyloudnorm", "soundfile",
             "mutagen", "pyttsx3", "espeakng-loader", "piper-tts", "onnxruntime", "pysbd",
             "num2words", "ftfy", "charset-normalizer", "lxml")  # fmt: skip


class ClusterError(AudiobookError):
    """The cluster cannot be reached, was lost, or its workers disagree with this machine."""


def probe() -> dict[str, str]:
    """What this process would put in cache keys and audio: run on every worker and here."""
    from audiobook import __version__
    from audiobook.audio.encode import encoder_version
    from audiobook.audio.master import room_tone_digest
    from audiobook.build.pipeline import _code_digest
    from audiobook.speech.engines import ENGINES, get_engine

    found = {
        "python": platform.python_version(),
        "audiobook": f"{__version__} (code {_code_digest()[:12]})",
        "MP3 encoder": encoder_version(),
        "room tone": room_tone_digest(),
    }
    for name in LIBRARIES:
        try:
            found[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            found[name] = "not installed"
    for name, cls in ENGINES.items():
        ok, why = cls.available()
        if not ok:
            found[f"engine {name}"] = f"disabled ({why})"
            continue
        engine = get_engine(name)
        voices = sorted(v.id for v in engine.voices())
        found[f"engine {name}"] = engine.version()
        digest = hashlib.sha256("\n".join(voices).encode()).hexdigest()[:12]
        found[f"{name} voices"] = f"{len(voices)} voices ({digest})"
    return found


def connect(address: str) -> tuple[Any, Any]:
    """(client, local cluster or None) for ADDRESS; one clear error when it cannot be reached."""
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError:
        raise ClusterError(
            "--cluster needs Dask distributed; install it with: pip install 'audiobook[cluster]'"
        ) from None
    if not log.isEnabledFor(logging.INFO):  # Dask's own INFO lines only with --verbose
        logging.getLogger("distributed").setLevel(logging.WARNING)
        # Dask's loop logs a Ctrl-C that lands inside one of its calls as a traceback
        for name in ("tornado.application", "asyncio"):
            logging.getLogger(name).setLevel(logging.CRITICAL)
    if address.startswith("local:"):
        count = address.removeprefix("local:")
        if not count.isdigit() or int(count) < 1:
            raise ClusterError(f"--cluster {address}: write local:N with N worker processes")
        # The worker processes log a connection lost while a stopped build closes (Ctrl-C)
        # as an ERROR with its traceback; a task's own failure reaches us through its
        # future, so without --verbose they say only what is critical.
        quiet = logging.ERROR if log.isEnabledFor(logging.INFO) else logging.CRITICAL
        cluster = LocalCluster(
            n_workers=int(count), threads_per_worker=1, processes=True, host="127.0.0.1",
            dashboard_address="127.0.0.1:0", silence_logs=quiet,
        )  # fmt: skip
        return Client(cluster), cluster
    try:
        _refused(address)
        return Client(address, timeout=CONNECT_TIMEOUT_S), None
    except (OSError, TimeoutError, ValueError) as exc:
        raise ClusterError(
            f"cannot reach the Dask scheduler at {address} ({exc}); start it with "
            "`dask scheduler` or check the address"
        ) from None


def _refused(address: str) -> None:
    """Raise at once (ConnectionRefusedError) when nothing listens at a tcp:// address (or a
    bare host:port, which Dask reads as one): Dask's client would keep retrying a refused
    connection for the whole timeout."""
    host, _, port = address.removeprefix("tcp://").rpartition(":")
    if ("://" not in address or address.startswith("tcp://")) and host and port.isdigit():
        with socket.create_connection((host.strip("[]"), int(port)), CONNECT_TIMEOUT_S):
            pass


def check_workers(client: Any) -> dict[str, dict[str, str]]:
    """Every worker's probe; refuses when one differs from this machine (or none is up)."""
    ours = probe()
    theirs = client.run(probe)
    if not theirs:
        raise ClusterError("the Dask cluster has no workers; start some with `dask worker ADDRESS`")
    for worker, found in sorted(theirs.items()):
        for what, value in ours.items():
            if found.get(what) != value:
                raise ClusterError(
                    f"worker {worker} differs from this machine: {what} is "
                    f"{found.get(what, 'missing')!r} there, {value!r} here; install the same "
                    "versions on every worker"
                )
    return theirs


def _quiet_shutdown(stopped: bool = False) -> None:
    """Dask logs the comms it loses while a stopped build closes as ERROR tracebacks;
    the user sees our one line instead (all of it with --verbose)."""
    if log.isEnabledFor(logging.INFO):
        return
    if stopped:  # Ctrl-C: the program is ending, only our own line is left to say
        logging.disable(logging.ERROR)
    else:
        logging.getLogger("distributed").setLevel(logging.CRITICAL)


class DaskExecutor:
    """Runs a plan on a Dask cluster; the `local` tasks (book outputs) run here."""

    def __init__(self, address: str, jobs: int | None = None) -> None:
        self.address = address
        self.client, self.cluster = connect(address)
        self.jobs = max(1, jobs or 2)
        try:
            self.workers = check_workers(self.client)
        except BaseException:
            self.close()
            raise
        self.dashboard = self.client.dashboard_link

    def close(self, interrupted: bool = False) -> None:
        """Disconnect (and stop a local cluster); after a stop, without Dask's chatter."""
        if interrupted:
            _quiet_shutdown(stopped=True)
        try:
            self.client.close()
        finally:
            if self.cluster is not None:
                self.cluster.close()

    def run(
        self, plan: Plan, registry: Registry, on_result: OnResult, on_error: OnError
    ) -> None:
        """Submit every remote task, then take results as they come (see `LocalExecutor.run`)."""
        from dask.distributed import as_completed

        tasks = plan.by_key()
        rank = plan.ranks()
        futures: dict[str, Any] = {}
        for task in plan.order():
            if task.local:
                continue
            inputs = {k: futures[k] for k in task.inputs}
            futures[task.key] = self.client.submit(
                registry[task.kind].run, task.args, inputs, key=f"audiobook-{task.key}",
                priority=int(rank[task.key] * 1000), retries=RETRIES, pure=False,
            )  # fmt: skip
        task_of = {future.key: key for key, future in futures.items()}
        local = [t for t in plan.tasks if t.local]
        results: dict[str, Any] = {}
        failed: set[str] = set()
        running: dict[str, Future] = {}
        pool = ThreadPoolExecutor(max_workers=self.jobs, thread_name_prefix="book")

        def start_ready() -> None:
            for task in local:
                if task.key in running or task.key in failed:
                    continue
                if any(k in failed for k in task.inputs):
                    failed.add(task.key)
                elif all(k in results for k in task.inputs):
                    inputs = {k: results[k] for k in task.inputs}
                    running[task.key] = pool.submit(registry[task.kind].run, task.args, inputs)

        def collect(block: bool) -> None:
            for key, future in list(running.items()):
                if key in results or key in failed or not (block or future.done()):
                    continue
                try:
                    value = future.result()
                except Exception as exc:
                    failed.add(key)
                    on_error(tasks[key], exc)
                    continue
                results[key] = on_result(tasks[key], value)

        try:
            start_ready()
            for future in as_completed(list(futures.values())):
                key = task_of[future.key]
                if future.status == "error":
                    failed.add(key)
                    on_error(tasks[key], future.exception())
                elif future.status == "cancelled":
                    raise ClusterError(
                        f"the Dask cluster at {self.address} dropped this build's tasks; "
                        "finished work is in the cache: run the same command again to resume"
                    )
                else:
                    results[key] = on_result(tasks[key], future.result())
                future.release()
                start_ready()
                collect(block=False)
            start_ready()
            collect(block=True)
        except (OSError, TimeoutError) as exc:
            _quiet_shutdown()
            self._cancel(futures)
            raise ClusterError(
                f"lost the Dask scheduler at {self.address} ({type(exc).__name__}); finished "
                "work is in the cache: run the same command again to resume"
            ) from None
        except BaseException as exc:
            _quiet_shutdown(isinstance(exc, KeyboardInterrupt))
            self._cancel(futures)  # Ctrl-C or a failure here: this build's tasks stop
            pool.shutdown(wait=False, cancel_futures=True)
            raise
        pool.shutdown()

    def _cancel(self, futures: dict[str, Any]) -> None:
        try:
            self.client.cancel(list(futures.values()), force=True)
        except Exception as exc:  # the scheduler may be gone already
            log.info("could not cancel the cluster's tasks: %s", exc)
