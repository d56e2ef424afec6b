"""Web fiction and fan fiction (sweep 4): a saved Wattpad chapter's paragraphs inside its
`<pre>`, an author's note that can never take a chapter's prose, the sites' own furniture
and credits (Wattpad, FanFiction.net), fan fiction's notes in Markdown, its scene-break
marks and its typography. Each hit has a near miss that must stay as it was."""

from __future__ import annotations

from audiobook.text.readers.html import Block, read_html, without_web_authors_notes


def _said(found) -> str:  # type: ignore[no-untyped-def]
    return "\n".join(p.text for _, paragraphs in found.chapters for p in paragraphs)


def _left_out(found) -> str:  # type: ignore[no-untyped-def]
    return "\n".join(f"{o.what}: {o.text}" for o in found.omitted)


# ------------------------------------------------------------ Wattpad's <pre>

WATTPAD = """<!DOCTYPE html>
<html lang="en-US"><head><meta charset="utf-8">
<title>Salt and Ember - Chapter 3: The Lighthouse - Wattpad</title></head><body>
<header id="header"><nav><a href="/home">Browse</a> <a href="/login">Log in</a></nav></header>
<div id="app-container"><main id="parts-container-new">
<div class="story-info-container"><a href="/story/1-salt-and-ember"><span class="title">Salt and
Ember</span></a><span class="author">by harbourlights</span></div>
<header class="panel panel-reading text-center"><h1 class="h2">Chapter 3: The Lighthouse</h1>
<div class="story-stats"><span class="reads" title="Reads">12.4K</span>
<span class="votes" title="Votes">1.1K</span> <span class="comments">88</span></div></header>
<div class="part-content"><div class="page highlighter" data-page-number="1">
<div class="panel panel-reading"><pre>
<p data-p-id="p1">A/N: thank u all for 10k reads!! vote if u liked it</p>
<p data-p-id="p2">The lamp had been dark for eleven years when Nell climbed the stair.</p>
<p data-p-id="p3">She counted the steps, as her grandfather had, and lost count at the landing.</p>
<p data-p-id="p4">***</p>
<p data-p-id="p5">Below her the sea went on with its work, grey and patient.</p>
</pre></div></div></div>
<div class="part-footer"><button class="btn-vote">Vote</button>
<a class="next-part-link" href="/2-chapter-4">Continue to next part</a></div>
<section class="comments"><h3>88 Comments</h3><div class="comment"><p>more pls</p></div></section>
<section class="recommendations"><h3>You'll also like</h3><ul><li><a>The Duke's Secret</a>
1.2M reads</li></ul></section>
</main></div>
<footer><a href="/about">About</a> © 2024 Wattpad</footer>
</body></html>"""


def test_wattpad_paragraphs_inside_pre_are_read_and_only_the_note_left_out() -> None:
    found = read_html(WATTPAD)
    said = _said(found)
    assert "The lamp had been dark for eleven years" in said
    assert "Below her the sea went on" in said
    paragraphs = [p for _, ps in found.chapters for p in ps]
    lamp = next(p for p in paragraphs if p.text.startswith("The lamp"))
    assert lamp.text.endswith("climbed the stair.")  # a paragraph of its own
    below = next(p for p in paragraphs if p.text.startswith("Below her"))
    assert below.scene_break_before  # "***" is a pause
    assert "10k reads" not in said and "10k reads" in _left_out(found)


CODE_PAGE = """<!DOCTYPE html><html><head><title>Shell Basics</title></head><body>
<h1>Shell Basics</h1><h2>Listing files</h2>
<p>Type the command below and press Return.</p>
<pre><code>ls -la /home
cd /tmp
echo "done"</code></pre>
<h2>A poem in pre</h2>
<pre>
The tide came in,
the tide went out.
</pre>
</body></html>"""


def test_code_and_lines_in_pre_stay_as_they_were() -> None:
    found = read_html(CODE_PAGE)
    said = _said(found)
    assert "ls -la" not in said  # the code block is a block placeholder, not prose
    assert len(found.blocks) == 1
    assert "The tide came in,\u2028the tide went out." in said


def test_a_note_over_a_long_run_of_lines_loses_only_its_line() -> None:
    prose = "\u2028".join(
        f"Line {n} of the chapter, where the keeper walked the shore and counted gulls." * 1
        for n in range(30)
    )
    blocks = [
        Block("heading", "Chapter 3", level=2),
        Block("text", "A/N: thanks for reading!!\u2028" + prose),
    ]
    kept, omitted = without_web_authors_notes(blocks)
    assert kept[1].text == prose
    assert omitted[0].text == "A/N: thanks for reading!!"


def test_a_short_note_of_lines_still_goes_whole() -> None:
    blocks = [
        Block("heading", "Chapter 3", level=2),
        Block("text", "A/N: thanks for reading!!\u2028Next update Friday."),
        Block("text", "The keeper walked the shore."),
    ]
    kept, _ = without_web_authors_notes(blocks)
    assert [b.text for b in kept] == ["Chapter 3", "The keeper walked the shore."]


# ------------------------------------------------------------ the sites' furniture and credits


def test_wattpad_story_box_credits_and_its_furniture_is_not_read() -> None:
    found = read_html(WATTPAD)
    said = _said(found)
    assert found.title == "Salt and Ember"
    assert found.author == "harbourlights"
    for furniture in ("12.4K", "Continue to next part", "also like", "1.2M", "Emberby"):
        assert furniture not in said
    assert [title for title, _ in found.chapters] == ["Chapter 3: The Lighthouse"]


def test_wattpad_word_count_and_plea_at_the_end_are_notes() -> None:
    page = WATTPAD.replace(
        '<p data-p-id="p5">Below her the sea went on with its work, grey and patient.</p>',
        '<p data-p-id="p5">Below her the sea went on with its work, grey and patient.</p>'
        '<p data-p-id="p6">Don\'t forget to VOTE and COMMENT!! Next update Saturday!!</p>'
        '<p data-p-id="p7">Word count: 1,204</p>',
    )
    said = _said(read_html(page))
    assert said.endswith("grey and patient.")


def test_pleas_and_word_counts_inside_a_chapter_are_the_story() -> None:
    page = WATTPAD.replace(
        '<p data-p-id="p3">',
        '<p data-p-id="p2b">"Please review the ledger," her grandfather had said.</p>'
        '<p data-p-id="p2c">Word count: 1,204, the telegram said, and no more.</p>'
        '<p data-p-id="p3">',
    )
    said = _said(read_html(page))
    assert "Please review the ledger" in said
    assert "Word count: 1,204, the telegram said" in said


FFN = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>The Quiet Wood Chapter 4: Frost, a Narnia fanfic |
FanFiction</title></head><body>
<div id="top"><div class="menulink"><a href="/">FanFiction</a> | unleash your imagination</div>
</div>
<div id="content_wrapper_inner">
<div id="profile_top"><button class="btn">Follow/Fav</button><b class="xcontrast_txt">The Quiet
Wood</b> <span class="xcontrast_txt">By:</span> <a class="xcontrast_txt" href="/u/123/fernlight">
fernlight</a> <a href="https://www.fanfiction.net/pm2/post.php?uid=123">PM</a>
<div class="xcontrast_txt">Lucy goes back alone.</div>
<span class="xgray">Rated: K+ - English - Chapters: 4 - Words: 9,210</span></div>
<select id="chap_select"><option value="4" selected>4. Frost</option></select>
<div role="main" aria-label="story content"><div class="storytext xcontrast_txt" id="storytext">
<p><strong>Disclaimer: I don't own Narnia.</strong></p>
<p>The lamp-post was cold under her mittens, and the snow came down without a sound.</p>
<p>"Hello?" Lucy said to the trees.</p>
</div></div></div>
<div id="p_footer"><a href="/support/">Help</a></div>
</body></html>"""


def test_fanfiction_net_page_names_story_writer_and_chapter() -> None:
    found = read_html(FFN)
    assert found.title == "The Quiet Wood"
    assert found.author == "fernlight"
    assert [title for title, _ in found.chapters] == ["Chapter 4: Frost"]
    assert "I don't own" not in _said(found)


def test_fanfiction_net_one_shot_has_no_chapter_title_of_its_own() -> None:
    page = FFN.replace(" Chapter 4: Frost,", ",")
    found = read_html(page)
    assert found.title == "The Quiet Wood"
    assert [title for title, _ in found.chapters] == [None]  # the book's title names it


# ------------------------------------------------------------ fan fiction's notes in Markdown

FIC_MD = """# The Long Winter

*by fernlight*

Disclaimer: I don't own Narnia. C.S. Lewis does.

## Chapter 1: Snow

**A/N:** Hi everyone! First fic, please be nice.

The snow had not stopped for three days, and Lucy had stopped counting them.

"Come on," said Edmund. "It's only a wardrobe."

Please review! It really motivates me :)

## Chapter 2: The Lamp

AN: Wow, 12 reviews already?! You guys are amazing.

Edit 3/5/21: fixed typos, thanks to my beta!

**Review replies:**

Guest: Thank you so much!
xXShadowWolfXx: I know, sorry about the cliffhanger!!

The lamp-post stood where it always had, and its light was the colour of honey.

Author's Note: Sorry this took so long! Exams. Next chapter Friday.
"""


def _md(text: str):  # type: ignore[no-untyped-def]
    from audiobook.text.readers.markdown import read_markdown

    return read_markdown(text)


def test_fan_fiction_notes_in_markdown_are_left_out() -> None:
    found = _md(FIC_MD)
    said = _said(found)
    for note in ("Hi everyone", "Please review", "12 reviews", "fixed typos", "Review replies",
                 "Thank you so much", "cliffhanger", "took so long", "don't own"):  # fmt: skip
        assert note not in said, note
    assert "The snow had not stopped" in said
    assert said.rstrip().endswith("the colour of honey.")
    assert "author's note" in _left_out(found)


NOVEL_MD = """# The Salt Road

## Chapter 1

Author's Note: The Salt Road is set in Cheshire in 1851, and the mines are real.

The brine came up black that spring.

"What does A/N: mean on the ledger?" Tom asked. "A/N: is the agent's mark," said Ma.

A/N: written on the wall in chalk, the letters were older than the mine.

Half the village turned out to watch.
"""


def test_a_novels_authors_note_and_a_n_in_its_story_are_read() -> None:
    said = _said(_md(NOVEL_MD))
    assert "Author's Note: The Salt Road is set in Cheshire" in said  # no fan-fiction mark
    assert "What does A/N: mean" in said
    assert "written on the wall in chalk" in said  # inside the chapter: the story's


# ------------------------------------------------------------ fan fiction's scene-break marks

_SHAPES = ("~xXx~", "xxXXxx", "-o-o-o-", "oOoOoOo", "-x-x-x-", "*~*~*", "~~~")


def _page(middle: str) -> str:
    return (
        "<html><head><title>Snow</title></head><body><h1>Chapter 1</h1>"
        "<p>The snow had not stopped for three days.</p>"
        f"<p>{middle}</p><p>Lucy went back to the wardrobe alone.</p></body></html>"
    )


def test_fan_fiction_break_marks_are_pauses_in_html() -> None:
    for shape in _SHAPES:
        found = read_html(_page(shape))
        paragraphs = [p for _, ps in found.chapters for p in ps]
        assert [p.text for p in paragraphs][-2:] == [
            "The snow had not stopped for three days.",
            "Lucy went back to the wardrobe alone.",
        ], shape
        assert paragraphs[-1].scene_break_before, shape


def test_fan_fiction_break_marks_are_pauses_in_markdown() -> None:
    for shape in _SHAPES:
        text = f"# Chapter 1\n\nThe snow fell.\n\n{shape}\n\nLucy went back alone.\n"
        paragraphs = [p for _, ps in _md(text).chapters for p in ps]
        assert [p.text for p in paragraphs] == ["The snow fell.", "Lucy went back alone."], shape
        assert paragraphs[-1].scene_break_before, shape


def test_x_and_o_in_words_and_kisses_are_read() -> None:
    for line in ("xXShadowWolfXx: I know, I'm sorry!", "Ox.", "ooo", "XOXO"):
        said = _said(read_html(_page(line)))
        assert line in said, line
    letter = (
        "<html><body><h1>Chapter 1</h1><p>Dear Lucy, come home soon.</p>"
        "<p>Love from Mum</p><p>xXx</p></body></html>"
    )
    assert "xXx" in _said(read_html(letter))  # a note's kisses under its closing


# ------------------------------------------------------------ fandom typography

AO3_MD = """# Salt and Starlight

**Rating:** Teen And Up Audiences
**Fandom:** The Witcher (TV)
**Relationship:** Geralt/Jaskier

---

## Chapter 1: The Inn

*A/N: This is a gift for @buttercupbard!*

The inn was loud, and the bard was louder.

His phone buzzed: "miss u <3"
"""


def test_ao3_header_in_markdown_is_not_read_and_hearts_are_silent() -> None:
    found = _md(AO3_MD)
    said = _said(found)
    assert "Rating" not in said and "Geralt/Jaskier" not in said
    assert "the work's tags" in _left_out(found)
    assert 'His phone buzzed: "miss u"' in said


def test_a_rating_in_a_novels_text_and_a_sum_are_read() -> None:
    text = (
        "# The Inn\n\n## Chapter 1\n\nRating: five stars, said the card in the window.\n\n"
        "The sum on the slate said x<3, and the boy frowned at it <3 times.\n"
    )
    said = _said(_md(text))
    assert "Rating: five stars" in said
    assert "x<3" in said and "<3 times" in said  # no fan fiction's mark: nothing changed


def test_a_chapter_ending_please_follow_is_the_story() -> None:
    page = WATTPAD.replace(
        "grey and patient.</p>", "grey and patient.</p><p>Please follow the light home.</p>"
    )
    assert _said(read_html(page)).endswith("Please follow the light home.")
