"""Books in other languages: their own voice, sentence rules and credits."""

from __future__ import annotations

import json

from conftest import run_cli


def test_russian_book_builds_with_a_russian_voice(make_book, tmp_path):
    toml = 'title = "Рассказ"\nauthor = "Автор"\nlanguage = "ru"\n'
    text = "Иван пришёл домой в 1984 году. Он открыл дверь и увидел 3 кошки.\n\nНаступила ночь.\n"
    folder = make_book({"book.toml": toml, "text.txt": text})
    out = tmp_path / "out"
    result = run_cli("build", str(folder), "-o", str(out), "--quiet")
    assert result.returncode == 0, result.stderr
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["voices"]["narrator"]["voice"] == "zle/ru"
    segments = manifest["chapters"][0]["segments"]
    assert segments[0]["text"].startswith("Рассказ. Автор: Автор.")
    spoken = " ".join(s["spoken"] for s in segments)
    assert "три кошки" in spoken and "Written" not in spoken
    assert [s["text"] for s in segments if s["kind"] == "text"] == [
        "Иван пришёл домой в 1984 году.",
        "Он открыл дверь и увидел 3 кошки.",
        "Наступила ночь.",
    ]
    assert (out / "рассказ.mp3").is_file()
