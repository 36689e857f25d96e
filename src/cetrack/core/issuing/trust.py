"""Where verification finds keys when the caller names none (certificate capture).

By default only self-certifying keys (did:key). An application that knows more keys registers a
resolver once at start-up: the web app registers its own organisations' keys and status lists
(`cetrack.issuing.apps`), so a certificate this cetrack issued and a member later imports is
verified on import. A registered resolver that fails counts as "key not found".
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from cetrack.core.issuing.keys import KeyResolver, ResolvedKey, resolve_did_key
from cetrack.core.issuing.verify import StatusListSource, verify_credential

_registered: list[tuple[KeyResolver, StatusListSource | None]] = []


def register(resolver: KeyResolver, status_lists: StatusListSource | None = None) -> None:
    if all(resolver is not known for known, _ in _registered):
        _registered.append((resolver, status_lists))


def default_resolver(url: str) -> ResolvedKey | None:
    found = resolve_did_key(url)
    for resolver, _ in _registered:
        if found is not None:
            break
        try:
            found = resolver(url)
        except Exception:  # a resolver that cannot answer (no database here) knows no key
            found = None
    return found


def default_status_lists(url: str) -> Mapping[str, Any] | None:
    for _, source in _registered:
        if source is None:
            continue
        try:
            found = source(url)
        except Exception:
            found = None
        if found is not None:
            return found
    return None


def proof_note(document: Mapping[str, Any]) -> str | None:
    """What an import should say about a badge's signature, or None when no key was found
    (the caller then keeps its own "not verified" wording)."""
    result = verify_credential(document, default_resolver, status_lists=default_status_lists)
    if result.code in {"unknown-key", "unsupported-proof", "no-proof", "unknown-context"}:
        return None
    issuer = result.summary.issuer_name if result.summary else ""
    if result.valid:
        return f"the badge's signature was verified (issuer: {issuer or 'unnamed'})"
    if result.status in {"revoked", "expired"}:
        return f"the badge's signature was verified, but it is {result.status}: {result.reason}"
    return f"the badge's signature check failed: {result.reason}"
