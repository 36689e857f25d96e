"""The label vocabulary of certificates: which printed phrases introduce which field.

Each role (title, date, amount, course_number, ...) has its label phrases; `labels_of(cell)`
gives every role whose label starts a cell, with the value after it and how strongly it is
set off (a colon, a number sign, a label of several words).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Final

from cetrack.core.capture.text import Cell

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
        "module #", "module id", "offering #", "offering id",
        "ce broker tracking #", "ce broker course #", "ce broker course id",
        "ce broker course tracking #", "course tracking #", "tracking #", "ce broker #",
        "uan", "ce broker tracking", "lecture #", "class #", "class id",
        "lecture code", "lecture id", "course ref", "course ref.", "course reference", "test #",
    ),
    "license_number": (
        "license #", "license", "fl license #", "florida license #", "ca license #",
        "california license #", "state license #", "licensee #", "lic #", "lic.", "lic. #",
        "cls license #", "clinical laboratory license #", "license/certification #",
        "personnel license #", "license id", "fl license", "florida license", "ca license",
        "state license", "cls license",
    ),
    "level": (
        "level", "program level", "instructional level", "content level", "difficulty",
        "course level", "level of difficulty", "difficulty level", "educational level",
        "knowledge level", "activity level", "audience level", "level of instruction",
        "instruction level", "level of content", "target level", "skill level",
    ),
    "format": (
        "format", "delivery", "delivered", "delivered as", "delivery method", "delivery format", "type", "activity type",
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
        "hours claimed", "contact hours claimed", "credits claimed", "credit claimed",
        "ce hours claimed", "credit hours claimed", "total credits claimed", "hours attended",
        "total hours attended", "continuing education hours", "ce contact hours",
        "continuing education credit", "continuing education credits", "cme credits",
        "cme hours", "total ce hours", "total ce credits", "total credit", "total credit hours",
        "credits earned", "total hours earned", "hours of instruction", "instructional hours",
        "hours reported", "credits reported", "reported hours", "training hours",
        "hours completed", "credit hours earned", "ce hours earned", "cpd hours", "cpd",
        "cpd credits", "credit(s)", "hours credited", "credited hours", "approved credit",
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
        "transcript for", "member", "member name", "employee", "employee name", "certificate holder",
        "name of recipient", "licensee's name", "employee's name", "student's name",
        "trainee's name", "recipient's name", "member's name", "staff member", "certify that", "certifies that", "trainee", "trainee name",
        "to", "attn", "prepared for", "learner's name", "name of trainee", "delegate",
        "registrant", "registrant name", "registrant's name", "delegate name", "registered attendee",
        "reader", "reader's name",
    ),
    "title": (
        "course title", "course", "title", "program title", "program", "activity title",
        "activity", "course name", "session title", "session", "program name", "event",
        "event title", "event name", "webinar title", "webinar", "title of program",
        "title of course", "title of activity", "activity name", "lecture title", "lecture",
        "presentation title", "presentation", "module", "module title", "seminar title",
        "workshop title", "title of presentation", "title of webinar", "topic",
        "title of event", "title of session", "in-service title", "in-service", "class",
        "class title", "course/program title", "program/course title", "subject", "re",
        "article", "article title", "title of article", "package", "bundle", "package title",
        "seminar", "workshop", "webinar name", "seminar name", "workshop name",
        "conference", "conference title", "conference name", "symposium", "meeting",
        "meeting title", "training", "training title", "name of activity", "name of course",
        "name of program", "name of event", "course description", "series", "series title",
        "program series", "course series", "curriculum", "learning path",
    ),
    "provider": (
        "provider", "provider name", "sponsor", "sponsored by", "sponsoring organization",
        "offered by", "presented by", "ce provider", "organization", "provided by",
        "accredited provider", "approved provider", "issued by", "hosted by",
        "education provider", "training provider", "organizer", "organized by", "host",
        "provider of record", "sponsor name", "name of provider", "course provider",
        "program provider", "ce sponsor", "presenting organization", "institution", "from",
        "awarded by", "certified by", "provider organization", "hosting organization",
        "accredited provider name", "sponsoring institution", "organiser", "course organiser",
        "course organizer", "organised by", "organising body", "organizing body",
    ),
    "ignore": (
        "member id", "member #", "customer id", "customer #", "learner id", "user id",
        "student id", "employee id", "email", "e-mail", "phone", "fax", "address",
        "signature", "signed", "certificate #", "certificate id", "certificate code",
        "verification code", "verification #", "score", "grade", "total", "page",
        "printed by", "instructor", "instructors", "speaker", "speakers", "presenter",
        "presenters", "faculty", "location", "venue", "objectives", "city", "state",
        "telephone", "website", "web", "www", "subject to", "note", "notes", "ascp id", "sent",
        "cc", "bcc", "trainer", "trainer name", "facilitator", "moderator", "evaluator",
        "supervisor", "witnessed by", "verified by", "authorized by", "approved signature",
        "maximum", "max", "maximum credit", "maximum hours", "webinar id", "meeting id",
        "zoom id", "registration #", "registration id", "confirmation #", "transaction id",
        "ascp customer id", "amt id", "id", "account", "account #", "order #", "cost", "fee",
        "price", "paid", "status", "result", "date of birth", "dob", "birth date",
    ),
}  # fmt: skip

# Labels spelled out plainly (no number signs or trademarks), for correcting OCR misspellings.
PLAIN_LABELS: Final = tuple(
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
# Memo and e-mail headers: labels only with a colon ("TO: Jane Doe", "From: Sender <a@b>").
HEADER_WORDS: Final = frozenset({"to", "from", "re", "subject", "sent", "cc", "bcc", "attn"})
# Most specific first: on a tie of label length the earlier role wins.
ROLE_ORDER: Final = tuple(_LABELS)
# One-word labels that often start ordinary sentences; without a colon they need a value that
# looks right.
GENERIC_WORDS: Final = frozenset(
    {
        "program", "course", "title", "activity", "session", "event", "webinar", "lecture",
        "presentation", "module", "topic", "class", "subject", "in-service", "date",
        "completed", "completion", "awarded", "name", "participant", "attendee", "learner",
        "student", "licensee", "reader", "registrant", "recipient", "employee", "trainee", "provider", "sponsor",
        "organization", "host", "organizer", "institution", "level", "format", "type", "mode",
        "method", "delivery", "credits", "credit", "hours", "points", "time", "length",
        "duration", "license", "issued", "printed", "generated", "approvals", "accreditation",
        "expires", "expiration", "expiry", "minutes", "ceu", "ceus", "cmle", "total",
        "member", "article", "package", "bundle", "seminar", "workshop", "delivered", "cpd",
    }
)  # fmt: skip


def _phrase(phrase: str) -> str:
    parts = [_WORDS.get(word, re.escape(word)) for word in phrase.split()]
    body = r"[^\S\n]*".join(parts)  # a label does not run over a line break
    return body + (r"(?![a-z])" if phrase[-1].isalnum() else "")


LABEL_RES: Final = {
    role: re.compile(
        r"(?:" + "|".join(_phrase(p) for p in sorted(phrases, key=len, reverse=True)) + r")",
        re.I,
    )
    for role, phrases in _LABELS.items()
}
# After a label: a colon, a dash, an equals sign, dot leaders ("Hours of credit ...... 2.5"), a
# full stop, or only space.
_SEP = re.compile(
    r"\s*(?::|：|\s-\s|-\s|–|—|=)\s*|\s*(?:\.\s?){2,}\s*|\s*…+\s*|\s*\.\s+|\s+|(?<=#)|$"
)
_LEADING_MARKS = re.compile(r"^(?:[\s:#\-–—=]|\.(?!\d))+")
QUOTES = "\"'“”‘’«»"


@dataclass(frozen=True, slots=True)
class Label:
    role: str
    label: str
    value: str  # the rest of the cell after the label and separator ("" for a label cell)
    strong: bool  # a colon, a number sign, or a label of several words
    cell: Cell
    explicit: bool = False  # set off by a colon, dash or number sign, or a cell of its own
    marked: bool = False  # followed by a colon, dash or number sign


# "Nom / Name", "Heures / Hours", "Date / Fecha": a bilingual label, the other language first.
_BILINGUAL = re.compile(r"[^\W\d_]+(?:[ .'][^\W\d_]+)?\.?\s*/\s*(?=[^\W\d_])")


@lru_cache(maxsize=8192)
def labels_of(cell: Cell) -> list[Label]:
    """Every role whose label starts this cell, longest label first."""
    found = _labels_at_start(cell)
    # "Provider / Program #": a label followed by a slash is the first of two.
    if not found or all(label.value.startswith("/") for label in found):
        bilingual = _BILINGUAL.match(cell.text)
        if bilingual:
            rest = Cell(
                cell.text[bilingual.end() :], cell.line, cell.start + bilingual.end(), cell.end
            )
            # The first label stays in front ("Level / format   Basic / live": both are read).
            found = found + [replace(label, cell=cell) for label in _labels_at_start(rest)]
    return found


def _labels_at_start(cell: Cell) -> list[Label]:
    text = cell.text
    found: list[tuple[int, int, Label]] = []
    for rank, role in enumerate(ROLE_ORDER):
        match = LABEL_RES[role].match(text)
        if not match:
            continue
        sep = _SEP.match(text, match.end())
        if sep is None:
            continue
        label = match.group(0)
        separator = sep.group(0)
        value = _LEADING_MARKS.sub("", text[sep.end() :])
        if re.fullmatch(r"\([^()]*\)\s*:?", value):
            value = ""  # "Name (as on BOC record)": an aside; the value is in the next cell
        words = label.split()
        marked = bool(separator.strip()) or label.rstrip().endswith(("#", "."))
        if label.casefold() in HEADER_WORDS and not separator.strip().startswith(":"):
            continue  # "To:", "From:", "Re:" head a memo or an e-mail; "to" alone is a word
        explicit = marked or not value
        if label[0].islower() and not explicit:
            continue  # "offered by X" in running text; labels are capitalised
        strong = explicit or "#" in label or len(words) > 1
        if not strong and label.casefold().strip(".") not in GENERIC_WORDS:
            strong = True
        found.append(
            (-len(label), rank, Label(role, label, value.strip(), strong, cell, explicit, marked))
        )
    credit = _credit_label(cell)
    if credit is not None and not any(
        item[2].role == "amount" and len(item[2].label) >= len(credit.label) for item in found
    ):  # "CCP points awarded: 3" is more than "CCP points" followed by "awarded: 3"
        found.append((-len(credit.label), len(ROLE_ORDER), credit))
    found.sort(key=lambda item: (item[0], item[1]))
    return [item[2] for item in found]


# A label naming a credit in words of its own ("Hours Reported", "Training hours:", "Total CE
# hours earned"): a few words around hours, credits or CEUs, set off by a colon or alone in
# its cell. A maximum or what was on offer is no claim.
_CREDIT_LABEL = re.compile(
    r"(?P<label>(?:[A-Za-z.®()/-]+[^\S\n]+){0,3}?(?:hours?|hrs\.?|credits?|ceus?|points)"
    r"(?:[^\S\n]+[A-Za-z()]+){0,2}?)[^\S\n]*(?P<sep>:|$)",
    re.I,
)
_NOT_CLAIM_WORDS: Final = frozenset(
    {"maximum", "max", "max.", "available", "offered", "possible", "required", "per", "of",
     "the", "for", "a", "an", "and", "to", "up", "minimum", "min", "min.", "remaining", "needed",
     "towards", "toward", "your", "our", "in", "on", "with", "this", "is", "are", "was"}
)  # fmt: skip


def _credit_label(cell: Cell) -> Label | None:
    match = _CREDIT_LABEL.match(cell.text)
    if match is None:
        return None
    label = match.group("label")
    if any(word.casefold() in _NOT_CLAIM_WORDS for word in label.split()):
        return None
    marked = match.group("sep") == ":"
    value = cell.text[match.end() :].strip()
    if not marked and value:
        return None
    return Label("amount", label, value, True, cell, True, marked)
