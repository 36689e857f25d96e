"""The API against its own OpenAPI document (/api/openapi.json), with schemathesis: for every
operation, generated requests — valid and invalid — signed in as a person who holds records.
Every answer must be documented (status code, content type, body schema, headers), never a
server error, and data the schema allows must not be refused (nor data it forbids accepted).

Bounded: EXAMPLES per operation, no deadline per example; the whole run takes a minute or two,
so it runs with the slow tests (`-m slow`, in `./dev test` and .ci/run).
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.specs.openapi.checks import positive_data_acceptance

from cetrack.web.wsgi import application
from tests.web.conftest import make_activity, make_credential, pdf_bytes

pytestmark = pytest.mark.slow

EXAMPLES = 50

schema = schemathesis.openapi.from_wsgi("/api/openapi.json", application)


@pytest.fixture
def token(db: Any, settings: Any, tmp_path: Any) -> str:
    """A person with a credential, activities and a certificate file, and their API token."""
    from cetrack.accounts.models import ApiToken, User
    from cetrack.records import services

    settings.EVIDENCE_DIR = tmp_path / "evidence"
    person = User.objects.create_user("api@example.org", "api-password-1", name="Api Person")
    make_credential(person)
    for number in range(3):
        activity = make_activity(
            person, id=f"course-{number}", title=f"Course {number}", completed_on=date(2025, 3, 2)
        )
    services.attach_certificate(person, activity, "course.pdf", pdf_bytes())
    return ApiToken.issue(person, "schemathesis")[1]


# Operations whose input is judged by more than JSON Schema can say, so that a schema-valid
# request may still be refused with a documented 422 naming each problem: a ledger entry (the
# core's rules: one amount, completed_on or start and end, known topics and accreditations...),
# a certificate file (judged by its content: PDF, PNG or JPEG), a check-in code (a secret that
# must name an open session), and funding requests (money with at most two decimals, budgets).
# Every other check still runs on them, including that invalid data is refused.
JUDGED_BEYOND_THE_SCHEMA = {
    ("POST", "/api/activities"),
    ("PUT", "/api/activities/{activity_id}"),
    ("PATCH", "/api/activities/{activity_id}"),
    ("POST", "/api/activities/{activity_id}/certificates"),
    ("POST", "/api/checkin"),
    ("POST", "/api/orgs/{org_id}/funding/requests"),
    ("POST", "/api/orgs/{org_id}/funding/requests/{request_id}/approve"),
    ("POST", "/api/orgs/{org_id}/funding/requests/{request_id}/deny"),
}


@schema.parametrize()
@settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
def test_the_api_keeps_to_its_openapi_document(case: Any, token: str) -> None:
    operation = (case.operation.method.upper(), case.operation.path)
    excluded = [positive_data_acceptance] if operation in JUDGED_BEYOND_THE_SCHEMA else []
    case.call_and_validate(headers={"Authorization": f"Bearer {token}"}, excluded_checks=excluded)
