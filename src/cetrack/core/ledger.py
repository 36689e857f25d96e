"""The portable CE ledger: one person's credentials and activities in a documented TOML file.

`parse_ledger` never raises for bad input: it returns the ledger (or None) with a list of
located problems, each naming the file, line, entry and field and saying what was expected.
The format is documented in docs/ledger.md; `FORMAT` is the newest version this code reads.
"""

from __future__ import annotations

import difflib
import re
import tomllib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from cetrack.core.activity_fields import AMOUNT_FIELDS as AMOUNT_FIELDS
from cetrack.core.activity_fields import KEYS, OPTIONAL_TEXT
from cetrack.core.vocabulary import vocabulary

FORMAT = 1

# Beyond these an amount is almost certainly a typo (a 3-day workshop is ~20 hours; a whole
# degree is ~60 semester hours).
AMOUNT_LIMITS: dict[str, Decimal] = {
    "hours": Decimal(500),
    "minutes": Decimal(30000),
    "ceu": Decimal(50),
    "points": Decimal(500),
    "semester_hours": Decimal(60),
    "quarter_hours": Decimal(90),
}
CREDENTIAL_STATUSES = ("active", "expired")
EARLIEST_DATE = date(1950, 1, 1)
LATEST_DATE = date(2200, 12, 31)


def plausible_date(day: date) -> bool:
    """A date a ledger, an as-of date or a cycle may hold (typos such as 0202 are refused)."""
    return EARLIEST_DATE <= day <= LATEST_DATE


PERSON_KEYS = frozenset({"name", "email", "birth_date", "notes"})
CREDENTIAL_KEYS = frozenset(
    {
        "id",
        "rules",
        "cycle_end",
        "certified_on",
        "status",
        "license_number",
        "categories",
        "categories_added_on",
        "first_licensed_on",
        "upgraded_on",
        "roles",
        "notes",
    }
)
# In the documented order (docs/ledger.md); the CSV export's columns follow it. The core's
# activity field registry is the one list.
ACTIVITY_FIELDS: tuple[str, ...] = KEYS
# Free text an activity may carry (evidence is checked against its vocabulary, apart).
_FREE_TEXT = (*(key for key in OPTIONAL_TEXT if key != "evidence"), "certificate")
ACTIVITY_KEYS = frozenset(ACTIVITY_FIELDS)
TOP_KEYS = frozenset({"format", "person", "credential", "activity"})


@dataclass(frozen=True, slots=True)
class Problem:
    """A located problem in an input file."""

    file: str
    line: int | None
    where: str
    message: str
    key: str | None = None  # the field at fault, for forms that show messages beside fields

    def __str__(self) -> str:
        place = f"{self.file}:{self.line}" if self.line else self.file
        return (
            f"{place}: {self.where}: {self.message}" if self.where else f"{place}: {self.message}"
        )


@dataclass(frozen=True, slots=True)
class Person:
    name: str
    email: str | None = None


def default_accreditation(kind: str) -> str:
    """The accreditation an activity has when none is recorded: an academic course implies an
    accredited college or university (a transcript prints no CE accreditation); anything
    else is not accredited."""
    return "university" if kind == "academic" else "none"


@dataclass(frozen=True, slots=True)
class Credential:
    id: str
    rules: str
    cycle_end: date | None = None
    certified_on: date | None = None
    status: str = "active"
    license_number: str | None = None
    categories: tuple[str, ...] = ()
    categories_added_on: Mapping[str, date] = field(default_factory=dict)
    first_licensed_on: date | None = None
    upgraded_on: date | None = None  # licensed at this (higher) level on this date
    roles: tuple[str, ...] = ()
    notes: str | None = None


@dataclass(frozen=True, slots=True)
class Amount:
    unit: str  # one of AMOUNT_FIELDS
    value: Decimal

    def __str__(self) -> str:
        return f"{self.value} {self.unit.replace('_', ' ')}"


@dataclass(frozen=True, slots=True)
class Activity:
    id: str
    title: str
    start: date
    end: date
    amount: Amount
    kind: str = "course"
    provider: str | None = None
    topics: tuple[str, ...] = ()
    accreditation: str = "none"
    participant_name: str | None = None
    course_number: str | None = None
    provider_number: str | None = None
    approval_number: str | None = None
    accrediting_agency_number: str | None = None
    license_number: str | None = None
    approvals: tuple[str, ...] = ()
    break_minutes: int | None = None
    certificate: str | None = None
    evidence: str | None = None
    level: str | None = None
    delivery: str | None = None
    notes: str | None = None

    @property
    def completed_on(self) -> date:
        return self.end

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1


@dataclass(frozen=True, slots=True)
class Ledger:
    person: Person
    credentials: tuple[Credential, ...]
    activities: tuple[Activity, ...]
    format: int = FORMAT
    source: str | None = None


@dataclass(frozen=True, slots=True)
class LedgerResult:
    ledger: Ledger | None
    problems: tuple[Problem, ...]

    @property
    def ok(self) -> bool:
        return self.ledger is not None and not self.problems


class _Locator:
    """Finds the line of a table entry or key in TOML source, for error messages."""

    _header = re.compile(r"^\s*\[\[?\s*([A-Za-z0-9_.\-\"]+)\s*\]\]?\s*(#.*)?$")

    def __init__(self, text: str) -> None:
        self.lines = text.splitlines()
        self.blocks: dict[str, list[int]] = {}
        self.first_header = len(self.lines)
        for number, line in enumerate(self.lines):
            match = self._header.match(line)
            if match:
                self.blocks.setdefault(match.group(1).strip('"'), []).append(number)
                self.first_header = min(self.first_header, number)

    def _range(self, table: str | None, index: int) -> tuple[int, int] | None:
        if table is None:
            return 0, self.first_header
        starts = self.blocks.get(table, [])
        if index >= len(starts):
            return None
        start = starts[index]
        later = [n for rows in self.blocks.values() for n in rows if n > start]
        return start, min(later, default=len(self.lines))

    def line(self, table: str | None, index: int = 0, key: str | None = None) -> int | None:
        span = self._range(table, index)
        if span is None:
            return None
        start, stop = span
        if key is not None:
            pattern = re.compile(rf'^\s*"?{re.escape(key)}"?\s*=')
            for number in range(start, stop):
                if pattern.match(self.lines[number]):
                    return number + 1
        return start + 1 if table is not None else None


class _Reader:
    """Turns parsed TOML into ledger objects, collecting located problems."""

    def __init__(self, text: str, source: str) -> None:
        self.source = source
        self.locate = _Locator(text)
        self.problems: list[Problem] = []
        self.vocab = vocabulary()

    def problem(
        self, message: str, table: str | None = None, index: int = 0, key: str | None = None
    ) -> None:
        where = ""
        if table is not None:
            where = f"[[{table}]] #{index + 1}" if table != "person" else "[person]"
        if key is not None:
            where = f"{where} '{key}'" if where else f"'{key}'"
        line = self.locate.line(table, index, key)
        self.problems.append(Problem(self.source, line, where, message, key))

    def unknown_keys(
        self, entry: Mapping[str, Any], allowed: frozenset[str], table: str | None, index: int
    ) -> None:
        for key in entry:
            if key not in allowed:
                hint = difflib.get_close_matches(key, sorted(allowed), n=1)
                tip = f"; did you mean '{hint[0]}'?" if hint else ""
                self.problem(f"unknown key '{key}'{tip}", table, index, key)

    def text(
        self,
        entry: Mapping[str, Any],
        key: str,
        table: str,
        index: int,
        *,
        required: bool = False,
    ) -> str | None:
        value = entry.get(key)
        if value is None:
            if required:
                self.problem(f"'{key}' is required", table, index)
            return None
        if not isinstance(value, str) or (required and not value.strip()):
            self.problem(f"expected a non-empty text value, got {value!r}", table, index, key)
            return None
        return value.strip()

    def day(self, entry: Mapping[str, Any], key: str, table: str, index: int) -> date | None:
        value = entry.get(key)
        if value is None:
            return None
        if isinstance(value, datetime):
            value = value.date()
        if isinstance(value, str):
            try:
                value = date.fromisoformat(value)
            except ValueError:
                self.problem(
                    f"'{value}' is not a real date; expected YYYY-MM-DD", table, index, key
                )
                return None
        if not isinstance(value, date):
            self.problem(f"expected a date YYYY-MM-DD, got {value!r}", table, index, key)
            return None
        if not plausible_date(value):
            self.problem(f"{value} is outside any plausible CE date", table, index, key)
            return None
        return value

    def words(
        self,
        entry: Mapping[str, Any],
        key: str,
        table: str,
        index: int,
        allowed: Iterable[str] | None = None,
    ) -> tuple[str, ...]:
        value = entry.get(key, [])
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.problem("expected a list of text values", table, index, key)
            return ()
        if allowed is not None:
            known = set(allowed)
            for word in value:
                if word not in known:
                    hint = difflib.get_close_matches(word, sorted(known), n=1)
                    tip = f"; did you mean '{hint[0]}'?" if hint else ""
                    self.problem(
                        f"unknown {key.rstrip('s')} '{word}'{tip} (see docs/ledger.md)",
                        table,
                        index,
                        key,
                    )
        return tuple(dict.fromkeys(value))

    # -- entries -------------------------------------------------------------------------------

    def person(self, data: Mapping[str, Any]) -> Person:
        entry = data.get("person")
        if not isinstance(entry, dict):
            self.problem("a [person] table with a 'name' is required")
            return Person(name="")
        self.unknown_keys(entry, PERSON_KEYS, "person", 0)
        name = self.text(entry, "name", "person", 0, required=True) or ""
        email = self.text(entry, "email", "person", 0)
        return Person(name=name, email=email)

    def credential(self, entry: Mapping[str, Any], index: int) -> Credential | None:
        table = "credential"
        before = len(self.problems)
        self.unknown_keys(entry, CREDENTIAL_KEYS, table, index)
        ident = self.text(entry, "id", table, index, required=True)
        rules = self.text(entry, "rules", table, index, required=True)
        status = self.text(entry, "status", table, index) or "active"
        if status not in CREDENTIAL_STATUSES:
            self.problem(
                f"status must be one of {', '.join(CREDENTIAL_STATUSES)}, got '{status}'",
                table,
                index,
                "status",
            )
        cycle_end = self.day(entry, "cycle_end", table, index)
        certified_on = self.day(entry, "certified_on", table, index)
        first_licensed_on = self.day(entry, "first_licensed_on", table, index)
        upgraded_on = self.day(entry, "upgraded_on", table, index)
        categories = self.words(entry, "categories", table, index, self.vocab.topics)
        roles = self.words(entry, "roles", table, index)
        added: dict[str, date] = {}
        raw_added = entry.get("categories_added_on", {})
        if not isinstance(raw_added, dict):
            self.problem(
                "expected a table such as { microbiology = 2025-06-01 }",
                table,
                index,
                "categories_added_on",
            )
        else:
            for category in raw_added:
                when = self.day(raw_added, category, table, index)
                if category not in categories:
                    self.problem(
                        f"'{category}' is not in this credential's categories",
                        table,
                        index,
                        "categories_added_on",
                    )
                elif when is not None:
                    added[category] = when
        if len(self.problems) > before or ident is None or rules is None:
            return None
        return Credential(
            id=ident,
            rules=rules,
            cycle_end=cycle_end,
            certified_on=certified_on,
            status=status,
            license_number=self.text(entry, "license_number", table, index),
            categories=categories,
            categories_added_on=added,
            first_licensed_on=first_licensed_on,
            upgraded_on=upgraded_on,
            roles=roles,
            notes=self.text(entry, "notes", table, index),
        )

    def amount(self, entry: Mapping[str, Any], index: int) -> Amount | None:
        table = "activity"
        given = [key for key in AMOUNT_FIELDS if key in entry]
        if not given:
            self.problem(
                f"an amount is required: exactly one of {', '.join(AMOUNT_FIELDS)}", table, index
            )
            return None
        if len(given) > 1:
            self.problem(
                f"give exactly one amount, not {' and '.join(given)}", table, index, given[1]
            )
            return None
        unit = given[0]
        raw = entry[unit]
        if isinstance(raw, bool) or not isinstance(raw, int | Decimal | float):
            self.problem(f"expected a number, got {raw!r}", table, index, unit)
            return None
        value = Decimal(str(raw)) if not isinstance(raw, Decimal) else raw
        if not value.is_finite() or value <= 0:
            self.problem(f"must be a positive number, got {raw}", table, index, unit)
            return None
        if value > AMOUNT_LIMITS[unit]:
            self.problem(
                f"{raw} {unit.replace('_', ' ')} is not plausible for one activity "
                f"(at most {AMOUNT_LIMITS[unit]}); split it into several activities",
                table,
                index,
                unit,
            )
            return None
        if unit == "minutes" and value != value.to_integral_value():
            self.problem("minutes must be a whole number", table, index, unit)
            return None
        if value.quantize(Decimal("0.01")) != value:  # exact: no underflow, unlike scaling
            self.problem(f"at most two decimals, got {raw}", table, index, unit)
            return None
        return Amount(unit, value)

    def activity(self, entry: Mapping[str, Any], index: int) -> Activity | None:
        table = "activity"
        before = len(self.problems)
        self.unknown_keys(entry, ACTIVITY_KEYS, table, index)
        ident = self.text(entry, "id", table, index, required=True)
        title = self.text(entry, "title", table, index, required=True)
        completed = self.day(entry, "completed_on", table, index)
        start = self.day(entry, "start", table, index)
        end = self.day(entry, "end", table, index)
        if completed is not None and (start is not None or end is not None):
            self.problem("give either completed_on or start/end, not both", table, index, "start")
        elif completed is not None:
            start = end = completed
        elif start is None and end is None:
            if not any(k in entry for k in ("completed_on", "start", "end")):
                self.problem("a date is required: completed_on, or start and end", table, index)
        elif start is None or end is None:
            missing = "start" if start is None else "end"
            if missing not in entry:
                self.problem(f"'{missing}' is required with start/end", table, index)
        elif end < start:
            self.problem(f"end {end} is before start {start}", table, index, "end")
        amount = self.amount(entry, index)
        kind = self.text(entry, "kind", table, index) or "course"
        if kind not in self.vocab.kinds:
            hint = difflib.get_close_matches(kind, sorted(self.vocab.kinds), n=1)
            tip = f"; did you mean '{hint[0]}'?" if hint else ""
            self.problem(f"unknown kind '{kind}'{tip} (see docs/ledger.md)", table, index, "kind")
        topics = self.words(entry, "topics", table, index, self.vocab.topics)
        approvals = self.words(entry, "approvals", table, index)
        evidence = self.text(entry, "evidence", table, index)
        if evidence is not None and evidence not in self.vocab.evidence:
            choices = ", ".join(self.vocab.evidence)
            self.problem(
                f"unknown evidence '{evidence}'; expected one of {choices}",
                table,
                index,
                "evidence",
            )
        break_minutes = entry.get("break_minutes")
        if break_minutes is not None:
            if isinstance(break_minutes, bool) or not isinstance(break_minutes, int):
                self.problem("expected a whole number of minutes", table, index, "break_minutes")
            elif amount is None or amount.unit != "minutes":
                self.problem(
                    "break_minutes applies to 'minutes' (clock time); 'hours' are already "
                    "contact hours",
                    table,
                    index,
                    "break_minutes",
                )
            elif not 0 <= break_minutes < amount.value:
                self.problem(
                    f"must be between 0 and the activity's {amount.value} minutes",
                    table,
                    index,
                    "break_minutes",
                )
        if len(self.problems) > before or None in (ident, title, start, end, amount):
            return None
        assert ident and title and start and end and amount
        return Activity(
            id=ident,
            title=title,
            start=start,
            end=end,
            amount=amount,
            kind=kind,
            topics=topics,
            accreditation=self.text(entry, "accreditation", table, index)
            or default_accreditation(kind),
            approvals=tuple(a.casefold() for a in approvals),
            break_minutes=break_minutes if isinstance(break_minutes, int) else None,
            evidence=evidence,
            **{key: self.text(entry, key, table, index) for key in _FREE_TEXT},
        )

    def entries(self, data: Mapping[str, Any], table: str) -> list[tuple[int, dict[str, Any]]]:
        raw = data.get(table, [])
        if not isinstance(raw, list):
            self.problem(f"'{table}' must be written as [[{table}]] tables", None, 0, table)
            return []
        rows: list[tuple[int, dict[str, Any]]] = []
        for index, entry in enumerate(raw):
            if isinstance(entry, dict):
                rows.append((index, entry))
            else:
                self.problem(f"expected a table, got {entry!r}", table, index)
        return rows

    def unique(self, items: Iterable[tuple[int, str]], table: str) -> None:
        seen: dict[str, int] = {}
        for index, ident in items:
            if ident in seen:
                self.problem(
                    f"duplicate id '{ident}' (first used by [[{table}]] #{seen[ident] + 1})",
                    table,
                    index,
                    "id",
                )
            else:
                seen[ident] = index


RuleCheck = Callable[[Credential], list[tuple[str | None, str]]]
"""Checks a credential against the rule library: (field or None, message) per problem."""


def parse_ledger(
    text: str, source: str = "<ledger>", check: RuleCheck | None = None
) -> LedgerResult:
    """Parse ledger TOML text. Problems are returned, never raised."""
    try:
        data = tomllib.loads(text, parse_float=Decimal)
    except tomllib.TOMLDecodeError as error:
        match = re.search(r"line (\d+)", str(error))
        line = int(match.group(1)) if match else None
        message = f"not valid TOML: {error}"
        return LedgerResult(None, (Problem(source, line, "", message),))
    except RecursionError:  # tomllib recurses once per level of nested arrays and tables
        return LedgerResult(None, (Problem(source, None, "", "not valid TOML: nested too deeply"),))
    reader = _Reader(text, source)
    raw_format = data.get("format")
    if raw_format is None:
        reader.problem(f"'format = {FORMAT}' is required at the top of the ledger", None, 0)
    elif isinstance(raw_format, bool) or not isinstance(raw_format, int) or raw_format < 1:
        reader.problem(
            f"format must be a positive whole number, got {raw_format!r}", None, 0, "format"
        )
    elif raw_format > FORMAT:
        reader.problem(
            f"this ledger is format {raw_format}, written by a newer cetrack; this version reads "
            f"format {FORMAT} — upgrade cetrack",
            None,
            0,
            "format",
        )
        return LedgerResult(None, tuple(reader.problems))
    reader.unknown_keys(data, TOP_KEYS, None, 0)
    person = reader.person(data)
    credential_rows = reader.entries(data, "credential")
    activity_rows = reader.entries(data, "activity")
    reader.unique(
        ((i, e["id"]) for i, e in credential_rows if isinstance(e.get("id"), str)), "credential"
    )
    reader.unique(
        ((i, e["id"]) for i, e in activity_rows if isinstance(e.get("id"), str)), "activity"
    )
    credentials: list[Credential] = []
    for index, entry in credential_rows:
        credential = reader.credential(entry, index)
        if credential is None:
            continue
        if check is not None:
            for key, message in check(credential):
                reader.problem(message, "credential", index, key)
        credentials.append(credential)
    activities = [a for i, e in activity_rows if (a := reader.activity(e, i)) is not None]
    ledger = Ledger(
        person=person,
        credentials=tuple(credentials),
        activities=tuple(activities),
        format=FORMAT,
        source=source,
    )
    problems = tuple(reader.problems)
    return LedgerResult(None if problems else ledger, problems)


def read_activity(
    entry: Mapping[str, Any], source: str = "<form>"
) -> tuple[Activity | None, tuple[Problem, ...]]:
    """One activity from ledger keys and values (as a form or API gives them), or its problems.

    The web app and the API accept exactly what a ledger file accepts, by going through here.
    """
    reader = _Reader("", source)
    activity = reader.activity(entry, 0)
    return (activity if not reader.problems else None), tuple(reader.problems)


def read_credential(
    entry: Mapping[str, Any], check: RuleCheck | None = None, source: str = "<form>"
) -> tuple[Credential | None, tuple[Problem, ...]]:
    """One credential from ledger keys and values, checked against the rule library."""
    reader = _Reader("", source)
    credential = reader.credential(entry, 0)
    if credential is not None and check is not None:
        for key, message in check(credential):
            reader.problem(message, "credential", 0, key)
    return (credential if not reader.problems else None), tuple(reader.problems)


def load_ledger(path: Path, check: RuleCheck | None = None) -> LedgerResult:
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return LedgerResult(None, (Problem(str(path), None, "", "no such file"),))
    except OSError as error:
        return LedgerResult(None, (Problem(str(path), None, "", f"cannot read: {error.strerror}"),))
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        message = f"not a UTF-8 text file (byte {error.start}); a ledger is a TOML text file"
        return LedgerResult(None, (Problem(str(path), None, "", message),))
    return parse_ledger(text, str(path), check)
