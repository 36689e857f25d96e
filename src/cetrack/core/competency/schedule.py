"""When a person is due for competency assessment on one test system (or in one position's
duties), from what happened on it: the day they began patient testing, the signed assessments,
and method or instrument changes.

The checkpoints, by the accreditor's rule file (`rules.Schedule`):

- first year: one checkpoint at each of `first_year_months` after the first day of patient
  testing (6 and 12 months), each at a fixed date;
- after the first year: every `then_every_months` (12) after the last periodic assessment, so
  no gap is ever longer than a year;
- a passed assessment satisfies the open periodic checkpoint (early is fine). When it comes so
  late that the following checkpoint is also due by then, the earlier one is recorded as
  missed and the assessment satisfies the later one: the person is brought up to date, and the
  miss stays in the history as an inspector would see it;
- a method or instrument change after the person began testing opens a checkpoint due on the
  change's date: from that day they may not report results on the system until a passed
  assessment dated on or after the change (of any reason);
- assessments dated before the first day of patient testing (an earlier period on the same
  system, before the person stopped and started again) do not count;
- a failed assessment opens a remediation: from the failure the person is not cleared on the
  system, until a passed assessment dated on or after it. A passing re-assessment also
  satisfies the periodic checkpoint the failed assessment was for.

`standing` returns all of this as data; `state_on` turns a standing (or its stored dates) into
one of the states of `vocabulary.STATES` on a day.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from cetrack.core.competency.vocabulary import (
    CLEARED,
    DUE,
    NOT_CLEARED,
    NOT_REQUIRED,
    OVERDUE,
    PERIODIC_REASONS,
    REASONS,
)
from cetrack.core.dates import add_months


@dataclass(frozen=True, slots=True)
class Plan:
    """How often: checkpoints in the first year, then the interval (from a rule file)."""

    first_year_months: tuple[int, ...]
    then_every_months: int


@dataclass(frozen=True, slots=True)
class Signed:
    """A signed assessment: its date, the reason recorded, and whether every element passed.
    A failed one carries the re-assessment date of its remediation."""

    on: date
    reason: str
    passed: bool
    reassess_by: date | None = None


@dataclass(frozen=True, slots=True)
class Change:
    on: date
    what: str  # in words: "Instrument changed to Sysmex XN-1000"


@dataclass(frozen=True, slots=True)
class Checkpoint:
    reason: str  # an id of vocabulary.REASONS
    due_on: date
    label: str
    done_on: date | None = None
    missed: bool = False


@dataclass(frozen=True, slots=True)
class Standing:
    required: bool
    open: tuple[Checkpoint, ...] = ()  # what is owed, earliest first
    history: tuple[Checkpoint, ...] = ()  # checkpoints satisfied or missed, in order
    blocked_since: date | None = None  # from this day the person may not report results
    blocked_reason: str = ""
    last_passed_on: date | None = None

    @property
    def next(self) -> Checkpoint | None:
        return self.open[0] if self.open else None

    def state_on(self, today: date, soon_days: int) -> str:
        due = self.next.due_on if self.next else None
        return state_on(self.required, due, self.blocked_since, today, soon_days)


def state_on(
    required: bool, next_due: date | None, blocked_since: date | None, today: date, soon_days: int
) -> str:
    """Not cleared (failed, or a change not yet assessed) before overdue before due (within
    `soon_days`) before cleared."""
    if not required:
        return NOT_REQUIRED
    if blocked_since is not None and blocked_since <= today:
        return NOT_CLEARED
    if next_due is None:
        return CLEARED
    if next_due < today:
        return OVERDUE
    if next_due <= today + timedelta(days=soon_days):
        return DUE
    return CLEARED


class _Periodic:
    """The periodic checkpoints, one open at a time."""

    def __init__(self, began_on: date, plan: Plan) -> None:
        self.began_on, self.plan = began_on, plan
        self.index = 0
        self.history: list[Checkpoint] = []
        self.current = self._checkpoint(0, None)

    def _checkpoint(self, index: int, after: date | None) -> Checkpoint:
        first = self.plan.first_year_months
        if index < len(first):
            months = first[index]
            reason = {6: "six-month", 12: "twelve-month"}.get(months, "first-year")
            label = f"{months}-month assessment"
            return Checkpoint(reason, add_months(self.began_on, months), label)
        anchor = after or add_months(self.began_on, first[-1] if first else 0)
        return Checkpoint(
            "annual", add_months(anchor, self.plan.then_every_months), REASONS["annual"]
        )

    def satisfy(self, day: date) -> None:
        following = self._checkpoint(self.index + 1, self.current.due_on)
        while following.due_on <= day:
            self.history.append(_replace(self.current, missed=True))
            self.index += 1
            self.current = following
            following = self._checkpoint(self.index + 1, self.current.due_on)
        self.history.append(_replace(self.current, done_on=day))
        self.index += 1
        self.current = self._checkpoint(self.index, day)


def _replace(
    checkpoint: Checkpoint, *, done_on: date | None = None, missed: bool = False
) -> Checkpoint:
    return Checkpoint(checkpoint.reason, checkpoint.due_on, checkpoint.label, done_on, missed)


def standing(
    began_on: date,
    signed: Sequence[Signed],
    plan: Plan,
    changes: Sequence[Change] = (),
    *,
    required: bool = True,
    change_before_reporting: bool = True,
) -> Standing:
    """Where a person stands on a track that began on `began_on` (see the module docstring)."""
    if not required:
        return Standing(False)
    periodic = _Periodic(began_on, plan)
    failure: Signed | None = None
    history: list[Checkpoint] = []
    last_passed: date | None = None
    signed = [s for s in signed if s.on >= began_on]  # before (re)starting on it: not this run
    for item in sorted(signed, key=lambda s: s.on):
        if not item.passed:
            failure = item
            continue
        last_passed = item.on
        answers_periodic = item.reason in PERIODIC_REASONS
        if failure is not None and item.on >= failure.on:
            due = failure.reassess_by or failure.on
            history.append(Checkpoint("remedial", due, REASONS["remedial"], item.on))
            answers_periodic = answers_periodic or failure.reason in PERIODIC_REASONS
            failure = None
        if answers_periodic:
            periodic.satisfy(item.on)
    open_items = [periodic.current]
    blocked: list[tuple[date, str]] = []
    if failure is not None:
        due = failure.reassess_by or failure.on
        open_items.append(Checkpoint("remedial", due, REASONS["remedial"]))
        blocked.append((failure.on, f"failed assessment on {failure.on.isoformat()}"))
    for change in changes if change_before_reporting else ():
        if change.on <= began_on:
            continue  # began testing on the changed system: trained on it
        done = next((s.on for s in signed if s.passed and s.on >= change.on), None)
        checkpoint = Checkpoint("change", change.on, f"{REASONS['change']}: {change.what}", done)
        if done is None:
            open_items.append(checkpoint)
            blocked.append((change.on, f"{change.what} on {change.on.isoformat()}"))
        else:
            history.append(checkpoint)
    blocked.sort()
    return Standing(
        True,
        tuple(sorted(open_items, key=lambda c: c.due_on)),
        tuple(sorted(periodic.history + history, key=lambda c: (c.done_on or c.due_on, c.due_on))),
        blocked[0][0] if blocked else None,
        "; ".join(reason for _, reason in blocked),
        last_passed,
    )
