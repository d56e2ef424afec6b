"""Markdown manuscripts as authors keep them on GitHub (sweep 10), in words of our own:
character references in a fan-fiction archive's raw HTML, poems kept in fences, Hugo's
TOML front matter, Pandoc's title block and markup, a textbook's math. Each hit has its
near miss: a book of the same look, read as it was."""

from __future__ import annotations

from pathlib import Path

from audiobook.models import Manuscript
from plainbooks import credits_and_read, left_out


def _book(folder: Path, text: str, name: str = "story.md") -> tuple[Manuscript, str, str]:
    return credits_and_read(folder, text, name)


def _left_out(manuscript: Manuscript) -> str:
    return left_out(manuscript)


# ------------------------------------------------- 1. character references in raw HTML

ARCHIVE = """---
title: The Long Walk
author: Wren Maddox
---

<p>&#8220;Tell me again why we are walking?&#8221; Nell stood by the gate, and she
couldn&#8217;t see the road for the fog.</p>

<p>&#8220;Because the bus is late,&#8221; Tom said. &nbsp;Fish &amp; chips waited at home.</p>

<center>&#42; &#42; &#42;</center>

<p>The fog lifted at noon&mdash;at last.</p>
"""


def test_character_references_in_raw_html_are_decoded(tmp_path: Path) -> None:
    _, _, read = _book(tmp_path, ARCHIVE)
    assert "number" not in read and "nbsp" not in read
    assert "“Tell me again why we are walking?”" in read
    assert "couldn’t see" in read
    assert "Fish and chips" in read
    assert "noon, at last" in read or "noon—at last" in read


def test_character_reference_in_code_and_escaped_stays(tmp_path: Path) -> None:
    text = ARCHIVE.replace("Fish &amp; chips", "Type `&amp;` for an ampersand; fish")
    manuscript, _, _ = _book(tmp_path, text)
    kept = " ".join(p.text for ch in manuscript.chapters for p in ch.paragraphs)
    assert "&amp;" in kept  # code keeps what was typed
    _, _, read = _book(tmp_path, "# T\n\nAT&T and R&D, and &notaword; here, in plain text.\n")
    assert "&notaword;" in read or "notaword" in read
    assert "AT and T" in read or "AT&T" in read


# ------------------------------------------------------- 2. poems kept in fences

POEMS = """# Songs of the Lane

## The Gate

```plaintext
Who left the gate upon the latch?
   Not I, said the wind.
Who set the lantern by the thatch?
   The one who came behind.
```

```
The night is long, the road is wide;
   And I am far from home.
```

## The Mill

```text
Round goes the wheel, and round again,
   The water never stays;
```
"""


def test_poem_in_a_fence_is_read_line_by_line(tmp_path: Path) -> None:
    manuscript, _, read = _book(tmp_path, POEMS)
    assert "code example" not in read
    assert "Who left the gate upon the latch?" in read
    assert "And I am far from home." in read
    assert "The water never stays" in read
    gate = manuscript.chapters[0].paragraphs
    assert len(gate) == 2  # a stanza a fence
    assert gate[0].text.count("\u2028") == 3  # its lines kept apart


def test_code_and_output_in_fences_stay_code(tmp_path: Path) -> None:
    text = """# Getting Started

## Install

```
pip install lanterns
lanterns --version
```

```text
Lanterns 2.1 ready: 3 files checked.
All done in 0.4 s.
```

Then a poem-like listing in a book about code:

```python
print("hi")
```

```
Who left the gate upon the latch?
   Not I, said the wind.
```
"""
    _, _, read = _book(tmp_path, text)
    assert "code example" in read
    assert "latch" not in read and "pip" not in read and "ready" not in read


# ------------------------------------------- 3. Hugo's TOML front matter; 4. Pandoc's title block

HUGO = """+++
title = "The Lantern Keeper — Part I"
date = 2021-10-29T20:00:00-04:00
draft = false
authors = ["Wren Maddox"]
tags = ["ghost", "serial"]
weight = 1
+++

The lantern on the quay had not been lit for a week, and the keeper knew why.

He climbed the steps at dusk with the oil can in his hand.
"""


def test_toml_front_matter_gives_title_and_author(tmp_path: Path) -> None:
    manuscript, said, read = _book(tmp_path, HUGO)
    assert manuscript.title == "The Lantern Keeper — Part I"
    assert manuscript.author == "Wren Maddox"
    assert "Wren Maddox" in said
    assert "plus" not in read and "equals" not in read and "draft" not in read
    assert "The lantern on the quay" in read


def test_plus_signs_without_a_closing_line_are_text(tmp_path: Path) -> None:
    text = "+++\n\nThe lantern on the quay had not been lit, and the keeper knew why.\n"
    manuscript, _, read = _book(tmp_path, text)
    assert "The lantern on the quay" in read
    assert manuscript.author != "Wren Maddox"


PANDOC = """% The Lantern Keeper
% Wren Maddox; Tom Ashby
% 1911

# I. The Quay

The lantern on the quay had not been lit for a week.
"""


def test_pandoc_title_block_gives_title_and_authors(tmp_path: Path) -> None:
    manuscript, said, read = _book(tmp_path, PANDOC)
    assert manuscript.title == "The Lantern Keeper"
    assert manuscript.author == "Wren Maddox and Tom Ashby"
    assert "The Lantern Keeper" in said
    assert "percent" not in read and "nineteen eleven" not in read


def test_percent_line_that_is_no_title_block_is_read(tmp_path: Path) -> None:
    text = "# The Survey\n\n%title% was a placeholder.\n\nNinety % of them agreed with us.\n"
    manuscript, _, read = _book(tmp_path, text)
    assert manuscript.title != "title% was a placeholder."
    assert "Ninety percent of them agreed" in read


# ------------------------------------------- 5. Pandoc markup and Hugo shortcodes unsaid

PANDOC_MARKUP = """---
title: The Lantern Keeper
author: Wren Maddox
---

# <!-- Page break --> {.unlisted .unindented .centred}

::: epigraph
> “A light kept is a promise kept.”
>
> ::: attribution
> ---Old saying of the quay
> :::
:::

# I. The Quay {#quay .unnumbered}

The lantern on the quay had not been lit for a week.

\\newpage

```{=latex}
\\vspace{2em}
```

{{% center %}}
\\* \\* \\*
{{% /center %}}

{{< figure src="/img/quay.jpg" caption="The quay at dusk" >}}

{{< hint info >}}
The keeper climbed the steps at dusk.
{{< /hint >}}
"""


def test_pandoc_markup_and_shortcodes_are_not_read(tmp_path: Path) -> None:
    manuscript, _, read = _book(tmp_path, PANDOC_MARKUP)
    for mark in ("{", "unlisted", ":::", "newpage", "vspace", "code example", "percent",
                 "figure", "hint", "quay dot"):
        assert mark not in read, mark
    assert "Old saying of the quay" in read
    assert "The keeper climbed the steps at dusk." in read
    assert "The quay at dusk" in _left_out(manuscript)
    assert any(p.scene_break_before for ch in manuscript.chapters for p in ch.paragraphs)


def test_braces_and_percent_signs_in_prose_are_read(tmp_path: Path) -> None:
    text = """# The Ledger

He wrote {the sum} in the margin, and 50% of it was gone.

The note said: new page, then the rest.
"""
    _, _, read = _book(tmp_path, text)
    assert "the sum" in read and "fifty percent" in read
    assert "new page" in read


# ------------------------------------------- 6. a chapter's `#` under a front matter title

TEXTBOOK = """---
title: "Harbour Science: An Open Text"
author: Wren Maddox
---

# Tides and Currents {#tides}

Learning objectives. By the end of this chapter you will know why the tide turns.

## The pull of the moon

The moon pulls the water of the sea toward it, and the sea rises.

## Currents in the harbour

The water that rises must come from somewhere, and it runs along the shore.
"""


def test_chapter_heading_under_a_different_front_matter_title_is_said(tmp_path: Path) -> None:
    manuscript, _, read = _book(tmp_path, TEXTBOOK)
    assert manuscript.title == "Harbour Science: An Open Text"
    assert "Tides and Currents" in read


def test_lone_heading_that_is_the_title_is_not_said_twice(tmp_path: Path) -> None:
    same = TEXTBOOK.replace("# Tides and Currents {#tides}", "# Harbour Science: An Open Text")
    manuscript, _, read = _book(tmp_path, same)
    assert read.count("Harbour Science") <= 1
    bare = TEXTBOOK.split("---\n", 2)[2]
    manuscript, _, read = _book(tmp_path / "bare", bare)
    assert manuscript.title == "Tides and Currents"  # a lone `#` is the book's title


# ------------------------------------------------------------- 7. TeX math

PHYSICS = r"""# Motion

An object's displacement is $\Delta x = x_f - x_i$, and a runner back at the start has
a displacement of $0$ m. The average velocity is

$$
\bar{v} = \frac{\Delta x}{\Delta t}.
(\#eq:avg-velocity)
$$

as Table \@ref(tab:speeds) shows, and the area is $x \propto t^2$.

$$
\int_0^1 f(x)\,dx = \sum_{n=1}^{\infty} a_n
$$

The end of the section.
"""


def test_simple_math_is_said_and_the_rest_announced(tmp_path: Path) -> None:
    manuscript, _, read = _book(tmp_path, PHYSICS)
    assert "delta x equals x f minus x i" in read
    assert "zero meters" in read or "zero metres" in read
    assert "v bar equals delta x over delta t" in read
    assert "t squared" in read
    assert "the table shows" in read
    assert "An equation follows in the book." in read
    for source in ("$", "\\", "dollar", "hashtag", "frac", "ref"):
        assert source not in read, source
    assert "int_0" in _left_out(manuscript)


def test_dollar_amounts_and_code_are_not_math(tmp_path: Path) -> None:
    text = r"""# Prices

The room cost $5 and the dinner $10, so $15 in all; a shilling was 12 pence.

The fare was $5 million, or US$ 6 million at the time.

Set `$x^2$` in your file, and the shell prints $HOME for you.
"""
    manuscript, _, read = _book(tmp_path, text)
    assert "five dollars" in read and "ten dollars" in read and "fifteen dollars" in read
    assert "five million dollars, or six million US dollars" in read
    kept = " ".join(p.text for ch in manuscript.chapters for p in ch.paragraphs)
    assert "$x^2$" in kept


# ------------------------------------------------ 8. rates named alone; a withheld name


def _said(text: str) -> str:
    from audiobook.text.normalize import to_spoken

    return to_spoken(text, "en-gb", {})


def test_rate_unit_without_a_number_is_said_as_a_unit() -> None:
    assert _said("Its unit is the (m/s).") == "Its unit is the (metres per second)."
    assert "from ninety kilometres per hour to metres per second" in _said("from 90 km/h to m/s.")
    assert "metres per second squared" in _said("measured in m/s² here.")
    assert "nine point eight metres per second squared" in _said("a body has 9.8 m/s² here.")
    assert "five kilograms per cubic metre" in _said("density 5 kg/m³ here.")


def test_words_parted_by_a_slash_stay_alternatives() -> None:
    assert "he or she" in _said("he/she said so.")
    assert "slash m slash s" in _said("see /usr/m/s here")


def test_long_dash_for_a_withheld_name_is_blank() -> None:
    assert _said("To ⸻, with love.") == "To Blank, with love."
    assert "your friend Blank’s adventures" in _said("your friend ⸻’s adventures")
    assert "(Blank)" in _said("the letter (⸺) came")
    assert "Mister Blank" in _said("I met Mr. —— at the inn.")
    assert "blank" not in _said("⸻").casefold()


# ------------------------------------------------------- 8. a blog's navigation links

POST = """---
title: The Lantern Keeper, Part One
author: Wren Maddox
---

*Part one of three. [Part II →](/posts/lantern-2/)*

The lantern on the quay had not been lit for a week, and the keeper knew why.

***

*Written on the train.* [Leave a comment](#comments) | [Back to top](#top)
"""


def test_blog_navigation_links_are_not_read(tmp_path: Path) -> None:
    manuscript, _, read = _book(tmp_path, POST)
    assert "Part Two" not in read and "Leave a comment" not in read
    assert "Back to top" not in read and read.endswith("Written on the train.")
    assert "Written on the train." in read and "Part one of three." in read
    assert "Back to top" in _left_out(manuscript)


def test_links_in_sentences_are_read(tmp_path: Path) -> None:
    text = POST.replace(
        "[Leave a comment](#comments) | [Back to top](#top)",
        "See [the next village](https://example.com/map) and [Part II](/posts/lantern-2/).",
    )
    _, _, read = _book(tmp_path, text)
    assert "the next village" in read and "Part Two" in read


# ------------------------------------------------------- 8. a skipped table's caption

TIDES = """# Tides

The tide rises twice a day at the quay, as the table shows.

| Month | High water |
|-------|-----------:|
| May   | 5.2        |
| June  | 5.4        |

Table: High water at the quay.

The keeper wrote each one in his book.
"""


def test_pandoc_table_caption_goes_with_its_table(tmp_path: Path) -> None:
    manuscript, _, read = _book(tmp_path, TIDES)
    assert "A table follows in the book." in read
    assert "High water at the quay" not in read
    assert "High water at the quay" in _left_out(manuscript)
    assert "The keeper wrote each one in his book." in read


def test_paragraph_after_a_table_is_read(tmp_path: Path) -> None:
    text = TIDES.replace("Table: High water at the quay.", "Tables like this one: kept.")
    _, _, read = _book(tmp_path, text)
    assert "Tables like this one" in read


def test_output_in_a_tutorial_with_bare_fences_stays_code(tmp_path: Path) -> None:
    text = """# Your First Program

Type this:

```
print("Hello, World!")
print("Goodbye, World!")
```

It prints:

```
Hello, World!
Goodbye, World!
```
"""
    _, _, read = _book(tmp_path, text)
    assert "Hello" not in read and "code example" in read
