"""The API does what its OpenAPI document says: ids that are not numbers are the documented 404,
an empty `?topic=` is no filter, an empty file is refused as the schema says, and lists come a
page at a time with the page size capped."""

from __future__ import annotations

from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from cetrack.records import views
from tests.web.conftest import make_activity, make_credential
from tests.web.test_api import token_client


@pytest.fixture
def api(alice: Any) -> Client:
    return token_client(alice)


@pytest.fixture
def schema(db: Any) -> dict[str, Any]:
    return dict(Client().get("/api/openapi.json").json())


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("get", "/api/activities/abc"),
        ("get", "/api/activities/1.5"),
        ("put", "/api/activities/abc"),
        ("patch", "/api/activities/x1"),
        ("delete", "/api/activities/abc"),
        ("post", "/api/activities/abc/restore"),
        ("post", "/api/activities/abc/certificates"),
        ("get", "/api/credentials/abc"),
        ("get", "/api/certificates/%C3%A9"),
        ("get", "/api/activities/99999999999999999999999"),
    ],
)
def test_an_id_that_is_not_a_number_is_the_documented_404(
    api: Client, method: str, path: str
) -> None:
    response = getattr(api, method)(path, content_type="application/json")
    assert response.status_code == 404, response.content
    assert response.json() == {"detail": "Not Found"}


def test_every_operation_on_an_id_documents_its_404(schema: dict[str, Any]) -> None:
    mine = ("/api/activities/", "/api/credentials/", "/api/certificates/")
    checked = 0
    for path, operations in schema["paths"].items():
        if path.startswith(mine) and "{" in path:
            for method, operation in operations.items():
                assert "404" in operation["responses"], (method, path)
                checked += 1
    assert checked >= 8


def test_an_empty_topic_is_no_filter(alice: Any, api: Client) -> None:
    make_activity(alice, id="coag", topics=["hematology"])
    make_activity(alice, id="safety", title="Lab safety", topics=["safety"])
    everything = api.get("/api/activities").json()
    assert api.get("/api/activities?topic=").json() == everything
    assert [a["ledger_id"] for a in api.get("/api/activities?topic=safety").json()] == ["safety"]
    assert api.get("/api/activities?topic=nope").status_code == 422


def test_an_empty_file_is_refused_as_the_schema_says(
    alice: Any, api: Client, schema: dict[str, Any]
) -> None:
    body = schema["paths"]["/api/activities/{activity_id}/certificates"]["post"]["requestBody"]
    file_schema = body["content"]["multipart/form-data"]["schema"]
    assert file_schema["required"] == ["file"]
    assert file_schema["properties"]["file"]["minLength"] == 1
    row = make_activity(alice)
    empty = SimpleUploadedFile("empty.pdf", b"", content_type="application/pdf")
    response = api.post(f"/api/activities/{row.pk}/certificates", {"file": empty})
    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"] == ["file", "file"]
    assert api.post(f"/api/activities/{row.pk}/certificates", {}).status_code == 422


def test_activities_come_a_page_at_a_time(alice: Any, api: Client, schema: dict[str, Any]) -> None:
    for number in range(7):
        make_activity(alice, id=f"a{number}", title=f"Course {number}")
    first = api.get("/api/activities?limit=3")
    assert [a["ledger_id"] for a in first.json()] == ["a6", "a5", "a4"]
    assert first["X-Total-Count"] == "7"
    assert first["Link"] == '<http://testserver/api/activities?limit=3&offset=3>; rel="next"'
    last = api.get("/api/activities?limit=3&offset=6")
    assert [a["ledger_id"] for a in last.json()] == ["a0"]
    assert "Link" not in last
    filtered = api.get("/api/activities?topic=hematology&limit=5")
    assert len(filtered.json()) == 5 and filtered["X-Total-Count"] == "7"
    assert "offset=5" in filtered["Link"] and "topic=hematology" in filtered["Link"]
    assert len(api.get("/api/activities").json()) == 7  # the default page holds 100
    assert api.get("/api/activities?limit=501").status_code == 422
    assert api.get("/api/activities?offset=-1").status_code == 422
    parameters = {
        p["name"]: p["schema"] for p in schema["paths"]["/api/activities"]["get"]["parameters"]
    }
    assert parameters["limit"]["maximum"] == 500 and parameters["limit"]["default"] == 100


def test_the_activity_list_page_is_paged_and_keeps_its_filters(
    alice: Any, alice_client: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(views, "ACTIVITIES_PER_PAGE", 5)
    make_credential(alice)
    for number in range(12):
        make_activity(alice, id=f"a{number}", title=f"Course {number}")
    first = alice_client.get("/activities/?area=hematology").content.decode()
    assert first.count('<li class="activity"') == 5
    assert "Page 1 of 3 (12 activities)" in first
    assert 'href="?area=hematology&amp;page=2"' in first
    last = alice_client.get("/activities/?area=hematology&page=3").content.decode()
    assert last.count('<li class="activity"') == 2
    assert "Course 0" in last and "Course 11" not in last
    assert alice_client.get("/activities/?page=99").status_code == 200  # the last page


def test_the_openapi_document_has_no_duplicate_keys(db: Any) -> None:
    """Swagger UI reads the document as YAML and refuses a key given twice (an int 200 and a
    string "200" both become "200" in JSON)."""
    import json

    duplicates: list[str] = []

    def pairs(items: list[tuple[str, Any]]) -> dict[str, Any]:
        keys = [k for k, _ in items]
        duplicates.extend(k for k in set(keys) if keys.count(k) > 1)
        return dict(items)

    json.loads(Client().get("/api/openapi.json").content, object_pairs_hook=pairs)
    assert duplicates == []
