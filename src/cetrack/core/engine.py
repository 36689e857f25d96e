"""The compliance engine: a ledger and the rule library in, a typed evaluation out.

For each credential at an as-of date: the cycle window, each activity's credit in the rule's
units, why an activity does not count, an optimal allocation of credit to content-area
minimums (allocation.py), caps, exemptions, status, deadlines and documentation findings.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Final, Literal

from cetrack.core.allocation import Item, allocate
from cetrack.core.dates import months_between
from cetrack.core.findings import Finding, documentation_findings
from cetrack.core.ledger import Activity, Credential, Ledger, Person
from cetrack.core.names import topic_name
from cetrack.core.rules.library import (
    CompiledRequirement,
    CompiledVersion,
    RuleBook,
    RuleLibrary,
    default_library,
)
from cetrack.core.rules.schema import Confidence, Source
from cetrack.core.units import format_credit, minutes_to_hundredths
from cetrack.core.vocabulary import vocabulary
from cetrack.core.windows import Deadlines, Window, cycle_window, date_reason, deadlines_for

Status = Literal["met", "not_met", "not_applicable", "unverified"]
"""A credential's verdict. "unverified" is only a would-be "met" resting on unconfirmed figures
(or a credential with no confirmed rule at all, e.g. New York): short is short."""
RequirementStatus = Literal["met", "not_met", "not_applicable"]

MET: Final = "met"
NOT_MET: Final = "not_met"
NOT_APPLICABLE: Final = "not_applicable"
UNVERIFIED: Final = "unverified"
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
    status: RequirementStatus
    note: str | None = None

    @property
    def missing(self) -> int:
        return max(self.required - self.earned, 0) if self.status != NOT_APPLICABLE else 0


@dataclass(frozen=True, slots=True)
class CredentialEvaluation:
    credential: Credential
    book: RuleBook | None
    status: Status
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
    confidence: Confidence = "official"  # the weakest of the figures the verdict rests on
    to_confirm: tuple[str, ...] = ()  # unconfirmed figures a "met" would rest on
    bases: tuple[tuple[str, str], ...] = ()  # (activity, the accepted source it counts as)

    @property
    def excluded(self) -> tuple[Excluded, ...]:
        """Every activity that does not count, with the reason."""
        if not self.outside or self.window is None or self.as_of is None:
            return self.excluded_inside
        window, as_of = self.window, self.as_of
        dated = tuple(
            Excluded(a.id, date_reason(a, window, as_of) or "outside the window")
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


def _accepted_source(book: RuleBook, activity: Activity) -> tuple[str | None, str | None]:
    """(why the program does not accept this activity's source, or the accepted source's
    name when the program names its sources). Involvement (presenting, committees...) has no
    accreditation and is left to the kind policies."""
    if activity.kind not in LEARNING_KINDS:
        return None, None
    vocab = vocabulary()
    ident = vocab.accreditation_id(activity.accreditation)
    approvals = vocab.approvals(activity.accreditation, activity.approvals)
    program = book.program
    if program.accepted_sources is not None:
        for accepted in program.accepted_sources:
            if (
                (accepted.board_approval and program.program in approvals)
                or ident in accepted.accreditations
                or any(vocab.named_in(activity.provider, p) for p in accepted.providers)
            ):
                return None, accepted.name
        return _refusal(book, activity, ident), None
    accepted_ids = book.accepted_accreditations
    if accepted_ids is None or ident in accepted_ids or program.program in approvals:
        return None, None
    return _refusal(book, activity, ident), None


def _refusal(book: RuleBook, activity: Activity, ident: str) -> str:
    vocab = vocabulary()
    authority = book.program.authority
    if activity.kind == "academic":
        # A college transcript prints no CE accreditation: only the institution matters.
        return (
            f"{authority} counts academic courses from accredited colleges and universities; "
            "this course is recorded as not from an accredited institution"
        )
    named = vocab.accreditations[ident].name if ident in vocab.accreditations else None
    return book.program.accreditation_reason or (
        f"{authority} does not accept CE accredited by '{named or activity.accreditation}'"
    )


def _accreditation_reason(book: RuleBook, activity: Activity) -> str | None:
    return _accepted_source(book, activity)[0]


# -- evaluation, in named steps ---------------------------------------------------------------
#
#   applicability  the cycle window, the version of the rules, exemptions: or an early answer
#   requirements   the total and the minimums that apply to this person in this cycle
#   eligibility    per activity in the window: kind, source, credit, documentation, areas
#   allocation     credit to minimums and caps (allocation.py), in _tally
#   status         short is short; "unverified" only for a would-be "met" on unconfirmed figures
#   result         the typed evaluation


@dataclass(slots=True)
class _Eligible:
    activity: Activity
    credit: int
    unverified: bool
    cap: int
    fits: tuple[int, ...]


@dataclass(slots=True)
class _Cycle:
    """What applies to a credential at the as-of date (step 1)."""

    window: Window
    deadlines: Deadlines
    version: CompiledVersion
    findings: list[Finding]


@dataclass(slots=True)
class _Required:
    """The total and the minimums of this cycle (step 2)."""

    total: int
    active: list[CompiledRequirement]
    exempt: list[RequirementResult]
    messages: list[str]
    to_confirm: list[str]
    confidence: Confidence


@dataclass(slots=True)
class _Chain:
    """The eligibility chain's outcome for the activities inside the window (step 3)."""

    eligible: list[_Eligible]
    excluded: list[Excluded]
    findings: list[Finding]
    bases: list[tuple[str, str]]


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
    cycle = _applicability(credential, book, as_of)
    if isinstance(cycle, CredentialEvaluation):
        return cycle
    required = _requirements(credential, book, cycle)
    if isinstance(required, CredentialEvaluation):
        return required
    if ends is None:
        ends = [a.end for a in activities]
    window = cycle.window
    inside_from = bisect_left(ends, window.start)
    inside_to = bisect_right(ends, min(window.end, as_of))
    chain = _eligibility(book, person, required.active, activities[inside_from:inside_to])
    cap_limits = [int(cap.max_fraction_of_total * required.total) for cap, _ in book.caps]
    outcome = _tally(chain.eligible, required.active, cap_limits, required.total)
    status = _status(book, cycle.version, required, chain, outcome, cap_limits)
    return _result(
        credential,
        book,
        as_of,
        cycle,
        required,
        chain,
        outcome,
        status,
        outside=(*activities[:inside_from], *activities[inside_to:]),
    )


def _applicability(
    credential: Credential, book: RuleBook, as_of: date
) -> _Cycle | CredentialEvaluation:
    """Step 1: the window and the version of the rules, or an early answer (no rule, no
    cycle, a repealed licence)."""
    found = cycle_window(book, credential, as_of) if book.cycle is not None else None
    if isinstance(found, str):
        return _unverifiable(credential, book, None, found)
    version = book.version_for(credential.cycle_end or (found.end if found else as_of))
    if version is not None and version.not_applicable:
        deadlines = (
            deadlines_for(book, credential, found, as_of)
            if found
            else Deadlines(credential.cycle_end)
        )
        return _not_applicable(credential, book, found, deadlines, version, version.not_applicable)
    if found is None:
        note = version.note if version is not None and version.note else None
        return _unverifiable(
            credential, book, None, note or f"{book.id} defines no renewal cycle", None, version
        )
    deadlines = deadlines_for(book, credential, found, as_of)
    if book.registration_only or version is None or version.total is None:
        why = (
            version.note
            if version is not None and version.note
            else f"no {book.name} rule covers a cycle ending {found.end}"
        )
        message = (
            f"{why} — no CE verdict is given; check with {book.program.authority} before renewing"
        )
        return _unverifiable(credential, book, found, message, deadlines, version)
    return _Cycle(found, deadlines, version, _cycle_findings(book, credential))


def _cycle_findings(book: RuleBook, credential: Credential) -> list[Finding]:
    """A cycle end that contradicts a shared fixed cycle (Florida's biennium) is a finding:
    the window follows the date entered, which the board will not."""
    cycle = book.cycle
    end = credential.cycle_end
    if cycle is None or cycle.type != "fixed" or end is None or credential.status == "expired":
        return []
    assert cycle.end_month and cycle.end_day
    parity = cycle.end_year_parity
    parity_ok = parity == "any" or (end.year % 2 == 0) == (parity == "even")
    if (end.month, end.day) == (cycle.end_month, cycle.end_day) and parity_ok:
        return []
    years = {"even": "even years", "odd": "odd years", "any": "every year"}[parity]
    shared = f"{date(2000, cycle.end_month, cycle.end_day):%-d %B} of {years}"
    return [
        Finding(
            "warning",
            f"{book.program.authority}: every licence shares one cycle ending {shared}; the "
            f"cycle end entered, {end:%-d %B %Y}, is not such a date — check it on your licence",
        )
    ]


def _requirements(
    credential: Credential, book: RuleBook, cycle: _Cycle
) -> _Required | CredentialEvaluation:
    """Step 2: the total and the minimums for this person in this cycle (expired credentials,
    first cycles, categories and levels added during the cycle)."""
    version, window = cycle.version, cycle.window
    assert version.total is not None
    total = version.total
    messages: list[str] = []
    to_confirm = _unconfirmed_figures(book, version)
    if credential.status == "expired" and version.expired_total is not None:
        total = version.expired_total
        messages.append(
            f"expired credential: {format_credit(total)} {book.unit} within {window.basis}"
        )
    requirements, exempt = _applicable_requirements(version, credential, window)
    first = book.first_cycle
    if not (
        first is not None
        and credential.first_licensed_on is not None
        and window.start <= credential.first_licensed_on <= window.end
    ):
        return _Required(
            total, requirements, exempt, messages, to_confirm, _confidence(book, version)
        )
    if first.policy == "exempt" and first.confidence == "unverified":
        # Short is short: the exemption is not confirmed, so the best-known figures apply.
        messages.append(
            f"{first.note} — this exemption was not found in the rule text we could read; "
            f"the full requirement is shown until {book.program.authority} confirms it"
        )
        # A "met" against the full requirement holds whether or not the exemption exists.
        confidence = _confidence(book, version)
        return _Required(total, requirements, exempt, messages, to_confirm, confidence)
    if first.policy == "exempt":
        return _not_applicable(credential, book, window, cycle.deadlines, version, first.note)
    if first.policy == "statutory-only":
        messages.append(first.note)
        exempt = exempt + [
            RequirementResult(r.id, r.name, r.minimum, 0, 0, NOT_APPLICABLE, "first cycle: exempt")
            for r in requirements
            if not r.statutory
        ]
        statutory = [r for r in requirements if r.statutory]
        total = sum(r.minimum for r in statutory)
        return _Required(total, statutory, exempt, messages, to_confirm, _confidence(book, version))
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
            cycle.deadlines,
            version,
        )
    if total == 0:
        return _not_applicable(credential, book, window, cycle.deadlines, version, first.note)
    return _Required(total, requirements, exempt, messages, to_confirm, _confidence(book, version))


_CONFIDENCE_ORDER: dict[Confidence, int] = {"official": 0, "secondary": 1, "unverified": 2}


def _confidence(book: RuleBook, version: CompiledVersion) -> Confidence:
    """The weakest confidence among the figures a verdict rests on."""
    found: list[Confidence] = [version.confidence]
    found.extend(r.confidence for r in version.requirements if r.confidence is not None)
    if book.cycle is not None:
        found.append(book.cycle.confidence)
    return max(found, key=_CONFIDENCE_ORDER.__getitem__)


def _unconfirmed_figures(book: RuleBook, version: CompiledVersion) -> list[str]:
    """What to confirm with the authority before a "met" resting on these figures holds."""
    found: list[str] = []
    if book.cycle is not None and book.cycle.confidence == "unverified":
        found.append(f"the cycle dates ({book.cycle.note or 'inferred'})")
    if version.confidence == "unverified":
        found.append(f"the required total of {format_credit(version.total or 0)} {book.unit}")
    weak = [r.name for r in version.requirements if r.confidence == "unverified"]
    if weak:
        found.append("the minimums for " + ", ".join(weak))
    return found


def _eligibility(
    book: RuleBook,
    person: Person,
    active: Sequence[CompiledRequirement],
    inside: Sequence[Activity],
) -> _Chain:
    """Step 3: each activity inside the window through the chain — kind policy, accepted
    source, credit, blocking documentation — and the minimums it may fill."""
    chain = _Chain([], [], [], [])
    topic_index: dict[str, list[int]] = {}
    for index, requirement in enumerate(active):
        for topic in requirement.topics:
            topic_index.setdefault(topic, []).append(index)
    vocab = vocabulary()
    for activity in inside:
        reason, unverified = _kind_reason(book, activity)
        basis = None
        if reason is None:
            reason, basis = _accepted_source(book, activity)
        if reason is None:
            credit, reason, note = activity_credit(book, activity)
            if note:
                chain.findings.append(Finding("info", note, activity.id))
        if reason is None:
            reason, documented = documentation_findings(book, activity, person)
            chain.findings.extend(documented)
        if reason is not None:
            chain.excluded.append(Excluded(activity.id, reason))
            continue
        if basis is not None:
            chain.bases.append((activity.id, basis))
            chain.findings.extend(_source_documentation(book, activity, basis))
        if unverified:
            chain.findings.append(
                Finding(
                    "warning",
                    f"{book.program.authority} names '{activity.kind}' but its credit value is "
                    f"not confirmed: {book.kinds[activity.kind].reason}",
                    activity.id,
                )
            )
        approvals = vocab.approvals(activity.accreditation, activity.approvals)
        topics = activity.topics
        candidates: Iterable[int] = (
            topic_index.get(topics[0], ())
            if len(topics) == 1
            else {i for t in topics for i in topic_index.get(t, ())}
        )
        fits = []
        for index in sorted(candidates):
            requirement = active[index]
            if requirement.approved_by and requirement.approved_by not in approvals:
                chain.findings.append(
                    Finding(
                        "info",
                        f"not from a provider approved by {book.program.authority}, so it "
                        f"cannot meet '{requirement.name}'; counted toward the general total "
                        "only",
                        activity.id,
                    )
                )
                continue
            fits.append(index)
        cap = book.cap_of_kind.get(activity.kind, -1)
        chain.eligible.append(_Eligible(activity, credit, unverified, cap, tuple(fits)))
    return chain


def _source_documentation(book: RuleBook, activity: Activity, basis: str) -> list[Finding]:
    accepted = next(s for s in book.program.accepted_sources or () if s.name == basis)
    if accepted.documentation is None:
        return []
    return [Finding("warning", accepted.documentation, activity.id)]


def _status(
    book: RuleBook,
    version: CompiledVersion,
    required: _Required,
    chain: _Chain,
    outcome: _Outcome,
    cap_limits: Sequence[int],
) -> Status:
    """Step 5. Short is short: below the best-known figures the verdict is "not met", whatever
    their confidence. "unverified" is only for a would-be "met" that rests on unconfirmed
    figures or on credit whose value is unconfirmed, and it says what to confirm."""
    messages, authority = required.messages, book.program.authority
    if not outcome.met:
        if required.to_confirm:
            messages.append(
                f"short of the best-known figures, which {authority} has not confirmed: "
                + "; ".join(required.to_confirm)
            )
        return NOT_MET
    status: Status = MET
    if any(e.unverified for e in chain.eligible):
        strict = [e for e in chain.eligible if not e.unverified]
        if not _tally(strict, required.active, cap_limits, required.total).met:
            status = UNVERIFIED
            kinds = sorted({e.activity.kind for e in chain.eligible if e.unverified})
            messages.append(
                "met only if the credit of activities with unconfirmed values is accepted: "
                f"confirm with {authority} what {', '.join(kinds)} earns"
            )
    if required.to_confirm:
        status = UNVERIFIED
        messages.append(
            f"met against figures {authority} has not confirmed: confirm "
            + "; ".join(required.to_confirm)
        )
    return status


def _result(
    credential: Credential,
    book: RuleBook,
    as_of: date,
    cycle: _Cycle,
    required: _Required,
    chain: _Chain,
    outcome: _Outcome,
    status: Status,
    outside: tuple[Activity, ...],
) -> CredentialEvaluation:
    """Step 6: the typed evaluation, with cap reasons and the sources cited."""
    total, active = required.total, required.active
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
    results.extend(required.exempt)
    excluded = list(chain.excluded)
    findings = [*cycle.findings, *chain.findings]
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
    sources = dict.fromkeys(cycle.version.sources)
    for requirement in active:
        sources.update(dict.fromkeys(requirement.sources))
    return CredentialEvaluation(
        credential=credential,
        book=book,
        status=status,
        unit=book.unit,
        window=cycle.window,
        required=total,
        earned=outcome.earned,
        requirements=tuple(results),
        counted=tuple(outcome.counted),
        excluded_inside=tuple(excluded),
        findings=tuple(findings),
        deadlines=cycle.deadlines,
        sources=tuple(sources),
        messages=tuple(required.messages),
        outside=outside,
        as_of=as_of,
        confidence=required.confidence,
        to_confirm=tuple(required.to_confirm),
        bases=tuple(chain.bases),
    )


def _applicable_requirements(
    version: CompiledVersion, credential: Credential, window: Window
) -> tuple[list[CompiledRequirement], list[RequirementResult]]:
    """The version's requirements with per-category ones expanded, and those exempt for this
    cycle: categories added during it, and a level's own minimum (Florida's supervision hour)
    when the person was licensed at that level during it."""
    result: list[CompiledRequirement] = []
    exempt: list[RequirementResult] = []
    upgraded = credential.upgraded_on
    for requirement in version.requirements:
        if (
            requirement.exempt_when_upgraded
            and upgraded is not None
            and window.start <= upgraded <= window.end
        ):
            note = f"licensed at this level on {upgraded:%-d %B %Y}, during this cycle: exempt"
            exempt.append(
                RequirementResult(requirement.id, requirement.name, 0, 0, 0, NOT_APPLICABLE, note)
            )
            continue
        if not requirement.per_category:
            result.append(requirement)
            continue
        for category in credential.categories:
            rid, name = (
                f"{requirement.id}:{category}",
                f"{requirement.name}: {topic_name(category)}",
            )
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
        confidence="unverified",
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
        confidence=version.confidence,
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
    approvals = vocabulary().approvals(activity.accreditation, activity.approvals)
    fits = requirement_fits(requirements, activity.topics, approvals)
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
