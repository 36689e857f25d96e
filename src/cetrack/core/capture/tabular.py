"""CSV and spreadsheet transcripts (CSV, XLSX, XLS) into draft activities, through a column mapping.

Reading happens in three steps, each in its own module and usable on its own (the web app shows
the middle one):

1. `table_files.read_rows` turns the bytes into rows of text cells, whatever the container:
   CSV in UTF-8 (with or without BOM), UTF-16 (with BOM) or Windows-1252, delimited by commas,
   semicolons, tabs or bars; the first sheet of an XLSX (openpyxl, read-only) or XLS (xlrd)
   workbook. Excel dates become ISO dates, numbers plain decimals ("1.5", "12345").
2. `columns.find_header` finds the header row, which need not be row 1 (provider transcripts
   often start with a title block), and `columns.detect_mapping` maps its headers to ledger
   fields through a synonym table, with a confidence per column. A `ColumnMapping` can be saved
   as a TOML preset (`to_toml` / `from_toml`) and handed back for the next file from the same
   provider.
3. `rows.read_table` makes one draft per data row. A bad row (no title, an unreadable date, a
   negative amount) becomes an error located by the file's own row number, and the other rows
   are still read. Blank rows, repeated header rows and "Total" footers are skipped.

This module names the three steps' public parts in one place. Nothing here raises for bad
input: unreadable files come back as `CaptureError`s.
"""

from __future__ import annotations

from cetrack.core.capture.columns import (
    CONSTANT_FIELDS,
    DATE_FIELDS,
    DATE_ORDERS,
    HELPER_FIELDS,
    MAPPABLE_FIELDS,
    MAPPING_FORMAT,
    REQUIRED,
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
)
from cetrack.core.capture.rows import drafts_from_table, read_table, topics_from_text
from cetrack.core.capture.table_files import (
    CSV_TYPE,
    XLS_TYPE,
    XLSX_TYPE,
    TableRead,
    cell_text,
    decode_text,
    read_rows,
    sniff_table,
)

__all__ = [
    "CONSTANT_FIELDS",
    "CSV_TYPE",
    "DATE_FIELDS",
    "DATE_ORDERS",
    "HELPER_FIELDS",
    "MAPPABLE_FIELDS",
    "MAPPING_FORMAT",
    "REQUIRED",
    "TEXT_FIELDS",
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
