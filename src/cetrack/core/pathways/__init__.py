"""Career pathways: certification eligibility routes as data, and a "what do I still need" checklist.

`load_pathways()` reads `cetrack/data/pathways.toml` (format: docs/pathways.md) into typed
`Pathways`, with located `Problem`s for bad data instead of exceptions. `checklist(profile,
target_id, as_of)` checks a person's `Profile` against every route of the target credential and
says, per requirement, "met", "missing" or "unknown" with a plain-language explanation;
`routes_satisfied_by(...)` links a degree or programme (a catalogue item) to the routes it serves.

Conventions (see docs/pathways.md, "How the checklist decides"):

- Lists in the profile are complete (no degree listed = no degree); a detail left blank inside an
  entry (a field, hours, a date, a full-time fraction) is unknown, and a requirement that depends
  on it is "unknown", never "met".
- Experience is counted in exact days inside the window, pro rata for part-time work where the
  source says so, and never more than one full-time day per calendar day (overlapping jobs do not
  add up).
- A route whose confidence is "unverified" (or any checkable requirement marked "unverified") is
  never "met"; it can still show what is missing.
"""

from __future__ import annotations

from cetrack.core.pathways.checklist import (
    Checklist,
    RequirementResult,
    RouteMatch,
    RouteResult,
    checklist,
    credential_label,
    describe,
    routes_satisfied_by,
)
from cetrack.core.pathways.model import (
    CONFIDENCE_RANK,
    DATA_FILE,
    FORMAT,
    LEVELS,
    REQUIREMENT_KINDS,
    Confidence,
    CourseCredit,
    CourseworkRequirement,
    Credential,
    CredentialRequirement,
    DegreeRequirement,
    ExperienceCredit,
    ExperienceRequirement,
    Level,
    ManualRequirement,
    Pathways,
    PathwaysFile,
    ProgrammeRequirement,
    Requirement,
    Route,
    Source,
    Status,
    load_pathways,
    parse_pathways,
)
from cetrack.core.pathways.profile import (
    Coursework,
    Degree,
    Experience,
    HeldCredential,
    Profile,
    ProgrammeCompleted,
    check_profile,
)

__all__ = [
    "CONFIDENCE_RANK",
    "DATA_FILE",
    "FORMAT",
    "LEVELS",
    "REQUIREMENT_KINDS",
    "Checklist",
    "Confidence",
    "CourseCredit",
    "Coursework",
    "CourseworkRequirement",
    "Credential",
    "CredentialRequirement",
    "Degree",
    "DegreeRequirement",
    "Experience",
    "ExperienceCredit",
    "ExperienceRequirement",
    "HeldCredential",
    "Level",
    "ManualRequirement",
    "Pathways",
    "PathwaysFile",
    "Profile",
    "ProgrammeCompleted",
    "ProgrammeRequirement",
    "Requirement",
    "RequirementResult",
    "Route",
    "RouteMatch",
    "RouteResult",
    "Source",
    "Status",
    "check_profile",
    "checklist",
    "credential_label",
    "describe",
    "load_pathways",
    "parse_pathways",
    "routes_satisfied_by",
]
