"""The VC-JWT form of a credential (Open Badges 3.0 §8.2, "JSON Web Token Proof Format").

The JWT payload is the credential itself (embedded proof included, as the spec asks when both
forms are issued) plus the registered claims `iss` (issuer id), `jti` (credential id), `nbf`
(validFrom), `sub` (credentialSubject.id) and `exp` (validUntil, when there is one). The JOSE
header is `{"alg": "EdDSA", "kid": <verification method URL>, "typ": "JWT"}`. Signing and
checking the JWS are done by joserfc; cetrack only assembles the claims and checks that they
agree with the credential they carry.
"""

from __future__ import annotations

import base64
import binascii
import json
import warnings
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from joserfc import jwt
from joserfc.errors import JoseError
from joserfc.jwk import OKPKey
from joserfc.jws import JWSRegistry

from cetrack.core.issuing.keys import KeyResolver, ResolvedKey, SigningKey

ALGORITHMS = ("EdDSA", "Ed25519")  # RFC 8037's name and RFC 9864's fully specified one
SIGNING_ALGORITHM = "EdDSA"  # what OB 3.0 verifiers recognise today
MAX_TOKEN = 2_000_000
_REGISTRY = JWSRegistry(algorithms=list(ALGORITHMS))
CLAIMS = ("iss", "jti", "nbf", "sub", "exp", "iat")


def _timestamp(text: Any) -> int | None:
    if not isinstance(text, str):
        return None
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    return int(moment.timestamp()) if moment.tzinfo is not None else None


def jwt_claims(credential: Mapping[str, Any]) -> dict[str, Any]:
    issuer = credential.get("issuer")
    subject = credential.get("credentialSubject")
    claims: dict[str, Any] = dict(credential)
    claims["iss"] = issuer.get("id") if isinstance(issuer, Mapping) else issuer
    claims["jti"] = credential.get("id")
    claims["nbf"] = _timestamp(credential.get("validFrom"))
    if isinstance(subject, Mapping) and subject.get("id"):
        claims["sub"] = subject["id"]
    expires = _timestamp(credential.get("validUntil"))
    if expires is not None:
        claims["exp"] = expires
    return claims


def _okp(public_key: bytes) -> OKPKey:
    x = base64.urlsafe_b64encode(public_key).decode("ascii").rstrip("=")
    return OKPKey.import_key({"kty": "OKP", "crv": "Ed25519", "x": x})


def sign_jwt(credential: Mapping[str, Any], key: SigningKey) -> str:
    """The compact JWS of the credential, signed with the issuer's Ed25519 key."""
    private = OKPKey.import_key(key.private)
    header = {"alg": SIGNING_ALGORITHM, "kid": key.verification_method, "typ": "JWT"}
    with warnings.catch_warnings():
        # joserfc notes that RFC 9864 deprecates the name "EdDSA"; OB 3.0 verifiers expect it
        warnings.simplefilter("ignore")
        return jwt.encode(header, jwt_claims(credential), private, registry=_REGISTRY)


@dataclass(frozen=True, slots=True)
class JwtCheck:
    ok: bool
    code: str  # ok, malformed, unknown-key, wrong-issuer, bad-signature, claims-mismatch
    message: str
    credential: dict[str, Any] | None = None  # the credential carried (claims removed)
    key: ResolvedKey | None = None
    embedded_key: bool = False  # checked with a key the token itself carries (`jwk` header)


def unverified_parts(token: str) -> tuple[dict[str, Any], dict[str, Any]] | None:
    """(header, payload) of a compact JWS without checking it, or None if it is not one."""
    parts = token.split(".")
    if len(parts) != 3 or len(token) > MAX_TOKEN:
        return None
    try:
        header = json.loads(_b64(parts[0]))
        payload = json.loads(_b64(parts[1]))
    except (ValueError, binascii.Error, RecursionError):
        return None
    if not isinstance(header, dict) or not isinstance(payload, dict):
        return None
    return header, payload


def _b64(part: str) -> bytes:
    if not part.isascii():
        raise ValueError("not base64url")
    return base64.urlsafe_b64decode(part + "=" * (-len(part) % 4))


def credential_of(payload: Mapping[str, Any]) -> dict[str, Any]:
    """The credential inside a JWT payload: the `vc` claim (VC 1.1 style) or the payload."""
    inner = payload.get("vc")
    if isinstance(inner, Mapping):
        return dict(inner)
    return {k: v for k, v in payload.items() if k not in CLAIMS}


def verify_jwt(token: str, resolver: KeyResolver) -> JwtCheck:
    """Checks the JWS signature and that the registered claims agree with the credential."""
    parts = unverified_parts(token.strip())
    if parts is None:
        return JwtCheck(False, "malformed", "not a compact JWT (header.payload.signature)")
    header, payload = parts
    if header.get("alg") not in ALGORITHMS:
        return JwtCheck(
            False,
            "unsupported",
            f"JWT algorithm {str(header.get('alg'))[:40]!r} "
            "is not supported (cetrack checks EdDSA / Ed25519)",
        )
    key, embedded = _key_for(header, resolver)
    if key is None:
        kid = str(header.get("kid", ""))[:300]
        return JwtCheck(
            False, "unknown-key", f"no public key could be found for {kid or 'the JWT'}"
        )
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            jwt.decode(token.strip(), _okp(key.public_key), registry=_REGISTRY)
    except (JoseError, ValueError, TypeError):
        return JwtCheck(False, "bad-signature", "the JWT's signature does not match", key=key)
    credential = credential_of(payload)
    mismatch = _claims_mismatch(payload, credential)
    if mismatch:
        return JwtCheck(False, "claims-mismatch", mismatch, credential, key)
    issuer = jwt_claims(credential).get("iss")
    if not embedded and key.controller != issuer:
        return JwtCheck(
            False,
            "wrong-issuer",
            "the JWT's key does not belong to the credential's issuer",
            credential,
            key,
        )
    return JwtCheck(True, "ok", "the JWT signature is valid", credential, key, embedded)


def _key_for(header: Mapping[str, Any], resolver: KeyResolver) -> tuple[ResolvedKey | None, bool]:
    kid = header.get("kid")
    if isinstance(kid, str) and kid:
        return resolver(kid), False
    jwk = header.get("jwk")
    if isinstance(jwk, Mapping) and jwk.get("kty") == "OKP" and jwk.get("crv") == "Ed25519":
        if "d" in jwk:
            return None, True
        try:
            raw = _b64(str(jwk.get("x", "")))
        except (ValueError, binascii.Error):
            return None, True
        if len(raw) == 32:
            return ResolvedKey("jwk", "", raw, source="a key carried in the JWT header"), True
    return None, False


def _claims_mismatch(payload: Mapping[str, Any], credential: Mapping[str, Any]) -> str | None:
    expected = jwt_claims(credential)
    for claim in ("iss", "jti", "nbf", "sub", "exp"):
        if claim in payload and claim in expected and payload[claim] != expected[claim]:
            return f"the JWT claim {claim} does not match the credential it carries"
    for claim in ("iss", "jti"):
        if claim not in payload:
            return f"the JWT lacks the {claim} claim"
    return None
