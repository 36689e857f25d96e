"""Typed readers for settings that come from the environment (one place, one style)."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import platformdirs


def env_text(name: str, default: str = "") -> str:
    return os.environ.get(name, default)


def env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_int(name: str, default: int) -> int:
    value = os.environ.get(name, "")
    try:
        return int(value) if value.strip() else default
    except ValueError:
        raise SystemExit(f"cetrack: setting {name} must be a whole number, got {value!r}") from None


def env_list(name: str, default: list[str]) -> list[str]:
    value = os.environ.get(name)
    if not value:
        return default
    return [item.strip() for item in value.split(",") if item.strip()]


def data_folder() -> Path:
    """$CETRACK_DATA, or the platform's user data folder (~/.local/share/cetrack on Linux).

    Created private (0700): it holds the database, sessions, calendar secrets and certificates.
    """
    configured = os.environ.get("CETRACK_DATA")
    folder = Path(configured) if configured else Path(platformdirs.user_data_dir("cetrack"))
    if not folder.exists():
        folder.mkdir(parents=True, mode=0o700)
        folder.chmod(0o700)  # mkdir's mode is filtered by the umask
    return folder


def private_sqlite(database: Mapping[str, Any]) -> None:
    """Create a SQLite database file readable by its owner only (0600), before SQLite does
    with the umask's mode; an existing one is made private too. SQLite gives its -wal and -shm
    files the mode of the database file."""
    name = str(database.get("NAME") or "")
    if "sqlite" not in str(database.get("ENGINE")) or not name or name.startswith(":memory:"):
        return
    if name.startswith("file:"):
        return
    path = Path(name)
    if not path.parent.is_dir():
        return
    with contextlib.suppress(FileExistsError):
        os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    for file in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        with contextlib.suppress(OSError):
            if file.stat().st_mode & 0o077:
                file.chmod(0o600)
