"""The packages import in pipeline order only: a stage may use those before it,
never one after it (docs/ARCHITECTURE.md explains the order)."""

from __future__ import annotations

import ast
from pathlib import Path

import audiobook

SRC = Path(audiobook.__file__).parent

# Lower ranks come first; a module may import modules of its own rank or lower.
RANKS = {
    "errors": 0,
    "keys": 0,
    "files": 0,
    "tools": 0,
    "events": 0,
    "models": 1,
    "config": 1,
    "text": 2,
    "speech": 3,
    "audio": 4,
    "publish": 5,
    "build": 6,
    "proof": 7,
    "studio": 8,
    "cli": 8,
    "__main__": 9,
    "__init__": 9,
}

# Known exceptions, each with the reason it is still here.
ALLOWED: set[tuple[str, str]] = set()


def _top(name: str) -> str:
    return name.split(".")[0]


def imports_of(path: Path) -> set[str]:
    """Every `audiobook.…` module a file imports, at any depth of the file."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module]
        elif isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        else:
            continue
        found |= {n.removeprefix("audiobook.") for n in names if n.startswith("audiobook.")}
    return found


def layer_violations(root: Path) -> list[str]:
    problems = []
    for path in sorted(root.rglob("*.py")):
        module = ".".join(path.relative_to(root).with_suffix("").parts)
        rank = RANKS[_top(module)]
        for imported in imports_of(path):
            if (module, imported) in ALLOWED:
                continue
            if RANKS[_top(imported)] > rank:
                problems.append(f"{module} imports {imported}")
    return problems


def test_no_package_imports_a_later_stage():
    assert layer_violations(SRC) == []


def test_every_module_has_a_rank():
    tops = {_top(".".join(p.relative_to(SRC).with_suffix("").parts)) for p in SRC.rglob("*.py")}
    assert tops <= RANKS.keys(), tops - RANKS.keys()


def test_the_check_catches_a_text_module_importing_audio(tmp_path):
    (tmp_path / "text").mkdir()
    (tmp_path / "text" / "bad.py").write_text(
        "def f():\n    from audiobook.audio.master import master\n"
    )
    (tmp_path / "audio").mkdir()
    (tmp_path / "audio" / "ok.py").write_text("from audiobook.text.segment import segment\n")
    assert layer_violations(tmp_path) == ["text.bad imports audio.master"]


def test_readers_never_import_ingest():
    for path in (SRC / "text" / "readers").glob("*.py"):
        assert "text.ingest" not in imports_of(path), path.name
