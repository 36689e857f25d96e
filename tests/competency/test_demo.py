"""The demo laboratory's competency: one person due, one overdue, cleared ones and one not
cleared, through the same services as the pages; loading twice gives the same picture."""

from __future__ import annotations

from typing import Any

import pytest
from django.utils import timezone

from cetrack.competency.models import Assessment, Remediation
from cetrack.competency.presenters import due_list
from cetrack.orgs.models import Site


@pytest.fixture(autouse=True)
def _evidence_dir(settings: Any, tmp_path: Any) -> None:
    settings.EVIDENCE_DIR = tmp_path / "evidence"


@pytest.mark.slow
@pytest.mark.django_db
def test_the_demo_laboratory_shows_every_competency_state() -> None:
    from cetrack.web.demo import load_demo

    load_demo()
    load_demo()
    tampa = Site.objects.get(state="FL", organisation__slug="demo-bayside")
    today = timezone.localdate()
    listing = due_list(tampa.pk, today, 30)
    by_member = {(r.member, r.subject): r for r in listing.rows}
    assert by_member[("Katherine Doe", "CBC on Sysmex XN-1000")].state == "due"
    assert by_member[("Brian Okafor", "Basic metabolic panel on Vitros 5600")].state == "overdue"
    chen = by_member[("Chen Wei", "ABO/Rh typing on ORTHO Vision")]
    assert chen.state == "not-cleared" and chen.blocked_reason.startswith("failed assessment")
    assert listing.counts["cleared"] >= 5  # Alicia, Deepa and the supervisors' duties
    assert not any(r.member in ("Alicia Moreno", "Deepa Raman") for r in listing.rows)
    denver = Site.objects.get(state="CO", organisation__slug="demo-bayside")
    assert due_list(denver.pk, today, 30).counts == {
        "not-cleared": 0,
        "overdue": 0,
        "due": 0,
        "cleared": 3,  # Ines, Hector (first assessment months away), Kofi's duties
    }
    assert Remediation.objects.filter(closed_by__isnull=True).count() == 1
    assert Assessment.objects.filter(acknowledged_at__isnull=False).count() >= 4
