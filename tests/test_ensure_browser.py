"""scripts/ensure_browser.py: which browser the player tests get, and the one line when none.

Browsers, Playwright and apt-get are small stand-in programs here (our own logic
around them is under test); they run as real processes, so the script's
`--version` probe, timeouts and output parsing are exercised as they are in use.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

OFFLINE = 'echo "Error: getaddrinfo ENOTFOUND cdn" >&2; echo "    at stack frame" >&2'
ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "ensure_browser.py"
_spec = importlib.util.spec_from_file_location("ensure_browser", SCRIPT)
assert _spec and _spec.loader
eb = importlib.util.module_from_spec(_spec)
sys.modules["ensure_browser"] = eb  # dataclasses look their module up by name
_spec.loader.exec_module(eb)


def program(path: Path, body: str, tools: bool = True) -> Path:
    """A shell script; with `tools`, it finds mkdir and chmod after the test's PATH."""
    path.parent.mkdir(parents=True, exist_ok=True)
    head = 'PATH="$PATH:/usr/bin:/bin"\n' if tools else ""
    path.write_text(f"#!/bin/sh\n{head}{body}\n", encoding="utf-8")
    path.chmod(path.stat().st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
    return path


def browser(path: Path, version: str = "Chromium 130.0") -> Path:
    return program(path, f'echo "{version}"')


def broken(path: Path) -> Path:
    """A browser-named program that cannot start (a snap advert, missing libraries)."""
    return program(path, 'echo "error while loading shared libraries: libnss3.so" >&2; exit 127')


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    """A machine with no browser anywhere: an empty PATH dir and empty caches."""
    (tmp_path / "bin").mkdir()
    return {
        "PATH": str(tmp_path / "bin"),
        "HOME": str(tmp_path / "home"),
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
    }


def ensure(env: dict[str, str], root: bool = False, python: str = "/nonexistent/python"):
    said: list[str] = []
    chosen = eb.ensure(env, said.append, root=root, python=python)
    return chosen, said


def test_audiobook_chromium_comes_first(tmp_path, env):
    mine = browser(tmp_path / "opt" / "my-chrome", "Google Chrome 131")
    browser(tmp_path / "bin" / "chromium")
    env["AUDIOBOOK_CHROMIUM"] = str(mine)
    chosen, said = ensure(env)
    assert chosen == mine
    assert said == [
        f"browser: the player tests will use {mine} (AUDIOBOOK_CHROMIUM; Google Chrome 131)"
    ]


@pytest.mark.parametrize("target", ["missing", "broken"])
def test_a_wrong_audiobook_chromium_stops_with_one_line_and_installs_nothing(tmp_path, env, target):
    path = tmp_path / "nowhere" / "chrome"
    if target == "broken":
        broken(path)
    browser(tmp_path / "bin" / "chromium")  # not taken: the user's explicit choice is wrong
    env["AUDIOBOOK_CHROMIUM"] = str(path)
    with pytest.raises(eb.NoBrowser) as caught:
        ensure(env, python=str(program(tmp_path / "py", f'touch "{tmp_path}/used"; exit 1')))
    assert f"AUDIOBOOK_CHROMIUM={path} is not a browser that starts" in str(caught.value)
    assert "\n" not in str(caught.value)
    assert not (tmp_path / "used").exists()


def test_path_order_prefers_chromium_then_chromium_browser_then_chrome(tmp_path, env):
    browser(tmp_path / "bin" / "google-chrome", "Google Chrome 131")
    browser(tmp_path / "bin" / "chromium-browser", "Chromium 129")
    chosen, said = ensure(env)
    assert chosen == tmp_path / "bin" / "chromium-browser"
    assert said == [f"browser: the player tests will use {chosen} (on PATH; Chromium 129)"]
    browser(tmp_path / "bin" / "chromium")
    assert ensure(env)[0] == tmp_path / "bin" / "chromium"


def test_a_browser_on_path_that_does_not_start_is_passed_over(tmp_path, env):
    broken(tmp_path / "bin" / "chromium")
    browser(tmp_path / "bin" / "google-chrome")
    chosen, said = ensure(env)
    assert chosen == tmp_path / "bin" / "google-chrome"
    assert said[0].endswith("(on PATH) does not start; looking further")


def test_playwrights_cache_newest_revision_under_xdg_cache_home(tmp_path, env):
    cache = tmp_path / "cache" / "ms-playwright"
    browser(cache / "chromium-1100" / "chrome-linux" / "chrome", "Chromium 120")
    newest = browser(cache / "chromium-1255" / "chrome-linux64" / "chrome", "Chromium 159")
    browser(cache / "chromium_headless_shell-1300" / "chrome-linux64" / "chrome")  # not ours
    chosen, said = ensure(env)
    assert chosen == newest
    assert said == [
        f"browser: the player tests will use {newest} (Playwright's download; Chromium 159)"
    ]


def test_playwright_browsers_path_overrides_the_cache_folder(tmp_path, env):
    env["PLAYWRIGHT_BROWSERS_PATH"] = str(tmp_path / "pw")
    browser(tmp_path / "cache" / "ms-playwright" / "chromium-1" / "chrome-linux64" / "chrome")
    there = browser(tmp_path / "pw" / "chromium-2" / "chrome-linux64" / "chrome")
    assert ensure(env)[0] == there


def test_nothing_found_fetches_playwrights_chromium_into_the_cache(tmp_path, env):
    target = tmp_path / "cache" / "ms-playwright" / "chromium-1255" / "chrome-linux64" / "chrome"
    fake_python = program(
        tmp_path / "python",
        f'[ "$*" = "-m playwright install chromium" ] || exit 9\n'
        f'mkdir -p "{target.parent}"\nprintf \'#!/bin/sh\\necho Chromium 159\\n\' > "{target}"\n'
        f'chmod +x "{target}"',
    )
    chosen, said = ensure(env, python=str(fake_python))
    assert chosen == target
    assert said[0].startswith("browser: none on PATH or in ")
    assert "downloading Playwright's Chromium there" in said[0]
    assert said[1] == (
        f"browser: the player tests will use {target} (Playwright's download; Chromium 159)"
    )


def test_download_fails_then_root_with_apt_installs_the_distributions_chromium(tmp_path, env):
    fake_python = program(tmp_path / "python", f"{OFFLINE}\nexit 1")
    log = tmp_path / "apt.log"
    chromium = tmp_path / "bin" / "chromium"
    program(
        tmp_path / "bin" / "apt-get",
        f'echo "$DEBIAN_FRONTEND $*" >> "{log}"\n'
        f'case "$*" in *install*) printf \'#!/bin/sh\\necho Chromium 126\\n\' > "{chromium}"; '
        f'chmod +x "{chromium}";; esac',
    )
    chosen, said = ensure(env, root=True, python=str(fake_python))
    assert chosen == tmp_path / "bin" / "chromium"
    assert log.read_text().splitlines() == [
        "noninteractive update -qq",
        "noninteractive install -y -qq --no-install-recommends chromium",
    ]
    assert said[1] == (
        "browser: Playwright's download failed: Error: getaddrinfo ENOTFOUND cdn; "
        "installing the distribution's chromium with apt-get"
    )
    assert said[2] == f"browser: the player tests will use {chosen} (on PATH; Chromium 126)"


@pytest.mark.parametrize(
    ("root", "apt", "fix"),
    [
        (False, True, "fix: `sudo apt-get install -y chromium`"),
        (False, False, "-m playwright install chromium` where its download host is reachable"),
        (True, False, "-m playwright install chromium` where its download host is reachable"),
        (True, True, "`apt-get install chromium` failed (E: Unable to locate package chromium)"),
    ],
)
def test_no_browser_and_no_way_to_get_one_is_one_line(tmp_path, env, root, apt, fix):
    fake_python = program(tmp_path / "python", f"{OFFLINE}\nexit 1")
    if apt:
        program(
            tmp_path / "bin" / "apt-get",
            'case "$*" in *install*)\n'
            '  echo "E: Unable to locate package chromium" >&2; exit 100;;\nesac',
        )
    with pytest.raises(eb.NoBrowser) as caught:
        ensure(env, root=root, python=str(fake_python))
    message = str(caught.value)
    assert "\n" not in message
    assert message.startswith("no browser for the player tests")
    assert "Error: getaddrinfo ENOTFOUND cdn" in message
    assert fix in message
    assert "AUDIOBOOK_CHROMIUM" in message


def test_the_script_records_its_choice_for_the_makefile(tmp_path, env):
    chrome = browser(tmp_path / "bin" / "chromium")
    record = tmp_path / "venv" / "browser"
    done = subprocess.run(
        [sys.executable, str(SCRIPT), "--record", str(record)],
        env=env, capture_output=True, text=True, check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == f"browser: the player tests will use {chrome} (on PATH; Chromium 130.0)\n"
    assert record.read_text() == f"{chrome}\n"


def test_make_test_stops_before_ruff_and_pytest_with_one_line(tmp_path, env):
    """The Makefile's own recipe on a machine with no browser and no way to one: the
    script's line on stderr, exit ≠ 0, and neither ruff nor pytest started."""
    for tool in ("make", "sh", "cat"):
        found = shutil.which(tool)
        assert found, f"`{tool}` is needed to run the Makefile's recipe"
        os.symlink(found, tmp_path / "bin" / tool)
    # Playwright's download fails as on a machine that cannot reach it.
    (tmp_path / "fakepw" / "playwright").mkdir(parents=True)
    (tmp_path / "fakepw" / "playwright" / "__main__.py").write_text(
        "import sys\nprint('Error: getaddrinfo ENOTFOUND cdn', file=sys.stderr)\nsys.exit(1)\n"
    )
    (tmp_path / "fakepw" / "playwright" / "__init__.py").write_text("")
    log = tmp_path / "ran.log"
    fakebin = tmp_path / "venvbin"
    program(
        fakebin / "python",
        f'case "$1" in scripts/ensure_browser.py) exec "{sys.executable}" "$@";; esac\n'
        f'echo "python $*" >> "{log}"',
        tools=False,  # ensure_browser must see the test's PATH alone
    )
    program(fakebin / "ruff", f'echo "ruff $*" >> "{log}"', tools=False)
    done = subprocess.run(
        ["make", "--no-print-directory", "-o", ".venv/.installed", "test", f"BIN={fakebin}"],
        cwd=ROOT, env={**env, "PYTHONPATH": str(tmp_path / "fakepw")},
        capture_output=True, text=True, check=False, timeout=120,
    )
    assert done.returncode != 0
    ours = [line for line in done.stderr.splitlines() if not line.startswith("make")]
    assert len(ours) == 1
    assert ours[0].startswith("error: no browser for the player tests")
    assert not log.exists()  # neither ruff nor pytest ran


def test_ci_runs_only_what_the_readme_tells_a_newcomer():
    lines = (ROOT / ".ci" / "run").read_text().splitlines()
    commands = [line.strip() for line in lines if line.strip() and not line.startswith("#")]
    assert commands == ["set -euo pipefail", 'cd "$(dirname "$0")/.."', "make test"]


def test_the_version_is_said_without_debians_build_note(tmp_path, env):
    browser(tmp_path / "bin" / "chromium", "Chromium 156.0.8078.114 built on Debian GNU/Linux 12")
    assert ensure(env)[1][0].endswith("(on PATH; Chromium 156.0.8078.114)")
