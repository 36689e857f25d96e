"""Staff manage the site's catalogue entries here; each save is checked by the core's catalogue
reader (together with the rest of the site catalogue), and removing an entry hides it."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import admin, messages
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse

from cetrack.core.vocabulary import vocabulary
from cetrack.planning.catalogue import (
    LIST_FIELDS,
    check_row,
    field_of,
    last_built,
    remove_entries,
    restore_entries,
    row_of,
    site_catalogue,
)
from cetrack.planning.models import CatalogueEntry


def _split(text: str) -> list[str]:
    return [part.strip() for part in (text or "").split(";") if part.strip()]


class CatalogueEntryForm(forms.ModelForm):  # type: ignore[type-arg]
    topics = forms.CharField(required=False, help_text="Topic ids separated by ';'.")
    includes = forms.CharField(required=False, help_text="Ids this item unlocks, ';'-separated.")
    approvals = forms.CharField(required=False, help_text="Board ids such as fl, ';'-separated.")
    leads_to = forms.CharField(required=False, help_text="Credential ids such as ascp/SBB.")

    class Meta:
        model = CatalogueEntry
        exclude = ("deleted_at",)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            for name in LIST_FIELDS:
                value = getattr(self.instance, name)
                if isinstance(value, list):
                    self.initial[name] = "; ".join(str(v) for v in value)

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        for name in LIST_FIELDS:
            data[name] = _split(data.get(name) or "")
        if self.errors:
            return data
        replaces = self.instance.item_id if self.instance.pk else None
        for problem in check_row(row_of(data), replaces=replaces):
            field = field_of(problem.key)
            self.add_error(field if field in self.fields else None, problem.message)
        if not self.errors and data.get("accreditation"):
            data["accreditation"] = vocabulary().accreditation_id(data["accreditation"])
        return data


class LiveFilter(admin.SimpleListFilter):
    title = "in the catalogue"
    parameter_name = "live"

    def lookups(self, request: Any, model_admin: Any) -> list[tuple[str, str]]:
        return [("yes", "Yes"), ("removed", "Removed")]

    def queryset(self, request: Any, queryset: QuerySet[Any]) -> QuerySet[Any]:
        if self.value() == "yes":
            return queryset.filter(deleted_at__isnull=True)
        if self.value() == "removed":
            return queryset.filter(deleted_at__isnull=False)
        return queryset


@admin.register(CatalogueEntry)
class CatalogueEntryAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    form = CatalogueEntryForm
    list_display = (
        "item_id",
        "title",
        "kind",
        "format",
        "price",
        "amount",
        "unit",
        "accreditation",
        "start",
        "synthetic",
        "live",
        "problem",
    )
    list_filter = (LiveFilter, "kind", "format", "accreditation", "synthetic", "employer_paid")
    search_fields = ("item_id", "title", "provider", "location", "notes")
    readonly_fields = ("problem", "created_at", "updated_at")
    actions = ("remove", "restore")
    list_per_page = 50

    def get_actions(self, request: HttpRequest) -> dict[str, Any]:
        found = super().get_actions(request)
        found.pop("delete_selected", None)  # entries are removed (hidden), never erased
        return found

    def changelist_view(
        self, request: HttpRequest, extra_context: dict[str, Any] | None = None
    ) -> HttpResponse:
        bad = site_catalogue().problems
        if bad:
            self.message_user(
                request,
                f"{len(bad)} entr{'y is' if len(bad) == 1 else 'ies are'} left out of the "
                "catalogue because of problems (see the Problem column).",
                messages.WARNING,
            )
        return super().changelist_view(request, extra_context)

    def change_view(
        self,
        request: HttpRequest,
        object_id: str,
        form_url: str = "",
        extra_context: dict[str, Any] | None = None,
    ) -> HttpResponse:
        site_catalogue()  # current problems for the "problem" field
        return super().change_view(request, object_id, form_url, extra_context)

    @admin.display(boolean=True, description="in catalogue")
    def live(self, obj: CatalogueEntry) -> bool:
        return obj.deleted_at is None

    @admin.display(description="problem")
    def problem(self, obj: CatalogueEntry) -> str:
        site = last_built()
        if site is None or obj.deleted_at is not None:
            return ""
        return "; ".join(p.message for p in site.problems.get(obj.item_id, ()))

    def delete_model(self, request: HttpRequest, obj: CatalogueEntry) -> None:
        remove_entries([obj])

    def delete_queryset(self, request: HttpRequest, queryset: QuerySet[CatalogueEntry]) -> None:
        remove_entries(queryset)

    @admin.action(description="Remove from the catalogue (kept in the table)")
    def remove(self, request: HttpRequest, queryset: QuerySet[CatalogueEntry]) -> None:
        count = remove_entries(queryset)
        self.message_user(request, f"Removed {count} entr{'y' if count == 1 else 'ies'}.")

    @admin.action(description="Restore to the catalogue")
    def restore(self, request: HttpRequest, queryset: QuerySet[CatalogueEntry]) -> None:
        count, refused = restore_entries(queryset)
        self.message_user(request, f"Restored {count} entr{'y' if count == 1 else 'ies'}.")
        if refused:
            self.message_user(
                request,
                f"Not restored, another live entry has the id: {', '.join(refused)}.",
                messages.WARNING,
            )
