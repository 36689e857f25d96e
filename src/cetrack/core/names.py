"""Human names for the ids that files and the API keep: topics, activity kinds, evidence kinds,
accreditations, rule sets and board programs, and the one date format people read.

Every page, message, PDF and e-mail names things through these functions, so "blood-banking"
is "Blood banking" and "ascp/MLS" is "MLS(ASCP)" everywhere; the ledger file and the API keep
the ids (docs/ledger.md).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from cetrack.core.rules.library import RuleBook, RuleLibrary, default_library
from cetrack.core.vocabulary import vocabulary

# Where a capitalised id would read wrongly.
TOPIC_NAMES = {
    "hiv-aids": "HIV/AIDS",
    "fl-laws-rules": "Florida laws and rules",
    "point-of-care": "Point-of-care testing",
    "medical-errors": "Prevention of medical errors",
    "macroscopic-examination": "Macroscopic examination",
    "general": "General laboratory science",
}
KIND_NAMES = {
    "in-service": "In-service",
    "live-session": "Live session or webinar",
    "self-study": "Self-study",
    "competency-assessment": "Competency assessment",
    "employment": "Employment verification",
}
EVIDENCE_NAMES = {
    "none": "No documentation kept",
}
# Short explanations for the acronyms people meet beside a verdict.
ACRONYMS = {
    "CMP": "ASCP's Credential Maintenance Program: points earned every three years to keep an "
    "ASCP certification",
    "CCP": "AMT's Certification Continuation Program: points earned every three years to keep "
    "an AMT certification",
    "P.A.C.E.": "ASCLS's Professional Acknowledgment for Continuing Education, the most common "
    "accreditation of laboratory CE",
    "CE Broker": "the tracking system Florida's boards use: providers report completed courses "
    "to it",
}


def _id_words(ident: str) -> str:
    return ident.replace("-", " ").replace("_", " ").strip().capitalize()


def topic_name(topic: str) -> str:
    """'Blood banking' for 'blood-banking'; an unknown topic is shown as written."""
    if topic in TOPIC_NAMES:
        return TOPIC_NAMES[topic]
    return _id_words(topic) if topic in vocabulary().topics else topic


def topic_description(topic: str) -> str:
    return vocabulary().topics.get(topic, "")


def kind_name(kind: str) -> str:
    return KIND_NAMES.get(kind) or (_id_words(kind) if kind else "")


def evidence_name(evidence: str) -> str:
    if not evidence:
        return ""
    return EVIDENCE_NAMES.get(evidence) or _id_words(evidence)


def accreditation_name(ident: str) -> str:
    """'ASCLS P.A.C.E.' for 'pace'; free text that names no known system is shown as written."""
    if not ident:
        return ""
    found = vocabulary().accreditations.get(ident)
    return found.name if found else ident


def approval_name(program: str, library: RuleLibrary | None = None) -> str:
    """A board approval ('fl') as people say it: 'Florida board'."""
    for book in library or default_library():
        if book.program.program == program:
            return book.program.authority
    return program.upper()


def ruleset_name(rules: str, library: RuleLibrary | None = None) -> str:
    """The rule set's name in the rule library ('Medical Laboratory Scientist, MLS(ASCP)')."""
    book = (library or default_library()).get(rules)
    return book.name if book else rules


def short_name(book: RuleBook) -> str:
    """'MLS(ASCP)' for an ASCP or AMT certification, the whole name for a licence."""
    head, _, tail = book.name.rpartition(", ")
    return tail if head and "(" in tail else book.name


def ruleset_short_name(rules: str, library: RuleLibrary | None = None) -> str:
    book = (library or default_library()).get(rules)
    return short_name(book) if book else rules


@dataclass(frozen=True, slots=True)
class Choice:
    """A credential as a person picks it: 'Medical Laboratory Scientist — MLS(ASCP)'."""

    id: str
    label: str
    body: str  # who issues it: 'ASCP Board of Certification', 'Florida Board of ...'
    search: str  # every word a person might type, lower case


STATES = {
    "ca": "California",
    "fl": "Florida",
    "ga": "Georgia",
    "mt": "Montana",
    "nd": "North Dakota",
    "ny": "New York",
    "tn": "Tennessee",
}


def ruleset_choice(book: RuleBook) -> Choice:
    head, _, tail = book.name.rpartition(", ")
    label = f"{head} — {tail}" if head and "(" in tail else book.name
    state = STATES.get(book.program.program, "")
    if not (head and "(" in tail) and state not in book.name:
        label = f"{book.name} — {state or book.program.authority}"
    words = " ".join([book.name, book.id, book.program.name, book.program.authority])
    return Choice(book.id, label, book.program.authority, words.casefold())


def ruleset_choices(library: RuleLibrary | None = None) -> list[Choice]:
    """Every credential of the library, certifications first, by label."""
    books = list(library or default_library())
    return sorted(
        (ruleset_choice(b) for b in books),
        key=lambda c: (c.id.split("/")[0] not in ("ascp", "amt"), c.body, c.label),
    )


def day_text(day: date | None) -> str:
    """The one date format people read: '14 Nov 2026' ('' for none)."""
    return f"{day.day} {day:%b %Y}" if day else ""


def period_text(start: date | None, end: date | None) -> str:
    if start and end and start != end:
        return f"{day_text(start)} – {day_text(end)}"
    return day_text(end or start)


FIELD_WORDS = {
    "cycle_end": "the cycle end date",
    "certified_on": "the certification date",
    "first_licensed_on": "the date you were first licensed",
    "upgraded_on": "the date of the licence at this level",
    "license_number": "the licence number",
    "categories": "the licensed categories",
    "completed_on": "the completion date",
    "approval_number": "the approval number",
    "provider_number": "the provider number",
    "course_number": "the course number",
}
# Ledger-file syntax that core messages quote, as a page says it.
FILE_SYNTAX = {
    "with `points` or `hours`": "as the activity's amount in points or hours",
    'approvals = ["fl"]': "the Florida board approval",
}
_TOKEN = re.compile(r"`?\b([a-z]{2,5}/[A-Za-z0-9_\-]+|[a-z]+(?:_[a-z]+)+)\b`?")


def human_problem(message: str, library: RuleLibrary | None = None) -> str:
    """A core message with its rule-set ids and field keys put in words, for a page:
    'ca/CLS needs cycle_end' -> 'Clinical Laboratory Scientist (CLS) licence needs the cycle
    end date'."""
    books = library or default_library()

    def word(found: re.Match[str]) -> str:
        token = found.group(1)
        if "/" in token:
            return ruleset_name(token, books) if books.get(token) else found.group(0)
        return FIELD_WORDS.get(token, found.group(0))

    text = _TOKEN.sub(word, message)
    for syntax, words in FILE_SYNTAX.items():
        text = text.replace(syntax, words)
    text = _ISO_DAY.sub(_day_words, text)
    return text.replace("`", "")


_ISO_DAY = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")


def _day_words(found: re.Match[str]) -> str:
    try:
        return day_text(date(int(found.group(1)), int(found.group(2)), int(found.group(3))))
    except ValueError:
        return found.group(0)


def acronym_notes(*texts: str) -> list[tuple[str, str]]:
    """The acronyms (CMP, CCP, P.A.C.E., CE Broker) these texts use, each with what it means,
    for a short note beside them."""
    joined = " ".join(texts)
    return [(word, meaning) for word, meaning in ACRONYMS.items() if word in joined]
