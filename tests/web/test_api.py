"""The JSON API (/api/...) with the personas: alice owns records, bob must never reach them,
an anonymous caller gets 401 everywhere. Bodies are ledger entries, validated by the core."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.utils import timezone

from cetrack.accounts.models import ApiToken
from cetrack.api.schemas import ActivityEntry
from cetrack.core.ledger import ACTIVITY_KEYS
from cetrack.core.report import credential_dict
from cetrack.records.models import Activity, Revision
from cetrack.records.services import evaluate_for
from tests.web.conftest import make_activity, pdf_bytes, png_bytes


def token_client(user: Any, **extra: Any) -> Client:
    _, token = ApiToken.issue(user, "tests")
    return Client(headers={"Authorization": f"Bearer {token}"}, **extra)


@pytest.fixture
def alice_api(alice: Any) -> Client:
    return token_client(alice)


@pytest.fixture
def bob_api(bob: Any) -> Client:
    return token_client(bob)


def send(client: Client, method: str, url: str, body: Any = None) -> Any:
    """A JSON request (`body` as bytes/str is sent as is)."""
    if body is None:
        return getattr(client, method)(url)
    data = body if isinstance(body, bytes | str) else json.dumps(body)
    return getattr(client, method)(url, data, content_type="application/json")


def upload(client: Client, activity_pk: int, name: str, content: bytes) -> Any:
    return client.post(
        f"/api/activities/{activity_pk}/certificates",
        {"file": SimpleUploadedFile(name, content)},
    )


def problems(response: Any) -> dict[str, str]:
    """The 422 details as {last loc part: message}."""
    assert response.status_code == 422, response.content
    detail = response.json()["detail"]
    assert all(set(d) == {"loc", "msg", "type"} for d in detail), detail
    return {str(d["loc"][-1]): d["msg"] for d in detail}


ENTRY = {
    "title": "Blood bank antibody workup",
    "provider": "ASCLS",
    "completed_on": "2025-05-10",
    "hours": 1.5,
    "kind": "live-session",
    "topics": ["blood-banking"],
    "accreditation": "P.A.C.E.",
    "participant_name": "Alice Tech",
    "notes": "Case studies",
}


def every_call(records: dict[str, Any]) -> list[tuple[str, str, Any]]:
    """(method, url, body) for every endpoint, on alice's objects."""
    credential, coag = records["credential"].pk, records["coag"].pk
    certificate = records["certificate"].pk
    return [
        ("get", "/api/credentials", None),
        ("get", f"/api/credentials/{credential}", None),
        ("get", "/api/activities", None),
        ("get", f"/api/activities?credential={credential}", None),
        ("get", f"/api/activities/{coag}", None),
        ("post", "/api/activities", ENTRY),
        ("put", f"/api/activities/{coag}", ENTRY),
        ("patch", f"/api/activities/{coag}", {"title": "Stolen"}),
        ("delete", f"/api/activities/{coag}", None),
        ("post", f"/api/activities/{coag}/restore", None),
        ("post", f"/api/activities/{coag}/certificates", None),
        ("get", f"/api/certificates/{certificate}", None),
    ]


# -- authentication --------------------------------------------------------------------------


def test_anonymous_gets_401_on_every_endpoint(alice_records: Any) -> None:
    # enforce_csrf_checks: an anonymous POST is a 401, not a CSRF 403
    for client in (Client(), Client(enforce_csrf_checks=True)):
        for method, url, body in every_call(alice_records):
            response = send(client, method, url, body)
            assert response.status_code == 401, (method, url, response.content)
            assert "Bearer" in response.json()["detail"]
            assert response["WWW-Authenticate"].startswith("Bearer")
    assert Activity.objects.filter(deleted_at__isnull=True).count() == 2


@pytest.mark.parametrize(
    "header",
    [
        "Bearer cet_not-a-real-token",
        "Bearer ",
        "Basic YWxpY2U6cHc=",
        "cet_abc",
        "Bearer " + "x" * 5000,
    ],
)
def test_bad_tokens_get_401(alice_records: Any, header: str) -> None:
    response = Client(headers={"Authorization": header}).get("/api/credentials")
    assert response.status_code == 401


def test_revoked_token_gets_401(alice: Any) -> None:
    row, token = ApiToken.issue(alice, "laptop")
    client = Client(headers={"Authorization": f"Bearer {token}"})
    assert client.get("/api/credentials").status_code == 200
    row.revoked_at = timezone.now()
    row.save()
    assert client.get("/api/credentials").status_code == 401
    assert send(client, "post", "/api/activities", ENTRY).status_code == 401


def test_inactive_users_token_gets_401(alice: Any, alice_api: Client) -> None:
    alice.is_active = False
    alice.save()
    assert alice_api.get("/api/activities").status_code == 401


def test_browser_session_works_and_writes_need_csrf(alice: Any, alice_client: Client) -> None:
    assert alice_client.get("/api/activities").status_code == 200
    assert send(alice_client, "post", "/api/activities", ENTRY).status_code == 201
    strict = Client(enforce_csrf_checks=True)
    strict.force_login(alice)
    assert strict.get("/api/activities").status_code == 200
    assert send(strict, "post", "/api/activities", ENTRY).status_code == 403
    # a token is not a cookie: no CSRF token needed
    assert send(token_client(alice, enforce_csrf_checks=True), "post", "/api/activities", ENTRY)


# -- isolation -------------------------------------------------------------------------------


def test_bob_gets_404_on_alices_objects_for_every_verb(alice_records: Any, bob_api: Client) -> None:
    coag = alice_records["coag"]
    for method, url, body in every_call(alice_records):
        if url in ("/api/credentials", "/api/activities"):
            continue  # collections: bob's own (empty) lists, and his own new activity
        response = send(bob_api, method, url, body)
        assert response.status_code == 404, (method, url, response.content)
        assert response.json() == {"detail": "Not Found"}
    # upload with a real file, and restore of a deleted activity
    assert upload(bob_api, coag.pk, "mine.pdf", pdf_bytes()).status_code == 404
    send(token_client(alice_records["credential"].owner), "delete", f"/api/activities/{coag.pk}")
    assert send(bob_api, "post", f"/api/activities/{coag.pk}/restore").status_code == 404
    # nothing of alice's changed or leaked
    coag.refresh_from_db()
    assert coag.title == "Coagulation update"
    assert bob_api.get("/api/activities").json() == []
    assert bob_api.get("/api/credentials").json() == []
    assert not Revision.objects.filter(
        owner__email="bob@example.org", object_type="activity", object_id=coag.pk
    ).exists()


def test_collections_list_only_your_own(alice_records: Any, bob: Any, bob_api: Client) -> None:
    make_activity(bob, id="bobs", title="Bob's course")
    assert [a["ledger_id"] for a in bob_api.get("/api/activities").json()] == ["bobs"]
    created = send(bob_api, "post", "/api/activities", ENTRY)
    assert created.status_code == 201
    assert Activity.objects.get(pk=created.json()["id"]).owner == bob


# -- credentials -----------------------------------------------------------------------------


def test_credentials_carry_fields_and_the_engines_evaluation(
    alice: Any, alice_records: Any, alice_api: Client
) -> None:
    listed = alice_api.get("/api/credentials").json()
    expected = credential_dict(evaluate_for(alice).credentials[0])
    row = alice_records["credential"]
    assert listed == [
        {
            "id": row.pk,
            "ledger_id": "my-mls",
            "rules": "ascp/MLS",
            "fields": {"id": "my-mls", "rules": "ascp/MLS", "cycle_end": "2027-06-30"},
            "evaluation": expected,
        }
    ]
    assert listed[0]["evaluation"]["earned"] == 3
    assert alice_api.get(f"/api/credentials/{row.pk}").json() == listed[0]


# -- activities: reading ---------------------------------------------------------------------


def test_activity_detail_lists_certificates_that_download(
    alice_records: Any, alice_api: Client, bob_api: Client
) -> None:
    coag, certificate = alice_records["coag"], alice_records["certificate"]
    body = alice_api.get(f"/api/activities/{coag.pk}").json()
    assert body["ledger_id"] == "coag"
    assert body["fields"] == {
        "id": "coag",
        "title": "Coagulation update",
        "completed_on": "2025-03-02",
        "hours": 2,
        "kind": "course",
        "topics": ["hematology"],
        "accreditation": "pace",
        "evidence": "certificate",
    }
    [listed] = body["certificates"]
    assert listed["id"] == certificate.pk
    assert listed["name"] == "coag.pdf"
    assert listed["sha256"] == certificate.blob.sha256
    assert listed["size"] == len(pdf_bytes())
    assert listed["content_type"] == "application/pdf"
    download = alice_api.get(listed["url"])
    assert download.status_code == 200
    assert download["Content-Type"] == "application/pdf"
    assert b"".join(download.streaming_content) == pdf_bytes()
    assert bob_api.get(listed["url"]).status_code == 404


def test_activity_filters(alice: Any, alice_records: Any, alice_api: Client) -> None:
    def ids(query: str) -> list[str]:
        response = alice_api.get(f"/api/activities{query}")
        assert response.status_code == 200, response.content
        return [a["ledger_id"] for a in response.json()]

    make_activity(alice, id="old", title="Old course", completed_on=date(2019, 1, 5))
    documented = make_activity(
        alice,
        id="documented",
        title="Documented course",
        completed_on=date(2018, 1, 5),
        provider="ASCLS",
        participant_name="Alice Tech",
    )
    credential = alice_records["credential"].pk
    assert ids("") == ["safety", "coag", "old", "documented"]
    assert ids("?topic=safety") == ["safety"]
    assert ids(f"?credential={credential}") == ["safety", "coag"]  # 2019 is outside the window
    # no certificate file, or a warning about what the documentation must show
    assert ids("?missing_documentation=true") == ["safety", "coag", "old", "documented"]
    assert upload(alice_api, documented.pk, "d.png", png_bytes()).status_code == 201
    assert ids("?missing_documentation=true") == ["safety", "coag", "old"]
    assert ids("?missing_documentation=false") == ["documented"]
    assert ids("?missing_documentation=true&topic=safety") == ["safety"]
    assert problems(alice_api.get("/api/activities?topic=hematolgy")) == {
        "topic": "unknown topic 'hematolgy'; did you mean 'hematology'?"
    }
    assert "credential" in problems(alice_api.get("/api/activities?credential=abc"))
    assert alice_api.get("/api/activities?credential=99999999999999999999").status_code == 404


@pytest.mark.parametrize("pk", ["0", "-1", "99999999999999999999", "9223372036854775808"])
def test_ids_that_do_not_exist_or_overflow_are_404(
    alice_records: Any, alice_api: Client, pk: str
) -> None:
    for method, url in [
        ("get", f"/api/activities/{pk}"),
        ("delete", f"/api/activities/{pk}"),
        ("post", f"/api/activities/{pk}/restore"),
        ("get", f"/api/credentials/{pk}"),
        ("get", f"/api/certificates/{pk}"),
    ]:
        assert send(alice_api, method, url).status_code == 404, url
    assert send(alice_api, "patch", f"/api/activities/{pk}", {"title": "x"}).status_code == 404


def test_an_id_that_is_not_a_number_is_404(alice_api: Client) -> None:
    # Was an undocumented 422; more in test_api_contract.py.
    assert alice_api.get("/api/activities/abc").status_code == 404


# -- activities: writing ---------------------------------------------------------------------


def test_crud_round_trip(alice_api: Client) -> None:
    created = send(alice_api, "post", "/api/activities", ENTRY)
    assert created.status_code == 201, created.content
    body = created.json()
    pk = body["id"]
    assert created["Location"] == f"/api/activities/{pk}"
    assert body["ledger_id"] == "blood-bank-antibody-workup"
    assert body["fields"] == {"id": "blood-bank-antibody-workup", **ENTRY}
    assert alice_api.get(f"/api/activities/{pk}").json() == body

    # PUT replaces the whole entry: notes and provider not given are cleared, the id stays
    replacement = {
        "title": "Antibody workup, part 2",
        "start": "2025-05-10",
        "end": "2025-05-11",
        "minutes": 200,
        "break_minutes": 20,
        "kind": "workshop",
        "topics": ["blood-banking", "safety"],
    }
    replaced = send(alice_api, "put", f"/api/activities/{pk}", replacement)
    assert replaced.status_code == 200, replaced.content
    assert replaced.json()["fields"] == {
        "id": "blood-bank-antibody-workup",
        **replacement,
        "accreditation": "none",
    }
    # GET -> PUT of the same fields is a no-op
    again = send(alice_api, "put", f"/api/activities/{pk}", replaced.json()["fields"])
    assert again.json()["fields"] == replaced.json()["fields"]

    # delete hides it, restore brings it back
    assert send(alice_api, "delete", f"/api/activities/{pk}").status_code == 204
    assert alice_api.get(f"/api/activities/{pk}").status_code == 404
    assert pk not in [a["id"] for a in alice_api.get("/api/activities").json()]
    assert send(alice_api, "patch", f"/api/activities/{pk}", {"title": "x"}).status_code == 404
    restored = send(alice_api, "post", f"/api/activities/{pk}/restore")
    assert restored.status_code == 200
    assert restored.json()["fields"] == replaced.json()["fields"]
    assert pk in [a["id"] for a in alice_api.get("/api/activities").json()]
    actions = Revision.objects.filter(object_type="activity", object_id=pk).values_list(
        "action", flat=True
    )
    assert sorted(actions) == ["created", "deleted", "restored", "updated", "updated"]


def test_patch_keeps_untouched_fields(alice_api: Client) -> None:
    pk = send(alice_api, "post", "/api/activities", ENTRY).json()["id"]

    def patch(change: dict[str, Any]) -> dict[str, Any]:
        response = send(alice_api, "patch", f"/api/activities/{pk}", change)
        assert response.status_code == 200, response.content
        return response.json()["fields"]  # type: ignore[no-any-return]

    fields = patch({"title": "Renamed"})
    assert fields == {"id": "blood-bank-antibody-workup", **ENTRY, "title": "Renamed"}
    # a new amount replaces the old one, whatever the unit
    fields = patch({"ceu": 0.2})
    assert fields["ceu"] == 0.2 and "hours" not in fields
    # an end date turns the one-day activity into a span from its old date
    fields = patch({"end": "2025-05-12"})
    assert (fields["start"], fields["end"]) == ("2025-05-10", "2025-05-12")
    assert "completed_on" not in fields
    # and completed_on turns it back
    fields = patch({"completed_on": "2025-06-01"})
    assert fields["completed_on"] == "2025-06-01" and "start" not in fields
    # null removes a key
    fields = patch({"notes": None, "provider": None})
    assert "notes" not in fields and "provider" not in fields
    assert fields["participant_name"] == "Alice Tech"
    assert fields["topics"] == ["blood-banking"]
    assert fields["title"] == "Renamed"


def test_a_refused_patch_changes_nothing(alice_records: Any, alice_api: Client) -> None:
    coag = alice_records["coag"]
    before = alice_api.get(f"/api/activities/{coag.pk}").json()
    response = send(alice_api, "patch", f"/api/activities/{coag.pk}", {"title": "New", "hours": -1})
    assert problems(response) == {"hours": "must be a positive number, got -1"}
    assert alice_api.get(f"/api/activities/{coag.pk}").json() == before


def test_ids_stay_unique_per_user(alice_records: Any, alice_api: Client) -> None:
    response = send(alice_api, "post", "/api/activities", {**ENTRY, "id": "coag"})
    assert problems(response) == {"id": "another activity already has the id 'coag'"}
    safety = alice_records["safety"].pk
    assert "id" in problems(send(alice_api, "patch", f"/api/activities/{safety}", {"id": "coag"}))
    renamed = send(alice_api, "patch", f"/api/activities/{safety}", {"id": "biosafety"})
    assert renamed.json()["ledger_id"] == "biosafety"


# -- validation ------------------------------------------------------------------------------


def without(key: str) -> dict[str, Any]:
    return {k: v for k, v in ENTRY.items() if k != key}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (without("title"), {"title": "'title' is required"}),
        ({**ENTRY, "title": "   "}, {"title": "expected a non-empty text value, got '   '"}),
        ({**ENTRY, "minutes": 90}, {"minutes": "give exactly one amount, not hours and minutes"}),
        (
            {**ENTRY, "topics": ["hematolgy"]},
            {
                "topics": "unknown topic 'hematolgy'; did you mean 'hematology'? (see docs/ledger.md)"
            },
        ),
        (
            {**ENTRY, "completed_on": "2025-02-30"},
            {"completed_on": "'2025-02-30' is not a real date; expected YYYY-MM-DD"},
        ),
        (
            without("completed_on"),
            {"completed_on": "a date is required: completed_on, or start and end"},
        ),
        (
            {**ENTRY, "completed_on": 20250510},
            {"completed_on": "expected a date YYYY-MM-DD, got 20250510"},
        ),
        (
            {**ENTRY, "complete_on": "2025-05-10"},
            {"complete_on": "unknown key 'complete_on'; did you mean 'completed_on'?"},
        ),
        ({**ENTRY, "hours": "1.5"}, {"hours": "expected a number, got '1.5'"}),
        ({**ENTRY, "hours": True}, {"hours": "expected a number, got True"}),
        (
            json.dumps(ENTRY).replace("1.5", "1e400"),
            {
                "hours": "1E+400 hours is not plausible for one activity (at most 500); split it into several activities"
            },
        ),
        ({**ENTRY, "title": 5}, {"title": "expected a non-empty text value, got 5"}),
        ({**ENTRY, "topics": {"a": 1}}, {"topics": "expected a list of text values"}),
        ({**ENTRY, "id": ["x"]}, {"id": "expected a non-empty text value, got ['x']"}),
        ({**ENTRY, "title": "x" * 301}, {"title": "at most 300 characters, got 301"}),
        (
            {**ENTRY, "title": "nul\u0000"},
            {"title": "text must not contain NUL or unpaired surrogate characters"},
        ),
        (
            {**ENTRY, "approvals": ["\ud800"]},
            {"approvals": "text must not contain NUL or unpaired surrogate characters"},
        ),
        ([ENTRY], {"body": "expected a JSON object with ledger keys, got list"}),
        ("null", {"body": "expected a JSON object with ledger keys, got NoneType"}),
    ],
)
def test_problems_are_422_with_field_names(alice_api: Client, body: Any, expected: Any) -> None:
    assert problems(send(alice_api, "post", "/api/activities", body)) == expected


@pytest.mark.parametrize(
    "raw",
    [
        b"",
        b"not json",
        b'{"title": "x",',
        b'{"hours": NaN}',
        b"\xff\xfe\x00garbage",
        b"[" * 100_000 + b"]" * 100_000,
        b'{"hours": 1' + b"0" * 5000 + b"}",
    ],
)
def test_unreadable_bodies_are_422_never_500(alice_api: Client, raw: bytes) -> None:
    for method, url in [("post", "/api/activities")]:
        response = send(alice_api, method, url, raw)
        assert list(problems(response)) == ["body"], response.content


def test_huge_numbers_and_odd_values_are_refused_not_crashed(alice_api: Client) -> None:
    for value in [10**300, "1e-999999999", -0.0, 0, 1e-9, 123456789012345678901234567890.5]:
        body = json.dumps({**ENTRY, "hours": value}).replace('"1e-999999999"', "1e-999999999")
        assert "hours" in problems(send(alice_api, "post", "/api/activities", body))
    assert "break_minutes" in problems(
        send(
            alice_api,
            "post",
            "/api/activities",
            {**without("hours"), "minutes": 60, "break_minutes": 2**70},
        )
    )


def test_text_as_long_as_the_columns_is_stored(alice_api: Client) -> None:
    long = {
        **ENTRY,
        "title": "t" * 300,
        "provider": "p" * 200,
        "id": "i" * 100,
        "notes": "n" * 20000,
    }
    response = send(alice_api, "post", "/api/activities", long)
    assert response.status_code == 201, response.content
    assert response.json()["fields"]["notes"] == "n" * 20000


# -- certificate files -----------------------------------------------------------------------


def test_upload_a_certificate(alice_records: Any, alice_api: Client) -> None:
    safety = alice_records["safety"]
    response = upload(alice_api, safety.pk, "../../etc/scan.png", png_bytes())
    assert response.status_code == 201, response.content
    body = response.json()
    assert body["name"] == "scan.png"
    assert body["content_type"] == "image/png"
    detail = alice_api.get(f"/api/activities/{safety.pk}").json()
    assert [c["id"] for c in detail["certificates"]] == [body["id"]]
    assert detail["fields"]["evidence"] == "certificate"


def test_disguised_or_oversized_uploads_are_422(
    alice_records: Any, alice_api: Client, settings: Any
) -> None:
    coag = alice_records["coag"].pk
    html = b"<!doctype html><script>alert(1)</script>"
    assert problems(upload(alice_api, coag, "certificate.pdf", html)) == {
        "file": "'certificate.pdf' is not a PDF, PNG or JPEG file (judged by its content, not its name)"
    }
    assert "file" in problems(upload(alice_api, coag, "broken.png", png_bytes()[:40]))
    assert "file" in problems(upload(alice_api, coag, "empty.pdf", b""))
    assert "file" in problems(alice_api.post(f"/api/activities/{coag}/certificates", {}))
    settings.MAX_UPLOAD_BYTES = 1024 * 1024
    big = b"%PDF-1.4\n" + b"0" * (1024 * 1024)
    assert problems(upload(alice_api, coag, "big.pdf", big)) == {
        "file": "'big.pdf' is 1.0 MB, over the 1 MB limit"
    }
    assert len(alice_api.get(f"/api/activities/{coag}").json()["certificates"]) == 1


# -- documentation ---------------------------------------------------------------------------


def test_docs_and_openapi_schema(alice_client: Client) -> None:
    assert Client().get("/api/docs").status_code == 200
    schema = Client().get("/api/openapi.json")
    assert schema.status_code == 200
    paths = schema.json()["paths"]
    assert set(paths) == {
        "/api/credentials",
        "/api/credentials/{credential_id}",
        "/api/activities",
        "/api/activities/{activity_id}",
        "/api/activities/{activity_id}/restore",
        "/api/activities/{activity_id}/certificates",
        "/api/certificates/{certificate_id}",
        "/api/certificates/{certificate_id}/revoke",  # issued certificates (cetrack.issuing)
        "/api/orgs/{org_id}/certificates",
        "/api/orgs",  # organisations (cetrack.orgs)
        "/api/orgs/{org_id}/compliance",
        "/api/orgs/{org_id}/competency/test-systems",  # competency (cetrack.competency)
        "/api/orgs/{org_id}/competency/assignments",
        "/api/orgs/{org_id}/competency/due",
        "/api/orgs/{org_id}/competency/assessments",
        "/api/orgs/{org_id}/competency/assessments/{assessment_id}",
        "/api/orgs/{org_id}/funding/requests",  # CE funding (cetrack.funding)
        "/api/orgs/{org_id}/funding/requests/{request_id}",
        "/api/orgs/{org_id}/funding/requests/{request_id}/approve",
        "/api/orgs/{org_id}/funding/requests/{request_id}/deny",
        "/api/orgs/{org_id}/funding/subscriptions",
        "/api/orgs/{org_id}/sessions",  # in-service sessions (cetrack.inservice)
        "/api/orgs/{org_id}/sessions/{session_id}",
        "/api/orgs/{org_id}/sessions/{session_id}/roster",
        "/api/orgs/{org_id}/sessions/{session_id}/issue",
        "/api/checkin",
    }
    body = paths["/api/activities"]["post"]["requestBody"]["content"]["application/json"]
    assert set(body["schema"]["properties"]) == ACTIVITY_KEYS
    assert body["schema"]["required"] == ["title"]
    assert set(ActivityEntry.model_fields) == ACTIVITY_KEYS
    assert alice_client.get("/api/docs").status_code == 200


# -- limits ----------------------------------------------------------------------------------


def test_bounds_on_the_work_one_request_can_cause(alice_api: Client, settings: Any) -> None:
    many = {**ENTRY, "topics": ["hematology"] * 101}
    assert problems(send(alice_api, "post", "/api/activities", many)) == {
        "topics": "at most 100 items, got 101"
    }
    keys = {**ENTRY, **{f"k{i}": 1 for i in range(60)}}
    assert problems(send(alice_api, "post", "/api/activities", keys)) == {
        "body": "too many keys (69) for an activity"
    }
    huge = {**ENTRY, "notes": "n" * (1024 * 1024)}
    response = send(alice_api, "post", "/api/activities", huge)
    assert response.status_code == 413
    assert response.json() == {"detail": "an activity entry is at most 1024 KB"}
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 1000
    response = send(alice_api, "post", "/api/activities", {**ENTRY, "notes": "n" * 2000})
    assert response.status_code == 413


def test_a_broken_multipart_body_is_a_client_error(alice_records: Any, alice_api: Client) -> None:
    response = alice_api.post(
        f"/api/activities/{alice_records['coag'].pk}/certificates",
        b'--xyz\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n\r\n%PDF',
        content_type="multipart/form-data; boundary=xyz",
    )
    assert response.status_code in (400, 422), response.content
    response = alice_api.post(
        f"/api/activities/{alice_records['coag'].pk}/certificates",
        b"garbage",
        content_type="multipart/form-data",
    )
    assert response.status_code in (400, 422), response.content
