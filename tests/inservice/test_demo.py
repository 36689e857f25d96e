"""The demo laboratory's in-service: a past session with issued certificates (the demo account
among the attendees) and one upcoming session; loading the demo twice issues nothing twice."""

from __future__ import annotations

from typing import Any

import pytest
from django.utils import timezone

from cetrack.inservice.models import Session
from cetrack.issuing.models import IssuedCredential
from cetrack.records.models import Activity


@pytest.mark.slow
@pytest.mark.django_db
def test_the_demo_has_a_past_issued_session_and_one_ahead(_evidence_dir: Any) -> None:
    from cetrack.accounts.models import User
    from cetrack.web.demo import load_demo

    load_demo()
    account = load_demo()
    demo = User.objects.get(email=account.email)
    past, upcoming = Session.objects.order_by("starts_at")
    assert past.ends_at < timezone.now() < upcoming.starts_at
    assert past.issued_at is not None and past.accreditation == "pace"
    issued = Activity.objects.get(owner=demo, issued_at__isnull=False, deleted_at__isnull=True)
    assert issued.title == past.title and issued.certificates.filter(issued=True).exists()
    assert IssuedCredential.objects.filter(revoked_at__isnull=True).count() == (
        past.attendances.filter(activity__isnull=False).count()
    )
    assert upcoming.attendances.filter(user=demo, registered_at__isnull=False).exists()
