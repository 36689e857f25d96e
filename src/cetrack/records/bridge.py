"""Conversion between database rows and the core's ledger objects (the same ones a TOML file
gives), so that the engine, the exports and the import see one data model."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import date
from decimal import Decimal
from typing import Any

from django.db.models import Prefetch, QuerySet

from cetrack.core import ledger as core
from cetrack.core.activity_fields import OPTIONAL_TEXT
from cetrack.core.ledger_writer import activity_table
from cetrack.records.models import Activity, Certificate, Credential

# Optional text fields stored as "" in the database and as absent (None) in the ledger: the
# core's activity field registry says which.
ACTIVITY_TEXT = OPTIONAL_TEXT


def _text(value: str) -> str | None:
    return value or None


def certificate_name(row: Activity) -> str | None:
    """The file that documents an activity: an uploaded certificate, else the ledger's reference.

    Uses the prefetched `live_certificates` when the caller made them (see `with_certificates`).
    """
    files = getattr(row, "live_certificates", None)
    if files:
        return str(files[0].original_name)
    return row.certificate_reference or None


def with_certificates(activities: QuerySet[Activity]) -> QuerySet[Activity]:
    return activities.prefetch_related(
        Prefetch(
            "certificates",
            queryset=Certificate.objects.filter(deleted_at__isnull=True).select_related("blob"),
            to_attr="live_certificates",
        )
    )


def core_activity(row: Activity) -> core.Activity:
    return core.Activity(
        id=row.ledger_id,
        title=row.title,
        start=row.start,
        end=row.end,
        amount=core.Amount(row.amount_unit, Decimal(row.amount_value)),
        kind=row.kind,
        topics=tuple(row.topics),
        accreditation=row.accreditation,
        approvals=tuple(row.approvals),
        break_minutes=row.break_minutes,
        certificate=certificate_name(row),
        **{name: _text(getattr(row, name)) for name in ACTIVITY_TEXT},
    )


def activity_entry(row: Activity) -> dict[str, Any]:
    """A stored activity as its ledger entry (ledger keys and values): the one way from a
    database row to an entry, which the activity form, the API and the history start from."""
    return activity_table(core_activity(row))


def core_credential(row: Credential) -> core.Credential:
    return core.Credential(
        id=row.ledger_id,
        rules=row.rules,
        cycle_end=row.cycle_end,
        certified_on=row.certified_on,
        status=row.status,
        license_number=_text(row.license_number),
        categories=tuple(row.categories),
        categories_added_on={k: date.fromisoformat(v) for k, v in row.categories_added_on.items()},
        first_licensed_on=row.first_licensed_on,
        upgraded_on=row.upgraded_on,
        roles=tuple(row.roles),
        notes=_text(row.notes),
    )


def core_ledger(
    person: core.Person, credentials: Iterable[Credential], activities: Iterable[Activity]
) -> core.Ledger:
    return core.Ledger(
        person=person,
        credentials=tuple(core_credential(c) for c in credentials),
        activities=tuple(core_activity(a) for a in activities),
    )


def activity_columns(activity: core.Activity) -> dict[str, Any]:
    """Database column values for a validated core activity."""
    return {
        "ledger_id": activity.id,
        "title": activity.title,
        "start": activity.start,
        "end": activity.end,
        "amount_unit": activity.amount.unit,
        "amount_value": activity.amount.value,
        "kind": activity.kind,
        "topics": list(activity.topics),
        "accreditation": activity.accreditation,
        "approvals": list(activity.approvals),
        "break_minutes": activity.break_minutes,
        "certificate_reference": activity.certificate or "",
        **{name: getattr(activity, name) or "" for name in ACTIVITY_TEXT},
    }


def credential_columns(credential: core.Credential) -> dict[str, Any]:
    return {
        "ledger_id": credential.id,
        "rules": credential.rules,
        "cycle_end": credential.cycle_end,
        "certified_on": credential.certified_on,
        "status": credential.status,
        "license_number": credential.license_number or "",
        "categories": list(credential.categories),
        "categories_added_on": {
            k: v.isoformat() for k, v in credential.categories_added_on.items()
        },
        "first_licensed_on": credential.first_licensed_on,
        "upgraded_on": credential.upgraded_on,
        "roles": list(credential.roles),
        "notes": credential.notes or "",
    }


_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")  # no database keeps these in text
LEDGER_KEY = {"ledger_id": "id", "certificate_reference": "certificate"}


def too_long(model: Any, columns: Mapping[str, Any]) -> list[tuple[str, str]]:
    """(ledger key, message) for each text value longer than its database column keeps.

    The ledger format sets no length; the database does (PostgreSQL refuses, SQLite would not).
    """
    found: list[tuple[str, str]] = []
    for column, value in columns.items():
        texts = value if isinstance(value, list) else [value]
        if any(isinstance(t, str) and _UNSTORABLE.search(t) for t in texts):
            key = LEDGER_KEY.get(column, column)
            found.append((key, "text must not contain NUL or unpaired surrogate characters"))
            continue
        limit = getattr(model._meta.get_field(column), "max_length", None)
        if limit and isinstance(value, str) and len(value) > limit:
            found.append(
                (
                    LEDGER_KEY.get(column, column),
                    f"is {len(value)} characters long; at most {limit} are kept",
                )
            )
    return found
