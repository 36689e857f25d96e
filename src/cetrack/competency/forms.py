"""Forms for the competency pages. They read input; the services decide what is acceptable."""

from __future__ import annotations

from typing import Any

from django import forms

from cetrack.competency.models import SystemChange
from cetrack.core.competency.rules import default_rules
from cetrack.core.competency.vocabulary import (
    ALL_ELEMENTS,
    COMPLEXITIES,
    METHODS,
    POSITIONS,
    REASONS,
    RESULTS,
    SPECIALTIES,
)
from cetrack.orgs.models import Membership
from cetrack.orgs.services import person_name

DATE = forms.DateInput(attrs={"type": "date"})


def _choices(table: dict[str, str], blank: str | None = None) -> list[tuple[str, str]]:
    return ([("", blank)] if blank is not None else []) + list(table.items())


def accreditor_choices() -> list[tuple[str, str]]:
    return [(a.id, a.name) for a in default_rules()]


class PolicyForm(forms.Form):
    accreditor = forms.ChoiceField(label="Rules to follow", choices=accreditor_choices)
    track_waived = forms.BooleanField(
        label="Track waived tests by policy",
        required=False,
        help_text="CLIA does not require competency assessment for waived tests; CAP and The "
        "Joint Commission do.",
    )
    due_soon_days = forms.IntegerField(
        label="Show as due this many days ahead", min_value=0, max_value=365
    )


class TestSystemForm(forms.Form):
    __test__ = False  # not a pytest class

    name = forms.CharField(label="Name", max_length=200, help_text="e.g. CBC on Sysmex XN-1000")
    analyte = forms.CharField(label="Analyte or test", max_length=200, required=False)
    instrument = forms.CharField(label="Instrument", max_length=200, required=False)
    method = forms.CharField(label="Method", max_length=200, required=False)
    specialty = forms.ChoiceField(label="Specialty", choices=_choices(SPECIALTIES, "—"))
    complexity = forms.ChoiceField(label="Complexity", choices=_choices(COMPLEXITIES, "—"))

    def __init__(self, *args: Any, editing: bool = False, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if editing:  # an instrument or method change is recorded as a change
            del self.fields["instrument"], self.fields["method"]


class ChangeForm(forms.Form):
    kind = forms.ChoiceField(label="What changed", choices=SystemChange.Kind.choices)
    effective_on = forms.DateField(label="In use for patient testing from", widget=DATE)
    instrument = forms.CharField(label="New instrument", max_length=200, required=False)
    method = forms.CharField(label="New method", max_length=200, required=False)
    description = forms.CharField(label="Description", max_length=300, required=False)


def member_choices(memberships: Any) -> list[tuple[str, str]]:
    return [("", "—")] + [(str(m.pk), person_name(m.user)) for m in memberships]


class AssignForm(forms.Form):
    member = forms.TypedChoiceField(label="Member", coerce=int)
    began_on = forms.DateField(label="First day of patient testing on it", widget=DATE)

    def __init__(self, memberships: Any, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["member"].choices = member_choices(memberships)  # type: ignore[attr-defined]


class QualificationForm(forms.Form):
    member = forms.TypedChoiceField(label="Member", coerce=int)
    site = forms.TypedChoiceField(label="Site", coerce=int)
    position = forms.ChoiceField(
        label="Qualified as", choices=[("", "—")] + [(k, p.name) for k, p in POSITIONS.items()]
    )
    since = forms.DateField(label="From", widget=DATE)
    until = forms.DateField(label="Until", widget=DATE, required=False)
    delegated_on = forms.DateField(
        label="Delegated in writing on",
        widget=DATE,
        required=False,
        help_text="For a general supervisor assessing high-complexity testing",
    )
    delegated_by = forms.CharField(label="Delegated by", max_length=200, required=False)
    note = forms.CharField(
        label="Note (degree, certification, scope)", max_length=300, required=False
    )
    delegation_file = forms.FileField(label="Written delegation (PDF or image)", required=False)

    def __init__(self, memberships: Any, sites: Any, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["member"].choices = member_choices(memberships)  # type: ignore[attr-defined]
        self.fields["site"].choices = [(str(s.pk), s.name) for s in sites]  # type: ignore[attr-defined]


class StartForm(forms.Form):
    reason = forms.ChoiceField(label="Reason", choices=_choices(REASONS))
    assessed_on = forms.DateField(label="Date of the assessment", widget=DATE)


class ElementForm(forms.Form):
    result = forms.ChoiceField(label="Result", choices=_choices(RESULTS, "—"))
    method = forms.ChoiceField(label="Method", required=False)
    not_applicable_reason = forms.CharField(
        label="Why not applicable", max_length=300, required=False
    )
    notes = forms.CharField(
        label="Notes (what was observed; records by title and date)",
        widget=forms.Textarea(attrs={"rows": 2}),
        required=False,
    )
    sample_results = forms.CharField(
        label="Samples and results (ID, result, expected)",
        widget=forms.Textarea(attrs={"rows": 2}),
        required=False,
    )
    score_correct = forms.IntegerField(label="Score: correct", min_value=0, required=False)
    score_total = forms.IntegerField(label="out of", min_value=1, required=False)
    score_source = forms.CharField(
        label="Score from (e.g. in-service post-test)", max_length=300, required=False
    )
    performed_on = forms.DateField(label="Done on", widget=DATE, required=False)
    file = forms.FileField(label="Evidence file (PDF or image)", required=False)

    def __init__(self, element: str, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        methods = ALL_ELEMENTS[element].methods
        self.fields["method"].choices = [("", "—")] + [(m, METHODS[m].name) for m in methods]  # type: ignore[attr-defined]
        needs = {METHODS[m].needs for m in methods}
        if "sample" not in needs:  # only element 5 is assessed on samples
            del self.fields["sample_results"]
        if "score" not in needs:  # only a problem-solving quiz leaves a score
            del (
                self.fields["score_correct"],
                self.fields["score_total"],
                self.fields["score_source"],
            )


class SignForm(forms.Form):
    retraining = forms.CharField(
        label="Retraining (if an element failed)",
        widget=forms.Textarea(attrs={"rows": 2}),
        required=False,
    )
    reassess_by = forms.DateField(label="Re-assess by", widget=DATE, required=False)


class AcknowledgeForm(forms.Form):
    comment = forms.CharField(
        label="Comment (optional)", widget=forms.Textarea(attrs={"rows": 2}), required=False
    )


class RemediationForm(forms.Form):
    retraining = forms.CharField(label="Retraining", widget=forms.Textarea(attrs={"rows": 2}))
    reassess_by = forms.DateField(label="Re-assess by", widget=DATE)
    retrained_on = forms.DateField(label="Retrained on", widget=DATE, required=False)


def site_memberships(org_id: int, site_id: int | None = None) -> Any:
    """Current members to choose from: those of the site (and those without a site) first."""
    rows = Membership.objects.filter(organisation_id=org_id, left_at__isnull=True).select_related(
        "user"
    )
    if site_id is not None:
        rows = rows.filter(site_id__in=[site_id]) | rows.filter(site__isnull=True)
    return rows.order_by("user__name", "user__email")
