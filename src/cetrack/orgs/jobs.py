"""The organisation app's background jobs (found by cetrack.jobs' autodiscovery)."""

from __future__ import annotations

from cetrack.jobs.queue import job
from cetrack.orgs import binders


@job("orgs.binder")
def build_binder_job(binder_pk: int) -> dict[str, str]:
    """Build a site's inspection binder (safe to run twice: see cetrack.orgs.binders)."""
    return {"status": binders.build(binder_pk)}
