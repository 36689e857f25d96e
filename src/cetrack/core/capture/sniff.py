"""What a file is, from its first bytes: never from its name.

`sniff` looks at the first few KB only (and, for a ZIP, its central directory), so it is cheap
enough to run on every upload before any reader touches the file.
"""

from __future__ import annotations

import io
import re
import zipfile

PDF = "application/pdf"
PNG = "image/png"
JPEG = "image/jpeg"
ZIP = "application/zip"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
XLS = "application/vnd.ms-excel"
JSON = "application/json"
XML = "application/xml"
TEXT = "text/plain"

_HEAD = 8192  # bytes looked at for the text checks
# PDF readers accept junk before the header; so does pypdf. Allow a little (some mailers add a
# line or a BOM), not a whole file.
_PDF_HEADER_WINDOW = 1024
_PDF_HEADER = re.compile(rb"%PDF-\d\.\d")
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_BOMS = (
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)


def sniff(content: bytes) -> str | None:
    """The content type of `content`, or None when it is none of the kinds capture reads."""
    head = content[:_HEAD]
    if not head:
        return None
    # Magic numbers at offset 0 first: a ZIP whose first member is a stored PDF also has
    # "%PDF-" within its first kilobyte.
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    if head.startswith(b"\xff\xd8\xff"):
        return JPEG
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        return XLSX if _is_workbook(content) else ZIP
    if head.startswith(_OLE2):
        return XLS
    if _PDF_HEADER.search(head, 0, _PDF_HEADER_WINDOW):
        return PDF
    text = _as_text(head, complete=len(content) <= _HEAD)
    if text is None:
        return None
    stripped = text.lstrip("\ufeff \t\r\n")
    if stripped[:1] in ("{", "["):
        return JSON
    if stripped.startswith("<"):
        return XML
    return TEXT


def _is_workbook(content: bytes) -> bool:
    """A ZIP whose central directory names xl/workbook.xml (only the directory is read)."""
    try:
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            return any(name.lower() == "xl/workbook.xml" for name in archive.namelist())
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError):
        return False


def _as_text(head: bytes, *, complete: bool) -> str | None:
    """`head` decoded when it is text: UTF-8/UTF-16 with a BOM, UTF-8, or mostly printable
    cp1252. `complete` says whether `head` is the whole file (if not, a multi-byte character
    may be cut at the end)."""
    for bom, encoding in _BOMS:
        if head.startswith(bom):
            body = head[len(bom) :]
            if encoding.startswith("utf-16") and not complete and len(body) % 2:
                body = body[:-1]
            try:
                return _printable(body.decode(encoding, errors="strict" if complete else "ignore"))
            except UnicodeDecodeError:
                return None
    if b"\x00" in head:
        return None  # binary (or BOM-less UTF-16, which nobody sends as a transcript)
    try:
        decoded = head.decode("utf-8")
    except UnicodeDecodeError as error:
        # A character cut by the 8 KB window is fine; a bad byte earlier is not UTF-8.
        if not complete and error.start >= len(head) - 3:
            decoded = head[: error.start].decode("utf-8")
        else:
            decoded = head.decode("cp1252", errors="replace")
            return decoded if _mostly_printable(decoded, strict=True) else None
    return _printable(decoded)


def _printable(text: str) -> str | None:
    return text if _mostly_printable(text, strict=False) else None


def _mostly_printable(text: str, *, strict: bool) -> bool:
    if not text:
        return True
    bad = sum(1 for ch in text if (not ch.isprintable() and ch not in "\t\r\n\f") or ch == "\ufffd")
    return bad / len(text) <= (0.02 if strict else 0.05)
