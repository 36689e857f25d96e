"""The demo laboratory's competency (`cetrack serve --demo`), recorded through the same services
as the pages: test systems at the Tampa site (CAP rules) and the Denver site (CLIA baseline),
qualifications (a laboratory director, the manager as technical supervisor and consultant, the
educator as a general supervisor delegated in writing), and people in each state — the demo
technician due for their 6-month assessment on the CBC, Brian overdue for his annual one,
Alicia and Deepa cleared (signed and acknowledged), Chen not cleared after a failed element with a
remediation open — and the supervisors' own duties assessed by the director.

Dates count from today, so the demo looks the same whenever it is loaded. The laboratory is
rebuilt by cetrack.orgs.demo first (its organisation is deleted, which removes all of this).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from django.db import transaction
from django.utils import timezone

from cetrack.competency import assessing, services
from cetrack.competency.models import Assessment, Assignment, TestSystem
from cetrack.core.dates import add_months
from cetrack.orgs.models import Membership, Organisation, Role, Site

DIRECTOR_EMAIL = "director@cetrack.example"
PASS: dict[str, dict[str, Any]] = {
    "direct-observation": {
        "result": "pass",
        "method": "direct-observation",
        "notes": "Observed specimen receipt, loading, QC review and release of 3 patient runs",
    },
    "recording-reporting": {
        "result": "pass",
        "method": "record-review",
        "notes": "LIS audit trail of 20 results incl. 2 critical values called and read back",
    },
    "records-review": {
        "result": "pass",
        "method": "record-review",
        "notes": "QC log and maintenance log of the last month; PT event 2 worksheet",
    },
    "instrument-checks": {
        "result": "pass",
        "method": "checklist",
        "notes": "Daily maintenance and function checks per the instrument checklist",
    },
    "sample-testing": {
        "result": "pass",
        "method": "blind-sample",
        "sample_results": "Blind sample B-17: result within the acceptable range of the original",
    },
    "problem-solving": {
        "result": "pass",
        "method": "quiz",
        "score_correct": 9,
        "score_total": 10,
        "score_source": "Troubleshooting quiz",
    },
}


@dataclass(frozen=True)
class DemoCompetency:
    systems: int
    assignments: int
    assessments: int


def _member(org: Organisation, email: str) -> Membership:
    return Membership.objects.select_related("user").get(
        organisation=org, user__email=email, left_at__isnull=True
    )


def _director(org: Organisation, site: Site) -> Membership:
    from cetrack.accounts.models import User

    user = User.objects.filter(email=DIRECTOR_EMAIL).first()
    if user is None:
        user = User.objects.create_user(DIRECTOR_EMAIL, None, name="Dr. Helen Park")
    return Membership.objects.create(
        user=user, organisation=org, role=Role.MANAGER, site=site, consent_at=timezone.now()
    )


def _system(actor: Any, site: Site, **fields: Any) -> TestSystem:
    outcome = services.save_system(actor, site, fields)
    if not outcome.ok:
        raise RuntimeError(f"demo test system: {outcome.problems}")
    saved: TestSystem = outcome.saved
    return saved


def _assess(
    assessor: Membership,
    assignment: Assignment,
    on: date,
    reason: str,
    results: dict[str, dict[str, Any]] | None = None,
    *,
    plan: assessing.RemediationPlan | None = None,
    acknowledge: bool = True,
) -> None:
    actor = assessor.user
    row = assessing.start(actor, Assignment.objects.get(pk=assignment.pk), reason, on).saved
    for element, data in (results or PASS).items():
        saved = assessing.save_element(actor, row, element, {**data, "performed_on": on})
        if not saved.ok:
            raise RuntimeError(f"demo element {element}: {saved.problems}")
    signed = assessing.sign(assessor, row, plan)
    if not signed.ok:
        raise RuntimeError(f"demo sign-off: {signed.problems}")
    if acknowledge:
        done = assessing.acknowledge(assignment.membership.user, signed.saved, "")
        if not done.ok:
            raise RuntimeError(f"demo acknowledgement: {done.problems}")


def _qualifications(org: Organisation, tampa: Site, today: date) -> dict[str, Membership]:
    people = {
        "director": _director(org, tampa),
        "dana": _member(org, "manager@cetrack.example"),
        "priya": _member(org, "educator@cetrack.example"),
    }
    actor = people["dana"].user
    for key, position, since, extra in (
        ("director", "laboratory-director", today - timedelta(days=3000), {}),
        (
            "dana",
            "technical-supervisor",
            today - timedelta(days=500),
            {"note": "MLS(ASCP), 8 years"},
        ),
        ("dana", "technical-consultant", today - timedelta(days=500), {}),
        (
            "priya",
            "general-supervisor",
            today - timedelta(days=300),
            {"delegated_on": today - timedelta(days=290), "delegated_by": "Dana Whitfield"},
        ),
    ):
        data = {"position": position, "since": since, **extra}
        outcome = services.record_qualification(actor, people[key], tampa, data)
        if not outcome.ok:
            raise RuntimeError(f"demo qualification: {outcome.problems}")
    return people


def _duties(people: dict[str, Membership], today: date) -> None:
    duties = {
        "notes": "Reviewed QC and PT sign-offs, corrective actions and staff training records"
    }
    for key, position in (
        ("dana", "technical-supervisor"),
        ("dana", "technical-consultant"),
        ("priya", "general-supervisor"),
    ):
        assignment = Assignment.objects.get(membership=people[key], position=position)
        data = {"duties": {"result": "pass", "method": "duties-review", **duties}}
        on = add_months(assignment.began_on, 11)
        if on <= today:
            _assess(people["director"], assignment, on, "annual", data)


def load_demo_competency(org: Organisation, technician: Any) -> DemoCompetency:
    """Competency for the demo laboratory `org` (just rebuilt); `technician` is the demo user."""
    today = timezone.localdate()
    with transaction.atomic():
        tampa = Site.objects.get(organisation=org, state="FL")
        denver = Site.objects.get(organisation=org, state="CO")
        people = _qualifications(org, tampa, today)
        dana = people["dana"]
        services.save_policy(
            dana.user, tampa, accreditor="cap", track_waived=False, due_soon_days=30
        )
        cbc = _system(
            dana.user,
            tampa,
            name="CBC on Sysmex XN-1000",
            analyte="Complete blood count with differential",
            instrument="Sysmex XN-1000",
            method="Impedance and fluorescence flow cytometry",
            specialty="hematology",
            complexity="high",
        )
        bmp = _system(
            dana.user,
            tampa,
            name="Basic metabolic panel on Vitros 5600",
            analyte="Na, K, Cl, CO2, BUN, creatinine, glucose, calcium",
            instrument="Ortho Vitros 5600",
            method="Dry-slide chemistry",
            specialty="routine-chemistry",
            complexity="moderate",
        )
        abo = _system(
            dana.user,
            tampa,
            name="ABO/Rh typing on ORTHO Vision",
            analyte="ABO group and Rh(D) type",
            instrument="ORTHO Vision",
            method="Column agglutination",
            specialty="immunohematology",
            complexity="high",
        )
        _system(
            dana.user,
            tampa,
            name="Urine dipstick (Clinitek Status)",
            analyte="Urinalysis, chemical screen",
            instrument="Siemens Clinitek Status+",
            specialty="urinalysis",
            complexity="waived",
        )
        glucose = _system(
            dana.user,
            denver,
            name="Glucose on Vitros 5600",
            instrument="Ortho Vitros 5600",
            specialty="routine-chemistry",
            complexity="moderate",
        )
        _denver(org, denver, dana, glucose, today)
        counts = _people(org, people, today, technician, cbc, bmp, abo)
        _duties(people, today)
    systems = TestSystem.objects.filter(site__organisation=org).count()
    return DemoCompetency(systems, counts[0], counts[1])


def _denver(
    org: Organisation, denver: Site, dana: Membership, glucose: TestSystem, today: date
) -> None:
    """Denver (CLIA baseline): Kofi, a technical consultant, assesses Ines (cleared); Hector
    began last month (his first assessment is 5 months away)."""
    kofi = _member(org, "kofi@cetrack.example")
    data = {"position": "technical-consultant", "since": today - timedelta(days=200)}
    if not services.record_qualification(dana.user, kofi, denver, data).ok:
        raise RuntimeError("demo qualification at Denver")
    began = add_months(today, -9)
    ines = services.assign(dana.user, glucose, _member(org, "ines@cetrack.example"), began).saved
    _assess(kofi, ines, add_months(began, 6) - timedelta(days=5), "six-month")
    services.assign(
        dana.user, glucose, _member(org, "hector@cetrack.example"), today - timedelta(days=30)
    )


def _people(
    org: Organisation,
    people: dict[str, Membership],
    today: date,
    technician: Any,
    cbc: TestSystem,
    bmp: TestSystem,
    abo: TestSystem,
) -> tuple[int, int]:
    dana, priya = people["dana"], people["priya"]

    def assign(email: str | None, system: TestSystem, began: date) -> Assignment:
        member = (
            Membership.objects.get(organisation=org, user=technician, left_at__isnull=True)
            if email is None
            else _member(org, email)
        )
        saved: Assignment = services.assign(dana.user, system, member, began).saved
        return saved

    # Due: the demo technician's 6-month assessment on the CBC falls in 12 days.
    assign(None, cbc, add_months(today + timedelta(days=12), -6))
    # Cleared: Alicia's 6- and 12-month assessments were on time, the last 103 days ago.
    began = add_months(today - timedelta(days=100), -12)
    alicia = assign("alicia@cetrack.example", cbc, began)
    _assess(dana, alicia, add_months(began, 6) - timedelta(days=4), "six-month")
    _assess(priya, alicia, add_months(began, 12) - timedelta(days=3), "twelve-month")
    # Overdue: Brian's annual assessment on the BMP was due 40 days ago.
    began = add_months(today - timedelta(days=40), -24)
    brian = assign("brian@cetrack.example", bmp, began)
    _assess(dana, brian, add_months(began, 6), "six-month")
    _assess(dana, brian, add_months(began, 12), "twelve-month")
    # Cleared on the BMP too: Deepa, 6-month assessment done; the 12-month one is in 2 months.
    began = add_months(today, -10)
    deepa = assign("deepa@cetrack.example", bmp, began)
    _assess(dana, deepa, add_months(began, 6) - timedelta(days=2), "six-month")
    # Not cleared: Chen failed problem-solving on ABO/Rh 10 days ago; re-assessment in 3 weeks.
    began = today - timedelta(days=185)
    chen = assign("chen@cetrack.example", abo, began)
    failed: dict[str, dict[str, Any]] = {
        **PASS,
        "problem-solving": {
            "result": "fail",
            "method": "case-study",
            "notes": "Did not recognise a mixed-field reaction after a recent transfusion",
        },
    }
    plan = assessing.RemediationPlan(
        "Review of mixed-field reactions and transfusion history with the blood bank lead; "
        "five supervised workups",
        today + timedelta(days=21),
    )
    _assess(dana, chen, today - timedelta(days=10), "six-month", failed, plan=plan)
    assignments = Assignment.objects.filter(site__organisation=org).count()
    assessed = Assessment.objects.filter(assignment__site__organisation=org).count()
    return assignments, assessed
