"""Verifying an Open Badges 3.0 credential: proof, JWT, dates and revocation, as data.

`verify_credential(document, resolver)` takes the credential as JSON (with its embedded proof)
or as a compact JWT, and returns a `Verification`: `valid`, `revoked`, `expired` or `invalid`,
the reason in plain words, a `code` for programs (`unknown-key` when no public key could be
found, so a caller can say "not verified" rather than "forged"), each check made, and what the
badge states (issuer, recipient, achievement, hours, dates). It never raises on bad input.

Order (OB 3.0 §9 "Verification"): the shape of an Open Badge, then every proof present (the
embedded proof, and the JWT when there is one: both must hold), then the revocation bit in the
issuer's signed Bitstring Status List, then the validity dates. A status list the caller
cannot supply (offline) leaves revocation unchecked, and the result says so.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from cetrack.core.issuing.dataintegrity import issuer_id, verify_proof
from cetrack.core.issuing.keys import KeyResolver
from cetrack.core.issuing.statuslist import bit, decode_list, entry_fields
from cetrack.core.issuing.vcjwt import credential_of, unverified_parts, verify_jwt

StatusListSource = Callable[[str], Mapping[str, Any] | None]
BADGE_TYPES = frozenset({"OpenBadgeCredential", "AchievementCredential"})
VALID, REVOKED, EXPIRED, INVALID = "valid", "revoked", "expired", "invalid"
MAX_INPUT = 2_000_000


@dataclass(frozen=True, slots=True)
class Check:
    name: str  # proof, jwt, status, dates, shape
    ok: bool | None  # None: not checked (e.g. offline), with the reason
    message: str


@dataclass(frozen=True, slots=True)
class BadgeSummary:
    credential_id: str
    issuer_id: str
    issuer_name: str
    recipient_name: str
    title: str
    description: str
    hours: str  # creditsEarned as written, "" when absent
    issued: str  # validFrom (or issuanceDate), ISO text
    valid_until: str


@dataclass(frozen=True, slots=True)
class Verification:
    status: str
    reason: str
    code: str
    checks: tuple[Check, ...] = ()
    summary: BadgeSummary | None = None
    credential: dict[str, Any] | None = None
    notes: tuple[str, ...] = field(default=())

    @property
    def valid(self) -> bool:
        return self.status == VALID


class BadInput(Exception):
    """The input is not a credential at all (not JSON, not a JWT, not an object)."""


def parse_badge_text(text: str) -> dict[str, Any] | str:
    """A credential document (JSON object) or a compact JWT from file text; raises BadInput."""
    stripped = text.strip().lstrip("\ufeff")
    if not stripped:
        raise BadInput("the file is empty")
    if len(stripped) > MAX_INPUT:
        raise BadInput("the file is larger than 2 MB, too large for a credential")
    if stripped.startswith("{"):
        try:
            document = json.loads(stripped)
        except json.JSONDecodeError as error:
            raise BadInput(
                f"not valid JSON: {error.msg} (line {error.lineno}, column {error.colno})"
            ) from None
        except (RecursionError, ValueError):
            raise BadInput("not a JSON credential (nested too deeply or a huge number)") from None
        if not isinstance(document, dict):
            raise BadInput("the JSON is not an object")
        return document
    if stripped.count(".") == 2 and unverified_parts(stripped) is not None:
        return stripped
    raise BadInput("neither a JSON credential nor a compact JWT (header.payload.signature)")


def _text(value: Any, limit: int = 500) -> str:
    return value.strip()[:limit] if isinstance(value, str) else ""


def summarize(credential: Mapping[str, Any]) -> BadgeSummary:
    issuer = credential.get("issuer")
    subject = credential.get("credentialSubject")
    subject = subject if isinstance(subject, Mapping) else {}
    achievement = subject.get("achievement")
    achievement = achievement if isinstance(achievement, Mapping) else {}
    name = ""
    for identity in subject.get("identifier") or []:
        if (
            isinstance(identity, Mapping)
            and identity.get("identityType") == "name"
            and identity.get("hashed") is False
        ):
            name = _text(identity.get("identityHash"))
            break
    hours = subject.get("creditsEarned")
    return BadgeSummary(
        credential_id=_text(credential.get("id")),
        issuer_id=issuer_id(credential) or "",
        issuer_name=_text(issuer.get("name")) if isinstance(issuer, Mapping) else "",
        recipient_name=name or _text(subject.get("name")),
        title=_text(achievement.get("name")) or _text(credential.get("name")),
        description=_text(achievement.get("description"), 4000),
        hours=f"{hours:g}"
        if isinstance(hours, int | float) and not isinstance(hours, bool)
        else "",
        issued=_text(credential.get("validFrom") or credential.get("issuanceDate")),
        valid_until=_text(credential.get("validUntil") or credential.get("expirationDate")),
    )


def _shape_problem(credential: Mapping[str, Any]) -> str | None:
    types = credential.get("type")
    listed = {types} if isinstance(types, str) else set(types) if isinstance(types, list) else set()
    if "VerifiableCredential" not in listed or not listed & BADGE_TYPES:
        return "not an Open Badges 3.0 credential (type must include OpenBadgeCredential)"
    subject = credential.get("credentialSubject")
    if not isinstance(subject, Mapping) or not (subject.get("id") or subject.get("identifier")):
        return "the credential's subject has neither an id nor an identifier"
    if not isinstance(subject.get("achievement"), Mapping):
        return "the credential names no achievement"
    if issuer_id(credential) is None:
        return "the credential names no issuer"
    return None


def _moment(value: Any) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def verify_credential(
    document: Mapping[str, Any] | str,
    resolver: KeyResolver,
    *,
    jwt: str | None = None,
    status_lists: StatusListSource | None = None,
    now: datetime | None = None,
) -> Verification:
    """Verify a credential (JSON with an embedded proof, or a compact JWT); never raises.

    `jwt` is the same credential's VC-JWT when the caller has both forms (both are checked and
    must carry the same credential). `status_lists` returns a status list credential by URL."""
    try:
        return _verify(document, resolver, jwt, status_lists, now or datetime.now(UTC))
    except RecursionError:
        return Verification(INVALID, "the credential is nested too deeply", "malformed")


def _verify(
    document: Mapping[str, Any] | str,
    resolver: KeyResolver,
    token: str | None,
    status_lists: StatusListSource | None,
    now: datetime,
) -> Verification:
    checks: list[Check] = []
    notes: list[str] = []
    credential: dict[str, Any] | None = dict(document) if isinstance(document, Mapping) else None
    token = document if isinstance(document, str) else token
    if token is not None:
        parts = unverified_parts(token.strip())
        if parts is None:
            return _invalid("not a compact JWT (header.payload.signature)", "malformed", [], None)
        carried = credential_of(parts[1])
        if credential is None:
            credential = carried
        elif carried != credential:
            return _invalid(
                "the JWT and the JSON credential differ", "jwt-mismatch", [], credential
            )
    if credential is None:
        return _invalid("no credential found", "malformed", checks, None)
    shape = _shape_problem(credential)
    if shape:
        checks.append(Check("shape", False, shape))
        return _invalid(shape, "not-a-badge", checks, credential)
    checks.append(Check("shape", True, "an Open Badges 3.0 credential"))
    if token is not None:
        jwt_check = verify_jwt(token, resolver)
        checks.append(Check("jwt", jwt_check.ok, jwt_check.message))
        if jwt_check.embedded_key:
            notes.append(
                "checked with a key the JWT itself carries: this shows the badge was not changed "
                "after signing, not who signed it"
            )
        if not jwt_check.ok:
            return _invalid(jwt_check.message, jwt_check.code, checks, credential, notes)
    if "proof" in credential or token is None:
        proof = verify_proof(credential, resolver)
        checks.append(Check("proof", proof.ok, proof.message))
        if not proof.ok:
            return _invalid(proof.message, proof.code, checks, credential, notes)
        if proof.key is not None and proof.key.source:
            notes.append(f"issuer key found in {proof.key.source}")
    return _status_and_dates(credential, resolver, status_lists, now, checks, notes)


def _status_and_dates(
    credential: dict[str, Any],
    resolver: KeyResolver,
    status_lists: StatusListSource | None,
    now: datetime,
    checks: list[Check],
    notes: list[str],
) -> Verification:
    revoked = _status(credential, resolver, status_lists, checks, notes)
    if revoked is not None:
        return _result(REVOKED, revoked, "revoked", checks, credential, notes)
    starts, ends = (
        _moment(credential.get("validFrom") or credential.get("issuanceDate")),
        _moment(credential.get("validUntil") or credential.get("expirationDate")),
    )
    if starts is not None and starts > now:
        message = f"not valid until {starts.date().isoformat()}"
        checks.append(Check("dates", False, message))
        return _invalid(message, "not-yet-valid", checks, credential, notes)
    if ends is not None and ends <= now:
        message = f"expired on {ends.date().isoformat()}"
        checks.append(Check("dates", False, message))
        return _result(EXPIRED, message, "expired", checks, credential, notes)
    checks.append(Check("dates", True, "within its validity dates"))
    return _result(VALID, "signature and status check out", "ok", checks, credential, notes)


def _status(
    credential: Mapping[str, Any],
    resolver: KeyResolver,
    status_lists: StatusListSource | None,
    checks: list[Check],
    notes: list[str],
) -> str | None:
    """The revocation reason when the credential's status bit is set, else None."""
    raw = credential.get("credentialStatus")
    entries = raw if isinstance(raw, list) else [raw] if raw is not None else []
    for entry in entries:
        fields = entry_fields(entry)
        if fields is None:
            checks.append(Check("status", None, "a credentialStatus entry cetrack cannot read"))
            continue
        url, index, purpose = fields
        if purpose != "revocation":
            continue
        listed = status_lists(url) if status_lists is not None else None
        if listed is None:
            message = f"revocation not checked: the status list {url[:200]} is not available here"
            checks.append(Check("status", None, message))
            notes.append(message)
            continue
        problem, bits = _read_list(listed, credential, resolver, purpose)
        if bits is None or index >= len(bits) * 8:
            message = problem or "the status list is shorter than the credential's index"
            checks.append(Check("status", False, message))
            notes.append(f"revocation could not be checked: {message}")
            continue
        if bit(bits, index):
            checks.append(Check("status", False, "revoked by its issuer"))
            return "revoked by its issuer"
        checks.append(Check("status", True, "not revoked"))
    return None


def _read_list(
    listed: Mapping[str, Any], credential: Mapping[str, Any], resolver: KeyResolver, purpose: str
) -> tuple[str | None, bytes | None]:
    proof = verify_proof(listed, resolver)
    if not proof.ok:
        return f"the status list's own proof failed: {proof.message}", None
    if issuer_id(listed) != issuer_id(credential):
        return "the status list was not issued by the credential's issuer", None
    subject = listed.get("credentialSubject")
    if not isinstance(subject, Mapping) or subject.get("statusPurpose") != purpose:
        return "the status list is not a revocation list", None
    bits = decode_list(subject.get("encodedList"))
    if bits is None:
        return "the status list's bitstring cannot be read", None
    return None, bits


def _invalid(
    reason: str,
    code: str,
    checks: list[Check],
    credential: dict[str, Any] | None,
    notes: list[str] | None = None,
) -> Verification:
    return _result(INVALID, reason, code, checks, credential, notes or [])


def _result(
    status: str,
    reason: str,
    code: str,
    checks: list[Check],
    credential: dict[str, Any] | None,
    notes: list[str],
) -> Verification:
    summary = summarize(credential) if credential is not None else None
    return Verification(
        status, reason, code, tuple(checks), summary, credential, tuple(dict.fromkeys(notes))
    )
