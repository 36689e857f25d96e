"""An account export (cetrack.accounts.data_export) read back into an empty account.

All or nothing: the ZIP is checked in full first — every file against the manifest (present,
same size and SHA-256, nothing added), the JSON parts readable — and refused with the reasons
before anything is written. Then every credential and activity goes through the core's ledger
reader as a typed-in one would, certificates through the upload checks. The records are written
as the ledger import writes them (cetrack.records.staging): staged rows of an import batch,
a few hundred per short transaction, so other people's saves go on meanwhile (on SQLite one
writer writes at a time); then one short transaction brings the batch in with the plan,
pathways profile, uploads, drafts and history. Any problem, at any step, removes the staged
rows: nobody ever sees part of an import. Problems come back as data.

The account must be empty (no records, plan, uploads or profile): the import moves a person's
data to a new place, it does not merge. History comes along as it was (who, when, from where),
and one more row says it was imported.
"""

from __future__ import annotations

import hashlib
import json
import posixpath
import zipfile
import zlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal, InvalidOperation
from typing import IO, Any

from django.conf import settings
from django.db import DatabaseError, transaction
from django.utils.dateparse import parse_date, parse_datetime

from cetrack.accounts.data_export import FORMAT, JSON_PARTS, MANIFEST, VERSION
from cetrack.core import ledger as core
from cetrack.core.capture.sniff import sniff
from cetrack.core.rules.library import default_library
from cetrack.limits import over_ceiling
from cetrack.records import audit, evidence, staging
from cetrack.records.bridge import activity_columns, credential_columns, too_long
from cetrack.records.models import Activity, Certificate, Credential, ImportBatch, Revision

MAX_ENTRIES = 100_000
OTHER_IMPORTS = "to add a ledger or an audit packet, use Import on the Export & import page"


@dataclass
class ImportReport:
    problems: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.problems


class Refused(Exception):
    """Stops the load; the transaction rolls back and the message is reported."""


def _when(text: Any) -> datetime | None:
    return parse_datetime(text) if isinstance(text, str) and text else None


def _deleted(row: dict[str, Any]) -> dict[str, Any]:
    """A record deleted in the export stays deleted (at its own time) when the batch comes in."""
    when = _when(row.get("deleted_at"))
    return {"deleted_at": when} if when is not None else {}


def import_account(user: Any, stream: IO[bytes] | bytes) -> ImportReport:
    """Read an account export into `user`'s (empty) account."""
    import io

    source = io.BytesIO(stream) if isinstance(stream, bytes | bytearray) else stream
    try:
        with zipfile.ZipFile(source) as archive:
            return _import(user, archive)
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError) as error:
        return ImportReport([f"not a readable ZIP file ({error}); {OTHER_IMPORTS}"])
    except (NotImplementedError, RuntimeError) as error:  # encrypted, unknown compression
        return ImportReport([f"the ZIP cannot be read ({error})"])


def _import(user: Any, archive: zipfile.ZipFile) -> ImportReport:
    entries = {info.filename: info for info in archive.infolist() if not info.is_dir()}
    problems = _check_entries(entries)
    if problems:
        return ImportReport(problems)
    manifest = _manifest(archive, entries)
    if isinstance(manifest, str):
        return ImportReport([manifest])
    problems = _verify(archive, entries, manifest)
    parts: dict[str, Any] = {}
    for name in JSON_PARTS:
        try:
            parts[name] = json.loads(archive.read(entries[name]).decode("utf-8"))
        except KeyError:
            problems.append(f"{name} is missing from the export")
        except (UnicodeDecodeError, ValueError) as error:
            problems.append(f"{name} cannot be read: {error}")
    problems += _not_empty(user)
    if problems:
        return ImportReport(problems)
    loader = _Loader(user, lambda path: archive.read(entries[path]))
    try:
        loader.prepare(parts)  # every record validated before anything is written
        loader.stage(parts)  # records in short transactions, out of sight
        with transaction.atomic(), audit.channel("import"):
            loader.finish(parts, manifest)  # the batch in, and the rest, at once
    except Refused as refused:
        loader.discard()
        return ImportReport([str(refused)])
    except BaseException:
        loader.discard()
        raise
    return ImportReport([], loader.counts)


def _check_entries(entries: dict[str, zipfile.ZipInfo]) -> list[str]:
    if len(entries) > MAX_ENTRIES:
        return [f"the ZIP holds {len(entries)} files; an account export may hold {MAX_ENTRIES}"]
    problems = []
    total = 0
    for name, info in entries.items():
        path = name.replace("\\", "/")
        if path.startswith("/") or ".." in path.split("/") or "\x00" in path:
            problems.append(f"'{name[:200]}': a path that climbs out of the export is refused")
        if info.flag_bits & 0x1:
            problems.append(f"'{name}' is encrypted; cannot read it")
        total += info.file_size
    limit = 2 * settings.MAX_REQUEST_BYTES
    if total > limit:
        problems.append(
            f"the ZIP unpacks to {total // 1048576} MB; at most {limit // 1048576} MB is allowed"
        )
    return problems


def _manifest(
    archive: zipfile.ZipFile, entries: dict[str, zipfile.ZipInfo]
) -> dict[str, Any] | str:
    not_ours = f"this is not a cetrack account export (no {MANIFEST} of format '{FORMAT}'); "
    if MANIFEST not in entries:
        return not_ours + OTHER_IMPORTS
    try:
        manifest = json.loads(archive.read(entries[MANIFEST]).decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as error:
        return f"{MANIFEST} cannot be read: {error}"
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        return not_ours + OTHER_IMPORTS
    version = manifest.get("version")
    if not isinstance(version, int) or version > VERSION:
        return f"this export was made by a newer cetrack (format version {version}); this one reads version {VERSION}"
    if not isinstance(manifest.get("files"), list):
        return f"{MANIFEST} lists no files"
    return manifest


def _verify(
    archive: zipfile.ZipFile, entries: dict[str, zipfile.ZipInfo], manifest: dict[str, Any]
) -> list[str]:
    """Every listed file present with its size and SHA-256; no file the manifest leaves out."""
    problems = []
    listed: set[str] = set()
    changed = f"does not match {MANIFEST}: the export was changed or damaged"
    for item in manifest["files"]:
        path = item.get("path") if isinstance(item, dict) else None
        if not isinstance(path, str):
            problems.append(f"{MANIFEST} has an entry without a path")
            continue
        listed.add(path)
        info = entries.get(path)
        if info is None:
            problems.append(f"'{path}' is listed in {MANIFEST} but missing from the ZIP")
            continue
        digest = hashlib.sha256()
        with archive.open(info) as handle:
            for chunk in iter(lambda: handle.read(1 << 20), b""):
                digest.update(chunk)
        if info.file_size != item.get("size") or digest.hexdigest() != item.get("sha256"):
            problems.append(f"'{path}' {changed}")
    extra = sorted(set(entries) - listed - {MANIFEST})
    problems += [f"'{path}' is not listed in {MANIFEST}" for path in extra[:20]]
    return problems


def _not_empty(user: Any) -> list[str]:
    from cetrack.capture.models import UploadedFile
    from cetrack.planning.models import CareerProfile, PlannedItem

    held = {
        "credentials": Credential.objects.filter(owner=user).count(),
        "activities": Activity.objects.filter(owner=user).count(),
        "planned items": PlannedItem.objects.filter(owner=user).count(),
        "uploaded files": UploadedFile.objects.filter(owner=user).count(),
        "pathways profiles": CareerProfile.objects.filter(owner=user).count(),
    }
    found = ", ".join(f"{n} {what}" for what, n in held.items() if n)
    if not found:
        return []
    return [
        f"your account already holds records ({found}, counting deleted ones); an account export "
        f"is imported into an empty account — sign up afresh for it, or {OTHER_IMPORTS}"
    ]


def _rows(value: Any, part: str) -> list[dict[str, Any]]:
    if not isinstance(value, list) or not all(isinstance(r, dict) for r in value):
        raise Refused(f"{part}: expected a list of entries")
    return value


class _Loader:
    """Writes the parts, mapping the export's row ids to the new rows' ids."""

    def __init__(self, user: Any, read: Callable[[str], bytes]) -> None:
        self.user = user
        self.read = read
        self.ids: dict[str, dict[int, int]] = {}
        self.counts: dict[str, int] = {}
        self.blobs: dict[str, Any] = {}
        self.credentials: list[tuple[dict[str, Any], dict[str, Any]]] = []
        self.activities: list[tuple[dict[str, Any], dict[str, Any]]] = []
        self.batch: ImportBatch | None = None

    def _each(
        self,
        part: str,
        what: str,
        rows: Iterable[dict[str, Any]],
        load: Callable[[dict[str, Any]], None],
    ) -> None:
        for number, row in enumerate(rows, 1):
            try:
                load(row)
            except (
                KeyError,
                TypeError,
                ValueError,
                AttributeError,
                InvalidOperation,
                DatabaseError,
            ) as error:
                raise Refused(f"{part}: {what} #{number} cannot be read ({error!r})") from None

    def prepare(self, parts: dict[str, Any]) -> None:
        """Every credential and activity through the core's ledger reader (no writes)."""
        records = parts["records.json"]
        if not isinstance(records, dict):
            raise Refused("records.json: expected an object with credentials and activities")
        activities = _rows(records.get("activities", []), "records.json")
        live = sum(1 for a in activities if not a.get("deleted_at"))
        if full := over_ceiling(0, live):
            raise Refused(full)
        credentials = _rows(records.get("credentials", []), "records.json")
        self._each("records.json", "credential", credentials, self._read_credential)
        self._each("records.json", "activity", activities, self._read_activity)

    def stage(self, parts: dict[str, Any]) -> None:
        """The files stored, then credentials, activities and certificates written as staged
        rows of an import batch (cetrack.records.staging), a few hundred per transaction."""
        self._each("records.json", "activity", [r for r, _ in self.activities], self._files)
        capture = parts["capture.json"]
        if isinstance(capture, dict):  # an upload's file is stored before the last transaction
            self._each(
                "capture.json",
                "file",
                _rows(capture.get("files", []), "capture.json"),
                self._upload_file,
            )
        self.batch = staging.begin(self.user, "account export")
        marks = staging.hidden(self.batch)

        def made(model: Any, row: dict[str, Any], columns: dict[str, Any]) -> Any:
            return model(**{**marks, **columns, **_deleted(row)})

        credentials = [made(Credential, row, columns) for row, columns in self.credentials]
        for (row, _), saved in zip(
            self.credentials, staging.stage(Credential, credentials), strict=True
        ):
            self._map("credential", row["id"], saved.pk)
        activities = [made(Activity, row, columns) for row, columns in self.activities]
        for (row, _), saved in zip(
            self.activities, staging.stage(Activity, activities), strict=True
        ):
            self._map("activity", row["id"], saved.pk)
        certificates: list[tuple[Any, Certificate]] = []
        self._each(
            "records.json",
            "activity",
            [r for r, _ in self.activities],
            lambda row: certificates.extend(self._certificates(row, marks)),
        )
        rows = staging.stage(Certificate, [c for _, c in certificates])
        for (old, _), saved in zip(certificates, rows, strict=True):
            self._map("certificate", old, saved.pk)

    def discard(self) -> None:
        if self.batch is not None:
            staging.discard(self.batch)
            self.batch = None

    def finish(self, parts: dict[str, Any], manifest: dict[str, Any]) -> None:
        """One transaction: the account still empty, the batch in, the rest written."""
        if problems := _not_empty(self.user):  # something was saved while the import ran
            raise Refused(problems[0])
        assert self.batch is not None
        staging.bring_in(self.batch)
        ImportBatch.objects.filter(pk=self.batch.pk).delete()
        self._each(
            "plan.json", "planned item", _rows(parts["plan.json"], "plan.json"), self._planned
        )
        self._pathways(parts["pathways.json"])
        self._capture(parts["capture.json"])
        history: list[Revision] = []
        self._each(
            "history.json",
            "change",
            _rows(parts["history.json"], "history.json"),
            lambda row: history.append(self._change(row)),
        )
        Revision.objects.bulk_create(history, batch_size=1000)
        self.counts["change"] = len(history)
        self._summary(manifest)

    # -- records ------------------------------------------------------------------------------

    def _map(self, kind: str, old: Any, new: int) -> None:
        self.ids.setdefault(kind, {})[int(old)] = new
        self.counts[kind] = self.counts.get(kind, 0) + 1

    def _mapped(self, kind: str, old: Any) -> int | None:
        return self.ids.get(kind, {}).get(int(old)) if old is not None else None

    def _located(self, what: str, entry: dict[str, Any], found: Iterable[Any]) -> Refused:
        """A refusal naming the entry and each problem (core Problems or (key, message))."""
        pairs = [p if isinstance(p, tuple) else (p.key, p.message) for p in found]
        messages = "; ".join(f"{key}: {message}" if key else message for key, message in pairs)
        return Refused(f"records.json: {what} '{entry.get('id', '?')}': {messages}")

    def _required(self, kind: str, old: Any) -> int:
        found = self._mapped(kind, old)
        if found is None:
            raise ValueError(f"refers to {kind} {old}, which is not in the export")
        return found

    def _read_credential(self, row: dict[str, Any]) -> None:
        int(row["id"])  # mapped to the new row's id once written
        entry = row["ledger"]
        parsed, found = core.read_credential(entry, default_library().check_credential)
        if parsed is None:
            raise self._located("credential", entry, found)
        columns = credential_columns(parsed)
        if long := too_long(Credential, columns):
            raise self._located("credential", entry, long)
        self.credentials.append((row, columns))

    def _read_activity(self, row: dict[str, Any]) -> None:
        int(row["id"])
        entry = row["ledger"]
        parsed, found = core.read_activity(entry)
        if parsed is None:
            raise self._located("activity", entry, found)
        columns = activity_columns(parsed)
        if long := too_long(Activity, columns):
            raise self._located("activity", entry, long)
        columns.update(
            hidden_at=_when(row.get("hidden_at")),
            issued_by=str(row.get("issued_by") or "")[:200],
            issued_at=_when(row.get("issued_at")),
            verify_url=str(row.get("verify_url") or "")[:300],
        )
        self.activities.append((row, columns))

    def _files(self, row: dict[str, Any]) -> None:
        """Each certificate file of an activity checked and stored (before any row)."""
        for cert in row.get("certificates", []):
            self._blob(cert["path"], str(cert["name"]), certificate=True)

    def _certificates(
        self, row: dict[str, Any], marks: dict[str, Any]
    ) -> list[tuple[Any, Certificate]]:
        """(the export's id, the staged row) of each of an activity's certificate files."""
        activity_id = self._required("activity", row["id"])
        made = []
        for cert in row.get("certificates", []):
            certificate = Certificate(
                **{**marks, **_deleted(cert)},
                activity_id=activity_id,
                blob=self._blob(cert["path"], str(cert["name"]), certificate=True),
                original_name=evidence.safe_name(str(cert["name"])),
                issued=bool(cert.get("issued")),
            )
            made.append((cert["id"], certificate))
        return made

    def _blob(self, path: str, name: str, *, certificate: bool) -> Any:
        if path in self.blobs:
            return self.blobs[path]
        content = self.read(posixpath.normpath(path))
        if certificate:
            checked = evidence.check_upload(name, content)
            if isinstance(checked, evidence.UploadProblem):
                raise Refused(f"'{path}': {checked.message}")
            content_type = checked
        else:
            if (refused := evidence.too_large(name, len(content))) is not None:
                raise Refused(f"'{path}': {refused.message}")
            content_type = sniff(content) or "application/octet-stream"
        self.blobs[path] = evidence.store(content, content_type)
        return self.blobs[path]

    # -- plan, pathways, capture --------------------------------------------------------------

    def _planned(self, row: dict[str, Any]) -> None:
        from cetrack.planning.models import PlannedItem

        price = row.get("price")
        saved = PlannedItem.objects.create(
            owner=self.user,
            item_id=str(row["item_id"]),
            title=str(row["title"]),
            planned_for=parse_date(row["planned_for"]) if row.get("planned_for") else None,
            price=Decimal(str(price)) if price is not None else None,
            via=str(row.get("via") or ""),
            state=str(row.get("state") or PlannedItem.State.PLANNED),
            activity_id=self._mapped("activity", row.get("activity")),
        )
        self._map("planned-item", row["id"], saved.pk)

    def _pathways(self, value: Any) -> None:
        from cetrack.planning.models import CareerProfile

        if value is None:
            return
        if not isinstance(value, dict) or not isinstance(value.get("data", {}), dict):
            raise Refused("pathways.json: expected an object with target and data")
        saved = CareerProfile.objects.create(
            owner=self.user, target=str(value.get("target") or ""), data=value.get("data") or {}
        )
        self.ids["pathways-profile"] = {0: saved.pk}
        self.counts["pathways-profile"] = 1

    def _capture(self, value: Any) -> None:
        from cetrack.capture.models import Batch, ColumnPreset

        if not isinstance(value, dict):
            raise Refused("capture.json: expected an object")

        def batch(row: dict[str, Any]) -> None:
            self._map("batch", row["id"], Batch.objects.create(owner=self.user).pk)

        def preset(row: dict[str, Any]) -> None:
            ColumnPreset.objects.create(
                owner=self.user, name=str(row["name"])[:100], mapping=str(row["mapping"])
            )

        self._each("capture.json", "batch", _rows(value.get("batches", []), "capture.json"), batch)
        self._each(
            "capture.json", "file", _rows(value.get("files", []), "capture.json"), self._upload
        )
        self._each(
            "capture.json", "draft", _rows(value.get("drafts", []), "capture.json"), self._draft
        )
        self._each(
            "capture.json", "preset", _rows(value.get("presets", []), "capture.json"), preset
        )

    def _upload_file(self, row: dict[str, Any]) -> None:
        if row.get("path"):
            self._blob(row["path"], evidence.safe_name(str(row["name"])), certificate=False)

    def _upload(self, row: dict[str, Any]) -> None:
        from cetrack.capture.models import UploadedFile

        name = evidence.safe_name(str(row["name"]))
        path = row.get("path")
        saved = UploadedFile.objects.create(
            owner=self.user,
            batch_id=self._required("batch", row["batch"]),
            blob=self._blob(path, name, certificate=False) if path else None,
            original_name=name,
            content_type=str(row.get("content_type") or ""),
            status=str(row["status"]),
            errors=row.get("errors") or [],
            text=str(row.get("text") or ""),
            columns=str(row.get("columns") or ""),
        )
        self._map("upload", row["id"], saved.pk)

    def _draft(self, row: dict[str, Any]) -> None:
        from cetrack.capture.models import Draft

        saved = Draft.objects.create(
            owner=self.user,
            file_id=self._required("upload", row["file_id"]),
            position=int(row["position"]),
            where=str(row.get("where") or ""),
            origin=str(row["origin"]),
            fields=row.get("fields") or {},
            notes=row.get("notes") or [],
            state=str(row["state"]),
            activity_id=self._mapped("activity", row.get("activity")),
            merge_filled=row.get("merge_filled") or {},
            merge_certificate_id=self._mapped("certificate", row.get("merge_certificate")),
            decided_at=_when(row.get("decided_at")),
        )
        self._map("capture-draft", row["id"], saved.pk)

    # -- history ------------------------------------------------------------------------------

    def _change(self, row: dict[str, Any]) -> Revision:
        kind = str(row["object_type"])
        if kind == "pathways-profile":
            object_id = self.ids.get(kind, {}).get(0)
        elif kind in ("calendar", "password", "email", "account"):
            object_id = self.user.pk
        else:
            object_id = self._mapped(kind, row.get("object_id")) if kind in self.ids else None
        given = row.get("snapshot")
        snapshot: dict[str, Any] = given if isinstance(given, dict) else {}
        role = str(row.get("actor_role") or "")
        if role not in ("owner", "system", ""):
            snapshot = {**snapshot, "_by": str(row.get("who") or "")}  # their account is elsewhere
        at = _when(row["at"])
        if at is None:
            raise ValueError("no time of the change")
        return Revision(
            owner=self.user,
            object_type=kind[:40],
            object_id=object_id,
            action=str(row["action"])[:40],
            snapshot=snapshot,
            summary=str(row.get("summary") or "")[:300],
            at=at,
            actor=self.user if role == "owner" else None,
            actor_role=role[:20],
            channel=str(row.get("channel") or "")[:20],
        )

    def _summary(self, manifest: dict[str, Any]) -> None:
        exported = str(manifest.get("exported_at") or "")[:10]
        n = self.counts
        summary = (
            f"Imported an account export of {exported}: {n.get('credential', 0)} credentials, "
            f"{n.get('activity', 0)} activities, {n.get('certificate', 0)} certificate files, "
            f"{n.get('planned-item', 0)} planned items, {n.get('upload', 0)} uploads, "
            f"{n.get('change', 0)} changes of history"
        )
        audit.record(
            self.user,
            "account",
            self.user.pk,
            "imported",
            {"exported_at": exported},
            summary=summary,
        )
