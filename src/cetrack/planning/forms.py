"""Forms for searching the catalogue, asking for a plan and entering a career profile.

They collect values; the core decides (the planner, the pathways checklist). A bad value is
shown beside its field, never a traceback.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from decimal import Decimal
from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.forms import formset_factory

from cetrack.core.catalogue.model import ITEM_KINDS, Catalogue
from cetrack.core.pathways import LEVELS, Pathways
from cetrack.core.vocabulary import vocabulary
from cetrack.planning.presenters import FORMAT_LABELS, KIND_LABELS, topic_label
from cetrack.planning.services import PlanRequest, Search

EARLIEST, LATEST = date(2000, 1, 1), date(2100, 12, 31)


def _date_input() -> forms.DateInput:
    return forms.DateInput(attrs={"type": "date"})


def _check_range(day: date | None) -> date | None:
    if day is not None and not EARLIEST <= day <= LATEST:
        raise ValidationError(f"Enter a date between {EARLIEST} and {LATEST}.")
    return day


class CatalogueSearchForm(forms.Form):
    q = forms.CharField(label="Search", max_length=200, required=False)
    kind = forms.ChoiceField(required=False)
    format = forms.ChoiceField(required=False)
    topic = forms.ChoiceField(required=False)
    max_price = forms.DecimalField(
        label="Max price ($)", min_value=0, max_digits=9, decimal_places=2, required=False
    )
    accepted = forms.BooleanField(label="Accepted by my credentials' rules", required=False)
    gaps = forms.BooleanField(label="Fills my gaps", required=False)
    before_deadlines = forms.BooleanField(label="Before my deadlines", required=False)
    member = forms.BooleanField(label="Member prices", required=False)
    past = forms.BooleanField(label="Show past events", required=False)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["kind"].choices = [("", "Any"), *((k, KIND_LABELS[k]) for k in ITEM_KINDS)]  # type: ignore[attr-defined]
        self.fields["format"].choices = [("", "Any"), *FORMAT_LABELS.items()]  # type: ignore[attr-defined]
        self.fields["topic"].choices = [  # type: ignore[attr-defined]
            ("", "Any"),
            *((t, topic_label(t)) for t in vocabulary().topics),
        ]

    def search(self) -> Search:
        """The search the valid fields describe (a bad field is left out and shown as an error)."""
        data = self.cleaned_data if self.is_bound else {}
        return Search(
            text=data.get("q") or "",
            kind=data.get("kind") or "",
            format=data.get("format") or "",
            topic=data.get("topic") or "",
            max_price=data.get("max_price"),
            accepted_only=bool(data.get("accepted")),
            fills_gaps=bool(data.get("gaps")),
            before_deadlines=bool(data.get("before_deadlines")),
            member=bool(data.get("member")),
            include_past=bool(data.get("past")),
        )


class PlanForm(forms.Form):
    as_of = forms.DateField(label="Plan from", widget=_date_input())
    budget = forms.DecimalField(
        label="Budget ($)", min_value=0, max_digits=9, decimal_places=2, required=False
    )
    hours_per_week = forms.DecimalField(
        label="Hours per week I can study",
        min_value=Decimal("0.25"),
        max_value=80,
        max_digits=5,
        decimal_places=2,
        required=False,
    )
    formats = forms.MultipleChoiceField(
        label="Formats I can attend",
        choices=[("online", "Online"), ("in-person", "In person")],
        widget=forms.CheckboxSelectMultiple,
        required=False,
        help_text="None ticked: any. Hybrid events fit either.",
    )
    hour_value = forms.DecimalField(
        label="What an hour of my time is worth ($)",
        min_value=0,
        max_digits=7,
        decimal_places=2,
        required=False,
        help_text="Added to the cost being minimised, so shorter items win ties.",
    )
    employer_paid = forms.MultipleChoiceField(
        label="Items my employer pays for",
        required=False,
        widget=forms.CheckboxSelectMultiple,
        error_messages={
            "invalid_choice": "%(value)s is not in the catalogue: tick the items by name."
        },
    )
    member = forms.BooleanField(label="I am a member (use member prices)", required=False)

    def __init__(self, *args: Any, catalogue: Catalogue, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.catalogue = catalogue
        self.fields["employer_paid"].choices = sorted(  # type: ignore[attr-defined]
            ((item.id, item.title) for item in catalogue.items), key=lambda c: c[1].casefold()
        )

    def clean_as_of(self) -> date | None:
        return _check_range(self.cleaned_data.get("as_of"))

    def request(self) -> PlanRequest:
        data = self.cleaned_data
        return PlanRequest(
            as_of=data["as_of"],
            budget=data.get("budget"),
            hours_per_week=data.get("hours_per_week"),
            formats=tuple(data["formats"]) if data.get("formats") else None,
            hour_value=data.get("hour_value"),
            employer_paid=tuple(data.get("employer_paid") or ()),
            member=bool(data.get("member")),
        )


# -- career profile ------------------------------------------------------------------------------


def _vocab_choices(words: Mapping[str, str], blank: str) -> list[tuple[str, str]]:
    return [("", blank), *words.items()]


class ProfileForm(forms.Form):
    target = forms.ChoiceField(label="The credential I aim for")
    credentials = forms.MultipleChoiceField(
        label="Credentials I hold",
        widget=forms.CheckboxSelectMultiple,
        required=False,
        help_text="Ticked from your records where you keep them; the cycle end is taken from there.",
    )
    college_semester_hours = forms.DecimalField(
        label="All college credit (semester hours)",
        min_value=0,
        max_digits=6,
        decimal_places=1,
        required=False,
        help_text="Blank: not recorded.",
    )

    def __init__(self, *args: Any, pathways: Pathways, held: list[str], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        targets = sorted(pathways.credentials.values(), key=lambda c: (c.body, c.name))
        self.fields["target"].choices = [  # type: ignore[attr-defined]
            ("", "Choose…"),
            *((c.id, f"{c.name} — {c.body}") for c in targets),
        ]
        names = {c.id: f"{c.name} ({c.id})" for c in targets}
        for ident in held:
            names.setdefault(ident, ident)
        self.fields["credentials"].choices = sorted(names.items())  # type: ignore[attr-defined]


class DegreeForm(forms.Form):
    level = forms.ChoiceField(
        choices=[("", "—"), *((level, level.capitalize()) for level in LEVELS)]
    )
    field = forms.ChoiceField(label="Field", required=False)
    completed = forms.DateField(label="Completed on", required=False, widget=_date_input())
    year = forms.IntegerField(min_value=1950, max_value=2100, required=False)
    biology_hours = forms.DecimalField(
        label="Biology (semester hours)",
        min_value=0,
        max_digits=6,
        decimal_places=1,
        required=False,
    )
    chemistry_hours = forms.DecimalField(
        label="Chemistry (semester hours)",
        min_value=0,
        max_digits=6,
        decimal_places=1,
        required=False,
    )
    name = forms.CharField(label="Name (optional)", max_length=200, required=False)

    def __init__(self, *args: Any, pathways: Pathways, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["field"].choices = _vocab_choices(pathways.fields, "Not recorded")  # type: ignore[attr-defined]

    def clean_completed(self) -> date | None:
        return _check_range(self.cleaned_data.get("completed"))


class ExperienceForm(forms.Form):
    name = forms.CharField(label="Laboratory / job", max_length=200, required=False)
    start = forms.DateField(widget=_date_input())
    end = forms.DateField(required=False, widget=_date_input(), help_text="Blank: still there.")
    fte = forms.DecimalField(
        label="Full-time fraction",
        min_value=Decimal("0.01"),
        max_value=1,
        max_digits=3,
        decimal_places=2,
        required=False,
        help_text="1 = full time (ASCP: hours a week ÷ 35). Blank: not recorded.",
    )
    setting = forms.ChoiceField(required=False)
    accredited = forms.ChoiceField(
        label="Accredited laboratory (CLIA, CLIP, JCI, ISO 15189)",
        choices=[("", "Not recorded"), ("yes", "Yes"), ("no", "No")],
        required=False,
    )
    disciplines = forms.MultipleChoiceField(
        widget=forms.CheckboxSelectMultiple,
        required=False,
        help_text="None ticked: not recorded.",
    )

    def __init__(self, *args: Any, pathways: Pathways, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["setting"].choices = _vocab_choices(pathways.settings, "Not recorded")  # type: ignore[attr-defined]
        self.fields["disciplines"].choices = list(pathways.disciplines.items())  # type: ignore[attr-defined]

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        start, end = data.get("start"), data.get("end")
        for name in ("start", "end"):
            try:
                _check_range(data.get(name))
            except ValidationError as error:
                self.add_error(name, error)
        if start and end and end < start:
            self.add_error("end", "The end is before the start.")
        return data


class ProgrammeForm(forms.Form):
    kind = forms.ChoiceField(label="Programme")
    completed = forms.DateField(label="Completed on", required=False, widget=_date_input())
    year = forms.IntegerField(min_value=1950, max_value=2100, required=False)
    name = forms.CharField(label="Name (optional)", max_length=200, required=False)

    def __init__(self, *args: Any, pathways: Pathways, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["kind"].choices = [("", "—"), *pathways.programmes.items()]  # type: ignore[attr-defined]

    def clean_completed(self) -> date | None:
        return _check_range(self.cleaned_data.get("completed"))


DegreeFormSet = formset_factory(DegreeForm, extra=1, can_delete=True, max_num=10)
ExperienceFormSet = formset_factory(ExperienceForm, extra=1, can_delete=True, max_num=20)
ProgrammeFormSet = formset_factory(ProgrammeForm, extra=1, can_delete=True, max_num=10)


def _text(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return format(value.normalize(), "f")
    return value


def _entries(formset: Any, convert: Any) -> list[dict[str, Any]]:
    rows = []
    for form in formset.forms:
        data = getattr(form, "cleaned_data", None)
        if not data or data.get("DELETE"):
            continue
        rows.append({k: _text(v) for k, v in convert(data).items() if v not in (None, "")})
    return rows


def _degree(data: Mapping[str, Any]) -> dict[str, Any]:
    return {
        k: data.get(k)
        for k in ("level", "field", "completed", "year", "biology_hours", "chemistry_hours", "name")
    }


def _job(data: Mapping[str, Any]) -> dict[str, Any]:
    row = {k: data.get(k) for k in ("name", "start", "end", "fte", "setting")}
    row["accredited"] = {"yes": True, "no": False}.get(data.get("accredited") or "")
    row["disciplines"] = list(data.get("disciplines") or []) or None
    return row


def _programme(data: Mapping[str, Any]) -> dict[str, Any]:
    return {k: data.get(k) for k in ("kind", "completed", "year", "name")}


def profile_data(
    form: ProfileForm,
    degrees: Any,
    jobs: Any,
    programmes: Any,
    valid_through: Mapping[str, str],
) -> dict[str, Any]:
    """The profile JSON (see cetrack.planning.profiles) from valid forms."""
    held = []
    for ident in form.cleaned_data.get("credentials") or []:
        entry = {"id": ident}
        if ident in valid_through:
            entry["valid_through"] = valid_through[ident]
        held.append(entry)
    data: dict[str, Any] = {
        "degrees": _entries(degrees, _degree),
        "credentials": held,
        "experience": _entries(jobs, _job),
        "programmes": _entries(programmes, _programme),
    }
    hours = form.cleaned_data.get("college_semester_hours")
    if hours is not None:
        data["college_semester_hours"] = _text(hours)
    return data


def formset_initial(data: Mapping[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """Initial values for the three formsets from stored profile JSON."""

    def rows(key: str) -> list[dict[str, Any]]:
        value = data.get(key)
        return [dict(r) for r in value if isinstance(r, dict)] if isinstance(value, list) else []

    jobs = rows("experience")
    for job in jobs:
        flag = job.get("accredited")
        job["accredited"] = "yes" if flag is True else "no" if flag is False else ""
        job["disciplines"] = job.get("disciplines") or []
    return {"degrees": rows("degrees"), "jobs": jobs, "programmes": rows("programmes")}
