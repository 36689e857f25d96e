"""The credit a certificate claims, read from its sentences, and how sure the reader is of it.

The labelled readers and the breakdown of a table offer their figures first (`add_amount`);
`read_amounts` adds the figures stated in running text, and `doubt_amount` leaves the chosen
amount below the review threshold whenever the page gives reason to doubt it: a wrong amount
is a wrong verdict, so it is never confidently wrong.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation

from cetrack.core.capture.draft import REVIEW_BELOW
from cetrack.core.capture.fields import (
    INFERRED,
    LABELLED_WEAK,
    PROSE,
    Fields,
    add_amount,
    amount_unit,
)
from cetrack.core.capture.text import Doc
from cetrack.core.capture.values import (
    WORD_NUMBERS,
    Found,
    find_accreditations,
    find_amounts,
    plain_decimal,
)
from cetrack.core.ledger import AMOUNT_FIELDS

_AMOUNT_CONTEXT = re.compile(
    r"\b(?:award\w*|earn\w*|grant\w*|approved\s+for|worth|total\s+of|receive\w*|for|designat\w*|provide[sd]?|offers?|carries|credit(?:ed)?)\b[\s:,a-z]*$",
    re.I,
)
# A figure under one of these words is what could be earned, not what was: "designates this
# activity for a maximum of / 4.25 Credits", "may earn up to 6 contact hours", "Credit
# available 1.5 contact hours", "7.0 offered", what a board requires and running totals ("The
# state requires 12 contact hours", "the 2-hour requirement", "cumulative total ... 14.5");
# after "per" it measures a rate ("1 contact hour per 50 minutes").
_NOT_CLAIMED_BEFORE = re.compile(
    r"\b(?:maximum|max\.|up\s+to|as\s+many\s+as|not\s+to\s+exceed|no\s+more\s+than)\b"
    r"[^.;!?\d]{0,40}$|\b(?:available|offered|possible)\b[^.;!?\d\n]{0,15}$"
    r"|\b(?:requires?|required|cumulative|to\s+date|renewal\s+period|this\s+cycle)\b"
    r"[^.;!?\d]{0,30}$"
    r"|\b(?:per|each|every)\s+$",
    re.I,
)
_NOT_CLAIMED_AFTER = re.compile(
    r"[^.;!?\d\n(]{0,40}?\b(?:available|offered|possible|maximum)\b"
    r"|\s*(?:[a-z]+\s+)?(?:required|requirement)\b",
    re.I,
)
# A figure read under a label on a line that names it a maximum or what is on offer.
_NOT_CLAIMED_LINE = re.compile(
    r"\bmaximum\b|\bmax\.|\bup\s+to\b|\bavailable\b|\boffered\b|\bpossible\b|\brequire[sd]?\b"
    r"|\bcumulative\b",
    re.I,
)
# What joins a figure to its stated equivalent: "1.5 contact hours (0.15 CEU)", "150 minutes =
# 3.0 contact hours", "3 contact hours or 0.3 CEU".
_EQUIVALENT = re.compile(
    r"\s*[(/]\s*|\s*(?:or|=|equals?|is(?:\s+(?:equal|equivalent)\s+to)?|corresponds\s+to)\s*",
    re.I,
)
_DEFINING = re.compile(
    r"\s*(?:=|equals?|is(?:\s+(?:equal|equivalent)\s+to)?|corresponds\s+to)\s*", re.I
)
# A figure stated as the credit, or as a total, is no definition of a unit.
_CLAIM_BEFORE = re.compile(
    r"\b(?:award\w*|earn\w*|grant\w*|approved\s+for|receive\w*|designat\w*|credited|total)\b"
    r"[^.;!?\d]{0,25}$",
    re.I,
)
_CREDIT_UNITS = ("hours", "ceu", "points", "semester_hours", "quarter_hours")


@dataclass(frozen=True, slots=True)
class Statement:
    """A credit figure with the equivalents printed beside it ("90 minutes (1.5 contact
    hours)"), and whether the page claims it."""

    figures: tuple[tuple[str, Found], ...]
    claimed: bool

    @property
    def award(self) -> tuple[str, Found]:
        """The figure in the unit the credit is awarded in: the credit, not the duration, of
        "150 minutes = 3.0 contact hours"."""
        first = self.figures[0]
        if first[0] == "minutes":
            return next((f for f in self.figures if f[0] in _CREDIT_UNITS), first)
        return first


def statements(flat: str) -> list[Statement]:
    """Every credit figure of the text with its equivalents, in reading order; a maximum, an
    offer, a per-unit rate or a unit's definition ("1 CEU = 10 contact hours") is not claimed."""
    hits = find_amounts(flat)
    defining = _definitions(flat, hits)
    groups: list[tuple[list[tuple[str, Found]], bool]] = []
    for index, (name, hit) in enumerate(hits):
        alone = index in defining or _qualified(flat, hit)
        if (
            not alone
            and groups
            and _EQUIVALENT.fullmatch(flat[groups[-1][0][-1][1].end : hit.start]) is not None
        ):
            groups[-1][0].append((name, hit))
        else:
            groups.append(([(name, hit)], not alone))
    return [
        Statement(tuple(group), claimed and not _NOT_CLAIMED_AFTER.match(flat, group[-1][1].end))
        for group, claimed in groups
    ]


def _qualified(flat: str, hit: Found) -> bool:
    """A maximum, an offer or a rate: "up to 6 contact hours", "1 contact hour per session"."""
    return bool(
        _NOT_CLAIMED_BEFORE.search(flat, max(0, hit.start - 60), hit.start)
        or is_rate(flat, hit.start, hit.end)
    )


def _definitions(flat: str, hits: list[tuple[str, Found]]) -> set[int]:
    """Figures that define a unit: "1 CEU = 10 contact hours", "50 minutes = 1 contact hour",
    "one CEU equals ten contact hours" (not a total: "Total: 60 minutes = 1 contact hour")."""
    found: set[int] = set()
    for index in range(len(hits) - 1):
        first, second = hits[index][1], hits[index + 1][1]
        if Decimal(first.value) != 1 and Decimal(second.value) != 1:
            continue
        if not _DEFINING.fullmatch(flat[first.end : second.start]):
            continue
        if _CLAIM_BEFORE.search(flat, max(0, first.start - 40), first.start):
            continue
        found |= {index, index + 1}
    return found


# The share of what was on offer: "Hours earned: 4.5 of 7.0 offered", "Credits claimed 2 out of
# a possible 3", "awarded 3.5 of 4 contact hours".
_SHARE = re.compile(
    r"\b(?P<label>(?:(?:contact|ce|credit|cme)\s+)?(?:hours?|credits?|ceus?|points)\s+"
    r"(?:earned|awarded|claimed|completed)|earned|awarded|claimed)\s*:?\s*"
    r"(?P<share>\d{1,3}(?:\.\d{1,3})?)(?!\d)\s*(?P<unit>[a-z.®\s]{0,30}?)\s*\b(?:of|out\s+of)\s+"
    r"(?:a\s+(?:possible|maximum\s+of)\s+|the\s+)?(?P<whole>\d{1,3}(?:\.\d{1,3})?)(?!\d|\.\d)",
    re.I,
)


def read_share(doc: Doc, fields: Fields) -> None:
    """The credit claimed out of what was offered, said in one breath (the larger figure is
    the offer, not the claim)."""
    for match in _SHARE.finditer(doc.flat):
        share, whole = Decimal(match.group("share")), Decimal(match.group("whole"))
        if not 0 < share <= whole:
            continue
        name = amount_unit(match.group("label") + " " + match.group("unit"))
        line = doc.line_at(match.start())
        add_amount(fields, name, plain_decimal(share), LABELLED_WEAK, doc.flat_line(line), line)


# A credit label inside a line, after another fact ("Completed 29 July 2025 · Contact hours:
# 2.5"), or at its start behind a mark OCR garbled ("P.A.C.E.©® contact hours: 6.5").
_INLINE_LABEL = re.compile(
    r"(?:[·•|—–;,]|\s-\s|\s{2,}|^)\s*(?:[^\s:]{1,14}\s+)?"
    r"(?P<label>(?:(?:contact|ce|cme|cpd|credit|clock)\s+)?(?:hours|credits?)"
    r"|ceus?|(?:cmp|ccp)\s+points)\s*:\s*(?P<number>\d{1,3}(?:\.\d{1,3})?)(?!\d|\.\d)"
    r"(?!\s*(?:of|out|per|each|/|-|–|to)\b)",
    re.I | re.M,
)
# Check boxes in front of figures: "Contact hours  [ ] 0.5  [X] 1.0  [ ] 1.5".
_BOXED_FIGURE = re.compile(
    r"(?P<box>\[\s*[xX✓✔]?\s*\]|\(\s*[xX✓✔]?\s*\)|[☐□☒☑■])\s*(?P<number>\d{1,3}(?:\.\d{1,2})?)(?![\d.])"
)
_TICKED_BOX = re.compile(r"\[\s*[xX✓✔]\s*\]|\(\s*[xX✓✔]\s*\)|[☒☑■]")
_CREDIT_WORDS = re.compile(r"\b(?:hours?|credits?|ceus?|points|minutes)\b", re.I)


def read_inline_label(doc: Doc, fields: Fields) -> None:
    """A credit label and its figure after another fact on the same printed line."""
    for match in _INLINE_LABEL.finditer(doc.flat):
        if _NOT_CLAIMED_BEFORE.search(doc.flat, max(0, match.start() - 60), match.start("number")):
            continue
        name = amount_unit(match.group("label"))
        line = doc.line_at(match.start("number"))
        value = plain_decimal(Decimal(match.group("number")))
        if Decimal(value) > 0:
            add_amount(fields, name, value, PROSE + 0.05, doc.flat_line(line), line)


def choice_lines(doc: Doc) -> dict[int, tuple[str, str]]:
    """Lines that offer credit figures as check boxes, with the ticked one: {line: (amount
    field, value)}; a line with no box or several ticked is no choice."""
    found: dict[int, tuple[str, str]] = {}
    for number in range(len(doc.lines)):
        text = doc.flat_line(number)
        boxes = list(_BOXED_FIGURE.finditer(text))
        if len(boxes) < 2:
            continue
        label = text[: boxes[0].start()]
        ticked = [box for box in boxes if _TICKED_BOX.fullmatch(box.group("box"))]
        if len(ticked) != 1 or not _CREDIT_WORDS.search(label):
            continue
        value = Decimal(ticked[0].group("number"))
        if value > 0:
            found[number] = (amount_unit(label), plain_decimal(value))
    return found


def read_amounts(doc: Doc, fields: Fields, used_lines: set[int]) -> None:
    """Credit figures stated in the text, after the labelled readers and any breakdown: each
    offered to the draft with how sure its wording makes it (`add_amount` keeps the best)."""
    read_share(doc, fields)
    read_inline_label(doc, fields)
    for line, (name, value) in choice_lines(doc).items():
        # Drop a figure read from the row of boxes itself (its last number, say).
        current = fields.found.get(name)
        if current is not None and doc.flat_line(line) in current.source:
            del fields.found[name]
        add_amount(fields, name, value, LABELLED_WEAK, doc.flat_line(line), line)
    claimed = [statement for statement in statements(doc.flat) if statement.claimed]
    for statement in claimed:
        _read_statement(doc, fields, statement)
    _in_credit_unit(doc, fields, claimed)


def _read_statement(doc: Doc, fields: Fields, statement: Statement) -> None:
    flat = doc.flat
    name, hit = statement.award
    first = statement.figures[0][1]
    line = doc.line_at(hit.start)
    text = doc.flat_line(line)
    before = flat[max(0, first.start - 40) : first.start]
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


def _in_credit_unit(doc: Doc, fields: Fields, claimed: list[Statement]) -> None:
    """Minutes chosen while the page also states the same credit in hours or CEUs ("Total
    instruction: 150 minutes = 3.0 contact hours"): the credit is awarded in that unit."""
    chosen = fields.found.get("minutes")
    if chosen is None or not isinstance(chosen.value, str):
        return
    for statement in claimed:
        for name, hit in statement.figures:
            if name in _CREDIT_UNITS and same_credit("minutes", chosen.value, name, hit.value):
                del fields.found["minutes"]
                source = doc.flat_line(doc.line_at(hit.start))
                fields.found[name] = replace(chosen, value=hit.value, source=source)
                return


_RATE_AFTER = re.compile(
    r"\s*(?:per|each|a|an)\s+(?:session|hour|day|module|lesson|\d+\s+min)|\s*/\s*(?:session|day|hour)|\s*per\b",
    re.I,
)
_RATE_BEFORE = re.compile(
    r"\b(?:each|every|per)\s+(?:[\w-]+\s+){0,3}(?:is|was|carries|earns|awards?|=|worth|for"
    r"|lasts|lasted|runs|ran|takes|took)\s*(?:up\s+to\s+)?$",
    re.I,
)


def is_rate(flat: str, start: int, end: int) -> bool:
    """Whether a credit figure is a rate, not a claim: "1 contact hour per 50 minutes of
    instruction", "Each session is 1.0 contact hour"."""
    return bool(
        _RATE_AFTER.match(flat, end) or _RATE_BEFORE.search(flat, max(0, start - 50), start)
    )


# A credit stated per part of the activity ("Credit per session: 1.0 contact hour").
_PER_PART = re.compile(
    r"\b(?:per|each|every)\s+(?:session|day|module|lesson|webinar|part|talk|lecture|"
    r"presentation|event|meeting|workshop|class)\b",
    re.I,
)
# "two (3) contact hours": the words and the digits of one figure.
_WORDS_AND_DIGITS = re.compile(r"(?P<word>[a-z]+)\s*\(\s*(?P<digits>\d+(?:[.,]\d+)?)\s*\)", re.I)


def doubt_amount(doc: Doc, fields: Fields, skip_lines: set[int]) -> str | None:
    """When the page gives reason to doubt the amount chosen, it is left below the review
    threshold, with a note saying why: another credit figure is printed (not its stated
    equivalent, not a maximum, an offer or a per-unit rate, not a row of a broken-down total),
    the figure is a credit per part, or a figure's words and digits disagree. A wrong amount is
    a wrong verdict, so it is never confidently wrong."""
    name = next((n for n in AMOUNT_FIELDS if n in fields.found), None)
    if name is None:
        return None
    chosen = fields.found[name]
    if not isinstance(chosen.value, str):
        return None
    reasons: list[str] = []
    others = _other_figures(doc, fields, name, chosen.value, skip_lines)
    if others:
        shown = ", ".join(f"“{raw}”" for raw in dict.fromkeys(others))
        reasons.append(f"the certificate also prints {shown}; check which credit is claimed")
    if _PER_PART.search(chosen.source):
        reasons.append(f"“{chosen.source}” may be a credit per part; check the total claimed")
    garbled = _words_against_digits(doc.flat)
    if garbled:
        reasons.append(f"“{garbled}” says one number in words and another in digits")
    if not reasons:
        return None
    cap = REVIEW_BELOW - 0.05
    if chosen.confidence > cap:
        fields.found[name] = replace(chosen, confidence=cap)
    return "; ".join(reasons)


def _other_figures(
    doc: Doc, fields: Fields, name: str, value: str, skip_lines: set[int]
) -> list[str]:
    """Credit figures the page claims that state another credit than `value`."""
    others: list[str] = []
    choices = choice_lines(doc)
    for statement in statements(doc.flat):
        if not statement.claimed:
            continue
        for field_name, hit in statement.figures:
            line = doc.line_at(hit.start)
            if line in skip_lines or line in choices:
                continue
            if field_name == "minutes" and name != "minutes" and _duration(doc.flat, hit):
                continue
            if not same_credit(name, value, field_name, hit.value):
                others.append(" ".join(hit.raw.split()))
    for field_name, seen, line in fields.amounts_seen:
        # A figure read under a label ("Hours: 0.75" in each row of a table of modules).
        if line < 0 or line in skip_lines or _NOT_CLAIMED_LINE.search(doc.flat_line(line)):
            continue
        if line in choices and choices[line] != (field_name, seen):
            continue  # a box left empty
        text = doc.flat_line(line)
        if field_name == "minutes" and name != "minutes":
            hits = [
                hit for unit, hit in find_amounts(text) if (unit, hit.value) == (field_name, seen)
            ]
            if hits and all(_duration(text, hit) for hit in hits):
                continue
        if not same_credit(name, value, field_name, seen):
            others.append(doc.flat_line(line))
    return others


# How long something lasted, beside a credit: "a 15-minute break", "connected for 58 minutes",
# "Time spent 1 h 47 min", "the presentation lasted 90 minutes".
_DURATION_BEFORE = re.compile(
    r"\b(?:connected|logged|present|lasted|lasting|lasts|spent|duration|length|runs?|ran)\b"
    r"[^.;!?\d]{0,20}$",
    re.I,
)


def _duration(flat: str, hit: Found) -> bool:
    """Whether a figure in minutes states how long something took, not a credit."""
    adjective = re.search(r"\d\s*-\s*min", hit.raw) is not None  # "a 15-minute break"
    return adjective or bool(_DURATION_BEFORE.search(flat, max(0, hit.start - 40), hit.start))


def _words_against_digits(flat: str) -> str | None:
    for _, hit in find_amounts(flat):
        match = _WORDS_AND_DIGITS.match(hit.raw)
        if match is None or match.group("word").casefold() not in WORD_NUMBERS:
            continue
        digits = Decimal(match.group("digits").replace(",", "."))
        if WORD_NUMBERS[match.group("word").casefold()] != digits:
            return " ".join(hit.raw.split())
    return None


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
