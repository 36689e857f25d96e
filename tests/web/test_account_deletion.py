"""Account deletion (issue 15, point 5): asked for with the password, the export offered first;
signed out everywhere, tokens and calendar off at once, an e-mail; logging in within the grace
period cancels it; after it, the job deletes everything the person owns — while the
certificates an organisation issued them stay verifiable with their name, and the only
administrator of an organisation cannot leave it without one."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.core import mail
from django.test import Client
from django.utils import timezone

from cetrack.accounts import deletion
from cetrack.accounts.jobs import purge_job
from cetrack.accounts.models import ApiToken, User
from cetrack.issuing.models import IssuedCredential
from cetrack.orgs.models import AuditEntry, Membership
from cetrack.records import evidence, services
from cetrack.records.models import Activity, Blob, Certificate, Revision
from tests.inservice.conftest import make_session
from tests.web.conftest import make_activity, make_credential, pdf_bytes
from tests.web.orgs.conftest import Lab, lab  # noqa: F401  (fixture)

PASSWORD = "alice-password-1"


def log_in(client: Client, email: str, password: str) -> Any:
    return client.post("/accounts/login/", {"login": email, "password": password})


def ask(client: Client, password: str = PASSWORD) -> Any:
    return client.post("/account/delete/", {"password": password, "confirm": "on"})


def test_the_page_offers_the_export_and_asks_for_the_password(alice: Any) -> None:
    client = Client()
    log_in(client, alice.email, PASSWORD)
    page = client.get("/account/delete/").content.decode()
    assert 'href="/account/export.zip"' in page and "Log in before then" in page
    wrong = ask(client, "not-my-password")
    assert wrong.status_code == 400 and "That is not your password." in wrong.content.decode()
    alice.refresh_from_db()
    assert alice.delete_after is None


def test_asking_signs_out_everywhere_and_switches_secrets_off(alice: Any) -> None:
    _, token = ApiToken.issue(alice, "script")
    feed = alice.rotate_calendar_token()
    laptop, phone = Client(), Client()
    log_in(laptop, alice.email, PASSWORD)
    log_in(phone, alice.email, PASSWORD)
    done = ask(laptop)
    assert done.status_code == 200 and "Your account will be deleted" in done.content.decode()
    alice.refresh_from_db()
    assert alice.delete_after - alice.deletion_requested_at == timedelta(days=14)
    assert laptop.get("/activities/").status_code == 302  # signed out
    assert phone.get("/activities/").status_code == 302  # every other browser too
    api = Client(headers={"Authorization": f"Bearer {token}"})
    assert api.get("/api/activities").status_code == 401
    assert Client().get(f"/calendar/{feed}.ics").status_code == 404
    (message,) = mail.outbox
    assert message.to == [alice.email] and "Log in before then" in message.body


def test_logging_in_during_the_grace_period_cancels(alice: Any) -> None:
    client = Client()
    log_in(client, alice.email, PASSWORD)
    ask(client)
    welcome = log_in(client, alice.email, PASSWORD)
    assert welcome.status_code == 302
    page = client.get("/settings/").content.decode()
    assert "your account will not be deleted" in page
    alice.refresh_from_db()
    assert alice.delete_after is None and alice.deleted_at is None
    assert deletion.purge_due(timezone.now() + timedelta(days=30)) == 0
    history = client.get("/history/").content.decode()
    assert "Account deletion cancelled" in history and "Account deletion asked for" in history


def test_after_the_grace_period_the_job_deletes_what_the_person_owns(
    alice: Any, bob: Any, settings: Any
) -> None:
    make_credential(alice, id="my-mls")
    coag = make_activity(alice, id="coag")
    mine = services.attach_certificate(alice, coag, "coag.pdf", pdf_bytes("Mine")).saved
    shared = services.attach_certificate(alice, coag, "same.pdf", pdf_bytes("Same")).saved
    bobs = make_activity(bob, id="bobs")
    services.attach_certificate(bob, bobs, "same.pdf", pdf_bytes("Same"))
    client = Client()
    log_in(client, alice.email, PASSWORD)
    ask(client)
    assert purge_job() == {"deleted": 0}  # not yet
    User.objects.filter(pk=alice.pk).update(delete_after=timezone.now() - timedelta(minutes=1))
    assert purge_job() == {"deleted": 1}

    gone = User.objects.get(pk=alice.pk)
    assert gone.deleted_at and not gone.is_active and gone.email.endswith("@deleted.invalid")
    assert not gone.has_usable_password()
    assert not Activity.objects.filter(owner=alice).exists()
    assert not Certificate.objects.filter(owner=alice).exists()
    assert not Revision.objects.filter(owner=alice).exists()
    assert not Blob.objects.filter(pk=mine.blob_id).exists()
    assert not evidence.blob_path(mine.blob_id).exists()
    assert evidence.read(Blob.objects.get(pk=shared.blob_id)) == pdf_bytes("Same")  # bob's too
    trail = Revision.objects.get(object_type="account", action="deleted")
    assert trail.owner is None and (trail.actor_role, trail.channel) == ("system", "job")
    # the address is free again, and the old password opens nothing
    assert log_in(Client(), "alice@example.org", PASSWORD).status_code == 200
    again = Client().post(
        "/accounts/signup/",
        {
            "name": "Alice Again",
            "email": "alice@example.org",
            "password1": "a-long-pass-phrase",
            "password2": "a-long-pass-phrase",
        },
    )
    assert again.status_code == 302 and User.objects.filter(email="alice@example.org").exists()


def test_an_organisations_certificates_stay_verifiable_with_the_name(lab: Lab) -> None:  # noqa: F811
    session = make_session(lab)
    tess = lab.users["member"]
    lab.client("member").post("/inservice/checkin/", {"code": session.checkin_code})
    lab.client("educator").post(f"/orgs/{lab.org.pk}/inservice/{session.pk}/issue/")
    issued = IssuedCredential.objects.get(recipient_user=tess)
    assert deletion.request_deletion(tess) == []
    User.objects.filter(pk=tess.pk).update(delete_after=timezone.now())
    assert deletion.purge_due() == 1

    verified = Client().get(f"/verify/{issued.pk}.json").json()
    assert verified["status"] == "valid" and verified["recipient_name"] == "Tess Tech"
    assert "Tess Tech" in Client().get(f"/verify/{issued.pk}").content.decode()
    membership = Membership.objects.get(user=tess, organisation=lab.org)
    assert membership.left_at is not None and membership.consent_at is None
    entry = AuditEntry.objects.get(action="member.deleted")
    assert entry.summary == "Tess Tech's account was deleted; their membership ended"
    assert entry.who == "the system"
    assert not Activity.objects.filter(owner=tess).exists()


def test_the_only_administrator_must_hand_over_first(lab: Lab) -> None:  # noqa: F811
    admin = lab.users["admin"]
    page = lab.client("admin").get("/account/delete/").content.decode()
    assert "You are the only administrator of Bayside Laboratory" in page
    assert deletion.request_deletion(admin) != []
    admin.refresh_from_db()
    assert admin.delete_after is None
