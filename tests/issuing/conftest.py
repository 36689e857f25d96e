"""Shared pieces for the certificate tests: an in-service session's facts, an organisation with
an educator (Erin) and a manager (Mona), and a member who received a certificate (Alice)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

import pytest

from cetrack.core.issuing import Accreditation, AchievementFacts

NOW = datetime(2026, 11, 18, 18, 0, tzinfo=UTC)


def antibody_facts(**changes: Any) -> AchievementFacts:
    values: dict[str, Any] = {
        "title": "Antibody identification in the blood bank",
        "date": date(2026, 11, 18),
        "contact_hours": Decimal("1.5"),
        "provider_name": "Riverside Hospital Laboratory",
        "provider_number": "519",
        "accreditation": Accreditation("pace", program_number="519-112-26"),
        "level": "intermediate",
        "instructors": ("Dana Whitfield, MLS(ASCP)",),
        "topics": ("blood-banking",),
        "description": "Panel interpretation, rule-outs and enzyme techniques.",
    }
    values.update(changes)
    return AchievementFacts(**values)


@pytest.fixture
def org(db: Any) -> Any:
    from cetrack.orgs.models import Organisation

    return Organisation.objects.create(name="Riverside Hospital Laboratory", slug="riverside")


def _member(org: Any, email: str, name: str, role: str) -> Any:
    from cetrack.accounts.models import User
    from cetrack.orgs.models import Membership

    user = User.objects.create_user(email, "password-123456", name=name)
    Membership.objects.create(user=user, organisation=org, role=role)
    return user


@pytest.fixture
def educator(org: Any) -> Any:
    return _member(org, "erin@riverside.example", "Erin Educator", "educator")


@pytest.fixture
def manager(org: Any) -> Any:
    return _member(org, "mona@riverside.example", "Mona Manager", "manager")


@pytest.fixture
def alice(org: Any) -> Any:
    return _member(org, "alice@riverside.example", "Alice Tech", "member")


@pytest.fixture
def outsider(db: Any) -> Any:
    from cetrack.accounts.models import User

    return User.objects.create_user("olly@elsewhere.example", "password-123456", name="Olly")


@pytest.fixture
def issued(org: Any, educator: Any, alice: Any) -> Any:
    from cetrack.issuing.services import issue_certificate

    return issue_certificate(
        organisation=org,
        recipient_user=alice,
        recipient_name="Alice Tech",
        achievement=antibody_facts(),
        issued_by=educator,
    )
