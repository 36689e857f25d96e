"""Building an Open Badges 3.0 AchievementCredential for one CE activity, and signing it.

The credential (VC Data Model 2.0 with the OB 3.0 context) states:
- the achievement: name, `achievementType` Course, a description that says the hours in words
  ("1.5 P.A.C.E. contact hours (50-minute hour)"), level, instructors and topics, the criteria,
  `creditsAvailable`, the P.A.C.E. program number as `humanCode`, provider / program / approval
  numbers as `otherIdentifier` entries, and the provider as `creator`;
- the subject: `creditsEarned` (the same hours as a number), activity dates, the recipient's
  name as an `IdentityObject` (identityType "name") and, when known, the e-mail address hashed
  with a salt. Never `licenseNumber` (a licence granted by this credential, not the holder's).
- `credentialStatus`: the revocation entry in the issuer's Bitstring Status List.

`sign_credential` adds the embedded proof and then the VC-JWT (the JWT carries the proof).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time
from typing import Any

from cetrack.core.issuing.canon import OB_V3, VC_V2
from cetrack.core.issuing.dataintegrity import add_proof
from cetrack.core.issuing.facts import (
    AchievementFacts,
    IssuerProfile,
    Recipient,
    format_hours,
    pace_statement,
)
from cetrack.core.issuing.keys import SigningKey
from cetrack.core.issuing.vcjwt import sign_jwt

CREDENTIAL_TYPE = ["VerifiableCredential", "OpenBadgeCredential"]  # OB 3.0's AchievementCredential


@dataclass(frozen=True, slots=True)
class CredentialPlan:
    """Where the credential lives: its id (the public verification URL), the subject's id,
    and its revocation entry."""

    credential_id: str
    subject_id: str  # urn:uuid:… (the recipient has no DID)
    achievement_id: str
    status_entry: dict[str, Any]


@dataclass(frozen=True, slots=True)
class SignedCredential:
    document: dict[str, Any]  # with the embedded proof
    jwt: str


def _stamp(moment: datetime) -> str:
    return moment.isoformat(timespec="seconds").replace("+00:00", "Z")


def describe(facts: AchievementFacts) -> str:
    """The achievement's description: the session's own words, then the facts an authority
    looks for on a certificate, in plain sentences."""
    parts = [facts.description.strip()] if facts.description.strip() else []
    parts.append(f"{facts.hours_text}.")
    if facts.level:
        parts.append(f"Level: {facts.level}.")
    provider = facts.provider_name
    if facts.provider_number:
        provider += f" (provider number {facts.provider_number})"
    parts.append(f"Provider: {provider}.")
    accreditation = facts.accreditation
    if accreditation is not None:
        numbers = []
        if accreditation.program_number:
            numbers.append(f"program number {accreditation.program_number}")
        if accreditation.approval_number:
            numbers.append(f"approval number {accreditation.approval_number}")
        detail = f" ({', '.join(numbers)})" if numbers else ""
        if accreditation.system:
            parts.append(f"Approved by {accreditation.name}{detail}.")
        elif numbers:
            parts.append(f"{', '.join(numbers).capitalize()}.")
        statement = accreditation.statement or (
            pace_statement(facts.provider_name) if accreditation.system == "pace" else ""
        )
        if statement:
            parts.append(statement)
    if facts.instructors:
        parts.append(f"Instructors: {', '.join(facts.instructors)}.")
    if facts.topic_names:
        parts.append(f"Topics: {', '.join(facts.topic_names)}.")
    return " ".join(parts)


def _identifiers(facts: AchievementFacts) -> list[dict[str, str]]:
    found: list[dict[str, str]] = []
    if facts.provider_number:
        found.append(_entry(facts.provider_number, "ext:ProviderNumber"))
    accreditation = facts.accreditation
    if accreditation is not None and accreditation.program_number:
        found.append(_entry(accreditation.program_number, "ext:ProgramNumber"))
    if accreditation is not None and accreditation.approval_number:
        found.append(_entry(accreditation.approval_number, "ext:ApprovalNumber"))
    return found


def _entry(value: str, kind: str) -> dict[str, str]:
    return {"type": "IdentifierEntry", "identifier": value, "identifierType": kind}


def _recipient(recipient: Recipient) -> list[dict[str, Any]]:
    listed: list[dict[str, Any]] = [
        {
            "type": "IdentityObject",
            "identityType": "name",
            "hashed": False,
            "identityHash": recipient.name,
        }
    ]
    if recipient.email_hash:
        listed.append(
            {
                "type": "IdentityObject",
                "identityType": "emailAddress",
                "hashed": True,
                "identityHash": recipient.email_hash,
                "salt": recipient.salt,
            }
        )
    return listed


def build_credential(
    facts: AchievementFacts,
    issuer: IssuerProfile,
    recipient: Recipient,
    plan: CredentialPlan,
    issued_at: datetime,
) -> dict[str, Any]:
    """The unsigned credential (a plain JSON-ready dict)."""
    hours = float(facts.contact_hours)
    started = facts.starts_at or datetime.combine(facts.date, time(0), issued_at.tzinfo)
    ended = facts.ends_at or started
    achievement: dict[str, Any] = {
        "id": plan.achievement_id,
        "type": ["Achievement"],
        "achievementType": "Course",
        "name": facts.title,
        "description": describe(facts),
        "criteria": {
            "narrative": f"Attended {facts.title} on {facts.date.isoformat()}, "
            f"{facts.provider_name}: {facts.hours_text}."
        },
        "creditsAvailable": hours,
        "creator": {"id": issuer.id, "type": ["Profile"], "name": facts.provider_name},
    }
    if facts.accreditation is not None and facts.accreditation.program_number:
        achievement["humanCode"] = facts.accreditation.program_number
    identifiers = _identifiers(facts)
    if identifiers:
        achievement["otherIdentifier"] = identifiers
    if facts.topic_names:
        achievement["tag"] = list(facts.topic_names)
    profile: dict[str, Any] = {"id": issuer.id, "type": ["Profile"], "name": issuer.name}
    if issuer.url:
        profile["url"] = issuer.url
    return {
        "@context": [VC_V2, OB_V3],
        "id": plan.credential_id,
        "type": list(CREDENTIAL_TYPE),
        "issuer": profile,
        "validFrom": _stamp(issued_at),
        "name": facts.title,
        "description": f"{facts.title}: {facts.hours_text}, {facts.date.isoformat()}, "
        f"{facts.provider_name}.",
        "credentialSubject": {
            "id": plan.subject_id,
            "type": ["AchievementSubject"],
            "identifier": _recipient(recipient),
            "activityStartDate": _stamp(started),
            "activityEndDate": _stamp(ended),
            "creditsEarned": hours,
            "achievement": achievement,
        },
        "credentialStatus": plan.status_entry,
    }


def sign_credential(
    credential: dict[str, Any], key: SigningKey, signed_at: datetime
) -> SignedCredential:
    document = add_proof(credential, key, signed_at)
    return SignedCredential(document=document, jwt=sign_jwt(document, key))


__all__ = ["CredentialPlan", "SignedCredential", "build_credential", "describe", "format_hours"]
