"""Transcript files (CSV, XLSX, XLS) as rows of text cells, whatever the container.

CSV in UTF-8 (with or without BOM), UTF-16 (with BOM) or Windows-1252, delimited by commas,
semicolons, tabs or bars; the first sheet of an XLSX (openpyxl, read-only) or XLS (xlrd)
workbook. Excel dates become ISO dates, numbers plain decimals ("1.5", "12345"). Bad files
come back as `CaptureError`s, never exceptions.
"""

from __future__ import annotations

import codecs
import csv
import io
import warnings
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any

from cetrack.core.capture.draft import DEFAULT_LIMITS, CaptureError, Limits
from cetrack.core.capture.values import (
    plain_decimal,
)

CSV_TYPE = "text/csv"
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
XLS_TYPE = "application/vnd.ms-excel"

MAX_COLUMNS = 100  # a transcript has a dozen; more is a different kind of file
MAX_CELL_CHARS = 2_000
HEADER_SCAN_ROWS = 30  # the header must be within the first rows


_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")
# Raw BIFF streams (Excel 2.x-5 files saved outside an OLE container) start with a BOF record.
_BIFF_MAGIC = (b"\x09\x00", b"\x09\x02", b"\x09\x04", b"\x09\x08")


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
