"""Organisations' signing keys: created on first use, encrypted at rest, rotatable.

Private keys (32 raw Ed25519 bytes) are stored as Fernet tokens. The Fernet key is
`settings.CETRACK_KEY_SECRETS` (a list: the first encrypts, every one decrypts, so a new secret
can be put first and the old kept until `cetrack manage` has re-encrypted), or, when that is
empty, one derived from Django's SECRET_KEY with HKDF-SHA256. Changing SECRET_KEY without
setting CETRACK_KEY_SECRETS to the old derived key makes the stored keys unreadable: see
docs/certificates.md.

Also here: how this cetrack resolves its own verification methods (`database_resolver`) and
status lists (`database_status_lists`) without any network request.
"""

from __future__ import annotations

import base64
import re
from typing import Any

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from django.conf import settings
from django.db import transaction
from django.utils import timezone

from cetrack.core.issuing.did import did_web, method_id
from cetrack.core.issuing.keys import ResolvedKey, SigningKey, new_seed, public_multibase_of
from cetrack.core.issuing.multibase import ed25519_from_multikey
from cetrack.issuing.models import OrganisationKey, StatusList
from cetrack.orgs.models import Organisation

_METHOD = re.compile(r"did:web:[^#]+:orgs:([A-Za-z0-9_-]{1,80})#(z6Mk[1-9A-HJ-NP-Za-km-z]{40,50})")
_STATUS = re.compile(r"https?://[^/]+(?:/.*)?/orgs/([A-Za-z0-9_-]{1,80})/status/(\d{1,6})")


def derived_secret() -> str:
    """The Fernet key derived from SECRET_KEY (used when CETRACK_KEY_SECRETS is empty)."""
    derived = HKDF(
        algorithm=hashes.SHA256(),
        length=32,
        salt=b"cetrack-issuing",
        info=b"organisation signing keys at rest",
    ).derive(settings.SECRET_KEY.encode("utf-8"))
    return base64.urlsafe_b64encode(derived).decode("ascii")


def _fernet() -> MultiFernet:
    secrets = [s for s in getattr(settings, "CETRACK_KEY_SECRETS", []) if s]
    return MultiFernet([Fernet(secret) for secret in secrets or [derived_secret()]])


def encrypt_seed(seed: bytes) -> str:
    return _fernet().encrypt(seed).decode("ascii")


def decrypt_seed(token: str) -> bytes:
    """The raw private key; raises KeyUnreadable if no configured secret opens it."""
    try:
        return _fernet().decrypt(token.encode("ascii"))
    except InvalidToken:
        raise KeyUnreadable(
            "this organisation's signing key cannot be decrypted: SECRET_KEY or "
            "CETRACK_KEY_SECRETS changed (docs/certificates.md, 'Keys at rest')"
        ) from None


class KeyUnreadable(Exception):
    pass


def public_url() -> str:
    return str(settings.CETRACK_PUBLIC_URL).rstrip("/")


def organisation_did(organisation: Organisation) -> str:
    return did_web(public_url(), "orgs", organisation.slug)


def active_key(organisation: Organisation) -> OrganisationKey:
    """The organisation's current signing key, created on first use."""
    key = OrganisationKey.objects.filter(organisation=organisation, retired_at__isnull=True).first()
    if key is not None:
        return key
    with transaction.atomic():
        Organisation.objects.select_for_update().filter(pk=organisation.pk).first()
        key = OrganisationKey.objects.filter(
            organisation=organisation, retired_at__isnull=True
        ).first()
        if key is None:
            key = _new_key(organisation)
    return key


def _new_key(organisation: Organisation) -> OrganisationKey:
    seed = new_seed()
    return OrganisationKey.objects.create(
        organisation=organisation,
        public_key_multibase=public_multibase_of(seed),
        private_key_encrypted=encrypt_seed(seed),
    )


def replace_key(organisation: Organisation) -> tuple[OrganisationKey | None, OrganisationKey]:
    """Retire the active key (kept, still resolvable) and make a new one; in a transaction."""
    with transaction.atomic():
        Organisation.objects.select_for_update().filter(pk=organisation.pk).first()
        old = OrganisationKey.objects.filter(
            organisation=organisation, retired_at__isnull=True
        ).first()
        if old is not None:
            old.retired_at = timezone.now()
            old.save(update_fields=["retired_at"])
        return old, _new_key(organisation)


def signing_key(organisation: Organisation, key: OrganisationKey | None = None) -> SigningKey:
    key = key or active_key(organisation)
    did = organisation_did(organisation)
    return SigningKey.from_seed(
        decrypt_seed(key.private_key_encrypted), method_id(did, key.public_key_multibase)
    )


def database_resolver(url: str) -> ResolvedKey | None:
    """A verification method of an organisation of this cetrack, from its own records.

    Matches `did:web:<any host>:orgs:<slug>#<key>`: the key must be one of that organisation's
    keys (active or retired); the host is not compared, so credentials issued before the
    public address changed still verify here."""
    match = _METHOD.fullmatch(url) if isinstance(url, str) else None
    if match is None:
        return None
    slug, multibase = match.groups()
    key = (
        OrganisationKey.objects.filter(public_key_multibase=multibase, organisation__slug=slug)
        .only("retired_at")
        .first()
    )
    public = ed25519_from_multikey(multibase)
    if key is None or public is None:
        return None
    return ResolvedKey(
        id=url,
        controller=url.partition("#")[0],
        public_key=public,
        retired_at=key.retired_at,
        source="this cetrack's records",
    )


def database_status_lists(url: str) -> dict[str, Any] | None:
    """A status list credential of an organisation of this cetrack, by its URL."""
    match = _STATUS.fullmatch(url) if isinstance(url, str) else None
    if match is None:
        return None
    slug, number = match.groups()
    found = (
        StatusList.objects.filter(organisation__slug=slug, number=int(number))
        .only("credential")
        .first()
    )
    return dict(found.credential) if found is not None and found.credential else None
