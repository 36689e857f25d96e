"""`{% inservice_panel %}` on the dashboard: notices about sessions (moved, cancelled,
corrected) and confirmations, in one query."""

from __future__ import annotations

from typing import Any

from django import template

from cetrack.inservice.models import Notice

register = template.Library()


@register.inclusion_tag("inservice/_dashboard.html", takes_context=True)
def inservice_panel(context: Any) -> dict[str, Any]:
    request = context["request"]
    notices = Notice.objects.filter(user=request.user, dismissed_at__isnull=True)
    return {
        "notices": list(notices.select_related("session")[:10]),
        "path": request.get_full_path(),
        "csrf_token": context.get("csrf_token"),
    }
