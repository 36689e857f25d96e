"""Certificate files: checked by content, stored once under their SHA-256, read back by hash.

Files live in settings.EVIDENCE_DIR as `ab/abcdef…` (the first two hex digits as a folder).
Writing is atomic (a temporary file renamed into place), so a crash never leaves half a file
under a hash, and storing the same bytes twice costs nothing.
"""

from __future__ import annotations

import hashlib
import io
import os
import tempfile
import warnings
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from PIL import Image

from cetrack.records.models import Blob

ACCEPTED = "PDF, PNG or JPEG"
# An image larger than this many pixels is refused rather than decoded (decompression bombs).
MAX_PIXELS = 60_000_000


@dataclass(frozen=True)
class UploadProblem:
    message: str


def sniff(content: bytes) -> str | None:
    """The content type of a certificate file judged by its bytes, or None when not accepted."""
    if content.startswith(b"%PDF-"):
        return "application/pdf"
    if content.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if content.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    return None


def _image_ok(content: bytes) -> bool:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(content)) as image:
                if image.width * image.height > MAX_PIXELS:
                    return False
                image.verify()
    except Exception:  # Pillow raises many types for broken images; any of them means refuse.
        return False
    return True


def check_upload(name: str, content: bytes) -> str | UploadProblem:
    """The content type when the file is an acceptable certificate, else the reason it is not."""
    limit = settings.MAX_UPLOAD_BYTES
    if len(content) > limit:
        return UploadProblem(
            f"'{name}' is {len(content) / 1048576:.1f} MB; the limit is {limit // 1048576} MB"
        )
    if not content:
        return UploadProblem(f"'{name}' is empty")
    content_type = sniff(content)
    if content_type is None:
        return UploadProblem(
            f"'{name}' is not a {ACCEPTED} file (judged by its content, not its name)"
        )
    if content_type.startswith("image/") and not _image_ok(content):
        return UploadProblem(f"'{name}' is not a readable {content_type[6:].upper()} image")
    return content_type


def blob_path(sha256: str) -> Path:
    return Path(settings.EVIDENCE_DIR) / sha256[:2] / sha256


def store(content: bytes, content_type: str) -> Blob:
    digest = hashlib.sha256(content).hexdigest()
    path = blob_path(digest)
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".upload-")
        try:
            with os.fdopen(handle, "wb") as stream:
                stream.write(content)
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    blob, _ = Blob.objects.get_or_create(
        sha256=digest, defaults={"size": len(content), "content_type": content_type}
    )
    return blob


def read(blob: Blob) -> bytes:
    return blob_path(blob.sha256).read_bytes()


def safe_name(name: str) -> str:
    """The base name of an uploaded file, without folders or control characters."""
    base = name.replace("\\", "/").rsplit("/", 1)[-1]
    cleaned = "".join(ch for ch in base if ch.isprintable() and ch not in '<>:"|?*').strip(" .")
    return cleaned[:200] or "certificate"
