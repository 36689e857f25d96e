"""Forms for the funding pages. They read input; the services decide what is acceptable."""

from __future__ import annotations

from typing import Any

from django import forms

from cetrack.core.funding import EXCESS_TREATMENTS, FILE_KINDS, KINDS, TAX_TREATMENTS
from cetrack.funding.models import Budget
from cetrack.orgs.services import person_name

DATE = forms.DateInput(attrs={"type": "date"})
TEXT = forms.Textarea(attrs={"rows": 3})


def money_field(label: str, **options: Any) -> forms.DecimalField:
    """Dollars to the cent, never negative (the services decide what else is acceptable)."""
    return forms.DecimalField(label=label, max_digits=10, decimal_places=2, min_value=0, **options)


def _choices(table: dict[str, str], blank: str | None = None) -> list[tuple[str, str]]:
    return ([("", blank)] if blank is not None else []) + list(table.items())


def problems_to_form(form: forms.Form, problems: list[tuple[str | None, str]]) -> None:
    for key, message in problems:
        form.add_error(key if key in form.fields else None, message)


class RequestForm(forms.Form):
    catalogue_item = forms.ChoiceField(label="From the catalogue", required=False)
    kind = forms.ChoiceField(label="For", choices=_choices(KINDS, "—"), required=False)
    title = forms.CharField(
        label="What", max_length=300, required=False, help_text="Leave blank to use the item's"
    )
    provider = forms.CharField(label="Provider or school", max_length=200, required=False)
    starts_on = forms.DateField(label="Starts", widget=DATE, required=False)
    ends_on = forms.DateField(label="Ends", widget=DATE, required=False)
    cost = money_field(
        "Cost ($)",
        required=False,
        help_text="Leave blank to use the catalogue price",
    )
    justification = forms.CharField(
        label="Why the laboratory should pay", max_length=5000, widget=TEXT
    )
    description = forms.CharField(
        label="Details (term, course numbers, what is included)",
        max_length=5000,
        widget=TEXT,
        required=False,
    )
    budget_year = forms.IntegerField(
        label="Budget year",
        min_value=2000,
        max_value=2100,
        required=False,
        help_text="Blank: the year it starts",
    )

    def __init__(self, *args: Any, items: list[tuple[str, str]], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["catalogue_item"]
        assert isinstance(field, forms.ChoiceField)
        field.choices = [("", "— not from the catalogue (describe it below)"), *items]


class ApproveForm(forms.Form):
    amount = money_field(
        "Amount approved ($)", required=False, help_text="Blank: the cost asked for"
    )
    tax_treatment = forms.ChoiceField(
        label="Tax treatment",
        choices=_choices(TAX_TREATMENTS, "— decide at payment"),
        required=False,
    )
    repayment_terms = forms.CharField(
        label="Repayment terms",
        max_length=5000,
        widget=TEXT,
        required=False,
        help_text="e.g. Repay in full if you leave within 12 months of the course end.",
    )
    reason = forms.CharField(label="Note to the member", max_length=5000, required=False)
    override_reason = forms.CharField(
        label="Reason to exceed the budget",
        max_length=5000,
        widget=TEXT,
        required=False,
        help_text="Needed only when approving would exceed a budget.",
    )


class DenyForm(forms.Form):
    reason = forms.CharField(label="Why it is denied", max_length=5000, widget=TEXT)


class CancelForm(forms.Form):
    reason = forms.CharField(label="Reason", max_length=5000, required=False)


class TermsForm(forms.Form):
    repayment_terms = forms.CharField(
        label="Repayment terms", max_length=5000, widget=TEXT, required=False
    )
    tax_treatment = forms.ChoiceField(
        label="Tax treatment",
        choices=_choices(TAX_TREATMENTS, "— decide at payment"),
        required=False,
    )


class PaymentForm(forms.Form):
    how = forms.ChoiceField(
        label="Paid to",
        choices=[("paid", "The provider (paid)"), ("reimbursed", "The member (reimbursed)")],
    )
    amount = money_field("Amount ($)")
    paid_on = forms.DateField(label="Paid on", widget=DATE)
    tax_treatment = forms.ChoiceField(label="Tax treatment", choices=_choices(TAX_TREATMENTS, "—"))
    excess_treatment = forms.ChoiceField(
        label="Above the §127 limit, treat as",
        choices=_choices(EXCESS_TREATMENTS, "—"),
        required=False,
        help_text="Needed only when a §127 payment takes the year's total past the limit.",
    )


class FileForm(forms.Form):
    kind = forms.ChoiceField(label="What it is", choices=_choices(FILE_KINDS))
    file = forms.FileField(label="File (PDF, PNG or JPEG)")


class OutcomeForm(forms.Form):
    activity = forms.ChoiceField(label="The activity it led to", required=False)
    grade = forms.CharField(label="Grade", max_length=40, required=False)

    def __init__(self, *args: Any, activities: list[tuple[str, str]], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["activity"]
        assert isinstance(field, forms.ChoiceField)
        field.choices = [("", "— none yet"), *activities]


def member_choices(memberships: Any) -> list[tuple[str, str]]:
    return [("", "—")] + [(str(m.pk), person_name(m.user)) for m in memberships]


class BudgetForm(forms.Form):
    year = forms.IntegerField(label="Year", min_value=2000, max_value=2100)
    scope = forms.ChoiceField(label="Budget of", choices=Budget.Scope.choices)
    department = forms.ChoiceField(label="Department", required=False)
    member = forms.ChoiceField(
        label="Member", required=False, help_text="Blank: the allowance of every member"
    )
    amount = money_field("Amount ($)", required=False, help_text="Blank removes the budget")

    def __init__(self, *args: Any, departments: Any, memberships: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        department = self.fields["department"]
        member = self.fields["member"]
        assert isinstance(department, forms.ChoiceField) and isinstance(member, forms.ChoiceField)
        department.choices = [("", "—")] + [(str(d.pk), d.name) for d in departments]
        member.choices = member_choices(memberships)


class SponsorForm(forms.Form):
    member = forms.ChoiceField(label="Member")
    title = forms.CharField(label="Workshop or conference", max_length=300)
    provider = forms.CharField(label="Organised by", max_length=200, required=False)
    starts_on = forms.DateField(label="Starts", widget=DATE)
    ends_on = forms.DateField(label="Ends", widget=DATE, required=False)
    cost = money_field("Fee paid by the laboratory ($)")
    justification = forms.CharField(label="Purpose", max_length=5000, widget=TEXT, required=False)
    tax_treatment = forms.ChoiceField(
        label="Tax treatment",
        choices=_choices(TAX_TREATMENTS, "— decide at payment"),
        required=False,
    )
    repayment_terms = forms.CharField(
        label="Repayment terms", max_length=5000, widget=TEXT, required=False
    )
    override_reason = forms.CharField(
        label="Reason to exceed the budget",
        max_length=5000,
        widget=TEXT,
        required=False,
        help_text="Needed only when the fee would exceed a budget.",
    )

    def __init__(self, *args: Any, memberships: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["member"]
        assert isinstance(field, forms.ChoiceField)
        field.choices = member_choices(memberships)


class SubscriptionForm(forms.Form):
    provider = forms.CharField(
        label="Provider",
        max_length=200,
        help_text="As the catalogue names it, e.g. LabCE (MediaLab)",
        widget=forms.TextInput(attrs={"list": "providers"}),
    )
    name = forms.CharField(label="Plan", max_length=200, required=False)
    seats = forms.IntegerField(label="Seats", min_value=1, max_value=100_000)
    renews_on = forms.DateField(label="Renews on", widget=DATE)
    cost = money_field("Cost per period ($)", required=False)
    all_items = forms.BooleanField(
        label="Includes every catalogue item from this provider", required=False
    )


class ItemsForm(forms.Form):
    items = forms.MultipleChoiceField(
        label="Catalogue items included",
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )

    def __init__(self, *args: Any, choices: list[tuple[str, str]], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["items"]
        assert isinstance(field, forms.MultipleChoiceField)
        field.choices = choices


class SeatForm(forms.Form):
    member = forms.ChoiceField(label="Member")

    def __init__(self, *args: Any, memberships: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["member"]
        assert isinstance(field, forms.ChoiceField)
        field.choices = member_choices(memberships)
