"""Data Integrity proofs, cryptosuite `eddsa-rdfc-2022` (W3C VC Data Integrity EdDSA).

Signing (§3.3 of the cryptosuite): the proof options (type, cryptosuite, created,
verificationMethod, proofPurpose) take the document's @context and are canonicalized with
RDFC-1.0; so is the document without its proof. The data signed with Ed25519 is
SHA-256(canonical proof options) followed by SHA-256(canonical document); the signature is the
proof's `proofValue` in multibase base58btc. Verification repeats the same steps with the
resolved public key. `tests/issuing/test_vectors.py` checks this against 1EdTech's published
Open Badges 3.0 test vector, byte for byte.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from cetrack.core.issuing.canon import CanonicalizationError, canonicalize
from cetrack.core.issuing.keys import KeyResolver, ResolvedKey, SigningKey
from cetrack.core.issuing.multibase import decode_multibase, encode_base58btc

PROOF_TYPE = "DataIntegrityProof"
CRYPTOSUITE = "eddsa-rdfc-2022"
PURPOSE = "assertionMethod"


def _stamp(moment: datetime) -> str:
    return moment.isoformat(timespec="seconds").replace("+00:00", "Z")


def _hash_data(document: Mapping[str, Any], options: Mapping[str, Any]) -> bytes:
    config = {"@context": document["@context"], **options}
    unsecured = {k: v for k, v in document.items() if k != "proof"}
    proof_hash = hashlib.sha256(canonicalize(config).encode("utf-8")).digest()
    document_hash = hashlib.sha256(canonicalize(unsecured).encode("utf-8")).digest()
    return proof_hash + document_hash


def add_proof(document: Mapping[str, Any], key: SigningKey, created: datetime) -> dict[str, Any]:
    """A copy of the document with an `eddsa-rdfc-2022` DataIntegrityProof added.

    Raises CanonicalizationError if the document uses a context cetrack does not ship (a bug in
    the caller: cetrack only signs documents it built)."""
    options = {
        "type": PROOF_TYPE,
        "cryptosuite": CRYPTOSUITE,
        "created": _stamp(created),
        "verificationMethod": key.verification_method,
        "proofPurpose": PURPOSE,
    }
    signature = key.sign(_hash_data(document, options))
    return {**document, "proof": {**options, "proofValue": encode_base58btc(signature)}}


@dataclass(frozen=True, slots=True)
class ProofCheck:
    ok: bool
    code: str  # ok, no-proof, unsupported-proof, unknown-key, wrong-issuer, retired-key,
    #            unknown-context, bad-signature
    message: str
    key: ResolvedKey | None = None
    created: str = ""


def _parse_stamp(text: str) -> datetime | None:
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else None


def issuer_id(document: Mapping[str, Any]) -> str | None:
    issuer = document.get("issuer")
    if isinstance(issuer, str):
        return issuer
    if isinstance(issuer, Mapping) and isinstance(issuer.get("id"), str):
        return str(issuer["id"])
    return None


def verify_proof(document: Mapping[str, Any], resolver: KeyResolver) -> ProofCheck:
    """Checks the document's eddsa-rdfc-2022 proof; never raises."""
    proofs = document.get("proof")
    listed = proofs if isinstance(proofs, list) else [proofs] if proofs is not None else []
    ours = [
        p
        for p in listed
        if isinstance(p, Mapping)
        and p.get("type") == PROOF_TYPE
        and p.get("cryptosuite") == CRYPTOSUITE
    ]
    if not listed:
        return ProofCheck(False, "no-proof", "the credential has no embedded proof")
    if not ours:
        return ProofCheck(
            False,
            "unsupported-proof",
            f"no {PROOF_TYPE} proof with cryptosuite {CRYPTOSUITE} (the only kind cetrack checks)",
        )
    return _verify_one(document, ours[0], resolver)


def _verify_one(
    document: Mapping[str, Any], proof: Mapping[str, Any], resolver: KeyResolver
) -> ProofCheck:
    method = proof.get("verificationMethod")
    value = proof.get("proofValue")
    created = proof.get("created")
    if proof.get("proofPurpose") != PURPOSE:
        return ProofCheck(False, "unsupported-proof", "the proof's purpose is not assertionMethod")
    if not isinstance(method, str) or not isinstance(value, str) or not isinstance(created, str):
        return ProofCheck(
            False, "unsupported-proof", "the proof lacks its verificationMethod, created or value"
        )
    signature = decode_multibase(value) if value.startswith("z") else None
    if signature is None or len(signature) != 64:
        return ProofCheck(False, "bad-signature", "the proof value is not an Ed25519 signature")
    key = resolver(method)
    if key is None:
        return ProofCheck(False, "unknown-key", f"no public key could be found for {method[:300]}")
    issuer = issuer_id(document)
    if key.controller != issuer:
        return ProofCheck(
            False, "wrong-issuer", "the signing key does not belong to the credential's issuer", key
        )
    signed_at = _parse_stamp(created)
    if signed_at is None:
        return ProofCheck(False, "unsupported-proof", "the proof's created date is not a date-time")
    if key.retired_at is not None and signed_at > key.retired_at:
        return ProofCheck(
            False,
            "retired-key",
            f"signed on {created[:10]}, after its key was retired on {key.retired_at.date()}",
            key,
        )
    options = {k: v for k, v in proof.items() if k != "proofValue"}
    try:
        data = _hash_data(document, options)
    except CanonicalizationError as error:
        return ProofCheck(False, "unknown-context", str(error), key)
    if not key.verifies(signature, data):
        return ProofCheck(
            False,
            "bad-signature",
            "the signature does not match: the credential was changed after it was signed",
            key,
        )
    return ProofCheck(True, "ok", "the embedded proof is valid", key, created)
