"""Section headings and their spoken form, from a sweep of Project Gutenberg books in short
excerpts of their shapes: a children's book's story parts "I.--THE BELL." (Our Story
Book), said "One." as a narrator numbers them, and its stories signed with initials
("_E. L. B._", one name); a treatise parted only by "§ 1." / "§ 2." headings (Kant's
Prolegomena), which make its chapters. Each hit has its near miss, read as it was."""

from __future__ import annotations

from pathlib import Path

from audiobook.build.pipeline import load_book


def _book(folder: Path, text: str, name: str = "book.txt") -> tuple[list[str], list[str]]:
    """The chapters' titles and every segment but the credits as spoken."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    _, _, chapters = load_book(path)
    said = [s.spoken for ch in chapters for s in ch.segments if s.kind != "credits"]
    return [ch.title for ch in chapters], said


def _header(title: str, author: str) -> str:
    return (
        f"The Project Gutenberg eBook of {title}\n\n"
        f"Title: {title}\n\nAuthor: {author}\n\nLanguage: English\n\n"
        f"*** START OF THE PROJECT GUTENBERG EBOOK {title.upper()} ***\n\n\n\n\n"
    )


_END = "\n\n*** END OF THE PROJECT GUTENBERG EBOOK ***\n"

_STORIES = (
    _header("Our Story Book", "Various")
    + "                          QUITE AN ADVENTURE\n\n"
    "Dickie and Daisy went to the woods with a basket to pick berries. On\n"
    "the way home they met a big brown cow.\n\n"
    "Dickie stood still, for he was a brave boy of six years, and he said,\n"
    "\u201cShoo, cow!\u201d And the cow went away.\n\n"
    "                                                       _E. L. B._\n\n\n"
    "                         TINKLEBELL TALES.\n\n"
    "                             I.--THE BELL.\n\n"
    "Once upon a time there was a little silver bell that hung on the neck\n"
    "of a white lamb. Wherever the lamb went, the bell said \u201cTinkle,\n"
    "tinkle!\u201d and all the children knew that the lamb was coming.\n\n"
    "                         II.--THE LOST LAMB.\n\n"
    "One day the lamb wandered far away over the hill. The children\n"
    "listened and listened, but they could not hear the bell.\n\n"
    "                          III.--HOME AGAIN.\n\n"
    "Then little Dick found the lamb, and the bell said \u201cTinkle!\u201d again.\n"
    + _END
)


def test_story_parts_joined_by_a_dash_are_said_as_numbers(tmp_path: Path) -> None:
    _, said = _book(tmp_path, _STORIES)
    assert "One." in said and "Two." in said and "Three." in said
    assert "The Bell." in said and "The Lost Lamb." in said
    assert "I." not in said and "II." not in said


def test_a_lone_roman_line_with_a_dash_in_prose_stays(tmp_path: Path) -> None:
    text = _STORIES.replace("II.--THE LOST LAMB.", "THE LOST LAMB.").replace(
        "III.--HOME AGAIN.", "HOME AGAIN."
    )  # "I." alone, no run: it may be the pronoun's sentence
    text = text.replace("I.--THE BELL.", "I.--that is, I myself--rang the bell.")
    _, said = _book(tmp_path, text)
    assert "One." not in said
    assert any(s.startswith("I.") and "I myself" in s for s in said)


def test_a_signature_of_initials_is_one_segment(tmp_path: Path) -> None:
    _, said = _book(tmp_path, _STORIES)
    assert "E. L. B." in said
    assert "E." not in said


def test_initials_before_a_surname_stay_in_their_sentence(tmp_path: Path) -> None:
    text = _STORIES.replace(
        "_E. L. B._",
        "They told it to E. L. Brown. And then he slept.",
    )
    _, said = _book(tmp_path, text)
    assert "They told it to E. L. Brown." in said
    assert any(s.startswith("And then he slept") for s in said)


_PARAGRAPH = (
    "If it becomes desirable to formulate any cognition as science, it will\n"
    "be necessary first to determine accurately those peculiar features\n"
    "which no other science has in common with it (see § 12, and cf. §§ 4-6).\n\n"
)

_KANT = (
    _header("Kant's Prolegomena", "Immanuel Kant")
    + "PROLEGOMENA\n\nBY IMMANUEL KANT\n\n\n\n\n"
    "PREAMBLE ON THE PECULIARITIES OF ALL METAPHYSICAL COGNITION.\n\n\n"
    "§ 1. _Of the Sources of Metaphysics._\n\n" + _PARAGRAPH + "\n"
    "§ 2. _Concerning the Kind of Cognition which can alone be called\n"
    "Metaphysical._\n\n" + _PARAGRAPH + "\n"
    "§ 3. _A Remark on the General Division of Judgments into Analytical\n"
    "and Synthetical._\n\n" + _PARAGRAPH + "\n"
    "§ 4.\n\n" + _PARAGRAPH + _END
)


def test_a_treatise_parted_by_sections_has_a_chapter_for_each(tmp_path: Path) -> None:
    titles, said = _book(tmp_path, _KANT)
    assert titles[1:] == [
        "§ 1. Of the Sources of Metaphysics",
        "§ 2. Concerning the Kind of Cognition which can alone be called Metaphysical",
        "§ 3. A Remark on the General Division of Judgments into Analytical and Synthetical",
        "§ 4",
    ]
    assert "Section one. Of the Sources of Metaphysics." in said
    assert "Section four." in said
    assert any("(see section twelve, and compare sections four to six)" in s for s in said)


def test_sections_inside_chapters_stay_in_their_chapters(tmp_path: Path) -> None:
    text = _KANT.replace("§ 1. _Of", "CHAPTER I.\n\n\n§ 1. _Of").replace(
        "§ 3. _A", "CHAPTER II.\n\n\n§ 3. _A"
    )
    titles, said = _book(tmp_path, text)
    assert not any(t.startswith("§") for t in titles)
    assert len(titles) == 3  # the opening and the two chapters
    assert any(s.startswith("section one") for s in said)


def test_a_section_sign_opening_a_paragraph_is_prose(tmp_path: Path) -> None:
    text = _KANT.replace("§ 2. _Concerning the Kind of Cognition which can alone be called\n"
                         "Metaphysical._\n\n", "").replace("§ 3. _A Remark on the General "
                         "Division of Judgments into Analytical\nand Synthetical._\n\n", "")
    text = text.replace("§ 4.\n\n", "§ 12, the argument shows, is the ground of all\n"
                        "that follows here.\n\n")
    titles, said = _book(tmp_path, text)
    assert not any(t.startswith("§") for t in titles)  # one "§ 1." alone makes no chapters
    assert any(s.startswith("section twelve, the argument shows") for s in said)


def test_an_exclamation_going_on_after_a_dash_is_one_sentence() -> None:
    from audiobook.text.segment import sentences

    said = sentences("—Un re!—diranno subito i miei piccoli lettori.", "it")
    assert said == ["—Un re!—diranno subito i miei piccoli lettori."]
    assert sentences("teeth.), the first author who did so.", "en") == [
        "teeth.), the first author who did so."
    ]


def test_a_capital_after_the_dash_opens_the_next_sentence() -> None:
    from audiobook.text.segment import sentences

    assert sentences("—Un re!—Ma no, ragazzi, sbagliate.", "it") == [
        "—Un re!", "—Ma no, ragazzi, sbagliate."
    ]
    assert len(sentences("He was there. Then he left.", "en")) == 2
