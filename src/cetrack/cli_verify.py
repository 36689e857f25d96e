"""`cetrack verify FILE`: check a certificate (Open Badges 3.0 JSON with an embedded proof, or
its compact JWT) offline.

Keys come from: a did:key or a key the JWT carries; DID documents given with --did-document
(a saved /orgs/<slug>/did.json); and, when run beside the web app (its database is there), the
organisations' own keys and status lists. Nothing is fetched over the network.

Exit status: 0 valid; 1 not valid (revoked, expired, invalid: the reason is printed); 2 bad
input (unreadable file, not JSON or a JWT), with the message on stderr. Never a traceback.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path
from typing import Any

from cetrack.core.issuing.keys import KeyResolver, chain, did_document_resolver, resolve_did_key
from cetrack.core.issuing.verify import (
    BadInput,
    StatusListSource,
    Verification,
    parse_badge_text,
    verify_credential,
)

BAD_INPUT = 2
NOT_VALID = 1
MAX_BYTES = 2_000_000
NOT_A_CREDENTIAL = frozenset({"not-a-badge", "malformed"})  # bad input, not a failed check


def add_commands(commands: Any) -> None:
    verify = commands.add_parser(
        "verify", help="verify a certificate file (Open Badges 3.0 JSON or JWT) offline"
    )
    verify.add_argument("file", metavar="FILE", help="the credential: JSON or a compact JWT")
    verify.add_argument(
        "--did-document",
        action="append",
        default=[],
        metavar="FILE",
        help="a saved DID document (did.json) whose keys may have signed it (repeatable)",
    )
    verify.add_argument(
        "--offline", action="store_true", help="do not read this cetrack's database"
    )
    verify.add_argument("--json", action="store_true", help="print the verification as JSON")
    verify.set_defaults(handler=cmd_verify)


def _fail(message: str) -> int:
    print(f"cetrack verify: {message}", file=sys.stderr)
    return BAD_INPUT


def _read(name: str) -> str:
    path = Path(name)
    try:
        if path.is_dir():
            raise BadInput(f"{name} is a folder, not a credential file")
        with path.open("rb") as handle:
            content = handle.read(MAX_BYTES + 1)
    except OSError as error:
        raise BadInput(f"cannot read {name}: {error.strerror or error}") from None
    if len(content) > MAX_BYTES:
        raise BadInput(f"{name} is larger than 2 MB, too large for a credential")
    try:
        return content.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise BadInput(f"{name} is not UTF-8 text (a credential is JSON or a JWT)") from None


def _did_documents(names: list[str]) -> list[KeyResolver]:
    resolvers = []
    for name in names:
        try:
            document = json.loads(_read(name))
        except (json.JSONDecodeError, RecursionError, ValueError):
            raise BadInput(f"{name} is not a JSON DID document") from None
        if not isinstance(document, dict) or not isinstance(document.get("id"), str):
            raise BadInput(f"{name} is not a DID document (no id)")
        resolvers.append(did_document_resolver(document, f"the DID document {name}"))
    return resolvers


def _beside_the_app() -> tuple[KeyResolver, StatusListSource] | None:
    """This cetrack's own keys and status lists, when its database is here."""
    from cetrack.web.env import data_folder

    configured = "DJANGO_SETTINGS_MODULE" in os.environ or os.environ.get("DATABASE_URL")
    if not configured and not (data_folder() / "cetrack.sqlite3").is_file():
        return None
    try:
        from cetrack.web.server import setup_django

        setup_django()
        from django.db import DatabaseError

        from cetrack.issuing.keystore import database_resolver, database_status_lists
    except Exception:  # an app that cannot start: verify offline, say nothing more
        return None
    try:
        database_resolver("did:web:localhost:orgs:probe#z6Mk" + "1" * 44)
    except DatabaseError:
        return None
    return database_resolver, database_status_lists


def cmd_verify(args: argparse.Namespace) -> int:
    try:
        document = parse_badge_text(_read(args.file))
        resolvers: list[KeyResolver] = [resolve_did_key, *_did_documents(args.did_document)]
    except BadInput as error:
        return _fail(str(error))
    status_lists: Callable[[str], Any] | None = None
    local = None if args.offline else _beside_the_app()
    if local is not None:
        resolvers.insert(0, local[0])
        status_lists = local[1]
    result = verify_credential(document, chain(resolvers), status_lists=status_lists)
    if result.code in NOT_A_CREDENTIAL:
        return _fail(f"{args.file}: {result.reason}")
    if args.json:
        sys.stdout.write(json.dumps(_as_json(result), ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write(render(result))
    return 0 if result.valid else NOT_VALID


def _as_json(result: Verification) -> dict[str, Any]:
    return {
        "status": result.status,
        "reason": result.reason,
        "code": result.code,
        "checks": [asdict(check) for check in result.checks],
        "notes": list(result.notes),
        "summary": asdict(result.summary) if result.summary else None,
    }


def _issuer(name: str, issuer_id: str) -> str:
    if name and issuer_id:
        return f"{name} ({issuer_id})"
    return name or issuer_id


def render(result: Verification) -> str:
    words = {"valid": "VALID", "revoked": "REVOKED", "expired": "EXPIRED", "invalid": "NOT VALID"}
    lines = [f"{words[result.status]}: {result.reason}"]
    summary = result.summary
    if summary is not None:
        for label, value in (
            ("Achievement", summary.title),
            ("Awarded to", summary.recipient_name),
            ("Issued by", _issuer(summary.issuer_name, summary.issuer_id)),
            ("Issued on", summary.issued[:10]),
            ("Valid until", summary.valid_until[:10]),
            ("Hours", summary.hours),
        ):
            if value:
                lines.append(f"  {label + ':':<13}{value}")
    for check in result.checks:
        mark = "ok" if check.ok else "not checked" if check.ok is None else "FAILED"
        lines.append(f"  [{mark}] {check.name}: {check.message}")
    lines.extend(f"  note: {note}" for note in result.notes)
    return "\n".join(lines) + "\n"
