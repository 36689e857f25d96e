"""The demo laboratory for `cetrack serve --demo`: two sites (one in Florida), a manager, an
educator and a dozen technicians whose records cover every verdict the team view shows — met,
short of credit, missing an area, a lapsed or missing Florida licence, documentation findings,
no credentials, not sharing. The demo technician (web/demo.py) works at the Florida site.

Dates are counted from today, so the demo looks the same whenever it is loaded. Rebuilt from
scratch at every load (about a second); no certificate files are rendered for these people.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from django.contrib.auth.hashers import make_password
from django.db import transaction
from django.utils import timezone

from cetrack.core import ledger as core
from cetrack.orgs.models import Department, Membership, Organisation, Role, Site

DEMO_SLUG = "demo-bayside"
DEMO_DOMAIN = "cetrack.example"
MANAGER_EMAIL = f"manager@{DEMO_DOMAIN}"
EDUCATOR_EMAIL = f"educator@{DEMO_DOMAIN}"

# Topic plans: (topic, hours). A full ASCP plan meets every area and the 36-point total.
ASCP_FULL = [
    ("safety", 2),
    ("ethics", 1),
    ("blood-banking", 6),
    ("chemistry", 8),
    ("hematology", 8),
    ("microbiology", 6),
    ("immunology", 3),
    ("molecular", 3),
]
ASCP_SHORT = [("safety", 1), ("chemistry", 6), ("hematology", 4), ("microbiology", 3)]
ASCP_NO_BB = [(t, h + 1 if t == "chemistry" else h) for t, h in ASCP_FULL if t != "blood-banking"]
FL_FULL = [
    ("hiv-aids", 1),
    ("medical-errors", 2),
    ("fl-laws-rules", 1),
    ("hematology", 10),
    ("chemistry", 10),
]
AMT_SOME = [("chemistry", 4), ("hematology", 3)]


@dataclass(frozen=True)
class Person:
    name: str
    email: str
    site: str  # "fl" | "co"
    department: str = ""
    credentials: tuple[tuple[str, dict[str, Any]], ...] = ()
    plan: tuple[tuple[str, int], ...] = ()
    certificates: bool = True  # False: activities without any certificate (findings)
    consent: bool = True
    role: str = Role.MEMBER


def _people(today: date) -> list[Person]:
    soon = today + timedelta(days=45)
    later = today + timedelta(days=400)
    lapsed_fl = _last_florida_end(today)

    def ascp(code: str, end: date) -> tuple[str, dict[str, Any]]:
        return (f"ascp/{code}", {"cycle_end": end})

    def fl(kind: str, **extra: Any) -> tuple[str, dict[str, Any]]:
        return (f"fl/{kind}", {"categories": ("chemistry", "hematology"), **extra})

    full, short, no_bb = tuple(ASCP_FULL), tuple(ASCP_SHORT), tuple(ASCP_NO_BB)
    return [
        Person(
            "Alicia Moreno",
            "alicia",
            "fl",
            "Hematology",
            (ascp("MLS", later), fl("technologist")),
            full + tuple(FL_FULL),
        ),
        Person(
            "Brian Okafor",
            "brian",
            "fl",
            "Chemistry",
            (ascp("MLS", soon), fl("technologist")),
            short + tuple(FL_FULL),
        ),
        Person(
            "Chen Wei",
            "chen",
            "fl",
            "Blood bank",
            (ascp("BB", later), fl("technologist")),
            (("blood-banking", 33), ("safety", 2), ("ethics", 1)),
        ),
        Person("Deepa Raman", "deepa", "fl", "Chemistry", (ascp("MLS", later),), full),
        Person(
            "Elena Petrova",
            "elena",
            "fl",
            "Microbiology",
            (ascp("MLT", soon), fl("technician", cycle_end=lapsed_fl)),
            no_bb,
        ),
        Person(
            "Farid Haddad",
            "farid",
            "fl",
            "Hematology",
            (fl("technologist"),),
            tuple(FL_FULL),
            certificates=False,
        ),
        Person(
            "Grace Kim", "grace", "fl", "Hematology", (ascp("MLS", later),), full, consent=False
        ),
        Person(
            "Hector Diaz",
            "hector",
            "co",
            "Chemistry",
            (("amt/MT", {"cycle_end": soon}),),
            tuple(AMT_SOME),
        ),
        Person("Ines Laurent", "ines", "co", "Microbiology", (ascp("MLS", later),), full),
        Person(
            "Jamal Wright",
            "jamal",
            "co",
            "Hematology",
            (ascp("MLT", today - timedelta(days=20)),),
            short,
        ),
        Person(
            "Kofi Mensah",
            "kofi",
            "co",
            "Hematology",
            (ascp("H", later),),
            (("hematology", 30), ("safety", 2), ("ethics", 1)),
        ),
        Person("Lena Fischer", "lena", "co", "", (), ()),
        # The lab manager also administers the organisation (an administrator does all a
        # manager does), so the demo shows the members, invitation and settings pages too.
        Person(
            "Dana Whitfield",
            "manager",
            "fl",
            "",
            (fl("supervisor"),),
            (*FL_FULL, ("supervision", 1)),
            role=Role.ADMIN,
        ),
        Person(
            "Priya Natarajan",
            "educator",
            "fl",
            "",
            (ascp("MLS", later), fl("technologist")),
            full + tuple(FL_FULL),
            role=Role.EDUCATOR,
        ),
    ]


def _last_florida_end(today: date) -> date:
    """The latest 31 August of an even year before today (a lapsed Florida licence's end)."""
    year = today.year if today > date(today.year, 8, 31) else today.year - 1
    return date(year if year % 2 == 0 else year - 1, 8, 31)


def _ledger(person: Person, today: date) -> core.Ledger:
    credentials = tuple(
        core.Credential(
            id=rules.replace("/", "-").lower(),
            rules=rules,
            license_number=f"TC{zlib.crc32(person.email.encode()) % 90000 + 10000}"
            if rules.startswith("fl/")
            else None,
            **fields,
        )
        for rules, fields in person.credentials
    )
    activities = []
    # Florida credit counts only inside the current biennium: date those people's CE after it
    # began; the others' over the last two years.
    florida_person = any(r.startswith("fl/") for r, _ in person.credentials)
    span = (today - _last_florida_end(today)).days - 1 if florida_person else 700
    for number, (topic, hours) in enumerate(person.plan):
        day = today - timedelta(days=max(span, 0) * number // max(len(person.plan), 1))
        florida = florida_person or topic in ("medical-errors", "fl-laws-rules", "hiv-aids")
        activities.append(
            core.Activity(
                id=f"{topic}-{number}",
                title=f"{topic.replace('-', ' ').capitalize()} update {number + 1}",
                start=day,
                end=day,
                amount=core.Amount("hours", Decimal(hours)),
                kind="course",
                provider="LabCE" if number % 2 else "ASCLS",
                topics=(topic,),
                accreditation="P.A.C.E.",
                approvals=("fl",) if florida else (),
                participant_name=person.name,
                course_number=f"DEMO-{number + 100}",
                provider_number="116" if person.certificates else None,
                approval_number="50-12345" if florida and person.certificates else None,
                certificate=f"certificates/{topic}-{number}.pdf" if person.certificates else None,
            )
        )
    return core.Ledger(
        core.Person(person.name, f"{person.email}@{DEMO_DOMAIN}"), credentials, tuple(activities)
    )


@dataclass(frozen=True)
class DemoLab:
    organisation: Organisation
    manager_email: str
    educator_email: str
    members: int


def load_demo_lab(technician: Any, password: str) -> DemoLab:
    """(Re)build the demo laboratory; `technician` (the demo account) joins its Florida site."""
    from cetrack.accounts.models import User
    from cetrack.records.services import import_ledger

    today = timezone.localdate()
    with transaction.atomic():
        Organisation.objects.filter(slug=DEMO_SLUG).delete()
        org = Organisation.objects.create(name="Bayside Regional Laboratory", slug=DEMO_SLUG)
        sites = {
            "fl": Site.objects.create(
                organisation=org,
                name="Tampa Bay Hospital Lab",
                state="FL",
                clia_number="10D0123456",
                address="1 Harbour Way, Tampa, FL",
            ),
            "co": Site.objects.create(
                organisation=org,
                name="Denver Reference Lab",
                state="CO",
                clia_number="06D0654321",
                address="200 Mile High Rd, Denver, CO",
            ),
        }
        departments: dict[str, Department] = {}
        now = timezone.now()
        hashed = make_password(password)
        for person in _people(today):
            email = f"{person.email}@{DEMO_DOMAIN}"
            user = User.objects.filter(email=email).first() or User(email=email)
            user.password = hashed  # hashed once: argon2 takes a while per call
            user.name, user.is_active = person.name, True
            user.save()
            import_ledger(user, _ledger(person, today), replace=True)
            department = None
            if person.department:
                department = departments.get(person.department) or Department.objects.create(
                    organisation=org, site=sites[person.site], name=person.department
                )
                departments[person.department] = department
            Membership.objects.create(
                user=user,
                organisation=org,
                role=person.role,
                site=sites[person.site],
                department=department,
                consent_at=now if person.consent else None,
            )
        Membership.objects.create(
            user=technician, organisation=org, role=Role.MEMBER, site=sites["fl"], consent_at=now
        )
    members = Membership.objects.filter(organisation=org).count()
    return DemoLab(org, MANAGER_EMAIL, EDUCATOR_EMAIL, members)
