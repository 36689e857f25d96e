"""Certificate files: checked by content, stored once under their SHA-256, read back by hash.

Files are named `ab/abcdef…` (the first two hex digits as a folder) in the `evidence` storage:
settings.EVIDENCE_DIR on the local disk by default, or an S3-compatible bucket when
CETRACK_S3_BUCKET is set (django-storages; docs/operations.md#certificate-files-on-s3). On disk
writing is atomic (a temporary file renamed into place), so a crash never leaves half a file
under a hash; an S3 PUT is atomic by itself. Storing the same bytes twice costs nothing.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import Storage, storages

from cetrack.core.capture.draft import Limits
from cetrack.core.capture.ocr import check_image
from cetrack.core.capture.reader import CERTIFICATE_TYPES
from cetrack.core.capture.sniff import sniff
from cetrack.limits import limit_text, size_text
from cetrack.records.models import Blob

ACCEPTED = "PDF, PNG or JPEG"


@dataclass(frozen=True)
class UploadProblem:
    message: str


def limits() -> Limits:
    """The one set of limits for every uploaded file: a certificate attached to an activity (web
    form or API) and a file read by capture are refused for the same reasons."""
    return Limits(max_bytes=settings.MAX_UPLOAD_BYTES)


def too_large(name: str, size: int) -> UploadProblem | None:
    """The refusal for a file of `size` bytes over the limit, giving its real size."""
    limit = limits().max_bytes
    if size <= limit:
        return None
    return UploadProblem(f"'{name}' is {size_text(size)}, over the {limit_text(limit)} limit")


def check_upload(name: str, content: bytes, size: int | None = None) -> str | UploadProblem:
    """The content type when the file is an acceptable certificate, else the reason it is not.

    `size` is the upload's real size when `content` holds only its first bytes (the views read
    at most one byte past the limit).

    The type is capture's own decision (`core.capture.sniff`), so a file capture reads as a
    certificate is never refused when it is attached: a PDF a mailer prefixed with a byte-order
    mark is a PDF to both. Images get capture's size, pixel and damage checks, unread.
    """
    bounds = limits()
    refused = too_large(name, max(size or 0, len(content)))
    if refused is not None:
        return refused
    if not content:
        return UploadProblem(f"'{name}' is empty")
    content_type = sniff(content)
    if content_type is None or content_type not in CERTIFICATE_TYPES:
        return UploadProblem(
            f"'{name}' is not a {ACCEPTED} file (judged by its content, not its name)"
        )
    if content_type.startswith("image/"):
        problem = check_image(content, bounds)
        if problem is not None:
            reason = problem.message[:1].lower() + problem.message[1:]
            if problem.code == "too-large":
                return UploadProblem(f"'{name}' is refused: {reason}")
            detail = f": {reason}" if problem.code == "corrupt" else ""
            return UploadProblem(
                f"'{name}' is not a readable {content_type[6:].upper()} image{detail}"
            )
    return content_type


def storage() -> Storage | None:
    """The `evidence` storage when files are kept elsewhere than the local disk (S3), else
    None: then they are in settings.EVIDENCE_DIR (read at each call, as tests change it)."""
    if "evidence" not in settings.STORAGES:
        return None
    return storages["evidence"]


def name_of(sha256: str) -> str:
    return f"{sha256[:2]}/{sha256}"


def blob_path(sha256: str) -> Path:
    """Where a file is on the local disk (only meaningful without S3)."""
    return Path(settings.EVIDENCE_DIR) / sha256[:2] / sha256


def store(content: bytes, content_type: str) -> Blob:
    digest = hashlib.sha256(content).hexdigest()
    remote = storage()
    if remote is not None:
        if not remote.exists(name_of(digest)):
            remote.save(name_of(digest), ContentFile(content))
    else:
        _write_local(blob_path(digest), content)
    blob, _ = Blob.objects.get_or_create(
        sha256=digest, defaults={"size": len(content), "content_type": content_type}
    )
    return blob


def _write_local(path: Path, content: bytes) -> None:
    if path.exists():
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".upload-")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(content)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def open_file(blob: Blob) -> IO[bytes]:
    """The file for reading (a FileResponse streams it)."""
    remote = storage()
    if remote is not None:
        return remote.open(name_of(blob.sha256), "rb")
    return blob_path(blob.sha256).open("rb")


def read(blob: Blob) -> bytes:
    with open_file(blob) as stream:
        return stream.read()


def delete(sha256: str) -> None:
    """Removes a file no row names any more (missing already: nothing to do)."""
    remote = storage()
    if remote is not None:
        remote.delete(name_of(sha256))
    else:
        blob_path(sha256).unlink(missing_ok=True)


def safe_name(name: str) -> str:
    """The base name of an uploaded file, without folders or control characters."""
    base = name.replace("\\", "/").rsplit("/", 1)[-1]
    cleaned = "".join(ch for ch in base if ch.isprintable() and ch not in '<>:"|?*').strip(" .")
    return cleaned[:200] or "certificate"
