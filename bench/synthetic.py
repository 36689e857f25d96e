"""Synthetic ledgers for benchmarks: realistic mixes of credentials and activities.

Clearly synthetic: names are "Synthetic Person N". Seeded, so runs are comparable.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from cetrack.core.ledger import Activity, Amount, Credential, Ledger, Person

TOPICS = [
    "safety",
    "ethics",
    "blood-banking",
    "chemistry",
    "hematology",
    "microbiology",
    "immunology",
    "molecular",
    "management",
    "education",
    "hiv-aids",
    "medical-errors",
    "fl-laws-rules",
    "urinalysis",
]
KINDS = (
    ["course"] * 6
    + ["live-session"] * 3
    + [
        "conference-session",
        "workshop",
        "in-service",
        "staff-meeting",
        "academic",
        "self-study",
        "presentation",
    ]
)
ACCREDITATIONS = ["P.A.C.E.", "P.A.C.E.", "ACCENT", "CMLE", "employer", "none"]
CREDENTIAL_SETS = [
    ("ascp/MLS", "amt/MT", "fl/technologist"),
    ("ascp/MLT", "amt/MLT", "ca/CLS"),
    ("ascp/MLS", "ascp/SBB", "ca/CLS"),
    ("ascp/HTL", "amt/MT", "tn/technologist"),
    ("ascp/MLS", "amt/MT", "nd/CLS"),
]
AS_OF = date(2026, 11, 21)


def person(rng: random.Random, number: int, activities: int = 40) -> Ledger:
    rules = rng.choice(CREDENTIAL_SETS)
    credentials = []
    for index, rule in enumerate(rules):
        end = AS_OF + timedelta(days=rng.randint(30, 900))
        credentials.append(
            Credential(
                id=f"c{index}",
                rules=rule,
                cycle_end=None if rule.startswith(("fl/", "nd/")) else end,
                license_number="TC1" if rule.startswith("fl/") else None,
                categories=("chemistry", "hematology") if rule.startswith("fl/") else (),
            )
        )
    items = []
    for index in range(activities):
        done = AS_OF - timedelta(days=rng.randint(0, 1200))
        kind = rng.choice(KINDS)
        unit = rng.choice(["hours", "hours", "hours", "minutes", "ceu", "points"])
        if kind == "academic":
            unit = "semester_hours"
        value = {
            "hours": Decimal(rng.choice([1, 1, 1.5, 2, 3])),
            "minutes": Decimal(rng.choice([45, 50, 60, 90, 120])),
            "ceu": Decimal("0.1") * rng.randint(1, 3),
            "points": Decimal(rng.randint(1, 3)),
            "semester_hours": Decimal(rng.randint(1, 3)),
        }[unit]
        items.append(
            Activity(
                id=f"a{index}",
                title=f"Synthetic course {number}-{index}",
                start=done,
                end=done,
                amount=Amount(unit, value),
                kind=kind,
                provider="Synthetic Provider",
                topics=tuple(rng.sample(TOPICS, rng.choice([1, 1, 2, 2, 3]))),
                accreditation=rng.choice(ACCREDITATIONS),
                participant_name=f"Synthetic Person {number}" if rng.random() < 0.9 else None,
                course_number=f"C{index}" if rng.random() < 0.8 else None,
                accrediting_agency_number="AG-1" if rng.random() < 0.8 else None,
                approvals=("fl",) if rng.random() < 0.3 else (),
                certificate=f"certs/{index}.pdf" if rng.random() < 0.7 else None,
            )
        )
    return Ledger(Person(f"Synthetic Person {number}"), tuple(credentials), tuple(items))


def people(count: int, seed: int = 7) -> list[Ledger]:
    rng = random.Random(seed)
    return [person(rng, n) for n in range(count)]
