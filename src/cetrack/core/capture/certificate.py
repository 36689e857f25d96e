"""Certificates of completion (PDF or scan) into draft activities, field by field.

`read_certificate(name, content)` is the entry point: it sniffs the bytes, takes the text from
the PDF's text layer (or has Tesseract read a scan), and hands it to `extract_drafts`.

`extract_drafts(text, origin)` reads certificate text the way a person does:

1. labelled facts: "Course Title: X", "PARTICIPANT NAME   Jane Doe" (label and value in two
   cells), a label above its value, "Program #116-201-25" - high confidence;
2. prose: "This certifies that Jane Doe has successfully completed “X” on March 2, 2025 ...",
   "Thank you for attending X, offered by Y" - medium confidence;
3. what is left: the letterhead as provider, a lone date as the completion date - low.

A page with a table of several courses under a header row (a transcript) gives one draft per
row (`where="row N"`) with the page's shared facts (participant, provider) in each.

The text is expected as pypdf's layout mode and `ocr.layout_text` produce it: one line per
printed line, columns kept apart by runs of three or more spaces, blank lines at vertical gaps.
Plain text works too (fewer cells are told apart). Nothing here raises for odd input.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from cetrack.core.capture.amounts import doubt_amount, read_amounts
from cetrack.core.capture.breakdown import find_breakdown, frames_one_activity, read_breakdown
from cetrack.core.capture.draft import DEFAULT_LIMITS, Capture, CaptureError, Draft, Field, Limits
from cetrack.core.capture.facts import (
    read_accreditation,
    read_dates,
    read_fallbacks,
    read_formats,
    read_level,
)
from cetrack.core.capture.fields import (
    GUESSED,
    ORDER,
    Fields,
    clean_id,
    clean_name,
    storable_amount,
)
from cetrack.core.capture.issuer import settle_provider
from cetrack.core.capture.labelled import read_labelled
from cetrack.core.capture.layout import Page
from cetrack.core.capture.locate import locate
from cetrack.core.capture.numbers import read_numbers_in_text, read_prose_numbers
from cetrack.core.capture.prose import (
    read_prose,
)
from cetrack.core.capture.regions import read_letterhead
from cetrack.core.capture.text import Doc
from cetrack.core.capture.transcript import transcript_rows
from cetrack.core.ledger import AMOUNT_FIELDS

# --- the single-certificate reader -------------------------------------------------------------------


def extract_drafts(text: str, origin: str) -> tuple[Draft, ...]:
    """Drafts from certificate text: one for a certificate, one per row for a transcript page,
    none when the text names no course, date or amount."""
    return tuple(drafts_of(Doc.parse(text, ocr=origin == "ocr"), origin))


def certificate_draft(doc: Doc, origin: str, where: str | None = None) -> Draft | None:
    fields = Fields(doc.ocr)
    used_lines: set[int] = set()
    title_spans: list[tuple[int, int]] = []
    notes: list[str] = []
    read_labelled(doc, fields, used_lines)
    breakdown = read_breakdown(doc, fields)
    read_prose(doc, fields, title_spans)
    read_numbers_in_text(doc, fields)
    read_prose_numbers(doc, fields)
    read_dates(doc, fields, used_lines)
    read_amounts(doc, fields, used_lines)
    read_accreditation(doc, fields, title_spans)
    read_formats(doc, fields, title_spans)
    read_level(doc, fields, title_spans)
    read_letterhead(doc, fields)
    read_fallbacks(doc, fields)
    settle_provider(doc, fields)
    found = fields.found
    _spelled_as_elsewhere(doc, found, "provider")
    _spelled_as_elsewhere(doc, found, "title")
    if "start" in found and "end" in found:
        found.pop("completed_on", None)
    else:
        found.pop("start", None)
        found.pop("end", None)
    if not any(key in found for key in ("title", "completed_on", "start", *AMOUNT_FIELDS)):
        return None
    if "completed_on" not in found and "start" not in found and "issued_on" in found:
        issued = found["issued_on"]
        found["completed_on"] = Field(
            issued.value, round(min(issued.confidence, GUESSED), 3), issued.source
        )
        notes.append("no completion date found; the issue date is used")
    parts = set(breakdown.row_lines) | {breakdown.total_line} if breakdown else set()
    doubt = doubt_amount(doc, fields, parts)
    if doubt:
        notes.append(doubt)
    notes.extend(storable_amount(found))
    ordered = {name: found[name] for name in ORDER if name in found}
    return Draft(ordered, origin, where, tuple(notes))


def _spelled_as_elsewhere(doc: Doc, found: dict[str, Field], name: str) -> None:
    """A name read from a line in capitals ("HELIX LANE") as the page spells it elsewhere in
    ordinary case ("Helix Lane certifies that ...")."""
    current = found.get(name)
    if current is None or not isinstance(current.value, str) or not current.value.isupper():
        return
    pattern = re.compile(r"\b" + r"\s+".join(map(re.escape, current.value.split())) + r"\b", re.I)
    for match in pattern.finditer(doc.flat):
        spelled = " ".join(match.group(0).split())
        if not spelled.isupper() and spelled[:1].isupper():
            found[name] = replace(current, value=spelled)
            return


# --- files -------------------------------------------------------------------------------------------


def read_certificate(
    name: str, content: bytes, limits: Limits = DEFAULT_LIMITS, *, ocr: bool = True
) -> Capture:
    """Drafts from a certificate file: a PDF (text or scanned) or a PNG/JPEG scan or photo.
    Errors come back as data, never as exceptions."""
    from cetrack.core.capture.sniff import JPEG, PDF, PNG, sniff

    kind = sniff(content)
    try:
        if kind == PDF:
            return _read_pdf(name, content, limits, ocr=ocr)
        if kind in (PNG, JPEG):
            return _read_image(name, content, kind, limits, ocr=ocr)
    except Exception as error:  # a bug must not take the upload down with it; keep the file
        return Capture(
            name,
            kind,
            errors=(
                CaptureError(
                    "failed", f"The certificate could not be read ({type(error).__name__})"
                ),
            ),
        )
    return Capture(
        name,
        kind,
        errors=(
            CaptureError(
                "unsupported",
                "Not a certificate file this reader knows: expected a PDF, PNG or JPEG (the "
                "type is taken from the file's content, not its name)",
            ),
        ),
    )


def _read_pdf(name: str, content: bytes, limits: Limits, *, ocr: bool) -> Capture:
    from cetrack.core.capture.pdf import read_pdf
    from cetrack.core.capture.sniff import PDF

    read = read_pdf(content, limits, ocr=ocr)
    errors = list(read.errors)
    layouts = read.layouts or (None,) * len(read.pages)
    pages = [
        _PageText(number, text, origin, layout)
        for number, (text, origin, layout) in enumerate(
            zip(read.pages, read.origins, layouts, strict=True), start=1
        )
        if text.strip()
    ]
    drafts = _drafts_of_pages(pages)
    if pages and not drafts and not errors:
        errors.append(
            CaptureError(
                "no-fields",
                "No course, date or credit was found in the certificate's text; enter the "
                "activity by hand",
            )
        )
    return Capture(name, PDF, tuple(drafts), tuple(errors), read.text, read.page_count)


@dataclass(frozen=True, slots=True)
class _PageText:
    number: int
    text: str
    origin: str
    layout: Page | None


def _document(pages: list[_PageText], *, ocr: bool) -> Doc:
    """The pages as one document, with positions when every page has them."""
    layouts = [page.layout for page in pages]
    if layouts and all(layout is not None for layout in layouts):
        return Doc.of_pages([layout for layout in layouts if layout is not None], ocr=ocr)
    return Doc.parse("\n\n".join(page.text for page in pages), ocr=ocr)


def drafts_of(doc: Doc, origin: str, where: str | None = None) -> list[Draft]:
    """A transcript's rows, else the one certificate the document holds; each field with where
    it was read."""
    rows = () if _one_activity(doc) else transcript_rows(doc, origin)
    if len(rows) > 1 or (rows and not frames_one_activity(doc)):
        return [locate(doc, row) for row in rows]
    # One row under a header on a certificate is its facts in a table, read as labels above
    # their values with the rest of the page.
    draft = certificate_draft(doc, origin, where)
    return [locate(doc, draft)] if draft is not None else []


def _one_activity(doc: Doc) -> bool:
    """A table closed by a total on a page that presents one activity: its credit broken down
    (per day, per module), not a list of courses."""
    return frames_one_activity(doc) and find_breakdown(doc) is not None


def _drafts_of_pages(pages: list[_PageText]) -> list[Draft]:
    """One certificate per page when each page is a certificate of its own; a transcript's rows
    across its pages; otherwise the pages read as one document."""
    if not pages:
        return []
    origin = "ocr" if any(page.origin == "ocr" for page in pages) else "pdf-text"
    if len(pages) == 1:
        only = pages[0]
        only_origin = only.origin or origin
        return drafts_of(_document(pages, ocr=only_origin == "ocr"), only_origin)
    doc = _document(pages, ocr=origin == "ocr")
    rows = () if _one_activity(doc) else transcript_rows(doc, origin)
    if rows:
        return [locate(doc, row) for row in rows]
    per_page: list[Draft] = []
    for page in pages:
        page_origin = page.origin or origin
        page_doc = _document([page], ocr=page_origin == "ocr")
        draft = certificate_draft(page_doc, page_origin, f"page {page.number}")
        if draft is None or "title" not in draft.fields:
            break
        if not any(key in draft.fields for key in ("completed_on", "start", *AMOUNT_FIELDS)):
            break
        per_page.append(locate(page_doc, draft))
    else:
        if len(per_page) > 1:
            return per_page
    whole = certificate_draft(doc, origin)
    return [locate(doc, whole)] if whole is not None else []


def _read_image(name: str, content: bytes, kind: str, limits: Limits, *, ocr: bool) -> Capture:
    from cetrack.core.capture.ocr import OCR_DISABLED_MESSAGE, ocr_page, open_image

    if not ocr:  # the size and pixel checks still come first: a bomb is refused as one
        opened = open_image(content, limits)
        if isinstance(opened, CaptureError):
            return Capture(name, kind, errors=(opened,), pages=1)
        opened.close()
        return Capture(name, kind, errors=(CaptureError("no-ocr", OCR_DISABLED_MESSAGE),), pages=1)
    page = ocr_page(content, limits)
    if isinstance(page, CaptureError):
        return Capture(name, kind, errors=(page,), pages=1)
    text = page.text
    drafts = tuple(drafts_of(Doc.of_pages([page], ocr=True), "ocr"))
    errors: tuple[CaptureError, ...] = ()
    if not drafts:
        message = (
            "No text was recognised in the image; enter the activity by hand"
            if not text.strip()
            else "No course, date or credit was recognised in the scan; enter the activity by hand"
        )
        errors = (CaptureError("no-fields" if text.strip() else "no-text", message),)
    return Capture(name, kind, drafts, errors, text, 1)


__all__ = ["clean_id", "clean_name", "drafts_of", "extract_drafts", "read_certificate"]
