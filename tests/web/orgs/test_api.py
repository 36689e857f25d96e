"""GET /api/orgs and /api/orgs/{id}/compliance."""

from __future__ import annotations

from typing import Any


def test_my_organisations_with_role(lab: Any) -> None:
    response = lab.client("educator").get("/api/orgs")
    assert response.status_code == 200
    assert response.json() == [
        {
            "id": lab.org.pk,
            "name": "Bayside Laboratory",
            "slug": "bayside",
            "kind": "lab",
            "role": "educator",
            "site": "Tampa core lab",
            "sharing": True,
        }
    ]


def test_compliance_for_managers(lab: Any) -> None:
    response = lab.client("manager").get(f"/api/orgs/{lab.org.pk}/compliance")
    assert response.status_code == 200, response.content
    rows = response.json()
    tess = [r for r in rows if r["member"] == "Tess Tech"]
    assert {r["credential"] for r in tess} == {
        "MLS(ASCP)",
        "Florida Clinical laboratory technologist licence",
    }
    mls = next(r for r in tess if r["rules"] == "ascp/MLS")
    assert mls["status"] == "not_met"
    assert mls["required"] == 36 and mls["counted"] == 2 and mls["missing"] == 34
    assert mls["deadline"] == "2027-06-30"
    # Members without credentials still appear, once.
    assert [r["credential"] for r in rows if r["member"] == "Ed Educator"] == [None]


def test_compliance_filters(lab: Any) -> None:
    url = f"/api/orgs/{lab.org.pk}/compliance?credential=ascp/MLS&site={lab.denver.pk}"
    rows = lab.client("manager").get(url).json()
    assert [(r["member"], r["credential"]) for r in rows] == [("Ron Runner", "MLS(ASCP)")]


def test_compliance_denials(lab: Any) -> None:
    url = f"/api/orgs/{lab.org.pk}/compliance"
    assert lab.client("member").get(url).status_code == 403
    assert lab.client("educator").get(url).status_code == 403
    assert lab.client("outsider").get(url).status_code == 404
    assert lab.client("anonymous").get(url).status_code == 401
    assert lab.client("manager").get("/api/orgs/999999/compliance").status_code == 404
