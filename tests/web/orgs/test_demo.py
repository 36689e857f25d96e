"""The demo laboratory that `cetrack serve --demo` loads beside the demo technician."""

from __future__ import annotations

from typing import Any

from django.test import Client

from cetrack.orgs.demo import DEMO_SLUG, EDUCATOR_EMAIL, MANAGER_EMAIL
from cetrack.orgs.matrix import licences, team_matrix
from cetrack.orgs.models import Membership, Organisation
from cetrack.web.demo import DEMO_EMAIL, load_demo


def test_demo_lab_shows_every_kind_of_verdict(db: Any) -> None:
    account = load_demo()
    assert (account.manager_email, account.educator_email) == (MANAGER_EMAIL, EDUCATOR_EMAIL)
    org = Organisation.objects.get(slug=DEMO_SLUG)
    assert sorted(org.sites.values_list("state", flat=True)) == ["CO", "FL"]
    roles = dict(Membership.objects.filter(organisation=org).values_list("user__email", "role"))
    assert roles[MANAGER_EMAIL] == "admin" and roles[EDUCATOR_EMAIL] == "educator"
    assert roles[DEMO_EMAIL] == "member"
    assert sum(1 for role in roles.values() if role == "member") >= 12
    matrix = team_matrix(org.pk)
    statuses = {cell.status for row in matrix.rows for cell in row.cells}
    assert {"met", "not_met"} <= statuses
    assert matrix.not_sharing == 1
    assert {"missing", "expired", "current"} <= {line.status for line in licences(matrix)}
    assert any(cell.missing_areas for row in matrix.rows for cell in row.cells)
    assert any(cell.problems for row in matrix.rows for cell in row.cells)

    client = Client()
    assert client.login(email=MANAGER_EMAIL, password=account.password)
    page = client.get(f"/orgs/{org.pk}/compliance/").content.decode()
    assert "Katherine Doe" in page and "MLS(ASCP)" in page

    load_demo()  # loading again rebuilds the same laboratory
    assert Organisation.objects.filter(slug=DEMO_SLUG).count() == 1
