"""`cetrack reminders send [--as-of YYYY-MM-DD] [--dry-run] [--json]`: one reminder pass by hand,
here and now (not through the queue), on the web app's database.

Prints each e-mail sent (or, with --dry-run, that would be) — to whom, and the reminders it
carries in words — then a summary; --json prints one object instead. Running it again for the
same day sends nothing: every reminder is claimed once (docs/reminders.md). Exit status 0 when
the pass ran (even if the mail server refused some messages: they are retried), 1 when the
database cannot be used, 2 on bad input.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from datetime import date
from typing import Any

CANNOT_RUN = 1


def add_commands(commands: Any, as_of: Callable[[str], date]) -> None:
    reminders = commands.add_parser("reminders", help="reminder e-mails (deadlines, competency)")
    actions = reminders.add_subparsers(dest="reminders_command", required=True, metavar="ACTION")
    send = actions.add_parser(
        "send", help="run one reminder pass now: decide what is due, send it once"
    )
    send.add_argument("--as-of", type=as_of, metavar="YYYY-MM-DD", help="default: today")
    send.add_argument(
        "--dry-run", action="store_true", help="print what would be sent; send and record nothing"
    )
    send.add_argument("--json", action="store_true", help="print the pass as one JSON object")
    send.set_defaults(handler=cmd_send)


def _connection(to_stderr: bool) -> Any:
    """The configured mail backend; the console one writes to stderr when stdout is JSON."""
    from django.conf import settings
    from django.core.mail import get_connection

    if to_stderr and settings.EMAIL_BACKEND.endswith("console.EmailBackend"):
        return get_connection(stream=sys.stderr)
    return get_connection()


def _reminders(count: int) -> str:
    return f"{count} reminder{'s' if count != 1 else ''}"


def _print_text(report: Any) -> None:
    would = report.dry_run
    for message in report.messages:
        verb = "would send to" if would else f"{message['state']} to"
        print(f"{verb} {message['to']}:")
        for reminder in message["reminders"]:
            print(f"  - {reminder['text']}")
    count = len(report.messages)
    if would:
        print(
            f"{count} e-mail{'s' if count != 1 else ''} would be sent ({_reminders(report.reminders)})"
        )
        return
    print(
        f"{report.sent} e-mail{'s' if report.sent != 1 else ''} sent "
        f"({_reminders(report.reminders)}), {report.retried} from earlier passes, "
        f"{report.failed} refused by the mail server (retried later)"
    )


def cmd_send(args: argparse.Namespace) -> int:
    from cetrack.web.server import setup_django

    setup_django()
    from django.db import DatabaseError
    from django.utils import timezone

    from cetrack.reminders.passes import run_pass

    day = args.as_of or timezone.localdate()
    try:
        report = run_pass(
            day, dry_run=args.dry_run, connection=_connection(args.json), describe=True
        )
    except DatabaseError as error:
        print(
            f"cetrack reminders: the database cannot be used ({error}); "
            "run `cetrack manage migrate` first",
            file=sys.stderr,
        )
        return CANNOT_RUN
    if args.json:
        print(json.dumps(report.as_dict(), indent=2))
    else:
        _print_text(report)
    return 0
