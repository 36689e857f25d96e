"""A large session's certificates are issued by a job on the queue, not in the request."""

from __future__ import annotations

from typing import Any

from cetrack.inservice import services
from cetrack.jobs.models import Job
from tests.inservice.conftest import login


def test_a_session_over_the_inline_limit_is_issued_by_a_job(
    lab: Any, session: Any, settings: Any, django_capture_on_commit_callbacks: Any
) -> None:
    settings.INSERVICE_INLINE_ATTENDEES = 1
    members = [lab.users["member"], lab.users["member2"]]
    marked = services.mark_roster(
        lab.memberships["educator"], session, {m.pk: None for m in members}
    )
    assert marked.ok
    client = login(lab.users["educator"])
    url = f"/orgs/{lab.org.pk}/inservice/{session.pk}/issue/"
    with django_capture_on_commit_callbacks(execute=True):
        page = client.post(url, follow=True)
    assert "in the background" in page.content.decode()
    job = Job.objects.get(kind="inservice.issue")
    assert job.state == Job.State.DONE and job.result["issued"] == 2
    assert session.attendances.filter(user__in=members, activity__isnull=False).count() == 2
