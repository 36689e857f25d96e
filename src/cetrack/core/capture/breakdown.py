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
    INFERRED,
    LABELLED,
    LABELLED_WEAK,
    PROSE,
    Fields,
    add_amount,
    amount_unit,
)
from cetrack.core.capture.text import Cell, Doc
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
# The sum of a column without a total is the reader's addition, not a figure the page prints:
# left for the reviewer to confirm.
COLUMN_SUM: Final = INFERRED + 0.1
# A total under a table on a page that does not present one activity: proposed, for review.
UNFRAMED_TOTAL: Final = PROSE


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
    last dates as start and end; without a total, the sum of a credit column (`find_column`) or
    of the ticked rows (`find_ticked_rows`), left for the reviewer to confirm. On a page that
    does not frame one activity the total is only proposed (a table may list other things)."""
    framed = frames_one_activity(doc)
    found = find_breakdown(doc)
    if found is None:
        column = find_column(doc) if framed else None
        return _read_sum(doc, fields, column or find_ticked_rows(doc))
    header = doc.flat_line(found.header_line) if found.header_line is not None else ""
    field = found.field
    if not find_amounts(doc.flat_line(found.total_line)) and header:
        field = amount_unit(header)  # "Contact Hours" over the column, "Total 14.75" under it
    conf = LABELLED if found.parts_add_up else LABELLED_WEAK - 0.1
    if not framed:
        _drop_row_figures(fields, found)
        add_amount(
            fields, field, found.total, min(conf, UNFRAMED_TOTAL), doc.flat_line(found.total_line)
        )
        return found
    for other in AMOUNT_FIELDS:
        fields.found.pop(other, None)
    fields.add(field, found.total, conf, doc.flat_line(found.total_line))
    distinct = sorted(set(found.dates))
    if len(distinct) >= 2:
        source = f"{doc.flat_line(found.row_lines[0])} … {doc.flat_line(found.row_lines[-1])}"
        fields.found.pop("completed_on", None)
        fields.add("start", distinct[0], LABELLED - 0.05, source)
        fields.add("end", distinct[-1], LABELLED - 0.05, source)
    return found


def _drop_row_figures(fields: Fields, found: Breakdown) -> None:
    """Forget an amount read from a row of the table or its heading (a label above a column
    gives its first row): the parts are not the claim."""
    taken = set(found.row_lines)
    if found.header_line is not None:
        taken.add(found.header_line)
    for name in AMOUNT_FIELDS:
        current = fields.found.get(name)
        if current is None:
            continue
        seen = (
            (n, v) == (name, current.value) and line in taken for n, v, line in fields.amounts_seen
        )
        if any(seen):
            del fields.found[name]


def _read_sum(doc: Doc, fields: Fields, found: Breakdown | None) -> Breakdown | None:
    if found is None:
        return None
    _drop_row_figures(fields, found)
    source = doc.flat_line(
        found.header_line if found.header_line is not None else found.row_lines[0]
    )
    add_amount(fields, found.field, found.total, COLUMN_SUM, source)
    return found


# A column's heading that names a credit: "Hours", "CE hours", "Contact Hours", "CEUs", "Credit".
_CREDIT_HEADING: Final = re.compile(
    r"(?:contact|ce|cpd|cme|credit|clock|p\.?a\.?c\.?e\.?®?)?\s*"
    r"(?:hours?|hrs\.?|credits?|ceus?|points|minutes|credit\s+hours)(?:\s*\([^)]*\))?",
    re.I,
)
# A row's figure as a column prints it: "1.5", "(1.0)", "1.5 h", "50 min".
_ROW_FIGURE: Final = re.compile(
    r"\(?\s*(\d{1,3}(?:[.,]\d{1,2})?)\s*\)?\s*(?:h|hrs?\.?|hours?|min|minutes|ceus?)?", re.I
)
# A check box or a cross in front of a row: ticked, or left empty.
_TICKED_ROW: Final = re.compile(r"^\s*(?:\[\s*[xX✓✔]\s*\]|\(\s*[xX✓✔]\s*\)|[☒☑■✔✓]|[xX](?=\s))")
_EMPTY_ROW: Final = re.compile(r"^\s*(?:\[\s*\]|\(\s*\)|[☐□])")
_ANY_BOX: Final = re.compile(r"\[\s*[xX✓✔]?\s*\]|[☐□☒☑]")


def find_column(doc: Doc) -> Breakdown | None:
    """A column of credit figures under a heading that names the credit, with no total under
    it: the credit of each part (session, subject, day) of one activity. When the rows carry
    check boxes, only the ticked rows are the participant's."""
    for number, cells in enumerate(doc.cells):
        heading = next((c for c in cells if _CREDIT_HEADING.fullmatch(c.text.strip())), None)
        if heading is None or len(cells) < 2:
            continue
        rows, parts, ticks = _column_rows(doc, number, heading)
        if len(rows) < 2 or _closed_by_total(doc, rows[-1]):
            continue
        if any(tick is not None for tick in ticks):
            parts = [part for part, tick in zip(parts, ticks, strict=True) if tick]
        total = sum(parts, Decimal(0))
        field = amount_unit(heading.text)
        if total <= 0 or total > AMOUNT_LIMITS[field]:
            continue
        dates = tuple(d.value for row in rows for d in find_dates(doc.flat_line(row))[:1])
        return Breakdown(field, plain_decimal(total), -1, tuple(rows), number, True, dates)
    return None


def _column_rows(
    doc: Doc, heading_line: int, heading: Cell
) -> tuple[list[int], list[Decimal], list[bool | None]]:
    """The lines under a heading whose cell in its column is a figure, with the figure and
    whether the row is ticked (None: the row has no box)."""
    rows: list[int] = []
    parts: list[Decimal] = []
    ticks: list[bool | None] = []
    for line in range(heading_line + 1, min(len(doc.cells), heading_line + 40)):
        cells = doc.cells[line]
        if not cells:
            continue
        if _TOTAL.match(cells[0].text):
            break
        cell = next(
            (c for c in cells[1:] if c.start <= heading.end + 1 and c.end >= heading.start - 1),
            None,
        )
        match = _ROW_FIGURE.fullmatch(cell.text.strip()) if cell is not None else None
        if match is None:
            break
        rows.append(line)
        parts.append(Decimal(match.group(1).replace(",", ".")))
        text = doc.lines[line]
        ticks.append(True if _TICKED_ROW.match(text) else False if _EMPTY_ROW.match(text) else None)
    return rows, parts, ticks


def _closed_by_total(doc: Doc, last_row: int) -> bool:
    following = next((cells for cells in doc.cells[last_row + 1 :] if cells), None)
    return following is not None and _TOTAL.match(following[0].text) is not None


def find_ticked_rows(doc: Doc) -> Breakdown | None:
    """Rows that each carry a check box and one credit figure ("☒ Anaerobes   1.0 contact
    hour", "[ ] Lunch symposium   0.5 h"), some ticked: the ticked rows are the sessions
    attended, their sum the credit."""
    rows: list[int] = []
    parts: list[tuple[str, Decimal, bool]] = []
    for number, line in enumerate(doc.lines):
        ticked = _TICKED_ROW.match(line)
        if not ticked and not _EMPTY_ROW.match(line):
            continue
        if len(_ANY_BOX.findall(line)) > 1:
            continue  # a row of choices ("[ ] 0.5  [X] 1.0"), not a session
        hits = find_amounts(doc.flat_line(number))
        if len(hits) != 1:
            continue
        field, hit = hits[0]
        rows.append(number)
        parts.append((field, Decimal(hit.value), bool(ticked)))
    fields_used = {field for field, _, _ in parts}
    if len(rows) < 2 or len(fields_used) != 1 or not any(tick for _, _, tick in parts):
        return None
    total = sum((value for _, value, tick in parts if tick), Decimal(0))
    field = fields_used.pop()
    if total > AMOUNT_LIMITS[field]:
        return None
    return Breakdown(field, plain_decimal(total), -1, tuple(rows), None, True, ())
