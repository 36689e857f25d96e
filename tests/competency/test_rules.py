"""Who may assess, per accreditor, as data: every file validates, cites dated sources, and the
three accreditors differ where the research says they do (employer.md §1.2)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from cetrack.core.competency.assessors import Qualification, Verdict, may_assess, may_assess_duties
from cetrack.core.competency.rules import Accreditor, default_rules, load_rules, parse_rules

ON = date(2026, 3, 1)
TC = Qualification("technical-consultant", date(2020, 1, 1))
TS = Qualification("technical-supervisor", date(2020, 1, 1))
GS = Qualification("general-supervisor", date(2020, 1, 1))
GS_DELEGATED = Qualification("general-supervisor", date(2020, 1, 1), delegated_on=date(2025, 6, 1))


def _rules(ident: str) -> Accreditor:
    found = default_rules().get(ident)
    assert found is not None
    return found


def test_every_packaged_file_loads_with_sources_dates_and_confidence() -> None:
    rules = default_rules()
    assert rules.problems == ()
    assert {a.id for a in rules} == {"clia", "cap", "tjc"}
    for accreditor in rules:
        for rule in (
            accreditor.schedule,
            accreditor.change,
            accreditor.waived,
            *accreditor.assessors,
        ):
            assert rule.sources and rule.confidence in ("official", "secondary", "unverified")
            for source in accreditor.cited(rule):
                assert source.verified_on <= date.today()


def test_moderate_complexity_general_supervisor_differs_by_accreditor() -> None:
    def verdict(ident: str) -> Verdict:
        return may_assess(
            _rules(ident), complexity="moderate", qualifications=[GS_DELEGATED], on=ON, name="Gail"
        )

    assert not verdict("clia").allowed
    assert not verdict("tjc").allowed
    assert "technical consultant" in verdict("tjc").reason
    cap = verdict("cap")
    assert cap.allowed and cap.confidence == "secondary"
    assert "secondary" in cap.reason


def test_high_complexity_needs_a_technical_supervisor_or_a_written_delegation() -> None:
    for ident in ("clia", "cap", "tjc"):
        rules = _rules(ident)
        assert may_assess(rules, complexity="high", qualifications=[TS], on=ON, name="Tom").allowed
        refused = may_assess(rules, complexity="high", qualifications=[GS], on=ON, name="Gail")
        assert not refused.allowed
        assert "general supervisor with no written delegation" in refused.reason
        assert "delegated in writing" in refused.reason
        allowed = may_assess(
            rules, complexity="high", qualifications=[GS_DELEGATED], on=ON, name="Gail"
        )
        assert allowed.allowed and allowed.delegated_on == date(2025, 6, 1)


def test_a_delegation_dated_after_the_sign_off_does_not_count() -> None:
    later = Qualification("general-supervisor", date(2020, 1, 1), delegated_on=date(2026, 5, 1))
    verdict = may_assess(
        _rules("clia"), complexity="high", qualifications=[later], on=ON, name="Gail"
    )
    assert not verdict.allowed and "2026-05-01, after today" in verdict.reason


def test_an_ended_qualification_does_not_count() -> None:
    ended = Qualification("technical-consultant", date(2020, 1, 1), until=date(2025, 12, 31))
    verdict = may_assess(
        _rules("clia"), complexity="moderate", qualifications=[ended], on=ON, name="Tia"
    )
    assert not verdict.allowed and "ended 2025-12-31" in verdict.reason


def test_nobody_signs_their_own_assessment() -> None:
    verdict = may_assess(
        _rules("clia"),
        complexity="moderate",
        qualifications=[TC],
        on=ON,
        name="Tia",
        is_subject=True,
    )
    assert not verdict.allowed and "their own" in verdict.reason


def test_no_qualification_recorded_is_said_plainly() -> None:
    verdict = may_assess(_rules("tjc"), complexity="moderate", qualifications=[], on=ON, name="Sam")
    assert verdict.reason.endswith("Sam has no qualification recorded at this site.")


def test_waived_not_required_by_clia_but_by_cap() -> None:
    assert _rules("clia").waived.required is False
    assert _rules("cap").waived.required is True
    tp = Qualification("testing-personnel", date(2020, 1, 1))
    assert may_assess(
        _rules("clia"), complexity="waived", qualifications=[tp], on=ON, name="Pat"
    ).allowed


def test_duties_are_assessed_by_the_laboratory_director() -> None:
    ld = Qualification("laboratory-director", date(2019, 1, 1))
    rules = _rules("clia")
    assert may_assess_duties(
        rules, position="technical-supervisor", qualifications=[ld], on=ON, name="Dr Lee"
    ).allowed
    refused = may_assess_duties(
        rules, position="technical-supervisor", qualifications=[TS], on=ON, name="Tom"
    )
    assert not refused.allowed and "laboratory director" in refused.reason


def test_a_broken_file_reports_located_problems(tmp_path: Path) -> None:
    text = (Path(__file__).parents[2] / "src/cetrack/rules/competency/clia.toml").read_text()
    bad = text.replace('accreditor = "clia"', 'accreditor = "state-x"').replace(
        'position = "technical-supervisor"', 'position = "chief-wizard"'
    )
    (tmp_path / "x.toml").write_text(bad)
    rules = load_rules([tmp_path])
    assert rules.get("state-x") is None
    assert any("unknown position 'chief-wizard'" in p.message for p in rules.problems)
    _, problems = parse_rules(
        text.replace("then_every_months = 12", "then_every_months = 0", 1), "f"
    )
    assert problems and problems[0].where == "schedule.then_every_months"
    _, problems = parse_rules("schema = 2", "f")
    assert "schema = 1" in problems[0].message
