"""The competency schedule: 6 and 12 months in the first year, yearly after, before reporting
after a method or instrument change, not cleared after a failure until re-assessed."""

from __future__ import annotations

from datetime import date

from cetrack.core.competency.schedule import Change, Plan, Signed, standing, state_on
from cetrack.core.competency.vocabulary import CLEARED, DUE, NOT_CLEARED, NOT_REQUIRED, OVERDUE

CLIA = Plan((6, 12), 12)
BEGAN = date(2025, 1, 15)


def _next(
    signed: list[Signed], changes: tuple[Change, ...] = (), plan: Plan = CLIA
) -> tuple[str, date]:
    found = standing(BEGAN, signed, plan, changes).next
    assert found is not None
    return found.reason, found.due_on


def test_first_checkpoint_is_six_months_after_patient_testing_began() -> None:
    assert _next([]) == ("six-month", date(2025, 7, 15))


def test_twelve_month_checkpoint_is_fixed_even_when_the_six_month_one_was_early() -> None:
    assert _next([Signed(date(2025, 5, 1), "six-month", True)]) == (
        "twelve-month",
        date(2026, 1, 15),
    )


def test_after_the_first_year_yearly_from_the_last_assessment() -> None:
    signed = [
        Signed(date(2025, 7, 10), "six-month", True),
        Signed(date(2025, 12, 20), "twelve-month", True),
    ]
    assert _next(signed) == ("annual", date(2026, 12, 20))
    signed.append(Signed(date(2026, 11, 2), "annual", True))
    assert _next(signed) == ("annual", date(2027, 11, 2))


def test_month_end_is_clamped() -> None:
    result = standing(date(2025, 8, 31), [], CLIA).next
    assert result is not None and result.due_on == date(2026, 2, 28)


def test_a_late_assessment_that_skips_a_checkpoint_records_the_miss_and_brings_the_person_current() -> (
    None
):
    late = standing(BEGAN, [Signed(date(2026, 2, 1), "six-month", True)], CLIA)
    six, twelve = late.history
    assert six.reason == "six-month" and six.missed and six.done_on is None
    assert twelve.reason == "twelve-month" and twelve.done_on == date(2026, 2, 1)
    assert late.next is not None and late.next.due_on == date(2027, 2, 1)


def test_states_by_date() -> None:
    s = standing(BEGAN, [], CLIA)
    assert s.state_on(date(2025, 5, 1), 30) == CLEARED
    assert s.state_on(date(2025, 6, 20), 30) == DUE
    assert s.state_on(date(2025, 7, 15), 30) == DUE  # due today: still on time
    assert s.state_on(date(2025, 7, 16), 30) == OVERDUE


def test_a_method_change_makes_the_person_due_before_reporting() -> None:
    change = Change(date(2025, 9, 1), "Method changed to ion-selective electrode")
    signed = [Signed(date(2025, 7, 1), "six-month", True)]
    s = standing(BEGAN, signed, CLIA, (change,))
    assert s.next is not None and s.next.reason == "change" and s.next.due_on == date(2025, 9, 1)
    assert s.state_on(date(2025, 8, 20), 30) == DUE  # announced ahead: due by the change
    assert s.state_on(date(2025, 9, 1), 30) == NOT_CLEARED
    assert "ion-selective" in s.blocked_reason
    after = standing(BEGAN, [*signed, Signed(date(2025, 9, 2), "change", True)], CLIA, (change,))
    assert after.blocked_since is None
    assert after.state_on(date(2025, 9, 3), 30) == CLEARED
    # a change assessment is not a periodic one: the 12-month checkpoint still stands
    assert after.next is not None and after.next.reason == "twelve-month"


def test_a_change_before_the_person_began_does_not_apply() -> None:
    change = Change(date(2024, 12, 1), "Instrument replaced")
    assert _next([], (change,)) == ("six-month", date(2025, 7, 15))


def test_an_assessment_before_the_change_does_not_answer_it() -> None:
    change = Change(date(2025, 9, 1), "Instrument replaced")
    s = standing(BEGAN, [Signed(date(2025, 8, 31), "six-month", True)], CLIA, (change,))
    assert s.state_on(date(2025, 9, 5), 30) == NOT_CLEARED


def test_a_failure_blocks_until_a_passing_reassessment_which_satisfies_the_checkpoint() -> None:
    failed = Signed(date(2025, 7, 10), "six-month", False, reassess_by=date(2025, 8, 10))
    s = standing(BEGAN, [failed], CLIA)
    assert s.state_on(date(2025, 7, 11), 30) == NOT_CLEARED
    assert [c.reason for c in s.open] == ["six-month", "remedial"]
    again = standing(BEGAN, [failed, Signed(date(2025, 8, 1), "remedial", True)], CLIA)
    assert again.blocked_since is None
    assert again.state_on(date(2025, 8, 2), 30) == CLEARED
    assert [(c.reason, c.done_on) for c in again.history] == [
        ("six-month", date(2025, 8, 1)),
        ("remedial", date(2025, 8, 1)),
    ]
    assert again.next is not None and again.next.reason == "twelve-month"


def test_a_second_failure_keeps_the_person_not_cleared() -> None:
    signed = [
        Signed(date(2025, 7, 10), "six-month", False, date(2025, 8, 10)),
        Signed(date(2025, 8, 5), "remedial", False, date(2025, 9, 5)),
    ]
    s = standing(BEGAN, signed, CLIA)
    assert s.blocked_since == date(2025, 8, 5)
    assert any(c.reason == "remedial" and c.due_on == date(2025, 9, 5) for c in s.open)


def test_waived_not_tracked_is_not_required() -> None:
    s = standing(BEGAN, [], CLIA, required=False)
    assert s.state_on(date(2030, 1, 1), 30) == NOT_REQUIRED and s.next is None


def test_yearly_only_plan_for_duties_and_waived_policy() -> None:
    s = standing(BEGAN, [], Plan((), 12))
    assert s.next is not None and (s.next.reason, s.next.due_on) == ("annual", date(2026, 1, 15))


def test_state_on_stored_dates_matches_the_standing() -> None:
    assert state_on(True, date(2025, 1, 1), None, date(2025, 1, 2), 30) == OVERDUE
    assert state_on(True, date(2026, 1, 1), date(2025, 1, 2), date(2025, 1, 2), 30) == NOT_CLEARED
    assert state_on(True, date(2026, 1, 1), date(2025, 3, 2), date(2025, 1, 2), 30) == CLEARED


def test_assessments_before_patient_testing_began_do_not_count() -> None:
    restarted = date(2026, 3, 1)
    old = [
        Signed(date(2025, 7, 1), "six-month", True),
        Signed(date(2026, 1, 10), "twelve-month", True),
    ]
    s = standing(restarted, old, CLIA)
    assert s.next is not None and (s.next.reason, s.next.due_on) == ("six-month", date(2026, 9, 1))
    assert s.history == () and s.last_passed_on is None
