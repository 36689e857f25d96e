"""`cetrack manage load_catalogue FILE.csv|FILE.json`: import catalogue items, all or nothing.

Every problem is printed on stderr as FILE:LINE: row ID: FIELD: reason; with any problem nothing
is imported (exit status 2) unless --skip-bad-rows. An id already in the table is updated.
"""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from cetrack.planning.catalogue import import_catalogue


class Command(BaseCommand):
    help = "Import a catalogue file (.csv or .json, docs/catalogue.md) into the site catalogue."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", help="a catalogue file (.csv or .json)")
        parser.add_argument(
            "--skip-bad-rows",
            action="store_true",
            help="import the good rows even when some rows have problems",
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="check the file and report; change nothing"
        )

    def handle(self, *args: Any, **options: Any) -> None:
        path = options["file"]
        result = import_catalogue(
            path, skip_bad_rows=options["skip_bad_rows"], dry_run=options["dry_run"]
        )
        for warning in result.warnings:
            self.stderr.write(f"warning: {warning}")
        for problem in result.problems:
            self.stderr.write(str(problem))
        counted = result.created + result.updated + result.unchanged
        if result.problems and (not options["skip_bad_rows"] or not counted):
            raise CommandError(
                f"nothing imported: {len(result.problems)} problem"
                f"{'s' if len(result.problems) != 1 else ''} in {path}",
                returncode=2,
            )
        verb = "would import" if options["dry_run"] else "imported"
        rows = len({(p.line, p.where) for p in result.problems})
        skipped = f"; {rows} bad row(s) skipped" if result.problems else ""
        self.stdout.write(
            f"{path}: {verb} {result.created} new, {result.updated} updated, "
            f"{result.unchanged} unchanged{skipped}"
        )
