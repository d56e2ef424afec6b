"""fixes.toml: per-segment overrides that every CLI build applies and that survive edits."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from audiobook.build.pipeline import load_book
from audiobook.errors import ConfigError
from audiobook.text.fixes import load_fixes, segment_ids

from conftest import run_cli

BOOK = """# The Lighthouse

## Arrival

The keeper's name was Ingrid Solvang. She climbed the stair at dusk.

"Light it," said the inspector. "Light it now."

## Storm

The sea rose at midnight. Yes. The lamp held. Yes.
"""
TOML = 'title = "The Lighthouse"\nauthor = "A. Writer"\n'


def _segments(folder: Path) -> dict[str, tuple[str, str, str]]:
    _, _, chapters = load_book(folder)
    return {
        ident: (seg.text, seg.spoken, seg.voice)
        for ch in chapters
        for ident, seg in zip(segment_ids(ch), ch.segments, strict=True)
    }


def _id_of(folder: Path, text: str, nth: int = 0) -> str:
    return [i for i, (t, _, _) in _segments(folder).items() if t == text][nth]


def test_a_fix_is_applied_by_the_cli_build_and_survives_unrelated_edits(make_book, tmp_path):
    folder = make_book({"book.md": BOOK, "book.toml": TOML})
    ident = _id_of(folder, "She climbed the stair at dusk.")
    (folder / "fixes.toml").write_text(
        "# made by hand\n[[fix]]\n"
        f'segment = "{ident}"\ntext = "She climbed the stair at dusk."\n'
        'spoken = "She climbed the stairs at dusk, slowly."\nvoice = "female"\n',
        encoding="utf-8",
    )
    out = tmp_path / "out"
    result = run_cli("build", str(folder), "-o", str(out), "--quiet")
    assert result.returncode == 0, result.stderr
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    segs = [s for ch in manifest["chapters"] for s in ch["segments"]]
    fixed = next(s for s in segs if s["text"] == "She climbed the stair at dusk.")
    assert fixed["spoken"] == "She climbed the stairs at dusk, slowly."
    assert fixed["voice"] == "female"
    # the manuscript's words stay: captions show what the author wrote
    assert "stairs" not in (out / "01 Arrival.vtt").read_text(encoding="utf-8")
    assert "fixes.toml: 1 sentence spoken as fixed" in run_cli("plan", str(folder)).stdout

    # an unrelated edit before it: a new paragraph, another sentence reworded
    edited = BOOK.replace("## Arrival\n\n", "## Arrival\n\nA new opening line.\n\n").replace(
        "Ingrid Solvang", "Ingrid Solvang-Berg"
    )
    (folder / "book.md").write_text(edited, encoding="utf-8")
    assert _id_of(folder, "She climbed the stair at dusk.") == ident
    _, spoken, voice = _segments(folder)[ident]
    assert (spoken, voice) == ("She climbed the stairs at dusk, slowly.", "female")


def test_repeated_sentences_have_their_own_identity(make_book):
    folder = make_book({"book.md": BOOK, "book.toml": TOML})
    first, second = _id_of(folder, "Yes."), _id_of(folder, "Yes.", 1)
    assert first != second and second.endswith(":2")
    (folder / "fixes.toml").write_text(
        f'[[fix]]\nsegment = "{second}"\nspoken = "Yes, yes."\n', encoding="utf-8"
    )
    segs = _segments(folder)
    assert segs[first][1] == "Yes." and segs[second][1] == "Yes, yes."


def test_a_fix_for_a_deleted_sentence_is_ignored_with_a_warning(make_book, caplog):
    folder = make_book({"book.md": BOOK, "book.toml": TOML})
    (folder / "fixes.toml").write_text(
        '[[fix]]\nsegment = "1:000000000000"\ntext = "Gone."\nspoken = "Gone."\n',
        encoding="utf-8",
    )
    segs = _segments(folder)
    assert "Gone." not in {s[1] for s in segs.values()}
    assert "no segment 1:000000000000" in caplog.text


def test_a_fix_follows_its_sentence_when_a_chapter_is_added_before_it(make_book, caplog):
    folder = make_book({"book.md": BOOK, "book.toml": TOML})
    ident = _id_of(folder, "The sea rose at midnight.")
    assert ident.startswith("2:")
    yes = _id_of(folder, "Yes.")
    (folder / "fixes.toml").write_text(
        f'[[fix]]\nsegment = "{ident}"\ntext = "The sea rose at  midnight."\n'
        'spoken = "The sea rose at midnight, high."\nvoice = "female"\n'
        f'[[fix]]\nsegment = "{yes}"\ntext = "Yes."\nspoken = "Yes, yes."\n',
        encoding="utf-8",
    )
    # a prologue renumbers every chapter; "Yes." is now also in the new chapter one
    (folder / "book.md").write_text(
        BOOK.replace("## Arrival", "## Prologue\n\nYes. It began with a letter.\n\n## Arrival"),
        encoding="utf-8",
    )
    segs = _segments(folder)
    moved = _id_of(folder, "The sea rose at midnight.")
    assert moved.startswith("3:")
    assert segs[moved][1:] == ("The sea rose at midnight, high.", "female")
    assert "no segment " + ident not in caplog.text
    # "Yes." is in chapters 1 and 3: its fix's own chapter number (2) has none,
    # so it is ignored rather than put on a sentence the author never fixed
    assert all(spoken == "Yes." for text, spoken, _ in segs.values() if text == "Yes.")
    assert f"no segment {yes}" in caplog.text


def test_the_studio_edits_a_moved_fix_in_place(make_book):
    from audiobook.studio.edits import set_fix
    from audiobook.text.fixes import load_fixes

    folder = make_book({"book.md": BOOK, "book.toml": TOML})
    set_fix(folder, "2:aaaaaaaaaaaa", "The sea rose at midnight.", "Old.", None)
    set_fix(folder, "3:bbbbbbbbbbbb", "The sea rose at midnight.", "New.", None, "2:aaaaaaaaaaaa")
    fixes = load_fixes(folder)
    assert list(fixes) == ["3:bbbbbbbbbbbb"] and fixes["3:bbbbbbbbbbbb"].spoken == "New."


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ('[[fix]]\nsegment = "1:abc"\nspoken = "  "\n', "'spoken' must be non-empty"),
        ('[[fix]]\nsegment = "1:abc"\nvoice = "nobody"\n', "unknown voice profile 'nobody'"),
        ('[[fix]]\nsegment = "1:abc"\n', "give 'spoken', 'voice' or both"),
        ('[[fix]]\nsegment = "1:abc"\nspoken = "x"\ncolour = 1\n', "unknown key 'colour'"),
        ("[fix\n", "invalid TOML"),
    ],
)
def test_a_bad_fixes_file_is_one_clear_error(make_book, tmp_path, body, message):
    folder = make_book({"book.md": BOOK, "book.toml": TOML})
    (folder / "fixes.toml").write_text(body, encoding="utf-8")
    with pytest.raises(ConfigError, match=r"fixes\.toml") as info:
        load_fixes(folder)
    assert message in str(info.value)
    result = run_cli("plan", str(folder))
    assert result.returncode == 2 and message in result.stderr
    assert "Traceback" not in result.stderr
