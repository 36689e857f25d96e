"""A person's profile for the pathways checklist (degrees, coursework, credentials held,
experience, programmes completed) and its checks."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from cetrack.core.ledger import Problem
from cetrack.core.pathways.model import LEVELS, Pathways


@dataclass(frozen=True, slots=True)
class Degree:
    level: str  # associate | bachelor | master | doctorate
    field: str | None = None  # an id from [fields]; None = not recorded
    year: int | None = None
    completed: date | None = None  # more exact than year when known
    biology_hours: Decimal | None = None  # semester hours (quarter hours / 1.5)
    chemistry_hours: Decimal | None = None
    courses: frozenset[str] | None = None  # ids from [courses]; None = not recorded
    name: str | None = None


@dataclass(frozen=True, slots=True)
class Coursework:
    """Science credit outside a degree (courses taken in addition to it)."""

    biology_hours: Decimal | None = None
    chemistry_hours: Decimal | None = None
    courses: frozenset[str] | None = None
    name: str | None = None


@dataclass(frozen=True, slots=True)
class HeldCredential:
    id: str  # "ascp/MLT", "amt/MT", ...
    earned: date | None = None
    valid_through: date | None = None  # end of the current cycle; None = not recorded


@dataclass(frozen=True, slots=True)
class Experience:
    start: date
    end: date | None = None  # None = still working there
    disciplines: frozenset[str] | None = None  # ids from [disciplines]; None = not recorded
    fte: Decimal | None = None  # 1 = full time (35 h/week for ASCP); None = not recorded
    setting: str | None = None  # an id from [settings]
    accredited: bool | None = None  # CLIA / DoD CLIP / JCI / ISO 15189
    name: str | None = None


@dataclass(frozen=True, slots=True)
class ProgrammeCompleted:
    kind: str  # an id from [programmes]
    completed: date | None = None
    year: int | None = None
    name: str | None = None


@dataclass(frozen=True, slots=True)
class Profile:
    """What a person brings. Lists are complete; blank details inside an entry are unknown."""

    degrees: tuple[Degree, ...] = ()
    credentials: tuple[HeldCredential, ...] = ()
    experience: tuple[Experience, ...] = ()
    programmes: tuple[ProgrammeCompleted, ...] = ()
    coursework: tuple[Coursework, ...] = ()
    college_semester_hours: Decimal | None = None  # all academic credit; None = not recorded


def check_profile(profile: Profile, pathways: Pathways, as_of: date) -> tuple[Problem, ...]:
    """Ids the pathways do not know and impossible values, as located problems."""
    found: list[Problem] = []

    def problem(where: str, key: str, message: str) -> None:
        found.append(Problem("<profile>", None, where, message, key))

    def vocab(where: str, key: str, value: str | None, words: Mapping[str, str]) -> None:
        if value is not None and value not in words:
            problem(where, key, f"unknown {key} '{value}'; expected one of {', '.join(words)}")

    for i, deg in enumerate(profile.degrees):
        where = f"degree #{i + 1}"
        if deg.level not in LEVELS:
            problem(
                where, "level", f"unknown level '{deg.level}'; expected one of {', '.join(LEVELS)}"
            )
        vocab(where, "field", deg.field, pathways.fields)
        for course in sorted(deg.courses or ()):
            vocab(where, "courses", course, pathways.courses)
        for key in ("biology_hours", "chemistry_hours"):
            value = getattr(deg, key)
            if value is not None and value < 0:
                problem(where, key, "must not be negative")
    for i, extra in enumerate(profile.coursework):
        for course in sorted(extra.courses or ()):
            vocab(f"coursework #{i + 1}", "courses", course, pathways.courses)
    for i, job in enumerate(profile.experience):
        where = f"experience #{i + 1}"
        if job.end is not None and job.end < job.start:
            problem(where, "end", f"end {job.end} is before start {job.start}")
        if job.fte is not None and not 0 < job.fte <= 1:
            problem(where, "fte", "the full-time fraction must be above 0 and at most 1")
        for disc in sorted(job.disciplines or ()):
            vocab(where, "disciplines", disc, pathways.disciplines)
        vocab(where, "setting", job.setting, pathways.settings)
    for i, prog in enumerate(profile.programmes):
        vocab(f"programme #{i + 1}", "kind", prog.kind, pathways.programmes)
        if prog.completed is not None and prog.completed > as_of:
            problem(f"programme #{i + 1}", "completed", f"completed after {as_of}")
    return tuple(found)


# == results =====================================================================================
