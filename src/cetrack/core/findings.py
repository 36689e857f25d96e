"""Documentation checks per authority: does the record carry what an auditor will ask for?

Each rule file lists its checks; a `blocking` check means the authority would not accept the
activity at all (California without an accrediting-agency number), so it does not count; a
`warning` is shown but the credit stands (ASCP checks certificates only at audit).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from cetrack.core.ledger import Activity, Person

if TYPE_CHECKING:
    from cetrack.core.rules.library import RuleBook


@dataclass(frozen=True, slots=True)
class Finding:
    severity: str  # "error" (the authority would not accept it), "warning", "info"
    message: str
    activity: str | None = None


def _normal_name(name: str) -> str:
    return " ".join(name.split())


def documentation_findings(
    book: RuleBook, activity: Activity, person: Person
) -> tuple[str | None, list[Finding]]:
    """(reason the activity is not acceptable at all, or None; findings to show)."""
    findings: list[Finding] = []
    blocking: str | None = None
    for check in book.documentation:
        problem: str | None = None
        if check.check == "field":
            assert check.field is not None
            if not getattr(activity, check.field, None):
                problem = check.message
        elif check.check == "certificate":
            if not activity.certificate:
                problem = check.message
        elif check.check == "evidence-not":
            if activity.evidence in check.values:
                problem = check.message
        elif check.check == "name-match":
            if activity.participant_name is None:
                findings.append(
                    Finding(
                        "warning", f"participant name not recorded: {check.message}", activity.id
                    )
                )
            elif _normal_name(activity.participant_name) != _normal_name(person.name):
                problem = (
                    f"the certificate names '{activity.participant_name}', not "
                    f"'{person.name}': {check.message}"
                )
        if problem is None:
            continue
        if check.severity == "blocking":
            blocking = blocking or f"not acceptable documentation: {problem}"
            findings.append(Finding("error", problem, activity.id))
        else:
            findings.append(Finding("warning", problem, activity.id))
    return blocking, findings
