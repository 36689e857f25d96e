"""Facts stated anywhere on the page: dates, the accreditation, the format, the letterhead,
and the guesses left for a certificate with hardly any wording (amounts: `amounts.py`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from cetrack.core.capture.days import date_ranges, dates_in_words, day_headings
from cetrack.core.capture.draft import Field
from cetrack.core.capture.fields import (
    FORMAT_RES,
    GUESSED,
    HEADING,
    INFERRED,
    JOB_TITLE,
    LIVE,
    ORG_WORDS,
    PROSE,
    STATEMENT,
    Fields,
    clean_name,
    clean_text,
    format_of,
    level_of,
    lists_levels,
)
from cetrack.core.capture.labels import (
    labels_of,
)
from cetrack.core.capture.prose import (
    VERB,
)
from cetrack.core.capture.regions import ADDRESS, size
from cetrack.core.capture.text import Cell, Doc
from cetrack.core.capture.values import (
    find_accreditations,
    find_amounts,
    find_dates,
)
from cetrack.core.ledger import AMOUNT_FIELDS

# --- dates, accreditation, format, letterhead ---------------------------------------------------

_NOT_COMPLETION = re.compile(
    r"\b(?:printed|issued|generated|expir\w*|valid|birth|dob|renew\w*|member\s+since|as\s+of|run\s+date|report\s+date|letter\s+date)\b",
    re.I,
)
_DATE_CONTEXT = re.compile(
    r"(?:\b(?:on|completed|attended|awarded|earned|held|presented|conducted|during|from|between|dated|took\s+place)\b[\s:,]*"
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s*)?)$",
    re.I,
)


def read_dates(doc: Doc, fields: Fields, used_lines: set[int]) -> None:
    flat = doc.flat
    ranges = date_ranges(flat)
    for first, last in ranges:
        line = doc.line_at(first.start)
        before = flat[max(0, first.start - 30) : first.start]
        if _NOT_COMPLETION.search(doc.flat_line(line)):
            continue
        conf = PROSE if _DATE_CONTEXT.search(before) or line in used_lines else INFERRED
        fields.add("start", first.value, conf, doc.flat_line(line))
        fields.add("end", last.value, conf, doc.flat_line(line))
    headings = day_headings([doc.flat_line(number) for number in range(len(doc.lines))])
    if headings is not None and "start" not in fields.found:
        first, last, first_line, last_line = headings
        source = doc.flat_line(first_line) + " … " + doc.flat_line(last_line)
        fields.add("start", first.value, INFERRED - 0.1, source)
        fields.add("end", last.value, INFERRED - 0.1, source)
    in_range = [(a.start, a.end) for a, _ in ranges]
    written = find_dates(flat)
    written += [
        d
        for d in dates_in_words(flat)
        if not any(o.start < d.end and d.start < o.end for o in written)
    ]  # "the fourteenth day of May, 2025"
    written.sort(key=lambda d: d.start)
    singles = [d for d in written if not any(s <= d.start < e for s, e in in_range)]
    labelled = {
        found.source
        for name, found in fields.found.items()
        if name in ("completed_on", "issued_on", "expires_on") and found.confidence >= PROSE
    }
    for found in singles:
        line = doc.line_at(found.start)
        text = doc.flat_line(line)
        if line in used_lines and text in labelled:
            continue  # a labelled date (a memo's own "DATE:"), already read for what it is
        if _NOT_COMPLETION.search(text[: max(0, found.start - doc.offsets[line])] or text):
            fields.add(
                "issued_on" if not re.search(r"expir|valid", text, re.I) else "expires_on",
                found.value,
                INFERRED,
                text,
            )
            continue
        before = flat[max(0, found.start - 30) : found.start]
        if _DATE_CONTEXT.search(before):
            fields.add("completed_on", found.value, PROSE, text)
        elif text == found.raw and line <= 6 and len(singles) > 1:
            # A date alone near the top of a letter: the letter's date.
            fields.add("issued_on", found.value, GUESSED, text)
        else:
            conf = GUESSED + (0.1 if len(singles) == 1 else 0.0)
            fields.add("completed_on", found.value, conf, text)


FLORIDA = re.compile(
    r"\bflorida\b[^.\n]{0,60}?\b(?:board|approv\w*|ce\s*broker)|\bfl\.?\s+(?:board|approv\w*)|\bce\s*broker\b",
    re.I,
)


def blank(text: str, spans: Iterable[tuple[int, int]]) -> str:
    chars = list(text)
    for start, end in spans:
        for index in range(max(0, start), min(len(chars), end)):
            if chars[index] != "\n":
                chars[index] = " "
    return "".join(chars)


def title_spans_of(doc: Doc, fields: Fields, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Where the title (and the provider's name) stand in the text: words there are not
    statements about the course ("Laws and Rules of the Florida Board ...")."""
    out = list(spans)
    for name in ("title", "provider"):
        value = fields.found.get(name)
        if value is None or not isinstance(value.value, str):
            continue
        words = value.value.split()
        if not words:
            continue
        pattern = re.compile(r"\s+".join(re.escape(w) for w in words))
        out.extend((m.start(), m.end()) for m in pattern.finditer(doc.flat))
    return out


def read_accreditation(doc: Doc, fields: Fields, title_spans: list[tuple[int, int]]) -> None:
    text = blank(doc.flat, title_spans_of(doc, fields, title_spans))
    found = find_accreditations(text)
    named = [item for item in found if item[0] != "state-board"]
    current = fields.found.get("accreditation")
    if named and current is not None and current.value == "state-board":
        # A board's approval goes into `approvals`; the accrediting system is the named one.
        ident, hit = named[0]
        source = doc.flat_line(doc.line_at(hit.start))
        fields.found["accreditation"] = Field(ident, current.confidence, source)
    elif named:
        ident, hit = named[0]
        fields.add("accreditation", ident, INFERRED + 0.15, doc.flat_line(doc.line_at(hit.start)))
    elif found:
        ident, hit = found[0]
        fields.add("accreditation", ident, INFERRED + 0.1, doc.flat_line(doc.line_at(hit.start)))
    florida = FLORIDA.search(text)
    if florida:
        fields.add("approvals", ("fl",), INFERRED, doc.flat_line(doc.line_at(florida.start())))


# "This intermediate-level program", "a course at the advanced level".
_LEVEL_PROSE = re.compile(
    r"\b(?P<level>basic|beginning|beginner|introductory|intermediate|advanced)[-\s]level\b"
    r"|\bat\s+(?:the|an?)\s+(?P<at>basic|beginning|introductory|intermediate|advanced)\s+level\b",
    re.I,
)


# "... Level: Intermediate." inside a sentence or wrapped; "3.0 contact hours (advanced)",
# "1.0 contact hour, intermediate", "provider 0477 · intermediate": a level set apart as an item.
_LEVEL_AFTER_LABEL = re.compile(
    r"\blevel(?:\s+of\s+instruction)?\s*[:\-–]\s*(?P<level>basic|beginning|introductory|"
    r"intermediate|advanced)\b",
    re.I,
)
_LEVEL_ITEM = re.compile(
    r"(?:[(·•|,;]|\s[-–—]\s)\s*(?P<level>basic|intermediate|advanced)\s*(?=[)·•|,.;]|\s[-–—]\s|$)",
    re.I | re.M,
)


def read_level(doc: Doc, fields: Fields, title_spans: list[tuple[int, int]]) -> None:
    """The level stated in a sentence, when no label gave it (the title's own words aside:
    "Advanced Hemostasis" is no statement of level)."""
    if "level" in fields.found:
        return
    text = blank(doc.flat, title_spans_of(doc, fields, title_spans))
    match = _LEVEL_PROSE.search(text) or _LEVEL_AFTER_LABEL.search(text)
    if match and lists_levels(doc.flat_line(doc.line_at(match.start()))):
        return  # "Level:   Basic   Intermediate   Advanced": a form's choices, none marked
    if match:
        groups = match.groupdict()
        level = level_of(groups.get("level") or groups.get("at") or "")
        source = doc.flat_line(doc.line_at(match.start()))
        fields.add("level", level, INFERRED + 0.05, source)
        return
    items = list(_LEVEL_ITEM.finditer(text))
    if items and len({item.group("level").casefold() for item in items}) == 1:
        source = doc.flat_line(doc.line_at(items[0].start()))
        fields.add("level", level_of(items[0].group("level")), INFERRED - 0.05, source)


# A choice left unticked on a form ("☐ Self-study", "[ ] Webinar"): no statement of format.
_UNTICKED_CHOICE = re.compile(r"(?:[☐□]|\[\s*\])[^☐☒☑□■\[\n]*")
# Words of a course taken on one's own or online: attendance then says nothing of a place.
_NOT_IN_THE_ROOM = re.compile(
    r"\b(?:on[-\s]?line|e-?learning|web[-\s]?based|internet|on[-\s]?demand|self[-\s]?(?:study|paced|directed)"
    r"|home[-\s]?study|recorded|recording|enduring|modules?|journal|virtual|remote|distance|"
    r"correspondence|learning\s+(?:platform|portal|management))\b",
    re.I,
)
# Being there, at a stated place: "Location: Harrisburg, PA", "held at the Civic Center",
# "Conference Room B", "Columbus, Ohio" beside the date.
_ATTENDED_AT = re.compile(
    r"\b(?:location|venue|place)\s*:|\bheld\s+(?:at|in)\b|\b(?:conference|meeting|training|class)\s*room\b"
    r"|\b(?:auditorium|ballroom|amphitheat(?:er|re)|convention\s+cent(?:er|re)|lecture\s+hall)\b",
    re.I,
)


def read_formats(doc: Doc, fields: Fields, title_spans: list[tuple[int, int]]) -> None:
    if "kind" in fields.found and "delivery" in fields.found:
        return
    text = blank(doc.flat, title_spans_of(doc, fields, title_spans))
    text = _UNTICKED_CHOICE.sub(lambda m: " " * len(m.group(0)), text)
    for pattern, kind, delivery in FORMAT_RES:
        match = pattern.search(text)
        if match:
            source = doc.flat_line(doc.line_at(match.start()))
            fields.add("kind", kind, INFERRED - 0.05, source)
            if delivery is None and kind != "self-study" and LIVE.search(source):
                delivery = "live"
            fields.add("delivery", delivery, INFERRED - 0.05, source)
            break
    if "delivery" not in fields.found:
        live = LIVE.search(text)  # "delivered in person", "held in the Conference Room"
        if live and not _DENIAL_BEFORE.search(text, max(0, live.start() - 12), live.start()):
            source = doc.flat_line(doc.line_at(live.start()))
            fields.add("delivery", "live", INFERRED - 0.1, source)
    if "delivery" not in fields.found:
        _attended_in_person(doc, fields, text)
    title = fields.found.get("title")
    if "kind" not in fields.found and title is not None and isinstance(title.value, str):
        title_kind, _ = format_of(title.value)
        if title_kind in ("workshop", "in-service", "conference-session"):
            fields.add("kind", title_kind, GUESSED - 0.05, title.value)


def _attended_in_person(doc: Doc, fields: Fields, text: str) -> None:
    """A session held at a stated place ("Location:", "held at", "Conference Room B"), with no
    word of an online or self-paced course anywhere on the page, was attended in the room:
    live (left for review)."""
    if _NOT_IN_THE_ROOM.search(doc.flat):
        return
    place = _ATTENDED_AT.search(text)
    if place is not None:
        fields.add("delivery", "live", GUESSED, doc.flat_line(doc.line_at(place.start())))


_EVENT_NAME = re.compile(
    r"\b(?:symposium|conference|congress|convention|meeting|summit|seminar|workshop|forum|"
    r"roundtable|days?|expo|lecture\s+series)\b",
    re.I,
)


def _event_title(doc: Doc, fields: Fields) -> bool:
    """An event named at the top of the page ("Southwest Clinical Microbiology Symposium 2025",
    "Spring Educational Meeting") as the title, when no sentence or label names the course."""
    taken = {
        found.value
        for name, found in fields.found.items()
        if name in ("provider", "participant_name")
    }
    for number in range(min(8, len(doc.lines))):
        for cell in doc.cells[number]:
            following = doc.cells[number + 1] if number + 1 < len(doc.cells) else []
            if cell.text.endswith(":") and len(following) == 1:
                # "2025 Annual Meeting & Exhibit:" / "Bridging Bench and Bedside"
                joined = cell.text + " " + following[0].text
                cell = Cell(joined, cell.line, cell.start, cell.start + len(joined))
            title = _event_name(cell, taken)
            if title is not None:
                fields.add("title", title, GUESSED, cell.text)
                return True
    return False


def _event_name(cell: Cell, taken: set[str | tuple[str, ...]]) -> str | None:
    text = _EVENT_PART.split(cell.text)[0].strip()
    if (
        not _EVENT_NAME.search(_VENUE.sub("", text))
        or labels_of(cell)
        or HEADING.search(text)
        or find_dates(text)
        or text in taken
        or not 2 <= len(text.split()) <= 12
        or not (text[:1].isupper() or text[:1].isdigit())
        or text.endswith(":")
    ):
        return None
    return clean_text(text)


# Where an event is held is no event: "Grand Traverse Convention Center", "Conference Hall".
_VENUE = re.compile(
    r"\b(?:convention|conference|congress|meeting|seminar|exhibit(?:ion)?)\s+"
    r"(?:center|centre|hall|suite|room|venue|hotel)\b",
    re.I,
)
_EVENT_PART = re.compile(r"\s+[·•|—–]\s+")
_DENIAL_BEFORE = re.compile(r"\b(?:not|no|non)[\s-]+$", re.I)


def read_fallbacks(doc: Doc, fields: Fields) -> None:
    """A certificate with hardly any wording (a heading, a name, a title, a date): the first
    name-like line is the participant, the first title-like line after it the title. Both are
    guesses, for the reviewer to check."""
    found = fields.found
    if not any(key in found for key in ("completed_on", "start", *AMOUNT_FIELDS)):
        return  # not evidently a certificate: no guessing
    provider = found.get("provider")
    name_line = -1
    if "participant_name" not in found:
        for number, line in enumerate(doc.lines[:12]):
            cells = doc.cells[number]
            if len(cells) != 1 or labels_of(cells[0]):
                continue
            following = doc.flat_line(number + 1) if number + 1 < len(doc.lines) else ""
            if JOB_TITLE.fullmatch(following):
                continue  # a signature: the signer's name above their role
            name = clean_name(cells[0].text)
            if name is not None and (
                ORG_WORDS.search(name) or _EVENT_NAME.search(name) or HEADING.search(name)
            ):
                continue  # "Institut Romand de Biologie Clinique", "Spring Histology Symposium"
            if name is not None and (provider is None or name != provider.value):
                fields.add("participant_name", name, GUESSED, line)
                name_line = number
                break
    else:
        value = fields.found["participant_name"].value
        name_line = next(
            (n for n in range(len(doc.lines)) if isinstance(value, str) and value in doc.lines[n]),
            -1,
        )
    if "title" in fields.found:
        return
    if _event_title(doc, fields):
        return
    for number in range(name_line + 1, min(len(doc.lines), name_line + 8)):
        text = _title_line(doc, fields, number)
        if text is None:
            continue
        if text.endswith(":"):
            # "Quality Control Rules in Practice:" / "Westgard, Sigma Metrics and ...": a title
            # and its subtitle on the next line.
            subtitle = _title_line(doc, fields, number + 1)
            if subtitle is None or subtitle.endswith(":"):
                continue
            text = text + " " + subtitle
        title = clean_text(text)
        if title is not None:
            fields.add("title", title, GUESSED - 0.05, text)
        return


def _title_line(doc: Doc, fields: Fields, number: int) -> str | None:
    """A line that could be a title on a certificate with hardly any wording: one cell, no
    label, heading, date, amount, statement, address, signer's name or the provider."""
    if number >= len(doc.lines):
        return None
    cells = doc.cells[number]
    if len(cells) != 1 or labels_of(cells[0]):
        return None
    text = cells[0].text
    provider = fields.found.get("provider")
    participant = fields.found.get("participant_name")
    if (
        HEADING.search(text)
        or find_dates(text)
        or find_amounts(text)
        or STATEMENT.search(text)
        or VERB.match(text)
        # A second name is a signer's, unless printed large: a course in title case.
        or (clean_name(text) is not None and not text.endswith(":") and size(doc, number) < 1.2)
        or (provider is not None and text == provider.value)
        or ADDRESS.search(text)
        or not 2 <= len(text.split()) <= 20
        or (not text[:1].isupper() and text[:1] not in '"“')
        or text.endswith((".", "!", "?", ","))
        or (participant is not None and text == participant.value)
    ):
        return None
    return text
