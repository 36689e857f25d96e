"""Competency services against the database: the standing follows assessments, changes,
failures and the site's rules; sign-off checks who may assess; acknowledged is locked."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from cetrack.competency import assessing, services
from cetrack.competency.models import Assessment, Assignment, Remediation
from cetrack.competency.presenters import due_list
from cetrack.competency.standing import today_state
from cetrack.core.competency.vocabulary import CLEARED, DUE, NOT_CLEARED, NOT_REQUIRED, OVERDUE
from cetrack.core.dates import add_months
from cetrack.orgs.models import AuditEntry
from tests.competency.conftest import SIX, Competency, assign, qualify


def record(
    comp: Competency,
    assignment: Assignment,
    on: date,
    results: dict[str, Any] | None = None,
    reason: str = "six-month",
) -> Assessment:
    manager = comp.lab.users["manager"]
    outcome = assessing.start(manager, comp.refreshed(assignment), reason, on)
    assert outcome.ok, outcome.problems
    row = outcome.saved
    for element, data in (results if results is not None else SIX).items():
        saved = assessing.save_element(manager, row, element, dict(data))
        assert saved.ok, saved.problems
    return row


def signed(
    comp: Competency, row: Assessment, persona: str = "manager", plan: Any = None
) -> Assessment:
    outcome = assessing.sign(comp.membership(persona), row, plan)
    assert outcome.ok, outcome.problems
    return Assessment.objects.get(pk=row.pk)


def state(comp: Competency, assignment: Assignment, day: date | None = None) -> str:
    return today_state(comp.refreshed(assignment), day or comp.today, 30)


def test_first_year_schedule_is_stored_and_listed(comp: Competency) -> None:
    row = comp.refreshed(comp.tess_cbc)
    assert row.next_reason == "six-month" and row.next_due_on == add_months(comp.began, 6)
    assert state(comp, row) == OVERDUE  # 300 days in, nothing recorded
    listing = due_list(comp.lab.tampa.pk, comp.today, 30)
    # Tess's two systems, and the duties of the manager (TS, TC) and the educator (GS), since 2020
    assert listing.counts[OVERDUE] == 5
    tess = [r for r in listing.rows if r.member == "Tess Tech"]
    assert {r.subject for r in tess} == {"CBC on Sysmex XN-1000", "Glucose on Vitros 5600"}
    assert {r.subject for r in listing.rows if r.member == "Mona Manager"} == {
        "Duties as technical supervisor",
        "Duties as technical consultant",
    }
    assert all(r.when.endswith("days overdue") for r in listing.rows)
    assert listing.rows[0].due_on == date(2021, 1, 1)  # the oldest first


def test_a_signed_assessment_moves_the_member_to_the_next_checkpoint(comp: Competency) -> None:
    signed(comp, record(comp, comp.tess_cbc, comp.today - timedelta(days=5)))
    row = comp.refreshed(comp.tess_cbc)
    # late for the 6-month checkpoint, but before the 12-month one: that one comes next
    assert row.next_reason == "twelve-month"
    assert row.next_due_on == add_months(comp.began, 12)
    assert state(comp, row) == CLEARED
    assert state(comp, row, add_months(comp.began, 12) - timedelta(days=3)) == DUE
    assert due_list(comp.lab.tampa.pk, comp.today, 30).counts[CLEARED] == 1  # the CBC


def test_a_method_change_makes_everyone_assigned_due_before_reporting(comp: Competency) -> None:
    signed(comp, record(comp, comp.tess_cbc, comp.today - timedelta(days=10)))
    ron = assign(comp.lab, comp.cbc, "member2", comp.today)  # begins today: trained on the new one
    change_day = comp.today - timedelta(days=2)
    outcome = services.record_change(
        comp.lab.users["manager"],
        comp.cbc,
        kind="instrument",
        effective_on=change_day,
        description="",
        instrument="Sysmex XN-2000",
    )
    assert outcome.ok and outcome.extra["assigned"] == 2
    row = comp.refreshed(comp.tess_cbc)
    assert state(comp, row) == NOT_CLEARED
    assert "Sysmex XN-2000" in row.blocked_reason
    assert state(comp, ron) != NOT_CLEARED
    signed(comp, record(comp, comp.tess_cbc, comp.today, reason="change"))
    assert state(comp, comp.tess_cbc) == CLEARED
    assert (
        comp.refreshed(comp.cbc.assignments.get(pk=comp.tess_cbc.pk)).test_system.instrument
        == "Sysmex XN-2000"
    )


def test_a_general_supervisor_needs_a_written_delegation_for_high_complexity(
    comp: Competency,
) -> None:
    row = record(comp, comp.tess_cbc, comp.today)
    refused = assessing.sign(comp.membership("educator"), row, None)
    assert not refused.ok and refused.extra["refused"]
    message = refused.problems[0][1]
    assert message.startswith(
        "Ed Educator may not sign: under CLIA baseline (CMS), a high complexity test system"
    )
    assert "general supervisor with no written delegation" in message
    assert Assessment.objects.get(pk=row.pk).signed_at is None
    assert AuditEntry.objects.filter(
        action="competency.refused", snapshot__assessment=row.pk
    ).exists()
    qualify(
        comp.lab,
        "educator",
        "general-supervisor",
        delegated_on=comp.today - timedelta(days=1),
        delegated_by="Mona Manager",
    )
    done = signed(comp, row, "educator")
    assert done.signer_position == "general-supervisor"
    assert "delegated in writing on" in done.signer_basis


def test_moderate_complexity_rules_differ_by_accreditor(comp: Competency) -> None:
    qualify(comp.lab, "educator", "general-supervisor", delegated_on=date(2024, 1, 1))
    row = record(comp, comp.tess_glucose, comp.today)
    for accreditor, allowed in (("clia", False), ("tjc", False), ("cap", True)):
        outcome = services.save_policy(
            comp.lab.users["admin"],
            comp.lab.tampa,
            accreditor=accreditor,
            track_waived=False,
            due_soon_days=30,
        )
        assert outcome.ok
        verdict = assessing.verdict_for(
            comp.membership("educator"), Assessment.objects.get(pk=row.pk), comp.today
        )
        assert verdict.allowed is allowed, (accreditor, verdict.reason)


def test_nobody_signs_their_own_and_incomplete_is_refused_element_by_element(
    comp: Competency,
) -> None:
    qualify(comp.lab, "member", "technical-supervisor")
    partial = {k: v for k, v in SIX.items() if k != "instrument-checks"}
    row = record(comp, comp.tess_cbc, comp.today, partial)
    own = assessing.sign(comp.membership("member"), row)
    assert "their own" in own.problems[0][1]
    incomplete = assessing.sign(comp.membership("manager"), row)
    assert incomplete.problems == [
        (
            "instrument-checks",
            "record element 4: direct observation of instrument maintenance and function checks",
        )
    ]


def test_a_failed_element_opens_a_remediation_until_a_passing_reassessment(
    comp: Competency,
) -> None:
    failing = {
        **SIX,
        "problem-solving": {
            "result": "fail",
            "method": "quiz",
            "score_correct": 4,
            "score_total": 10,
        },
    }
    row = record(comp, comp.tess_cbc, comp.today - timedelta(days=3), failing)
    no_plan = assessing.sign(comp.membership("manager"), row)
    assert no_plan.problems[0][0] == "retraining"
    plan = assessing.RemediationPlan(
        "Troubleshooting module and supervised runs", comp.today + timedelta(days=20)
    )
    signed(comp, row, plan=plan)
    remediation = Remediation.objects.get(assessment=row)
    assert remediation.elements == ["problem-solving"]
    assert state(comp, comp.tess_cbc) == NOT_CLEARED
    assert comp.refreshed(comp.tess_cbc).blocked_reason.startswith("failed assessment on")
    assert assessing.default_reason(comp.refreshed(comp.tess_cbc)) == "remedial"
    again = record(
        comp,
        comp.tess_cbc,
        comp.today,
        {
            "problem-solving": {
                "result": "pass",
                "method": "case-study",
                "notes": "Delta-check scenario",
            }
        },
        reason="remedial",
    )
    signed(comp, again)
    remediation.refresh_from_db()
    assert remediation.closed_by_id == again.pk
    assert state(comp, comp.tess_cbc) == CLEARED
    # the passing re-assessment also answered the 6-month checkpoint the failed one was for
    assert comp.refreshed(comp.tess_cbc).next_reason == "twelve-month"


def test_acknowledged_is_locked_and_only_the_member_acknowledges(comp: Competency) -> None:
    row = signed(comp, record(comp, comp.tess_cbc, comp.today))
    assert not assessing.acknowledge(comp.lab.users["manager"], row).ok
    assert assessing.acknowledge(comp.lab.users["member"], row, "Thanks").ok
    row.refresh_from_db()
    assert row.locked and row.member_comment == "Thanks"
    change = assessing.save_element(
        comp.lab.users["manager"],
        row,
        "problem-solving",
        {"result": "fail", "method": "quiz", "score_correct": 1, "score_total": 10},
    )
    assert "locked" in change.problems[0][1]
    assert "locked" in assessing.reopen(comp.membership("manager"), row).problems[0][1]
    actions = list(assessing.history(row).values_list("action", flat=True))
    assert actions[0] == "competency.acknowledged" and "competency.signed" in actions
    assert actions.count("competency.element") == 6


def test_reopen_before_acknowledgement_withdraws_the_signature(comp: Competency) -> None:
    row = signed(comp, record(comp, comp.tess_cbc, comp.today))
    assert state(comp, comp.tess_cbc) == CLEARED
    outcome = assessing.reopen(comp.membership("manager"), row)
    assert outcome.ok
    row.refresh_from_db()
    assert row.status == "draft" and row.signer_name == ""
    assert state(comp, comp.tess_cbc) == OVERDUE


def test_waived_not_required_by_clia_unless_tracked_and_required_by_cap(comp: Competency) -> None:
    dip = assign(comp.lab, comp.dipstick, "member", comp.began)
    assert state(comp, dip) == NOT_REQUIRED
    assert all(
        r.subject != "Urine dipstick" for r in due_list(comp.lab.tampa.pk, comp.today, 30).rows
    )
    services.save_policy(
        comp.lab.users["admin"],
        comp.lab.tampa,
        accreditor="clia",
        track_waived=True,
        due_soon_days=30,
    )
    row = comp.refreshed(dip)
    assert row.required and row.next_due_on == add_months(comp.began, 12)  # yearly by policy
    assert state(comp, row, row.next_due_on) == DUE
    services.save_policy(
        comp.lab.users["admin"],
        comp.lab.tampa,
        accreditor="cap",
        track_waived=False,
        due_soon_days=30,
    )
    assert comp.refreshed(dip).required
    one = record(
        comp, dip, comp.today, {"sample-testing": SIX["sample-testing"]}, reason="twelve-month"
    )
    signed(comp, one)  # the lab chooses the elements: one is enough
    assert state(comp, dip) == CLEARED


def test_supervisors_duties_are_assessed_by_the_laboratory_director(comp: Competency) -> None:
    duties = Assignment.objects.get(
        membership=comp.membership("manager"), position="technical-supervisor"
    )
    assert (
        duties.next_reason == "annual" and state(comp, duties) == OVERDUE
    )  # since 2020, never assessed
    outcome = assessing.start(comp.lab.users["admin"], duties, "annual", comp.today)
    row = outcome.saved
    saved = assessing.save_element(
        comp.lab.users["admin"],
        row,
        "duties",
        {"result": "pass", "method": "duties-review", "notes": "QC review sign-offs, PT review"},
    )
    assert saved.ok, saved.problems
    educator = assessing.sign(comp.membership("educator"), row)
    assert "laboratory director" in educator.problems[0][1]
    signed(comp, row, "admin")
    assert state(comp, duties) == CLEARED


def test_assessment_dates_and_assignments_are_checked(comp: Competency) -> None:
    early = assessing.start(
        comp.lab.users["manager"],
        comp.refreshed(comp.tess_cbc),
        "six-month",
        comp.began - timedelta(days=1),
    )
    assert "before Tess Tech began on CBC on Sysmex XN-1000" in early.problems[0][1]
    future = assessing.start(
        comp.lab.users["manager"],
        comp.refreshed(comp.tess_cbc),
        "six-month",
        comp.today + timedelta(days=1),
    )
    assert "future" in future.problems[0][1]
    again = services.assign(
        comp.lab.users["manager"], comp.cbc, comp.membership("member"), comp.today
    )
    assert "is assigned since" in again.problems[0][1]
    outsider = services.assign(
        comp.lab.users["manager"], comp.cbc, comp.membership("outsider"), comp.today
    )
    assert outsider.problems[0][0] == "member"
