"""Public pages: certificate verification, the issuer's DID document and JWKS, status lists.

None of these needs signing in: anyone holding a certificate can check it. `/verify/<id>` and
`/verify/<id>.json` re-run the whole verification on every request (embedded proof, JWT and
the signed status list), so a revocation shows at once.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from cetrack.core.issuing.did import PublishedKey, did_document, jwks
from cetrack.core.issuing.facts import facts_from_json
from cetrack.core.issuing.verify import Verification
from cetrack.core.vocabulary import vocabulary
from cetrack.issuing.keystore import organisation_did
from cetrack.issuing.models import IssuedCredential, OrganisationKey, StatusList
from cetrack.issuing.services import verification_url, verify_issued
from cetrack.orgs.models import Organisation

STATUS_WORDS = {
    "valid": "Valid",
    "revoked": "Revoked",
    "expired": "Expired",
    "invalid": "Not valid",
}
STATUS_CLASS = {"valid": "met", "revoked": "not_met", "invalid": "not_met", "expired": "unknown"}
JSON_LD = "application/ld+json"


def _credential_or_404(request: HttpRequest, credential_id: str) -> IssuedCredential:
    try:
        pk = uuid.UUID(credential_id)
    except ValueError:
        raise Http404("no such certificate") from None
    found = IssuedCredential.objects.select_related("organisation").filter(pk=pk).first()
    if found is None:
        raise Http404("no such certificate")
    return found


def _moment(text: str) -> datetime | None:
    try:
        return datetime.fromisoformat(text) if text else None
    except ValueError:
        return None


def _verification_json(row: IssuedCredential, result: Verification) -> dict[str, Any]:
    summary = result.summary
    return {
        "id": str(row.pk),
        "url": verification_url(row),
        "status": result.status,
        "reason": result.reason,
        "code": result.code,
        "checks": [{"check": c.name, "ok": c.ok, "message": c.message} for c in result.checks],
        "notes": list(result.notes),
        "issuer": {"id": summary.issuer_id, "name": summary.issuer_name} if summary else None,
        "recipient_name": summary.recipient_name if summary else "",
        "achievement": summary.title if summary else "",
        "hours": row.achievement.get("contact_hours"),
        "hours_unit": row.achievement.get("hours_unit", "contact hours"),
        "issued": summary.issued if summary else "",
        "valid_until": summary.valid_until or None if summary else None,
        "revoked_at": row.revoked_at.isoformat() if row.revoked_at else None,
        "credential": row.credential,
        "jwt": row.jwt,
    }


def _day(value: Any) -> date | None:
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        return None


def _hours_text(facts: dict[str, Any]) -> str:
    parsed = facts_from_json(facts)
    return parsed.hours_text if parsed is not None else str(facts.get("contact_hours", ""))


def _accreditation_name(facts: dict[str, Any]) -> str:
    accreditation = facts.get("accreditation")
    if not isinstance(accreditation, dict):
        return ""
    system = str(accreditation.get("system", ""))
    known = vocabulary().accreditations.get(system)
    return known.name if known is not None else system


@require_safe
@never_cache
def verify(request: HttpRequest, credential_id: str) -> HttpResponse:
    try:
        row = _credential_or_404(request, credential_id)
    except Http404:
        return render(
            request, "issuing/not_found.html", {"credential_id": credential_id}, status=404
        )
    result = verify_issued(row)
    summary = result.summary
    context = {
        "row": row,
        "result": result,
        "summary": summary,
        "status_word": STATUS_WORDS[result.status],
        "status_class": STATUS_CLASS[result.status],
        "issued": _moment(summary.issued) if summary else None,
        "valid_until": _moment(summary.valid_until) if summary else None,
        "facts": row.achievement,
        "accreditation_name": _accreditation_name(row.achievement),
        "hours_text": _hours_text(row.achievement),
        "activity_date": _day(row.achievement.get("date")),
        "url": verification_url(row),
        "json_url": verification_url(row) + ".json",
    }
    return render(request, "issuing/verify.html", context)


@require_safe
@never_cache
def verify_json(request: HttpRequest, credential_id: str) -> HttpResponse:
    try:
        row = _credential_or_404(request, credential_id)
    except Http404:
        return JsonResponse({"detail": "no such certificate"}, status=404)
    response = JsonResponse(_verification_json(row, verify_issued(row)))
    response["Access-Control-Allow-Origin"] = "*"
    return response


def _published(organisation: Organisation) -> list[PublishedKey]:
    return [
        PublishedKey(key.public_key_multibase, key.retired_at is not None)
        for key in OrganisationKey.objects.filter(organisation=organisation)
    ]


def _public_json(data: dict[str, Any], content_type: str = "application/json") -> HttpResponse:
    response = JsonResponse(data, content_type=content_type)
    response["Access-Control-Allow-Origin"] = "*"
    response["Cache-Control"] = "public, max-age=300"
    return response


@require_safe
def did_json(request: HttpRequest, slug: str) -> HttpResponse:
    organisation = get_object_or_404(Organisation, slug=slug)
    keys = _published(organisation)
    if not keys:
        raise Http404("this organisation has issued no certificates")
    did = organisation_did(organisation)
    return _public_json(did_document(did, keys), "application/did+json")


@require_safe
def jwks_json(request: HttpRequest, slug: str) -> HttpResponse:
    organisation = get_object_or_404(Organisation, slug=slug)
    keys = _published(organisation)
    if not keys:
        raise Http404("this organisation has issued no certificates")
    return _public_json(jwks(organisation_did(organisation), keys))


@require_safe
@never_cache
def status_list(request: HttpRequest, slug: str, number: int) -> HttpResponse:
    found = get_object_or_404(StatusList, organisation__slug=slug, number=number)
    response = JsonResponse(found.credential, content_type="application/vc+ld+json")
    response["Access-Control-Allow-Origin"] = "*"
    return response
