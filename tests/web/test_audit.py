"""The one audit trail (issue 15, point 4): every change says who made it (the owner, an
educator or manager, an administrator, the system), when, what, and from where (web, API,
import, job); the owner reads it on their history page, a site administrator in the admin;
an organisation's changes are in the same table; a deleted record keeps its history."""

from __future__ import annotations

import re
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from cetrack.jobs import queue
from cetrack.jobs.models import Job
from cetrack.orgs.models import AuditEntry
from cetrack.records import audit, services
from cetrack.records.models import Activity, Revision
from tests.inservice.conftest import make_session
from tests.web.conftest import make_activity
from tests.web.orgs.conftest import Lab, lab  # noqa: F401  (fixture)
from tests.web.test_api import ENTRY, send, token_client

LEDGER = b"""
format = 1

[person]
name = "Alice Tech"

[[activity]]
id = "imported-safety"
title = "Laboratory safety refresher"
completed_on = 2025-02-01
hours = 1
topics = ["safety"]
accreditation = "pace"
"""


def rows(page: str) -> list[str]:
    """The history table's rows as 'when | what | who | from' text."""
    body = page.split("<h2>Every change</h2>", 1)[1]
    found = []
    for row in re.findall(r"<tr><td.*?</tr>", body, re.S):
        cells = [re.sub(r"<[^>]+>", "", c).strip() for c in re.findall(r"<td[^>]*>(.*?)</td>", row)]
        found.append(" | ".join(cells[1:]))
    return found


def test_the_owners_changes_say_you_and_where_they_came_from(
    alice: Any, alice_client: Client
) -> None:
    coag = make_activity(alice, title="Coagulation update")  # the command line / a script
    assert alice_client.post(f"/activities/{coag.pk}/delete/").status_code in (200, 302)
    created = send(token_client(alice), "post", "/api/activities", ENTRY)
    assert created.status_code == 201, created.content
    imported = alice_client.post(
        "/import/",
        {"ledger": SimpleUploadedFile("mine.toml", LEDGER), "mode": "add"},
        format="multipart",
    )
    assert imported.status_code == 302
    history = rows(alice_client.get("/history/").content.decode())
    assert history[:5] == [
        "Activity “Laboratory safety refresher” imported | you | import",
        "Activity “Blood bank antibody workup” added | you | API",
        "API token “tests” added | the system | command line",
        "Activity “Coagulation update” deleted | you | web",
        "Activity “Coagulation update” added | the system | command line",
    ]


def test_a_deleted_activity_keeps_its_history(alice: Any, alice_client: Client) -> None:
    coag = make_activity(alice, title="Coagulation update")
    with audit.acting("web", actor=alice):
        entry = {"title": "Coagulation update II", "completed_on": "2025-03-02", "hours": 2}
        assert services.save_activity(alice, entry, coag).ok
        services.delete_activity(alice, Activity.objects.get(pk=coag.pk))
    page = alice_client.get("/history/").content.decode()
    assert "Coagulation update II" in page.split("<h2>Deleted activities</h2>", 1)[1]
    kept = Revision.objects.filter(owner=alice, object_type="activity", object_id=coag.pk)
    assert list(kept.values_list("action", flat=True)) == ["deleted", "updated", "created"]


def test_an_educators_certificate_shows_in_the_members_history(lab: Lab) -> None:  # noqa: F811
    session = make_session(lab)
    tess = lab.client("member")
    tess.post("/inservice/checkin/", {"code": session.checkin_code})
    educator = lab.client("educator")
    done = educator.post(f"/orgs/{lab.org.pk}/inservice/{session.pk}/issue/", follow=True)
    assert "1 certificate issued" in done.content.decode()
    history = rows(tess.get("/history/").content.decode())
    assert (
        "Activity “Antibody identification” issued by an organisation | Ed Educator (educator) | web"
        in history
    )
    row = Revision.objects.get(owner=lab.users["member"], action="issued")
    assert (row.actor, row.actor_role, row.channel) == (lab.users["educator"], "educator", "web")


@queue.job("tests.audit-note")
def _note_job(owner_id: int, pk: int) -> dict[str, Any]:
    from cetrack.accounts.models import User

    owner = User.objects.get(pk=owner_id)
    services.hide_activity(owner, Activity.objects.get(pk=pk))
    return {}


def test_a_change_made_by_a_job_is_the_systems(alice: Any, alice_client: Client) -> None:
    coag = make_activity(alice, title="Coagulation update")
    with audit.acting("web", actor=alice):  # a job asked for during a request still is the job's
        row = Job.objects.create(
            key="tests.audit-note:1",
            kind="tests.audit-note",
            arguments={"owner_id": alice.pk, "pk": coag.pk},
        )
        assert queue.run_job(row.pk) == "done"
    history = rows(alice_client.get("/history/").content.decode())
    assert history[0] == (
        "Activity “Coagulation update” hidden (no longer counted) | the system | background job"
    )


def test_organisation_changes_are_in_the_same_trail(lab: Lab) -> None:  # noqa: F811
    member = lab.memberships["member"]
    lab.client("admin").post(
        f"/orgs/{lab.org.pk}/members/{member.pk}/edit/",
        {f"m{member.pk}-role": "educator", f"m{member.pk}-site": lab.denver.pk},
    )
    entry = AuditEntry.objects.get(action="member.changed")
    row = Revision.objects.get(pk=entry.pk)  # one table
    assert (row.organisation, row.actor, row.actor_role, row.channel) == (
        lab.org,
        lab.users["admin"],
        "admin",
        "web",
    )
    assert entry.detail == row.snapshot
    page = lab.client("admin").get(f"/orgs/{lab.org.pk}/history/").content.decode()
    assert (
        "Ada Admin (organisation administrator)" in page
        and '<td data-label="From">web</td>' in page
    )
    # the organisation's rows are not anyone's personal history
    assert not Revision.objects.filter(owner=lab.users["member"], action="member.changed").exists()


def test_site_administrators_read_the_trail_and_cannot_change_it(
    alice: Any, admin_user: Any
) -> None:
    make_activity(alice, title="Coagulation update")
    admin = Client()
    admin.force_login(admin_user)
    page = admin.get("/admin/records/revision/")
    assert page.status_code == 200
    assert "Activity “Coagulation update” added" in page.content.decode()
    row = Revision.objects.get(owner=alice)
    assert (
        admin.post(f"/admin/records/revision/{row.pk}/delete/", {"post": "yes"}).status_code == 403
    )
    assert Revision.objects.filter(pk=row.pk).exists()
    assert admin.get("/admin/records/revision/add/").status_code == 403


@pytest.mark.django_db(transaction=True)
def test_existing_organisation_entries_move_into_the_trail() -> None:
    from django.db import connection
    from django.db.migrations.executor import MigrationExecutor

    before = [
        ("accounts", "0002_remove_reserved_organisation"),
        ("orgs", "0004_binder_export"),
        ("records", "0003_issued_and_hidden_activities"),
    ]
    executor = MigrationExecutor(connection)
    executor.migrate(before)
    old = executor.loader.project_state(before).apps
    user = old.get_model("accounts", "User").objects.create(email="ada@lab.example", name="Ada")
    org = old.get_model("orgs", "Organisation").objects.create(name="Lab", slug="lab")
    old.get_model("orgs", "Membership").objects.create(user=user, organisation=org, role="admin")
    entry = old.get_model("orgs", "AuditEntry").objects.create(
        organisation=org,
        actor=user,
        action="site.saved",
        summary="Added site Tampa",
        detail={"site": 3},
    )
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(executor.loader.graph.leaf_nodes())
    moved = AuditEntry.objects.get()
    assert (moved.summary, moved.detail, moved.at) == ("Added site Tampa", {"site": 3}, entry.at)
    assert (moved.actor_id, moved.actor_role, moved.organisation_id) == (user.pk, "admin", org.pk)
    assert moved.object_type == "site" and moved.owner_id is None
