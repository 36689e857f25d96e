"""Template helpers for the reminder section of the Settings page."""

from __future__ import annotations

from typing import Any

from django import template

from cetrack.reminders.forms import ReminderSettingsForm, settings_for

register = template.Library()


@register.simple_tag
def reminder_settings_form(user: Any) -> ReminderSettingsForm:
    return ReminderSettingsForm(instance=settings_for(user))
