"""A complete assessment: each element assessed by a method that can assess it, with evidence."""

from __future__ import annotations

from cetrack.core.competency.record import (
    ElementResult,
    check,
    check_element,
    failed_elements,
    outcome,
)
from cetrack.core.competency.vocabulary import SIX_ELEMENTS

GOOD = {
    "direct-observation": ElementResult(
        "direct-observation", "pass", "direct-observation", notes="Observed 3 CBCs"
    ),
    "recording-reporting": ElementResult(
        "recording-reporting", "pass", "record-review", notes="LIS audit 2 Mar"
    ),
    "records-review": ElementResult("records-review", "pass", "record-review", notes="QC log Feb"),
    "instrument-checks": ElementResult("instrument-checks", "pass", "checklist", files=1),
    "sample-testing": ElementResult(
        "sample-testing",
        "pass",
        "pt-sample",
        sample_results="PT HEM-2026-1: 4.2 (expected 4.1–4.5)",
    ),
    "problem-solving": ElementResult("problem-solving", "pass", "quiz", score=(9, 10)),
}


def test_six_good_elements_can_be_signed_and_pass() -> None:
    results = list(GOOD.values())
    assert check(results, complexity="high", reason="six-month") == []
    assert outcome(results) == "pass"


def test_a_missing_element_is_named() -> None:
    results = [r for e, r in GOOD.items() if e != "sample-testing"]
    findings = check(results, complexity="moderate", reason="annual")
    assert [f.message for f in findings] == [
        "record element 5: testing previously analysed, blind or proficiency-testing samples"
    ]


def test_a_quiz_is_not_a_direct_observation() -> None:
    wrong = ElementResult("direct-observation", "pass", "quiz", score=(10, 10))
    (finding,) = check_element(wrong)
    assert finding.field == "method" and "direct observation" in finding.message


def test_each_method_needs_its_evidence() -> None:
    assert (
        check_element(ElementResult("sample-testing", "pass", "blind-sample"))[0].field
        == "sample_results"
    )
    assert check_element(ElementResult("problem-solving", "pass", "quiz"))[0].field == "score"
    assert (
        check_element(ElementResult("problem-solving", "pass", "quiz", score=(11, 10)))[0].field
        == "score"
    )
    assert (
        check_element(ElementResult("records-review", "pass", "record-review"))[0].field == "notes"
    )


def test_not_applicable_needs_a_reason() -> None:
    na = ElementResult("instrument-checks", "not-applicable")
    assert check_element(na)[0].field == "not_applicable_reason"
    assert (
        check_element(
            ElementResult(
                "instrument-checks", "not-applicable", not_applicable_reason="Manual method"
            )
        )
        == []
    )


def test_a_failed_element_fails_the_assessment() -> None:
    results = [
        *[r for e, r in GOOD.items() if e != "problem-solving"],
        ElementResult("problem-solving", "fail", "quiz", score=(4, 10)),
    ]
    assert check(results, complexity="high", reason="annual") == []
    assert outcome(results) == "fail" and failed_elements(results) == ("problem-solving",)


def test_a_remedial_assessment_must_cover_the_failed_elements_only() -> None:
    again = [ElementResult("problem-solving", "pass", "case-study", notes="Delta check scenario")]
    assert (
        check(again, complexity="high", reason="remedial", failed_before={"problem-solving"}) == []
    )
    other = [GOOD["direct-observation"]]
    (finding,) = check(
        other, complexity="high", reason="remedial", failed_before={"problem-solving"}
    )
    assert finding.element == "problem-solving"


def test_waived_needs_only_the_accreditors_minimum() -> None:
    assert (
        check([GOOD["sample-testing"]], complexity="waived", reason="annual", min_elements=1) == []
    )
    assert check([GOOD["sample-testing"]], complexity="waived", reason="annual", min_elements=2)


def test_duties_have_their_own_element() -> None:
    duties = ElementResult(
        "duties", "pass", "duties-review", notes="Reviewed QC sign-offs and PT review"
    )
    assert check([duties], complexity="high", reason="annual", duties=True) == []
    assert check([GOOD["direct-observation"]], complexity="high", reason="annual", duties=True)
    assert set(SIX_ELEMENTS) == set(GOOD)
