"""The demo laboratory's CE funding (`cetrack serve --demo`): a funded request, requests waiting
for a decision (in the managers' digest), and a subscription the demo technician's plan uses
(issue 12: "the demo laboratory shows ... a funded request and a subscription used by the
planner")."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django.test import Client
from django.utils import timezone

from cetrack.funding.digest import pending_requests
from cetrack.funding.models import FundingRequest, Subscription
from cetrack.orgs.demo import DEMO_SLUG, MANAGER_EMAIL
from cetrack.orgs.models import Organisation
from cetrack.web.demo import DEMO_EMAIL, load_demo


def test_the_demo_has_a_funded_request_and_requests_to_decide(db: Any) -> None:
    account = load_demo()
    org = Organisation.objects.get(slug=DEMO_SLUG)
    funded = FundingRequest.objects.get(organisation=org, membership__user__email=DEMO_EMAIL)
    assert (funded.status, funded.paid_amount, funded.tax_treatment) == (
        "paid",
        Decimal("1850.00"),
        "section-127",
    )
    assert funded.section_127_amount == Decimal("1850.00") and funded.repayment_terms
    assert funded.files.filter(kind="receipt").exists()
    statuses = sorted(
        FundingRequest.objects.filter(organisation=org).values_list("status", flat=True)
    )
    assert statuses == ["approved", "denied", "paid", "requested", "requested"]
    waiting = list(pending_requests(org.pk, timezone.localdate()))
    assert [w["member"] for w in waiting] == ["Brian Okafor", "Chen Wei"]
    subscription = Subscription.objects.get(organisation=org)
    holders = set(subscription.seats_held.values_list("membership__user__email", flat=True))
    assert DEMO_EMAIL in holders

    manager = Client()
    assert manager.login(email=MANAGER_EMAIL, password=account.password)
    page = manager.get(f"/orgs/{org.pk}/funding/requests/{funded.pk}/").content.decode()
    assert "Molecular Diagnostics Certificate Program" in page and "Katherine Doe" in page
    assert "$1,850 of $5,250" in page
    queue = manager.get(f"/orgs/{org.pk}/funding/queue/").content.decode()
    assert "Chen Wei" in queue and "Brian Okafor" in queue

    # The subscription is used by the demo technician's plan: its package costs them nothing.
    technician = Client()
    assert technician.login(email=DEMO_EMAIL, password=account.password)
    plan = technician.get(f"/plan/?as_of={timezone.localdate().isoformat()}").context["plan"]
    entries = {e.id: e for _label, month in plan.months for e in month}
    label = "paid by Bayside Regional Laboratory's LabCE (MediaLab) subscription"
    assert entries["pkg-01"].paid_by == label and plan.cost == "$0"
    home = technician.get(f"/orgs/{org.pk}/funding/").content.decode().replace("&#x27;", "'")
    assert "LabCE (MediaLab)" in home and "$1,850 of $5,250" in home

    load_demo()  # loading again rebuilds the same requests
    assert FundingRequest.objects.filter(organisation__slug=DEMO_SLUG).count() == 5
