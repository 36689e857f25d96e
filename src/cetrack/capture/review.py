"""Turning a draft into the activity form: pre-filled values and the fields to check."""

from __future__ import annotations

from typing import Any

from cetrack.capture.models import Draft
from cetrack.capture.pages import FORM_FIELD as _FORM_FIELD
from cetrack.core.capture import draft as core
from cetrack.core.capture.draft import REVIEW_BELOW
from cetrack.core.names import topic_name
from cetrack.records.forms import ActivityForm

# What the review page says a draft was read from, by the reader's origin.
ORIGIN_WORDS = {
    "pdf-text": "its text",
    "ocr": "its scanned image (OCR)",
    "csv": "its rows (a CSV transcript)",
    "xlsx": "its rows (a spreadsheet transcript)",
    "cebroker": "its CE Broker roster",
    "badge": "its Open Badge",
}


def read_from(draft: Draft) -> str:
    """'its scanned image (OCR)': what the draft was read from, as the page says it."""
    return ORIGIN_WORDS.get(draft.origin, "its contents")


def initial_for(draft: Draft, participant: str) -> dict[str, Any]:
    """The activity form's values for a draft: its ledger entry through the form's one
    mapping, with the person's own name and a certificate's evidence where the file says
    nothing of them."""
    initial: dict[str, Any] = {"participant_name": participant, "amount_unit": "hours"}
    initial.update(ActivityForm.initial_from(draft_entry(draft)))
    if not initial.get("evidence"):
        initial["evidence"] = "certificate" if draft.origin in ("pdf-text", "ocr") else ""
    return initial


def flag_fields(form: ActivityForm, draft: Draft) -> list[str]:
    """Marks the form fields a person should check; returns their labels, weakest first."""
    flagged: list[tuple[float, str]] = []
    for name, found in draft.fields.items():
        confidence = float(found.get("confidence", 0))
        field_name = _FORM_FIELD.get(name, name)
        if field_name not in form.fields or confidence >= REVIEW_BELOW:
            continue
        field = form.fields[field_name]
        field.widget.attrs["class"] = "check"
        source = str(found.get("source") or "").strip()
        read_as = f"Read as “{source[:120]}”" if source else "Guessed"
        field.help_text = f"{read_as} ({confidence:.0%} sure) — please check."
        flagged.append((confidence, _label(form, field_name)))
    missing = [n for n in ("title", "completed_on", "amount_value") if not form.initial.get(n)]
    for name in missing:
        form.fields[name].widget.attrs["class"] = "check"
        form.fields[name].help_text = "Not found in the file — please enter it."
        flagged.append((0.0, _label(form, name)))
    return [label for _, label in sorted(flagged)]


def _label(form: ActivityForm, field_name: str) -> str:
    """The label the form shows beside the field ('Accreditation', not 'accreditation')."""
    return str(form[field_name].label)


def suggest_topics(form: ActivityForm, draft: Draft) -> list[str]:
    """Topics guessed too weakly to be ticked (required minimums need strong evidence): named
    beside the topic boxes, unticked; returns their names."""
    found = draft.fields.get("topic_suggestions") or {}
    value = found.get("value")
    topics = [str(topic) for topic in value] if isinstance(value, list) else []
    if not topics:
        return []
    names = [topic_name(topic) for topic in topics]
    source = str(found.get("source") or "")
    read_as = f" (read as “{source[:120]}”)" if source else ""
    field = form.fields["topics"]
    field.help_text = (
        f"Not ticked: {', '.join(names)}{read_as}. These topics count toward required "
        "minimums, so tick one only if the certificate shows the course covers it."
    )
    return names


def draft_entry(draft: Draft) -> dict[str, Any]:
    """The stored draft as ledger keys and values (what `core` would confirm unchanged)."""
    fields = {
        name: core.Field(
            tuple(found["value"])
            if isinstance(found.get("value"), list)
            else found.get("value", ""),
            float(found.get("confidence", 0)),
            str(found.get("source", "")),
        )
        for name, found in draft.fields.items()
    }
    return core.Draft(fields, draft.origin).entry("candidate")
