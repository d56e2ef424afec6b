"""The voice follows the variety a book names, and a profile's espeak variant goes with it.

Real espeak-ng voices, chosen as `audiobook plan` chooses them."""

from __future__ import annotations

import pytest

from audiobook.build.pipeline import load_book, voice_profiles

STORY = "The Tea Shop\n\nChapter 1\n\nThe rain had not stopped since Tuesday, and it was warm.\n"
FRENCH = (
    "Le Livre\n\nChapitre 1\n\nIl était une fois un roi qui avait trois filles. Elles vivaient "
    "dans un château au bord de la mer, et chaque matin elles allaient voir les bateaux.\n"
)


def _engine_voice(make_book, toml: str, text: str = STORY) -> str:  # type: ignore[no-untyped-def]
    """The engine voice the narrator speaks with, as `plan` shows it (in this process:
    the real engine's voice list, without a process per case)."""
    folder = make_book({"book.toml": toml, "story.txt": text})
    book, _, chapters = load_book(folder)
    profiles = voice_profiles(chapters, book)
    assert len(profiles) == 1, profiles
    return next(iter(profiles.values())).voice


@pytest.mark.parametrize(
    ("toml", "voice"),
    [
        ('language = "en-GB"\n', "gmw/en"),  # British English: espeak's British voice
        ('language = "en-GB"\nvoice = "male"\n', "gmw/en-gb-x-rp"),  # already British: kept
        ('language = "en-US"\nvoice = "male"\n', "gmw/en-us"),
        ('language = "en-US"\nvoice = "female"\n', "gmw/en-us+f3"),  # still the female variant
    ],
)
def test_a_named_variety_is_read_by_its_own_voice(make_book, toml: str, voice: str) -> None:
    assert _engine_voice(make_book, toml) == voice


@pytest.mark.parametrize("toml", ['language = "en"\n', 'language = "en-AU"\n', ""])
def test_no_variety_or_one_without_a_voice_keeps_the_profile(make_book, toml: str) -> None:
    assert _engine_voice(make_book, toml) == "gmw/en-us"


def test_a_female_profile_reads_another_language_as_a_woman(make_book) -> None:
    assert _engine_voice(make_book, 'voice = "female"\n', FRENCH) == "roa/fr+f3"
    assert _engine_voice(make_book, "", FRENCH) == "roa/fr"
