"""The regions of a certificate page, seen from where and how large each line was printed.

A person reading a certificate knows the letterhead band at the top (the organisation, with a
tagline, an address and a city under it), the largest lines (the participant's name, the
course), the signature blocks (a signer's name over a role and often the organisation) and the
footer (a "Printed on" date, a page number). With positions (`Doc.geometry`) these are found
by size and place; plain text falls back to line order, as before.
"""

from __future__ import annotations

import re
from typing import Final

from cetrack.core.capture.fields import (
    DEPARTMENT,
    GUESSED,
    HEADING,
    INSTITUTION,
    JOB_TITLE,
    ORG_WORDS,
    PROSE,
    STATEMENT,
    Fields,
    clean_name,
    clean_org,
)
from cetrack.core.capture.labels import labels_of
from cetrack.core.capture.text import Doc
from cetrack.core.capture.values import find_accreditations, find_amounts, find_dates

ADDRESS: Final = re.compile(
    r"\d+\s+\w+.*\b(?:street|st|avenue|ave|road|rd|drive|dr|way|blvd|boulevard|lane|ln|suite|floor|parkway|pkwy|court|ct|plaza|box)\b|\b[A-Z]{2}\s+\d{5}(?:-\d{4})?\b|\bphone\b|\btel\b|\(\d{3}\)\s*\d{3}",
    re.I,
)
_US_STATES: Final = (
    "alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|georgia|"
    "hawaii|idaho|illinois|indiana|iowa|kansas|kentucky|louisiana|maine|maryland|massachusetts|"
    "michigan|minnesota|mississippi|missouri|montana|nebraska|nevada|new\\s+hampshire|"
    "new\\s+jersey|new\\s+mexico|new\\s+york|north\\s+carolina|north\\s+dakota|ohio|oklahoma|"
    "oregon|pennsylvania|rhode\\s+island|south\\s+carolina|south\\s+dakota|tennessee|texas|utah|"
    "vermont|virginia|washington|west\\s+virginia|wisconsin|wyoming|district\\s+of\\s+columbia"
)
# "Sarasota, Florida", "Chicago, IL", "Tampa, FL 33601": a place, not an organisation.
CITY: Final = re.compile(
    r"^[A-Z][\w.' -]{1,30},\s*(?:" + _US_STATES + r"|[A-Z]{2})\b(?:\s+\d{5}(?:-\d{4})?)?\.?$",
    re.I,
)
_CONTACT: Final = re.compile(r"@|\bwww\.|https?://|\.(?:org|com|edu|gov|net)\b|\bfax\b", re.I)
_LETTERHEAD_BAND: Final = 0.22  # the top of the page a letterhead is printed in
_FOOTER_BAND: Final = 0.9  # below this, small print is a footer
_FOOTER_WORDS: Final = re.compile(
    r"\b(?:printed|generated|page\s+\d+\s+of|downloaded|retrieved|report\s+date|run\s+date)\b",
    re.I,
)


def size(doc: Doc, number: int) -> float:
    """How large line `number` is printed, relative to the page's ordinary print (1.0 when the
    text has no positions)."""
    line = doc.geometry[number] if number < len(doc.geometry) else None
    if line is None:
        return 1.0
    page = doc.pages[doc.page_of[number]]
    body = page.body_size
    return line.size / body if body > 0 else 1.0


def place(doc: Doc, number: int) -> float | None:
    """Where line `number` is on its page, from 0 (top) to 1 (bottom); None without positions."""
    line = doc.geometry[number] if number < len(doc.geometry) else None
    if line is None:
        return None
    page = doc.pages[doc.page_of[number]]
    return line.top / page.height if page.height > 0 else None


def italic_or_small(doc: Doc, number: int) -> bool:
    return size(doc, number) < 0.9


def is_footer(doc: Doc, number: int) -> bool:
    """A footer line: small print at the very bottom, or a "Printed on ..." line."""
    text = doc.flat_line(number)
    where = place(doc, number)
    if _FOOTER_WORDS.search(text) and (where is None or where > 0.75 or size(doc, number) < 0.95):
        return True
    return where is not None and where > _FOOTER_BAND and size(doc, number) < 0.95


def signature_lines(doc: Doc) -> set[int]:
    """Lines of signature blocks: a role ("Director of Education"), the signer's name above it,
    and the organisation or credentials printed under it."""
    found: set[int] = set()
    for number in range(len(doc.lines)):
        text = doc.flat_line(number)
        if not text or len(doc.cells[number]) > 2:
            continue
        role = _role_cell(doc, number)
        if role is None:
            continue
        found.add(number)
        for above in (number - 1, number - 2):
            if above >= 0 and doc.flat_line(above):
                found.add(above)
                break
        below = number + 1
        if below < len(doc.lines) and doc.flat_line(below) and len(doc.cells[below]) == 1:
            following = doc.flat_line(below)
            if ORG_WORDS.search(following) and not STATEMENT.search(following):
                found.add(below)
    return found


def _role_cell(doc: Doc, number: int) -> str | None:
    for cell in doc.cells[number]:
        text = cell.text.strip(" ,")
        if JOB_TITLE.fullmatch(text) or re.fullmatch(
            r"(?:[\w&-]+\s+){0,3}(?:director|coordinator|manager|officer|chair|president|"
            r"educator|supervisor|dean|chief|head)\s+(?:of|for)\s+[\w &,.'-]{3,60}",
            text,
            re.I,
        ):
            return text
    return None


def read_letterhead(doc: Doc, fields: Fields) -> None:
    """The organisation printed at the top: a letterhead or a certificate's issuer line. With
    positions, the most organisation-like line of the top band (larger and bolder counts); a
    tagline, an address, a city, a department or a heading under it is not the provider."""
    if fields.conf("provider") >= PROSE or not doc.lines:
        return
    candidates: list[tuple[float, str, str]] = []
    headed = False
    positioned = any(doc.geometry)
    for number in _top_lines(doc):
        text = doc.flat_line(number)
        if not text:
            continue
        if HEADING.search(text) and not ORG_WORDS.search(re.sub(r"(?i)certificate", "", text)):
            headed = True
            continue
        cells = doc.cells[number]
        if len(cells) > 2 or any(labels_of(cell) for cell in cells):
            orgs = []
        else:  # "Clearwater Valley Health        Lewiston, Idaho": each cell, each part
            orgs = [
                org
                for cell in cells
                for part in _PARTS.split(cell.text)
                if (org := _letterhead_org(doc, fields, number, part, headed=headed))
            ]
        if not orgs:
            if positioned:
                continue  # positions tell a letterhead from a body: keep looking in the band
            break
        for org in orgs[:1]:
            score = _letterhead_score(doc, number, org)
            if score >= 0:
                candidates.append((score, org, text))
    if not candidates:
        return
    score, org, text = max(candidates, key=lambda item: item[0])
    org = _spelled_out(org, [other for _, other, _ in candidates])
    fields.add("provider", org, min(GUESSED + score, PROSE - 0.1), text)


# Parts of one letterhead line: "Peachtree Society · Atlanta", "Beacon Hill Laboratory —
# Education Services", "THE HISTOTECH QUARTERLY * CE SELF-ASSESSMENT".
_PARTS: Final = re.compile(r"\s+(?:[·•|*—–]|-{1,2})\s+")
# An event named at the top ("Southeastern Clinical Chemistry Conference 2025"): the provider
# when nothing else is named.
_EVENT: Final = re.compile(
    r"\b(?:symposium|conference|congress|meeting|summit|convention|seminar|workshop|day|days|"
    r"forum|expo)\b",
    re.I,
)
# Small words an organisation's name keeps in lower case ("Society for the Study of ...").
_CONNECTORS: Final = frozenset(
    {"of", "and", "for", "the", "de", "du", "des", "la", "le", "y", "&", "on", "in", "at", "to"}
)


def _spelled_out(org: str, others: list[str]) -> str:
    """A brand mark ("ADLM", "Scope & Slide") as the fuller name the letterhead also prints
    ("Association for Diagnostics & Laboratory Medicine", "Scope & Slide Learning Network")."""
    for other in others:
        if other == org or len(other) <= len(org):
            continue
        if other.casefold().startswith(org.casefold() + " "):
            return other
        if re.fullmatch(r"[A-Z]{2,6}", org):
            initials = "".join(w[0] for w in re.findall(r"[A-Za-z]+", other) if w[0].isupper())
            if initials.upper() == org:
                return other
    return org


def _letterhead_org(
    doc: Doc, fields: Fields, number: int, text: str, *, headed: bool
) -> str | None:
    """The organisation a top line (or a part of it) names, or None when it is something else:
    a label, a date, an address, a city, a number, a person, the title, a tagline, an
    accreditation or a value under its label."""
    if find_dates(text) or find_amounts(text):
        return None
    org = clean_org(text)
    if (
        org is None
        or org[:1].islower()
        or any(
            found.value == org or (isinstance(found.value, str) and org in found.value)
            for name, found in fields.found.items()
            if name in ("participant_name", "title")
        )
    ):
        return None  # a tagline ("an education service of ..."), the name, the course
    if (number > 0 and _label_above(doc, number)) or ADDRESS.search(text) or CITY.match(text):
        return None
    if _CONTACT.search(text) or re.search(
        r"\d{2,}-\d|#\s*\d|\b(?:program|course|provider)\s+(?:no\.?|number|#)", text, re.I
    ):
        return None  # a web address, a line stating a number
    if find_accreditations(org) and not INSTITUTION.search(org):
        return None  # "P.A.C.E.® Continuing Education", "ACCENT® Credit Summary"
    person = clean_name(org)
    if person is not None and person != org and not ORG_WORDS.search(org):
        return None  # "Yuki Martinez, MLS(ASCP)CM": a person with credentials
    if person == org and not ORG_WORDS.search(org) and (headed or number > 0):
        return None  # a person's name: the participant or a signer, not the provider
    if headed and any(doc.geometry) and not ORG_WORDS.search(org):
        return None  # under the heading: the name or the course, unless it names an organisation
    return org


def _label_above(doc: Doc, number: int) -> bool:
    above = number - 1
    while above >= 0 and not doc.cells[above]:
        above -= 1
    return above >= 0 and any(
        not label.value and label.role != "ignore" for label in labels_of(doc.cells[above][0])
    )


def _top_lines(doc: Doc) -> list[int]:
    """Lines of the letterhead band: the top of the first page, or the first six lines."""
    if not any(doc.geometry):
        return [n for n in range(min(6, len(doc.lines)))]
    out: list[int] = []
    for number in range(len(doc.lines)):
        if doc.page_of and doc.page_of[number] != 0:
            break
        where = place(doc, number)
        if where is None:
            continue
        if where > _LETTERHEAD_BAND and out:
            break
        if where <= _LETTERHEAD_BAND or not out:
            out.append(number)
    return out[:8]


def _letterhead_score(doc: Doc, number: int, org: str) -> float:
    """How letterhead-like a top line is: organisation words, an address under it, printed
    larger or bold, near the very top; a tagline (a phrase in lower case, no organisation
    word) scores nothing."""
    score = 0.0
    lower = [word for word in org.split()[1:] if word[:1].islower()]
    if any(word.casefold() not in _CONNECTORS for word in lower):
        return -1.0  # "Continuing education for the clinical micro lab": a tagline
    if ORG_WORDS.search(org):
        score += 0.1
    elif len(lower) >= 2:
        return -1.0  # "Where every child matters": a tagline
    if INSTITUTION.search(org):
        score += 0.05
    if DEPARTMENT.search(org):
        score -= 0.15
    elif _EVENT.search(org) and not INSTITUTION.search(org):
        score -= 0.08
    following = range(number + 1, min(number + 4, len(doc.lines)))
    if any(ADDRESS.search(doc.lines[n]) or CITY.match(doc.flat_line(n)) for n in following):
        score += 0.1
    relative = size(doc, number)
    if relative >= 1.25:
        score += 0.1
    line = doc.geometry[number] if number < len(doc.geometry) else None
    if line is not None and sum(w.bold for w in line.words) * 2 > len(line.words):
        score += 0.03
    return score - 0.01 * number
