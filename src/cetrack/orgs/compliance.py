"""The engine's verdict per member credential, kept as ComplianceSnapshot rows for the team view.

A team of 5,000 people holds some 15,000 credentials; evaluating them all on every request
would take seconds. Instead each credential's verdict is stored once (`refresh_members`) and
read back while it is still right:

- every change to a person's records writes a Revision (the same event that retires their
  cached dashboard, `records.services.cached_for`); `cetrack.orgs.signals` then blanks the
  snapshot's `version`, and the next team read re-evaluates that person;
- the verdict also depends on the date, but only at known days: when the cycle window moves on
  and when an activity dated in the future becomes past. `valid_through` is the last day before
  either happens; the deadline's days-left figure is worked out at read time from `deadline`.

Progress figures are the engine's one definition (`CredentialEvaluation.progress`).
"""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import date, timedelta
from typing import Any

from django.db import transaction
from django.db.models import Max, Q, QuerySet
from django.utils import timezone

from cetrack.core import ledger as core
from cetrack.core.engine import NOT_MET, CredentialEvaluation, evaluate
from cetrack.core.pathways import credential_label
from cetrack.records.bridge import core_ledger, with_certificates
from cetrack.records.models import Activity, Credential, Revision
from cetrack.records.services import library, person_for

FOREVER = date(9999, 12, 31)
BATCH = 200  # people evaluated per round of queries


def credential_name(rules: str) -> str:
    """The short human name of a rule set: 'MLS(ASCP)', 'Florida … technologist licence'."""
    book = library().get(rules)
    if book is None:
        return rules
    short = credential_label(rules)
    # Certifications carry their abbreviation at the end of the name ("…, MLS(ASCP)").
    if book.name.endswith(short):
        return short
    return book.name


def valid_through(result: CredentialEvaluation, ends: Sequence[date], as_of: date) -> date:
    """The last day on which `result` (made at `as_of`) still holds, records unchanged.

    `ends` are the end dates of every activity of the person, sorted. The engine reads the
    date in two places only: the cycle window (which moves on once its end has passed, unless
    the credential fixes `cycle_end`) and which activities are already completed.
    """
    window = result.window
    if window is None or result.credential.status == "expired":
        return as_of  # windows counted back from the as-of date move every day
    if as_of > window.end:
        # A fixed cycle_end keeps the window; a rolling one has already moved (as_of ≤ end).
        return FOREVER
    after = bisect_right(ends, as_of)
    last = window.end
    if after < len(ends) and ends[after] <= window.end:
        last = min(last, ends[after] - timedelta(days=1))
    return max(last, as_of)


def _findings(result: CredentialEvaluation, titles: dict[str, str]) -> list[dict[str, Any]]:
    grouped: dict[tuple[str, str], list[str]] = {}
    for finding in result.findings:
        about = grouped.setdefault((finding.severity, finding.message), [])
        if finding.activity and finding.activity in titles:
            about.append(titles[finding.activity])
    order = {"error": 0, "warning": 1, "info": 2}
    return [
        {"severity": severity, "message": message, "activities": about}
        for (severity, message), about in sorted(
            grouped.items(), key=lambda item: order.get(item[0][0], 3)
        )
    ]


def snapshot_values(
    result: CredentialEvaluation, titles: dict[str, str], ends: Sequence[date], as_of: date
) -> dict[str, Any]:
    """The columns of a ComplianceSnapshot for one credential's evaluation."""
    progress = result.progress
    return {
        "rules": result.credential.rules,
        "label": credential_name(result.credential.rules)[:200],
        "status": result.status,
        "unit": result.unit,
        "counted": progress.counted if progress else None,
        "required": progress.required if progress else None,
        "missing": progress.missing if progress else None,
        "deadline": result.deadlines.cycle_end,
        "missing_areas": [
            r.name for r in result.requirements if r.status == NOT_MET and r.missing > 0
        ],
        "findings": _findings(result, titles),
        "as_of": as_of,
        "valid_through": valid_through(result, ends, as_of),
    }


def _latest_revisions(owner_ids: Iterable[int]) -> dict[int, int]:
    rows = (
        Revision.objects.filter(owner_id__in=list(owner_ids))
        .values("owner_id")
        .annotate(latest=Max("id"))
        .values_list("owner_id", "latest")
    )
    return dict(rows)


def _evaluate_batch(owner_ids: list[int], as_of: date) -> list[Any]:
    from cetrack.accounts.models import User
    from cetrack.orgs.models import ComplianceSnapshot

    users = {u.pk: u for u in User.objects.filter(pk__in=owner_ids)}
    credentials: dict[int, list[Credential]] = defaultdict(list)
    for row in Credential.objects.filter(owner_id__in=owner_ids, deleted_at__isnull=True):
        credentials[row.owner_id].append(row)
    activities: dict[int, list[Activity]] = defaultdict(list)
    live = Activity.objects.filter(owner_id__in=owner_ids, deleted_at__isnull=True)
    for activity in with_certificates(live):
        activities[activity.owner_id].append(activity)
    versions = _latest_revisions(owner_ids)
    made: list[ComplianceSnapshot] = []
    for owner_id in owner_ids:
        user = users.get(owner_id)
        if user is None or not credentials[owner_id]:
            continue
        rows = credentials[owner_id]
        ledger = core_ledger(person_for(user), rows, activities[owner_id])
        made.extend(
            _snapshots(user, rows, ledger, as_of, str(versions.get(owner_id, 0)), activities)
        )
    return made


def _snapshots(
    user: Any,
    rows: list[Credential],
    ledger: core.Ledger,
    as_of: date,
    version: str,
    activities: dict[int, list[Activity]],
) -> list[Any]:
    from cetrack.orgs.models import ComplianceSnapshot

    evaluation = evaluate(ledger, as_of, library())
    titles = {a.ledger_id: a.title for a in activities[user.pk]}
    ends = sorted(a.end for a in ledger.activities)
    by_id = {row.ledger_id: row for row in rows}
    return [
        ComplianceSnapshot(
            credential=by_id[result.credential.id],
            owner=user,
            version=version,
            **snapshot_values(result, titles, ends, as_of),
        )
        for result in evaluation.credentials
        if result.credential.id in by_id
    ]


def refresh_members(owner_ids: Iterable[int], as_of: date | None = None) -> int:
    """Re-evaluate these people's credentials and store the snapshots; returns how many."""
    from cetrack.orgs.models import ComplianceSnapshot

    day = as_of or timezone.localdate()
    ids = sorted(set(owner_ids))
    written = 0
    for start in range(0, len(ids), BATCH):
        chunk = ids[start : start + BATCH]
        made = _evaluate_batch(chunk, day)
        with transaction.atomic():
            ComplianceSnapshot.objects.filter(owner_id__in=chunk).delete()
            ComplianceSnapshot.objects.bulk_create(made, batch_size=500)
            # A record changed while we evaluated: leave those people stale for the next read.
            now = {owner: str(latest) for owner, latest in _latest_revisions(chunk).items()}
            moved = {s.owner_id for s in made if now.get(s.owner_id, "0") != s.version}
            if moved:
                ComplianceSnapshot.objects.filter(owner_id__in=moved).update(version="")
        written += len(made)
    return written


def refresh_member(user: Any, as_of: date | None = None) -> int:
    return refresh_members([user.pk], as_of)


def stale_owners(owners: QuerySet[Any], as_of: date) -> list[int]:
    """Among `owners` (a queryset of user ids), those with a credential lacking a usable snapshot."""
    return list(
        Credential.objects.filter(owner_id__in=owners, deleted_at__isnull=True)
        .filter(
            Q(compliance_snapshot__isnull=True)
            | Q(compliance_snapshot__version="")
            | Q(compliance_snapshot__valid_through__lt=as_of)
            | Q(compliance_snapshot__as_of__gt=as_of)
        )
        .order_by()  # no ordering columns in the SELECT DISTINCT
        .values_list("owner_id", flat=True)
        .distinct()
    )
