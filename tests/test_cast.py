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


TALK = (
    "“Are you ready?” asked Natalia.\n\n"
    "“Almost,” Ingemar said.\n\n"
    "“Then hurry.”\n\n"
    "“I am hurrying.”\n\n"
    "The clock struck nine.\n\n"
    "“Nine already?”\n\n"
    "“Nine of fourteen,” the note said.\n\n"
    "* * *\n\n"
    "“Who is there?”\n"
)


def _voices(make_book, mode: str) -> list[str]:
    toml = TOML.replace('unattributed_dialogue = "last"', f'unattributed_dialogue = "{mode}"')
    folder = make_book({"book.toml": toml, "story.txt": TALK})
    result = run_cli("plan", "--script", str(folder))
    assert result.returncode == 0, result.stderr
    return [line.split("]")[0][1:] if line.startswith("[") else "narrator"
            for line in result.stdout.splitlines() if line.startswith(("“", "["))]  # fmt: skip


def test_turns_give_an_untagged_line_to_the_other_of_two_speakers(make_book):
    """A conversation of two takes turns: the reply nobody is named for is the other's;
    a line tagged to someone not in the cast ("the note said") is nobody's turn, and a
    new scene starts a new conversation."""
    assert _voices(make_book, "turns") == [
        "female", "male", "female", "male", "female", "narrator", "narrator",
    ]  # fmt: skip
    assert _voices(make_book, "last") == [
        "female", "male", "male", "male", "male", "male", "male",
    ]  # fmt: skip
