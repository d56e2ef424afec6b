"""Try the README's two commands as a newcomer would: a fresh clone, empty caches.

A working tree hides what a new machine lacks: an existing venv, a warm
segment cache, a browser installed by hand, variables in the shell. This
clones the current commit (HEAD; uncommitted changes are not part of it) into
a temporary folder, gives it an empty cache folder (XDG_CACHE_HOME, which
holds the segment cache and Playwright's browsers) and an empty pip cache,
drops our own AUDIOBOOK_* settings and make's variables from the environment,
and runs `make audiobook` and then `make test` there. Each prints its wall
time and result; the exit code is 1 if either failed. Run it before every
release.

    python3 scripts/fresh_check.py [--keep]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Mapping, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
COMMANDS = (("make", "audiobook"), ("make", "test"))
# Settings a newcomer's shell does not have: ours, make's (when run from `make fresh`),
# an activated venv, and places that would point at caches this check must not see.
DROPPED_PREFIXES = ("AUDIOBOOK_",)
DROPPED = {
    "MAKEFLAGS", "MFLAGS", "MAKELEVEL", "MAKEOVERRIDES", "VIRTUAL_ENV", "PYTHONPATH",
    "PYTHONHOME", "PLAYWRIGHT_BROWSERS_PATH", "PIP_NO_CACHE_DIR",
}
TAIL_LINES = 25


def fresh_env(env: Mapping[str, str], scratch: Path) -> dict[str, str]:
    """The environment of a newcomer's shell: no settings of ours or make's, empty caches."""
    kept = {
        key: value
        for key, value in env.items()
        if key not in DROPPED and not key.startswith(DROPPED_PREFIXES)
    }
    kept["XDG_CACHE_HOME"] = str(scratch / "cache")
    kept["PIP_CACHE_DIR"] = str(scratch / "pip-cache")
    if venv := env.get("VIRTUAL_ENV"):  # an activated venv first on PATH
        path = kept.get("PATH", "").split(os.pathsep)
        kept["PATH"] = os.pathsep.join(p for p in path if p != str(Path(venv) / "bin"))
    return kept


def summary(output: str) -> str:
    """pytest's closing line ("512 passed, 1 skipped in 400.1s"), when there is one."""
    for line in reversed(output.splitlines()):
        words = line.strip("= ").strip()
        if " in " in words and any(
            k in words for k in (" passed", " failed", " error", " no tests ran")
        ):
            return words
    return ""


def clone(source: Path, commit: str, into: Path) -> None:
    """A clone of `source` at `commit`, as `git clone` would give a newcomer."""
    git = ["git", "clone", "--quiet", "--no-hardlinks", str(source), str(into)]
    subprocess.run(git, check=True)
    subprocess.run(["git", "-C", str(into), "checkout", "--quiet", "--detach", commit], check=True)


def check(keep: bool = False, env: Mapping[str, str] = os.environ, source: Path = ROOT) -> int:
    """Clone, run the two commands, report; 0 when both passed."""
    commit = subprocess.run(
        ["git", "-C", str(source), "rev-parse", "HEAD"], capture_output=True, text=True, check=True
    ).stdout.strip()
    dirty = subprocess.run(
        ["git", "-C", str(source), "status", "--porcelain", "--untracked-files=no"],
        capture_output=True, text=True, check=True,
    ).stdout.strip()
    scratch = Path(tempfile.mkdtemp(prefix="audiobook-fresh-"))
    tree = scratch / "audiobook"
    print(f"fresh check of {commit[:12]} in {tree}", flush=True)
    if dirty:
        print("note: uncommitted changes here are not part of the check", flush=True)
    failed = 0
    try:
        try:
            clone(source, commit, tree)
        except subprocess.CalledProcessError as error:
            print(f"error: could not clone {source} at {commit[:12]} (git exit {error.returncode})")
            return 1
        shell = fresh_env(env, scratch)
        for argv in COMMANDS:
            command = " ".join(argv)
            print(f"{command}: running…", flush=True)
            start = time.monotonic()
            done = subprocess.run(
                list(argv), cwd=tree, env=shell, stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, check=False,
            )
            seconds = time.monotonic() - start
            (scratch / f"{argv[-1]}.log").write_text(done.stdout, encoding="utf-8")
            result = "passed" if done.returncode == 0 else f"FAILED (exit {done.returncode})"
            tests = summary(done.stdout)
            print(f"{command}: {result} in {seconds:.0f} s" + (f" — {tests}" if tests else ""),
                  flush=True)
            if done.returncode:
                failed += 1
                tail = done.stdout.rstrip().splitlines()[-TAIL_LINES:]
                print("\n".join(f"    {line}" for line in tail), flush=True)
    finally:
        if keep:
            print(f"kept {scratch} (the clone, its caches and a log per command)")
        else:
            shutil.rmtree(scratch, ignore_errors=True)
    print("fresh check: " + ("passed" if not failed else f"{failed} of {len(COMMANDS)} failed"))
    return 1 if failed else 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", action="store_true", help="keep the temporary clone")
    args = parser.parse_args(argv)
    return check(keep=args.keep)


if __name__ == "__main__":
    sys.exit(main())
