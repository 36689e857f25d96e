"""Benchmark: one in-service session of 500 attendees issued end to end.

For every attendee: the signed Open Badges 3.0 credential (proof + VC-JWT), the certificate of
completion PDF with its QR code, the locked activity in their records with the PDF stored as
its certificate. One process, a migrated SQLite database in a temporary data folder (file, not
memory, as a server has). Target (issue 11): 500 certificates in < 60 s.

Writes bench/results/certificates.json. Headline last: `certificates: <seconds> s for N`.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

RESULTS = Path(__file__).parent / "results" / "certificates.json"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--attendees", type=int, default=500)
    args = parser.parse_args()
    os.environ["CETRACK_DATA"] = tempfile.mkdtemp(prefix="cetrack-bench-certificates-")
    os.environ.pop("DATABASE_URL", None)
    os.environ["DJANGO_SETTINGS_MODULE"] = "cetrack.web.settings"
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
    import django

    django.setup()
    from django.core.management import call_command
    from django.utils import timezone

    call_command("migrate", verbosity=0)
    from cetrack.accounts.models import User
    from cetrack.core.inservice import SessionFacts
    from cetrack.inservice import services
    from cetrack.inservice.issue import issue_session
    from cetrack.orgs.models import Membership, Organisation

    org = Organisation.objects.create(name="Riverside Hospital Laboratory", slug="riverside")
    educator = User.objects.create_user("educator@bench.example", "pw-bench-1", name="Dana W")
    teaching = Membership.objects.create(organisation=org, user=educator, role="educator")
    people = User.objects.bulk_create(
        User(email=f"tech{i}@bench.example", name=f"Technician {i:04d}")
        for i in range(args.attendees)
    )
    Membership.objects.bulk_create(
        Membership(organisation=org, user=u, role="member") for u in people
    )
    start = timezone.now() - timedelta(hours=2)
    facts = SessionFacts(
        title="Antibody identification",
        starts_at=start,
        ends_at=start + timedelta(minutes=60),
        instructional_minutes=50,
        topics=("blood-banking",),
        accreditation="pace",
        provider_number="519",
        program_number="519-112-26",
        level="intermediate",
        location="Conference room B",
    )
    created = services.create_session(teaching, facts, {"instructors": "Dana W"})
    assert created.ok, created.problems
    session = created.saved
    marked = services.mark_roster(teaching, session, {u.pk: None for u in people})
    assert marked.ok, marked.problems
    began = time.perf_counter()
    summary = issue_session(educator, session)
    seconds = time.perf_counter() - began
    issued = len(summary.issued)
    print(
        f"{issued} of {args.attendees} issued in {seconds:.1f} s ({seconds / max(issued, 1) * 1000:.0f} ms each)"
    )
    if summary.problems:
        print("problems:", summary.problems[:3])
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(
        json.dumps(
            {
                "attendees": args.attendees,
                "issued": issued,
                "seconds": round(seconds, 2),
                "ms_each": round(seconds / max(issued, 1) * 1000, 1),
                "python": platform.python_version(),
                "machine": platform.machine(),
            },
            indent=1,
        )
        + "\n"
    )
    print(f"certificates: {seconds:.1f} s for {issued}")
    return 0 if issued == args.attendees else 1


if __name__ == "__main__":
    sys.exit(main())
