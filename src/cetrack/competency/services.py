"""Every change to a site's competency set-up: the policy, test systems and their method or
instrument changes, assignments, and qualifications. One transaction each, an `AuditEntry`
(cetrack.orgs) saying who did it, the standing of every assignment touched refreshed, and
problems returned as data (`Outcome`). Callers have checked the actor's role
(`cetrack.competency.access`). Assessments themselves are in `cetrack.competency.assessing`.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from django.db import transaction
from django.utils import timezone

from cetrack.competency.models import (
    Assignment,
    Qualification,
    SystemChange,
    TestSystem,
)
from cetrack.competency.standing import policy_for, refresh, refresh_site
from cetrack.core.competency.rules import default_rules
from cetrack.core.competency.vocabulary import COMPLEXITIES, DUTY_POSITIONS, POSITIONS, SPECIALTIES
from cetrack.orgs.models import Membership, Site
from cetrack.orgs.services import Outcome, audit, person_name
from cetrack.records import evidence

EARLIEST = date(1970, 1, 1)
MAX_AHEAD = timedelta(days=366)


def _date_problem(
    key: str, day: Any, label: str, *, future: bool = True
) -> list[tuple[str | None, str]]:
    if not isinstance(day, date):
        return [(key, f"Give {label} as a date.")]
    if day < EARLIEST:
        return [(key, f"{label.capitalize()} is before 1970.")]
    limit = timezone.localdate() + (MAX_AHEAD if future else timedelta(0))
    if day > limit:
        when = "more than a year ahead" if future else "in the future"
        return [(key, f"{label.capitalize()} is {when}.")]
    return []


# -- the site's policy -------------------------------------------------------------------------


def save_policy(
    actor: Any, site: Site, *, accreditor: str, track_waived: bool, due_soon_days: int
) -> Outcome:
    rules = default_rules()
    if rules.get(accreditor) is None:
        names = ", ".join(a.name for a in rules)
        return Outcome(problems=[("accreditor", f"Choose one of: {names}.")])
    if not 0 <= due_soon_days <= 365:
        return Outcome(problems=[("due_soon_days", "Give a number of days from 0 to 365.")])
    with transaction.atomic():
        policy = policy_for(site)
        policy.accreditor, policy.track_waived = accreditor, track_waived
        policy.due_soon_days = due_soon_days
        policy.save()
        refresh_site(site.pk)
        name = rules.get(accreditor)
        waived = "tracked" if track_waived else "not tracked"
        audit(
            site.organisation_id,
            actor,
            "competency.policy",
            f"Competency at {site.name}: {name.name if name else accreditor}, waived tests {waived}, "
            f"due {due_soon_days} days ahead",
            site=site.pk,
        )
    return Outcome(saved=policy)


# -- test systems ------------------------------------------------------------------------------


def _system_problems(data: dict[str, Any]) -> list[tuple[str | None, str]]:
    problems: list[tuple[str | None, str]] = []
    if not str(data.get("name", "")).strip():
        problems.append(("name", "Give the test system a name, e.g. 'CBC on Sysmex XN-1000'."))
    if data.get("specialty") not in SPECIALTIES:
        problems.append(("specialty", "Choose the specialty."))
    if data.get("complexity") not in COMPLEXITIES:
        problems.append(("complexity", "Choose waived, moderate or high complexity."))
    return problems


def save_system(
    actor: Any, site: Site, data: dict[str, Any], system: TestSystem | None = None
) -> Outcome:
    """Add a test system to a site, or change its name, analyte, specialty or complexity.
    The instrument and method of an existing system change only through `record_change`."""
    problems = _system_problems(data)
    if problems:
        return Outcome(problems=problems)
    with transaction.atomic():
        row = system or TestSystem(site=site, created_by=actor)
        complexity_before = row.complexity if system else None
        row.name = str(data["name"]).strip()[:200]
        row.analyte = str(data.get("analyte", "")).strip()[:200]
        row.specialty, row.complexity = data["specialty"], data["complexity"]
        if system is None:
            row.instrument = str(data.get("instrument", "")).strip()[:200]
            row.method = str(data.get("method", "")).strip()[:200]
        row.save()
        if complexity_before and complexity_before != row.complexity:
            refresh(row.assignments.filter(ended_on__isnull=True).select_related("test_system"))
        verb = "Changed" if system else "Added"
        audit(
            site.organisation_id,
            actor,
            "competency.system",
            f"{verb} test system {row.name} at {site.name} ({row.complexity_label.lower()})",
            test_system=row.pk,
        )
    return Outcome(saved=row)


def record_change(
    actor: Any,
    system: TestSystem,
    *,
    kind: str,
    effective_on: Any,
    description: str,
    instrument: str = "",
    method: str = "",
) -> Outcome:
    """A method or instrument change: everyone assigned before it is due before reporting."""
    problems = _date_problem("effective_on", effective_on, "the change date")
    if kind not in SystemChange.Kind.values:
        problems.append(("kind", "Choose a method change or an instrument change."))
    what = description.strip() or (
        f"Instrument: {instrument.strip()}" if instrument.strip() else ""
    )
    what = what or (f"Method: {method.strip()}" if method.strip() else "")
    if not what:
        problems.append(("description", "Say what changed (the new instrument or method)."))
    if problems:
        return Outcome(problems=problems)
    with transaction.atomic():
        change = SystemChange.objects.create(
            test_system=system,
            kind=kind,
            effective_on=effective_on,
            description=what[:300],
            recorded_by=actor,
        )
        if instrument.strip():
            system.instrument = instrument.strip()[:200]
        if method.strip():
            system.method = method.strip()[:200]
        system.save()
        touched = system.assignments.filter(ended_on__isnull=True).select_related("test_system")
        count = refresh(touched)
        audit(
            system.site.organisation_id,
            actor,
            "competency.change",
            f"{change.get_kind_display()} on {system.name} from {effective_on.isoformat()}: "
            f"{what[:120]} ({count} assigned)",
            test_system=system.pk,
            change=change.pk,
        )
    return Outcome(saved=change, extra={"assigned": count})


def retire_system(actor: Any, system: TestSystem, on: date) -> Outcome:
    with transaction.atomic():
        system.retired_on = on
        system.save(update_fields=["retired_on", "updated_at"])
        ended = system.assignments.filter(ended_on__isnull=True).update(ended_on=on)
        audit(
            system.site.organisation_id,
            actor,
            "competency.system",
            f"Retired test system {system.name} ({ended} assignment{'s' if ended != 1 else ''} ended)",
            test_system=system.pk,
        )
    return Outcome(saved=system)


# -- assignments -------------------------------------------------------------------------------


def assign(actor: Any, system: TestSystem, member: Membership, began_on: Any) -> Outcome:
    """Assign a member to a test system from the day they began (or begin) patient testing."""
    problems = _date_problem("began_on", began_on, "the first day of patient testing")
    if member.organisation_id != system.site.organisation_id or member.left_at is not None:
        problems.append(("member", "Choose a current member of this organisation."))
    if system.retired_on is not None:
        problems.append((None, f"{system.name} was retired on {system.retired_on.isoformat()}."))
    existing = Assignment.objects.filter(membership=member, test_system=system).first()
    if existing is not None and existing.ended_on is None:
        problems.append(
            (
                "member",
                f"{person_name(member.user)} is assigned since {existing.began_on.isoformat()}.",
            )
        )
    if problems:
        return Outcome(problems=problems)
    with transaction.atomic():
        row = existing or Assignment(membership=member, test_system=system, site=system.site)
        row.began_on, row.ended_on, row.created_by = began_on, None, actor
        row.site = system.site
        row.save()
        refresh([row])
        audit(
            system.site.organisation_id,
            actor,
            "competency.assigned",
            f"Assigned {person_name(member.user)} to {system.name} from {began_on.isoformat()}",
            assignment=row.pk,
        )
    return Outcome(saved=row)


def end_assignment(actor: Any, assignment: Assignment, on: date | None = None) -> Outcome:
    day = on or timezone.localdate()
    with transaction.atomic():
        assignment.ended_on = day
        assignment.save(update_fields=["ended_on"])
        audit(
            assignment.site.organisation_id,
            actor,
            "competency.unassigned",
            f"Ended {person_name(assignment.membership.user)} on {assignment.subject_label}",
            assignment=assignment.pk,
        )
    return Outcome(saved=assignment)


# -- qualifications ----------------------------------------------------------------------------


def record_qualification(
    actor: Any,
    member: Membership,
    site: Site,
    data: dict[str, Any],
    file: tuple[str, bytes] | None = None,
) -> Outcome:
    """Record that a member is qualified for a position at a site (and any written delegation).
    A consultant or supervisor position also starts the yearly assessment of their duties."""
    position = str(data.get("position") or "")
    problems = _date_problem("since", data.get("since"), "the start date")
    if position not in POSITIONS:
        problems.append(("position", "Choose the position."))
    until, delegated_on = data.get("until"), data.get("delegated_on")
    if isinstance(until, date) and isinstance(data.get("since"), date) and until < data["since"]:
        problems.append(("until", "The end date is before the start date."))
    if delegated_on is not None:
        problems += _date_problem("delegated_on", delegated_on, "the delegation date", future=False)
    if site.organisation_id != member.organisation_id:
        problems.append(("site", "Choose one of this organisation's sites."))
    content_type = None
    if file is not None:
        checked = evidence.check_upload(*file)
        if isinstance(checked, evidence.UploadProblem):
            problems.append(("delegation_file", checked.message))
        content_type = checked
    if problems:
        return Outcome(problems=problems)
    with transaction.atomic():
        row = Qualification(
            membership=member,
            site=site,
            position=position,
            since=data["since"],
            until=until,
            delegated_on=delegated_on,
            delegated_by=str(data.get("delegated_by", "")).strip()[:200],
            note=str(data.get("note", "")).strip()[:300],
            recorded_by=actor,
        )
        if file is not None and isinstance(content_type, str):
            row.delegation_blob = evidence.store(file[1], content_type)
            row.delegation_name = evidence.safe_name(file[0])
        row.save()
        if position in DUTY_POSITIONS and (until is None or until >= timezone.localdate()):
            _start_duties(actor, row)
        delegation = f", delegated in writing on {delegated_on.isoformat()}" if delegated_on else ""
        audit(
            site.organisation_id,
            actor,
            "competency.qualification",
            f"{person_name(member.user)}: {row.position_label.lower()} at {site.name} from "
            f"{row.since.isoformat()}{delegation}",
            qualification=row.pk,
        )
    return Outcome(saved=row)


def _start_duties(actor: Any, qualification: Qualification) -> None:
    row = Assignment.objects.filter(
        membership_id=qualification.membership_id, position=qualification.position
    ).first()
    if row is not None and row.ended_on is None:
        return
    row = row or Assignment(
        membership_id=qualification.membership_id, position=qualification.position
    )
    row.site_id, row.qualification = qualification.site_id, qualification
    row.began_on, row.ended_on, row.created_by = qualification.since, None, actor
    row.save()
    refresh([row])


def end_qualification(
    actor: Any, qualification: Qualification, until: date | None = None
) -> Outcome:
    day = until or timezone.localdate()
    if day < qualification.since:
        return Outcome(problems=[("until", "The end date is before the start date.")])
    with transaction.atomic():
        qualification.until = day
        qualification.save(update_fields=["until"])
        others = Qualification.objects.filter(
            membership_id=qualification.membership_id,
            position=qualification.position,
            until__isnull=True,
        ).exclude(pk=qualification.pk)
        if not others.exists():
            Assignment.objects.filter(
                membership_id=qualification.membership_id,
                position=qualification.position,
                ended_on__isnull=True,
            ).update(ended_on=day)
        audit(
            qualification.site.organisation_id,
            actor,
            "competency.qualification",
            f"{person_name(qualification.membership.user)}: {qualification.position_label.lower()} "
            f"ended {day.isoformat()}",
            qualification=qualification.pk,
        )
    return Outcome(saved=qualification)
