"""Dialogue read by the cast: each character in the voice book.toml gives them."""

from __future__ import annotations

import json

from conftest import run_cli

STORY = (
    "The studio was quiet.\n\n"
    "“Are you ready?” asked Natalia.\n\n"
    "“Almost,” Ingemar said. “Hold still.”\n\n"
    "“I am holding still.”\n"
)
TOML = (
    'title = "Cast"\nmanuscript = "story.txt"\nunattributed_dialogue = "last"\n'
    '[cast]\nNatalia = "female"\n"Ingemar Kalmurzaev" = "male"\n'
)


def test_each_character_speaks_in_their_voice(make_book, tmp_path):
    folder = make_book({"book.toml": TOML, "story.txt": STORY})
    out = tmp_path / "out"
    result = run_cli("build", str(folder), "-o", str(out), "--quiet")
    assert result.returncode == 0, result.stderr
    manifest = json.loads((out / "manifest.json").read_text())
    voices = [
        (s["text"], s["voice"]) for s in manifest["chapters"][0]["segments"] if s["kind"] == "text"
    ]
    assert voices == [
        ("The studio was quiet.", "narrator"),
        ("“Are you ready?”", "female"),
        ("asked Natalia.", "narrator"),
        ("“Almost,”", "male"),
        ("Ingemar said.", "narrator"),
        ("“Hold still.”", "male"),
        ("“I am holding still.”", "male"),  # unattributed: the last speaker, as the book chose
    ]
    assert set(manifest["voices"]) == {"narrator", "female", "male"}


def test_plan_shows_the_cast_and_their_voices(make_book):
    folder = make_book({"book.toml": TOML, "story.txt": STORY})
    result = run_cli("plan", str(folder))
    assert result.returncode == 0, result.stderr
    for needle in ("Cast", "female", "Natalia", "male", "Ingemar Kalmurzaev", "narration"):
        assert needle in result.stdout
