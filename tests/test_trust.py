"""Trust: never a wrong "met" (issue 10, points 1-4), in the domain's language.

Each case cites the rule text it comes from. Credit is in hundredths (36 points == 3600).
"""

from __future__ import annotations

import json
from datetime import date

from cetrack.cli import main
from cetrack.core.engine import MET, NOT_APPLICABLE, NOT_MET, UNVERIFIED, evaluate
from cetrack.core.ledger import parse_ledger
from cetrack.core.rules.library import default_library

LIBRARY = default_library()
AS_OF = date(2026, 6, 1)


def check(body: str, as_of: date = AS_OF):
    text = f'format = 1\n[person]\nname = "Pat Doe"\n{body}'
    result = parse_ledger(text, "case.toml", LIBRARY.check_credential)
    assert result.ok, [str(p) for p in result.problems]
    assert result.ledger is not None
    return evaluate(result.ledger, as_of, LIBRARY).credentials


def activity(ident: str, when: str, amount: str, **fields: str) -> str:
    fields.setdefault("title", f'"Course {ident}"')
    fields.setdefault("participant_name", '"Pat Doe"')
    fields.setdefault("certificate", f'"certs/{ident}.pdf"')
    more = "\n".join(f"{k} = {v}" for k, v in fields.items())
    return f'[[activity]]\nid = "{ident}"\ncompleted_on = {when}\n{amount}\n{more}\n'


def reasons(result) -> dict[str, str]:
    return {e.activity: e.reason for e in result.excluded}


# -- 1. Short is short -----------------------------------------------------------------------

MLT = '[[credential]]\nid = "mlt"\nrules = "ascp/MLT"\ncycle_end = 2027-06-30\n'


def test_far_short_of_unconfirmed_figures_is_not_met_with_the_doubt_said():
    # ASCP MLT: 36 points, its area minimums only from secondary/unconfirmed texts.
    (mlt,) = check(
        MLT + activity("one", "2026-01-10", "points = 1", accreditation='"P.A.C.E."'),
        date(2026, 11, 21),
    )
    assert mlt.status == NOT_MET
    assert mlt.confidence == "unverified"
    assert mlt.progress is not None and mlt.progress.counted == 100
    assert any("short of the best-known figures" in m for m in mlt.messages)


def test_a_would_be_met_on_unconfirmed_minimums_is_unverified_and_says_what_to_confirm():
    topics = '["safety", "ethics", "blood-banking", "chemistry", "hematology", "microbiology"]'
    (mlt,) = check(
        MLT + activity("big", "2026-01-10", "points = 40", topics=topics, accreditation='"CMLE"'),
        date(2026, 11, 21),
    )
    assert mlt.status == UNVERIFIED
    assert mlt.to_confirm and any("minimums" in item for item in mlt.to_confirm)
    assert any("confirm" in m for m in mlt.messages)


def test_new_york_without_a_confirmed_rule_keeps_check_with_the_board():
    (ny,) = check('[[credential]]\nid = "ny"\nrules = "ny/CLT"\ncycle_end = 2027-06-30\n')
    assert ny.status == UNVERIFIED and ny.required is None
    assert any("check with" in m for m in ny.messages)


# -- 2. Academic credit ----------------------------------------------------------------------

MLS = '[[credential]]\nid = "mls"\nrules = "ascp/MLS"\ncycle_end = 2027-06-30\n'


def test_an_academic_course_without_an_accreditation_key_counts_for_ascp():
    # ASCP CMP accepts "courses from universities" as formal CE (requirements.md §1.3 [A2]).
    (mls,) = check(
        MLS
        + activity(
            "biol",
            "2026-01-10",
            "semester_hours = 3",
            kind='"academic"',
            provider='"University of South Florida"',
            topics='["chemistry"]',
        )
    )
    assert "biol" not in reasons(mls)
    assert mls.earned > 0


def test_an_academic_course_said_not_accredited_gets_a_reason_about_the_institution():
    (mls,) = check(
        MLS
        + activity(
            "biol",
            "2026-01-10",
            "semester_hours = 3",
            kind='"academic"',
            accreditation='"none"',
        )
    )
    why = reasons(mls)["biol"]
    assert "accredited colleges and universities" in why
    assert "printed" not in why and "P.A.C.E." not in why


# -- 3. Florida's accepted sources (64B3-11.001 (3), (5)) -------------------------------------

FL = (
    '[[credential]]\nid = "fl"\nrules = "fl/technologist"\ncategories = ["chemistry"]\n'
    'license_number = "TC1"\n'
)
FL_APPROVED = {"approvals": '["fl"]', "approval_number": '"50-1"', "license_number": '"TC1"'}


def test_a_pace_course_without_florida_approval_counts_nothing_for_florida():
    (fl,) = check(
        FL
        + activity(
            "hiv", "2025-01-10", "hours = 1", topics='["hiv-aids"]', accreditation='"P.A.C.E."'
        )
    )
    assert "hiv" in reasons(fl)
    assert "not a Florida approval" in reasons(fl)["hiv"]
    hiv = next(r for r in fl.requirements if r.id == "hiv-aids")
    assert hiv.status == NOT_MET and fl.earned == 0


def test_the_same_course_with_its_florida_approval_fills_the_hiv_hour_and_says_why():
    (fl,) = check(
        FL
        + activity(
            "hiv",
            "2025-01-10",
            "hours = 1",
            topics='["hiv-aids"]',
            accreditation='"P.A.C.E."',
            **FL_APPROVED,
        )
    )
    hiv = next(r for r in fl.requirements if r.id == "hiv-aids")
    assert hiv.status == MET
    assert dict(fl.bases)["hiv"] == "a Florida board-approved provider"


def test_florida_board_written_as_the_accreditation_is_the_boards_approval():
    (fl,) = check(
        FL
        + activity(
            "laws",
            "2025-01-10",
            "hours = 1",
            topics='["fl-laws-rules"]',
            accreditation='"Florida board"',
            approval_number='"50-2"',
            license_number='"TC1"',
        )
    )
    laws = next(r for r in fl.requirements if r.id == "fl-laws-rules")
    assert laws.status == MET


def test_a_university_course_counts_for_florida_with_the_proof_the_rule_asks_for():
    (fl,) = check(
        FL
        + activity(
            "chem",
            "2025-01-10",
            "hours = 3",
            topics='["chemistry"]',
            accreditation='"university"',
            license_number='"TC1"',
        )
    )
    assert fl.earned == 300
    assert dict(fl.bases)["chem"].startswith("a state or federal agency")
    assert any(
        f.activity == "chem" and "date, location, attendance and subject" in f.message
        for f in fl.findings
    )


def test_a_cdc_course_counts_as_a_federal_agency_but_cannot_meet_board_approved_errors():
    (fl,) = check(
        FL
        + activity(
            "errors", "2025-01-10", "hours = 2", topics='["medical-errors"]', accreditation='"CDC"'
        )
    )
    assert fl.earned == 200
    errors = next(r for r in fl.requirements if r.id == "medical-errors")
    assert errors.status == NOT_MET


SUPERVISOR = (
    '[[credential]]\nid = "sup"\nrules = "fl/supervisor"\ncategories = ["chemistry"]\n'
    'license_number = "SU1"\nupgraded_on = 2025-03-01\n'
)


def test_a_supervisor_upgraded_during_the_biennium_is_exempt_from_the_supervision_hour():
    # 64B3-11.001: upgrading to director/supervisor exempts the administration hour.
    (sup,) = check(SUPERVISOR)
    supervision = next(r for r in sup.requirements if r.id == "supervision")
    assert supervision.status == NOT_APPLICABLE
    assert "exempt" in (supervision.note or "")
    assert sup.required == 2400


def test_a_supervisor_upgraded_before_the_biennium_needs_the_supervision_hour():
    (sup,) = check(SUPERVISOR.replace("2025-03-01", "2023-03-01"))
    supervision = next(r for r in sup.requirements if r.id == "supervision")
    assert supervision.status == NOT_MET


def test_a_cycle_end_off_florida_shared_biennium_is_a_finding():
    (fl,) = check(FL + "cycle_end = 2026-12-31\n")
    assert any("31 August of even years" in f.message for f in fl.findings)
    (ok,) = check(FL + "cycle_end = 2026-08-31\n")
    assert not any("31 August" in f.message for f in ok.findings)


CA_DOCS = {
    "provider": '"CAMLT"',
    "course_number": '"C-1"',
    "accrediting_agency_number": '"A-1"',
}


def test_other_states_do_not_take_a_generic_state_board_for_their_own_approval():
    # California accepts CE from Department-approved accrediting agencies (CDPH), not any board.
    ca = '[[credential]]\nid = "ca"\nrules = "ca/CLS"\ncycle_end = 2027-06-30\n'
    (result,) = check(
        ca + activity("x", "2026-01-10", "hours = 1", accreditation='"state board"', **CA_DOCS),
        date(2026, 6, 1),
    )
    assert "x" in reasons(result)
    (approved,) = check(
        ca + activity("x", "2026-01-10", "hours = 1", accreditation='"CDPH"', **CA_DOCS),
        date(2026, 6, 1),
    )
    assert "x" not in reasons(approved)


# -- 4. One definition of progress ---------------------------------------------------------------


def test_progress_counts_only_credit_toward_the_requirement_and_keeps_surplus_apart():
    # 40 points, all in one area: the total is passed, but the other minimums are not.
    (mls,) = check(
        MLS
        + activity(
            "big", "2026-01-10", "points = 40", topics='["chemistry"]', accreditation='"CMLE"'
        ),
        date(2026, 11, 21),
    )
    progress = mls.progress
    assert progress is not None
    assert mls.earned == 4000
    assert progress.counted == progress.required - progress.missing < 3600
    assert progress.surplus == mls.earned - progress.counted > 0


def test_cli_json_and_text_show_the_same_progress_for_the_demo(capsys) -> None:
    run = ["check", "--demo", "--as-of", "2026-11-21"]
    assert main([*run, "--json"]) == 0
    lines = capsys.readouterr().out
    mls = next(
        c for c in json.loads(lines.splitlines()[0])["credentials"] if c["rules"] == "ascp/MLS"
    )
    counted = mls["progress"]["counted"]
    assert counted <= mls["required"]
    assert main(run) == 0
    text = capsys.readouterr().out
    assert f"{counted:g} of {mls['required']:g} points" in text


def test_check_refuses_an_as_of_date_no_cycle_can_hold(capsys) -> None:
    # Year 9999 once crashed the window arithmetic with a traceback.
    assert main(["check", "--demo", "--as-of", "9999-06-01"]) == 2
    assert "outside any plausible CE date" in capsys.readouterr().err


def test_a_cdc_course_recorded_with_its_pace_accreditation_counts_for_florida():
    # 64B3-11.001(5): courses of federal agencies count, whatever else accredits them.
    (fl,) = check(
        FL
        + activity(
            "fungi",
            "2025-01-10",
            "hours = 1",
            topics='["microbiology"]',
            accreditation='"P.A.C.E."',
            provider='"CDC OneLab REACH"',
        )
    )
    assert "fungi" not in reasons(fl)
    assert dict(fl.bases)["fungi"].startswith("a state or federal agency")
    (other,) = check(
        FL
        + activity(
            "x", "2025-01-10", "hours = 1", accreditation='"P.A.C.E."', provider='"ABCDC Labs"'
        )
    )
    assert "x" in reasons(other)  # "CDC" inside another word is not the CDC
