"""From captures to ledger entries: merge repeats, skip what the ledger already has, validate.

`plan_intake` decides everything and changes nothing (repeats inside the import are merged;
each resulting entry is new or already in the ledger by `decide.decide`, the same decision the
web review screen makes); `append_text` renders the additions as
`[[activity]]` tables to append to a ledger file, which keeps the person's own formatting and
comments untouched. A draft that is not yet a valid activity (a roster row without hours, say)
is returned with the ledger reader's own messages instead of being guessed at.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import PurePath

import tomli_w

from cetrack.core.capture.decide import decide
from cetrack.core.capture.draft import Capture, CaptureError, Draft, Field
from cetrack.core.capture.duplicates import find_duplicates, merge_drafts
from cetrack.core.capture.reader import CERTIFICATE_TYPES
from cetrack.core.ledger import Activity, Ledger, Problem, read_activity
from cetrack.core.ledger_writer import activity_table


@dataclass(frozen=True, slots=True)
class Source:
    """Where a draft came from: the file and the place in it."""

    file: str
    where: str | None

    def __str__(self) -> str:
        return f"{self.file} ({self.where})" if self.where else self.file


@dataclass(frozen=True, slots=True)
class Addition:
    activity: Activity
    sources: tuple[Source, ...]  # more than one when repeats were merged into this activity
    draft: Draft


@dataclass(frozen=True, slots=True)
class Repeat:
    """A draft that the ledger already holds: nothing is added for it (a ledger file is only
    appended to; `fills` names what a merge would have added to the record)."""

    source: Source
    activity_id: str
    reasons: tuple[str, ...]
    fills: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Unfinished:
    """A draft that is not yet a valid activity, with what is missing."""

    source: Source
    draft: Draft
    problems: tuple[Problem, ...]


@dataclass(frozen=True, slots=True)
class Intake:
    additions: tuple[Addition, ...]
    repeats: tuple[Repeat, ...]
    unfinished: tuple[Unfinished, ...]
    errors: tuple[tuple[str, CaptureError], ...]

    @property
    def merged(self) -> int:
        return sum(len(a.sources) - 1 for a in self.additions)


def _slug(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().casefold()
    return re.sub(r"[^a-z0-9]+", "-", folded).strip("-")[:50].strip("-")


def free_id(taken: set[str], title: str) -> str:
    base = _slug(title) or "activity"
    candidate, number = base, 1
    while candidate in taken:
        number += 1
        candidate = f"{base}-{number}"
    taken.add(candidate)
    return candidate


def _with_certificate(draft: Draft, capture: Capture, certificate_path: str | None) -> Draft:
    if capture.content_type not in CERTIFICATE_TYPES or certificate_path is None:
        return draft
    fields = dict(draft.fields)
    fields.setdefault("certificate", Field(certificate_path, 1.0, capture.file))
    fields.setdefault("evidence", Field("certificate", 1.0, capture.file))
    return replace(draft, fields=fields)


def plan_intake(
    captures: Sequence[Capture],
    ledger: Ledger,
    *,
    certificate_paths: dict[str, str] | None = None,
) -> Intake:
    """What importing these captures into `ledger` would add, skip and leave for a person.

    `certificate_paths` maps a capture's file to the path the ledger should record for it
    (relative to the ledger's folder); certificate files not in it are not recorded.
    """
    paths = certificate_paths or {}
    drafts: list[Draft] = []
    sources: list[Source] = []
    errors: list[tuple[str, CaptureError]] = []
    for capture in captures:
        errors.extend((capture.file, error) for error in capture.errors)
        for draft in capture.drafts:
            drafts.append(_with_certificate(draft, capture, paths.get(capture.file)))
            sources.append(Source(capture.file, draft.where))

    # Repeats inside the import become one activity (the first occurrence, completed by the
    # others); each is then decided against the ledger: new, or already there.
    matches = {m.draft: m for m in find_duplicates(drafts)}
    merged_into: dict[int, list[int]] = {}
    for index, match in sorted(matches.items()):
        if match.other is not None:
            merged_into.setdefault(match.other, []).append(index)
    taken = {activity.id for activity in ledger.activities}
    additions: list[Addition] = []
    repeats: list[Repeat] = []
    unfinished: list[Unfinished] = []
    for index, draft in enumerate(drafts):
        if index in matches:
            continue
        group = [index, *merged_into.get(index, [])]
        combined = draft
        for other in group[1:]:
            combined = merge_drafts(combined, drafts[other])
        title = combined.text("title") or "activity"
        activity_id = free_id(taken, title)
        entry = combined.entry(activity_id)
        decision = decide(entry, ledger.activities)
        if decision.record is not None:
            taken.discard(activity_id)
            for member in group:
                repeats.append(
                    Repeat(
                        sources[member], decision.record, decision.reasons, tuple(decision.fills)
                    )
                )
            continue
        activity, problems = read_activity(entry, str(sources[index]))
        if activity is None:
            taken.discard(activity_id)
            unfinished.append(Unfinished(sources[index], combined, problems))
            continue
        additions.append(Addition(activity, tuple(sources[i] for i in group), combined))
    return Intake(tuple(additions), tuple(repeats), tuple(unfinished), tuple(errors))


def append_text(additions: Sequence[Addition]) -> str:
    """`[[activity]]` tables for the additions, each headed by a comment naming its sources."""
    parts = []
    for addition in additions:
        origin = "; ".join(str(source) for source in addition.sources)
        origin = re.sub(r"[\x00-\x1f\x7f]", "?", origin)  # a file name must not end the comment
        parts.append(
            f"\n# imported by `cetrack import` from {origin}\n[[activity]]\n"
            + tomli_w.dumps(activity_table(addition.activity))
        )
    return "".join(parts)


def relative_path(file: str, ledger_dir: PurePath) -> str:
    """The certificate path a ledger records: relative to the ledger's folder when inside it."""
    path = PurePath(file)
    try:
        return path.relative_to(ledger_dir).as_posix()
    except ValueError:
        return path.as_posix()
