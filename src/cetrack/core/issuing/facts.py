"""What a certificate states: the achievement (an in-service session) and who received it.

`AchievementFacts` is the one description of a completed CE activity that the issuing service
signs; the in-service app fills it from a session and its attendance. Hours are exact
(`Decimal`, at most two decimals) and stated in the credential twice: in words in the
achievement's description and criteria, and as a number in `creditsEarned`. A holder's licence
number is never part of the facts (Open Badges' `licenseNumber` means a licence that the
credential itself grants; employer.md §3.1).

`facts_json` / `facts_from_json` are the stored form (the issued credential row keeps it beside
the signed document); `facts_problems` says what is wrong, field by field, in plain words.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from cetrack.core.vocabulary import vocabulary

LEVELS = ("basic", "intermediate", "advanced")
MAX_TEXT = 2_000
MAX_SHORT = 200
MAX_HOURS = Decimal("100")


@dataclass(frozen=True, slots=True)
class Accreditation:
    """The approval the activity carries, e.g. ASCLS P.A.C.E. with its program number.

    `system` is an accreditation id from cetrack/data/accreditations.toml ("pace", "state-board",
    ...); `statement` is the approval wording to print (P.A.C.E. asks for a fixed sentence; it is
    written for "pace" when left empty).
    """

    system: str  # empty: numbers without a named accreditation body
    program_number: str = ""
    approval_number: str = ""
    statement: str = ""

    @property
    def name(self) -> str:
        known = vocabulary().accreditations.get(self.system)
        return known.name if known is not None else self.system


@dataclass(frozen=True, slots=True)
class AchievementFacts:
    title: str
    date: date
    contact_hours: Decimal
    provider_name: str
    description: str = ""
    provider_number: str = ""
    accreditation: Accreditation | None = None
    level: str = ""  # basic / intermediate / advanced, or empty
    instructors: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()  # topic ids (cetrack/data/vocabulary.toml)
    starts_at: datetime | None = None  # aware; the session's own times when known
    ends_at: datetime | None = None
    hours_unit: str = "contact hours"

    @property
    def hours_text(self) -> str:
        """'1.5 contact hours' (P.A.C.E.: '1.5 P.A.C.E. contact hours (50-minute hour)')."""
        amount = format_hours(self.contact_hours)
        unit = self.hours_unit
        if unit == "contact hours" and self.contact_hours == 1:
            unit = "contact hour"
        if self.accreditation is not None and self.accreditation.system == "pace":
            return f"{amount} P.A.C.E. {unit} (50-minute hour)"
        return f"{amount} {unit}"

    @property
    def topic_names(self) -> tuple[str, ...]:
        titles = vocabulary().topics
        return tuple(titles.get(topic, topic) for topic in self.topics)


@dataclass(frozen=True, slots=True)
class IssuerProfile:
    """The organisation that signs: its DID (`did:web:…`), name and public web address."""

    id: str
    name: str
    url: str = ""


@dataclass(frozen=True, slots=True)
class Recipient:
    """Who received the certificate. The name is shown; an e-mail address is only ever stored
    hashed with a salt (Open Badges `IdentityObject`), so a verifier who knows it can check it."""

    name: str
    email_hash: str = ""  # "sha256$<hex>" of email + salt
    salt: str = ""


def format_hours(hours: Decimal) -> str:
    """Hours as people write them: 1, 1.5, 0.75 (never 1.50 or 1E+1)."""
    text = f"{hours.quantize(Decimal('0.01')):f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def pace_statement(provider_name: str) -> str:
    return (
        f"{provider_name} is approved as a provider of continuing education programs in the "
        "clinical laboratory sciences by the ASCLS P.A.C.E.® Program."
    )


def facts_problems(facts: AchievementFacts) -> tuple[str, ...]:
    """Every reason these facts cannot go on a certificate, in plain words (empty when fine)."""
    problems: list[str] = []
    if not facts.title.strip():
        problems.append("title: the certificate needs the session's title")
    elif len(facts.title) > MAX_SHORT:
        problems.append(f"title: at most {MAX_SHORT} characters")
    if not facts.provider_name.strip():
        problems.append("provider_name: the certificate needs the provider's name")
    elif len(facts.provider_name) > MAX_SHORT:
        problems.append(f"provider_name: at most {MAX_SHORT} characters")
    hours = facts.contact_hours
    if not isinstance(hours, Decimal) or not hours.is_finite() or hours <= 0:
        problems.append("contact_hours: must be a number of hours above 0")
    elif hours > MAX_HOURS or hours.quantize(Decimal("0.01")) != hours:
        problems.append("contact_hours: at most 100, with at most two decimals")
    if facts.level and facts.level not in LEVELS:
        problems.append("level: basic, intermediate or advanced")
    if len(facts.description) > MAX_TEXT:
        problems.append(f"description: at most {MAX_TEXT} characters")
    unknown = [t for t in facts.topics if t not in vocabulary().topics]
    if unknown:
        problems.append(f"topics: unknown topic ids {', '.join(unknown)}")
    system = facts.accreditation.system if facts.accreditation is not None else ""
    if system and system not in vocabulary().accreditations:
        problems.append(f"accreditation: unknown accreditation '{system}'")
    for moment, name in ((facts.starts_at, "starts_at"), (facts.ends_at, "ends_at")):
        if moment is not None and moment.tzinfo is None:
            problems.append(f"{name}: needs a time zone")
    starts, ends = facts.starts_at, facts.ends_at
    if starts and ends and starts.tzinfo and ends.tzinfo and ends < starts:
        problems.append("ends_at: before starts_at")
    return tuple(problems)


def facts_json(facts: AchievementFacts) -> dict[str, Any]:
    """The stored form: plain JSON values, hours as a decimal string."""
    accreditation = facts.accreditation
    return {
        "title": facts.title,
        "date": facts.date.isoformat(),
        "contact_hours": format_hours(facts.contact_hours),
        "hours_unit": facts.hours_unit,
        "provider_name": facts.provider_name,
        "provider_number": facts.provider_number,
        "description": facts.description,
        "accreditation": None
        if accreditation is None
        else {
            "system": accreditation.system,
            "program_number": accreditation.program_number,
            "approval_number": accreditation.approval_number,
            "statement": accreditation.statement,
        },
        "level": facts.level,
        "instructors": list(facts.instructors),
        "topics": list(facts.topics),
        "starts_at": facts.starts_at.isoformat() if facts.starts_at else None,
        "ends_at": facts.ends_at.isoformat() if facts.ends_at else None,
    }


def facts_from_json(data: Mapping[str, Any]) -> AchievementFacts | None:
    """The facts back from their stored form, or None when it is not that form."""
    try:
        raw = data.get("accreditation")
        accreditation = (
            Accreditation(
                system=str(raw["system"]),
                program_number=str(raw.get("program_number", "")),
                approval_number=str(raw.get("approval_number", "")),
                statement=str(raw.get("statement", "")),
            )
            if isinstance(raw, Mapping)
            else None
        )
        return AchievementFacts(
            title=str(data["title"]),
            date=date.fromisoformat(str(data["date"])),
            contact_hours=Decimal(str(data["contact_hours"])),
            hours_unit=str(data.get("hours_unit") or "contact hours"),
            provider_name=str(data["provider_name"]),
            provider_number=str(data.get("provider_number", "")),
            description=str(data.get("description", "")),
            accreditation=accreditation,
            level=str(data.get("level", "")),
            instructors=tuple(str(i) for i in data.get("instructors", ())),
            topics=tuple(str(t) for t in data.get("topics", ())),
            starts_at=_moment(data.get("starts_at")),
            ends_at=_moment(data.get("ends_at")),
        )
    except (KeyError, TypeError, ValueError, InvalidOperation, AttributeError):
        return None


def _moment(value: Any) -> datetime | None:
    return datetime.fromisoformat(value) if isinstance(value, str) and value else None
