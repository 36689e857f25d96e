"""Personas for the in-service tests: the web tests' alice and bob, and the organisation
tests' laboratory (Bayside: an administrator, a manager, an educator, members Tess and Ron,
an outsider), with a session that started five minutes ago."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.test import Client
from django.utils import timezone

from cetrack.core.inservice import SessionFacts
from tests.web.conftest import (  # noqa: F401  (fixtures)
    _evidence_dir,
    alice,
    alice_client,
    bob,
    bob_client,
    make_activity,
    make_credential,
    pdf_bytes,
)
from tests.web.orgs.conftest import Lab, lab  # noqa: F401  (fixture)


@pytest.fixture(autouse=True)
def _a_day_with_room_for_sessions(settings: Any) -> None:
    """Sessions here start minutes to two hours from now. Near midnight they would end on
    another day than they started, and their certificates rightly count only from then: run
    such hours in a zone where it is afternoon."""
    if not 2 <= timezone.localtime(timezone.now()).hour < 22:
        settings.TIME_ZONE = "Etc/GMT+6"


def login(user: Any) -> Client:
    client = Client()
    client.force_login(user)
    return client


def facts(**changes: Any) -> SessionFacts:
    """A 60-minute P.A.C.E. in-service that started 5 minutes ago (check-in is open)."""
    start = timezone.now() - timedelta(minutes=5)
    values: dict[str, Any] = {
        "title": "Antibody identification",
        "starts_at": start,
        "ends_at": start + timedelta(minutes=60),
        "instructional_minutes": 50,
        "topics": ("blood-banking",),
        "accreditation": "pace",
        "provider_number": "519",
        "program_number": "519-112-26",
        "level": "intermediate",
        "location": "Conference room B",
    }
    values.update(changes)
    return SessionFacts(**values)


def make_session(lab: Lab, **changes: Any) -> Any:  # noqa: F811
    from cetrack.inservice import services

    extra = {"instructors": "Dana Whitfield, MLS(ASCP)", "description": "Panels and rule-outs."}
    outcome = services.create_session(lab.memberships["educator"], facts(**changes), extra)
    assert outcome.ok, outcome.problems
    return outcome.saved


@pytest.fixture
def session(lab: Lab) -> Any:  # noqa: F811
    return make_session(lab)
