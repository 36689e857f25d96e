"""Facts in sentences: "This certifies that Jane Doe has successfully completed “X” ...",
"presented by Y", "Y is approved as a provider".
"""

from __future__ import annotations

import re
from typing import Final

from cetrack.core.capture.fields import (
    DEPARTMENT,
    GUESSED,
    INFERRED,
    INSTITUTION,
    ORG_WORDS,
    PROSE,
    STATEMENT_START,
    Fields,
    clean_name,
    clean_org,
    clean_text,
    format_of,
)
from cetrack.core.capture.labels import (
    labels_of,
)
from cetrack.core.capture.text import Cell, Doc
from cetrack.core.capture.values import (
    find_amounts,
    find_date_ranges,
    find_dates,
)

# --- prose -------------------------------------------------------------------------------------------

_NAME_INTRO = re.compile(
    r"(?:this\s+(?:is\s+to\s+)?certif(?:y|ies)\s+that|(?:we\s+)?(?:hereby\s+)?certify\s+that"
    r"|(?:is\s+)?(?:hereby\s+|proudly\s+)?(?:presented|awarded|granted|issued)\s+to"
    r"|certificate\s+(?:is\s+)?(?:hereby\s+)?(?:awarded|presented|granted|issued)\s+to"
    r"|(?:letter\s+)?(?:confirms?|verif(?:y|ies)|certif(?:y|ies)|shows?|indicates?|attests?|documents?)\s+that"
    r"|records\s+(?:show|indicate)\s+that|recognizes|congratulations,?|\bdear|\bhello|\bhi|\bgreetings"
    # "Presented by the Lone Pine Chapter to Ms. Hana Kobayashi": the issuer, then the person
    r"|presented\s+by\s+[^\n]{3,90}?\s+to(?=\s+(?-i:(?:M[rs]s?\.?|Mx\.?|Dr\.?)\s|[A-Z][a-z])))"
    r"\s*[:,]?\s+",
    re.I,
)
# "Dear Laboratory Staff Member Dmitri Volkonsky-Harte": a role before the name.
_ROLE_BEFORE_NAME = re.compile(
    r"^(?:(?:laboratory|lab|staff|team|department|clinical|valued|dear)\s+)*"
    r"(?:member|colleague|employee|participant|attendee|learner|technologist|scientist|"
    r"student|trainee|licensee)\s+(?=(?-i:[A-Z]))",
    re.I,
)
_NAME_STOP = re.compile(
    r"\s*(?:\n|,(?!\s*(?:[A-Z]{2,}|M[ST]\b|Ph\.?D|[JS]r\b))|\s(?:has|have|had|is|was|for|attended|completed|"
    r"participated|successfully|satisfactorily|on|in|who|did|took|received|earned|passed|finished)\b"
    r"|!|$)"
)
_NAME_BEFORE_VERB = re.compile(
    r"(?:^|\n)(?P<name>[^\W\d_][^\n]{2,80}?)[,\s]*(?:\n|\s)(?:(?:has|have|who)\s+)?(?:successfully\s+"
    r"|satisfactorily\s+)?(?:completed|attended|participated|earned|fulfilled)\b"
)
VERB = re.compile(
    r"(?:has\s+|have\s+|who\s+)?(?:successfully\s+|satisfactorily\s+)?"
    r"(?:completed|attended|participated\s+in|participating\s+in|finished|passed|viewed"
    r"|took\s+part\s+in|was\s+present\s+at|earned\s+credit\s+for"
    r"|for\s+(?:the\s+)?(?:successful(?:ly)?\s+|satisfactory\s+)?(?:completion\s+of|completing|attending|joining"
    r"|participating\s+in|participation\s+in|attendance\s+at)"
    r"|in\s+recognition\s+of\s+(?:completing|completion\s+of|participation\s+in|attending)"
    r"|completion\s+of|attendance\s+at|participation\s+in|(?:on|upon|after)\s+completing)"
    # "all modules of the curriculum", "both parts of the series"
    r"(?P<what>(?:\s+(?:all|both|each)\s+(?:the\s+)?(?:modules|sessions|parts|units|lessons)\s+of)?"
    r"\s+(?:the|this|a|an)\s+(?:[\w-]+\s+){0,7}?"
    r"(?:program(?:me)?|course|activity|webinar|workshop|seminar|session|lecture|module|event"
    r"|in-?\s?service(?:\s+training)?|conference(?:\s+session)?|self[-\s]study(?:\s+course)?"
    r"|home\s+study|on-demand|training|presentation|offering|meeting(?:\s+session)?|webcast"
    r"|symposium|class|tutorial|forum|summit|institute|retreat|boot\s?camp|expo|series|curriculum)"
    # "the in-service program", "the workshop session": a second format word
    r"(?:\s+(?:program(?:me)?|course|session|training|series|event|activity|presentation))?"
    r"(?:\s*\([^)]{1,30}\))?(?:\s+(?:entitled|titled|called|on))?\s*(?::|,(?=\s*[\"“‘]))?"
    # "the self-paced “Title”": a format word before a quoted title
    r"|\s+(?:the|this|a|an)(?:\s+[\w-]+){0,4}?\s*(?=[\"“‘])"
    # "the self-paced Title": a format adjective alone
    r"|\s+(?:the|this|a|an)\s+(?:self[-\s]?paced|on[-\s]?demand|recorded|archived|home[-\s]study"
    r"|online|virtual|live(?:,?\s+(?:virtual|online))?)(?=\s))?",
    re.I,
)
_TITLE_STOP = re.compile(
    r"\s*\((?=[^)\n]*(?:\s|\d{2}))(?![^)\n]*\b(?:part|module|session|and)\b)"
    r"|,\s*(?:a|an|the|which|offered|presented|provided|sponsored|held|on|earning)\b"
    r"|\s(?:presented|offered|provided|sponsored|hosted|organi[sz]ed|conducted|delivered|held|given|taught)\s+(?:by|on|at|in)\b"
    r"|\s(?:held|dated)\b"
    r"|\s(?:and\s+(?:is|was|has|have|earned|received|awarded)|earning|worth|approved\s+for|which|that\s+was|awarded)\b"
    r"|[.;!?](?:\s|$)|\n\n",
    re.I,
)
ABBREVIATION_BEFORE = re.compile(
    r"\b(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|dr|st|mt"
    r"|no|vol|inc|co|corp|ltd|jr|sr|vs|etc|dept|univ|[a-z])\.$",
    re.I,
)
TRAILING_CONNECTOR = re.compile(
    r"(?:\s+(?:on|from|for|and|at|in|by|during|between|the|dated|completed|earning|is|was|a|of"
    r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day,?))+\s*$",
    re.I,
)


def read_prose(doc: Doc, fields: Fields, title_spans: list[tuple[int, int]]) -> None:
    """Participant, title, format and provider from the certificate's sentences."""
    _participant(doc, fields)
    _title(doc, fields, title_spans)
    _provider(doc, fields)


def _participant(doc: Doc, fields: Fields) -> None:
    flat = doc.flat
    # "This certifies that\nJane Doe\nhas completed".
    for match in _NAME_INTRO.finditer(flat):
        rest = flat[match.end() : match.end() + 120]
        # "to Thomas J." / "Whitaker Jr. for ...": a name wrapped after an initial.
        # "to Mr. Ezekiel" / "Marsh-Takahashi on ...": a name wrapped after its first name.
        rest = re.sub(r"^([^\n]{2,60}\b[A-Z]\.)\n(?=[A-Z])", r"\1 ", rest)
        rest = re.sub(
            r"^((?:(?:M[rs]s?|Mx|Dr)\.?\s+)?[A-Z][\w'’-]+)\n(?=[A-Z][\w'’-]+\s)", r"\1 ", rest
        )
        stop = _NAME_STOP.search(rest)
        candidate = rest[: stop.start()] if stop else rest
        name = clean_name(_ROLE_BEFORE_NAME.sub("", candidate))
        if name is None:
            # The intro ends its line and the name is alone on the next.
            first = rest.split("\n", 1)[0]
            name = clean_name(first)
        if name is not None:
            greeting = match.group(0).casefold().startswith(("dear", "hello", "hi", "greetings"))
            conf = GUESSED + 0.1 if greeting else PROSE
            fields.add(
                "participant_name", name, conf, flat[match.start() : match.end() + len(candidate)]
            )
            return
    # "Jane Doe\nhas successfully completed ..." with no introduction.
    for match in _NAME_BEFORE_VERB.finditer(flat):
        name = clean_name(match.group("name"))
        if name is not None:
            fields.add("participant_name", name, PROSE - 0.1, match.group(0))
            return


# "the 2025 Gulf States Laboratory Symposium": an event named in the verb's object.
_EVENT_WORDS: Final = re.compile(
    r"\b(?:symposium|conference|congress|summit|convention|meeting|forum|institute|workshop|"
    r"seminar|boot\s*camp|retreat|expo|series)\b",
    re.I,
)
_AFTER_EVENT: Final = re.compile(r"\s*(?:[,.;]|\bin\b|\bat\b|\bheld\b|\bon\b|\bfrom\b|$)", re.I)


def _named_event(what: str, rest: str) -> str | None:
    """The event's name when the verb's object is one ("attended the 2025 Gulf States
    Laboratory Symposium, New Orleans") and no other title follows it."""
    what = re.sub(r"\s+(?:entitled|titled|called|on)\s*:?\s*$", "", what, flags=re.I)
    words = re.sub(r"^\s*(?:the|this|a|an)\s+", "", what.strip(), flags=re.I).rstrip(" :").split()
    if len(words) < 3 or not _EVENT_WORDS.search(words[-1]) or not _AFTER_EVENT.match(rest):
        return None
    named = [w for w in words[:-1] if w[:1].isupper() or w[:1].isdigit()]
    if len(named) < 2:
        return None  # "the annual meeting": no name
    return " ".join(words)


def _event_with_subtitle(what: str, title: str) -> str:
    """ "the 41st Annual Hartwell Pathology Symposium:" then "Hematopathology in the Molecular
    Era": a named event's full title is both (a quoted title after the colon stands alone)."""
    if not what.rstrip().endswith(":"):
        return title
    words = re.sub(r"^\s*(?:the|this|a|an)\s+", "", what.strip(), flags=re.I).rstrip(" :").split()
    named = [w for w in words[:-1] if w[:1].isupper() or w[:1].isdigit()]
    if len(words) < 3 or not _EVENT_WORDS.search(words[-1]) or len(named) < 2:
        return title
    return " ".join(words) + ": " + title


def _title(doc: Doc, fields: Fields, title_spans: list[tuple[int, int]]) -> None:
    """The title after "has successfully completed", up to a stop; the format its words
    name ("the live webinar")."""
    flat = doc.flat
    for match in VERB.finditer(flat):
        begin = match.end()
        while begin < len(flat) and flat[begin] in " \n":
            begin += 1
        what = match.group("what") or ""
        title: str | None = _named_event(what, flat[match.end() : match.end() + 40])
        if title is not None:
            end = match.end()
            title_spans.append((match.start("what"), end))
        else:
            title, end = _title_after(doc, begin)
            if title is None or not could_be_title(title):
                continue
            title_spans.append((begin, end))
            if flat[begin : begin + 1] not in "\"“'‘":
                title = _event_with_subtitle(what, title)
        conf = PROSE + (0.05 if flat[begin : begin + 1] in "\"“'‘" else 0.0)
        fields.add("title", title, conf, flat[match.start() : end])
        if what:
            kind, delivery = format_of(what)
            fields.add("kind", kind, INFERRED + 0.1, what)
            fields.add("delivery", delivery, INFERRED + 0.1, what)
        _provider_after(doc, fields, end)
        return


_WEEKDAY_OR_MONTH: Final = re.compile(
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july"
    r"|august|september|october|november|december",
    re.I,
)


def could_be_title(title: str) -> bool:
    """Whether words after "attended" can be a course: not an aside ("(tick each session you
    attended)"), a column's heading ("Contact hours") or a weekday."""
    if title.startswith("(") or _WEEKDAY_OR_MONTH.fullmatch(title.strip(" ,.")):
        return False
    labels = labels_of(Cell(title, 0, 0, len(title)))
    return not any(label.role != "title" and not label.value for label in labels)


def _provider(doc: Doc, fields: Fields) -> None:
    """ "presented by X", "X is approved as a provider" anywhere in the text."""
    flat = doc.flat
    for match in re.finditer(
        r"\b(?:presented|offered|provided|sponsored|hosted|organi[sz]ed|brought\s+to\s+you)\s+by\s+",
        flat,
        re.I,
    ):
        if doc.line_at(match.start()) in label_lines(doc):
            continue
        _provider_at(doc, fields, match.end(), PROSE - 0.05)
    for match in re.finditer(
        r"(?P<org>[A-Z][^.\n]{2,100}?)\s+is\s+(?:an?\s+)?(?:approved|accredited)\s+(?:as\s+an?\s+)?(?:provider|sponsor)",
        flat,
    ):
        org = clean_org(match.group("org"))
        if org is not None:
            fields.add("provider", org, GUESSED + 0.05, match.group(0))


def label_lines(doc: Doc) -> set[int]:
    return {
        number
        for number, cells in enumerate(doc.cells)
        if cells and any(lbl.strong for lbl in labels_of(cells[0]))
    }


def _title_after(doc: Doc, begin: int) -> tuple[str | None, int]:
    """The title starting at `begin` in the flat text, and where it ends."""
    flat = doc.flat
    if begin >= len(flat):
        return None, begin
    opening = flat[begin]
    if opening in "\"“'":
        # Quotes come in pairs that do not always match: “...", "...”.
        closings = {"“": '”"', '"': '"”', "'": "'"}[opening]
        ends = [flat.find(c, begin + 1, begin + 320) for c in closings]
        end = min((e for e in ends if e > begin), default=-1)
        if end > begin:
            title = clean_text(flat[begin + 1 : end])
            return title, end + 1
    region_end = min(len(flat), begin + 320)
    stop = region_end
    for hit in _TITLE_STOP.finditer(flat, begin, region_end):
        if hit.group(0).startswith(".") and ABBREVIATION_BEFORE.search(
            flat, begin, hit.start() + 1
        ):
            continue  # "Apr. 20", "Dr. Lee", "St. Luke's"
        stop = hit.start()
        break
    # A date, an amount, a label line or a line of another kind ends it too.
    region = flat[begin:region_end]
    for found in find_dates(region) + [r[0] for r in find_date_ranges(region)]:
        stop = min(stop, begin + found.start)
    for _, found in find_amounts(flat[begin:stop]):
        stop = min(stop, begin + found.start)
    first_line = doc.line_at(begin)
    for line in range(first_line + 1, len(doc.lines)):
        offset = doc.offsets[line]
        if offset >= stop:
            break
        text = doc.flat_line(line)
        cells = doc.cells[line]
        if (
            not text
            or (cells and any(lbl.strong for lbl in labels_of(cells[0])))
            or VERB.match(text)
            or STATEMENT_START.match(text)
            or _SENTENCE_GOES_ON.match(text)
            or len(cells) > 1
            or _printed_apart(doc, first_line, line)
        ):
            stop = min(stop, offset)
            break
    raw = flat[begin:stop]
    raw = TRAILING_CONNECTOR.sub("", raw.rstrip(" ,;:\n"))
    # "Title (LabUniversity)": a one-word aside naming the provider, printed elsewhere too.
    aside = re.search(r"\s*\((?P<word>[^()\s]{2,40})\)$", raw)
    if aside and flat.count(aside.group("word")) > 1:
        raw = raw[: aside.start()]
    if not raw.strip() or raw.strip()[:1].islower():
        return None, begin
    return clean_text(raw), begin + len(raw)


# "... Transfusion Reaction Investigation / is hereby awarded ...": the sentence, not the title.
_SENTENCE_GOES_ON: Final = re.compile(
    r"(?:and\s+)?(?:is|are|was|were|has|have|had|will)\s+(?:been\s+|hereby\s+)?[a-z]+\b"
)


def _printed_apart(doc: Doc, first: int, line: int) -> bool:
    """Whether `line` is printed in another size than the title's first line (a title in large
    print and the sentence that goes on under it)."""
    upper = doc.geometry[first] if first < len(doc.geometry) else None
    lower = doc.geometry[line] if line < len(doc.geometry) else None
    if upper is None or lower is None:
        return False
    return abs(upper.size - lower.size) > 0.15 * max(upper.size, lower.size)


def _provider_after(doc: Doc, fields: Fields, end: int) -> None:
    """ "... “Title”, offered by X on ..." / "... Title (X) on ...": the provider right after."""
    rest = doc.flat[end : end + 200]
    match = re.match(
        r"\s*,?\s*(?:(?:a|an|the)\s+[\w\s-]{0,40}?\s+)?(?:presented|offered|provided|sponsored|hosted|organi[sz]ed|conducted|delivered|given)\s+by\s+",
        rest,
        re.I,
    )
    if match:
        _provider_at(doc, fields, end + match.end(), PROSE)
        return
    match = re.match(r"\s*\((?P<org>[^)\n]{3,100})\)", rest)
    if match and not labels_of(Cell(match.group("org"), 0, 0, 0)):
        org = clean_org(match.group("org"))
        if org is not None and ORG_WORDS.search(org):
            fields.add("provider", org, INFERRED, match.group(0))


_PROVIDER_STOP = re.compile(
    r"\s+(?:on|from|during|dated|between)\s+(?=\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec"
    r"|mon|tue|wed|thu|fri|sat|sun)[a-z]*\b)"
    r"|\s+for\s+(?=\d|\.\d|a\s+total)|\s+and\s+(?:is|was|has|have|approved|awarded|earned)\b"
    r"|\s+(?:held|dated|which|who)\b"
    r"|\s+to\s+(?=(?-i:(?:M[rs]s?\.?|Mx\.?|Dr\.?)\s|[A-Z][a-z]+\s+[A-Z]))"
    r"|(?<!\binc)(?<!\bco)(?<!\bltd)(?<!\bcorp)(?<!\bst)[.;:](?:\s|$)|\n\n"
    r"|,\s+(?:on|and|which|a|an|the)\b|\s*\((?=[^)]*(?:\d|#|n[o0]\.))|$",
    re.I,
)


def _provider_at(doc: Doc, fields: Fields, begin: int, conf: float) -> None:
    rest = doc.flat[begin : begin + 160]
    # A provider may wrap onto the next line: allow one newline inside it.
    newline = rest.find("\n")
    joined = rest
    if 0 <= newline < 80 and rest[newline + 1 : newline + 2] not in ("\n", ""):
        joined = rest[:newline] + " " + rest[newline + 1 :]
    stop = _PROVIDER_STOP.search(joined)
    candidate = joined[: stop.start()] if stop else joined
    dates = find_dates(candidate) + [r[0] for r in find_date_ranges(candidate)]
    if dates:
        candidate = TRAILING_CONNECTOR.sub(
            "", candidate[: min(d.start for d in dates)].rstrip(" ,")
        )
    # "on" may be part of a name ("Association on ..."), but a date after it ends the name.
    org = clean_org(candidate)
    if org is not None:
        if DEPARTMENT.search(org) and not INSTITUTION.search(org):
            conf = min(conf, GUESSED)  # "presented by the Transfusion Service staff"
        fields.add("provider", org, conf, doc.flat[max(0, begin - 14) : begin + len(candidate)])
