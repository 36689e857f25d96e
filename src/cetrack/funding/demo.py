"""The demo laboratory's CE funding (`cetrack serve --demo`), recorded through the same services
as the pages: the year's budgets (the laboratory, Hematology, each member's allowance); the demo
technician's tuition funded — approved, paid as §127 educational assistance with a receipt and
repayment terms; Brian's conference registration and Chen's tuition (over his allowance)
waiting for a decision; Elena's request denied with the reason; Alicia sponsored for a
symposium; and a LabCE (MediaLab) subscription whose seat makes the comprehensive package the
demo technician's renewal plan buys cost them nothing.

Dates count from today, so the demo looks the same whenever it is loaded. The laboratory is
rebuilt by cetrack.orgs.demo first (its organisation is deleted, which removes all of this).
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from django.db import transaction
from django.utils import timezone

from cetrack.funding import services, subscriptions
from cetrack.funding.budgets import set_budget
from cetrack.funding.models import FundingRequest, Subscription
from cetrack.orgs.models import Department, Membership, Organisation

MANAGER_EMAIL = "manager@cetrack.example"
SUBSCRIPTION_ITEMS = ["pkg-01", "fl-04"]  # LabCE's comprehensive package; the Florida bundle


@dataclass(frozen=True)
class DemoFunding:
    requests: int
    funded: FundingRequest
    subscription: Subscription


def _member(org: Organisation, email: str) -> Membership:
    return Membership.objects.select_related("user", "department").get(
        organisation=org, user__email=email, left_at__isnull=True
    )


def receipt_pdf(lines: list[str]) -> bytes:
    """A one-page receipt, drawn directly (a few milliseconds)."""
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=letter)
    page.setFont("Helvetica-Bold", 16)
    page.drawString(72, 720, "Receipt")
    page.setFont("Helvetica", 11)
    for number, line in enumerate(lines):
        page.drawString(72, 690 - 16 * number, line)
    page.showPage()
    page.save()
    return out.getvalue()


def _ok(outcome: Any, what: str) -> Any:
    if not outcome.ok:
        raise RuntimeError(f"demo funding, {what}: {outcome.problems}")
    return outcome.saved


def _ask(member: Membership, **data: Any) -> FundingRequest:
    row: FundingRequest = _ok(services.create_request(member.user, member, data), data["title"])
    return row


def _budgets(org: Organisation, manager: Membership, year: int) -> None:
    actor = manager.user
    _ok(set_budget(actor, org, year, "organisation", Decimal("20000")), "budget")
    _ok(set_budget(actor, org, year, "member", Decimal("2500")), "allowance")
    hematology = Department.objects.filter(organisation=org, name="Hematology").first()
    if hematology is not None:
        _ok(set_budget(actor, org, year, "department", Decimal("4000"), hematology), "budget")


def _funded(org: Organisation, manager: Membership, technician: Membership, today: date) -> Any:
    """The demo technician's tuition: approved, paid as §127 assistance, receipt and grade."""
    row = _ask(
        technician,
        kind="tuition",
        title="Molecular Diagnostics Certificate Program: spring term",
        provider="Old Dominion University",
        catalogue_item="cert-01",
        starts_on=today - timedelta(days=120),
        ends_on=today - timedelta(days=20),
        cost=Decimal("1850.00"),
        budget_year=today.year,
        justification="Molecular testing moves to our Tampa lab next year; the programme "
        "prepares me to run and troubleshoot the PCR platform.",
        description="Two online courses (MLS 470, MLS 471), 6 credit hours.",
    )
    terms = (
        "Repay in full if you leave Bayside Regional Laboratory within 12 months of the course "
        "end; payroll deduction authorised."
    )
    approval = services.Approval(
        tax_treatment="section-127", repayment_terms=terms, reason="Approved: grade C or better."
    )
    row = _ok(services.approve(manager, row, approval), "approval")
    receipt = receipt_pdf(
        [
            "Old Dominion University, Office of Finance",
            f"Student: {technician.user.name}",
            "MLS 470 and MLS 471 (6 credit hours): $1,850.00",
            f"Paid {today - timedelta(days=118):%d %B %Y}",
        ]
    )
    _ok(services.attach(technician, row, "receipt", "odu-receipt.pdf", receipt), "receipt")
    _ok(services.record_outcome(technician, row, None, "A-"), "grade")
    paid_on = max(date(today.year, 1, 1), today - timedelta(days=14))
    payment = services.Payment("paid", Decimal("1850.00"), paid_on, "section-127")
    return _ok(services.record_payment(manager, row, payment), "payment")


def _others(org: Organisation, manager: Membership, today: date) -> None:
    brian = _member(org, "brian@cetrack.example")
    _ask(
        brian,
        kind="event",
        title="ADLM Annual Scientific Meeting: registration",
        provider="Association for Diagnostics & Laboratory Medicine",
        starts_on=today + timedelta(days=200),
        ends_on=today + timedelta(days=204),
        cost=Decimal("1095.00"),
        budget_year=today.year,
        justification="Sessions on the new cardiac markers we validate this spring; I will "
        "present what I learn at the chemistry in-service.",
    )
    chen = _member(org, "chen@cetrack.example")
    _ask(
        chen,
        kind="tuition",
        title="Specialist in Blood Banking (SBB) Program: first term",
        provider="OneBlood",
        catalogue_item="cert-03",
        cost=Decimal("3200.00"),
        budget_year=today.year,
        justification="SBB certification for the blood bank lead position.",
    )
    elena = _member(org, "elena@cetrack.example")
    denied = _ask(
        elena,
        kind="course",
        title="Phlebotomy CE Package",
        provider="LabCE (MediaLab)",
        catalogue_item="pkg-04",
        cost=Decimal("45.00"),
        budget_year=today.year,
        justification="Extra hours before my renewal.",
    )
    reason = "Not related to your microbiology work: the LabCE subscription covers your hours."
    _ok(services.deny(manager, denied, reason), "denial")
    alicia = _member(org, "alicia@cetrack.example")
    sponsored = {
        "title": "FSCLS Spring Symposium",
        "provider": "Florida Society for Clinical Laboratory Science",
        "starts_on": today + timedelta(days=45),
        "ends_on": today + timedelta(days=46),
        "cost": Decimal("350.00"),
        "justification": "Present our blood culture contamination project.",
    }
    approval = services.Approval(tax_treatment="working-condition")
    _ok(services.sponsor(manager, alicia, sponsored, approval), "sponsorship")
    # The queue shows how long the two open requests have waited.
    waited = timezone.now() - timedelta(days=3)
    FundingRequest.objects.filter(organisation=org, status="requested").update(created_at=waited)


def _subscription(
    org: Organisation, manager: Membership, technician: Membership, today: date
) -> Subscription:
    from cetrack.planning.catalogue import site_catalogue

    data = {
        "provider": "LabCE (MediaLab)",
        "name": "Institutional CE, 15 seats",
        "seats": 15,
        "renews_on": today + timedelta(days=200),
        "cost": Decimal("1425.00"),
        "items": SUBSCRIPTION_ITEMS,
    }
    catalogue = site_catalogue().catalogue
    saved: Subscription = _ok(
        subscriptions.save_subscription(manager.user, org, data, catalogue), "subscription"
    )
    for email in ("alicia", "brian", "elena"):
        _ok(
            subscriptions.assign_seat(
                manager.user, saved, _member(org, f"{email}@cetrack.example")
            ),
            "seat",
        )
    _ok(subscriptions.assign_seat(manager.user, saved, technician), "seat")
    return saved


def load_demo_funding(org: Organisation, technician: Any) -> DemoFunding:
    """CE funding for the demo laboratory `org` (just rebuilt); `technician` is the demo user."""
    today = timezone.localdate()
    with transaction.atomic():
        manager = _member(org, MANAGER_EMAIL)
        tech = Membership.objects.select_related("user").get(
            organisation=org, user=technician, left_at__isnull=True
        )
        _budgets(org, manager, today.year)
        funded = _funded(org, manager, tech, today)
        _others(org, manager, today)
        subscription = _subscription(org, manager, tech, today)
    return DemoFunding(
        FundingRequest.objects.filter(organisation=org).count(), funded, subscription
    )
