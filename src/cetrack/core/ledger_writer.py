"""Writes a ledger back to the documented TOML format; `parse_ledger(dump_ledger(x))` == x."""

from __future__ import annotations

from dataclasses import fields
from typing import Any

import tomli_w

from cetrack.core.ledger import FORMAT, Activity, Credential, Ledger

_SKIP = {"start", "end", "amount"}


def credential_table(credential: Credential) -> dict[str, Any]:
    row: dict[str, Any] = {}
    for item in fields(Credential):
        value = getattr(credential, item.name)
        if item.name == "status" and value == "active":
            continue
        if value in (None, (), {}):
            continue
        row[item.name] = dict(value) if item.name == "categories_added_on" else value
    return row


def activity_table(activity: Activity) -> dict[str, Any]:
    row: dict[str, Any] = {"id": activity.id, "title": activity.title}
    if activity.start == activity.end:
        row["completed_on"] = activity.end
    else:
        row["start"], row["end"] = activity.start, activity.end
    value = activity.amount.value
    row[activity.amount.unit] = int(value) if value == value.to_integral_value() else value
    for item in fields(Activity):
        if item.name in _SKIP or item.name in row:
            continue
        value = getattr(activity, item.name)
        if value in (None, ()):
            continue
        row[item.name] = list(value) if isinstance(value, tuple) else value
    return row


def _table(header: str, row: dict[str, Any]) -> str:
    # One `key = value` line per field (tomli_w formats the values), so every entry is a
    # [[table]] a person can read and edit, and errors can point at its lines.
    return header + "\n" + tomli_w.dumps(row)


def dump_ledger(ledger: Ledger) -> str:
    person: dict[str, Any] = {"name": ledger.person.name}
    if ledger.person.email:
        person["email"] = ledger.person.email
    parts = [f"format = {FORMAT}\n", _table("[person]", person)]
    parts.extend(_table("[[credential]]", credential_table(c)) for c in ledger.credentials)
    parts.extend(_table("[[activity]]", activity_table(a)) for a in ledger.activities)
    return "\n".join(parts)
