"""Find, or fetch, the Chromium that the player tests drive.

`make test` runs this before any test, so a machine without a browser stops
with one line that says what is missing and how to fix it, instead of the
player tests erroring one by one. The order, cheapest first:

1. `AUDIOBOOK_CHROMIUM` (the user's explicit choice: if it does not run, stop);
2. Chromium or Chrome on PATH;
3. a Chromium that Playwright downloaded earlier (its cache folder);
4. Playwright's own download, into the user's cache, no root needed;
5. as root on a system with apt, the distribution's `chromium` package;
6. otherwise: one line, exit 1.

A candidate counts only if `BROWSER --version` runs: a wrapper that merely
advertises a snap, or a downloaded build missing its shared libraries, would
fail every player test later.

    python scripts/ensure_browser.py [--record .venv/browser]

`--record PATH` writes the chosen executable's path to PATH, which the
Makefile hands to pytest as `AUDIOBOOK_CHROMIUM`.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

PATH_NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
PLAYWRIGHT_TIMEOUT_S = 300  # a 170 MB download on a slow line; an unreachable host fails in seconds
APT_TIMEOUT_S = 900
VERSION_TIMEOUT_S = 30
ANSI = re.compile(r"\x1b\[[0-9;]*m")

Runner = Callable[[Sequence[str], Mapping[str, str], float], "Ran"]


@dataclass(frozen=True)
class Ran:
    """What a command did: its exit code and the last line it said (for one-line reports)."""

    code: int
    out: str
    last_line: str


class NoBrowser(Exception):
    """No browser, and no way to get one here: the message is the one line to show."""


def run(argv: Sequence[str], env: Mapping[str, str], timeout: float) -> Ran:
    """Run a command quietly; a timeout or a missing program is a failure, not a crash."""
    try:
        done = subprocess.run(
            list(argv), env=dict(env), capture_output=True, text=True, timeout=timeout,
            stdin=subprocess.DEVNULL, check=False,
        )
    except subprocess.TimeoutExpired:
        return Ran(124, "", f"no answer within {timeout:.0f} s")
    except OSError as error:
        return Ran(127, "", error.strerror or str(error))
    said = gist(done.stderr + "\n" + done.stdout, done.returncode)
    return Ran(done.returncode, done.stdout, said)


def gist(output: str, code: int) -> str:
    """The line of a command's output that says what went wrong: its first error line
    (Playwright's `Error: getaddrinfo ENOTFOUND …`, apt's `E: Unable to locate …`), not
    the stack trace after it."""
    lines = [ANSI.sub("", line).strip() for line in output.splitlines()]
    said = [line for line in lines if line]
    errors = [line for line in said if re.match(r"(error|e):", line, re.IGNORECASE)]
    return (errors or said[-1:] or [f"exit code {code}"])[0]


def version_of(browser: Path, env: Mapping[str, str], runner: Runner) -> str | None:
    """The browser's version line, or None when it does not start."""
    ran = runner([str(browser), "--version"], env, VERSION_TIMEOUT_S)
    if ran.code != 0:
        return None
    first = ran.out.strip().splitlines()
    # Debian's says "Chromium 156.0.8078.114 built on Debian GNU/Linux 12 (bookworm)".
    return first[0].split(" built on ")[0].strip() if first else "version unknown"


def on_path(env: Mapping[str, str]) -> list[Path]:
    """Every Chromium or Chrome on the PATH of `env`, in our order of preference."""
    found = []
    for name in PATH_NAMES:
        where = shutil.which(name, path=env.get("PATH", ""))
        if where:
            found.append(Path(where))
    return found


def playwright_cache(env: Mapping[str, str]) -> Path:
    """Where Playwright keeps its browsers on Linux (it honours XDG_CACHE_HOME)."""
    if env.get("PLAYWRIGHT_BROWSERS_PATH"):
        return Path(env["PLAYWRIGHT_BROWSERS_PATH"])
    cache = env.get("XDG_CACHE_HOME") or str(Path(env.get("HOME") or Path.home()) / ".cache")
    return Path(cache) / "ms-playwright"


def in_playwright_cache(env: Mapping[str, str]) -> list[Path]:
    """Playwright's Chromium builds, newest revision first (`chromium-1255/chrome-linux64/chrome`;
    older releases used `chrome-linux`)."""
    root = playwright_cache(env)
    builds = []
    for folder in root.glob("chromium-*"):
        revision = re.fullmatch(r"chromium-(\d+)", folder.name)
        if not revision:
            continue
        for sub in ("chrome-linux64", "chrome-linux"):
            chrome = folder / sub / "chrome"
            if chrome.is_file():
                builds.append((int(revision.group(1)), chrome))
                break
    return [chrome for _, chrome in sorted(builds, reverse=True)]


def shown(path: str) -> str:
    """A path as short as it can be said from here (`.venv/bin/python`)."""
    try:
        near = os.path.relpath(path)
    except ValueError:  # another drive
        return path
    return path if near.startswith("..") else near


def is_root() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0


def ensure(
    env: Mapping[str, str],
    say: Callable[[str], None],
    runner: Runner = run,
    root: bool | None = None,
    python: str = sys.executable,
) -> Path:
    """The browser the player tests will use, installed if need be; NoBrowser when none."""
    root = is_root() if root is None else root

    def usable(browser: Path, how: str) -> Path | None:
        version = version_of(browser, env, runner)
        if version is None:
            say(f"browser: {browser} ({how}) does not start; looking further")
            return None
        say(f"browser: the player tests will use {browser} ({how}; {version})")
        return browser

    chosen = env.get("AUDIOBOOK_CHROMIUM", "").strip()
    if chosen:
        browser = Path(chosen)
        version = version_of(browser, env, runner) if browser.is_file() else None
        if version is not None:
            say(f"browser: the player tests will use {browser} (AUDIOBOOK_CHROMIUM; {version})")
            return browser
        raise NoBrowser(
            f"AUDIOBOOK_CHROMIUM={chosen} is not a browser that starts: point it at a "
            "Chromium or Chrome executable, or unset it to let `make test` find or fetch one"
        )

    def look() -> Path | None:
        for browser in on_path(env):
            if usable(browser, "on PATH"):
                return browser
        for browser in in_playwright_cache(env):
            if usable(browser, "Playwright's download"):
                return browser
        return None

    browser = look()
    if browser:
        return browser

    cache = playwright_cache(env)
    say(f"browser: none on PATH or in {cache}; downloading Playwright's Chromium there")
    ran = runner([python, "-m", "playwright", "install", "chromium"], env, PLAYWRIGHT_TIMEOUT_S)
    if ran.code == 0:
        for browser in in_playwright_cache(env):
            if usable(browser, "Playwright's download"):
                return browser
    why = f"Playwright's download failed: {ran.last_line}" if ran.code else (
        "Playwright's download does not start here (missing system libraries?)"
    )

    apt = shutil.which("apt-get", path=env.get("PATH", ""))
    if root and apt:
        say(f"browser: {why}; installing the distribution's chromium with apt-get")
        apt_env = {**env, "DEBIAN_FRONTEND": "noninteractive"}
        ran = runner([apt, "update", "-qq"], apt_env, APT_TIMEOUT_S)
        if ran.code == 0:
            ran = runner(
                [apt, "install", "-y", "-qq", "--no-install-recommends", "chromium"],
                apt_env, APT_TIMEOUT_S,
            )
        if ran.code == 0:
            browser = look()
            if browser:
                return browser
            problem = "`apt-get install chromium` ran, yet no Chromium that starts is on PATH"
        else:
            problem = f"`apt-get install chromium` failed ({ran.last_line})"
        raise NoBrowser(
            f"no browser for the player tests: {why}, and {problem}; fix: install Chromium "
            "or Chrome, or set AUDIOBOOK_CHROMIUM to one"
        )
    fix = (
        "`sudo apt-get install -y chromium`"
        if apt
        else f"`{shown(python)} -m playwright install chromium` where its download host "
        "is reachable"
    )
    raise NoBrowser(
        f"no browser for the player tests (none on PATH, none in {cache}; {why}); "
        f"fix: {fix}, or set AUDIOBOOK_CHROMIUM to a Chromium or Chrome"
    )


def record(browser: Path, where: Path) -> None:
    """Write the browser's path for the Makefile, whole or not at all."""
    where.parent.mkdir(parents=True, exist_ok=True)
    partial = where.with_name(where.name + ".partial")
    partial.write_text(f"{browser}\n", encoding="utf-8")
    os.replace(partial, where)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--record", type=Path, help="write the chosen browser's path here")
    args = parser.parse_args(argv)
    try:
        browser = ensure(os.environ, lambda line: print(line, flush=True))
    except NoBrowser as missing:
        print(f"error: {missing}", file=sys.stderr)
        return 1
    if args.record:
        record(browser, args.record)
    return 0


if __name__ == "__main__":
    sys.exit(main())
