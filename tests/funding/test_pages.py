"""The funding pages as each persona sees them: a member asks and follows their own requests; a
manager decides (an overrun needs a reason), records payments with their tax treatment, sets
budgets, manages subscriptions and sponsors; every page in human names, no traceback for any
input."""

from __future__ import annotations

import html
import re
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from django.utils import timezone

from cetrack.funding.budgets import set_budget
from cetrack.funding.models import FundingRequest, Seat, Subscription
from cetrack.orgs.models import AccessLog
from tests.funding.conftest import approve, ask
from tests.web.conftest import pdf_bytes

D = Decimal


def url(lab: Any, tail: str = "") -> str:
    return f"/orgs/{lab.org.pk}/funding/{tail}"


def text(response: Any) -> str:
    return html.unescape(re.sub(r"\s+", " ", response.content.decode()))


def test_a_member_asks_for_funding_and_follows_it(lab: Any) -> None:
    client = lab.client("member")
    assert "Tess" not in text(client.get(url(lab)))  # nothing yet (the nav names nobody)
    response = client.post(
        url(lab, "new/"),
        {
            "kind": "tuition",
            "title": "Immunohematology II",
            "provider": "Tampa Community College",
            "cost": "980",
            "justification": "Blood bank cross-training",
            "starts_on": "2026-08-24",
        },
    )
    row = FundingRequest.objects.get()
    assert response.status_code == 302 and response["Location"] == url(lab, f"requests/{row.pk}/")
    page = text(client.get(response["Location"]))
    assert "Immunohematology II" in page and "Requested" in page and "$980" in page
    assert "Decide" not in page  # a member does not decide
    home = text(client.get(url(lab)))
    assert "Immunohematology II" in home and "$0 of $5,250" in home
    # Ron (another member) and the educator cannot reach it; the outsider cannot either.
    for persona in ("member2", "educator", "outsider"):
        assert lab.client(persona).get(url(lab, f"requests/{row.pk}/")).status_code == 404


def test_asking_from_a_catalogue_link_fills_the_facts(lab: Any) -> None:
    client = lab.client("member")
    form = text(client.get(url(lab, "new/") + "?item=fl-04"))
    assert "Florida HIV Safety" in form and "(LabCE (MediaLab), $40)" in form
    response = client.post(
        url(lab, "new/") + "?item=fl-04",
        {"catalogue_item": "fl-04", "justification": "Florida renewal"},
    )
    assert response.status_code == 302
    row = FundingRequest.objects.get()
    assert (row.provider, row.cost, row.catalogue_item) == ("LabCE (MediaLab)", D("40"), "fl-04")
    assert "fl-04" not in text(client.get(response["Location"]))  # ids stay in files and the API


def test_bad_input_is_shown_beside_the_field_never_a_traceback(lab: Any) -> None:
    client = lab.client("member")
    for data in (
        {"cost": "abc", "justification": "x"},
        {"cost": "1e9", "justification": "x", "title": "t", "kind": "course"},
        {"starts_on": "2026-13-45", "justification": "x"},
        {"budget_year": "99999", "justification": "x"},
        {"title": "t", "justification": "x", "kind": "course", "cost": "5", "catalogue_item": "zz"},
        {"title": "\x00", "justification": "\x00", "kind": "course", "cost": "5"},
    ):
        response = client.post(url(lab, "new/"), data)
        assert response.status_code == 400, data
    assert not FundingRequest.objects.exists()
    assert lab.client("manager").get(url(lab, "budgets/") + "?year=abc").status_code == 200
    assert lab.client("manager").get(url(lab, "queue/") + "?year=1e99&page=x").status_code == 200


def test_a_manager_approves_over_budget_only_with_a_reason(lab: Any) -> None:
    assert set_budget(lab.users["admin"], lab.org, 2026, "department", D("500"), lab.hematology).ok
    row = ask(lab, cost=D("800"))
    manager = lab.client("manager")
    page = text(manager.get(url(lab, f"requests/{row.pk}/")))
    assert "Hematology's 2026 budget" in page and "$300 over" in page
    refused = manager.post(url(lab, f"requests/{row.pk}/decide/"), {"decision": "approve"})
    assert refused.status_code == 400
    assert "by $300. To approve anyway, give the reason for the override." in text(refused)
    done = manager.post(
        url(lab, f"requests/{row.pk}/decide/"),
        {
            "decision": "approve",
            "override_reason": "Required for the transfusion service",
            "repayment_terms": "Repay if you leave within 12 months",
        },
    )
    assert done.status_code == 302
    page = text(lab.client("member").get(url(lab, f"requests/{row.pk}/")))
    assert "Approved although it exceeds Hematology's 2026 budget" in page
    assert "Repay if you leave within 12 months" in page
    assert "Approved $800 for Tess Tech's" in page  # the history


def test_a_manager_denies_with_a_reason_the_member_reads(lab: Any) -> None:
    row = ask(lab)
    manager = lab.client("manager")
    assert (
        manager.post(url(lab, f"requests/{row.pk}/decide/"), {"decision": "deny"}).status_code
        == 400
    )
    manager.post(
        url(lab, f"requests/{row.pk}/decide/"),
        {"decision": "deny", "reason": "The course is not P.A.C.E.-approved"},
    )
    page = text(lab.client("member").get(url(lab, f"requests/{row.pk}/")))
    assert "Denied" in page and "The course is not P.A.C.E.-approved" in page


def test_the_payment_form_splits_at_the_section_127_limit(lab: Any) -> None:
    earlier = approve(lab, ask(lab, cost=D("5000"), kind="tuition"))
    manager = lab.client("manager")
    day = timezone.localdate()
    data = {
        "how": "paid",
        "amount": "5000",
        "paid_on": day.isoformat(),
        "tax_treatment": "section-127",
    }
    assert manager.post(url(lab, f"requests/{earlier.pk}/payment/"), data).status_code == 302
    row = approve(lab, ask(lab, cost=D("600"), kind="tuition"))
    data["amount"] = "600"
    refused = manager.post(url(lab, f"requests/{row.pk}/payment/"), data)
    assert refused.status_code == 400
    assert f"total for {day.year} to $5,600, $350 over the $5,250 limit" in text(refused)
    data["excess_treatment"] = "working-condition"
    assert manager.post(url(lab, f"requests/{row.pk}/payment/"), data).status_code == 302
    page = text(lab.client("member").get(url(lab, f"requests/{row.pk}/")))
    assert "$250 under §127, $350 above the limit as working-condition benefit" in page
    assert f"$5,250 of $5,250 in {day.year}" in page


def test_receipts_are_uploaded_and_a_managers_read_is_logged(lab: Any) -> None:
    row = ask(lab)
    member = lab.client("member")
    bad = member.post(
        url(lab, f"requests/{row.pk}/files/"),
        {"kind": "receipt", "file": _upload("receipt.pdf", b"not a pdf")},
    )
    assert bad.status_code == 400 and "is not a PDF, PNG or JPEG file" in text(bad)
    good = member.post(
        url(lab, f"requests/{row.pk}/files/"),
        {"kind": "receipt", "file": _upload("receipt.pdf", pdf_bytes("Receipt"))},
    )
    assert good.status_code == 302
    item = row.files.get()
    assert member.get(url(lab, f"requests/{row.pk}/files/{item.pk}/")).status_code == 200
    assert not AccessLog.objects.exists()  # one's own file
    got = lab.client("manager").get(url(lab, f"requests/{row.pk}/files/{item.pk}/"))
    assert got.status_code == 200 and got.content.startswith(b"%PDF")
    [log] = AccessLog.objects.all()
    assert (log.member, log.viewer) == (lab.users["member"], lab.users["manager"])
    assert log.what == "Receipt of the funding request “Antibody identification workshop”"
    assert (
        lab.client("member2").get(url(lab, f"requests/{row.pk}/files/{item.pk}/")).status_code
        == 404
    )


def _upload(name: str, content: bytes) -> Any:
    from django.core.files.uploadedfile import SimpleUploadedFile

    return SimpleUploadedFile(name, content)


def test_budgets_page_sets_budgets_and_shows_each_persons_year(lab: Any) -> None:
    manager = lab.client("manager")
    response = manager.post(
        url(lab, "budgets/"),
        {
            "year": "2026",
            "scope": "department",
            "department": str(lab.hematology.pk),
            "amount": "3000",
        },
    )
    assert response.status_code == 302
    manager.post(url(lab, "budgets/"), {"year": "2026", "scope": "member", "amount": "2500"})
    row = approve(lab, ask(lab, cost=D("1200")))
    ask(lab, "member2", cost=D("90"))
    page = text(manager.get(url(lab, "budgets/") + "?year=2026"))
    assert "Hematology" in page and "$3,000" in page and "$1,800" in page  # left
    assert "Each member's allowance" in page and "Ron Runner" in page and "Tess Tech" in page
    assert "up to <strong>$5,250</strong>" in page
    assert row.pk  # committed shown against Hematology
    assert lab.client("member").get(url(lab, "budgets/")).status_code == 403


def test_the_queue_lists_waiting_requests_by_name(lab: Any) -> None:
    ask(lab, title="Flow cytometry course")
    approve(lab, ask(lab, "member2", title="Molecular basics"))
    page = text(lab.client("admin").get(url(lab, "queue/")))
    waiting = page.split("Waiting for a decision")[1].split("Approved, to be paid")[0]
    assert "Tess Tech" in waiting and "Flow cytometry course" in waiting
    assert "Molecular basics" not in waiting
    assert "Molecular basics" in page.split("Approved, to be paid")[1]


def test_a_manager_sponsors_a_member_for_a_conference(lab: Any) -> None:
    manager = lab.client("manager")
    start = timezone.localdate() + timedelta(days=30)
    response = manager.post(
        url(lab, "sponsor/"),
        {
            "member": str(lab.memberships["member"].pk),
            "title": "ASCLS Annual Meeting",
            "starts_on": start.isoformat(),
            "cost": "650",
            "tax_treatment": "working-condition",
        },
    )
    assert response.status_code == 302
    row = FundingRequest.objects.get()
    assert (row.status, row.attendance_expected) == ("approved", True)
    page = text(lab.client("member").get(url(lab, f"requests/{row.pk}/")))
    assert f"Attendance expected on {start:%-d %b %Y}" in page
    assert "ASCLS Annual Meeting" in text(manager.get(url(lab, "queue/")))


def test_subscriptions_seats_and_items(lab: Any) -> None:
    manager = lab.client("manager")
    renews = (timezone.localdate() + timedelta(days=100)).isoformat()
    response = manager.post(
        url(lab, "subscriptions/"),
        {"provider": "LabCE (MediaLab)", "seats": "1", "renews_on": renews, "cost": "95"},
    )
    subscription = Subscription.objects.get()
    assert response["Location"] == url(lab, f"subscriptions/{subscription.pk}/")
    page = text(manager.get(response["Location"]))
    assert "Florida HIV Safety, Medical Errors" in page  # the provider's items to choose from
    items = manager.post(url(lab, f"subscriptions/{subscription.pk}/items/"), {"items": ["fl-04"]})
    assert items.status_code == 302
    page = text(manager.get(response["Location"]))
    assert "Laws and Rules of the Florida Board" in page  # brought by the package
    seat = manager.post(
        url(lab, f"subscriptions/{subscription.pk}/seats/"),
        {"member": str(lab.memberships["member"].pk)},
    )
    assert seat.status_code == 302
    full = manager.post(
        url(lab, f"subscriptions/{subscription.pk}/seats/"),
        {"member": str(lab.memberships["member2"].pk)},
    )
    assert full.status_code == 400 and "All 1 seats are taken" in text(full)
    home = text(lab.client("member").get(url(lab)))
    assert "LabCE (MediaLab)" in home and "4 catalogue items cost you nothing" in home
    held = Seat.objects.get()
    manager.post(url(lab, f"subscriptions/{subscription.pk}/seats/{held.pk}/end/"))
    assert "No subscription seat" in text(lab.client("member").get(url(lab)))
    assert lab.client("member").get(url(lab, "subscriptions/")).status_code == 403


def test_pages_name_people_and_items_never_ids(lab: Any) -> None:
    row = approve(lab, ask(lab, catalogue_item="fl-04", title="", cost=None))
    for persona, path in (
        ("member", url(lab)),
        ("member", url(lab, f"requests/{row.pk}/")),
        ("manager", url(lab, "queue/")),
        ("manager", url(lab, "budgets/") + f"?year={date.today().year}"),
    ):
        page = text(lab.client(persona).get(path))
        visible = re.sub(r"<[^>]+>", " ", page)
        assert "fl-04" not in visible and "membership" not in visible.lower(), path
