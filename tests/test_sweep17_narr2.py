"""Manuscripts prepared for narration, as modern books set them: a handwritten note set as
a picture whose words are only in its alt text; a text thread whose sender labels sit in
spans of their own; sound words a picture book spells ("Zzz", "Hnnnk", "B-O-O-O-O-M",
"v-e-r-y"); a full-cast script's speaker tags ("MARA:") and `[cast]` names in capitals;
struck-out words (`~~ ~~`, `<del>`, line-through, Word's strikethrough). Each rule has a
hit and a near miss."""

from __future__ import annotations

from pathlib import Path

import docx
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from audiobook.build.pipeline import load_book, unmatched_settings
from audiobook.text.normalize import to_spoken
from epubs import write_epub
from espeak_phonemes import phonemes

PROSE = (
    "The wind came off the bay in long cold shoves, and the harbour lights went out one "
    "by one along the wall while the ferry turned for home. "
)


def _said(path: Path) -> str:
    _, _, chapters = load_book(path)
    return " | ".join(s.spoken for ch in chapters for s in ch.segments if s.kind != "credits")


def _left_out(path: Path) -> str:
    _, manuscript, _ = load_book(path)
    return "\n".join(f"{o.what}: {o.text}" for o in manuscript.omitted)


def _epub(tmp_path: Path, body: str, *, style: str = "") -> Path:
    head = f"<style>{style}</style>" if style else ""
    pages = [
        ("ch1.xhtml", "One", f"{head}<h1>One</h1><p>{PROSE}</p>{body}<p>{PROSE}</p>"),
        ("ch2.xhtml", "Two", f"<h1>Two</h1><p>{PROSE}</p><p>{PROSE}</p>"),
    ]
    return write_epub(tmp_path / "book.epub", pages)


def _md(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "book.md"
    path.write_text(
        f"# The Salt Road\n\n## Chapter 1\n\n{PROSE}\n\n{body}\n\n{PROSE}\n\n"
        f"## Chapter 2\n\n{PROSE}\n",
        encoding="utf-8",
    )
    return path


# ------------------------------------------------------------ a picture's story words

NOTE_ALT = "A torn copybook page. In Eoin's cramped left-handed writing: 'Don't come to the pier.'"


def test_an_epub_note_set_as_a_picture_is_read_where_it_stands(tmp_path: Path) -> None:
    body = (f'<figure><img src="note.jpg" alt="{NOTE_ALT}"/>'
            "<figcaption>Figure 2. The note, as it came through.</figcaption></figure>"
            "<p>She read it four times.</p>")  # fmt: skip
    path = _epub(tmp_path, body)
    said = _said(path)
    assert "Don't come to the pier." in said
    assert said.index("come to the pier") < said.index("She read it four times")
    assert "Figure two" not in said and "The note, as it came through" not in said


def test_an_epub_chart_is_not_read_but_listed_with_its_alt_words(tmp_path: Path) -> None:
    body = ('<figure><img src="chart.jpg" alt="Bar chart of messages per hour, Monday to '
            "Sunday, peaking at 'Tue 23:06'\"/></figure>")  # fmt: skip
    path = _epub(tmp_path, body)
    assert "Bar chart" not in _said(path)
    assert "Bar chart of messages per hour" in _left_out(path)


def test_a_plain_description_in_alt_text_is_listed_not_read(tmp_path: Path) -> None:
    path = _epub(tmp_path, '<p><img src="girl.jpg" alt="A girl reads by the fire"/></p>')
    assert "by the fire" not in _said(path)
    assert "A girl reads by the fire" in _left_out(path)


def test_a_markdown_note_picture_is_read(tmp_path: Path) -> None:
    alt = 'A scrap of paper, handwritten in a shaky hand: "The warden knows. Leave before dawn."'
    path = _md(tmp_path, f"She held out a folded square of paper.\n\n![{alt}](images/note.jpg)")
    said = _said(path)
    assert "The warden knows." in said and "Leave before dawn." in said
    assert "figure" not in _left_out(path)


def test_a_markdown_map_stays_a_listed_figure(tmp_path: Path) -> None:
    alt = "Map of the Westmarch, showing the 'Salt Road' from Caer Durn to the sea"
    path = _md(tmp_path, f"![{alt}](images/map.png)")
    assert "Westmarch" not in _said(path)
    assert "Map of the Westmarch" in _left_out(path)


# ------------------------------------------------------------ a message bubble's sender


THREAD = (
    '<div class="thread"><p class="msg sent">did u tell him</p>'
    '<p class="msg recv"><span class="who">Síle</span>tell him WHAT</p>'
    '<p class="msg recv"><span class="who">Síle</span>😬😬😬</p></div>'
)


def test_a_sender_label_ends_with_a_pause(tmp_path: Path) -> None:
    said = _said(_epub(tmp_path, THREAD))
    assert "Síle: tell him WHAT" in said
    assert "Síle: grimacing face" in said
    assert "Síletell" not in said


def test_a_label_styled_as_a_block_by_the_page_ends_with_a_pause(tmp_path: Path) -> None:
    body = '<p class="msg"><span class="from-line">Dad</span>where are you</p>'
    said = _said(_epub(tmp_path, body, style=".msg .from-line { display: block; }"))
    assert "Dad: where are you" in said


def test_a_name_span_in_a_sentence_is_not_a_label(tmp_path: Path) -> None:
    body = ('<p>It was <span class="name">Mr. Smith</span> who came, and '
            '<span class="name">Anna</span>’s brother.</p>')  # fmt: skip
    said = _said(_epub(tmp_path, body))
    assert "Mister Smith who came" in said and "Anna’s brother" in said
    assert ":" not in said.split("who came")[0][-20:]


# ------------------------------------------------------------ sound words


def test_a_snore_a_honk_and_a_snort_are_said_as_sounds() -> None:
    said = to_spoken('"Zzzzzz," went Grandpa Badger. "ZZZZZZZ. Hnnnk. Zzz." "Snrk."', "en")
    assert "Zuzz" in said and "Honk" in said and "Snork" in said
    sounds = phonemes(said)
    assert "z,i:z" not in sounds  # no "zee zee"
    assert "eItS" not in sounds  # no "aitch"


def test_a_drawn_out_word_is_joined() -> None:
    assert "Boooom!" in to_spoken("B-O-O-O-O-M!", "en")
    said = to_spoken("Very, very, v-e-r-y quiet.", "en")
    assert "very, very, very quiet" in said.lower()
    assert "'A@w'aI" not in phonemes(said)  # "ar why"


def test_a_word_spelled_aloud_stays_letters() -> None:
    assert "N, O, T" in to_spoken("“N-O-T,” Niamh spelled.", "en")
    assert "N, O, P, E" in to_spoken("N-O-P-E.", "en")
    assert "I, I, I" in to_spoken("I-I-I don't know.", "en")
    assert "c-a-t" in to_spoken("She spelled it out for him: c-a-t.", "en")
    assert "ZZ Top" in to_spoken("ZZ Top played.", "en")


# ------------------------------------------------------------ a script's speakers and [cast]

PLAY = (
    "Chapter 1\n\n" + PROSE + "\n\nMARA:\n\nJonah. Jonah! Are you coming or not?\n\n"
    "JONAH: I’m coming, I’m coming.\n\n"
    "They went in together. The air inside was cold.\n\n"
    "\"Fine,\" said Mara.\n\n"
    "MARA & JONAH:\n\nRun!\n"
)


def _play(tmp_path: Path, cast: str, text: str = PLAY) -> Path:
    (tmp_path / "play.txt").write_text(text, encoding="utf-8")
    (tmp_path / "book.toml").write_text(f'manuscript = "play.txt"\n[cast]\n{cast}', "utf-8")
    return tmp_path


def _voices(folder: Path) -> list[tuple[str, str]]:
    _, _, chapters = load_book(folder)
    return [(s.text, s.voice) for ch in chapters for s in ch.segments if s.kind == "text"]


def test_speaker_tags_give_the_cast_voice(tmp_path: Path) -> None:
    voices = dict(_voices(_play(tmp_path, 'Mara = "female"\nJONAH = "male"\n')))
    assert voices["Jonah!"] == voices["Are you coming or not?"] == "female"
    assert voices["I’m coming, I’m coming."] == "male"
    assert voices["JONAH:"] == "narrator"
    assert voices['"Fine,"'] == "female"
    assert voices["They went in together."] == "narrator"
    assert voices["Run!"] == "narrator"  # two speakers at once: no one voice


def test_a_cast_name_in_capitals_matches_the_name_in_a_tag(tmp_path: Path) -> None:
    voices = dict(_voices(_play(tmp_path, 'MARA = "female"\n')))
    assert voices['"Fine,"'] == "female"


def test_a_small_word_is_no_cast_name(tmp_path: Path) -> None:
    text = "Chapter 1\n\n" + PROSE + "\n\n\"I will,\" said will.\n\n\"Go,\" said Will.\n"
    voices = _voices(_play(tmp_path, 'Will = "male"\n', text))
    assert ('"I will," said will.', "narrator") in voices and ('"Go,"', "male") in voices


def test_plan_warns_of_a_cast_name_that_speaks_no_line(tmp_path: Path) -> None:
    text = "Chapter 1\n\n" + PROSE + "\n\nMara looked at the sea. Nobody spoke.\n"
    folder = _play(tmp_path, 'Mara = "female"\nJonah = "male"\n', text)
    book, manuscript, chapters = load_book(folder)
    lines = unmatched_settings(book, manuscript, chapters)
    assert any("'Mara' is named but speaks no line" in line for line in lines)
    assert any("'Jonah' is never named" in line for line in lines)


# ------------------------------------------------------------ struck-out words


def test_markdown_strike_is_said_crossed_out(tmp_path: Path) -> None:
    said = _said(_md(tmp_path, "~~I love you~~ I'm writing you up, she thought."))
    assert "I love you, crossed out, I'm writing you up" in said


def test_a_struck_sentence_is_crossed_out_before_the_next(tmp_path: Path) -> None:
    said = _said(_md(tmp_path, "~~Her father had hidden them.~~ Someone had hidden them."))
    assert "Her father had hidden them, crossed out." in said


def test_html_del_and_a_line_through_class_are_crossed_out(tmp_path: Path) -> None:
    body = ('<p class="msg"><del>no obviously not</del> ok maybe a bit</p>'
            '<p>my school is shut <span class="c5">for ever</span> for the summer.</p>'
            )  # fmt: skip
    said = _said(_epub(tmp_path, body, style=".c5{text-decoration:line-through}"))
    assert "no obviously not, crossed out, ok maybe a bit" in said
    assert "shut, for ever, crossed out, for the summer" in said


def _docx_struck(path: Path, *, tracked: bool) -> Path:
    document = docx.Document()
    document.add_heading("Chapter 1", level=1)
    document.add_paragraph(PROSE)
    paragraph = document.add_paragraph("Ffion: ")
    struck = paragraph.add_run("we should buy it")
    if tracked:  # a tracked deletion: <w:del><w:r><w:delText>
        deletion = OxmlElement("w:del")
        deletion.set(qn("w:id"), "1")
        deletion.set(qn("w:author"), "Ed")
        struck._r.addprevious(deletion)
        deletion.append(struck._r)
        for text in struck._r.findall(qn("w:t")):
            text.tag = qn("w:delText")
    else:
        struck.font.strike = True
    paragraph.add_run(" we could buy it")
    document.add_heading("Chapter 2", level=1)
    document.add_paragraph(PROSE)
    document.save(str(path))
    return path


def test_word_strikethrough_is_crossed_out(tmp_path: Path) -> None:
    said = _said(_docx_struck(tmp_path / "memoir.docx", tracked=False))
    assert "Ffion: we should buy it, crossed out, we could buy it" in said


def test_a_word_tracked_deletion_stays_out(tmp_path: Path) -> None:
    said = _said(_docx_struck(tmp_path / "memoir.docx", tracked=True))
    assert "should buy" not in said and "crossed out" not in said
    assert "Ffion: we could buy it" in said


def test_criticmarkup_deletion_stays_dropped(tmp_path: Path) -> None:
    said = _said(_md(tmp_path, "She {--never--} always came back."))
    assert "never" not in said and "crossed out" not in said


def test_struck_text_is_said_in_the_book_language(tmp_path: Path) -> None:
    path = tmp_path / "buch.md"
    text = ("Sie war lange unterwegs gewesen, und der Wind kam kalt vom Meer herüber, als sie "
            "endlich das Haus am Hafen erreichte und die Tür öffnete.")  # fmt: skip
    path.write_text(
        f"---\nlang: de\n---\n\n# Eins\n\n{text}\n\nIch ~~liebe~~ hasse dich.\n\n"
        f"# Zwei\n\n{text}\n",
        encoding="utf-8",
    )
    assert "liebe, durchgestrichen, hasse dich" in _said(path)
