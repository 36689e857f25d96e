"""Competency rules per accreditor, as data: one TOML file each in `cetrack/rules/competency/`.

A file says, for one accreditor (the CLIA baseline for sites inspected by CMS or a state agency,
CAP, The Joint Commission), how often competency is assessed, who may assess each complexity
(and whether a written delegation is needed), what it asks for waived tests and who assesses
consultants' and supervisors' own duties. Every entry cites its sources and carries a
confidence; every source has the date it was read. Files are validated by the pydantic models
below and cross-checked on load; problems come back as data (`Problem`), never raised. The
format is documented in docs/competency.md.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from cetrack.core.competency.vocabulary import COMPLEXITIES, POSITIONS
from cetrack.core.ledger import Problem
from cetrack.core.rules.schema import Confidence, Source

SCHEMA_VERSION = 1
Delegation = Literal["none", "written"]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Cited(Strict):
    confidence: Confidence
    sources: list[str] = Field(min_length=1)
    note: str | None = None


class Schedule(Cited):
    first_year_months: list[int] = Field(
        min_length=1, description="Months after the first day of patient testing, e.g. [6, 12]"
    )
    then_every_months: int = Field(gt=0, le=36, description="After the first year")

    @model_validator(mode="after")
    def _increasing(self) -> Schedule:
        months = self.first_year_months
        if any(not 0 < m <= 12 for m in months) or months != sorted(set(months)):
            raise ValueError("first_year_months must rise strictly, each within 1–12")
        return self


class Change(Cited):
    before_reporting: bool = Field(
        description="A method or instrument change makes every assigned person due before they "
        "report patient results"
    )


class Waived(Cited):
    required: bool = Field(description="Whether this accreditor requires it for waived tests")
    schedule: Schedule = Field(description="When required, or when a lab tracks it by policy")
    min_elements: int = Field(ge=1, le=6, description="Elements each assessment must cover")
    assessors: list[str] = Field(min_length=1, description="Positions that may assess")


class Assessor(Cited):
    complexity: Literal["moderate", "high"]
    position: str
    delegation: Delegation = Field(
        default="none", description="written: only with a dated written delegation"
    )


class Duties(Cited):
    positions: list[str] = Field(min_length=1, description="Positions whose duties are assessed")
    every_months: int = Field(gt=0, le=36)
    assessors: list[str] = Field(min_length=1)


class AccreditorFile(Strict):
    schema_: int = Field(alias="schema")
    accreditor: str = Field(pattern=r"^[a-z][a-z0-9\-]*$")
    name: str
    authority: str
    note: str | None = None
    schedule: Schedule
    change: Change
    waived: Waived
    assessor: list[Assessor] = Field(min_length=1)
    duties: Duties
    source: list[Source] = Field(min_length=1)

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


@dataclass(frozen=True, slots=True)
class Accreditor:
    """One accreditor's competency rules, ready to use."""

    id: str
    name: str
    authority: str
    note: str | None
    schedule: Schedule
    change: Change
    waived: Waived
    assessors: tuple[Assessor, ...]
    duties: Duties
    sources: dict[str, Source]
    file: str

    def assessors_for(self, complexity: str) -> tuple[Assessor, ...]:
        return tuple(a for a in self.assessors if a.complexity == complexity)

    def cited(self, rule: Cited) -> tuple[Source, ...]:
        return tuple(self.sources[s] for s in rule.sources)


@dataclass(frozen=True, slots=True)
class CompetencyRules:
    accreditors: dict[str, Accreditor]
    problems: tuple[Problem, ...]

    def get(self, ident: str) -> Accreditor | None:
        return self.accreditors.get(ident)

    def __iter__(self) -> Iterator[Accreditor]:
        return iter(self.accreditors.values())


def _cross_check(data: AccreditorFile) -> list[str]:
    known = {s.id for s in data.source}
    errors: list[str] = []
    sections: list[tuple[str, Cited]] = [
        ("schedule", data.schedule),
        ("change", data.change),
        ("waived", data.waived),
        ("waived.schedule", data.waived.schedule),
        ("duties", data.duties),
    ]
    sections += [(f"assessor {a.complexity}/{a.position}", a) for a in data.assessor]
    for where, rule in sections:
        errors += [f"{where}: cites unknown source '{s}'" for s in rule.sources if s not in known]
    positions = [(f"assessor {a.complexity}", a.position) for a in data.assessor]
    positions += [("waived.assessors", p) for p in data.waived.assessors]
    positions += [("duties.positions", p) for p in data.duties.positions]
    positions += [("duties.assessors", p) for p in data.duties.assessors]
    errors += [f"{where}: unknown position '{p}'" for where, p in positions if p not in POSITIONS]
    for complexity in COMPLEXITIES:
        if complexity != "waived" and not any(a.complexity == complexity for a in data.assessor):
            errors.append(f"assessor: no rule for {complexity} complexity")
    return errors


def parse_rules(text: str, file: str) -> tuple[Accreditor | None, list[Problem]]:
    """One accreditor file, or the located problems that stop it."""
    try:
        raw = tomllib.loads(text, parse_float=Decimal)
    except tomllib.TOMLDecodeError as error:
        return None, [Problem(file, None, "", f"not valid TOML: {error}")]
    if raw.get("schema") != SCHEMA_VERSION:
        found = raw.get("schema")
        return None, [
            Problem(file, None, "", f"'schema = {SCHEMA_VERSION}' is required ({found!r})")
        ]
    try:
        data = AccreditorFile.model_validate(raw)
    except ValidationError as error:
        return None, [
            Problem(file, None, ".".join(str(p) for p in e["loc"]), e["msg"])
            for e in error.errors()
        ]
    errors = _cross_check(data)
    if errors:
        return None, [Problem(file, None, "", message) for message in errors]
    return (
        Accreditor(
            id=data.accreditor,
            name=data.name,
            authority=data.authority,
            note=data.note,
            schedule=data.schedule,
            change=data.change,
            waived=data.waived,
            assessors=tuple(data.assessor),
            duties=data.duties,
            sources={s.id: s for s in data.source},
            file=file,
        ),
        [],
    )


def _files(extra_dirs: Sequence[Path]) -> Iterator[tuple[str, str]]:
    folder = resources.files("cetrack.rules").joinpath("competency")
    for item in sorted(folder.iterdir(), key=lambda p: p.name):
        if item.name.endswith(".toml"):
            yield f"cetrack/rules/competency/{item.name}", item.read_text("utf-8")
    for directory in extra_dirs:
        for path in sorted(Path(directory).glob("*.toml")):
            yield str(path), path.read_text("utf-8")


def load_rules(extra_dirs: Sequence[Path] = ()) -> CompetencyRules:
    accreditors: dict[str, Accreditor] = {}
    problems: list[Problem] = []
    for file, text in _files(extra_dirs):
        accreditor, found = parse_rules(text, file)
        problems += found
        if accreditor is None:
            continue
        if accreditor.id in accreditors:
            problems.append(Problem(file, None, "", f"accreditor {accreditor.id} defined twice"))
        accreditors[accreditor.id] = accreditor
    return CompetencyRules(accreditors, tuple(problems))


@cache
def default_rules() -> CompetencyRules:
    """The packaged accreditor files, loaded once per process."""
    return load_rules()
