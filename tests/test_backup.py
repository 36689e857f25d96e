"""`cetrack backup DEST` / `cetrack restore SRC`: a round trip gives back every row of every table
and every certificate file; a backup changed after it was made is refused, and nothing is
restored from it; a backup killed half-way never looks like a backup.

The round trip runs the real command line in fresh processes: on SQLite here, and on
PostgreSQL in the suite's PostgreSQL pass (DATABASE_URL names the server; two scratch databases
are made beside the test database)."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

POPULATE = """
import django
django.setup()
from datetime import date
from django.core.management import call_command
call_command("migrate", verbosity=0)
from cetrack.accounts.models import ApiToken, User
from cetrack.records import services
from tests.web.conftest import pdf_bytes

alice = User.objects.create_user("alice@example.org", "alice-password-1", name="Alice Tech")
bob = User.objects.create_user("bob@example.org", "bob-password-1", name="Bob Other")
ApiToken.issue(alice, "laptop")
alice.rotate_calendar_token()
services.save_credential(alice, {"rules": "ascp/MLS", "cycle_end": date(2027, 6, 30)})
for number in range(4):
    row = services.save_activity(alice, {
        "title": f"Course {number}", "completed_on": date(2025, 3, number + 1), "hours": 1.5,
        "topics": ["hematology"], "accreditation": "pace",
    }).saved
    services.attach_certificate(alice, row, f"course-{number}.pdf", pdf_bytes(f"Course {number}"))
services.delete_activity(alice, row)
same = services.save_activity(bob, {"title": "Safety", "completed_on": date(2025, 1, 9), "hours": 1}).saved
services.attach_certificate(bob, same, "copy.pdf", pdf_bytes("Course 0"))
"""


def environment(data: Path, database_url: str | None = None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "SECRET_KEY")}
    env.update(
        DJANGO_SETTINGS_MODULE="cetrack.web.settings",
        CETRACK_DATA=str(data),
        PYTHONPATH=str(ROOT),
        CETRACK_JOB_WORKERS="0",
    )
    if database_url:
        env["DATABASE_URL"] = database_url
    return env


def run(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *args],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def cetrack(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return run(["-m", "cetrack.cli", *args], env)


def files_of(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def sqlite_rows(path: Path) -> dict[str, list[str]]:
    with sqlite3.connect(path) as connection:
        tables = [
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
        ]
        return {t: sorted(map(repr, connection.execute(f'SELECT * FROM "{t}"'))) for t in tables}


def round_trip(tmp_path: Path, source_url: str | None, target_url: str | None) -> Path:
    """Populate A, back it up, restore into B; return the backup folder."""
    a, b, backup = tmp_path / "a", tmp_path / "b", tmp_path / "backup"
    populated = run(["-c", POPULATE], environment(a, source_url))
    assert populated.returncode == 0, populated.stderr
    made = cetrack(["backup", str(backup)], environment(a, source_url))
    assert made.returncode == 0, made.stderr
    # Bob's copy of Course 0 is the same file: stored once, by its SHA-256.
    assert "Backed up the" in made.stdout and "4 certificate files" in made.stdout
    restored = cetrack(["restore", str(backup)], environment(b, target_url))
    assert restored.returncode == 0, restored.stderr
    assert files_of(a / "evidence") == files_of(b / "evidence")
    assert (a / "secret_key").read_bytes() == (b / "secret_key").read_bytes()
    return backup


# -- SQLite ------------------------------------------------------------------------------------


def test_sqlite_round_trip_gives_back_every_row_and_file(tmp_path: Path) -> None:
    backup = round_trip(tmp_path, None, None)
    source = sqlite_rows(tmp_path / "a" / "cetrack.sqlite3")
    assert source == sqlite_rows(tmp_path / "b" / "cetrack.sqlite3")
    assert len(source["records_activity"]) == 5 and len(source["records_revision"]) >= 12
    manifest = json.loads((backup / "manifest.json").read_text())
    assert manifest["database"] == {"engine": "sqlite", "file": "database.sqlite3"}
    assert len([f for f in manifest["files"] if f.startswith("evidence/")]) == 4

    # A second restore over a database that holds people needs --replace.
    again = cetrack(["restore", str(backup)], environment(tmp_path / "b"))
    assert again.returncode == 2 and "already holds 2 people" in again.stderr
    replaced = cetrack(["restore", str(backup), "--replace"], environment(tmp_path / "b"))
    assert replaced.returncode == 0, replaced.stderr
    assert source == sqlite_rows(tmp_path / "b" / "cetrack.sqlite3")


@pytest.mark.parametrize("change", ["evidence", "database", "added", "removed", "manifest"])
def test_a_changed_backup_is_refused_and_nothing_is_restored(tmp_path: Path, change: str) -> None:
    backup = _small_backup(tmp_path)
    manifest_path = backup / "manifest.json"
    evidence = sorted((backup / "evidence").rglob("*/*"))[0]
    if change == "evidence":
        evidence.write_bytes(evidence.read_bytes()[:-1] + b"X")
    elif change == "database":
        with (backup / "database.sqlite3").open("r+b") as stream:
            stream.seek(2000)
            stream.write(b"\x00\xff")
    elif change == "added":
        (backup / "evidence" / "extra.pdf").write_bytes(b"%PDF-1.4 slipped in")
    elif change == "removed":
        evidence.unlink()
    else:
        manifest_path.write_text(manifest_path.read_text()[:-20])
    target = tmp_path / "target"
    refused = cetrack(["restore", str(backup)], environment(target))
    assert refused.returncode == 2
    assert "nothing restored" in refused.stderr
    assert not target.exists()  # refused before the settings even made the data folder


def _small_backup(tmp_path: Path) -> Path:
    """A backup made by the library itself (no Django): a small SQLite file and two files."""
    from cetrack.backup import Place, backup
    from tests.web.conftest import pdf_bytes

    data = tmp_path / "data"
    evidence = data / "evidence"
    database = data / "cetrack.sqlite3"
    data.mkdir()
    with sqlite3.connect(database) as connection:
        connection.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")
        connection.executemany("INSERT INTO notes (text) VALUES (?)", [("one",), ("two",)])
    import hashlib

    for text in ("first", "second"):
        content = pdf_bytes(text)
        digest = hashlib.sha256(content).hexdigest()
        (evidence / digest[:2]).mkdir(parents=True, exist_ok=True)
        (evidence / digest[:2] / digest).write_bytes(content)
    place = Place(
        {"ENGINE": "django.db.backends.sqlite3", "NAME": str(database)},
        evidence,
        data,
        secret_key_from_environment=True,
    )
    summary = backup(place, tmp_path / "backup")
    assert summary.ok, summary.problems
    return tmp_path / "backup"


def test_a_backup_killed_half_way_is_never_taken_for_a_backup(tmp_path: Path) -> None:
    _small_backup(tmp_path)  # the data folder to back up
    dest = tmp_path / "killed"
    script = f"""
import sys, time
from pathlib import Path
from cetrack import backup as b
slow = b._copy_evidence
def copy(*args):
    print("copying", flush=True)
    time.sleep(60)
b._copy_evidence = copy
data = Path({str(tmp_path / "data")!r})
place = b.Place({{"ENGINE": "sqlite3", "NAME": str(data / "cetrack.sqlite3")}},
                data / "evidence", data, True)
b.backup(place, Path({str(dest)!r}))
"""
    process = subprocess.Popen(
        [sys.executable, "-c", script],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "copying"  # the database is already copied
    os.kill(process.pid, signal.SIGKILL)
    process.wait(timeout=10)
    assert not dest.exists()
    leftovers = [p.name for p in tmp_path.iterdir() if p.name.startswith(".killed.partial-")]
    assert len(leftovers) == 1
    refused = cetrack(["restore", str(tmp_path / leftovers[0])], environment(tmp_path / "t"))
    assert refused.returncode == 2 and "no manifest.json" in refused.stderr


def test_backup_refuses_a_folder_in_use(tmp_path: Path) -> None:
    (tmp_path / "dest").mkdir()
    (tmp_path / "dest" / "something").write_text("mine")
    result = cetrack(["backup", str(tmp_path / "dest")], environment(tmp_path / "data"))
    assert result.returncode == 2
    assert "already exists" in result.stderr
    assert (tmp_path / "dest" / "something").read_text() == "mine"


# -- PostgreSQL --------------------------------------------------------------------------------

PG_URL = os.environ.get("DATABASE_URL", "")


@pytest.fixture
def scratch_databases() -> Iterator[tuple[str, str]]:
    import psycopg

    server = PG_URL.replace("postgres://", "postgresql://", 1)
    admin = psycopg.connect(server, autocommit=True)
    names = [f"cetrack_backup_{side}_{uuid.uuid4().hex[:8]}" for side in ("a", "b")]
    for name in names:
        admin.execute(f'CREATE DATABASE "{name}"')
    base = PG_URL.rsplit("/", 1)[0]
    try:
        yield f"{base}/{names[0]}", f"{base}/{names[1]}"
    finally:
        for name in names:
            for _ in range(20):
                try:
                    admin.execute(f'DROP DATABASE IF EXISTS "{name}"')
                    break
                except psycopg.errors.ObjectInUse:
                    time.sleep(0.2)
        admin.close()


def pg_rows(url: str) -> dict[str, list[str]]:
    import psycopg

    with psycopg.connect(url.replace("postgres://", "postgresql://", 1)) as connection:
        tables = connection.execute(
            "SELECT table_name FROM information_schema.tables "
            "WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1"
        ).fetchall()
        return {
            t: sorted(map(repr, connection.execute(f'SELECT * FROM "{t}"').fetchall()))
            for (t,) in tables
        }


@pytest.mark.postgresql
@pytest.mark.skipif(
    not PG_URL.startswith(("postgres://", "postgresql://")),
    reason="PostgreSQL pass only (DATABASE_URL names a PostgreSQL server)",
)
def test_postgresql_round_trip_gives_back_every_row_and_file(
    tmp_path: Path, scratch_databases: tuple[str, str]
) -> None:
    source, target = scratch_databases
    backup = round_trip(tmp_path, source, target)
    rows = pg_rows(source)
    assert rows == pg_rows(target)
    assert len(rows["records_activity"]) == 5
    manifest = json.loads((backup / "manifest.json").read_text())
    assert manifest["database"] == {"engine": "postgresql", "file": "database.pgdump"}
