"""Career pathways as data: the typed model of `cetrack/data/pathways.toml`, its reader with
located problems, and the shared vocabulary (levels, confidence, statuses). The package
docstring (cetrack.core.pathways) describes the whole."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from functools import cache
from importlib import resources
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, HttpUrl, ValidationError

from cetrack.core.ledger import Problem

Confidence = Literal["official", "secondary", "unverified"]
Status = Literal["met", "missing", "unknown"]
Level = Literal["associate", "bachelor", "master", "doctorate"]

FORMAT = 1
DATA_FILE = "cetrack/data/pathways.toml"
LEVELS: tuple[str, ...] = ("associate", "bachelor", "master", "doctorate")
CONFIDENCE_RANK: Mapping[str, int] = {"unverified": 0, "secondary": 1, "official": 2}
_CREDENTIAL_ID = r"^[a-z][a-z0-9-]*/[A-Za-z][A-Za-z0-9-]*$"
_ONE_DAY = timedelta(days=1)

# == the data file's schema ======================================================================


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Source(_Strict):
    id: str
    url: HttpUrl
    title: str
    confidence: Confidence
    verified_on: date | None = Field(
        default=None, description="Date the page was read; absent = taken from research notes"
    )
    note: str | None = None


class _Requirement(_Strict):
    text: str | None = Field(default=None, description="The requirement as the rule-maker says it")
    confidence: Confidence | None = Field(
        default=None, description="Where it differs from the route's"
    )
    note: str | None = None
    sources: tuple[str, ...] = ()


class DegreeRequirement(_Requirement):
    kind: Literal["degree"]
    level: Level = Field(description="Minimum level; a higher degree satisfies it")
    fields: tuple[str, ...] = Field(default=(), description="Accepted majors (empty = any)")
    fields_complete: bool = Field(
        default=True, description="False when the source adds 'or a related field'"
    )
    or_science_hours: Decimal | None = Field(
        default=None, ge=0, description="Instead of the major: this many s.h. of biology+chemistry"
    )
    or_total_hours: Decimal | None = Field(
        default=None, ge=0, description="Instead of the degree: this many s.h. of college credit"
    )
    within_months: int | None = Field(default=None, gt=0, le=600)


class CourseCredit(_Strict):
    programmes: tuple[str, ...] = Field(min_length=1)
    within_months: int | None = Field(default=None, gt=0, le=600)
    counts_as: str


class CourseworkRequirement(_Requirement):
    kind: Literal["coursework"]
    biology_hours: Decimal | None = Field(default=None, ge=0)
    chemistry_hours: Decimal | None = Field(default=None, ge=0)
    science_hours: Decimal | None = Field(default=None, ge=0, description="biology + chemistry")
    total_hours: Decimal | None = Field(default=None, ge=0, description="all college credit")
    courses: tuple[tuple[str, ...], ...] = Field(
        default=(), description="Each inner list: one of these courses is required"
    )
    programme_credit: CourseCredit | None = None


class CredentialRequirement(_Requirement):
    kind: Literal["credential"]
    any_of: tuple[str, ...] = Field(min_length=1)
    current: bool = Field(default=False, description="Must be valid (in a current cycle)")
    or_equivalent: bool = Field(
        default=False, description="The body may accept an equivalent not listed here"
    )


class ProgrammeRequirement(_Requirement):
    kind: Literal["programme"]
    any_of: tuple[str, ...] = Field(min_length=1)
    within_months: int | None = Field(default=None, gt=0, le=600)
    window: Literal["stated", "not-read"] = "stated"


class ExperienceCredit(_Strict):
    programmes: tuple[str, ...] = Field(min_length=1)
    within_months: int | None = Field(default=None, gt=0, le=600)
    months: int = Field(gt=0, le=600)


class ExperienceRequirement(_Requirement):
    kind: Literal["experience"]
    months: int = Field(gt=0, le=600, description="Full-time months required")
    disciplines: tuple[str, ...] = ()
    cover: Literal["all", "any"] = Field(
        default="any", description="all: the experience must cover every listed discipline"
    )
    disciplines_complete: bool = True
    settings: tuple[str, ...] = Field(default=(), description="Accepted settings (empty = any)")
    accredited_lab: bool = False
    within_months: int | None = Field(default=None, gt=0, le=600)
    window: Literal["stated", "unverified", "not-read"] = "stated"
    part_time: Literal["pro-rata", "not-stated"] = "not-stated"
    programme_credit: ExperienceCredit | None = None


class ManualRequirement(_Requirement):
    kind: Literal["manual"]
    text: str = Field(min_length=1)


Requirement = Annotated[
    DegreeRequirement
    | CourseworkRequirement
    | CredentialRequirement
    | ProgrammeRequirement
    | ExperienceRequirement
    | ManualRequirement,
    Field(discriminator="kind"),
]
REQUIREMENT_KINDS: tuple[str, ...] = (
    "degree",
    "coursework",
    "credential",
    "programme",
    "experience",
    "manual",
)


class Route(_Strict):
    id: str = Field(min_length=1)
    name: str
    summary: str
    confidence: Confidence
    sources: tuple[str, ...] = Field(min_length=1)
    effective_from: date | None = None
    retired_on: date | None = None
    notes: str | None = None
    requirement: tuple[Requirement, ...] = ()

    def in_effect(self, on: date) -> bool:
        return (self.effective_from is None or on >= self.effective_from) and (
            self.retired_on is None or on < self.retired_on
        )


class Credential(_Strict):
    id: str = Field(pattern=_CREDENTIAL_ID)
    name: str
    body: str
    level: Literal["technician", "technologist", "specialist", "qualification", "diplomate"]
    confidence: Confidence
    verified_on: date
    sources: tuple[str, ...] = Field(min_length=1)
    notes: str | None = None
    route: tuple[Route, ...] = Field(min_length=1)

    def route_by_id(self, ident: str) -> Route | None:
        return next((r for r in self.route if r.id == ident), None)


class PathwaysFile(_Strict):
    format: int
    levels: dict[str, str]
    fields: dict[str, str]
    programmes: dict[str, str]
    disciplines: dict[str, str]
    settings: dict[str, str]
    courses: dict[str, str]
    source: tuple[Source, ...] = ()
    credential: tuple[Credential, ...] = ()


@dataclass(frozen=True, slots=True)
class Pathways:
    """The loaded routes. When `problems` is not empty, `credentials` is empty."""

    credentials: Mapping[str, Credential]
    sources: Mapping[str, Source]
    fields: Mapping[str, str]
    programmes: Mapping[str, str]
    disciplines: Mapping[str, str]
    settings: Mapping[str, str]
    courses: Mapping[str, str]
    problems: tuple[Problem, ...] = ()
    file: str = DATA_FILE

    @property
    def ok(self) -> bool:
        return not self.problems

    def get(self, ident: str) -> Credential | None:
        return self.credentials.get(ident)

    def cited(self, ids: Iterable[str]) -> tuple[Source, ...]:
        return tuple(self.sources[i] for i in ids if i in self.sources)

    def verified_on(self, route: Route) -> date | None:
        """The latest date one of the route's sources was read, or None."""
        days = [s.verified_on for s in self.cited(route.sources) if s.verified_on is not None]
        return max(days, default=None)


# == loading with located problems ===============================================================


class _Locator:
    """Line numbers of [[credential]], [[credential.route]], ... blocks and keys in the file."""

    _header = re.compile(r"^\s*\[\[?\s*([A-Za-z0-9_.\-]+)\s*\]\]?\s*(#.*)?$")

    def __init__(self, text: str) -> None:
        self.lines = text.splitlines()
        self.starts: dict[tuple[object, ...], int] = {}
        self.headers: list[int] = []
        latest: dict[str, tuple[object, ...]] = {}  # table name -> path of its latest element
        counts: dict[tuple[object, ...], int] = {}  # (parent path..., name) -> elements so far
        for number, line in enumerate(self.lines):
            match = self._header.match(line)
            if not match:
                continue
            self.headers.append(number)
            name = match.group(1)
            parent, _, last = name.rpartition(".")
            prefix = latest.get(parent, ()) if parent else ()
            if line.lstrip().startswith("[["):
                index = counts.get((*prefix, name), -1) + 1
                counts[(*prefix, name)] = index
                path: tuple[object, ...] = (*prefix, last, index)
            else:
                path = (*prefix, last)
            latest[name] = path
            self.starts[path] = number

    def line(self, loc: Sequence[object]) -> int | None:
        """The line of the deepest table in `loc`, or of its key when `loc` ends with one."""
        table: tuple[object, ...] = ()
        key: str | None = None
        for depth in range(len(loc), 0, -1):
            if tuple(loc[:depth]) in self.starts:
                table = tuple(loc[:depth])
                rest = loc[depth:]
                key = next((str(p) for p in rest if isinstance(p, str)), None)
                break
        if not table:
            return None
        start = self.starts[table]
        stop = min((n for n in self.headers if n > start), default=len(self.lines))
        if key is not None:
            pattern = re.compile(rf"^\s*{re.escape(key)}\s*=")
            for number in range(start + 1, stop):
                if pattern.match(self.lines[number]):
                    return number + 1
        return start + 1


def _where(loc: Sequence[object]) -> str:
    parts: list[str] = []
    for item in loc:
        if isinstance(item, int):
            parts[-1] = f"{parts[-1]} #{item + 1}" if parts else f"#{item + 1}"
        else:
            parts.append(str(item))
    return " ".join(parts)


def _clean_loc(loc: Sequence[object]) -> tuple[object, ...]:
    """Drop pydantic's discriminator tags ("experience", ...) after a requirement index."""
    out: list[object] = []
    for i, item in enumerate(loc):
        if item in REQUIREMENT_KINDS and i > 0 and isinstance(loc[i - 1], int):
            continue
        out.append(item)
    return tuple(out)


def _empty(problems: Sequence[Problem], file: str) -> Pathways:
    return Pathways({}, {}, {}, {}, {}, {}, {}, tuple(problems), file)


def parse_pathways(text: str, source: str = DATA_FILE) -> Pathways:
    """Parse pathways TOML. Problems are returned (located by line), never raised."""
    try:
        data = tomllib.loads(text, parse_float=Decimal)
    except tomllib.TOMLDecodeError as error:
        match = re.search(r"line (\d+)", str(error))
        line = int(match.group(1)) if match else None
        return _empty([Problem(source, line, "", f"not valid TOML: {error}")], source)
    locate = _Locator(text)
    if data.get("format") != FORMAT:
        message = f"'format = {FORMAT}' is required at the top (found {data.get('format')!r})"
        return _empty([Problem(source, None, "", message, "format")], source)
    try:
        parsed = PathwaysFile.model_validate(data)
    except ValidationError as error:
        problems = []
        for item in error.errors():
            loc = _clean_loc(item["loc"])
            message = item["msg"]
            if item["type"] in ("union_tag_invalid", "union_tag_not_found"):
                loc = (*loc, "kind")
            if item["type"] == "extra_forbidden":
                message = "unknown key"
            elif item["type"] == "missing":
                message = "is required"
            key = next((str(p) for p in reversed(loc) if isinstance(p, str)), None)
            problems.append(Problem(source, locate.line(loc), _where(loc), message, key))
        return _empty(problems, source)
    problems = [
        Problem(source, locate.line(loc), _where(loc), message, key)
        for loc, key, message in _cross_check(parsed)
    ]
    if problems:
        return _empty(problems, source)
    return Pathways(
        credentials={c.id: c for c in parsed.credential},
        sources={s.id: s for s in parsed.source},
        fields=dict(parsed.fields),
        programmes=dict(parsed.programmes),
        disciplines=dict(parsed.disciplines),
        settings=dict(parsed.settings),
        courses=dict(parsed.courses),
        file=source,
    )


def _cross_check(data: PathwaysFile) -> list[tuple[tuple[object, ...], str | None, str]]:
    """What the schema cannot see: unique ids, known vocabulary, sources backing confidence."""
    found: list[tuple[tuple[object, ...], str | None, str]] = []
    sources = {s.id: s for s in data.source}
    levels = set(LEVELS)
    if set(data.levels) != levels:
        found.append((("levels",), None, f"must name exactly the levels {', '.join(LEVELS)}"))
    seen_sources: set[str] = set()
    for i, src in enumerate(data.source):
        if src.id in seen_sources:
            found.append((("source", i, "id"), "id", f"duplicate source id '{src.id}'"))
        seen_sources.add(src.id)

    def cite(loc: tuple[object, ...], ids: Iterable[str]) -> None:
        for ident in ids:
            if ident not in sources:
                found.append(((*loc, "sources"), "sources", f"unknown source '{ident}'"))

    def known(
        loc: tuple[object, ...], key: str, ids: Iterable[str], vocab: Mapping[str, str]
    ) -> None:
        for ident in ids:
            if ident not in vocab:
                choices = ", ".join(sorted(vocab))
                found.append(
                    ((*loc, key), key, f"unknown {key} '{ident}'; expected one of {choices}")
                )

    seen: set[str] = set()
    for c, cred in enumerate(data.credential):
        cloc: tuple[object, ...] = ("credential", c)
        if cred.id in seen:
            found.append(((*cloc, "id"), "id", f"duplicate credential id '{cred.id}'"))
        seen.add(cred.id)
        cite(cloc, cred.sources)
        route_ids: set[str] = set()
        for r, route in enumerate(cred.route):
            rloc: tuple[object, ...] = (*cloc, "route", r)
            if route.id in route_ids:
                found.append(((*rloc, "id"), "id", f"duplicate route id '{route.id}' in {cred.id}"))
            route_ids.add(route.id)
            cite(rloc, route.sources)
            best = max(
                (CONFIDENCE_RANK[sources[s].confidence] for s in route.sources if s in sources),
                default=0,
            )
            if CONFIDENCE_RANK[route.confidence] > best:
                found.append(
                    (
                        (*rloc, "confidence"),
                        "confidence",
                        f"route is marked '{route.confidence}' but none of its sources is",
                    )
                )
            if (
                route.retired_on
                and route.effective_from
                and route.retired_on <= route.effective_from
            ):
                found.append(((*rloc, "retired_on"), "retired_on", "retired before it took effect"))
            for q, req in enumerate(route.requirement):
                qloc: tuple[object, ...] = (*rloc, "requirement", q)
                cite(qloc, req.sources)
                if isinstance(req, DegreeRequirement):
                    known(qloc, "fields", req.fields, data.fields)
                elif isinstance(req, CourseworkRequirement):
                    for group in req.courses:
                        known(qloc, "courses", group, data.courses)
                    if req.programme_credit is not None:
                        known(qloc, "programmes", req.programme_credit.programmes, data.programmes)
                        known(qloc, "courses", [req.programme_credit.counts_as], data.courses)
                    if not any(
                        (req.biology_hours, req.chemistry_hours, req.science_hours)
                    ) and not (req.total_hours or req.courses):
                        found.append((qloc, None, "coursework requirement asks for nothing"))
                elif isinstance(req, CredentialRequirement):
                    for ident in req.any_of:
                        if not re.match(_CREDENTIAL_ID, ident):
                            found.append(
                                ((*qloc, "any_of"), "any_of", f"'{ident}' is not a credential id")
                            )
                elif isinstance(req, ProgrammeRequirement):
                    known(qloc, "programmes", req.any_of, data.programmes)
                    if req.window == "not-read" and req.within_months is not None:
                        found.append(
                            ((*qloc, "window"), "window", "window 'not-read' with within_months")
                        )
                elif isinstance(req, ExperienceRequirement):
                    known(qloc, "disciplines", req.disciplines, data.disciplines)
                    known(qloc, "settings", req.settings, data.settings)
                    if req.programme_credit is not None:
                        known(qloc, "programmes", req.programme_credit.programmes, data.programmes)
                        if req.programme_credit.months >= req.months:
                            found.append(
                                (
                                    (*qloc, "programme_credit"),
                                    "programme_credit",
                                    "the credit replaces the whole requirement",
                                )
                            )
                    if req.window == "not-read" and req.within_months is not None:
                        found.append(
                            ((*qloc, "window"), "window", "window 'not-read' with within_months")
                        )
                    if req.window == "unverified" and req.within_months is None:
                        found.append(
                            (
                                (*qloc, "window"),
                                "window",
                                "an unverified window needs within_months",
                            )
                        )
                    if req.cover == "all" and not req.disciplines:
                        found.append(((*qloc, "cover"), "cover", "cover = 'all' needs disciplines"))
    return found


@cache
def load_pathways() -> Pathways:
    """The packaged routes (cached). Check `.problems`; the packaged file is tested to have none."""
    text = resources.files("cetrack.data").joinpath("pathways.toml").read_text("utf-8")
    return parse_pathways(text, DATA_FILE)


# == the person ==================================================================================
