"""Keep the team view in step with a member's records.

Every change to a person's records writes a Revision (records.services); the dashboard cache is
keyed by the latest one. Here the same event marks that person's compliance snapshots stale, in
the same transaction, so a rolled-back change leaves them as they were.
"""

from __future__ import annotations

from typing import Any

from django.db.models.signals import post_save
from django.dispatch import receiver
from django.utils import timezone

from cetrack.orgs.models import ComplianceSnapshot
from cetrack.records.models import Revision


@receiver(post_save, sender=Revision, dispatch_uid="orgs-snapshot-stale")
def _records_changed(sender: Any, instance: Revision, created: bool, **kwargs: Any) -> None:
    if created:
        # refreshed_at moves too: the team matrices built from these snapshots are retired.
        ComplianceSnapshot.objects.filter(owner_id=instance.owner_id).update(
            version="", refreshed_at=timezone.now()
        )
