"""What a person reviewing a captured certificate sees: required topics are not ticked on weak
evidence, hours per topic arrive as separate activities, a hand-typed repeat is pointed out."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from django.test import Client

from cetrack.records.models import Activity
from tests.capture.samples import certificate_pdf
from tests.web.conftest import make_activity

from .helpers import confirm, drafts_of, ticked_topics, upload


def test_westgard_rules_does_not_tick_florida_laws_and_rules(
    alice: Any, alice_client: Client
) -> None:
    upload(alice_client, ("westgard.pdf", certificate_pdf(title="Westgard Rules")))
    (draft,) = drafts_of(alice)
    assert ticked_topics(alice_client, draft) == ["quality"]
    assert confirm(alice_client, draft).status_code == 302
    assert Activity.objects.get(owner=alice).topics == ["quality"]


def test_transfusion_reactions_does_not_tick_safety_nor_meet_the_safety_minimum(
    alice: Any, alice_client: Client
) -> None:
    upload(alice_client, ("tr.pdf", certificate_pdf(title="Transfusion reactions")))
    (draft,) = drafts_of(alice)
    assert ticked_topics(alice_client, draft) == ["blood-banking"]
    assert confirm(alice_client, draft).status_code == 302
    assert "Transfusion reactions" in alice_client.get("/activities/").content.decode()
    safety_credit = alice_client.get("/activities/?area=safety").content.decode()
    assert "Transfusion reactions" not in safety_credit


def test_a_weak_required_topic_is_named_beside_the_boxes_unticked(
    alice: Any, alice_client: Client
) -> None:
    upload(alice_client, ("hh.pdf", certificate_pdf(title="Hand Hygiene")))
    (draft,) = drafts_of(alice)
    assert ticked_topics(alice_client, draft) == []
    page = alice_client.get(f"/capture/drafts/{draft.pk}/").content.decode()
    assert "Not ticked: Safety (read as “Hand Hygiene”)" in page
    assert "tick one only if the certificate shows the course covers it" in page


def test_hours_per_topic_are_reviewed_and_added_as_two_activities(
    alice: Any, alice_client: Client
) -> None:
    amount = "1 hour HIV/AIDS and 2 hours Prevention of Medical Errors"
    pdf = certificate_pdf(title="Florida Renewal Bundle", amount=amount)
    upload(alice_client, ("bundle.pdf", pdf))
    first, second = drafts_of(alice)
    assert ticked_topics(alice_client, first) == ["hiv-aids"]
    assert set(ticked_topics(alice_client, second)) == {"medical-errors", "safety"}
    page = alice_client.get(f"/capture/drafts/{first.pk}/").content.decode()
    assert "part 1 of 2: 1 hour HIV/AIDS" in page
    assert confirm(alice_client, first).status_code == 302
    # The first part is not offered as a repeat of the second: different credit, different topic.
    assert confirm(alice_client, second).status_code == 302
    added = {
        a.title: (a.amount_value, a.topics)
        for a in Activity.objects.filter(owner=alice).order_by("pk")
    }
    assert added == {
        "Florida Renewal Bundle — HIV/AIDS": (Decimal("1.00"), ["hiv-aids"]),
        "Florida Renewal Bundle — Prevention of Medical Errors": (
            Decimal("2.00"),
            ["medical-errors", "safety"],
        ),
    }
    for activity in Activity.objects.filter(owner=alice):
        assert activity.certificates.count() == 1  # the one file documents both


def test_a_hand_typed_short_title_is_offered_as_a_repeat(alice: Any, alice_client: Client) -> None:
    make_activity(
        alice, title="Antibody ID", completed_on=date(2025, 3, 2), hours=Decimal("1.5"), topics=[]
    )
    upload(alice_client, ("antibody.pdf", certificate_pdf()))
    (draft,) = drafts_of(alice)
    page = alice_client.get(f"/capture/drafts/{draft.pk}/").content.decode()
    assert "This looks like an activity you already have" in page
    assert "Antibody ID" in page and "title words in common" in page
    clash = confirm(alice_client, draft)
    assert clash.status_code == 409  # not added twice without the person saying so
    assert Activity.objects.filter(owner=alice).count() == 1
