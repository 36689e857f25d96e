"""Where on the page each field of a draft was read: boxes for the review screen.

The reader keeps, with every value, the text it came from (`Field.source`). Once a draft is
made, each field is found again among the page's positioned words: the words of its value
(a title, a name, a number as printed) or, for values the reader rewrote (an ISO date, a
decimal, an accreditation id), the words of the date, amount or statement it was read from.
The best run of consecutive lines holding them gives one box per line, as fractions of the
page, so any rendering of the page can show them.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Final

from cetrack.core.capture.draft import REVIEW_BELOW, Draft, Field, FieldBox
from cetrack.core.capture.layout import Word
from cetrack.core.capture.text import Doc
from cetrack.core.capture.values import find_amounts, find_date_ranges, find_dates
from cetrack.core.ledger import AMOUNT_FIELDS

_TOKEN: Final = re.compile(r"[\w@&%$#./'’-]+")
_MAX_LINES: Final = 4  # a wrapped title spans a few lines; a box never covers a paragraph
_DATES: Final = frozenset({"completed_on", "start", "end", "issued_on", "expires_on"})


def _norm(token: str) -> str:
    return token.strip(".,;:()[]\"'“”‘’").casefold()


def _tokens(text: str) -> list[str]:
    return [t for t in (_norm(m.group(0)) for m in _TOKEN.finditer(text)) if t]


def _wanted(name: str, found: Field) -> list[str]:
    """The printed words that show this field's value."""
    value = found.value
    source = found.source
    if name in _DATES and isinstance(value, str):
        for first, last in find_date_ranges(source):
            if value in (first.value, last.value):
                return _tokens(first.raw)
        for hit in find_dates(source):
            if hit.value == value:
                return _tokens(hit.raw)
        return _tokens(source)
    if name in AMOUNT_FIELDS and isinstance(value, str):
        for _, hit in find_amounts(source):
            if hit.value == value:
                return _tokens(hit.raw)
        words = _tokens(source)
        number = value.lstrip("0") or value
        return [w for w in words if number in w] or words
    if isinstance(value, str) and name not in ("accreditation", "kind", "delivery", "level"):
        words = _tokens(value)
        if words:
            return words
    return _tokens(source)


# OCR's own confidence (0-100) in the digits of the credit below which the amount is left for
# a person to check, however it was found: a misread digit is a wrong verdict.
OCR_DIGITS_SURE: Final = 85.0


def locate(doc: Doc, draft: Draft) -> Draft:
    """The draft with each field's boxes on the page, when the document has positions; a credit
    OCR read from unclear print is marked for checking."""
    if not doc.pages or not any(doc.geometry):
        return draft
    fields = {}
    notes = list(draft.notes)
    for name, found in draft.fields.items():
        boxes, words = _boxes(doc, _wanted(name, found))
        if boxes:
            found = replace(found, boxes=boxes)
        digits = [w.conf for w in words if any(ch.isdigit() for ch in w.text)]
        # Digits OCR was unsure of, or none found where the credit was read: unverified.
        if doc.ocr and name in AMOUNT_FIELDS and (not digits or min(digits) < OCR_DIGITS_SURE):
            if found.confidence >= REVIEW_BELOW:
                found = replace(found, confidence=REVIEW_BELOW - 0.05)
            notes.append("the credit was read from unclear print; check it against the page")
        fields[name] = found
    return replace(draft, fields=fields, notes=tuple(notes))


def _boxes(doc: Doc, wanted: list[str]) -> tuple[tuple[FieldBox, ...], list[Word]]:
    """The boxes (one per line) of the best run of lines holding the wanted words, and the
    words themselves."""
    if not wanted:
        return (), []
    want = set(wanted)
    best: tuple[int, int, int] | None = None  # (matched, -lines, start)
    per_line = [_matches(doc, number, want) for number in range(len(doc.lines))]
    for start, matched in enumerate(per_line):
        if not matched:
            continue
        seen = set(_norm(w.text) for w in matched)
        span = 1
        # A value wrapped onto the next lines: they must add words of it.
        while span < _MAX_LINES and start + span < len(per_line):
            more = per_line[start + span]
            new = {_norm(w.text) for w in more} - seen
            if not more or not new:
                break
            seen |= new
            span += 1
        score = (len(seen & want), -span, -start)
        if best is None or score > best:
            best = score
    if best is None or best[0] * 2 < min(len(want), 6):
        return (), []  # fewer than half the words: not found with any confidence
    start, span = -best[2], -best[1]
    boxes: list[FieldBox] = []
    found: list[Word] = []
    for number in range(start, start + span):
        words = per_line[number]
        page_index = doc.page_of[number] if number < len(doc.page_of) else -1
        if not words or not 0 <= page_index < len(doc.pages):
            continue
        found.extend(words)
        page = doc.pages[page_index]
        box = page.box(words)
        if box is not None:
            boxes.append((page.number, *box))
    return tuple(boxes), found


def _matches(doc: Doc, number: int, want: set[str]) -> list[Word]:
    line = doc.geometry[number] if number < len(doc.geometry) else None
    if line is None:
        return []
    return [word for word in line.words if _norm(word.text) in want]
