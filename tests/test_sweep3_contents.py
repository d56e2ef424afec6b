"""Contents lists that escaped the contents rule in real Project Gutenberg books, in
short excerpts of those books: entries whose titles run over their line beside a column
of page numbers (Ainsworth's "Jack Sheppard"), letters numbered in a run with no pages
under "CONTENTS OF VOLUME II." and its parts (Beethoven's letters), a French novel's
"Table des matières" numbered "I Marseille.--L'arrivée." (Dumas), a Dutch "INHOUD." with
"Bladz." over pages printed "17." (Gabriël). Each hit has its near miss: a numbered list
in a chapter, a poem, a story's own list, all read as they were."""

from __future__ import annotations

from pathlib import Path

from audiobook.text.readers.base import credit
from plainbooks import SHEPPARD_NOTE, gutenberg_header, left_out, read_book

_book = read_book
_header = gutenberg_header
_left_out = left_out

PROSE = (
    "On the night of Friday, the 26th of November, 1703, and at the hour of\n"
    "eleven, the door of a miserable habitation, situated in an obscure\n"
    "quarter of the Borough of Southwark, known as the Old Mint, was opened;\n"
    "and a man, with a lantern in his hand, appeared at the threshold.\n"
)

# ---------------------------------------------------------------- 1. entries run over their line

SHEPPARD = _header("Jack Sheppard", "William Harrison Ainsworth") + """CONTENTS.

EPOCH THE FIRST, 1703.
JONATHAN WILD.

CHAPTER I. The Widow and her Child             1
       II. The Old Mint                       13


EPOCH THE SECOND, 1715.
THAMES DARRELL.

CHAPTER I. The Idle Apprentice                75
       II. Thames Darrell                     88
      XVI. Jonathan Wild's House in the Old  201
              Bailey
     XVII. The Night-Cellar                  211
    XVIII. How Jack Sheppard broke out of    218
              the Cage at Willesden
      XIX. Good and Evil                     224


EPOCH THE THIRD, 1724.
THE PRISON-BREAKER.

CHAPTER I. The Return                        231
       II. The Burglary at Dollis Hill       249
      III. Jack Sheppard's Quarrel with      254
              Jonathan Wild
       IV. Jack Sheppard's Escape from the   258
              New Prison
       XXX. How Jonathan Wild's House was    458
              burnt down




EPOCH THE FIRST.

1703.

JONATHAN WILD.




CHAPTER I.

The Widow and her Child.


""" + PROSE + """



CHAPTER II.

The Old Mint.


The Old Mint was a sanctuary for debtors, and the man with the lantern
knew every alley of it, as he knew the faces that watched him pass.
"""


def test_a_contents_list_whose_entries_run_over_their_line_is_left_out(tmp_path: Path) -> None:
    manuscript, titles, read = _book(tmp_path, SHEPPARD)
    for heard in ("Return", "Cage at Willesden", "burnt down", "two hundred", "Prison-Breaker"):
        assert heard.casefold() not in read.casefold()
    assert not any("231" in (t or "") or t == "Jonathan Wild" for t in titles)
    assert "the Cage at Willesden" in _left_out(manuscript)
    assert "miserable habitation" in read and "sanctuary for debtors" in read


SUMMER = _header("The Long Summer", "Anne Hollis") + """CONTENTS

Chapter I. The Harbour            1
Chapter II. The Mill              9




PART ONE

Summer 1914

The summer of that year was the last of the old kind, and the village kept it
as if it knew: the hay was in by July, and the mill-race ran low and clear.


Chapter I. The Harbour

The harbour was empty when the boat came in, and nobody was there to see it.


Chapter II. The Mill

The mill stood at the end of the lane, and its wheel had not turned in years.
"""


def test_a_part_heading_and_its_dated_line_after_the_contents_stay_read(tmp_path: Path) -> None:
    _, _, read = _book(tmp_path, SUMMER)
    assert "Summer nineteen fourteen" in read and "last of the old kind" in read


# ---------------------------------------------------------------- 2. letters numbered in a run

LETTERS_HEADER = _header("Beethoven's Letters 1790-1826 Vol. 2", "Lady Wallace")
LETTERS = LETTERS_HEADER + """CONTENTS OF VOLUME II.


SECOND PART.

LIFE'S MISSION.
1815-1822.
(_Continued._)


216. To Steiner & Co.
217. To the Same
218. To Tobias Haslinger
219. To the Same
220. To Baroness Dorothea von Ertmann
221. To Zmeskall
222. To Pilat, editor of the "Austrian Observer"




THIRD PART.

LIFE'S TROUBLES AND CLOSE
1823-1827.


223. To Zelter
224. To F. Ries, London
225. To Schindler
226. To the Same




BEETHOVEN'S LETTERS.


216.

TO STEINER & CO.

The Adjutant's innocence is admitted, and there is an end of it! We beg you
to be so good as to send us two copies in score of the Symphony in A.

L. VAN BEETHOVEN.


217.

TO STEINER.

The Lieutenant-General is requested to send his _Diabolum_, that I may tell
him myself my opinion of the "Battle," which is printed in the vilest manner.

THE G----S.
"""


def test_letters_numbered_in_a_run_under_contents_of_volume_ii_are_left_out(
    tmp_path: Path,
) -> None:
    manuscript, titles, read = _book(tmp_path, LETTERS)
    for heard in ("To the Same", "Zmeskall", "Life's Mission", "Continued", "Zelter"):
        assert heard.casefold() not in read.casefold()
    assert not any(t and "PART" in t for t in titles)
    assert "To Baroness Dorothea" in _left_out(manuscript)
    assert "Adjutant's innocence" in read and "Lieutenant-General" in read


RECIPES = _header("The Cottage Kitchen", "Mary Lane") + """CONTENTS

Chapter I. Bread                  1
Chapter II. Soups                 9




CHAPTER I.

BREAD.

1. Warm the milk and the water together.
2. Stir in the yeast and leave it ten minutes.
3. Add the flour and the salt, a cup at a time.
4. Knead the dough until it springs back.
5. Leave it to rise in a warm place.

A loaf made so will keep for three days in a crock, and longer in a cold larder.


CHAPTER II.

SOUPS.

A good soup begins with a good stock, and a good stock with patience.
"""


def test_a_numbered_list_in_a_chapter_after_the_contents_stays_read(tmp_path: Path) -> None:
    _, titles, read = _book(tmp_path, RECIPES)
    assert "Warm the milk" in read and "Leave it to rise" in read
    assert "CHAPTER I. BREAD" in titles


# ---------------------------------------------------------------- 3. a French Table des matières

MONTE_HEADER = _header("Le comte de Monte-Cristo, Tome I", "Alexandre Dumas", "French")
MONTE = MONTE_HEADER + """LE COMTE DE MONTE-CRISTO

Alexandre Dumas

Tome I (1845-1846)




Table des matières


Alexandre Dumas
I  Marseille.--L'arrivée.
II  Le père et le fils.
III  Les Catalans.
IV  Complot.
V  Le repas des fiançailles.
XV  Le numéro 34 et le numéro 27.




I

Marseille.--L'arrivée.


Le 24 février 1815, la vigie de Notre-Dame de la Garde signala le
trois-mâts le _Pharaon_, venant de Smyrne, Trieste et Naples.




II

Le père et le fils.


Laissons Danglars, aux prises avec le démon de la haine, et suivons Dantès.
"""


def test_a_french_table_des_matieres_numbered_in_a_run_is_left_out(tmp_path: Path) -> None:
    manuscript, titles, read = _book(tmp_path, MONTE)
    for heard in ("Catalans", "Complot", "fiançailles", "numéro"):
        assert heard not in read
    assert read.count("Le père et le fils") == 1
    assert "Complot" in _left_out(manuscript)
    assert len([t for t in titles if t]) >= 2


POEM = _header("Les Saisons", "Lucie Morel", "French") + """LES SAISONS




I

Le printemps.


I  Le merle chante au bord du toit,
II  La pluie est douce sur les blés,
III  Le vent se lève dans le bois,
IV  Et les chemins sont tout mouillés.




II

L'été.


L'été vient lentement sur la plaine, et les foins sont rentrés avant la Saint-Jean.
"""


def test_a_poem_with_numbered_lines_and_no_contents_label_stays_read(tmp_path: Path) -> None:
    _, _, read = _book(tmp_path, POEM)
    assert "Le merle chante" in read and "tout mouillés" in read


# ---------------------------------------------------------------- 4. a Dutch INHOUD

ONTBOEZEMINGEN = _header("Ontboezemingen", "Gabriël", "Dutch") + """AAN ZIJN BROEDER WILLIBALD.




INHOUD.


OP ZEE.

                                      Bladz.
BEREISDE LIEDEN                         3.
AFSCHEID                               17.
AAN DE NOORDZEE                        20.


EEN BLIJSPEL.

DE GETERGDE ZACHTMOEDIGHEID, OF,
»'T SOP WAS DE KOOL NIET WAARD"        181.




BEREISDE LIEDEN.


Hebt ge wel eens een neef, of broêr, of vriend van een eerste zeereis
zien t'huiskomen? Zóó iets deed ik onlangs.




AFSCHEID.


Het was een heldere morgen, toen wij de reede verlieten, en de kapitein
stond op de kampanje.
"""


def test_a_dutch_inhoud_with_pages_is_left_out_and_names_the_pieces(tmp_path: Path) -> None:
    manuscript, titles, read = _book(tmp_path, ONTBOEZEMINGEN)
    for heard in ("Bladz", "NOORDZEE", "Noordzee", "zeventien", "SOP WAS", "Sop was"):
        assert heard not in read
    assert "AAN DE NOORDZEE" in _left_out(manuscript)
    assert [t for t in titles if t][-2:] == ["BEREISDE LIEDEN", "AFSCHEID"]


INHOUD_STORY = _header("De Koffer", "Jan Smit", "Dutch") + """HOOFDSTUK I.


INHOUD.

Wat er in de koffer zat, wist niemand in het dorp, en de schipper zelf zweeg
erover als het graf, hoe vaak men hem er ook naar vroeg.


HOOFDSTUK II.

Het was een heldere morgen, toen de koffer eindelijk werd geopend.
"""


def test_a_dutch_chapter_titled_inhoud_over_its_story_stays_read(tmp_path: Path) -> None:
    _, _, read = _book(tmp_path, INHOUD_STORY)
    assert "Wat er in de koffer zat" in read


# ---------------------------------------------------------------- 5. the title page's back

FAUST = _header("Faust: A Tragedy", "Johann Wolfgang von Goethe") + """FAUST


A TRAGEDY

TRANSLATED FROM THE GERMAN

OF

GOETHE


WITH NOTES

BY

CHARLES T BROOKS


SEVENTH EDITION.

BOSTON
TICKNOR AND FIELDS

MDCCCLXVIII.



Entered according to Act of Congress, in the year 1856,
by CHARLES T. BROOKS,
In the Clerk's Office of the District Court
of the District of Rhode Island.

UNIVERSITY PRESS:
WELCH, BIGELOW, AND COMPANY,
CAMBRIDGE.




TRANSLATOR'S PREFACE.


Perhaps some apology ought to be given to English scholars, that is, those
who do not know German, for offering another translation to the public.
"""


def test_an_act_of_congress_notice_and_the_printers_imprint_are_left_out(tmp_path: Path) -> None:
    manuscript, _, read = _book(tmp_path, FAUST)
    for heard in ("Congress", "Clerk's Office", "Rhode Island", "UNIVERSITY PRESS", "BIGELOW",
                  "CAMBRIDGE", "TICKNOR", "eighteen sixty-eight"):
        assert heard not in read
    assert "Entered according to Act of Congress" in _left_out(manuscript)
    assert "copyright page" in _left_out(manuscript)
    assert "Perhaps some apology" in read


FAUST_NOTE = FAUST.replace(
    "UNIVERSITY PRESS:\nWELCH, BIGELOW, AND COMPANY,\nCAMBRIDGE.",
    "This edition follows the text of the first, which the translator corrected by hand.",
).replace("Entered according to Act of Congress, in the year 1856,\nby CHARLES T. BROOKS,\n"
          "In the Clerk's Office of the District Court\nof the District of Rhode Island.\n", "")


def test_a_note_to_the_reader_under_the_title_page_stays_read(tmp_path: Path) -> None:
    _, _, read = _book(tmp_path, FAUST_NOTE)
    assert "This edition follows the text of the first" in read


WINSOME = _header("The Rescue of the Princess Winsome", "Annie Fellows Johnston") + """\
_The RESCUE_
_of the_
_PRINCESS WINSOME_


_A FAIRY PLAY FOR OLD AND YOUNG_


BY
ANNIE FELLOWS JOHNSTON


BOSTON
_L. C. PAGE & COMPANY_
1908




_Copyright, 1908_
BY L. C. PAGE & COMPANY
(INCORPORATED)

_All rights reserved_

First Impression, August, 1908


_COLONIAL PRESS_

_Electrotyped and Printed by C. H. Simonds & Co._
_Boston, U.S.A._






_PUBLISHERS' NOTE_


The Princess Winsome, the part taken by the "Little Colonel" in the play,
has shared the popularity of the creator of the rôle.




ACT I.


_The Throne-room of the Palace._ The King and Queen are seated.
"""


def test_a_printers_imprint_under_the_copyright_lines_is_left_out(tmp_path: Path) -> None:
    _, _, read = _book(tmp_path, WINSOME)
    for heard in ("COLONIAL", "Electrotyped", "Simonds", "U.S.A"):
        assert heard not in read
    assert "Publishers' Note".casefold() in read.casefold()  # the note's heading is read
    assert "has shared the popularity" in read


GABRIEL = _header("Ontboezemingen", "Gabriël", "Dutch") + """ELK DEEL IS AFZONDERLIJK VERKRIJGBAAR

GULDENS-EDITIE.

ONTBOEZEMINGEN

DOOR

GABRIËL.

ARNHEM, D. A. THIEME.

DE PRIJS VAN ELK DEEL IS EEN GULDEN.




ONTBOEZEMINGEN,

DOOR

GABRIËL.

ARNHEM,

D. A. THIEME.

1869.

Snelpersdruk van H. C. A. Thieme, te Nijmegen.

AAN ZIJN BROEDER WILLIBALD.
""" + ONTBOEZEMINGEN.split("WILLIBALD.\n", 1)[1]


def test_a_dutch_title_page_set_twice_and_its_printer_are_left_out(tmp_path: Path) -> None:
    manuscript, titles, read = _book(tmp_path, GABRIEL)
    for heard in ("PRIJS", "Prijs", "GULDENS", "Snelpersdruk", "ARNHEM", "Arnhem", "DOOR"):
        assert heard not in read
    assert "AAN ZIJN BROEDER WILLIBALD" in read  # the dedication is read
    assert manuscript.author == "Gabriël"
    assert [t for t in titles if t][-2:] == ["BEREISDE LIEDEN", "AFSCHEID"]


VOLUMES = LETTERS_HEADER + """BEETHOVEN'S LETTERS.

(1790-1826.)

FROM THE COLLECTION OF DR. LUDWIG NOHL.


ALSO HIS

LETTERS TO THE ARCHDUKE RUDOLPH, CARDINAL-ARCHBISHOP
OF OLMÜTZ, K.W., FROM THE COLLECTION OF DR.
LUDWIG RITTER VON KÖCHEL.


TRANSLATED BY
LADY WALLACE.


_WITH A PORTRAIT AND FAC-SIMILE._


IN TWO VOLUMES.

VOL. II.


BOSTON:
OLIVER DITSON & CO., 277 WASHINGTON STREET.




""" + LETTERS[len(LETTERS_HEADER) :]


def test_in_two_volumes_on_the_title_page_is_left_out(tmp_path: Path) -> None:
    _, _, read = _book(tmp_path, VOLUMES)
    assert "IN TWO VOLUMES" not in read and "In Two Volumes" not in read
    assert "OLIVER DITSON" not in read and "Adjutant's innocence" in read


SHEPPARD_FRONT = _header("Jack Sheppard", "William Harrison Ainsworth") + """JACK SHEPPARD

A Romance

BY W. Harrison Ainsworth

1922

"Upon my word, friend," said I, "you have almost made me long to try
what a robber I should make." "There is a great art in it, if you did,"
quoth he.

_Life and Actions of Guzman d'Alfarache._

Printed In Germany

""" + SHEPPARD.split("***\n\n\n\n\n", 1)[1]


def test_a_printers_line_among_the_front_matter_is_left_out(tmp_path: Path) -> None:
    _, _, read = _book(tmp_path, SHEPPARD_FRONT)
    assert "Printed In Germany" not in read
    assert "a great art in it" in read and "Guzman" in read  # the epigraph is read


RED = SHEPPARD_FRONT.replace("Printed In Germany", "Printed in red across the envelope")


def test_a_line_that_opens_like_a_printers_stays_read(tmp_path: Path) -> None:
    _, _, read = _book(tmp_path, RED)
    assert "Printed in red across the envelope" in read


# ---------------------------------------------------------------- 6. authors listed one a line

TWO_AUTHORS = MONTE.replace(
    "Author: Alexandre Dumas\n", "Author: Alexandre Dumas\n        Auguste Maquet\n"
)


def test_the_title_pages_author_of_two_in_the_header_is_credited(tmp_path: Path) -> None:
    manuscript, _, _ = _book(tmp_path, TWO_AUTHORS)
    assert manuscript.author == "Alexandre Dumas"  # not "Alexandre Dumas: Auguste Maquet"


def test_two_authors_in_the_header_unnamed_by_a_page_are_both_credited(tmp_path: Path) -> None:
    text = TWO_AUTHORS.replace("\nAlexandre Dumas\n\nTome I", "\nTome I")
    text = text.replace("Table des matières\n\n\nAlexandre Dumas\n", "Table des matières\n\n\n")
    manuscript, _, _ = _book(tmp_path, text)
    assert manuscript.author == "Alexandre Dumas and Auguste Maquet"


def test_a_headers_subtitle_and_a_wrapped_author_are_joined_as_before(tmp_path: Path) -> None:
    text = SHEPPARD.replace("Title: Jack Sheppard\n", "Title: Jack Sheppard\n       A Romance\n")
    text = text.replace(
        "Author: William Harrison Ainsworth\n",
        "Author: William Harrison Ainsworth and George Cruikshank, with his\n"
        "        Illustrations\n",
    )
    manuscript, _, _ = _book(tmp_path, text)
    assert manuscript.title == "Jack Sheppard: A Romance"
    assert manuscript.author.startswith("William Harrison Ainsworth and George Cruikshank")


def test_door_credits_only_a_dutch_title_pages_author() -> None:
    assert credit("DOOR") == ("author", "")
    assert credit("door Gabriël") == ("author", "Gabriël")
    assert credit("Door to door he went, selling brushes.") is None
    assert credit("Door Number Three") is None


# ---------------------------------------------------------------- 7. a French TABLE at the end

CHAPITRES = [
    ("I", "Marseille.--L'arrivée.", "Le 24 février 1815, la vigie signala le Pharaon."),
    ("II", "Le père et le fils.", "Laissons Danglars à sa haine, et suivons Dantès."),
    ("III", "Les Catalans.", "A cent pas de l'endroit où les deux amis étaient assis, un village."),
    ("IV", "Complot.", "Danglars suivit des yeux Edmond et Mercédès jusqu'au fort."),
]
FIN = MONTE_HEADER + "LE COMTE DE MONTE-CRISTO\n\nPAR\n\nALEXANDRE DUMAS\n\n\n\n\n" + "".join(
    f"{number}\n\n{title}\n\n\n{text}\n\n\n\n\n" for number, title, text in CHAPITRES
) + "TABLE\n\n\n" + "\n".join(f"{number}  {title}" for number, title, _ in CHAPITRES) + "\n"


def test_a_bare_table_at_the_end_naming_the_chapters_in_order_is_left_out(tmp_path: Path) -> None:
    manuscript, _, read = _book(tmp_path, FIN)
    assert read.count("Complot") == 1 and read.count("Les Catalans") == 1
    assert "Complot" in _left_out(manuscript)


TABLE_POEM = FIN.split("TABLE\n")[0] + (
    "TABLE\n\n\nI  La nappe est blanche et bien mise,\nII  Le pain est chaud, le vin est "
    "frais,\nIII  Mon père rit, ma mère dit la prière,\nIV  Et la lampe veille sur nous.\n"
)


def test_a_poem_called_table_with_numbered_lines_at_the_end_stays_read(tmp_path: Path) -> None:
    _, _, read = _book(tmp_path, TABLE_POEM)
    assert "La nappe est blanche" in read and "la lampe veille sur nous" in read


# ---------------------------------------------------------------- 8. a title page under a note

NOTE_THEN_PAGE = _header("Jack Sheppard", "William Harrison Ainsworth") + SHEPPARD_NOTE + """\

English Library

_VOL. XII_

JACK SHEPPARD A Romance

BY W. Harrison Ainsworth

Internationale Bibliothek G M B H Berlin

1922

""" + SHEPPARD_FRONT.split("1922\n\n", 1)[1]


def test_a_title_page_under_a_transcribers_note_and_a_rule_is_left_out(tmp_path: Path) -> None:
    manuscript, _, read = _book(tmp_path, NOTE_THEN_PAGE)
    for heard in ("English Library", "Internationale Bibliothek", "G M B H", "Harrison Ainsworth"):
        assert heard not in read
    assert "Internationale Bibliothek" in _left_out(manuscript)
    assert "a great art in it" in read  # the epigraph under the page is read


NOTE_THEN_POEM = _header("Songs of the Road", "Ellen Marsh") + """\
These songs were written on the road between Bath and Bristol, in the spring
of the year my father died, and I print them as I wrote them then.

---------------------------------

The road goes on beneath the rain,
And every milestone marks a loss;
The carter whistles in the lane,
The ferry waits for us to cross.




CHAPTER I.

The first song is of the morning, when the road was white with frost.
"""


def test_short_lines_under_a_note_and_a_rule_with_no_credit_stay_read(tmp_path: Path) -> None:
    _, _, read = _book(tmp_path, NOTE_THEN_POEM)
    assert "The road goes on beneath the rain" in read and "The ferry waits" in read


# ---------------------------------------------------------------- 9. titles the contents names

def test_a_line_the_contents_names_under_a_bare_number_is_its_title(tmp_path: Path) -> None:
    _, titles, read = _book(tmp_path, MONTE)
    assert titles[:2] == ["I. Marseille.--L'arrivée", "II. Le père et le fils"]
    assert read.count("Le père et le fils") == 1


def test_a_short_first_sentence_under_a_bare_number_stays_the_text(tmp_path: Path) -> None:
    text = MONTE.replace("\n\nLe père et le fils.\n\n\nLaissons", "\n\nIl pleuvait.\n\n\nLaissons")
    _, titles, read = _book(tmp_path, text)
    assert "Il pleuvait" not in " ".join(t or "" for t in titles) and "Il pleuvait." in read


# ---------------------------------------------------------------- 10. the printing history

BEGGAR = _header("The Beggar's Opera", "John Gay") + """\
  The
  BEGGAR'S
  OPERA.


  WRITTEN by Mr. _GAY_.


  To which is Prefixed the
  MUSICK to each SONG.

  _Nos hæc novimus esse nihil._ --MART.


  LONDON:
  William Heinemann
  1921




_To J. G. and to G. L. F., without whom I should have been powerless,
do I dedicate my share in this book. C. L. F._


_Note.-- The Text here given is taken from the edition of 1765. The
scenes have been re-numbered in the modern method._


_First published September 1921_

_New Impression October 1921_




ACT I.

SCENE I. _Peachum's House._

Peachum sitting at a Table with a large Book of Accounts before him.
"""


def test_the_printing_history_among_the_front_matter_is_left_out(tmp_path: Path) -> None:
    manuscript, _, read = _book(tmp_path, BEGGAR)
    assert "First published" not in read and "New Impression" not in read
    assert "Heinemann" not in read
    assert "dedicate my share" in read and "edition of seventeen sixty-five" in read
    assert "New Impression October 1921" in _left_out(manuscript)


def test_a_sentence_that_opens_like_the_printing_history_stays_read(tmp_path: Path) -> None:
    text = BEGGAR.replace(
        "_First published September 1921_", "First published in 1728, it ran long."
    )
    _, _, read = _book(tmp_path, text)
    assert "First published in seventeen twenty-eight, it ran long." in read


# ---------------------------------------------------------------- 11. a list of the plates

PLATES = BEGGAR.replace("_New Impression October 1921_\n", """_New Impression October 1921_




LIST OF THE PLATES

     I. THE BEGGAR                      Frontispiece
    II. MRS. PEACHUM                 To face page  6
   III. POLLY PEACHUM                     "       18
    IV. SCENE: A TAVERN NEAR NEWGATE      "       28
""")


def test_a_list_of_the_plates_with_their_pages_is_left_out(tmp_path: Path) -> None:
    manuscript, _, read = _book(tmp_path, PLATES)
    for heard in ("PLATES", "Frontispiece", "To face page", "TAVERN NEAR NEWGATE"):
        assert heard not in read
    assert "list of illustrations" in _left_out(manuscript)
    assert "Peachum sitting at a Table" in read


PICTURES_POEM = BEGGAR.replace("_New Impression October 1921_\n", """_New Impression October 1921_




PICTURES

A ship upon a silver sea,
A garden where the roses be,
A lantern by the cottage door,
And you beside me, evermore.
""")


def test_a_poem_called_pictures_stays_read(tmp_path: Path) -> None:
    _, _, read = _book(tmp_path, PICTURES_POEM)
    assert "A ship upon a silver sea" in read and "beside me, evermore" in read


# ---------------------------------------------------------------- 12. the volume on its title page

def test_the_volume_its_title_names_is_the_title_pages_line(tmp_path: Path) -> None:
    _, titles, read = _book(tmp_path, VOLUMES)
    assert titles[0] == "216. TO STEINER & CO"  # not "VOL. II. 216. TO STEINER & CO"
    assert not read.startswith("Volume Two")


def test_a_first_volume_heading_under_a_title_without_it_stays(tmp_path: Path) -> None:
    text = VOLUMES.replace(
        "Title: Beethoven's Letters 1790-1826 Vol. 2", "Title: Beethoven's Letters"
    )
    _, titles, _ = _book(tmp_path, text)
    assert titles[0].startswith("VOL. II.")
