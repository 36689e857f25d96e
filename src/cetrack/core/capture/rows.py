"""Transcript rows into drafts, one per data row, through a column mapping.

A bad row (no title, an unreadable date, a negative amount) becomes an error located by the
file's own row number, and the other rows are still read. Blank rows, repeated header rows and
"Total" footers are skipped.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import Decimal

from cetrack.core.capture.columns import (
    DATE_FIELDS,
    TEXT_FIELDS,
    ColumnMapping,
    MappedColumn,
    MappingError,
    detect_mapping,
    find_header,
    mapping_from_dict,
    match_header,
    missing_required,
    normalize_header,
    propose_mapping,
    unit_of,
)
from cetrack.core.capture.draft import DEFAULT_LIMITS, Capture, CaptureError, Draft, Field, Limits
from cetrack.core.capture.table_files import (
    CSV_TYPE,
    HEADER_SCAN_ROWS,
    XLS_TYPE,
    XLSX_TYPE,
    TableRead,
    cell_text,
    decode_text,
    read_rows,
    sniff_table,
)
from cetrack.core.capture.values import (
    accreditation_id,
    find_accreditations,
    find_amounts,
    parse_date,
    parse_decimal,
    plain_decimal,
)
from cetrack.core.ledger import AMOUNT_FIELDS, AMOUNT_LIMITS, EARLIEST_DATE
from cetrack.core.vocabulary import vocabulary

# ---------------------------------------------------------------------------------------------
# Step 3: drafts


_EXAMPLES = {
    "title": "Course Title, Activity, Program Name",
    "date": "Date Completed, Completion Date, Date",
    "amount": "Contact Hours, CE Hours, Credits, CEUs, Points",
}
_TOTAL = re.compile(
    r"(?:grand\s+|sub\s*-?)?totals?(?:\s+(?:hours|hrs|credits?|ceus?|points|contact\s+hours|earned|ce))*"
    r"\s*:?\s*[\d.,]*\s*(?:hours|hrs|credits?|ceus?|points)?",
    re.I,
)
_NOT_DONE = re.compile(
    r"\b(?:in\s*progress|incomplete|not\s+(?:started|completed|complete|passed)|registered|enrolled|"
    r"failed|withdrawn|cancell?ed|pending|started)\b",
    re.I,
)
_KIND_WORDS: tuple[tuple[str, str], ...] = (
    (r"in-?\s?service", "in-service"),
    (r"conference|annual\s+meeting|symposium", "conference-session"),
    (r"workshop|seminar|wet\s+lab|hands-on", "workshop"),
    (r"webinar|live|lecture|teleconference|virtual\s+event", "live-session"),
    (
        r"self[-\s]?study|self[-\s]?paced|journal|enduring|home\s+study|on-?demand|recorded",
        "self-study",
    ),
    (r"academic|college|university|semester", "academic"),
    (r"course|online|e-?learning|module", "course"),
)


@dataclass(frozen=True, slots=True)
class _Binding:
    header_index: int | None  # index into table.rows; None when the file has no header row
    columns: Mapping[str, MappedColumn]  # with `index` resolved
    order: Mapping[str, str]  # date field -> "mdy" | "dmy"
    defaults: Mapping[str, Field]  # per-file values: constants, title block, header hints
    notes: tuple[str, ...]


def read_table(
    name: str,
    content: bytes,
    mapping: ColumnMapping | None = None,
    limits: Limits = DEFAULT_LIMITS,
) -> Capture:
    """One draft per data row of a transcript, and a located error per bad row."""
    table = read_rows(name, content, limits, sheet=mapping.sheet if mapping else None)
    if isinstance(table, CaptureError):
        return Capture(file=name, content_type=_type_of(content), errors=(table,))
    return drafts_from_table(name, table, mapping, limits)


def _type_of(content: bytes) -> str | None:
    kind = sniff_table(content) if content else None
    return {"csv": CSV_TYPE, "xlsx": XLSX_TYPE, "xls": XLS_TYPE}.get(kind or "")


def drafts_from_table(
    name: str, table: TableRead, mapping: ColumnMapping | None, limits: Limits = DEFAULT_LIMITS
) -> Capture:
    """`read_table` for rows already read (the mapping step reads them once)."""
    bound = _bind(table, mapping)
    if isinstance(bound, CaptureError):
        return Capture(file=name, content_type=table.content_type, errors=(*table.errors, bound))
    drafts: list[Draft] = []
    errors: list[CaptureError] = list(table.errors)
    header = table.rows[bound.header_index] if bound.header_index is not None else None
    header_key = _row_key(header) if header is not None else None
    start = 0 if bound.header_index is None else bound.header_index + 1
    for row, number in zip(table.rows[start:], table.numbers[start:], strict=True):
        if header_key is not None and _row_key(row) == header_key:
            continue  # the header repeated on each printed page
        if _is_total(row):
            continue
        made = _row_draft(table, bound, row, number)
        if made is None:
            continue
        if isinstance(made, Draft):
            if len(drafts) >= limits.max_rows:
                break
            drafts.append(made)
        else:
            errors.extend(made)
    return Capture(
        file=name,
        content_type=table.content_type,
        drafts=tuple(drafts),
        errors=tuple(errors),
    )


def _row_key(row: Sequence[str]) -> tuple[str, ...]:
    return tuple(normalize_header(cell) for cell in row)


def _is_total(row: Sequence[str]) -> bool:
    return any(cell and _TOTAL.fullmatch(cell.strip()) for cell in row)


def _bind(table: TableRead, mapping: ColumnMapping | None) -> _Binding | CaptureError:
    notes: list[str] = list(table.notes)
    if mapping is None or (mapping.header_row is None and not mapping.columns):
        header_index = find_header(table.rows)
        if header_index is None:
            return _no_header(table)
        detected = detect_mapping(table.rows[header_index])
        if mapping is not None:  # constants or a date order without columns
            detected = replace(detected, constants=mapping.constants, date_order=mapping.date_order)
        mapping = detected
    elif mapping.header_row == 0:
        header_index = None
    elif mapping.header_row is not None:
        named = [c.header for c in mapping.columns if c.header is not None]
        given = (
            table.numbers.index(mapping.header_row) if mapping.header_row in table.numbers else None
        )
        if named and (given is None or _find_named_header([table.rows[given]], named) is None):
            # the header row moved (a longer title block): find it by the names it holds
            given = _find_named_header(table.rows, named)
        if given is None:
            return CaptureError(
                "missing-columns",
                f"the mapping puts the header in row {mapping.header_row}, which is blank or "
                "beyond the end of the file",
                f"row {mapping.header_row}",
            )
        header_index = given
    else:
        named = [c.header for c in mapping.columns if c.header is not None]
        header_index = _find_named_header(table.rows, named) if named else None
        if header_index is None:
            header_index = find_header(table.rows)
        if header_index is None and named:
            return _no_header(table)
    header = table.rows[header_index] if header_index is not None else ()
    where = f"row {table.numbers[header_index]}" if header_index is not None else None
    columns: dict[str, MappedColumn] = {}
    absent: list[str] = []
    for column in mapping.columns:
        index = column.index
        if column.header is not None:
            wanted = column.header.strip().casefold()
            matches = [i for i, cell in enumerate(header) if cell.strip().casefold() == wanted]
            if not matches:
                wanted_key = normalize_header(column.header)
                matches = [
                    i for i, cell in enumerate(header) if normalize_header(cell) == wanted_key
                ]
            if not matches:
                absent.append(column.header)
                continue
            index = matches[0]
        if index is None:
            continue
        columns[column.field] = replace(column, index=index)
    if absent:
        found = ", ".join(f"'{cell}'" for cell in header if cell) or "nothing"
        listed = ", ".join(f"'{name}'" for name in absent)
        return CaptureError(
            "missing-columns",
            f"the mapping names {listed}, not in the header row; the header row has {found}",
            where,
        )
    resolved = replace(mapping, columns=tuple(columns.values()))
    missing = missing_required(resolved)
    if missing:
        found = ", ".join(f"'{cell}'" for cell in header if cell) or "nothing"
        wanted = "; ".join(f"{what} (headers like {_EXAMPLES[what]})" for what in missing)
        return CaptureError(
            "missing-columns",
            f"no column for the {wanted}. The header row has {found}. "
            "Map the columns yourself (a column mapping) and import again.",
            where,
        )
    start = 0 if header_index is None else header_index + 1
    order = {
        name: _date_order(mapping.date_order, table.rows[start:], columns[name].index or 0)
        for name in DATE_FIELDS
        if name in columns
    }
    if "dmy" in order.values() and mapping.date_order == "auto":
        notes.append("dates read day first (dd/mm/yyyy): some day numbers are above 12")
    defaults = _defaults(mapping, columns, table.rows[:header_index] if header_index else ())
    return _Binding(header_index, columns, order, defaults, tuple(notes))


def _find_named_header(rows: Sequence[Sequence[str]], names: Sequence[str]) -> int | None:
    """The first row holding most of the header texts a mapping names."""
    wanted = {normalize_header(name) for name in names}
    best_index, best_count = None, 0
    for index, row in enumerate(rows[:HEADER_SCAN_ROWS]):
        count = len(wanted & {normalize_header(cell) for cell in row})
        if count > best_count:
            best_index, best_count = index, count
    return best_index if best_count * 2 > len(wanted) else None


def _no_header(table: TableRead) -> CaptureError:
    first = table.rows[0] if table.rows else ()
    shown = ", ".join(f"'{cell}'" for cell in first[:8] if cell) or "nothing"
    where = f"row {table.numbers[0]}" if table.numbers else None
    return CaptureError(
        "missing-columns" if table.rows else "empty",
        "no header row found in the first rows: expected headers such as 'Course Title', "
        f"'Date Completed' and 'Contact Hours' (the first row has {shown}). "
        "Map the columns yourself (a column mapping) and import again."
        if table.rows
        else "the file holds no rows",
        where,
    )


_NUMERIC_DATE = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})")


def _date_order(choice: str, rows: Sequence[Sequence[str]], index: int) -> str:
    if choice in ("mdy", "dmy"):
        return choice
    day_first = month_first = 0
    for row in rows:
        cell = row[index] if index < len(row) else ""
        match = _NUMERIC_DATE.fullmatch(cell.strip())
        if not match:
            continue
        first, second = int(match.group(1)), int(match.group(2))
        if first > 12 >= second:
            day_first += 1
        elif second > 12 >= first:
            month_first += 1
    return "dmy" if day_first > month_first else "mdy"


_TITLE_BLOCK_LABELS = {
    "participant_name": (
        "name",
        "participant",
        "participant name",
        "learner",
        "learner name",
        "licensee",
        "licensee name",
        "student",
        "student name",
        "member name",
        "full name",
        "transcript for",
        "attendee",
    ),
    "license_number": ("license number", "license", "lic number", "state license number"),
    "provider": ("provider", "provider name", "sponsor", "organization", "ce provider"),
    "provider_number": ("provider number", "pace provider number", "provider id"),
}


def _defaults(
    mapping: ColumnMapping, columns: Mapping[str, MappedColumn], block: Sequence[Sequence[str]]
) -> dict[str, Field]:
    defaults: dict[str, Field] = {}
    # The title block above the header: "Name: Pat Doe", or "License #" | "CH12345".
    labels = {
        normalize_header(label): target
        for target, names in _TITLE_BLOCK_LABELS.items()
        for label in names
    }
    for row in block:
        for position, cell in enumerate(row):
            label, sep, rest = cell.partition(":")
            value = rest.strip() if sep else ""
            if not value and position + 1 < len(row):
                value = row[position + 1].strip()
            target = labels.get(normalize_header(label))
            if target and value and target not in defaults and len(value) <= 200:
                defaults[target] = Field(value, 0.7, f"title block: {cell}")
    for key, value in mapping.constants:
        if key == "accreditation":
            defaults[key] = Field(accreditation_id(value), 0.95, f"mapping: {value}")
        elif key == "unit":
            unit = unit_of(value)
            if unit:
                defaults["unit"] = Field(unit, 0.95, f"mapping: {value}")
        else:
            defaults[key] = Field(value, 0.95, f"mapping: {value}")
    # "P.A.C.E. Hours" says the accreditation as well as the unit.
    amount = next((columns[n] for n in (*AMOUNT_FIELDS, "amount") if n in columns), None)
    if amount is not None and amount.header and "accreditation" not in defaults:
        found = find_accreditations(amount.header)
        if found:
            defaults["accreditation"] = Field(found[0][0], 0.7, f"column '{amount.header}'")
    return defaults


def _cell(row: Sequence[str], column: MappedColumn | None) -> str:
    if column is None or column.index is None or column.index >= len(row):
        return ""
    return row[column.index].strip()


@dataclass(frozen=True, slots=True)
class _Row:
    """One data row with the mapping that reads it."""

    row: Sequence[str]
    columns: Mapping[str, MappedColumn]
    where: str

    def cell(self, name: str) -> str:
        return _cell(self.row, self.columns.get(name))

    def weight(self, name: str) -> float:
        column = self.columns.get(name)
        return column.confidence if column is not None else 1.0

    def describe(self, name: str) -> str:
        return self.columns[name].describe()


def _row_draft(
    table: TableRead, bound: _Binding, row: Sequence[str], number: int
) -> Draft | list[CaptureError] | None:
    read = _Row(row, bound.columns, f"row {number}")
    amount_name = next((n for n in (*AMOUNT_FIELDS, "amount") if n in bound.columns), "amount")
    dates = [read.cell(name) for name in ("completed_on", "start", "end")]
    if (not read.cell("title") and not any(dates) and not read.cell(amount_name)) or sum(
        1 for text in row if text
    ) == 1:
        return None  # not an activity: a section heading, "Page 2 of 3", a signature line
    status = read.cell("status")
    if status and _NOT_DONE.search(status):
        return [
            CaptureError(
                "not-completed",
                f"skipped: column {read.describe('status')} says '{status}'; only "
                "completed activities are imported",
                read.where,
            )
        ]
    fields: dict[str, Field] = {}
    notes: list[str] = list(bound.notes)
    errors = _required_fields(read, bound, amount_name, fields, notes)
    if errors:
        return errors
    _other_fields(read, fields, notes)
    for key, default in bound.defaults.items():
        if key != "unit" and key not in fields:
            fields[key] = default
    fields.setdefault("evidence", Field("provider-transcript", 0.9, "transcript"))
    return Draft(
        fields=fields, origin=table.kind, where=read.where, notes=tuple(dict.fromkeys(notes))
    )


def _required_fields(
    read: _Row, bound: _Binding, amount_name: str, fields: dict[str, Field], notes: list[str]
) -> list[CaptureError]:
    """Title, dates and amount into `fields`; what is missing or unreadable as errors."""
    where = read.where
    errors: list[CaptureError] = []
    title = read.cell("title")
    if title:
        fields["title"] = Field(title, 0.95 * read.weight("title"), title)
    else:
        errors.append(
            CaptureError(
                "missing-value", f"no title: column {read.describe('title')} is empty", where
            )
        )
    found_dates: dict[str, tuple[date, float]] = {}
    for name in DATE_FIELDS:
        text = read.cell(name)
        if not text:
            continue
        parsed = _cell_date(text, bound.order.get(name, "mdy"))
        if parsed is None:
            if name in ("expires_on", "issued_on"):
                notes.append(f"column {read.describe(name)} holds '{text}', not a date")
                continue
            errors.append(
                CaptureError(
                    "bad-date",
                    f"column {read.describe(name)} holds '{_short(text)}', not a date; "
                    "expected e.g. 03/14/2025, 14 March 2025 or 2025-03-14",
                    where,
                )
            )
            continue
        day, sure = parsed
        found_dates[name] = (day, sure * read.weight(name))
        fields[name] = Field(day.isoformat(), sure * read.weight(name), text)
    if not any(name in found_dates for name in ("completed_on", "start", "end")) and not any(
        e.code == "bad-date" for e in errors
    ):
        named = [read.describe(n) for n in ("completed_on", "start", "end") if n in read.columns]
        errors.append(
            CaptureError("missing-value", f"no date: column {' / '.join(named)} is empty", where)
        )
    _settle_dates(fields, found_dates, notes, where, errors, read.columns)
    amount_text = read.cell(amount_name)
    amount = _cell_amount(amount_text, amount_name, read.cell("unit"), bound.defaults.get("unit"))
    if isinstance(amount, str):
        errors.append(
            CaptureError(
                "missing-value" if not amount_text else "bad-amount",
                f"column {read.describe(amount_name)} {amount}",
                where,
            )
        )
    else:
        unit, value, confidence, source = amount
        fields[unit] = Field(value, confidence * read.weight(amount_name), source)
    return errors


def _other_fields(read: _Row, fields: dict[str, Field], notes: list[str]) -> None:
    """Text columns, a split name, accreditation, kind and category into `fields`."""
    for name in TEXT_FIELDS:
        text = read.cell(name)
        if text and name != "title":
            fields[name] = Field(text, 0.9 * read.weight(name), text)
    if "participant_name" not in fields:
        first, last = read.cell("first_name"), read.cell("last_name")
        if first or last:
            joined = " ".join(part for part in (first, last) if part)
            confidence = 0.9 * min(read.weight("first_name"), read.weight("last_name"))
            fields["participant_name"] = Field(joined, confidence, f"{first} | {last}")
    accreditation_text = read.cell("accreditation")
    unit_text = read.cell("unit")
    if accreditation_text:
        ident = accreditation_id(accreditation_text)
        # "Credit Type: CEU" names the unit, already used for the amount.
        if ident != "other" or not unit_of(accreditation_text):
            sure = 0.9 if ident != "other" else 0.5
            fields["accreditation"] = Field(
                ident, sure * read.weight("accreditation"), accreditation_text
            )
    if "accreditation" not in fields and unit_text and accreditation_id(unit_text) != "other":
        fields["accreditation"] = Field(accreditation_id(unit_text), 0.7, unit_text)
    kind_text = read.cell("kind")
    if kind_text:
        kind = _kind_of(kind_text)
        if kind:
            fields["kind"] = Field(kind, 0.75 * read.weight("kind"), kind_text)
        elif "delivery" not in fields:
            fields["delivery"] = Field(kind_text, 0.6, kind_text)
    category = read.cell("category")
    if category:
        topics = topics_from_text(category)
        if topics:
            fields["topics"] = Field(topics, 0.75 * read.weight("category"), category)
        else:
            guessed = _guess_topics(category)
            if guessed is not None:
                fields["topics"] = guessed
            else:
                notes.append(f"category '{_short(category)}' matches no topic; pick the topics")


def _settle_dates(
    fields: dict[str, Field],
    found: Mapping[str, tuple[date, float]],
    notes: list[str],
    where: str,
    errors: list[CaptureError],
    columns: Mapping[str, MappedColumn],
) -> None:
    """Leaves either completed_on, or start and end, as the ledger wants."""
    start, end = found.get("start"), found.get("end")
    if start and end:
        if end[0] < start[0]:
            errors.append(
                CaptureError(
                    "bad-date",
                    f"column {columns['end'].describe()} ({end[0]}) is before column "
                    f"{columns['start'].describe()} ({start[0]})",
                    where,
                )
            )
            return
        if start[0] == end[0]:
            fields.pop("start")
            fields.pop("end")
            fields.setdefault("completed_on", Field(end[0].isoformat(), min(start[1], end[1])))
        else:
            fields.pop("completed_on", None)
        return
    single = start or end
    if single is not None:
        fields.pop("start", None)
        fields.pop("end", None)
        if "completed_on" not in fields:
            fields["completed_on"] = Field(single[0].isoformat(), single[1] * 0.9)
            notes.append("only one of start and end date given; used as the completion date")


def _short(text: str, width: int = 60) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _cell_date(text: str, order: str) -> tuple[date, float] | None:
    """A cell's date and how sure the reading is; ISO dates and month names are certain."""
    text = text.strip()
    iso = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+(?:Z|[+-]\d\d:?\d\d)?)?", text)
    if iso:
        found = _make_date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
        return (found, 0.95) if found else None
    numeric = _NUMERIC_DATE.fullmatch(text)
    if numeric:
        first, second, year_text = (int(numeric.group(i)) for i in (1, 2, 3))
        year = year_text + 2000 if year_text < 100 else year_text
        month, day = (first, second) if order == "mdy" else (second, first)
        found = _make_date(year, month, day)
        if found is None:
            return None
        ambiguous = first <= 12 and second <= 12 and first != second
        return found, 0.85 if ambiguous else 0.95
    serial = re.fullmatch(r"\d{5}(?:\.\d+)?", text)
    if serial:
        number = float(text)
        if 20_000 <= number <= 73_000:  # an Excel serial day number (1954-2099)
            found = date(1899, 12, 30) + timedelta(days=int(number))
            return found, 0.6
        return None
    parsed = parse_date(text)
    if parsed is None:
        return None
    return parsed, 0.9


def _make_date(year: int, month: int, day: int) -> date | None:
    try:
        found = date(year, month, day)
    except ValueError:
        return None
    return found if EARLIEST_DATE <= found <= date(2100, 1, 1) else None


def _cell_amount(
    text: str, column_unit: str, unit_text: str, default_unit: Field | None
) -> tuple[str, str, float, str] | str:
    """(unit, value, confidence, source), or what is wrong, worded after "column 'X' "."""
    if not text:
        return "is empty: an amount is required"
    unit = column_unit
    confidence = 0.95
    if unit_text:
        named = unit_of(unit_text)
        if named:
            unit = named
    if unit == "amount":
        given = default_unit.value if default_unit is not None else None
        unit = given if isinstance(given, str) else "hours"
        if not unit_text and default_unit is None:
            confidence = 0.7
    cleaned = text.strip()
    if re.match(r"^(?:-|\(\s*\d|−)", cleaned):
        return f"holds '{_short(cleaned)}', a negative amount; an activity earns a positive amount"
    value = parse_decimal(cleaned)
    if value is None:
        found = find_amounts(cleaned)
        if len(found) == 1 and found[0][1].start == 0:
            unit, value = found[0][0], Decimal(found[0][1].value)
            confidence = 0.85
        else:
            return f"holds '{_short(cleaned)}', not a number"
    if value <= 0:
        return f"holds '{cleaned}'; an activity earns a positive amount"
    if value > AMOUNT_LIMITS[unit]:
        return (
            f"holds {cleaned} {unit.replace('_', ' ')}, more than is plausible for one "
            f"activity (at most {AMOUNT_LIMITS[unit]})"
        )
    if unit == "minutes" and value != value.to_integral_value():
        return f"holds {cleaned}: minutes must be a whole number"
    if value.quantize(Decimal("0.01")) != value:
        return f"holds {cleaned}: at most two decimals"
    return unit, plain_decimal(value), confidence, cleaned


def _kind_of(text: str) -> str | None:
    key = text.strip().casefold()
    if key in vocabulary().kinds:
        return key
    for pattern, kind in _KIND_WORDS:
        if re.search(rf"\b(?:{pattern})\b", key):
            return kind
    return None


def topics_from_text(text: str) -> tuple[str, ...]:
    """Topic ids named by a category cell ("Blood Banking; Hematology"), by id or id words.

    Only exact names are taken here; free-text inference is the topic module's job.
    """
    topics = vocabulary().topics
    found: list[str] = []
    for part in re.split(r"[;,/|]+", text):
        key = re.sub(r"[^a-z0-9]+", "-", part.strip().casefold()).strip("-")
        if key in topics and key not in found:
            found.append(key)
        elif key and key.rstrip("s") in topics and key.rstrip("s") not in found:
            found.append(key.rstrip("s"))
    return tuple(found)


def _guess_topics(text: str) -> Field | None:
    """Topics inferred from a free-text category ("Blood Bank") by the topic module."""
    from cetrack.core.capture.topics import infer_topics, pretick

    guesses = [guess for guess in infer_topics(text) if pretick(guess)]
    if not guesses:
        return None
    confidence = min(0.7, min(guess.confidence for guess in guesses))
    return Field(tuple(guess.topic for guess in guesses), confidence, text)


__all__ = [
    "CSV_TYPE",
    "XLSX_TYPE",
    "XLS_TYPE",
    "ColumnMapping",
    "MappedColumn",
    "MappingError",
    "TableRead",
    "cell_text",
    "decode_text",
    "detect_mapping",
    "drafts_from_table",
    "find_header",
    "mapping_from_dict",
    "match_header",
    "missing_required",
    "normalize_header",
    "propose_mapping",
    "read_rows",
    "read_table",
    "sniff_table",
    "topics_from_text",
]
