"""The pathways checklist: a profile against every route of a credential, requirement by
requirement, and the routes a degree or programme serves."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from fractions import Fraction

from cetrack.core.dates import add_months
from cetrack.core.ledger import Problem
from cetrack.core.pathways.model import (
    _ONE_DAY,
    CONFIDENCE_RANK,
    LEVELS,
    Confidence,
    CourseworkRequirement,
    Credential,
    CredentialRequirement,
    DegreeRequirement,
    ExperienceRequirement,
    ManualRequirement,
    Pathways,
    ProgrammeRequirement,
    Requirement,
    Route,
    Source,
    Status,
    load_pathways,
)
from cetrack.core.pathways.profile import Degree, Profile, ProgrammeCompleted, check_profile


@dataclass(frozen=True, slots=True)
class RequirementResult:
    kind: str
    text: str  # the requirement, in plain words
    status: Status
    explanation: str  # what is met or still needed, and why
    confidence: Confidence
    manual: bool = False  # not machine-checkable: the person confirms it
    caveats: tuple[str, ...] = ()
    sources: tuple[Source, ...] = ()


@dataclass(frozen=True, slots=True)
class RouteResult:
    credential: str
    route: Route
    status: Status
    requirements: tuple[RequirementResult, ...]
    confidence: Confidence
    sources: tuple[Source, ...]
    verified_on: date | None

    @property
    def id(self) -> str:
        return self.route.id

    @property
    def missing(self) -> tuple[RequirementResult, ...]:
        return tuple(r for r in self.requirements if r.status == "missing")

    @property
    def unknown(self) -> tuple[RequirementResult, ...]:
        return tuple(r for r in self.requirements if r.status == "unknown" and not r.manual)

    @property
    def to_confirm(self) -> tuple[RequirementResult, ...]:
        return tuple(r for r in self.requirements if r.manual)

    @property
    def caveats(self) -> tuple[str, ...]:
        notes = [c for r in self.requirements for c in r.caveats]
        if self.confidence == "unverified":
            notes.insert(0, "this route is unverified: it gives no verdict")
        return tuple(dict.fromkeys(notes))


@dataclass(frozen=True, slots=True)
class Checklist:
    target: str
    as_of: date
    credential: Credential | None
    routes: tuple[RouteResult, ...] = ()  # routes in effect on `as_of`
    retired: tuple[Route, ...] = ()  # routes no longer (or not yet) open, for reference
    best: RouteResult | None = None  # fewest missing among the routes that can give a verdict
    problems: tuple[Problem, ...] = ()

    @property
    def open_routes(self) -> tuple[RouteResult, ...]:
        """Routes whose checkable requirements are all met (manual items remain to confirm)."""
        return tuple(r for r in self.routes if r.status == "met")

    def route(self, ident: str) -> RouteResult | None:
        return next((r for r in self.routes if r.route.id == ident), None)


# == words =======================================================================================


def _join(words: Sequence[str], last: str = "and") -> str:
    if len(words) <= 1:
        return "".join(words)
    return f"{', '.join(words[:-1])} {last} {words[-1]}"


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def _months_text(months: int) -> str:
    years, rest = divmod(months, 12)
    parts = [_plural(years, "year")] if years else []
    if rest or not years:
        parts.append(_plural(rest, "month"))
    return " ".join(parts)


def _hours(value: Decimal) -> str:
    return f"{value.normalize():f}"


def _window_days(as_of: date, months: int) -> int:
    """Days in the `months` months ending on `as_of` (the window (as_of - months, as_of])."""
    return (as_of - add_months(as_of, -months)).days


def _span_back(days: int, as_of: date) -> str:
    """A number of full-time days as "1 year 3 months (and 12 days)", counted back from as_of."""
    if days <= 0:
        return "none"
    months = 0
    while _window_days(as_of, months + 1) <= days:
        months += 1
    rest = days - _window_days(as_of, months)
    if months == 0:
        return _plural(rest, "day")
    return _months_text(months) + (f" {_plural(rest, 'day')}" if rest else "")


def credential_label(ident: str) -> str:
    """'ascp/MLT' -> 'MLT(ASCP)', 'ascpi/MLS' -> 'MLS(ASCPi)', 'amt/MT' -> 'MT(AMT)'."""
    body, _, code = ident.partition("/")
    if not code:
        return ident
    suffix = "ASCPi" if body == "ascpi" else body.upper()
    return f"{code}({suffix})"


def _level_text(level: str) -> str:
    return {
        "associate": "an associate degree",
        "bachelor": "a bachelor's degree",
        "master": "a master's degree",
        "doctorate": "a doctorate",
    }.get(level, level)


def _rank(level: str) -> int:
    return LEVELS.index(level) if level in LEVELS else -1


# == evaluation ==================================================================================


def _inside(day: date | None, year: int | None, start: date, end: date) -> bool | None:
    """Whether something done on `day` (or some time in `year`) falls in (start, end]."""
    if day is not None:
        return start < day <= end
    if year is not None:
        first, last = date(year, 1, 1), date(year, 12, 31)
        if first > start and last <= end:
            return True
        if last <= start or first > end:
            return False
    return None


def _window_start(as_of: date, months: int | None) -> date:
    return add_months(as_of, -months) if months is not None else date.min


def _window_text(as_of: date, months: int | None) -> str:
    if months is None:
        return ""
    first = add_months(as_of, -months) + _ONE_DAY
    return f"within the last {_months_text(months)} ({first.isoformat()} to {as_of.isoformat()})"


class _Evaluator:
    def __init__(self, pathways: Pathways, profile: Profile, as_of: date) -> None:
        self.p = pathways
        self.profile = profile
        self.as_of = as_of

    # -- shared ----------------------------------------------------------------------------------

    def programme_label(self, kind: str) -> str:
        return self.p.programmes.get(kind, kind)

    def programme_done(
        self, kinds: Iterable[str], within_months: int | None
    ) -> tuple[bool, bool, list[str]]:
        """(certainly done in the window, possibly done in it, descriptions of what counts)."""
        wanted = set(kinds)
        certain = possible = False
        seen: list[str] = []
        start = _window_start(self.as_of, within_months)
        for prog in self.profile.programmes:
            if prog.kind not in wanted:
                continue
            when = prog.completed.isoformat() if prog.completed else (prog.year or "date unknown")
            label = prog.name or self.programme_label(prog.kind)
            inside = (
                True
                if within_months is None
                else _inside(prog.completed, prog.year, start, self.as_of)
            )
            seen.append(f"{label} ({when})")
            certain = certain or inside is True
            possible = possible or inside is not False
        return certain, possible, seen

    def science_totals(self) -> tuple[Decimal, Decimal, bool, bool]:
        """(biology, chemistry) known lower bounds, and whether each could be higher."""
        bio = chem = Decimal(0)
        bio_open = chem_open = False
        entries: list[tuple[Decimal | None, Decimal | None]] = [
            (d.biology_hours, d.chemistry_hours) for d in self.profile.degrees
        ]
        entries += [(c.biology_hours, c.chemistry_hours) for c in self.profile.coursework]
        for b, c in entries:
            if b is None:
                bio_open = True
            else:
                bio += b
            if c is None:
                chem_open = True
            else:
                chem += c
        return bio, chem, bio_open, chem_open

    def courses(self) -> tuple[set[str], bool]:
        known: set[str] = set()
        open_ = False
        recorded: list[frozenset[str] | None] = [d.courses for d in self.profile.degrees]
        recorded += [c.courses for c in self.profile.coursework]
        for courses in recorded:
            if courses is None:
                open_ = True
            else:
                known |= courses
        return known, open_

    # -- requirement kinds -----------------------------------------------------------------------

    def field_state(self, req: DegreeRequirement, deg: Degree) -> tuple[bool | None, str]:
        """Whether the degree's field is accepted (None = not known), and what would settle it."""
        if not req.fields or deg.field in req.fields:
            return True, ""
        label = deg.name or _level_text(deg.level)
        if req.or_science_hours is not None:
            bio, chem, bio_open, chem_open = self.science_totals()
            if bio + chem >= req.or_science_hours:
                return True, ""
            if bio_open or chem_open:
                return None, "record your semester hours of biology and chemistry"
        if deg.field is None:
            return None, f"record the field of {label}"
        if not req.fields_complete:
            name = self.p.fields.get(deg.field, deg.field)
            return None, f"the certifying body decides whether {name} is a related field"
        return False, ""

    def degree(self, req: DegreeRequirement) -> tuple[Status, str, list[str]]:
        want = _level_text(req.level)
        if req.fields:
            want += " in " + _join([self.p.fields.get(f, f) for f in req.fields], "or")
            if not req.fields_complete:
                want += " (or a related field)"
            if req.or_science_hours is not None:
                want += (
                    f", or any {req.level}'s degree with {_hours(req.or_science_hours)} semester "
                    "hours of biology and chemistry"
                )
        if req.within_months is not None:
            want += f", earned {_window_text(self.as_of, req.within_months)}"
        start = _window_start(self.as_of, req.within_months)
        reasons: list[str] = []
        for deg in self.profile.degrees:
            if _rank(deg.level) < _rank(req.level):
                continue
            label = deg.name or _level_text(deg.level)
            inside: bool | None = True
            if req.within_months is not None:
                inside = _inside(deg.completed, deg.year, start, self.as_of)
            if inside is False:
                continue
            accepted, reason = self.field_state(req, deg)
            if accepted is True and inside is True:
                return "met", f"you have {label}", []
            if accepted is False:
                continue
            if inside is None:
                reasons.append(f"record when {label} was completed")
            if reason:
                reasons.append(reason)
        if req.or_total_hours is not None:
            want += f", or at least {_hours(req.or_total_hours)} semester hours of college credit"
            hours = self.profile.college_semester_hours
            if hours is not None and hours >= req.or_total_hours:
                return "met", f"you have {_hours(hours)} semester hours of college credit", []
            if hours is None:
                reasons.append("record your total semester hours of college credit")
        held = _join([d.name or _level_text(d.level) for d in self.profile.degrees])
        held = held or "no degree recorded"
        if reasons:
            unique = list(dict.fromkeys(reasons))
            return "unknown", f"needs {want}; you have {held}; {_join(unique)}", []
        return "missing", f"needs {want}; you have {held}", []

    def coursework(self, req: CourseworkRequirement) -> tuple[Status, str, list[str]]:
        bio, chem, bio_open, chem_open = self.science_totals()
        parts: list[tuple[Status, str]] = []

        def hours(need: Decimal | None, have: Decimal, open_: bool, what: str) -> None:
            if need is None:
                return
            if have >= need:
                parts.append(
                    ("met", f"{_hours(need)} semester hours of {what}: you have {_hours(have)}")
                )
            elif open_:
                recorded = f"only {_hours(have)} recorded so far" if have else "not recorded"
                parts.append(("unknown", f"{_hours(need)} semester hours of {what}: {recorded}"))
            else:
                parts.append(
                    (
                        "missing",
                        f"{_hours(need)} semester hours of {what}: you have {_hours(have)}, "
                        f"{_hours(need - have)} more",
                    )
                )

        hours(req.biology_hours, bio, bio_open, "biology")
        hours(req.chemistry_hours, chem, chem_open, "chemistry")
        hours(req.science_hours, bio + chem, bio_open or chem_open, "biology and chemistry")
        if req.total_hours is not None:
            total = self.profile.college_semester_hours
            hours(req.total_hours, total or Decimal(0), total is None, "college credit")
        known, open_ = self.courses()
        credit_certain = credit_possible = False
        if req.programme_credit is not None:
            credit = req.programme_credit
            credit_certain, credit_possible, _ = self.programme_done(
                credit.programmes, credit.within_months
            )
        for group in req.courses:
            label = _join([self.p.courses.get(c, c) for c in group], "or")
            credited = req.programme_credit is not None and req.programme_credit.counts_as in group
            if known & set(group):
                parts.append(("met", f"{label}: done"))
            elif credited and credit_certain:
                parts.append(("met", f"{label}: counted through your accredited programme"))
            elif open_ or (credited and credit_possible):
                parts.append(("unknown", f"{label}: not recorded"))
            else:
                parts.append(("missing", f"{label}: not recorded as done"))
        status = _combine(s for s, _ in parts)
        lead = {"met": "met", "missing": "still needed", "unknown": "not known yet"}[status]
        shown = [t for s, t in parts if status == "met" or s != "met"]
        return status, f"{lead}: {'; '.join(shown)}", []

    def credential(self, req: CredentialRequirement) -> tuple[Status, str, list[str]]:
        wanted = _join([credential_label(i) for i in req.any_of], "or")
        held = {c.id: c for c in self.profile.credentials}
        matches = [held[i] for i in req.any_of if i in held]
        if not matches:
            # a credential the data knows as technician-level is never an "equivalent"
            candidates = [
                c.id
                for c in self.profile.credentials
                if (known := self.p.get(c.id)) is None or known.level != "technician"
            ]
            if req.or_equivalent and candidates:
                others = _join([credential_label(c) for c in candidates])
                return (
                    "unknown",
                    f"needs {wanted} or an equivalent; whether {others} is accepted as "
                    "equivalent is for the certifying body to decide",
                    [],
                )
            mine = _join([credential_label(i) for i in held]) or "none recorded"
            return "missing", f"needs {wanted}; you hold {mine}", []
        name = credential_label(matches[0].id)
        if not req.current:
            return "met", f"you hold {name}", []
        current = [c for c in matches if c.valid_through and c.valid_through >= self.as_of]
        if current:
            valid = current[0].valid_through
            return "met", f"you hold {credential_label(current[0].id)}, valid through {valid}", []
        if any(c.valid_through is None for c in matches):
            return (
                "unknown",
                f"you hold {name}; record the end of its current cycle: it must be "
                "valid (in a current maintenance cycle) when you apply",
                [],
            )
        ended = max(c.valid_through for c in matches if c.valid_through is not None)
        return (
            "missing",
            f"your {name} lapsed on {ended}: it must be valid (reinstate it) when you apply",
            [],
        )

    def programme(self, req: ProgrammeRequirement) -> tuple[Status, str, list[str]]:
        names = _join([self.programme_label(k) for k in req.any_of], "or")
        window = _window_text(self.as_of, req.within_months)
        want = f"completion of {names}" + (f" {window}" if window else "")
        certain, possible, seen = self.programme_done(req.any_of, req.within_months)
        caveats: list[str] = []
        if req.window == "not-read":
            caveats.append("the programme's time window was not read in any source")
        if certain:
            status: Status = "met"
            if req.window == "not-read":
                status = "unknown"
            return status, f"you completed {_join(seen)}", caveats
        if possible:
            return "unknown", f"needs {want}; record the completion date of {_join(seen)}", caveats
        if seen:
            return "missing", f"needs {want}; {_join(seen)} is outside the window", caveats
        return "missing", f"needs {want}", caveats

    def experience(self, req: ExperienceRequirement) -> tuple[Status, str, list[str]]:
        as_of = self.as_of
        start = _window_start(as_of, req.within_months)
        required = set(req.disciplines)
        caveats: list[str] = []
        doubts: list[str] = []
        events: dict[str, list[tuple[date, Fraction]]] = {"low": [], "high": []}
        cover_low: set[str] = set()
        cover_high: set[str] = set()
        for job in self.profile.experience:
            first = max(job.start, start + _ONE_DAY) if start != date.min else job.start
            last = min(job.end or as_of, as_of)
            if last < first:
                continue
            label = job.name or f"experience from {job.start}"
            certain = True
            excluded = False
            reasons: list[str] = []
            if required:
                if job.disciplines is None:
                    certain = False
                    reasons.append("its disciplines are not recorded")
                elif not (job.disciplines & required):
                    if req.disciplines_complete:
                        excluded = True
                    else:
                        certain = False
                        reasons.append("its disciplines may or may not be among the accepted ones")
            if req.settings:
                if job.setting is None:
                    certain = False
                    reasons.append("its setting (clinical, research, ...) is not recorded")
                elif job.setting not in req.settings:
                    excluded = True
            if req.accredited_lab:
                if job.accredited is None:
                    certain = False
                    reasons.append(
                        "whether the laboratory is accredited (CLIA, DoD CLIP, JCI or ISO 15189) "
                        "is not recorded"
                    )
                elif not job.accredited:
                    excluded = True
            if excluded:
                continue
            if job.fte is None:
                low, high = Fraction(0), Fraction(1)
                reasons.append("its full-time fraction is not recorded")
            else:
                fte = Fraction(job.fte)
                if fte >= 1 or req.part_time == "pro-rata":
                    low = high = min(fte, Fraction(1))
                else:
                    low, high = Fraction(0), fte
                    reasons.append("the source does not say how part-time work counts")
            if not certain:
                low = Fraction(0)
            if reasons:
                doubts.append(f"{label}: {_join(reasons)}")
            end_exclusive = date.fromordinal(last.toordinal() + 1)
            for key, weight in (("low", low), ("high", high)):
                if weight > 0:
                    events[key].append((first, weight))
                    events[key].append((end_exclusive, -weight))
            if high > 0:
                if job.disciplines is None:
                    cover_high |= required
                else:
                    cover_high |= job.disciplines & required
                    if low > 0:
                        cover_low |= job.disciplines & required
        have_low = _full_time_days(events["low"])
        have_high = _full_time_days(events["high"])
        credit_certain = credit_possible = 0
        credit_text = ""
        if req.programme_credit is not None:
            credit = req.programme_credit
            certain, possible, seen = self.programme_done(credit.programmes, credit.within_months)
            if certain:
                credit_certain = credit_possible = credit.months
            elif possible:
                credit_possible = credit.months
            if seen and possible:
                credit_text = (
                    f" ({_months_text(credit.months)} less for {_join(seen)}"
                    + ("" if certain else ", if it falls in the window")
                    + ")"
                )
        need_worst = _window_days(as_of, req.months - credit_certain)
        need_best = _window_days(as_of, req.months - credit_possible)
        # words
        what = "full-time"
        if req.settings:
            places = [re.sub(r"^(a|an) ", "", self.p.settings.get(s, s)) for s in req.settings]
            what += f" experience ({_join(places, 'or')})"
        else:
            what += " experience"
        if req.disciplines:
            names = [self.p.disciplines.get(d, d) for d in req.disciplines]
            joiner = "covering" if req.cover == "all" else "in"
            what += f" {joiner} {_join(names, 'and' if req.cover == 'all' else 'or')}"
            if not req.disciplines_complete:
                what += " (or another accepted discipline)"
        window = _window_text(as_of, req.within_months)
        text = f"{_months_text(req.months)} of {what}" + (f" {window}" if window else "")
        if req.window == "unverified":
            caveats.append(
                f"the window of {_months_text(req.within_months or 0)} is reported, not confirmed"
            )
        elif req.window == "not-read":
            caveats.append("the time window for this experience was not read in any source")
        if req.part_time == "not-stated":
            caveats.append("the source does not say how part-time work counts")
        have_text = _span_back(int(have_low), as_of)
        if have_high > have_low:
            most = _span_back(int(have_high), as_of)
            have_text = f"up to {most}" if have_low == 0 else f"at least {have_text}, up to {most}"
        time_met = have_low >= need_worst
        time_missing = have_high < need_best
        missing_areas = sorted(required - cover_high) if req.cover == "all" else []
        unsure_areas = (
            sorted((required - cover_low) - set(missing_areas)) if req.cover == "all" else []
        )
        cover_missing = bool(missing_areas)
        cover_met = not unsure_areas and not missing_areas
        if req.cover == "any" and required and have_high == 0:
            cover_missing = True
        status: Status
        if time_missing or cover_missing:
            status = "missing"
        elif time_met and cover_met:
            status = "met"
        else:
            status = "unknown"
        if status == "met" and req.window == "not-read":
            status = self._met_in_any_window(req, caveats)
        lines = [f"{text}{credit_text}: you have {have_text}"]
        if time_missing:
            short = _ceil(Fraction(need_best) - have_high)
            lines.append(f"{_span_back(short, as_of)} more full-time")
        if missing_areas:
            names = [self.p.disciplines.get(d, d) for d in missing_areas]
            lines.append(f"no counted experience yet in {_join(names)}")
        if unsure_areas and not time_missing:
            names = [self.p.disciplines.get(d, d) for d in unsure_areas]
            lines.append(f"not known whether your experience covers {_join(names)}")
        if doubts and status != "met":
            lines.append("not counted for certain: " + "; ".join(doubts))
        return status, "; ".join(lines), caveats

    def _met_in_any_window(self, req: ExperienceRequirement, caveats: list[str]) -> Status:
        """A route whose time window was never read is still met when the experience of the
        last `months` alone is enough: no window can be shorter than the time it asks for."""
        tightest = req.model_copy(update={"within_months": req.months, "window": "stated"})
        if self.experience(tightest)[0] != "met":
            return "unknown"
        caveats.append(
            f"met whatever the window: the last {_months_text(req.months)} alone are enough"
        )
        return "met"

    # -- a requirement and a route ---------------------------------------------------------------

    def requirement(self, req: Requirement, route: Route) -> RequirementResult:
        confidence: Confidence = req.confidence or route.confidence
        sources = self.p.cited(req.sources)
        if isinstance(req, ManualRequirement):
            return RequirementResult(
                "manual",
                req.text,
                "unknown",
                f"confirm yourself: {req.text}",
                confidence,
                manual=True,
                caveats=(req.note,) if req.note else (),
                sources=sources,
            )
        if isinstance(req, DegreeRequirement):
            status, explanation, caveats = self.degree(req)
        elif isinstance(req, CourseworkRequirement):
            status, explanation, caveats = self.coursework(req)
        elif isinstance(req, CredentialRequirement):
            status, explanation, caveats = self.credential(req)
        elif isinstance(req, ProgrammeRequirement):
            status, explanation, caveats = self.programme(req)
        else:
            status, explanation, caveats = self.experience(req)
        if req.note:
            caveats = [*caveats, req.note]
        if status == "met" and req.confidence == "unverified":
            status = "unknown"
            caveats = [*caveats, "this requirement is unverified: it gives no verdict"]
        return RequirementResult(
            req.kind,
            req.text or describe(req, self.p),
            status,
            explanation,
            confidence,
            caveats=tuple(caveats),
            sources=sources,
        )

    def route(self, credential: Credential, route: Route) -> RouteResult:
        results = tuple(self.requirement(r, route) for r in route.requirement)
        checkable = [r for r in results if not r.manual]
        status: Status
        if any(r.status == "missing" for r in checkable):
            status = "missing"
        elif not checkable or route.confidence == "unverified":
            status = "unknown"
        else:
            status = _combine(r.status for r in checkable)
        return RouteResult(
            credential.id,
            route,
            status,
            results,
            route.confidence,
            self.p.cited(route.sources),
            self.p.verified_on(route),
        )


def _ceil(value: Fraction) -> int:
    return -(-value.numerator // value.denominator)


def _combine(statuses: Iterable[Status]) -> Status:
    seen = set(statuses)
    if "missing" in seen:
        return "missing"
    if "unknown" in seen:
        return "unknown"
    return "met"


def _full_time_days(events: list[tuple[date, Fraction]]) -> Fraction:
    """Full-time-equivalent days: each day counts min(1, sum of the jobs' fractions that day)."""
    total = Fraction(0)
    level = Fraction(0)
    previous: date | None = None
    for day, change in sorted(events):
        if previous is not None and day > previous:
            total += min(level, Fraction(1)) * (day - previous).days
        level += change
        previous = day
    return total


def describe(req: Requirement, pathways: Pathways) -> str:
    """A requirement in plain words, for lists and for requirements without a `text`."""
    if isinstance(req, ManualRequirement):
        return req.text
    if isinstance(req, DegreeRequirement):
        text = f"{_level_text(req.level)} or higher"
        if req.fields:
            text += " in " + _join([pathways.fields.get(f, f) for f in req.fields], "or")
        if req.or_science_hours is not None:
            text += f" (or {_hours(req.or_science_hours)} s.h. of biology and chemistry)"
        if req.or_total_hours is not None:
            text += f", or {_hours(req.or_total_hours)} semester hours of college credit"
        if req.within_months:
            text += f", earned within the last {_months_text(req.within_months)}"
        return text[0].upper() + text[1:]
    if isinstance(req, CourseworkRequirement):
        parts = []
        if req.biology_hours is not None:
            parts.append(f"{_hours(req.biology_hours)} s.h. biology")
        if req.chemistry_hours is not None:
            parts.append(f"{_hours(req.chemistry_hours)} s.h. chemistry")
        if req.science_hours is not None:
            parts.append(f"{_hours(req.science_hours)} s.h. biology and chemistry")
        if req.total_hours is not None:
            parts.append(f"{_hours(req.total_hours)} s.h. of college credit")
        for group in req.courses:
            parts.append(_join([pathways.courses.get(c, c) for c in group], "or"))
        return "Coursework: " + _join(parts)
    if isinstance(req, CredentialRequirement):
        names = [credential_label(i) for i in req.any_of]
        text = ("A valid " if req.current else "") + _join(names, "or")
        if req.or_equivalent:
            text += " (or an accepted equivalent)"
        return text[0].upper() + text[1:]
    if isinstance(req, ProgrammeRequirement):
        text = "Completion of " + _join([pathways.programmes.get(k, k) for k in req.any_of], "or")
        if req.within_months:
            text += f" within the last {_months_text(req.within_months)}"
        return text
    text = f"{_months_text(req.months)} of full-time experience"
    if req.disciplines:
        text += " in " + _join([pathways.disciplines.get(d, d) for d in req.disciplines])
    if req.within_months:
        text += f" within the last {_months_text(req.within_months)}"
    return text


# == the public functions ========================================================================


def _best(routes: Sequence[RouteResult]) -> RouteResult | None:
    """Fewest missing; routes that can give a verdict first; then fewest unknown, stronger source."""
    if not routes:
        return None
    candidates = [r for r in routes if r.confidence != "unverified" and not _manual_only(r)]
    pool = candidates or list(routes)
    order = {"met": 0, "unknown": 1, "missing": 2}
    return min(
        pool,
        key=lambda r: (
            len(r.missing),
            order[r.status],
            len(r.unknown),
            -CONFIDENCE_RANK[r.confidence],
        ),
    )


def _manual_only(result: RouteResult) -> bool:
    return all(r.manual for r in result.requirements)


def checklist(
    profile: Profile, target_id: str, as_of: date, pathways: Pathways | None = None
) -> Checklist:
    """Every route to `target_id` checked against `profile` on `as_of` (the application date)."""
    pathways = pathways if pathways is not None else load_pathways()
    if pathways.problems:
        return Checklist(target_id, as_of, None, problems=pathways.problems)
    credential = pathways.get(target_id)
    if credential is None:
        choices = ", ".join(sorted(pathways.credentials))
        message = f"no pathways for '{target_id}'; known: {choices}"
        return Checklist(
            target_id, as_of, None, problems=(Problem("<target>", None, "", message, "target"),)
        )
    problems = check_profile(profile, pathways, as_of)
    if problems:
        return Checklist(target_id, as_of, credential, problems=problems)
    evaluator = _Evaluator(pathways, profile, as_of)
    routes = tuple(
        evaluator.route(credential, route) for route in credential.route if route.in_effect(as_of)
    )
    retired = tuple(route for route in credential.route if not route.in_effect(as_of))
    return Checklist(target_id, as_of, credential, routes, retired, _best(routes))


@dataclass(frozen=True, slots=True)
class RouteMatch:
    """A route that a degree or programme serves, with what else that route still asks for."""

    credential: str
    route: Route
    confidence: Confidence
    satisfies: tuple[RequirementResult, ...]
    remaining: tuple[RequirementResult, ...]  # checkable requirements it does not meet
    to_confirm: tuple[RequirementResult, ...]  # manual items

    @property
    def complete(self) -> bool:
        """True when the degree/programme alone meets every checkable requirement."""
        return not self.remaining


def routes_satisfied_by(
    *,
    programme: str | None = None,
    degree_level: str | None = None,
    degree_field: str | None = None,
    as_of: date,
    target: str | None = None,
    pathways: Pathways | None = None,
) -> tuple[RouteMatch, ...]:
    """Routes that a programme kind and/or a degree serve, with what each route still asks for.

    For catalogue items: a NAACLS MLS bachelor's is `programme="naacls-mls",
    degree_level="bachelor", degree_field="clinical-laboratory-science"`. The degree and programme
    are taken as completed on `as_of`, so their time windows are met. A route is listed when it
    names the programme (as a requirement or as credit toward one) or, with no programme given,
    when the degree meets its degree requirement. Routes not in effect on `as_of` and unverified
    routes are left out; `target` keeps one credential. Complete matches come first.
    """
    pathways = pathways if pathways is not None else load_pathways()
    degrees = (
        (Degree(level=degree_level, field=degree_field, completed=as_of),)
        if degree_level is not None
        else ()
    )
    programmes = (ProgrammeCompleted(kind=programme, completed=as_of),) if programme else ()
    profile = Profile(degrees=degrees, programmes=programmes)
    if pathways.problems or check_profile(profile, pathways, as_of):
        return ()
    evaluator = _Evaluator(pathways, profile, as_of)
    matches: list[RouteMatch] = []
    for credential in pathways.credentials.values():
        if target is not None and credential.id != target:
            continue
        for route in credential.route:
            if not route.in_effect(as_of) or route.confidence == "unverified":
                continue
            result = evaluator.route(credential, route)
            met = tuple(r for r in result.requirements if r.status == "met" and not r.manual)
            if programme is not None:
                if not _serves_programme(route, programme):
                    continue
            elif not any(r.kind == "degree" for r in met):
                continue
            matches.append(
                RouteMatch(
                    credential.id,
                    route,
                    route.confidence,
                    met,
                    tuple(r for r in result.requirements if r.status != "met" and not r.manual),
                    result.to_confirm,
                )
            )
    matches.sort(key=lambda m: (not m.complete, m.credential, m.route.id))
    return tuple(matches)


def _serves_programme(route: Route, programme: str) -> bool:
    """Whether the route names the programme kind anywhere (requirement or credit)."""
    for req in route.requirement:
        if isinstance(req, ProgrammeRequirement) and programme in req.any_of:
            return True
        if isinstance(req, ExperienceRequirement | CourseworkRequirement):
            credit = req.programme_credit
            if credit is not None and programme in credit.programmes:
                return True
    return False
