"""scripts/fresh_check.py: the newcomer's environment, and the run around `make`.

`make` itself is a stand-in here (the real run takes many minutes and is what
`make fresh` is for); the clone is real, of this repository's HEAD.
"""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("fresh_check", ROOT / "scripts" / "fresh_check.py")
assert _spec and _spec.loader
fc = importlib.util.module_from_spec(_spec)
sys.modules["fresh_check"] = fc
_spec.loader.exec_module(fc)


def test_the_environment_is_a_newcomers_with_empty_caches(tmp_path):
    mine = {
        "PATH": "/home/me/proj/.venv/bin:/usr/bin:/bin",
        "HOME": "/home/me",
        "LANG": "C.UTF-8",
        "PIP_FIND_LINKS": "/opt/wheels",
        "AUDIOBOOK_CACHE": "/home/me/warm-cache",
        "AUDIOBOOK_CHROMIUM": "/usr/bin/chromium",
        "MAKEFLAGS": "-j8",
        "MAKELEVEL": "1",
        "VIRTUAL_ENV": "/home/me/proj/.venv",
        "PLAYWRIGHT_BROWSERS_PATH": "/home/me/pw",
        "XDG_CACHE_HOME": "/home/me/.cache",
        "PIP_CACHE_DIR": "/home/me/.cache/pip",
    }
    env = fc.fresh_env(mine, tmp_path)
    assert env == {
        "PATH": "/usr/bin:/bin",
        "HOME": "/home/me",
        "LANG": "C.UTF-8",
        "PIP_FIND_LINKS": "/opt/wheels",
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
        "PIP_CACHE_DIR": str(tmp_path / "pip-cache"),
    }


def test_pytests_closing_line_is_found():
    out = "....\nFAILED tests/test_x.py::test_y\n"
    out += "===== 1 failed, 512 passed, 2 skipped in 401.20s =====\n"
    assert fc.summary(out) == "1 failed, 512 passed, 2 skipped in 401.20s"
    assert fc.summary("make: Nothing to be done for 'audiobook'.\n") == ""


def test_a_fresh_check_runs_both_commands_in_a_clean_clone_and_reports(tmp_path, capsys):
    fake = tmp_path / "bin"
    fake.mkdir()
    seen = tmp_path / "seen.log"
    (fake / "make").write_text(
        "#!/bin/sh\n"
        f'echo "$* cache=$XDG_CACHE_HOME ours=${{AUDIOBOOK_CACHE:-none}}'
        f' flags=${{MAKEFLAGS:-none}}" >> "{seen}"\n'
        f'test -f Makefile && test -d .git && git rev-parse HEAD >> "{seen}"\n'
        'ls "$XDG_CACHE_HOME" 2>/dev/null | grep -q . && echo "cache not empty" && exit 3\n'
        'if [ "$1" = test ]; then echo "FAILED tests/test_a.py::test_b"; '
        'echo "== 1 failed, 9 passed in 2.00s =="; exit 1; fi\n'
        'echo "built"\n'
    )
    (fake / "make").chmod(0o755)
    env = {
        "PATH": f"{fake}:/usr/bin:/bin",
        "HOME": str(tmp_path),
        "AUDIOBOOK_CACHE": str(tmp_path / "warm"),
        "MAKEFLAGS": "-j8",
    }
    assert fc.check(env=env, source=ROOT) == 1
    out = capsys.readouterr().out
    head = subprocess.run(
        ["git", "-C", str(ROOT), "rev-parse", "HEAD"], capture_output=True, text=True, check=True
    ).stdout.strip()
    scratch = Path(re.search(r"fresh check of \w+ in (\S+)", out).group(1)).parent
    lines = seen.read_text().splitlines()
    cache = scratch / "cache"
    assert lines == [
        f"audiobook cache={cache} ours=none flags=none", head,
        f"test cache={cache} ours=none flags=none", head,
    ]
    assert re.search(r"^make audiobook: passed in \d+ s$", out, re.M)
    assert re.search(r"^make test: FAILED \(exit 1\) in \d+ s — 1 failed, 9 passed in 2.00s$",
                     out, re.M)
    assert "    FAILED tests/test_a.py::test_b" in out  # the tail of the failing command
    assert out.rstrip().endswith("fresh check: 1 of 2 failed")
    assert not scratch.exists()  # removed without --keep
