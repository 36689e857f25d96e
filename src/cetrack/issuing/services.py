"""Issuing, revoking and verifying certificates, and rotating signing keys.

The in-service app calls `issue_certificate` once per credited attendee and `revoke` when a
certificate must be withdrawn; both are atomic. Every revocation and key rotation writes an
`AuditEntry` (cetrack.orgs) saying who did it and why. `verify_issued` re-runs the full check
(embedded proof, JWT, status list) for the public verification page.
"""

from __future__ import annotations

import hashlib
import json
import secrets
import uuid
from datetime import datetime
from typing import Any

from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from cetrack.core.issuing.credential import CredentialPlan, build_credential, sign_credential
from cetrack.core.issuing.dataintegrity import add_proof
from cetrack.core.issuing.facts import (
    AchievementFacts,
    IssuerProfile,
    Recipient,
    facts_json,
    facts_problems,
)
from cetrack.core.issuing.statuslist import (
    MIN_BITS,
    empty_bits,
    status_entry,
    status_list_credential,
    with_bit,
)
from cetrack.core.issuing.verify import Verification, verify_credential
from cetrack.issuing.keystore import (
    active_key,
    database_resolver,
    database_status_lists,
    organisation_did,
    public_url,
    replace_key,
    signing_key,
)
from cetrack.issuing.models import IssuedCredential, OrganisationKey, StatusList
from cetrack.orgs.models import Organisation
from cetrack.orgs.services import audit, person_name

__all__ = [
    "AchievementFacts",
    "CertificateRefused",
    "issue_certificate",
    "revoke",
    "rotate_key",
    "verification_url",
    "verify_issued",
]
PURPOSE = "revocation"


class CertificateRefused(ValueError):
    """The facts cannot go on a certificate; `problems` says why, field by field."""

    def __init__(self, problems: tuple[str, ...]) -> None:
        super().__init__("; ".join(problems))
        self.problems = problems


def verification_url(credential: IssuedCredential | uuid.UUID | str) -> str:
    pk = credential.pk if isinstance(credential, IssuedCredential) else credential
    return public_url() + reverse("issuing:verify", args=[str(pk)])


def status_list_url(status_list: StatusList) -> str:
    organisation = status_list.organisation
    return public_url() + reverse(
        "issuing:status-list", args=[organisation.slug, status_list.number]
    )


def _achievement_id(organisation: Organisation, facts: AchievementFacts) -> str:
    """The same session gives the same achievement id (a name-based UUID of its facts)."""
    text = json.dumps(facts_json(facts), sort_keys=True)
    return uuid.uuid5(uuid.NAMESPACE_URL, f"{organisation_did(organisation)}|{text}").urn


def _email_identity(user: Any) -> tuple[str, str]:
    email = str(getattr(user, "email", "") or "").strip().lower()
    if not email:
        return "", ""
    salt = secrets.token_hex(8)
    return "sha256$" + hashlib.sha256((email + salt).encode("utf-8")).hexdigest(), salt


def issue_certificate(
    *,
    organisation: Organisation,
    recipient_user: Any | None,
    recipient_name: str,
    achievement: AchievementFacts,
    issued_by: Any | None,
    issued_at: datetime | None = None,
) -> IssuedCredential:
    """Sign and store one certificate (embedded proof + VC-JWT) with a revocation bit.

    Raises CertificateRefused when the facts or the name cannot go on a certificate."""
    name = " ".join(recipient_name.split())
    problems = facts_problems(achievement)
    if not name:
        problems = (*problems, "recipient_name: the certificate needs the recipient's name")
    elif len(name) > 200:
        problems = (*problems, "recipient_name: at most 200 characters")
    if problems:
        raise CertificateRefused(problems)
    moment = issued_at or timezone.now()
    pk = uuid.uuid4()
    email_hash, salt = _email_identity(recipient_user) if recipient_user else ("", "")
    key = signing_key(organisation)  # decrypt outside the transaction
    issuer = IssuerProfile(organisation_did(organisation), organisation.name)
    with transaction.atomic():
        status_list, index = _allocate_index(organisation)
        plan = CredentialPlan(
            credential_id=verification_url(pk),
            subject_id=uuid.uuid4().urn,
            achievement_id=_achievement_id(organisation, achievement),
            status_entry=status_entry(status_list_url(status_list), index, PURPOSE),
        )
        document = build_credential(
            achievement, issuer, Recipient(name, email_hash, salt), plan, moment
        )
        signed = sign_credential(document, key, moment)
        return IssuedCredential.objects.create(
            id=pk,
            organisation=organisation,
            recipient_user=recipient_user,
            recipient_name=name,
            achievement=facts_json(achievement),
            credential=signed.document,
            jwt=signed.jwt,
            status_list=status_list,
            status_index=index,
            issued_at=moment,
            issued_by=issued_by if getattr(issued_by, "is_authenticated", False) else None,
        )


def _allocate_index(organisation: Organisation) -> tuple[StatusList, int]:
    """A random unused bit of the organisation's current list (a new list when it is 90 %
    used). Random, not sequential, as the Bitstring Status List spec advises for privacy."""
    status_list = (
        StatusList.objects.select_for_update()
        .filter(organisation=organisation, purpose=PURPOSE)
        .order_by("-number")
        .first()
    )
    if status_list is None or status_list.used >= status_list.size * 9 // 10:
        status_list = _new_list(organisation, 1 if status_list is None else status_list.number + 1)
    taken = IssuedCredential.objects.filter(status_list=status_list)
    index = secrets.randbelow(status_list.size)
    while taken.filter(status_index=index).exists():  # at most 90 % used: few retries
        index = secrets.randbelow(status_list.size)
    status_list.used += 1
    status_list.save(update_fields=["used"])
    return status_list, index


def _new_list(organisation: Organisation, number: int) -> StatusList:
    status_list = StatusList.objects.create(
        organisation=organisation,
        purpose=PURPOSE,
        number=number,
        size=MIN_BITS,
        bits=empty_bits(MIN_BITS),
    )
    _sign_list(status_list)
    return status_list


def _sign_list(status_list: StatusList) -> None:
    organisation = status_list.organisation
    now = timezone.now()
    unsigned = status_list_credential(
        status_list_url(status_list),
        organisation_did(organisation),
        bytes(status_list.bits),
        now,
        status_list.purpose,
    )
    status_list.credential = add_proof(unsigned, signing_key(organisation), now)
    status_list.updated_at = now
    status_list.save(update_fields=["credential", "updated_at"])


def revoke(credential: IssuedCredential, by: Any, reason: str) -> IssuedCredential:
    """Set the credential's revocation bit, re-sign the status list, record who and why.

    Revoking a revoked certificate changes nothing (the first reason stands)."""
    reason = " ".join(reason.split())[:500] or "no reason given"
    with transaction.atomic():
        row = IssuedCredential.objects.select_for_update().get(pk=credential.pk)
        if row.revoked_at is not None:
            return row
        status_list = StatusList.objects.select_for_update().get(pk=row.status_list_id)
        status_list.bits = with_bit(bytes(status_list.bits), row.status_index, True)
        status_list.save(update_fields=["bits"])
        _sign_list(status_list)
        row.revoked_at = timezone.now()
        row.revoke_reason = reason
        row.revoked_by = by if getattr(by, "is_authenticated", False) else None
        row.save(update_fields=["revoked_at", "revoke_reason", "revoked_by"])
        audit(
            row.organisation_id,
            by,
            "certificate.revoked",
            f"Revoked the certificate '{row.title}' of {row.recipient_name}: {reason}",
            credential=str(row.pk),
            reason=reason,
        )
    return row


def rotate_key(organisation: Organisation, by: Any) -> OrganisationKey:
    """A new signing key; the old one is retired (kept: what it signed still verifies) and the
    status lists are re-signed with the new key."""
    with transaction.atomic():
        old, new = replace_key(organisation)
        for status_list in StatusList.objects.select_for_update().filter(organisation=organisation):
            _sign_list(status_list)
        audit(
            organisation,
            by,
            "certificate.key-rotated",
            f"{person_name(by) if by is not None else 'cetrack'} replaced the certificate "
            "signing key; certificates signed before still verify",
            retired=old.public_key_multibase if old else "",
            new=new.public_key_multibase,
        )
    return new


def ensure_key(organisation: Organisation) -> OrganisationKey:
    return active_key(organisation)


def verify_issued(credential: IssuedCredential) -> Verification:
    """Verify a stored certificate as any verifier would: proof, JWT and status list."""
    return verify_credential(
        credential.credential,
        database_resolver,
        jwt=credential.jwt,
        status_lists=database_status_lists,
    )
