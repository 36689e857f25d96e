# An organisation's audit entries join the one audit trail (records.Revision): every row is
# copied with its time, actor, action, summary and detail; AuditEntry becomes a proxy of it.

from typing import Any

from django.db import migrations

_ROLES = ("admin", "manager", "educator", "member")


def copy_entries(apps: Any, schema_editor: Any) -> None:
    AuditEntry = apps.get_model("orgs", "AuditEntry")
    Membership = apps.get_model("orgs", "Membership")
    Revision = apps.get_model("records", "Revision")
    roles: dict[tuple[int, int], str] = {}
    for user_id, org_id, role in Membership.objects.values_list(
        "user_id", "organisation_id", "role"
    ):
        held = roles.setdefault((user_id, org_id), role)
        if _ROLES.index(role) < _ROLES.index(held):
            roles[(user_id, org_id)] = role
    batch = []
    for entry in AuditEntry.objects.order_by("id").iterator():
        batch.append(
            Revision(
                owner_id=None,
                object_type=entry.action.split(".", 1)[0][:40],
                object_id=None,
                action=entry.action,
                snapshot=entry.detail or {},
                summary=entry.summary,
                at=entry.at,
                actor_id=entry.actor_id,
                actor_role=roles.get((entry.actor_id, entry.organisation_id), "")
                if entry.actor_id
                else "system",
                channel="",  # not recorded before the trail
                organisation_id=entry.organisation_id,
            )
        )
        if len(batch) >= 1000:
            Revision.objects.bulk_create(batch)
            batch = []
    Revision.objects.bulk_create(batch)


class Migration(migrations.Migration):
    dependencies = [
        ("orgs", "0004_binder_export"),
        ("records", "0004_audit_trail"),
    ]

    operations = [
        migrations.RunPython(copy_entries, migrations.RunPython.noop),
        migrations.DeleteModel(name="AuditEntry"),
        migrations.CreateModel(
            name="AuditEntry",
            fields=[],
            options={"ordering": ["-at", "-id"], "proxy": True, "indexes": [], "constraints": []},
            bases=("records.revision",),
        ),
    ]
