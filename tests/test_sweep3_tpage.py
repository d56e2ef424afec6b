"""Title pages and front matter of real Project Gutenberg books, in short excerpts:
Emerson's "Nature" (his verse epigraph under his name is read; "NATURE." set over
"CHAPTER I." is that chapter's title, as the contents says; the imprint, the "Entered,
according to the Act of Congress" notice and the printer are left out), a Finnish book
of poems as Project Gutenberg has set them since about 2015 ("Kirj." / "Porissa," /
"SISÄLLYS:" over titles that end in a stop, each a chapter), and the imprints of other
languages ("FORLAGT AF", "Imprimatur:", "Kiadja az …", a title page's lines set again).
Each hit has its near miss, read as it was."""

from __future__ import annotations

from pathlib import Path

from audiobook.text.readers.base import credit
from plainbooks import gutenberg_header, left_out, read_book

NATURE_PAGE = """NATURE

BY

R. W. EMERSON


A subtle chain of countless rings
The next unto the farthest brings;
The eye reads omens where it goes,
And speaks all languages the rose;
And, striving to be man, the worm
Mounts through all the spires of form.


NEW EDITION


BOSTON & CAMBRIDGE:
JAMES MUNROE AND COMPANY
M DCCC XLIX.


Entered, according to the Act of Congress, in the year 1849
By JAMES MUNROE AND COMPANY,
in the Clerk's Office of the District Court of the District of
Massachusetts.


BOSTON:
THURSTON, TORRY AND COMPANY,
31 Devonshire Street.


"""

NATURE_CONTENTS = """CONTENTS


               INTRODUCTION    1
CHAPTER I.     NATURE          8
CHAPTER II.    COMMODITY      10



"""

NATURE_BODY = """INTRODUCTION.

OUR age is retrospective. It builds the sepulchres of the fathers. It
writes biographies, histories, and criticism. The foregoing
generations beheld God and nature face to face; we, through their
eyes.



NATURE.

CHAPTER I.

TO go into solitude, a man needs to retire as much from his chamber
as from society. I am not solitary whilst I read and write, though
nobody is with me.



CHAPTER II.

COMMODITY.

Whoever considers the final cause of the world, will discern a
multitude of uses that enter as parts into that result.
"""


def _nature(tmp_path: Path, page: str = NATURE_PAGE, contents: str = NATURE_CONTENTS):
    text = gutenberg_header("Nature", "Ralph Waldo Emerson", modern=True) + page
    return read_book(tmp_path, text + contents + NATURE_BODY)


# ---------------------------------------------------------------- 1. Nature's title page


def test_an_epigraph_on_the_title_page_is_read(tmp_path: Path) -> None:
    manuscript, _, read = _nature(tmp_path)
    assert "A subtle chain of countless rings" in read
    assert "Mounts through all the spires of form." in read
    assert "countless rings" not in left_out(manuscript)


def test_a_sentence_of_the_page_under_the_author_is_no_epigraph(tmp_path: Path) -> None:
    page = NATURE_PAGE.replace(
        "A subtle chain of countless rings\nThe next unto the farthest brings;\n"
        "The eye reads omens where it goes,\nAnd speaks all languages the rose;\n"
        "And, striving to be man, the worm\nMounts through all the spires of form.\n",
        "With sixteen plates in colour, and many drawings\nfrom life by the author.\n",
    )
    manuscript, _, read = _nature(tmp_path, page)
    assert "sixteen plates" not in read
    assert "sixteen plates" in left_out(manuscript)


def test_the_imprint_notice_and_printer_under_the_page_are_left_out(tmp_path: Path) -> None:
    manuscript, _, read = _nature(tmp_path)
    for said in ("MUNROE", "Clerk's Office", "THURSTON", "Devonshire", "BOSTON"):
        assert said not in read
    omitted = left_out(manuscript)
    assert "copyright page" in omitted and "THURSTON, TORRY AND COMPANY," in omitted


def test_a_place_over_a_sentence_after_the_page_is_read(tmp_path: Path) -> None:
    page = NATURE_PAGE.split("BOSTON & CAMBRIDGE:")[0] + (
        "BOSTON:\nA town of brick and cold winters, where my grandfather\n"
        "kept his shop on the wharf for forty years.\n\n\n"
    )
    _, _, read = _nature(tmp_path, page)
    assert "where my grandfather" in read


def test_a_title_over_its_number_named_by_the_contents_is_its_title(tmp_path: Path) -> None:
    _, titles, read = _nature(tmp_path)
    assert "CHAPTER I. NATURE" in titles
    assert "Chapter One. Nature." in read


def test_the_books_title_over_a_chapter_with_no_contents_is_a_half_title(tmp_path: Path) -> None:
    _, titles, read = _nature(tmp_path, contents="")
    assert "CHAPTER I" in titles and "CHAPTER I. NATURE" not in titles
    assert "Chapter One. Nature." not in read


# ---------------------------------------------------------------- 2. Finnish poems

FI_HEAD = """KÖYNNÖKSIÄ

Kimppunen runoelmia


Kirj.

JUHO LAINE





Porissa,
Adolf Allardt,
1887.



"""

FI_CONTENTS = """SISÄLLYS:

Köynnöksiä.
Keski-Suomen laulu.
Elokuun ilta.




"""

FI_POEMS = """Köynnöksiä.


    Kuun taiteilijamme taas tuovat
    esille ihmeluomiansa,
    niin tottapa he mun myös suovat
    koristaa kokoelmiansa
    halvoilla köynnöksilläni.




Keski-Suomen laulu.


    Siell' missä sinisellä selällä
    ui valkolokki, kuulee kuikan
    ja honka humisee ja halla
    ei aina ehdi kesän aikaan.




Elokuun ilta.


    Jo ilta hämärtää, ja kuu
    on noussut kuusikon takaa;
    ja kaikki luonto vaikenee,
    ja lapset vuoteillansa makaa.
"""


def _finnish(tmp_path: Path, contents: str = FI_CONTENTS):
    head = gutenberg_header("Köynnöksiä", "Juho Laine", "Finnish", modern=True)
    return read_book(tmp_path, head + FI_HEAD + contents + FI_POEMS)


def test_a_finnish_contents_of_titles_with_stops_is_left_out_and_names_the_poems(
    tmp_path: Path,
) -> None:
    manuscript, titles, read = _finnish(tmp_path)
    assert titles == ["Köynnöksiä", "Keski-Suomen laulu", "Elokuun ilta"]
    assert "SISÄLLYS" not in read
    assert read.count("Keski-Suomen laulu.") == 1
    omitted = left_out(manuscript)
    assert "table of contents" in omitted
    for said in ("Kirj.", "JUHO LAINE", "Porissa,", "Adolf Allardt,"):
        assert said not in read and said in omitted


def test_a_finnish_book_with_a_sectioned_contents_sisalto(tmp_path: Path) -> None:
    contents = (
        "SISÄLTÖ:\n\nI. KAUNIITA RUNOJA\n\n   Köynnöksiä.\n   Keski-Suomen laulu.\n\n"
        "II. ILTA\n\n   Elokuun ilta.\n\n\n\n\nI. KAUNIITA RUNOJA\n\n\n\n\n"
    )
    poems = FI_POEMS.replace("Elokuun ilta.\n", "II. ILTA\n\n\nElokuun ilta.\n")
    head = gutenberg_header("Köynnöksiä", "Juho Laine", "Finnish", modern=True)
    manuscript, titles, read = read_book(tmp_path, head + FI_HEAD + contents + poems)
    assert "table of contents" in left_out(manuscript)
    assert "SISÄLTÖ" not in read
    assert "Keski-Suomen laulu" in titles
    assert read.count("Keski-Suomen laulu.") == 1


def test_a_stanza_under_the_label_is_no_contents(tmp_path: Path) -> None:
    stanza = (
        "SISÄLLYS:\n\nNäin laulaa lintu oksalla,\nja kaiku vastaa metsästä;\n"
        "Köynnöksiä.\nvain tuuli tietää tiensä.\n\n\n\n\n"
    )
    manuscript, _, read = _finnish(tmp_path, stanza)
    assert "Näin laulaa lintu oksalla" in read
    assert "table of contents" not in left_out(manuscript)


# ---------------------------------------------------------------- 3. other languages' imprints

DA = """MIT LIVS EVENTYR

af

H. C. ANDERSEN.


KJØBENHAVN.
FORLAGT AF C. A. REITZEL. 1855.




FØRSTE KAPITEL.

Barndommen i Odense.

Mit Liv er et smukt Eventyr, saa rigt og lykkeligt! Var der, da jeg
som Dreng, fattig og ene gik ud i Verden, mødt mig en mægtig Fe.
"""


def _danish(tmp_path: Path, text: str = DA):
    head = gutenberg_header("Mit Livs Eventyr", "H. C. Andersen", "Danish")
    return read_book(tmp_path, head + text)


def test_a_danish_imprint_forlagt_af_is_left_out(tmp_path: Path) -> None:
    manuscript, _, read = _danish(tmp_path)
    assert "KJØBENHAVN" not in read and "REITZEL" not in read
    assert "FORLAGT AF C. A. REITZEL. 1855." in left_out(manuscript)


def test_a_place_over_the_storys_sentence_is_read(tmp_path: Path) -> None:
    text = DA.replace(
        "KJØBENHAVN.\nFORLAGT AF C. A. REITZEL. 1855.",
        "KJØBENHAVN.\nDet var en kold Vinter, og Sneen laa højt i alle Gaderne.",
    )
    _, _, read = _danish(tmp_path, text)
    assert "Sneen laa højt" in read


SV = """                                 Sagor
                                   af
                              Z. Topelius.


                           Första Samlingen.
                      Med 8 kolorerade plancher.


                             HELSINGFORS,
                        HOS A. W. GRÖNDAHL.
                                 1847.


                              Imprimatur:
                                G. Rein.




                                Företal

                till alla dem som hålla af vackra sagor.

    Det var engång en gammal gammal gumma,
    Som bodde i en liten liten stuga,
    Och ständigt hördes hennes spinnrock brumma,
    Och frusen var hon som en vinterfluga.




1. KYRKTUPPEN.

Det var en gång en kyrktupp, som satt högt uppe på tornet och såg ut
öfver hela socknen, och han var mycket stolt öfver sin utsikt.




2. SKEPPET REPHANUT.

Det var en gång ett skepp, som hette Rephanut, och det seglade på alla
haf i hela världen, tills det en dag kom till en ö, där ingen bodde.
"""


def test_a_swedish_imprimatur_under_the_imprint_is_left_out(tmp_path: Path) -> None:
    head = gutenberg_header("Sagor af Z. Topelius.", "Zacharias Topelius", "Swedish")
    manuscript, _, read = read_book(tmp_path, head + SV)
    assert "Imprimatur" not in read and "Rein" not in read
    assert "Imprimatur:" in left_out(manuscript)
    assert "Det var engång en gammal gammal gumma," in read


def test_imprimatur_in_the_text_is_read(tmp_path: Path) -> None:
    text = SV.replace(
        "och han var mycket stolt öfver sin utsikt.",
        "och han var mycket stolt.\n\nImprimatur: så stod det i den gamla boken.",
    )
    head = gutenberg_header("Sagor af Z. Topelius.", "Zacharias Topelius", "Swedish")
    _, _, read = read_book(tmp_path, head + text)
    assert "så stod det i den gamla boken" in read


HU = """[Pg 1]

Vasárnapi Könyv

Kiadja az Országos Közművelődési Tanács

1916. Első félév 20. füzet


A vaspénz

A hadviselés számos olyan nyersanyagot emészt fel, amelyeket a háború
alatt újból beszerezni nem lehet. Az ágyúgyártás, a fegyverek és
lövedékek gyártása például rengeteg mennyiségű rezet fogyaszt.

A vaspénz persze könnyebben rozsdásodik, mint a nikkel. Ezért a
pénzverő a vaskorongokat vékony cinkréteggel vonja be.


Az öreg honvéd

Elbeszélés. Irta: Gárdonyi Géza

I.

Öreg Bakó Mihály 1848-ban huszonkét esztendős volt. Akkor állt be
honvédnek a 9. zászlóaljba.

II.

Mikor a háború véget ért, hazament a falujába, és ott élt csendesen
egész öregségéig, mint a többi öreg honvéd.
"""


def _hungarian(tmp_path: Path, text: str = HU):
    head = gutenberg_header("Vasárnapi Könyv 1916. Első félév 20. füzet", "Various", "Hungarian")
    return read_book(tmp_path, head + text)


def test_a_hungarian_masthead_kiadja_is_left_out(tmp_path: Path) -> None:
    manuscript, _, read = _hungarian(tmp_path)
    assert "Kiadja" not in read and "Tanács" not in read
    assert "Kiadja az Országos Közművelődési Tanács" in left_out(manuscript)
    assert "A hadviselés számos olyan nyersanyagot" in read


def test_kiadja_in_a_storys_sentence_is_read(tmp_path: Path) -> None:
    text = HU.replace(
        "Vasárnapi Könyv\n\nKiadja az Országos Közművelődési Tanács\n\n1916. Első félév 20. füzet",
        "A ló\n\nKiadja a lelkét a szegény ló, mondta az öreg kocsis,\nés leült az út szélére.",
    )
    _, _, read = _hungarian(tmp_path, text)
    assert "Kiadja a lelkét a szegény ló" in read


PT = """BIBLIOTHECA DE ALGIBEIRA


NOITES DE INSOMNIA

OFFERECIDAS

A QUEM NÃO PÓDE DORMIR

POR

Camillo Castello Branco


PORTO

TYPOGRAPHIA DE ANTONIO JOSÉ DA SILVA TEIXEIRA

1874


BIBLIOTHECA DE ALGIBEIRA


NOITES DE INSOMNIA




I

A casa grande das quinze janellas branqueja no espinhaço do monte.
As janellas fecharam-se ha seis mezes, ao mesmo tempo que duas sepulturas
se abriram.


II

O morgado de Vilar tinha vinte e dois annos quando a mãe lhe morreu, e
ficou só naquella casa grande com os criados velhos.
"""


def _portuguese(tmp_path: Path, text: str = PT):
    head = gutenberg_header("Noites de insomnia", "Camilo Castelo Branco", "Portuguese")
    return read_book(tmp_path, head + text)


def test_the_title_pages_lines_set_again_under_it_are_left_out(tmp_path: Path) -> None:
    manuscript, _, read = _portuguese(tmp_path)
    assert "ALGIBEIRA" not in read and "NOITES DE INSOMNIA" not in read
    assert left_out(manuscript).count("BIBLIOTHECA DE ALGIBEIRA") == 2


def test_a_line_under_the_page_that_is_not_the_pages_is_read(tmp_path: Path) -> None:
    text = PT.replace(
        "BIBLIOTHECA DE ALGIBEIRA\n\n\nNOITES DE INSOMNIA\n\n\n\n\nI\n",
        "AO LEITOR\n\nEstas paginas escrevi-as de noite, quando o somno me fugia.\n\n\n\n\nI\n",
    )
    _, _, read = _portuguese(tmp_path, text)
    assert "Estas paginas escrevi-as de noite" in read


def test_kirj_credits_the_author_of_a_finnish_title_page(tmp_path: Path) -> None:
    text = FI_HEAD + FI_CONTENTS + FI_POEMS  # no library header: the page says who wrote it
    manuscript, titles, read = read_book(tmp_path, text)
    assert manuscript.author == "Juho Laine"
    assert "JUHO LAINE" not in read
    assert titles[0] == "Köynnöksiä"
    assert credit("Kirj.") == ("author", "")


def test_a_sentence_opening_with_kirjoittanut_credits_no_one() -> None:
    assert credit("Kirjoittanut on hän monta kirjaa, mutta tätä ei kukaan lue.") is None
    assert credit("Kirjeitä kotiin") is None
