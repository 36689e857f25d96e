"""`cetrack backup DEST` and `cetrack restore SRC`: the database and the certificate files, with a
manifest of SHA-256 sums that restore checks before it changes anything.

A backup is a folder:

    manifest.json          format, cetrack version, time, database engine, and every file below
                           with its size and SHA-256
    database.sqlite3       SQLite: the online backup API (safe while the server runs), or
    database.pgdump        PostgreSQL: `pg_dump --format=custom` (one consistent snapshot)
    evidence/ab/abcdef...  every certificate file, named by its SHA-256 as in the data folder
    secret_key             the generated key from the data folder, when SECRET_KEY is not set
                           (organisations' signing keys are encrypted with a key derived from it)

The database is copied first, then the files: a file is written before the database row that
names it, and files never change, so every file the copied database names is in the backup.
The folder is written under a temporary name and renamed when complete, so a backup that is
killed half-way never looks like a backup. Problems come back as data (`Problem`), never raised.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import tempfile
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from typing import Any

from cetrack import __version__

FORMAT = 1
MANIFEST = "manifest.json"
SQLITE_FILE = "database.sqlite3"
PG_FILE = "database.pgdump"
EVIDENCE = "evidence"
SECRET_KEY_FILE = "secret_key"


@dataclass(frozen=True)
class Problem:
    message: str

    def __str__(self) -> str:
        return self.message


@dataclass(frozen=True)
class Place:
    """Where the live data is: the database settings, the evidence folder, the data folder."""

    database: Mapping[str, Any]
    evidence_dir: Path
    data_dir: Path
    secret_key_from_environment: bool
    # The files' Django storage when they are not in evidence_dir (an S3 bucket), else None.
    storage: Any = None

    @property
    def engine(self) -> str:
        engine = str(self.database.get("ENGINE", ""))
        if "sqlite" in engine:
            return "sqlite"
        if "postgresql" in engine:
            return "postgresql"
        return engine.rsplit(".", 1)[-1]


@dataclass
class Summary:
    engine: str = ""
    database_bytes: int = 0
    files: int = 0
    file_bytes: int = 0
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _is_hash_name(path: Path) -> bool:
    name = path.name
    return (
        len(name) == 64
        and all(c in "0123456789abcdef" for c in name)
        and path.parent.name == name[:2]
    )


def evidence_files(folder: Path) -> Iterator[Path]:
    """The certificate files of an evidence folder (`ab/abcdef…`), in a stable order."""
    if not folder.is_dir():
        return
    for path in sorted(folder.glob("??/*")):
        if path.is_file() and _is_hash_name(path):
            yield path


# -- backup ------------------------------------------------------------------------------------


def backup(place: Place, dest: Path) -> Summary:
    """Write a complete backup folder at `dest` (which must not exist yet)."""
    summary = Summary(engine=place.engine)
    if dest.exists() and (not dest.is_dir() or any(dest.iterdir())):
        summary.problems.append(Problem(f"{dest} already exists; give a new folder"))
        return summary
    if summary.engine not in ("sqlite", "postgresql"):
        summary.problems.append(Problem(f"cannot back up a {summary.engine} database"))
        return summary
    dest.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(dir=dest.parent, prefix=f".{dest.name}.partial-"))
    try:
        problem = _copy_database(place, work)
        if problem is None:
            problem = _copy_evidence(place, work / EVIDENCE, summary)
        if problem is not None:
            summary.problems.append(problem)
            return summary
        key = place.data_dir / SECRET_KEY_FILE
        if not place.secret_key_from_environment and key.is_file():
            shutil.copyfile(key, work / SECRET_KEY_FILE)
            (work / SECRET_KEY_FILE).chmod(0o600)
        summary.database_bytes = _database_file(work).stat().st_size
        _write_manifest(work, summary.engine)
        if dest.exists():
            dest.rmdir()
        work.rename(dest)
        return summary
    finally:
        if work.exists():
            shutil.rmtree(work, ignore_errors=True)


def _database_file(folder: Path) -> Path:
    return folder / (SQLITE_FILE if (folder / SQLITE_FILE).exists() else PG_FILE)


def _copy_database(place: Place, work: Path) -> Problem | None:
    if place.engine == "sqlite":
        name = str(place.database.get("NAME", ""))
        if not name or name.startswith(":memory:") or not Path(name).is_file():
            return Problem(f"no SQLite database file at {name or '(unset)'}")
        target = work / SQLITE_FILE
        with (
            contextlib.closing(sqlite3.connect(name, timeout=20)) as source,
            contextlib.closing(sqlite3.connect(target)) as copy,
        ):
            source.backup(copy)
            copy.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
            checked = copy.execute("PRAGMA integrity_check").fetchone()[0]
        target.chmod(0o600)
        return (
            None if checked == "ok" else Problem(f"the copied database fails its check: {checked}")
        )
    return _pg_tool(
        place.database,
        [
            "pg_dump",
            "--format=custom",
            "--no-owner",
            "--no-privileges",
            "--file",
            str(work / PG_FILE),
        ],
    )


def _pg_tool(database: Mapping[str, Any], command: list[str]) -> Problem | None:
    """Run pg_dump or pg_restore against the configured database (password in the
    environment, never on the command line)."""
    env = {**os.environ}
    if database.get("PASSWORD"):
        env["PGPASSWORD"] = str(database["PASSWORD"])
    connection = [
        f"{key}={value}"
        for key, value in (
            ("host", database.get("HOST")),
            ("port", database.get("PORT")),
            ("user", database.get("USER")),
            ("dbname", database.get("NAME")),
        )
        if value
    ]
    try:
        done = subprocess.run(
            [*command, "--dbname", " ".join(connection)],
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
    except FileNotFoundError:
        return Problem(f"{command[0]} is not installed (PostgreSQL's client tools are needed)")
    if done.returncode != 0:
        return Problem(f"{command[0]} failed: {done.stderr.strip()[:2000]}")
    return None


def _stored_files(place: Place) -> Iterator[tuple[str, str, Callable[[], bytes]]]:
    """(folder, name, read) of every certificate file, on disk or in the storage."""
    if place.storage is None:
        for path in evidence_files(place.evidence_dir):
            yield path.parent.name, path.name, path.read_bytes
        return
    folders, _ = place.storage.listdir("")
    for folder in sorted(folders):
        for name in sorted(place.storage.listdir(folder)[1]):
            if _is_hash_name(Path(folder) / name):
                yield folder, name, partial(_read_stored, place.storage, f"{folder}/{name}")


def _read_stored(storage: Any, name: str) -> bytes:
    with storage.open(name, "rb") as stream:
        return bytes(stream.read())


def _copy_evidence(place: Place, target: Path, summary: Summary) -> Problem | None:
    for folder, name, read in _stored_files(place):
        copied = target / folder / name
        copied.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        content = read()
        if hashlib.sha256(content).hexdigest() != name:
            return Problem(
                f"{folder}/{name} does not match its name (its SHA-256): the file is damaged; "
                "restore it from an older backup first"
            )
        copied.write_bytes(content)
        copied.chmod(0o600)
        summary.files += 1
        summary.file_bytes += len(content)
    return None


def _write_manifest(folder: Path, engine: str) -> None:
    files = {}
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        relative = path.relative_to(folder).as_posix()
        files[relative] = {"sha256": sha256_of(path), "size": path.stat().st_size}
    manifest = {
        "format": FORMAT,
        "cetrack": __version__,
        "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "database": {"engine": engine, "file": _database_file(folder).name},
        "files": files,
    }
    (folder / MANIFEST).write_text(json.dumps(manifest, indent=1, sort_keys=True) + "\n")


# -- checking a backup -------------------------------------------------------------------------


@dataclass(frozen=True)
class Checked:
    """A backup whose every file matched its manifest."""

    folder: Path
    engine: str
    database: Path
    files: dict[str, dict[str, Any]]


def check(folder: Path) -> Checked | list[Problem]:
    """The backup at `folder` when every file is there with its size and SHA-256 and nothing was
    added; otherwise each difference."""
    try:
        manifest = json.loads((folder / MANIFEST).read_text("utf-8"))
        files = dict(manifest["files"])
        engine = str(manifest["database"]["engine"])
        database = folder / str(manifest["database"]["file"])
        assert manifest["format"] == FORMAT
    except FileNotFoundError:
        return [Problem(f"{folder} is not a cetrack backup: no {MANIFEST}")]
    except (ValueError, KeyError, TypeError, AssertionError, OSError):
        return [Problem(f"{folder / MANIFEST} is not a readable backup manifest")]
    problems: list[Problem] = []
    found = {
        p.relative_to(folder).as_posix()
        for p in folder.rglob("*")
        if p.is_file() and p.name != MANIFEST
    }
    for relative in sorted(found - set(files)):
        problems.append(Problem(f"{relative}: not in the manifest (added after the backup)"))
    for relative, expected in sorted(files.items()):
        path = folder / relative
        if relative not in found:
            problems.append(Problem(f"{relative}: missing"))
        elif path.stat().st_size != expected.get("size") or sha256_of(path) != expected.get(
            "sha256"
        ):
            problems.append(
                Problem(f"{relative}: does not match the manifest (changed or damaged)")
            )
        elif relative.startswith(f"{EVIDENCE}/") and Path(relative).name != expected.get("sha256"):
            problems.append(Problem(f"{relative}: its name is not its SHA-256"))
    if database.name not in files:
        problems.append(Problem(f"{database.name}: the database is not in the manifest"))
    return problems or Checked(folder, engine, database, files)


# -- restore -----------------------------------------------------------------------------------


def restore(place: Place, checked: Checked) -> Summary:
    """Put a checked backup in place: the database replaced whole, the files added."""
    summary = Summary(engine=checked.engine)
    if checked.engine != place.engine:
        summary.problems.append(
            Problem(
                f"the backup holds a {checked.engine} database but this installation uses "
                f"{place.engine}; restore it where DATABASE_URL names {checked.engine}"
            )
        )
        return summary
    problem = _restore_database(place, checked.database)
    if problem is not None:
        summary.problems.append(problem)
        return summary
    summary.database_bytes = checked.database.stat().st_size
    for relative in checked.files:
        if not relative.startswith(f"{EVIDENCE}/"):
            continue
        source = checked.folder / relative
        stored = Path(relative).relative_to(EVIDENCE)
        if place.storage is not None:
            from django.core.files.base import ContentFile

            if not place.storage.exists(stored.as_posix()):
                place.storage.save(stored.as_posix(), ContentFile(source.read_bytes()))
        else:
            target = place.evidence_dir / stored
            if not target.exists() or sha256_of(target) != target.name:
                _write_private(target, source.read_bytes())
        summary.files += 1
        summary.file_bytes += source.stat().st_size
    key = checked.folder / SECRET_KEY_FILE
    if key.is_file() and not place.secret_key_from_environment:
        _write_private(place.data_dir / SECRET_KEY_FILE, key.read_bytes())
    return summary


def _restore_database(place: Place, database: Path) -> Problem | None:
    if place.engine == "sqlite":
        target = str(place.database.get("NAME", ""))
        read_only = f"{database.resolve().as_uri()}?mode=ro"
        with (
            contextlib.closing(sqlite3.connect(read_only, uri=True)) as source,
            contextlib.closing(sqlite3.connect(target, timeout=20)) as live,
        ):
            source.backup(live)
            live.execute("PRAGMA journal_mode=WAL")
        return None
    return _pg_tool(
        place.database,
        [
            "pg_restore",
            "--clean",
            "--if-exists",
            "--no-owner",
            "--no-privileges",
            "--single-transaction",
            str(database),
        ],
    )


def _write_private(target: Path, content: bytes) -> None:
    target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=".restore-")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(content)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
