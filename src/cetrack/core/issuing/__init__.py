"""Issuing verifiable CE certificates: Open Badges 3.0 credentials, signed and revocable.

Pure library (no Django): `facts` (what a certificate states), `credential` (building and
signing), `dataintegrity` (eddsa-rdfc-2022 proofs), `vcjwt` (the JWT form), `statuslist`
(Bitstring Status List), `did` (did:web documents, JWKS), `keys` (Ed25519, key resolvers),
`verify` (verification as data), `canon` (canonicalization with shipped contexts only).
"""

from cetrack.core.issuing.facts import (
    Accreditation,
    AchievementFacts,
    IssuerProfile,
    Recipient,
    facts_from_json,
    facts_json,
    facts_problems,
)
from cetrack.core.issuing.keys import KeyResolver, ResolvedKey, SigningKey, chain, resolve_did_key
from cetrack.core.issuing.verify import (
    BadgeSummary,
    BadInput,
    Verification,
    parse_badge_text,
    verify_credential,
)

__all__ = [
    "Accreditation",
    "AchievementFacts",
    "BadInput",
    "BadgeSummary",
    "IssuerProfile",
    "KeyResolver",
    "Recipient",
    "ResolvedKey",
    "SigningKey",
    "Verification",
    "chain",
    "facts_from_json",
    "facts_json",
    "facts_problems",
    "parse_badge_text",
    "resolve_did_key",
    "verify_credential",
]
