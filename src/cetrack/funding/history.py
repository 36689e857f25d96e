"""The one place CE funding writes to and reads from the organisation's audit trail.

Every change (`funding.*` actions) goes through `log`, which calls the organisation's audit
helper (`cetrack.orgs.services.audit`); `history_of` reads back the entries of one request
(detail `request=<id>`) for its page.
"""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet

from cetrack.orgs.models import AuditEntry
from cetrack.orgs.services import audit


def log(organisation_id: int, actor: Any, action: str, summary: str, **detail: Any) -> None:
    audit(organisation_id, actor, f"funding.{action}", summary, **detail)


def _detail_field() -> str:
    """Where an entry keeps its detail: `detail`, or `snapshot` once entries are revisions."""
    names = {f.name for f in AuditEntry._meta.get_fields()}
    return "detail" if "detail" in names else "snapshot"


def history_of(organisation_id: int, request_id: int) -> QuerySet[AuditEntry]:
    return AuditEntry.objects.filter(
        organisation_id=organisation_id,
        action__startswith="funding.",
        **{f"{_detail_field()}__request": request_id},
    ).select_related("actor")
