"""GET /api/credentials and /api/credentials/{id}: each credential with the engine's verdict."""

from typing import Any

from ninja import Router

from cetrack.api.schemas import ApiRequest, CredentialOut, Message
from cetrack.core.engine import CredentialEvaluation
from cetrack.core.ledger_writer import credential_table
from cetrack.core.report import credential_dict
from cetrack.records.access import credentials_for, get_credential_for_user
from cetrack.records.bridge import core_credential
from cetrack.records.models import Credential
from cetrack.records.services import cached_for, evaluate_for

router = Router(tags=["credentials"])


def credential_out(row: Credential, result: CredentialEvaluation | None) -> dict[str, Any]:
    return {
        "id": row.pk,
        "ledger_id": row.ledger_id,
        "rules": row.rules,
        "fields": credential_table(core_credential(row)),
        "evaluation": credential_dict(result) if result is not None else {},
    }


def _results(user: Any) -> dict[str, CredentialEvaluation]:
    return {r.credential.id: r for r in evaluate_for(user).credentials}


@router.get("/credentials", response={200: list[CredentialOut], 401: Message})
def list_credentials(request: ApiRequest) -> list[dict[str, Any]]:
    """Your credentials, each with its evaluation as of today."""
    user = request.auth

    def build() -> list[dict[str, Any]]:
        results = _results(user)
        return [credential_out(row, results.get(row.ledger_id)) for row in credentials_for(user)]

    return cached_for(user, "api-credentials", build)


@router.get(
    "/credentials/{credential_id}",
    response={200: CredentialOut, 401: Message, 404: Message},
)
def get_credential(request: ApiRequest, credential_id: int) -> dict[str, Any]:
    """One of your credentials with its evaluation as of today."""
    row = get_credential_for_user(request.auth, credential_id)
    return credential_out(row, _results(request.auth).get(row.ledger_id))
