"""What capture produces: draft activities, field by field, each with a confidence and its source.

Every reader (certificate PDF or image, CSV/XLSX transcript, CE Broker roster, Open Badge)
returns a `Capture` per file: zero or more `Draft`s and the file's errors as data. A draft's
field names are the ledger's activity keys (docs/ledger.md), so a confirmed draft becomes a
ledger entry with `Draft.entry()` and is validated by `cetrack.core.ledger.read_activity`.
"""

from __future__ import annotations

from collections.abc import Mapping
from contextlib import suppress
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from cetrack.core.ledger import AMOUNT_FIELDS

# Below this a field is shown for checking on the review screen and in `cetrack parse`.
REVIEW_BELOW = 0.8

# Keys a draft may carry besides the ledger's own activity keys: they inform the review but do
# not go into the ledger entry. `topic_suggestions`: topics guessed too weakly to be ticked.
EXTRA_KEYS = frozenset({"expires_on", "issued_on", "signature", "topic_suggestions"})


# Where a field was read on the page: (page number, x0, y0, x1, y1), the box as fractions of
# the page's width and height, origin at the top left.
FieldBox = tuple[int, float, float, float, float]


@dataclass(frozen=True, slots=True)
class Field:
    """One extracted value. `value` is already in ledger form: ISO dates, plain decimals
    ("1.5"), accreditation and topic ids; `topics` and `approvals` are tuples."""

    value: str | tuple[str, ...]
    confidence: float  # 0..1: how sure the reader is; not used in any credit arithmetic
    source: str = ""  # the text it came from, for the reviewer
    boxes: tuple[FieldBox, ...] = ()  # where on the page it was read (certificates)

    def as_json(self) -> dict[str, Any]:
        value = list(self.value) if isinstance(self.value, tuple) else self.value
        out: dict[str, Any] = {
            "value": value,
            "confidence": round(self.confidence, 2),
            "source": self.source,
        }
        if self.boxes:
            out["boxes"] = [list(box) for box in self.boxes]
        return out


@dataclass(frozen=True, slots=True)
class CaptureError:
    """Why a file (or part of it) could not be read. `code` is stable, `message` is for people."""

    code: str  # e.g. "encrypted", "corrupt", "too-large", "unsupported", "no-ocr", "no-text"
    message: str
    where: str | None = None  # "page 3", "row 12", "$.credentialSubject"

    def __str__(self) -> str:
        return f"{self.where}: {self.message}" if self.where else self.message


@dataclass(frozen=True, slots=True)
class Draft:
    """One activity found in a file, awaiting a person's confirmation."""

    fields: Mapping[str, Field]
    origin: str  # "pdf-text" | "ocr" | "csv" | "xlsx" | "cebroker" | "badge"
    where: str | None = None  # "page 1", "row 4", "credential 2"
    notes: tuple[str, ...] = ()  # warnings for the reviewer (expired badge, no signature, ...)

    def value(self, name: str) -> str | tuple[str, ...] | None:
        found = self.fields.get(name)
        return found.value if found is not None else None

    def text(self, name: str) -> str | None:
        found = self.fields.get(name)
        return found.value if found is not None and isinstance(found.value, str) else None

    @property
    def amount_field(self) -> str | None:
        return next((name for name in AMOUNT_FIELDS if name in self.fields), None)

    def to_review(self, below: float = REVIEW_BELOW) -> tuple[str, ...]:
        """Fields a person should check, lowest confidence first."""
        weak = [(f.confidence, name) for name, f in self.fields.items() if f.confidence < below]
        return tuple(name for _, name in sorted(weak))

    def entry(self, activity_id: str) -> dict[str, Any]:
        """The draft as ledger activity keys and values, ready for `read_activity`."""
        row: dict[str, Any] = {"id": activity_id}
        for name, found in self.fields.items():
            if name in EXTRA_KEYS:
                continue
            row[name] = list(found.value) if isinstance(found.value, tuple) else found.value
            if name in AMOUNT_FIELDS and isinstance(found.value, str):
                # The ledger wants a number, as a TOML file would give it; text that is no
                # number stays text, and the ledger reader says what is wrong with it.
                with suppress(InvalidOperation):
                    row[name] = Decimal(found.value)
        if "completed_on" in row and ("start" in row or "end" in row):
            row.pop("completed_on")
        return row

    def as_json(self) -> dict[str, Any]:
        return {name: found.as_json() for name, found in self.fields.items()}


@dataclass(frozen=True, slots=True)
class Capture:
    """What one file yielded: its drafts and its errors (a file may have both)."""

    file: str
    content_type: str | None  # sniffed from the bytes, never from the name
    drafts: tuple[Draft, ...] = ()
    errors: tuple[CaptureError, ...] = ()
    text: str = ""  # the text read from the file (PDF text layer or OCR), for the reviewer
    pages: int = 0

    @property
    def ok(self) -> bool:
        return bool(self.drafts) and not self.errors

    def as_json(self) -> dict[str, Any]:
        """The `cetrack parse --json` line: the first draft's fields, every draft, the errors."""
        drafts = [draft.as_json() for draft in self.drafts]
        return {
            "file": self.file,
            "content_type": self.content_type,
            "fields": drafts[0] if drafts else {},
            "activities": drafts,
            "errors": [
                {"code": e.code, "message": e.message, "where": e.where} for e in self.errors
            ],
        }


@dataclass(frozen=True, slots=True)
class Limits:
    """What a reader refuses, so one hostile file cannot exhaust memory or time."""

    max_bytes: int = 20 * 1024 * 1024
    max_pages: int = 50
    max_pixels: int = 40_000_000
    max_rows: int = 5_000
    max_zip_entries: int = 500
    max_zip_bytes: int = 200 * 1024 * 1024
    ocr_timeout_seconds: float = 60.0
    extra: Mapping[str, int] = field(default_factory=dict)


DEFAULT_LIMITS = Limits()
