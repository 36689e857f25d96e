"""The JSON API: one NinjaAPI, its authentication and its error shapes.

Every call is made as one user — a personal API token (`Authorization: Bearer cet_…`) or the
signed-in browser session (so "Try it out" on /api/docs works) — and reaches that user's
records only through `cetrack.records.access`: someone else's id is a 404, never a 403.

Errors are JSON: {"detail": "..."} for 401/404/413, and for 422 ninja's shape,
{"detail": [{"loc": ["body", "<ledger key>"], "msg": "...", "type": "..."}]}.
"""

import logging
from typing import Any

from django.core.exceptions import PermissionDenied, RequestDataTooBig, SuspiciousOperation
from django.http import HttpRequest, HttpResponse
from django.http.multipartparser import MultiPartParserError
from ninja import NinjaAPI
from ninja.errors import AuthenticationError, ValidationError
from ninja.operation import Operation
from ninja.security import HttpBearer, SessionAuth

from cetrack.accounts.models import ApiToken
from cetrack.api import activities, credentials
from cetrack.api.entries import problem
from cetrack.competency.api import router as competency_router
from cetrack.funding.api import router as funding_router
from cetrack.inservice.api import router as inservice_router
from cetrack.issuing.api import router as certificates_router
from cetrack.orgs.api import router as orgs_router


class TokenAuth(HttpBearer):
    """A personal API token; revoked tokens and inactive users never match."""

    def authenticate(self, request: HttpRequest, token: str) -> Any:
        token = token.strip()
        if not token or len(token) > 200:
            return None
        return ApiToken.owner_of(token)


class BrowserSession(SessionAuth):
    """The signed-in browser session. Unsafe methods need the CSRF token, as any form does;
    an anonymous caller is simply not authenticated (401), not refused for CSRF (403)."""

    def __call__(self, request: HttpRequest) -> Any:
        if not request.user.is_authenticated:
            return None
        return super().__call__(request)


INVALID = {
    "description": "The request does not fit: each problem with its location "
    '(`{"detail": [{"loc": [...], "msg": ..., "type": ...}]}`)',
    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Problems"}}},
}


UNREADABLE = {
    "description": "The body cannot be read (not JSON, or a broken multipart form)",
    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Message"}}},
}


class CetrackAPI(NinjaAPI):
    def get_openapi_operation_id(self, operation: Operation) -> str:
        """Short operation ids (`list_activities`) for generated clients."""
        return str(operation.view_func.__name__)

    def get_openapi_schema(self, *args: Any, **kwargs: Any) -> Any:
        """Every operation that reads a query or a body documents its 422 (found by
        schemathesis: ninja answers 422 for a query value or body that does not parse, also
        where the operation's own responses did not say so)."""
        schema = super().get_openapi_schema(*args, **kwargs)
        schemas = schema.setdefault("components", {}).setdefault("schemas", {})
        schemas.setdefault("Problems", {"type": "object", "properties": {"detail": {}}})
        schemas.setdefault("Message", {"type": "object", "properties": {"detail": {}}})
        for methods in schema.get("paths", {}).values():
            for operation in methods.values():
                takes_input = "requestBody" in operation or any(
                    p.get("in") != "path" for p in operation.get("parameters", [])
                )
                responses = operation.setdefault("responses", {})
                if takes_input and 422 not in responses and "422" not in responses:
                    responses[422] = INVALID
                if "requestBody" in operation and 400 not in responses and "400" not in responses:
                    responses[400] = UNREADABLE
        return schema


api = CetrackAPI(
    title="cetrack API",
    version="1",
    description=(
        "Your CE credentials, their evaluation, and your activities and certificate files. "
        "Authenticate with a personal API token (`Authorization: Bearer <token>`), or sign in "
        "to the web app first. Activities are ledger entries (see docs/ledger.md): the API "
        "accepts exactly what a ledger file accepts."
    ),
    auth=[TokenAuth(), BrowserSession()],
    urls_namespace="api",
    docs_url="/docs",
    openapi_url="/openapi.json",
)


UNAUTHORIZED = (
    "Authentication required: send 'Authorization: Bearer <token>' with a personal API token "
    "(an unknown or revoked token is refused), or sign in to the web app."
)


@api.exception_handler(AuthenticationError)
def _unauthorized(request: HttpRequest, exc: AuthenticationError) -> HttpResponse:
    response = api.create_response(request, {"detail": UNAUTHORIZED}, status=401)
    response["WWW-Authenticate"] = 'Bearer realm="cetrack"'
    return response


@api.exception_handler(ValidationError)
def _invalid(request: HttpRequest, exc: ValidationError) -> HttpResponse:
    """Ninja's 422 shape, with only loc, msg and type (no echo of the input). An id in the path
    that is not a whole number names nothing: the documented 404, as for someone else's id."""
    if exc.errors and all(tuple(e.get("loc", ()))[:1] == ("path",) for e in exc.errors):
        return api.create_response(request, {"detail": "Not Found"}, status=404)
    details = [
        problem(
            [p if isinstance(p, int) else str(p) for p in error.get("loc", ())],
            str(error.get("msg", "invalid")),
            str(error.get("type", "value_error")),
        )
        for error in exc.errors
    ]
    return api.create_response(request, {"detail": details}, status=422)


@api.exception_handler(PermissionDenied)
def _forbidden(request: HttpRequest, exc: Exception) -> HttpResponse:
    """A member whose role does not allow the call (cetrack.orgs.access.membership_for)."""
    return api.create_response(
        request, {"detail": str(exc) or "your role does not allow this"}, status=403
    )


@api.exception_handler(RequestDataTooBig)
def _too_big(request: HttpRequest, exc: Exception) -> HttpResponse:
    return api.create_response(request, {"detail": "the request body is too large"}, status=413)


@api.exception_handler(SuspiciousOperation)
@api.exception_handler(MultiPartParserError)
def _bad_request(request: HttpRequest, exc: Exception) -> HttpResponse:
    if isinstance(exc, SuspiciousOperation):  # logged where Django logs them
        logging.getLogger(f"django.security.{type(exc).__name__}").error(str(exc))
    return api.create_response(request, {"detail": "the request could not be read"}, status=400)


api.add_router("/", credentials.router)
api.add_router("/", activities.router)
api.add_router("/", certificates_router)
api.add_router("/", orgs_router)
api.add_router("/", inservice_router)
api.add_router("/", competency_router)
api.add_router("/", funding_router)
