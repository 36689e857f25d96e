"""Forms collect what an educator or member typed; `core.inservice` decides what is valid."""

from __future__ import annotations

from typing import Any

from django import forms

from cetrack.core import inservice as core
from cetrack.core.vocabulary import vocabulary
from cetrack.inservice.documents import accreditation_name
from cetrack.records.presenters import topic_name

LOCAL = {"type": "datetime-local"}


def _words(kind: str) -> str:
    return kind.replace("-", " ").capitalize()


def _split(text: str) -> list[str]:
    return [part.strip().lower() for part in text.replace(";", ",").split(",") if part.strip()]


class SessionForm(forms.Form):
    title = forms.CharField(max_length=200)
    description = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 3}),
        required=False,
        help_text="Objectives and content (shown to members)",
    )
    instructors = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 2}),
        required=False,
        help_text="One per line, with credentials: “Dana Ruiz, MLS(ASCP)”",
    )
    kind = forms.ChoiceField(choices=[(k, _words(k)) for k in core.SESSION_KINDS])
    starts_at = forms.DateTimeField(label="Starts", widget=forms.DateTimeInput(attrs=LOCAL))
    ends_at = forms.DateTimeField(label="Ends", widget=forms.DateTimeInput(attrs=LOCAL))
    instructional_minutes = forms.IntegerField(
        min_value=0,
        max_value=core.MAX_MINUTES,
        help_text="Breaks and meals excluded; 50 minutes = 1 contact hour, rounded down to the half hour",
    )
    location = forms.CharField(max_length=200, required=False)
    online_url = forms.URLField(
        label="Online link", max_length=300, required=False, assume_scheme="https"
    )
    topics = forms.MultipleChoiceField(required=False, widget=forms.CheckboxSelectMultiple)
    accreditation = forms.ChoiceField()
    provider_number = forms.CharField(
        label="P.A.C.E. provider number", max_length=100, required=False
    )
    program_number = forms.CharField(
        label="Program (course) number", max_length=100, required=False
    )
    approval_number = forms.CharField(
        label="State approval number", max_length=100, required=False, help_text="Florida: 50-…"
    )
    accrediting_agency_number = forms.CharField(
        label="Accrediting agency number", max_length=100, required=False, help_text="California"
    )
    approvals = forms.CharField(
        label="Approved by boards",
        max_length=100,
        required=False,
        help_text="Program ids, e.g. fl",
    )
    level = forms.ChoiceField(
        choices=[("", "—")] + [(lv, lv.capitalize()) for lv in core.LEVELS], required=False
    )
    capacity = forms.IntegerField(min_value=1, required=False, help_text="Blank: no limit")

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        topics = [(t, topic_name(t)) for t in vocabulary().topics]
        self.fields["topics"].choices = topics  # type: ignore[attr-defined]
        systems = [(a, accreditation_name(a)) for a in core.ACCREDITATIONS]
        self.fields["accreditation"].choices = systems  # type: ignore[attr-defined]

    def facts(self) -> core.SessionFacts:
        data = self.cleaned_data
        return core.SessionFacts(
            title=data["title"],
            starts_at=data["starts_at"],
            ends_at=data["ends_at"],
            instructional_minutes=data["instructional_minutes"],
            kind=data["kind"],
            topics=tuple(data["topics"]),
            accreditation=data["accreditation"],
            provider_number=data["provider_number"],
            program_number=data["program_number"],
            approval_number=data["approval_number"],
            accrediting_agency_number=data["accrediting_agency_number"],
            approvals=tuple(_split(data["approvals"])),
            level=data["level"],
            location=data["location"],
            online_url=data["online_url"],
            capacity=data["capacity"],
        )

    def extra(self) -> dict[str, Any]:
        """What the core does not check: free text shown as written."""
        return {
            "description": self.cleaned_data["description"],
            "instructors": self.cleaned_data["instructors"],
        }

    def show_issues(self, issues: list[core.Issue]) -> None:
        for issue in issues:
            self.add_error(issue.field if issue.field in self.fields else None, issue.message)

    @staticmethod
    def initial_for(session: Any) -> dict[str, Any]:
        from django.utils import timezone

        names = [
            "title",
            "description",
            "instructors",
            "kind",
            "instructional_minutes",
            "location",
            "online_url",
            "topics",
            "accreditation",
            "provider_number",
            "program_number",
            "approval_number",
            "accrediting_agency_number",
            "level",
            "capacity",
        ]
        initial = {name: getattr(session, name) for name in names}
        initial["approvals"] = ", ".join(session.approvals)
        for name in ("starts_at", "ends_at"):
            initial[name] = timezone.localtime(getattr(session, name)).strftime("%Y-%m-%dT%H:%M")
        return initial


class NewSessionForm(SessionForm):
    repeat = forms.ChoiceField(
        choices=[("", "Once"), ("weekly", "Every week"), ("monthly", "Every month")],
        required=False,
    )
    occurrences = forms.IntegerField(
        label="Number of sessions",
        min_value=2,
        max_value=core.MAX_OCCURRENCES,
        required=False,
        help_text="For a series",
    )

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("repeat") and not data.get("occurrences"):
            self.add_error("occurrences", "How many sessions should the series have?")
        return data


class CodeForm(forms.Form):
    code = forms.CharField(
        label="Check-in code",
        max_length=20,
        widget=forms.TextInput(
            attrs={"autocomplete": "off", "autocapitalize": "characters", "inputmode": "text"}
        ),
    )


class CancelForm(forms.Form):
    reason = forms.CharField(max_length=300, required=False)


class QuestionsForm(forms.Form):
    questions = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 12}),
        required=False,
        help_text=(
            "One question per paragraph: the question on the first line, then one option per "
            "line, the right one starting with *. Leave empty for no online completion."
        ),
    )
    pass_mark = forms.IntegerField(
        label="Pass mark (%)", min_value=0, max_value=100, initial=70, required=False
    )


class MaterialForm(forms.Form):
    file = forms.FileField(label="Add material (PDF, PNG or JPEG)")


class ConfirmationRequestForm(forms.Form):
    organisation = forms.TypedChoiceField(coerce=int)
    role = forms.CharField(
        max_length=200, required=False, help_text="e.g. Chair, quality committee"
    )

    def __init__(self, *args: Any, organisations: list[tuple[int, str]], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["organisation"].choices = organisations  # type: ignore[attr-defined]
