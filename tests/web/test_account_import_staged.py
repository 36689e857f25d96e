"""The import of an account export writes like the ledger import (cetrack.records.staging): its
records as staged rows in short transactions, out of sight, brought in by one short
transaction at the end. Others save meanwhile; nothing of it shows before the end; and a
problem found at any step — a file, a plan item read in the last transaction — leaves nothing
behind: no records, no staged rows, no history. (The same with real processes on SQLite and
eight writers: tests/test_import_concurrency.py.)"""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from typing import Any

import pytest
from django.test import Client

from cetrack.planning.models import PlannedItem
from cetrack.records import staging
from cetrack.records.access import activities_for
from cetrack.records.models import Activity, Certificate, Credential, ImportBatch, Revision
from cetrack.web import budget
from tests.web.conftest import make_activity
from tests.web.test_account_export import alices_data, carol_client, export, import_into

__all__ = ["alices_data"]


def _edited(content: bytes, changes: dict[str, bytes]) -> bytes:
    """The export with some files replaced and its manifest made to match them."""
    original = zipfile.ZipFile(io.BytesIO(content))
    manifest = json.loads(original.read("manifest.json"))
    for item in manifest["files"]:
        if item["path"] in changes:
            data = changes[item["path"]]
            item.update(size=len(data), sha256=hashlib.sha256(data).hexdigest())
    rebuilt = io.BytesIO()
    with zipfile.ZipFile(rebuilt, "w") as archive:
        for name in original.namelist():
            data = {**changes, "manifest.json": json.dumps(manifest).encode()}.get(
                name, original.read(name)
            )
            archive.writestr(name, data)
    return rebuilt.getvalue()


def _nothing_left(person: Any) -> None:
    for model in (Credential, Activity, Certificate):
        assert not model.with_staged.filter(owner=person).exists(), model
    assert not ImportBatch.objects.exists()
    assert not Revision.objects.filter(owner=person).exists()
    assert not PlannedItem.objects.filter(owner=person).exists()


@pytest.fixture
def small_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(staging, "CHUNK", 2)
    monkeypatch.setattr(staging, "YIELD", 0)


def test_others_save_between_the_chunks_and_see_none_of_it_until_the_end(
    alice_client: Client,
    alices_data: dict[str, Any],
    bob: Any,
    db: Any,
    small_chunks: None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    content = export(alice_client)
    carol, client = carol_client(db)
    seen: list[tuple[int, int]] = []
    real = staging.stage

    def watched(model: Any, rows: Any) -> Any:
        saved = real(model, rows)
        make_activity(bob, id=f"bob-{len(seen)}")  # another person's save, between two writes
        seen.append((activities_for(carol).count(), credentials_visible(carol)))
        return saved

    monkeypatch.setattr(staging, "stage", watched)
    response = import_into(client, content)
    assert response.status_code == 302
    assert seen == [(0, 0)] * 3  # credentials, activities, certificates: none visible yet
    assert activities_for(bob).count() == 3
    assert activities_for(carol).count() == 2  # alice's live ones; deleted and hidden kept so
    assert Activity.objects.filter(owner=carol, deleted_at__isnull=False).count() == 1
    assert Credential.objects.filter(owner=carol, deleted_at__isnull=False).count() == 1
    assert not ImportBatch.objects.exists()


def credentials_visible(person: Any) -> int:
    return Credential.objects.filter(owner=person, deleted_at__isnull=True).count()


def test_a_bad_plan_item_found_in_the_last_transaction_leaves_nothing(
    alice_client: Client, alices_data: dict[str, Any], db: Any
) -> None:
    content = export(alice_client)
    plan = json.loads(zipfile.ZipFile(io.BytesIO(content)).read("plan.json"))
    plan[0]["price"] = "twelve dollars"
    carol, client = carol_client(db)
    response = import_into(client, _edited(content, {"plan.json": json.dumps(plan).encode()}))
    assert response.status_code == 400
    assert "plan.json: planned item #1 cannot be read" in response.content.decode()
    _nothing_left(carol)


def test_a_certificate_that_is_not_a_certificate_leaves_nothing(
    alice_client: Client, alices_data: dict[str, Any], db: Any
) -> None:
    content = export(alice_client)
    records = json.loads(zipfile.ZipFile(io.BytesIO(content)).read("records.json"))
    path = next(c["path"] for a in records["activities"] for c in a["certificates"])
    carol, client = carol_client(db)
    response = import_into(client, _edited(content, {path: b"MZ\x90\x00 not a PDF"}))
    assert response.status_code == 400
    _nothing_left(carol)


def test_an_import_stopped_half_way_leaves_nothing(
    alice_client: Client,
    alices_data: dict[str, Any],
    db: Any,
    small_chunks: None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    content = export(alice_client)
    carol, client = carol_client(db)
    real = staging.stage

    def client_gone_at_the_certificates(model: Any, rows: Any) -> Any:
        if model is Certificate:
            raise budget.RequestStopped("the client went away")
        return real(model, rows)

    monkeypatch.setattr(staging, "stage", client_gone_at_the_certificates)
    response = import_into(client, content)
    assert response.status_code >= 400
    _nothing_left(carol)
