"""Drop the reserved Organisation / Membership: cetrack.orgs holds them now (rows copied by
orgs.0002 before this runs)."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0001_initial"),
        ("orgs", "0002_copy_reserved_accounts_rows"),
    ]

    operations = [
        migrations.DeleteModel(name="Membership"),
        migrations.DeleteModel(name="Organisation"),
    ]
