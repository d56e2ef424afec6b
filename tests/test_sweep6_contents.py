"""Contents lists and library notes that escaped the rules in real Project Gutenberg books
(sweep6), in short excerpts of those books: Darwin's "Origin of Species", whose contents
list carries each chapter's argument under its entry; Walden's, whose last entries sit
right over the book's first heading and name a second work ("ON THE DUTY OF CIVIL
DISOBEDIENCE"); a German "Inhalt." with "S. 1" page numbers (Grimm); and the library's
own note on the edition under the title page. Each hit has its near miss: chapters that
open with their argument, a list followed by a section of its own, a page reference in
German prose, a book's own word on its edition, all read as they were."""

from __future__ import annotations

from pathlib import Path

from plainbooks import gutenberg_footer, gutenberg_header, left_out, read_book

_book = read_book
_header = gutenberg_header
_footer = gutenberg_footer
_left_out = left_out


# ---------------------------------------------------------------- 1. entries with their arguments

ORIGIN_TITLE = "On the Origin of Species"

ORIGIN_CONTENTS = """CONTENTS.


  INTRODUCTION


  CHAPTER I.

  VARIATION UNDER DOMESTICATION.

  Causes of Variability--Effects of Habit and the use or disuse of
  Parts--Correlated Variation--Inheritance--Character of Domestic
  Varieties--Principles of Selection, anciently followed, their Effects.


  CHAPTER II.

  VARIATION UNDER NATURE.

  Variability--Individual Differences--Doubtful species--Wide ranging,
  much diffused, and common species, vary most.


  CHAPTER III.

  STRUGGLE FOR EXISTENCE.

  Its bearing on natural selection--The term used in a wide
  sense--Geometrical ratio of increase--Nature of the checks to increase.


  GLOSSARY OF SCIENTIFIC TERMS.


  INDEX.




"""

ORIGIN_CHAPTERS = """INTRODUCTION.

When on board H.M.S. Beagle, as naturalist, I was much struck with
certain facts in the distribution of the organic beings inhabiting South
America, and in the geological relations of the present to the past
inhabitants of that continent.




CHAPTER I. VARIATION UNDER DOMESTICATION.

 Causes of Variability--Effects of Habit and the use and disuse of
 Parts--Correlated Variation--Inheritance.

When we compare the individuals of the same variety or sub-variety of
our older cultivated plants and animals, one of the first points which
strikes us is, that they generally differ more from each other than do
the individuals of any one species or variety in a state of nature.




CHAPTER II. VARIATION UNDER NATURE.

 Variability--Individual differences--Doubtful species.

Before applying the principles arrived at in the last chapter to organic
beings in a state of nature, we must briefly discuss whether these latter
are subject to any variation.




CHAPTER III. STRUGGLE FOR EXISTENCE.

 Its bearing on natural selection--The term used in a wide sense.

Before entering on the subject of this chapter I must make a few
preliminary remarks to show how the struggle for existence bears on
natural selection.
"""

ORIGIN = (
    _header(ORIGIN_TITLE, "Charles Darwin")
    + "ON THE ORIGIN OF SPECIES.\n\nBy Charles Darwin\n\n\n"
    + ORIGIN_CONTENTS
    + ORIGIN_CHAPTERS
    + _footer(ORIGIN_TITLE)
)


def test_contents_with_chapter_arguments_is_left_out(tmp_path: Path) -> None:
    manuscript, titles, read = _book(tmp_path, ORIGIN)
    assert [t.split(".")[0].casefold() for t in titles] == [
        "introduction", "chapter i", "chapter ii", "chapter iii"
    ]
    assert read.count("Doubtful species") == 1  # chapter two's own argument, once
    assert "Wide ranging" not in read and "Glossary" not in read
    assert "Wide ranging" in _left_out(manuscript)
    assert "struck with certain facts" in read and "preliminary remarks" in read


ARGUED_CHAPTERS = """CHAPTER I.

VARIATION UNDER DOMESTICATION.

Causes of Variability--Effects of Habit and the use or disuse of
Parts--Correlated Variation--Inheritance.

When we compare the individuals of the same variety or sub-variety of
our older cultivated plants and animals, one of the first points which
strikes us is, that they generally differ more from each other.


CHAPTER II.

VARIATION UNDER NATURE.

Variability--Individual differences--Doubtful species.

Before applying the principles arrived at in the last chapter to organic
beings in a state of nature, we must briefly discuss whether these latter
are subject to any variation.


CHAPTER III.

STRUGGLE FOR EXISTENCE.

Its bearing on natural selection--The term used in a wide sense.

Before entering on the subject of this chapter I must make a few
preliminary remarks to show how the struggle for existence bears on
natural selection.
"""


def test_chapters_opening_with_their_argument_stay_chapters(tmp_path: Path) -> None:
    for at, contents in enumerate(("", "CONTENTS.\n\nCHAPTER I. Variation under Domestication\n"
                                   "CHAPTER II. Variation under Nature\n"
                                   "CHAPTER III. Struggle for Existence\n\n")):
        text = _header(ORIGIN_TITLE, "Charles Darwin") + contents + ARGUED_CHAPTERS
        _, titles, read = _book(tmp_path / str(at), text + _footer(ORIGIN_TITLE))
        assert [t.split(".")[0].casefold() for t in titles] == [
            "chapter i", "chapter ii", "chapter iii"
        ]
        assert "Doubtful species" in read and "Parts, Correlated Variation" in read
        assert "preliminary remarks" in read


# ------------------------------------------------ 2. Walden's list over its first heading

WALDEN_TITLE = "Walden, and On The Duty Of Civil Disobedience"
WALDEN_FRONT = """WALDEN

and

ON THE DUTY OF CIVIL DISOBEDIENCE

by Henry David Thoreau



"""

WALDEN = """Contents


 WALDEN

 Economy
 Where I Lived, and What I Lived For
 Reading
 Sounds
 Solitude
 Visitors
 The Bean-Field
 The Village
 The Ponds
 Baker Farm
 Higher Laws
 Brute Neighbors
 House-Warming
 Former Inhabitants and Winter Visitors
 Winter Animals
 The Pond in Winter
 Spring
 Conclusion

 ON THE DUTY OF CIVIL DISOBEDIENCE



WALDEN

Economy

When I wrote the following pages, or rather the bulk of them, I lived
alone, in the woods, a mile from any neighbor, in a house which I had
built myself, on the shore of Walden Pond, in Concord, Massachusetts,
and earned my living by the labor of my hands only. I lived there two
years and two months. At present I am a sojourner in civilized life
again.

I should not obtrude my affairs so much on the notice of my readers if
very particular inquiries had not been made by my townsmen concerning
my mode of life, which some would call impertinent, though they do not
appear to me at all impertinent, but, considering the circumstances,
very natural and pertinent. Some have asked what I got to eat; if I did
not feel lonesome; if I was not afraid; and the like. Others have been
curious to learn what portion of my income I devoted to charitable
purposes; and some, who have large families, how many poor children I
maintained. I will therefore ask those of my readers who feel no
particular interest in me to pardon me if I undertake to answer some of
these questions in this book. In most books, the _I_, or first person,
is omitted; in this it will be retained; that, in respect to egotism,
is the main difference. We commonly do not remember that it is, after
all, always the first person that is speaking. I should not talk so
much about myself if there were anybody else whom I knew as well.
Unfortunately, I am confined to this theme by the narrowness of my
experience. Moreover, I, on my side, require of every writer, first or
last, a simple and sincere account of his own life, and not merely what
he has heard of other men’s lives; some such account as he would send
to his kindred from a distant land; for if he has lived sincerely, it
must have been in a distant land to me. Perhaps these pages are more
particularly addressed to poor students. As for the rest of my readers,
they will accept such portions as apply to them. I trust that none will
stretch the seams in putting on the coat, for it may do good service to
him whom it fits.

I would fain say something, not so much concerning the Chinese and
Sandwich Islanders as you who read these pages, who are said to live in
New England; something about your condition, especially your outward
condition or circumstances in this world, in this town, what it is,
whether it is necessary that it be as bad as it is, whether it cannot
be improved as well as not. I have travelled a good deal in Concord;
and everywhere, in shops, and offices, and fields, the inhabitants have
appeared to me to be doing penance in a thousand remarkable ways. What
I have heard of Brahmins sitting exposed to four fires and looking in
the face of the sun; or hanging suspended, with their heads downward,
over flames; or looking at the heavens over their shoulders “until it
becomes impossible for them to resume their natural position, while
from the twist of the neck nothing but liquids can pass into the
stomach;” or dwelling, chained for life, at the foot of a tree; or
measuring with their bodies, like caterpillars, the breadth of vast
empires; or standing on one leg on the tops of pillars,—even these
forms of conscious penance are hardly more incredible and astonishing
than the scenes which I daily witness. The twelve labors of Hercules
were trifling in comparison with those which my neighbors have
undertaken; for they were only twelve, and had an end; but I could
never see that these men slew or captured any monster or finished any
labor. They have no friend Iolas to burn with a hot iron the root of
the hydra’s head, but as soon as one head is crushed, two spring up.




ON THE DUTY OF CIVIL DISOBEDIENCE


I heartily accept the motto,—“That government is best which governs
least;” and I should like to see it acted up to more rapidly and
systematically.

I know that most men think differently from myself; but those whose
lives are by profession devoted to the study of these or kindred
subjects content me as little as any. Statesmen and legislators,
standing so completely within the institution, never distinctly and
nakedly behold it. He well deserves
to be called, as he has been called, the Defender of the Constitution.
There are really no blows to be given by him but defensive ones. He is
not a leader, but a follower. His leaders are the men of ’87. “I have
never made an effort,” he says, “and never propose to make an effort; I
have never countenanced an effort, and never mean to countenance an
effort, to disturb the arrangement as originally made, by which the
various States came into the Union.”

No man with a genius for legislation has appeared in America. They are
rare in the history of the world. For eighteen
hundred years, though perchance I have no right to say it, the New
Testament has been written; yet where is the legislator who has wisdom
and practical talent enough to avail himself of the light which it
sheds on the science of legislation.

"""


def test_short_contents_over_the_first_heading_is_left_out(tmp_path: Path) -> None:
    text = _header(WALDEN_TITLE, "Henry David Thoreau") + WALDEN_FRONT + WALDEN
    manuscript, titles, read = _book(tmp_path, text + _footer(WALDEN_TITLE))
    assert len(titles) == 2
    assert "Conclusion" not in titles[0] and "Economy" in titles[0]
    assert titles[1].casefold() == "on the duty of civil disobedience"
    assert "Conclusion" not in read
    assert "Conclusion" in _left_out(manuscript)


def test_contents_over_a_section_of_its_own_is_read_as_before(tmp_path: Path) -> None:
    walden = WALDEN.replace(
        " ON THE DUTY OF CIVIL DISOBEDIENCE\n\n\n\nWALDEN\n\nEconomy\n\n",
        " ON THE DUTY OF CIVIL DISOBEDIENCE\n\n\n\nPREFACE\n\n",
    )
    text = _header(WALDEN_TITLE, "Henry David Thoreau") + WALDEN_FRONT + walden
    _, titles, read = _book(tmp_path, text + _footer(WALDEN_TITLE))
    assert titles[0] == "PREFACE"  # the list's end is the section's, not the book's first entry
    assert "When I wrote the following pages" in read


# ---------------------------------------------------------------- 3. German "S. n" page numbers

GRIMM_TITLE = "Kinder- und Hausmärchen"
GRIMM = """                              Inhalt.

     Vorrede  . . . . . . . . . . . . . . . . . . . . . . . . . S. III
     1. Der Froschkönig oder der eiserne Heinrich  . . . . . . . S. 1
     2. Katze und Maus in Gesellschaft . . . . . . . . . . . . . S. 5
     3. Marienkind . . . . . . . . . . . . . . . . . . . . . . . S. 8




Vorrede.

Wir finden es wohl, wenn von Sturm oder anderm Unglück, das der Himmel
schickt, eine ganze Saat zu Boden geschlagen wird, daß noch bei
niedrigen Hecken oder Sträuchen, die am Wege stehen, ein kleiner Platz
sich gesichert hat, und einzelne Ähren aufrecht geblieben sind.

Die erste Ausgabe erschien 1812, die zweite 1819; vgl. auch Bd. 3,
S. 405.




1.

Der Froschkönig oder der eiserne Heinrich.


In den alten Zeiten, wo das Wünschen noch geholfen hat, lebte ein König,
dessen Töchter waren alle schön.


2.

Katze und Maus in Gesellschaft.


Eine Katze hatte Bekanntschaft mit einer Maus gemacht.


3.

Marienkind.


Vor einem großen Walde lebte ein Holzhacker mit seiner Frau.
"""


def test_german_contents_with_s_pages_is_left_out(tmp_path: Path) -> None:
    text = _header(GRIMM_TITLE, "Jacob Grimm", "German") + GRIMM + _footer(GRIMM_TITLE)
    manuscript, titles, read = _book(tmp_path, text)
    assert "S. III" not in read and "Seite acht" not in read
    assert "Inhalt" not in read
    assert "S. III" in _left_out(manuscript)
    assert len(titles) == 4 and "Froschkönig" in titles[1]


def test_german_page_reference_in_prose_is_read(tmp_path: Path) -> None:
    text = _header(GRIMM_TITLE, "Jacob Grimm", "German") + GRIMM + _footer(GRIMM_TITLE)
    _, _, read = _book(tmp_path, text)
    assert "Band drei" in read and "Seite vierhundertfünf" in read  # the preface's "Bd. 3, S. 405"


# ------------------------------------------------ 4. the library's note on the edition

ORIGIN_FRONT = """ON THE ORIGIN OF SPECIES.

By Charles Darwin, M.A., F.R.S.,

Sixth London Edition, with all Additions and Corrections.

The 6th Edition is often considered the definitive edition.

Also see Project Gutenberg Etext #1228 for the First Edition.


"""


def test_gutenberg_note_on_the_edition_is_left_out(tmp_path: Path) -> None:
    text = _header(ORIGIN_TITLE, "Charles Darwin") + ORIGIN_FRONT + ORIGIN_CHAPTERS
    manuscript, _, read = _book(tmp_path, text + _footer(ORIGIN_TITLE))
    assert "definitive" not in read and "Etext" not in read
    assert "Etext #1228" in _left_out(manuscript)
    assert "struck with certain facts" in read


def test_books_own_word_on_its_edition_is_read(tmp_path: Path) -> None:
    front = ORIGIN_FRONT.replace(
        "Also see Project Gutenberg Etext #1228 for the First Edition.\n\n", ""
    )
    chapters = ORIGIN_CHAPTERS.replace(
        "inhabitants of that continent.",
        "inhabitants of that continent. See Project Gutenberg Etext #1228 for more.",
    )
    text = _header(ORIGIN_TITLE, "Charles Darwin") + front + chapters
    _, _, read = _book(tmp_path, text + _footer(ORIGIN_TITLE))
    assert "definitive edition" in read  # no library note beside it: the book's own
    assert "Etext" in read  # a chapter's words are the book's
