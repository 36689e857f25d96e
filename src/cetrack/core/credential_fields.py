"""Which facts of a credential a rule set needs, and where a person finds each one.

The credential form asks for these and nothing else: an ASCP certification asks for its cycle
end, a Florida licence for its number and licensed categories, an AMT certification for its
cycle end or certification date. The rule library decides (the cycle's type and anchors, the
first-cycle policy, per-category and upgrade rules); this module only reads it.
"""

from __future__ import annotations

from dataclasses import dataclass

from cetrack.core.rules.library import RuleBook

# Licensed categories as topic ids (docs/ledger.md: categories), the specialities a state
# licence names. Florida's rule file writes them this way (blood-banking for immunohematology,
# immunology for serology).
LICENSED_CATEGORIES = (
    "blood-banking",
    "chemistry",
    "hematology",
    "immunology",
    "microbiology",
    "molecular",
    "genetics",
    "histology",
    "cytology",
)
CATEGORY_NAMES = {
    "blood-banking": "Immunohematology (blood banking)",
    "immunology": "Serology / immunology",
    "molecular": "Molecular pathology",
    "genetics": "Cytogenetics",
    "histology": "Histology",
    "cytology": "Cytology",
}


@dataclass(frozen=True, slots=True)
class Need:
    """One credential field a rule set uses: whether the form must have it, and the help."""

    field: str
    required: bool
    help: str


def _is_certification(book: RuleBook) -> bool:
    return book.program.program in ("ascp", "amt")


def _cycle_needs(book: RuleBook) -> list[Need]:
    cycle = book.cycle
    if cycle is None:
        return []
    if cycle.type == "fixed":
        return [
            Need(
                "cycle_end",
                False,
                "The expiry date on your licence. Leave it blank: everyone with this licence "
                "shares the same renewal date, and cetrack works it out.",
            )
        ]
    if _is_certification(book):
        where = (
            "In your ASCP account under “Credential Maintenance”, and on your wallet card "
            "(“valid through”)."
            if book.program.program == "ascp"
            else "In your AMT account and on your membership card (“expires”)."
        )
        needs = [Need("cycle_end", False, f"When your current cycle ends. {where}")]
        if "certified_on" in cycle.anchors:
            needs.append(
                Need(
                    "certified_on",
                    False,
                    "Or, if you do not know the cycle end: the date you were first certified "
                    "(on your certificate). Give one of the two.",
                )
            )
        return needs
    return [
        Need(
            "cycle_end",
            True,
            "The expiry date printed on your licence or on the state's licence look-up page.",
        )
    ]


def credential_needs(book: RuleBook) -> tuple[Need, ...]:
    """The fields the credential form shows for `book`, in order."""
    needs = _cycle_needs(book)
    licence = not _is_certification(book)
    needs.append(
        Need(
            "license_number",
            False,
            "Printed on your licence; auditors and transcripts quote it."
            if licence
            else "Your certification number, on your certificate (optional).",
        )
    )
    requirements = [r for v in book.versions for r in v.requirements]
    if any(r.per_category for r in requirements):
        needs.append(
            Need(
                "categories",
                True,
                "The categories printed on your licence: each needs its own hour of CE.",
            )
        )
    if book.first_cycle is not None:
        needs.append(
            Need(
                "first_licensed_on",
                False,
                "Only if you were first licensed recently: the date on your first licence. "
                "A first cycle often needs less CE.",
            )
        )
    if any(r.exempt_when_upgraded for r in requirements):
        needs.append(
            Need(
                "upgraded_on",
                False,
                "Only if you moved up to this licence (for example to supervisor) during the "
                "current cycle: the date of the new licence.",
            )
        )
    if book.cycle is not None and book.cycle.expired_lookback_months:
        needs.append(
            Need("status", False, "Choose “Expired” only if you are reinstating a lapsed one.")
        )
    return tuple(needs)
