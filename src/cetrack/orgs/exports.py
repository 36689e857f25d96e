"""What leaves the team view: the compliance matrix as CSV and a site's inspection binder (ZIP).

The binder, per site: `summary.pdf` (the site, its people and their credentials' verdicts and
licences), then per member a folder with the current-cycle CE transcript of each credential
(the same PDF a member downloads themselves), the certificate files of the activities those
transcripts count, and whatever the registered binder sections add (`BINDER_SECTIONS`: the
competency app adds each member's `competency/` record); a `manifest.json` lists every file's
SHA-256 (the audit packet's own manifest writer). Private notes never appear: transcripts and the
summary carry none, and no ledger file is included.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from django.template.loader import render_to_string
from django.utils import timezone

from cetrack.orgs.matrix import Matrix, Row, licences
from cetrack.orgs.models import AccessLog, Organisation, Site
from cetrack.records import evidence
from cetrack.records.access import credentials_for
from cetrack.records.exports import (
    csv_cell,
    packet_files,
    path_segment,
    render_transcript_pdf,
    transcript,
    zip_with_manifest,
)

CSV_HEADER = (
    "member",
    "email",
    "role",
    "site",
    "department",
    "credential",
    "rules",
    "status",
    "counted",
    "required",
    "unit",
    "missing",
    "deadline",
    "days_left",
    "missing_areas",
    "findings",
)
# Other apps add files to a site's binder: each section is called with the site, its rows, each
# row's folder (same order) and the as-of date, and returns (path, content) entries.
BinderSection = Callable[[Site, Sequence[Row], Sequence[str], date], list[tuple[str, bytes]]]
BINDER_SECTIONS: list[BinderSection] = []


def matrix_csv(rows: Iterable[Row], today: date) -> str:
    """One line per member and credential (a member without credentials gets one blank line)."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(CSV_HEADER)
    for row in rows:
        person = [row.name, row.email, row.role_label, row.site, row.department]
        if not row.cells:
            writer.writerow([csv_cell(v) for v in person] + [""] * (len(CSV_HEADER) - 5))
        for cell in row.cells:
            values = [
                *person,
                cell.label,
                cell.rules,
                cell.status_label,
                cell.counted_text if cell.counted is not None else "",
                cell.required_text if cell.required is not None else "",
                cell.unit,
                cell.missing_text if cell.missing is not None else "",
                cell.deadline,
                cell.days_left(today),
                list(cell.missing_areas),
                [f"{f['severity']}: {f['message']}" for f in cell.findings],
            ]
            writer.writerow([csv_cell(v) for v in values])
    return out.getvalue()


@dataclass(frozen=True)
class MemberFiles:
    folder: str
    entries: list[tuple[str, bytes]]
    missing: list[str]
    credentials: list[dict[str, Any]]


def _member_files(row: Row, user: Any, folder: str, site: Site, as_of: date) -> MemberFiles:
    entries: list[tuple[str, bytes]] = []
    counted: set[str] = set()
    summaries = []
    taken: set[str] = set()
    for credential in credentials_for(user):
        context = transcript(user, credential, as_of)
        name = path_segment(str(context["filename"]), "transcript.pdf")
        while name in taken:
            name = "x-" + name
        taken.add(name)
        entries.append((f"{folder}/{name}", render_transcript_pdf(context)))
        counted.update(str(item["id"]) for item in context["counted"])
        result = context["result"]
        summaries.append(
            {
                "rules": credential.rules,
                "name": context["name"],
                "status": result.status,
                "license_number": credential.license_number or None,
            }
        )
    missing: list[str] = []
    for item in packet_files(user):
        if item.activity_id not in counted:
            continue
        path = f"{folder}/{item.path}"
        try:
            entries.append((path, evidence.read(item.certificate.blob)))
        except OSError:
            missing.append(path)
    return MemberFiles(folder, entries, missing, summaries)


def _folders(rows: Sequence[Row]) -> list[str]:
    taken: set[str] = set()
    out = []
    for row in rows:
        base = "members/" + path_segment(row.name, f"member-{row.membership_id}")
        folder, number = base, 1
        while folder in taken:
            number += 1
            folder = f"{base}-{number}"
        taken.add(folder)
        out.append(folder)
    return out


def site_rows(matrix: Matrix, site: Site) -> list[Row]:
    return [row for row in matrix.rows if row.site_id == site.pk]


def site_binder(
    viewer: Any, org: Organisation, site: Site, matrix: Matrix, users: dict[int, Any]
) -> bytes:
    """The inspection binder of one site. Each member's records read is logged for them."""
    from cetrack.orgs.services import person_name

    rows = site_rows(matrix, site)
    generated_at = timezone.localtime()
    AccessLog.objects.bulk_create(
        AccessLog(
            organisation=org,
            viewer=viewer,
            member_id=row.user_id,
            what=f"Inspection binder for {site.name}"[:300],
        )
        for row in rows
    )
    folders = _folders(rows)
    members = [
        _member_files(row, users[row.user_id], folder, site, matrix.as_of)
        for row, folder in zip(rows, folders, strict=True)
    ]
    summary = render_summary_pdf(org, site, rows, matrix, person_name(viewer), generated_at)
    entries = [("summary.pdf", summary)] + [e for m in members for e in m.entries]
    entries += [
        e for section in BINDER_SECTIONS for e in section(site, rows, folders, matrix.as_of)
    ]
    header = {
        "generated_at": generated_at.isoformat(timespec="seconds"),
        "generator": "cetrack",
        "kind": "inspection binder",
        "organisation": {"name": org.name},
        "site": {"name": site.name, "clia_number": site.clia_number, "state": site.state},
        "generated_by": person_name(viewer),
        "as_of": matrix.as_of.isoformat(),
        "members": [
            {"name": row.name, "email": row.email, "folder": m.folder, "credentials": m.credentials}
            for row, m in zip(rows, members, strict=True)
        ],
    }
    missing = [path for m in members for path in m.missing]
    return zip_with_manifest(
        entries, header, generated_at, {"missing_files": missing} if missing else {}
    )


def render_summary_pdf(
    org: Organisation,
    site: Site,
    rows: Sequence[Row],
    matrix: Matrix,
    generated_by: str,
    generated_at: Any,
) -> bytes:
    from weasyprint import HTML
    from weasyprint.urls import URLFetcher

    html = render_to_string(
        "orgs/binder_summary.html",
        {
            "org": org,
            "site": site,
            "rows": rows,
            "today": matrix.as_of,
            "licences": licences(matrix, site.pk),
            "generated_by": generated_by,
            "generated_at": generated_at,
        },
    )
    fetcher = URLFetcher(allowed_protocols={"data"}, timeout=1)
    return bytes(HTML(string=html, url_fetcher=fetcher).write_pdf())


def binder_filename(site: Site, today: date) -> str:
    return f"inspection-binder-{path_segment(site.name, 'site')}-{today.isoformat()}.zip"
