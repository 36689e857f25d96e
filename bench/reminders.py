"""Benchmark: the daily reminder pass for 100,000 members × 3 credentials on PostgreSQL.

In a child process with the production settings on a fresh PostgreSQL database: populate
100,000 synthetic people (bench/synthetic.py's credential mixes: ASCP, AMT and state licences,
cycle ends spread from 150 days past to 900 days ahead; 8 activities each), in 20 organisations
of 5,000 consenting members with two managers each, every member assigned to one competency
test system with a stored standing due from 60 days past to a year ahead. Then, with one
worker (every range of people one after the other in this process, as one queue worker runs
the range jobs; table statistics gathered after each bulk load, as autovacuum would), e-mail to
Django's dummy backend (the messages are built — templates rendered
— but not delivered):

1. the first pass ever (Sunday): no stored verdict exists, everyone is evaluated, and every
   reminder already due goes out — reported, not the target;
2. Monday: overnight 1 % of the people changed a record (their verdicts marked stale, as the
   Revision signal does) — the daily pass, with the managers' weekly digests; **the target: it
   decides every due message in < 60 s**;
3. Monday again: the same pass run a second time sends nothing;
4. Tuesday: an ordinary day (1 % changed again, no digests).

Each pass reports its seconds split into decide (refresh stale verdicts, gather what is due,
drop what is switched off or sent), claim (the unique rows) and send (render + hand over).
Prints a table, writes bench/results/reminders.json. Headline last:
`reminders: <Monday pass, seconds to decide> s`.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))

DEFAULT_PG = "postgres://postgres@127.0.0.1:5432/cetrack_reminders_bench"
RESULTS = BENCH / "results" / "reminders.json"
TARGET_S = 60.0
SUNDAY = date(2026, 11, 22)
ACTIVITIES = 8
ORG_SIZE = 5000
CHANGED_SHARE = 0.01
NOT_PASSED_ON = ("DATABASE_URL", "DJANGO_SETTINGS_MODULE", "DEBUG", "CETRACK_DATA")


# -- the child: populate, then measure -----------------------------------------------------------


def _people(count: int) -> list[Any]:
    from synthetic import person

    rng = random.Random(11)
    ledgers = []
    for number in range(count):
        ledger = person(rng, number, activities=ACTIVITIES)
        credentials = tuple(
            replace(c, cycle_end=SUNDAY + timedelta(days=rng.randint(-150, 900)))
            if c.cycle_end is not None
            else c
            for c in ledger.credentials
        )
        ledgers.append(replace(ledger, credentials=credentials))
    return ledgers


def populate(count: int) -> dict[str, Any]:
    from django.contrib.auth.hashers import make_password
    from django.db import transaction

    from cetrack.accounts.models import User
    from cetrack.records.bridge import activity_columns, credential_columns
    from cetrack.records.models import Activity, Credential

    started = time.perf_counter()
    ledgers = _people(count)
    unusable = make_password(None)
    batch = 5000
    with transaction.atomic():
        users = User.objects.bulk_create(
            [
                User(
                    email=f"bench{n:06d}@bench.example", name=ledger.person.name, password=unusable
                )
                for n, ledger in enumerate(ledgers)
            ],
            batch_size=batch,
        )
        Credential.objects.bulk_create(
            [
                Credential(owner=user, **credential_columns(c))
                for user, ledger in zip(users, ledgers, strict=True)
                for c in ledger.credentials
            ],
            batch_size=batch,
        )
        Activity.objects.bulk_create(
            [
                Activity(owner=user, **activity_columns(a))
                for user, ledger in zip(users, ledgers, strict=True)
                for a in ledger.activities
            ],
            batch_size=batch,
        )
    organisations = _organisations(users)
    return {
        "seconds": time.perf_counter() - started,
        "people": len(users),
        "credentials": Credential.objects.count(),
        "activities": Activity.objects.count(),
        **organisations,
    }


def _organisations(users: list[Any]) -> dict[str, int]:
    from django.contrib.auth.hashers import make_password
    from django.db import transaction
    from django.utils import timezone

    from cetrack.accounts.models import User
    from cetrack.competency.models import Assignment, TestSystem
    from cetrack.orgs.models import Membership, Organisation, Site

    rng = random.Random(12)
    now = timezone.now()
    managers = 0
    with transaction.atomic():
        for number, start in enumerate(range(0, len(users), ORG_SIZE)):
            org = Organisation.objects.create(
                name=f"Bench Lab {number + 1}", slug=f"bench-{number}"
            )
            site = Site.objects.create(organisation=org, name=f"Bench Lab {number + 1} core lab")
            systems = [
                TestSystem.objects.create(
                    site=site,
                    name="CBC on Sysmex XN-1000",
                    specialty="hematology",
                    complexity="high",
                ),
                TestSystem.objects.create(
                    site=site,
                    name="Glucose on Vitros 5600",
                    specialty="routine-chemistry",
                    complexity="moderate",
                ),
            ]
            people = users[start : start + ORG_SIZE]
            memberships = Membership.objects.bulk_create(
                [
                    Membership(user=u, organisation=org, role="member", site=site, consent_at=now)
                    for u in people
                ],
                batch_size=5000,
            )
            for index in range(2):
                boss = User.objects.create(
                    email=f"manager{number}-{index}@bench.example",
                    name=f"Bench Manager {number}-{index}",
                    password=make_password(None),
                )
                Membership.objects.create(user=boss, organisation=org, role="manager", site=site)
                managers += 1
            # The stored standing, as `competency.standing.refresh` writes it.
            Assignment.objects.bulk_create(
                [
                    Assignment(
                        membership=m,
                        site=site,
                        test_system=rng.choice(systems),
                        began_on=SUNDAY - timedelta(days=800),
                        next_due_on=SUNDAY + timedelta(days=rng.randint(-60, 365)),
                        next_reason="annual",
                        next_label="Annual assessment",
                    )
                    for m in memberships
                ],
                batch_size=5000,
            )
    return {
        "organisations": Organisation.objects.count(),
        "managers": managers,
        "assignments": Assignment.objects.count(),
    }


def _analyze() -> None:
    """Table statistics, as autovacuum gathers them after a bulk load (without them the
    planner takes 300,000-row tables for empty ones)."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")


def _pass(day: date) -> dict[str, Any]:
    from django.core.mail import get_connection

    from cetrack.reminders.passes import run_pass

    started = time.perf_counter()
    report = run_pass(
        day, connection=get_connection("django.core.mail.backends.dummy.EmailBackend")
    )
    elapsed = time.perf_counter() - started
    seconds = dict(report.seconds)
    print(
        f"  {day} ({day:%A}): {elapsed:.1f} s — decide {seconds.get('decide', 0):.1f} s, "
        f"{report.reminders} reminders in {report.sent} e-mails, "
        f"{report.refreshed} people re-evaluated",
        flush=True,
    )
    return {
        "day": day.isoformat(),
        "weekday": f"{day:%A}",
        "seconds": elapsed,
        "decide_s": seconds.get("decide", 0.0),
        "claim_s": seconds.get("claim", 0.0),
        "send_s": seconds.get("send", 0.0),
        "reminders": report.reminders,
        "messages": report.sent,
        "failed": report.failed,
        "people_reevaluated": report.refreshed,
        "ranges": report.ranges,
    }


def _overnight_changes(share: float, seed: int) -> int:
    """Mark `share` of the people's verdicts stale, as a change to their records does."""
    from cetrack.accounts.models import User
    from cetrack.orgs.models import ComplianceSnapshot

    ids = list(User.objects.filter(email__startswith="bench").values_list("pk", flat=True))
    changed = random.Random(seed).sample(ids, int(len(ids) * share))
    for start in range(0, len(changed), 5000):
        ComplianceSnapshot.objects.filter(owner_id__in=changed[start : start + 5000]).update(
            version=""
        )
    return len(changed)


def child(people: int, out: Path) -> None:
    from django.core.management import call_command

    from cetrack.reminders.models import Digest, Kind, Reminder

    started = time.perf_counter()
    call_command("migrate", interactive=False, verbosity=0)
    print(f"  migrated in {time.perf_counter() - started:.1f} s", flush=True)
    population = populate(people)
    print(f"  populated in {population['seconds']:.1f} s: {population}", flush=True)
    _analyze()
    first = _pass(SUNDAY)
    _analyze()  # 300,000 verdicts and 90,000 reminders stored since
    monday = SUNDAY + timedelta(days=1)
    changed = _overnight_changes(CHANGED_SHARE, 1)
    daily = _pass(monday)
    daily["digests"] = Reminder.objects.filter(kind=Kind.DIGEST, due_on=monday).count()
    daily["digest_organisations"] = Digest.objects.filter(week_of=monday).count()
    again = _pass(monday)
    _overnight_changes(CHANGED_SHARE, 2)
    tuesday = _pass(monday + timedelta(days=1))
    out.write_text(
        json.dumps(
            {
                "population": population,
                "changed_overnight": changed,
                "passes": {"first": first, "monday": daily, "again": again, "tuesday": tuesday},
            }
        )
    )


# -- the parent ----------------------------------------------------------------------------------


def _environment(data: Path, database_url: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in NOT_PASSED_ON}
    env.update(
        CETRACK_DATA=str(data),
        DJANGO_SETTINGS_MODULE="cetrack.web.settings",
        DATABASE_URL=database_url,
    )
    return env


def table(result: dict[str, Any]) -> list[str]:
    lines = [
        "",
        "| pass | seconds | decide | claim | send | reminders | e-mails | re-evaluated |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    names = {
        "first": "first pass ever (Sunday: every verdict built)",
        "monday": "daily pass, Monday (with weekly digests)",
        "again": "Monday again",
        "tuesday": "daily pass, Tuesday",
    }
    for key, label in names.items():
        row = result["passes"][key]
        lines.append(
            f"| {label} | {row['seconds']:.1f} | {row['decide_s']:.1f} | {row['claim_s']:.1f} "
            f"| {row['send_s']:.1f} | {row['reminders']:,} | {row['messages']:,} "
            f"| {row['people_reevaluated']:,} |"
        )
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--people", type=int, default=100_000)
    parser.add_argument("--postgres-url", default=os.environ.get("CETRACK_BENCH_PG", DEFAULT_PG))
    parser.add_argument("--json", type=Path, default=RESULTS)
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        import django

        django.setup()
        child(args.people, args.child)
        return
    from web import reset_postgres

    reason = reset_postgres(args.postgres_url)
    if reason is not None:
        raise SystemExit(f"reminders: needs PostgreSQL at {args.postgres_url}: {reason}")
    print(f"  {args.people:,} people × 3 credentials on PostgreSQL; {os.cpu_count()} cores")
    with tempfile.TemporaryDirectory(prefix="cetrack-reminders-") as folder:
        out = Path(folder) / "result.json"
        command = [sys.executable, __file__, "--child", str(out), "--people", str(args.people)]
        subprocess.run(command, env=_environment(Path(folder), args.postgres_url), check=True)
        result = json.loads(out.read_text())
    for line in table(result):
        print(line)
    headline = result["passes"]["monday"]["decide_s"]
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(
        json.dumps(
            {
                "generated_at": datetime.now(UTC).isoformat(timespec="seconds"),
                "machine": {"cores": os.cpu_count(), "python": platform.python_version()},
                "sizes": {"people": args.people, "credentials_per_person": 3},
                "target": {"decide_seconds_below": TARGET_S},
                **result,
                "headline": {"name": "reminders", "value": round(headline, 1), "unit": "s"},
            },
            indent=2,
        )
        + "\n"
    )
    print(f"reminders: {headline:.1f} s")


if __name__ == "__main__":
    main()
