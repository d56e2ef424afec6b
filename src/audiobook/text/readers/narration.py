"""What a manuscript made ready for a human narrator, or still in draft, carries that a
listener never hears: the writer's notes to self ("[TK]", "[TODO: …]"), notes to the narrator
("[Narrator: slower here]"), performer's and sound cues ("(laughs)", "[SFX: door]"),
breaks typed as words ("END OF CHAPTER TWO"), typed audio credits ("This is Audible."),
and a cover note to the editor. Each reader takes them out with these rules and lists them
in `plan`; a printed play keeps its directions (`is_play`). docs/READING.md says what is
left out and why.
"""

from __future__ import annotations

import re

from audiobook.models import Omission
from audiobook.text.readers.base import clean_text

DRAFT_NOTE = re.compile(
    r"[ \t]*(?:\[\[[^\[\]\n]{1,300}\]\]"
    r"|\[[ \t]*(?:(?:TK|TKTK|tk|TODO|todo|FIXME|XXX|CHECK)\b(?!['’])|(?:AU|AQ|ED)[ \t]*:"
    r"|(?i:note[ \t]+to[ \t]+(?:self|me|(?:my[ \t]+|the[ \t]+)?(?:copy[ -]?)?editor|agent"
    r"|typesetter|designer)\b))[^\[\]\n]{0,300}\])(?![(\[])"
)
"""A writer's note to self in a draft, in square brackets: "[TK: check whether a mill
would have one]", "[TODO add the storm]", "[CHECK date]", "[NOTE TO EDITOR: …]", an
editor's query "[AU: …]", "[[…]]". An author's own bracket in the story ("[sic]", "[Check
the ledger, Mara wrote]") is none: the markers are in capitals, or say whom the note is
for; nor is a Markdown link's text ("[TODO list](todo.md)"). One rule for every reader
(Word, plain text, Markdown, HTML and EPUB)."""
DRAFT_NOTE_WHY = "the writer's note to self in a draft ([TK], [TODO], [NOTE TO EDITOR: …])"

_NOTE_LINE = re.compile(
    r"^[ \t]*(?:(?P<label>(?:TODO|TO[ -]DO|FIXME|FIX|TKTK|TK|XXX)[ \t]*:[ \t]*\S.*)"
    r"|(?P<tags>#(?i:todo|to-?do|fixme|fix|research|check|draft|wip|revise|rewrite|edit|idea"
    r"|ideas|tk|followup|follow-up|question|expand)(?:[ \t]+#[^\W\d_][\w/-]*)*"
    r"(?:[ \t]+[^#\s].*)?)"
    r"|(?P<instruction>\[[ \t]*(?i:insert|add|expand|flesh[ \t]+out|rewrite|describe|research"
    r"|finish|write|fill[ \t]+in|need|more[ \t]+(?:on|about|here)|something[ \t]+(?:about|here))"
    r"\b[^\[\]\n]{3,300}\])"
    r"|(?P<query>\[[^\[\]\n]{3,300}[—–-][ \t]*(?i:editor|ed\.?|ce|copy[ -]?editor|agent)[ \t]*\]))"
    r"[ \t]*$"
)
"""A line (or a paragraph) that is wholly a writer's note in a draft, without the
brackets `DRAFT_NOTE` knows: a label in capitals with a colon ("TODO: expand this",
"FIX: timeline", "TK: name?"), a line of note tags ("#todo #research check the bus
times", Obsidian's and Bear's tags, starting with a tag a writer files a to-do under),
a bracketed instruction to oneself ("[insert scene where they meet]", "[add the storm
here]") and an editor's signed query ("[Sam — cut this? —Editor]"). Only the whole
line is a note: "Todo" or "fix it!" in a sentence, a hashtag inside one, "#blessed" on
its own, a story's "[Transcript begins]" or "[Enter the Ghost]" are text."""

_NOTE_SPAN = re.compile(
    r"(?:^|(?<=[.!?…][\"”’)]\s)|(?<=[.!?…]\s))[ \t]*XXX[ \t]+[a-z][^\n]{0,200}?[ \t]XXX"
    r"(?=[ \t]*$|[ \t]+[\"“A-Z])"
)
"""A writer's "XXX need a better line here XXX" placeholder: a sentence of its own,
between two "XXX" marks, with words in lower case inside; a film rated "XXX", or
"Chapter XXX", is not one."""

_NOTE_KINDS = (
    ("label", "note to self (TODO:, FIX:, TK:)"),
    ("tags", "line of note tags (#todo, #research)"),
    ("instruction", "bracketed instruction to oneself ([insert scene …])"),
    ("query", "editor's query ([… —Editor])"),
)


_CUE = (
    r"(?:(?:a|long|longer|short|brief|slight|little|dramatic|big|pregnant)[ \t]+)?"
    r"(?:pause|beat|silence)"
    r"|(?:takes?[ \t]+a[ \t]+|a[ \t]+|deep[ \t]+)?breath|breathes"
)
"""A performer's cue to pause ("[pause]", "(beat)", "[long pause]"): a pause, not words."""
_DELIVERY = (
    r"whisper(?:s|ing|ed)?|laugh(?:s|ing|ter)?|chuckl(?:es|ing)|giggl(?:es|ing)|sigh(?:s|ing)?"
    r"|sob(?:s|bing)|cries|crying|sniff(?:s|ing|les)|gasp(?:s|ing)|cough(?:s|ing)"
    r"|clears?[ \t]+(?:(?:her|his|their|my)[ \t]+)?throat|shout(?:s|ing)|yell(?:s|ing)"
    r"|scream(?:s|ing)|softly|quietly|loudly|angrily|sarcastically|off[ -]?mic|on[ -]?mic"
    r"|together|in[ \t]+unison|sing[ -]?song|[^\W\d_]+[ \t]+accent"
)
"""A performer's cue to a way of saying ("[whispering]", "(laughs)", "(off mic)"): obeyed,
never said; a closed list, so that a parenthesis of the story ("(he laughed at that)")
is read."""
_CUE_ITEM = re.compile(rf"[ \t]*(?:(?P<pause>{_CUE})|{_DELIVERY})[ \t]*", re.IGNORECASE)
_CUE_BRACKET = re.compile(
    rf"[ \t]*(?:(?P<pause>{_CUE})|{_DELIVERY})[ \t]*(?:[.,;:—–-][^\n]{{0,80}})?", re.IGNORECASE
)
_SOUND_CUE = re.compile(
    r"[ \t]*(?:SFX|FX|sound[ \t]+(?:effects?|cue)|sound|music(?:[ \t]+(?:cue|out|in|up|under"
    r"|fades?(?:[ \t]+(?:in|out|up|down|under))?|swells?|stings?|ends?|stops?|starts?|plays?))?"
    r"|(?:opening|closing|theme|end)[ \t]+(?:music|theme)|sting|theme[ \t]+(?:in|out|up|under))"
    r"[ \t]*(?:[:,.;—–-][^\n]{0,160})?",
    re.IGNORECASE,
)
"""A producer's sound or music cue in brackets ("[SFX: door slams]", "[Music cue: sting]",
"[Music out]", "[Closing music]"): the build plays no sound, and the words are not the
book's."""
_TO_NARRATOR = re.compile(
    r"[ \t]*(?:(?:the[ \t]+)?narrator(?:'s|’s)?(?:[ \t]+(?:notes?|directions?|cues?))?|narration"
    r"|notes?[ \t]+(?:to|for)[ \t]+(?:the[ \t]+)?(?:narrator|performers?|voice[ \t]+actors?)"
    r"|for[ \t]+the[ \t]+(?:narrator|performers?)|(?:stage[ \t]+|performance[ \t]+)?directions?"
    r"|director(?:'s|’s)?[ \t]+notes?|(?:production|recording|performance)[ \t]+notes?"
    r"|author(?:'s|’s)?[ \t]+notes?\b[^:\n]{0,40}\brecording)[ \t]*[:—–-]",
    re.IGNORECASE,
)
_TO_NARRATOR_LINE = re.compile(
    r"[ \t]*(?:(?:the[ \t]+)?narrator(?:'s|’s)?[ \t]+(?:notes?|directions?|cues?)"
    r"|notes?[ \t]+(?:to|for)[ \t]+(?:the[ \t]+)?(?:narrator|performers?|voice[ \t]+actors?)"
    r"|for[ \t]+the[ \t]+(?:narrator|performers?)|recording[ \t]+notes?"
    r"|author(?:'s|’s)?[ \t]+notes?\b[^:\n]{0,40}\brecording"
    r"|(?:production|director(?:'s|’s)?|performance)[ \t]+notes?(?=[ \t]*[:—–-][^\n]{0,300}"
    r"\b(?:narrat\w*|performers?|voice[ \t]+actors?|recording|audio\w*|not[ \t]+to[ \t]+be"
    r"[ \t]+read|read[ \t]+(?:aloud|out)|mic)\b))[ \t]*[:—–-]",
    re.IGNORECASE,
)
"""`_TO_NARRATOR` as a paragraph's own label, outside brackets: the label must name the
narrator or the recording ("NARRATOR NOTE: …", "For the narrator: …", "Recording note:
…"); a script's speaker label "NARRATOR:" is read, and a recipe's "Directions:" too. A
"Production note:", "Director's note:" or "Performance note:" is one only when it speaks
of the narration, the performers or the recording ("Production note: Narration is in plain
type … for the performers and not to be read"); else it is the book's own (a textbook's
safety note to its reader); in brackets it is always one."""
"""The label of a note to the narrator ("[Narrator: slower here]", "[Note to narrator: …]",
"NARRATOR NOTE: read this in a Scottish accent", "Production note: …", "[Direction:
whisper]"): a direction for the performer, obeyed and not said. A story's "[Narrator's
voice]" has no colon, and a "Note to the reader" is the book's own."""
_NAMED_DIRECTION = re.compile(
    r"[ \t]*[A-Z][a-z]+[ \t]*[—–-][ \t]*\(?(?i:pause|beat|breathe?|read|say|slow|slower|go|take"
    r"|try|stress|emphasi[sz]e|whisper|softer|louder|faster)\b"
)
"""A note addressed to the narrator by name with a direction ("[Ewan – (pause) here, a good
long one]")."""
_SOUND_LINE = re.compile(
    r"^[ \t]*(?:(?:SFX|FX|SOUND(?:[ \t]+EFFECTS?)?|(?i:sound[ \t]+effects?|music[ \t]+cue))"
    r"[ \t]*:[ \t]*\S.*"
    r"|MUSIC[ \t]*:[ \t]*(?:[a-z]|(?=[^\n]*\b(?i:up|under|out|fades?|swells?|stings?|plays?"
    r"|ends?|stops?|starts?|theme|cue|sting|bed|rises?|builds?|continues|segue)\b)).*)$"
)
"""A script's sound cue as a line's label ("SFX: door slams.", "MUSIC: theme up and under."):
after "MUSIC:" a sound's description (a lower-case word, or one of music's directions),
not a name ("MUSIC: Mr. Hardy, in the hall" is a timetable's row). In plain text and
Markdown only in a book with two cues or more, and never among other "LABEL: value"
lines (`without_draft_note_lines`)."""
_BREAK_WORDS = re.compile(
    r"^[\s\[\](){}<>*_=~—–.-]*(?i:end[ \t]+of[ \t]+(?:the[ \t]+)?(?:chapter|section|scene|script"
    r"|episode|recording)(?:[ \t]+(?:\d+|[ivxlc]+|(?:one|two|three|four|five|six|seven|eight"
    r"|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
    r"|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)(?:[ -](?:one|two|three"
    r"|four|five|six|seven|eight|nine))?)\b)?|(?:chapter|scene|section)[ \t]+break)"
    r"[\s\[\](){}<>*_=~—–.!-]*$"
)
"""A break typed as words on its own line ("— end of chapter —", "[Chapter break]", "[Scene
break]", "END OF CHAPTER TWO", "END OF SCRIPT"): a pause, as a dinkus is. Only the whole
line, a number at most after it: a textbook's heading "END OF CHAPTER QUESTIONS" is read,
and so are "END OF PART ONE" and "END OF VOL. I." (a printed book's)."""
_AUDIO_CREDIT = re.compile(
    r"^[ \t]*(?:this[ \t]+is[ \t]+(?:audible|an?[ \t]+(?:audible|audio(?:book)?)\b)"
    r"[^.!?\n]{0,60}[.!]?[ \t]*$"
    r"|this[ \t]+has[ \t]+been\b[^\n]{0,200}\b(?:narrated|read|performed|written)[ \t]+by\b"
    r"|(?P<label>(?:opening|closing|end)[ \t]+credits)[ \t]*(?::|$))",
    re.IGNORECASE,
)
"""An audiobook's credits the author typed into the manuscript ("This is Audible.", "This
has been …, narrated by …", "Closing credits"; a ℗ line, `phonogram_line`): the build
says its own credits, with the narrator it uses. "This is Audible." only as the whole
paragraph; in a sentence, or quoted after a colon, it is the story's."""
_PHONOGRAM = re.compile(
    r"(?:\bcopyright[ \t]*)?(?:℗|\(P\))[ \t]*(?:(?:copyright|&[ \t]*©|©)[ \t]*)?"
    r"(?:19|20)\d\d(?:[ \t]*[-–,/][ \t]*(?:19|20)?\d\d)*",
    re.IGNORECASE,
)
_HOLDER = re.compile(
    r"[ \t,]*(?:by[ \t]+)?(?:[A-Z0-9&][\w'’&-]*\.?|and|of|the|for|&)"
    r"(?:[ \t,]+(?:[A-Z0-9&][\w'’&-]*\.?|and|of|the|for|&))*[ \t]*[.]?"
)
_CREDIT_SENTENCE = re.compile(
    r"©|\(c\)|℗|\bcopyright\b|\brights[ \t]+reserved|\blicen[cs]ed\b|\bunauthori[sz]ed\b"
    r"|\b(?:produced|directed|recorded|engineered|mastered|narrated|read|performed|published)"
    r"[ \t]+(?:by|at)\b|\b(?:edition|audio(?:book)?|studios?)\b",
    re.IGNORECASE,
)
MAX_PHONOGRAM_WORDS = 30


def phonogram_line(line: str) -> bool:
    """A sound recording's copyright line the author typed ("Audiobook edition ℗ 2024
    Tidewater Audio Ltd.", "℗ 2024 Harbourlight Audio. Text © 2023 …"): short, the ℗ or
    "(P)" notice in its first sentence with a year and a rights-holder's name after it,
    every other sentence a credit too. A story's sentence that mentions one ("the print
    on every sleeve: ℗ 1967 Decca …. Her mother used to read that line aloud") is read."""
    match = _PHONOGRAM.search(line)
    if match is None or len(line.split()) > MAX_PHONOGRAM_WORDS:
        return False
    before = line[: match.start()]
    if len(before) > 80 or re.search(r"[.!?;][\"”’)]*\s", before):
        return False
    holder = _HOLDER.match(line, match.end())
    if holder is None:
        return False
    rest = line[holder.end() :].strip()
    sentences = [s for s in re.split(r"(?<=[.!?])\s+", rest) if s]
    return all(_CREDIT_SENTENCE.search(s) for s in sentences)
MAX_CREDIT_WORDS = 60


def _audio_credit(line: str) -> bool:
    """A line that is a typed audio credit (`_AUDIO_CREDIT`, `phonogram_line`)."""
    return bool(_AUDIO_CREDIT.match(line)) or phonogram_line(line)

_NARRATOR_COVER = re.compile(
    r"^[ \t]*(?i:(?:audio(?:book)?|narrat(?:or|ion)(?:'s|’s)?|recording)[ \t]+"
    r"(?:draft|copy|script))\b"
    r"|\bfor[ \t]+[A-Z][a-z]+[ \t]+\((?i:narrator|reader|voice)\)"
)
"""A cover note to the narrator ("AUDIO DRAFT v3 — for Ewan (narrator). Comments are my
notes to you", "Audiobook Script -- Final, for recording"): not the book's."""
MAX_COVER_WORDS = 60

NOTE_KINDS = {
    "narrator": ("narrator note", "a note to the narrator, obeyed and not said ([Narrator: slower "
                 "here], NARRATOR NOTE: …, a cover note to the narrator)"),
    "cue": ("performance direction", "a performer's cue, obeyed and not said ([pause], (beat), "
            "[whispering], (laughs)); a pause stands where it asks for one"),
    "sound": ("sound cue", "a sound or music cue the build cannot play ([SFX: …], [Music cue], "
              "MUSIC: …)"),
    "break": ("break marker", "a break typed as words ([Chapter break], — end of chapter —): "
              "a pause, not words"),
    "credit": ("audio credit", "the audiobook's credits typed in the manuscript (This is "
               "Audible, narrated by …, ℗ 2024): the build says its own"),
}
"""What each kind of note to a performer is listed as in `plan`, and why it is not read."""


def _cue_kind(note: str) -> str | None:
    """Which kind of performer's note (`NOTE_KINDS`) a note left out is, if one."""
    inner = note.strip()
    if _BREAK_WORDS.match(inner):
        return "break"
    bare = inner.lstrip("> \t").strip("*_ \t")
    if _TO_NARRATOR_LINE.match(bare) or _NARRATOR_COVER.search(bare):
        return "narrator"
    if inner.startswith("[") and _TO_NARRATOR.match(inner[1:]):
        return "narrator"
    if _NAMED_DIRECTION.match(inner.lstrip("[")) and inner.startswith("["):
        return "narrator"
    if _SOUND_LINE.match(inner) or (
        inner.startswith("[") and _SOUND_CUE.fullmatch(inner[1:-1])
    ):
        return "sound"
    if inner[:1] in "[(" and inner[-1:] in "])" and _performer_cue(
        inner[1:-1], square=inner[0] == "["
    ):
        return "cue"
    if _audio_credit(inner) or (inner[:1] != "[" and _CREDIT_BLOCK_LINE.search(inner)):
        return "credit"  # (a line taken with a "Closing credits" block: "Text copyright …")
    return None


def _note_kind(note: str) -> tuple[str, str]:
    """Which kind of draft note a note left out is, named for `plan`'s list: its noun
    ("draft note", "narrator note") and why it is not read."""
    if (cue := _cue_kind(note)) is not None:
        return NOTE_KINDS[cue]
    if match := _NOTE_LINE.match(note):
        return "draft note", next(why for group, why in _NOTE_KINDS if match.group(group))
    if note.startswith("XXX"):
        return "draft note", "placeholder between XXX marks"
    return "draft note", DRAFT_NOTE_WHY


def draft_note_noun(note: str) -> tuple[str, str]:
    """What `plan` lists a note taken out by `without_draft_notes` as, and why."""
    return _note_kind(note)


def _cue_list(inner: str) -> re.Match[str] | None:
    """A parenthesis of performer's cues, a comma between ("off mic, then closer", "from
    outside, sing-song, Dutch accent"): one item a cue, each short; the pause's match."""
    items = inner.split(",")
    if len(items) > 4 or any(len(item.split()) > 4 or not item.strip() for item in items):
        return None
    if re.search(r"[\"“”‘’.!?;:]", inner):
        return None
    cues = [m for item in items if (m := _CUE_ITEM.fullmatch(item))]
    return cues[0] if cues else None


def _performer_cue(inner: str, *, square: bool) -> re.Match[str] | None:
    """A performer's cue in brackets (`_CUE_BRACKET`) or parentheses (`_cue_list`), its
    match (the "pause" group set for a pause). A play's direction set as a sentence
    ("[A pause.]", "[Laughing.]", "[Pause. They listen.]") is the play's text, read as
    its other directions are."""
    if not inner or inner.rstrip().endswith("."):
        return None
    return (_CUE_BRACKET.fullmatch(inner) if square else None) or _cue_list(inner)


_SPEAKER_TAG = re.compile(
    r"^[ \t>]*[*_]*(?P<name>[A-Z][A-Z'’.-]*(?:[ \t]+[A-Z][A-Z'’.-]*){0,2})[*_]*[.:][*_]*"
    r"(?:[ \t]|$)",
    re.MULTILINE,
)
_CAST_HEADING = re.compile(
    r"^[ \t#*_]*(?i:dramatis[ \t]+person(?:ae|æ)|characters(?:[ \t]+in[ \t]+the[ \t]+play)?"
    r"|persons[ \t]+(?:of[ \t]+the[ \t]+(?:play|drama)|represented)"
    r"|the[ \t]+persons[ \t]+of[ \t]+the[ \t]+play)[ \t*_.:]*$",
    re.MULTILINE,
)
MIN_PLAY_TAGS = 6
_PREPARED = re.compile(
    r"\[[ \t]*(?:sfx|fx|music|sound[ \t]+effects?|narrator|notes?[ \t]+(?:to|for)[ \t]+"
    r"(?:the[ \t]+)?(?:narrator|performers?))\b|^[ \t*_>]*(?:narrator(?:'s|’s)?[ \t]+notes?"
    r"|sfx|fx)[ \t]*:|\bfor[ \t]+the[ \t]+(?:narrator|performers)\b"
    r"|\baudio(?:book)?[ \t]+(?:draft|script|edition)\b|\bfull[ -]cast\b",
    re.IGNORECASE | re.MULTILINE,
)
"""What shows a script prepared for recording (a full-cast audio drama, a narrator's copy):
sound cues, notes to the narrator or the performers, "audio edition": its cues are cues."""


def is_play(text: str) -> bool:
    """Whether a book is a play: speaker tags in capitals opening its lines ("MASHA.
    [Laughs] …", "**JESS:** (beat) …"), six or more for two speakers or more, or three
    under a "Dramatis Personae" or "Characters" page. A play's stage directions are its
    text, read as a printed play's are (`without_draft_notes`'s `play`): "[Laughs]",
    "(beat)" and "END OF SCENE" are the play's words, not a narrator's cues. A script
    prepared for recording (`_PREPARED`: "[SFX: …]", "NARRATOR NOTE:", a full-cast audio
    edition) is no printed play: its cues are obeyed, not said."""
    if _PREPARED.search(text):
        return False
    names: dict[str, int] = {}
    for match in _SPEAKER_TAG.finditer(text):
        name = match.group("name").rstrip(".")
        if len(name.replace(" ", "")) >= 2 and not re.search(
            r"\b(?:NOTE|SFX|FX|MUSIC|SOUND|TODO|FIXME|TK|XXX|CHAPTER|PART|ACT|SCENE)\b", name
        ):
            names[name] = names.get(name, 0) + 1
    tags = sum(names.values())
    if len(names) < 2:
        return False
    return tags >= MIN_PLAY_TAGS or (tags >= 3 and bool(_CAST_HEADING.search(text)))


_BRACKETED = re.compile(r"\[([^\[\]\n]{1,300})\]")


def prepared_for_narration(text: str) -> bool:
    """Whether a manuscript shows it was prepared for narration: a note to the narrator
    ("[Narrator: slower here]", "NARRATOR NOTE: …"), a sound cue ("[SFX: …]", "MUSIC:
    theme up"), a cover note to the narrator, typed audio credits, "audiobook script"
    (`_PREPARED`). Only there is a "(laughs)" or "[pause]" a performer's cue."""
    if _PREPARED.search(text):
        return True
    for line in text.split("\n"):
        bare = line.strip().lstrip("> \t").strip("*_ \t")
        if bare and (
            _TO_NARRATOR_LINE.match(bare)
            or _SOUND_LINE.match(bare)
            or _AUDIO_CREDIT.match(bare)
            or (len(bare.split()) <= MAX_COVER_WORDS and _NARRATOR_COVER.search(bare))
        ):
            return True
    return any(
        _TO_NARRATOR.match(m[1]) or _NAMED_DIRECTION.match(m[1]) or _SOUND_CUE.fullmatch(m[1])
        for m in _BRACKETED.finditer(text)
    )


def reads_cues(text: str, *, play: bool | None = None) -> bool:
    """Whether a book's performer's cues ("(laughs)", "[Pause]", "(whispering)") are read
    as its text: in a play (`is_play`, its stage directions) and in any book not
    prepared for narration (`prepared_for_narration`): an interview transcript's or an
    oral history's "(laughs)" is the transcriber's record, read as a LibriVox reader
    reads it. `play` is `is_play(text)` where the caller has it already."""
    return (is_play(text) if play is None else play) or not prepared_for_narration(text)


_CUE_SPAN = re.compile(r"[ \t]*(?:\[([^\[\]\n]{1,300})\](?![(\[])|\(([^()\n]{1,80})\))")
_CUE_BEFORE = re.compile(r"(?:^|[.!?…:;—–][\"”’)]*|[\"“‘])[ \t]*$")
_CUE_AFTER = re.compile(r"[ \t]*(?:$|[\"“‘'(\[…]|[*_]*[^\W\d_](?<![a-z]))")
"""Where a performer's cue in brackets may stand: a paragraph's start, after a sentence
or a speaker's label, or at a quotation's start, and before a sentence, a quotation or
the line's end: "She turned (laughing) and ran" keeps its parenthesis, and so does a
menu's printed "[pause] — eat slowly" (no dash is left hanging)."""


def _without_cues(
    text: str, *, play: bool = False, cues: bool = False
) -> tuple[str, list[str]]:
    """A line's text without the notes to a performer in brackets or parentheses
    (`_TO_NARRATOR`, `_SOUND_CUE`, `_CUE_BRACKET`, `_cue_list`) and the notes; a pause
    cue leaves "…" (a pause) where it stood. In a play (`is_play`) a performer's cue is
    a stage direction, read as the play's others are, and in a book not prepared for
    narration (`cues`, `reads_cues`) a transcript's "(laughs)" is its text."""
    found: list[str] = []

    def replace(match: re.Match[str]) -> str:
        square, round_ = match.group(1), match.group(2)
        inner = square if square is not None else round_
        note = match.group(0).strip()
        if square is not None and (
            _TO_NARRATOR.match(inner)
            or _NAMED_DIRECTION.match(inner)
            or _SOUND_CUE.fullmatch(inner)
        ):
            found.append(note)
            return ""
        cue = None if play or cues else _performer_cue(inner, square=square is not None)
        if (
            cue is None
            or not _CUE_BEFORE.search(text[: match.start()])
            or not _CUE_AFTER.match(text, match.end())
        ):
            return match.group(0)
        found.append(note)
        return " …" if cue.group("pause") else ""

    text = _CUE_SPAN.sub(replace, text)
    return re.sub(r"([\"“‘]) …", r"\1…", text) if found else text, found


def _whole_note(
    text: str, *, play: bool = False, cues: bool = False
) -> tuple[str, list[str]] | None:
    """A line or paragraph that is wholly a note to the performer: a break typed as words
    (then a scene break's "* * *"), a pause cue alone (a pause: "* * *" too), a narrator's
    note or a sound cue by its label, an audio credit, a cover note to the narrator."""
    line = text.strip()
    bare = line.lstrip("> \t").strip("*_ \t")
    if _BREAK_WORDS.match(line) and not play:
        return "* * *", [line]
    inner = bare[1:-1] if bare[:1] in "[(" and bare[-1:] in "])" and not (play or cues) else ""
    cue = _performer_cue(inner, square=bare[:1] == "[")
    if inner and cue is not None and cue.group("pause"):
        return "* * *", [line]
    words = len(line.split())
    if _TO_NARRATOR_LINE.match(bare) or _SOUND_LINE.match(bare):
        return "", [line]
    if words <= MAX_CREDIT_WORDS and _audio_credit(bare):
        return "", [line]
    if words <= MAX_COVER_WORDS and _NARRATOR_COVER.search(bare):
        return "", [line]
    return None


def _without_notes(
    text: str, *, play: bool = False, cues: bool = False
) -> tuple[str, list[str]]:
    """One line's or paragraph's text without its draft notes, and the notes."""
    if _NOTE_LINE.match(text):
        return "", [text.strip()]
    if (whole := _whole_note(text, play=play, cues=cues)) is not None:
        return whole
    found: list[str] = []
    if "[" in text:
        found += [match.strip() for match in DRAFT_NOTE.findall(text)]
        text = DRAFT_NOTE.sub("", text) if found else text
    if "[" in text or "(" in text:
        text, taken = _without_cues(text, play=play, cues=cues)
        found += taken
    if "XXX" in text and _NOTE_SPAN.search(text):
        found += [match.strip() for match in _NOTE_SPAN.findall(text)]
        text = _NOTE_SPAN.sub("", text)
    return text, found


_MAYBE_NOTE = re.compile(
    r"[\[(℗]|XXX|narrat|note|direction|\b(?:SFX|FX|MUSIC|SOUND)\b|credits|audible|this has been"
    r"|end of|break|copyright|draft|script",
    re.IGNORECASE,
)
"""What every note `_without_notes` takes holds: a line without any is passed by quickly."""


def without_draft_notes(
    text: str, *, play: bool = False, cues: bool = False
) -> tuple[str, list[str]]:
    """A paragraph's text without the notes a writer left in it as a draft
    (`DRAFT_NOTE`, `_NOTE_LINE`, `_NOTE_SPAN`) or for the narrator (`_TO_NARRATOR`,
    performer's and sound cues, audio credits: `NOTE_KINDS`), and the notes: a
    manuscript handed over with them would have a listener hear "TK colon check
    whether…" in mid-sentence. The text is cleaned where a note stood (" [TK: …],"
    leaves ","); a paragraph that was only a note is left empty, one that was only a
    break or a pause typed as words is a scene break's "* * *". In a play (`is_play`)
    the performer's cues and breaks are its stage directions, and read; in a book not
    prepared for narration (`cues`: `reads_cues`) the cues are read as written."""
    if not _MAYBE_NOTE.search(text) and not _NOTE_LINE.match(text):
        return text, []
    cleaned, found = _without_notes(text, play=play, cues=cues)
    if not found:
        return text, []
    return clean_text(cleaned), found


_CREDIT_BLOCK_LINE = re.compile(
    r"^[ \t]*(?:(?:text|cover|music|book|audiobook|audio|production)[ \t]+)*(?:copyright|©|\(c\))"
    r"|\b(?:produced|directed|recorded|engineered|mastered|narrated|read|performed)[ \t]+by\b"
    r"|^[ \t]*=+[ \t]*$",
    re.IGNORECASE,
)
"""A line among an audiobook's typed closing credits ("Text copyright (c) 2023 Imogen Tate.",
"Produced by …"): under a "Closing credits" label, it goes with them."""


_NUMBER_HEADING = re.compile(
    r"^[ \t#*_]*(?:(?i:chapter|part|book|act)[ \t]+(?:\d+|[ivxlc]+|[^\W\d_]+(?:[ -][^\W\d_]+)?)"
    r"|\d+|[IVXLC]+)[ \t.:*_]*$"
)
"""A chapter's number alone on its line ("CHAPTER TWO", "Chapter 3", "IV."): the line
under it is the chapter's title."""
_LABEL_LINE = re.compile(r"^[ \t]*[A-Z][A-Z /&'’-]*[ \t]*:")
_SOUND_MARK = re.compile(
    r"\[[ \t]*(?i:sfx|fx|sound|music)\b|^[ \t]*(?:SFX|FX)[ \t]*:", re.MULTILINE
)


EDGE = 0.15
"""How far into a book, from its start or its end, a ℗ line of its own is a credit."""


def at_an_end(index: int, count: int) -> bool:
    """Whether item `index` of `count` stands near the book's start or end (`EDGE`),
    where the credits an author types go: a ℗ line mid-book is the story's (a sleeve's
    print a record collector's memoir quotes)."""
    return index < count * EDGE or index >= count * (1 - EDGE) - 1


def _credit_or_break(line: str) -> bool:
    """Whether a line alone would be a typed break or audio credit."""
    whole = _whole_note(line)
    return whole is not None and _cue_kind(whole[1][0]) in ("break", "credit")


def _apart(lines: list[str], i: int, *, runs: bool = False) -> bool:
    """Whether line `i` is a paragraph of its own that is no chapter's title and no
    words a paragraph before it introduces with a colon ("He wrote them on the back of
    his hand:" / "This is Audible."): where a typed credit or break may stand. A credit
    that `runs` on ("This has been …, written by" / "Imogen Tate, …") may go on."""
    if i > 0 and lines[i - 1].strip():
        return False
    if not runs and i + 1 < len(lines) and lines[i + 1].strip():
        return False
    before = next(
        (line for line in reversed(lines[:i]) if line.strip() and not _credit_or_break(line)), ""
    )  # "…on the back of his hand:" / "This is Audible." / "End of chapter."
    return not before.rstrip().endswith(":") and not _NUMBER_HEADING.match(before)


def _credits_under(lines: list[str], i: int) -> bool:
    """Whether an "Opening credits" / "Closing credits" label at line `i` has credits
    under it: else it is a chapter's title ("Closing Credits" over a memoir's last
    chapter)."""
    after = next(
        (x.strip() for x in lines[i + 1 :] if x.strip() and _cue_kind(x.strip()) != "sound"), ""
    )  # "OPENING CREDITS" / "[Music cue: main theme]" / "This is Audible."
    return bool(after) and (_audio_credit(after) or bool(_CREDIT_BLOCK_LINE.search(after)))


def _sound_line_kept(lines: list[str], i: int, cues: int) -> bool:
    """Whether a line labelled "MUSIC:" / "SFX:" is the book's own: in a book with fewer
    than two sound cues, or among other "LABEL: value" lines (a timetable's "MUSIC: Mr.
    Hardy, in the hall" between "ENGLISH: …" and "FRENCH: …")."""
    if cues < 2:
        return True
    near = [lines[j] for j in (i - 1, i + 1) if 0 <= j < len(lines) and lines[j].strip()]
    return any(_LABEL_LINE.match(line) and not _SOUND_LINE.match(line) for line in near)


def without_draft_note_lines(text: str) -> tuple[str, list[str]]:
    """A text of lines (plain text, Markdown) without a draft's notes to self and the
    notes to the narrator (`without_draft_notes`), and the notes; a line that held
    only a note goes, and the others keep their breaks. A narrator's note or an audio
    credit goes with the lines it runs on to, up to a blank line; under a "Closing
    credits" label, the credits' copyright lines go too. A typed credit or break is one
    only as a paragraph of its own (`_apart`), a sound cue's label only in a script
    (`_sound_line_kept`), and in a play (`is_play`) the cues are its stage directions."""
    notes: list[str] = []
    kept: list[str] = []
    play = is_play(text)
    cues = reads_cues(text, play=play)
    lines = text.split("\n")
    sound = len(_SOUND_MARK.findall(text)) + sum(bool(_SOUND_LINE.match(x)) for x in lines)
    running = credits = False  # a note's paragraph runs on; a credits block goes on
    for i, line in enumerate(lines):
        if running and line.strip():
            notes[-1] += " " + line.strip()
            continue
        running = False
        if not line.strip():
            kept.append(line)
            continue
        if not _MAYBE_NOTE.search(line) and not _NOTE_LINE.match(line):
            credits = False
            kept.append(line)
            continue
        cleaned, found = _without_notes(line, play=play, cues=cues)
        if not found and credits and len(line.split()) <= 20 and _CREDIT_BLOCK_LINE.search(line):
            cleaned, found = "", [line.strip()]
        whole = (
            len(found) == 1
            and cleaned.strip() in ("", "* * *")
            and not _NOTE_LINE.match(found[0])
        )
        kind = _cue_kind(found[0]) if whole else None
        if kind == "break" or (kind == "credit" and not credits):
            bare = found[0].lstrip("> \t").strip("*_ \t")
            label = _AUDIO_CREDIT.match(bare)
            runs = bare.casefold().startswith("this has been")  # "…, written by\nImogen Tate"
            if (
                not _apart(lines, i, runs=runs)
                or (label is not None and label.group("label") and not _credits_under(lines, i))
                or (label is None and phonogram_line(bare) and not at_an_end(i, len(lines)))
            ):
                found = []
        elif kind == "sound" and _SOUND_LINE.match(line) and _sound_line_kept(lines, i, sound):
            found = []
        if found:
            notes += found
            line = cleaned.rstrip()
            running = kind in ("narrator", "credit") and found[0].rstrip("*_ ")[-1:] not in "])"
            credits = kind == "credit" or (credits and kind is not None)
            if line.strip() != "* * *" and not any(ch.isalnum() for ch in line):
                continue
        else:
            credits = False
        kept.append(line)
    return "\n".join(kept), notes


_COVER_NOTE = re.compile(
    r"^(?:hi|hey|hello|dear)[ \t]+[^\W\d_][\w.-]*[ \t]*[,—–!:-]"
    r"(?=.{0,400}\b(?i:drafts?|revisions?|revised|tracked|(?:new|this|latest)[ \t]+version"
    r"|manuscript|edits|pass)\b)",
    re.IGNORECASE | re.DOTALL,
)
COVER_NOTE_WHY = "the writer's cover note to the editor (\"Hi Sam, here's draft 3\")"


def is_cover_note(text: str) -> bool:
    """Whether a manuscript's very first paragraph is a note to its editor or agent
    ("Hi Sam — here's draft 3! Changes since draft 2 are tracked. —R"): a greeting to a
    name, then words about the draft, in a short paragraph. An epistolary novel's
    "Dear Kitty," opening says nothing of drafts or tracked changes, and is read."""
    return len(text.split()) <= 80 and bool(_COVER_NOTE.match(text.strip()))


def introduced(text: str, notes: list[str], before: str) -> bool:
    """Whether a paragraph taken wholly as a typed credit or break (`text` what is left,
    `notes` what went) is words the paragraph `before` introduces with a colon ("He wrote
    them on the back of his hand:" / "This is Audible."): the story's, read."""
    return (
        before.rstrip().endswith(":")
        and text.strip() in ("", "* * *")
        and bool(notes)
        and all(_cue_kind(note) in ("credit", "break") for note in notes)
    )


def draft_notes_left_out(notes: list[str]) -> tuple[Omission, ...]:
    """The draft notes taken out (`without_draft_notes`), listed for `plan` as one
    entry for each kind: "3 draft notes", "1 draft note" (note tags)."""
    kinds: dict[tuple[str, str], list[str]] = {}
    for note in notes:
        kinds.setdefault(_note_kind(note), []).append(note)
    return tuple(
        Omission(f"{len(found)} {noun}{'s' if len(found) != 1 else ''}", why, "\n".join(found))
        for (noun, why), found in kinds.items()
    )
