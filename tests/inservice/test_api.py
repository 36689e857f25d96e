"""The in-service API: create, list, roster, check-in with a code, issue — with role checks."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.utils import timezone

from cetrack.inservice.models import Session
from cetrack.records.models import Activity


def body(**changes: Any) -> dict[str, Any]:
    start = timezone.now() - timedelta(minutes=5)
    data = {
        "title": "Blood culture contamination",
        "starts_at": start.isoformat(),
        "ends_at": (start + timedelta(minutes=60)).isoformat(),
        "instructional_minutes": 50,
        "topics": ["microbiology"],
        "accreditation": "state-board",
        "approval_number": "50-12345",
        "approvals": ["FL"],
        "instructors": ["Sam Lee, SBB"],
    }
    data.update(changes)
    return data


def post(client: Any, url: str, data: Any) -> Any:
    return client.post(url, data, content_type="application/json")


def test_create_list_roster_checkin_issue(lab: Any) -> None:
    url = f"/api/orgs/{lab.org.pk}/sessions"
    created = post(lab.client("educator"), url, body())
    assert created.status_code == 201, created.content
    session = created.json()
    assert session["approvals"] == ["fl"] and session["contact_hours"] == 1.0
    assert session["checkin_code"]
    listed = lab.client("member").get(url).json()
    assert [s["title"] for s in listed] == ["Blood culture contamination"]
    assert listed[0]["checkin_code"] is None  # only educators see the code
    checked = post(lab.client("member"), "/api/checkin", {"code": session["checkin_code"]})
    assert checked.status_code == 200 and checked.json()["method"] == "code"
    roster = post(
        lab.client("educator"),
        f"{url}/{session['id']}/roster",
        {"present": [{"email": "member2@lab.example", "minutes": 50}]},
    )
    assert roster.status_code == 200
    assert {r["email"] for r in roster.json()} == {"member@lab.example", "member2@lab.example"}
    issued = post(lab.client("educator"), f"{url}/{session['id']}/issue", {})
    assert issued.status_code == 200
    assert sorted(issued.json()["issued"]) == ["Ron Runner", "Tess Tech"]
    activity = Activity.objects.get(owner=lab.users["member"], issued_at__isnull=False)
    assert activity.approval_number == "50-12345" and activity.approvals == ["fl"]


def test_members_cannot_create_mark_or_issue(lab: Any, session: Any) -> None:
    url = f"/api/orgs/{lab.org.pk}/sessions"
    member = lab.client("member")
    assert post(member, url, body()).status_code == 403
    assert post(member, f"{url}/{session.pk}/roster", {"present": []}).status_code == 403
    assert post(member, f"{url}/{session.pk}/issue", {}).status_code == 403
    assert lab.client("outsider").get(url).status_code == 404
    assert Session.objects.count() == 1


def test_bad_bodies_are_422_with_the_field(lab: Any) -> None:
    url = f"/api/orgs/{lab.org.pk}/sessions"
    educator = lab.client("educator")
    missing = post(educator, url, body(approval_number="", instructional_minutes=10))
    assert missing.status_code == 422
    locations = {tuple(p["loc"]) for p in missing.json()["detail"]}
    assert locations == {("body", "approval_number"), ("body", "instructional_minutes")}
    assert post(educator, url, {"title": 3, "nope": 1}).status_code == 422
    broken = educator.post(url, b"{", content_type="application/json")
    assert broken.status_code == 422


def test_roster_refuses_strangers(lab: Any, session: Any) -> None:
    response = post(
        lab.client("educator"),
        f"/api/orgs/{lab.org.pk}/sessions/{session.pk}/roster",
        {"present": [{"email": "outsider@other.example"}]},
    )
    assert response.status_code == 422
    assert "not current members" in response.json()["detail"][0]["msg"]


def test_check_in_with_a_wrong_code(lab: Any) -> None:
    response = post(lab.client("member"), "/api/checkin", {"code": "ABCDEF"})
    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"] == ["body", "code"]
    assert lab.client("anonymous").post("/api/checkin").status_code == 401
