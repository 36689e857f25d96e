"""A small laboratory for the organisation tests: one organisation with two sites (one in
Florida), an administrator, a manager, an educator and two members with records, plus an
outsider who administers another organisation. Each persona has a logged-in client."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

import pytest
from django.test import Client
from django.utils import timezone

from cetrack.orgs.models import Department, Membership, Organisation, Site
from tests.web.conftest import make_activity, make_credential


@dataclass
class Lab:
    org: Organisation
    other: Organisation
    tampa: Site
    denver: Site
    hematology: Department
    users: dict[str, Any]
    memberships: dict[str, Membership]
    records: dict[str, Any]

    def client(self, persona: str) -> Client:
        client = Client()
        if persona != "anonymous":
            client.force_login(self.users[persona])
        return client


def _user(email: str, name: str) -> Any:
    from cetrack.accounts.models import User

    return User.objects.create_user(email, "pw-" + email, name=name)


@pytest.fixture
def lab(db: Any) -> Lab:
    org = Organisation.objects.create(name="Bayside Laboratory", slug="bayside")
    other = Organisation.objects.create(name="Other Lab", slug="other")
    tampa = Site.objects.create(
        organisation=org, name="Tampa core lab", state="FL", clia_number="10D0000001"
    )
    denver = Site.objects.create(organisation=org, name="Denver lab", state="CO")
    hematology = Department.objects.create(organisation=org, site=tampa, name="Hematology")
    users = {
        "admin": _user("admin@lab.example", "Ada Admin"),
        "manager": _user("manager@lab.example", "Mona Manager"),
        "educator": _user("educator@lab.example", "Ed Educator"),
        "member": _user("member@lab.example", "Tess Tech"),
        "member2": _user("member2@lab.example", "Ron Runner"),
        "outsider": _user("outsider@other.example", "Otto Outsider"),
    }
    now = timezone.now()
    roles = {
        "admin": "admin",
        "manager": "manager",
        "educator": "educator",
        "member": "member",
        "member2": "member",
    }
    memberships = {
        persona: Membership.objects.create(
            user=users[persona],
            organisation=org,
            role=role,
            site=tampa if persona != "member2" else denver,
            department=hematology if persona == "member" else None,
            consent_at=now,
        )
        for persona, role in roles.items()
    }
    memberships["outsider"] = Membership.objects.create(
        user=users["outsider"], organisation=other, role="admin", consent_at=now
    )
    tess = users["member"]
    mls = make_credential(tess, id="my-mls", notes="PRIVATE-NOTE-credential")
    fl = make_credential(
        tess,
        id="fl",
        rules="fl/technologist",
        license_number="TC1",
        categories=["hematology"],
        cycle_end=date(2026, 8, 31),
    )
    coag = make_activity(tess, id="coag", title="Coagulation update", notes="PRIVATE-NOTE-activity")
    ron = users["member2"]
    ron_mls = make_credential(ron, id="ron-mls")
    make_credential(users["outsider"], id="otto-mls")
    return Lab(
        org,
        other,
        tampa,
        denver,
        hematology,
        users,
        memberships,
        {"mls": mls, "fl": fl, "coag": coag, "ron_mls": ron_mls},
    )
