"""The `cetrack` command line: a thin face over cetrack.core.

Exit status: 0 when everything given was evaluated, 2 on bad input (messages on stderr).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Sequence
from datetime import date
from importlib import resources
from pathlib import Path

from cetrack import __version__
from cetrack.cli_backup import add_commands as add_backup_commands
from cetrack.cli_capture import add_commands as add_capture_commands
from cetrack.cli_pathways import add_commands as add_pathways_commands
from cetrack.cli_plan import add_commands as add_plan_commands
from cetrack.cli_verify import add_commands as add_verify_commands
from cetrack.core.engine import evaluate
from cetrack.core.ledger import (
    EARLIEST_DATE,
    LATEST_DATE,
    LedgerResult,
    Problem,
    load_ledger,
    parse_ledger,
    plausible_date,
)
from cetrack.core.report import evaluation_dict, render_text, source_dict
from cetrack.core.rules.library import RuleBook, RuleLibrary, default_library, load_library
from cetrack.core.rules.schema import Program
from cetrack.core.units import format_credit
from cetrack.reminders.cli import add_commands as add_reminder_commands

BAD_INPUT = 2


def _as_of(text: str) -> date:
    try:
        day = date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date; expected YYYY-MM-DD") from None
    if not plausible_date(day):
        raise argparse.ArgumentTypeError(
            f"{text} is outside any plausible CE date ({EARLIEST_DATE.year}-{LATEST_DATE.year})"
        )
    return day


def _ledger_paths(names: Sequence[str]) -> Iterator[Path | Problem]:
    for name in names:
        path = Path(name)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*.toml") if p.is_file())
            if not found:
                yield Problem(name, None, "", "folder holds no .toml ledger files")
            yield from found
        else:
            yield path


def demo_ledger_text() -> str:
    return resources.files("cetrack.data").joinpath("demo-ledger.toml").read_text("utf-8")


def _library(args: argparse.Namespace) -> RuleLibrary:
    library = (
        load_library([Path(p) for p in args.rules_dir]) if args.rules_dir else default_library()
    )
    for problem in library.problems:
        print(f"cetrack: rule file problem: {problem}", file=sys.stderr)
    return library


def cmd_check(args: argparse.Namespace) -> int:
    library = _library(args)
    as_of = args.as_of or date.today()
    if not args.ledgers and not args.demo:
        print(
            "cetrack check: give one or more ledger files or folders (or --demo)", file=sys.stderr
        )
        return BAD_INPUT
    status = 0
    results: list[LedgerResult] = []
    if args.demo:
        results.append(
            parse_ledger(demo_ledger_text(), "demo-ledger.toml", library.check_credential)
        )
    for item in _ledger_paths(args.ledgers):
        if isinstance(item, Problem):
            results.append(LedgerResult(None, (item,)))
        else:
            results.append(load_ledger(item, library.check_credential))
    first = True
    for result in results:
        if result.ledger is None:
            status = BAD_INPUT
            for problem in result.problems:
                print(f"cetrack: {problem}", file=sys.stderr)
            continue
        evaluation = evaluate(result.ledger, as_of, library)
        if args.json:
            sys.stdout.write(json.dumps(evaluation_dict(evaluation), ensure_ascii=False) + "\n")
        else:
            if not first:
                sys.stdout.write("\n" + "-" * 78 + "\n\n")
            titles = {a.id: a.title for a in result.ledger.activities}
            sys.stdout.write(render_text(evaluation, titles))
        first = False
    return status


def cmd_rules_list(args: argparse.Namespace) -> int:
    library = _library(args)
    books = list(library)
    if args.json:
        rows = [
            {
                "id": b.id,
                "name": b.name,
                "unit": b.unit,
                "authority": b.program.authority,
                "confidence": _confidence(b),
                "file": b.file,
            }
            for b in books
        ]
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
        return 0
    width = max(len(b.id) for b in books)
    for book in books:
        sys.stdout.write(f"{book.id:<{width}}  {_summary(book)}  — {book.name}\n")
    return 0


def _confidence(book: RuleBook) -> str:
    """The weakest confidence of anything that can decide a verdict for this rule set."""
    if book.registration_only or any(v.unverified for v in book.versions):
        return "unverified"
    found = [v.confidence for v in book.versions]
    if book.cycle is not None:
        found.append(book.cycle.confidence)
    if book.first_cycle is not None:
        found.append(book.first_cycle.confidence)
    return max(found, key=["official", "secondary", "unverified"].index)


def _summary(book: RuleBook) -> str:
    latest = book.versions[-1]
    if latest.not_applicable:
        return "no CE (not applicable)".ljust(26)
    if latest.total is None:
        return "no CE rule confirmed".ljust(26)
    months = book.cycle.months if book.cycle else 0
    text = f"{format_credit(latest.total)} {book.unit}/{months} mo"
    flag = _confidence(book)
    return f"{text:<15} {flag:<10}"


def cmd_rules_show(args: argparse.Namespace) -> int:
    library = _library(args)
    book = library.get(args.id)
    if book is None:
        near = sorted(i for i in library.books if args.id.lower() in i.lower())
        hint = f"; did you mean {', '.join(near)}?" if near else "; `cetrack rules list` shows them"
        print(f"cetrack: unknown rule set '{args.id}'{hint}", file=sys.stderr)
        return BAD_INPUT
    sys.stdout.write(_explain(book))
    return 0


def _explain(book: RuleBook) -> str:
    program = book.program
    lines = [f"{book.id} — {book.name}", f"Authority: {program.authority}  (file {book.file})"]
    if program.note:
        lines.append(program.note)
    if book.ruleset.note:
        lines.append(book.ruleset.note)
    cycle = book.cycle
    if cycle:
        kind = {
            "rolling": "rolling",
            "fixed": "fixed (shared by all)",
            "calendar-years-before": "calendar years before renewal",
        }[cycle.type]
        text = f"Cycle: {cycle.months} months, {kind}"
        if cycle.type == "fixed":
            text += f", ending {cycle.end_month:02d}-{cycle.end_day:02d} of {cycle.end_year_parity} years"
        else:
            text += f"; dated from {' or '.join(cycle.anchors)}"
        if cycle.expired_lookback_months:
            text += f"; expired credentials: the last {cycle.expired_lookback_months} months"
        lines.append(text)
    if book.declaration:
        lines.append(
            f"Declaration: opens {book.declaration.opens_days_before} days and closes "
            f"{book.declaration.closes_days_before} days before the cycle end"
        )
    conv = program.conversion
    units = [
        f"{conv.minutes_per_hour}-minute hour (under {conv.minimum_minutes} min earns nothing)"
    ]
    if conv.ceu is not None:
        units.append(f"1 CEU = {conv.ceu} {book.unit}")
    if conv.semester_hour is not None:
        units.append(f"1 semester hour = {conv.semester_hour}")
    if conv.quarter_hour is not None:
        units.append(f"1 quarter hour = {conv.quarter_hour}")
    lines.append("Units: " + "; ".join(units))
    for cap, _ in book.caps:
        lines.append(f"Cap: {cap.name} ≤ {cap.max_fraction_of_total * 100:.0f}% of the total")
    if book.first_cycle:
        lines.append(f"First cycle: {book.first_cycle.note}")
    for kind, policy in book.kinds.items():
        lines.append(f"Kind '{kind}': counts={policy.counts} — {policy.reason}")
    for check in book.documentation:
        lines.append(f"Documentation ({check.severity}): {check.message}")
    for version in book.versions:
        span = f"cycles ending {version.cycle_end_from or 'any time'}" + (
            f" to before {version.cycle_end_before}" if version.cycle_end_before else " onward"
        )
        lines.append("")
        lines.append(f"Version for {span} [{version.confidence}]")
        if version.not_applicable:
            lines.append(f"  Not applicable: {version.not_applicable}")
        elif version.total is None:
            lines.append("  No CE-hour rule confirmed — evaluations give status 'unverified'")
        else:
            lines.append(f"  Total: {format_credit(version.total)} {book.unit}")
            if version.expired_total is not None:
                lines.append(f"  Expired credential: {format_credit(version.expired_total)}")
        for r in version.requirements:
            where = "one per licensed category" if r.per_category else ", ".join(sorted(r.topics))
            extra = f"; approved by {r.approved_by}" if r.approved_by else ""
            extra += "; statutory" if r.statutory else ""
            extra += f" [{r.confidence}]" if r.confidence else ""
            lines.append(f"  ≥ {format_credit(r.minimum)} {r.name} (topics: {where}{extra})")
        if version.note:
            lines.append(f"  {version.note}")
    lines.append("")
    lines.append("Sources:")
    for source in program.source:
        lines.append(
            f"  [{source.id}] {source.title}\n      {source.url} — {source.confidence}, "
            f"verified {source.verified_on}" + (f"\n      {source.note}" if source.note else "")
        )
    return "\n".join(lines) + "\n"


def cmd_rules_schema(args: argparse.Namespace) -> int:
    sys.stdout.write(json.dumps(Program.model_json_schema(by_alias=True), indent=2) + "\n")
    return 0


def cmd_rules_validate(args: argparse.Namespace) -> int:
    from cetrack.core.rules.library import parse_program

    status = 0
    paths = [Path(p) for p in args.files]
    for path in paths:
        try:
            text = path.read_text("utf-8")
        except (OSError, UnicodeDecodeError) as error:
            print(f"cetrack: {path}: cannot read: {error}", file=sys.stderr)
            status = BAD_INPUT
            continue
        program, problems = parse_program(text, str(path))
        for problem in problems:
            print(f"cetrack: {problem}", file=sys.stderr)
        if program is None:
            status = BAD_INPUT
        else:
            sys.stdout.write(f"{path}: ok ({len(program.ruleset)} rule sets)\n")
    if not paths:
        library = _library(args)
        sys.stdout.write(f"{len(library.books)} rule sets, {len(library.problems)} problems\n")
        status = BAD_INPUT if library.problems else 0
    return status


def cmd_sources(args: argparse.Namespace) -> int:
    library = _library(args)
    seen = {}
    for book in library:
        for source in book.program.source:
            seen[str(source.url)] = source_dict(source)
    sys.stdout.write(json.dumps(list(seen.values()), indent=2) + "\n")
    return 0


def _port(text: str) -> int:
    if not text.isdigit() or not 0 < int(text) < 65536:
        raise argparse.ArgumentTypeError(f"'{text}' is not a port number (1-65535)")
    return int(text)


def cmd_serve(args: argparse.Namespace) -> int:
    # Imported here so that `cetrack check` never pays for loading Django.
    from cetrack.web.server import serve

    return serve(args.host, args.port, demo=args.demo, workers=args.workers, threads=args.threads)


def cmd_worker(args: argparse.Namespace) -> int:
    from cetrack.web.server import setup_django

    setup_django()
    from cetrack.jobs.worker import run_worker

    return run_worker(args.threads)


def cmd_manage(args: argparse.Namespace) -> int:
    from cetrack.web.server import setup_django

    setup_django()
    from django.core.management import execute_from_command_line

    execute_from_command_line(["cetrack manage", *args.arguments])
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cetrack",
        description="Continuing-education tracking and renewal compliance for lab professionals.",
    )
    parser.add_argument("--version", action="version", version=f"cetrack {__version__}")
    parser.add_argument(
        "--rules-dir",
        action="append",
        default=[],
        metavar="DIR",
        help="also load rule files from DIR (repeatable)",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    check = commands.add_parser("check", help="evaluate ledgers against their renewal rules")
    check.add_argument("ledgers", nargs="*", metavar="LEDGER", help="ledger files or folders")
    check.add_argument("--as-of", type=_as_of, metavar="YYYY-MM-DD", help="default: today")
    check.add_argument("--json", action="store_true", help="one JSON object per ledger per line")
    check.add_argument("--demo", action="store_true", help="also check the bundled demo ledger")
    check.set_defaults(handler=cmd_check)

    rules = commands.add_parser("rules", help="list, explain and validate rule sets")
    rule_commands = rules.add_subparsers(dest="rules_command", required=True, metavar="ACTION")
    listing = rule_commands.add_parser("list", help="every rule set with its total and confidence")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=cmd_rules_list)
    show = rule_commands.add_parser("show", help="explain one rule set with its sources")
    show.add_argument("id", metavar="ID", help="a rule-set id such as ascp/MLS")
    show.set_defaults(handler=cmd_rules_show)
    schema = rule_commands.add_parser("schema", help="print the rule-file JSON Schema")
    schema.set_defaults(handler=cmd_rules_schema)
    validate = rule_commands.add_parser("validate", help="validate rule files (default: all)")
    validate.add_argument("files", nargs="*", metavar="FILE")
    validate.set_defaults(handler=cmd_rules_validate)
    sources = rule_commands.add_parser("sources", help="every source cited, as JSON")
    sources.set_defaults(handler=cmd_sources)

    add_capture_commands(commands, _as_of)
    add_plan_commands(commands, _as_of)
    add_pathways_commands(commands, _as_of)
    add_verify_commands(commands)
    add_reminder_commands(commands, _as_of)
    add_backup_commands(commands)

    serve = commands.add_parser("serve", help="run the web app (migrates the database first)")
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (127.0.0.1)")
    serve.add_argument("--port", type=_port, default=8000, help="port (8000)")
    serve.add_argument("--demo", action="store_true", help="also load the demo account")
    serve.add_argument(
        "--workers",
        type=int,
        default=0,
        help="server processes (default: one per core, at most 4; always 1 on Windows)",
    )
    serve.add_argument("--threads", type=int, default=4, help="threads per server process (4)")
    serve.set_defaults(handler=cmd_serve)
    worker = commands.add_parser(
        "worker",
        help="run background jobs (capture, reminders, binders, certificates) in this process",
    )
    worker.add_argument("--threads", type=int, default=2, help="worker threads (2)")
    worker.set_defaults(handler=cmd_worker)
    manage = commands.add_parser(
        "manage", help="Django management commands (createsuperuser, migrate, ...)"
    )
    manage.add_argument("arguments", nargs=argparse.REMAINDER)
    manage.set_defaults(handler=cmd_manage)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:
        return BAD_INPUT if exit_.code not in (0, None) else 0
    try:
        return int(args.handler(args))
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
