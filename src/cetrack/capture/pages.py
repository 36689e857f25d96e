"""The review screen's page view: which pages to show and where each field was read on them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from cetrack.capture.models import Draft, UploadedFile
from cetrack.core.ledger import AMOUNT_FIELDS

# Draft field -> the id of the form input that shows it (the activity form's names).
FORM_FIELD = {"end": "completed_on", **{unit: "amount_value" for unit in AMOUNT_FIELDS}}
SHOWN_AS_PAGES = ("application/pdf", "image/png", "image/jpeg")
MAX_PAGES_SHOWN = 10
MAX_PAGES = 50  # the reader's page limit: a box on a later page is not from this file


@dataclass(frozen=True)
class Highlight:
    """A region of a page, as percentages, that a form field was read from."""

    field: str  # the form field's name
    left: float
    top: float
    width: float
    height: float


@dataclass(frozen=True)
class PageView:
    number: int
    highlights: list[Highlight]


def page_views(draft: Draft, upload: UploadedFile) -> list[PageView]:
    """The pages to show beside the form (the ones holding fields, else the one the draft
    names or the first), each with its highlights."""
    if upload.blob is None or upload.content_type not in SHOWN_AS_PAGES:
        return []
    pages = MAX_PAGES
    by_page: dict[int, list[Highlight]] = {}
    for name, found in draft.fields.items():
        for box in _boxes(found):
            page, x0, y0, x1, y1 = box
            if not 1 <= page <= pages:
                continue
            by_page.setdefault(page, []).append(
                Highlight(
                    FORM_FIELD.get(name, name),
                    round(100 * x0, 2),
                    round(100 * y0, 2),
                    round(100 * (x1 - x0), 2),
                    round(100 * (y1 - y0), 2),
                )
            )
    numbers = sorted(by_page) or [_page_of(draft.where, pages)]
    return [PageView(n, by_page.get(n, [])) for n in numbers[:MAX_PAGES_SHOWN]]


def _page_of(where: str, pages: int) -> int:
    """The page a draft names ("page 3"), else the first."""
    words = where.split()
    if len(words) == 2 and words[0] == "page" and words[1].isdigit():
        return min(max(1, int(words[1])), pages)
    return 1


def _boxes(found: Any) -> list[tuple[int, float, float, float, float]]:
    out = []
    for box in found.get("boxes") or []:
        if isinstance(box, list) and len(box) == 5:
            try:
                page = int(box[0])
                x0, y0, x1, y1 = (float(v) for v in box[1:])
            except (TypeError, ValueError):
                continue
            if 0 <= x0 < x1 <= 1 and 0 <= y0 < y1 <= 1:
                out.append((page, x0, y0, x1, y1))
    return out
