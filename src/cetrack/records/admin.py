"""The audit trail for site administrators: every change, read-only (/admin/records/revision/)."""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.http import HttpRequest

from cetrack.records.models import Revision


@admin.register(Revision)
class RevisionAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = ("at", "owner", "what", "who", "where", "organisation")
    list_filter = ("actor_role", "channel", "object_type")
    search_fields = ("owner__email", "actor__email", "summary", "action")
    list_select_related = ("owner", "actor", "organisation")
    date_hierarchy = "at"
    readonly_fields = tuple(f.name for f in Revision._meta.fields)

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False
