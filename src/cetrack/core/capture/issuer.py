"""The provider as the page names it in full, when the reader has only a part of the name.

A letterhead often prints a brand mark ("MICROSCOPIA", "Vantage") or a department ("Customer
Education Center"), an e-mail's sender is a team ("Corvane Customer Education"), and a
two-line logo splits the name ("LabSprout" / "Learning · grow your bench skills"). The same page
usually names the organisation in full elsewhere: its legal name in a footer or a signature
block ("Microscopia Learning, Inc.", "Aurelis Medical Systems GmbH"), or a statement of
approval ("LabSprout Learning is approved as a provider of ..."). That full name is the
provider when the name read is a part of it, shares its first word, or is only a department.
"""

from __future__ import annotations

import re
from typing import Final

from cetrack.core.capture.fields import DEPARTMENT, GUESSED, LABELLED, PROSE, Fields, clean_org
from cetrack.core.capture.text import Doc

# "Microscopia Learning, Inc.", "Vantage Lab Learning LLC", "Hemavance Instruments Corporation".
_LEGAL: Final = re.compile(
    r"(?<![\w&])(?P<name>[A-Z][\w&'’.-]*(?: (?:[A-Z0-9][\w&'’.-]*|of|and|for|&)){0,5}?)"
    r"(?P<suffix>,? (?:Inc\.?|LLC|L\.L\.C\.|Ltd\.?|Limited|Corp\.?|Corporation|Co\.|GmbH|PLC|"
    r"S\.A\.|AG|B\.V\.|Pty\.? Ltd\.?))(?![\w])"
)
_NOT_NAME_START: Final = re.compile(r"^(?:(?:copyright|the|by|from|and|of|at)\s+)+", re.I)
# Named as someone else than the issuer: a sponsor, a grant, a vendor's support.
_OTHER_ROLE: Final = re.compile(
    r"\b(?:sponsor\w*|grant|supported|support|funded|exhibitor|commercial|courtesy|registered\s+trademark)\b",
    re.I,
)
# "X is approved as a provider", "X is approved by the Florida Board ... as a provider of",
# "X is an approved P.A.C.E.® provider".
_APPROVED: Final = re.compile(
    r"(?P<org>[A-Z][^.\n]{2,100}?)\s+is\s+(?:an?\s+)?(?:approved|accredited)\s+"
    r"(?:by\s+(?:the\s+)?[A-Z][^.]{2,90}?\s+)?(?:as\s+)?(?:an?\s+)?"
    r"(?:(?:ASCLS\s+)?P\.?A\.?C\.?E\.?®?\s+|CE\s+|continuing\s+education\s+)?(?:provider|sponsor)"
)


def settle_provider(doc: Doc, fields: Fields) -> None:
    """Replace a provider read as a part of a name (a brand, a department, half of a logo) by
    the full name the page states, and give a page whose only organisation name is a legal
    one that name."""
    current = fields.found.get("provider")
    if current is not None and fields.conf("provider") >= LABELLED:
        return
    found = current.value if current is not None and isinstance(current.value, str) else None
    for full, confidence in _stated_names(doc):
        if found is not None and (_same(full, found) or not _part_of(found, full)):
            continue
        fields.found.pop("provider", None)
        fields.add("provider", full, confidence, full)
        return


def _stated_names(doc: Doc) -> list[tuple[str, float]]:
    """Full names on the page: the approved provider first, then distinct legal names."""
    out: list[tuple[str, float]] = []
    flat = doc.flat
    for match in _APPROVED.finditer(flat):
        org = clean_org(_NOT_NAME_START.sub("", match.group("org")))
        if org is not None and len(org.split()) >= 2:
            out.append((org, PROSE - 0.1))
    legal: list[str] = []
    for match in _LEGAL.finditer(flat):
        line = doc.flat_line(doc.line_at(match.start()))
        if _OTHER_ROLE.search(line):
            continue
        name = _NOT_NAME_START.sub("", match.group("name"))
        full = name + match.group("suffix").replace("\n", " ")
        full = " ".join(full.split())
        if full not in legal:
            legal.append(full)
    if len(legal) == 1:
        out.append((legal[0], GUESSED + 0.1))
    return out


def _part_of(found: str, full: str) -> bool:
    """Whether a name read is a part of a full name ("Microscopia", "Learning Network", "Quillon
    Bio"), shares its first word ("Corvane Customer Education" of "Corvane Diagnostics, Inc."),
    or is a department with no name of its own ("Customer Education Center")."""
    words = [w.casefold().strip(",.") for w in found.split()]
    full_words = [w.casefold().strip(",.") for w in full.split()]
    if not words:
        return True
    joined, full_joined = " ".join(words), " ".join(full_words)
    if f" {joined} " in f" {full_joined} ":
        return True
    if words[: len(full_words)] == full_words and all(
        word in _TEAM for word in words[len(full_words) :]
    ):
        return True  # "Cascadia Laboratory Alliance Events": the organisation's events team
    if all(word in _GENERIC for word in words):
        return True  # "Laboratory Services", "Quality & Education": a department's words only
    if not DEPARTMENT.search(found):
        return False
    # "Corvane Customer Education" of "Corvane Diagnostics, Inc."; "Customer Education Center".
    return words[0] == full_words[0] or generic_department(found)


# Words after an organisation's name that name one of its teams, not another organisation.
_TEAM: Final = frozenset(
    [
        "education",
        "events",
        "event",
        "webinars",
        "webinar",
        "training",
        "team",
        "office",
        "programs",
        "programmes",
        "continuing",
        "department",
        "ce",
        "cme",
    ]
)


def _same(one: str, other: str) -> bool:
    return _NOT_NAME_START.sub("", one).casefold() == _NOT_NAME_START.sub("", other).casefold()


def generic_department(name: str) -> bool:
    """A department named only in generic words ("Clinical Laboratory Education Committee",
    "Customer Education Center"): a part of some organisation, not which one."""
    words = [w.casefold().strip(",.") for w in name.split()]
    return bool(words) and bool(DEPARTMENT.search(name)) and all(w in _GENERIC for w in words)


# Words of a department's name that name no organisation ("Customer Education Center").
_GENERIC: Final = frozenset(
    [
        "customer",
        "client",
        "education",
        "educational",
        "training",
        "center",
        "centre",
        "department",
        "dept",
        "office",
        "continuing",
        "professional",
        "staff",
        "development",
        "team",
        "services",
        "service",
        "unit",
        "division",
        "section",
        "of",
        "the",
        "and",
        "&",
        "for",
        "clinical",
        "laboratory",
        "lab",
        "committee",
        "quality",
    ]
)
