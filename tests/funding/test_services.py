"""A funding request's life through cetrack.funding.services: asked for, checked against its
budgets (an overrun needs a reason and says by how much), approved or denied, paid with its tax
treatment (the §127 limit per person and calendar year), files, outcome, cancelled — and
sponsorships, budgets and the digest's pending list."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from django.utils import timezone

from cetrack.funding import services
from cetrack.funding.budgets import (
    budget_rows,
    lines_for,
    people_in_year,
    section_127_for,
    set_budget,
)
from cetrack.funding.digest import pending_requests
from cetrack.funding.history import history_of
from cetrack.funding.models import FundingRequest
from tests.funding.conftest import approve, ask, pay
from tests.web.conftest import make_activity, pdf_bytes

D = Decimal
PAID_ON = date(2026, 3, 2)


def budgets(lab: Any, organisation: str = "10000", department: str = "", member: str = "") -> None:
    actor, org = lab.users["admin"], lab.org
    if organisation:
        assert set_budget(actor, org, 2026, "organisation", D(organisation)).ok
    if department:
        assert set_budget(actor, org, 2026, "department", D(department), lab.hematology).ok
    if member:
        assert set_budget(actor, org, 2026, "member", D(member)).ok


# -- asking --------------------------------------------------------------------------------------


def test_a_catalogue_item_fills_the_blanks_of_a_request(lab: Any) -> None:
    row = ask(lab, title="", cost=None, kind="", catalogue_item="fl-04", budget_year=None)
    assert row.title.startswith("Florida HIV Safety, Medical Errors & Laws and Rule")
    assert row.catalogue_item == "fl-04"
    assert (row.provider, row.cost, row.kind) == ("LabCE (MediaLab)", D("40"), "course")
    assert row.status == "requested" and row.budget_year == timezone.localdate().year
    assert row.membership == lab.memberships["member"]


def test_a_request_says_what_is_missing_or_wrong(lab: Any) -> None:
    member = lab.memberships["member"]
    outcome = services.create_request(
        member.user,
        member,
        {
            "kind": "holiday",
            "cost": "-5",
            "starts_on": date(2026, 5, 2),
            "ends_on": date(2026, 5, 1),
            "catalogue_item": "no-such-item",
        },
    )
    assert dict(outcome.problems) == {
        "catalogue_item": "that item is not in the catalogue",
        "kind": "choose tuition, a CE course or package, or an event",
        "title": "say what the request is for (the course, term or event)",
        "justification": "say why the laboratory should pay for it",
        "ends_on": "the end is before the start",
        "cost": "the cost must be more than $0",
    }
    assert not FundingRequest.objects.exists()
    for cost, message in (
        ("12.345", "to the cent"),
        ("2000000", "at most $1,000,000"),
        ("x", "in dollars"),
    ):
        found = services.create_request(member.user, member, {"cost": cost})
        assert message in dict(found.problems)["cost"]


# -- budgets and overrides -------------------------------------------------------------------


def test_an_approval_within_every_budget_goes_through(lab: Any) -> None:
    budgets(lab, organisation="10000", department="2000", member="2500")
    row = approve(lab, ask(lab, cost=D("1200")), tax_treatment="section-127")
    assert (row.status, row.approved_amount, row.overrun) == ("approved", D("1200"), "")
    lines = {line.key: line.committed for line in lines_for(lab.memberships["member"], 2026)}
    assert set(lines.values()) == {D("1200")}


def test_an_approval_over_a_budget_says_by_how_much_and_needs_a_reason(lab: Any) -> None:
    budgets(lab, organisation="10000", department="2000", member="")
    approve(lab, ask(lab, cost=D("1650")))
    second = ask(lab, cost=D("700"), title="Coagulation course")
    refused = services.approve(lab.memberships["manager"], second, services.Approval())
    assert not refused.ok
    [(key, message)] = refused.problems
    assert key == "override_reason"
    assert message == (
        "Approving $700 exceeds Hematology's 2026 budget ($2,000; $1,650 already committed) by "
        "$350. To approve anyway, give the reason for the override."
    )
    second.refresh_from_db()
    assert second.status == "requested"
    # Approving less fits.
    partial = services.approve(
        lab.memberships["manager"], second, services.Approval(amount=D("350"))
    )
    assert partial.ok and partial.saved.overrun == ""


def test_an_explicit_override_is_recorded_with_the_overrun(lab: Any) -> None:
    budgets(lab, organisation="", member="500")
    row = ask(lab, cost=D("800"))
    approval = services.Approval(override_reason="Required for the new blood bank lead role")
    outcome = services.approve(lab.memberships["admin"], row, approval)
    assert outcome.ok
    row.refresh_from_db()
    assert row.overrun == (
        "exceeds Tess Tech's 2026 allowance ($500; $0 already committed) by $300"
    )
    assert row.override_reason == "Required for the new blood bank lead role"
    [entry] = [e for e in history_of(lab.org.pk, row.pk) if "Approved" in e.summary]
    assert "over budget" in entry.summary and "Required for the new" in entry.summary


def test_each_members_allowance_is_their_own_and_a_personal_budget_replaces_it(lab: Any) -> None:
    budgets(lab, organisation="", member="1000")
    approve(lab, ask(lab, cost=D("900")))
    ron = ask(lab, "member2", cost=D("900"))  # Ron's allowance is untouched by Tess's request
    assert approve(lab, ron).status == "approved"
    tess = ask(lab, cost=D("200"))
    assert services.approve(lab.memberships["manager"], tess, services.Approval()).problems
    assert set_budget(
        lab.users["admin"], lab.org, 2026, "member", D("1500"), membership=lab.memberships["member"]
    ).ok
    assert approve(lab, tess).status == "approved"


def test_denied_cancelled_and_pending_requests_take_nothing_from_a_budget(lab: Any) -> None:
    budgets(lab, organisation="1000")
    manager = lab.memberships["manager"]
    denied = ask(lab, cost=D("900"))
    assert services.deny(manager, denied, "Not this year").ok
    cancelled = approve(lab, ask(lab, cost=D("900")))
    assert services.cancel(lab.memberships["member"], cancelled).ok
    ask(lab, cost=D("900"))  # waiting
    [row] = budget_rows(lab.org, 2026)
    assert (row.committed, row.pending, row.left) == (D("0"), D("900"), D("1000"))
    assert approve(lab, ask(lab, "member2", cost=D("1000"))).status == "approved"


def test_nobody_decides_on_their_own_request_and_members_do_not_decide(lab: Any) -> None:
    mine = ask(lab, "manager", cost=D("100"))
    outcome = services.approve(lab.memberships["manager"], mine, services.Approval())
    assert outcome.problems == [(None, "Someone else must decide on your own request.")]
    assert outcome.extra["refused"]
    theirs = ask(lab, cost=D("100"))
    by_member = services.deny(lab.memberships["member2"], theirs, "no")
    assert by_member.problems == [
        (None, "Only a manager or administrator may decide on a request.")
    ]
    assert approve(lab, theirs).status == "approved"
    mine.refresh_from_db()
    assert mine.status == "requested"


def test_a_denial_needs_the_reason_the_member_sees(lab: Any) -> None:
    row = ask(lab)
    manager = lab.memberships["manager"]
    assert services.deny(manager, row, "  ").problems == [
        ("reason", "say why the request is denied (the member sees it)")
    ]
    assert services.deny(manager, row, "Budget spent on the analyser upgrade").ok
    row.refresh_from_db()
    assert (row.status, row.decision_reason, row.decided_by) == (
        "denied",
        "Budget spent on the analyser upgrade",
        lab.users["manager"],
    )
    assert services.approve(manager, row, services.Approval()).problems == [
        (None, "The request is denied: it cannot be approved any more.")
    ]


# -- the payment status ------------------------------------------------------------------------


def test_payment_needs_an_approval_and_stays_within_it(lab: Any) -> None:
    row = ask(lab, cost=D("600"))
    assert pay(lab, row, "600", PAID_ON).problems == [
        (None, "Approve the request before recording a payment.")
    ]
    approve(lab, row, amount=D("500"))
    assert dict(pay(lab, row, "600", PAID_ON).problems) == {"amount": "more than the $500 approved"}
    future = timezone.localdate() + timedelta(days=3)
    assert dict(pay(lab, row, "500", future).problems) == {
        "paid_on": "the payment date is in the future"
    }
    assert dict(pay(lab, row, "500", PAID_ON, treatment="").problems) == {
        "tax_treatment": "choose §127, working-condition or taxable"
    }
    outcome = pay(lab, row, "480", PAID_ON, treatment="working-condition")
    assert outcome.ok
    row.refresh_from_db()
    assert (row.status, row.paid_amount, row.section_127_amount) == ("paid", D("480"), D("0"))
    assert pay(lab, row, "480", PAID_ON).problems == [(None, "The request is already paid.")]
    assert services.cancel(lab.memberships["member"], row).problems == [
        (None, "The request is paid: it cannot be cancelled any more.")
    ]


def test_a_reimbursement_needs_the_receipt(lab: Any) -> None:
    row = approve(lab, ask(lab, cost=D("300")))
    reimburse = services.Payment("reimbursed", D("300"), PAID_ON, "section-127")
    manager = lab.memberships["manager"]
    assert dict(services.record_payment(manager, row, reimburse).problems) == {
        "how": "attach the receipt before recording a reimbursement"
    }
    member = lab.memberships["member"]
    attached = services.attach(member, row, "receipt", "receipt.pdf", pdf_bytes("Receipt"))
    assert attached.ok
    assert services.record_payment(manager, row, reimburse).ok
    row.refresh_from_db()
    assert row.status == "reimbursed" and row.section_127_amount == D("300")
    # Files of a paid request stay with its payment record.
    assert services.remove_file(member, row, attached.saved).problems == [
        (None, "Files of a paid request are kept with its payment record.")
    ]


def test_section_127_payments_past_the_years_limit_need_a_treatment_for_the_excess(
    lab: Any,
) -> None:
    first = approve(lab, ask(lab, cost=D("4000"), kind="tuition"))
    assert pay(lab, first, "4000", date(2026, 2, 1)).ok
    second = approve(lab, ask(lab, cost=D("2000"), kind="tuition"))
    refused = pay(lab, second, "2000", date(2026, 6, 1))
    assert dict(refused.problems) == {
        "excess_treatment": "This payment takes Tess Tech's §127 total for 2026 to $6,000, $750 "
        "over the $5,250 limit. Record the $750 as a working-condition benefit (job-related "
        "education) or as taxable wages."
    }
    assert pay(lab, second, "2000", date(2026, 6, 1), excess_treatment="taxable").ok
    second.refresh_from_db()
    assert (second.section_127_amount, second.excess_amount, second.excess_treatment) == (
        D("1250"),
        D("750"),
        "taxable",
    )
    total = section_127_for(lab.org.pk, lab.users["member"].pk, 2026)
    assert (total.used, total.left, total.text) == (D("5250"), D("0"), "$5,250 of $5,250 in 2026")
    # Each calendar year has its own total (by the day paid); each person has their own.
    earlier = approve(lab, ask(lab, cost=D("3000"), budget_year=2025))
    assert pay(lab, earlier, "3000", date(2025, 12, 20)).ok
    assert section_127_for(lab.org.pk, lab.users["member"].pk, 2025).used == D("3000")
    assert section_127_for(lab.org.pk, lab.users["member"].pk, 2026).used == D("5250")
    ron = approve(lab, ask(lab, "member2", cost=D("3000")))
    assert pay(lab, ron, "3000", date(2026, 6, 1)).ok
    assert section_127_for(lab.org.pk, lab.users["member2"].pk, 2026).used == D("3000")


def test_the_year_totals_list_each_person_with_their_section_127_total(lab: Any) -> None:
    budgets(lab, organisation="10000", member="2500")
    row = approve(lab, ask(lab, cost=D("1200")))
    assert pay(lab, row, "1200", date(2026, 4, 1)).ok
    ask(lab, cost=D("300"), title="Pending")
    ask(lab, "member2", cost=D("50"))
    people = {p.name: p for p in people_in_year(lab.org, 2026)}
    assert set(people) == {"Ron Runner", "Tess Tech"}
    tess = people["Tess Tech"]
    assert (tess.requests, tess.pending, tess.committed, tess.allowance) == (
        2,
        D("300"),
        D("1200"),
        D("2500"),
    )
    assert tess.section_127.used == D("1200") and tess.department == "Hematology"


# -- cancelling, files, outcome ------------------------------------------------------------------


def test_the_requester_cancels_freely_a_manager_with_a_reason(lab: Any) -> None:
    mine = ask(lab)
    assert services.cancel(lab.memberships["member"], mine).ok
    other = ask(lab)
    manager = lab.memberships["manager"]
    assert services.cancel(manager, other).problems == [
        ("reason", "say why you cancel someone else's request (they see it)")
    ]
    assert services.cancel(manager, other, "Course withdrawn by the provider").ok
    assert services.cancel(lab.memberships["member2"], ask(lab)).problems == [
        (None, "Only the requester or a manager may cancel a request.")
    ]


def test_files_are_checked_by_content(lab: Any) -> None:
    row = ask(lab)
    member = lab.memberships["member"]
    html = b"<html><script>alert(1)</script>"
    assert services.attach(member, row, "receipt", "receipt.pdf", html).problems == [
        (
            "file",
            "'receipt.pdf' is not a PDF, PNG or JPEG file (judged by its content, not its name)",
        )
    ]
    assert services.attach(member, row, "bank-details", "r.pdf", pdf_bytes()).problems == [
        ("kind", "choose receipt, grade report, certificate or other")
    ]
    saved = services.attach(member, row, "grade", "../../grades.pdf", pdf_bytes("Grade: A"))
    assert saved.ok and saved.saved.original_name == "grades.pdf"


def test_the_requester_links_the_activity_and_grade_it_led_to(lab: Any) -> None:
    row = approve(lab, ask(lab, kind="tuition"))
    activity = make_activity(lab.users["member"], id="abid", title="Antibody identification")
    member = lab.memberships["member"]
    assert services.record_outcome(member, row, activity, " B+ ").ok
    row.refresh_from_db()
    assert (row.activity, row.grade) == (activity, "B+")
    assert services.record_outcome(lab.memberships["manager"], row, None, "A").problems == [
        (None, "Only the requester links what came of a request.")
    ]
    assert any("Antibody identification" in e.summary for e in history_of(lab.org.pk, row.pk))


# -- sponsorship ---------------------------------------------------------------------------------


def test_a_sponsorship_is_approved_at_once_with_attendance_expected(lab: Any) -> None:
    budgets(lab, organisation="300")
    data = {"title": "ASCLS Annual Meeting", "cost": D("450"), "starts_on": date(2026, 7, 20)}
    manager, tess = lab.memberships["manager"], lab.memberships["member"]
    over = services.sponsor(manager, tess, data, services.Approval())
    assert [k for k, _ in over.problems] == ["override_reason"]
    assert not FundingRequest.objects.exists()  # nothing kept from a refused sponsorship
    outcome = services.sponsor(manager, tess, data, services.Approval(override_reason="Speaker"))
    assert outcome.ok
    row = outcome.saved
    assert (row.kind, row.status, row.attendance_expected, row.created_by) == (
        "event",
        "approved",
        True,
        lab.users["manager"],
    )
    assert services.sponsor(manager, manager, data, services.Approval()).problems == [
        ("member", "Someone else must sponsor you.")
    ]


# -- the digest --------------------------------------------------------------------------------


def test_the_weekly_digest_lists_requests_waiting_for_a_decision(lab: Any) -> None:
    today = timezone.localdate()
    assert list(pending_requests(lab.org.pk, today)) == []
    ask(lab, kind="tuition", title="Blood bank term", cost=D("1200.50"))
    approve(lab, ask(lab, "member2"))
    assert list(pending_requests(lab.org.pk, today)) == [
        {
            "member": "Tess Tech",
            "what": "Tuition: Blood bank term",
            "amount": "$1,200.50",
            "since": today.isoformat(),
        }
    ]
    assert list(pending_requests(lab.org.pk, today - timedelta(days=1))) == []
    assert list(pending_requests(lab.other.pk, today)) == []
