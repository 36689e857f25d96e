"""Everything a person owns, as one ZIP with a manifest (the account export).

```
manifest.json      format "cetrack-account", version, cetrack's version, when, whose, counts,
                   and the size and SHA-256 of every other file
ledger.toml        the live credentials and activities, as a ledger (readable; the Import page
                   takes the whole ZIP like an audit packet)
certificates/…     the live certificate files of live activities, where ledger.toml points
files/<sha256>     every other file: removed certificates, those of deleted activities, uploads
records.json       every credential and activity row, deleted and hidden ones too, issued facts,
                   and each activity's certificate files (path, name, issued, removed when)
plan.json          planned items; pathways.json: the pathways profile
capture.json       uploaded batches and files (with what was read), drafts and decisions, presets
history.json       the audit trail of the person's records and account, oldest first
account.json       name, e-mail, reminder settings, memberships (for information)
```

`cetrack.accounts.data_import` reads it back into an empty account. The ZIP is written to a
temporary file one member at a time, so memory holds one certificate at most.
"""

from __future__ import annotations

import hashlib
import json
import tempfile
import zipfile
from collections.abc import Iterator
from datetime import datetime
from decimal import Decimal
from typing import IO, Any

from django.utils import timezone

from cetrack import __version__
from cetrack.core.ledger_writer import activity_table, credential_table, dump_ledger
from cetrack.records import evidence
from cetrack.records.bridge import core_activity, core_credential
from cetrack.records.exports import export_ledger, packet_files
from cetrack.records.models import Activity, Certificate, Credential, Revision

FORMAT = "cetrack-account"
VERSION = 1
MANIFEST = "manifest.json"
LEDGER = "ledger.toml"
FILES = "files/"
JSON_PARTS = ("records.json", "plan.json", "pathways.json", "capture.json", "history.json")


def iso(value: Any) -> Any:
    return value.isoformat() if value is not None and hasattr(value, "isoformat") else value


def ledger_json(table: dict[str, Any]) -> dict[str, Any]:
    """A ledger entry as JSON the ledger reader takes back: amounts as numbers (at most two
    decimals, so exact), dates as ISO text."""

    def value(v: Any) -> Any:
        if isinstance(v, Decimal):
            return int(v) if v == v.to_integral_value() else float(v)
        if isinstance(v, dict):
            return {k: value(x) for k, x in v.items()}
        if isinstance(v, list | tuple):
            return [value(x) for x in v]
        return iso(v)

    return {k: value(v) for k, v in table.items()}


class ZipWriter:
    """A ZIP in a temporary file with the SHA-256 and size of every member, for the manifest."""

    def __init__(self, stamp: datetime) -> None:
        self.file: IO[bytes] = tempfile.TemporaryFile()  # noqa: SIM115  (returned to the caller)
        self.archive = zipfile.ZipFile(self.file, "w", compression=zipfile.ZIP_DEFLATED)
        self.stamp = stamp.timetuple()[:6]
        self.listed: list[dict[str, Any]] = []
        self.paths: set[str] = set()

    def add(self, path: str, content: bytes) -> None:
        if path in self.paths:
            return
        info = zipfile.ZipInfo(path, date_time=self.stamp)
        info.compress_type = zipfile.ZIP_DEFLATED
        self.archive.writestr(info, content)
        self.paths.add(path)
        if path != MANIFEST:
            digest = hashlib.sha256(content).hexdigest()
            self.listed.append({"path": path, "sha256": digest, "size": len(content)})

    def add_json(self, path: str, value: Any) -> None:
        text = json.dumps(value, indent=1, ensure_ascii=False, default=str)
        self.add(path, text.encode("utf-8"))

    def finish(self, header: dict[str, Any]) -> IO[bytes]:
        self.add_json(MANIFEST, {**header, "files": self.listed})
        self.archive.close()
        self.file.seek(0)
        return self.file


class _Files:
    """Blobs written once each under files/<sha256>; missing ones are listed, not fatal."""

    def __init__(self, writer: ZipWriter) -> None:
        self.writer = writer
        self.missing: list[str] = []

    def add(self, blob: Any, path: str = "") -> str:
        path = path or FILES + blob.sha256
        if path in self.writer.paths:
            return path
        try:
            self.writer.add(path, evidence.read(blob))
        except OSError:
            self.missing.append(path)
        return path


def _certificate(row: Certificate, path: str) -> dict[str, Any]:
    return {
        "id": row.pk,
        "path": path,
        "name": row.original_name,
        "sha256": row.blob_id,
        "issued": row.issued,
        "created_at": iso(row.created_at),
        "deleted_at": iso(row.deleted_at),
    }


def _records(user: Any, files: _Files, live_paths: dict[int, str]) -> dict[str, Any]:
    credentials = [
        {
            "id": row.pk,
            "ledger": ledger_json(credential_table(core_credential(row))),
            "created_at": iso(row.created_at),
            "deleted_at": iso(row.deleted_at),
        }
        for row in Credential.objects.filter(owner=user).order_by("pk")
    ]
    certificates: dict[int, list[dict[str, Any]]] = {}
    rows = Certificate.objects.filter(owner=user).select_related("blob").order_by("pk")
    for cert in rows:
        path = live_paths.get(cert.pk) or files.add(cert.blob)
        certificates.setdefault(cert.activity_id, []).append(_certificate(cert, path))
    activities = [
        {
            "id": row.pk,
            "ledger": ledger_json(activity_table(core_activity(row))),
            "created_at": iso(row.created_at),
            "deleted_at": iso(row.deleted_at),
            "hidden_at": iso(row.hidden_at),
            "issued_by": row.issued_by,
            "issued_at": iso(row.issued_at),
            "verify_url": row.verify_url,
            "certificates": certificates.get(row.pk, []),
        }
        for row in Activity.objects.filter(owner=user).order_by("pk").iterator(chunk_size=500)
    ]
    return {"credentials": credentials, "activities": activities}


def _plan(user: Any) -> tuple[list[dict[str, Any]], dict[str, Any] | None]:
    from cetrack.planning.models import CareerProfile, PlannedItem

    items = [
        {
            "id": row.pk,
            "item_id": row.item_id,
            "title": row.title,
            "planned_for": iso(row.planned_for),
            "price": str(row.price) if row.price is not None else None,
            "via": row.via,
            "state": row.state,
            "activity": row.activity_id,
            "created_at": iso(row.created_at),
        }
        for row in PlannedItem.objects.filter(owner=user).order_by("pk")
    ]
    profile = CareerProfile.objects.filter(owner=user).first()
    pathways = (
        {"target": profile.target, "data": profile.data, "updated_at": iso(profile.updated_at)}
        if profile is not None
        else None
    )
    return items, pathways


def _capture(user: Any, files: _Files) -> dict[str, Any]:
    from cetrack.capture.models import Batch, ColumnPreset, Draft, UploadedFile

    uploads = []
    for row in UploadedFile.objects.filter(owner=user).select_related("blob").order_by("pk"):
        uploads.append(
            {
                "id": row.pk,
                "batch": row.batch_id,
                "name": row.original_name,
                "content_type": row.content_type,
                "status": row.status,
                "errors": row.errors,
                "text": row.text,
                "columns": row.columns,
                "path": files.add(row.blob) if row.blob is not None else None,
            }
        )
    fields = ("id", "file_id", "position", "where", "origin", "fields", "notes", "state")
    drafts = []
    for draft in Draft.objects.filter(owner=user).order_by("pk"):
        entry = {name: getattr(draft, name) for name in fields}
        entry.update(
            activity=draft.activity_id,
            merge_filled=draft.merge_filled,
            merge_certificate=draft.merge_certificate_id,
            decided_at=iso(draft.decided_at),
        )
        drafts.append(entry)
    return {
        "batches": [
            {"id": b.pk, "created_at": iso(b.created_at)}
            for b in Batch.objects.filter(owner=user).order_by("pk")
        ],
        "files": uploads,
        "drafts": drafts,
        "presets": [
            {"name": p.name, "mapping": p.mapping}
            for p in ColumnPreset.objects.filter(owner=user).order_by("name")
        ],
    }


def history(user: Any) -> Iterator[dict[str, Any]]:
    """The person's rows of the audit trail, oldest first, in words and as data."""
    rows = Revision.objects.filter(owner=user).select_related("actor").order_by("at", "pk")
    for row in rows.iterator(chunk_size=1000):
        yield {
            "at": iso(row.at),
            "what": row.what,
            "who": row.who,
            "actor_role": row.actor_role,
            "channel": row.channel,
            "object_type": row.object_type,
            "object_id": row.object_id,
            "action": row.action,
            "summary": row.summary,
            "snapshot": row.snapshot,
        }


def _account(user: Any) -> dict[str, Any]:
    from cetrack.orgs.models import Membership
    from cetrack.reminders.models import ReminderSettings

    reminders = ReminderSettings.objects.filter(user=user).first()
    settings_fields = (
        "enabled",
        "deadline",
        "lead_days",
        "declaration",
        "overdue_every_days",
        "competency",
        "drafts",
        "digest",
    )
    memberships = Membership.objects.filter(user=user).select_related("organisation", "site")
    return {
        "email": user.email,
        "name": user.name,
        "date_joined": iso(user.date_joined),
        "reminders": (
            {name: getattr(reminders, name) for name in settings_fields} if reminders else None
        ),
        "memberships": [
            {
                "organisation": m.organisation.name,
                "role": m.role_label,
                "site": m.site.name if m.site else None,
                "joined_at": iso(m.joined_at),
                "left_at": iso(m.left_at),
                "sharing_since": iso(m.consent_at),
            }
            for m in memberships.order_by("joined_at", "pk")
        ],
    }


def account_export(user: Any) -> tuple[IO[bytes], dict[str, Any]]:
    """The account export as an open temporary file (at its start) and its manifest header."""
    now = timezone.now()
    writer = ZipWriter(timezone.localtime(now))
    files = _Files(writer)
    live = packet_files(user)
    for item in live:
        files.add(item.certificate.blob, item.path)
    present = [item for item in live if item.path not in files.missing]
    writer.add(LEDGER, dump_ledger(export_ledger(user, present)).encode("utf-8"))
    records = _records(user, files, {item.certificate.pk: item.path for item in present})
    writer.add_json("records.json", records)
    items, pathways = _plan(user)
    writer.add_json("plan.json", items)
    writer.add_json("pathways.json", pathways)
    capture = _capture(user, files)
    writer.add_json("capture.json", capture)
    writer.add_json("history.json", list(history(user)))
    writer.add_json("account.json", _account(user))
    header = {
        "format": FORMAT,
        "version": VERSION,
        "generator": f"cetrack {__version__}",
        "exported_at": now.isoformat(timespec="seconds"),
        "person": {"name": user.name, "email": user.email},
        "counts": {
            "credentials": len(records["credentials"]),
            "activities": len(records["activities"]),
            "certificate_files": sum(len(a["certificates"]) for a in records["activities"]),
            "planned_items": len(items),
            "uploads": len(capture["files"]),
            "drafts": len(capture["drafts"]),
        },
        **({"missing_files": files.missing} if files.missing else {}),
    }
    return writer.finish(header), header


def export_filename(user: Any) -> str:
    local = "".join(ch if ch.isalnum() else "-" for ch in user.email.split("@")[0])[:40]
    return f"cetrack-account-{local or 'export'}-{timezone.localdate():%Y-%m-%d}.zip"
