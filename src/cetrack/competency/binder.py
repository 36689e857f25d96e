"""Competency records in a site's inspection binder (cetrack.orgs.exports.BINDER_SECTIONS).

Per member of the site, in their folder: `competency/record.pdf` — each test system they are
assigned to (and their own duties, for consultants and supervisors) with its checkpoints (done,
missed, owed), every signed assessment with its assessor and the assessor's qualification, the
six elements with method, result and evidence, remediations and the member's acknowledgement —
and `competency/evidence/…`, the evidence files of those assessments. A member with nothing
recorded at the site gets a short README saying so. The same PDF is downloaded from the
member's competency page.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from django.template.loader import render_to_string
from django.utils import timezone

from cetrack.competency.presenters import Track, member_tracks, qualifications_of
from cetrack.competency.standing import accreditor_for, policy_for
from cetrack.core.competency.vocabulary import SIX_ELEMENTS
from cetrack.orgs.models import Membership, Site
from cetrack.orgs.services import person_name
from cetrack.records import evidence
from cetrack.records.exports import path_segment

EMPTY_NOTE = (
    "No competency records for {name} at {site} in cetrack: no test system is assigned and no "
    "qualification is recorded here.\n"
)


def render_pdf(html: str) -> bytes:
    from weasyprint import HTML
    from weasyprint.urls import URLFetcher

    fetcher = URLFetcher(allowed_protocols={"data"}, timeout=1)
    return bytes(HTML(string=html, url_fetcher=fetcher).write_pdf())


def record_context(membership: Membership, site: Site, as_of: date) -> dict[str, Any]:
    policy = policy_for(site)
    tracks = member_tracks(membership.pk, as_of, policy.due_soon_days, site.pk)
    return {
        "member": person_name(membership.user),
        "membership": membership,
        "site": site,
        "org": site.organisation,
        "accreditor": accreditor_for(policy),
        "policy": policy,
        "tracks": tracks,
        "qualifications": qualifications_of(membership.pk, site.pk),
        "as_of": as_of,
        "generated_at": timezone.localtime(),
        "six": SIX_ELEMENTS,
    }


def record_pdf(membership: Membership, site: Site, as_of: date) -> bytes:
    context = record_context(membership, site, as_of)
    return render_pdf(render_to_string("competency/record_pdf.html", context))


def _evidence(tracks: Sequence[Track], folder: str) -> list[tuple[str, bytes]]:
    out: list[tuple[str, bytes]] = []
    taken: set[str] = set()
    for track in tracks:
        subject = path_segment(track.assignment.subject_label, f"system-{track.assignment.pk}")
        for assessment in track.assessments:
            for element in assessment.elements.all():
                for item in element.files.all():
                    name = f"{assessment.assessed_on.isoformat()}-{element.element}-{item.original_name}"
                    path = f"{folder}/competency/evidence/{subject}/{path_segment(name, 'file')}"
                    while path in taken:
                        path = path.replace("/evidence/", "/evidence/x-", 1)
                    taken.add(path)
                    try:
                        out.append((path, evidence.read(item.blob)))
                    except OSError:
                        continue  # the member folder's transcript lists what it has
    return out


def section(
    site: Site, rows: Sequence[Any], folders: Sequence[str], as_of: date
) -> list[tuple[str, bytes]]:
    """The binder section: see the module docstring."""
    memberships = {
        m.pk: m
        for m in Membership.objects.filter(pk__in=[r.membership_id for r in rows]).select_related(
            "user", "organisation"
        )
    }
    entries: list[tuple[str, bytes]] = []
    for row, folder in zip(rows, folders, strict=True):
        membership = memberships.get(row.membership_id)
        if membership is None:
            continue
        context = record_context(membership, site, as_of)
        if not context["tracks"] and not context["qualifications"]:
            note = EMPTY_NOTE.format(name=context["member"], site=site.name)
            entries.append((f"{folder}/competency/README.txt", note.encode()))
            continue
        html = render_to_string("competency/record_pdf.html", context)
        entries.append((f"{folder}/competency/record.pdf", render_pdf(html)))
        entries += _evidence(context["tracks"], folder)
    return entries


def register() -> None:
    from cetrack.orgs import exports

    if section not in exports.BINDER_SECTIONS:
        exports.BINDER_SECTIONS.append(section)
