"""The competency API: lists for managers, recording an assessment all or nothing, role checks
(the role × route matrix in tests/web/orgs/test_routes.py covers every operation too)."""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any

from cetrack.competency.models import Assessment
from tests.competency.conftest import SIX, Competency, qualify


def _post(client: Any, url: str, body: dict[str, Any]) -> Any:
    return client.post(url, json.dumps(body, default=str), content_type="application/json")


def _elements(**override: dict[str, Any]) -> list[dict[str, Any]]:
    return [
        {"element": e, **{**data, **override.get(e.replace("-", "_"), {})}}
        for e, data in SIX.items()
    ]


def test_lists_for_managers(comp: Competency) -> None:
    lab = comp.lab
    base = f"/api/orgs/{lab.org.pk}/competency"
    manager = lab.client("manager")
    systems = manager.get(f"{base}/test-systems?site={lab.tampa.pk}").json()
    cbc = next(s for s in systems if s["name"] == "CBC on Sysmex XN-1000")
    assert cbc["complexity"] == "high" and cbc["complexity_name"] == "High complexity"
    assert cbc["specialty_name"] == "Hematology" and cbc["assigned"] == 1
    assignments = manager.get(f"{base}/assignments?member={lab.memberships['member'].pk}").json()
    assert {a["subject"] for a in assignments} == {
        "CBC on Sysmex XN-1000",
        "Glucose on Vitros 5600",
    }
    assert all(a["state"] == "overdue" and a["member"] == "Tess Tech" for a in assignments)
    due = manager.get(f"{base}/due?site={lab.tampa.pk}").json()
    assert due["counts"]["overdue"] == 5 and due["total"] == 5
    assert due["items"][0]["next_due_on"] == "2021-01-01"
    assert manager.get(f"{base}/due").status_code == 422
    assert manager.get(f"{base}/due?site={lab.tampa.pk}&state=bogus").status_code == 422
    other_site = manager.get(f"{base}/due?site=999999")
    assert other_site.status_code == 404
    assert lab.client("member").get(f"{base}/due?site={lab.tampa.pk}").status_code == 403


def test_record_and_sign_in_one_call(comp: Competency) -> None:
    lab = comp.lab
    url = f"/api/orgs/{lab.org.pk}/competency/assessments"
    body = {
        "assignment_id": comp.tess_cbc.pk,
        "assessed_on": comp.today,
        "elements": _elements(),
        "sign": True,
    }
    response = _post(lab.client("manager"), url, body)
    assert response.status_code == 201, response.content
    data = response.json()
    assert (
        data["status"] == "signed" and data["outcome"] == "pass" and data["reason"] == "six-month"
    )
    assert data["signed_by"] == "Mona Manager" and "technical supervisor" in data["signer_basis"]
    assert [e["element"] for e in data["elements"]] == list(SIX)
    read = lab.client("member").get(f"{url}/{data['id']}")
    assert read.status_code == 200 and read.json()["member"] == "Tess Tech"
    assert lab.client("member2").get(f"{url}/{data['id']}").status_code == 404


def test_a_refused_signature_stores_nothing(comp: Competency) -> None:
    lab = comp.lab
    url = f"/api/orgs/{lab.org.pk}/competency/assessments"
    body = {
        "assignment_id": comp.tess_cbc.pk,
        "assessed_on": comp.today,
        "elements": _elements(),
        "sign": True,
    }
    response = _post(lab.client("educator"), url, body)
    assert response.status_code == 403
    assert "general supervisor with no written delegation" in response.json()["detail"]
    assert not Assessment.objects.filter(assignment=comp.tess_cbc).exists()


def test_element_problems_are_located(comp: Competency) -> None:
    lab = comp.lab
    url = f"/api/orgs/{lab.org.pk}/competency/assessments"
    elements = _elements(direct_observation={"method": "quiz"})
    body = {"assignment_id": comp.tess_cbc.pk, "assessed_on": comp.today, "elements": elements}
    response = _post(lab.client("manager"), url, body)
    assert response.status_code == 422
    (problem,) = response.json()["detail"]
    assert problem["loc"] == ["body", "elements", 0, "method"]
    assert "direct observation" in problem["msg"]
    assert not Assessment.objects.exists()
    failing = _elements(problem_solving={"result": "fail", "score_correct": 3})
    body = {**body, "elements": failing, "sign": True}
    no_plan = _post(lab.client("manager"), url, body)
    assert no_plan.status_code == 422 and no_plan.json()["detail"][0]["loc"] == [
        "body",
        "retraining",
    ]
    plan = {
        **body,
        "retraining": "Troubleshooting module",
        "reassess_by": comp.today + timedelta(days=14),
    }
    done = _post(lab.client("manager"), url, plan)
    assert done.status_code == 201
    assert done.json()["remediation"]["elements"] == ["problem-solving"]


def test_a_qualified_plain_member_may_assess_but_not_themselves(comp: Competency) -> None:
    lab = comp.lab
    qualify(lab, "member", "technical-consultant")
    url = f"/api/orgs/{lab.org.pk}/competency/assessments"
    own = {
        "assignment_id": comp.tess_glucose.pk,
        "assessed_on": comp.today,
        "elements": _elements(),
    }
    assert _post(lab.client("member"), url, own).status_code == 404
    assert _post(lab.client("member"), url, {"assignment_id": "x"}).status_code == 422


def test_bad_input_is_answered_not_raised(comp: Competency) -> None:
    lab = comp.lab
    manager = lab.client("manager")
    base = f"/api/orgs/{lab.org.pk}/competency"
    huge = 10**30
    for path in (
        f"{base}/due?site={huge}",
        f"{base}/due?site={lab.tampa.pk}&test_system={huge}",
        f"{base}/assignments?member={huge}",
        f"{base}/test-systems?site=-1",
        f"{base}/assessments/{huge}",
        f"/api/orgs/{huge}/competency/due?site=1",
    ):
        assert manager.get(path).status_code in (404, 422), path
    url = f"{base}/assessments"
    for body in ("not json", "[]", '{"assignment_id": 1e400}', '{"elements": "x"}'):
        response = manager.post(url, body, content_type="application/json")
        assert response.status_code in (404, 422), body
    row = Assessment.objects.create(
        assignment=comp.tess_cbc, reason="six-month", assessed_on=comp.today
    )
    page = f"/orgs/{lab.org.pk}/competency/assessments/{row.pk}/"
    for value in ("yesterday", "2026-02-30", "", "9" * 40):
        assert manager.post(f"{page}date/", {"assessed_on": value}).status_code == 302
    site = f"/orgs/{lab.org.pk}/competency/sites/{lab.tampa.pk}/"
    for query in ("?page=abc", f"?page={huge}", f"?system={huge}", "?state=nonsense", "?page=-3"):
        assert manager.get(site + query).status_code == 200, query
