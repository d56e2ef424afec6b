"""Chinese and Japanese books as real files lay them out: Project Gutenberg's classics
wrapped at a margin and numbered 第一○回, the Analects' 學而第一, 鲁迅's numbered entries,
Aozora Bunko's くの字点 and 二三人. Excerpts of public-domain texts."""

from __future__ import annotations

from pathlib import Path

from audiobook.build.pipeline import load_book
from audiobook.models import ScriptChapter
from audiobook.text.readers.plaintext import parse_heading


def _chapters(tmp_path: Path, text: str, name: str = "book.txt") -> tuple[ScriptChapter, ...]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return load_book(path)[2]


def _said(chapters: tuple[ScriptChapter, ...]) -> str:
    return "\n".join(s.text for ch in chapters for s in ch.segments if s.kind == "text")


def _spoken(chapters: tuple[ScriptChapter, ...]) -> str:
    return "\n".join(s.spoken for ch in chapters for s in ch.segments if s.kind == "text")


_PG_HEAD = """The Project Gutenberg EBook of 西遊記, by 吳承恩

Title: 西遊記

Author: 吳承恩

Release Date: December 22, 2007 [EBook #23962]

Language: Chinese

Character set encoding: UTF-8

*** START OF THIS PROJECT GUTENBERG EBOOK 西遊記 ***




Produced by Leong Joana Kit Ieng




"""
_PG_FOOT = "\n\n*** END OF THIS PROJECT GUTENBERG EBOOK 西遊記 ***\n"

_XIYOUJI = _PG_HEAD + """第一回     靈根育孕源流出　心性修持大道生

詩曰：
混沌未分天地亂，茫茫渺渺無人見。自從盤古破鴻濛，開闢從茲清濁辨。覆載群
生仰至仁，發明萬物皆成善。欲知造化會元功，須看西遊釋厄傳。

畢竟不知向後修些甚麼道果，且聽下回分解。

第一○回     老龍王拙計犯天條　魏丞相遺書託冥吏

卻說長安城外涇河岸邊，有兩個賢人：一個是漁翁，名喚張稍；一個是樵子，名
喚李定。

 第八三回     心猿識得丹頭　姹女還歸本性

卻說三藏坐在上面，對行者道：「徒弟，今日又是我的災了。」

第一○○回     徑回東土　五聖成真

且不言他四眾脫身，隨金剛駕風而起。
""" + _PG_FOOT


# ---------------------------------------------------------------- wrapped lines


def test_a_chinese_text_wrapped_at_a_margin_is_joined_without_spaces(tmp_path: Path) -> None:
    said = _said(_chapters(tmp_path, _XIYOUJI))
    assert "覆載群生仰至仁，發明萬物皆成善。" in said
    assert "名喚李定。" in said
    assert "群 生" not in said and "名 喚" not in said


def test_latin_lines_and_a_latin_word_beside_chinese_keep_their_space(tmp_path: Path) -> None:
    text = """第一章　回家

她打开电脑，输入了 hello
world，然后等着。

She typed it
again.

第二章　老屋

老屋还在。
"""
    said = _said(_chapters(tmp_path, text))
    assert "hello world，然后等着。" in said
    assert "She typed it again." in said


# ---------------------------------------------------------------- headings


def test_a_white_circle_is_the_zero_of_a_chapter_number(tmp_path: Path) -> None:
    titles = [ch.title for ch in _chapters(tmp_path, _XIYOUJI)]
    assert titles == [
        "第一回 靈根育孕源流出 心性修持大道生",
        "第一○回 老龍王拙計犯天條 魏丞相遺書託冥吏",
        "第八三回 心猿識得丹頭 姹女還歸本性",
        "第一○○回 徑回東土 五聖成真",
    ]
    heading = parse_heading("第一○○回     徑回東土　五聖成真")
    assert heading is not None and heading.number == 100


def test_a_white_circle_in_prose_makes_no_heading() -> None:
    assert parse_heading("第一○回合他就輸了，大家都笑。") is None
    assert parse_heading("○") is None


_SANGUO = """第一回：宴桃園豪傑三結義，斬黃巾英雄首立功

　　話說天下大勢，分久必合，合久必分。周末七國分爭，并入於秦。

第二回：張翼德怒鞭督郵，何國舅謀誅宦豎

　　且說董卓字仲穎，隴西臨洮人也，官拜河東太守，自來驕傲。
"""


def test_a_couplet_title_with_a_comma_is_a_heading(tmp_path: Path) -> None:
    titles = [ch.title for ch in _chapters(tmp_path, _SANGUO)]
    assert titles[-2:] == ["第一回：宴桃園豪傑三結義，斬黃巾英雄首立功",
                           "第二回：張翼德怒鞭督郵，何國舅謀誅宦豎"]  # fmt: skip


def test_a_sentence_after_a_chapter_number_stays_prose() -> None:
    assert parse_heading("第一部：他走了，我留下來等她回家。") is None
    assert parse_heading("第3章的稿子她改了，又改了一遍") is None
    assert parse_heading("第二回：他說，我們明天再見吧，好不好") is None


_LUNYU = """論語

學而第一

子曰：「學而時習之，不亦說乎？有朋自遠方來，不亦樂乎？人不知而不慍，不亦君子乎？」

子曰：「巧言令色，鮮矣仁！」

為政第二

子曰：「為政以德，譬如北辰，居其所而眾星共之。」

八佾第三

孔子謂季氏，「八佾舞於庭，是可忍也，孰不可忍也？」
"""


def test_the_analects_books_named_and_numbered_after_are_chapters(tmp_path: Path) -> None:
    titles = [ch.title for ch in _chapters(tmp_path, _LUNYU)]
    assert titles[-3:] == ["學而第一", "為政第二", "八佾第三"]


def test_a_line_ending_in_first_is_no_heading() -> None:
    assert parse_heading("他考了第一") is None
    assert parse_heading("我們班第一") is None
    assert parse_heading("天下第一樓的烤鴨") is None


_KUANGREN = """　　某君昆仲，今隐其名，皆余昔日在中学校时良友；分隔多年，消息渐阙。

一

　　今天晚上，很好的月光。

　　我怕得有理。

二

　　今天全没月光，我知道不妙。

三

　　晚上总是睡不着。凡事须得研究，才会明白。

四

　　早上，我静坐了一会。

十三

　　没有吃过人的孩子，或者还有？

　　救救孩子……
"""


def test_entries_numbered_by_a_chinese_numeral_alone_are_chapters(tmp_path: Path) -> None:
    chapters = _chapters(tmp_path, _KUANGREN)
    assert [ch.title for ch in chapters][-5:] == ["一", "二", "三", "四", "十三"]
    assert "没有吃过人的孩子，或者还有？" in _said(chapters[-1:])


def test_a_numeral_inside_a_line_or_a_word_is_no_entry() -> None:
    assert parse_heading("一个") is None
    assert parse_heading("十三个人") is None
    assert parse_heading("一二三") is None
    assert parse_heading("十十") is None


# ---------------------------------------------------------------- Japanese

_RULE = "-" * 55
_NEKO = f"""吾輩は猫である
夏目漱石

{_RULE}
【テキスト中に現れる記号について】

《》：ルビ
（例）吾輩《わがはい》

／＼：二倍の踊り字（「く」を縦に長くしたような形の繰り返し記号）
（例）ぐる／＼
＊濁点付きの二倍の踊り字は「／″＼」
{_RULE}

［＃８字下げ］一［＃「一」は中見出し］

　吾輩《わがはい》は猫である。名前はまだ無い。
　主人は時々書斎の中でぐる／＼廻っている。妻君はしみ／″＼と云った。
　羅生門が、朱雀大路《すざくおおじ》にある以上は、もう二三人はありそうなものである。



底本：「夏目漱石全集1」ちくま文庫、筑摩書房
　　　1987（昭和62）年9月29日第1刷発行
入力：柴田卓治
"""


def test_the_long_repetition_mark_is_said_as_the_two_characters_again(tmp_path: Path) -> None:
    chapters = _chapters(tmp_path, _NEKO)
    said = _spoken(chapters)
    assert "ぐるぐる" in said and "しみじみ" in said
    assert "／" not in said and "＼" not in said
    assert "ぐる〳〵" in _said(chapters) and "しみ〴〵" in _said(chapters)


def test_a_slash_in_japanese_prose_is_no_repetition_mark() -> None:
    from audiobook.text.readers.aozora import _spoken_line

    assert _spoken_line("東京／大阪の間") == "東京／大阪の間"


def test_two_neighbouring_numerals_are_two_or_three(tmp_path: Path) -> None:
    said = _spoken(_chapters(tmp_path, _NEKO))
    assert "ニサンニン" in said and "ニジュウサン" not in said


def test_a_number_in_kanji_is_still_its_value() -> None:
    from audiobook.text.japanese import japanese_spoken

    assert "ニジュウサンニン" in japanese_spoken("二十三人が来た。")
    assert "センキュウヒャクキュウジュウハチネン" in japanese_spoken("一九九八年に生まれた。")
    assert "ニサン" not in japanese_spoken("三二人")


def test_a_title_over_its_author_keeps_its_space(tmp_path: Path) -> None:
    from audiobook.text.readers.base import joined_lines

    assert joined_lines(["三國演義", "羅貫中"]) == "三國演義 羅貫中"
