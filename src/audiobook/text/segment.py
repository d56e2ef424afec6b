"""Stage 2, segment: chapters → utterances the engine speaks, each with its pause.

Paragraphs split into narration and quoted speech (`dialogue.py`), each read
by its voice: a character in the book's `[cast]` speaks in the profile named
there. Then sentences (pysbd, which handles abbreviations, initials, decimals
and quotes); a sentence longer than the engine handles well is split at a
clause boundary, else between words. Every segment carries the pause that
follows it, from `[pauses]` in book.toml. The first chapter opens with the
credits, each chapter with its spoken title, and the last closes with "The end".
"""

from __future__ import annotations

import functools
import logging
import re
import unicodedata
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any, TypeVar

from audiobook.config import BookConfig
from audiobook.errors import AudiobookError, ManuscriptError
from audiobook.models import (
    LINE_BREAK,
    UNKNOWN_AUTHOR,
    Chapter,
    Manuscript,
    Note,
    Paragraph,
    ScriptChapter,
    Segment,
)
from audiobook.text import chinese
from audiobook.text.chinese import is_chinese, is_traditional
from audiobook.text.dialogue import Span, cast_name, dialogue_paragraphs
from audiobook.text.japanese import ruby_base
from audiobook.text.matter import is_the_end
from audiobook.text.normalize import (
    column_dollars,
    dialect,
    dollar_columns,
    hymn_metre,
    metre_line,
    numbered_names,
    numeric_date_order,
    old_pounds,
    spoken_title,
    to_spoken,
)
from audiobook.text.pronounce import book_lexicon
from audiobook.text.tokens import (
    COORDINATE,
    OPENERS,
    RANKS,
    STAGE_POSITION_END,
    STREET_END,
    URL,
    mask,
    small_letter,
    street_ends,
)

# Opening and closing credits in the book's language (English for any other).
CREDITS = {
    "en": (
        "{title}. Written by {author}. Narrated by {narrator}.",
        "The end. {title} was written by {author}, and narrated by {narrator}.",
    ),
    "ru": ("{title}. Автор: {author}. Читает: {narrator}.", "Конец. {title}. Автор: {author}."),
    "de": (
        "{title}. Geschrieben von {author}. Gelesen von {narrator}.",
        "Ende. {title} wurde geschrieben von {author} und gelesen von {narrator}.",
    ),
    "fr": (
        "{title}. Écrit par {author}. Lu par {narrator}.",
        "Fin. {title}, écrit par {author}, lu par {narrator}.",
    ),
    "es": (
        "{title}. Escrito por {author}. Narrado por {narrator}.",
        "Fin. {title}, escrito por {author}, narrado por {narrator}.",
    ),
    "it": (
        "{title}. Scritto da {author}. Letto da {narrator}.",
        "Fine. {title}, scritto da {author}, letto da {narrator}.",
    ),
    "pt": (
        "{title}. Escrito por {author}. Narrado por {narrator}.",
        "Fim. {title}, escrito por {author}, narrado por {narrator}.",
    ),
    "nl": (
        "{title}. Geschreven door {author}. Voorgelezen door {narrator}.",
        "Einde. {title}, geschreven door {author}, voorgelezen door {narrator}.",
    ),
    "pl": ("{title}. Autor: {author}. Czyta: {narrator}.", "Koniec. {title}. Autor: {author}."),
    "sv": (
        "{title}. Skriven av {author}. Uppläst av {narrator}.",
        "Slut. {title}, skriven av {author}, uppläst av {narrator}.",
    ),
    "da": (
        "{title}. Skrevet af {author}. Indlæst af {narrator}.",
        "Slut. {title}, skrevet af {author}, indlæst af {narrator}.",
    ),
    "nb": (
        "{title}. Skrevet av {author}. Innlest av {narrator}.",
        "Slutt. {title}, skrevet av {author}, innlest av {narrator}.",
    ),
    # Finnish, Czech, Hungarian, Romanian and Turkish credit with a label and a colon, as
    # their books and audiobooks do: "by" would decline the name, or agree with its gender
    "fi": (
        "{title}. Kirjailija: {author}. Lukija: {narrator}.",
        "Loppu. {title}. Kirjailija: {author}. Lukija: {narrator}.",
    ),
    "cs": ("{title}. Autor: {author}. Čte: {narrator}.", "Konec. {title}. Autor: {author}."),
    "hu": (
        "{title}. Írta: {author}. Felolvassa: {narrator}.",
        "Vége. {title}. Írta: {author}. Felolvasta: {narrator}.",
    ),
    "ro": (
        "{title}. Autor: {author}. Lectura: {narrator}.",
        "Sfârșit. {title}. Autor: {author}. Lectura: {narrator}.",
    ),
    "tr": (
        "{title}. Yazan: {author}. Seslendiren: {narrator}.",
        "Son. {title}. Yazan: {author}. Seslendiren: {narrator}.",
    ),
}
# An anthology's: its editor, when no author is known.
EDITED_BY = {
    "en": "Edited by", "ru": "Под редакцией", "de": "Herausgegeben von",
    "fr": "Sous la direction de", "es": "Edición de", "it": "A cura di", "pt": "Organização de",
    "nl": "Onder redactie van", "pl": "Pod redakcją", "sv": "Redigerad av",
    "da": "Redigeret af", "nb": "Redigert av", "fi": "Toimittaja:", "cs": "Editor:",
    "hu": "Szerkesztette:", "ro": "Ediție îngrijită de", "tr": "Derleyen:",
}  # fmt: skip
# A translation's: its translator, said after the author in the opening credits, and in
# the closing credits' list of who made the book. Polish and Russian say "Przekład: …" /
# "Перевод: …", which takes the name in the nominative, as their "Autor: …" does.
TRANSLATED_BY = {
    "en": "Translated by", "ru": "Перевод:", "de": "Übersetzt von", "fr": "Traduit par",
    "es": "Traducido por", "it": "Tradotto da", "pt": "Traduzido por", "nl": "Vertaald door",
    "pl": "Przekład:", "sv": "Översatt av", "da": "Oversat af", "nb": "Oversatt av",
    "fi": "Suomennos:", "cs": "Překlad:", "hu": "Fordította:", "ro": "Traducere de",
    "tr": "Çeviren:",
}  # fmt: skip
CLOSING_TRANSLATED = {
    "en": "The end. {title} was written by {author}, translated by {translator}, and "
    "narrated by {narrator}.",
    "ru": "Конец. {title}. Автор: {author}. Перевод: {translator}.",
    "de": "Ende. {title} wurde geschrieben von {author}, übersetzt von {translator} und "
    "gelesen von {narrator}.",
    "fr": "Fin. {title}, écrit par {author}, traduit par {translator}, lu par {narrator}.",
    "es": "Fin. {title}, escrito por {author}, traducido por {translator}, narrado por "
    "{narrator}.",
    "it": "Fine. {title}, scritto da {author}, tradotto da {translator}, letto da {narrator}.",
    "pt": "Fim. {title}, escrito por {author}, traduzido por {translator}, narrado por "
    "{narrator}.",
    "nl": "Einde. {title}, geschreven door {author}, vertaald door {translator}, voorgelezen "
    "door {narrator}.",
    "pl": "Koniec. {title}. Autor: {author}. Przekład: {translator}.",
    "sv": "Slut. {title}, skriven av {author}, översatt av {translator}, uppläst av "
    "{narrator}.",
    "da": "Slut. {title}, skrevet af {author}, oversat af {translator}, indlæst af "
    "{narrator}.",
    "nb": "Slutt. {title}, skrevet av {author}, oversatt av {translator}, innlest av "
    "{narrator}.",
    "fi": "Loppu. {title}. Kirjailija: {author}. Suomennos: {translator}. Lukija: {narrator}.",
    "cs": "Konec. {title}. Autor: {author}. Překlad: {translator}.",
    "hu": "Vége. {title}. Írta: {author}. Fordította: {translator}. Felolvasta: {narrator}.",
    "ro": "Sfârșit. {title}. Autor: {author}. Traducere de {translator}. Lectura: {narrator}.",
    "tr": "Son. {title}. Yazan: {author}. Çeviren: {translator}. Seslendiren: {narrator}.",
}
"""The closing credits of a translation whose author is known."""
# The same when nobody knows the author: the credits say only what is known.
CREDITS_NO_AUTHOR = {
    "en": ("{title}. Narrated by {narrator}.", "The end. {title} was narrated by {narrator}."),
    "ru": ("{title}. Читает: {narrator}.", "Конец. {title}."),
    "de": ("{title}. Gelesen von {narrator}.", "Ende. {title} wurde gelesen von {narrator}."),
    "fr": ("{title}. Lu par {narrator}.", "Fin. {title}, lu par {narrator}."),
    "es": ("{title}. Narrado por {narrator}.", "Fin. {title}, narrado por {narrator}."),
    "it": ("{title}. Letto da {narrator}.", "Fine. {title}, letto da {narrator}."),
    "pt": ("{title}. Narrado por {narrator}.", "Fim. {title}, narrado por {narrator}."),
    "nl": ("{title}. Voorgelezen door {narrator}.", "Einde. {title}, voorgelezen door {narrator}."),
    "pl": ("{title}. Czyta: {narrator}.", "Koniec. {title}."),
    "sv": ("{title}. Uppläst av {narrator}.", "Slut. {title}, uppläst av {narrator}."),
    "da": ("{title}. Indlæst af {narrator}.", "Slut. {title}, indlæst af {narrator}."),
    "nb": ("{title}. Innlest av {narrator}.", "Slutt. {title}, innlest av {narrator}."),
    "fi": ("{title}. Lukija: {narrator}.", "Loppu. {title}. Lukija: {narrator}."),
    "cs": ("{title}. Čte: {narrator}.", "Konec. {title}."),
    "hu": ("{title}. Felolvassa: {narrator}.", "Vége. {title}. Felolvasta: {narrator}."),
    "ro": ("{title}. Lectura: {narrator}.", "Sfârșit. {title}. Lectura: {narrator}."),
    "tr": ("{title}. Seslendiren: {narrator}.", "Son. {title}. Seslendiren: {narrator}."),
}


def credits(manuscript: Manuscript, narrator: str) -> tuple[str, str]:
    """The opening and closing credits, naming the author only when one is known, and
    else an anthology's editor ("Lanterns at Low Tide. Edited by Harriet Vell."). Who
    else made the book is said after the author, as audiobook publishers credit them: an
    editor ("Written by Henry Askew. Edited by Margaret Askew.", a diary's or letters'
    editor) and a translator ("Translated by Mary Hale.", "Translated by the author." for
    a self-translation), each once: an editor who is the author or the translator is
    not named again. The closing credits name the translator too."""
    author = manuscript.author.strip()
    known = author not in ("", UNKNOWN_AUTHOR)
    if is_chinese(manuscript.language):  # said in the book's form of the characters
        sample = _opening_text(manuscript, 200)
        return chinese.credits(
            manuscript.title, author if known else "", narrator,
            translator=manuscript.translator.strip(), editor=manuscript.editor.strip(),
            self_translated=manuscript.self_translated,
            traditional=is_traditional(manuscript.language, manuscript.title + sample),
        )  # fmt: skip
    table = CREDITS if known else CREDITS_NO_AUTHOR
    language = manuscript.language.split("-")[0].lower()
    if language == "sr" and _in_latin_letters(manuscript):
        language = "sr-latn"  # a Serbian book in Latin letters is credited in them
    language = language if language in table else "en"
    opening, closing = table[language]
    translator = manuscript.translator.strip()
    editor = manuscript.editor.strip()
    # only the book's own words make it a self-translation (ingest reads them), never a
    # translator who has the author's name (a Gutenberg header naming him as the author)
    self_translated = manuscript.self_translated
    said = []  # said before the narrator's credit, which ends every opening
    ja = language == "ja"  # Japanese stops with 。 and sets no space between sentences
    if known and editor and editor.casefold() not in (author.casefold(), translator.casefold()):
        said.append(f"{EDITED_BY[language]}{{editor}}。" if ja
                    else f"{EDITED_BY[language]} {{editor}}.")  # fmt: skip
    if self_translated:
        said.append(_BY_THE_AUTHOR[language])
    elif translator:
        said.append(f"{TRANSLATED_BY[language]}{{translator}}。" if ja
                    else f"{TRANSLATED_BY[language]} {{translator}}.")  # fmt: skip
        closing = CLOSING_TRANSLATED[language] if known else closing
    if said:
        if ja:  # before the narrator's credit, the last sentence of the opening
            head, narrated = opening.removesuffix("。").rsplit("。", 1)
            opening = f"{head}。{''.join(said)}{narrated}。"
        else:
            head, narrated = opening.rsplit(". ", 1)
            opening = f"{head}. {' '.join(said)} {narrated}"
    author, translator, editor = (_names_said(n, language) for n in (author, translator, editor))
    title = _title_said(manuscript.title, language)
    fields = {"title": title, "author": author, "narrator": narrator,
              "translator": translator, "editor": editor}  # fmt: skip
    opening, closing = opening.format(**fields), closing.format(**fields)
    if not known and editor:
        edited = f"{EDITED_BY[language]} {editor}."
        opening = opening.replace(f"{title}. ", f"{title}. {edited} ", 1)
    # "Put It Up!", not "Put It Up!."; "Written by John Smith, Jr.", not "Jr.."
    return _DOUBLED_STOP.sub(r"\1", opening), _DOUBLED_STOP.sub(r"\1", closing)


def _opening_text(manuscript: Manuscript, paragraphs: int) -> str:
    """The text of the book's opening (its first chapters' first paragraphs): enough to
    tell the letters it is written in, without reading a long book whole."""
    return "".join(p.text for ch in manuscript.chapters[:3] for p in ch.paragraphs[:paragraphs])


def _in_latin_letters(manuscript: Manuscript) -> bool:
    """Is the book written in Latin letters rather than Cyrillic (Serbian writes both)?"""
    if "latn" in manuscript.language.lower():
        return True
    sample = manuscript.title + _opening_text(manuscript, 100)
    cyrillic = sum("\u0400" <= c <= "\u04ff" for c in sample)
    latin = sum((c.isascii() and c.isalpha()) or c in "čćđšžČĆĐŠŽ" for c in sample)
    return latin > cyrillic


_VOLUME_NOTE = re.compile(r"\s*\(of \d+\)(?=\W*$)", re.IGNORECASE)
"""Project Gutenberg's English note on a volume's title, "Volume 2 (of 5)", "Nº2 (of 12)"."""


def _title_said(title: str, language: str) -> str:
    """The title as the credits say it: a book in another language than English drops
    the library's English "(of 12)", which would be read half in English ("Nº2 (of
    doze)"); an English book keeps it ("Volume Two (of five)")."""
    return title if language == "en" else _VOLUME_NOTE.sub("", title)


AND = {
    "en": "and", "ru": "и", "de": "und", "fr": "et", "es": "y", "it": "e", "pt": "e",
    "nl": "en", "pl": "i", "sv": "och", "da": "og", "nb": "og", "fi": "ja", "cs": "a",
    "hu": "és", "ro": "și", "tr": "ve",
}  # fmt: skip
"""The word that joins the last two of several names, in each credits language."""
_NAMES_AND = re.compile(r"(?<=\S) and (?=[^\W\d_])")


def _names_said(names: str, language: str) -> str:
    """Several names as the credits say them in `language`: the readers join a book's
    authors as "Jacob Grimm and Wilhelm Grimm" (`readers.base.join_names`), which a German
    narrator says "Jacob Grimm und Wilhelm Grimm". Spanish "y" is "e" before an "i" sound."""
    if language == "en" or " and " not in names:
        return names

    def said(m: re.Match[str]) -> str:
        word = AND[language]
        if language == "es" and re.match(r"(?i)h?i(?![aeiouáéó])", names[m.end() :]):
            word = "e"
        return f" {word} "

    return _NAMES_AND.sub(said, names)


_BY_THE_AUTHOR = {
    "en": "Translated by the author.", "ru": "Перевод автора.", "de": "Vom Autor übersetzt.",
    "fr": "Traduit par l’auteur.", "es": "Traducido por el autor.",
    "it": "Tradotto dall’autore.", "pt": "Traduzido pelo autor.",
    "nl": "Vertaald door de auteur.", "pl": "Przekład autora.",
    "sv": "Översatt av författaren.", "da": "Oversat af forfatteren.",
    "nb": "Oversatt av forfatteren.", "fi": "Kirjailijan oma suomennos.",
    "cs": "Překlad autora.", "hu": "A szerző fordítása.", "ro": "Traducerea autorului.",
    "tr": "Yazarın kendi çevirisi.",
}  # fmt: skip
"""A self-translation's credit ("Translated by the author"), said after the author's."""

# Credits in languages of other scripts, each in its own words and read by its own voice
# (English words there would be read by the English voice): label and colon, as the
# Russian credits are, since "by" would decline the name.
_SCRIPT_CREDITS = {  # language: (author label, narrator label, the end, edited, translated,
    #                            "and", translated by the author)
    "uk": ("Автор:", "Читає:", "Кінець", "За редакцією", "Переклад:", "і", "Переклад автора."),
    "bg": ("Автор:", "Чете:", "Край", "Под редакцията на", "Превод:", "и", "Превод на автора."),
    "sr": ("Аутор:", "Чита:", "Крај", "Уредник:", "Превод:", "и", "Превод аутора."),
    "el": ("Συγγραφέας:", "Αφήγηση:", "Τέλος", "Επιμέλεια:", "Μετάφραση:", "και",
           "Μετάφραση του συγγραφέα."),
    "ar": ("تأليف:", "قراءة:", "النهاية", "تحرير:", "ترجمة:", "و", "ترجمة المؤلف."),
    "fa": ("نویسنده:", "راوی:", "پایان", "ویراستار:", "مترجم:", "و", "ترجمهٔ نویسنده."),
    "he": ("מאת:", "קריינות:", "סוף", "עריכה:", "תרגום:", "וגם", "תרגום המחבר."),
    "hi": ("लेखक:", "वाचक:", "समाप्त", "संपादक:", "अनुवादक:", "और", "लेखक द्वारा अनूदित."),
    "ko": ("지은이:", "낭독:", "끝", "엮은이:", "옮긴이:", "그리고", "저자 직접 번역."),
    "th": ("ผู้เขียน:", "ผู้อ่าน:", "จบ", "บรรณาธิการ:", "ผู้แปล:", "และ", "ผู้เขียนแปลเอง."),
    "mk": ("Автор:", "Чита:", "Крај", "Уредник:", "Превод:", "и", "Превод на авторот."),
    "be": ("Аўтар:", "Чытае:", "Канец", "Рэдактар:", "Пераклад:", "і", "Пераклад аўтара."),
    "hy": ("Հեղինակ՝", "Ընթերցող՝", "Վերջ", "Խմբագիր՝", "Թարգմանիչ՝", "և",
           "Հեղինակի թարգմանություն։"),
    "ka": ("ავტორი:", "კითხულობს:", "დასასრული", "რედაქტორი:", "მთარგმნელი:", "და",
           "ავტორის თარგმანი."),
    "am": ("ደራሲ፦", "ተራኪ፦", "መጨረሻ", "አርታኢ፦", "ተርጓሚ፦", "እና", "የደራሲው ትርጉም።"),
    "bn": ("লেখক:", "পাঠক:", "সমাপ্ত", "সম্পাদক:", "অনুবাদক:", "ও", "লেখকের নিজের অনুবাদ।"),
    # Serbian written in Latin letters, and its neighbours, which write only them
    "sr-latn": ("Autor:", "Čita:", "Kraj", "Urednik:", "Prevod:", "i", "Prevod autora."),
    "hr": ("Autor:", "Čita:", "Kraj", "Urednik:", "Prijevod:", "i", "Autorov prijevod."),
    "bs": ("Autor:", "Čita:", "Kraj", "Urednik:", "Prijevod:", "i", "Autorov prijevod."),
    "sl": ("Avtor:", "Bere:", "Konec", "Urednik:", "Prevod:", "in", "Avtorjev prevod."),
}  # fmt: skip
for _lang, (_by, _read, _end, _edited, _translated, _and, _self) in _SCRIPT_CREDITS.items():
    CREDITS[_lang] = (
        f"{{title}}. {_by} {{author}}. {_read} {{narrator}}.",
        f"{_end}. {{title}}. {_by} {{author}}. {_read} {{narrator}}.",
    )
    CREDITS_NO_AUTHOR[_lang] = (
        f"{{title}}. {_read} {{narrator}}.", f"{_end}. {{title}}. {_read} {{narrator}}."
    )
    CLOSING_TRANSLATED[_lang] = (
        f"{_end}. {{title}}. {_by} {{author}}. {_translated} {{translator}}. "
        f"{_read} {{narrator}}."
    )
    EDITED_BY[_lang], TRANSLATED_BY[_lang], AND[_lang] = _edited, _translated, _and
    _BY_THE_AUTHOR[_lang] = _self


_DOUBLED_STOP = re.compile(r"([!?…]|(?<!\.)\.)\.(?=\s|$)")
"""A credits template's stop after a title or name that ends with its own mark."""


# How a narrator introduces notes ([notes] mode): a chapter's notes, and one note.
NOTES_INTRO = {
    "en": ("Notes to {title}.", "Note {label}."),
    "ru": ("Примечания к разделу «{title}».", "Примечание {label}."),
    "de": ("Anmerkungen: {title}.", "Anmerkung {label}."),
    "fr": ("Notes : {title}.", "Note {label}."),
    "es": ("Notas: {title}.", "Nota {label}."),
    "it": ("Note: {title}.", "Nota {label}."),
    "pt": ("Notas: {title}.", "Nota {label}."),
    "nl": ("Noten: {title}.", "Noot {label}."),
    "pl": ("Przypisy: {title}.", "Przypis {label}."),
}
"""Said before a chapter's notes, and before each note. Where a language declines the
title after a preposition ("zum ersten Kapitel"), a colon says it without declining."""

# Japanese credits, short as its audiobooks give them: 作 (written by), 朗読 (read by),
# 翻訳 (translated by), 編集 (edited by); おわり (the end) opens the closing ones
CREDITS["ja"] = (
    "{title}。作、{author}。朗読、{narrator}。",
    "おわり。{title}。作、{author}。朗読、{narrator}。",
)
CREDITS_NO_AUTHOR["ja"] = ("{title}。朗読、{narrator}。", "おわり。{title}。朗読、{narrator}。")
CLOSING_TRANSLATED["ja"] = "おわり。{title}。作、{author}。翻訳、{translator}。朗読、{narrator}。"
EDITED_BY["ja"], TRANSLATED_BY["ja"], AND["ja"] = "編集、", "翻訳、", "と"
_BY_THE_AUTHOR["ja"] = "著者自身による翻訳。"
NOTES_INTRO["ja"] = ("{title}の注。", "注{label}。")

MAX_SEGMENT_CHARS = 300  # espeak speaks longer text fine, but shorter segments retry cheaply

_WORD = re.compile(r"[^\W_]+")  # letters and digits: a lone "_" is not a word anyone says
_SENTENCE_END = re.compile(r"[.!?…。！？][\"'”’»«“‹›)\]*_」』）]*$")  # German closes with « and “
_LETTER_TITLE = re.compile(r"^\s*([A-Z])\.?\s*$")


def lettered_titles(titles: list[str]) -> set[int]:
    """The chapters titled by a letter alone in a book whose chapters run A, B, C… (a
    dictionary, a glossary, a gazetteer): their "C", "D", "I", "X" are letters, said as
    the letter, never as Roman numerals ("One Hundred."). Three such titles at least,
    each letter once, two of them no Roman numeral ("A", "Q"); "I", "V", "X" alone are
    a book's numbers."""
    found = [(i, m[1]) for i, t in enumerate(titles) if (m := _LETTER_TITLE.match(t or ""))]
    letters = [letter for _, letter in found]
    if len(found) < 3 or len(set(letters)) != len(letters):
        return set()
    if sum(letter not in "IVXLCDM" for letter in letters) < 2:
        return set()
    return {i for i, _ in found}


_SECTION_NUMBER = re.compile(r"^\s*(?:[IVXLC]{2,}\.?|[IVXLC]\.|[0-9]{1,3}\.)\s*$")
"""A paragraph that is only a section's number ("II.", "IV", "3."), as a story's parts are
numbered inside its chapter: said as a number ("Two."), as a chapter's number is. A bare
"I" is one too, where a "II" follows it in the chapter: alone it could be the pronoun."""


def _signature_initials(paragraphs: tuple[Paragraph, ...]) -> set[int]:
    """A letter signed with one initial ("V.", "M.", "X."), alone at the chapter's end or
    before a "P.S.": the writer's initial, said as a letter; not a section's number "Five",
    which has other numbered sections in its chapter."""
    numbers = [i for i, p in enumerate(paragraphs) if _SECTION_NUMBER.match(p.text)]
    if len(numbers) != 1 or not re.fullmatch(r"\s*[IVXLCDM]\.\s*", paragraphs[numbers[0]].text):
        return set()
    after = paragraphs[numbers[0] + 1].text.lstrip() if numbers[0] + 1 < len(paragraphs) else ""
    return set(numbers) if numbers[0] > 0 and (not after or _POSTSCRIPT.match(after)) else set()


_POSTSCRIPT = re.compile(r"P\.\s?P?\.?\s?S\.|PS\b")
_METRE_INITIALS = re.compile(r"\s*[LCS]\.M\.\s*")
_LISTED_C = re.compile(r"\s*\([cC]\)(?=\s)")
"""A piece opening "(c)": the third item of a lettered list when an "(a)"/"(b)" item comes
before it (`_LISTED_B`), said as its letter ("(c) 2019 J. Okafor" under "(b) 2018 B. Lee"),
never "copyright" as a copyright line's "(c) 2019 J. Okafor" is."""
_CHORUS_CUE = re.compile(r"\s*(?:[—–]|--)?\s*(?:Cho|Chor)\.\s*")
"""A piece that is "Cho." alone: a song's cue to sing the chorus when it ends its line or
opens a line in a chapter with verse (lines kept as printed); cut from a prose chapter's
"Cho. Lin, the cook, …" by the sentence split, it is the name, said as written, never
"Chorus"."""
_LISTED_B = re.compile(r"(?<![\w)])\([bB]\)\s")
_LINE_DASH = re.compile(r"(?<=[^\W_])[ \t]*(?:[—―⸺]|–|-{2,})[ \t]*$")
"""A dash ending a line of verse whose sentence goes on in the next ("…volume of forgotten
lore—" / "While I nodded, …"): said as a comma, a breath with the voice held up, where
a dash at the end of what is said is a sentence broken off and falls as a full stop."""
"""Initials that a hymnal prints as a metre ("L.M.", "C.M."): `_signed_metres` says where
they sign a letter."""


MIN_METRES = 2
"""Metres a chapter prints before it is a hymnal's (`hymn_metre`)."""


def _signed_metres(paragraphs: tuple[Paragraph, ...]) -> set[int]:
    """A letter signed "L.M." or "C.M.": alone at the chapter's end, before a "P.S." or
    after the letter's closing ("Yours ever,"). The writer's initials, said as written, not
    "Long Metre", which heads a hymn before its verses."""
    signed = set()
    for i, paragraph in enumerate(paragraphs):
        if not _METRE_INITIALS.fullmatch(paragraph.text):
            continue
        after = paragraphs[i + 1].text.lstrip() if i + 1 < len(paragraphs) else ""
        closing = i > 0 and paragraphs[i - 1].text.rstrip().endswith(",")
        if not after or _POSTSCRIPT.match(after) or closing:
            signed.add(i)
    return signed


@functools.cache
def _segmenter(language: str):  # type: ignore[no-untyped-def]
    import pysbd
    from pysbd.languages import LANGUAGE_CODES
    from pysbd.utils import TextSpan

    class Segmenter(pysbd.Segmenter):
        """pysbd's segmenter, its sentences found back in the text without a regex each.

        pysbd locates every sentence it made by compiling the sentence itself
        (escaped, plus trailing whitespace) into a regular expression and
        searching the paragraph from its start (here: from the last sentence's
        end). Each pattern is used once, so the `re` module's cache only
        thrashes: a quarter of the time of reading a book. `str.find` does the
        same search; the spans are the same (`tests/test_segment.py` holds it
        to pysbd's own on real books).
        """

        def sentences_with_char_spans(self, sentences):  # type: ignore[no-untyped-def]
            text, spans, prior = self.original_text, [], 0
            for sent in sentences:
                # A match ending past `prior` ends its sentence past the last word before
                # `prior`, so the search starts there, not at 0: a paragraph of 50,000
                # like pieces ("a . a . a .") is searched once, not once a piece.
                back = prior
                while back > 0 and text[back - 1].isspace():
                    back -= 1
                pos = max(0, back - len(sent))
                while (start := text.find(sent, pos)) >= 0:
                    end = start + len(sent)
                    while end < len(text) and text[end].isspace():
                        end += 1
                    if end > prior:
                        spans.append(TextSpan(text[start:end], start, end))
                        prior = end
                        break
                    pos = end if end > start else end + 1
            return spans

    code = language.split("-")[0].lower()
    code = _SEGMENTED_AS.get(code, code)
    return Segmenter(language=code if code in LANGUAGE_CODES else "en", clean=False)


_SEGMENTED_AS = {
    "ar": "fa", "uk": "ru", **dict.fromkeys(("bn", "ne", "sa", "pa", "as", "or", "gu"), "hi")
}  # fmt: skip
"""Languages cut into sentences by another's rules in pysbd: Arabic by the Persian ones
(pysbd's Arabic ends a sentence at every "،" and ":", of which Arabic prose has many);
Indic languages pysbd lacks by the Hindi ones, which end one at the danda "।"; Ukrainian
by the Russian ones, which know the Cyrillic abbreviations both write ("в р. 1856", "с.
Ясениця", "проф. Огоновського"), where the English ones cut after each."""
_DANDA_END = re.compile(r"[।॥]+[\"'”’»)\]]*\s+(?=\S)")
"""A danda's sentence end inside a piece, where the Hindi rules read on ("॥", or a
language they were not written for)."""
_COLON_END = re.compile(r":\s*$")


def _script_sentences(found: list[str], language: str) -> list[str]:
    """pysbd's sentences as a narrator of the language reads them: in Arabic and
    Persian a colon leads into what follows ("فقال حسن: «يا سيدي…»"), one sentence; in an
    Indic language every danda ends one."""
    code = language.split("-")[0].lower()
    if code in ("ar", "fa", "ur"):
        joined: list[str] = []
        for piece in found:
            if joined and _COLON_END.search(joined[-1]):
                joined[-1] += piece
            else:
                joined.append(piece)
        return joined
    if code in _SEGMENTED_AS or code in ("hi", "mr"):
        return [
            piece[a:b] for piece in found
            for cuts in [[m.end() for m in _DANDA_END.finditer(piece)]]
            for a, b in zip([0, *cuts], [*cuts, len(piece)], strict=True) if piece[a:b]
        ]  # fmt: skip
    return found


def sentences(paragraph: str, language: str = "en") -> list[str]:
    """Split a paragraph into sentences without losing or reordering a character.

    A piece with no letter or digit in it is never a sentence of its own: it is
    the closing mark of a quotation nested in the same marks (“… “bee,” but it
    all came different!” — pysbd ends the sentence at "!" and leaves the last
    mark alone), or a dash or an ellipsis. It stays with the words before it,
    or, at the start of the paragraph, with the words after it.

    Every word is kept whole: where pysbd's pieces would cut one (it can, next to
    spaced dot leaders: "II. / I. / I. The House . . . . . . 1"), the paragraph is
    cut more simply, after a stop and the space after it, so one odd paragraph
    never stops the book at the word audit.
    """
    masked = mask(paragraph, language)  # web addresses, "Fig. 3", "e.g." … are never cut
    masked = _rows_masked(paragraph, masked)  # nor a table's row ("| 2 | Rest day. |")
    corners = "」" in masked or "』" in masked
    if corners and language.split("-")[0].lower() not in ("ja", "zh", "ko"):
        masked = masked.translate(_CORNER_QUOTES)  # 「Yes.」 in English: quotes, one for one
    parts = []
    for chunk in _chunks(masked):
        seen = _unitalicised(chunk)  # "_B. Franklin_" as "B. Franklin"
        found = _segmenter(language).segment(seen)
        if "".join(found) != seen:
            seen = chunk
            found = _segmenter(language).segment(seen)
        if "".join(found) != seen:  # pysbd promises this with clean=False; hold it to it
            found = re.findall(r"[^.!?…]+(?:[.!?…]+[\"'”’)\]]*\s*|$)", seen) or [seen]
        found = _script_sentences(_numbers_kept(found), language)
        parts.extend(_openers_on(chunk, found))
    parts = [piece for part in parts for piece in _cut_where_sentences_end(part)]
    if language.split("-")[0].lower() == "ja":
        parts = [piece for part in parts for piece in _JA_QUOTE_END.split(part) if piece]
    elif "」" in paragraph or "』" in paragraph:
        parts = [piece for part in parts for piece in _QUOTED_END.split(part) if piece]
    said = _joined(paragraph, parts)
    if [w for sentence in said for w in words(sentence)] != words(paragraph):
        said = _joined(paragraph, _STOP_SPLIT.findall(masked) or [masked])
    return said


_BAR_ROW = re.compile(
    rf"(?:^|(?<={LINE_BREAK}))[ \t]*\|[ \t][^\n{LINE_BREAK}]*[ \t]\|[ \t]*(?={LINE_BREAK}|$)"
)
"""A row of a table drawn with bars, on a line of its own, as `normalize` reads one
(its `_TABLE_ROW`): a plain-text book's, or one `plaintext._column_tables` drew."""
_ROW_STOP = re.compile(r"[.!?…]")


def _rows_masked(paragraph: str, masked: str) -> str:
    """`masked` (the paragraph's `mask`) with the stops inside each table row hidden: a
    cell ending "Rest day." ends no sentence, which would cut the row from its closing
    bar, so that its bars were said and the rows ran together; rows are read one a line
    (`_pieces`), a row whole, as a row with no stop in it is."""
    if "|" not in paragraph:
        return masked
    chars = list(masked)
    for row in _BAR_ROW.finditer(paragraph):
        for stop in _ROW_STOP.finditer(paragraph, row.start(), row.end()):
            chars[stop.start()] = "x"
    return "".join(chars)


_ITEM_NUMBER = re.compile(r"^(\d{1,3}\.\s+)(?=\S)")
_TAKES_A_NUMBER = re.compile(
    r"\b(?:by|of|to|from|than|at|times|plus|minus|into|over|under|per|equals|is|was|are"
    r"|were|about|around|nearly|exactly|only|between|until|step|page|chapter|rule|item)$",
    re.IGNORECASE,
)
"""A word a figure completes ("multiply by 3", "turn to page 12"): a figure after it is
its sentence's end, not a list's next number."""


def _numbers_kept(found: list[str]) -> list[str]:
    """pysbd's pieces with a figure ending a sentence given back to it: pysbd takes a
    "3." after a list's "2." for the next item's number and cuts before it ("2. Multiply
    by" / "3. That is your first target."), but after a word the figure completes
    ("by", "to", "page") it ends that sentence ("2. Multiply by 3." / "That is your
    first target."). A list run into one line ("1. Buy flour 2. Buy eggs") is cut
    as before."""
    kept: list[str] = []
    for piece in found:
        number = _ITEM_NUMBER.match(piece)
        if kept and number and _TAKES_A_NUMBER.search(kept[-1].rstrip()) and piece[
            number.end() :
        ].strip():
            kept[-1] += number[0]
            piece = piece[number.end() :]
        kept.append(piece)
    return kept


_QUOTED_END = re.compile(r"(?<=[。！？!?…][」』])(?=[^\s」』）)，、。！？])")
"""A Chinese or Japanese quotation closed after its sentence's stop, with words after it
(「…天下豪傑。」玄德大喜。): a sentence ends there, as after “…?” in English."""


_JA_QUOTE_END = re.compile(r"(?<=[。！？!?][」』])(?=[^とっ、，。！？」』）)])")
"""A Japanese sentence that ends inside its quotation (「うん。」彼は立った。): the next
sentence starts after the closing mark, unless the quotation is the object of what
follows (「行こう！」と言った, 「うん。」って)."""


_ITALIC_OPEN = re.compile(r"(?<![\w_])_(?=[^\W\d_])")
"""Project Gutenberg's opening italics mark glued to a word: pysbd is shown a space in
its place (the same length, so its pieces still fit the text), for it knows initials
("B. Franklin", "E. L. B.") only after a space, and cut "Printed by _B. Franklin_ and
_H. Meredith_" after each initial."""


def _unitalicised(chunk: str) -> str:
    """`chunk` with a space for each italics' opening mark but one that opens it: pysbd
    drops the spaces that open a text, and its pieces would no longer fit it."""
    lead = len(chunk) - len(chunk.lstrip())
    return _ITALIC_OPEN.sub(lambda m: " " if m.start() > lead else m.group(), chunk)


def _openers_on(chunk: str, found: list[str]) -> list[str]:
    """`chunk` in the lengths of `found`, pysbd's pieces of it with its italics' opening
    marks as spaces; a piece that ends with such a mark gives it to the word it opens,
    in the next ("He left. _Now_ she came": not "He left. _" / "Now_ she came")."""
    pieces, at, carry = [], 0, ""
    for piece in found:
        real, at = carry + chunk[at : at + len(piece)], at + len(piece)
        opener = _TRAILING_OPENER.search(real)
        carry = opener.group() if opener and at < len(chunk) else ""
        pieces.append(real[: len(real) - len(carry)])
    return [piece for piece in pieces if piece]


_CORNER_QUOTES = str.maketrans("「」『』", "“”“”")
"""Corner brackets in a book not in Chinese, Japanese or Korean (a translation that kept
them: 「Yes.」 and 『Never.』) are its quotation marks (`scripts` makes them “” and ‘’): a
sentence ends after the closing one, as after ”, never before it."""

_TRAILING_OPENER = re.compile(r"(?<![\w_])_+$")


_STOP_SPLIT = re.compile(r".*?[.!?…]+[\"'”’)\]]*(?:\s+|$)|.+", re.DOTALL)
"""A paragraph cut after each stop that a space or its end follows, never inside a word:
the split used where pysbd's would lose one."""


def _joined(paragraph: str, parts: list[str]) -> list[str]:
    """`paragraph` in the lengths of `parts` (found in its masked text), each piece with
    no letter or digit joined to a sentence beside it (see `sentences`)."""
    at = 0
    for i, part in enumerate(parts):  # the pieces of the real text, character for character
        parts[i], at = paragraph[at : at + len(part)], at + len(part)
    joined: list[str] = []
    lead = ""
    for part in parts:
        closing = _LEADING_CLOSERS.match(part)
        if closing and joined and not joined[-1][-1:].isspace():
            joined[-1] += closing.group()  # "…different!” Alice replied": the mark is hers
            part = part[closing.end() :]
        if not speakable(part):
            if joined:
                joined[-1] += part
            else:
                lead += part
            continue
        if joined and _OPTION_ON.match(part) and not joined[-1].endswith(LINE_BREAK):
            joined[-1] += part  # "Ans. (b)": the answer's letter
            continue
        if joined and _EQUATED.match(part):
            joined[-1] += part  # "1 lb. = 16 oz.": an equation goes on past the unit's dot
            continue
        if joined and (_COMMA_ON.match(part) or (
            _DASHED_ON.match(part) and joined[-1].rstrip()[-1:] in ("!", "?", "…")
        )):
            joined[-1] += part  # "teeth.), the first", "Un re!—diranno subito": one sentence
            continue
        if joined and _TAG_AFTER.match(part) and _ASKED.search(joined[-1]):
            joined[-1] += part  # “What debt?” said Adam: one sentence, as a narrator says it
            continue
        if joined and joined[-1][-1:] in ("'", "’") and _CLITIC.match(part):
            joined[-1] += part  # "L. of G.’s Purport": pysbd cut the word "G.’s" after "’"
            continue
        if len(joined) == 1 and _HEAD_NUMBER.fullmatch(joined[0]) and _titled(part):
            joined[-1] += part  # "II." / "Compound Sentences": a minor heading's number
            continue
        if joined and _GIVEN_SHORT.search(joined[-1]) and _surname_on(part):
            joined[-1] += part  # "came Mrs. The. Turner and Madam Morrice": one sentence
            continue
        if joined and _QUESTION_END.search(joined[-1]) and _goes_on_small(part):
            joined[-1] += part  # "— Qui est là? demanda-t-il": the tag is the question's
            continue
        if joined and _ko_quotative(joined[-1], part):
            joined[-1] += part  # "얼마예요?"라고 물었다: the quotation is the verb's object
            continue
        joined.append(lead + part)
        lead = ""
    if lead and joined:
        joined[-1] += lead
    elif lead:
        joined.append(lead)
    return [p.strip() for p in joined if p.strip()]


PYSBD_CHUNK = 2000
"""pysbd's time grows with the square of a paragraph's length and more (a 100 KB paragraph,
a scan with no blank lines, took 13 s, 400 KB nearly three minutes): a longer paragraph is
handed to it in pieces of about this many characters, cut where a sentence surely ends."""
_SURE_END = re.compile(r"[a-z]{4}[.!?][\"'”’)]*\s+(?=[\"“‘(]?[A-Z])|\u2028")
"""A stop after a word of four small letters, before a capital ("harbor. The"), not an
abbreviation's ("Mr. Smith", "p. 5", "e.g. The"); or an author's line end."""


_FAIR_END = re.compile(r"[.!?;:,][\"'”’)]*\s+")
"""A stop or a clause's mark, then a space: where a stretch with no `_SURE_END` in
`UNCUT_MOST` characters is cut for pysbd; failing one, any space."""
UNCUT_MOST = 4 * PYSBD_CHUNK
"""The longest stretch handed to pysbd whole (a paragraph of 200,000 characters of
quoted phrases and no sentence's end took 20 s in one piece). Far longer than any
sentence: split_long cuts such a stretch at its clauses anyway."""


def _chunks(text: str) -> list[str]:
    """`text` in pieces of about `PYSBD_CHUNK` characters, cut at `_SURE_END`s; a piece
    still over `UNCUT_MOST`, cut at `_FAIR_END`s, then at spaces."""
    if len(text) <= 2 * PYSBD_CHUNK:
        return [text]
    chunks, start = [], 0
    for m in _SURE_END.finditer(text):
        if m.end() - start >= PYSBD_CHUNK:
            chunks.append(text[start : m.end()])
            start = m.end()
    chunks = [*chunks, text[start:]] if start < len(text) else chunks
    if all(len(chunk) <= UNCUT_MOST for chunk in chunks):
        return chunks
    return [
        piece
        for chunk in chunks
        for fair in _cut_at(chunk, _FAIR_END)
        for piece in _cut_at(fair, _SPACES)
    ]


_SPACES = re.compile(r"\s+")


def _cut_at(chunk: str, ends: re.Pattern[str]) -> list[str]:
    """`chunk`, if over `UNCUT_MOST`, cut after an end of `ends` once `PYSBD_CHUNK` long."""
    if len(chunk) <= UNCUT_MOST:
        return [chunk]
    pieces, start = [], 0
    for m in ends.finditer(chunk):
        if m.end() - start >= PYSBD_CHUNK:
            pieces.append(chunk[start : m.end()])
            start = m.end()
    return [*pieces, chunk[start:]] if start < len(chunk) else pieces


_RANK_END = re.compile(
    rf"(?<![\w.])(?:{'|'.join(sorted(RANKS, key=len, reverse=True))})\.\s+"
    rf"(?=(?:{'|'.join(sorted(w.capitalize() for w in OPENERS))})(?![\w.'’-]))"
)
"""A rank's dot before a word that opens a sentence ("He was made a Capt. Then he
sailed"): pysbd never ends a sentence after a title it knows, but no name follows."""


_NEXT_SENTENCE = re.compile(r"\s+(?=[A-Z\"“‘])(?!(?:Lat|Long|LAT|LONG)\.\s?[0-9])")
"""A capital after a position: the next sentence, unless it is the next position's axis."""


def _cut_where_sentences_end(part: str) -> list[str]:
    """`part` cut where a sentence ends at an abbreviation that pysbd reads on past: a
    rank before a word that opens a sentence (`_RANK_END`), a stage position before one
    or before a name in capitals ("a knock at the door L. They all look", "Exit PRYCE,
    R. NELL laughs"), a position's last dot before a capital ("in lat. 42° 15' S.
    Then the wind dropped"): pysbd takes those letters for initials; and a street's
    "Dr." or "St." before such a word ("down Mulholland Dr. Nobody followed"), which
    pysbd takes for a title."""
    cuts = [m.end() for m in _RANK_END.finditer(part)]
    cuts += [
        len(part) - len(part[m.end() :].lstrip()) for m in STREET_END.finditer(part)
        if street_ends(m)
    ]  # fmt: skip
    cuts += [len(part) - len(part[m.end() :].lstrip()) for m in STAGE_POSITION_END.finditer(part)]
    for m in COORDINATE.finditer(part):
        dot = "tail_dot" if m["tail"] else "hemi_dot"
        after = _NEXT_SENTENCE.match(part, m.end()) if m[dot] else None
        if after:
            cuts.append(after.end())
    cuts.sort()
    return [part[a:b] for a, b in zip([0, *cuts], [*cuts, len(part)], strict=True) if part[a:b]]


_ASKED = re.compile(r"[?!…][\"'”’»«“)]+\s*$")
"""A question or an exclamation closed by its quotation mark."""
_EQUATED = re.compile(r"\s*=\s")
"""A piece that opens with "=" is the rest of an equation ("1 lb. = 16 oz."), cut by pysbd
after the unit's dot: no sentence begins with an equals sign."""
_COMMA_ON = re.compile(r"\s*[,;]")
_OPTION_ON = re.compile(r"\s*[(\[][a-zA-Z0-9]{1,2}[)\]][.!?]?\s*$")
"""A piece that is only an option's letter in brackets ("(b)"), cut off by pysbd as a
list's next item after an answer's "Ans." in a quiz's run of options: the answer's, on
the same line; on a line of its own it is said as its own."""
"""A piece that opens with a comma goes on with the sentence before: pysbd cuts after an
abbreviation's dot closed by a bracket ("(… of the teeth.), the first author"), and no
sentence begins with a comma."""
_DASHED_ON = re.compile(r"(?:[—–]|-{2,})\s*[^\W\d_A-ZÀ-ÞА-Я]")
"""A dash and a small word after an exclamation or a question ("Un re!—diranno subito i
miei piccoli lettori", "Stop!--and he stopped"): the sentence goes on, as Italian dialogue
puts its tag; a capital after the dash opens the next one."""
_TAG_AFTER = re.compile(r"\s*[a-z]")
"""What follows it in lower case is its dialogue tag ("said Adam", "she asked"), not a
new sentence: pysbd cuts there, and the tag would come after a sentence's pause."""
_CLITIC = re.compile(r"(?:s|d|ll|re|ve|t)(?![^\W_])")
"""The rest of a word cut at its apostrophe, glued to the piece before ("G.’" / "s"): an
abbreviation's possessive, never a sentence of its own."""
_QUESTION_END = re.compile(r"\?[?!]*[\"'”’»«“)\]]*\s*$")
"""A question's mark, closed or not: where pysbd ends a sentence before a small letter.
It goes on past "!" and "…" before one ("Stop! cried the man") already."""
_KO_QUOTED_END = re.compile(r"[.?!…][\"'”’»)」』]+(?P<gap>\s*)$")
_KO_QUOTATIVE = re.compile(r"(?:이?라고|하고|이?라며|하며|하면서|하는|이?라는|이?란|고)(?![가-힣])")


def _ko_quotative(before: str, after: str) -> bool:
    """Does a Korean quotation that ends with its sentence's stop (`before`) go on into a
    quotative particle or verb (`after`): glued to the closing mark ("얼마예요?"라고 물었다,
    "가자!"고 했다), or after a space ("왜?" 하고 물었다)? The quotation is then the
    object of what follows, one sentence as a narrator reads it, where pysbd or the
    dialogue's spans cut after the mark and "라고 물었다." was said as a sentence of its
    own. Korean sets a space between sentences, so a word glued to the mark never opens
    one; after a space only a quotative goes on ("기다려!" 김첨지는 … is a new one)."""
    end = _KO_QUOTED_END.search(before)
    if end is None or not after:
        return False
    rest = after.lstrip()
    glued = not end["gap"] and rest == after
    return bool(rest) and (
        (glued and "가" <= rest[0] <= "힣") or bool(_KO_QUOTATIVE.match(rest))
    )
_LIST_MARK = re.compile(r"\s*(?:[^\W\d_]|[ivx]+)[.)](?:\s|$)")


def _goes_on_small(part: str) -> bool:
    """Does `part`, after a question, open with a small letter, and so go on with it? Its
    speech tag in dash dialogue or unquoted ("— Hvarför är du så stolt? frågade en sparf",
    "What? he said"), or the sentence itself ("What then? shall we sin?"), which a
    narrator reads on without a sentence's pause. Not a list's small letter or Roman
    number ("a) this", "ii. Second"), which opens an item of its own."""
    first = next((c for c in part[:40] if not c.isspace()), "")
    return first.isalpha() and small_letter(first) and not _LIST_MARK.match(part)


_HEAD_NUMBER = re.compile(r"\s*(?:[0-9]{1,3}\.\s+)?[IVXLC]+\.\s*")
"""A minor heading's Roman number at a paragraph's head ("II.", "50. III.": a section's
number run into it), which pysbd cuts off its title."""
_NUMBERED_HEAD = re.compile(
    r"\s*(?P<num>[0-9]{1,3}\.\s+)?(?P<head>(?:[IVX]|[IVXLC]{2,})\.\s+"
    r"(?P<title>[^.!?;:\u2028]+)\.?)\s*"
)
"""A minor heading: its number (one letter only if I, V or X: "C. LOVAT FRASER." signs
a drawing) and a title after it."""


def _titled(text: str) -> bool:
    """Is `text` a short title in title case, ending its sentence ("Compound Sentences",
    "Noun (or Substantive) Clauses."): two to eight words, each word of four letters or
    more capitalised? Not a sentence ("Went home at noon."), nor a name alone ("V. Hugo",
    "C. Dickens": one word, an initial's)."""
    body = text.strip()
    if not body or any(c in body.rstrip(".") for c in ".!?;:\u2028"):
        return False
    found = re.findall(r"[^\W\d_]+", body)
    return 2 <= len(found) <= 8 and found[0][0].isupper() and all(
        w[0].isupper() for w in found if len(w) >= 4
    )


def numbered_heading(
    sentence: str, language: str = "en", lexicon: Mapping[str, str] | None = None
) -> str | None:
    """A minor heading with its Roman number, as a paragraph's first sentence ("II.
    Compound Sentences", "50. III. Adverbial Clauses."), said with its numbers as
    numbers, as a chapter's are: "Two. Compound Sentences.", "Fifty. Three. Adverbial
    Clauses."; None for any other sentence. `lexicon`: the book's pronunciations."""
    m = _NUMBERED_HEAD.fullmatch(sentence)
    if not m or not _titled(m["title"]):
        return None
    head = spoken_title(m["head"], language, lexicon=lexicon)
    return f"{spoken_title(m['num'], language)} {head}" if m["num"] else head


_GIVEN_SHORT = re.compile(
    r"(?<![^\W_])(?:Mr|Mrs|Ms|Dr|Sir|Madam|Mistress|Lady|Lord|Capt|Col|Rev)\.?\s+"
    r"[A-Z][a-z]{1,3}\.\s*$"
)
"""A title and a given name cut short after it ("Mrs. The.", "Mr. Will.", "Dr. Tho."),
as diaries and old letters write them: pysbd ends a sentence at the name's dot."""
_CAPITALISED = re.compile(r"\s*([A-Z][a-z]+)(?![\w'’-])")


def _surname_on(part: str) -> bool:
    """Does `part` open with a capitalised word that opens no sentence, a surname
    ("Turner and Madam Morrice"), so that a given name cut short before it goes on into
    it? Not "Then we left" after "I met Mrs. Ann.": that sentence ends."""
    m = _CAPITALISED.match(part)
    return bool(m) and m.group(1).casefold() not in OPENERS | _PRONOUNS


_PRONOUNS = frozenset(
    ("she", "we", "they", "you", "this", "that", "these", "those", "there", "then", "the",
     "what", "when")
)  # fmt: skip


_LEADING_CLOSERS = re.compile(r"[\"'”’»«“‹›)\]]+|[*_]+(?![^\W_])[\"'”’»«“‹›)\]]*")
"""Marks that close a quotation when glued to the sentence before: German closes »…«
and „…“ with « and “, so "Juni.« Die" ends its sentence with the «. Italics' closing
mark too ("he paid 6*d.* Then", which pysbd cuts after the dot): "6*d.*" stays whole."""


def speakable(text: str) -> bool:
    """Does the text hold anything to say (a letter or a digit)? Marks alone are pauses."""
    return any(c.isalnum() for c in text)


DENSE_SEGMENT_CHARS = 100
"""The longest piece of Chinese or Japanese: a character is a syllable, and espeak's
Mandarin voice says about five a second, so 100 of them last as long as an English
piece's 300 letters (about twenty seconds)."""
_DENSE = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def _dense(text: str) -> bool:
    """Is `text` mostly characters that are each a syllable (Chinese, Japanese kana)?"""
    return len(text) > DENSE_SEGMENT_CHARS and len(_DENSE.findall(text)) * 2 > len(text)


def split_long(sentence: str, limit: int = MAX_SEGMENT_CHARS) -> list[str]:
    """Pieces of at most `limit` characters: cut after a clause mark, else at a space, else
    (a run with no space: a tracking link, Chinese or Thai, a gene's letters) where `words`
    already divides it, else between two characters; never inside a web address, whose
    query string is not said ("See https://…?utm_source=…&… for more" stays one piece)."""
    text = sentence.strip()
    if limit == MAX_SEGMENT_CHARS and _dense(text):
        limit = DENSE_SEGMENT_CHARS
    links = [m.span() for m in URL.finditer(text)]
    silent = [(a + q, b) for a, b in links if (q := _query_at(text[a:b])) >= 0]
    pieces: list[str] = []
    at = 0
    while (end := _said_end(text, at, limit, silent)) is not None:
        window = text[at:end]
        third = _said_end(text, at, limit // 3, silent) or at  # no shorter piece than this
        cut = _best_cut(window, third - at, [(a - at, b - at) for a, b in links])
        cut = at + cut if cut > 0 else at
        if cut <= at:
            cut = at + _unspaced_cut(window, third - at)
            link = next(((a, b) for a, b in links if a < cut < b), None)
            if link:  # a run within one web address: the address is one piece
                cut = link[0] if link[0] > at else link[1]
        pieces.append(text[at:cut].strip())
        at = cut
        while at < len(text) and text[at].isspace():
            at += 1
    if text[at:]:
        pieces.append(text[at:])
    return [p for p in pieces if p]


def _query_at(link: str) -> int:
    """Where a web address's query or fragment starts ("?utm_source=…"), or -1."""
    return next((i for i, c in enumerate(link) if c in "?#"), -1)


_SENTENCE_CUT = re.compile(
    r"(?<=[^\W\d_]{2})[.!?…]+[\"'”’»)\]]*(?=\s+[\"“‘(]?[A-ZÀ-ÞА-Я])"
    r"|[!?…]+[\"'”’»)\]]*(?=\s+[\"“‘(]?[A-ZÀ-ÞА-Я])"
    r"|(?<![^\W_])[A-Z]\.[\"'”’»)\]]*(?=\s+(?:"
    + "|".join(sorted((w.capitalize() for w in OPENERS if len(w) > 1), key=len, reverse=True))
    + r")(?![\w.'’-]))"
)
"""A sentence's end that pysbd read on past, inside quotation marks ("…from moping. I
shall just give you…", "…Shake hands, my boy.’ He then tottered…"): a stop after a
word of two letters or more, before a capital, not after a title's dot (`_TITLE_DOT`);
after one capital letter only before a word that opens sentences ("unassuming D. But
whenever"): an initial before a name ("J. Smith") is no end."""
_TITLE_DOT = re.compile(
    r"(?<![^\W_])(?:Mrs?|Ms|Dr|St|Sr|Jr|Mt|Messrs|Mme|Mlle|Rev|Hon|Capt|Col|Gen|Lt|Sgt|Prof"
    r"|Gov|Wm|Jas|Chas|Geo|Thos|Jno|Esq|No|Nos|Vol|vs|viz|cf|Co|Bros|Inc|Ltd|Fig|pp|etc)\.$"
)
_STRONG_CUT = re.compile(r"[;:—–](?=\s)|\s[—–-]\s|[；：。！？]+[」』）”’]*")
"""Where a clause ends: a semicolon, a colon or a dash before a space, a spaced dash;
Chinese and Japanese marks, which no space follows."""
_COMMA_CUT = re.compile(r"[,)](?=\s)|，+[」』）”’]*")
"""A comma's or a closing bracket's end: the weakest of a clause's ends; the Chinese
comma "，" too."""
_LIST_CUT = re.compile(r"、+[」』）”’]*")
"""The enumeration comma "、" (楚、漢): in Chinese it parts a list's items, weaker than
"，"; Japanese writes it for its comma, and has no other."""


def _in_name(window: str, at: int) -> bool:
    """Is the space at `at` between two capitalised words ("Mrs. James Dillingham Young",
    "New York")? No place to cut a sentence, when another space will do."""
    if not window[at + 1 : at + 2].isupper():
        return False
    start = window.rfind(" ", 0, at) + 1
    return window[start : start + 1].isupper()


def _cut_at_an_end(piece: str) -> bool:
    """Was `piece`, one of a long sentence's, cut by `split_long` where a sentence in it
    ends? Then the sentence's pause follows it, not a clause's."""
    return bool(_SENTENCE_CUT.search(piece + " A")) and _ends_there(piece)


def _ends_there(before: str) -> bool:
    """Does a sentence end at the end of `before`, whose last stop `_SENTENCE_CUT`
    found? Not after a title's or a common abbreviation's dot ("Mrs.", "etc."), nor
    inside a bracket still open ("(Bulletins de l'Acad. Roy. Bruxelles)")."""
    return not _TITLE_DOT.search(before.rstrip("\"'”’»)]")) and before.count(
        "("
    ) <= before.count(")")


def _best_cut(window: str, least: int, links: list[tuple[int, int]]) -> int:
    """Where in `window` (a stretch too long to say at once) to cut it: after its last
    sentence end that pysbd read on past, else its last clause end (; : —), else its
    last comma, else its last space not inside a name, else its last space; never
    before `least` (no piece shorter than a third of the limit) nor inside a web
    address. 0: no place with a space."""

    def fits(at: int) -> bool:
        return at >= least and not any(a < at < b for a, b in links)

    tiers = (
        lambda: (m.end() for m in _SENTENCE_CUT.finditer(window) if _ends_there(window[: m.end()])),
        lambda: (m.end() for m in _STRONG_CUT.finditer(window)),
        lambda: (m.end() for m in _COMMA_CUT.finditer(window)),
        lambda: (m.end() for m in _LIST_CUT.finditer(window)),
        lambda: (i for i, c in enumerate(window) if c == " " and not _in_name(window, i)),
    )
    for tier in tiers:
        best = max((at for at in tier() if fits(at)), default=0)
        if best:
            return best
    return max(window.rfind(" "), 0)


def _said_end(text: str, start: int, limit: int, silent: list[tuple[int, int]]) -> int | None:
    """The end of the longest stretch of `text` from `start` said within `limit` characters,
    plus one; None when all the rest is. A web address's query string is not said."""
    if not any(b > start for _, b in silent):
        return start + limit + 1 if len(text) - start > limit else None
    said = 0
    for i in range(start, len(text)):
        if not any(a <= i < b for a, b in silent):
            said += 1
            if said > limit:
                return i + 1
    return None


def _unspaced_cut(window: str, least: int) -> int:
    """Where to cut a run with no space: the last place at or after `least` where `words`
    already divides it (at a link's "&" or "=", after a Thai vowel sign), else between two
    characters; never before a combining mark or a joiner, which belong to the letter
    before them."""

    def joins(c: str) -> bool:
        return unicodedata.category(c).startswith("M") or c in "\u200c\u200d\ufe0e\ufe0f"

    end = len(window) - 1
    for i in range(end, max(least, 1) - 1, -1):
        if not joins(window[i]) and not (_WORD.match(window[i - 1]) and _WORD.match(window[i])):
            return i
    cut = end
    while cut > 1 and joins(window[cut]):
        cut -= 1
    return cut if cut > 1 else end  # marks alone (a Zalgo pile): no letter to keep them with


def words(text: str) -> list[str]:
    """The words of a text, for proving nothing was lost, doubled or reordered."""
    return [w.casefold() for w in _WORD.findall(text)]


CHARACTERS_A_WORD = 1.5
"""Chinese and Japanese are written with no space between words; a word is about one
and a half characters (most are of two, many of one), and the pace in words a minute
(155) then fits the Mandarin voice's: about four characters a second."""


def word_count(text: str) -> int:
    """How many words `text` says, for a chapter's length and a segment's expected time:
    its words, and its Chinese or Japanese characters by `CHARACTERS_A_WORD` (a run of
    them with no space is one `_WORD`, however long)."""
    dense = len(_DENSE.findall(text))
    if not dense:
        return len(_WORD.findall(text))
    return len(_WORD.findall(_DENSE.sub(" ", text))) + round(dense / CHARACTERS_A_WORD)


MAX_FILE_MINUTES = 120  # ACX: no file longer than two hours
PART_MINUTES = 100  # aim below the limit: the estimate is only an estimate


def _sized(paragraph: Paragraph) -> tuple[int, int]:
    """A paragraph's words and its guess of sentences, which `_minutes` adds up."""
    text = paragraph.text
    stops = text.count(". ") + (sum(text.count(c) for c in "。！？") if _DENSE.search(text) else 0)
    return word_count(text), max(1, stops)


def _minutes(
    count: int, sentences_guess: int, paragraphs: int, config: BookConfig, wpm: int
) -> float:
    pause_ms = (
        sentences_guess * config.pauses.sentence_ms + paragraphs * config.pauses.paragraph_ms
    )
    return count / wpm + pause_ms / 60_000


def estimate_minutes(chapter: Chapter, config: BookConfig, wpm: int = 155) -> float:
    """Spoken length of a chapter: its words at the narrator's pace, plus pauses."""
    sizes = [_sized(p) for p in chapter.paragraphs]
    return _minutes(sum(w for w, _ in sizes), sum(s for _, s in sizes), len(sizes), config, wpm)


def _next_turn(turns: list[str]) -> str | None:
    """Whose turn an untagged line is, in a conversation of two ("turns"): the one of the
    last two speakers who did not speak last. With fewer known, nobody's: the narrator."""
    return turns[0] if len(turns) == 2 else None


def split_long_chapters(
    chapters: tuple[Chapter, ...], config: BookConfig, wpm: int = 155
) -> tuple[Chapter, ...]:
    """Split chapters too long for one file at paragraph boundaries: "Title (part 2)".
    A part's length is kept as running sums, each paragraph counted once: measuring the
    part again for every paragraph added made a long chapter's split quadratic."""
    result: list[Chapter] = []
    for chapter in chapters:
        sizes = [_sized(p) for p in chapter.paragraphs]
        count, sentences_guess = sum(w for w, _ in sizes), sum(s for _, s in sizes)
        if _minutes(count, sentences_guess, len(sizes), config, wpm) <= MAX_FILE_MINUTES - 10:
            result.append(chapter)
            continue
        parts: list[list[Paragraph]] = [[]]
        count = sentences_guess = 0  # of the part being filled
        for paragraph, (w, s) in zip(chapter.paragraphs, sizes, strict=True):
            trial = _minutes(count + w, sentences_guess + s, len(parts[-1]) + 1, config, wpm)
            if parts[-1] and trial > PART_MINUTES:
                parts.append([])
                count = sentences_guess = 0
            parts[-1].append(paragraph)
            count, sentences_guess = count + w, sentences_guess + s
        for number, paragraphs in enumerate(parts, 1):
            result.append(Chapter(f"{chapter.title} (part {number})", tuple(paragraphs)))
    return tuple(result)


_MARKUP = {".html", ".htm", ".xhtml", ".htmlz", ".zip", ".epub", ".md", ".markdown"}
"""Formats whose readers take off the real tags: a tag pair left in their text is the book's."""


_T = TypeVar("_T")
log = logging.getLogger(__name__)


def _forgiven(
    step: Callable[..., _T], fallback: Callable[..., _T], what: str, *args: Any, **kwargs: Any
) -> _T:
    """`step(*args)`, or `fallback(*args)` with a warning if one of our rules fails on text
    nobody foresaw (as `normalize.forgiving` does for a sentence's reading): a plainer
    reading of one paragraph or chapter, never the whole book lost. Our own errors stop."""
    try:
        return step(*args, **kwargs)
    except AudiobookError:
        raise
    except Exception as exc:  # any fault of a rule, by design
        log.warning("%s (%s: %s); please report it: %.100s", what, type(exc).__name__, exc,
                    args[0])  # fmt: skip
        return fallback(*args, **kwargs)


def _as_one_sentence(text: str, language: str) -> list[str]:
    return [text]  # cut at most `split_long`'s length later, by `_pieces`


def _all_narration(texts: list[str], cast: object, *, language: str) -> list[list[Span]]:
    return [[Span(text.strip(), False)] if text.strip() else [] for text in texts]


def segment(manuscript: Manuscript, config: BookConfig) -> tuple[ScriptChapter, ...]:
    """Turn the manuscript into chapters of segments, credits included.

    One function because the walk carries state across paragraphs and chapters
    (the last speaker, pending notes, the pause before a scene break); split
    up, that state would have to be threaded through every piece.
    """
    manuscript = replace(manuscript, chapters=split_long_chapters(manuscript.chapters, config))
    pauses = config.pauses
    lang = manuscript.language
    english = lang.split("-")[0].lower() in ("en", "")
    facts = book_facts(manuscript)
    month_first = facts.month_first
    lexicon = book_lexicon(dict(manuscript.pronounce), config.pronounce)
    tags = manuscript.source.suffix.lower() not in _MARKUP  # shown as code there, not used
    voice = config.voice
    narrator = config.narrator
    cast = config.cast  # character → voice profile
    last_speaker: str | None = None
    inline = config.notes.mode == "inline"
    lettered = lettered_titles([chapter.title for chapter in manuscript.chapters])
    chapters: list[ScriptChapter] = []
    last = len(manuscript.chapters) - 1
    for index, chapter in enumerate(manuscript.chapters):
        segs: list[Segment] = []
        opening, closing = credits(manuscript, narrator)
        if index == 0:
            segs.append(
                Segment(
                    "credits", opening, to_spoken(opening, lang, lexicon), voice, pauses.credits_ms
                )
            )
        segs.append(
            Segment(
                "heading",
                chapter.title,
                f"{chapter.title.strip()}." if index in lettered
                else spoken_title(
                    _title_said(chapter.title, lang.split("-")[0].lower())
                    if chapter.title == manuscript.title
                    else chapter.title,
                    lang,
                    month_first,
                    lexicon,  # the book's pronunciations, as its sentences say them
                ),
                voice,
                pauses.heading_ms,
            )
        )
        spans = _forgiven(
            dialogue_paragraphs, _all_narration,
            "a chapter's dialogue could not be found; it is read in the narrator's voice",
            [p.text for p in chapter.paragraphs], cast, language=lang,
        )  # fmt: skip
        turns: list[str] = []  # the last two cast members to speak, the latest last
        prefixed: str | None = None  # a play's speaker tag alone ("MARA:"): the next line's
        mixed_tags = _mixed_case_script(chapter.paragraphs, cast)
        numbered = any(p.text.strip().rstrip(".") == "II" for p in chapter.paragraphs)
        signed = _signature_initials(chapter.paragraphs)
        metre_signed = _signed_metres(chapter.paragraphs)
        hymnal = sum(  # a hymnal's chapter: its "5   P.M." is Peculiar Metre
            metre_line(line) for p in chapter.paragraphs for line in p.text.split(LINE_BREAK)
        ) >= MIN_METRES
        dollars = (  # Walden's accounts: "Pork,........ 0.22" under "Rice,....... $ 1.73"
            dollar_columns([p.text for p in chapter.paragraphs]) if english else set()
        )
        for p_index, (paragraph, paragraph_spans) in enumerate(
            zip(chapter.paragraphs, spans, strict=True)
        ):
            position = 0
            pending = list(paragraph.notes)
            section = (bool(_SECTION_NUMBER.match(paragraph.text)) and p_index not in signed) or (
                paragraph.text.strip() == "I" and numbered  # "I" over a story's first part
            )  # "II.": said as a number
            if paragraph.scene_break_before and segs and segs[-1].kind in ("text", "note"):
                segs[-1] = _with_pause(segs[-1], pauses.scene_break_ms)
            if paragraph.scene_break_before:
                turns.clear()  # a new scene: a new conversation
            voiced: list[tuple[str, str]] = []
            speaking: str | None = None  # who speaks in this paragraph, once known
            tag = _SPEAKER_TAG.match(paragraph.text) if cast else None
            tagged = cast_name(tag["who"], cast) if tag else None
            if tagged and not (tag["who"].isupper() or mixed_tags):  # type: ignore[index]
                tagged = None  # "Hope: nil. Signal: none.": a log's label, no line of Hope's
            line_of, prefixed = prefixed, None
            if tag and not tag["line"].strip():
                prefixed = tagged  # "MARA:" over her line: the next paragraph is hers
            elif tagged or line_of:
                who = tagged or line_of
                label = tag.end("colon") if tagged and tag else 0
                if label:  # "MARA: Jonah!": the name in the narrator's voice, the line hers
                    voiced.append((paragraph.text[:label].strip(), voice))
                voiced.append((paragraph.text[label:].strip(), cast.get(who, voice)))
                paragraph_spans = []
                speaking = last_speaker = who
            for span in paragraph_spans:
                span_voice = voice
                if span.speech:
                    who = span.speaker
                    if who is None and config.unattributed_dialogue == "last":
                        who = last_speaker
                    elif who is None and config.unattributed_dialogue == "turns":
                        who = speaking or (None if span.tagged else _next_turn(turns))
                    last_speaker = span.speaker or last_speaker
                    speaking = speaking or who
                    span_voice = cast.get(who, voice) if who else voice
                voiced.append((span.text, span_voice))
            if speaking:
                turns[:] = [*[name for name in turns if name != speaking][-1:], speaking]
            for span_text, span_voice in _join_same_voice(paragraph.text, voiced, lang):
                for sentence in _forgiven(
                    sentences, _as_one_sentence,
                    "a paragraph's sentences could not be found; it is read as one",
                    span_text, lang,
                ):  # fmt: skip
                    pieces, line_ends = _pieces(sentence)
                    heading = (
                        numbered_heading(sentence, lang, lexicon)
                        if position == 0 and len(pieces) == 1 and not section else None
                    )  # "II. Compound Sentences" over a chapter's section: said as a heading
                    for c_index, piece in enumerate(pieces):
                        found = paragraph.text.find(piece, position)
                        reading = piece if p_index not in dollars else column_dollars(
                            piece, paragraph.text[: max(found, 0)])
                        position = found + len(piece) if found >= 0 else position
                        line_end = c_index in line_ends or (
                            found >= 0 and _next_mark(paragraph.text, position) == LINE_BREAK
                        )  # a line's end, where a sentence may end too
                        ends = _SENTENCE_END.search(piece) and (
                            c_index == len(pieces) - 1
                            or (c_index not in line_ends and _cut_at_an_end(piece))
                        )  # a long quotation cut where one of its sentences ends
                        pause = (
                            pauses.sentence_ms if ends
                            else pauses.line_ms if line_end
                            else pauses.clause_ms
                        )  # fmt: skip
                        signature = _METRE_INITIALS.fullmatch(piece) and (
                            p_index in metre_signed
                            or (c_index > 0 and pieces[c_index - 1].rstrip().endswith(","))
                        )  # "Yours ever, / L.M.": initials, not a hymn's metre
                        spoken = (
                            spoken_title(piece, lang, month_first, lexicon) if section
                            else heading if heading
                            else piece.strip() if signature
                            else metre if hymnal and (metre := hymn_metre(piece, lang))
                            else facts.said(
                                _LINE_DASH.sub(",", reading) if c_index in line_ends else reading,
                                lang, lexicon, tags=tags,
                            )
                        )  # fmt: skip
                        if _CHORUS_CUE.fullmatch(piece) and found >= 0 and (
                            paragraph.text[position:].strip()
                            and not any(LINE_BREAK in q.text for q in chapter.paragraphs)
                        ):  # "Cho. Lin, the cook": a name in prose, not the chorus's cue
                            spoken = piece.strip()
                        earlier = chapter.paragraphs[max(p_index - 1, 0) : p_index]
                        if (item := _LISTED_C.match(reading)) and not section and _LISTED_B.search(
                            " ".join(q.text for q in earlier) + " " + paragraph.text[:found]
                        ):  # "(c) 2019 J. Okafor" under "(b) 2018 B. Lee": the item's letter
                            spoken = f"{item.group().strip()} " + facts.said(
                                reading[item.end() :], lang, lexicon, tags=tags
                            )
                        segs.append(Segment("text", ruby_base(piece), spoken, span_voice, pause,
                                            p_index, line_end=line_end))  # fmt: skip
                        if inline and ends:
                            due = [n for n in pending if n.at <= position]
                            pending = [n for n in pending if n.at > position]
                            segs.extend(_note_segments(due, lang, config, p_index, facts,
                                                       lexicon))
            if inline and pending:
                segs.extend(_note_segments(pending, lang, config, p_index, facts, lexicon))
            if segs[-1].kind in ("text", "note"):
                segs[-1] = _with_pause(segs[-1], pauses.paragraph_ms)
        chapter_notes = [n for p in chapter.paragraphs for n in p.notes]
        if chapter_notes and config.notes.mode == "chapter-end":
            intro = NOTES_INTRO.get(lang.split("-")[0].lower(), NOTES_INTRO["en"])[0]
            title = spoken_title(chapter.title, lang)
            title = title[0].lower() + title[1:] if title.startswith("Chapter ") else title
            if lang.startswith("en") and _SECTION_NUMBER.match(chapter.title + "."):
                title = f"chapter {title[0].lower()}{title[1:]}"  # "Notes to chapter two."
            said = intro.format(title=title.rstrip("."))  # spoken_title ends with its own
            ending = [segs.pop()] if index == last and _is_the_end(segs[-1]) else []
            segs.append(Segment("heading", said, to_spoken(said, lang, lexicon), voice,
                                pauses.heading_ms))  # fmt: skip
            segs.extend(_note_segments(chapter_notes, lang, config, -1, facts, lexicon))
            segs.extend(ending)  # the book's own "THE END" still ends it, after its notes
        if index == last:
            segs[-1] = _with_pause(segs[-1], pauses.scene_break_ms)
            closing = _closing_after(segs[-1], closing)
            segs.append(Segment("credits", closing, to_spoken(closing, lang, lexicon), voice, 0))
        else:
            segs[-1] = _with_pause(segs[-1], 0)  # the tail's room tone follows
        segs = _absorb_wordless(segs) or [
            Segment("heading", chapter.title, f"{index + 1}.", voice, pauses.heading_ms)
        ]  # a chapter of symbols alone is still announced, by its number
        chapters.append(ScriptChapter(index + 1, chapter.title, tuple(segs)))
    audit_words(manuscript, chapters)
    return tuple(chapters)


def _next_mark(text: str, at: int) -> str:
    """The first character from `at` on that is not a space ("" at the end): what
    `text[at:].lstrip(" ")[:1]` is, without copying the rest of a long paragraph once
    a piece."""
    while at < len(text) and text[at] == " ":
        at += 1
    return text[at : at + 1]


def _pieces(sentence: str) -> tuple[list[str], set[int]]:
    """A sentence as the pieces spoken one by one: its lines where the author ended a
    line (`LINE_BREAK`: verse, an address), each split further if over-long; and the
    indexes of the pieces that end a line before the sentence's last."""
    lines = [line.strip() for line in sentence.split(LINE_BREAK)]
    lines = [line for line in lines if line]  # a line of marks alone: `_absorb_wordless`
    pieces: list[str] = []
    line_ends: set[int] = set()
    for line in lines:
        pieces.extend(split_long(line))
        line_ends.add(len(pieces) - 1)
    line_ends.discard(len(pieces) - 1)
    return pieces, line_ends


RUN_ON_CONTEXT = 400
"""How far before an abbreviation's dot `_runs_on` masks, in characters: far more than
any abbreviation's pattern looks back ("a. 5 b. 7 c. 9", a name before "Sr."), and a
bound, so a paragraph of a thousand quotations joined in one run is masked once a join
over this window, not over the whole run each time (which took minutes)."""


def _runs_on(paragraph: str, start: int, stop: int, end: int, language: str = "en") -> bool:
    """Does the span from `start` to `stop` end with an abbreviation's dot that ends no
    sentence before the quotation after it ("your plot no. (e.g. "14B-RENT")", "see
    cf. ‘The Raven’", Ukrainian "т. зв. «столиці»")? `mask` hides such dots in the joined
    text, which is read as one, by the book's language's abbreviations."""
    dot = stop
    while dot > start and paragraph[dot - 1].isspace():
        dot -= 1
    dot -= 1
    if dot < start or paragraph[dot] != ".":
        return False
    since = start
    if dot - start > RUN_ON_CONTEXT:  # cut at a space, so no word is cut in two
        since = paragraph.find(" ", dot - RUN_ON_CONTEXT, dot) + 1 or start
    return mask(paragraph[since:end], language)[dot - since] != "."


def _tail(paragraph: str, start: int, end: int) -> str:
    """The marks that end `paragraph[start:end]` after its last letter or digit: all
    that `_SENTENCE_END` and `_ASKED` (marks and spaces alone) can match at its end,
    found without copying or scanning a run that has grown long."""
    at = end
    while at > start and not paragraph[at - 1].isalnum():
        at -= 1
    return paragraph[at:end]


def _mixed_case_script(paragraphs: Sequence[Paragraph], cast: Mapping[str, str]) -> bool:
    """Is a chapter a script whose speaker tags are in mixed case ("Mara: Hi." / "Will:
    Hello.")? Capitals ("MARA:") are a script's convention and always a tag; a name
    in mixed case is one only among tags of two cast members or more, never a log's
    lone "Hope: nil. Signal: none." where a [cast] name is also a word."""
    if not cast:
        return False
    named = set()
    for paragraph in paragraphs:
        tag = _SPEAKER_TAG.match(paragraph.text)
        if tag and not tag["who"].isupper() and (who := cast_name(tag["who"], cast)):
            named.add(who)
    return len(named) >= 2


_SPEAKER_TAG = re.compile(
    r"^[ \t]*(?P<who>[A-Z][\w'’.]*(?:[ \t]+[A-Z][\w'’.]*){0,3})[ \t]*(?P<colon>:)"
    r"(?P<line>[ \t].*|)$",
    re.DOTALL,
)
"""A play's speech prefix, a name and a colon opening a paragraph: "MARA:" alone over
her line, or "MARA: Jonah! Are you coming?"; `dialogue.cast_name` says whether it is a
`[cast]` member's. Only for a cast: a single voice reads the name as it stands."""


def _join_same_voice(
    paragraph: str, spans: list[tuple[str, str]], language: str = "en"
) -> list[tuple[str, str]]:
    """Spans read by one voice in a row, joined where a sentence runs on across them.

    Quotation marks cut a paragraph into spans so that a cast can voice them; when the
    same voice reads both sides, a cut in mid-sentence ("turn to Pell's ‘Ledgers of
    the Port,’ which is…", "“Come in,” she said.") would only break the sentence's
    tune with a pause; so would a question's or an exclamation's dialogue tag ("“What
    debt?” said Adam"). Joined text is the paragraph's own slice, so every word stays
    once, in order. A run is kept as its start and end and cut out once, at the end,
    and each join looks only at the run's last marks (`_tail`), so a paragraph of
    thousands of quotations in one run takes time in step with its length.
    """
    joined: list[tuple[str | None, str, int, int]] = []  # text None: paragraph[start:end]
    position = 0
    for text, voice in spans:
        start = paragraph.find(text, position)
        if start < 0:  # cannot place it: keep the span as it is
            joined.append((text, voice, -1, -1))
            continue
        end = position = start + len(text)
        if joined and joined[-1][1] == voice and joined[-1][2] >= 0:
            _, _, prev_start, prev_end = joined[-1]
            tail = _tail(paragraph, prev_start, prev_end)
            if (
                not _SENTENCE_END.search(tail)
                or (  # “Why?” she asked; a wordless “…” is a pause of its own, not asked
                    _ASKED.search(tail) and _TAG_AFTER.match(text)
                    and len(tail) < prev_end - prev_start
                )
                or _ko_quotative(paragraph[max(prev_start, prev_end - 8) : start], text)
                or _runs_on(paragraph, prev_start, prev_end, end, language)
                or text[:1] in (")", "]")  # ("… p < 0.01.") : the bracket the quotation is in
            ):
                joined[-1] = (None, voice, prev_start, end)
                continue
        joined.append((None, voice, start, end))
    return [
        (paragraph[start:end] if text is None else text, voice)
        for text, voice, start, end in joined
    ]


def _is_the_end(seg: Segment) -> bool:
    """Is this the book's own closing line ("THE END.", "Finis.", "END OF PLAY")?"""
    return seg.kind == "text" and is_the_end(seg.text)


def _closing_after(last: Segment, closing: str) -> str:
    """The closing credits without their "The end." when the book itself just said
    it ("THE END.", "Finis."), or the very words the credits open with in the book's
    language (an Italian book's "FINE." before its credits' "Fine."; never an English
    book's last line "Fine.", which is no "The end."): a narrator says it once, and the
    book's own words stay spoken."""
    head, _, rest = closing.partition(". ")
    said = last.kind == "text" and _words(last.text) == _words(head)
    if not rest or not (said or (is_the_end(head) and _is_the_end(last))):
        return closing
    return rest[0].upper() + rest[1:]


def _words(text: str) -> str:
    """A line's words alone, in one case: "— FINE. —" is "fine"."""
    return " ".join(re.findall(r"\w+", text)).casefold()


_ATTACHED = tuple(".,;:!?…" + "\"'”’»)]}")  # marks written against the word before them


def _absorb_wordless(segs: list[Segment]) -> list[Segment]:
    """Segments with nothing to say become pauses; the engine never sees them.

    A quoted ellipsis or dash (“…” said the Rabbit), a lone closing mark, or a
    heading of symbols holds no word: sent to the engine it comes back as
    silence and fails the build. Its text joins its neighbour in the same
    paragraph (the manifest and captions keep every mark), and its pause is
    added to the pause before it, so the listener hears the silence the text
    implies. Credits always have words.
    """
    out: list[Segment] = []
    waiting = ""  # wordless text at the start of a paragraph, for its next segment
    waiting_paragraph = -2
    for seg in segs:
        if seg.kind == "credits" or speakable(seg.spoken):
            if waiting and seg.kind == "text" and seg.paragraph == waiting_paragraph:
                seg = replace(seg, text=f"{waiting} {seg.text}")
            waiting = ""
            out.append(seg)
            continue
        before = out[-1] if out else None
        if before is None:
            continue  # nothing precedes it in the chapter: the head's room tone is its pause
        pause = before.pause_after_ms + seg.pause_after_ms
        if seg.kind == "text" and before.kind == "text" and before.paragraph == seg.paragraph:
            glue = "" if seg.text.startswith(_ATTACHED) else " "
            out[-1] = replace(before, text=before.text + glue + seg.text, pause_after_ms=pause)
        else:
            out[-1] = replace(before, pause_after_ms=pause)
            if seg.kind == "text":
                waiting = f"{waiting} {seg.text}".strip()
                waiting_paragraph = seg.paragraph
    if waiting:  # wordless text after the last words: it joins the last text before it
        last = next((i for i in range(len(out) - 1, -1, -1) if out[i].kind == "text"), None)
        if last is not None:
            out[last] = replace(out[last], text=f"{out[last].text} {waiting}")
    return out


@dataclass(frozen=True)
class BookFacts:
    """What the whole book decides about how each of its sentences is said, found once per
    book: the build's `segment` and the studio's audition both read sentences with these,
    so an audition sounds as the build will (a new fact is added here, for both)."""

    month_first: bool | None = None  # the order of its numeric dates (`book_date_order`)
    numbered: frozenset[str] = frozenset()  # the names it numbers, "Margaret II"
    pounds: bool = False  # it prints old British sums, "3l. 4s." (`book_old_pounds`)
    dialect: bool = False  # it writes dialect speech, "dinna", "t' maister" (`book_dialect`)

    def said(
        self, text: str, lang: str, lexicon: Mapping[str, str] | None, *, tags: bool = True
    ) -> str:
        """`text` as `to_spoken` says it with these facts: the one place a sentence of the
        body, a note and the studio's audition pass them on."""
        return to_spoken(text, lang, lexicon, tags=tags, month_first=self.month_first,
                         numbered=self.numbered, pounds=self.pounds,
                         dialect=self.dialect)  # fmt: skip


def book_facts(manuscript: Manuscript) -> BookFacts:
    """The book-wide facts its sentences are said with (`BookFacts`)."""
    return BookFacts(
        book_date_order(manuscript), book_numbered_names(manuscript), book_old_pounds(manuscript),
        book_dialect(manuscript),
    )


def book_numbered_names(manuscript: Manuscript) -> frozenset[str]:
    """The names the book numbers II and on ("Margaret II"), whose "I" is then the first:
    a book-wide fact, found once per book for every paragraph's `to_spoken`."""
    return numbered_names(p.text for c in manuscript.chapters for p in c.paragraphs)


def book_dialect(manuscript: Manuscript) -> bool:
    """Whether the book writes dialect speech ("dinna", "t' maister"), so that its "wi'"
    and "th'" are kept as the speaker's: a book-wide fact, found once per book."""
    return dialect(p.text for c in manuscript.chapters for p in c.paragraphs)


def book_old_pounds(manuscript: Manuscript) -> bool:
    """Whether the book prints old British sums ("3l. 4s.", "450l. for the house"), so
    that its "It cost 450l." is pounds: a book-wide fact, found once per book."""
    return old_pounds(p.text for c in manuscript.chapters for p in c.paragraphs)


def book_date_order(manuscript: Manuscript) -> bool | None:
    """The order of an English book's numeric dates ("03/11/2020") when its language tag
    names no country ("en", or none: detected), by the book's own evidence; None keeps the
    tag's order (en-US month first, other English day first). Only the dates' order: the
    "and" style and the voice follow the tag as before."""
    if manuscript.language.strip().lower() != "en":
        return None
    return numeric_date_order(
        text
        for chapter in manuscript.chapters
        for text in (
            chapter.title,
            *(p.text for p in chapter.paragraphs),
            *(n.text for p in chapter.paragraphs for n in p.notes),
        )
    )


def _note_segments(
    notes: list[Note], lang: str, config: BookConfig, paragraph: int,
    facts: BookFacts | None = None, lexicon: Mapping[str, str] | None = None,
) -> list[Segment]:
    """Each note as the narrator reads it: "Note one." and then its sentences, said with
    the book's facts as its body is (a footnote's "It cost 450l." in a book of old sums is
    pounds; "Henry 8" in a book of numbered kings is "the eighth")."""
    facts = facts or BookFacts()
    said = NOTES_INTRO.get(lang.split("-")[0].lower(), NOTES_INTRO["en"])[1]
    lexicon = config.pronounce if lexicon is None else lexicon
    segs: list[Segment] = []
    for note in notes:
        label = note.label if any(ch.isalnum() for ch in note.label) else ""
        intro = said.format(label=label).replace(" .", ".")
        first = True
        for sentence in sentences(note.text, lang) or [""]:
            for piece in split_long(sentence):
                spoken = facts.said(piece, lang, lexicon)
                if first:
                    spoken = f"{to_spoken(intro, lang, lexicon)} {spoken}"
                    first = False
                pause = config.pauses.sentence_ms
                segs.append(Segment("note", piece, spoken, config.voice, pause, paragraph))
        if segs:
            segs[-1] = _with_pause(segs[-1], config.pauses.paragraph_ms)
    return segs


def _with_pause(seg: Segment, pause_ms: int) -> Segment:
    return replace(seg, pause_after_ms=pause_ms)


def text_segments(chapters: tuple[ScriptChapter, ...] | list[ScriptChapter]) -> Iterator[Segment]:
    for chapter in chapters:
        yield from (s for s in chapter.segments if s.kind == "text")


def audit_words(manuscript: Manuscript, chapters: list[ScriptChapter]) -> None:
    """Prove every word of the manuscript is in the text segments, once, in order, and
    every note it carries in the note segments, once, in order of citation.

    What was deliberately left out (`Manuscript.omitted`) is no longer in the chapters.
    """
    body = [w for ch in manuscript.chapters for p in ch.paragraphs
            for w in words(ruby_base(p.text))]  # fmt: skip
    said = [w for s in text_segments(chapters) for w in words(s.text)]
    notes = [w for c in manuscript.chapters for p in c.paragraphs for n in p.notes
             for w in words(n.text)]  # fmt: skip
    read = [w for c in chapters for s in c.segments if s.kind == "note" for w in words(s.text)]
    for expected, got in ((body, said), (notes, read)):
        _compare(manuscript, expected, got)


def _compare(manuscript: Manuscript, expected: list[str], got: list[str]) -> None:
    if expected != got and not _only_runs_cut(expected, got):
        at = next(
            (i for i, (a, b) in enumerate(zip(expected, got, strict=False)) if a != b),
            min(len(expected), len(got)),
        )
        near = [w if len(w) <= 20 else f"{w[:20]}…" for w in expected[max(0, at - 5) : at + 5]]
        raise ManuscriptError(
            f"{manuscript.source}: internal check failed: segmenting lost or doubled words "
            f'near "{" ".join(near)}" (word {at + 1}); please report this manuscript'
        )


LONG_RUN = MAX_SEGMENT_CHARS // 3
"""A "word" this long has no space in a third of a segment: Chinese, Thai, a gene's
letters. `split_long` may cut it between two characters."""


def _only_runs_cut(expected: list[str], got: list[str]) -> bool:
    """Are the words said the words written, in order, but for long runs (`LONG_RUN`)
    `split_long` cut in pieces? Every other word stays whole: none lost, doubled or
    glued to the next."""
    if sum(map(len, expected)) != sum(map(len, got)) or "".join(expected) != "".join(got):
        return False
    at, ends = 0, set()
    for word in got:
        at += len(word)
        ends.add(at)
    at = 0
    for word in expected:
        inside = any(e in ends for e in range(at + 1, at + len(word)))
        at += len(word)
        if at not in ends or (inside and len(word) < LONG_RUN):
            return False
    return True
