"""The competency pages as each persona meets them: the manager defines a test system and
assigns a member, the member shows as due, an assessor records and signs the six elements, the
member acknowledges, and the inspection binder holds the record."""

from __future__ import annotations

import io
import zipfile
from datetime import timedelta
from typing import Any

from django.utils import timezone

from cetrack.competency.models import Assessment, Assignment, EvidenceFile, TestSystem
from cetrack.orgs.models import BinderExport
from tests.competency.conftest import SIX, Competency, qualify
from tests.web.conftest import pdf_bytes


def _text(response: Any) -> str:
    assert response.status_code == 200, response.content[:800]
    return response.content.decode()


def _pdf_text(content: bytes) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(content)).pages)


def _element_post(element: str, data: dict[str, Any]) -> dict[str, Any]:
    return {f"{element}-{key}": value for key, value in data.items()}


def test_manager_defines_assigns_and_an_assessor_signs_then_member_acknowledges(lab: Any) -> None:
    org, tampa = lab.org.pk, lab.tampa.pk
    manager = lab.client("manager")
    qualify(lab, "manager", "technical-supervisor")
    base = f"/orgs/{org}/competency"
    created = manager.post(
        f"{base}/sites/{tampa}/systems/",
        {
            "name": "CBC on Sysmex XN-1000",
            "analyte": "Complete blood count",
            "instrument": "Sysmex XN-1000",
            "method": "Flow cytometry",
            "specialty": "hematology",
            "complexity": "high",
        },
    )
    assert created.status_code == 302
    system = TestSystem.objects.get(name="CBC on Sysmex XN-1000")
    page = _text(manager.get(f"{base}/systems/{system.pk}/"))
    assert "Hematology" in page and "High complexity" in page and "Tess Tech" in page
    began = timezone.localdate() - timedelta(days=200)
    tess = lab.memberships["member"]
    assigned = manager.post(
        f"{base}/systems/{system.pk}/assign/", {"member": tess.pk, "began_on": began.isoformat()}
    )
    assert assigned.status_code == 302
    due = _text(manager.get(f"{base}/sites/{tampa}/"))
    assert "Tess Tech" in due and "6-month assessment" in due and "Overdue" in due
    assignment = Assignment.objects.get(test_system=system)
    started = manager.post(
        f"{base}/assignments/{assignment.pk}/assess/",
        {"reason": "six-month", "assessed_on": timezone.localdate().isoformat()},
    )
    assert started.status_code == 302
    assessment = Assessment.objects.get(assignment=assignment)
    url = f"{base}/assessments/{assessment.pk}/"
    form = _text(manager.get(url))
    assert (
        "Direct observation of routine patient testing" in form
        and "Still needed before signing" in form
    )
    for element, data in SIX.items():
        post = _element_post(element, data)
        if element == "instrument-checks":
            post = {**post, f"{element}-notes": "", f"{element}-file": _upload()}
        response = manager.post(f"{url}elements/{element}/", post)
        assert response.status_code == 302, response.content[:1500]
    assert EvidenceFile.objects.filter(element__assessment=assessment).count() == 1
    page = _text(manager.get(url))
    assert "Still needed before signing" not in page
    assert "As technical supervisor, may assess a high complexity test system" in page
    assert manager.post(f"{url}sign/", {}).status_code == 302
    # the member sees it to acknowledge, acknowledges; it is then locked
    member = lab.client("member")
    home = _text(member.get(f"{base}/"))
    assert "To acknowledge" in home and "CBC on Sysmex XN-1000" in home
    mine = _text(member.get(url))
    assert "Your acknowledgement" in mine and "Mona Manager" in mine
    assert member.post(f"{url}acknowledge/", {"comment": "Understood"}).status_code == 302
    locked = _text(member.get(url))
    assert "Signed and acknowledged (locked)" in locked and "Understood" in locked
    refused = manager.post(
        f"{url}elements/problem-solving/", _element_post("problem-solving", SIX["problem-solving"])
    )
    assert refused.status_code == 422 and "locked" in refused.content.decode()
    home = _text(member.get(f"{base}/"))
    assert "Cleared" in home and "12-month assessment" in home
    # the inspection binder of the site holds the member's competency record and its evidence
    assert manager.post(f"/orgs/{org}/sites/{tampa}/binder/").status_code == 302
    binder = BinderExport.objects.get(site=lab.tampa)
    archive = zipfile.ZipFile(
        io.BytesIO(manager.get(f"/orgs/{org}/binders/{binder.pk}/download/").content)
    )
    names = archive.namelist()
    assert "members/Tess Tech/competency/record.pdf" in names
    assert any(
        n.startswith("members/Tess Tech/competency/evidence/CBC on Sysmex XN-1000/") for n in names
    )
    record = _pdf_text(archive.read("members/Tess Tech/competency/record.pdf"))
    for expected in (
        "CBC on Sysmex XN-1000",
        "Mona Manager",
        "technical supervisor",
        "Satisfactory",
        "Understood",
        "6-month assessment",
    ):
        assert expected in record, expected
    assert "members/Mona Manager/competency/record.pdf" in names  # her qualification and duties
    assert "members/Ed Educator/competency/README.txt" in names  # nothing recorded for him


def _upload() -> Any:
    from django.core.files.uploadedfile import SimpleUploadedFile

    return SimpleUploadedFile(
        "maintenance-checklist.pdf", pdf_bytes("Maintenance checklist"), "application/pdf"
    )


def test_refused_signature_shows_the_reason(comp: Competency) -> None:
    lab = comp.lab
    row = Assessment.objects.create(
        assignment=comp.tess_cbc, reason="six-month", assessed_on=comp.today
    )
    url = f"/orgs/{lab.org.pk}/competency/assessments/{row.pk}/"
    educator = lab.client("educator")
    page = _text(educator.get(url))
    assert (
        "Ed Educator may not sign" in page
        and "general supervisor with no written delegation" in page
    )
    response = educator.post(f"{url}sign/", {})
    assert response.status_code == 403
    assert "delegated in writing" in response.content.decode()


def test_members_see_only_their_own_records(comp: Competency) -> None:
    lab = comp.lab
    row = Assessment.objects.create(
        assignment=comp.tess_cbc, reason="six-month", assessed_on=comp.today
    )
    url = f"/orgs/{lab.org.pk}/competency/assessments/{row.pk}/"
    assert lab.client("member2").get(url).status_code == 404  # Ron, another member
    assert lab.client("outsider").get(url).status_code == 404
    assert lab.client("member").get(url).status_code == 200  # Tess herself
    assert lab.client("member").post(f"{url}sign/").status_code == 404  # but not to edit
    start = f"/orgs/{lab.org.pk}/competency/assignments/{comp.tess_cbc.pk}/assess/"
    assert lab.client("member").get(start).status_code == 404  # her own: not hers to assess
    assert lab.client("member2").get(start).status_code == 404  # no qualification


def test_member_record_and_pdf_for_managers(comp: Competency) -> None:
    lab = comp.lab
    tess = lab.memberships["member"]
    base = f"/orgs/{lab.org.pk}/competency/members/{tess.pk}/"
    page = _text(lab.client("manager").get(base))
    assert "CBC on Sysmex XN-1000" in page and "Overdue" in page and "Tampa core lab" in page
    pdf = lab.client("manager").get(f"{base}sites/{lab.tampa.pk}/record.pdf")
    assert pdf.status_code == 200 and pdf["Content-Type"] == "application/pdf"
    text = _pdf_text(pdf.content)
    assert "Competency record: Tess Tech" in text and "No signed assessment yet" in text
    assert lab.client("member").get(base).status_code == 403


def test_pages_show_human_names_not_ids(comp: Competency) -> None:
    lab = comp.lab
    manager = lab.client("manager")
    systems = _text(manager.get(f"/orgs/{lab.org.pk}/competency/sites/{lab.tampa.pk}/systems/"))
    assert "Routine chemistry" in systems and "Moderate complexity" in systems
    assert (
        "Technical supervisor" in systems and "The Joint Commission" in systems
    )  # rules table, choices
    visible = systems.split("<form")[0]
    for ident in ("routine-chemistry", "technical-supervisor", ">high<", "clia"):
        assert ident not in visible, ident
    quals = _text(manager.get(f"/orgs/{lab.org.pk}/competency/qualifications/"))
    assert "General supervisor" in quals and "Laboratory director" in quals
    due = _text(manager.get(f"/orgs/{lab.org.pk}/competency/sites/{lab.tampa.pk}/"))
    assert "Duties as technical supervisor" in due and "CMS Brochure #10" in due


def test_method_change_from_the_page(comp: Competency) -> None:
    lab = comp.lab
    url = f"/orgs/{lab.org.pk}/competency/systems/{comp.cbc.pk}/change/"
    response = lab.client("manager").post(
        url,
        {
            "kind": "method",
            "effective_on": comp.today.isoformat(),
            "method": "Fluorescence flow cytometry",
        },
    )
    assert response.status_code == 302
    page = _text(lab.client("manager").get(f"/orgs/{lab.org.pk}/competency/systems/{comp.cbc.pk}/"))
    assert "Not cleared" in page and "Fluorescence flow cytometry" in page
    bad = lab.client("manager").post(url, {"kind": "method", "effective_on": "2999-01-01"})
    assert bad.status_code == 422 and "more than a year ahead" in bad.content.decode()


def test_assessor_without_manager_role_sees_the_people_they_may_assess(comp: Competency) -> None:
    lab = comp.lab
    qualify(lab, "member2", "technical-consultant")  # Ron, a plain member, qualified at Tampa
    home = _text(lab.client("member2").get(f"/orgs/{lab.org.pk}/competency/"))
    assert "people you may assess" in home and "Tess Tech" in home
    start = f"/orgs/{lab.org.pk}/competency/assignments/{comp.tess_glucose.pk}/assess/"
    assert lab.client("member2").get(start).status_code == 200


def test_an_in_service_post_test_score_is_evidence_for_problem_solving(comp: Competency) -> None:
    from datetime import datetime

    from cetrack.inservice.models import Attempt, Session

    lab = comp.lab
    start = timezone.make_aware(datetime(2026, 3, 2, 13, 0))
    session = Session.objects.create(
        organisation=lab.org,
        title="Coagulation troubleshooting",
        starts_at=start,
        ends_at=start + timedelta(hours=1),
        instructional_minutes=50,
        checkin_code="ABC234",
    )
    tess = lab.users["member"]
    attempt = Attempt.objects.create(
        session=session, user=tess, answers=[], correct=8, total=10, passed=True
    )
    row = Assessment.objects.create(
        assignment=comp.tess_cbc, reason="six-month", assessed_on=comp.today
    )
    url = f"/orgs/{lab.org.pk}/competency/assessments/{row.pk}/"
    page = _text(lab.client("manager").get(url))
    assert "Coagulation troubleshooting: 8/10" in page  # offered for element 6 only
    assert page.count('name="problem-solving-post_test"') == 1
    post = {"problem-solving-result": "pass", "problem-solving-method": "quiz"}
    post["problem-solving-post_test"] = str(attempt.pk)
    response = lab.client("manager").post(f"{url}elements/problem-solving/", post)
    assert response.status_code == 302, response.content[:1000]
    saved = row.elements.get(element="problem-solving")
    assert (saved.score_correct, saved.score_total) == (8, 10)
    assert saved.score_source.startswith("In-service post-test: Coagulation troubleshooting")
    # someone else's attempt is not offered nor taken
    ron = Attempt.objects.create(
        session=session, user=lab.users["member2"], answers=[], correct=10, total=10, passed=True
    )
    post["problem-solving-post_test"] = str(ron.pk)
    lab.client("manager").post(f"{url}elements/problem-solving/", post)
    saved.refresh_from_db()
    assert (saved.score_correct, saved.score_total) == (8, 10)


def test_the_due_list_costs_the_same_queries_for_more_people(comp: Competency) -> None:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from cetrack.accounts.models import User
    from cetrack.competency import services
    from cetrack.orgs.models import Membership

    lab = comp.lab
    url = f"/orgs/{lab.org.pk}/competency/sites/{lab.tampa.pk}/"
    client = lab.client("manager")

    def add(count: int, start: int) -> None:
        for n in range(start, start + count):
            user = User.objects.create_user(f"p{n}@lab.example", None, name=f"Person {n}")
            member = Membership.objects.create(user=user, organisation=lab.org, site=lab.tampa)
            services.assign(lab.users["manager"], comp.glucose, member, comp.began)

    def queries() -> int:
        _text(client.get(url))
        with CaptureQueriesContext(connection) as captured:
            _text(client.get(url))
        return len(captured)

    add(10, 0)
    few = queries()
    add(40, 10)
    assert queries() == few
