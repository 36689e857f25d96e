"""Template helpers for the funding pages: dollars as the planner writes them, status colours."""

from __future__ import annotations

from decimal import Decimal

from django import template

from cetrack.planning.presenters import money

register = template.Library()

STATUS_CLASS = {
    "requested": "unverified",
    "approved": "met",
    "paid": "met",
    "reimbursed": "met",
    "denied": "not_met",
    "cancelled": "not_applicable",
}


@register.filter
def dollars(value: Decimal | None) -> str:
    """ "$1,200", "$89.50"; "—" for no amount."""
    return money(value) if value is not None else "—"


@register.filter
def status_class(status: str) -> str:
    return STATUS_CLASS.get(status, "")
