"""GET /api/orgs and /api/orgs/{org_id}/compliance: my organisations, and a team's compliance.

Role checks are `cetrack.orgs.access.membership_for`: not a member (or no such organisation)
is 404, a role that may not is 403. Each operation names the roles it admits in its OpenAPI
entry (`x-org-roles`, via `api_roles`), which the route test reads to try every role on every
operation.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from ninja import Router, Schema
from pydantic import Field

from cetrack.api.schemas import ApiRequest, Message
from cetrack.core.report import _number  # hundredths as a JSON number, as /api/credentials
from cetrack.orgs.access import MANAGERS, api_roles, current_memberships, membership_for
from cetrack.orgs.matrix import filtered_rows, read_filters, team_matrix

router = Router(tags=["organisations"])


class OrganisationOut(Schema):
    id: int
    name: str
    slug: str
    kind: str = Field(description="lab | health-system")
    role: str = Field(description="Your role: member | educator | manager | admin")
    site: str | None = Field(description="Your site's name, if the organisation set one")
    sharing: bool = Field(description="Whether you share your compliance status with it")


class ComplianceOut(Schema):
    membership_id: int
    member: str = Field(description="The member's name (their e-mail when they gave none)")
    email: str
    role: str
    site: str | None
    department: str | None
    credential_id: int | None = Field(description="None for a member with no credential")
    credential: str | None = Field(description="Its human name, e.g. MLS(ASCP)")
    rules: str | None = Field(description="The rule-set id, e.g. ascp/MLS")
    status: str | None = Field(description="met | not_met | not_applicable | unverified")
    unit: str | None
    counted: float | None = Field(
        description="Credit counting toward the requirement, in `unit` (as /api/credentials)"
    )
    required: float | None
    missing: float | None
    deadline: date | None = Field(description="The cycle end")
    days_left: int | None
    missing_areas: list[str]


@router.get("/orgs", response={200: list[OrganisationOut], 401: Message})
def list_organisations(request: ApiRequest) -> list[dict[str, Any]]:
    """The organisations you belong to now, with your role in each."""
    return [
        {
            "id": m.organisation_id,
            "name": m.organisation.name,
            "slug": m.organisation.slug,
            "kind": m.organisation.kind,
            "role": m.role,
            "site": m.site.name if m.site else None,
            "sharing": m.consent_at is not None,
        }
        for m in current_memberships(request.auth)
    ]


@router.get(
    "/orgs/{org_id}/compliance",
    response={200: list[ComplianceOut], 401: Message, 403: Message, 404: Message},
    openapi_extra=api_roles(*MANAGERS),
)
def team_compliance(
    request: ApiRequest,
    org_id: int,
    site: int | None = None,
    department: int | None = None,
    role: str = "",
    credential: str = "",
    status: str = "",
    due_within: int | None = None,
) -> list[dict[str, Any]]:
    """One entry per member and credential, for the members who share their status
    (managers and administrators). Filters as on the team compliance page."""
    membership_for(request.auth, org_id, MANAGERS)
    matrix = team_matrix(org_id)
    query = {
        "site": site,
        "department": department,
        "role": role,
        "credential": credential,
        "status": status,
        "due_within": due_within,
    }
    out: list[dict[str, Any]] = []
    for row in filtered_rows(matrix, read_filters(query)):
        person = {
            "membership_id": row.membership_id,
            "member": row.name,
            "email": row.email,
            "role": row.role,
            "site": row.site or None,
            "department": row.department or None,
        }
        if not row.cells:
            out.append({**person, **dict.fromkeys(EMPTY), "missing_areas": []})
        for cell in row.cells:
            out.append(
                {
                    **person,
                    "credential_id": cell.credential_id,
                    "credential": cell.label,
                    "rules": cell.rules,
                    "status": cell.status,
                    "unit": cell.unit,
                    "counted": _number(cell.counted),
                    "required": _number(cell.required),
                    "missing": _number(cell.missing),
                    "deadline": cell.deadline,
                    "days_left": cell.days_left(matrix.as_of),
                    "missing_areas": list(cell.missing_areas),
                }
            )
    return out


EMPTY = (
    "credential_id",
    "credential",
    "rules",
    "status",
    "unit",
    "counted",
    "required",
    "missing",
    "deadline",
    "days_left",
)
