# Calendar-feed secrets are kept as their SHA-256, like API tokens: every existing secret is
# hashed here, so every calendar already subscribed keeps working.

import hashlib
from typing import Any

from django.db import migrations, models


def hash_secrets(apps: Any, schema_editor: Any) -> None:
    User = apps.get_model("accounts", "User")
    for pk, token in User.objects.exclude(calendar_token="").values_list("pk", "calendar_token"):
        digest = hashlib.sha256(token.encode()).hexdigest()
        User.objects.filter(pk=pk).update(calendar_token_hash=digest)


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0002_remove_reserved_organisation"),
    ]

    operations = [
        migrations.AddField(
            model_name="user",
            name="calendar_token_hash",
            field=models.CharField(blank=True, db_index=True, max_length=64),
        ),
        migrations.RunPython(hash_secrets, migrations.RunPython.noop),
        migrations.RemoveField(model_name="user", name="calendar_token"),
    ]
