"""Activity entries from request bodies: JSON in, ledger keys out, every problem a 422.

The body is parsed here rather than by a pydantic model so that the core's reader sees exactly
what it sees in a ledger file (numbers as Decimal, as TOML gives them; dates as text) and gives
its own messages. The checks here are only what the database needs on top of the ledger:
text it can store (no NUL, no unpaired surrogates) and column lengths.
"""

import json
import re
from collections.abc import Iterable, Mapping
from decimal import Decimal, InvalidOperation
from typing import Any

from django.http import HttpRequest
from ninja.errors import HttpError, ValidationError

from cetrack.core.ledger import AMOUNT_FIELDS
from cetrack.records.bridge import activity_entry
from cetrack.records.models import Activity

# Ledger keys stored in a column of limited length (the others are free text or JSON).
_COLUMN = {"id": "ledger_id", "certificate": "certificate_reference"}
MAX_MESSAGE = 300
# Bounds on the work one request can cause (the core checks every list item against the
# vocabulary): an activity entry is small, and a ledger activity has 28 keys.
MAX_BODY = 1024 * 1024
MAX_KEYS = 64
MAX_ITEMS = 100


def problem(loc: Iterable[str | int], message: str, kind: str = "value_error") -> dict[str, Any]:
    if len(message) > MAX_MESSAGE:
        message = message[: MAX_MESSAGE - 1] + "…"
    return {"loc": list(loc), "msg": message, "type": kind}


def invalid(problems: list[dict[str, Any]]) -> ValidationError:
    return ValidationError(problems)


_REQUIRED = re.compile(r"^'(\w+)' is required")


def body_problems(found: Iterable[tuple[str | None, str]]) -> list[dict[str, Any]]:
    """The core's (field, message) problems as 422 details located in the body."""
    out = []
    for key, message in found:
        if key is None:
            match = _REQUIRED.match(message)
            if match:
                key = match.group(1)
            elif message.startswith("a date is required"):
                key = "completed_on"
        out.append(problem(["body", key] if key else ["body"], message))
    return out


def read_object(request: HttpRequest) -> dict[str, Any]:
    """The JSON object in the body, numbers with a fraction as Decimal (as a ledger reads them)."""
    if not request.body:
        raise invalid([problem(["body"], "a JSON object is required", "missing")])
    if len(request.body) > MAX_BODY:
        raise HttpError(413, f"an activity entry is at most {MAX_BODY // 1024} KB")
    try:
        data = json.loads(request.body, parse_float=Decimal, parse_constant=_no_constant)
    except (ValueError, RecursionError) as error:
        reason = str(error) if isinstance(error, ValueError) else "nested too deeply"
        raise invalid([problem(["body"], f"not valid JSON: {reason}", "json_invalid")]) from None
    if not isinstance(data, dict):
        message = f"expected a JSON object with ledger keys, got {type(data).__name__}"
        raise invalid([problem(["body"], message, "dict_type")])
    if len(data) > MAX_KEYS:
        raise invalid([problem(["body"], f"too many keys ({len(data)}) for an activity")])
    return data


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")


def _storable(text: str) -> bool:
    return _UNSTORABLE.search(text) is None


def _texts(value: Any) -> Iterable[str]:
    """Every text in a JSON value (keys included), without recursion."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            yield item
        elif isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)


def storage_problems(entry: Mapping[str, Any]) -> list[dict[str, Any]]:
    """What the database could not store although the ledger format allows it."""
    found = []
    for key, value in entry.items():
        loc = ["body", key]
        if not _storable(key) or not all(_storable(t) for t in _texts(value)):
            found.append(problem(loc, "text must not contain NUL or unpaired surrogate characters"))
            continue
        if isinstance(value, list) and len(value) > MAX_ITEMS:
            found.append(problem(loc, f"at most {MAX_ITEMS} items, got {len(value)}"))
            continue
        if key == "id" and value is not None and not isinstance(value, str):
            found.append(problem(loc, f"expected a non-empty text value, got {_short(value)}"))
            continue
        if key in AMOUNT_FIELDS and not _fits_column(value):
            found.append(problem(loc, f"at most two decimals, got {_short(value)}"))
            continue
        limit = _max_length(key)
        if limit is not None and isinstance(value, str) and len(value.strip()) > limit:
            found.append(problem(loc, f"at most {limit} characters, got {len(value.strip())}"))
    return found


def _fits_column(value: Any) -> bool:
    """False for a positive amount with more than two decimals that the core's check misses
    (an exponent so small that its arithmetic underflows to zero, such as 1e-999999999)."""
    if not isinstance(value, Decimal) or not value.is_finite() or value <= 0:
        return True  # not a number, or refused by the core with its own message
    try:
        return value.quantize(Decimal("0.01")) == value
    except InvalidOperation:  # too large to quantize: the core refuses it as implausible
        return True


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:59] + "…"


def _max_length(key: str) -> int | None:
    column = _COLUMN.get(key, key)
    try:
        field = Activity._meta.get_field(column)
    except Exception:  # not a column: an unknown key, or amounts, or dates (the core checks)
        return None
    return getattr(field, "max_length", None)


def current_entry(row: Activity) -> dict[str, Any]:
    """The activity's ledger entry as stored (the certificate reference, not an upload)."""
    return activity_entry(row)


def merge(current: Mapping[str, Any], patch: Mapping[str, Any]) -> dict[str, Any]:
    """A JSON merge patch (RFC 7396) of a ledger entry: keys replace, null removes.

    A new amount replaces the old one whatever its unit; completed_on replaces start/end and
    start or end turn a one-day activity into a span.
    """
    merged = dict(current)
    if any(key in patch for key in AMOUNT_FIELDS):
        for key in AMOUNT_FIELDS:
            merged.pop(key, None)
    if "completed_on" in patch:
        merged.pop("start", None)
        merged.pop("end", None)
    elif ("start" in patch or "end" in patch) and "completed_on" in merged:
        day = merged.pop("completed_on")
        merged["start"] = merged["end"] = day
    merged.update(patch)
    return {key: value for key, value in merged.items() if value is not None}


def jsonable(value: Any) -> Any:
    """Ledger values for a JSON response: amounts as numbers (not Decimal text)."""
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, dict):
        return {k: jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [jsonable(v) for v in value]
    return value
