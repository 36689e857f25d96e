"""Forms collect ledger keys and values; the core decides what is valid (see services)."""

from __future__ import annotations

from typing import Any

from django import forms

from cetrack.core.ledger import AMOUNT_FIELDS, default_accreditation
from cetrack.core.rules.library import RuleLibrary
from cetrack.core.vocabulary import vocabulary

UNIT_LABELS = {
    "hours": "contact hours",
    "minutes": "minutes",
    "ceu": "CEU",
    "points": "points",
    "semester_hours": "semester hours",
    "quarter_hours": "quarter hours",
}


def _choices(mapping: dict[str, str]) -> list[tuple[str, str]]:
    return [(key, key.replace("-", " ").capitalize()) for key in mapping]


def _split(text: str) -> list[str]:
    return [part.strip() for part in text.replace(";", ",").split(",") if part.strip()]


class ActivityForm(forms.Form):
    title = forms.CharField(max_length=300)
    provider = forms.CharField(max_length=200, required=False)
    completed_on = forms.DateField(
        label="Completed on", widget=forms.DateInput(attrs={"type": "date"})
    )
    start = forms.DateField(
        label="First day (multi-day events only)",
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    amount_value = forms.DecimalField(label="Amount", max_digits=9, decimal_places=2, min_value=0)
    amount_unit = forms.ChoiceField(label="Unit", choices=list(UNIT_LABELS.items()))
    kind = forms.ChoiceField(initial="course")
    topics = forms.MultipleChoiceField(required=False, widget=forms.CheckboxSelectMultiple)
    accreditation = forms.ChoiceField(initial="none")
    evidence = forms.ChoiceField(required=False)
    participant_name = forms.CharField(
        label="Name on the certificate", max_length=200, required=False
    )
    course_number = forms.CharField(max_length=100, required=False)
    provider_number = forms.CharField(max_length=100, required=False)
    approval_number = forms.CharField(max_length=100, required=False)
    accrediting_agency_number = forms.CharField(max_length=100, required=False)
    license_number = forms.CharField(
        label="Licence number on the certificate", max_length=100, required=False
    )
    approvals = forms.CharField(
        label="Approved by boards (program ids, e.g. fl)", max_length=200, required=False
    )
    break_minutes = forms.IntegerField(
        label="Break minutes (only with minutes)", min_value=0, required=False
    )
    level = forms.CharField(max_length=40, required=False)
    delivery = forms.ChoiceField(
        required=False, choices=[("", "—"), ("live", "Live"), ("self-study", "Self-study")]
    )
    notes = forms.CharField(widget=forms.Textarea(attrs={"rows": 2}), required=False)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        words = vocabulary()
        self.fields["kind"].choices = _choices(words.kinds)  # type: ignore[attr-defined]
        self.fields["topics"].choices = _choices(words.topics)  # type: ignore[attr-defined]
        self.fields["evidence"].choices = [("", "—"), *_choices(words.evidence)]  # type: ignore[attr-defined]
        self.fields["accreditation"].choices = [  # type: ignore[attr-defined]
            (a.id, a.name) for a in words.accreditations.values()
        ]

    def entry(self) -> dict[str, Any]:
        """The ledger entry these cleaned values describe."""
        data = dict(self.cleaned_data)
        end, start = data.pop("completed_on"), data.pop("start")
        entry: dict[str, Any] = {}
        if start and start != end:
            entry["start"], entry["end"] = start, end
        else:
            entry["completed_on"] = end
        entry[data.pop("amount_unit")] = data.pop("amount_value")
        data["approvals"] = _split(data.get("approvals") or "")
        if data.get("accreditation") == "none":
            # Left at the default: an academic course implies an accredited institution.
            data["accreditation"] = default_accreditation(data.get("kind") or "")
        entry.update(data)
        return entry

    @staticmethod
    def initial_for(row: Any) -> dict[str, Any]:
        initial = {
            name: getattr(row, name)
            for name in [
                "title",
                "provider",
                "kind",
                "topics",
                "accreditation",
                "evidence",
                "participant_name",
                "course_number",
                "provider_number",
                "approval_number",
                "accrediting_agency_number",
                "license_number",
                "break_minutes",
                "level",
                "delivery",
                "notes",
            ]
        }
        initial.update(
            completed_on=row.end,
            start=row.start if row.start != row.end else None,
            amount_value=row.amount_value,
            amount_unit=row.amount_unit,
            approvals=", ".join(row.approvals),
        )
        return initial

    def show_problems(self, problems: list[tuple[str | None, str]]) -> None:
        """Put the core's problems beside the fields they concern."""
        for key, message in problems:
            if key in AMOUNT_FIELDS:
                field: str | None = "amount_value"
            elif key in ("end", "completed_on"):
                field = "completed_on"
            elif key in self.fields:
                field = key
            else:
                field = None
            self.add_error(field, message)


class CredentialForm(forms.Form):
    rules = forms.ChoiceField(label="Credential")
    cycle_end = forms.DateField(
        label="Current cycle ends",
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text="For a certification with a fixed cycle end (e.g. ASCP CMP).",
    )
    certified_on = forms.DateField(
        label="Certified on",
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text="Where the cycle follows the certification date (e.g. AMT).",
    )
    first_licensed_on = forms.DateField(
        label="First licensed on", required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    upgraded_on = forms.DateField(
        label="Licensed at this level on",
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text="If you moved up to this licence (e.g. Florida supervisor) during the cycle.",
    )
    status = forms.ChoiceField(
        choices=[("active", "Active"), ("expired", "Expired (reinstating)")], initial="active"
    )
    license_number = forms.CharField(label="Licence or certificate number", required=False)
    categories = forms.MultipleChoiceField(
        label="Licensed categories (state licences)",
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    roles = forms.CharField(label="Roles (comma-separated)", required=False)
    notes = forms.CharField(widget=forms.Textarea(attrs={"rows": 2}), required=False)

    def __init__(self, *args: Any, library: RuleLibrary, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        groups: dict[str, list[tuple[str, str]]] = {}
        for book in library:
            groups.setdefault(book.program.name, []).append((book.id, book.name))
        self.fields["rules"].choices = [  # type: ignore[attr-defined]
            (program, sorted(items, key=lambda item: item[1]))
            for program, items in sorted(groups.items())
        ]
        self.fields["categories"].choices = _choices(vocabulary().topics)  # type: ignore[attr-defined]

    def entry(self) -> dict[str, Any]:
        data = dict(self.cleaned_data)
        data["roles"] = _split(data.get("roles") or "")
        return data

    @staticmethod
    def initial_for(row: Any) -> dict[str, Any]:
        return {
            "rules": row.rules,
            "cycle_end": row.cycle_end,
            "certified_on": row.certified_on,
            "first_licensed_on": row.first_licensed_on,
            "upgraded_on": row.upgraded_on,
            "status": row.status,
            "license_number": row.license_number,
            "categories": row.categories,
            "roles": ", ".join(row.roles),
            "notes": row.notes,
        }

    def show_problems(self, problems: list[tuple[str | None, str]]) -> None:
        for key, message in problems:
            self.add_error(key if key in self.fields else None, message)


class CertificateForm(forms.Form):
    certificate = forms.FileField(label="Certificate file (PDF, PNG or JPEG)")
