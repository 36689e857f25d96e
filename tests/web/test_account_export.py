"""The account export and its import (issue 15, point 5): everything a person owns — ledger,
certificate files, deleted and hidden records, plan, pathways profile, uploads with drafts and
decisions, history — in one ZIP with a manifest, and read back into an empty account on
another site with the same records, files, evaluation and history; a changed or foreign file,
or a non-empty account, is refused with nothing written."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from datetime import date
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from cetrack.accounts.models import User
from cetrack.capture.models import Draft
from cetrack.planning.models import CareerProfile, PlannedItem
from cetrack.planning.services import save_profile
from cetrack.records import audit, evidence, services
from cetrack.records.exports import ledger_toml
from cetrack.records.models import Activity, Certificate, Credential, Revision
from cetrack.records.services import evaluate_for
from tests.capture.samples import certificate_pdf
from tests.web.conftest import make_activity, make_credential, pdf_bytes
from tests.web.test_audit import rows
from tests.web.test_capture import upload


@pytest.fixture
def alices_data(alice: Any, alice_client: Client) -> dict[str, Any]:
    """Alice's records in every state, made through the pages where a person makes them."""
    make_credential(alice, id="my-mls")
    make_credential(alice, id="old", rules="amt/MLT", cycle_end=date(2026, 12, 31))
    services.delete_credential(alice, Credential.objects.get(owner=alice, ledger_id="old"))
    coag = make_activity(alice, id="coag", title="Coagulation update")
    services.attach_certificate(alice, coag, "coag.pdf", pdf_bytes("Coagulation"))
    removed = services.attach_certificate(alice, coag, "draft.pdf", pdf_bytes("Old scan"))
    services.detach_certificate(alice, removed.saved)
    gone = make_activity(alice, id="gone", title="Deleted course")
    services.attach_certificate(alice, gone, "gone.pdf", pdf_bytes("Gone"))
    services.delete_activity(alice, gone)
    hidden = make_activity(alice, id="hidden", title="Hidden course")
    services.hide_activity(alice, hidden)
    alice_client.post("/plan/items/add/", {"item": "fl-03"})
    save_profile(alice, "ascp/MLS", {"degrees": [{"level": "bachelor", "field": "biology"}]})
    upload(alice_client, ("antibody.pdf", certificate_pdf()))
    draft = Draft.objects.get(owner=alice)
    alice_client.post(f"/capture/drafts/{draft.pk}/discard/")
    return {"coag": coag, "draft": draft}


def export(client: Client) -> bytes:
    response = client.get("/account/export.zip")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/zip"
    assert "cetrack-account-alice-" in response["Content-Disposition"]
    return b"".join(response.streaming_content)


def import_into(client: Client, content: bytes, name: str = "export.zip") -> Any:
    return client.post(
        "/account/import/", {"export": SimpleUploadedFile(name, content)}, format="multipart"
    )


def same_ledger(mine: Any, theirs: Any) -> bool:
    return ledger_toml(mine).replace(mine.email, theirs.email) == ledger_toml(theirs)


def verdicts(user: Any) -> list[tuple[str, str, Any, Any]]:
    return [
        (r.credential.id, r.status, r.earned, r.required) for r in evaluate_for(user).credentials
    ]


def carol_client(db: Any) -> tuple[Any, Client]:
    carol = User.objects.create_user("carol@example.org", "carol-password-1", name="Alice Tech")
    client = Client()
    client.force_login(carol)
    return carol, client


def test_the_export_holds_everything_with_a_manifest(
    alice: Any, alice_client: Client, alices_data: dict[str, Any]
) -> None:
    archive = zipfile.ZipFile(io.BytesIO(export(alice_client)))
    manifest = json.loads(archive.read("manifest.json"))
    assert manifest["format"] == "cetrack-account" and manifest["version"] == 1
    assert manifest["counts"] == {
        "credentials": 2,
        "activities": 3,
        "certificate_files": 3,
        "planned_items": 1,
        "uploads": 1,
        "drafts": 1,
    }
    for item in manifest["files"]:
        content = archive.read(item["path"])
        assert hashlib.sha256(content).hexdigest() == item["sha256"], item["path"]
    names = set(archive.namelist())
    assert {"ledger.toml", "certificates/coag/coag.pdf", "history.json"} <= names
    assert archive.read("certificates/coag/coag.pdf") == pdf_bytes("Coagulation")
    records = json.loads(archive.read("records.json"))
    gone = next(a for a in records["activities"] if a["ledger"]["id"] == "gone")
    assert gone["deleted_at"] and archive.read(gone["certificates"][0]["path"]) == pdf_bytes("Gone")
    detached = [c for a in records["activities"] for c in a["certificates"] if c["deleted_at"]]
    assert [c["name"] for c in detached] == ["draft.pdf"]
    history = json.loads(archive.read("history.json"))
    assert {h["what"] for h in history} >= {
        "Activity “Deleted course” deleted",
        "Activity “Hidden course” hidden (no longer counted)",
    }
    capture = json.loads(archive.read("capture.json"))
    assert capture["drafts"][0]["state"] == "discarded"
    uploaded = alices_data["draft"].file.blob
    assert archive.read(capture["files"][0]["path"]) == evidence.read(uploaded)
    assert json.loads(archive.read("pathways.json"))["target"] == "ascp/MLS"


def test_imported_into_a_new_account_it_gives_the_same_records_and_history(
    alice: Any, alice_client: Client, alices_data: dict[str, Any], db: Any
) -> None:
    content = export(alice_client)
    carol, client = carol_client(db)
    response = import_into(client, content)
    assert response.status_code == 302, response.content.decode()[:2000]
    assert same_ledger(carol, alice)
    assert verdicts(carol) == verdicts(alice)
    assert Activity.objects.get(owner=carol, ledger_id="gone").deleted_at is not None
    assert Activity.objects.get(owner=carol, ledger_id="hidden").hidden_at is not None
    assert Credential.objects.get(owner=carol, ledger_id="old").deleted_at is not None
    files = {
        (c.original_name, c.deleted_at is None): evidence.read(c.blob)
        for c in Certificate.objects.filter(owner=carol)
    }
    assert files == {
        ("coag.pdf", True): pdf_bytes("Coagulation"),
        ("draft.pdf", False): pdf_bytes("Old scan"),
        ("gone.pdf", True): pdf_bytes("Gone"),
    }
    assert PlannedItem.objects.get(owner=carol).item_id == "fl-03"
    assert CareerProfile.objects.get(owner=carol).target == "ascp/MLS"
    draft = Draft.objects.get(owner=carol)
    uploaded = evidence.read(alices_data["draft"].file.blob)
    assert (draft.state, evidence.read(draft.file.blob)) == ("discarded", uploaded)
    theirs = rows(alice_client.get("/history/").content.decode())
    mine = rows(client.get("/history/").content.decode())
    assert mine[0].startswith("Imported an account export of ") and mine[0].endswith(
        " | you | import"
    )
    assert [r.split(" | ")[0] for r in mine[1:]] == [r.split(" | ")[0] for r in theirs]
    history_page = client.get("/history/").content.decode()
    assert "Deleted course" in history_page.split("<h2>Deleted activities</h2>", 1)[1]


def test_the_export_also_imports_as_an_audit_packet(
    alice: Any, alice_client: Client, alices_data: dict[str, Any], db: Any
) -> None:
    carol, client = carol_client(db)
    response = client.post(
        "/import/",
        {"ledger": SimpleUploadedFile("export.zip", export(alice_client)), "mode": "add"},
        format="multipart",
    )
    assert response.status_code == 302
    assert same_ledger(carol, alice)


def test_a_changed_export_is_refused_and_nothing_is_written(
    alice: Any, alice_client: Client, alices_data: dict[str, Any], db: Any
) -> None:
    original = zipfile.ZipFile(io.BytesIO(export(alice_client)))
    changed = io.BytesIO()
    with zipfile.ZipFile(changed, "w") as archive:
        for name in original.namelist():
            data = original.read(name)
            if name == "ledger.toml":
                data = data.replace(b"Coagulation update", b"Coagulation UPDATE")
            archive.writestr(name, data)
    carol, client = carol_client(db)
    response = import_into(client, changed.getvalue())
    page = response.content.decode()
    assert response.status_code == 400
    assert "&#x27;ledger.toml&#x27; does not match manifest.json" in page
    assert not Activity.objects.filter(owner=carol).exists()
    assert not Revision.objects.filter(owner=carol).exists()


def test_only_an_empty_account_takes_an_export(
    alice: Any, alice_client: Client, alices_data: dict[str, Any]
) -> None:
    response = import_into(alice_client, export(alice_client))
    assert response.status_code == 400
    assert (
        "your account already holds records (2 credentials, 3 activities"
        in response.content.decode()
    )
    assert Activity.objects.filter(owner=alice).count() == 3


def test_other_files_are_refused_with_the_way_to_import_them(alice: Any, db: Any) -> None:
    _, client = carol_client(db)
    ledger = b'format = 1\n[person]\nname = "C"\n'
    packet = io.BytesIO()
    with zipfile.ZipFile(packet, "w") as archive:
        archive.writestr("ledger.toml", ledger)
    for content in (packet.getvalue(), b"not a zip at all"):
        page = import_into(client, content).content.decode()
        assert "use Import on the Export &amp; import page" in page


def test_a_record_the_ledger_reader_refuses_stops_the_import(
    alice: Any, alice_client: Client, alices_data: dict[str, Any], db: Any
) -> None:
    """A hand-edited export with a consistent manifest: still validated like a typed entry."""
    original = zipfile.ZipFile(io.BytesIO(export(alice_client)))
    records = json.loads(original.read("records.json"))
    records["activities"][0]["ledger"]["hours"] = -3
    edited = json.dumps(records).encode()
    manifest = json.loads(original.read("manifest.json"))
    for item in manifest["files"]:
        if item["path"] == "records.json":
            item.update(size=len(edited), sha256=hashlib.sha256(edited).hexdigest())
    rebuilt = io.BytesIO()
    with zipfile.ZipFile(rebuilt, "w") as archive:
        for name in original.namelist():
            data = {"records.json": edited, "manifest.json": json.dumps(manifest).encode()}.get(
                name, original.read(name)
            )
            archive.writestr(name, data)
    carol, client = carol_client(db)
    with audit.acting("web", actor=carol):
        page = import_into(client, rebuilt.getvalue()).content.decode()
    assert "records.json: activity &#x27;coag&#x27;: hours:" in page
    assert not Activity.objects.filter(owner=carol).exists()
