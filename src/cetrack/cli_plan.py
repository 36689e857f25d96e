"""`cetrack plan`: the cheapest renewal plan for a ledger from a CE catalogue.

Text output is `render_plan_text`; `--json` prints one object exactly as `plan_json` gives it
(status, cost, hours, purchases, items, coverage, explanation, gaps_left). Exit status 0
whenever a plan was worked out — including "partial", which is an answer, with each gap left
explained — and 2 on bad input (an unreadable ledger or catalogue, a bad number), with the
message on stderr. A catalogue with bad rows is planned from its good rows (none, if every row
is bad), its problems are printed on stderr (file, line, row, column), and the exit status is 2,
as `cetrack check` does for a bad ledger among good ones. An empty catalogue file is bad input;
one with a header and no rows is a catalogue with nothing in it, planned from (exit 0).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path

from cetrack.core.catalogue.model import FORMAT_ALIASES, Catalogue
from cetrack.core.ledger import Problem, load_ledger

BAD_INPUT = 2
SYNTHETIC = "synthetic:"
MAX_SYNTHETIC = 200_000
EARLIEST_PLAN, LATEST_PLAN = date(1950, 1, 1), date(2100, 12, 31)
"""Plans start between these days (a ledger's earliest date; deadlines stay in the calendar)."""


def _amount(what: str, *, positive: bool = False) -> Callable[[str], Decimal]:
    def convert(text: str) -> Decimal:
        try:
            value = Decimal(text)
        except InvalidOperation:
            raise argparse.ArgumentTypeError(f"'{text}' is not a number ({what})") from None
        if not value.is_finite() or value < 0 or (positive and value == 0):
            rule = "more than 0" if positive else "0 or more"
            raise argparse.ArgumentTypeError(f"{what} must be a number {rule}, not '{text}'")
        return value

    return convert


def _format(text: str) -> str:
    found = FORMAT_ALIASES.get(text.casefold().replace(" ", "-"))
    if found is None:
        raise argparse.ArgumentTypeError(
            f"unknown format '{text}'; expected online, in-person or hybrid"
        )
    return found


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a number of seconds") from None
    if not 0 < value <= 3600:
        raise argparse.ArgumentTypeError("the time limit must be between 0 and 3600 seconds")
    return value


def _catalogue(name: str | None, as_of: date) -> Catalogue | str:
    """The catalogue named on the command line, or a message saying why it cannot be used."""
    from cetrack.core.catalogue.files import load_catalogue, starter_catalogue

    if name is None or name == "starter":
        return starter_catalogue()
    if name.startswith(SYNTHETIC):
        from cetrack.core.catalogue.synthetic import synthetic_catalogue

        size = name[len(SYNTHETIC) :]
        if not size.isdigit() or not 0 < int(size) <= MAX_SYNTHETIC:
            return (
                f"--catalog {name}: expected synthetic:N with N a whole number from 1 to "
                f"{MAX_SYNTHETIC:,}"
            )
        return synthetic_catalogue(int(size), seed=0, start=as_of)
    path = Path(name)
    if not path.is_file():
        return f"{name}: no such catalogue file"
    return load_catalogue(path)


def _located(problem: Problem) -> str:
    """ "FILE:LINE: row ID: column: reason" (the column only when the message lacks it)."""
    text = str(problem)
    if problem.key and not problem.message.startswith(problem.key):
        place = f"{problem.file}:{problem.line}" if problem.line else problem.file
        where = f"{problem.where}: " if problem.where else ""
        text = f"{place}: {where}{problem.key}: {problem.message}"
    return text


def cmd_plan(args: argparse.Namespace) -> int:
    from cetrack.core.planner import make_plan, plan_json, render_plan_text
    from cetrack.core.rules.library import default_library, load_library

    library = (
        load_library([Path(p) for p in args.rules_dir]) if args.rules_dir else default_library()
    )
    for problem in library.problems:
        print(f"cetrack: rule file problem: {problem}", file=sys.stderr)
    as_of = args.as_of or date.today()
    if not EARLIEST_PLAN <= as_of <= LATEST_PLAN:
        print(
            f"cetrack plan: --as-of {as_of}: plan from a date between {EARLIEST_PLAN} and "
            f"{LATEST_PLAN}",
            file=sys.stderr,
        )
        return BAD_INPUT
    loaded = load_ledger(Path(args.ledger), library.check_credential)
    if loaded.ledger is None:
        for problem in loaded.problems:
            print(f"cetrack: {problem}", file=sys.stderr)
        print("cetrack plan: fix the ledger first; no plan was made", file=sys.stderr)
        return BAD_INPUT
    catalogue = _catalogue(args.catalog, as_of)
    if isinstance(catalogue, str):
        print(f"cetrack: {catalogue}", file=sys.stderr)
        return BAD_INPUT
    status = 0
    for problem in catalogue.problems:
        print(f"cetrack: {_located(problem)}", file=sys.stderr)
        status = BAD_INPUT
    if not catalogue.items and catalogue.problems:
        print("cetrack plan: the catalogue holds no usable item; no plan was made", file=sys.stderr)
        return BAD_INPUT
    unknown = [i for i in args.employer_paid if i not in catalogue.by_id]
    if unknown:
        print(
            f"cetrack plan: --employer-paid names ids not in the catalogue: {', '.join(unknown)}",
            file=sys.stderr,
        )
        return BAD_INPUT
    plan = make_plan(
        loaded.ledger,
        catalogue,
        as_of=as_of,
        library=library,
        budget=args.budget,
        hours_per_week=args.hours_per_week,
        formats=args.formats,
        hour_value=args.hour_value,
        employer_paid_ids=args.employer_paid,
        member=args.member,
        time_limit=args.time_limit,
    )
    if args.json:
        sys.stdout.write(json.dumps(plan_json(plan), ensure_ascii=False) + "\n")
    else:
        sys.stdout.write(render_plan_text(plan))
    return status


def add_commands(
    commands: argparse._SubParsersAction,  # type: ignore[type-arg]
    as_of: Callable[[str], date],
) -> None:
    plan = commands.add_parser(
        "plan",
        help="the cheapest set of catalogue items that closes every open gap of a ledger",
        description=(
            "Work out the cheapest renewal plan for LEDGER from a CE catalogue (CSV or JSON, "
            "docs/catalogue.md). When no plan closes every gap, the best partial plan: as much "
            "closed as possible, nearest deadline first, then at least cost, and for each gap "
            "left why and what would close it. Exit status 0 when a plan was worked out, 2 on "
            "bad input."
        ),
    )
    plan.add_argument("ledger", metavar="LEDGER", help="a ledger file")
    plan.add_argument(
        "--catalog",
        "--catalogue",
        dest="catalog",
        metavar="FILE",
        help="catalogue file (.csv or .json); default: the starter catalogue; "
        "'synthetic:N' builds N made-up items for demos",
    )
    plan.add_argument(
        "--as-of",
        type=as_of,
        metavar="YYYY-MM-DD",
        help="plan from this date (default: today)",
    )
    plan.add_argument("--budget", type=_amount("--budget"), metavar="DOLLARS", help="most to spend")
    plan.add_argument(
        "--hours-per-week",
        type=_amount("--hours-per-week", positive=True),
        metavar="N",
        help="study hours available each week",
    )
    plan.add_argument(
        "--formats",
        nargs="+",
        type=_format,
        metavar="FORMAT",
        help="accepted formats: online, in-person (hybrid fits either)",
    )
    plan.add_argument(
        "--hour-value",
        type=_amount("--hour-value"),
        metavar="DOLLARS",
        help="what an hour of your time is worth, added to the cost minimised",
    )
    plan.add_argument(
        "--employer-paid",
        nargs="+",
        default=[],
        metavar="ID",
        help="catalogue ids your employer pays for (they cost you nothing)",
    )
    plan.add_argument("--member", action="store_true", help="use member prices")
    plan.add_argument(
        "--time-limit",
        type=_seconds,
        default=10.0,
        metavar="SECONDS",
        help="most time for the solver (default 10); the best plan found is shown when reached",
    )
    plan.add_argument("--json", action="store_true", help="one JSON object (plan_json)")
    plan.set_defaults(handler=cmd_plan)
