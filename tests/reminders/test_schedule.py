"""The date arithmetic of reminders (cetrack.reminders.schedule): thresholds are crossed, not
hit, so a missed day sends the reminder that applies now and never the ones it skipped."""

from __future__ import annotations

from datetime import date

from cetrack.reminders.schedule import (
    days_text,
    drafts_step,
    lead_step,
    overdue_step,
    week_name,
    week_start,
)


def test_each_lead_time_is_reached_on_its_day_and_held_until_the_next():
    steps = {days: lead_step(days, (90, 60, 30, 7)) for days in range(0, 120)}
    assert steps[91] is None and steps[90] == "90" and steps[61] == "90"
    assert steps[60] == "60" and steps[31] == "60" and steps[30] == "30"
    assert steps[8] == "30" and steps[7] == "7" and steps[0] == "7"
    assert lead_step(-1, (90, 60, 30, 7)) is None  # passed: the overdue reminders take over


def test_walking_day_by_day_or_jumping_never_repeats_a_threshold():
    daily = [lead_step(d, (90, 60, 30, 7)) for d in range(100, -1, -1)]
    changes = [s for i, s in enumerate(daily) if s is not None and s != daily[i - 1]]
    assert changes == ["90", "60", "30", "7"]
    # A pass that only ran on three days: each sends what applies then, nothing skipped twice.
    assert [lead_step(d, (90, 60, 30, 7)) for d in (75, 20, 3)] == ["90", "30", "7"]


def test_only_the_lead_times_a_person_chose():
    assert lead_step(45, (30, 7)) is None and lead_step(30, (30, 7)) == "30"
    assert lead_step(5, ()) is None


def test_overdue_weekly_or_fortnightly_then_stops():
    assert overdue_step(0) is None
    assert [overdue_step(d) for d in (1, 7, 8, 14, 15)] == [
        "overdue-1",
        "overdue-1",
        "overdue-8",
        "overdue-8",
        "overdue-15",
    ]
    assert overdue_step(14, every=14) == "overdue-1" and overdue_step(15, every=14) == "overdue-15"
    assert overdue_step(10, every=0) is None  # "never"
    assert overdue_step(182) is not None and overdue_step(183) is None


def test_drafts_after_two_days_and_once_more_a_week_later():
    assert [drafts_step(d) for d in (0, 1, 2, 8, 9, 30, 31)] == [
        None,
        None,
        "day-2",
        "day-2",
        "day-9",
        "day-9",
        None,
    ]


def test_weeks_and_words():
    assert week_start(date(2027, 3, 7)) == date(2027, 3, 1)  # Sunday -> its Monday
    assert week_name(date(2027, 1, 1)) == "2026-W53"
    assert [days_text(d) for d in (0, 1, 12, -1, -20)] == [
        "today",
        "tomorrow",
        "in 12 days",
        "1 day ago",
        "20 days ago",
    ]
