"""The rule-file schema: one TOML file per program, validated by these pydantic models.

`cetrack rules schema` exports the JSON Schema for editors; docs/rules.md explains each field.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, HttpUrl, model_validator

Confidence = Literal["official", "secondary", "unverified"]
Counts = Literal["yes", "no", "unverified"]
Severity = Literal["blocking", "warning"]

SCHEMA_VERSION = 1


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Source(Strict):
    id: str = Field(description="Short id that rule entries cite in their `sources` lists")
    url: HttpUrl
    title: str
    verified_on: date = Field(description="Date the figure was last read on this page")
    confidence: Confidence
    note: str | None = None


class Cycle(Strict):
    type: Literal["rolling", "fixed", "calendar-years-before"] = Field(
        description=(
            "rolling: the window is the `months` before the cycle end; fixed: everyone shares "
            "cycles ending on end_month/end_day of years with end_year_parity; "
            "calendar-years-before: the `months`/12 calendar years before the renewal year"
        )
    )
    months: int = Field(gt=0, le=120)
    anchors: list[Literal["cycle_end", "certified_on"]] = Field(
        default=["cycle_end"], description="Credential fields from which the cycle is dated"
    )
    end_month: int | None = Field(default=None, ge=1, le=12)
    end_day: int | None = Field(default=None, ge=1, le=31)
    end_year_parity: Literal["even", "odd", "any"] = "any"
    expired_lookback_months: int | None = Field(
        default=None,
        gt=0,
        le=120,
        description="Window for an expired credential: the last N months",
    )
    confidence: Confidence = Field(
        default="official",
        description="How sure the window's dates are; unverified gives no verdict",
    )
    note: str | None = None
    sources: list[str] = []

    @model_validator(mode="after")
    def _fixed_needs_end(self) -> Cycle:
        if self.type == "fixed" and (self.end_month is None or self.end_day is None):
            raise ValueError("a fixed cycle needs end_month and end_day")
        return self


class Declaration(Strict):
    opens_days_before: int = Field(ge=0)
    closes_days_before: int = Field(ge=0)
    sources: list[str] = []


class Conversion(Strict):
    minutes_per_hour: int = Field(default=50, gt=0)
    minimum_minutes: int = Field(default=50, ge=0)
    minutes_increment: Decimal = Field(
        default=Decimal("0.5"), gt=0, description="Minutes-based credit is rounded down to this"
    )
    ceu: Decimal | None = Field(default=Decimal(10), description="Units per 1.0 CEU")
    points: Decimal | None = Field(default=Decimal(1), description="Units per CMP/CCP point")
    hours: Decimal | None = Field(default=Decimal(1), description="Units per contact hour")
    semester_hour: Decimal | None = Field(default=None, description="Units per semester hour")
    quarter_hour: Decimal | None = Field(default=None, description="Units per quarter hour")
    sources: list[str] = []


class KindPolicy(Strict):
    counts: Counts
    reason: str
    until: date | None = Field(
        default=None, description="Counts only for activities ending on or before this date"
    )
    sources: list[str] = []


class Cap(Strict):
    id: str
    name: str
    kinds: list[str]
    max_fraction_of_total: Decimal = Field(gt=0, le=1)
    sources: list[str] = []


class DocumentationCheck(Strict):
    check: Literal["field", "name-match", "evidence-not", "certificate"]
    field: str | None = None
    values: list[str] = []
    severity: Severity
    message: str
    sources: list[str] = []

    @model_validator(mode="after")
    def _field_is_an_activity_key(self) -> DocumentationCheck:
        from cetrack.core.ledger import ACTIVITY_KEYS

        if self.check == "field" and self.field not in ACTIVITY_KEYS:
            raise ValueError(
                f"check 'field' needs field = one of the activity keys, not {self.field!r}"
            )
        return self


class AcceptedSource(Strict):
    """One kind of CE source a program accepts (e.g. Florida: a board-approved provider, or a
    state or federal agency or regionally accredited institution with proof of attendance)."""

    id: str
    name: str = Field(description="How a reason names it: 'a Florida board-approved provider'")
    board_approval: bool = Field(
        default=False,
        description="Matches when the activity's approvals include this program's id",
    )
    accreditations: list[str] = Field(
        default=[], description="Accreditation ids that match this source by themselves"
    )
    providers: list[str] = Field(
        default=[],
        description=(
            "Accreditation ids whose names, found as words in the activity's provider, match "
            "this source (a course of the CDC recorded with its P.A.C.E. accreditation)"
        ),
    )
    documentation: str | None = Field(
        default=None,
        description="A documentation warning the rule attaches to credit from this source",
    )
    sources: list[str] = []


class ProrateStep(Strict):
    licensed_within_months: int = Field(
        gt=0, description="Licensed within this many months of the window start"
    )
    total: Decimal = Field(ge=0)


class FirstCycle(Strict):
    policy: Literal["exempt", "statutory-only", "prorate"]
    prorate: list[ProrateStep] = []
    note: str
    confidence: Confidence = "official"
    sources: list[str] = []


class Requirement(Strict):
    id: str
    name: str
    minimum: Decimal = Field(gt=0)
    topics: list[str] = Field(
        default=[], description="Activity topics that may be allocated to this requirement"
    )
    per_category: bool = Field(
        default=False,
        description="One such requirement per licensed category of the credential (Florida)",
    )
    approved_by: str | None = Field(
        default=None, description="Only activities approved by this board count (e.g. 'fl')"
    )
    statutory: bool = Field(
        default=False, description="Still required in a first cycle with policy statutory-only"
    )
    exempt_when_upgraded: bool = Field(
        default=False,
        description=(
            "Not required for the cycle in which the person was licensed at this level "
            "(the credential's upgraded_on), e.g. Florida's supervision hour"
        ),
    )
    confidence: Confidence | None = None
    sources: list[str] = []

    @model_validator(mode="after")
    def _topics_or_categories(self) -> Requirement:
        if not self.per_category and not self.topics:
            raise ValueError(f"requirement '{self.id}' needs topics or per_category = true")
        return self


class Version(Strict):
    cycle_end_from: date | None = Field(
        default=None, description="Applies to cycles ending on or after this date"
    )
    cycle_end_before: date | None = Field(
        default=None, description="Applies to cycles ending before this date"
    )
    total: Decimal | None = Field(
        default=None, ge=0, description="Units required per cycle; absent: no CE rule confirmed"
    )
    expired_total: Decimal | None = Field(default=None, ge=0)
    confidence: Confidence
    sources: list[str] = []
    note: str | None = None
    not_applicable: str | None = Field(
        default=None, description="No CE applies in this period, and why (e.g. licence repealed)"
    )
    requirement: list[Requirement] = []


class RuleSet(Strict):
    id: str = Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9_\-]*$")
    name: str
    applies_to: str | None = Field(default=None, description="Who this rule set is for")
    note: str | None = None
    version: list[Version] = Field(min_length=1)


class Program(Strict):
    schema_: int = Field(alias="schema", description=f"Rule-file schema version ({SCHEMA_VERSION})")
    program: str = Field(pattern=r"^[a-z][a-z0-9\-]*$")
    name: str
    authority: str
    unit: Literal["points", "hours"]
    registration_only: bool = Field(
        default=False, description="A registration with no confirmed CE-hour rule"
    )
    note: str | None = None
    cycle: Cycle | None = None
    declaration: Declaration | None = None
    conversion: Conversion = Conversion()
    accepted_accreditations: list[str] | None = Field(
        default=None, description="Accreditation ids accepted; absent: any"
    )
    accepted_sources: list[AcceptedSource] | None = Field(
        default=None,
        description=(
            "The sources of CE a program accepts, each with its own test and documentation; "
            "replaces accepted_accreditations where a program names sources, not accreditations"
        ),
    )
    accreditation_reason: str | None = None
    kinds: dict[str, KindPolicy] = {}
    cap: list[Cap] = []
    documentation: list[DocumentationCheck] = []
    first_cycle: FirstCycle | None = None
    source: list[Source] = Field(min_length=1)
    ruleset: list[RuleSet] = Field(min_length=1)

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)
