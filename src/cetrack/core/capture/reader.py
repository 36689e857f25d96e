"""One entry point for every file a person hands over: certificate, scan, transcript, badge, ZIP.

The content decides the reader, never the file name. A ZIP is opened one level deep, with the
same limits as the web upload, and each member becomes its own `Capture`, so one bad file in a
folder never stops the others.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import date
from pathlib import PurePosixPath

from cetrack.core.capture.draft import DEFAULT_LIMITS, Capture, CaptureError, Draft, Field, Limits
from cetrack.core.capture.sniff import sniff

TABLE_TYPES = frozenset(
    {
        "text/plain",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "application/vnd.ms-excel",
    }
)
CERTIFICATE_TYPES = frozenset({"application/pdf", "image/png", "image/jpeg"})
ZIP_TYPE = "application/zip"
# Topic hints below this are not offered at all; the reviewer picks topics instead.
TOPIC_HINT_FLOOR = 0.35


def read_file(
    name: str,
    content: bytes,
    *,
    today: date,
    limits: Limits = DEFAULT_LIMITS,
    ocr: bool = True,
    mapping: object | None = None,
) -> Capture:
    """Drafts from one file (not a ZIP: see `read_files`). Never raises for bad input."""
    if len(content) > limits.max_bytes:
        megabytes = limits.max_bytes // (1024 * 1024)
        return _refused(name, None, "too-large", f"the file is larger than {megabytes} MB")
    if not content:
        return _refused(name, None, "empty", "the file is empty")
    from cetrack.core.capture.split import with_topic_splits

    kind = sniff(content)
    capture = _dispatch(name, content, kind, today=today, limits=limits, ocr=ocr, mapping=mapping)
    return with_topic_hints(with_topic_splits(capture))


def _dispatch(
    name: str,
    content: bytes,
    kind: str | None,
    *,
    today: date,
    limits: Limits,
    ocr: bool,
    mapping: object | None,
) -> Capture:
    # Imported here so that reading one kind of file does not load every library.
    if kind == "image/png" and _baked_badge(content):
        from cetrack.core.capture.badges import read_badge

        return read_badge(name, content, today=today, limits=limits)
    if kind in CERTIFICATE_TYPES:
        from cetrack.core.capture.certificate import read_certificate

        return read_certificate(name, content, limits, ocr=ocr)
    if kind == "application/json" or (kind == "text/plain" and _JWT.fullmatch(content.strip())):
        from cetrack.core.capture.badges import read_badge

        return read_badge(name, content, today=today, limits=limits)
    if kind == "application/xml" or (kind in TABLE_TYPES and _looks_like_cebroker(content)):
        from cetrack.core.capture.cebroker import read_cebroker

        return read_cebroker(name, content, limits)
    if kind in TABLE_TYPES:
        from cetrack.core.capture.tabular import ColumnMapping, read_table

        chosen = mapping if isinstance(mapping, ColumnMapping) else None
        return read_table(name, content, chosen, limits)
    if kind == ZIP_TYPE:
        return _refused(name, kind, "nested-zip", "a ZIP inside a ZIP is not opened")
    message = (
        "not a file cetrack reads: expected a certificate (PDF, PNG, JPEG), a transcript "
        "(CSV, XLSX, XLS), a CE Broker roster or an Open Badge (JSON)"
    )
    return _refused(name, kind, "unsupported", message)


_JWT = re.compile(rb"[A-Za-z0-9_-]{2,}\.[A-Za-z0-9_-]{2,}\.[A-Za-z0-9_-]*")


def _looks_like_cebroker(content: bytes) -> bool:
    from cetrack.core.capture.cebroker import looks_like_cebroker

    return looks_like_cebroker(content)


def _baked_badge(content: bytes) -> bool:
    head = content[: 1024 * 1024]
    return b"openbadgecredential" in head or b"openbadges" in head


def _refused(name: str, kind: str | None, code: str, message: str) -> Capture:
    return Capture(file=name, content_type=kind, errors=(CaptureError(code, message),))


def with_topic_hints(capture: Capture) -> Capture:
    """Adds inferred topics to drafts that name none, from their title.

    Only the guesses `pretick` takes go into `topics` (pre-ticked on the review screen); a
    mandatory topic guessed below its stricter threshold goes into `topic_suggestions`, shown
    to the reviewer unticked, so capture never ticks a required minimum on weak evidence.
    """
    from cetrack.core.capture.topics import infer_topics, pretick

    drafts: list[Draft] = []
    for draft in capture.drafts:
        title = draft.text("title")
        if "topics" in draft.fields or not title:
            drafts.append(draft)
            continue
        guesses = [g for g in infer_topics(title) if g.confidence >= TOPIC_HINT_FLOOR]
        fields = dict(draft.fields)
        for name, chosen in (
            ("topics", [g for g in guesses if pretick(g)]),
            ("topic_suggestions", [g for g in guesses if not pretick(g)]),
        ):
            if chosen:
                fields[name] = Field(
                    value=tuple(g.topic for g in chosen),
                    confidence=min(g.confidence for g in chosen),
                    source="; ".join(dict.fromkeys(g.matched for g in chosen)),
                )
        drafts.append(replace(draft, fields=fields) if len(fields) > len(draft.fields) else draft)
    return replace(capture, drafts=tuple(drafts))


def expand_zip(
    name: str, content: bytes, limits: Limits = DEFAULT_LIMITS
) -> list[tuple[str, bytes | CaptureError]] | CaptureError:
    """The files inside a ZIP (folders flattened, hidden files skipped), or why it was refused.

    Sizes are checked from the directory before anything is inflated, and again while
    reading, so a ZIP bomb is refused without being unpacked. A member that cannot be read
    gets its own error; the others are still returned.
    """
    try:
        archive = zipfile.ZipFile(io.BytesIO(content))
        members = [m for m in archive.infolist() if not m.is_dir()]
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as error:
        return CaptureError("corrupt", f"not a readable ZIP file ({error})")
    members = [m for m in members if not _hidden(m.filename)]
    if len(members) > limits.max_zip_entries:
        return CaptureError(
            "too-large", f"the ZIP holds {len(members)} files; at most {limits.max_zip_entries}"
        )
    if sum(m.file_size for m in members) > limits.max_zip_bytes:
        megabytes = limits.max_zip_bytes // (1024 * 1024)
        return CaptureError("too-large", f"the ZIP would unpack to more than {megabytes} MB")
    files: list[tuple[str, bytes | CaptureError]] = []
    total = 0
    for member in members:
        label = _member_name(name, member.filename)
        data = _read_member(archive, member, limits)
        if isinstance(data, bytes):
            total += len(data)
            if total > limits.max_zip_bytes:
                return CaptureError("too-large", "the ZIP unpacks to more than it declares")
        files.append((label, data))
    return files


def _read_member(
    archive: zipfile.ZipFile, member: zipfile.ZipInfo, limits: Limits
) -> bytes | CaptureError:
    megabytes = limits.max_bytes // (1024 * 1024)
    if member.flag_bits & 0x1:
        return CaptureError("encrypted", "encrypted ZIP entries are refused")
    if member.file_size > limits.max_bytes:
        return CaptureError("too-large", f"the file is larger than {megabytes} MB")
    try:
        with archive.open(member) as handle:
            data = handle.read(limits.max_bytes + 1)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError) as error:
        return CaptureError("corrupt", f"cannot be unpacked ({error})")
    if len(data) > limits.max_bytes:
        return CaptureError("too-large", f"unpacks to more than {megabytes} MB")
    return data


def _hidden(path: str) -> bool:
    parts = PurePosixPath(path.replace("\\", "/")).parts
    return any(part.startswith(".") or part == "__MACOSX" for part in parts)


def _member_name(archive: str, member: str) -> str:
    cleaned = "/".join(p for p in member.replace("\\", "/").split("/") if p not in ("", ".", ".."))
    return f"{archive}/{cleaned}"


def read_files(
    files: Iterable[tuple[str, bytes]],
    *,
    today: date,
    limits: Limits = DEFAULT_LIMITS,
    ocr: bool = True,
    mapping: object | None = None,
) -> Iterator[Capture]:
    """A `Capture` per file, ZIPs opened one level deep; each file succeeds or fails alone."""
    for name, content in files:
        if sniff(content) == ZIP_TYPE:
            inside = expand_zip(name, content, limits)
            if isinstance(inside, CaptureError):
                yield Capture(file=name, content_type=ZIP_TYPE, errors=(inside,))
                continue
            if not inside:
                yield _refused(name, ZIP_TYPE, "empty", "the ZIP holds no files")
            for member, data in inside:
                if isinstance(data, CaptureError):
                    yield Capture(file=member, content_type=None, errors=(data,))
                else:
                    yield read_file(
                        member, data, today=today, limits=limits, ocr=ocr, mapping=mapping
                    )
        else:
            yield read_file(name, content, today=today, limits=limits, ocr=ocr, mapping=mapping)
