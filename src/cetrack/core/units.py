"""Exact credit arithmetic.

Credit is held as integer hundredths of the rule set's unit (a contact hour or a point), so a
verdict can never turn on float drift. Conversion from what a certificate states (minutes, CEU,
semester hours, ...) happens once, with the rule set's own conversion table.
"""

from __future__ import annotations

from decimal import ROUND_FLOOR, Decimal

HUNDRED = Decimal(100)


def to_hundredths(value: Decimal) -> int:
    """Exact hundredths, rounding down any finer fraction (a credit is never rounded up)."""
    return int((value * HUNDRED).to_integral_value(rounding=ROUND_FLOOR))


def from_hundredths(value: int) -> Decimal:
    return (Decimal(value) / HUNDRED).normalize() if value else Decimal(0)


def format_credit(value: int) -> str:
    """`150` -> "1.5", `3600` -> "36", `25` -> "0.25"."""
    sign = "-" if value < 0 else ""
    whole, frac = divmod(abs(value), 100)
    if not frac:
        return f"{sign}{whole}"
    return f"{sign}{whole}.{frac:02d}".rstrip("0")


def minutes_to_hundredths(
    minutes: int, *, minutes_per_hour: int, minimum_minutes: int, increment: int
) -> int:
    """Instructional minutes to credit hundredths with an N-minute hour.

    Less than `minimum_minutes` earns nothing; the result is rounded down to `increment`
    hundredths (50 = half an hour), as P.A.C.E. and Florida round partial hours down.
    """
    if minutes < minimum_minutes:
        return 0
    exact = minutes * 100 // minutes_per_hour
    return exact - exact % increment if increment > 1 else exact


def pace_self_study_minutes(reading_minutes: int, test_questions: int) -> int:
    """P.A.C.E. printed self-study formula: average reading time × 1.5 + 1 minute per question."""
    return reading_minutes * 3 // 2 + test_questions


def pace_self_study_hundredths(reading_minutes: int, test_questions: int) -> int:
    """Contact hours for P.A.C.E. self-study, rounded down to the nearest half hour."""
    minutes = pace_self_study_minutes(reading_minutes, test_questions)
    half_hours = minutes // 30
    return half_hours * 50
