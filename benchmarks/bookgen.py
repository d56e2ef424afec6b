"""Generated manuscripts for tests and benchmarks: varied, never repeating.

Sentences are drawn from small word banks with a fixed seed, and each one is
kept only if it has not been used before, so a segment cache cannot cheat.
"""

from __future__ import annotations

import random
from pathlib import Path

NAMES = [
    "Anna",
    "Boris",
    "Clara",
    "Dmitri",
    "Elena",
    "Felix",
    "Greta",
    "Hugo",
    "Irina",
    "Jonas",
    "Katya",
    "Lev",
    "Mira",
    "Nikolai",
    "Olga",
    "Pavel",
    "Rosa",
    "Stefan",
    "Tanya",
    "Viktor",
]
ADJECTIVES = [
    "quiet",
    "narrow",
    "golden",
    "distant",
    "bitter",
    "gentle",
    "crooked",
    "silver",
    "heavy",
    "pale",
    "restless",
    "ancient",
    "bright",
    "hollow",
    "tender",
    "frozen",
    "crowded",
    "patient",
    "sudden",
    "faded",
    "curious",
    "humble",
    "weary",
    "hidden",
]
NOUNS = [
    "river",
    "window",
    "garden",
    "letter",
    "station",
    "violin",
    "lantern",
    "harbour",
    "staircase",
    "orchard",
    "bridge",
    "kitchen",
    "market",
    "forest",
    "chapel",
    "painting",
    "notebook",
    "carriage",
    "meadow",
    "tower",
    "workshop",
    "balcony",
    "library",
    "ferry",
    "courtyard",
    "mirror",
    "candle",
    "theatre",
    "village",
    "mountain",
]
VERBS = [
    "watched",
    "remembered",
    "crossed",
    "opened",
    "followed",
    "painted",
    "carried",
    "described",
    "avoided",
    "repaired",
    "noticed",
    "visited",
    "praised",
    "abandoned",
    "studied",
    "measured",
    "admired",
    "searched",
    "guarded",
    "forgot",
]
ADVERBS = [
    "slowly",
    "carefully",
    "at dawn",
    "without a word",
    "in the rain",
    "before supper",
    "once again",
    "with a smile",
    "late that night",
    "for a long while",
    "in silence",
    "after the storm",
    "by candlelight",
    "at the last moment",
]
OPENERS = [
    "",
    "",
    "",
    "Later, ",
    "Meanwhile, ",
    "That winter, ",
    "Even so, ",
    "At last, ",
    "For a moment, ",
    "Years afterwards, ",
]


def sentence(rng: random.Random) -> str:
    name, other = rng.sample(NAMES, 2)
    shape = rng.randrange(4)
    adj, noun = rng.choice(ADJECTIVES), rng.choice(NOUNS)
    adj2, noun2 = rng.choice(ADJECTIVES), rng.choice(NOUNS)
    verb, adverb = rng.choice(VERBS), rng.choice(ADVERBS)
    if shape == 0:
        text = f"{name} {verb} the {adj} {noun} {adverb}"
    elif shape == 1:
        text = f"{name} {verb} the {adj} {noun}, and {other} {rng.choice(VERBS)} the {adj2} {noun2}"
    elif shape == 2:
        text = f"near the {adj} {noun}, {name} {verb} a {adj2} {noun2} {adverb}"
    else:
        text = f"{name} told {other} that the {noun} was {adj}, as {adj2} as the {noun2}"
    text = rng.choice(OPENERS) + text
    return text[0].upper() + text[1:] + rng.choice([".", ".", ".", "!", "?"])


def make_manuscript(words: int, chapters: int = 10, seed: int = 7) -> str:
    """Markdown with `chapters` chapters and about `words` words, no sentence repeated."""
    rng = random.Random(seed)
    used: set[str] = set()
    per_chapter = words // chapters
    parts = []
    for number in range(1, chapters + 1):
        parts.append(f"# Chapter {number}\n")
        count = 0
        while count < per_chapter:
            paragraph = []
            for _ in range(rng.randint(3, 7)):
                text = sentence(rng)
                while text in used:
                    text = sentence(rng)
                used.add(text)
                paragraph.append(text)
                count += len(text.split())
            parts.append(" ".join(paragraph) + "\n")
    return "\n".join(parts)


CHAPTER_FILES_ONLY = (
    "[output]\nfull_book = false\nsample = false\nm4b = false\ncaptions = false\n"
    "player = false\nplaylist = false\nepub = false\n"
)
"""book.toml lines for a test that measures chapter files only: the book-wide outputs
are built and tested elsewhere (benchmarks always build the default outputs)."""


def write_book(
    folder: Path, words: int, chapters: int = 10, seed: int = 7, extra_toml: str = ""
) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "book.md"
    path.write_text(make_manuscript(words, chapters, seed), encoding="utf-8")
    (folder / "book.toml").write_text(
        f'title = "Generated {words} words"\nauthor = "Benchmark"\nmanuscript = "book.md"\n'
        + extra_toml,
        encoding="utf-8",
    )
    return folder
