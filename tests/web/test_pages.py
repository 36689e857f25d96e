"""The technician's pages: who may see what, forms that refuse bad input cleanly, uploads
judged by content, and deletes that can always be undone."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from django.core import mail
from django.test import Client

from cetrack.records import services
from cetrack.records.models import Activity, Blob, Certificate, Credential, Revision
from tests.web.conftest import make_activity, make_credential, pdf_bytes, png_bytes
from tests.web.test_smoke import text_of

GOOD_ACTIVITY = {
    "title": "Platelet function testing",
    "provider": "LabCE",
    "completed_on": "2025-05-10",
    "amount_value": "1.5",
    "amount_unit": "hours",
    "kind": "course",
    "topics": ["hematology"],
    "accreditation": "pace",
}


def owner_urls(records: dict[str, Any]) -> list[str]:
    credential, activity = records["credential"].pk, records["coag"].pk
    return [
        f"/credentials/{credential}/",
        f"/credentials/{credential}/edit/",
        f"/activities/{activity}/",
        f"/activities/{activity}/edit/",
        f"/certificates/{records['certificate'].pk}/",
    ]


def test_every_page_asks_an_anonymous_visitor_to_log_in(alice_records: Any) -> None:
    client = Client()
    landing = client.get("/")  # the front door says what cetrack is, and how to start
    assert landing.status_code == 200 and b"Sign up" in landing.content
    for url in ["/activities/", "/activities/add/", "/credentials/add/", "/settings/"]:
        response = client.get(url)
        assert response.status_code == 302 and "/accounts/login/" in response["Location"], url
    for url in owner_urls(alice_records):
        assert client.get(url).status_code == 302, url


def test_another_user_cannot_see_or_change_alices_records(
    alice_records: Any, bob_client: Client
) -> None:
    for url in owner_urls(alice_records):
        assert bob_client.get(url).status_code == 404, url
    coag = alice_records["coag"]
    for url in [
        f"/activities/{coag.pk}/delete/",
        f"/activities/{coag.pk}/restore/",
        f"/activities/{coag.pk}/edit/",
        f"/activities/{coag.pk}/certificates/",
        f"/credentials/{alice_records['credential'].pk}/delete/",
        f"/certificates/{alice_records['certificate'].pk}/remove/",
    ]:
        assert bob_client.post(url, {"title": "hijack"}).status_code == 404, url
    coag.refresh_from_db()
    assert coag.deleted_at is None and coag.title == "Coagulation update"
    assert "Coagulation update" not in text_of(bob_client.get("/activities/"))
    assert bob_client.get("/activities/not-a-number/").status_code == 404


def test_adding_a_credential_from_the_rule_library(alice_client: Client, alice: Any) -> None:
    page = alice_client.get("/credentials/add/").content.decode()
    assert 'value="ascp/MLS"' in page and 'value="fl/technologist"' in page
    response = alice_client.post(
        "/credentials/add/", {"rules": "ascp/MLS", "cycle_end": "2027-06-30", "status": "active"}
    )
    credential = Credential.objects.get(owner=alice)
    assert response.status_code == 302 and response["Location"] == f"/credentials/{credential.pk}/"
    page = text_of(alice_client.get(response["Location"]))
    assert "0 / 36 points" in page and "36 missing" in page
    assert "Declaration window" in page


def test_a_credential_the_rules_cannot_place_is_refused_beside_its_field(
    alice_client: Client, alice: Any
) -> None:
    response = alice_client.post("/credentials/add/", {"rules": "ascp/MLS", "status": "active"})
    assert response.status_code == 200
    assert response.context["form"].errors, "a cycle end or certification date is needed"
    response = alice_client.post("/credentials/add/", {"rules": "xx/unknown", "status": "active"})
    assert "rules" in response.context["form"].errors
    assert not Credential.objects.filter(owner=alice).exists()


def test_an_activity_with_its_certificate_counts_on_the_dashboard(
    alice_client: Client, alice: Any
) -> None:
    make_credential(alice, id="mls")
    before = text_of(alice_client.get("/"))
    assert "0 / 36 points" in before
    upload = pdf_bytes("Platelet function testing")
    from django.core.files.uploadedfile import SimpleUploadedFile

    response = alice_client.post(
        "/activities/add/",
        {**GOOD_ACTIVITY, "certificate": SimpleUploadedFile("platelets.pdf", upload)},
    )
    activity = Activity.objects.get(owner=alice)
    assert response.status_code == 302 and response["Location"] == f"/activities/{activity.pk}/"
    assert "1.5 / 36 points" in text_of(alice_client.get("/"))
    detail = text_of(alice_client.get(response["Location"]))
    assert "counts 1.5 points toward Hematology" in detail
    assert "1.5 hours" in detail
    certificate = Certificate.objects.get(activity=activity)
    served = alice_client.get(f"/certificates/{certificate.pk}/")
    assert served["Content-Type"] == "application/pdf"
    assert b"".join(served.streaming_content) == upload


@pytest.mark.parametrize(
    ("change", "field", "message"),
    [
        ({"title": ""}, "title", "required"),
        ({"amount_value": "1.555"}, "amount_value", "decimal"),
        ({"amount_value": "900"}, "amount_value", "not plausible"),
        ({"completed_on": "2025-02-30"}, "completed_on", "valid date"),
        ({"start": "2025-06-01"}, "completed_on", "before"),
        ({"amount_unit": "furlongs"}, "amount_unit", "valid choice"),
        ({"topics": ["astrology"]}, "topics", "valid choice"),
        ({"break_minutes": "30"}, "break_minutes", "minutes"),
    ],
)
def test_bad_activity_input_is_explained_beside_the_field_and_nothing_is_saved(
    alice_client: Client, alice: Any, change: dict[str, Any], field: str, message: str
) -> None:
    response = alice_client.post("/activities/add/", {**GOOD_ACTIVITY, **change})
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert field in errors, errors
    assert message in " ".join(errors[field]).lower(), errors[field]
    assert not Activity.objects.filter(owner=alice).exists()


def test_a_disguised_upload_is_refused_and_the_activity_is_not_half_saved(
    alice_client: Client, alice: Any
) -> None:
    from django.core.files.uploadedfile import SimpleUploadedFile

    fake = SimpleUploadedFile("certificate.pdf", b"<html><script>alert(1)</script></html>")
    response = alice_client.post("/activities/add/", {**GOOD_ACTIVITY, "certificate": fake})
    assert response.status_code == 200
    assert "not a PDF, PNG or JPEG file" in response.content.decode()
    assert not Activity.objects.filter(owner=alice).exists()
    assert not Blob.objects.exists()


def test_an_oversized_upload_is_refused(
    alice_client: Client, alice_records: Any, settings: Any
) -> None:
    settings.MAX_UPLOAD_BYTES = 1024
    from django.core.files.uploadedfile import SimpleUploadedFile

    big = SimpleUploadedFile("scan.pdf", b"%PDF-1.4\n" + b"0" * 5000)
    url = f"/activities/{alice_records['coag'].pk}/certificates/"
    response = alice_client.post(url, {"certificate": big}, follow=True)
    assert "is 4.9 KB, over the 1 KB limit" in text_of(response)
    assert Certificate.objects.count() == 1


def test_the_same_file_is_stored_once_under_its_sha256(alice: Any, bob: Any) -> None:
    from cetrack.records import evidence, services

    content = png_bytes()
    first = make_activity(alice, id="one")
    second = make_activity(bob, id="two")
    a = services.attach_certificate(alice, first, "scan.png", content).saved
    b = services.attach_certificate(bob, second, "photo.PNG", content).saved
    assert a.blob_id == b.blob_id and Blob.objects.count() == 1
    assert evidence.blob_path(a.blob_id).read_bytes() == content
    assert (a.original_name, b.original_name) == ("scan.png", "photo.PNG")


def test_deleting_an_activity_hides_it_and_undo_brings_it_back(
    alice_client: Client, alice_records: Any
) -> None:
    coag = alice_records["coag"]
    response = alice_client.post(f"/activities/{coag.pk}/delete/")
    assert response.status_code == 302
    listing = text_of(alice_client.get("/activities/"))
    assert "Deleted “Coagulation update”" in listing and "Undo" in listing
    assert "1 / 36 points" in text_of(alice_client.get("/"))
    alice_client.post(f"/activities/{coag.pk}/restore/")
    assert "3 / 36 points" in text_of(alice_client.get("/"))
    actions = list(
        Revision.objects.filter(object_type="activity", object_id=coag.pk)
        .order_by("id")
        .values_list("action", flat=True)
    )
    assert actions == ["created", "deleted", "restored"]


def test_htmx_delete_swaps_the_row_for_an_undo_button(
    alice_client: Client, alice_records: Any
) -> None:
    coag = alice_records["coag"]
    response = alice_client.post(f"/activities/{coag.pk}/delete/", HTTP_HX_REQUEST="true")
    assert response.status_code == 200
    assert f"/activities/{coag.pk}/restore/" in response.content.decode()


def test_editing_keeps_history_and_the_id(alice_client: Client, alice_records: Any) -> None:
    coag = alice_records["coag"]
    response = alice_client.post(
        f"/activities/{coag.pk}/edit/", {**GOOD_ACTIVITY, "title": "Coagulation update II"}
    )
    assert response.status_code == 302
    coag.refresh_from_db()
    assert coag.title == "Coagulation update II" and coag.ledger_id == "coag"
    assert Revision.objects.filter(object_id=coag.pk, action="updated").exists()


def test_activity_filters(alice_client: Client, alice: Any, alice_records: Any) -> None:
    credential = alice_records["credential"]
    make_activity(alice, id="old", title="Old course", completed_on=date(2020, 1, 5))

    def titles(query: str) -> str:
        return text_of(alice_client.get(f"/activities/?{query}"))

    assert "Old course" in titles("")
    counted = titles(f"credential={credential.pk}")
    assert "Coagulation update" in counted and "Old course" not in counted
    safety = titles("area=safety")
    assert "Biosafety refresher" in safety and "Coagulation update" not in safety
    cycle = titles("cycle=2024-07-01:2027-06-30")
    assert "Old course" not in cycle and "Coagulation update" in cycle
    documented = make_activity(
        alice,
        id="documented",
        title="Documented course",
        provider="ASCLS",
        participant_name="Alice Tech",
    )
    services.attach_certificate(alice, documented, "documented.pdf", pdf_bytes())
    missing = titles("missing=1")
    assert "Biosafety refresher" in missing and "Documented course" not in missing
    assert "must look like" in titles("cycle=garbage")
    assert "not one of yours" in titles("credential=999999")


def test_activity_list_says_why_something_does_not_count(
    alice_client: Client, alice: Any, alice_records: Any
) -> None:
    make_activity(alice, id="staff", title="Monthly staff meeting", kind="staff-meeting")
    page = text_of(alice_client.get("/activities/"))
    assert "Monthly staff meeting" in page
    assert "does not count" in page


def test_the_next_deadline_banner_and_unverified_rules(alice: Any, alice_client: Client) -> None:
    make_credential(alice, id="mls")
    make_credential(alice, id="nd", rules="nd/CLS", cycle_end=None)
    page = text_of(alice_client.get("/"))
    assert "Next deadline: Medical Laboratory Scientist, MLS(ASCP) on 30 Jun 2027" in page
    assert "not every figure here is confirmed on the rule-maker’s own page" in page.lower()


def test_settings_tokens_and_calendar_feed(alice_client: Client, alice: Any) -> None:
    response = alice_client.post("/settings/tokens/", {"name": "backup script"}, follow=True)
    page = response.content.decode()
    assert "backup script" in page and "cet_" in page
    token = alice.api_tokens.get()
    alice_client.post(f"/settings/tokens/{token.pk}/revoke/")
    token.refresh_from_db()
    assert token.revoked_at is not None
    alice_client.post("/settings/calendar/", {"action": "rotate"})
    alice.refresh_from_db()
    first = alice.calendar_token_hash
    assert len(first) == 64
    alice_client.post("/settings/calendar/", {"action": "rotate"})
    alice.refresh_from_db()
    assert alice.calendar_token_hash != first
    alice_client.post("/settings/calendar/", {"action": "revoke"})
    alice.refresh_from_db()
    assert not alice.calendar_feed_on


def test_sign_up_log_in_and_reset_a_password(db: Any) -> None:
    client = Client()
    response = client.post(
        "/accounts/signup/",
        {
            "name": "  Dana   Whitfield ",
            "email": "New.Tech@Example.org",
            "password1": "a-long-pass-phrase",
            "password2": "a-long-pass-phrase",
        },
    )
    # First run: straight on to picking credentials by name.
    assert response.status_code == 302 and response["Location"] == "/credentials/add/?welcome=1"
    from cetrack.accounts.models import User

    assert User.objects.get(email="new.tech@example.org").name == "Dana Whitfield"
    assert "Dana Whitfield" in text_of(client.get("/"))
    client.post("/accounts/logout/")
    assert b"Sign up" in client.get("/").content  # the landing page again
    assert client.get("/activities/").status_code == 302
    client.post("/accounts/password/reset/", {"email": "new.tech@example.org"})
    assert "password reset" in mail.outbox[-1].subject.lower()
    assert "new.tech@example.org" in mail.outbox[-1].to


def test_repeated_failed_logins_are_rate_limited(alice: Any) -> None:
    client = Client()
    for _ in range(6):
        response = client.post(
            "/accounts/login/", {"login": "alice@example.org", "password": "wrong"}
        )
    assert response.status_code in (200, 429)
    assert "too many" in response.content.decode().lower()


def test_production_settings_hash_passwords_with_argon2() -> None:
    from cetrack.web import settings as production

    assert production.PASSWORD_HASHERS[0].endswith("Argon2PasswordHasher")
