"""Credit printed per topic ("1 hour HIV/AIDS and 2 hours Prevention of Medical Errors").

The ledger has no per-topic split: an activity's `topics` are the content areas its whole credit
may be allocated to (docs/ledger.md), so one 3-hour activity tagged HIV/AIDS and medical errors
could be counted as 3 hours of either. A certificate that states hours per topic is therefore
proposed as one draft per topic, each with its own hours and only its own topic; hours printed
for some topics only ("3 contact hours, including 1 hour of HIV/AIDS") leave a draft for the
rest. Each part is reviewed and confirmed on its own.

A part is "NUMBER UNIT [of|in|for] PHRASE" or "PHRASE: NUMBER UNIT" (also "PHRASE (NUMBER
UNIT)"), where the phrase names one topic decisively (`topics.infer_topics`). Nothing is split
when the parts disagree with the stated total, a topic is given two different amounts, or the
units differ: the reviewer then sees a note instead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal

from cetrack.core.capture.draft import Capture, Draft, Field
from cetrack.core.capture.topics import MANDATORY_TOPICS, infer_topics, pretick
from cetrack.core.capture.values import find_amounts, plain_decimal
from cetrack.core.ledger import AMOUNT_FIELDS

# How sure a part is: the hours and the topic are printed together on the certificate.
PART_CONFIDENCE = 0.9
# A part's hours are the reader's proposal, not the credit the certificate claims (its total):
# left for the reviewer to confirm, like any amount with another figure beside it.
PART_AMOUNT_CONFIDENCE = 0.75
# Units a per-topic amount is written in (what certificates print for Florida's courses).
_UNITS = ("hours", "minutes", "ceu")
_MAX_PHRASE_WORDS = 8
_ORIGINS = frozenset({"pdf-text", "ocr"})
# Where a topic phrase ends, after the amount / begins, before it (a run of spaces is a gap
# between the columns of a laid-out page).
_AFTER_END = re.compile(r"[,;()\[\]\n]|\s(?:and|&|plus)\s|\s{3,}|\d", re.I)
_BEFORE_START = re.compile(r".*(?:[,;()\[\]\n:]|\s(?:and|&|plus)\s|\s{3,}|^)", re.I | re.S)
_LEAD = re.compile(r"^\s*(?:(?:of|in|on|for|covering)\b|[:=–—-])*\s*", re.I)
_TRAIL = re.compile(r"\s*(?:[:=(–—-]|\bis\b|\bfor\b)*\s*$", re.I)
_EDGE_QUOTES = "\"'“”‘’ .*"
# Words saying the amount that follows is a share of the course's credit.
_INCLUDED = re.compile(r"\b(?:includ\w*|of which|of these|comprising)\b[^\n.;]*$", re.I)


@dataclass(frozen=True, slots=True)
class Part:
    """Credit the certificate gives one topic."""

    unit: str  # the ledger's amount field
    value: Decimal
    topics: tuple[str, ...]  # the named topic first, then what it implies (medical errors: safety)
    phrase: str  # the certificate's words for the topic ("Prevention of Medical Errors")
    said: str  # the whole text it was read from ("2 hours Prevention of Medical Errors")
    included: bool = False  # introduced as part of a larger credit ("including 1 hour of ...")


def find_parts(text: str) -> list[Part]:
    """Per-topic amounts in `text`, in reading order; one per topic."""
    parts: list[Part] = []
    for unit, found in find_amounts(text):
        if unit not in _UNITS:
            continue
        after = _AFTER_END.split(text[found.end : found.end + 120], maxsplit=1)[0]
        window = _TRAIL.sub("", text[max(0, found.start - 120) : found.start])
        before = _BEFORE_START.sub("", window, count=1)
        begins = found.start - len(text[max(0, found.start - 120) : found.start])
        begins += len(window) - len(before)
        for phrase, said in (
            (_LEAD.sub("", after), text[found.start : found.end + len(after)]),
            (before, text[begins : found.end]),
        ):
            topics = _topics_of(phrase)
            if topics:
                cue = _INCLUDED.search(text[max(0, found.start - 60) : found.start])
                said = " ".join(said.split())
                value = Decimal(found.value)
                parts.append(Part(unit, value, topics, _clean(phrase), said, cue is not None))
                break
    return _one_per_topic(parts)


def _topics_of(phrase: str) -> tuple[str, ...]:
    """The topic a short phrase names decisively (and what it implies), or () when none."""
    words = phrase.split()
    if not words or len(words) > _MAX_PHRASE_WORDS or any(ch.isdigit() for ch in phrase):
        return ()
    guesses = [g for g in infer_topics(phrase) if pretick(g) and g.topic != "general"]
    if not guesses:
        return ()
    first = guesses[0]
    implied = tuple(g.topic for g in guesses[1:] if g.matched.endswith(f"(implies {g.topic})"))
    return (first.topic, *implied)


def _clean(phrase: str) -> str:
    return " ".join(phrase.split()).strip(_EDGE_QUOTES)


def _one_per_topic(parts: list[Part]) -> list[Part]:
    """The same part printed twice (a summary and a footer) counts once; a topic given two
    different amounts makes the whole reading unreliable."""
    seen: dict[str, Part] = {}
    for part in parts:
        other = seen.get(part.topics[0])
        if other is None:
            seen[part.topics[0]] = part
        elif (other.unit, other.value) != (part.unit, part.value):
            return []
    return list(seen.values())


def with_topic_splits(capture: Capture) -> Capture:
    """A single certificate draft becomes one draft per topic when its text prints the hours
    per topic; anything else is returned unchanged."""
    if len(capture.drafts) != 1 or capture.drafts[0].origin not in _ORIGINS:
        return capture
    draft = capture.drafts[0]
    if "topics" in draft.fields:
        return capture
    parts = find_parts(capture.text)
    if not parts:
        return capture
    split = split_draft(draft, parts)
    return replace(capture, drafts=split)


def split_draft(draft: Draft, parts: list[Part]) -> tuple[Draft, ...]:
    """`draft` as one draft per part (and one for credit left over), or with a note when the
    parts cannot be reconciled with its amount."""
    if not any(topic in MANDATORY_TOPICS for part in parts for topic in part.topics):
        # Hours per specialty, session or module ("Chemistry 1.5, Hematology 1.0"): the credit
        # broken down, claimed whole. Only a topic with a required minimum of its own is worth
        # an activity of its own.
        return (draft,)
    units = {part.unit for part in parts}
    unit = parts[0].unit
    total = _total(draft, parts)
    summed = sum((part.value for part in parts), Decimal(0))
    rest = Decimal(0)
    if total is not None and len(units) == 1 and total[0] == unit and total[1] > summed:
        rest = total[1] - summed
    shares = all(part.included for part in parts)
    if len(units) > 1 or (total is not None and total != (unit, summed) and not (rest and shares)):
        if len(parts) == 1 and not any(t in MANDATORY_TOPICS for t in parts[0].topics):
            return (draft,)  # most likely the course title beside its credit
        return (_noted(draft, parts, "they do not add up to the credit stated"),)
    if len(parts) == 1 and not rest:
        return (draft,)  # one topic carrying all the credit: the title's topics decide
    count = len(parts) + (1 if rest else 0)
    drafts = [_part_draft(draft, part, number, count) for number, part in enumerate(parts, 1)]
    if rest:
        drafts.append(_rest_draft(draft, unit, rest, parts, count))
    return tuple(drafts)


def _total(draft: Draft, parts: list[Part]) -> tuple[str, Decimal] | None:
    """The draft's own amount, unless it was read from one of the parts themselves ("Credit:
    1 hour HIV/AIDS and 2 hours ..." read as 1 hour)."""
    unit = draft.amount_field
    found = draft.fields.get(unit) if unit else None
    if unit is None or found is None or not isinstance(found.value, str):
        return None
    try:
        value = Decimal(found.value)
    except ArithmeticError:
        return None
    source = " ".join(found.source.split())
    first = next((f for u, f in find_amounts(source) if u == unit and f.value == found.value), None)
    for part in parts:
        at = source.find(part.said)
        if first is not None and at >= 0 and at <= first.start < at + len(part.said):
            return None
    return unit, value


def _part_draft(draft: Draft, part: Part, number: int, count: int) -> Draft:
    fields = {name: found for name, found in draft.fields.items() if name not in AMOUNT_FIELDS}
    title = draft.text("title")
    fields["title"] = Field(f"{title} — {part.phrase}" if title else part.phrase, 0.8, part.said)
    fields[part.unit] = Field(plain_decimal(part.value), PART_AMOUNT_CONFIDENCE, part.said)
    fields["topics"] = Field(part.topics, PART_CONFIDENCE, part.said)
    notes = (
        *draft.notes,
        f"The certificate gives credit per topic; this is part {number} of {count}: "
        f"{part.said}. Each part is its own activity, so its hours count only toward its topic.",
    )
    return replace(draft, fields=_ordered(fields, draft), where=_where(draft, number), notes=notes)


def _rest_draft(draft: Draft, unit: str, rest: Decimal, parts: list[Part], count: int) -> Draft:
    fields = {name: found for name, found in draft.fields.items() if name not in AMOUNT_FIELDS}
    said = "; ".join(part.said for part in parts)
    fields[unit] = Field(plain_decimal(rest), PART_AMOUNT_CONFIDENCE * 0.9, said)
    given = {topic for part in parts for topic in part.topics}
    title = draft.text("title") or ""
    left = [g for g in infer_topics(title) if pretick(g) and g.topic not in given]
    fields["topics"] = Field(
        tuple(g.topic for g in left),
        min((g.confidence for g in left), default=0.5),
        "; ".join(dict.fromkeys(g.matched for g in left))
        or "the course title, without the topics given hours of their own",
    )
    notes = (
        *draft.notes,
        f"The certificate gives credit per topic for part of the course ({said}); this is part "
        f"{count} of {count}: the remaining {_amount(unit, rest)}.",
    )
    return replace(draft, fields=_ordered(fields, draft), where=_where(draft, count), notes=notes)


def _noted(draft: Draft, parts: list[Part], why: str) -> Draft:
    said = "; ".join(part.said for part in parts)
    mandatory = any(topic in MANDATORY_TOPICS for part in parts for topic in part.topics)
    advice = (
        " A required topic's hours count only when recorded as their own activity."
        if mandatory
        else ""
    )
    note = f"The certificate gives credit per topic ({said}), but {why}: check the hours.{advice}"
    return replace(draft, notes=(*draft.notes, note))


_UNIT_WORDS = {"hours": "contact hour", "minutes": "minute", "ceu": "CEU"}


def _amount(unit: str, value: Decimal) -> str:
    word = _UNIT_WORDS.get(unit, unit)
    plural = value != 1 and unit != "ceu"
    return f"{plain_decimal(value)} {word}{'s' if plural else ''}"


def _where(draft: Draft, number: int) -> str:
    return f"{draft.where}, topic part {number}" if draft.where else f"topic part {number}"


def _ordered(fields: dict[str, Field], draft: Draft) -> dict[str, Field]:
    """The original field order, with new fields after it."""
    order = list(draft.fields)
    return dict(sorted(fields.items(), key=lambda item: _rank(order, item[0])))


def _rank(order: list[str], name: str) -> int:
    if name in order:
        return order.index(name)
    if name in AMOUNT_FIELDS:  # a part's amount stands where the draft's amount stood
        return next((order.index(n) for n in AMOUNT_FIELDS if n in order), len(order))
    return len(order)
