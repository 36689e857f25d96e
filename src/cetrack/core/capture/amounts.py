"""The credit a certificate claims, read from its sentences, and how sure the reader is of it.

The labelled readers and the breakdown of a table offer their figures first (`add_amount`);
`read_amounts` adds the figures stated in running text, and `doubt_amount` leaves the chosen
amount below the review threshold whenever the page gives reason to doubt it: a wrong amount
is a wrong verdict, so it is never confidently wrong.
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal, InvalidOperation

from cetrack.core.capture.draft import REVIEW_BELOW
from cetrack.core.capture.fields import INFERRED, PROSE, Fields, add_amount
from cetrack.core.capture.text import Doc
from cetrack.core.capture.values import find_accreditations, find_amounts
from cetrack.core.ledger import AMOUNT_FIELDS

_AMOUNT_CONTEXT = re.compile(
    r"\b(?:award\w*|earn\w*|grant\w*|approved\s+for|worth|total\s+of|receive\w*|for|designat\w*|provide[sd]?|offers?|carries|credit(?:ed)?)\b[\s:,a-z]*$",
    re.I,
)
_NOT_AMOUNT_LINE = re.compile(
    r"^\s*(?:total|subtotal|grand\s+total|cumulative)\b|=|\bequals?\b|\bmaximum\b|\bup\s+to\b"
    r"|\bavailable\b|\boffered\b",
    re.I,
)


def read_amounts(doc: Doc, fields: Fields, used_lines: set[int]) -> None:
    flat = doc.flat
    found = find_amounts(flat)
    previous_end = -10
    for name, hit in found:
        line = doc.line_at(hit.start)
        text = doc.flat_line(line)
        between = flat[previous_end : hit.start]
        equivalent = previous_end >= 0 and re.fullmatch(r"\s*[(/]\s*|\s*(?:or|=)\s*", between)
        previous_end = hit.end
        if equivalent or _NOT_AMOUNT_LINE.search(text) or is_rate(flat, hit.start, hit.end):
            continue
        before = flat[max(0, hit.start - 40) : hit.start]
        if _AMOUNT_CONTEXT.search(before) or len(text) <= len(hit.raw) + 4:
            conf = PROSE + 0.05
        else:
            conf = INFERRED
        if name == "minutes":
            conf -= 0.1
        add_amount(fields, name, hit.value, conf, text, line)
        if conf >= PROSE:
            unit_acc = find_accreditations(hit.raw)
            if unit_acc:
                fields.add("accreditation", unit_acc[0][0], 0.9, text)


_RATE_AFTER = re.compile(
    r"\s*(?:per|each|a|an)\s+(?:session|hour|day|module|lesson|\d+\s+min)|\s*/\s*(?:session|day|hour)|\s*per\b",
    re.I,
)
_RATE_BEFORE = re.compile(
    r"\b(?:each|every|per)\s+(?:[\w-]+\s+){0,3}(?:is|was|carries|earns|awards?|=|worth|for)\s*(?:up\s+to\s+)?$",
    re.I,
)


def is_rate(flat: str, start: int, end: int) -> bool:
    """Whether a credit figure is a rate, not a claim: "1 contact hour per 50 minutes of
    instruction", "Each session is 1.0 contact hour"."""
    return bool(
        _RATE_AFTER.match(flat, end) or _RATE_BEFORE.search(flat, max(0, start - 50), start)
    )


def doubt_amount(doc: Doc, fields: Fields, skip_lines: set[int]) -> str | None:
    """When the certificate prints other credit figures than the one chosen (not its stated
    equivalent, not a maximum or a per-unit rate, not a row of a broken-down total), the amount
    is left below the review threshold, with a note naming them: a wrong amount is a wrong
    verdict, so it is never confidently wrong."""
    name = next((n for n in AMOUNT_FIELDS if n in fields.found), None)
    if name is None:
        return None
    chosen = fields.found[name]
    if not isinstance(chosen.value, str):
        return None
    others: list[str] = []
    for field_name, hit in find_amounts(doc.flat):
        line = doc.line_at(hit.start)
        if line in skip_lines or _NOT_AMOUNT_LINE.search(doc.flat_line(line)):
            continue
        if is_rate(doc.flat, hit.start, hit.end):
            continue
        if not same_credit(name, chosen.value, field_name, hit.value):
            others.append(" ".join(hit.raw.split()))
    for field_name, value, line in fields.amounts_seen:
        # A figure read under a label ("Hours: 0.75" in each row of a table of modules).
        if line < 0 or line in skip_lines or _NOT_AMOUNT_LINE.search(doc.flat_line(line)):
            continue
        if not same_credit(name, chosen.value, field_name, value):
            others.append(doc.flat_line(line))
    if not others:
        return None
    cap = REVIEW_BELOW - 0.05
    if chosen.confidence > cap:
        fields.found[name] = replace(chosen, confidence=cap)
    shown = ", ".join(f"“{raw}”" for raw in dict.fromkeys(others))
    return f"the certificate also prints {shown}; check which credit is claimed"


def same_credit(first: str, first_value: str, second: str, second_value: str) -> bool:
    """Whether two printed amounts state the same credit (1.5 contact hours = 0.15 CEU = 90
    minutes, by the 50- or 60-minute hour)."""
    return bool(_as_hours(first, first_value) & _as_hours(second, second_value))


def _as_hours(name: str, value: str) -> set[Decimal]:
    try:
        number = Decimal(value)
    except InvalidOperation:
        return set()
    if name == "ceu":
        return {number * 10}
    if name == "minutes":
        return {(number / 50).quantize(Decimal("0.01")), (number / 60).quantize(Decimal("0.01"))}
    return {number}
