"""Word features in real manuscripts (sweep 16, "wordx"): Word's drop cap, its gallery
cover page, heading numbers kept in numbering.xml, display equations, paragraphs
deleted as tracked changes, Symbol-font `w:sym` characters, ruby (Phonetic Guide) and
SmartArt. Each with a near miss that must stay read as before."""

from __future__ import annotations

from pathlib import Path

import docx
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml

from audiobook.models import Manuscript
from audiobook.text.ingest import locate_book, read_manuscript
from wordxml import NS, P, R
from wordxml import word_document as _document

DIAGRAM = "http://schemas.openxmlformats.org/drawingml/2006/diagram"


def _read(document: docx.document.Document, path: Path) -> Manuscript:
    document.save(str(path))
    return read_manuscript(locate_book(path))


def _chapters(manuscript: Manuscript) -> dict[str, list[str]]:
    return {c.title: [p.text for p in c.paragraphs] for c in manuscript.chapters}


def _text(manuscript: Manuscript) -> str:
    return "\n".join(p.text for c in manuscript.chapters for p in c.paragraphs)


def _left_out(manuscript: Manuscript) -> str:
    return "\n".join(f"{o.what}: {o.text}" for o in manuscript.omitted)


def _breaks(manuscript: Manuscript) -> int:
    return sum(p.scene_break_before for c in manuscript.chapters for p in c.paragraphs)


PROSE = [
    "The caravan left Taoudenni before first light, forty camels roped nose to tail.",
    "Ibrahim walked at the head of the line, as he had done for thirty years.",
    "On the third day the wind rose and the sand came at them sideways.",
    "They waited out the storm for a night and a day, wrapped in their blankets.",
    "Ibrahim sang to them, an old song about a well that never ran dry.",
    "The storm passed in the night, and in the morning the world was new.",
    "They reached the well at Ounane on the ninth day, and the water was sweet.",
    "Ibrahim drank last, as he always did, and said nothing about the storm.",
]


# 1. Word's drop cap: the letter in a frame of its own, the rest of the word below


def _drop(letter: str, kind: str = "drop") -> str:
    frame = (f'<w:framePr w:dropCap="{kind}" w:lines="3" w:wrap="around" w:vAnchor="text" '
             'w:hAnchor="text"/>')
    return P(R(letter, '<w:position w:val="-6"/><w:sz w:val="76"/>'), ppr=frame)


def test_a_drop_cap_begins_the_word_under_it(tmp_path: Path) -> None:
    book = _document(
        P("Chapter One", "Heading1"), _drop("T"),
        P("he mill stood at the bottom of the lane, where the water came down fast."),
        P("Chapter Two", "Heading1"), _drop("A", "margin"),
        P(R(" letter came in June, addressed to the miller in a hand nobody knew.")),
        P("Chapter Three", "Heading1"), _drop("“W"), P("here does the water go?” he asked her."),
    )  # fmt: skip
    chapters = _chapters(_read(book, tmp_path / "mill.docx"))
    assert chapters["Chapter One"][0].startswith("The mill stood at the bottom")
    assert chapters["Chapter Two"][0].startswith("A letter came in June")
    assert chapters["Chapter Three"][0].startswith("“Where does the water go?”")


def test_a_drop_cap_in_a_book_with_no_heading_styles(tmp_path: Path) -> None:
    book = _document(
        P(R("Chapter One", "<w:b/>")), _drop("T"),
        P("he mill stood at the bottom of the lane, where the water came down fast."),
        P("Martha had been born in the room over the grinding floor of the mill."),
        P('<w:r><w:br w:type="page"/></w:r>'), P(R("Chapter Two", "<w:b/>")), _drop("I"),
        P("n the spring of the year the river rose, and Martha turned fourteen."),
    )  # fmt: skip
    text = _text(_read(book, tmp_path / "plain.docx"))
    assert "The mill stood" in text and "In the spring of the year" in text
    assert "\nT\n" not in f"\n{text}\n"


def test_a_framed_letter_that_is_no_drop_cap_stays_its_own_paragraph(tmp_path: Path) -> None:
    frame = '<w:framePr w:dropCap="none" w:wrap="around" w:vAnchor="text" w:hAnchor="text"/>'
    book = _document(
        P("Chapter One", "Heading1"), P("Exhibit A.", ppr=frame),
        P("he ledger was found under the floor of the mill, in a tin box."),
    )  # fmt: skip
    chapters = _chapters(_read(book, tmp_path / "frame.docx"))
    assert chapters["Chapter One"][:2] == [
        "Exhibit A.", "he ledger was found under the floor of the mill, in a tin box."
    ]


# 2. Word's Insert › Cover Page: the gallery's content controls, a Company line first


def _control(alias: str, text: str, bound: str = "") -> str:
    binding = (
        '<w:dataBinding w:prefixMappings="xmlns:ns0=\'http://purl.org/dc/elements/1.1/\' '
        "xmlns:ns1='http://schemas.openxmlformats.org/package/2006/metadata/core-properties'\" "
        f'w:xpath="/ns1:coreProperties[1]/ns0:{bound}[1]" w:storeItemID="{{6C3C8BC8}}"/>'
        if bound else ""
    )  # fmt: skip
    return (f'<w:sdt><w:sdtPr><w:alias w:val="{alias}"/>{binding}<w:text/></w:sdtPr>'
            f"<w:sdtContent>{R(text)}</w:sdtContent></w:sdt>")  # fmt: skip


def _cover(*paragraphs: str, gallery: str = "Cover Pages") -> str:
    inner = "".join(p.replace(f" {NS}", "") for p in paragraphs)
    return (
        f'<w:sdt {NS}><w:sdtPr><w:docPartObj><w:docPartGallery w:val="{gallery}"/>'
        f"<w:docPartUnique/></w:docPartObj></w:sdtPr><w:sdtContent>{inner}"
        '<w:p><w:r><w:br w:type="page"/></w:r></w:p></w:sdtContent></w:sdt>'
    )


STORY = [
    P("Chapter One: The Rock", "Heading1"),
    P("Skerry Light stands on a rock a mile and a half from the nearest land."),
    P("Chapter Two: The Relief", "Heading1"),
    P("Every fortnight the relief boat came out from Tobermory, if the sea allowed."),
]


def test_words_gallery_cover_page_is_the_title_page(tmp_path: Path) -> None:
    cover = _cover(
        P(_control("Company", "Harbour Lights Press"), ppr='<w:jc w:val="center"/>'),
        P(_control("Title", "The Keeper of Skerry Light", "title"), "Title"),
        P(_control("Subtitle", "A Memoir of Eleven Winters"), "Subtitle"),
        P(_control("Author", "Morag Innes", "creator"), ppr='<w:jc w:val="center"/>'),
        P(_control("Date", "2023"), ppr='<w:jc w:val="center"/>'),
    )
    found = _read(_document(cover, *STORY), tmp_path / "b08d_cover.docx")
    assert (found.title, found.author) == ("The Keeper of Skerry Light", "Morag Innes")
    assert [c.title for c in found.chapters] == ["Chapter One: The Rock", "Chapter Two: The Relief"]
    assert "Harbour Lights Press" not in _text(found)
    assert "title page" in _left_out(found) and "Harbour Lights Press" in _left_out(found)


def test_a_cover_drawn_in_text_boxes_names_the_book(tmp_path: Path) -> None:
    box = (
        '<w:r><w:drawing><wp:anchor simplePos="0" relativeHeight="1" behindDoc="0" locked="0" '
        'layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/><wp:positionH '
        'relativeFrom="page"><wp:posOffset>0</wp:posOffset></wp:positionH><wp:positionV '
        'relativeFrom="page"><wp:posOffset>0</wp:posOffset></wp:positionV><wp:extent cx="9" '
        'cy="9"/><wp:wrapNone/><wp:docPr id="4" name="Text Box 4"/><a:graphic><a:graphicData '
        'uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp>'
        '<wps:cNvSpPr txBox="1"/><wps:spPr/><wps:txbx><w:txbxContent>'
        '<w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr>' + R("Pit Lane Memories") + "</w:p>"
        "<w:p>" + R("Collected by Ruth Armstrong") + "</w:p>"
        "</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic>"
        "</wp:anchor></w:drawing></w:r>"
    )
    book = _document(P(box), P('<w:r><w:br w:type="page"/></w:r>'), *STORY, author="ruth.armstrong")
    found = _read(book, tmp_path / "b13_misc.docx")
    assert (found.title, found.author) == ("Pit Lane Memories", "Ruth Armstrong")
    assert "Pit Lane" not in _text(found)


def test_other_content_controls_and_a_sidebar_box_are_still_read(tmp_path: Path) -> None:
    # a building block of another gallery, and a control in the text, are the book's
    block = _cover(P(_control("Quote", "The relief boat was the only clock we trusted.")),
                   gallery="Text Boxes")  # fmt: skip
    book = _document(*STORY[:2], block, P(_control("Place", "Tobermory, on Mull.")), *STORY[2:],
                     title="The Keeper of Skerry Light")  # fmt: skip
    found = _read(book, tmp_path / "controls.docx")
    chapter = _chapters(found)["Chapter One: The Rock"]
    assert "The relief boat was the only clock we trusted." in chapter
    assert "Tobermory, on Mull." in chapter
    assert "title page" not in _left_out(found)


# 3. Heading numbers kept in numbering.xml ("Chapter %1", "%1.%2")


def _numbered_headings(document: docx.document.Document, first: str, fmt: str) -> None:
    numbering = document.part.numbering_part.element
    numbering.append(parse_xml(
        f'<w:abstractNum {NS} w:abstractNumId="90"><w:multiLevelType w:val="multilevel"/>'
        f'<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:pStyle '
        f'w:val="Heading1"/><w:lvlText w:val="{first}"/></w:lvl><w:lvl w:ilvl="1"><w:start '
        'w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Heading2"/><w:lvlText '
        'w:val="%1.%2"/></w:lvl></w:abstractNum>'
    ))  # fmt: skip
    numbering.append(parse_xml(f'<w:num {NS} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
    for level, name in enumerate(("Heading 1", "Heading 2")):
        ppr = document.styles[name].element.get_or_add_pPr()
        ppr.insert(0, parse_xml(
            f'<w:numPr {NS}><w:ilvl w:val="{level}"/><w:numId w:val="90"/></w:numPr>'
        ))  # fmt: skip


HOUSE = [
    P("The Purchase", "Heading1"),
    P("The house on Marsh Lane had been empty for eleven years when they bought it."),
    P("The Surveyor’s Report", "Heading2"),
    P("Under the floorboards the builders found a tin box, and in it a bundle of letters."),
    P("The Letters", "Heading1"),
    P("The letters were in a hand that nobody in the village could remember."),
    P("What the Letters Said", "Heading2"),
    P("They said very little, and all of it about the weather and the price of coal."),
]


def test_heading_numbers_from_the_style_are_said(tmp_path: Path) -> None:
    book = _document(*HOUSE, title="The House on Marsh Lane")
    _numbered_headings(book, "Chapter %1", "cardinalText")
    chapters = _chapters(_read(book, tmp_path / "numbered.docx"))
    assert list(chapters) == ["Chapter 1 The Purchase", "Chapter 2 The Letters"]
    assert "1.1 The Surveyor’s Report" in chapters["Chapter 1 The Purchase"]


def test_roman_heading_numbers_keep_their_sections(tmp_path: Path) -> None:
    book = _document(*HOUSE, title="The House on Marsh Lane")
    _numbered_headings(book, "%1.", "upperRoman")
    chapters = _chapters(_read(book, tmp_path / "roman.docx"))
    assert list(chapters) == ["I. The Purchase", "II. The Letters"]


def test_a_lettered_list_and_unnumbered_headings_stay_as_they_were(tmp_path: Path) -> None:
    book = _document(*HOUSE, title="The House on Marsh Lane")
    numbering = book.part.numbering_part.element
    numbering.append(parse_xml(
        f'<w:abstractNum {NS} w:abstractNumId="91"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
        '<w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%1)"/></w:lvl></w:abstractNum>'
    ))  # fmt: skip
    numbering.append(parse_xml(f'<w:num {NS} w:numId="91"><w:abstractNumId w:val="91"/></w:num>'))
    item = '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="91"/></w:numPr>'
    body = book.element.body
    body[1].addnext(parse_xml(P("a christening spoon", ppr=item)))
    chapters = _chapters(_read(book, tmp_path / "plain_headings.docx"))
    assert "The Purchase" in chapters
    assert "a christening spoon" in chapters["The Purchase"]


# 4, 5. Display equations and deleted paragraphs are no empty paragraphs


def _equation(text: str) -> str:
    return P(f"<m:oMathPara><m:oMath><m:r><m:t>{text}</m:t></m:r></m:oMath></m:oMathPara>")


def _scenes(*between: str) -> list[str]:
    return [P("Chapter One", "Heading1"), *(P(t) for t in PROSE[:4]), *between,
            *(P(t) for t in PROSE[4:])]  # fmt: skip


def test_a_display_equation_is_read_and_two_make_no_scene_break(tmp_path: Path) -> None:
    found = _read(_document(*_scenes(_equation("F=ma"), _equation("40×12=480"))),
                  tmp_path / "sums.docx")  # fmt: skip
    assert _breaks(found) == 0
    paragraphs = _chapters(found)["Chapter One"]
    assert "F=ma" in paragraphs and "40×12=480" in paragraphs


def test_a_laid_out_display_equation_is_listed(tmp_path: Path) -> None:
    fraction = P(
        "<m:oMathPara><m:oMath><m:r><m:t>x=</m:t></m:r><m:f><m:num><m:r><m:t>1</m:t></m:r>"
        "</m:num><m:den><m:r><m:t>2</m:t></m:r></m:den></m:f></m:oMath></m:oMathPara>"
    )
    found = _read(_document(*_scenes(fraction)), tmp_path / "fraction.docx")
    assert "1 equation" in _left_out(found) and "x=12" in _left_out(found)


def _deleted(text: str) -> str:
    return P(
        f'<w:del w:id="9" w:author="Ed"><w:r><w:delText>{text}</w:delText></w:r></w:del>',
        ppr='<w:rPr><w:del w:id="8" w:author="Ed"/></w:rPr>',
    )


def test_paragraphs_deleted_as_tracked_changes_make_no_scene_break(tmp_path: Path) -> None:
    cut = [_deleted("Azalai, they called the salt caravan."), _deleted("It was older."),
           _deleted("Nobody could say how old.")]  # fmt: skip
    found = _read(_document(*_scenes(*cut)), tmp_path / "tracked.docx")
    assert _breaks(found) == 0
    assert "Azalai" not in _text(found)


def test_empty_paragraphs_between_scenes_still_make_a_scene_break(tmp_path: Path) -> None:
    found = _read(_document(*_scenes(P(), P(), P())), tmp_path / "gap.docx")
    assert _breaks(found) == 1


# 6. Symbol-font characters inside a sentence


def _sym(font: str, char: str) -> str:
    return f'<w:r><w:sym w:font="{font}" w:char="{char}"/></w:r>'


def test_symbol_font_characters_are_read(tmp_path: Path) -> None:
    book = _document(
        P("Chapter One", "Heading1"),
        P(R("The stove was kept at 65") + _sym("Symbol", "F0B0") + R("F when there was coal.")),
        P(R("The ratio of boys to girls was 3") + _sym("Symbol", "F0B8") + R("2, he said.")),
        P(R("The Greek letter ") + _sym("Symbol", "F070") + R(" was on the blackboard.")),
        P(R("I ") + _sym("Wingdings", "F04A") + R(" that day more than any other.")),
    )  # fmt: skip
    paragraphs = _chapters(_read(book, tmp_path / "symbols.docx"))["Chapter One"]
    assert paragraphs == [
        "The stove was kept at 65°F when there was coal.",
        "The ratio of boys to girls was 3÷2, he said.",
        "The Greek letter π was on the blackboard.",
        "I 🙂 that day more than any other.",
    ]


def test_a_tick_and_a_custom_note_mark_in_symbol_are_not_read(tmp_path: Path) -> None:
    book = _document(
        P("Chapter One", "Heading1"),
        P(R("Each child got a tick ") + _sym("Wingdings", "F0FC") + R(" in the register.")),
        P(R("The vicar disagreed.")
          + '<w:r><w:footnoteReference w:customMarkFollows="1" w:id="1"/></w:r>'
          + _sym("Symbol", "F061") + R(" He always did.")),
    )  # fmt: skip
    paragraphs = _chapters(_read(book, tmp_path / "tick.docx"))["Chapter One"]
    assert paragraphs[0] == "Each child got a tick in the register."
    assert "α" not in paragraphs[1]


# 7. Ruby (Word's Phonetic Guide)


def _ruby(base: str, reading: str) -> str:
    return (
        '<w:ruby><w:rubyPr><w:hps w:val="10"/><w:lid w:val="ja-JP"/></w:rubyPr>'
        f"<w:rt>{R(reading)}</w:rt><w:rubyBase>{R(base)}</w:rubyBase></w:ruby>"
    )


def test_ruby_is_read_once(tmp_path: Path) -> None:
    book = _document(
        P("第一章", "Heading1"),
        P(R("その") + _ruby("村", "むら") + R("には、古い") + _ruby("水車", "すいしゃ")
          + R("があった。")),
        P("Chapter Two", "Heading1"),
        P(R("Mr. ") + _ruby("田中", "Tanaka") + R(" bowed and wrote his name in the book.")),
    )  # fmt: skip
    chapters = _chapters(_read(book, tmp_path / "ruby.docx"))
    assert chapters["第一章"] == ["その村には、古い水車があった。"]
    assert chapters["Chapter Two"] == ["Mr. Tanaka bowed and wrote his name in the book."]


def test_a_reading_over_latin_letters_keeps_the_word_as_written(tmp_path: Path) -> None:
    book = _document(
        P("Chapter One", "Heading1"),
        P(R("Her name was written ") + _ruby("Mairi", "Mar-ee") + R(", the Scots way.")),
    )  # fmt: skip
    assert _chapters(_read(book, tmp_path / "mairi.docx"))["Chapter One"] == [
        "Her name was written Mairi, the Scots way."
    ]


# 8. SmartArt


def _smartart(document: docx.document.Document, steps: list[str]) -> str:
    points = "".join(
        f'<dgm:pt modelId="{i}"><dgm:prSet/><dgm:spPr/><dgm:t><a:bodyPr/><a:p><a:r>'
        f"<a:t>{step}</a:t></a:r></a:p></dgm:t></dgm:pt>"
        for i, step in enumerate(steps, 1)
    )
    data = (f'<dgm:dataModel {NS}><dgm:ptLst><dgm:pt modelId="0" type="doc"/>{points}'
            "</dgm:ptLst><dgm:cxnLst/></dgm:dataModel>")  # fmt: skip
    part = Part(PackURI("/word/diagrams/data1.xml"),
                "application/vnd.openxmlformats-officedocument.drawingml.diagramData+xml",
                data.encode(), document.part.package)  # fmt: skip
    rid = document.part.relate_to(part, f"{RELS}/diagramData")
    return (
        '<w:r><w:drawing><wp:inline><wp:extent cx="9" cy="9"/><wp:docPr id="7" name="Diagram 7"/>'
        f'<a:graphic><a:graphicData uri="{DIAGRAM}"><dgm:relIds r:dm="{rid}" r:lo="" r:qs="" '
        'r:cs=""/></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>'
    )


RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def test_smartart_text_is_listed_as_left_out(tmp_path: Path) -> None:
    book = _document(P("Chapter One", "Heading1"), P("I drew it out as a chart:"))
    steps = ["Light the lamp at sunset", "Trim the wick at midnight"]
    book.element.body[-1].addprevious(parse_xml(P(_smartart(book, steps))))
    found = _read(book, tmp_path / "smartart.docx")
    assert "1 diagram: Light the lamp at sunset\nTrim the wick at midnight" in _left_out(found)
    assert "Light the lamp" not in _text(found)


def test_a_picture_is_no_diagram(tmp_path: Path) -> None:
    picture = (
        '<w:r><w:drawing><wp:inline><wp:extent cx="9" cy="9"/><wp:docPr id="8" name="Picture 8"/>'
        '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"/>'
        "</a:graphic></wp:inline></w:drawing></w:r>"
    )
    book = _document(P("Chapter One", "Heading1"), P("The lamp, as it was:"), P(picture))
    assert "diagram" not in _left_out(_read(book, tmp_path / "picture.docx"))
