"""Career pathways: the routes data, the "what do I still need" checklist, and catalogue links."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from cetrack.core.pathways import (
    CONFIDENCE_RANK,
    Coursework,
    Degree,
    Experience,
    HeldCredential,
    Profile,
    ProgrammeCompleted,
    checklist,
    load_pathways,
    parse_pathways,
    routes_satisfied_by,
)
from cetrack.core.vocabulary import vocabulary

AS_OF = date(2026, 11, 21)
ALL_SIX = frozenset(
    {"blood-banking", "chemistry", "hematology", "microbiology", "immunology", "urinalysis"}
)
DOCS = Path(__file__).resolve().parent.parent / "docs" / "pathways.md"


def job(
    start: date,
    end: date | None = None,
    fte: str | None = "1",
    *,
    disciplines: frozenset[str] | None = ALL_SIX,
    setting: str | None = "clinical",
    accredited: bool | None = True,
    name: str | None = None,
) -> Experience:
    """A full-time generalist job in an accredited clinical laboratory unless told otherwise."""
    return Experience(
        start,
        end,
        disciplines,
        None if fte is None else Decimal(fte),
        setting,
        accredited,
        name,
    )


MLT_ASCP = HeldCredential("ascp/MLT", earned=date(2020, 7, 1), valid_through=date(2027, 6, 30))
ASSOCIATE = Degree("associate", "medical-laboratory-technology", completed=date(2020, 5, 15))
BACHELOR = Degree(
    "bachelor",
    "biology",
    completed=date(2024, 12, 15),
    biology_hours=Decimal(20),
    chemistry_hours=Decimal(16),
    courses=frozenset({"microbiology", "organic-chemistry"}),
)


def mlt_with_associate() -> Profile:
    """The issue's case: MLT(ASCP), associate degree, three years of experience."""
    return Profile(
        degrees=(ASSOCIATE,),
        credentials=(MLT_ASCP,),
        experience=(job(date(2023, 11, 22), name="County hospital"),),
        programmes=(ProgrammeCompleted("naacls-mlt", date(2020, 5, 15)),),
    )


# -- the data file -------------------------------------------------------------------------------


def test_the_data_file_loads_with_no_problems():
    pathways = load_pathways()
    assert pathways.problems == ()
    for ident in ("ascp/MLS", "ascp/MLT", "ascp/BB", "ascp/C", "ascp/H", "ascp/M", "ascp/MB"):
        assert pathways.get(ident) is not None
    for ident in ("ascp/SBB", "ascp/SC", "ascp/SH", "ascp/SM", "amt/MT", "amt/MLT", "amt/MDT"):
        assert pathways.get(ident) is not None


def test_every_credential_and_route_has_a_source_and_a_confidence():
    pathways = load_pathways()
    for credential in pathways.credentials.values():
        assert credential.confidence in CONFIDENCE_RANK
        assert credential.verified_on is not None
        assert pathways.cited(credential.sources), credential.id
        for route in credential.route:
            cited = pathways.cited(route.sources)
            assert cited and len(cited) == len(route.sources), (credential.id, route.id)
            assert all(str(s.url).startswith("http") for s in cited)
            assert route.confidence in CONFIDENCE_RANK
            # never stronger than the best source it cites
            best = max(CONFIDENCE_RANK[s.confidence] for s in cited)
            assert CONFIDENCE_RANK[route.confidence] <= best, (credential.id, route.id)


def test_routes_read_only_on_third_party_pages_are_not_official():
    pathways = load_pathways()
    mls = pathways.get("ascp/MLS")
    assert mls is not None
    assert {r.id: r.confidence for r in mls.route} == {
        "1": "secondary",
        "2": "secondary",
        "3": "secondary",
        "4": "secondary",
        "5": "unverified",
        "6": "unverified",
    }
    for ident in ("ascp/SC", "ascp/SH", "ascp/SM"):
        credential = pathways.get(ident)
        assert credential is not None
        assert {r.confidence for r in credential.route} == {"unverified"}
    # the official ones were read on the rule-maker's own page on the date given
    for ident in ("ascp/QLS", "amt/MDT"):
        credential = pathways.get(ident)
        assert credential is not None
        route = credential.route[0]
        assert route.confidence == "official"
        assert pathways.verified_on(route) == date(2026, 11, 21)
        assert all(
            "ascp.org" in str(s.url) or "americanmedtech.org" in str(s.url)
            for s in pathways.cited(route.sources)
        )


def test_discipline_ids_match_ledger_topics_where_they_exist():
    topics = vocabulary().topics
    extra = set(load_pathways().disciplines) - set(topics)
    assert extra == {"histocompatibility"}


def test_docs_list_every_credential_and_route():
    text = DOCS.read_text("utf-8")
    pathways = load_pathways()
    rows = [line for line in text.splitlines() if re.match(r"^\| `[a-z]+/", line)]
    expected = []
    for credential in pathways.credentials.values():
        for route in credential.route:
            state = f" (retired {route.retired_on})" if route.retired_on else ""
            verified = pathways.verified_on(route) or "not re-read"
            expected.append(
                f"| `{credential.id}` | {route.id}{state} | {route.confidence} | {verified} |"
            )
    assert [row[: len(e)] for row, e in zip(rows, expected, strict=False)] == expected
    assert len(rows) == len(expected)


def test_the_docs_example_runs_and_says_what_it_shows(capsys):
    text = DOCS.read_text("utf-8")
    example = re.search(r"```python\n(.*?)```", text, flags=re.S)
    assert example is not None
    exec(compile(example.group(1), "docs/pathways.md", "exec"), {})
    printed = capsys.readouterr().out
    assert (
        "A bachelor's degree or higher -> needs a bachelor's degree; you have an associate degree"
        in printed
    )


# -- the acceptance case -----------------------------------------------------------------


def test_mlt_with_an_associate_degree_sees_what_is_missing_for_mls():
    result = checklist(mlt_with_associate(), "ascp/MLS", AS_OF)
    assert result.problems == ()
    assert result.open_routes == ()  # no route is open yet
    routes = {r.id: r for r in result.routes}
    assert set(routes) == {"1", "2", "4", "5", "6"}
    assert [r.id for r in result.retired] == ["3"]  # the CLA route closed on 2023-01-01

    route2 = routes["2"]
    assert route2.status == "missing"
    assert [r.kind for r in route2.missing] == ["degree"]
    degree = route2.missing[0]
    assert "bachelor's degree" in degree.explanation
    assert "you have an associate degree" in degree.explanation
    by_kind = {r.kind: r for r in route2.requirements if not r.manual}
    assert by_kind["credential"].status == "met"
    assert by_kind["experience"].status == "met"
    assert "3 years" in by_kind["experience"].explanation
    assert by_kind["coursework"].status == "unknown"  # hours never recorded: not "met"
    assert route2.to_confirm  # the documentation form, the post-MLT question
    assert any("window" in c for c in route2.caveats)

    assert {r.kind for r in routes["1"].missing} == {"degree", "programme"}
    assert {r.kind for r in routes["4"].missing} == {"degree", "experience"}
    assert (
        "more full-time"
        in next(r for r in routes["4"].missing if r.kind == "experience").explanation
    )
    for ident in ("5", "6"):
        assert routes[ident].status == "unknown"  # unverified: no verdict either way
    assert result.best is not None and result.best.id == "2"


def test_bachelor_plus_mlt_plus_experience_meets_route_2():
    profile = replace(mlt_with_associate(), degrees=(ASSOCIATE, BACHELOR))
    result = checklist(profile, "ascp/MLS", AS_OF)
    route2 = result.route("2")
    assert route2 is not None
    assert route2.status == "met", [(r.text, r.explanation) for r in route2.requirements]
    assert route2 in result.open_routes
    assert result.best is route2
    assert all(r.status == "met" for r in route2.requirements if not r.manual)
    assert all(r.status == "unknown" for r in route2.to_confirm)  # confirmed by the person


def test_a_recent_mlt_programme_stands_in_for_a_year_of_experience():
    profile = Profile(
        degrees=(BACHELOR,),
        credentials=(MLT_ASCP,),
        experience=(job(date(2025, 11, 1)),),  # about 13 months
        programmes=(ProgrammeCompleted("naacls-mlt", date(2024, 5, 1)),),
    )
    route2 = checklist(profile, "ascp/MLS", AS_OF).route("2")
    assert route2 is not None
    experience = next(r for r in route2.requirements if r.kind == "experience")
    assert experience.status == "met"
    assert "1 year less" in experience.explanation
    # without the programme the same 13 months fall short
    alone = checklist(replace(profile, programmes=()), "ascp/MLS", AS_OF).route("2")
    assert alone is not None
    assert next(r for r in alone.requirements if r.kind == "experience").status == "missing"


# -- unknowns stay unknown -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "change",
    [
        {"credentials": (HeldCredential("ascp/MLT"),)},  # is it current?
        {"experience": (job(date(2023, 11, 22), accredited=None),)},
        {"experience": (job(date(2023, 11, 22), disciplines=None),)},
        {"experience": (job(date(2023, 11, 22), fte=None),)},
        {"degrees": (ASSOCIATE, replace(BACHELOR, biology_hours=None))},
        {"degrees": (ASSOCIATE, replace(BACHELOR, courses=None))},
    ],
    ids=["credential-validity", "accreditation", "disciplines", "fte", "hours", "courses"],
)
def test_missing_profile_data_gives_unknown_never_met(change):
    profile = replace(mlt_with_associate(), degrees=(ASSOCIATE, BACHELOR))
    route2 = checklist(replace(profile, **change), "ascp/MLS", AS_OF).route("2")
    assert route2 is not None
    assert route2.status == "unknown"
    assert route2.unknown and not route2.missing
    assert all(r.explanation for r in route2.unknown)


def test_a_route_whose_window_was_not_read_is_met_only_by_the_latest_years_alone():
    """SBB route 2: three years of blood-bank experience in a window no source states. No
    window can be shorter than the three years it asks for, so three years ending today meet
    it whatever the window; older experience leaves it unknown."""
    current = Profile(
        degrees=(BACHELOR,),
        credentials=(HeldCredential("ascp/MLS", valid_through=date(2028, 1, 1)),),
        experience=(job(date(2015, 1, 1), disciplines=frozenset({"blood-banking"})),),
    )
    route2 = checklist(current, "ascp/SBB", AS_OF).route("2")
    assert route2 is not None
    experience = next(r for r in route2.requirements if r.kind == "experience")
    assert experience.status == "met"
    assert any("met whatever the window" in c for c in experience.caveats)

    earlier = Profile(
        degrees=(BACHELOR,),
        credentials=(HeldCredential("ascp/MLS", valid_through=date(2028, 1, 1)),),
        experience=(
            job(
                date(2012, 1, 1),
                AS_OF.replace(year=AS_OF.year - 2),
                disciplines=frozenset({"blood-banking"}),
            ),
        ),
    )
    route2 = checklist(earlier, "ascp/SBB", AS_OF).route("2")
    assert route2 is not None
    experience = next(r for r in route2.requirements if r.kind == "experience")
    assert experience.status == "unknown"
    assert any("not read" in c for c in experience.caveats)
    assert route2.status == "unknown"


def test_an_unverified_route_never_says_met():
    profile = Profile(degrees=(Degree("bachelor", "clinical-laboratory-science", 2020),))
    result = checklist(profile, "amt/MT", AS_OF)
    route = result.route("2009-a")
    assert route is not None
    assert next(r for r in route.requirements if r.kind == "degree").status == "met"
    assert route.status == "unknown"
    assert route.caveats[0].startswith("this route is unverified")
    # ...but it still says what is missing
    short = checklist(Profile(degrees=(ASSOCIATE,)), "amt/MT", AS_OF).route("2009-a")
    assert short is not None and short.status == "missing"


def test_a_degree_year_on_the_window_edge_is_unknown():
    # AMT MLT: associate degree earned within the past five years
    edge = Profile(degrees=(Degree("associate", "medical-laboratory-technology", year=2021),))
    inside = Profile(degrees=(Degree("associate", "medical-laboratory-technology", year=2023),))
    outside = Profile(degrees=(Degree("associate", "medical-laboratory-technology", year=2020),))

    def status(profile: Profile) -> str:
        route = checklist(profile, "amt/MLT", AS_OF).route("education")
        assert route is not None
        return next(r for r in route.requirements if r.kind == "degree").status

    assert (status(edge), status(inside), status(outside)) == ("unknown", "met", "missing")


# -- experience arithmetic -----------------------------------------------------------------------


def experience_result(profile: Profile, target: str = "ascp/MLS", route: str = "2"):
    found = checklist(profile, target, AS_OF).route(route)
    assert found is not None
    return next(r for r in found.requirements if r.kind == "experience")


def base(*jobs: Experience) -> Profile:
    return Profile(degrees=(BACHELOR,), credentials=(MLT_ASCP,), experience=jobs)


def test_exactly_two_years_is_enough_and_one_day_less_is_not():
    assert experience_result(base(job(date(2024, 11, 22)))).status == "met"
    short = experience_result(base(job(date(2024, 11, 23))))
    assert short.status == "missing"
    assert "1 day more" in short.explanation
    assert "you have 1 year 11 months 29 days" in short.explanation


def test_overlapping_jobs_are_not_double_counted():
    # two full-time jobs over the same year give one year, not two
    result = experience_result(
        base(job(date(2025, 11, 22), name="day job"), job(date(2025, 11, 22), name="night job"))
    )
    assert result.status == "missing"
    assert "you have 1 year;" in result.explanation


def test_part_time_counts_pro_rata_where_the_source_says_so():
    # 4 years at half time = 2 years full time (ASCP: 35 h/week, part-time prorated)
    half = experience_result(base(job(date(2022, 11, 22), fte="0.5")))
    assert half.status == "met"
    assert "you have 2 years" in half.explanation
    # two half-time jobs at once make one full-time job, never more
    both = experience_result(
        base(job(date(2024, 11, 22), fte="0.5"), job(date(2024, 11, 22), fte="0.6"))
    )
    assert both.status == "met"
    assert "you have 2 years" in both.explanation


def test_part_time_is_unknown_where_the_source_is_silent():
    # AMT MDT Route 1: "six months of molecular science experience", part-time not addressed
    profile = Profile(
        degrees=(BACHELOR,),
        credentials=(HeldCredential("amt/MT"),),
        experience=(job(date(2025, 1, 1), fte="0.5", disciplines=frozenset({"molecular"})),),
    )
    result = experience_result(profile, "amt/MDT", "1")
    assert result.status == "unknown"
    assert "part-time" in result.explanation
    full = replace(
        profile, experience=(job(date(2026, 5, 1), disciplines=frozenset({"molecular"})),)
    )
    assert experience_result(full, "amt/MDT", "1").status == "met"


def test_experience_outside_the_window_or_areas_does_not_count():
    old = job(date(2015, 1, 1), date(2019, 12, 31))  # before the 5-year window
    chemistry_only = job(date(2023, 1, 1), disciplines=frozenset({"chemistry"}))
    result = experience_result(base(old, chemistry_only))
    assert result.status == "missing"
    assert "no counted experience yet in" in result.explanation
    assert "blood banking" in result.explanation
    not_accredited = experience_result(base(job(date(2020, 1, 1), accredited=False)))
    assert not_accredited.status == "missing"
    assert "you have none" in not_accredited.explanation


def test_a_lapsed_credential_is_missing():
    lapsed = HeldCredential("ascp/MLT", valid_through=date(2025, 6, 30))
    profile = replace(mlt_with_associate(), degrees=(BACHELOR,), credentials=(lapsed,))
    route2 = checklist(profile, "ascp/MLS", AS_OF).route("2")
    assert route2 is not None
    credential = next(r for r in route2.requirements if r.kind == "credential")
    assert credential.status == "missing"
    assert "lapsed on 2025-06-30" in credential.explanation


def test_courses_taken_outside_the_degree_count():
    degree = replace(BACHELOR, biology_hours=Decimal(10), courses=frozenset({"organic-chemistry"}))
    extra = Coursework(
        biology_hours=Decimal(8), chemistry_hours=Decimal(0), courses=frozenset({"microbiology"})
    )
    profile = replace(mlt_with_associate(), degrees=(degree,), coursework=(extra,))
    route2 = checklist(profile, "ascp/MLS", AS_OF).route("2")
    assert route2 is not None
    assert next(r for r in route2.requirements if r.kind == "coursework").status == "met"


def test_qls_needs_a_technologist_credential_not_an_mlt():
    safety = job(date(2025, 1, 1), disciplines=frozenset({"safety"}))
    mlt = checklist(Profile(credentials=(MLT_ASCP,), experience=(safety,)), "ascp/QLS", AS_OF)
    route = mlt.routes[0]
    assert route.status == "missing"
    assert next(r for r in route.requirements if r.kind == "credential").status == "missing"
    mls = HeldCredential("ascp/MLS", valid_through=date(2028, 1, 1))
    ok = checklist(Profile(credentials=(mls,), experience=(safety,)), "ascp/QLS", AS_OF)
    assert ok.routes[0].status == "met"
    assert ok.routes[0].confidence == "official"


# -- linking degrees and programmes to routes ----------------------------------------------------


def test_a_naacls_mls_bachelors_completes_mls_route_1():
    matches = routes_satisfied_by(
        programme="naacls-mls",
        degree_level="bachelor",
        degree_field="clinical-laboratory-science",
        as_of=AS_OF,
    )
    complete = [(m.credential, m.route.id) for m in matches if m.complete]
    assert complete == [("ascp/MLS", "1")]
    # MLS Route 2 names the programme as credit toward experience: listed, not complete
    route2 = next(m for m in matches if (m.credential, m.route.id) == ("ascp/MLS", "2"))
    assert {r.kind for r in route2.remaining} >= {"credential", "experience"}


def test_programmes_link_to_the_routes_that_name_them():
    def complete(**kw: str) -> set[tuple[str, str]]:
        return {
            (m.credential, m.route.id) for m in routes_satisfied_by(as_of=AS_OF, **kw) if m.complete
        }

    assert complete(programme="naacls-mlt", degree_level="associate") == {("ascp/MLT", "1")}
    assert complete(programme="structured-h", degree_level="bachelor", degree_field="biology") == {
        ("ascp/H", "3")
    }
    assert ("ascp/MB", "2") in complete(programme="naacls-dms", degree_level="bachelor")
    # a bachelor's in CLS alone serves MLS Routes 2 and 4 (with more to do), not Route 1 complete
    mls = routes_satisfied_by(
        degree_level="bachelor",
        degree_field="clinical-laboratory-science",
        as_of=AS_OF,
        target="ascp/MLS",
    )
    assert {m.route.id for m in mls} == {"1", "2", "4"}
    assert not any(m.complete for m in mls)


def test_unverified_and_retired_routes_are_not_linked():
    matches = routes_satisfied_by(degree_level="doctorate", degree_field="biology", as_of=AS_OF)
    assert all(m.confidence != "unverified" for m in matches)
    assert all(m.route.in_effect(AS_OF) for m in matches)


# -- errors as data ------------------------------------------------------------------------------


def test_an_unknown_target_or_profile_id_is_a_problem_not_an_exception():
    nothing = checklist(Profile(), "ascp/XYZ", AS_OF)
    assert nothing.routes == () and nothing.problems
    assert "ascp/MLS" in nothing.problems[0].message
    bad = Profile(
        degrees=(Degree("bachelors"),),
        experience=(job(date(2024, 1, 1), disciplines=frozenset({"blood-bank"})),),
        programmes=(ProgrammeCompleted("naacls-xyz"),),
    )
    result = checklist(bad, "ascp/MLS", AS_OF)
    assert result.routes == ()
    assert {(p.where, p.key) for p in result.problems} == {
        ("degree #1", "level"),
        ("experience #1", "disciplines"),
        ("programme #1", "kind"),
    }


GOOD = """\
format = 1
[levels]
associate = "a"
bachelor = "b"
master = "m"
doctorate = "d"
[fields]
biology = "biology"
[programmes]
naacls-mls = "NAACLS MLS"
[disciplines]
chemistry = "chemistry"
[settings]
clinical = "clinical"
[courses]
microbiology = "microbiology"

[[source]]
id = "s1"
url = "https://example.org/a"
title = "A page"
confidence = "secondary"
verified_on = 2026-11-21

[[credential]]
id = "x/ONE"
name = "One, ONE(X)"
body = "X"
level = "technologist"
confidence = "secondary"
verified_on = 2026-11-21
sources = ["s1"]

[[credential.route]]
id = "1"
name = "Route 1"
summary = "A bachelor's degree."
confidence = "secondary"
sources = ["s1"]

[[credential.route.requirement]]
kind = "degree"
level = "bachelor"

[[credential.route]]
id = "2"
name = "Route 2"
summary = "Experience."
confidence = "secondary"
sources = ["s1"]

[[credential.route.requirement]]
kind = "experience"
months = 12
disciplines = ["chemistry"]
"""


def line_of(text: str, needle: str, occurrence: int = 1) -> int:
    lines = [n for n, line in enumerate(text.splitlines(), 1) if needle in line]
    return lines[occurrence - 1]


def test_a_small_valid_file_parses():
    pathways = parse_pathways(GOOD, "test.toml")
    assert pathways.problems == ()
    credential = pathways.get("x/ONE")
    assert credential is not None and [r.id for r in credential.route] == ["1", "2"]


def test_bad_toml_gives_a_located_problem():
    broken = GOOD.replace('name = "Route 2"', 'name = "Route 2')
    problems = parse_pathways(broken, "test.toml").problems
    assert len(problems) == 1
    assert problems[0].file == "test.toml"
    assert problems[0].line == line_of(broken, 'name = "Route 2')
    assert "not valid TOML" in problems[0].message


@pytest.mark.parametrize(
    ("old", "new", "needle", "occurrence", "message"),
    [
        ("months = 12", "months = 0", "months = 0", 1, "greater than 0"),
        ("months = 12", "months = 12\nyears = 2", "years = 2", 1, "unknown key"),
        ('level = "bachelor"', 'level = "bachelors"', 'level = "bachelors"', 1, "associate"),
        (
            'disciplines = ["chemistry"]',
            'disciplines = ["chem"]',
            "disciplines",
            2,
            "unknown disciplines 'chem'",
        ),
        (
            'sources = ["s1"]\n\n[[credential.route.requirement]]\nkind = "experience"',
            'sources = ["s2"]\n\n[[credential.route.requirement]]\nkind = "experience"',
            'sources = ["s2"]',
            1,
            "unknown source 's2'",
        ),
        ('id = "2"', 'id = "1"', 'id = "1"', 2, "duplicate route id '1'"),
        (
            'summary = "Experience."\nconfidence = "secondary"',
            'summary = "Experience."\nconfidence = "official"',
            'confidence = "official"',
            1,
            "none of its sources is",
        ),
        ('kind = "experience"', 'kind = "experiance"', 'kind = "experiance"', 1, "kind"),
    ],
    ids=[
        "range",
        "unknown-key",
        "bad-level",
        "vocabulary",
        "source",
        "duplicate",
        "upgrade",
        "kind",
    ],
)
def test_bad_data_gives_located_problems(old, new, needle, occurrence, message):
    text = GOOD.replace(old, new, 1)
    assert text != GOOD
    pathways = parse_pathways(text, "test.toml")
    assert pathways.credentials == {}
    assert pathways.problems, "expected a problem"
    found = [p for p in pathways.problems if message in p.message or message in p.where]
    assert found, [str(p) for p in pathways.problems]
    assert found[0].line == line_of(text, needle, occurrence), str(found[0])
    assert "credential #1" in found[0].where
