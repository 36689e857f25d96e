"""CE funding as data: the words of a funding request, the life of its payment status, budget
overruns, and the IRC §127 educational-assistance limit per tax year (research: employer.md §4).

Pure functions over Decimals (dollars, two places); no web framework, nothing printed. The §127
limit is a dated, sourced setting (`cetrack/data/educational-assistance.toml`), read by
`load_limits` with located problems as data; a tax year outside every entry gets the nearest
figure marked not confirmed, never an invented one.
"""

from __future__ import annotations

import itertools
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from importlib import resources

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from cetrack.core.ledger import Problem
from cetrack.core.rules.schema import Confidence, Source

SCHEMA_VERSION = 1
ZERO = Decimal("0.00")

KINDS = {
    "tuition": "Tuition",
    "course": "CE course or package",
    "event": "Workshop or conference",
}
STATUSES = {
    "requested": "Requested",
    "approved": "Approved",
    "paid": "Paid",
    "reimbursed": "Reimbursed",
    "denied": "Denied",
    "cancelled": "Cancelled",
}
TAX_TREATMENTS = {
    "section-127": "Educational assistance (§127)",
    "working-condition": "Working-condition benefit",
    "taxable": "Taxable wages",
}
# What the part of a §127 payment above the year's limit becomes.
EXCESS_TREATMENTS = {k: v for k, v in TAX_TREATMENTS.items() if k != "section-127"}
FILE_KINDS = {
    "receipt": "Receipt",
    "grade": "Grade report",
    "certificate": "Certificate",
    "other": "Other document",
}

# The payment status: who may move a request where is the app's business (managers decide and
# pay; the requester may cancel), which moves exist is this table's.
MOVES: dict[str, frozenset[str]] = {
    "requested": frozenset({"approved", "denied", "cancelled"}),
    "approved": frozenset({"paid", "reimbursed", "cancelled"}),
    "paid": frozenset(),
    "reimbursed": frozenset(),
    "denied": frozenset(),
    "cancelled": frozenset(),
}
OPEN = frozenset({"requested", "approved"})
FUNDED = frozenset({"approved", "paid", "reimbursed"})  # money committed against a budget
SPENT = frozenset({"paid", "reimbursed"})
_VERB = {
    "approved": "approved",
    "denied": "denied",
    "cancelled": "cancelled",
    "paid": "recorded as paid",
    "reimbursed": "recorded as reimbursed",
}


def move_problem(current: str, to: str) -> str | None:
    """Why a request in `current` cannot become `to`; None when it can."""
    if current not in MOVES or to not in MOVES:
        return f"unknown status '{(to if current in MOVES else current)[:40]}'"
    if to in MOVES[current]:
        return None
    state = STATUSES[current].lower()
    if current == to:
        return f"The request is already {state}."
    if current == "requested" and to in SPENT:
        return "Approve the request before recording a payment."
    if not MOVES[current]:
        return f"The request is {state}: it cannot be {_VERB.get(to, to)} any more."
    return f"An {state} request cannot be {_VERB.get(to, to)}."


# -- budgets -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class BudgetLine:
    """One budget a request is charged against: `committed` is what other funded requests of the
    same year and scope already take from it."""

    key: str  # "organisation", "department:<id>", "member:<id>"
    name: str  # "Hematology's 2026 budget"
    amount: Decimal
    committed: Decimal

    @property
    def left(self) -> Decimal:
        return self.amount - self.committed


@dataclass(frozen=True, slots=True)
class Overrun:
    line: BudgetLine
    requested: Decimal

    @property
    def over(self) -> Decimal:
        """By how much funding `requested` would exceed the budget."""
        return self.line.committed + self.requested - self.line.amount


def overruns(lines: Sequence[BudgetLine], requested: Decimal) -> tuple[Overrun, ...]:
    """The budgets that funding `requested` more would exceed, in the order given."""
    found = (Overrun(line, requested) for line in lines)
    return tuple(o for o in found if o.over > 0)


# -- IRC §127 ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Split:
    """A §127 payment: the part within the year's limit, and the part above it."""

    within: Decimal
    above: Decimal


def split_section_127(amount: Decimal, used: Decimal, limit: Decimal) -> Split:
    """`amount` paid as educational assistance when `used` was already paid under §127 to the same
    person in the same calendar year: what still fits under `limit`, and the excess."""
    room = max(limit - max(used, ZERO), ZERO)
    within = min(max(amount, ZERO), room)
    return Split(within, max(amount, ZERO) - within)


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class _Entry(_Strict):
    from_year: int = Field(ge=1978, le=2200)
    through_year: int = Field(ge=1978, le=2200)
    amount: Decimal = Field(gt=0, max_digits=9, decimal_places=2)
    confidence: Confidence
    sources: list[str] = Field(min_length=1)
    note: str | None = None

    @model_validator(mode="after")
    def _ordered(self) -> _Entry:
        if self.through_year < self.from_year:
            raise ValueError("through_year is before from_year")
        return self


class _Beyond(_Strict):
    confidence: Confidence
    sources: list[str] = []
    note: str


class _File(_Strict):
    schema_: int = Field(alias="schema")
    limit: list[_Entry] = Field(min_length=1)
    beyond: _Beyond
    source: list[Source] = Field(min_length=1)


@dataclass(frozen=True, slots=True)
class YearLimit:
    """The §127 limit that applies to one tax year."""

    year: int
    amount: Decimal
    confirmed: bool  # False: no entry covers the year; the nearest figure is shown
    confidence: str
    note: str
    sources: tuple[Source, ...]


@dataclass(frozen=True, slots=True)
class AssistanceLimits:
    entries: tuple[_Entry, ...]
    beyond: _Beyond
    sources: dict[str, Source]
    file: str

    def for_year(self, year: int) -> YearLimit:
        for entry in self.entries:
            if entry.from_year <= year <= entry.through_year:
                return YearLimit(
                    year,
                    entry.amount,
                    True,
                    entry.confidence,
                    entry.note or "",
                    tuple(self.sources[s] for s in entry.sources),
                )
        nearest = min(
            self.entries,
            key=lambda e: min(abs(year - e.from_year), abs(year - e.through_year)),
        )
        later = year > nearest.through_year
        note = (
            self.beyond.note
            if later
            else f"No figure on file for {year}; the {nearest.from_year} figure is shown."
        )
        cited = self.beyond.sources if later else nearest.sources
        return YearLimit(
            year,
            nearest.amount,
            False,
            "unverified",
            note,
            tuple(self.sources[s] for s in cited),
        )


def _cross_check(data: _File) -> list[str]:
    known = {s.id for s in data.source}
    errors = [
        f"limit {n}: unknown source '{s}'"
        for n, entry in enumerate(data.limit)
        for s in entry.sources
        if s not in known
    ]
    errors += [f"beyond: unknown source '{s}'" for s in data.beyond.sources if s not in known]
    spans = sorted((e.from_year, e.through_year) for e in data.limit)
    errors += [
        f"limit: {a[0]}–{a[1]} overlaps {b[0]}–{b[1]}"
        for a, b in itertools.pairwise(spans)
        if b[0] <= a[1]
    ]
    return errors


def load_limits(text: str, file: str) -> tuple[AssistanceLimits | None, list[Problem]]:
    """The §127 limits file, or the located problems that stop it."""
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        return None, [Problem(file, None, "", f"not valid TOML: {error}")]
    if raw.get("schema") != SCHEMA_VERSION:
        found = raw.get("schema")
        return None, [
            Problem(file, None, "", f"'schema = {SCHEMA_VERSION}' is required ({found!r})")
        ]
    try:
        data = _File.model_validate(raw)
    except ValidationError as error:
        return None, [
            Problem(file, None, ".".join(str(p) for p in e["loc"]), e["msg"])
            for e in error.errors()
        ]
    errors = _cross_check(data)
    if errors:
        return None, [Problem(file, None, "", message) for message in errors]
    entries = tuple(sorted(data.limit, key=lambda e: e.from_year))
    return AssistanceLimits(entries, data.beyond, {s.id: s for s in data.source}, file), []


LIMITS_FILE = "cetrack/data/educational-assistance.toml"


@cache
def default_limits() -> AssistanceLimits:
    """The packaged limits, read once per process (the file is tested; a problem is a bug)."""
    text = resources.files("cetrack.data").joinpath("educational-assistance.toml").read_text()
    limits, problems = load_limits(text, LIMITS_FILE)
    if limits is None:
        raise RuntimeError("; ".join(str(p) for p in problems))
    return limits
