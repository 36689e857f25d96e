"""The same course arriving twice (a PDF, then a transcript row or a badge) is one activity.

Two records match when their completion dates agree (a day apart at most, as a provider's
transcript may date a webinar by its time zone), their amounts and providers do not conflict,
and either their course numbers are equal or their titles are the same once normalised. Numbers
in a title must agree, so "Part 1" never merges with "Part 2".

A person's own records are matched more loosely (`repeats_record`): an activity typed by hand
often carries a short title ("Antibody ID" for "Antibody Identification: Case Studies"), so
one on the same day, with the same credit, whose every title word appears in the other title
(or starts a word of it) is a repeat too. Drafts among themselves keep the strict rule.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from difflib import SequenceMatcher

from cetrack.core.capture.draft import Draft, Field
from cetrack.core.ledger import Activity

TITLE_SIMILAR = 0.88
PROVIDER_DIFFERENT = 0.5
_STOP = frozenset(
    {"a", "an", "and", "the", "of", "for", "in", "on", "to", "with", "webinar", "course"}
)
_ROMAN = {"i": "1", "ii": "2", "iii": "3", "iv": "4", "v": "5", "vi": "6"}


@dataclass(frozen=True, slots=True)
class Signature:
    """What identifies a completed course, normalised for comparison."""

    title: str
    numbers: frozenset[str]
    provider: str | None
    end: date | None
    hours: frozenset[Decimal]  # the amount as contact hours, every reasonable reading
    course_number: str | None


@dataclass(frozen=True, slots=True)
class Match:
    """Draft `draft` is the same course as ledger activity `activity_id` or draft `other`."""

    draft: int
    activity_id: str | None
    other: int | None
    reasons: tuple[str, ...]


def _words(text: str) -> list[str]:
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().casefold()
    return re.findall(r"[a-z0-9]+", folded)


def _title(text: str) -> tuple[str, frozenset[str]]:
    words = [_ROMAN.get(w, w) for w in _words(text)]
    numbers = frozenset(w for w in words if w.isdigit())
    return " ".join(w for w in words if w not in _STOP), numbers


def _course_number(text: str | None) -> str | None:
    if not text:
        return None
    cleaned = "".join(_words(text))
    return cleaned or None


def _hours(unit: str | None, value: Decimal | None) -> frozenset[Decimal]:
    if unit is None or value is None:
        return frozenset()
    if unit in ("hours", "points"):
        return frozenset({value})
    if unit == "ceu":
        return frozenset({value * 10})
    if unit == "minutes":  # certificates use both the clock hour and the 50-minute hour
        return frozenset(
            {(value / 60).quantize(Decimal("0.01")), (value / 50).quantize(Decimal("0.01"))}
        )
    return frozenset({value})


def signature(
    title: str,
    provider: str | None,
    end: date | None,
    unit: str | None,
    value: Decimal | None,
    course_number: str | None,
) -> Signature:
    """The normalised signature of a course, whatever the record it came from."""
    words, numbers = _title(title)
    return Signature(
        title=words,
        numbers=numbers,
        provider=" ".join(_words(provider)) if provider else None,
        end=end,
        hours=_hours(unit, value),
        course_number=_course_number(course_number),
    )


def activity_signature(activity: Activity) -> Signature:
    return signature(
        activity.title,
        activity.provider,
        activity.end,
        activity.amount.unit,
        activity.amount.value,
        activity.course_number,
    )


def draft_signature(draft: Draft) -> Signature:
    end_text = draft.text("end") or draft.text("completed_on")
    try:
        end = date.fromisoformat(end_text) if end_text else None
    except ValueError:
        end = None
    unit = draft.amount_field
    amount = draft.text(unit) if unit else None
    try:
        value = Decimal(amount) if amount else None
    except ArithmeticError:
        value = None
    return signature(
        draft.text("title") or "",
        draft.text("provider"),
        end,
        unit,
        value,
        draft.text("course_number"),
    )


def _acronym(name: str) -> str:
    return "".join(word[0] for word in name.split() if word not in _STOP)


def _providers_differ(a: str | None, b: str | None) -> bool:
    if not a or not b or a in b or b in a:  # "ascls" and "ascls p a c e program" agree
        return False
    short, long = sorted((a, b), key=len)
    if short.replace(" ", "") in (_acronym(long), _acronym(long.split(" (")[0])):
        return False  # "ascls" is "american society for clinical laboratory science"
    return SequenceMatcher(None, a, b).ratio() < PROVIDER_DIFFERENT


def same_course(a: Signature, b: Signature) -> tuple[str, ...] | None:
    """Why two records are the same course, or None when they are not (or might not be)."""
    if a.end is None or b.end is None or abs((a.end - b.end).days) > 1:
        return None
    if a.hours and b.hours and not (a.hours & b.hours):
        return None
    if _providers_differ(a.provider, b.provider):
        return None
    reasons = ["same date" if a.end == b.end else "dates a day apart"]
    if a.hours and b.hours:
        reasons.append("same credit")
    if a.course_number and b.course_number:
        if a.course_number != b.course_number:
            return None
        reasons.append("same course number")
        return tuple(reasons)
    if not a.title or not b.title or a.numbers != b.numbers:
        return None
    similarity = SequenceMatcher(None, a.title, b.title).ratio()
    if similarity < TITLE_SIMILAR:
        return None
    reasons.append("same title" if similarity == 1 else "nearly the same title")
    return tuple(reasons)


def repeats_record(draft: Signature, record: Signature) -> tuple[str, ...] | None:
    """Why a draft repeats one of the person's records (`same_course`, or a shorter title typed
    by hand on the same day with the same credit), or None."""
    found = same_course(draft, record)
    if found is not None:
        return found
    if draft.end is None or draft.end != record.end:
        return None
    if not (draft.hours and record.hours and draft.hours & record.hours):
        return None
    if _providers_differ(draft.provider, record.provider):
        return None
    if draft.course_number and record.course_number:
        return None  # both numbered and the numbers differ (same_course would have matched)
    short, long = sorted((draft.title.split(), record.title.split()), key=len)
    if not short or not all(any(_abbreviates(word, other) for other in long) for word in short):
        return None
    return ("same date", "same credit", "title words in common")


def _abbreviates(word: str, other: str) -> bool:
    """`word` is `other`, or (letters only, two or more) the start of it: "id", "identification"."""
    if word == other:
        return True
    return len(word) >= 2 and word.isalpha() and other.startswith(word)


def find_duplicates(
    drafts: Sequence[Draft], existing: Sequence[Activity] = ()
) -> tuple[Match, ...]:
    """For each draft that repeats something: the ledger activity or the earlier draft it repeats.

    A draft matching a ledger activity is reported against that activity; otherwise against the
    first earlier draft of the same course, so a batch collapses onto its first occurrence.
    """
    known = [(activity.id, activity_signature(activity)) for activity in existing]
    seen: list[tuple[int, Signature]] = []
    matches: list[Match] = []
    for index, draft in enumerate(drafts):
        signature = draft_signature(draft)
        found: Match | None = None
        for activity_id, other in known:
            reasons = repeats_record(signature, other)
            if reasons:
                found = Match(index, activity_id, None, reasons)
                break
        if found is None:
            for earlier, other in seen:
                reasons = same_course(signature, other)
                if reasons:
                    found = Match(index, None, earlier, reasons)
                    break
        if found is None:
            seen.append((index, signature))
        else:
            matches.append(found)
    return tuple(matches)


def merge_drafts(primary: Draft, other: Draft) -> Draft:
    """`primary` with the fields only `other` has, or has with more confidence.

    The amount is never mixed: the primary's unit wins when both state one.
    """
    fields: dict[str, Field] = dict(primary.fields)
    other_unit = other.amount_field
    for name, found in other.fields.items():
        if name == other_unit and primary.amount_field not in (None, name):
            continue
        current = fields.get(name)
        if current is None or found.confidence > current.confidence:
            fields[name] = found
    where = " + ".join(w for w in (primary.where, other.where) if w) or None
    notes = tuple(dict.fromkeys((*primary.notes, *other.notes)))
    return replace(primary, fields=fields, where=where, notes=notes)
