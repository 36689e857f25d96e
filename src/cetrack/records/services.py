"""Every change a user makes to their records, each in one transaction with a Revision.

Validation is the core's: an entry (ledger keys and values, as a form or the API gives them)
goes through `cetrack.core.ledger.read_activity` / `read_credential`, so the web app accepts
exactly what a ledger file accepts. Problems come back as data; nothing is half-saved.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any, TypeVar, cast

from django.core.cache import cache
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from cetrack.build import fingerprint
from cetrack.core import ledger as core
from cetrack.core.engine import LedgerEvaluation, evaluate
from cetrack.core.ledger_writer import activity_table, credential_table
from cetrack.core.rules.library import RuleLibrary, default_library
from cetrack.limits import over_ceiling
from cetrack.records import audit, evidence
from cetrack.records.access import activities_for, counted_activities_for, credentials_for
from cetrack.records.bridge import (
    activity_columns,
    core_activity,
    core_credential,
    core_ledger,
    credential_columns,
    too_long,
    with_certificates,
)
from cetrack.records.models import (
    ISSUED_COLUMNS,
    Activity,
    Blob,
    Certificate,
    Credential,
    Revision,
)

T = TypeVar("T")


@dataclass
class Outcome:
    """What a change did: the saved object, or the problems that stopped it (field, message)."""

    saved: Any = None
    problems: list[tuple[str | None, str]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def library() -> RuleLibrary:
    return default_library()


def person_for(user: Any) -> core.Person:
    return core.Person(name=user.name or user.email, email=user.email)


def evaluate_for(user: Any, as_of: date | None = None) -> LedgerEvaluation:
    """The engine's verdict on everything the user holds (hidden activities left out), as of
    today unless told."""
    activities = with_certificates(counted_activities_for(user))
    ledger = core_ledger(person_for(user), credentials_for(user), activities)
    return evaluate(ledger, as_of or timezone.localdate(), library())


def records_version(user: Any) -> str:
    """Changes whenever any of the user's data changes, whoever changes it, however
    (cetrack.records.state)."""
    from cetrack.records import state

    return state.token(user)


def cache_key(user: Any, name: str, as_of: date | None = None) -> str:
    """The shared cache's key for `name` of this user, their data's state and the day."""
    return key_of(user.pk, records_version(user), name, as_of or timezone.localdate())


def key_of(user_id: Any, token: str, name: str, day: date) -> str:
    """Also keyed by the build: a new version's rules and templates never meet an old page."""
    return f"cetrack:{name}:{user_id}:{token}:{day.isoformat()}:{fingerprint()}"


def cached_for(user: Any, name: str, build: Callable[[], T], as_of: date | None = None) -> T:
    """`build()` once per state of the user's data and day; later calls read the cache.

    The engine's verdict depends only on the records, the rule library (fixed for the life of
    the process) and the date, so a page built from it stays right until one of them changes.
    """
    return cached_at(cache_key(user, name, as_of), build)


def cached_at(key: str, build: Callable[[], T]) -> T:
    """`build()` once per `key` (from `cache_key`); later calls read the shared cache."""
    value = cache.get(key)
    if value is None:
        value = build()
        cache.set(key, value, timeout=24 * 3600)
    return cast(T, value)


def _record(user: Any, kind: str, pk: int, action: str, snapshot: Mapping[str, Any]) -> None:
    """One row of the audit trail; who and from where come from the acting context."""
    audit.record(user, kind, pk, action, snapshot)


def _problems(found: tuple[core.Problem, ...]) -> list[tuple[str | None, str]]:
    return [(p.key, p.message) for p in found]


def _free_id(taken: set[str], title: str, prefix: str) -> str:
    base = slugify(title)[:50].strip("-") or prefix
    candidate, number = base, 1
    while candidate in taken:
        number += 1
        candidate = f"{base}-{number}"
    return candidate


# -- activities ------------------------------------------------------------------------------


def save_activity(user: Any, entry: Mapping[str, Any], activity: Activity | None = None) -> Outcome:
    """Create an activity (activity None) or replace the fields of an existing one."""
    entry = {k: v for k, v in entry.items() if v not in (None, "", [], ())}
    with transaction.atomic():
        others = activities_for(user)
        if activity is None and (full := over_ceiling(others.count(), 1)):
            return Outcome(problems=[(None, full)])
        if activity is not None:
            others = others.exclude(pk=activity.pk)
        taken = set(others.values_list("ledger_id", flat=True))
        if "id" not in entry:
            entry["id"] = (
                activity.ledger_id
                if activity is not None
                else _free_id(taken, str(entry.get("title", "")), "activity")
            )
        elif entry["id"] in taken:
            return Outcome(
                problems=[("id", f"another activity already has the id '{entry['id']}'")]
            )
        parsed, found = core.read_activity(entry)
        if parsed is None:
            return Outcome(problems=_problems(found))
        columns = activity_columns(parsed)
        if long := too_long(Activity, columns):
            return Outcome(problems=list(long))
        if activity is not None and activity.is_issued:
            if locked := issued_changes(activity, columns):
                return Outcome(problems=locked)
            columns = {k: v for k, v in columns.items() if k not in ISSUED_COLUMNS}
        if activity is None:
            activity = Activity.objects.create(owner=user, **columns)
            action = Revision.Action.CREATED
        else:
            for name, value in columns.items():
                setattr(activity, name, value)
            activity.save()
            action = Revision.Action.UPDATED
        _record(user, "activity", activity.pk, action, activity_table(parsed))
        return Outcome(saved=activity)


def issued_changes(activity: Activity, columns: Mapping[str, Any]) -> list[tuple[str | None, str]]:
    """(ledger key, message) for each issued fact that `columns` would change."""
    found: dict[str | None, str] = {}
    for column in ISSUED_COLUMNS:
        old, new = getattr(activity, column), columns.get(column)
        if column in ("topics", "approvals"):
            old, new = sorted(old or []), sorted(new or [])
        elif column == "amount_value":
            old, new = Decimal(old), Decimal(str(new))
        if old != new:
            key = ISSUED_KEYS.get(column, column)
            found.setdefault(key, _locked_message(activity, key))
    return list(found.items())


# Ledger keys for the columns that have another name (the amount is one key in the ledger).
ISSUED_KEYS = {
    "amount_unit": "amount",
    "amount_value": "amount",
    "start": "completed_on",
    "end": "completed_on",
    "certificate_reference": "certificate",
}


def _locked_message(activity: Activity, key: str) -> str:
    what = key.replace("_", " ")
    return (
        f"{what} was issued by {activity.issued_by} and cannot be changed here; ask its "
        "educator to correct it (you may hide the activity or edit its notes)"
    )


def delete_activity(user: Any, activity: Activity) -> Outcome:
    """Delete (hide with history, undoable). An issued activity is not deleted: it is hidden
    instead by `hide_activity`; this refuses it with a message."""
    if activity.is_issued:
        return Outcome(
            problems=[
                (
                    None,
                    f"“{activity.title}” was issued by {activity.issued_by} and cannot be "
                    "deleted; hide it instead (it then no longer counts, and you can show it "
                    "again)",
                )
            ]
        )
    with transaction.atomic():
        activity.deleted_at = timezone.now()
        activity.save(update_fields=["deleted_at", "updated_at"])
        _record(user, "activity", activity.pk, "deleted", activity_table(core_activity(activity)))
        return Outcome(saved=activity)


def hide_activity(user: Any, activity: Activity, hidden: bool = True) -> Outcome:
    """Leave an activity out of every evaluation (hidden) or count it again; kept either way."""
    with transaction.atomic():
        if (activity.hidden_at is not None) == hidden:
            return Outcome(saved=activity)
        activity.hidden_at = timezone.now() if hidden else None
        activity.save(update_fields=["hidden_at", "updated_at"])
        action = Revision.Action.HIDDEN if hidden else Revision.Action.SHOWN
        _record(user, "activity", activity.pk, action, activity_table(core_activity(activity)))
        return Outcome(saved=activity)


def restore_activity(user: Any, activity: Activity) -> Outcome:
    """Undo a delete. If another activity took the id meanwhile, the restored one gets a new id."""
    with transaction.atomic():
        if activity.deleted_at is None:
            return Outcome(saved=activity)
        taken = set(activities_for(user).values_list("ledger_id", flat=True))
        if activity.ledger_id in taken:
            activity.ledger_id = _free_id(taken, activity.ledger_id, "activity")
        activity.deleted_at = None
        activity.save()
        _record(user, "activity", activity.pk, "restored", activity_table(core_activity(activity)))
        return Outcome(saved=activity)


def attach_certificate(user: Any, activity: Activity, name: str, content: bytes) -> Outcome:
    name = evidence.safe_name(name)
    checked = evidence.check_upload(name, content)
    if isinstance(checked, evidence.UploadProblem):
        return Outcome(problems=[("certificate", checked.message)])
    with transaction.atomic():
        return link_certificate(user, activity, evidence.store(content, checked), name)


def link_certificate(user: Any, activity: Activity, blob: Blob, name: str) -> Outcome:
    """Attaches a file already stored (and checked when it arrived, as a capture upload is) to
    an activity, without reading or hashing it again."""
    name = evidence.safe_name(name)
    with transaction.atomic():
        certificate = Certificate.objects.create(
            owner=user, activity=activity, blob=blob, original_name=name
        )
        if not activity.evidence:
            activity.evidence = "certificate"
            activity.save(update_fields=["evidence", "updated_at"])
        _record(
            user,
            "certificate",
            certificate.pk,
            "attached",
            {"activity": activity.ledger_id, "name": name, "sha256": blob.sha256},
        )
        return Outcome(saved=certificate)


def detach_certificate(user: Any, certificate: Certificate) -> Outcome:
    if certificate.issued:
        return Outcome(
            problems=[
                (
                    "certificate",
                    f"“{certificate.original_name}” was issued with the activity and cannot be "
                    "removed; its educator replaces it when correcting the activity",
                )
            ]
        )
    with transaction.atomic():
        certificate.deleted_at = timezone.now()
        certificate.save(update_fields=["deleted_at", "updated_at"])
        _record(
            user,
            "certificate",
            certificate.pk,
            "detached",
            {"name": certificate.original_name, "sha256": certificate.blob_id},
        )
        return Outcome(saved=certificate)


# -- activities issued by an organisation ----------------------------------------------------


@dataclass(frozen=True)
class IssuedFile:
    name: str
    content: bytes


def issue_activity(
    owner: Any,
    entry: Mapping[str, Any],
    *,
    issuer: str,
    verify_url: str = "",
    certificate: IssuedFile | None = None,
    activity: Activity | None = None,
) -> Outcome:
    """Put an activity issued by `issuer` into `owner`'s records, or correct one it issued.

    The issuer's own path past the lock on issued facts: a new activity is created (Revision
    "issued"); an existing one gets the new facts (Revision "corrected") while its id, notes and
    hidden state stay the owner's. A certificate replaces the issued one (the old file is
    detached, in history). Validated by the core like any entry; problems come back as data.
    """
    entry = {k: v for k, v in entry.items() if v not in (None, "", [], ())}
    if certificate is not None:
        entry.setdefault("evidence", "certificate")
    with transaction.atomic():
        taken = set(activities_for(owner).values_list("ledger_id", flat=True))
        if activity is not None:
            entry["id"] = activity.ledger_id
        else:
            entry["id"] = _free_id(taken, str(entry.get("title", "")), "activity")
        if activity is not None and activity.notes:
            entry["notes"] = activity.notes
        parsed, found = core.read_activity(entry)
        if parsed is None:
            return Outcome(problems=_problems(found))
        columns = activity_columns(parsed)
        if long := too_long(Activity, columns):
            return Outcome(problems=list(long))
        columns.update(issued_by=issuer, issued_at=timezone.now(), verify_url=verify_url)
        if activity is None:
            activity = Activity.objects.create(owner=owner, **columns)
            action = Revision.Action.ISSUED
        else:
            for name, value in columns.items():
                setattr(activity, name, value)
            activity.save()
            action = Revision.Action.CORRECTED
        _record(
            owner, "activity", activity.pk, action, {**activity_table(parsed), "issued_by": issuer}
        )
        if certificate is not None:
            outcome = _replace_issued_certificate(owner, activity, certificate)
            if not outcome.ok:
                transaction.set_rollback(True)
                return outcome
        return Outcome(saved=activity)


def withdraw_issued(owner: Any, activity: Activity, reason: str) -> None:
    """The issuer takes back an activity it issued (e.g. the person was marked present by
    mistake): deleted as any delete is (kept in history, with the reason)."""
    with transaction.atomic():
        activity.deleted_at = timezone.now()
        activity.save(update_fields=["deleted_at", "updated_at"])
        snapshot = {**activity_table(core_activity(activity)), "withdrawn": reason}
        _record(owner, "activity", activity.pk, "deleted", snapshot)


def _replace_issued_certificate(owner: Any, activity: Activity, file: IssuedFile) -> Outcome:
    for old in activity.certificates.filter(issued=True, deleted_at__isnull=True):
        old.deleted_at = timezone.now()
        old.save(update_fields=["deleted_at", "updated_at"])
        _record(
            owner,
            "certificate",
            old.pk,
            "detached",
            {"name": old.original_name, "sha256": old.blob_id},
        )
    outcome = attach_certificate(owner, activity, file.name, file.content)
    if outcome.ok:
        outcome.saved.issued = True
        outcome.saved.save(update_fields=["issued", "updated_at"])
    return outcome


# -- credentials -----------------------------------------------------------------------------


def save_credential(
    user: Any, entry: Mapping[str, Any], credential: Credential | None = None
) -> Outcome:
    entry = {k: v for k, v in entry.items() if v not in (None, "", [], (), {})}
    with transaction.atomic():
        others = credentials_for(user)
        if credential is not None:
            others = others.exclude(pk=credential.pk)
        taken = set(others.values_list("ledger_id", flat=True))
        if "id" not in entry:
            entry["id"] = (
                credential.ledger_id
                if credential is not None
                else _free_id(taken, str(entry.get("rules", "")).replace("/", "-"), "credential")
            )
        elif entry["id"] in taken:
            return Outcome(
                problems=[("id", f"another credential already has the id '{entry['id']}'")]
            )
        parsed, found = core.read_credential(entry, library().check_credential)
        if parsed is None:
            return Outcome(problems=_problems(found))
        columns = credential_columns(parsed)
        if long := too_long(Credential, columns):
            return Outcome(problems=list(long))
        if credential is None:
            credential = Credential.objects.create(owner=user, **columns)
            action = Revision.Action.CREATED
        else:
            for name, value in columns.items():
                setattr(credential, name, value)
            credential.save()
            action = Revision.Action.UPDATED
        _record(user, "credential", credential.pk, action, credential_table(parsed))
        return Outcome(saved=credential)


def delete_credential(user: Any, credential: Credential) -> None:
    with transaction.atomic():
        credential.deleted_at = timezone.now()
        credential.save(update_fields=["deleted_at", "updated_at"])
        snapshot = credential_table(core_credential(credential))
        _record(user, "credential", credential.pk, "deleted", snapshot)


def restore_credential(user: Any, credential: Credential) -> Outcome:
    with transaction.atomic():
        if credential.deleted_at is None:
            return Outcome(saved=credential)
        taken = set(credentials_for(user).values_list("ledger_id", flat=True))
        if credential.ledger_id in taken:
            credential.ledger_id = _free_id(taken, credential.ledger_id, "credential")
        credential.deleted_at = None
        credential.save()
        snapshot = credential_table(core_credential(credential))
        _record(user, "credential", credential.pk, "restored", snapshot)
        return Outcome(saved=credential)


# -- whole ledgers ---------------------------------------------------------------------------


@dataclass
class ImportSummary:
    credentials: int = 0
    activities: int = 0
    certificates: int = 0
    replaced: int = 0
    kept: int = 0  # issued activities a replace left in place
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def import_ledger(
    user: Any,
    ledger: core.Ledger,
    *,
    replace: bool = False,
    files: Mapping[str, tuple[str, bytes]] | None = None,
    extra_files: Iterable[tuple[str, str, bytes]] = (),
    source: str = "",
) -> ImportSummary:
    """Add a parsed ledger's credentials and activities to the user's records, all or nothing.

    With `replace`, the user's current records are deleted (soft: they stay in history).
    Otherwise an id that is already in use is a problem and nothing is imported. `files` maps
    an activity's `certificate` reference to (original name, bytes) — the audit packet's files;
    `extra_files` are further (activity id, name, bytes). Written in short transactions and
    swapped in at the end, so a large import never holds the database (records.staging)."""
    from cetrack.records import staging

    return staging.import_ledger(
        user, ledger, replace=replace, files=files, extra_files=extra_files, source=source
    )
