"""The printed documents an organisation issues: the certificate of completion for an in-service
attendee (drawn with ReportLab in certificate_layout.py — milliseconds a page, so a session of
hundreds is issued in seconds) and the confirmation letter for professional involvement
(WeasyPrint), as PDFs, and the QR codes on them and on the check-in screen (segno).

The certificate carries every field the audits ask for (external-material.md §1.1): ASCP
(program date, title, provider, participant, contact hours), California (course and
accrediting-agency numbers, provider, name as on the licence), Florida (licence number, hours,
dates of attendance, provider, approval number, provider signature), and for P.A.C.E. the
provider and program numbers, level and approval statement (employer.md §3.4) — plus the
verification address of the signed credential and its QR code.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

import segno
from django.template.loader import render_to_string
from django.utils import timezone

from cetrack.core.vocabulary import vocabulary
from cetrack.inservice.certificate_layout import draw_certificate
from cetrack.records.presenters import topic_name


def qr_data_uri(text: str) -> str:
    """An SVG QR code as a data: URI (embedded in PDFs; WeasyPrint fetches nothing else)."""
    return str(segno.make(text, error="m").svg_data_uri(scale=4, border=2))


def qr_inline_svg(text: str, scale: int = 8) -> str:
    """An SVG QR code to put straight into a page (the check-in screen)."""
    return str(segno.make(text, error="m").svg_inline(scale=scale, border=2, omitsize=True))


def accreditation_name(system: str) -> str:
    known = vocabulary().accreditations.get(system)
    return known.name if known is not None else system


@dataclass(frozen=True)
class CertificateContent:
    """Everything printed on one attendee's certificate, in words."""

    participant: str  # the name as on the licence (the account's name for certificates)
    title: str
    provider: str
    provider_number: str
    starts_at: datetime
    ends_at: datetime
    hours_text: str  # "1.5 contact hours", from the issuing app's facts
    minutes: int  # instructional minutes credited
    accreditation: str  # an accreditation id
    program_number: str = ""
    approval_number: str = ""
    accrediting_agency_number: str = ""
    approvals: Sequence[str] = ()
    level: str = ""
    topics: Sequence[str] = ()
    instructors: Sequence[str] = ()
    licence_numbers: Sequence[str] = ()  # "Florida licence SU98765"
    delivery: str = "live"
    statement: str = ""  # the P.A.C.E. approval statement
    signer: str = ""
    signer_role: str = ""
    verify_url: str = ""
    credential_id: str = ""
    issued_on: date = field(default_factory=timezone.localdate)
    revision: int = 1


def _render(template: str, context: dict[str, Any]) -> bytes:
    from weasyprint import HTML
    from weasyprint.urls import URLFetcher

    html = render_to_string(template, context)
    fetcher = URLFetcher(allowed_protocols={"data"}, timeout=1)
    return bytes(HTML(string=html, url_fetcher=fetcher).write_pdf())


def certificate_pdf(content: CertificateContent) -> bytes:
    """The attendee's certificate of completion (drawn with ReportLab: certificate_layout)."""
    from django.utils.dateformat import format as date_format

    starts = timezone.localtime(content.starts_at)
    ends = timezone.localtime(content.ends_at)
    if starts.date() != ends.date():
        when = f"{date_format(starts, 'F j, Y')} – {date_format(ends, 'F j, Y')}"
    else:
        when = f"{date_format(starts, 'F j, Y')}, {date_format(starts, 'g:i A')} – " + date_format(
            ends, "g:i A"
        )
    minutes = f"{content.minutes} instructional minutes"
    if "50-minute" not in content.hours_text:
        minutes += "; 50-minute hour"
    accreditation = accreditation_name(content.accreditation)
    if content.program_number:
        accreditation += f" · program no. {content.program_number}"
    if content.approval_number:
        accreditation += f" · approval no. {content.approval_number}"
    if content.approvals:
        accreditation += f" ({', '.join(a.upper() for a in content.approvals)})"
    provider = content.provider + (
        f" · provider no. {content.provider_number}" if content.provider_number else ""
    )
    topics = [topic_name(t) for t in content.topics]
    left = [
        ("Dates of attendance" if starts.date() != ends.date() else "Date of attendance", when),
        ("Contact hours", f"{content.hours_text} ({minutes})"),
        ("Provider", provider),
        ("Accreditation", accreditation),
    ]
    if content.accrediting_agency_number:
        left.append(("Accrediting agency no.", content.accrediting_agency_number))
    if content.level:
        left.append(("Level", content.level.capitalize()))
    if topics:
        all_hours = " (all hours)" if len(topics) == 1 else ""
        left.append(
            ("Content areas" if len(topics) > 1 else "Content area", ", ".join(topics) + all_hours)
        )
    if content.licence_numbers:
        left.append(("Licence", "; ".join(content.licence_numbers)))
    right = []
    if content.instructors:
        label = "Instructors" if len(content.instructors) > 1 else "Instructor"
        right.append((label, ", ".join(content.instructors)))
    issued = date_format(content.issued_on, "F j, Y")
    if content.revision > 1:
        issued += f" (corrected, version {content.revision})"
    right.append(("Issued", issued))
    if content.credential_id:
        right.append(("Certificate no.", content.credential_id))
    signer = content.signer or "Authorised signature"
    if content.signer_role:
        signer += f", {content.signer_role}"
    return draw_certificate(
        title=f"Certificate of completion — {content.title} — {content.participant}",
        meta_author=content.provider,
        provider=content.provider,
        participant=content.participant,
        lead="completed online" if content.delivery == "online" else "attended and completed",
        course=content.title,
        left=left,
        right=right,
        statement=content.statement,
        signature=[signer, f"for {content.provider}"],
        verify_url=content.verify_url,
    )


@dataclass(frozen=True)
class LetterContent:
    """A confirmation of professional involvement, on the organisation's behalf."""

    organisation: str
    member: str
    kind: str  # committee | presentation | mentoring
    title: str
    role: str
    start: date
    end: date
    amount: str  # "2 contact hours", as recorded
    signer: str
    signer_role: str
    confirmed_on: date
    reference: str  # the confirmation's number


KIND_WORDS = {
    "committee": "served on the committee",
    "presentation": "gave the presentation",
    "mentoring": "mentored as described in",
}


def letter_pdf(content: LetterContent) -> bytes:
    return _render(
        "inservice/letter.html",
        {"l": content, "what": KIND_WORDS.get(content.kind, "took part in")},
    )
