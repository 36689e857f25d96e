"""Benchmark: the web app under load, on SQLite and on PostgreSQL, through a real server.

Three arrangements: SQLite alone (the default install), PostgreSQL alone (its database also
holding the shared cache), and PostgreSQL with the shared cache and the job queue on Redis (the
scale-out arrangement of docs/deployment.md; skipped when no Redis answers).

For each database: populate 1,000 synthetic people × 3 credentials × 40 activities (the
generator of bench/synthetic.py; 70 % of the activities with an uploaded certificate) in one
transaction with bulk inserts, log every person in by writing a session row (and issue each an
API token), start `cetrack serve` on a free port as shipped (production settings, its default
processes and threads), and drive it with 8 keep-alive clients for 30 s per endpoint: the
dashboard "/" (a random person's session cookie per request), `/api/credentials` (a random
person's Bearer token) and `/health/` (a trivial view: the framework's floor). Every response
must be 200; anything else is an error.

The server keeps the pages it builds from the engine's verdict per person and state of their
data (the dashboard whole, in the shared cache and each process's memory; cetrack.records.pages)
and reads sessions and the signed-in person's row from the shared cache. So "/" and
`/api/credentials` are measured cold first: each person once, all of them (at most
--cold-seconds), every request building the page. The random-person runs that follow meet the
steady state — every page built once, as after each person's first visit since their last
change.

The clients are threads of this process, one `http.client` connection each: one interpreter
whose CPU use is printed (it stays well under a core), leaving the rest of the machine's two
cores to the server and the database. More client processes would only add interpreters
competing with the server for the same two cores. Server CPU is summed over its processes.

Prints a table per database and endpoint (requests, errors, req/s, p50/p95/p99 ms, server CPU
per request), the ratio dashboard req/s ÷ health req/s, and writes bench/results/web.json.
Targets (issue 15): dashboard p95 < 50 ms; dashboard ≥ 50 % of the trivial view's req/s.
Headline last: `web: <dashboard p95 on SQLite> ms` (the random-person run).
"""

from __future__ import annotations

import argparse
import contextlib
import http.client
import json
import os
import platform
import random
import re
import secrets
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))

DEFAULT_PG = "postgres://postgres@127.0.0.1:5432/cetrack_bench"
DEFAULT_REDIS = "redis://127.0.0.1:6379/14"  # emptied before the run: a database of its own
RESULTS = BENCH / "results" / "web.json"
P95_TARGET_MS = 50.0
RATIO_TARGET = 0.5
# Variables that would make the server run anything but the production settings.
NOT_PASSED_ON = ("DATABASE_URL", "DJANGO_SETTINGS_MODULE", "DEBUG", "CETRACK_DATA")
SESSION_COOKIE = "sessionid"


# -- population (runs in a child process, with the server's environment) ----------------------


def _pdf() -> bytes:
    """A small file that passes the upload check (sniffed as PDF); stored once, shared by all."""
    return b"%PDF-1.4\n% synthetic certificate for bench/web.py\n%%EOF\n"


def populate(users: int, out: Path) -> None:
    """Fill a freshly migrated database and write the sessions and tokens to `out` (JSON)."""
    os.environ["DJANGO_SETTINGS_MODULE"] = "cetrack.web.settings"
    import django

    django.setup()
    from django.conf import settings
    from django.contrib.auth.hashers import make_password
    from django.contrib.sessions.backends.db import SessionStore
    from django.contrib.sessions.models import Session
    from django.core.management import call_command
    from django.db import transaction
    from django.utils import timezone
    from django.utils.crypto import get_random_string

    from cetrack.accounts.models import ApiToken, User, hash_token
    from cetrack.core.ledger_writer import activity_table, credential_table
    from cetrack.records import evidence
    from cetrack.records.bridge import activity_columns, credential_columns
    from cetrack.records.models import Activity, Certificate, Credential, Revision
    from synthetic import people

    started = time.perf_counter()
    call_command("migrate", interactive=False, verbosity=0)
    migrated = time.perf_counter() - started

    def safe(value: Any) -> Any:
        return json.loads(json.dumps(value, default=str))

    ledgers = people(users)
    started = time.perf_counter()
    batch = 2000
    with transaction.atomic():
        # No password at all (unusable, nothing to hash): the clients log in by session below.
        rows = User.objects.bulk_create(
            [
                User(
                    email=f"bench{number:05d}@bench.example",
                    name=ledger.person.name,
                    password=make_password(None),
                )
                for number, ledger in enumerate(ledgers)
            ],
            batch_size=batch,
        )
        blob = evidence.store(_pdf(), "application/pdf")
        credentials, activities, made, pending = [], [], [], []
        for user, ledger in zip(rows, ledgers, strict=True):
            for credential in ledger.credentials:
                credentials.append(Credential(owner=user, **credential_columns(credential)))
                made.append((credentials[-1], credential))
            for activity in ledger.activities:
                columns = activity_columns(activity)
                if activity.certificate:  # documented by an uploaded file, as after an import
                    columns["certificate_reference"] = ""
                    columns["evidence"] = columns["evidence"] or "certificate"
                row = Activity(owner=user, **columns)
                activities.append(row)
                pending.append((row, activity))
        Credential.objects.bulk_create(credentials, batch_size=batch)
        Activity.objects.bulk_create(activities, batch_size=batch)
        certificates = [
            Certificate(
                owner_id=row.owner_id,
                activity=row,
                blob=blob,
                original_name=activity.certificate.rsplit("/", 1)[-1],
            )
            for row, activity in pending
            if activity.certificate
        ]
        Certificate.objects.bulk_create(certificates, batch_size=batch)
        revisions = [
            Revision(
                owner_id=row.owner_id,
                object_type="credential",
                object_id=row.pk,
                action="imported",
                snapshot=safe(credential_table(credential)),
            )
            for row, credential in made
        ] + [
            Revision(
                owner_id=row.owner_id,
                object_type="activity",
                object_id=row.pk,
                action="imported",
                snapshot=safe(activity_table(activity)),
            )
            for row, activity in pending
        ]
        Revision.objects.bulk_create(revisions, batch_size=batch)
        # Log everyone in: a session row each, encoded by Django's own SessionStore.
        store = SessionStore()
        expires = timezone.now() + timedelta(seconds=settings.SESSION_COOKIE_AGE)
        backend = settings.AUTHENTICATION_BACKENDS[0]
        sessions = [
            Session(
                session_key=get_random_string(32, "abcdefghijklmnopqrstuvwxyz0123456789"),
                session_data=store.encode(
                    {
                        "_auth_user_id": str(user.pk),
                        "_auth_user_backend": backend,
                        "_auth_user_hash": user.get_session_auth_hash(),
                    }
                ),
                expire_date=expires,
            )
            for user in rows
        ]
        Session.objects.bulk_create(sessions, batch_size=batch)
        tokens = [ApiToken.PREFIX + secrets.token_urlsafe(32) for _ in rows]
        ApiToken.objects.bulk_create(
            [
                ApiToken(owner=user, name="bench", digest=hash_token(token), hint=token[:8])
                for user, token in zip(rows, tokens, strict=True)
            ],
            batch_size=batch,
        )
    elapsed = time.perf_counter() - started
    out.write_text(
        json.dumps(
            {
                "migrate_s": migrated,
                "populate_s": elapsed,
                "rows": {
                    "users": len(rows),
                    "credentials": len(credentials),
                    "activities": len(activities),
                    "certificates": len(certificates),
                    "revisions": len(revisions),
                },
                "sessions": [s.session_key for s in sessions],
                "tokens": tokens,
            }
        )
    )


# -- load ----------------------------------------------------------------------------------------


@dataclass
class Endpoint:
    name: str
    path: str
    auth: str  # "session" | "bearer" | "none"
    marker: bytes = b""  # must appear in the first response (a real page, not a login form)
    cold: bool = False  # each person once, so every request misses the server's page cache
    label: str = ""


DASHBOARD_MARK = "’s credentials".encode()
ENDPOINTS = [
    Endpoint("dashboard_cold", "/", "session", DASHBOARD_MARK, cold=True, label="/ (cold)"),
    Endpoint("dashboard", "/", "session", DASHBOARD_MARK, label="/"),
    Endpoint("api_cold", "/api/credentials", "bearer", cold=True, label="/api/credentials (cold)"),
    Endpoint("api", "/api/credentials", "bearer", label="/api/credentials"),
    Endpoint("health", "/health/", "none", b"ok", label="/health/"),
]


@dataclass
class Result:
    requests: int = 0
    errors: int = 0
    seconds: float = 0.0
    rps: float = 0.0
    p50_ms: float = 0.0
    p95_ms: float = 0.0
    p99_ms: float = 0.0
    server_cpu_ms_per_request: float = 0.0
    server_cpu_percent: float = 0.0
    client_cpu_percent: float = 0.0
    statuses: dict[str, int] = field(default_factory=dict)
    available: bool = True
    note: str = ""


class Picker:
    """Whom each request is made as: a random person each time, or (once) each person once."""

    def __init__(self, pool: list[str], *, once: bool) -> None:
        self.pool, self.once = pool, once
        self._left = iter(pool)
        self._lock = threading.Lock()

    def next(self, rng: random.Random) -> str | None:
        if not self.once:
            return rng.choice(self.pool)
        with self._lock:
            return next(self._left, None)


# The CSRF cookie a browser keeps after its first page (any 32 letters and digits): without it
# every page would make a new CSRF secret, which a browser never asks for twice.
CSRF_COOKIE = "csrftoken=" + "benchmarkcsrfsecret0123456789abc"[:32]


def _headers(auth: str, secret: str) -> dict[str, str]:
    if auth == "session":
        return {"Cookie": f"{SESSION_COOKIE}={secret}; {CSRF_COOKIE}"}
    if auth == "bearer":
        return {"Authorization": f"Bearer {secret}"}
    return {}


def _get(
    connection: http.client.HTTPConnection, path: str, headers: dict[str, str]
) -> tuple[int, bytes, float]:
    started = time.perf_counter()
    connection.request("GET", path, headers=headers)
    response = connection.getresponse()
    body = response.read()
    return response.status, body, time.perf_counter() - started


def _process_tree(pid: int) -> list[int]:
    """A process and its descendants (the server's forked workers); Linux /proc."""
    found, queue = [], [pid]
    while queue:
        current = queue.pop()
        found.append(current)
        for task in Path(f"/proc/{current}/task").glob("*"):
            try:
                queue += [int(child) for child in (task / "children").read_text().split()]
            except OSError:
                continue
    return found


def _cpu_seconds(pids: list[int]) -> float:
    """User + system CPU time of the processes (Linux /proc; 0 elsewhere)."""
    total = 0.0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return total


def _percentile(ordered: list[float], share: float) -> float:
    if not ordered:
        return 0.0
    index = min(len(ordered) - 1, max(0, round(share * len(ordered)) - 1))
    return ordered[index] * 1000


def load(
    port: int,
    endpoint: Endpoint,
    picker: Picker,
    *,
    clients: int,
    seconds: float,
    server_pids: list[int],
) -> Result:
    """`clients` keep-alive connections, each sending requests back to back for `seconds`
    (or until a `once` picker has no one left)."""
    latencies: list[list[float]] = [[] for _ in range(clients)]
    statuses: list[dict[str, int]] = [{} for _ in range(clients)]
    ready = threading.Barrier(clients + 1)
    window: dict[str, float] = {}

    def client(number: int) -> None:
        rng = random.Random(number)
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        connection.connect()
        ready.wait()
        end = window["end"]
        mine, seen = latencies[number], statuses[number]
        while time.perf_counter() < end:
            secret = picker.next(rng)
            if secret is None:
                break
            try:
                status, _, took = _get(connection, endpoint.path, _headers(endpoint.auth, secret))
            except (OSError, http.client.HTTPException) as problem:
                key = type(problem).__name__
                seen[key] = seen.get(key, 0) + 1
                connection.close()
                connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
                continue
            seen[str(status)] = seen.get(str(status), 0) + 1
            mine.append(took)
        connection.close()

    threads = [threading.Thread(target=client, args=(n,), daemon=True) for n in range(clients)]
    for thread in threads:
        thread.start()
    server_cpu, client_cpu = _cpu_seconds(server_pids), time.process_time()
    started = time.perf_counter()
    window["end"] = started + seconds
    ready.wait()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - started
    server_cpu = _cpu_seconds(server_pids) - server_cpu
    client_cpu = time.process_time() - client_cpu
    merged: dict[str, int] = {}
    for seen in statuses:
        for key, count in seen.items():
            merged[key] = merged.get(key, 0) + count
    ordered = sorted(t for mine in latencies for t in mine)
    total = sum(merged.values())
    return Result(
        requests=total,
        errors=total - merged.get("200", 0),
        seconds=elapsed,
        rps=total / elapsed,
        p50_ms=_percentile(ordered, 0.50),
        p95_ms=_percentile(ordered, 0.95),
        p99_ms=_percentile(ordered, 0.99),
        server_cpu_ms_per_request=server_cpu * 1000 / max(total, 1),
        server_cpu_percent=server_cpu * 100 / elapsed,
        client_cpu_percent=client_cpu * 100 / elapsed,
        statuses=dict(sorted(merged.items())),
    )


# -- one database ---------------------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _environment(data: Path, database_url: str | None, redis_url: str = "") -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in NOT_PASSED_ON}
    if redis_url:  # the shared cache and the job queue on Redis, as in docs/deployment.md
        env["CETRACK_REDIS_URL"] = redis_url
    env["CETRACK_DATA"] = str(data)
    # The API's rate limit (300 a minute per token) would answer most requests 429: this
    # measures the server, not the limit.
    env["API_RATE_LIMIT"] = "10000000/m/ip,10000000/m/key"
    if database_url:
        env["DATABASE_URL"] = database_url
    env["PYTHONUNBUFFERED"] = "1"
    return env


def _wait_for_health(port: int, server: subprocess.Popen, log: Path) -> None:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"the server exited ({server.returncode}):\n{log.read_text()[-3000:]}")
        try:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
            status, _, _ = _get(connection, "/health/", {})
            connection.close()
            if status == 200:
                return
        except OSError:
            pass
        time.sleep(0.2)
    raise SystemExit(f"the server did not answer /health/ within 120 s:\n{log.read_text()[-3000:]}")


def run_database(
    label: str, database_url: str | None, args: argparse.Namespace, redis_url: str = ""
) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix=f"cetrack-bench-{label}-") as folder:
        data = Path(folder)
        env = _environment(data, database_url, redis_url)
        made = data / "population.json"
        print(f"  {label}: populating {args.users} people ...", flush=True)
        subprocess.run(
            [sys.executable, __file__, "--populate", str(made), "--users", str(args.users)],
            env=env,
            check=True,
        )
        population = json.loads(made.read_text())
        credentials = {"sessions": population.pop("sessions"), "tokens": population.pop("tokens")}
        rows = population["rows"]
        print(
            f"  {label}: populated {rows['users']} users, {rows['credentials']} credentials, "
            f"{rows['activities']} activities, {rows['certificates']} certificates, "
            f"{rows['revisions']} revisions in {population['populate_s']:.1f} s "
            f"(migrate {population['migrate_s']:.1f} s)",
            flush=True,
        )
        port = _free_port()
        log = data / "server.log"
        cetrack = Path(sys.executable).with_name("cetrack")
        with log.open("w") as log_stream:
            server = subprocess.Popen(
                [str(cetrack), "serve", "--port", str(port)],
                env=env,
                stdout=log_stream,
                stderr=subprocess.STDOUT,
            )
        server_pids = [server.pid]
        try:
            _wait_for_health(port, server, log)
            time.sleep(0.5)  # let every forked worker come up before counting the processes
            server_pids = _process_tree(server.pid)
            results: dict[str, Result] = {}
            for endpoint in ENDPOINTS:
                results[endpoint.name] = _measure(port, endpoint, credentials, server_pids, args)
                shown = results[endpoint.name]
                if shown.available:
                    print(
                        f"  {label} {endpoint.label}: {shown.requests} requests, "
                        f"{shown.rps:.0f} req/s, p95 {shown.p95_ms:.1f} ms",
                        flush=True,
                    )
                else:
                    print(f"  {label} {endpoint.label}: {shown.note}", flush=True)
        finally:
            server.terminate()
            try:
                server.wait(timeout=15)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()
            for pid in server_pids[1:]:  # workers the server failed to stop
                with contextlib.suppress(ProcessLookupError):
                    os.kill(pid, signal.SIGKILL)
        printed = log.read_text()
        shape = re.search(r"\d+ process(es)? × \d+ threads?", printed)
        health = results["health"]

        def ratio(name: str) -> float | None:
            return results[name].rps / health.rps if health.rps else None

        return {
            **population,
            "server": f"cetrack serve: {shape.group(0) if shape else 'see its output'}",
            "server_processes": len(server_pids),
            "endpoints": {name: asdict(result) for name, result in results.items()},
            "ratio_dashboard_health": ratio("dashboard"),
            "ratio_cold_dashboard_health": ratio("dashboard_cold"),
            "server_tracebacks": printed.count("Traceback"),
        }


def _measure(
    port: int,
    endpoint: Endpoint,
    credentials: dict[str, list[str]],
    server_pids: list[int],
    args: argparse.Namespace,
) -> Result:
    pool = {"session": credentials["sessions"], "bearer": credentials["tokens"]}.get(
        endpoint.auth, [""]
    )
    # A few people are kept for the probe and the warm-up, so that a cold run meets only
    # people whose pages no process has built yet.
    reserved = max(1, min(50, len(pool) // 10))
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    try:
        status, body, _ = _get(connection, endpoint.path, _headers(endpoint.auth, pool[0]))
    finally:
        connection.close()
    if status != 200:
        return Result(available=False, note=f"unavailable (HTTP {status})")
    if endpoint.marker and endpoint.marker not in body:
        return Result(available=False, note="unexpected page (marker text missing)")
    warm = min(3.0, max(0.5, args.seconds / 10))
    warm_pool = pool[:reserved] if endpoint.cold else pool
    run = {"clients": args.clients, "server_pids": server_pids}
    load(port, endpoint, Picker(warm_pool, once=False), seconds=warm, **run)
    picker = Picker(pool[reserved:] or pool, once=endpoint.cold)
    # A cold run asks each person once, all of them (capped at --cold-seconds), so that the
    # random-person run after it meets the steady state: every page built once.
    seconds = args.cold_seconds if endpoint.cold else args.seconds
    return load(port, endpoint, picker, seconds=seconds, **run)


def reset_postgres(url: str) -> str | None:
    """Drop and recreate the benchmark database; the reason when that is not possible."""
    try:
        import psycopg
        from psycopg import sql
    except ImportError:
        return "psycopg is not installed"
    parts = urllib.parse.urlsplit(url)
    name = parts.path.lstrip("/")
    last = ""
    for admin_db in ("postgres", "test"):
        admin = urllib.parse.urlunsplit(parts._replace(path=f"/{admin_db}"))
        try:
            with psycopg.connect(admin, autocommit=True, connect_timeout=3) as connection:
                connection.execute(
                    sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
                )
                connection.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
                return None
        except psycopg.OperationalError as problem:
            last = str(problem).strip().splitlines()[0] if str(problem).strip() else "no answer"
    return last


def reset_redis(url: str) -> str | None:
    """Empty the benchmark's Redis database; the reason when there is no Redis."""
    try:
        import redis
    except ImportError:
        return "redis is not installed"
    try:
        redis.Redis.from_url(url, socket_connect_timeout=3).flushdb()
    except redis.RedisError as problem:
        return str(problem) or "no answer"
    return None


# -- report ---------------------------------------------------------------------------------------


def _ratio(value: float | None) -> str:
    return f"{value:.2f}" if value is not None else "—"


def table(databases: dict[str, dict[str, Any]]) -> list[str]:
    lines = [
        f"  {'database':<11}{'endpoint':<25}{'requests':>9}{'errors':>7}{'req/s':>8}"
        f"{'p50 ms':>8}{'p95 ms':>8}{'p99 ms':>8}{'srv CPU ms/req':>15}{'srv CPU':>8}"
    ]
    labels = {e.name: e.label for e in ENDPOINTS}
    for label, found in databases.items():
        if "skipped" in found:
            lines.append(f"  {label:<11}skipped: {found['skipped']}")
            continue
        for name, result in found["endpoints"].items():
            if not result["available"]:
                lines.append(f"  {label:<11}{labels[name]:<25}{result['note']}")
                continue
            lines.append(
                f"  {label:<11}{labels[name]:<25}{result['requests']:>9}{result['errors']:>7}"
                f"{result['rps']:>8.0f}{result['p50_ms']:>8.1f}{result['p95_ms']:>8.1f}"
                f"{result['p99_ms']:>8.1f}{result['server_cpu_ms_per_request']:>15.2f}"
                f"{result['server_cpu_percent']:>7.0f}%"
            )
    lines += [
        "  (cold: each person once, so every page is built; the other rows pick a random person",
        "  per request after the cold runs, so they mostly meet pages the server has cached.",
        "  srv CPU: all server processes together, 100% = one core.)",
        "",
    ]
    for label, found in databases.items():
        if "skipped" in found:
            continue
        endpoints = found["endpoints"]
        lines.append(
            f"  {label}: dashboard/health req/s ratio {_ratio(found['ratio_dashboard_health'])}"
            f" (cold {_ratio(found['ratio_cold_dashboard_health'])}; target ≥ {RATIO_TARGET});"
            f" dashboard p95 {endpoints['dashboard']['p95_ms']:.1f} ms"
            f" (cold {endpoints['dashboard_cold']['p95_ms']:.1f}; target < {P95_TARGET_MS:.0f})"
        )
        clients = [r["client_cpu_percent"] for r in endpoints.values() if r["available"]]
        lines.append(
            f"  {label}: populated in {found['populate_s']:.1f} s; {found['server']}; "
            f"client process CPU at most {max(clients or [0]):.0f}% of one core"
        )
    return lines


def _rounded(value: Any) -> Any:
    if isinstance(value, float):
        return round(value, 3)
    if isinstance(value, dict):
        return {k: _rounded(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_rounded(v) for v in value]
    return value


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--users", type=int, default=1000)
    parser.add_argument("--seconds", type=float, default=30.0, help="per endpoint")
    parser.add_argument(
        "--cold-seconds", type=float, default=600.0, help="at most, for a cold run (each once)"
    )
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--sqlite-only", action="store_true")
    parser.add_argument(
        "--only",
        default="sqlite,postgresql,pg+redis",
        help="the arrangements to run, comma-separated (sqlite, postgresql, pg+redis)",
    )
    parser.add_argument("--postgres-url", default=os.environ.get("CETRACK_BENCH_PG", DEFAULT_PG))
    parser.add_argument(
        "--redis-url",
        default=os.environ.get("CETRACK_BENCH_REDIS", DEFAULT_REDIS),
        help="a Redis database this benchmark may empty",
    )
    parser.add_argument("--json", type=Path, default=RESULTS, help="where to write the results")
    parser.add_argument("--populate", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.populate:
        populate(args.users, args.populate)
        return

    load_before = os.getloadavg()[0]
    print(
        f"  {args.users} people × 3 credentials × 40 activities; {args.clients} keep-alive "
        f"clients × {args.seconds:g} s per endpoint; {os.cpu_count()} cores; "
        f"load average {load_before:.2f}",
        flush=True,
    )
    wanted = {"sqlite"} if args.sqlite_only else {n.strip() for n in args.only.split(",")}
    databases: dict[str, dict[str, Any]] = {}
    if "sqlite" in wanted:
        databases["sqlite"] = run_database("sqlite", None, args)
    if wanted & {"postgresql", "pg+redis"}:
        reason = reset_postgres(args.postgres_url)
        if "postgresql" in wanted and reason is None:
            databases["postgresql"] = run_database("postgresql", args.postgres_url, args)
        elif "postgresql" in wanted:
            print(f"  postgresql: skipped, no server answers ({reason})")
            databases["postgresql"] = {"skipped": f"no server answers: {reason}"}
        # The scale-out arrangement (docs/deployment.md): PostgreSQL, with the shared cache and
        # the job queue on Redis.
        missing = reason or reset_redis(args.redis_url)
        if "pg+redis" not in wanted:
            pass
        elif missing is None and reset_postgres(args.postgres_url) is None:
            databases["pg+redis"] = run_database(
                "pg+redis", args.postgres_url, args, args.redis_url
            )
        else:
            databases["pg+redis"] = {"skipped": f"no server answers: {missing}"}

    for name in ("sqlite", "postgresql", "pg+redis"):
        databases.setdefault(
            name, {"skipped": "--sqlite-only" if args.sqlite_only else "not in --only"}
        )
    load_after = os.getloadavg()[0]
    for line in table(databases):
        print(line)
    print(
        f"  load average {load_before:.2f} before, {load_after:.2f} after (this run's server "
        "and clients add about 2; anything beyond that skews the figures)"
    )
    first = next(d for d in databases.values() if "endpoints" in d)  # SQLite when it ran
    headline = first["endpoints"]["dashboard"]["p95_ms"]
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(
        json.dumps(
            {
                "generated_at": datetime.now(UTC).isoformat(timespec="seconds"),
                "machine": {
                    "cores": os.cpu_count(),
                    "python": platform.python_version(),
                    "platform": platform.platform(),
                    "load_average_before": round(load_before, 2),
                    "load_average_after": round(load_after, 2),
                },
                "sizes": {
                    "users": args.users,
                    "credentials_per_user": 3,
                    "activities_per_user": 40,
                    "clients": args.clients,
                    "seconds_per_endpoint": args.seconds,
                    "server": "cetrack serve as shipped (default workers and threads), production settings",
                },
                "targets": {"p95_ms_below": P95_TARGET_MS, "ratio_at_least": RATIO_TARGET},
                "databases": _rounded(databases),
                "headline": {"name": "web", "value": round(headline, 1), "unit": "ms"},
            },
            indent=2,
        )
        + "\n"
    )
    print(f"web: {headline:.1f} ms")


if __name__ == "__main__":
    main()
