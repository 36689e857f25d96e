"""What a complete competency assessment holds, checked as data before it is signed.

Each element is assessed by a method that can assess it (a quiz is not a direct observation)
and leaves the evidence that method needs: notes (what was observed, which records by title and
date), sample results (the sample's identity and the result against the expected one) or a
post-test score; a file (a scanned checklist, a QC printout) stands in for notes. An element
may be marked not applicable only with a reason. Which elements an assessment must cover:

- a nonwaived test system: all six, every time (CAP: "all six elements ... in each period
  unless not applicable"), except a re-assessment after remediation, which must cover the
  elements that failed;
- a waived test system (tracked by policy or required by the accreditor): at least the
  accreditor's `min_elements`, of the lab's choosing;
- a position's duties: the duties element.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date

from cetrack.core.competency.vocabulary import (
    ALL_ELEMENTS,
    DUTIES,
    ELEMENTS,
    METHODS,
    RESULTS,
    SIX_ELEMENTS,
    lower_first,
)

PASS, FAIL, NOT_APPLICABLE = "pass", "fail", "not-applicable"


@dataclass(frozen=True, slots=True)
class ElementResult:
    element: str
    result: str  # pass | fail | not-applicable
    method: str = ""
    not_applicable_reason: str = ""
    notes: str = ""
    sample_results: str = ""
    score: tuple[int, int] | None = None  # (correct, total) of a quiz or post-test
    files: int = 0
    on: date | None = None


@dataclass(frozen=True, slots=True)
class Finding:
    element: str | None  # the element at fault, or None for the assessment as a whole
    field: str | None  # the field at fault: method, result, notes, ...
    message: str


def _name(element: str) -> str:
    found = ALL_ELEMENTS.get(element)
    return found.name if found else element


def check_element(item: ElementResult, *, duties: bool = False) -> list[Finding]:
    """Problems with one element's record (none: it can be signed)."""
    element = ALL_ELEMENTS.get(item.element)
    allowed = (DUTIES.id,) if duties else SIX_ELEMENTS
    if element is None or item.element not in allowed:
        return [Finding(item.element, "element", f"unknown element '{item.element}'")]
    if item.result not in RESULTS:
        return [
            Finding(
                item.element, "result", "choose Satisfactory, Not satisfactory or Not applicable"
            )
        ]
    if item.result == NOT_APPLICABLE:
        if not item.not_applicable_reason.strip():
            return [
                Finding(
                    item.element,
                    "not_applicable_reason",
                    f"say why {lower_first(element.name)} does not apply",
                )
            ]
        return []
    method = METHODS.get(item.method)
    if method is None or item.method not in element.methods:
        options = ", ".join(METHODS[m].name.lower() for m in element.methods)
        return [Finding(item.element, "method", f"{element.name} is assessed by {options}")]
    if method.needs == "sample" and not item.sample_results.strip():
        return [
            Finding(
                item.element,
                "sample_results",
                f"{method.name}: record the sample and its result against the expected one",
            )
        ]
    if method.needs == "score":
        if item.score is None:
            return [
                Finding(
                    item.element, "score", f"{method.name}: record the score (correct out of total)"
                )
            ]
        correct, total = item.score
        if total <= 0 or not 0 <= correct <= total:
            return [
                Finding(
                    item.element, "score", "the score must be between 0 and the number of questions"
                )
            ]
    if method.needs == "notes" and not item.notes.strip() and item.files == 0:
        return [
            Finding(
                item.element,
                "notes",
                f"{method.name}: describe what was assessed, or attach a file",
            )
        ]
    return []


def check(
    results: Sequence[ElementResult],
    *,
    complexity: str,
    reason: str,
    min_elements: int = 1,
    failed_before: Collection[str] = (),
    duties: bool = False,
) -> list[Finding]:
    """Problems that stop an assessment from being signed (none: it can be)."""
    findings = [f for item in results for f in check_element(item, duties=duties)]
    seen = {item.element: item for item in results}
    if duties:
        if DUTIES.id not in seen or seen[DUTIES.id].result == NOT_APPLICABLE:
            findings.append(Finding(DUTIES.id, "result", f"record the {lower_first(DUTIES.name)}"))
        return findings
    if reason == "remedial" and failed_before:
        for element in failed_before:
            if element not in seen or seen[element].result == NOT_APPLICABLE:
                findings.append(
                    Finding(
                        element, "result", f"re-assess {lower_first(_name(element))}, which failed"
                    )
                )
    elif complexity == "waived":
        assessed = sum(1 for item in results if item.result in (PASS, FAIL))
        if assessed < min_elements:
            findings.append(
                Finding(
                    None,
                    None,
                    f"assess at least {min_elements} element{'s' if min_elements > 1 else ''} for a waived test",
                )
            )
    else:
        missing = [e for e in ELEMENTS if e not in seen]
        findings += [
            Finding(
                e, "result", f"record element {ELEMENTS[e].number}: {lower_first(ELEMENTS[e].name)}"
            )
            for e in missing
        ]
        if results and all(item.result == NOT_APPLICABLE for item in results):
            findings.append(Finding(None, None, "at least one element must be assessed"))
    return findings


def outcome(results: Sequence[ElementResult]) -> str:
    """pass when no element failed (not applicable ones aside), else fail."""
    return FAIL if any(item.result == FAIL for item in results) else PASS


def failed_elements(results: Sequence[ElementResult]) -> tuple[str, ...]:
    return tuple(item.element for item in results if item.result == FAIL)
