"""The one list of an activity's fields: ledger key, label, kind, limits and role.

Everything that handles an activity field by field is derived from here: the ledger reader's
keys and their documented order (`ledger.ACTIVITY_FIELDS`), the CSV export's columns, the
activity form's text fields, the API schema, the database bridge (which text is stored blank),
what a merge may fill on an existing record (`DOCUMENTS`), and what capture may put in a draft.
A new field is a new line here (and a column), not an edit in seven places.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final, Literal

Kind = Literal["id", "text", "date", "amount", "choice", "choices", "number", "file"]

AMOUNT_FIELDS: Final[tuple[str, ...]] = (
    "hours",
    "minutes",
    "ceu",
    "points",
    "semester_hours",
    "quarter_hours",
)
UNIT_LABELS: Final = {
    "hours": "contact hours",
    "minutes": "minutes",
    "ceu": "CEU",
    "points": "points",
    "semester_hours": "semester hours",
    "quarter_hours": "quarter hours",
}


def _sentence_case(text: str) -> str:
    """The first letter up, the rest as written ("CEU" stays "CEU", not "Ceu")."""
    return text[:1].upper() + text[1:]


@dataclass(frozen=True, slots=True)
class ActivityField:
    key: str  # the ledger key (also the form field, the API property and the database column)
    label: str  # what a person reads
    kind: Kind
    required: bool = False
    max_length: int | None = None  # what the database keeps; forms and the API say so first
    # Documentation printed on a certificate: a merge fills it on a record that has none.
    documents: bool = False
    # Stored as "" in the database when blank, absent from the ledger.
    optional_text: bool = False
    help: str = ""


_AMOUNT_HELP: Final = {
    "hours": "Contact hours (exactly one amount)",
    "minutes": "Clock minutes, with break_minutes",
    "ceu": "CEU (1 CEU = 10 contact hours)",
}

ACTIVITY: Final[tuple[ActivityField, ...]] = (
    ActivityField("id", "Id", "id", required=True, max_length=100,
                  help="The ledger id; made from the title when absent"),
    ActivityField("title", "Title", "text", required=True, max_length=300,
                  help="As printed on the certificate"),
    ActivityField("provider", "Provider", "text", max_length=200, documents=True,
                  optional_text=True, help="Who offered it"),
    ActivityField("completed_on", "Completed on", "date",
                  help="YYYY-MM-DD (or give start and end)"),
    ActivityField("start", "First day", "date"),
    ActivityField("end", "Last day", "date"),
    *(ActivityField(unit, _sentence_case(UNIT_LABELS[unit]), "amount",
                    help=_AMOUNT_HELP.get(unit, "")) for unit in AMOUNT_FIELDS),
    ActivityField("kind", "Kind", "choice", max_length=40),
    ActivityField("topics", "Topics", "choices"),
    ActivityField("accreditation", "Accreditation", "choice", max_length=100,
                  help="Such as P.A.C.E., ACCENT, university"),
    ActivityField("participant_name", "Name on the certificate", "text", max_length=200,
                  documents=True, optional_text=True),
    ActivityField("course_number", "Course number", "text", max_length=100, documents=True,
                  optional_text=True),
    ActivityField("provider_number", "Provider number", "text", max_length=100,
                  documents=True, optional_text=True),
    ActivityField("approval_number", "Approval number", "text", max_length=100,
                  documents=True, optional_text=True),
    ActivityField("accrediting_agency_number", "Accrediting agency number", "text",
                  max_length=100, documents=True, optional_text=True),
    ActivityField("license_number", "Licence number on the certificate", "text",
                  max_length=100, documents=True, optional_text=True),
    ActivityField("approvals", "Approved by state boards", "choices"),
    ActivityField("break_minutes", "Break minutes (only with minutes)", "number"),
    ActivityField("certificate", "Certificate", "file", max_length=300,
                  help="A reference to a certificate kept elsewhere"),
    ActivityField("evidence", "Evidence", "choice", max_length=40, optional_text=True),
    ActivityField("level", "Level", "text", max_length=40, documents=True, optional_text=True),
    ActivityField("delivery", "Delivery", "choice", max_length=40, documents=True,
                  optional_text=True),
    ActivityField("notes", "Notes", "text", optional_text=True),
)  # fmt: skip

BY_KEY: Final = {item.key: item for item in ACTIVITY}
# The ledger's activity keys in the documented order (docs/ledger.md); the CSV columns follow it.
KEYS: Final = tuple(item.key for item in ACTIVITY)
OPTIONAL_TEXT: Final = tuple(item.key for item in ACTIVITY if item.optional_text)
DOCUMENTS: Final = tuple(item.key for item in ACTIVITY if item.documents)
TEXT: Final = tuple(item.key for item in ACTIVITY if item.kind == "text")


def field(key: str) -> ActivityField:
    """The field of a ledger key (KeyError for a key the ledger does not have)."""
    return BY_KEY[key]


def label(key: str) -> str:
    """A field's label for people; the key itself for keys outside the registry."""
    found = BY_KEY.get(key)
    return found.label if found is not None else key
