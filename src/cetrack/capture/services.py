"""Confirming, merging, discarding and undoing drafts; each is one transaction with history."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from django.db import transaction
from django.utils import timezone

from cetrack.capture.models import Draft, UploadedFile
from cetrack.core import ledger as core
from cetrack.core.capture.duplicates import activity_signature, repeats_record
from cetrack.core.capture.reader import CERTIFICATE_TYPES
from cetrack.core.ledger_writer import activity_table
from cetrack.records import evidence
from cetrack.records.access import activities_for
from cetrack.records.bridge import ACTIVITY_TEXT, core_activity
from cetrack.records.models import Activity
from cetrack.records.services import (
    Outcome,
    attach_certificate,
    delete_activity,
    detach_certificate,
    save_activity,
)

# Fields a merge may fill on an existing activity when it has none: they add documentation
# (numbers a board asks for) without changing what the person already entered.
FILLABLE = tuple(name for name in ACTIVITY_TEXT if name not in ("evidence", "notes"))


@dataclass(frozen=True)
class Repeat:
    activity: Activity
    reasons: tuple[str, ...]


def repeats_of(user: Any, entry: dict[str, Any]) -> list[Repeat]:
    """The user's activities that are the same course as this entry."""
    candidate, _ = core.read_activity({**entry, "id": entry.get("id") or "candidate"})
    if candidate is None:
        return []
    wanted = activity_signature(candidate)
    found = []
    window = activities_for(user).filter(
        end__gte=candidate.end - timedelta(days=1),
        end__lte=candidate.end + timedelta(days=1),
    )
    for row in window:
        reasons = repeats_record(wanted, activity_signature(core_activity(row)))
        if reasons:
            found.append(Repeat(row, reasons))
    return found


def _certificate_content(upload: UploadedFile) -> bytes | None:
    if upload.blob is None or upload.content_type not in CERTIFICATE_TYPES:
        return None
    return evidence.read(upload.blob)


def confirm(user: Any, draft: Draft, entry: dict[str, Any]) -> Outcome:
    """Adds the reviewed draft as a new activity with its certificate attached."""
    with transaction.atomic():
        outcome = save_activity(user, entry)
        if not outcome.ok:
            transaction.set_rollback(True)
            return outcome
        content = _certificate_content(draft.file)
        if content is not None:
            attached = attach_certificate(user, outcome.saved, draft.file.original_name, content)
            if not attached.ok:
                transaction.set_rollback(True)
                return attached
        draft.state = Draft.State.CONFIRMED
        draft.activity = outcome.saved
        draft.decided_at = timezone.now()
        draft.save(update_fields=["state", "activity", "decided_at"])
        return outcome


def merge(user: Any, draft: Draft, activity: Activity, entry: dict[str, Any]) -> Outcome:
    """Links the draft's evidence to an existing activity, filling only its blank fields."""
    with transaction.atomic():
        current = activity_table(core_activity(activity))
        filled = {
            name: entry[name]
            for name in FILLABLE
            if entry.get(name) not in (None, "") and not current.get(name)
        }
        outcome = save_activity(user, {**current, **filled}, activity)
        if not outcome.ok:
            transaction.set_rollback(True)
            return outcome
        certificate = None
        content = _certificate_content(draft.file)
        if content is not None:
            attached = attach_certificate(user, activity, draft.file.original_name, content)
            if not attached.ok:
                transaction.set_rollback(True)
                return attached
            certificate = attached.saved
        draft.state = Draft.State.MERGED
        draft.activity = activity
        draft.merge_filled = {name: str(value) for name, value in filled.items()}
        draft.merge_certificate = certificate
        draft.decided_at = timezone.now()
        draft.save()
        return Outcome(saved=activity)


def discard(user: Any, draft: Draft) -> None:
    draft.state = Draft.State.DISCARDED
    draft.decided_at = timezone.now()
    draft.save(update_fields=["state", "decided_at"])


def undo(user: Any, draft: Draft) -> None:
    """Puts a decided draft back to review, reversing what its decision changed."""
    with transaction.atomic():
        activity = draft.activity
        if draft.state == Draft.State.CONFIRMED and activity is not None:
            if activity.deleted_at is None:
                delete_activity(user, activity)
        elif draft.state == Draft.State.MERGED and activity is not None:
            if draft.merge_certificate is not None and draft.merge_certificate.deleted_at is None:
                detach_certificate(user, draft.merge_certificate)
            if draft.merge_filled and activity.deleted_at is None:
                current = activity_table(core_activity(activity))
                for name, value in draft.merge_filled.items():
                    if str(current.get(name, "")) == value:
                        current.pop(name, None)
                save_activity(user, current, activity)
        draft.state = Draft.State.PENDING
        draft.activity = None
        draft.merge_filled = {}
        draft.merge_certificate = None
        draft.decided_at = None
        draft.save()
