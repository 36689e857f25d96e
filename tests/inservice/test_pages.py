"""The in-service pages as an educator, a member and an outsider use them."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.utils import timezone

from cetrack.inservice import issue, services
from cetrack.inservice.models import Attendance, Confirmation, Session
from cetrack.records.models import Activity
from tests.inservice.conftest import facts
from tests.web.conftest import make_activity, pdf_bytes


def local(moment: Any) -> str:
    return timezone.localtime(moment).strftime("%Y-%m-%dT%H:%M")


def form(**changes: Any) -> dict[str, Any]:
    start = timezone.now() - timedelta(minutes=5)
    data = {
        "title": "Westgard rules in practice",
        "kind": "in-service",
        "starts_at": local(start),
        "ends_at": local(start + timedelta(minutes=65)),
        "instructional_minutes": "60",
        "topics": ["quality"],
        "accreditation": "employer",
        "instructors": "Dana Whitfield, MLS(ASCP)",
        "level": "basic",
        "location": "Room 2",
    }
    data.update(changes)
    return data


def test_an_educator_creates_a_session_and_a_member_cannot(lab: Any) -> None:
    url = f"/orgs/{lab.org.pk}/inservice/new/"
    assert lab.client("member").get(url).status_code == 403
    response = lab.client("educator").post(url, form())
    session = Session.objects.get()
    assert response.status_code == 302 and response["Location"].endswith(f"/{session.pk}/")
    page = lab.client("educator").get(response["Location"]).content.decode()
    assert "Quality control, quality assurance" not in page  # human names, not descriptions
    assert "Quality" in page and "1 contact hour (60 instructional minutes)" in page
    assert session.checkin_code in page and "Tess Tech" in page  # roster


def test_the_form_shows_each_problem_beside_its_field(lab: Any) -> None:
    response = lab.client("educator").post(
        f"/orgs/{lab.org.pk}/inservice/new/",
        form(accreditation="pace", instructional_minutes="500"),
    )
    page = response.content.decode()
    assert response.status_code == 200
    assert "P.A.C.E. sessions need the provider number" in page
    assert "do not fit in the" in page
    assert not Session.objects.exists()


def test_check_in_page_roster_and_issue(lab: Any, session: Any) -> None:
    tess = lab.client("member")
    response = tess.post("/inservice/checkin/", {"code": session.checkin_code})
    assert response.status_code == 302
    assert "Checked in to" in tess.get(response["Location"]).content.decode()
    wrong = tess.post("/inservice/checkin/", {"code": "ZZZZZZ"})
    assert "no session of your organisations has that code" in wrong.content.decode()
    educator = lab.client("educator")
    base = f"/orgs/{lab.org.pk}/inservice/{session.pk}/"
    ron = lab.users["member2"].pk
    educator.post(base + "roster/", {"member": [ron], "present": [ron], f"minutes-{ron}": "45"})
    assert Attendance.objects.get(user_id=ron).roster_minutes == 45
    done = educator.post(base + "issue/", follow=True).content.decode()
    assert "1 certificate issued" in done and "Ron Runner not credited (45 minutes present" in done
    activities = tess.get("/activities/").content.decode()
    assert "Antibody identification" in activities and "Issued by Bayside Laboratory" in activities
    assert "Issued · " in educator.get(base).content.decode()


def test_the_check_in_screen_shows_the_code_and_a_qr_code(lab: Any, session: Any) -> None:
    page = lab.client("educator").get(f"/orgs/{lab.org.pk}/inservice/{session.pk}/code/")
    body = page.content.decode()
    assert f"{session.checkin_code[:3]} {session.checkin_code[3:]}" in body
    assert "<svg" in body and f"/inservice/checkin/?code={session.checkin_code}" in body
    assert (
        lab.client("member").get(f"/orgs/{lab.org.pk}/inservice/{session.pk}/code/").status_code
        == 403
    )


def test_a_qr_link_prefills_the_code(lab: Any, session: Any) -> None:
    page = lab.client("member").get(f"/inservice/checkin/?code={session.checkin_code}")
    assert f'value="{session.checkin_code}"' in page.content.decode()


def test_a_session_of_another_organisation_is_404(lab: Any, session: Any) -> None:
    response = lab.client("outsider").get(f"/orgs/{lab.other.pk}/inservice/{session.pk}/")
    assert response.status_code == 404


def test_dashboard_notice_after_a_move_can_be_dismissed(lab: Any) -> None:
    start = timezone.now() + timedelta(days=3)
    session = services.create_session(
        lab.memberships["educator"],
        facts(starts_at=start, ends_at=start + timedelta(hours=1)),
        {},
    ).saved
    tess = lab.client("member")
    tess.post(f"/orgs/{lab.org.pk}/inservice/{session.pk}/register/")
    lab.client("educator").post(
        f"/orgs/{lab.org.pk}/inservice/{session.pk}/cancel/", {"reason": "Room flooded"}
    )
    dashboard = tess.get("/").content.decode()
    assert "was cancelled (Room flooded)" in dashboard
    notice = lab.users["member"].inservice_notices.get()
    tess.post(f"/inservice/notices/{notice.pk}/dismiss/", {"next": "/"})
    assert "Room flooded" not in tess.get("/").content.decode()


def test_materials_are_served_to_members_only(lab: Any, session: Any) -> None:
    from django.core.files.uploadedfile import SimpleUploadedFile

    base = f"/orgs/{lab.org.pk}/inservice/{session.pk}/"
    upload = SimpleUploadedFile("slides.pdf", pdf_bytes("slides"), content_type="application/pdf")
    lab.client("educator").post(base + "materials/", {"file": upload})
    material = session.materials.get()
    assert lab.client("member").get(f"{base}materials/{material.pk}/").status_code == 200
    bad = SimpleUploadedFile("x.pdf", b"not a pdf", content_type="application/pdf")
    response = lab.client("educator").post(base + "materials/", {"file": bad}, follow=True)
    assert "is not a PDF, PNG or JPEG file" in response.content.decode()


def test_online_completion_page(lab: Any, session: Any) -> None:
    services.set_questions(lab.memberships["educator"], session, "Q?\n* Yes\nNo", 100)
    base = f"/orgs/{lab.org.pk}/inservice/{session.pk}/test/"
    ron = lab.client("member2")
    assert "Q?" in ron.get(base).content.decode()
    wrong = ron.post(base, {"q0": "1"})
    assert "0 of 1 right" in wrong.content.decode()
    right = ron.post(base, {"q0": "0"}, follow=True)
    assert "Passed (1 of 1)" in right.content.decode()
    assert Activity.objects.filter(owner=lab.users["member2"], issued_at__isnull=False).exists()


def test_involvement_is_confirmed_with_a_signed_letter(lab: Any) -> None:
    tess = lab.users["member"]
    committee = make_activity(
        tess, id="qc", title="Quality committee", kind="committee", topics=["quality"], hours=4
    )
    client = lab.client("member")
    assert "Ask my lab to confirm" in client.get("/inservice/").content.decode()
    client.post(
        f"/inservice/involvement/{committee.pk}/confirm/",
        {"organisation": lab.org.pk, "role": "Chair"},
    )
    request = Confirmation.objects.get()
    assert (
        lab.client("member").get(f"/orgs/{lab.org.pk}/inservice/confirmations/").status_code == 403
    )
    queue = lab.client("manager").get(f"/orgs/{lab.org.pk}/inservice/confirmations/")
    assert "Quality committee" in queue.content.decode()
    lab.client("manager").post(
        f"/orgs/{lab.org.pk}/inservice/confirmations/{request.pk}/", {"decision": "confirm"}
    )
    committee.refresh_from_db()
    assert committee.is_issued and committee.issued_by == "Bayside Laboratory"
    assert committee.evidence == "employer-letter"
    letter = committee.certificates.get(issued=True)
    assert letter.original_name.startswith("confirmation-quality-committee")
    assert "Confirmed by Bayside Laboratory" in client.get("/inservice/").content.decode()


def test_a_declined_request_says_why(lab: Any) -> None:
    tess = lab.users["member"]
    talk = make_activity(tess, id="talk", title="Talk on QC", kind="presentation", hours=1)
    lab.client("member").post(
        f"/inservice/involvement/{talk.pk}/confirm/", {"organisation": lab.org.pk}
    )
    request = Confirmation.objects.get()
    url = f"/orgs/{lab.org.pk}/inservice/confirmations/{request.pk}/"
    empty = lab.client("educator").post(url, {"decision": "decline"}, follow=True)
    assert "say why" in empty.content.decode()
    lab.client("educator").post(url, {"decision": "decline", "reason": "Not our event"})
    assert "Not our event" in lab.client("member").get("/inservice/").content.decode()


def test_issued_certificate_page_links_to_verification(lab: Any, session: Any) -> None:
    services.check_in(lab.users["member"], session.checkin_code)
    issue.issue_session(lab.users["educator"], session)
    activity = Activity.objects.get(owner=lab.users["member"], issued_at__isnull=False)
    page = lab.client("member").get(f"/activities/{activity.pk}/").content.decode()
    assert "Verify this certificate" in page and "Hide this activity" in page
