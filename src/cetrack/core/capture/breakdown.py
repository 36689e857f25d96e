"""A certificate's credit broken down in a table - per day, per module, per specialty - with the
total under it: the total is the claim, the rows are its parts.

A conference's attendance record lists the hours of each day and their total; a series
certificate lists its modules; a bundle lists the hours per subject. The reader must claim the
total (not the first row a label sits above), and a per-day table's first and last dates are
the activity's start and end. A multi-course transcript is a different thing (one activity per
row, `transcript.py`); a table counts as a breakdown when a total closes it and the page frames
one activity (a certificate heading, "attended the ...").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Final

from cetrack.core.capture.fields import (
    BARE_NUMBER,
    LABELLED,
    LABELLED_WEAK,
    Fields,
    amount_unit,
)
from cetrack.core.capture.text import Doc
from cetrack.core.capture.values import find_amounts, find_dates, plain_decimal
from cetrack.core.ledger import AMOUNT_FIELDS, AMOUNT_LIMITS

_TOTAL: Final = re.compile(r"^(?:grand\s+)?total\b|^sum\b", re.I)
_ONE_ACTIVITY: Final = re.compile(
    r"\bcertificate\s+of\s+(?:attendance|completion|participation|achievement|credit|training"
    r"|continuing\s+education)\b|\bcomplet(?:ed|ing)\s+the\s+(?:[\w-]+\s+){0,2}"
    r"(?:course|program|series|curriculum)\b|\btranscript\s+of\s+(?:completed\s+)?"
    r"(?:modules|lessons|sessions)\b"
    r"|\b(?:completion|attendance|participation)\s+certificate\b"
    r"|\bcertif(?:y|ies)\s+that\b|\battended\s+the\b|\bparticipat\w+\s+in\s+the\b"
    r"|\battendance\s+(?:record|verification)\b|\brecord\s+of\s+attendance\b",
    re.I,
)
# An event named at the head of the page: its sessions or days are the rows of one activity.
_EVENT_HEAD: Final = re.compile(
    r"\b(?:symposium|conference|congress|convention|lecture\s+series|seminar|annual\s+meeting)\b",
    re.I,
)
_TRANSCRIPT: Final = re.compile(r"\btranscript\b|\bcompletion\s+history\b", re.I)


@dataclass(frozen=True, slots=True)
class Breakdown:
    """A table of parts closed by its total."""

    field: str  # the ledger amount field of the total
    total: str  # decimal, ledger form
    total_line: int
    row_lines: tuple[int, ...]
    header_line: int | None
    parts_add_up: bool
    dates: tuple[str, ...]  # ISO dates in the rows, in order


def frames_one_activity(doc: Doc) -> bool:
    """Whether the page presents one activity (a certificate of attendance, "certifies that X
    attended the ..."), not a list of courses."""
    head = doc.flat[:1500]
    framing = {m.group(0).casefold() for m in _ONE_ACTIVITY.finditer(head)}
    framing |= {m.group(0).casefold() for m in _EVENT_HEAD.finditer(head[:300])}
    if len(framing) >= 2:
        return True  # "Certificate of Completion ... for completing the course": one course
    return bool(framing) and not _TRANSCRIPT.search(_ONE_ACTIVITY.sub("", head[:300]))


def find_breakdown(doc: Doc) -> Breakdown | None:
    """The first table whose number column is closed by a "Total" line, with two or more rows."""
    for number, cells in enumerate(doc.cells):
        if not cells or not _TOTAL.match(cells[0].text):
            continue
        found = _total_of(doc, number)
        if found is None:
            continue
        (left, right), field, value = found
        rows: list[int] = []
        parts: list[Decimal] = []
        header = None
        line = number - 1
        while line >= 0 and len(rows) < 40:
            if not doc.cells[line]:
                line -= 1
                continue
            # The row's figure in the total's column, set left, right or centred.
            cell = next(
                (c for c in doc.cells[line] if c.start <= right + 1 and c.end >= left - 1), None
            )
            part = _number(cell.text) if cell is not None else None
            if cell is not None and cell.text.strip() in ("—", "–", "-", "n/a", "N/A"):
                part = Decimal(0)  # "No lecture (holiday)   —": a row without credit
            if part is None:
                header = line
                break
            rows.append(line)
            parts.append(part)
            line -= 1
        if len(rows) < 2:
            continue
        rows.reverse()
        dates = tuple(d.value for row in rows for d in find_dates(doc.flat_line(row))[:1])
        adds_up = sum(parts) == Decimal(value)
        return Breakdown(field, value, number, tuple(rows), header, adds_up, dates)
    return None


def _total_of(doc: Doc, number: int) -> tuple[tuple[int, int], str, str] | None:
    """((first, last column of the total's number), amount field, value) of a total line."""
    text = doc.flat_line(number)
    cells = doc.cells[number]
    hits = find_amounts(text)
    last = cells[-1]
    match = list(BARE_NUMBER.finditer(last.text))
    if not match:
        return None
    value = _number(match[-1].group(1))
    if value is None:
        return None
    field = hits[0][0] if hits else amount_unit(text)
    if not hits and len(cells) == 1 and number > 0:
        field = amount_unit(text)
    if field not in AMOUNT_FIELDS or value <= 0 or value > AMOUNT_LIMITS[field]:
        return None
    span = (last.start + match[-1].start(), last.start + match[-1].end())
    return span, field, plain_decimal(value)


def _number(text: str) -> Decimal | None:
    match = BARE_NUMBER.fullmatch(text.strip())
    if match is None:
        return None
    try:
        return Decimal(match.group(1).replace(",", "."))
    except InvalidOperation:
        return None


def read_breakdown(doc: Doc, fields: Fields) -> Breakdown | None:
    """The total as the amount (replacing a row's figure a label gave), the rows' first and
    last dates as start and end."""
    found = find_breakdown(doc)
    if found is None or not frames_one_activity(doc):
        return None
    header = doc.flat_line(found.header_line) if found.header_line is not None else ""
    field = found.field
    if not find_amounts(doc.flat_line(found.total_line)) and header:
        field = amount_unit(header)  # "Contact Hours" over the column, "Total 14.75" under it
    for other in AMOUNT_FIELDS:
        fields.found.pop(other, None)
    conf = LABELLED if found.parts_add_up else LABELLED_WEAK - 0.1
    fields.add(field, found.total, conf, doc.flat_line(found.total_line))
    distinct = sorted(set(found.dates))
    if len(distinct) >= 2:
        source = f"{doc.flat_line(found.row_lines[0])} … {doc.flat_line(found.row_lines[-1])}"
        fields.found.pop("completed_on", None)
        fields.add("start", distinct[0], LABELLED - 0.05, source)
        fields.add("end", distinct[-1], LABELLED - 0.05, source)
    return found
