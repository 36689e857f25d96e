"""Activities over several days written the ways `values.find_date_ranges` does not read:
weekday names inside a range ("Mon 13 Oct – Wed 15 Oct 2025"), listed days each with its own
month or weekday ("June 11 and June 12, 2025", "Thursday, May 15 and Friday, May 16, 2025",
"Part 1 on October 7, 2025 and Part 2 on October 14, 2025", "on 22/09/2025 and 23/09/2025"),
and a programme's day headings ("Wednesday 19 March 2025" ... "Thursday 20 March 2025").

Listed days count as a range from the first to the last (the ledger keeps a start and an end).
Listed days must run forwards and lie within `_LISTED_SPAN` of each other: two sessions of one
course, not a completion date and the day the certificate was printed.
"""

from __future__ import annotations

import itertools
import re
from datetime import date, timedelta
from typing import Final

from cetrack.core.capture.values import (
    DAY1,
    DAY2,
    MONTH,
    MONTH1,
    MONTH2,
    MONTHS,
    RANGE_DASH,
    YEAR4,
    Found,
    find_date_ranges,
    find_dates,
)

_LISTED_SPAN: Final = timedelta(days=62)
_HEADING_SPAN: Final = timedelta(days=7)
_WEEKDAY = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\.?"
)
_OPT_WEEKDAY = r"(?:" + _WEEKDAY + r",?\s+)?"
_AND = r"\s*,?\s*(?:and|&)\s*"
_YEAR_SEP = r"(?:\s*,\s*|\s+)"
# The first day without its year, the second with it; each with its own month and weekday.
_PARTIAL: Final = (
    # "Mon 13 Oct – Wed 15 Oct 2025", "13 Oct and 15 Oct 2025"
    re.compile(
        r"\b" + _OPT_WEEKDAY + DAY1 + r"\s+" + MONTH1 + r"(?P<sep>" + RANGE_DASH + r"|" + _AND + r")"
        + _OPT_WEEKDAY + DAY2 + r"\s+" + MONTH2 + _YEAR_SEP + YEAR4 + r"\b",
        re.I,
    ),
    # "June 11 and June 12, 2025", "Monday, November 3 and Wednesday, November 5, 2025"
    re.compile(
        r"\b" + _OPT_WEEKDAY + MONTH1 + r"\s*" + DAY1 + r"(?P<sep>" + RANGE_DASH + r"|" + _AND + r")"
        + _OPT_WEEKDAY + MONTH2 + r"\s*" + DAY2 + _YEAR_SEP + YEAR4 + r"\b",
        re.I,
    ),
)  # fmt: skip
# Between two whole dates: a weekday, "and", "Part 2 on", "&".
_BETWEEN_LISTED: Final = re.compile(
    r"\s*,?\s*(?:and|&)\s*(?:(?:part|session|day|module|evening)\s+(?:\d{1,2}|[ivx]+|[a-d]|one|two)\s+)?"
    r"(?:on\s+)?" + _OPT_WEEKDAY,
    re.I,
)
_BETWEEN_RANGE: Final = re.compile(RANGE_DASH + _OPT_WEEKDAY, re.I)
_HEADING_LINE: Final = re.compile(r"\s*" + _WEEKDAY + r",?\s+(?P<date>.+?)\s*[:.]?\s*", re.I)


def date_ranges(text: str) -> list[tuple[Found, Found]]:
    """`values.find_date_ranges`, and the ranges and listed days written as above, in reading
    order, none overlapping another."""
    found = list(find_date_ranges(text))
    for pair in _partial_ranges(text) + _whole_date_pairs(text):
        if not any(pair[0].start < other.end and other.start < pair[0].end for other, _ in found):
            found.append(pair)
    return sorted(found, key=lambda pair: pair[0].start)


def day_headings(lines: list[str]) -> tuple[Found, Found, int, int] | None:
    """A programme's days as headings: two or more lines that are nothing but a weekday and a
    date, forwards and at most a week apart -> (first, last, first line, last line)."""
    days: list[tuple[date, Found, int]] = []
    for number, line in enumerate(lines):
        match = _HEADING_LINE.fullmatch(line)
        if not match:
            continue
        dates = find_dates(match.group("date"))
        if len(dates) == 1 and dates[0].raw.strip() == match.group("date").strip():
            days.append((date.fromisoformat(dates[0].value), dates[0], number))
    if len(days) < 2:
        return None
    ordered = [day for day, _, _ in days]
    if ordered != sorted(set(ordered)) or ordered[-1] - ordered[0] > _HEADING_SPAN:
        return None
    return days[0][1], days[-1][1], days[0][2], days[-1][2]


def _partial_ranges(text: str) -> list[tuple[Found, Found]]:
    out: list[tuple[Found, Found]] = []
    for pattern in _PARTIAL:
        for match in pattern.finditer(text):
            year = int(match.group("y"))
            first_month = MONTHS[match.group("m1").casefold()]
            last_month = MONTHS[match.group("m2").casefold()]
            start_year = year - 1 if first_month > last_month else year
            first = _day(start_year, first_month, int(match.group("d1")))
            last = _day(year, last_month, int(match.group("d2")))
            pair = _pair(first, last, match.group(0), match.start(), match.end())
            if pair is not None:
                out.append(pair)
    return out


def _whole_date_pairs(text: str) -> list[tuple[Found, Found]]:
    out: list[tuple[Found, Found]] = []
    dates = find_dates(text)
    for first, last in itertools.pairwise(dates):
        between = text[first.end : last.start]
        if len(between) > 30:
            continue
        if not (_BETWEEN_LISTED.fullmatch(between) or _BETWEEN_RANGE.fullmatch(between)):
            continue
        raw = text[first.start : last.end]
        pair = _pair(
            date.fromisoformat(first.value), date.fromisoformat(last.value), raw,
            first.start, last.end,
        )  # fmt: skip
        if pair is not None:
            out.append(pair)
    return out


def _day(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _pair(
    first: date | None, last: date | None, raw: str, start: int, end: int
) -> tuple[Found, Found] | None:
    if first is None or last is None or not first < last or last - first > _LISTED_SPAN:
        return None
    return (
        Found(first.isoformat(), raw, start, end),
        Found(last.isoformat(), raw, start, end),
    )


# --- dates in words: "the fourteenth day of May, 2025", "twenty-first day of October, two
# thousand twenty-five", "the twelfth of February, 2025" -------------------------------------------
_UNITS_ORDINAL: Final = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9,
}  # fmt: skip
_TEENS_ORDINAL: Final = {
    "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
    "twentieth": 20, "thirtieth": 30,
}  # fmt: skip
_NUMBER_WORDS: Final = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30,
}  # fmt: skip
_ORDINAL = (
    r"(?P<ordinal>(?:(?:twenty|thirty)[-\s])?(?:"
    + "|".join(_UNITS_ORDINAL)
    + r")|"
    + "|".join(_TEENS_ORDINAL)
    + r")"
)
_YEAR_WORDS = r"(?:two\s+thousand(?:\s+and)?(?:[\s-]+(?:" + "|".join(_NUMBER_WORDS) + r")){0,2})"
_IN_WORDS: Final = re.compile(
    r"\b"
    + _ORDINAL
    + r"(?:\s+day)?\s+of\s+"
    + MONTH
    + r"(?:\s*,\s*|\s+)(?:in\s+the\s+year\s+(?:of\s+)?)?(?P<year>(?:19|20)\d\d|"
    + _YEAR_WORDS
    + r")\b",
    re.I,
)


def dates_in_words(text: str) -> list[Found]:
    """Dates whose day (and perhaps year) are written in words."""
    out: list[Found] = []
    for match in _IN_WORDS.finditer(text):
        day = _ordinal_value(match.group("ordinal"))
        year = _year_value(match.group("year"))
        month = MONTHS[match.group("month").casefold()]
        found = _day(year, month, day) if day and year else None
        if found is not None:
            out.append(Found(found.isoformat(), match.group(0), match.start(), match.end()))
    return out


def _ordinal_value(words: str) -> int:
    parts = re.split(r"[-\s]+", words.casefold())
    if len(parts) == 2:
        return _NUMBER_WORDS.get(parts[0], 0) + _UNITS_ORDINAL.get(parts[1], 0)
    return _UNITS_ORDINAL.get(parts[0]) or _TEENS_ORDINAL.get(parts[0], 0)


def _year_value(words: str) -> int:
    if words.isdigit():
        return int(words)
    rest = re.sub(r"^two\s+thousand(?:\s+and)?", "", words.casefold()).strip(" -")
    return 2000 + sum(_NUMBER_WORDS.get(part, 0) for part in re.split(r"[-\s]+", rest) if part)
