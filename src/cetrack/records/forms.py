"""Forms collect ledger keys and values; the core decides what is valid (see services)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from django import forms
from django.utils import timezone

from cetrack.core.activity_fields import field as activity_field
from cetrack.core.credential_fields import CATEGORY_NAMES, LICENSED_CATEGORIES, credential_needs
from cetrack.core.ledger import AMOUNT_FIELDS, default_accreditation
from cetrack.core.names import (
    STATES,
    approval_name,
    day_text,
    evidence_name,
    human_problem,
    kind_name,
    ruleset_choices,
    ruleset_name,
    topic_name,
)
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


def _text(key: str) -> forms.CharField:
    """A text field of the activity form as the core's activity field registry describes it
    (label, length kept, required)."""
    item = activity_field(key)
    return forms.CharField(label=item.label, max_length=item.max_length, required=item.required)


def _split(text: str) -> list[str]:
    return [part.strip() for part in text.replace(";", ",").split(",") if part.strip()]


class ActivityForm(forms.Form):
    title = _text("title")
    provider = _text("provider")
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
    accreditation = forms.ChoiceField(
        initial="",
        help_text="The accreditation printed on the certificate (e.g. “P.A.C.E.® program "
        "no. …”). Choose “Not accredited” only if it names none: such CE rarely counts.",
        error_messages={"required": "Choose the accreditation the certificate names."},
    )
    evidence = forms.ChoiceField(required=False)
    participant_name = _text("participant_name")
    course_number = _text("course_number")
    provider_number = _text("provider_number")
    approval_number = _text("approval_number")
    accrediting_agency_number = _text("accrediting_agency_number")
    license_number = _text("license_number")
    approvals = forms.MultipleChoiceField(
        label="Approved by a state board",
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text="Tick the board whose approval number the certificate shows (Florida "
        "certificates print it beside the CE Broker number).",
    )
    break_minutes = forms.IntegerField(
        label="Break minutes (only with minutes)", min_value=0, required=False
    )
    level = _text("level")
    delivery = forms.ChoiceField(
        required=False, choices=[("", "—"), ("live", "Live"), ("self-study", "Self-study")]
    )
    notes = forms.CharField(widget=forms.Textarea(attrs={"rows": 2}), required=False)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        words = vocabulary()
        self.fields["kind"].choices = [(k, kind_name(k)) for k in words.kinds]  # type: ignore[attr-defined]
        self.fields["topics"].choices = [(t, topic_name(t)) for t in words.topics]  # type: ignore[attr-defined]
        self.fields["evidence"].choices = [  # type: ignore[attr-defined]
            ("", "—"),
            *((e, evidence_name(e)) for e in words.evidence),
        ]
        # No default: "Not accredited" saved by accident counts for nothing, silently.
        self.fields["accreditation"].choices = [  # type: ignore[attr-defined]
            ("", "Choose what the certificate names"),
            *((a.id, a.name) for a in words.accreditations.values()),
        ]
        # The state boards; an approval already recorded under another id stays choosable.
        held = self.initial.get("approvals") or []
        known = list(STATES)
        self.fields["approvals"].choices = [  # type: ignore[attr-defined]
            *((program, approval_name(program)) for program in known),
            *((other, other) for other in dict.fromkeys(held) if other not in known),
        ]
        for field in self.fields.values():
            # The browser would cut a longer paste silently; the server says where the limit is.
            field.widget.attrs.pop("maxlength", None)

    def clean_completed_on(self) -> date:
        day: date = self.cleaned_data["completed_on"]
        today = timezone.localdate()
        if day > today:
            raise forms.ValidationError(
                f"{day_text(day)} is in the future: record CE once you have completed it "
                "(plan what is ahead under Plan renewal).",
                code="future",
            )
        return day

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        self.split = self._topic_amounts(data)
        return data

    @property
    def split_rows(self) -> list[tuple[str, str, str]]:
        """(topic, name, amount as typed) for each ticked topic, when the person splits the
        amount by topic (`split` ticked): one activity per topic is recorded."""
        if not self.is_bound or not self.data.get("split"):
            return []
        ticked = self.data.getlist("topics") if hasattr(self.data, "getlist") else []
        known = vocabulary().topics
        return [
            (t, topic_name(t), str(self.data.get(f"split-{t}") or "")) for t in ticked if t in known
        ]

    def _topic_amounts(self, data: Mapping[str, Any]) -> dict[str, Decimal]:
        rows = self.split_rows
        if not rows:
            return {}
        amounts: dict[str, Decimal] = {}
        for topic, name, raw in rows:
            try:
                value = Decimal(raw.strip()) if raw.strip() else None
            except InvalidOperation:
                value = Decimal(-1)
            if value is None:
                continue
            if not value.is_finite() or value <= 0 or value != value.quantize(Decimal("0.01")):
                self.add_error("topics", f"{name}: give the amount as a number above 0.")
                continue
            amounts[topic] = value
        total = data.get("amount_value")
        if len(amounts) < 2:
            self.add_error("topics", "To split, give the amount of at least two ticked topics.")
        elif total is not None and (added := sum(amounts.values(), Decimal(0))) != total:
            self.add_error(
                "topics",
                f"The amounts per topic add up to {added.normalize():f}; "
                f"the whole activity is {total.normalize():f}.",
            )
        return amounts

    def entries(self) -> list[dict[str, Any]]:
        """The ledger entries to record: one, or one per topic when the amount is split."""
        entry = self.entry()
        split = getattr(self, "split", {})
        if not split:
            return [entry]
        unit = next(u for u in AMOUNT_FIELDS if u in entry)
        return [
            {
                **entry,
                unit: amount,
                "topics": [topic],
                "title": f"{entry['title']} — {topic_name(topic)}",
            }
            for topic, amount in split.items()
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
        data["approvals"] = list(data.get("approvals") or [])
        if data.get("accreditation") == "none":
            # Left at the default: an academic course implies an accredited institution.
            data["accreditation"] = default_accreditation(data.get("kind") or "")
        entry.update(data)
        return entry

    @classmethod
    def initial_from(cls, entry: Mapping[str, Any]) -> dict[str, Any]:
        """The form's values for a ledger entry, whatever it came from (a database row, a
        captured draft, a catalogue item): the one mapping from an activity to this form."""
        initial = {
            key: value
            for key, value in entry.items()
            if key in cls.base_fields and value not in (None, "", [], ())
        }
        end = entry.get("end") or entry.get("completed_on")
        if end:
            initial["completed_on"] = end
        start = entry.get("start")
        initial.pop("start", None)
        if start and start != end:
            initial["start"] = start
        unit = next((u for u in AMOUNT_FIELDS if entry.get(u) not in (None, "")), None)
        if unit is not None:
            initial["amount_unit"], initial["amount_value"] = unit, entry[unit]
        approvals = entry.get("approvals")
        if isinstance(approvals, list | tuple):
            initial["approvals"] = list(approvals)
        return initial

    @classmethod
    def initial_for(cls, row: Any) -> dict[str, Any]:
        """The form's values for a stored activity."""
        from cetrack.records.bridge import activity_entry

        return cls.initial_from(activity_entry(row))

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
            self.add_error(field, human_problem(message))


class CredentialForm(forms.Form):
    """A credential, asking only for what its rule set needs (core.credential_fields).

    Built with `rules` (a rule-set id) it shows that rule set's fields, each with help on where
    to find it; without one it is the picker. `taken` are the rule sets the person already
    holds: a second identical credential is refused."""

    rules = forms.ChoiceField(label="Credential", widget=forms.HiddenInput)
    cycle_end = forms.DateField(
        label="Current cycle ends",
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    certified_on = forms.DateField(
        label="Certified on",
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    first_licensed_on = forms.DateField(
        label="First licensed on", required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    upgraded_on = forms.DateField(
        label="Licensed at this level on",
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    status = forms.ChoiceField(
        choices=[("active", "Active"), ("expired", "Expired (reinstating)")], initial="active"
    )
    license_number = forms.CharField(
        label="Licence or certificate number", required=False, max_length=100
    )
    categories = forms.MultipleChoiceField(
        label="Licensed categories",
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    roles = forms.CharField(label="Roles (comma-separated)", required=False)
    notes = forms.CharField(widget=forms.Textarea(attrs={"rows": 2}), required=False)

    ALWAYS = ("rules",)

    def __init__(
        self,
        *args: Any,
        library: RuleLibrary,
        rules: str | None = None,
        taken: Iterable[str] = (),
        editing: bool = False,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self.library, self.taken, self.editing = library, set(taken), editing
        self.fields["rules"].choices = [(c.id, c.label) for c in ruleset_choices(library)]  # type: ignore[attr-defined]
        self.fields["categories"].choices = [  # type: ignore[attr-defined]
            (t, CATEGORY_NAMES.get(t) or topic_name(t)) for t in LICENSED_CATEGORIES
        ]
        self.book = library.get(rules or "")
        if self.book is None:
            return
        self.fields["rules"].initial = self.book.id
        self.needs = {n.field: n for n in credential_needs(self.book)}
        keep = {*self.ALWAYS, *self.needs, *(["notes"] if editing else [])}
        for name in list(self.fields):
            if name not in keep:
                del self.fields[name]
        for name, need in self.needs.items():
            self.fields[name].help_text = need.help
            self.fields[name].required = need.required
        if "cycle_end" in self.fields and self.book.cycle and self.book.cycle.type != "fixed":
            self.fields["cycle_end"].label = (
                "Current cycle ends" if "certified_on" in self.needs else "Licence expires on"
            )
        for field in self.fields.values():
            field.widget.attrs.pop("maxlength", None)

    def clean_rules(self) -> str:
        rules = str(self.cleaned_data["rules"])
        if rules in self.taken:
            raise forms.ValidationError(
                f"You already keep {ruleset_name(rules, self.library)}: edit that one instead "
                "of adding it twice.",
                code="duplicate",
            )
        return rules

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        needs = getattr(self, "needs", {})
        if "certified_on" in needs and not (data.get("cycle_end") or data.get("certified_on")):
            self.add_error(
                "cycle_end",
                "Give the date your current cycle ends, or the date you were certified.",
            )
        return data

    def entry(self, base: dict[str, Any] | None = None) -> dict[str, Any]:
        """The ledger credential: `base` (the row as it was, from initial_for) with the fields
        this form showed replaced, so a field the rule set does not ask for is kept."""
        data = {**(base or {}), **self.cleaned_data}
        data["roles"] = _split(data.get("roles") or "")
        data.setdefault("status", "active")
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
            self.add_error(key if key in self.fields else None, human_problem(message))


class CertificateForm(forms.Form):
    certificate = forms.FileField(label="Certificate file (PDF, PNG or JPEG)")
