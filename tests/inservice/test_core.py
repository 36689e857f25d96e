"""The in-service arithmetic: contact hours, credited minutes, check-in window and codes,
recurring series, post-test scoring, and the checks on a session's facts."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from cetrack.core import inservice as core

NINE = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)


def facts(**changes: object) -> core.SessionFacts:
    values: dict[str, object] = {
        "title": "Antibody identification",
        "starts_at": NINE,
        "ends_at": NINE + timedelta(hours=2),
        "instructional_minutes": 100,
    }
    values.update(changes)
    return core.SessionFacts(**values)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("minutes", "hours"),
    [(49, 0), (50, 100), (74, 100), (75, 150), (99, 150), (100, 200), (160, 300), (180, 350)],
)
def test_contact_hours_use_the_50_minute_hour_rounded_down_to_the_half_hour(
    minutes: int, hours: int
) -> None:
    assert core.contact_hundredths(minutes) == hours


def test_pace_caps_seven_contact_hours_a_day_employer_does_not() -> None:
    assert core.contact_hundredths(480, "pace", days=1) == 700
    assert core.contact_hundredths(480, "pace", days=2) == 950
    assert core.contact_hundredths(480, "employer") == 950


def test_credited_minutes_full_attendance_is_capped_at_the_instructional_minutes() -> None:
    end = NINE + timedelta(hours=3)
    assert core.credited_minutes(NINE, end, 160, None, None) == 160
    early = NINE - timedelta(minutes=10)
    assert core.credited_minutes(NINE, end, 160, early, None) == 160


def test_a_late_check_in_within_the_grace_counts_from_the_start() -> None:
    end = NINE + timedelta(minutes=60)
    assert core.credited_minutes(NINE, end, 50, NINE + timedelta(minutes=9), None) == 50
    # 25 minutes late: present 35 minutes, under the 50 instructional minutes
    assert core.credited_minutes(NINE, end, 50, NINE + timedelta(minutes=25), None) == 35


def test_check_out_gives_partial_credit_clipped_to_the_session() -> None:
    end = NINE + timedelta(hours=3)
    out = NINE + timedelta(minutes=90)
    assert core.credited_minutes(NINE, end, 160, NINE, out) == 90
    assert core.credited_minutes(NINE, end, 160, NINE, end + timedelta(hours=2)) == 160
    assert core.credited_minutes(NINE, end, 160, NINE, NINE - timedelta(minutes=5)) == 0


def test_check_in_window_opens_15_minutes_early_and_closes_at_the_end() -> None:
    end = NINE + timedelta(hours=1)
    assert core.checkin_state(NINE - timedelta(minutes=16), NINE, end) == "early"
    assert core.checkin_state(NINE - timedelta(minutes=15), NINE, end) == "open"
    assert core.checkin_state(end, NINE, end) == "open"
    assert core.checkin_state(end + timedelta(seconds=1), NINE, end) == "closed"


def test_codes_avoid_look_alike_characters_and_are_read_forgivingly() -> None:
    for _ in range(200):
        code = core.new_code()
        assert len(code) == core.CODE_LENGTH
        assert not set(code) & set("0O1IL")
        assert core.normalise_code(f" {code[:3].lower()}-{code[3:]} ") == code
    assert core.normalise_code("ABC") is None
    assert core.normalise_code("ABCD0E") is None


def test_a_monthly_series_keeps_the_local_time_across_daylight_saving() -> None:
    chicago = ZoneInfo("America/Chicago")
    first = datetime(2026, 1, 31, 14, 0, tzinfo=chicago)
    dates = core.occurrences(first, first + timedelta(hours=1), "monthly", 4)
    assert [s.date().isoformat() for s, _ in dates] == [
        "2026-01-31",
        "2026-02-28",
        "2026-03-31",
        "2026-04-30",
    ]
    assert all(s.hour == 14 and e - s == timedelta(hours=1) for s, e in dates)
    # March 31 is after the change to daylight time: a different UTC offset, same wall clock
    assert dates[0][0].utcoffset() != dates[2][0].utcoffset()


def test_a_weekly_series() -> None:
    dates = core.occurrences(NINE, NINE + timedelta(hours=1), "weekly", 3)
    assert [s.day for s, _ in dates] == [10, 17, 24]


def test_post_test_score_and_pass_mark() -> None:
    result = core.score([1, 0, 2, None], [1, 0, 1, 3], pass_mark=50)
    assert (result.correct, result.total, result.percent, result.passed) == (2, 4, 50, True)
    assert not core.score([0, 0, 0, 0], [1, 0, 1, 3], pass_mark=50).passed
    assert not core.score([], [], pass_mark=0).passed


def test_good_facts_have_no_issues() -> None:
    assert core.check_session(facts()) == []


def test_every_problem_is_reported_with_its_field() -> None:
    bad = facts(
        title=" ",
        ends_at=NINE - timedelta(minutes=1),
        instructional_minutes=20,
        topics=("blood-banking", "astrology"),
        accreditation="pace",
        level="expert",
        online_url="javascript:alert(1)",
        capacity=0,
    )
    fields = {issue.field for issue in core.check_session(bad)}
    assert fields == {
        "title",
        "ends_at",
        "instructional_minutes",
        "topics",
        "provider_number",
        "program_number",
        "level",
        "online_url",
        "capacity",
    }


def test_minutes_must_fit_between_start_and_end() -> None:
    issues = core.check_session(facts(instructional_minutes=130))
    assert [i.field for i in issues] == ["instructional_minutes"]
    assert "120 minutes" in issues[0].message


def test_a_state_approval_needs_its_number_and_board() -> None:
    fields = {i.field for i in core.check_session(facts(accreditation="state-board"))}
    assert fields == {"approval_number", "approvals"}
