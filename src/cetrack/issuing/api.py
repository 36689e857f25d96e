"""Certificate endpoints of the JSON API (mounted in cetrack.api.api).

POST /api/certificates/{id}/revoke and GET /api/orgs/{org_id}/certificates, for educators,
managers and administrators of the issuing organisation (cetrack.orgs.access). A caller who is
not a member, an unknown id and a malformed id all get 404; a member whose role may not do
this gets 403.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from django.core.exceptions import PermissionDenied
from django.http import Http404
from ninja import Field, Router, Schema
from ninja.errors import HttpError

from cetrack.api.schemas import ApiRequest
from cetrack.issuing.models import IssuedCredential
from cetrack.issuing.services import revoke, verification_url
from cetrack.orgs.access import EDUCATORS, membership_for

router = Router(tags=["certificates"])
MAX_PAGE = 500


class IssuedCertificateOut(Schema):
    id: str
    title: str
    recipient_name: str
    date: str
    hours: str
    issued_at: datetime
    revoked_at: datetime | None
    revoke_reason: str
    verification_url: str
    verification_json_url: str


class RevokeIn(Schema):
    reason: str = Field(..., min_length=1, max_length=500)


class Detail(Schema):
    detail: str


def certificate_out(row: IssuedCredential) -> dict[str, Any]:
    url = verification_url(row)
    return {
        "id": str(row.pk),
        "title": row.title,
        "recipient_name": row.recipient_name,
        "date": str(row.achievement.get("date", "")),
        "hours": str(row.achievement.get("contact_hours", "")),
        "issued_at": row.issued_at,
        "revoked_at": row.revoked_at,
        "revoke_reason": row.revoke_reason,
        "verification_url": url,
        "verification_json_url": url + ".json",
    }


def _allowed(user: Any, organisation_id: Any) -> None:
    try:
        membership_for(user, organisation_id, EDUCATORS)
    except Http404:
        raise HttpError(404, "no such organisation") from None
    except PermissionDenied:
        raise HttpError(
            403, "only educators, managers and administrators manage certificates"
        ) from None


@router.get(
    "/orgs/{org_id}/certificates",
    response={200: list[IssuedCertificateOut], 401: Detail, 403: Detail, 404: Detail},
    openapi_extra={"x-org-roles": list(EDUCATORS)},
)
def list_certificates(
    request: ApiRequest, org_id: str, limit: int = 100, offset: int = 0
) -> list[dict[str, Any]]:
    """Certificates the organisation issued, newest first, with their verification URLs."""
    _allowed(request.auth, org_id)
    limit = max(1, min(limit, MAX_PAGE))
    offset = max(0, min(offset, 10**9))
    rows = IssuedCredential.objects.filter(organisation_id=int(org_id)).order_by(
        "-issued_at", "id"
    )[offset : offset + limit]
    return [certificate_out(row) for row in rows]


@router.post(
    "/certificates/{certificate_id}/revoke",
    response={200: IssuedCertificateOut, 401: Detail, 403: Detail, 404: Detail},
)
def revoke_certificate(
    request: ApiRequest, certificate_id: str, payload: RevokeIn
) -> dict[str, Any]:
    """Revoke a certificate (its status-list bit is set and the list re-signed). The reason is
    shown on the public verification page and, with who revoked it, in the organisation's
    history. Revoking twice changes nothing."""
    try:
        pk = uuid.UUID(certificate_id)
    except ValueError:
        raise HttpError(404, "no such certificate") from None
    row = IssuedCredential.objects.filter(pk=pk).first()
    if row is None:
        raise HttpError(404, "no such certificate")
    try:
        _allowed(request.auth, row.organisation_id)
    except HttpError as error:
        if error.status_code == 404:
            raise HttpError(404, "no such certificate") from None
        raise
    return certificate_out(revoke(row, request.auth, payload.reason))
