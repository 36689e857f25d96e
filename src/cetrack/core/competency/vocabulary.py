"""The words of competency assessment: ids for files and the API, human names for pages.

Sources (research: employer.md §1): the six elements are 42 CFR 493.1413(b)(8)(i)–(vi) (technical
consultant, moderate complexity) and 493.1451(b)(8)(i)–(vi) (technical supervisor, high
complexity); positions are the CLIA personnel roles of Subparts M; specialties are the CLIA
specialties and subspecialties a laboratory lists for its certificate (Subpart K). Ids are stable:
never rename one without a migration.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Element:
    id: str
    number: int  # 1–6 for the CLIA elements, 0 for the duties of a position
    name: str
    citation: str
    methods: tuple[str, ...]  # the methods that can assess it


@dataclass(frozen=True, slots=True)
class Method:
    id: str
    name: str
    needs: str  # "notes" | "sample" | "score": the evidence this method must leave


@dataclass(frozen=True, slots=True)
class Position:
    id: str
    name: str
    short: str  # LD, TC, ...
    citation: str
    supervisory: bool  # its own duties are assessed (CMS Brochure #10)


METHODS: dict[str, Method] = {
    m.id: m
    for m in (
        Method("direct-observation", "Direct observation", "notes"),
        Method("checklist", "Observation checklist", "notes"),
        Method("record-review", "Review of records (title and date of each)", "notes"),
        Method("previously-analysed", "Previously analysed specimen", "sample"),
        Method("blind-sample", "Internal blind sample", "sample"),
        Method("pt-sample", "External proficiency-testing sample", "sample"),
        Method("quiz", "Written quiz or post-test", "score"),
        Method("case-study", "Case study or problem scenario", "notes"),
        Method("verbal", "Verbal questioning", "notes"),
        Method("duties-review", "Review of duties performed", "notes"),
    )
}

_SIX = "42 CFR 493.1413(b)(8) and 493.1451(b)(8)"
ELEMENTS: dict[str, Element] = {
    e.id: e
    for e in (
        Element(
            "direct-observation",
            1,
            "Direct observation of routine patient testing",
            f"{_SIX}(i)",
            ("direct-observation", "checklist"),
        ),
        Element(
            "recording-reporting",
            2,
            "Monitoring of recording and reporting of results",
            f"{_SIX}(ii)",
            ("direct-observation", "record-review", "checklist"),
        ),
        Element(
            "records-review",
            3,
            "Review of worksheets, QC, PT and preventive-maintenance records",
            f"{_SIX}(iii)",
            ("record-review", "checklist"),
        ),
        Element(
            "instrument-checks",
            4,
            "Direct observation of instrument maintenance and function checks",
            f"{_SIX}(iv)",
            ("direct-observation", "checklist"),
        ),
        Element(
            "sample-testing",
            5,
            "Testing previously analysed, blind or proficiency-testing samples",
            f"{_SIX}(v)",
            ("previously-analysed", "blind-sample", "pt-sample"),
        ),
        Element(
            "problem-solving",
            6,
            "Assessment of problem-solving skills",
            f"{_SIX}(vi)",
            ("quiz", "case-study", "verbal"),
        ),
    )
}
SIX_ELEMENTS: tuple[str, ...] = tuple(ELEMENTS)

# The competency of consultants and supervisors in their regulatory roles (CMS Brochure #10).
DUTIES = Element(
    "duties",
    0,
    "Performance of the position's regulatory duties",
    "CMS CLIA Brochure #10",
    ("duties-review", "direct-observation", "record-review", "verbal"),
)
ALL_ELEMENTS: dict[str, Element] = {**ELEMENTS, DUTIES.id: DUTIES}

POSITIONS: dict[str, Position] = {
    p.id: p
    for p in (
        Position("laboratory-director", "Laboratory director", "LD", "42 CFR 493.1405/1443", True),
        Position("clinical-consultant", "Clinical consultant", "CC", "42 CFR 493.1417/1455", True),
        Position("technical-consultant", "Technical consultant", "TC", "42 CFR 493.1411", True),
        Position("technical-supervisor", "Technical supervisor", "TS", "42 CFR 493.1449", True),
        Position("general-supervisor", "General supervisor", "GS", "42 CFR 493.1461", True),
        Position("testing-personnel", "Testing personnel", "TP", "42 CFR 493.1421/1489", False),
    )
}
# Positions whose own duties are assessed (Brochure #10 names CC, TC, TS and GS).
DUTY_POSITIONS: tuple[str, ...] = (
    "clinical-consultant",
    "technical-consultant",
    "technical-supervisor",
    "general-supervisor",
)

COMPLEXITIES: dict[str, str] = {
    "waived": "Waived",
    "moderate": "Moderate complexity",
    "high": "High complexity",
}

SPECIALTIES: dict[str, str] = {
    "bacteriology": "Bacteriology",
    "mycobacteriology": "Mycobacteriology",
    "mycology": "Mycology",
    "parasitology": "Parasitology",
    "virology": "Virology",
    "syphilis-serology": "Syphilis serology",
    "general-immunology": "General immunology",
    "routine-chemistry": "Routine chemistry",
    "urinalysis": "Urinalysis",
    "endocrinology": "Endocrinology",
    "toxicology": "Toxicology",
    "hematology": "Hematology",
    "immunohematology": "Immunohematology",
    "histopathology": "Histopathology",
    "oral-pathology": "Oral pathology",
    "cytology": "Cytology",
    "radiobioassay": "Radiobioassay",
    "histocompatibility": "Histocompatibility",
    "clinical-cytogenetics": "Clinical cytogenetics",
    "other": "Other",
}

# Why an assessment is done: the checkpoint it answers.
REASONS: dict[str, str] = {
    "first-year": "First-year assessment",
    "six-month": "6-month assessment",
    "twelve-month": "12-month assessment",
    "annual": "Annual assessment",
    "change": "Before reporting after a method or instrument change",
    "remedial": "Re-assessment after remediation",
}
PERIODIC_REASONS: tuple[str, ...] = ("first-year", "six-month", "twelve-month", "annual")

RESULTS: dict[str, str] = {
    "pass": "Satisfactory",
    "fail": "Not satisfactory",
    "not-applicable": "Not applicable",
}

# Where a person stands on a test system (or in a position's duties) on a day.
NOT_REQUIRED = "not-required"
CLEARED = "cleared"
DUE = "due"
OVERDUE = "overdue"
NOT_CLEARED = "not-cleared"
STATES: dict[str, str] = {
    NOT_CLEARED: "Not cleared",
    OVERDUE: "Overdue",
    DUE: "Due",
    CLEARED: "Cleared",
    NOT_REQUIRED: "Not required",
}


def name_of(table: dict[str, str], ident: str) -> str:
    """The human name of an id, or the id itself when it is not in the table."""
    return table.get(ident, ident)


def lower_first(text: str) -> str:
    """A name inside a sentence: 'Review of worksheets, QC, ...' → 'review of worksheets, QC,
    ...'; acronyms ('CBC ...') stay as they are."""
    if len(text) > 1 and text[1].isupper():
        return text
    return text[:1].lower() + text[1:]
