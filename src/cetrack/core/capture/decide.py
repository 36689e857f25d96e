"""New, merge or skip: what becomes of an entry that may repeat a person's records.

One decision for every way an activity arrives - `cetrack import` appending to a ledger file,
the web review screen confirming a draft: the entry (ledger keys and values, as `Draft.entry`,
a form or the API give it) is compared with the person's records (`duplicates.repeats_record`):

- **new**: it repeats none of them;
- **merge**: it repeats one and adds documentation that record lacks (a course number, the
  name on the certificate, ...: `activity_fields.DOCUMENTS`), which a merge fills in; nothing
  the person entered is overwritten;
- **skip**: it repeats one and adds nothing.

The web offers a merge or a skip as "Merge: link this file to it" (the file becomes a second
piece of evidence) or "Keep both"; the CLI, which only ever appends to a ledger file, reports
both as already in the ledger, naming what a merge would fill.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any, Literal

from cetrack.core.activity_fields import AMOUNT_FIELDS, DOCUMENTS
from cetrack.core.capture.duplicates import Signature, activity_signature, repeats_record, signature
from cetrack.core.ledger import Activity

Action = Literal["new", "merge", "skip"]


@dataclass(frozen=True, slots=True)
class Decision:
    action: Action
    record: str | None = None  # the id of the record it repeats
    reasons: tuple[str, ...] = ()
    fills: Mapping[str, Any] = field(default_factory=dict)  # what a merge adds to the record


def entry_signature(entry: Mapping[str, Any]) -> Signature:
    """What identifies the course an entry describes (see `duplicates.same_course`)."""
    end = _day(entry.get("end") or entry.get("completed_on"))
    unit = next((name for name in AMOUNT_FIELDS if entry.get(name) not in (None, "")), None)
    value = _number(entry.get(unit)) if unit else None
    return signature(
        str(entry.get("title") or ""),
        _text(entry.get("provider")),
        end,
        unit,
        value,
        _text(entry.get("course_number")),
    )


def fills_for(entry: Mapping[str, Any], record: Activity) -> dict[str, Any]:
    """The documentation the entry has and the record lacks."""
    return {
        key: entry[key]
        for key in DOCUMENTS
        if entry.get(key) not in (None, "") and getattr(record, key) in (None, "")
    }


def repeats(entry: Mapping[str, Any], records: Sequence[Activity]) -> list[Decision]:
    """A merge or skip decision for every record the entry repeats, in the records' order."""
    wanted = entry_signature(entry)
    found = []
    for record in records:
        reasons = repeats_record(wanted, activity_signature(record))
        if reasons:
            fills = fills_for(entry, record)
            found.append(Decision("merge" if fills else "skip", record.id, reasons, fills))
    return found


def decide(entry: Mapping[str, Any], records: Sequence[Activity]) -> Decision:
    """New, or merge into / skip for the first record the entry repeats."""
    found = repeats(entry, records)
    return found[0] if found else Decision("new")


def _day(value: Any) -> date | None:
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value)
        except ValueError:
            return None
    return None


def _number(value: Any) -> Decimal | None:
    if isinstance(value, bool) or value is None:
        return None
    try:
        return Decimal(str(value))
    except (InvalidOperation, ValueError):
        return None


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) and value.strip() else None
