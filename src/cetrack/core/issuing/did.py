"""did:web identifiers and the documents published for them (DID document and JWKS).

An organisation with slug `acme` on a cetrack served at `https://lab.example` is
`did:web:lab.example:orgs:acme`, whose DID document is served at
`https://lab.example/orgs/acme/did.json` (DID Web method: colons become slashes, a port's colon
is written `%3A`). Each key is a `Multikey` verification method whose fragment is the key's own
multibase text, so a key never changes name; retired keys stay listed so that credentials they
signed still verify. The same keys are offered as a JWKS (for the VC-JWT form).
"""

from __future__ import annotations

import base64
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote, unquote, urlsplit

from cetrack.core.issuing.multibase import ed25519_from_multikey

DID_CONTEXTS = ["https://www.w3.org/ns/did/v1", "https://w3id.org/security/multikey/v1"]


@dataclass(frozen=True, slots=True)
class PublishedKey:
    public_multibase: str
    retired: bool = False


def did_web(base_url: str, *path: str) -> str:
    """did:web for a path under a public base URL: ('https://lab.example:8443', 'orgs', 'acme')
    -> 'did:web:lab.example%3A8443:orgs:acme'."""
    parts = urlsplit(base_url)
    host = parts.hostname or "localhost"
    if parts.port:
        host = f"{host}%3A{parts.port}"
    segments = [s for s in parts.path.split("/") if s] + list(path)
    return ":".join(["did:web", host, *(quote(s, safe="") for s in segments)])


def did_web_url(did: str) -> str | None:
    """The https URL of a did:web DID's document, or None if it is not a did:web DID."""
    if not did.startswith("did:web:"):
        return None
    host, *segments = did.removeprefix("did:web:").split(":")
    if not host:
        return None
    path = "/".join(unquote(s) for s in segments) if segments else ".well-known"
    return f"https://{unquote(host)}/{path}/did.json"


def method_id(did: str, public_multibase: str) -> str:
    return f"{did}#{public_multibase}"


def did_document(did: str, keys: Iterable[PublishedKey]) -> dict[str, Any]:
    methods = [
        {
            "id": method_id(did, key.public_multibase),
            "type": "Multikey",
            "controller": did,
            "publicKeyMultibase": key.public_multibase,
        }
        for key in keys
    ]
    ids = [m["id"] for m in methods]
    return {
        "@context": DID_CONTEXTS,
        "id": did,
        "verificationMethod": methods,
        "assertionMethod": ids,
    }


def jwks(did: str, keys: Iterable[PublishedKey]) -> dict[str, Any]:
    """The same public keys as a JSON Web Key Set; each `kid` is the verification method URL."""
    listed = []
    for key in keys:
        raw = ed25519_from_multikey(key.public_multibase)
        if raw is None:
            continue
        listed.append(
            {
                "kty": "OKP",
                "crv": "Ed25519",
                "x": base64.urlsafe_b64encode(raw).decode("ascii").rstrip("="),
                "kid": method_id(did, key.public_multibase),
                "use": "sig",
                "alg": "EdDSA",
            }
        )
    return {"keys": listed}
