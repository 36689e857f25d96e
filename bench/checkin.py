"""Benchmark: self check-in under a rush, through a real server (`cetrack serve`, SQLite).

A laboratory of 400 members has an in-service that has just started. 16 clients (threads of
this process, one keep-alive connection each) send 500 check-ins to POST /api/checkin with the
session's code, each as one member (a personal API token): every member once, and 100 of them
a second time at the same moment (a double tap, a retry), shuffled. Every answer must be 200
and name the member's own attendance; afterwards the database must hold exactly one
attendance per member — none lost, none doubled (the unique constraint and the locked session
row in `inservice.services.check_in`).

Prints the counts and the latency, writes bench/results/checkin.json.
Headline last: `checkin: <lost + doubled> lost or doubled of 500 (<req/s> check-ins/s)`.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))

from web import _environment, _free_port, _wait_for_health  # noqa: E402

RESULTS = BENCH / "results" / "checkin.json"
MEMBERS, REPEATS, CLIENTS = 400, 100, 16


def populate(out: Path) -> None:
    """A migrated database with the laboratory, its members' tokens and an open session."""
    os.environ["DJANGO_SETTINGS_MODULE"] = "cetrack.web.settings"
    import django

    django.setup()
    from datetime import timedelta

    from django.contrib.auth.hashers import make_password
    from django.core.management import call_command
    from django.utils import timezone

    from cetrack.accounts.models import ApiToken, User
    from cetrack.core.inservice import SessionFacts
    from cetrack.inservice.services import create_session
    from cetrack.orgs.models import Membership, Organisation

    call_command("migrate", verbosity=0)
    org = Organisation.objects.create(name="Rush Hour Laboratory", slug="rush")
    hashed = make_password("bench-password")
    educator = User.objects.create(email="educator@rush.example", name="Ed", password=hashed)
    owner = Membership.objects.create(user=educator, organisation=org, role="educator")
    users = User.objects.bulk_create(
        User(email=f"tech{i:04d}@rush.example", name=f"Tech {i}", password=hashed)
        for i in range(MEMBERS)
    )
    users = list(User.objects.filter(email__startswith="tech").order_by("email"))
    Membership.objects.bulk_create(
        Membership(user=u, organisation=org, role="member") for u in users
    )
    tokens = {u.email: ApiToken.issue(u, "bench")[1] for u in users}
    start = timezone.now() - timedelta(minutes=2)
    session = create_session(
        owner,
        SessionFacts(
            title="Rush check-in",
            starts_at=start,
            ends_at=start + timedelta(hours=2),
            instructional_minutes=100,
        ),
        {},
    ).saved
    out.write_text(json.dumps({"code": session.checkin_code, "tokens": tokens}))


def count(data: Path, env: dict[str, str]) -> dict[str, int]:
    """Attendance rows per member, read back in a child process."""
    script = (
        "import os, django, json; os.environ['DJANGO_SETTINGS_MODULE']='cetrack.web.settings';"
        "django.setup(); from django.db.models import Count;"
        "from cetrack.inservice.models import Attendance;"
        "rows = Attendance.objects.values('user__email').annotate(n=Count('id'));"
        "print(json.dumps({r['user__email']: r['n'] for r in rows}))"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], env=env, check=True, capture_output=True, text=True
    )
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def rush(port: int, code: str, tokens: dict[str, str], seed: int) -> dict[str, Any]:
    emails = list(tokens)
    plan = emails + random.Random(seed).sample(emails, REPEATS)
    random.Random(seed + 1).shuffle(plan)
    queue = list(enumerate(plan))
    lock = threading.Lock()
    answers: list[tuple[str, int, str, float]] = []
    start_gate = threading.Barrier(CLIENTS)

    def client() -> None:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        start_gate.wait()
        while True:
            with lock:
                if not queue:
                    break
                _, email = queue.pop()
            body = json.dumps({"code": code})
            began = time.perf_counter()
            connection.request(
                "POST",
                "/api/checkin",
                body=body,
                headers={
                    "Authorization": f"Bearer {tokens[email]}",
                    "Content-Type": "application/json",
                },
            )
            response = connection.getresponse()
            payload = response.read().decode()
            elapsed = time.perf_counter() - began
            try:
                who = str(json.loads(payload).get("email", ""))
            except ValueError:
                who = ""
            with lock:
                answers.append((email, response.status, who, elapsed))
        connection.close()

    began = time.perf_counter()
    threads = [threading.Thread(target=client) for _ in range(CLIENTS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    wall = time.perf_counter() - began
    latencies = sorted(a[3] * 1000 for a in answers)
    return {
        "requests": len(answers),
        "ok": sum(1 for email, status, who, _ in answers if status == 200 and who == email),
        "errors": [(e, s) for e, s, w, _ in answers if s != 200 or w != e][:10],
        "wall_s": wall,
        "rps": len(answers) / wall if wall else 0.0,
        "p50_ms": latencies[len(latencies) // 2] if latencies else 0.0,
        "p95_ms": latencies[int(len(latencies) * 0.95) - 1] if latencies else 0.0,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--populate", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--seed", type=int, default=11)
    args = parser.parse_args()
    if args.populate:
        populate(args.populate)
        return
    with tempfile.TemporaryDirectory(prefix="cetrack-bench-checkin-") as folder:
        data = Path(folder)
        env = _environment(data, None)
        made = data / "population.json"
        subprocess.run([sys.executable, __file__, "--populate", str(made)], env=env, check=True)
        population = json.loads(made.read_text())
        port = _free_port()
        log = data / "server.log"
        cetrack = Path(sys.executable).with_name("cetrack")
        with log.open("w") as stream:
            server = subprocess.Popen(
                [str(cetrack), "serve", "--port", str(port)],
                env=env,
                stdout=stream,
                stderr=subprocess.STDOUT,
            )
        try:
            _wait_for_health(port, server, log)
            time.sleep(0.5)
            result = rush(port, population["code"], population["tokens"], args.seed)
        finally:
            server.terminate()
            server.wait(timeout=30)
        rows = count(data, env)
    lost = sum(1 for email in population["tokens"] if rows.get(email, 0) == 0)
    doubled = sum(n - 1 for n in rows.values() if n > 1)
    result.update(members=MEMBERS, repeats=REPEATS, clients=CLIENTS, lost=lost, doubled=doubled)
    print(
        f"{result['requests']} check-ins ({MEMBERS} members, {REPEATS} repeated) from "
        f"{CLIENTS} clients in {result['wall_s']:.1f} s: {result['ok']} answered 200 with the "
        f"member's own attendance; p50 {result['p50_ms']:.0f} ms, p95 {result['p95_ms']:.0f} ms"
    )
    print(
        f"attendance rows: {sum(rows.values())} for {len(rows)} members; lost {lost}, doubled {doubled}"
    )
    if result["errors"]:
        print(f"first errors: {result['errors']}")
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text(json.dumps(result, indent=2, default=str) + "\n")
    print(
        f"checkin: {lost + doubled} lost or doubled of {result['requests']} "
        f"({result['rps']:.0f} check-ins/s)"
    )


if __name__ == "__main__":
    main()
