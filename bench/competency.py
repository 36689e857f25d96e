"""Benchmark: the competency due list of a 5,000-member site, on SQLite and on PostgreSQL.

For each database, in a child process with the production settings: one organisation with the
measured site and a second site, 5,000 members at the measured site, 40 test systems there
(waived, moderate and high complexity), 3 assignments per member (15,000) begun over the last
three years, their signed assessments (6-month, 12-month and annual ones, some late, 2 % failed
with a remediation), a method change on one system, and the supervisors' qualifications. Every
standing is computed once by `competency.standing.refresh` (reported, not a target). Then,
through Django's test client (middleware, session, view, template) as the organisation's
manager, the site's due list page (not cleared, overdue and due; first 100 rows and the counts
of every state over all 15,000):

- cold: the first request of the process, and each request after the cache was emptied (the
  due list keeps nothing in the cache: cold and warm differ only by the database's own cache);
- warm: the same request again and again; also filtered (one state, one test system), a later
  page, and GET /api/orgs/<id>/competency/due;
- a method change recorded on a system with 375 people assigned (their standings refreshed).

Prints a table per database, writes bench/results/competency.json. Target: warm < 300 ms.
Headline last: `competency: <warm due list p95 on SQLite> ms`.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))

DEFAULT_PG = "postgres://postgres@127.0.0.1:5432/cetrack_competency_bench"
RESULTS = BENCH / "results" / "competency.json"
WARM_TARGET_MS = 300.0
SYSTEMS = 40
PER_MEMBER = 3
NOT_PASSED_ON = ("DATABASE_URL", "DJANGO_SETTINGS_MODULE", "DEBUG", "CETRACK_DATA")


# -- the child: populate, then measure -----------------------------------------------------------


def _timed(call: Any) -> tuple[float, Any]:
    started = time.perf_counter()
    result = call()
    return (time.perf_counter() - started) * 1000, result


def _summary(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    return {
        "n": len(ordered),
        "p50_ms": statistics.median(ordered),
        "p95_ms": ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))],
        "max_ms": ordered[-1],
    }


def _people(members: int) -> tuple[Any, Any, Any, Any]:
    from django.contrib.auth.hashers import make_password
    from django.utils import timezone

    from cetrack.accounts.models import User
    from cetrack.orgs.models import Membership, Organisation, Site

    org = Organisation.objects.create(name="Bench Laboratory", slug="bench")
    site = Site.objects.create(
        organisation=org, name="Main lab", state="FL", clia_number="10D0000001"
    )
    Site.objects.create(organisation=org, name="Outreach lab", state="FL", clia_number="10D0000002")
    password = make_password(None)
    User.objects.bulk_create(
        [
            User(email=f"tech{n:05d}@bench.example", name=f"Bench Tech {n:05d}", password=password)
            for n in range(members)
        ],
        batch_size=2000,
    )
    now = timezone.now()
    users = User.objects.filter(email__endswith="@bench.example").order_by("pk")
    Membership.objects.bulk_create(
        [
            Membership(user=u, organisation=org, role="member", site=site, consent_at=now)
            for u in users
        ],
        batch_size=2000,
    )
    manager = User.objects.create_user("manager@bench.example", None, name="Bench Manager")
    manager_membership = Membership.objects.create(
        user=manager, organisation=org, role="manager", site=site
    )
    return org, site, manager, manager_membership


def _systems(site: Any, manager: Any) -> list[Any]:
    from cetrack.competency.models import TestSystem

    kinds = ("high", "high", "moderate", "moderate", "waived")
    specialties = (
        "hematology",
        "routine-chemistry",
        "immunohematology",
        "urinalysis",
        "microbiology",
    )
    return TestSystem.objects.bulk_create(
        [
            TestSystem(
                site=site,
                name=f"Test system {n:02d}",
                analyte=f"Analyte {n:02d}",
                instrument=f"Analyser {n % 7}",
                specialty=specialties[n % len(specialties)].replace("microbiology", "bacteriology"),
                complexity=kinds[n % len(kinds)],
                created_by=manager,
            )
            for n in range(SYSTEMS)
        ]
    )


def _assignments(site: Any, systems: list[Any], today: date, rng: random.Random) -> None:
    from cetrack.competency.models import Assessment, Assignment, Remediation
    from cetrack.core.dates import add_months
    from cetrack.orgs.models import Membership

    members = list(Membership.objects.filter(site=site, role="member").values_list("pk", flat=True))
    rows = []
    for number, membership_id in enumerate(members):
        for k in range(PER_MEMBER):
            system = systems[(number * PER_MEMBER + k) % len(systems)]
            began = today - timedelta(days=rng.randint(20, 3 * 365))
            rows.append(
                Assignment(
                    membership_id=membership_id, site=site, test_system=system, began_on=began
                )
            )
    Assignment.objects.bulk_create(rows, batch_size=2000)
    now = datetime.now(UTC)
    assessments = []
    for row in Assignment.objects.filter(site=site).only("pk", "began_on"):
        day, index = row.began_on, 0
        while True:
            due = add_months(row.began_on, (6, 12)[index]) if index < 2 else add_months(day, 12)
            done = due + timedelta(days=rng.randint(-25, 40))
            if done > today or rng.random() < 0.04:
                break  # not yet, or (4 %) never done: overdue
            reason = ("six-month", "twelve-month")[index] if index < 2 else "annual"
            outcome = "fail" if rng.random() < 0.02 else "pass"
            assessments.append(
                Assessment(
                    assignment_id=row.pk,
                    reason=reason,
                    assessed_on=done,
                    outcome=outcome,
                    signed_at=now,
                    signer_name="Bench Manager",
                    acknowledged_at=now,
                )
            )
            day, index = done, index + 1
            if outcome == "fail":
                break
    Assessment.objects.bulk_create(assessments, batch_size=2000)
    Remediation.objects.bulk_create(
        [
            Remediation(
                assessment=a,
                elements=["problem-solving"],
                retraining="Supervised runs",
                reassess_by=a.assessed_on + timedelta(days=30),
            )
            for a in Assessment.objects.filter(outcome="fail")
        ],
        batch_size=2000,
    )


def child(members: int, repeats: int, out: Path) -> None:
    from django.core.management import call_command

    call_command("migrate", interactive=False, verbosity=0)
    from django.core.cache import cache
    from django.test import Client
    from django.utils import timezone

    from cetrack.competency import services
    from cetrack.competency.models import Assessment, Assignment
    from cetrack.competency.standing import refresh_site

    rng = random.Random(2026)
    today = timezone.localdate()
    populate_ms, (org, site, manager, _) = _timed(lambda: _people(members))
    systems = _systems(site, manager)
    services.record_qualification(
        manager,
        manager.memberships.get(),
        site,
        {"position": "technical-supervisor", "since": date(2020, 1, 1)},
    )
    assign_ms, _ = _timed(lambda: _assignments(site, systems, today, rng))
    refresh_ms, refreshed = _timed(lambda: refresh_site(site.pk))
    client = Client()
    client.force_login(manager)
    base = f"/orgs/{org.pk}/competency/sites/{site.pk}/"
    api = f"/api/orgs/{org.pk}/competency/due?site={site.pk}"

    def get(path: str) -> Any:
        response = client.get(path)
        assert response.status_code == 200, (path, response.status_code)
        return response

    first_ms, response = _timed(lambda: get(base))
    assert b"Bench Tech" in response.content
    results: dict[str, Any] = {"first_request_ms": first_ms}
    pages = {
        "due_list": base,
        "due_list_overdue_one_system": f"{base}?state=overdue&system={systems[1].pk}",
        "due_list_page_5": f"{base}?page=5",
        "api_due": api,
    }
    for name, path in pages.items():
        cold = []
        for _ in range(repeats):
            cache.clear()
            cold.append(_timed(lambda path=path: get(path))[0])
        warm = [_timed(lambda path=path: get(path))[0] for _ in range(repeats * 6)]
        results[name] = {"cold": _summary(cold), "warm": _summary(warm)}
    counts = get(api).json()["counts"]
    busiest = systems[0]
    change_ms, outcome = _timed(
        lambda: services.record_change(
            manager,
            busiest,
            kind="method",
            effective_on=today,
            description="New reagent lot method",
        )
    )
    after_change_ms, _ = _timed(lambda: get(base))
    results.update(
        populate={
            "people_ms": populate_ms,
            "assignments_and_assessments_ms": assign_ms,
            "refresh_all_standings_ms": refresh_ms,
            "standings": refreshed,
        },
        method_change={"ms": change_ms, "assigned": outcome.extra["assigned"]},
        after_change_ms=after_change_ms,
        counts=counts,
    )
    sizes = {
        "members": members,
        "test_systems": len(systems),
        "assignments": Assignment.objects.filter(site=site).count(),
        "assessments": Assessment.objects.count(),
    }
    out.write_text(json.dumps({"sizes": sizes, "results": results}))


# -- the parent: one child per database, then the report ----------------------------------------


def _environment(data: Path, database_url: str | None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in NOT_PASSED_ON}
    env.update(CETRACK_DATA=str(data), DJANGO_SETTINGS_MODULE="cetrack.web.settings")
    if database_url:
        env["DATABASE_URL"] = database_url
    return env


def run_database(label: str, database_url: str | None, args: argparse.Namespace) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix=f"cetrack-competency-{label}-") as folder:
        data = Path(folder)
        out = data / "competency.json"
        print(f"  {label}: populating {args.members} members and measuring ...", flush=True)
        command = [sys.executable, __file__, "--child", str(out), "--members", str(args.members)]
        command += ["--repeats", str(args.repeats)]
        subprocess.run(command, env=_environment(data, database_url), check=True)
        return dict(json.loads(out.read_text()))


def table(databases: dict[str, dict[str, Any]]) -> list[str]:
    lines = [
        "",
        "| what | " + " | ".join(databases) + " | target |",
        "| --- |" + " --- |" * (len(databases) + 1),
    ]

    def cell(db: dict[str, Any], *keys: str) -> str:
        value: Any = db.get("results")
        for key in keys:
            value = value.get(key) if isinstance(value, dict) else None
        if value is None:
            return "—"
        return f"{value:,.0f} ms" if isinstance(value, float) else f"{value:,}"

    rows = [
        ("due list page, warm p95", ("due_list", "warm", "p95_ms"), f"< {WARM_TARGET_MS:.0f} ms"),
        ("due list page, warm p50", ("due_list", "warm", "p50_ms"), ""),
        ("due list page, cold p95", ("due_list", "cold", "p95_ms"), ""),
        (
            "one state and one system, warm p95",
            ("due_list_overdue_one_system", "warm", "p95_ms"),
            "",
        ),
        ("page 5, warm p95", ("due_list_page_5", "warm", "p95_ms"), ""),
        ("API due list, warm p95", ("api_due", "warm", "p95_ms"), ""),
        ("first request of the process", ("first_request_ms",), ""),
        ("method change (standings refreshed)", ("method_change", "ms"), ""),
        ("  people assigned to that system", ("method_change", "assigned"), ""),
        ("every standing computed once", ("populate", "refresh_all_standings_ms"), ""),
        ("  standings", ("populate", "standings"), ""),
    ]
    for label, keys, target in rows:
        values = [
            cell(db, *keys) if "results" in db else db.get("skipped", "—")
            for db in databases.values()
        ]
        lines.append(f"| {label} | " + " | ".join(values) + f" | {target} |")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--members", type=int, default=5000)
    parser.add_argument("--repeats", type=int, default=5, help="cold requests per page")
    parser.add_argument("--sqlite-only", action="store_true")
    parser.add_argument("--postgres-url", default=os.environ.get("CETRACK_BENCH_PG", DEFAULT_PG))
    parser.add_argument("--json", type=Path, default=RESULTS)
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        import django

        django.setup()
        child(args.members, args.repeats, args.child)
        return
    from web import reset_postgres

    print(
        f"  {args.members} members × {PER_MEMBER} test systems; {os.cpu_count()} cores", flush=True
    )
    databases: dict[str, dict[str, Any]] = {"sqlite": run_database("sqlite", None, args)}
    reason = "--sqlite-only" if args.sqlite_only else reset_postgres(args.postgres_url)
    if reason is None:
        databases["postgresql"] = run_database("postgresql", args.postgres_url, args)
    else:
        print(f"  postgresql: skipped ({reason})")
        databases["postgresql"] = {"skipped": reason}
    for line in table(databases):
        print(line)
    headline = databases["sqlite"]["results"]["due_list"]["warm"]["p95_ms"]
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(
        json.dumps(
            {
                "generated_at": datetime.now(UTC).isoformat(timespec="seconds"),
                "machine": {"cores": os.cpu_count(), "python": platform.python_version()},
                "sizes": databases["sqlite"].get("sizes"),
                "targets": {"warm_ms_below": WARM_TARGET_MS},
                "as_of": date.today().isoformat(),
                "databases": databases,
                "headline": {"name": "competency", "value": round(headline, 1), "unit": "ms"},
            },
            indent=2,
        )
        + "\n"
    )
    print(f"competency: {headline:.1f} ms")


if __name__ == "__main__":
    main()
