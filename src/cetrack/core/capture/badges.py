"""Open Badges 3.0 and CLR 2.0 credentials (1EdTech) into draft activities.

Read forms: the JSON credential (`OpenBadgeCredential` / `AchievementCredential`, a
`ClrCredential` wrapping several), the compact JWT form (header.payload.signature; the payload's
`vc` claim or the payload itself), and a PNG with the credential baked into an `iTXt` chunk
(keyword `openbadgecredential`, or `openbadges` for Open Badges 2.0). An Open Badges 2.0
`Assertion` with its BadgeClass embedded is read too; one that only links to it is not fetched.

Mapping (docs/research/external-material.md 4.2): title = achievement.name; provider =
achievement.creator.name, else issuer.name; hours = credentialSubject.creditsEarned, else
achievement.creditsAvailable (lower confidence); dates = activityStartDate / activityEndDate,
else the award or issue date; VC 1.1 `issuanceDate`/`expirationDate` and VC 2.0
`validFrom`/`validUntil` both count; licence = credentialSubject.licenseNumber; course number =
achievement.humanCode. Topics are left to the caller. An expired badge still gives a draft,
with a note. An embedded proof is verified through cetrack.core.issuing (keys it can
resolve: did:key, and the web app's own organisations); where no key resolves, the draft says
the signature was not verified. A JWT's signature is not checked here.
"""

from __future__ import annotations

import base64
import binascii
import codecs
import json
import re
import zlib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from cetrack.core.capture.draft import DEFAULT_LIMITS, Capture, CaptureError, Draft, Field, Limits
from cetrack.core.capture.values import find_accreditations, find_amounts, plain_decimal
from cetrack.core.issuing.trust import proof_note
from cetrack.core.ledger import AMOUNT_LIMITS, EARLIEST_DATE

JSON_TYPE = "application/json"
JWT_TYPE = "application/jwt"
PNG_TYPE = "image/png"
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
BADGE_KEYWORDS = (b"openbadgecredential", b"openbadges")
NOT_VERIFIED = "the badge's signature was not verified"
JWT_NOT_VERIFIED = "read from a JWT; its signature was not verified"

_JWT = re.compile(r"[A-Za-z0-9_-]+\.([A-Za-z0-9_-]+)\.[A-Za-z0-9_-]*")
_BADGE_TYPES = frozenset({"OpenBadgeCredential", "AchievementCredential"})
_MAX_SCAN_CHARS = 10_000  # characters of description scanned for hours / accreditation


class _Refused(Exception):
    def __init__(self, error: CaptureError) -> None:
        super().__init__(error.message)
        self.error = error


def read_badge(
    name: str, content: bytes, *, today: date, limits: Limits = DEFAULT_LIMITS
) -> Capture:
    """Drafts from an Open Badge / CLR file (JSON, JWT or baked PNG); never raises."""
    content_type = PNG_TYPE if content.startswith(PNG_MAGIC) else JSON_TYPE
    try:
        if not content:
            raise _Refused(CaptureError("empty", "the file is empty"))
        if len(content) > limits.max_bytes:
            megabytes = limits.max_bytes // (1024 * 1024)
            raise _Refused(CaptureError("too-large", f"the file is larger than {megabytes} MB"))
        text = _png_payload(content, limits) if content_type == PNG_TYPE else _decode(content)
        notes: list[str] = []
        document, from_jwt = _load(text, limits)
        if from_jwt:
            notes.append(JWT_NOT_VERIFIED)
            content_type = JWT_TYPE if content_type == JSON_TYPE else content_type
        drafts, errors = _drafts(document, today=today, limits=limits, notes=notes)
    except _Refused as refused:
        return Capture(file=name, content_type=content_type, errors=(refused.error,))
    except RecursionError:
        error = CaptureError("too-large", "the JSON is nested too deeply to be a credential")
        return Capture(file=name, content_type=content_type, errors=(error,))
    return Capture(file=name, content_type=content_type, drafts=tuple(drafts), errors=tuple(errors))


# ---------------------------------------------------------------------------------------------
# Bytes -> JSON


def _decode(content: bytes) -> str:
    try:
        if content.startswith(codecs.BOM_UTF8):
            return content[3:].decode("utf-8")
        if content.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            return content.decode("utf-16")
        return content.decode("utf-8")
    except UnicodeDecodeError as error:
        raise _Refused(
            CaptureError(
                "encoding",
                f"not UTF-8 text (byte {error.start + 1}): a badge is a JSON file, a JWT or a PNG",
            )
        ) from None


def _png_payload(content: bytes, limits: Limits) -> str:
    """The text baked into a PNG's iTXt (or tEXt) chunk under an Open Badges keyword."""
    position = len(PNG_MAGIC)
    while position + 8 <= len(content):
        length = int.from_bytes(content[position : position + 4], "big")
        kind = content[position + 4 : position + 8]
        data = content[position + 8 : position + 8 + length]
        if len(data) < length:
            break
        if kind == b"iTXt":
            keyword, _, rest = data.partition(b"\x00")
            if keyword in BADGE_KEYWORDS:
                return _itxt_text(rest, limits)
        elif kind == b"tEXt":
            keyword, _, rest = data.partition(b"\x00")
            if keyword in BADGE_KEYWORDS:
                return rest.decode("latin-1")
        elif kind == b"IEND":
            break
        position += 12 + length
    raise _Refused(
        CaptureError(
            "unsupported",
            "a PNG image with no Open Badge baked into it (no 'openbadgecredential' iTXt "
            "chunk); import the badge's JSON instead",
        )
    )


def _itxt_text(rest: bytes, limits: Limits) -> str:
    if len(rest) < 2:
        raise _Refused(CaptureError("corrupt", "the PNG's badge chunk is cut short"))
    compressed, after = rest[0], rest[2:]
    _language, _, after = after.partition(b"\x00")
    _translated, _, payload = after.partition(b"\x00")
    if compressed:
        inflater = zlib.decompressobj()
        try:
            payload = inflater.decompress(payload, limits.max_bytes + 1)
        except zlib.error:
            raise _Refused(
                CaptureError("corrupt", "the PNG's badge chunk cannot be inflated")
            ) from None
        if len(payload) > limits.max_bytes or inflater.unconsumed_tail:
            raise _Refused(CaptureError("too-large", "the PNG's badge chunk inflates too large"))
    try:
        return payload.decode("utf-8")
    except UnicodeDecodeError:
        raise _Refused(
            CaptureError("encoding", "the PNG's badge chunk is not UTF-8 text")
        ) from None


def _load(text: str, limits: Limits) -> tuple[Any, bool]:
    """(the JSON document, whether it came out of a JWT)."""
    stripped = text.strip().lstrip("\ufeff")
    if not stripped:
        raise _Refused(CaptureError("empty", "the file holds no text"))
    if re.match(r"https?://", stripped) and len(stripped) < 2_000 and "\n" not in stripped:
        raise _Refused(
            CaptureError(
                "unsupported",
                f"the badge only links to its assertion ({stripped[:100]}); cetrack does not "
                "fetch it: download the assertion JSON and import that",
            )
        )
    jwt = _JWT.fullmatch(stripped)
    if jwt:
        return _jwt_payload(jwt.group(1)), True
    return _parse_json(stripped, "the file"), False


def _jwt_payload(part: str) -> Any:
    try:
        raw = base64.urlsafe_b64decode(part + "=" * (-len(part) % 4))
    except (binascii.Error, ValueError):
        raise _Refused(CaptureError("corrupt", "the JWT's payload is not base64url")) from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise _Refused(CaptureError("corrupt", "the JWT's payload is not UTF-8 JSON")) from None
    payload = _parse_json(text, "the JWT payload")
    if not isinstance(payload, dict):
        return payload
    inner = payload.get("vc")
    credential = dict(inner) if isinstance(inner, dict) else dict(payload)
    # VC-JWT registered claims stand in for dates the credential leaves out
    for claim, keys in (
        ("nbf", ("validFrom", "issuanceDate")),
        ("exp", ("validUntil", "expirationDate")),
    ):
        stamp = payload.get(claim)
        if any(key in credential for key in keys) or isinstance(stamp, bool):
            continue
        if isinstance(stamp, int | float):
            try:
                credential[keys[0]] = datetime.fromtimestamp(stamp, UTC).isoformat()
            except (OverflowError, OSError, ValueError):
                continue
    return credential


def _parse_json(text: str, what: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise _Refused(
            CaptureError(
                "corrupt",
                f"{what} is not valid JSON: {error.msg}",
                f"line {error.lineno}, column {error.colno}",
            )
        ) from None
    except RecursionError:
        raise _Refused(
            CaptureError("too-large", f"{what} is JSON nested too deeply to be a credential")
        ) from None
    except ValueError:  # an integer with more digits than Python converts
        raise _Refused(
            CaptureError("corrupt", f"{what} holds a number with thousands of digits")
        ) from None


# ---------------------------------------------------------------------------------------------
# JSON -> drafts


def _types(node: Mapping[str, Any]) -> frozenset[str]:
    raw = node.get("type", node.get("@type"))
    if isinstance(raw, str):
        return frozenset({raw})
    if isinstance(raw, list):
        return frozenset(item for item in raw if isinstance(item, str))
    return frozenset()


def _dict(value: Any) -> dict[str, Any] | None:
    if isinstance(value, dict):
        return value
    if isinstance(value, list):
        return next((item for item in value if isinstance(item, dict)), None)
    return None


def _text(value: Any, limit: int = 500) -> str | None:
    if isinstance(value, str) and value.strip():
        cleaned = " ".join(value.split())
        return cleaned[:limit]
    return None


def _iso_date(value: Any) -> date | None:
    if not isinstance(value, str):
        return None
    match = re.match(r"\s*(\d{4})-(\d{2})-(\d{2})", value)
    if not match:
        return None
    try:
        found = date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return None
    return found if EARLIEST_DATE <= found <= date(2200, 12, 31) else None


def _amount(value: Any) -> Decimal | None:
    if isinstance(value, bool):
        return None
    try:
        if isinstance(value, int | float):
            number = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
        elif isinstance(value, str) and re.fullmatch(r"\s*\d{1,6}(?:\.\d{1,6})?\s*", value):
            number = Decimal(value.strip())
        else:
            return None
    except (InvalidOperation, ValueError):
        return None
    if not number.is_finite() or number <= 0 or number > AMOUNT_LIMITS["hours"]:
        return None
    if number.quantize(Decimal("0.01")) != number:
        return None
    return number


@dataclass(frozen=True, slots=True)
class _Context:
    today: date
    notes: tuple[str, ...]  # for every draft (JWT, ...)
    issuer: str | None = None  # the wrapping CLR's issuer, for achievements without a creator
    issuer_id: str | None = None
    learner: Field | None = None  # the CLR subject's name, if it gives one


def _drafts(
    document: Any, *, today: date, limits: Limits, notes: list[str]
) -> tuple[list[Draft], list[CaptureError]]:
    if isinstance(document, list) and document and all(isinstance(i, dict) for i in document):
        # a JSON array of credentials, as some wallets export them
        drafts: list[Draft] = []
        errors: list[CaptureError] = []
        context = _Context(today=today, notes=tuple(notes))
        for number, item in enumerate(document[: limits.max_rows], start=1):
            made = _clr_item(item, context, f"credential {number}")
            if isinstance(made, Draft):
                drafts.append(made)
            else:
                errors.append(made)
        return drafts, errors
    if not isinstance(document, dict):
        raise _Refused(
            CaptureError(
                "unsupported", "expected a JSON object (an Open Badges 3.0 or CLR 2.0 credential)"
            )
        )
    types = _types(document)
    context = _Context(today=today, notes=tuple(notes))
    if "ClrCredential" in types:
        return _clr(document, context, limits)
    if "EndorsementCredential" in types:
        raise _Refused(
            CaptureError(
                "unsupported",
                "an EndorsementCredential (one organisation vouching for another), not a badge "
                "earned by a person",
            )
        )
    subject = _dict(document.get("credentialSubject"))
    if types & _BADGE_TYPES or (subject is not None and _dict(subject.get("achievement"))):
        made = _credential(document, context, None)
        return ([made], []) if isinstance(made, Draft) else ([], [made])
    if "Assertion" in types or "badge" in document:
        made = _assertion_v2(document, context)
        return ([made], []) if isinstance(made, Draft) else ([], [made])
    shown = ", ".join(sorted(types)) or "none"
    raise _Refused(
        CaptureError(
            "unsupported",
            "not an Open Badges or CLR credential (its type is "
            f"{shown}); expected OpenBadgeCredential, AchievementCredential or ClrCredential",
            "$.type",
        )
    )


def _dates(document: Mapping[str, Any]) -> tuple[date | None, date | None, str, str]:
    """(issued, expires, issued key, expires key): VC 2.0 names first, then VC 1.1."""
    issued_key = next((k for k in ("validFrom", "issuanceDate") if k in document), "")
    expires_key = next((k for k in ("validUntil", "expirationDate") if k in document), "")
    issued = _iso_date(document.get(issued_key)) if issued_key else None
    expires = _iso_date(document.get(expires_key)) if expires_key else None
    return issued, expires, issued_key, expires_key


def _credential(
    document: Mapping[str, Any], context: _Context, where: str | None
) -> Draft | CaptureError:
    """A draft from one OpenBadgeCredential / AchievementCredential."""
    subject = _dict(document.get("credentialSubject"))
    if subject is None:
        return CaptureError(
            "missing-value",
            "the credential has no credentialSubject",
            where or "$.credentialSubject",
        )
    achievement = _dict(subject.get("achievement"))
    if achievement is None:
        return CaptureError(
            "missing-value",
            "the credential names no achievement (credentialSubject.achievement)",
            where or "$.credentialSubject.achievement",
        )
    fields: dict[str, Field] = {}
    notes: list[str] = list(context.notes)
    if "proof" in document:
        notes.append(proof_note(document) or NOT_VERIFIED)

    title = _text(achievement.get("name"))
    if title:
        fields["title"] = Field(title, 0.95, "achievement.name")
    elif _text(document.get("name")):
        fields["title"] = Field(_text(document.get("name")) or "", 0.6, "credential name")
    _provider(fields, achievement, document, context)
    _numbers(fields, achievement, subject)

    credits = _amount(subject.get("creditsEarned"))
    if credits is not None:
        fields["hours"] = Field(
            plain_decimal(credits), 0.75, f"creditsEarned {subject['creditsEarned']}"
        )
        notes.append("creditsEarned read as contact hours; check the unit on the certificate")
    else:
        _available_hours(fields, notes, achievement)

    issued, expires, issued_key, expires_key = _dates(document)
    awarded = _iso_date(document.get("awardedDate"))
    start = _iso_date(subject.get("activityStartDate"))
    end = _iso_date(subject.get("activityEndDate"))
    if start and end and start < end:
        fields["start"] = Field(start.isoformat(), 0.9, "activityStartDate")
        fields["end"] = Field(end.isoformat(), 0.9, "activityEndDate")
    elif end:
        fields["completed_on"] = Field(end.isoformat(), 0.9, "activityEndDate")
    elif start:
        fields["completed_on"] = Field(start.isoformat(), 0.8, "activityStartDate")
    elif awarded:
        fields["completed_on"] = Field(awarded.isoformat(), 0.75, "awardedDate")
    elif issued:
        fields["completed_on"] = Field(issued.isoformat(), 0.6, issued_key)
        notes.append(f"no activity date in the badge; the issue date ({issued_key}) is used")
    if issued:
        fields["issued_on"] = Field(issued.isoformat(), 0.95, issued_key)
    if expires:
        fields["expires_on"] = Field(expires.isoformat(), 0.95, expires_key)
        if expires <= context.today:
            notes.append(f"this badge expired on {expires.isoformat()}")

    _participant(fields, subject, context)
    _accreditation(fields, achievement, document)
    fields["evidence"] = Field("certificate", 0.9, "Open Badge")
    return Draft(fields=fields, origin="badge", where=where, notes=tuple(dict.fromkeys(notes)))


def _provider(
    fields: dict[str, Field],
    achievement: Mapping[str, Any],
    document: Mapping[str, Any] | None,
    context: _Context,
) -> None:
    creator = _dict(achievement.get("creator"))
    issuer = _dict(document.get("issuer")) if document is not None else None
    name = _text(creator.get("name")) if creator else None
    if name:
        fields["provider"] = Field(name, 0.9, "achievement.creator.name")
        return
    name = _text(issuer.get("name")) if issuer else None
    if name:
        fields["provider"] = Field(name, 0.8, "issuer.name")
        return
    if context.issuer:
        same = creator is not None and creator.get("id") == context.issuer_id
        fields["provider"] = Field(context.issuer, 0.8 if same else 0.5, "the CLR's issuer")


def _numbers(
    fields: dict[str, Field], achievement: Mapping[str, Any], subject: Mapping[str, Any] | None
) -> None:
    code = _text(achievement.get("humanCode"), 100)
    if code:
        fields["course_number"] = Field(code, 0.85, "achievement.humanCode")
    licence = _text(subject.get("licenseNumber"), 100) if subject else None
    if licence:
        fields["license_number"] = Field(licence, 0.9, "credentialSubject.licenseNumber")


def _available_hours(
    fields: dict[str, Field], notes: list[str], achievement: Mapping[str, Any]
) -> None:
    available = _amount(achievement.get("creditsAvailable"))
    if available is not None:
        fields["hours"] = Field(
            plain_decimal(available), 0.5, f"creditsAvailable {achievement['creditsAvailable']}"
        )
        notes.append("hours from the achievement's creditsAvailable, not what this person earned")
        return
    described = _text(achievement.get("description"), _MAX_SCAN_CHARS)
    found = find_amounts(described) if described else []
    if len(found) == 1:
        unit, amount = found[0]
        fields[unit] = Field(amount.value, 0.45, amount.raw)
        notes.append(f"amount read from the achievement's description ('{amount.raw}')")


def _participant(fields: dict[str, Field], subject: Mapping[str, Any], context: _Context) -> None:
    name = _text(subject.get("name"), 200)
    if name:
        fields["participant_name"] = Field(name, 0.8, "credentialSubject.name")
        return
    for identity in _each(subject.get("identifier")):
        if (
            identity.get("identityType") == "name"
            and identity.get("hashed") is False
            and _text(identity.get("identityHash"), 200)
        ):
            fields["participant_name"] = Field(
                _text(identity.get("identityHash"), 200) or "", 0.85, "credentialSubject.identifier"
            )
            return
    if context.learner is not None:
        fields["participant_name"] = context.learner


def _accreditation(
    fields: dict[str, Field], achievement: Mapping[str, Any], document: Mapping[str, Any] | None
) -> None:
    parts: list[str] = []
    for key in ("description", "name"):
        text = _text(achievement.get(key), _MAX_SCAN_CHARS)
        if text:
            parts.append(text)
    criteria = _dict(achievement.get("criteria"))
    if criteria and _text(criteria.get("narrative"), _MAX_SCAN_CHARS):
        parts.append(_text(criteria.get("narrative"), _MAX_SCAN_CHARS) or "")
    for alignment in _each(achievement.get("alignment"))[:20]:
        for key in ("targetName", "targetFramework"):
            text = _text(alignment.get(key))
            if text:
                parts.append(text)
    found = find_accreditations(" | ".join(parts))
    if found:
        ident, where = found[0]
        fields["accreditation"] = Field(ident, 0.5, where.raw)


def _each(value: Any) -> list[dict[str, Any]]:
    if isinstance(value, dict):
        return [value]
    if isinstance(value, list):
        return [item for item in value if isinstance(item, dict)]
    return []


def _clr(
    document: Mapping[str, Any], context: _Context, limits: Limits
) -> tuple[list[Draft], list[CaptureError]]:
    """One draft per credential embedded in a CLR, then per achievement listed on its own."""
    subject = _dict(document.get("credentialSubject"))
    if subject is None:
        raise _Refused(
            CaptureError("missing-value", "the CLR has no credentialSubject", "$.credentialSubject")
        )
    issuer = _dict(document.get("issuer"))
    learner = None
    for identity in _each(subject.get("identifier")):
        if identity.get("identityType") == "name" and identity.get("hashed") is False:
            text = _text(identity.get("identityHash"), 200)
            if text:
                learner = Field(text, 0.8, "the CLR's credentialSubject.identifier")
    clr_notes = list(context.notes)
    if "proof" in document:
        clr_notes.append("the CLR's signature was not verified")
    context = _Context(
        today=context.today,
        notes=tuple(clr_notes),
        issuer=_text(issuer.get("name")) if issuer else None,
        issuer_id=issuer.get("id") if issuer and isinstance(issuer.get("id"), str) else None,
        learner=learner,
    )
    issued, _expires, issued_key, _ = _dates(document)

    drafts: list[Draft] = []
    errors: list[CaptureError] = []
    by_achievement: dict[str, int] = {}  # achievement id -> index into drafts
    for number, item in enumerate(_items(subject.get("verifiableCredential")), start=1):
        if len(drafts) >= limits.max_rows:
            break
        where = f"credential {number}"
        made = _clr_item(item, context, where)
        if isinstance(made, CaptureError):
            errors.append(made)
            continue
        drafts.append(made)
        achievement = _achievement_of(item)
        if achievement and isinstance(achievement.get("id"), str):
            by_achievement.setdefault(achievement["id"], len(drafts) - 1)
    for number, achievement in enumerate(_each(subject.get("achievement")), start=1):
        if len(drafts) >= limits.max_rows:
            break
        ident = achievement.get("id")
        if isinstance(ident, str) and ident in by_achievement:
            continue  # already read with its own credential
        made = _bare_achievement(achievement, context, f"achievement {number}", issued, issued_key)
        if isinstance(made, CaptureError):
            errors.append(made)
            continue
        drafts.append(made)
        if isinstance(ident, str):
            by_achievement.setdefault(ident, len(drafts) - 1)
    _associations(drafts, by_achievement, subject.get("association"))
    if not drafts and not errors:
        errors.append(
            CaptureError(
                "empty", "the CLR holds no credential or achievement", "$.credentialSubject"
            )
        )
    return drafts, errors


def _items(value: Any) -> Iterator[Any]:
    if isinstance(value, list):
        yield from value
    elif value is not None:
        yield value


def _clr_item(item: Any, context: _Context, where: str) -> Draft | CaptureError:
    notes = context.notes
    if isinstance(item, str):
        match = _JWT.fullmatch(item.strip())
        if not match:
            return CaptureError(
                "unsupported", "an embedded credential that is neither JSON nor a JWT", where
            )
        try:
            item = _jwt_payload(match.group(1))
        except _Refused as refused:
            return _relocated(refused.error, where)
        notes = (*notes, JWT_NOT_VERIFIED)
    if not isinstance(item, dict):
        return CaptureError(
            "unsupported", "an embedded credential that is not a JSON object", where
        )
    if "ClrCredential" in _types(item):
        return CaptureError("unsupported", "a CLR nested inside a CLR is not read", where)
    inner = _Context(context.today, notes, context.issuer, context.issuer_id, context.learner)
    made = _credential(item, inner, where)
    if isinstance(made, CaptureError):
        return _relocated(made, where)
    return made


def _relocated(error: CaptureError, where: str) -> CaptureError:
    return CaptureError(error.code, error.message, where)


def _achievement_of(item: Any) -> dict[str, Any] | None:
    if not isinstance(item, dict):
        return None
    subject = _dict(item.get("credentialSubject"))
    return _dict(subject.get("achievement")) if subject else None


def _bare_achievement(
    achievement: Mapping[str, Any],
    context: _Context,
    where: str,
    issued: date | None,
    issued_key: str,
) -> Draft | CaptureError:
    title = _text(achievement.get("name"))
    if not title:
        return CaptureError("missing-value", "an achievement without a name", where)
    fields: dict[str, Field] = {"title": Field(title, 0.9, "achievement.name")}
    notes = list(context.notes)
    _provider(fields, achievement, None, context)
    _numbers(fields, achievement, None)
    _available_hours(fields, notes, achievement)
    if issued:
        fields["completed_on"] = Field(issued.isoformat(), 0.4, f"the CLR's {issued_key}")
        notes.append(
            "the CLR lists this achievement without its own credential; the date is the CLR's "
            "issue date"
        )
        fields["issued_on"] = Field(issued.isoformat(), 0.9, f"the CLR's {issued_key}")
    if context.learner is not None:
        fields["participant_name"] = context.learner
    _accreditation(fields, achievement, None)
    fields["evidence"] = Field("certificate", 0.8, "CLR achievement")
    return Draft(fields=fields, origin="badge", where=where, notes=tuple(dict.fromkeys(notes)))


def _associations(drafts: list[Draft], by_achievement: Mapping[str, int], value: Any) -> None:
    """Notes "part of ..." / "includes ..." from CLR isParentOf associations."""
    extra: dict[int, list[str]] = {}
    for association in _each(value)[:1000]:
        if association.get("associationType") != "isParentOf":
            continue
        source, target = association.get("sourceId"), association.get("targetId")
        if not isinstance(source, str) or not isinstance(target, str):
            continue
        parent, child = by_achievement.get(source), by_achievement.get(target)
        if parent is None or child is None or parent == child:
            continue
        parent_title = drafts[parent].text("title") or source
        child_title = drafts[child].text("title") or target
        extra.setdefault(child, []).append(f"part of '{parent_title}' (isParentOf)")
        extra.setdefault(parent, []).append(f"includes '{child_title}' (isParentOf)")
    for index, added in extra.items():
        draft = drafts[index]
        drafts[index] = Draft(
            fields=draft.fields,
            origin=draft.origin,
            where=draft.where,
            notes=tuple(dict.fromkeys((*draft.notes, *added))),
        )


def _assertion_v2(document: Mapping[str, Any], context: _Context) -> Draft | CaptureError:
    """An Open Badges 2.0 assertion with its BadgeClass embedded."""
    badge = document.get("badge")
    if isinstance(badge, str):
        return CaptureError(
            "unsupported",
            "an Open Badges 2.0 assertion that only links to its badge class; cetrack does not "
            "fetch it: import the badge as Open Badges 3.0 or enter it by hand",
            "$.badge",
        )
    if not isinstance(badge, dict):
        return CaptureError("missing-value", "the assertion has no badge", "$.badge")
    fields: dict[str, Field] = {}
    notes = [*context.notes, "an Open Badges 2.0 assertion; it was not verified"]
    title = _text(badge.get("name"))
    if title:
        fields["title"] = Field(title, 0.9, "badge.name")
    issuer = _dict(badge.get("issuer"))
    provider = _text(issuer.get("name")) if issuer else None
    if provider:
        fields["provider"] = Field(provider, 0.8, "badge.issuer.name")
    issued = _iso_date(document.get("issuedOn"))
    if issued:
        fields["completed_on"] = Field(issued.isoformat(), 0.6, "issuedOn")
        fields["issued_on"] = Field(issued.isoformat(), 0.95, "issuedOn")
        notes.append("no activity date in the badge; the issue date (issuedOn) is used")
    expires = _iso_date(document.get("expires"))
    if expires:
        fields["expires_on"] = Field(expires.isoformat(), 0.95, "expires")
        if expires <= context.today:
            notes.append(f"this badge expired on {expires.isoformat()}")
    _available_hours(fields, notes, badge)
    _accreditation(fields, badge, None)
    fields["evidence"] = Field("certificate", 0.9, "Open Badge")
    return Draft(fields=fields, origin="badge", where=None, notes=tuple(dict.fromkeys(notes)))


__all__ = ["JSON_TYPE", "JWT_TYPE", "NOT_VERIFIED", "PNG_TYPE", "read_badge"]
