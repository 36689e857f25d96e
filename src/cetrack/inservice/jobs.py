"""In-service work on the job queue: issuing a large session's certificates in the background.

A session of up to INLINE_ATTENDEES present people is issued inside the educator's request
(a few seconds); a larger one becomes one `inservice.issue` job, which brings every attendee's
certificate up to date — `issue.reconcile` is idempotent per attendee, so a retried or repeated
job changes nothing that is already right.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings

from cetrack.jobs.queue import enqueue, job

INLINE_ATTENDEES = 40


def inline_limit() -> int:
    return int(getattr(settings, "INSERVICE_INLINE_ATTENDEES", INLINE_ATTENDEES))


def issue_or_queue(by: Any, session: Any) -> tuple[Any | None, int]:
    """(the summary when issued now, or None; how many attendees were queued)."""
    from cetrack.inservice import issue

    present = session.attendances.exclude(method="").count()
    if present <= inline_limit():
        return issue.issue_session(by, session), 0
    enqueue(
        "inservice.issue",
        f"{session.pk}",
        rerun=True,
        session_pk=session.pk,
        by_pk=getattr(by, "pk", None),
    )
    return None, present


@job("inservice.issue")
def issue_job(session_pk: int, by_pk: int | None) -> dict[str, int]:
    from cetrack.accounts.models import User
    from cetrack.inservice import issue
    from cetrack.inservice.models import Session

    session = Session.objects.select_related("organisation").get(pk=session_pk)
    by = User.objects.filter(pk=by_pk).first() if by_pk is not None else None
    summary = issue.issue_session(by, session)
    return {
        "issued": len(summary.issued),
        "corrected": len(summary.corrected),
        "problems": len(summary.problems),
    }
