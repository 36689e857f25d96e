"""Reading dates, amounts and accreditations out of the free text of certificates and transcripts.

Shared by every capture reader, so "03/02/2025" or "1.5 P.A.C.E.® credits" means the same
thing whether it came from a PDF, a scan, a CSV cell or a badge.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

from cetrack.core.ledger import AMOUNT_LIMITS, EARLIEST_DATE
from cetrack.core.vocabulary import vocabulary

MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
# Regex pieces shared with `days.py`, which reads the range shapes this module does not.
MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"

# Most specific first; US order (month/day/year) for slashed numbers, as US certificates print.
_DATE_PATTERNS = (
    ("iso", re.compile(r"(?<!\d)" + _YEAR + r"[-/](?P<m>[01]?\d)[-/](?P<d>[0-3]?\d)(?!\d)")),
    (
        "mdy",
        re.compile(r"(?<![\d/])(?P<m>[0-3]?\d)/(?P<d>[0-3]?\d)/(?P<y>(?:19|20)?\d\d)(?![\d/])"),
    ),
    ("mdy", re.compile(r"(?<![\d-])(?P<m>[0-3]?\d)-(?P<d>[0-3]?\d)-(?P<y>(?:19|20)\d\d)(?![\d-])")),
    (
        "dmy",
        re.compile(r"(?<![\d.])(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.(?P<y>(?:19|20)\d\d)(?![\d.])"),
    ),
    (
        "named",
        re.compile(r"\b" + MONTH + r"\s*" + _DAY + r"(?:\s*,\s*|\s+)" + _YEAR + r"\b", re.I),
    ),
    (
        "named",
        re.compile(
            r"\b"
            + _DAY
            + r"(?:\s+day)?(?:\s+of)?[\s-]+"
            + MONTH
            + r"(?:\s*,\s*|[\s-]+)"
            + _YEAR
            + r"\b",
            re.I,
        ),
    ),
)
RANGE_DASH = r"\s*(?:-|–|—|to|through|thru|until)\s*"
_AND = r"\s*(?:and|&|,)\s*"
DAY1 = r"(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?"
DAY2 = r"(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?"
MONTH1 = r"(?P<m1>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
MONTH2 = r"(?P<m2>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
YEAR4 = r"(?P<y>(?:19|20)\d\d)"
# Ranges written compactly: "March 3-5, 2025", "March 30 - April 1, 2025", "3-5 March 2025".
_RANGE_PATTERNS = (
    re.compile(
        r"\b" + MONTH1 + r"\s*" + DAY1 + RANGE_DASH + DAY2 + r"(?:\s*,\s*|\s+)" + YEAR4 + r"\b",
        re.I,
    ),
    re.compile(
        r"\b"
        + MONTH1
        + r"\s*"
        + DAY1
        + RANGE_DASH
        + MONTH2
        + r"\s*"
        + DAY2
        + r"(?:\s*,\s*|\s+)"
        + YEAR4
        + r"\b",
        re.I,
    ),
    re.compile(
        r"\b" + DAY1 + RANGE_DASH + DAY2 + r"\s+" + MONTH1 + r"(?:\s*,\s*|\s+)" + YEAR4 + r"\b",
        re.I,
    ),
    # Two listed days: "June 5 and 6, 2025", "5 & 6 June 2025".
    re.compile(
        r"\b" + MONTH1 + r"\s*" + DAY1 + _AND + DAY2 + r"(?:\s*,\s*|\s+)" + YEAR4 + r"\b", re.I
    ),
    re.compile(
        r"\b" + DAY1 + _AND + DAY2 + r"\s+" + MONTH1 + r"(?:\s*,\s*|\s+)" + YEAR4 + r"\b", re.I
    ),
)
# Between two full dates: "03/03/2025 - 03/05/2025", "March 3, 2025 through March 5, 2025".
_BETWEEN = re.compile(r"\s*(?:-|–|—|to|through|thru|until|and)\s*", re.I)
_FROM = re.compile(r"(?:from|between)\s*$", re.I)


@dataclass(frozen=True, slots=True)
class Found:
    """A value found in text, with the exact text it came from and where."""

    value: str  # ledger form: ISO date, decimal string, accreditation id
    raw: str
    start: int
    end: int


def _year(text: str) -> int:
    year = int(text)
    return year + 2000 if year < 100 else year


def _make(year: int, month: int, day: int) -> date | None:
    try:
        found = date(year, month, day)
    except ValueError:
        return None
    return found if EARLIEST_DATE <= found <= date(2100, 1, 1) else None


def find_dates(text: str) -> list[Found]:
    """Every date in the text, in reading order, each counted once."""
    found: list[Found] = []
    taken: list[tuple[int, int]] = []
    for style, pattern in _DATE_PATTERNS:
        for match in pattern.finditer(text):
            if any(match.start() < end and start < match.end() for start, end in taken):
                continue
            groups = match.groupdict()
            if style == "named":
                value = _make(
                    int(groups["year"]), MONTHS[groups["month"].casefold()], int(groups["day"])
                )
            elif style == "iso":
                value = _make(int(groups["year"]), int(groups["m"]), int(groups["d"]))
            else:
                year, month, day = _year(groups["y"]), int(groups["m"]), int(groups["d"])
                value = _make(year, month, day)
                if value is None and style == "mdy" and month > 12:
                    value = _make(year, day, month)  # "21/03/2025": day first, unambiguously
            if value is None:
                continue
            taken.append((match.start(), match.end()))
            found.append(Found(value.isoformat(), match.group(0), match.start(), match.end()))
    return sorted(found, key=lambda item: item.start)


def parse_date(text: str) -> date | None:
    """The one date a cell or field holds, or None when it holds none or several."""
    text = text.strip()
    if not text:
        return None
    found = find_dates(text)
    if len(found) != 1:
        return None
    return date.fromisoformat(found[0].value)


def find_date_ranges(text: str) -> list[tuple[Found, Found]]:
    """(start, end) for every date range in the text, in reading order. Both share the raw
    text and span of the whole range. A range must run forwards and span at most a year."""
    found: list[tuple[Found, Found]] = []
    taken: list[tuple[int, int]] = []

    def add(first: date | None, last: date | None, start: int, end: int) -> None:
        if first is None or last is None or not first < last <= first.replace(year=first.year + 1):
            return
        if any(start < stop and begin < end for begin, stop in taken):
            return
        raw = text[start:end]
        taken.append((start, end))
        found.append(
            (Found(first.isoformat(), raw, start, end), Found(last.isoformat(), raw, start, end))
        )

    for pattern in _RANGE_PATTERNS:
        for match in pattern.finditer(text):
            groups = match.groupdict()
            year = int(groups["y"])
            first_month = MONTHS[groups["m1"].casefold()]
            last_month = MONTHS[groups["m2"].casefold()] if groups.get("m2") else first_month
            start_year = year - 1 if first_month > last_month else year
            add(
                _make(start_year, first_month, int(groups["d1"])),
                _make(year, last_month, int(groups["d2"])),
                match.start(),
                match.end(),
            )
    dates = find_dates(text)
    for first, last in itertools.pairwise(dates):
        between = text[first.end : last.start]
        if len(between) > 12 or not _BETWEEN.fullmatch(between):
            continue
        if between.strip().casefold() == "and" and not _FROM.search(text[: first.start]):
            continue  # "and" joins a range only after "between"
        add(date.fromisoformat(first.value), date.fromisoformat(last.value), first.start, last.end)
    return sorted(found, key=lambda pair: pair[0].start)


_NUMBER = r"(?P<number>\d{1,5}(?:[.,]\d{1,3})?|\.\d{1,3})"
# Unit words after a number -> the ledger's amount field. P.A.C.E., CMLE, ACCENT and CME
# credits are contact hours; "CMP points" and AMT "CCP points" are points.
_UNITS: tuple[tuple[str, str], ...] = (
    ("ceu", r"(?:ceus?|c\.e\.u\.?s?|continuing\s+education\s+units?)"),
    ("minutes", r"(?:minutes?|mins?)\b"),
    ("points", r"(?:(?:cmp|ccp)\s+points?|points?)\b"),
    ("semester_hours", r"(?:semester\s+(?:credit\s+)?hours?|semester\s+credits?)\b"),
    ("quarter_hours", r"(?:quarter\s+(?:credit\s+)?hours?|quarter\s+credits?)\b"),
    (
        "hours",
        r"(?:(?:(?:ascls|ascp)\s+)?(?:p\.?\s?a\.?\s?c\.?\s?e\.?\s*(?:®|\(r\)|©|@)?|accent\s*(?:®|\(r\))?|cmle|cme|ce"
        r"|ama\s+pra\s+category\s+[1l])"
        r"\s*(?:contact\s+|credit\s+|ce\s+)?(?:credits?|hours?|hrs?\.?|units?)?(?:\(s\))?(?:\s*(?:™|\(tm\)))?"
        r"|(?:continuing\s+education|ce|cme|cpd|education)\s+(?:contact\s+|credit\s+)?hours?"
        r"|contact\s+hours?|clock\s+hours?|credit\s+hours?|hours?|hrs?\.?|c\.?h\.?|credits?"
        # "1.0 h" in a table cell: a small h only (a capital H names other things)
        r"|(?-i:h)(?![\w-]))(?:\(s\))?",
    ),
)
# Numbers written out: "three (3) contact hours", "two hours".
WORD_NUMBERS = {
    word: number
    for number, word in enumerate(
        [
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
            "twenty",
        ],
        start=1,
    )
}
_WORD_NUMBER = r"(?P<word>" + "|".join(sorted(WORD_NUMBERS, key=len, reverse=True)) + r")"
_AMOUNT = re.compile(
    r"(?<![\w.,/#-])(?:"
    + _WORD_NUMBER
    + r"\s*\(\s*"
    + _NUMBER
    + r"\s*\)|"
    + _WORD_NUMBER.replace("word", "alone")
    + r"(?=\s+(?:contact|ce|continuing|credit|hours?|p\.?a\.?c|cmle|ceus?|accent|minutes)\b)|"
    + _NUMBER.replace("number", "bare")
    + r"\)?)"
    + r"\s*(?:-\s*)?(?P<unit>"
    + "|".join(f"(?P<{name}>{unit})" for name, unit in _UNITS)
    + r")(?![a-z])",
    re.I,
)
# "AMA PRA Category 1 Credit(s)" names a credit; its "1" is not an amount.
_CATEGORY_BEFORE = re.compile(r"category\s*$", re.I)
# A number after "#", "No." or "Vol." is an identifier ("No. 3 / CE Test Results", "provider #
# 0339 P.A.C.E.®"), and so is a number with a leading zero ("0339").
_IDENTIFIER_BEFORE = re.compile(r"(?:#|\bno\.|\bnumber|\bvol\.|\bissue)\s*$", re.I)
_LEADING_ZERO = re.compile(r"0\d")


# Hours and minutes together: "3 hours 30 minutes", "1 hr 30 min", "1 h 45 min".
_HOURS_AND_MINUTES = re.compile(
    r"(?<![\w.,/#-])(?P<h>\d{1,2})\s*(?:hours?|hrs?\.?|h)\s*(?:and\s+)?(?P<m>[0-5]?\d)\s*"
    r"(?:minutes?|mins?\.?)(?![a-z])",
    re.I,
)


def find_amounts(text: str) -> list[tuple[str, Found]]:
    """(ledger amount field, found) for every "number unit" in the text, in reading order."""
    results: list[tuple[str, Found]] = []
    taken: list[tuple[int, int]] = []
    for match in _HOURS_AND_MINUTES.finditer(text):
        hours = Decimal(match.group("h")) + Decimal(match.group("m")) / 60
        stated = plain_decimal(hours.quantize(Decimal("0.01")))
        results.append(("hours", Found(stated, match.group(0), match.start(), match.end())))
        taken.append((match.start(), match.end()))
    for match in _AMOUNT.finditer(text):
        if any(start <= match.start() < end for start, end in taken):
            continue
        if _CATEGORY_BEFORE.search(text, max(0, match.start() - 12), match.start()):
            continue
        if _IDENTIFIER_BEFORE.search(text, max(0, match.start() - 10), match.start()):
            continue
        if _LEADING_ZERO.match(text, match.start()):
            continue
        field = next(name for name, _ in _UNITS if match.group(name))
        if match.group("alone"):
            number = str(WORD_NUMBERS[match.group("alone").casefold()])
        else:
            number = (match.group("number") or match.group("bare")).replace(",", ".")
        try:
            value = Decimal(number)
        except InvalidOperation:
            continue
        if value <= 0 or value > AMOUNT_LIMITS[field]:
            continue
        if field == "minutes" and value != value.to_integral_value():
            continue
        results.append(
            (field, Found(plain_decimal(value), match.group(0), match.start(), match.end()))
        )
    return sorted(results, key=lambda item: item[1].start) if taken else results


def plain_decimal(value: Decimal) -> str:
    """1.50 -> "1.5", 2.00 -> "2", 0.15 -> "0.15" (never exponent notation)."""
    text = format(value.normalize(), "f")
    return text


def parse_decimal(text: str) -> Decimal | None:
    cleaned = text.strip().replace(",", ".")
    if not re.fullmatch(r"\d{1,6}(?:\.\d{1,4})?|\.\d{1,4}", cleaned):
        return None
    return Decimal(cleaned)


# Accreditation named in running text -> id; longer, more specific names first.
_ACCREDITATIONS = (
    ("pace", re.compile(r"(?<![a-z])p\.?\s?a\.?\s?c\.?\s?e\.?(?:\s*®|\s*\(r\))?(?![a-z])", re.I)),
    ("accent", re.compile(r"\baccent\b", re.I)),
    ("cmle", re.compile(r"\bcmle\b", re.I)),
    ("accme", re.compile(r"\baccme\b|\bama\s+pra\b", re.I)),
    (
        "state-board",
        re.compile(
            r"\b(?:board\s+of\s+clinical\s+laboratory|ce\s*broker|approved\s+by\s+the\s+\w+(?:\s+\w+)?\s+(?:state\s+)?board"
            r"|laboratory\s+field\s+services|state\s+board|(?:fl|florida)\s+board)\b",
            re.I,
        ),
    ),
)


def find_accreditations(text: str) -> list[tuple[str, Found]]:
    """(accreditation id, found) for each system named in the text, first mention each; a
    mention the sentence denies ("this activity is not approved for CMLE credit") is none."""
    results: list[tuple[str, Found]] = []
    for ident, pattern in _ACCREDITATIONS:
        for match in pattern.finditer(text):
            if _denied(text, match.start()):
                continue
            results.append((ident, Found(ident, match.group(0), match.start(), match.end())))
            break
    return sorted(results, key=lambda item: item[1].start)


_DENIAL = re.compile(
    r"\b(?:not|no|neither|nor|never|cannot|ineligible|without)\b|\bnon-|n't\b", re.I
)


def _denied(text: str, start: int) -> bool:
    """Whether the clause before `start` denies what follows ("is not approved for")."""
    # A full stop ends a clause when a space follows it: the stops inside "P.A.C.E.®, ACCENT®"
    # do not ("Not accredited by P.A.C.E.®, ACCENT® or CMLE" denies all three).
    ends = [m.end() for m in _CLAUSE_END.finditer(text, 0, start)]
    clause_start = ends[-1] if ends else 0
    before = text[max(clause_start, start - 90) : start]
    return bool(_DENIAL.search(before))


_CLAUSE_END = re.compile(r"\.(?=\s)|;|\n\n|•")


def accreditation_id(text: str) -> str:
    """A cell such as "ASCLS P.A.C.E.®" -> "pace"; unknown names -> "other"."""
    known = vocabulary().accreditation_id(text.replace("®", "").strip())
    if known != "other":
        return known
    found = find_accreditations(text)
    return found[0][0] if found else "other"
