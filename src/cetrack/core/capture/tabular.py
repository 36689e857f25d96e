"""CSV and spreadsheet transcripts (CSV, XLSX, XLS) into draft activities, through a column mapping.

Reading happens in three steps, each usable on its own (the web app shows the middle one):

1. `read_rows` turns the bytes into rows of text cells, whatever the container: CSV in UTF-8
   (with or without BOM), UTF-16 (with BOM) or Windows-1252, delimited by commas, semicolons,
   tabs or bars; the first sheet of an XLSX (openpyxl, read-only) or XLS (xlrd) workbook.
   Excel dates become ISO dates, numbers plain decimals ("1.5", "12345").
2. `find_header` finds the header row, which need not be row 1 (provider transcripts often
   start with a title block), and `detect_mapping` maps its headers to ledger fields through a
   synonym table, with a confidence per column. A `ColumnMapping` can be saved as a TOML preset
   (`to_toml` / `from_toml`) and handed back for the next file from the same provider.
3. `read_table` makes one draft per data row. A bad row (no title, an unreadable date, a
   negative amount) becomes an error located by the file's own row number, and the other rows
   are still read. Blank rows, repeated header rows and "Total" footers are skipped.

Nothing here raises for bad input: unreadable files come back as `CaptureError`s.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import tomllib
import warnings
import zipfile
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any

import tomli_w

from cetrack.core.capture.draft import DEFAULT_LIMITS, Capture, CaptureError, Draft, Field, Limits
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

CSV_TYPE = "text/csv"
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
XLS_TYPE = "application/vnd.ms-excel"

MAX_COLUMNS = 100  # a transcript has a dozen; more is a different kind of file
MAX_CELL_CHARS = 2_000
HEADER_SCAN_ROWS = 30  # the header must be within the first rows
MAPPING_FORMAT = 1

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")
# Raw BIFF streams (Excel 2.x-5 files saved outside an OLE container) start with a BOF record.
_BIFF_MAGIC = (b"\x09\x00", b"\x09\x02", b"\x09\x04", b"\x09\x08")

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
# Step 1: rows of text


@dataclass(frozen=True, slots=True)
class TableRead:
    """The non-blank rows of a table as text, each with the file's own row number (1-based)."""

    kind: str  # "csv" | "xlsx" | "xls"
    content_type: str
    rows: tuple[tuple[str, ...], ...]
    numbers: tuple[int, ...]
    sheet: str | None = None
    notes: tuple[str, ...] = ()  # how the file was read ("read as Windows-1252")
    errors: tuple[CaptureError, ...] = ()  # problems that did not stop the reading

    def row(self, number: int) -> tuple[str, ...] | None:
        """The row with this file row number, if it is not blank."""
        try:
            return self.rows[self.numbers.index(number)]
        except ValueError:
            return None


class _Rows:
    """Collects rows while reading: trims, caps columns, cells and rows."""

    def __init__(self, limits: Limits) -> None:
        self.rows: list[tuple[str, ...]] = []
        self.numbers: list[int] = []
        self.notes: list[str] = []
        self.errors: list[CaptureError] = []
        self.limit = limits.max_rows
        self.full = False
        self._wide = False
        self._long_cell = False

    def add(self, number: int, cells: Iterable[str]) -> bool:
        """Adds a row; False once the row limit is reached (the caller stops reading)."""
        row = [cell.strip() for cell in cells]
        while row and not row[-1]:
            row.pop()
        if not row:
            return True
        if len(self.rows) >= self.limit:
            self.full = True
            self.errors.append(
                CaptureError(
                    "too-large",
                    f"the file has more than {self.limit} rows; only the first {self.limit} "
                    "were read (split it into smaller files)",
                    f"row {number}",
                )
            )
            return False
        if len(row) > MAX_COLUMNS:
            row = row[:MAX_COLUMNS]
            if not self._wide:
                self._wide = True
                self.notes.append(f"columns after the {MAX_COLUMNS}th were ignored")
        if any(len(cell) > MAX_CELL_CHARS for cell in row):
            row = [cell[:MAX_CELL_CHARS] for cell in row]
            if not self._long_cell:
                self._long_cell = True
                self.notes.append(f"cells longer than {MAX_CELL_CHARS} characters were cut short")
        self.rows.append(tuple(row))
        self.numbers.append(number)
        return True


def sniff_table(content: bytes) -> str | None:
    """ "xlsx", "xls" or "csv" from the first bytes (never from the name); None when binary."""
    if content.startswith(_ZIP_MAGIC):
        return "xlsx"
    if content.startswith(_OLE_MAGIC) or content[:2] in _BIFF_MAGIC:
        return "xls"
    return "csv"


def read_rows(
    name: str,
    content: bytes,
    limits: Limits = DEFAULT_LIMITS,
    *,
    sheet: str | int | None = None,
) -> TableRead | CaptureError:
    """The rows of a CSV, XLSX or XLS file as text cells, or why the file cannot be read.

    `sheet` picks a worksheet by name or 0-based position (workbooks only); the first sheet
    otherwise. At most `limits.max_rows` non-blank rows are read.
    """
    if not content:
        return CaptureError("empty", "the file is empty")
    if len(content) > limits.max_bytes:
        megabytes = limits.max_bytes // (1024 * 1024)
        return CaptureError("too-large", f"the file is larger than {megabytes} MB")
    kind = sniff_table(content)
    if kind == "xlsx":
        return _read_xlsx(content, limits, sheet)
    if kind == "xls":
        return _read_xls(content, limits, sheet)
    return _read_csv(content, limits)


def decode_text(content: bytes) -> tuple[str, tuple[str, ...]] | CaptureError:
    """Text from bytes: UTF-8 (BOM or not), UTF-16 with BOM, else Windows-1252 with a note."""
    notes: tuple[str, ...] = ()
    try:
        if content.startswith(codecs.BOM_UTF8):
            text = content[3:].decode("utf-8")
        elif content.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            text = content.decode("utf-16")
        else:
            text = None
    except UnicodeDecodeError as error:
        return CaptureError(
            "encoding",
            f"the file says it is Unicode text but byte {error.start + 1} is not valid "
            f"({error.reason}); save it again as CSV UTF-8",
        )
    if text is None:
        try:
            text = content.decode("utf-8")
        except UnicodeDecodeError:
            if _looks_utf16(content):
                codec = "utf-16-le" if content[1:2] == b"\x00" else "utf-16-be"
                text = content[: len(content) // 2 * 2].decode(codec, errors="replace")
                notes = ("read as UTF-16 without a byte-order mark",)
            else:
                text = content.decode("cp1252", errors="replace")
                notes = ("read as Windows-1252 (the file is not UTF-8)",)
    if _binary(text):
        return CaptureError(
            "encoding",
            "the file holds binary data, not text: expected a CSV (UTF-8, UTF-16 or "
            "Windows-1252), an XLSX or an XLS file",
        )
    return text, notes


def _looks_utf16(content: bytes) -> bool:
    head = content[:400]
    if len(head) < 4:
        return False
    even = head[0::2].count(0)
    odd = head[1::2].count(0)
    half = len(head) // 2
    return max(even, odd) > 0.6 * half and min(even, odd) < 0.1 * half


def _binary(text: str) -> bool:
    head = text[:8192]
    if "\x00" in head:
        return True
    if not head:
        return False
    odd = sum(1 for ch in head if (ord(ch) < 32 and ch not in "\t\r\n\f\v") or ch == "\ufffd")
    return odd > max(2, len(head) // 20)


def _delimiter(text: str) -> str:
    sample = [line for line in text[:65536].splitlines()[:60] if line.strip()]
    best, best_score = ",", 0
    for candidate in (",", ";", "\t", "|"):
        if not any(candidate in line for line in sample):
            continue
        try:
            counts = [len(row) for row in csv.reader(sample, delimiter=candidate)]
        except csv.Error:
            continue
        wide = [count for count in counts if count > 1]
        if not wide:
            continue
        mode = max(set(wide), key=wide.count)
        score = wide.count(mode) * 100 + mode
        if score > best_score:
            best, best_score = candidate, score
    return best


def _read_csv(content: bytes, limits: Limits) -> TableRead | CaptureError:
    decoded = decode_text(content)
    if isinstance(decoded, CaptureError):
        return decoded
    text, notes = decoded
    delimiter = _delimiter(text)
    rows = _Rows(limits)
    number = 0
    try:
        for number, cells in enumerate(
            csv.reader(io.StringIO(text, newline=""), delimiter=delimiter), start=1
        ):
            if not rows.add(number, cells):
                break
    except csv.Error as error:
        return CaptureError(
            "corrupt", f"the CSV cannot be read past this row ({error})", f"row {number + 1}"
        )
    return TableRead(
        kind="csv",
        content_type=CSV_TYPE,
        rows=tuple(rows.rows),
        numbers=tuple(rows.numbers),
        notes=(*notes, *rows.notes),
        errors=tuple(rows.errors),
    )


def cell_text(value: object) -> str:
    """A spreadsheet value as text in ledger form: dates ISO, numbers plain decimals."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time):
        return value.isoformat()
    if isinstance(value, timedelta):
        return str(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            return ""
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        try:
            return plain_decimal(Decimal(repr(value)))
        except InvalidOperation:
            return repr(value)
    return str(value)


def _zip_guard(content: bytes, limits: Limits) -> CaptureError | None:
    """Refuses an XLSX whose ZIP directory is broken or would unpack too large (a ZIP bomb).

    zipfile stops reading an entry at its declared size (and then fails its CRC check), so the
    declared sizes checked here bound what openpyxl can inflate.
    """
    try:
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            members = archive.infolist()
    except Exception as error:  # BadZipFile, NotImplementedError (zip version), OSError, ...
        return CaptureError(
            "corrupt", f"not a readable XLSX workbook (broken ZIP: {_brief(error)})"
        )
    if len(members) > limits.max_zip_entries:
        return CaptureError(
            "too-large",
            f"the workbook holds {len(members)} parts; at most {limits.max_zip_entries}",
        )
    total = sum(member.file_size for member in members)
    if total > limits.max_zip_bytes:
        megabytes = limits.max_zip_bytes // (1024 * 1024)
        return CaptureError("too-large", f"the workbook would unpack to more than {megabytes} MB")
    names = {member.filename for member in members}
    if "xl/workbook.xml" not in names:
        return CaptureError(
            "unsupported",
            "a ZIP file that is not an Excel workbook (no xl/workbook.xml): expected an XLSX",
        )
    if any(member.flag_bits & 0x1 for member in members):
        return CaptureError("encrypted", "the workbook is encrypted; save it without a password")
    return None


def _read_xlsx(content: bytes, limits: Limits, sheet: str | int | None) -> TableRead | CaptureError:
    refused = _zip_guard(content, limits)
    if refused is not None:
        return refused
    import openpyxl  # type: ignore[import-untyped]  # loaded only for workbooks

    rows = _Rows(limits)
    title: str | None = None
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            book = openpyxl.load_workbook(io.BytesIO(content), read_only=True, data_only=True)
        except Exception as error:  # openpyxl raises many kinds on a damaged file
            return CaptureError("corrupt", f"not a readable XLSX workbook ({_brief(error)})")
        try:
            sheets = book.worksheets
            chosen = _choose_sheet([ws.title for ws in sheets], sheet)
            if isinstance(chosen, CaptureError):
                return chosen
            worksheet = sheets[chosen]
            title = worksheet.title
            width = MAX_COLUMNS
            declared = getattr(worksheet, "max_column", None)
            if isinstance(declared, int) and 0 < declared < MAX_COLUMNS:
                width = declared
            number = 0
            for number, values in enumerate(
                worksheet.iter_rows(
                    max_row=limits.max_rows + 1_000, max_col=width, values_only=True
                ),
                start=1,
            ):
                if not rows.add(number, (cell_text(value) for value in values)):
                    break
        except Exception as error:
            return CaptureError(
                "corrupt",
                f"the workbook cannot be read past row {number} ({_brief(error)})",
                f"row {number + 1}",
            )
        finally:
            book.close()
    return TableRead(
        kind="xlsx",
        content_type=XLSX_TYPE,
        rows=tuple(rows.rows),
        numbers=tuple(rows.numbers),
        sheet=title,
        notes=tuple(rows.notes),
        errors=tuple(rows.errors),
    )


def _read_xls(content: bytes, limits: Limits, sheet: str | int | None) -> TableRead | CaptureError:
    if content.startswith(_OLE_MAGIC) and "EncryptedPackage".encode("utf-16-le") in content:
        return CaptureError("encrypted", "the workbook is encrypted; save it without a password")
    import xlrd  # type: ignore[import-untyped]  # loaded only for workbooks

    rows = _Rows(limits)
    log = io.StringIO()  # xlrd writes its warnings to a log file: keep them out of stdout
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            book = xlrd.open_workbook(
                file_contents=content,
                logfile=log,
                verbosity=0,
                on_demand=True,
                ragged_rows=True,  # one far-off cell must not pad every row to 256 columns
            )
        except Exception as error:  # xlrd raises XLRDError, struct.error, IndexError, ...
            message = _brief(error)
            if "encrypt" in message.casefold():
                return CaptureError(
                    "encrypted", "the workbook is encrypted; save it without a password"
                )
            return CaptureError("corrupt", f"not a readable XLS workbook ({message})")
        number = 0
        try:
            chosen = _choose_sheet(book.sheet_names(), sheet)
            if isinstance(chosen, CaptureError):
                return chosen
            worksheet = book.sheet_by_index(chosen)
            title = worksheet.name
            for index in range(min(worksheet.nrows, limits.max_rows + 1_000)):
                number = index + 1
                width = min(worksheet.row_len(index), MAX_COLUMNS)
                cells = [
                    _xls_cell(worksheet, index, column, book.datemode) for column in range(width)
                ]
                if not rows.add(number, cells):
                    break
        except Exception as error:
            return CaptureError(
                "corrupt",
                f"the workbook cannot be read past row {number} ({_brief(error)})",
                f"row {number + 1}",
            )
        finally:
            book.release_resources()
    return TableRead(
        kind="xls",
        content_type=XLS_TYPE,
        rows=tuple(rows.rows),
        numbers=tuple(rows.numbers),
        sheet=str(title),
        notes=tuple(rows.notes),
        errors=tuple(rows.errors),
    )


def _xls_cell(worksheet: Any, row: int, column: int, datemode: int) -> str:
    import xlrd

    kind = worksheet.cell_type(row, column)
    value = worksheet.cell_value(row, column)
    if kind == xlrd.XL_CELL_DATE:
        try:
            return cell_text(xlrd.xldate.xldate_as_datetime(value, datemode))
        except (xlrd.xldate.XLDateError, ValueError, OverflowError, TypeError):
            return cell_text(value)
    if kind == xlrd.XL_CELL_BOOLEAN:
        return cell_text(bool(value))
    if kind == xlrd.XL_CELL_ERROR:
        return str(xlrd.error_text_from_code.get(value, "#ERROR"))
    if kind in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK):
        return ""
    return cell_text(value)


def _choose_sheet(names: Sequence[str], wanted: str | int | None) -> int | CaptureError:
    if not names:
        return CaptureError("empty", "the workbook has no worksheet")
    if wanted is None:
        return 0
    if isinstance(wanted, int):
        if 0 <= wanted < len(names):
            return wanted
        return CaptureError(
            "sheet-not-found", f"the workbook has {len(names)} sheet(s), not a sheet {wanted + 1}"
        )
    for index, title in enumerate(names):
        if title.strip().casefold() == wanted.strip().casefold():
            return index
    listed = ", ".join(repr(title) for title in names[:20])
    return CaptureError("sheet-not-found", f"no sheet named {wanted!r}; the workbook has {listed}")


def _brief(error: BaseException) -> str:
    text = str(error).strip().splitlines()
    first = text[0][:200] if text else ""
    return f"{type(error).__name__}: {first}" if first else type(error).__name__


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
        return f"column {_letters(self.index or 0)}"


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
        if name == "unit" and _unit_of(value) is None:
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
            unit = _unit_of(value)
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


def _row_draft(
    table: TableRead, bound: _Binding, row: Sequence[str], number: int
) -> Draft | list[CaptureError] | None:
    where = f"row {number}"
    columns = bound.columns

    def cell(name: str) -> str:
        return _cell(row, columns.get(name))

    def weight(name: str) -> float:
        column = columns.get(name)
        return column.confidence if column is not None else 1.0

    title = cell("title")
    dates = {name: cell(name) for name in ("completed_on", "start", "end")}
    amount_name = next((n for n in (*AMOUNT_FIELDS, "amount") if n in columns), "amount")
    amount_text = cell(amount_name)
    if (not title and not any(dates.values()) and not amount_text) or sum(
        1 for text in row if text
    ) == 1:
        return None  # not an activity: a section heading, "Page 2 of 3", a signature line
    status = cell("status")
    if status and _NOT_DONE.search(status):
        return [
            CaptureError(
                "not-completed",
                f"skipped: column {columns['status'].describe()} says '{status}'; only "
                "completed activities are imported",
                where,
            )
        ]
    errors: list[CaptureError] = []
    fields: dict[str, Field] = {}
    notes: list[str] = list(bound.notes)

    if title:
        fields["title"] = Field(title, 0.95 * weight("title"), title)
    else:
        errors.append(
            CaptureError(
                "missing-value",
                f"no title: column {columns['title'].describe()} is empty",
                where,
            )
        )

    found_dates: dict[str, tuple[date, float]] = {}
    for name in DATE_FIELDS:
        text = cell(name)
        if not text:
            continue
        parsed = _cell_date(text, bound.order.get(name, "mdy"))
        if parsed is None:
            if name in ("expires_on", "issued_on"):
                notes.append(f"column {columns[name].describe()} holds '{text}', not a date")
                continue
            errors.append(
                CaptureError(
                    "bad-date",
                    f"column {columns[name].describe()} holds '{_short(text)}', not a date; "
                    "expected e.g. 03/14/2025, 14 March 2025 or 2025-03-14",
                    where,
                )
            )
            continue
        day, sure = parsed
        found_dates[name] = (day, sure * weight(name))
        fields[name] = Field(day.isoformat(), sure * weight(name), text)
    if not any(name in found_dates for name in ("completed_on", "start", "end")) and not any(
        e.code == "bad-date" for e in errors
    ):
        named = [columns[n].describe() for n in ("completed_on", "start", "end") if n in columns]
        errors.append(
            CaptureError("missing-value", f"no date: column {' / '.join(named)} is empty", where)
        )
    _settle_dates(fields, found_dates, notes, where, errors, columns)

    unit_text = cell("unit")
    amount = _cell_amount(amount_text, amount_name, unit_text, bound.defaults.get("unit"))
    if isinstance(amount, str):
        errors.append(
            CaptureError(
                "missing-value" if not amount_text else "bad-amount",
                f"column {columns[amount_name].describe()} {amount}",
                where,
            )
        )
    else:
        unit, value, confidence, source = amount
        fields[unit] = Field(value, confidence * weight(amount_name), source)

    if errors:
        return errors

    for name in TEXT_FIELDS:
        if name == "title":
            continue
        text = cell(name)
        if text:
            fields[name] = Field(text, 0.9 * weight(name), text)
    if "participant_name" not in fields:
        first, last = cell("first_name"), cell("last_name")
        if first or last:
            joined = " ".join(part for part in (first, last) if part)
            confidence = 0.9 * min(weight("first_name"), weight("last_name"))
            fields["participant_name"] = Field(joined, confidence, f"{first} | {last}")

    accreditation_text = cell("accreditation")
    if accreditation_text:
        ident = accreditation_id(accreditation_text)
        if ident == "other" and _unit_of(accreditation_text):
            pass  # "Credit Type: CEU" names the unit, already used above
        else:
            sure = 0.9 if ident != "other" else 0.5
            fields["accreditation"] = Field(
                ident, sure * weight("accreditation"), accreditation_text
            )
    if "accreditation" not in fields and unit_text and accreditation_id(unit_text) != "other":
        fields["accreditation"] = Field(accreditation_id(unit_text), 0.7, unit_text)

    kind_text = cell("kind")
    if kind_text:
        kind = _kind_of(kind_text)
        if kind:
            fields["kind"] = Field(kind, 0.75 * weight("kind"), kind_text)
        elif "delivery" not in fields:
            fields["delivery"] = Field(kind_text, 0.6, kind_text)

    category = cell("category")
    if category:
        topics = topics_from_text(category)
        if topics:
            fields["topics"] = Field(topics, 0.75 * weight("category"), category)
        else:
            guessed = _guess_topics(category)
            if guessed is not None:
                fields["topics"] = guessed
            else:
                notes.append(f"category '{_short(category)}' matches no topic; pick the topics")

    for key, default in bound.defaults.items():
        if key == "unit":
            continue
        if key not in fields:
            fields[key] = default
    fields.setdefault("evidence", Field("provider-transcript", 0.9, "transcript"))
    return Draft(fields=fields, origin=table.kind, where=where, notes=tuple(dict.fromkeys(notes)))


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


def _unit_of(text: str) -> str | None:
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


def _cell_amount(
    text: str, column_unit: str, unit_text: str, default_unit: Field | None
) -> tuple[str, str, float, str] | str:
    """(unit, value, confidence, source), or what is wrong, worded after "column 'X' "."""
    if not text:
        return "is empty: an amount is required"
    unit = column_unit
    confidence = 0.95
    if unit_text:
        named = _unit_of(unit_text)
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


def _letters(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters


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
