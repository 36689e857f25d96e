"""Budgets and year totals: what each budget a request is charged against has left, what a
person has received under §127 in a calendar year, and the managers' year overview.

A request is charged to its `budget_year` against the organisation's budget, its requester's
department's budget and the requester's own allowance (their personal budget, else the
allowance every member has). Requests approved, paid or reimbursed count (`core.funding.FUNDED`)
at their payment once made, else at the approved amount; requests waiting for a decision are
shown beside, as pending. §127 totals count payments by the calendar year they were made in.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from django.db import transaction
from django.db.models import Count, DecimalField, Q, QuerySet, Sum
from django.db.models.functions import Coalesce

from cetrack.core.funding import FUNDED, SPENT, ZERO, BudgetLine, YearLimit, default_limits
from cetrack.funding.history import log
from cetrack.funding.models import Budget, FundingRequest
from cetrack.orgs.models import Department, Membership
from cetrack.orgs.services import Outcome, person_name
from cetrack.planning.presenters import money

MONEY_FIELD: DecimalField[Decimal, Decimal] = DecimalField(max_digits=12, decimal_places=2)
FIRST_YEAR, LAST_YEAR = 2000, 2100


def charged_sum(rows: QuerySet[FundingRequest]) -> Decimal:
    """What funded requests take from a budget: each at its payment once made, else approval."""
    total = rows.filter(status__in=FUNDED).aggregate(
        total=Sum(Coalesce("paid_amount", "approved_amount"), output_field=MONEY_FIELD)
    )["total"]
    return total if total is not None else ZERO


def _year_rows(organisation_id: int, year: int, exclude: int | None) -> QuerySet[FundingRequest]:
    rows = FundingRequest.objects.filter(organisation_id=organisation_id, budget_year=year)
    return rows.exclude(pk=exclude) if exclude is not None else rows


def _member_budget(membership: Membership, year: int) -> Budget | None:
    budgets = Budget.objects.filter(
        organisation_id=membership.organisation_id, year=year, scope=Budget.Scope.MEMBER
    )
    own = budgets.filter(membership__user_id=membership.user_id).first()
    return own or budgets.filter(membership__isnull=True).first()


def lines_for(membership: Membership, year: int, exclude: int | None = None) -> list[BudgetLine]:
    """The budgets a request of `membership` for `year` is charged against, with what other
    funded requests already take from each (`exclude`: the request being decided)."""
    org_id = membership.organisation_id
    rows = _year_rows(org_id, year, exclude)
    lines = []
    whole = Budget.objects.filter(
        organisation_id=org_id, year=year, scope=Budget.Scope.ORGANISATION
    ).first()
    if whole is not None:
        name = f"{membership.organisation.name}'s {year} budget"
        lines.append(BudgetLine("organisation", name, whole.amount, charged_sum(rows)))
    if membership.department_id is not None:
        department = Budget.objects.filter(
            organisation_id=org_id,
            year=year,
            scope=Budget.Scope.DEPARTMENT,
            department_id=membership.department_id,
        ).first()
        if department is not None:
            taken = charged_sum(rows.filter(membership__department_id=membership.department_id))
            name = f"{membership.department}'s {year} budget"
            lines.append(
                BudgetLine(f"department:{membership.department_id}", name, department.amount, taken)
            )
    allowance = _member_budget(membership, year)
    if allowance is not None:
        taken = charged_sum(rows.filter(membership__user_id=membership.user_id))
        name = f"{person_name(membership.user)}'s {year} allowance"
        lines.append(BudgetLine(f"member:{membership.user_id}", name, allowance.amount, taken))
    return lines


def overrun_words(line: BudgetLine, over: Decimal) -> str:
    """ "exceeds Hematology's 2026 budget ($5,000; $4,650 already committed) by $350"."""
    return (
        f"exceeds {line.name} ({money(line.amount)}; {money(line.committed)} already committed) "
        f"by {money(over)}"
    )


# -- §127 ----------------------------------------------------------------------------------------


def section_127_used(
    organisation_id: int, user_id: int, year: int, exclude: int | None = None
) -> Decimal:
    """What the organisation paid the person as §127 educational assistance in calendar `year`."""
    rows = FundingRequest.objects.filter(
        organisation_id=organisation_id,
        membership__user_id=user_id,
        status__in=SPENT,
        paid_on__year=year,
    )
    if exclude is not None:
        rows = rows.exclude(pk=exclude)
    total = rows.aggregate(total=Sum("section_127_amount"))["total"]
    return total if total is not None else ZERO


@dataclass(frozen=True)
class Section127:
    """One person's §127 total for a year against the limit."""

    year: int
    used: Decimal
    limit: YearLimit

    @property
    def left(self) -> Decimal:
        return max(self.limit.amount - self.used, ZERO)

    @property
    def text(self) -> str:
        unconfirmed = "" if self.limit.confirmed else " (limit not confirmed)"
        return f"{money(self.used)} of {money(self.limit.amount)} in {self.year}{unconfirmed}"


def section_127_for(organisation_id: int, user_id: int, year: int) -> Section127:
    return Section127(
        year, section_127_used(organisation_id, user_id, year), default_limits().for_year(year)
    )


# -- the managers' overview --------------------------------------------------------------------


@dataclass(frozen=True)
class BudgetRow:
    budget: Budget | None
    name: str
    amount: Decimal
    committed: Decimal
    pending: Decimal

    @property
    def left(self) -> Decimal:
        return self.amount - self.committed


@dataclass(frozen=True)
class PersonYear:
    name: str
    department: str
    pending: Decimal
    committed: Decimal
    allowance: Decimal | None
    section_127: Section127
    requests: int


def _pending(rows: QuerySet[FundingRequest]) -> Decimal:
    total = rows.filter(status="requested").aggregate(total=Sum("cost"))["total"]
    return total if total is not None else ZERO


def budget_rows(organisation: Any, year: int) -> list[BudgetRow]:
    rows = _year_rows(organisation.pk, year, None)
    out = []
    for budget in Budget.objects.filter(organisation=organisation, year=year).select_related(
        "department", "membership__user"
    ):
        scoped = rows
        if budget.scope == Budget.Scope.ORGANISATION:
            name = f"{organisation.name} (everyone)"
        elif budget.scope == Budget.Scope.DEPARTMENT:
            name = str(budget.department)
            scoped = rows.filter(membership__department=budget.department)
        elif budget.membership is not None:
            name = f"{person_name(budget.membership.user)} (own allowance)"
            scoped = rows.filter(membership__user_id=budget.membership.user_id)
        else:
            name = "Each member's allowance"
            out.append(BudgetRow(budget, name, budget.amount, ZERO, ZERO))
            continue
        out.append(BudgetRow(budget, name, budget.amount, charged_sum(scoped), _pending(scoped)))
    order = {"organisation": 0, "department": 1, "member": 2}
    out.sort(key=lambda r: (order.get(r.budget.scope if r.budget else "", 3), r.name))
    return out


def _per_user(rows: QuerySet[FundingRequest], **totals: Any) -> dict[int, dict[str, Any]]:
    return {
        row.pop("membership__user_id"): row
        for row in rows.values("membership__user_id").annotate(**totals).order_by()
    }


def people_in_year(organisation: Any, year: int) -> list[PersonYear]:
    """Everyone with a request charged to `year` or a §127 payment made in it: a fixed number
    of queries however many people."""
    rows = _year_rows(organisation.pk, year, None)
    charged = Coalesce("paid_amount", "approved_amount", output_field=MONEY_FIELD)
    sums = _per_user(
        rows,
        n=Count("id"),
        pending=Sum("cost", filter=Q(status="requested")),
        committed=Sum(charged, filter=Q(status__in=FUNDED), output_field=MONEY_FIELD),
    )
    paid = _per_user(
        FundingRequest.objects.filter(
            organisation=organisation, status__in=SPENT, paid_on__year=year
        ),
        used=Sum("section_127_amount"),
    )
    chosen: dict[int, Membership] = {}
    for m in Membership.objects.filter(
        organisation=organisation, user_id__in=set(sums) | set(paid)
    ).select_related("user", "department"):
        best = chosen.get(m.user_id)
        if best is None or (m.left_at is None, m.joined_at) > (
            best.left_at is None,
            best.joined_at,
        ):
            chosen[m.user_id] = m
    budgets = Budget.objects.filter(
        organisation=organisation, year=year, scope="member"
    ).select_related("membership")
    default = next((b.amount for b in budgets if b.membership is None), None)
    own = {b.membership.user_id: b.amount for b in budgets if b.membership is not None}
    limit = default_limits().for_year(year)
    out = []
    for user_id, membership in chosen.items():
        mine = sums.get(user_id, {})
        out.append(
            PersonYear(
                name=person_name(membership.user),
                department=str(membership.department or ""),
                pending=mine.get("pending") or ZERO,
                committed=mine.get("committed") or ZERO,
                allowance=own.get(user_id, default),
                section_127=Section127(year, paid.get(user_id, {}).get("used") or ZERO, limit),
                requests=mine.get("n", 0),
            )
        )
    return sorted(out, key=lambda p: p.name.lower())


# -- setting budgets -----------------------------------------------------------------------------


def set_budget(
    actor: Any,
    organisation: Any,
    year: int,
    scope: str,
    amount: Decimal | None,
    department: Department | None = None,
    membership: Membership | None = None,
) -> Outcome:
    """Sets (or with `amount` None removes) one budget; the audit trail keeps the old figure."""
    if not FIRST_YEAR <= year <= LAST_YEAR:
        return Outcome(problems=[("year", f"choose a year from {FIRST_YEAR} to {LAST_YEAR}")])
    if amount is not None and amount < 0:
        return Outcome(problems=[("amount", "a budget cannot be negative")])
    if scope == Budget.Scope.DEPARTMENT and department is None:
        return Outcome(problems=[("department", "choose the department")])
    if scope not in Budget.Scope.values:
        return Outcome(problems=[("scope", "choose whose budget it is")])
    key = {
        "organisation": organisation,
        "year": year,
        "scope": scope,
        "department": department if scope == Budget.Scope.DEPARTMENT else None,
        "membership": membership if scope == Budget.Scope.MEMBER else None,
    }
    if scope == Budget.Scope.ORGANISATION:
        whose = f"{organisation.name}'s"
    elif scope == Budget.Scope.DEPARTMENT:
        whose = f"{department}'s"
    elif membership is not None:
        whose = f"{person_name(membership.user)}'s own"
    else:
        whose = "each member's"
    with transaction.atomic():
        existing = Budget.objects.select_for_update().filter(**key).first()
        before = money(existing.amount) if existing else "none"
        if amount is None:
            if existing is None:
                return Outcome(problems=[("amount", "there is no such budget to remove")])
            existing.delete()
            log(organisation.pk, actor, "budget", f"Removed {whose} {year} budget (was {before})")
            return Outcome(saved=None)
        budget = existing or Budget(**key)
        budget.amount, budget.updated_by = amount, actor
        budget.save()
        log(
            organisation.pk,
            actor,
            "budget",
            f"Set {whose} {year} budget to {money(amount)} (was {before})",
            budget=budget.pk,
        )
    return Outcome(saved=budget)
