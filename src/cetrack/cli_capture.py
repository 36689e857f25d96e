"""`cetrack parse` and `cetrack import`: certificates, transcripts and badges into a ledger."""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from collections.abc import Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import TextIO

from cetrack.core.activity_fields import label
from cetrack.core.capture.draft import REVIEW_BELOW, Capture, CaptureError, Limits
from cetrack.core.capture.intake import (
    Addition,
    Intake,
    append_text,
    plan_intake,
    relative_path,
)
from cetrack.core.capture.reader import read_files
from cetrack.core.ledger import load_ledger, parse_ledger
from cetrack.limits import over_ceiling

BAD_INPUT = 2
LIMITS = Limits()


def _files(names: Sequence[str]) -> Iterator[tuple[str, bytes | str]]:
    """(name, bytes) per file, folders walked in order; (name, message) for what cannot be read."""
    for name in names:
        path = Path(name)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith("."))
            if not found:
                yield name, "the folder holds no files"
            for item in found:
                yield from _read(item)
        else:
            yield from _read(path)


def _read(path: Path) -> Iterator[tuple[str, bytes | str]]:
    try:
        size = path.stat().st_size
        if size > LIMITS.max_bytes:
            yield str(path), f"larger than {LIMITS.max_bytes // (1024 * 1024)} MB"
            return
        yield str(path), path.read_bytes()
    except FileNotFoundError:
        yield str(path), "no such file"
    except OSError as error:
        yield str(path), f"cannot read: {error.strerror}"


class BadMapping(Exception):
    pass


def _mapping(args: argparse.Namespace) -> object | None:
    if not getattr(args, "mapping", None):
        return None
    from cetrack.core.capture.tabular import ColumnMapping

    try:
        return ColumnMapping.from_toml(Path(args.mapping).read_text("utf-8"))
    except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError) as error:
        raise BadMapping(f"cetrack: {args.mapping}: not a usable column mapping: {error}") from None


def _captures(args: argparse.Namespace, today: date) -> Iterator[Capture]:
    files = list(_files(args.files))
    progress = _Progress(len(files), sys.stderr) if len(files) > 1 else None
    mapping = _mapping(args)
    for number, (name, content) in enumerate(files, start=1):
        if progress:
            progress.show(number, name)
        if isinstance(content, str):
            yield Capture(
                file=name, content_type=None, errors=(CaptureError("unreadable", content),)
            )
            continue
        yield from read_files(
            [(name, content)], today=today, limits=LIMITS, ocr=not args.no_ocr, mapping=mapping
        )
    if progress:
        progress.done()


class _Progress:
    """A one-line progress bar on a terminal; silent when stderr is a file or a pipe."""

    def __init__(self, total: int, stream: TextIO) -> None:
        self.total, self.stream = total, stream
        self.live = stream.isatty()

    def show(self, number: int, name: str) -> None:
        if not self.live:
            return
        width = 30
        filled = width * (number - 1) // self.total
        label = name if len(name) <= 40 else "…" + name[-39:]
        bar = "#" * filled + "-" * (width - filled)
        self.stream.write(f"\r[{bar}] {number - 1}/{self.total} {label:<40}")
        self.stream.flush()

    def done(self) -> None:
        if self.live:
            self.stream.write(f"\r[{'#' * 30}] {self.total}/{self.total} files{' ' * 40}\n")


def _print_capture(capture: Capture, out: TextIO) -> None:
    out.write(f"{capture.file}  ({capture.content_type or 'unknown type'})\n")
    for error in capture.errors:
        out.write(f"  error: {error}\n")
    for number, draft in enumerate(capture.drafts, start=1):
        heading = f"  activity {number}" + (f" ({draft.where})" if draft.where else "")
        out.write(heading + f" — read from {draft.origin}\n")
        width = max(len(name) for name in draft.fields) if draft.fields else 0
        for name, found in draft.fields.items():
            value = ", ".join(found.value) if isinstance(found.value, tuple) else found.value
            flag = "  ← check" if found.confidence < REVIEW_BELOW else ""
            out.write(f"    {name:<{width}}  {value}  [{found.confidence:.2f}]{flag}\n")
        for note in draft.notes:
            out.write(f"    note: {note}\n")


def cmd_parse(args: argparse.Namespace) -> int:
    status = 0
    today = args.today or date.today()
    try:
        captures = _captures(args, today)
        first = next(captures, None)
    except BadMapping as error:
        print(error, file=sys.stderr)
        return BAD_INPUT
    for capture in [first, *captures] if first is not None else []:
        if capture.errors:
            status = BAD_INPUT
        if args.json:
            sys.stdout.write(json.dumps(capture.as_json(), ensure_ascii=False) + "\n")
        else:
            _print_capture(capture, sys.stdout)
        sys.stdout.flush()
    return status


def _summary(intake: Intake, ledger: Path, out: TextIO) -> None:
    for addition in intake.additions:
        activity = addition.activity
        origin = "; ".join(str(s) for s in addition.sources)
        merged = " (merged)" if len(addition.sources) > 1 else ""
        out.write(
            f"  + {activity.end}  {activity.amount}  {activity.title}{merged}\n      from {origin}\n"
        )
    for repeat in intake.repeats:
        adds = f"; it would add {', '.join(label(k) for k in repeat.fills)}" if repeat.fills else ""
        out.write(
            f"  = {repeat.source}: already in {ledger.name} as '{repeat.activity_id}' "
            f"({', '.join(repeat.reasons)}); not added{adds}\n"
        )
    for item in intake.unfinished:
        out.write(f"  ? {item.source}: not added, needs a person:\n")
        for problem in item.problems:
            out.write(f"      {problem.message}\n")
    for file, error in intake.errors:
        out.write(f"  ! {file}: {error}\n")


def cmd_import(args: argparse.Namespace) -> int:
    ledger_path = Path(args.ledger)
    loaded = load_ledger(ledger_path)
    if loaded.ledger is None:
        for problem in loaded.problems:
            print(f"cetrack: {problem}", file=sys.stderr)
        print("cetrack import: fix the ledger first; nothing was imported", file=sys.stderr)
        return BAD_INPUT
    held = len(loaded.ledger.activities)
    if full := over_ceiling(held, 1, "an import", "a ledger"):
        print(f"cetrack import: {ledger_path}: {full}", file=sys.stderr)
        return BAD_INPUT
    today = args.today or date.today()
    try:
        captures = list(_captures(args, today))
    except BadMapping as error:
        print(error, file=sys.stderr)
        return BAD_INPUT
    ledger_dir = ledger_path.resolve().parent
    # ZIP members get "archive.zip/member.pdf": the name still says where the certificate is.
    paths = {c.file: relative_path(os.path.abspath(c.file), ledger_dir) for c in captures}
    intake = plan_intake(captures, loaded.ledger, certificate_paths=paths)
    status = BAD_INPUT if intake.errors or intake.unfinished else 0
    out = sys.stdout
    out.write(
        f"{len(intake.additions)} to add, {intake.merged} merged repeats, "
        f"{len(intake.repeats)} already in the ledger, {len(intake.unfinished)} need a person, "
        f"{len(intake.errors)} file errors\n"
    )
    _summary(intake, ledger_path, out)
    additions = _all_or_nothing(intake, args.skip_problems)
    if additions is None:
        return BAD_INPUT
    if full := over_ceiling(held, len(additions), "this import", "a ledger"):
        print(f"cetrack import: {ledger_path}: {full}", file=sys.stderr)
        return BAD_INPUT
    if not additions:
        return status
    if not args.yes:
        if not sys.stdin.isatty():
            print(
                "cetrack import: nothing written; confirm with --yes when not at a terminal",
                file=sys.stderr,
            )
            return BAD_INPUT
        answer = input(f"Append {len(additions)} activities to {ledger_path}? [y/N] ")
        if answer.strip().casefold() not in ("y", "yes"):
            out.write("Nothing written.\n")
            return status
    return _append(ledger_path, append_text(additions), out) or status


def _all_or_nothing(intake: Intake, skip_problems: bool) -> tuple[Addition, ...] | None:
    """The additions to write: all of them when every file was read in full and every activity
    is complete; else none (None, told on stderr) — or, with --skip-problems, those that come
    from no file with a problem (a file cut off by a limit never adds part of itself)."""
    troubled = {file for file, _ in intake.errors} | {u.source.file for u in intake.unfinished}
    if not troubled:
        return intake.additions
    if not skip_problems:
        print(
            f"cetrack import: nothing written: {len(troubled)} file"
            f"{'s have' if len(troubled) > 1 else ' has'} problems (listed above); fix them or "
            "leave them out, or add --skip-problems to import the other files",
            file=sys.stderr,
        )
        return None
    return tuple(a for a in intake.additions if not any(s.file in troubled for s in a.sources))


def _append(ledger_path: Path, addition: str, out: TextIO) -> int:
    """Appends atomically, after checking that the result still reads as a valid ledger."""
    original = ledger_path.read_text("utf-8")
    text = original if original.endswith("\n") else original + "\n"
    text += addition
    check = parse_ledger(text, str(ledger_path))
    if check.ledger is None:
        for problem in check.problems:
            print(f"cetrack: {problem}", file=sys.stderr)
        print(
            "cetrack import: the result would not be a valid ledger; nothing written",
            file=sys.stderr,
        )
        return BAD_INPUT
    handle, temporary = tempfile.mkstemp(dir=ledger_path.parent, prefix=".cetrack-import-")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(text)
        os.replace(temporary, ledger_path)
    except OSError as error:
        Path(temporary).unlink(missing_ok=True)
        print(f"cetrack import: cannot write {ledger_path}: {error.strerror}", file=sys.stderr)
        return BAD_INPUT
    out.write(f"Appended to {ledger_path}.\n")
    return 0


def add_commands(commands: argparse._SubParsersAction, as_of: object) -> None:  # type: ignore[type-arg]
    parse = commands.add_parser(
        "parse", help="read certificates, transcripts and badges; print the fields found"
    )
    parse.add_argument("files", nargs="+", metavar="FILE", help="files, folders or ZIPs")
    parse.add_argument("--json", action="store_true", help="one JSON object per file per line")
    _common(parse, as_of)
    parse.set_defaults(handler=cmd_parse)

    intake = commands.add_parser(
        "import", help="append the activities found in files to a ledger (after confirmation)"
    )
    intake.add_argument("files", nargs="+", metavar="FILE", help="files, folders or ZIPs")
    intake.add_argument("--ledger", required=True, metavar="LEDGER", help="the ledger to append to")
    intake.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    intake.add_argument(
        "--skip-problems",
        action="store_true",
        help="import the files that were read in full; leave out any file with a problem",
    )
    _common(intake, as_of)
    intake.set_defaults(handler=cmd_import)


def _common(parser: argparse.ArgumentParser, as_of: object) -> None:
    parser.add_argument(
        "--mapping", metavar="FILE", help="column mapping preset (TOML) for CSV/XLSX transcripts"
    )
    parser.add_argument("--no-ocr", action="store_true", help="do not OCR scans and photos")
    parser.add_argument(
        "--today",
        type=as_of,  # type: ignore[arg-type]
        metavar="YYYY-MM-DD",
        help="the date to judge badge expiry by (default: today)",
    )
