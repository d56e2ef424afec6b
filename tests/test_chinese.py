"""Chinese books: the Mandarin voice, the full-width marks kept, 第一章 and 第一回 headings,
sentences and pieces cut where Chinese cuts them, credits in the book's own characters,
and a voice of another language never spelling "Chinese letter" for each character."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

import pytest

from audiobook.build.pipeline import _voice_for_language, load_book, readable_by_voices
from audiobook.config import VoiceProfile
from audiobook.models import ScriptChapter, Segment
from audiobook.text.chinese import is_traditional, spoken
from audiobook.text.normalize import to_spoken
from audiobook.text.readers.plaintext import parse_heading
from audiobook.text.scripts import latinize
from audiobook.text.segment import sentences, split_long, word_count

from conftest import run_cli

PG_CLASSIC = """The Project Gutenberg EBook of 三國演義, by Luo Guanzhong

This eBook is for the use of anyone anywhere at no cost and with
almost no restrictions whatsoever.  You may copy it, give it away or
re-use it under the terms of the Project Gutenberg License included
with this eBook or online at www.gutenberg.org


Title: 三國演義

Author: Luo Guanzhong

Release Date: December 1, 2007 [EBook #23950]

Language: Chinese

Character set encoding: UTF-8

*** START OF THIS PROJECT GUTENBERG EBOOK 三國演義 ***




三國演義

羅貫中


目錄

第一回　宴桃園豪傑三結義　斬黃巾英雄首立功
第二回　張翼德怒鞭督郵　何國舅謀誅宦豎



第一回　宴桃園豪傑三結義　斬黃巾英雄首立功

　　話說天下大勢，分久必合，合久必分。周末七國分爭，並入於秦。

　　玄德問其姓名。其人曰：「某姓張，名飛，字翼德。世居涿郡，頗有莊田。」玄德大喜。

第二回　張翼德怒鞭督郵　何國舅謀誅宦豎

　　且說董卓字仲穎，隴西臨洮人也，官拜河東太守，自來驕傲。

End of the Project Gutenberg EBook of 三國演義, by Luo Guanzhong

*** END OF THIS PROJECT GUTENBERG EBOOK 三國演義 ***

***** This file should be named 23950-0.txt or 23950-0.zip *****

*** START: FULL LICENSE ***

THE FULL PROJECT GUTENBERG LICENSE
PLEASE READ THIS BEFORE YOU DISTRIBUTE OR USE THIS WORK
"""

MODERN = """序言

　　这本书写于2019年的冬天。感谢所有陪伴我的人。

第一章 回家

　　火车在凌晨三点到站。她拖着箱子走出车站，城市还在沉睡。

　　“你回来了？”母亲站在门口，声音很轻。

　　第3章的稿子她改了25%，还剩下一半。

第二章 老屋

　　老屋还在，只是院子里的桂花树已经枯了。她站了很久！

后记

　　谢谢你读到这里。
"""


def _plan(path: Path) -> tuple:
    _, manuscript, chapters = load_book(path)
    return manuscript, chapters


# ---------------------------------------------------------------- the voice


@dataclass
class _Voice:
    id: str
    language: str


class _Engine:
    def __init__(self, *voices: tuple[str, str]) -> None:
        self._voices = [_Voice(i, lang) for i, lang in voices]

    def voices(self) -> list[_Voice]:
        return self._voices


def _engine_class(*voices: tuple[str, str]) -> type:
    """An engine class (a build's override) whose voices are these."""
    return type("Engine", (_Engine,), {"__init__": lambda self: _Engine.__init__(self, *voices)})


_ESPEAK = _Engine(("gmw/en-us", "en-us"), ("sit/cmn", "cmn"),
                  ("sit/cmn-latn-pinyin", "cmn-latn-pinyin"), ("sit/yue", "yue"),
                  ("jpx/ja", "ja"))  # fmt: skip


@pytest.mark.parametrize("tag", ["zh", "zh-CN", "zh-TW", "zh-Hans", "zh-Hant", "cmn", "zh_CN"])
def test_every_chinese_tag_is_read_by_the_mandarin_voice(tag: str) -> None:
    profile = VoiceProfile(name="narrator", voice="gmw/en-us")
    assert _voice_for_language(profile, tag, _ESPEAK).voice == "sit/cmn"


@pytest.mark.parametrize("tag", ["yue", "zh-HK", "zh-yue"])
def test_cantonese_is_read_by_the_cantonese_voice(tag: str) -> None:
    profile = VoiceProfile(name="narrator", voice="gmw/en-us")
    assert _voice_for_language(profile, tag, _ESPEAK).voice == "sit/yue"
    no_yue = _Engine(("gmw/en-us", "en-us"), ("sit/cmn", "cmn"))
    assert _voice_for_language(profile, tag, no_yue).voice == "sit/cmn"  # never English


def test_piper_voices_keyed_zh_cn_serve_a_zh_tw_book() -> None:
    piper = _Engine(("en_US-lessac-medium", "en-us"), ("zh_CN-huayan-medium", "zh-cn"))
    profile = VoiceProfile(name="narrator", voice="en_US-lessac-medium", engine="piper")
    assert _voice_for_language(profile, "zh-TW", piper).voice == "zh_CN-huayan-medium"


def test_a_japanese_or_english_book_keeps_its_own_voice() -> None:
    profile = VoiceProfile(name="narrator", voice="gmw/en-us")
    assert _voice_for_language(profile, "ja", _ESPEAK).voice == "jpx/ja"
    assert _voice_for_language(profile, "en", _ESPEAK).voice == "gmw/en-us"


def test_pg_classic_is_read_by_the_mandarin_voice_without_the_library_s_pages(tmp_path):
    book = tmp_path / "sanguo.txt"
    book.write_text(PG_CLASSIC, encoding="utf-8")
    result = run_cli("plan", str(book))
    assert result.returncode == 0, result.stderr
    assert "pyttsx3: sit/cmn" in result.stdout and "no zh voice" not in result.stderr
    manuscript, chapters = _plan(book)
    assert manuscript.language == "zh"
    said = "\n".join(s.text for ch in chapters for s in ch.segments)
    assert "Gutenberg" not in said and "License" not in said and "目錄" not in said


# ---------------------------------------------------------------- the safety net


def _script(spoken_text: str) -> tuple[ScriptChapter, ...]:
    seg = Segment("text", spoken_text, spoken_text, "narrator", 0, 0)
    return (ScriptChapter(1, "一", (seg,)),)


def test_a_fallback_voice_of_another_language_gets_the_characters_in_letters() -> None:
    profiles = {"narrator": VoiceProfile(name="narrator", voice="gmw/en-us")}
    no_chinese = _engine_class(("gmw/en-us", "en-us"))
    (chapter,) = readable_by_voices(_script("天下大勢，分久必合。"), profiles, "zh", no_chinese)
    seg = chapter.segments[0]
    assert seg.spoken == "Tian Xia Da Shi, Fen Jiu Bi He."
    assert seg.text == "天下大勢，分久必合。"  # the captions keep the characters


def test_a_voice_of_the_book_s_language_is_given_its_text_as_it_is() -> None:
    profiles = {"narrator": VoiceProfile(name="narrator", voice="sit/cmn")}
    espeak = _engine_class(("gmw/en-us", "en-us"), ("sit/cmn", "cmn"))
    script = _script("天下大勢，分久必合。")
    assert readable_by_voices(script, profiles, "zh", espeak) == script
    english = {"narrator": VoiceProfile(name="narrator", voice="gmw/en-us")}
    quoted = _script("He wrote Tian Xia and left.")
    assert readable_by_voices(quoted, english, "en", espeak) == quoted


def test_an_english_book_quoting_chinese_transliterates_it_as_before() -> None:
    said = to_spoken("The sign read 「天下大勢」 and we went in.", "en")
    assert "Tian Xia Da Shi" in said and "「" not in said
    assert latinize("天下大勢，分久必合。", "zh") == "天下大勢，分久必合。"


# ---------------------------------------------------------------- the text


def test_full_width_marks_stay_in_the_text(tmp_path):
    book = tmp_path / "modern.txt"
    book.write_text(MODERN, encoding="utf-8")
    manuscript, chapters = _plan(book)
    assert not [r for r in manuscript.repairs if "，" in r]
    texts = [s.text for ch in chapters for s in ch.segments if s.kind == "text"]
    assert "火车在凌晨三点到站。" in texts and "她拖着箱子走出车站，城市还在沉睡。" in texts


def test_full_width_letters_in_an_english_paragraph_are_still_folded(tmp_path):
    book = tmp_path / "web.txt"
    book.write_text("She typed ｈｅｌｌｏ into the box and waited.\n", encoding="utf-8")
    _, chapters = _plan(book)
    assert "She typed hello into the box and waited." in [s.text for s in chapters[-1].segments]


def test_a_sentence_ends_after_a_closed_quotation() -> None:
    got = sentences("其人曰：「某姓張，名飛。世居涿郡。」玄德大喜。", "zh")
    assert got == ["其人曰：「某姓張，名飛。世居涿郡。」", "玄德大喜。"]
    # a quotation closed mid-sentence, without a stop in it, goes on
    assert sentences("他說「好」就走了。", "zh") == ["他說「好」就走了。"]


def test_a_long_chinese_sentence_is_cut_at_a_clause_mark() -> None:
    sentence = (
        "她想起了父亲说过的话：人这一辈子，总要回一次家的；不回家的人，心里永远空着一块，"
        "无论走到哪里，无论挣了多少钱，无论身边有多少人陪着，那一块都填不满，这是他在那个"
        "漫长的冬夜里、在那盏昏黄的油灯下、在那间四面透风的老屋中，一字一句告诉她的道理。"
    )
    pieces = split_long(sentence)
    assert len(pieces) > 1 and "".join(pieces) == sentence
    assert all(len(p) <= 100 for p in pieces)
    assert all(p.endswith(("，", "；", "：", "。")) for p in pieces)
    english = "word " * 50  # 250 characters: an English sentence keeps its 300
    assert split_long(english.strip()) == [english.strip()]


def test_words_are_counted_by_characters() -> None:
    assert word_count("火车在凌晨三点到站。") == 6  # nine characters
    assert word_count("The train came in at three.") == 6
    assert word_count("他说 OK 了") == 2 + 1


def test_years_percentages_and_decimals_are_said_as_chinese_readers_say_them() -> None:
    assert spoken("她想起了1998年的夏天") == "她想起了一九九八年的夏天"
    assert spoken("改了25%") == "改了百分之25"
    assert spoken("走了3.5公里") == "走了3点5公里"
    assert to_spoken("第3章", "zh") == "第3章"  # espeak's Mandarin reads it 第三章
    assert to_spoken("in 1998 and 25%", "en") == to_spoken("in 1998 and 25%", "en-us")
    assert "百分之" not in to_spoken("25%", "en") and "九九八" not in to_spoken("1998年", "ja")


# ---------------------------------------------------------------- headings


@pytest.mark.parametrize(
    "line, family, number",
    [
        ("第一章", "chapter", 1), ("第1章 回家", "chapter", 1), ("第十二回", "chapter", 12),
        ("第一回　宴桃園豪傑三結義　斬黃巾英雄首立功", "chapter", 1),
        ("第一百零八回", "chapter", 108), ("第二十一章：归来", "chapter", 21),
        ("第一卷", "volume", 1), ("卷一", "volume", 1), ("卷之三", "volume", 3),
        ("第三節", "section", 3), ("第二部", "part", 2), ("楔子", "楔子", 0),
        ("序", "序", 0), ("序言", "序言", 0), ("尾聲", "尾聲", 0), ("后记", "后记", 0),
    ],
)  # fmt: skip
def test_chinese_headings(line: str, family: str, number: int) -> None:
    heading = parse_heading(line)
    assert heading is not None and (heading.family, heading.number) == (family, number)


@pytest.mark.parametrize(
    "line",
    ["第3章的稿子她改了25%，还剩下一半。", "第一部手机是诺基亚", "第三回合他赢了",
     "第二天早上，她走了。", "序幕拉开的时候，观众都安静了。", "卷起袖子就干。",
     "后记得把门关上。"],
)  # fmt: skip
def test_prose_that_starts_like_a_heading_is_no_heading(line: str) -> None:
    assert parse_heading(line) is None


def test_a_modern_manuscript_has_its_chapters(tmp_path):
    book = tmp_path / "modern.txt"
    book.write_text(MODERN, encoding="utf-8")
    _, chapters = _plan(book)
    assert [ch.title for ch in chapters] == ["序言", "第一章 回家", "第二章 老屋", "后记"]


def test_a_classic_has_its_hui_with_their_couplets_and_no_contents(tmp_path):
    book = tmp_path / "sanguo.txt"
    book.write_text(PG_CLASSIC, encoding="utf-8")
    _, chapters = _plan(book)
    titles = [ch.title for ch in chapters]
    assert titles == [
        "第一回 宴桃園豪傑三結義 斬黃巾英雄首立功", "第二回 張翼德怒鞭督郵 何國舅謀誅宦豎"
    ]
    texts = [s.text for s in chapters[0].segments if s.kind == "text"]
    assert "玄德大喜。" in texts


# ---------------------------------------------------------------- credits


def test_credits_in_traditional_characters_for_a_classic(tmp_path):
    book = tmp_path / "sanguo.txt"
    book.write_text(PG_CLASSIC, encoding="utf-8")
    _, chapters = _plan(book)
    opening = chapters[0].segments[0].text
    closing = chapters[-1].segments[-1].text
    assert opening.startswith("《三國演義》。作者：Luo Guanzhong。由 ")
    assert opening.endswith("朗讀。")
    assert closing.startswith("全書完。《三國演義》，Luo Guanzhong 著，由 ")


def test_credits_in_simplified_characters_for_a_modern_book(make_book):
    folder = make_book({"book.toml": 'title = "长夜将尽"\nauthor = "林小雨"\n',
                        "text.txt": MODERN})  # fmt: skip
    _, chapters = _plan(folder)
    assert chapters[0].segments[0].text.startswith("《长夜将尽》。作者：林小雨。由 ")
    assert chapters[0].segments[0].text.endswith("朗读。")
    assert chapters[-1].segments[-1].text.startswith("全书完。《长夜将尽》，林小雨著，由 ")


def test_the_form_of_the_characters() -> None:
    assert is_traditional("zh-TW") and is_traditional("zh-Hant")
    assert not is_traditional("zh-CN", "這個國家們說") and not is_traditional("zh-Hans")
    assert is_traditional("zh", "他說這個國家") and not is_traditional("zh", "他说这个国家")


def test_a_japanese_kana_book_is_not_chinese(tmp_path):
    book = tmp_path / "neko.txt"
    book.write_text(
        "吾輩は猫である。名前はまだ無い。\n\nどこで生れたかとんと見当がつかぬ。"
        "何でも薄暗いじめじめした所でニャーニャー泣いていた事だけは記憶している。\n",
        encoding="utf-8",
    )
    manuscript, chapters = _plan(book)
    assert manuscript.language == "ja"
    opening, closing = chapters[0].segments[0].text, chapters[-1].segments[-1].text
    assert "由" not in opening and "朗读" not in opening  # not the Chinese credits
    assert "全书完" not in closing and "全書完" not in closing


# ---------------------------------------------------------------- a real build


def test_a_chinese_book_builds_with_the_mandarin_voice(make_book, tmp_path):
    text = (
        "第一章 回家\n\n　　火车在凌晨三点到站。她拖着箱子走出车站，城市还在沉睡。\n\n"
        "第二章 老屋\n\n　　老屋还在，只是院子里的桂花树已经枯了。她站了很久。\n"
    )
    folder = make_book({"book.toml": 'title = "长夜"\nauthor = "林小雨"\n', "text.txt": text})
    out = tmp_path / "out"
    result = run_cli("build", str(folder), "-o", str(out), "--quiet")
    assert result.returncode == 0, result.stderr
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["language"] == "zh"
    assert manifest["voices"]["narrator"]["voice"] == "sit/cmn"
    texts = [s for ch in manifest["chapters"] for s in ch["segments"] if s["kind"] == "text"]
    assert "她拖着箱子走出车站，城市还在沉睡。" in [s["text"] for s in texts]
    for seg in texts:  # the English voice spelling "Chinese letter" takes ~1 s a character
        characters = len(re.findall("[\u4e00-\u9fff]", seg["text"]))
        seconds = (seg["end_ms"] - seg["start_ms"]) / 1000
        assert 0.1 < seconds / characters < 0.5, (seg["text"], seconds)
