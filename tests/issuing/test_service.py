"""Issuing through the service, the public verification page, revocation and key rotation."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest
from django.test import Client

from cetrack.core.issuing import verify_credential
from cetrack.issuing.keystore import database_resolver, database_status_lists
from cetrack.issuing.services import CertificateRefused, issue_certificate, revoke, rotate_key
from cetrack.orgs.models import AuditEntry
from tests.issuing.conftest import antibody_facts


def test_issued_certificate_verifies_on_its_public_page(issued: Any) -> None:
    page = Client().get(f"/verify/{issued.pk}")
    assert page.status_code == 200
    text = page.content.decode()
    assert 'data-status="valid"' in text
    for shown in (
        "Alice Tech",
        "Riverside Hospital Laboratory",
        "Antibody identification in the blood bank",
        "1.5 P.A.C.E. contact hours (50-minute hour)",
        "ASCLS P.A.C.E., program number 519-112-26",
        "18 Nov 2026",
        "Topics: Blood banking, immunohematology and transfusion medicine.",
    ):
        assert shown in text


def test_verification_json_carries_the_credential_and_its_jwt(issued: Any) -> None:
    data = Client().get(f"/verify/{issued.pk}.json").json()
    assert data["status"] == "valid"
    assert data["recipient_name"] == "Alice Tech"
    assert data["hours"] == "1.5"
    assert data["credential"]["proof"]["cryptosuite"] == "eddsa-rdfc-2022"
    assert data["jwt"].count(".") == 2
    assert {c["check"]: c["ok"] for c in data["checks"]} == {
        "jwt": True,
        "shape": True,
        "proof": True,
        "status": True,
        "dates": True,
    }


def test_contact_hours_in_words_and_in_credits_earned_never_a_licence(issued: Any) -> None:
    subject = issued.credential["credentialSubject"]
    assert subject["creditsEarned"] == 1.5
    assert "1.5 P.A.C.E. contact hours" in subject["achievement"]["description"]
    assert "licenseNumber" not in json.dumps(issued.credential)
    names = [i for i in subject["identifier"] if i["identityType"] == "name"]
    assert names == [
        {
            "type": "IdentityObject",
            "identityType": "name",
            "hashed": False,
            "identityHash": "Alice Tech",
        }
    ]


def test_revoked_certificate_shows_revoked_with_an_audit_entry(issued: Any, manager: Any) -> None:
    revoke(issued, manager, "Attendance recorded in error")
    page = Client().get(f"/verify/{issued.pk}").content.decode()
    assert 'data-status="revoked"' in page
    assert "<strong>Revoked:</strong> revoked by its issuer on" in page
    assert "Attendance recorded in error" in page
    entry = AuditEntry.objects.get(action="certificate.revoked")
    assert entry.actor == manager
    assert "Attendance recorded in error" in entry.summary
    assert Client().get(f"/verify/{issued.pk}.json").json()["status"] == "revoked"


def test_status_list_is_signed_and_public(issued: Any) -> None:
    url = issued.credential["credentialStatus"]["statusListCredential"]
    path = url.split("localhost:8000", 1)[1]
    listed = Client().get(path).json()
    assert listed["type"] == ["VerifiableCredential", "BitstringStatusListCredential"]
    assert listed["proof"]["cryptosuite"] == "eddsa-rdfc-2022"
    assert listed["credentialSubject"]["encodedList"].startswith("u")


def test_rotated_key_old_certificate_still_verifies(issued: Any, org: Any, manager: Any) -> None:
    rotate_key(org, manager)
    newer = issue_certificate(
        organisation=org,
        recipient_user=None,
        recipient_name="Bo Tech",
        achievement=antibody_facts(),
        issued_by=manager,
    )
    old_method = issued.credential["proof"]["verificationMethod"]
    assert newer.credential["proof"]["verificationMethod"] != old_method
    for row in (issued, newer):
        result = verify_credential(
            row.credential,
            database_resolver,
            jwt=row.jwt,
            status_lists=database_status_lists,
        )
        assert result.status == "valid", result.reason
    did = Client().get("/orgs/riverside/did.json").json()
    assert len(did["verificationMethod"]) == 2
    assert old_method in did["assertionMethod"]


def test_tampered_hours_fail(issued: Any) -> None:
    changed = copy.deepcopy(issued.credential)
    changed["credentialSubject"]["creditsEarned"] = 15.0
    result = verify_credential(changed, database_resolver)
    assert result.status == "invalid"
    assert "changed after it was signed" in result.reason


def test_unknown_certificate_is_a_404_page(db: Any) -> None:
    for path in ("/verify/8c1f3a55-9a4e-4a53-9d7e-000000000000", "/verify/not-a-uuid"):
        page = Client().get(path)
        assert page.status_code == 404
        assert "No such certificate" in page.content.decode()
    assert Client().get("/verify/not-a-uuid.json").status_code == 404


def test_refused_facts_say_why(org: Any, educator: Any) -> None:
    with pytest.raises(CertificateRefused) as refused:
        issue_certificate(
            organisation=org,
            recipient_user=None,
            recipient_name=" ",
            achievement=antibody_facts(contact_hours=antibody_facts().contact_hours * 0),
            issued_by=educator,
        )
    assert any(p.startswith("contact_hours") for p in refused.value.problems)
    assert any(p.startswith("recipient_name") for p in refused.value.problems)


def _client(user: Any) -> Client:
    client = Client()
    client.force_login(user)
    return client


def test_api_lists_certificates_for_educators_and_managers_only(
    issued: Any, org: Any, educator: Any, manager: Any, alice: Any, outsider: Any
) -> None:
    for user in (educator, manager):
        response = _client(user).get(f"/api/orgs/{org.pk}/certificates")
        assert response.status_code == 200
        [row] = response.json()
        assert row["id"] == str(issued.pk)
        assert row["verification_url"].endswith(f"/verify/{issued.pk}")
        assert row["recipient_name"] == "Alice Tech"
    assert _client(alice).get(f"/api/orgs/{org.pk}/certificates").status_code == 403
    assert _client(outsider).get(f"/api/orgs/{org.pk}/certificates").status_code == 404
    assert Client().get(f"/api/orgs/{org.pk}/certificates").status_code == 401
    assert _client(manager).get("/api/orgs/abc/certificates").status_code == 404


def test_api_revoke_records_who_and_why(
    issued: Any, manager: Any, alice: Any, outsider: Any
) -> None:
    url = f"/api/certificates/{issued.pk}/revoke"
    body = json.dumps({"reason": "Wrong session"})
    assert _client(outsider).post(url, body, content_type="application/json").status_code == 404
    assert _client(alice).post(url, body, content_type="application/json").status_code == 403
    response = _client(manager).post(url, body, content_type="application/json")
    assert response.status_code == 200
    assert response.json()["revoke_reason"] == "Wrong session"
    assert AuditEntry.objects.get(action="certificate.revoked").actor == manager
    assert Client().get(f"/verify/{issued.pk}.json").json()["status"] == "revoked"
    missing = "/api/certificates/not-a-uuid/revoke"
    assert _client(manager).post(missing, body, content_type="application/json").status_code == 404


def test_private_keys_are_encrypted_at_rest(issued: Any, org: Any, settings: Any) -> None:
    from cetrack.issuing.keystore import KeyUnreadable, decrypt_seed, signing_key
    from cetrack.issuing.models import OrganisationKey

    row = OrganisationKey.objects.get(organisation=org)
    seed = decrypt_seed(row.private_key_encrypted)
    assert len(seed) == 32 and seed.hex() not in row.private_key_encrypted
    assert signing_key(org).public_multibase == row.public_key_multibase
    settings.SECRET_KEY = "a different secret key entirely, 50 characters long!!"
    with pytest.raises(KeyUnreadable, match="cannot be decrypted"):
        decrypt_seed(row.private_key_encrypted)


def test_capture_verifies_a_certificate_this_cetrack_issued(issued: Any) -> None:
    from datetime import date

    from cetrack.core.capture.badges import NOT_VERIFIED, read_badge

    content = json.dumps(issued.credential).encode()
    [draft] = read_badge("certificate.json", content, today=date(2026, 12, 1)).drafts
    assert any("signature was verified" in note for note in draft.notes)
    assert NOT_VERIFIED not in draft.notes
    assert draft.fields["hours"].value == "1.5"
    assert draft.fields["participant_name"].value == "Alice Tech"
    changed = copy.deepcopy(issued.credential)
    changed["credentialSubject"]["creditsEarned"] = 9.0
    [forged] = read_badge("x.json", json.dumps(changed).encode(), today=date(2026, 12, 1)).drafts
    assert any("signature check failed" in note for note in forged.notes)
