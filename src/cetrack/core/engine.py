"""The compliance engine: a ledger and the rule library in, a typed evaluation out.

For each credential at an as-of date: the cycle window, each activity's credit in the rule's
units, why an activity does not count, an optimal allocation of credit to content-area
minimums (allocation.py), caps, exemptions, status, deadlines and documentation findings.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from cetrack.core.allocation import Item, allocate
from cetrack.core.dates import add_months, months_between
from cetrack.core.findings import Finding, documentation_findings
from cetrack.core.ledger import Activity, Credential, Ledger, Person
from cetrack.core.rules.library import (
    CompiledRequirement,
    CompiledVersion,
    RuleBook,
    RuleLibrary,
    default_library,
)
from cetrack.core.rules.schema import Source
from cetrack.core.units import format_credit, minutes_to_hundredths
from cetrack.core.vocabulary import vocabulary

MET = "met"
NOT_MET = "not_met"
NOT_APPLICABLE = "not_applicable"
UNVERIFIED = "unverified"
GENERAL = "general"
"""Requirement id for credit that counts toward the total but no content-area minimum."""

# Kinds whose accreditation a program checks; involvement (presenting, committees...) has none.
LEARNING_KINDS = frozenset(
    {
        "course",
        "live-session",
        "conference-session",
        "workshop",
        "in-service",
        "self-study",
        "academic",
    }
)


@dataclass(frozen=True, slots=True)
class Window:
    start: date
    end: date
    basis: str


@dataclass(frozen=True, slots=True)
class Counted:
    activity: str
    credit: int  # hundredths
    requirement: str


@dataclass(frozen=True, slots=True)
class Excluded:
    activity: str
    reason: str


@dataclass(frozen=True, slots=True)
class RequirementResult:
    id: str
    name: str
    required: int
    earned: int
    available: int
    status: str
    note: str | None = None

    @property
    def missing(self) -> int:
        return max(self.required - self.earned, 0) if self.status != NOT_APPLICABLE else 0


@dataclass(frozen=True, slots=True)
class Deadlines:
    cycle_end: date | None
    declaration_opens: date | None = None
    declaration_closes: date | None = None
    days_left: int | None = None


@dataclass(frozen=True, slots=True)
class CredentialEvaluation:
    credential: Credential
    book: RuleBook | None
    status: str
    unit: str
    window: Window | None
    required: int | None
    earned: int
    requirements: tuple[RequirementResult, ...]
    counted: tuple[Counted, ...]
    excluded_inside: tuple[Excluded, ...]
    findings: tuple[Finding, ...]
    deadlines: Deadlines
    sources: tuple[Source, ...]
    messages: tuple[str, ...]
    outside: tuple[Activity, ...] = ()  # dated outside the window; reasons made on demand
    as_of: date | None = None

    @property
    def excluded(self) -> tuple[Excluded, ...]:
        """Every activity that does not count, with the reason."""
        if not self.outside or self.window is None or self.as_of is None:
            return self.excluded_inside
        window, as_of = self.window, self.as_of
        dated = tuple(
            Excluded(a.id, _date_reason(a, window, as_of) or "outside the window")
            for a in self.outside
        )
        return dated + self.excluded_inside

    @property
    def missing(self) -> int | None:
        if self.required is None:
            return None
        missing = max(self.required - self.earned, 0)
        return max(missing, sum(r.missing for r in self.requirements))

    @property
    def progress(self) -> Progress | None:
        """Credit counting toward the requirement (see `Progress`); None without a figure."""
        if self.required is None:
            return None
        missing = self.missing or 0
        counted = max(self.required - missing, 0)
        return Progress(counted, self.required, missing, max(self.earned - counted, 0))


@dataclass(frozen=True, slots=True)
class Progress:
    """The one definition of progress, shown on every face (dashboard, credential page,
    planner before/after, transcript, API, CLI): `counted` is the credit that counts toward
    the requirement — the required total less what is still missing, area minimums included —
    so it never exceeds `required`; `surplus` is earned credit beyond that, shown only when
    labelled as surplus (it may be credit waiting on an area minimum, or simply extra)."""

    counted: int  # hundredths
    required: int
    missing: int
    surplus: int

    @property
    def percent(self) -> int:
        if self.required <= 0:
            return 100
        return max(0, min(100, self.counted * 100 // self.required))


@dataclass(frozen=True, slots=True)
class LedgerEvaluation:
    person: Person
    as_of: date
    credentials: tuple[CredentialEvaluation, ...]
    source: str | None = None


def evaluate(ledger: Ledger, as_of: date, library: RuleLibrary | None = None) -> LedgerEvaluation:
    """Evaluate every credential of a ledger at `as_of`."""
    library = library or default_library()
    activities = sorted(ledger.activities, key=lambda a: (a.end, a.id))
    ends = [a.end for a in activities]
    return LedgerEvaluation(
        person=ledger.person,
        as_of=as_of,
        credentials=tuple(
            evaluate_credential(c, activities, ledger.person, as_of, library.get(c.rules), ends)
            for c in ledger.credentials
        ),
        source=ledger.source,
    )


# -- windows and deadlines -------------------------------------------------------------------


def cycle_window(book: RuleBook, credential: Credential, as_of: date) -> Window | str:
    """The window in which CE counts, or a message saying why none can be set."""
    cycle = book.cycle
    if cycle is None:
        return "this rule set defines no renewal cycle"
    if credential.status == "expired":
        if not cycle.expired_lookback_months:
            return f"{book.id} has no rule for expired credentials"
        start = add_months(as_of, -cycle.expired_lookback_months) + timedelta(days=1)
        months = cycle.expired_lookback_months
        return Window(start, as_of, f"the last {months} months before the as-of date")
    if cycle.type == "fixed":
        assert cycle.end_month and cycle.end_day
        end = credential.cycle_end or _next_fixed_end(
            as_of, cycle.end_month, cycle.end_day, cycle.end_year_parity, cycle.months
        )
        start = add_months(end, -cycle.months) + timedelta(days=1)
        return Window(start, end, f"fixed {cycle.months}-month cycle shared by all licensees")
    if cycle.type == "calendar-years-before":
        if credential.cycle_end is None:
            return "cycle_end (the renewal date) is required"
        years = cycle.months // 12
        renewal_year = credential.cycle_end.year
        return Window(
            date(renewal_year - years, 1, 1),
            date(renewal_year - 1, 12, 31),
            f"the {years} calendar years before the renewal year {renewal_year}",
        )
    if credential.cycle_end is not None:
        end = credential.cycle_end
        start = add_months(end, -cycle.months) + timedelta(days=1)
        return Window(start, end, f"the {cycle.months} months ending on the cycle end")
    if credential.certified_on is not None:
        elapsed = max(months_between(credential.certified_on, as_of) // cycle.months, 0)
        start = add_months(credential.certified_on, elapsed * cycle.months)
        end = add_months(start, cycle.months) - timedelta(days=1)
        return Window(start, end, f"{cycle.months}-month cycle counted from certification")
    return "cycle_end or certified_on is required"


def _next_fixed_end(as_of: date, month: int, day: int, parity: str, months: int) -> date:
    year = as_of.year
    for _ in range(months // 12 + 2):
        candidate = date(year, month, day)
        parity_ok = parity == "any" or (year % 2 == 0) == (parity == "even")
        if candidate >= as_of and parity_ok:
            return candidate
        year += 1
    raise AssertionError("no fixed cycle end found")  # unreachable for validated rule files


def _deadlines(book: RuleBook, credential: Credential, window: Window, as_of: date) -> Deadlines:
    if credential.status == "expired":
        return Deadlines(cycle_end=credential.cycle_end)
    end = credential.cycle_end if credential.cycle_end is not None else window.end
    opens = closes = None
    if book.declaration is not None:
        opens = end - timedelta(days=book.declaration.opens_days_before)
        closes = end - timedelta(days=book.declaration.closes_days_before)
    return Deadlines(end, opens, closes, (end - as_of).days)


# -- credit and eligibility ------------------------------------------------------------------


def activity_credit(book: RuleBook, activity: Activity) -> tuple[int, str | None, str | None]:
    """Credit in hundredths of the rule's unit, with an exclusion reason or an info note."""
    conversion = book.conversion
    amount = activity.amount
    note = None
    if amount.unit == "minutes":
        minutes = int(amount.value) - (activity.break_minutes or 0)
        credit = minutes_to_hundredths(
            minutes,
            minutes_per_hour=conversion.minutes_per_hour,
            minimum_minutes=conversion.minimum_minutes,
            increment=conversion.minutes_increment,
        )
        if credit == 0:
            return (
                0,
                (
                    f"{minutes} instructional minutes is below the {conversion.minimum_minutes}-minute "
                    "minimum and earns no credit"
                ),
                None,
            )
        credit = credit * (conversion.per_unit["hours"] or 0) // 100
    else:
        factor = conversion.per_unit[amount.unit]
        if factor is None:
            return (
                0,
                (
                    f"{book.program.authority} publishes no conversion for "
                    f"{amount.unit.replace('_', ' ')} in the sources we could verify; record the "
                    f"{book.unit} it assigns with `points` or `hours`"
                ),
                None,
            )
        credit = int(amount.value * 100) * factor // 100
    accreditation = vocabulary().accreditation(activity.accreditation)
    if (
        accreditation is not None
        and accreditation.max_hours_per_day
        and activity.kind in accreditation.per_day_cap_kinds
    ):
        limit = accreditation.max_hours_per_day * 100 * activity.days
        limit = limit * (conversion.per_unit["hours"] or 0) // 100
        if credit > limit:
            note = (
                f"{accreditation.name} allows at most {accreditation.max_hours_per_day} contact "
                f"hours per day: {format_credit(credit)} reduced to {format_credit(limit)}"
            )
            credit = limit
    return credit, None, note


def _date_reason(activity: Activity, window: Window, as_of: date) -> str | None:
    done = activity.end
    if done > as_of:
        return f"dated {done}, after the as-of date {as_of}: not completed yet"
    if done > window.end:
        return (
            f"completed {done}, after the cycle ended on {window.end}; CE must be completed "
            "before the end of the cycle it is claimed for"
        )
    if done < window.start:
        return f"completed {done}, before this window began on {window.start} ({window.basis})"
    return None


def _kind_reason(book: RuleBook, activity: Activity) -> tuple[str | None, bool]:
    """(exclusion reason, counts only as unverified credit)."""
    policy = book.kinds.get(activity.kind)
    if policy is None:
        return None, False
    if policy.counts == "no":
        return policy.reason, False
    if policy.until is not None and activity.end > policy.until:
        return f"{policy.reason} (only for activities up to {policy.until})", False
    return None, policy.counts == "unverified"


def _accreditation_reason(book: RuleBook, activity: Activity) -> str | None:
    accepted = book.accepted_accreditations
    if accepted is None or activity.kind not in LEARNING_KINDS:
        return None
    vocab = vocabulary()
    ident = vocab.accreditation_id(activity.accreditation)
    if ident in accepted or book.program.program in activity.approvals:
        return None
    named = (
        vocab.accreditations[ident].name
        if ident in vocab.accreditations
        else activity.accreditation
    )
    return book.program.accreditation_reason or (
        f"{book.program.authority} does not accept CE accredited by '{named}'"
    )


# -- evaluation --------------------------------------------------------------------------------


@dataclass(slots=True)
class _Eligible:
    activity: Activity
    credit: int
    unverified: bool
    cap: int
    fits: tuple[int, ...]


def evaluate_credential(
    credential: Credential,
    activities: Sequence[Activity],
    person: Person,
    as_of: date,
    book: RuleBook | None,
    ends: Sequence[date] | None = None,
) -> CredentialEvaluation:
    """Evaluate one credential; `activities` must be sorted by end date (`ends` their ends)."""
    if book is None:
        return _unverifiable(credential, None, None, f"unknown rule set '{credential.rules}'")
    found = cycle_window(book, credential, as_of) if book.cycle is not None else None
    if isinstance(found, str):
        return _unverifiable(credential, book, None, found)
    version = book.version_for(credential.cycle_end or (found.end if found else as_of))
    if version is not None and version.not_applicable:
        deadlines = (
            _deadlines(book, credential, found, as_of) if found else Deadlines(credential.cycle_end)
        )
        return _not_applicable(credential, book, found, deadlines, version, version.not_applicable)
    if found is None:
        return _unverifiable(
            credential,
            book,
            None,
            (version.note if version is not None and version.note else None)
            or f"{book.id} defines no renewal cycle",
            None,
            version,
        )
    window = found
    deadlines = _deadlines(book, credential, window, as_of)
    if book.registration_only or version is None or version.total is None:
        why = (
            version.note
            if version is not None and version.note
            else f"no {book.name} rule covers a cycle ending {window.end}"
        )
        message = (
            f"{why} — no CE verdict is given; check with {book.program.authority} before renewing"
        )
        return _unverifiable(credential, book, window, message, deadlines, version)

    messages: list[str] = []
    findings: list[Finding] = []
    excluded: list[Excluded] = []
    total = version.total
    if credential.status == "expired" and version.expired_total is not None:
        total = version.expired_total
        messages.append(
            f"expired credential: {format_credit(total)} {book.unit} within {window.basis}"
        )
    requirements, exempt_categories = _applicable_requirements(version, credential, window)
    statutory_only = False
    first = book.first_cycle
    if (
        first is not None
        and credential.first_licensed_on is not None
        and (window.start <= credential.first_licensed_on <= window.end)
    ):
        if first.policy == "exempt" and first.confidence == "unverified":
            return _unverifiable(
                credential,
                book,
                window,
                f"{first.note} — this exemption was not found in the rule text we could read; "
                f"check with {book.program.authority}",
                deadlines,
                version,
            )
        if first.policy == "exempt":
            return _not_applicable(credential, book, window, deadlines, version, first.note)
        if first.policy == "statutory-only":
            statutory_only = True
            total = sum(r.minimum for r in requirements if r.statutory)
            messages.append(first.note)
        else:
            months = months_between(window.start, credential.first_licensed_on)
            step = next((s for s in first.prorate if months < s.licensed_within_months), None)
            total = int(step.total * 100) if step is not None else 0
            messages.append(f"{first.note}: {format_credit(total)} {book.unit} required")
            if total == 0 and book.cycle is not None and book.cycle.confidence == "unverified":
                return _unverifiable(
                    credential,
                    book,
                    window,
                    f"{first.note}: none required if the cycle dates are right, but they are "
                    f"not confirmed ({book.cycle.note or 'inferred'}); check with "
                    f"{book.program.authority}",
                    deadlines,
                    version,
                )
            if total == 0:
                return _not_applicable(credential, book, window, deadlines, version, first.note)

    active = [r for r in requirements if not statutory_only or r.statutory]
    exempt = {r.id for r in requirements if statutory_only and not r.statutory}
    eligible: list[_Eligible] = []
    cap_limits = [int(cap.max_fraction_of_total * total) for cap, _ in book.caps]
    cap_of_kind = book.cap_of_kind
    topic_index: dict[str, list[int]] = {}
    for index, requirement in enumerate(active):
        for topic in requirement.topics:
            topic_index.setdefault(topic, []).append(index)
    if ends is None:
        ends = [a.end for a in activities]
    inside_from = bisect_left(ends, window.start)
    inside_to = bisect_right(ends, min(window.end, as_of))
    outside = (*activities[:inside_from], *activities[inside_to:])
    for activity in activities[inside_from:inside_to]:
        reason, unverified = _kind_reason(book, activity)
        if reason is None:
            reason = _accreditation_reason(book, activity)
        if reason is None:
            credit, reason, note = activity_credit(book, activity)
            if note:
                findings.append(Finding("info", note, activity.id))
        if reason is None:
            reason, documented = documentation_findings(book, activity, person)
            findings.extend(documented)
        if reason is not None:
            excluded.append(Excluded(activity.id, reason))
            continue
        if unverified:
            findings.append(
                Finding(
                    "warning",
                    f"{book.program.authority} names '{activity.kind}' but its credit value is "
                    f"not confirmed: {book.kinds[activity.kind].reason}",
                    activity.id,
                )
            )
        cap = cap_of_kind.get(activity.kind, -1)
        fits = []
        topics = activity.topics
        candidates: Iterable[int] = (
            topic_index.get(topics[0], ())
            if len(topics) == 1
            else {i for t in topics for i in topic_index.get(t, ())}
        )
        for index in sorted(candidates):
            requirement = active[index]
            if requirement.approved_by and requirement.approved_by not in activity.approvals:
                findings.append(
                    Finding(
                        "info",
                        f"not approved by the board ('{requirement.approved_by}' is not in "
                        f"approvals), so it cannot meet '{requirement.name}'; counted toward "
                        "the general total only",
                        activity.id,
                    )
                )
                continue
            fits.append(index)
        eligible.append(_Eligible(activity, credit, unverified, cap, tuple(fits)))

    outcome = _tally(eligible, active, cap_limits, total)
    status = MET if outcome.met else NOT_MET
    if outcome.met and any(e.unverified for e in eligible):
        strict = _tally([e for e in eligible if not e.unverified], active, cap_limits, total)
        if not strict.met:
            status = UNVERIFIED
            messages.append(
                "met only if the credit of activities with unconfirmed values is accepted"
            )
    if book.cycle is not None and book.cycle.confidence == "unverified":
        status = UNVERIFIED
        messages.append(
            f"the cycle dates are not confirmed ({book.cycle.note or 'inferred'}); check the "
            f"window with {book.program.authority}"
        )
    if version.unverified:
        status = UNVERIFIED
        messages.append(
            f"the {book.name} figures are not confirmed by an official source; progress is "
            f"shown against them, but check with {book.program.authority}"
        )
    results = [
        RequirementResult(
            r.id,
            r.name,
            r.minimum,
            outcome.covered[i],
            outcome.available[i],
            MET if outcome.covered[i] >= r.minimum else NOT_MET,
        )
        for i, r in enumerate(active)
    ]
    results.extend(
        RequirementResult(r.id, r.name, r.minimum, 0, 0, NOT_APPLICABLE, "first cycle: exempt")
        for r in requirements
        if r.id in exempt
    )
    results.extend(exempt_categories)
    for activity_id, index in outcome.capped_out:
        rule = book.caps[index][0]
        excluded.append(
            Excluded(
                activity_id,
                f"{rule.name} is capped at {rule.max_fraction_of_total * 100:.0f}% of the "
                f"{format_credit(total)} {book.unit} required, and earlier activities reached it",
            )
        )
    for index, over in outcome.over_cap.items():
        rule = book.caps[index][0]
        findings.append(
            Finding(
                "info",
                f"{rule.name} is capped at {rule.max_fraction_of_total * 100:.0f}% of the "
                f"{format_credit(total)} {book.unit} required: {format_credit(over)} not counted",
            )
        )
    sources = dict.fromkeys(version.sources)
    for requirement in active:
        sources.update(dict.fromkeys(requirement.sources))
    return CredentialEvaluation(
        credential=credential,
        book=book,
        status=status,
        unit=book.unit,
        window=window,
        required=total,
        earned=outcome.earned,
        requirements=tuple(results),
        counted=tuple(outcome.counted),
        excluded_inside=tuple(excluded),
        findings=tuple(findings),
        deadlines=deadlines,
        sources=tuple(sources),
        messages=tuple(messages),
        outside=outside,
        as_of=as_of,
    )


def _applicable_requirements(
    version: CompiledVersion, credential: Credential, window: Window
) -> tuple[list[CompiledRequirement], list[RequirementResult]]:
    """The version's requirements with per-category ones expanded, and the categories added
    during this cycle, which are exempt for it."""
    result: list[CompiledRequirement] = []
    exempt: list[RequirementResult] = []
    for requirement in version.requirements:
        if not requirement.per_category:
            result.append(requirement)
            continue
        for category in credential.categories:
            rid, name = f"{requirement.id}:{category}", f"{requirement.name}: {category}"
            added = credential.categories_added_on.get(category)
            if added is not None and window.start <= added <= window.end:
                note = f"category added on {added}, during this cycle: exempt for this cycle"
                exempt.append(RequirementResult(rid, name, 0, 0, 0, NOT_APPLICABLE, note))
                continue
            result.append(
                CompiledRequirement(
                    id=rid,
                    name=name,
                    minimum=requirement.minimum,
                    topics=frozenset({category}),
                    per_category=False,
                    approved_by=requirement.approved_by,
                    statutory=requirement.statutory,
                    confidence=requirement.confidence,
                    sources=requirement.sources,
                )
            )
    return result, exempt


@dataclass(slots=True)
class _Outcome:
    earned: int
    covered: list[int]
    available: list[int]
    counted: list[Counted]
    over_cap: dict[int, int]
    capped_out: list[tuple[str, int]]  # (activity, cap): nothing left under the cap
    met: bool


def _tally(
    eligible: Sequence[_Eligible],
    requirements: Sequence[CompiledRequirement],
    cap_limits: Sequence[int],
    total: int,
) -> _Outcome:
    minimums = [r.minimum for r in requirements]
    items: list[Item] = [(e.credit, e.cap, e.fits) for e in eligible]
    allocation = allocate(items, minimums, cap_limits)
    available = [0] * len(requirements)
    cap_room = list(cap_limits)
    # Credit already placed in minimums uses cap room first.
    for item, placed in zip(eligible, allocation.placed, strict=True):
        if item.cap >= 0:
            cap_room[item.cap] -= sum(amount for _, amount in placed)
    counted: list[Counted] = []
    earned = 0
    over_cap: dict[int, int] = {}
    capped_out: list[tuple[str, int]] = []
    for item, placed in zip(eligible, allocation.placed, strict=True):
        for area in item.fits:
            available[area] += item.credit
        used = 0
        for area, amount in placed:
            counted.append(Counted(item.activity.id, amount, requirements[area].id))
            used += amount
        rest = item.credit - used
        if item.cap >= 0:
            allowed = min(rest, max(cap_room[item.cap], 0))
            cap_room[item.cap] -= allowed
            if rest > allowed:
                over_cap[item.cap] = over_cap.get(item.cap, 0) + rest - allowed
            rest = allowed
        if rest:
            counted.append(Counted(item.activity.id, rest, GENERAL))
        elif not used:
            capped_out.append((item.activity.id, item.cap))
        earned += used + rest
    covered = list(allocation.covered)
    met = earned >= total and all(c >= m for c, m in zip(covered, minimums, strict=True))
    return _Outcome(earned, covered, available, counted, over_cap, capped_out, met)


def _unverifiable(
    credential: Credential,
    book: RuleBook | None,
    window: Window | None,
    message: str,
    deadlines: Deadlines | None = None,
    version: CompiledVersion | None = None,
) -> CredentialEvaluation:
    return CredentialEvaluation(
        credential=credential,
        book=book,
        status=UNVERIFIED,
        unit=book.unit if book else "hours",
        window=window,
        required=None,
        earned=0,
        requirements=(),
        counted=(),
        excluded_inside=(),
        findings=(),
        deadlines=deadlines or Deadlines(credential.cycle_end),
        sources=version.sources if version is not None else (book.sources if book else ()),
        messages=(message,),
    )


def _not_applicable(
    credential: Credential,
    book: RuleBook,
    window: Window | None,
    deadlines: Deadlines,
    version: CompiledVersion,
    message: str,
) -> CredentialEvaluation:
    return CredentialEvaluation(
        credential=credential,
        book=book,
        status=NOT_APPLICABLE,
        unit=book.unit,
        window=window,
        required=0,
        earned=0,
        requirements=(),
        counted=(),
        excluded_inside=(),
        findings=(),
        deadlines=deadlines,
        sources=version.sources,
        messages=(message,),
    )


# -- public helpers for planners (what-if questions; the evaluation above does not use them) --


@dataclass(frozen=True, slots=True)
class Assessment:
    """How one activity would count for a rule set, its date aside (`assess_activity`)."""

    credit: int  # hundredths of the rule's unit; 0 when excluded
    reason: str | None  # why it would not count, as the engine words it
    unverified: bool  # its kind counts only as unconfirmed credit
    cap: int  # index into `book.caps`, or -1
    fits: tuple[int, ...]  # indices into the `requirements` given whose minimums it may fill


def cap_limits(book: RuleBook, total: int) -> list[int]:
    """Each cap's limit in hundredths for a required total, as `evaluate_credential` sets it."""
    return [int(cap.max_fraction_of_total * total) for cap, _ in book.caps]


def active_requirements(result: CredentialEvaluation) -> tuple[CompiledRequirement, ...]:
    """The requirements the engine allocated credit to for this evaluation, in the order of
    `result.requirements` (per-category ones expanded; exempt ones left out)."""
    book, window = result.book, result.window
    if book is None or window is None or not result.requirements:
        return ()
    version = book.version_for(result.credential.cycle_end or window.end)
    if version is None:
        return ()
    found, _exempt = _applicable_requirements(version, result.credential, window)
    by_id = {r.id: r for r in found}
    return tuple(
        by_id[r.id] for r in result.requirements if r.status != NOT_APPLICABLE and r.id in by_id
    )


def assess_activity(
    book: RuleBook,
    activity: Activity,
    person: Person,
    requirements: Sequence[CompiledRequirement],
) -> Assessment:
    """The engine's eligibility tests for one activity, in its order (kind policy, accepted
    accreditation, credit, blocking documentation checks) and the requirements it may fill
    (topics, board approval). The date window is the caller's business."""
    reason, unverified = _kind_reason(book, activity)
    if reason is None:
        reason = _accreditation_reason(book, activity)
    credit = 0
    if reason is None:
        credit, reason, _note = activity_credit(book, activity)
    if reason is None:
        reason, _found = documentation_findings(book, activity, person)
    if reason is not None:
        return Assessment(0, reason, unverified, -1, ())
    fits = requirement_fits(requirements, activity.topics, activity.approvals)
    return Assessment(credit, None, unverified, book.cap_of_kind.get(activity.kind, -1), fits)


def requirement_fits(
    requirements: Sequence[CompiledRequirement],
    topics: Iterable[str],
    approvals: Sequence[str],
) -> tuple[int, ...]:
    """Indices of the requirements that credit with these topics and board approvals may fill,
    as `evaluate_credential` matches them (a shared topic; `approved_by` in the approvals)."""
    wanted = set(topics)
    return tuple(
        index
        for index, requirement in enumerate(requirements)
        if requirement.topics & wanted
        and (not requirement.approved_by or requirement.approved_by in approvals)
    )
