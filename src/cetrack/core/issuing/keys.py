"""Ed25519 keys (through `cryptography`) and how a verifier finds a public key.

A verification method is named by a URL such as `did:web:lab.example:orgs:acme#z6Mk…` (a key
published by an organisation) or `did:key:z6Mk…#z6Mk…` (a key that is its own identifier). A
`KeyResolver` turns that URL into a `ResolvedKey` or None when it cannot; resolvers are plain
callables, chained with `chain`. The core ships resolvers for did:key and for a DID document
the caller already has (a saved did.json); the web app adds one that reads its own database.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from cetrack.core.issuing.multibase import ed25519_from_multikey, ed25519_multikey


@dataclass(frozen=True, slots=True)
class SigningKey:
    """An issuer's private key with the verification method URL that names its public half."""

    private: Ed25519PrivateKey
    verification_method: str

    @classmethod
    def from_seed(cls, seed: bytes, verification_method: str) -> SigningKey:
        return cls(Ed25519PrivateKey.from_private_bytes(seed), verification_method)

    @property
    def public_bytes(self) -> bytes:
        return self.private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)

    @property
    def public_multibase(self) -> str:
        return ed25519_multikey(self.public_bytes)

    def sign(self, data: bytes) -> bytes:
        return self.private.sign(data)


def new_seed() -> bytes:
    """32 random bytes: a new Ed25519 private key (raw form)."""
    return Ed25519PrivateKey.generate().private_bytes_raw()


def public_multibase_of(seed: bytes) -> str:
    public = Ed25519PrivateKey.from_private_bytes(seed).public_key()
    return ed25519_multikey(public.public_bytes(Encoding.Raw, PublicFormat.Raw))


@dataclass(frozen=True, slots=True)
class ResolvedKey:
    id: str  # the verification method URL
    controller: str  # the DID (or URL) that controls the key: must be the credential's issuer
    public_key: bytes  # 32 bytes, Ed25519
    retired_at: datetime | None = None  # rotated out: signatures made after this are refused
    source: str = ""  # where the key came from, in words ("did:key", "this cetrack's records")

    def verifies(self, signature: bytes, data: bytes) -> bool:
        try:
            Ed25519PublicKey.from_public_bytes(self.public_key).verify(signature, data)
        except (InvalidSignature, ValueError):
            return False
        return True


KeyResolver = Callable[[str], ResolvedKey | None]


def resolve_did_key(url: str) -> ResolvedKey | None:
    """did:key:z6Mk… (optionally #z6Mk…): the key is the identifier itself."""
    if not isinstance(url, str) or not url.startswith("did:key:"):
        return None
    did, _, fragment = url.partition("#")
    multikey = did.removeprefix("did:key:")
    if fragment and fragment != multikey:
        return None
    public = ed25519_from_multikey(multikey)
    if public is None:
        return None
    return ResolvedKey(id=f"{did}#{multikey}", controller=did, public_key=public, source="did:key")


def did_document_resolver(document: Mapping[str, Any], source: str) -> KeyResolver:
    """Resolves the Multikey verification methods listed for assertion in a DID document."""
    did = document.get("id")
    methods = document.get("verificationMethod")
    allowed = {
        item if isinstance(item, str) else item.get("id")
        for item in _list(document.get("assertionMethod"))
        if isinstance(item, str | dict)
    }
    found: dict[str, ResolvedKey] = {}
    for method in _list(methods):
        if not isinstance(method, dict) or method.get("id") not in allowed:
            continue
        public = ed25519_from_multikey(method.get("publicKeyMultibase", ""))
        controller = method.get("controller")
        if public is None or not isinstance(did, str) or controller != did:
            continue
        method_id = str(method["id"])
        absolute = f"{did}{method_id}" if method_id.startswith("#") else method_id
        found[absolute] = ResolvedKey(absolute, did, public, source=source)

    def resolve(url: str) -> ResolvedKey | None:
        return found.get(url)

    return resolve


def chain(resolvers: Iterable[KeyResolver]) -> KeyResolver:
    """The first resolver that knows the key answers."""
    listed = tuple(resolvers)

    def resolve(url: str) -> ResolvedKey | None:
        for resolver in listed:
            key = resolver(url)
            if key is not None:
                return key
        return None

    return resolve


def _list(value: Any) -> list[Any]:
    if isinstance(value, list):
        return value
    return [] if value is None else [value]
