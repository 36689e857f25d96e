"""The organisation-test laboratory (tests/web/orgs/conftest.py) with competency set up at its
Tampa site: a high-complexity CBC, a moderate-complexity glucose test and a waived urine
dipstick; the manager is technical supervisor there, the educator a general supervisor without
a written delegation, the administrator the laboratory director; Tess (member) began patient
testing on the CBC and the glucose test 300 days ago."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import pytest
from django.utils import timezone

from cetrack.competency import services
from cetrack.competency.models import Assignment, TestSystem
from tests.web.orgs.conftest import Lab, lab  # lab: the fixture, re-exported

__all__ = ["lab"]


@pytest.fixture(autouse=True)
def _evidence_dir(settings: Any, tmp_path: Any) -> None:
    settings.EVIDENCE_DIR = tmp_path / "evidence"


@dataclass
class Competency:
    lab: Lab
    today: date
    began: date
    cbc: TestSystem
    glucose: TestSystem
    dipstick: TestSystem
    tess_cbc: Assignment
    tess_glucose: Assignment

    def membership(self, persona: str) -> Any:
        return self.lab.memberships[persona]

    def refreshed(self, assignment: Assignment) -> Assignment:
        return Assignment.objects.select_related("test_system", "membership__user", "site").get(
            pk=assignment.pk
        )


def system(lab: Lab, **fields: Any) -> TestSystem:
    outcome = services.save_system(lab.users["manager"], lab.tampa, fields)
    assert outcome.ok, outcome.problems
    return outcome.saved


def qualify(lab: Lab, persona: str, position: str, **extra: Any) -> Any:
    data = {"position": position, "since": date(2020, 1, 1), **extra}
    outcome = services.record_qualification(
        lab.users["admin"], lab.memberships[persona], lab.tampa, data
    )
    assert outcome.ok, outcome.problems
    return outcome.saved


def assign(lab: Lab, test_system: TestSystem, persona: str, began: date) -> Assignment:
    outcome = services.assign(lab.users["manager"], test_system, lab.memberships[persona], began)
    assert outcome.ok, outcome.problems
    return outcome.saved


@pytest.fixture
def comp(lab: Lab) -> Competency:
    today = timezone.localdate()
    began = today - timedelta(days=300)
    cbc = system(
        lab,
        name="CBC on Sysmex XN-1000",
        analyte="Complete blood count",
        instrument="Sysmex XN-1000",
        method="Impedance and flow cytometry",
        specialty="hematology",
        complexity="high",
    )
    glucose = system(
        lab, name="Glucose on Vitros 5600", specialty="routine-chemistry", complexity="moderate"
    )
    dipstick = system(lab, name="Urine dipstick", specialty="urinalysis", complexity="waived")
    qualify(lab, "manager", "technical-supervisor")
    qualify(lab, "manager", "technical-consultant")
    qualify(lab, "educator", "general-supervisor")
    qualify(lab, "admin", "laboratory-director")
    return Competency(
        lab,
        today,
        began,
        cbc,
        glucose,
        dipstick,
        assign(lab, cbc, "member", began),
        assign(lab, glucose, "member", began),
    )


SIX = {
    "direct-observation": {
        "result": "pass",
        "method": "direct-observation",
        "notes": "Observed 3 CBCs",
    },
    "recording-reporting": {"result": "pass", "method": "record-review", "notes": "LIS audit"},
    "records-review": {"result": "pass", "method": "record-review", "notes": "QC log reviewed"},
    "instrument-checks": {"result": "pass", "method": "checklist", "notes": "Daily maintenance"},
    "sample-testing": {
        "result": "pass",
        "method": "pt-sample",
        "sample_results": "PT HEM-1: 4.2 (4.1-4.5)",
    },
    "problem-solving": {"result": "pass", "method": "quiz", "score_correct": 9, "score_total": 10},
}
