"""A user's records leaving and coming back: transcript PDF, audit packet ZIP, activities CSV,
ledger TOML, and reading an uploaded ledger or audit packet for import.

Pure builders: a user (and a credential row) in, bytes or text out; no request objects. Every
export is built from the same core ledger objects the engine evaluates (`bridge.core_ledger`),
and the ledger written into an audit packet points each activity's `certificate` at the file's
path inside the packet, so importing the packet gives back the same records and files.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import posixpath
import re
import unicodedata
import zipfile
import zlib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date
from pathlib import PurePosixPath
from typing import IO, Any, NamedTuple

from django.conf import settings
from django.template.loader import render_to_string
from django.utils import timezone

from cetrack.core import ledger as core
from cetrack.core import names
from cetrack.core.engine import GENERAL, CredentialEvaluation, evaluate
from cetrack.core.ledger_writer import activity_table, dump_ledger
from cetrack.limits import activities_in, limit_text, over_ceiling, size_text
from cetrack.records import evidence, presenters, services
from cetrack.records.access import activities_for, certificates_for, credentials_for
from cetrack.records.bridge import (
    activity_columns,
    core_activity,
    core_credential,
    credential_columns,
    too_long,
)
from cetrack.records.models import Activity, Certificate, Credential

LEDGER_NAME = "ledger.toml"
MANIFEST_NAME = "manifest.json"
TRANSCRIPT_NAME = "transcript.pdf"
CERTIFICATE_FOLDER = "certificates"

# Limits for an uploaded audit packet (each entry is also limited to settings.MAX_UPLOAD_BYTES).
MAX_ZIP_ENTRIES = 500
MAX_ZIP_TOTAL = 200 * 1024 * 1024  # uncompressed, and the most a .zip upload may weigh

# The oldest and newest dates a transcript may be evaluated at (the ledger's plausible range).
EARLIEST_AS_OF = core.EARLIEST_DATE
LATEST_AS_OF = core.LATEST_DATE

ACCEPTED_UPLOADS = "a ledger file (.toml) or an audit packet (.zip) exported by cetrack"


# -- certificate files and the ledger that points at them ------------------------------------


@dataclass(frozen=True)
class PacketFile:
    """A certificate file as it appears in an audit packet."""

    path: str  # certificates/<activity ledger id>/<original name>
    activity_id: str
    certificate: Certificate


def path_segment(text: str, fallback: str) -> str:
    """A folder or file name that is safe in any ZIP tool: no separators, no leading dots."""
    cleaned = re.sub(r"[^\w.\- ()+,@]+", "_", text).strip(" .")
    return cleaned[:120] or fallback


def _unique(path: str, taken: set[str]) -> str:
    if path not in taken:
        return path
    stem, suffix = posixpath.splitext(path)
    number = 2
    while f"{stem}-{number}{suffix}" in taken:
        number += 1
    return f"{stem}-{number}{suffix}"


def packet_files(user: Any) -> list[PacketFile]:
    """Every live certificate of the user's live activities, with its path inside a packet."""
    rows = certificates_for(user).select_related("activity").order_by("activity__ledger_id", "pk")
    taken: set[str] = set()
    files: list[PacketFile] = []
    for row in rows:
        folder = path_segment(row.activity.ledger_id, "activity")
        name = path_segment(evidence.safe_name(row.original_name), "certificate")
        path = _unique(f"{CERTIFICATE_FOLDER}/{folder}/{name}", taken)
        taken.add(path)
        files.append(PacketFile(path, row.activity.ledger_id, row))
    return files


def _activity_rows(user: Any) -> list[Activity]:
    return list(activities_for(user).order_by("end", "start", "id"))


def export_ledger(user: Any, files: Iterable[PacketFile] | None = None) -> core.Ledger:
    """All of the user's live records as a core ledger; `certificate` = the packet path of the
    activity's first file when it has one, else the stored reference."""
    first_path: dict[int, str] = {}
    for item in packet_files(user) if files is None else files:
        first_path.setdefault(item.certificate.activity_id, item.path)
    activities = []
    for row in _activity_rows(user):
        activity = core_activity(row)
        if row.pk in first_path:
            activity = replace(activity, certificate=first_path[row.pk])
        activities.append(activity)
    return core.Ledger(
        person=services.person_for(user),
        credentials=tuple(core_credential(c) for c in credentials_for(user)),
        activities=tuple(activities),
    )


def ledger_toml(user: Any) -> str:
    return dump_ledger(export_ledger(user))


# -- CSV -------------------------------------------------------------------------------------

CSV_COLUMNS = core.ACTIVITY_FIELDS  # the ledger keys, in the documented order
FORMULA_STARTS = ("=", "+", "-", "@")
CONTROL_STARTS = ("\t", "\r", "\n")
# Spaces a spreadsheet may skip before a formula: ASCII, no-break and ideographic.
LEADING_SPACES = " \u00a0\u3000"


def runs_as_formula(text: str) -> bool:
    """Whether a spreadsheet might run `text` as a formula: it starts (after spaces) with
    =, +, - or @ in any width — full-width ＝ ＋ － ＠ and the small forms ﹦ ﹢ ﹣ ﹫ become the
    ASCII ones under NFKC, as spreadsheets in East Asian locales read them — or with a tab or
    line break."""
    if text.startswith(CONTROL_STARTS):
        return True
    first = unicodedata.normalize("NFKC", text.lstrip(LEADING_SPACES)[:1])
    return first.startswith(FORMULA_STARTS)


def csv_cell(value: Any) -> str:
    """A value as CSV text; text a spreadsheet would run as a formula gets a leading quote."""
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        text = ";".join(str(v) for v in value)
    elif isinstance(value, date):
        text = value.isoformat()
    else:
        text = str(value)
    return "'" + text if runs_as_formula(text) else text


def activities_csv(user: Any) -> str:
    """One row per live activity, the ledger's keys as columns (lists joined with ';')."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    for activity in export_ledger(user).activities:
        row = activity_table(activity)
        writer.writerow([csv_cell(row.get(column)) for column in CSV_COLUMNS])
    return out.getvalue()


# -- transcript ------------------------------------------------------------------------------


class AsOfError(ValueError):
    """An as-of date the transcript cannot be evaluated at; the message says why."""


def parse_as_of(text: str | None) -> date | None:
    """The `?as_of=` date, None when not given; AsOfError with a readable message when bad."""
    if text is None or not text.strip():
        return None
    try:
        day = date.fromisoformat(text.strip())
    except ValueError:
        raise AsOfError(
            f"'{text[:40]}' is not a date; give as_of as YYYY-MM-DD, e.g. 2026-06-30"
        ) from None
    if not EARLIEST_AS_OF <= day <= LATEST_AS_OF:
        raise AsOfError(
            f"as_of must be between {EARLIEST_AS_OF.isoformat()} and {LATEST_AS_OF.isoformat()}"
        )
    return day


def _days(start: date, end: date) -> str:
    return names.period_text(start, end)


# The numbers an authority's auditors ask for, per program, as transcript columns: Florida's
# board approval (CE Broker) and provider numbers, California's course and accrediting-agency
# numbers; every other program gets the course number.
NUMBER_COLUMNS: dict[str, tuple[tuple[str, str], ...]] = {
    "fl": (("approval_number", "Florida approval no."), ("provider_number", "Provider no.")),
    "ca": (("course_number", "Course no."), ("accrediting_agency_number", "Agency no.")),
}
DEFAULT_NUMBERS = (("course_number", "Course no."),)


def number_columns(result: CredentialEvaluation) -> tuple[tuple[str, str], ...]:
    program = result.book.program.program if result.book else ""
    return NUMBER_COLUMNS.get(program, DEFAULT_NUMBERS)


def missing_documents(
    result: CredentialEvaluation, activities: Mapping[str, core.Activity], with_files: set[str]
) -> list[dict[str, str]]:
    """What an auditor would ask for and the records lack, per activity of this credential
    and cycle: a certificate file, and every documentation finding (refused or to check)."""
    inside = [c.activity for c in result.counted] + [e.activity for e in result.excluded_inside]
    found: list[dict[str, str]] = []
    for activity_id in dict.fromkeys(inside):
        activity = activities.get(activity_id)
        if activity is None:
            continue
        if activity_id not in with_files:
            found.append(
                {
                    "activity": activity.title,
                    "date": _days(activity.start, activity.end),
                    "missing": "No certificate file",
                }
            )
    for finding in result.findings:
        if finding.severity == "info" or not finding.activity:
            continue
        activity = activities.get(finding.activity)
        if activity is not None and finding.activity in inside:
            found.append(
                {
                    "activity": activity.title,
                    "date": _days(activity.start, activity.end),
                    "missing": finding.message,
                }
            )
    return found


def _evaluate_one(
    user: Any, row: Credential, as_of: date
) -> tuple[CredentialEvaluation, dict[str, core.Activity]]:
    activities = {a.id: a for a in export_ledger(user).activities}
    ledger = core.Ledger(
        person=services.person_for(user),
        credentials=(core_credential(row),),
        activities=tuple(activities.values()),
    )
    evaluation = evaluate(ledger, as_of, services.library())
    return evaluation.credentials[0], activities


def transcript(user: Any, row: Credential, as_of: date | None = None) -> dict[str, Any]:
    """Everything a transcript shows for one credential and the cycle containing `as_of`."""
    as_of = as_of or timezone.localdate()
    result, activities = _evaluate_one(user, row, as_of)
    name = result.book.name if result.book else row.rules
    areas = {r.id: r.name for r in result.requirements}
    columns = number_columns(result)
    with_files = set(
        certificates_for(user).values_list("activity__ledger_id", flat=True).distinct()
    )

    def described(activity_id: str) -> dict[str, Any]:
        activity = activities.get(activity_id)
        if activity is None:
            return {"id": activity_id, "title": activity_id, "date": "", "sort": date.min}
        return {
            "id": activity.id,
            "title": activity.title,
            "date": _days(activity.start, activity.end),
            "sort": activity.end,
            "provider": activity.provider or "",
            "accreditation": names.accreditation_name(activity.accreditation),
            "numbers": [getattr(activity, key) or "—" for key, _ in columns],
            "course_number": activity.course_number or "",
            "amount": str(activity.amount),
            "certificate": activity.certificate or "",
        }

    counted = [
        {
            **described(item.activity),
            "credit": presenters.credit(item.credit),
            "area": "General (total only)"
            if item.requirement == GENERAL
            else areas.get(item.requirement, item.requirement),
        }
        for item in result.counted
    ]
    counted.sort(key=lambda c: (c["sort"], c["id"]))
    excluded = [{**described(e.activity), "reason": e.reason} for e in result.excluded]
    excluded.sort(key=lambda c: (c["sort"], c["id"]))
    # One line per finding, naming every activity it concerns (as the text report groups them).
    grouped: dict[tuple[str, str], list[str]] = {}
    for finding in result.findings:
        titles = grouped.setdefault((finding.severity, finding.message), [])
        if finding.activity:
            titles.append(described(finding.activity)["title"])
    order = {"error": 0, "warning": 1, "info": 2}
    findings = [
        {"severity": severity, "message": message, "activities": titles}
        for (severity, message), titles in sorted(
            grouped.items(), key=lambda item: order.get(item[0][0], 3)
        )
    ]
    window_end = result.window.end if result.window else as_of
    return {
        "person": services.person_for(user),
        "credential": row,
        "name": name,
        "result": result,
        "status_label": presenters.STATUS_LABELS.get(result.status, result.status),
        "unit": result.unit,
        "as_of": as_of,
        "window": result.window,
        "deadlines": result.deadlines,
        "requirements": [
            {
                "name": r.name,
                "earned": presenters.credit(r.earned),
                "required": presenters.credit(r.required),
                "missing": presenters.credit(r.missing),
                "status": presenters.STATUS_LABELS.get(r.status, r.status),
                "note": r.note or "",
            }
            for r in result.requirements
        ],
        "total": {
            "earned": presenters.credit(
                result.progress.counted if result.progress else result.earned
            ),
            "required": presenters.credit(result.required),
            "missing": presenters.credit(result.missing),
            "surplus": presenters.credit(result.progress.surplus) if result.progress else "0",
        },
        "confidence_label": presenters.CONFIDENCE_LABELS[result.confidence],
        "counted": counted,
        "number_headers": [label for _, label in columns],
        "missing_documents": missing_documents(result, activities, with_files),
        "counted_total": presenters.credit(sum(c.credit for c in result.counted)),
        "excluded": excluded,
        "findings": findings,
        "messages": list(result.messages),
        "sources": list(result.sources),
        "generated_at": timezone.localtime(),
        "filename": f"transcript-{path_segment(row.rules.replace('/', '-'), 'credential')}-"
        f"{window_end.isoformat()}.pdf",
    }


def render_transcript_pdf(context: Mapping[str, Any]) -> bytes:
    """The transcript as a PDF (WeasyPrint), fetching nothing from outside the document."""
    from weasyprint import HTML
    from weasyprint.urls import URLFetcher

    html = render_to_string("exports/transcript.html", dict(context))
    fetcher = URLFetcher(allowed_protocols={"data"}, timeout=1)
    return bytes(HTML(string=html, url_fetcher=fetcher).write_pdf())


# -- audit packet ----------------------------------------------------------------------------


def _sha256(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()


def audit_packet(
    user: Any,
    row: Credential,
    as_of: date | None = None,
    *,
    context: Mapping[str, Any] | None = None,
    pdf: bytes | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> bytes:
    """A ZIP for an auditor of one credential and cycle: the transcript, the certificate files
    of the activities that credential counts or excludes in that cycle (nothing else), the
    ledger of those records and a manifest listing the documents still missing.

    `context` is the credential's `transcript(...)` and `pdf` its PDF when the caller has made
    them already; `progress(done, total)` hears how many certificate files are read."""
    context = context or transcript(user, row, as_of)
    result: CredentialEvaluation = context["result"]
    audited = {c.activity for c in result.counted} | {e.activity for e in result.excluded_inside}
    files = [f for f in packet_files(user) if f.activity_id in audited]
    entries: list[tuple[str, bytes]] = [(TRANSCRIPT_NAME, pdf or render_transcript_pdf(context))]
    missing: list[str] = []
    for number, item in enumerate(files):
        if progress is not None and number % 20 == 0:
            progress(number, len(files))
        try:
            entries.append((item.path, evidence.read(item.certificate.blob)))
        except OSError:
            missing.append(item.path)
    whole = export_ledger(user, [f for f in files if f.path not in missing])
    ledger = replace(
        whole,
        credentials=tuple(c for c in whole.credentials if c.id == row.ledger_id),
        activities=tuple(a for a in whole.activities if a.id in audited),
    )
    entries.append((LEDGER_NAME, dump_ledger(ledger).encode()))
    person = context["person"]
    header = {
        "generated_at": context["generated_at"].isoformat(timespec="seconds"),
        "generator": "cetrack",
        "person": {"name": person.name, "email": person.email},
        "credential": {
            "id": row.ledger_id,
            "rules": row.rules,
            "name": context["name"],
            "license_number": row.license_number or None,
            "as_of": context["as_of"].isoformat(),
            "status": result.status,
            "window": {
                "start": result.window.start.isoformat(),
                "end": result.window.end.isoformat(),
            }
            if result.window
            else None,
        },
    }
    trailer: dict[str, Any] = {"missing_documents": context["missing_documents"]}
    if missing:
        trailer["missing_files"] = missing
    return zip_with_manifest(entries, header, context["generated_at"], trailer)


def zip_with_manifest(
    entries: Iterable[tuple[str, bytes]],
    header: Mapping[str, Any],
    generated_at: Any,
    trailer: Mapping[str, Any] | None = None,
) -> bytes:
    """A ZIP of `entries` plus manifest.json: `header`, then every file's SHA-256 and size,
    then `trailer`. Every entry is stamped with `generated_at` (a datetime)."""
    entries = list(entries)
    manifest = {
        **header,
        "files": [
            {"path": path, "sha256": _sha256(content), "size": len(content)}
            for path, content in entries
        ],
        **(trailer or {}),
    }
    buffer = io.BytesIO()
    stamp = generated_at.timetuple()[:6]
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for path, content in [
            *entries,
            (MANIFEST_NAME, json.dumps(manifest, indent=2, ensure_ascii=False).encode()),
        ]:
            info = zipfile.ZipInfo(path, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, content)
    return buffer.getvalue()


def packet_filename(context: Mapping[str, Any]) -> str:
    return str(context["filename"]).replace("transcript-", "audit-packet-", 1)[:-4] + ".zip"


# -- import ----------------------------------------------------------------------------------


class Upload(NamedTuple):
    """An uploaded ledger or packet, read: the ledger (None when there are problems), every
    problem (file, line, field, message), and the packet's files keyed by the `certificate`
    text of the activity they belong to (plus any further files under certificates/<id>/)."""

    ledger: core.Ledger | None
    problems: list[core.Problem]
    files: dict[str, tuple[str, bytes]]
    text: str = ""


def _refuse(name: str, message: str) -> Upload:
    return Upload(None, [core.Problem(name, None, "", message)], {})


def _decode(name: str, raw: bytes) -> str | core.Problem:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        return core.Problem(
            name,
            None,
            "",
            f"'{name}' is not UTF-8 text (byte {error.start} is not valid); a ledger is a "
            f"TOML text file — upload {ACCEPTED_UPLOADS}",
        )


def _parse(name: str, text: str) -> tuple[core.Ledger | None, list[core.Problem]]:
    # Counted in the text first: a ledger over the ceiling is refused before it is parsed.
    if full := over_ceiling(0, activities_in(text), "the ledger"):
        return None, [core.Problem(name, None, "", full)]
    try:
        result = core.parse_ledger(text, name, services.library().check_credential)
    except RecursionError:  # tomllib recurses into nested arrays and tables
        return None, [core.Problem(name, None, "", "not valid TOML: nested too deeply")]
    if result.ledger is None:
        return None, list(result.problems)
    problems = _too_long(name, text, result.ledger)
    return (None, problems) if problems else (result.ledger, [])


def _size(content: bytes | IO[bytes]) -> int:
    if isinstance(content, bytes | bytearray):
        return len(content)
    position = content.tell()
    content.seek(0, io.SEEK_END)
    size = content.tell()
    content.seek(position)
    return size


def _head(content: bytes | IO[bytes]) -> bytes:
    if isinstance(content, bytes | bytearray):
        return bytes(content[:4])
    position = content.tell()
    head = content.read(4)
    content.seek(position)
    return head


def read_upload(name: str, content: bytes | IO[bytes]) -> Upload:
    """Read an uploaded ledger (.toml) or audit packet (.zip). Problems are returned, never
    raised: a file that is not a ledger, an unsafe ZIP, or a ledger with mistakes."""
    name = evidence.safe_name(name or "upload")
    size = _size(content)
    if size == 0:
        return _refuse(name, f"the file is empty; upload {ACCEPTED_UPLOADS}")
    if _head(content).startswith(b"PK") or name.lower().endswith(".zip"):
        if size > MAX_ZIP_TOTAL:
            return _refuse(name, f"the ZIP is larger than {MAX_ZIP_TOTAL // 1048576} MB")
        return _read_packet(name, content)
    limit = settings.MAX_UPLOAD_BYTES
    if size > limit:
        return _refuse(name, f"the file is {size_text(size)}, over the {limit_text(limit)} limit")
    raw = content if isinstance(content, bytes | bytearray) else content.read(limit + 1)
    text = _decode(name, bytes(raw))
    if isinstance(text, core.Problem):
        return Upload(None, [text], {})
    ledger, problems = _parse(name, text)
    return Upload(ledger, problems, {}, text)


def _key_line(text: str, table: str, index: int, key: str) -> int | None:
    """The line of `key` in the index-th [[table]] entry of ledger text."""
    seen = -1
    inside = False
    for number, line in enumerate(text.splitlines(), 1):
        header = re.match(r"^\s*\[\[?\s*([\w.\-]+)\s*\]\]?", line)
        if header:
            inside = header.group(1) == table and (seen := seen + 1) == index
            if table == "person":
                inside = header.group(1) == "person"
            continue
        if inside and re.match(rf'^\s*"?{re.escape(key)}"?\s*=', line):
            return number
    return None


def _too_long(name: str, text: str, ledger: core.Ledger) -> list[core.Problem]:
    """Values longer than the database keeps (the ledger format itself sets no length)."""
    problems: list[core.Problem] = []

    def check(table: str, index: int, model: Any, columns: Mapping[str, Any]) -> None:
        for key, message in too_long(model, columns):
            where = f"[[{table}]] #{index + 1} '{key}'"
            line = _key_line(text, table, index, key)
            problems.append(core.Problem(name, line, where, message, key))

    for index, credential in enumerate(ledger.credentials):
        check("credential", index, Credential, credential_columns(credential))
    for index, activity in enumerate(ledger.activities):
        check("activity", index, Activity, activity_columns(activity))
    if len(ledger.person.name) > 200:
        problems.append(
            core.Problem(
                name,
                _key_line(text, "person", 0, "name"),
                "[person] 'name'",
                f"is {len(ledger.person.name)} characters long; at most 200 are kept",
                "name",
            )
        )
    return problems


def _unsafe(entry: str) -> bool:
    path = entry.replace("\\", "/")
    return (
        path.startswith("/")
        or bool(re.match(r"^[A-Za-z]:", path))
        or ".." in path.split("/")
        or "\x00" in path
    )


def _read_packet(name: str, content: bytes | IO[bytes]) -> Upload:
    stream = io.BytesIO(content) if isinstance(content, bytes | bytearray) else content
    try:
        with zipfile.ZipFile(stream) as archive:
            return _read_archive(name, archive)
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError) as error:
        return _refuse(name, f"not a readable ZIP file ({error}); upload {ACCEPTED_UPLOADS}")
    except (NotImplementedError, RuntimeError) as error:  # unsupported compression, encryption
        return _refuse(name, f"the ZIP cannot be read ({error})")


def _read_archive(name: str, archive: zipfile.ZipFile) -> Upload:
    infos = archive.infolist()
    if len(infos) > MAX_ZIP_ENTRIES:
        return _refuse(
            name, f"the ZIP holds {len(infos)} files; an audit packet may hold {MAX_ZIP_ENTRIES}"
        )
    problems: list[core.Problem] = []
    limit = settings.MAX_UPLOAD_BYTES
    total = 0
    entries: dict[str, zipfile.ZipInfo] = {}
    for info in infos:
        if _unsafe(info.filename):
            problems.append(
                core.Problem(
                    name,
                    None,
                    "",
                    f"'{info.filename[:200]}': a path that is absolute or climbs out of the "
                    "packet with '..' is not allowed",
                )
            )
            continue
        if info.is_dir():
            continue
        if info.flag_bits & 0x1:
            problems.append(
                core.Problem(name, None, "", f"'{info.filename}' is encrypted; cannot read it")
            )
        if info.file_size > limit:
            problems.append(
                core.Problem(
                    name,
                    None,
                    "",
                    f"'{info.filename}' unpacks to {info.file_size / 1048576:.1f} MB; "
                    f"each file may be at most {limit // 1048576} MB",
                )
            )
        total += info.file_size
        key = posixpath.normpath(info.filename.replace("\\", "/"))
        if key in entries:
            problems.append(
                core.Problem(name, None, "", f"'{info.filename}' appears twice in the ZIP")
            )
        entries[key] = info
    if total > MAX_ZIP_TOTAL:
        problems.append(
            core.Problem(
                name,
                None,
                "",
                f"the ZIP unpacks to {total / 1048576:.0f} MB; at most "
                f"{MAX_ZIP_TOTAL // 1048576} MB is allowed",
            )
        )
    if problems:
        return Upload(None, problems, {})

    ledgers = [k for k in entries if PurePosixPath(k).name == LEDGER_NAME]
    if not ledgers:
        return _refuse(name, f"no {LEDGER_NAME} in the ZIP; is this a cetrack audit packet?")
    if len(ledgers) > 1:
        ledgers.sort(key=lambda k: (k.count("/"), k))
        if ledgers[0].count("/") == ledgers[1].count("/"):
            return _refuse(name, f"the ZIP holds several {LEDGER_NAME} files: {', '.join(ledgers)}")
    ledger_key = ledgers[0]
    base = posixpath.dirname(ledger_key)

    def read(key: str) -> bytes:
        with archive.open(entries[key]) as handle:
            data = handle.read(limit + 1)
        if len(data) > limit:
            raise zipfile.BadZipFile(f"'{key}' is larger than its header says")
        return data

    source = f"{name}: {ledger_key}"
    text = _decode(source, read(ledger_key))
    if isinstance(text, core.Problem):
        return Upload(None, [text], {})
    ledger, problems = _parse(source, text)
    if ledger is None:
        return Upload(None, problems, {}, text)

    checksums = _manifest_checksums(entries, base, read)
    files: dict[str, tuple[str, bytes]] = {}

    def take(reference: str, key: str) -> None:
        data = read(key)
        expected = checksums.get(key)
        if expected is not None and expected != _sha256(data):
            problems.append(
                core.Problem(
                    name,
                    None,
                    "",
                    f"'{key}' does not match its SHA-256 in {MANIFEST_NAME}; the packet has "
                    "been changed or damaged",
                )
            )
            return
        files[reference] = (PurePosixPath(key).name, data)

    referenced: set[str] = set()
    for activity in ledger.activities:
        if not activity.certificate:
            continue
        key = posixpath.normpath(posixpath.join(base, activity.certificate.replace("\\", "/")))
        if key in entries and activity.certificate not in files:
            take(activity.certificate, key)
            referenced.add(key)
    # Further files of an activity (an activity can hold several certificates).
    folders = {path_segment(a.id, "activity"): a.id for a in ledger.activities}
    prefix = posixpath.join(base, CERTIFICATE_FOLDER) + "/" if base else CERTIFICATE_FOLDER + "/"
    for key in sorted(entries):
        if key in referenced or not key.startswith(prefix):
            continue
        parts = key[len(prefix) :].split("/")
        if len(parts) == 2 and parts[0] in folders:
            take(key[len(base) + 1 :] if base else key, key)
    if problems:
        return Upload(None, problems, {}, text)
    return Upload(ledger, [], files, text)


def _manifest_checksums(
    entries: Mapping[str, zipfile.ZipInfo], base: str, read: Callable[[str], bytes]
) -> dict[str, str]:
    """Path -> sha256 from the packet's manifest, or {} when there is none to trust."""
    key = posixpath.join(base, MANIFEST_NAME) if base else MANIFEST_NAME
    if key not in entries:
        return {}
    try:
        manifest = json.loads(read(key).decode("utf-8"))
        return {
            posixpath.normpath(posixpath.join(base, str(f["path"]))): str(f["sha256"])
            for f in manifest.get("files", [])
            if isinstance(f, dict) and "path" in f and "sha256" in f
        }
    except (ValueError, AttributeError, TypeError):
        return {}


def _located(text: str, message: str, source: str) -> core.Problem:
    """An import problem (a text from services.import_ledger) with the ledger line it is about."""
    match = re.match(r"^(credential|activity) id '(.*)' is already in use$", message) or re.match(
        r"^(activity) '(.*?)': ", message
    )
    line = None
    where = ""
    if match:
        table, ident = match.groups()
        line = _id_line(text, table, ident)
        where = f"[[{table}]] '{ident}'"
    return core.Problem(source, line, where, message, "id" if line else None)


def _id_line(text: str, table: str, ident: str) -> int | None:
    current = None
    for number, line in enumerate(text.splitlines(), 1):
        header = re.match(r"^\s*\[\[\s*(\w+)\s*\]\]", line)
        if header:
            current = header.group(1)
            continue
        if current == table:
            found = re.match(r"""^\s*"?id"?\s*=\s*(["'])(.*)\1\s*(#.*)?$""", line)
            if found and found.group(2) == ident:
                return number
    return None


@dataclass
class ImportResult:
    summary: services.ImportSummary
    problems: list[core.Problem]

    @property
    def ok(self) -> bool:
        return not self.problems


def import_upload(user: Any, name: str, upload: Upload, *, replace: bool) -> ImportResult:
    """Import a read upload, all or nothing: the ledger, its certificate files, and any further
    files of an activity found in the packet (services.import_ledger: written in short
    transactions, swapped in at the end)."""
    assert upload.ledger is not None
    ledger = upload.ledger
    referenced = {a.certificate for a in ledger.activities if a.certificate}
    by_folder = {path_segment(a.id, "activity"): a.id for a in ledger.activities}
    extra = [
        (by_folder[reference.split("/")[-2]], filename, content)
        for reference, (filename, content) in upload.files.items()
        if reference not in referenced and reference.split("/")[-2] in by_folder
    ]
    summary = services.import_ledger(
        user, ledger, replace=replace, files=upload.files, extra_files=extra, source=name
    )
    problems = [_located(upload.text, p, name) for p in summary.problems]
    return ImportResult(summary, problems)
