"""Issue 15's lost and failed saves: on SQLite, 16 people saving through the API while someone
imports a 10,000-activity ledger through the web page. The import is written in short
transactions and swapped in at the end (cetrack.records.staging), so every save gets through
while it runs: 0 errors, and every row in the database was acknowledged to its client (and
every acknowledged one is there). The import itself lands whole: 10,000 activities. The same
holds for the import of an account export (cetrack.accounts.data_import), which writes through
the same staging."""

from __future__ import annotations

import contextlib
import http.client
import json
import re
import signal
import sqlite3
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.serving.harness import ROOT, environment, migrate, serving

pytestmark = pytest.mark.slow

WRITERS = 16
ACTIVITIES = 10_000


def ledger_text(count: int) -> str:
    lines = ['format = 1\n\n[person]\nname = "Importing Person"\n']
    for number in range(count):
        lines.append(
            f'[[activity]]\nid = "imported-{number:05d}"\ntitle = "Imported course {number}"\n'
            f'provider = "ASCLS"\ncompleted_on = 2025-{1 + number % 12:02d}-{1 + number % 28:02d}\n'
            f'hours = {1 + number % 3}\nkind = "course"\naccreditation = "P.A.C.E."\n'
        )
    return "\n".join(lines)


def _people(data: Path, count: int) -> list[dict[str, str]]:
    made = subprocess.run(
        [sys.executable, "-m", "tests.serving.accounts", str(count)],
        env=environment(data),
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    )
    return list(json.loads(made.stdout))


def _request(
    port: int, method: str, path: str, body: bytes = b"", headers: dict[str, str] | None = None
) -> tuple[int, dict[str, str], bytes]:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    try:
        connection.request(method, path, body=body or None, headers=headers or {})
        response = connection.getresponse()
        return response.status, dict(response.getheaders()), response.read()
    finally:
        connection.close()


def _import(port: int, session: str, text: str) -> tuple[int, str, float]:
    """Uploads the ledger on the Export & import page, as a browser does."""
    fields = [("mode", None, b"add"), ("ledger", "big.toml", text.encode())]
    return _post_form(port, session, "/import/", fields)


def _post_form(
    port: int, session: str, path: str, fields: list[tuple[str, str | None, bytes]]
) -> tuple[int, str, float]:
    """Posts a form of the Export & import page (multipart, with its CSRF token)."""
    cookie = f"sessionid={session}"
    status, headers, page = _request(port, "GET", "/export/", headers={"Cookie": cookie})
    assert status == 200
    csrf = re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', page)
    token_cookie = re.search(r"csrftoken=([^;]+)", headers.get("Set-Cookie", ""))
    assert csrf and token_cookie
    boundary = uuid.uuid4().hex
    parts = [("csrfmiddlewaretoken", None, csrf.group(1)), *fields]
    body = b""
    for name, filename, value in parts:
        disposition = f'form-data; name="{name}"' + (f'; filename="{filename}"' if filename else "")
        body += f"--{boundary}\r\nContent-Disposition: {disposition}\r\n\r\n".encode()
        body += value + b"\r\n"
    body += f"--{boundary}--\r\n".encode()
    started = time.monotonic()
    status, headers, _ = _request(
        port,
        "POST",
        path,
        body,
        {
            "Cookie": f"{cookie}; csrftoken={token_cookie.group(1)}",
            "Content-Type": f"multipart/form-data; boundary={boundary}",
        },
    )
    return status, headers.get("Location", ""), time.monotonic() - started


def _ids(port: int, token: str) -> set[str]:
    found: set[str] = set()
    offset = 0
    while True:
        status, headers, body = _request(
            port,
            "GET",
            f"/api/activities?limit=500&offset={offset}",
            headers={"Authorization": f"Bearer {token}"},
        )
        assert status == 200, body
        page = json.loads(body)
        found |= {row["ledger_id"] for row in page}
        offset += 500
        if offset >= int(headers["X-Total-Count"]):
            return found


Writes = list[list[tuple[str, int, float, float]]]  # per writer: (id, status, start, end)


@contextlib.contextmanager
def _writing(port: int, writers: list[dict[str, str]]) -> Iterator[Writes]:
    """Each writer saves activities through the API, one after another, until the block ends."""
    done = threading.Event()
    results: Writes = [[] for _ in writers]

    def write(number: int, token: str) -> None:
        count = 0
        while not done.is_set():
            ident = f"w{number}-{count}"
            entry = {
                "id": ident,
                "title": f"Saved while importing {count}",
                "completed_on": "2025-05-01",
                "hours": 1,
                "accreditation": "P.A.C.E.",
            }
            started = time.monotonic()
            try:
                status, _, _ = _request(
                    port,
                    "POST",
                    "/api/activities",
                    json.dumps(entry).encode(),
                    {"Authorization": f"Bearer {token}", "Content-Type": "application/json"},
                )
            except (OSError, http.client.HTTPException):
                status = 0
            results[number].append((ident, status, started, time.monotonic()))
            count += 1

    threads = [
        threading.Thread(target=write, args=(n, p["token"]), daemon=True)
        for n, p in enumerate(writers)
    ]
    for thread in threads:
        thread.start()
    time.sleep(0.5)
    try:
        yield results
    finally:
        time.sleep(0.5)
        done.set()
        for thread in threads:
            thread.join(timeout=120)


def _check_writes(
    port: int, writers: list[dict[str, str]], results: Writes, began: float, ended: float
) -> dict[str, Any]:
    """0 errors, every save acknowledged and stored, saves made while the import ran."""
    writes = [row for rows in results for row in rows]
    errors = [row for row in writes if row[1] != 201]
    assert errors == []
    during = [row for row in writes if row[2] >= began and row[3] <= ended]
    assert len(during) >= len(writers)  # the saves went on while the import ran
    waits = sorted(row[3] - row[2] for row in during)
    for number, writer in enumerate(writers):
        acknowledged = {ident for ident, code, _, _ in results[number] if code == 201}
        assert _ids(port, writer["token"]) == acknowledged  # none lost, none untold
    return {
        "writes": len(writes),
        "writes_during_import": len(during),
        "write_during_import_p50_s": round(waits[len(waits) // 2], 2),
        "write_during_import_p95_s": round(waits[int(len(waits) * 0.95)], 2),
        "slowest_write_s": round(waits[-1], 2),
    }


# Generous limits: these tests measure the writers against the import, not the rate limit.
LIMITS = {"API_RATE_LIMIT": "100000/m/ip,100000/m/key", "CETRACK_REQUEST_TIMEOUT": "300"}


def test_sixteen_writers_during_a_ten_thousand_activity_import_on_sqlite(tmp_path: Path) -> None:
    migrated = migrate(tmp_path / "migrated")
    people = _people(migrated, WRITERS + 1)
    importer, writers = people[0], people[1:]
    with serving(migrated, tmp_path, workers=2, threads=4, **LIMITS) as server:
        with _writing(server.port, writers) as results:
            began = time.monotonic()
            status, location, took = _import(
                server.port, importer["session"], ledger_text(ACTIVITIES)
            )
            ended = time.monotonic()
        assert status == 302 and location == "/", (status, location)
        assert len(_ids(server.port, importer["token"])) == ACTIVITIES
        report = _check_writes(server.port, writers, results, began, ended)
        print("import under load:", json.dumps({"import_seconds": round(took, 1), **report}))


EXPORT_SCRIPT = """
import json, sys, django
django.setup()
from django.conf import settings
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
from importlib import import_module
from cetrack.accounts import data_export
from cetrack.accounts.models import User
from cetrack.records import exports
from tests.test_import_concurrency import ledger_text

source = User.objects.create_user("source@example.org", None, name="Importing Person")
upload = exports.read_upload("big.toml", ledger_text(int(sys.argv[2])).encode())
assert exports.import_upload(source, "big.toml", upload, replace=False).ok
stream, _ = data_export.account_export(source)
with open(sys.argv[1], "wb") as out:
    out.write(stream.read())
empty = User.objects.create_user("moved@example.org", None, name="Importing Person")
session = import_module(settings.SESSION_ENGINE).SessionStore()
session[SESSION_KEY] = str(empty.pk)
session[BACKEND_SESSION_KEY] = settings.AUTHENTICATION_BACKENDS[0]
session[HASH_SESSION_KEY] = empty.get_session_auth_hash()
session.create()
print(json.dumps({"session": session.session_key}))
"""

COUNT_IMPORTED = """
import sys, django
django.setup()
from cetrack.accounts.models import User
from cetrack.records.access import activities_for
from cetrack.records.models import ImportBatch, Revision
user = User.objects.get(email="moved@example.org")
print(activities_for(user).count(), Revision.objects.filter(owner=user).count(),
      ImportBatch.objects.count())
"""


def test_eight_writers_during_the_import_of_an_account_export_on_sqlite(tmp_path: Path) -> None:
    migrated = migrate(tmp_path / "migrated")
    writers = _people(migrated, 8)
    archive = tmp_path / "export.zip"
    made = subprocess.run(
        [sys.executable, "-c", EXPORT_SCRIPT, str(archive), "5000"],
        env=environment(migrated),
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
        timeout=600,
    )
    importer = json.loads(made.stdout.strip().splitlines()[-1])
    with serving(migrated, tmp_path, workers=2, threads=4, **LIMITS) as server:
        with _writing(server.port, writers) as results:
            began = time.monotonic()
            fields = [("export", "export.zip", archive.read_bytes())]
            status, location, took = _post_form(
                server.port, importer["session"], "/account/import/", fields
            )
            ended = time.monotonic()
        assert status == 302, (status, location)
        report = _check_writes(server.port, writers, results, began, ended)
        counted = subprocess.run(
            [sys.executable, "-c", COUNT_IMPORTED],
            env=environment(server.data),
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
            timeout=120,
        )
        activities, history, batches = map(int, counted.stdout.split())
        assert (activities, batches) == (5000, 0)  # all of it, and no staging left behind
        assert history > 5000  # the export's history came along, and its import is recorded
        print(
            "account import under load:", json.dumps({"import_seconds": round(took, 1), **report})
        )


KILL_SCRIPT = """
import sys, django
django.setup()
from cetrack.accounts.models import User
from cetrack.records import exports, staging
from tests.test_import_concurrency import ledger_text

staging.YIELD = 60  # after the first chunk: long enough to be killed
user = User.objects.get(email=sys.argv[1])
upload = exports.read_upload("big.toml", ledger_text(2000).encode())
exports.import_upload(user, "big.toml", upload, replace=False)
"""

COUNT_SCRIPT = """
import sys, django
django.setup()
from datetime import timedelta
from cetrack.accounts.models import User
from cetrack.records import staging
from cetrack.records.access import activities_for
from cetrack.records.models import Activity, ImportBatch
user = User.objects.get(email=sys.argv[1])
print(activities_for(user).count(), Activity.with_staged.filter(owner=user).count(),
      ImportBatch.objects.count(), staging.discard_abandoned(timedelta(0)),
      Activity.with_staged.filter(owner=user).count())
"""


def test_kill_nine_during_an_import_leaves_nothing_visible_and_is_cleaned_up(
    tmp_path: Path,
) -> None:
    data = migrate(tmp_path / "data")
    person = _people(data, 1)[0]
    env = environment(data)
    importing = subprocess.Popen(
        [sys.executable, "-c", KILL_SCRIPT, person["email"]], env=env, cwd=ROOT
    )
    database = data / "cetrack.sqlite3"
    deadline = time.monotonic() + 120
    staged = 0
    while time.monotonic() < deadline and not staged:
        time.sleep(0.2)
        assert importing.poll() is None
        with contextlib.closing(sqlite3.connect(database, timeout=20)) as connection:
            staged = connection.execute(
                "SELECT count(*) FROM records_activity WHERE import_batch_id IS NOT NULL"
            ).fetchone()[0]
    assert staged == 500  # the first chunk is written
    importing.send_signal(signal.SIGKILL)
    importing.wait(timeout=30)
    counted = subprocess.run(
        [sys.executable, "-c", COUNT_SCRIPT, person["email"]],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    visible, hidden, batches, discarded, left = map(int, counted.stdout.split())
    assert (visible, hidden, batches) == (0, 500, 1)  # nobody sees the half-written import
    assert (discarded, left) == (1, 0)  # the hourly job removes it
