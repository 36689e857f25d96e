"""Confirming, merging, discarding and undoing drafts; each is one transaction with history."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from django.db import transaction
from django.utils import timezone

from cetrack.capture.models import Draft, UploadedFile
from cetrack.core import ledger as core
from cetrack.core.activity_fields import label
from cetrack.core.capture.decide import fills_for, repeats
from cetrack.core.capture.reader import CERTIFICATE_TYPES
from cetrack.records import audit
from cetrack.records.access import activities_for
from cetrack.records.bridge import activity_entry, core_activity
from cetrack.records.models import Activity
from cetrack.records.services import (
    Outcome,
    delete_activity,
    detach_certificate,
    link_certificate,
    save_activity,
)


@dataclass(frozen=True)
class Repeat:
    activity: Activity
    reasons: tuple[str, ...]
    fills: tuple[str, ...]  # what a merge would add to it (documentation it lacks)

    @property
    def fill_labels(self) -> list[str]:
        return [label(key) for key in self.fills]


def repeats_of(user: Any, entry: dict[str, Any]) -> list[Repeat]:
    """The user's activities this entry repeats, by the core's new/merge/skip decision."""
    candidate, _ = core.read_activity({**entry, "id": entry.get("id") or "candidate"})
    if candidate is None:
        return []
    window = list(
        activities_for(user).filter(
            end__gte=candidate.end - timedelta(days=1),
            end__lte=candidate.end + timedelta(days=1),
        )
    )
    rows = {row.ledger_id: row for row in window}
    return [
        Repeat(rows[decision.record], decision.reasons, tuple(decision.fills))
        for decision in repeats(entry, [core_activity(row) for row in window])
        if decision.record in rows
    ]


def _link_file(user: Any, activity: Activity, upload: UploadedFile) -> Outcome | None:
    """Links the stored upload (checked by capture's sniffer and limits when it arrived) to the
    activity as its certificate; None when the file is no certificate (a transcript)."""
    if upload.blob is None or upload.content_type not in CERTIFICATE_TYPES:
        return None
    return link_certificate(user, activity, upload.blob, upload.original_name)


def confirm(user: Any, draft: Draft, entry: dict[str, Any]) -> Outcome:
    """Adds the reviewed draft as a new activity with its certificate attached."""
    with transaction.atomic():
        outcome = save_activity(user, entry)
        if not outcome.ok:
            transaction.set_rollback(True)
            return outcome
        attached = _link_file(user, outcome.saved, draft.file)
        if attached is not None and not attached.ok:
            transaction.set_rollback(True)
            return attached
        draft.state = Draft.State.CONFIRMED
        draft.activity = outcome.saved
        draft.decided_at = timezone.now()
        draft.save(update_fields=["state", "activity", "decided_at"])
        _record_decision(user, draft, "confirmed")
        return outcome


def merge(user: Any, draft: Draft, activity: Activity, entry: dict[str, Any]) -> Outcome:
    """Links the draft's evidence to an existing activity, filling only its blank fields."""
    with transaction.atomic():
        current = activity_entry(activity)
        filled = fills_for(entry, core_activity(activity))
        outcome = save_activity(user, {**current, **filled}, activity)
        if not outcome.ok:
            transaction.set_rollback(True)
            return outcome
        attached = _link_file(user, activity, draft.file)
        if attached is not None and not attached.ok:
            transaction.set_rollback(True)
            return attached
        certificate = attached.saved if attached is not None else None
        draft.state = Draft.State.MERGED
        draft.activity = activity
        draft.merge_filled = {name: str(value) for name, value in filled.items()}
        draft.merge_certificate = certificate
        draft.decided_at = timezone.now()
        draft.save()
        _record_decision(user, draft, "merged")
        return Outcome(saved=activity)


def discard(user: Any, draft: Draft) -> None:
    with transaction.atomic():
        draft.state = Draft.State.DISCARDED
        draft.decided_at = timezone.now()
        draft.save(update_fields=["state", "decided_at"])
        _record_decision(user, draft, "discarded")


def _record_decision(user: Any, draft: Draft, action: str) -> None:
    """A decision on a read certificate, in the owner's history (cetrack.records.audit)."""
    title = str(draft.fields.get("title", {}).get("value", "") or draft.file.original_name)
    snapshot = {"title": title, "file": draft.file.original_name, "activity": draft.activity_id}
    audit.record(user, "capture-draft", draft.pk, action, snapshot)


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
                current = activity_entry(activity)
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
        _record_decision(user, draft, "reopened")
