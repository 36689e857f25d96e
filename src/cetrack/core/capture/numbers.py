"""Identifiers inside sentences: numbers introduced by a label ("(Course No. LQ-2291)",
"Program #116-201-25"), and the ways certificates state them in prose: "licensed in Florida as
TS 00412", "reported to CE Broker under provider 50-1187, course 20-884210", a course code in
brackets after the title, an ASCLS P.A.C.E. program number ("Program 519-204-25")."""

from __future__ import annotations

import re
from typing import Final

from cetrack.core.capture.fields import INFERRED, LABELLED, PROSE, Fields, clean_id
from cetrack.core.capture.labelled import number_role
from cetrack.core.capture.labels import LABEL_RES
from cetrack.core.capture.text import Doc

# Number labels also appear inside sentences: "(Course No. LQ-2291)", "Program #116-201-25."
_NUMBER_ROLES: Final = (
    "approval_number",
    "accrediting_agency_number",
    "provider_number",
    "course_number",
    "license_number",
)


def read_numbers_in_text(doc: Doc, fields: Fields) -> None:
    spans = [
        (role, match)
        for role in _NUMBER_ROLES
        for match in LABEL_RES[role].finditer(doc.flat)
        if not (match.start() > 0 and doc.flat[match.start() - 1].isalnum())
    ]
    # "CE Broker Provider #" holds "Provider #": the longer label decides.
    spans = [
        (role, match)
        for role, match in spans
        if not any(
            other is not match
            and other.start() <= match.start()
            and match.end() <= other.end()
            and other.end() - other.start() > match.end() - match.start()
            for _, other in spans
        )
    ]
    done: set[str] = set()
    for role, match in spans:
        if role in done:
            continue
        rest = doc.flat[match.end() : match.end() + 60]
        sep = re.match(r"\s*(?::|-\s|–|#)?\s*", rest)
        value = rest[sep.end() :] if sep else rest
        label = match.group(0)
        bare = "#" not in label and not re.search(r"n[o0]\b|number|id|code|nbr|num\b", label, re.I)
        if bare and (not sep or not sep.group(0).strip()):
            continue  # "license" in a sentence, not "License: ..."
        ident = clean_id(value.split("\n")[0])
        if ident is None:
            continue
        line = doc.line_at(match.start())
        source = doc.flat_line(line)
        name = number_role(role, label, ident)
        fields.add(name, ident, LABELLED - 0.1, source)
        done.add(role)


_LICENSED: Final = re.compile(
    r"\blicen[cs]ed\b[^.\n]{0,40}?\bas\s+(?:an?\s+)?(?:[a-z]+\s+){0,3}?(?P<id>[A-Z]{1,4}\s?\d{3,}[\w-]*)"
    r"|\blicen[cs]e\s+(?:n(?:o|umber)\.?|#)\s*(?P<id2>[A-Z]{0,4}\s?\d{3,}[\w-]*)",
)
# CE Broker's numbers say what they are: 50-xxxx a provider (Florida's approval), 20-xxxxxx a
# course.
_BROKER_PROVIDER: Final = re.compile(r"(?<![\w-])(50-\d{3,6})(?![\w-])")
_BROKER_COURSE: Final = re.compile(r"(?<![\w-])(20-\d{5,7})(?![\w-])")
# ASCLS P.A.C.E. program numbers: provider-program-year ("519-204-25").
_PACE_PROGRAM: Final = re.compile(
    r"(?<!of )\bprogram(?:\s+(?:number|no\.?|#))?\s*:?\s*#?\s*(?P<id>\d{3}-\d{3}-\d{2})(?![\d-])",
    re.I,
)
# A P.A.C.E. provider's number stated in a sentence: "P.A.C.E.® provider 0340", "Provider
# 1964.", "(provider #771)" - three or four digits, never a CE Broker 50- number.
_PACE: Final = re.compile(r"p\.?\s?a\.?\s?c\.?\s?e\b", re.I)
_PACE_PROVIDER: Final = re.compile(
    r"\bprovider\s*(?:no\.?|number|#|id)?\s*:?\s*#?\s*(?P<id>\d{3,4})(?![\d-])", re.I
)
# "Introduction to Flow Cytometry (CE-2231)": a code in brackets.
_BRACKETED: Final = re.compile(r"\((?P<id>[A-Z]{1,6}[- ]?\d{2,}[A-Z0-9-]*)\)")


def read_prose_numbers(doc: Doc, fields: Fields) -> None:
    """Numbers stated in sentences, each only when no label gave one."""
    flat = doc.flat
    for match in _LICENSED.finditer(flat):
        ident = clean_id(match.group("id") or match.group("id2") or "")
        if ident is not None:
            fields.add("license_number", ident, PROSE, _line(doc, match.start()))
            break
    for sentence in re.finditer(r"[^.]*?\bce\s*broker\b[^.]*", flat, re.I):
        text = sentence.group(0)
        source = _line(doc, sentence.start())
        provider = _BROKER_PROVIDER.search(text)
        if provider:
            fields.add("approval_number", provider.group(1), PROSE, source)
            fields.add("approvals", ("fl",), PROSE, source)
        course = _BROKER_COURSE.search(text)
        if course:
            fields.add("course_number", course.group(1), PROSE, source)
    if "provider_number" not in fields.found and _PACE.search(flat):
        provider = _PACE_PROVIDER.search(flat)
        if provider:
            source = _line(doc, provider.start())
            fields.add("provider_number", provider.group("id"), PROSE, source)
    pace = _PACE_PROGRAM.search(flat)
    if pace:
        fields.add("course_number", pace.group("id"), PROSE + 0.05, _line(doc, pace.start()))
    if _PACE.search(flat):
        _pace_program_of_provider(doc, fields)
    title = fields.found.get("title")
    if "course_number" in fields.found or title is None or not isinstance(title.value, str):
        return
    last = title.value.split()[-1] if title.value.split() else ""
    for match in _BRACKETED.finditer(flat):
        if last and flat[: match.start()].rstrip().endswith(last):
            fields.add("course_number", match.group("id"), INFERRED, _line(doc, match.start()))
            return


# A P.A.C.E. program number begins with its provider's number: "0455-0521-25", "0101-R4FS-25",
# "0982-25-006" of provider 0455, 0101, 0982.
_PROVIDER_LED: Final = re.compile(
    r"(?<![\w-])(?P<id>(?P<provider>\d{3,4})(?:-[A-Z0-9]{2,8}){1,3})(?![\w-])"
)
_ISO_DATE: Final = re.compile(r"\d{4}-\d{1,2}-\d{1,2}")
# "program 0101-R4FS-25", "program #0982-25-006", "Program: 0688-0409-25".
_PROGRAM_ID: Final = re.compile(
    r"(?<!of )\bprogram(?:me)?(?:\s+(?:number|no\.?|#|code))?\s*:?\s*#?\s*"
    r"(?P<id>\d{3,4}-[A-Z0-9]{2,8}(?:-[A-Z0-9]{2,8}){0,2})(?![\w-])",
    re.I,
)


def _pace_program_of_provider(doc: Doc, fields: Fields) -> None:
    """On a P.A.C.E. page: the program number a sentence names after "program", or a number
    led by a provider number the page also states on its own ("provider 0455 · 0455-0521-25");
    that provider number too, when nothing else gave one."""
    flat = doc.flat
    named = _PROGRAM_ID.search(flat)
    if named is not None and not _ISO_DATE.fullmatch(named.group("id")):
        fields.add("course_number", named.group("id"), PROSE, _line(doc, named.start()))
    for match in _PROVIDER_LED.finditer(flat):
        ident, provider = match.group("id"), match.group("provider")
        if _ISO_DATE.fullmatch(ident) or ident.startswith(("50-", "20-")):
            continue
        alone = re.search(r"(?<![\w.,/-])#?" + provider + r"(?![\w-])", flat)
        if alone is None:
            continue
        fields.add("course_number", ident, INFERRED, _line(doc, match.start()))
        fields.add("provider_number", provider, INFERRED, _line(doc, alone.start()))
        return


def _line(doc: Doc, offset: int) -> str:
    return doc.flat_line(doc.line_at(offset))
