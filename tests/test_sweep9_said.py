"""Standard Ebooks' texts (sweep of real EPUBs built from their sources): a withheld
name printed as a three-em dash, and a sum owed, as a narrator says them."""

from __future__ import annotations

from audiobook.text.normalize import to_spoken


def test_a_three_em_dash_for_a_withheld_name_is_blank():
    # Wodehouse's "To ⸻" and "your friend ⸻’s adventures" lost the name's place:
    # "To, with love."
    assert to_spoken("To ⸻, with love.", "en") == "To Blank, with love."
    assert to_spoken("your friend ⸻’s adventures", "en") == "your friend Blank’s adventures"
    # near miss: a two-em dash after a word is a broken-off speech or a pause, as before
    assert "Blank" not in to_spoken("“But Sir——” he began.", "en")


def test_a_sum_due_or_owing_is_money_not_a_kind_of_pound():
    # Pepys's "the £60 due" was "the sixty-pound due"
    assert to_spoken("the £60 due to him", "en") == "the sixty pounds due to him"
    assert to_spoken("the £100 owing", "en") == "the one hundred pounds owing"
    # near miss: a pound note and a debt of so much are still kinds of thing
    assert to_spoken("a £5 note", "en") == "a five-pound note"
    assert to_spoken("the £60 debt", "en") == "the sixty-pound debt"


def test_esquire_and_baronet_keep_a_sentences_end():
    # "Esq." before a capital ended its sentence ("Esquire To be left …" ran on)
    assert to_spoken("John Smith, Esq. To be left till called for.", "en") == (
        "John Smith, Esquire. To be left till called for."
    )
    assert to_spoken("Sir Walter Elliot, Bart., of Kellynch Hall", "en") == (
        "Sir Walter Elliot, Baronet, of Kellynch Hall"
    )
    # near misses: a title going on in its sentence, and a man called Bart
    assert to_spoken("John Smith, Esq., of Bath", "en") == "John Smith, Esquire, of Bath"
    assert to_spoken("Hello, Bart. Come in.", "en") == "Hello, Bart. Come in."


def test_a_clocks_hour_in_roman_numerals_is_said():
    # "the clock struck XII" was left to the voice as letters
    assert to_spoken("the clock struck XII and all was still.", "en") == (
        "the clock struck twelve and all was still."
    )
    assert to_spoken("It was XII o'clock.", "en") == "It was twelve o'clock."
    # near misses: initials after "struck", and a king's numeral, as before
    assert to_spoken("He struck I. M. Smith.", "en") == "He struck I. M. Smith."
    assert to_spoken("Henry VIII was king.", "en") == "Henry the Eighth was king."


def test_a_part_cited_in_lower_case_roman_is_a_number():
    # Standard Ebooks and older notes cite "book i." and "chapter iv.": read as letters
    assert to_spoken("as he says in book i. of the Aeneid", "en") == (
        "as he says in book one of the Aeneid"
    )
    assert to_spoken("see chapter iv., where he", "en") == "see chapter four, where he"
    assert to_spoken("Paradise Lost, book iv. 32", "en") == "Paradise Lost, book four, thirty-two"
    # near misses: no stop after it, and a sentence ending on the part keeps its stop
    assert to_spoken("I went to book i was", "en") == "I went to book i was"
    assert to_spoken("in canto iii. He says", "en") == "in canto three. He says"
