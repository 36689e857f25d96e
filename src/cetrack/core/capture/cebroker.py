"""CE Broker rosters (Florida's mandated CE tracker) into draft activities.

Three layouts are read (docs/research: help.cebroker.com, external-material.md section 4.1):

- **Excel roster, full credit** (.xls, .xlsx, or the same columns as CSV), no header row:
  A provider tracking number without "50-", B course tracking number without "20-" *or*
  C the provider's own course id, D publishing number (optional), E licence number,
  F completion date, G "State=FL", H "Profession=<code>". Such rows carry no hours.
- **Excel roster, partial credit**: the same A-H, plus I subject-area code and J hours.
- **Roster XML** as posted to the CE Broker web service (pre-2021 shape):
  `<rosters><roster><id_provider/><provider_course_code/><id_course/><id_publishing/>
  <end_date>MM/DD/YYYY</end_date><attendees><attendee><licensee_profession/>
  <licensee_number/><first_name/><last_name/><cebroker_state/><date_completed/>
  <ce_credit_hours/></attendee>...</attendees></roster></rosters>`.

The 100-character fixed-width text upload is recognised but not read: CE Broker publishes the
positions of its provider record only (type 1: "1", "50-", 9-digit provider number, 80-char
name), not those of the course and attendee records, and we will not guess them.

Rosters name no course title, so each draft gets a placeholder title at low confidence that
the reviewer replaces. XML is parsed with expat directly and refuses any DOCTYPE or ENTITY
declaration (no entity expansion, no external resources).
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from xml.parsers import expat

from cetrack.core.capture.draft import DEFAULT_LIMITS, Capture, CaptureError, Draft, Field, Limits
from cetrack.core.capture.tabular import TableRead, decode_text, read_rows, sniff_table
from cetrack.core.capture.values import parse_date, parse_decimal, plain_decimal
from cetrack.core.ledger import AMOUNT_LIMITS, EARLIEST_DATE

XML_TYPE = "application/xml"
TEXT_TYPE = "text/plain"
NO_HOURS_NOTE = "CE Broker full-credit rosters carry no hours; enter them from the course"
NO_TITLE_NOTE = "CE Broker rosters carry no course title; enter it from the course"

_STATE = re.compile(r"\s*state\s*=\s*([a-z]{2})\s*", re.I)
_PROFESSION = re.compile(r"\s*profession\s*=\s*([a-z0-9 .-]{1,20})\s*", re.I)
_PROVIDER = re.compile(r"(?:50-)?(\d{1,12})")
_COURSE = re.compile(r"(?:20-)?(\d{1,12})")
_MAX_XML_DEPTH = 16
_SNIFF_LIMITS = Limits(max_rows=20)


# ---------------------------------------------------------------------------------------------
# Detection


def looks_like_cebroker(source: bytes | Sequence[Sequence[str]]) -> bool:
    """Whether bytes (or rows already read) are a CE Broker roster in a layout read here."""
    if isinstance(source, bytes | bytearray):
        content = bytes(source)
        if _xml_text_head(content) is not None:
            head = _xml_text_head(content) or ""
            return bool(re.search(r"<\s*rosters?[\s>/]", head))
        if _fixed_width(content) is not None:
            return True
        kind = sniff_table(content)
        if kind == "csv" and not re.search(rb"(?i)state\s*=", content[:65536]):
            return False
        table = read_rows("", content, _SNIFF_LIMITS)
        if isinstance(table, CaptureError):
            return False
        rows: Sequence[Sequence[str]] = table.rows
    else:
        rows = source
    sample = [row for row in rows[:20] if any(cell.strip() for cell in row)]
    if not sample:
        return False
    marked = sum(1 for row in sample if _roster_row(row))
    return marked >= 1 and marked * 2 >= len(sample)


def _roster_row(row: Sequence[str]) -> bool:
    return (
        len(row) >= 8
        and _STATE.fullmatch(row[6] or "") is not None
        and _PROFESSION.fullmatch(row[7] or "") is not None
    )


def _xml_text_head(content: bytes) -> str | None:
    """The first characters of an XML document, or None when the bytes are not XML."""
    head = content[:4096]
    for bom, codec in (
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ):
        if head.startswith(bom):
            text = head[len(bom) :].decode(codec, errors="ignore")
            break
    else:
        text = head.decode("utf-8", errors="ignore")
    stripped = text.lstrip()
    return stripped if stripped.startswith("<") else None


def _fixed_width(content: bytes) -> list[str] | None:
    """The lines of a CE Broker 100-character text upload, or None."""
    if content.lstrip()[:4] != b"150-":
        return None
    decoded = decode_text(content)
    if isinstance(decoded, CaptureError):
        return None
    lines = [line.rstrip("\r") for line in decoded[0].split("\n") if line.strip()]
    exact = sum(1 for line in lines if len(line) == 100 and line[:1] in "123456")
    return lines if lines and exact * 2 >= len(lines) else None


# ---------------------------------------------------------------------------------------------
# Entry point


def read_cebroker(name: str, content: bytes, limits: Limits = DEFAULT_LIMITS) -> Capture:
    """Drafts from a CE Broker roster (Excel/CSV columns, roster XML); never raises."""
    if not content:
        return Capture(
            file=name, content_type=None, errors=(CaptureError("empty", "the file is empty"),)
        )
    if len(content) > limits.max_bytes:
        megabytes = limits.max_bytes // (1024 * 1024)
        return Capture(
            file=name,
            content_type=None,
            errors=(CaptureError("too-large", f"the file is larger than {megabytes} MB"),),
        )
    if _xml_text_head(content) is not None:
        return _read_xml(name, content, limits)
    lines = _fixed_width(content)
    if lines is not None:
        return _read_fixed_width(name, lines)
    table = read_rows(name, content, limits)
    if isinstance(table, CaptureError):
        return Capture(file=name, content_type=None, errors=(table,))
    return drafts_from_roster(name, table)


# ---------------------------------------------------------------------------------------------
# Excel / CSV roster columns


def drafts_from_roster(name: str, table: TableRead) -> Capture:
    """One draft per roster row; rows off the layout are located errors."""
    drafts: list[Draft] = []
    errors: list[CaptureError] = list(table.errors)
    origin = "cebroker"
    for position, (row, number) in enumerate(zip(table.rows, table.numbers, strict=True)):
        cells = [*row, *([""] * (10 - len(row)))] if len(row) < 10 else list(row)
        where = f"row {number}"
        if not _roster_row(cells):
            if position == 0 and not any(_PROVIDER.fullmatch(cell) for cell in cells[:2]):
                continue  # a header row someone added above the roster
            errors.append(
                CaptureError(
                    "layout",
                    "not a CE Broker roster row: column G should say 'State=FL' (or another "
                    "state) and column H 'Profession=<code>'",
                    where,
                )
            )
            continue
        made = _roster_draft(cells, where, origin, table.notes)
        if isinstance(made, Draft):
            drafts.append(made)
        else:
            errors.extend(made)
    if not drafts and not errors:
        errors.append(CaptureError("empty", "the roster holds no rows"))
    return Capture(
        file=name, content_type=table.content_type, drafts=tuple(drafts), errors=tuple(errors)
    )


def _roster_draft(
    cells: Sequence[str], where: str, origin: str, table_notes: Sequence[str]
) -> Draft | list[CaptureError]:
    errors: list[CaptureError] = []

    def problem(code: str, column: str, message: str) -> None:
        errors.append(CaptureError(code, f"column {column}: {message}", where))

    provider, course, own_id, publishing, licence, completed, state_cell, profession_cell = (
        cell.strip() for cell in cells[:8]
    )
    subject, hours_text = cells[8].strip(), cells[9].strip()
    fields: dict[str, Field] = {}
    notes: list[str] = list(table_notes)
    ledger_notes: list[str] = []

    provider_match = _PROVIDER.fullmatch(provider)
    if provider_match:
        number = f"50-{provider_match.group(1)}"
        fields["provider_number"] = Field(number, 0.95, provider)
        fields["approval_number"] = Field(number, 0.9, provider)
    elif provider:
        problem(
            "bad-value", "A", f"'{provider}' is not a provider tracking number (digits after 50-)"
        )
    else:
        problem("missing-value", "A", "the provider tracking number is empty")

    course_match = _COURSE.fullmatch(course)
    if course_match:
        fields["course_number"] = Field(f"20-{course_match.group(1)}", 0.95, course)
    elif course:
        problem("bad-value", "B", f"'{course}' is not a course tracking number (digits after 20-)")
    elif own_id:
        fields["course_number"] = Field(own_id, 0.85, own_id)
    else:
        problem(
            "missing-value",
            "B",
            "no course: give the course tracking number (B) or your course id (C)",
        )
    if publishing:
        ledger_notes.append(f"CE Broker publishing {publishing}")

    if licence:
        fields["license_number"] = Field(licence, 0.95, licence)
    else:
        problem("missing-value", "E", "the licence number is empty")

    completed_on = _roster_date(completed)
    if completed_on is not None:
        fields["completed_on"] = Field(completed_on.isoformat(), 0.95, completed)
    elif completed:
        problem("bad-date", "F", f"'{completed}' is not a date; expected e.g. 12/3/2008")
    else:
        problem("missing-value", "F", "the completion date is empty")

    state = _STATE.fullmatch(state_cell)
    if state:
        fields["approvals"] = Field((state.group(1).lower(),), 0.9, state_cell)
    profession = _PROFESSION.fullmatch(profession_cell)
    if profession:
        ledger_notes.append(f"CE Broker profession {profession.group(1).strip()}")

    if hours_text:
        hours = parse_decimal(hours_text)
        if hours is None or hours <= 0 or hours > AMOUNT_LIMITS["hours"]:
            problem("bad-amount", "J", f"'{hours_text}' is not a number of hours")
        elif hours.quantize(Decimal("0.01")) != hours:
            problem("bad-amount", "J", f"{hours_text}: at most two decimals")
        else:
            fields["hours"] = Field(plain_decimal(hours), 0.95, hours_text)
    else:
        notes.append(NO_HOURS_NOTE)
    if subject:
        ledger_notes.append(f"subject area {subject}")
        notes.append(f"CE Broker subject-area code {subject}: pick the matching topic")
    if errors:
        return errors
    _finish(fields, notes, ledger_notes)
    return Draft(fields=fields, origin=origin, where=where, notes=tuple(notes))


def _finish(fields: dict[str, Field], notes: list[str], ledger_notes: list[str]) -> None:
    course = fields.get("course_number")
    label = f"CE Broker course {course.value}" if course else "CE Broker course"
    fields["title"] = Field(label, 0.2, "placeholder: the roster names no title")
    notes.append(NO_TITLE_NOTE)
    fields["accreditation"] = Field("state-board", 0.85, "CE Broker roster")
    fields["evidence"] = Field("attendance-record", 0.9, "CE Broker roster")
    if ledger_notes:
        fields["notes"] = Field("; ".join(ledger_notes), 0.9, "; ".join(ledger_notes))


def _roster_date(text: str) -> date | None:
    text = text.strip()
    if not text:
        return None
    iso = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", text)
    if iso:
        found = _date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
        return found
    slashed = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})", text)
    if slashed:  # CE Broker dates are always month first
        year = int(slashed.group(3))
        return _date(
            year + 2000 if year < 100 else year, int(slashed.group(1)), int(slashed.group(2))
        )
    return parse_date(text)


def _date(year: int, month: int, day: int) -> date | None:
    try:
        found = date(year, month, day)
    except ValueError:
        return None
    return found if EARLIEST_DATE <= found <= date(2100, 1, 1) else None


# ---------------------------------------------------------------------------------------------
# Roster XML


@dataclass(slots=True)
class _Node:
    tag: str
    line: int
    children: list[_Node] = field(default_factory=list)
    text: list[str] = field(default_factory=list)

    def child(self, name: str) -> _Node | None:
        return next((node for node in self.children if node.tag == name), None)

    def value(self, name: str) -> str:
        node = self.child(name)
        return "".join(node.text).strip() if node is not None else ""


class _Refused(Exception):
    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


def _declares_dtd(content: bytes) -> bool:
    """A DOCTYPE or ENTITY declaration anywhere, in ASCII-compatible or UTF-16/32 text."""
    for marker in ("<!DOCTYPE", "<!ENTITY", "<!doctype", "<!entity"):
        for codec in ("ascii", "utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"):
            if marker.encode(codec) in content:
                return True
    return False


def _parse_xml(content: bytes, limits: Limits = DEFAULT_LIMITS) -> _Node | CaptureError:
    """A small element tree; DOCTYPE/ENTITY declarations and external entities are refused."""
    if _declares_dtd(content):
        return CaptureError(
            "unsafe-xml",
            "the XML declares a DOCTYPE or entities, which cetrack refuses (they can expand "
            "without limit or reach outside the file); remove the declaration",
        )
    parser = expat.ParserCreate()
    root: list[_Node] = []
    stack: list[_Node] = []
    budget = [max(1_000, limits.max_rows * 20)]

    def local(tag: str) -> str:
        return tag.rsplit("}", 1)[-1].rsplit(":", 1)[-1]

    def start(tag: str, attributes: dict[str, str]) -> None:
        budget[0] -= 1
        if budget[0] < 0:
            raise _Refused("too-large", "the XML holds too many elements")
        if len(stack) >= _MAX_XML_DEPTH:
            raise _Refused("corrupt", "the XML is nested too deeply for a roster")
        node = _Node(local(tag), parser.CurrentLineNumber)
        if stack:
            stack[-1].children.append(node)
        else:
            root.append(node)
        stack.append(node)

    def end(tag: str) -> None:
        stack.pop()

    def text(data: str) -> None:
        if stack and sum(len(part) for part in stack[-1].text) < 10_000:
            stack[-1].text.append(data)

    def refuse(*_: object) -> None:
        raise _Refused(
            "unsafe-xml", "the XML declares a DOCTYPE or entities, which cetrack refuses"
        )

    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = text
    parser.StartDoctypeDeclHandler = refuse
    parser.EntityDeclHandler = refuse
    parser.UnparsedEntityDeclHandler = refuse
    parser.ExternalEntityRefHandler = refuse  # type: ignore[assignment]
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    try:
        parser.Parse(content, True)
    except _Refused as refused:
        return CaptureError(refused.code, refused.message, f"line {parser.CurrentLineNumber}")
    except expat.ExpatError as error:
        return CaptureError(
            "corrupt",
            f"not well-formed XML ({expat.ErrorString(error.code)})",
            f"line {error.lineno}, column {error.offset + 1}",
        )
    except (ValueError, LookupError, RecursionError, MemoryError) as error:
        return CaptureError("corrupt", f"the XML cannot be read ({type(error).__name__})")
    if not root:
        return CaptureError("corrupt", "the XML holds no element")
    return root[0]


def _read_xml(name: str, content: bytes, limits: Limits) -> Capture:
    parsed = _parse_xml(content, limits)
    if isinstance(parsed, CaptureError):
        return Capture(file=name, content_type=XML_TYPE, errors=(parsed,))
    if parsed.tag == "rosters":
        rosters = [node for node in parsed.children if node.tag == "roster"]
    elif parsed.tag == "roster":
        rosters = [parsed]
    else:
        return Capture(
            file=name,
            content_type=XML_TYPE,
            errors=(
                CaptureError(
                    "unsupported",
                    f"XML whose root element is <{parsed.tag}>, not a CE Broker roster (<rosters>)",
                    f"line {parsed.line}",
                ),
            ),
        )
    drafts: list[Draft] = []
    errors: list[CaptureError] = []
    if not rosters:
        errors.append(CaptureError("empty", "the file holds no <roster>", f"line {parsed.line}"))
    for number, roster in enumerate(rosters, start=1):
        attendees_node = roster.child("attendees")
        attendees = (
            [node for node in attendees_node.children if node.tag == "attendee"]
            if attendees_node is not None
            else []
        )
        if not attendees:
            errors.append(
                CaptureError("empty", f"roster {number} lists no <attendee>", f"line {roster.line}")
            )
        for index, attendee in enumerate(attendees, start=1):
            if len(drafts) >= limits.max_rows:
                errors.append(
                    CaptureError(
                        "too-large",
                        f"more than {limits.max_rows} attendees; the rest were not read",
                        f"line {attendee.line}",
                    )
                )
                return Capture(
                    file=name, content_type=XML_TYPE, drafts=tuple(drafts), errors=tuple(errors)
                )
            made = _attendee_draft(roster, attendee, f"roster {number}, attendee {index}")
            if isinstance(made, Draft):
                drafts.append(made)
            else:
                errors.extend(made)
    return Capture(file=name, content_type=XML_TYPE, drafts=tuple(drafts), errors=tuple(errors))


def _attendee_draft(roster: _Node, attendee: _Node, where: str) -> Draft | list[CaptureError]:
    located = f"{where} (line {attendee.line})"
    errors: list[CaptureError] = []
    fields: dict[str, Field] = {}
    notes: list[str] = []
    ledger_notes: list[str] = []

    provider = roster.value("id_provider")
    match = _PROVIDER.fullmatch(provider)
    if match:
        fields["provider_number"] = Field(f"50-{match.group(1)}", 0.95, provider)
        fields["approval_number"] = Field(f"50-{match.group(1)}", 0.9, provider)
    elif provider:
        errors.append(
            CaptureError(
                "bad-value",
                f"<id_provider> '{provider}' is not a provider tracking number",
                located,
            )
        )
    course, own = roster.value("id_course"), roster.value("provider_course_code")
    course_match = _COURSE.fullmatch(course)
    if course_match:
        fields["course_number"] = Field(f"20-{course_match.group(1)}", 0.95, course)
    elif own:
        fields["course_number"] = Field(own, 0.85, own)
    publishing = roster.value("id_publishing")
    if publishing:
        ledger_notes.append(f"CE Broker publishing {publishing}")

    licence = attendee.value("licensee_number") or attendee.value("license_number")
    if licence:
        fields["license_number"] = Field(licence, 0.95, licence)
    else:
        errors.append(CaptureError("missing-value", "<licensee_number> is empty", located))
    first, last = attendee.value("first_name"), attendee.value("last_name")
    if first or last:
        full = " ".join(part for part in (first, last) if part)
        fields["participant_name"] = Field(full, 0.9, full)

    _attendee_date(roster, attendee, located, fields, notes, errors)

    state = attendee.value("cebroker_state")
    if re.fullmatch(r"[A-Za-z]{2}", state):
        fields["approvals"] = Field((state.lower(),), 0.9, state)
    profession = attendee.value("licensee_profession")
    if profession:
        ledger_notes.append(f"CE Broker profession {profession}")

    _attendee_hours(attendee, located, fields, notes, errors)
    if errors:
        return errors
    _finish(fields, notes, ledger_notes)
    return Draft(fields=fields, origin="cebroker", where=where, notes=tuple(notes))


def _attendee_date(
    roster: _Node,
    attendee: _Node,
    located: str,
    fields: dict[str, Field],
    notes: list[str],
    errors: list[CaptureError],
) -> None:
    """The attendee's completion date, else the course's end date (with a note)."""
    completed = attendee.value("date_completed")
    end = roster.value("end_date")
    day = _roster_date(completed) if completed else None
    if day is not None:
        fields["completed_on"] = Field(day.isoformat(), 0.95, completed)
    elif completed:
        errors.append(
            CaptureError(
                "bad-date", f"<date_completed> '{completed}' is not a date (MM/DD/YYYY)", located
            )
        )
    else:
        end_day = _roster_date(end)
        if end_day is not None:
            fields["completed_on"] = Field(end_day.isoformat(), 0.8, end)
            notes.append("no completion date for the attendee; the course's end date is used")
        else:
            errors.append(
                CaptureError("missing-value", "no <date_completed> or <end_date>", located)
            )


def _attendee_hours(
    attendee: _Node,
    located: str,
    fields: dict[str, Field],
    notes: list[str],
    errors: list[CaptureError],
) -> None:
    """The attendee's hours; a roster for full credit gives none (a note asks for them)."""
    hours_text = attendee.value("ce_credit_hours")
    if hours_text:
        hours = parse_decimal(hours_text)
        if hours is None or hours <= 0 or hours > AMOUNT_LIMITS["hours"]:
            errors.append(
                CaptureError(
                    "bad-amount",
                    f"<ce_credit_hours> '{hours_text}' is not a number of hours",
                    located,
                )
            )
        elif hours.quantize(Decimal("0.01")) != hours:
            errors.append(
                CaptureError(
                    "bad-amount", f"<ce_credit_hours> {hours_text}: at most two decimals", located
                )
            )
        else:
            fields["hours"] = Field(plain_decimal(hours), 0.95, hours_text)
    else:
        notes.append("the roster gives no hours for this attendee; enter them from the course")


# ---------------------------------------------------------------------------------------------
# Fixed-width text upload


def _read_fixed_width(name: str, lines: Sequence[str]) -> Capture:
    first = lines[0]
    provider = first[4:13].strip()
    provider_name = first[13:93].strip()
    label = f"provider 50-{provider}" + (f", {provider_name}" if provider_name else "")
    error = CaptureError(
        "unsupported",
        f"a CE Broker text upload ({label}) was recognised, but its course and attendee "
        "records are not read: CE Broker does not publish their character positions and "
        "cetrack does not guess them. Export the roster as Excel (columns A-J) or XML instead.",
        "line 1",
    )
    return Capture(file=name, content_type=TEXT_TYPE, errors=(error,))


__all__ = [
    "NO_HOURS_NOTE",
    "NO_TITLE_NOTE",
    "drafts_from_roster",
    "looks_like_cebroker",
    "read_cebroker",
]
