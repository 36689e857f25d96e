"""Catalogue files: CSV and JSON, read with located problems (errors as data) and written back.

Readers never raise for bad input. A row with any bad field is reported, one `Problem` per bad
field (file, line, `row ID`, message, column), and skipped; the good rows are still returned.
A row whose `includes` names an unknown id, or an id whose row was skipped, is skipped too, so
every id in a returned catalogue's `includes` resolves through `Catalogue.by_id`.

Writing a catalogue and reading it back gives an equal catalogue. The format is documented in
docs/catalogue.md.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from functools import cache
from importlib import resources
from pathlib import Path

from cetrack.core.catalogue.model import (
    FORMAT_ALIASES,
    ITEM_KINDS,
    RECURRENCE_ALIASES,
    UNITS,
    Catalogue,
    CatalogueItem,
    catalogue_kind,
)
from cetrack.core.ledger import Problem
from cetrack.core.vocabulary import vocabulary

# The CSV columns, in the order they are written (docs/catalogue.md describes each one).
COLUMNS: tuple[str, ...] = (
    "id",
    "kind",
    "title",
    "provider",
    "hours",
    "topics",
    "price",
    "accreditation",
    "format",
    "start",
    "end",
    "location",
    "includes",
    "approvals",
    "url",
    "unit",
    "member_price",
    "accreditation_number",
    "approval_expires",
    "level",
    "recurs",
    "usual_month",
    "leads_to",
    "employer_paid",
    "seen",
    "synthetic",
    "notes",
    "activity_kind",
)
REQUIRED_COLUMNS: tuple[str, ...] = ("id", "kind", "title")
LIST_COLUMNS = frozenset({"topics", "includes", "approvals", "leads_to"})

MAX_ROWS = 200_000
MAX_BYTES = 200 * 1024 * 1024
MAX_TEXT = 20_000  # characters in one text field
MAX_ID = 120
MAX_PRICE = Decimal(1_000_000)
# Generous sanity limits on an item's credit; a whole degree is ~120 semester hours.
MAX_AMOUNT: Mapping[str, Decimal] = {
    "hours": Decimal(10_000),
    "minutes": Decimal(600_000),
    "ceu": Decimal(1_000),
    "points": Decimal(10_000),
    "semester_hours": Decimal(300),
    "quarter_hours": Decimal(450),
}

_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:/+-]*")
_APPROVAL = re.compile(r"[a-z0-9][a-z0-9._/-]*")
_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_SEEN = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")
_BAD_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")
_TRUE = frozenset({"true", "yes", "y", "1"})
_FALSE = frozenset({"false", "no", "n", "0", ""})


class _Bad(Exception):
    """A bad cell (internal: turned into a Problem by the row reader)."""


# ----------------------------------------------------------------------------------------------
# Cell conversion (shared by CSV, where every cell is text, and JSON, where cells are typed)


def _text(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, str | int | Decimal):
        raise _Bad(f"expected text, found {_kind_of(value)}")
    text = value.strip() if isinstance(value, str) else str(value)
    if "\r" in text:  # one line-ending convention inside values: "\n"
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text:
        return None
    if len(text) > MAX_TEXT:
        raise _Bad(f"is {len(text)} characters long; at most {MAX_TEXT} are allowed")
    if _BAD_CHARS.search(text):
        raise _Bad("contains a control character or an invalid character")
    return text


def _decimal(value: object, *, limit: Decimal, what: str) -> Decimal | None:
    if value is None:
        return None
    if isinstance(value, bool):
        raise _Bad(f"expected a number, found {_kind_of(value)}")
    if isinstance(value, int):
        number = Decimal(value)
    elif isinstance(value, Decimal):
        number = value
    elif isinstance(value, str):
        text = value.strip()
        if not text:
            return None
        if len(text) > 40 or not _NUMBER.fullmatch(text):
            raise _Bad(f"expected a number such as 1.5, found {_show(text)}")
        try:
            number = Decimal(text)
        except InvalidOperation:  # pragma: no cover - the pattern admits only valid numbers
            raise _Bad(f"expected a number such as 1.5, found {_show(text)}") from None
    else:
        raise _Bad(f"expected a number, found {_kind_of(value)}")
    if not number.is_finite():
        raise _Bad("expected a finite number")
    if number < 0:
        raise _Bad(f"must not be negative (found {_fmt_decimal(number)})")
    if number > limit:
        raise _Bad(f"{_fmt_decimal(number)} is more than the largest {what} accepted ({limit})")
    return number


def _price(value: object) -> Decimal | None:
    if isinstance(value, str):
        text = value.strip()
        if text.casefold() == "free":
            return Decimal(0)
        if text.startswith("$"):
            value = text[1:]
    return _decimal(value, limit=MAX_PRICE, what="price")


def _date(value: object) -> date | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise _Bad(f"expected a date as YYYY-MM-DD, found {_kind_of(value)}")
    text = value.strip()
    if not text:
        return None
    if not _DATE.fullmatch(text):
        raise _Bad(f"expected a date as YYYY-MM-DD, found {_show(text)}")
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise _Bad(f"{_show(text)} is not a real date") from None


def _list(value: object) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        pieces: Sequence[object] = value.split(";")
    elif isinstance(value, list):
        pieces = value
    else:
        raise _Bad(f"expected a list (or ';'-separated text), found {_kind_of(value)}")
    out: list[str] = []
    for piece in pieces:
        if not isinstance(piece, str):
            raise _Bad(f"expected text in the list, found {_kind_of(piece)}")
        text = piece.strip()
        if text and text not in out:
            out.append(text)
    return tuple(out)


def _bool(value: object) -> bool:
    if value is None:
        return False
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().casefold() in _TRUE:
        return True
    if isinstance(value, str) and value.strip().casefold() in _FALSE:
        return False
    raise _Bad(f"expected true or false, found {_show(value)}")


def _month(value: object) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | str | Decimal):
        raise _Bad(f"expected a month number 1-12, found {_kind_of(value)}")
    text = str(value).strip()
    if not text:
        return None
    if not text.isdigit() or len(text) > 2 or not 1 <= int(text) <= 12:
        raise _Bad(f"expected a month number 1-12, found {_show(text)}")
    return int(text)


_BLANK: dict[Callable[[object], object], object] = {_list: (), _bool: False}


def _kind_of(value: object) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | Decimal):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


def _show(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "...'"


def _fmt_decimal(value: Decimal) -> str:
    return format(value, "f")


def _suggest(word: str, choices: Sequence[str]) -> str:
    import difflib

    close = difflib.get_close_matches(word, choices, n=1)
    return f"; did you mean '{close[0]}'?" if close else ""


# ----------------------------------------------------------------------------------------------
# Rows


@dataclass(slots=True)
class _RowResult:
    line: int | None
    item: CatalogueItem | None
    id: str | None
    where: str
    problems: list[Problem] = field(default_factory=list)


class _Row:
    """One row's cells (already keyed by column) read field by field; every bad field is
    collected as a located problem (file, line, row, column)."""

    def __init__(self, cells: Mapping[str, object], line: int | None, source: str) -> None:
        raw_id = cells.get("id")
        shown = raw_id.strip() if isinstance(raw_id, str) else None
        self.cells = cells
        self.line = line
        self.source = source
        self.where = f"row {shown[:60]}" if shown else "row"
        self.result = _RowResult(line=line, item=None, id=None, where=self.where)
        self.values: dict[str, object] = {}
        self.implied: str | None = None  # activity_kind a ledger word in `kind` implies
        self.accreditation_text: object = None

    def bad(self, key: str, message: str) -> None:
        self.result.problems.append(Problem(self.source, self.line, self.where, message, key))

    def take(self, key: str, convert: Callable[[object], object]) -> None:
        raw = self.cells.get(key)
        if raw is None or raw == "":  # fast path: a blank cell
            self.values[key] = _BLANK.get(convert)
            return
        try:
            self.values[key] = convert(raw)
        except _Bad as error:
            self.bad(key, f"{key}: {error}")

    def identity(self) -> None:
        """id, kind (a catalogue kind or a ledger word), title and plain text fields."""
        self.take("id", _text)
        item_id = self.values.get("id")
        if item_id is None and "id" not in {p.key for p in self.result.problems}:
            self.bad("id", "id is required")
        elif isinstance(item_id, str):
            if len(item_id) > MAX_ID or not _ID.fullmatch(item_id):
                self.bad(
                    "id",
                    f"id {_show(item_id)} is not valid: use letters, digits and . _ : / + - "
                    f"(at most {MAX_ID} characters, no spaces or ';')",
                )
            else:
                self.result.id = item_id

        self.take("kind", _text)
        kind = self.values.get("kind")
        if kind is None and "kind" not in {p.key for p in self.result.problems}:
            self.bad("kind", f"kind is required: one of {', '.join(ITEM_KINDS)}")
        elif isinstance(kind, str) and kind not in ITEM_KINDS:
            mapped = catalogue_kind(kind)
            if mapped is None:
                words = [*ITEM_KINDS, *vocabulary().kinds]
                self.bad(
                    "kind",
                    f"unknown kind {_show(kind)}; expected one of {', '.join(ITEM_KINDS)} or a "
                    "ledger activity kind such as course, live-session or self-study"
                    + _suggest(kind, words),
                )
            else:
                self.values["kind"], self.implied = mapped

        self.take("title", _text)
        if self.values.get("title") is None and "title" not in {
            p.key for p in self.result.problems
        }:
            self.bad("title", "title is required")

        for key in ("provider", "location", "level", "accreditation_number", "notes"):
            self.take(key, _text)

    def amounts(self) -> None:
        """unit, credit, prices and topics."""
        self.take("unit", _text)
        unit = self.values.get("unit") or "hours"
        if unit not in UNITS:
            self.bad("unit", f"unknown unit {_show(unit)}; expected one of {', '.join(UNITS)}")
            unit = "hours"
        self.values["unit"] = unit
        self.take(
            "hours", lambda v: _decimal(v, limit=MAX_AMOUNT[str(unit)], what=f"amount in {unit}")
        )
        self.take("price", _price)
        self.take("member_price", _price)

        self.take("topics", _list)
        topics = self.values.get("topics", ())
        known_topics = vocabulary().topics
        if isinstance(topics, tuple):
            for topic in topics:
                if topic not in known_topics:
                    self.bad(
                        "topics",
                        f"unknown topic id {_show(topic)}"
                        + _suggest(str(topic), list(known_topics)),
                    )

    def sources(self) -> None:
        """accreditation, format and dates."""
        self.take("accreditation", _text)
        accreditation_text = self.accreditation_text = self.values.get("accreditation")
        if isinstance(accreditation_text, str):
            found = vocabulary().accreditation_id(accreditation_text)
            if found == "other" and accreditation_text.casefold() != "other":
                known = [*vocabulary().accreditations, "other"]
                self.bad(
                    "accreditation",
                    f"unknown accreditation {_show(accreditation_text)}; expected one of "
                    f"{', '.join(known)}, a name such as P.A.C.E. or a board such as Florida board",
                )
            self.values["accreditation"] = found
        else:
            self.values["accreditation"] = "none"

        self.take("format", _text)
        fmt = self.values.get("format")
        if fmt is None:
            self.values["format"] = "online"
        elif isinstance(fmt, str):
            normal = FORMAT_ALIASES.get(fmt.casefold().replace(" ", "-"))
            if normal is None:
                self.bad(
                    "format", f"unknown format {_show(fmt)}; expected online, in-person or hybrid"
                )
            self.values["format"] = normal or "online"

        for key in ("start", "end", "approval_expires"):
            self.take(key, _date)
        start, end = self.values.get("start"), self.values.get("end")
        if isinstance(start, date) and isinstance(end, date) and end < start:
            self.bad("end", f"end {end.isoformat()} is before start {start.isoformat()}")

    def links(self) -> None:
        """includes, approvals (with the board an accreditation names), and the rest."""
        item_id = self.values.get("id")
        self.take("includes", _list)
        includes = self.values.get("includes", ())
        if isinstance(includes, tuple):
            for child in includes:
                if not _ID.fullmatch(child) or len(child) > MAX_ID:
                    self.bad("includes", f"includes {_show(child)}, which is not a valid id")
                elif child == item_id:
                    self.bad("includes", "an item cannot include itself")

        self.take("approvals", _list)
        approvals = self.values.get("approvals", ())
        if isinstance(approvals, tuple):
            for approval in approvals:
                if not _APPROVAL.fullmatch(approval):
                    self.bad(
                        "approvals",
                        f"approval id {_show(approval)} is not valid: use lower-case ids such as 'fl'",
                    )
            if isinstance(self.accreditation_text, str):
                # A board named as the accreditation ("Florida board") is that board's approval,
                # as the engine reads it in a ledger (vocabulary.approvals).
                self.values["approvals"] = vocabulary().approvals(
                    self.accreditation_text, approvals
                )

        self.take("leads_to", _list)
        leads_to = self.values.get("leads_to", ())
        if isinstance(leads_to, tuple):
            for target in leads_to:
                if not _ID.fullmatch(target):
                    self.bad(
                        "leads_to", f"leads_to {_show(target)} is not a valid id such as 'ascp/MLS'"
                    )

        self.take("url", _text)
        url = self.values.get("url")
        if isinstance(url, str) and not url.startswith(("http://", "https://")):
            self.bad("url", f"url {_show(url)} must start with http:// or https://")

        self.take("seen", _text)
        seen = self.values.get("seen")
        if isinstance(seen, str) and not _SEEN.fullmatch(seen):
            self.bad("seen", f"seen {_show(seen)} must be a year, YYYY-MM or YYYY-MM-DD")

        self.take("recurs", _text)
        recurs = self.values.get("recurs")
        if isinstance(recurs, str):
            normal = RECURRENCE_ALIASES.get(recurs.casefold())
            if normal is None:
                self.bad(
                    "recurs",
                    f"unknown recurs {_show(recurs)}; expected one of "
                    + ", ".join(sorted(set(RECURRENCE_ALIASES.values()))),
                )
            self.values["recurs"] = normal

        self.take("usual_month", _month)
        self.take("employer_paid", _bool)
        self.take("synthetic", _bool)

        self.take("activity_kind", _text)
        activity_kind = self.values.get("activity_kind")
        if activity_kind is None and self.implied is not None:
            self.values["activity_kind"] = activity_kind = self.implied
        if isinstance(activity_kind, str) and activity_kind not in vocabulary().kinds:
            kinds = list(vocabulary().kinds)
            self.bad(
                "activity_kind",
                f"unknown activity kind {_show(activity_kind)}; expected a ledger kind such as "
                f"course, self-study or publication" + _suggest(activity_kind, kinds),
            )

    def item(self) -> CatalogueItem:
        return CatalogueItem(
            id=str(self.values["id"]),
            kind=str(self.values["kind"]),
            title=str(self.values["title"]),
            provider=_opt_str(self.values.get("provider")),
            amount=_opt_decimal(self.values.get("hours")),
            unit=str(self.values["unit"]),
            topics=_tuple(self.values.get("topics")),
            price=_opt_decimal(self.values.get("price")),
            member_price=_opt_decimal(self.values.get("member_price")),
            accreditation=str(self.values["accreditation"]),
            accreditation_number=_opt_str(self.values.get("accreditation_number")),
            approval_expires=_opt_date(self.values.get("approval_expires")),
            format=str(self.values["format"]),
            start=_opt_date(self.values.get("start")),
            end=_opt_date(self.values.get("end")),
            location=_opt_str(self.values.get("location")),
            includes=_tuple(self.values.get("includes")),
            approvals=_tuple(self.values.get("approvals")),
            level=_opt_str(self.values.get("level")),
            url=_opt_str(self.values.get("url")),
            seen_on=_opt_str(self.values.get("seen")),
            recurs=_opt_str(self.values.get("recurs")),
            usual_month=_opt_int(self.values.get("usual_month")),
            leads_to=_tuple(self.values.get("leads_to")),
            activity_kind=_opt_str(self.values.get("activity_kind")),
            employer_paid=bool(self.values.get("employer_paid")),
            synthetic=bool(self.values.get("synthetic")),
            notes=_opt_str(self.values.get("notes")),
        )


def _read_row(cells: Mapping[str, object], line: int | None, source: str) -> _RowResult:
    """Validate one row's cells (already keyed by column); collect every bad field."""
    row = _Row(cells, line, source)
    row.identity()
    row.amounts()
    row.sources()
    row.links()
    if not row.result.problems:
        row.result.item = row.item()
    return row.result


def _opt_str(value: object) -> str | None:
    return value if isinstance(value, str) else None


def _opt_decimal(value: object) -> Decimal | None:
    return value if isinstance(value, Decimal) else None


def _opt_date(value: object) -> date | None:
    return value if isinstance(value, date) else None


def _opt_int(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _tuple(value: object) -> tuple[str, ...]:
    return tuple(str(v) for v in value) if isinstance(value, tuple) else ()


def _assemble(rows: Sequence[_RowResult], extra: list[Problem], source: str) -> Catalogue:
    """Cross-row checks (duplicate ids, includes) and the final catalogue."""
    problems = list(extra)
    first_line: dict[str, int | None] = {}
    good: dict[str, _RowResult] = {}
    for row in rows:
        problems.extend(row.problems)
        if row.id is None:
            continue
        if row.id in first_line:
            line = first_line[row.id]
            at = f" (first on line {line})" if line else ""
            problems.append(
                Problem(source, row.line, row.where, f"duplicate id '{row.id}'{at}", "id")
            )
            continue
        first_line[row.id] = row.line
        if row.item is not None:
            good[row.id] = row

    # An item whose includes do not all resolve to good items is skipped; repeat, since
    # skipping a conference may strand a package that includes it.
    changed = True
    while changed:
        changed = False
        for item_id, row in list(good.items()):
            assert row.item is not None
            missing = [child for child in row.item.includes if child not in good]
            if not missing:
                continue
            for child in missing:
                if child in first_line:
                    line = first_line[child]
                    message = f"includes '{child}', which was skipped because of its own problems"
                    if line:
                        message += f" (line {line})"
                else:
                    message = f"includes '{child}', which is not an id in this catalogue"
                problems.append(Problem(source, row.line, row.where, message, "includes"))
            del good[item_id]
            changed = True

    items = tuple(row.item for row in rows if row.id in good and good[row.id] is row and row.item)
    problems.sort(key=lambda p: p.line or 0)
    return Catalogue(items=items, problems=tuple(problems), source=source)


def _refuse(
    source: str, message: str, line: int | None = None, key: str | None = None
) -> Catalogue:
    return Catalogue(items=(), problems=(Problem(source, line, "", message, key),), source=source)


def _too_many(source: str) -> Catalogue:
    return _refuse(
        source,
        f"the catalogue has more than {MAX_ROWS:,} rows; split it into smaller files",
    )


# ----------------------------------------------------------------------------------------------
# CSV


def read_catalogue_csv(text: str, source: str = "<catalogue.csv>") -> Catalogue:
    """Read a catalogue CSV (header row first). Never raises for bad input."""
    if len(text) > MAX_BYTES:
        return _refuse(source, f"the file is larger than {MAX_BYTES // (1024 * 1024)} MB")
    text = text.removeprefix("\ufeff")
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader, None)
    except csv.Error as error:
        return _refuse(source, f"the header row could not be read as CSV: {error}", 1)
    if header is None or not any(cell.strip() for cell in header):
        return _refuse(source, "the file is empty: expected a header row such as " + _example())
    columns = [cell.strip().casefold() for cell in header]
    header_problems: list[Problem] = []
    seen: set[str] = set()
    for column in columns:
        if column in seen:
            return _refuse(source, f"column '{column}' appears twice in the header", 1, column)
        seen.add(column)
    missing = [column for column in REQUIRED_COLUMNS if column not in seen]
    if missing:
        return _refuse(
            source,
            f"the header lacks the required column(s) {', '.join(missing)}; expected a header "
            f"such as {_example()}",
            1,
            missing[0],
        )
    for column in columns:
        if column not in COLUMNS:
            shown = column if column else "(blank)"
            header_problems.append(
                Problem(
                    source,
                    1,
                    "header",
                    f"unknown column '{shown}'; its values are ignored" + _suggest(column, COLUMNS),
                    column or None,
                )
            )

    rows: list[_RowResult] = []
    line = reader.line_num + 1
    count = 0
    records: Iterator[list[str]] = iter(reader)
    while True:
        try:
            record = next(records, None)
        except csv.Error as error:
            header_problems.append(
                Problem(
                    source,
                    line,
                    "",
                    f"this line could not be read as CSV ({error}); the rest of the file "
                    "was not read",
                )
            )
            break
        if record is None:
            break
        start_line, line = line, reader.line_num + 1
        if not any(cell.strip() for cell in record):
            continue
        count += 1
        if count > MAX_ROWS:
            return _too_many(source)
        cells: dict[str, object] = {}
        for column, cell in zip(columns, record, strict=False):
            if column in COLUMNS:
                cells[column] = cell
        if len(record) > len(columns):
            result = _read_row(cells, start_line, source)
            result.problems.append(
                Problem(
                    source,
                    start_line,
                    result.where,
                    f"the row has {len(record)} values but the header has {len(columns)} "
                    "columns (is a comma missing its quotes?)",
                )
            )
            result.item = None
            rows.append(result)
            continue
        rows.append(_read_row(cells, start_line, source))
    return _assemble(rows, header_problems, source)


def _example() -> str:
    return "'" + ",".join(COLUMNS[:7]) + ",...'"


def _cell(value: object) -> str:
    if value is None or value is False:
        return ""
    if value is True:
        return "true"
    if isinstance(value, Decimal):
        return _fmt_decimal(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple):
        return ";".join(str(v) for v in value)
    text = str(value)
    # The writer ends lines with "\n" and so quotes cells holding one, but not a lone "\r".
    return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text


def _values(item: CatalogueItem) -> dict[str, object]:
    """An item's values by column name (the JSON and CSV writers share it)."""
    return {
        "id": item.id,
        "kind": item.kind,
        "title": item.title,
        "provider": item.provider,
        "hours": item.amount,
        "topics": item.topics,
        "price": item.price,
        "accreditation": item.accreditation,
        "format": item.format,
        "start": item.start,
        "end": item.end,
        "location": item.location,
        "includes": item.includes,
        "approvals": item.approvals,
        "url": item.url,
        "unit": item.unit,
        "member_price": item.member_price,
        "accreditation_number": item.accreditation_number,
        "approval_expires": item.approval_expires,
        "level": item.level,
        "recurs": item.recurs,
        "usual_month": item.usual_month,
        "leads_to": item.leads_to,
        "employer_paid": item.employer_paid,
        "seen": item.seen_on,
        "synthetic": item.synthetic,
        "notes": item.notes,
        "activity_kind": item.activity_kind,
    }


def write_catalogue_csv(catalogue: Catalogue) -> str:
    """The catalogue as CSV text with every column, in `COLUMNS` order."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    for item in catalogue.items:
        values = _values(item)
        writer.writerow([_cell(values[column]) for column in COLUMNS])
    return out.getvalue()


# ----------------------------------------------------------------------------------------------
# JSON


def _reject_constant(name: str) -> object:
    raise ValueError(f"{name} is not allowed")


_DECODER = json.JSONDecoder(parse_float=Decimal, parse_constant=_reject_constant)
_WS = re.compile(r"[ \t\n\r]*")


def read_catalogue_json(text: str, source: str = "<catalogue.json>") -> Catalogue:
    """Read a JSON catalogue: a list of objects keyed like the CSV columns. Never raises."""
    if len(text) > MAX_BYTES:
        return _refuse(source, f"the file is larger than {MAX_BYTES // (1024 * 1024)} MB")
    text = text.removeprefix("\ufeff")
    position = _WS.match(text, 0).end()  # type: ignore[union-attr]
    if position >= len(text) or text[position] != "[":
        return _refuse(
            source,
            'expected a JSON list of catalogue items, \'[{"id": ..., "kind": ...}, ...]\'',
            _line_at(text, position),
        )
    position += 1
    rows: list[_RowResult] = []
    extra: list[Problem] = []
    line, counted = 1, 0  # line of offset `counted`, advanced incrementally
    first = True
    while True:
        position = _WS.match(text, position).end()  # type: ignore[union-attr]
        if position < len(text) and text[position] == "]":
            trailing = _WS.match(text, position + 1).end()  # type: ignore[union-attr]
            if trailing != len(text):
                line += text.count("\n", counted, trailing)
                extra.append(Problem(source, line, "", "unexpected text after the closing ']'"))
            break
        if not first:
            if position >= len(text) or text[position] != ",":
                line += text.count("\n", counted, position)
                counted = position
                extra.append(
                    Problem(source, line, "", "expected ',' or ']' between items; stopped here")
                )
                break
            position = _WS.match(text, position + 1).end()  # type: ignore[union-attr]
        first = False
        line += text.count("\n", counted, position)
        counted = position
        try:
            value, end = _DECODER.raw_decode(text, position)
        except (ValueError, RecursionError) as error:
            message = error.msg if isinstance(error, json.JSONDecodeError) else str(error)
            where_line = line
            if isinstance(error, json.JSONDecodeError):
                where_line = error.lineno
            extra.append(
                Problem(
                    source,
                    where_line,
                    "",
                    f"not valid JSON ({message}); the rest of the file was not read",
                )
            )
            break
        position = end
        if len(rows) >= MAX_ROWS:
            return _too_many(source)
        if not isinstance(value, dict):
            rows.append(
                _RowResult(
                    line,
                    None,
                    None,
                    "row",
                    [Problem(source, line, "row", f"expected an object, found {_kind_of(value)}")],
                )
            )
            continue
        cells: dict[str, object] = {}
        unknown: list[str] = []
        for key, cell in value.items():
            if key in COLUMNS:
                cells[key] = cell
            else:
                unknown.append(key)
        result = _read_row(cells, line, source)
        for key in unknown:
            result.problems.append(
                Problem(
                    source,
                    line,
                    result.where,
                    f"unknown key {_show(key)}" + _suggest(key, COLUMNS),
                    key,
                )
            )
            result.item = None
        rows.append(result)
    return _assemble(rows, extra, source)


def _line_at(text: str, position: int) -> int:
    return text.count("\n", 0, position) + 1


def _json_value(value: object) -> str:
    if isinstance(value, Decimal):
        return _fmt_decimal(value)
    if isinstance(value, date):
        return json.dumps(value.isoformat())
    if isinstance(value, tuple):
        return json.dumps(list(value), ensure_ascii=False)
    return json.dumps(value, ensure_ascii=False)


def write_catalogue_json(catalogue: Catalogue) -> str:
    """The catalogue as a JSON list, one object per item; blank fields are left out.

    Amounts and prices are written as exact JSON numbers (never through a float).
    """
    blocks: list[str] = []
    for item in catalogue.items:
        pairs = [
            f"    {json.dumps(key)}: {_json_value(value)}"
            for key, value in _values(item).items()
            if value is not None and value != () and value is not False
        ]
        blocks.append("  {\n" + ",\n".join(pairs) + "\n  }")
    if not blocks:
        return "[]\n"
    return "[\n" + ",\n".join(blocks) + "\n]\n"


# ----------------------------------------------------------------------------------------------
# Files and the starter catalogue


def load_catalogue(path: str | Path) -> Catalogue:
    """Read a `.csv` or `.json` catalogue file. Unreadable files become a problem, not a raise."""
    path = Path(path)
    source = str(path)
    suffix = path.suffix.casefold()
    if suffix not in (".csv", ".json"):
        return _refuse(
            source, f"unknown catalogue file type '{path.suffix}': expected .csv or .json"
        )
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            return _refuse(source, f"the file is larger than {MAX_BYTES // (1024 * 1024)} MB")
        data = path.read_bytes()
    except OSError as error:
        return _refuse(source, f"could not read the file: {error.strerror or error}")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        return _refuse(
            source,
            f"the file is not UTF-8 text (byte 0x{data[error.start]:02x} at offset "
            f"{error.start}); save it as UTF-8",
            line,
        )
    reader = read_catalogue_csv if suffix == ".csv" else read_catalogue_json
    return reader(text, source)


STARTER_FILE = "catalogue-starter.csv"


@cache
def starter_catalogue() -> Catalogue:
    """The shipped starter catalogue (real entries from research; see docs/catalogue.md)."""
    text = resources.files("cetrack.data").joinpath(STARTER_FILE).read_text("utf-8")
    return read_catalogue_csv(text, f"cetrack/data/{STARTER_FILE}")
