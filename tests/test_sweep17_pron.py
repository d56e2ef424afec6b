"""Sweep 17 (pronunciations): a book's pronunciation guide is left out and gives the
book its pronunciations; a respelling set after a name the first time is not read and
says the name throughout; a guide's respelling ("KEE-va") is said as a word."""

from __future__ import annotations

from pathlib import Path

from audiobook.build.pipeline import load_book
from audiobook.text.normalize import apply_lexicon
from espeak_phonemes import phonemes

_STORY = (
    "# The Ferry\n\nThe ferry came in late, and Niamh stood at the rail. Caoimhe was on the"
    " quay, and Tadhg beside her. Niamh waved.\n\n"
)


def _book(tmp_path: Path, text: str, toml: str = "") -> tuple[list[str], object]:
    path = tmp_path / "book.md"
    path.write_text(text, encoding="utf-8")
    if toml:
        (tmp_path / "book.toml").write_text(toml, encoding="utf-8")
    _, manuscript, chapters = load_book(tmp_path if toml else path)  # a folder reads its book.toml
    said = [s.spoken for ch in chapters for s in ch.segments if s.kind == "text"]
    return said, manuscript


def test_a_pronunciation_guide_is_left_out_and_says_the_names(tmp_path: Path) -> None:
    guide = (
        "# Pronunciation Guide\n\nStressed syllables are in capitals.\n\n"
        "Niamh — NEEV\n\nCaoimhe — KEE-va\n\nTadhg (TIGE)\n\n"
    )
    said, manuscript = _book(tmp_path, f"# Salt\n\n{guide}{_STORY}")
    joined = " ".join(said)
    assert "Stressed" not in joined and "KEE" not in joined
    assert "neev stood" in joined and "kee-va was" in joined and "tige beside" in joined
    assert any(o.why == "pronunciation guide" for o in manuscript.omitted)  # type: ignore[attr-defined]
    assert ("Caoimhe", "kee-va") in manuscript.pronounce  # type: ignore[attr-defined]


def test_a_guide_table_and_book_toml_wins(tmp_path: Path) -> None:
    guide = (
        "# Glossary of Names\n\nNames in order of appearance.\n\n"
        "| Name | Pronunciation | IPA |\n|---|---|---|\n| Niamh | NEEV | /niːv/ |\n"
        "| Caoimhe | KEE-va | /ˈkiːvə/ |\n| Tadhg | TIGE | /taɪɡ/ |\n\n"
    )
    said, _ = _book(tmp_path, f"# Salt\n\n{_STORY}{guide}", '[pronounce]\nTadhg = "tyg"\n')
    joined = " ".join(said)
    assert "neev stood" in joined and "kee-va was" in joined and "tyg beside" in joined
    assert "Names in order" not in joined


def test_a_glossary_of_meanings_is_still_read(tmp_path: Path) -> None:
    """Near miss: a glossary of terms with definitions is the book's, and read."""
    glossary = (
        "# Glossary\n\ncraic: fun, a good time with friends\n\n"
        "grá: love, in the old sense\n\nsláinte: health, said as a toast\n\n"
    )
    said, manuscript = _book(tmp_path, f"# Salt\n\n{_STORY}{glossary}")
    assert any("good time with friends" in s for s in said)
    assert not manuscript.pronounce  # type: ignore[attr-defined]


def test_a_pronouncing_vocabulary_at_a_plain_book_s_end(tmp_path: Path) -> None:
    text = (
        "STORIES OF THE HEROES\n\n\n\nI.\n\nTHESEUS.\n\nLong ago, in the city of Athens, there"
        " lived a king named Ægeus. He had one son, Theseus, who was brought up far away from"
        " his father, in the little town of Trœzen, by his mother's people, and he grew strong"
        " and brave, and set out at last for Athens along the dangerous road by the sea.\n\n"
        "PRONOUNCING VOCABULARY.\n\n  ā as in fate; ă as in fat; ē as in me.\n\n"
        "  Ægeus              ē'jūs\n  Athens             ăth'enz\n"
        "  Theseus            thē'sūs\n  Trœzen             trē'zen\n"
    )
    path = tmp_path / "heroes.txt"
    path.write_text(text, encoding="utf-8")
    _, _, chapters = load_book(path)
    joined = " ".join(s.spoken for ch in chapters for s in ch.segments)
    assert "as in fate" not in joined and "ē" not in joined
    assert "city of ath-enz" in joined and "named ee-joos" in joined


def test_inline_respellings_are_left_out_and_said_throughout(tmp_path: Path) -> None:
    text = (
        "# Salt\n\n# One\n\nAoife (EE-fa) stood at the rail. Her sister Mara Quell (MAR-uh"
        " KWELL) waved, and Ysolde /iˈzoʊldə/ did not. Later Aoife laughed.\n\n"
        "In the city of Athens (ăth'enz) there lived Ægeus (ē'jūs).\n"
    )
    said, manuscript = _book(tmp_path, text)
    joined = " ".join(said)
    assert "ee-fa stood" in joined and "Later ee-fa laughed" in joined
    assert "(" not in joined and "/" not in joined and "KWELL" not in joined
    assert "mar-uh kwell waved" in joined and "ee-zohlduh did not" in joined
    assert "ath-enz there lived ee-joos." in joined
    assert sum(o.what.startswith("respelling") for o in manuscript.omitted) == 5  # type: ignore[attr-defined]


def test_ordinary_parentheses_stay(tmp_path: Path) -> None:
    """Near miss: a translation, an acronym, a party and state, an aside are read."""
    text = (
        "# Salt\n\n# One\n\nThey had craic (crack) and a stór (a STORE) at the North Atlantic"
        " Treaty Organization (NATO). Senator Robert Taft (R-OH) argued. Paris (France) was"
        " far, said John (laughs).\n"
    )
    said, manuscript = _book(tmp_path, text)
    joined = " ".join(said)
    for kept in ("(crack)", "(a STORE)", "(NATO)", "Taft", "(France)", "(laughs)"):
        assert kept.strip("()") in joined, kept
    assert not manuscript.pronounce  # type: ignore[attr-defined]


def test_capital_respellings_in_pronounce_are_said_as_words() -> None:
    lexicon = {"Caoimhe": "KEE-va", "Mara Quell": "MAR-uh KWELL", "BBC": "the BBC"}
    assert apply_lexicon("She saw Caoimhe.", lexicon) == "She saw kee-va."
    assert apply_lexicon("Then Mara Quell came.", lexicon) == "Then mar-uh kwell came."
    assert apply_lexicon("On the BBC.", {"BBC": "B B C"}) == "On the B B C."  # near miss


def test_a_guide_s_respelling_changes_what_espeak_says(tmp_path: Path) -> None:
    """Through the real engine: Niamh is "nye-um" to espeak, "neev" as the guide says."""
    (tmp_path / "plain").mkdir()
    plain, _ = _book(tmp_path / "plain", _STORY)
    guided, _ = _book(tmp_path, f"# Salt\n\n# Pronunciation Guide\n\nNiamh — NEEV\n\n"
                                f"Caoimhe — KEE-va\n\n{_STORY}")  # fmt: skip
    before = phonemes(next(s for s in plain if "stood" in s))
    after = phonemes(next(s for s in guided if "stood" in s))
    assert "n'i:v" in after and "n'i:v" not in before
    quay = next(s for s in guided if "quay" in s)
    assert "k,eI" not in phonemes(quay)  # "KEE" is not spelled out letter by letter
