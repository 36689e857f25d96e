"""Multi-course pages (a provider's transcript): a header row of columns, one draft per row,
with the page's shared facts (participant, provider) in each.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from cetrack.core.capture.draft import Draft
from cetrack.core.capture.facts import (
    FLORIDA,
)
from cetrack.core.capture.fields import (
    BARE_NUMBER,
    GUESSED,
    INFERRED,
    LABELLED,
    ORDER,
    PROSE,
    STATEMENT,
    Fields,
    amount_value,
    clean_id,
    clean_org,
    clean_text,
    format_of,
    storable_amount,
)
from cetrack.core.capture.labelled import read_labelled
from cetrack.core.capture.regions import read_letterhead
from cetrack.core.capture.text import Cell, Doc
from cetrack.core.capture.values import (
    accreditation_id,
    find_accreditations,
    find_dates,
)
from cetrack.core.ledger import AMOUNT_FIELDS

# --- transcripts ------------------------------------------------------------------------------------

_COLUMNS: Final = {
    "date": r"(?:date(?:\s+(?:completed|earned|of\s+completion|attended|awarded))?|completed(?:\s+on)?|completion(?:\s+date)?|date\(s\)|earned|awarded)",
    "title": r"(?:course(?:\s+(?:title|name))?|title|activity(?:\s+(?:title|name))?|program(?:\s+(?:title|name))?|session|webinar|event|description|module)",
    "number": r"(?:(?:course|program|activity|event)\s*(?:#|n[o0]\.?|number|id|code)|pace\s*#|tracking\s*#)",
    "provider": r"(?:provider|sponsor|organi[sz]ation|offered\s+by|presented\s+by)",
    "amount": r"(?:(?:contact\s*|ce\s*|credit\s*|cmp\s*|ccp\s*|clock\s*)?(?:hours|hrs|credits?|points)|ceus?|c\.e\.u\.?s?|minutes|units|amount)",
    "type": r"(?:type|format|delivery|method|mode)",
    "accreditation": r"(?:accreditation|credit\s+type|approved\s+by|accrediting\s+body|approval)",
}
_COLUMN_RES: Final = {k: re.compile(r"(?:" + v + r")\.?\s*:?", re.I) for k, v in _COLUMNS.items()}


@dataclass(frozen=True, slots=True)
class _Column:
    role: str
    header: str
    start: int


def _header(cells: Sequence[Cell]) -> list[_Column] | None:
    """The columns of a transcript's header row, or None when the line is not one. A column
    the reader does not know ("Score", "Status") is kept as "other" so that its cells are not
    taken for a neighbour's; at most a third of the columns may be unknown."""
    columns: list[_Column] = []
    for cell in cells:
        # OCR: "Course :ID", "CE Hours’"
        text = re.sub(r"[^\w#()/ ]+", " ", cell.text)
        text = " ".join(text.split())
        role = next(
            (name for name, pattern in _COLUMN_RES.items() if pattern.fullmatch(text)), None
        )
        if role is None and (
            len(text) > 24 or find_dates(text) or any(ch.isdigit() for ch in text)
        ):
            return None  # a value, not a heading
        columns.append(_Column(role or "other", text, cell.start))
    roles = [c.role for c in columns]
    known = [role for role in roles if role != "other"]
    if len(known) < 3 or len(known) * 3 < len(roles) * 2:
        return None
    if "title" not in known or not ("date" in known or "amount" in known):
        return None
    if len(set(known)) != len(known):
        # "Activity | Program" where OCR lost the "#" of "Program #": the second title-like
        # column holds the numbers.
        seen: set[str] = set()
        for index, column in enumerate(columns):
            if column.role in seen:
                role = "number" if column.role == "title" and "number" not in seen else "other"
                columns[index] = _Column(role, column.header, column.start)
            seen.add(columns[index].role)
    return columns


def _split_at_columns(line: str, cells: list[Cell], columns: list[_Column]) -> list[Cell]:
    """Cells that run into the next column with only a space or two between ("A  PACE-2025"),
    cut where a column starts after a space."""
    out: list[Cell] = []
    for cell in cells:
        start = cell.start
        for column in columns:
            cut = column.start
            if start < cut < cell.end and line[cut - 1] == " " and line[cut] != " ":
                piece = line[start:cut].strip()
                if piece:
                    out.append(Cell(piece, cell.line, start, start + len(piece)))
                start = cut
        piece = line[start : cell.end].strip()
        if piece:
            out.append(Cell(piece, cell.line, start, cell.end))
    return out


def _column_of(columns: list[_Column], cell: Cell) -> int:
    """The column a cell belongs to: the one whose span overlaps it most. A column's span
    starts two characters before its heading: values set right or centred under a heading
    begin a little left of it once laid out in characters."""
    best, best_overlap = 0, -1
    for index, column in enumerate(columns):
        left = column.start - 2 if index else 0
        right = columns[index + 1].start - 2 if index + 1 < len(columns) else 10_000
        overlap = min(cell.end, right) - max(cell.start, left)
        if overlap > best_overlap:
            best, best_overlap = index, overlap
    return best


@dataclass
class Table:
    """A table of courses on a page: its header line, columns and rows (cell texts by role)."""

    header_line: int
    columns: list[_Column]
    rows: list[dict[str, list[str]]]
    row_lines: list[int]
    end_line: int  # the first line after the table (a total row, a statement, the page's end)


def find_table(doc: Doc) -> Table | None:
    """The first table of courses on the page: a header row naming the columns, then rows that
    each start with a date (or an amount, without a date column)."""
    header_line = None
    columns: list[_Column] | None = None
    for number, cells in enumerate(doc.cells):
        columns = _header(cells) if len(cells) >= 3 else None
        if columns:
            header_line = number
            break
    if header_line is None or not columns:
        return None
    roles = [c.role for c in columns]
    rows: list[dict[str, list[str]]] = []
    row_lines: list[int] = []
    end_line = len(doc.cells)
    for number in range(header_line + 1, len(doc.cells)):
        cells = doc.cells[number]
        if not cells:
            continue
        text = doc.flat_line(number)
        if re.match(r"(?:total|subtotal|grand\s+total|page\s+\d)\b", text, re.I):
            end_line = number
            break
        if _header(cells):
            continue  # the header repeated on the next page
        assigned: dict[str, list[str]] = {}
        for cell in _split_at_columns(doc.lines[number], cells, columns):
            assigned.setdefault(roles[_column_of(columns, cell)], []).append(cell.text)
        if _starts_row(assigned, roles):
            rows.append({role: [" ".join(v)] for role, v in assigned.items()})
            row_lines.append(number)
        elif (
            rows and number - row_lines[-1] <= 8 and not STATEMENT.search(text) and len(text) < 160
        ):
            for role, values in assigned.items():
                rows[-1].setdefault(role, []).append(" ".join(values))
        elif rows:
            end_line = number
            break
    if not rows:
        return None
    return Table(header_line, columns, rows, row_lines, end_line)


def transcript_rows(doc: Doc, origin: str) -> tuple[Draft, ...]:
    """One draft per course of a transcript page, or none when the page holds no such table."""
    table = find_table(doc)
    if table is None:
        return ()
    shared = Fields(doc.ocr)
    top = Doc.parse("\n".join(doc.lines[: table.header_line]), ocr=False)
    top.ocr = doc.ocr
    read_labelled(top, shared, set())
    read_letterhead(top, shared)
    after = "\n".join(doc.lines[table.row_lines[-1] + 1 :])
    amount_header = next((c.header for c in table.columns if c.role == "amount"), "")
    drafts = []
    for index, row in enumerate(table.rows, start=1):
        fields = Fields(doc.ocr)
        for name in ("participant_name", "provider"):
            if name in shared.found:
                fields.found[name] = shared.found[name]
        _row_fields(fields, row, amount_header, after)
        if "title" not in fields.found and not any(n in fields.found for n in AMOUNT_FIELDS):
            continue
        notes = tuple(storable_amount(fields.found))
        ordered = {name: fields.found[name] for name in ORDER if name in fields.found}
        drafts.append(Draft(ordered, origin, f"row {index}", notes))
    return tuple(drafts)


def _row_fields(fields: Fields, row: dict[str, list[str]], amount_header: str, after: str) -> None:
    """A row's cells as fields; the statement after the table names the accreditation when no
    column does."""
    source = " | ".join(" ".join(v) for v in row.values())
    conf = LABELLED - 0.1
    title = clean_text(" ".join(row.get("title", [])))
    fields.add("title", title, conf, source)
    if "provider" in row:
        fields.found.pop("provider", None)
        fields.add("provider", clean_org(" ".join(row["provider"])), conf, source)
    date_text = " ".join(row.get("date", []))
    dates = find_dates(date_text)
    if dates:
        fields.add("completed_on", dates[0].value, conf, date_text)
    amount = amount_value(amount_header, " ".join(row.get("amount", [])))
    if amount is not None:
        fields.add(amount[0], amount[1], conf, f"{amount_header}: {amount[2]}")
        unit_acc = find_accreditations(amount_header)
        if unit_acc:
            fields.add("accreditation", unit_acc[0][0], 0.85, amount_header)
    fields.add("course_number", clean_id(" ".join(row.get("number", []))), conf, source)
    if "type" in row:
        kind, delivery = format_of(" ".join(row["type"]))
        fields.add("kind", kind, conf - 0.05, source)
        fields.add("delivery", delivery, conf - 0.05, source)
    if "kind" not in fields.found and title:
        kind, _ = format_of(title)
        if kind in ("workshop", "in-service", "conference-session"):
            fields.add("kind", kind, GUESSED - 0.05, title)
    accreditation = " ".join(row.get("accreditation", []))
    statement = find_accreditations(after)
    if accreditation:
        ident = accreditation_id(accreditation)
        if ident in ("other", "none"):
            hits = find_accreditations(accreditation)
            ident = hits[0][0] if hits else ""
        fields.add("accreditation", ident, conf, accreditation)
        if re.search(r"\bfl\b|florida|ce\s*broker", accreditation, re.I):
            fields.add("approvals", ("fl",), PROSE, accreditation)
    elif statement and "accreditation" not in fields.found:
        named = [s for s in statement if s[0] != "state-board"] or statement
        fields.add("accreditation", named[0][0], INFERRED, named[0][1].raw)
        if FLORIDA.search(after):
            fields.add("approvals", ("fl",), INFERRED - 0.05, named[0][1].raw)


def _starts_row(assigned: dict[str, list[str]], roles: list[str]) -> bool:
    """A line starts a new row when its date cell holds a date (or, without a date column, its
    amount cell a number)."""
    if "date" in roles:
        return bool(find_dates(" ".join(assigned.get("date", []))))
    return bool(BARE_NUMBER.search(" ".join(assigned.get("amount", []))))
