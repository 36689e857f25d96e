"""The organisation-test laboratory (tests/web/orgs/conftest.py: Bayside Laboratory, Tess Tech a
member in Hematology at Tampa, Ron Runner a member at Denver, Mona Manager, Ada Admin, Ed
Educator, and Otto Outsider of another organisation) with CE funding helpers."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from cetrack.funding import services
from cetrack.funding.models import FundingRequest
from tests.web.orgs.conftest import Lab, lab  # lab: the fixture, re-exported

__all__ = ["lab"]


@pytest.fixture(autouse=True)
def _evidence_dir(settings: Any, tmp_path: Any) -> None:
    settings.EVIDENCE_DIR = tmp_path / "evidence"


def ask(lab: Lab, persona: str = "member", **data: Any) -> FundingRequest:
    """A request by `persona` (default Tess), approved by nobody yet."""
    data.setdefault("kind", "course")
    data.setdefault("title", "Antibody identification workshop")
    data.setdefault("cost", Decimal("400"))
    data.setdefault("justification", "Blood bank cross-training")
    data.setdefault("budget_year", 2026)
    membership = lab.memberships[persona]
    outcome = services.create_request(membership.user, membership, data)
    assert outcome.ok, outcome.problems
    row: FundingRequest = outcome.saved
    return row


def approve(lab: Lab, row: FundingRequest, **approval: Any) -> FundingRequest:
    outcome = services.approve(lab.memberships["manager"], row, services.Approval(**approval))
    assert outcome.ok, outcome.problems
    saved: FundingRequest = outcome.saved
    return saved


def pay(
    lab: Lab,
    row: FundingRequest,
    amount: str,
    on: date,
    treatment: str = "section-127",
    **extra: Any,
) -> Any:
    payment = services.Payment("paid", Decimal(amount), on, treatment, **extra)
    return services.record_payment(lab.memberships["manager"], row, payment)
