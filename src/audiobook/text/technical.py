"""Code blocks and tables: what a narrator of a technical book does with them.

A listener cannot follow forty lines of source code or a price table read cell by
cell, so by default (`[text] code = "skip"`, `[text] tables = "skip"`) each block is
replaced by one short sentence in the book's language ("A code example follows in
the book.") and listed as left out (`plan`, `manifest.json`). With "read", code is
read line by line and a table row by row ("Row 1: Alice, 42."), after its column
names when it has a header row.

Readers do not decide: they put a placeholder paragraph where the block stood and
keep the block itself in `ReadText.blocks` (`Blocks.add`). The placeholder has no
letters, digits or brackets, so the notes and matter passes never touch the code
inside (`arr[2]` is not a citation), and the fuzz tests never see a word the
manuscript did not hold; `resolve` replaces it once the policy and the
language are known. Inline code (`code` in a sentence) is part of its sentence and
is read as written; readers keep it in the text.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from audiobook.models import Omission, Paragraph

if TYPE_CHECKING:
    from collections.abc import Collection

    from audiobook.config import TextPolicy
    from audiobook.text.readers.base import ReadText

OPEN, CLOSE = "\ue010", "\ue011"
"""Private-use characters around a block's key; `resolve` removes every one."""
_PLACEHOLDER = re.compile(f"{OPEN}([^{CLOSE}]*){CLOSE}")

Rows = tuple[tuple[str, ...], ...]

_DIGITS = str.maketrans("0123456789", "".join(chr(0xE020 + d) for d in range(10)))


def _key(number: int) -> str:
    """A block's key in private-use digits: no letter or digit a reader could count
    as a word of the manuscript, and nothing the notes pass reads as a mark."""
    return str(number).translate(_DIGITS)


def rekeyed(found: ReadText, taken: Collection[str]) -> ReadText:
    """`found` with its blocks keyed anew, none of them `taken`: a book in several files
    joins their blocks into one table, and every file's reader keys its own from the
    same number."""
    if not found.blocks:
        return found
    fresh = (key for n in itertools.count() if (key := _key(n)) not in taken)
    keys = {old: next(fresh) for old in found.blocks}

    def swap(text: str) -> str:
        return _PLACEHOLDER.sub(lambda m: f"{OPEN}{keys.get(m[1], m[1])}{CLOSE}", text)

    chapters = [
        (title, [replace(p, text=swap(p.text)) if OPEN in p.text else p for p in paragraphs])
        for title, paragraphs in found.chapters
    ]
    omitted = tuple(replace(o, text=swap(o.text)) if OPEN in o.text else o for o in found.omitted)
    blocks = {keys[old]: block for old, block in found.blocks.items()}
    return replace(found, chapters=chapters, omitted=omitted, blocks=blocks)


MENTIONS = {
    "en": ("A code example follows in the book.", "A table follows in the book."),
    "ru": ("Далее в книге следует пример кода.", "Далее в книге следует таблица."),
    "de": ("Im Buch folgt ein Codebeispiel.", "Im Buch folgt eine Tabelle."),
    "fr": ("Un exemple de code suit dans le livre.", "Un tableau suit dans le livre."),
    "es": ("En el libro sigue un ejemplo de código.", "En el libro sigue una tabla."),
}
"""The sentence spoken where a skipped block stood (English for other languages)."""
EQUATION_MENTIONS = {
    "en": "An equation follows in the book.",
    "ru": "Далее в книге следует уравнение.",
    "de": "Im Buch folgt eine Gleichung.",
    "fr": "Une équation suit dans le livre.",
    "es": "En el libro sigue una ecuación.",
}
"""The sentence spoken where a displayed formula too involved to say stood (TeX math in
Markdown): never read as its source, whatever `code` says."""

TABLE_WORDS = {
    "en": ("Columns", "Row"),
    "ru": ("Столбцы", "Строка"),
    "de": ("Spalten", "Zeile"),
    "fr": ("Colonnes", "Ligne"),
    "es": ("Columnas", "Fila"),
}
"""How a table read aloud names its header and its rows; numbers stay digits so
each language's own number reading says them."""


@dataclass
class Blocks:
    """The code blocks and tables a reader found, by key, in document order."""

    found: dict[str, tuple[str, Rows]] = field(default_factory=dict)
    times: list[str] = field(default_factory=list)  # text messages' times: not read

    def add(self, kind: str, rows: list[list[str]] | list[tuple[str, ...]]) -> str:
        """Keep a block ("code", "table", or "table-head" when row one names the
        columns) and return the placeholder paragraph that stands for it ("" when the
        block holds nothing to read)."""
        kept = tuple(tuple(" ".join(c.split()) for c in row) for row in rows)
        kept = tuple(row for row in kept if any(row))
        if not kept:
            return ""
        key = _key(len(self.found) + 1)
        self.found[key] = (kind, kept)
        return f"{OPEN}{key}{CLOSE}"


def code_rows(text: str) -> list[list[str]]:
    """A code block's text as rows of one cell (its lines, tabs as spaces)."""
    return [[line.replace("\t", " ").strip()] for line in text.splitlines() if line.strip()]


_TIME = r"\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?"
_STAMP = re.compile(rf"^\s*(?:\[{_TIME}\]|\({_TIME}\)|{_TIME}(?=\s))\s*")
"""A chat log's time stamp at a line's start: "[02:07] ", "(2:07 pm) ", "14:02 "."""
_TIME_CELL = re.compile(rf"^[\[(]?{_TIME}[\])]?$")
_CODE_SIGNS = re.compile(
    r"[{}\\`|=]|\w\(|->|::|&&|</?[A-Za-z][\w-]*[\s/>]|\w\[\w*\]"
    r"|^\s*(?:#|//|/\*|\$\s|>>>|%\s)|\S {3,}\S"
    r"|^\W*(?:[^\W\d_]+\W+){0,2}[^\W\d_]*;\s*$|[^\w\s,.!?’”'\"]\s*;\s*$|[0-9];\s*$"
)
"""What marks a line as code or data, not prose: braces, backslashes, pipes, "=", a call
"f(", "->", "::", a tag, an index "a[i]", a comment or prompt at the start, columns lined
up with runs of spaces, or a statement's ";" at the end: after three words or fewer
("return x;", "break;") or after a sign or a figure ("i++;", "x = 1;"). A line of verse
ending on ";" after its words ("Set all tongues wagging in the Spanish nation;") is a
poem's, as Project Gutenberg's HTML sets verse in `<pre>`."""
_SPEAKER = re.compile(r"[^\W\d_][\w.’'-]*(?: [^\W\d_][\w.’'-]*){0,2}")
"""Who sent a message, in a table of texts: a name or a user name of up to three words."""
PROSE_LETTERS = 0.7
"""A text of prose or dialogue is mostly letters: at least this share of its marks."""


def _wordy(texts: list[str] | tuple[str, ...]) -> bool:
    """Texts of words: none with code's signs, and mostly letters."""
    marks = "".join("".join(text.split()) for text in texts)
    letters = sum(ch.isalpha() for ch in marks)
    return (
        bool(marks)
        and not any(_CODE_SIGNS.search(text) for text in texts)
        and letters >= PROSE_LETTERS * len(marks)
    )


def _prose(lines: list[str]) -> bool:
    """Lines of prose or verse, as a story sets a chat log or a poem: wordy, and most
    lines two words or more (a listing's lines are often one)."""
    worded = sum(len(re.findall(r"[^\W\d_]{2,}", line)) >= 2 for line in lines)
    return _wordy(lines) and worded * 3 >= len(lines) * 2


def story_text(text: str) -> tuple[list[list[str]], list[str]] | None:
    """A `<pre>` that sets story text, not code: a chat log ("[02:07] ghostwire_77: meet
    me."), a log of events ("02:14 North door opened"), a poem, a typed note. Its
    paragraphs (blank-line apart) as lists of lines, and the time stamps taken off the
    lines' starts in a chat log (`_chat`: said by no narrator); a log of events keeps its
    times, which the story may count on ("Thirty-three minutes," she said). None for
    code, a listing or a table set in spaces."""
    lines = [line.strip() for line in text.splitlines()]
    stamped = [line for line in lines if _STAMP.match(line)]
    stamps: list[str] = []
    unstamped = [_STAMP.sub("", line, count=1) for line in lines] if len(stamped) >= 2 else lines
    if not _prose([line for line in unstamped if line]):
        return None
    if len(stamped) >= 2 and _chat(stamped):
        stamps = [m[0].strip() for line in lines if (m := _STAMP.match(line))]
        lines = unstamped
    paragraphs: list[list[str]] = [[]]
    for line in lines:
        if line:
            paragraphs[-1].append(line)
        elif paragraphs[-1]:
            paragraphs.append([])
    return [p for p in paragraphs if p], stamps


_SENT = re.compile(rf"^{_SPEAKER.pattern}:\s")
"""A chat line's sender after its time stamp: "ghostwire_77: meet me"."""


def _chat(stamped: list[str]) -> bool:
    """Are these time-stamped lines a chat's, a sender named after each time ("[02:07]
    ghostwire_77: …"), and not a log of events ("02:14 North door opened")? Most of
    them (a chat may log "*** moth_9 is typing ***" between)."""
    sent = sum(bool(_SENT.match(_STAMP.sub("", line, count=1))) for line in stamped)
    return sent >= 2 and sent * 2 >= len(stamped)


def conversation(rows: list[list[str]]) -> tuple[list[str], list[str]] | None:
    """A table that sets text messages (who, message, and perhaps the time, a row each):
    one line per row, "Bex: are u actually going", and the times, which are left out.
    Only a table whose first column of words names senders (short names, one of them
    sending twice or more) and whose other column holds the messages (words, no code
    or figures, not a list of topics: `_topics`); at most one column of times besides,
    and not a schedule's (`_schedule`: an agenda's "9:00 | Dana Cole | Welcome", whose
    times are read with it as a table is). None for any other table."""
    width = len(rows[0]) if rows else 0
    if len(rows) < 2 or not 2 <= width <= 3 or any(len(row) != width for row in rows):
        return None
    columns = list(zip(*rows, strict=True))
    timed = [i for i, cells in enumerate(columns) if all(_TIME_CELL.match(c) for c in cells)]
    if len(timed) > 1 or width - len(timed) != 2:
        return None
    if timed == [0] and _schedule(columns[0]):
        return None
    who, said = (columns[i] for i in range(width) if i not in timed)
    if not all(_SPEAKER.fullmatch(name) for name in who) or len(set(who)) == len(who):
        return None
    if not _wordy(said) or _topics(said):
        return None
    times = [cell for i in timed for cell in columns[i]]
    return [f"{name}: {text}" for name, text in zip(who, said, strict=True)], times


TIME_STAMP_WHY = "a chat's or a text message's time, not read"


def table_lines(
    rows: list[list[str]], *, head: bool, titled: bool = False, heading: str = ""
) -> tuple[list[str], list[str]] | None:
    """A table a listener can follow said a row a line, whichever reader found it (HTML
    and EPUB, Word, Markdown), and the times it leaves out: a recipe's ingredients
    (`ingredient_lines`, under the section `heading` when the reader knows it), text
    messages (`conversation`: "Bex: are u actually going", without their times) or a
    cast list (`prose_table`: "NED PIKE, the parish lamplighter."). Only a table with no
    header row (`head`), whose first row would name data's columns; a cast list may have
    a title in one spanning cell over it (`titled`). None for a table of data, which
    keeps its block (`Blocks.add`)."""
    if (lines := ingredient_lines(rows, head=head, heading=heading)) is not None:
        return lines, []
    if head and not titled:
        return None
    if not head and (texts := conversation(rows)) is not None:
        return texts
    lines = prose_table(rows)
    return (lines, []) if lines is not None else None


_INGREDIENT_COLUMN = re.compile(
    r"(?i)^\W*(?:ingredients?|zutaten?|ingrédients?|ingredientes?|ingredienti|ингредиенты)\W*$"
)
"""The column of a recipe's ingredients, as its header names it."""
_AMOUNT_COLUMN = re.compile(
    r"(?i)^\W*(?:amounts?|quantit(?:y|ies)|qty|measures?|measurements?|weight|volume|metric"
    r"|imperial|u\.?s\.?(?: customary)?|cups|grams|menge|quantité|cantidad|quantità|количество)\W*$"
)
"""A column of amounts in a recipe's table: "Amount", "Quantity", "US", "Metric"."""
_NOTE_COLUMN = re.compile(r"(?i)^\W*(?:notes?|preparation|prep|comments?|remarks?|tips?)?\W*$")
"""A column of how each ingredient is prepared ("spooned and leveled"), or none named."""
_INGREDIENTS_HEADING = re.compile(
    r"(?i)^\W*(?:(?:the|your|for the)\s+)?(?:ingredients|zutaten|ingrédients|ingredientes"
    r"|ingredienti)\b"
)
"""A recipe's "Ingredients" heading ("Ingredients", "Ingredients for the Dough")."""
_AMOUNT = re.compile(r"\d|[½⅓⅔¼¾⅛⅜⅝⅞]|(?i:\b(?:pinch|dash|handful|to taste|one|two|half)\b)")
MAX_INGREDIENT_ROWS = 40


def ingredient_lines(rows: list[list[str]], *, head: bool, heading: str = "") -> list[str] | None:
    """A recipe's ingredient table read as a cook reads it out, a row a line, its cells
    in the book's order with a pause between ("All-purpose flour, 2 cups (250 g), spooned
    and leveled."): the amounts exist nowhere else, and the method cannot be followed
    without them. Its header names the columns, which a narrator does not say: one
    "Ingredient(s)", one or more of amounts ("Amount", "Quantity", "US", "Metric") and
    perhaps notes ("Notes", "Preparation"); or, under an "Ingredients" heading, any
    table of two or three columns whose rows each name a thing in words and most hold an
    amount (its header row, `head`, is not read). At most `MAX_INGREDIENT_ROWS` rows,
    no code's signs. None for any other table: a conversion chart ("US | Metric") or a
    table of figures keeps its mention."""
    width = max(map(len, rows), default=0)
    if not 2 <= width <= 4:
        return None
    header = [cell.strip() for cell in rows[0]]
    named = (
        sum(bool(_INGREDIENT_COLUMN.match(c)) for c in header) == 1
        and any(_AMOUNT_COLUMN.match(c) for c in header)
        and all(_INGREDIENT_COLUMN.match(c) or _AMOUNT_COLUMN.match(c) or _NOTE_COLUMN.match(c)
                for c in header)
    )  # fmt: skip
    if named:
        body = rows[1:]
        first = next(i for i, c in enumerate(header) if _INGREDIENT_COLUMN.match(c))
    elif _INGREDIENTS_HEADING.match(heading) and width <= 3:
        body, first = (rows[1:] if head else rows), 0
    else:
        return None
    body = [row for row in body if any(cell.strip() for cell in row)]
    if not 1 <= len(body) <= MAX_INGREDIENT_ROWS:
        return None
    if any(_CODE_SIGNS.search(cell) for row in body for cell in row):
        return None
    things = [row[first] if first < len(row) else "" for row in body]
    if not all(re.search(r"[^\W\d_]{2,}", thing) for thing in things):
        return None
    amounts = sum(any(_AMOUNT.search(c) for i, c in enumerate(row) if i != first) for row in body)
    if amounts * 2 < len(body):
        return None
    lines = []
    for row in body:
        cells = [cell.strip().rstrip(".,;:") for cell in row if cell.strip()]
        lines.append(f"{', '.join(cells)}.")
    return lines


def times_left_out(times: list[str]) -> tuple[Omission, ...]:
    """The times of text messages read as lines (`table_lines`), listed for `plan`, as
    the HTML reader lists them ("6 time stamps")."""
    if not times:
        return ()
    what = f"{len(times)} time stamp{'s' if len(times) != 1 else ''}"
    return (Omission(what, TIME_STAMP_WHY, "\n".join(times)),)


_PICTURES = re.compile(
    r"\s*(?:[\U0001F000-\U0001FAFF\u2600-\u2603\u2614\u2615\u2639\u263A\u2705\u270A-\u270F"
    r"\u2728\u274C\u2763\u2764\u2B50][\uFE0E\uFE0F\u200D\u20E3"
    r"\U0001F3FB-\U0001F3FF]*\s*)+"
)
"""A cell that is only emoji: a text message ("JO | ❤️") whose picture is the message, said
by its name in normalize (`_said_emoji`), so the cell is kept as words are."""
MAX_PROSE_TABLE_ROWS = 60
"""The rows of a table of words read as lines: a long play's cast list, not a register."""


def prose_table(rows: list[list[str]]) -> list[str] | None:
    """A small table of words, not data: a play's cast list set as a table ("HAMLET |
    Prince of Denmark"), a glossary, a list of who is who. Read row by row as lines, its
    cells joined as a printed cast list joins them ("HAMLET, Prince of Denmark."), as it
    would be if typed as paragraphs, in whichever reader holds it, and in both `[text]
    tables` settings: there is nothing in it a listener cannot follow. Only a table with
    no header row (a header names data's columns), two or three columns, at most
    `MAX_PROSE_TABLE_ROWS` rows, every cell words (`_wordy`: no figures, no code's
    signs), and most rows' last cell a phrase of two words or more (a role, a gloss;
    "Carrot | Onion" or "Town | Days" over "Taoudenni | Twelve" are a list's data). A
    row of one cell ("Lords, Ladies, Officers, and Attendants.", a title over the list)
    is a line of its own, a cell that is only emoji ("JO | ❤️") is kept as words are, and
    a cell with nothing to say (a brace "}" grouping rows) is passed over. None for any
    other table: a price list or a timetable keeps its mention (`resolve`)."""
    filled = [
        [cell for cell in row if any(ch.isalnum() for ch in cell) or _PICTURES.fullmatch(cell)]
        for row in rows
    ]
    filled = [row for row in filled if row]
    if not 2 <= len(filled) <= MAX_PROSE_TABLE_ROWS:
        return None
    if max(map(len, filled)) > 3 or sum(len(row) >= 2 for row in filled) < 2:
        return None
    if not all((_wordy([cell]) or _PICTURES.fullmatch(cell))
               and not any(ch.isdigit() for ch in cell)
               for row in filled for cell in row):  # fmt: skip
        return None
    paired = [row for row in filled if len(row) >= 2]
    described = sum(len(row[-1].split()) >= 2 for row in paired)
    if described < 2 or described * 2 < len(paired):
        return None  # "Carrot | Onion", "Town | Days": words, but a list's, not prose
    lines: list[str] = []
    for row in filled:
        cells = [cell.strip() for cell in row]
        line = ", ".join([*(cell.rstrip(".,;:") for cell in cells[:-1]), cells[-1]])
        if not line.rstrip("”’\"')»").endswith((".", "!", "?", "…")):
            line = f"{line.rstrip(',;:')}."
        lines.append(line)
    return lines


_CLOCK = re.compile(r"[\[(]?(\d{1,2}):(\d{2})(?::\d{2})?\s?(?:([AaPp])\.?[Mm]\.?)?[\])]?")


def _schedule(times: tuple[str, ...]) -> bool:
    """Are the times in a table's first column a schedule's, an agenda's or a timetable's
    (9:00, 9:30, 10:45, 12:00): rising, each on a five-minute mark? A chat's times fall
    where the messages were sent (07:45, 07:46, 08:02)."""
    minutes = []
    for cell in times:
        clock = _CLOCK.fullmatch(cell.strip())
        if clock is None:
            return False
        hour, minute = int(clock[1]) % 12 if clock[3] else int(clock[1]), int(clock[2])
        minutes.append((hour + (12 if (clock[3] or "").lower() == "p" else 0)) * 60 + minute)
    rising = all(a < b for a, b in itertools.pairwise(minutes))
    return rising and all(m % 5 == 0 for m in minutes)


def _topics(texts: tuple[str, ...]) -> bool:
    """Are these cells topics in title case ("Budget Review", "Hiring Plan"), as an
    agenda lists them, not messages? Every cell of two words or more, every word of four
    letters or more capitalised, none ending a sentence."""
    def titled(text: str) -> bool:
        words = re.findall(r"[^\W\d_][\w'’-]*", text)
        long = [w for w in words if len(w) >= 4]
        return len(words) >= 2 and bool(long) and all(w[0].isupper() for w in long)

    return all(titled(t) and not t.rstrip().endswith((".", "!", "?")) for t in texts)


def plain(kind: str, rows: Rows) -> str:
    """A block as plain text, for the list of what was left out."""
    if kind == "code":
        return "\n".join(row[0] for row in rows)
    return "\n".join(" | ".join(row) for row in rows)


def _read_aloud(kind: str, rows: Rows, lang: str) -> list[str]:
    """The paragraphs a block becomes in "read" mode."""
    if kind == "code":  # a line of only "}" or "*/" has nothing to say
        return [row[0] for row in rows if any(ch.isalnum() for ch in row[0])]
    columns, row_word = TABLE_WORDS.get(lang, TABLE_WORDS["en"])
    said: list[str] = []
    body = rows
    if kind == "table-head":
        said.append(f"{columns}: {_cells(rows[0])}.")
        body = rows[1:]
    for number, row in enumerate(body, 1):
        said.append(f"{row_word} {number}: {_cells(row)}.")
    return said


def _cells(row: tuple[str, ...]) -> str:
    return ", ".join(cell.rstrip(".;,") for cell in row if cell)


def resolve(found: ReadText, policy: TextPolicy, language: str) -> tuple[ReadText, list[Omission]]:
    """Replace every block placeholder by its mention (skip) or its text (read)."""
    lang = language.split("-")[0].lower()
    code_said, table_said = MENTIONS.get(lang, MENTIONS["en"])
    omitted: list[Omission] = []
    chapters: list[tuple[str | None, list[Paragraph]]] = []
    for title, paragraphs in found.chapters:
        where = f"'{title}'" if title else "the opening"
        out: list[Paragraph] = []
        for paragraph in paragraphs:
            match = _PLACEHOLDER.fullmatch(paragraph.text.strip())
            if not match:
                text = _PLACEHOLDER.sub("", paragraph.text) if OPEN in paragraph.text else None
                out.append(replace(paragraph, text=text) if text is not None else paragraph)
                continue
            kind, rows = found.blocks.get(match[1], ("code", ()))
            if not rows:
                continue
            if kind == "equation":
                where_size = f"{len(rows)} line{'s' if len(rows) != 1 else ''}"
                omitted.append(Omission(f"equation in {where} ({where_size})",
                                        "TeX math too involved to read aloud",
                                        plain(kind, rows)))  # fmt: skip
                mention = EQUATION_MENTIONS.get(lang, EQUATION_MENTIONS["en"])
                if not (out and out[-1].text == mention):
                    out.append(Paragraph(mention, scene_break_before=paragraph.scene_break_before))
                continue
            is_code = kind == "code"
            mode = policy.code if is_code else policy.tables
            if mode == "read":
                for index, line in enumerate(_read_aloud(kind, rows, lang)):
                    brk = paragraph.scene_break_before and index == 0
                    out.append(Paragraph(line, scene_break_before=brk))
                continue
            name = "code block" if is_code else "table"
            size = (
                f"{len(rows)} line{'s' if len(rows) != 1 else ''}"
                if is_code
                else (f"{len(rows)} row{'s' if len(rows) != 1 else ''}")
            )
            setting = f'[text] {"code" if is_code else "tables"} = "skip"'
            omitted.append(Omission(f"{name} in {where} ({size})", setting, plain(kind, rows)))
            mention = code_said if is_code else table_said
            if out and out[-1].text == mention:
                continue  # two blocks in a row: one mention
            out.append(Paragraph(mention, scene_break_before=paragraph.scene_break_before))
        chapters.append((title, out))
    return replace(found, chapters=chapters, blocks={}), omitted


def unplaceholder(text: str, blocks: dict[str, tuple[str, Rows]]) -> str:
    """Text (an omission's) with each placeholder replaced by its block's plain text."""
    if OPEN not in text:
        return text
    return _PLACEHOLDER.sub(lambda m: plain(*blocks[m[1]]) if m[1] in blocks else "", text)
