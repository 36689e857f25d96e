"""A funding request's life: asked for, approved (against its budgets, an overrun needing an
explicit override with a reason) or denied, paid or reimbursed with its tax treatment (the §127
limit per person and calendar year), files attached, the activity it led to linked — or
cancelled. Managers also sponsor members for workshops and conferences (an approved request
with attendance expected).

One transaction each, an audit entry each (`cetrack.funding.history.log`), problems as data
(`Outcome`, key = the form field at fault). Callers have checked access
(`cetrack.funding.access`); what only the data can tell is checked here: nobody decides or pays
their own request, a move the payment status does not allow is refused with the reason.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from django.db import transaction
from django.utils import timezone

from cetrack.core.funding import (
    EXCESS_TREATMENTS,
    FILE_KINDS,
    KINDS,
    OPEN,
    SPENT,
    TAX_TREATMENTS,
    ZERO,
    Split,
    YearLimit,
    default_limits,
    move_problem,
    overruns,
    split_section_127,
)
from cetrack.funding.access import manages, owns
from cetrack.funding.budgets import (
    FIRST_YEAR,
    LAST_YEAR,
    lines_for,
    overrun_words,
    section_127_used,
)
from cetrack.funding.history import log
from cetrack.funding.models import Budget, FundingRequest, RequestFile
from cetrack.orgs.models import Membership
from cetrack.orgs.services import Outcome, person_name
from cetrack.planning.presenters import money
from cetrack.records import evidence

MAX_COST = Decimal("1000000")
MAX_TEXT = 5000
Problems = list[tuple[str | None, str]]


def _fail(key: str | None, message: str) -> Outcome:
    return Outcome(problems=[(key, message)])


def _text(data: dict[str, Any], key: str, limit: int = MAX_TEXT) -> str:
    return str(data.get(key) or "").replace("\x00", "").strip()[:limit]


def _amount(value: Any, key: str, problems: Problems, *, label: str = "the cost") -> Decimal:
    """A positive amount of dollars with at most two decimals, else a problem under `key`."""
    try:
        amount = value if isinstance(value, Decimal) else Decimal(str(value).strip())
    except (InvalidOperation, ValueError):
        problems.append((key, f"give {label} in dollars, e.g. 1200 or 89.50"))
        return ZERO
    if not amount.is_finite() or amount <= 0:
        problems.append((key, f"{label} must be more than $0"))
    elif amount > MAX_COST:
        problems.append((key, f"{label} can be at most {money(MAX_COST)}"))
    elif amount != amount.quantize(Decimal("0.01")):
        problems.append((key, f"give {label} to the cent (two decimals at most)"))
    return amount if amount.is_finite() else ZERO


def _who(request: FundingRequest) -> str:
    return f"{person_name(request.membership.user)}'s “{request.title}”"


def _catalogue_item(item_id: str) -> Any:
    from cetrack.planning.catalogue import site_catalogue

    return site_catalogue().catalogue.by_id.get(item_id)


# -- asking ------------------------------------------------------------------------------------


@dataclass
class _Asked:
    fields: dict[str, Any]
    problems: Problems


def _from_catalogue(item_id: str, fields: dict[str, Any], problems: Problems) -> None:
    """Blank facts filled from the catalogue item the request names."""
    item = _catalogue_item(item_id)
    if item is None:
        problems.append(("catalogue_item", "that item is not in the catalogue"))
        return
    fields["catalogue_item"] = item.id
    fields["title"] = fields["title"] or item.title[:300]
    fields["provider"] = fields["provider"] or (item.provider or "")[:200]
    fields["starts_on"] = fields["starts_on"] or item.start
    fields["ends_on"] = fields["ends_on"] or item.end or item.start
    if fields["cost"] in (None, "") and item.price is not None and item.price > 0:
        fields["cost"] = item.price
    if not fields["kind"]:
        fields["kind"] = "event" if item.kind in ("workshop", "conference") else "course"


def _read_request(data: dict[str, Any], today: date) -> _Asked:
    problems: Problems = []
    fields: dict[str, Any] = {
        "kind": _text(data, "kind", 20),
        "title": _text(data, "title", 300),
        "provider": _text(data, "provider", 200),
        "description": _text(data, "description"),
        "justification": _text(data, "justification"),
        "starts_on": data.get("starts_on") or None,
        "ends_on": data.get("ends_on") or None,
        "cost": data.get("cost"),
        "catalogue_item": "",
    }
    item_id = _text(data, "catalogue_item", 100)
    if item_id:
        _from_catalogue(item_id, fields, problems)
    if fields["kind"] not in KINDS:
        problems.append(("kind", "choose tuition, a CE course or package, or an event"))
    if not fields["title"]:
        problems.append(("title", "say what the request is for (the course, term or event)"))
    if not fields["justification"]:
        problems.append(("justification", "say why the laboratory should pay for it"))
    for key in ("starts_on", "ends_on"):
        if fields[key] is not None and not isinstance(fields[key], date):
            problems.append((key, "give a date as YYYY-MM-DD"))
            fields[key] = None
    if fields["starts_on"] and fields["ends_on"] and fields["ends_on"] < fields["starts_on"]:
        problems.append(("ends_on", "the end is before the start"))
    if fields["cost"] in (None, ""):
        problems.append(("cost", "give the cost in dollars"))
    else:
        fields["cost"] = _amount(fields["cost"], "cost", problems)
    year = data.get("budget_year") or (fields["starts_on"] or today).year
    if not isinstance(year, int) or not FIRST_YEAR <= year <= LAST_YEAR:
        problems.append(("budget_year", f"choose a year from {FIRST_YEAR} to {LAST_YEAR}"))
        year = today.year
    fields["budget_year"] = year
    return _Asked(fields, problems)


def create_request(actor: Any, membership: Membership, data: dict[str, Any]) -> Outcome:
    """A member asks for funding (`membership` is theirs, current)."""
    asked = _read_request(data, timezone.localdate())
    if asked.problems:
        return Outcome(problems=asked.problems)
    with transaction.atomic():
        row = FundingRequest.objects.create(
            organisation_id=membership.organisation_id,
            membership=membership,
            created_by=actor,
            attendance_expected=asked.fields["kind"] == "event",
            **asked.fields,
        )
        log(
            membership.organisation_id,
            actor,
            "request",
            f"{person_name(membership.user)} asked for {money(row.cost)} for “{row.title}”",
            request=row.pk,
        )
    return Outcome(saved=row)


# -- deciding ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Approval:
    amount: Any = None  # None: the cost asked for
    reason: str = ""
    override_reason: str = ""
    tax_treatment: str = ""
    repayment_terms: str = ""


def _not_yours(actor: Membership, request: FundingRequest, what: str) -> str | None:
    if owns(actor, request):
        return f"Someone else must {what} your own request."
    if not manages(actor):
        return f"Only a manager or administrator may {what} a request."
    return None


def _refused(message: str) -> Outcome:
    """Not this person's to do (their own request, or not their role): 403 in the API."""
    return Outcome(problems=[(None, message)], extra={"refused": True})


def _lock_budgets(request: FundingRequest) -> None:
    """Approvals charged to the same year wait for each other, so two cannot both fit."""
    list(
        Budget.objects.select_for_update()
        .filter(organisation_id=request.organisation_id, year=request.budget_year)
        .values_list("pk", flat=True)
    )
    Membership.objects.select_for_update().filter(pk=request.membership_id).exists()


def _approve(actor: Membership, request: FundingRequest, approval: Approval) -> Outcome:
    not_yours = _not_yours(actor, request, "decide on")
    if not_yours:
        return _refused(not_yours)
    moved = move_problem(request.status, "approved")
    if moved:
        return _fail(None, moved)
    problems: Problems = []
    amount = request.cost
    if approval.amount not in (None, ""):
        amount = _amount(approval.amount, "amount", problems, label="the amount")
        if not problems and amount > request.cost:
            problems.append(("amount", f"approve at most the {money(request.cost)} asked for"))
    treatment = approval.tax_treatment.strip()
    if treatment and treatment not in TAX_TREATMENTS:
        problems.append(("tax_treatment", "choose §127, working-condition or taxable"))
    if problems:
        return Outcome(problems=problems)
    _lock_budgets(request)
    over = overruns(lines_for(request.membership, request.budget_year, request.pk), amount)
    words = [overrun_words(o.line, o.over) for o in over]
    override = approval.override_reason.strip()[:MAX_TEXT]
    if words and not override:
        message = f"Approving {money(amount)} {'; it '.join(words)}. To approve anyway, give the reason for the override."
        return Outcome(problems=[("override_reason", message)], extra={"overruns": words})
    request.status = "approved"
    request.approved_amount = amount
    request.decided_by, request.decided_at = actor.user, timezone.now()
    request.decision_reason = approval.reason.strip()[:MAX_TEXT]
    request.overrun = "; ".join(words)
    request.override_reason = override if words else ""
    request.tax_treatment = treatment
    request.repayment_terms = approval.repayment_terms.strip()[:MAX_TEXT]
    request.save()
    summary = f"Approved {money(amount)} for {_who(request)}"
    if words:
        summary += f" over budget ({request.overrun}); override: {override}"
    log(request.organisation_id, actor.user, "approve", summary, request=request.pk)
    return Outcome(saved=request, extra={"overruns": words})


def approve(actor: Membership, request: FundingRequest, approval: Approval) -> Outcome:
    with transaction.atomic():
        request = FundingRequest.objects.select_for_update().get(pk=request.pk)
        return _approve(actor, request, approval)


def deny(actor: Membership, request: FundingRequest, reason: str) -> Outcome:
    reason = reason.strip()[:MAX_TEXT]
    with transaction.atomic():
        request = FundingRequest.objects.select_for_update().get(pk=request.pk)
        not_yours = _not_yours(actor, request, "decide on")
        if not_yours:
            return _refused(not_yours)
        moved = move_problem(request.status, "denied")
        if moved:
            return _fail(None, moved)
        if not reason:
            return _fail("reason", "say why the request is denied (the member sees it)")
        request.status, request.decision_reason = "denied", reason
        request.decided_by, request.decided_at = actor.user, timezone.now()
        request.save()
        log(
            request.organisation_id,
            actor.user,
            "deny",
            f"Denied {_who(request)}: {reason}",
            request=request.pk,
        )
    return Outcome(saved=request)


def cancel(actor: Membership, request: FundingRequest, reason: str = "") -> Outcome:
    """The requester withdraws an open request, or a manager cancels one (with a reason)."""
    reason = reason.strip()[:MAX_TEXT]
    with transaction.atomic():
        request = FundingRequest.objects.select_for_update().get(pk=request.pk)
        if not owns(actor, request) and not manages(actor):
            return _fail(None, "Only the requester or a manager may cancel a request.")
        refused = move_problem(request.status, "cancelled")
        if refused:
            return _fail(None, refused)
        if not owns(actor, request) and not reason:
            return _fail("reason", "say why you cancel someone else's request (they see it)")
        request.status, request.cancel_reason = "cancelled", reason
        request.save()
        text = f"Cancelled {_who(request)}" + (f": {reason}" if reason else "")
        log(request.organisation_id, actor.user, "cancel", text, request=request.pk)
    return Outcome(saved=request)


def set_terms(actor: Membership, request: FundingRequest, terms: str, treatment: str) -> Outcome:
    """Repayment terms and the planned tax treatment, until the payment is recorded."""
    with transaction.atomic():
        request = FundingRequest.objects.select_for_update().get(pk=request.pk)
        not_yours = _not_yours(actor, request, "set the terms of")
        if not_yours:
            return _refused(not_yours)
        if request.status not in OPEN:
            return _fail(
                None, f"The request is {request.status_label.lower()}: its terms stay as they were."
            )
        if treatment and treatment not in TAX_TREATMENTS:
            return _fail("tax_treatment", "choose §127, working-condition or taxable")
        request.repayment_terms = terms.strip()[:MAX_TEXT]
        request.tax_treatment = treatment
        request.save(update_fields=["repayment_terms", "tax_treatment", "updated_at"])
        log(
            request.organisation_id,
            actor.user,
            "terms",
            f"Set the terms of {_who(request)}",
            request=request.pk,
        )
    return Outcome(saved=request)


# -- paying ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Payment:
    how: str  # "paid" (to the provider) | "reimbursed" (to the member)
    amount: Any
    paid_on: Any
    tax_treatment: str = ""  # default: the treatment planned at approval
    excess_treatment: str = ""  # for the part of a §127 payment above the year's limit


def _payment_problems(request: FundingRequest, payment: Payment, today: date) -> Problems:
    problems: Problems = []
    amount = _amount(payment.amount, "amount", problems, label="the amount paid")
    approved = request.approved_amount or ZERO
    if not problems and amount > approved:
        problems.append(("amount", f"more than the {money(approved)} approved"))
    if not isinstance(payment.paid_on, date):
        problems.append(("paid_on", "give the date of the payment"))
    elif payment.paid_on > today:
        problems.append(("paid_on", "the payment date is in the future"))
    elif payment.paid_on.year < FIRST_YEAR:
        problems.append(("paid_on", f"give a date from {FIRST_YEAR} on"))
    if (payment.tax_treatment or request.tax_treatment) not in TAX_TREATMENTS:
        problems.append(("tax_treatment", "choose §127, working-condition or taxable"))
    if (
        payment.how == "reimbursed"
        and not request.files.filter(kind="receipt", deleted_at__isnull=True).exists()
    ):
        problems.append(("how", "attach the receipt before recording a reimbursement"))
    return problems


@dataclass(frozen=True)
class _Tax:
    split: Split
    used: Decimal  # paid under §127 earlier in the same calendar year
    limit: YearLimit | None


def _tax(request: FundingRequest, amount: Decimal, paid_on: date, treatment: str) -> _Tax:
    if treatment != "section-127":
        return _Tax(Split(ZERO, ZERO), ZERO, None)
    used = section_127_used(
        request.organisation_id, request.membership.user_id, paid_on.year, exclude=request.pk
    )
    limit = default_limits().for_year(paid_on.year)
    return _Tax(split_section_127(amount, used, limit.amount), used, limit)


def _over_limit_message(request: FundingRequest, amount: Decimal, tax: _Tax) -> str:
    assert tax.limit is not None
    year, above = tax.limit.year, money(tax.split.above)
    unconfirmed = "" if tax.limit.confirmed else f" (not confirmed for {year})"
    return (
        f"This payment takes {person_name(request.membership.user)}'s §127 total for {year} to "
        f"{money(tax.used + amount)}, {above} over the {money(tax.limit.amount)} "
        f"limit{unconfirmed}. Record the {above} as a working-condition benefit (job-related "
        "education) or as taxable wages."
    )


def record_payment(actor: Membership, request: FundingRequest, payment: Payment) -> Outcome:
    """The organisation paid the provider (paid) or the member (reimbursed)."""
    with transaction.atomic():
        request = (
            FundingRequest.objects.select_for_update()
            .select_related("membership__user")
            .get(pk=request.pk)
        )
        not_yours = _not_yours(actor, request, "record the payment of")
        if not_yours:
            return _refused(not_yours)
        how = payment.how
        if how not in SPENT:
            return _fail("how", "choose paid (to the provider) or reimbursed (to the member)")
        moved = move_problem(request.status, how)
        if moved:
            return _fail(None, moved)
        problems = _payment_problems(request, payment, timezone.localdate())
        if problems:
            return Outcome(problems=problems)
        amount = Decimal(str(payment.amount))
        treatment = payment.tax_treatment or request.tax_treatment
        _lock_budgets(request)  # the person's §127 total, as for approvals
        tax = _tax(request, amount, payment.paid_on, treatment)
        split = tax.split
        excess = payment.excess_treatment if split.above > 0 else ""
        if split.above > 0 and excess not in EXCESS_TREATMENTS:
            message = _over_limit_message(request, amount, tax)
            return Outcome(problems=[("excess_treatment", message)], extra={"split": split})
        request.status, request.paid_amount, request.paid_on = how, amount, payment.paid_on
        request.tax_treatment = treatment
        request.section_127_amount, request.excess_amount = split.within, split.above
        request.excess_treatment = excess
        request.save()
        verb = "Paid" if how == "paid" else "Reimbursed"
        summary = f"{verb} {money(amount)} for {_who(request)} on {payment.paid_on:%-d %b %Y} as {TAX_TREATMENTS[treatment].lower()}"
        if split.above:
            summary += (
                f" ({money(split.above)} above the §127 limit as {TAX_TREATMENTS[excess].lower()})"
            )
        log(request.organisation_id, actor.user, how, summary, request=request.pk)
    return Outcome(saved=request, extra={"split": split})


# -- files and outcomes ------------------------------------------------------------------------


def attach(
    actor: Membership,
    request: FundingRequest,
    kind: str,
    name: str,
    content: bytes,
    size: int | None = None,
) -> Outcome:
    """A receipt, grade report, certificate or other document (checked by content)."""
    if request.status in ("denied", "cancelled"):
        return _fail(
            "file", f"The request is {request.status_label.lower()}: nothing more can be attached."
        )
    if kind not in FILE_KINDS:
        return _fail("kind", "choose receipt, grade report, certificate or other")
    checked = evidence.check_upload(name, content, size)
    if isinstance(checked, evidence.UploadProblem):
        return _fail("file", checked.message)
    with transaction.atomic():
        blob = evidence.store(content, checked)
        row = RequestFile.objects.create(
            request=request,
            kind=kind,
            blob=blob,
            original_name=evidence.safe_name(name),
            uploaded_by=actor.user,
        )
        log(
            request.organisation_id,
            actor.user,
            "file",
            f"Attached {FILE_KINDS[kind].lower()} {row.original_name} to {_who(request)}",
            request=request.pk,
        )
    return Outcome(saved=row)


def remove_file(actor: Membership, request: FundingRequest, item: RequestFile) -> Outcome:
    if request.status in SPENT:
        return _fail(None, "Files of a paid request are kept with its payment record.")
    with transaction.atomic():
        item.deleted_at = timezone.now()
        item.save(update_fields=["deleted_at"])
        log(
            request.organisation_id,
            actor.user,
            "file",
            f"Removed {item.original_name} from {_who(request)}",
            request=request.pk,
        )
    return Outcome(saved=item)


def record_outcome(
    actor: Membership, request: FundingRequest, activity: Any, grade: str
) -> Outcome:
    """The requester links the activity the funding led to (the certificate back in their
    records) and, for tuition, the grade. `activity` is one of their own (or None)."""
    if not owns(actor, request):
        return _fail(None, "Only the requester links what came of a request.")
    if request.status not in ("approved", "paid", "reimbursed"):
        return _fail(
            None, f"The request is {request.status_label.lower()}: there is nothing to link."
        )
    grade = grade.strip()[:40]
    with transaction.atomic():
        request.activity, request.grade = activity, grade
        request.save(update_fields=["activity", "grade", "updated_at"])
        parts = []
        if activity is not None:
            parts.append(f"the activity “{activity.title}” ({activity.end:%-d %b %Y})")
        if grade:
            parts.append(f"the grade {grade}")
        text = " and ".join(parts) or "nothing (cleared)"
        log(
            request.organisation_id,
            actor.user,
            "outcome",
            f"Linked {text} to {_who(request)}",
            request=request.pk,
        )
    return Outcome(saved=request)


# -- sponsorship -------------------------------------------------------------------------------


def sponsor(
    actor: Membership, member: Membership, data: dict[str, Any], approval: Approval
) -> Outcome:
    """A manager sponsors a member for a workshop or conference: the request is made on their
    behalf and approved at once (against the budgets, as any approval), attendance expected."""
    if member.user_id == actor.user_id:
        return _fail("member", "Someone else must sponsor you.")
    asked = _read_request(
        {**data, "kind": "event", "justification": data.get("justification") or "Sponsored"},
        timezone.localdate(),
    )
    if asked.problems:
        return Outcome(problems=asked.problems)
    with transaction.atomic():
        row = FundingRequest.objects.create(
            organisation_id=member.organisation_id,
            membership=member,
            created_by=actor.user,
            attendance_expected=True,
            **asked.fields,
        )
        log(
            member.organisation_id,
            actor.user,
            "sponsor",
            f"{person_name(actor.user)} sponsored {person_name(member.user)} for “{row.title}”",
            request=row.pk,
        )
        outcome = _approve(actor, row, approval)
        if not outcome.ok:
            transaction.set_rollback(True)
            return outcome
    return outcome
