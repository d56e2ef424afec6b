"""Which regular expressions cannot match a text, known before they run.

Normalising one sentence runs some three hundred substitutions, and most of them look for
something a sentence of a story seldom has: a figure, a slash, a currency sign, a capital
abbreviation. Each substitution scans the whole sentence; asking whether the sentence holds
any character the pattern cannot match without costs a set lookup. `needs` reads a pattern
once and returns those characters; `may_match` answers for a text's `present` characters.
The answer is only "cannot match" or "may match", so a rule is skipped only where it would
have found nothing, and what is spoken never changes.

A pattern's needs are worked out from its parsed form (Python's own `re` parser): a literal
character, a small character class or a figure (`\\d`), in every branch, and in lookarounds
that must hold. A part that may match nothing, a negated class or a wide category (`\\w`,
`\\s`) needs nothing; a pattern that cannot be read so gets no gate and always runs.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

try:  # the parser `re.compile` itself uses; private, so a change of Python costs only speed
    from re import _constants as _sre
    from re import _parser as _sre_parse
except ImportError:  # pragma: no cover
    _sre = _sre_parse = None  # type: ignore[assignment]
try:
    from _sre import unicode_iscased as _engine_cased
except ImportError:  # pragma: no cover - not CPython: `str`'s mapping alone

    def _engine_cased(code: int) -> bool:
        return False


DIGIT = "<digit>"
"""Stands for any decimal figure (`\\d`, in any script) in a need and in `present`."""

Need = tuple[frozenset[str], ...]
"""Sets of characters, each of which the text must hold at least one of; () needs nothing."""

_FOLDS_TO_ASCII = {"i": "\u0130\u0131", "s": "\u017f", "k": "\u212a"}
"""Characters beyond ASCII that an ASCII letter matches under IGNORECASE ("İ", "ı", "ſ",
the Kelvin sign): `tests/test_gates.py` checks the list against every code point."""

_MAX_CLASS = 256  # a wider class ([\u0000-\uffff]) is no use as a gate
_USEFUL = 60  # a need this common (a space, lower-case letters) is not worth checking


def _cost(chars: frozenset[str]) -> int:
    """How often a sentence of prose holds one of `chars`: lower is a better gate."""
    cost = 0
    for ch in chars:
        if ch == DIGIT:
            cost += 2
        elif ch in " .,":
            cost += 100
        elif "a" <= ch <= "z":
            cost += 25
        elif "A" <= ch <= "Z" or ch in "'\"-’”“":
            cost += 8
        else:
            cost += 1
    return cost


def _cased(ch: str) -> bool:
    """Whether IGNORECASE may match `ch` to another character, by `str`'s case mapping
    and by the regular-expression engine's own."""
    return ch.lower() != ch or ch.upper() != ch or _engine_cased(ord(ch))


def _chars_of(code: int, ignore_case: bool) -> frozenset[str] | None:
    """Every character `code` matches; None where IGNORECASE makes that hard to know."""
    ch = chr(code)
    if not ignore_case or not _cased(ch):
        return frozenset(ch)
    if not ch.isascii():
        return None
    low = ch.lower()
    return frozenset(low + ch.upper() + _FOLDS_TO_ASCII.get(low, ""))


def _class_chars(items: list, ignore_case: bool) -> frozenset[str] | None:
    """The characters a character class `[...]` matches, or None if too many to list."""
    found: set[str] = set()
    for op, av in items:
        if op is _sre.LITERAL:
            chars = _chars_of(av, ignore_case)
        elif op is _sre.RANGE:
            low, high = av
            if high - low > _MAX_CLASS:
                return None
            chars = frozenset()
            for code in range(low, high + 1):
                one = _chars_of(code, ignore_case)
                if one is None:
                    return None
                chars |= one
        elif op is _sre.CATEGORY and av is _sre.CATEGORY_DIGIT:
            chars = frozenset({DIGIT})
        else:  # NEGATE, \w, \s and the rest: no short list
            return None
        if chars is None:
            return None
        found |= chars
    return frozenset(found)


def _sequence(items: Iterable, flags: int) -> list[frozenset[str]]:
    """The needs of a sequence: every item's, since every item must match."""
    needs: list[frozenset[str]] = []
    for op, av in items:
        needs += _item(op, av, flags)
    return needs


def _best(needs: list[frozenset[str]]) -> frozenset[str] | None:
    return min(needs, key=_cost) if needs else None


def _item(op: object, av: object, flags: int) -> list[frozenset[str]]:
    ignore_case = bool(flags & re.IGNORECASE)
    if op is _sre.LITERAL:
        chars = _chars_of(av, ignore_case)  # type: ignore[arg-type]
        return [chars] if chars else []
    if op is _sre.IN:
        chars = _class_chars(av, ignore_case)  # type: ignore[arg-type]
        return [chars] if chars else []
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT):
        low, _high, body = av  # type: ignore[misc]
        return _sequence(body, flags) if low >= 1 else []
    if op is _sre.SUBPATTERN:
        _group, add, remove, body = av  # type: ignore[misc]
        return _sequence(body, (flags | add) & ~remove)
    if op is _sre.ATOMIC_GROUP:
        return _sequence(av, flags)  # type: ignore[arg-type]
    if op is _sre.ASSERT:  # a lookahead or lookbehind that must hold looks at the text too
        _direction, body = av  # type: ignore[misc]
        return _sequence(body, flags)
    if op is _sre.BRANCH:
        _none, branches = av  # type: ignore[misc]
        union: set[str] = set()
        for branch in branches:
            best = _best(_sequence(branch, flags))
            if best is None:
                return []
            union |= best
        return [frozenset(union)]
    return []  # ANY, AT, ASSERT_NOT, NOT_LITERAL, GROUPREF, GROUPREF_EXISTS …: nothing known


@functools.cache
def needs(pattern: re.Pattern[str], most: int = 2) -> Need:
    """The character sets `pattern` cannot match without (the `most` rarest), or () if
    none is worth checking."""
    if _sre_parse is None or not isinstance(pattern.pattern, str) or pattern.flags & re.LOCALE:
        return ()
    try:
        parsed = _sre_parse.parse(pattern.pattern, pattern.flags)
        found = _sequence(parsed, parsed.state.flags)
    except Exception:  # pragma: no cover - a parser of another Python: run the pattern
        return ()
    kept: list[frozenset[str]] = []
    for chars in sorted(set(found), key=_cost):
        if _cost(chars) >= _USEFUL or any(k <= chars for k in kept):
            continue  # too common to help, or implied by a rarer need already kept
        kept.append(chars)
    return tuple(kept[:most])


_ANY_DIGIT = re.compile(r"\d")


def present(text: str) -> frozenset[str]:
    """The characters of `text`, with DIGIT when it holds a figure, for `may_match`."""
    chars = frozenset(text)
    return chars | {DIGIT} if _ANY_DIGIT.search(text) else chars


def may_match(need: Need, chars: frozenset[str]) -> bool:
    """False only if a pattern with `need` cannot match a text whose `present` is `chars`."""
    return not any(map(chars.isdisjoint, need))
