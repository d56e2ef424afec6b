"""CLI flows: a console that cannot show the title, broken Piper voices, `check` and
`proof` on damaged folders, the speech worker count, `say -o`, and counted words.

Each mend has a hit test (fails on the code before it) and a near miss (a similar
input that must keep working as it did).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

CAFE = """---
title: "Café “Noir” — Рассказ"
author: "Zoë Brontë-Ivanova"
lang: en
---

# Глава первая — À la gare

The train from Zürich was late. Zoë stood under the clock with her coffee and waited.

# Chapter 2 — Résumé

She wrote her résumé on the back of a ticket, and left the café at a quarter past five.
"""


def _run(*args: str, cwd: Path | None = None, **env: str) -> subprocess.CompletedProcess:
    """The real command, with extra environment (an ascii console, say)."""
    return subprocess.run(
        [sys.executable, "-m", "audiobook", *args],
        capture_output=True, text=True, cwd=cwd, timeout=600,
        env={**os.environ, "COLUMNS": "200", **env}, encoding="utf-8",
    )  # fmt: skip


# 1. a console that cannot show the book's title


def test_ascii_console_build_prints_its_result_line(make_book, tmp_path: Path) -> None:
    book = make_book({"café.md": CAFE}, name="cafe")
    done = _run("build", str(book / "café.md"), "-o", str(tmp_path / "out"), "-q",
                PYTHONIOENCODING="ascii")  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "built " in done.stdout and "2 chapters" in done.stdout
    assert "\\u2014" in done.stdout  # the dash escaped, not a crash


def test_ascii_console_plan_and_voices_do_not_crash(make_book) -> None:
    book = make_book({"café.md": CAFE}, name="cafe")
    plan = _run("plan", str(book / "café.md"), PYTHONIOENCODING="ascii")
    assert plan.returncode == 0, plan.stderr
    assert "Caf\\xe9" in plan.stdout
    voices = _run("voices", PYTHONIOENCODING="ascii")
    assert voices.returncode == 0, voices.stderr


def test_utf8_console_still_shows_the_title_as_written(make_book) -> None:
    book = make_book({"café.md": CAFE}, name="cafe")
    plan = _run("plan", str(book / "café.md"), PYTHONIOENCODING="utf-8")
    assert plan.returncode == 0, plan.stderr
    assert "Café “Noir” — Рассказ" in plan.stdout
    assert "\\xe9" not in plan.stdout
