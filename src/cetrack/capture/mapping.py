"""The column-mapping step for transcripts: which column holds which activity field.

The page shows each column of the file with a sample and the field cetrack guessed; the person
corrects it, may save it as a preset, and the file is read again with that mapping.
"""

from __future__ import annotations

import logging
from contextlib import suppress
from dataclasses import dataclass
from typing import Any

from django.http import QueryDict

from cetrack.capture.models import UploadedFile
from cetrack.core.activity_fields import UNIT_LABELS, label
from cetrack.core.capture.tabular import (
    DATE_ORDERS,
    MAPPABLE_FIELDS,
    MAPPING_FORMAT,
    ColumnMapping,
    MappingError,
    TableRead,
    mapping_from_dict,
    propose_mapping,
    read_rows,
)
from cetrack.records import evidence

log = logging.getLogger(__name__)

TABLE_TYPES = (
    "text/plain",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "application/vnd.ms-excel",
)
# Column fields that are no activity field: read only to make one (amount + unit, a name).
HELPER_LABELS = {
    "amount": "Amount (with a unit column)",
    "unit": "Unit of the amount",
    "first_name": "First name",
    "last_name": "Last name",
    "category": "Category or subject",
    "status": "Status (completed or not)",
    "issued_on": "Issued on",
    "expires_on": "Expires on",
}


def column_label(field: str) -> str:
    """What a column may hold, as the page names it: 'Completed on', not 'completed_on'."""
    if field in UNIT_LABELS:  # 'CEU' as written, where the field's label capitalises it 'Ceu'
        unit = UNIT_LABELS[field]
        return unit[:1].upper() + unit[1:]
    return HELPER_LABELS.get(field) or label(field)


def _in_sentence(name: str) -> str:
    """'completed on' for 'Completed on' inside a sentence; 'CEU' stays as written."""
    return name if name[1:2].isupper() else name[:1].lower() + name[1:]


FIELD_CHOICES = [
    ("", "— not used —"),
    *sorted(((name, column_label(name)) for name in MAPPABLE_FIELDS), key=lambda c: c[1]),
]


@dataclass(frozen=True)
class Column:
    number: int  # 1-based
    header: str
    field: str
    samples: tuple[str, ...]


@dataclass(frozen=True)
class Columns:
    upload: UploadedFile
    header_row: int
    date_order: str
    columns: tuple[Column, ...]
    choices: list[tuple[str, str]]
    date_orders: tuple[str, ...] = DATE_ORDERS


def columns_for(upload: UploadedFile) -> Columns | None:
    """The file's columns with the mapping in use (saved or guessed), or None if not a table."""
    if upload.blob is None or upload.content_type not in TABLE_TYPES:
        return None
    try:
        table = read_rows(upload.original_name, evidence.read(upload.blob))
    except Exception:  # a reader's fault must not take the upload page down with it
        log.exception("capture: the columns of file %s could not be read", upload.pk)
        return None
    if not isinstance(table, TableRead) or not table.rows:
        return None
    mapping = propose_mapping(table)
    if upload.columns:
        with suppress(MappingError):  # a preset that no longer reads: show the guess instead
            mapping = ColumnMapping.from_toml(upload.columns)
    header_row = mapping.header_row or table.numbers[0]
    header_index = table.numbers.index(header_row) if header_row in table.numbers else 0
    headers = table.rows[header_index]
    body = table.rows[header_index + 1 : header_index + 3]
    columns = []
    for index, header in enumerate(headers):
        chosen = next(
            (
                c.field
                for c in mapping.columns
                if c.index == index or (c.header and c.header.casefold() == header.casefold())
            ),
            "",
        )
        samples = tuple(row[index] for row in body if index < len(row) and row[index])
        columns.append(Column(index + 1, header, chosen, samples))
    return Columns(upload, header_row, mapping.date_order, tuple(columns), FIELD_CHOICES)


def mapping_from_post(data: QueryDict) -> str:
    """The posted choices as a preset (TOML); raises MappingError saying what is wrong."""
    columns: dict[str, Any] = {}
    for key in data:
        field = data.get(key, "")
        if not key.startswith("column_") or not field:
            continue
        number = key.removeprefix("column_")
        if not number.isdigit():
            continue
        if field in columns:
            raise MappingError(f"two columns are mapped to {_in_sentence(column_label(field))}")
        header = data.get(f"header_{number}", "").strip()
        columns[field] = header or int(number)
    try:
        header_row = int(data.get("header_row", "0"))
    except ValueError:
        raise MappingError("the header row must be a number") from None
    document: dict[str, Any] = {
        "format": MAPPING_FORMAT,
        "header_row": header_row,
        "date_order": data.get("date_order", "auto"),
        "columns": columns,
    }
    provider = data.get("provider", "").strip()
    if provider:
        document["constants"] = {"provider": provider[:200]}
    return mapping_from_dict(document).to_toml()
