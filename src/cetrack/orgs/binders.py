"""Inspection binders built in the background, on the project's job queue (cetrack.jobs).

A manager asks for a site's binder (`request_binder`): a BinderExport row, and a job keyed by
it ("orgs.binder:<id>", see cetrack.orgs.jobs) sent to a worker once the transaction commits.
The worker builds the ZIP (`exports.site_binder`, which logs the read for every member in it)
under DATA_DIR/binders/ and marks the row ready, or failed with a message. Running a job twice
(a worker killed mid-build, the sweeper's retry) builds the same binder again, nothing more. A
build still unfinished after STALE is shown as interrupted, and the manager asks again. With
settings.BINDER_INLINE (the tests) the build runs in the request. The last KEEP ready binders of
a site are kept; older files are deleted.
"""

from __future__ import annotations

import hashlib
import logging
from datetime import timedelta
from pathlib import Path
from typing import Any

from django.conf import settings
from django.utils import timezone

from cetrack.orgs import exports
from cetrack.orgs.matrix import team_matrix
from cetrack.orgs.models import BinderExport, Organisation, Site

log = logging.getLogger(__name__)

STALE = timedelta(minutes=30)
KEEP = 3


def folder() -> Path:
    return Path(settings.DATA_DIR) / "binders"


def path_of(row: BinderExport) -> Path:
    return folder() / f"{row.pk}.zip"


def request_binder(viewer: Any, org: Organisation, site: Site) -> BinderExport:
    """Queue a binder of `site`; built now (BINDER_INLINE) or by a thread after the commit."""
    from cetrack.jobs.queue import enqueue

    row = BinderExport.objects.create(organisation=org, site=site, requested_by=viewer)
    if getattr(settings, "BINDER_INLINE", False):
        build(row.pk)
        row.refresh_from_db()
        return row
    enqueue("orgs.binder", str(row.pk), binder_pk=row.pk)
    return row


def build(pk: int) -> str:
    """Build one binder (again, if a worker died building it); it ends ready or failed,
    whatever happens inside. Returns its status."""
    pending = (BinderExport.Status.QUEUED, BinderExport.Status.BUILDING)
    claimed = BinderExport.objects.filter(pk=pk, status__in=pending).update(
        status=BinderExport.Status.BUILDING, claimed_at=timezone.now()
    )
    if not claimed:
        return "skipped"
    row = BinderExport.objects.select_related("organisation", "site", "requested_by").get(pk=pk)
    try:
        content, members = _content(row)
        target = path_of(row)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(content)
    except Exception:
        log.exception("orgs: building binder %s failed", pk)
        _finish(row, BinderExport.Status.FAILED, error="The binder could not be built (logged).")
        return BinderExport.Status.FAILED
    today = timezone.localdate()
    _finish(
        row,
        BinderExport.Status.READY,
        members=members,
        size=len(content),
        sha256=hashlib.sha256(content).hexdigest(),
        filename=exports.binder_filename(row.site, today),
    )
    _prune(row.site)
    return BinderExport.Status.READY


def _content(row: BinderExport) -> tuple[bytes, int]:
    from cetrack.accounts.models import User

    matrix = team_matrix(row.organisation_id)
    ids = [r.user_id for r in exports.site_rows(matrix, row.site)]
    users = {u.pk: u for u in User.objects.filter(pk__in=ids)}
    return exports.site_binder(row.requested_by, row.organisation, row.site, matrix, users), len(
        ids
    )


def _finish(row: BinderExport, status: str, **fields: Any) -> None:
    BinderExport.objects.filter(pk=row.pk).update(
        status=status, finished_at=timezone.now(), **fields
    )


def _prune(site: Site) -> None:
    ready = BinderExport.objects.filter(site=site, status=BinderExport.Status.READY)
    for old in ready.order_by("-created_at", "-id")[KEEP:]:
        path_of(old).unlink(missing_ok=True)
        old.delete()


def is_stale(row: BinderExport) -> bool:
    """A build claimed long ago and never finished: its process stopped."""
    started = row.claimed_at or row.created_at
    return row.status in (BinderExport.Status.QUEUED, BinderExport.Status.BUILDING) and (
        timezone.now() - started > STALE
    )


def read(row: BinderExport) -> bytes | None:
    """The ZIP of a ready binder (None when its file is gone)."""
    try:
        return path_of(row).read_bytes()
    except OSError:
        return None
