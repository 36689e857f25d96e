# The one audit trail: who made each change (actor, role), through what (channel), and the
# organisation's changes beside the person's (orgs 0005 moves its AuditEntry rows here).

import django.db.models.deletion
import django.utils.timezone
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("orgs", "0004_binder_export"),
        ("records", "0003_issued_and_hidden_activities"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AddField(
            model_name="revision",
            name="actor",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to=settings.AUTH_USER_MODEL,
            ),
        ),
        migrations.AddField(
            model_name="revision",
            name="actor_role",
            field=models.CharField(blank=True, max_length=20),
        ),
        migrations.AddField(
            model_name="revision",
            name="channel",
            field=models.CharField(blank=True, max_length=20),
        ),
        migrations.AddField(
            model_name="revision",
            name="organisation",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to="orgs.organisation",
            ),
        ),
        migrations.AddField(
            model_name="revision",
            name="summary",
            field=models.CharField(blank=True, max_length=300),
        ),
        migrations.AlterField(
            model_name="revision",
            name="action",
            field=models.CharField(max_length=40),
        ),
        migrations.AlterField(
            model_name="revision",
            name="at",
            field=models.DateTimeField(default=django.utils.timezone.now),
        ),
        migrations.AlterField(
            model_name="revision",
            name="object_id",
            field=models.BigIntegerField(blank=True, null=True),
        ),
        migrations.AlterField(
            model_name="revision",
            name="object_type",
            field=models.CharField(max_length=40),
        ),
        migrations.AlterField(
            model_name="revision",
            name="owner",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.CASCADE,
                related_name="+",
                to=settings.AUTH_USER_MODEL,
            ),
        ),
        migrations.AlterField(
            model_name="revision",
            name="snapshot",
            field=models.JSONField(blank=True, default=dict),
        ),
    ]
