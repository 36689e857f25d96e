"""Helpers for the planner tests: ledgers written inline as TOML, small hand-made catalogues.

Credit is in hundredths of the rule's unit in coverage (8 points == 800); prices in dollars.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from cetrack.core.catalogue.model import CatalogueItem
from cetrack.core.ledger import Ledger, parse_ledger
from cetrack.core.rules.library import default_library

LIBRARY = default_library()
AS_OF = date(2026, 11, 21)
NAME = "Pat Doe"


def ledger(credentials: str, activities: str = "") -> Ledger:
    text = f'format = 1\n[person]\nname = "{NAME}"\n{credentials}\n{activities}'
    result = parse_ledger(text, "case.toml", LIBRARY.check_credential)
    assert result.ok, [str(p) for p in result.problems]
    assert result.ledger is not None
    return result.ledger


def credential(ident: str, rules: str, **fields: str) -> str:
    body = "\n".join(f"{k} = {v}" for k, v in fields.items())
    return f'[[credential]]\nid = "{ident}"\nrules = "{rules}"\n{body}\n'


def done(ident: str, when: str, amount: str, topics: str = "[]", **extra: str) -> str:
    """A completed, fully documented P.A.C.E. course in the ledger."""
    fields = {
        "kind": '"course"',
        "accreditation": '"P.A.C.E."',
        "provider": '"ASCLS"',
        "participant_name": f'"{NAME}"',
        "certificate": f'"certs/{ident}.pdf"',
        "course_number": f'"C-{ident}"',
        "accrediting_agency_number": '"PACE-1"',
        "license_number": '"TC1"',
        "approval_number": '"50-1"',
    }
    fields.update(extra)
    more = "\n".join(f"{k} = {v}" for k, v in fields.items())
    return (
        f'[[activity]]\nid = "{ident}"\ntitle = "Course {ident}"\ncompleted_on = {when}\n'
        f"{amount}\ntopics = {topics}\n{more}\n"
    )


def course(
    ident: str,
    amount: float | str,
    topics: tuple[str, ...],
    price: float | str | None,
    **fields: object,
) -> CatalogueItem:
    """An on-demand P.A.C.E. online course (override any field)."""
    values: dict[str, object] = {
        "id": ident,
        "kind": "online-course",
        "title": f"Course {ident}",
        "provider": "Test provider",
        "amount": Decimal(str(amount)),
        "unit": "hours",
        "topics": topics,
        "price": Decimal(str(price)) if price is not None else None,
        "accreditation": "pace",
        "format": "online",
    }
    values.update(fields)
    return CatalogueItem(**values)  # type: ignore[arg-type]


def event(
    ident: str,
    on: date,
    amount: float | str,
    topics: tuple[str, ...],
    price: float | str | None,
    **fields: object,
) -> CatalogueItem:
    """A one-day live event on a given date (a webinar unless `kind` says otherwise)."""
    fields.setdefault("kind", "webinar")
    return course(ident, amount, topics, price, start=on, end=on, **fields)


def package(
    ident: str, price: float | str, includes: tuple[str, ...], **fields: object
) -> CatalogueItem:
    values: dict[str, object] = {
        "id": ident,
        "kind": "package",
        "title": f"Package {ident}",
        "price": Decimal(str(price)),
        "accreditation": "pace",
        "includes": includes,
    }
    values.update(fields)
    return CatalogueItem(**values)  # type: ignore[arg-type]


# An MLS(ASCP) holder with 28 of 36 points: every area met except hematology (2) and safety (1).
MLS = credential("mls", "ascp/MLS", cycle_end="2027-06-30")
MLS_28 = (
    done("chem", "2025-03-01", "points = 2", '["chemistry"]')
    + done("bb", "2025-04-01", "points = 2", '["blood-banking"]')
    + done("micro", "2025-05-01", "points = 2", '["microbiology"]')
    + done("ethics", "2025-06-01", "points = 1", '["ethics"]')
    + done("mgmt", "2025-07-01", "points = 21", '["management"]')
)
