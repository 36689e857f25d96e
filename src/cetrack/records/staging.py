"""Ledger imports that never hold the database for long, yet happen all or nothing.

On SQLite one writer writes at a time, so one long import transaction would make every other
person's save wait for it (and, past the busy timeout, fail). An import is written instead in
short transactions of `CHUNK` rows as *staged* rows of an `ImportBatch`: `Activity.objects` and
the other default managers leave them out, and they are marked deleted as well, so no page,
export, evaluation or API call sees them. Other people's saves slip in between the chunks. At
the end one short transaction checks again what may have changed meanwhile (the ceiling, ids
taken), retires the replaced records, and swaps the staged rows in with one UPDATE per table,
with their history rows. Any problem, an exception, a client that went away
(`cetrack.web.budget`) removes the staged rows; a process killed half-way leaves a batch that
`discard_abandoned` removes later (hourly, and before each import). Nobody ever sees part of
an import.

The same batch serves every import that writes many records: the ledger and audit-packet
import here (`import_ledger`), and the account export's import (cetrack.accounts.data_import),
through `begin`, `hidden`, `stage`, `bring_in` and `discard`. A staged row is marked deleted at
the batch's start; a row the import itself brings in as deleted (an account export keeps
deleted records) carries its own time, and stays deleted when the batch comes in.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any, TypeVar

from django.db import IntegrityError, transaction
from django.utils import timezone

from cetrack.core import ledger as core
from cetrack.core.ledger_writer import activity_table, credential_table
from cetrack.limits import over_ceiling
from cetrack.records import audit, evidence
from cetrack.records.access import activities_for, credentials_for
from cetrack.records.bridge import (
    activity_columns,
    core_activity,
    core_credential,
    credential_columns,
    with_certificates,
)
from cetrack.records.models import Activity, Certificate, Credential, ImportBatch
from cetrack.records.services import ImportSummary
from cetrack.web import budget

CHUNK = 500  # rows per short transaction
# A pause after each chunk: a writer waiting for the database (SQLite's busy handler retries
# every 50-100 ms once it has waited a while) finds it free before the next chunk begins.
YIELD = 0.1
ABANDONED = timedelta(hours=1)  # a batch this old belongs to a process that died

T = TypeVar("T")
M = TypeVar("M", Credential, Activity, Certificate)
History = tuple[str, int | None, str, Mapping[str, Any]]  # audit.record_many's rows


@dataclass(frozen=True)
class File:
    """A certificate file for an imported activity, already checked."""

    name: str
    content: bytes
    content_type: str


@dataclass
class _Staged:
    activities: int = 0
    history: list[History] = field(default_factory=list)
    counts: ImportSummary = field(default_factory=ImportSummary)


def _chunks(items: Sequence[T], size: int = 0) -> Iterator[Sequence[T]]:
    size = size or CHUNK
    for start in range(0, len(items), size):
        yield items[start : start + size]


def begin(user: Any, source: str = "") -> ImportBatch:
    """A new batch for `user`'s import (abandoned ones are removed first)."""
    discard_abandoned()
    return ImportBatch.objects.create(owner=user, source=source[:200])


def hidden(batch: ImportBatch) -> dict[str, Any]:
    """The columns of a staged row: its owner, its batch, and deleted at the batch's start."""
    return {"owner_id": batch.owner_id, "deleted_at": batch.started_at, "import_batch": batch}


def stage(model: type[M], rows: Sequence[M]) -> list[M]:
    """Writes rows made with `hidden` (a row meant to be deleted keeps its own `deleted_at`),
    CHUNK rows per short transaction with a pause between; their ids come back."""
    saved: list[M] = []
    for number, chunk in enumerate(_chunks(rows)):
        if number:
            time.sleep(YIELD)
        budget.check()  # a request whose client went away stops here (and is discarded)
        with transaction.atomic():
            saved += model.with_staged.bulk_create(list(chunk))
    return saved


def bring_in(batch: ImportBatch) -> None:
    """Inside the caller's short transaction: the batch's rows become visible — except those
    the import brings in as deleted — and belong to no batch any more."""
    for model in (Credential, Activity, Certificate):
        rows = model.with_staged.filter(import_batch=batch)
        rows.filter(deleted_at=batch.started_at).update(deleted_at=None)
        rows.update(import_batch=None)


def import_ledger(
    user: Any,
    ledger: core.Ledger,
    *,
    replace: bool = False,
    files: Mapping[str, tuple[str, bytes]] | None = None,
    extra_files: Iterable[tuple[str, str, bytes]] = (),
    source: str = "",
) -> ImportSummary:
    """Add a parsed ledger's credentials and activities to `user`'s records, all or nothing.

    `files` maps an activity's `certificate` text to (name, bytes); `extra_files` are further
    (activity id, name, bytes) of an audit packet. With `replace`, the current records are
    deleted (kept in history) when the import is swapped in; issued activities stay. Problems
    come back in the summary's `problems`, and then nothing is imported."""
    discard_abandoned()
    counts = ImportSummary()
    kept = _check(user, ledger, replace, counts)
    if counts.problems:
        return counts
    attached = _check_files(ledger, files or {}, extra_files, counts)
    if counts.problems:
        return counts
    batch = begin(user, source)
    try:
        staged = _stage(user, batch, ledger, kept, attached)
        staged.counts.kept = len(kept)
        result = _swap(user, batch, ledger, replace, staged)
    except BaseException:
        discard(batch)
        raise
    if result.problems:
        discard(batch)
        return ImportSummary(problems=result.problems)
    else:
        ImportBatch.objects.filter(pk=batch.pk).delete()  # its rows are in: nothing left on it
    return result


def _check(user: Any, ledger: core.Ledger, replace: bool, counts: ImportSummary) -> set[str]:
    """Refusals known before anything is written; returns the issued activities kept."""
    live = activities_for(user)
    staying = live.filter(issued_at__isnull=False) if replace else live
    if full := over_ceiling(staying.count(), len(ledger.activities)):
        counts.problems.append(full)
        return set()
    if replace:  # issued activities stay: only their issuer removes them
        return set(staying.values_list("ledger_id", flat=True))
    counts.problems += _ids_in_use(user, ledger)
    return set()


def _ids_in_use(user: Any, ledger: core.Ledger) -> list[str]:
    used_c = set(credentials_for(user).values_list("ledger_id", flat=True))
    used_a = set(activities_for(user).values_list("ledger_id", flat=True))
    return [
        f"credential id '{c.id}' is already in use" for c in ledger.credentials if c.id in used_c
    ] + [f"activity id '{a.id}' is already in use" for a in ledger.activities if a.id in used_a]


def _check_files(
    ledger: core.Ledger,
    files: Mapping[str, tuple[str, bytes]],
    extra_files: Iterable[tuple[str, str, bytes]],
    counts: ImportSummary,
) -> dict[str, list[File]]:
    """Every certificate file checked before anything is written: activity id -> its files."""
    attached: dict[str, list[File]] = {}

    def take(activity_id: str, name: str, content: bytes) -> None:
        name = evidence.safe_name(name)
        checked = evidence.check_upload(name, content)
        if isinstance(checked, evidence.UploadProblem):
            counts.problems.append(f"activity '{activity_id}': {checked.message}")
        else:
            attached.setdefault(activity_id, []).append(File(name, content, checked))

    for activity in ledger.activities:
        found = files.get(activity.certificate or "")
        if found is not None:
            take(activity.id, *found)
    for activity_id, name, content in extra_files:
        take(activity_id, name, content)
    return attached


def _stage(
    user: Any,
    batch: ImportBatch,
    ledger: core.Ledger,
    kept: set[str],
    attached: dict[str, list[File]],
) -> _Staged:
    """Writes the ledger's rows as staged rows of `batch`, CHUNK rows per transaction; the
    rows of a chunk are made before its transaction begins, so it holds the database only for
    the INSERTs, and other writers get their turn between two chunks."""
    staged = _Staged()
    marks = hidden(batch)
    credentials = [Credential(**marks, **credential_columns(c)) for c in ledger.credentials]
    saved = stage(Credential, credentials)
    for one, credential in zip(saved, ledger.credentials, strict=True):
        staged.history.append(("credential", one.pk, "imported", credential_table(credential)))
    staged.counts.credentials = len(saved)
    wanted = [a for a in ledger.activities if a.id not in kept]  # an issued one is here already
    for number, chunk in enumerate(_chunks(wanted)):
        if number:
            time.sleep(YIELD)
        budget.check()  # a request whose client went away stops here (and is discarded)
        made = [_activity_row(activity, marks, attached) for activity in chunk]
        with transaction.atomic():
            rows = Activity.with_staged.bulk_create(made)
            certificates = _stage_certificates(rows, chunk, marks, attached)
        for row, activity in zip(rows, chunk, strict=True):
            staged.history.append(("activity", row.pk, "imported", activity_table(activity)))
        for certificate, row in certificates:
            snapshot = {
                "activity": row.ledger_id,
                "name": certificate.original_name,
                "sha256": certificate.blob_id,
            }
            staged.history.append(("certificate", certificate.pk, "attached", snapshot))
        staged.activities += len(rows)
        staged.counts.activities += len(rows)
        staged.counts.certificates += len(certificates)
    return staged


def _activity_row(
    activity: core.Activity, hidden: Mapping[str, Any], attached: dict[str, list[File]]
) -> Activity:
    columns = activity_columns(activity)
    if activity.id in attached:
        columns["certificate_reference"] = ""
        columns["evidence"] = columns.get("evidence") or "certificate"
    return Activity(**hidden, **columns)


def _stage_certificates(
    rows: Sequence[Activity],
    chunk: Sequence[core.Activity],
    hidden: Mapping[str, Any],
    attached: dict[str, list[File]],
) -> list[tuple[Certificate, Activity]]:
    made = []
    for row, activity in zip(rows, chunk, strict=True):
        for file in attached.get(activity.id, []):
            blob = evidence.store(file.content, file.content_type)
            made.append(
                (Certificate(**hidden, activity=row, blob=blob, original_name=file.name), row)
            )
    saved = Certificate.with_staged.bulk_create([c for c, _ in made])
    return list(zip(saved, [row for _, row in made], strict=True))


def _swap(
    user: Any, batch: ImportBatch, ledger: core.Ledger, replace: bool, staged: _Staged
) -> ImportSummary:
    """One short transaction: check again, retire what is replaced, bring the batch in."""
    counts = staged.counts
    prepared = audit.prepare_many(user, staged.history)  # made before the transaction
    try:
        with transaction.atomic():
            live = activities_for(user)
            staying = live.filter(issued_at__isnull=False) if replace else live
            if full := over_ceiling(staying.count(), staged.activities):
                counts.problems.append(full)
                return counts
            if not replace and (taken := _ids_in_use(user, ledger)):
                counts.problems += taken
                return counts
            history = _retire(user) if replace else []
            counts.replaced = len(history)
            if ledger.person.name and not user.name and ledger.person.name != user.email:
                user.name = ledger.person.name
                user.save(update_fields=["name"])
            bring_in(batch)
            audit.save_many(audit.prepare_many(user, history) + prepared)
    except IntegrityError:  # an id taken between the check and the swap
        counts.problems.append(
            "an activity or credential with one of the ledger's ids was added while the import "
            "ran; nothing was imported"
        )
    return counts


def _retire(user: Any) -> list[History]:
    """Deletes (hides, with history) the records a replacing import takes the place of."""
    now = timezone.now()
    history: list[History] = []
    credentials = list(credentials_for(user))
    for credential in credentials:
        snapshot = credential_table(core_credential(credential))
        history.append(("credential", credential.pk, "deleted", snapshot))
    Credential.objects.filter(pk__in=[c.pk for c in credentials]).update(
        deleted_at=now, updated_at=now
    )
    activities = list(with_certificates(activities_for(user).filter(issued_at__isnull=True)))
    for activity in activities:
        snapshot = activity_table(core_activity(activity))
        history.append(("activity", activity.pk, "deleted", snapshot))
    for chunk in _chunks([a.pk for a in activities], 900):
        Activity.objects.filter(pk__in=chunk).update(deleted_at=now, updated_at=now)
    return history


def discard(batch: ImportBatch) -> None:
    """Removes a batch's staged rows, a few hundred per statement, then the batch."""
    for model in (Certificate, Activity, Credential):
        staged = model.with_staged.filter(import_batch=batch)
        while pks := list(staged.values_list("pk", flat=True)[:CHUNK]):
            model.with_staged.filter(pk__in=pks).delete()
    ImportBatch.objects.filter(pk=batch.pk).delete()


def discard_abandoned(older_than: timedelta = ABANDONED) -> int:
    """Removes the staged rows of imports whose process died (batches older than that)."""
    old = list(ImportBatch.objects.filter(started_at__lt=timezone.now() - older_than))
    for batch in old:
        discard(batch)
    return len(old)
