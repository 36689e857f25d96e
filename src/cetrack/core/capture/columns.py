"""Transcript columns to ledger fields: the header row, header synonyms, mappings and presets.

`find_header` finds the header row (provider transcripts often start with a title block);
`detect_mapping` maps its headers to ledger fields through a synonym table, with a confidence
per column. A `ColumnMapping` can be saved as a TOML preset (`to_toml` / `from_toml`) and
handed back for the next file from the same provider.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

import tomli_w

from cetrack.core.capture.table_files import (
    HEADER_SCAN_ROWS,
    MAX_COLUMNS,
    TableRead,
)
from cetrack.core.capture.values import (
    find_amounts,
    parse_date,
)
from cetrack.core.ledger import AMOUNT_FIELDS
from cetrack.core.vocabulary import vocabulary

MAPPING_FORMAT = 1

# Fields a column may be mapped to: ledger activity keys, the draft extras, and helpers that
# are combined into ledger keys (`amount` + `unit`, `first_name` + `last_name`, `category`).
TEXT_FIELDS = (
    "title",
    "provider",
    "participant_name",
    "course_number",
    "provider_number",
    "approval_number",
    "accrediting_agency_number",
    "license_number",
    "level",
    "delivery",
    "notes",
)
DATE_FIELDS = ("completed_on", "start", "end", "expires_on", "issued_on")
HELPER_FIELDS = ("amount", "unit", "first_name", "last_name", "category", "status")
MAPPABLE_FIELDS = frozenset(
    (*TEXT_FIELDS, *DATE_FIELDS, *AMOUNT_FIELDS, *HELPER_FIELDS, "kind", "accreditation")
)
# Constants a mapping may give for every row (a provider transcript names its provider once).
CONSTANT_FIELDS = frozenset(
    {
        "provider",
        "accreditation",
        "kind",
        "evidence",
        "delivery",
        "level",
        "participant_name",
        "license_number",
        "provider_number",
        "approval_number",
        "accrediting_agency_number",
        "unit",
    }
)
DATE_ORDERS = ("auto", "mdy", "dmy")
REQUIRED = ("title", "date", "amount")


# ---------------------------------------------------------------------------------------------
# Step 2: the header row and the column mapping


def normalize_header(text: str) -> str:
    """ "P.A.C.E.® Hours" -> "pace hours", "Licence #" -> "license number"."""
    folded = text.casefold().replace("®", "").replace("™", "").replace("(r)", "")
    folded = folded.replace("licence", "license").replace("'", "").replace(".", "")
    folded = folded.replace("#", " number ")
    words = re.sub(r"[^0-9a-z]+", " ", folded).split()
    return " ".join("number" if word in ("no", "num", "nbr", "nr") else word for word in words)


# Header text -> (field, confidence); names separated by " | ", compared after normalize_header.
_SYNONYM_TABLE: tuple[tuple[str, float, str], ...] = (
    (
        "title",
        0.95,
        "Course Title | Title | Course | Course Name | Activity | Activity Title | "
        "Activity Name | Program | Program Name | Program Title | Programme | Session | "
        "Session Title | Event | Event Name | Event Title | Webinar | Webinar Title | "
        "Module | Name of Course | Name of Program | Course/Activity | Lesson",
    ),
    (
        "completed_on",
        0.95,
        "Date Completed | Completion Date | Completed | Completed On | Completed Date | "
        "Date of Completion | Date Earned | Earned Date | Date Awarded | Award Date | "
        "Activity Date | Course Date | Program Date | Event Date | Session Date | "
        "Date Attended | Attendance Date | Credit Date | Date of Program | "
        "Date of Activity | Date Taken",
    ),
    ("completed_on", 0.85, "Date | Dates"),
    ("start", 0.9, "Start Date | Begin Date | Date Started | Start | From Date"),
    ("end", 0.9, "End Date | Finish Date | Date Ended | End | To Date | Through"),
    ("expires_on", 0.9, "Expiration Date | Expiry Date | Expires | Expiration"),
    ("issued_on", 0.85, "Issue Date | Date Issued | Certificate Date"),
    (
        "hours",
        0.95,
        "Contact Hours | CE Hours | Hours | Hrs | Clock Hours | Credit Hours | "
        "Contact Hrs | CE Contact Hours | Hours Earned | P.A.C.E. Hours | "
        "P.A.C.E. Credits | P.A.C.E. Contact Hours | PACE Hours | CMLE Credits | "
        "CMLE Hours | CMLE | ACCENT Credits | ACCENT Hours | CME Credits | CME Hours | "
        "AMA PRA Category 1 Credits",
    ),
    ("hours", 0.85, "Credits | Credit | Credits Earned | CE Credits | CE | CEs | CE Credit"),
    ("ceu", 0.95, "CEU | CEUs | CE Units | Continuing Education Units | IACET CEUs"),
    ("minutes", 0.95, "Minutes | Mins | Duration (Minutes) | Length (Minutes)"),
    ("points", 0.95, "Points | CMP Points | CCP Points | CE Points | Points Earned"),
    ("semester_hours", 0.95, "Semester Hours | Semester Credits | Semester Credit Hours"),
    ("quarter_hours", 0.95, "Quarter Hours | Quarter Credits | Quarter Credit Hours"),
    ("amount", 0.85, "Amount | Credit Amount | Credit Earned | Quantity"),
    ("unit", 0.9, "Unit | Units | Credit Unit | Credit Units | Unit Type | Unit of Credit"),
    (
        "provider",
        0.95,
        "Provider | Provider Name | Sponsor | Sponsor Name | Organization | "
        "Organisation | Organization Name | CE Provider | Education Provider | "
        "Presented By | Offered By | Vendor | Organizer",
    ),
    (
        "course_number",
        0.95,
        "Course # | Course Number | Course No. | Program Number | Program # | Course ID | "
        "Course Code | Activity ID | Activity Number | Activity # | Program ID | "
        "Program Code | P.A.C.E. Program Number | P.A.C.E. Course Number | "
        "P.A.C.E. Program # | Session ID | Event ID",
    ),
    (
        "provider_number",
        0.95,
        "Provider # | Provider Number | Provider ID | P.A.C.E. Provider Number | "
        "P.A.C.E. Provider # | Provider Tracking Number | Sponsor Number",
    ),
    (
        "approval_number",
        0.95,
        "Approval # | Approval Number | Approval Code | Board Approval Number | "
        "CE Broker # | CE Broker Number | CE Broker Tracking Number | "
        "Course Approval Number",
    ),
    (
        "accrediting_agency_number",
        0.95,
        "Accrediting Agency Number | Accrediting Agency # | Accreditation Number | "
        "Accreditation # | Agency Number",
    ),
    (
        "license_number",
        0.95,
        "License # | License Number | Licence Number | License No. | Lic # | License | "
        "State License Number | License ID",
    ),
    (
        "accreditation",
        0.9,
        "Accreditation | Credit Type | Accrediting Body | Accredited By | Approved By | "
        "Accreditation Type | Approval Body | CE Type | Type of Credit",
    ),
    (
        "category",
        0.9,
        "Category | Content Area | Subject Area | Subject | Specialty | Specialty Area | "
        "Discipline | Topic Area | Topics | Topic | CMP Category | Content Category",
    ),
    (
        "participant_name",
        0.9,
        "Participant | Participant Name | Attendee | Attendee Name | Learner | "
        "Learner Name | Student | Student Name | Full Name | Licensee | Licensee Name | "
        "Employee Name | Member Name",
    ),
    ("participant_name", 0.75, "Name"),
    ("first_name", 0.95, "First Name | First | Given Name | FName | Firstname"),
    ("last_name", 0.95, "Last Name | Last | Surname | Family Name | LName | Lastname"),
    ("kind", 0.8, "Activity Type | Course Type | Type | Kind | Event Type | Program Type"),
    ("delivery", 0.85, "Delivery | Delivery Method | Format | Method | Mode | Delivery Mode"),
    ("level", 0.85, "Level | Course Level | Difficulty"),
    ("notes", 0.8, "Notes | Comments | Remarks | Note"),
    ("status", 0.85, "Status | Completion Status | Course Status"),
)


def _synonyms() -> dict[str, tuple[str, float]]:
    table: dict[str, tuple[str, float]] = {}
    for target, confidence, names in _SYNONYM_TABLE:
        for name in names.split(" | "):
            table[normalize_header(name)] = (target, confidence)
    return table


_SYNONYMS = _synonyms()

# (words that must all appear, words that must not, target, confidence), most specific first.
_KEYWORD_RULES: tuple[tuple[tuple[str, ...], tuple[str, ...], str, float], ...] = (
    (("first", "name"), (), "first_name", 0.7),
    (("last", "name"), (), "last_name", 0.7),
    (("license",), (), "license_number", 0.7),
    (("approval", "number"), (), "approval_number", 0.7),
    (("provider", "number"), (), "provider_number", 0.7),
    (("provider", "id"), (), "provider_number", 0.7),
    (("course", "number"), (), "course_number", 0.7),
    (("course", "id"), (), "course_number", 0.7),
    (("program", "number"), (), "course_number", 0.7),
    (("title",), (), "title", 0.7),
    (("course", "name"), (), "title", 0.7),
    (("expir",), (), "expires_on", 0.65),
    (("start", "date"), (), "start", 0.7),
    (("end", "date"), (), "end", 0.7),
    (("complet", "date"), (), "completed_on", 0.75),
    (
        ("date",),
        ("birth", "regist", "enrol", "print", "issue", "due", "hire"),
        "completed_on",
        0.55,
    ),
    (("ceu",), (), "ceu", 0.7),
    (("minute",), (), "minutes", 0.7),
    (("point",), (), "points", 0.7),
    (("semester",), (), "semester_hours", 0.65),
    (("quarter",), (), "quarter_hours", 0.65),
    (("hour",), (), "hours", 0.65),
    (("hrs",), (), "hours", 0.65),
    (("credit",), ("type", "card"), "hours", 0.55),
    (("provider",), (), "provider", 0.65),
    (("sponsor",), (), "provider", 0.65),
    (("accredit",), (), "accreditation", 0.6),
    (("categor",), (), "category", 0.6),
    (("subject",), (), "category", 0.6),
    (("specialt",), (), "category", 0.6),
    (("participant",), (), "participant_name", 0.6),
    (("attendee",), (), "participant_name", 0.6),
    (("learner",), (), "participant_name", 0.6),
)


def match_header(text: str) -> tuple[str, float] | None:
    """The field a header names and how sure the match is, or None."""
    key = normalize_header(text)
    if not key or len(key) > 60:
        return None
    found = _SYNONYMS.get(key)
    if found is not None:
        return found
    if re.fullmatch(r"[\d\s.,/-]*", key):
        return None
    for needed, refused, target, confidence in _KEYWORD_RULES:
        if all(
            any(word.startswith(n) or n in word for word in key.split()) for n in needed
        ) and not any(r in key for r in refused):
            return target, confidence
    return None


@dataclass(frozen=True, slots=True)
class MappedColumn:
    """One column's role. `index` is 0-based; `header` is the header text as in the file."""

    field: str
    index: int | None = None
    header: str | None = None
    confidence: float = 1.0

    def describe(self) -> str:
        if self.header:
            return f"'{self.header}'"
        return f"column {column_letters(self.index or 0)}"


@dataclass(frozen=True, slots=True)
class ColumnMapping:
    """Which column holds which ledger field, plus values that hold for every row.

    Columns are named by header text (robust to reordering) or by position. `header_row` is
    the file row number of the header: None finds it, 0 means the file has no header row.
    `date_order` reads "03/04/2025" as March 4 ("mdy") or 3 April ("dmy"); "auto" decides
    per column from the values (a first number above 12 means day first), else "mdy".
    """

    columns: tuple[MappedColumn, ...] = ()
    constants: tuple[tuple[str, str], ...] = ()
    header_row: int | None = None
    date_order: str = "auto"
    sheet: str | None = None

    def column(self, name: str) -> MappedColumn | None:
        return next((column for column in self.columns if column.field == name), None)

    def constant(self, name: str) -> str | None:
        return next((value for key, value in self.constants if key == name), None)

    @property
    def fields(self) -> frozenset[str]:
        return frozenset(column.field for column in self.columns)

    def with_constant(self, name: str, value: str) -> ColumnMapping:
        kept = tuple((key, old) for key, old in self.constants if key != name)
        return replace(self, constants=(*kept, (name, value)))

    def to_toml(self) -> str:
        """The mapping as a preset file; columns by header text where known, else by number."""
        document: dict[str, Any] = {"format": MAPPING_FORMAT}
        # Columns named by header text are found by those names even when the header row
        # moved (the next file's title block is a line longer); header_row is only a hint then.
        if self.header_row is not None:
            document["header_row"] = self.header_row
        document["date_order"] = self.date_order
        if self.sheet is not None:
            document["sheet"] = self.sheet
        columns: dict[str, Any] = {}
        for column in self.columns:
            if column.header:
                columns[column.field] = column.header
            elif column.index is not None:
                columns[column.field] = column.index + 1
        document["columns"] = columns
        if self.constants:
            document["constants"] = dict(self.constants)
        header = (
            "# cetrack column mapping: which column of a transcript holds which activity field.\n"
            '# [columns]: field = "header text" or column number (1 = the first column).\n'
        )
        return header + tomli_w.dumps(document)

    @classmethod
    def from_toml(cls, text: str) -> ColumnMapping:
        """A mapping preset from TOML; raises `MappingError` (a ValueError) saying what is wrong."""
        try:
            document = tomllib.loads(text)
        except tomllib.TOMLDecodeError as error:
            raise MappingError(f"not valid TOML: {error}") from None
        except RecursionError:
            raise MappingError("not valid TOML: nested too deeply") from None
        return mapping_from_dict(document)


class MappingError(ValueError):
    """A column-mapping preset that cannot be used; the message names the key at fault."""


def mapping_from_dict(document: Mapping[str, Any]) -> ColumnMapping:
    known = {"format", "header_row", "date_order", "sheet", "columns", "constants"}
    unknown = sorted(set(document) - known)
    if unknown:
        raise MappingError(
            f"unknown key {unknown[0]!r}; expected one of {', '.join(sorted(known))}"
        )
    version = document.get("format", MAPPING_FORMAT)
    if version != MAPPING_FORMAT:
        raise MappingError(f"format: expected {MAPPING_FORMAT}, got {version!r}")
    header_row = document.get("header_row")
    if header_row is not None and (
        isinstance(header_row, bool) or not isinstance(header_row, int) or header_row < 0
    ):
        raise MappingError(
            f"header_row: expected a row number (0 for no header row), got {header_row!r}"
        )
    date_order = document.get("date_order", "auto")
    if date_order not in DATE_ORDERS:
        raise MappingError(
            f"date_order: expected one of {', '.join(DATE_ORDERS)}, got {date_order!r}"
        )
    sheet = document.get("sheet")
    if sheet is not None and not isinstance(sheet, str):
        raise MappingError(f"sheet: expected the sheet's name, got {sheet!r}")
    raw_columns = document.get("columns", {})
    if not isinstance(raw_columns, dict):
        raise MappingError("columns: expected a table of field = column")
    columns: list[MappedColumn] = []
    for name, ref in raw_columns.items():
        if name not in MAPPABLE_FIELDS:
            raise MappingError(
                f"columns.{name}: not a field a column can hold; expected one of "
                f"{', '.join(sorted(MAPPABLE_FIELDS))}"
            )
        if isinstance(ref, bool):
            raise MappingError(f"columns.{name}: expected a header text or a column number")
        if isinstance(ref, int):
            if not 1 <= ref <= MAX_COLUMNS:
                raise MappingError(f"columns.{name}: column numbers run from 1 to {MAX_COLUMNS}")
            columns.append(MappedColumn(name, index=ref - 1))
        elif isinstance(ref, str) and ref.strip():
            columns.append(MappedColumn(name, header=ref.strip()))
        else:
            raise MappingError(f"columns.{name}: expected a header text or a column number")
    if header_row == 0 and any(column.index is None for column in columns):
        raise MappingError("columns: with header_row = 0 (no header row) name columns by number")
    raw_constants = document.get("constants", {})
    if not isinstance(raw_constants, dict):
        raise MappingError("constants: expected a table of field = value")
    constants: list[tuple[str, str]] = []
    words = vocabulary()
    for name, value in raw_constants.items():
        if name not in CONSTANT_FIELDS:
            raise MappingError(
                f"constants.{name}: not a field with a fixed value; expected one of "
                f"{', '.join(sorted(CONSTANT_FIELDS))}"
            )
        if not isinstance(value, str) or not value.strip():
            raise MappingError(f"constants.{name}: expected text")
        value = value.strip()
        if name == "kind" and value not in words.kinds:
            raise MappingError(f"constants.kind: unknown kind {value!r} (see docs/ledger.md)")
        if name == "evidence" and value not in words.evidence:
            raise MappingError(
                f"constants.evidence: unknown evidence {value!r} (see docs/ledger.md)"
            )
        if name == "unit" and unit_of(value) is None:
            raise MappingError(
                f"constants.unit: {value!r} is not a unit; expected one of {', '.join(AMOUNT_FIELDS)}"
            )
        constants.append((name, value))
    return ColumnMapping(
        columns=tuple(columns),
        constants=tuple(constants),
        header_row=header_row,
        date_order=date_order,
        sheet=sheet,
    )


_AMOUNT_PREFERENCE = (
    "hours",
    "points",
    "minutes",
    "ceu",
    "semester_hours",
    "quarter_hours",
    "amount",
)


def detect_mapping(headers: Sequence[str]) -> ColumnMapping:
    """A mapping proposed from a header row; each field goes to its best-matching column."""
    best: dict[str, MappedColumn] = {}
    counts: dict[str, int] = {}
    for header in headers:
        key = header.strip().casefold()
        counts[key] = counts.get(key, 0) + 1
    for index, header in enumerate(headers[:MAX_COLUMNS]):
        found = match_header(header)
        if found is None:
            continue
        target, confidence = found
        unique = counts.get(header.strip().casefold(), 0) == 1
        column = MappedColumn(target, index, header.strip() if unique else None, confidence)
        if target not in best or confidence > best[target].confidence:
            best[target] = column
    amounts = [best[name] for name in _AMOUNT_PREFERENCE if name in best]
    if len(amounts) > 1:
        keep = max(amounts, key=lambda c: (c.confidence, -_AMOUNT_PREFERENCE.index(c.field)))
        for column in amounts:
            if column is not keep:
                del best[column.field]
    if (
        "participant_name" in best
        and ("first_name" in best or "last_name" in best)
        and best["participant_name"].confidence < 0.9
    ):
        del best["participant_name"]
    if "title" not in best and "participant_name" in best:
        name = best["participant_name"]
        if normalize_header(name.header or "") == "name":
            # a bare "Name" beside no title column is most likely the course's name
            best["title"] = replace(name, field="title", confidence=0.6)
            del best["participant_name"]
    ordered = sorted(best.values(), key=lambda column: column.index or 0)
    return ColumnMapping(columns=tuple(ordered))


def find_header(rows: Sequence[Sequence[str]]) -> int | None:
    """The index (into `rows`) of the header row among the first rows, or None."""
    best_index: int | None = None
    best_score = 0.0
    for index, row in enumerate(rows[:HEADER_SCAN_ROWS]):
        targets: dict[str, float] = {}
        for cell in row:
            if not cell or _looks_like_value(cell):
                continue
            found = match_header(cell)
            if found is not None:
                target, confidence = found
                targets[target] = max(targets.get(target, 0.0), confidence)
        groups = {_group(target) for target in targets}
        if len(targets) < 2 or not groups & {"title", "date", "amount"}:
            continue
        score = sum(targets.values()) + 0.5 * len(groups & {"title", "date", "amount"})
        if score > best_score + 1e-9:
            best_index, best_score = index, score
    return best_index


def _group(target: str) -> str:
    if target == "title":
        return "title"
    if target in ("completed_on", "start", "end"):
        return "date"
    if target in AMOUNT_FIELDS or target == "amount":
        return "amount"
    return target


def _looks_like_value(cell: str) -> bool:
    return bool(re.fullmatch(r"[\d\s.,:/$%()-]+", cell)) or parse_date(cell) is not None


def propose_mapping(table: TableRead) -> ColumnMapping:
    """The detected header row and mapping of a table (empty when no header row is found)."""
    index = find_header(table.rows)
    if index is None:
        return ColumnMapping(sheet=table.sheet if table.kind != "csv" else None)
    mapping = detect_mapping(table.rows[index])
    return replace(
        mapping,
        header_row=table.numbers[index],
        sheet=table.sheet if table.kind != "csv" else None,
    )


def missing_required(mapping: ColumnMapping) -> tuple[str, ...]:
    """Which of "title", "date" and "amount" no column of the mapping provides."""
    fields = mapping.fields
    missing: list[str] = []
    if "title" not in fields:
        missing.append("title")
    if not fields & {"completed_on", "start", "end"}:
        missing.append("date")
    if not fields & {*AMOUNT_FIELDS, "amount"}:
        missing.append("amount")
    return tuple(missing)


def unit_of(text: str) -> str | None:
    """The ledger amount field a unit word names: "CEUs" -> "ceu", "Contact Hours" -> "hours"."""
    cleaned = text.strip()
    if not cleaned or len(cleaned) > 60:
        return None
    if cleaned.casefold() in AMOUNT_FIELDS:
        return cleaned.casefold()
    if cleaned.casefold().replace(" ", "_") in AMOUNT_FIELDS:
        return cleaned.casefold().replace(" ", "_")
    found = find_amounts("1 " + cleaned)
    if found and found[0][1].start == 0:
        return found[0][0]
    return None


def column_letters(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters
