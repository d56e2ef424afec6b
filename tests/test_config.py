"""book.toml and voice profiles: every option kept, every problem named at its real line."""

from __future__ import annotations

from pathlib import Path

import pytest

from audiobook.config import (
    BookConfig,
    ChapterDecl,
    Output,
    Pauses,
    load_book_config,
    load_voice,
    toml_positions,
)
from audiobook.errors import ConfigError

FULL = """\
title = "The Masterpiece"
author = "Anonymous"
narrator = "Nia"
language = "en"
manuscript = ["one.md", "two.txt"]
cover = "cover.jpg"
genre = "Fiction"
year = "2026"
voice = "female"
unattributed_dialogue = "last"

[[chapters]]
title = "  The Studio "
starts_with = "He made his way"

[pauses]
sentence_ms = 400
tail_ms = 0

[output]
profile = "podcast"
bitrate_kbps = 128
sample_rate = 48000
m4b = false
player = false

[pronounce]
Kalmurzaev = "Kalmoorzayev"

[cast]
Natalia = " female "
"Ingemar Kalmurzaev" = "male"
"""


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "book.toml"
    path.write_text(text, encoding="utf-8")
    return path


def _problems(tmp_path: Path, text: str) -> str:
    with pytest.raises(ConfigError) as caught:
        load_book_config(_write(tmp_path, text))
    return str(caught.value)


def test_every_option_is_read_with_its_meaning(tmp_path):
    path = _write(tmp_path, FULL)
    config = load_book_config(path)
    assert config == BookConfig(
        title="The Masterpiece",
        author="Anonymous",
        narrator="Nia",
        language="en",
        manuscript=("one.md", "two.txt"),
        cover="cover.jpg",
        genre="Fiction",
        year="2026",
        voice="female",
        unattributed_dialogue="last",
        chapters=(ChapterDecl("The Studio", "He made his way"),),
        pauses=Pauses(sentence_ms=400, tail_ms=0),
        output=Output(
            profile="podcast", bitrate_kbps=128, sample_rate=48000, m4b=False, player=False
        ),
        pronounce={"Kalmurzaev": "Kalmoorzayev"},
        cast={"Natalia": "female", "Ingemar Kalmurzaev": "male"},
        source=path,
    )


def test_an_empty_file_gives_the_defaults(tmp_path):
    assert load_book_config(_write(tmp_path, "")) == BookConfig(source=tmp_path / "book.toml")


def test_an_empty_chapter_title_is_reported_at_its_own_line(tmp_path):
    text = FULL + '\n[[chapters]]\ntitle = "Dawn"\nstarts_with = "At dawn"\n'
    text += '\n[[chapters]]\n  title = " "\nstarts_with = "Later"\n'
    line = text.splitlines().index('  title = " "') + 1
    message = _problems(tmp_path, text)
    assert f"'chapters.3.title' (line {line}, column 3) must be a non-empty string" in message
    assert "line 1," not in message


def test_every_problem_is_listed_once_in_file_order_on_one_line(tmp_path):
    text = (
        "voice = 3\n"  # 1
        'colour = "red"\n'  # 2
        "[output]\n"  # 3
        'profile = "loud"\n'  # 4
        "m4b = 1\n"  # 5
        "[pauses]\n"  # 6
        "clause_ms = 20000\n"  # 7
        "[[chapters]]\n"  # 8
        'starts_with = "x"\n'  # 9
        "[weird]\n"  # 10
        "x = 1\n"
    )
    message = _problems(tmp_path, text)
    assert "\n" not in message
    expected = [
        "'voice' (line 1, column 1) must be a string, not an integer",
        "unknown key 'colour' (line 2, column 1)",
        "'output.profile' (line 4, column 1) must be acx, podcast or raw",
        "'output.m4b' (line 5, column 1) must be true or false, not an integer",
        "'pauses.clause_ms' (line 7, column 1) must be a whole number of milliseconds, 0–10000",
        "'chapters.1.title' (line 8, column 1) is missing",
        "unknown key 'weird' (line 10, column 1)",
    ]
    places = [message.index(phrase) for phrase in expected]
    assert places == sorted(places)
    assert message.count("'output.m4b'") == 1


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("manuscript = []\n", "'manuscript' (line 1, column 1) must be a file name or a non-empty"),
        ('manuscript = ["a.txt", 3]\n', "'manuscript' (line 1, column 1) must be a file name"),
        ('[cast]\nNat = ""\n', "'cast.Nat' (line 2, column 1) must be the name of a voice"),
        ('[pronounce]\nA = "  "\n', "'pronounce.A' (line 2, column 1) must be a non-empty"),
        ("[output]\nbitrate_kbps = 100\n", "'output.bitrate_kbps' (line 2, column 1) must be 128"),
        ('unattributed_dialogue = "first"\n', 'must be "narrator", "last" or "turns"'),
        ('source = "x"\n', "unknown key 'source' (line 1, column 1)"),
        ("pauses = 3\n", "'pauses' (line 1, column 1)"),
        ('x = """\nvoice = 3\n"""\nvoice = 4\n', "'voice' (line 4, column 1)"),
    ],
)
def test_bad_values_name_the_key_and_its_line(tmp_path, text, phrase):
    assert phrase in _problems(tmp_path, text)


def test_positions_follow_tables_dotted_and_quoted_keys():
    text = 'a = 1\n[t]\n  "b c".d = 2\n[[arr]]\n[[arr]]\n  e = 3\n'
    found = toml_positions(text)
    assert found[("a",)] == (1, 1)
    assert found[("t", "b c", "d")] == (3, 3)
    assert found[("arr", 1, "e")] == (6, 3)


def test_voice_profiles_are_checked_the_same_way(tmp_path):
    voices = tmp_path / "voices"
    voices.mkdir()
    (voices / "calm.toml").write_text('rate = 120\nvolume = 1\ncredit = "Calm"\n')
    calm = load_voice("calm", tmp_path)
    assert (calm.name, calm.rate, calm.volume, calm.credit) == ("calm", 120, 1.0, "Calm")
    (voices / "odd.toml").write_text('engine = "pyttsx3"\nrate = 20\npitch = "high"\n')
    with pytest.raises(ConfigError) as caught:
        load_voice("odd", tmp_path)
    message = str(caught.value)
    assert "'rate' (line 2, column 1) must be a whole number of words a minute, 80–450" in message
    assert "'pitch' (line 3, column 1) must be a whole number, 0–99, not a string" in message
