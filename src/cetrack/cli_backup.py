"""`cetrack backup DEST` and `cetrack restore SRC` (the work is in cetrack.backup)."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from cetrack.backup import Checked, Place, Summary, backup, check, restore
from cetrack.limits import size_text

BAD_INPUT = 2


def _place() -> Place:
    from cetrack.web.server import setup_django

    setup_django()
    from django.conf import settings

    from cetrack.records import evidence

    return Place(
        database=settings.DATABASES["default"],
        evidence_dir=Path(settings.EVIDENCE_DIR),
        data_dir=Path(settings.DATA_DIR),
        secret_key_from_environment=bool(os.environ.get("SECRET_KEY")),
        storage=evidence.storage(),
    )


def _refused(summary: Summary | list, what: str) -> int:  # type: ignore[type-arg]
    problems = summary.problems if isinstance(summary, Summary) else summary
    for problem in problems:
        print(f"cetrack {what}: {problem}", file=sys.stderr)
    print(
        f"cetrack {what}: nothing {'written' if what == 'backup' else 'restored'}", file=sys.stderr
    )
    return BAD_INPUT


def _told(summary: Summary) -> str:
    return (
        f"the {summary.engine} database ({size_text(summary.database_bytes)}) and "
        f"{summary.files} certificate file{'' if summary.files == 1 else 's'} "
        f"({size_text(summary.file_bytes)})"
    )


def cmd_backup(args: argparse.Namespace) -> int:
    dest = Path(args.dest)
    summary = backup(_place(), dest)
    if not summary.ok:
        return _refused(summary, "backup")
    sys.stdout.write(
        f"Backed up {_told(summary)} to {dest}; manifest.json holds the SHA-256 of every file.\n"
    )
    return 0


def _people() -> int:
    """How many people the configured database already holds (0 when it has no tables yet)."""
    from django.db import connection

    if "accounts_user" not in connection.introspection.table_names():
        return 0
    from cetrack.accounts.models import User

    return User.objects.count()


def cmd_restore(args: argparse.Namespace) -> int:
    checked = check(Path(args.src))  # before anything is touched: a changed backup changes nothing
    if not isinstance(checked, Checked):
        return _refused(checked, "restore")
    place = _place()
    people = _people()
    if people and not args.replace:
        print(
            f"cetrack restore: the database already holds {people} "
            f"{'person' if people == 1 else 'people'}; add --replace to overwrite it with the "
            "backup (stop the server first)",
            file=sys.stderr,
        )
        return BAD_INPUT
    from django.db import connections

    connections.close_all()
    summary = restore(place, checked)
    if not summary.ok:
        return _refused(summary, "restore")
    _forget_cached()
    sys.stdout.write(f"Restored {_told(summary)} from {args.src}.\n")
    return 0


def _forget_cached() -> None:
    """Empties a shared cache kept outside the database (Redis): it still holds rows, sessions
    and pages keyed by the ids of the database that was replaced. (A cache table in the
    database came back with the backup, in step with it.)"""
    from django.conf import settings
    from django.core.cache import cache

    if "DatabaseCache" in settings.CACHES["default"]["BACKEND"]:
        return
    try:
        cache.clear()
    except Exception as error:  # the cache is down: nothing stale can be read from it either
        print(f"cetrack restore: could not empty the shared cache ({error})", file=sys.stderr)


def add_commands(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    backing = commands.add_parser(
        "backup",
        help="copy the database and certificate files to a new folder, with SHA-256 sums",
    )
    backing.add_argument("dest", metavar="DEST", help="a folder that does not exist yet")
    backing.set_defaults(handler=cmd_backup)
    restoring = commands.add_parser(
        "restore", help="check a backup against its manifest, then put it in place"
    )
    restoring.add_argument("src", metavar="SRC", help="a folder made by `cetrack backup`")
    restoring.add_argument(
        "--replace", action="store_true", help="overwrite a database that already holds people"
    )
    restoring.set_defaults(handler=cmd_restore)
