"""The reminder settings on the Settings page."""

from __future__ import annotations

from typing import Any

from django import forms

from cetrack.reminders.models import Kind, ReminderSettings
from cetrack.reminders.schedule import LEAD_DAYS

OVERDUE_CHOICES = [(7, "Every week"), (14, "Every two weeks"), (0, "Never")]


class ReminderSettingsForm(forms.ModelForm):  # type: ignore[type-arg]
    enabled = forms.BooleanField(label="Send me reminder e-mails", required=False)
    deadline = forms.BooleanField(label=Kind.DEADLINE.label, required=False)
    lead_days = forms.TypedMultipleChoiceField(
        label="Days before a renewal deadline",
        choices=[(d, f"{d} days") for d in LEAD_DAYS],
        coerce=int,
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    declaration = forms.BooleanField(label=Kind.DECLARATION.label, required=False)
    overdue_every_days = forms.TypedChoiceField(
        label="While a renewal or a competency assessment is overdue, remind me",
        choices=OVERDUE_CHOICES,
        coerce=int,
    )
    competency = forms.BooleanField(label=Kind.COMPETENCY.label, required=False)
    drafts = forms.BooleanField(label=Kind.DRAFTS.label, required=False)
    digest = forms.BooleanField(
        label=Kind.DIGEST.label,
        required=False,
        help_text="For managers and administrators of an organisation.",
    )

    class Meta:
        model = ReminderSettings
        fields = (
            "enabled",
            "deadline",
            "lead_days",
            "declaration",
            "overdue_every_days",
            "competency",
            "drafts",
            "digest",
        )

    def clean_lead_days(self) -> list[int]:
        chosen: list[Any] = self.cleaned_data.get("lead_days") or []
        return sorted({int(d) for d in chosen}, reverse=True)

    def clean(self) -> dict[str, Any]:
        data: dict[str, Any] = super().clean() or {}
        if data.get("deadline") and not data.get("lead_days"):
            self.add_error("lead_days", "Choose at least one, or switch deadline reminders off.")
        return data


def settings_for(user: Any) -> ReminderSettings:
    """The person's settings row, or unsaved defaults."""
    found = ReminderSettings.objects.filter(user=user).first()
    return found or ReminderSettings(user=user)
