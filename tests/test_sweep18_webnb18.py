"""Sweep 18 (webnb18): web novels and newsletters. Kaomoji and emoticons are pictures,
not symbols to spell ("(╯°□°)╯︵ ┻━┻" is never "degrees"; "<3" is a heart, said as the
emoji rule says hearts); Korean jamo laughter is "ha ha"; a CJK "……" at a quote's start
is a pause, not a comma; 「Yes.」 keeps its closing mark; a newsletter's email furniture,
link list, reading time, time stamps, photo credits and Substack buttons are not read."""

from __future__ import annotations

from pathlib import Path

import pytest

from audiobook.build.pipeline import load_book
from audiobook.text.normalize import to_spoken
from audiobook.text.segment import sentences


def _spoken(path: Path) -> list[str]:
    _, _, chapters = load_book(path)
    return [seg.spoken for chapter in chapters for seg in chapter.segments]


# 1. kaomoji and emoticons


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("He flipped it. (╯°□°)╯︵ ┻━┻ Then he left.", "He flipped it. Then he left."),
        ("Thanks, senior! (^_−)☆", "Thanks, senior!"),
        ("Understood (｀・ω・´)ゞ", "Understood"),
        ("He stared (⊙_⊙) at the jade.", "He stared at the jade."),
        ("Goodbye o(╥﹏╥)o", "Goodbye"),
        ("Sorry m(_ _)m", "Sorry"),
        ("See you tomorrow :)", "See you tomorrow"),
        ("See you then ;-)", "See you then"),
        ("love you <3", "love you"),
        ("I <3 NY", "I love NY"),
        ("BEX: <3", "BEX: heart"),
        ("I failed again T_T", "I failed again"),
        ("He laughed. ㅋㅋㅋ", "He laughed. ha ha ha"),
        ("He grinned. ㅎㅎ", "He grinned. ha ha"),
        ("She cried. ㅠㅠ", "She cried."),
    ],
)
def test_kaomoji_and_emoticons_are_pictures(text: str, said: str) -> None:
    assert to_spoken(text) == said


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("If x < 3, stop.", "less than three"),
        ("if x <3 then", "less than three"),
        ("Answer a:) first, then b:) second.", "a:)"),
        ("The point (0°, 0°) is the origin.", "zero degrees, zero degrees"),
        ("The sum (o − x) is small.", "(o minus x)"),
        ("Water boils at 100 (°C).", "Celsius"),
        ("She chose (a, b) and left.", "(a, b)"),
    ],
)
def test_near_misses_keep_their_words(text: str, kept: str) -> None:
    assert kept in to_spoken(text)


# 2. CJK ellipsis and corner brackets


def test_cjk_ellipsis_at_a_quote_start_is_a_pause() -> None:
    assert to_spoken('"……No, Elder."') == '" No, Elder."'
    assert to_spoken("“……Yes.”") == "“Yes.”"
    assert to_spoken('"Onee-sama……!!"') == '"Onee-sama!!"'


def test_single_ellipsis_and_mid_sentence_pause_unchanged() -> None:
    assert to_spoken('"…Yes," she said.') == '" Yes," she said.'
    assert to_spoken("He said…… no.") == "He said, no."


def test_corner_brackets_keep_their_closing_mark() -> None:
    said = sentences("She said: 「Yes.」 and 『Never.』 and left.", "en")
    assert said == ["She said: 「Yes.」 and 『Never.』 and left."]
    assert sentences("「Yes.」 She left. 『Never.』 He stayed.", "en") == [
        "「Yes.」", "She left.", "『Never.』", "He stayed.",
    ]


def test_chinese_corner_brackets_split_as_before() -> None:
    assert sentences("「好。」他说。「走吧！」", "zh") == ["「好。」", "他说。", "「走吧！」"]


# 3. newsletters

EMAIL = """View this email in your browser [1]

** THE SLOW NEWS DIGEST

Hi friends,

A public library in the city's east end has kept its doors open every day for fifty
years, thanks to a rota of volunteers. Read the full story [2]

That's all for this week.

Take it easy,
The Slow News team

------------------------------------------------------------
Share this issue: Twitter [3] | Facebook [4]
------------------------------------------------------------

You are receiving this email because you opted in via our website.

Our mailing address is:
Slow News Digest
12 Harbour Row
Bristol

Want to change how you receive these emails?
You can update your preferences [5] or unsubscribe from this list [6].

============================================================
Links:
[1] https://us12.campaign-archive.com/?u=abc123&id=def456
[2] https://slownews.example/library-never-closed
[3] https://twitter.com/intent/tweet?text=Slow+News+112
[4] https://www.facebook.com/sharer/sharer.php?u=x
[5] https://slownews.us12.list-manage.com/profile?u=abc123
[6] https://slownews.us12.list-manage.com/unsubscribe?u=abc123
"""


def test_mailchimp_email_furniture_and_links_left_out(tmp_path: Path) -> None:
    path = tmp_path / "digest.txt"
    path.write_text(EMAIL, encoding="utf-8")
    spoken = " ".join(_spoken(path))
    for gone in ("browser", "Share this issue", "mailing address", "Harbour Row",
                 "unsubscribe", "receiving this email", "Links", "dot com"):
        assert gone not in spoken, gone
    assert "The Slow News team" in spoken
    assert "rota of volunteers" in spoken
    _, manuscript, _ = load_book(path)
    assert not any("no note" in o.why for o in manuscript.omitted)


def test_story_that_mentions_unsubscribing_is_read(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text(
        "Chapter 1\n\nShe read the message twice.\n\n"
        "You can unsubscribe from this list, the footer said, but she never had.\n\n"
        "Links were everywhere in his notes:\n[1] a red thread\n[2] a blue one\n",
        encoding="utf-8",
    )
    spoken = " ".join(_spoken(path))
    assert "unsubscribe from this list" in spoken
    assert "a red thread" in spoken


ROUNDUP = """# Morning Brief

*By Daniel Okafor · 9 Apr 2024 · 6 min read*

Good morning.

## Eclipse

Millions looked skyward on Monday.

![Crowds in Dallas](https://cdn.example.com/img/eclipse.jpg)
*Crowds gather at Klyde Warren Park. Photo: Getty Images*

Officials remain wary of cutting rates.

Updated 3:45 p.m. ET

Markets slipped on the news.

Image credit: Federal Reserve / Flickr (CC BY 2.0)

The end of the brief.
"""


def test_news_furniture_left_out_in_markdown(tmp_path: Path) -> None:
    path = tmp_path / "brief.md"
    path.write_text(ROUNDUP, encoding="utf-8")
    spoken = " ".join(_spoken(path))
    for gone in ("minutes read", "minute read", "Getty", "Klyde", "Updated", "Flickr"):
        assert gone not in spoken, gone
    assert "By Daniel Okafor" in spoken
    assert "Markets slipped on the news." in spoken


def test_caption_and_update_sentences_in_prose_are_read(tmp_path: Path) -> None:
    path = tmp_path / "memoir.md"
    path.write_text(
        "# Chapter 1\n\nPhoto: my mother, 1962, on the pier.\n\n"
        "The sign was updated at 3 p.m. that day.\n\n"
        "![ornament](orn.png)\n*An epigraph in italics, under the ornament.*\n\n"
        "It takes about 6 min to read the letter.\n",
        encoding="utf-8",
    )
    spoken = " ".join(_spoken(path))
    assert "my mother" in spoken
    assert "updated at three p.m." in spoken
    assert "An epigraph in italics" in spoken
    assert "to read the letter" in spoken


SUBSTACK = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>The Ledger #47: The crane with no driver</title>
<meta property="og:site_name" content="The Ledger"></head><body>
<div class="navbar"><a href="/">The Ledger</a> <a href="/subscribe">Subscribe</a></div>
<div class="single-post-container"><article class="typography newsletter-post post">
<div class="post-header"><h1 class="post-title published">The crane with no driver</h1>
<div class="post-meta"><div class="post-ufi"><a class="like-button">142</a>
<a class="post-ufi-button">Share</a></div></div></div>
<div class="available-content"><div dir="auto" class="body markup">
<p>It is about automation, and a single crane that has been running alone.</p>
<p><em>This post is public so feel free to share it.</em></p>
<p class="button-wrapper"><a class="button primary"
 href="https://ledger.substack.com/p/47?action=share"><span>Share</span></a></p>
<p>Share of terminal moves now automated: about a third.</p>
<p class="button-wrapper"><a class="button primary"
 href="https://ledger.substack.com/p/47/comments"><span>Leave a comment</span></a></p>
<p>The crane does not take breaks.</p>
</div></div>
<div class="post-footer"><a class="like-button">142 Likes</a></div>
</article></div>
<footer><div>© 2024 The Ledger</div></footer>
</body></html>
"""


def test_substack_buttons_left_out_in_html(tmp_path: Path) -> None:
    path = tmp_path / "post.html"
    path.write_text(SUBSTACK, encoding="utf-8")
    spoken = _spoken(path)
    assert "Share" not in spoken
    assert not any("Leave a comment" in s or "feel free to share" in s for s in spoken)
    assert any("Share of terminal moves" in s for s in spoken)
    assert any("does not take breaks" in s for s in spoken)


# 5. a system window's timer and gauges


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("[Time limit: 00:30:00]", "[Time limit: thirty minutes]"),
        ("Time left: 01:15:30", "Time left: one hour, fifteen minutes and thirty seconds"),
        ("HP 87/100.", "HP eighty-seven out of one hundred."),
        ("【Cultivation: third layer (87/100)】", "【Cultivation: third layer (eighty-seven out of"
         " one hundred)】"),
    ],
)
def test_system_window_timer_and_gauge(text: str, said: str) -> None:
    assert to_spoken(text) == said


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("He left at 10:15:30 p.m.", "ten fifteen and thirty seconds p.m."),
        ("the clock read 11:59:59", "eleven fifty-nine"),
        ("he left 10:15:30", "ten fifteen"),
        ("【Date 3/4】", "three"),
        ("He ate 1/2.", "one half"),
    ],
)
def test_clock_times_and_dates_stay(text: str, kept: str) -> None:
    said = to_spoken(text)
    assert kept in said
    assert "out of" not in said and "hours," not in said


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Nice one ;-)", "Nice one"),
        ("Nice one 😉", "Nice one"),
        ("Good one :)", "Good one"),
    ],
)
def test_one_praised_is_no_count_of_the_emoji(text: str, said: str) -> None:
    assert to_spoken(text) == said


def test_one_emoji_sent_is_still_said() -> None:
    assert to_spoken("He sent one 👍.") == "He sent one thumbs up."


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("ok =)", "ok"),
        ("hmm :/", "hmm"),
        ('He typed "^_^" back.', 'He typed "" back.'),
    ],
)
def test_more_typed_faces_are_unsaid(text: str, said: str) -> None:
    assert to_spoken(text) == said


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("x =(3)", "x equals (three)"),
        ("See http://example.com", "See example dot com"),
        ("Time: 10:30 :/ late", "Time: ten thirty late"),
    ],
)
def test_signs_beside_faces_stay_signs(text: str, said: str) -> None:
    assert to_spoken(text) == said
