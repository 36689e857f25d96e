"""The one audit trail: who changed what, when, and from where.

Every change — to a person's records (records.services), their account (tokens, the calendar
feed, password, e-mail, two-factor), their plan and capture decisions, and to an organisation
(orgs.services.audit) — is one `Revision` row written by `record`. Who and from where come
from the *acting* context, set once per unit of work rather than passed through every
service call:

- `AuditMiddleware`: a web request (`web`), an API call (`api`, the token's owner or the
  signed-in user) or the site administration (`admin`), acting as the signed-in user;
- `cetrack.jobs` runs each job as `job` (the system);
- `channel("import")` around an import; anything else (the command line, `cetrack serve
  --demo`) is `command`, acting as the system unless told.

The actor's role is worked out when a row is written: the owner acting on their own records,
a site administrator, or the actor's role in the organisation concerned (educator, manager,
administrator) — see `role_of`.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextvars import ContextVar
from dataclasses import dataclass, replace
from typing import Any

from django.http import HttpRequest, HttpResponse

CHANNELS = {
    "web": "web",
    "api": "API",
    "admin": "site administration",
    "import": "import",
    "job": "background job",
    "command": "command line",
}
ROLES = {
    "owner": "owner",
    "member": "member",
    "educator": "educator",
    "manager": "manager",
    "admin": "organisation administrator",
    "staff": "site administrator",
    "system": "system",
}
# What a row is about and what was done to it, in words (the owner's history page).
OBJECTS = {
    "credential": "Credential",
    "activity": "Activity",
    "certificate": "Certificate file",
    "token": "API token",
    "calendar": "Calendar feed",
    "password": "Password",
    "email": "E-mail address",
    "two-factor": "Two-factor authentication",
    "account": "Account",
    "planned-item": "Planned item",
    "pathways-profile": "Pathways profile",
    "capture-draft": "Imported certificate",
}
ACTIONS = {
    "created": "added",
    "updated": "changed",
    "deleted": "deleted",
    "restored": "restored",
    "imported": "imported",
    "attached": "attached",
    "detached": "removed",
    "issued": "issued by an organisation",
    "corrected": "corrected by its issuer",
    "hidden": "hidden (no longer counted)",
    "shown": "counted again",
    "revoked": "revoked",
    "done": "marked done",
    "dropped": "dropped",
    "replanned": "back to planned",
    "saved": "saved",
    "confirmed": "added as an activity",
    "merged": "merged into an existing activity",
    "discarded": "discarded",
    "reopened": "back to review",
}
# The strongest organisation role first: an actor holding several is named by the strongest.
_ORG_ROLES = ("admin", "manager", "educator", "member")


@dataclass(frozen=True)
class Acting:
    """Who is acting and through what. `request` resolves the actor lazily (the API
    authenticates inside the view, after the middleware ran)."""

    channel: str = "command"
    actor: Any = None
    request: HttpRequest | None = None
    role: str = ""  # forced role (e.g. "system" for a job); "" = worked out per row

    def who(self) -> Any:
        if self.request is not None:
            auth = getattr(self.request, "auth", None)
            user = auth if getattr(auth, "is_authenticated", False) else self.request.user
            return user if getattr(user, "is_authenticated", False) else None
        return self.actor


_acting: ContextVar[Acting] = ContextVar("cetrack_acting", default=Acting())  # noqa: B039


def current() -> Acting:
    return _acting.get()


@contextlib.contextmanager
def acting(
    channel: str | None = None, *, actor: Any = None, role: str = "", keep_actor: bool = False
) -> Iterator[Acting]:
    """Changes made inside are recorded as made by `actor` (None: the system) through
    `channel` (unchanged when None). `keep_actor` keeps whoever is acting now."""
    now = _acting.get()
    if keep_actor:
        new = replace(now, channel=channel or now.channel, role=role or now.role)
    else:
        new = Acting(channel or now.channel, actor, None, role)
    token = _acting.set(new)
    try:
        yield new
    finally:
        _acting.reset(token)


def channel(name: str) -> contextlib.AbstractContextManager[Acting]:
    """The same actor, through another channel (e.g. `import` around a ledger import)."""
    return acting(name, keep_actor=True)


def _path_channel(path: str) -> str:
    if path.startswith("/api/"):
        return "api"
    if path.startswith("/admin/"):
        return "admin"
    return "web"


class AuditMiddleware:
    """After AuthenticationMiddleware: the request's changes are the signed-in user's."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        token = _acting.set(Acting(_path_channel(request.path), request=request))
        try:
            return self.get_response(request)
        finally:
            _acting.reset(token)


def role_of(actor: Any, owner: Any, organisation_id: int | None, state: Acting) -> str:
    """The actor's role for a change to `owner`'s data (or to an organisation)."""
    if state.role:
        return state.role
    if actor is None:
        return "system"
    if owner is not None and actor.pk == owner.pk and organisation_id is None:
        return "owner"
    from cetrack.orgs.models import Membership

    memberships = Membership.objects.filter(user=actor, left_at__isnull=True)
    if organisation_id is not None:
        memberships = memberships.filter(organisation_id=organisation_id)
    elif owner is not None:
        shared = Membership.objects.filter(user=owner, left_at__isnull=True)
        memberships = memberships.filter(organisation_id__in=shared.values("organisation_id"))
    held = set(memberships.values_list("role", flat=True))
    for role in _ORG_ROLES:
        if role in held:
            return role
    if getattr(actor, "is_staff", False):
        return "staff"
    return "owner" if owner is not None and actor.pk == owner.pk else "member"


def json_safe(value: Any) -> Any:
    return json.loads(json.dumps(value, default=str))


def record(
    owner: Any,
    object_type: str,
    object_id: int | None,
    action: str,
    snapshot: Mapping[str, Any] | None = None,
    *,
    summary: str = "",
    organisation: Any = None,
    actor: Any = ...,
    model: Any = None,
) -> Any:
    """Write one row of the trail. `owner` is the person whose data changed (None for a change
    to an organisation only); `actor` defaults to whoever is acting now."""
    from cetrack.records.models import Revision

    state = _acting.get()
    who = state.who() if actor is ... else actor
    if who is not None and not getattr(who, "is_authenticated", False):
        who = None
    org_id = getattr(organisation, "pk", organisation)
    return (model or Revision).objects.create(
        owner=owner,
        object_type=object_type[:40],
        object_id=object_id,
        action=action[:40],
        snapshot=json_safe(dict(snapshot or {})),
        summary=summary[:300],
        organisation_id=org_id,
        actor=who,
        actor_role=role_of(who, owner, org_id, state),
        channel=state.channel,
    )


def record_many(owner: Any, rows: Iterable[tuple[str, int | None, str, Mapping[str, Any]]]) -> int:
    """`record` for many changes to one owner's data at once (an import's thousands of rows).
    `rows` are (object type, object id, action, snapshot). Returns how many."""
    return save_many(prepare_many(owner, rows))


def prepare_many(
    owner: Any, rows: Iterable[tuple[str, int | None, str, Mapping[str, Any]]]
) -> list[Any]:
    """The unsaved Revision rows `record_many` writes: who, role and channel worked out once.
    Made ahead, they cost a transaction only their INSERTs (`save_many`)."""
    from cetrack.records.models import Revision

    state = _acting.get()
    who = state.who()
    if who is not None and not getattr(who, "is_authenticated", False):
        who = None
    role = role_of(who, owner, None, state)
    return [
        Revision(
            owner=owner,
            object_type=kind[:40],
            object_id=pk,
            action=action[:40],
            snapshot=json_safe(dict(snapshot)),
            actor=who,
            actor_role=role,
            channel=state.channel,
        )
        for kind, pk, action, snapshot in rows
    ]


def save_many(revisions: list[Any]) -> int:
    """Writes rows from `prepare_many`, a thousand per INSERT. Listeners of new Revision rows
    (the team view's snapshots, the page caches) hear of the last one."""
    from django.db.models.signals import post_save

    from cetrack.records.models import Revision

    Revision.objects.bulk_create(revisions, batch_size=1000)
    if revisions:
        last = revisions[-1]
        post_save.send(
            sender=Revision,
            instance=last,
            created=True,
            raw=False,
            using=last._state.db or "default",
            update_fields=None,
        )
    return len(revisions)


def describe(revision: Any) -> str:
    """A row in words: its summary, or 'Activity “Blood bank update” changed'."""
    if revision.summary:
        return str(revision.summary)
    what = OBJECTS.get(revision.object_type, revision.object_type.replace("-", " ").capitalize())
    label = revision.label
    done = ACTIONS.get(revision.action, revision.action.replace("-", " ").replace(".", " "))
    return f"{what} “{label}” {done}" if label else f"{what} {done}"
