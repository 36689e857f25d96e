"""What the API sends back, and the shape of an activity entry as the OpenAPI docs show it.

An activity entry is a ledger `[[activity]]` table written as a JSON object (docs/ledger.md).
The body is read by `cetrack.api.entries` and validated by the core, exactly as a ledger file
is; `ActivityEntry` below only documents it (OpenAPI), built from the core's activity field
registry, so the docs and the ledger cannot drift into two validators.
"""

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from django.http import HttpRequest
from ninja import Schema
from pydantic import ConfigDict, Field, create_model

from cetrack.accounts.models import User
from cetrack.core.activity_fields import ACTIVITY, ActivityField
from cetrack.core.vocabulary import vocabulary


class ApiRequest(HttpRequest):
    """A request that passed the API's authentication: `auth` is the caller."""

    auth: User


class Message(Schema):
    detail: str


class Problem(Schema):
    loc: list[str | int] = Field(description='Where: ["body", "<ledger key>"], ["query", ...]')
    msg: str
    type: str


class Problems(Schema):
    detail: list[Problem]


class CertificateOut(Schema):
    id: int
    name: str = Field(description="The file name it was uploaded as")
    sha256: str
    size: int
    content_type: str
    uploaded_at: datetime
    url: str = Field(description="Download it here (same authentication)")


class ActivityOut(Schema):
    id: int = Field(description="The database id used in API URLs")
    ledger_id: str = Field(description="The activity's id in the ledger")
    fields: dict[str, Any] = Field(
        description="The ledger entry (docs/ledger.md): PUT it back to replace the activity"
    )
    certificates: list[CertificateOut]
    created_at: datetime
    updated_at: datetime


class CredentialOut(Schema):
    id: int = Field(description="The database id used in API URLs")
    ledger_id: str = Field(description="The credential's id in the ledger")
    rules: str = Field(description="The rule-set id, such as ascp/MLS")
    fields: dict[str, Any] = Field(description="The ledger entry (docs/ledger.md)")
    evaluation: dict[str, Any] = Field(
        description="The engine's verdict today: the same JSON as `cetrack check --json`"
    )


def _choices(words: Iterable[str]) -> dict[str, Any]:
    return {"enum": sorted(words)}


def _property(item: ActivityField) -> tuple[Any, Any]:
    """An activity field of the core's registry as a pydantic field of the entry."""
    words = vocabulary()
    extra: dict[str, Any] = {}
    kind: Any = str | None
    if item.kind == "date":
        extra = {"format": "date"}
    elif item.kind == "amount":
        kind = int | None if item.key == "minutes" else float | None
    elif item.kind == "number":
        kind = int | None
    elif item.kind == "choices":
        kind = list[str] | None
        if item.key == "topics":
            extra = {"items": _choices(words.topics)}
    elif item.key in ("kind", "evidence"):
        extra = _choices(words.kinds if item.key == "kind" else words.evidence)
    if item.key == "title":
        return str, Field(description=item.help)
    return kind, Field(None, description=item.help or None, json_schema_extra=extra or None)


class _Entry(Schema):
    model_config = ConfigDict(extra="forbid")


# One property per field of the core's registry (`cetrack.core.activity_fields`).
ActivityEntry = create_model(  # type: ignore[call-overload]
    "ActivityEntry",
    __base__=_Entry,
    __doc__=(
        "An activity as a ledger entry: a title, completed_on (or start and end), exactly "
        "one amount, and optional details. Unknown keys are refused. PATCH takes any subset "
        "(a JSON merge patch: null removes a key)."
    ),
    **{item.key: _property(item) for item in ACTIVITY},
)


EXAMPLE = {
    "title": "Sepsis and blood culture contamination",
    "provider": "ASCLS",
    "completed_on": "2025-03-02",
    "hours": 1.5,
    "kind": "live-session",
    "topics": ["microbiology", "safety"],
    "accreditation": "P.A.C.E.",
    "participant_name": "Katherine Doe",
}


def _tidy(schema: Any) -> Any:
    """pydantic's schema of optional fields, without the null branches and titles."""
    if isinstance(schema, list):
        return [_tidy(item) for item in schema]
    if not isinstance(schema, dict):
        return schema
    branches = schema.get("anyOf")
    if branches and {"type": "null"} in branches and len(branches) == 2:
        rest = {k: v for k, v in schema.items() if k != "anyOf"}
        schema = {**next(b for b in branches if b != {"type": "null"}), **rest}
    if schema.get("default", 0) is None:
        schema = {k: v for k, v in schema.items() if k != "default"}
    return {k: _tidy(v) for k, v in schema.items() if k != "title" or "type" not in schema}


def entry_body(*, partial: bool = False) -> dict[str, Any]:
    """The OpenAPI requestBody of an activity entry (for `openapi_extra`)."""
    schema = _tidy(ActivityEntry.model_json_schema())
    schema.pop("title", None)
    if partial:
        schema.pop("required", None)
    example = {"title": "Sepsis: blood cultures", "hours": 2} if partial else EXAMPLE
    content = {"application/json": {"schema": schema, "example": example}}
    return {"requestBody": {"required": True, "content": content}}


UPLOAD_BODY = {
    "requestBody": {
        "required": True,
        "content": {
            "multipart/form-data": {
                "schema": {
                    "type": "object",
                    # An empty file is refused (422), so the schema asks for one byte at least.
                    "properties": {"file": {"type": "string", "format": "binary", "minLength": 1}},
                    "required": ["file"],
                }
            }
        },
    }
}
