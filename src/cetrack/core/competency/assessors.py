"""Who may sign a competency assessment, by the site's accreditor's rules (`rules.Accreditor`).

`may_assess` answers for a test system of a complexity, `may_assess_duties` for the duties of a
consultant or supervisor. Both check what is recorded about the assessor on the day they sign:
their qualifications (positions such as technical consultant), each current on that day, and for
a rule that needs it a written delegation dated on or before that day. The answer is a
`Verdict` whose `reason` says in words why — the page shows it when a sign-off is refused.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from cetrack.core.competency.rules import Accreditor, Assessor, Cited
from cetrack.core.competency.vocabulary import COMPLEXITIES, POSITIONS
from cetrack.core.rules.schema import Confidence, Source


@dataclass(frozen=True, slots=True)
class Qualification:
    """A position a person is qualified for at a site, from `since` until `until` (inclusive)."""

    position: str
    since: date
    until: date | None = None
    delegated_on: date | None = None  # the date of a written delegation, if any
    delegated_by: str = ""  # who delegated, in words

    def current_on(self, day: date) -> bool:
        return self.since <= day and (self.until is None or day <= self.until)


@dataclass(frozen=True, slots=True)
class Verdict:
    allowed: bool
    reason: str
    confidence: Confidence | None = None
    sources: tuple[Source, ...] = ()
    position: str | None = None  # the qualification that allowed it
    delegated_on: date | None = None


def _position(ident: str) -> str:
    position = POSITIONS.get(ident)
    return position.name.lower() if position else ident


def _what_is_recorded(name: str, qualifications: Sequence[Qualification], on: date) -> str:
    if not qualifications:
        return f"{name} has no qualification recorded at this site."
    parts = []
    for q in qualifications:
        text = _position(q.position)
        if not q.current_on(on):
            text += (
                f" (from {q.since.isoformat()})"
                if q.since > on
                else f" (ended {q.until.isoformat() if q.until else ''})"
            )
        elif q.delegated_on is None:
            text += " with no written delegation"
        elif q.delegated_on > on:
            text += f" with a written delegation dated {q.delegated_on.isoformat()}, after today"
        else:
            text += f" delegated in writing on {q.delegated_on.isoformat()}"
        parts.append(text)
    return f"{name} is recorded as {', '.join(parts)}."


def _allowed(
    accreditor: Accreditor, rule: Cited, q: Qualification, what: str, written: bool
) -> Verdict:
    how = (
        f" delegated in writing on {q.delegated_on.isoformat()}"
        if written and q.delegated_on
        else ""
    )
    note = "" if rule.confidence == "official" else f" (rule confidence: {rule.confidence})"
    return Verdict(
        True,
        f"As {_position(q.position)}{how}, may assess {what} under {accreditor.name}{note}.",
        rule.confidence,
        accreditor.cited(rule),
        q.position,
        q.delegated_on if written else None,
    )


def _match(
    rules: Sequence[tuple[Cited, str, bool]],
    qualifications: Sequence[Qualification],
    on: date,
) -> tuple[Cited, Qualification, bool] | None:
    for rule, position, written in rules:
        for q in qualifications:
            if q.position != position or not q.current_on(on):
                continue
            if written and (q.delegated_on is None or q.delegated_on > on):
                continue
            return rule, q, written
    return None


def _refused(
    accreditor: Accreditor,
    rules: Sequence[tuple[Cited, str, bool]],
    what: str,
    name: str,
    qualifications: Sequence[Qualification],
    on: date,
) -> Verdict:
    options = [_position(p) + (" delegated in writing" if w else "") for _, p, w in rules]
    needed = ", or ".join(dict.fromkeys(options))
    article = "an" if needed[:1] in "aeiou" else "a"
    return Verdict(
        False,
        f"{name} may not sign: under {accreditor.name}, {what} is assessed by {article} {needed}. "
        + _what_is_recorded(name, qualifications, on),
        sources=tuple(s for rule, _, _ in rules for s in accreditor.cited(rule)),
    )


def may_assess(
    accreditor: Accreditor,
    *,
    complexity: str,
    qualifications: Sequence[Qualification],
    on: date,
    name: str,
    is_subject: bool = False,
) -> Verdict:
    """Whether a person holding `qualifications` may sign an assessment on a test system of
    `complexity` on day `on`. Waived tests use the accreditor's waived assessors (tracked by
    the lab's policy where the accreditor does not require it)."""
    if is_subject:
        return Verdict(False, f"{name} may not sign their own competency assessment.")
    if complexity == "waived":
        waived = accreditor.waived
        rules: list[tuple[Cited, str, bool]] = [(waived, p, False) for p in waived.assessors]
        what = "a waived test"
    else:
        found: Sequence[Assessor] = accreditor.assessors_for(complexity)
        rules = [(a, a.position, a.delegation == "written") for a in found]
        what = f"a {COMPLEXITIES.get(complexity, complexity).lower()} test system"
    match = _match(rules, qualifications, on)
    if match is None:
        return _refused(accreditor, rules, what, name, qualifications, on)
    return _allowed(accreditor, match[0], match[1], what, match[2])


def may_assess_duties(
    accreditor: Accreditor,
    *,
    position: str,
    qualifications: Sequence[Qualification],
    on: date,
    name: str,
    is_subject: bool = False,
) -> Verdict:
    """Whether a person may sign the assessment of someone's duties as `position`."""
    if is_subject:
        return Verdict(False, f"{name} may not sign their own competency assessment.")
    duties = accreditor.duties
    rules: list[tuple[Cited, str, bool]] = [(duties, p, False) for p in duties.assessors]
    what = f"the duties of a {_position(position)}"
    match = _match(rules, qualifications, on)
    if match is None:
        return _refused(accreditor, rules, what, name, qualifications, on)
    return _allowed(accreditor, match[0], match[1], what, False)
