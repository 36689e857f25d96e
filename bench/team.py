"""Benchmark: the team compliance matrix for a large laboratory, on SQLite and on PostgreSQL.

For each database, in a child process with the production settings: populate 5,000 synthetic
people × 3 credentials × 40 activities (bench/web.py's bulk populate, bench/synthetic.py's
people), put them all in one organisation (two sites, four departments, all sharing), then
build every compliance snapshot once (15,000 credential evaluations; reported, not a target).
Then, through Django's test client (the whole request: middleware, session, view, template),
as the organisation's manager:

- cold: the cache emptied before each request (as after a restart: snapshots are in the
  database, the built matrix is not) — the matrix page (first 100 members) and the CSV of all
  15,000 lines; the very first request of the process is reported apart;
- warm: the same requests again and again (the matrix built once per state of the team);
- after one member changes a record: the next matrix page (that member re-evaluated);
- the next day: how many people's verdicts expire overnight (`valid_through`) and the time to
  re-evaluate them (what the first matrix of a new day costs).

Prints a table per database, writes bench/results/team.json. Targets: warm < 300 ms,
cold < 5 s. Headline last: `team: <warm matrix page p95 on SQLite> ms`.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
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

DEFAULT_PG = "postgres://postgres@127.0.0.1:5432/cetrack_team_bench"
RESULTS = BENCH / "results" / "team.json"
WARM_TARGET_MS = 300.0
COLD_TARGET_MS = 5000.0
NOT_PASSED_ON = ("DATABASE_URL", "DJANGO_SETTINGS_MODULE", "DEBUG", "CETRACK_DATA")


# -- the child: populate, then measure -----------------------------------------------------------


def _organisation(users: list[Any]) -> tuple[Any, Any]:
    from django.utils import timezone

    from cetrack.accounts.models import User
    from cetrack.orgs.models import Department, Membership, Organisation, Site

    org = Organisation.objects.create(
        name="Bench Health System", slug="bench", kind="health-system"
    )
    sites = [
        Site.objects.create(organisation=org, name="Tampa", state="FL", clia_number="10D0000001"),
        Site.objects.create(organisation=org, name="Denver", state="CO", clia_number="06D0000002"),
    ]
    departments = [
        Department.objects.create(organisation=org, site=sites[i % 2], name=name)
        for i, name in enumerate(("Hematology", "Chemistry", "Microbiology", "Blood bank"))
    ]
    now = timezone.now()
    Membership.objects.bulk_create(
        [
            Membership(
                user=user,
                organisation=org,
                role="member",
                site=sites[number % 2],
                department=departments[number % 4],
                consent_at=now,
            )
            for number, user in enumerate(users)
        ],
        batch_size=2000,
    )
    manager = User.objects.create_user("manager@bench.example", None, name="Bench Manager")
    Membership.objects.create(user=manager, organisation=org, role="manager")
    return org, manager


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


def child(users: int, repeats: int, out: Path) -> None:
    import web  # bench/web.py: the bulk populate

    data = Path(os.environ["CETRACK_DATA"]) / "population.json"
    web.populate(users, data)
    population = json.loads(data.read_text())
    population.pop("sessions"), population.pop("tokens")

    from django.core.cache import cache
    from django.test import Client
    from django.utils import timezone

    from cetrack.accounts.models import User
    from cetrack.orgs.compliance import refresh_members
    from cetrack.orgs.matrix import forget_local, team_matrix
    from cetrack.records import services
    from cetrack.records.models import Activity

    people = list(User.objects.filter(email__endswith="@bench.example").order_by("pk"))
    org, manager = _organisation(people)
    build_ms, written = _timed(lambda: refresh_members([u.pk for u in people]))
    client = Client()
    client.force_login(manager)
    page = f"/orgs/{org.pk}/compliance/"
    csv = f"/orgs/{org.pk}/compliance.csv"
    filtered = f"{page}?status=not_met&sort=deadline&due_within=365"

    def get(path: str) -> Any:
        response = client.get(path)
        assert response.status_code == 200, (path, response.status_code)
        return response

    first_ms, response = _timed(lambda: get(page))
    assert b"Synthetic Person" in response.content
    results: dict[str, Any] = {"first_request_ms": first_ms}
    for name, path in (("matrix", page), ("csv", csv), ("matrix_filtered", filtered)):
        cold = []
        for _ in range(repeats):
            cache.clear()
            forget_local()
            cold.append(_timed(lambda path=path: get(path))[0])
        warm = [_timed(lambda path=path: get(path))[0] for _ in range(repeats * 6)]
        results[name] = {"cold": _summary(cold), "warm": _summary(warm)}
    lines = get(csv).content.count(b"\n") - 1

    # One member changes a record: the next page re-evaluates just them.
    someone = people[len(people) // 2]
    activity = Activity.objects.filter(owner=someone, deleted_at__isnull=True).first()
    assert activity is not None
    services.delete_activity(someone, activity)
    changed_ms, _ = _timed(lambda: get(page))

    # Tomorrow: verdicts whose valid_through is today expire.
    tomorrow = timezone.localdate() + timedelta(days=1)
    next_day_ms, matrix = _timed(lambda: team_matrix(org.pk, tomorrow))
    results.update(
        after_one_change_ms=changed_ms,
        next_day={"ms": next_day_ms, "people_reevaluated": matrix.refreshed},
        snapshot_build={"ms": build_ms, "snapshots": written},
        csv_lines=lines,
    )
    out.write_text(json.dumps({"population": population, "results": results}))


# -- the parent: one child per database, then the report ----------------------------------------


def _environment(data: Path, database_url: str | None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in NOT_PASSED_ON}
    env.update(CETRACK_DATA=str(data), DJANGO_SETTINGS_MODULE="cetrack.web.settings")
    if database_url:
        env["DATABASE_URL"] = database_url
    return env


def run_database(label: str, database_url: str | None, args: argparse.Namespace) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix=f"cetrack-team-{label}-") as folder:
        data = Path(folder)
        out = data / "team.json"
        print(f"  {label}: populating {args.users} people and measuring ...", flush=True)
        command = [sys.executable, __file__, "--child", str(out), "--users", str(args.users)]
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
        return (
            "—" if value is None else f"{value:,.0f} ms" if isinstance(value, float) else str(value)
        )

    rows = [
        ("matrix page, warm p95", ("matrix", "warm", "p95_ms"), f"< {WARM_TARGET_MS:.0f} ms"),
        ("matrix page, cold p95", ("matrix", "cold", "p95_ms"), f"< {COLD_TARGET_MS / 1000:.0f} s"),
        (
            "matrix CSV (all lines), warm p95",
            ("csv", "warm", "p95_ms"),
            f"< {WARM_TARGET_MS:.0f} ms",
        ),
        ("matrix CSV, cold p95", ("csv", "cold", "p95_ms"), f"< {COLD_TARGET_MS / 1000:.0f} s"),
        ("filtered + sorted page, warm p95", ("matrix_filtered", "warm", "p95_ms"), ""),
        ("first request of the process", ("first_request_ms",), ""),
        ("after one member's change", ("after_one_change_ms",), ""),
        ("next day: re-evaluation", ("next_day", "ms"), ""),
        ("next day: people re-evaluated", ("next_day", "people_reevaluated"), ""),
        ("building all snapshots once", ("snapshot_build", "ms"), ""),
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
    parser.add_argument("--users", type=int, default=5000)
    parser.add_argument("--repeats", type=int, default=5, help="cold requests per endpoint")
    parser.add_argument("--sqlite-only", action="store_true")
    parser.add_argument("--postgres-url", default=os.environ.get("CETRACK_BENCH_PG", DEFAULT_PG))
    parser.add_argument("--json", type=Path, default=RESULTS)
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        import django

        django.setup()
        child(args.users, args.repeats, args.child)
        return
    from web import reset_postgres

    load_before = os.getloadavg()[0]

    print(
        f"  {args.users} people × 3 credentials × 40 activities; {os.cpu_count()} cores", flush=True
    )
    databases: dict[str, dict[str, Any]] = {"sqlite": run_database("sqlite", None, args)}
    reason = "--sqlite-only" if args.sqlite_only else reset_postgres(args.postgres_url)
    if reason is None:
        databases["postgresql"] = run_database("postgresql", args.postgres_url, args)
    else:
        print(f"  postgresql: skipped ({reason})")
        databases["postgresql"] = {"skipped": reason}
    load_after = os.getloadavg()[0]
    for line in table(databases):
        print(line)
    print(
        f"  load average {load_before:.2f} before, {load_after:.2f} after (the machine is shared: "
        "a load well above 1 per core slows every figure)"
    )
    headline = databases["sqlite"]["results"]["matrix"]["warm"]["p95_ms"]
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(
        json.dumps(
            {
                "generated_at": datetime.now(UTC).isoformat(timespec="seconds"),
                "machine": {
                    "cores": os.cpu_count(),
                    "python": platform.python_version(),
                    "load_average_before": round(load_before, 2),
                    "load_average_after": round(load_after, 2),
                },
                "sizes": {
                    "users": args.users,
                    "credentials_per_user": 3,
                    "activities_per_user": 40,
                },
                "targets": {"warm_ms_below": WARM_TARGET_MS, "cold_ms_below": COLD_TARGET_MS},
                "as_of": date.today().isoformat(),
                "databases": databases,
                "headline": {"name": "team", "value": round(headline, 1), "unit": "ms"},
            },
            indent=2,
        )
        + "\n"
    )
    print(f"team: {headline:.1f} ms")


if __name__ == "__main__":
    main()
