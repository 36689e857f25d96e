"""In-service sessions run by a laboratory: the arithmetic and checks behind them.

Pure functions over plain values (no web framework): a session's facts checked as data, the
contact hours its instructional minutes are worth (the 50-minute hour of the rule files, via
`units.minutes_to_hundredths`, and the P.A.C.E. daily cap from the vocabulary), the minutes a
person is credited from their check-in and check-out times, the self check-in window and code,
the dates of a recurring series, and post-test scoring.

Datetimes are aware; a series keeps the wall-clock time of the first session in its own time
zone across daylight-saving changes.
"""

from __future__ import annotations

import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from urllib.parse import urlsplit

from cetrack.core.dates import add_months
from cetrack.core.issuing.facts import LEVELS as LEVELS  # one list of levels, re-exported
from cetrack.core.units import minutes_to_hundredths
from cetrack.core.vocabulary import vocabulary

# The 50-minute contact hour, a 50-minute minimum and half-hour rounding down: every rule file
# in the library says the same (rules `minutes_per_hour`, `minimum_minutes`, `minutes_increment`)
# and so does ASCLS P.A.C.E. (research: employer.md §3.4).
MINUTES_PER_HOUR = 50
MINIMUM_MINUTES = 50
INCREMENT = 50  # hundredths: half an hour

# Self check-in opens this long before the start and closes at the end.
CHECKIN_OPENS_BEFORE = timedelta(minutes=15)
# A check-in this soon after the start counts from the start (people arrive while it begins).
LATE_GRACE = timedelta(minutes=10)

# No 0/O, 1/I/L: a code read off a projector is typed without confusion.
CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 6

ACCREDITATIONS = ("employer", "pace", "state-board")
SESSION_KINDS = ("in-service", "workshop", "live-session", "course")
INVOLVEMENT_KINDS = ("committee", "presentation", "mentoring")
RECURRENCES = ("weekly", "monthly")
MAX_OCCURRENCES = 24
MAX_MINUTES = 7 * 60 * 5  # a five-day workshop at most; longer programmes are split


@dataclass(frozen=True, slots=True)
class SessionFacts:
    """What an educator states about a session (ids for topics, kinds and accreditations)."""

    title: str
    starts_at: datetime
    ends_at: datetime
    instructional_minutes: int
    kind: str = "in-service"
    topics: tuple[str, ...] = ()
    accreditation: str = "employer"
    provider_number: str = ""
    program_number: str = ""
    approval_number: str = ""
    accrediting_agency_number: str = ""
    approvals: tuple[str, ...] = ()
    level: str = ""
    location: str = ""
    online_url: str = ""
    capacity: int | None = None


@dataclass(frozen=True, slots=True)
class Issue:
    """A problem with a session's facts: the field at fault and what is expected."""

    field: str
    message: str


def check_session(facts: SessionFacts) -> list[Issue]:
    """Every problem with the facts at once (empty when they can be saved)."""
    found: list[Issue] = []
    vocab = vocabulary()
    if not facts.title.strip():
        found.append(Issue("title", "a title is required"))
    if facts.starts_at.tzinfo is None or facts.ends_at.tzinfo is None:
        found.append(Issue("starts_at", "the start and end need a time zone"))
    elif facts.ends_at <= facts.starts_at:
        found.append(Issue("ends_at", "the session must end after it starts"))
    else:
        scheduled = int((facts.ends_at - facts.starts_at).total_seconds() // 60)
        if facts.instructional_minutes > scheduled:
            found.append(
                Issue(
                    "instructional_minutes",
                    f"{facts.instructional_minutes} instructional minutes do not fit in the "
                    f"{scheduled} minutes between start and end",
                )
            )
    if facts.instructional_minutes < MINIMUM_MINUTES:
        found.append(
            Issue(
                "instructional_minutes",
                f"at least {MINIMUM_MINUTES} instructional minutes are needed for a contact hour",
            )
        )
    elif facts.instructional_minutes > MAX_MINUTES:
        found.append(
            Issue("instructional_minutes", f"at most {MAX_MINUTES} minutes; split the programme")
        )
    if facts.kind not in SESSION_KINDS:
        found.append(Issue("kind", f"choose one of: {', '.join(SESSION_KINDS)}"))
    unknown = [t for t in facts.topics if t not in vocab.topics]
    if unknown:
        found.append(Issue("topics", f"unknown topic ids: {', '.join(unknown)}"))
    found += _accreditation_issues(facts)
    if facts.level and facts.level not in LEVELS:
        found.append(Issue("level", f"choose one of: {', '.join(LEVELS)}"))
    if facts.online_url and urlsplit(facts.online_url).scheme not in ("http", "https"):
        found.append(Issue("online_url", "the online link must start with https:// or http://"))
    if facts.capacity is not None and facts.capacity < 1:
        found.append(Issue("capacity", "the capacity must be at least 1 (or left blank)"))
    return found


def _accreditation_issues(facts: SessionFacts) -> list[Issue]:
    if facts.accreditation not in ACCREDITATIONS:
        return [Issue("accreditation", "choose employer, P.A.C.E. or a state approval")]
    found: list[Issue] = []
    if facts.accreditation == "pace":
        if not facts.provider_number.strip():
            found.append(Issue("provider_number", "P.A.C.E. sessions need the provider number"))
        if not facts.program_number.strip():
            found.append(Issue("program_number", "P.A.C.E. sessions need the program number"))
    if facts.accreditation == "state-board":
        if not facts.approval_number.strip():
            found.append(Issue("approval_number", "a state approval needs its approval number"))
        if not facts.approvals:
            found.append(Issue("approvals", "name the state board that approved it (e.g. fl)"))
    return found


# -- credit -----------------------------------------------------------------------------------


def contact_hundredths(minutes: int, accreditation: str = "employer", days: int = 1) -> int:
    """Contact hours (hundredths) for instructional minutes: 50-minute hour, under 50 minutes
    nothing, rounded down to the half hour; capped per day where the accreditation says so."""
    hundredths = minutes_to_hundredths(
        minutes,
        minutes_per_hour=MINUTES_PER_HOUR,
        minimum_minutes=MINIMUM_MINUTES,
        increment=INCREMENT,
    )
    system = vocabulary().accreditations.get(accreditation)
    if system is not None and system.max_hours_per_day:
        hundredths = min(hundredths, system.max_hours_per_day * 100 * max(days, 1))
    return hundredths


def credited_minutes(
    starts_at: datetime,
    ends_at: datetime,
    instructional_minutes: int,
    checked_in: datetime | None,
    checked_out: datetime | None,
) -> int:
    """Minutes credited to one person: time present, clipped to the session, at most the
    session's instructional minutes (breaks are not credited).

    Present from check-in (or the start, for a check-in before the start or within
    LATE_GRACE of it, or for no check-in time at all, as when ticked on the roster) until
    check-out (or the end, when the person did not check out).
    """
    begin = starts_at
    if checked_in is not None and checked_in > starts_at + LATE_GRACE:
        begin = checked_in
    finish = ends_at if checked_out is None else min(checked_out, ends_at)
    if finish <= begin:
        return 0
    present = int((finish - begin).total_seconds() // 60)
    return min(present, instructional_minutes)


# -- self check-in ----------------------------------------------------------------------------


def new_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def normalise_code(text: str) -> str | None:
    """The code as stored, from what a person typed (case, spaces and dashes ignored), or None
    when it cannot be a code."""
    cleaned = "".join(ch for ch in text.upper() if ch not in " -\t")
    if len(cleaned) != CODE_LENGTH or any(ch not in CODE_ALPHABET for ch in cleaned):
        return None
    return cleaned


def checkin_window(starts_at: datetime, ends_at: datetime) -> tuple[datetime, datetime]:
    """When self check-in is open: from CHECKIN_OPENS_BEFORE the start until the end."""
    return starts_at - CHECKIN_OPENS_BEFORE, ends_at


def checkin_state(now: datetime, starts_at: datetime, ends_at: datetime) -> str:
    """ "early", "open" or "closed" for a self check-in at `now`."""
    opens, closes = checkin_window(starts_at, ends_at)
    if now < opens:
        return "early"
    return "closed" if now > closes else "open"


# -- series -----------------------------------------------------------------------------------


def occurrences(
    starts_at: datetime, ends_at: datetime, every: str, count: int
) -> list[tuple[datetime, datetime]]:
    """Start and end of each session of a series: weekly or monthly (the same day of the month,
    clamped to the month's end), the same local time of day as the first."""
    if every not in RECURRENCES:
        raise ValueError(f"unknown recurrence {every!r}")
    length = ends_at - starts_at
    zone = starts_at.tzinfo
    first = starts_at.date()
    found = []
    for index in range(count):
        day = first + timedelta(weeks=index) if every == "weekly" else add_months(first, index)
        start = datetime.combine(day, starts_at.timetz()).replace(tzinfo=zone)
        found.append((start, start + length))
    return found


# -- post-test --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Score:
    correct: int
    total: int
    pass_mark: int  # percent

    @property
    def percent(self) -> int:
        return self.correct * 100 // self.total if self.total else 0

    @property
    def passed(self) -> bool:
        return self.total > 0 and self.percent >= self.pass_mark


def score(answers: Sequence[int | None], key: Sequence[int], pass_mark: int) -> Score:
    """Marks a post-test: `answers[i]` is the chosen option of question i (None: unanswered)."""
    correct = sum(1 for given, right in zip(answers, key, strict=False) if given == right)
    return Score(correct=correct, total=len(key), pass_mark=pass_mark)


@dataclass(frozen=True, slots=True)
class QuestionSpec:
    prompt: str
    options: tuple[str, ...]
    answer: int  # index of the right option


MAX_QUESTIONS = 50
MAX_OPTIONS = 8


def parse_questions(text: str) -> tuple[list[QuestionSpec], list[Issue]]:
    """A post-test written as plain text: questions separated by a blank line, the first line
    the question, each following line an option, the right one marked with a leading `*`.

        Which antibody most often causes severe HDFN?
        * Anti-D
        Anti-Lea
    """
    questions: list[QuestionSpec] = []
    issues: list[Issue] = []
    blocks = [b for b in _blocks(text) if b]
    if len(blocks) > MAX_QUESTIONS:
        return [], [Issue("questions", f"at most {MAX_QUESTIONS} questions")]
    for number, lines in enumerate(blocks, 1):
        prompt, *rest = lines
        marked = [i for i, line in enumerate(rest) if line.startswith("*")]
        options = tuple(line.lstrip("*").strip() for line in rest)
        if len(options) < 2 or len(options) > MAX_OPTIONS:
            issues.append(Issue("questions", f"question {number}: give 2 to {MAX_OPTIONS} options"))
        elif len(marked) != 1:
            issues.append(Issue("questions", f"question {number}: mark exactly one option with *"))
        elif any(not option for option in options) or len(prompt) > 500:
            issues.append(
                Issue(
                    "questions",
                    f"question {number}: an option or the question is empty or too long",
                )
            )
        else:
            questions.append(QuestionSpec(prompt=prompt, options=options, answer=marked[0]))
    return questions, issues


def _blocks(text: str) -> list[list[str]]:
    blocks: list[list[str]] = [[]]
    for raw in text.replace("\r\n", "\n").split("\n"):
        line = raw.strip()
        if line:
            blocks[-1].append(line)
        elif blocks[-1]:
            blocks.append([])
    return blocks


def questions_text(questions: Sequence[QuestionSpec]) -> str:
    """The plain-text form `parse_questions` reads, for editing a saved post-test."""
    return "\n\n".join(
        "\n".join(
            [q.prompt, *(("* " if i == q.answer else "") + o for i, o in enumerate(q.options))]
        )
        for q in questions
    )
