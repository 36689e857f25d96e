"""Snapshots gain `valid_through`; figures become nullable (None: the engine gives none).

Snapshots are derived data: existing rows get an already past `valid_through`, so they are
recomputed on the next read.
"""

import datetime

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("orgs", "0002_copy_reserved_accounts_rows"),
    ]

    operations = [
        migrations.AddField(
            model_name="compliancesnapshot",
            name="valid_through",
            field=models.DateField(default=datetime.date(1970, 1, 1)),
            preserve_default=False,
        ),
        migrations.AlterField(
            model_name="compliancesnapshot",
            name="counted",
            field=models.IntegerField(blank=True, null=True),
        ),
        migrations.AlterField(
            model_name="compliancesnapshot",
            name="required",
            field=models.IntegerField(blank=True, null=True),
        ),
        migrations.AlterField(
            model_name="compliancesnapshot",
            name="missing",
            field=models.IntegerField(blank=True, null=True),
        ),
        migrations.AlterField(
            model_name="compliancesnapshot",
            name="version",
            field=models.CharField(blank=True, max_length=60),
        ),
    ]
