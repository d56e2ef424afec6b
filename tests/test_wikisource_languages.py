"""Pages saved from the Wikisources of other languages: the site's boxes are not read.

Every Wikisource marks its navigation and header boxes `ws-noexport` (what its own
export tools leave out), names itself in the page title in its language, and links
the author's page in its own Author namespace ("Аутор:")."""

from __future__ import annotations

from audiobook.build.pipeline import load_book

SERBIAN = """<!DOCTYPE html>
<html lang="sr"><head><meta charset="UTF-8"><title>Поп Ћира и поп Спира/1 — Викизворник</title></head>
<body class="mediawiki ns-0"><div id="content" class="mw-body" role="main">
<h1 id="firstHeading" class="firstHeading">Поп Ћира и поп Спира/1</h1>
<div id="bodyContent" class="vector-body"><div id="siteSub" class="noprint">Извор: Викизворник</div>
<div id="contentSub"><span class="subpages">&lt; <a href="/wiki/Поп_Ћира_и_поп_Спира">Поп Ћира и поп Спира</a></span></div>
<div id="mw-content-text" class="mw-content-ltr"><div class="mw-parser-output">
<div class="ws-noexport"><table class="headertemplate"><tr>
<td><a href="/wiki/Поп_Ћира_и_поп_Спира/Садржај">← Садржај</a></td>
<td><b>Поп Ћира и поп Спира</b><br/>Писац: <a href="/wiki/%D0%90%D1%83%D1%82%D0%BE%D1%80:Стеван_Сремац">Стеван Сремац</a><br/><b>I</b></td>
<td><a href="/wiki/Поп_Ћира_и_поп_Спира/2">II →</a></td></tr></table></div>
<h2><span class="mw-headline" id="I">I</span></h2>
<p>Село Ечка лежи у Банату, на левој обали Бегеја. Основано је, по предању, још давно.</p>
<p>У селу је било, као што у свима већим селима бива, два попа: поп Ћира и поп Спира.</p>
<div class="ws-noexport"><table class="headertemplate"><tr>
<td><a href="/wiki/Поп_Ћира_и_поп_Спира/Садржај">← Садржај</a></td>
<td><a href="/wiki/Поп_Ћира_и_поп_Спира/2">II →</a></td></tr></table></div>
</div></div></div></div></body></html>
"""  # noqa: E501

ANTHOLOGY = SERBIAN.replace("Поп Ћира и поп Спира/1 — Викизворник", "Приповетке/Ивко — Викизворник")


def _load(tmp_path, page: str):  # type: ignore[no-untyped-def]
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    _, manuscript, chapters = load_book(path)
    spoken = " ".join(s.text for c in chapters for s in c.segments)
    return manuscript, spoken


def test_a_chapter_page_of_a_serbian_wikisource_novel(tmp_path) -> None:
    manuscript, spoken = _load(tmp_path, SERBIAN)
    assert manuscript.title == "Поп Ћира и поп Спира"  # the work, not "…/1"
    assert manuscript.author == "Стеван Сремац"  # linked in the site's own Author namespace
    assert "Садржај" not in spoken and "II →" not in spoken and "Викизворник" not in spoken
    assert "Село Ечка лежи у Банату" in spoken and "два попа" in spoken


def test_a_named_piece_keeps_its_own_title(tmp_path) -> None:
    manuscript, spoken = _load(tmp_path, ANTHOLOGY)
    assert manuscript.title == "Ивко"  # a story of a collection is said by its name
    assert "Садржај" not in spoken
