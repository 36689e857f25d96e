"""Issued activities in a person's records: locked facts, hide instead of delete, the issuer's
corrections with history, and issued certificates only the issuer replaces."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from cetrack.records import services
from cetrack.records.models import Revision
from tests.inservice.conftest import login
from tests.web.conftest import make_credential, pdf_bytes

ENTRY = {
    "title": "Antibody identification in-service",
    "provider": "Riverside Hospital Laboratory",
    "completed_on": date(2026, 3, 10),
    "hours": 2,
    "kind": "in-service",
    "topics": ["blood-banking"],
    "accreditation": "employer",
    "participant_name": "Alice Tech",
    "evidence": "certificate",
}


@pytest.fixture
def issued(alice: Any) -> Any:
    make_credential(alice, id="mls")
    outcome = services.issue_activity(
        alice,
        ENTRY,
        issuer="Riverside Hospital Laboratory",
        verify_url="/verify/abc",
        certificate=services.IssuedFile("certificate.pdf", pdf_bytes()),
    )
    assert outcome.ok, outcome.problems
    return outcome.saved


def counted_ids(user: Any) -> set[str]:
    evaluation = services.evaluate_for(user, as_of=date(2026, 6, 1))
    return {c.activity for r in evaluation.credentials for c in r.counted}


def test_an_issued_activity_counts_and_carries_its_issuer(alice: Any, issued: Any) -> None:
    assert issued.is_issued and issued.issued_by == "Riverside Hospital Laboratory"
    assert counted_ids(alice) == {issued.ledger_id}
    certificate = issued.certificates.get()
    assert certificate.issued and certificate.original_name == "certificate.pdf"
    assert Revision.objects.filter(object_id=issued.pk, action="issued").exists()


def test_the_owner_cannot_change_issued_facts(alice: Any, issued: Any) -> None:
    outcome = services.save_activity(alice, {**ENTRY, "hours": 5, "title": "Other"}, issued)
    assert not outcome.ok
    keys = {key for key, _ in outcome.problems}
    assert keys == {"amount", "title"}
    assert all("issued by Riverside Hospital Laboratory" in m for _, m in outcome.problems)
    issued.refresh_from_db()
    assert issued.amount_value == 2 and issued.title == ENTRY["title"]


def test_the_owner_may_edit_notes_and_the_id(alice: Any, issued: Any) -> None:
    outcome = services.save_activity(
        alice, {**ENTRY, "notes": "Asked about panel cells", "id": "abid"}, issued
    )
    assert outcome.ok, outcome.problems
    issued.refresh_from_db()
    assert (issued.notes, issued.ledger_id, issued.is_issued) == (
        "Asked about panel cells",
        "abid",
        True,
    )


def test_delete_is_refused_hide_and_show_are_reversible(alice: Any, issued: Any) -> None:
    refused = services.delete_activity(alice, issued)
    assert not refused.ok and "hide it instead" in refused.problems[0][1]
    issued.refresh_from_db()
    assert issued.deleted_at is None
    services.hide_activity(alice, issued)
    assert counted_ids(alice) == set()
    services.hide_activity(alice, issued, hidden=False)
    assert counted_ids(alice) == {issued.ledger_id}
    actions = list(
        Revision.objects.filter(object_id=issued.pk, object_type="activity")
        .order_by("id")
        .values_list("action", flat=True)
    )
    assert actions == ["issued", "hidden", "shown"]


def test_the_issued_certificate_cannot_be_removed(alice: Any, issued: Any) -> None:
    outcome = services.detach_certificate(alice, issued.certificates.get())
    assert not outcome.ok
    assert issued.certificates.filter(deleted_at__isnull=True).count() == 1


def test_a_correction_replaces_the_facts_and_the_certificate_with_history(
    alice: Any, issued: Any
) -> None:
    services.save_activity(alice, {**ENTRY, "notes": "mine"}, issued)
    issued.refresh_from_db()
    outcome = services.issue_activity(
        alice,
        {**ENTRY, "hours": 1.5},
        issuer="Riverside Hospital Laboratory",
        certificate=services.IssuedFile("certificate-v2.pdf", pdf_bytes("v2")),
        activity=issued,
    )
    assert outcome.ok, outcome.problems
    issued.refresh_from_db()
    assert issued.amount_value == 1.5 and issued.notes == "mine"
    live = issued.certificates.filter(deleted_at__isnull=True)
    assert [c.original_name for c in live] == ["certificate-v2.pdf"]
    assert Revision.objects.filter(object_id=issued.pk, action="corrected").exists()


def test_replacing_records_from_a_ledger_keeps_issued_activities(alice: Any, issued: Any) -> None:
    from cetrack.core.ledger import Ledger, Person
    from cetrack.records.bridge import core_activity

    ledger = Ledger(
        person=Person(name="Alice Tech"), credentials=(), activities=(core_activity(issued),)
    )
    summary = services.import_ledger(alice, ledger, replace=True)
    assert summary.ok, summary.problems
    assert summary.kept == 1 and summary.activities == 0
    issued.refresh_from_db()
    assert issued.deleted_at is None and issued.is_issued


def test_pages_offer_hide_not_delete_and_refuse_edits(alice: Any, issued: Any) -> None:
    client = login(alice)
    page = client.get(f"/activities/{issued.pk}/").content.decode()
    assert "Issued by <strong>Riverside Hospital Laboratory</strong>" in page
    assert "Hide this activity" in page and "Delete this activity" not in page
    response = client.post(f"/activities/{issued.pk}/delete/", follow=True)
    assert "cannot be deleted; hide it instead" in response.content.decode()
    client.post(f"/activities/{issued.pk}/hide/")
    issued.refresh_from_db()
    assert issued.hidden_at is not None
    assert (
        "does not count toward any credential"
        in client.get(f"/activities/{issued.pk}/").content.decode()
    )
    client.post(f"/activities/{issued.pk}/hide/", {"show": "1"})
    issued.refresh_from_db()
    assert issued.hidden_at is None


def test_the_api_refuses_issued_edits_with_the_reason(alice: Any, issued: Any) -> None:
    client = login(alice)
    response = client.patch(
        f"/api/activities/{issued.pk}", {"hours": 9}, content_type="application/json"
    )
    assert response.status_code == 422
    detail = response.json()["detail"][0]
    assert detail["loc"] == ["body", "amount"]
    assert "issued by Riverside Hospital Laboratory" in detail["msg"]
    assert client.delete(f"/api/activities/{issued.pk}").status_code == 409
    ok = client.patch(
        f"/api/activities/{issued.pk}", {"notes": "fine"}, content_type="application/json"
    )
    assert ok.status_code == 200
