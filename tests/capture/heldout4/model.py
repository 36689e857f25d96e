"""The corpus item and the truth helper shared by the style modules."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

AMOUNT_KEYS = ("hours", "minutes", "ceu", "points", "semester_hours", "quarter_hours")
TEXT_KEYS = (
    "title",
    "participant_name",
    "provider",
    "accreditation",
    "course_number",
    "provider_number",
    "approval_number",
    "accrediting_agency_number",
    "license_number",
    "level",
    "delivery",
)
DATE_KEYS = ("completed_on", "start", "end")
ALLOWED_KEYS = frozenset((*AMOUNT_KEYS, *TEXT_KEYS, *DATE_KEYS))


@dataclass(frozen=True)
class Item:
    name: str
    kind: str  # "text" | "scan" | "photo"
    data: bytes
    truth: dict[str, Any] = field(default_factory=dict)
    style: str = ""  # kept out of the name on purpose; used only for the README counts


@dataclass(frozen=True)
class Cert:
    """A text certificate before it is named: its PDF, its truth and its style label."""

    pdf: bytes
    truth: dict[str, Any]
    style: str


def truth(**values: str | None) -> dict[str, Any]:
    """The truth dict without the keys the page does not state."""
    unknown = set(values) - ALLOWED_KEYS
    if unknown:
        raise ValueError(f"unknown truth keys {sorted(unknown)}")
    return {key: value for key, value in values.items() if value is not None}
