"""A fingerprint of the code and data this process runs: the package's source, templates, rule
files and other data, hashed once per process.

Cached pages and verdicts carry it in their keys, so a deployment that changes a rule file, a
template or the engine never serves a page built by the previous version from the shared cache
(the cached page would otherwise live until the person's data changed or the day ended)."""

from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent
SUFFIXES = frozenset({".py", ".html", ".txt", ".toml", ".csv", ".json", ".css", ".js"})


@cache
def fingerprint() -> str:
    """Twelve hex digits of the SHA-256 over every source and data file's path and content."""
    digest = hashlib.sha256()
    for path in sorted(PACKAGE.rglob("*")):
        if path.suffix not in SUFFIXES or "__pycache__" in path.parts or not path.is_file():
            continue
        digest.update(str(path.relative_to(PACKAGE)).encode() + b"\0")
        digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()[:12]
