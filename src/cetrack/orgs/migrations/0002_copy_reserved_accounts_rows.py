"""Copy any rows of the reserved accounts.Organisation / accounts.Membership into orgs.

Those models were placeholders that no screen used; accounts.0002 drops them after this runs,
so an existing install keeps every organisation and membership it may hold.
"""

from typing import Any

from django.db import migrations
from django.utils.text import slugify

ROLES = {"member": "member", "manager": "manager", "admin": "admin"}


def copy_rows(apps: Any, schema_editor: Any) -> None:
    OldOrganisation = apps.get_model("accounts", "Organisation")
    OldMembership = apps.get_model("accounts", "Membership")
    Organisation = apps.get_model("orgs", "Organisation")
    Membership = apps.get_model("orgs", "Membership")
    taken = set(Organisation.objects.values_list("slug", flat=True))
    new_ids: dict[int, int] = {}
    for old in OldOrganisation.objects.order_by("id"):
        base = slugify(old.name)[:70] or "organisation"
        slug, number = base, 1
        while slug in taken:
            number += 1
            slug = f"{base}-{number}"
        taken.add(slug)
        row = Organisation.objects.create(name=old.name, slug=slug, kind="lab")
        Organisation.objects.filter(pk=row.pk).update(created_at=old.created_at)
        new_ids[old.pk] = row.pk
    for old in OldMembership.objects.order_by("id"):
        row = Membership.objects.create(
            user_id=old.user_id,
            organisation_id=new_ids[old.organisation_id],
            role=ROLES.get(old.role, "member"),
        )
        Membership.objects.filter(pk=row.pk).update(joined_at=old.created_at)


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0001_initial"),
        ("orgs", "0001_initial"),
    ]

    operations = [migrations.RunPython(copy_rows, migrations.RunPython.noop)]
