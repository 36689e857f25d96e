"""Secrets stored as hashes, and account changes in the audit trail (issue 15, points 3-4):
API tokens and the calendar feed keep only a SHA-256 (a feed subscribed before the change
still works); creating or revoking them, changing the password or an e-mail address are in
the owner's history, with who and from where."""

from __future__ import annotations

import hashlib
from typing import Any

import pytest
from django.test import Client

from cetrack.accounts.models import ApiToken
from tests.web.test_audit import rows


def test_token_and_calendar_changes_are_in_the_history(alice: Any, alice_client: Client) -> None:
    page = alice_client.post("/settings/tokens/", {"name": "backup script"}, follow=True)
    shown = page.content.decode().split('<code id="new-token">', 1)[1].split("<", 1)[0]
    token = ApiToken.objects.get(owner=alice)
    assert token.digest == hashlib.sha256(shown.encode()).hexdigest() and shown not in token.digest
    assert shown not in alice_client.get("/settings/").content.decode()  # shown once
    alice_client.post(f"/settings/tokens/{token.pk}/revoke/")
    for action in ("rotate", "rotate", "revoke"):
        alice_client.post("/settings/calendar/", {"action": action})
    history = rows(alice_client.get("/history/").content.decode())
    assert history == [
        "Calendar feed switched off | you | web",
        "Calendar feed address replaced | you | web",
        "Calendar feed switched on | you | web",
        "API token “backup script” revoked | you | web",
        "API token “backup script” added | you | web",
    ]


def test_password_and_e_mail_changes_are_in_the_history(alice: Any) -> None:
    client = Client()
    client.post("/accounts/login/", {"login": alice.email, "password": "alice-password-1"})
    changed = client.post(
        "/accounts/password/change/",
        {
            "oldpassword": "alice-password-1",
            "password1": "a-new-long-pass-phrase",
            "password2": "a-new-long-pass-phrase",
        },
    )
    assert changed.status_code == 302
    client.post("/accounts/email/", {"action_add": "", "email": "alice.tech@example.org"})
    history = rows(client.get("/history/").content.decode())
    assert history[:2] == [
        "E-mail address added: alice.tech@example.org | you | web",
        "Password changed | you | web",
    ]
    assert "a-new-long-pass-phrase" not in str(history)


@pytest.mark.django_db(transaction=True)
def test_calendar_secrets_made_before_hashing_keep_working() -> None:
    from django.db import connection
    from django.db.migrations.executor import MigrationExecutor

    before = [("accounts", "0002_remove_reserved_organisation")]
    executor = MigrationExecutor(connection)
    executor.migrate(before)
    old = executor.loader.project_state(before).apps
    old.get_model("accounts", "User").objects.create(
        email="subscriber@example.org", calendar_token="an-old-secret-in-clear"
    )
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(executor.loader.graph.leaf_nodes())
    from cetrack.accounts.models import User

    user = User.objects.get(email="subscriber@example.org")
    assert user.calendar_token_hash == hashlib.sha256(b"an-old-secret-in-clear").hexdigest()
    assert Client().get("/calendar/an-old-secret-in-clear.ics").status_code == 200
    assert Client().get("/calendar/an-old-secret.ics").status_code == 404


def test_plan_items_and_capture_decisions_are_in_the_history(
    alice: Any, alice_client: Client
) -> None:
    from cetrack.capture.models import Draft
    from cetrack.planning.models import PlannedItem
    from tests.capture.samples import certificate_pdf
    from tests.web.test_capture import upload

    assert alice_client.post("/plan/items/add/", {"item": "fl-03"}).status_code == 302
    planned = PlannedItem.objects.get(owner=alice)
    alice_client.post(f"/plan/items/{planned.pk}/drop/")
    alice_client.post(f"/plan/items/{planned.pk}/undo/")
    upload(alice_client, ("antibody.pdf", certificate_pdf()))
    draft = Draft.objects.get(owner=alice)
    alice_client.post(f"/capture/drafts/{draft.pk}/discard/")
    alice_client.post(f"/capture/drafts/{draft.pk}/undo/")
    history = rows(alice_client.get("/history/").content.decode())
    title = draft.fields["title"]["value"]
    assert history == [
        f"Imported certificate “{title}” back to review | you | web",
        f"Imported certificate “{title}” discarded | you | web",
        f"Planned item “{planned.title}” back to planned | you | web",
        f"Planned item “{planned.title}” dropped | you | web",
        f"Planned item “{planned.title}” added | you | web",
    ]
