"""`cetrack pathways`: a career profile file in, the checklist of every route to a credential
out — the same checklist as the Pathways page (`core.pathways.checklist`).

The profile is TOML (or JSON) with the page's keys (docs/pathways.md, "A profile file"):
`target`, `[[degrees]]`, `[[credentials]]`, `[[experience]]`, `[[programmes]]`,
`[[coursework]]`, `college_semester_hours`. Text output is one block per route; `--json` prints
one object (`checklist_json`). Exit status 0 whenever a checklist was made — eligible or not —
and 2 on bad input (an unreadable file, an unknown target or id, a bad value), with the message
on stderr.
"""

from __future__ import annotations

import argparse
import json
import sys
import tomllib
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from cetrack.core.names import day_text
from cetrack.core.pathways import Checklist, RouteResult, checklist, load_pathways
from cetrack.planning.profiles import profile_from_json

BAD_INPUT = 2
MARKS = {"met": "✓ met", "missing": "✗ missing", "unknown": "? unknown"}


def _read_profile(path: Path) -> tuple[dict[str, Any] | None, str]:
    """The profile file's table, or None and why it cannot be read."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        return None, f"{path}: cannot be read ({error.__class__.__name__}: {error})"
    try:
        if path.suffix.lower() == ".json":
            data = json.loads(text, parse_float=Decimal)
        else:
            data = tomllib.loads(text, parse_float=Decimal)
    except (tomllib.TOMLDecodeError, json.JSONDecodeError) as error:
        return None, f"{path}: not a readable profile: {error}"
    if not isinstance(data, dict):
        return None, f"{path}: a profile is a table of keys (docs/pathways.md)"
    return data, ""


def checklist_json(result: Checklist) -> dict[str, Any]:
    """The checklist as one JSON object: ids kept, every explanation in words."""

    def route(r: RouteResult) -> dict[str, Any]:
        return {
            "id": r.route.id,
            "name": r.route.name,
            "status": r.status,
            "confidence": r.confidence,
            "verified_on": r.verified_on.isoformat() if r.verified_on else None,
            "sources": [{"title": s.title, "url": str(s.url)} for s in r.sources],
            "requirements": [
                {
                    "kind": q.kind,
                    "text": q.text,
                    "status": q.status,
                    "manual": q.manual,
                    "explanation": q.explanation,
                    "confidence": q.confidence,
                    "caveats": list(q.caveats),
                }
                for q in r.requirements
            ],
            "caveats": list(r.caveats),
        }

    credential = result.credential
    return {
        "target": result.target,
        "as_of": result.as_of.isoformat(),
        "credential": {"id": credential.id, "name": credential.name, "body": credential.body}
        if credential
        else None,
        "open_routes": [r.route.id for r in result.open_routes],
        "closest": result.best.route.id if result.best else None,
        "routes": [route(r) for r in result.routes],
        "retired": [{"id": r.id, "name": r.name} for r in result.retired],
        "problems": [p.message for p in result.problems],
    }


def checklist_text(result: Checklist) -> str:
    credential = result.credential
    assert credential is not None
    lines = [f"{credential.name} — {credential.body}, checked on {day_text(result.as_of)}"]
    if result.open_routes:
        count = len(result.open_routes)
        lines.append(
            f"{count} route{'s' if count != 1 else ''} open to you (confirm the manual items)."
        )
    elif result.best:
        lines.append(f"No route is open yet. Closest: {result.best.route.name}.")
    for r in result.routes:
        read = f", read {day_text(r.verified_on)}" if r.verified_on else ""
        lines += ["", f"{r.route.name}: {r.status} ({r.confidence}{read})"]
        for q in r.requirements:
            mark = "☐ confirm" if q.manual else MARKS.get(q.status, q.status)
            lines.append(f"  {mark:<10} {q.text}")
            lines.append(f"             {q.explanation}")
        lines += [f"  note: {c}" for c in r.caveats]
    if result.retired:
        lines += ["", "Not open on this date: " + ", ".join(r.name for r in result.retired)]
    return "\n".join(lines)


def cmd_pathways(args: argparse.Namespace) -> int:
    data, problem = _read_profile(args.profile)
    if data is None:
        print(problem, file=sys.stderr)
        return BAD_INPUT
    target = args.target or str(data.get("target") or "")
    if not target:
        known = ", ".join(sorted(load_pathways().credentials))
        print(
            f'{args.profile}: no target: give --target or target = "..." ({known})', file=sys.stderr
        )
        return BAD_INPUT
    profile, unread = profile_from_json(data)
    if unread:
        for line in unread:
            print(f"{args.profile}: {line}", file=sys.stderr)
        return BAD_INPUT
    result = checklist(profile, target, args.as_of or date.today())
    if result.problems:
        for p in result.problems:
            where = f"{p.where}: " if p.where and p.where != "<target>" else ""
            print(f"{args.profile}: {where}{p.message}", file=sys.stderr)
        return BAD_INPUT
    if args.json:
        print(json.dumps(checklist_json(result), indent=2, ensure_ascii=False))
    else:
        print(checklist_text(result))
    return 0


def add_commands(commands: Any, as_of: Callable[[str], date]) -> None:
    pathways = commands.add_parser(
        "pathways",
        help="check a career profile against every route to a credential",
        description=(
            "Reads a profile file (TOML or JSON: degrees, credentials, experience, programmes, "
            "coursework; docs/pathways.md) and prints, route by route, what is met, missing, "
            "unknown or to confirm yourself."
        ),
    )
    pathways.add_argument("profile", type=Path, help="the profile file (.toml or .json)")
    pathways.add_argument(
        "--target", help="the credential to check, e.g. ascp/SBB (default: the file's target)"
    )
    pathways.add_argument("--as-of", type=as_of, help="the application date (default: today)")
    pathways.add_argument("--json", action="store_true", help="print the checklist as JSON")
    pathways.set_defaults(handler=cmd_pathways)
