"""Activities (ledger entries) and their certificate files.

Each call: who (request.auth), which object (an access helper: someone else's id is a 404),
one service call in one transaction, the result. Bodies are ledger entries validated by the
core (see cetrack.api.entries).
"""

import difflib
from typing import Annotated, Any

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Prefetch, QuerySet
from django.http import FileResponse, HttpResponse
from django.urls import reverse
from ninja import Router, Status
from pydantic import Field

from cetrack.api import entries
from cetrack.api.schemas import (
    UPLOAD_BODY,
    ActivityOut,
    ApiRequest,
    CertificateOut,
    Message,
    Problems,
    entry_body,
)
from cetrack.core.vocabulary import vocabulary
from cetrack.records import evidence, presenters
from cetrack.records.access import (
    activities_for,
    certificates_for,
    get_activity_for_user,
    get_certificate_for_user,
    get_credential_for_user,
)
from cetrack.records.models import Activity, Certificate
from cetrack.records.services import (
    attach_certificate,
    delete_activity,
    evaluate_for,
    restore_activity,
    save_activity,
)

router = Router(tags=["activities"])

READ = {401: Message, 404: Message}
WRITE = {401: Message, 404: Message, 422: Problems}


# -- output ----------------------------------------------------------------------------------


def certificate_out(certificate: Certificate) -> dict[str, Any]:
    return {
        "id": certificate.pk,
        "name": certificate.original_name,
        "sha256": certificate.blob.sha256,
        "size": certificate.blob.size,
        "content_type": certificate.blob.content_type,
        "uploaded_at": certificate.created_at,
        "url": reverse("api:certificate-file", kwargs={"certificate_id": certificate.pk}),
    }


def activity_out(row: Activity, certificates: list[Certificate]) -> dict[str, Any]:
    return {
        "id": row.pk,
        "ledger_id": row.ledger_id,
        "fields": entries.jsonable(entries.current_entry(row)),
        "certificates": [certificate_out(c) for c in certificates],
        "created_at": row.created_at,
        "updated_at": row.updated_at,
    }


def _with_files(activities: QuerySet[Activity]) -> QuerySet[Activity]:
    # Not `live_certificates` (bridge.with_certificates): that would turn an uploaded file's
    # name into the entry's `certificate` reference in `fields`.
    live = Certificate.objects.filter(deleted_at__isnull=True).select_related("blob")
    return activities.prefetch_related(Prefetch("certificates", live, to_attr="api_files"))


def _one(user: Any, row: Activity) -> dict[str, Any]:
    return activity_out(row, list(certificates_for(user).filter(activity=row)))


# -- reading ---------------------------------------------------------------------------------


MAX_PAGE = 500
TOPIC_IDS = sorted(vocabulary().topics)  # the schema names them (docs/ledger.md#topics)


@router.get("/activities", response={200: list[ActivityOut], **READ, 422: Problems})
def list_activities(
    request: ApiRequest,
    response: HttpResponse,
    credential: int | None = None,
    topic: Annotated[str | None, Field(json_schema_extra={"enum": ["", *TOPIC_IDS]})] = None,
    missing_documentation: bool | None = None,
    limit: Annotated[int, Field(ge=1, le=MAX_PAGE)] = 100,
    offset: Annotated[int, Field(ge=0)] = 0,
) -> list[dict[str, Any]]:
    """Your activities, newest first, a page at a time.

    - `credential`: only those counted toward that credential (its id) today;
    - `topic`: only those with that topic id (empty: any);
    - `missing_documentation=true`: only those without a certificate file or with a
      warning about their documentation (false: only the others);
    - `limit` (1-500, default 100) and `offset`: the page. `X-Total-Count` gives how many
      match, and `Link: <...>; rel="next"` the next page while there is one.
    """
    user = request.auth
    topics = vocabulary().topics
    topic = topic or None
    if topic is not None and topic not in topics:
        hint = difflib.get_close_matches(topic, sorted(topics), n=1)
        tip = f"; did you mean '{hint[0]}'?" if hint else ""
        raise entries.invalid(
            [entries.problem(["query", "topic"], f"unknown topic '{topic}'{tip}")]
        )
    if topic is None and credential is None and missing_documentation is None:
        everything = activities_for(user)
        total = everything.count()
        page = list(_with_files(everything[offset : offset + limit]))
        _page_headers(request, response, total, offset, limit)
        return [activity_out(r, r.api_files) for r in page]  # type: ignore[attr-defined]
    rows = list(_with_files(activities_for(user)))
    if topic is not None:
        rows = [r for r in rows if topic in r.topics]
    if credential is not None or missing_documentation is not None:
        evaluation = evaluate_for(user)
        if credential is not None:
            chosen = get_credential_for_user(user, credential)
            result = next(
                (r for r in evaluation.credentials if r.credential.id == chosen.ledger_id), None
            )
            counted = {c.activity for c in result.counted} if result else set()
            rows = [r for r in rows if r.ledger_id in counted]
        if missing_documentation is not None:
            findings = presenters.activity_findings(evaluation)
            rows = [
                r
                for r in rows
                if missing_documentation
                == (
                    not r.api_files  # type: ignore[attr-defined]
                    or any(f.severity != "info" for f in findings.get(r.ledger_id, []))
                )
            ]
    _page_headers(request, response, len(rows), offset, limit)
    rows = rows[offset : offset + limit]
    return [activity_out(r, r.api_files) for r in rows]  # type: ignore[attr-defined]


def _page_headers(
    request: ApiRequest, response: HttpResponse, total: int, offset: int, limit: int
) -> None:
    response["X-Total-Count"] = str(total)
    if offset + limit < total:
        query = request.GET.copy()
        query["offset"] = str(offset + limit)
        query["limit"] = str(limit)
        response["Link"] = (
            f'<{request.build_absolute_uri(request.path)}?{query.urlencode()}>; rel="next"'
        )


@router.get("/activities/{activity_id}", response={200: ActivityOut, **READ}, url_name="activity")
def get_activity(request: ApiRequest, activity_id: int) -> dict[str, Any]:
    """One of your activities with its certificate files."""
    return _one(request.auth, get_activity_for_user(request.auth, activity_id))


# -- writing ---------------------------------------------------------------------------------


def _save(user: Any, entry: dict[str, Any], row: Activity | None = None) -> Activity:
    found = entries.storage_problems(entry)
    if found:
        raise entries.invalid(found)
    try:
        outcome = save_activity(user, entry, row)
    except IntegrityError:  # another call took the same id in between
        message = f"another activity already has the id '{entry.get('id')}'"
        raise entries.invalid([entries.problem(["body", "id"], message)]) from None
    if not outcome.ok:
        raise entries.invalid(entries.body_problems(outcome.problems))
    return outcome.saved  # type: ignore[no-any-return]


@router.post(
    "/activities",
    response={201: ActivityOut, 401: Message, 422: Problems},
    openapi_extra=entry_body(),
)
def create_activity(request: ApiRequest, response: HttpResponse) -> Status[dict[str, Any]]:
    """Add an activity: a ledger entry as a JSON object."""
    entry = entries.read_object(request)
    with transaction.atomic():
        row = _save(request.auth, entry)
    response["Location"] = reverse("api:activity", kwargs={"activity_id": row.pk})
    return Status(201, activity_out(row, []))


@router.put(
    "/activities/{activity_id}",
    response={200: ActivityOut, **WRITE},
    openapi_extra=entry_body(),
)
def replace_activity(request: ApiRequest, activity_id: int) -> dict[str, Any]:
    """Replace an activity with a complete ledger entry; keys left out are cleared (the id
    stays unless given)."""
    with transaction.atomic():
        row = get_activity_for_user(request.auth, activity_id)
        row = _save(request.auth, entries.read_object(request), row)
        return _one(request.auth, row)


@router.patch(
    "/activities/{activity_id}",
    response={200: ActivityOut, **WRITE},
    openapi_extra=entry_body(partial=True),
)
def update_activity(request: ApiRequest, activity_id: int) -> dict[str, Any]:
    """Change some keys (a JSON merge patch: null removes a key). The merged entry is
    validated as a whole."""
    with transaction.atomic():
        row = get_activity_for_user(request.auth, activity_id)
        row = Activity.objects.select_for_update().get(pk=row.pk)
        patch = entries.read_object(request)
        row = _save(request.auth, entries.merge(entries.current_entry(row), patch), row)
        return _one(request.auth, row)


@router.delete("/activities/{activity_id}", response={204: None, **READ, 409: Message})
def remove_activity(request: ApiRequest, activity_id: int) -> Status[Any]:
    """Delete an activity. It stays in your history and can be restored. An activity issued
    by an organisation is not deleted (409): hide it instead."""
    with transaction.atomic():
        outcome = delete_activity(request.auth, get_activity_for_user(request.auth, activity_id))
    if not outcome.ok:
        return Status(409, {"detail": outcome.problems[0][1]})
    return Status(204, None)


@router.post("/activities/{activity_id}/restore", response={200: ActivityOut, **READ})
def undelete_activity(request: ApiRequest, activity_id: int) -> dict[str, Any]:
    """Bring back a deleted activity (a new id if its id was taken meanwhile)."""
    with transaction.atomic():
        row = get_activity_for_user(request.auth, activity_id, include_deleted=True)
        row = restore_activity(request.auth, row).saved
        return _one(request.auth, row)


# -- certificate files -----------------------------------------------------------------------


@router.post(
    "/activities/{activity_id}/certificates",
    response={201: CertificateOut, **WRITE},
    openapi_extra=UPLOAD_BODY,
)
def upload_certificate(request: ApiRequest, activity_id: int) -> Status[dict[str, Any]]:
    """Attach a certificate file (PDF, PNG or JPEG, judged by its content) to an activity:
    a multipart upload with the file in the field `file`."""
    with transaction.atomic():
        row = get_activity_for_user(request.auth, activity_id)
        # read here, after the access check: someone else's id is a 404 whatever the body
        file = request.FILES.get("file")
        if file is None:
            raise entries.invalid([entries.problem(["file", "file"], "Field required", "missing")])
        if refused := evidence.too_large(file.name or "certificate", file.size or 0):
            raise entries.invalid([entries.problem(["file", "file"], refused.message)])
        content = file.read(settings.MAX_UPLOAD_BYTES + 1)
        outcome = attach_certificate(request.auth, row, file.name or "certificate", content)
        if not outcome.ok:
            raise entries.invalid(
                [entries.problem(["file", "file"], message) for _, message in outcome.problems]
            )
        return Status(201, certificate_out(outcome.saved))


@router.get(
    "/certificates/{certificate_id}",
    response={200: None, **READ},
    url_name="certificate-file",
    openapi_extra={
        "responses": {
            200: {  # the int key ninja uses: "200" would be a second, duplicate key
                "description": "The file",
                "content": {t: {} for t in ("application/pdf", "image/png", "image/jpeg")},
            }
        }
    },
)
def certificate_file(request: ApiRequest, certificate_id: int) -> FileResponse:
    """Download one of your certificate files."""
    certificate = get_certificate_for_user(request.auth, certificate_id)
    response = FileResponse(
        evidence.open_file(certificate.blob),
        content_type=certificate.blob.content_type,
        filename=certificate.original_name,
    )
    response["Cache-Control"] = "private, max-age=3600"
    response["Content-Security-Policy"] = "sandbox"
    return response
