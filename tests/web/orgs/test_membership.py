"""Joining by invitation, consent, roles, leaving: what people see, and the audit trail."""

from __future__ import annotations

import re
from datetime import timedelta
from typing import Any

import pytest
from django.core import mail
from django.utils import timezone

from cetrack.orgs import services
from cetrack.orgs.models import AuditEntry, Invitation, Membership
from cetrack.records.models import Credential


@pytest.fixture
def invite(lab: Any, django_capture_on_commit_callbacks: Any) -> Any:
    """Invite by the admin's form; returns the token from the e-mail (sent once committed)."""

    def send(email: str, role: str = "member") -> str:
        with django_capture_on_commit_callbacks(execute=True):
            response = lab.client("admin").post(
                f"/orgs/{lab.org.pk}/invite/", {"email": email, "role": role, "site": lab.tampa.pk}
            )
        return _token(response, email)

    return send


def _token(response: Any, email: str) -> str:
    assert response.status_code == 302, response.content.decode()[:2000]
    (message,) = [m for m in mail.outbox if email in m.to]
    link = re.search(r"https?://\S+/orgs/join/(\S+)/", message.body)
    assert link, message.body
    return link.group(1)


def test_invitation_email_link_joins_once_with_consent(
    lab: Any, invite: Any, bob: Any, bob_client: Any
) -> None:
    token = invite("bob@example.org")
    assert "Bayside Laboratory" in mail.outbox[0].subject
    assert "private notes are never shared" in mail.outbox[0].body.lower()
    page = bob_client.get(f"/orgs/join/{token}/")
    assert page.status_code == 200
    text = page.content.decode()
    assert "Never shared: your private notes" in text and "Join Bayside Laboratory" in text

    refused = bob_client.post(f"/orgs/join/{token}/", {})
    assert refused.status_code == 200
    assert not Membership.objects.filter(user=bob, organisation=lab.org).exists()

    joined = bob_client.post(f"/orgs/join/{token}/", {"consent": "on"})
    assert joined.status_code == 302 and joined["Location"] == f"/orgs/{lab.org.pk}/"
    membership = Membership.objects.get(user=bob, organisation=lab.org, left_at__isnull=True)
    assert membership.role == "member" and membership.site == lab.tampa
    assert membership.consent_at is not None

    again = bob_client.get(f"/orgs/join/{token}/")
    assert again.status_code == 410 and "already been used" in again.content.decode()
    summaries = list(
        AuditEntry.objects.filter(organisation=lab.org).values_list("summary", flat=True)
    )
    assert "Bob Other joined as Member" in summaries
    assert "Invited bob@example.org as Member" in summaries


def test_expired_withdrawn_and_unknown_links(lab: Any, invite: Any, bob_client: Any) -> None:
    token = invite("bob@example.org")
    Invitation.objects.update(expires_at=timezone.now() - timedelta(minutes=1))
    assert "has expired" in bob_client.get(f"/orgs/join/{token}/").content.decode()
    assert bob_client.post(f"/orgs/join/{token}/", {"consent": "on"}).status_code == 410
    assert bob_client.get("/orgs/join/not-a-token/").status_code == 404

    second = invite("bob2@example.org")
    row = Invitation.objects.get(email="bob2@example.org")
    response = lab.client("admin").post(f"/orgs/{lab.org.pk}/invitations/{row.pk}/revoke/")
    assert response.status_code == 302
    assert "withdrawn" in bob_client.get(f"/orgs/join/{second}/").content.decode()


def test_a_person_in_two_organisations(lab: Any) -> None:
    services.create_organisation(lab.users["member"], "Night Lab", "lab", share=False)
    orgs = lab.client("member").get("/api/orgs").json()
    assert [(o["name"], o["role"], o["sharing"]) for o in orgs] == [
        ("Bayside Laboratory", "member", True),
        ("Night Lab", "admin", False),
    ]
    page = lab.client("member").get("/orgs/").content.decode()
    assert "Bayside Laboratory" in page and "Night Lab" in page


def test_leaving_keeps_every_record_and_ends_the_managers_view(lab: Any) -> None:
    member = lab.memberships["member"]
    url = f"/orgs/{lab.org.pk}/members/{member.pk}/"
    assert lab.client("manager").get(url).status_code == 200
    response = lab.client("member").post(f"/orgs/{lab.org.pk}/leave/")
    assert response.status_code == 302
    member.refresh_from_db()
    assert member.left_at is not None
    assert (
        Credential.objects.filter(owner=lab.users["member"], deleted_at__isnull=True).count() == 2
    )
    assert lab.client("manager").get(url).status_code == 404
    assert lab.client("member").get(f"/orgs/{lab.org.pk}/").status_code == 404
    matrix = lab.client("manager").get(f"/orgs/{lab.org.pk}/compliance/").content.decode()
    assert "Tess Tech" not in matrix
    assert AuditEntry.objects.filter(summary="Tess Tech left").exists()


def test_stopping_to_share_hides_the_member(lab: Any) -> None:
    lab.client("member").post(f"/orgs/{lab.org.pk}/consent/", {"share": "no"})
    page = lab.client("manager").get(f"/orgs/{lab.org.pk}/compliance/").content.decode()
    assert "Tess Tech" not in page and "1 member not sharing" in page
    member = lab.memberships["member"]
    assert lab.client("manager").get(f"/orgs/{lab.org.pk}/members/{member.pk}/").status_code == 404
    settings_page = lab.client("member").get("/settings/").content.decode()
    assert "Bayside Laboratory" in settings_page and "not sharing" in settings_page


def test_admin_changes_a_role_and_the_last_admin_stays(lab: Any) -> None:
    member = lab.memberships["member"]
    response = lab.client("admin").post(
        f"/orgs/{lab.org.pk}/members/{member.pk}/edit/",
        {f"m{member.pk}-role": "educator", f"m{member.pk}-site": lab.denver.pk},
    )
    assert response.status_code == 302
    member.refresh_from_db()
    assert (member.role, member.site) == ("educator", lab.denver)
    entry = AuditEntry.objects.filter(action="member.changed").get()
    assert entry.actor == lab.users["admin"]
    assert (
        entry.summary == "Tess Tech: role Member → Educator, site → Denver lab, department → none"
    )

    admin = lab.memberships["admin"]
    outcome = services.change_member(
        lab.users["admin"], admin, role="member", site=None, department=None
    )
    assert not outcome.ok and "needs an administrator" in outcome.problems[0][1]
    assert not services.end_membership(lab.users["admin"], admin).ok
    history = lab.client("admin").get(f"/orgs/{lab.org.pk}/history/").content.decode()
    assert "Tess Tech: role Member" in history and "Ada Admin" in history


def test_admin_adds_a_site_with_checks(lab: Any) -> None:
    client = lab.client("admin")
    bad = client.post(
        f"/orgs/{lab.org.pk}/settings/",
        {"form": "site", "name": "Miami", "state": "ZZ", "clia_number": "123"},
    )
    text = bad.content.decode()
    assert "is not a US state code" in text and "A CLIA number has 10 characters" in text
    good = client.post(
        f"/orgs/{lab.org.pk}/settings/",
        {"form": "site", "name": "Miami", "state": "fl", "clia_number": "10d0999999"},
    )
    assert good.status_code == 302
    site = lab.org.sites.get(name="Miami")
    assert (site.state, site.clia_number) == ("FL", "10D0999999")


def test_creating_an_organisation(bob: Any, bob_client: Any) -> None:
    response = bob_client.post("/orgs/new/", {"name": "Bob's Lab", "kind": "lab"})
    assert response.status_code == 302
    membership = Membership.objects.get(user=bob)
    assert membership.role == "admin" and membership.consent_at is None
    assert membership.organisation.slug == "bobs-lab"
