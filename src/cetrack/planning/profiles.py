"""A career profile stored as JSON (`CareerProfile.data`) <-> the core's `pathways.Profile`.

The JSON keeps the core's field names; dates are ISO text and numbers are text (exact). Blank
details are null and stay unknown to the checklist, never guessed. Reading never raises: a
value that cannot be read is reported (entry and field) and left blank.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from cetrack.core.pathways import (
    Coursework,
    Degree,
    Experience,
    HeldCredential,
    Profile,
    ProgrammeCompleted,
)


class _Reader:
    def __init__(self) -> None:
        self.problems: list[str] = []

    def bad(self, where: str, key: str, message: str) -> None:
        self.problems.append(f"{where}: {key}: {message}")

    def day(self, row: Mapping[str, Any], key: str, where: str) -> date | None:
        value = row.get(key)
        if value in (None, ""):
            return None
        try:
            return date.fromisoformat(str(value))
        except ValueError:
            self.bad(where, key, f"'{value}' is not a date (YYYY-MM-DD)")
            return None

    def number(self, row: Mapping[str, Any], key: str, where: str) -> Decimal | None:
        value = row.get(key)
        if value in (None, ""):
            return None
        try:
            number = Decimal(str(value))
        except InvalidOperation:
            self.bad(where, key, f"'{value}' is not a number")
            return None
        if not number.is_finite():
            self.bad(where, key, "must be a finite number")
            return None
        return number

    def year(self, row: Mapping[str, Any], key: str, where: str) -> int | None:
        value = row.get(key)
        if value in (None, ""):
            return None
        try:
            return int(str(value))
        except ValueError:
            self.bad(where, key, f"'{value}' is not a year")
            return None

    @staticmethod
    def text(row: Mapping[str, Any], key: str) -> str | None:
        value = row.get(key)
        return str(value) if value not in (None, "") else None

    @staticmethod
    def words(row: Mapping[str, Any], key: str) -> frozenset[str] | None:
        """A recorded list (possibly empty) or None when the list was not recorded."""
        value = row.get(key)
        if not isinstance(value, list):
            return None
        return frozenset(str(v) for v in value)

    @staticmethod
    def flag(row: Mapping[str, Any], key: str) -> bool | None:
        value = row.get(key)
        return value if isinstance(value, bool) else None


def _rows(data: Mapping[str, Any], key: str) -> list[Mapping[str, Any]]:
    value = data.get(key)
    return [row for row in value if isinstance(row, Mapping)] if isinstance(value, list) else []


def profile_from_json(data: Mapping[str, Any]) -> tuple[Profile, list[str]]:
    """The profile the JSON describes, and the values that could not be read."""
    read = _Reader()
    degrees = []
    for number, row in enumerate(_rows(data, "degrees"), start=1):
        where = f"degree #{number}"
        degrees.append(
            Degree(
                level=str(row.get("level") or ""),
                field=read.text(row, "field"),
                year=read.year(row, "year", where),
                completed=read.day(row, "completed", where),
                biology_hours=read.number(row, "biology_hours", where),
                chemistry_hours=read.number(row, "chemistry_hours", where),
                courses=read.words(row, "courses"),
                name=read.text(row, "name"),
            )
        )
    credentials = [
        HeldCredential(
            id=str(row.get("id")),
            earned=read.day(row, "earned", f"credential #{number}"),
            valid_through=read.day(row, "valid_through", f"credential #{number}"),
        )
        for number, row in enumerate(_rows(data, "credentials"), start=1)
        if row.get("id")
    ]
    experience = []
    for number, row in enumerate(_rows(data, "experience"), start=1):
        where = f"experience #{number}"
        start = read.day(row, "start", where)
        if start is None:
            read.bad(where, "start", "a start date is required")
            continue
        experience.append(
            Experience(
                start=start,
                end=read.day(row, "end", where),
                disciplines=read.words(row, "disciplines"),
                fte=read.number(row, "fte", where),
                setting=read.text(row, "setting"),
                accredited=read.flag(row, "accredited"),
                name=read.text(row, "name"),
            )
        )
    programmes = [
        ProgrammeCompleted(
            kind=str(row.get("kind") or ""),
            completed=read.day(row, "completed", f"programme #{number}"),
            year=read.year(row, "year", f"programme #{number}"),
            name=read.text(row, "name"),
        )
        for number, row in enumerate(_rows(data, "programmes"), start=1)
    ]
    coursework = [
        Coursework(
            biology_hours=read.number(row, "biology_hours", f"coursework #{number}"),
            chemistry_hours=read.number(row, "chemistry_hours", f"coursework #{number}"),
            courses=read.words(row, "courses"),
            name=read.text(row, "name"),
        )
        for number, row in enumerate(_rows(data, "coursework"), start=1)
    ]
    profile = Profile(
        degrees=tuple(degrees),
        credentials=tuple(credentials),
        experience=tuple(experience),
        programmes=tuple(programmes),
        coursework=tuple(coursework),
        college_semester_hours=read.number(data, "college_semester_hours", "profile"),
    )
    return profile, read.problems
