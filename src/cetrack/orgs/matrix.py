"""The team compliance matrix: consenting members × their credentials, from the snapshots.

`team_matrix(org_id)` refreshes whatever snapshots are stale, then builds plain rows once per
state of the organisation (its members, their snapshots, the day) and keeps them in memory;
filtering, sorting and paging (`select`) work on those rows in memory, so a warm page for
5,000 members costs three small queries. The licence list (`licences`) reads the same rows.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from django.db.models import Count, Max, Q
from django.utils import timezone

from cetrack.core.engine import MET, NOT_APPLICABLE, NOT_MET, UNVERIFIED
from cetrack.orgs.access import shared_members
from cetrack.orgs.compliance import refresh_members, stale_owners
from cetrack.orgs.models import AuditEntry, ComplianceSnapshot, Membership, Role
from cetrack.records.models import Credential
from cetrack.records.presenters import STATUS_LABELS, credit
from cetrack.records.services import library

STATUS_ORDER = {NOT_MET: 0, UNVERIFIED: 1, MET: 2, NOT_APPLICABLE: 3}
ROLE_NAMES = dict(Role.choices)
PAGE_SIZE = 100
LICENCE_SOON_DAYS = 90
SORTS = {
    "name": "Name",
    "status": "Status (worst first)",
    "deadline": "Deadline (soonest first)",
    "missing": "Most missing",
    "site": "Site",
}


@dataclass(frozen=True)
class Cell:
    """One member's credential as the matrix shows it."""

    credential_id: int
    rules: str
    label: str
    status: str
    unit: str
    counted: int | None
    required: int | None
    missing: int | None
    deadline: date | None
    missing_areas: tuple[str, ...]
    findings: tuple[dict[str, Any], ...]

    @property
    def status_label(self) -> str:
        return STATUS_LABELS.get(self.status, self.status)

    @property
    def counted_text(self) -> str:
        return credit(self.counted)

    @property
    def required_text(self) -> str:
        return credit(self.required)

    @property
    def missing_text(self) -> str:
        return credit(self.missing)

    @property
    def problems(self) -> int:
        """Documentation findings that need action (errors and warnings)."""
        return sum(1 for f in self.findings if f.get("severity") in ("error", "warning"))

    def days_left(self, today: date) -> int | None:
        return (self.deadline - today).days if self.deadline else None


@dataclass(frozen=True)
class Row:
    membership_id: int
    user_id: int
    name: str
    email: str
    role: str
    site_id: int | None
    site: str
    state: str
    department_id: int | None
    department: str
    cells: tuple[Cell, ...] = ()

    @property
    def role_label(self) -> str:
        return ROLE_NAMES.get(self.role, self.role)


@dataclass(frozen=True)
class Matrix:
    as_of: date
    rows: tuple[Row, ...]
    columns: tuple[tuple[str, str], ...]  # (rules, label), in label order
    not_sharing: int
    refreshed: int = 0  # people re-evaluated (stale snapshots) to build this matrix
    key: str = ""  # the cache key it was built under: names this state of the team


def _of_sharing_members(org_id: int) -> dict[str, Any]:
    """Lookups for rows owned by the organisation's sharing members, as a join: with an
    `owner_id IN (subquery)` PostgreSQL, its statistics stale after a bulk load, chose a
    nested loop of 5,000 × 15,000 comparisons (3 s) where this takes an index lookup each."""
    return {
        "owner__memberships__organisation_id": org_id,
        "owner__memberships__left_at__isnull": True,
        "owner__memberships__consent_at__isnull": False,
    }


def _state(org_id: int, day: date) -> dict[str, Any]:
    """One pass over the sharing members' live credentials: how many, how many snapshots,
    the latest snapshot change, and how many snapshots are missing or no longer usable."""
    usable = Q(
        compliance_snapshot__version__gt="",
        compliance_snapshot__valid_through__gte=day,
        compliance_snapshot__as_of__lte=day,
    )
    return Credential.objects.filter(
        **_of_sharing_members(org_id), deleted_at__isnull=True
    ).aggregate(
        credentials=Count("id"),
        at=Max("compliance_snapshot__refreshed_at"),
        stale=Count("id", filter=~usable),
    )


def _fingerprint(org_id: int, state: dict[str, Any]) -> str:
    """Names the state of the team: changes when a snapshot, a credential or (through the
    audit trail) a membership, a role, a site or someone's sharing changes."""
    audit = AuditEntry.objects.filter(organisation_id=org_id).aggregate(last=Max("id"))
    at = state["at"].timestamp() if state["at"] else 0
    return f"{state['credentials']}.{at}.{audit['last'] or 0}"


# The matrices this process built last, by key. The key names the state of the team (its
# snapshots, its audit trail, the day), so a copy is right for as long as its key is current.
# Kept per process, not in the shared cache: for 5,000 people a matrix pickles to megabytes,
# and writing that to the database cache after every change cost more than a rebuild saves.
_LOCAL: OrderedDict[str, Matrix] = OrderedDict()
_LOCAL_SIZE = 8
_LOCAL_LOCK = threading.Lock()


def _remembered(key: str) -> Matrix | None:
    with _LOCAL_LOCK:
        found = _LOCAL.get(key)
        if found is not None:
            _LOCAL.move_to_end(key)
        return found


def _remember(key: str, matrix: Matrix) -> None:
    with _LOCAL_LOCK:
        _LOCAL[key] = matrix
        while len(_LOCAL) > _LOCAL_SIZE:
            _LOCAL.popitem(last=False)


def forget_local() -> None:
    """Empty this process's copies (as after a restart); for tests and bench/team.py."""
    with _LOCAL_LOCK:
        _LOCAL.clear()
        _DERIVED.clear()


# Things made from a matrix (the CSV of a filter), by (matrix key, what): the same rule holds.
_DERIVED: OrderedDict[tuple[str, Any], Any] = OrderedDict()
_DERIVED_SIZE = 4


def derived(matrix: Matrix, what: Any, make: Any) -> Any:
    """`make()` once per state of the team and `what` (hashable) in this process."""
    slot = (matrix.key, what)
    with _LOCAL_LOCK:
        if slot in _DERIVED:
            _DERIVED.move_to_end(slot)
            return _DERIVED[slot]
    value = make()
    if matrix.key:
        with _LOCAL_LOCK:
            _DERIVED[slot] = value
            while len(_DERIVED) > _DERIVED_SIZE:
                _DERIVED.popitem(last=False)
    return value


def team_matrix(org_id: int, as_of: date | None = None) -> Matrix:
    """Every consenting current member with their credentials' verdicts as of today."""
    day = as_of or timezone.localdate()
    state = _state(org_id, day)
    stale: list[int] = []
    if state["stale"]:
        stale = stale_owners(shared_members(org_id).values("user_id"), day)
        refresh_members(stale, day)
        state = _state(org_id, day)
    key = f"cetrack:org-matrix:{org_id}:{day.isoformat()}:{_fingerprint(org_id, state)}"
    matrix = _remembered(key)
    if matrix is None:
        matrix = replace(_build(org_id, day), key=key)
        _remember(key, matrix)
    return replace(matrix, refreshed=len(stale)) if stale else matrix


def _build(org_id: int, day: date) -> Matrix:
    members = list(
        shared_members(org_id)
        .order_by("user__name", "user__email", "id")
        .values_list(
            "id",
            "user_id",
            "user__name",
            "user__email",
            "role",
            "site_id",
            "site__name",
            "site__state",
            "department_id",
            "department__name",
        )
    )
    cells: dict[int, list[Cell]] = {}
    snapshots = ComplianceSnapshot.objects.filter(
        **_of_sharing_members(org_id), credential__deleted_at__isnull=True
    ).values_list(
        "owner_id",
        "credential_id",
        "rules",
        "label",
        "status",
        "unit",
        "counted",
        "required",
        "missing",
        "deadline",
        "missing_areas",
        "findings",
    )
    columns: dict[str, str] = {}
    for (
        owner,
        pk,
        rules,
        label,
        status,
        unit,
        counted,
        required,
        missing,
        deadline,
        areas,
        found,
    ) in sorted(snapshots.order_by(), key=lambda r: (r[3], r[1])):  # label, id
        # (sorted here: the rows are wide, a database sort of them spills to disk)
        cell = Cell(
            pk,
            rules,
            label,
            status,
            unit,
            counted,
            required,
            missing,
            deadline,
            tuple(areas or ()),
            tuple(found or ()),
        )
        cells.setdefault(owner, []).append(cell)
        columns.setdefault(cell.rules, cell.label)
    rows = tuple(
        Row(
            membership_id=m[0],
            user_id=m[1],
            name=m[2] or m[3],
            email=m[3],
            role=m[4],
            site_id=m[5],
            site=m[6] or "",
            state=m[7] or "",
            department_id=m[8],
            department=m[9] or "",
            cells=tuple(cells.get(m[1], ())),
        )
        for m in members
    )
    not_sharing = (
        Membership.objects.filter(organisation_id=org_id, left_at__isnull=True)
        .filter(consent_at__isnull=True)
        .count()
    )
    ordered = tuple(sorted(columns.items(), key=lambda item: (item[1].lower(), item[0])))
    return Matrix(as_of=day, rows=rows, columns=ordered, not_sharing=not_sharing)


# -- choosing rows -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Filters:
    """What the manager asked for; every field optional. Unknown values select nothing."""

    site: int | None = None
    department: int | None = None
    role: str = ""
    credential: str = ""  # a rule-set id such as "ascp/MLS"
    status: str = ""
    due_within: int | None = None  # deadline within this many days (overdue ones included)
    sort: str = "name"
    descending: bool = False
    page: int = 1


def _int(value: Any) -> int | None:
    try:
        number = int(str(value).strip())
    except (TypeError, ValueError):
        return None
    return number if -(2**31) < number < 2**31 else None


def read_filters(query: Any) -> Filters:
    """Filters from a query string (a QueryDict or a dict); anything unreadable is ignored."""
    sort = str(query.get("sort") or "name")
    due = _int(query.get("due_within"))
    return Filters(
        site=_int(query.get("site")),
        department=_int(query.get("department")),
        role=str(query.get("role") or "")[:20],
        credential=str(query.get("credential") or "")[:100],
        status=str(query.get("status") or "")[:20],
        due_within=due if due is not None and due >= 0 else None,
        sort=sort if sort in SORTS else "name",
        descending=query.get("order") == "desc",
        page=max(_int(query.get("page")) or 1, 1),
    )


def _cell_matches(cell: Cell, filters: Filters, today: date) -> bool:
    if filters.credential and cell.rules != filters.credential:
        return False
    if filters.status and cell.status != filters.status:
        return False
    if filters.due_within is not None:
        left = cell.days_left(today)
        if left is None or left > filters.due_within or cell.status == NOT_APPLICABLE:
            return False
    return True


def _row_sort_key(sort: str, today: date) -> Any:
    def key(row: Row) -> Any:
        name = (row.name.lower(), row.membership_id)
        if sort == "status":
            worst = min((STATUS_ORDER.get(c.status, 9) for c in row.cells), default=9)
            return (worst, *name)
        if sort == "deadline":
            days = [d for c in row.cells if (d := c.days_left(today)) is not None]
            return (min(days) if days else 10**9, *name)
        if sort == "missing":
            return (-sum(c.missing or 0 for c in row.cells), *name)
        if sort == "site":
            return (row.site.lower() or "\uffff", *name)
        return name

    return key


def filtered_rows(matrix: Matrix, filters: Filters) -> list[Row]:
    """Members passing the member filters; each keeps only the cells passing the cell filters.

    With a credential, status or due-within filter, a member without a matching cell drops out.
    """
    today = matrix.as_of
    cell_filter = bool(filters.credential or filters.status or filters.due_within is not None)
    out: list[Row] = []
    for row in matrix.rows:
        if filters.site is not None and row.site_id != filters.site:
            continue
        if filters.department is not None and row.department_id != filters.department:
            continue
        if filters.role and row.role != filters.role:
            continue
        if cell_filter:
            kept = tuple(c for c in row.cells if _cell_matches(c, filters, today))
            if not kept:
                continue
            row = replace(row, cells=kept)
        out.append(row)
    out.sort(key=_row_sort_key(filters.sort, today), reverse=filters.descending)
    return out


@dataclass
class Page:
    rows: list[Row]
    columns: list[tuple[str, str]]
    total: int
    number: int
    pages: int
    counts: dict[str, int] = field(default_factory=dict)  # cells per status, over all pages


def select(matrix: Matrix, filters: Filters, page_size: int = PAGE_SIZE) -> Page:
    rows = filtered_rows(matrix, filters)
    columns = [c for c in matrix.columns if not filters.credential or c[0] == filters.credential]
    counts: dict[str, int] = {}
    for row in rows:
        for cell in row.cells:
            counts[cell.status] = counts.get(cell.status, 0) + 1
    pages = max((len(rows) + page_size - 1) // page_size, 1)
    number = min(filters.page, pages)
    start = (number - 1) * page_size
    return Page(rows[start : start + page_size], columns, len(rows), number, pages, counts)


def grid(
    rows: Iterable[Row], columns: list[tuple[str, str]]
) -> list[tuple[Row, list[tuple[str, list[Cell]]]]]:
    """Each row with one (column label, cells) slot per column: the member's credentials under
    that rule set, usually one, none when they hold none."""
    out = []
    for row in rows:
        by_rules: dict[str, list[Cell]] = {}
        for cell in row.cells:
            by_rules.setdefault(cell.rules, []).append(cell)
        out.append((row, [(label, by_rules.get(rules, [])) for rules, label in columns]))
    return out


# -- licences ------------------------------------------------------------------------------------


def state_programs() -> dict[str, tuple[str, str]]:
    """State code → (program id, program name) for every state whose licence the rules know."""
    found: dict[str, tuple[str, str]] = {}
    for book in library():
        if "/states/" in f"/{book.file}":
            program = book.program.program
            found.setdefault(program.upper(), (program, book.program.name))
    return found


@dataclass(frozen=True)
class LicenceLine:
    row: Row
    state: str
    required: str  # the state programme's name
    held: tuple[Cell, ...]  # the member's credentials in that programme
    status: str  # missing | expired | soon | current
    days_left: int | None

    @property
    def status_label(self) -> str:
        return {
            "missing": "No licence recorded",
            "expired": "Expired",
            "soon": f"Expires within {LICENCE_SOON_DAYS} days",
            "current": "Current",
        }[self.status]


def licences(matrix: Matrix, site: int | None = None) -> list[LicenceLine]:
    """Members at sites in licensing states, with the licence their site's state requires."""
    programs = state_programs()
    today = matrix.as_of
    lines = []
    for row in matrix.rows:
        if site is not None and row.site_id != site:
            continue
        if row.state not in programs:
            continue
        program, name = programs[row.state]
        held = tuple(c for c in row.cells if c.rules.split("/", 1)[0] == program)
        days = [d for c in held if (d := c.days_left(today)) is not None]
        left = max(days) if days else None
        if not held:
            status = "missing"
        elif left is not None and left < 0:
            status = "expired"
        elif left is not None and left <= LICENCE_SOON_DAYS:
            status = "soon"
        else:
            status = "current"
        lines.append(LicenceLine(row, row.state, name, held, status, left))
    order = {"missing": 0, "expired": 1, "soon": 2, "current": 3}
    lines.sort(key=lambda line: (order[line.status], line.days_left or 0, line.row.name.lower()))
    return lines
