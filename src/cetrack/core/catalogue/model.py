"""Catalogue items: CE offerings a person could take, with their credit, price and dates.

A catalogue item is an *offer*, not a record: when a person completes it, it becomes a ledger
activity (docs/ledger.md) of the kind given by `CatalogueItem.ledger_kind`:

| catalogue kind        | ledger activity kind | note                                              |
| --------------------- | -------------------- | ------------------------------------------------- |
| online-course         | course               |                                                   |
| webinar               | live-session         |                                                   |
| workshop              | workshop             |                                                   |
| conference            | conference-session   | credit is earned session by session               |
| conference-session    | conference-session   |                                                   |
| certificate-program   | course               |                                                   |
| degree-program        | academic             |                                                   |
| in-service            | in-service           |                                                   |
| package               | course               | gives no credit itself; its `includes` items do   |
| involvement           | presentation         | or publication / committee / mentoring when       |
|                       |                      | `activity_kind` says so                           |

`activity_kind`, when set to a ledger kind, overrides the table for any item.

A catalogue file may also name an item's kind with the ledger's own word (`course`,
`live-session`, `self-study`, `academic`, ...): `KIND_OF_LEDGER_KIND` says which catalogue kind
(and, where the catalogue kind alone would become another ledger kind, which `activity_kind`)
it stands for. It is the one table between the two vocabularies; `ledger_kind` reads it back.

Amounts are exact (`Decimal`) in the ledger amount field named by `unit`. `hours_of_time` turns
an amount into hours of a person's time (not credit) for planning; see its docstring for the
assumptions.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from types import MappingProxyType

from cetrack.core.ledger import Problem
from cetrack.core.vocabulary import vocabulary

ITEM_KINDS: tuple[str, ...] = (
    "online-course",
    "webinar",
    "workshop",
    "conference",
    "conference-session",
    "certificate-program",
    "degree-program",
    "in-service",
    "package",
    "involvement",
)

FORMATS: tuple[str, ...] = ("online", "in-person", "hybrid")
FORMAT_ALIASES: Mapping[str, str] = MappingProxyType(
    {"online": "online", "in-person": "in-person", "in_person": "in-person", "hybrid": "hybrid"}
)

UNITS: tuple[str, ...] = ("hours", "ceu", "points", "semester_hours", "quarter_hours", "minutes")

ACCREDITATIONS: tuple[str, ...] = (
    "pace",
    "accent",
    "cmle",
    "accme",
    "state-board",
    "society",
    "university",
    "employer",
    "none",
    "other",
)

RECURRENCES: tuple[str, ...] = ("annual", "monthly", "ongoing", "one-time", "each-term")
RECURRENCE_ALIASES: Mapping[str, str] = MappingProxyType(
    {
        **{value: value for value in RECURRENCES},
        "one_time": "one-time",
        "one time": "one-time",
        "each_term": "each-term",
        "each term": "each-term",
    }
)

LEDGER_KIND: Mapping[str, str] = MappingProxyType(
    {
        "online-course": "course",
        "webinar": "live-session",
        "workshop": "workshop",
        "conference": "conference-session",
        "conference-session": "conference-session",
        "certificate-program": "course",
        "degree-program": "academic",
        "in-service": "in-service",
        "package": "course",
        "involvement": "presentation",
    }
)
INVOLVEMENT_KINDS: frozenset[str] = frozenset(
    {"presentation", "publication", "committee", "mentoring"}
)

# A ledger activity kind written where a catalogue kind is expected -> (catalogue kind, the
# activity_kind to keep, or None when the catalogue kind becomes that ledger kind anyway).
# Every ledger kind (data/vocabulary.toml) has an entry; tests check both directions agree.
KIND_OF_LEDGER_KIND: Mapping[str, tuple[str, str | None]] = MappingProxyType(
    {
        "course": ("online-course", None),
        "live-session": ("webinar", None),
        "conference-session": ("conference-session", None),
        "workshop": ("workshop", None),
        "in-service": ("in-service", None),
        "academic": ("degree-program", None),
        "self-study": ("online-course", "self-study"),
        "presentation": ("involvement", None),
        "publication": ("involvement", "publication"),
        "committee": ("involvement", "committee"),
        "mentoring": ("involvement", "mentoring"),
        "staff-meeting": ("in-service", "staff-meeting"),
        "orientation": ("in-service", "orientation"),
        "employment": ("involvement", "employment"),
        "competency-assessment": ("in-service", "competency-assessment"),
    }
)


def catalogue_kind(word: str) -> tuple[str, str | None] | None:
    """A kind as written in a catalogue file -> (catalogue kind, implied `activity_kind`):
    a catalogue kind stands for itself; a ledger activity kind (the ledger's own vocabulary,
    data/vocabulary.toml, as `ledger.py` checks it) maps through `KIND_OF_LEDGER_KIND`.
    None when the word is neither."""
    if word in ITEM_KINDS:
        return word, None
    if word in vocabulary().kinds:
        return KIND_OF_LEDGER_KIND.get(word, ("online-course", word))
    return None


EVENT_KINDS: frozenset[str] = frozenset({"webinar", "workshop", "conference", "conference-session"})
"""Kinds that happen on given dates. Without dates, one is planned only when it recurs on
demand (`ongoing`, `monthly`, `each-term`) or yearly (its next occurrence is projected)."""

# Hours of a person's time per unit of amount (see CatalogueItem.hours_of_time).
TIME_PER_UNIT: Mapping[str, Decimal] = MappingProxyType(
    {
        "hours": Decimal(1),
        "points": Decimal(1),  # ASCP/AMT: one point per contact hour
        "ceu": Decimal(10),  # IACET: 1 CEU = 10 contact hours
        "semester_hours": Decimal(45),  # 15 weeks x (1 h class + 2 h study)
        "quarter_hours": Decimal(30),  # 10 weeks x (1 h class + 2 h study)
    }
)


@dataclass(frozen=True, slots=True)
class CatalogueItem:
    """One CE offering. Blank facts stay None: nothing is invented."""

    id: str
    kind: str
    title: str
    provider: str | None = None
    amount: Decimal | None = None  # credit when completed, in `unit`
    unit: str = "hours"  # a ledger amount field
    topics: tuple[str, ...] = ()  # ledger topic ids
    price: Decimal | None = None  # None: only available through an item that includes it
    member_price: Decimal | None = None
    accreditation: str = "none"  # an id from data/accreditations.toml, or "other"
    accreditation_number: str | None = None
    approval_expires: date | None = None
    format: str = "online"
    start: date | None = None
    end: date | None = None
    location: str | None = None
    includes: tuple[str, ...] = ()  # ids this package/conference/programme unlocks
    approvals: tuple[str, ...] = ()  # board/programme ids that approve it ("fl")
    level: str | None = None
    url: str | None = None
    seen_on: str | None = None  # when its facts were seen, as given
    recurs: str | None = None  # annual | monthly | ongoing | one-time | each-term
    usual_month: int | None = None  # for annual events
    leads_to: tuple[str, ...] = ()  # credential/pathway ids, e.g. "ascp/MLS"
    activity_kind: str | None = None  # overrides ledger_kind
    employer_paid: bool = False
    synthetic: bool = False
    notes: str | None = None
    # Set when start/end are an expected next occurrence, not confirmed dates (occurrence.py):
    # "edition" (a past edition moved forward by whole years or months), "month" (the usual
    # month, day unknown), "year" (held yearly, month unknown: by this date at the latest).
    projected: str = ""

    @property
    def ledger_kind(self) -> str:
        """The ledger activity kind this item becomes when completed (module docstring table)."""
        if self.activity_kind:
            return self.activity_kind
        return LEDGER_KIND.get(self.kind, "course")

    @property
    def hours_of_time(self) -> Decimal | None:
        """Hours of a person's time the item takes, from `amount` and `unit`; None if unknown.

        Assumptions: an hour, a point (ASCP/AMT count one per contact hour) = 1 h; a CEU = 10 h
        (IACET); minutes / 60 (clock time); an academic semester hour = 45 h (15 weeks of one
        class hour plus two hours of study, the Carnegie unit) and a quarter hour = 30 h (10
        weeks). A package gives no credit itself, so its time is None unless an amount is given.
        """
        if self.amount is None:
            return None
        if self.unit == "minutes":
            return self.amount / Decimal(60)
        factor = TIME_PER_UNIT.get(self.unit)
        return None if factor is None else self.amount * factor

    @property
    def is_event(self) -> bool:
        """True when the item happens on given dates (a conference, a live webinar, ...)."""
        return self.start is not None or self.end is not None

    @property
    def is_free(self) -> bool:
        return self.price is not None and self.price == 0


@dataclass(frozen=True, slots=True)
class Catalogue:
    """Items in file order, the located problems met while reading, and where they came from."""

    items: tuple[CatalogueItem, ...] = ()
    problems: tuple[Problem, ...] = ()
    source: str | None = None
    _by_id: Mapping[str, CatalogueItem] = field(init=False, repr=False, compare=False)
    _included_in: Mapping[str, tuple[str, ...]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        by_id: dict[str, CatalogueItem] = {}
        included: dict[str, list[str]] = {}
        for item in self.items:
            by_id.setdefault(item.id, item)
            for child in item.includes:
                parents = included.setdefault(child, [])
                if item.id not in parents:
                    parents.append(item.id)
        object.__setattr__(self, "_by_id", MappingProxyType(by_id))
        object.__setattr__(
            self,
            "_included_in",
            MappingProxyType({key: tuple(value) for key, value in included.items()}),
        )

    @property
    def by_id(self) -> Mapping[str, CatalogueItem]:
        """Items by id (read-only, built once)."""
        return self._by_id

    def included_in(self, item_id: str) -> tuple[str, ...]:
        """Ids of the items (packages, conferences, programmes) that unlock `item_id`."""
        return self._included_in.get(item_id, ())
