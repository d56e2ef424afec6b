"""Chapter headings written with a word ordinal in Swedish, Danish, Norwegian, Finnish,
Hungarian, Czech, Romanian and Polish books; a heading's number said as the ordinal a
Czech or Hungarian narrator says; Italian told from French, Spanish and Portuguese."""

from __future__ import annotations

from pathlib import Path

import pytest

from audiobook.models import Chapter, Paragraph
from audiobook.text.ingest import detect_language
from audiobook.text.normalize import spoken_title
from audiobook.text.readers.plaintext import parse_heading
from plainbooks import gutenberg_footer, gutenberg_header, read_book

SWEDISH = [
    "Det var en kall morgon i mars. Anna stod vid fönstret och såg ut över sjön, där isen "
    "ännu låg kvar. Hennes far satt vid bordet och läste tidningen, men han tittade inte "
    "upp när hon gick.",
    "Jag har aldrig förstått varför han reste. Vi hade ett bra liv, tyckte jag, men han "
    "ville något annat, och det var inte lätt att säga till honom att han hade fel.",
    "Vintern gick fort. På våren kom ett brev från Amerika, men mor ville inte läsa det, "
    "och hon lade det på bordet bredvid lampan.",
]
CZECH = [
    "Bylo chladné ráno v březnu. Anna stála u okna a dívala se na jezero, kde ještě ležel "
    "led. Otec seděl u stolu a četl noviny, ale nezvedl oči, když odešla.",
    "Nikdy jsem nepochopil, proč odjel. Měli jsme dobrý život, myslel jsem, ale on chtěl "
    "něco jiného, a nebylo snadné mu říci, že se mýlí.",
    "Zima uběhla rychle. Na jaře přišel dopis z Ameriky, ale matka ho nechtěla číst a "
    "položila ho na stůl vedle lampy, kde ležel ještě mnoho dní.",
]
HUNGARIAN = [
    "Hideg márciusi reggel volt. Anna az ablaknál állt, és a tóra nézett, ahol még jég "
    "volt. Az apja az asztalnál ült és újságot olvasott, de nem nézett fel.",
    "Sohasem értettem meg, miért ment el. Jó életünk volt, azt hittem, de ő valami mást "
    "akart, és nem volt könnyű megmondani neki, hogy téved.",
    "A tél gyorsan elmúlt. Tavasszal levél jött Amerikából, de anyám nem akarta "
    "elolvasni, és az asztalra tette a lámpa mellé.",
]


def _book(title: str, author: str, language: str, headings: list[str], texts: list[str]) -> str:
    """A Project Gutenberg file: title page, then each heading over its chapter."""
    body = "".join(f"{h}\n\n\n{t}\n\n{t}\n\n\n\n\n" for h, t in zip(headings, texts, strict=True))
    return (
        gutenberg_header(title, author, language)
        + f"{title.upper()}\n\n\n{author}\n\n\n\n\n"
        + body
        + gutenberg_footer(title)
    )


def _headings_heard(tmp_path: Path, text: str) -> tuple[list[str], str]:
    _, titles, read = read_book(tmp_path, text)
    return titles, read


def test_swedish_ordinal_before_the_definite_noun_heads_a_chapter(tmp_path):
    heads = ["FÖRSTA KAPITLET", "ANDRA KAPITLET", "TREDJE KAPITLET"]
    titles, read = _headings_heard(
        tmp_path, _book("Huset vid sjön", "Karin Lind", "Swedish", heads, SWEDISH)
    )
    assert titles == heads
    assert "Första Kapitlet." in read and "Tredje Kapitlet." in read


def test_czech_ordinal_after_kapitola_heads_a_chapter(tmp_path):
    heads = ["KAPITOLA PRVNÍ", "KAPITOLA DRUHÁ", "KAPITOLA TŘETÍ"]
    titles, read = _headings_heard(
        tmp_path, _book("Dům u jezera", "Marie Nováková", "Czech", heads, CZECH)
    )
    assert titles == heads
    assert "Kapitola Druhá." in read


@pytest.mark.parametrize(
    ("heads", "said"),
    [
        (["ELSŐ FEJEZET", "MÁSODIK FEJEZET", "HARMADIK FEJEZET"], "Második Fejezet."),
        (["I. FEJEZET", "II. FEJEZET", "III. FEJEZET"], "Második Fejezet."),
        (["1. fejezet", "2. fejezet", "3. fejezet"], "Második fejezet."),
    ],
)
def test_hungarian_chapters_in_each_form_are_said_with_an_ordinal(tmp_path, heads, said):
    titles, read = _headings_heard(
        tmp_path, _book("A ház a tó partján", "Kovács Mária", "Hungarian", heads, HUNGARIAN)
    )
    assert titles == heads
    assert said in read
    assert "Kettő" not in read


@pytest.mark.parametrize(
    ("line", "family", "number"),
    [
        ("Andra kapitlet.", "chapter", 2),
        ("TJUGOFÖRSTA KAPITLET", "chapter", 21),
        ("Trettionde kapitlet", "chapter", 30),
        ("ADERTONDE KAPITLET", "chapter", 18),  # the old spelling of "artonde"
        ("Andra boken", "book", 2),
        ("Andet Kapitel.", "chapter", 2),  # Danish: Kapitel is neuter
        ("Enogtyvende Kapitel", "chapter", 21),
        ("Tredivte Kapitel", "chapter", 30),
        ("Første Del", "part", 1),
        ("FØRSTE KAPITTEL", "chapter", 1),
        ("Tjueførste kapittel", "chapter", 21),
        ("Ensimmäinen luku", "chapter", 1),
        ("YHDESTOISTA LUKU", "chapter", 11),
        ("Kahdeskymmenesensimmäinen luku", "chapter", 21),
        ("Kolmaskymmenes luku", "chapter", 30),
        ("Toinen osa", "part", 2),
        ("Huszonegyedik fejezet", "chapter", 21),
        ("HARMINCADIK FEJEZET", "chapter", 30),
        ("ELSŐ RÉSZ", "part", 1),
        ("Kapitola dvacátá první", "chapter", 21),
        ("KAPITOLA JEDNADVACÁTÁ", "chapter", 21),
        ("Kapitola třicátá", "chapter", 30),
        ("Díl druhý", "part", 2),
        ("ČÁST TŘETÍ", "part", 3),
        ("CAPITOLUL ÎNTÂI", "chapter", 1),
        ("Capitolul al doilea", "chapter", 2),
        ("CAPITOLUL AL DOUĂZECI ŞI UNULEA", "chapter", 21),
        ("Partea a doua", "part", 2),
        ("ROZDZIAŁ DWUDZIESTY PIERWSZY", "chapter", 21),
        ("Rozdział trzydziesty", "chapter", 30),
    ],
)
def test_word_ordinals_head_chapters_up_past_thirty(line, family, number):
    heading = parse_heading(line)
    assert heading is not None
    assert (heading.family, heading.number, heading.has_title) == (family, number, False)


@pytest.mark.parametrize(
    "line",
    [
        "Andra kapitlet handlar om kärlek och svek.",  # a sentence about a chapter
        "Första delen av resan var lång och kall.",
        "Toinen luku alkaa tästä, sanoi hän.",
        "1. Del Monte Peaches",  # "del" counts a part only after an ordinal word
        "Az első fejezet végén meghalt.",
    ],
)
def test_sentences_that_open_with_an_ordinal_stay_text(line):
    assert parse_heading(line) is None


@pytest.mark.parametrize(
    ("title", "language", "said"),
    [
        ("Kapitola 1", "cs", "Kapitola první."),
        ("KAPITOLA XII. Návrat", "cs", "Kapitola dvanáctá. Návrat."),
        ("Kapitola 21", "cs", "Kapitola dvacátá první."),
        ("Díl 2", "cs", "Díl druhý."),
        ("1. kapitola", "cs", "První kapitola."),
        ("1. fejezet", "hu", "Első fejezet."),
        ("XII. fejezet. A vihar", "hu", "Tizenkettedik fejezet. A vihar."),
    ],
)
def test_heading_numbers_are_said_as_the_narrators_ordinal(title, language, said):
    assert spoken_title(title, language) == said


@pytest.mark.parametrize(
    ("title", "language", "said"),
    [
        ("Kapitel 1", "sv", "Kapitel ett."),  # a Swedish narrator says the cardinal
        ("Kapitola 150", "cs", "Kapitola sto padesát."),  # past the ordinals' table
        ("1. Kapitel", "de", "Erstes Kapitel."),
        ("Rozdział 21", "pl", "Rozdział dwudziesty pierwszy."),
        ("LUKU 1", "fi", "Luku yksi."),
    ],
)
def test_other_heading_numbers_are_said_as_before(title, language, said):
    assert spoken_title(title, language) == said


def _lang(text: str) -> str:
    return detect_language([Chapter("t", (Paragraph(text),))])


@pytest.mark.parametrize(
    "text",
    [
        "La mattina era fredda. La madre aprì la finestra e guardò la strada, dove la neve "
        "copriva ancora la piazza. Quando la campana suonò, la bambina prese la cartella e "
        "corse verso la scuola.",
        "Marco chiuse la porta piano. La luce della luna entrava dalla finestra, e la stanza "
        "sembrava più grande. Prese la lettera dal tavolo, la lesse due volte, poi la mise "
        "in tasca. Domani avrebbe parlato con lei.",
        "«Dove vai?» chiese la zia dalla cucina. «Al mercato» rispose Anna, e chiuse la "
        "porta. La via era piena di gente, e la mattina aveva il colore del latte.",
    ],
)
def test_a_short_italian_page_heavy_with_la_is_italian(text):
    assert _lang(text) == "it"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("La matinée était froide. La mère ouvrit la fenêtre et regarda la rue, où la neige "
         "couvrait encore la place. Quand la cloche sonna, la petite prit son cartable et "
         "courut vers l'école.", "fr"),
        ("Marc ferma la porte doucement. La lumière de la lune entrait par la fenêtre, et la "
         "chambre semblait plus grande. Il prit la lettre sur la table, la lut deux fois, "
         "puis la mit dans sa poche.", "fr"),
        ("La mañana era fría. La madre abrió la ventana y miró la calle, donde la nieve "
         "cubría todavía la plaza. Cuando sonó la campana, la niña tomó la cartera y corrió "
         "hacia la escuela.", "es"),
        ("Era la primera vez que la veía. Ella estaba sentada en el banco con el bolso sobre "
         "las rodillas y miraba a la gente que pasaba. Él se acercó, pero la muchacha no "
         "levantó los ojos.", "es"),
        ("Marcos fechou a porta devagar. A luz da lua entrava pela janela, e o quarto "
         "parecia maior. Pegou a carta da mesa, leu-a duas vezes e depois guardou-a no "
         "bolso. Amanhã falaria com ela.", "pt"),
    ],
)  # fmt: skip
def test_short_french_spanish_and_portuguese_pages_keep_their_language(text, language):
    assert _lang(text) == language


def test_a_portuguese_page_with_italian_and_shared_e_is_portuguese():
    # its "e" counted for Italian alone, and none of its words was Portuguese's own
    assert _lang(
        "A manhã estava fria. A mãe abriu a janela e olhou a rua, onde a neve ainda cobria "
        "a praça. Quando o sino tocou, a menina pegou a pasta e correu para a escola."
    ) == "pt"


def test_english_with_french_borrowings_stays_english():
    # "au" and "du" are French's, but English borrows them: they count for neither
    assert _lang("Café au lait, naïve façade, déjà vu. À bientôt, señor.") == "en"
    assert _lang("The soup du jour was cold, and the café au lait was worse.") == "en"
