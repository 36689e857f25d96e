"""When an account's deletion is carried out, what the person has in a laboratory: their plan and
pathways profile go; funding requests that never moved money go with their files, paid ones
stay for the employer's payroll and tax records without the person's own words; their seats
end; in-service attendance stays, post-test answers go; competency records stay (the lab's
personnel records)."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from django.utils import timezone

from cetrack.accounts import deletion
from cetrack.accounts.models import User
from cetrack.competency.models import Assignment
from cetrack.funding import services as funding
from cetrack.funding.models import FundingRequest, RequestFile, Seat, Subscription
from cetrack.inservice.models import Attempt, Attendance
from cetrack.planning.models import CareerProfile, PlannedItem
from cetrack.records.models import Blob
from tests.competency.conftest import Competency, comp, lab
from tests.funding.conftest import approve, ask, pay
from tests.inservice.conftest import make_session
from tests.web.conftest import pdf_bytes

__all__ = ["comp", "lab"]


def _attach(comp: Competency, row: FundingRequest, text: str) -> RequestFile:
    outcome = funding.attach(comp.membership("member"), row, "receipt", "r.pdf", pdf_bytes(text))
    assert outcome.ok, outcome.problems
    saved: RequestFile = outcome.saved
    return saved


def test_the_labs_records_stay_without_the_persons_words_and_the_rest_goes(
    comp: Competency,
) -> None:
    lab, tess = comp.lab, comp.lab.users["member"]
    paid = approve(lab, ask(lab, title="Paid course", justification="My own reasons"))
    assert pay(lab, paid, "400", date(2026, 3, 1)).ok
    receipt = _attach(comp, paid, "Paid receipt")
    waiting = ask(lab, title="Still waiting", description="Mine", justification="More reasons")
    quote = _attach(comp, waiting, "A quote for the waiting one")
    approved = approve(lab, ask(lab, title="Approved, never paid"))
    platform = Subscription.objects.create(
        organisation=lab.org, provider="LabCE", seats=5, renews_on=date(2027, 1, 1)
    )
    seat = Seat.objects.create(
        subscription=platform, membership=comp.membership("member"), assigned_on=date(2026, 1, 5)
    )
    session = make_session(lab)
    Attendance.objects.create(session=session, user=tess, method="roster")
    Attempt.objects.create(session=session, user=tess, answers={}, correct=1, total=2, passed=False)
    PlannedItem.objects.create(owner=tess, item_id="labce-1", title="Urinalysis", price=Decimal(9))
    CareerProfile.objects.create(owner=tess, target="MLS", data={"years": 3})

    assert deletion.request_deletion(tess) == []
    User.objects.filter(pk=tess.pk).update(delete_after=timezone.now() - timedelta(minutes=1))
    assert deletion.purge_due() == 1

    kept = FundingRequest.objects.get(pk=paid.pk)
    assert (kept.title, kept.paid_amount, kept.tax_treatment) == (
        "Paid course",
        Decimal("400.00"),
        "section-127",
    )
    assert kept.justification == "(removed with the member's account)" and kept.description == ""
    assert RequestFile.objects.filter(pk=receipt.pk).exists()  # the receipt behind the payment
    assert not FundingRequest.objects.filter(pk__in=[waiting.pk, approved.pk]).exists()
    assert not Blob.objects.filter(pk=quote.blob_id).exists()
    assert Seat.objects.get(pk=seat.pk).ended_on == timezone.localdate()
    assert Attendance.objects.filter(session=session, user=tess).exists()
    assert not Attempt.objects.filter(user=tess).exists()
    assert not PlannedItem.objects.filter(owner=tess).exists()
    assert not CareerProfile.objects.filter(owner=tess).exists()
    assert Assignment.objects.filter(membership__user=tess).count() == 2  # the lab's records
