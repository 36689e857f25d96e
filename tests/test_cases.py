"""Acceptance cases from research/external-material.md §3.2, in the domain's language.

Each test writes a small ledger, evaluates it and checks what a technician would see.
Credit values are hundredths of the rule's unit (36 points == 3600).
"""

from __future__ import annotations

from datetime import date

from cetrack.core.engine import MET, NOT_APPLICABLE, NOT_MET, UNVERIFIED, evaluate
from cetrack.core.ledger import parse_ledger
from cetrack.core.rules.library import default_library
from cetrack.core.units import pace_self_study_hundredths

LIBRARY = default_library()


def ledger(credentials: str, activities: str = "", name: str = "Pat Doe") -> str:
    return f'format = 1\n[person]\nname = "{name}"\n{credentials}\n{activities}'


def course(ident: str, when: str, amount: str, topics: str = "[]", **extra: str) -> str:
    fields = {
        "kind": '"course"',
        "accreditation": '"P.A.C.E."',
        "provider": '"ASCLS"',
        "participant_name": '"Pat Doe"',
        "certificate": f'"certs/{ident}.pdf"',
    }
    fields.update(extra)
    more = "\n".join(f"{k} = {v}" for k, v in fields.items())
    return (
        f'[[activity]]\nid = "{ident}"\ntitle = "Course {ident}"\ncompleted_on = {when}\n'
        f"{amount}\ntopics = {topics}\n{more}\n"
    )


def check(text: str, as_of: date):
    result = parse_ledger(text, "case.toml", LIBRARY.check_credential)
    assert result.ok, [str(p) for p in result.problems]
    assert result.ledger is not None
    return evaluate(result.ledger, as_of, LIBRARY).credentials


def credential(rules: str, **fields: str) -> str:
    body = "\n".join(f"{k} = {v}" for k, v in fields.items())
    return f'[[credential]]\nid = "{rules.replace("/", "-")}"\nrules = "{rules}"\n{body}\n'


def reasons(result) -> dict[str, str]:
    return {e.activity: e.reason for e in result.excluded}


def placed(result) -> set[tuple[str, str]]:
    return {(c.activity, c.requirement) for c in result.counted}


# -- ASCP -------------------------------------------------------------------------------------


def test_ascp_01_only_ce_inside_the_three_year_window_counts():
    (mls,) = check(
        ledger(
            credential("ascp/MLS", cycle_end="2018-06-30"),
            course("may-2015", "2015-05-20", "points = 2")
            + course("jul-2016", "2016-07-01", "points = 2")
            + course("may-2018", "2018-05-15", "points = 1"),
        ),
        date(2018, 6, 1),
    )
    assert mls.window is not None and mls.window.start == date(2015, 7, 1)
    assert mls.earned == 300
    assert "before this window began" in reasons(mls)["may-2015"]


def test_ascp_02_one_safety_course_counts_for_both_credentials():
    results = check(
        ledger(
            credential("ascp/MLS", cycle_end="2027-06-30")
            + credential("ascp/SBB", cycle_end="2027-06-30"),
            course("safety", "2026-02-01", "points = 1", '["safety"]'),
        ),
        date(2026, 11, 21),
    )
    for result in results:
        safety = next(r for r in result.requirements if r.id == "safety")
        assert safety.earned == 100 and safety.status == MET
        assert ("safety", "safety") in placed(result)


def test_ascp_04_academic_credit_is_capped_at_half_the_total():
    (mls,) = check(
        ledger(
            credential("ascp/MLS", cycle_end="2027-06-30"),
            course(
                "biology",
                "2026-05-15",
                "semester_hours = 3",
                '["general"]',
                kind='"academic"',
                accreditation='"university"',
            ),
        ),
        date(2026, 11, 21),
    )
    assert mls.earned == 1800 and mls.required == 3600
    assert mls.status == NOT_MET
    assert any("capped at 50%" in f.message for f in mls.findings)


def test_ascp_06_htl_all_in_histology_misses_safety_and_ethics():
    (htl,) = check(
        ledger(
            credential("ascp/HTL", cycle_end="2026-12-31"),
            course(
                "histo",
                "2025-06-01",
                "points = 36",
                '["histology"]',
                kind='"workshop"',
                accreditation='"CMLE"',
            ),
        ),
        date(2026, 11, 21),
    )
    assert htl.earned == 3600 and htl.status == NOT_MET
    missing = {r.id for r in htl.requirements if r.status == NOT_MET}
    assert missing == {"safety", "ethics"}


def test_ascp_07_htl_with_every_area_is_met():
    (htl,) = check(
        ledger(
            credential("ascp/HTL", cycle_end="2026-12-31"),
            course("safety", "2025-01-10", "points = 1", '["safety"]')
            + course("ethics", "2025-02-10", "points = 1", '["ethics"]')
            + course("histo", "2025-03-10", "points = 8", '["histology"]')
            + course("mgmt", "2025-04-10", "points = 26", '["management"]', accreditation='"CMLE"'),
        ),
        date(2026, 11, 21),
    )
    assert htl.status == MET
    histology = next(r for r in htl.requirements if r.id == "histology")
    assert histology.required == 800 and histology.earned == 800


def test_ascp_09_a_50_minute_webinar_earns_a_point_and_45_minutes_nothing():
    (mls,) = check(
        ledger(
            credential("ascp/MLS", cycle_end="2027-06-30"),
            course("fifty", "2026-03-01", "minutes = 50", kind='"live-session"')
            + course("fortyfive", "2026-03-02", "minutes = 45", kind='"live-session"'),
        ),
        date(2026, 11, 21),
    )
    assert mls.earned == 100
    assert "below the 50-minute minimum" in reasons(mls)["fortyfive"]


def test_ascp_10_a_certificate_without_participant_name_is_flagged():
    text = ledger(
        credential("ascp/MLS", cycle_end="2027-06-30"),
        course("noname", "2026-03-01", "hours = 1").replace('participant_name = "Pat Doe"\n', ""),
    )
    (mls,) = check(text, date(2026, 11, 21))
    assert any(f.activity == "noname" and "participant's name" in f.message for f in mls.findings)


def test_ascp_11_replacement_ce_after_expiry_is_rejected():
    (mls,) = check(
        ledger(
            credential("ascp/MLS", cycle_end="2025-03-31"),
            course("late", "2025-04-10", "hours = 2"),
        ),
        date(2025, 5, 1),
    )
    assert mls.earned == 0
    assert "after the cycle ended on 2025-03-31" in reasons(mls)["late"]


def test_ascp_12_staff_meeting_earns_nothing_a_structured_in_service_does():
    (mls,) = check(
        ledger(
            credential("ascp/MLS", cycle_end="2027-06-30"),
            course(
                "huddle",
                "2026-03-01",
                "hours = 1",
                kind='"staff-meeting"',
                accreditation='"employer"',
            )
            + course(
                "inservice",
                "2026-03-02",
                "hours = 1",
                kind='"in-service"',
                accreditation='"employer"',
            ),
        ),
        date(2026, 11, 21),
    )
    assert mls.earned == 100
    assert "staff meetings do not count" in reasons(mls)["huddle"]
    assert ("inservice", "general") in placed(mls)


# -- AMT ----------------------------------------------------------------------------------------


def test_amt_01_the_cycle_runs_three_years_from_certification():
    (mt,) = check(ledger(credential("amt/MT", certified_on="2006-05-01")), date(2007, 6, 1))
    assert mt.window is not None
    assert (mt.window.start, mt.window.end) == (date(2006, 5, 1), date(2009, 4, 30))
    assert mt.deadlines.cycle_end == date(2009, 4, 30)


def test_amt_02_44_points_are_not_45():
    (mt,) = check(
        ledger(
            credential("amt/MT", certified_on="2024-01-15"),
            course("pts", "2025-05-01", "points = 44"),
        ),
        date(2026, 11, 21),
    )
    assert mt.status == NOT_MET and mt.missing == 100


def test_amt_04_ce_before_the_cycle_start_is_excluded():
    (mt,) = check(
        ledger(
            credential("amt/MT", cycle_end="2025-02-28"),
            course("early", "2022-02-20", "points = 5"),
        ),
        date(2025, 1, 1),
    )
    assert mt.earned == 0
    assert "before this window began on 2022-03-01" in reasons(mt)["early"]


def test_amt_05_surplus_points_do_not_change_a_met_cycle():
    (mt,) = check(
        ledger(
            credential("amt/MT", certified_on="2024-01-15"),
            course("lots", "2025-05-01", "points = 60"),
        ),
        date(2026, 11, 21),
    )
    assert mt.status == MET and mt.missing == 0


def test_amt_employment_only_counts_up_to_2020():
    (mt,) = check(
        ledger(
            credential("amt/MT", cycle_end="2021-06-30"),
            course("job", "2021-03-01", "points = 10", kind='"employment"'),
        ),
        date(2021, 5, 1),
    )
    assert "up to 2020-12-31" in reasons(mt)["job"]


# -- California ----------------------------------------------------------------------------------

CA_DOCS = {"course_number": '"PACE-1"', "accrediting_agency_number": '"116"'}


def test_ca_01_twenty_hours_are_not_enough():
    (cls,) = check(
        ledger(
            credential("ca/CLS", cycle_end="2027-01-31"),
            course("ce", "2026-01-10", "hours = 20", **CA_DOCS),
        ),
        date(2026, 11, 21),
    )
    assert cls.status == NOT_MET and cls.earned == 2000 and cls.required == 2400


def test_ca_03_expired_licence_needs_12_hours_in_the_last_12_months():
    (cls,) = check(
        ledger(
            credential("ca/CLS", cycle_end="2025-06-30", status='"expired"'),
            course("ce", "2026-03-10", "hours = 12", **CA_DOCS)
            + course("old", "2025-06-01", "hours = 10", **CA_DOCS),
        ),
        date(2026, 11, 21),
    )
    assert cls.status == MET and cls.required == 1200 and cls.earned == 1200
    assert "old" in reasons(cls)


def test_ca_04_phlebotomy_needs_six_hours():
    def status(hours: str) -> str:
        (cpt,) = check(
            ledger(
                credential("ca/CPT1", cycle_end="2027-01-31"),
                course("ce", "2026-01-10", f"hours = {hours}", **CA_DOCS),
            ),
            date(2026, 11, 21),
        )
        return cpt.status

    assert status("6") == MET
    assert status("5") == NOT_MET


def test_ca_05_without_accrediting_agency_number_a_certificate_is_not_acceptable():
    (cls,) = check(
        ledger(
            credential("ca/CLS", cycle_end="2027-01-31"),
            course("ce", "2026-01-10", "hours = 3", course_number='"PACE-1"'),
        ),
        date(2026, 11, 21),
    )
    assert cls.earned == 0
    assert "accrediting agency number" in reasons(cls)["ce"]


def test_ca_06_a_provider_transcript_is_not_acceptable():
    (cls,) = check(
        ledger(
            credential("ca/CLS", cycle_end="2027-01-31"),
            course("ce", "2026-01-10", "hours = 24", evidence='"provider-transcript"', **CA_DOCS),
        ),
        date(2026, 11, 21),
    )
    assert cls.status == NOT_MET
    assert "transcript" in reasons(cls)["ce"]


def test_ca_name_on_certificate_must_match_exactly():
    (cls,) = check(
        ledger(
            credential("ca/CLS", cycle_end="2027-01-31"),
            course("ce", "2026-01-10", "hours = 2", participant_name='"Patricia Doe"', **CA_DOCS),
        ),
        date(2026, 11, 21),
    )
    assert "'Patricia Doe', not 'Pat Doe'" in reasons(cls)["ce"]


# -- Florida ---------------------------------------------------------------------------------------

FL = credential("fl/technologist", categories='["chemistry", "hematology"]', license_number='"TC1"')
FL_DOCS = {"approvals": '["fl"]', "approval_number": '"50-1"', "license_number": '"TC1"'}


def florida(*, laws: bool = True, hematology: bool = True, approved_errors: bool = True) -> str:
    # An unapproved medical-errors course from a regionally accredited institution: Florida
    # accepts it as CE, but only a board-approved course meets the medical-errors minimum.
    errors_docs = FL_DOCS if approved_errors else {"accreditation": '"university"'}
    text = (
        course("hiv", "2025-01-10", "hours = 1", '["hiv-aids"]', **FL_DOCS)
        + course("errors", "2025-01-11", "hours = 2", '["medical-errors"]', **errors_docs)
        + course("chem", "2025-01-13", "hours = 1", '["chemistry"]', **FL_DOCS)
        + course("general", "2025-01-15", "hours = 18", '["management"]', **FL_DOCS)
    )
    if laws:
        text += course("laws", "2025-01-12", "hours = 1", '["fl-laws-rules"]', **FL_DOCS)
    else:
        text += course("extra", "2025-01-12", "hours = 1", '["management"]', **FL_DOCS)
    if hematology:
        text += course("heme", "2025-01-14", "hours = 1", '["hematology"]', **FL_DOCS)
    else:
        text += course("more", "2025-01-14", "hours = 1", '["management"]', **FL_DOCS)
    return text


def test_fl_01_every_mandatory_topic_and_category_is_met():
    (fl,) = check(ledger(FL, florida()), date(2026, 6, 1))
    assert fl.window is not None and fl.window.end == date(2026, 8, 31)
    assert fl.earned == 2400 and fl.status == MET


def test_fl_02_without_laws_and_rules_it_is_not_met():
    (fl,) = check(ledger(FL, florida(laws=False)), date(2026, 6, 1))
    assert fl.earned == 2400 and fl.status == NOT_MET
    assert [r.id for r in fl.requirements if r.status == NOT_MET] == ["fl-laws-rules"]


def test_fl_03_each_licensed_category_needs_an_hour():
    (fl,) = check(ledger(FL, florida(hematology=False)), date(2026, 6, 1))
    assert fl.status == NOT_MET
    assert [r.id for r in fl.requirements if r.status == NOT_MET] == ["category:hematology"]


def test_fl_05_a_first_time_licensee_needs_only_the_statutory_courses():
    first = FL + "first_licensed_on = 2025-03-01\n"
    (fl,) = check(
        ledger(
            first,
            course("hiv", "2025-04-10", "hours = 1", '["hiv-aids"]', **FL_DOCS)
            + course("errors", "2025-04-11", "hours = 2", '["medical-errors"]', **FL_DOCS),
        ),
        date(2026, 6, 1),
    )
    assert fl.status == MET and fl.required == 300
    exempt = {r.id for r in fl.requirements if r.status == NOT_APPLICABLE}
    assert {"fl-laws-rules"} <= exempt


def test_fl_07_an_unapproved_medical_errors_course_counts_only_as_general_hours():
    (fl,) = check(ledger(FL, florida(approved_errors=False)), date(2026, 6, 1))
    errors = next(r for r in fl.requirements if r.id == "medical-errors")
    assert errors.status == NOT_MET and errors.earned == 0
    assert ("errors", "general") in placed(fl)
    assert any(
        f.activity == "errors" and "cannot meet 'Prevention of medical errors" in f.message
        for f in fl.findings
    )


def test_fl_08_a_morning_with_a_break_counts_four_hours():
    (fl,) = check(
        ledger(
            FL,
            course(
                "morning",
                "2025-02-01",
                "minutes = 240\nbreak_minutes = 20",
                '["management"]',
                kind='"workshop"',
                **FL_DOCS,
            ),
        ),
        date(2026, 6, 1),
    )
    assert fl.earned == 400


def test_fl_category_added_during_the_biennium_is_exempt():
    added = FL + "categories_added_on = { hematology = 2025-06-01 }\n"
    (fl,) = check(ledger(added, florida(hematology=False)), date(2026, 6, 1))
    assert fl.status == MET
    heme = next(r for r in fl.requirements if r.id == "category:hematology")
    assert heme.status == NOT_APPLICABLE


# -- Other states -----------------------------------------------------------------------------------


def test_ny_01_registration_only_gives_no_verdict():
    (ny,) = check(
        ledger(
            credential("ny/CLT", cycle_end="2027-06-30"), course("ce", "2026-01-10", "hours = 40")
        ),
        date(2026, 11, 21),
    )
    assert ny.status == UNVERIFIED
    assert any("check with" in m for m in ny.messages)


def test_georgia_has_no_personnel_licence_since_2021():
    (ga,) = check(ledger(credential("ga/personnel", cycle_end="2026-06-30")), date(2026, 1, 1))
    assert ga.status == NOT_APPLICABLE


def test_georgia_before_the_repeal_is_not_encoded_and_says_so():
    (ga,) = check(ledger(credential("ga/personnel", cycle_end="2020-06-30")), date(2020, 1, 1))
    assert ga.status == UNVERIFIED
    assert any("before July 2021 are not encoded" in m for m in ga.messages)


def test_north_dakota_prorates_the_first_period_and_short_is_short_on_inferred_dates():
    def evaluated(licensed: str):
        (nd,) = check(ledger(credential("nd/CLS", first_licensed_on=licensed)), date(2027, 1, 15))
        return nd

    # Period 2026-07-01 .. 2028-06-30 (inferred: the rule states no expiry date).
    assert evaluated("2026-09-01").required == 2400
    assert evaluated("2027-09-01").required == 1200
    # "None required" depends on the inferred dates: a would-be "met" on unconfirmed figures.
    last_months = evaluated("2028-02-01")
    assert last_months.status == UNVERIFIED
    assert any("none required if the cycle dates are right" in m for m in last_months.messages)
    # Someone with nothing recorded is short whatever the dates: "not met", with the doubt said.
    full = evaluated("2026-09-01")
    assert full.status == NOT_MET and full.confidence == "unverified"
    assert any("short of the best-known figures" in m and "cycle dates" in m for m in full.messages)


def test_montana_unconfirmed_first_year_exemption_does_not_hide_a_shortfall():
    (mt,) = check(
        ledger(credential("mt/CLS", cycle_end="2027-06-30", first_licensed_on="2026-09-01")),
        date(2026, 11, 21),
    )
    assert mt.status == NOT_MET and mt.required == 1400
    assert any("not found in the rule text" in m for m in mt.messages)


def test_montana_first_year_met_anyway_is_met():
    (mt,) = check(
        ledger(
            credential("mt/CLS", cycle_end="2027-06-30", first_licensed_on="2026-09-01"),
            course("ce", "2026-09-02", "hours = 14"),
        ),
        date(2026, 11, 21),
    )
    # Met against the full requirement; the unconfirmed exemption cannot make it less met.
    assert mt.status == MET
    assert mt.progress is not None and mt.progress.missing == 0


def test_montana_needs_14_hours_a_year():
    (mt,) = check(
        ledger(
            credential("mt/CLS", cycle_end="2027-06-30"), course("ce", "2026-09-01", "hours = 14")
        ),
        date(2026, 11, 21),
    )
    assert mt.status == MET and mt.required == 1400


def test_ascp_mlt_shows_progress_but_its_unconfirmed_split_gives_no_verdict():
    (mlt,) = check(
        ledger(
            credential("ascp/MLT", cycle_end="2027-06-30"),
            course(
                "big",
                "2026-01-10",
                "points = 40",
                '["safety", "ethics", "blood-banking", "chemistry", "hematology", "microbiology"]',
                kind='"workshop"',
                accreditation='"CMLE"',
                start="2026-01-01",
            )
            .replace("completed_on = 2026-01-10\n", "")
            .replace("start = 2026-01-01", "start = 2026-01-01\nend = 2026-01-10"),
        ),
        date(2026, 11, 21),
    )
    assert mlt.earned == 3600 + 400
    assert mlt.status == UNVERIFIED


def test_tennessee_counts_the_two_calendar_years_before_renewal():
    (tn,) = check(
        ledger(
            credential("tn/technologist", cycle_end="2027-03-31"),
            course("in", "2025-01-01", "hours = 2") + course("out", "2024-12-31", "hours = 2"),
        ),
        date(2026, 11, 21),
    )
    assert tn.window is not None
    assert (tn.window.start, tn.window.end) == (date(2025, 1, 1), date(2026, 12, 31))
    assert tn.earned == 200 and "out" in reasons(tn)


# -- P.A.C.E. arithmetic ----------------------------------------------------------------------------


def test_pace_01_a_full_day_program_is_capped_at_seven_hours():
    (mls,) = check(
        ledger(
            credential("ascp/MLS", cycle_end="2027-06-30"),
            course("day", "2026-04-01", "hours = 8", kind='"workshop"'),
        ),
        date(2026, 11, 21),
    )
    assert mls.earned == 700
    assert any("at most 7 contact hours per day" in f.message for f in mls.findings)


def test_pace_02_self_study_formula_rounds_down_to_the_half_hour():
    assert pace_self_study_hundredths(reading_minutes=100, test_questions=20) == 250


def test_unverified_credit_never_produces_a_met():
    (mls,) = check(
        ledger(
            credential("ascp/MLS", cycle_end="2027-06-30"),
            course("s", "2026-01-01", "points = 1", '["safety"]')
            + course("e", "2026-01-02", "points = 1", '["ethics"]')
            + course(
                "areas",
                "2026-01-03",
                "points = 8",
                '["blood-banking", "chemistry", "hematology", "microbiology"]',
            )
            + course(
                "talk", "2026-01-04", "points = 26", kind='"presentation"', accreditation='"none"'
            ),
        ),
        date(2026, 11, 21),
    )
    assert mls.earned == 3600
    assert mls.status == UNVERIFIED
