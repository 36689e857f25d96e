"""Loads, cross-checks and compiles rule files into the fast, typed form the engine uses.

Rule files live in the package (`cetrack/rules/*.toml`, `cetrack/rules/states/*.toml`); more
directories can be added (CETRACK_RULES_PATH or `RuleLibrary.load(extra_dirs=...)`), so adding a
state is adding a file.
"""

from __future__ import annotations

import difflib
import os
import tomllib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import cache
from importlib import resources
from pathlib import Path

from pydantic import ValidationError

from cetrack.core.ledger import Credential, Problem
from cetrack.core.rules.schema import (
    SCHEMA_VERSION,
    Cap,
    Confidence,
    Conversion,
    Cycle,
    Declaration,
    DocumentationCheck,
    FirstCycle,
    KindPolicy,
    Program,
    Requirement,
    RuleSet,
    Source,
    Version,
)
from cetrack.core.units import to_hundredths
from cetrack.core.vocabulary import vocabulary


@dataclass(frozen=True, slots=True)
class CompiledRequirement:
    id: str
    name: str
    minimum: int  # hundredths
    topics: frozenset[str]
    per_category: bool
    approved_by: str | None
    statutory: bool
    confidence: Confidence | None
    sources: tuple[Source, ...]
    exempt_when_upgraded: bool = False


@dataclass(frozen=True, slots=True)
class CompiledVersion:
    cycle_end_from: date | None
    cycle_end_before: date | None
    total: int | None  # hundredths; None = no CE rule confirmed
    expired_total: int | None
    confidence: Confidence
    sources: tuple[Source, ...]
    note: str | None
    not_applicable: str | None
    requirements: tuple[CompiledRequirement, ...]

    def covers(self, cycle_end: date) -> bool:
        return (self.cycle_end_from is None or cycle_end >= self.cycle_end_from) and (
            self.cycle_end_before is None or cycle_end < self.cycle_end_before
        )

    @property
    def unverified(self) -> bool:
        return self.not_applicable is None and (
            self.total is None
            or self.confidence == "unverified"
            or any(r.confidence == "unverified" for r in self.requirements)
        )


@dataclass(frozen=True, slots=True)
class CompiledConversion:
    minutes_per_hour: int
    minimum_minutes: int
    minutes_increment: int  # hundredths
    per_unit: dict[str, int | None]  # ledger amount field -> hundredths of credit per 1.00


@dataclass(frozen=True, slots=True)
class RuleBook:
    """One rule set (`program/credential`) with everything the engine needs to evaluate it."""

    id: str
    name: str
    program: Program
    ruleset: RuleSet
    unit: str
    cycle: Cycle | None
    declaration: Declaration | None
    conversion: CompiledConversion
    kinds: dict[str, KindPolicy]
    accepted_accreditations: frozenset[str] | None
    caps: tuple[tuple[Cap, frozenset[str]], ...]
    cap_of_kind: dict[str, int]  # activity kind -> index of the cap limiting it
    documentation: tuple[DocumentationCheck, ...]
    first_cycle: FirstCycle | None
    versions: tuple[CompiledVersion, ...]
    sources: tuple[Source, ...]
    file: str

    def version_for(self, cycle_end: date) -> CompiledVersion | None:
        for version in self.versions:
            if version.covers(cycle_end):
                return version
        return None

    def source(self, ident: str) -> Source:
        return next(s for s in self.program.source if s.id == ident)

    @property
    def registration_only(self) -> bool:
        return self.program.registration_only


@dataclass(frozen=True, slots=True)
class RuleLibrary:
    books: dict[str, RuleBook]
    problems: tuple[Problem, ...]

    def get(self, ident: str) -> RuleBook | None:
        return self.books.get(ident)

    def __iter__(self) -> Iterator[RuleBook]:
        return iter(sorted(self.books.values(), key=lambda b: b.id))

    def check_credential(self, credential: Credential) -> list[tuple[str | None, str]]:
        """Problems with a ledger credential that only the rule library can see."""
        book = self.books.get(credential.rules)
        if book is None:
            near = difflib.get_close_matches(credential.rules, list(self.books), n=3, cutoff=0.6)
            hint = f"; did you mean {' or '.join(near)}?" if near else ""
            return [
                (
                    "rules",
                    f"unknown rule set '{credential.rules}'{hint} "
                    "(`cetrack rules list` shows them all)",
                )
            ]
        problems: list[tuple[str | None, str]] = []
        cycle = book.cycle
        if cycle is not None and cycle.type != "fixed":
            if credential.cycle_end is None and credential.certified_on is None:
                allowed = " or ".join(cycle.anchors)
                problems.append((None, f"{book.id} needs {allowed} to date the cycle"))
            elif credential.cycle_end is None and "certified_on" not in cycle.anchors:
                problems.append(
                    (
                        "certified_on",
                        f"{book.id} cycles are not derived from certified_on; "
                        "give cycle_end (the expiry date on the licence)",
                    )
                )
        if credential.status == "expired" and (cycle is None or not cycle.expired_lookback_months):
            problems.append(("status", f"{book.id} has no rule for expired credentials"))
        if any(r.per_category for v in book.versions for r in v.requirements) and not (
            credential.categories
        ):
            problems.append(("categories", f"{book.id} needs the licensed categories"))
        return problems


def _hundredths(value: Decimal | None) -> int | None:
    return None if value is None else to_hundredths(value)


def _compile_conversion(conversion: Conversion) -> CompiledConversion:
    return CompiledConversion(
        minutes_per_hour=conversion.minutes_per_hour,
        minimum_minutes=conversion.minimum_minutes,
        minutes_increment=to_hundredths(conversion.minutes_increment),
        per_unit={
            "hours": _hundredths(conversion.hours),
            "points": _hundredths(conversion.points),
            "ceu": _hundredths(conversion.ceu),
            "semester_hours": _hundredths(conversion.semester_hour),
            "quarter_hours": _hundredths(conversion.quarter_hour),
        },
    )


def _cross_check(program: Program) -> list[str]:
    """References a schema cannot check: sources, topics, kinds, accreditations, versions."""
    vocab = vocabulary()
    errors: list[str] = []
    known_sources = {s.id for s in program.source}

    def cite(where: str, sources: Iterable[str]) -> None:
        for ident in sources:
            if ident not in known_sources:
                errors.append(f"{where}: cites unknown source '{ident}'")

    for section in (program.cycle, program.declaration, program.conversion, program.first_cycle):
        if section is not None:
            cite(type(section).__name__.lower(), section.sources)
    for kind, policy in program.kinds.items():
        if kind not in vocab.kinds:
            errors.append(f"kinds: unknown activity kind '{kind}'")
        cite(f"kinds.{kind}", policy.sources)
    for cap in program.cap:
        for kind in cap.kinds:
            if kind not in vocab.kinds:
                errors.append(f"cap {cap.id}: unknown activity kind '{kind}'")
        cite(f"cap {cap.id}", cap.sources)
    for check in program.documentation:
        cite(f"documentation {check.check}", check.sources)
    for accreditation in program.accepted_accreditations or ():
        if accreditation not in vocab.accreditations:
            errors.append(f"accepted_accreditations: unknown accreditation '{accreditation}'")
    if program.accepted_sources is not None and program.accepted_accreditations is not None:
        errors.append("give accepted_sources or accepted_accreditations, not both")
    for accepted in program.accepted_sources or ():
        cite(f"accepted_sources {accepted.id}", accepted.sources)
        if not accepted.board_approval and not accepted.accreditations:
            errors.append(f"accepted_sources {accepted.id}: needs board_approval or accreditations")
        for accreditation in (*accepted.accreditations, *accepted.providers):
            if accreditation not in vocab.accreditations:
                errors.append(
                    f"accepted_sources {accepted.id}: unknown accreditation '{accreditation}'"
                )
    seen_ids: set[str] = set()
    for ruleset in program.ruleset:
        if ruleset.id in seen_ids:
            errors.append(f"ruleset {ruleset.id}: duplicate id")
        seen_ids.add(ruleset.id)
        for number, version in enumerate(ruleset.version, 1):
            where = f"ruleset {ruleset.id} version {number}"
            cite(where, version.sources)
            if not version.sources:
                errors.append(f"{where}: cites no source")
            for requirement in version.requirement:
                cite(f"{where} requirement {requirement.id}", requirement.sources)
                for topic in requirement.topics:
                    if topic not in vocab.topics:
                        errors.append(
                            f"{where} requirement {requirement.id}: unknown topic '{topic}'"
                        )
            minimums = sum(
                (r.minimum for r in version.requirement if not r.per_category), Decimal(0)
            )
            if version.total is not None and minimums > version.total:
                errors.append(f"{where}: minimums ({minimums}) exceed the total ({version.total})")
        errors.extend(_overlaps(ruleset))
    return errors


def _overlaps(ruleset: RuleSet) -> list[str]:
    errors: list[str] = []
    versions = ruleset.version
    for i, a in enumerate(versions):
        for b in versions[i + 1 :]:
            a_from, a_before = a.cycle_end_from or date.min, a.cycle_end_before or date.max
            b_from, b_before = b.cycle_end_from or date.min, b.cycle_end_before or date.max
            if a_from < b_before and b_from < a_before:
                errors.append(f"ruleset {ruleset.id}: versions overlap ({a_from}..{a_before})")
    return errors


def _compile_version(version: Version, sources: dict[str, Source]) -> CompiledVersion:
    return CompiledVersion(
        cycle_end_from=version.cycle_end_from,
        cycle_end_before=version.cycle_end_before,
        total=_hundredths(version.total),
        expired_total=_hundredths(version.expired_total),
        confidence=version.confidence,
        sources=tuple(sources[s] for s in version.sources),
        note=version.note,
        not_applicable=version.not_applicable,
        requirements=tuple(_compile_requirement(r, sources) for r in version.requirement),
    )


def _compile_requirement(
    requirement: Requirement, sources: dict[str, Source]
) -> CompiledRequirement:
    return CompiledRequirement(
        id=requirement.id,
        name=requirement.name,
        minimum=to_hundredths(requirement.minimum),
        topics=frozenset(requirement.topics),
        per_category=requirement.per_category,
        approved_by=requirement.approved_by.casefold() if requirement.approved_by else None,
        statutory=requirement.statutory,
        confidence=requirement.confidence,
        sources=tuple(sources[s] for s in requirement.sources),
        exempt_when_upgraded=requirement.exempt_when_upgraded,
    )


def compile_program(program: Program, file: str) -> list[RuleBook]:
    sources = {s.id: s for s in program.source}
    books = []
    for ruleset in program.ruleset:
        versions = tuple(_compile_version(v, sources) for v in ruleset.version)
        cited = dict.fromkeys(s for v in versions for s in v.sources)
        books.append(
            RuleBook(
                id=f"{program.program}/{ruleset.id}",
                name=ruleset.name,
                program=program,
                ruleset=ruleset,
                unit=program.unit,
                cycle=program.cycle,
                declaration=program.declaration,
                conversion=_compile_conversion(program.conversion),
                kinds=dict(program.kinds),
                accepted_accreditations=(
                    frozenset(program.accepted_accreditations)
                    if program.accepted_accreditations is not None
                    else None
                ),
                caps=tuple((cap, frozenset(cap.kinds)) for cap in program.cap),
                cap_of_kind={
                    kind: index
                    for index, cap in reversed(list(enumerate(program.cap)))
                    for kind in cap.kinds
                },
                documentation=tuple(program.documentation),
                first_cycle=program.first_cycle,
                versions=versions,
                sources=tuple(cited),
                file=file,
            )
        )
    return books


def parse_program(text: str, file: str) -> tuple[Program | None, list[Problem]]:
    try:
        data = tomllib.loads(text, parse_float=Decimal)
    except tomllib.TOMLDecodeError as error:
        return None, [Problem(file, None, "", f"not valid TOML: {error}")]
    if data.get("schema") != SCHEMA_VERSION:
        message = f"'schema = {SCHEMA_VERSION}' is required (found {data.get('schema')!r})"
        return None, [Problem(file, None, "", message)]
    try:
        program = Program.model_validate(data)
    except ValidationError as error:
        return None, [
            Problem(file, None, ".".join(str(p) for p in e["loc"]), e["msg"])
            for e in error.errors()
        ]
    errors = _cross_check(program)
    if errors:
        return None, [Problem(file, None, "", message) for message in errors]
    return program, []


def _rule_files(extra_dirs: Sequence[Path]) -> Iterator[tuple[str, str]]:
    root = resources.files("cetrack.rules")
    for folder in (root, root.joinpath("states")):
        for item in sorted(folder.iterdir(), key=lambda p: p.name):
            if item.name.endswith(".toml"):
                yield (
                    f"cetrack/rules/{item.name}"
                    if folder is root
                    else (f"cetrack/rules/states/{item.name}"),
                    item.read_text("utf-8"),
                )
    for directory in extra_dirs:
        for path in sorted(Path(directory).glob("*.toml")):
            yield str(path), path.read_text("utf-8")


def load_library(extra_dirs: Sequence[Path] = ()) -> RuleLibrary:
    books: dict[str, RuleBook] = {}
    problems: list[Problem] = []
    for file, text in _rule_files(extra_dirs):
        program, found = parse_program(text, file)
        problems.extend(found)
        if program is None:
            continue
        for book in compile_program(program, file):
            if book.id in books:
                problems.append(Problem(file, None, "", f"rule set {book.id} is defined twice"))
            books[book.id] = book
    return RuleLibrary(books=books, problems=tuple(problems))


@cache
def default_library() -> RuleLibrary:
    extra = [Path(p) for p in os.environ.get("CETRACK_RULES_PATH", "").split(os.pathsep) if p]
    return load_library(extra)
