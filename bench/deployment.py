"""docs/deployment.md followed on this machine, on loopback, then put under load.

The arrangement is the document's, run from its own files in deploy/: the environment file
(deploy/cetrack.env, with loopback values put in: a scratch PostgreSQL database, a Redis
database of its own, a temporary data folder, plain HTTP), the units' ExecStart lines
(cetrack-migrate.service once, cetrack-web@8001 and @8002, cetrack-worker@1; systemd is not
PID 1 here, so this script starts what the units would) and nginx with the site's upstream and
location blocks (deploy/nginx-cetrack.conf) on a loopback port without TLS.

Then, through nginx: 1,000 synthetic people (bench/web.py's population), 8 keep-alive clients
for --seconds each on the dashboard (random person; after every page was built once), the
API's credential list, new activities through the API (writes), and /health/; then a failover
run: the dashboard under load while web@8001 gets SIGTERM (how long it takes to stop, and
whether any request fails: nginx retries on the other) and is started again. Prints a table
and writes bench/results/deployment.json. Headline last: `deployment: <dashboard req/s> req/s`.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import re
import secrets
import shlex
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
DEPLOY = ROOT / "deploy"
sys.path.insert(0, str(BENCH))

import web  # noqa: E402  (bench/web.py: population, load, percentiles)

RESULTS = BENCH / "results" / "deployment.json"
PG_URL = "postgres://postgres@127.0.0.1:5432/cetrack_deploy"
REDIS_URL = "redis://127.0.0.1:6379/13"
WEB_PORTS = (8001, 8002)


def environment(data: Path, port: int, args: argparse.Namespace) -> dict[str, str]:
    """deploy/cetrack.env with the values that make it run here, on loopback."""
    env = {k: v for k, v in os.environ.items() if k not in web.NOT_PASSED_ON}
    for line in (DEPLOY / "cetrack.env").read_text().splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            name, _, value = line.partition("=")
            env[name.strip()] = value.strip()
    here = {
        "SECRET_KEY": secrets.token_urlsafe(50),
        "DATABASE_URL": args.postgres_url,
        "CETRACK_REDIS_URL": args.redis_url,
        "CETRACK_DATA": str(data),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "CSRF_TRUSTED_ORIGINS": f"http://127.0.0.1:{port}",
        "CETRACK_PUBLIC_URL": f"http://127.0.0.1:{port}",
        "CETRACK_BEHIND_HTTPS_PROXY": "0",  # plain HTTP on loopback: no TLS to terminate
        "CETRACK_HSTS_SECONDS": "0",
        "CETRACK_HSTS_INCLUDE_SUBDOMAINS": "0",
        "CETRACK_HSTS_PRELOAD": "0",
        "API_RATE_LIMIT": "10000000/m/ip,10000000/m/key",  # the server, not the limit
        "PYTHONUNBUFFERED": "1",
    }
    for name in ("EMAIL_HOST", "EMAIL_HOST_USER", "EMAIL_HOST_PASSWORD"):
        env.pop(name, None)  # mail printed to the log instead
    env.update(here)
    return env


def exec_start(unit: str, instance: str = "") -> list[str]:
    """A unit's ExecStart, with %i and this checkout's virtual environment put in."""
    text = (DEPLOY / unit).read_text()
    line = next(x for x in text.splitlines() if x.startswith("ExecStart="))
    command = line.partition("=")[2].replace("%i", instance)
    command = command.replace("/opt/cetrack/venv/bin/", str(Path(sys.executable).parent) + "/")
    return shlex.split(command)


def nginx_config(folder: Path, port: int) -> Path:
    """The site's upstream and location, served on a loopback port without TLS."""
    site = (DEPLOY / "nginx-cetrack.conf").read_text()
    upstream = re.search(r"upstream cetrack \{.*?\n\}", site, re.S)
    location = re.search(r"    location / \{.*?\n    \}", site, re.S)
    limits = re.findall(r"^    (?:client_\w+|proxy_read_timeout) [^\n]*", site, re.M)
    assert upstream and location, "deploy/nginx-cetrack.conf changed shape"
    config = folder / "nginx.conf"
    config.write_text(
        f"""worker_processes 1;
pid {folder}/nginx.pid;
error_log {folder}/nginx-error.log;
events {{ worker_connections 1024; }}
http {{
    access_log off;
    client_body_temp_path {folder}/body;
    proxy_temp_path {folder}/proxy;
    {upstream.group(0)}
    server {{
        listen 127.0.0.1:{port};
        server_name 127.0.0.1;
{chr(10).join(limits)}
{location.group(0)}
    }}
}}
"""
    )
    return config


class Arrangement:
    """The processes the units would run, and nginx."""

    def __init__(self, folder: Path, env: dict[str, str], port: int) -> None:
        self.folder, self.env, self.port = folder, env, port
        self.processes: dict[str, subprocess.Popen[bytes]] = {}

    def start(self, name: str, command: list[str]) -> None:
        log = (self.folder / f"{name}.log").open("ab")
        self.processes[name] = subprocess.Popen(
            command, env=self.env, stdout=log, stderr=subprocess.STDOUT, cwd=ROOT
        )

    def stop(self, name: str) -> float:
        """SIGTERM, as systemd's stop; returns the seconds until the process was gone."""
        process = self.processes.pop(name)
        started = time.monotonic()
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        return time.monotonic() - started

    def pids(self) -> list[int]:
        found: list[int] = []
        for process in self.processes.values():
            found += web._process_tree(process.pid)
        return found

    def wait_for(self, port: int) -> None:
        deadline = time.monotonic() + 180
        while time.monotonic() < deadline:
            try:
                connection = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
                status, _, _ = web._get(connection, "/health/", {})
                connection.close()
                if status == 200:
                    return
            except OSError:
                pass
            time.sleep(0.2)
        raise SystemExit(f"nothing answers on port {port}; see the logs in {self.folder}")


def writes(
    port: int, tokens: list[str], *, clients: int, seconds: float, pids: list[int]
) -> web.Result:
    """New activities through the API, a random person each, back to back."""
    latencies: list[float] = []
    statuses: dict[str, int] = {}
    lock = threading.Lock()
    end = time.perf_counter() + seconds
    cpu = web._cpu_seconds(pids)

    def client(number: int) -> None:
        rng = random.Random(number)
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        count = 0
        while time.perf_counter() < end:
            body = json.dumps(
                {
                    "id": f"load-{number}-{count}-{rng.randrange(10**9)}",
                    "title": "Written under load",
                    "completed_on": "2025-05-01",
                    "hours": 1,
                    "accreditation": "P.A.C.E.",
                }
            )
            headers = {
                "Authorization": f"Bearer {rng.choice(tokens)}",
                "Content-Type": "application/json",
            }
            started = time.perf_counter()
            try:
                connection.request("POST", "/api/activities", body=body, headers=headers)
                response = connection.getresponse()
                response.read()
                status = str(response.status)
            except (OSError, http.client.HTTPException) as problem:
                status = type(problem).__name__
                connection.close()
                connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
            with lock:
                latencies.append(time.perf_counter() - started)
                statuses[status] = statuses.get(status, 0) + 1
            count += 1

    started = time.perf_counter()
    threads = [threading.Thread(target=client, args=(n,)) for n in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - started
    ordered = sorted(latencies)
    total = len(ordered)
    return web.Result(
        requests=total,
        errors=total - statuses.get("201", 0),
        seconds=elapsed,
        rps=total / elapsed,
        p50_ms=web._percentile(ordered, 0.5),
        p95_ms=web._percentile(ordered, 0.95),
        p99_ms=web._percentile(ordered, 0.99),
        server_cpu_ms_per_request=(web._cpu_seconds(pids) - cpu) * 1000 / max(total, 1),
        statuses=dict(sorted(statuses.items())),
    )


def failover(
    arrangement: Arrangement, sessions: list[str], args: argparse.Namespace
) -> dict[str, Any]:
    """The dashboard under load while web@8001 is stopped (SIGTERM) and started again."""
    found: dict[str, Any] = {}
    endpoint = web.Endpoint("dashboard", "/", "session", web.DASHBOARD_MARK)

    def run() -> None:
        found["load"] = web.load(
            arrangement.port,
            endpoint,
            web.Picker(sessions, once=False),
            clients=args.clients,
            seconds=args.seconds,
            server_pids=arrangement.pids(),
        )

    thread = threading.Thread(target=run)
    thread.start()
    time.sleep(args.seconds / 4)
    found["stop_seconds"] = arrangement.stop("web-8001")
    time.sleep(args.seconds / 4)
    arrangement.start("web-8001", exec_start("cetrack-web@.service", "8001"))
    arrangement.wait_for(8001)
    thread.join()
    result: web.Result = found["load"]
    return {"stop_seconds": round(found["stop_seconds"], 2), **asdict(result)}


def run(args: argparse.Namespace) -> dict[str, Any]:
    for reason in (web.reset_postgres(args.postgres_url), web.reset_redis(args.redis_url)):
        if reason is not None:
            raise SystemExit(f"deployment: needs PostgreSQL and Redis here ({reason})")
    if shutil.which("nginx") is None:
        raise SystemExit("deployment: needs nginx (apt-get install nginx-light)")
    folder = Path(tempfile.mkdtemp(prefix="cetrack-deployment-"))
    port = web._free_port()
    env = environment(folder / "data", port, args)
    (folder / "data").mkdir()
    arrangement = Arrangement(folder, env, port)
    subprocess.run(exec_start("cetrack-migrate.service"), env=env, check=True, cwd=ROOT)
    made = folder / "population.json"
    subprocess.run(
        [
            sys.executable,
            str(BENCH / "web.py"),
            "--populate",
            str(made),
            "--users",
            str(args.users),
        ],
        env=env,
        check=True,
    )
    population = json.loads(made.read_text())
    sessions, tokens = population.pop("sessions"), population.pop("tokens")
    try:
        for web_port in WEB_PORTS:
            arrangement.start(f"web-{web_port}", exec_start("cetrack-web@.service", str(web_port)))
        arrangement.start("worker-1", exec_start("cetrack-worker@.service", "1"))
        config = nginx_config(folder, port)
        arrangement.start("nginx", ["nginx", "-c", str(config), "-g", "daemon off;"])
        for web_port in (*WEB_PORTS, port):
            arrangement.wait_for(web_port)
        print(f"  deployment: 2 web processes, a worker and nginx on :{port}", flush=True)
        results = measure(arrangement, sessions, tokens, args)
        results["failover"] = failover(arrangement, sessions, args)
        print(
            f"  failover: web@8001 stopped in {results['failover']['stop_seconds']} s; "
            f"{results['failover']['errors']} of {results['failover']['requests']} requests "
            "failed",
            flush=True,
        )
    finally:
        for name in list(arrangement.processes):
            arrangement.stop(name)
    if args.keep:
        print(f"  logs and data kept in {folder}")
    else:
        shutil.rmtree(folder, ignore_errors=True)
    return {"population": population, "endpoints": results}


def measure(
    arrangement: Arrangement, sessions: list[str], tokens: list[str], args: argparse.Namespace
) -> dict[str, Any]:
    results: dict[str, Any] = {}
    plan = [
        ("dashboard_cold", web.Endpoint("d", "/", "session", web.DASHBOARD_MARK, cold=True)),
        ("dashboard", web.Endpoint("d", "/", "session", web.DASHBOARD_MARK)),
        ("api", web.Endpoint("a", "/api/credentials", "bearer")),
        ("health", web.Endpoint("h", "/health/", "none", b"ok")),
    ]
    for name, endpoint in plan:
        pool = sessions if endpoint.auth == "session" else tokens
        seconds = args.cold_seconds if endpoint.cold else args.seconds
        result = web.load(
            arrangement.port,
            endpoint,
            web.Picker(pool if endpoint.auth != "none" else [""], once=endpoint.cold),
            clients=args.clients,
            seconds=seconds,
            server_pids=arrangement.pids(),
        )
        results[name] = asdict(result)
        print(f"  {name}: {result.rps:.0f} req/s, p95 {result.p95_ms:.1f} ms", flush=True)
    written = writes(
        arrangement.port,
        tokens,
        clients=args.clients,
        seconds=args.seconds,
        pids=arrangement.pids(),
    )
    results["writes"] = asdict(written)
    print(f"  writes: {written.rps:.0f} req/s, p95 {written.p95_ms:.1f} ms", flush=True)
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--users", type=int, default=1000)
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--cold-seconds", type=float, default=600.0)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--postgres-url", default=PG_URL)
    parser.add_argument("--redis-url", default=REDIS_URL)
    parser.add_argument("--json", type=Path, default=RESULTS)
    parser.add_argument("--keep", action="store_true", help="keep the logs and data folder")
    args = parser.parse_args()
    load_before = os.getloadavg()[0]
    found = run(args)
    endpoints = found["endpoints"]
    print(
        f"  {'endpoint':<16}{'requests':>9}{'errors':>7}{'req/s':>8}{'p50 ms':>8}{'p95 ms':>8}"
        f"{'p99 ms':>8}"
    )
    for name, result in endpoints.items():
        print(
            f"  {name:<16}{result['requests']:>9}{result['errors']:>7}{result['rps']:>8.0f}"
            f"{result['p50_ms']:>8.1f}{result['p95_ms']:>8.1f}{result['p99_ms']:>8.1f}"
        )
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(
        json.dumps(
            {
                "generated_at": datetime.now(UTC).isoformat(timespec="seconds"),
                "arrangement": "docs/deployment.md on loopback: nginx, cetrack-web@8001 and "
                "@8002 (2 processes x 4 threads each), cetrack-worker@1, PostgreSQL with "
                "CETRACK_PG_POOL, Redis",
                "machine": {
                    "cores": os.cpu_count(),
                    "load_average_before": round(load_before, 2),
                    "load_average_after": round(os.getloadavg()[0], 2),
                },
                "sizes": {"users": args.users, "clients": args.clients, "seconds": args.seconds},
                **web._rounded(found),
            },
            indent=2,
        )
        + "\n"
    )
    print(f"deployment: {endpoints['dashboard']['rps']:.0f} req/s")


if __name__ == "__main__":
    main()
