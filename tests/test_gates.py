"""Gates skip a rule's pattern only where it cannot match: what is spoken never changes.

The corpus for the whole-rule checks is the examples with a figure that the rules' own
modules quote in their docstrings and comments ("350°F / 180°C / gas 4", "Isaiah 40:31",
"w/c 15th" …), one line each, and the paragraphs of the real books in tests/fixtures/real.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from audiobook.text import gates, normalize, tokens
from audiobook.text.gates import DIGIT, may_match, needs, present

FIXTURES = Path(__file__).parent / "fixtures" / "real"


def _corpus() -> list[str]:
    lines = []
    for module in (normalize, tokens):  # the lines that quote an example with a figure
        text = Path(module.__file__).read_text(encoding="utf-8")
        lines += [line for line in text.splitlines() if re.search(r'"[^"]*[0-9]', line)]
    for book in sorted(FIXTURES.glob("*.txt")):
        lines += re.split(r"\n\s*\n", book.read_text(encoding="utf-8"))
    return [line for line in dict.fromkeys(lines) if line.strip()]


CORPUS = _corpus()


def _mask_patterns() -> list[re.Pattern[str]]:
    return [value for name, value in vars(tokens).items()
            if isinstance(value, re.Pattern) and not name.startswith("__")]  # fmt: skip


def _english_patterns() -> list[re.Pattern[str]]:
    return [p for us in (False, True) for p, _, _ in normalize._english_passes(us) if p]


@pytest.mark.parametrize(
    ("pattern", "hit", "miss"),
    [
        (r"[0-9]+ kg", "5 kg", "five kg"),
        (r"(?<!\w)£\s?\d", "£5", "five pounds"),
        (r"(?:£|\$)\d", "it cost $5", "it cost 5 dollars"),  # one of a branch's signs
        (r"(?<=[0-9] )c\.", "4 c. flour", "a c. flour"),  # a lookbehind that must hold
        (r"(?i:gas) mark", "GAS mark 4", "the oven is hot"),
        (r"x(?=/)", "x/y", "x y"),
    ],
)
def test_a_pattern_is_gated_on_what_it_cannot_match_without(pattern: str, hit: str, miss: str):
    compiled = re.compile(pattern)
    need = needs(compiled)
    assert need, "no gate found"
    assert compiled.search(hit) and may_match(need, present(hit))
    assert not compiled.search(miss) and not may_match(need, present(miss))


@pytest.mark.parametrize(
    "pattern",
    [r"(?!z)\w", r"(?<!z)\w", r"(?:z)?\w+", r"z{0,3}\w", r"[^z]", r"(?:z|\w)",
     r"(?P<a>z)?(?(a)z|\w)", r"(?P<a>\w)(?P=a)"],
)  # fmt: skip
def test_no_gate_where_nothing_is_sure(pattern: str):
    """An optional part, a negative lookaround, a negated class, a branch or a condition
    with a way round it promises nothing: the pattern always runs."""
    assert needs(re.compile(pattern)) == ()


def test_ignorecase_gates_know_the_letters_beyond_ascii_that_match():
    """Under IGNORECASE "k" also matches the Kelvin sign and "s" the long s: a gate of only
    "kK" would skip "5 \u212ag" (a Kelvin sign typed for a k) and change what is said."""
    kelvin = "\u212a"
    assert re.search(r"(?i)\bkg\b", f"5 {kelvin}g")
    assert may_match(needs(re.compile(r"(?i)\bkg\b")), present(f"5 {kelvin}g"))
    everything = "".join(chr(c) for c in range(0x80, 0x110000) if not 0xD800 <= c < 0xE000)
    for ch in re.findall(r"[a-z]", everything, re.IGNORECASE):
        letters = [c for c in "abcdefghijklmnopqrstuvwxyz" if re.fullmatch(c, ch, re.I)]
        assert all(ch in gates._FOLDS_TO_ASCII.get(c, "") for c in letters), (hex(ord(ch)), letters)


def test_a_figure_in_any_script_opens_a_digit_gate():
    need = needs(re.compile(r"\d+ men"))
    assert need == (frozenset({DIGIT}),) or DIGIT in need[0]
    assert may_match(need, present("\u0663 men"))  # Arabic-Indic three: \d matches it
    assert not may_match(need, present("three men"))


@pytest.mark.parametrize("which", ["english", "mask"])
def test_no_pattern_matches_a_text_its_gate_shuts_out(which: str):
    patterns = _english_patterns() if which == "english" else _mask_patterns()
    matched = 0
    for pattern in patterns:
        need = needs(pattern)
        for text in CORPUS:
            if pattern.search(text):
                matched += 1
                assert may_match(need, present(text) | {" "}), (pattern.pattern, text)
                assert may_match(need, present(text)), (pattern.pattern, text)
    assert matched > 500  # the corpus does reach the rules


def test_most_english_passes_have_a_gate():
    """Without gates a book's plan took twice as long: a Python whose parser these cannot
    read would quietly lose them."""
    passes = normalize._english_passes(False)
    assert sum(1 for p, _, need in passes if p is not None and need) > 0.8 * len(passes)


def test_gated_english_says_what_ungated_english_says():
    passes = normalize._english_passes(False)
    ungated = [(p, said, ()) for p, said, _ in passes]
    for text in CORPUS:
        assert normalize._substituted(passes, text) == normalize._substituted(ungated, text)


def test_mask_with_gates_hides_what_it_hid_without(monkeypatch: pytest.MonkeyPatch):
    gated = [tokens.mask(text, lang) for text in CORPUS for lang in ("en", "es")]
    monkeypatch.setattr(tokens.gates, "may_match", lambda need, chars: True)
    assert gated == [tokens.mask(text, lang) for text in CORPUS for lang in ("en", "es")]


def test_no_gate_on_another_python_means_no_skipping(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(gates, "_sre_parse", None)
    assert gates.needs.__wrapped__(re.compile(r"[0-9]+ kg")) == ()
