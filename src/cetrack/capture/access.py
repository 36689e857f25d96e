"""The one way to reach a user's uploads and drafts (404 for anyone else's)."""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet

from cetrack.capture.models import Batch, ColumnPreset, Draft, UploadedFile
from cetrack.records.access import get_owned


def batches_for(user: Any) -> QuerySet[Batch]:
    return Batch.objects.filter(owner=user)


def files_for(user: Any) -> QuerySet[UploadedFile]:
    return UploadedFile.objects.filter(owner=user)


def drafts_for(user: Any) -> QuerySet[Draft]:
    return Draft.objects.filter(owner=user).select_related("file")


def presets_for(user: Any) -> QuerySet[ColumnPreset]:
    return ColumnPreset.objects.filter(owner=user)


def get_batch_for_user(user: Any, pk: Any) -> Batch:
    return get_owned(batches_for(user), pk)  # type: ignore[no-any-return]


def get_file_for_user(user: Any, pk: Any) -> UploadedFile:
    return get_owned(files_for(user), pk)  # type: ignore[no-any-return]


def get_draft_for_user(user: Any, pk: Any) -> Draft:
    return get_owned(drafts_for(user), pk)  # type: ignore[no-any-return]


def get_preset_for_user(user: Any, pk: Any) -> ColumnPreset:
    return get_owned(presets_for(user), pk)  # type: ignore[no-any-return]
