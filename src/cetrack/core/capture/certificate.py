"""Certificates of completion (PDF or scan) into draft activities, field by field.

`read_certificate(name, content)` is the entry point: it sniffs the bytes, takes the text from
the PDF's text layer (or has Tesseract read a scan), and hands it to `extract_drafts`.

`extract_drafts(text, origin)` reads certificate text the way a person does:

1. labelled facts: "Course Title: X", "PARTICIPANT NAME   Jane Doe" (label and value in two
   cells), a label above its value, "Program #116-201-25" - high confidence;
2. prose: "This certifies that Jane Doe has successfully completed “X” on March 2, 2025 ...",
   "Thank you for attending X, offered by Y" - medium confidence;
3. what is left: the letterhead as provider, a lone date as the completion date - low.

A page with a table of several courses under a header row (a transcript) gives one draft per
row (`where="row N"`) with the page's shared facts (participant, provider) in each.

The text is expected as pypdf's layout mode and `ocr.layout_text` produce it: one line per
printed line, columns kept apart by runs of three or more spaces, blank lines at vertical gaps.
Plain text works too (fewer cells are told apart). Nothing here raises for odd input.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import Final

from cetrack.core.capture.draft import DEFAULT_LIMITS, Capture, CaptureError, Draft, Field, Limits
from cetrack.core.capture.values import (
    accreditation_id,
    find_accreditations,
    find_amounts,
    find_date_ranges,
    find_dates,
    plain_decimal,
)
from cetrack.core.ledger import AMOUNT_FIELDS, AMOUNT_LIMITS

# Confidence of a value by how it was found (before the OCR discount).
LABELLED: Final = 0.95  # "Course Title: X", a label cell and its value cell
LABELLED_WEAK: Final = 0.85  # a one-word label without a colon ("Program X")
PROSE: Final = 0.75  # "has successfully completed X", "on March 2, 2025"
INFERRED: Final = 0.6  # a statement, a format word in running text
GUESSED: Final = 0.45  # the letterhead as provider, a lone date
OCR_FACTOR: Final = 0.85  # text read by OCR may hold misread characters
MAX_TEXT: Final = 200_000  # characters read from one certificate's text

_SOURCE_CHARS = 160

# --- text into lines and cells ---------------------------------------------------------------

_CELL = re.compile(r"\S+(?: {1,2}\S+)*")
_TRANSLATE = str.maketrans(
    {
        "\u00a0": " ",
        "\u2002": " ",
        "\u2003": " ",
        "\u2009": " ",
        "\u202f": " ",
        "\t": "    ",
        "\r": "\n",
        "\f": "\n\n",
        "\u00ad": None,
        "\u200b": None,
        "\ufeff": None,
        "\u2010": "-",
        "\u2011": "-",
        "\u2019": "'",
        "\u2018": "'",
        "\ufb01": "fi",
        "\ufb02": "fl",
        "\ufb00": "ff",
        "\ufb03": "ffi",
        "\ufb04": "ffl",
    }
)
# "approved for | CE hours": a lone 1 read as a bar or a letter, before a unit.
_OCR_ONE = re.compile(
    r"(?<=\s)[|lI!](?=\s+(?:contact|ce\b|credit|hours?\b|p\.?a\.?c|cmle|ceu|accent|cmp|points?\b))",
    re.I,
)
# Table rules and borders read as "_—_", "|", "~": blanked, so they do not glue cells together.
_OCR_JUNK = re.compile(r"(?<!\S)(?=\S*[_|~^*•·=])[_|~^*•·=—–-]+(?!\S)")
# "P.A.G.E.": OCR reads the C of P.A.C.E. as a G (only with the dots: "page" is a word).
_OCR_PACE = re.compile(r"\bP\.\s?A\.\s?[GC]\.\s?E\b\.?")
# "2:5" in a credit column: a decimal point read as a colon.
_OCR_DECIMAL = re.compile(r"(?<![\d:])(\d):(5|25|75)(?![\d:])")
# OCR reads 0 as O, 1 as l or I: fixed inside tokens that are mostly digits ("2O25", "l.5").
_OCR_NUMBER = re.compile(r"(?<![A-Za-z])[0-9OoIl|]+(?:[.,/:-][0-9OoIl|]+)*(?![A-Za-z])")
_OCR_DIGITS = str.maketrans({"O": "0", "o": "0", "I": "1", "l": "1", "|": "1"})


@dataclass(frozen=True, slots=True)
class _Cell:
    text: str
    line: int
    start: int
    end: int


@dataclass
class _Doc:
    lines: list[str]
    cells: list[list[_Cell]]
    flat: str  # stripped lines joined by "\n" (blank lines kept: paragraph breaks)
    offsets: list[int]  # where each line starts in `flat`
    ocr: bool

    @classmethod
    def parse(cls, text: str, *, ocr: bool) -> _Doc:
        text = text[:MAX_TEXT].replace("\r\n", "\n")
        # Double quotes typed or read as two single ones: ‘‘Title’’, ``Title''.
        text = re.sub(r"‘‘|’’|``|''", '"', text).translate(_TRANSLATE)
        if ocr:
            text = _OCR_JUNK.sub(lambda m: " " * len(m.group(0)), text)
            text = _OCR_PACE.sub("P.A.C.E.", text)
            text = _OCR_MONTH.sub(_fix_month, text)
            text = _OCR_NUMBER.sub(_fix_digits, text)
            text = _OCR_DECIMAL.sub(r"\1.\2", text)
            text = _OCR_ONE.sub("1", text)
        lines = [line.rstrip() for line in text.split("\n")]
        if ocr:
            lines = [_fix_label(line) for line in lines]
        # Collapse runs of blank lines to one; drop leading/trailing blanks.
        kept: list[str] = []
        for line in lines:
            if line.strip() or (kept and kept[-1].strip()):
                kept.append(line)
        while kept and not kept[-1].strip():
            kept.pop()
        cells = [
            [_Cell(m.group(0), number, m.start(), m.end()) for m in _CELL.finditer(line)]
            for number, line in enumerate(kept)
        ]
        offsets: list[int] = []
        flat_parts: list[str] = []
        position = 0
        for line in kept:
            offsets.append(position)
            stripped = " ".join(line.split())
            flat_parts.append(stripped)
            position += len(stripped) + 1
        return cls(kept, cells, "\n".join(flat_parts), offsets, ocr)

    def line_at(self, offset: int) -> int:
        """The line holding `flat[offset]`."""
        low, high = 0, len(self.offsets) - 1
        while low < high:
            middle = (low + high + 1) // 2
            if self.offsets[middle] <= offset:
                low = middle
            else:
                high = middle - 1
        return low

    def flat_line(self, number: int) -> str:
        start = self.offsets[number]
        end = self.offsets[number + 1] - 1 if number + 1 < len(self.offsets) else len(self.flat)
        return self.flat[start:end]


_CELL_START = re.compile(r"(?:(?<=\s{3})|^\s*)(?=\S)")


def _fix_label(line: str) -> str:
    """OCR misspells labels ("Instractional Level"): a cell starting with words close to a
    known label gets the label's spelling."""
    out = line
    for start in [m.start() for m in _CELL_START.finditer(line)][:6]:
        rest = line[start:]
        cell = _CELL.match(rest)
        if cell is None or _any_label(cell.group(0)):
            continue
        words = cell.group(0).split()
        for count in (4, 3, 2, 1):
            if len(words) < count:
                continue
            head = " ".join(words[:count])
            bare = head.rstrip(":#.-").casefold()
            if len(bare) < 6 or not head[0].isupper():
                continue  # labels are capitalised; "participated in" is prose
            after = words[count] if count < len(words) else ""
            if not (
                head[-1] in ":#-"
                or not after
                or after[0] in ":#-"
                or after[0].isupper()
                or after[0].isdigit()
            ):
                continue
            match = _close_label(bare)
            if match is not None:
                spelled = match.upper() if head.isupper() else match.title()
                out = out[:start] + out[start:].replace(head.rstrip(":#.-"), spelled, 1)
                break
    return out


def _any_label(text: str) -> bool:
    return any(_LABEL_RES[role].match(text) for role in _ROLE_ORDER if role != "ignore")


@lru_cache(maxsize=4096)
def _close_label(text: str) -> str | None:
    candidates = [p for p in _PLAIN_LABELS if abs(len(p) - len(text)) <= 2 and p[0] == text[0]]
    for found in difflib.get_close_matches(text, candidates, n=3, cutoff=0.85):
        # Word by word: a misread letter or two ("Instractional"), not another word
        # ("Continuing Education Credit" is no misspelling of "... Units").
        words, wanted = text.split(), found.split()
        if len(words) == len(wanted) and all(
            difflib.SequenceMatcher(None, a, b).ratio() >= 0.75
            for a, b in zip(words, wanted, strict=True)
        ):
            return found
    return None


_MONTH_NAMES: Final = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
]
# A word in a date's place: "Rug. 13, 2023" (Aug.), "Moy 2, 2025" (May).
_OCR_MONTH = re.compile(r"\b([A-Za-z]{3,9})(\.?\s+[0-3]?\d(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d\b)")


def _fix_month(match: re.Match[str]) -> str:
    word = match.group(1)
    if word.casefold() in _MONTH_NAMES:
        return match.group(0)
    close = difflib.get_close_matches(word.casefold(), _MONTH_NAMES, n=1, cutoff=0.6)
    if not close:
        return match.group(0)
    return f"{close[0].capitalize()}{match.group(2)}"


def _fix_digits(match: re.Match[str]) -> str:
    token = match.group(0)
    digits = sum(ch.isdigit() for ch in token)
    letters = sum(ch in "OoIl|" for ch in token)
    if digits == 0 or letters == 0 or letters > digits:
        return token
    return token.translate(_OCR_DIGITS)


# --- labels ---------------------------------------------------------------------------------------

_WORDS: dict[str, str] = {
    "#": r"(?:#|n[o0]\b\.?|nbr\b\.?|num\b\.?|number\b)",
    "pace": r"(?:ascls\s*)?p\.?\s?a\.?\s?c\.?\s?e\b\.?\s*(?:®|\(r\)|©|@)?",
    "license": r"licen[cs]e",
    "licensee": r"licen[cs]ee",
    "credits": r"credit(?:s|\(s\))?",
    "hours": r"hour(?:s|\(s\))?",
    "dates": r"date(?:s|\(s\))",
    "accent": r"accent\s*(?:®|\(r\))?",
    "ceus": r"c\.?e\.?u\.?(?:s|\(s\))?",
    "ce": r"c\.?e\.?",
    "cmle": r"cmle",
    "points": r"points?",
    "minutes": r"(?:\(\s*)?(?:minutes|mins?)\b\.?(?:\s*\))?",
    "organization": r"organi[sz]ation",
    "organized": r"organi[sz]ed",
    "program": r"program(?:me)?",
    "e-mail": r"e-?mail",
    "in-service": r"in-?\s?service",
    "self-study": r"self[-\s]?study",
    "category": r"category\s*(?:1|i|l)",
    "ama": r"ama\s+pra",
    "tm": r"(?:™|\(tm\))?",
}

# Each role's label phrases; "#" stands for #, No., Number. Matched at the start of a cell.
_LABELS: dict[str, tuple[str, ...]] = {
    "approval_number": (
        "approval #", "approval code", "approval id", "board approval #", "fl board approval #",
        "provider tracking #", "ce broker provider tracking #",
        "florida board approval #", "florida approval #", "state approval #",
        "ce broker provider #", "ce broker provider id", "florida provider #", "fl provider #",
        "florida board provider #", "fl approval #", "board approved provider #",
        "florida board of clinical laboratory personnel approval #", "approved provider #",
        "provider approval #",
    ),
    "accrediting_agency_number": (
        "accrediting agency #", "ca accrediting agency #", "california accrediting agency #",
        "lfs accrediting agency #", "accrediting agency", "agency #", "accreditation #",
        "accrediting body #", "ca agency #",
    ),
    "provider_number": (
        "provider #", "provider id", "pace provider #", "pace provider id",
        "accredited provider #", "sponsor #", "sponsor id", "ce provider #",
    ),
    "course_number": (
        "course #", "course id", "course code", "program #", "program id", "program code",
        "pace program #", "pace course #", "activity #", "activity id", "activity code",
        "event #", "event id", "event code", "session #", "session id", "session code",
        "webinar #", "webinar id", "module #", "module id", "offering #", "offering id",
        "ce broker tracking #", "ce broker course #", "ce broker course id",
        "ce broker course tracking #", "course tracking #", "tracking #", "ce broker #",
        "uan", "ce broker tracking", "lecture #", "class #", "class id",
    ),
    "license_number": (
        "license #", "license", "fl license #", "florida license #", "ca license #",
        "california license #", "state license #", "licensee #", "lic #", "lic.", "lic. #",
        "cls license #", "clinical laboratory license #", "license/certification #",
        "personnel license #", "license id",
    ),
    "level": (
        "level", "program level", "instructional level", "content level", "difficulty",
        "course level", "level of difficulty", "difficulty level", "educational level",
        "knowledge level", "activity level", "audience level",
    ),
    "format": (
        "format", "delivery", "delivery method", "delivery format", "type", "activity type",
        "mode", "program type", "format of activity", "course type", "method",
        "learning format", "instruction type", "session type", "activity format",
        "course format", "delivery mode", "mode of delivery", "learning type",
        "type of activity", "type of program", "event type", "instructional method",
    ),
    "accreditation": (
        "accreditation", "accredited by", "approved by", "credit type", "accrediting body",
        "ce type", "approving body", "credit designation", "approval body", "approvals",
    ),
    "amount": (
        "contact hours", "hours", "credit hours", "credits", "credit", "ce credits",
        "ce credit", "ce hours", "ceus", "continuing education units", "cmp points", "points",
        "ccp points", "pace contact hours", "pace credits", "pace hours", "pace ce hours",
        "pace credit hours", "accent credits", "accent credit hours", "accent hours",
        "cmle credits", "cmle credit hours", "cmle hours", "cmle", "ama category credits tm",
        "ama category credits", "hours awarded", "credits awarded", "credit awarded",
        "credits earned", "credit earned", "hours earned", "points awarded", "points earned",
        "ceus awarded", "ceus earned", "number of credits", "number of hours",
        "number of contact hours", "number of ce credits", "total hours", "total credits",
        "total contact hours", "duration", "duration minutes", "length", "length minutes",
        "minutes", "awarded", "contact hours awarded", "clock hours", "approved hours",
        "approved for", "credits approved", "credit amount", "credit value", "ce credit hours",
        "ce units", "credit hours awarded", "contact hours earned", "hours of credit",
        "amount of credit", "credits granted", "ceu", "time", "contact hours (ch)",
    ),
    "dates": (
        "dates", "dates of program", "program dates", "dates of attendance",
        "conference dates", "dates of activity", "dates attended", "course dates",
        "event dates", "dates of event", "meeting dates", "dates of course", "session dates",
        "dates of conference", "activity dates", "dates of training", "training dates",
    ),
    "issued": (
        "date issued", "issue date", "issued on", "issued", "certificate date", "date of issue",
        "printed", "printed on", "date printed", "report date", "generated", "generated on",
        "date generated", "run date", "as of",
    ),
    "expires": (
        "expires", "expiration date", "expiry date", "valid through", "valid until",
        "expires on", "approval expires", "expiration", "expiry", "valid thru",
    ),
    "date": (
        "date", "date of completion", "completion date", "completed on", "date completed",
        "program date", "date of program", "date awarded", "awarded on", "awarded",
        "session date", "date attended", "date of attendance", "attended on",
        "attendance date", "completed", "date of activity", "activity date", "course date",
        "date of course", "event date", "date of event", "date earned", "earned on",
        "date taken", "webinar date", "date of webinar", "date passed", "date of session",
        "date of training", "training date", "presented on", "date of presentation",
        "completion", "date finished", "finished on", "test date", "date of test",
        "date of lecture", "lecture date", "date of in-service", "in-service date",
        "date(s) completed", "class date",
    ),
    "name": (
        "participant", "participant name", "participant's name", "name", "full name",
        "attendee", "attendee name", "attendee's name", "learner", "learner name",
        "learner's name", "awarded to", "issued to", "presented to", "student",
        "student name", "name of participant", "name of attendee", "name of learner",
        "licensee", "licensee name", "name of licensee", "recipient", "recipient name",
        "transcript for", "member name", "employee", "employee name", "certificate holder",
        "name of recipient", "certify that", "certifies that", "trainee", "trainee name",
    ),
    "title": (
        "course title", "course", "title", "program title", "program", "activity title",
        "activity", "course name", "session title", "session", "program name", "event",
        "event title", "event name", "webinar title", "webinar", "title of program",
        "title of course", "title of activity", "activity name", "lecture title", "lecture",
        "presentation title", "presentation", "module", "module title", "seminar title",
        "workshop title", "title of presentation", "title of webinar", "topic",
        "title of event", "title of session", "in-service title", "in-service", "class",
        "class title", "course/program title", "program/course title", "subject",
    ),
    "provider": (
        "provider", "provider name", "sponsor", "sponsored by", "sponsoring organization",
        "offered by", "presented by", "ce provider", "organization", "provided by",
        "accredited provider", "approved provider", "issued by", "hosted by",
        "education provider", "training provider", "organizer", "organized by", "host",
        "provider of record", "sponsor name", "name of provider", "course provider",
        "program provider", "ce sponsor", "presenting organization", "institution",
    ),
    "ignore": (
        "member id", "member #", "customer id", "customer #", "learner id", "user id",
        "student id", "employee id", "email", "e-mail", "phone", "fax", "address",
        "signature", "signed", "certificate #", "certificate id", "certificate code",
        "verification code", "verification #", "score", "grade", "total", "page",
        "printed by", "instructor", "instructors", "speaker", "speakers", "presenter",
        "presenters", "faculty", "location", "venue", "objectives", "city", "state",
        "telephone", "website", "web", "www", "re", "subject to", "note", "notes", "ascp id",
        "ascp customer id", "amt id", "id", "account", "account #", "order #", "cost", "fee",
        "price", "paid", "status", "result", "date of birth", "dob", "birth date",
    ),
}  # fmt: skip

# Labels spelled out plainly (no number signs or trademarks), for correcting OCR misspellings.
_PLAIN_LABELS: Final = tuple(
    sorted(
        {
            phrase
            for role, phrases in _LABELS.items()
            if role != "ignore"
            for phrase in phrases
            if len(phrase) >= 6 and re.fullmatch(r"[a-z ']+", phrase)
        }
    )
)
# Most specific first: on a tie of label length the earlier role wins.
_ROLE_ORDER: Final = tuple(_LABELS)
# One-word labels that often start ordinary sentences; without a colon they need a value that
# looks right.
_GENERIC_WORDS: Final = frozenset(
    {
        "program", "course", "title", "activity", "session", "event", "webinar", "lecture",
        "presentation", "module", "topic", "class", "subject", "in-service", "date",
        "completed", "completion", "awarded", "name", "participant", "attendee", "learner",
        "student", "licensee", "recipient", "employee", "trainee", "provider", "sponsor",
        "organization", "host", "organizer", "institution", "level", "format", "type", "mode",
        "method", "delivery", "credits", "credit", "hours", "points", "time", "length",
        "duration", "license", "issued", "printed", "generated", "approvals", "accreditation",
        "expires", "expiration", "expiry", "minutes", "ceu", "ceus", "cmle", "total",
    }
)  # fmt: skip


def _phrase(phrase: str) -> str:
    parts = [_WORDS.get(word, re.escape(word)) for word in phrase.split()]
    body = r"[^\S\n]*".join(parts)  # a label does not run over a line break
    return body + (r"(?![a-z])" if phrase[-1].isalnum() else "")


_LABEL_RES: Final = {
    role: re.compile(
        r"(?:" + "|".join(_phrase(p) for p in sorted(phrases, key=len, reverse=True)) + r")",
        re.I,
    )
    for role, phrases in _LABELS.items()
}
_SEP = re.compile(r"\s*(?::|：|\s-\s|-\s|–|—|=)\s*|\s*\.\s+|\s+|(?<=#)|$")
_LEADING_MARKS = re.compile(r"^(?:[\s:#\-–—=]|\.(?!\d))+")
_QUOTES = "\"'“”‘’«»"


@dataclass(frozen=True, slots=True)
class _Label:
    role: str
    label: str
    value: str  # the rest of the cell after the label and separator ("" for a label cell)
    strong: bool  # a colon, a number sign, or a label of several words
    cell: _Cell
    explicit: bool = False  # set off by a colon, dash or number sign, or a cell of its own
    marked: bool = False  # followed by a colon, dash or number sign


@lru_cache(maxsize=8192)
def _labels_of(cell: _Cell) -> list[_Label]:
    """Every role whose label starts this cell, longest label first."""
    text = cell.text
    found: list[tuple[int, int, _Label]] = []
    for rank, role in enumerate(_ROLE_ORDER):
        match = _LABEL_RES[role].match(text)
        if not match:
            continue
        sep = _SEP.match(text, match.end())
        if sep is None:
            continue
        label = match.group(0)
        separator = sep.group(0)
        value = _LEADING_MARKS.sub("", text[sep.end() :])
        words = label.split()
        marked = bool(separator.strip()) or label.rstrip().endswith(("#", "."))
        explicit = marked or not value
        if label[0].islower() and not explicit:
            continue  # "offered by X" in running text; labels are capitalised
        strong = explicit or "#" in label or len(words) > 1
        if not strong and label.casefold().strip(".") not in _GENERIC_WORDS:
            strong = True
        found.append(
            (-len(label), rank, _Label(role, label, value.strip(), strong, cell, explicit, marked))
        )
    found.sort(key=lambda item: (item[0], item[1]))
    return [item[2] for item in found]


# --- values ----------------------------------------------------------------------------------------

_CREDENTIALS: Final = frozenset(
    ["mls", "mt", "mlt", "cls", "clt", "sbb", "sh", "sc", "sm", "sct", "ht", "htl", "pbt", "dlm", "ct", "mb", "bb", "cm", "phd", "md", "do", "ms", "ma", "bs", "ba", "mba", "mph", "edd", "rn", "drph", "ascp", "amt", "mhs", "msc", "bsc", "mha", "mlt(ascp)", "pa", "lpn", "np", "cpt", "cpt1", "cpt2", "cphl", "ii", "i", "jr", "sr", "rma", "mlsasc", "dr", "mlsascp"]
)  # fmt: skip
_NAME_TOKEN = re.compile(
    r"(?:[A-Z][a-zA-Z'\u00c0-\u024f-]*\.?|[A-Z]\.|Mc[A-Z][a-z]+|O'[A-Z][a-z]+)"
)
_NAME_PARTICLES: Final = frozenset(
    {"de", "da", "del", "della", "van", "von", "der", "la", "le", "bin", "al", "di", "du", "y"}
)
_NOT_NAME_WORDS: Final = frozenset(
    ["certificate", "certificates", "completion", "course", "program", "programme", "hours", "credit", "credits", "date", "provider", "title", "laboratory", "laboratories", "lab", "labs", "society", "association", "hospital", "university", "department", "education", "continuing", "transcript", "attendance", "achievement", "participation", "record", "the", "of", "for", "and", "this", "that", "has", "have", "successfully", "completed", "attended", "presented", "awarded", "clinical", "medical", "science", "sciences", "health", "system", "center", "centre", "institute", "college", "school", "inc", "llc", "ltd", "director", "coordinator", "manager", "signature", "sincerely", "approved", "webinar", "workshop", "session", "activity", "contact", "points", "ceu", "ceus", "learner", "participant", "name", "dear", "to", "whom", "it", "may", "concern", "verification", "re", "member", "id", "printed", "total"]
)  # fmt: skip


def clean_name(text: str) -> str | None:
    """A person's name from a cell or phrase, without post-nominal credentials, or None when it
    does not look like one."""
    text = text.strip().strip(_QUOTES).strip(" ,.;:")
    if not text or len(text) > 80 or any(ch.isdigit() for ch in text):
        return None
    head, _, tail = text.partition(",")
    if tail and not _all_credentials(tail):
        return None
    tokens = head.split()
    # OCR specks read as a lone letter ("Linda Williams e").
    while tokens and len(tokens[-1]) == 1 and tokens[-1].islower():
        tokens.pop()
    while tokens and (_is_credential(tokens[-1]) and len(tokens) > 2):
        tokens.pop()
    if tokens and tokens[0].rstrip(".").casefold() in {"dr", "mr", "mrs", "ms", "miss", "prof"}:
        tokens = tokens[1:]
    if not 2 <= len(tokens) <= 6:
        return None
    for token in tokens:
        if token.casefold() in _NAME_PARTICLES:
            continue
        if token.casefold().strip(".") in _NOT_NAME_WORDS or not _NAME_TOKEN.fullmatch(token):
            return None
    if all(len(token.strip(".")) == 1 for token in tokens):
        return None
    return " ".join(tokens)


def _is_credential(token: str) -> bool:
    bare = token.strip(",.;").casefold()
    return "(" in bare or bare in _CREDENTIALS


def _all_credentials(text: str) -> bool:
    tokens = [t for t in re.split(r"[\s,/]+", text) if t]
    return bool(tokens) and all(_is_credential(t) or t.isupper() for t in tokens)


_ABBREVIATIONS = ("inc.", "co.", "ltd.", "corp.", "llc.", "st.", "dept.", "univ.", "jr.", "sr.")


def _clean_text(text: str, *, limit: int = 300) -> str | None:
    text = " ".join(text.split())
    text = text.strip(" ,;:")
    if len(text) >= 2 and text[0] in _QUOTES and text[-1] in _QUOTES:
        text = text[1:-1].strip()
    elif text and text[0] in '“"' and text.count(text[0]) == 1 and "”" not in text:
        text = text[1:].strip()
    text = text.strip(" ,;:")
    text = text.rstrip('”"').lstrip('“"') if text.count("“") != text.count("”") else text
    if text.endswith(".") and not text.casefold().endswith(_ABBREVIATIONS):
        text = text[:-1].rstrip()
    if sum(ch.isalpha() for ch in text) < 3 or len(text) > limit:
        return None
    return text


_STATEMENT = re.compile(
    r"\b(?:approved|designates?|accredit\w*|certif\w*|retain|sincerely|signature|is\s+an?\b|"
    r"has\s+been|this\s+(?:program|activity|course|certificate|letter)|please|hereby|awarded|"
    r"presented\s+to|granted|credit\s+is|records?)\b",
    re.I,
)
_JOB_TITLE = re.compile(
    r"(?:[\w&,-]+\s+){0,3}(?:director|coordinator|manager|chair(?:man|person)?|officer|president|"
    r"specialist|educator|administrator|supervisor|dean|instructor|faculty|chief|lead|head)s?",
    re.I,
)
_STATEMENT_START = re.compile(
    r"(?:this|these|approved|accredited|credit\s+(?:is|has)|[A-Z][\w&'.,-]*(?:\s+[\w&'.,()-]+){0,8}\s+"
    r"(?:is|are|has\s+been)\s+(?:an?\s+)?(?:approved|accredited)|\w+\s+designates)\b",
    re.I,
)
_ORG_WORDS = re.compile(
    r"\b(?:society|association|laborator(?:y|ies)|hospital|health|university|college|school|"
    r"institute|center|centre|department|inc|llc|ltd|corp|academy|foundation|system|services|"
    r"education|clinic|medical|medicine|pathology|council|board|agency|group|network|lab|"
    r"labs|ascls|ascp|adlm|aacc|labce|medialab|arup|cdc|camlt|amt|reach|university)\b",
    re.I,
)
_HEADING = re.compile(
    r"\b(?:certificate|certification|award|transcript|record\s+of|continuing\s+education\s+credit|"
    r"verification|statement\s+of|diploma|acknowledg)",
    re.I,
)


def _clean_org(text: str) -> str | None:
    text = re.sub(r"^\s*the\s+(?=[A-Z])", "", text)  # "presented by the Texas Association ..."
    found = _clean_text(text, limit=120)
    if found is None or find_dates(found) or _HEADING.search(found):
        return None
    if re.search(r"\b(?:is|has|was|are|were|have|will)\b", found):
        return None
    return found


_ID = re.compile(
    r"#?\s*(?P<id>[A-Za-z0-9](?:[A-Za-z0-9./-]*[A-Za-z0-9])?"
    r"(?:\s(?=\d)\d[A-Za-z0-9./-]*[A-Za-z0-9]|\s(?=\d)\d)?)"
)


def clean_id(text: str) -> str | None:
    """An identifier from the start of a value: "#116-201-25." -> "116-201-25"."""
    match = _ID.match(text.strip())
    if not match:
        return None
    found = match.group("id")
    if not any(ch.isdigit() for ch in found) or len(found) > 40:
        return None
    head = found.split()[0]
    if " " in found and (len(head) > 4 or any(ch.isdigit() for ch in head)):
        found = head  # "116 2025": only a short letter prefix ("FL 12-345") joins a number
    return found


_LEVELS: Final = (
    ("basic", re.compile(r"\b(?:basic|beginn\w*|introductory|elementary|entry)\b", re.I)),
    ("intermediate", re.compile(r"\bintermediate\b", re.I)),
    ("advanced", re.compile(r"\badvanced\b", re.I)),
)


def _level(text: str) -> str | None:
    for level, pattern in _LEVELS:
        if pattern.search(text):
            return level
    return None


# (pattern, kind, delivery): first match wins for kind; delivery from the first that gives one.
_FORMATS: Final = (
    (
        r"recorded|on[-\s]?demand|archived|enduring|home[-\s]?study|self[-\s]?(?:study|paced|directed)"
        r"|independent\s+study|journal(?:-based)?\s+ce|correspondence|printed\s+material",
        "self-study",
        "self-study",
    ),
    (r"webinar|webcast|teleconference|live\s+online|live\s+virtual|virtual\s+live", "live-session", "live"),
    (r"workshop|seminar|wet[-\s]?lab|hands[-\s]?on", "workshop", None),
    (r"conference|annual\s+meeting|meeting\s+session|symposium|convention|congress", "conference-session", None),
    (r"in[-\s]?service", "in-service", None),
    (r"lecture|grand\s+rounds", "live-session", "live"),
    (r"academic|semester|quarter\s+credit", "academic", None),
)  # fmt: skip
_FORMAT_RES: Final = tuple((re.compile(r"\b(?:" + p + r")\b", re.I), k, d) for p, k, d in _FORMATS)
_LIVE = re.compile(
    r"\b(?:live|in[-\s]?person|classroom|face[-\s]to[-\s]face|on[-\s]?site|onsite)\b", re.I
)


def _format(text: str) -> tuple[str | None, str | None]:
    """(kind, delivery) a format description states."""
    kind: str | None = None
    delivery: str | None = None
    for pattern, found_kind, found_delivery in _FORMAT_RES:
        if pattern.search(text):
            kind = found_kind
            delivery = found_delivery
            break
    if delivery is None and kind != "self-study" and _LIVE.search(text):
        delivery = "live"
    return kind, delivery


def _amount_unit(label: str) -> str:
    """The amount field a label's unit words name ("CEUs" -> ceu)."""
    low = label.casefold()
    if re.search(r"c\.?e\.?u|continuing\s+education\s+units?", low):
        return "ceu"
    if re.search(r"\bmin(?:ute)?s?\b|duration\s*\(?min", low):
        return "minutes"
    if re.search(r"\b(?:cmp|ccp)?\s*points?\b", low):
        return "points"
    if "semester" in low:
        return "semester_hours"
    if "quarter" in low:
        return "quarter_hours"
    return "hours"


_AFTER_NUMBER = re.compile(r"\s*(?:\([^)]*\))?\s*[.,;:]?\s*")
_BARE_NUMBER = re.compile(r"(?<![\w.])(\d{1,4}(?:[.,]\d{1,3})?|\.\d{1,3})(?![\w.]|,\d)")


def _amount_value(label: str, value: str) -> tuple[str, str, str] | None:
    """(field, decimal, raw) from a labelled amount: "1.5 contact hours", or "1.5" under
    "CEUs"."""
    found = find_amounts(value)
    if found and found[0][1].start == len(value) - len(value.lstrip()):
        field_, hit = found[0]
        # "Duration: 90 minutes (1.5 contact hours)": the first stated unit.
        return field_, hit.value, hit.raw
    value = value.strip()
    match = _BARE_NUMBER.match(value)
    if not match or not _AFTER_NUMBER.fullmatch(value[match.end() :]):
        return None
    field_ = _amount_unit(label)
    try:
        number = Decimal(match.group(1).replace(",", "."))
    except InvalidOperation:
        return None
    if number <= 0 or number > AMOUNT_LIMITS[field_]:
        return None
    if field_ == "minutes" and number != number.to_integral_value():
        return None
    return field_, plain_decimal(number), match.group(0)


# --- collecting candidates ---------------------------------------------------------------------------


@dataclass
class _Fields:
    ocr: bool
    found: dict[str, Field] = field(default_factory=dict)

    def add(
        self, name: str, value: str | tuple[str, ...] | None, confidence: float, source: str
    ) -> None:
        if value is None or value == "" or value == ():
            return
        if self.ocr:
            confidence *= OCR_FACTOR
        current = self.found.get(name)
        if current is not None and current.confidence >= confidence:
            return
        source = " ".join(source.split())
        if len(source) > _SOURCE_CHARS:
            source = source[: _SOURCE_CHARS - 1] + "…"
        self.found[name] = Field(value, round(confidence, 3), source)

    def conf(self, name: str) -> float:
        current = self.found.get(name)
        if current is None:
            return 0.0
        return current.confidence / (OCR_FACTOR if self.ocr else 1.0)


_AMOUNT_FIELDS = AMOUNT_FIELDS


def _add_amount(fields: _Fields, name: str, value: str, confidence: float, source: str) -> None:
    """One amount per draft: the best-supported one replaces any other."""
    best = max((fields.conf(n) for n in _AMOUNT_FIELDS if n in fields.found), default=0.0)
    if confidence <= best:
        return
    for other in _AMOUNT_FIELDS:
        fields.found.pop(other, None)
    fields.add(name, value, confidence, source)


# --- the single-certificate reader -------------------------------------------------------------------


def extract_drafts(text: str, origin: str) -> tuple[Draft, ...]:
    """Drafts from certificate text: one for a certificate, one per row for a transcript page,
    none when the text names no course, date or amount."""
    doc = _Doc.parse(text, ocr=origin == "ocr")
    rows = _transcript(doc, origin)
    if rows:
        return rows
    draft = _certificate(doc, origin)
    return (draft,) if draft is not None else ()


def _certificate(doc: _Doc, origin: str, where: str | None = None) -> Draft | None:
    fields = _Fields(doc.ocr)
    used_lines: set[int] = set()
    title_spans: list[tuple[int, int]] = []
    notes: list[str] = []
    _labelled(doc, fields, used_lines)
    _prose(doc, fields, title_spans)
    _numbers_in_text(doc, fields)
    _dates(doc, fields, used_lines)
    _amounts(doc, fields, used_lines)
    _accreditation(doc, fields, title_spans)
    _formats(doc, fields, title_spans)
    _letterhead(doc, fields)
    _fallbacks(doc, fields)
    found = fields.found
    if "start" in found and "end" in found:
        found.pop("completed_on", None)
    else:
        found.pop("start", None)
        found.pop("end", None)
    if not any(key in found for key in ("title", "completed_on", "start", *_AMOUNT_FIELDS)):
        return None
    if "completed_on" not in found and "start" not in found and "issued_on" in found:
        issued = found["issued_on"]
        found["completed_on"] = Field(
            issued.value, round(min(issued.confidence, GUESSED), 3), issued.source
        )
        notes.append("no completion date found; the issue date is used")
    notes.extend(_storable_amount(found))
    ordered = {name: found[name] for name in _ORDER if name in found}
    return Draft(ordered, origin, where, tuple(notes))


_ORDER: Final = (
    "title", "provider", "participant_name", "completed_on", "start", "end", *_AMOUNT_FIELDS,
    "kind", "accreditation", "approvals", "course_number", "provider_number", "approval_number",
    "accrediting_agency_number", "license_number", "level", "delivery", "issued_on", "expires_on",
)  # fmt: skip


def _storable_amount(found: dict[str, Field]) -> list[str]:
    """The ledger keeps amounts to two decimals. "0.125 CEU" is written as the 1.25 contact
    hours it stands for (1 CEU = 10 contact hours); other amounts with more decimals are left
    for the reviewer, with a note."""
    for name in _AMOUNT_FIELDS:
        current = found.get(name)
        if current is None or not isinstance(current.value, str):
            continue
        try:
            value = Decimal(current.value)
        except InvalidOperation:
            return []
        if value == value.quantize(Decimal("0.01")):
            return []
        if name == "ceu" and value * 10 == (value * 10).quantize(Decimal("0.01")):
            del found[name]
            hours = plain_decimal(value * 10)
            found["hours"] = Field(hours, current.confidence, current.source)
            return [f"{current.value} CEU is entered as {hours} contact hours (1 CEU = 10 hours)"]
        return [f"the amount {current.value} has more than two decimals; round it as the rules say"]
    return []


def _labelled(doc: _Doc, fields: _Fields, used_lines: set[int]) -> None:
    """Facts printed under a label: in one cell, in the next cell, or on the next line."""
    taken: set[tuple[int, int]] = set()  # cells used as values
    for number, cells in enumerate(doc.cells):
        in_paragraph = _in_paragraph(doc, number)
        for index, cell in enumerate(cells):
            if (cell.line, cell.start) in taken:
                continue
            labels = _labels_of(cell) or _wrapped_label(doc, cell)
            for label in labels:
                cell = label.cell
                if in_paragraph and index == 0 and not label.explicit:
                    continue  # "program Antibody ..." continuing a wrapped sentence
                if label.value:
                    options = [(label.value, [cell])]
                else:
                    options = [(c.text, [cell, c]) for c in _value_cells(doc, cells, index, cell)]
                accepted = False
                for value, source_cells in options:
                    if _accept(doc, fields, label, value, source_cells):
                        for used in source_cells[1:]:
                            taken.add((used.line, used.start))
                        used_lines.add(number)
                        accepted = True
                        break
                if accepted:
                    break


def _wrapped_label(doc: _Doc, cell: _Cell) -> list[_Label]:
    """A label broken over two lines in a narrow column: "California Accrediting Agency" /
    "Number: 7176"."""
    below = _below(doc, cell.line, cell.start)
    if below is None or below.line != cell.line + 1 or len(cell.text) > 40:
        return []
    if not re.match(r"(?:number|n[o0]\.|#|id\b|date|name|title|code)", below.text, re.I):
        return []
    joined = _Cell(cell.text + " " + below.text, below.line, cell.start, below.end)
    return [label for label in _labels_of(joined) if label.explicit and label.value]


def _in_paragraph(doc: _Doc, number: int) -> bool:
    """Whether line `number` continues a sentence wrapped from the line above."""
    if number == 0 or len(doc.cells[number - 1]) != 1:
        return False
    above = doc.flat_line(number - 1)
    if any(lbl.marked for lbl in _labels_of(doc.cells[number - 1][0])):
        return False  # "Accredited Provider - ...": a label line, not a sentence
    return len(above) >= 45 and not above.endswith((".", ":", "!", "?")) and " " in above


def _value_cells(doc: _Doc, cells: list[_Cell], index: int, label: _Cell) -> list[_Cell]:
    """Where the value of a label printed alone may be, most likely first: the next cell on
    its line, the cell just below it (a label above its value), and last the next cell even
    when it reads like a label itself ("FORMAT   In-service") unless a colon sets it off."""
    found: list[_Cell] = []
    last_resort: list[_Cell] = []
    if index + 1 < len(cells):
        candidate = cells[index + 1]
        labels = _labels_of(candidate)
        if not any(lbl.strong for lbl in labels):
            found.append(candidate)
        elif not any(lbl.marked for lbl in labels):
            last_resort.append(candidate)
    for below in (label.line + 1, label.line + 2):  # past one blank line
        if below >= len(doc.cells):
            break
        for candidate in doc.cells[below]:
            if candidate.start <= label.end + 2 and candidate.end >= label.start - 2:
                if abs(candidate.start - label.start) <= 4 and not any(
                    lbl.strong for lbl in _labels_of(candidate)
                ):
                    found.append(candidate)
                break
        if doc.cells[below]:
            break
    return found + last_resort


def _continuation(doc: _Doc, last: _Cell, column: int, label_column: int) -> list[_Cell]:
    """Cells below `last` that continue its value (a title or name wrapped onto more lines).
    A line whose label column holds a label starts the next row of a table instead."""
    more: list[_Cell] = []
    line = last.line + 1
    while line < len(doc.cells) and len(more) < 3:
        candidates = [c for c in doc.cells[line] if abs(c.start - column) <= 2]
        if not candidates:
            break
        if label_column < column - 2 and any(
            abs(c.start - label_column) <= 2 and any(lbl.strong for lbl in _labels_of(c))
            for c in doc.cells[line]
        ):
            break
        cell = candidates[0]
        text = cell.text
        if (
            _labels_of(cell)
            or find_dates(text)
            or find_amounts(text)
            or _STATEMENT.search(text)
            or len(text) > 80
            or (text.endswith(".") and not text.casefold().endswith(_ABBREVIATIONS))
            or re.match(r"(?:held|earning|presented|offered|provided|sponsored)\b", text, re.I)
        ):
            break
        more.append(cell)
        line += 1
    return more


def _accept(doc: _Doc, fields: _Fields, label: _Label, value: str, cells: list[_Cell]) -> bool:
    """Record a labelled value if it looks like what the label promises."""
    role = label.role
    conf = LABELLED if label.strong else LABELLED_WEAK
    source = " ".join(c.text for c in cells)
    if role == "ignore":
        return True
    if role in ("title", "provider", "name", "format"):
        last = cells[-1]
        column = last.start if len(cells) > 1 else label.cell.start
        extra = _continuation(doc, last, column, label.cell.start)
        if extra:
            value = value + " " + " ".join(c.text for c in extra)
            source += " " + " ".join(c.text for c in extra)
    if role == "name":
        name = clean_name(value)
        if name is None:
            return False
        fields.add("participant_name", name, conf, source)
        return True
    if role == "title":
        if not label.strong and (
            value[:1].islower() or _STATEMENT.search(value) or len(value.split()) < 2
        ):
            return False
        if _JOB_TITLE.fullmatch(value.strip()):
            return False  # "Program Director" under a signature
        if find_dates(value) and (len(value) < 30 or not label.strong):
            return False
        title = _clean_text(value)
        if title is None or title.casefold() in ("title", "course", "program"):
            return False
        fields.add("title", title, conf, source)
        return True
    if role == "provider":
        org = _clean_org(value)
        if org is None or clean_id(org) == org:
            return False
        if not label.strong and org[:1].islower():
            return False
        fields.add("provider", org, conf, source)
        return True
    if role in ("date", "dates", "issued", "expires"):
        column = cells[-1].start if len(cells) > 1 else label.cell.start
        below = _below(doc, cells[-1].line, column)
        if below is not None:
            # A date wrapped in a narrow column: "Jan. 30," / "2024", "March 3, 2025 –" /
            # "March 5, 2025". Joined when that completes a date or a range.
            joined = value + " " + below.text
            if len(find_date_ranges(joined)) > len(find_date_ranges(value)) or (
                not find_dates(value) and find_dates(joined)
            ):
                value, source = joined, source + " " + below.text
        return _labelled_date(fields, role, value, conf, source)
    if role == "amount":
        found = _amount_value(label.label, value)
        if found is None:
            # "Credit Awarded: 2 AMA PRA Category" / "1 Credit(s)™" wrapped in a column.
            column = cells[-1].start if len(cells) > 1 else label.cell.start
            below = _below(doc, cells[-1].line, column)
            if below is not None and not _labels_of(below):
                found = _amount_value(label.label, value + " " + below.text)
        if found is None:
            return False
        name, amount, raw = found
        _add_amount(fields, name, amount, conf, source)
        unit_acc = find_accreditations(label.label + " " + raw)
        if unit_acc:
            fields.add("accreditation", unit_acc[0][0], 0.9, source)
        return True
    if role in (
        "course_number",
        "provider_number",
        "approval_number",
        "accrediting_agency_number",
        "license_number",
    ):
        ident = clean_id(value)
        if ident is None:
            return False
        role = _number_role(role, label.label, ident)
        fields.add(role, ident, conf, source)
        if role == "approval_number" and re.search(r"florida|\bfl\b|broker", label.label, re.I):
            fields.add("approvals", ("fl",), PROSE, source)
        return True
    if role == "level":
        level = _level(value)
        if level is None:
            return False
        fields.add("level", level, conf, source)
        return True
    if role == "format":
        kind, delivery = _format(value)
        if kind is None and delivery is None:
            return False
        fields.add("kind", kind, conf - 0.05, source)
        fields.add("delivery", delivery, conf - 0.05, source)
        return True
    if role == "accreditation":
        ident = accreditation_id(value)
        if ident in ("other", "none"):
            found_acc = find_accreditations(value)
            if not found_acc:
                return False
            ident = found_acc[0][0]
        fields.add("accreditation", ident, conf - 0.05, source)
        if re.search(r"florida|\bfl\b|ce\s*broker", value, re.I):
            fields.add("approvals", ("fl",), PROSE, source)
        return True
    return False


_RANGE_END = re.compile(r"(?:-|–|—|\bto|\bthrough|\bthru)\s*$", re.I)
_RANGE_START = re.compile(r"(?:-|–|—|to\b|through\b|thru\b)", re.I)


def _below(doc: _Doc, line: int, column: int) -> _Cell | None:
    """The cell starting at `column` on the next line (past one blank line), if any."""
    for number in (line + 1, line + 2):
        if number >= len(doc.cells):
            return None
        found = [c for c in doc.cells[number] if abs(c.start - column) <= 2]
        if found:
            return found[0]
        if doc.cells[number]:
            return None
    return None


def _number_role(role: str, label: str, ident: str) -> str:
    """CE Broker numbers say what they are: 50-... a provider (Florida approval), 20-... a
    course."""
    if "broker" in label.casefold() or "tracking" in label.casefold():
        if ident.startswith("50-"):
            return "approval_number"
        if ident.startswith("20-"):
            return "course_number"
    return role


def _labelled_date(fields: _Fields, role: str, value: str, conf: float, source: str) -> bool:
    ranges = find_date_ranges(value)
    if ranges and ranges[0][0].start <= 12 and role in ("date", "dates"):
        first, last = ranges[0]
        fields.add("start", first.value, conf, source)
        fields.add("end", last.value, conf, source)
        return True
    dates = find_dates(value)
    if not dates or dates[0].start > 12:
        return False
    name = {"issued": "issued_on", "expires": "expires_on"}.get(role, "completed_on")
    if role == "dates" and len(dates) >= 2:
        fields.add("start", dates[0].value, conf - 0.1, source)
        fields.add("end", dates[-1].value, conf - 0.1, source)
        return True
    fields.add(name, dates[0].value, conf, source)
    return True


# Number labels also appear inside sentences: "(Course No. LQ-2291)", "Program #116-201-25."
_NUMBER_ROLES: Final = (
    "approval_number",
    "accrediting_agency_number",
    "provider_number",
    "course_number",
    "license_number",
)


def _numbers_in_text(doc: _Doc, fields: _Fields) -> None:
    spans = [
        (role, match)
        for role in _NUMBER_ROLES
        for match in _LABEL_RES[role].finditer(doc.flat)
        if not (match.start() > 0 and doc.flat[match.start() - 1].isalnum())
    ]
    # "CE Broker Provider #" holds "Provider #": the longer label decides.
    spans = [
        (role, match)
        for role, match in spans
        if not any(
            other is not match
            and other.start() <= match.start()
            and match.end() <= other.end()
            and other.end() - other.start() > match.end() - match.start()
            for _, other in spans
        )
    ]
    done: set[str] = set()
    for role, match in spans:
        if role in done:
            continue
        rest = doc.flat[match.end() : match.end() + 60]
        sep = re.match(r"\s*(?::|-\s|–|#)?\s*", rest)
        value = rest[sep.end() :] if sep else rest
        label = match.group(0)
        bare = "#" not in label and not re.search(r"n[o0]\b|number|id|code|nbr|num\b", label, re.I)
        if bare and (not sep or not sep.group(0).strip()):
            continue  # "license" in a sentence, not "License: ..."
        ident = clean_id(value.split("\n")[0])
        if ident is None:
            continue
        line = doc.line_at(match.start())
        source = doc.flat_line(line)
        name = _number_role(role, label, ident)
        fields.add(name, ident, LABELLED - 0.1, source)
        done.add(role)


# --- prose -------------------------------------------------------------------------------------------

_NAME_INTRO = re.compile(
    r"(?:this\s+(?:is\s+to\s+)?certif(?:y|ies)\s+that|(?:we\s+)?(?:hereby\s+)?certify\s+that"
    r"|(?:is\s+)?(?:hereby\s+|proudly\s+)?(?:presented|awarded|granted|issued)\s+to"
    r"|certificate\s+(?:is\s+)?(?:hereby\s+)?(?:awarded|presented|granted|issued)\s+to"
    r"|(?:letter\s+)?(?:confirms?|verif(?:y|ies)|certif(?:y|ies)|shows?|indicates?|attests?|documents?)\s+that"
    r"|records\s+(?:show|indicate)\s+that|recognizes|congratulations,?|dear)"
    r"\s*[:,]?\s+",
    re.I,
)
_NAME_STOP = re.compile(
    r"\s*(?:\n|,(?!\s*(?:[A-Z]{2,}|M[ST]\b|Ph\.?D))|\s(?:has|have|had|is|was|for|attended|completed|"
    r"participated|successfully|satisfactorily|on|in|who|did)\b|$)"
)
_NAME_BEFORE_VERB = re.compile(
    r"(?:^|\n)(?P<name>[A-Z][^\n]{2,80}?)[,\s]*(?:\n|\s)(?:has|have|who)\s+(?:successfully\s+"
    r"|satisfactorily\s+)?(?:completed|attended|participated|earned|fulfilled)\b"
)
_VERB = re.compile(
    r"(?:has\s+|have\s+|who\s+)?(?:successfully\s+|satisfactorily\s+)?"
    r"(?:completed|attended|participated\s+in|participating\s+in|finished|passed|viewed"
    r"|took\s+part\s+in|was\s+present\s+at|earned\s+credit\s+for"
    r"|for\s+(?:the\s+)?(?:successful(?:ly)?\s+|satisfactory\s+)?(?:completion\s+of|completing|attending"
    r"|participating\s+in|participation\s+in|attendance\s+at)"
    r"|in\s+recognition\s+of\s+(?:completing|completion\s+of|participation\s+in|attending)"
    r"|completion\s+of|attendance\s+at|participation\s+in)"
    r"(?P<what>\s+(?:the|this|a|an)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:program(?:me)?|course|activity|webinar|workshop|seminar|session|lecture|module|event"
    r"|in-?\s?service(?:\s+training)?|conference(?:\s+session)?|self[-\s]study(?:\s+course)?"
    r"|home\s+study|on-demand|training|presentation|offering|meeting(?:\s+session)?|webcast"
    r"|symposium|class|tutorial)"
    r"(?:\s*\([^)]{1,30}\))?(?:\s+(?:entitled|titled|called|on))?\s*:?"
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
_ABBREVIATION_BEFORE = re.compile(
    r"\b(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|dr|st|mt"
    r"|no|vol|inc|co|corp|ltd|jr|sr|vs|etc|dept|univ|[a-z])\.$",
    re.I,
)
_TRAILING_CONNECTOR = re.compile(
    r"(?:\s+(?:on|from|for|and|at|in|by|during|between|the|dated|completed|earning|is|was|a|of"
    r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day,?))+\s*$",
    re.I,
)


def _prose(doc: _Doc, fields: _Fields, title_spans: list[tuple[int, int]]) -> None:
    flat = doc.flat
    # Participant: "This certifies that\nJane Doe\nhas completed".
    for match in _NAME_INTRO.finditer(flat):
        rest = flat[match.end() : match.end() + 120]
        stop = _NAME_STOP.search(rest)
        candidate = rest[: stop.start()] if stop else rest
        name = clean_name(candidate)
        if name is None:
            # The intro ends its line and the name is alone on the next.
            first = rest.split("\n", 1)[0]
            name = clean_name(first)
        if name is not None:
            conf = GUESSED + 0.1 if match.group(0).casefold().startswith("dear") else PROSE
            fields.add(
                "participant_name", name, conf, flat[match.start() : match.end() + len(candidate)]
            )
            break
    # "Jane Doe\nhas successfully completed ..." with no introduction.
    if "participant_name" not in fields.found:
        for match in _NAME_BEFORE_VERB.finditer(flat):
            name = clean_name(match.group("name"))
            if name is not None:
                fields.add("participant_name", name, PROSE - 0.1, match.group(0))
                break
    # Title: after "has successfully completed", up to a stop.
    for match in _VERB.finditer(flat):
        begin = match.end()
        while begin < len(flat) and flat[begin] in " \n":
            begin += 1
        title, end = _title_after(doc, begin)
        if title is None:
            continue
        title_spans.append((begin, end))
        what = match.group("what") or ""
        conf = PROSE + (0.05 if flat[begin : begin + 1] in "\"“'‘" else 0.0)
        fields.add("title", title, conf, flat[match.start() : end])
        if what:
            kind, delivery = _format(what)
            fields.add("kind", kind, INFERRED + 0.1, what)
            fields.add("delivery", delivery, INFERRED + 0.1, what)
        _provider_after(doc, fields, end)
        break
    # Provider in prose elsewhere: "presented by X", "X is approved as a provider".
    for match in re.finditer(
        r"\b(?:presented|offered|provided|sponsored|hosted|organi[sz]ed|brought\s+to\s+you)\s+by\s+",
        flat,
        re.I,
    ):
        if doc.line_at(match.start()) in _label_lines(doc):
            continue
        _provider_at(doc, fields, match.end(), PROSE - 0.05)
    for match in re.finditer(
        r"(?P<org>[A-Z][^.\n]{2,100}?)\s+is\s+(?:an?\s+)?(?:approved|accredited)\s+(?:as\s+an?\s+)?(?:provider|sponsor)",
        flat,
    ):
        org = _clean_org(match.group("org"))
        if org is not None:
            fields.add("provider", org, GUESSED + 0.05, match.group(0))


def _label_lines(doc: _Doc) -> set[int]:
    return {
        number
        for number, cells in enumerate(doc.cells)
        if cells and any(lbl.strong for lbl in _labels_of(cells[0]))
    }


def _title_after(doc: _Doc, begin: int) -> tuple[str | None, int]:
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
            title = _clean_text(flat[begin + 1 : end])
            return title, end + 1
    region_end = min(len(flat), begin + 320)
    stop = region_end
    for hit in _TITLE_STOP.finditer(flat, begin, region_end):
        if hit.group(0).startswith(".") and _ABBREVIATION_BEFORE.search(
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
            or (cells and any(lbl.strong for lbl in _labels_of(cells[0])))
            or _VERB.match(text)
            or _STATEMENT_START.match(text)
            or len(cells) > 1
        ):
            stop = min(stop, offset)
            break
    raw = flat[begin:stop]
    raw = _TRAILING_CONNECTOR.sub("", raw.rstrip(" ,;:\n"))
    # "Title (LabUniversity)": a one-word aside naming the provider, printed elsewhere too.
    aside = re.search(r"\s*\((?P<word>[^()\s]{2,40})\)$", raw)
    if aside and flat.count(aside.group("word")) > 1:
        raw = raw[: aside.start()]
    if not raw.strip() or raw.strip()[:1].islower():
        return None, begin
    return _clean_text(raw), begin + len(raw)


def _provider_after(doc: _Doc, fields: _Fields, end: int) -> None:
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
    if match and not _labels_of(_Cell(match.group("org"), 0, 0, 0)):
        org = _clean_org(match.group("org"))
        if org is not None and _ORG_WORDS.search(org):
            fields.add("provider", org, INFERRED, match.group(0))


_PROVIDER_STOP = re.compile(
    r"\s+(?:on|from|during|dated|between)\s+(?=\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec"
    r"|mon|tue|wed|thu|fri|sat|sun)[a-z]*\b)"
    r"|\s+for\s+(?=\d|\.\d|a\s+total)|\s+and\s+(?:is|was|has|have|approved|awarded|earned)\b"
    r"|\s+(?:held|dated|which|who)\b"
    r"|(?<!\binc)(?<!\bco)(?<!\bltd)(?<!\bcorp)(?<!\bst)[.;:](?:\s|$)|\n\n"
    r"|,\s+(?:on|and|which|a|an|the)\b|\s*\((?=[^)]*(?:\d|#|n[o0]\.))|$",
    re.I,
)


def _provider_at(doc: _Doc, fields: _Fields, begin: int, conf: float) -> None:
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
        candidate = _TRAILING_CONNECTOR.sub(
            "", candidate[: min(d.start for d in dates)].rstrip(" ,")
        )
    # "on" may be part of a name ("Association on ..."), but a date after it ends the name.
    org = _clean_org(candidate)
    if org is not None:
        fields.add("provider", org, conf, doc.flat[max(0, begin - 14) : begin + len(candidate)])


# --- dates, amounts, accreditation, format, letterhead ---------------------------------------------------

_NOT_COMPLETION = re.compile(
    r"\b(?:printed|issued|generated|expir\w*|valid|birth|dob|renew\w*|member\s+since|as\s+of|run\s+date|report\s+date|letter\s+date)\b",
    re.I,
)
_DATE_CONTEXT = re.compile(
    r"(?:\b(?:on|completed|attended|awarded|earned|held|presented|conducted|during|from|between|dated|took\s+place)\b[\s:,]*)$",
    re.I,
)


def _dates(doc: _Doc, fields: _Fields, used_lines: set[int]) -> None:
    flat = doc.flat
    ranges = find_date_ranges(flat)
    for first, last in ranges:
        line = doc.line_at(first.start)
        before = flat[max(0, first.start - 30) : first.start]
        if _NOT_COMPLETION.search(doc.flat_line(line)):
            continue
        conf = PROSE if _DATE_CONTEXT.search(before) or line in used_lines else INFERRED
        fields.add("start", first.value, conf, doc.flat_line(line))
        fields.add("end", last.value, conf, doc.flat_line(line))
    in_range = [(a.start, a.end) for a, _ in ranges]
    singles = [d for d in find_dates(flat) if not any(s <= d.start < e for s, e in in_range)]
    for found in singles:
        line = doc.line_at(found.start)
        text = doc.flat_line(line)
        if _NOT_COMPLETION.search(text[: max(0, found.start - doc.offsets[line])] or text):
            fields.add(
                "issued_on" if not re.search(r"expir|valid", text, re.I) else "expires_on",
                found.value,
                INFERRED,
                text,
            )
            continue
        before = flat[max(0, found.start - 30) : found.start]
        if _DATE_CONTEXT.search(before):
            fields.add("completed_on", found.value, PROSE, text)
        elif text == found.raw and line <= 6 and len(singles) > 1:
            # A date alone near the top of a letter: the letter's date.
            fields.add("issued_on", found.value, GUESSED, text)
        else:
            conf = GUESSED + (0.1 if len(singles) == 1 else 0.0)
            fields.add("completed_on", found.value, conf, text)


_AMOUNT_CONTEXT = re.compile(
    r"\b(?:award\w*|earn\w*|grant\w*|approved\s+for|worth|total\s+of|receive\w*|for|designat\w*|provides?|offers?|carries|credit)\b[\s:,a-z]*$",
    re.I,
)
_NOT_AMOUNT_LINE = re.compile(
    r"^\s*(?:total|subtotal|grand\s+total|cumulative)\b|=|\bequals?\b|\bper\b|\bmaximum\b|\bup\s+to\b",
    re.I,
)


def _amounts(doc: _Doc, fields: _Fields, used_lines: set[int]) -> None:
    flat = doc.flat
    found = find_amounts(flat)
    previous_end = -10
    for name, hit in found:
        line = doc.line_at(hit.start)
        text = doc.flat_line(line)
        between = flat[previous_end : hit.start]
        equivalent = previous_end >= 0 and re.fullmatch(r"\s*[(/]\s*|\s*(?:or|=)\s*", between)
        previous_end = hit.end
        if equivalent or _NOT_AMOUNT_LINE.search(text):
            continue
        before = flat[max(0, hit.start - 40) : hit.start]
        if _AMOUNT_CONTEXT.search(before) or len(text) <= len(hit.raw) + 4:
            conf = PROSE + 0.05
        else:
            conf = INFERRED
        if name == "minutes":
            conf -= 0.1
        _add_amount(fields, name, hit.value, conf, text)
        if conf >= PROSE:
            unit_acc = find_accreditations(hit.raw)
            if unit_acc:
                fields.add("accreditation", unit_acc[0][0], 0.9, text)


_FLORIDA = re.compile(
    r"\bflorida\b[^.\n]{0,60}?\b(?:board|approv\w*|ce\s*broker)|\bfl\.?\s+(?:board|approv\w*)|\bce\s*broker\b",
    re.I,
)


def _blank(text: str, spans: Iterable[tuple[int, int]]) -> str:
    chars = list(text)
    for start, end in spans:
        for index in range(max(0, start), min(len(chars), end)):
            if chars[index] != "\n":
                chars[index] = " "
    return "".join(chars)


def _title_spans(doc: _Doc, fields: _Fields, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Where the title (and the provider's name) stand in the text: words there are not
    statements about the course ("Laws and Rules of the Florida Board ...")."""
    out = list(spans)
    for name in ("title", "provider"):
        value = fields.found.get(name)
        if value is None or not isinstance(value.value, str):
            continue
        words = value.value.split()
        if not words:
            continue
        pattern = re.compile(r"\s+".join(re.escape(w) for w in words))
        out.extend((m.start(), m.end()) for m in pattern.finditer(doc.flat))
    return out


def _accreditation(doc: _Doc, fields: _Fields, title_spans: list[tuple[int, int]]) -> None:
    text = _blank(doc.flat, _title_spans(doc, fields, title_spans))
    found = find_accreditations(text)
    named = [item for item in found if item[0] != "state-board"]
    current = fields.found.get("accreditation")
    if named and current is not None and current.value == "state-board":
        # A board's approval goes into `approvals`; the accrediting system is the named one.
        ident, hit = named[0]
        source = doc.flat_line(doc.line_at(hit.start))
        fields.found["accreditation"] = Field(ident, current.confidence, source)
    elif named:
        ident, hit = named[0]
        fields.add("accreditation", ident, INFERRED + 0.15, doc.flat_line(doc.line_at(hit.start)))
    elif found:
        ident, hit = found[0]
        fields.add("accreditation", ident, INFERRED + 0.1, doc.flat_line(doc.line_at(hit.start)))
    florida = _FLORIDA.search(text)
    if florida:
        fields.add("approvals", ("fl",), INFERRED, doc.flat_line(doc.line_at(florida.start())))


def _formats(doc: _Doc, fields: _Fields, title_spans: list[tuple[int, int]]) -> None:
    if "kind" in fields.found and "delivery" in fields.found:
        return
    text = _blank(doc.flat, _title_spans(doc, fields, title_spans))
    for pattern, kind, delivery in _FORMAT_RES:
        match = pattern.search(text)
        if match:
            source = doc.flat_line(doc.line_at(match.start()))
            fields.add("kind", kind, INFERRED - 0.05, source)
            if delivery is None and kind != "self-study" and _LIVE.search(source):
                delivery = "live"
            fields.add("delivery", delivery, INFERRED - 0.05, source)
            break
    title = fields.found.get("title")
    if "kind" not in fields.found and title is not None and isinstance(title.value, str):
        title_kind, _ = _format(title.value)
        if title_kind in ("workshop", "in-service", "conference-session"):
            fields.add("kind", title_kind, GUESSED - 0.05, title.value)


_ADDRESS = re.compile(
    r"\d+\s+\w+.*\b(?:street|st|avenue|ave|road|rd|drive|dr|way|blvd|boulevard|lane|ln|suite|floor|parkway|pkwy|court|ct|plaza|box)\b|\b[A-Z]{2}\s+\d{5}(?:-\d{4})?\b|\bphone\b|\btel\b|\(\d{3}\)\s*\d{3}",
    re.I,
)


def _fallbacks(doc: _Doc, fields: _Fields) -> None:
    """A certificate with hardly any wording (a heading, a name, a title, a date): the first
    name-like line is the participant, the first title-like line after it the title. Both are
    guesses, for the reviewer to check."""
    found = fields.found
    if not any(key in found for key in ("completed_on", "start", *_AMOUNT_FIELDS)):
        return  # not evidently a certificate: no guessing
    provider = found.get("provider")
    name_line = -1
    if "participant_name" not in found:
        for number, line in enumerate(doc.lines[:12]):
            cells = doc.cells[number]
            if len(cells) != 1 or _labels_of(cells[0]):
                continue
            following = doc.flat_line(number + 1) if number + 1 < len(doc.lines) else ""
            if _JOB_TITLE.fullmatch(following):
                continue  # a signature: the signer's name above their role
            name = clean_name(cells[0].text)
            if name is not None and (provider is None or name != provider.value):
                fields.add("participant_name", name, GUESSED, line)
                name_line = number
                break
    else:
        value = fields.found["participant_name"].value
        name_line = next(
            (n for n in range(len(doc.lines)) if isinstance(value, str) and value in doc.lines[n]),
            -1,
        )
    if "title" in fields.found:
        return
    for number in range(name_line + 1, min(len(doc.lines), name_line + 8)):
        cells = doc.cells[number]
        if len(cells) != 1 or _labels_of(cells[0]):
            continue
        text = cells[0].text
        if (
            _HEADING.search(text)
            or find_dates(text)
            or find_amounts(text)
            or _STATEMENT.search(text)
            or _VERB.match(text)
            or clean_name(text) is not None
            or (provider is not None and text == provider.value)
            or _ADDRESS.search(text)
            or not 2 <= len(text.split()) <= 20
            or (not text[:1].isupper() and text[:1] not in '"“')
            or text.endswith((".", "!", "?", ","))
        ):
            continue
        title = _clean_text(text)
        if title is not None:
            fields.add("title", title, GUESSED - 0.05, text)
        return


def _letterhead(doc: _Doc, fields: _Fields) -> None:
    """The organisation printed at the top: a letterhead or a certificate's issuer line."""
    headed = False
    if fields.conf("provider") >= PROSE:
        return
    for number, line in enumerate(doc.lines[:6]):
        text = " ".join(line.split())
        if not text:
            continue
        if _HEADING.search(text) and not _ORG_WORDS.search(text.replace("Certificate", "")):
            headed = True
            continue
        cells = doc.cells[number]
        if len(cells) != 1 or _labels_of(cells[0]) or find_dates(text):
            break
        org = _clean_org(text)
        participant = fields.found.get("participant_name")
        if org is None or (participant is not None and org == participant.value):
            break
        if clean_name(org) == org and not _ORG_WORDS.search(org) and headed:
            break  # a person's name under the heading: the participant, not the provider
        address = any(
            _ADDRESS.search(doc.lines[n])
            for n in range(number + 1, min(number + 3, len(doc.lines)))
        )
        conf = GUESSED + (0.15 if address else 0.0) + (0.1 if _ORG_WORDS.search(org) else 0.0)
        fields.add("provider", org, conf, text)
        break


# --- transcripts ------------------------------------------------------------------------------------

_COLUMNS: Final = {
    "date": r"(?:date(?:\s+(?:completed|earned|of\s+completion|attended|awarded))?|completed(?:\s+on)?|completion(?:\s+date)?|date\(s\)|earned|awarded)",
    "title": r"(?:course(?:\s+(?:title|name))?|title|activity(?:\s+(?:title|name))?|program(?:\s+(?:title|name))?|session|webinar|event|description|module)",
    "number": r"(?:(?:course|program|activity|event)\s*(?:#|n[o0]\.?|number|id|code)|pace\s*#|tracking\s*#)",
    "provider": r"(?:provider|sponsor|organi[sz]ation|offered\s+by|presented\s+by)",
    "amount": r"(?:(?:contact\s*|ce\s*|credit\s*|cmp\s*|ccp\s*|clock\s*)?(?:hours|hrs|credits?|points)|ceus?|c\.e\.u\.?s?|minutes|units|amount)",
    "type": r"(?:type|format|delivery|method|mode)",
    "accreditation": r"(?:accreditation|credit\s+type|approved\s+by|accrediting\s+body|approval)",
}
_COLUMN_RES: Final = {k: re.compile(r"(?:" + v + r")\.?\s*:?", re.I) for k, v in _COLUMNS.items()}


@dataclass(frozen=True, slots=True)
class _Column:
    role: str
    header: str
    start: int


def _header(cells: Sequence[_Cell]) -> list[_Column] | None:
    """The columns of a transcript's header row, or None when the line is not one. A column
    the reader does not know ("Score", "Status") is kept as "other" so that its cells are not
    taken for a neighbour's; at most a third of the columns may be unknown."""
    columns: list[_Column] = []
    for cell in cells:
        # OCR: "Course :ID", "CE Hours’"
        text = re.sub(r"[^\w#()/ ]+", " ", cell.text)
        text = " ".join(text.split())
        role = next(
            (name for name, pattern in _COLUMN_RES.items() if pattern.fullmatch(text)), None
        )
        if role is None and (
            len(text) > 24 or find_dates(text) or any(ch.isdigit() for ch in text)
        ):
            return None  # a value, not a heading
        columns.append(_Column(role or "other", text, cell.start))
    roles = [c.role for c in columns]
    known = [role for role in roles if role != "other"]
    if len(known) < 3 or len(known) * 3 < len(roles) * 2:
        return None
    if "title" not in known or not ("date" in known or "amount" in known):
        return None
    if len(set(known)) != len(known):
        # "Activity | Program" where OCR lost the "#" of "Program #": the second title-like
        # column holds the numbers.
        seen: set[str] = set()
        for index, column in enumerate(columns):
            if column.role in seen:
                role = "number" if column.role == "title" and "number" not in seen else "other"
                columns[index] = _Column(role, column.header, column.start)
            seen.add(columns[index].role)
    return columns


def _split_at_columns(line: str, cells: list[_Cell], columns: list[_Column]) -> list[_Cell]:
    """Cells that run into the next column with only a space or two between ("A  PACE-2025"),
    cut where a column starts after a space."""
    out: list[_Cell] = []
    for cell in cells:
        start = cell.start
        for column in columns:
            cut = column.start
            if start < cut < cell.end and line[cut - 1] == " " and line[cut] != " ":
                piece = line[start:cut].strip()
                if piece:
                    out.append(_Cell(piece, cell.line, start, start + len(piece)))
                start = cut
        piece = line[start : cell.end].strip()
        if piece:
            out.append(_Cell(piece, cell.line, start, cell.end))
    return out


def _column_of(columns: list[_Column], cell: _Cell) -> int:
    """The column a cell belongs to: the one whose span overlaps it most."""
    best, best_overlap = 0, -1
    for index, column in enumerate(columns):
        left = column.start
        right = columns[index + 1].start if index + 1 < len(columns) else 10_000
        overlap = min(cell.end, right) - max(cell.start, left)
        if overlap > best_overlap:
            best, best_overlap = index, overlap
    return best


def _transcript(doc: _Doc, origin: str) -> tuple[Draft, ...]:
    header_line = None
    columns: list[_Column] | None = None
    for number, cells in enumerate(doc.cells):
        columns = _header(cells) if len(cells) >= 3 else None
        if columns:
            header_line = number
            break
    if header_line is None or not columns:
        return ()
    roles = [c.role for c in columns]
    rows: list[dict[str, list[str]]] = []
    row_lines: list[int] = []
    for number in range(header_line + 1, len(doc.cells)):
        cells = doc.cells[number]
        if not cells:
            continue
        text = doc.flat_line(number)
        if re.match(r"(?:total|subtotal|grand\s+total|page\s+\d)\b", text, re.I):
            break
        if _header(cells):
            continue  # the header repeated on the next page
        assigned: dict[str, list[str]] = {}
        for cell in _split_at_columns(doc.lines[number], cells, columns):
            assigned.setdefault(roles[_column_of(columns, cell)], []).append(cell.text)
        starts_row = _starts_row(assigned, roles)
        if starts_row:
            rows.append({role: [" ".join(v)] for role, v in assigned.items()})
            row_lines.append(number)
        elif (
            rows and number - row_lines[-1] <= 8 and not _STATEMENT.search(text) and len(text) < 160
        ):
            for role, values in assigned.items():
                rows[-1].setdefault(role, []).append(" ".join(values))
        elif rows:
            break
    if not rows:
        return ()
    shared = _Fields(doc.ocr)
    top = _Doc.parse("\n".join(doc.lines[:header_line]), ocr=False)
    top.ocr = doc.ocr
    _labelled(top, shared, set())
    _letterhead(top, shared)
    after = "\n".join(doc.lines[row_lines[-1] + 1 :])
    statement = find_accreditations(_blank(after, []))
    amount_header = next((c.header for c in columns if c.role == "amount"), "")
    drafts = []
    for index, row in enumerate(rows, start=1):
        fields = _Fields(doc.ocr)
        for name in ("participant_name", "provider"):
            if name in shared.found:
                fields.found[name] = shared.found[name]
        source = " | ".join(" ".join(v) for v in row.values())
        conf = LABELLED - 0.1
        title = _clean_text(" ".join(row.get("title", [])))
        fields.add("title", title, conf, source)
        if "provider" in row:
            fields.found.pop("provider", None)
            fields.add("provider", _clean_org(" ".join(row["provider"])), conf, source)
        date_text = " ".join(row.get("date", []))
        dates = find_dates(date_text)
        if dates:
            fields.add("completed_on", dates[0].value, conf, date_text)
        amount = _amount_value(amount_header, " ".join(row.get("amount", [])))
        if amount is not None:
            fields.add(amount[0], amount[1], conf, f"{amount_header}: {amount[2]}")
            unit_acc = find_accreditations(amount_header)
            if unit_acc:
                fields.add("accreditation", unit_acc[0][0], 0.85, amount_header)
        fields.add("course_number", clean_id(" ".join(row.get("number", []))), conf, source)
        if "type" in row:
            kind, delivery = _format(" ".join(row["type"]))
            fields.add("kind", kind, conf - 0.05, source)
            fields.add("delivery", delivery, conf - 0.05, source)
        if "kind" not in fields.found and title:
            kind, _ = _format(title)
            if kind in ("workshop", "in-service", "conference-session"):
                fields.add("kind", kind, GUESSED - 0.05, title)
        accreditation = " ".join(row.get("accreditation", []))
        if accreditation:
            ident = accreditation_id(accreditation)
            if ident in ("other", "none"):
                hits = find_accreditations(accreditation)
                ident = hits[0][0] if hits else ""
            fields.add("accreditation", ident, conf, accreditation)
            if re.search(r"\bfl\b|florida|ce\s*broker", accreditation, re.I):
                fields.add("approvals", ("fl",), PROSE, accreditation)
        elif statement and "accreditation" not in fields.found:
            named = [s for s in statement if s[0] != "state-board"] or statement
            fields.add("accreditation", named[0][0], INFERRED, named[0][1].raw)
            if _FLORIDA.search(after):
                fields.add("approvals", ("fl",), INFERRED - 0.05, named[0][1].raw)
        if "title" not in fields.found and not any(n in fields.found for n in _AMOUNT_FIELDS):
            continue
        notes = tuple(_storable_amount(fields.found))
        ordered = {name: fields.found[name] for name in _ORDER if name in fields.found}
        drafts.append(Draft(ordered, origin, f"row {index}", notes))
    return tuple(drafts)


def _starts_row(assigned: dict[str, list[str]], roles: list[str]) -> bool:
    """A line starts a new row when its date cell holds a date (or, without a date column, its
    amount cell a number)."""
    if "date" in roles:
        return bool(find_dates(" ".join(assigned.get("date", []))))
    return bool(_BARE_NUMBER.search(" ".join(assigned.get("amount", []))))


# --- files -------------------------------------------------------------------------------------------


def read_certificate(
    name: str, content: bytes, limits: Limits = DEFAULT_LIMITS, *, ocr: bool = True
) -> Capture:
    """Drafts from a certificate file: a PDF (text or scanned) or a PNG/JPEG scan or photo.
    Errors come back as data, never as exceptions."""
    from cetrack.core.capture.sniff import JPEG, PDF, PNG, sniff

    kind = sniff(content)
    try:
        if kind == PDF:
            return _read_pdf(name, content, limits, ocr=ocr)
        if kind in (PNG, JPEG):
            return _read_image(name, content, kind, limits, ocr=ocr)
    except Exception as error:  # a bug must not take the upload down with it; keep the file
        return Capture(
            name,
            kind,
            errors=(
                CaptureError(
                    "failed", f"The certificate could not be read ({type(error).__name__})"
                ),
            ),
        )
    return Capture(
        name,
        kind,
        errors=(
            CaptureError(
                "unsupported",
                "Not a certificate file this reader knows: expected a PDF, PNG or JPEG (the "
                "type is taken from the file's content, not its name)",
            ),
        ),
    )


def _read_pdf(name: str, content: bytes, limits: Limits, *, ocr: bool) -> Capture:
    from cetrack.core.capture.pdf import read_pdf
    from cetrack.core.capture.sniff import PDF

    read = read_pdf(content, limits, ocr=ocr)
    errors = list(read.errors)
    pages = [
        (number, text, origin)
        for number, (text, origin) in enumerate(zip(read.pages, read.origins, strict=True), start=1)
        if text.strip()
    ]
    drafts = _drafts_of_pages(pages)
    if pages and not drafts and not errors:
        errors.append(
            CaptureError(
                "no-fields",
                "No course, date or credit was found in the certificate's text; enter the "
                "activity by hand",
            )
        )
    return Capture(name, PDF, tuple(drafts), tuple(errors), read.text, read.page_count)


def _drafts_of_pages(pages: list[tuple[int, str, str]]) -> list[Draft]:
    """One certificate per page when each page is a certificate of its own; a transcript's rows
    across its pages; otherwise the pages read as one document."""
    if not pages:
        return []
    origin = "ocr" if any(o == "ocr" for _, _, o in pages) else "pdf-text"
    if len(pages) == 1:
        _, text, page_origin = pages[0]
        return list(extract_drafts(text, page_origin or origin))
    joined = "\n\n".join(text for _, text, _ in pages)
    doc = _Doc.parse(joined, ocr=origin == "ocr")
    rows = _transcript(doc, origin)
    if rows:
        return list(rows)
    per_page: list[Draft] = []
    for number, text, page_origin in pages:
        page_doc = _Doc.parse(text, ocr=page_origin == "ocr")
        draft = _certificate(page_doc, page_origin or origin, f"page {number}")
        if draft is None or "title" not in draft.fields:
            break
        if not any(key in draft.fields for key in ("completed_on", "start", *_AMOUNT_FIELDS)):
            break
        per_page.append(draft)
    else:
        if len(per_page) > 1:
            return per_page
    whole = _certificate(doc, origin)
    return [whole] if whole is not None else []


def _read_image(name: str, content: bytes, kind: str, limits: Limits, *, ocr: bool) -> Capture:
    from cetrack.core.capture.ocr import OCR_DISABLED_MESSAGE, ocr_image, open_image

    if not ocr:  # the size and pixel checks still come first: a bomb is refused as one
        opened = open_image(content, limits)
        if isinstance(opened, CaptureError):
            return Capture(name, kind, errors=(opened,), pages=1)
        opened.close()
        return Capture(name, kind, errors=(CaptureError("no-ocr", OCR_DISABLED_MESSAGE),), pages=1)
    text = ocr_image(content, limits)
    if isinstance(text, CaptureError):
        return Capture(name, kind, errors=(text,), pages=1)
    drafts = extract_drafts(text, "ocr")
    errors: tuple[CaptureError, ...] = ()
    if not drafts:
        message = (
            "No text was recognised in the image; enter the activity by hand"
            if not text.strip()
            else "No course, date or credit was recognised in the scan; enter the activity by hand"
        )
        errors = (CaptureError("no-fields" if text.strip() else "no-text", message),)
    return Capture(name, kind, drafts, errors, text, 1)


__all__ = ["clean_id", "clean_name", "extract_drafts", "read_certificate"]
