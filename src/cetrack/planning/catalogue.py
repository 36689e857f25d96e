"""The site's catalogue: the shipped starter catalogue plus the `CatalogueEntry` rows.

Rows are read through the core's JSON catalogue reader together with the starter items, so a
row in the database is held to exactly the rules of a catalogue file (docs/catalogue.md) and its
`includes` may name starter items. An entry with the id of a starter item replaces it. A bad row
is reported (in the admin and by `load_catalogue`) and left out; the site keeps working, and a
starter item the bad row would have replaced stays.

The result is built once per state of the table and kept in the process: each request costs
one small query (row count and latest change) to know whether it is still current.

`import_catalogue` loads a catalogue file into the table, all or nothing, with every problem
located by line and column.
"""

from __future__ import annotations

import csv
import io
import json
import re
import threading
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

from django.db import transaction
from django.db.models import Count, Max
from django.utils import timezone

from cetrack.core.catalogue.files import (
    COLUMNS,
    load_catalogue,
    read_catalogue_csv,
    read_catalogue_json,
    starter_catalogue,
    write_catalogue_csv,
    write_catalogue_json,
)
from cetrack.core.catalogue.model import Catalogue, CatalogueItem
from cetrack.core.ledger import Problem
from cetrack.planning.models import CatalogueEntry

SOURCE = "site catalogue"

# Catalogue column -> model field, where the names differ.
COLUMN_FIELD: Mapping[str, str] = {"id": "item_id", "hours": "amount", "seen": "seen_on"}
FIELD_COLUMN: Mapping[str, str] = {v: k for k, v in COLUMN_FIELD.items()}
LIST_FIELDS = ("topics", "includes", "approvals", "leads_to")
# Decimal places each number column keeps.
PLACES: Mapping[str, int] = {"amount": 3, "price": 2, "member_price": 2}


def field_of(column: str | None) -> str | None:
    return None if column is None else COLUMN_FIELD.get(column, column)


# -- rows <-> items ----------------------------------------------------------------------------


def _number(value: Decimal | None) -> str | None:
    if value is None:
        return None
    return format(Decimal(value).normalize(), "f")


def _day(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def row_of(values: Mapping[str, Any]) -> dict[str, object]:
    """The catalogue-file row (JSON keys) for model field values (an entry's or a form's)."""

    def text(name: str) -> str | None:
        value = values.get(name)
        return value if isinstance(value, str) and value.strip() else None

    return {
        "id": values.get("item_id") or None,
        "kind": text("kind"),
        "title": text("title"),
        "provider": text("provider"),
        "hours": _number(values.get("amount")),
        "unit": text("unit"),
        "topics": values.get("topics") or None,
        "price": _number(values.get("price")),
        "member_price": _number(values.get("member_price")),
        "accreditation": text("accreditation"),
        "accreditation_number": text("accreditation_number"),
        "approval_expires": _day(values.get("approval_expires")),
        "format": text("format"),
        "start": _day(values.get("start")),
        "end": _day(values.get("end")),
        "location": text("location"),
        "includes": values.get("includes") or None,
        "approvals": values.get("approvals") or None,
        "level": text("level"),
        "url": text("url"),
        "seen": text("seen_on"),
        "recurs": text("recurs"),
        "usual_month": values.get("usual_month"),
        "leads_to": values.get("leads_to") or None,
        "activity_kind": text("activity_kind"),
        "employer_paid": bool(values.get("employer_paid")),
        "synthetic": bool(values.get("synthetic")),
        "notes": text("notes"),
    }


def entry_row(entry: CatalogueEntry) -> dict[str, object]:
    return row_of({f.name: getattr(entry, f.name) for f in CatalogueEntry._meta.concrete_fields})


def item_columns(item: CatalogueItem) -> tuple[dict[str, Any], list[tuple[str, str]]]:
    """Model field values for a validated item, and (column, message) for what the table cannot
    keep exactly (more decimal places than its column)."""
    columns: dict[str, Any] = {
        "item_id": item.id,
        "kind": item.kind,
        "title": item.title,
        "provider": item.provider or "",
        "amount": item.amount,
        "unit": item.unit,
        "topics": list(item.topics),
        "price": item.price,
        "member_price": item.member_price,
        "accreditation": item.accreditation,
        "accreditation_number": item.accreditation_number or "",
        "approval_expires": item.approval_expires,
        "format": item.format,
        "start": item.start,
        "end": item.end,
        "location": item.location or "",
        "includes": list(item.includes),
        "approvals": list(item.approvals),
        "level": item.level or "",
        "url": item.url or "",
        "seen_on": item.seen_on or "",
        "recurs": item.recurs or "",
        "usual_month": item.usual_month,
        "leads_to": list(item.leads_to),
        "activity_kind": item.activity_kind or "",
        "employer_paid": item.employer_paid,
        "synthetic": item.synthetic,
        "notes": item.notes or "",
    }
    problems: list[tuple[str, str]] = []
    for name, places in PLACES.items():
        value = columns[name]
        exponent = value.as_tuple().exponent if isinstance(value, Decimal) else 0
        if isinstance(exponent, int) and -exponent > places and value != round(value, places):
            column = FIELD_COLUMN.get(name, name)
            problems.append(
                (column, f"{column}: {value} has more than {places} decimal places; round it")
            )
    return columns, problems


def _json_rows(rows: Sequence[Mapping[str, object]]) -> str:
    """One object per line: row i is on line i + 2, so problems point back to their row."""
    body = ",\n".join(json.dumps(row, ensure_ascii=False, default=str) for row in rows)
    return "[\n" + body + "\n]\n"


@cache
def _starter_rows() -> tuple[tuple[str, dict[str, object]], ...]:
    rows = json.loads(write_catalogue_json(starter_catalogue()), parse_float=Decimal)
    return tuple((str(row["id"]), row) for row in rows)


def _item_rows(items: Iterable[CatalogueItem]) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = json.loads(
        write_catalogue_json(Catalogue(items=tuple(items))), parse_float=Decimal
    )
    return rows


# -- the site catalogue ------------------------------------------------------------------------


@dataclass(frozen=True)
class SiteCatalogue:
    catalogue: Catalogue
    problems: Mapping[str, tuple[Problem, ...]]  # entry id -> why it was left out
    stamp: str
    entries: int  # live rows in the table

    @property
    def items(self) -> tuple[CatalogueItem, ...]:
        return self.catalogue.items


def build(entries: Sequence[CatalogueEntry], stamp: str = "") -> SiteCatalogue:
    """Starter items, then the entries (each replacing the starter item of its id); entries the
    reader refuses are left out with their problems, and the starter item they named stays."""
    live = {e.item_id for e in entries}
    entry_rows = [(e.item_id, entry_row(e)) for e in entries]
    bad: dict[str, list[Problem]] = {}
    while True:
        rows: list[Mapping[str, object]] = []
        owners: list[str | None] = []
        for ident, row in _starter_rows():
            if ident in live and ident not in bad:
                continue
            rows.append(row)
            owners.append(None)
        for ident, row in entry_rows:
            if ident not in bad:
                rows.append(row)
                owners.append(ident)
        catalogue = read_catalogue_json(_json_rows(rows), SOURCE)
        found: dict[str, list[Problem]] = {}
        for problem in catalogue.problems:
            index = (problem.line or 0) - 2
            owner = owners[index] if 0 <= index < len(owners) else None
            if owner is not None:
                found.setdefault(owner, []).append(problem)
        if not found:
            break
        for ident, problems in found.items():
            bad.setdefault(ident, []).extend(problems)
    return SiteCatalogue(
        catalogue=Catalogue(items=catalogue.items, source=SOURCE),
        problems={k: tuple(v) for k, v in bad.items()},
        stamp=stamp,
        entries=len(entries),
    )


_built: dict[str, SiteCatalogue] = {}
_lock = threading.Lock()


def _stamp() -> str:
    found = CatalogueEntry.objects.aggregate(rows=Count("pk"), latest=Max("updated_at"))
    latest = found["latest"].isoformat() if found["latest"] else ""
    return f"{found['rows']}:{latest}"


def site_catalogue() -> SiteCatalogue:
    """The catalogue every page and plan uses (rebuilt when the table changed)."""
    stamp = _stamp()
    current = _built.get("site")
    if current is not None and current.stamp == stamp:
        return current
    with _lock:
        current = _built.get("site")
        if current is not None and current.stamp == stamp:
            return current
        entries = list(CatalogueEntry.objects.filter(deleted_at__isnull=True).order_by("item_id"))
        current = build(entries, stamp)
        _built["site"] = current
        return current


def last_built() -> SiteCatalogue | None:
    """The catalogue as last built in this process, without checking the table (for listings
    that call `site_catalogue()` once and then look at many rows)."""
    return _built.get("site")


def check_row(row: Mapping[str, object], replaces: str | None = None) -> list[Problem]:
    """The problems of one row (an entry being edited) read together with the site catalogue,
    so that its `includes` may name any item of the site. `replaces`: the entry's old id."""
    site = site_catalogue().catalogue
    drop = {replaces, row.get("id")}
    rows: list[Mapping[str, object]] = list(_item_rows(i for i in site.items if i.id not in drop))
    rows.append(row)
    catalogue = read_catalogue_json(_json_rows(rows), SOURCE)
    line = len(rows) + 1
    return [p for p in catalogue.problems if p.line == line]


# -- importing a file --------------------------------------------------------------------------

_NOT_IN_CATALOGUE = re.compile(r"^includes '(.+)', which is not an id in this catalogue$")


def _closure(ids: Iterable[str], catalogue: Catalogue) -> list[CatalogueItem]:
    """The items with these ids and everything they include, in catalogue order."""
    wanted: set[str] = set()
    stack = list(ids)
    while stack:
        ident = stack.pop()
        if ident in wanted or ident not in catalogue.by_id:
            continue
        wanted.add(ident)
        stack.extend(catalogue.by_id[ident].includes)
    return [item for item in catalogue.items if item.id in wanted]


def _file_rows(text: str, suffix: str) -> dict[str, int | None]:
    """The ids of a file's rows, with the line each starts on (CSV) or None (JSON)."""
    found: dict[str, int | None] = {}
    try:
        if suffix == ".csv":
            reader = csv.reader(io.StringIO(text, newline=""))
            header = [cell.strip().casefold() for cell in next(reader, [])]
            if "id" not in header:
                return found
            column = header.index("id")
            line = reader.line_num + 1
            for record in reader:
                if len(record) > column and record[column].strip():
                    found.setdefault(record[column].strip(), line)
                line = reader.line_num + 1
        else:
            rows = json.loads(text)
            for row in rows if isinstance(rows, list) else ():
                if isinstance(row, dict) and isinstance(row.get("id"), str):
                    found.setdefault(row["id"].strip(), None)
    except (csv.Error, ValueError, RecursionError):
        return found
    return found


def _with_context_csv(text: str, context: Sequence[CatalogueItem]) -> tuple[str, int]:
    """The file with the context items appended as rows of its own columns, and the last line
    that belongs to the file."""
    header = next(csv.reader(io.StringIO(text, newline="")), [])
    columns = [cell.strip().casefold() for cell in header]
    written = write_catalogue_csv(Catalogue(items=tuple(context)))
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\n")
    for row in csv.DictReader(io.StringIO(written, newline="")):
        writer.writerow([row.get(c, "") if c in COLUMNS else "" for c in columns])
    body = text if text.endswith("\n") else text + "\n"
    return body + out.getvalue(), body.count("\n")


def _with_context_json(text: str, context: Sequence[CatalogueItem]) -> tuple[str, int] | None:
    head = text.rstrip()
    if not head.endswith("]"):
        return None
    head = head[:-1].rstrip()
    objects = write_catalogue_json(Catalogue(items=tuple(context))).strip()[1:-1].strip()
    separator = "" if head.endswith("[") else ","
    return f"{head}{separator}\n{objects}\n]\n", head.count("\n") + 1


def _read_text(path: Path) -> str:
    try:
        return path.read_bytes().decode("utf-8-sig")
    except (OSError, UnicodeDecodeError):
        return ""


@dataclass
class FileRead:
    items: tuple[CatalogueItem, ...]
    problems: list[Problem]
    warnings: list[Problem]  # unknown columns (their values are ignored)
    lines: dict[str, int | None]  # id -> the line its row starts on (CSV)


def read_catalogue_file(path: str | Path) -> FileRead:
    """A catalogue file read by the core's reader, where `includes` may also name items already
    in the site catalogue (they are resolved, not imported)."""
    path = Path(path)
    suffix = path.suffix.casefold()
    result = load_catalogue(path)
    missing = [
        m.group(1)
        for p in result.problems
        if p.key == "includes" and (m := _NOT_IN_CATALOGUE.match(p.message))
    ]
    text = _read_text(path) if result.items or result.problems else ""
    lines = _file_rows(text, suffix) if text else {}
    site = site_catalogue().catalogue if missing else None
    known = [m for m in missing if site is not None and m in site.by_id]
    if site is not None and known and text:
        context = _closure(known, site)
        combined = (
            _with_context_csv(text, context)
            if suffix == ".csv"
            else _with_context_json(text, context)
        )
        if combined is not None:
            reader = read_catalogue_csv if suffix == ".csv" else read_catalogue_json
            second = reader(combined[0], str(path))
            last = combined[1]
            result = Catalogue(
                items=tuple(i for i in second.items if i.id in lines),
                problems=tuple(p for p in second.problems if p.line is None or p.line <= last),
                source=str(path),
            )
    warnings = [p for p in result.problems if p.where == "header"]
    problems = [p for p in result.problems if p.where != "header"]
    return FileRead(result.items, problems, warnings, lines)


@dataclass
class ImportResult:
    source: str
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    problems: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    imported: bool = False


def import_catalogue(
    path: str | Path, *, skip_bad_rows: bool = False, dry_run: bool = False
) -> ImportResult:
    """Add or update the file's items in the table, in one transaction.

    Any problem stops the import (nothing is written) unless `skip_bad_rows`, which imports
    the good rows. An item whose id is already in the table replaces that row's values.
    """
    path = Path(path)
    read = read_catalogue_file(path)
    result = ImportResult(source=str(path), problems=list(read.problems), warnings=read.warnings)
    rows: list[dict[str, Any]] = []
    for item in read.items:
        columns, found = item_columns(item)
        for column, message in found:
            result.problems.append(
                Problem(str(path), read.lines.get(item.id), f"row {item.id}", message, column)
            )
        if not found:
            rows.append(columns)
    result.problems.sort(key=lambda p: p.line or 0)
    if not rows and not read.items and not result.problems:
        result.problems.append(Problem(str(path), None, "", "the file holds no catalogue items"))
    if (result.problems and not skip_bad_rows) or not rows:
        return result
    now = timezone.now()
    with transaction.atomic():
        existing = {e.item_id: e for e in CatalogueEntry.objects.filter(deleted_at__isnull=True)}
        new: list[CatalogueEntry] = []
        changed: list[CatalogueEntry] = []
        for columns in rows:
            entry = existing.get(columns["item_id"])
            if entry is None:
                new.append(CatalogueEntry(**columns))
                continue
            if all(getattr(entry, name) == value for name, value in columns.items()):
                result.unchanged += 1
                continue
            for name, value in columns.items():
                setattr(entry, name, value)
            entry.updated_at = now
            changed.append(entry)
        CatalogueEntry.objects.bulk_create(new, batch_size=500)
        if changed:
            names = [*rows[0].keys(), "updated_at"]
            names.remove("item_id")
            CatalogueEntry.objects.bulk_update(changed, names, batch_size=500)
        result.created, result.updated = len(new), len(changed)
        if dry_run:
            transaction.set_rollback(True)
        else:
            result.imported = True
    return result


def remove_entries(entries: Iterable[CatalogueEntry]) -> int:
    """Soft-delete entries (they stay in the table, out of the catalogue)."""
    now = timezone.now()
    pks = [e.pk for e in entries if e.deleted_at is None]
    return CatalogueEntry.objects.filter(pk__in=pks).update(deleted_at=now, updated_at=now)


def restore_entries(entries: Iterable[CatalogueEntry]) -> tuple[int, list[str]]:
    """Undo removals; an entry whose id another live entry took meanwhile stays removed."""
    now = timezone.now()
    restored, refused = 0, []
    with transaction.atomic():
        for entry in entries:
            if entry.deleted_at is None:
                continue
            taken = CatalogueEntry.objects.filter(
                item_id=entry.item_id, deleted_at__isnull=True
            ).exists()
            if taken:
                refused.append(entry.item_id)
                continue
            CatalogueEntry.objects.filter(pk=entry.pk).update(deleted_at=None, updated_at=now)
            restored += 1
    return restored, refused
