"""What a first-time user tripped over in book.toml and the small commands.

Each test runs the real command line: silent book.toml mistakes are listed by
`plan` and warned of by `build` (never errors); errors name the key and its line;
`say`, `voices` and `check` say what a user needs to know.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys

import pytest

from conftest import run_cli

STORY = """# The Lamp at Harrow End

## One

"Come in," said Anna. The room was dark, and it smelled of rain.

She lit the lamp and sat down.

## About the Author

Tom Reed writes short books about lamps.
"""

UNMATCHED = """title = "The Lamp at Harrow End"
[cast]
Zed = "male"
"Anna Lowe" = "female"
[pronounce]
Nonexistentword = "foo"
lamp = "lamp"
[text]
skip = ["About the Autor"]
keep = ["about the author"]
"""


def _lines(text: str, needle: str) -> list[str]:
    return [line for line in text.splitlines() if needle in line]


def test_plan_lists_each_book_toml_entry_that_matches_nothing(make_book) -> None:
    folder = make_book({"story.md": STORY, "book.toml": UNMATCHED})
    result = run_cli("plan", str(folder))
    assert result.returncode == 0, result.stderr
    said = result.stdout
    assert "[text] skip 'About the Autor' matched nothing" in said
    assert "[cast] 'Zed' is never named in the book" in said
    assert "[pronounce] 'Nonexistentword' is not in the book" in said
    # near misses: a keep that matched (whatever its case), a cast member named by a
    # part of the name ("said Anna"), a pronounced word in any case ("lamps" is not it)
    assert "'about the author'" not in said
    assert "'Anna Lowe'" not in said
    assert "'lamp'" not in said
    assert len(_lines(said, "book.toml: [")) == 3


def test_build_warns_once_for_each_unmatched_entry_and_still_builds(make_book, tmp_path) -> None:
    folder = make_book({"story.md": STORY, "book.toml": UNMATCHED})
    result = run_cli("build", str(folder), "-o", str(tmp_path / "out"), "--quiet")
    assert result.returncode == 0, result.stderr
    warnings = _lines(result.stderr, "WARNING")
    assert len(warnings) == 3, result.stderr
    assert len(_lines(result.stderr, "[text] skip 'About the Autor' matched nothing")) == 1
    assert len(_lines(result.stderr, "[cast] 'Zed' is never named")) == 1
    assert len(_lines(result.stderr, "[pronounce] 'Nonexistentword'")) == 1
    assert (tmp_path / "out" / "manifest.json").is_file()


@pytest.mark.parametrize(
    ("toml", "command", "message"),
    [
        ('title = "T"\nvoice = "nobody"\n', "plan",
         "'voice' (line 2, column 1) names an unknown voice profile 'nobody'"),
        ('title = "T"\n[cast]\nAnna = "nobody"\n', "plan",
         "'cast.Anna' (line 3, column 1) names an unknown voice profile 'nobody'"),
        ('[cast]\nNobody = "nobdy"\n', "plan",  # a character the book never names too
         "'cast.Nobody' (line 2, column 1) names an unknown voice profile 'nobdy'"),
        ('language = "zz"\n', "plan",
         "'language' (line 1, column 1) must be a language code such as \"en\""),
        ('title = "T"\nlanguage = "English"\n', "plan", "'language' (line 2, column 1)"),
        ('cover = "missing.png"\n', "build", "'cover' (line 1, column 1) names missing.png"),
        ('cover = "story.md"\n', "build", "'cover' (line 1, column 1) names story.md: not a PNG"),
        ('[text]\nskip = ["About", 3]\n', "plan", 'a list of headings or file names, e.g. skip'),
    ],
)  # fmt: skip
def test_book_toml_errors_name_the_key_and_its_line(make_book, tmp_path, toml, command, message):
    folder = make_book({"story.md": STORY, "book.toml": toml})
    args = ["-o", str(tmp_path / "out"), "--quiet"] if command == "build" else []
    result = run_cli(command, str(folder), *args)
    assert result.returncode == 2, result.stdout + result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert "book.toml: " in result.stderr and message in result.stderr
    assert not (tmp_path / "out").exists()


def test_a_lone_skip_is_a_list_of_one(make_book) -> None:
    toml = '[text]\nskip = "About the Author"\n'
    result = run_cli("plan", str(make_book({"story.md": STORY, "book.toml": toml})))
    assert result.returncode == 0, result.stderr
    assert "left out: section 'About the Author' ([text] skip in book.toml" in result.stdout


def test_a_real_language_with_no_voice_installed_stays_a_warning(make_book) -> None:
    toml = 'language = "yo"\n'  # Yoruba: a language espeak-ng has no voice for
    result = run_cli("plan", str(make_book({"story.md": STORY, "book.toml": toml})))
    assert result.returncode == 0, result.stderr
    assert "no yo voice installed" in result.stderr


def test_a_year_written_as_a_number_is_its_text(make_book) -> None:
    folder = make_book({"story.md": STORY, "book.toml": "year = 2026\n"})
    assert run_cli("plan", str(folder)).returncode == 0
    probe = "from audiobook.config import load_book_config as l; import sys;" \
            "print(repr(l(__import__('pathlib').Path(sys.argv[1])).year))"  # fmt: skip
    year = subprocess.run([sys.executable, "-c", probe, str(folder / "book.toml")],
                          capture_output=True, text=True, check=True)  # fmt: skip
    assert year.stdout.strip() == "'2026'"


def test_year_true_is_still_refused(make_book) -> None:
    result = run_cli("plan", str(make_book({"story.md": STORY, "book.toml": "year = true\n"})))
    assert result.returncode == 2
    assert "'year' (line 1, column 1) must be a year of four digits" in result.stderr
    assert "not a boolean" in result.stderr


@pytest.mark.parametrize("year", ["-44", '"circa 1900"', '"1923-13"', '"MMXX"'])
def test_a_year_the_tags_cannot_hold_is_refused(make_book, year) -> None:
    # an ID3 date (TDRC) and an EPUB date hold four digits or a date; mutagen wrote
    # "circa 1900" and -44 as an empty date, with no word to the user
    result = run_cli("plan", str(make_book({"story.md": STORY, "book.toml": f"year = {year}\n"})))
    assert result.returncode == 2
    assert "'year' (line 1, column 1) must be a year of four digits" in result.stderr


def test_a_year_given_as_a_date_is_kept(make_book) -> None:
    toml = 'year = "1923-04-09"\n'
    assert run_cli("plan", str(make_book({"story.md": STORY, "book.toml": toml}))).returncode == 0


def test_say_with_an_unknown_voice_blames_the_voice_not_narrator_toml(tmp_path) -> None:
    result = run_cli("say", "Hello.", "-v", "bogus", "-o", str(tmp_path / "x.mp3"))
    assert result.returncode == 2
    assert "unknown voice 'bogus': neither a voice profile" in result.stderr
    assert "nor an engine voice id" in result.stderr
    assert "narrator.toml" not in result.stderr
    assert not (tmp_path / "x.mp3").exists()


@pytest.mark.parametrize("text", ["", "   ***   "])
def test_say_with_nothing_to_say_is_one_line_exit_2(tmp_path, text) -> None:
    result = run_cli("say", text, "-o", str(tmp_path / "x.mp3"))
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        'audiobook: error: nothing to say; give some words, e.g. audiobook say "Hello there."'
    ]
    assert not (tmp_path / "x.mp3").exists()


def test_say_still_speaks_an_engine_voice_id(tmp_path) -> None:
    result = run_cli("say", "Hello.", "-v", "gmw/en-gb-scotland", "-o", str(tmp_path / "x.mp3"))
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "x.mp3").stat().st_size > 0


def test_voices_in_a_pipe_are_whole_lines_with_whole_ids() -> None:
    result = run_cli("voices")
    assert result.returncode == 0, result.stderr
    rows = [line.split("\t") for line in result.stdout.splitlines()]
    assert rows and all(len(row) == 5 for row in rows)
    ids = {row[0] for row in rows}
    assert {"gmw/en-gb-scotland", "gmw/en-gb-x-gbclan", "sit/cmn-latn-pinyin"} <= ids
    assert "…" not in result.stdout


def test_voices_in_an_80_column_terminal_keep_every_id_whole() -> None:
    env = {**os.environ, "COLUMNS": "80", "TTY_COMPATIBLE": "1", "TTY_INTERACTIVE": "0"}
    result = subprocess.run([sys.executable, "-m", "audiobook", "voices"], capture_output=True,
                            text=True, env=env, timeout=120)  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "│" in result.stdout  # the table, as a terminal shows it
    for voice_id in ("gmw/en-gb-scotland", "gmw/en-gb-x-gbclan", "sit/cmn-latn-pinyin"):
        assert voice_id in result.stdout
    shown = re.sub(r"\x1b\[[0-9;]*m", "", result.stdout)  # less its styles
    assert max(len(line) for line in shown.splitlines()) <= 80


def test_voices_for_a_language_with_none_says_so() -> None:
    result = run_cli("voices", "-l", "xx")
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        "audiobook: error: no installed voice for language 'xx'; `audiobook voices` lists them all"
    ]


def test_check_judges_a_podcast_build_by_the_profile_its_qc_json_records(make_book, tmp_path):
    toml = '[output]\nprofile = "podcast"\nm4b = false\nepub = false\n'
    folder = make_book({"story.md": STORY, "book.toml": toml})
    out = tmp_path / "out"
    built = run_cli("build", str(folder), "-o", str(out), "--quiet")
    assert built.returncode == 0, built.stderr
    assert json.loads((out / "qc.json").read_text())["profile"] == "podcast"

    result = run_cli("check", str(out))
    assert result.returncode == 0, result.stdout
    last = result.stdout.strip().splitlines()[-1]
    assert "pass podcast" in last and "recorded in" in last and "qc.json" in last

    chosen = run_cli("check", str(out), "--profile", "raw")
    assert "pass raw" in chosen.stdout and "recorded in" not in chosen.stdout


def test_text_entries_match_an_epubs_pages_by_file_name(make_book) -> None:
    from epubs import write_epub

    folder = make_book({"book.toml": '[text]\nskip = ["ads*.xhtml", "promo*.xhtml"]\n'
                                     'keep = ["story.xhtml"]\n'})  # fmt: skip
    pages = [
        ("story.xhtml", "The Ferry", "<h1>The Ferry</h1><p>The ferry left at dawn. "
         "Nobody on board spoke until the gulls came.</p>"),
        ("ads1.xhtml", "More Books", "<h1>More Books</h1><p>Read our spring list.</p>"),
    ]  # fmt: skip
    write_epub(folder / "ferry.epub", pages)
    result = run_cli("plan", str(folder))
    assert result.returncode == 0, result.stderr
    assert "[text] skip 'promo*.xhtml' matched nothing" in result.stdout
    assert "'ads*.xhtml'" not in result.stdout  # it left out a page
    assert "'story.xhtml'" not in result.stdout  # it kept one
