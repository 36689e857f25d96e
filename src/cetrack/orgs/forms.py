"""Forms for the organisation pages. Choices of sites and departments are the organisation's own."""

from __future__ import annotations

from typing import Any

from django import forms

from cetrack.orgs.models import Department, Organisation, Role, Site

CONSENT_TEXT = (
    "I agree to share with this organisation's managers the compliance status of my "
    "credentials, and the activities and certificates an inspector needs. My private notes "
    "are never shared, and I can see every time a manager views my records."
)


class OrganisationForm(forms.Form):
    name = forms.CharField(label="Name", max_length=200)
    kind = forms.ChoiceField(label="Kind", choices=Organisation.Kind.choices)


class CreateOrganisationForm(OrganisationForm):
    share = forms.BooleanField(
        label="Also share my own compliance status with this organisation",
        required=False,
        initial=False,
    )


class SiteForm(forms.Form):
    name = forms.CharField(label="Site name", max_length=200)
    state = forms.CharField(
        label="State", max_length=2, required=False, help_text="Two letters, e.g. FL"
    )
    clia_number = forms.CharField(label="CLIA number", max_length=10, required=False)
    address = forms.CharField(
        label="Address", widget=forms.Textarea(attrs={"rows": 2}), required=False
    )


def _org_choices(org: Organisation) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    sites = [("", "—")] + [(str(s.pk), s.name) for s in Site.objects.filter(organisation=org)]
    departments = [("", "—")] + [
        (str(d.pk), d.name) for d in Department.objects.filter(organisation=org)
    ]
    return sites, departments


class OrgScopedForm(forms.Form):
    """A form whose site and department fields offer the organisation's own."""

    site = forms.TypedChoiceField(label="Site", required=False, coerce=int, empty_value=None)
    department = forms.TypedChoiceField(
        label="Department", required=False, coerce=int, empty_value=None
    )

    def __init__(self, org: Organisation, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.org = org
        sites, departments = _org_choices(org)
        self.fields["site"].choices = sites  # type: ignore[attr-defined]
        self.fields["department"].choices = departments  # type: ignore[attr-defined]

    def site_row(self) -> Site | None:
        pk = self.cleaned_data.get("site")
        return Site.objects.filter(organisation=self.org, pk=pk).first() if pk else None

    def department_row(self) -> Department | None:
        pk = self.cleaned_data.get("department")
        return Department.objects.filter(organisation=self.org, pk=pk).first() if pk else None


class DepartmentForm(forms.Form):
    name = forms.CharField(label="Department name", max_length=200)
    site = forms.TypedChoiceField(label="Site", required=False, coerce=int, empty_value=None)

    def __init__(self, org: Organisation, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.org = org
        self.fields["site"].choices = _org_choices(org)[0]  # type: ignore[attr-defined]

    def site_row(self) -> Site | None:
        pk = self.cleaned_data.get("site")
        return Site.objects.filter(organisation=self.org, pk=pk).first() if pk else None


class InviteForm(OrgScopedForm):
    email = forms.EmailField(label="E-mail address")
    role = forms.ChoiceField(label="Role", choices=Role.choices, initial=Role.MEMBER)
    field_order = ("email", "role", "site", "department")


class MemberForm(OrgScopedForm):
    role = forms.ChoiceField(label="Role", choices=Role.choices)
    field_order = ("role", "site", "department")


class JoinForm(forms.Form):
    consent = forms.BooleanField(label=CONSENT_TEXT, required=True)
