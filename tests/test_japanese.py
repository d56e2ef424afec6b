"""Japanese books: kanji said as kana (espeak's Japanese voice reads kana only), Aozora
Bunko's Shift_JIS texts with their ruby, editor's notes, heading marks, head and
colophon; Japanese credits and sentence ends. Each mend has a near miss beside it."""

from __future__ import annotations

import json
import re
from pathlib import Path

from audiobook.build.pipeline import load_book
from audiobook.text.ingest import decode_text
from audiobook.text.normalize import to_spoken
from audiobook.text.readers.plaintext import find_chapters
from audiobook.text.segment import sentences

from conftest import run_cli

_KANJI = re.compile(r"[\u3400-\u9fff]")

# The shape of an Aozora Bunko file (一夜, 夏目漱石, 1905; public domain), shortened.
AOZORA = """一夜
夏目漱石

-------------------------------------------------------
【テキスト中に現れる記号について】

《》：ルビ
（例）髯《ひげ》

｜：ルビの付く文字列の始まりを特定する記号
（例）五｜分《ぶ》

［＃］：入力者注　主に外字の説明や、傍点の位置の指定
　　　（数字は、JIS X 0213の面区点番号またはUnicode、底本のページと行数）
（例）※［＃「木＋解」、第3水準1-86-22］
-------------------------------------------------------

［＃３字下げ］一［＃「一」は中見出し］

「美くしき多くの人の、美くしき多くの夢を……」と髯《ひげ》ある人が二たび三たび微吟《びぎん》して、あとは思案の体《てい》である。
　剛《こわ》き髪を五｜分《ぶ》に刈りて、端居《はしい》して※［＃「木＋解」、第3水準1-86-22］《かしわ》の葉を見る。
［＃改ページ］

［＃３字下げ］二［＃「二」は中見出し］

　雁《かり》の数は73羽、蘆《あし》は固《もと》より数えがたい。1998年に東京へ行った。
「夜もだいぶ更《ふ》けた。」「寝ましょか。」三人は思い思いに臥床《ふしど》に入る。
［＃地から１字上げ］（三十八年七月二十六日）



底本：「夏目漱石全集2」ちくま文庫、筑摩書房
　　　1987（昭和62）年10月27日第1刷発行
入力：柴田卓治
校正：LUNA CAT
2000年9月11日公開
青空文庫作成ファイル：
このファイルは、インターネットの図書館、青空文庫（http://www.aozora.gr.jp/）で作られました。入力、校正、制作にあたったのは、ボランティアの皆さんです。
"""


def _sjis(text: str) -> bytes:
    """As Aozora Bunko ships it: Shift_JIS with CRLF line ends."""
    return text.replace("\n", "\r\n").encode("cp932")


def _book(tmp_path: Path, text: str = AOZORA) -> Path:
    path = tmp_path / "ichiya.txt"
    path.write_bytes(_sjis(text))
    return path


# --- decoding ---------------------------------------------------------------------------


def test_shift_jis_is_read_as_japanese_not_as_chinese():
    text, repairs = decode_text(_sjis(AOZORA * 4), Path("ichiya.txt"), "en")
    assert "吾輩" not in text and "髯《ひげ》ある人" in text
    assert any("cp932" in r for r in repairs)


def test_gbk_chinese_is_still_read_as_chinese():
    chinese = "我是一只猫，还没有名字。我不知道自己出生在哪里，只记得在阴暗潮湿的地方哭泣。\n"
    text, _ = decode_text((chinese * 20).encode("gbk"), Path("mao.txt"), "en")
    assert text.startswith("我是一只猫")


# --- the Aozora reader --------------------------------------------------------------------


def test_aozora_heading_marks_make_chapters_and_the_library_is_left_out(tmp_path):
    _, manuscript, chapters = load_book(_book(tmp_path))
    assert manuscript.title == "一夜" and manuscript.author == "夏目漱石"
    assert manuscript.language == "ja"
    assert [c.title for c in manuscript.chapters] == ["一", "二"]
    left = " ".join(o.what for o in manuscript.omitted)
    assert "テキスト中に現れる記号について" in left and "底本" in left
    shown = " ".join(s.text for c in chapters for s in c.segments if s.kind == "text")
    for gone in ("［＃", "[#", "《", "》", "｜", "底本", "青空文庫", "改ページ", "※"):
        assert gone not in shown
    assert "髯ある人" in shown and "五分に刈りて" in shown and "檞の葉" in shown


def test_aozora_ruby_is_said_and_its_base_shown(tmp_path):
    _, _, chapters = load_book(_book(tmp_path))
    texts = [s for c in chapters for s in c.segments if s.kind == "text"]
    first = next(s for s in texts if "髯" in s.text)
    assert "ひげ" in first.spoken and "ひげ" not in first.text
    second = next(s for s in texts if "端居" in s.text)
    # the reading of a ruby is never taken for a particle: 端居《はしい》 is not "wa shii"
    assert "はしい" in second.spoken and "かしわ" in second.spoken and "ぶ" in second.spoken


def test_a_japanese_plain_text_without_aozora_marks_is_read_as_plain_text():
    text = "猫の日記\n\n吾輩は猫である。名前はまだ無い。\n\n《猫》という雑誌に載った。\n"
    found = find_chapters(text)
    said = " ".join(p.text for _, ps in found.chapters for p in ps)
    assert "《猫》という雑誌" in said  # a quotation mark of its own, no ruby


# --- kanji said as kana --------------------------------------------------------------------


def test_kanji_are_said_in_kana_and_particles_as_said():
    spoken = to_spoken("吾輩は猫である。名前はまだ無い。東京へ行った。", "ja")
    assert not _KANJI.search(spoken)
    assert spoken.startswith("ワガハイワネコ") and "トーキョーエ" in spoken
    assert "。" in spoken


def test_figures_are_said_as_a_narrator_says_numbers():
    assert to_spoken("1998年", "ja").startswith("センキュウヒャクキュウジュウハチ")
    assert to_spoken("三百人", "ja").startswith("サンビャク")
    assert "ニセンゴヒャクエン" in to_spoken("2,500円", "ja")
    assert "サンテンゴ" in to_spoken("3.5キロ", "ja")
    assert to_spoken("一人で三日いた。", "ja").startswith("ヒトリでミッカ")  # Sudachi's


def test_chinese_and_an_english_book_quoting_japanese_keep_their_reading():
    assert to_spoken("我是猫。我还没有名字。", "zh") == "我是猫。我还没有名字。"
    assert to_spoken("He wrote 吾輩は猫である on the board.", "en") == (
        "He wrote wagahaiwanekodearu on the board."  # its kana make it Japanese (leftb18)
    )


# --- sentences and credits --------------------------------------------------------------------


def test_a_sentence_ends_after_a_closing_quotation_mark():
    said = sentences("「行こう！」「うん。」彼は立った。", "ja")
    assert said == ["「行こう！」", "「うん。」", "彼は立った。"]


def test_a_quotation_followed_by_to_stays_in_its_sentence():
    assert sentences("「行こう！」と言った。", "ja") == ["「行こう！」と言った。"]
    assert sentences("「うん。」って言った。", "ja") == ["「うん。」って言った。"]


def test_japanese_credits(tmp_path):
    _, _, chapters = load_book(_book(tmp_path))
    opening = chapters[0].segments[0]
    closing = chapters[-1].segments[-1]
    assert opening.text.startswith("一夜。作、夏目漱石。朗読、")
    assert closing.text.startswith("おわり。一夜。")
    assert "Written" not in opening.spoken and not _KANJI.search(opening.spoken)


# --- a real build -----------------------------------------------------------------------------


def test_an_aozora_book_builds_in_the_japanese_voice_with_no_kanji_said(make_book, tmp_path):
    folder = make_book({"ichiya.txt": _sjis(AOZORA)})
    out = tmp_path / "out"
    result = run_cli("build", str(folder), "-o", str(out), "--quiet")
    assert result.returncode == 0, result.stderr
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["voices"]["narrator"]["voice"] == "jpx/ja"
    assert [c["title"] for c in manifest["chapters"]] == ["一", "二"]
    spoken = " ".join(s["spoken"] for c in manifest["chapters"] for s in c["segments"])
    assert spoken and not _KANJI.search(spoken)  # no "Chinese letter" from espeak
