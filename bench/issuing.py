"""Benchmark: issuing signed certificates (Open Badges 3.0, eddsa-rdfc-2022 proof + VC-JWT).

1. Core: build, sign (RDFC-1.0 canonicalization of the credential and the proof options,
   Ed25519) and make the JWT for N credentials; then verify each (proof, JWT, status list).
2. Service: `cetrack.issuing.services.issue_certificate` N times against a migrated in-memory
   SQLite database (key decryption, a random status-list index, the row written), as an
   in-service session's issuing does. Target: 500 certificates well under 60 s.

Writes bench/results/issuing.json. Headline last: `issuing: <ms per certificate> ms`.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

RESULTS = Path(__file__).parent / "results" / "issuing.json"


def _facts(number: int) -> Any:
    from cetrack.core.issuing import Accreditation, AchievementFacts

    return AchievementFacts(
        title=f"Blood bank in-service {number}",
        date=date(2026, 11, 18),
        contact_hours=Decimal("1.5"),
        provider_name="Riverside Hospital Laboratory",
        provider_number="519",
        accreditation=Accreditation("pace", program_number="519-112-26"),
        level="intermediate",
        instructors=("Dana Whitfield",),
        topics=("blood-banking",),
    )


def core(count: int) -> dict[str, float]:
    from cetrack.core.issuing import IssuerProfile, Recipient, verify_credential
    from cetrack.core.issuing.credential import CredentialPlan, build_credential, sign_credential
    from cetrack.core.issuing.dataintegrity import add_proof
    from cetrack.core.issuing.did import PublishedKey, did_document, did_web, method_id
    from cetrack.core.issuing.keys import SigningKey, did_document_resolver, new_seed
    from cetrack.core.issuing.statuslist import empty_bits, status_entry, status_list_credential

    now = datetime(2026, 11, 18, 18, tzinfo=UTC)
    did = did_web("https://lab.example", "orgs", "riverside")
    seed = new_seed()
    key = SigningKey.from_seed(seed, "")
    key = SigningKey.from_seed(seed, method_id(did, key.public_multibase))
    list_url = "https://lab.example/orgs/riverside/status/1"
    issuer = IssuerProfile(did, "Riverside Hospital Laboratory")
    started = time.perf_counter()
    signed = []
    for number in range(count):
        plan = CredentialPlan(
            f"https://lab.example/verify/{number}",
            f"urn:uuid:00000000-0000-4000-8000-{number:012d}",
            "urn:uuid:11111111-0000-4000-8000-000000000000",
            status_entry(list_url, number),
        )
        credential = build_credential(
            _facts(number), issuer, Recipient(f"Person {number}"), plan, now
        )
        signed.append(sign_credential(credential, key, now))
    issue_seconds = time.perf_counter() - started
    resolver = did_document_resolver(did_document(did, [PublishedKey(key.public_multibase)]), "")
    listed = add_proof(status_list_credential(list_url, did, empty_bits(), now), key, now)
    started = time.perf_counter()
    for item in signed:
        result = verify_credential(
            item.document, resolver, jwt=item.jwt, status_lists=lambda url: listed, now=now
        )
        assert result.valid, result.reason
    verify_seconds = time.perf_counter() - started
    return {
        "count": count,
        "issue_seconds": round(issue_seconds, 3),
        "issue_ms_each": round(1000 * issue_seconds / count, 2),
        "verify_seconds": round(verify_seconds, 3),
        "verify_ms_each": round(1000 * verify_seconds / count, 2),
    }


def service(count: int) -> dict[str, float]:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cetrack.web.test_settings")
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    from cetrack.accounts.models import User
    from cetrack.issuing.services import issue_certificate
    from cetrack.orgs.models import Organisation

    organisation = Organisation.objects.create(name="Riverside", slug="riverside-bench")
    educator = User.objects.create_user("erin@bench.example", "password-123456", name="Erin")
    started = time.perf_counter()
    for number in range(count):
        issue_certificate(
            organisation=organisation,
            recipient_user=None,
            recipient_name=f"Person {number}",
            achievement=_facts(1),
            issued_by=educator,
        )
    seconds = time.perf_counter() - started
    return {
        "count": count,
        "seconds": round(seconds, 3),
        "ms_each": round(1000 * seconds / count, 2),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=500)
    args = parser.parse_args()
    results = {
        "python": platform.python_version(),
        "machine": platform.machine(),
        "core": core(args.count),
        "service": service(args.count),
    }
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text(json.dumps(results, indent=2) + "\n")
    print(json.dumps(results, indent=2))
    print(f"issuing: {results['service']['ms_each']} ms")


if __name__ == "__main__":
    sys.exit(main())
