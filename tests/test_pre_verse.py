"""Verse set in `<pre>`, as Project Gutenberg's older HTML sets it (The Devil's
Dictionary, #972): a poem with a line ending on ";" was taken for code and announced
"A code example follows in the book.", its words never read."""

from __future__ import annotations

from audiobook.text.technical import story_text

POEM = """
  Poor Isabella's Dead, whose abdication
  Set all tongues wagging in the Spanish nation;
  For that performance 'twere unfair to scold her:
  She wisely left a throne too hot to hold her.
"""


def test_a_poem_with_a_semicolon_at_a_lines_end_is_verse():
    found = story_text(POEM)
    assert found is not None
    assert found[0][0][1] == "Set all tongues wagging in the Spanish nation;"


def test_code_with_statements_is_still_code():
    # near misses: C-like statements end in ";" after few words, a sign or a figure
    code = "int total = 0;\nfor (i = 0; i < n; i++)\n    total += i;\nreturn total;\n"
    assert story_text(code) is None
    assert story_text("import os;\nbreak;\nreturn result;\n") is None
